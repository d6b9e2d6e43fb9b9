try:
    print(undefined_variable_xyz)
except NameError as e:
    print(type(e).__name__, e)
def f():
    return another_missing_name
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
z = 1
del z
try:
    z
except NameError as e:
    print(type(e).__name__, e)
try:
    missing_counter += 1
except NameError as e:
    print(type(e).__name__, e)
