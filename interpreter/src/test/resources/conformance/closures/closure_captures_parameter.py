def multiplier(factor):
    def mul(x):
        return x * factor
    return mul
double = multiplier(2)
triple = multiplier(3)
print(double(5), triple(5), double('ab'))
print([multiplier(k)(10) for k in range(4)])
def adder(a):
    return lambda b: lambda c: a + b + c
print(adder(1)(2)(3), adder('x')('y')('z'))
