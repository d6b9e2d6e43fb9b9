import pprint
class P(pprint.PrettyPrinter):
    def format(self, obj, context, maxlevels, level):
        if isinstance(obj, str):
            return obj.upper(), True, False
        return super().format(obj, context, maxlevels, level)
P(width=20).pprint({"key": ["some", "words", "here", 1, 2]})
print(pprint.PrettyPrinter().format([1, "a"], {}, 0, 0))
print(P().isreadable(["x"]))
