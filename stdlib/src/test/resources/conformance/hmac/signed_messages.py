import hmac
import hashlib
import json

SECRET = b'server-side secret'

def sign(payload):
    body = json.dumps(payload, sort_keys=True).encode()
    sig = hmac.new(SECRET, body, hashlib.sha256).hexdigest()
    return body.decode() + '.' + sig

def verify(token):
    body, _, sig = token.rpartition('.')
    expected = hmac.new(SECRET, body.encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, expected):
        raise ValueError('bad signature')
    return json.loads(body)

t = sign({'user': 'ann', 'admin': False})
print(t)
print(verify(t))
forged = t.replace('false', 'true')
try:
    verify(forged)
except ValueError as e:
    print('rejected:', e)
