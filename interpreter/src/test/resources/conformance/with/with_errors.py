class NoExit:
    def __enter__(self):
        return self


class NoEnter:
    def __exit__(self, *a):
        return False


for obj in [NoExit(), NoEnter(), 42]:
    try:
        with obj:
            print("never")
    except TypeError as e:
        print("TypeError", e)


class FailingEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")

    def __exit__(self, *a):
        print("exit should not run")


try:
    with FailingEnter():
        pass
except RuntimeError as e:
    print("RuntimeError", e)


class FailingExit:
    def __enter__(self):
        return "value"

    def __exit__(self, et, ev, tb):
        raise ValueError("exit failed")


try:
    with FailingExit() as v:
        raise KeyError("body")
except ValueError as e:
    print("ValueError", e, "context:", repr(e.__context__))


class Truthy:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return "yes"


with Truthy():
    1 / 0
print("suppressed by truthy return")
