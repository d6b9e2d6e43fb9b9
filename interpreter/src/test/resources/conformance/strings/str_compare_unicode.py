# string comparison and Unicode behaviour
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


show('"apple" < "banana", "apple" < "Apple", "a" < "aa"', lambda: ("apple" < "banana", "apple" < "Apple", "a" < "aa"))
show('"é" > "z", "Z" < "a", "10" < "9"', lambda: ("é" > "z", "Z" < "a", "10" < "9"))
show('sorted(["b", "B", "a", "A", "é", "_"])', lambda: (sorted(["b", "B", "a", "A", "é", "_"])))
show('"ß".upper(), "ﬁ".upper(), "İ".lower()', lambda: ("ß".upper(), "ﬁ".upper(), "İ".lower()))
show('len("ﬁ".upper()), len("e\\u0301")', lambda: (len("ﬁ".upper()), len("e\u0301")))
show('"straße" == "strasse", "straße".casefold() == "strasse".casefold()', lambda: ("straße" == "strasse", "straße".casefold() == "strasse".casefold()))
show('"ǈ".istitle(), "ǈ".isupper(), "ǈ".islower()', lambda: ("ǈ".istitle(), "ǈ".isupper(), "ǈ".islower()))
show('"Ⅻ".isnumeric(), "Ⅻ".isdigit(), "²".isdigit(), "²".isdecimal()', lambda: ("Ⅻ".isnumeric(), "Ⅻ".isdigit(), "²".isdigit(), "²".isdecimal()))
show('max("hello world"), min("hello world")', lambda: (max("hello world"), min("hello world")))
show('"a" * 3 == "aaa", "ab" in "cabd", "" in "abc"', lambda: ("a" * 3 == "aaa", "ab" in "cabd", "" in "abc"))
show('"abc".__contains__("b"), "abc".__len__()', lambda: ("abc".__contains__("b"), "abc".__len__()))
show('ord("A"), ord("€"), chr(8364), chr(0x41)', lambda: (ord("A"), ord("€"), chr(8364), chr(0x41)))
show('"\\N{GREEK SMALL LETTER ALPHA}"', lambda: ("\N{GREEK SMALL LETTER ALPHA}"))
show('"tab\\tsep".split("\\t")', lambda: ("tab\tsep".split("\t")))
show('"\\u00e9" == "é"', lambda: ("\u00e9" == "é"))
show('"x".join("abc"), "".join(["1", "2"])', lambda: ("x".join("abc"), "".join(["1", "2"])))
show('"%s" % "é", "{}".format("ü"), f"{\'ö\'}"', lambda: ("%s" % "é", "{}".format("ü"), f"{'ö'}"))
