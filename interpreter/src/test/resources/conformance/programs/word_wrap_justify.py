TEXT = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs! Sphinx of black quartz, judge my vow. A supercalifragilisticword appears.")

def wrap(text, width):
    if width < 1:
        raise ValueError(f"width must be positive, got {width}")
    lines, cur = [], []
    for word in text.split():
        while len(word) > width:
            if cur:
                lines.append(cur)
                cur = []
            lines.append([word[:width - 1] + "-"])
            word = word[width - 1:]
        if cur and len(" ".join(cur + [word])) > width:
            lines.append(cur)
            cur = []
        cur.append(word)
    if cur:
        lines.append(cur)
    return lines

def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    q, r = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (q + (1 if i < r else 0))
    return out + words[-1]

for width in (28, 16):
    lines = wrap(TEXT, width)
    print(f"width {width}: {len(lines)} lines")
    for i, ws in enumerate(lines):
        text = justify(ws, width) if i < len(lines) - 1 else " ".join(ws).ljust(width)
        print("|" + text + "|")
try:
    wrap("x", 0)
except ValueError as e:
    print(type(e).__name__, e)
