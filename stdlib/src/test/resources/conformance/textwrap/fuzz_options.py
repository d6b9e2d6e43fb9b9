# Many random texts, widths and option combinations (seeded, so CPython and Moat see the same).
import textwrap, random
rnd = random.Random(12345)
words = ["a", "ab", "word", "hyphen-ated", "long-winded-phrase", "x-y", "re-do", "--", "e--mail",
         "well--known", "A.", "end.", "ok!", "quote.'", "supercalifragilisticexpialidocious",
         "abc-def-ghi-jkl-mno", "-lead", "trail-", "a-b-c", "12-34", "foo_bar-baz", "tab\there",
         "new\nline", "  ", "mid.dle", "What?", "u-ü", "ünï-cödé", "---", "x--", "--y", "9--a",
         "Mr.", "e.g.", "self-evident,", "(paren-thesis)", "\"quoted-word\"", "a--b--c"]
out = []
for trial in range(150):
    n = rnd.randint(0, 25)
    parts = [rnd.choice(words) for _ in range(n)]
    text = ""
    for p in parts:
        text += p + rnd.choice([" ", " ", "  ", "\t", "\n", "-", ""])
    width = rnd.randint(1, 40)
    kw = {}
    if rnd.random() < 0.3: kw["break_long_words"] = False
    if rnd.random() < 0.3: kw["break_on_hyphens"] = False
    if rnd.random() < 0.2: kw["drop_whitespace"] = False
    if rnd.random() < 0.2: kw["replace_whitespace"] = False
    if rnd.random() < 0.2: kw["expand_tabs"] = False
    if rnd.random() < 0.2: kw["fix_sentence_endings"] = True
    if rnd.random() < 0.2: kw["initial_indent"] = "* "
    if rnd.random() < 0.2: kw["subsequent_indent"] = "  "
    if rnd.random() < 0.2: kw["tabsize"] = rnd.randint(1, 6)
    if rnd.random() < 0.3:
        kw["max_lines"] = rnd.randint(1, 4)
        if rnd.random() < 0.5: kw["placeholder"] = rnd.choice([" ...", "~", " [more]"])
    try:
        r = textwrap.wrap(text, width, **kw)
    except ValueError as e:
        r = "ValueError: %s" % e
    out.append(repr((text, width, sorted(kw.items()), r)))
    try:
        s = textwrap.shorten(text, max(width, 12))
    except ValueError as e:
        s = "VE %s" % e
    out.append(repr(s))
print("\n".join(out))
