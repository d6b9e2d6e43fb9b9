def add(a, b):
    return a + b
def mul(a, b):
    return a * b
ops = {'+': add, '*': mul, '-': lambda a, b: a - b}
for sym in ['+', '*', '-']:
    print(sym, ops[sym](6, 3))
def apply_twice(f, x):
    return f(f(x))
print(apply_twice(lambda v: v * 3, 2), apply_twice(str.strip, '  s  '))
fs = [add, mul]
print([f(2, 5) for f in fs], callable(add), callable(5))
alias = add
print(alias is add, alias(1, 1))
