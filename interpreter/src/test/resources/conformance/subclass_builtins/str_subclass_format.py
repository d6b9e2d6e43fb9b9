class Template(str):
    def fill(self, **kw):
        return Template(self.format(**kw))
    def __mod__(self, args):
        return Template(str.__mod__(self, args))
    def __format__(self, spec):
        if spec == "upper":
            return self.upper()
        return str.__format__(self, spec)

t = Template("Hello {name}, you are {age}")
r = t.fill(name="Ann", age=30)
print(r, type(r).__name__)
print(type(Template("%d items") % 3).__name__, Template("%d items") % 3)
print(f"{Template('abc'):upper}", f"{Template('abc'):>5}|")
print(format(Template("x"), "*^5"))
try:
    t.fill(name="Bob")
except KeyError as e:
    print(type(e).__name__, e)
class Snake(str):
    def __new__(cls, text):
        out = []
        for i, ch in enumerate(text):
            if ch.isupper() and i:
                out.append("_")
            out.append(ch.lower())
        return super().__new__(cls, "".join(out))
for word in ["CamelCase", "HTTPServer", "simple", "getX"]:
    print(word, "->", Snake(word))
print(Snake("AbC").split("_"), Snake("Ab") * 2, type(Snake("Ab") * 2).__name__)
