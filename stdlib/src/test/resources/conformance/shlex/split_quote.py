import shlex

for s in ['ls -l "my file.txt"', "echo 'single quoted' and\\ escaped", 'a "b \\" c" d', "x='1 2' y=\"3\"",
          "  spaced   out  ", "cmd # comment here", 'say "it\'s"', "mixed'q'\"d\"", 'back\\\\slash', '"$HOME \\$x \\n"', ""]:
    print(repr(s), shlex.split(s), shlex.split(s, comments=True))
for bad in ['"unclosed', "trailing\\", "'open"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError:", e)
for s in ["simple", "", "has space", "it's", "a;b", "x=1", "über", "$VAR", "-n"]:
    print(repr(s), shlex.quote(s))
print(shlex.join(["echo", "hello world", "it's", ""]))
print(shlex.split(shlex.join(["a b", "c'd", "e\"f"])))
print(shlex.split('a "b c"', posix=False))
