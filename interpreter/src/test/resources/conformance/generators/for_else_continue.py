def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x
        else:
            continue
    else:
        yield 'done'
print(list(evens(range(7))))
