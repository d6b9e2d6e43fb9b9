class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, table):
        super().__init__(f'table {table} unavailable')
        self.table = table
try:
    raise DbError('users')
except AppError as e:
    print(type(e).__name__, e, e.table, e.args)
print([c.__name__ for c in DbError.__mro__])
