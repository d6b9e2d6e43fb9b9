import html

texts = ["<script>alert('x & y')</script>", "a \"quoted\" value", "5 > 3 && 2 < 4",
         "already &amp; escaped", "unicode: café ✓", ""]
for t in texts:
    e = html.escape(t)
    back = html.unescape(e)
    print(repr(e), back == t)
    e2 = html.escape(e)
    print("  twice:", repr(e2), html.unescape(html.unescape(e2)) == t)
