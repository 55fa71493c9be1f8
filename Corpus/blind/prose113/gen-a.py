#!/usr/bin/env python3
"""Generate a set of realistic e-mail messages for an opioid treatment programme.

Usage: python3 gen.py OUTDIR
Standard library only; deterministic.
"""
import sys
import os
import io
import csv
import json
import random
import zipfile
import zlib
import datetime
from email.message import EmailMessage
from email.utils import formatdate, formataddr
from email import policy

SEED = 11301
random.seed(SEED)

TZ = datetime.timezone(datetime.timedelta(hours=-5))
TZ_EDT = datetime.timezone(datetime.timedelta(hours=-4))

# ---------------------------------------------------------------- people
CLINIC = "Millbrook Treatment Center"
CDOM = "millbrooktc.example"
CLINIC_ADDR = "2210 Ferris Mill Road, Suite 100, Millbrook"
CLINIC_MAIN = "(555) 014-2200"
CLINIC_FAX = "(555) 014-2299"


def staff(first, last, title="", ext=""):
    return {
        "name": f"{first} {last}",
        "first": first,
        "email": f"{first.lower()}.{last.lower().replace(' ', '').replace('-', '')}@{CDOM}",
        "title": title,
        "ext": ext,
    }


S = {
    "okafor": staff("Renata", "Okafor-Hale", "MD, Medical Director", "2201"),
    "priya": staff("Priya", "Venkataraman", "RN, Nursing Supervisor", "2230"),
    "marcus": staff("Marcus", "Delacroix", "LPN, Dosing Nurse", "2233"),
    "tamsin": staff("Tamsin", "Whitlock", "PharmD, Program Pharmacist", "2240"),
    "jerome": staff("Jerome", "Baptiste", "LCSW, Primary Counselor", "2251"),
    "alisha": staff("Alisha", "Marchetti", "CADC, Primary Counselor", "2254"),
    "dale": staff("Dale", "Kowalczyk", "Program Director", "2202"),
    "shonda": staff("Shonda", "Reyes", "Intake Coordinator", "2210"),
    "bernard": staff("Bernard", "Ng", "Compliance & Quality Manager", "2205"),
    "fiona": staff("Fiona", "Gallagher-Price", "Billing Manager", "2260"),
    "kofi": staff("Kofi", "Mensah", "IT Systems Administrator", "2270"),
    "yesenia": staff("Yesenia", "Ortiz", "HR Generalist", "2207"),
    "luis": staff("Luis", "Carvajal", "Peer Recovery Specialist", "2258"),
    "hollis": staff("Hollis", "Beaumont", "NP, Prescriber", "2203"),
    "gwen": staff("Gwen", "Abernathy", "RN, Dosing Nurse", "2234"),
    "ines": staff("Inés", "Castellanos", "Bilingual Counselor", "2256"),
    "van": staff("Van", "Lương", "Case Manager", "2257"),
}
# e-mail addresses must be ASCII
S["ines"]["email"] = f"ines.castellanos@{CDOM}"
S["van"]["email"] = f"van.luong@{CDOM}"

LISTS = {
    "nursing": ("Millbrook Nursing", f"nursing@{CDOM}"),
    "counsel": ("Counseling Team", f"counseling@{CDOM}"),
    "allstaff": ("All Staff", f"allstaff@{CDOM}"),
    "pharm": ("Pharmacy", f"pharmacy@{CDOM}"),
    "frontdesk": ("Front Desk", f"frontdesk@{CDOM}"),
    "guest": ("Guest Dosing", f"guestdosing@{CDOM}"),
    "billing": ("Billing Office", f"billing@{CDOM}"),
    "leaders": ("Leadership Team", f"leadership@{CDOM}"),
}


def addr(who):
    if isinstance(who, str):
        if who in S:
            return formataddr((S[who]["name"], S[who]["email"]))
        if who in LISTS:
            return formataddr(LISTS[who])
        return who
    return formataddr(who)


def sig(key, disclaimer=True, short=False):
    p = S[key]
    if short:
        lines = [f"-- ", f"{p['first']}"]
    else:
        lines = ["", f"{p['name']}, {p['title']}",
                 CLINIC, CLINIC_ADDR, f"Main {CLINIC_MAIN} x{p['ext']} | Fax {CLINIC_FAX}"]
    if disclaimer:
        lines += ["", DISCLAIMER]
    return "\n".join(lines)


DISCLAIMER = (
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain information\n"
    "protected by federal confidentiality rules (42 CFR Part 2). Federal rules prohibit\n"
    "further disclosure without express written consent. If you received this in error,\n"
    "please notify the sender and delete it.")

DISCLAIMER_HTML = (
    '<p style="font-size:8pt;color:#777">CONFIDENTIALITY NOTICE: This e-mail and any attachments '
    'may contain information protected by federal confidentiality rules (42 CFR Part 2). Federal rules '
    'prohibit further disclosure without express written consent. If you received this in error, please '
    'notify the sender and delete it.</p>')


# ---------------------------------------------------------------- dates / ids
def dt(month, day, hour=9, minute=None, year=2024):
    if minute is None:
        minute = random.randint(0, 59)
    tz = TZ_EDT if 3 < month < 11 or (month == 3 and day > 10) else TZ
    return datetime.datetime(year, month, day, hour, minute, random.randint(0, 59), tzinfo=tz)


def hdate(d):
    return d.strftime("%a, %d %b %Y %H:%M:%S %z")


def mid(domain=CDOM):
    return "<%s.%s@%s>" % (format(random.getrandbits(48), "012x"), format(random.getrandbits(24), "06x"), domain)


def new(frm, to, subject, when, cc=None, domain=None, reply_to=None, in_reply_to=None, extra=None):
    m = EmailMessage()
    m["From"] = addr(frm)
    if isinstance(to, (list, tuple)) and to and not (isinstance(to, tuple) and len(to) == 2 and "@" in to[1]):
        m["To"] = ", ".join(addr(t) for t in to)
    else:
        m["To"] = addr(to)
    if cc:
        m["Cc"] = ", ".join(addr(c) for c in (cc if isinstance(cc, list) else [cc]))
    m["Subject"] = subject
    m["Date"] = hdate(when)
    if domain is None:
        a = m["From"].addresses[0].domain if m["From"].addresses else CDOM
        domain = a or CDOM
    m["Message-ID"] = mid(domain)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    if reply_to:
        m["Reply-To"] = addr(reply_to)
    m["MIME-Version"] = "1.0"
    for k, v in (extra or {}).items():
        m[k] = v
    return m


def quote(text):
    return "\n".join((">" + l) if l.startswith(">") else ("> " + l if l else ">") for l in text.split("\n"))


def wrote(when, who):
    return f"On {when.strftime('%a, %b %d, %Y at %I:%M %p').replace(' 0', ' ')}, {who} wrote:"


def outlook_hdr(frm, when, to, subject, cc=None):
    s = ["-----Original Message-----" if random.random() < 0.4 else "________________________________",
         f"From: {frm}", f"Sent: {when.strftime('%A, %B %d, %Y %I:%M %p').replace(' 0', ' ')}", f"To: {to}"]
    if cc:
        s.append(f"Cc: {cc}")
    s.append(f"Subject: {subject}")
    return "\n".join(s)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_wrap(body, font="Calibri, Arial, sans-serif"):
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
            f"<body style=\"font-family:{font};font-size:11pt\">\n{body}\n</body></html>\n")


def text_to_html(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(esc(l) for l in p.split("\n")) + "</p>")
    return "\n".join(out)


# ---------------------------------------------------------------- file builders
ZDATE = (2024, 3, 1, 9, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data if isinstance(data, bytes) else data.encode("utf-8"))
    return buf.getvalue()


def xesc(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def col_letter(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet="Sheet1"):
    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{col_letter(c)}{r}"
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif v is None or v == "":
                continue
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{xesc(v)}</t></is></c>')
        sheet_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          f'<sheetData>{"".join(sheet_rows)}</sheetData></worksheet>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          f'<sheets><sheet name="{xesc(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", ws)])


def make_docx(blocks):
    """blocks: list of str (paragraph), ('h', str) heading, or ('table', rows)."""
    body = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "h":
            body.append('<w:p><w:pPr><w:spacing w:after="120"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="28"/></w:rPr>'
                        f'<w:t xml:space="preserve">{xesc(b[1])}</w:t></w:r></w:p>')
        elif isinstance(b, tuple) and b[0] == "table":
            trs = []
            for i, row in enumerate(b[1]):
                tcs = []
                for cell in row:
                    rpr = "<w:rPr><w:b/></w:rPr>" if i == 0 else ""
                    tcs.append(f'<w:tc><w:p><w:r>{rpr}<w:t xml:space="preserve">{xesc(cell)}</w:t></w:r></w:p></w:tc>')
                trs.append(f"<w:tr>{''.join(tcs)}</w:tr>")
            body.append('<w:tbl><w:tblPr><w:tblBorders>'
                        '<w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
                        '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
                        '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/>'
                        f'</w:tblBorders></w:tblPr>{"".join(trs)}</w:tbl>')
        else:
            body.append(f'<w:p><w:r><w:t xml:space="preserve">{xesc(b)}</w:t></w:r></w:p>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f'<w:body>{"".join(body)}<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def fold(s):
    import unicodedata
    out = []
    for ch in s:
        try:
            ch.encode("latin-1")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        ch2 = {"Đ": "D", "đ": "d", "ł": "l", "Ł": "L"}.get(ch)
        if ch2 is None:
            ch2 = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
            try:
                ch2.encode("latin-1")
            except UnicodeEncodeError:
                ch2 = "?"
        out.append(ch2)
    return "".join(out)


def _pdf_str(s):
    s = fold(s)
    return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def make_pdf(lines, title="Document", per_page=52):
    pages = [lines[i:i + per_page] for i in range(0, max(len(lines), 1), per_page)] or [[]]
    objs = {}
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, 4 info, then page/content pairs
    kids = []
    next_id = 5
    page_objs = []
    for pg in pages:
        pid, cid = next_id, next_id + 1
        next_id += 2
        kids.append(pid)
        stream = ["BT", "/F1 9.5 Tf", "13 TL", "48 750 Td"]
        for ln in pg:
            stream.append(f"{_pdf_str(ln)} Tj T*")
        stream.append("ET")
        raw = "\n".join(stream).encode("latin-1", "replace")
        comp = zlib.compress(raw, 9)
        objs[cid] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(comp) + comp + b"\nendstream"
        objs[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                     b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % cid)
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), n_pages)
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Title " + _pdf_str(title).encode("latin-1") + b" /Producer (ReportWriter 4.2) /CreationDate (D:20240301090000-05'00') >>"
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in range(1, next_id):
        offsets[i] = out.tell()
        out.write(b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n" % next_id)
    out.write(b"0000000000 65535 f \n")
    for i in range(1, next_id):
        out.write(b"%010d 00000 n \n" % offsets[i])
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (next_id, xref))
    return out.getvalue()


def make_csv(rows, delim=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def text_table(rows, sep="  ", bar=False):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for j, r in enumerate(rows):
        if bar:
            out.append("| " + " | ".join(str(c).ljust(widths[i]) for i, c in enumerate(r)) + " |")
            if j == 0:
                out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
        else:
            out.append(sep.join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip())
            if j == 0:
                out.append(sep.join("-" * w for w in widths))
    return "\n".join(out)


XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
PDF = ("application", "pdf")
ZIP = ("application", "zip")


def attach(m, data, mt, filename):
    maintype, subtype = mt
    if isinstance(data, str):
        m.add_attachment(data, subtype=subtype, filename=filename)
    else:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)


# ---------------------------------------------------------------- registry
REG = []


def reg(label, kind, patient=""):
    def deco(fn):
        REG.append((label, kind, patient, fn))
        return fn
    return deco


# ================================================================ PHI: care
@reg("phi", "care", "Darnell Whitaker")
def care_1():
    w = dt(3, 11, 7, 48)
    m = new("marcus", "jerome", "Darnell - missed Sat/Sun", w, cc="okafor")
    m.set_content(f"""Jerome,

Heads up, Darnell Whitaker came to the window this morning at 7:30 after missing
Saturday and Sunday. He said he was at his girlfriend's in Easton and had no ride.
Per the missed dose protocol (2 consecutive days) I did NOT give his full 85. Dr.
Okafor-Hale okayed 60 mg today and she wants to see him before dosing tomorrow, so
he needs to come in by 6:30 for her early slot.

He was a little shaky but appropriate, no sedation, breathalyzer 0.00. I told him
you'd want to talk to him about it. He's on your Tuesday group list anyway.

Also his Saturday take-home was never picked up so nothing outstanding on that.

Marcus
{sig('marcus')}
""")
    return m


@reg("phi", "care", "Siobhan O'Rourke")
def care_2():
    w = dt(3, 14, 13, 5)
    m = new("alisha", ["okafor", "priya"], "UDS back for Siobhan O'Rourke - take-home level", w)
    txt = """Hi Dr. O and Priya,

Siobhan O'Rourke's random from 3/12 came back from the lab today:

  fentanyl POS, norfentanyl POS
  methadone POS, EDDP POS
  everything else neg

That's her second non-negative in 30 days so by our take-home policy she drops
from Level 3 (3 bottles/wk) to Level 1 starting Monday. I haven't told her yet,
she's scheduled with me Friday at 10. I'd rather tell her in session than have
her find out at the window. Can we hold the change in the dosing system until
after I see her? She's been pretty upfront with me so I don't expect a blowup
but I want to have the conversation first.

Also wondering if we revisit her dose, she's been at 70 since November.

Thanks,
Alisha"""
    m.set_content(txt + "\n" + sig("alisha"))
    html = text_to_html(txt).replace("  fentanyl POS, norfentanyl POS<br>", "<b>fentanyl POS, norfentanyl POS</b><br>")
    m.add_alternative(html_wrap(html + "<p style=\"color:#555\">Alisha Marchetti, CADC<br>Primary Counselor<br>"
                                f"{CLINIC}</p>" + DISCLAIMER_HTML), subtype="html")
    return m


@reg("phi", "care", "Bartholomew Fenwick")
def care_3():
    w1 = dt(4, 1, 8, 12)
    w2 = dt(4, 1, 9, 40)
    w3 = dt(4, 1, 10, 2)
    first = f"""Tamsin - Bart Fenwick brought back his bottles this morning, only 5 of 6. He says
Thursday's bottle was in his glove box and the car got broken into Wed night. Has a
police report number, PR-24-031877, copy is in the chart. Bottle lot was 24B-0117.

Gwen"""
    second = f"""Thanks Gwen. Per the lost/stolen policy this is his first incident in 12 months
so it goes to the team, not automatic suspension. Until the team meets I'm putting
his take-homes on hold and he doses daily on site starting tomorrow. Can you let
him know when he comes in? He'll be unhappy, he drives for the bakery at 5am.

Tamsin"""
    third = """Will do. He's here now actually, I'll tell him at the window. He did ask if he
could get a lockbox from us, we have two left in the cabinet.

G"""
    m = new("gwen", "tamsin", "RE: RE: Fenwick bottle count", w3, cc="jerome", in_reply_to=mid())
    m.set_content(third + "\n\n" + sig("gwen", short=True) + "\n\n" + wrote(w2, "Tamsin Whitlock <" + S["tamsin"]["email"] + ">")
                  + "\n" + quote(second + "\n\n" + wrote(w1, "Gwen Abernathy <" + S["gwen"]["email"] + ">") + "\n" + quote(first)))
    return m


@reg("phi", "care", "Kristof Halász")
def care_4():
    w = dt(4, 8, 11, 20)
    m = new("jerome", ["okafor", "bernard", "dale"], "Sad news - Kristof Halász", w)
    body = f"""
<p>All,</p>
<p>I got a call this morning from Kristof Hal&aacute;sz's sister Edit. Kristof passed away at home
on Sunday (4/7). She did not know a cause yet and said the medical examiner is involved.</p>
<p>He last dosed with us Friday 4/5, 110 mg, no take-homes out. He had been in program
since 2019 and was doing well by most measures. I know a lot of the nursing staff knew him.</p>
<p>Bernard &ndash; I think this is a reportable death to the state within 24 hours? Can you
start the incident report and let me know what you need from me. I've entered a note in
the chart but have not discharged.</p>
<p>Edit asked whether anyone from the clinic could come to the service, it's Saturday at
St. Ladislaus. I'll go if I can.</p>
<p>Jerome</p>
<p style="color:#555;font-size:10pt">Jerome Baptiste, LCSW<br>Primary Counselor | {CLINIC}<br>
x{S['jerome']['ext']}</p>
{DISCLAIMER_HTML}"""
    m.set_content(html_wrap(body), subtype="html")
    return m


