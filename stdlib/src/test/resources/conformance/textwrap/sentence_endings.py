import textwrap

text = "This is one. This is two! Is this three? Mr. Smith went. \"Quoted.\" Then 'single.' end. A. B."
print(textwrap.wrap(text, 30))
print(textwrap.wrap(text, 30, fix_sentence_endings=True))
print(textwrap.fill(text, 1000, fix_sentence_endings=True))
print(textwrap.fill("e.g. like this. Done", 80, fix_sentence_endings=True))
print(textwrap.fill("end.\nnext. line", 80, fix_sentence_endings=True))
