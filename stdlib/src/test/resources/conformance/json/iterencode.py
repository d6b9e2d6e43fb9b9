# iterencode yields CPython's chunks; dump writes them one by one; encode uses iterencode
import io
import json

doc = [1, {"a": [2, 3], "b": {}}, "x", [], None, 1.5, True]
enc = json.JSONEncoder()
print(list(enc.iterencode(doc)))
print(list(json.JSONEncoder(indent=1).iterencode(doc)))
print(list(json.JSONEncoder(sort_keys=True, separators=(",", ":")).iterencode({"b": [1], "a": 2})))
print(enc.iterencode(doc, _one_shot=True), type(enc.iterencode(doc)).__name__)
print(list(enc.iterencode("top")), list(enc.iterencode(7)), list(enc.iterencode({})))


class Recorder:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


r = Recorder()
json.dump({"k": [1, 2], "v": "s"}, r)
print(r.parts)
r = Recorder()
json.dump([{"a": 1}], r, indent=2)
print(r.parts)
buf = io.StringIO()
json.dump({"z": [None]}, buf, sort_keys=True)
print(buf.getvalue())


class Upper(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        for chunk in super().iterencode(o, _one_shot):
            yield chunk.upper()


print(Upper().encode({"a": "b"}), json.dumps(["x"], cls=Upper))
r = Recorder()
json.dump({"q": 1}, r, cls=Upper)
print(r.parts)


class Wrapped(json.JSONEncoder):
    def encode(self, o):
        return "<" + super().encode(o) + ">"


print(json.dumps([1], cls=Wrapped))

gen = enc.iterencode([1, object()])
print("generator made")
try:
    for chunk in gen:
        print("chunk", chunk)
except TypeError as e:
    print("TypeError:", e)

nan = float("nan")
for kwargs in [{}, {"indent": 2}]:
    try:
        json.dumps([nan], allow_nan=False, **kwargs)
    except ValueError as e:
        print("ValueError:", e)
try:
    list(json.JSONEncoder(allow_nan=False).iterencode({"a": float("inf")}))
except ValueError as e:
    print("ValueError:", e)
try:
    json.JSONEncoder(allow_nan=False).encode(float("-inf"))
except ValueError as e:
    print("ValueError:", e)
circ = []
circ.append(circ)
try:
    list(enc.iterencode(circ))
except ValueError as e:
    print("ValueError:", e)
try:
    json.dump(circ, Recorder())
except ValueError as e:
    print("ValueError:", e)
r = Recorder()
try:
    json.dump([1, "a", {"k": object()}], r)
except TypeError as e:
    print(r.parts, e)
