import functools


class Report:
    @functools.cached_property
    def total(self):
        print("computing")
        return 42


r = Report()
print(r.total, r.total, vars(r))
del r.total
print(r.total)
