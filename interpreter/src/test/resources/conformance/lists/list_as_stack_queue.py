stack = []
for i in range(4):
    stack.append(i)
out = []
while stack:
    out.append(stack.pop())
print(out)
queue = ['a', 'b', 'c']
queue.append('d')
print(queue.pop(0), queue.pop(0), queue)
