# Rendering a small table of user-supplied data into HTML safely.
import html

rows = [
    {"name": "Alice <admin>", "note": "likes \"quotes\" & 'apostrophes'"},
    {"name": "Bob", "note": "5 < 6 > 4"},
    {"name": "Zoë", "note": "café &amp; crème"},
]
out = ["<table>"]
for r in rows:
    cells = "".join("<td>%s</td>" % html.escape(v) for v in (r["name"], r["note"]))
    out.append("  <tr title=\"%s\">%s</tr>" % (html.escape(r["name"]), cells))
out.append("</table>")
page = "\n".join(out)
print(page)
print(html.unescape(page) .count("&"))
