import json
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def getvalue(self):
        return "".join(self.parts)
class Source:
    def __init__(self, text):
        self.text = text
    def read(self):
        return self.text
out = Sink()
print(json.dump({"a": [1, 2]}, out, indent=2, sort_keys=True))
print(out.getvalue())
print(json.load(Source('{"x": [1, 2, 3]}')))
print(json.load(Source('[1.5]'), parse_float=lambda s: s))
try:
    json.load(Source('[1,'))
except json.JSONDecodeError as e:
    print(e)
try:
    json.dump(1, 5)
except AttributeError as e:
    print(type(e).__name__, e)
