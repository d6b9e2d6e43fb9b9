import uuid

# Deterministic ids for records, keyed by a natural key (as uuid5 is meant for).
ORG = uuid.uuid5(uuid.NAMESPACE_DNS, 'inventory.example')

def record_id(kind, key):
    return uuid.uuid5(ORG, f'{kind}:{key}')

items = [('sku', 'A-100'), ('sku', 'B-200'), ('user', 'ann'), ('sku', 'A-100')]
ids = {}
for kind, key in items:
    rid = record_id(kind, key)
    ids.setdefault(rid, []).append(key)
for rid in sorted(ids):
    print(rid, ids[rid])

# round-trip through the compact forms used in storage
for rid in sorted(ids):
    compact = rid.hex
    raw = rid.bytes
    assert uuid.UUID(compact) == uuid.UUID(bytes=raw) == rid
    print(compact, len(raw), rid.urn)
