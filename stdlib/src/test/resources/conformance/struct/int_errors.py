import struct

def attempt(f):
    try:
        print(repr(f()))
    except struct.error as e:
        print('struct.error:', e)
    except Exception as e:
        print(type(e).__name__, e)

for fmt in ['b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'P',
            '<b', '<B', '<h', '<H', '<i', '<I', '<l', '<L', '<q', '<Q',
            '>h', '>H', '>i', '>I', '>q', '>Q']:
    for v in [-1, 2**16, 2**32, 2**63, 2**64]:
        attempt(lambda: struct.pack(fmt, v))
