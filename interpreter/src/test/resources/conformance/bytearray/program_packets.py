# A small program: building and parsing length-prefixed packets in a bytearray.
def encode(records):
    out = bytearray()
    for name, value in records:
        raw = name.encode("utf-8")
        out.append(len(raw))
        out += raw
        out.extend(value.to_bytes(2, "big"))
    return out

def decode(buf):
    i = 0
    records = []
    while i < len(buf):
        n = buf[i]
        name = buf[i + 1:i + 1 + n].decode("utf-8")
        value = int.from_bytes(buf[i + 1 + n:i + 3 + n], "big")
        records.append((name, value))
        i += 3 + n
    return records

data = encode([("alpha", 1), ("βeta", 513), ("", 65535)])
print(data)
print(data.hex(" "))
print(decode(data))
data[1:6] = b"ALPHA"
print(decode(data))
checksum = 0
for b in data:
    checksum = (checksum * 31 + b) % 65521
print("checksum", checksum)
frame = bytearray(b"\x7e") + data + bytearray([0x7e])
print(len(frame), frame.count(0x7e), frame.startswith(b"~"), frame.endswith(bytearray(b"~")))
print(frame.strip(b"~") == data)
