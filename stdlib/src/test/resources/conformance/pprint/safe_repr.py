import pprint

print(pprint.saferepr({"b": 2, "a": [1, (2,)]}))
print(pprint.saferepr("x" * 5), pprint.saferepr(3.5), pprint.saferepr(None))
print(pprint.isreadable([1, "a", (2.5, None)]), pprint.isreadable([object]))
print(pprint.isreadable({"k": object()}), pprint.isrecursive({"k": [1]}))
lst = [1, 2]
lst.append(lst)
print(pprint.isrecursive(lst), pprint.isreadable(lst))
print(pprint.saferepr(lst).startswith("[1, 2, <Recursion on list with id="))
d = {}
d["self"] = d
print(pprint.isrecursive(d), pprint.saferepr(d).startswith("{'self': <Recursion on dict"))
p = pprint.PrettyPrinter()
print(p.isreadable(lst), p.isrecursive(lst), p.isreadable((1, 2)))
out = pprint.pformat([lst, lst], width=10)
print(out.count("Recursion"), out.startswith("[[1,\n  2,\n  <Recursion on list"))
