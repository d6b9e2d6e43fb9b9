class TemplateError(Exception):
    pass

def render(template, ctx):
    out, i = [], 0
    while i < len(template):
        start = template.find("{{", i)
        if start < 0:
            out.append(template[i:])
            break
        out.append(template[i:start])
        end = template.find("}}", start)
        if end < 0:
            raise TemplateError(f"unclosed tag at {start}")
        expr = template[start + 2:end].strip()
        name, *filters = [p.strip() for p in expr.split("|")]
        value = ctx
        for part in name.split("."):
            if isinstance(value, dict) and part in value:
                value = value[part]
            elif part.isdigit() and isinstance(value, list) and int(part) < len(value):
                value = value[int(part)]
            else:
                raise TemplateError(f"{name!r}: cannot resolve {part!r}")
        for f in filters:
            match f.split(":"):
                case ["upper"]:
                    value = str(value).upper()
                case ["title"]:
                    value = str(value).title()
                case ["default", d]:
                    value = value or d
                case ["pad", n]:
                    value = str(value).rjust(int(n))
                case ["join", sep]:
                    value = sep.join(map(str, value))
                case _:
                    raise TemplateError(f"unknown filter {f!r}")
        out.append(str(value))
        i = end + 2
    return "".join(out)

ctx = {"user": {"name": "ada lovelace", "nick": ""}, "items": ["a", "b", "c"], "n": 7}
tests = [
    "Hello {{ user.name | title }}!",
    "Nick: {{ user.nick | default:none }}",
    "[{{ n | pad:4 }}] {{items|join:, }} first={{ items.0 | upper }}",
    "no tags here",
    "{{ user.age }}",
    "{{ n | reverse }}",
    "open {{ n ",
    "{{ items.9 }}",
]
for t in tests:
    try:
        print(repr(render(t, ctx)))
    except TemplateError as e:
        print(type(e).__name__, e)
