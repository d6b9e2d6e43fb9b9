import sys
sys.setrecursionlimit(60)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth(1) < 60)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print('ValueError', e)
