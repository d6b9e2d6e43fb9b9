#!/usr/bin/env bash
# Regenerate the expected-output files of the Moat stdlib conformance corpus: the interpreter
# corpus's script, run on this directory (see it for what it writes).
#
# Usage: ./regen.sh [MODULE]   (may be run from any directory; MODULE limits it to one folder)
#        PYTHON=python3.11 ./regen.sh
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec "$here/../../../../../interpreter/src/test/resources/conformance/regen.sh" "$here${1:+/$1}"
