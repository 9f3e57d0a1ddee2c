#!/usr/bin/env python3
"""xsl-linear.py STYLESHEET... - fail on "//" in a match pattern or in a predicate.

DESIGN 8: stylesheets must be linear.  A "//" in a match pattern (or in the
use of a key) or inside a predicate [...] makes a transform scan the document
again for each node it visits: quadratic on a large act.  Every XPath-bearing
attribute (match, use, select, test, value, and {...} in attribute value
templates) is checked, with string literals left out so that 'http://' does
not count.  Prints each offence as FILE:LINE: ATTRIBUTE="...", exits 1 if any."""
import re
import sys
import xml.dom.minidom

XSL = "http://www.w3.org/1999/XSL/Transform"
XPATH_ATTRS = ("select", "test", "value", "count", "from")


def strip_literals(expr):
    return re.sub(r"'[^']*'|\"[^\"]*\"", "''", expr)


def predicates(expr):
    """The text inside each outermost [...] of expr."""
    out, depth, start = [], 0, 0
    for i, c in enumerate(expr):
        if c == "[":
            if depth == 0:
                start = i + 1
            depth += 1
        elif c == "]" and depth:
            depth -= 1
            if depth == 0:
                out.append(expr[start:i])
    return out


def offences(node, path):
    found = []
    for el in node.getElementsByTagName("*"):
        for name, value in el.attributes.items():
            if el.namespaceURI == XSL and name in ("match", "use"):
                exprs, whole = [value], True
            elif el.namespaceURI == XSL and name in XPATH_ATTRS:
                exprs, whole = [value], False
            else:
                exprs, whole = re.findall(r"\{([^{}]*)\}", value), False
            for expr in exprs:
                e = strip_literals(expr)
                if (whole and "//" in e) or any("//" in p for p in predicates(e)):
                    found.append("%s: %s=\"%s\"" % (path, name, " ".join(value.split())))
    return found


def main(paths):
    bad = []
    for path in paths:
        bad += offences(xml.dom.minidom.parse(path), path)
    for b in bad:
        print(b)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
