import hmac

# MAC a large message in chunks; equal to the one-shot MAC.
chunks = [bytes([i]) * (i * 7 % 50) for i in range(100)]
h = hmac.new(b'stream key', digestmod='sha512')
for c in chunks:
    h.update(c)
whole = hmac.new(b'stream key', b''.join(chunks), 'sha512')
print(h.hexdigest() == whole.hexdigest())
print(h.hexdigest()[:32])
print(hmac.compare_digest(h.digest(), whole.digest()))
