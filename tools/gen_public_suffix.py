#!/usr/bin/env python3
"""Generate include/cors/detail/public_suffix_table.hpp from the Public Suffix List.

Usage:
    python3 tools/gen_public_suffix.py [PSL_DAT] [-o OUTPUT] [--source-note TEXT] [--check]

PSL_DAT defaults to the copy kept in the repository,
tools/data/public_suffix_list.dat (the upstream list; see tools/data/README.md).
Any file in the PSL format works, e.g. Debian's
/usr/share/publicsuffix/public_suffix_list.dat (package `publicsuffix`).
OUTPUT defaults to include/cors/detail/public_suffix_table.hpp relative to the
repository root (the parent of this script's directory).  Standard library only.
With --check, nothing is written: the exit status is 1 when OUTPUT differs from
what PSL_DAT generates (the source note is then taken from OUTPUT unless given).

Processing:
  * rules are read per the PSL format: a line is read up to its first
    whitespace, lines starting with "//" are comments;
  * only rules inside the ===BEGIN/END ICANN DOMAINS=== and
    ===BEGIN/END PRIVATE DOMAINS=== sections are kept;
  * each label is converted to its A-label with Python's `idna` codec
    (IDNA 2003 ToASCII), then lower-cased; a rule that fails conversion or
    validation is skipped and counted;
  * rules are classified as plain ("x.y"), wildcard ("*.x.y", stored as
    "x.y") and exception ("!z.x.y", stored as "z.x.y"), de-duplicated and
    sorted by byte value (the order of std::string_view::compare).

Output representation (cheap to compile, allocation-free lookup):
  * all rule texts are packed into a few string literals ("chunks") of at
    most CHUNK_LIMIT bytes each (MSVC limits a string literal to 64 KiB);
    a rule whose text already occurs inside a chunk reuses those bytes;
  * each rule is one std::uint32_t: chunk index (bits 24..31), byte offset
    in the chunk (bits 8..23), length (bits 0..7);
  * three sorted std::uint32_t arrays (plain, wildcard, exception) are
    binary-searched by cors::detail::is_public_suffix();
  * a fourth sorted array, psl_below, lists every domain that has a rule
    strictly below it: every proper parent domain of a plain rule, and every
    wildcard base "x" of a rule "*.x" together with its parents (exception
    rules always sit below a wildcard base; the generator checks it, so they
    add nothing).  cors::detail::public_suffix_below() answers "is some domain
    below X a public suffix?" with one binary search in it.  Each entry has a
    witness, a rule below it to name in diagnostics (psl_below_witness, with
    psl_below_witness_wildcard saying whether it is "*.<witness>"): the one
    with the fewest labels, then the shortest, then the first in byte order.
    Every entry is a suffix of some rule, so its text reuses rule bytes.
"""

import argparse
import hashlib
import os
import re
import sys

DEFAULT_INPUT = os.path.join("tools", "data", "public_suffix_list.dat")
DEBIAN_INPUT = "/usr/share/publicsuffix/public_suffix_list.dat"
CHUNK_LIMIT = 60000          # bytes per string literal (< 65535 for MSVC)
MAX_CHUNKS = 256             # 8-bit chunk index
MAX_LEN = 255                # 8-bit length
LABEL_RE = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\Z")

SECTION_MARKERS = {
    "// ===BEGIN ICANN DOMAINS===": ("begin", "ICANN"),
    "// ===END ICANN DOMAINS===": ("end", "ICANN"),
    "// ===BEGIN PRIVATE DOMAINS===": ("begin", "PRIVATE"),
    "// ===END PRIVATE DOMAINS===": ("end", "PRIVATE"),
}


class SkipRule(Exception):
    pass


def to_a_labels(name):
    """Convert a dotted (possibly Unicode) name to lower-case A-labels."""
    out = []
    for label in name.split("."):
        if not label:
            raise SkipRule("empty label")
        if "*" in label or "!" in label:
            raise SkipRule("'*' or '!' in an unsupported position")
        try:
            a = label.encode("idna").decode("ascii")
        except (UnicodeError, ValueError) as e:
            raise SkipRule("idna conversion failed: %s" % e)
        a = a.lower()
        if len(a) > 63 or not LABEL_RE.match(a):
            raise SkipRule("invalid A-label %r" % a)
        out.append(a)
    result = ".".join(out)
    if len(result) > 253:
        raise SkipRule("name longer than 253 octets")
    return result


