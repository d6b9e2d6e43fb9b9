import binascii

def hexdump(data, width=8):
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexpart = binascii.hexlify(chunk, ' ').decode()
        text = ''.join(chr(b) if 32 <= b < 127 else '.' for b in chunk)
        print(f'{off:04x}  {hexpart:<{width * 3}} {text}')

hexdump(b'Moat sandbox\x00\x01\x02 binary \xff\xfe data')
print(binascii.unhexlify(''.join(['4d', '6f', '61', '74'])))
