inventory = {"apples": 0, "pears": 3, "plums": 0}
for item, count in inventory.items():
    if count == 0:
        print("removing", item)
        del inventory[item]
