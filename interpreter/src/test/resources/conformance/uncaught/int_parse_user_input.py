answers = ["42", " 7 ", "3.5"]
for a in answers:
    n = int(a)
    print("doubled", n * 2)
