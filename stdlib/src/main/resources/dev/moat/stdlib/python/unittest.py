"""A unit-testing framework: test cases, suites, a loader, results and a text runner.

Moat's own implementation of the documented behaviour of CPython 3.11's unittest. Tracebacks
show the exception (and its chain) but no stack frames, which Moat does not expose.
"""

import collections
import difflib
import functools
import pprint
import re
import sys
import time

__all__ = [
    "TestResult", "TestCase", "TestSuite", "TextTestRunner",
    "TestLoader", "FunctionTestCase", "main", "defaultTestLoader", "SkipTest", "skip",
    "skipIf", "skipUnless", "expectedFailure", "TextTestResult", "TestProgram",
    "getTestCaseNames", "makeSuite", "findTestCases", "addModuleCleanup", "doModuleCleanups",
]


def _qualified(cls):
    return cls.__module__ + "." + cls.__qualname__


# ---------------------------------------------------------------------------------------------
# reprs that never fail and shortened pairs of reprs for failure messages

_REPR_LIMIT = 80
_MARK_LEN = 12          # room a "[N chars]" marker is assumed to take
_HEAD = 5               # characters always kept before a marker
_TAIL = 5               # characters always kept after a marker
_KEEP_COMMON = 5
_KEEP_DIFF = _REPR_LIMIT - (_HEAD + _MARK_LEN + _KEEP_COMMON + _MARK_LEN + _TAIL)


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= _REPR_LIMIT:
        return text[:_REPR_LIMIT] + " [truncated]..."
    return text


def _elide(text, keep_front, keep_back):
    hidden = len(text) - keep_front - keep_back
    if hidden <= _MARK_LEN:
        return text
    return "%s[%d chars]%s" % (text[:keep_front], hidden, text[len(text) - keep_back:])


def _shared_prefix(texts):
    first = min(texts)
    last = max(texts)
    n = 0
    limit = min(len(first), len(last))
    while n < limit and first[n] == last[n]:
        n += 1
    return first[:n]


def _short_reprs(*objs):
    reprs = [safe_repr(o) for o in objs]
    longest = max(len(r) for r in reprs)
    if longest <= _REPR_LIMIT:
        return tuple(reprs)
    common = _shared_prefix(reprs)
    n = len(common)
    room = _REPR_LIMIT - (longest - n + _HEAD + _MARK_LEN)
    if room > _KEEP_COMMON:
        head = _elide(common, _HEAD, room)
        return tuple(head + r[n:] for r in reprs)
    head = _elide(common, _HEAD, _KEEP_COMMON)
    return tuple(head + _elide(r[n:], _KEEP_DIFF, _TAIL) for r in reprs)


def _format_exception(exc):
    """CPython's report of a failed test: the traceback without unittest's own frames."""
    import traceback
    parts = traceback.format_exception(exc)
    return "".join(p for p in parts if not p.startswith('  File "unittest.py"'))


# ---------------------------------------------------------------------------------------------
# exceptions and decorators

class SkipTest(Exception):
    """Raise to skip the running test (or class/module fixture)."""
    __module__ = "unittest.case"


class _StopTest(Exception):
    """Stops the rest of a test after a failing subtest (failfast or an expected failure)."""


def skip(reason):
    """Unconditionally skip a test function or a whole TestCase class."""
    def mark(item):
        if not isinstance(item, type):
            inner = item

            @functools.wraps(inner)
            def skipped(*args, **kwargs):
                raise SkipTest(reason)
            item = skipped
        item.__unittest_skip__ = True
        item.__unittest_skip_why__ = reason
        return item
    if type(reason).__name__ == "function":
        item, reason = reason, ""
        return mark(item)
    return mark


def _unchanged(item):
    return item


def skipIf(condition, reason):
    return skip(reason) if condition else _unchanged


def skipUnless(condition, reason):
    return _unchanged if condition else skip(reason)


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


# ---------------------------------------------------------------------------------------------
# results

def _stops_on_failfast(method):
    @functools.wraps(method)
    def checked(self, *args, **kwargs):
        if getattr(self, "failfast", False):
            self.stop()
        return method(self, *args, **kwargs)
    return checked


class TestResult:
    """Collects what happened while tests ran."""
    __module__ = "unittest.result"
    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1

    def startTestRun(self):
        pass

    def stopTest(self, test):
        pass

    def stopTestRun(self):
        pass

    def _exc_info_to_string(self, err, test):
        return _format_exception(err[1])

    @_stops_on_failfast
    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))

    @_stops_on_failfast
    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))

    def addSubTest(self, test, subtest, err):
        if err is None:
            return
        if getattr(self, "failfast", False):
            self.stop()
        target = self.failures if issubclass(err[0], test.failureException) else self.errors
        target.append((subtest, self._exc_info_to_string(err, test)))

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @_stops_on_failfast
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return (not self.failures and not self.errors
                and not getattr(self, "unexpectedSuccesses", ()))

    def stop(self):
        self.shouldStop = True

    def __repr__(self):
        return "<%s run=%i errors=%i failures=%i>" % (
            _qualified(type(self)), self.testsRun, len(self.errors), len(self.failures))


def _report_error(result, test, exc):
    if result is None or exc is None:
        return
    info = (type(exc), exc, None)
    if isinstance(exc, test.failureException):
        result.addFailure(test, info)
    else:
        result.addError(test, info)


def _report_skip(result, test, reason):
    add = getattr(result, "addSkip", None)
    if add is not None:
        add(test, reason)
    else:
        result.addSuccess(test)


# ---------------------------------------------------------------------------------------------
# test cases

class _Outcome:
    def __init__(self, result=None):
        self.expecting_failure = False
        self.result = result
        self.result_supports_subtests = hasattr(result, "addSubTest")
        self.success = True
        self.expectedFailure = None

    def part(self, test, subtest=False):
        return _Part(self, test, subtest)


