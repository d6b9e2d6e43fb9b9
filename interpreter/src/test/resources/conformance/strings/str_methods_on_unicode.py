# string methods on non-ASCII text
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


show('"ÉCOLE".lower(), "école".upper(), "éCOLE".capitalize(), "ça va".title()', lambda: ("ÉCOLE".lower(), "école".upper(), "éCOLE".capitalize(), "ça va".title()))
show('"Ünïcödé".casefold(), "ǲ".upper(), "ǲ".lower()', lambda: ("Ünïcödé".casefold(), "ǲ".upper(), "ǲ".lower()))
show('"日本語".isalpha(), "日本語".isupper(), len("日本語"), "日本語"[1]', lambda: ("日本語".isalpha(), "日本語".isupper(), len("日本語"), "日本語"[1]))
show('"١٢٣".isdigit(), int("١٢٣"), "Ⅳ".isnumeric()', lambda: ("١٢٣".isdigit(), int("١٢٣"), "Ⅳ".isnumeric()))
show('"naïve café".split(), "naïve".center(9, "·")', lambda: ("naïve café".split(), "naïve".center(9, "·")))
show('"ß".upper(), "ß".casefold(), "ß" == "ss", "ß".lower()', lambda: ("ß".upper(), "ß".casefold(), "ß" == "ss", "ß".lower()))
show('"Σίσυφος".upper(), "ΣΊΣΥΦΟΣ".lower()', lambda: ("Σίσυφος".upper(), "ΣΊΣΥΦΟΣ".lower()))
show('"\\u00e9" == "e\\u0301", len("e\\u0301")', lambda: ("\u00e9" == "e\u0301", len("e\u0301")))
show('sorted(["ä", "a", "z", "é"]), max("aé"), min("日本")', lambda: (sorted(["ä", "a", "z", "é"]), max("aé"), min("日本")))
show('"café".encode("utf-8"), "café".encode("utf-16-le")', lambda: ("café".encode("utf-8"), "café".encode("utf-16-le")))
show('"😀".encode("utf-8"), len("😀"), "😀" < "🙂"', lambda: ("😀".encode("utf-8"), len("😀"), "😀" < "🙂"))
