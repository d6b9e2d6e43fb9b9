"""Names for the built-in types and a few helper classes (SimpleNamespace, MappingProxyType)."""

import sys as _sys

__all__ = [
    "FunctionType", "LambdaType", "MethodType", "BuiltinFunctionType", "BuiltinMethodType",
    "GeneratorType", "ModuleType", "NoneType", "EllipsisType", "NotImplementedType",
    "SimpleNamespace", "MappingProxyType", "new_class", "prepare_class", "resolve_bases",
]


def _function():
    pass


def _generator():
    yield 1


class _Holder:
    def method(self):
        pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
MethodType = type(_Holder().method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
GeneratorType = type(_generator())
ModuleType = type(_sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)

_repr_running = set()


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made with."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _repr_running:
            return name + "(...)"
        _repr_running.add(key)
        try:
            parts = [f"{k}={v!r}" for k, v in self.__dict__.items()]
        finally:
            _repr_running.discard(key)
        return name + "(" + ", ".join(parts) + ")"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


# the built-in read-only dict view (also what dataclasses' metadata and re's groupindex are)
MappingProxyType = type({}.keys().mapping)


def resolve_bases(bases):
    """Bases with __mro_entries__ replaced by what they stand for."""
    out = []
    for base in bases:
        if not isinstance(base, type) and hasattr(base, "__mro_entries__"):
            out.extend(base.__mro_entries__(tuple(bases)))
        else:
            out.append(base)
    return tuple(out)


def prepare_class(name, bases=(), kwds=None):
    """The metaclass, namespace and remaining keywords a class statement would use."""
    kwds = dict(kwds) if kwds else {}
    meta = kwds.pop("metaclass", None)
    if meta is None:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        for base in bases:
            candidate = type(base)
            if issubclass(candidate, meta):
                meta = candidate
            elif not issubclass(meta, candidate):
                raise TypeError("metaclass conflict: the metaclass of a derived class must be "
                                "a (non-strict) subclass of the metaclasses of all its bases")
    ns = meta.__prepare__(name, bases, **kwds) if hasattr(meta, "__prepare__") else {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Creates a class as a class statement does; exec_body(ns) fills the namespace."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    return meta(name, resolved, ns, **kwds)
