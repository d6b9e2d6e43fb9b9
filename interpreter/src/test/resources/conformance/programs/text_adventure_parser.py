# A tiny text adventure: rooms, inventory, and a command parser using match
rooms = {
    "hall": {"desc": "A dusty hall.", "exits": {"north": "library", "east": "kitchen"},
             "items": ["lamp"]},
    "library": {"desc": "Shelves of old books.", "exits": {"south": "hall"}, "items": ["key", "book"]},
    "kitchen": {"desc": "It smells of bread.", "exits": {"west": "hall", "down": "cellar"},
                "items": []},
    "cellar": {"desc": "Dark and damp.", "exits": {"up": "kitchen"}, "items": ["treasure"],
               "locked": True},
}


class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0

    def do(self, line):
        self.moves += 1
        words = line.lower().split()
        match words:
            case ["look"]:
                r = rooms[self.room]
                items = ", ".join(r["items"]) or "nothing"
                return f"{r['desc']} You see: {items}. Exits: {', '.join(sorted(r['exits']))}."
            case ["go", direction] | [("north" | "south" | "east" | "west" | "up" | "down") as direction]:
                target = rooms[self.room]["exits"].get(direction)
                if target is None:
                    return "You can't go that way."
                if rooms[target].get("locked"):
                    if "key" not in self.inventory:
                        return "The way is locked."
                    rooms[target]["locked"] = False
                    self.room = target
                    return f"You unlock the door and enter the {target}."
                self.room = target
                return f"You are in the {target}."
            case ["take", item]:
                here = rooms[self.room]["items"]
                if item not in here:
                    return f"There is no {item} here."
                here.remove(item)
                self.inventory.append(item)
                return f"Taken: {item}."
            case ["drop", item] if item in self.inventory:
                self.inventory.remove(item)
                rooms[self.room]["items"].append(item)
                return f"Dropped: {item}."
            case ["drop", item]:
                return f"You don't have {item}."
            case ["inventory" | "i"]:
                return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing")
            case []:
                self.moves -= 1
                return "Say something."
            case [verb, *_]:
                return f"I don't know how to {verb!r}."


game = Game()
script = ["look", "take lamp", "go north", "take key", "take sword", "south", "east", "down",
          "take treasure", "i", "drop lamp", "drop lamp", "", "dance wildly", "look", "go west"]
for cmd in script:
    print(f"> {cmd}")
    print(game.do(cmd))
print(f"Finished in {game.moves} moves holding {sorted(game.inventory)}")