@reg("phi", "care", "Rosalind De la Cruz")
def care_5():
    w1 = dt(4, 15, 16, 2)
    w2 = dt(4, 15, 17, 31)
    w3 = dt(4, 16, 7, 55)
    w4 = dt(4, 16, 10, 14)
    m1 = f"""Team,

Starting May 6 we are moving the weekday dosing window to 5:30-11:30 and 1:00-2:30
(closing the 11:30-1:00 gap for lunch coverage). Saturday stays 7:00-10:30. Sunday
stays take-home only, with the 8-9 emergency window.

Things that need to happen:
 - new signs for the lobby and door (Shonda ordering)
 - robocall and text blast to all patients two weeks out (Kofi)
 - update the window hours in the patient handbook (Bernard)
 - nursing to cover 5:30 with two nurses the first week

Let me know any problems.

Dale"""
    m2 = """Dale - two nurses at 5:30 is fine for the first week but after that we can't do it
without someone going over 40. Can we revisit staffing at the May huddle? Also the
text blast needs Spanish and Vietnamese versions, Inés and Van can help.

Priya"""
    m3 = """Spanish is no problem, I can have it to Kofi by Friday.

Inés"""
    m4 = f"""Sounds good on staffing, we'll revisit. I'll add it to the huddle agenda.

Separate thing since everyone is on this thread - just so leadership is aware,
Rosalind De la Cruz was sent out to Mercy ED from the lobby about 9:15 this morning.
She was unresponsive in the bathroom after dosing, Gwen and Marcus gave Narcan x2
and she came around before EMS got there, EMS transported anyway. Incident report
is started. Jerome is her counselor and is trying to reach her sister. Nursing
will NOT dose her tomorrow until Dr. Beaumont clears her.

Back to the hours change - Shonda, do we have a proof of the door sign yet?

Dale"""
    m = new("dale", ["priya", "ines", "shonda", "kofi", "bernard"], "RE: Dosing window hours change starting May 6", w4,
            cc=["okafor", "jerome"], in_reply_to=mid())
    body = (m4 + "\n\n" + sig("dale") + "\n\n"
            + outlook_hdr(f"Castellanos, Inés <{S['ines']['email']}>", w3, "Kowalczyk, Dale; Venkataraman, Priya",
                          "RE: Dosing window hours change starting May 6") + "\n\n" + m3 + "\n\n"
            + outlook_hdr(f"Venkataraman, Priya <{S['priya']['email']}>", w2, "Kowalczyk, Dale",
                          "RE: Dosing window hours change starting May 6") + "\n\n" + m2 + "\n\n"
            + outlook_hdr(f"Kowalczyk, Dale <{S['dale']['email']}>", w1, "Nursing; Front Desk; Mensah, Kofi; Ng, Bernard",
                          "Dosing window hours change starting May 6") + "\n\n" + m1 + "\n")
    m.set_content(body, charset="utf-8", cte="quoted-printable")
    return m


@reg("phi", "care", "Amara Nwosu")
def care_6():
    w = dt(4, 22, 14, 47)
    m = new("hollis", ["pharm", "nursing"], "Dose order - Nwosu", w)
    m.set_content(f"""Pharmacy / nursing,

Order for Amara Nwosu (clinic ID 0031874):

  Methadone oral concentrate: increase 65 mg -> 70 mg, effective 4/23 AM dose.
  Split dosing approved: 35 mg observed AM, 35 mg take-home for PM.
  Split starts ONLY after the repeat EKG is back and QTc < 470. Last QTc was 452 on 3/19.
  EKG ordered for 4/24 at Ferris Mill Cardiology.

She reports she's up at night sweating and craving around 2-3am. Peak/trough levels
drawn 4/15 support the split (trough 92 ng/mL). No sedation at the window per nursing.

Please have her sign the split-dose agreement at the window tomorrow.

Hollis Beaumont, NP
{CLINIC}
""", cte="quoted-printable")
    return m


@reg("phi", "care", "Mykola Hrytsenko")
def care_7():
    w0 = dt(4, 24, 15, 30)
    w = dt(4, 25, 8, 5)
    inner = new("jerome", "alisha", "session note - Mykola H.", w0)
    inner.set_content(f"""Alisha - since you're picking up Mykola while I'm out, here's where we left it.

Mykola Hrytsenko, individual session 4/24, 50 min.
- Came in on time, engaged. 14 months in program, on 45 mg, asking to taper.
- We went over the step-down plan: 5 mg every 2 weeks to 30, then reassess.
  Dr. Okafor-Hale signed off in principle, wants him seen monthly by her during taper.
- Referred to Ferris Mill Works (vocational) - he has intake there 5/2.
- His wife Oksana called last week worried about the taper; he's OK with her
  joining a session. Release of information for her is signed.
- Next individual: 5/8 at 2pm (that's you).

Thanks for covering.
Jerome
""")
    m = new("alisha", "okafor", "Fw: session note - Mykola H.", w)
    m.set_content("""Dr. O,

Forwarding Jerome's note from yesterday. Mykola's first step-down would be 5/1 if you're
still OK with it - can you put the order in or let me know if you want to see him first?

Alisha
""" + sig("alisha", disclaimer=True))
    m.add_attachment(inner)
    return m


@reg("phi", "care", "Anneliese van der Berg")
def care_8():
    w = dt(5, 2, 9, 18)
    m = new(("Corinne Tabor, RN CM", "ctabor@stmarguerite-hosp.example"), "guest", "Dose verification request - inpatient", w,
            domain="stmarguerite-hosp.example")
    m.set_content(f"""Good morning,

I'm the case manager on 4 West at St. Marguerite Hospital. Your patient Anneliese
van der Berg was admitted through our ED last night and is on our unit. She tells
us she doses with you daily and that her last dose was yesterday morning, 95 mg.

Our hospitalist wants to continue her methadone while she's here, but we need the
dose and last dose date verified by the clinic before pharmacy will dispense. Could
someone call me at 555-018-4410 or fax the dose verification to 555-018-4499?

She is expected to be here at least 3-4 days. She asked that we let you know so she
doesn't get discharged from your program for missing.

Thank you,

Corinne Tabor, RN, BSN
Case Management, 4 West
St. Marguerite Hospital
Office 555-018-4410 | Fax 555-018-4499

This electronic message is intended only for the named recipient and may contain
confidential information. If you are not the intended recipient, you are hereby
notified that any dissemination of this communication is prohibited.
""")
    return m


# ================================================================ PHI: names
@reg("phi", "names", "Katarzyna Wójcik")
def names_1():
    w0 = dt(3, 19, 16, 44)
    w = dt(3, 20, 9, 2)
    m = new("okafor", "alisha", "re: Wójcik, Katarzyna — take-home eligibility", w, cc="tamsin", in_reply_to=mid())
    prev = """Dr. O - Wójcik, Katarzyna (0028811) is up for her 90-day take-home review. 8 criteria
met, all randoms negative since December, working full time at the hospital laundry.
Requesting Level 3. Team was in favor on Monday.
Alisha"""
    m.set_content(f"""Agree, approve Level 3 for Kasia starting next Monday. Please make sure she
has the lockbox and signs the updated take-home agreement, the one she has on file
is the 2022 version.

Tamsin, she'll need Wed/Fri/Sun bottles.

RO-H

{wrote(w0, 'Alisha Marchetti')}
{quote(prev)}
""", charset="iso-8859-2", cte="quoted-printable")
    return m


@reg("phi", "names", "Trần Văn Minh")
def names_2():
    w = dt(3, 27, 15, 12)
    m = new("van", "guest", "Trần Văn Minh - guest dose letter for tomorrow", w)
    m.set_content(f"""Hi guest dosing,

He'll be in at 6:15 before his shift, can you please have the letter to
Riverbend ready for him to pick up? He's going to his brother's in Harlow
Falls for 5 days (3/28 - 4/1). Riverbend said they got our fax but want the
signed copy to come with him too.

Dose is 90, no change. He has no take-homes out.

Thanks!
Van
{sig('van', disclaimer=False)}
""")
    return m


@reg("phi", "names", "Chukwuemeka Obi")
def names_3():
    w = dt(4, 3, 12, 26)
    m = new("jerome", "frontdesk", "Mr. Obi's appointment", w)
    m.set_content(f"""Front desk,

Please move Mr. Chukwuemeka Obi's counseling appointment from Thursday 4/4 at 1pm to
Monday 4/8 at 11am. He asked on the phone, it's about his son's school thing.

If Mrs. Obi calls again asking whether he was here on a certain day, we do NOT have
a release for her. You can't confirm or deny he's a patient. Just take a message and
I'll call Emeka back myself.

Thanks,
Jerome
""")
    return m


@reg("phi", "names", "Renée Dufresne")
def names_4():
    w = dt(4, 9, 10, 51)
    m = new("gwen", ["hollis", "tamsin"], "Renée Dufresne - induction day 1", w)
    m.set_content(f"""Hollis, Tamsin,

Ms. Dufresne's bup induction went OK this morning. COWS was 14 when she got here
at 7:40 (last use she says was about 16 hours before). Gave 4 mg SL at 8:05, COWS
recheck 9:10 was 8, gave another 4 mg. She's resting in the lobby and says she
feels "almost normal". Total 8 mg today.

Renée wants to know if she can have a take-home for tomorrow since she lives out
past Lac-Sainte-Hélène and it's 50 min each way. I told her that's a prescriber
question. Can one of you let me know before noon?

Gwen Abernathy, RN
""", charset="iso-8859-1", cte="quoted-printable")
    return m


@reg("phi", "names", "Pieter van den Heuvel")
def names_5():
    w = dt(4, 12, 14, 7)
    m = new("shonda", ["priya", "alisha"], "call from van den Heuvel family", w)
    m.set_content(f"""Priya / Alisha,

Van den Heuvel's daughter (Margriet) called at 1:50. She says her dad Pieter van den
Heuvel had hip surgery at Lakeview Ortho on Tuesday and got moved to Brightwater
Rehab yesterday. Brightwater wants to know how to get his methadone there, she says
they've never had one of our patients before.

She's on his release form (I checked, expires 9/2024). Her cell is 555-014-7731.
Brightwater's nurse line is 555-014-9002, ask for the 2nd floor desk.

Mr. van den Heuvel has missed Wed and Thu, so I didn't want it to go to the 3-day
discharge list without someone knowing.

Shonda
Intake / Front Desk
""")
    return m


@reg("phi", "names", "Tariq Al-Masri")
def names_6():
    w1 = dt(4, 2, 11, 4)
    w2 = dt(4, 2, 13, 38)
    m = new(("Lorraine Sykes", "guestdosing@northforkms.example"), "guest", "RE: Guest dosing - al-Masri", w2,
            domain="northforkms.example", in_reply_to=mid())
    first = f"""Hello North Fork,

Requesting guest dosing for our patient Tariq Al-Masri, 4/8 through 4/14, he is
traveling to stay with family for Eid. Current dose 120 mg methadone liquid, last
dose here will be 4/7 AM. He has no take-homes. Signed consent and dose
verification attached to the fax we sent this morning.

Thank you,
Guest Dosing Desk, {CLINIC}"""
    m.set_content(f"""Hi,

We received the fax for Mr. al-Masri and we can accommodate 4/8-4/14. Our window is
6:00-10:00 weekdays and 7:00-9:00 Sat/Sun. He should bring a photo ID the first day.
We will send back the dosing log the day after his last dose.

One thing - the consent form you sent has "Tarik" handwritten at the bottom and
Tariq typed at the top. Can you confirm the spelling so it matches his ID?

Lorraine Sykes
Intake/Guest Dosing, North Fork Methadone Services
555-017-3360

{wrote(w1, 'Guest Dosing <guestdosing@' + CDOM + '>')}
{quote(first)}
""")
    return m


@reg("phi", "names", "Priyanka Raghunathan")
def names_7():
    w = dt(4, 17, 15, 3)
    m = new("okafor", "counsel", "counseling frequency", w)
    html = f"""<div>Hi team,</div>
<div>&nbsp;</div>
<div>From yesterday's treatment plan reviews:</div>
<ul>
<li><b>Priyanka R.</b> &ndash; can move to <u>biweekly</u> individual counseling. 18 months negative,
stable on 12 mg bup. Ms. Raghunathan asked about evening groups since she started her nursing
program, please see if the Thursday 6pm group has room.</li>
<li>Everyone else on the review list stays at current frequency.</li>
</ul>
<div>Alisha, she's yours, can you update the plan and have her sign at her next visit?</div>
<div>&nbsp;</div>
<div>Renata</div>
<div style="color:#666;font-size:9pt">Renata Okafor-Hale, MD | Medical Director | {CLINIC}</div>
"""
    m.set_content(html_wrap(html), subtype="html", cte="base64")
    return m


@reg("phi", "names", "Kenji Takahashi-Moore")
def names_8():
    w = dt(4, 19, 17, 15)
    m = new("luis", "counsel", "Thurs early recovery group - couple of things", w)
    m.set_content(f"""Hey all,

Group tonight had 9. Two things to flag:

1) Kenji Takahashi-Moore left about 20 min in. He said he felt sick and was "not
   going to sit here and sweat in front of people." Takahashi-Moore is pretty new
   (week 3) and I think his dose isn't holding yet. Whoever has him - Jerome? -
   might want to check in before Monday.

2) Seun Adeyemi shared that he's been accepted into the sober living on Pell St.
   Nice moment for the group. He asked that we not make a big deal of it outside
   group, just passing it along.

I'll have the attendance sheet on Shonda's desk in the morning.

Luis Carvajal
Peer Recovery Specialist
""")
    return m


# ================================================================ PHI: self
@reg("phi", "self", "Marisol Echeverría")
def self_1():
    w = dt(3, 21, 21, 48)
    m = new(("Marisol E", "marisol.e88@inboxly.example"), "frontdesk", "late tomorrow", w, domain="inboxly.example")
    m.set_content("""hi this is Marisol Echeverria, DOB 5/9/88. my car broke down on rt 9 and I'm waiting
on my cousin to come get me tomorrow, he doesn't get off til 11. if I get there at like
11:15 can I still dose?? the window closes 11:30 right. please don't mark me as a miss
I already missed last Tuesday when my daughter was sick and I know 3 in a row is a problem.

I can bring the tow receipt if you need it.

thank you
Marisol

Sent from my phone
""")
    return m


@reg("phi", "self", "Devendra Rao")
def self_2():
    w = dt(5, 6, 19, 2)
    m = new(("Dev Rao", "devrao.works@mailpost.example"), "guest", "Guest dosing for my trip in June", w, domain="mailpost.example")
    txt = """Hello,

I'd like to set up guest dosing for a family trip. I'm flying to see my mom in
Port Carrow June 3 and coming back June 9. I'm on 110 mg methadone and I get 2 take
homes a week (Sat/Sun) right now. Jerome said if I'm gone more than 3 days I need
guest dosing instead of extra bottles.

The closest clinic to my mom is Coastal Path Recovery on Harbor Ave. I can sign the
release whenever I'm in next, I dose every day at 6am.

Also - do I need to do a UDS before I leave? I did one last week.

Thanks,
Dev
(Devendra Rao)"""
    m.set_content(txt)
    m.add_alternative(html_wrap(text_to_html(txt), font="Arial"), subtype="html")
    return m


@reg("phi", "self", "Leilani Kahale")
def self_3():
    w = dt(3, 29, 16, 33)
    m = new(("Leilani K.", "leilani.kahale@webpost.example"), ("Patient Portal Messages", f"portal@{CDOM}"),
            "question for Dr Beaumont", w, domain="webpost.example")
    html = """<div dir="ltr">Hi, I was hoping to get this to Dr Beaumont (or the NP, sorry I'm not sure
of her title).<br><br>For the last 2 weeks I've been feeling sick again by around 4 in the afternoon.
Sweating, yawning, my legs get restless at night and I'm not sleeping. I dose at 7am. It's
not like before, I'm not using, but I'm scared that if it keeps up I will. I'm on 80.<br><br>
Someone in group said a split dose helped them. Could I talk to someone about that or
about going up? I'm free any morning after dosing.<br><br>Thank you,<br>Leilani<br><br>
<div style="color:#888">Sent from my iPhone</div></div>"""
    m.set_content(html_wrap(html, font="-apple-system, Helvetica"), subtype="html")
    return m


@reg("phi", "self", "Bart Fenwick")
def self_4():
    w = dt(3, 8, 20, 17)
    m = new(("Bart Fenwick", "bfenwick.delivers@mailpost.example"), "alisha", "about thursday", w, domain="mailpost.example")
    m.set_content("""Alisha,

I know the nurse wrote me down as a refused for the observed sample Thursday. I
wasn't refusing, I just couldn't go with somebody standing there, I tried for like
20 min. I'm not trying to hide anything, I'll do it Monday first thing when I've
been drinking water all morning. Can I do it then and not have it count as a
positive? I really don't want to lose my Saturday bottle over this, my route starts
at 5.

Bart
""")
    return m


