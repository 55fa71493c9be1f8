#!/usr/bin/env python3
"""Generate a blind evaluation set of food & nutrition services email.

Everything here is invented: people, numbers, organisations and addresses.
Usage: python3 gen.py OUTDIR
"""
import csv
import datetime as dt
import io
import os
import random
import struct
import sys
import zipfile
import zlib
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

SEED = 8802
random.seed(SEED)

ORG = "Alderbrook Regional Medical Center"
DOM = "alderbrookhealth.org"
DEPT = "Food & Nutrition Services"
MAIN_PHONE = "(413) 555-0140"

# ----------------------------------------------------------------------------
# name pools (all invented combinations)
# ----------------------------------------------------------------------------
STAFF_FIRST = ["Renee", "Marcus", "Priya", "Dana", "Colleen", "Tomasz", "Keisha",
               "Brendan", "Lucia", "Farah", "Greg", "Anita", "Devon", "Yolanda",
               "Hannah", "Terrence", "Mei", "Oscar", "Jolene", "Vikram", "Shauna",
               "Alicia", "Rob", "Nadia", "Caitlin", "Desmond", "Wendy", "Jorge"]
STAFF_LAST = ["Castellano", "Whitaker", "Raghunathan", "Brophy", "McGillis",
              "Nowicki", "Pettaway", "Scanlon", "Ferreira", "Haddad", "Lundgren",
              "Osei", "Tran", "Villalobos", "Morrow", "Quigley", "Zhou", "Bertrand",
              "Ashby", "Menon", "Garrity", "Dubois", "Kaminski", "Prescott",
              "Okafor", "Fenwick", "Sandoval", "Delacroix"]

STAFF_FIRST += ["Monique", "Ethan", "Rosa", "Kevin", "Lauren", "Samir", "Bridget", "Tyrone",
                "Ingrid", "Paul", "Leticia", "Brian"]
STAFF_LAST += ["Cormier", "Abara", "Lindholm", "Pacheco", "Sheehan", "Nakamura", "Boateng",
               "Ruggiero", "Whitley", "Ostrowski-Lane"]
# keep generated colleagues from sharing names with the recurring department people
_RESERVED_FIRST = {"Colleen", "Terrence", "Desmond", "Priya", "Hannah", "Jorge", "Shauna", "Alicia",
                   "Rob", "Nadia", "Caitlin", "Oscar", "Keisha", "Lucia", "Melinda"}
_RESERVED_LAST = {"McGillis", "Osei", "Fenwick", "Raghunathan", "Lundgren", "Sandoval", "Garrity",
                  "Villalobos", "Ashby", "Haddad", "Scanlon", "Bertrand", "Pettaway", "Ferreira", "Dizon"}
STAFF_FIRST = [n for n in STAFF_FIRST if n not in _RESERVED_FIRST]
STAFF_LAST = [n for n in STAFF_LAST if n not in _RESERVED_LAST]

PT_FIRST_F = ["Dorothy", "Eleanor", "Marisol", "Theresa", "Ruth", "Grace", "Loretta",
              "Agnes", "Yvonne", "Bernadette", "Shirley", "Consuelo", "Irene",
              "Phyllis", "Marguerite", "Joan", "Lorraine", "Delia", "Winifred"]
PT_FIRST_M = ["Harold", "Walter", "Eugene", "Raymond", "Stanley", "Leonard",
              "Clarence", "Vernon", "Francis", "Roland", "Dale", "Lyle", "Gerald",
              "Albert", "Curtis", "Norman", "Emmett", "Royce"]
PT_LAST = ["Kessler", "Whitfield", "Abernathy", "Kowalski", "Lindqvist", "Petrakis",
           "Benning", "Ochoa", "Delgado", "Farnsworth", "Pruitt", "Haverford",
           "Szymanski", "Mahoney", "Crenshaw", "Ledbetter", "Tolliver", "Gustafson",
           "Battaglia", "Rourke", "Vasquez-Hill", "Drummond", "Eckhardt", "Sorensen",
           "Pennington", "Mulvaney", "Castellanos", "Yarborough", "Whitcomb"]

_used_pt = {("Theresa", "Kowalski"), ("Grace", "Lindqvist"), ("Gerald", "Whitcombe"),
            ("Roland", "Haverford"), ("Lyle", "Tolliver")}


def pt_name(sex=None):
    """Return (first, last) for a patient, avoiding repeats across the set."""
    for _ in range(200):
        s = sex or random.choice("FM")
        first = random.choice(PT_FIRST_F if s == "F" else PT_FIRST_M)
        last = random.choice(PT_LAST)
        if (first, last) not in _used_pt:
            _used_pt.add((first, last))
            return first, last
    return first, last


_used_staff = set()


def staff_name():
    for _ in range(200):
        f, l = random.choice(STAFF_FIRST), random.choice(STAFF_LAST)
        if (f, l) not in _used_staff:
            _used_staff.add((f, l))
            return f, l
    return f, l


def email_of(first, last, dom=DOM, style=0):
    f = first.lower().replace(" ", "").replace("'", "")
    l = last.lower().replace(" ", "").replace("'", "").replace("-", "")
    if style == 1:
        return f"{f[0]}{l}@{dom}"
    if style == 2:
        return f"{l}.{f}@{dom}"
    return f"{f}.{l}@{dom}"


class Person:
    def __init__(self, first=None, last=None, title="", dom=DOM, ext=None,
                 style=0, addr=None, dept=DEPT):
        if first is None:
            first, last = staff_name()
        self.first, self.last, self.title, self.dept = first, last, title, dept
        self.addr = addr or email_of(first, last, dom, style)
        self.ext = ext or str(random.randint(4100, 4899))

    @property
    def name(self):
        return f"{self.first} {self.last}"

    @property
    def hdr(self):
        return formataddr((self.name, self.addr))

    def sig(self, fax=False, cell=False, org=True, short=False):
        if short:
            return f"{self.first}\n{self.title}  x{self.ext}" if self.title else self.first
        lines = [self.name + (f", {self.title}" if self.title else "")]
        if self.dept:
            lines.append(self.dept)
        if org:
            lines.append(ORG)
        lines.append(f"Office: (413) 555-{self.ext[-4:]}")
        if fax:
            lines.append("Fax: (413) 555-0199")
        if cell:
            lines.append(f"Cell: (413) 555-{random.randint(1000, 9999)}")
        return "\n".join(lines)


def phone():
    return f"({random.choice(['413', '860', '508', '774'])}) 555-{random.randint(100, 199):04d}"


def mrn():
    return f"{random.randint(10, 99)}{random.randint(0, 9999999):07d}"


def dob(lo=1931, hi=1990):
    d = dt.date(random.randint(lo, hi), random.randint(1, 12), random.randint(1, 28))
    return d


def fmt_d(d, style=0):
    if style == 1:
        return d.strftime("%Y-%m-%d")
    if style == 2:
        return d.strftime("%Y%m%d")
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def room():
    return f"{random.choice([3, 4, 5, 6, 7])}{random.choice(['N', 'S', 'E', 'W'])}-{random.randint(1, 38):02d}"


# ----------------------------------------------------------------------------
# dates and message ids (deterministic: no clock, no pid)
# ----------------------------------------------------------------------------
EST = dt.timezone(dt.timedelta(hours=-5))
EDT = dt.timezone(dt.timedelta(hours=-4))
BASE = dt.datetime(2024, 2, 5, 8, 0)


def rand_date(day_lo=0, day_hi=280, hour_lo=6, hour_hi=19):
    d = BASE + dt.timedelta(days=random.randint(day_lo, day_hi),
                            hours=random.randint(hour_lo, hour_hi) - 8,
                            minutes=random.randint(0, 59),
                            seconds=random.randint(0, 59))
    tz = EDT if dt.date(2024, 3, 10) <= d.date() < dt.date(2024, 11, 3) else EST
    return d.replace(tzinfo=tz)


def later(d, minutes_lo=4, minutes_hi=300):
    return d + dt.timedelta(minutes=random.randint(minutes_lo, minutes_hi))


def earlier(d, minutes_lo=4, minutes_hi=300):
    return d - dt.timedelta(minutes=random.randint(minutes_lo, minutes_hi))


def msgid(dom=DOM):
    a = "".join(random.choice("0123456789ABCDEF") for _ in range(16))
    b = random.randint(100000, 999999)
    return f"<{a}.{b}@{dom}>"


def on_wrote(d, who):
    """Gmail/Apple style attribution line."""
    return f"On {d.strftime('%a, %b')} {d.day}, {d.year} at {d.strftime('%I:%M %p').lstrip('0')}, {who} wrote:"


def outlook_hdr(d, frm, to, subject, cc=None):
    lines = ["-----Original Message-----",
             f"From: {frm}",
             f"Sent: {d.strftime('%A, %B')} {d.day}, {d.year} {d.strftime('%I:%M %p').lstrip('0')}",
             f"To: {to}"]
    if cc:
        lines.append(f"Cc: {cc}")
    lines.append(f"Subject: {subject}")
    return "\n".join(lines)


def outlook_hdr2(d, frm, to, subject, cc=None):
    """Newer Outlook style separator (underscores)."""
    lines = ["_" * 32,
             f"From: {frm}",
             f"Sent: {d.strftime('%A, %B')} {d.day}, {d.year} {d.strftime('%I:%M %p').lstrip('0')}",
             f"To: {to}"]
    if cc:
        lines.append(f"Cc: {cc}")
    lines.append(f"Subject: {subject}")
    return "\n".join(lines)


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.splitlines())


DISCLAIMERS = [
    ("CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use "
     "of the intended recipient(s) and may contain confidential and privileged information. "
     "Any unauthorized review, use, disclosure or distribution is prohibited. If you are not "
     "the intended recipient, please contact the sender by reply e-mail and destroy all "
     "copies of the original message."),
    ("This message is intended only for the addressee and may contain information that is "
     "confidential. If you received it in error, please notify the sender immediately and "
     "delete it. " + ORG + " does not accept liability for any errors or omissions."),
    ("*** External email: use caution with links and attachments. ***"),
    ("The information in this email is confidential and intended for the named recipient "
     "only. Alderbrook Health, 1200 Concord Ridge Road, Westvale, MA 01089."),
]


def disclaimer(i=None):
    return DISCLAIMERS[random.randrange(len(DISCLAIMERS)) if i is None else i]


def html_of(text, font="Calibri"):
    """Very plain HTML alternative of a plain-text body, the way Outlook sends it."""
    esc = (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
    paras = []
    for block in esc.split("\n\n"):
        paras.append("<p class=MsoNormal>" + block.replace("\n", "<br>\n") + "</p>")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            f"<style>p.MsoNormal{{margin:0in;font-size:11.0pt;font-family:\"{font}\",sans-serif}}</style>"
            "</head><body lang=EN-US>\n" + "\n<p class=MsoNormal>&nbsp;</p>\n".join(paras)
            + "\n</body></html>")


# ----------------------------------------------------------------------------
# message builder and attachment helpers
# ----------------------------------------------------------------------------
def make_msg(frm, to, subject, body, cc=None, date=None, html=False, dom=None,
             reply=None, headers=None, html_body=None):
    m = EmailMessage()
    m["From"] = frm.hdr if isinstance(frm, Person) else frm
    if isinstance(to, (list, tuple)):
        to = ", ".join(t.hdr if isinstance(t, Person) else t for t in to)
    elif isinstance(to, Person):
        to = to.hdr
    m["To"] = to
    if cc:
        if isinstance(cc, (list, tuple)):
            cc = ", ".join(t.hdr if isinstance(t, Person) else t for t in cc)
        elif isinstance(cc, Person):
            cc = cc.hdr
        m["Cc"] = cc
    m["Subject"] = subject
    date = date or rand_date()
    m["Date"] = format_datetime(date)
    sender_addr = frm.addr if isinstance(frm, Person) else frm.split("<")[-1].rstrip(">")
    m["Message-ID"] = msgid(dom or sender_addr.split("@")[-1])
    if reply:
        m["In-Reply-To"] = reply
        m["References"] = reply
    m["MIME-Version"] = "1.0"
    for k, v in (headers or {}).items():
        m[k] = v
    m.set_content(body)
    if html or html_body:
        m.add_alternative(html_body or html_of(body), subtype="html")
    return m


FIXED_ZIP_TIME = (2024, 3, 1, 9, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def _xml_esc(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Sheet1"):
    """Minimal valid XLSX with inline strings (numbers kept as text on purpose
    when they have leading zeros)."""
    out = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{_col(c)}{r}"
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_xml_esc(v)}</t></is></c>')
        out.append(f'<row r="{r}">' + "".join(cells) + "</row>")
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 "<sheetData>" + "".join(out) + "</sheetData></worksheet>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          "</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>")
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          f'<sheets><sheet name="{_xml_esc(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              "</Relationships>")
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                 ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels),
                 ("xl/worksheets/sheet1.xml", sheet_xml)])


