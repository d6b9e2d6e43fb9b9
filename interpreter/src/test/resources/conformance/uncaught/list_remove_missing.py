queue = ["job1", "job2"]
queue.remove("job1")
print(queue)
queue.remove("job3")
