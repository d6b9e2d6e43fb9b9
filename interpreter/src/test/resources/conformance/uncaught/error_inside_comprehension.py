rows = ["1", "2", "three", "4"]
print("converting")
numbers = [int(r) for r in rows]
print(numbers)
