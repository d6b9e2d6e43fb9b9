class MultiArg(Exception):
    def __init__(self, code, reason):
        super().__init__(code, reason)
        self.code = code
try:
    raise MultiArg(1, 'caught first')
except MultiArg as e:
    print(e.code, e.args)
raise MultiArg(2, 'uncaught')
