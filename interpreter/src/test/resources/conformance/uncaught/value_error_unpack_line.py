lines = ["name=ann", "age=31", "broken line", "city=paris"]
settings = {}
for line in lines:
    key, value = line.split("=")
    settings[key] = value
    print("parsed", key)
