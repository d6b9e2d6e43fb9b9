import string

class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        extra = set(kwargs) - used_args
        unused_pos = set(range(len(args))) - used_args
        if extra or unused_pos:
            raise ValueError("unused: %s %s" % (sorted(extra), sorted(unused_pos)))

s = Strict()
print(s.format("{a} {0}", 1, a=2))
for args, kw in [((1, 2), {}), ((1,), {"a": 1, "b": 2})]:
    try:
        s.format("{0} {a}", *args, **kw)
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)

class Defaulting(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "<" + key + ">")
        return super().get_value(key, args, kwargs)

print(Defaulting().format("Hello {name}, you owe {amount:.2f} to {creditor}", name="Bo", amount=3))

class Upper(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        if conversion == "l":
            return str(value).lower()
        return super().convert_field(value, conversion)

    def format_field(self, value, format_spec):
        if format_spec == "stars":
            return "*" * len(str(value))
        return super().format_field(value, format_spec)

u = Upper()
print(u.format("{0!u} {0!l} {0!r} {1:stars} {1:>6}", "MiXeD", "secret"))
