print((a := 1, b := 2))
print(a, b)
print([c := 10, c * 2])
lst = [(p := 4), p ** 2, (p := p + 1), p]
print(lst, p)
print(f'{(q := 7) * 2} {q}')
