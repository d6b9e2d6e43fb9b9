import hashlib

for name in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(name, b'abc')
    if name.startswith('shake'):
        print(name, h.name, h.hexdigest(8))
    else:
        print(name, h.name, h.hexdigest())
print(hashlib.new('SHA256', b'abc').name)
print(hashlib.new('MD5').hexdigest())
print(hashlib.new(name='sha1', data=b'x').hexdigest())
print(hashlib.new('md5', b'a', usedforsecurity=False).hexdigest())
print(type(hashlib.algorithms_guaranteed).__name__, len(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
