#!/bin/sh
# Regenerates the committed alias table (resources/trust/dangerous_aliases.json)
# with Debian's Python and its numpy, scipy, scikit-learn and joblib. Run after
# changing core/trust/DangerousNames.cpp's table or the generator; the build
# regenerates its own copy when that Python has the libraries.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
python=${PYTHON:-/usr/bin/python3}
cd /tmp
exec "$python" -B "$here/resources/trust/dangerous_aliases.py" \
    --table "$here/core/trust/DangerousNames.cpp" -o "$here/resources/trust/dangerous_aliases.json"
