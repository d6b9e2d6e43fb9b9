import uuid

for ns_name in ['NAMESPACE_DNS', 'NAMESPACE_URL', 'NAMESPACE_OID', 'NAMESPACE_X500']:
    ns = getattr(uuid, ns_name)
    print(ns_name, ns, ns.version)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid3(uuid.NAMESPACE_URL, 'https://example.org/'))
print(uuid.uuid5(uuid.NAMESPACE_URL, 'https://example.org/'))
print(uuid.uuid5(uuid.NAMESPACE_OID, '1.3.6.1'))
print(uuid.uuid5(uuid.NAMESPACE_X500, 'cn=John Smith'))
print(uuid.uuid5(uuid.NAMESPACE_DNS, 'héllo'))
print(uuid.uuid5(uuid.NAMESPACE_DNS, ''))
u = uuid.uuid5(uuid.NAMESPACE_DNS, 'moat.dev')
print(u.version, u.variant)
custom = uuid.UUID('1b671a64-40d5-491e-99b0-da01ff1f3341')
print(uuid.uuid3(custom, 'x'), uuid.uuid5(custom, 'x'))
