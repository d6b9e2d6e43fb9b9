def worker():
    try:
        yield "ready"
    finally:
        print("worker cleanup")


w = worker()
print(next(w))
w.throw(TimeoutError("took too long"))
