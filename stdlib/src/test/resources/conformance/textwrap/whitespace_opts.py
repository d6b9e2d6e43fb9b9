import textwrap

text = "col1\tcol2\tcol3\nnext line\there\r\nwindows\x0bvt\x0cff"
print(textwrap.wrap(text, 20))
print(textwrap.wrap(text, 20, expand_tabs=False))
print(textwrap.wrap(text, 20, replace_whitespace=False))
print(textwrap.wrap(text, 20, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap(text, 20, tabsize=2))
print(textwrap.wrap(text, 20, tabsize=0))
print(textwrap.wrap("  indented   text   here  ", 10, drop_whitespace=False))
print(textwrap.wrap("  indented   text   here  ", 10))
print(textwrap.wrap("a    b", 3, drop_whitespace=False))
print(textwrap.wrap("\ta\tb", 6, drop_whitespace=False))
