def greet(greeting, name):
    return f'{greeting}, {name}!'
print(greet('hi', 'ann'))
print(greet(name='bo', greeting='yo'))
print(greet(*['hey', 'cy']))
print(greet('hello'))
