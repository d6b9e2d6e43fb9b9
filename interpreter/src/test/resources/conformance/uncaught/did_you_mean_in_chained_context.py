settings = {'colour': 'red'}
try:
    settings['color']
except KeyError:
    print(setings)