class _Part:
    """Runs one part of a test (setUp, the method, a subtest, a cleanup) and records its fate."""

    def __init__(self, outcome, test, subtest):
        self.outcome = outcome
        self.test = test
        self.subtest = subtest

    def __enter__(self):
        self.before = self.outcome.success
        self.outcome.success = True
        return self

    def __exit__(self, exc_type, exc, tb):
        outcome = self.outcome
        try:
            if exc_type is None:
                if self.subtest and outcome.success:
                    outcome.result.addSubTest(self.test.test_case, self.test, None)
                return False
            if issubclass(exc_type, KeyboardInterrupt):
                return False
            if isinstance(exc, SkipTest):
                outcome.success = False
                _report_skip(outcome.result, self.test, str(exc))
            elif isinstance(exc, _StopTest):
                pass
            elif outcome.expecting_failure:
                outcome.expectedFailure = (exc_type, exc, None)
            else:
                outcome.success = False
                if self.subtest:
                    outcome.result.addSubTest(self.test.test_case, self.test,
                                              (exc_type, exc, None))
                else:
                    _report_error(outcome.result, self.test, exc)
            return True
        finally:
            outcome.success = outcome.success and self.before


class _SubTestScope:
    def __init__(self, case, msg, params):
        self.case = case
        self.msg = msg
        self.params = params

    def __enter__(self):
        case = self.case
        outcome = case._outcome
        self.active = outcome is not None and outcome.result_supports_subtests
        if not self.active:
            return None
        self.parent = case._subtest
        # the innermost subtest's parameters first, then the enclosing ones it does not shadow
        merged = dict(self.params)
        if self.parent is not None:
            for key, value in self.parent.params.items():
                if key not in merged:
                    merged[key] = value
        case._subtest = _SubTest(case, self.msg, merged)
        self.part = outcome.part(case._subtest, subtest=True)
        self.part.__enter__()
        return None

    def __exit__(self, exc_type, exc, tb):
        if not self.active:
            return False
        case = self.case
        try:
            swallowed = self.part.__exit__(exc_type, exc, tb)
            if not swallowed and exc_type is not None:
                return False
            outcome = case._outcome
            if not outcome.success:
                if outcome.result is not None and getattr(outcome.result, "failfast", False):
                    raise _StopTest
            elif outcome.expectedFailure:
                raise _StopTest
            return True
        finally:
            case._subtest = self.parent


_NO_MESSAGE = object()


class _RaisesContext:
    """What assertRaises/assertRaisesRegex return without a callable; a context manager."""

    def __init__(self, expected, test_case, expected_regex=None):
        self.expected = expected
        self.test_case = test_case
        self.obj_name = None
        self.msg = None
        if expected_regex is not None:
            expected_regex = re.compile(expected_regex)
        self.expected_regex = expected_regex

    def _fail(self, standard):
        raise self.test_case.failureException(
            self.test_case._formatMessage(self.msg, standard))

    def handle(self, name, args, kwargs):
        if not _exception_types(self.expected):
            raise TypeError("%s() arg 1 must be an exception type or tuple of exception "
                            "types" % name)
        if not args:
            self.msg = kwargs.pop("msg", None)
            if kwargs:
                raise TypeError("%r is an invalid keyword argument for this function"
                                % (next(iter(kwargs)),))
            return self
        func = args[0]
        try:
            self.obj_name = func.__name__
        except AttributeError:
            self.obj_name = str(func)
        with self:
            func(*args[1:], **kwargs)
        return None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            try:
                what = self.expected.__name__
            except AttributeError:
                what = str(self.expected)
            if self.obj_name:
                self._fail("%s not raised by %s" % (what, self.obj_name))
            self._fail("%s not raised" % what)
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc
        if self.expected_regex is None:
            return True
        if not self.expected_regex.search(str(exc)):
            self._fail('"%s" does not match "%s"' % (self.expected_regex.pattern, str(exc)))
        return True


class _WarnsContext(_RaisesContext):
    """What assertWarns/assertWarnsRegex return: records warnings while active."""

    def __enter__(self):
        import warnings
        self._catcher = warnings.catch_warnings(record=True)
        self.warnings = self._catcher.__enter__()
        warnings.simplefilter("always", self.expected if isinstance(self.expected, type)
                              else Warning)
        return self

    def __exit__(self, exc_type, exc, tb):
        self._catcher.__exit__(exc_type, exc, tb)
        if exc_type is not None:
            return False
        first = None
        for m in self.warnings:
            w = m.message
            if not isinstance(w, self.expected):
                continue
            if first is None:
                first = w
            if self.expected_regex is not None and not self.expected_regex.search(str(w)):
                continue
            self.warning = w
            self.filename = m.filename
            self.lineno = m.lineno
            return None
        if first is not None:
            self._fail('"%s" does not match "%s"' % (self.expected_regex.pattern, str(first)))
        try:
            what = self.expected.__name__
        except AttributeError:
            what = str(self.expected)
        if self.obj_name:
            self._fail("%s not triggered by %s" % (what, self.obj_name))
        self._fail("%s not triggered" % what)


def _exception_types(expected):
    if isinstance(expected, tuple):
        return all(_exception_types(e) for e in expected)
    return isinstance(expected, type) and issubclass(expected, BaseException)


_LoggingWatcher = collections.namedtuple("_LoggingWatcher", ["records", "output"])


