import hashlib
import hmac

# Store and check passwords with fixed salts (deterministic for the test).
def hash_password(password, salt, iterations=1000):
    dk = hashlib.pbkdf2_hmac('sha256', password.encode('utf-8'), salt, iterations)
    return f'pbkdf2_sha256${iterations}${salt.hex()}${dk.hex()}'

def check_password(password, stored):
    algo, iterations, salt_hex, dk_hex = stored.split('$')
    dk = hashlib.pbkdf2_hmac('sha256', password.encode('utf-8'), bytes.fromhex(salt_hex), int(iterations))
    return hmac.compare_digest(dk.hex(), dk_hex)

users = {}
for i, (user, pw) in enumerate([('ann', 'correct horse'), ('bob', 'hunter2'), ('cé', 'pässwörd')]):
    users[user] = hash_password(pw, bytes([i]) * 16)
    print(user, users[user])

print(check_password('hunter2', users['bob']))
print(check_password('hunter3', users['bob']))
print(check_password('pässwörd', users['cé']))
