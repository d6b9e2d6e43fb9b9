"""Topological sorting of a graph of hashable nodes (Moat's own implementation of CPython 3.11's
graphlib: the same orders, the same errors)."""

__all__ = ["TopologicalSorter", "CycleError"]

_PASSED_OUT = -1
_DONE = -2


class CycleError(ValueError):
    """The graph has a cycle; args[1] lists its nodes, the first node repeated at the end."""


class _Node:
    __slots__ = ("node", "waiting", "successors")

    def __init__(self, node):
        self.node = node
        # predecessors not yet done; _PASSED_OUT once get_ready() returned it, _DONE after done()
        self.waiting = 0
        self.successors = []


class TopologicalSorter:
    """Orders the nodes of a graph so that each comes after all its predecessors."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None
        self._handed_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = _Node(node)
            self._nodes[node] = info
        return info

    def add(self, node, *predecessors):
        """Add node, and make each of predecessors come before it."""
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.waiting += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        """Freeze the graph and check it for cycles (CycleError)."""
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [info.node for info in self._nodes.values() if info.waiting == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        """A tuple of the nodes whose predecessors are all done, each returned once."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        batch = tuple(self._ready)
        for node in batch:
            self._nodes[node].waiting = _PASSED_OUT
        self._ready.clear()
        self._handed_out += len(batch)
        return batch

    def is_active(self):
        """True while some node is ready or handed out but not done."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._finished < self._handed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark nodes (returned by get_ready()) as processed, releasing their successors."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        for node in nodes:
            info = self._nodes.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if info.waiting != _PASSED_OUT:
                if info.waiting >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            info.waiting = _DONE
            for succ in info.successors:
                succ_info = self._nodes[succ]
                succ_info.waiting -= 1
                if succ_info.waiting == 0:
                    self._ready.append(succ)
            self._finished += 1

    def _find_cycle(self):
        # depth-first walk along successor edges; a node met again while still on the path
        # closes a cycle
        visited = set()
        for start in self._nodes:
            if start in visited:
                continue
            path = []
            position = {}
            cursors = []
            node = start
            while True:
                if node in visited:
                    if node in position:
                        return path[position[node]:] + [node]
                else:
                    visited.add(node)
                    position[node] = len(path)
                    path.append(node)
                    cursors.append(0)
                while path:
                    succs = self._nodes[path[-1]].successors
                    i = cursors[-1]
                    if i < len(succs):
                        cursors[-1] = i + 1
                        node = succs[i]
                        break
                    del position[path.pop()]
                    cursors.pop()
                else:
                    break
        return None

    def static_order(self):
        """Prepare, then yield every node in an order that respects the graph."""
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)

    def __class_getitem__(cls, item):
        return cls
