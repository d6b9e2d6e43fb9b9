s = "a\tb\nc\\d\'e\"f"
print(s)
print(repr(s))
print(len(s))
print("\x41\x42\x43", "\101\102", "\u00e9", "\U0001F600")
print(repr("\x00\x01\x7f"))
print("\N{BULLET} item", repr("\N{BULLET}"))
print(repr("\r\f\v\a\b"))
print(len("\N{LATIN SMALL LETTER E WITH ACUTE}"))
