def grade(score, bonus):
    if score >= 50:
        if bonus:
            if score + 10 >= 90:
                return 'A+'
            return 'pass+'
        else:
            return 'pass'
    else:
        if bonus and score + 10 >= 50:
            return 'rescued'
        return 'fail'
for s, b in [(85, True), (60, True), (60, False), (45, True), (30, True)]:
    print(s, b, grade(s, b))
