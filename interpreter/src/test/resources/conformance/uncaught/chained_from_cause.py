def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError as e:
        raise LookupError(f"missing setting {key!r}") from e


print("loading")
load("b")