def parse(path):
    with open(path, "rb") as f:
        raw = f.read()
    text = raw.decode("utf-8")
    sha256 = hashlib.sha256(raw).hexdigest()

    header_meta = []          # VERSION/COMMIT/date lines in the leading comment block
    section = None
    rules = []                # (section, rule text as written)
    outside = 0
    seen_rule = False
    for line in text.splitlines():
        stripped = line.strip()
        marker = SECTION_MARKERS.get(stripped)
        if marker:
            kind, name = marker
            if kind == "begin":
                section = name
            elif section == name:
                section = None
            continue
        if not stripped:
            continue
        if stripped.startswith("//"):
            if not seen_rule:
                m = re.match(r"//\s*(VERSION|COMMIT|DATE)\s*:\s*(.*)", stripped, re.I)
                if m:
                    header_meta.append("%s: %s" % (m.group(1).upper(), m.group(2).strip()))
            continue
        seen_rule = True
        rule = stripped.split()[0]
        if section is None:
            outside += 1
            continue
        rules.append((section, rule))
    return rules, outside, header_meta, sha256, len(raw)


def classify(rules):
    tables = {"plain": set(), "wildcard": set(), "exception": set()}
    stats = {
        "read": len(rules),
        "ICANN": 0, "PRIVATE": 0,
        "unicode_converted": 0,
        "duplicates": 0,
        "skipped": [],
    }
    for section, rule in rules:
        stats[section] += 1
        if rule.startswith("!"):
            kind, body = "exception", rule[1:]
        elif rule.startswith("*."):
            kind, body = "wildcard", rule[2:]
        else:
            kind, body = "plain", rule
        try:
            name = to_a_labels(body)
            if kind == "exception" and "." not in name:
                raise SkipRule("exception rule with a single label")
        except SkipRule as e:
            stats["skipped"].append((rule, str(e)))
            continue
        if not body.isascii():
            stats["unicode_converted"] += 1
        if name in tables[kind]:
            stats["duplicates"] += 1
        tables[kind].add(name)
    return {k: sorted(v) for k, v in tables.items()}, stats


def below(tables):
    """Every domain with a rule strictly below it -> the witness (rule, is_wildcard).

    A plain rule "a.b.c" lies below "b.c" and "c"; a wildcard rule "*.b.c"
    (stored as "b.c") lies below "b.c" and "c".  Exception rules are not
    needed: each must sit directly below a wildcard base, which is checked
    here, so whatever an exception lies below, that wildcard rule lies at or
    below too.
    """
    wild = set(tables["wildcard"])
    for e in tables["exception"]:
        parent = e.split(".", 1)[1]
        if parent not in wild:
            raise SystemExit("exception rule !%s has no wildcard rule *.%s above it; "
                             "public_suffix_below() assumes it does" % (e, parent))

    def key(rule, wildcard):
        shown = ("*." + rule) if wildcard else rule
        return (shown.count(".") + 1, len(shown), shown)

    best = {}
    for kind, first in (("plain", 1), ("wildcard", 0)):
        wildcard = kind == "wildcard"
        for rule in tables[kind]:
            labels = rule.split(".")
            for i in range(first, len(labels)):
                domain = ".".join(labels[i:])
                cand = (key(rule, wildcard), rule, wildcard)
                if domain not in best or cand < best[domain]:
                    best[domain] = cand
    return {d: (c[1], c[2]) for d, c in sorted(best.items())}


def pack(tables, extra=()):
    """Pack all names into chunks; return (chunks, {name: encoded uint32})."""
    names = set(extra)
    for v in tables.values():
        names.update(v)
    # Longest first so shorter names can reuse bytes of longer ones;
    # ties broken alphabetically for a deterministic output.
    order = sorted(names, key=lambda s: (-len(s), s))
    chunks = [[]]             # list of lists of pieces
    chunk_text = [""]
    enc = {}
    for name in order:
        if len(name) > MAX_LEN:
            raise SystemExit("rule too long for the 8-bit length field: %r" % name)
        hit = None
        for ci, t in enumerate(chunk_text):
            pos = t.find(name)
            if pos >= 0:
                hit = (ci, pos)
                break
        if hit is None:
            if len(chunk_text[-1]) + len(name) > CHUNK_LIMIT:
                chunks.append([])
                chunk_text.append("")
                if len(chunks) > MAX_CHUNKS:
                    raise SystemExit("too many chunks")
            ci = len(chunks) - 1
            hit = (ci, len(chunk_text[ci]))
            chunks[ci].append(name)
            chunk_text[ci] += name
        ci, pos = hit
        assert pos <= 0xFFFF
        enc[name] = (ci << 24) | (pos << 8) | len(name)
    return chunks, chunk_text, enc


