# Line-oriented text processing with StringIO as both source and sink.
import io

source = io.StringIO("""# config
name = moat
  version=3.11

# comment
debug = true
""")

config = {}
errors = io.StringIO()
for lineno, line in enumerate(source, 1):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    if "=" not in line:
        print(f"line {lineno}: no '='", file=errors)
        continue
    key, _, value = line.partition("=")
    config[key.strip()] = value.strip()
print(config)
print(repr(errors.getvalue()))

sink = io.StringIO()
for k in sorted(config):
    sink.write(f"{k}={config[k]}\n")
print(sink.getvalue(), end="")
print(sink.tell(), len(sink.getvalue()))
