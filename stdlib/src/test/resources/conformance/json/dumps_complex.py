# complex values are not JSON serializable unless default= handles them
import json

for v in [1j, [1, 2j], {"z": 1 + 2j}]:
    try:
        print(json.dumps(v))
    except TypeError as e:
        print("TypeError:", e)
try:
    json.dumps({1j: 1})
except TypeError as e:
    print("TypeError:", e)


def encode(o):
    if isinstance(o, complex):
        return {"re": o.real, "im": o.imag}
    raise TypeError("no")


print(json.dumps({"z": [1 + 2j, -0.5j]}, default=encode))


class ComplexEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


print(json.dumps([3 - 4j], cls=ComplexEncoder))
print(json.loads('{"re": 1.0, "im": 2.0}', object_hook=lambda d: complex(d["re"], d["im"])))
