# The whole traceback must be CPython 3.11's, markers included.
class A:
    @property
    def p(self):
        return self.q
A().p
