from typing import NamedTuple

Point = NamedTuple("Point", [("x", int), ("y", int)])
p = Point(1, 2)
print(p, p.x, p[1], tuple(p), len(p))
print(Point._fields, p._asdict(), p._replace(y=5))
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple))
Employee = NamedTuple("Employee", [("name", str), ("dept", str), ("salary", int)])
staff = [Employee("ann", "eng", 120), Employee("bob", "ops", 90), Employee("cy", "eng", 100)]
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept, sum(e.salary for e in staff if e.dept == "eng"))
print(sorted(staff, key=lambda e: e.salary)[0])
print(Employee(name="dee", dept="hr", salary=1))
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
try:
    p.x = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
print(Point._make([7, 8]), type(p).__name__)
