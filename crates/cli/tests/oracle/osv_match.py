"""An independent OSV matcher, used as a test oracle for `iotmark sbom scan`.

Written from the OSV specification's evaluation algorithm
(https://ossf.github.io/osv-schema/#evaluation), sharing no code with the
Rust implementation. SemVer 2.0 precedence is implemented here from the
SemVer specification (section 11). It covers the SEMVER-ordered ecosystems
of the test corpus (Go, crates.io).

Usage: osv_match.py OSV_DIR... < queries.json > matches.json
queries: [{"ecosystem": "Go", "name": "...", "version": "..."}, ...]
matches: one list of matching record ids per query, in order.
"""

import json
import re
import sys
from pathlib import Path

SEMVER = re.compile(r"^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$")


def key(version):
    """A sort key with SemVer 2.0 precedence; None when not SemVer."""
    m = SEMVER.match(version)
    if not m:
        return None
    major, minor, patch = (int(x) if x else 0 for x in m.group(1, 2, 3))
    pre = m.group(4)
    if pre is None:
        # A release sorts after every pre-release of the same core.
        return (major, minor, patch, 1, ())
    ids = []
    for part in pre.split("."):
        if part.isdigit():
            ids.append((0, int(part), ""))  # numeric identifiers sort first
        else:
            ids.append((1, 0, part))
    return (major, minor, patch, 0, tuple(ids))


def affected(entry, version):
    if version in entry.get("versions", []) or ("v" + version) in entry.get("versions", []):
        return True
    v = key(version)
    if v is None:
        return False
    for r in entry.get("ranges", []):
        if r.get("type") not in ("SEMVER", "ECOSYSTEM"):
            continue
        events = []
        for e in r.get("events", []):
            (kind, value), = e.items()
            k = (-1,) if (kind == "introduced" and value == "0") else key(value)
            if k is None:
                break
            events.append((k, kind))
        else:
            events.sort(key=lambda x: x[0])
            inside = False
            for k, kind in events:
                if kind == "introduced" and (k == (-1,) or v >= k):
                    inside = True
                elif kind == "fixed" and v >= k:
                    inside = False
                elif kind == "last_affected" and v > k:
                    inside = False
                elif kind == "limit" and v >= k:
                    inside = False
            if inside:
                return True
    return False


def main():
    index = {}
    for d in sys.argv[1:]:
        for f in sorted(Path(d).rglob("*.json")):
            rec = json.loads(f.read_text())
            if rec.get("withdrawn"):
                continue
            for entry in rec.get("affected", []):
                pkg = entry.get("package") or {}
                eco = pkg.get("ecosystem", "").split(":")[0]
                # Package URLs lowercase Go module paths, so names compare
                # without case (the policy iotmark documents, not the
                # algorithm under test).
                name = pkg.get("name", "")
                index.setdefault((eco, name.lower() if eco == "Go" else name), []).append((rec["id"], entry))
    out = []
    for q in json.load(sys.stdin):
        name = q["name"].lower() if q["ecosystem"] == "Go" else q["name"]
        ids = sorted({rid for rid, entry in index.get((q["ecosystem"], name), []) if affected(entry, q["version"])})
        out.append(ids)
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
