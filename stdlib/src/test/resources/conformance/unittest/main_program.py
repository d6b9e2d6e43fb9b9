# unittest.main: finds the TestCase classes of __main__, honours argv, exits with the status
import io
import sys
import unittest


class Calc(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_sub(self):
        self.assertEqual(3 - 1, 2)

    def test_mul_wrong(self):
        self.assertEqual(2 * 2, 5)


class Other(unittest.TestCase):
    def test_other(self):
        pass


def norm(text):
    out = []
    skipping = False
    for line in text.splitlines():
        if line.startswith("Traceback (most recent call last):"):
            out.append(line)
            skipping = True
            continue
        if skipping and line.startswith("  "):
            continue
        skipping = False
        if line.startswith("Ran "):
            line = line.split(" in ")[0]
        out.append(line)
    return "\n".join(out)


def main(argv, exit=False, **kwargs):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=kwargs.pop("verbosity", 1))
    try:
        prog = unittest.main(argv=argv, testRunner=runner, exit=exit, **kwargs)
    except SystemExit as e:
        print(norm(stream.getvalue()))
        print("SystemExit", repr(e.code))
        return
    print(norm(stream.getvalue()))
    print("result", prog.result.testsRun, prog.result.wasSuccessful())


main(["prog"])
main(["prog", "Other"])
main(["prog", "Calc.test_add", "Other.test_other"])
main(["prog", "Calc.test_add"], exit=True)
main(["prog"], exit=True)
main(["prog"], defaultTest="Other")
import __main__
main(["prog"], module=__main__, defaultTest=["Other", "Calc.test_sub"])


class Verbose(unittest.TextTestRunner):
    def __init__(self, **kwargs):
        print("runner made with verbosity", kwargs.get("verbosity"),
              "failfast", kwargs.get("failfast"))
        super().__init__(stream=io.StringIO(), **kwargs)
        made.append(self)


made = []


for argv in (["prog", "-v", "Other"], ["prog", "-q", "Other"], ["prog", "-f", "Other"]):
    p = unittest.main(argv=argv, testRunner=Verbose, exit=False)
    print(norm(made[-1].stream.getvalue()), p.result.testsRun)

p = unittest.main(argv=["prog", "-k", "sub"], testRunner=Verbose, exit=False)
print(p.result.testsRun)