@reg("phi", "self", "Gabriel Ostrowski")
def self_5():
    w0 = dt(4, 29, 8, 40)
    w = dt(4, 29, 10, 11)
    m = new(("Gabe Ostrowski", "gostrowski@harlowlogistics.example"), ("Tina Marsh", "tmarsh@harlowlogistics.example"),
            "RE: shift change request", w, domain="harlowlogistics.example", in_reply_to=mid("harlowlogistics.example"))
    m.set_content(f"""Tina,

Understood, and I'm sorry to put this on you in an email. The reason I need to start
at 8 instead of 7 is that I go to a methadone clinic every morning and their window
opens at 5:30 but the line is long and I'm almost always out by 7:20. I've been in
treatment since last fall and it's going well, I'd just rather not be late every day.

My counselor can write a letter confirming the daily appointment if HR needs one.
I'd appreciate if this stays between you and HR.

Thanks,
Gabe

{wrote(w0, 'Tina Marsh')}
> Gabe - I can't approve the 8am start without a reason, we have three people asking
> for later starts. Can you give me some background? - Tina
""")
    return m


@reg("phi", "self", "Ignatius McGillicuddy")
def self_6():
    w0 = dt(5, 13, 9, 20)
    w = dt(5, 13, 18, 55)
    m = new(("Iggy McGillicuddy", "iggy.mcg@yeahmail.example"), "shonda", "Re: Records request", w,
            domain="yeahmail.example", in_reply_to=mid())
    m.set_content(f"""Hi Shonda,

Yes I'm transferring for good. Name is Ignatius McGillicuddy, DOB 02/14/1979, my
clinic number I think is 0019336. New clinic is Coastal Path Recovery, intake
with them is 5/28. They want my dosing history for the last 90 days, my last
physical, and my last 3 urine screens. Their fax is 555-019-2044.

My last day dosing with you will be 5/25 (I'm on 60 mg). Please tell Dr. Okafor-Hale
thank you for everything, 4 years is a long time.

Iggy

{wrote(w0, 'Shonda Reyes')}
> Hi Ignatius, I got your voicemail. To send records we need a signed Part 2 consent
> naming the receiving program. Are you transferring permanently or is this guest
> dosing? Please reply with your full name and date of birth and the name and fax of
> the new clinic and I'll have the form ready for you to sign at the window.
> Shonda Reyes, Intake Coordinator
""")
    return m


@reg("phi", "self", "Thu Phạm")
def self_7():
    w0 = dt(5, 15, 12, 0)
    w = dt(5, 15, 20, 41)
    m = new(("Thu Pham", "thupham1993@inboxly.example"), ("Millbrook Reminders", f"noreply@{CDOM}"),
            "Re: Appointment reminder", w, domain="inboxly.example", in_reply_to=mid(),
            extra={"X-Mailer": "Inboxly Mobile 6.2"})
    m.set_content(f"""Yes I'll be there for my 2pm with Jerome Thurs.

Also can someone tell him I hit 90 days clean today!! all my urines have been clean
since Feb. Can I ask about getting my Sunday bottle now? my sister is getting married
June 9 (Sunday) and I don't want to have to leave the wedding to come dose.

Thu

On Wed, May 15, 2024, Millbrook Reminders <noreply@{CDOM}> wrote:
> This is a reminder of your appointment:
>   Thursday, May 16, 2024 at 2:00 PM
>   Individual counseling with Jerome Baptiste, LCSW
>   {CLINIC}, {CLINIC_ADDR}
> Reply C to confirm or call {CLINIC_MAIN} to reschedule.
> This mailbox is not monitored for clinical questions.
""", charset="utf-8")
    return m


# ================================================================ PHI: ids
@reg("phi", "ids", "Yolanda Fairweather")
def ids_1():
    w = dt(3, 6, 10, 25)
    m = new("guest", ("Riverbend CTC Guest Dosing", "guestdose@riverbendctc.example"),
            "Guest dose request MTC-004417 (3/15-3/19)", w, cc="tamsin")
    m.set_content(f"""Riverbend guest dosing,

Please accept the following guest dosing request. Signed consent (42 CFR Part 2) and
dose verification are attached to the fax sent today from 555-014-2299.

Patient: Yolanda Fairweather          DOB: 1984-07-23
Our ID: MTC-004417                     Phone: (555) 014-6638
Medication: Methadone HCl oral concentrate 10 mg/mL
Current dose: 95 mg daily              Last dose at MTC: 03/14/2024 AM
Take-homes in hand: none
Requested guest dates: 03/15/2024 through 03/19/2024 (5 doses)
Returns to MTC: 03/20/2024
Reason: attending father's funeral / family

Please fax the dosing record back to us at (555) 014-2299 after the last date.
Call Tamsin Whitlock, PharmD, x2240 with questions.

Thank you,
Guest Dosing Desk
{CLINIC}
""")
    return m


@reg("phi", "ids", "Dmitri Volkov")
def ids_2():
    w = dt(3, 18, 11, 2)
    m = new("fiona", ("Provider Relations", "provider.relations@bayviewhealthplan.example"),
            "Denied claim 2024031100877 - member YH48829173", w)
    m.set_content(f"""Hello,

We received a denial (CARC 31, patient cannot be identified as our insured) for the
following claim and believe it was denied in error.

  Claim #:        2024031100877
  Member:         VOLKOV, DMITRI
  Member ID:      YH48829173
  DOB:            11.03.1976 (entered on claim as 1976-03-11 - may be the problem)
  SSN on file:    231-55-8917
  DOS:            02/26/2024 - 03/03/2024
  Service:        H0020 weekly methadone administration bundle, 1 unit
  Billed:         $105.00

Mr. Volkov's eligibility showed active on 2/26 when we ran the 270. If the DOB
transposition is the issue we will submit a corrected claim (freq code 7), but I
wanted to confirm which DOB you have on your file before we do. Our copy of his
card shows 11/03/1976.

Fiona Gallagher-Price
Billing Manager, {CLINIC}
NPI 1588043219 | TIN 83-4401927
{CLINIC_MAIN} x2260
""")
    return m


@reg("phi", "ids", "José Luis Peña-Ibarra")
def ids_3():
    w = dt(3, 22, 14, 16)
    m = new(("Central Registry - Office of Opioid Treatment", "central.registry@dbh.state.example"),
            ("Bernard Ng", S["bernard"]["email"]), "Dual enrollment alert CR-2024-118204", w,
            domain="dbh.state.example")
    m.set_content(f"""*** DUAL ENROLLMENT ALERT ***

Program: {CLINIC} (OTP #47-0112)
Alert ID: CR-2024-118204
Generated: 03/22/2024 14:12

A client admitted by your program on 03/21/2024 matches an active enrollment at
another program in the Central Registry.

  Client name:          PENA-IBARRA, JOSE LUIS
  DOB:                  03/30/1991
  SSN (last 4):         xxx-xx-4471
  Gender:               M
  Your admit date:      03/21/2024
  Other program:        OTP #47-0087 (Riverbend Comprehensive Treatment Center)
  Other admit date:     01/09/2024
  Other status:         ACTIVE - last dose reported 03/19/2024

Per state rule 12.4(c), the admitting program must contact the other program and
resolve the enrollment within 2 business days. Do not dispense more than one dose
per day between programs. Respond through the registry portal or reply to this
message with the resolution.

Office of Opioid Treatment - Central Registry Unit
Department of Behavioral Health
""")
    return m


@reg("phi", "ids", "Harold Quist")
def ids_4():
    w = dt(4, 4, 15, 50)
    m = new("tamsin", "kofi", "Duplicate chart - need merge in DosePoint", w, cc="shonda")
    m.set_content(f"""Kofi,

We have a duplicate in DosePoint. Front desk re-registered a returning patient
instead of readmitting:

  Chart # 22-0193   acct 700219345   QUIST, HAROLD B   DOB Feb 2 1969   (old, discharged 11/2022)
  Chart # 24-0417   acct 700288610   QUIST, HAROLD     DOB 02/02/1969   (new, admitted 3/28/2024)

His doses since 3/28 (40 mg induction, now 55 mg) are all on 24-0417, but his
allergy list (codeine) and old UDS history are on 22-0193. Pharmacy needs one chart
before we can do his 30-day dose review. Please keep 22-0193 as the survivor since
the state registry has that number.

Can you do it after the window closes today so nothing posts mid-merge?

Tamsin
""")
    return m


@reg("phi", "ids", "Fatima Zahra Benali")
def ids_5():
    w = dt(4, 10, 9, 33)
    m = new(("Tri-County Toxicology Client Services", "results@tricountytox.example"), "nursing",
            "Courtesy call documentation - specimen LAB-7781203", w, domain="tricountytox.example")
    m.set_content("""This message documents the courtesy call placed to your facility today.

Account: 40291 MILLBROOK TREATMENT CENTER
Patient: BENALI, FATIMA ZAHRA
MRN: 000884512        DOB: 1987-12-05
Address on req: 44 Whitcombe Ave Apt 7, Millbrook
Specimen ID: LAB-7781203     Collected: 04/08/2024 07:42   Received: 04/09/2024 06:10
Specimen type: Urine, observed

Result flagged for review:
  Buprenorphine ........ POSITIVE   (>1000 ng/mL)
  Norbuprenorphine ..... NEGATIVE   (<5 ng/mL)
  Creatinine ........... 18 mg/dL   (LOW)

Interpretation note: High parent drug with absent metabolite is inconsistent with
ingestion and may indicate the specimen was adulterated with medication. Clinical
correlation recommended.

Call placed to: nursing station, spoke with G. Abernathy RN, 09:21.

Tri-County Toxicology | Client Services 555-011-8800
""")
    return m


@reg("phi", "ids", "Desmond Achterberg")
def ids_6():
    w = dt(4, 16, 13, 12)
    m = new("van", ["luis", "jerome"], "outreach - D. Achterberg, 3 days no show", w)
    m.set_content(f"""Luis, Jerome,

Desmond Achterberg hasn't dosed since Friday (last dose 4/12, 70 mg). Third missed
day today. The number on file, 555-013-0187, says disconnected. Emergency contact is
his mom, Patrice Achterberg, 555-013-2246, but she's not on his release, so we can't
call her about anything clinical.

Last address we have: 27 Cobb St, Apt 2, Millbrook. Luis, you're doing home visits
on the east side Thursday, could you knock? If we can't reach him by tomorrow he
goes on the re-induction list and Dr. Beaumont will need to see him before any
dose.

Van Lương, Case Manager
x2257
""")
    return m


@reg("phi", "ids", "Colette Ambrose")
def ids_7():
    w = dt(4, 23, 10, 40)
    m = new(("Bayview Health Plan Pharmacy PA", "pa-notices@bayviewhealthplan.example"), ("Hollis Beaumont", S["hollis"]["email"]),
            "Prior Authorization Determination - PA# 2024-PA-118832", w, domain="bayviewhealthplan.example")
    txt = """PRIOR AUTHORIZATION DETERMINATION

Member name:   Colette Ambrose
Member ID:     QXH 882 104 339-01
Group:         77120
Date of birth: 09/17/1995
Prescriber:    Hollis Beaumont, NP

Request:   buprenorphine-naloxone 8 mg-2 mg sublingual film, 3 films/day (24 mg/day)
PA #:      2024-PA-118832
Decision:  PARTIALLY APPROVED
Approved:  2 films/day (16 mg/day), qty 60 per 30 days, 04/23/2024 - 10/22/2024
Reason:    Doses above 16 mg/day require documentation of continued withdrawal
           symptoms or cravings at the current dose. Submit chart notes to request
           reconsideration.

Questions: 555-016-4400 option 3. Fax reconsideration requests to 555-016-4490."""
    m.set_content(txt)
    m.add_alternative(html_wrap("<pre style=\"font-family:Consolas,monospace\">" + esc(txt) + "</pre>"), subtype="html")
    return m


@reg("phi", "ids", "Reginald Obuya")
def ids_8():
    w = dt(5, 1, 6, 0)
    m = new(("Millbrook Treatment Center Billing", f"statements@{CDOM}"), ("Reginald Obuya", "r.obuya@webpost.example"),
            "Your statement from Millbrook Treatment Center", w)
    html = f"""<table width="600" cellpadding="6" style="border-collapse:collapse;font-family:Arial;font-size:10pt">
<tr><td colspan="2" style="background:#1d4f6e;color:#fff;font-size:14pt">{CLINIC} &mdash; Patient Statement</td></tr>
<tr><td>Statement date</td><td>05/01/2024</td></tr>
<tr><td>Patient</td><td>Reginald Obuya</td></tr>
<tr><td>Date of birth</td><td>07 JAN 1990</td></tr>
<tr><td>Account</td><td>ACCT-00-558812</td></tr>
</table>
<table width="600" border="1" cellpadding="4" style="border-collapse:collapse;font-family:Arial;font-size:10pt">
<tr style="background:#eee"><th>Date</th><th>Description</th><th>Charges</th><th>Payments</th></tr>
<tr><td>04/01-04/07</td><td>Methadone maintenance, weekly bundle (H0020)</td><td>$105.00</td><td></td></tr>
<tr><td>04/08-04/14</td><td>Methadone maintenance, weekly bundle (H0020)</td><td>$105.00</td><td></td></tr>
<tr><td>04/09</td><td>Urine drug screen, point of care</td><td>$25.00</td><td></td></tr>
<tr><td>04/15-04/21</td><td>Methadone maintenance, weekly bundle (H0020)</td><td>$105.00</td><td></td></tr>
<tr><td>04/22-04/28</td><td>Methadone maintenance, weekly bundle (H0020)</td><td>$105.00</td><td></td></tr>
<tr><td>04/26</td><td>Payment - thank you (card ending 4410)</td><td></td><td>$300.00</td></tr>
<tr><td colspan="2" align="right"><b>Balance due</b></td><td colspan="2"><b>$145.00</b></td></tr>
</table>
<p style="font-family:Arial;font-size:9pt">Self-pay balances are due weekly at the window. Ask the front desk about our sliding fee
scale. Questions: {CLINIC_MAIN} x2260.</p>"""
    m.set_content(html_wrap(html), subtype="html", cte="quoted-printable")
    return m


# ================================================================ PHI: lists
POOL = [
    "Darnell Whitaker", "Siobhan O'Rourke", "Amara Nwosu", "Leilani Kahale", "Marisol Echeverría",
    "Desmond Achterberg", "Harold Quist", "Thu Phạm", "Kenji Takahashi-Moore", "Oluwaseun Adeyemi",
    "Tyrell Boatwright", "Krystal Dunaway", "Wojciech Zieliński", "Gabriela dos Santos", "Rafael Domínguez",
    "Shawna McCready", "Anh Đỗ", "Colm Feeney", "Brandi Lockhart", "Nikolai Orlov",
    "Imani Greer-Washington", "Travis Pettibone", "Maricel Bautista", "Hamza El-Amin", "Joleen Szabo",
    "Cody Ray Hatfield", "Ngozi Eze", "Dustin Kowalski", "Aaliyah Rountree", "Rui Tavares",
    "Sandeep Kaur Gill", "Mercedes Villalobos", "Jamal Fairbanks", "Ashlyn Crowe", "Bogdan Marinescu",
]


def pick(n, exclude=()):
    pool = [p for p in POOL if p not in exclude]
    return random.sample(pool, n)


def cid():
    return "00" + str(random.randint(18000, 39999))


def lastfirst(name):
    parts = name.split(" ")
    if len(parts) >= 3 and parts[-2].lower() in ("dos", "de", "van", "la"):
        return " ".join(parts[-2:]) + ", " + " ".join(parts[:-2])
    return parts[-1] + ", " + " ".join(parts[:-1])


@reg("phi", "lists", "")
def lists_1():
    w = dt(3, 16, 6, 5)
    names = pick(8)
    notes = ["HOLD - missed Thu/Fri, see NP before dose", "guest from Riverbend, 2nd of 4 days",
             "dose increase 75->80 starts today", "last day of taper, 5 mg", "breathalyzer required before dosing",
             "pick up 2 bottles (Sat/Sun)", "returning from hospital, verify dose w/ Tamsin", "observed UDS due"]
    doses = ["85", "60", "80", "5", "110", "45", "95", "70"]
    rows = [["Patient", "ID", "Dose (mg)", "Note"]]
    for i, n in enumerate(names):
        rows.append([lastfirst(n), cid(), doses[i], notes[i]])
    m = new("priya", "nursing", "Saturday window - exceptions list 3/16", w)
    m.set_content(f"""Morning all. Exceptions for today's window below, the rest is normal.
Marcus is on Station 1, Gwen on Station 2. Window 7:00-10:30.

{text_table(rows)}

If anyone on the HOLD line shows up before Hollis gets in (8:00), have them wait.
Priya
""")
    return m


