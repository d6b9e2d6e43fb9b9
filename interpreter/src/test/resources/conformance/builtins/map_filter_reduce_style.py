# functional style with map and filter
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


show('list(map(str.upper, ["a", "b"]))', lambda: (list(map(str.upper, ["a", "b"]))))
show('list(map(int, "123"))', lambda: (list(map(int, "123"))))
show('list(map(len, ["", "ab", "abc"]))', lambda: (list(map(len, ["", "ab", "abc"]))))
show('list(map(lambda x, y: x - y, [10, 20], [1, 2]))', lambda: (list(map(lambda x, y: x - y, [10, 20], [1, 2]))))
show('list(filter(str.isdigit, "a1b2c3"))', lambda: (list(filter(str.isdigit, "a1b2c3"))))
show('list(filter(lambda w: len(w) > 2, "a an the them".split()))', lambda: (list(filter(lambda w: len(w) > 2, "a an the them".split()))))
show('list(filter(None, [0, "", None, 1, "x"]))', lambda: (list(filter(None, [0, "", None, 1, "x"]))))
show('list(map(None, [1]))', lambda: (list(map(None, [1]))))
show('sum(map(int, "1 2 3".split()))', lambda: (sum(map(int, "1 2 3".split()))))
show('max(map(abs, [-7, 3, 5]))', lambda: (max(map(abs, [-7, 3, 5]))))
show('sorted(map(str, [10, 9, 100]))', lambda: (sorted(map(str, [10, 9, 100]))))
show('"".join(map(chr, [72, 105]))', lambda: ("".join(map(chr, [72, 105]))))
show('list(map(tuple, ["ab", "cd"]))', lambda: (list(map(tuple, ["ab", "cd"]))))
