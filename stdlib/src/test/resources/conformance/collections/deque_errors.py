from collections import deque
for f in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
          lambda: deque([1]).remove(3), lambda: deque([1]).index(3), lambda: deque([1])['a']]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
