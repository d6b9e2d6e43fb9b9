import secrets

# choice works on any sequence; results always come from it
seqs = [[1, 2, 3], 'abc', (None, True), range(10, 20), b'xyz']
for s in seqs:
    picks = {secrets.choice(s) for _ in range(200)}
    print(type(s).__name__, picks <= set(s), len(picks) > 1)
print(secrets.choice([42]))
