from functools import partial, reduce
import operator
def tag(name, text, cls=None):
    c = ' class="%s"' % cls if cls else ''
    return '<%s%s>%s</%s>' % (name, c, text, name)
bold = partial(tag, 'b')
em = partial(tag, 'em', cls='x')
print(bold('hi'), em('yo'), em(text='kw'))
product = partial(reduce, operator.mul)
print(product([1, 2, 3, 4]), product([], 1))
print(partial(partial(partial(max, 1), 2), 3)(0), partial(max, key=len)('a', 'abc', 'ab'))
