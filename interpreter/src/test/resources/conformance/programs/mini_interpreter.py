# A tiny stack-based language: parse lines into instructions and run them


class VMError(Exception):
    pass


def parse(source):
    program = []
    labels = {}
    for lineno, raw in enumerate(source.strip().splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(program)
            continue
        op, *args = line.split()
        program.append((op.lower(), args, lineno))
    return program, labels


def run(source, trace=False):
    program, labels = parse(source)
    stack = []
    env = {}
    out = []
    pc = 0
    steps = 0
    while pc < len(program):
        op, args, lineno = program[pc]
        pc += 1
        steps += 1
        if steps > 10_000:
            raise VMError("step limit exceeded")
        try:
            match op:
                case "push":
                    stack.append(int(args[0]))
                case "load":
                    stack.append(env[args[0]])
                case "store":
                    env[args[0]] = stack.pop()
                case "add" | "sub" | "mul" | "div" | "lt":
                    b, a = stack.pop(), stack.pop()
                    stack.append({"add": a + b, "sub": a - b, "mul": a * b,
                                  "div": a // b if op == "div" else None,
                                  "lt": int(a < b)}[op])
                case "jmp":
                    pc = labels[args[0]]
                case "jz":
                    if stack.pop() == 0:
                        pc = labels[args[0]]
                case "print":
                    out.append(str(stack.pop()))
                case _:
                    raise VMError(f"line {lineno}: unknown op {op!r}")
        except IndexError:
            raise VMError(f"line {lineno}: stack underflow in {op}") from None
        except KeyError as e:
            raise VMError(f"line {lineno}: undefined {e.args[0]!r}") from None
        except ZeroDivisionError:
            raise VMError(f"line {lineno}: division by zero") from None
        if trace:
            print(f"  {lineno:>2} {op:<6}{' '.join(args):<8} {stack}")
    return out, env


factorial = """
    push 1
    store acc
    push 6
    store n
loop:
    push 0
    load n
    lt          # 0 < n ?
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
"""
out, env = run(factorial)
print(out, sorted(env.items()))
out, _ = run("push 7\npush 2\ndiv\nprint\npush 3\npush 4\nadd\nprint", trace=True)
print(out)
for bad in ["add", "load x", "push 1\npush 0\ndiv", "frobnicate", "top:\njmp top"]:
    try:
        run(bad)
    except VMError as e:
        print("VMError:", e)
