# A command-driven to-do list with priorities, tags and filtering


class Task:
    _ids = 0

    def __init__(self, title, priority="normal", tags=()):
        if priority not in Todo.PRIORITIES:
            raise ValueError(f"unknown priority {priority!r}")
        Task._ids += 1
        self.id = Task._ids
        self.title = title
        self.priority = priority
        self.tags = set(tags)
        self.done = False

    def __str__(self):
        mark = "x" if self.done else " "
        tags = " ".join(f"#{t}" for t in sorted(self.tags))
        return f"[{mark}] {self.id:>2} {self.title:<22} {self.priority:<6} {tags}".rstrip()


class Todo:
    PRIORITIES = {"high": 0, "normal": 1, "low": 2}

    def __init__(self):
        self.tasks = {}

    def add(self, title, priority="normal", *tags):
        task = Task(title, priority, tags)
        self.tasks[task.id] = task
        return task.id

    def complete(self, task_id):
        try:
            self.tasks[task_id].done = True
        except KeyError:
            raise LookupError(f"no task {task_id}") from None

    def listing(self, tag=None, show_done=True):
        tasks = [t for t in self.tasks.values()
                 if (tag is None or tag in t.tags) and (show_done or not t.done)]
        tasks.sort(key=lambda t: (t.done, self.PRIORITIES[t.priority], t.id))
        return "\n".join(map(str, tasks)) or "(nothing)"

    def stats(self):
        done = sum(t.done for t in self.tasks.values())
        by_prio = {p: sum(1 for t in self.tasks.values() if t.priority == p) for p in self.PRIORITIES}
        return f"{done}/{len(self.tasks)} done, by priority {by_prio}"


todo = Todo()
todo.add("write report", "high", "work")
todo.add("buy milk", "low", "home", "shopping")
todo.add("fix bug 42", "high", "work", "urgent")
todo.add("call mom")
todo.complete(3)
print(todo.listing())
print("-- work, open only --")
print(todo.listing(tag="work", show_done=False))
print("-- garden --")
print(todo.listing(tag="garden"))
for action in [lambda: todo.complete(99), lambda: todo.add("x", "urgent")]:
    try:
        action()
    except (LookupError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(todo.stats())
