import secrets
import string

alphabet = string.ascii_letters + string.digits

def password(n=12):
    while True:
        pw = ''.join(secrets.choice(alphabet) for _ in range(n))
        if (any(c.islower() for c in pw) and any(c.isupper() for c in pw)
                and sum(c.isdigit() for c in pw) >= 3):
            return pw

pws = [password() for _ in range(20)]
print(all(len(p) == 12 and set(p) <= set(alphabet) for p in pws))
print(all(sum(c.isdigit() for c in p) >= 3 for p in pws))

words = ['correct', 'horse', 'battery', 'staple', 'moat', 'sandbox']
phrase = ' '.join(secrets.choice(words) for _ in range(4))
print(len(phrase.split()), all(w in words for w in phrase.split()))

reset_url = 'https://example.org/reset?token=' + secrets.token_urlsafe(16)
print(reset_url[:32], len(reset_url) - 32)
session_ids = {secrets.token_hex(16) for _ in range(100)}
print(len(session_ids))
