# A quoted-field CSV parser written by hand, with a summary table


def parse_line(line, sep=","):
    fields = []
    field = []
    in_quotes = False
    i = 0
    while i < len(line):
        ch = line[i]
        if in_quotes:
            if ch == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    field.append('"')
                    i += 1
                else:
                    in_quotes = False
            else:
                field.append(ch)
        elif ch == '"':
            in_quotes = True
        elif ch == sep:
            fields.append("".join(field))
            field = []
        else:
            field.append(ch)
        i += 1
    if in_quotes:
        raise ValueError(f"unterminated quote in {line!r}")
    fields.append("".join(field))
    return fields


def convert(value):
    for kind in (int, float):
        try:
            return kind(value)
        except ValueError:
            pass
    if value.lower() in ("true", "false"):
        return value.lower() == "true"
    return value or None


data = '''name,city,age,score,active
"Smith, John",Boston,42,88.5,true
Ann,"New York",35,91,false
"O""Brien",Dublin,,75.25,TRUE
Zoe,Paris,29,n/a,false'''

lines = data.splitlines()
header = parse_line(lines[0])
rows = [dict(zip(header, map(convert, parse_line(line)))) for line in lines[1:]]
for r in rows:
    print(r)
ages = [r["age"] for r in rows if isinstance(r["age"], int)]
scores = [r["score"] for r in rows if isinstance(r["score"], (int, float))]
print(f"mean age {sum(ages) / len(ages):.2f}; best score {max(scores)}; active {sum(r['active'] is True for r in rows)}")
widths = {h: max(len(h), *(len(str(r[h])) for r in rows)) for h in header}
print(" | ".join(h.ljust(widths[h]) for h in header))
print("-+-".join("-" * widths[h] for h in header))
for r in rows:
    print(" | ".join(str(r[h]).ljust(widths[h]) for h in header))
try:
    parse_line('a,"b')
except ValueError as e:
    print("ValueError:", e)
