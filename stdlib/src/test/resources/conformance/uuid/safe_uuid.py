import uuid

print(uuid.SafeUUID.safe, uuid.SafeUUID.unsafe, uuid.SafeUUID.unknown)
print(repr(uuid.SafeUUID.safe), uuid.SafeUUID.safe.value, uuid.SafeUUID.unknown.value)
print(uuid.UUID(int=1).is_safe)
print(uuid.UUID(int=1, is_safe=uuid.SafeUUID.safe).is_safe)
print(uuid.SafeUUID(0), [m.name for m in uuid.SafeUUID])
