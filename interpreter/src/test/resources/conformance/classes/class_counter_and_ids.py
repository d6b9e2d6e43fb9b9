class Item:
    next_id = 1
    def __init__(self, name):
        self.id = Item.next_id
        Item.next_id += 1
        self.name = name
    def __repr__(self):
        return f'Item#{self.id}({self.name})'
items = [Item(n) for n in ['x', 'y', 'z']]
print(items, Item.next_id)
print(sorted(items, key=lambda i: i.name, reverse=True))