class _LogsContext:
    """What assertLogs/assertNoLogs return: captures a logger's records while active."""
    LOGGING_FORMAT = "%(levelname)s:%(name)s:%(message)s"

    def __init__(self, test_case, logger_name, level, no_logs):
        import logging
        self._logging = logging
        self.test_case = test_case
        self.logger_name = logger_name
        if level:
            self.level = logging.getLevelNamesMapping().get(level, level)
        else:
            self.level = logging.INFO
        self.msg = None
        self.no_logs = no_logs

    def __enter__(self):
        logging = self._logging
        if isinstance(self.logger_name, logging.Logger):
            logger = self.logger = self.logger_name
        else:
            logger = self.logger = logging.getLogger(self.logger_name)
        watcher = _LoggingWatcher([], [])

        class Capture(logging.Handler):
            def flush(self):
                pass

            def emit(self, record):
                watcher.records.append(record)
                watcher.output.append(self.format(record))

        handler = Capture()
        handler.setLevel(self.level)
        handler.setFormatter(logging.Formatter(self.LOGGING_FORMAT))
        self.watcher = watcher
        self.saved = (logger.handlers[:], logger.level, logger.propagate)
        logger.handlers = [handler]
        logger.setLevel(self.level)
        logger.propagate = False
        if self.no_logs:
            return None
        return watcher

    def __exit__(self, exc_type, exc, tb):
        self.logger.handlers, level, self.logger.propagate = self.saved
        self.logger.setLevel(level)
        if exc_type is not None:
            return False
        if self.no_logs:
            if self.watcher.records:
                self._fail("Unexpected logs found: {!r}".format(self.watcher.output))
        elif not self.watcher.records:
            self._fail("no logs of level {} or higher triggered on {}".format(
                self._logging.getLevelName(self.level), self.logger.name))
        return False

    def _fail(self, standard):
        raise self.test_case.failureException(
            self.test_case._formatMessage(self.msg, standard))


_Mismatch = collections.namedtuple("Mismatch", "actual expected value")


def _count_hashable(first, second):
    a = collections.Counter(first)
    b = collections.Counter(second)
    out = []
    for value, n in a.items():
        m = b.get(value, 0)
        if n != m:
            out.append(_Mismatch(n, m, value))
    for value, m in b.items():
        if value not in a:
            out.append(_Mismatch(0, m, value))
    return out


def _count_any(first, second):
    gone = object()
    a = list(first)
    b = list(second)
    out = []
    for i in range(len(a)):
        value = a[i]
        if value is gone:
            continue
        n = 0
        for j in range(i, len(a)):
            if a[j] is not gone and a[j] == value:
                n += 1
                a[j] = gone
        m = 0
        for j in range(len(b)):
            if b[j] is not gone and b[j] == value:
                m += 1
                b[j] = gone
        if n != m:
            out.append(_Mismatch(n, m, value))
    for i in range(len(b)):
        value = b[i]
        if value is gone:
            continue
        m = 0
        for j in range(i, len(b)):
            if b[j] is not gone and b[j] == value:
                m += 1
                b[j] = gone
        out.append(_Mismatch(0, m, value))
    return out


