#!/usr/bin/env python3
"""Generates stdlib/src/main/resources/dev/moat/stdlib/unicodedata.txt.gz, the character
properties of the unicodedata module, from CPython 3.11's own database (Unicode 14.0.0), so the
module answers like CPython whatever the JDK's Unicode version.

Usage: python3 gen_unicodedata_tables.py JAVA_NAMES OUT.gz [CANDIDATE_NAMES]
where JAVA_NAMES holds, one a line for every code point in order,
"Character.getName(c)|Character.getType(c)" (empty name for null). Names are stored only where
the module's rules on top of the JDK's names (controls and unnamed blocks have no name, CJK
unified ideographs and Hangul syllables are named by rule) would give a different answer.

Sections (hex code points): "#cat", "#bidi", "#eaw", "#ccc", "#mirrored": runs "start end value";
"#num": "cp kind value" (kind d=decimal, g=digit, n=numeric only; value a Python float repr);
"#decomp": "cp mapping"; "#names": "cp name" ("cp" alone: no name); "#aliases":
"NAME<TAB>cp cp..." for the names lookup() accepts beyond the characters' own names (name
aliases and named sequences). CPython cannot list those, so candidates are read from a file of
Unicode names (default: Perl's unicore/Name.pl, which holds them all) and kept when CPython's
lookup() accepts them.
"""
import gzip
import sys
import unicodedata as u

assert u.unidata_version == "14.0.0", u.unidata_version
N = 0x110000

CJK = [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0x20000, 0x2A6DF), (0x2A700, 0x2B738),
       (0x2B740, 0x2B81D), (0x2B820, 0x2CEA1), (0x2CEB0, 0x2EBE0), (0x30000, 0x3134A)]
L = "G GG N D DD R M B BB S SS _ J JJ C K T P H".split()
V = "A AE YA YAE EO E YEO YE O WA WAE OE YO U WEO WE WI YU EU YI I".split()
T = "_ G GG GS N NJ NH D L LG LM LB LS LT LP LH M B BS S SS NG J C K T P H".split()


def rule_name(cp, jname, jtype):
    for lo, hi in CJK:
        if lo <= cp <= hi:
            return "CJK UNIFIED IDEOGRAPH-%X" % cp
    if 0xAC00 <= cp <= 0xD7A3:
        s = cp - 0xAC00
        parts = [L[s // 588], V[(s % 588) // 28], T[s % 28]]
        return "HANGUL SYLLABLE " + "".join(p for p in parts if p != "_")
    if not jname or jtype == 15:
        return None
    if jname.endswith(" %X" % cp):
        return None  # the JDK's made-up "BLOCK NAME XXXX" form
    return jname


def runs(f):
    out = []
    start = 0
    cur = f(0)
    for cp in range(1, N):
        v = f(cp)
        if v != cur:
            out.append("%x %x %s" % (start, cp - 1, cur))
            start, cur = cp, v
    out.append("%x %x %s" % (start, N - 1, cur))
    return out


def main():
    java = open(sys.argv[1], encoding="utf-8").read().split("\n")
    lines = ["#cat"] + runs(lambda cp: u.category(chr(cp)))
    lines += ["#bidi"] + runs(lambda cp: u.bidirectional(chr(cp)) or "-")
    lines += ["#eaw"] + runs(lambda cp: u.east_asian_width(chr(cp)))
    lines += ["#ccc"] + runs(lambda cp: u.combining(chr(cp)))
    lines += ["#mirrored"] + runs(lambda cp: u.mirrored(chr(cp)))
    lines.append("#num")
    for cp in range(N):
        c = chr(cp)
        n = u.numeric(c, None)
        if n is None:
            continue
        kind = "d" if u.decimal(c, None) is not None else "g" if u.digit(c, None) is not None \
            else "n"
        lines.append("%x %s %r" % (cp, kind, n))
    lines.append("#decomp")
    for cp in range(N):
        d = u.decomposition(chr(cp))
        if d:
            lines.append("%x %s" % (cp, d))
    lines.append("#names")
    for cp in range(N):
        jname, jtype = java[cp].rsplit("|", 1)
        want = u.name(chr(cp), None)
        if rule_name(cp, jname, int(jtype)) != want:
            lines.append("%x" % cp if want is None else "%x %s" % (cp, want))
    lines.append("#aliases")
    cand = sys.argv[3] if len(sys.argv) > 3 else "/usr/share/perl/5.36.0/unicore/Name.pl"
    seen = set()
    for line in open(cand, encoding="utf-8"):
        name = line.strip()
        if not name or name in seen or not name[0].isalpha() or name.startswith(("#", "END")):
            continue
        seen.add(name)
        try:
            got = u.lookup(name)
        except KeyError:
            continue
        if len(got) == 1 and u.name(got, None) == name:
            continue
        lines.append("%s\t%s" % (name, " ".join("%x" % ord(c) for c in got)))
    with gzip.GzipFile(sys.argv[2], "wb", mtime=0) as f:
        f.write(("\n".join(lines) + "\n").encode("utf-8"))


main()
