#!/usr/bin/env python3
"""Writes the seed corpus of every fuzz target from the regression corpus and the unit tests.

Usage: Fuzz/make-seeds.py OUTDIR

For each target, OUTDIR/<target>/ receives files named by the SHA-1 of their content, each laid
out as the target reads its input (the choice bytes, then the payload; see the doc comment of
each target's source). Sources:
  - Corpus/**/*.eml: the messages (mime, inspector, session), their raw base64 and
    quoted-printable bodies, header values, decoded text and HTML parts, CSV/TSV attachments,
    Office files and archives (raw, and rebuilt as recipes of their entries), the XML parts of
    the Office files, pdftotext output of the PDFs when poppler is installed;
  - Tests/PHIExtractTests/Fixtures: Office files, encrypted archives, PDFs;
  - string literals of the unit tests of each parser;
  - the match/no_match examples of the packs in Patterns/ (scanner), tests/cli/*.txt.
OUTDIR/scanner.dict is a libFuzzer dictionary of the packs' keywords. Deterministic: the same tree
gives the same files.
"""
import email
import glob
import gzip
import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from email import policy

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAX_SEED = 256 * 1024

seeds = {}
dictionary = set()  # the scanner's dictionary: the packs' keywords


def add(target, data):
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogateescape")
    data = data[:MAX_SEED]
    seeds.setdefault(target, {})[hashlib.sha1(data).hexdigest()] = data


def field(data, width=1):
    """A FuzzReader field: a length (1 or 2 bytes, little-endian), then the bytes."""
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogateescape")
    data = data[: (1 << (8 * width)) - 1]
    return len(data).to_bytes(width, "little") + data


# --- Swift string literals of the unit tests ----------------------------------------------------

ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "0": "\0", "\\": "\\", '"': '"', "'": "'"}


def unescape(body):
    out, i = [], 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        nxt = body[i + 1] if i + 1 < len(body) else ""
        if nxt in ESCAPES:
            out.append(ESCAPES[nxt])
            i += 2
        elif nxt == "u" and body[i + 2 : i + 3] == "{":
            end = body.index("}", i)
            out.append(chr(int(body[i + 3 : end], 16)))
            i = end + 1
        elif nxt == "(":
            return None  # interpolation: not a fixed input
        elif nxt == "\n":
            i += 2  # line continuation in a multi-line literal
        else:
            out.append(c)
            i += 1
    return "".join(out)


def raw_unescape(body):
    """A raw string (#"..."#): backslashes are literal; interpolation is \\#(."""
    return None if "\\#(" in body else body


def swift_literals(path):
    text = open(path, encoding="utf-8").read()
    found = []
    for m in re.finditer(r'#"""\n(.*?)\n([ \t]*)"""#', text, re.S):
        indent = m.group(2)
        lines = [l[len(indent):] if l.startswith(indent) else l.lstrip() for l in m.group(1).split("\n")]
        value = raw_unescape("\n".join(lines))
        if value:
            found.append(value)
    text = re.sub(r'#""".*?"""#', "", text, flags=re.S)
    for m in re.finditer(r'#"(.*?)"#', text):
        value = raw_unescape(m.group(1))
        if value and len(value) >= 4:
            found.append(value)
    text = re.sub(r'#".*?"#', "", text)
    for m in re.finditer(r'"""\n(.*?)\n([ \t]*)"""', text, re.S):
        indent = m.group(2)
        lines = [l[len(indent):] if l.startswith(indent) else l.lstrip() for l in m.group(1).split("\n")]
        value = unescape("\n".join(lines))
        if value:
            found.append(value)
    stripped = re.sub(r'""".*?"""', "", text, flags=re.S)
    for m in re.finditer(r'"((?:[^"\\\n]|\\.)*)"', stripped):
        value = unescape(m.group(1))
        if value and len(value) >= 4:
            found.append(value)
    return found


def literals(*patterns):
    out = []
    for pattern in patterns:
        for path in sorted(glob.glob(os.path.join(ROOT, "Tests", pattern))):
            out += swift_literals(path)
    return out


# --- The regression corpus ----------------------------------------------------------------------

def messages():
    for path in sorted(glob.glob(os.path.join(ROOT, "Corpus", "**", "*.eml"), recursive=True)):
        raw = open(path, "rb").read()
        try:
            msg = email.message_from_bytes(raw, policy=policy.compat32)
        except Exception:
            msg = None
        yield raw, msg


