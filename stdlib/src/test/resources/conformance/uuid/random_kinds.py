import uuid

u4 = uuid.uuid4()
print(type(u4).__name__, u4.version, u4.variant, len(str(u4)))
print(len({uuid.uuid4() for _ in range(100)}))
u1 = uuid.uuid1()
print(u1.version, u1.variant)
print(uuid.getnode() == uuid.getnode(), 0 <= uuid.getnode() < 2**48)
u = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(hex(u.node), hex(u.clock_seq), u.version)
print(uuid.uuid1().time < uuid.uuid1().time)
print(u1.time > 0x01b21dd213814000)
