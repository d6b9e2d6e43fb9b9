people = [('ann', 31), ('bob', 25), ('cy', 31), ('di', 19)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: len(p[0]), reverse=True))
print(min(people, key=lambda p: p[1])[0], max(people, key=lambda p: (p[1], p[0]))[0])