def parts(msg):
    if msg is None:
        return
    try:
        for part in msg.walk():
            if not part.is_multipart():
                yield part
    except Exception:
        return


def payload(part):
    try:
        return part.get_payload(decode=True) or b""
    except Exception:
        return b""


def raw_payload(part):
    body = part.get_payload(decode=False)
    return body.encode("ascii", "surrogateescape") if isinstance(body, str) else b""


def session_program(raw):
    """The session target's command stream for one message (see SessionFuzz.swift)."""
    head, _, body = raw.replace(b"\r\n", b"\n").partition(b"\n\n")
    out = bytearray([0, 0xFF])
    out += bytes([0]) + field("mx.example.org") + field("192.0.2.55")
    out += bytes([1]) + field("mx.example.org")
    out += bytes([2, 0]) + field("4F2C31A0B7")
    out += bytes([3]) + field("<sender@example.org> SIZE=%d" % len(raw))
    out += bytes([4]) + field("<patient-care@example.com>")
    headers = []
    for line in head.split(b"\n"):
        if line[:1] in (b" ", b"\t") and headers:
            headers[-1] += b"\r\n" + line
        elif b":" in line:
            headers.append(line)
    for h in headers:
        name, _, value = h.partition(b":")
        out += bytes([5]) + field(name.strip()) + field(value.lstrip(b" "), 2)
    out += bytes([6])
    body = body.replace(b"\n", b"\r\n")
    for i in range(0, len(body), 65535):
        out += bytes([8]) + field(body[i : i + 65535], 2)
    out += bytes([9, 11])
    return bytes(out)


def zip_entries(data):
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return [(i.filename, z.read(i)) for i in z.infolist() if not i.is_dir()]
    except Exception:
        return None


def tar_entries(data):
    try:
        with tarfile.open(fileobj=io.BytesIO(data)) as t:
            return [(m.name, t.extractfile(m).read()) for m in t.getmembers() if m.isfile()]
    except Exception:
        return None


def recipe(entries, limit=60000):
    """An ArchiveRecipe body (no format byte): name field, 16-bit length, content."""
    out = b""
    for name, data in entries[:32]:
        out += field(name) + field(data[:limit], 2)
    return out


OFFICE_NAMES = {"docx": 0, "xlsx": 1, "pptx": 2, "odt": 3, "ods": 4, "odp": 5, "zip": 6}
ARCHIVE_NAMES = ["zip", "tar", "gz", "tgz", "tar.gz", "bz2", "xz", "7z", "rar", "csv.gz", "bin"]
XML_RULES = {"word/": 1, "ppt/": 2, "content.xml": 3}
TEXT_TYPES = {"text/plain": 0, "text/html": 9, "text/csv": 10, "text/tab-separated-values": 11}


def office_seed(ext, data):
    kind = OFFICE_NAMES.get(ext, 6)
    add("office", bytes([0x80 | kind, 0]) + data)
    entries = zip_entries(data)
    if entries:
        add("office", bytes([kind, 0]) + recipe(entries))
        for name, body in entries:
            if name.endswith(".xml") or name.endswith(".rels"):
                rules = next((r for prefix, r in XML_RULES.items() if name.startswith(prefix)), 0)
                add("xml", bytes([rules, 0]) + body)


def archive_seed(ext, data):
    index = ARCHIVE_NAMES.index(ext) if ext in ARCHIVE_NAMES else 10
    add("archive", bytes([index << 1, 0]) + data)
    entries = zip_entries(data)
    fmt = 0
    if entries is None:
        entries, fmt = tar_entries(data), 1
    if entries is None and data[:2] == b"\x1f\x8b":
        try:
            inner = gzip.decompress(data)
        except Exception:
            inner = None
        if inner is not None:
            entries = tar_entries(inner)
            fmt = 2
            if entries is None:
                entries, fmt = [("member.txt", inner)], 3
    if entries:
        add("archive", bytes([3, 0, fmt]) + recipe(entries))
        for name, body in entries:
            ext2 = name.lower().rsplit(".", 1)[-1]
            if ext2 in OFFICE_NAMES and ext2 != "zip":
                office_seed(ext2, body)
            elif ext2 in ("zip", "tar", "gz", "tgz"):
                archive_seed(ext2, body)
            elif ext2 in ("csv", "tsv", "txt"):
                add("csv", bytes([0, 0]) + body)


