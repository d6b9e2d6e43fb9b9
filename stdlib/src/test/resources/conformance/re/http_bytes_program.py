# parsing a raw HTTP message with bytes regular expressions
import re

raw = (b"POST /api/items?id=42&sort=desc HTTP/1.1\r\n"
       b"Host: example.com\r\n"
       b"Content-Type: application/json; charset=utf-8\r\n"
       b"X-Trace:  abc123  \r\n"
       b"Content-Length: 27\r\n"
       b"\r\n"
       b'{"name": "caf\xc3\xa9", "n": 1}')

REQUEST_LINE = re.compile(rb"^(?P<method>[A-Z]+) (?P<path>[^ ?]+)(?:\?(?P<query>\S*))? "
                          rb"HTTP/(?P<version>\d\.\d)\r\n")
HEADER = re.compile(rb"^(?P<name>[!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(?P<value>.*?)[ \t]*\r\n",
                    re.M)

m = REQUEST_LINE.match(raw)
print(m.group("method"), m.group("path"), m.group("version"), m.span())
params = dict(re.findall(rb"([^&=]+)=([^&]*)", m.group("query")))
print(params)
head, _, body = raw.partition(b"\r\n\r\n")
headers = {h.group("name").lower(): h.group("value") for h in HEADER.finditer(head + b"\r\n", m.end())}
print(headers)
ctype = re.match(rb"([\w/+.-]+)(?:;\s*charset=([\w-]+))?", headers[b"content-type"])
print(ctype.groups())
print(int(headers[b"content-length"]) == len(body), body.decode(ctype.group(2).decode()))
redacted = re.sub(rb"(?i)(x-trace:\s*)\S+", lambda mm: mm.group(1) + b"*" * 6, head)
print(redacted.split(b"\r\n")[3])
print(re.split(rb"\r\n", head)[1:3], re.subn(rb"\r\n", b"\n", head)[1])
tokens = re.findall(rb'"(\w+)":\s*("(?:[^"\\]|\\.)*"|\d+)', body)
print(tokens)
