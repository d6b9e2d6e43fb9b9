import struct

# Build and parse a BMP file header + DIB header for a 2x2 24-bit image.
width, height = 2, 2
row = b'\x00\x00\xff\xff\xff\xff' + b'\x00\x00'   # two pixels + padding to 4 bytes
pixels = row * height
header_fmt = '<2sIHHI'
dib_fmt = '<IiiHHIIiiII'
file_size = struct.calcsize(header_fmt) + struct.calcsize(dib_fmt) + len(pixels)
header = struct.pack(header_fmt, b'BM', file_size, 0, 0, struct.calcsize(header_fmt) + struct.calcsize(dib_fmt))
dib = struct.pack(dib_fmt, 40, width, height, 1, 24, 0, len(pixels), 2835, 2835, 0, 0)
data = header + dib + pixels
print(len(data), data[:14].hex())
magic, size, _, _, offset = struct.unpack_from(header_fmt, data)
print(magic, size, offset)
fields = struct.unpack_from(dib_fmt, data, 14)
print(fields)
print(data[offset:offset + 3].hex())
