# A tokenizer and recursive-descent evaluator for arithmetic expressions


class Token:
    def __init__(self, kind, value, pos):
        self.kind = kind
        self.value = value
        self.pos = pos

    def __repr__(self):
        return f"Token({self.kind}, {self.value!r}, {self.pos})"


class ParseError(Exception):
    pass


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < len(text) and (text[i].isdigit() or text[i] == "."):
                i += 1
            lexeme = text[start:i]
            value = float(lexeme) if "." in lexeme else int(lexeme)
            tokens.append(Token("NUM", value, start))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(text) and (text[i].isalnum() or text[i] == "_"):
                i += 1
            tokens.append(Token("NAME", text[start:i], start))
        elif ch in "+-*/%^(),":
            tokens.append(Token("OP", ch, i))
            i += 1
        else:
            raise ParseError(f"unexpected character {ch!r} at {i}")
    tokens.append(Token("EOF", None, len(text)))
    return tokens


class Parser:
    FUNCS = {"max": max, "min": min, "abs": abs}

    def __init__(self, text, env):
        self.tokens = tokenize(text)
        self.i = 0
        self.env = env

    def peek(self):
        return self.tokens[self.i]

    def take(self, value=None):
        tok = self.tokens[self.i]
        if value is not None and tok.value != value:
            raise ParseError(f"expected {value!r} at {tok.pos}, found {tok.value!r}")
        self.i += 1
        return tok

    def parse(self):
        v = self.expr()
        if self.peek().kind != "EOF":
            raise ParseError(f"trailing input at {self.peek().pos}")
        return v

    def expr(self):
        v = self.term()
        while self.peek().value in ("+", "-"):
            op = self.take().value
            rhs = self.term()
            v = v + rhs if op == "+" else v - rhs
        return v

    def term(self):
        v = self.factor()
        while self.peek().value in ("*", "/", "%"):
            op = self.take().value
            rhs = self.factor()
            if op == "*":
                v *= rhs
            elif op == "/":
                v /= rhs
            else:
                v %= rhs
        return v

    def factor(self):
        base = self.unary()
        if self.peek().value == "^":
            self.take()
            return base ** self.factor()
        return base

    def unary(self):
        if self.peek().value == "-":
            self.take()
            return -self.unary()
        return self.atom()

    def atom(self):
        tok = self.take()
        if tok.kind == "NUM":
            return tok.value
        if tok.kind == "NAME":
            if self.peek().value == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek().value == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                return self.FUNCS[tok.value](*args)
            if tok.value not in self.env:
                raise ParseError(f"unknown variable {tok.value}")
            return self.env[tok.value]
        if tok.value == "(":
            v = self.expr()
            self.take(")")
            return v
        raise ParseError(f"unexpected {tok.value!r} at {tok.pos}")


env = {"x": 3, "rate": 0.5}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2", "10 / 4", "10 % 4 + x",
            "max(1, x * 4, 7) - min(2, 1)", "abs(-rate) * 8", "2 * (3 + ", "4 $ 4", "y + 1",
            "1 / 0", "1.5 + .5"]:
    try:
        print(f"{src:<28} = {Parser(src, env).parse()}")
    except ParseError as e:
        print(f"{src:<28} ! ParseError: {e}")
    except ZeroDivisionError as e:
        print(f"{src:<28} ! ZeroDivisionError: {e}")
print(tokenize("a1 + 22")[:3])
