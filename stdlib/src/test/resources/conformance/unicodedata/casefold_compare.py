# Caseless matching the way the Unicode standard describes it, using NFD/NFKD and casefold.
import unicodedata as u

def nfd(s):
    return u.normalize('NFD', s)

def canonical_caseless(a, b):
    return nfd(nfd(a).casefold()) == nfd(nfd(b).casefold())

def compat_caseless(a, b):
    def k(s):
        return u.normalize('NFKD', u.normalize('NFKD', nfd(s).casefold()).casefold())
    return k(a) == k(b)

pairs = [('Straße', 'STRASSE'), ('café', 'CAFE\u0301'), ('Å', '\u212b'), ('ﬁ', 'FI'),
         ('Σίσυφος', 'ΣΊΣΥΦΟΣ'), ('Ⅻ', 'xii'), ('ｈｅｌｌｏ', 'HELLO'), ('a', 'b')]
for a, b in pairs:
    print(repr(a), repr(b), a == b, a.casefold() == b.casefold(), canonical_caseless(a, b),
          compat_caseless(a, b))
