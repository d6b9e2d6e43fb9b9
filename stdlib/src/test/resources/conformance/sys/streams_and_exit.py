import sys
print('to stdout', file=sys.stdout)
n = sys.stdout.write('written\n')
print(n, sys.maxsize, sys.byteorder, sys.version_info[:2] >= (3, 8))
print(type(sys.argv).__name__, sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
try:
    sys.exit(3)
except SystemExit as e:
    print('SystemExit', e.code)
try:
    sys.exit()
except SystemExit as e:
    print('SystemExit', e.code)
print(sys.intern('abc'))
