import re
for s in ['a.b', 'x*y+z?', '(1)[2]{3}', 'a b\tc\n', 'c:\\path', '#&~|^$-', 'ünï', '']:
    e = re.escape(s)
    print(repr(e), bool(re.fullmatch(e, s)))
print(re.escape('!"%\',/:;<=>@_`'))
