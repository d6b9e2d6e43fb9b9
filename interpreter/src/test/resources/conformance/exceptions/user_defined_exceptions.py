class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
class SubError(MyError):
    pass
try:
    raise SubError(404, 'not found')
except MyError as e:
    print(type(e).__name__, e.code, e.msg)
    print(e.args)
    print(e)
    print(repr(e))
    print(isinstance(e, Exception), isinstance(e, SubError))
