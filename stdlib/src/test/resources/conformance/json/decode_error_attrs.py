import json
try:
    json.loads('{\n  "a": 1,\n  "b" 2\n}')
except ValueError as e:
    print(type(e).__name__, isinstance(e, ValueError), e.args)
    print(e.msg, e.pos, e.lineno, e.colno, repr(e.doc))
print(json.JSONDecodeError.__name__, json.JSONDecodeError.__module__)
print(issubclass(json.JSONDecodeError, ValueError))
e = json.JSONDecodeError("custom", "ab\ncd", 4)
print(e, e.msg, e.pos, e.lineno, e.colno, e.args)
try:
    raise json.JSONDecodeError("boom", "xyz", 1)
except json.JSONDecodeError as e2:
    print("caught", e2)
