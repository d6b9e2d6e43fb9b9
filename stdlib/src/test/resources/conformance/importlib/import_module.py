import importlib

m = importlib.import_module("json")
print(m.dumps([1]), m is importlib.import_module("json"))
p = importlib.import_module("urllib.parse")
print(p.quote("a b"))
import urllib
print(urllib.parse is p)
for bad in ["no_such_module_x", ""]:
    try:
        importlib.import_module(bad)
    except (ImportError, ValueError) as e:
        print(type(e).__name__, e)
try:
    importlib.import_module(".x")
except TypeError as e:
    print("TypeError", e)
try:
    importlib.import_module(5)
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
importlib.invalidate_caches()
