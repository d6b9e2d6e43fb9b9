# json.decoder and json.encoder: the classes live there too
import json
import json.decoder
from json.encoder import JSONEncoder, encode_basestring, encode_basestring_ascii
from json.decoder import JSONDecodeError, JSONDecoder

print(json.decoder.JSONDecodeError is json.JSONDecodeError, JSONEncoder is json.JSONEncoder)
print(JSONDecoder is json.JSONDecoder, json.encoder.JSONEncoder is JSONEncoder)
print(encode_basestring("caf\u00e9\n\"q\""), encode_basestring_ascii("caf\u00e9\U0001F600"))
try:
    json.loads("[1,")
except json.decoder.JSONDecodeError as e:
    print(type(e).__module__, type(e).__qualname__, e)
print(JSONDecodeError("boom", "ab\ncd", 4).args, issubclass(JSONDecodeError, ValueError))
try:
    encode_basestring(1)
except TypeError as e:
    print("TypeError:", e)
