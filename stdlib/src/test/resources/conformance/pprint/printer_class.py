import pprint, io

p = pprint.PrettyPrinter(indent=2, width=30, depth=3, compact=True)
data = {"x": list(range(20)), "y": {"a": {"b": {"c": {"d": 1}}}}}
print(p.pformat(data))
buf = io.StringIO()
p2 = pprint.PrettyPrinter(stream=buf, width=20)
p2.pprint(["first", "second", "third", "fourth"])
p2.pprint({"k": "v"})
print(repr(buf.getvalue()))
buf2 = io.StringIO()
pprint.pprint({"to": "stream"}, stream=buf2)
print(repr(buf2.getvalue()))
for bad in [dict(indent=-1), dict(depth=0), dict(depth=-2), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print("ValueError", e)
print(pprint.pformat([1, 2], width=-5))
