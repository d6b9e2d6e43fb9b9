import json
print(json.dumps({"ok": 1}))
json.dumps({"bad": {1, 2}})
