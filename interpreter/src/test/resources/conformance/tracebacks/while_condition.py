# The whole traceback must be CPython 3.11's, markers included.
n = 3
while n > "a":
    n -= 1
