def classify(item):
    match item:
        case {"qty": q} if q > 0:
            return "in stock"
        case {"qty": 0}:
            return "sold out"
        case _:
            return "unknown"
print(classify({"qty": 3}), classify({"qty": 0}), classify([]))
print(classify({"qty": "lots"}))
