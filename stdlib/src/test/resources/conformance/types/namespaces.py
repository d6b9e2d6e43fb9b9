import types

ns = types.SimpleNamespace(a=1, b='x')
print(ns, repr(ns), ns == types.SimpleNamespace(b='x', a=1), ns.a, ns != types.SimpleNamespace())
ns.c = [ns]
print(ns)
del ns.c
print(vars(ns), sorted(ns.__dict__))


class S(types.SimpleNamespace):
    pass


print(S(z=1), S(z=1) == types.SimpleNamespace(z=1))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)
try:
    hash(ns)
except TypeError as e:
    print("TypeError")
m = types.MappingProxyType({'k': 1})
print(m, m['k'], len(m), list(m), 'k' in m, m.get('z', 0), type(m).__name__, m.copy())
print(list(m.items()), list(m.keys()), list(m.values()), dict(m) == {'k': 1})
try:
    m['k'] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    del m['k']
except TypeError as e:
    print("TypeError:", e)
try:
    types.MappingProxyType([1])
except TypeError as e:
    print("TypeError:", e)
print(types.FunctionType, types.LambdaType, types.MethodType, types.BuiltinFunctionType)
print(types.GeneratorType, types.ModuleType, types.NoneType, types.EllipsisType, types.NotImplementedType)


def gen():
    yield 1


class K:
    def m(self):
        pass


print(isinstance(gen(), types.GeneratorType), isinstance(len, types.BuiltinFunctionType),
      isinstance(gen, types.FunctionType), isinstance(types, types.ModuleType),
      isinstance(K().m, types.MethodType), isinstance(None, types.NoneType))


def body(ns):
    ns["x"] = 5
    ns["double"] = lambda self: self.x * 2


Dyn = types.new_class("Dyn", (object,), {}, body)
print(Dyn.__name__, Dyn.x, Dyn().double())
meta, nsd, kw = types.prepare_class("P", (), {"metaclass": type, "flag": 1})
print(meta, nsd, kw)
