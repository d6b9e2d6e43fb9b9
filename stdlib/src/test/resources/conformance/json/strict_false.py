# strict=False lets raw control characters into strings
import io
import json

raw = '{"text": "line1\nline2\ttabbed\x01", "n": 1}'
try:
    json.loads(raw)
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e, e.pos)
print(json.loads(raw, strict=False))
print(json.JSONDecoder(strict=False).decode('["\x00\x1f"]'))
print(json.JSONDecoder(strict=False).strict, json.JSONDecoder().strict)
print(json.loads('"a\rb"', strict=False) == "a\rb")
try:
    json.JSONDecoder().decode('["ok", "bad\x02"]')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
try:
    json.loads('"unterminated\n', strict=False)
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
with_hook = json.loads('{"a": "x\ny"}', strict=False, object_hook=lambda d: list(d.items()))
print(with_hook)
print(json.load(io.StringIO('["\t"]'), strict=False))
