#!/usr/bin/env python3
"""Regenerates stdlib/src/main/resources/dev/moat/stdlib/html_entities.txt from CPython's data.

The output is data, not code: the HTML5 named character references (html.entities.html5)
and the numeric-reference tables the HTML5 standard defines (html._invalid_charrefs,
html._invalid_codepoints), one entry a line:

  N<TAB>name<TAB>hex code points separated by spaces   (named reference; name may end in ';')
  R<TAB>hex number<TAB>hex code points                  (numeric reference replaced)
  I<TAB>hex number                                      (numeric reference dropped)
  H<TAB>name<TAB>hex code point                         (HTML 4 name, html.entities.name2codepoint)

Run with CPython 3.11 from the repository root:  python3 stdlib/tools/gen_html_entities.py
"""
import html
import html.entities
import os

out = os.path.join(os.path.dirname(__file__), "..", "src", "main", "resources", "dev", "moat",
                   "stdlib", "html_entities.txt")
lines = []
for name, value in html.entities.html5.items():
    lines.append("N\t%s\t%s" % (name, " ".join("%x" % ord(c) for c in value)))
for num, value in sorted(html._invalid_charrefs.items()):
    lines.append("R\t%x\t%s" % (num, " ".join("%x" % ord(c) for c in value)))
for num in sorted(html._invalid_codepoints):
    lines.append("I\t%x" % num)
for name, num in html.entities.name2codepoint.items():
    lines.append("H\t%s\t%x" % (name, num))
os.makedirs(os.path.dirname(out), exist_ok=True)
with open(out, "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(lines) + "\n")
print("wrote %d entries to %s" % (len(lines), os.path.normpath(out)))
