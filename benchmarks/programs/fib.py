# Recursion: naive Fibonacci (function calls, integer adds, comparisons).


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


total = 0
for k in range(25, 34):
    total += fib(k)
print("fib", fib(33), "checksum", total)