class TestCase:
    """A test: each test method of a subclass becomes one TestCase instance."""
    __module__ = "unittest.case"

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _diffThreshold = 2 ** 16
    _classSetupFailed = False

    def __init__(self, methodName="runTest"):
        self._testMethodName = methodName
        self._outcome = None
        self._testMethodDoc = "No test"
        self._cleanups = []
        self._subtest = None
        self._type_equality_funcs = {
            dict: "assertDictEqual",
            list: "assertListEqual",
            tuple: "assertTupleEqual",
            set: "assertSetEqual",
            frozenset: "assertSetEqual",
            str: "assertMultiLineEqual",
        }
        try:
            method = getattr(self, methodName)
        except AttributeError:
            if methodName != "runTest":
                raise ValueError("no such test method in %s: %s"
                                 % (self.__class__, methodName)) from None
        else:
            self._testMethodDoc = method.__doc__

    # -- class-level hooks ---------------------------------------------------------------
    def __init_subclass__(cls, *args, **kwargs):
        cls._class_cleanups = []
        super().__init_subclass__(*args, **kwargs)

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        if "_class_cleanups" not in cls.__dict__:
            cls._class_cleanups = []
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def doClassCleanups(cls):
        cls.tearDown_exceptions = []
        pending = cls.__dict__.get("_class_cleanups", [])
        while pending:
            function, args, kwargs = pending.pop()
            try:
                function(*args, **kwargs)
            except Exception as e:
                cls.tearDown_exceptions.append((type(e), e, None))

    # -- per-test hooks ------------------------------------------------------------------
    def setUp(self):
        pass

    def tearDown(self):
        pass

    def addCleanup(self, function, /, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def doCleanups(self):
        outcome = self._outcome or _Outcome()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            with outcome.part(self):
                function(*args, **kwargs)
        return outcome.success

    def addTypeEqualityFunc(self, typeobj, function):
        self._type_equality_funcs[typeobj] = function

    # -- identity ------------------------------------------------------------------------
    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def shortDescription(self):
        doc = self._testMethodDoc
        if not doc:
            return None
        return doc.strip().split("\n")[0].strip()

    def id(self):
        return "%s.%s" % (_qualified(type(self)), self._testMethodName)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return "%s (%s.%s)" % (self._testMethodName, _qualified(type(self)),
                               self._testMethodName)

    def __repr__(self):
        return "<%s testMethod=%s>" % (_qualified(type(self)), self._testMethodName)

    # -- running -------------------------------------------------------------------------
    def subTest(self, msg=_NO_MESSAGE, **params):
        return _SubTestScope(self, msg, params)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def run(self, result=None):
        own_run = result is None
        if own_run:
            result = self.defaultTestResult()
            start = getattr(result, "startTestRun", None)
            if start is not None:
                start()
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            if (getattr(self.__class__, "__unittest_skip__", False)
                    or getattr(method, "__unittest_skip__", False)):
                why = (getattr(self.__class__, "__unittest_skip_why__", "")
                       or getattr(method, "__unittest_skip_why__", ""))
                _report_skip(result, self, why)
                return result
            expecting = (getattr(self, "__unittest_expecting_failure__", False)
                         or getattr(method, "__unittest_expecting_failure__", False))
            outcome = _Outcome(result)
            try:
                self._outcome = outcome
                with outcome.part(self):
                    self.setUp()
                if outcome.success:
                    outcome.expecting_failure = expecting
                    with outcome.part(self):
                        method()
                    outcome.expecting_failure = False
                    with outcome.part(self):
                        self.tearDown()
                self.doCleanups()
                if outcome.success:
                    if expecting:
                        if outcome.expectedFailure:
                            result.addExpectedFailure(self, outcome.expectedFailure)
                        else:
                            result.addUnexpectedSuccess(self)
                    else:
                        result.addSuccess(self)
                return result
            finally:
                outcome.expectedFailure = None
                self._outcome = None
        finally:
            result.stopTest(self)
            if own_run:
                stop = getattr(result, "stopTestRun", None)
                if stop is not None:
                    stop()

    def __call__(self, *args, **kwargs):
        return self.run(*args, **kwargs)

    def debug(self):
        self.setUp()
        getattr(self, self._testMethodName)()
        self.tearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

    # -- assertions ----------------------------------------------------------------------
    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        return "%s : %s" % (standardMsg, msg)

    def _truncateMessage(self, message, diff):
        limit = self.maxDiff
        if limit is None or len(diff) <= limit:
            return message + diff
        return message + ("\nDiff is %s characters long. Set self.maxDiff to None to see it."
                          % len(diff))

    def fail(self, msg=None):
        raise self.failureException(msg)

    def assertFalse(self, expr, msg=None):
        if expr:
            self.fail(self._formatMessage(msg, "%s is not false" % safe_repr(expr)))

    def assertTrue(self, expr, msg=None):
        if not expr:
            self.fail(self._formatMessage(msg, "%s is not true" % safe_repr(expr)))

    def assertRaises(self, expected_exception, *args, **kwargs):
        return _RaisesContext(expected_exception, self).handle("assertRaises", args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        return _WarnsContext(expected_warning, self).handle("assertWarns", args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        context = _WarnsContext(expected_warning, self, expected_regex)
        return context.handle("assertWarnsRegex", args, kwargs)

    def assertLogs(self, logger=None, level=None):
        return _LogsContext(self, logger, level, no_logs=False)

    def assertNoLogs(self, logger=None, level=None):
        return _LogsContext(self, logger, level, no_logs=True)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        context = _RaisesContext(expected_exception, self, expected_regex)
        return context.handle("assertRaisesRegex", args, kwargs)

    def _equality_check(self, first, second):
        if type(first) == type(second):
            check = self._type_equality_funcs.get(type(first))
            if check is not None:
                if isinstance(check, str):
                    check = getattr(self, check)
                return check
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            standard = "%s != %s" % _short_reprs(first, second)
            self.fail(self._formatMessage(msg, standard))

    def assertEqual(self, first, second, msg=None):
        self._equality_check(first, second)(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self.fail(self._formatMessage(
                msg, "%s == %s" % (safe_repr(first), safe_repr(second))))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standard = "%s != %s within %s delta (%s difference)" % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standard = "%s != %s within %r places (%s difference)" % (
                safe_repr(first), safe_repr(second), places, safe_repr(diff))
        self.fail(self._formatMessage(msg, standard))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standard = "%s == %s within %s delta (%s difference)" % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            standard = "%s == %s within %r places" % (safe_repr(first), safe_repr(second),
                                                       places)
        self.fail(self._formatMessage(msg, standard))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is not None:
            kind = seq_type.__name__
            if not isinstance(seq1, seq_type):
                raise self.failureException("First sequence is not a %s: %s"
                                            % (kind, safe_repr(seq1)))
            if not isinstance(seq2, seq_type):
                raise self.failureException("Second sequence is not a %s: %s"
                                            % (kind, safe_repr(seq2)))
        else:
            kind = "sequence"
        text = None
        try:
            len1 = len(seq1)
        except (TypeError, NotImplementedError):
            text = "First %s has no length.    Non-sequence?" % kind
        if text is None:
            try:
                len2 = len(seq2)
            except (TypeError, NotImplementedError):
                text = "Second %s has no length.    Non-sequence?" % kind
        if text is None:
            if seq1 == seq2:
                return
            text = "%ss differ: %s != %s\n" % ((kind.capitalize(),) + _short_reprs(seq1, seq2))
            same_so_far = True
            for i in range(min(len1, len2)):
                try:
                    item1 = seq1[i]
                except (TypeError, IndexError, NotImplementedError):
                    text += "\nUnable to index element %d of first %s\n" % (i, kind)
                    same_so_far = False
                    break
                try:
                    item2 = seq2[i]
                except (TypeError, IndexError, NotImplementedError):
                    text += "\nUnable to index element %d of second %s\n" % (i, kind)
                    same_so_far = False
                    break
                if item1 != item2:
                    text += "\nFirst differing element %d:\n%s\n%s\n" % (
                        (i,) + _short_reprs(item1, item2))
                    same_so_far = False
                    break
            if same_so_far and len1 == len2 and seq_type is None and type(seq1) != type(seq2):
                return
            if len1 > len2:
                text += "\nFirst %s contains %d additional elements.\n" % (kind, len1 - len2)
                try:
                    text += "First extra element %d:\n%s\n" % (len2, safe_repr(seq1[len2]))
                except (TypeError, IndexError, NotImplementedError):
                    text += "Unable to index element %d of first %s\n" % (len2, kind)
            elif len1 < len2:
                text += "\nSecond %s contains %d additional elements.\n" % (kind, len2 - len1)
                try:
                    text += "First extra element %d:\n%s\n" % (len1, safe_repr(seq2[len1]))
                except (TypeError, IndexError, NotImplementedError):
                    text += "Unable to index element %d of second %s\n" % (len1, kind)
        diff = "\n" + "\n".join(difflib.ndiff(pprint.pformat(seq1).splitlines(),
                                              pprint.pformat(seq2).splitlines()))
        text = self._truncateMessage(text, diff)
        self.fail(self._formatMessage(msg, text))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        try:
            only1 = set1.difference(set2)
        except TypeError as e:
            self.fail("invalid type when attempting set difference: %s" % e)
        except AttributeError as e:
            self.fail("first argument does not support set difference: %s" % e)
        try:
            only2 = set2.difference(set1)
        except TypeError as e:
            self.fail("invalid type when attempting set difference: %s" % e)
        except AttributeError as e:
            self.fail("second argument does not support set difference: %s" % e)
        if not (only1 or only2):
            return
        lines = []
        if only1:
            lines.append("Items in the first set but not the second:")
            lines.extend(repr(x) for x in only1)
        if only2:
            lines.append("Items in the second set but not the first:")
            lines.extend(repr(x) for x in only2)
        self.fail(self._formatMessage(msg, "\n".join(lines)))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self.fail(self._formatMessage(msg, "%s not found in %s"
                                          % (safe_repr(member), safe_repr(container))))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self.fail(self._formatMessage(msg, "%s unexpectedly found in %s"
                                          % (safe_repr(member), safe_repr(container))))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self.fail(self._formatMessage(msg, "%s is not %s"
                                          % (safe_repr(expr1), safe_repr(expr2))))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self.fail(self._formatMessage(msg, "unexpectedly identical: %s"
                                          % (safe_repr(expr1),)))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, "First argument is not a dictionary")
        self.assertIsInstance(d2, dict, "Second argument is not a dictionary")
        if d1 != d2:
            text = "%s != %s" % _short_reprs(d1, d2)
            diff = "\n" + "\n".join(difflib.ndiff(pprint.pformat(d1).splitlines(),
                                                  pprint.pformat(d2).splitlines()))
            self.fail(self._formatMessage(msg, self._truncateMessage(text, diff)))

    def assertCountEqual(self, first, second, msg=None):
        first_items = list(first)
        second_items = list(second)
        try:
            a = collections.Counter(first_items)
            b = collections.Counter(second_items)
        except TypeError:
            found = _count_any(first_items, second_items)
        else:
            if a == b:
                return
            found = _count_hashable(first_items, second_items)
        if found:
            text = "Element counts were not equal:\n"
            detail = "\n".join("First has %d, Second has %d:  %r" % tuple(d) for d in found)
            text = self._truncateMessage(text, detail)
            self.fail(self._formatMessage(msg, text))

    def assertMultiLineEqual(self, first, second, msg=None):
        self.assertIsInstance(first, str, "First argument is not a string")
        self.assertIsInstance(second, str, "Second argument is not a string")
        if first == second:
            return
        if len(first) > self._diffThreshold or len(second) > self._diffThreshold:
            self._baseAssertEqual(first, second, msg)
        first_lines = first.splitlines(True)
        second_lines = second.splitlines(True)
        if len(first_lines) == 1 and first.strip("\r\n") == first:
            # a single unterminated line: compare both texts as one line each
            first_lines = [first + "\n"]
            second_lines = [second + "\n"]
        text = "%s != %s" % _short_reprs(first, second)
        diff = "\n" + "".join(difflib.ndiff(first_lines, second_lines))
        self.fail(self._formatMessage(msg, self._truncateMessage(text, diff)))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self.fail(self._formatMessage(msg, "%s not less than %s"
                                          % (safe_repr(a), safe_repr(b))))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self.fail(self._formatMessage(msg, "%s not less than or equal to %s"
                                          % (safe_repr(a), safe_repr(b))))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self.fail(self._formatMessage(msg, "%s not greater than %s"
                                          % (safe_repr(a), safe_repr(b))))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self.fail(self._formatMessage(msg, "%s not greater than or equal to %s"
                                          % (safe_repr(a), safe_repr(b))))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, "%s is not None" % (safe_repr(obj),)))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, "unexpectedly None"))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(msg, "%s is not an instance of %r"
                                          % (safe_repr(obj), cls)))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._formatMessage(msg, "%s is an instance of %r"
                                          % (safe_repr(obj), cls)))

    def assertRegex(self, text, expected_regex, msg=None):
        if isinstance(expected_regex, (str, bytes)):
            assert expected_regex, "expected_regex must not be empty."
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            self.fail(self._formatMessage(msg, "Regex didn't match: %r not found in %r"
                                          % (expected_regex.pattern, text)))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = re.compile(unexpected_regex)
        found = unexpected_regex.search(text)
        if found:
            self.fail(self._formatMessage(msg, "Regex matched: %r matches %r in %r" % (
                text[found.start():found.end()], unexpected_regex.pattern, text)))

    # the old spellings CPython 3.11 still accepts
    assertEquals = assertEqual
    assertNotEquals = assertNotEqual
    assertAlmostEquals = assertAlmostEqual
    assertNotAlmostEquals = assertNotAlmostEqual
    assert_ = assertTrue
    failUnlessEqual = assertEqual
    failIfEqual = assertNotEqual
    failUnless = assertTrue
    failIf = assertFalse
    assertRaisesRegexp = assertRaisesRegex
    assertRegexpMatches = assertRegex
    assertNotRegexpMatches = assertNotRegex


