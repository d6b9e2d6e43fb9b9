def flatten(x):
    if isinstance(x, list):
        out = []
        for item in x:
            out.extend(flatten(item))
        return out
    return [x]
print(flatten([1, [2, [3, [4, [5]]]], [], [[6, 7]]]))
deep = 0
for _ in range(300):
    deep = [deep]
print(flatten(deep))
