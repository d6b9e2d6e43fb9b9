# Formatting a command-line help screen with textwrap.
import textwrap

options = [
    ("-h, --help", "Show this help message and exit."),
    ("-v, --verbose", "Print more output while working. Can be given several times to increase the amount of detail."),
    ("--output=FILE", "Write the result to FILE instead of standard output; the file is overwritten without asking."),
    ("-q", "Quiet."),
]
width = 60
col = 18
print(textwrap.fill("usage: tool [options] input... Processes the inputs and reports on them in a compact form.", width))
print()
wrapper = textwrap.TextWrapper(width=width, subsequent_indent=" " * col)
for flag, desc in options:
    head = ("  " + flag).ljust(col)
    if len(head) > col:
        print(head.rstrip())
        head = " " * col
    wrapper.initial_indent = head
    print(wrapper.fill(desc))
print()
print(textwrap.indent(textwrap.dedent("""\
    Examples:
      tool a.txt
      tool -v --output=out.txt a.txt b.txt
"""), "  "), end="")
