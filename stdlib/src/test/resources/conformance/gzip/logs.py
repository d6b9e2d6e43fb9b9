import gzip

# Rotate "log files": compress each day's lines, then search the archives.
days = {
    '2024-01-01': ['GET /index 200', 'GET /about 200', 'POST /login 401'],
    '2024-01-02': ['GET /index 200', 'POST /login 200', 'GET /admin 403'],
    '2024-01-03': ['GET /missing 404'] * 5,
}
archives = {}
for day, lines in days.items():
    raw = '\n'.join(lines).encode()
    archives[day + '.log.gz'] = gzip.compress(raw, mtime=0)
for name in sorted(archives):
    print(name, len(archives[name]))
for name in sorted(archives):
    text = gzip.decompress(archives[name]).decode()
    errors = [l for l in text.splitlines() if not l.endswith('200')]
    print(name, errors)
combined = b''.join(archives[n] for n in sorted(archives))
print(len(gzip.decompress(combined).splitlines()))
