items = [3, 1, 4, 1, 5]
i = 0
while (v := items[i]) != 4:
    print('skip', v)
    i += 1
print('stopped at', v, i)
stack = [1, 2, 3]
total = 0
while stack and (top := stack.pop()):
    total += top
print(total, top)
