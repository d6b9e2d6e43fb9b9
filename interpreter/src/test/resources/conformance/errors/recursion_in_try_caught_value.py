def parse_all(items):
    out = []
    for it in items:
        try:
            out.append(int(it))
        except ValueError as e:
            out.append(str(e))
        except TypeError as e:
            out.append(type(e).__name__ + ': ' + str(e))
    return out
for r in parse_all(['1', 'x', None, 2.9, '0b1', [3]]):
    print(r)
