# String building and f-strings: join, concatenation, formatting, slicing, methods.


def make_lines(n):
    lines = []
    for i in range(n):
        name = "item" + str(i % 97)
        lines.append(f"{i:06d}|{name:<10}|{i * 1.5:>12.3f}|{hex(i)}|{name.upper()}")
    return lines


def checksum(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) & 0xFFFFFFF
    return h


total_len = 0
acc = 0
for rnd in range(40):
    lines = make_lines(20000)
    text = "\n".join(lines)
    total_len += len(text)
    parts = text.split("\n")
    words = 0
    for p in parts:
        fields = p.split("|")
        words += len(fields)
        if fields[1].strip().endswith("7"):
            acc += int(fields[0])
    buf = ""
    for p in parts[:3000]:
        buf += p[2:9].replace("0", "o")
    acc = (acc + checksum(buf[:5000]) + words) % 1000000007
    s = "-".join(str(x) for x in range(2000))
    acc = (acc + s.count("1") + s.find("1999") + len(s.title()) + len(repr(s[:50]))) % 1000000007
print("strings", total_len, acc)
