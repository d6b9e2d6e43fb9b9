# a small command interpreter driven by match
def run(commands):
    stack = []
    for line in commands:
        match line.split():
            case ["push", value]:
                stack.append(int(value))
            case ["pop"]:
                print("popped", stack.pop() if stack else None)
            case ["add" | "mul" as op]:
                b, a = stack.pop(), stack.pop()
                stack.append(a + b if op == "add" else a * b)
            case ["dup", *count]:
                n = int(count[0]) if count else 1
                stack.extend([stack[-1]] * n)
            case ["print"]:
                print("stack:", stack)
            case []:
                continue
            case [cmd, *args]:
                print(f"unknown command {cmd!r} with args {args}")
    return stack


print(run(["push 3", "push 4", "add", "dup 2", "mul", "print", "", "jump 1 2", "pop", "pop"]))
