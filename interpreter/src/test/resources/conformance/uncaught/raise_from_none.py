def parse(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError(f'cannot parse {s!r}') from None
print(parse('12'))
parse('x1')
