import html

doc = "Q&amp;A: is 3 &lt; 4? &#x2714; yes &#10004; &check; &checkmark; &#0; end&"
print(repr(html.unescape(doc)))
long_name = "&" + "a" * 40 + ";"
print(repr(html.unescape(long_name)))
print(repr(html.unescape("&" + "amp" + "x" * 40)))
print(repr(html.unescape("&ampamp;&amp;amp;")))
print(repr(html.unescape("&#x" + "0" * 20 + "41;")))
print(repr(html.unescape("&#" + "0" * 20 + "65;")))
print(repr(html.unescape("&#x110000;&#1114111;&#1114112;")))
