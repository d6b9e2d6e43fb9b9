# A tiny Markdown-to-HTML converter: headings, lists, emphasis, code and links


def inline(text):
    out = []
    i = 0
    while i < len(text):
        if text.startswith("**", i):
            end = text.find("**", i + 2)
            if end != -1:
                out.append(f"<strong>{inline(text[i + 2:end])}</strong>")
                i = end + 2
                continue
        if text[i] == "*":
            end = text.find("*", i + 1)
            if end != -1:
                out.append(f"<em>{inline(text[i + 1:end])}</em>")
                i = end + 1
                continue
        if text[i] == "`":
            end = text.find("`", i + 1)
            if end != -1:
                code = text[i + 1:end].replace("&", "&amp;").replace("<", "&lt;")
                out.append(f"<code>{code}</code>")
                i = end + 1
                continue
        if text[i] == "[":
            close = text.find("](", i)
            end = text.find(")", close)
            if close != -1 and end != -1:
                out.append(f'<a href="{text[close + 2:end]}">{inline(text[i + 1:close])}</a>')
                i = end + 1
                continue
        out.append({"<": "&lt;", ">": "&gt;", "&": "&amp;"}.get(text[i], text[i]))
        i += 1
    return "".join(out)


def render(md):
    html = []
    in_list = False
    for line in md.splitlines():
        stripped = line.strip()
        if stripped.startswith(("- ", "* ")):
            if not in_list:
                html.append("<ul>")
                in_list = True
            html.append(f"  <li>{inline(stripped[2:])}</li>")
            continue
        if in_list:
            html.append("</ul>")
            in_list = False
        if not stripped:
            continue
        level = len(stripped) - len(stripped.lstrip("#"))
        if 0 < level <= 6 and stripped[level:level + 1] == " ":
            html.append(f"<h{level}>{inline(stripped[level + 1:])}</h{level}>")
        else:
            html.append(f"<p>{inline(stripped)}</p>")
    if in_list:
        html.append("</ul>")
    return "\n".join(html)


doc = """# Moat *notes*

Moat runs **untrusted** code with `budgets < limits` & more.

## Features
- sandboxed by default
- see [the docs](https://example.com/docs) for *details*
* mixed bullet styles

####### not a heading
Trailing paragraph with a lone * star.
"""
print(render(doc))
