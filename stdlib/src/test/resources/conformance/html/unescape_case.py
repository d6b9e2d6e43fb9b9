import html

# names are case-sensitive; some exist in several cases
for s in ["&Amp;", "&aMp;", "&AMP;", "&Lt;", "&LT;", "&lT;", "&Dagger;&dagger;", "&Sigma;&sigma;&sigmaf;",
          "&Prime;&prime;", "&RightArrow;&rightarrow;&rarr;", "&OElig;&oelig;", "&THORN;&thorn;"]:
    print(repr(s), repr(html.unescape(s)))
