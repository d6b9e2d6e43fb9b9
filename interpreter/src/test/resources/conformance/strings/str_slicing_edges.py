# string slicing corner cases
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


s = "conformance"

show('s[0], s[-1], s[len(s) - 1]', lambda: (s[0], s[-1], s[len(s) - 1]))
show('s[2:5], s[:3], s[3:], s[:]', lambda: (s[2:5], s[:3], s[3:], s[:]))
show('s[::2], s[1::2], s[::-2]', lambda: (s[::2], s[1::2], s[::-2]))
show('s[-3:-1], s[-1:-3], s[-1:-3:-1]', lambda: (s[-3:-1], s[-1:-3], s[-1:-3:-1]))
show('s[100:], s[-100:2], s[5:2]', lambda: (s[100:], s[-100:2], s[5:2]))
show('s[::0]', lambda: (s[::0]))
show('s[1.0]', lambda: (s[1.0]))
show('s[None:None:None]', lambda: (s[None:None:None]))
show('s[True]', lambda: (s[True]))
show('s[slice(2)]', lambda: (s[slice(2)]))
show('"".join(reversed(s)) == s[::-1]', lambda: ("".join(reversed(s)) == s[::-1]))
