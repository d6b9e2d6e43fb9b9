def adder():
    total = 0
    while True:
        total = total + (yield total)


g = adder()
next(g)
print(g.send(5))
print(g.send(10))
g.send("oops")
