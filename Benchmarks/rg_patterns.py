#!/usr/bin/env python3
"""Prints the primary patterns of the packs in DIR, rewritten for ripgrep's default engine.

ripgrep's engine has no lookaround; each lookbehind/lookahead is replaced by a word boundary
where one is implied (`(?<![\\w...])` → `\\b`) or dropped, and named groups become plain groups.
The patterns keep their character classes and quantifiers, so rg does the same matching work.
One pattern per line (for `rg -f`).

With --terms, one more line: the term dictionaries that `terms` rules match (diagnoses,
medications) as one case-insensitive whole-word alternation, so rg does the dictionary work too.
"""
import re
import sys

import yaml


def first_group(p):
    """The body of the first capturing group, for backreferences rg cannot run."""
    m = re.search(r"(?<!\\)\((?!\?)", p)
    if not m:
        return None
    depth, j = 0, m.start()
    while j < len(p):
        if p[j] == "\\":
            j += 2
            continue
        depth += p[j] == "("
        depth -= p[j] == ")"
        if depth == 0:
            return p[m.start() + 1:j]
        j += 1
    return None


def rewrite(p):
    p = re.sub(r"\(\?<(?P<n>[A-Za-z_]\w*)>", "(", p)               # named groups
    g = first_group(p)
    if g is not None:
        p = p.replace("\\1", "(?:" + g + ")")                        # a backreference matches like its group
    out, i = [], 0
    while i < len(p):
        if p.startswith("(?<!", i) or p.startswith("(?<=", i) or p.startswith("(?!", i) or p.startswith("(?=", i):
            depth, j = 0, i
            while j < len(p):
                if p[j] == "\\":
                    j += 2
                    continue
                if p[j] == "[":
                    j += 1
                    while j < len(p) and p[j] != "]":
                        j += 2 if p[j] == "\\" else 1
                elif p[j] == "(":
                    depth += 1
                elif p[j] == ")":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            body = p[i:j + 1]
            out.append(r"\b" if ("\\w" in body and body.startswith(("(?<!", "(?!"))) else "")
            i = j + 1
            continue
        out.append(p[i])
        i += 1
    out = "".join(out).replace(r"\b\b", r"\b")
    # rg matches line by line: a line break inside a pattern becomes an optional blank.
    out = out.replace(r"\r?\n", "[ \t]?")
    # --no-unicode has no Unicode classes: the ASCII letters stand in (the same work for ASCII text).
    # (Han characters have no ASCII stand-in: any one byte, like a non-ASCII literal below.)
    for cls, ascii_cls in ((r"\p{Lu}", "A-Z"), (r"\p{Ll}", "a-z"), (r"\p{L}", "A-Za-z"), (r"\p{N}", "0-9"),
                           (r"\p{Han}", ".")):
        out = out.replace("[" + cls, "[" + ascii_cls).replace(cls, "[" + ascii_cls + "]")
    # Other scripts' classes (\p{Arabic}) have no ASCII stand-in either: any one byte.
    out = re.sub(r"\\p\{[A-Za-z_]+\}", ".", out)
    # Non-ASCII literals (self-introductions in Polish or Vietnamese) are refused by --no-unicode;
    # any one byte stands in (the work on ASCII text is the same).
    out = "".join(c if ord(c) < 128 else "." for c in out)
    out = re.sub(r"\\x\{([0-9A-Fa-f]+)\}", lambda m: m.group(0) if int(m.group(1), 16) < 128 else ".", out)
    return out


def terms_pattern(directory, pack):
    """The dictionary terms of the pack's `terms` rules as one case-insensitive word alternation."""
    lists = pack.get("keyword_lists", {})
    words = []
    for rule in pack.get("rules", []):
        name = (rule.get("prefilter") or {}).get("terms")
        if name is None:
            continue
        source = lists[name]
        if isinstance(source, dict):
            with open(directory + "/" + source["file"], encoding="utf-8") as f:
                source = [line.strip() for line in f if line.strip() and not line.startswith("#")]
        words += source
    # --no-unicode cannot case-fold non-ASCII letters ("Unicode not allowed here"): terms in other
    # scripts are left out; the benchmark text is ASCII, so they would match nothing there anyway.
    words = [w for w in words if w.isascii()]
    meta = set(".^$*+?()[]{}|\\")
    return "(?i)\\b(?:" + "|".join("".join("\\" + c if c in meta else c for c in w) for w in words) + ")\\b" if words else None


def main():
    args = [a for a in sys.argv[1:] if a != "--terms"]
    d = args[0] if args else "Patterns"
    import glob
    for f in sorted(glob.glob(d + "/*.yaml")):
        pack = yaml.safe_load(open(f))
        for rule in pack.get("rules", []):
            for pat in (rule.get("patterns") or {}).values():
                print(rewrite(pat))
        if "--terms" in sys.argv[1:]:
            terms = terms_pattern(d, pack)
            if terms:
                print(terms)


if __name__ == "__main__":
    main()