TestCase._class_cleanups = []


class _SubTest(TestCase):
    __module__ = "unittest.case"

    def __init__(self, test_case, message, params):
        super().__init__()
        self._message = message
        self.test_case = test_case
        self.params = params
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _subDescription(self):
        parts = []
        if self._message is not _NO_MESSAGE:
            parts.append("[%s]" % (self._message,))
        if self.params:
            parts.append("(%s)" % ", ".join("%s=%r" % (k, v) for k, v in self.params.items()))
        return " ".join(parts) or "(<subtest>)"

    def id(self):
        return "%s %s" % (self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return "%s %s" % (self.test_case, self._subDescription())


class FunctionTestCase(TestCase):
    """Wraps a plain function (with optional set-up and tear-down functions) as a test."""
    __module__ = "unittest.case"

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return (self._setUpFunc == other._setUpFunc and self._tearDownFunc == other._tearDownFunc
                and self._testFunc == other._testFunc
                and self._description == other._description)

    def __hash__(self):
        return hash((type(self), self._setUpFunc, self._tearDownFunc, self._testFunc,
                     self._description))

    def __str__(self):
        return "%s (%s)" % (_qualified(self.__class__), self._testFunc.__name__)

    def __repr__(self):
        return "<%s tec=%s>" % (_qualified(self.__class__), self._testFunc)

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return doc and doc.split("\n")[0].strip() or None


# ---------------------------------------------------------------------------------------------
# suites

class _ErrorHolder:
    """Stands in for a test when a class or module fixture fails."""
    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return "<ErrorHolder description=%r>" % (self.description,)

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


def _is_single_test(test):
    try:
        iter(test)
    except TypeError:
        return True
    return False


_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    _module_cleanups.append((function, args, kwargs))


def doModuleCleanups():
    problems = []
    while _module_cleanups:
        function, args, kwargs = _module_cleanups.pop()
        try:
            function(*args, **kwargs)
        except Exception as e:
            problems.append(e)
    if problems:
        raise problems[0]


def _find_module(name):
    # Moat has no sys.modules; the script's own module is the one fixtures are looked up in
    if name == "__main__":
        import __main__
        return __main__
    return None


class BaseTestSuite:
    """An ordered collection of tests and suites, run one after another."""
    __module__ = "unittest.suite"
    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return "<%s tests=%s>" % (_qualified(self.__class__), list(self))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        total = self._removed_tests
        for test in self:
            if test:
                total += test.countTestCases()
        return total

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (TestCase, BaseTestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated "
                            "before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            test(result)
            if self._cleanup:
                self._forget(index)
        return result

    def _forget(self, index):
        test = self._tests[index]
        if hasattr(test, "countTestCases"):
            self._removed_tests += test.countTestCases()
        self._tests[index] = None

    def __call__(self, *args, **kwargs):
        return self.run(*args, **kwargs)

    def debug(self):
        for test in self:
            test.debug()


class TestSuite(BaseTestSuite):
    """A suite that also runs class and module fixtures (setUpClass, setUpModule, ...)."""
    __module__ = "unittest.suite"

    def run(self, result, debug=False):
        top = False
        if getattr(result, "_testRunEntered", False) is False:
            result._testRunEntered = top = True
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            if _is_single_test(test):
                self._finish_previous_class(test, result)
                self._module_fixture(test, result)
                self._class_set_up(test, result)
                result._previousTestClass = test.__class__
                if (getattr(test.__class__, "_classSetupFailed", False)
                        or getattr(result, "_moduleSetUpFailed", False)):
                    continue
            if debug:
                test.debug()
            else:
                test(result)
            if self._cleanup:
                self._forget(index)
        if top:
            self._finish_previous_class(None, result)
            self._module_tear_down(result)
            result._testRunEntered = False
        return result

    def debug(self):
        self.run(_DebugResult(), True)

    @staticmethod
    def _fixture_error(result, exc, method, owner, info=None):
        holder = _ErrorHolder("%s (%s)" % (method, owner))
        if getattr(result, "addSkip", None) is not None and isinstance(exc, SkipTest):
            result.addSkip(holder, str(exc))
        else:
            result.addError(holder, info or (type(exc), exc, None))

    def _class_set_up(self, test, result):
        previous = getattr(result, "_previousTestClass", None)
        cls = test.__class__
        if cls == previous or getattr(result, "_moduleSetUpFailed", False):
            return
        if getattr(cls, "__unittest_skip__", False):
            return
        try:
            cls._classSetupFailed = False
        except TypeError:
            pass
        set_up = getattr(cls, "setUpClass", None)
        cleanups = getattr(cls, "doClassCleanups", None)
        if set_up is None:
            return
        failed = False
        try:
            set_up()
        except Exception as e:
            if isinstance(result, _DebugResult):
                raise
            failed = True
            try:
                cls._classSetupFailed = True
            except TypeError:
                pass
            self._fixture_error(result, e, "setUpClass", _qualified(cls))
        if failed and cleanups is not None:
            cleanups()
            for info in getattr(cls, "tearDown_exceptions", ()):
                self._fixture_error(result, info[1], "setUpClass", _qualified(cls), info)

    def _finish_previous_class(self, test, result):
        previous = getattr(result, "_previousTestClass", None)
        cls = test.__class__
        if cls == previous or previous is None:
            return
        if getattr(previous, "_classSetupFailed", False):
            return
        if getattr(result, "_moduleSetUpFailed", False):
            return
        if getattr(previous, "__unittest_skip__", False):
            return
        tear_down = getattr(previous, "tearDownClass", None)
        cleanups = getattr(previous, "doClassCleanups", None)
        if tear_down is not None:
            try:
                tear_down()
            except Exception as e:
                if isinstance(result, _DebugResult):
                    raise
                self._fixture_error(result, e, "tearDownClass", _qualified(previous))
        if cleanups is not None:
            cleanups()
            for info in getattr(previous, "tearDown_exceptions", ()):
                self._fixture_error(result, info[1], "tearDownClass", _qualified(previous),
                                    info)

    def _module_fixture(self, test, result):
        previous = None
        if getattr(result, "_previousTestClass", None) is not None:
            previous = result._previousTestClass.__module__
        current = test.__class__.__module__
        if current == previous:
            return
        self._module_tear_down(result)
        result._moduleSetUpFailed = False
        module = _find_module(current)
        if module is None:
            return
        set_up = getattr(module, "setUpModule", None)
        if set_up is None:
            return
        try:
            set_up()
        except Exception as e:
            if isinstance(result, _DebugResult):
                raise
            result._moduleSetUpFailed = True
            self._fixture_error(result, e, "setUpModule", current)
        if result._moduleSetUpFailed:
            try:
                doModuleCleanups()
            except Exception as e:
                self._fixture_error(result, e, "setUpModule", current)

    def _module_tear_down(self, result):
        previous = None
        if getattr(result, "_previousTestClass", None) is not None:
            previous = result._previousTestClass.__module__
        if previous is None or getattr(result, "_moduleSetUpFailed", False):
            return
        module = _find_module(previous)
        if module is None:
            return
        tear_down = getattr(module, "tearDownModule", None)
        if tear_down is not None:
            try:
                tear_down()
            except Exception as e:
                if isinstance(result, _DebugResult):
                    raise
                self._fixture_error(result, e, "tearDownModule", previous)
        try:
            doModuleCleanups()
        except Exception as e:
            self._fixture_error(result, e, "tearDownModule", previous)


class _DebugResult:
    _previousTestClass = None
    _moduleSetUpFailed = False
    shouldStop = False


# ---------------------------------------------------------------------------------------------
# loading

def _three_way(x, y):
    return (x > y) - (x < y)


def _glob_to_regex(pattern):
    out = []
    for ch in pattern:
        if ch == "*":
            out.append(".*")
        elif ch == "?":
            out.append(".")
        else:
            out.append(re.escape(ch))
    return re.compile("(?s:" + "".join(out) + r")\Z")


class TestLoader:
    """Finds the tests of classes and modules and gathers them into suites."""
    __module__ = "unittest.loader"

    testMethodPrefix = "test"
    sortTestMethodsUsing = staticmethod(_three_way)
    testNamePatterns = None
    suiteClass = TestSuite

    def __init__(self):
        self.errors = []

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, BaseTestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. "
                            "Maybe you meant to derive from TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, "runTest"):
            names = ["runTest"]
        return self.suiteClass([testCaseClass(n) for n in names])

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        hook = getattr(module, "load_tests", None)
        tests = self.suiteClass(tests)
        if hook is not None:
            return hook(self, tests, pattern)
        return tests

    def loadTestsFromName(self, name, module=None):
        parts = name.split(".")
        if module is None:
            if parts[0] != "__main__":
                raise ImportError("Moat can only load tests by name from a given module "
                                  "or __main__")
            module = _find_module(parts.pop(0))
        parent = None
        obj = module
        for part in parts:
            parent, obj = obj, getattr(obj, part)
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if (type(obj).__name__ == "function" and isinstance(parent, type)
                and issubclass(parent, TestCase)):
            inst = parent(parts[-1])
            if not callable(getattr(inst, parts[-1])):
                raise TypeError("calling %s returned %s, not a test" % (obj, inst))
            return self.suiteClass([inst])
        if isinstance(obj, BaseTestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, BaseTestSuite):
                return test
            if isinstance(test, TestCase):
                return self.suiteClass([test])
            raise TypeError("calling %s returned %s, not a test" % (obj, test))
        if type(obj).__name__ == "module":
            return self.loadTestsFromModule(obj)
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(n, module) for n in names])

    def getTestCaseNames(self, testCaseClass):
        prefix = self.testMethodPrefix
        patterns = self.testNamePatterns

        def wanted(name):
            if not name.startswith(prefix):
                return False
            if not callable(getattr(testCaseClass, name)):
                return False
            if patterns is None:
                return True
            full = "%s.%s.%s" % (testCaseClass.__module__, testCaseClass.__qualname__, name)
            return any(_glob_to_regex(p).match(full) for p in patterns)

        names = [n for n in dir(testCaseClass) if wanted(n)]
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names


