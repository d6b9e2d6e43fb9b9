data = {'users': [{'name': 'ann', 'tags': ['a', 'b']}, {'name': 'bo', 'tags': []}], 'count': 2}
print(data['users'][0]['tags'][1])
data['users'][1]['tags'].append('new')
print(data)
tree = {}
for path in ['a/b/c', 'a/b/d', 'a/e', 'f']:
    node = tree
    for part in path.split('/'):
        node = node.setdefault(part, {})
print(tree)
