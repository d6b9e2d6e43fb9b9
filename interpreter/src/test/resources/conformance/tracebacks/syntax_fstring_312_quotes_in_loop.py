items = [{"name": "a"}]
for it in items:
    print(f"name: {it['name']} / {it["name"]}")
