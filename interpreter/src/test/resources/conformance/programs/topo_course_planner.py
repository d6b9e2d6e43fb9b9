COURSES = {
    "CS101": [], "CS102": ["CS101"], "MATH1": [], "CS201": ["CS102", "MATH1"],
    "CS202": ["CS201"], "CS301": ["CS201", "CS202"], "ART1": [],
}

def plan(courses, per_term=2):
    remaining = {c: set(p) for c, p in courses.items()}
    for c, prereqs in remaining.items():
        unknown = prereqs - courses.keys()
        if unknown:
            raise KeyError(f"{c} requires unknown {sorted(unknown)}")
    done, terms = set(), []
    while remaining:
        ready = sorted(c for c, p in remaining.items() if p <= done)
        if not ready:
            raise ValueError(f"circular prerequisites among {sorted(remaining)}")
        term = ready[:per_term]
        terms.append(term)
        done.update(term)
        for c in term:
            del remaining[c]
    return terms

for n, term in enumerate(plan(COURSES), 1):
    print(f"term {n}: {', '.join(term)}")
print(len(plan(COURSES, per_term=3)), "terms with 3 per term")
bad = dict(COURSES, CS101=["CS301"])
try:
    plan(bad)
except ValueError as e:
    print(type(e).__name__, e)
try:
    plan({"A": ["B"]})
except KeyError as e:
    print(type(e).__name__, e)
