# joining and concatenating strings
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


show('", ".join(["a", "b", "c"]), "".join("abc"), "\\n".join(["x", "y"])', lambda: (", ".join(["a", "b", "c"]), "".join("abc"), "\n".join(["x", "y"])))
show('"-".join(map(str, range(5))), "+".join(sorted("cab"))', lambda: ("-".join(map(str, range(5))), "+".join(sorted("cab"))))
show('" ".join(w for w in "a  b   c".split())', lambda: (" ".join(w for w in "a  b   c".split())))
show('"a" + "b" * 3 + "c", "ab" "cd", ("x" "y") * 2', lambda: ("a" + "b" * 3 + "c", "ab" "cd", ("x" "y") * 2))
show('"".join([]), ",".join([""]), ",".join(["", ""])', lambda: ("".join([]), ",".join([""]), ",".join(["", ""])))
show('"-".join(["a", None])', lambda: ("-".join(["a", None])))
show('"-".join([b"a"])', lambda: ("-".join([b"a"])))
show('"=" * 20', lambda: ("=" * 20))
show('"{}{}".format("a", 1) + str(2) + repr("3")', lambda: ("{}{}".format("a", 1) + str(2) + repr("3")))
show('"abc" + 1', lambda: ("abc" + 1))
