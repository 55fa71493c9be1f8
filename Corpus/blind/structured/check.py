#!/usr/bin/env python3
"""Sanity checks for the generated set (parsing, carriers, rough label/content agreement)."""
import email, io, json, os, re, sys, zipfile
from email import policy
HERE = os.path.dirname(os.path.abspath(__file__))

def office_text(name, data):
    n = name.lower()
    if n.endswith(".docx"):
        import docx
        d = docx.Document(io.BytesIO(data))
        return "\n".join(p.text for p in d.paragraphs) + "\n" + "\n".join(
            "\t".join(c.text for c in r.cells) for t in d.tables for r in t.rows)
    if n.endswith(".xlsx"):
        import openpyxl
        wb = openpyxl.load_workbook(io.BytesIO(data))
        return "\n".join("\t".join("" if v is None else str(v) for v in row) for ws in wb for row in ws.iter_rows(values_only=True))
    if n.endswith((".odt", ".ods")):
        from odf.opendocument import load
        from odf import teletype, text as otext, table
        doc = load(io.BytesIO(data))
        out = [teletype.extractText(p) for p in doc.getElementsByType(otext.P)]
        return "\n".join(out)
    return None

def text_of(msg):
    chunks, carriers = [], []
    for part in msg.walk():
        if part.is_multipart():
            continue
        fn = part.get_filename()
        ct = part.get_content_type()
        raw = part.get_payload(decode=True) or b""
        carriers.append((ct, fn, part.get("Content-Type") is None))
        t = office_text(fn, raw) if fn else None
        if t is None:
            cs = part.get_content_charset() or "utf-8"
            if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
                cs = "utf-16"
            try:
                t = raw.decode(cs)
            except Exception:
                t = raw.decode("latin-1")
        chunks.append(t)
    return "\n".join(chunks), carriers

def luhn_npi(s):
    d = "80840" + s
    tot = 0
    for i, ch in enumerate(reversed(d)):
        k = int(ch)
        if i % 2 == 1:
            k *= 2
            if k > 9: k -= 9
        tot += k
    return tot % 10 == 0

CHECK = {
    "SSN": lambda t: re.search(r"\b\d{3}-\d{2}-\d{4}\b|SS\b|SY[*|]\d{9}|4\.1\"|\b\d{9}\b", t),
    "NPI": lambda t: any(luhn_npi(m) for m in re.findall(r"(?<!\d)([12]\d{9})(?!\d)", t)),
    "DEA": lambda t: re.search(r"\b[ABFGM][A-Z]\d{7}\b", t),
    "MBI": lambda t: re.search(r"\b[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y]{2}\d{2}\b", t),
    "ICD10": lambda t: re.search(r"\b[A-TV-Z]\d{2}\.?\d{0,4}[A-Z]?\b", t),
    "ICD9": lambda t: re.search(r"\b\d{3}\.\d{1,2}\b", t),
    "EMAIL": lambda t: re.search(r"@(mailbox\.example|inbox\.test|webmail\.example)", t),
    "ZIP": lambda t: re.search(r"\b\d{5}\b", t),
    "PHONE": lambda t: re.search(r"\(?\b\d{3}\)?[ .^-]*(PH\^\^1\^\d{3}\^)?\d{3}[ .-]?\d{4}\b", t),
    "ADDRESS": lambda t: re.search(r"\d+ [A-Za-z. ]+(Ln|Rd|Ave|St|Ct|Dr|Way|Blvd|Ter|Cir|Trl|Pkwy)\b", t, re.I),
    "MEMBER_ID": lambda t: re.search(r"\b(BSH\d{9}|XQJ\d{9}|ZGP\d{10}|W\d{9}|\d{12})\b", t),
    "MRN": lambda t: re.search(r"MR|MRN|Med Rec|Chart|Patient ID|EA[*|]|\bE\d{7}\b", t, re.I),
}

labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"))]
assert labels == sorted(labels, key=lambda r: r["file"])
problems = 0
for r in labels:
    raw = open(os.path.join(HERE, r["file"]), "rb").read()
    assert b"\n" not in raw.replace(b"\r\n", b""), r["file"]
    msg = email.message_from_bytes(raw, policy=policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[h], (r["file"], h)
    txt, carriers = text_of(msg)
    for t in r["types"]:
        f = CHECK.get(t)
        if f and not f(txt):
            print("MISSING?", r["file"], t); problems += 1
    if "-v" in sys.argv:
        print(r["file"], r["phi"], [(c, f) for c, f, _ in carriers])
print("checked", len(labels), "problems", problems)
