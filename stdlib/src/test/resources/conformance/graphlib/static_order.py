from graphlib import TopologicalSorter

graphs = [
    {"D": ["B", "C"], "C": ["A"], "B": ["A"]},
    {2: [11], 9: [11, 8, 10], 10: [11, 3], 11: [7, 5], 8: [7, 3]},
    {"a": [], "b": [], "c": []},
    {},
    {"x": ["x2", "x1"], "x1": [], "y": ["x"]},
    {1: [2, 2, 3], 2: [3]},
    {None: [0], 0: [()], (): []},
]
for g in graphs:
    print(list(TopologicalSorter(g).static_order()))

# dependencies of a build, added one by one
ts = TopologicalSorter()
ts.add("app", "lib", "config")
ts.add("lib", "core")
ts.add("tests", "app")
ts.add("core")
ts.add("docs")
ts.add("lib", "util")
print(list(ts.static_order()))
print(tuple(TopologicalSorter({"a": "bc", "b": "c"}).static_order()))
