from enum import Enum

class Op(Enum):
    ADD = "+"
    SUB = "-"
    MUL = "*"
    DIV = "/"

    def apply(self, a, b):
        if self is Op.ADD:
            return a + b
        if self is Op.SUB:
            return a - b
        if self is Op.MUL:
            return a * b
        if b == 0:
            raise ZeroDivisionError(f"{self.name} by zero")
        return a / b

def evaluate(tokens):
    stack = []
    for tok in tokens.split():
        try:
            op = Op(tok)
        except ValueError:
            stack.append(int(tok))
            continue
        b, a = stack.pop(), stack.pop()
        stack.append(op.apply(a, b))
    return stack.pop()

print(evaluate("3 4 + 2 *"), evaluate("10 2 8 * + 3 -"), evaluate("9 2 /"))
try:
    evaluate("1 0 /")
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    evaluate("1 x +")
except ValueError as e:
    print("ValueError", e)
print({op.value: op.name for op in Op})
