# Exception-heavy control flow: raise/except/else/finally, custom exception classes,
# re-raise, exception chaining, KeyError/IndexError/ZeroDivisionError from builtins.


class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code


class NotFound(AppError):
    pass


def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise NotFound(404, "missing " + str(k))


def risky(i):
    if i % 5 == 0:
        raise ValueError("five")
    if i % 7 == 0:
        return 1 // (i % 7)
    if i % 11 == 0:
        return [][i]
    return i


d = {i: i * 2 for i in range(0, 1000, 2)}
acc = 0
finals = 0
for rnd in range(22):
    for i in range(40000):
        try:
            acc += lookup(d, i % 1000)
        except NotFound as e:
            acc += e.code + len(str(e))
        try:
            acc += risky(i)
        except ValueError as e:
            acc += 1
        except ZeroDivisionError:
            acc += 2
        except (IndexError, TypeError) as e:
            acc += 3
        else:
            acc += 4
        finally:
            finals += 1
    for i in range(5000):
        try:
            try:
                raise AppError(i, "inner")
            except AppError as e:
                raise RuntimeError("outer") from e
        except RuntimeError as e:
            acc += e.__cause__.code % 3
print("exceptions", acc, finals)
