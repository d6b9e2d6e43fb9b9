from collections import deque
q = deque([1])
print(q.popleft())
q.popleft()
