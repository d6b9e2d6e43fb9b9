"""Mock objects for tests: Mock, MagicMock, NonCallableMock, PropertyMock, call, ANY,
sentinel, DEFAULT and patch (patch.object, patch.dict, patch.multiple).

Written for Moat; the behaviour and messages follow CPython's unittest.mock for what is here.
"""

import importlib
from functools import wraps as _wraps

__all__ = ["Mock", "MagicMock", "NonCallableMock", "NonCallableMagicMock", "PropertyMock",
           "call", "ANY", "sentinel", "DEFAULT", "patch", "create_autospec", "seal"]


class _SentinelObject:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "sentinel." + self.name


class _Sentinel:
    """sentinel.NAME: a unique, named object (the same one for the same name)."""

    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == "__bases__":
            raise AttributeError(name)
        return self._sentinels.setdefault(name, _SentinelObject(name))


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING


class _AnyType:
    """ANY: equal to everything (for call comparisons)."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = None

    def __repr__(self):
        return "<ANY>"


ANY = _AnyType()


def _format_args(args, kwargs):
    parts = [repr(a) for a in args] + ["%s=%r" % item for item in kwargs.items()]
    return ", ".join(parts)


class _Call(tuple):
    """A recorded call: call(1, a=2), call.method(3). Compares by name, args and kwargs."""

    def __new__(cls, name="", args=(), kwargs=None, two=False, root=False):
        kwargs = dict(kwargs) if kwargs else {}
        value = (tuple(args), kwargs) if two else (name, tuple(args), kwargs)
        self = tuple.__new__(cls, value)
        self._call_name = name
        self._call_args = tuple(args)
        self._call_kwargs = kwargs
        self._two = two
        self._root = root
        return self

    @property
    def args(self):
        return self._call_args

    @property
    def kwargs(self):
        return self._call_kwargs

    def _parts(self, other):
        if isinstance(other, _Call):
            return other._call_name, other._call_args, other._call_kwargs, other._two
        if not isinstance(other, tuple):
            return None
        name, args, kwargs = "", (), {}
        if len(other) == 3:
            name, args, kwargs = other
        elif len(other) == 2:
            first, second = other
            if isinstance(first, str):
                name = first
                if isinstance(second, tuple):
                    args = second
                else:
                    kwargs = second
            else:
                args, kwargs = first, second
        elif len(other) == 1:
            (value,) = other
            if isinstance(value, str):
                name = value
            elif isinstance(value, tuple):
                args = value
            else:
                kwargs = value
        return name, tuple(args), dict(kwargs), True

    def __eq__(self, other):
        if other is ANY:
            return True
        parts = self._parts(other)
        if parts is None:
            return False
        name, args, kwargs, other_two = parts
        if not (self._two or other_two) and name != self._call_name:
            return False
        return (self._call_args, self._call_kwargs) == (args, kwargs)

    def __ne__(self, other):
        return not self.__eq__(other)

    __hash__ = None

    def __call__(self, *args, **kwargs):
        return _Call(self._call_name, args, kwargs)

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        name = attr if not self._call_name else self._call_name + "." + attr
        return _Call(name)

    def __repr__(self):
        if self._root:
            return "call"
        name = "call" + ("." + self._call_name if self._call_name else "")
        return name + "(" + _format_args(self._call_args, self._call_kwargs) + ")"

    def call_list(self):
        return _CallList([self])


call = _Call(root=True)


class _CallList(list):
    """A list of calls; `in` also finds a run of consecutive calls."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        n = len(value)
        for i in range(len(self) - n + 1):
            if self[i:i + n] == value:
                return True
        return False

    def __repr__(self):
        return "[" + ", ".join(repr(c) for c in self) + "]"


def _is_exception(obj):
    return isinstance(obj, BaseException) or (isinstance(obj, type)
                                              and issubclass(obj, BaseException))


def _spec_names(spec):
    if spec is None:
        return None
    if isinstance(spec, (list, tuple)) and all(isinstance(s, str) for s in spec):
        return set(spec)
    return set(dir(spec))


