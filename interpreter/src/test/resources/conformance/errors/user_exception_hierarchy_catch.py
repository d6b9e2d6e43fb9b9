class BaseErr(Exception):
    pass
class NotFound(BaseErr):
    def __init__(self, what):
        super().__init__(f'{what} not found')
        self.what = what
class Forbidden(BaseErr):
    pass
for exc in [NotFound('page'), Forbidden('nope'), BaseErr(), ValueError('other')]:
    try:
        try:
            raise exc
        except NotFound as e:
            print('NotFound:', e, e.what)
        except BaseErr as e:
            print('BaseErr:', type(e).__name__, repr(e))
    except Exception as e:
        print('outer:', type(e).__name__, e)
