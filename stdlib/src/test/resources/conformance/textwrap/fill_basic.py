import textwrap

text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua."
for w in (12, 25, 50):
    print(textwrap.fill(text, w))
    print("-" * w)
print(textwrap.fill(text, width=30, initial_indent="    ", subsequent_indent="  "))
print(repr(textwrap.fill("", 5)))
