import binascii

# Simple framed records: payload + CRC-32 trailer, checked on read.
def frame(payload):
    return payload + binascii.crc32(payload).to_bytes(4, 'big')

def unframe(record):
    payload, trailer = record[:-4], record[-4:]
    if binascii.crc32(payload) != int.from_bytes(trailer, 'big'):
        raise binascii.Error('checksum mismatch')
    return payload

records = [frame(p) for p in [b'alpha', b'beta', b'', b'gamma' * 10]]
for r in records:
    print(binascii.hexlify(r[-4:]), unframe(r)[:10])
bad = records[1][:-1] + bytes([records[1][-1] ^ 1])
try:
    unframe(bad)
except binascii.Error as e:
    print('error:', e)
# Text-safe transport of the records
wire = [binascii.b2a_base64(r, newline=False).decode() for r in records]
print(wire)
print([unframe(binascii.a2b_base64(w)) for w in wire][:2])
