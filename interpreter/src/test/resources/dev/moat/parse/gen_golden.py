"""Generates the CPython 3.11 side of Moat's parser golden tests (run by hand, not by the build).

    python3 gen_golden.py dump FILE.py          canonical AST dump of a file (as AstDump.java)
    python3 gen_golden.py trees CASES OUT       for each case of CASES (separated by lines "----"),
                                                its canonical dump (ast.parse only), or "!error"
    python3 gen_golden.py errors CASES OUT      for each case, "Type|message|line|offset"

The dump names CPython's node classes and fields, without ctx, kind, type comments or end
positions; positions are "@line:col" with col in UTF-16 units (CPython counts UTF-8 bytes).
"""
import ast
import decimal
import sys

SKIP = {'ctx', 'type_comment', 'kind', 'type_params', 'is_async'}


def quote(s):
    out = ['"']
    data = s.encode('utf-16-le', 'surrogatepass')
    for i in range(0, len(data), 2):
        c = data[i] | (data[i + 1] << 8)
        if 0x20 <= c < 0x7F and c not in (0x22, 0x5C):
            out.append(chr(c))
        else:
            out.append('\\u%04x' % c)
    out.append('"')
    return ''.join(out)


def const(v):
    if v is None:
        return 'None'
    if v is Ellipsis:
        return 'Ellipsis'
    if v is True:
        return 'True'
    if v is False:
        return 'False'
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if v != v:
            return 'nan'
        if v in (float('inf'), float('-inf')):
            return 'inf' if v > 0 else '-inf'
        return 'f' + format(decimal.Decimal(v), 'f')
    if isinstance(v, str):
        return quote(v)
    if isinstance(v, bytes):
        out = ['b"']
        for c in v:
            if 0x20 <= c < 0x7F and c not in (0x22, 0x5C):
                out.append(chr(c))
            else:
                out.append('\\x%02x' % c)
        out.append('"')
        return ''.join(out)
    return 'complex'


class Dumper:
    def __init__(self, source, positions=True):
        self.lines = source.replace('\r\n', '\n').replace('\r', '\n').split('\n')
        self.positions = positions

    def col(self, lineno, col):
        line = self.lines[lineno - 1].encode('utf-8')[:col].decode('utf-8', 'replace')
        return len(line.encode('utf-16-le', 'surrogatepass')) // 2

    def value(self, v):
        if v is None:
            return '_'
        if isinstance(v, list):
            return '[' + ' '.join(self.value(x) for x in v) + ']'
        if isinstance(v, ast.AST):
            return self.node(v)
        if isinstance(v, bool):
            return '1' if v else '0'
        return str(v)

    def node(self, n):
        kind = type(n).__name__
        if isinstance(n, (ast.operator, ast.unaryop, ast.cmpop, ast.boolop)):
            return kind
        head = '(' + kind
        if self.positions and hasattr(n, 'lineno') and not isinstance(n, ast.arguments):
            head += '@%d:%d' % (n.lineno, self.col(n.lineno, n.col_offset))
        parts = [head]
        if isinstance(n, (ast.Constant, ast.MatchSingleton)):
            parts.append(const(n.value))
        else:
            for f in n._fields:
                if f in SKIP:
                    continue
                v = getattr(n, f)
                if isinstance(n, ast.ImportFrom) and f == 'level' and v is None:
                    v = 0
                parts.append(self.value(v))
        return ' '.join(parts) + ')'

    def module(self, tree):
        return ''.join(self.node(s) + '\n' for s in tree.body)


def cases(path):
    with open(path, encoding='utf-8') as f:
        text = f.read()
    return [c[:-1] if c.endswith('\n') else c for c in text.split('----\n')]


def main():
    mode = sys.argv[1]
    if mode == 'dump':
        with open(sys.argv[2], encoding='utf-8') as f:
            src = f.read()
        sys.stdout.write(Dumper(src).module(ast.parse(src)))
        return
    out = []
    for src in cases(sys.argv[2]):
        try:
            tree = compile(src, 'f', 'exec', ast.PyCF_ONLY_AST)
            if mode == 'errors':
                compile(src, 'f', 'exec')
                out.append('OK')
            else:
                out.append(Dumper(src).module(tree).rstrip('\n').replace('\n', ' ; '))
        except SyntaxError as e:
            out.append('!%s|%s|%s|%s' % (type(e).__name__, e.msg, e.lineno, e.offset))
    with open(sys.argv[3], 'w', encoding='utf-8') as f:
        f.write(''.join(o + '\n' for o in out))


if __name__ == '__main__':
    main()
