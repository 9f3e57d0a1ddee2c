#!/usr/bin/env python3
"""Every English message format passed to leges_report() in checks/ has a
Dutch and French entry in checks/messages.c (--lang nl|fr)."""
import glob
import re
import sys

top = sys.argv[1]
table = open(f"{top}/checks/messages.c", encoding="utf-8").read()
known = set()
for m in re.finditer(r'\{\s*((?:"(?:[^"\\]|\\.)*"\s*)+),', table):
    known.add("".join(re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(1))))

missing = []
for path in sorted(glob.glob(f"{top}/checks/*.c") + glob.glob(f"{top}/checks/rules/*.c") +
                   glob.glob(f"{top}/checks/eu/*.c")):
    if path.endswith(("messages.c", "pack.c", "schema.c", "schematron.c")):
        continue  # pack messages come from the packs; schema texts from libxml2
    src = open(path, encoding="utf-8").read()
    # String macros (#define ADVICE "...") take part in the formats they are pasted into.
    for name, value in re.findall(r'#define\s+([A-Z_]+)\s+((?:"(?:[^"\\]|\\.)*"\s*)+)\n', src):
        src = re.sub(r'(?<=")(\s*)\b' + name + r'\b', lambda m: m.group(1) + value, src)
    for call in re.finditer(r'leges_report(?:_pos)?\((.*?)\);', src, re.S):
        args = call.group(1)
        # The format is the first run of adjacent string literals that is not an attribute name.
        for run in re.finditer(r'((?:"(?:[^"\\]|\\.)*"\s*)+)', args):
            fmt = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', run.group(1)))
            if fmt == "%s" or re.fullmatch(r"[A-Za-z]+", fmt):  # an attribute name, not a format
                continue
            if fmt not in known:
                missing.append(f"{path.split('/')[-1]}: {fmt}")
            break
    # The EU rules' messages go through add_finding() (checks/eu/xref.c): every format it is given.
    for call in re.finditer(r'add_finding\((.*?)\);', src, re.S):
        for run in re.finditer(r'((?:"(?:[^"\\]|\\.)*"\s*)+)', call.group(1)):
            fmt = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', run.group(1)))
            if re.fullmatch(r"EU\d+|href|[^A-Za-z]*", fmt):  # a rule code, an attribute, punctuation
                continue
            if fmt not in known:
                missing.append(f"{path.split('/')[-1]}: {fmt}")
    for name in re.findall(r'leges_tr\(\s*"((?:[^"\\]|\\.)*)"', src):
        if name not in known:
            missing.append(f"{path.split('/')[-1]}: {name}")
for m in missing:
    print("no translation:", m)
sys.exit(1 if missing else 0)
