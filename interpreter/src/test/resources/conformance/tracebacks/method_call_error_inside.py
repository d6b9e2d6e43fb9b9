# The whole traceback must be CPython 3.11's, markers included.
class S:
    def run(self, x):
        return x["k"]
s = S()
value = s.run({}) + 1
