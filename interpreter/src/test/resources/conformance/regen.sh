#!/usr/bin/env bash
# Regenerate the expected-output files of the Moat conformance corpus.
#
# For every X.py below this directory (or below DIR, when given), runs CPython and writes:
#   X.out  - exact stdout bytes
#   X.err  - last line of stderr, only when the program ended with an
#            uncaught exception (otherwise any stale X.err is removed)
#   X.tb   - for programs in a tracebacks/ or uncaught/ folder: the whole report, with the
#            program's directory left out of file names
#
# Usage: ./regen.sh [DIR]      (may be run from any directory)
#        PYTHON=python3.11 ./regen.sh
set -u
here="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)}"
cd "$here" || exit 1

PY="${PYTHON:-python3}"
export PYTHONHASHSEED=0
export PYTHONIOENCODING=utf-8
export PYTHONDONTWRITEBYTECODE=1
# argparse wraps help at COLUMNS - 2; Moat has no environment and assumes 80 columns
export COLUMNS=80

ver="$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
if [ "$ver" != "3.11" ]; then
  echo "warning: expected CPython 3.11, found $ver; messages may differ" >&2
fi

tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT
status=0
count=0

# Remove expectation files whose program no longer exists.
while IFS= read -r -d '' f; do
  [ -e "${f%.*}.py" ] || rm -f "$f"
done < <(find . -type f \( -name '*.out' -o -name '*.err' -o -name '*.tb' \) -print0)

while IFS= read -r -d '' f; do
  base="${f%.py}"
  dir="$(dirname "$f")"
  name="$(basename "$f")"
  (cd "$dir" && exec timeout 10 "$PY" -X utf8 "$name") > "$base.out" 2> "$tmp"
  rc=$?
  count=$((count + 1))
  if [ -s "$tmp" ]; then
    tail -n 1 "$tmp" > "$base.err"
    absdir="$(cd "$dir" && pwd)"
    case "$absdir/" in
      */tracebacks/*|*/uncaught/*) sed "s#\"$absdir/#\"#g" "$tmp" > "$base.tb" ;;
    esac
    if [ "$rc" -ne 1 ]; then
      echo "ERROR: $f: exit status $rc with stderr:" >&2
      cat "$tmp" >&2
      status=1
    fi
  else
    rm -f "$base.err" "$base.tb"
    if [ "$rc" -ne 0 ]; then
      echo "ERROR: $f: exit status $rc (timeout?) with empty stderr" >&2
      status=1
    fi
  fi
done < <(find . -type f -name '*.py' -print0 | LC_ALL=C sort -z)

echo "regenerated $count programs" >&2
exit $status
