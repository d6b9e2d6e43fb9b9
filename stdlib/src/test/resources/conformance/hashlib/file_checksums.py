import hashlib

# A manifest of "files" and their checksums, verified later.
files = {
    'README.md': b'# Project\n\nSome text.\n',
    'main.py': b'print("hello")\n',
    'data.bin': bytes(range(200)) * 3,
}

def checksum(data, algo='sha256', chunk=64):
    h = hashlib.new(algo)
    for i in range(0, len(data), chunk):
        h.update(data[i:i + chunk])
    return h.hexdigest()

manifest = {name: checksum(data) for name, data in files.items()}
for name in sorted(manifest):
    print(f'{manifest[name]}  {name}')

files['main.py'] = b'print("hello, world")\n'
for name in sorted(files):
    ok = checksum(files[name]) == manifest[name]
    print(name, 'OK' if ok else 'CHANGED')
print(checksum(files['data.bin'], 'md5', 7) == hashlib.md5(files['data.bin']).hexdigest())