def pdftotext(data):
    if not shutil.which("pdftotext"):
        return None
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(data)
        f.flush()
        try:
            return subprocess.run(["pdftotext", "-q", "-enc", "UTF-8", "-eol", "unix", f.name, "-"],
                                  capture_output=True, timeout=20).stdout
        except Exception:
            return None


def from_corpus():
    for raw, msg in messages():
        add("mime", bytes([0, 0]) + raw)
        add("inspector", bytes([0]) + raw)
        add("session", session_program(raw))
        if msg is None:
            continue
        for name in ("Subject", "From", "To"):
            for value in msg.get_all(name) or []:
                charset = re.search(r"=\?([^?]+)\?", str(value))
                add("header-text", field(charset.group(1) if charset else "") + str(value).encode("utf-8", "surrogateescape"))
        for part in parts(msg):
            for name in ("Content-Type", "Content-Disposition"):
                value = part.get(name)
                if value:
                    add("header-parameters", re.sub(r"\r?\n[ \t]", " ", str(value)))
            cte = (part.get("Content-Transfer-Encoding") or "").lower()
            if cte == "base64":
                add("base64", bytes([0]) + raw_payload(part)[:16384])
            elif cte == "quoted-printable":
                add("quoted-printable", bytes([0]) + raw_payload(part)[:16384])
            ctype = part.get_content_type()
            filename = (part.get_filename() or "").lower()
            ext = filename.rsplit(".", 1)[-1] if "." in filename else ""
            data = payload(part)
            if ctype == "text/html":
                add("html", bytes([0]) + data)
            elif ctype == "text/plain" and ext not in ("csv", "tsv"):
                add("scanner", bytes([0]) + data[:16384])
                add("edm", bytes([0]) + data[:16384])
                add("text-tables", bytes([0, 0]) + data)
            if ext in ("csv", "tsv") or ctype == "text/csv":
                add("csv", bytes([3 if ext == "tsv" else 0, 0]) + data)
                add("text-tables", bytes([0, 0]) + data.replace(b",", b"\t"))
            if ctype in TEXT_TYPES:
                add("text", bytes([0, TEXT_TYPES[ctype], 0]) + data)
            if ext in OFFICE_NAMES and ext != "zip":
                office_seed(ext, data)
            elif ext in ("zip", "gz", "tgz", "tar"):
                archive_seed(ext, data)
            elif ext == "pdf":
                text = pdftotext(data)
                if text:
                    add("text", bytes([1, 0, 0]) + text)


def from_fixtures():
    fixtures = os.path.join(ROOT, "Tests", "PHIExtractTests", "Fixtures")
    for path in sorted(glob.glob(os.path.join(fixtures, "*"))):
        data = open(path, "rb").read()
        ext = path.rsplit(".", 1)[-1]
        if ext in OFFICE_NAMES and ext != "zip":
            office_seed(ext, data)
        elif ext in ("zip", "7z"):
            archive_seed(ext, data)
        elif ext == "pdf":
            add("text", bytes([0, 16, 0]) + data)
            text = pdftotext(data)
            if text:
                add("text", bytes([1, 0, 0]) + text)


