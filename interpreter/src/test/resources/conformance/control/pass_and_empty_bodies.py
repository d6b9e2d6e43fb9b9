def noop():
    pass
class Empty:
    pass
for i in range(2):
    pass
if True:
    pass
else:
    print('never')
print(noop(), i)
try:
    pass
except Exception:
    pass
print(type(Empty()).__name__)
def doc_only():
    'just a docstring'
print(doc_only())