def cxx_literal_lines(pieces, width=100):
    """Split the chunk into adjacent string literals of ~width characters."""
    lines, cur = [], ""
    for p in pieces:
        if cur and len(cur) + len(p) > width:
            lines.append(cur)
            cur = ""
        cur += p
    if cur:
        lines.append(cur)
    return ['    "%s"' % l for l in lines] or ['    ""']


def render(args, tables, stats, below_table, chunks, chunk_text, enc, outside, header_meta, sha256, size):
    n_plain = len(tables["plain"])
    n_wild = len(tables["wildcard"])
    n_exc = len(tables["exception"])
    for k, v in tables.items():
        if not v:
            raise SystemExit("no %s rules found; refusing to write an empty table" % k)
    data_bytes = sum(len(t) for t in chunk_text)
    raw_bytes = sum(len(n) for v in tables.values() for n in v)

    cmd = "python3 tools/gen_public_suffix.py %s -o include/cors/detail/public_suffix_table.hpp" % args.input
    if args.source_note:
        cmd += " --source-note '%s'" % args.source_note.replace("'", "'\\''")

    o = []
    w = o.append
    w("// GENERATED FILE - DO NOT EDIT.")
    w("//")
    w("// Public Suffix List table for cors::detail::is_public_suffix()")
    w("// (see public_suffix.hpp).")
    w("//")
    w("// Source file : %s" % args.input)
    if args.source_note:
        w("// Source note : %s" % args.source_note)
    if header_meta:
        for m in header_meta:
            w("// Source %s" % m)
    else:
        w("// Source version/date: (no VERSION/COMMIT/DATE line in the file header)")
    w("// Source size : %d bytes, sha256 %s" % (size, sha256))
    w("// The PSL is (c) Mozilla Foundation and contributors, MPL-2.0:")
    w("// https://publicsuffix.org/list/public_suffix_list.dat")
    w("//")
    w("// Rules read  : %d (ICANN %d, PRIVATE %d); %d outside both sections ignored"
      % (stats["read"], stats["ICANN"], stats["PRIVATE"], outside))
    w("// Unicode rules converted to A-labels (punycode): %d" % stats["unicode_converted"])
    w("// Skipped (conversion/validation failures): %d" % len(stats["skipped"]))
    for rule, why in stats["skipped"]:
        w("//   skipped %s: %s" % (ascii(rule), ascii(why)))
    w("// Duplicates after normalisation: %d" % stats["duplicates"])
    w("// Emitted     : %d plain, %d wildcard (*.x, stored as x), %d exception (!y.x, stored as y.x)"
      % (n_plain, n_wild, n_exc))
    w("// Below       : %d domains with a rule strictly below them (psl_below)" % len(below_table))
    w("// Packed text : %d bytes in %d chunk(s) (%d bytes before substring sharing)"
      % (data_bytes, len(chunks), raw_bytes))
    w("//")
    w("// Regenerate (from the repository root):")
    w("//   %s" % cmd)
    w("// Any PSL file works, e.g. Debian's %s (package `publicsuffix`)." % DEBIAN_INPUT)
    w("//")
    w("// Representation: every rule is one std::uint32_t")
    w("//   (chunk index << 24) | (byte offset in chunk << 8) | length")
    w("// pointing into one of the psl_chunk_* string literals. The psl_plain, psl_wildcard,")
    w("// psl_exception and psl_below arrays are sorted by std::string_view::compare order,")
    w("// for binary search; psl_below_witness and psl_below_witness_wildcard are parallel")
    w("// to psl_below.")
    w("")
    w("#pragma once")
    w("")
    w("#include <cstddef>")
    w("#include <cstdint>")
    w("")
    w("namespace cors { inline namespace v1 { namespace detail {")
    w("")
    for i, pieces in enumerate(chunks):
        w("inline constexpr char psl_chunk_%d[] =" % i)
        lines = cxx_literal_lines(pieces)
        lines[-1] += ";"
        o.extend(lines)
        w("")
    w("inline constexpr const char* psl_chunks[] = {%s};"
      % ", ".join("psl_chunk_%d" % i for i in range(len(chunks))))
    w("")
    w("inline constexpr std::size_t psl_plain_count = %d;" % n_plain)
    w("inline constexpr std::size_t psl_wildcard_count = %d;" % n_wild)
    w("inline constexpr std::size_t psl_exception_count = %d;" % n_exc)
    w("inline constexpr std::size_t psl_below_count = %d;" % len(below_table))
    w("")

    def table(name, values, comment):
        w("// %s" % comment)
        w("inline constexpr std::uint32_t %s[] = {" % name)
        nums = ["0x%08xu" % enc[v] for v in values]
        for i in range(0, len(nums), 8):
            w("    " + ", ".join(nums[i:i + 8]) + ",")
        w("};")
        w("")

    table("psl_plain", tables["plain"], "Plain rules, e.g. \"co.uk\".")
    table("psl_wildcard", tables["wildcard"], "Wildcard rules \"*.x\", stored as \"x\".")
    table("psl_exception", tables["exception"], "Exception rules \"!y.x\", stored as \"y.x\".")
    domains = list(below_table)
    table("psl_below", domains,
          "Domains with a rule strictly below them (a plain rule under it, or a wildcard rule \"*.x\"\n"
          "// with x the domain itself or under it).")
    table("psl_below_witness", [below_table[d][0] for d in domains],
          "For each psl_below entry, a rule below it (fewest labels, then shortest).")
    w("// For each psl_below entry, 1 when its witness is the wildcard rule \"*.<witness>\".")
    w("inline constexpr std::uint8_t psl_below_witness_wildcard[] = {")
    flags = ["1" if below_table[d][1] else "0" for d in domains]
    for i in range(0, len(flags), 32):
        w("    " + ", ".join(flags[i:i + 32]) + ",")
    w("};")
    w("")
    w("}}} // namespace cors::v1::detail")
    return "\n".join(o) + "\n"


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("input", nargs="?", default=None,
                    help="public_suffix_list.dat (default: %s in the repository; Debian's is %s)"
                    % (DEFAULT_INPUT, DEBIAN_INPUT))
    ap.add_argument("-o", "--output",
                    default=os.path.join(root, "include", "cors", "detail", "public_suffix_table.hpp"),
                    help="header to write (default: %(default)s)")
    ap.add_argument("--source-note", default="",
                    help="free text recorded in the header, e.g. the package version / snapshot date")
    ap.add_argument("--check", action="store_true",
                    help="write nothing; exit 1 when OUTPUT is not what PSL_DAT generates")
    args = ap.parse_args(argv)
    if args.input is None:
        args.input = os.path.join(root, DEFAULT_INPUT)
    read_from = args.input
    # Record a file inside the repository by its path from the root, so the header does not
    # depend on where the repository was checked out.
    absolute = os.path.abspath(args.input)
    if os.path.commonpath([absolute, root]) == root:
        args.input = os.path.relpath(absolute, root)

    rules, outside, header_meta, sha256, size = parse(read_from)
    tables, stats = classify(rules)
    below_table = below(tables)
    chunks, chunk_text, enc = pack(tables, below_table.keys())

    # Self-check: every encoded entry decodes back to its name.
    for v in list(tables.values()) + [list(below_table)]:
        for name in v:
            e = enc[name]
            t = chunk_text[e >> 24]
            off, ln = (e >> 8) & 0xFFFF, e & 0xFF
            assert t[off:off + ln] == name, name

    if args.check:
        try:
            with open(args.output, encoding="ascii", newline="") as f:
                current = f.read()
        except OSError as e:
            print("%s: cannot read: %s" % (args.output, e), file=sys.stderr)
            return 1
        if not args.source_note:
            m = re.search(r"^// Source note : (.*)$", current, re.M)
            args.source_note = m.group(1) if m else ""
        text = render(args, tables, stats, below_table, chunks, chunk_text, enc, outside, header_meta, sha256, size)
        if text != current:
            print("%s is not what %s generates; regenerate it (see its header)" % (args.output, args.input),
                  file=sys.stderr)
            return 1
        print("%s is up to date with %s" % (args.output, args.input), file=sys.stderr)
        return 0

    text = render(args, tables, stats, below_table, chunks, chunk_text, enc, outside, header_meta, sha256, size)
    with open(args.output, "w", encoding="ascii", newline="\n") as f:
        f.write(text)
    print("wrote %s: %d plain, %d wildcard, %d exception, %d below; %d unicode converted; %d skipped; "
          "%d duplicates; %d outside sections"
          % (args.output, len(tables["plain"]), len(tables["wildcard"]), len(tables["exception"]), len(below_table),
             stats["unicode_converted"], len(stats["skipped"]), stats["duplicates"], outside),
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
