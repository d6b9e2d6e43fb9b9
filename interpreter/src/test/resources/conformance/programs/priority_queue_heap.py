# A binary heap priority queue implemented by hand, used for task scheduling


class PriorityQueue:
    def __init__(self, items=()):
        self._heap = []
        for item in items:
            self.push(*item)

    def __len__(self):
        return len(self._heap)

    def __bool__(self):
        return bool(self._heap)

    def push(self, priority, value):
        self._heap.append((priority, len(self._heap), value))
        self._sift_up(len(self._heap) - 1)

    def pop(self):
        if not self._heap:
            raise IndexError("pop from empty priority queue")
        top = self._heap[0]
        last = self._heap.pop()
        if self._heap:
            self._heap[0] = last
            self._sift_down(0)
        return top[0], top[2]

    def peek(self):
        return self._heap[0][2] if self._heap else None

    def _sift_up(self, i):
        while i > 0:
            parent = (i - 1) // 2
            if self._heap[i] < self._heap[parent]:
                self._heap[i], self._heap[parent] = self._heap[parent], self._heap[i]
                i = parent
            else:
                break

    def _sift_down(self, i):
        n = len(self._heap)
        while True:
            smallest = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < n and self._heap[child] < self._heap[smallest]:
                    smallest = child
            if smallest == i:
                return
            self._heap[i], self._heap[smallest] = self._heap[smallest], self._heap[i]
            i = smallest


pq = PriorityQueue([(3, "write docs"), (1, "fix prod bug"), (2, "review PR")])
pq.push(1, "answer pager")
pq.push(5, "refactor")
print(len(pq), pq.peek())
while pq:
    print(pq.pop())
try:
    pq.pop()
except IndexError as e:
    print("IndexError:", e)
nums = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
q = PriorityQueue((n, n) for n in nums)
print([q.pop()[1] for _ in range(len(nums))])