@reg("phi", "lists", "")
def lists_2():
    w = dt(3, 26, 19, 50)
    names = pick(10)
    att = ["present", "present", "absent", "present", "late 6:20", "present", "absent - called", "present", "left early", "present"]
    lines = ["Name\tID\tAttendance\tNotes"]
    for i, n in enumerate(names):
        note = ["", "shared re: relapse last wk", "", "", "", "first group", "", "", "felt ill", ""][i]
        lines.append(f"{n}\t{cid()}\t{att[i]}\t{note}")
    m = new("ines", "counsel", "Tues 6pm Relapse Prevention - attendance 3/26", w)
    m.set_content("Attendance for tonight's group, copy/paste into the group log please:\n\n"
                  + "\n".join(lines) + "\n\nTopic: high-risk situations and the weekend.\nInés\n")
    return m


@reg("phi", "lists", "")
def lists_3():
    w = dt(5, 22, 15, 30)
    names = pick(9)
    rows = [["Patient", "Level", "Dose", "Sat 5/25", "Sun 5/26", "Mon 5/27 (closed)", "Return"]]
    for n in names:
        lvl = random.choice(["1", "2", "3", "4"])
        rows.append([n, lvl, f"{random.choice([40, 55, 60, 70, 80, 90, 100, 115])} mg",
                     random.choice(["dose on site", "bottle"]), "bottle", "bottle", "Tue 5/28"])
    m = new("tamsin", ["nursing", "pharm"], "Memorial Day take-home plan", w, cc="okafor")
    m.set_content(f"""Clinic is closed Monday 5/27. Everyone gets a Monday bottle. Sunday is our usual
take-home day. Below are the patients who need something other than the standard
(i.e. their level would not normally give them a Sunday bottle, or they're on a
change). Dr. O approved all of these as holiday exceptions.

{text_table(rows, bar=True)}

Bottles will be poured Friday afternoon after the window. Please double-check the
lockbox rule for the Level 1s before handing out.

Tamsin Whitlock, PharmD
""")
    return m


@reg("phi", "lists", "")
def lists_4():
    w = dt(4, 5, 11, 22)
    names = pick(12)
    rows = [["specimen_id", "patient_name", "mrn", "dob", "collected", "observed", "bup", "norbup", "methadone", "eddp",
             "fentanyl", "opiates", "cocaine", "amphet", "benzo", "thc", "creat_mgdl"]]
    for n in names:
        y = random.randint(1965, 2001)
        meth = random.random() < 0.7
        rows.append([f"LAB-77{random.randint(10000, 99999)}", n.upper(), f"000{random.randint(700000, 999999)}",
                     f"{random.randint(1, 12):02d}/{random.randint(1, 28):02d}/{y}", f"04/0{random.randint(1, 4)}/2024",
                     random.choice(["Y", "N"]),
                     "NEG" if meth else "POS", "NEG" if meth else "POS", "POS" if meth else "NEG", "POS" if meth else "NEG",
                     "POS" if random.random() < 0.2 else "NEG", "NEG", "POS" if random.random() < 0.15 else "NEG", "NEG",
                     "POS" if random.random() < 0.1 else "NEG", "POS" if random.random() < 0.3 else "NEG",
                     random.randint(25, 240)])
    m = new(("Tri-County Toxicology", "results@tricountytox.example"), "nursing", "Batch results - account 40291 - 04/05/2024", w,
            domain="tricountytox.example")
    m.set_content("""Attached are the final results for specimens received 04/02-04/04 for account 40291.
Flagged results have also been released to the portal.

This is an automated message. Do not reply.
Tri-County Toxicology
""")
    attach(m, make_csv(rows), ("text", "csv"), "TCT_40291_results_20240405.csv")
    return m


@reg("phi", "lists", "")
def lists_5():
    w = dt(4, 1, 8, 30)
    names = pick(14)
    rows = [["Counselor", "Patient", "Clinic ID", "Admit", "Med", "Dose", "Phase", "Take-home lvl", "Next ind. session", "Tx plan due"]]
    for i, n in enumerate(names):
        c = "Baptiste" if i < 7 else "Marchetti"
        med = random.choice(["methadone", "methadone", "methadone", "buprenorphine"])
        dose = f"{random.choice([8, 12, 16, 24])} mg" if med == "buprenorphine" else f"{random.choice([35, 50, 65, 80, 95, 120])} mg"
        rows.append([c, n, cid(), f"{random.randint(1, 12)}/{random.randint(1, 28)}/{random.choice([2019, 2021, 2022, 2023, 2024])}",
                     med, dose, random.choice(["Stabilization", "Maintenance", "Maintenance", "Early recovery", "Taper"]),
                     random.choice([0, 1, 2, 3, 4, 5]), f"4/{random.randint(2, 30)}/2024", f"{random.randint(4, 6)}/{random.randint(1, 28)}/2024"])
    m = new("dale", ["jerome", "alisha"], "Caseload split for April (Alisha coverage)", w)
    m.set_content("""Jerome, Alisha -

Attached is the caseload split we discussed. Rows 2-8 stay with Jerome; 9-15 move to Alisha
while Jerome is on reduced hours in April. Treatment plan due dates are in the last column,
a few are overdue for the accreditation file review so please prioritize those.

Dale
""")
    attach(m, make_xlsx(rows, "Caseload April"), XLSX, "caseload_split_APR2024.xlsx")
    return m


@reg("phi", "lists", "")
def lists_6():
    w = dt(5, 28, 16, 0)
    names = pick(7)
    rows = [["Patient", "DOB", "Dose", "Host clinic", "Dates", "Consent on file", "Verif. faxed"]]
    hosts = ["Coastal Path Recovery", "Riverbend CTC", "North Fork Methadone Services", "Harbor Light OTP (out of state)"]
    for n in names:
        d = random.randint(1, 24)
        rows.append([n, f"{random.randint(1, 12)}/{random.randint(1, 28)}/{random.randint(1966, 2000)}",
                     f"{random.choice([45, 60, 80, 90, 100, 130])} mg methadone", random.choice(hosts),
                     f"6/{d}-6/{d + random.randint(2, 6)}", "Yes", random.choice(["Yes", "Yes", "Pending"])])
    doc = make_docx([("h", "Outbound Guest Dosing - June 2024"),
                     f"{CLINIC} - Guest Dosing Desk. Updated 5/28/2024.",
                     ("table", rows),
                     "Host clinics return dosing logs within 2 business days of the last guest dose. "
                     "Pending verifications must be faxed before the patient's last dose here."])
    m = new("guest", ["tamsin", "nursing"], "June outbound guest dosing list", w)
    m.set_content("Attached is the June outbound list. Two verifications still pending, I'll fax those tomorrow AM.\n\n"
                  "- Guest Dosing Desk\n")
    attach(m, doc, DOCX, "Outbound_Guest_Dosing_June2024.docx")
    return m


@reg("phi", "lists", "")
def lists_7():
    w = dt(4, 29, 7, 10)
    names = pick(11)
    lines = [f"{CLINIC.upper()}  -  MISSED DOSE REPORT", "Period: 04/22/2024 - 04/28/2024      Run: 04/29/2024 06:00",
             "Source: DosePoint v8 / report MD-07", "",
             f"{'Patient':<26}{'ID':<10}{'Dose':<8}{'Missed':<22}{'Consec':<8}{'Action'}",
             "-" * 92]
    week = ["4/22", "4/23", "4/24", "4/25", "4/26", "4/27", "4/28"]
    act_by_k = {1: "counselor notified", 2: "NP notified - dose per order", 3: "NP review before next dose",
                4: "in-person NP review (6.4)", 5: "re-induction per 4.1", 6: "on discharge review list",
                7: "on discharge review list"}
    for i, n in enumerate(names):
        k = random.choice([1, 1, 1, 2, 2, 3, 3, 4, 5, 7])
        start = random.randint(0, 7 - k)
        days = week[start] + ("" if k == 1 else "-" + week[start + k - 1])
        act = act_by_k[k]
        if i == 4:
            act = "hospitalized per family - verify"
        if i == 7 and k <= 3:
            act = "guest dosing elsewhere? check log"
        lines.append(f"{lastfirst(n)[:25]:<26}{cid():<10}{str(random.choice([40, 60, 75, 90, 110])) + ' mg':<8}{days:<22}{k:<8}{act}")
    lines += ["", f"Total patients with missed doses: {len(names)}", "Census at end of period: 418", "",
              "Confidential - 42 CFR Part 2"]
    m = new("priya", ["okafor", "hollis", "counsel"], "Weekly missed dose report", w)
    m.set_content("Attached is last week's missed dose report. Please review your patients before Wednesday huddle.\n\nPriya\n"
                  + sig("priya"))
    attach(m, make_pdf(lines, "Missed Dose Report 04/22-04/28"), PDF, "MissedDose_0422-0428.pdf")
    return m


# ================================================================ PHI: struct
@reg("phi", "struct", "Ellis Nakashima")
def struct_1():
    w = dt(4, 11, 7, 16)
    hl7 = "\n".join([
        "MSH|^~\\&|TCTLIS|TRICOUNTY|DOSEPOINT|MTC|20240411071502||ORU^R01^ORU_R01|TCT0411-00087|P|2.5.1",
        "PID|1||000771204^^^MTC^MR||NAKASHIMA^ELLIS^J||19820614|M|||118 Brantley Rd^^Millbrook^ST^00000||^PRN^PH^^^555^0142277",
        "ORC|RE|MTC-UDS-55120|LAB-7790112",
        "OBR|1|MTC-UDS-55120|LAB-7790112|UDSCONF^Urine drug screen w/ confirmation^L|||20240409073000|||||||20240410061000|Urine|^BEAUMONT^HOLLIS^^^^NP",
        "OBX|1|ST|FENT^Fentanyl^L||POSITIVE||NEG||||F",
        "OBX|2|NM|FENTQ^Fentanyl, quant^L||48.2|ng/mL|<1.0|H|||F",
        "OBX|3|ST|METH^Methadone^L||POSITIVE||||||F",
        "OBX|4|ST|EDDP^EDDP (methadone metabolite)^L||POSITIVE||||||F",
        "OBX|5|ST|COC^Cocaine metabolite^L||NEGATIVE||NEG||||F",
        "OBX|6|NM|CREAT^Creatinine, urine^L||112|mg/dL|>20|N|||F",
        "NTE|1||Confirmed by LC-MS/MS. Specimen validity within acceptable limits.",
    ])
    m = new(("DosePoint Interface Engine", f"interface-alerts@{CDOM}"), "kofi",
            "[ALERT] Inbound ORU rejected - TCT0411-00087", w)
    m.set_content(f"""Interface: TCT_LAB_IN (Tri-County Toxicology results)
Status: REJECTED
Reason: OBX-5 for OBX|1 mapped to coded field FENT_RESULT; value "POSITIVE" is not in table
        DP_LAB_RESULT (expected POS/NEG). Message not filed to patient chart.
Retries: 3 of 3

Raw message:
{hl7}

Action required: correct mapping or file result manually. Unfiled results are listed
under Interfaces > Error Queue.
""")
    return m


@reg("phi", "struct", "Chidinma Okonkwo")
def struct_2():
    w = dt(4, 20, 2, 14)
    hl7 = "\r".join([
        "MSH|^~\\&|HIE_ENS|REGIONALHIE|MTC_ENS|MILLBROOKTC|20240420021103||ADT^A01^ADT_A01|ENS88120431|P|2.5.1",
        "EVN|A01|20240420015500",
        "PID|1||HIE4471920^^^RHIE^PI~0024518^^^MTC^MR||OKONKWO^CHIDINMA^A||19930221|F|||9 Larkspur Ct^^Millbrook^ST^00000||^PRN^PH^^^555^0149920",
        "PV1|1|I|MED4^412^B^STMARG||||1427718840^PRASAD^ANIL^^^^MD|||MED||||7|||1427718840^PRASAD^ANIL^^^^MD|IN||||||||||||||||||||||||20240420015500",
        "DG1|1||T40.411A^Poisoning by fentanyl, accidental, initial encounter^I10|||A",
        "DG1|2||F11.20^Opioid dependence, uncomplicated^I10|||A",
        "IN1|1|BAYMCD|BAYVIEW|Bayview Health Plan||||||||||||OKONKWO^CHIDINMA^A|SEL||||||||||||||||||YH55102843",
    ]) + "\r"
    m = new(("Regional HIE Encounter Notifications", "ens-noreply@regionalhie.example"), ("Clinical Alerts", f"clinicalalerts@{CDOM}"),
            "Encounter Notification: Inpatient admission (1 patient)", w, domain="regionalhie.example")
    m.set_content("""One or more patients on your attributed panel had an encounter.

Event: Inpatient Admission
Facility: St. Marguerite Hospital
Event time: 04/20/2024 01:55

The HL7 ADT message is attached. Log in to the ENS portal for the full encounter
history. You are receiving this because your organization has a signed consent
on file for this patient.
""")
    m.add_attachment(hl7.encode("ascii"), maintype="application", subtype="hl7-v2", filename="ENS88120431.hl7")
    return m


@reg("phi", "struct", "Travis Pettibone")
def struct_3():
    w = dt(3, 25, 14, 0)
    segs = [
        "ISA*00*          *00*          *ZZ*MILLBROOKTC    *ZZ*CLRHOUSE01     *240325*1352*^*00501*000000417*0*P*:",
        "GS*HC*MILLBROOKTC*CLRHOUSE01*20240325*1352*417*X*005010X222A1",
        "ST*837*0001*005010X222A1",
        "BHT*0019*00*MTC240325A*20240325*1352*CH",
        "NM1*41*2*MILLBROOK TREATMENT CENTER*****46*MTC4401",
        "PER*IC*FIONA GALLAGHER-PRICE*TE*5550142200*EX*2260",
        "NM1*40*2*BAYVIEW HEALTH PLAN*****46*BAYHP",
        "HL*1**20*1",
        "NM1*85*2*MILLBROOK TREATMENT CENTER*****XX*1588043219",
        "N3*2210 FERRIS MILL ROAD*SUITE 100",
        "N4*MILLBROOK*ST*000001234",
        "REF*EI*834401927",
        "HL*2*1*22*0",
        "SBR*P*18*******MC",
        "NM1*IL*1*PETTIBONE*TRAVIS*J***MI*YH30917764",
        "N3*516 OLD QUARRY RD",
        "N4*MILLBROOK*ST*000001235",
        "DMG*D8*19880412*M",
        "NM1*PR*2*BAYVIEW HEALTH PLAN*****PI*BAYHP",
        "CLM*MTC2403180044*210***57:B:1*Y*A*Y*Y",
        "HI*ABK:F1120",
        "LX*1",
        "SV1*HC:H0020*105*UN*1***1",
        "DTP*472*RD8*20240311-20240317",
        "LX*2",
        "SV1*HC:H0020*105*UN*1***1",
        "DTP*472*RD8*20240318-20240324",
        "SE*27*0001",
        "GE*1*417",
        "IEA*1*000000417",
    ]
    x12 = "~\n".join(segs) + "~\n"
    m = new("fiona", ("Clearinghouse Support", "support@claimbridge.example"), "Ticket 55812 - 999 rejection on batch 417", w)
    m.set_content(f"""Hi ClaimBridge support,

Our batch 417 came back with a 999 rejection (IK3 at the N4 segment, loop 2010BA).
Attached is the original 837 as we sent it. The subscriber's ZIP on his Medicaid
card is 5 digits, our system padded it to 9. Can you confirm that's the reason and
whether we should resubmit the single claim or the whole batch?

Thanks,
Fiona Gallagher-Price
Billing Manager, {CLINIC}
{CLINIC_MAIN} x2260
""")
    attach(m, x12, ("text", "plain"), "MTC_837P_batch417.x12")
    return m


@reg("phi", "struct", "Shawna McCready")
def struct_4():
    w = dt(4, 2, 9, 55)
    x271 = "~\n".join([
        "ISA*00*          *00*          *ZZ*BAYHP          *ZZ*MILLBROOKTC    *240402*0951*^*00501*000002210*0*P*:",
        "GS*HB*BAYHP*MILLBROOKTC*20240402*0951*2210*X*005010X279A1",
        "ST*271*0001*005010X279A1",
        "BHT*0022*11*MTCELIG0402-19*20240402*0951",
        "HL*1**20*1",
        "NM1*PR*2*BAYVIEW HEALTH PLAN*****PI*BAYHP",
        "HL*2*1*21*1",
        "NM1*1P*2*MILLBROOK TREATMENT CENTER*****XX*1588043219",
        "HL*3*2*22*0",
        "TRN*2*MTCELIG0402-19*9834401927",
        "NM1*IL*1*MCCREADY*SHAWNA*L***MI*YH61200488",
        "N3*1402 CANAL ST APT 3",
        "N4*MILLBROOK*ST*00000",
        "DMG*D8*19900718*F",
        "INS*Y*18*001*25",
        "DTP*346*D8*20240401",
        "EB*6**30**MEDICAID STANDARD",
        "DTP*307*D8*20240331",
        "EB*R**30**BAYVIEW COMPLETE MCO",
        "LS*2120",
        "NM1*PR*2*BAYVIEW COMPLETE*****PI*BAYCMP",
        "PER*IC*PROVIDER SERVICES*TE*5550164400",
        "LE*2120",
        "SE*22*0001",
        "GE*1*2210",
        "IEA*1*000002210",
    ]) + "~"
    m = new("fiona", "frontdesk", "Shawna McCready - coverage changed 4/1", w, cc="shonda")
    m.set_content(f"""Front desk - Shawna McCready's straight Medicaid ended 3/31 and she's been moved to
the Bayview Complete MCO as of 4/1. Her methadone weeks from 4/1 on will deny unless
we update the payer. Can you ask her for the new card when she doses today? New
member ID should be on it; 271 below for reference.

{x271}

Fiona
""")
    return m


