import struct

# Moat has no bytearray, and bytes are read-only: pack_into always refuses its buffer (as CPython does for bytes).
for f in [lambda: struct.pack_into('<i', b'1234', 0, 5), lambda: struct.Struct('<h').pack_into(b'12', 0, 1), lambda: struct.pack_into('<i', [0] * 4, 0, 5)]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