class NonCallableMock:
    """A mock that records how it is used; attributes are made (as mocks) on first access."""

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _new_name="", _new_parent=None, unsafe=False, return_value=DEFAULT,
                 side_effect=None, **kwargs):
        d = self.__dict__
        d["_mock_children"] = {}
        d["_mock_name"] = name
        d["_mock_parent"] = parent
        d["_mock_new_name"] = _new_name
        d["_mock_new_parent"] = _new_parent
        d["_mock_wraps"] = wraps
        d["_mock_unsafe"] = unsafe
        d["_spec_names"] = _spec_names(spec_set if spec_set is not None else spec)
        d["_spec_set"] = spec_set is not None
        d["_spec_class"] = None
        source = spec_set if spec_set is not None else spec
        if source is not None and not (isinstance(source, (list, tuple))
                                        and all(isinstance(s, str) for s in source)):
            d["_spec_class"] = source if isinstance(source, type) else type(source)
        d["_mock_return_value"] = return_value
        d["_mock_side_effect"] = None
        d["method_calls"] = _CallList()
        d["mock_calls"] = _CallList()
        d["call_args"] = None
        d["call_args_list"] = _CallList()
        d["call_count"] = 0
        d["called"] = False
        self.side_effect = side_effect
        self.configure_mock(**kwargs)

    def configure_mock(self, **kwargs):
        """Sets attributes, also on children: configure_mock(**{'method.return_value': 3})."""
        for arg, val in sorted(kwargs.items(), key=lambda item: item[0].count(".")):
            path = arg.split(".")
            final = path.pop()
            obj = self
            for entry in path:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    @property
    def __class__(self):
        spec_class = self.__dict__.get("_spec_class")
        return type(self) if spec_class is None else spec_class

    def _child_class(self):
        klass = type(self)
        if issubclass(klass, NonCallableMagicMock) and not issubclass(klass, MagicMock):
            return MagicMock
        if issubclass(klass, NonCallableMock) and not issubclass(klass, Mock):
            return Mock
        if issubclass(klass, PropertyMock):
            return MagicMock
        return klass

    def _get_child_mock(self, **kw):
        return self._child_class()(**kw)

    def __getattr__(self, name):
        d = self.__dict__
        if name.startswith("_mock_") or name in ("_spec_names", "_spec_class", "_spec_set"):
            raise AttributeError(name)
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        if not d["_mock_unsafe"] and (name.startswith(("assert", "assret", "asert", "aseert",
                                                        "assrt"))):
            raise AttributeError(repr(name) + " is not a valid assertion. Use a spec for the mock if "
                                 + repr(name) + " is meant to be an attribute.")
        spec = d["_spec_names"]
        if spec is not None and name not in spec:
            raise AttributeError("Mock object has no attribute %r" % name)
        children = d["_mock_children"]
        child = children.get(name)
        if child is None:
            wraps = None
            if d["_mock_wraps"] is not None:
                wraps = getattr(d["_mock_wraps"], name)
            child = self._get_child_mock(parent=self, name=name, wraps=wraps, _new_name=name,
                                         _new_parent=self)
            children[name] = child
        return child

    def __setattr__(self, name, value):
        d = self.__dict__
        if name in ("return_value", "side_effect") or name.startswith("_mock_"):
            object.__setattr__(self, name, value)
            return
        if d.get("_spec_set") and d["_spec_names"] is not None and name not in d["_spec_names"] \
                and name not in d:
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if isinstance(value, NonCallableMock) and value.__dict__["_mock_parent"] is None \
                and value.__dict__["_mock_new_parent"] is None:
            vd = value.__dict__
            vd["_mock_parent"] = self
            vd["_mock_new_parent"] = self
            vd["_mock_new_name"] = name
            if vd["_mock_name"] is None:
                vd["_mock_name"] = name
            d["_mock_children"][name] = value
            return
        d["_mock_children"].pop(name, None)
        d[name] = value

    def __delattr__(self, name):
        d = self.__dict__
        if name in d:
            del d[name]
            return
        d["_mock_children"][name] = _deleted
        d["_mock_children"].pop(name)

    def __dir__(self):
        return sorted(set(dir(type(self))) | set(self.__dict__["_mock_children"])
                      | {k for k in self.__dict__ if not k.startswith("_")})

    def _full_name(self):
        parts = []
        node = self
        while node is not None:
            d = node.__dict__
            if d["_mock_name"] is not None and d["_mock_new_parent"] is None:
                parts.append(d["_mock_name"])
                break
            if d["_mock_new_parent"] is None:
                parts.append("mock")
                break
            parts.append(d["_mock_new_name"])
            node = d["_mock_new_parent"]
        name = ""
        for part in reversed(parts):
            if not name:
                name = part
            elif part == "()":
                name += "()"
            else:
                name += ("" if name.endswith(".") else ".") + part
        return name

    def __repr__(self):
        name = self._full_name()
        spec = ""
        if self.__dict__["_spec_class"] is not None:
            spec = " spec%s=%r" % ("_set" if self.__dict__["_spec_set"] else "",
                                   self.__dict__["_spec_class"].__name__)
        name_part = "" if name == "mock" else " name=%r" % name
        return "<%s%s%s id='%d'>" % (type(self).__name__, name_part, spec, id(self))

    @property
    def return_value(self):
        d = self.__dict__
        value = d["_mock_return_value"]
        if value is DEFAULT:
            value = self._get_child_mock(_new_parent=self, _new_name="()")
            d["_mock_return_value"] = value
        return value

    @return_value.setter
    def return_value(self, value):
        d = self.__dict__
        d["_mock_return_value"] = value
        if isinstance(value, NonCallableMock) and value.__dict__["_mock_new_parent"] is None:
            value.__dict__["_mock_new_parent"] = self
            value.__dict__["_mock_new_name"] = "()"

    @property
    def side_effect(self):
        return self.__dict__["_mock_side_effect"]

    @side_effect.setter
    def side_effect(self, value):
        if value is not None and not callable(value) and not _is_exception(value):
            value = iter(value)
        self.__dict__["_mock_side_effect"] = value

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forgets the calls (and optionally the return value and side effect), recursively."""
        visited = set() if visited is None else visited
        if id(self) in visited:
            return
        visited.add(id(self))
        d = self.__dict__
        d["called"] = False
        d["call_args"] = None
        d["call_count"] = 0
        d["mock_calls"] = _CallList()
        d["call_args_list"] = _CallList()
        d["method_calls"] = _CallList()
        if return_value:
            d["_mock_return_value"] = DEFAULT
        if side_effect:
            d["_mock_side_effect"] = None
        for child in list(d["_mock_children"].values()):
            if isinstance(child, NonCallableMock):
                child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        ret = d["_mock_return_value"]
        if isinstance(ret, NonCallableMock) and ret is not self:
            ret.reset_mock(visited)

    def attach_mock(self, mock, attribute):
        """Makes mock a child (its calls recorded in this mock's mock_calls)."""
        md = mock.__dict__
        md["_mock_parent"] = None
        md["_mock_new_parent"] = None
        md["_mock_name"] = None
        md["_mock_new_name"] = None
        setattr(self, attribute, mock)

    def mock_add_spec(self, spec, spec_set=False):
        d = self.__dict__
        d["_spec_names"] = _spec_names(spec)
        d["_spec_set"] = spec_set

    # ------------------------------------------------------------------ assertions

    def _call_repr(self, args, kwargs):
        name = self.__dict__["_mock_name"] or "mock"
        return "%s(%s)" % (name, _format_args(args, kwargs))

    def _error_name(self):
        return self.__dict__["_mock_name"] or "mock"

    def _calls_repr(self):
        return "Calls: %r." % (self.mock_calls,) if self.mock_calls else ""

    def assert_called_with(self, *args, **kwargs):
        """The last call had these arguments."""
        if self.call_args is None:
            raise AssertionError("expected call not found.\nExpected: %s\n  Actual: not called."
                                 % self._call_repr(args, kwargs))
        if self.call_args != _Call("", args, kwargs, two=True):
            raise AssertionError("expected call not found.\nExpected: %s\n  Actual: %s"
                                 % (self._call_repr(args, kwargs),
                                    self._call_repr(self.call_args.args,
                                                    self.call_args.kwargs)))

    def assert_called_once_with(self, *args, **kwargs):
        """Called exactly once, with these arguments."""
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to be called once. Called %d times.%s"
                                 % (self._error_name(), self.call_count,
                                    ("\n" + self._calls_repr()) if self.mock_calls else ""))
        return self.assert_called_with(*args, **kwargs)

    def assert_called(self):
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % self._error_name())

    def assert_called_once(self):
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to have been called once. Called %d times.%s"
                                 % (self._error_name(), self.call_count,
                                    ("\n" + self._calls_repr()) if self.mock_calls else ""))

    def assert_not_called(self):
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %d times.%s"
                                 % (self._error_name(), self.call_count,
                                    ("\n" + self._calls_repr()) if self.mock_calls else ""))

    def assert_any_call(self, *args, **kwargs):
        expected = _Call("", args, kwargs, two=True)
        if expected not in self.call_args_list:
            raise AssertionError("%s call not found" % self._call_repr(args, kwargs))

    def assert_has_calls(self, calls, any_order=False):
        expected = list(calls)
        actual = self.mock_calls
        if not any_order:
            if expected not in actual:
                problem = "Calls not found." if self.mock_calls else "Calls not found."
                raise AssertionError("%s\nExpected: %r\n  Actual: %r"
                                     % (problem, _CallList(expected), actual))
            return
        remaining = list(actual)
        missing = []
        for c in expected:
            try:
                remaining.remove(c)
            except ValueError:
                missing.append(c)
        if missing:
            raise AssertionError("%r does not contain all of %r in its call list, found %r "
                                 "instead" % (self._error_name(), tuple(missing), actual))


