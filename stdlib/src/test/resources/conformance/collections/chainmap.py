from collections import ChainMap
defaults = {'color': 'red', 'user': 'guest'}
args = {'user': 'admin'}
cm = ChainMap(args, defaults)
print(cm, cm['user'], cm['color'], len(cm), list(cm), cm.get('z'), 'color' in cm)
cm['color'] = 'blue'
print(cm.maps, defaults)
child = cm.new_child({'x': 1})
print(child, child.parents, child['x'], child['user'])
print(dict(cm.items()), sorted(cm.keys()))
try:
    del cm['user']
    del cm['user']
except KeyError as e:
    print('KeyError', e)
print(ChainMap(), bool(ChainMap({})), cm.new_child())
