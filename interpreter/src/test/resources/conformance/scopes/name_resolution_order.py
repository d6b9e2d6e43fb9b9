v = 'module'
def outer():
    v = 'enclosing'
    def inner():
        return v
    def inner_local():
        v = 'local'
        return v
    return inner(), inner_local()
print(outer(), v)
def reads_global():
    return v
v = 'module changed'
print(reads_global())
