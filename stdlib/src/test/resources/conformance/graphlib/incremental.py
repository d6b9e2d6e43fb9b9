from graphlib import TopologicalSorter

ts = TopologicalSorter({"compile": ["fetch", "configure"], "configure": ["fetch"],
                        "test": ["compile"], "package": ["compile", "docs"], "docs": []})
ts.prepare()
step = 0
while ts.is_active() and step < 10:
    ready = ts.get_ready()
    print("step", step, "ready", ready, "active", bool(ts))
    for node in sorted(ready):
        ts.done(node)
        print("  done", node)
    step += 1
print("active at end:", ts.is_active(), bool(ts))
print(ts.get_ready())

# nodes processed out of order, some done later
ts = TopologicalSorter()
for n, deps in [(1, ()), (2, (1,)), (3, (1,)), (4, (2, 3))]:
    ts.add(n, *deps)
ts.prepare()
a = ts.get_ready()
print(a, ts.get_ready())
ts.done(*a)
b = ts.get_ready()
print(b)
ts.done(b[1])
print(ts.get_ready(), ts.is_active())
ts.done(b[0])
print(ts.get_ready(), ts.is_active())
ts.done(4)
print(ts.is_active())
