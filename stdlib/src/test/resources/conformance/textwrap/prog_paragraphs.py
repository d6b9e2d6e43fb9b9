# Re-flowing paragraphs of a document to several widths.
import textwrap

doc = """
    Moat is a sandboxed interpreter.  It runs a subset of Python
    inside the JVM, with budgets for steps, time and memory.

    The standard library is being filled in module by module; each
    module is checked against CPython's behaviour with small programs
    whose output must match byte for byte.
"""
paragraphs = [" ".join(p.split()) for p in textwrap.dedent(doc).strip().split("\n\n")]
for width in (30, 45):
    print(("=" * width))
    print("\n\n".join(textwrap.fill(p, width, fix_sentence_endings=True) for p in paragraphs))
print(textwrap.shorten(paragraphs[1], 50, placeholder=" …"))
