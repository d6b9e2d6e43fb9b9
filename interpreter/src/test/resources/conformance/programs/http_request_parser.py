RAW = [
    "GET /index.html?lang=en&page=2 HTTP/1.1\r\nHost: example.org\r\nAccept: */*\r\n\r\n",
    "POST /api/items HTTP/1.1\r\nHost: api\r\nContent-Length: 13\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\nname=a+b&qty=3",
    "BREW /pot HTTP/1.1\r\n\r\n",
    "GET /x HTTP/1.1\r\nBadHeader\r\n\r\n",
    "GET /y\r\n\r\n",
    "POST /z HTTP/1.0\r\nContent-Length: 50\r\n\r\nshort",
]
class BadRequest(Exception):
    pass

def parse_qs(s):
    out = {}
    for pair in filter(None, s.split("&")):
        k, _, v = pair.partition("=")
        out.setdefault(k, []).append(v.replace("+", " "))
    return out

def parse(raw):
    head, _, body = raw.partition("\r\n\r\n")
    lines = head.split("\r\n")
    parts = lines[0].split(" ")
    if len(parts) != 3:
        raise BadRequest(f"malformed request line {lines[0]!r}")
    method, target, version = parts
    if method not in ("GET", "POST", "PUT", "DELETE"):
        raise BadRequest(f"unsupported method {method}")
    headers = {}
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if not sep:
            raise BadRequest(f"bad header line {line!r}")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", 0))
    if len(body) != length:
        raise BadRequest(f"body is {len(body)} bytes, expected {length}")
    path, _, query = target.partition("?")
    return {"method": method, "path": path, "query": parse_qs(query), "version": version,
            "headers": headers, "form": parse_qs(body) if body else {}}

for raw in RAW:
    try:
        req = parse(raw)
        print(req["method"], req["path"], req["query"], sorted(req["headers"]), req["form"])
    except BadRequest as e:
        print(type(e).__name__, e)
