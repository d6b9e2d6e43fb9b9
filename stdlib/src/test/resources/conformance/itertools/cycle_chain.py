from itertools import cycle, chain, islice
print(list(islice(cycle('abc'), 7)))
print(list(cycle([])))
print(list(chain('ab', [1, 2], (3,))))
print(list(chain.from_iterable(['xy', 'z', ''])))
print(list(chain()))
def gen():
    print('gen started')
    yield 1
    yield 2
c = chain(gen(), [3])
print('created')
print(next(c), list(c))
print(type(chain.from_iterable([])).__name__)