@reg("phi", "struct", "Nikolai Orlov")
def struct_5():
    w = dt(5, 8, 16, 22)
    bundle = {
        "resourceType": "Bundle",
        "id": "mtc-dispense-20240508-0012",
        "type": "collection",
        "timestamp": "2024-05-08T15:40:11-04:00",
        "entry": [
            {"fullUrl": "urn:uuid:6f2c1a8e-3b51-4c0e-9d1e-2a7b11c0f4a1",
             "resource": {"resourceType": "Patient", "id": "pt-0032207",
                          "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "0032207"},
                                         {"system": "https://registry.dbh.state.example/cr", "value": "CR-47-0032207"}],
                          "name": [{"family": "Orlov", "given": ["Nikolai", "V"]}],
                          "gender": "male", "birthDate": "1979-10-02",
                          "telecom": [{"system": "phone", "value": "555-015-3081", "use": "mobile"}],
                          "address": [{"line": ["73 Vance Terrace"], "city": "Millbrook", "state": "ST"}]}},
            {"fullUrl": "urn:uuid:0b9e6d33-77aa-4f25-b8d0-5c1e93a4d210",
             "resource": {"resourceType": "MedicationDispense", "id": "md-889120", "status": "completed",
                          "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm",
                                                                    "code": "864706", "display": "methadone hydrochloride 10 MG/ML Oral Concentrate"}]},
                          "subject": {"reference": "urn:uuid:6f2c1a8e-3b51-4c0e-9d1e-2a7b11c0f4a1"},
                          "type": {"text": "take-home"},
                          "quantity": {"value": 8.5, "unit": "mL"},
                          "daysSupply": {"value": 1, "unit": "day"},
                          "whenHandedOver": "2024-05-08T07:12:00-04:00",
                          "dosageInstruction": [{"text": "85 mg by mouth once daily. Take-home for 05/09/2024.",
                                                 "doseAndRate": [{"doseQuantity": {"value": 85, "unit": "mg"}}]}],
                          "note": [{"text": "Bottle 24C-0455-03. Lockbox verified."}]}},
            {"fullUrl": "urn:uuid:a12d9f70-5e3c-4f8b-91a2-0cc3e6d5b7e2",
             "resource": {"resourceType": "MedicationDispense", "id": "md-889121", "status": "completed",
                          "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm",
                                                                    "code": "864706", "display": "methadone hydrochloride 10 MG/ML Oral Concentrate"}]},
                          "subject": {"reference": "urn:uuid:6f2c1a8e-3b51-4c0e-9d1e-2a7b11c0f4a1"},
                          "type": {"text": "observed"},
                          "quantity": {"value": 8.5, "unit": "mL"},
                          "whenHandedOver": "2024-05-08T07:11:00-04:00",
                          "dosageInstruction": [{"text": "85 mg by mouth, observed at window 2"}]}},
        ],
    }
    m = new("kofi", "tamsin", "FHIR dispense export - check dose fields before we go live", w)
    m.set_content("""Tamsin,

For the state take-home reporting pilot, here's one real record from this morning as
it will go out (attached). Can you check that quantity (mL) vs doseQuantity (mg) look
right for concentrate, and that the take-home vs observed split is what the state wants?
I picked Mr. Orlov's because he had both an observed and a take-home today.

Go-live is 5/20 if this looks OK.

Kofi
""")
    attach(m, json.dumps(bundle, indent=2, ensure_ascii=False).encode("utf-8"), ("application", "fhir+json"),
           "dispense_bundle_0032207_20240508.json")
    return m


@reg("phi", "struct", "Imani Greer-Washington")
def struct_6():
    w = dt(3, 21, 13, 40)
    m = new("shonda", ("Central Registry - Office of Opioid Treatment", "central.registry@dbh.state.example"),
            "New admission submission - OTP 47-0112", w, cc="bernard")
    m.set_content(f"""Central Registry - please see admission below. Portal was down this morning
(error 503), submitting by secure e-mail per your downtime instructions.

PROGRAM_ID: 47-0112
PROGRAM_NAME: {CLINIC}
SUBMISSION_TYPE: ADMISSION
CLIENT_LAST: GREER-WASHINGTON
CLIENT_FIRST: IMANI
CLIENT_MIDDLE: R
DOB: 08/30/1997
SEX: F
SSN: 318-40-6627
ADMIT_DATE: 03/21/2024
MEDICATION: BUPRENORPHINE
INITIAL_DOSE_MG: 8
PRIOR_OTP_TX: Y
PRIOR_OTP_NAME: COASTAL PATH RECOVERY
PRIOR_DISCHARGE: 11/2023
PREGNANT: Y
EST_DUE_DATE: 09/2024
REFERRAL_SOURCE: OB/GYN - LAKEVIEW WOMEN'S HEALTH
COUNTY_OF_RESIDENCE: HALLORAN
ENTERED_BY: SREYES

Shonda Reyes
Intake Coordinator, {CLINIC}
x2210
""")
    return m


@reg("phi", "struct", "")
def struct_7():
    w = dt(4, 3, 10, 5)
    names = pick(15)
    lines = []
    hdr = "H" + "47-0112".ljust(10) + "MILLBROOK TREATMENT CENTER".ljust(40) + "202403" + "20240403".ljust(8)
    lines.append(hdr)
    for n in names:
        first, last = n.split(" ")[0], " ".join(n.split(" ")[1:])
        y = random.randint(1966, 2001)
        med = random.choice(["M", "M", "M", "B"])
        dose = random.choice([8, 12, 16, 24]) if med == "B" else random.choice([30, 45, 60, 80, 95, 110, 140])
        status = random.choice(["A", "A", "A", "A", "D", "T"])
        rec = ("D" + cid().ljust(10) + fold(last).upper()[:20].ljust(20) + fold(first).upper()[:15].ljust(15)
               + f"{y}{random.randint(1, 12):02d}{random.randint(1, 28):02d}" + random.choice(["M", "F"])
               + f"2{random.choice(['019', '021', '022', '023'])}{random.randint(1, 12):02d}{random.randint(1, 28):02d}"
               + med + str(dose).rjust(4, "0") + status + str(random.randint(0, 6)) + str(random.randint(0, 31)).rjust(2, "0"))
        lines.append(rec)
    lines.append("T" + str(len(names)).rjust(6, "0"))
    layout = """MTC monthly state census file - layout v3
Rec H: type(1) program(10) name(40) period YYYYMM(6) run date(8)
Rec D: type(1) client id(10) last(20) first(15) DOB YYYYMMDD(8) sex(1) admit YYYYMMDD(8)
       med M/B(1) dose mg(4) status A/D/T(1) take-home level(1) days missed in month(2)
Rec T: type(1) count(6)
"""
    z = _zip([("MTC_CENSUS_202403.txt", "\r\n".join(lines) + "\r\n"), ("LAYOUT.txt", layout)])
    m = new("bernard", ("OTA Data Unit", "ota.data@dbh.state.example"), "March census file - OTP 47-0112 (resubmission)", w)
    m.set_content(f"""Hello Data Unit,

Resubmitting our March census file. The first one was rejected because the dose field
was 3 characters; it's now 4 zero-padded per layout v3. Layout file is in the zip
too in case it's useful to whoever picks this up.

Bernard Ng
Compliance & Quality Manager, {CLINIC}
""")
    attach(m, z, ZIP, "MTC_CENSUS_202403.zip")
    return m


# ================================================================ PHI: other languages
@reg("phi", "lang", "Rafael Domínguez")
def lang_1():
    w0 = dt(4, 26, 21, 12)
    w = dt(4, 27, 7, 3)
    orig = """Hola Inés,

Le escribo porque mañana no voy a poder ir a tomar mi dosis. A mi mamá la internaron
anoche en el hospital de Santa Clara en Riverton y tengo que manejar para allá hoy.
No sé cuántos días me voy a quedar, tal vez una semana. ¿Se puede arreglar para que
me den la metadona en una clínica de allá? Estoy en 75 mg. La última vez que fui a
la clínica fue hoy a las 6.

No quiero perder mis botellas del fin de semana por faltar.

Gracias,
Rafael Domínguez
Mi número nuevo es 555-012-8841"""
    m = new("ines", ["guest", "tamsin"], "URGENT guest dosing - Rafael Domínguez - Riverton", w)
    m.set_content(f"""Guest dosing / Tamsin,

Rafael Domínguez (ID 0026140) needs urgent guest dosing in Riverton starting tomorrow
(Sun 4/28). His mother was admitted to Santa Clara Hospital there, he may be gone a
week. Dose 75 mg, last dosed here 4/26 at 6am. His email is below in Spanish. I called
him at the new number and he'll sign consent electronically, I'll send it over.

Is there a program in Riverton that does weekend intakes? If not, can we do an
emergency take-home for Sunday?

Inés Castellanos
Bilingual Counselor

---------- Forwarded message ---------
De: Rafael Dominguez <rafa.dominguez77@correo.example>
Date: {w0.strftime('%a, %b %d, %Y at %I:%M %p')}
Subject: no voy a poder ir mañana
To: Inés Castellanos <{S['ines']['email']}>

{orig}
""", charset="utf-8", cte="quoted-printable")
    return m


@reg("phi", "lang", "Сергей Бондаренко")
def lang_2():
    w = dt(5, 3, 8, 47)
    ru = """Здравствуйте,

Пишу по поводу моего мужа, Бондаренко Сергея Петровича (дата рождения 14.06.1971).
Он лечится у вас на метадоне, доза 90 мг. Вчера вечером ему стало плохо, он был
очень сонный, еле говорил, и мы вызвали скорую. Его забрали в больницу Св. Маргариты.
Врачи спрашивают, какую дозу он получил вчера утром и не было ли изменений дозы.
Он подписал у вас разрешение, чтобы вы могли со мной говорить.

Позвоните мне, пожалуйста: 555-013-5520.

Ольга Бондаренко"""
    inner = new(("Ольга Бондаренко", "olga.bond71@mailpost.example"), "frontdesk", "Сергей Бондаренко - срочно", w,
                domain="mailpost.example")
    inner.set_content(ru, charset="koi8-r", cte="base64")
    m = new("shonda", ["nursing", "okafor"], "FW: Сергей Бондаренко - срочно", dt(5, 3, 9, 5))
    m.set_content("""Does anyone read Russian? Attached email came in overnight. I think it's about Sergei
Bondarenko (chart 0027719), the name in the subject matches. His wife Olga also left a
voicemail at 7:50 saying "hospital" and "St. Marguerite". She IS on his release.

Google translate says he was very sleepy last night, ambulance took him to St. Marguerite,
and the doctors want to know what dose he got yesterday morning. Her number is in the email.

Shonda
""")
    m.add_attachment(inner)
    return m


@reg("phi", "lang", "Nguyễn Thị Hằng")
def lang_3():
    w = dt(4, 15, 20, 30)
    vi = """Chào anh Van,

Em là Linh, con gái của bà Nguyễn Thị Hằng. Mẹ em bị té ở nhà hôm thứ Bảy và bị gãy
cổ tay, bác sĩ ở bệnh viện đã bó bột. Mẹ đau nhiều và đi lại khó khăn nên hai ngày nay
mẹ không đến phòng khám uống thuốc được.

Mẹ đang uống methadone 60 mg mỗi sáng. Anh có thể hỏi bác sĩ ở phòng khám xem mẹ có thể
lấy thuốc mang về nhà trong vài ngày được không? Em có thể đến lấy giúp mẹ nếu cần ký giấy.
Mẹ em đã ký giấy cho phép phòng khám nói chuyện với em rồi.

Số điện thoại của em là 555-014-3390.

Cảm ơn anh nhiều.
Linh"""
    m = new(("Linh Nguyen", "linh.nguyen.hb@inboxly.example"), "van", "Về mẹ em - bà Nguyễn Thị Hằng", w, domain="inboxly.example")
    m.set_content(vi, charset="utf-8", cte="quoted-printable")
    m.add_alternative(html_wrap(text_to_html(vi), font="Arial"), subtype="html", charset="utf-8", cte="quoted-printable")
    return m


@reg("phi", "lang", "王文慧")
def lang_4():
    w = dt(4, 18, 22, 4)
    zh = """您好，

我是王文慧（Wang Wenhui），病历号 0030412。我下个月要回国探亲，五月二十日走，六月三日回来。
我现在每天服用美沙酮六十五毫克。请问我可以申请带回家的剂量吗？还是需要在那边找诊所？
我听说出国不能随便带美沙酮，所以想先问清楚，需要医生开什么证明。

我最近三个月的尿检都是阴性，每周二和周四也参加小组活动。

谢谢！
文慧
电话：555-015-6120"""
    m = new(("王文慧", "wenhui.wang@webpost.example"), "guest", "关于五月回国期间的美沙酮剂量", w, domain="webpost.example")
    m.set_content(zh, charset="gb2312", cte="base64")
    return m


@reg("phi", "lang", "يوسف حداد")
def lang_5():
    w = dt(5, 9, 14, 20)
    ar = """<div dir="rtl" style="font-family:Tahoma,Arial;font-size:12pt">
<p>السيد يوسف حداد المحترم،</p>
<p>نود تذكيرك بأن جرعة الميثادون الخاصة بك ستُخفَّض من 50 ملغ إلى 45 ملغ ابتداءً من يوم الاثنين
13 مايو، حسب خطة التخفيض التي اتفقت عليها مع الدكتورة أوكافور-هيل.</p>
<p>موعدك القادم مع المستشار جيروم يوم الخميس 16 مايو الساعة 11 صباحًا. يرجى إعطاء عينة البول
المطلوبة في نفس اليوم قبل الجلسة.</p>
<p>إذا شعرت بأعراض انسحاب قوية بعد التخفيض، أخبر الممرضة عند نافذة الجرعات.</p>
<p>للاستفسار: 555-014-2200</p>
<p>مع التحية،<br>عيادة ميلبروك للعلاج</p>
</div>
<hr>
<div dir="ltr" style="font-family:Arial;font-size:9pt;color:#666">
Staff copy (EN): Yusuf Haddad, ID 0035521 &ndash; taper step 50&rarr;45 mg effective Mon 5/13; counseling Thu 5/16 11:00 with
J. Baptiste; UDS same day. Translated by Hiba N. (contract interpreter).</div>"""
    m = new("jerome", ("Yusuf Haddad", "y.haddad@correo.example"), "تذكير: تغيير الجرعة وموعدك القادم", w, cc="nursing")
    m.set_content(html_wrap(ar), subtype="html", charset="utf-8", cte="base64")
    return m


@reg("phi", "lang", "Ana Paula Ferreira")
def lang_6():
    w = dt(3, 31, 7, 2)
    pt = """Olá,

Aqui é a Ana Paula Ferreira. Ontem à noite eu derrubei o frasco da dose de domingo no
chão da cozinha, a tampa quebrou e perdi quase tudo. Eu sei que a regra é avisar logo,
por isso estou escrevendo. Hoje de manhã acordei muito mal, com suor, dor no corpo e
enjoo. Posso ir à clínica hoje na janela de emergência das 8 para tomar a dose? Tomo
85 mg de metadona.

Tenho foto do frasco quebrado e guardei o frasco para devolver.

Obrigada,
Ana Paula
(555) 016-2873"""
    m = new(("Ana Paula Ferreira", "anapaula.ferreira@correo.example"), "nursing", "Frasco quebrado - dose de domingo", w,
            domain="correo.example")
    m.set_content(pt, charset="iso-8859-1", cte="quoted-printable")
    return m


