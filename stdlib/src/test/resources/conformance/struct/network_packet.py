import struct

# A toy network protocol: big-endian header, variable payload, checksum trailer.
HEADER = struct.Struct('!BBHI')

def encode(msg_type, seq, payload):
    head = HEADER.pack(1, msg_type, len(payload), seq)
    body = head + payload
    checksum = sum(body) & 0xffff
    return body + struct.pack('!H', checksum)

def decode(packet):
    version, msg_type, length, seq = HEADER.unpack_from(packet)
    payload = packet[HEADER.size:HEADER.size + length]
    (checksum,) = struct.unpack_from('!H', packet, HEADER.size + length)
    ok = checksum == sum(packet[:HEADER.size + length]) & 0xffff
    return version, msg_type, seq, payload, ok

packets = [encode(2, 1000 + i, ('msg %d' % i).encode() * i) for i in range(4)]
for p in packets:
    print(p.hex())
    print(decode(p))
stream = b''.join(struct.pack('!I', len(p)) + p for p in packets)
pos = 0
while pos < len(stream):
    (n,) = struct.unpack_from('!I', stream, pos)
    print(decode(stream[pos + 4:pos + 4 + n])[2], end=' ')
    pos += 4 + n
print()
