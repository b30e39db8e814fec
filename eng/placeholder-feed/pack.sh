#!/usr/bin/env bash
# Rebuilds vswhere.2.8.4.nupkg (a zip holding only vswhere.nuspec) from the .nuspec beside it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
rm -f vswhere.2.8.4.nupkg
python3 - <<'PY'
import zipfile
with zipfile.ZipFile("vswhere.2.8.4.nupkg", "w", zipfile.ZIP_DEFLATED) as z:
    info = zipfile.ZipInfo("vswhere.nuspec", date_time=(2000, 1, 1, 0, 0, 0))
    with open("vswhere.nuspec", "rb") as f:
        z.writestr(info, f.read())
PY
echo "wrote $here/vswhere.2.8.4.nupkg"
