#!/usr/bin/env python3
"""Generate a synthetic OSV corpus the size of all of OSV, and SBOMs to scan
against it.

Writes, under --out:

  osv/<Ecosystem>-all.zip   one zip per ecosystem, one OSV record per entry
                            (<id>.json), like the per-ecosystem all.zip export
  sbom-100.cdx.json         CycloneDX 1.5 JSON SBOMs whose component purls
  sbom-1000.cdx.json        partly name generated packages (at versions both
  sbom-10000.cdx.json       inside and outside their affected ranges)

The records cover the ten largest OSV ecosystems with realistic names (npm
scopes, PyPI names that need PEP 503 normalisation, Maven group:artifact, Go
module paths with /vN suffixes, Debian and Ubuntu releases as ecosystem
suffixes) and a realistic mix of affected data: mostly SEMVER or ECOSYSTEM
ranges with introduced/fixed, some last_affected, some ranges without a
fix, some with two intervals, explicit versions lists, CVE and GHSA
aliases, CVSS v3 vectors. Package popularity is long-tailed, so a few
packages have many records. The output is deterministic for a given --seed.

Python 3.11+, standard library only. Usage:

  python3 bench/gen_osv.py --out DIR [--records 520000] [--seed 1]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import struct
import time
import uuid
import zlib
from concurrent.futures import ProcessPoolExecutor

# (ecosystem, share of all records, range type, purl type)
ECOSYSTEMS = [
    ("npm", 0.36, "SEMVER", "npm"),
    ("PyPI", 0.13, "ECOSYSTEM", "pypi"),
    ("Debian", 0.14, "ECOSYSTEM", "deb"),
    ("Ubuntu", 0.12, "ECOSYSTEM", "deb"),
    ("Maven", 0.07, "ECOSYSTEM", "maven"),
    ("Go", 0.05, "SEMVER", "golang"),
    ("Packagist", 0.05, "ECOSYSTEM", "composer"),
    ("RubyGems", 0.03, "ECOSYSTEM", "gem"),
    ("NuGet", 0.03, "ECOSYSTEM", "nuget"),
    ("crates.io", 0.02, "SEMVER", "cargo"),
]

DEBIAN_RELEASES = [("11", "bullseye", "deb11u"), ("12", "bookworm", "deb12u"), ("13", "trixie", "deb13u")]
UBUNTU_RELEASES = [("20.04:LTS", "20.04"), ("22.04:LTS", "22.04"), ("24.04:LTS", "24.04"), ("24.10", "24.10")]

SYLLABLES = (
    "ax al an ar ba be bi bo ca ce co cu da de di do el en er fa fe fi fo ga ge go "
    "ha he hi ho io ja ka ke ki ko la le li lo lu ma me mi mo mu na ne ni no nu "
    "pa pe pi po qu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo wa "
    "xe yo za ze zo"
).split()
WORDS = (
    "http json yaml xml parse parser core util utils client server auth token "
    "crypto cache config log logger stream async rpc grpc proto image png jpeg "
    "zip tar gzip archive template render markdown html css sql db orm redis "
    "mongo kafka queue worker task cron test mock cli shell path glob regex url "
    "uri mime mail smtp socket ws websocket tls ssl cert jwt oauth saml ldap "
    "session cookie csrf form upload file fs watch sync net dns proxy router "
    "middleware api rest graph query schema valid validator serialize codec "
    "buffer bytes string text i18n locale time date math big decimal uuid hash "
    "sign key vault secret env dotenv build bundle loader plugin sdk driver"
).split()
VENDORS = (
    "acme apache google microsoft amazon oracle redhat netflix twitter facebook "
    "hashicorp elastic spring square uber shopify stripe mozilla jetbrains "
    "alibaba tencent baidu vmware cisco ibm intel nvidia adobe atlassian"
).split()
DEB_PREFIXES = ["lib", "python3-", "node-", "golang-", "ruby-", "php-", "perl-lib", "", "", ""]
CWE = ["CWE-79", "CWE-20", "CWE-22", "CWE-78", "CWE-89", "CWE-94", "CWE-119", "CWE-125",
       "CWE-200", "CWE-287", "CWE-352", "CWE-400", "CWE-416", "CWE-434", "CWE-502",
       "CWE-601", "CWE-770", "CWE-787", "CWE-918", "CWE-1321"]
PROBLEMS = [
    ("Cross-site scripting", "does not sanitise user input before rendering it, allowing cross-site scripting (XSS) through crafted {thing}."),
    ("Denial of service", "can be made to consume unbounded memory or CPU when parsing crafted {thing}, leading to a denial of service."),
    ("Path traversal", "does not validate file paths in {thing}, allowing an attacker to read or write files outside the intended directory."),
    ("Prototype pollution", "allows prototype pollution through crafted {thing}, which may lead to remote code execution."),
    ("SQL injection", "builds SQL queries from {thing} without escaping, allowing SQL injection."),
    ("Server-side request forgery", "follows attacker-controlled URLs in {thing}, allowing server-side request forgery."),
    ("Regular expression denial of service", "uses a regular expression with catastrophic backtracking on {thing} (ReDoS)."),
    ("Improper certificate validation", "does not verify the hostname of TLS certificates when handling {thing}."),
    ("Deserialisation of untrusted data", "deserialises {thing} without restricting types, allowing remote code execution."),
    ("Out-of-bounds read", "reads past the end of a buffer when decoding crafted {thing}."),
    ("Use after free", "frees an object still referenced while handling {thing}, leading to memory corruption."),
    ("Malicious code in package", "contains code that exfiltrates environment variables and credentials to a remote host when {thing} are processed."),
]
THINGS = ["headers", "archives", "JSON documents", "YAML files", "URLs", "cookies",
          "query strings", "file names", "templates", "images", "certificates", "tokens"]
CVSS_AV = ["N", "N", "N", "A", "L"]
CVSS_LOW_HIGH = ["L", "H"]


class FastRandom(random.Random):
    """random.Random with cheaper choice and randint (the generator calls
    them millions of times; exact uniformity does not matter here)."""

    def choice(self, seq):
        return seq[int(self.random() * len(seq))]

    def randint(self, a, b):
        return a + int(self.random() * (b - a + 1))


def popular_index(rng: random.Random, n: int) -> int:
    """An index in [0, n) with a long-tailed popularity: P(k) is about
    1 / (k + c) with c = n / 200, so the most popular package has about
    0.1% of an ecosystem's records (some hundred at full scale, like the
    most vulnerable real packages) and most packages have one to three."""
    c = max(1.0, n / 200)
    return min(n - 1, int(c * ((n + c) / c) ** rng.random() - c))


def name_word(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return rng.choice(WORDS)
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))


def package_name(eco: str, rng: random.Random) -> str:
    w = name_word
    if eco == "npm":
        base = w(rng) if rng.random() < 0.4 else f"{w(rng)}-{w(rng)}"
        if rng.random() < 0.25:
            return f"@{rng.choice(VENDORS)}/{base}"
        return base
    if eco == "PyPI":
        sep = rng.choice(["-", "_", ".", "-", ""])
        base = f"{w(rng)}{sep}{w(rng)}" if rng.random() < 0.7 else w(rng)
        return base.title() if rng.random() < 0.2 else base
    if eco == "Maven":
        vendor = rng.choice(VENDORS)
        group = f"{rng.choice(['org', 'com', 'io'])}.{vendor}.{w(rng)}"
        return f"{group}:{w(rng)}-{rng.choice(['core', 'api', 'client', 'common', 'server', w(rng)])}"
    if eco == "Go":
        host = rng.choice(["github.com", "github.com", "github.com", "gitlab.com", "golang.org/x", "go.etcd.io", "k8s.io"])
        if host in ("golang.org/x", "k8s.io", "go.etcd.io"):
            path = f"{host}/{w(rng)}"
        else:
            path = f"{host}/{rng.choice(VENDORS)}{rng.randint(0, 99)}/{w(rng)}"
        if rng.random() < 0.2:
            path += f"/v{rng.randint(2, 5)}"
        return path
    if eco == "crates.io":
        sep = rng.choice(["-", "_", ""])
        return f"{w(rng)}{sep}{w(rng)}" if rng.random() < 0.6 else w(rng)
    if eco == "RubyGems":
        return f"{w(rng)}-{w(rng)}" if rng.random() < 0.5 else f"{w(rng)}_{w(rng)}"
    if eco == "Packagist":
        return f"{rng.choice(VENDORS)}/{w(rng)}-{w(rng)}"
    if eco == "NuGet":
        return ".".join(part.title() for part in [rng.choice(VENDORS), w(rng), w(rng)][: rng.randint(2, 3)])
    # Debian, Ubuntu: source package names.
    return f"{rng.choice(DEB_PREFIXES)}{w(rng)}{rng.choice(['', '', str(rng.randint(1, 3)), '-' + w(rng)])}"


def version(eco: str, rng: random.Random, major: int, minor: int, patch: int) -> str:
    if eco in ("Debian", "Ubuntu"):
        rev = rng.randint(1, 9)
        return f"{major}.{minor}.{patch}-{rev}"
    if eco == "Maven" and rng.random() < 0.3:
        return f"{major}.{minor}.{patch}.{rng.randint(1, 9)}"
    if eco == "PyPI" and rng.random() < 0.1:
        return f"{major}.{minor}.{patch}{rng.choice(['rc1', 'b2', '.post1', 'a1'])}"
    if eco == "NuGet" and rng.random() < 0.2:
        return f"{major}.{minor}.{patch}.0"
    return f"{major}.{minor}.{patch}"


def distro_fix(eco: str, fixed: str, rng: random.Random, release) -> str:
    if eco == "Debian":
        return f"{fixed}+{release[2]}{rng.randint(1, 5)}"
    if eco == "Ubuntu":
        return f"{fixed}ubuntu0.{rng.randint(1, 5)}"
    return fixed


def cvss(rng: random.Random) -> str:
    c, i, a = (rng.choice(["N", "L", "H", "H"]) for _ in range(3))
    return (
        f"CVSS:3.{rng.choice([0, 1, 1])}/AV:{rng.choice(CVSS_AV)}/AC:{rng.choice(CVSS_LOW_HIGH)}"
        f"/PR:{rng.choice(['N', 'N', 'L', 'H'])}/UI:{rng.choice(['N', 'N', 'R'])}/S:{rng.choice(['U', 'U', 'C'])}"
        f"/C:{c}/I:{i}/A:{a}"
    )


GHSA_CHARS = "23456789cfghjmpqrvwx"


def ghsa(rng: random.Random) -> str:
    return "GHSA-" + "-".join("".join(rng.choice(GHSA_CHARS) for _ in range(4)) for _ in range(3))


def timestamp(rng: random.Random, year_from: int = 2015) -> str:
    year = rng.randint(year_from, 2025)
    return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"


class Generator:
    def __init__(self, eco: str, range_type: str, purl_type: str, count: int, seed: int):
        self.eco = eco
        self.range_type = range_type
        self.purl_type = purl_type
        self.count = count
        self.rng = FastRandom(f"{seed}/{eco}")
        # About three records per package on average, long-tailed.
        self.packages = [package_name(eco, self.rng) for _ in range(max(1, count // 3))]
        self.serial = 0
        # (package, ecosystem suffix, a version inside a range, the fix) for
        # SBOMs: one per package (not per record), so that SBOM components
        # hit packages evenly rather than mostly the most vulnerable ones.
        self.hits: list[tuple[str, str, str, str]] = []
        self.hit_names: set[str] = set()

    def record_id(self, year: int) -> str:
        self.serial += 1
        rng, eco = self.rng, self.eco
        if eco == "npm" and rng.random() < 0.5:
            return f"MAL-{year}-{self.serial}"
        if eco == "PyPI" and rng.random() < 0.4:
            return f"PYSEC-{year}-{self.serial}"
        if eco == "Go":
            return f"GO-{year}-{self.serial:04d}"
        if eco == "crates.io":
            return f"RUSTSEC-{year}-{self.serial:04d}"
        if eco == "Debian":
            return f"DEBIAN-CVE-{year}-{self.serial:05d}" if rng.random() < 0.7 else f"DSA-{self.serial}-1"
        if eco == "Ubuntu":
            return f"UBUNTU-CVE-{year}-{self.serial:05d}"
        return ghsa(rng)

    def ranges(self, ecosystem: str, release):
        """One affected entry's ranges and versions, and a version inside."""
        rng, eco = self.rng, self.eco
        major = rng.choice([0, 1, 1, 2, 2, 3, 4, 5, 7, 10])
        minor = rng.randint(0, 20)
        events = []
        versions = []
        intervals = 2 if rng.random() < 0.15 else 1
        inside = None
        fix = None
        for n in range(intervals):
            lo_minor = minor + n * 5
            introduced = "0" if (n == 0 and rng.random() < 0.45) else version(eco, rng, major, lo_minor, 0)
            fixed = version(eco, rng, major, lo_minor + rng.randint(1, 4), rng.randint(0, 9))
            fixed = distro_fix(eco, fixed, rng, release)
            inside = version(eco, rng, major, lo_minor, rng.randint(0, 3))
            events.append({"introduced": introduced})
            roll = rng.random()
            if roll < 0.80:
                events.append({"fixed": fixed})
                fix = fixed
            elif roll < 0.90:
                events.append({"last_affected": inside})
            # else: no fix yet (only when it is the last interval, to stay valid)
            elif n + 1 < intervals:
                events.append({"fixed": fixed})
        if eco in ("PyPI", "RubyGems", "Packagist", "NuGet", "Maven") and rng.random() < 0.3:
            versions = [version(eco, rng, major, minor, p) for p in range(rng.randint(1, 12))]
        return [{"type": self.range_type, "events": events}], versions, inside, fix

    def purl(self, name: str, release=None) -> str:
        t = self.purl_type
        if t == "npm" and name.startswith("@"):
            return "pkg:npm/%40" + name[1:]
        if t == "maven":
            group, artifact = name.split(":", 1)
            return f"pkg:maven/{group}/{artifact}"
        if t == "deb":
            distro = "debian" if self.eco == "Debian" else "ubuntu"
            return f"pkg:deb/{distro}/{name}"
        if t == "pypi":
            return f"pkg:pypi/{name.lower().replace('_', '-').replace('.', '-')}"
        return f"pkg:{t}/{name}"

    def record(self) -> dict:
        rng, eco = self.rng, self.eco
        year = rng.randint(2015, 2025)
        rid = self.record_id(year)
        modified = timestamp(rng, year)
        aliases = []
        if not rid.startswith("MAL-"):
            if rng.random() < 0.75:
                aliases.append(f"CVE-{year}-{rng.randint(1000, 52000)}")
            if not rid.startswith("GHSA-") and eco not in ("Debian", "Ubuntu") and rng.random() < 0.4:
                aliases.append(ghsa(rng))
        title, text = rng.choice(PROBLEMS[:-1] if not rid.startswith("MAL-") else PROBLEMS[-1:])
        thing = rng.choice(THINGS)
        affected = []
        release = None
        for _ in range(1 if rng.random() < 0.9 else rng.randint(2, 3)):
            name = self.packages[popular_index(rng, len(self.packages))]
            if eco == "Debian":
                release = rng.choice(DEBIAN_RELEASES)
                ecosystem = f"Debian:{release[0]}"
            elif eco == "Ubuntu":
                release = rng.choice(UBUNTU_RELEASES)
                ecosystem = f"Ubuntu:{release[0]}"
            else:
                ecosystem = eco
            if rid.startswith("MAL-"):
                ranges = [{"type": "SEMVER", "events": [{"introduced": "0"}]}]
                versions, inside, fix = [version(eco, rng, 1, 0, rng.randint(0, 9))], None, None
            else:
                ranges, versions, inside, fix = self.ranges(ecosystem, release)
            entry = {
                "package": {"ecosystem": ecosystem, "name": name, "purl": self.purl(name, release)},
                "ranges": ranges,
            }
            if versions:
                entry["versions"] = versions
            if eco == "Go":
                entry["ecosystem_specific"] = {"imports": [{"path": name, "symbols": [f"{name_word(rng).title()}.{name_word(rng).title()}"]}]}
            affected.append(entry)
            if inside is not None and name not in self.hit_names and len(self.hits) < 20000 and rng.random() < 0.5:
                self.hit_names.add(name)
                self.hits.append((name, ecosystem, inside, fix or ""))
        record = {
            "schema_version": "1.6.0",
            "id": rid,
            "modified": modified,
            "published": modified[:10] + "T00:00:00Z",
            "aliases": aliases,
            "summary": f"{title} in {affected[0]['package']['name']}",
            "details": (
                f"{affected[0]['package']['name']} {text.format(thing=thing)} "
                f"An attacker who can supply {thing} to an application using the affected versions "
                f"can exploit this remotely. Upgrade to a fixed version; no workaround is known."
            ),
            "affected": affected,
            "references": [
                {"type": "ADVISORY", "url": f"https://nvd.nist.gov/vuln/detail/{aliases[0]}" if aliases else f"https://osv.dev/vulnerability/{rid}"},
                {"type": "WEB", "url": f"https://github.com/{rng.choice(VENDORS)}/{name_word(rng)}/issues/{rng.randint(1, 9999)}"},
            ]
            + ([{"type": "FIX", "url": f"https://github.com/{rng.choice(VENDORS)}/{name_word(rng)}/commit/{rng.getrandbits(160):040x}"}] if rng.random() < 0.6 else []),
        }
        if rng.random() < 0.6 and not rid.startswith("MAL-"):
            record["severity"] = [{"type": "CVSS_V3", "score": cvss(rng)}]
        if rid.startswith("GHSA-"):
            record["database_specific"] = {
                "cwe_ids": [rng.choice(CWE)],
                "severity": rng.choice(["LOW", "MODERATE", "HIGH", "CRITICAL"]),
                "github_reviewed": True,
            }
        if rng.random() < 0.003:
            record["withdrawn"] = modified
        return record


