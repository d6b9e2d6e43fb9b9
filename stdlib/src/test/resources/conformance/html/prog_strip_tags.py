# Extracting plain text from a tiny HTML fragment: drop tags, resolve references.
import html
import re

fragment = """<p>Fish &amp; Chips &mdash; &pound;5<br/>
<em>Caf&eacute;</em> &lt;open&gt; &#8212; daily&nbsp;from&nbsp;9&#x3a;00</p>
<p>&copy 2024 &notanentity; &#x1F41F;</p>"""

text = re.sub(r"<[^>]+>", "", fragment)
plain = html.unescape(text)
for line in plain.splitlines():
    print(repr(line))
print(len(plain))
