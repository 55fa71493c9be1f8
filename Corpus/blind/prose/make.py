#!/usr/bin/env python3
"""Regenerate the blind 'prose' evaluation set.

All people, organisations, domains and identifiers in data/*.txt are invented.

Data file format (data/<category>.txt):
    records separated by a line that is exactly '%%'
    each record = header lines ("key: value"), a blank line, then the body.
    keys: from, to, cc, subject, types (space separated), enc (7bit|qp|b64),
          html (yes = multipart/alternative, only = text/html only),
          date (RFC 5322 date, optional), reply (In-Reply-To id seed, optional),
          disclaimer (index of a footer appended to the body, optional)
    enc/html default to a deterministic hash-based choice when absent.
Output: <category>/NNN.eml (CRLF) and labels.jsonl (sorted by file).

Usage: python3 make.py          (deterministic; rewrites all output)
"""
import hashlib
import html
import json
import os
import re
import shutil
import sys
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")

CATEGORIES = [
    ("prose-care", True),
    ("prose-names", True),
    ("prose-self", True),
    ("prose-ids", True),
    ("prose-lists", True),
    ("clean-lookalike", False),
    ("clean-clinical", False),
    ("clean-people", False),
]

VOCAB = set("""SSN MRN MBI HICN MEMBER_ID NPI DEA ICD10 ICD9 DOB DATE NAME PHONE FAX
EMAIL ADDRESS ZIP ACCOUNT IP URL DEVICE_ID LICENSE DIAGNOSIS MEDICATION CARE""".split())

MAILERS = [
    "Microsoft Outlook 16.0",
    None,
    "Apple Mail (2.3774.300.61.1.2)",
    None,
    "Mozilla Thunderbird 115.8.0",
    "iPhone Mail (21D61)",
    None,
]

DISCLAIMERS = [
    "CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole\n"
    "use of the intended recipient(s) and may contain confidential and privileged\n"
    "information. Any unauthorized review, use, disclosure or distribution is\n"
    "prohibited. If you are not the intended recipient, please contact the sender\n"
    "by reply e-mail and destroy all copies of the original message.\n",
    "This message may contain information protected under HIPAA (45 CFR Parts 160\n"
    "and 164). If you received it in error, notify the sender immediately and\n"
    "delete it. Do not forward.\n",
    "--\n"
    "The information in this email is intended only for the named recipient. If\n"
    "you have received this in error please let us know and delete it. Thank you.\n",
    "*** Please consider the environment before printing this email. ***\n"
    "Disclaimer: the contents of this message are confidential. Misdirected\n"
    "messages should be reported to the sender and then deleted.\n",
]

TZS = [timezone(timedelta(hours=-5)), timezone(timedelta(hours=-6)),
       timezone(timedelta(hours=-8)), timezone(timedelta(hours=-4)),
       timezone(timedelta(hours=-7))]


def parse(path):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    records = []
    chunks = re.split(r"^%%[ \t]*$\n?", text, flags=re.M)
    for chunk in chunks:
        if not chunk.strip():
            continue
        chunk = chunk.lstrip("\n")
        head, _, body = chunk.partition("\n\n")
        hdr = {}
        for line in head.splitlines():
            if not line.strip():
                continue
            k, _, v = line.partition(":")
            hdr[k.strip().lower()] = v.strip()
        for req in ("from", "to", "subject", "types"):
            if req not in hdr:
                sys.exit("%s: record missing %r: %r" % (path, req, head[:120]))
        hdr["body"] = body.rstrip("\n") + "\n"
        records.append(hdr)
    return records


def domain_of(addr):
    m = re.search(r"@([A-Za-z0-9.-]+)", addr)
    return m.group(1) if m else "mail.example"


def text_to_html(body):
    out = []
    paras = re.split(r"\n\s*\n", body.strip("\n"))
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(html.escape(l.lstrip("> ").rstrip()) for l in lines)
            out.append('<blockquote style="border-left:2px solid #ccc;padding-left:8px;color:#555">%s</blockquote>' % inner)
        elif p.lstrip().startswith("|") and "---" in p:
            rows = [l.strip().strip("|").split("|") for l in lines if l.strip()]
            rows = [r for r in rows if not set("".join(r).strip()) <= set("-: ")]
            t = ['<table border="1" cellpadding="3" style="border-collapse:collapse">']
            for i, r in enumerate(rows):
                tag = "th" if i == 0 else "td"
                t.append("<tr>" + "".join("<%s>%s</%s>" % (tag, html.escape(c.strip()), tag) for c in r) + "</tr>")
            t.append("</table>")
            out.append("\n".join(t))
        else:
            out.append("<p>" + "<br>\n".join(html.escape(l) for l in lines) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + "\n".join(out) + "\n</body></html>\n")


