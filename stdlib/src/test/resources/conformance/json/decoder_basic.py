# JSONDecoder: decode, raw_decode (with idx), scan_once and their errors
import json

dec = json.JSONDecoder()
print(dec.decode(' {"a": [1, 2.5, -3e2, "x\\u00e9\\ud83d\\ude00"], "b": null} \n'))
print(dec.raw_decode('{"a": 1} trailing'), dec.raw_decode("[1, 2]xyz"))
print(dec.raw_decode("ab[1] cd", 2), dec.raw_decode('12.5e3x'), dec.raw_decode("1x"))
print(dec.raw_decode("\u00e9\u00e9 true", 3), dec.raw_decode('"\U0001F600" 5', 4))
print(dec.scan_once('  "s"', 2), dec.scan_once("NaN", 0), dec.scan_once("-Infinity,", 0))
for s, i in [(" 1", 0), ("x", 5), ('"abc', 0), ("[1,]", 0), ('{"a" 1}', 0), ("", 0), ("-", 0),
             ('{"a":1,}', 0), ("[1 2]", 0), ('"\\x"', 0), ('"\\u12"', 0), ('"\\ud800\\u12zz"', 0)]:
    try:
        print(repr(s), dec.raw_decode(s, i))
    except json.JSONDecodeError as e:
        print(repr(s), "JSONDecodeError:", e, (e.msg, e.pos, e.lineno, e.colno))
for s in ["1 x", "", "[1]\n\n  ]", "\n\n[1,\n 2,\n x]"]:
    try:
        print(dec.decode(s))
    except json.JSONDecodeError as e:
        print(repr(s), "JSONDecodeError:", e)
for bad in [lambda: dec.decode(b"1"), lambda: dec.decode(5), lambda: dec.raw_decode(b"1"),
            lambda: dec.raw_decode("1", -1), lambda: dec.scan_once("1", 5)]:
    try:
        print(bad())
    except StopIteration as e:
        print("StopIteration", e.value)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(json.loads('{"x": [true, false]}', cls=json.JSONDecoder))
print([k for k in sorted(vars(dec)) if k not in ("parse_object", "parse_array", "parse_string")])
print(dec.strict, dec.object_hook, dec.object_pairs_hook, dec.parse_float, dec.parse_int)
print(dec.parse_constant("Infinity"), isinstance(dec, json.JSONDecoder), json.JSONDecoder)
print(json.loads("1" * 50), dec.decode("-0"), dec.decode("[-0.0, 1E400, 1e-400]"))
