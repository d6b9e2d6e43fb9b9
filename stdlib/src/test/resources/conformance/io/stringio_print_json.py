import io, json

buf = io.StringIO()
print("name", "value", sep=",", file=buf)
for i in range(3):
    print(i, i * i, sep=",", file=buf)
print("end", end="", file=buf)
print(repr(buf.getvalue()))

out = io.StringIO()
json.dump({"b": [1, 2.5, None], "a": {"x": True}}, out, sort_keys=True, indent=2)
print(out.getvalue())
out.seek(0)
print(json.load(out))
print(json.load(io.StringIO('[1, "two", {"three": 3}]')))

try:
    json.load(io.StringIO("{bad json"))
except json.JSONDecodeError as e:
    print("JSONDecodeError", e)
