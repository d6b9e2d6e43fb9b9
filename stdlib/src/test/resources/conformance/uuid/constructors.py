import uuid

u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(uuid.UUID(bytes=u.bytes) == u)
print(uuid.UUID(bytes_le=u.bytes_le) == u)
print(uuid.UUID(fields=u.fields) == u)
print(uuid.UUID(int=u.int) == u)
print(uuid.UUID(bytes=bytes(range(16))))
print(uuid.UUID(bytes_le=bytes(range(16))))
print(uuid.UUID(fields=(1, 2, 3, 4, 5, 6)))
print(uuid.UUID(fields=[0xffffffff, 0xffff, 0xffff, 0xff, 0xff, 0xffffffffffff]))
print(uuid.UUID(int=0))
print(uuid.UUID(int=2**128 - 1))
print(uuid.UUID(int=5, version=4))
print(uuid.UUID('12345678123456781234567812345678', version=1))
for v in range(1, 6):
    print(v, uuid.UUID(int=0, version=v), uuid.UUID(int=0, version=v).version)
