import html

def attr(name, value):
    return '%s="%s"' % (name, html.escape(str(value), quote=True))

print("<input " + " ".join([attr("name", "q"), attr("value", 'say "hi" & <bye>'),
                            attr("data-n", 42), attr("title", "it's")]) + ">")
print(html.escape("javascript:alert('x')"))
print(html.escape("a\nb\tc\r\x00d"))
print(html.escape("&#39; &lt; &nbsp;"))
