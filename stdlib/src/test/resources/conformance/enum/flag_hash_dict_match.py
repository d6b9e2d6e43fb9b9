from enum import Flag, auto


class Style(Flag):
    BOLD = auto()
    ITALIC = auto()
    UNDERLINE = auto()


names = {Style.BOLD: "b", Style.BOLD | Style.ITALIC: "bi", Style(0): "plain"}
print(names[Style.ITALIC | Style.BOLD], names[Style.BOLD & Style.ITALIC])
print(len({Style.BOLD | Style.UNDERLINE, Style.UNDERLINE | Style.BOLD, Style(5)}))


def describe(s):
    match s:
        case Style.BOLD:
            return "just bold"
        case x if Style.UNDERLINE in x:
            return "underlined: " + str(x)
        case _:
            return "other " + repr(s)


for s in [Style.BOLD, Style.BOLD | Style.UNDERLINE, Style.ITALIC, Style(0)]:
    print(describe(s))


class Weighted(Flag):
    A = 1
    B = 2
    C = 4

    def weight(self):
        return sum(m.value * 10 for m in self)

    @property
    def label(self):
        return "-".join(m.name.lower() for m in self) or "none"


print((Weighted.A | Weighted.C).weight(), Weighted(0).label, (Weighted.B | Weighted.C).label)
