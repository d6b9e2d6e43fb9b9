# The whole traceback must be CPython 3.11's, markers included.
n = 5
print(n[1:2])
