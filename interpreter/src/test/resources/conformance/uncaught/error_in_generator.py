def numbers():
    yield 1
    yield 2
    raise ArithmeticError("generator broke")


total = 0
for n in numbers():
    total += n
    print("running total", total)
