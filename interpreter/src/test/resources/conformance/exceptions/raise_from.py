class AppError(Exception):
    pass
def load():
    try:
        {}['missing']
    except KeyError as e:
        raise AppError('load failed') from e
try:
    load()
except AppError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
try:
    raise RuntimeError('x') from None
except RuntimeError as e:
    print(e, e.__cause__)
