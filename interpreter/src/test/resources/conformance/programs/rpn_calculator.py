class CalcError(Exception):
    pass

OPS = {
    "+": (2, lambda a, b: a + b),
    "-": (2, lambda a, b: a - b),
    "*": (2, lambda a, b: a * b),
    "/": (2, lambda a, b: a / b),
    "//": (2, lambda a, b: a // b),
    "^": (2, lambda a, b: a ** b),
    "neg": (1, lambda a: -a),
    "dup": (1, lambda a: (a, a)),
    "swap": (2, lambda a, b: (b, a)),
}

def evaluate(expr):
    stack = []
    for tok in expr.split():
        if tok in OPS:
            arity, fn = OPS[tok]
            if len(stack) < arity:
                raise CalcError(f"{tok!r} needs {arity} operand(s), stack has {len(stack)}")
            args = stack[-arity:]
            del stack[-arity:]
            try:
                result = fn(*args)
            except ZeroDivisionError as e:
                raise CalcError(f"{tok!r} failed: {e}") from e
            stack.extend(result if isinstance(result, tuple) else (result,))
        else:
            try:
                stack.append(int(tok))
            except ValueError:
                try:
                    stack.append(float(tok))
                except ValueError:
                    raise CalcError(f"unknown token {tok!r}") from None
    if len(stack) != 1:
        raise CalcError(f"expected one result, stack is {stack}")
    return stack[0]

for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 10 ^", "7 2 /", "7 2 //", "3 dup *", "1 2 swap -",
          "2.5 neg 2 *", "1 +", "1 0 /", "1 2", "2 x +", ""]:
    try:
        print(f"{e!r:22} = {evaluate(e)!r}")
    except CalcError as err:
        cause = f" (cause {type(err.__cause__).__name__})" if err.__cause__ else ""
        print(f"{e!r:22} ! {err}{cause}")
