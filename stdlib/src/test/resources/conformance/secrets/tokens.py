import secrets
import string

b = secrets.token_bytes()
print(type(b).__name__, len(b))
print(len(secrets.token_bytes(5)), len(secrets.token_bytes(0)), secrets.token_bytes(0))
h = secrets.token_hex()
print(type(h).__name__, len(h), set(h) <= set('0123456789abcdef'))
print(len(secrets.token_hex(7)), secrets.token_hex(0) == '')
u = secrets.token_urlsafe()
print(type(u).__name__, len(u), set(u) <= set(string.ascii_letters + string.digits + '-_'))
print([len(secrets.token_urlsafe(n)) for n in range(8)])
print(len(secrets.token_bytes(None)), len(secrets.token_hex(True)))
print(secrets.DEFAULT_ENTROPY)
