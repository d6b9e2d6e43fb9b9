name = 'Ann'
age = 30
msg = (f'Name: {name}\n'
       f'Age: {age}\n'
       'Static line\n'
       f'Next year: {age + 1}')
print(msg)
block = f'''
<{name}>
  {age * 2}
</{name}>'''
print(block)
