class Base:
    def __init__(self, **kw):
        self.trace = ['Base']
class Left(Base):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.trace.append('Left')
class Right(Base):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.trace.append('Right')
class Both(Left, Right):
    def __init__(self):
        super().__init__()
        self.trace.append('Both')
print(Both().trace)
