from unittest import mock
m = mock.Mock()
m(1, a=2); m.meth(3); m.meth.sub(4)
print(m.mock_calls, m.method_calls, m.call_args, m.call_args_list, m.meth.call_count)
print(repr(mock.call(1)), repr(mock.call.foo(1, b=2)), mock.call(1) == mock.call(1), m.call_args.args, m.call_args.kwargs)
try: m.assert_called_with(5)
except AssertionError as e: print(repr(str(e)))
try: m.meth.assert_called_once_with(9)
except AssertionError as e: print(repr(str(e)))
m2 = mock.Mock()
try: m2.assert_called()
except AssertionError as e: print(repr(str(e)))
m2(1); m2(2)
try: m2.assert_called_once()
except AssertionError as e: print(repr(str(e)))
try: m2.assert_not_called()
except AssertionError as e: print(repr(str(e)))
try: m2.assert_any_call(7)
except AssertionError as e: print(repr(str(e)))
try: m2.assert_has_calls([mock.call(2), mock.call(1)])
except AssertionError as e: print(repr(str(e)))
m2.assert_has_calls([mock.call(2), mock.call(1)], any_order=True)
n = mock.Mock(name='svc')
try: n.x.assert_called_with(1)
except AssertionError as e: print(repr(str(e)))
print(repr(mock.sentinel.foo), mock.ANY == 5, repr(mock.ANY), mock.sentinel.foo is mock.sentinel.foo)
mm = mock.MagicMock()
print(len(mm), list(mm), 3 in mm, bool(mm), int(mm), float(mm), mm[1] is mm[2], mm == mm, mm != mm)
mm.__len__.return_value = 5; print(len(mm))
mm.__iter__.return_value = iter([1, 2]); print(list(mm))
mm.__getitem__.side_effect = lambda k: k * 2; print(mm[4])
with mm as cm: print(cm is mm.__enter__.return_value)
m3 = mock.Mock(return_value=3, side_effect=[1, 2])
print(m3(), m3())
try: m3()
except StopIteration: print('stop')
m4 = mock.Mock(side_effect=KeyError('k'))
try: m4()
except KeyError as e: print('KeyError', e)
m5 = mock.Mock(**{'method.return_value': 3, 'attr': 4}); print(m5.method(), m5.attr)
s = mock.Mock(spec=['a'])
try: s.b
except AttributeError as e: print(e)
print(m.meth.sub.call_args, m.return_value is m())
m.reset_mock(); print(m.call_count, m.mock_calls)
svc = mock.Mock()
svc.get.return_value.json.return_value = {"ok": True}
print(svc.get("url").json(), svc.mock_calls)
svc.get.assert_called_once_with("url")
w = mock.Mock(wraps=lambda x: x + 1); print(w(1), w.call_count)

import json
def load(s):
    return json.loads(s)
with mock.patch("json.loads", return_value={"patched": 1}) as p:
    print(load("x"), p.call_args)
print(load("[1]"))
class Svc:
    def fetch(self): return "real"
with mock.patch.object(Svc, "fetch", return_value="fake"):
    print(Svc().fetch())
print(Svc().fetch())
cfg = {"a": 1}
with mock.patch.dict(cfg, {"b": 2}, clear=True):
    print(cfg)
print(cfg)
@mock.patch.object(Svc, "fetch")
def test(mocked):
    mocked.return_value = "deco"
    return Svc().fetch(), mocked.called
print(test())
class P:
    @property
    def v(self): return 1
with mock.patch.object(P, "v", new_callable=mock.PropertyMock) as pm:
    pm.return_value = 9
    print(P().v, pm.call_count)
try:
    mock.patch("nodots")
except TypeError as e:
    print(e)
try:
    with mock.patch.object(Svc, "nope", 1):
        pass
except AttributeError as e:
    print("AttributeError")
with mock.patch.object(Svc, "nope", 1, create=True):
    print(Svc.nope)
print(hasattr(Svc, "nope"))
spec_m = mock.Mock(spec=Svc)
print(isinstance(spec_m, Svc), spec_m.fetch() is not None)
try:
    m.assret_called()
except AttributeError as e:
    print("AttributeError", e)
