import hmac
import hashlib
import base64

# Sign requests like many web APIs do: HMAC-SHA256 over a canonical string, base64 encoded.
SECRET = b'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'

def canonical(method, path, params):
    query = '&'.join(f'{k}={params[k]}' for k in sorted(params))
    return f'{method}\n{path}\n{query}'

def sign(method, path, params):
    mac = hmac.new(SECRET, canonical(method, path, params).encode(), hashlib.sha256)
    return base64.b64encode(mac.digest()).decode()

sig = sign('GET', '/v1/items', {'limit': 10, 'after': 'abc', 'sort': 'name'})
print(sig)
print(sign('GET', '/v1/items', {'sort': 'name', 'after': 'abc', 'limit': 10}) == sig)
print(sign('GET', '/v1/items', {'limit': 11, 'after': 'abc', 'sort': 'name'}) == sig)
print(hmac.compare_digest(sig, sign('GET', '/v1/items', {'limit': 10, 'after': 'abc', 'sort': 'name'})))
