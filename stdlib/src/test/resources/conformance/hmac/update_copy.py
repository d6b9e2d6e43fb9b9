import hmac

h = hmac.new(b'secret', digestmod='sha256')
h.update(b'first ')
c = h.copy()
h.update(b'second')
print(h.hexdigest())
print(c.hexdigest())
print(hmac.new(b'secret', b'first second', 'sha256').hexdigest() == h.hexdigest())
print(h.digest() == h.digest(), len(h.digest()))
print(c.name, type(c) is type(h))
c.update(b'other')
print(c.hexdigest())
