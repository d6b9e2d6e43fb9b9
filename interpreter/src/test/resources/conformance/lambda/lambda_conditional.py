clamp = lambda v, lo, hi: lo if v < lo else hi if v > hi else v
print([clamp(v, 0, 10) for v in [-5, 5, 15]])
sign = lambda n: (n > 0) - (n < 0)
print(sign(-3), sign(0), sign(8))
first = lambda s: s and s[0]
print(repr(first('')), first('hey'))
