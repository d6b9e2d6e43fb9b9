def register(fn):
    raise LookupError('no registry')


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise e


try:
    parse('x')
except ValueError:
    @register
    def handler():
        pass
