import uuid

print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE, sep=' | ')
for top in [0x0, 0x4, 0x8, 0xa, 0xc, 0xd, 0xe, 0xf]:
    w = uuid.UUID(int=(top << 4) << 56)
    print(hex(top), w.variant, w.version)
print(uuid.UUID(int=0, version=1).variant)
