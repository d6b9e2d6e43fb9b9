def first_words(lines):
    for line in lines:
        yield next(iter(line.split()))


print(list(first_words(["a b", "c d"])))
print(list(first_words(["x y", ""])))