defaultTestLoader = TestLoader()


def _legacy_loader(prefix, sortUsing=_three_way, suiteClass=None):
    loader = TestLoader()
    loader.sortTestMethodsUsing = sortUsing
    loader.testMethodPrefix = prefix
    if suiteClass:
        loader.suiteClass = suiteClass
    return loader


def getTestCaseNames(testCaseClass, prefix, sortUsing=_three_way, testNamePatterns=None):
    loader = _legacy_loader(prefix, sortUsing)
    loader.testNamePatterns = testNamePatterns
    return loader.getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix="test", sortUsing=_three_way, suiteClass=TestSuite):
    return _legacy_loader(prefix, sortUsing, suiteClass).loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix="test", sortUsing=_three_way, suiteClass=TestSuite):
    return _legacy_loader(prefix, sortUsing, suiteClass).loadTestsFromModule(module)


# ---------------------------------------------------------------------------------------------
# the text runner

class _WritelnDecorator:
    """A stream with a writeln method."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        if attr in ("stream", "__getstate__"):
            raise AttributeError(attr)
        return getattr(self.stream, attr)

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write("\n")


class TextTestResult(TestResult):
    """A result that reports progress to a stream: dots, or a line per test when verbose."""
    __module__ = "unittest.runner"
    separator1 = "=" * 70
    separator2 = "-" * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions
        self._newline = True

    def getDescription(self, test):
        first_line = test.shortDescription()
        if self.descriptions and first_line:
            return "\n".join((str(test), first_line))
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
            self.stream.flush()
            self._newline = False

    def _status(self, test, verbose, short):
        if self.showAll:
            sub = isinstance(test, _SubTest)
            if sub or self._newline:
                if not self._newline:
                    self.stream.writeln()
                if sub:
                    self.stream.write("  ")
                self.stream.write(self.getDescription(test))
                self.stream.write(" ... ")
            self.stream.writeln(verbose)
            self.stream.flush()
            self._newline = True
        elif self.dots:
            self.stream.write(short)
            self.stream.flush()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], subtest.failureException):
                self._status(subtest, "FAIL", "F")
            else:
                self._status(subtest, "ERROR", "E")
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._status(test, "ok", ".")

    def addError(self, test, err):
        super().addError(test, err)
        self._status(test, "ERROR", "E")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._status(test, "FAIL", "F")

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._status(test, "skipped {0!r}".format(reason), "s")

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._status(test, "expected failure", "x")

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._status(test, "unexpected success", "u")

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.writeln()
            self.stream.flush()
        self.printErrorList("ERROR", self.errors)
        self.printErrorList("FAIL", self.failures)
        unexpected = getattr(self, "unexpectedSuccesses", ())
        if unexpected:
            self.stream.writeln(self.separator1)
            for test in unexpected:
                self.stream.writeln("UNEXPECTED SUCCESS: %s" % self.getDescription(test))
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, err in errors:
            self.stream.writeln(self.separator1)
            self.stream.writeln("%s: %s" % (flavour, self.getDescription(test)))
            self.stream.writeln(self.separator2)
            self.stream.writeln("%s" % err)
            self.stream.flush()


class TextTestRunner:
    """Runs tests and writes the results to a stream (sys.stderr by default)."""
    __module__ = "unittest.runner"
    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False,
                 buffer=False, resultclass=None, warnings=None, *, tb_locals=False):
        if stream is None:
            stream = sys.stderr
        self.stream = _WritelnDecorator(stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        result = self._makeResult()
        result.failfast = self.failfast
        result.buffer = self.buffer
        result.tb_locals = self.tb_locals
        started = time.perf_counter()
        start = getattr(result, "startTestRun", None)
        if start is not None:
            start()
        try:
            test(result)
        finally:
            stop = getattr(result, "stopTestRun", None)
            if stop is not None:
                stop()
        taken = time.perf_counter() - started
        result.printErrors()
        if hasattr(result, "separator2"):
            self.stream.writeln(result.separator2)
        run = result.testsRun
        self.stream.writeln("Ran %d test%s in %.3fs" % (run, "s" if run != 1 else "", taken))
        self.stream.writeln()
        expected = len(getattr(result, "expectedFailures", ()))
        unexpected = len(getattr(result, "unexpectedSuccesses", ()))
        skipped = len(getattr(result, "skipped", ()))
        infos = []
        if not result.wasSuccessful():
            self.stream.write("FAILED")
            if result.failures:
                infos.append("failures=%d" % len(result.failures))
            if result.errors:
                infos.append("errors=%d" % len(result.errors))
        else:
            self.stream.write("OK")
        if skipped:
            infos.append("skipped=%d" % skipped)
        if expected:
            infos.append("expected failures=%d" % expected)
        if unexpected:
            infos.append("unexpected successes=%d" % unexpected)
        if infos:
            self.stream.writeln(" (%s)" % (", ".join(infos),))
        else:
            self.stream.write("\n")
        self.stream.flush()
        return result


# ---------------------------------------------------------------------------------------------
# the command-line entry point

_USAGE = """\
usage: %(prog)s [-h] [-v] [-q] [--locals] [-f] [-c] [-b] [-k TESTNAMEPATTERNS]
%(pad)s [tests ...]
"""


_HELP = """
positional arguments:
  tests                 test classes or methods of the module (Class or Class.test_name)

