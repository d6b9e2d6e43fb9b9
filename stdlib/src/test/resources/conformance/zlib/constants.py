import zlib

names = ['MAX_WBITS', 'DEFLATED', 'DEF_MEM_LEVEL', 'DEF_BUF_SIZE', 'Z_BEST_COMPRESSION',
         'Z_BEST_SPEED', 'Z_DEFAULT_COMPRESSION', 'Z_DEFAULT_STRATEGY', 'Z_FILTERED',
         'Z_HUFFMAN_ONLY', 'Z_RLE', 'Z_FIXED', 'Z_NO_FLUSH', 'Z_SYNC_FLUSH', 'Z_FULL_FLUSH',
         'Z_FINISH', 'Z_BLOCK', 'Z_PARTIAL_FLUSH', 'Z_TREES', 'Z_NO_COMPRESSION']
for n in names:
    print(n, getattr(zlib, n))
print(type(zlib.ZLIB_VERSION).__name__)
