class Order:
    def __init__(self):
        self.total = 5


def summarize(order):
    return 'order'


def describe(order):
    try:
        return order.totl
    except AttributeError:
        return summarise(order)


describe(Order())
