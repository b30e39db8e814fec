#!/usr/bin/env python3
"""Compares two golden runs (eval/golden/run.sh) and counts what changed in mentions, claims and findings.

    python3 eval/golden/diff.py before.jsonl after.jsonl [--show N] [--fields kind,value,unit,subject]

Mentions are compared by (start, end, kind, value, unit); claims by their main span and value and the fields
named with --fields; findings by (ruleId, severity, spans). Prints the counts of each kind of difference per
section and up to N examples of each.
"""
import argparse, json

def load(path):
    with open(path, encoding="utf-8") as f:
        return {r["source"]: r for r in (json.loads(l) for l in f if l.strip())}

def keyed_mentions(r):
    return {(m["start"], m["end"], m["kind"], str(m.get("value")), m.get("unit"), m.get("resolvedStart")) for m in r.get("mentions", [])}

def keyed_claims(r, fields):
    out = set()
    for c in r.get("claims", []):
        out.add(tuple(json.dumps(c.get(f), sort_keys=True) for f in fields))
    return out

def keyed_findings(r):
    return {(f["ruleId"], f["severity"], tuple((s["start"], s["end"]) for s in f.get("spans", []))) for f in r.get("findings", [])}

def main():
    p = argparse.ArgumentParser()
    p.add_argument("before"); p.add_argument("after")
    p.add_argument("--show", type=int, default=5)
    p.add_argument("--fields", default="kind,value,unit,mentions,subject,subjectKey,direction,time,source")
    a = p.parse_args()
    fields = a.fields.split(",")
    before, after = load(a.before), load(a.after)
    for name, fn in (("mentions", keyed_mentions), ("claims", lambda r: keyed_claims(r, fields)), ("findings", keyed_findings)):
        lost = gained = 0
        examples = []
        for src in sorted(set(before) | set(after)):
            b = fn(before.get(src, {})); n = fn(after.get(src, {}))
            lost += len(b - n); gained += len(n - b)
            for x in sorted(b - n, key=str)[:1]:
                examples.append((src, "-", x))
            for x in sorted(n - b, key=str)[:1]:
                examples.append((src, "+", x))
        print(f"{name}: {lost} only before, {gained} only after")
        for src, sign, x in examples[: a.show]:
            print(f"  {sign} {src.split('/')[-1]}: {x}")

if __name__ == "__main__":
    main()
