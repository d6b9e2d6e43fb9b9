def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"


def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out


def else_clause(x):
    try:
        v = 10 / x
    except ZeroDivisionError:
        return "div by zero"
    else:
        return f"ok {v}"
    finally:
        print("  finally for", x)


def reraise():
    try:
        try:
            raise KeyError("orig")
        except KeyError:
            raise
    except KeyError as e:
        return f"re-raised {e!r}"


def bare_raise_outside():
    try:
        raise
    except RuntimeError as e:
        return str(e)


def exc_var_cleared():
    try:
        raise ValueError("v")
    except ValueError as err:
        pass
    try:
        return err
    except NameError as ne:
        return f"NameError {ne}"


def multi_except(v):
    try:
        return {"a": 1}[v] if isinstance(v, str) else [1][v]
    except (KeyError, IndexError) as e:
        return type(e).__name__
    except Exception:
        return "other"


print(finally_overrides(), finally_swallows(), loop_finally())
print(else_clause(2), else_clause(0))
print(reraise(), bare_raise_outside(), exc_var_cleared())
print(multi_except("a"), multi_except("b"), multi_except(5), multi_except(None))


def handler_order():
    try:
        raise FileNotFoundError("f")
    except OSError:
        return "OSError handler"
    except FileNotFoundError:
        return "never"


print(handler_order())
try:
    try:
        raise ValueError(1)
    except 5:
        pass
except TypeError as e:
    print("TypeError", e)
try:
    raise 42
except TypeError as e:
    print("TypeError", e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e))
