log = []
def f():
    try:
        log.append('try')
        raise KeyError('x')
    finally:
        log.append('finally')
try:
    f()
except KeyError as e:
    log.append('caught ' + repr(e))
print(log)
def g():
    try:
        raise ValueError
    except ValueError:
        return 'from except'
    finally:
        log.append('g finally')
print(g(), log[-1])