@reg("phi", "lang", "Jean-Baptiste Toussaint")
def lang_7():
    w0 = dt(4, 30, 9, 48)
    w = dt(4, 30, 10, 6)
    kr = """Bonjou Mesye Baptiste,

Se Jean-Baptiste Toussaint. Mwen pa t ka vin pran dòz mwen maten an paske pitit fi
mwen malad e mwen pa t gen moun pou gade l. Kounye a mwen santi m mal anpil, m ap swe
e vant mwen ap fè m mal. Èske m ka vin aprè midi a pou m pran dòz la? Dòz mwen se
100 mg. Madanm mwen ap rantre a 12è, m ka la a 1è.

Mèsi anpil,
Jean-Baptiste"""
    m = new("jerome", ["nursing", "hollis"], "Toussaint - can he dose at 1pm today?", w)
    m.set_content(f"""Nursing / Hollis,

Message below came through the portal from Jean-Baptiste Toussaint, in Kreyòl.
Quick translation: he missed this morning because his daughter is sick and he had
no one to watch her. He's feeling sick now - sweating, stomach cramps. Asking if he
can come to the 1:00 window today. Dose is 100. His wife gets home at noon.

First missed dose this month as far as I can see. OK to dose him at 1?

Jerome

{wrote(w0, 'Jean-Baptiste Toussaint via Patient Portal')}
{quote(kr)}
""", charset="utf-8", cte="8bit")
    return m


@reg("phi", "lang", "Maricel Bautista")
def lang_8():
    w = dt(5, 20, 18, 25)
    tl = """Hi Ms. Alisha,

Si Maricel po ito (Maricel Bautista). Gusto ko lang pong sabihin na may prenatal
appointment ako sa Lakeview Women's Health sa Huwebes, 9am, kaya baka ma-late ako
sa dosing. Pwede po ba akong mag-dose ng maaga, mga 6am pagbukas ng window?

Tapos po, yung OB ko gusto niya ng letter galing sa clinic tungkol sa buprenorphine
dose ko (16 mg) para sa delivery plan. 32 weeks na po ako. Pwede po bang ipadala
diretso sa kanila? Fax nila 555-017-8820. Pumirma na ako ng consent last week kay Shonda.

Salamat po!
Maricel"""
    m = new(("Maricel B.", "maricel.bautista@yeahmail.example"), "alisha", "letter para sa OB ko", w, domain="yeahmail.example")
    m.set_content(tl)
    return m


# ================================================================ CLEAN: staff
@reg("clean", "staff")
def staff_1():
    w = dt(3, 8, 14, 30)
    rows = [["Day", "Station 1 (5:30-11:30)", "Station 2 (5:30-11:30)", "PM window (1:00-2:30)", "Charge"],
            ["Mon 3/11", "M. Delacroix, LPN", "G. Abernathy, RN", "G. Abernathy, RN", "P. Venkataraman, RN"],
            ["Tue 3/12", "M. Delacroix, LPN", "R. Osei, LPN", "R. Osei, LPN", "G. Abernathy, RN"],
            ["Wed 3/13", "T. Lindqvist, RN", "G. Abernathy, RN", "M. Delacroix, LPN", "P. Venkataraman, RN"],
            ["Thu 3/14", "M. Delacroix, LPN", "R. Osei, LPN", "T. Lindqvist, RN", "G. Abernathy, RN"],
            ["Fri 3/15", "T. Lindqvist, RN", "G. Abernathy, RN", "R. Osei, LPN", "P. Venkataraman, RN"],
            ["Sat 3/16 (7-10:30)", "M. Delacroix, LPN", "G. Abernathy, RN", "--", "G. Abernathy, RN"],
            ["Sun 3/17 (8-9 emerg.)", "R. Osei, LPN", "--", "--", "on call: P. Venkataraman"]]
    m = new("priya", "nursing", "Dosing schedule week of 3/11", w)
    m.set_content(f"""Hi all, here's next week. Rafael O. and Thea swapped Wed/Thu PM, already reflected.
Reminder the 5:30 opener does the pump prime and the first count with the charge nurse.

{text_table(rows)}

If you need to swap, find your own coverage and cc me. Thanks!
Priya
""")
    return m


@reg("clean", "staff")
def staff_2():
    w = dt(3, 28, 12, 0)
    html = f"""<p>Prescriber on-call for <b>April 2024</b>. On-call covers after-hours nursing questions, dose holds,
and hospital dose verifications. Call the cell first, then text.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#dce6f0"><th>Dates</th><th>Prescriber</th><th>Cell</th><th>Backup</th></tr>
<tr><td>Apr 1 &ndash; Apr 7</td><td>Renata Okafor-Hale, MD</td><td>555-014-8801</td><td>Hollis Beaumont, NP</td></tr>
<tr><td>Apr 8 &ndash; Apr 14</td><td>Hollis Beaumont, NP</td><td>555-014-8802</td><td>Renata Okafor-Hale, MD</td></tr>
<tr><td>Apr 15 &ndash; Apr 21</td><td>Samuel Achebe-Lund, MD (locum)</td><td>555-014-8815</td><td>Hollis Beaumont, NP</td></tr>
<tr><td>Apr 22 &ndash; Apr 30</td><td>Renata Okafor-Hale, MD</td><td>555-014-8801</td><td>Samuel Achebe-Lund, MD</td></tr>
</table>
<p>Pharmacist on call (dispensing/inventory only): Tamsin Whitlock, PharmD, 555-014-8840.<br>
Nursing supervisor on call weekends: Priya Venkataraman, RN, 555-014-8830.</p>
<p>&mdash; Dale</p>"""
    m = new("dale", "allstaff", "April on-call schedule", w)
    m.set_content("April on-call schedule is below. Please save the numbers in your phone.\n\n"
                  "Apr 1-7 Okafor-Hale 555-014-8801 / Apr 8-14 Beaumont 555-014-8802 / Apr 15-21 Achebe-Lund (locum) "
                  "555-014-8815 / Apr 22-30 Okafor-Hale.\nPharmacist: Whitlock 555-014-8840. Nursing sup weekends: "
                  "Venkataraman 555-014-8830.\n\n-- Dale\n")
    m.add_alternative(html_wrap(html), subtype="html")
    return m


@reg("clean", "staff")
def staff_3():
    w = dt(4, 2, 16, 12)
    rows = [["Name", "Credentials", "Role", "Ext", "Cell", "Email"]]
    for k in ["okafor", "hollis", "priya", "gwen", "marcus", "tamsin", "jerome", "alisha", "ines", "van", "luis",
              "shonda", "bernard", "fiona", "kofi", "yesenia", "dale"]:
        p = S[k]
        parts = p["title"].split(", ")
        cred = parts[0] if len(parts) > 1 else ""
        role = parts[-1]
        rows.append([p["name"], cred, role, p["ext"], f"555-014-{8800 + int(p['ext']) - 2200:04d}", p["email"]])
    rows.append(["Thea Lindqvist", "RN", "Dosing Nurse (per diem)", "2235", "555-014-8836", f"thea.lindqvist@{CDOM}"])
    rows.append(["Rafael Osei", "LPN", "Dosing Nurse", "2236", "555-014-8837", f"rafael.osei@{CDOM}"])
    m = new("yesenia", "allstaff", "Updated staff directory (April)", w)
    m.set_content("""Hi everyone,

Attached is the updated staff directory. New: Rafael Osei (LPN) and Thea Lindqvist (RN, per diem).
Please check your own line and let me know if anything is wrong - especially cell numbers,
since the on-call list pulls from this.

Yesenia Ortiz
HR Generalist
""")
    attach(m, make_xlsx(rows, "Directory"), XLSX, "MTC_Staff_Directory_2024-04.xlsx")
    return m


@reg("clean", "staff")
def staff_4():
    w = dt(4, 18, 11, 45)
    m = new("okafor", ["nursing", "counsel"], "Fentanyl on UDS - reminder of how we respond", w)
    m.set_content(f"""All,

Since fentanyl positives are now the most common non-negative result we see, a few
reminders about how we respond as a program. None of this is new policy.

1. A fentanyl positive is a clinical conversation, not a disciplinary one. Counselors
   should see the patient within 7 days and document it.
2. Nursing: look at the patient at the window. Sedation or slurred speech = hold and
   call the prescriber. Do not hold a dose because of a lab result alone.
3. The usual response to ongoing use is to consider a dose increase, not a decrease.
   Bring these patients to Wednesday huddle.
4. Take-home steps follow the take-home policy (section 6.3). Prescriber decides.
5. Every patient with any positive should leave with naloxone. We have 140 kits in the
   nursing office; reorder at 40.

If anyone wants a refresher on interpreting norfentanyl vs. parent drug, I'm doing a
20-minute huddle talk on 5/1.

Renata
{sig('okafor', disclaimer=False)}
""")
    return m


@reg("clean", "staff")
def staff_5():
    w = dt(5, 24, 10, 20)
    rows = [["Group", "Day/Time", "Facilitator", "Room", "Cap"],
            ["Early Recovery (weeks 1-8)", "Mon/Thu 10:00", "L. Carvajal", "B", "12"],
            ["Relapse Prevention", "Tue 18:00", "I. Castellanos", "B", "12"],
            ["Women's Group", "Wed 11:00", "A. Marchetti", "C", "10"],
            ["Pregnant & Parenting", "Wed 13:30", "A. Marchetti / V. Luong", "C", "8"],
            ["Grupo en español", "Thu 17:00", "I. Castellanos", "B", "10"],
            ["Men's Group", "Fri 10:30", "J. Baptiste", "B", "12"],
            ["Family Education (monthly)", "1st Sat 10:00", "J. Baptiste / L. Carvajal", "Community Rm", "25"]]
    m = new("jerome", "counsel", "Summer group schedule - final", w)
    m.set_content("Final summer group schedule (June 3 - Aug 30). Room C has the new chairs. Please post the "
                  "patient-facing version on the board by the window by Friday.\n\n"
                  + text_table(rows, bar=True) + "\n\nJerome\n")
    return m


@reg("clean", "staff")
def staff_6():
    w = dt(5, 1, 15, 40)
    m = new("priya", ["nursing", "pharm", "okafor"], "Huddle notes 5/1", w)
    m.set_content("""Huddle notes - Wednesday 5/1 (nursing + pharmacy)

Attendance: Priya, Gwen, Marcus, Rafael O., Tamsin, Dr. O (last 15 min)

- Census 418 (methadone 371, bup 47). 36 guest doses in last month, 22 out.
- 10 mg/mL concentrate: supplier backorder, we have ~5 weeks on hand. Tamsin is
  tracking. No change to dosing for now.
- Pump #2 flagged low on calibration check Monday, re-calibrated, passed. Log is in
  the binder.
- Window wait time average 14 min at 6:00-7:00 peak. Trying to open Station 2 at 5:30
  sharp instead of 5:45.
- Naloxone kits: 118 on hand.
- Dr. O's talk on fentanyl metabolites moved to 5/8.
- Reminder: sign the controlled substance count sheet in ink, not pencil. The surveyor
  will look.

Next huddle 5/8.
""")
    return m


@reg("clean", "staff")
def staff_7():
    w = dt(3, 1, 9, 10)
    m = new("tamsin", ["nursing", "pharm"], "Saturday counts and pump calibration - March", w)
    m.set_content(f"""Hi all,

Assignments for March controlled substance counts and dispensing pump calibration.
Counts are always two licensed staff, one of them pharmacy or the charge RN.

  Sat 3/2    count: Whitlock + Delacroix       calibration: Pump 1, Pump 2
  Sat 3/9    count: Venkataraman + Osei        calibration: Pump 3
  Sat 3/16   count: Whitlock + Abernathy       calibration: Pump 1, Pump 2
  Sat 3/23   count: Venkataraman + Delacroix   calibration: Pump 3
  Sat 3/30   count: Whitlock + Lindqvist       calibration: all (quarterly)

Calibration: 3 draws each at 5, 50 and 100 mg, tolerance +/-2%. Record on form PH-12.
If a pump fails, tag it out and call me - don't try to re-prime more than twice.

The 1000 mL stock bottles from lot 24B arrive 3/5. Old lot 23K to be used first.

Tamsin
{sig('tamsin')}
""")
    return m


# ================================================================ CLEAN: admin
@reg("clean", "admin")
def admin_1():
    w = dt(3, 13, 17, 5)
    txt = f"""All staff,

DosePoint will be upgraded to version 8.4 this Saturday, March 16. The system will be
DOWN from 10:45 AM (after the Saturday window closes) until approx. 4:00 PM.

What this means:
  - Saturday dosing is NOT affected. Please finish all Saturday dose entries by 10:40.
  - Sunday 8-9 emergency window: if the system is not back, use the paper downtime
    dosing log (red binder in the nursing office) and enter doses Monday.
  - Counselor notes: save drafts before 10:30 Saturday.
  - After the upgrade, everyone will need to re-enroll their badge for the fingerprint
    reader at the dosing stations. Takes 30 seconds.

The vendor will be on site with me. Call my cell 555-014-8870 if anything looks wrong
on Monday morning.

Kofi Mensah
IT Systems Administrator"""
    m = new("kofi", "allstaff", "DosePoint upgrade - Saturday 3/16 downtime", w, extra={"Importance": "high"})
    m.set_content(txt)
    m.add_alternative(html_wrap(text_to_html(txt).replace("DOWN", "<b style=\"color:#b00\">DOWN</b>")), subtype="html")
    return m


@reg("clean", "admin")
def admin_2():
    w = dt(3, 4, 10, 0)
    m = new("yesenia", ("Rafael Osei", "rafa.osei@mailpost.example"), "Welcome to Millbrook - first day Monday 3/11", w,
            cc=["priya"])
    m.set_content(f"""Hi Rafael,

Welcome aboard! We're excited to have you join the nursing team. Here's what to expect
on Monday, March 11:

  7:30 AM   Report to the front entrance, ask for Yesenia (HR)
  7:45      Badge photo and building access
  8:15      I-9 verification - bring original documents (see list B/C attachment)
  9:00      IT login and DosePoint training account with Kofi Mensah
  11:00     Meet Priya Venkataraman, your supervisor
  1:00 PM   Shadow the PM dosing window

Please bring your LPN license, your current BLS card, and a voided check for direct deposit.
Parking is in the back lot; patients use the front lot, so please don't park there.

Your first two weeks are orientation shifts, 7:30-4:00.

Yesenia Ortiz
HR Generalist, {CLINIC}
{CLINIC_MAIN} x2207
""")
    return m


@reg("clean", "admin")
def admin_3():
    w = dt(6, 3, 13, 15)
    m = new("dale", "allstaff", "Parking lot resurfacing June 10-12 - side door for the dosing line", w)
    m.set_content("""All,

Ridgeway Paving will resurface the front lot June 10-12. During those three days:

- Front lot closed entirely. Patients park on Ferris Mill Rd or at the church lot
  across the street (they have agreed, thank you Pastor Humphries).
- The dosing line will enter through the SIDE door by the counseling wing. Security
  will be posted there from 5:15 AM.
- Staff park at the back lot as usual.
- Wheelchair drop-off at the side door, there is a temporary ramp.

Front desk: signs go up Friday 6/7. The robocall to patients goes out 6/6.

Thanks for your patience.
Dale Kowalczyk
Program Director
""")
    return m


@reg("clean", "admin")
def admin_4():
    w = dt(4, 2, 8, 0)
    lines = ["TRI-COUNTY TOXICOLOGY LLC", "88 Commerce Park Dr, Building C", "Remit to: PO Box 4410",
             "", "INVOICE  TCT-INV-2024-03-40291", "Invoice date: 04/01/2024    Terms: Net 30",
             "Bill to: Millbrook Treatment Center, Accounts Payable", "Account: 40291", "",
             f"{'Description':<52}{'Qty':>6}{'Rate':>10}{'Amount':>12}",
             "-" * 80,
             f"{'Urine drug screen, presumptive panel (11)':<52}{'612':>6}{'6.50':>10}{'3,978.00':>12}",
             f"{'Definitive confirmation, LC-MS/MS, per analyte':<52}{'148':>6}{'18.00':>10}{'2,664.00':>12}",
             f"{'Specimen validity testing':<52}{'612':>6}{'1.25':>10}{'765.00':>12}",
             f"{'Courier pickups (M-F)':<52}{'21':>6}{'12.00':>10}{'252.00':>12}",
             f"{'Collection cups w/ temp strip (case of 500)':<52}{'2':>6}{'89.00':>10}{'178.00':>12}",
             "-" * 80, f"{'Subtotal':<68}{'7,837.00':>12}", f"{'Contract discount (8%)':<68}{'-626.96':>12}",
             f"{'TOTAL DUE':<68}{'7,210.04':>12}", "", "Thank you for your business."]
    m = new(("Tri-County Toxicology Billing", "ar@tricountytox.example"), "billing", "Invoice TCT-INV-2024-03-40291", w,
            domain="tricountytox.example")
    m.set_content("Please find attached the March 2024 invoice for account 40291. Remit within 30 days.\n\n"
                  "Accounts Receivable\nTri-County Toxicology LLC\n555-011-8810\n")
    attach(m, make_pdf(lines, "Invoice TCT-INV-2024-03-40291"), PDF, "TCT-INV-2024-03-40291.pdf")
    return m


