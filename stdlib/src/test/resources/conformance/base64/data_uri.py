import base64

# Build and parse data: URIs and basic-auth headers.
def data_uri(mime, payload):
    return f'data:{mime};base64,' + base64.b64encode(payload).decode('ascii')

def parse_data_uri(uri):
    header, _, b64 = uri.partition(',')
    mime = header[5:].split(';')[0]
    return mime, base64.b64decode(b64, validate=True)

uri = data_uri('text/plain', 'héllo wörld'.encode('utf-8'))
print(uri)
mime, payload = parse_data_uri(uri)
print(mime, payload.decode('utf-8'))

def basic_auth(user, password):
    token = base64.b64encode(f'{user}:{password}'.encode()).decode()
    return 'Basic ' + token

hdr = basic_auth('ann', 's3cr3t!')
print(hdr)
user, _, pw = base64.b64decode(hdr.split()[1]).decode().partition(':')
print(user, pw)

# URL-safe tokens without padding, as JWT does
def b64url(b):
    return base64.urlsafe_b64encode(b).rstrip(b'=').decode()

def unb64url(s):
    return base64.urlsafe_b64decode(s + '=' * (-len(s) % 4))

for raw in [b'\xfb\xff', b'{"alg":"none"}', b'?>?>']:
    t = b64url(raw)
    print(t, unb64url(t) == raw)
