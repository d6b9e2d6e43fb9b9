def handle(command):
    match command.split():
        case []:
            return "empty"
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"moving {direction}"
        case ["go", other]:
            return f"cannot go {other!r}"
        case ["take", item, *rest] if rest:
            return f"take {item} and {len(rest)} more: {rest}"
        case ["take", item]:
            return f"take {item}"
        case ["drop", *items] if not items:
            return "drop what?"
        case ["say", *words]:
            return " ".join(words).upper()
        case [verb, *_]:
            return f"unknown verb {verb}"

for c in ["", "go north", "go up", "take lamp", "take key coin gem", "drop", "say hello there", "dance wildly"]:
    print(f"{c!r:22} -> {handle(c)}")
