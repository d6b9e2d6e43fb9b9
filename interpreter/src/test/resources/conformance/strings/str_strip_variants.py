# strip with character sets
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


show('"  \\t\\n x \\r\\n".strip()', lambda: ("  \t\n x \r\n".strip()))
show('"www.example.com".strip("cmowz.")', lambda: ("www.example.com".strip("cmowz.")))
show('"xxhixx".lstrip("x"), "xxhixx".rstrip("x")', lambda: ("xxhixx".lstrip("x"), "xxhixx".rstrip("x")))
show('"abc".strip(""), "abc".strip(None)', lambda: ("abc".strip(""), "abc".strip(None)))
show('"\\u3000wide\\u3000".strip()', lambda: ("\u3000wide\u3000".strip()))
show('"\\x00nul\\x00".strip()', lambda: ("\x00nul\x00".strip()))
show('"\\x00nul\\x00".strip("\\x00")', lambda: ("\x00nul\x00".strip("\x00")))
show('"---".strip("-"), "".strip()', lambda: ("---".strip("-"), "".strip()))
show('"  both  ".strip().center(10, ".")', lambda: ("  both  ".strip().center(10, ".")))
show('"mississippi".strip("mis")', lambda: ("mississippi".strip("mis")))
show('"mississippi".rstrip("ips")', lambda: ("mississippi".rstrip("ips")))
show('"path/to/dir///".rstrip("/")', lambda: ("path/to/dir///".rstrip("/")))
show('"0042".lstrip("0") or "0"', lambda: ("0042".lstrip("0") or "0"))
show('"ab".strip(1)', lambda: ("ab".strip(1)))
