def parse(text):
    try:
        return int(text)
    except ValueError:
        return {}[text]


def load(text):
    try:
        return parse(text)
    except KeyError:
        raise LookupError(text) from None


try:
    1/0
except ZeroDivisionError:
    print(load('x'))
