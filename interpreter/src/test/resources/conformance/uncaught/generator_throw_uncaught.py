def worker():
    while True:
        try:
            x = yield
            print("got", x)
        except ValueError as e:
            print("recovered from", e)
w = worker()
next(w)
w.send(1)
w.throw(ValueError("v"))
w.send(2)
w.throw(KeyError("missing-key"))