def write_zip(path: str, gen: Generator) -> int:
    """Writes gen.count records as a deflated zip (ZIP64 end records when
    there are more than 65,535 entries). zipfile's writer seeks back over
    every local header; this one streams, which is several times faster."""
    size = 0
    dumps = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode
    central = []
    offset = 0
    local = struct.Struct("<IHHHHHIIIHH")
    with open(path, "wb") as out:
        for _ in range(gen.count):
            record = gen.record()
            data = dumps(record).encode()
            name = (record["id"] + ".json").encode()
            crc = zlib.crc32(data)
            packed = zlib.compress(data, 1, wbits=-15)
            # version 2.0, UTF-8 names, deflate, DOS time 00:00 1980-01-01
            out.write(local.pack(0x04034B50, 20, 0x800, 8, 0, 0x21, crc, len(packed), len(data), len(name), 0))
            out.write(name)
            out.write(packed)
            central.append(
                struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0x800, 8, 0, 0x21, crc,
                            len(packed), len(data), len(name), 0, 0, 0, 0, 0o100644 << 16, offset)
                + name
            )
            offset += local.size + len(name) + len(packed)
            size += len(data)
        directory = b"".join(central)
        count = len(central)
        out.write(directory)
        end = offset + len(directory)
        if count > 0xFFFF:
            out.write(struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, count, count, len(directory), offset))
            out.write(struct.pack("<IIQI", 0x07064B50, 0, end, 1))
        out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, min(count, 0xFFFF), min(count, 0xFFFF), len(directory), offset, 0))
    return size


