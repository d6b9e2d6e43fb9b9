# f-strings with format specs, conversions and = debugging
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


x = 3.14159
width = 10
prec = 2
width_val = 2.71828

show('f"{3.14159:.2f}"', lambda: (f"{3.14159:.2f}"))
show('f"{\'left\':<8}|"', lambda: (f"{'left':<8}|"))
show('f"{\'right\':>8}|"', lambda: (f"{'right':>8}|"))
show('f"{42:^9}|"', lambda: (f"{42:^9}|"))
show('f"{1234567:,}"', lambda: (f"{1234567:,}"))
show('f"{0.25:.1%}"', lambda: (f"{0.25:.1%}"))
show('f"{255:#010x}"', lambda: (f"{255:#010x}"))
show('f"{\'nested\':{\'>\'}{10}}"', lambda: (f"{'nested':{'>'}{10}}"))
show('f"{3 + 4 = }"', lambda: (f"{3 + 4 = }"))
show('f"{\'abc\'!r:>8}"', lambda: (f"{'abc'!r:>8}"))
show('f"{\'é\'!a}"', lambda: (f"{'é'!a}"))
show('f"{[1, 2]!s}"', lambda: (f"{[1, 2]!s}"))
show('f"{ {\'a\': 1}[\'a\'] }"', lambda: (f"{ {'a': 1}['a'] }"))
show('f"{(lambda x: x * 2)(21)}"', lambda: (f"{(lambda x: x * 2)(21)}"))
show('f"{\'a\' if True else \'b\'}"', lambda: (f"{'a' if True else 'b'}"))
show('f"{{escaped}} {1}"', lambda: (f"{{escaped}} {1}"))
show('f"{1:{\'>\'}5}"', lambda: (f"{1:{'>'}5}"))
show('f"{x=}"', lambda: (f"{x=}"))
show('f"{x = :>6}"', lambda: (f"{x = :>6}"))
show('f"{x!r:^10}"', lambda: (f"{x!r:^10}"))
show('f"{x:.3}"', lambda: (f"{x:.3}"))
show('f"{width_val:{width}.{prec}f}"', lambda: (f"{width_val:{width}.{prec}f}"))
show('f"{\'multi\' \'part\'}"', lambda: (f"{'multi' 'part'}"))
show('f"{None}"', lambda: (f"{None}"))
show('f"{True:>6}"', lambda: (f"{True:>6}"))
show('f"{b\'bytes\'}"', lambda: (f"{b'bytes'}"))
show('f"{x:z}"', lambda: (f"{x:z}"))
show('f"{12:=^+8}"', lambda: (f"{12:=^+8}"))
