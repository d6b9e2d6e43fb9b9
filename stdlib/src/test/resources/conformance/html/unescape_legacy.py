import html

# names that HTML allows without a semicolon, and the longest-prefix rule
for s in ["&amp", "&ampersand", "&lt3", "&gtx", "&copy2024", "&notin;", "&notit;", "&notin",
          "&noti", "&not", "&nbspx", "&eacutex", "&Eacute", "&AElig&aelig", "&frac12;&frac12",
          "&unknown;", "&unknown", "&xyz", "&ab;", "&a;", "&ltlt;", "&lt;lt;", "&quotx",
          "&copy&reg&amp&lt&gt", "&amp;amp;", "&&&", "&;", "& ;", "&\t;", "&\namp;"]:
    print(repr(s), repr(html.unescape(s)))
