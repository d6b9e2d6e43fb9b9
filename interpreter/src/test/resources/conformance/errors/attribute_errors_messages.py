# AttributeError messages
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


class Thing:
    pass


class Slots:
    __slots__ = ("a",)

show('(1).nope', lambda: ((1).nope))
show('"s".nope', lambda: ("s".nope))
show('[].nope', lambda: ([].nope))
show('{}.nope', lambda: ({}.nope))
show('None.nope', lambda: (None.nope))
show('(lambda: 0).nope', lambda: ((lambda: 0).nope))
show('Thing().nope', lambda: (Thing().nope))
show('Thing.nope', lambda: (Thing.nope))
show('Slots().nope', lambda: (Slots().nope))
show('len.nope', lambda: (len.nope))
show('int.nope', lambda: (int.nope))
show('setattr(Thing(), 5, 1)', lambda: (setattr(Thing(), 5, 1)))
show('delattr(Thing(), "nope")', lambda: (delattr(Thing(), "nope")))
show('object().x', lambda: (object().x))
