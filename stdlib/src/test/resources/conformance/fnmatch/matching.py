import fnmatch

names = ["main.py", "test_main.py", "README.md", "data.json", "a.b.py", ".hidden", "x1.txt", "x22.txt", "[a].txt", "Main.PY"]
for pat in ["*.py", "test_*", "x?.txt", "x*.txt", "*.[jm][sd]*", "[!a-m]*", "*", "?", "[[]a].txt", "*.PY", "[]]", "[!]x]*", "a*b*py", ""]:
    print(repr(pat), fnmatch.filter(names, pat))
print(fnmatch.fnmatch("foo.TXT", "*.txt"), fnmatch.fnmatchcase("foo.TXT", "*.TXT"))
print(fnmatch.translate("*.py"), fnmatch.translate("a?[!b]c"), fnmatch.translate("[x"))
print(fnmatch.fnmatch("line\nbreak", "line*"), fnmatch.fnmatch("a-b", "a[-]b"), fnmatch.fnmatch("a&b", "a[&]b"))
