def load(n):
    try:
        return [10, 20][n]
    except IndexError as e:
        e.add_note(f"while loading record {n}")
        raise ValueError("cannot load record") from e


print(load(1))
load(5)
