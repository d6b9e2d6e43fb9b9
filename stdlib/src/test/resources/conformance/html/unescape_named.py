import html

for s in ["&amp;", "&lt;&gt;&quot;&apos;", "&AMP;&LT;&GT;&QUOT;", "&copy; 2024 &reg; &trade;",
          "&eacute;&Eacute;&ntilde;&uuml;&szlig;", "&alpha;&beta;&Gamma;&Omega;",
          "&hellip;&mdash;&ndash;&lsquo;&rsquo;&ldquo;&rdquo;", "&euro;&pound;&yen;&cent;",
          "&rarr;&larr;&harr;&uArr;&infin;&ne;&le;&ge;", "&nbsp;|&ensp;|&emsp;|&thinsp;|",
          "&NotEqualTilde;&bne;&nvlt;&acE;", "&fjlig;&ThickSpace;", "&Aopf;&Bscr;&Cfr;"]:
    print(repr(s), repr(html.unescape(s)))
