# a data pipeline built from generator functions
records = """\
id,name,dept,salary
1,Ann,eng,120
2,Bob,ops,90
3,Cid,eng,110
# comment line
4,Dee,sales,70
5,Eve,eng,130
"""


def read_lines(text):
    for line in text.splitlines():
        yield line


def skip_comments(lines):
    for line in lines:
        if not line.startswith("#"):
            yield line


def parse_csv(lines):
    header = next(lines).split(",")
    for line in lines:
        yield dict(zip(header, line.split(",")))


def convert(rows):
    for row in rows:
        row["salary"] = int(row["salary"])
        yield row


def by_dept(rows, dept):
    return (r for r in rows if r["dept"] == dept)


pipeline = convert(parse_csv(skip_comments(read_lines(records))))
eng = list(by_dept(pipeline, "eng"))
for r in eng:
    print(f"{r['name']:<5}{r['salary']:>6}")
print("total", sum(r["salary"] for r in eng))


def chunked(iterable, n):
    chunk = []
    for item in iterable:
        chunk.append(item)
        if len(chunk) == n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


print(list(chunked(range(7), 3)))


def flatten(nested):
    for item in nested:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, (4, 5)], []], 6])))


def running_max(it):
    best = None
    for x in it:
        if best is None or x > best:
            best = x
        yield best


print(list(running_max([3, 1, 4, 1, 5, 9, 2, 6])))
