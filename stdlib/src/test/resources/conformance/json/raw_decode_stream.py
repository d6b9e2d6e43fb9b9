# reading a stream of concatenated JSON documents with raw_decode
import json

stream = '{"id": 1, "tags": ["a"]} {"id": 2}\n[3, 4]  "five"6 {"id": 7, "nested": {"deep": [null]}}'
decoder = json.JSONDecoder()
pos = 0
docs = []
while True:
    while pos < len(stream) and stream[pos].isspace():
        pos += 1
    if pos >= len(stream):
        break
    obj, pos = decoder.raw_decode(stream, pos)
    docs.append(obj)
print(docs)
print(sum(d["id"] for d in docs if isinstance(d, dict)))

broken = '{"id": 1} {"id": 2,, }'
pos = 0
try:
    while pos < len(broken):
        obj, pos = decoder.raw_decode(broken, pos)
        print("got", obj)
        pos += 1
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e.msg, "at", e.pos, "line", e.lineno, "col", e.colno)

lines = ['{"level": "info", "msg": "start"}', '', '{"level": "error", "msg": "boom", "code": 500}',
         'not json', '{"level": "info", "msg": "\\u00e9t\\u00e9"}']
counts = {}
for n, line in enumerate(lines, 1):
    if not line.strip():
        continue
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as e:
        print(f"line {n}: {e}")
        continue
    counts[rec["level"]] = counts.get(rec["level"], 0) + 1
    print(rec["msg"])
print(json.dumps(counts, sort_keys=True))
