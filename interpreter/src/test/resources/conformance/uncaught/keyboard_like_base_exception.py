class Shutdown(BaseException):
    pass
print('raising a BaseException subclass')
try:
    raise Shutdown('not an Exception')
except Exception:
    print('not reached')
