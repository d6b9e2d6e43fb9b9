import zlib
import json

# A tiny archive format: name, crc, compressed payload, all JSON-described.
files = {
    'notes.txt': b'remember the milk\n' * 30,
    'data.csv': '\n'.join('%d,%d,%d' % (i, i * i, i * i * i) for i in range(60)).encode(),
    'empty': b'',
}
index = []
blob = b''
for name in sorted(files):
    payload = zlib.compress(files[name], 9)
    index.append({'name': name, 'offset': len(blob), 'size': len(payload),
                  'crc': zlib.crc32(files[name]), 'raw': len(files[name])})
    blob += payload
print(json.dumps(index))
print(len(blob))
for entry in index:
    chunk = blob[entry['offset']:entry['offset'] + entry['size']]
    raw = zlib.decompress(chunk)
    assert zlib.crc32(raw) == entry['crc']
    print(entry['name'], len(raw), raw[:20])
ratio = sum(e['size'] for e in index) / sum(e['raw'] for e in index)
print(f'{ratio:.3f}')
