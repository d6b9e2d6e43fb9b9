# The whole traceback must be CPython 3.11's, markers included.
class A:
    def m(self): return self.z
A().m()