class _Deleted:
    pass


_deleted = _Deleted()


class CallableMixin:
    def _record(self, args, kwargs):
        d = self.__dict__
        d["called"] = True
        d["call_count"] += 1
        this = _Call("", args, kwargs, two=True)
        d["call_args"] = this
        d["call_args_list"].append(this)
        d["mock_calls"].append(_Call("", args, kwargs))
        # the parents see the call under the dotted path that reached this mock
        name = d["_mock_new_name"]
        node = self
        is_method = name not in ("()",)
        method_name = name
        while True:
            parent = node.__dict__["_mock_new_parent"]
            if parent is None:
                break
            pd = parent.__dict__
            pd["mock_calls"].append(_Call(name, args, kwargs))
            if is_method:
                pd["method_calls"].append(_Call(method_name, args, kwargs))
            parent_name = pd["_mock_new_name"]
            if parent_name == "()":
                name = "()." + name
                is_method = False
            elif parent_name:
                name = parent_name + ("" if name.startswith("()") else ".") + name
                method_name = parent_name + "." + method_name
            node = parent

    def __call__(self, *args, **kwargs):
        self._record(args, kwargs)
        d = self.__dict__
        effect = d["_mock_side_effect"]
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if d["_mock_return_value"] is not DEFAULT:
            return self.return_value
        if d["_mock_wraps"] is not None:
            return d["_mock_wraps"](*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: records calls, returns return_value or applies side_effect."""


_MAGIC_DEFAULTS = {
    "__lt__": NotImplemented, "__gt__": NotImplemented, "__le__": NotImplemented,
    "__ge__": NotImplemented, "__int__": 1, "__contains__": False, "__len__": 0,
    "__exit__": False, "__float__": 1.0, "__bool__": True, "__index__": 1,
}
_MAGIC_NAMES = [
    "__len__", "__iter__", "__contains__", "__getitem__", "__setitem__", "__delitem__",
    "__enter__", "__exit__", "__bool__", "__int__", "__float__", "__index__", "__str__",
    "__lt__", "__gt__", "__le__", "__ge__", "__eq__", "__ne__", "__hash__", "__reversed__",
    "__add__", "__sub__", "__mul__", "__truediv__", "__floordiv__", "__mod__", "__pow__",
    "__and__", "__or__", "__xor__", "__lshift__", "__rshift__", "__neg__", "__pos__",
    "__abs__", "__invert__", "__round__", "__trunc__", "__floor__", "__ceil__",
    "__radd__", "__rsub__", "__rmul__", "__rtruediv__", "__iadd__", "__isub__",
    "__next__", "__missing__", "__format__",
]


def _magic_default(mock, name):
    if name in _MAGIC_DEFAULTS:
        return _MAGIC_DEFAULTS[name]
    if name == "__iter__":
        return iter([])
    if name == "__str__":
        return object.__str__(mock)
    if name == "__hash__":
        return object.__hash__(mock)
    if name == "__format__":
        return None
    return DEFAULT


class NonCallableMagicMock(NonCallableMock):
    """A mock whose special methods (len, iteration, with, comparisons...) are mocks too."""

    def __getattribute__(self, name):
        if name in _MAGIC_SET:
            return object.__getattribute__(self, "_magic")(name)
        return object.__getattribute__(self, name)

    def _magic(self, name):
        children = self.__dict__["_mock_children"]
        child = children.get(name)
        if child is None:
            child = MagicMock(_new_parent=self, _new_name=name, name=name)
            default = _magic_default(self, name)
            if name == "__eq__":
                child.side_effect = lambda other: (
                    DEFAULT if child.__dict__["_mock_return_value"] is not DEFAULT
                    else self is other)
            elif name == "__ne__":
                child.side_effect = lambda other: (
                    DEFAULT if child.__dict__["_mock_return_value"] is not DEFAULT
                    else self is not other)
            elif name == "__iter__":
                child.side_effect = lambda: (
                    DEFAULT if child.__dict__["_mock_return_value"] is not DEFAULT
                    else iter([]))
            elif name == "__format__":
                child.side_effect = lambda spec: (
                    DEFAULT if child.__dict__["_mock_return_value"] is not DEFAULT
                    else format(object.__str__(self), spec))
            elif default is not DEFAULT:
                child.return_value = default
            children[name] = child
        return child

    def __setattr__(self, name, value):
        if name in _MAGIC_SET:
            if not isinstance(value, NonCallableMock):
                function = value
                value = MagicMock(_new_parent=self, _new_name=name, name=name,
                                  side_effect=lambda *a, **k: function(self, *a, **k))
            self.__dict__["_mock_children"][name] = value
            return
        NonCallableMock.__setattr__(self, name, value)


_MAGIC_SET = frozenset(_MAGIC_NAMES)


def _make_magic(name):
    def method(self, *args, **kwargs):
        result = self._magic(name)(*args, **kwargs)
        if name == "__iter__" and not hasattr(result, "__next__"):
            return iter(result)
        return result
    method.__name__ = name
    return method


for _name in _MAGIC_NAMES:
    setattr(NonCallableMagicMock, _name, _make_magic(_name))
del _name


class MagicMock(CallableMixin, NonCallableMagicMock):
    """A callable mock with mocked special methods."""


class PropertyMock(Mock):
    """A mock to put on a class as a property: reading calls it, assigning calls it with the value."""

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, value):
        self(value)


def create_autospec(spec, spec_set=False, instance=False, **kwargs):
    """A mock with spec's attributes (a simplified autospec: signatures are not checked)."""
    klass = MagicMock
    if not callable(spec) or instance:
        klass = NonCallableMagicMock if not callable(spec) else MagicMock
    if spec_set:
        return klass(spec_set=spec, **kwargs)
    return klass(spec=spec, **kwargs)


def seal(mock):
    """Stops a mock (and its children) from making new attributes."""
    mock.__dict__["_spec_names"] = set(mock.__dict__["_mock_children"]) | {
        k for k in mock.__dict__ if not k.startswith("_")}
    for child in mock.__dict__["_mock_children"].values():
        if isinstance(child, NonCallableMock):
            seal(child)


# ---------------------------------------------------------------------- patching

def _import_target(target):
    parts = target.split(".")
    path = parts.pop(0)
    thing = importlib.import_module(path)
    for part in parts:
        path += "." + part
        try:
            thing = getattr(thing, part)
        except AttributeError:
            thing = importlib.import_module(path)
    return thing


def _split_target(target):
    try:
        module, attribute = target.rsplit(".", 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError("Need a valid target to patch. You supplied: %r" % (target,))
    return (lambda: _import_target(module)), attribute


_active_patches = []


class _patch:
    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                 kwargs):
        if new_callable is not None and new is not DEFAULT:
            raise ValueError("Cannot use 'new' and 'new_callable' together")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.spec = spec
        self.create = create
        self.spec_set = spec_set
        self.autospec = autospec
        self.new_callable = new_callable
        self.kwargs = kwargs
        self.additional_patchers = []
        self.attribute_name = None

    def copy(self):
        p = _patch(self.getter, self.attribute, self.new, self.spec, self.create, self.spec_set,
                   self.autospec, self.new_callable, self.kwargs)
        p.attribute_name = self.attribute_name
        p.additional_patchers = [x.copy() for x in self.additional_patchers]
        return p

    def __enter__(self):
        self.target = self.getter()
        original = getattr(self.target, self.attribute, _missing)
        if original is _missing and not self.create:
            raise AttributeError("%s does not have the attribute %r"
                                 % (self.target, self.attribute))
        self.original = original
        new = self.new
        if new is DEFAULT:
            factory = self.new_callable or MagicMock
            kwargs = dict(self.kwargs)
            if self.spec is not None:
                kwargs["spec"] = original if self.spec is True else self.spec
            if self.spec_set is not None:
                kwargs["spec_set"] = original if self.spec_set is True else self.spec_set
            if self.autospec:
                new = create_autospec(original if self.autospec is True else self.autospec,
                                      **kwargs)
            else:
                new = factory(**kwargs)
        elif self.kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        self.new_value = new
        setattr(self.target, self.attribute, new)
        extra = {}
        if self.attribute_name is not None:
            extra[self.attribute_name] = new
        for patcher in self.additional_patchers:
            value = patcher.__enter__()
            if patcher.new is DEFAULT:
                extra[patcher.attribute_name] = value
        return extra if self.attribute_name is not None else new

    def __exit__(self, *exc_info):
        for patcher in reversed(self.additional_patchers):
            patcher.__exit__(*exc_info)
        if self.original is _missing:
            delattr(self.target, self.attribute)
        else:
            setattr(self.target, self.attribute, self.original)
        return False

    def start(self):
        result = self.__enter__()
        _active_patches.append(self)
        return result

    def stop(self):
        if self in _active_patches:
            _active_patches.remove(self)
        return self.__exit__(None, None, None)

    def __call__(self, func):
        if isinstance(func, type):
            for name in list(vars(func)):
                if name.startswith(patch.TEST_PREFIX):
                    attr = getattr(func, name)
                    if callable(attr):
                        setattr(func, name, self.copy()(attr))
            return func
        patcher = self

        @_wraps(func)
        def patched(*args, **kwargs):
            with patcher as new:
                if patcher.attribute_name is not None:
                    kwargs.update(new)
                elif patcher.new is DEFAULT:
                    args = args + (new,)
                return func(*args, **kwargs)
        return patched


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, **kwargs):
    """Replaces target ('package.module.name') for a with block, a function or a class."""
    getter, attribute = _split_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, **kwargs):
    if isinstance(target, str):
        raise TypeError("%r must be the actual object to be patched, not a str" % (target,))
    return _patch(lambda: target, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    if isinstance(target, str):
        getter = lambda: _import_target(target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError("Must supply at least one keyword argument with patch.multiple")
    items = list(kwargs.items())
    attribute, new = items[0]
    first = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
    first.attribute_name = attribute
    for attribute, new in items[1:]:
        p = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
        p.attribute_name = attribute
        first.additional_patchers.append(p)
    return first


class _patch_dict:
    """patch.dict: sets keys of a dict for the duration, then restores its old contents."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            for name in list(vars(f)):
                if name.startswith(patch.TEST_PREFIX) and callable(getattr(f, name)):
                    setattr(f, name, _patch_dict(self.in_dict, self.values, self.clear)(
                        getattr(f, name)))
            return f

        @_wraps(f)
        def patched(*args, **kw):
            with self:
                return f(*args, **kw)
        return patched

    def __enter__(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _import_target(self.in_dict)
        self._original = self.in_dict.copy()
        if self.clear:
            self.in_dict.clear()
        self.in_dict.update(self.values)
        return self.in_dict

    def __exit__(self, *args):
        self.in_dict.clear()
        self.in_dict.update(self._original)
        return False

    start = __enter__

    def stop(self):
        return self.__exit__(None, None, None)


def _patch_stopall():
    for p in reversed(list(_active_patches)):
        p.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = "test"
