import json
import uuid

records = [
    {'id': uuid.uuid5(uuid.NAMESPACE_URL, f'https://example.org/item/{i}'), 'n': i}
    for i in range(3)
]
text = json.dumps(records, default=str)
print(text)
back = [dict(r, id=uuid.UUID(r['id'])) for r in json.loads(text)]
print(back == records)
print([r['id'].version for r in back])
