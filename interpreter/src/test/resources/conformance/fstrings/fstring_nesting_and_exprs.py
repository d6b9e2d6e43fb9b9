# f-string expressions
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


x = 3
y = 12345
w = 6
p = 3
pi = 3.14159265
d = {"k": "v"}


class Obj:
    attr = "A"

    def method(self):
        return "m()"


obj = Obj()

show('f"{x}+{y}={x + y}"', lambda: (f"{x}+{y}={x + y}"))
show('f"{x!r:>5}|{y:<5}|"', lambda: (f"{x!r:>5}|{y:<5}|"))
show('f"{\'yes\' if x > 1 else \'no\'}"', lambda: (f"{'yes' if x > 1 else 'no'}"))
show('f"{[i * 2 for i in range(3)]}"', lambda: (f"{[i * 2 for i in range(3)]}"))
show('f"{d[\'k\']}{d.get(\'z\', \'-\')}"', lambda: (f"{d['k']}{d.get('z', '-')}"))
show('f"{obj.attr}.{obj.method()}"', lambda: (f"{obj.attr}.{obj.method()}"))
show('f"{x:{w}d}|{x:0{w}d}|{pi:{w}.{p}f}"', lambda: (f"{x:{w}d}|{x:0{w}d}|{pi:{w}.{p}f}"))
show('f"{{}} {{{x}}}"', lambda: (f"{{}} {{{x}}}"))
show('f"{x=}, {y = }, {pi=:.2f}"', lambda: (f"{x=}, {y = }, {pi=:.2f}"))
show('f"{len(\'abc\')}{max(1, 2)}"', lambda: (f"{len('abc')}{max(1, 2)}"))
show('f"{3:>{x}}"', lambda: (f"{3:>{x}}"))
show('f"{x:,}" f" and {y:_}"', lambda: (f"{x:,}" f" and {y:_}"))
show('f"{-x:+d} {x:+d} {0:+d}"', lambda: (f"{-x:+d} {x:+d} {0:+d}"))
show('f"{1e10:g} {1e-10:g} {123456789:e}"', lambda: (f"{1e10:g} {1e-10:g} {123456789:e}"))