@reg("clean", "admin")
def admin_5():
    w = dt(5, 14, 11, 30)
    doc = make_docx([("h", "Specimen Courier Services Agreement - Renewal"),
                     "This renewal is between Swift Specimen Logistics, Inc. (\"Courier\") and Millbrook Treatment Center (\"Client\").",
                     "1. Term. July 1, 2024 through June 30, 2026.",
                     "2. Services. Courier will pick up sealed specimen bags Monday-Friday between 11:45 AM and 12:30 PM and deliver "
                     "to Tri-County Toxicology the same day, maintaining chain of custody and temperature logs.",
                     "3. Fees.",
                     ("table", [["Service", "2022-2024 rate", "2024-2026 rate"],
                                ["Scheduled weekday pickup", "$11.00", "$12.00"],
                                ["STAT pickup (within 2 hours)", "$45.00", "$48.00"],
                                ["Saturday pickup (on request)", "$30.00", "$32.00"]]),
                     "4. Confidentiality. Courier will not open specimen bags or access requisition contents.",
                     "5. Insurance. Courier maintains general liability of $1,000,000 per occurrence.",
                     "Signatures: ____________________ (Courier)    ____________________ (Client)"])
    m = new(("Dana Whitfield", "dwhitfield@swiftspecimen.example"), "dale", "Courier agreement renewal 2024-2026", w,
            cc="fiona", domain="swiftspecimen.example")
    m.set_content(f"""Hi Dale,

Attached is the renewal for your pickup agreement. Only change is the rate increase
we discussed ($1 per scheduled pickup) and the Saturday option. If it looks good,
sign page 2 and send it back by June 15.

Thanks for being with us!

Dana Whitfield
Account Manager, Swift Specimen Logistics
555-018-2201
""")
    attach(m, doc, DOCX, "SwiftSpecimen_Renewal_Millbrook_2024.docx")
    return m


@reg("clean", "admin")
def admin_6():
    w = dt(4, 10, 16, 45)
    m = new("dale", "leaders", "Leadership meeting notes 4/10", w)
    m.set_content("""Leadership meeting - 4/10/2024
Present: Dale, Dr. Okafor-Hale, Priya, Bernard, Fiona, Yesenia

1. Accreditation re-survey (window opens Aug 1)
   - Bernard: 40-chart mock review done; treatment plan timeliness 82% (goal 95%).
   - Counselors to clear overdue plans by 5/31. Bernard will send each counselor their list.
   - Policy manual: 6 policies overdue for annual review (take-home, guest dosing,
     diversion control, missed dose, emergency closure, grievance).
2. State inspection follow-up
   - Plan of correction for the medication room temperature log accepted 3/29.
3. Budget
   - Q1 revenue 3% under budget, mostly Medicaid MCO transition denials. Fiona working
     with the clearinghouse.
   - Approved: second fingerprint reader for Station 2 ($1,850).
4. HR
   - 2 open counselor positions. Yesenia posting on the state association job board.
   - Staff appreciation lunch 5/10.
5. Next meeting 4/24.
""")
    return m


@reg("clean", "admin")
def admin_7():
    w = dt(3, 19, 9, 40)
    html = """<p>Hi Tamsin,</p>
<p>Thanks for the call. Here is the quote for the annual preventive maintenance on your dispensing pumps.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse;font-family:Arial;font-size:10pt">
<tr style="background:#e8eef5"><th>Item</th><th>Serial</th><th>Qty</th><th>Unit</th><th>Total</th></tr>
<tr><td>Annual PM &amp; calibration certificate, MD-300 pump</td><td>MD3-0041187, MD3-0041190, MD3-0052214</td><td>3</td><td>$425.00</td><td>$1,275.00</td></tr>
<tr><td>Replacement tubing set</td><td>&ndash;</td><td>6</td><td>$38.00</td><td>$228.00</td></tr>
<tr><td>On-site labor (Saturday rate)</td><td>&ndash;</td><td>4 hr</td><td>$140.00</td><td>$560.00</td></tr>
<tr><td colspan="4" align="right"><b>Total</b></td><td><b>$2,063.00</b></td></tr>
</table>
<p>Quote Q-24-0319-07 is valid for 30 days. We can schedule any Saturday after 11 AM so it won't interfere with your window.</p>
<p>Best regards,<br>Marty Kwan<br>Field Service, DoseTech Dispensing Systems<br>555-019-6600</p>"""
    m = new(("Marty Kwan", "mkwan@dosetech.example"), "tamsin", "Quote Q-24-0319-07 - pump PM", w, domain="dosetech.example")
    m.set_content(html_wrap(html), subtype="html")
    return m


# ================================================================ CLEAN: lookalike
@reg("clean", "lookalike")
def look_1():
    w = dt(4, 5, 5, 12)
    html = """<table width="560" style="font-family:Arial;font-size:10pt"><tr><td style="background:#0a5b3c;color:#fff;padding:10px;font-size:14pt">
Millbrook Community Federal Credit Union</td></tr>
<tr><td style="padding:10px">
<p>Hello MARCUS DELACROIX,</p>
<p>Your March e-statement is ready to view in Online Banking.</p>
<p>Member #: ****4417-22<br>Statement period: 03/01/2024 - 03/31/2024<br>Accounts included: Share Savings (S01), Checking (S10), Auto Loan (L04)</p>
<p>Your auto loan payment of $312.48 is scheduled for 04/15/2024.</p>
<p>To protect your account, we will never ask for your PIN or password by e-mail.</p>
<p style="font-size:8pt;color:#777">Federally insured by NCUA. Millbrook Community FCU, 14 Depot St. You are receiving this message
because you enrolled in e-statements. Member Services 555-012-9000.</p>
</td></tr></table>"""
    m = new(("Millbrook Community FCU", "estatements@millbrookfcu.example"), ("Marcus Delacroix", "mdelacroix.home@inboxly.example"),
            "Your e-statement is ready - Member #****4417-22", w, domain="millbrookfcu.example")
    m.set_content(html_wrap(html), subtype="html")
    return m


@reg("clean", "lookalike")
def look_2():
    w = dt(4, 25, 18, 2)
    txt = """SKYHARBOR AIR - TRIP CONFIRMATION

Confirmation code: QX7RMB
Passenger: VENKATARAMAN/PRIYA MS
SkyMiles Plus member #: SH 4420 118 903  (Silver)
Known Traveler #: on file

FLIGHT 2218   Thu 06 Jun 2024   Depart MLB 06:40  Arrive CPT 09:15   Seat 14C
FLIGHT 2231   Sun 09 Jun 2024   Depart CPT 17:55  Arrive MLB 20:20   Seat 11A

Fare: $318.40   Paid with card ending 0912
Trip purpose (corporate booking): State Association for Opioid Treatment annual conference

Check in online 24 hours before departure. Bags: 1 personal item, 1 carry-on included."""
    m = new(("SkyHarbor Air", "confirmations@skyharbor-air.example"), ("Priya Venkataraman", S["priya"]["email"]),
            "Your trip confirmation QX7RMB - Jun 6", w, domain="skyharbor-air.example")
    m.set_content(txt)
    m.add_alternative(html_wrap("<pre>" + esc(txt) + "</pre>"), subtype="html")
    return m


@reg("clean", "lookalike")
def look_3():
    w = dt(3, 20, 13, 10)
    m = new(("Granite Mutual Claims", "claims@granitemutual.example"), ("Gwen Abernathy", "gwen.abernathy@webpost.example"),
            "Claim 7734-AU-20240318 - estimate approved", w, domain="granitemutual.example")
    m.set_content("""Dear Gwen Abernathy,

Thank you for reporting your loss. Here is a summary of your claim:

  Claim number:    7734-AU-20240318
  Policy number:   GMA-4410-88217-02 (Personal Auto)
  Named insured:   Gwen L. Abernathy
  Vehicle:         2019 Subaru Outback, VIN ending 4471
  Date of loss:    03/18/2024
  Loss location:   2210 Ferris Mill Rd (employer parking lot)
  Description:     Parked vehicle struck by another vehicle backing out. No injuries reported.

The repair estimate from Lakeside Collision ($2,418.66) has been approved. Your
collision deductible of $500 applies. We are pursuing recovery from the other driver's
carrier; if successful, your deductible will be refunded.

Rental reimbursement: up to $40/day for 10 days.

Sincerely,
Tomas Rydell, Claims Adjuster
Granite Mutual Insurance | 555-016-7000 ext 4471
""")
    return m


@reg("clean", "lookalike")
def look_4():
    w = dt(4, 12, 15, 33)
    html = """<h3 style="font-family:Arial">Your order has shipped!</h3>
<p style="font-family:Arial;font-size:10pt">Order #MSD-1188204 &nbsp;|&nbsp; PO 24-0412-NURS &nbsp;|&nbsp; Account 30771</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-family:Arial;font-size:10pt">
<tr><th>Item</th><th>SKU</th><th>Qty</th></tr>
<tr><td>Urine specimen cup, 90 mL, temp strip, sterile</td><td>UC-90T</td><td>1,000</td></tr>
<tr><td>Fentanyl test strips, 25/pk</td><td>FTS-25</td><td>20</td></tr>
<tr><td>Oral syringe, 10 mL, amber</td><td>OS-10A</td><td>500</td></tr>
<tr><td>Child-resistant take-home bottle, 4 oz, amber</td><td>CRB-4A</td><td>600</td></tr>
<tr><td>Lockbox, steel, keyed</td><td>LB-200</td><td>24</td></tr>
</table>
<p style="font-family:Arial;font-size:10pt">Carrier: ParcelLine Ground<br>Tracking: 1PL 884 20 4471 0093 8821<br>
Ship to: Millbrook Treatment Center, Attn: Nursing, 2210 Ferris Mill Rd<br>Estimated delivery: Tue 04/16/2024</p>"""
    m = new(("MedSupply Direct", "orders@medsupplydirect.example"), "priya", "Shipped: Order #MSD-1188204 (PO 24-0412-NURS)", w,
            domain="medsupplydirect.example")
    m.set_content(html_wrap(html), subtype="html", cte="quoted-printable")
    return m


@reg("clean", "lookalike")
def look_5():
    w0 = dt(10, 29, 11, 2)
    w = dt(10, 29, 14, 20)
    m = new("yesenia", "marcus", "RE: open enrollment question", w, in_reply_to=mid())
    m.set_content(f"""Hi Marcus,

Good questions.

1. 2025 deductibles: PPO is $750 individual / $1,500 family. The HDHP is $3,200 /
   $6,400 but comes with the HSA and we put in $750 (individual) or $1,500 (family).
2. Yes, you can add Danielle as your spouse during open enrollment. I'll need a copy
   of the marriage certificate, upload it in the benefits portal with your elections.
3. Deadline is Friday November 15 at 5 PM. Coverage starts January 1.
4. Your member ID will change in January because the carrier is reissuing all cards.

Your current elections are in the portal under "My Benefits". Come by if it's easier
to go over in person.

Yesenia

{wrote(w0, 'Marcus Delacroix')}
> Hey Yesenia - a few open enrollment questions. What are the deductibles for the PPO vs
> the high deductible plan next year? And I got married in August, can I add my wife
> now or do I have to wait? When's the deadline? Thanks, Marcus
""")
    return m


@reg("clean", "lookalike")
def look_6():
    w = dt(5, 16, 16, 55)
    m = new("kofi", ["tamsin", "priya"], "TRAIN environment - please void ZZTEST doses", w)
    m.set_content("""Tamsin, Priya,

Before we refresh the TRAIN environment from production on Monday, please void the
test doses your new staff entered during this week's DosePoint training. They're all
on the test patients, e.g.:

  ZZTEST, METHADONE      MRN 999000123   DOB 01/01/1950   80 mg  (x6 entries)
  ZZTEST, BUPRENORPHINE  MRN 999000124   DOB 01/01/1950   16 mg  (x4)
  ZZTEST, GUESTDOSE      MRN 999000131   DOB 01/01/1950   45 mg  (x2, "guest from Riverbend")
  ZZTEST, TAKEHOME       MRN 999000140   DOB 01/01/1950   3 bottles (x1)

These are fake charts that only exist in TRAIN, so nothing goes to the state
registry or billing. If you leave them, the refresh will error out on the open
take-home record.

Kofi
""")
    return m


@reg("clean", "lookalike")
def look_7():
    w = dt(1, 8, 6, 30)
    html = """<div style="font-family:Verdana;font-size:10pt">
<p>Hi JEROME,</p>
<p>Welcome to January at <b>Iron Leaf Fitness &ndash; Ferris Mill</b>! As part of the Millbrook Treatment Center corporate
wellness partnership, your membership rate stays at $19/month in 2024.</p>
<p>Member ID: <b>ILF-088213</b><br>Plan: Corporate Basic (Millbrook TC)<br>Home club: Ferris Mill<br>
Next draft: 01/15/2024<br>December check-ins: 11</p>
<p>New this month: 5:30 AM spin on Tuesdays and Thursdays, and a free body-composition scan for all members &mdash;
book at the front desk.</p>
<p>Keep it up!<br>The Iron Leaf Team</p>
<p style="font-size:8pt;color:#888">Unsubscribe | Iron Leaf Fitness, 600 Commerce Way. Questions: 555-015-4000.</p></div>"""
    m = new(("Iron Leaf Fitness", "members@ironleaf-fitness.example"), ("Jerome Baptiste", "jbaptiste.lcsw@yeahmail.example"),
            "Your January member update - ID ILF-088213", w, domain="ironleaf-fitness.example")
    m.set_content(html_wrap(html), subtype="html")
    return m


# ================================================================ CLEAN: news
@reg("clean", "news")
def news_1():
    w = dt(5, 31, 12, 0)
    html = f"""<table width="620" cellpadding="0" cellspacing="0" style="font-family:Georgia,serif;font-size:11pt">
<tr><td style="background:#1d4f6e;color:#fff;padding:14px;font-size:20pt">Millbrook Monthly <span style="font-size:11pt">&middot; June 2024</span></td></tr>
<tr><td style="padding:12px">
<h3>Evening dosing pilot starts June 17</h3>
<p>Starting June 17, we're piloting a Tuesday and Thursday evening window (4:30&ndash;6:00 PM) for patients who work
early shifts. Ask your counselor whether the evening window is a fit for you.</p>
<h3>By the numbers</h3>
<ul><li>418 people are currently enrolled in treatment with us.</li>
<li>71% of people who started with us in 2023 were still in treatment at six months (national programs typically report 50&ndash;60%).</li>
<li>1,260 naloxone kits handed out since January.</li></ul>
<h3>Welcome, new staff</h3>
<p>Please welcome <b>Rafael Osei, LPN</b>, who joins the dosing team after eight years in home health, and <b>Thea Lindqvist, RN</b>,
who will cover weekend windows. Rafael says the best part of his first month has been learning everyone's names at the window.</p>
<h3>Family Education Night</h3>
<p>First Saturday of every month, 10 AM, Community Room. Family members and supporters are welcome &mdash; no registration needed.</p>
<p style="font-size:9pt;color:#666">{CLINIC} &middot; {CLINIC_ADDR} &middot; {CLINIC_MAIN}<br>
You are receiving this newsletter because you subscribed at our front desk or website. <a href="https://{CDOM}/unsubscribe">Unsubscribe</a>.</p>
</td></tr></table>"""
    m = new(("Millbrook Treatment Center", f"news@{CDOM}"), ("Millbrook Monthly subscribers", f"newsletter@{CDOM}"),
            "Millbrook Monthly - June: evening dosing pilot, by the numbers", w,
            extra={"List-Unsubscribe": f"<https://{CDOM}/unsubscribe>", "Precedence": "bulk"})
    m.set_content("Millbrook Monthly - June 2024\n\nEvening dosing pilot starts June 17 (Tue/Thu 4:30-6:00 PM).\n"
                  "418 people enrolled; 71% six-month retention for 2023 starts; 1,260 naloxone kits since January.\n"
                  "Welcome Rafael Osei, LPN and Thea Lindqvist, RN.\nFamily Education Night: first Saturday, 10 AM.\n")
    m.add_alternative(html_wrap(html), subtype="html")
    return m


@reg("clean", "news")
def news_2():
    w = dt(3, 25, 10, 0)
    m = new(("Millbrook Community Outreach", f"outreach@{CDOM}"), ("Community Partners", f"partners@{CDOM}"),
            "Free naloxone training - Saturday April 6 at Millbrook Public Library", w)
    m.set_content("""Community partners,

Please share with your networks:

FREE NALOXONE (NARCAN) TRAINING
Saturday, April 6, 11:00 AM - 12:30 PM
Millbrook Public Library, Meeting Room 2

Learn how to recognize an opioid overdose and how to give naloxone. Everyone who
attends leaves with a free naloxone kit. No ID, no insurance, no questions asked.

- Signs of an overdose: slow or stopped breathing, blue or gray lips and fingertips,
  pinpoint pupils, won't wake up.
- Call 911. Give naloxone. Start rescue breathing. Stay with the person.
- Naloxone is safe. It will not hurt someone who hasn't taken opioids.

Presented by Luis Carvajal, Peer Recovery Specialist, and the Millbrook Treatment
Center outreach team. Spanish interpretation available.

Questions: 555-014-2258
""")
    return m


