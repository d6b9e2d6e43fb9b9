from collections import OrderedDict
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end('a'); print(od)
od.move_to_end('c', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od, OrderedDict())
print(OrderedDict([('x', 1), ('y', 2)]) == OrderedDict([('y', 2), ('x', 1)]))
print(OrderedDict([('x', 1), ('y', 2)]) == {'y': 2, 'x': 1})
print(list(reversed(OrderedDict.fromkeys('abc'))), OrderedDict.fromkeys('ab', 0))
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
