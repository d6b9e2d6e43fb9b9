# keyword-only parameters and default values
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


def connect(host, *, port=5432, timeout=None, ssl=False):
    return f"{host}:{port} timeout={timeout} ssl={ssl}"


def report(values, *, reverse=False, fmt="{}"):
    return ",".join(fmt.format(v) for v in sorted(values, reverse=reverse))


def tag(name, text="", **attrs):
    attr_text = "".join(f' {k}="{v}"' for k, v in sorted(attrs.items()))
    return f"<{name}{attr_text}>{text}</{name}>" if text else f"<{name}{attr_text}/>"

show('connect("db")', lambda: (connect("db")))
show('connect("db", port=6543, timeout=1.5)', lambda: (connect("db", port=6543, timeout=1.5)))
show('connect("db", 6543)', lambda: (connect("db", 6543)))
show('connect(host="h", ssl=True)', lambda: (connect(host="h", ssl=True)))
show('connect()', lambda: (connect()))
show('report([3, 1, 2])', lambda: (report([3, 1, 2])))
show('report([3, 1, 2], reverse=True, fmt="{:03d}")', lambda: (report([3, 1, 2], reverse=True, fmt="{:03d}")))
show('report([3, 1, 2], True)', lambda: (report([3, 1, 2], True)))
show('tag("p", "hello", cls="intro", id="x")', lambda: (tag("p", "hello", cls="intro", id="x")))
show('tag("br")', lambda: (tag("br")))
