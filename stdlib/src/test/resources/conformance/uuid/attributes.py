import uuid

for s in ['12345678-1234-5678-1234-567812345678', '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
          'a8098c1a-f86e-11da-bd1a-00112444be1e', '00000000-0000-0000-0000-000000000000']:
    u = uuid.UUID(s)
    print(u.hex, u.int, u.urn)
    print(u.bytes, u.bytes_le)
    print(u.fields)
    print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node)
    print(u.time, u.clock_seq, u.version, u.variant)
    print(u.is_safe, int(u))
