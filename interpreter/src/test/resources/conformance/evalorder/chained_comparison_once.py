calls = 0
def mid():
    global calls
    calls += 1
    print('mid evaluated')
    return 5
print(1 < mid() < 10, calls)
print(10 < mid() < 20, calls)
print(1 < mid() > 100 > mid(), calls)