options:
  -h, --help            show this help and exit
  -v, --verbose         one line per test
  -q, --quiet           no progress output
  --locals              accepted; Moat's tracebacks show no frames or locals
  -f, --failfast        stop at the first failure or error
  -c, --catch           accepted; there is no Control-C handling in Moat
  -b, --buffer          accepted; output is not buffered in Moat
  -k TESTNAMEPATTERNS   only run tests whose full name matches the pattern (a glob, or a
                        substring when it has no '*')
"""


class TestProgram:
    """Loads the tests of a module (or the names given in argv), runs them, and exits."""
    __module__ = "unittest.main"

    def __init__(self, module="__main__", defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            found = _find_module(module.split(".")[0])
            if found is None:
                raise ImportError("Moat's unittest.main can only find the tests of "
                                  "'__main__' or of a module object")
            for part in module.split(".")[1:]:
                found = getattr(found, part)
            module = found
        self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.testNamePatterns = None
        prog = argv[0] if argv else ""
        self.progName = prog.replace("\\", "/").split("/")[-1] or "python -m unittest"
        self.parseArgs(argv)
        self.runTests()

    def _usage_exit(self, message):
        pad = " " * len("usage: " + self.progName)
        sys.stderr.write(_USAGE % {"prog": self.progName, "pad": pad})
        sys.stderr.write("%s: error: %s\n" % (self.progName, message))
        sys.exit(2)

    def parseArgs(self, argv):
        names = []
        args = list(argv[1:])
        for flag in ("failfast", "catchbreak", "buffer"):
            if getattr(self, flag) is None:
                setattr(self, flag, False)
        while args:
            arg = args.pop(0)
            if arg in ("-h", "--help"):
                pad = " " * len("usage: " + self.progName)
                sys.stdout.write(_USAGE % {"prog": self.progName, "pad": pad})
                sys.stdout.write(_HELP)
                sys.exit(0)
            elif arg in ("-v", "--verbose"):
                self.verbosity = 2
            elif arg in ("-q", "--quiet"):
                self.verbosity = 0
            elif arg in ("-f", "--failfast"):
                self.failfast = True
            elif arg in ("-c", "--catch"):
                self.catchbreak = True
            elif arg in ("-b", "--buffer"):
                self.buffer = True
            elif arg == "--locals":
                self.tb_locals = True
            elif arg == "-k" or arg.startswith("-k"):
                pattern = arg[2:]
                if not pattern:
                    if not args:
                        self._usage_exit("argument -k: expected one argument")
                    pattern = args.pop(0)
                if "*" not in pattern:
                    pattern = "*%s*" % pattern
                if self.testNamePatterns is None:
                    self.testNamePatterns = []
                self.testNamePatterns.append(pattern)
            elif arg.startswith("-") and arg != "-":
                self._usage_exit("unrecognized arguments: %s" % arg)
            else:
                names.append(arg)
        if names:
            self.testNames = names
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        runner = self.testRunner
        if runner is None:
            runner = TextTestRunner
        if isinstance(runner, type):
            try:
                runner = runner(verbosity=self.verbosity, failfast=self.failfast,
                                buffer=self.buffer, warnings=self.warnings,
                                tb_locals=self.tb_locals)
            except TypeError:
                runner = runner()
        self.result = runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
