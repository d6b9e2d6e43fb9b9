# exceptions raised in handlers get __context__
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


def handler_raises():
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")


def handler_raises_from():
    try:
        raise KeyError("first")
    except KeyError as e:
        raise ValueError("second") from e


def finally_raises():
    try:
        raise KeyError("first")
    finally:
        raise TypeError("from finally")


def reraise_same():
    try:
        raise KeyError("only")
    except KeyError as e:
        raise e


def raise_new_outside():
    try:
        raise KeyError("handled")
    except KeyError:
        pass
    raise ValueError("after handling")


def ctx_chain(fn):
    try:
        fn()
    except Exception as e:
        out = []
        while e is not None:
            out.append(f"{type(e).__name__}({e.args[0]!r}) cause={type(e.__cause__).__name__} suppress={e.__suppress_context__}")
            e = e.__context__
        return out

show('ctx_chain(handler_raises)', lambda: (ctx_chain(handler_raises)))
show('ctx_chain(handler_raises_from)', lambda: (ctx_chain(handler_raises_from)))
show('ctx_chain(finally_raises)', lambda: (ctx_chain(finally_raises)))
show('ctx_chain(reraise_same)', lambda: (ctx_chain(reraise_same)))
show('ctx_chain(raise_new_outside)', lambda: (ctx_chain(raise_new_outside)))
