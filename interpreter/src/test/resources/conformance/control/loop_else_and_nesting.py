# for/while else clauses and nested loops
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


def find(target):
    for i, v in enumerate([1, 3, 5, 7]):
        if v == target:
            result = f"found at {i}"
            break
    else:
        result = "not found"
    return result


def while_else(n):
    out = []
    while n > 0:
        n -= 1
        out.append(n)
        if n == 99:
            break
    else:
        out.append("else ran")
    return out


def nested_break():
    pairs = []
    for i in range(3):
        for j in range(3):
            if j > i:
                break
            pairs.append((i, j))
    return pairs


def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append("f")
    return out


def for_over_mutating_list():
    items = [1, 2, 3, 4]
    seen = []
    for x in items:
        seen.append(x)
        if x == 2:
            items.remove(x)
    return seen, items


def range_loop_var_after():
    for i in range(5):
        pass
    for j in []:
        pass
    try:
        return i, j
    except UnboundLocalError as e:
        return i, str(e)

show('find(7)', lambda: (find(7)))
show('find(4)', lambda: (find(4)))
show('while_else(3)', lambda: (while_else(3)))
show('while_else(0)', lambda: (while_else(0)))
show('nested_break()', lambda: (nested_break()))
show('continue_in_finally()', lambda: (continue_in_finally()))
show('for_over_mutating_list()', lambda: (for_over_mutating_list()))
show('range_loop_var_after()', lambda: (range_loop_var_after()))
