# The traceback module of CPython 3.11 adds no "Did you mean" hints (only the
# interpreter's report of an uncaught exception does).
import traceback


class Box:
    def __init__(self):
        self.value = 1


try:
    lenn
except NameError:
    print(traceback.format_exc().splitlines()[-1])

try:
    Box().valeu
except AttributeError as e:
    print(traceback.format_exception_only(type(e), e))
    print(str(e))
