students = {'ann': [90, 80], 'bob': [70, 65, 100], 'cy': []}
avgs = {name: (sum(s) / len(s) if s else None) for name, s in students.items()}
print(avgs)
flat = [(name, s) for name, scores in students.items() for s in scores if s >= 80]
print(flat)
print([name for name, scores in sorted(students.items()) if len(scores) >= 2])
