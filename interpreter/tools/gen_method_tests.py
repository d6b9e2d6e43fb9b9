#!/usr/bin/env python3
"""Generates JUnit tests for the methods of the built-in types from case lists, with the
expected results computed by CPython 3.11 (the oracle) and written into the tests as literals.

Usage: python3 gen_method_tests.py CASES.txt ClassName > ClassName.java

A case file holds one call a line:
    'a,b'.split(',')                  a method call on a literal receiver
    str.maketrans('ab', 'cd')         a call through a type
    range(0, 10, 3).start             an attribute
    list({1: 2}.__reversed__())       list/sorted/len/type applied to the result
    ![1, 2].append(3)                 a mutating call: checks (result, receiver afterwards)
"## name" starts a new test method; "#" lines are comments.
The tests check repr(result), or the exception's type name and str().
"""
import ast
import sys

assert sys.version_info[:2] == (3, 11), sys.version

WRAPPERS = {"list", "sorted", "len", "type"}
TYPES = {str: "Types.STR", bytes: "Types.BYTES", bytearray: "Types.BYTEARRAY", int: "Types.INT", bool: "Types.BOOL",
         float: "Types.FLOAT", list: "Types.LIST", tuple: "Types.TUPLE", dict: "Types.DICT",
         set: "Types.SET", frozenset: "Types.FROZENSET", range: "Types.RANGE"}


def java_str(s):
    out = []
    for unit in [int.from_bytes(b, "big") for b in
                 (s.encode("utf-16-be", "surrogatepass")[i:i + 2]
                  for i in range(0, len(s.encode("utf-16-be", "surrogatepass")), 2))]:
        ch = chr(unit)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif 0x20 <= unit < 0x7F:
            out.append(ch)
        elif unit < 0x100:
            out.append("\\%03o" % unit)
        else:
            out.append("\\u%04x" % unit)
    return '"' + "".join(out) + '"'


def java(v):
    if v is None:
        return "NONE"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        if -2**63 <= v < 2**63:
            return "%dL" % v
        return 'big("%d")' % v
    if isinstance(v, float):
        if v != v:
            return "Double.NaN"
        if v in (float("inf"), float("-inf")):
            return "Double.%s_INFINITY" % ("POSITIVE" if v > 0 else "NEGATIVE")
        return repr(v) + "d"
    if isinstance(v, str):
        return java_str(v)
    if isinstance(v, bytes):
        return "b(%s)" % java_str(v.decode("latin-1"))
    if isinstance(v, bytearray):
        return "ba(%s)" % java_str(v.decode("latin-1"))
    if isinstance(v, list):
        return "list(%s)" % ", ".join(java(x) for x in v)
    if isinstance(v, tuple):
        return "tup(%s)" % ", ".join(java(x) for x in v)
    if isinstance(v, dict):
        return "dict(%s)" % ", ".join(java(x) for kv in v.items() for x in kv)
    if isinstance(v, frozenset):
        return "fset(%s)" % ", ".join(java(x) for x in v)
    if isinstance(v, set):
        return "set(%s)" % ", ".join(java(x) for x in v)
    if isinstance(v, slice):
        return "slice(%s, %s, %s)" % (java(v.start), java(v.stop), java(v.step))
    if isinstance(v, range):
        return "range(%d, %d, %d)" % (v.start, v.stop, v.step)
    if type(v) in (type({}.keys()), type({}.values()), type({}.items())):
        kind = type(v).__name__.split("_")[1]
        return 'view(%s, "%s")' % (java(v.mapping.copy()), kind)
    if type(v).__name__ == "method_descriptor" and v.__objclass__ in TYPES:
        return 'Ops.getAttr(%s, "%s")' % (TYPES[v.__objclass__], v.__name__)
    if isinstance(v, type) and v in TYPES:
        return TYPES[v]
    raise ValueError("cannot express %r in Java" % (v,))


def rebuilt(v):
    """Sets rebuilt by adding their elements one by one in iteration order, as the Java side
    builds them, so both sides start from the same table layout."""
    if isinstance(v, (set, frozenset)):
        s = set()
        for x in list(v):
            s.add(x)
        return s if isinstance(v, set) else frozenset(s)
    return v


def ev(node):
    return rebuilt(eval(compile(ast.Expression(node), "<case>", "eval")))


def case(line):
    mutating = line.startswith("!")
    if mutating:
        line = line[1:]
    node = ast.parse(line, mode="eval").body
    wrapper = None
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id in WRAPPERS and len(node.args) == 1):
        wrapper = node.func.id
        node = node.args[0]
    if isinstance(node, ast.Attribute):
        recv = ev(node.value)
        try:
            res = repr(getattr(recv, node.attr))
            return 'attr(%s, "%s", %s);' % (java(recv), node.attr, java_str(res))
        except Exception as e:
            return 'attrRaises(%s, "%s", "%s", %s);' % (java(recv), node.attr,
                                                        type(e).__name__, java_str(str(e)))
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
        raise ValueError("not a method call: " + line)
    recv = ev(node.func.value)
    name = node.func.attr
    args = [ev(a) for a in node.args]
    kwargs = {k.arg: ev(k.value) for k in node.keywords}
    jrecv = java(recv)
    jargs = "args(%s)" % ", ".join([java(a) for a in args] + [java(v) for v in kwargs.values()])
    jkw = "kw(%s)" % ", ".join('"%s"' % k for k in kwargs) if kwargs else "null"
    jwrap = '"%s"' % wrapper if wrapper else "null"
    try:
        res = getattr(recv, name)(*args, **kwargs)
        if wrapper:
            res = {"list": list, "sorted": sorted, "len": len, "type": type}[wrapper](res)
        shown = repr((res, recv)) if mutating else repr(res)
        return 'check(%s, %s, %s, "%s", %s, %s, %s);' % (
            "true" if mutating else "false", jwrap, jrecv, name, jargs, jkw, java_str(shown))
    except Exception as e:
        return 'raises(%s, "%s", %s, %s, "%s", %s);' % (jrecv, name, jargs, jkw,
                                                       type(e).__name__, java_str(str(e)))


def main():
    path, cls = sys.argv[1], sys.argv[2]
    sections = []
    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        if line.startswith("## "):
            sections.append((line[3:].strip(), []))
        elif not line.strip() or line.startswith("#"):
            continue
        else:
            sections[-1][1].append((line, case(line)))
    out = ["package dev.moat.runtime;\n\n",
           "import org.junit.jupiter.api.Test;\n\n",
           "/**\n * Generated by interpreter/tools/gen_method_tests.py from tools/cases/%s; the\n"
           " * expected values were computed by CPython 3.11. Do not edit by hand.\n */\n"
           % path.split("/")[-1],
           "class %s extends MethodTestSupport {\n" % cls]
    for name, cases in sections:
        out.append("\n  @Test\n  void %s() {\n" % name)
        for src, code in cases:
            out.append("    // %s\n" % src.replace("\\u", "\\\\u"))
            out.append("    %s\n" % code)
        out.append("  }\n")
    out.append("}\n")
    sys.stdout.write("".join(out))


if __name__ == "__main__":
    main()
