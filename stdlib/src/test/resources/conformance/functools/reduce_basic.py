from functools import reduce
import operator
print(reduce(operator.add, [1, 2, 3]))
print(reduce(operator.add, [], 5))
print(reduce(lambda a, b: a * b, range(1, 6), 1))
print(reduce(lambda acc, s: acc + s.upper(), 'abc', '>'))
for args in [(operator.add, []), (operator.add, 5), (operator.add,)]:
    try:
        reduce(*args)
    except TypeError as e:
        print(e)
