# Compare two versions of a config file: summary counts, a unified diff and similarity scores.
import difflib

old = '''[server]
host = example.com
port = 8080
debug = true
workers = 4

[database]
url = postgres://db/main
pool = 10
timeout = 30
'''.splitlines(keepends=True)
new = '''[server]
host = example.org
port = 8080
workers = 8
threads = 2

[database]
url = postgres://db/main
pool = 10
timeout = 60
retries = 3
'''.splitlines(keepends=True)

sm = difflib.SequenceMatcher(None, old, new)
counts = {}
for tag, i1, i2, j1, j2 in sm.get_opcodes():
    counts[tag] = counts.get(tag, 0) + max(i2 - i1, j2 - j1)
print(sorted(counts.items()), round(sm.ratio(), 4))
print(''.join(difflib.unified_diff(old, new, 'app.ini (old)', 'app.ini (new)', n=1)), end='')
for tag, i1, i2, j1, j2 in sm.get_opcodes():
    if tag == 'replace':
        for o, n in zip(old[i1:i2], new[j1:j2]):
            r = difflib.SequenceMatcher(None, o, n).ratio()
            print('%-22r -> %-22r %.3f' % (o.strip(), n.strip(), r))
