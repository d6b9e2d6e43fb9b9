# lists used as stacks and queues
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack


def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in "+-*/":
            b, a = stack.pop(), stack.pop()
            stack.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b}[tok])
        else:
            stack.append(int(tok))
    return stack.pop()


def rotate(xs, k):
    q = list(xs)
    for _ in range(k):
        q.append(q.pop(0))
    return q


def sliding_max(xs, k):
    out, window = [], []
    for i, x in enumerate(xs):
        while window and xs[window[-1]] <= x:
            window.pop()
        window.append(i)
        if window[0] <= i - k:
            window.pop(0)
        if i >= k - 1:
            out.append(xs[window[0]])
    return out

show('balanced("([]{()})")', lambda: (balanced("([]{()})")))
show('balanced("([)]")', lambda: (balanced("([)]")))
show('balanced("((")', lambda: (balanced("((")))
show('rpn("3 4 + 2 *")', lambda: (rpn("3 4 + 2 *")))
show('rpn("5 1 2 + 4 * + 3 -")', lambda: (rpn("5 1 2 + 4 * + 3 -")))
show('rpn("1 +")', lambda: (rpn("1 +")))
show('rotate([1, 2, 3, 4, 5], 2)', lambda: (rotate([1, 2, 3, 4, 5], 2)))
show('sliding_max([1, 3, -1, -3, 5, 3, 6, 7], 3)', lambda: (sliding_max([1, 3, -1, -3, 5, 3, 6, 7], 3)))
