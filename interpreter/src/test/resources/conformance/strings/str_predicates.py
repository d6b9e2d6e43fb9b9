# str predicate methods
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


show('"abc".isalpha()', lambda: ("abc".isalpha()))
show('"abc1".isalnum()', lambda: ("abc1".isalnum()))
show('"123".isdigit()', lambda: ("123".isdigit()))
show('"½".isnumeric()', lambda: ("½".isnumeric()))
show('"½".isdigit()', lambda: ("½".isdigit()))
show('"١٢٣".isdecimal()', lambda: ("١٢٣".isdecimal()))
show('"  ".isspace()', lambda: ("  ".isspace()))
show('"".isspace()', lambda: ("".isspace()))
show('"Title Case".istitle()', lambda: ("Title Case".istitle()))
show('"lower".islower()', lambda: ("lower".islower()))
show('"UPPER1".isupper()', lambda: ("UPPER1".isupper()))
show('"_name1".isidentifier()', lambda: ("_name1".isidentifier()))
show('"1name".isidentifier()', lambda: ("1name".isidentifier()))
show('"class".isidentifier()', lambda: ("class".isidentifier()))
show('"abc\\t".isprintable()', lambda: ("abc\t".isprintable()))
show('"ascii".isascii()', lambda: ("ascii".isascii()))
show('"é".isascii()', lambda: ("é".isascii()))
show('"".isalpha()', lambda: ("".isalpha()))
