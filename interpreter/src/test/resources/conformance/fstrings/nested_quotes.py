d = {'key': 'value', 'n': 5}
print(f"{d['key']}")
print(f'{d["n"] * 2}')
print(f'''{d['key']} and {d["n"]}''')
print(f"""{'nested "double" inside'}""")
words = ['a', 'b']
print(f"{', '.join(words)}")
print(f'{"-".join([str(i) for i in range(3)])}')
