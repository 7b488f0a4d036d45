#!/usr/bin/env python3
"""Every relative link of README.md, benchmarks/README.md and docs/*.md names a file that exists
and, for a #fragment into a Markdown file, one of its headings (GitHub's anchor rule: lower
case, punctuation dropped, spaces to '-'). Links inside code blocks are not links.
    check_links.py SOURCE_DIR"""
import glob
import os
import re
import sys

source = sys.argv[1]
fence = re.compile(r"^```.*?^```", re.S | re.M)


def slug(heading):
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def anchors(path):
    text = fence.sub("", open(path, encoding="utf-8").read())
    return {slug(line.lstrip("#")) for line in text.splitlines() if line.startswith("#")}


pages = [os.path.join(source, "README.md"), os.path.join(source, "benchmarks", "README.md")]
pages += sorted(glob.glob(os.path.join(source, "docs", "*.md")))
broken = []
for page in pages:
    text = fence.sub("", open(page, encoding="utf-8").read())
    for link in re.findall(r"\]\(([^)\s]+)\)", text):
        if re.match(r"[a-z]+:", link):
            continue
        path, _, fragment = link.partition("#")
        target = os.path.normpath(os.path.join(os.path.dirname(page), path)) if path else page
        name = os.path.relpath(page, source)
        if not os.path.exists(target):
            broken.append(f"{name}: {link}: no such file")
        elif fragment and target.endswith(".md") and fragment not in anchors(target):
            broken.append(f"{name}: {link}: no heading with that anchor")
if broken:
    print("broken links:\n  " + "\n  ".join(broken))
    sys.exit(1)
print(f"{len(pages)} pages, every relative link resolves")