def from_tests():
    for s in literals("PHIMIMETests/MIMEParser*.swift", "PHIMIMETests/Messages.swift", "PHIMIMETests/TextConverterTests.swift"):
        add("mime", bytes([0, 0]) + s.encode("utf-8", "surrogateescape"))
    for s in literals("PHIMIMETests/Base64DecoderTests.swift"):
        add("base64", b"\0" + s.encode())
    for s in literals("PHIMIMETests/QuotedPrintableDecoderTests.swift"):
        add("quoted-printable", b"\0" + s.encode())
    for s in literals("PHIMIMETests/HeaderTextTests.swift"):
        add("header-text", field("") + s.encode())
    for s in literals("PHIMIMETests/HeaderParametersTests.swift"):
        add("header-parameters", s)
    for s in literals("PHIExtractTests/HTMLTextStreamTests.swift"):
        add("html", b"\0" + s.encode())
    for s in literals("PHIExtractTests/XMLTextReaderTests.swift", "PHIExtractTests/SpreadsheetReaderTests.swift",
                      "PHIExtractTests/OpenDocumentSheetReaderTests.swift"):
        for rules in (0, 1, 3):
            add("xml", bytes([rules, 0]) + s.encode())
    for s in literals("PHIExtractTests/RTFTextTests.swift"):
        add("rtf", s)
    for s in literals("PHIExtractTests/DelimitedTextTests.swift", "PHIExtractTests/TableTextTests.swift"):
        add("csv", b"\0\0" + s.encode())
    for s in literals("PHIExtractTests/TextTableFinderTests.swift", "PHIInspectTests/BodyTablesTests.swift"):
        add("text-tables", b"\0\0" + s.encode())
    for s in literals("PHIExtractTests/InterchangeFinderTests.swift", "PHIExtractTests/HL7ReaderTests.swift",
                      "PHIExtractTests/X12ReaderTests.swift", "PHIExtractTests/FHIRReaderTests.swift"):
        add("interchange", b"\0\0" + s.encode())
    for s in literals("PHIExtractTests/ExtractorTests.swift"):
        add("text", b"\0\0\0" + s.encode())
    for s in literals("PHIDetectTests/*.swift"):
        add("scanner", b"\0" + s.encode())
    for s in literals("PHIInspectTests/*.swift"):
        if "\n" in s:
            add("inspector", b"\0" + s.encode())


def from_packs():
    for path in sorted(glob.glob(os.path.join(ROOT, "tests", "cli", "*.txt"))):
        add("scanner", b"\0" + open(path, "rb").read())
    try:
        import yaml
    except ImportError:
        return
    for path in sorted(glob.glob(os.path.join(ROOT, "Patterns", "*.yaml"))):
        pack = yaml.safe_load(open(path, encoding="utf-8"))
        for words in (pack.get("keyword_lists") or {}).values():
            for word in words if isinstance(words, list) else []:
                if isinstance(word, str) and 2 <= len(word) <= 40:
                    dictionary.add(word)
        for rule in pack.get("rules") or []:
            examples = rule.get("examples") or {}
            for key in ("match", "no_match"):
                for example in examples.get(key) or []:
                    text = example.get("text") if isinstance(example, dict) else example
                    if isinstance(text, str):
                        add("scanner", b"\0" + text.encode())


def handmade():
    rtf = (b"{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Calibri;}}{\\colortbl;\\red0\\green0\\blue0;}"
           b"{\\*\\generator Msftedit;}\\uc1\\pard Patient: Jos\\'e9 Rivera\\par SSN\\tab 536-90-4399\\line "
           b"DOB \\u8211? 03/14/1962 \\u-4064?\\par{\\field{\\*\\fldinst HYPERLINK x}{\\fldrslt link}}"
           b"\\trowd\\cellx1000 MRN\\cell 12345678\\cell\\row}")
    add("rtf", rtf)
    add("text", bytes([0, 15, 0]) + rtf)
    add("archive", bytes([1, 0, 0]) + recipe([("a.txt", b"SSN 536-90-4399"), ("+inner.zip", bytes([1]) + recipe([("b.csv", b"SSN,Name\n536904399,Jane Roe\n")]))]))
    add("header-parameters", "attachment; filename*0*=UTF-8''Jos%C3%A9%20; filename*1=\"Rivera.pdf\"")
    add("header-parameters", "multipart/mixed; boundary=\"=_b\"; charset=iso-8859-1 (comment)")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    from_corpus()
    from_fixtures()
    from_tests()
    from_packs()
    handmade()
    for target, files in sorted(seeds.items()):
        directory = os.path.join(out, target)
        shutil.rmtree(directory, ignore_errors=True)
        os.makedirs(directory)
        for name, data in files.items():
            with open(os.path.join(directory, name), "wb") as f:
                f.write(data)
    with open(os.path.join(out, "scanner.dict"), "w", encoding="utf-8") as f:
        f.write("# Keywords of the packs in Patterns/ (written by Fuzz/make-seeds.py).\n")
        for word in sorted(dictionary):
            f.write('"%s"\n' % "".join(c if 0x20 <= ord(c) < 0x7F and c not in '"\\' else
                                        "".join("\\x%02x" % b for b in c.encode()) for c in word))
    print(" ".join("%s=%d" % (t, len(f)) for t, f in sorted(seeds.items())))


if __name__ == "__main__":
    main()
