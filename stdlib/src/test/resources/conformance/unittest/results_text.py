# TextTestRunner at verbosity 1 and 2: passes, failures, errors, skips, expected failures, subtests
import unittest, io

class T(unittest.TestCase):
    def setUp(self):
        print("setUp", self._testMethodName)
    def tearDown(self):
        print("tearDown", self._testMethodName)
    def test_pass(self):
        self.assertEqual(1, 1)
    def test_fail(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])
    def test_error(self):
        raise KeyError("k")
    @unittest.skip("nope")
    def test_skip(self):
        pass
    @unittest.expectedFailure
    def test_xf(self):
        self.assertTrue(False)
    @unittest.expectedFailure
    def test_us(self):
        pass
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 1)

def norm(text):
    out = []
    skipping = False
    for line in text.splitlines():
        if line.startswith("Traceback (most recent call last):"):
            out.append(line)
            skipping = True
            continue
        if skipping and (line.startswith("  ")):
            continue
        skipping = False
        if line.startswith("Ran "):
            line = line.split(" in ")[0]
        out.append(line)
    return "\n".join(out)

for v in (1, 2):
    s = io.StringIO()
    r = unittest.TextTestRunner(stream=s, verbosity=v).run(unittest.TestLoader().loadTestsFromTestCase(T))
    print(norm(s.getvalue()))
    print(r, r.wasSuccessful())
