import copy
import uuid

u = uuid.UUID('12345678-1234-5678-1234-567812345678')
c = copy.copy(u)
d = copy.deepcopy({'k': [u]})
print(c == u, d['k'][0] == u, type(c).__name__)
print(str(c), c.is_safe)
