# sys.version_info, float_info and int_info are named tuples of CPython's values
import sys

v = sys.version_info
print(v.major, v.minor, v[:2], v >= (3, 8), v < (4,), tuple(v)[:2], len(v))
print(type(v.major).__name__, v.releaselevel)
f = sys.float_info
print(f.max, f.min, f.epsilon, f.dig, f.mant_dig, f.radix, f.max_exp, f.min_10_exp)
print(1.0 + f.epsilon > 1.0, 1.0 + f.epsilon / 2 == 1.0, f.max * 2)
i = sys.int_info
print(i.bits_per_digit, i.default_max_str_digits)
try:
    v.major = 4
except AttributeError as e:
    print("AttributeError")
