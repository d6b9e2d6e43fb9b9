# except clauses matching base classes
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


def exec_raise(t):
    raise t


def catch(fn):
    try:
        fn()
    except LookupError as e:
        return f"LookupError branch: {type(e).__name__}"
    except ArithmeticError as e:
        return f"ArithmeticError branch: {type(e).__name__}"
    except (ValueError, AttributeError) as e:
        return f"Value/Attribute branch: {type(e).__name__}"
    except Exception as e:
        return f"Exception branch: {type(e).__name__}"
    except BaseException as e:
        return f"BaseException branch: {type(e).__name__}"

show('catch(lambda: [][1])', lambda: (catch(lambda: [][1])))
show('catch(lambda: {}["k"])', lambda: (catch(lambda: {}["k"])))
show('catch(lambda: 1 / 0)', lambda: (catch(lambda: 1 / 0)))
show('catch(lambda: int("x"))', lambda: (catch(lambda: int("x"))))
show('catch(lambda: None.x)', lambda: (catch(lambda: None.x)))
show('catch(lambda: undefined)', lambda: (catch(lambda: undefined)))
show('catch(lambda: next(iter([])))', lambda: (catch(lambda: next(iter([])))))
show('catch(lambda: (_ for _ in ()).throw(GeneratorExit))', lambda: (catch(lambda: (_ for _ in ()).throw(GeneratorExit))))
show('catch(lambda: exec_raise(KeyboardInterrupt))', lambda: (catch(lambda: exec_raise(KeyboardInterrupt))))