def generate(job) -> tuple[int, list]:
    """One ecosystem's archive, in a worker process."""
    eco, range_type, purl_type, count, seed, path = job
    gen = Generator(eco, range_type, purl_type, count, seed)
    return write_zip(path, gen), gen.hits


def component_purl(gen: Generator, name: str, ecosystem: str, ver: str) -> str:
    base = gen.purl(name)
    if gen.eco == "Debian":
        return f"{base}@{ver}?distro=debian-{ecosystem.split(':')[1]}"
    if gen.eco == "Ubuntu":
        return f"{base}@{ver}?distro=ubuntu-{ecosystem.split(':')[1]}"
    if gen.eco == "Go":
        return f"{base}@v{ver}"
    return f"{base}@{ver}"


def write_sbom(path: str, size: int, gens: list[Generator], rng: random.Random) -> None:
    """A CycloneDX 1.5 SBOM: about 30% of the components name a vulnerable
    package at a version inside a range, 10% the same packages at their fixed
    versions, the rest packages that are not in the corpus."""
    components = []
    seen = set()
    weights = [g.count for g in gens]
    while len(components) < size:
        gen = rng.choices(gens, weights)[0]
        roll = rng.random()
        if roll < 0.4 and gen.hits:
            name, ecosystem, inside, fix = rng.choice(gen.hits)
            ver = fix if (roll >= 0.3 and fix) else inside
        else:
            name, ecosystem = package_name(gen.eco, rng) + "-unlisted", gen.eco + (":12" if gen.eco == "Debian" else ":22.04:LTS" if gen.eco == "Ubuntu" else "")
            ver = version(gen.eco, rng, rng.randint(0, 5), rng.randint(0, 20), rng.randint(0, 9))
        purl = component_purl(gen, name, ecosystem, ver)
        if purl in seen:
            continue
        seen.add(purl)
        components.append({
            "type": "library",
            "bom-ref": purl,
            "name": name.rsplit("/", 1)[-1].split(":")[-1],
            "version": ver,
            "purl": purl,
        })
    bom = {
        "bomFormat": "CycloneDX",
        "specVersion": "1.5",
        "serialNumber": f"urn:uuid:{uuid.UUID(int=rng.getrandbits(128), version=4)}",
        "version": 1,
        "metadata": {
            "timestamp": "2026-01-01T00:00:00Z",
            "component": {"type": "firmware", "bom-ref": "device-firmware", "name": "synthetic-device-firmware", "version": "1.0.0"},
        },
        "components": components,
        "dependencies": [{"ref": "device-firmware", "dependsOn": [c["bom-ref"] for c in components]}],
    }
    with open(path, "w", encoding="utf-8") as out:
        json.dump(bom, out, indent=1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, help="output directory")
    parser.add_argument("--records", type=int, default=520_000, help="records in all (default 520000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes (default: all cores)")
    args = parser.parse_args()
    if args.records < len(ECOSYSTEMS):
        parser.error(f"--records must be at least {len(ECOSYSTEMS)}")

    started = time.monotonic()
    osv_dir = os.path.join(args.out, "osv")
    os.makedirs(osv_dir, exist_ok=True)
    counts = [max(1, round(args.records * share)) for _, share, _, _ in ECOSYSTEMS]
    counts[0] += args.records - sum(counts)
    jobs = [
        (eco, range_type, purl_type, count, args.seed, os.path.join(osv_dir, f"{eco}-all.zip"))
        for (eco, _, range_type, purl_type), count in zip(ECOSYSTEMS, counts)
    ]
    gens = []
    total_json = 0
    with ProcessPoolExecutor(max_workers=max(1, min(args.jobs, len(jobs)))) as pool:
        for job, (json_size, hits) in zip(jobs, pool.map(generate, jobs)):
            eco, range_type, purl_type, count = job[:4]
            gen = Generator(eco, range_type, purl_type, 0, args.seed)
            gen.count, gen.hits = count, hits
            gens.append(gen)
            total_json += json_size
            print(f"  {eco:10} {count:7d} records", file=sys.stderr)
    rng = FastRandom(f"{args.seed}/sbom")
    for size in (100, 1000, 10000):
        write_sbom(os.path.join(args.out, f"sbom-{size}.cdx.json"), size, gens, rng)
    zipped = sum(os.path.getsize(os.path.join(osv_dir, f)) for f in os.listdir(osv_dir))
    print(
        f"{args.records} records ({total_json / 1e6:.0f} MB of JSON, {zipped / 1e6:.0f} MB zipped) "
        f"and 3 SBOMs in {args.out} in {time.monotonic() - started:.1f} s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
