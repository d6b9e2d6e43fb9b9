import html

samples = ["plain", "<b>bold</b>", "Tom & Jerry", "\"double\" and 'single'", "a<b>c&d\"e'f",
           "", "&amp; already escaped", "<<>>&&", "üñí <ç> ✓ 😀 & more"]
for s in samples:
    print(repr(html.escape(s)), repr(html.escape(s, quote=False)), repr(html.escape(s, False)))
print(html.escape("x", quote=0), html.escape("'", quote=[]), html.escape("'", quote="yes"))
