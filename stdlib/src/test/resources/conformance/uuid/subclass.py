import uuid

class TaggedUUID(uuid.UUID):
    def tag(self):
        return 'T-' + self.hex[:8]

t = TaggedUUID('12345678-1234-5678-1234-567812345678')
print(repr(t), t.tag(), isinstance(t, uuid.UUID))
print(t == uuid.UUID(str(t)))
print(TaggedUUID(int=7).tag())