@reg("clean", "news")
def news_3():
    w = dt(6, 20, 14, 0)
    en = f"""Dear Millbrook patients,

Independence Day schedule:

  Wednesday, July 3 - normal hours
  Thursday, July 4 - CLINIC CLOSED. Everyone will receive a take-home for July 4.
  Friday, July 5 - normal hours

Please pick up your July 4 bottle at your regular dosing visit on Wednesday, July 3.
Bring your lockbox. If you have questions about your take-home, talk to the nurse at
the window or your counselor before July 3.

Emergency line on July 4: {CLINIC_MAIN}, press 9.
"""
    es = f"""Estimados pacientes de Millbrook:

Horario del Día de la Independencia:

  Miércoles 3 de julio - horario normal
  Jueves 4 de julio - CLÍNICA CERRADA. Todos recibirán una dosis para llevar a casa para el 4 de julio.
  Viernes 5 de julio - horario normal

Recoja su botella del 4 de julio en su visita normal el miércoles 3 de julio. Traiga su caja con llave.

Línea de emergencia el 4 de julio: {CLINIC_MAIN}, marque 9.
"""
    m = new(("Millbrook Treatment Center", f"announcements@{CDOM}"), ("Millbrook Patients", f"patients@{CDOM}"),
            "July 4 holiday schedule / Horario del 4 de julio", w, extra={"Precedence": "bulk"})
    m.set_content(en + "\n------------------------------\n\n" + es, charset="utf-8", cte="quoted-printable")
    return m


@reg("clean", "news")
def news_4():
    w = dt(5, 15, 9, 0)
    m = new("bernard", ["allstaff"], "QI summary: split dosing project results", w, cc="okafor")
    m.set_content("""All,

Summary of our 2023-24 quality improvement project on split methadone dosing, which
will be presented as a poster at the state association conference in June.

Question: Did patients approved for split dosing stay in treatment and have fewer
non-negative screens than before the split?

Who: 42 patients approved for split dosing between March and December 2023.
Median age 41 (range 24-66). 57% men. Median dose at split 110 mg.

Results (6 months before vs. 6 months after split):
  - Non-negative screens for illicit opioids: 38% of tests -> 21% of tests
  - Patients reporting evening withdrawal at check-in: 81% -> 24%
  - Retention at 6 months after split: 36 of 42 (86%)
  - No patient had a QTc over 500 ms during the project period.

Limitations: no comparison group, small numbers, and screens were not all random.

Thanks to nursing and pharmacy, who did all the extra paperwork for the PM bottles.
The poster draft is on the shared drive under QI/2024.

Bernard Ng
Compliance & Quality Manager
""")
    return m


@reg("clean", "news")
def news_5():
    w = dt(4, 22, 11, 30)
    html = """<div style="font-family:Arial;font-size:11pt;max-width:600px">
<h2 style="color:#1d4f6e">Volunteer Spotlight: Harold Ames</h2>
<p>If you've been in our lobby on a Tuesday or Thursday morning, you've met Harold. For three years he has run the coffee
cart from 6 AM, always with a crossword going and a joke ready.</p>
<p>Harold taught high-school history in Millbrook for 31 years before retiring in 2019. Since then he's also tutored
for the GED program we host on Wednesday afternoons &mdash; eleven learners have passed their exams with his help.</p>
<p>&ldquo;I like being somewhere people are working hard on something,&rdquo; Harold says. &ldquo;And the coffee's better than
the teachers' lounge.&rdquo;</p>
<p>Thank you, Harold! Interested in volunteering? Contact Shonda Reyes at the front desk or call 555-014-2210.</p>
</div>"""
    m = new(("Millbrook Treatment Center", f"news@{CDOM}"), ("Volunteers & Friends", f"friends@{CDOM}"),
            "Volunteer Spotlight: Harold Ames", w, extra={"Precedence": "bulk"})
    m.set_content(html_wrap(html), subtype="html")
    return m


@reg("clean", "news")
def news_6():
    w = dt(6, 12, 10, 15)
    m = new("dale", ("Friends of Millbrook", f"friends@{CDOM}"), "Thank you - Family Night raised $18,400", w)
    txt = f"""Dear friends,

Thank you to everyone who came out for Family Night at the Grange Hall on June 8.
Together we raised $18,400 for the Millbrook Treatment Center Family Fund, which pays
for childcare during counseling sessions, bus passes, and lockboxes for families who
can't afford one.

Special thanks to our sponsors:
  - Ferris Mill Hardware (raffle prizes and the grill)
  - Bellamy & Ruiz Dental Group (Gold sponsor)
  - The Okonjo family, for the silent auction quilt
  - Pastor Gail Humphries and Grace Community Church

And to the 24 volunteers who set up, served food, and stayed until 10 PM to clean up.

Next year's date is already set: June 7, 2025.

With gratitude,
Dale Kowalczyk
Program Director, {CLINIC}
"""
    m.set_content(txt)
    return m


# ================================================================ CLEAN: training
@reg("clean", "training")
def train_1():
    w = dt(3, 5, 13, 0)
    tmpl = f"""{CLINIC.upper()} - GUEST DOSING REQUEST (OUTBOUND)          Form GD-02 rev. 03/2024

To (host program): ______________________________  Fax: (___) ___-____
From: {CLINIC}, Guest Dosing Desk                 Fax: {CLINIC_FAX}

Patient name: [LAST], [FIRST] [MI]
Date of birth: __/__/____                Our ID: MTC-______
Medication:  [ ] Methadone oral concentrate   [ ] Buprenorphine ____ mg
Current dose: ____ mg      Last dose here: __/__/____  [ ] AM [ ] PM
Take-homes in hand: ____ (dates: ____________)
Requested guest dates: __/__/____ through __/__/____   Number of doses: ____
Most recent UDS date: __/__/____
Consent (42 CFR Part 2) attached: [ ] Yes
Prescriber signature: _________________________   Date: __/__/____

Host program: please fax the dosing log to {CLINIC_FAX} within 2 business days of the last dose.
"""
    m = new("tamsin", ["guest", "nursing"], "Updated guest dosing form GD-02 (template)", w)
    m.set_content("""Hi all,

The guest dosing request form has been updated (rev. 03/2024). Changes: added the
most-recent-UDS date and the AM/PM checkbox for split-dose patients. Blank template
attached - please toss any old copies in the front desk tray.

Tamsin
""")
    attach(m, tmpl, ("text", "plain"), "GD-02_Guest_Dosing_Request_TEMPLATE.txt")
    return m


@reg("clean", "training")
def train_2():
    w = dt(4, 26, 15, 0)
    html = """<div style="font-family:Arial;font-size:11pt">
<p><b>Take-home eligibility quiz &mdash; new staff orientation (answer key below)</b></p>
<p><i>All patients in these questions are fictitious teaching examples.</i></p>
<ol>
<li>A patient has been in treatment 45 days with all negative screens. How many take-home doses per week may they receive under our policy?<br>
a) 0 &nbsp; b) up to 7 (prescriber judgment) &nbsp; c) 3 &nbsp; d) 14</li>
<li><b>Sample case:</b> &ldquo;Jane Doe&rdquo; (fictitious), 120 days in treatment, stable housing, works nights, one missed
counseling session this month. Which of the following is NOT one of the eight take-home criteria?<br>
a) absence of recent misuse &nbsp; b) regular clinic attendance &nbsp; c) owning a car &nbsp; d) safe storage at home</li>
<li>True or false: A patient must be shown how to use a lockbox before receiving any take-home.</li>
<li>What do you do if a patient returns an empty bottle with a broken cap?</li>
</ol>
<p style="font-size:9pt;color:#666">Answers: 1-b, 2-c, 3-True, 4-document on the bottle return log, notify pharmacy and the prescriber, follow the lost/spilled policy (6.7).</p>
</div>"""
    m = new("bernard", ["nursing", "counsel"], "Orientation quiz - take-home eligibility", w)
    m.set_content(html_wrap(html), subtype="html")
    return m


@reg("clean", "training")
def train_3():
    w = dt(5, 2, 10, 30)
    doc = make_docx([("h", "Policy 6.4 - Missed Doses"),
                     f"{CLINIC}. Effective 06/01/2024. Supersedes version dated 05/2022. Owner: Medical Director.",
                     "Purpose: To protect patient safety when a patient returns after missing one or more scheduled doses.",
                     "1. One missed dose: dose as usual. Nurse assesses for sedation and intoxication before dosing.",
                     "2. Two consecutive missed doses: nurse notifies the prescriber. Prescriber may reduce the dose for the first day back.",
                     "3. Three or more consecutive missed doses: no dose until assessed by a prescriber. Dose may be reduced by up to 50% "
                     "and re-titrated.",
                     "4. Five or more consecutive missed doses: treated as re-induction per Policy 4.1.",
                     "5. Counselor is notified of every missed dose through the daily missed-dose report.",
                     "6. Guest doses documented by another program and hospital doses verified by pharmacy are not missed doses.",
                     ("table", [["Consecutive missed", "Who decides", "Usual action"],
                                ["1", "Nurse", "Dose as ordered"],
                                ["2", "Prescriber (phone OK)", "Consider reduction"],
                                ["3-4", "Prescriber (in person)", "Reduce, re-titrate"],
                                ["5+", "Prescriber", "Re-induction"]]),
                     "Review: annually, or sooner if state rules change."])
    m = new("okafor", "allstaff", "Revised missed dose policy 6.4 - please read before 6/1", w)
    m.set_content("""All,

Attached is the revised missed dose policy. Main change: the 3-4 day tier now requires
an in-person prescriber assessment, not a phone order. Please read it and sign the
acknowledgment in the training portal by May 31. This is one of the policies the
accreditation surveyors will ask about.

Renata Okafor-Hale, MD
Medical Director
""")
    attach(m, doc, DOCX, "Policy_6.4_Missed_Doses_rev2024.docx")
    return m


@reg("clean", "training")
def train_4():
    w = dt(3, 12, 9, 0)
    lines = ["COUNSELOR CASE CONFERENCE TRAINING - CASE STUDY 3",
             "FICTITIOUS CASE FOR TRAINING. Any resemblance to a real patient is coincidental.", "",
             "\"Mr. A\" is a 38-year-old man, invented for this exercise, in his fourth month of methadone",
             "treatment. His dose is 90 mg. He works construction and has asked for take-homes.",
             "Over the last month his screens have been negative except for one positive for a",
             "benzodiazepine. He says it was his brother's pill, taken once for back pain.",
             "", "Discussion questions:",
             "1. What additional information would you want before the team meeting?",
             "2. How would you document the conversation about the benzodiazepine result?",
             "3. What are the safety concerns with benzodiazepines and methadone?",
             "4. Which of the eight take-home criteria does Mr. A meet? Which are unclear?",
             "5. Write a one-paragraph treatment plan update using the DAP format.",
             "", "Facilitator notes: emphasize non-judgmental language; avoid 'dirty/clean' for results."]
    m = new("jerome", "counsel", "Case conference training Thursday - case study 3", w)
    m.set_content("Team, attached is the case study for Thursday's training (fictitious case). Please read it "
                  "before we meet and jot down answers to questions 1-4. We'll do #5 together.\n\nJerome\n")
    attach(m, make_pdf(lines, "Case Study 3 - training"), PDF, "CaseStudy3_MrA_TRAINING.pdf")
    return m


@reg("clean", "training")
def train_5():
    w = dt(4, 8, 14, 10)
    m = new("bernard", "counsel", "Documentation tip of the week: DAP notes", w)
    m.set_content("""Documentation tip of the week

A DAP note has three parts. Here's an example written for a made-up patient. Please
don't copy the wording into a real chart - use it as a model for structure only.

  Patient: SAMPLE, PATIENT (training example)     ID: MTC-000000
  Date: [session date]     Type: Individual, 45 min

  D (Data): Pt reports attending all dosing visits this week and two groups. States
  "work has been stressful." Most recent screen negative for all substances tested.

  A (Assessment): Pt is engaged and making progress toward goal 2 (stable employment).
  Stress at work is a relapse risk factor identified in the treatment plan.

  P (Plan): Continue weekly sessions. Practice the coping skill reviewed today. Next
  session [date]. Counselor to review take-home eligibility at next team meeting.

Common findings from the chart audit:
  - "Pt doing well" is not data. What did they say or do?
  - Assessment should connect to a treatment plan goal.
  - Plan needs a next appointment date.

Bernard
""")
    return m


@reg("clean", "training")
def train_6():
    w = dt(5, 21, 11, 5)
    hl7 = "\n".join([
        "MSH|^~\\&|TCTLIS|TRICOUNTY|DOSEPOINT|MTC|20240521103000||ORU^R01^ORU_R01|TEST0001|T|2.5.1",
        "PID|1||999000123^^^MTC^MR||ZZTEST^METHADONE||19500101|U",
        "OBR|1|TEST-UDS-1|TEST-LAB-1|UDSCONF^Urine drug screen w/ confirmation^L|||20240521090000",
        "OBX|1|ST|FENT^Fentanyl^L||NEG||||||F",
        "OBX|2|ST|METH^Methadone^L||POS||||||F",
    ])
    m = new("kofi", ["nursing", "pharm"], "Interface training - reading a lab result message", w)
    m.set_content(f"""Hi all,

For Thursday's super-user session, here's the sample lab message we'll walk through.
It's from the TEST interface and uses our fake patient ZZTEST, METHADONE - it never
touches a real chart. Processing ID "T" in MSH-11 means test.

{hl7}

What to look for:
  MSH-9   message type (ORU^R01 = lab result)
  PID-3   the MRN the result will file to
  OBR-4   which test was ordered
  OBX-3/5 each analyte and its result

When a real result fails to file, it goes to Interfaces > Error Queue and you'll see
the same segments there.

Kofi
""")
    return m


# ================================================================ main
EXPECTED = {
    ("phi", "care"): 8, ("phi", "names"): 8, ("phi", "self"): 7, ("phi", "ids"): 8,
    ("phi", "lists"): 7, ("phi", "struct"): 7, ("phi", "lang"): 8,
    ("clean", "staff"): 7, ("clean", "admin"): 7, ("clean", "lookalike"): 7,
    ("clean", "news"): 6, ("clean", "training"): 6,
}


# transfer encodings chosen per message, the way different mail clients differ
FORCE_CTE = {
    "phi-care-001": "7bit", "phi-care-003": "7bit", "phi-care-008": "7bit", "phi-names-003": "7bit",
    "phi-names-005": "7bit", "phi-names-008": "7bit", "phi-self-001": "7bit", "phi-self-004": "7bit",
    "phi-ids-002": "7bit", "phi-ids-004": "7bit", "phi-ids-006": "7bit", "phi-lists-001": "7bit",
    "phi-lists-003": "8bit", "phi-struct-004": "7bit", "clean-staff-001": "7bit", "clean-staff-006": "7bit",
    "clean-admin-003": "7bit", "clean-admin-006": "7bit", "clean-lookalike-003": "7bit", "clean-news-002": "7bit",
    "clean-news-006": "7bit", "clean-training-005": "7bit",
    "phi-self-005": "base64", "phi-ids-003": "base64", "clean-admin-002": "base64", "clean-news-004": "base64",
    "clean-lookalike-006": "base64", "clean-staff-004": "base64", "phi-lang-008": "base64",
}


def recode(msg, cte):
    """Re-encode a single-part text message body with another transfer encoding."""
    if msg.is_multipart() or msg.get_content_maintype() != "text":
        raise ValueError("recode expects a single text part")
    text = msg.get_content()
    sub = msg.get_content_subtype()
    cs = msg.get_content_charset() or "utf-8"
    if cte == "7bit":
        try:
            text.encode("ascii")
            cs = "us-ascii"
        except UnicodeEncodeError:
            cte = "8bit"
    msg.set_content(text, subtype=sub, charset=cs, cte=cte)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    counts = {}
    rows = []
    for label, kind, patient, fn in REG:
        n = counts.get((label, kind), 0) + 1
        counts[(label, kind)] = n
        msg = fn()
        fname = f"{label}-{kind}-{n:03d}.eml"
        if fname[:-4] in FORCE_CTE:
            recode(msg, FORCE_CTE[fname[:-4]])
        with open(os.path.join(out, fname), "wb") as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        rows.append([fname, label, kind, patient])
    assert counts == EXPECTED, counts
    assert sum(counts.values()) == 86
    assert sum(v for (l, k), v in counts.items() if l == "phi") == 53
    assert sum(v for (l, k), v in counts.items() if l == "clean") == 33
    with open(os.path.join(out, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    for (label, kind), v in counts.items():
        print(f"{label}-{kind}: {v}")
    print(f"total: {sum(counts.values())}")


if __name__ == "__main__":
    main()
