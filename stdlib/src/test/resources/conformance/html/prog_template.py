# A minimal template filler that escapes values unless they are marked safe.
import html

class Safe:
    def __init__(self, text):
        self.text = text

def render(template, **values):
    out = template
    for k, v in values.items():
        text = v.text if isinstance(v, Safe) else html.escape(str(v))
        out = out.replace("{" + k + "}", text)
    return out

page = render("<h1>{title}</h1><p>{body}</p><footer>{footer}</footer>",
              title="Q&A <2024>", body="Use \"quotes\" & 'apostrophes'",
              footer=Safe("<b>&copy; me</b>"))
print(page)
print(html.unescape(page))