def docx(paragraphs):
    body = []
    for p in paragraphs:
        bold = p.startswith("**")
        t = p.strip("*")
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        body.append(f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{_xml_esc(t)}</w:t></w:r></w:p>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           "<w:body>" + "".join(body) + "<w:sectPr/></w:body></w:document>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          "</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            "</Relationships>")
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def pdf(lines, title="Document"):
    """One-page PDF, Helvetica, plain text lines."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    text = ["BT", "/F1 10 Tf", "13 TL", "54 740 Td"]
    for ln in lines:
        text.append(f"({esc(ln)}) Tj T*")
    text.append("ET")
    stream = "\n".join(text).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Title (" + esc(title).encode("latin-1", "replace") + b") /Producer (ScanDesk 4.2) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def png(w=180, h=48, bg=(255, 255, 255), band=(31, 94, 74), blank=False):
    """Real PNG: a plain logo (band + block) or a blank off-white scan page."""
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            if blank:
                px = (250, 250, 247)
            elif y >= h - 6:
                px = band
            elif 6 <= x < 6 + h - 14 and 4 <= y < h - 10:
                px = band
            else:
                px = bg
            row.extend(px)
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def ics(summary, start, minutes, location, organizer, description="", uid=None):
    end = start + dt.timedelta(minutes=minutes)
    f = "%Y%m%dT%H%M%S"
    return "\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Alderbrook Health//Calendar//EN",
        "METHOD:REQUEST", "BEGIN:VEVENT",
        f"UID:{uid or random.randint(10**9, 10**10)}@{DOM}",
        f"DTSTAMP:{start.strftime(f)}", f"DTSTART:{start.strftime(f)}", f"DTEND:{end.strftime(f)}",
        f"SUMMARY:{summary}", f"LOCATION:{location}",
        f"ORGANIZER;CN={organizer.name}:mailto:{organizer.addr}",
        "DESCRIPTION:" + description.replace("\n", "\\n"),
        "END:VEVENT", "END:VCALENDAR", ""])


def attach(m, data, filename, mime):
    maintype, subtype = mime.split("/")
    if isinstance(data, str):
        if maintype == "text":
            m.add_attachment(data, subtype=subtype, filename=filename)
            return
        data = data.encode("utf-8")
    m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)


XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def to_csv(rows):
    b = io.StringIO()
    w = csv.writer(b, lineterminator="\r\n")
    w.writerows(rows)
    return b.getvalue()


def table(rows, sep="  "):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    return "\n".join(sep.join(str(v).ljust(widths[i]) for i, v in enumerate(r)).rstrip()
                     for r in rows)


# ----------------------------------------------------------------------------
# registry
# ----------------------------------------------------------------------------
OUT = []


def emit(label, kind, msg, patient=""):
    OUT.append((label, kind, msg, patient))


# recurring people in the department
DIR = Person("Colleen", "McGillis", "MS, RD, LDN", ext="4102")          # director
MGR_PS = Person("Terrence", "Osei", "Patient Services Manager", ext="4118")
CHEF = Person("Desmond", "Fenwick", "Executive Chef", ext="4130")
RD1 = Person("Priya", "Raghunathan", "RD, LDN, CNSC", ext="4121")
RD2 = Person("Hannah", "Lundgren", "MS, RDN, LDN", ext="4124")
RD3 = Person("Jorge", "Sandoval", "RD, LDN", ext="4126")
DTR = Person("Shauna", "Garrity", "NDTR, Diet Technician", ext="4115")
CALL = Person("Alicia", "Villalobos", "Call Center Supervisor", ext="4111")
RETAIL = Person("Rob", "Ashby", "Retail & Catering Manager", ext="4140")
CLIN_MGR = Person("Nadia", "Haddad", "MS, RD, CNSC, Clinical Nutrition Manager", ext="4104")
SLP = Person("Caitlin", "Scanlon", "MS, CCC-SLP", ext="4380", dept="Rehabilitation Services")
for _p in (DIR, MGR_PS, CHEF, RD1, RD2, RD3, DTR, CALL, RETAIL, CLIN_MGR, SLP):
    _used_staff.add((_p.first, _p.last))
DIET_OFFICE = formataddr(("Diet Office", f"dietoffice@{DOM}"))
ROOM_SVC = formataddr(("Room Service Call Center", f"roomservice@{DOM}"))
NUTR_CLINIC = formataddr(("Outpatient Nutrition Clinic", f"nutritionclinic@{DOM}"))


def nurse(unit=None):
    p = Person(title="RN", dept=unit or random.choice(
        ["5 West Med/Surg", "6 North Cardiac", "4 East Oncology", "7 South Ortho",
         "3 North Renal", "MICU", "Labor & Delivery", "Pediatrics"]))
    return p


# ============================================================================
# PHI / care
# ============================================================================
def care_1():
    n = nurse("5 West Med/Surg")
    f, l = pt_name("F")
    rm = f"5W-{random.randint(10, 36)}"
    d = rand_date(hour_lo=13, hour_hi=15)
    body = (f"Hi - can you send a late lunch tray up to {rm} for {f} {l}? She was down in "
            f"IR during lunch and just got back. Her daughter says she'd like the chicken "
            f"noodle soup and the turkey sandwich if you still have it, and a ginger ale.\n\n"
            f"Thanks!!\n{n.first}\n5W  x{n.ext}")
    m = make_msg(n, ROOM_SVC, f"late tray {rm}", body, date=d)
    emit("phi", "care", m, f"{f} {l}")


def care_2():
    f, l = "Anh", "Tran"
    fam = Person("Linh", "Tran-Becker", "", dom="pinefieldmail.net", dept="")
    rmn = f"{random.choice([3, 4])}{random.randint(10, 40)}"
    d1 = rand_date(hour_lo=19, hour_hi=21)
    d2 = later(d1, 700, 900)
    orig = (f"Hello,\n\nMy father {f} {l} is in room {rmn} since Sunday. When I visit at dinner "
            f"his tray is sitting on the table and nobody opened the milk or the little cups. "
            f"His hands shake and he can't peel the lids, so he just doesn't eat. He is very "
            f"polite and won't push the call button. Can somebody open everything when they "
            f"drop it off? Also he would eat much better with plain rice instead of the potatoes, "
            f"he's had rice with every meal for 80 years lol.\n\nI work days so I can only come "
            f"in the evening.\n\nThank you,\nLinh Tran-Becker\n{phone()}")
    reply = (f"Dear Ms. Tran-Becker,\n\nThank you for letting us know, and I'm sorry your father "
             f"has had trouble with his meals. I have added a note to his tray ticket: "
             f"\"OPEN ALL PACKAGES / SET UP TRAY\" and \"steamed rice in place of potato at "
             f"lunch and dinner.\" I also spoke with the charge nurse on his floor so the aides "
             f"know to check on him at mealtimes.\n\nOur host {random.choice(['Maribel', 'Kwame', 'Janelle'])} "
             f"will stop by tomorrow at breakfast to go over the menu with him. If anything is "
             f"still not right, please call me directly.\n\nSincerely,\n\n{MGR_PS.sig()}\n\n"
             f"{on_wrote(d1, 'Linh Tran-Becker <' + fam.addr + '>')}\n{quote(orig)}")
    m = make_msg(MGR_PS, fam, "RE: my dad's meals", reply, date=d2, html=True,
                 cc=f"Patient Experience <patientexperience@{DOM}>")
    emit("phi", "care", m, f"{f} {l}")


def care_3():
    f, l = pt_name("M")
    cm = Person(title="RN, Case Manager", dept="Care Management")
    hi = Person("Jenna", "Morrissey", "Intake Coordinator", dom="bayliehomeinfusion.com",
                dept="Baylie Home Infusion & Enteral")
    street = f"{random.randint(12, 480)} {random.choice(['Orchard Lane', 'Cobble Hill Rd', 'Fenner St', 'Mill Pond Dr'])}"
    town = random.choice(["Westvale", "Hadley Falls", "North Amesbury", "Granby Center"])
    d = rand_date(hour_lo=10, hour_hi=16)
    rd_txt = (f"He'll go home on the same regimen he's on now: 1.5 cal fiber formula, 5 cartons "
              f"a day, run on the pump overnight 1800-0600 at 75 mL/hr, with 60 mL water flush "
              f"every 4 hrs while awake. He'll need the pump, backpack and 30 days of bags.")
    body = (f"Hi Jenna,\n\nFollowing up on our call. {f} {l} is planned for discharge Thursday "
            f"afternoon. He is NOT going back to his apartment; he'll stay with his daughter "
            f"Kathleen for a few weeks, so please deliver the pump and formula to:\n\n"
            f"  {street}\n  {town}, MA 01{random.randint(100, 999)}\n  Kathleen (daughter) {phone()}\n\n"
            f"From Priya (our RD):\n{rd_txt}\n\nCan your nurse do the pump teaching at the house "
            f"Friday morning? Kathleen works but her husband will be home. Insurance info went over "
            f"on the referral form this morning.\n\nThanks,\n{cm.sig(fax=True)}")
    m = make_msg(cm, hi, f"Discharge Thurs - {l} - enteral supplies delivery", body, date=d,
                 cc=[RD1])
    emit("phi", "care", m, f"{f} {l}")


def care_4():
    f, l = pt_name("F")
    n = nurse("6 North Cardiac")
    bed = f"6N-{random.randint(1, 30):02d}"
    d = rand_date(hour_lo=7, hour_hi=9)
    body = (f"Good morning 6N,\n\nWe're starting a 72-hour calorie count on {f} {l} ({bed}) "
            f"with breakfast today, through dinner {random.choice(['Thursday', 'Friday', 'Sunday'])}.\n\n"
            f"What we need from you:\n"
            f"- Please DON'T throw away her trays. Leave them in the room or on the cart "
            f"marked CALORIE COUNT outside the door until the diet tech picks them up.\n"
            f"- Anything she eats that isn't from a tray (snacks from family, nourishment room "
            f"juice, pudding, shakes) write it on the sheet taped to her door with the amount.\n"
            f"- If she's off the floor for a test at mealtime, call room service at x5-FOOD for a "
            f"late tray so we don't lose a meal.\n\n"
            f"Shauna will round at 1000, 1430 and 1930. I'll write up the totals in my note on "
            f"day 3.\n\nThanks so much,\n{RD2.sig()}")
    m = make_msg(RD2, f"6 North Nursing <6northrn@{DOM}>", f"Calorie count - {bed} {l}", body,
                 cc=[DTR, n], date=d)
    emit("phi", "care", m, f"{f} {l}")


def care_5():
    f, l = "Yosef", "Adler"
    chap = Person("Miriam", "Stein-Falk", "Staff Chaplain", dept="Spiritual Care", ext="4602")
    vend = Person("Avi", "Brenner", "", dom="shalomkitchencatering.net", dept="Shalom Kitchen Catering")
    d1 = rand_date(hour_lo=9, hour_hi=12)
    d2 = later(d1, 40, 180)
    orig = (f"Hi Terrence,\n\nThe family of {f} {l} called Spiritual Care. He's scheduled for "
            f"surgery Tuesday and will be with us at least through the following Monday. They "
            f"keep strict kosher (glatt) and asked for:\n\n"
            f"  - sealed, double-wrapped kosher meals, heated in the wrapper\n"
            f"  - disposable utensils and plates, nothing from our dish room\n"
            f"  - for Shabbat his wife will bring food Friday afternoon and would like to "
            f"use the unit fridge; can we label a shelf?\n\n"
            f"His son mentioned he's on a \"soft\" diet for the first days after the operation, "
            f"not sure if the kosher vendor can do that.\n\nThank you,\nMiriam\n"
            f"{chap.sig()}")
    body = (f"Avi -\n\nSee below. Patient arrives Tuesday, room TBD (probably 7 South). Can you do "
            f"soft versions of your entrées for the first 2-3 days - moist chicken, noodle "
            f"kugel, soups, no raw veg? Standing order for 3 meals a day starting Wednesday "
            f"breakfast, I'll confirm the room number Tuesday night.\n\nAlso, any chance you can "
            f"drop 2 extra Shabbat dinners Friday by 2pm, same as last time.\n\nThanks,\n"
            f"{MGR_PS.sig(short=True)}\n\n{outlook_hdr(d1, chap.name, MGR_PS.name, 'Kosher meals for surgical pt next week')}\n\n{orig}")
    m = make_msg(MGR_PS, vend, "FW: Kosher meals for surgical pt next week", body, cc=chap, date=d2)
    emit("phi", "care", m, f"{f} {l}")


def care_6():
    f, l = "Ruth", pt_name("F")[1]
    fam = Person("Gina", "Castellucci", "", dom="riverbendmail.com", dept="")
    rmn = f"2{random.randint(10, 40)}"
    d1 = rand_date(hour_lo=18, hour_hi=22)
    d2 = later(d1, 600, 1000)
    orig = (f"hi, my grandmother {f} {l} is in rm {rmn} and she turns 90 on saturday!! is "
            f"there any way the kitchen could send up a little cake or cupcake w her lunch? "
            f"we'll be there around 12. she's on the soft food diet since the stroke so nothing "
            f"with nuts or hard frosting probably.\n\nthank you so much\ngina (granddaughter)\n\n"
            f"Sent from my iPhone")
    reply = (f"Hi Gina,\n\nHappy early birthday to your grandmother! Yes, we'd love to. Chef is "
             f"going to make a small vanilla sponge with whipped topping that fits her minced & "
             f"moist diet (Level 5) — the speech therapist signed off on it this morning. It "
             f"will come up on her lunch tray Saturday with a card from our team. If you want "
             f"to bring candles, nursing asks that they stay unlit :)\n\nBest,\nShauna\n\n"
             f"{DTR.sig()}\n\n{on_wrote(d1, 'gina c <' + fam.addr + '>')}\n{quote(orig)}")
    m = make_msg(DTR, fam, "Re: birthday cake for my grandma?", reply, date=d2, cc=CHEF)
    emit("phi", "care", m, f"{f} {l}")


def care_7():
    f, l = "Stanley", "Kowalczyk"
    sw = Person(title="LICSW", dept="Social Work")
    d = rand_date(hour_lo=9, hour_hi=16)
    appt = d.date() + dt.timedelta(days=random.randint(8, 20))
    while appt.weekday() >= 5:
        appt += dt.timedelta(days=1)
    body = (f"Hi {sw.first},\n\nI had to move Mr. {l}'s nutrition follow-up to "
            f"{appt.strftime('%A %-m/%-d')} at 10:30 - the 9:00 slot fell through. His "
            f"daughter can't drive him that week, so could you set up the van again? Same "
            f"pickup as last time (the senior apartments on Pruitt St, he'll wait in the "
            f"lobby). He uses a walker.\n\nHe's supposed to bring his food log and his "
            f"glucose meter, if whoever calls him could remind him that'd be great.\n\n"
            f"Thanks,\nJorge\n\n{RD3.sig()}\nOutpatient Nutrition Clinic, 2nd fl Medical Arts Bldg")
    m = make_msg(RD3, sw, f"van for {l} {appt.month}/{appt.day}", body, date=d)
    emit("phi", "care", m, f"{f} {l}")


def care_8():
    lname = random.choice(["Patel", "Okonjo", "Ramirez", "Lindahl"])
    mom = random.choice(["Anjali", "Chioma", "Daniela", "Sofie"])
    nicu = Person(title="RN, IBCLC", dept="NICU / Lactation")
    d = rand_date(hour_lo=8, hour_hi=14)
    body = (f"Hello Diet Office,\n\nCould you issue meal vouchers for {mom} {lname}, mom of "
            f"Baby Girl {lname} in NICU bed {random.randint(1, 24)}? She is exclusively pumping "
            f"and here 10-12 hrs a day, so she qualifies under the breastfeeding mother meal "
            f"program. She'd need breakfast + lunch + dinner for the next 7 days, then we'll "
            f"re-evaluate. Baby is likely here at least 3 more weeks.\n\n"
            f"She's vegetarian (eats eggs and dairy). She can pick up the vouchers at the "
            f"cafeteria register or we can come get them.\n\n"
            f"Thank you!\n{nicu.sig()}")
    m = make_msg(nicu, DIET_OFFICE, "meal vouchers for NICU mom", body, cc=RETAIL, date=d)
    emit("phi", "care", m, f"{mom} {lname}; Baby Girl {lname}")


# ============================================================================
# PHI / ids
# ============================================================================
def ids_1():
    biller = Person(title="Professional Billing Specialist", dept="Patient Financial Services")
    d1 = rand_date(hour_lo=9, hour_hi=15)
    d2 = later(d1, 60, 1500)
    claim = f"24{random.randint(100, 366)}E{random.randint(1000000, 9999999)}"
    mem = f"XJH{random.randint(100000000, 999999999)}"
    dos = earlier(d1, 60 * 24 * 30, 60 * 24 * 50).date()
    orig = (f"Jorge,\n\nClaim {claim} came back denied (CARC 197 - precertification/"
            f"authorization absent). Member ID {mem}, DOS {fmt_d(dos)}, CPT 97802 x 4 units, "
            f"rendering NPI is yours. The plan requires a PCP referral on file for MNT. Do you "
            f"know if the referral came in? If we can get it dated before the DOS I can send a "
            f"corrected claim, otherwise it goes to appeal.\n\nThanks,\n{biller.first}")
    body = (f"Hi {biller.first} - I looked, the referral is in the chart but it's dated 2 days "
            f"AFTER the visit (the PCP office faxed it late). I'll ask them for a retro note. "
            f"Don't write it off yet please.\n\nJorge\n\n{RD3.sig()}\n\n"
            f"{outlook_hdr(d1, biller.name, RD3.name, 'MNT denial - ' + claim)}\n\n{orig}")
    m = make_msg(RD3, biller, f"RE: MNT denial - {claim}", body, date=d2)
    emit("phi", "ids", m, "")


def ids_2():
    n = nurse("MICU")
    d = rand_date()
    num = mrn()
    body = (f"MRN {num} - the diet order in Epic shows NPO but the team advanced her to clear "
            f"liquids at 0700 rounds. She hasn't gotten anything from room service. Can you "
            f"check if the order crossed over to your system? Resident says it's signed.\n\n"
            f"{n.first} {n.last[0]}., RN MICU x{n.ext}")
    m = make_msg(n, DIET_OFFICE, "diet order not crossing", body, date=d)
    emit("phi", "ids", m, "")


def ids_3():
    dme = Person("Sherise", "Abbott", "Prior Authorization Coordinator", dom="keystonemedsupply.com",
                 dept="Keystone Medical Supply - Enteral Division")
    d = rand_date(hour_lo=8, hour_hi=16)
    member = f"{random.randint(100, 999)}{random.randint(100000, 999999)}-01"
    b = dob(1944, 1962)
    ref = f"PA-{random.randint(2400000, 2499999)}"
    body = (f"Good afternoon,\n\nWe received the standard written order for the patient below "
            f"but the plan is asking for clinical notes from the dietitian before they'll "
            f"approve. Please fax the most recent RD assessment (weight trend, estimated needs, "
            f"why oral intake is not sufficient) to 1-866-555-0137 and reference our PA number.\n\n"
            f"  PA ref #:      {ref}\n"
            f"  Member ID:     {member}\n"
            f"  DOB:           {fmt_d(b)}\n"
            f"  Items:         B4154 x 150 units/mo (1.5 kcal fiber), B9002 pump rental, B4035 x 30\n"
            f"  Ordering MD:   Dr. R. Halvorsen\n\n"
            f"The plan gives us 5 business days before it auto-closes.\n\nThank you,\n"
            f"Sherise Abbott\nPrior Authorization Coordinator\nKeystone Medical Supply\n"
            f"P 1-866-555-0136  F 1-866-555-0137")
    m = make_msg(dme, RD1, f"Clinical notes needed - {ref}", body, date=d,
                 cc=f"Care Management <caremgmt@{DOM}>")
    emit("phi", "ids", m, "")


def ids_4():
    agent = Person(title="Diet Clerk / Call Center", ext="4112")
    d = rand_date(hour_lo=11, hour_hi=19)
    acct = f"{random.randint(7700000, 7799999)}"
    b = dob(1935, 1960)
    body = (f"Alicia,\n\nFYI from the 5:10 call. Caller from ext 4471 verified DOB {fmt_d(b)} for "
            f"acct {acct}. She wanted two desserts and regular juice with dinner. Diet order is "
            f"consistent carb 60g/meal so I explained the system wouldn't let me add the second "
            f"dessert and offered sugar-free jello + diet ginger ale, she said fine but was "
            f"upset and said she'd \"tell her doctor\". Flagging in case nursing calls.\n\n"
            f"{agent.first}")
    m = make_msg(agent, CALL, f"call note acct {acct}", body, date=d)
    emit("phi", "ids", m, "")


def ids_5():
    tech = Person(title="Clinical Applications Analyst", dept="IS - Clinical Applications")
    d = rand_date(hour_lo=10, hour_hi=13)
    fin = f"55{random.randint(10000000, 99999999)}"
    body = (f"Team,\n\nEncounter FIN {fin} had SESAME added to the allergy list at 10:42. The "
            f"interface sent the A08 fine and the meal system shows the allergy now, but the "
            f"lunch tray tickets were already printed at 10:30, so the ticket on the line still "
            f"shows only \"shellfish\". Please pull and reprint this one ticket before trayline "
            f"starts.\n\nLong term we're looking at why allergy updates after the print cutoff "
            f"don't flag the ticket. Ticket INC0{random.randint(1000000, 1999999)}.\n\n{tech.sig()}")
    m = make_msg(tech, [DIET_OFFICE, DTR], f"Allergy update after ticket print - FIN {fin}", body,
                 date=d, cc=CLIN_MGR)
    emit("phi", "ids", m, "")


def ids_6():
    wic = Person("Tamsin", "Ruelas", "Nutritionist", dom="hamdencountywic.org",
                 dept="Hamden County WIC Program")
    d1 = rand_date(hour_lo=9, hour_hi=15)
    d2 = later(d1, 120, 2000)
    mcaid = f"{random.randint(100000000, 999999999)}{random.choice('ABCDEFGH')}{random.randint(1, 9)}"
    orig = (f"Hello,\n\nWe have a mom on our program whose infant was seen in your peds GI "
            f"nutrition clinic. The infant is on an amino-acid based formula and MassHealth "
            f"ID {mcaid} is the baby's. We need the Medical Documentation Form signed by the "
            f"provider or RD with the diagnosis, formula name and amount per day, and length "
            f"of issuance. The mom said it was done at her 3/14 visit but we never got it.\n\n"
            f"Can you fax to 413-555-0188?\n\nThanks,\nTamsin Ruelas, Nutritionist\n"
            f"Hamden County WIC")
    body = (f"Hi Tamsin,\n\nI found it - it was faxed to your old number on 3/15. Refaxing now "
            f"(5 pages incl. cover). Formula and amount haven't changed since that visit.\n\n"
            f"{RD2.sig(fax=True)}\n\n{on_wrote(d1, 'Tamsin Ruelas <' + wic.addr + '>')}\n{quote(orig)}")
    m = make_msg(RD2, wic, "Re: medical documentation form", body, date=d2)
    emit("phi", "ids", m, "")


def ids_7():
    pfs = Person(title="Patient Account Representative", dept="Patient Financial Services")
    d = rand_date(hour_lo=9, hour_hi=16)
    acct = f"{random.randint(3300000, 3399999)}"
    ssn4 = f"{random.randint(1000, 9999)}"
    dos = earlier(d, 60 * 24 * 40, 60 * 24 * 60).date()
    body = (f"Hi Colleen,\n\nI have a guarantor on the phone disputing a charge. Acct #{acct}, "
            f"guarantor verified with SSN last 4 {ssn4}. Line item is 'Nutrition Consult - "
            f"Inpatient' on {fmt_d(dos)}, $212.00. Guarantor says nobody from nutrition ever "
            f"saw their mother. Is there a documented RD visit for that date? If not I'll need "
            f"a charge correction from your department.\n\nI told them I'd call back by Friday.\n\n"
            f"{pfs.sig()}\n\n{disclaimer(0)}")
    m = make_msg(pfs, DIR, f"Charge dispute acct {acct}", body, date=d, html=True)
    emit("phi", "ids", m, "")


def ids_8():
    risk = Person(title="Patient Safety Specialist", dept="Quality & Patient Safety")
    d = rand_date(hour_lo=8, hour_hi=17)
    case = f"IR-24-{random.randint(100, 999):04d}"
    num = mrn()
    body = (f"Colleen, Terrence,\n\nA safety event report was filed last night and assigned to "
            f"your department for review.\n\n"
            f"Event #: {case}\nEvent type: Diet/Nutrition - allergen exposure\n"
            f"Patient MRN: {num}\nLocation: 4 East\n"
            f"Summary (as entered by reporter): \"Dinner tray delivered with shrimp scampi. "
            f"Pt has documented shellfish allergy. Pt ate 2-3 bites before noticing. Lips "
            f"tingling, diphenhydramine 25 mg PO given per MD, no further symptoms. Tray "
            f"ticket showed ALLERGY: SHELLFISH.\"\n\n"
            f"Please complete the manager review in the safety reporting system within 7 days. "
            f"We'd also like the tray ticket, the call center recording if the order was phoned "
            f"in, and the trayline checker's initials for that meal.\n\n{risk.sig()}")
    m = make_msg(risk, [DIR, MGR_PS], f"Safety event {case} assigned - Food & Nutrition", body, date=d,
                 headers={"Importance": "High"})
    emit("phi", "ids", m, "")


# ============================================================================
# PHI / lang
# ============================================================================
def lang_1():  # Spanish
    son = Person("Rodrigo", "Ríos Aguilar", "", dom="correoandino.net", dept="")
    lucia = Person("Lucia", "Ferreira", "Diet Clerk (bilingual)", ext="4113")
    d1 = rand_date(hour_lo=7, hour_hi=10)
    d2 = later(d1, 30, 120)
    rmn = f"4{random.randint(10, 40)}"
    orig = (f"Buenos días,\n\nLes escribo por mi mamá, María Elena Ríos, que está internada en la "
            f"habitación {rmn} desde el viernes. Ella solo habla español y cuando la llaman por "
            f"teléfono para pedir la comida no entiende, entonces le mandan cualquier cosa y casi no "
            f"come. Tiene diabetes y el doctor le dijo que tiene que comer bien para que le suba el "
            f"azúcar despacio y no le baje en la noche.\n\nA ella le gusta el arroz, los frijoles, el "
            f"pollo, la sopa de verduras. No come pescado. ¿Puede alguien que hable español llamarla "
            f"para hacer el pedido? O si quieren yo llamo todos los días a las 11 y pido por ella.\n\n"
            f"También quería preguntar si podemos traerle comida de la casa.\n\n"
            f"Muchas gracias,\nRodrigo Ríos\n{phone()}")
    body = (f"Lucia - can you take this one? Please call the son back and set up daily calls to "
            f"mom in Spanish. Remind him home food has to go through nursing for the CCHO diet.\n\n"
            f"Thx\nAlicia\n\n{outlook_hdr(d1, 'Rodrigo Rios <' + son.addr + '>', 'Room Service Call Center', 'comida para mi mama')}\n\n{orig}")
    m = make_msg(CALL, lucia, "FW: comida para mi mama", body, date=d2)
    emit("phi", "lang", m, "María Elena Ríos")


def lang_2():  # Vietnamese
    dau = Person("Mai", "Lê", "", addr="lethimai.sg75@hometownmail.net", dept="")
    d = rand_date(hour_lo=17, hour_hi=22)
    rmn = f"5{random.randint(10, 38)}"
    body = (f"Chào anh chị phòng dinh dưỡng,\n\nTôi là Lê Thị Mai, con gái của bà Nguyễn Thị Hoa, "
            f"đang nằm phòng {rmn} khoa 5 Tây. Mẹ tôi 82 tuổi, răng yếu nên không nhai được thịt "
            f"và rau sống. Mấy ngày nay mẹ tôi ăn rất ít, chỉ uống sữa. Bác sĩ nói mẹ tôi bị sụt "
            f"cân và cần ăn nhiều hơn.\n\nXin hỏi nhà bếp có thể nấu cháo hoặc súp mềm cho mẹ tôi "
            f"được không? Nếu không được thì gia đình có thể mang cháo từ nhà vào không ạ?\n\n"
            f"Mẹ tôi không biết tiếng Anh nên khi điện thoại gọi hỏi món ăn, mẹ không hiểu. Xin "
            f"vui lòng gọi cho tôi số {phone()} để tôi đặt món giúp mẹ, mỗi ngày tôi rảnh sau 5 giờ "
            f"chiều.\n\nCảm ơn anh chị rất nhiều.\nLê Thị Mai")
    m = make_msg(dau, DIET_OFFICE, "Xin giúp đỡ về bữa ăn cho mẹ tôi - phòng " + rmn, body, date=d)
    emit("phi", "lang", m, "Nguyễn Thị Hoa")


def lang_3():  # Chinese (simplified)
    son = Person("Lei", "Wang", "", addr="wanglei1978@lotusmail.net", dept="")
    d = rand_date(hour_lo=8, hour_hi=22)
    num = mrn()
    body = (f"您好，\n\n我父亲王建国上个月从贵院出院回家，现在在家里用胃管喂营养液。最近一个星期他"
            f"经常拉肚子，一天三四次，人也没有力气。营养师交代的速度是每小时60毫升，晚上8点到早上"
            f"8点，我们一直按照这个做，没有改过。\n\n请问：\n1. 是不是需要换一种营养液？\n"
            f"2. 泵有时候会报警，屏幕上显示 \"No Flow In\"，我们每次都重新装袋子，有时候还是不行。\n"
            f"3. 下次复诊是什么时候？\n\n他的病历号是 {num}。营养师是 Priya 老师。\n\n"
            f"请尽快回复，谢谢！\n王磊（儿子）\n电话：{phone()}")
    m = make_msg(son, NUTR_CLINIC, "关于我父亲管饲的问题", body, date=d, cc=RD1)
    emit("phi", "lang", m, "王建国")


def lang_4():  # Russian
    wife = Person("Lyudmila", "Klimova", "", addr="l.klimova58@severmail.net", dept="")
    d1 = rand_date(hour_lo=14, hour_hi=20)
    d2 = later(d1, 900, 1300)
    orig = (f"Здравствуйте!\n\nМой муж, Климов Виктор Сергеевич, лежит в отделении 6 Север, палата "
            f"6{random.randint(10, 30)}. У него диабет, и после операции на сердце ему назначили "
            f"диету без соли. Он жалуется, что еда совсем безвкусная, и почти ничего не ест — "
            f"съел полтарелки супа за весь день. Похудел уже на 4 кг.\n\nМожно ли поговорить с "
            f"диетологом? Может быть, можно добавить лимон, чеснок или специи без соли? Я могу "
            f"приходить каждый день после 16:00.\n\nЗаранее спасибо,\nЛюдмила Климова\n"
            f"тел. {phone()}")
    body = (f"Hi Hannah,\n\nRough translation of the email below (via language line): wife of "
            f"Viktor Klimov on 6N says he's eating almost nothing on the 2g Na diet, lost ~4 kg, "
            f"wants to talk to the dietitian, asks about lemon/garlic/salt-free seasoning. She's "
            f"there every day after 4pm. Can you see him today and maybe add Mrs. Dash packets + "
            f"lemon wedges to his ticket?\n\nShauna\n\n"
            f"-------- Пересылаемое сообщение --------\n"
            f"От: Людмила Климова <{wife.addr}>\nДата: {format_datetime(d1)}\n"
            f"Тема: Мой муж - диета\n\n{orig}")
    m = make_msg(DTR, RD2, "FW: Мой муж - диета (6N)", body, date=d2)
    emit("phi", "lang", m, "Viktor Klimov")


def lang_5():  # Haitian Creole
    host = Person("Wilner", "Jean-Baptiste", "Patient Services Host", dept=DEPT, ext="4119")
    d = rand_date(hour_lo=12, hour_hi=15)
    rmn = f"3{random.randint(10, 40)}"
    body = (f"Bonjou Mesye Osei,\n\nMwen te pote plato manje midi a nan chanm {rmn} pou Madan "
            f"Josette Pierre-Louis. Li pa t manje anyen ditou. Li di manje a pa gen gou epi li pa "
            f"manje vyann kochon. Pitit fi li ki te la di m manman l gen sik epi doktè a di l pa "
            f"dwe manje twòp sèl. Li ta renmen diri ak pwa, pwason, oswa yon soup legim.\n\n"
            f"Madanm nan pa pale angle, se sèlman kreyòl. Lè sant apèl la rele l pou kòmann, li pa "
            f"konprann. Èske yon dyetetisyen ka pase wè l jodi a? Mwen te rele biwo dyèt la de fwa "
            f"men pèsonn pa t reponn.\n\nMèsi anpil,\nWilner\nHost 3 Nò")
    m = make_msg(host, MGR_PS, f"Chanm {rmn} - Madan Pierre-Louis pa manje", body, date=d)
    emit("phi", "lang", m, "Josette Pierre-Louis")


def lang_6():  # Arabic
    son = Person("Ahmad", "Al-Khatib", "", addr="ahmad.khatib.87@cedarpost.net", dept="")
    d = rand_date(hour_lo=9, hour_hi=21)
    rmn = f"4{random.randint(10, 40)}"
    body = ("السلام عليكم،\n\n"
            f"والدي السيد محمود عبد الرحمن الخطيب موجود في المستشفى في الطابق الرابع، غرفة {rmn}، "
            "منذ يوم الثلاثاء. نحن مسلمون ونريد أن تكون كل وجباته حلال. أمس جاءه طبق فيه لحم ولم "
            "نعرف إن كان لحم خنزير أم لا، فلم يأكله.\n\n"
            "أيضاً والدي مريض بالسكري ويأخذ الإنسولين، والطبيب قال إنه يحتاج أكلاً قليل السكر. "
            "هل يمكن ترتيب وجبات حلال مناسبة لمرضى السكري؟ وإذا لم يكن ذلك ممكناً، هل يُسمح لنا "
            "بإحضار الطعام من البيت؟\n\n"
            "شكراً جزيلاً\n"
            f"أحمد الخطيب\nهاتف: {phone()}")
    m = make_msg(son, DIET_OFFICE, "طلب وجبات حلال لوالدي", body, date=d,
                 cc=f"Interpreter Services <interpreters@{DOM}>")
    emit("phi", "lang", m, "Mahmoud Abdul-Rahman Al-Khatib")


def lang_7():  # Portuguese (Brazilian)
    mom = Person("Juliana", "Ferreira Santos", "", addr="ju.ferreirasantos@correiosul.com", dept="")
    d1 = rand_date(hour_lo=7, hour_hi=11)
    d2 = later(d1, 20, 90)
    orig = (f"Olá,\n\nMeu filho Lucas Ferreira Santos, de 7 anos, está internado na pediatria, "
            f"quarto {random.randint(1, 20)}. Ele tem alergia grave a amendoim e castanhas (usa "
            f"EpiPen). Hoje no café da manhã veio um bolinho e a enfermeira não sabia se tinha "
            f"amendoim ou não. Eu fiquei com muito medo e não deixei ele comer.\n\nVocês podem me "
            f"dizer os ingredientes dos lanches e das sobremesas? E por favor coloquem um aviso bem "
            f"grande na bandeja dele.\n\nEle também não toma leite puro, mas come iogurte e queijo.\n\n"
            f"Obrigada,\nJuliana (mãe do Lucas)")
    body = (f"Chef, Nadia - please see below (Portuguese). Peds pt Lucas Ferreira Santos, severe "
            f"peanut/tree nut allergy; mom says a muffin came on this morning's tray and no one "
            f"could tell her if it was nut-free. Allergy IS on his ticket. Can someone confirm the "
            f"muffin ingredients and call mom back? I can get an interpreter on the line.\n\n"
            f"Terrence\n\n{on_wrote(d1, 'Juliana Ferreira Santos <' + mom.addr + '>')}\n{quote(orig)}")
    m = make_msg(MGR_PS, [CHEF, CLIN_MGR], "Fwd: Alergia do meu filho - pediatria", body, date=d2,
                 headers={"Importance": "High"})
    emit("phi", "lang", m, "Lucas Ferreira Santos")


def lang_8():  # Tagalog / Taglish
    joy = Person("Joy", "Mangubat", "RN", dept="MICU", ext="4733")
    bed = random.randint(1, 16)
    mel = Person("Melinda", "Dizon", "RD, LDN", ext="4127")
    d = rand_date(hour_lo=7, hour_hi=10)
    body = (f"Hi Ate Mel,\n\nPwede mo ba i-check yung tube feeding ni Mr. Eduardo Bautista sa bed "
            f"{bed}? Sabi ng night shift nag-aalarm daw yung pump buong gabi, "
            f"\"occlusion\" daw. Pinalitan na namin yung bag at yung tubing pero ganun pa rin. "
            f"Tsaka yung residual niya kaninang 6am 250 mL, hinold muna namin yung feeding ng 2 "
            f"hours. Medyo bloated din siya.\n\nSabi ni Dr. Okafor i-reconsult daw sa dietitian "
            f"kung kailangan palitan ng peptide formula. Andito yung asawa niya, nag-aalala, "
            f"baka pwede mo rin siya kausapin.\n\nSalamat po! Libre kita kape mamaya :)\n\nJoy\n"
            f"MICU x{joy.ext}\n\nSent from my iPhone")
    m = make_msg(joy, mel, f"TF ni Mr. Bautista bed {bed}", body, date=d)
    emit("phi", "lang", m, "Eduardo Bautista")


# ============================================================================
# PHI / lists
# ============================================================================
def lists_1():
    d = rand_date(hour_lo=15, hour_hi=17)
    rows = [["Room", "Patient", "Started", "Diet", "Day", "Notes"]]
    names = []
    for i in range(5):
        f, l = pt_name()
        names.append(f"{f} {l}")
        start = (d - dt.timedelta(days=random.randint(0, 2))).date()
        rows.append([room(), f"{l}, {f}", f"{start.month}/{start.day}",
                     random.choice(["Reg", "CCHO", "2g Na", "Renal", "Soft/bite-sized", "Full liq"]),
                     str((d.date() - start).days + 1),
                     random.choice(["family brings dinner - ask", "supp Ensure-type BID",
                                    "off unit for dialysis MWF lunch", "eats <25% bfast",
                                    "tray pics ok per pt", "NPO after MN for EGD - pause"])])
    tbl = "\n".join("| " + " | ".join(r) + " |" for r in rows)
    body = (f"Hi all,\n\nActive calorie counts as of this afternoon:\n\n{tbl}\n\n"
            f"Reminder: if the pt goes NPO mid-count, stop it and restart, don't average across "
            f"the gap. I'll be off tomorrow, Marcus is covering the counts.\n\nShauna")
    m = make_msg(DTR, [RD1, RD2, RD3], "calorie counts - active list", body, date=d)
    emit("phi", "lists", m, "; ".join(names))


def lists_2():
    d = rand_date(hour_lo=5, hour_hi=7)
    rows = [["Unit", "Room", "MRN", "Patient", "Meal Type", "Diet Order", "Start Date", "Notes"]]
    names = []
    for i in range(random.randint(6, 9)):
        f, l = pt_name()
        names.append(f"{f} {l}")
        t = random.choice(["KOSHER", "KOSHER", "HALAL", "HALAL", "KOSHER-DAIRY", "HALAL"])
        rows.append([random.choice(["4E", "5W", "6N", "7S", "3N"]), room(), mrn(), f"{l.upper()}, {f.upper()}", t,
                     random.choice(["REGULAR", "CARDIAC 2G NA", "CONS CARB", "RENAL 2G K", "MECH SOFT"]),
                     fmt_d((d - dt.timedelta(days=random.randint(0, 6))).date()),
                     random.choice(["", "", "sealed only", "family brings Shabbat", "no gelatin", "double wrap"])])
    body = ("Attached is today's religious/cultural meal census from the meal system.\n\n"
            "Kosher count goes to Shalom Kitchen by 0730, halal count to Crescent Fine Foods by 0800. "
            "Please don't forward the spreadsheet to the vendors - just give them the counts and "
            "diet types by phone.\n\n"
            f"This report was generated automatically by TrayTrack Nutrition Manager v8.3 on "
            f"{d.strftime('%m/%d/%Y %H:%M')}.\nDo not reply to this message.")
    m = make_msg(formataddr(("TrayTrack Reports", f"noreply-traytrack@{DOM}")),
                 [MGR_PS, CALL, DIET_OFFICE], f"Scheduled report: Religious Meal Census {d.strftime('%m/%d/%Y')}",
                 body, date=d)
    attach(m, to_csv(rows), f"religious_meal_census_{d.strftime('%Y%m%d')}.csv", "text/csv")
    emit("phi", "lists", m, "; ".join(names))


def lists_3():
    d = rand_date(hour_lo=9, hour_hi=14)
    store = Person("Vernon", "Pike", "Storeroom Lead", ext="4150")
    lines, names = [], []
    formulas = ["1.5 fiber", "1.2 std", "peptide 1.5", "renal 1.8", "2.0 cal", "diabetic 1.2"]
    for i in range(random.randint(7, 10)):
        f, l = pt_name()
        names.append(f"{f} {l}")
        form = random.choice(formulas)
        rate = random.choice([40, 50, 55, 60, 65, 70, 75, 80])
        lines.append(f"{room()} - {l}, {f[0]}. - {form} @ {rate}/hr"
                     + random.choice(["", "", " (titrating)", " + protein modular BID", " cont", " noct 20-08"]))
    body = (f"Vernon,\n\nHere's who is on TF right now so you can adjust the unit stock. MICU and "
            f"6N are going to run out of peptide first.\n\n" + "\n".join(lines) +
            f"\n\nThat's {len(lines)} pts, most 1L bottles. Pls send 2 cases peptide 1.5 to MICU "
            f"today and swap the expired renal on 3N (lot exp last month).\n\nPriya")
    m = make_msg(RD1, store, "TF census for formula par", body, date=d)
    emit("phi", "lists", m, "; ".join(names))


def lists_4():
    d = rand_date(hour_lo=13, hour_hi=16)
    rows = [["Room", "Name", "DOB", "Allergy", "Severity", "Verified by RD", "Diet"]]
    names = []
    allergies = ["peanut", "tree nut", "shellfish", "fish", "egg", "milk protein", "wheat/gluten (celiac)",
                 "sesame", "soy", "peanut; tree nut"]
    for i in range(random.randint(8, 12)):
        f, l = pt_name()
        names.append(f"{f} {l}")
        rows.append([room(), f"{l}, {f}", fmt_d(dob(1938, 2016)), random.choice(allergies),
                     random.choice(["anaphylaxis", "hives", "intolerance", "anaphylaxis", "unknown"]),
                     random.choice(["Y", "Y", "N"]),
                     random.choice(["Regular", "Peds Regular", "CCHO", "Cardiac", "Pureed L4"])])
    body = (f"Team - attached is this week's high-risk food allergy list for the trayline "
            f"checkers and call center. Anyone marked 'N' in the verified column still needs the "
            f"RD allergy interview; please get those done by Thursday.\n\n"
            f"Print one copy for the trayline board, shred last week's.\n\n{CLIN_MGR.sig()}")
    m = make_msg(CLIN_MGR, [DTR, CALL, CHEF], "High-risk allergy list - week of " + d.strftime("%-m/%-d"),
                 body, date=d, html=True)
    attach(m, xlsx(rows, "Allergy list"), f"HighRisk_Allergy_{d.strftime('%m%d%y')}.xlsx", XLSX_MIME)
    emit("phi", "lists", m, "; ".join(names))


def lists_5():
    d = rand_date(hour_lo=20, hour_hi=22)
    sup = Person(title="PM Supervisor, Patient Services")
    rows = [["Meal", "Room", "Patient", "Ordered", "Delivered", "Min", "Reason"]]
    names = []
    for i in range(6):
        f, l = pt_name()
        names.append(f"{f} {l}")
        h = random.choice([11, 12, 17, 18])
        mm = random.randint(0, 59)
        late = random.randint(46, 95)
        t2 = dt.datetime(2024, 1, 1, h, mm) + dt.timedelta(minutes=late)
        rows.append([("Lunch" if h < 15 else "Dinner"), room(), f"{f} {l}", f"{h}:{mm:02d}",
                     t2.strftime("%H:%M"), str(late),
                     random.choice(["elevator down (B bank)", "diet order pending RD clarification",
                                    "pt off unit", "ticket printed to wrong printer",
                                    "short 1 runner", "allergen check - remade"])])
    tsv = "\n".join("\t".join(r) for r in rows)
    body = (f"Terrence,\n\nLate trays >45 min for today (copied from the tracker):\n\n{tsv}\n\n"
            f"Elevator B was out 1130-1245 which killed lunch. Engineering says parts Thursday.\n\n"
            f"{sup.first}\n\nSent from my Galaxy")
    m = make_msg(sup, MGR_PS, "late trays today", body, date=d)
    emit("phi", "lists", m, "; ".join(names))


def lists_6():
    d = rand_date(hour_lo=7, hour_hi=8)
    rows = [["Bed", "Name", "MRN", "Consult reason", "Ordered by", "Assigned"]]
    names = []
    reasons = ["MST score 3 - wt loss", "Stage 3 sacral PI", "TF initiation/recs", "New dx T2DM - education",
               "Poor PO intake", "TPN -> enteral transition", "Renal diet education", "Heart failure education",
               "Low BMI on admit", "Chylous leak - low fat diet"]
    rds = [RD1.first, RD2.first, RD3.first]
    for i in range(random.randint(8, 11)):
        f, l = pt_name()
        names.append(f"{f} {l}")
        rows.append([room(), f"{l}, {f}", mrn(), random.choice(reasons),
                     "Dr. " + random.choice(["Halvorsen", "Iyer", "Mbeki", "Castro", "Lindgren", "Ostrowski"]),
                     random.choice(rds)])
    body = (f"Morning!\n\nNew consults overnight, split below. Nadia is in meetings til 11 so ping "
            f"me if you can't get to yours.\n\n{table(rows)}\n\n"
            f"Also: the PI consult on 7S wants a zinc/vit C rec, and the T2DM education is going home "
            f"today so see them first.\n\nShauna")
    m = make_msg(DTR, [RD1, RD2, RD3], f"new consults {d.strftime('%-m/%-d')}", body, date=d, cc=CLIN_MGR)
    emit("phi", "lists", m, "; ".join(names))


def lists_7():
    d1 = rand_date(hour_lo=14, hour_hi=16)
    d2 = later(d1, 30, 200)
    names = []
    lines = []
    levels = [("Pureed (IDDSI 4)", "Mildly thick (2)"), ("Minced & moist (5)", "Thin (0)"),
              ("Soft & bite-sized (6)", "Slightly thick (1)"), ("Minced & moist (5)", "Moderately thick (3)"),
              ("Regular (7)", "Mildly thick (2)"), ("Pureed (IDDSI 4)", "Moderately thick (3)"),
              ("Soft & bite-sized (6)", "Thin (0)")]
    for i in range(6):
        f, l = pt_name()
        names.append(f"{f} {l}")
        food, liq = random.choice(levels)
        lines.append(f"{room()}  {f} {l} -- food: {food}, liquids: {liq}"
                     + random.choice(["", " ; meds whole in puree", " ; upright 90 deg, small sips",
                                      " ; no straws", " ; 1:1 feeding assist", ""]))
    orig = ("Hi Shauna,\n\nUpdated texture recs after today's swallow evals / MBS. Orders are in but "
            "I know the tickets lag, so here's the list:\n\n" + "\n".join(lines) +
            "\n\nLet me know if any of these don't match what the tray tickets say.\n\n"
            f"Caitlin\n{SLP.sig()}")
    body = (f"Thanks Caitlin - 5 of 6 matched. The 4th one was still showing the old liquid level, "
            f"fixed and reprinted for dinner.\n\nShauna\n\n"
            f"{outlook_hdr(d1, SLP.name, DTR.name, 'texture updates 5W/7S', cc=DIET_OFFICE)}\n\n{orig}")
    m = make_msg(DTR, SLP, "RE: texture updates 5W/7S", body, cc=DIET_OFFICE, date=d2)
    emit("phi", "lists", m, "; ".join(names))


# ============================================================================
# PHI / names
# ============================================================================
def names_1():
    d = rand_date(hour_lo=8, hour_hi=11)
    body = (f"Hannah, could you pick up Mrs. Abernathy on 7E today? I'm drowning in MICU. She's "
            f"the CHF exacerbation from Saturday - eating maybe 25% of meals, says everything "
            f"tastes like salt-free cardboard (it is, lol). Weight is down about 3 kg since admit "
            f"but some of that is diuresis. I was thinking Ensure-type supplement BID, and maybe "
            f"liberalize to 2g Na with the team's ok. Her husband brings her coffee and a muffin "
            f"every morning, so count that.\n\nThanks!! I owe you.\nP")
    m = make_msg(RD1, RD2, "can you see Abernathy 7E", body, date=d)
    emit("phi", "names", m, "Mrs. Abernathy")


def names_2():
    d1 = rand_date(hour_lo=10, hour_hi=14)
    d2 = later(d1, 15, 90)
    body = (f"SLP upgraded her to mildly thick this morning after the bedside eval. Order is in. "
            f"Can you make sure lunch goes up with the new consistency and pull the "
            f"moderately-thick juice cups from her room?\n\nthx\nCaitlin\n\n"
            f"{on_wrote(d1, DTR.name + ' <' + DTR.addr + '>')}\n> Any update? Nursing asking.")
    m = make_msg(SLP, DTR, "Re: Kowalski, Theresa - thickened liquids", body, date=d2)
    emit("phi", "names", m, "Theresa Kowalski")


def names_3():
    host = Person(title="Patient Services Host", ext="4117")
    d = rand_date(hour_lo=12, hour_hi=19)
    body = (f"Hey Terrence -\n\nBig Jim in 412 (the retired trucker, you know him) asked for the "
            f"low sodium chicken soup again, 3rd day in a row, he LOVES it. Problem is his wife told "
            f"me he's been eating the chips and beef jerky his buddies bring in and the nurse said "
            f"his legs are swelling up again. I didn't say anything to him but figured the "
            f"dietitian should know before he goes home.\n\n{host.first}")
    m = make_msg(host, MGR_PS, "412", body, date=d)
    emit("phi", "names", m, "Jim (room 412)")


def names_4():
    it = Person("Greg", "Lundquist", "Telecom Analyst", dept="IS - Telecommunications")
    d1 = rand_date(hour_lo=8, hour_hi=11)
    d2 = later(d1, 60 * 20, 60 * 30)
    d2 = later(d2, 300, 400)
    d3 = later(d2, 30, 300)
    first = (f"Hi Terrence,\n\nSorry to hear about the tray mix-up below. I want to make sure "
             f"I understand the phone part. Are you saying calls to x5-FOOD rolled to voicemail "
             f"Sunday morning?\n\n{it.first}")
    deepest = (f"Alicia,\n\nRough weekend. Sunday AM the ACD went down for about 40 min, all "
               f"calls to 5-FOOD went straight to the general voicemail box, so nursing started "
               f"calling the diet office line instead and we took orders on paper. In the middle "
               f"of that, Mr. Farouk on 6N (halal) got a regular breakfast with pork sausage. His "
               f"son was there and was very upset, understandably. I apologized, got a halal "
               f"replacement up in 20 min, and the manager on call comped the son's lunch. The "
               f"paper order said HALAL but the line didn't see it.\n\nI think we need a paper "
               f"downtime ticket that has the diet/religious box printed at the top.\n\n"
               f"Marcus\nWeekend Lead")
    mid = (f"Terrence - FYI, see Marcus's note. Can you ask IS what happened with the ACD? "
           f"I'll handle the halal follow-up with Farouk's family and patient relations.\n\n"
           f"Alicia\n\n{outlook_hdr(earlier(d1, 600, 900), 'Marcus Bell', CALL.name, 'Sunday downtime')}\n\n{deepest}")
    fw = (f"{it.first} - can you look at what happened with the call center ACD Sunday morning? "
          f"Details from my team below.\n\nTerrence")
    d_fw = later(d1, 20, 200)
    reply = (f"{it.first},\n\nYes - from roughly 0710 to 0750 Sunday every call to 5-FOOD went to "
             f"voicemail. My understanding is they should overflow to the diet office hunt group. "
             f"Marcus called the service desk at the time, INC0{random.randint(1000000, 1999999)}. "
             f"Can we also get a test of the overflow scheduled for a weekday?\n\nThanks,\nTerrence\n\n"
             f"{outlook_hdr(d2, it.name, MGR_PS.name, 'RE: FW: Sunday downtime')}\n\n{first}\n\n"
             f"{outlook_hdr(d_fw, MGR_PS.name, it.name, 'FW: Sunday downtime')}\n\n{fw}\n\n"
             f"{outlook_hdr(d1, CALL.name, MGR_PS.name, 'FW: Sunday downtime')}\n\n{mid}")
    m = make_msg(MGR_PS, it, "RE: FW: Sunday downtime", reply, date=d3, cc=CALL)
    emit("phi", "names", m, "Mr. Farouk")


def names_5():
    unit = Person(title="Unit Secretary", dept="5 West Med/Surg", ext="4562")
    d = rand_date(hour_lo=15, hour_hi=20)
    body = (f"Diet office,\n\nPer Dr. Nguyen, Reyes, Marisol in 5W-{random.randint(10, 36)} is NPO "
            f"after midnight for EGD tomorrow. Please hold her breakfast tray. She's diabetic so "
            f"the nurse will check sugars - if the scope gets pushed to the afternoon they'll "
            f"probably want clears at 0600, they'll call.\n\n{unit.first} - 5W HUC")
    m = make_msg(unit, DIET_OFFICE, "hold bfast tray 5W", body, date=d)
    emit("phi", "names", m, "Marisol Reyes")


def names_6():
    d = rand_date(hour_lo=9, hour_hi=15)
    peds_rn = nurse("Pediatrics")
    body = (f"Hi {peds_rn.first},\n\nGood news - I'll make the gluten-free cake for Lily's birthday "
            f"tomorrow. Since she's celiac I'm baking it first thing before anything else runs in "
            f"the bake shop, using the dedicated GF pans and the sealed GF flour, and it'll be "
            f"wrapped and labeled before it leaves the kitchen. Chocolate with pink frosting like "
            f"she asked. Also doing GF cupcakes for her sister and the other kids on the floor so "
            f"she doesn't feel singled out.\n\nWill have it up by 2pm. What room is she in now, "
            f"still 12?\n\n{CHEF.first}\n{CHEF.sig(cell=True)}")
    m = make_msg(CHEF, peds_rn, "Re: Lily's bday", body, date=d, cc=DTR)
    emit("phi", "names", m, "Lily")


def names_7():
    d = rand_date(hour_lo=10, hour_hi=16)
    hosp = Person("Amir", "Castellano-Reid", "MD", dept="Hospital Medicine", ext="4880")
    body = (f"Dr. {hosp.last},\n\nI saw Mr. Okonkwo (4E-{random.randint(1, 30):02d}) today. He meets "
            f"ASPEN criteria for severe malnutrition in the context of chronic illness: ~11% weight "
            f"loss over 3 months, intake <50% of estimated needs for >1 month, moderate temporal and "
            f"interosseous muscle wasting. Prealbumin is 9 but I wouldn't lean on that with his CRP.\n\n"
            f"Recommendations:\n  1. Add high-protein oral supplement TID between meals\n"
            f"  2. If intake doesn't improve in 3-5 days, consider NG feeding - would start 1.5 kcal "
            f"formula at 20 mL/hr, advance 10 q6h to goal 55 mL/hr\n"
            f"  3. Check Mg/Phos/K daily x3 for refeeding risk, thiamine 100 mg x5 days\n"
            f"  4. Please add the malnutrition dx to the problem list so it's reflected in the "
            f"discharge summary\n\nNote is in the chart. Happy to talk.\n\n{RD1.sig()}")
    m = make_msg(RD1, hosp, "Okonkwo - malnutrition / nutrition recs", body, date=d, html=True)
    emit("phi", "names", m, "Mr. Okonkwo")


def names_8():
    px = Person(title="Patient Experience Specialist", dept="Patient Experience")
    d1 = rand_date(hour_lo=9, hour_hi=12)
    d2 = later(d1, 10, 60)
    orig = (f"Patient: Grace Lindqvist   Unit: 3 North   Received via: phone (daughter on line)\n"
            f"Category: Food/Nutrition - quality and diet accuracy\n\n"
            f"Comment: Mrs. Lindqvist states dinner has been cold 3 nights in a row and \"the eggs "
            f"in the morning are like rubber.\" She is on dialysis and on a kidney diet and says she "
            f"was sent a banana and orange juice yesterday, which her nephrologist told her never "
            f"to have. She is worried about her potassium. Would like a call from the food "
            f"service manager.")
    body = (f"Terrence,\n\nForwarding a complaint from this morning (Grievance #{random.randint(24000, 24999)}). "
            f"Please call Mrs. Lindqvist and document your follow-up in the system within 3 "
            f"business days. The diet accuracy piece probably also needs to go to the clinical "
            f"nutrition manager.\n\n{px.sig()}\n\n"
            f"{outlook_hdr(d1, 'Patient Experience Line', px.name, 'New comment logged')}\n\n{orig}")
    m = make_msg(px, MGR_PS, "FW: New comment logged - 3N", body, cc=CLIN_MGR, date=d2)
    emit("phi", "names", m, "Grace Lindqvist")


# ============================================================================
# PHI / self
# ============================================================================
def self_1():
    p = Person("Maria", "Gonsalves", "", addr="mariag.1971@pinefieldmail.net", dept="")
    d = rand_date(hour_lo=19, hour_hi=23)
    body = ("hi this is maria gonsalves, i saw jorge the dietitian last tuesday for my sugar "
            "(a1c was 8.9 and dr wants it under 7). he gave me a paper with the plate picture and "
            "the carb list and i think i threw it out w the mail by mistake. can u email it to me? "
            "also i forgot to ask if i can still have my coffee w the flavored creamer\n\n"
            "thank u\nmaria\n\nSent from my iPhone")
    m = make_msg(p, NUTR_CLINIC, "meal plan", body, date=d)
    emit("phi", "self", m, "Maria Gonsalves")


def self_2():
    p = Person("Gerald", "Whitcombe", "", addr="gwhitcombe@northfieldnet.com", dept="")
    d = rand_date(hour_lo=8, hour_hi=20)
    acct = f"{random.randint(4400000, 4499999)}"
    adm = earlier(d, 60 * 24 * 35, 60 * 24 * 60).date()
    body = (f"To whom it may concern,\n\nI received a statement for my hospital stay from "
            f"{adm.strftime('%B')} {adm.day} to {adm.day + 4 if adm.day < 24 else adm.day}, account number {acct}. "
            f"There is a line for \"MED NUTRITION THERAPY INIT 15MIN x4 $318.00\" that my insurance "
            f"(Harborlight Medicare Advantage) did not cover and is now listed as patient "
            f"responsibility.\n\nA young woman did come by and ask me about my appetite after my "
            f"gallbladder surgery, for perhaps five minutes. I do not see how that is an hour of "
            f"therapy. I would like an itemized explanation, and I would like to know why this "
            f"was not billed as part of the hospital stay.\n\nMy date of birth is "
            f"{fmt_d(dob(1940, 1952))} if you need it to look me up.\n\nRegards,\n"
            f"Gerald Whitcombe\n{random.randint(10, 99)} Larkspur Terrace\nHadley Falls, MA\n{phone()}")
    m = make_msg(p, f"Billing Questions <billingquestions@{DOM}>", "Question about charge on my statement",
                 body, date=d)
    emit("phi", "self", m, "Gerald Whitcombe")


def self_3():
    me = Person(title="RN", dept="4 East Oncology", ext="4712")
    d1 = rand_date(hour_lo=9, hour_hi=15)
    d2 = later(d1, 60, 600)
    orig = (f"Hi Rob,\n\nI'm one of the night nurses on 4E. I was diagnosed with celiac disease "
            f"in January and I've been having a hard time eating at work - the grab-and-go cooler "
            f"doesn't say which items are gluten free and the grill uses the same flattop for "
            f"the buns. Last week I got sick after the 'GF' soup (I think the crackers went in "
            f"the same ladle).\n\nIs there any way to get allergen labels on the cooler items, or "
            f"a couple of sealed GF options overnight? I know I'm not the only one.\n\n"
            f"Thanks,\n{me.first} {me.last}, RN\n4 East, nights")
    body = (f"Hi {me.first},\n\nThank you for writing, and I'm sorry you got sick. You're right, "
            f"and you're not the only one. Starting the 1st, all grab-and-go labels will list the "
            f"top 9 allergens and GF items will have a green sticker. Chef is also adding two "
            f"sealed, certified GF entrées to the overnight cooler. I've asked the soup station to "
            f"keep crackers separate.\n\nIf you want, I can have Chef set aside a GF meal for you "
            f"on the nights you work - just send me your schedule.\n\nRob\n\n{RETAIL.sig()}\n\n"
            f"{on_wrote(d1, me.name + ' <' + me.addr + '>')}\n{quote(orig)}")
    m = make_msg(RETAIL, me, "Re: gluten free options overnight", body, date=d2, cc=CHEF)
    emit("phi", "self", m, f"{me.first} {me.last}")


def self_4():
    p = Person("Roland", "Haverford", "", addr="rolandhaverford@lakeshoremail.net", dept="")
    d = rand_date(hour_lo=6, hour_hi=22)
    b = dob(1948, 1958)
    body = (f"Priya,\n\nThis is Roland Haverford (DOB {fmt_d(b)}), you set me up with the tube "
            f"feeding at home back in the spring. Two things:\n\n1) My formula delivery didn't "
            f"come this month. I have about 4 days left. Keystone says they're waiting on "
            f"\"updated clinicals\" from the hospital. Can you send whatever they need?\n\n"
            f"2) The pump keeps beeping \"FEED ERROR - HOLD\" in the middle of the night. My "
            f"wife has to get up and restart it 2-3 times. I've been running it at 65 like you "
            f"said.\n\nAlso my weight is up to 152 from 141 so I think it's working.\n\n"
            f"Thanks,\nRoland\n{phone()}")
    m = make_msg(p, RD1, "formula delivery + pump", body, date=d)
    emit("phi", "self", m, "Roland Haverford")


def self_5():
    p = Person("Bianca", "Ostrander", "", addr="bianca.ostrander@fernmail.com", dept="")
    d1 = rand_date(hour_lo=7, hour_hi=21)
    d2 = later(d1, 200, 1400)
    orig = (f"Hello! My OB (Dr. Whitlock) told me my glucose test came back high and that I "
            f"have gestational diabetes. I'm 27 weeks. She said to sign up for the GDM nutrition "
            f"class but the link in my portal says it's full until next month, which seems late. "
            f"Is there anything sooner, or can I see a dietitian one on one? I work 7-3:30 but "
            f"can leave early on Wednesdays.\n\nThanks,\nBianca Ostrander\n{phone()}")
    body = (f"Hi Bianca,\n\nCongratulations on the pregnancy! We opened an extra GDM class on "
            f"Wednesday the {random.randint(10, 27)}th at 4:00 pm in the Medical Arts Building, "
            f"Conference Room B, and I've put you in it. Please bring your glucose meter if you "
            f"have one by then. If you'd still like a one-on-one visit afterwards, call the front "
            f"desk and we'll schedule it.\n\nWarmly,\n{RD2.sig()}\n\n"
            f"{on_wrote(d1, 'Bianca Ostrander <' + p.addr + '>')}\n{quote(orig)}")
    m = make_msg(RD2, p, "Re: GDM class", body, date=d2)
    emit("phi", "self", m, "Bianca Ostrander")


def self_6():
    p = Person("Lyle", "Tolliver", "", addr="ltolliver62@qwikmail.net", dept="")
    d = rand_date(hour_lo=18, hour_hi=23)
    body = ("hi jorge its lyle from dialysis tues/thurs/sat. my potassium was 6.1 again on "
            "saturday and the nurse yelled at me lol. i have been good i swear. is tomatoes bad? "
            "i eat a lot of salsa. and potatoes if i soak them like u said is that ok. can u send "
            "me that list again the one with red yellow green\n\nlyle\n\nSent from my iPhone")
    m = make_msg(p, RD3, "potassium", body, date=d)
    emit("phi", "self", m, "Lyle Tolliver")


def self_7():
    p = Person("Denise", "Marchetti", "", addr="dmarchetti.home@brightwavemail.com", dept="")
    d1 = rand_date(hour_lo=9, hour_hi=15)
    d2 = later(d1, 100, 1500)
    mem = f"HLP{random.randint(10000000, 99999999)}"
    orig = (f"Hi,\n\nI'd like to book with a dietitian for weight management. My PCP mentioned my "
            f"BMI is 36 and I'm borderline diabetic (prediabetes). Before I book, is this covered "
            f"by my insurance? Harborlight Health PPO, member ID {mem}, group 00{random.randint(10000, 99999)}. "
            f"Last year I got a surprise bill from another place for this and I can't afford "
            f"that again.\n\nThanks,\nDenise Marchetti")
    dmid = later(d1, 60, 400)
    clinic = (f"Hi Denise,\n\nThanks for checking first. I called Harborlight: your PPO covers "
              f"medical nutrition therapy (97802/97803) up to 6 visits per calendar year when billed "
              f"with a prediabetes diagnosis, with a $30 specialist copay, and they require a "
              f"referral from your PCP on file before the first visit. Obesity alone is not a "
              f"covered diagnosis on your plan.\n\nReference # for my call: "
              f"{random.randint(100000, 999999)}.\n\nOutpatient Nutrition Clinic\n{MAIN_PHONE}\n\n"
              f"{on_wrote(d1, 'Denise Marchetti <' + p.addr + '>')}\n{quote(orig)}")
    body = (f"Hi again,\n\nThanks for the quick response. So if I understand: the plan covers 6 "
            f"visits a year with the prediabetes code but only if the referral is from my PCP, and "
            f"I'd have a $30 copay each. That's fine, I'll call Dr. Pruitt's office tomorrow for "
            f"the referral.\n\nCan I go ahead and book the first one for a Friday morning?\n\n"
            f"Denise\n\n{on_wrote(dmid, 'Outpatient Nutrition Clinic <nutritionclinic@' + DOM + '>')}\n{quote(clinic)}")
    m = make_msg(p, NUTR_CLINIC, "Re: Coverage for nutrition visits", body, date=d2)
    emit("phi", "self", m, "Denise Marchetti")


# ============================================================================
# PHI / struct
# ============================================================================
def hl7ts(d):
    return d.strftime("%Y%m%d%H%M%S")


def struct_1():  # HL7 ORM diet order in body
    an = Person(title="Integration Analyst", dept="IS - Interfaces")
    d = rand_date(hour_lo=9, hour_hi=16)
    f, l = pt_name("F")
    b = dob(1936, 1958)
    num = mrn()
    fin = f"55{random.randint(10000000, 99999999)}"
    rm = random.randint(501, 536)
    ts = hl7ts(earlier(d, 30, 200))
    msg = "\n".join([
        f"MSH|^~\\&|EPIC|ABMC|TRAYTRACK|FNS|{ts}||ORM^O01|{random.randint(10**7, 10**8)}|P|2.3",
        f"PID|1||{num}^^^ABMC^MR||{l.upper()}^{f.upper()}^M||{b.strftime('%Y%m%d')}|F|||"
        f"{random.randint(10, 99)} ELM ST^^WESTVALE^MA^01089||(413)555-{random.randint(100, 199):04d}|||||{fin}",
        f"PV1|1|I|5W^{rm}^A^ABMC||||1457390021^HALVORSEN^RUTH^^^MD|||MED||||||||{fin}",
        f"ORC|NW|{random.randint(100000, 999999)}^EPIC||||||||||1457390021^HALVORSEN^RUTH^^^MD",
        f"ODS|D||CCHO60^Consistent Carbohydrate 60g/meal^TRAYTRACK",
        f"ODS|D||IDDSI6^Soft and Bite-Sized^TRAYTRACK",
        f"ODS|D||LIQ2^Mildly Thick Liquids^TRAYTRACK",
        f"ODS|P||NONUT^Allergy - Peanut^TRAYTRACK",
        f"ODT|EARLY^Early Tray^TRAYTRACK|B",
        f"NTE|1||Pt prefers hot cereal at breakfast. Open all containers.",
    ])
    body = (f"Renee / diet office,\n\nHere's the raw message from this morning that rejected in "
            f"TrayTrack with 'AR - unknown ODS code LIQ2'. Looks like the new IDDSI liquid codes "
            f"were added in Epic but not mapped on your side. I reprocessed after adding the map "
            f"and it went through, but please check the ticket printed correctly.\n\n{msg}\n\n"
            f"I'll do a sweep for any others that errored since Monday.\n\n{an.sig()}")
    m = make_msg(an, DIET_OFFICE, "ORM reject - unmapped liquid consistency code", body, date=d,
                 cc=[DTR, CLIN_MGR])
    emit("phi", "struct", m, f"{f} {l}")


def struct_2():  # HL7 ADT A02 attachment
    an = Person(title="Interface Engineer", dept="IS - Interfaces")
    d = rand_date(hour_lo=9, hour_hi=17)
    f, l = pt_name("M")
    b = dob(1940, 1970)
    num = mrn()
    fin = f"55{random.randint(10000000, 99999999)}"
    ts = earlier(d, 200, 600)
    msg = "\r".join([
        f"MSH|^~\\&|EPIC|ABMC|TRAYTRACK|FNS|{hl7ts(ts)}||ADT^A02|{random.randint(10**7, 10**8)}|P|2.5.1",
        f"EVN|A02|{hl7ts(ts)}",
        f"PID|1||{num}^^^ABMC^MR~{random.randint(100, 999)}-{random.randint(10, 99)}-{random.randint(1000, 9999)}^^^SSA^SS||"
        f"{l.upper()}^{f.upper()}^J||{b.strftime('%Y%m%d')}|M|||{random.randint(100, 999)} MILL POND DR^^GRANBY CENTER^MA^01033",
        f"PV1|1|I|6N^{random.randint(601, 630)}^B^ABMC|U|||2209817744^IYER^SANJAY^^^MD||||||||||{fin}",
        f"PV2|||^CHEST PAIN, R/O MI",
        f"ZPV|PRIOR|ED^14^^ABMC",
    ]) + "\r"
    body = (f"Hi Shauna,\n\nYou asked why the dinner tray went to the ED instead of 6N last night. "
            f"The transfer message (attached) arrived at TrayTrack at 17:52 but the ticket batch "
            f"for dinner had already been released at 17:30, so it printed with the prior "
            f"location. That's working as designed, unfortunately - late transfers need a manual "
            f"reprint. Let's discuss at the Thursday interface meeting.\n\n{an.sig()}")
    m = make_msg(an, DTR, "RE: tray to wrong location", body, date=d)
    attach(m, msg, f"ADT_A02_{hl7ts(ts)}.hl7", "application/hl7-v2")
    emit("phi", "struct", m, f"{f} {l}")


def struct_3():  # X12 837P
    d = rand_date(hour_lo=9, hour_hi=15)
    biller = Person(title="Billing Analyst", dept="Patient Financial Services")
    f, l = pt_name("F")
    b = dob(1950, 1985)
    mem = f"HLP{random.randint(10000000, 99999999)}"
    dos = earlier(d, 60 * 24 * 10, 60 * 24 * 30).date()
    ctl = f"{random.randint(1, 999999999):09d}"
    clm = f"MNT{random.randint(100000, 999999)}"
    dt6 = d.strftime("%y%m%d")
    dt8 = d.strftime("%Y%m%d")
    segs = [
        f"ISA*00*          *00*          *ZZ*ALDERBROOKHLTH *ZZ*HARBORLIGHT    *{dt6}*1304*^*00501*{ctl}*0*P*:",
        f"GS*HC*ALDERBROOKHLTH*HARBORLIGHT*{dt8}*1304*{int(ctl)}*X*005010X222A1",
        "ST*837*0001*005010X222A1",
        f"BHT*0019*00*{clm}*{dt8}*1304*CH",
        "NM1*41*2*ALDERBROOK REGIONAL MEDICAL CENTER*****46*ABMC01",
        "PER*IC*PFS EDI*TE*4135550160",
        "NM1*40*2*HARBORLIGHT HEALTH*****46*HLH77",
        "HL*1**20*1",
        "NM1*85*2*ALDERBROOK REGIONAL MEDICAL CENTER*****XX*1730224519",
        "N3*1200 CONCORD RIDGE RD",
        "N4*WESTVALE*MA*010891234",
        "REF*EI*046013377",
        "HL*2*1*22*0",
        "SBR*P*18*00" + str(random.randint(10000, 99999)) + "******CI",
        f"NM1*IL*1*{l.upper()}*{f.upper()}****MI*{mem}",
        f"N3*{random.randint(10, 999)} FENNER ST",
        "N4*HADLEY FALLS*MA*01040",
        f"DMG*D8*{b.strftime('%Y%m%d')}*F",
        "NM1*PR*2*HARBORLIGHT HEALTH*****PI*HLH77",
        f"CLM*{clm}*148.00***11:B:1*Y*A*Y*Y",
        "HI*ABK:R7303*ABF:E6601*ABF:Z6836",
        "NM1*82*1*SANDOVAL*JORGE****XX*1982736450",
        "PRV*PE*PXC*133V00000X",
        "LX*1",
        f"SV1*HC:97802*111.00*UN*3***1",
        f"DTP*472*D8*{dos.strftime('%Y%m%d')}",
        "LX*2",
        f"SV1*HC:97803*37.00*UN*1***1",
        f"DTP*472*D8*{dos.strftime('%Y%m%d')}",
    ]
    n_st = len(segs) - 2 + 1
    segs += [f"SE*{n_st}*0001", f"GE*1*{int(ctl)}", f"IEA*1*{ctl}"]
    x12 = "~\n".join(segs) + "~\n"
    body = (f"Jorge,\n\nHarborlight rejected the attached claim at the front end (277CA: "
            f"A7:21 - missing/invalid referring provider). MNT claims for this plan need the "
            f"referring PCP in loop 2310A. Do you have the referring doc's name/NPI from the "
            f"visit? I'll rebill once I have it.\n\n{biller.sig()}\n\n{disclaimer(0)}")
    m = make_msg(biller, RD3, f"837 rejected - {clm}", body, date=d)
    attach(m, x12, f"{clm}_837P.x12", "text/plain")
    emit("phi", "struct", m, f"{f} {l}")


def struct_4():  # FHIR NutritionOrder in body
    import json
    dev = Person("Kofi", "Amankwah", "Software Engineer", dom="menuwave.com", dept="MenuWave Inc.")
    d = rand_date(hour_lo=10, hour_hi=17)
    f, l = pt_name()
    num = mrn()
    res = {
        "resourceType": "NutritionOrder",
        "id": f"no-{random.randint(100000, 999999)}",
        "status": "active",
        "intent": "order",
        "patient": {"reference": f"Patient/{num}", "display": f"{f} {l}"},
        "encounter": {"reference": f"Encounter/55{random.randint(10000000, 99999999)}"},
        "dateTime": d.strftime("%Y-%m-%dT%H:%M:%S%z")[:-2] + ":" + d.strftime("%z")[-2:],
        "orderer": {"display": "Dr. Sanjay Iyer"},
        "allergyIntolerance": [{"display": "Shellfish"}],
        "excludeFoodModifier": [{"coding": [{"system": "http://snomed.info/sct", "code": "227150003",
                                            "display": "Shellfish"}]}],
        "oralDiet": {
            "type": [{"coding": [{"system": "http://snomed.info/sct", "code": "437421000124105",
                                  "display": "Sodium restricted diet"}],
                      "text": "Cardiac 2g Na"}],
            "nutrient": [{"modifier": {"text": "Sodium"}, "amount": {"value": 2000, "unit": "mg"}}],
            "texture": [{"modifier": {"text": "Regular"}}],
            "fluidConsistencyType": [{"text": "Thin"}],
            "instruction": "1500 mL fluid restriction"
        }
    }
    body = (f"Hi team,\n\nAs requested, here is one of the NutritionOrder resources our room "
            f"service app is receiving from your FHIR endpoint, copied straight from our logs "
            f"(sandbox was down so this is from prod, sorry). The fluid restriction arrives only as "
            f"free text in 'instruction', so the app can't enforce it in the cart. Can the "
            f"Epic side populate nutrient with a Fluid entry instead?\n\n"
            f"{json.dumps(res, indent=2)}\n\nBest,\nKofi Amankwah\nSoftware Engineer, MenuWave Inc.\n"
            f"kofi.amankwah@menuwave.com")
    m = make_msg(dev, [MGR_PS, f"FHIR Integration <fhir-support@{DOM}>"],
                 "NutritionOrder - fluid restriction mapping", body, date=d)
    emit("phi", "struct", m, f"{f} {l}")


def struct_5():  # fixed pipe-delimited nightly extract
    d = rand_date(hour_lo=2, hour_hi=3)
    rows = ["RECTYPE|MRN|FIN|LAST|FIRST|DOB|UNIT|ROOM|BED|DIET1|DIET2|TEXTURE|LIQUID|ALLERGY|SUPPL|RELIG"]
    names = []
    for i in range(random.randint(14, 20)):
        f, l = pt_name()
        names.append(f"{f} {l}")
        rows.append("|".join([
            "T", mrn(), f"55{random.randint(10000000, 99999999)}", l.upper(), f.upper(),
            dob(1930, 2005).strftime("%Y%m%d"), random.choice(["3N", "4E", "5W", "6N", "7S", "MICU"]),
            str(random.randint(301, 736)), random.choice(["A", "B"]),
            random.choice(["REG", "CCHO60", "NA2G", "RENAL", "CLR", "FULLLIQ", "NPO", "LOWFAT"]),
            random.choice(["", "", "FLR1500", "K2G", "HIPROT"]),
            random.choice(["R7", "R7", "S6", "M5", "P4"]),
            random.choice(["L0", "L0", "L0", "L2", "L3"]),
            random.choice(["", "", "", "PEANUT", "SHELLFISH", "EGG", "GLUTEN", "MILK"]),
            random.choice(["", "", "ENS-BID", "NEPRO-TID", "GLUC-BID"]),
            random.choice(["", "", "", "", "KOSHER", "HALAL"]),
        ]))
    rows.append(f"TRL|{len(rows) - 1}|{d.strftime('%Y%m%d%H%M')}")
    body = (f"TrayTrack nightly census extract completed.\n\nJob: FNS_CENSUS_EXTRACT\nStatus: "
            f"SUCCESS WITH WARNINGS (2)\nRecords: {len(rows) - 2}\n\nWarnings:\n"
            f"  W017 diet order NPO with active supplement order (see file)\n"
            f"  W022 missing texture code defaulted to R7\n\n"
            f"Output file attached and copied to \\\\fns-app02\\exports\\census\\.\n"
            f"Automated message - replies are not monitored.")
    m = make_msg(formataddr(("FNS Batch Jobs", f"fns-batch@{DOM}")), [DIET_OFFICE, CLIN_MGR],
                 f"[FNS_CENSUS_EXTRACT] {d.strftime('%Y-%m-%d')} completed with warnings", body, date=d)
    attach(m, "\n".join(rows) + "\n", f"fns_census_{d.strftime('%Y%m%d')}.txt", "text/plain")
    emit("phi", "struct", m, "; ".join(names))


def struct_6():  # C-CDA allergy section
    d = rand_date(hour_lo=8, hour_hi=16)
    f, l = pt_name("F")
    b = dob(1962, 2010)
    num = mrn()
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="{random.randint(10**9, 10**10)}"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="{d.strftime('%Y%m%d%H%M%S')}-0500"/>
  <recordTarget>
    <patientRole>
      <id extension="{num}" root="2.16.840.1.113883.19.5.99999.2"/>
      <addr use="HP"><streetAddressLine>{random.randint(10, 999)} Cobble Hill Rd</streetAddressLine><city>North Amesbury</city><state>MA</state><postalCode>01913</postalCode></addr>
      <telecom value="tel:+1-508-555-{random.randint(100, 199):04d}" use="HP"/>
      <patient>
        <name use="L"><given>{f}</given><family>{l}</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="{b.strftime('%Y%m%d')}"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.6.1" extension="2015-08-01"/>
      <code code="48765-2" codeSystem="2.16.840.1.113883.6.1" displayName="Allergies and adverse reactions"/>
      <title>ALLERGIES</title>
      <text><table><thead><tr><th>Substance</th><th>Reaction</th><th>Severity</th><th>Status</th></tr></thead>
        <tbody><tr><td>Tree nuts</td><td>Anaphylaxis</td><td>Severe</td><td>Active</td></tr>
        <tr><td>Sesame seed</td><td>Urticaria</td><td>Moderate</td><td>Active</td></tr>
        <tr><td>Cow's milk protein</td><td>Abdominal pain</td><td>Mild</td><td>Active</td></tr></tbody></table></text>
      <entry typeCode="DRIV"><act classCode="ACT" moodCode="EVN">
        <templateId root="2.16.840.1.113883.10.20.22.4.30" extension="2015-08-01"/>
        <code code="CONC" codeSystem="2.16.840.1.113883.5.6"/><statusCode code="active"/>
        <entryRelationship typeCode="SUBJ"><observation classCode="OBS" moodCode="EVN">
          <templateId root="2.16.840.1.113883.10.20.22.4.7" extension="2014-06-09"/>
          <code code="ASSERTION" codeSystem="2.16.840.1.113883.5.4"/>
          <value xsi:type="CD" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" code="414285001" codeSystem="2.16.840.1.113883.6.96" displayName="Allergy to food"/>
          <participant typeCode="CSM"><participantRole classCode="MANU"><playingEntity classCode="MMAT">
            <code code="227493005" codeSystem="2.16.840.1.113883.6.96" displayName="Tree nuts"/>
          </playingEntity></participantRole></participant>
        </observation></entryRelationship>
      </act></entry>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
    tr = Person("Marguerite", "Oyelaran", "Transfer Coordinator", dom="stcolumbarehab.org",
                dept="St. Columba Rehabilitation Hospital")
    body = (f"Good afternoon,\n\nWe're accepting this patient in transfer tomorrow. Her CCD "
            f"(attached) lists several food allergies; our kitchen needs your dietitian's note on "
            f"what she was actually served here and whether the milk protein item is a true "
            f"allergy or intolerance. Please call or fax 508-555-0177.\n\nThank you,\n"
            f"Marguerite Oyelaran\nTransfer Coordinator\nSt. Columba Rehabilitation Hospital")
    m = make_msg(tr, CLIN_MGR, "Transfer tomorrow - food allergy clarification", body, date=d,
                 cc=f"Care Management <caremgmt@{DOM}>")
    attach(m, xml, "CCD_transfer.xml", "application/xml")
    emit("phi", "struct", m, f"{f} {l}")


def struct_7():  # app webhook JSON
    import json
    d = rand_date(hour_lo=6, hour_hi=19)
    f, l = pt_name()
    payload = {
        "event": "order.rejected",
        "event_id": f"evt_{random.randint(10**11, 10**12)}",
        "occurred_at": d.strftime("%Y-%m-%dT%H:%M:%S") + "-04:00",
        "facility": "ABMC",
        "order": {
            "order_id": f"RS-{random.randint(1000000, 9999999)}",
            "source": "bedside_tablet",
            "meal": "lunch",
            "patient": {"mrn": mrn(), "name": f"{l}, {f}", "room": f"{random.randint(301, 736)}A",
                        "dob": fmt_d(dob(1945, 1995), 1)},
            "diet_orders": ["RENAL_2G_NA_2G_K", "FLUID_1200"],
            "items": [
                {"sku": "ENT-114", "name": "Baked potato w/ butter", "qty": 1},
                {"sku": "BEV-009", "name": "Orange juice 4oz", "qty": 2},
                {"sku": "ENT-201", "name": "Grilled chicken breast", "qty": 1},
            ],
        },
        "rejection": {"code": "DIET_RULE_VIOLATION",
                      "rules": ["K_LIMIT_EXCEEDED:BEV-009", "K_LIMIT_EXCEEDED:ENT-114",
                                "FLUID_LIMIT_WARN:240mL"],
                      "requires_callback": True},
    }
    body = ("A room service order was rejected and needs a callback from the call center.\n\n"
            "Raw payload:\n" + json.dumps(payload, indent=2) +
            "\n\n--\nMenuWave Alerts | This notification was sent to Room Service Call Center. "
            "Manage alert settings in the MenuWave admin console.")
    m = make_msg(formataddr(("MenuWave Alerts", "alerts@menuwave.com")), ROOM_SVC,
                 f"[MenuWave] Order rejected - callback required ({payload['order']['order_id']})", body,
                 date=d, headers={"Auto-Submitted": "auto-generated"})
    emit("phi", "struct", m, f"{f} {l}")


# ============================================================================
# CLEAN / admin
# ============================================================================
def admin_1():
    d = rand_date(hour_lo=14, hour_hi=17)
    start = (d + dt.timedelta(days=random.randint(6, 14))).date()
    body = (f"All,\n\nEffective {start.strftime('%A, %B')} {start.day}, the following changes go "
            f"into effect for patient meal service:\n\n"
            f"  Room service ordering hours: 6:30 am - 7:00 pm (was 6:30 - 6:30)\n"
            f"  Breakfast trayline for non-room-service units (MICU, BH, L&D): 0700 start\n"
            f"  Late tray cutoff: 8:00 pm, after that nourishment room only\n"
            f"  Cycle menu: Spring cycle (3 week) replaces Winter cycle; new items include "
            f"lemon herb salmon (cardiac/CCHO compliant), lentil dal (vegetarian, renal-modified "
            f"version available) and IDDSI Level 4 shepherd's pie\n\n"
            f"Nursing units will get updated menus and door hangers on the Friday before. Call "
            f"center staff: please review the new menu codes in TrayTrack before your next "
            f"shift; the Spring cycle loads automatically at midnight.\n\n{MGR_PS.sig()}")
    m = make_msg(MGR_PS, [f"FNS All Staff <fns-all@{DOM}>", f"Nurse Managers <nursemanagers@{DOM}>"],
                 "Room service hours + Spring menu cycle", body, date=d, html=True)
    attach(m, png(), "fns_logo.png", "image/png")
    emit("clean", "admin", m)


def admin_2():
    eng = Person(title="Facilities Supervisor", dept="Plant Operations")
    d1 = rand_date(hour_lo=6, hour_hi=9)
    d2 = later(d1, 20, 120)
    wo = f"WO-{random.randint(240000, 249999)}"
    orig = (f"Desmond,\n\nTech is onsite for the flight-type dish machine. Final rinse booster "
            f"heater element is burned out - the rinse is only reaching 150F, needs 180F. Part "
            f"ordered, ETA tomorrow AM. Don't run it for sanitizing. Work order {wo}.\n\n{eng.first}")
    body = (f"Team,\n\nDish machine is DOWN until tomorrow (see below). Until further notice:\n"
            f"- All patient trays go out on disposables (plates, bowls, mugs, lids are staged in "
            f"dry storage aisle 4)\n- Pots & pans by hand at 3-compartment sink, check quat "
            f"200-400 ppm every 2 hrs and log it\n- Cafeteria switches to compostables\n\n"
            f"I've asked purchasing for an extra pallet of disposables in case it drags on.\n\n"
            f"{CHEF.first}\n\n{outlook_hdr(d1, eng.name, CHEF.name, 'Dish machine ' + wo)}\n\n{orig}")
    m = make_msg(CHEF, [f"FNS Production <fns-production@{DOM}>", MGR_PS, RETAIL],
                 "FW: Dish machine " + wo + " - disposables today", body, date=d2)
    emit("clean", "admin", m)


def admin_3():
    it = Person(title="IS Change Coordinator", dept="Information Services")
    d = rand_date(hour_lo=10, hour_hi=16)
    when = (d + dt.timedelta(days=random.randint(5, 12))).date()
    chg = f"CHG00{random.randint(40000, 49999)}"
    body = (f"PLANNED DOWNTIME NOTICE - {chg}\n\n"
            f"System: TrayTrack Nutrition Manager (diet office, call center, trayline printing)\n"
            f"When: {when.strftime('%A %m/%d/%Y')} 0200 - 0530\n"
            f"Reason: upgrade to v8.4 (IDDSI code set update, allergy print enhancement)\n\n"
            f"During the downtime:\n"
            f"  - Diet orders placed in Epic will queue and post after go-live\n"
            f"  - Breakfast tickets will be printed from the 0130 downtime report\n"
            f"  - Any new diet orders 0200-0530 should be called to the diet office at x4110 "
            f"and written on the paper downtime form (FNS-112)\n\n"
            f"Super users for the go-live: Shauna Garrity (diet office), Alicia Villalobos "
            f"(call center).\n\nQuestions: IS Service Desk x4357.\n\n{it.sig()}")
    m = make_msg(it, [f"FNS All Staff <fns-all@{DOM}>", f"Nursing Supervisors <nursingsupervisors@{DOM}>"],
                 f"Planned downtime {when.strftime('%m/%d')} - TrayTrack upgrade ({chg})", body, date=d)
    emit("clean", "admin", m)


def admin_4():
    d = rand_date(hour_lo=9, hour_hi=15)
    body = (f"Hi all,\n\nThe Nutrition Committee approved the enteral formulary change at the "
            f"{d.strftime('%B')} meeting. Summary:\n\n"
            f"  OLD (through end of month)          NEW (starting 1st)\n"
            f"  Standard 1.2 w/ fiber           ->  NutriPath 1.2 Fiber\n"
            f"  1.5 kcal w/ fiber               ->  NutriPath 1.5 Fiber\n"
            f"  Peptide-based 1.5               ->  NutriPath Peptide 1.5\n"
            f"  Renal 1.8                       ->  no change\n"
            f"  Diabetic 1.2                    ->  NutriPath Glycemic 1.2\n\n"
            f"Unit par levels (1000 mL closed system):\n"
            f"  MICU 24 / SICU 18 / 6N 12 / 5W 8 / 4E 8 / 7S 6\n\n"
            f"Orders for a non-formulary product will need RD approval and will be substituted "
            f"per the equivalency table in the policy (NUT-207). Storeroom will pull old stock "
            f"back on the 30th. Please update any order sets or quick-picks you own.\n\n{CLIN_MGR.sig()}")
    m = make_msg(CLIN_MGR, [f"Clinical Nutrition <clinicalnutrition@{DOM}>", f"Pharmacy Nutrition Support <nst@{DOM}>"],
                 "Enteral formulary change - effective 1st", body, date=d)
    attach(m, pdf(["ALDERBROOK REGIONAL MEDICAL CENTER - Food & Nutrition Services",
                   "Policy NUT-207  Enteral Formula Formulary and Substitution", "",
                   "Purpose: to standardize enteral products and reduce waste.",
                   "Scope: all inpatient units.",
                   "1. Formulary products are listed in Appendix A.",
                   "2. Non-formulary requests require RD review within 24 hours.",
                   "3. Therapeutic substitution follows the equivalency table (Appendix B).",
                   "4. Open-system products are discarded 8 hours after opening.",
                   "5. Closed-system containers hang no longer than 48 hours.",
                   "", "Approved: Nutrition Committee   Review: annually"], "NUT-207"),
           "NUT-207_Enteral_Formulary.pdf", "application/pdf")
    emit("clean", "admin", m)


def admin_5():
    d = rand_date(hour_lo=9, hour_hi=12)
    mtg = (d + dt.timedelta(days=random.randint(7, 15))).replace(hour=14, minute=0, second=0)
    body = (f"Hi everyone,\n\nInvite attached for the quarterly Food & Nutrition Performance "
            f"Improvement meeting.\n\nAgenda:\n 1. Tray accuracy audit results (Q{(mtg.month - 1) // 3 + 1})\n"
            f" 2. Room service delivery times - goal 45 min\n 3. Malnutrition documentation & "
            f"coding capture (with CDI)\n 4. Temperature log compliance - walk-ins and tray "
            f"line\n 5. Kosher/halal vendor contract renewal\n 6. Open discussion\n\n"
            f"Please send me any data you want on the screen by the Monday before.\n\n{DIR.sig()}")
    m = make_msg(DIR, [MGR_PS, CLIN_MGR, CHEF, RETAIL, CALL], "FNS PI meeting - quarterly", body, date=d)
    attach(m, ics("FNS Performance Improvement - Quarterly", mtg, 60,
                  "Conference Room 2B / Teams", DIR, "Agenda in email. Teams link in calendar."),
           "invite.ics", "text/calendar")
    emit("clean", "admin", m)


def admin_6():
    d = rand_date(hour_lo=9, hour_hi=15)
    body = (f"Hello department leaders,\n\nA reminder about catering requests as we head into "
            f"the busy season:\n\n"
            f"* Orders need 5 business days' notice (10 for 50+ guests) through the catering "
            f"portal. Phone and email orders can't be guaranteed.\n"
            f"* A cost center and approver are required. Grant-funded events need the grant "
            f"number in the notes field.\n"
            f"* Per hospital policy, catered food can't be served in patient care areas or "
            f"nursing stations. Use the conference centre or the unit break room.\n"
            f"* Leftovers may be held for 2 hours max at room temperature, then discarded - "
            f"please don't put them in unit nourishment fridges.\n"
            f"* We can accommodate vegan, gluten-free, kosher (sealed) and halal with 7 days' "
            f"notice.\n\nMenus and pricing for the year are on the intranet under Food & "
            f"Nutrition > Catering.\n\nThanks!\n{RETAIL.sig()}\n\n{disclaimer(1)}")
    m = make_msg(RETAIL, f"Department Leaders <deptleaders@{DOM}>", "Catering reminders - lead times & policy",
                 body, date=d, html=True)
    emit("clean", "admin", m)


def admin_7():
    d1 = rand_date(hour_lo=9, hour_hi=15)
    d2 = later(d1, 60, 1400)
    mc = Person(title="Managed Care Contract Analyst", dept="Managed Care Contracting")
    orig = (f"Colleen,\n\nQuick summary of the MNT terms in the new Harborlight commercial "
            f"contract (effective {d1.year + 1}-01-01), so your team can set up the clinic:\n\n"
            f"- 97802 / 97803 / 97804 reimbursed at 118% of Medicare PFS\n"
            f"- Covered dx: diabetes, CKD stage 3-5, prediabetes, obesity w/ BMI >= 30 with a "
            f"comorbidity, eating disorders, celiac\n"
            f"- Visit limit: 6 per member per calendar year; more requires auth\n"
            f"- Referral: PCP referral required for PPO products, not for EPO\n"
            f"- Telehealth: parity, POS 10 with modifier 95\n"
            f"- G0270/G0271 not separately payable\n\nLet me know if you want to walk through "
            f"it.\n\n{mc.sig()}")
    body = (f"Thanks - this is helpful. Jorge and Hannah, please note the referral rule for PPO, "
            f"that's been the source of most of our denials. We'll update the scheduling script.\n\n"
            f"Colleen\n\n{outlook_hdr(d1, mc.name, DIR.name, 'Harborlight MNT terms')}\n\n{orig}")
    m = make_msg(DIR, mc, "RE: Harborlight MNT terms", body, cc=[RD3, RD2], date=d2)
    emit("clean", "admin", m)


# ============================================================================
# CLEAN / lookalike
# ============================================================================
def look_1():
    vend = Person("Dale", "Burkhart", "Accounts Receivable", dom="keystonefoodservice.com",
                  dept="Keystone Foodservice Distributors")
    d = rand_date(hour_lo=8, hour_hi=17)
    inv = f"{random.randint(80000000, 89999999)}"
    po = f"PO-{random.randint(4500000, 4599999)}"
    lines = [["Item #", "Description", "Pack", "Qty", "Unit", "Ext"]]
    items = [("1048772", "Thickened water mildly thick 4oz", "48/4 oz", 6, 31.80),
             ("2210394", "Shake high protein vanilla 8oz", "27/8 oz", 10, 42.15),
             ("3301187", "Puree molded chicken IDDSI 4", "24/3 oz", 4, 58.60),
             ("4471203", "Gluten free bread sliced", "12/18 oz", 3, 44.20),
             ("0938821", "Egg liquid pasteurized", "15/2 lb", 5, 61.95),
             ("5519020", "Sugar free gelatin cup", "48/4 oz", 8, 19.40)]
    tot = 0
    for it in items:
        ext = it[3] * it[4]
        tot += ext
        lines.append([it[0], it[1], it[2], str(it[3]), f"{it[4]:.2f}", f"{ext:.2f}"])
    body = (f"Hello,\n\nPlease find invoice {inv} for delivery on {fmt_d(earlier(d, 2000, 6000).date())}.\n\n"
            f"Customer acct: 0041-{random.randint(100000, 999999)}  Ship-to: ALDERBROOK RMC - DOCK 3\n"
            f"Your PO: {po}   Route {random.randint(100, 400)} Stop {random.randint(1, 20)}\n\n"
            f"{table(lines)}\n\nSubtotal: ${tot:,.2f}\nTerms: Net 30\nRemit to: PO Box "
            f"{random.randint(1000, 9999)}, Springport, MA 01102\n\nPlease reference the invoice number "
            f"on your remittance.\n\nDale Burkhart\nAccounts Receivable | Keystone Foodservice\n"
            f"1-800-555-0163 x{random.randint(200, 299)}")
    m = make_msg(vend, f"FNS Accounts Payable <fns-ap@{DOM}>", f"Invoice {inv} / {po}", body, date=d)
    attach(m, pdf([f"KEYSTONE FOODSERVICE DISTRIBUTORS   INVOICE {inv}", f"PO {po}"] +
                  ["  ".join(r) for r in lines] + [f"TOTAL {tot:,.2f}"], f"Invoice {inv}"),
           f"INV_{inv}.pdf", "application/pdf")
    emit("clean", "lookalike", m)


def look_2():
    d = rand_date(hour_lo=8, hour_hi=12)
    lots = [f"{random.randint(10, 99)}{random.choice('ABCDEFGHJK')}{random.randint(1000, 9999)}" for _ in range(4)]
    body = (f"VOLUNTARY PRODUCT RECALL - ACTION REQUIRED\n\n"
            f"NutriPath Medical is voluntarily recalling specific lots of NutriPath Peptide 1.5 "
            f"(1000 mL closed system) because of a potential seal defect on the spike port that "
            f"may compromise sterility. No adverse events have been reported.\n\n"
            f"Product code: 70145-0312-10   GTIN 00370145031210\n"
            f"Affected lots and expiration dates:\n" +
            "\n".join(f"   Lot {lt}   Exp {fmt_d((d + dt.timedelta(days=random.randint(120, 400))).date(), 1)}"
                      for lt in lots) +
            f"\n\nPlease:\n 1. Check all storerooms and unit stock for these lots\n"
            f" 2. Quarantine and complete the attached response form, even if you have zero units\n"
            f" 3. Return product with RA# {random.randint(500000, 599999)} for credit\n\n"
            f"Recall reference: NPM-RC-{d.year}-{random.randint(10, 99)}\nCustomer Service: 1-877-555-0119\n\n"
            f"NutriPath Medical, Quality Assurance")
    m = make_msg(formataddr(("NutriPath Medical Quality", "recalls@nutripathmed.com")),
                 [CLIN_MGR, f"Materials Management <materials@{DOM}>"],
                 "URGENT: Voluntary recall - NutriPath Peptide 1.5 (select lots)", body, date=d,
                 headers={"Importance": "High"})
    emit("clean", "lookalike", m)


def look_3():
    d = rand_date(hour_lo=13, hour_hi=16)
    insp = (d - dt.timedelta(days=random.randint(1, 4))).date()
    permit = f"FE-{random.randint(10000, 99999)}"
    body = (f"Colleen,\n\nSummary of the county routine inspection on {fmt_d(insp)} (report "
            f"attached, permit {permit}, establishment ID 0{random.randint(10000000, 99999999)}):\n\n"
            f"Score: 94 / 100, no priority violations\n\n"
            f"Priority foundation / core items:\n"
            f"  4-601.11  Slicer #2 food contact surface soiled - corrected on site\n"
            f"  3-501.17  Date marking missing on 2 pans cooked rice in walk-in #1 - corrected\n"
            f"  6-501.12  Floor drain grate under tilt skillet needs cleaning\n\n"
            f"Temps recorded: walk-in #1 37F, walk-in #2 39F, freezer -4F, hot well 162F, "
            f"trayline cold well 38F, dish final rinse 183F (the new heater element is working).\n\n"
            f"Re-inspection not required. Chef is doing the drain today.\n\n{MGR_PS.sig()}")
    m = make_msg(MGR_PS, DIR, f"County inspection {fmt_d(insp)} - 94", body, date=d, cc=CHEF)
    attach(m, pdf(["WESTVALE COUNTY DEPARTMENT OF PUBLIC HEALTH - FOOD ESTABLISHMENT INSPECTION",
                   f"Establishment: Alderbrook RMC - Main Kitchen   Permit {permit}",
                   f"Date {fmt_d(insp)}   Time in 09:10   Time out 11:45   Type: Routine",
                   "Violations: 4-601.11 (C), 3-501.17 (Pf), 6-501.12 (C)",
                   "Score 94   Inspector: R. Abernethy-Cole, REHS #4471", "Person in charge: D. Fenwick, CFPM"],
               "Inspection"), f"Inspection_{insp.strftime('%Y%m%d')}.pdf", "application/pdf")
    emit("clean", "lookalike", m)


def look_4():
    d = rand_date(hour_lo=9, hour_hi=15)
    rows = [["Area", "Contact", "Ext", "Direct/Fax"],
            ["Diet Office", "Shauna Garrity, NDTR", "4110", "(413) 555-0141"],
            ["Diet Office fax", "-", "-", "(413) 555-0199"],
            ["Room Service (patients dial)", "5-FOOD", "53663", "-"],
            ["Call Center Supervisor", "Alicia Villalobos", "4111", "(413) 555-0143"],
            ["Clinical Nutrition Manager", "Nadia Haddad, MS, RD, CNSC", "4104", "(413) 555-0144"],
            ["Inpatient RD pager (days)", "on call", "pgr 2217", "-"],
            ["Inpatient RD pager (weekend)", "on call", "pgr 2218", "-"],
            ["Outpatient Nutrition Clinic", "front desk", "4160", "(413) 555-0150"],
            ["Executive Chef", "Desmond Fenwick", "4130", "(413) 555-0152"],
            ["Retail / Catering", "Rob Ashby", "4140", "(413) 555-0153"],
            ["Patient Services Manager", "Terrence Osei", "4118", "(413) 555-0145"],
            ["Director", "Colleen McGillis, MS, RD, LDN", "4102", "(413) 555-0140"]]
    body = (f"Updated FNS phone list attached and below - please post at the nurses' stations "
            f"and replace the old one (the RD pager numbers changed).\n\n{table(rows, ' | ')}\n\n"
            f"Shauna")
    m = make_msg(DTR, f"Nurse Managers <nursemanagers@{DOM}>", "Updated Food & Nutrition phone list",
                 body, date=d, cc=DIR)
    attach(m, docx(["**Food & Nutrition Services - Phone Directory**", f"Revised {d.strftime('%m/%Y')}", ""] +
                   [f"{r[0]}: {r[1]}  ext {r[2]}  {r[3]}" for r in rows[1:]]),
           "FNS_Phone_List.docx", DOCX_MIME)
    emit("clean", "lookalike", m)


def look_5():
    d = rand_date(hour_lo=8, hour_hi=11)
    mo = (d.replace(day=1) - dt.timedelta(days=1))
    calls = random.randint(21000, 26000)
    body = (f"{mo.strftime('%B %Y')} Room Service Dashboard\n\n"
            f"Total calls handled ............ {calls:,}\n"
            f"Avg speed of answer ............ {random.randint(18, 40)} sec\n"
            f"Abandoned rate ................. {random.uniform(2, 6):.1f}%\n"
            f"Patient orders placed .......... {int(calls * 0.82):,}\n"
            f"Orders by nursing/proxy ........ {random.randint(14, 22)}%\n"
            f"Avg order-to-delivery .......... {random.randint(34, 44)} min (goal <= 45)\n"
            f"Trays > 60 min ................. {random.randint(150, 400)}\n"
            f"Tray accuracy (audit n=420) .... {random.uniform(96, 99.4):.1f}%\n"
            f"Allergen near-misses caught .... {random.randint(3, 12)}\n"
            f"Patient satisfaction - 'food quality' top box: {random.uniform(48, 62):.1f}% "
            f"(peer median 51.3%)\n\n"
            f"Units under goal for delivery time: 7S, 3N (elevator B outages 3 days).\n\n"
            f"Full workbook on the FNS share: \\\\fns-app02\\reports\\dashboard\\{mo.strftime('%Y-%m')}.xlsx\n\n"
            f"{CALL.sig()}")
    m = make_msg(CALL, [DIR, MGR_PS], f"Room service dashboard - {mo.strftime('%b %Y')}", body, date=d)
    emit("clean", "lookalike", m)


def look_6():
    d = rand_date(hour_lo=10, hour_hi=15)
    body = (f"Hi Colleen,\n\nFor the payer enrollment packet for the outpatient clinic, here are "
            f"the providers and codes. Please double-check licence expirations.\n\n"
            f"Rendering providers:\n"
            f"  Jorge Sandoval, RD, LDN        NPI 1982736450   MA LD #{random.randint(1000, 9999)}   exp 01/31/{d.year + 2}\n"
            f"  Hannah Lundgren, MS, RDN, LDN  NPI 1649302817   MA LD #{random.randint(1000, 9999)}   exp 01/31/{d.year + 1}\n"
            f"  Priya Raghunathan, RD, CNSC    NPI 1306558192   MA LD #{random.randint(1000, 9999)}   exp 01/31/{d.year + 2}\n"
            f"Group NPI 1730224519  TIN 04-6013377  Taxonomy 133V00000X\n\n"
            f"Codes we'll bill:\n"
            f"  97802  MNT initial, individual, each 15 min\n"
            f"  97803  MNT re-assessment, individual, each 15 min\n"
            f"  97804  MNT group, each 30 min\n"
            f"  G0108  DSMT individual, per 30 min\n"
            f"  G0109  DSMT group, per 30 min\n"
            f"Common dx on the fee schedule: E11.9, E11.65, R73.03, N18.3x, E66.01, Z68.35-Z68.45, "
            f"K90.0, O24.410\n\nCAQH IDs are on the attached sheet.\n\n{RD3.sig()}")
    m = make_msg(RD3, DIR, "Payer enrollment - NPIs / codes", body, date=d)
    attach(m, to_csv([["Provider", "NPI", "CAQH", "License", "Expires"],
                      ["Sandoval, Jorge", "1982736450", str(random.randint(10**7, 10**8)), "LD", f"{d.year + 2}-01-31"],
                      ["Lundgren, Hannah", "1649302817", str(random.randint(10**7, 10**8)), "LD", f"{d.year + 1}-01-31"],
                      ["Raghunathan, Priya", "1306558192", str(random.randint(10**7, 10**8)), "LD", f"{d.year + 2}-01-31"]]),
           "provider_ids.csv", "text/csv")
    emit("clean", "lookalike", m)


def look_7():
    d = rand_date(hour_lo=8, hour_hi=18)
    trk = f"1Z{random.randint(100, 999)}E{random.randint(10, 99)}0{random.randint(1000000000, 9999999999)}"
    sers = [f"EF5-{random.randint(2200000, 2299999)}" for _ in range(6)]
    body = (f"Your order has shipped!\n\nOrder #: EF-{random.randint(300000, 399999)}\n"
            f"Customer: ALDERBROOK REGIONAL MED CTR - BIOMED\nPO: PO-{random.randint(4500000, 4599999)}\n"
            f"Carrier: UPS Ground   Tracking: {trk}\nEstimated delivery: "
            f"{(d + dt.timedelta(days=3)).strftime('%a %m/%d/%Y')}\n\n"
            f"Items:\n  6 x EnteraFlow 500 enteral feeding pump (REF EF500-US)\n"
            + "".join(f"      S/N {s}\n" for s in sers) +
            f"  2 x Pole clamp assembly (REF EF-PC2)   Lot {random.randint(230000, 239999)}\n"
            f"  1 x Service manual USB\n\n"
            f"Please have biomedical engineering perform incoming inspection and record asset "
            f"tags before clinical use. Warranty registration: www.enteraflow.com/warranty\n\n"
            f"EnteraFlow Customer Care | 1-888-555-0102 | orders@enteraflow.com")
    m = make_msg(formataddr(("EnteraFlow Orders", "orders@enteraflow.com")),
                 [f"Biomed <biomed@{DOM}>", CLIN_MGR], f"Shipment notification - tracking {trk}", body,
                 date=d, html=True)
    emit("clean", "lookalike", m)


# ============================================================================
# CLEAN / news
# ============================================================================
def news_1():
    d = dt.datetime(2024, 3, 1, 7, 30, tzinfo=EST)
    text = (f"THE DAILY PLATE - Food & Nutrition Services newsletter - March {d.year}\n\n"
            f"MARCH IS NATIONAL NUTRITION MONTH\n"
            f"Stop by the cafeteria atrium every Wednesday 11:30-1:00 for our RD table: this year's "
            f"theme is 'Beyond the Table'. Week 1: reading food labels. Week 2: budget-friendly "
            f"protein. Week 3: sodium hiding in plain sight. Week 4: fuelling for night shift.\n\n"
            f"NEW ON THE PATIENT MENU\n"
            f"Lemon herb salmon, lentil dal and a vegetable frittata join the spring cycle. All "
            f"three were taste-tested by staff volunteers - thank you to the 62 of you who filled "
            f"out score cards!\n\n"
            f"BY THE NUMBERS (last quarter)\n"
            f"  148,200 patient meals served\n  96.8% tray accuracy\n  1,312 RD consults completed\n"
            f"  4.1 tons of food waste diverted to compost\n\n"
            f"KUDOS\n"
            f"To the night cooks for keeping the kitchen running during the February ice storm, "
            f"and to the call center for cutting average speed of answer to 24 seconds.\n\n"
            f"Questions or ideas for the next issue? Email fns-newsletter@{DOM}.")
    m = make_msg(formataddr(("FNS Newsletter", f"fns-newsletter@{DOM}")), f"All Employees <allemployees@{DOM}>",
                 "The Daily Plate - March edition", text, date=d, html=True)
    emit("clean", "news", m)


def news_2():
    d = rand_date(hour_lo=9, hour_hi=12)
    text = (f"PUBLIC HEALTH ADVISORY - FOR HEALTHCARE FOOD SERVICE OPERATORS\n"
            f"Westvale County Department of Public Health\n\n"
            f"Subject: Listeria monocytogenes - prevention in healthcare food service\n\n"
            f"Nationally, listeriosis outbreaks linked to healthcare facilities have involved "
            f"pre-cut produce, deli meats and soft cheeses served to patients at higher risk "
            f"(older adults, pregnant people, people who are immunocompromised). In the last five "
            f"years, the majority of reported healthcare-associated cases were linked to "
            f"ready-to-eat foods held under refrigeration for more than 7 days.\n\n"
            f"Recommended practices:\n"
            f"  - Avoid serving deli meats unless heated to 165F immediately before service\n"
            f"  - Use pasteurized dairy only; avoid soft cheeses made from raw milk\n"
            f"  - Enforce 7-day date marking for ready-to-eat TCS foods\n"
            f"  - Clean and sanitize slicers every 4 hours of continuous use\n"
            f"  - Review vendor recall notifications daily\n\n"
            f"No cases are currently associated with facilities in this county. This advisory is "
            f"informational.\n\nEnvironmental Health Division | 413-555-0170")
    m = make_msg(formataddr(("Westvale County DPH", "envhealth@westvalecounty.example.org")),
                 DIR, "Health advisory: Listeria prevention in healthcare food service", text, date=d)
    emit("clean", "news", m)


def news_3():
    d = rand_date(hour_lo=6, hour_hi=10)
    text = (f"Hi Colleen,\n\nSpring is here - and so is our new line of plant-forward entrées "
            f"built for healthcare menus.\n\n"
            f"NEW: Harvest Table Bowls\n"
            f"  * Chickpea tikka masala - 420 kcal, 480 mg sodium, 14 g protein\n"
            f"  * Smoky black bean & sweet potato chili - heart-healthy, < 600 mg sodium\n"
            f"  * Mushroom barley risotto - available in IDDSI Level 5 minced & moist\n\n"
            f"Every bowl is free of the top 9 allergens except where labeled, and ships frozen in "
            f"a 6 x 10 oz case.\n\n"
            f"Request free samples for your team: reply to this email or call your Keystone rep.\n\n"
            f"Keystone Foodservice - Healthcare Division\n"
            f"You're receiving this because you're a Keystone healthcare customer. Unsubscribe | "
            f"Privacy | 400 Industrial Pkwy, Springport, MA 01102")
    html = ("<html><body style='font-family:Arial'><img src='cid:logo' alt='Keystone'>"
            "<h2 style='color:#1f5e4a'>Spring into plant-forward</h2>"
            + "".join(f"<p>{p}</p>" for p in text.replace("&", "&amp;").replace("<", "&lt;").split("\n\n"))
            + "</body></html>")
    m = make_msg(formataddr(("Keystone Foodservice", "news@keystonefoodservice.com")), DIR,
                 "New for spring: plant-forward bowls your patients will love", text, date=d,
                 html_body=html, headers={"List-Unsubscribe": "<mailto:unsubscribe@keystonefoodservice.com>"})
    emit("clean", "news", m)


def news_4():
    d = rand_date(hour_lo=7, hour_hi=9)
    text = (f"Clinical Nutrition Journal Club - monthly digest\n\n"
            f"1) Early vs delayed enteral nutrition in mechanically ventilated adults. A "
            f"meta-analysis of 21 RCTs (n = 3,214) found early EN (<48 h) associated with lower "
            f"infectious complications (RR 0.76) but no significant difference in mortality. "
            f"Heterogeneity was moderate.\n\n"
            f"2) Protein dosing in the ICU. A multicenter trial comparing 1.2 vs 2.0 g/kg/day "
            f"found no improvement in 90-day functional outcome with higher protein; a subgroup "
            f"with AKI did worse on the high dose.\n\n"
            f"3) Room service models and intake. An observational study across 14 hospitals "
            f"reported 18% higher mean energy intake and 27% less plate waste with on-demand "
            f"room service compared with traditional trayline.\n\n"
            f"Discussion Thursday at 12:15 in the RD office (bring lunch). Hannah is presenting #3.\n\n"
            f"- Nadia")
    m = make_msg(CLIN_MGR, f"Clinical Nutrition <clinicalnutrition@{DOM}>", "Journal club digest", text, date=d)
    emit("clean", "news", m)


def news_5():
    d = rand_date(hour_lo=6, hour_hi=8)
    text = (f"ALDERBROOK TODAY - employee bulletin\n\n"
            f"CAFETERIA RENOVATION BEGINS MONDAY\n"
            f"The Concord Café will close its grill and deli stations for six weeks starting "
            f"Monday for new ventilation and a redesigned serving line. During construction:\n"
            f"  * Hot entrées, soup and salad bar stay open in the east half of the dining room\n"
            f"  * A pop-up grab-and-go market opens in the Medical Arts lobby, 6 am - 8 pm\n"
            f"  * Night shift: the 24/7 micro-market on level B is restocked at 10 pm and 3 am\n\n"
            f"MEATLESS MONDAY RETURNS\n"
            f"Starting this month the café will feature a vegetarian entrée of the day every "
            f"Monday at a $1 discount.\n\n"
            f"ALSO THIS WEEK\n"
            f"  - Blood drive Wednesday in Conference Centre A\n"
            f"  - Parking garage level 3 restriping Saturday\n"
            f"  - Benefits open enrollment closes on the 15th")
    m = make_msg(formataddr(("Alderbrook Communications", f"communications@{DOM}")),
                 f"All Employees <allemployees@{DOM}>", "Alderbrook Today: café renovation, Meatless Monday",
                 text, date=d, html=True)
    attach(m, png(360, 90, band=(204, 102, 0)), "banner.png", "image/png")
    emit("clean", "news", m)


def news_6():
    d = rand_date(hour_lo=10, hour_hi=14)
    text = (f"New England Dietetic Practice Group - Member Update\n\n"
            f"IDDSI IMPLEMENTATION: WHERE ARE WE?\n"
            f"Our spring survey had 87 responses from acute care and long-term care members. "
            f"71% of facilities report full IDDSI implementation for foods and liquids, up from "
            f"49% two years ago. The most common barriers: retraining tray assemblers (58%), "
            f"vendor product labeling (44%) and EHR order build (39%). Only 22% routinely perform "
            f"the fork pressure and spoon tilt tests at the point of service.\n\n"
            f"UPCOMING\n"
            f"  * Webinar: Documenting malnutrition that holds up in a payer audit - 1.0 CPEU\n"
            f"  * Regional meeting, Worcester - call for poster abstracts closes next month\n"
            f"  * Student scholarships - applications open\n\n"
            f"Membership renewals are due by June 1.")
    m = make_msg(formataddr(("NEDPG", "updates@nedpg-example.org")), RD2, "NEDPG Member Update - IDDSI survey results",
                 text, date=d)
    emit("clean", "news", m)


# ============================================================================
# CLEAN / staff
# ============================================================================
def staff_1():
    d = rand_date(hour_lo=12, hour_hi=16)
    wk = (d + dt.timedelta(days=(5 - d.weekday()) % 7 or 7)).date()
    rows = [["Shift", f"Sat {wk.month}/{wk.day}", f"Sun {(wk + dt.timedelta(days=1)).month}/{(wk + dt.timedelta(days=1)).day}"]]
    techs = ["S. Garrity", "M. Bell", "K. Ruiz", "T. Nowicki", "D. Brophy", "L. Ferreira",
             "J. Amaral", "P. Soucy", "R. Delorme", "W. Jean-Baptiste"]
    shifts = ["Diet office 0600-1430", "Diet office 1030-1900", "Call ctr 0600-1430 (x2)",
              "Call ctr 1030-1900 (x2)", "Trayline lead 0530-1400", "Trayline lead 1100-1930"]
    cols = []
    for _day in range(2):
        pool = random.sample(techs, 8)
        col = []
        for sh in shifts:
            col.append(pool.pop() + (" / " + pool.pop() if "x2" in sh else ""))
        cols.append(col)
    for i, sh in enumerate(shifts):
        rows.append([sh, cols[0][i], cols[1][i]])
    body = (f"Weekend schedule below. Two open slots were picked up by Kiara and Tomasz - thank "
            f"you! If you need to swap, find your own coverage and send me BOTH names by Thursday.\n\n"
            f"{table(rows, ' | ')}\n\nMOD: Terrence (cell on the board)\n\n{CALL.sig(short=True)}")
    m = make_msg(CALL, f"FNS Patient Services <fns-patientservices@{DOM}>", f"Weekend schedule {wk.month}/{wk.day}-{wk.day + 1}",
                 body, date=d)
    emit("clean", "staff", m)


def staff_2():
    d = dt.datetime(2024, 11, 4, 10, 12, tzinfo=EST)
    body = (f"Hi RDs,\n\nHoliday weekend coverage - first come first served, but I'll balance "
            f"it if needed:\n\n"
            f"  Thanksgiving Thu 11/28 .... Priya (in-house), Jorge (pager backup)\n"
            f"  Fri 11/29 ................. Hannah\n"
            f"  Christmas Eve 12/24 ....... Jorge (half day)\n"
            f"  Christmas 12/25 ........... Melinda\n"
            f"  New Year's Day 1/1 ........ Hannah\n\n"
            f"Holiday premium is time-and-a-half per the agreement. Please let me know by Friday "
            f"if you need to trade. Pager 2218 is the weekend/holiday RD.\n\n{CLIN_MGR.sig()}")
    m = make_msg(CLIN_MGR, [RD1, RD2, RD3, Person("Melinda", "Dizon", "RD, LDN", ext="4127")],
                 "Holiday RD coverage", body, date=d)
    emit("clean", "staff", m)


def staff_3():
    d = rand_date(hour_lo=9, hour_hi=15)
    party = (d + dt.timedelta(days=random.randint(9, 20))).replace(hour=14, minute=30, second=0)
    body = (f"Hi everyone!!\n\nAfter 31 years in our kitchen, Bernard Lachance (our legendary "
            f"soup cook and the man behind the Friday chowder) is retiring at the end of the "
            f"month. Please join us for cake and coffee:\n\n"
            f"  {party.strftime('%A, %B')} {party.day}, 2:30-3:30 pm\n  Kitchen conference room, "
            f"basement level\n\nWe're collecting for a gift (he wants a new fishing reel, so "
            f"there's that) - envelope is with Renee in the diet office. Card is going around "
            f"too, sign it before the 20th.\n\nNight shift: we'll save you cake!\n\n{CHEF.first}")
    m = make_msg(CHEF, f"FNS All Staff <fns-all@{DOM}>", "Bernard's retirement party!", body, date=d,
                 html=True)
    attach(m, ics("Retirement party - Bernard Lachance", party, 60, "Kitchen conference room (B level)", CHEF),
           "party.ics", "text/calendar")
    emit("clean", "staff", m)


def staff_4():
    d = rand_date(hour_lo=9, hour_hi=15)
    rows = [["Employee", "Position", "Certification", "Expires"]]
    for _ in range(9):
        f, l = staff_name()
        rows.append([f"{l}, {f}", random.choice(["Cook II", "Food Service Worker", "Trayline Lead",
                                                 "Patient Services Host", "Baker", "Dishwasher Lead"]),
                     random.choice(["ServSafe Food Handler", "ServSafe Manager (CFPM)", "Allergen Awareness"]),
                     fmt_d((d + dt.timedelta(days=random.randint(-20, 90))).date())])
    body = (f"Supervisors,\n\nThe attached list shows everyone whose food safety certificate is "
            f"expired or expiring in the next 90 days. Joint Commission and the county both "
            f"look at these. Classes are scheduled on the 2nd Tuesday and 4th Thursday in the "
            f"education centre; sign-ups through the learning system. Anyone expired by more than "
            f"30 days can't work the trayline until renewed.\n\n{DIR.sig()}")
    m = make_msg(DIR, f"FNS Supervisors <fns-supervisors@{DOM}>", "Food safety certifications - expiring",
                 body, date=d)
    attach(m, xlsx(rows, "Certs"), "FNS_certs_expiring.xlsx", XLSX_MIME)
    emit("clean", "staff", m)


def staff_5():
    d = rand_date(hour_lo=9, hour_hi=12)
    body = (f"Reminder: payroll closes Monday at noon. If you missed a punch this pay period, "
            f"submit a timecard correction in Kronos by Sunday night or it won't make this "
            f"check. I see 14 missed punches for the kitchen and 6 in the call center.\n\n"
            f"Shift differential for evenings (after 3 pm) is $1.75/hr and nights $2.50/hr - if "
            f"yours isn't showing, check that you punched in with the right cost center "
            f"(7410 kitchen, 7420 patient services, 7430 retail, 7440 clinical nutrition).\n\n"
            f"Thanks,\nDawn\nDepartment Payroll Coordinator, Food & Nutrition\nx4106")
    m = make_msg(formataddr(("Dawn Ellery", f"dawn.ellery@{DOM}")), f"FNS All Staff <fns-all@{DOM}>",
                 "Kronos - missed punches due Sunday", body, date=d)
    emit("clean", "staff", m)


def staff_6():
    d = rand_date(hour_lo=9, hour_hi=16)
    start = (d + dt.timedelta(days=10)).date()
    end = start + dt.timedelta(days=random.randint(35, 56))
    body = (f"Hi team,\n\nKeisha Pettaway will be out on a leave of absence from "
            f"{start.strftime('%-m/%-d')} through approximately {end.strftime('%-m/%-d')}. Please "
            f"respect her privacy and don't contact her about work while she's out.\n\n"
            f"Coverage:\n - Renal unit (3N) follow-ups: Jorge\n - Dialysis clinic Tues/Thurs: "
            f"Hannah\n - Her calorie counts and TF rounds on 6N: Priya\n - Diabetes class on "
            f"Wednesdays: cancelled for 2 weeks, then Hannah\n\n"
            f"Keisha will hand off her patients in person next week. Thanks for pitching in.\n\n"
            f"{CLIN_MGR.sig()}")
    m = make_msg(CLIN_MGR, [RD1, RD2, RD3, DTR], "Coverage while Keisha is out", body, date=d)
    emit("clean", "staff", m)


def staff_7():
    d = rand_date(hour_lo=8, hour_hi=11)
    body = (f"Please welcome Oscar Bertrand, MS, RDN, LDN, who joins Clinical Nutrition on Monday! "
            f"Oscar comes to us from a Level I trauma center where he covered surgical ICU and "
            f"burns, and he's working on his CNSC. He'll cover 7 South and SICU after "
            f"orientation. He's also a former line cook, so Chef, be warned.\n\n"
            f"Orientation plan:\n  Week 1 - shadow Priya (ICU), EHR and TrayTrack training\n"
            f"  Week 2 - shadow Jorge (outpatient) + Hannah (6N)\n  Week 3 - own caseload with "
            f"check-ins\n\nHis extension will be x4129. Stop by and say hi!\n\n{CLIN_MGR.sig()}")
    m = make_msg(CLIN_MGR, f"FNS All Staff <fns-all@{DOM}>", "Welcome Oscar Bertrand, RDN!", body, date=d,
                 html=True)
    emit("clean", "staff", m)


# ============================================================================
# CLEAN / training
# ============================================================================
def train_1():
    d = rand_date(hour_lo=9, hour_hi=14)
    ticket = ("+----------------------------------------------+\n"
              "| ABMC  LUNCH   5W-99   TRAINING - NOT A PT    |\n"
              "| TEST, PATIENT ONE        MRN 000000001       |\n"
              "| DIET: CONS CARB 60G / CARDIAC 2G NA          |\n"
              "| TEXTURE: IDDSI 6 SOFT & BITE-SIZED           |\n"
              "| LIQUIDS: IDDSI 2 MILDLY THICK                |\n"
              "| ** ALLERGY: PEANUT, SHELLFISH **             |\n"
              "| RELIGIOUS: NONE     SUPPL: SHAKE BID         |\n"
              "| NOTE: OPEN ALL PACKAGES                      |\n"
              "+----------------------------------------------+")
    body = (f"Hi new hires,\n\nFor Thursday's trayline training, please study the sample ticket "
            f"below (fictitious patient from the TrayTrack training environment). You'll be "
            f"asked to find the 4 errors on a practice tray that was built from this ticket.\n\n"
            f"{ticket}\n\nThings to notice:\n 1. Allergy line is always in asterisks - check it "
            f"FIRST, before anything goes on the tray.\n 2. Liquid consistency applies to soup "
            f"and ice cream too (they melt to thin!).\n 3. Cardiac 2g Na means no salt packet.\n\n"
            f"See you at 1:30 in the kitchen classroom.\n\n{DTR.sig()}")
    m = make_msg(DTR, f"FNS New Hires <fns-newhires@{DOM}>", "Trayline training - sample ticket", body, date=d)
    emit("clean", "training", m)


def train_2():
    d = rand_date(hour_lo=8, hour_hi=12)
    case = ["**Dietetic Internship - Case Study 4 (de-identified / composite)**", "",
            "A 67-year-old man is admitted with a lower-extremity wound. He lives alone and reports "
            "eating one meal a day for the past two months. Usual body weight 82 kg; current weight "
            "71 kg; height 178 cm. Labs: albumin 2.9 g/dL, CRP elevated, HbA1c 7.8%.",
            "He is on a consistent carbohydrate diet and eats about 30% of meals. He dislikes the "
            "supplement offered.", "",
            "**Questions**",
            "1. Calculate % weight change and classify it using ASPEN/AND criteria.",
            "2. Which nutrition-focused physical exam findings would you look for?",
            "3. Estimate energy and protein needs. Show your method.",
            "4. Write a PES statement.",
            "5. If intake does not improve in 5 days, what would you recommend and why?", "",
            "This case is a composite for teaching. It does not describe a real patient."]
    body = (f"Interns,\n\nCase study 4 is attached for next Tuesday's seminar. Come prepared to "
            f"present your PES statement and your estimated needs - we'll compare methods "
            f"(Mifflin x stress vs kcal/kg).\n\n{RD1.sig()}")
    m = make_msg(RD1, f"Dietetic Interns <dieteticinterns@{DOM}>", "Case study 4 for Tuesday", body, date=d)
    attach(m, docx(case), "Case_Study_4_deidentified.docx", DOCX_MIME)
    emit("clean", "training", m)


def train_3():
    d = rand_date(hour_lo=9, hour_hi=15)
    body = (f"IDDSI refresher quiz - all patient services staff (due Friday)\n\n"
            f"1. Which IDDSI level is 'Minced & Moist'?\n   a) 4  b) 5  c) 6  d) 7\n"
            f"2. A patient on Mildly Thick (Level 2) liquids asks for ice cream. What do you do?\n"
            f"3. The fork pressure test is used to check which levels?\n"
            f"4. True/False: Level 6 Soft & Bite-Sized pieces should be no bigger than 1.5 cm for adults.\n"
            f"5. Name two foods that are never allowed on Level 4 Pureed trays.\n\n"
            f"ANSWER KEY (supervisors only - delete before forwarding!)\n"
            f"1 b; 2 offer thickened alternative, ice cream melts to thin; 3 Levels 4-7; "
            f"4 True; 5 e.g. rice, bread, mixed consistency soups, nuts\n\n"
            f"Scores go into the learning system. Pass = 80%.\n\n{MGR_PS.sig(short=True)}")
    m = make_msg(MGR_PS, f"FNS Supervisors <fns-supervisors@{DOM}>", "IDDSI quiz + key", body, date=d)
    emit("clean", "training", m)


def train_4():
    an = Person(title="Clinical Applications Analyst", dept="IS - Clinical Applications")
    d = rand_date(hour_lo=9, hour_hi=16)
    rows = [["Step", "Test patient (TST env)", "Action in Epic TST", "Expected in TrayTrack TST", "Pass/Fail", "Tester"],
            ["1", "ZZTEST, ALPHA  MRN TST0000101", "Admit to 5W-99", "Pt appears on 5W census", "", ""],
            ["2", "ZZTEST, ALPHA", "Order CCHO 60 + IDDSI 6", "Diet codes CCHO60 + IDDSI6", "", ""],
            ["3", "ZZTEST, BRAVO  MRN TST0000102", "Add allergy SESAME after print cutoff", "Ticket flagged REPRINT", "", ""],
            ["4", "ZZTEST, BRAVO", "Transfer 5W-99 -> 6N-99", "Location updates <2 min", "", ""],
            ["5", "ZZTEST, CHARLIE  MRN TST0000103", "Order NPO then clear liquids", "NPO cleared, CLR active", "", ""],
            ["6", "ZZTEST, CHARLIE", "Discharge", "Pt removed, pending orders cancelled", "", ""]]
    body = (f"Hi Shauna and Alicia,\n\nAttached is the integrated test script for the v8.4 "
            f"upgrade. All patients are ZZTEST records in the TST environments only - please "
            f"don't use real names in comments. Testing window is Tues-Wed next week; we need "
            f"sign-off by Thursday noon for go/no-go.\n\n{an.sig()}")
    m = make_msg(an, [DTR, CALL], "TrayTrack 8.4 - integrated test script", body, date=d)
    attach(m, xlsx(rows, "IT script"), "TrayTrack_v84_Integrated_Test_Script.xlsx", XLSX_MIME)
    emit("clean", "training", m)


def train_5():
    d = rand_date(hour_lo=9, hour_hi=15)
    body = (f"Call center role-play for Wednesday's huddle (all names are made up):\n\n"
            f"SCENARIO A\n"
            f"Caller: \"Hi, this is Pat Sample in room 999, I'd like the pad thai and an iced "
            f"tea.\" Screen shows ALLERGY: PEANUT.\n"
            f"  -> What do you say? (Answer: the pad thai contains peanuts; offer the teriyaki "
            f"chicken bowl or the veggie stir fry made without peanut sauce; never say \"I'll "
            f"just leave the peanuts off\")\n\n"
            f"SCENARIO B\n"
            f"Caller is a family member ordering for \"Grandpa Fictional\", who is on Full "
            f"Liquids. They want a grilled cheese.\n"
            f"  -> Offer cream soup, pudding, shake; explain the doctor's order politely; offer "
            f"to have the nurse call them.\n\n"
            f"SCENARIO C\n"
            f"Caller says they have a \"gluten allergy\" but nothing is in the system.\n"
            f"  -> Take the order gluten-free, then message the diet office so an RD can verify "
            f"and nursing can update the allergy list.\n\n"
            f"Alicia")
    m = make_msg(CALL, f"Room Service Call Center <roomservice@{DOM}>", "Huddle role-play - allergies",
                 body, date=d)
    emit("clean", "training", m)


def train_6():
    d = rand_date(hour_lo=9, hour_hi=15)
    lines = ["CALORIE COUNT COMPETENCY - PRACTICE SHEET (SAMPLE DATA, NOT A PATIENT)", "",
             "Sample patient: 'Jane Practice'   Room: TRAINING   Day 1 of 3", "",
             "Breakfast: oatmeal 1 cup (100%)  150 kcal 5 g pro",
             "           scrambled egg 1/2 cup (50%)  ___ kcal ___ g pro",
             "           whole milk 8 oz (25%)  ___ kcal ___ g pro",
             "Lunch:     turkey sandwich (75%)  ___ kcal ___ g pro",
             "           tomato soup 6 oz (100%)  ___ kcal ___ g pro",
             "Dinner:    baked chicken 3 oz (50%)  ___ kcal ___ g pro",
             "           mashed potato 1/2 cup (0%)",
             "Snacks:    protein shake 8 oz (100%)  350 kcal 20 g pro", "",
             "Total the day and compare with estimated needs of 1800 kcal / 80 g protein.",
             "Answer key is with your preceptor."]
    body = (f"Diet techs,\n\nPractice sheet for the annual calorie count competency is attached "
            f"(PDF). Use the food composition binder, not the internet. Bring your completed "
            f"sheet to your check-off with Shauna.\n\n{CLIN_MGR.sig()}")
    m = make_msg(CLIN_MGR, f"Diet Techs <diettechs@{DOM}>", "Calorie count competency - practice sheet",
                 body, date=d)
    attach(m, pdf(lines, "Calorie count practice"), "CalorieCount_Practice.pdf", "application/pdf")
    emit("clean", "training", m)


# ============================================================================
# main
# ============================================================================
EXPECTED = {
    ("phi", "care"): 8, ("phi", "ids"): 8, ("phi", "lang"): 8, ("phi", "lists"): 7,
    ("phi", "names"): 8, ("phi", "self"): 7, ("phi", "struct"): 7,
    ("clean", "admin"): 7, ("clean", "lookalike"): 7, ("clean", "news"): 6,
    ("clean", "staff"): 7, ("clean", "training"): 6,
}

BUILDERS = [
    care_1, care_2, care_3, care_4, care_5, care_6, care_7, care_8,
    ids_1, ids_2, ids_3, ids_4, ids_5, ids_6, ids_7, ids_8,
    lang_1, lang_2, lang_3, lang_4, lang_5, lang_6, lang_7, lang_8,
    lists_1, lists_2, lists_3, lists_4, lists_5, lists_6, lists_7,
    names_1, names_2, names_3, names_4, names_5, names_6, names_7, names_8,
    self_1, self_2, self_3, self_4, self_5, self_6, self_7,
    struct_1, struct_2, struct_3, struct_4, struct_5, struct_6, struct_7,
    admin_1, admin_2, admin_3, admin_4, admin_5, admin_6, admin_7,
    look_1, look_2, look_3, look_4, look_5, look_6, look_7,
    news_1, news_2, news_3, news_4, news_5, news_6,
    staff_1, staff_2, staff_3, staff_4, staff_5, staff_6, staff_7,
    train_1, train_2, train_3, train_4, train_5, train_6,
]


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(outdir, exist_ok=True)
    for b in BUILDERS:
        b()
    counters, rows = {}, []
    for label, kind, msg, patient in OUT:
        counters[(label, kind)] = counters.get((label, kind), 0) + 1
        fname = f"{label}-{kind}-{counters[(label, kind)]:03d}.eml"
        with open(os.path.join(outdir, fname), "wb") as fh:
            fh.write(msg.as_bytes(policy=policy.SMTP))
        rows.append([fname, label, kind, patient])
    with open(os.path.join(outdir, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    assert counters == EXPECTED, counters
    for (label, kind), n in sorted(counters.items()):
        print(f"{label}-{kind}: {n}")
    print(f"total: {sum(counters.values())}")


if __name__ == "__main__":
    main()
