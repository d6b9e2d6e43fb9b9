# a custom exception hierarchy
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


class ApiError(Exception):
    status = 500

    def __init__(self, message, status=None):
        super().__init__(message)
        if status is not None:
            self.status = status


class ClientError(ApiError):
    status = 400


class NotFound(ClientError):
    status = 404


class Forbidden(ClientError):
    status = 403


class Timeout(ApiError, TimeoutError):
    pass


def api(what):
    if what == "missing":
        raise NotFound("no such item")
    if what == "denied":
        raise Forbidden("go away")
    if what == "timeout":
        raise Timeout("too slow", status=504)
    if what == "crash":
        raise RuntimeError("boom")
    return "ok"


def handle(fn):
    try:
        return fn()
    except ClientError as e:
        return f"client {e.status}: {e}"
    except TimeoutError as e:
        return f"timeout {e.status}: {e} ({isinstance(e, OSError)})"
    except ApiError as e:
        return f"server {e.status}"
    except Exception as e:
        return f"unexpected {type(e).__name__}: {e}"

show('handle(lambda: api("missing"))', lambda: (handle(lambda: api("missing"))))
show('handle(lambda: api("denied"))', lambda: (handle(lambda: api("denied"))))
show('handle(lambda: api("timeout"))', lambda: (handle(lambda: api("timeout"))))
show('handle(lambda: api("ok"))', lambda: (handle(lambda: api("ok"))))
show('handle(lambda: api("crash"))', lambda: (handle(lambda: api("crash"))))
show('[c.__name__ for c in NotFound.__mro__]', lambda: ([c.__name__ for c in NotFound.__mro__]))
show('NotFound("x", status=404).status, str(NotFound("gone", status=410))', lambda: (NotFound("x", status=404).status, str(NotFound("gone", status=410))))
show('repr(ApiError("plain"))', lambda: (repr(ApiError("plain"))))
