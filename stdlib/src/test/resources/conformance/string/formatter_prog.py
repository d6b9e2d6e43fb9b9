# A report formatter that records which fields a template used.
import string

class Recording(string.Formatter):
    def __init__(self):
        self.used = []
    def get_value(self, key, args, kwargs):
        self.used.append(key)
        return super().get_value(key, args, kwargs)

rows = [{"item": "apple", "qty": 3, "price": 0.5}, {"item": "melon", "qty": 1, "price": 2.75}]
template = "{item:<8}{qty:>4} x {price:6.2f} = {total:7.2f}"
fmt = Recording()
for r in rows:
    print(fmt.format(template, total=r["qty"] * r["price"], **r))
print(fmt.used)
print(fmt.format("{0[item]!r:>12}", rows[1]))