def build(rec, cat, idx, when):
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = rec["from"]
    msg["To"] = rec["to"]
    if rec.get("cc"):
        msg["Cc"] = rec["cc"]
    msg["Subject"] = rec["subject"]
    msg["Date"] = rec.get("date") or format_datetime(when)
    seed = hashlib.sha1(("%s/%03d/%s" % (cat, idx, rec["subject"])).encode()).hexdigest()
    msg["Message-ID"] = "<%s.%s@%s>" % (seed[:16], seed[16:24], domain_of(rec["from"]))
    if rec.get("reply"):
        rs = hashlib.sha1(rec["reply"].encode()).hexdigest()
        rid = "<%s@%s>" % (rs[:20], domain_of(rec["to"]))
        msg["In-Reply-To"] = rid
        msg["References"] = rid
    mailer = MAILERS[idx % len(MAILERS)]
    if mailer:
        msg["X-Mailer"] = mailer
    body = rec["body"]
    if rec.get("disclaimer"):
        body = body + "\n" + DISCLAIMERS[int(rec["disclaimer"]) % len(DISCLAIMERS)]
    hv = int(hashlib.sha1(("enc/%s/%d" % (cat, idx)).encode()).hexdigest(), 16)
    default_enc = "qp" if hv % 10 in (0, 1) else ("b64" if hv % 10 == 2 else "7bit")
    enc = rec.get("enc", default_enc).lower()
    try:
        body.encode("ascii")
        ascii_ok = True
    except UnicodeEncodeError:
        ascii_ok = False
    if enc == "7bit" and not ascii_ok:
        enc = "qp"
    cte = {"7bit": "7bit", "qp": "quoted-printable", "b64": "base64"}[enc]
    mode = rec.get("html", "yes" if (hv >> 8) % 9 == 4 else "no").lower()
    charset = "us-ascii" if (ascii_ok and cte == "7bit") else "utf-8"
    if mode == "only":
        msg.set_content(text_to_html(body), subtype="html", charset="utf-8",
                        cte="quoted-printable" if cte == "7bit" else cte)
    else:
        msg.set_content(body, subtype="plain", charset=charset, cte=cte)
        if mode == "yes":
            msg.add_alternative(text_to_html(body), subtype="html", charset="utf-8",
                                cte="quoted-printable")
    if msg.is_multipart():
        msg.set_boundary("----=_Part_%s_%s" % (seed[:10], seed[30:40]))
    return msg, cte, mode


def main():
    base = datetime(2024, 2, 12, 7, 3, tzinfo=timezone(timedelta(hours=-5)))
    labels = []
    stats = {}
    for cat, phi in CATEGORIES:
        outdir = os.path.join(HERE, cat)
        if os.path.isdir(outdir):
            shutil.rmtree(outdir)
        os.makedirs(outdir)
        recs = parse(os.path.join(DATA, cat + ".txt"))
        for i, rec in enumerate(recs, 1):
            types = rec["types"].split()
            bad = [t for t in types if t not in VOCAB]
            if bad:
                sys.exit("%s #%d: bad types %s" % (cat, i, bad))
            if not phi and types:
                sys.exit("%s #%d: clean message with types" % (cat, i))
            if phi and not types:
                sys.exit("%s #%d: phi message without types" % (cat, i))
            h = int(hashlib.md5(("%s%d" % (cat, i)).encode()).hexdigest(), 16)
            when = base + timedelta(days=h % 28, minutes=(h >> 8) % 660, seconds=(h >> 20) % 60)
            if when.weekday() >= 5 and (h >> 4) % 4:
                when += timedelta(days=7 - when.weekday())  # mostly weekdays
            when = when.astimezone(TZS[h % len(TZS)])
            msg, cte, mode = build(rec, cat, i, when)
            rel = "%s/%03d.eml" % (cat, i)
            data = msg.as_bytes(policy=policy.SMTP)
            with open(os.path.join(HERE, rel), "wb") as fh:
                fh.write(data)
            labels.append({"file": rel, "phi": phi, "types": sorted(set(types)), "category": cat})
            key = (cat, cte, mode)
            stats[key] = stats.get(key, 0) + 1
    labels.sort(key=lambda d: d["file"])
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for d in labels:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    if "-v" in sys.argv:
        for k in sorted(stats):
            print(k, stats[k])
    per = {}
    for d in labels:
        per[d["category"]] = per.get(d["category"], 0) + 1
    print(json.dumps(per), "total", len(labels),
          "phi", sum(d["phi"] for d in labels), "clean", sum(not d["phi"] for d in labels))


if __name__ == "__main__":
    main()
