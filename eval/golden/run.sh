#!/usr/bin/env bash
# Golden run: checks every article of a directory with the factcheck tool and writes one JSON report per
# line, sorted by file name, so that two runs (before and after a change) can be compared with diff.sh.
#   eval/golden/run.sh <articles dir> <out.jsonl> [published yyyy-MM-dd]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
dir=$1 out=$2 published=${3:-2005-03-01}
dotnet build "$root/src/FactCheck.Cli" -c Release -v q -nologo >/dev/null
dotnet "$root/src/FactCheck.Cli/bin/Release/net10.0/FactCheck.Cli.dll" check "$dir" --format jsonl \
  --published "$published" --parallel 1 --fail-on never > "$out.unsorted" 2> "$out.log"
python3 - "$out.unsorted" "$out" <<'PY'
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
rows.sort(key=lambda r: r.get("source", ""))
with open(sys.argv[2], "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, sort_keys=True, ensure_ascii=False) + "\n")
PY
rm "$out.unsorted"
grep -v "[│╭╰├]" "$out.log" || true
rm "$out.log"
echo "$(wc -l < "$out") reports in $out"
