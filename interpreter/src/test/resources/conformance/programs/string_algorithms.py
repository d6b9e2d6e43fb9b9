# Classic string algorithms: palindromes, anagrams, edit distance, RLE, Caesar, word wrap


def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]


def anagram_groups(words):
    groups = {}
    for w in words:
        groups.setdefault("".join(sorted(w.lower())), []).append(w)
    return sorted(sorted(g) for g in groups.values() if len(g) > 1)


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def rle(s):
    out = []
    for ch in s:
        if out and out[-1][0] == ch:
            out[-1][1] += 1
        else:
            out.append([ch, 1])
    return "".join(f"{n}{c}" if n > 1 else c for c, n in out)


def caesar(s, k):
    def shift(c):
        if c.isupper():
            return chr((ord(c) - 65 + k) % 26 + 65)
        if c.islower():
            return chr((ord(c) - 97 + k) % 26 + 97)
        return c
    return "".join(map(shift, s))


def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines


for s in ["A man, a plan, a canal: Panama", "hello", "", "No 'x' in Nixon"]:
    print(repr(s), is_palindrome(s))
print(anagram_groups(["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "dog"]))
for a, b in [("kitten", "sitting"), ("", "abc"), ("flaw", "lawn"), ("same", "same")]:
    print(a, b, edit_distance(a, b))
print(rle("aaabccddddde"), rle(""), rle("abc"))
secret = caesar("Hello, World!", 3)
print(secret, caesar(secret, -3))
for line in wrap("The quick brown fox jumps over the lazy dog and keeps running far away", 16):
    print(f"|{line:<16}|")
