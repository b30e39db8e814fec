#!/usr/bin/env bash
# Adds every public symbol the analyzers report as undeclared (RS0016) to PublicAPI.Unshipped.txt,
# and removes the ones they report as gone (RS0017). Review the diff: it is the public API change.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# The project to update: src/FactCheck unless another project's folder is given.
dir="$root/${1:-src/FactCheck}"
proj=$(ls "$dir"/*.csproj)
unshipped="$dir/PublicAPI.Unshipped.txt"
log=$(mktemp)
dotnet build "$proj" -f net10.0 -p:TreatWarningsAsErrors=false --no-incremental 2>&1 > "$log" || true
python3 - "$log" "$unshipped" <<'PY'
import re, sys
log, path = sys.argv[1], sys.argv[2]
text = open(log, encoding="utf-8").read()
add = set(re.findall(r"RS0016: Symbol '(.+?)' is not part of the declared", text))
gone = set(re.findall(r"RS0017: Symbol '(.+?)' is part of the declared API, but is either not public", text))
lines = [l.rstrip("\n") for l in open(path, encoding="utf-8")]
header = [l for l in lines if l.startswith("#")]
body = set(l for l in lines if l and not l.startswith("#"))
body = (body | add) - gone
open(path, "w", encoding="utf-8").write("\n".join(header + sorted(body, key=str.lower)) + "\n")
print(f"public API: +{len(add)} -{len(gone)}")
PY
rm -f "$log"
