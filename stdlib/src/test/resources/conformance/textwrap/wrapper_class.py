import textwrap

w = textwrap.TextWrapper(width=20, initial_indent="* ", subsequent_indent="  ")
items = ["Buy milk and eggs and bread and butter", "Call the plumber about the sink",
         "x"]
for it in items:
    print(w.fill(it))
print(w.width, repr(w.initial_indent), w.expand_tabs, w.replace_whitespace,
      w.fix_sentence_endings, w.break_long_words, w.drop_whitespace, w.break_on_hyphens,
      w.tabsize, w.max_lines, repr(w.placeholder))
w.width = 12
w.max_lines = 2
print(w.wrap(items[0]))

class Shouty(textwrap.TextWrapper):
    def wrap(self, text):
        return [line.upper() for line in super().wrap(text)]

print(Shouty(width=10).fill("make this loud please"))
w2 = textwrap.TextWrapper()
print(w2.width, w2.wrap("default width " * 8))
