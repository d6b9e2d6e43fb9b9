# The whole traceback must be CPython 3.11's, markers included.
x = 2 ** "s"
