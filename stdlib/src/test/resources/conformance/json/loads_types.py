import json
for bad in [3, None, [1], 2.5]:
    try:
        json.loads(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    json.loads("1" * 5000)
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(json.loads("9" * 4300))))
try:
    json.loads(b'"\xff"')
except UnicodeDecodeError as e:
    print(type(e).__name__)
print(json.loads(b'\xef\xbb\xbf[1]'))
