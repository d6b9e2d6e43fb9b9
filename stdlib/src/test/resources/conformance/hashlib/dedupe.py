import hashlib

# Group equal blobs by their content hash.
blobs = [b'apple', b'banana', b'apple', b'cherry', b'banana', b'apple', b'']
seen = {}
for i, blob in enumerate(blobs):
    key = hashlib.sha1(blob).hexdigest()[:12]
    seen.setdefault(key, []).append(i)
for key, idx in sorted(seen.items()):
    print(key, idx)

# content-addressed ids from several algorithms
for algo in ['md5', 'sha1', 'sha256', 'blake2b', 'sha3_256']:
    print(algo, hashlib.new(algo, b'apple').hexdigest()[:16])
