# CPython 3.11 offers the comprehension's hidden iterator variable '.0'
print([x * 2 for x in range(3)])
print([x0 for x in range(3)])
