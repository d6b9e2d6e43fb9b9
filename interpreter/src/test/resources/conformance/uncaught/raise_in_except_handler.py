try:
    {}['a']
except KeyError:
    print('handling KeyError')
    raise ValueError('handler failed')
