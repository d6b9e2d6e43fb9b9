from enum import Enum

class Http(Enum):
    OK = 200
    NOT_FOUND = 404
    TEAPOT = 418
    SERVER_ERROR = 500

    @property
    def is_error(self):
        return self.value >= 400

    @property
    def label(self):
        return self.name.replace("_", " ").title()

    def describe(self, prefix="HTTP"):
        return f"{prefix} {self.value} {self.label}"

    @classmethod
    def from_code(cls, code):
        for m in cls:
            if m.value == code:
                return m
        raise LookupError(f"no status {code}")

    @staticmethod
    def family(code):
        return f"{code // 100}xx"

print([h.is_error for h in Http], Http.TEAPOT.label)
print(Http.NOT_FOUND.describe(), Http.OK.describe(prefix=">"))
print(Http.from_code(500), Http.family(404), Http.OK.family(201))
try:
    Http.from_code(302)
except LookupError as e:
    print("LookupError", e)
print(len(Http), [m.name for m in Http])
print(callable(Http.describe), "describe" in Http.__members__)
