import base64

# decoders accept ASCII str as well as bytes; encoders need bytes
print(base64.b64decode('aGk='), base64.b32decode('NBUQ===='), base64.b16decode('6869'))
print(base64.a85decode('BQS?'), base64.b85decode('Xk~0'), base64.urlsafe_b64decode('aGk='))
print(base64.b64encode('hi'.encode()).decode())
for f in [base64.b64decode, base64.b32decode, base64.b16decode, base64.a85decode, base64.b85decode]:
    try:
        f('ünïcode')
    except ValueError as e:
        print(f.__name__, type(e).__name__, e)
for f in [base64.b64encode, base64.b32encode, base64.b16encode, base64.a85encode, base64.b85encode, base64.standard_b64encode, base64.urlsafe_b64encode]:
    try:
        f('text')
    except TypeError as e:
        print(f.__name__, 'TypeError', e)
