import string

class Dollar(string.Formatter):
    """Fields are written $name instead of {name}."""
    def parse(self, format_string):
        out = []
        literal = ""
        i = 0
        while i < len(format_string):
            c = format_string[i]
            if c == "$":
                j = i + 1
                while j < len(format_string) and (format_string[j].isalnum() or format_string[j] == "_"):
                    j += 1
                out.append((literal, format_string[i + 1:j], "", None))
                literal = ""
                i = j
            else:
                literal += c
                i += 1
        if literal:
            out.append((literal, None, None, None))
        return out

d = Dollar()
print(d.format("Hi $who, $n items", who="you", n=3))
print(d.format("$0 and $1", "first", "second"))
print(list(d.parse("a$b c")))
