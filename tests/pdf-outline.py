#!/usr/bin/env python3
"""pdf-outline.py FILE.pdf - print the PDF bookmarks (outline), one per line,
indented by two spaces per level, in order.  Enough of PDF for what FOP
writes (outline items as plain objects, titles as literal or hex strings);
exits 1 when the file has no outline."""
import re
import sys


def pdf_string(raw):
    """Decode a PDF literal (...) or hex <...> string to text."""
    if raw.startswith(b"<"):
        data = bytes.fromhex(raw[1:-1].decode("ascii"))
    else:
        body, out, i = raw[1:-1], bytearray(), 0
        while i < len(body):
            c = body[i]
            if c == 0x5C and i + 1 < len(body):  # backslash
                n = body[i + 1]
                m = re.match(rb"[0-7]{1,3}", body[i + 1:i + 4])
                if m:
                    out.append(int(m.group(0), 8) & 0xFF)
                    i += 1 + len(m.group(0))
                    continue
                out.append({ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}.get(n, n))
                i += 2
                continue
            out.append(c)
            i += 1
        data = bytes(out)
    if data.startswith(b"\xfe\xff"):
        return data[2:].decode("utf-16-be")
    return data.decode("latin-1")


def main():
    with open(sys.argv[1], "rb") as f:
        pdf = f.read()
    objs = {int(m.group(1)): m.group(2)
            for m in re.finditer(rb"(\d+) 0 obj(.*?)endobj", pdf, re.S)}
    m = re.search(rb"/Outlines\s+(\d+)\s+0\s+R", pdf)
    root = int(m.group(1)) if m and int(m.group(1)) in objs else None
    if root is None:
        print("no outline", file=sys.stderr)
        return 1

    def ref(body, key):
        m = re.search(rb"/" + key + rb"\s+(\d+)\s+0\s+R", body)
        return int(m.group(1)) if m else None

    def walk(n, depth, seen):
        while n is not None and n not in seen:
            seen.add(n)
            body = objs[n]
            m = re.search(rb"/Title\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)", body, re.S)
            print("  " * depth + (pdf_string(m.group(1)) if m else "?"))
            walk(ref(body, b"First"), depth + 1, seen)
            n = ref(body, b"Next")

    walk(ref(objs[root], b"First"), 0, set())
    return 0


sys.exit(main())
