#!/usr/bin/env python3
"""Blind evaluation mail set: a hospital bariatric surgery programme.

Everything here is invented (people, numbers, organisations, domains).
Usage: python3 gen.py OUTDIR
Standard library only; deterministic for a given SEED.
"""
import sys, os, io, csv, json, random, struct, zlib, zipfile, datetime
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

SEED = 11101
random.seed(SEED)

# ---------------------------------------------------------------- organisation
HOSP = "Harrow Creek Memorial Hospital"
PROG = "Harrow Creek Center for Bariatric & Metabolic Surgery"
PROG_SHORT = "HCMH Bariatric Center"
D = "harrowcreekhealth.org"
ADDR1 = "2250 Tolliver Road, Pavilion B, Suite 410"
ADDR2 = "Wexbridge, OH 43590"
MAIN_PH = "(419) 555-0172"
MAIN_FAX = "(419) 555-0179"

DISCLAIMER = (
    "CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the\n"
    "intended recipient(s) and may contain confidential and privileged information. Any\n"
    "unauthorized review, use, disclosure or distribution is prohibited. If you are not the\n"
    "intended recipient, please contact the sender by reply e-mail and destroy all copies of\n"
    "the original message. Harrow Creek Memorial Hospital, Wexbridge, Ohio.")

DISCLAIMER_SHORT = (
    "This message is intended only for the addressee and may contain information that is\n"
    "confidential. If you received it in error please notify the sender and delete it.")

EXTERNAL_BANNER = ("[EXTERNAL EMAIL] This message originated outside Harrow Creek. Do not click "
                   "links or open attachments unless you recognize the sender.\n\n")


class Staff:
    def __init__(self, first, last, cred, title, user, phone, dept=PROG, dom=D):
        self.first, self.last, self.cred, self.title = first, last, cred, title
        self.email = f"{user}@{dom}"
        self.phone, self.dept = phone, dept

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def addr(self):
        return f"{self.first} {self.last} <{self.email}>"

    @property
    def addr_lf(self):  # Outlook style "Last, First"
        return f'"{self.last}, {self.first}" <{self.email}>'

    def sig(self, style=0):
        nm = self.full + (f", {self.cred}" if self.cred else "")
        if style == 1:
            return f"{self.first}\n"
        if style == 2:
            return f"-- \n{nm}\n{self.title}\n{self.phone}\n"
        lines = [nm, self.title, self.dept, f"{ADDR1} | {ADDR2}",
                 f"P {self.phone} | F {MAIN_FAX}"]
        if style == 3:
            lines = [nm, self.title, HOSP, f"Direct {self.phone}"]
        return "\n".join(lines) + "\n"


ST = {
    "kazemi": Staff("Reza", "Kazemi", "MD, FACS, FASMBS", "Medical Director, Bariatric Surgery", "rkazemi", "(419) 555-0181"),
    "solberg": Staff("Ingrid", "Solberg", "MD, FACS", "Bariatric & Foregut Surgeon", "isolberg", "(419) 555-0183"),
    "oduya": Staff("Femi", "Oduya", "MD", "Bariatric Surgeon", "foduya", "(419) 555-0184"),
    "dana": Staff("Dana", "Whitcombe", "RN, BSN, CBN", "Bariatric Nurse Navigator", "dwhitcombe", "(419) 555-0174"),
    "luis": Staff("Luis", "Arredondo", "", "Bariatric Program Coordinator", "larredondo", "(419) 555-0173"),
    "kerri": Staff("Kerri-Ann", "Boateng", "MS, RD, LD", "Bariatric Dietitian", "kboateng", "(419) 555-0176"),
    "helen": Staff("Helen", "Forsythe", "PsyD", "Health Psychologist", "hforsythe", "(419) 555-0177"),
    "marcus": Staff("Marcus", "Tibbetts", "", "Prior Authorization Specialist", "mtibbetts", "(419) 555-0178"),
    "joy": Staff("Joy", "Okafor", "MSN, APRN, FNP-C", "Nurse Practitioner, Bariatric Surgery", "jokafor", "(419) 555-0185"),
    "beth": Staff("Beth", "Lindqvist", "MHA", "Program Manager, Bariatric & Metabolic Surgery", "blindqvist", "(419) 555-0171"),
    "carmen": Staff("Carmen", "Ibarra", "", "Patient Access Representative", "cibarra", "(419) 555-0170"),
    "sunny": Staff("Sunny", "Pham", "CMA", "Medical Assistant", "spham", "(419) 555-0186"),
    "rafael": Staff("Rafael", "Medeiros", "MS, ACSM-EP", "Exercise Physiologist", "rmedeiros", "(419) 555-0187"),
    "nadia": Staff("Nadia", "Haddad", "LCSW", "Clinical Social Worker", "nhaddad", "(419) 555-0188"),
    "tess": Staff("Tess", "Garroway", "RN", "Charge Nurse, Main OR", "tgarroway", "(419) 555-2240", dept="Perioperative Services"),
    "owen": Staff("Owen", "Brandt", "", "Patient Financial Services Lead", "obrandt", "(419) 555-2310", dept="Revenue Cycle"),
    "priyanka": Staff("Priyanka", "Deshmukh", "", "Clinical Informatics Analyst II", "pdeshmukh", "(419) 555-2412", dept="Information Services"),
    "gwen": Staff("Gwen", "Albright", "MSN, RN-BC", "Clinical Nurse Educator", "galbright", "(419) 555-2290", dept="Nursing Professional Development"),
    "hollis": Staff("Hollis", "Yeager", "", "Supply Chain Coordinator, Periop", "hyeager", "(419) 555-2255", dept="Supply Chain"),
    "lorraine": Staff("Lorraine", "Petit", "RN", "MBSAQIP Metabolic & Bariatric Clinical Reviewer", "lpetit", "(419) 555-0189"),
    "dev": Staff("Dev", "Malhotra", "", "Integration Engineer", "dmalhotra", "(419) 555-2418", dept="Information Services - Interfaces"),
    "maureen": Staff("Maureen", "Kiley", "RN", "Nurse Manager, 4 West Surgical", "mkiley", "(419) 555-2330", dept="4 West Surgical Unit"),
    "yusuf": Staff("Yusuf", "Barre", "", "Interpreter Services Coordinator", "ybarre", "(419) 555-2150", dept="Language Access Services"),
    "shawna": Staff("Shawna", "Reedy", "", "HR Business Partner", "sreedy", "(419) 555-2005", dept="Human Resources"),
}

# ---------------------------------------------------------------- people
F_FIRST = ["Denise", "Tamika", "Jennifer", "Rosa", "Krystal", "Angela", "Shonda", "Heather",
           "Brittany", "Lakisha", "Yolanda", "Crystal", "Amanda", "Stephanie", "Wanda", "Teresa",
           "Nicole", "Latoya", "Gloria", "Monique", "Carla", "Renee", "Tiffany", "Kimberly",
           "Dawn", "Sherri", "Jolene", "Melissa", "Tonya", "April", "Felicia", "Rochelle"]
M_FIRST = ["Michael", "Darnell", "Travis", "Kevin", "Robert", "Anthony", "Curtis", "Jamal",
           "Dale", "Brandon", "Ricky", "Terrence", "Gary", "Wayne", "Eduardo", "Dwayne", "Keith",
           "Shawn", "Roy", "Calvin", "Derek", "Lonnie", "Troy", "Vernon"]
LAST = ["Pruitt", "Delgado", "Okonkwo", "Brennan", "Stoltzfus",
        "McAllister", "Washington", "Gutierrez", "Yoder", "Fairbanks", "Pennington", "Abernathy",
        "Ruiz", "Szymanski", "Carrington", "Dubois", "Whitfield", "Crenshaw",
        "Lindgren", "Mahoney", "Petrakis", "Villanueva", "Hutchins", "Boudreaux", "Castellano",
        "Tillman", "Greer", "Haddix", "Morrow", "Quintero", "Sandoval", "Rourke", "Vance",
        "Jablonski", "Embry", "Fenwick", "Hostetler", "Ingram", "Kingsley", "Lusk",
        "Merriweather", "Noonan", "Oyelaran", "Pickett", "Rasmussen", "Satterfield", "Toomey"]
STREETS = ["Birchwood Ln", "Old Mill Rd", "Kestrel Ct", "W. Harmon St", "Orchard Ridge Dr",
           "Carver Ave", "Summit Hill Rd", "Lamplighter Way", "N. Foundry St", "Quarry Bend Rd",
           "Tamarack Dr", "Elm Hollow Ct", "S. Prospect Ave", "Wheeler Pike", "Canal St"]
TOWNS = [("Wexbridge", "OH", "43590"), ("Carrow Mills", "OH", "43567"),
         ("North Elsin", "OH", "43551"), ("Tolland Springs", "OH", "43609"),
         ("Bramwell", "OH", "43402"), ("Lake Dunmore", "MI", "49270")]
MAIL_DOMS = ["example.com", "example.net", "mail.example.org", "pinemail.net", "quickpost.net",
             "hearthmail.com", "inbox.example.com"]

_used = set()


class P:
    pass


def rdate(y0=1957, y1=2002):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 28).toordinal()
    return datetime.date.fromordinal(random.randint(start, end))


def phone():
    return f"({random.choice(['419','567','440','216','614'])}) {random.randint(220,989)}-{random.randint(1000,9999)}"


def person(sex=None, first=None, last=None):
    p = P()
    while True:
        p.sex = sex or random.choice("FFM")
        p.first = first or random.choice(F_FIRST if p.sex == "F" else M_FIRST)
        p.last = last or random.choice(LAST)
        if (p.first, p.last) not in _used or (first and last):
            _used.add((p.first, p.last))
            break
    p.full = f"{p.first} {p.last}"
    p.lf = f"{p.last}, {p.first}"
    p.dob = rdate()
    p.mrn = str(random.randint(10000000, 99999999))
    p.phone = phone()
    town = random.choice(TOWNS)
    p.street = f"{random.randint(104, 9870)} {random.choice(STREETS)}"
    p.city, p.state, p.zip = town
    p.email = random.choice([
        f"{p.first.lower()}.{p.last.lower()}{random.randint(2, 88)}@{random.choice(MAIL_DOMS)}",
        f"{p.first[0].lower()}{p.last.lower()}{random.randint(60, 99)}@{random.choice(MAIL_DOMS)}",
        f"{p.first.lower()}{p.last[0].lower()}{random.randint(1970, 2001)}@{random.choice(MAIL_DOMS)}"])
    p.acct = str(random.randint(70000000, 79999999))
    p.mr = "MR" + p.mrn  # how the EHR prints it
    return p


def dobs(d, style=0):
    if style == 1:
        return d.strftime("%Y-%m-%d")
    if style == 2:
        return d.strftime("%Y%m%d")
    return f"{d.month}/{d.day}/{d.year}"


def md(d):
    return f"{d.month}/{d.day}"


def longdate(d):
    return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y")


def member_id(prefix="SMH"):
    return prefix + "".join(random.choice("0123456789") for _ in range(9))


def medicaid_id():
    return "".join(random.choice("0123456789") for _ in range(12))


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    N = "0123456789"
    AN = L + N
    pat = [N[1:], L, AN, N, L, AN, N, L, L, N, N]
    return "".join(random.choice(x) for x in pat)


def ssn():
    return f"{random.randint(101, 665):03d}-{random.randint(10, 99):02d}-{random.randint(1000, 9999):04d}"


def claim_no():
    return "2" + "".join(random.choice("0123456789") for _ in range(13))


def hexid(n=16):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


# ---------------------------------------------------------------- dates
TZ_EDT = datetime.timezone(datetime.timedelta(hours=-4))
TZ_EST = datetime.timezone(datetime.timedelta(hours=-5))


def when(y=None, m=None, d=None, h=None, mi=None):
    y = y or random.choice([2024, 2024, 2025])
    if m is None:
        m = random.randint(1, 12) if y == 2024 else random.randint(1, 6)
    d = d or random.randint(1, 28)
    h = h if h is not None else random.choice([6, 7, 8, 8, 9, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 21])
    mi = mi if mi is not None else random.randint(0, 59)
    dt = datetime.datetime(y, m, d, h, mi, random.randint(0, 59))
    while dt.weekday() >= 5 and random.random() < 0.8:
        dt += datetime.timedelta(days=1)
    return dt.replace(tzinfo=_eastern(dt))


def _eastern(naive):
    """US Eastern offset: DST from 2nd Sunday of March to 1st Sunday of November."""
    y = naive.year
    mar = datetime.datetime(y, 3, 8)
    start = mar + datetime.timedelta(days=(6 - mar.weekday()) % 7, hours=2)
    nov = datetime.datetime(y, 11, 1)
    end = nov + datetime.timedelta(days=(6 - nov.weekday()) % 7, hours=2)
    return TZ_EDT if start <= naive < end else TZ_EST


def later(dt, minutes=None, hours=None, days=None):
    if minutes is None and hours is None and days is None:
        minutes = random.randint(7, 300)
    return dt + datetime.timedelta(minutes=minutes or 0, hours=hours or 0, days=days or 0)


def gmail_on(dt, who):
    h = dt.strftime("%I").lstrip("0")
    return f"On {dt.strftime('%a')}, {dt.strftime('%b')} {dt.day}, {dt.year} at {h}:{dt.strftime('%M %p')} {who} wrote:"


def outlook_hdr(frm, dt, to, subj, cc=None, dashes=True):
    h = dt.strftime("%I").lstrip("0")
    sent = f"{dt.strftime('%A, %B')} {dt.day}, {dt.year} {h}:{dt.strftime('%M %p')}"
    head = "-----Original Message-----\n" if dashes else "________________________________\n"
    s = f"{head}From: {frm}\nSent: {sent}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    s += f"Subject: {subj}\n"
    return s


def quote(text):
    return "\n".join(("> " + ln) if ln.strip() else ">" for ln in text.rstrip("\n").split("\n")) + "\n"


def mobile():
    return random.choice(["Sent from my iPhone", "Sent from my Galaxy", "Sent from Outlook for iOS",
                          "Sent from my iPad", "Get Outlook for Android", "Sent from my Verizon, Samsung Galaxy smartphone"])


# ---------------------------------------------------------------- attachments
def png_bytes(w=160, h=48, bg=(255, 255, 255), bar=None, border=None):
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            c = bg
            if bar and bar[0] <= y < bar[1]:
                c = bar[2]
            if border and (x < 2 or y < 2 or x >= w - 2 or y >= h - 2):
                c = border
            row += bytes(c)
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(t, data):
        return (struct.pack(">I", len(data)) + t + data +
                struct.pack(">I", zlib.crc32(t + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def logo_png():
    return png_bytes(180, 54, bg=(255, 255, 255), bar=(18, 36, (22, 96, 122)), border=(22, 96, 122))


def scan_png():
    return png_bytes(255, 330, bg=(250, 250, 246), border=(214, 214, 210))


def _zi(name):
    zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
    zi.compress_type = zipfile.ZIP_DEFLATED
    return zi


def _x(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def xlsx_bytes(rows, sheet="Sheet1"):
    def col(i):
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    sx = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{col(c)}{r}"
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{_x(v)}</t></is></c>')
        sx.append(f'<row r="{r}">' + "".join(cells) + "</row>")
    sx.append("</sheetData></worksheet>")
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<sheets><sheet name="{_x(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '</Relationships>',
        "xl/worksheets/sheet1.xml": "".join(sx),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for n, c in files.items():
            z.writestr(_zi(n), c)
    return buf.getvalue()


def docx_bytes(paragraphs):
    body = "".join(
        f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if p.startswith("**") else ""}'
        f'<w:t xml:space="preserve">{_x(p.strip("*"))}</w:t></w:r></w:p>' for p in paragraphs)
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>",
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for n, c in files.items():
            z.writestr(_zi(n), c)
    return buf.getvalue()


def pdf_bytes(lines, title="Document"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    y = 760
    ops = ["BT", "/F1 10 Tf", "12 TL", f"50 {y} Td"]
    for ln in lines:
        ops.append(f"({esc(ln.encode('latin-1', 'replace').decode('latin-1'))}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Title (" + esc(title).encode("latin-1") + b") /Producer (HCMH DocGen 2.1) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def ics_text(summary, start, minutes, location, desc, organizer, uid_dom=D):
    fmt = "%Y%m%dT%H%M%S"
    end = start + datetime.timedelta(minutes=minutes)
    stamp = start - datetime.timedelta(days=3)
    return ("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n"
            "VERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            f"UID:{hexid(24)}@{uid_dom}\r\nDTSTAMP:{stamp.strftime(fmt)}\r\n"
            f"DTSTART;TZID=America/New_York:{start.strftime(fmt)}\r\n"
            f"DTEND;TZID=America/New_York:{end.strftime(fmt)}\r\n"
            f"SUMMARY:{summary}\r\nLOCATION:{location}\r\n"
            f"DESCRIPTION:{desc}\r\nORGANIZER;CN={organizer.full}:mailto:{organizer.email}\r\n"
            "STATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


# ---------------------------------------------------------------- message assembly
def fa(a):
    """Quote a display name that contains a comma (e.g. credentials)."""
    if "<" in a:
        name, rest = a.rsplit("<", 1)
        name = name.strip()
        if "," in name and not name.startswith('"'):
            name = '"' + name + '"'
        return f"{name} <{rest}" if name else "<" + rest
    return a


def build(frm, to, subject, body, dt, cc=None, html=None, atts=(), headers=None, dom=None,
          reply=False):
    m = EmailMessage()
    m["From"] = fa(frm)
    m["To"] = fa(to) if isinstance(to, str) else ", ".join(fa(x) for x in to)
    if cc:
        m["Cc"] = fa(cc) if isinstance(cc, str) else ", ".join(fa(x) for x in cc)
    m["Subject"] = subject
    m["Date"] = format_datetime(dt)
    if dom is None:
        a = frm.split("<")[-1].rstrip(">")
        dom = a.split("@")[-1] if "@" in a else D
    m["Message-ID"] = f"<{hexid(12)}.{random.randint(100000, 999999)}@{dom}>"
    if reply:
        ref = f"<{hexid(12)}.{random.randint(100000, 999999)}@{D}>"
        m["In-Reply-To"] = ref
        m["References"] = ref
    for k, v in (headers or {}).items():
        m[k] = v
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    for a in atts:
        fname, data, mtype = a
        maintype, subtype = mtype.split("/")
        if isinstance(data, str) and maintype != "text":
            data = data.encode("utf-8")
        if isinstance(data, str):
            m.add_attachment(data, subtype=subtype, filename=fname)
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return m


def to_html(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + _x(p).replace("\n", "<br>\n") + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n' + "\n".join(out) +
            "\n</body></html>")


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

REG = []  # (label, kind, fn) ; fn() -> (EmailMessage, patient_name)


def reg(label, kind):
    def deco(fn):
        REG.append((label, kind, fn))
        return fn
    return deco


# =============================================================================
# PHI / care
# =============================================================================
@reg("phi", "care")
def care_ride():
    p = person("F")
    s, dana = ST["luis"], ST["dana"]
    dt = when(2024, 4)
    appt = (dt + datetime.timedelta(days=(3 - dt.weekday()) % 7 or 7)).date()
    trip = f"TR-{random.randint(400000, 499999)}"
    body = f"""Hi Renata,

Could you please set up a wide wheelchair van for one of our patients this week:

Patient: {p.full}
DOB: {dobs(p.dob)}
Pickup address: {p.street}, {p.city}, {p.state} {p.zip}
  (use the side door - ramp is to the left of the garage)
Phone: {p.phone} (her husband may pick up)
Appointment: Thursday {md(appt)} at 10:30 AM with Dr. Solberg
  Pavilion B, Suite 410 - drop off at the Pavilion B circle, not the main entrance
Return trip: after the visit, around 11:45

She needs the wide chair again, the standard one was too tight last time and the driver
had to call us. Ok to bill it to her Bridgewell ride benefit, the trip authorization is in
your portal under {trip}.

Thanks so much!

{s.sig()}
{DISCLAIMER}
"""
    m = build(s.addr, "Renata Quayle <dispatch@trinitywheels-transport.com>",
              f"Wide chair van - Thurs {md(appt)} 10:30 pickup", body, dt, cc=dana.addr)
    return m, p.full


@reg("phi", "care")
def care_handover():
    p = person("F")
    sunny, carmen = ST["sunny"], ST["carmen"]
    dt = when(2024, 10)
    c1 = (dt + datetime.timedelta(days=9)).date()
    c2 = (dt + datetime.timedelta(days=16)).date()
    orig = f"""Hey Carmen - I'm off tomorrow so a couple things if you don't mind

1) {p.first} {p.last} is coming by around 1 to pick up her sample bag (the vanilla + chocolate
shakes and the chewable multis). It's on the shelf behind check-in with a sticky note on it.

2) she needs her nutrition class moved from {md(c1)} to {md(c2)}, she picked up a shift.
The {md(c2)} evening one still had 3 open seats this morning

3) call her back about her weigh-in - she asked if she can do it at the Carrow Mills office
instead since it's closer to her work. cell {p.phone}, ok to leave a msg

ty!! owe you a coffee
sunny
"""
    dt2 = later(dt, minutes=42)
    body = f"""got it, I'll take care of all 3. the 2nd shelf or the top one?

Carmen Ibarra
Patient Access | {PROG_SHORT}
{ST['carmen'].phone}

{outlook_hdr(sunny.addr_lf, dt, carmen.addr_lf, "tmrw - coverage")}
{orig}"""
    m = build(carmen.addr, sunny.addr, "RE: tmrw - coverage", body, dt2, reply=True)
    return m, p.full


@reg("phi", "care")
def care_daughter():
    p = person("M")
    dana = ST["dana"]
    dt = when(2025, 2)
    dau = random.choice(["Alicia", "Brianna", "Kayla", "Jessica"])
    dmail = f"{dau.lower()}.{p.last.lower()}@{random.choice(MAIL_DOMS)}"
    home = (dt - datetime.timedelta(days=2)).date()
    fu = (dt + datetime.timedelta(days=10)).date()
    orig = f"""Hi Dana,

This is {dau}, {p.first} {p.last}'s daughter, we met at his class back in December. He came home
{home.strftime('%A')} afternoon and I'm staying with him this week. I'm a little worried. He is
barely getting his fluids in, maybe 2 or 3 of the little medicine cups an hour and then he says
he's full. He's been sleeping most of the day and he didn't want to do his walks today at all.
He says his stomach feels "tight" but not really painful.

Should I be bringing him in or is this normal the first few days? He has his appointment with
Joy on the {fu.day}th. I don't want to overreact but he won't call anybody himself lol

His cell is {p.phone} if you need to reach him, or mine is {phone()}.

Thank you,
{dau}
"""
    dt2 = later(dt, minutes=35)
    body = f"""Hi {dau},

Thank you for reaching out, you're not overreacting at all. I just called your dad's cell and
left a message, and I'll try you next. A few things for today:

- He should be aiming for at least 48 oz of fluid a day, slow sips all day long. Setting a timer
  every 15 minutes helps a lot of people.
- Short walks every hour or two while he's awake, even just to the kitchen and back.
- If he can't keep fluids down, has a fever over 101, a fast heartbeat, or you have trouble
  waking him, please don't wait for a call back - take him to the Emergency Department and
  tell them he had surgery here on {md(home - datetime.timedelta(days=1))}.

Joy has an opening tomorrow at 2:15 if we want to see him sooner than the {fu.day}th, I'll hold it
for him until I hear from you.

Dana

{dana.sig(3)}
{gmail_on(dt, f'{dau} {p.last} <{dmail}>')}
{quote(orig)}"""
    m = build(dana.addr, f"{dau} {p.last} <{dmail}>", "Re: my dad - home since " + home.strftime('%A'),
              body, dt2, reply=True)
    return m, p.full


@reg("phi", "care")
def care_refill():
    p = person("M")
    sunny = ST["sunny"]
    dt = when(2024, 7, h=9)
    body = f"""Good morning pharmacy team,

Please fill the following for pickup today after 2:00 - Dr. Oduya signed the orders in Epic at 8:40.

{p.lf}   DOB {dobs(p.dob)}   MRN {p.mrn}
  - omeprazole 40 mg cap, 1 daily, #90, RF x1
  - ursodiol 300 mg tab, 1 twice daily, #60, RF x5
  - ondansetron ODT 4 mg, 1 q8h prn, #12

He'll buy the chewable multivitamin and calcium citrate OTC. He asked whether the manufacturer
copay card still works for the urso now that he's switched to his wife's plan - can you check
when you run it? His wife will be the one picking up (Angie).

Thanks,
Sunny

Sunny Pham, CMA
Medical Assistant | {PROG}
{sunny.phone}
"""
    dt2 = later(dt, minutes=58)
    reply = f"""Hi Sunny - received, all 3 are in process. The urso card is not valid with the new plan
(it's a Medicaid-adjacent product, card excluded) so his copay is $14.80, ondansetron $3.00,
omeprazole $0. Will text the wife when ready.

Lynette T., CPhT
Harrow Creek Outpatient Pharmacy | ext 4471

{outlook_hdr(sunny.addr_lf, dt, "HCMH Outpatient Pharmacy", "refills for pickup 2pm", dashes=False)}
{body}"""
    m = build(f"HCMH Outpatient Pharmacy <outpatientrx@{D}>", sunny.addr, "RE: refills for pickup 2pm",
              reply, dt2, reply=True)
    return m, p.full


@reg("phi", "care")
def care_sched_ics():
    p = person("F")
    carmen, dana = ST["carmen"], ST["dana"]
    dt = when(2024, 8, d=27, h=15)
    appt = datetime.datetime(2024, 9, 12, 9, 40)
    body = f"""Dana,

Dr. K's 9/5 afternoon clinic got cancelled (he's at the ASMBS thing) so I moved {p.first} {p.last}
(MRN {p.mrn}) to his 9/12 9:40 slot. I called her and she is ok with it, she confirmed her ride.

She still needs her pre-op labs drawn before that - the order is pended, can you release it to
the Carrow Mills draw station? She said she'd go Saturday morning. Also she never got the
liquid diet handout, I told her you'd mail it or she can grab one at the visit.

Calendar hold for the consult room attached.

Thanks,
Carmen
"""
    ics = ics_text(f"Pre-op consult - {p.last}, {p.first} - Dr. Kazemi", appt, 40,
                   "Pavilion B Suite 410 - Exam 6",
                   f"Pre-op consult. Labs pending (CBC\\, CMP\\, A1c\\, lipids\\, TSH). MRN {p.mrn}",
                   carmen)
    m = build(carmen.addr, dana.addr, f"moved {p.last} to 9/12", body, dt,
              atts=[("PreOp_Consult_0912.ics", ics, "text/calendar")])
    return m, p.full


@reg("phi", "care")
def care_dme():
    p = person("M")
    dana = ST["dana"]
    dt = when(2024, 5)
    dd = (dt - datetime.timedelta(days=1)).date()
    tkt = f"HS-{random.randint(2024000, 2024999)}"
    frm = "Corinne Maddox <cmaddox@homestride-dme.com>"
    body = f"""{EXTERNAL_BANNER}Hi Dana,

Quick update on {p.first} {p.last}:

- Bariatric rolling walker (500 lb) and the wide shower chair were delivered yesterday
  ({md(dd)}) to {p.street}, {p.city}. Signed delivery ticket attached.
- Our RT has him on the schedule for a CPAP mask refit next Tuesday at 11. He said the full
  face mask leaks since he's lost weight, so we'll try a couple of sizes.
- He asked the driver about a raised toilet seat with arms. Happy to add it but we need a
  signed order - can you have Dr. Solberg or Joy sign one and fax it to (419) 555-0266?

Let me know if you need anything else for him.

Corinne Maddox
Intake & Care Coordination | HomeStride Medical Equipment
P (419) 555-0261 | F (419) 555-0266
"""
    pdf = pdf_bytes([
        "HomeStride Medical Equipment - DELIVERY TICKET",
        f"Ticket: {tkt}         Delivered: {dobs(dd)}",
        "",
        f"Customer: {p.lf.upper()}",
        f"Address:  {p.street}, {p.city}, {p.state} {p.zip}",
        f"Phone:    {p.phone}        DOB: {dobs(p.dob)}",
        "Ordering: SOLBERG, INGRID MD   /  Harrow Creek Bariatric",
        "",
        "QTY  ITEM                                   HCPCS   SERIAL",
        f"1    Rolling walker, heavy duty, 500 lb     E0149   RW5-{random.randint(10000,99999)}",
        f"1    Shower chair w/ back, bariatric        E0240   SC-{random.randint(1000,9999)}",
        "",
        "Equipment set up and instructions given to patient and spouse.",
        "Received by: ______________________   (signed on device)",
    ], title=f"Delivery {tkt}")
    m = build(frm, dana.addr, f"{p.last} - delivery done / CPAP refit / toilet seat?", body, dt,
              atts=[(f"DeliveryTicket_{tkt}.pdf", pdf, "application/pdf")])
    return m, p.full


@reg("phi", "care")
def care_missed():
    p = person("M")
    nadia, dana, joy = ST["nadia"], ST["dana"], ST["joy"]
    dt = when(2025, 3)
    body = f"""Dana, Joy -

Following up on {p.first} {p.last}, who has now missed his 3-month visit and the makeup on the
{random.randint(3, 20)}th. I finally reached his wife this morning. He has been working doubles at
the distribution center and they lost the second car, so he's had no way to get here during
clinic hours. She said he is "doing fine, eating small," but he hasn't been to any of the
support group meetings either.

What I did:
 - gave her the county transportation line and the Medicaid ride number
 - mailed a bus pass application to the house
 - told her we'd try to get him a video visit

Can we offer him a telehealth slot for the 6-month instead of in person? He'll still need the
labs - maybe he can go to the outreach draw site on Route 20 by his work on a Saturday. If someone can
put in standing orders I'll call him with the details.

Thanks,
Nadia

{nadia.sig()}"""
    m = build(nadia.addr, [dana.addr, joy.addr], f"{p.last} - missed f/u x2, transportation", body, dt)
    return m, p.full


@reg("phi", "care")
def care_addon():
    p = person("F")
    kz, tess = ST["kazemi"], ST["tess"]
    dt = when(2024, 11, h=21)
    body = f"""Tess - pls add {p.first} {p.last} to Fri as 2nd case after the sleeve. ~2.5 hrs. I'll put the
case request in tonight. Family is aware and she's already done her clears. Need the big bed.
-RK

{mobile()}
"""
    m = build(kz.addr, tess.addr, "add on fri", body, dt)
    return m, p.full


# =============================================================================
# PHI / ids
# =============================================================================
@reg("phi", "ids")
def ids_auth_approved():
    marcus, carmen = ST["marcus"], ST["carmen"]
    dt = when(2024, 5, h=10)
    mid = member_id("SMH")
    ref = f"UM24-{random.randint(1000000, 9999999)}"
    dob = rdate(1970, 1996)
    start = (dt + datetime.timedelta(days=14)).date()
    auto = f"""SUMMIT MUTUAL HEALTH - UTILIZATION MANAGEMENT
Authorization Determination Notice (provider copy)

Reference #:            {ref}
Member ID:              {mid}
Member DOB:             {dob.strftime('%m/%d/%Y')}
Group #:                00{random.randint(41000, 49999)}
Requesting provider:    KAZEMI, REZA MD   NPI 1{random.randint(100000000, 999999999)}
Servicing facility:     HARROW CREEK MEMORIAL HOSPITAL
Place of service:       21 - Inpatient hospital
Procedure:              43775  Laparoscopy, surgical, gastric restrictive procedure;
                        longitudinal gastrectomy (i.e., sleeve gastrectomy)
Diagnosis:              E66.01, Z68.41, G47.33, I10
Determination:          APPROVED
Approved units/days:    1 procedure / 1 inpatient day
Valid dates:            {start.strftime('%m/%d/%Y')} - {(start + datetime.timedelta(days=90)).strftime('%m/%d/%Y')}

Additional days require concurrent review. This determination is not a guarantee of payment;
benefits are subject to member eligibility on the date of service.

Please do not reply to this automated message. Provider Services: 1-800-555-0143.
"""
    dt0 = dt - datetime.timedelta(minutes=26)
    body = f"""Carmen - sleeve approved for this one (Dr. K's pt, the {dob.year} DOB on the pending list).
Go ahead and book, earliest they gave us is {md(start)}. Auth # is in the referral.

Marcus

---------- Forwarded message ---------
From: Summit Mutual UM <um-notify@summitmutualhealth.com>
Date: {format_datetime(dt0)}
Subject: Determination {ref}
To: <{marcus.email}>

{auto}"""
    m = build(marcus.addr, carmen.addr, f"FW: Determination {ref}", body, dt)
    return m, ""


@reg("phi", "ids")
def ids_denial():
    owen, marcus = ST["owen"], ST["marcus"]
    dt = when(2024, 6)
    cl = claim_no()
    mrn = str(random.randint(10000000, 99999999))
    sub = "CPI" + str(random.randint(100000000, 999999999))
    body = f"""Marcus,

Can you take a look at this one before I send it to appeals:

Claim #:        {cl}
MRN:            {mrn}
Payer:          Cardinal Plains Insurance
Subscriber ID:  {sub}-01
DOS:            03/14/2024
Billed:         $1,286.00
Denial:         CARC 197 - Precertification/authorization/notification absent
                RARC N54

Lines on the claim are 97802 x2 (the MNT visit) and 74240 (the UGI). The pt's initials on the
EOB are J.M. - I'm assuming that's the same one you had the peer-to-peer on in April? If we
have an auth number that covered the pre-op workup I can just send it as a corrected claim.

Thanks,
Owen

{owen.sig(3)}"""
    m = build(owen.addr, marcus.addr, f"denial CO-197 claim {cl[-6:]}", body, dt)
    return m, ""


@reg("phi", "ids")
def ids_account():
    luis = ST["luis"]
    dt = when(2025, 3, d=random.randint(4, 20))
    acct = str(random.randint(70000000, 79999999))
    rep = "Terrell Odom <todom@" + D + ">"
    orig_dt = dt - datetime.timedelta(hours=2)
    body = f"""Hi Terrell,

Yes - the self-pay sleeve package ($14,900) covers the surgeon fee, facility, anesthesia, the
first 90 days of follow-up and the pre-op nutrition/psych visits done here. The EGD on 2/8 was
done at the GI lab before she signed the package, so that one wouldn't be included. I can see
why she'd be confused though, the intake nurse mentioned "everything's included" at the
seminar. I'll ask Beth if we can make an exception for that one since it was a required
pre-op test.

Luis

{outlook_hdr(f'"Odom, Terrell" <todom@{D}>', orig_dt, ST['luis'].addr_lf, f'acct {acct} - self pay package question')}
Hi Luis,

The guarantor on acct {acct} called disputing a statement for $1,142.60 for her EGD on 2/8.
She says she was told the self-pay bariatric package covers all pre-op testing. The account
shows self-pay, no insurance on file, package flag added 2/19. Can you confirm what the package
includes? I put the account on a 30-day hold.

Thank you,
Terrell Odom
Customer Service Rep II | Patient Financial Services
(419) 555-2316
"""
    m = build(luis.addr, rep, f"RE: acct {acct} - self pay package question", body, dt,
              cc=ST["beth"].addr, reply=True)
    return m, ""


@reg("phi", "ids")
def ids_medicaid():
    marcus, nadia = ST["marcus"], ST["nadia"]
    dt = when(2024, 6, d=4)
    mid = medicaid_id()
    body = f"""Hi Nadia,

Heads up - Medicaid ID {mid} is showing TERMED 05/31/2024 in the Bridgewell portal. Looks like
the redetermination packet never got returned. Her sleeve is on the books for 6/18 and the
auth is tied to active eligibility on the DOS, so I've put the case on hold for now.

She told Carmen on the phone she "never got anything in the mail" - she moved in March, so
it probably went to the old address. Could you help her get the renewal in? If ODJFS
reinstates back to 6/1 we're fine and I won't need a new auth.

Her number is in the chart, she prefers texts after 3.

Thanks,
Marcus

Marcus Tibbetts
Prior Authorization Specialist
{PROG}
{marcus.phone}  |  fax {MAIN_FAX}
"""
    m = build(marcus.addr, nadia.addr, "eligibility termed before surgery date", body, dt,
              cc=ST["carmen"].addr)
    return m, ""


@reg("phi", "ids")
def ids_labs_mrn():
    joy, kerri = ST["joy"], ST["kerri"]
    dt = when(2024, 9)
    mrn = str(random.randint(10000000, 99999999))
    dob = rdate(1972, 1995)
    body = f"""Kerri-Ann,

MRN {mrn} (DOB {dobs(dob)}) - 6 month labs came back this morning:

  25-OH vit D    14 ng/mL   (L)
  B12            188 pg/mL  (L)
  ferritin       9 ng/mL    (L)
  Hgb            10.9 g/dL  (L)
  albumin        3.6

She admitted she stopped the chewables around month 3 because of the taste and she's not
getting much protein in past lunch. I started D3 50,000 IU weekly x 8 wks and B12 1000 mcg IM
monthly (first one given today), and I'm referring her for IV iron.

Can you get her in with you before her 1-year? She'd do a phone visit if that's easier.

Joy

{joy.sig(2)}"""
    m = build(joy.addr, kerri.addr, f"6 mo labs - {mrn}", body, dt)
    return m, ""


@reg("phi", "ids")
def ids_casemgmt():
    dana = ST["dana"]
    dt = when(2025, 4)
    case = f"CM-2025-{random.randint(10000, 99999)}"
    mid = "BCH" + str(random.randint(100000000, 999999999))
    dos = (dt - datetime.timedelta(days=random.randint(8, 20))).date()
    cmf = "Patricia Lowery, RN, CCM <plowery@bridgewellchp.org>"
    orig_dt = dt - datetime.timedelta(days=1, hours=3)
    orig = f"""Good afternoon,

RE: Case # {case}
Member ID: {mid}
Date of surgery: {dobs(dos)}

The above member has been enrolled in Bridgewell's post-bariatric care management program.
To complete the initial assessment I am requesting the following records:

  1. Operative report
  2. Discharge summary
  3. Most recent follow-up note and weight
  4. Vitamin/supplement regimen at discharge

Records may be faxed to (866) 555-0190, attn: Care Management, or uploaded to the provider
portal under the case number. Thank you for your help.

Patricia Lowery, RN, CCM
Care Manager | Bridgewell Community Health Plan
Direct (419) 555-0458
"""
    body = f"""Hi Patricia,

Op note and discharge summary for case {case} were faxed this morning (7 pages). Her first
post-op visit is next week, I'll send that note after. Discharge supplements were bariatric
multivitamin BID, calcium citrate 500 mg TID, B12 500 mcg SL daily.

Dana Whitcombe, RN, BSN, CBN
Bariatric Nurse Navigator

{outlook_hdr(cmf, orig_dt, dana.addr_lf, f'Records request - Case # {case}')}
{orig}"""
    m = build(dana.addr, cmf, f"RE: Records request - Case # {case}", body, dt, reply=True)
    return m, ""


@reg("phi", "ids")
def ids_records_request():
    p = person("F")
    helen = ST["helen"]
    dt = when(2024, 2)
    four = str(random.randint(1000, 9999))
    full_ssn = f"{random.randint(101,665)}-{random.randint(10,99)}-{four}"
    sender = "Records Dept <records@maplerowpsych.com>"
    evald = (dt - datetime.timedelta(days=random.randint(200, 400))).date()
    body = f"""{EXTERNAL_BANNER}To: Harrow Creek Bariatric - Behavioral Health

Re: request for records
Patient: {p.first[0]}. {p.last}
DOB: {dobs(p.dob)}
SSN: XXX-XX-{four}

Please forward a copy of the pre-surgical psychological evaluation completed at your program on
or about {evald.strftime('%B %Y')}, including any testing scores (MBMD / BHI or similar) and the
clearance letter. The patient has established care with our practice for post-surgical
counseling. A signed authorization for release is attached.

Records can be faxed to (419) 555-0333 or sent by secure email.

Thank you,
Maple Row Psychological Associates
Medical Records | (419) 555-0330
"""
    pdf = pdf_bytes([
        "AUTHORIZATION TO DISCLOSE HEALTH INFORMATION",
        "",
        f"Patient name: {p.full}",
        f"Date of birth: {dobs(p.dob)}        SSN: {full_ssn}",
        f"Address: {p.street}, {p.city}, {p.state} {p.zip}",
        "",
        "I authorize: Harrow Creek Memorial Hospital - Bariatric & Metabolic Surgery",
        "to release to: Maple Row Psychological Associates, 88 Quarry Bend Rd, Wexbridge OH",
        "",
        "Information: Psychological evaluation for bariatric surgery, test results,",
        "clearance letter, progress notes related to behavioral health.",
        "Purpose: continuity of care",
        "This authorization expires one year from the date signed.",
        "",
        f"Signature: /s/ {p.full}                Date: {dobs((dt - datetime.timedelta(days=3)).date())}",
    ], title="Release of Information")
    m = build(sender, helen.addr, f"Records request - DOB {dobs(p.dob)} - SSN xxx-xx-{four}", body, dt,
              atts=[("ROI_signed.pdf", pdf, "application/pdf")])
    return m, p.full


@reg("phi", "ids")
def ids_mbi():
    marcus, owen = ST["marcus"], ST["owen"]
    dt = when(2024, 3)
    m_id = mbi()
    hsa = "HSA" + str(random.randint(10000000, 99999999))
    dob = rdate(1952, 1959)
    body = f"""Owen,

Need a second pair of eyes. Beneficiary DOB {dobs(dob)}:

  - Traditional Medicare MBI {m_id} still shows Part A/B active in the HETS response
  - Heron Senior Advantage shows her enrolled effective 01/01/2024, member {hsa}

Her consult with Dr. Solberg was 2/20 and it went out to Medicare fee-for-service, which I'm
guessing is why it came back with the MA-enrollment rejection. Should it be re-billed to Heron
as primary? Also Heron requires their own bariatric pre-cert, so I'll start that now for the
sleeve - they want the 6 months of supervised diet notes, which she has.

Thx - Marcus
"""
    m = build(marcus.addr, owen.addr, "which payer - MA vs FFS for 2/20 consult", body, dt)
    return m, ""


# =============================================================================
# PHI / lang
# =============================================================================
@reg("phi", "lang")
def lang_es():
    luis = ST["luis"]
    dt = when(2024, 10, d=random.randint(3, 9))
    name = "María Guadalupe Herrera"
    pm = f"mgherrera{random.randint(70, 99)}@{random.choice(MAIL_DOMS)}"
    dob = rdate(1980, 1990)
    tel = phone()
    orig = f"""Buenas tardes Sr. Luis,

Le escribo para ver si me pueden cambiar la cita con la psicóloga (la Dra. Forsythe) del martes
15. Mi hijo tiene junta en la escuela ese día y no tengo con quién dejar a la niña. ¿Habrá algún
día la semana siguiente en la tarde?

También quería preguntarle si ya llegó la carta del seguro. En la clase de nutrición me dijeron
que Bridgewell se tarda como 30 días pero ya van casi dos meses. Ya bajé 12 libras con la dieta,
estoy en 268 y sigo haciendo mi diario de comida como me dijo Kerri.

Mi número es {tel} por si necesita llamarme, puede dejar mensaje.

Muchas gracias y que Dios lo bendiga,
{name}
Fecha de nacimiento {dobs(dob)}
"""
    dt2 = later(dt, hours=19)
    body = f"""Buenos días Sra. Herrera,

Con gusto. Le cambié la cita con la Dra. Forsythe al miércoles 23 de octubre a las 3:30 de la
tarde, en el mismo consultorio (Pabellón B, suite 410). Si ese horario no le funciona,
avíseme.

Sobre el seguro: Marcus mandó la solicitud el 28 de agosto, pero Bridgewell pidió las notas de
la psicóloga antes de decidir, por eso todavía no hay respuesta. En cuanto tengamos la
evaluación completa la enviamos el mismo día.

¡Felicidades por las 12 libras! Siga así.

Saludos,
Luis Arredondo
Coordinador del Programa Bariátrico
{PROG}
{luis.phone}

El {dt.day} oct {dt.year}, a las {dt.strftime('%H:%M')}, {name} <{pm}> escribió:
{quote(orig)}"""
    m = build(luis.addr, f"{name} <{pm}>", "RE: cambio de cita psicologa", body, dt2, reply=True)
    return m, name


@reg("phi", "lang")
def lang_vi():
    sunny = ST["sunny"]
    dt = when(2025, 4, d=random.randint(2, 9))
    name = "Trần Thị Thu Hà"
    pm = f"thuha.tran{random.randint(80, 99)}@{random.choice(MAIL_DOMS)}"
    tel = phone()
    orig = f"""Chào chị Sunny,

Em là Trần Thị Thu Hà, bệnh nhân của bác sĩ Solberg, em mổ cắt dạ dày (sleeve) ngày 12/3.
Em muốn hỏi chị mấy chuyện:

1. Thuốc vitamin nhai em uống mỗi ngày 2 viên đúng không chị? Em quên mất lời dặn của cô dinh dưỡng.
2. Canxi thì uống chung với vitamin được không, hay phải cách ra?
3. Mấy hôm nay em bị rụng tóc nhiều quá, có sao không chị?

Em cũng muốn dời cái hẹn tái khám ngày 24/4 qua buổi chiều vì em đi làm buổi sáng.

Cám ơn chị nhiều.
Thu Hà
SĐT: {tel}
"""
    dt2 = later(dt, hours=3)
    body = f"""Chào em Thu Hà,

Chị trả lời từng câu nhé:

1. Đúng rồi, vitamin nhai 2 viên mỗi ngày, sáng 1 viên tối 1 viên.
2. Canxi citrate em uống cách vitamin ít nhất 2 tiếng, vì trong vitamin có sắt, uống chung
   sẽ khó hấp thu. Mỗi ngày 3 lần, mỗi lần 500mg.
3. Rụng tóc khoảng tháng thứ 3 đến tháng thứ 6 sau mổ là thường gặp, nhưng em phải ăn đủ
   đạm (60-80 gram mỗi ngày). Chị đã nhắn cô Kerri-Ann gọi cho em tuần này.

Chị đã dời hẹn của em qua ngày 24/4 lúc 2 giờ 30 chiều với NP Joy Okafor. Nhớ đi xét nghiệm máu
trước hẹn 1 tuần nha em.

Chị Sunny

Sunny Pham, CMA
{PROG}
{sunny.phone}

{gmail_on(dt, f'{name} <{pm}>')}
{quote(orig)}"""
    m = build(sunny.addr, f"{name} <{pm}>", "Re: hỏi về vitamin và hẹn tái khám", body, dt2, reply=True)
    return m, name


@reg("phi", "lang")
def lang_pt():
    raf = ST["rafael"]
    dt = when(2024, 8)
    name = "Luciana Ferreira"
    pm = f"lu.ferreira{random.randint(10, 99)}@{random.choice(MAIL_DOMS)}"
    body = f"""Oi Rafael, tudo bem?

Aqui é a Luciana Ferreira, fiz o bypass com o Dr. Oduya faz 5 semanas (dia {random.randint(2, 12)} de julho).
Você falou no grupo de apoio que depois de 6 semanas eu poderia voltar pra academia, mas queria
confirmar com você antes. Estou caminhando 40 minutos todo dia sem problema, mas ainda sinto
um repuxar no corte do lado esquerdo quando levanto a minha filha (ela tem 3 anos, uns 15 kg).

Posso voltar a fazer musculação leve? E abdominal, quando posso? Minha academia tem aula de
bike (spinning), isso pode?

Ah, e na última consulta eu estava com 112 kg, hoje a balança de casa marcou 106.

Obrigada!!
Lu
{mobile()}
"""
    dt2 = later(dt, hours=5)
    reply = f"""Oi Lu, tudo ótimo e parabéns pelos 6 kg!

Pode começar musculação leve a partir da 6ª semana, sim: pesos leves, mais repetições, nada
acima de uns 7-8 kg nas primeiras semanas. Spinning pode, começando com carga baixa. Abdominal
(prancha, crunch) só depois da consulta de 3 meses, e só se o Dr. Oduya liberar.

Esse repuxar no corte quando você levanta a sua filha: evite levantá-la do chão por mais umas
2 semanas. Se ficar vermelho, inchado, ou se aparecer um caroço, me avisa ou liga pra
enfermeira Dana no {ST['dana'].phone}.

Te vejo no grupo de quinta!

Rafael Medeiros, MS, ACSM-EP
Fisiologista do Exercício | {PROG}

{gmail_on(dt, f'{name} <{pm}>')}
{quote(body)}"""
    m = build(raf.addr, f"{name} <{pm}>", "Re: academia depois da cirurgia", reply, dt2, reply=True)
    return m, name


@reg("phi", "lang")
def lang_ht():
    yusuf, marcus = ST["yusuf"], ST["marcus"]
    dt = when(2024, 12)
    name = "Jean-Robert Desrosiers"
    pm = f"jrdesrosiers@{random.choice(MAIL_DOMS)}"
    mid = "CPI" + str(random.randint(100000000, 999999999))
    orig_dt = dt - datetime.timedelta(days=1, hours=2)
    orig = f"""Bonjou,

Mwen rele {name}. Mwen resevwa yon lèt nan men asirans mwen (Cardinal Plains) ki di yo refize
operasyon an. Mwen pa konprann poukisa, mwen te fè tout klas nitrisyon yo, mwen te wè sikològ
la, epi mwen te pèdi 18 liv. Lèt la di yon bagay sou "6 mwa dyèt sipèvize" men mwen te vin
chak mwa depi mas.

Èske ou ka ede m? Nimewo manm mwen se {mid}. Dat nesans mwen se 14 jen 1979.
Mwen travay lannwit, pito rele m apre 2è di swa nan {phone()}.

Mèsi anpil,
Jean-Robert
"""
    body = f"""Marcus,

Patient wrote in Haitian Creole to the language access mailbox. Quick summary: he received a
denial letter from Cardinal Plains for the surgery, doesn't understand why - says he completed
all the nutrition classes, saw the psychologist, lost 18 lb. The letter mentions "6 months of
supervised diet" but he says he has come monthly since March. Member ID and DOB are in his
note below. Prefers calls after 2 pm (works nights). I can get Wislande on the line for a
3-way call whenever you're ready.

Yusuf

---------- Forwarded message ---------
From: {name} <{pm}>
Date: {format_datetime(orig_dt)}
Subject: lèt asirans la
To: Language Access <languageaccess@{D}>

{orig}"""
    m = build(yusuf.addr, marcus.addr, "FW: lèt asirans la (Kreyòl - denial letter)", body, dt)
    return m, name


@reg("phi", "lang")
def lang_ar():
    yusuf, kerri = ST["yusuf"], ST["kerri"]
    dt = when(2025, 2)
    name = "سعاد الحسيني"
    pm = f"ahmad.alhusseini{random.randint(1, 99)}@{random.choice(MAIL_DOMS)}"
    tel = phone()
    orig = f"""السلام عليكم،

أنا أحمد، ابن السيدة سعاد الحسيني (تاريخ الميلاد 22/04/1968). والدتي مسجلة في حصة التغذية يوم
الخميس القادم الساعة الخامسة مساءً، وهي آخر حصة قبل عملية تكميم المعدة مع الدكتور كاظمي.

هي لا تتكلم الإنجليزية جيداً، فهل يمكن توفير مترجم عربي في الحصة؟ المرة الماضية كان المترجم على
الهاتف ولم تفهم كل شيء، خاصة عن الحمية السائلة قبل العملية.

أيضاً، الطبيب قال لها أن تخسر عشرة باوندات قبل العملية، وهي تحاول، لكن السكر عندها مرتفع هذا
الأسبوع (٢١٠ صباحاً). هل يجب أن تتصل بطبيب العائلة أم بكم؟

شكراً جزيلاً
أحمد الحسيني
هاتف: {tel}
"""
    orig_dt = dt - datetime.timedelta(hours=20)
    body = f"""Kerri-Ann - Arabic request for Thursday's 5 pm class, see below. Son is asking for an
in-person Arabic interpreter for his mother (phone interpreter didn't work well last time,
especially the pre-op liquid diet part). I booked Samira in person for Thursday 4:45-6:30.

He also mentions her morning sugars are high this week (~210) and asks whether to call her PCP
or us - can someone from the clinical side call him back? I can set up the interpreter line.

Yusuf Barre
Interpreter Services Coordinator | Language Access Services
{yusuf.phone}

---------- Forwarded message ---------
From: Ahmad Alhusseini <{pm}>
Date: {format_datetime(orig_dt)}
Subject: مترجم لحصة التغذية - والدتي
To: Language Access <languageaccess@{D}>

{orig}"""
    m = build(yusuf.addr, kerri.addr, "FW: مترجم لحصة التغذية - والدتي", body, dt, cc=ST["dana"].addr)
    return m, name


@reg("phi", "lang")
def lang_ru():
    dt = when(2024, 11)
    name = "Ольга Викторовна Смирнова"
    pm = f"olga.smirnova{random.randint(60, 90)}@{random.choice(MAIL_DOMS)}"
    dob = rdate(1966, 1978)
    body = f"""Здравствуйте!

Меня зовут Ольга Викторовна Смирнова, дата рождения {dob.strftime('%d.%m.%Y')}. Мне делали
шунтирование желудка у доктора Солберг в марте, сейчас прошло 8 месяцев.

Первые полгода всё шло хорошо, я похудела со 131 до 97 кг, но последние два месяца вес стоит
на месте (96-97 кг). Я ем примерно 1000-1100 калорий, белок стараюсь 70 грамм. Иногда после
сладкого бывает сильная слабость, потливость и сердцебиение минут через 20 - это демпинг?

У меня два вопроса:
1. Есть ли у вас группа поддержки на русском языке или онлайн? На английском мне трудно
   понимать, когда все говорят быстро.
2. Можно ли получить копию моих последних анализов (витамин D, железо, B12) для моего
   семейного врача, доктора Левина? Можно отправить по факсу (419) 555-0712.

Спасибо большое,
Ольга Смирнова
тел. {phone()}
"""
    m = build(f"Olga Smirnova <{pm}>", f"Bariatric Center <bariatrics@{D}>",
              "Вопрос после операции - вес стоит + анализы", body, dt)
    return m, name


@reg("phi", "lang")
def lang_zh():
    dana, yusuf = ST["dana"], ST["yusuf"]
    dt = when(2024, 6, d=random.randint(3, 7), h=10)
    name = "李建国"
    pm = f"mei.li{random.randint(80, 99)}@{random.choice(MAIL_DOMS)}"
    tel = phone()
    surg = (dt + datetime.timedelta(days=random.randint(18, 21))).date()
    orig = f"""您好 Dana 护士，

我是李建国的女儿李梅。我父亲{surg.month}月{surg.day}日要在你们医院做胃袖状切除手术（Dr. Oduya）。
他英文不太好，所以由我来写信。我有几个问题想请教：

1. 手术前两周的全流质饮食，蛋白奶昔一天要喝几次？他不喜欢甜的，可以用无糖豆浆代替吗？
2. 他现在每天吃二甲双胍 1000mg 两次，还有格列吡嗪 5mg。流质饮食期间这些药要停吗？
   上次他的血糖早上是 165。
3. 他的 CPAP 呼吸机要带来医院吗？

另外，术前检查的化验单能不能寄到家里？地址没有变。

谢谢您！
李梅
电话：{tel}
"""
    orig_dt = dt - datetime.timedelta(hours=4)
    body = f"""Yusuf - could you get this translated, or better yet have a Mandarin interpreter on a call
with me this afternoon? Daughter writing for her dad who's having surgery with Dr. Oduya in about
3 weeks. From what I can pick out (med names + numbers) she's asking about his metformin /
glipizide during the liquid diet, so I want to answer this one today rather than wait.

Thanks!
Dana

{outlook_hdr(f'Mei Li <{pm}>', orig_dt, dana.addr_lf, '关于我父亲手术前的问题')}
{orig}"""
    m = build(dana.addr, yusuf.addr, "FW: 关于我父亲手术前的问题 - need Mandarin help today", body, dt)
    return m, name


@reg("phi", "lang")
def lang_pl():
    dana = ST["dana"]
    dt = when(2025, 5)
    name = "Halina Wiśniewska"
    pm = f"halinka.w{random.randint(50, 70)}@{random.choice(MAIL_DOMS)}"
    body = f"""Dzień dobry Pani Dano,

Piszę w sprawie mojej diety po operacji. Jestem 3 tygodnie po rękawie (dr Kazemi), teraz jestem
na etapie papek. Mam kilka pytań:

- Od kiedy mogę jeść miękkie jedzenie, np. rybę, jajecznicę, twarożek? Na kartce jest napisane
  "tydzień 4", ale nie wiem czy liczyć od dnia operacji czy od wyjścia ze szpitala.
- Po szejkach proteinowych mam mdłości, szczególnie rano. Piję 2 dziennie. Czy mogę zamiast
  tego jeść więcej jogurtu greckiego?
- Nie mogę wypić 64 uncji wody, daję radę może 45. Czy to dużo za mało?

Moja wizyta kontrolna jest 12 czerwca. Mój syn może przyjść ze mną tłumaczyć, ale jeśli
jest tłumacz polski to wolę.

Z poważaniem,
Halina Wiśniewska
ur. {dobs(rdate(1958, 1966))}
"""
    m = build(f"Halina Wiśniewska <{pm}>", dana.addr, "pytania o dietę po operacji", body, dt)
    return m, name


# =============================================================================
# PHI / lists
# =============================================================================
PROCS = ["Lap sleeve gastrectomy", "Lap RYGB", "Robotic RYGB", "Lap sleeve gastrectomy",
         "Robotic sleeve", "Sleeve -> RYGB conversion", "Lap SADI-S", "Band removal + sleeve",
         "EGD w/ dilation", "Lap hiatal hernia repair + RYGB"]


@reg("phi", "lists")
def lists_or_schedule():
    tess = ST["tess"]
    dt = when(2024, 6, d=6, h=16)
    pts = [person() for _ in range(8)]
    days = ["6/10", "6/10", "6/10", "6/11", "6/12", "6/12", "6/13", "6/14"]
    times = ["0730", "1015", "1300", "0730", "0730", "1030", "0730", "0800"]
    surg = ["Kazemi", "Kazemi", "Kazemi", "Solberg", "Oduya", "Oduya", "Solberg", "Kazemi"]
    notes = ["bari bed, CPAP", "", "H&P needs update", "latex allergy", "interp - Spanish",
             "revision, 4 hrs", "", "ADD-ON pending auth"]
    lines = ["DATE  TIME  RM  PATIENT                   MRN       AGE  PROCEDURE                        SURGEON   NOTES",
             "----  ----  --  ------------------------  --------  ---  -------------------------------  --------  ------------------"]
    for i, p in enumerate(pts):
        age = 2024 - p.dob.year
        proc = PROCS[i]
        lines.append(f"{days[i]:<5} {times[i]:<5} {random.choice(['7','8','12']):<3} {p.lf:<25} {p.mrn:<9} {age:<4} {proc:<32} {surg[i]:<9} {notes[i]}")
    table = "\n".join(lines)
    body = f"""Team,

Final bariatric block for the week of 6/10 is below. Anesthesia has it too. Please get any
changes to me by noon tomorrow - after that it goes to the board.

{table}

Reminders:
 - Bariatric bed + wide stretcher are reserved for Mon/Wed. If you need one on another day,
   tell me by Friday.
 - Pre-op RN will call all pts Friday with arrival times.
 - 6/14 add-on is still waiting on the payer; Marcus says Thursday.

Thanks,
Tess

{tess.sig()}
{DISCLAIMER}"""
    to = [ST["kazemi"].addr, ST["solberg"].addr, ST["oduya"].addr, ST["dana"].addr]
    m = build(tess.addr, to, "Bariatric block wk of 6/10 - FINAL", body, dt,
              cc=[ST["marcus"].addr, "Periop Scheduling <orscheduling@" + D + ">"])
    return m, "; ".join(p.full for p in pts)


@reg("phi", "lists")
def lists_class_csv():
    kerri, carmen = ST["kerri"], ST["carmen"]
    dt = when(2024, 9, d=20, h=8)
    sess = (dt - datetime.timedelta(days=1)).date()
    pts = [person() for _ in range(11)]
    rows = [["Last", "First", "DOB", "MRN", "Phone", "Class", "Session", "Attended", "Wt (lb)", "Notes"]]
    noshow = []
    for i, p in enumerate(pts):
        att = "N" if i in (2, 6, 9) else "Y"
        if att == "N":
            noshow.append(p)
        wt = "" if att == "N" else str(random.randint(231, 392))
        note = {0: "asked about vitamin brands", 4: "husband attended too", 7: "needs Spanish handouts",
                8: "2nd time - repeat"}.get(i, "")
        rows.append([p.last, p.first, dobs(p.dob), p.mrn, p.phone, "Pre-Op Nutrition 2 (Liquid Diet & Stages)",
                     dobs(sess), att, wt, note])
    body = f"""Hi Carmen,

Sign-in from last night's Pre-Op 2 class is attached. 3 no-shows ({', '.join(p.first + ' ' + p.last[0] + '.' for p in noshow)})
- can you reach out and get them into the next one? They can't be scheduled for surgery until
they've done Pre-Op 2.

I also recorded weights for everyone who came, I'll put them in the flowsheets this afternoon.

Thanks!
Kerri-Ann

{kerri.sig()}"""
    m = build(kerri.addr, carmen.addr, f"Pre-Op 2 class {md(sess)} - attendance", body, dt,
              atts=[(f"PreOp2_attendance_{sess.strftime('%Y%m%d')}.csv", csv_text(rows), "text/csv")])
    return m, "; ".join(p.full for p in pts)


@reg("phi", "lists")
def lists_auth_tracker():
    marcus, beth = ST["marcus"], ST["beth"]
    dt = when(2025, 3, d=10, h=16)
    payers = [("Summit Mutual", "SMH"), ("Bridgewell CHP", "BCH"), ("Cardinal Plains", "CPI"),
              ("Heron Sr Adv", "HSA"), ("Northstar (HCMH employee)", "NBA"), ("Summit Mutual", "SMH"),
              ("Bridgewell CHP", "BCH")]
    status = ["Approved 3/4", "Pended - need psych letter", "Denied - appeal sent 3/1",
              "Submitted 2/27", "Approved 2/28", "P2P sched 3/12 w/ Dr K", "Submitted 3/5"]
    cpts = ["43775", "43644", "43775", "43775", "43644", "43848", "43775"]
    pts = [person() for _ in range(7)]
    hdr = ["Patient", "MRN", "Payer", "Member ID", "CPT", "Status"]
    rows = []
    for i, p in enumerate(pts):
        rows.append([p.lf, p.mrn, payers[i][0], member_id(payers[i][1]), cpts[i], status[i]])
    tsv = "\t".join(hdr) + "\n" + "\n".join("\t".join(r) for r in rows)
    body = f"""Beth,

Here's where we are on auths this week (pasted from the tracker):

{tsv}

The Cardinal Plains denial is the 6-month diet documentation issue again - they won't count the
months where the visit was a phone call. I'd like to bring that up with their provider rep at
the JOC meeting.

Marcus
"""
    trs = "".join("<tr>" + "".join(f"<td style='border:1px solid #999;padding:2px 6px'>{_x(c)}</td>" for c in r) + "</tr>" for r in rows)
    html = (f"<html><body style='font-family:Calibri,sans-serif;font-size:11pt'><p>Beth,</p>"
            "<p>Here's where we are on auths this week (pasted from the tracker):</p>"
            "<table style='border-collapse:collapse'><tr>" +
            "".join(f"<th style='border:1px solid #999;background:#dde7ee;padding:2px 6px'>{h}</th>" for h in hdr) +
            f"</tr>{trs}</table><p>The Cardinal Plains denial is the 6-month diet documentation issue again - "
            "they won't count the months where the visit was a phone call. I'd like to bring that up with "
            "their provider rep at the JOC meeting.</p><p>Marcus</p></body></html>")
    m = build(marcus.addr, beth.addr, "auth status - week of " + md(dt.date()), body, dt, html=html)
    return m, "; ".join(p.full for p in pts)


@reg("phi", "lists")
def lists_followup_xlsx():
    dana, joy, sunny = ST["dana"], ST["joy"], ST["sunny"]
    dt = when(2024, 10, h=7)
    pts = [person() for _ in range(12)]
    rows = [["Patient", "MRN", "DOB", "Surgery date", "Procedure", "Surgeon", "Visit due",
             "Last wt (lb)", "Phone", "Last contact"]]
    for i, p in enumerate(pts):
        sd = datetime.date(2023, random.randint(1, 12), random.randint(1, 28))
        due = random.choice(["3 mo", "6 mo", "12 mo", "12 mo", "6 mo"])
        rows.append([p.lf, p.mrn, dobs(p.dob), dobs(sd), random.choice(["VSG", "RYGB", "VSG", "SADI-S"]),
                     random.choice(["Kazemi", "Solberg", "Oduya"]), due, random.randint(168, 310),
                     p.phone, random.choice(["LM 9/12", "no answer x2", "letter sent 9/3", "says will call back",
                                             "# disconnected", "LM 9/20", ""])])
    body = f"""Morning,

Attached is the overdue follow-up list pulled from the registry report this morning (12 pts).
These all count against our MBSAQIP follow-up rate for the 2023 cohort, so anything we can do
before 10/31 helps. Sunny - can you take rows 1-6, I'll take 7-12? Joy, I put a few telehealth
holds on your Thursday afternoon for anyone who can't come in.

Dana
"""
    m = build(dana.addr, [joy.addr, sunny.addr], "overdue f/u list - 2023 cohort", body, dt,
              atts=[("Overdue_FU_2023_cohort.xlsx", xlsx_bytes(rows, "Overdue"), XLSX)])
    return m, "; ".join(p.full for p in pts)


@reg("phi", "lists")
def lists_support_group():
    nadia, dana = ST["nadia"], ST["dana"]
    dt = when(2025, 1, d=14, h=20)
    pts = [person(x) for x in "FFMFFMMFF"]
    stat = ["sleeve 11/2024", "RYGB 6/2023", "pre-op, surgery date 2/18", "sleeve 3/2024",
            "RYGB 2019 - regain", "sleeve 9/2024", "pre-op, waiting on auth", "SADI-S 5/2024",
            "sleeve 12/2024 - first meeting"]
    lines = [f"{p.first} {p.last} - {stat[i]}" for i, p in enumerate(pts)]
    body = f"""Dana,

Tuesday evening group - 9 in person + 4 on Zoom (the Zoom folks didn't all give last names).
Sign-in:

{chr(10).join(lines)}

Topic was holiday eating / getting back on track. A few things for follow-up:
 - {pts[4].first} is really struggling with the regain, cried during the check-in. I gave her my card
   and she agreed to a visit with Helen. Can you make sure she gets a call this week?
 - {pts[8].first} was having trouble getting her fluids in, she says she's "tired all the time."
   I told her to call the nurse line tomorrow morning.
 - {pts[2].first} asked if he can still come to group after surgery while he's on liquids (yes!).

Next month's topic: protein on a budget. Kerri-Ann is co-leading.

Nadia
"""
    m = build(nadia.addr, dana.addr, "support group 1/14 sign-in + f/u", body, dt)
    return m, "; ".join(p.full for p in pts)


@reg("phi", "lists")
def lists_psych_pending():
    helen, luis = ST["helen"], ST["luis"]
    dt = when(2024, 4, d=random.randint(8, 12))
    pts = [person(x) for x in "FMFMFF"]
    st = ["eval done 4/2, letter pending BHI scoring", "needs 2nd visit - eating hx",
          "no-show 3/28, rescheduled 4/18", "cleared 4/5 - letter sent to Marcus",
          "deferred 3 mo - active SUD tx, reassess July", "intake packet not returned"]
    ref = ["Kazemi", "Oduya", "Solberg", "Kazemi", "Oduya", "Solberg"]
    lines = [f"{p.lf} -- {dobs(p.dob)} -- ref {ref[i]} -- {st[i]}" for i, p in enumerate(pts)]
    body = f"""Luis,

Here's my pending list as of today so you can update the tracker:

{chr(10).join(lines)}

For the deferred patient, please don't give a surgery date yet - I discussed it with Dr. Oduya
and he agrees. I'll see her again in July.

Also I'm out 4/25-26, no evals those days.

Helen

Helen Forsythe, PsyD
Health Psychologist | {PROG}
Confidential - behavioral health information. Do not forward outside the program.
"""
    m = build(helen.addr, luis.addr, "psych pending list", body, dt)
    return m, "; ".join(p.full for p in pts)


@reg("phi", "lists")
def lists_labs_pipe():
    joy, sunny, dana = ST["joy"], ST["sunny"], ST["dana"]
    dt = when(2024, 12, h=11)
    pts = [person(x) for x in "FMFFMF"]
    labs = [("ferritin", "6", "IV iron referral"), ("B12", "161", "start IM monthly"),
            ("vit D", "11", "D3 50k weekly"), ("thiamine", "58 (L)", "call pt TODAY - B1 100 mg TID"),
            ("PTH", "112 (H)", "recheck Ca/D, inc calcium citrate"), ("folate", "2.9", "folic acid 1 mg")]
    rows = ["| # | Patient              | MRN      | Surgery      | Lab      | Result    | Plan                          |",
            "|---|----------------------|----------|--------------|----------|-----------|-------------------------------|"]
    for i, p in enumerate(pts):
        sd = datetime.date(2024, random.randint(1, 8), random.randint(1, 28))
        surg = f"{random.choice(['VSG', 'RYGB'])} {sd.month}/{sd.year % 100}"
        rows.append(f"| {i+1} | {p.lf:<20} | {p.mrn} | {surg:<12} | {labs[i][0]:<8} | {labs[i][1]:<9} | {labs[i][2]:<29} |")
    orig2_dt = dt - datetime.timedelta(days=1, hours=2)
    orig2 = f"""Sunny,

Abnormal labs from this week's batch - can you pend orders/refills for me to sign and call the pts?

{chr(10).join(rows)}

#4 is the one I'm worried about, she's been vomiting on and off. If you can't reach her by 3
let me know and I'll call her myself.

Joy
"""
    orig1_dt = dt - datetime.timedelta(hours=20)
    orig1 = f"""Reached everyone except #4 - LM x2 on cell, home # is disconnected. Orders pended in your
basket for 1,2,3,5,6.

Sunny

{outlook_hdr(joy.addr_lf, orig2_dt, sunny.addr_lf, 'abnormal labs this wk')}
{orig2}"""
    body = f"""Dana - can you try the emergency contact for #4 on the list below (her sister)? Still no
callback. If we don't hear by end of day I'm going to ask for a welfare check.

Joy

{outlook_hdr(sunny.addr_lf, orig1_dt, joy.addr_lf, 'RE: abnormal labs this wk')}
{orig1}"""
    m = build(joy.addr, dana.addr, "FW: abnormal labs this wk", body, dt, cc=sunny.addr)
    return m, "; ".join(p.full for p in pts)


# =============================================================================
# PHI / names
# =============================================================================
@reg("phi", "names")
def names_mdt():
    helen, kz = ST["helen"], ST["kazemi"]
    dt = when(2024, 3, h=18)
    a, b, c = person("F"), person("M"), person("F")
    orig_dt = dt - datetime.timedelta(hours=5)
    orig = f"""Hi all - my updates ahead of Thursday's MDT:

{a.first} - cleared from my side. Binge episodes down from 4-5/wk to about 1, she's using
the urge log and seems really engaged. I'd still like to see her monthly through the first
6 months post-op.

{b.first} - not ready yet. He's drinking more than he reported at intake (his wife called me,
with his permission), and he's still on the fence about stopping the energy drinks. I'd like 2-3
more sessions before I write anything.

{c.first} ({c.last}) - the one who transferred from the Columbus program. Her previous eval is
from 2021 so Summit won't accept it. I'll redo it - scheduled 3/21.

Helen
"""
    body = f"""Thanks Helen. Agree on {b.first} - let's not put him on the OR list until you're comfortable,
I'll tell him Thursday in clinic so it doesn't come from the coordinators.

For {a.first}, Kerri-Ann said her weight's been steady and she did all the classes, so if Marcus
can get the letter out this week we could be looking at April.

RK

On {dt.strftime('%a')}, {dt.strftime('%b')} {orig_dt.day}, {orig_dt.year}, at {orig_dt.strftime('%I:%M %p').lstrip('0')}, Helen Forsythe <{helen.email}> wrote:
{quote(orig)}"""
    to = [helen.addr, ST["kerri"].addr, ST["dana"].addr, ST["marcus"].addr]
    m = build(kz.addr, to, "Re: Thursday MDT - psych updates", body, dt, reply=True)
    return m, "; ".join([a.first, b.first, c.full])


@reg("phi", "names")
def names_mrs():
    kerri, sol = ST["kerri"], ST["solberg"]
    p = person("F", last="Kowalczyk")
    dt = when(2024, 8)
    body = f"""Dr. Solberg,

I saw Mrs. Kowalczyk today for her last supervised-diet visit. She's up 6 lb since June (now 348),
which puts her above the pre-op goal you set in May. She was very upfront about it - her mother
moved in with them after a fall and she's been eating a lot of what she cooks for her mom,
plus late-night snacking when she's up with her.

We made a plan (meal prep on Sundays, protein shake for breakfast, keeping the snacks out of
the house), and I'd like to see her every 2 weeks for the next 6 weeks. I don't think she needs
to restart the whole 6 months, but I wanted to check with you before I tell her the surgery
date might move. She's worried about it.

Kerri-Ann

{kerri.sig()}"""
    m = build(kerri.addr, sol.addr, "Mrs. Kowalczyk - weight up before surgery", body, dt)
    return m, p.full


@reg("phi", "names")
def names_subject_only():
    p = person("M", first="Bao", last="Tran")
    sunny, kz = ST["sunny"], ST["kazemi"]
    dt = when(2024, 11)
    body = """Dr. Kazemi,

Cardiology clearance came in this morning from Lakemont Heart - scanned into the media tab
under "Outside Records." They're ok with proceeding from their end. Echo EF 55%, stress test
negative. They want him to keep taking his metoprolol the morning of surgery with a sip of
water, and hold the lisinopril.

Only thing left is the sleep study - he has the appointment on the 19th.

Sunny
"""
    m = build(sunny.addr, kz.addr, "Tran, Bao - cardiac clearance rec'd", body, dt, cc=ST["dana"].addr)
    return m, p.full


@reg("phi", "names")
def names_nickname():
    p = person("M", first="Robert", last="Gallo")
    sunny, joy = ST["sunny"], ST["joy"]
    dt = when(2025, 1, d=7, h=13)
    orig = f"""Joy,

Bobby Gallo called again (3rd time this week). He says he can't get anything down but liquids
for 3 days, even yogurt comes back up, and he's "sick of it." He's the one with the band from
2014 that Dr. K adjusted in November. He wants it loosened asap. I told him I'd check with you.
His wife says he's been sleeping in the recliner because he gets heartburn lying flat.

Best # is his cell, he's at work til 4.

Sunny
"""
    dt2 = later(dt, minutes=23)
    body = f"""Please get him in tomorrow for an unfill - I'll take him at 8:15 before clinic. If he can't
keep water down tonight he needs to go to the ED. And tell him to bring a list of everything he's
taking, he was on naproxen last time.

J

{outlook_hdr(sunny.addr_lf, dt, joy.addr_lf, 'Bobby G - band')}
{orig}"""
    m = build(joy.addr, sunny.addr, "RE: Bobby G - band", body, dt2, reply=True)
    return m, p.full


@reg("phi", "names")
def names_quoted_only():
    p = person("F", first="Shonda", last="Haskins")
    dana, joy = ST["dana"], ST["joy"]
    dt = when(2024, 7, h=9)
    orig_dt = dt - datetime.timedelta(minutes=55)
    orig = f"""Joy - can you squeeze Shonda Haskins in for a wound check today or tomorrow? She sent a
photo through MyChart, the left upper port site is red around the edges and she says it's
been draining a little yellowish since Sunday. No fever. She's POD 9 from her sleeve.
She can come any time today, her sister is driving her.

Dana
"""
    body = f"""ok will do - 1:40 today works, she can come in early and I'll swap with my 2pm if needed

{mobile()}

{gmail_on(orig_dt, f'Dana Whitcombe <{dana.email}>')}
{quote(orig)}"""
    m = build(joy.addr, dana.addr, "Re: wound check today?", body, dt, reply=True)
    return m, p.full


@reg("phi", "names")
def names_pcp_letter():
    sol = ST["solberg"]
    p = person("M")
    dt = when(2025, 3)
    pcp = "Dr. Naomi Saperstein"
    pcp_addr = "Naomi Saperstein, DO <nsaperstein@pinecrestfm.com>"
    bmi = round(random.uniform(48.5, 56.0), 1)
    a1c = round(random.uniform(7.8, 9.6), 1)
    paras = [
        f"**{HOSP} - {PROG}",
        f"{ADDR1}, {ADDR2}   Tel {MAIN_PH}   Fax {MAIN_FAX}",
        "",
        dt.strftime("%B ") + str(dt.day) + dt.strftime(", %Y"),
        f"{pcp}, Pinecrest Family Medicine",
        f"RE: {p.full}   DOB {dobs(p.dob)}",
        "",
        f"Dear Dr. Saperstein,",
        f"Thank you for referring Mr. {p.last} for evaluation for metabolic and bariatric surgery. "
        f"I saw him in consultation today. His BMI is {bmi}. His comorbidities include type 2 diabetes "
        f"on insulin (A1c {a1c}%), obstructive sleep apnea on CPAP, hypertension and knee "
        f"osteoarthritis limiting his activity.",
        "We discussed sleeve gastrectomy and Roux-en-Y gastric bypass in detail. Given his diabetes "
        "and reflux symptoms, I recommend RYGB, and he agrees.",
        "Plan: nutrition classes and 3-month supervised diet per his plan, psychological evaluation, "
        "EGD, labs, cardiology clearance. We will keep you updated.",
        "Sincerely,",
        f"Ingrid Solberg, MD, FACS",
    ]
    body = f"""Dr. Saperstein,

Thanks again for sending Mr. {p.last} our way - he was great to talk with today and is really
motivated. Consult letter attached; it's also routed through Epic to your inbox. Short version:
RYGB is the plan given the diabetes + reflux. I'd appreciate it if you could keep managing his
insulin during the pre-op period - we'll send guidance for the 2-week liquid diet when we
get closer.

Best,
Ingrid

{sol.sig()}
{DISCLAIMER}"""
    m = build(sol.addr, pcp_addr, f"Consult - {p.first} {p.last}", body, dt,
              atts=[(f"Consult_{p.last}.docx", docx_bytes(paras), DOCX)])
    return m, p.full


@reg("phi", "names")
def names_ed_visit():
    p = person("M", last="Osei")
    oduya = ST["oduya"]
    hosp = "Adaeze Nwankwo, MD <anwankwo@" + D + ">"
    dt = when(2024, 5, h=7)
    body = f"""Dr. Oduya / bariatric team,

FYI - Mr. {p.last} ({p.first}) came through the ED last night with vomiting and couldn't keep
liquids down since yesterday morning. He's about 5 weeks out from his bypass with you. CT
abd/pelvis with oral contrast - no leak, no obstruction, no internal hernia seen. Lactate
normal, WBC 9.8, K 3.2. He got 2 L LR, IV thiamine 200 mg, potassium, and ondansetron, and was
tolerating sips by 2 am, so we discharged him home at 3:15 with his wife.

He's asking to be seen sooner than his scheduled follow-up. He also admitted to eating a few
bites of steak at a cookout on Saturday, which is probably where this started.

Thanks,
Adaeze Nwankwo, MD
Emergency Medicine | {HOSP}
"""
    m = build(hosp, oduya.addr, "ED visit overnight - your post-op bypass pt", body, dt,
              cc=[ST["dana"].addr, ST["joy"].addr])
    return m, p.full


@reg("phi", "names")
def names_floor_complaint():
    p = person("F", first="Kimberly", last="Bellamy")
    mk, beth = ST["maureen"], ST["beth"]
    dt = when(2024, 10, h=14)
    body = f"""Beth,

Wanted to loop you in on a service issue from last night. Kim Bellamy in 418 (Dr. Kazemi's
sleeve from yesterday) was upset that the night shift brought the stand-up scale into the hall
to weigh her, in front of the nurses' station. She told me this morning that she felt
"like a zoo animal." She also said the BP cuff they used at first was too small and kept
pinching until someone found the large adult cuff. Her husband is pretty angry too and
mentioned posting about it.

I apologized in person and we got the bed scale working in her room. She's otherwise doing
well - walking the hall, tolerating her protein shakes, expecting to go home tomorrow.

A few fixes I think we need on 4 West:
  - a thigh cuff and large adult cuff in every bariatric room, not just the supply room
  - bed scale calibration - two of the four beds were off
  - re-education for nights on weights in room only

Can we talk at Thursday's huddle? Patient Relations has already been notified.

Maureen

{mk.sig()}"""
    m = build(mk.addr, beth.addr, "4W - pt experience concern, rm 418", body, dt, cc=ST["gwen"].addr)
    return m, p.full


# =============================================================================
# PHI / self
# =============================================================================
@reg("phi", "self")
def self_phone():
    p = person("F")
    dt = when(2024, 4, h=22)
    sd = (dt - datetime.timedelta(days=random.randint(20, 30))).date()
    body = f"""hi its {p.first.lower()}, i had my sleeve {md(sd)} w dr kazemi. question - when can i go back to lifting
at work? i stock shelves at the dollar store and my boss wants a note that says what i can
and cant do. also my incision on the left side is still kinda pink, is that ok? no fever

thx
{p.first.lower()} {p.last.lower()}

{mobile()}
"""
    m = build(f"{p.first} {p.last} <{p.email}>", ST["dana"].addr, "question about work", body, dt)
    return m, p.full


@reg("phi", "self")
def self_bill():
    p = person("M")
    owen = ST["owen"]
    dt = when(2025, 2)
    body = f"""To whom it may concern,

I received a bill dated {md((dt - datetime.timedelta(days=12)).date())} for $420.00 for "nutrition counseling"
(account #{p.acct}). These are the required classes for the weight loss surgery program. When I
signed up, Luis told me they would be billed to my insurance (Summit Mutual, member ID
{member_id('SMH')}) and that I'd only owe a copay. The statement says "not a covered benefit."

I have already done 4 of the 6 classes and I can't afford to pay for the rest out of pocket.
Can someone please look into this before it goes to collections? I also got a separate bill
for the psych evaluation that I haven't opened yet.

My phone is {p.phone}. Best time is after 5.

Thank you,
{p.full}
{p.street}
{p.city}, {p.state} {p.zip}
"""
    m = build(f"{p.full} <{p.email}>", f"Patient Billing <billing@{D}>",
              f"Bill for nutrition classes - acct {p.acct}", body, dt, cc=ST["luis"].addr)
    return m, p.full


@reg("phi", "self")
def self_employee():
    p = person("F")
    dt = when(2024, 1, d=random.randint(8, 19), h=12)
    work = f"{p.first[0].lower()}{p.last.lower()}@{D}"
    mid = member_id("NBA")
    body = f"""Hi,

I'm an RN on 5 North and I'm enrolled in the HCMH Choice PPO through Northstar (member ID {mid}).
I've been going to the bariatric program here since last March and I'm ready to schedule my
surgery, but Marcus in the bariatric office said our employee plan now requires 12 months of
supervised weight loss instead of 6, and that the change happened Jan 1.

My BMI is 41.8 and I have sleep apnea and high blood pressure, so I'm within the criteria.
I've done 10 monthly visits, all documented. Does the new rule apply to people who were
already in the program before January? If so I'd lose another 2 months and the surgery date
I was hoping for.

Also, is the bariatric surgery still Tier 1 if it's done here at HCMH? The SPD online still
shows the 2023 version.

Thank you,
{p.full}, RN
5 North Medical-Surgical | ext {random.randint(4100, 4899)}
"""
    m = build(f"{p.full} <{work}>", f"HR Benefits <benefits@{D}>",
              "Bariatric coverage question - employee plan", body, dt)
    return m, p.full


@reg("phi", "self")
def self_cancel():
    p = person("F", first="Brittany")
    dt = when(2024, 9, h=6)
    body = """Hi, I need to cancel my appointment with Dr. Forsythe on Friday. Honestly I'm really
anxious about it, I've never talked to a psychologist before and I'm scared she's going to say I'm
not allowed to have the surgery because of my eating at night. Can I reschedule for later
in October? Sorry for the short notice

Brittany
"""
    m = build(f"Brittany {p.last} <{p.email}>", ST["luis"].addr, "cancel appt friday", body, dt)
    return m, "Brittany " + p.last


@reg("phi", "self")
def self_foodlog():
    p = person("M")
    kerri = ST["kerri"]
    dt = when(2024, 5, h=20)
    start = (dt - datetime.timedelta(days=7)).date()
    days = []
    for i in range(7):
        d = start + datetime.timedelta(days=i)
        days.append(f"""{d.strftime('%a %m/%d')}
  B: protein shake (30g) + coffee w/ 2% milk
  L: {random.choice(['grilled chicken salad, light ranch', 'turkey wrap, 1 tortilla', 'tuna pouch + crackers', 'leftover chili 1 cup'])}
  S: {random.choice(['string cheese', 'greek yogurt', 'apple', 'handful almonds', 'nothing'])}
  D: {random.choice(['baked salmon, green beans', 'pork chop, broccoli', 'tacos x2 (corn)', 'pizza 2 slices - bad day', 'chicken stir fry, no rice'])}
  water: {random.randint(48, 80)} oz   steps: {random.randint(3100, 9800)}
""")
    log = f"FOOD JOURNAL - {p.full}\nweek of {start.strftime('%m/%d/%Y')}\n\n" + "\n".join(days)
    wt = round(random.uniform(262, 318), 1)
    body = f"""Kerri-Ann,

Attached is my food journal for this week like you asked. Weighed {wt} this morning on my
scale at home, so down about 3 lb since the visit. The pizza day was my son's birthday, I know.

I'm still having trouble with eating slowly, I timed it and lunch was like 8 minutes lol.
Will work on it.

See you on the {random.randint(10, 27)}th.

{p.first}
"""
    m = build(f"{p.full} <{p.email}>", kerri.addr, "food journal week 3", body, dt,
              atts=[("food journal wk3.txt", log, "text/plain")])
    return m, p.full


@reg("phi", "self")
def self_postop_long():
    p = person("F")
    p.dob = rdate(1990, 1997)
    dt = when(2025, 5)
    sd = (dt - datetime.timedelta(days=random.randint(120, 150))).date()
    body = f"""Hello,

MyChart keeps giving me an error when I try to send a message so I'm emailing instead. My name is
{p.full}, date of birth {dobs(p.dob)}. I had gastric bypass with Dr. Oduya on {dobs(sd)}.

I have a few questions:

1. My hair has been coming out in handfuls for about 3 weeks. My hairdresser noticed it too.
   I'm getting about 60-65 g of protein most days. Is this normal and should I be taking
   biotin? I read online it can mess up lab results.

2. I was supposed to get my B12 shot at my PCP but they said they don't have an order. Can
   someone send one to Pinecrest Family Medicine? Their fax is (419) 555-0402.

3. My husband and I want to have another baby eventually. I know you said to wait 12-18
   months. Does that mean I need to switch from the pill to something else now? I remember
   something about the pill not absorbing as well after bypass.

4. I've been getting shaky and sweaty about an hour after eating sometimes, especially if
   I have something with white bread. It goes away if I eat a few crackers.

I've lost 58 lb so far (286 -> 228). Thank you for everything!

{p.full}
{p.phone}
"""
    m = build(f"{p.full} <{p.email}>", f"Bariatric Center <bariatrics@{D}>",
              "Several questions - 4 months post op", body, dt)
    return m, p.full


@reg("phi", "self")
def self_appeal():
    p = person("M")
    dt = when(2024, 8)
    mid = "CPI" + str(random.randint(100000000, 999999999))
    ref = f"DN-{random.randint(24000000, 24999999)}"
    dd = (dt - datetime.timedelta(days=random.randint(10, 25))).date()
    letter = [
        f"{p.full}",
        f"{p.street}",
        f"{p.city}, {p.state} {p.zip}",
        "",
        dt.strftime("%B ") + str(dt.day) + dt.strftime(", %Y"),
        "",
        "Cardinal Plains Insurance - Appeals Unit",
        "PO Box 7710, Columbus OH 43216",
        "",
        f"RE: First-level appeal - Member ID {mid} - Denial ref {ref}",
        "",
        f"I am writing to appeal your denial dated {dobs(dd)} of my request for laparoscopic sleeve",
        "gastrectomy (CPT 43775) at Harrow Creek Memorial Hospital.",
        "",
        "The denial states that I did not complete 6 consecutive months of medically supervised",
        "weight loss. I attended supervised visits in Jan, Feb, Mar, Apr, May and June 2024. The",
        "April visit was by video because I had COVID and my doctor's office told me it would count.",
        "",
        "My BMI is 44.2 and I have type 2 diabetes and sleep apnea. My A1c has gone from 7.1 to 8.3",
        "in the past year despite two medications. My doctors believe surgery is medically necessary.",
        "",
        "Please reconsider. Copies of my visit notes are attached.",
        "",
        f"Sincerely, {p.full}   DOB {dobs(p.dob)}   Phone {p.phone}",
    ]
    body = f"""Hello,

Please find my appeal letter attached for the denial of my weight loss surgery. I'm copying
the bariatric office at Harrow Creek so they have it too. Marcus, could you send them the
visit notes from all 6 months like we talked about?

Thank you,
{p.full}
Member ID {mid}
"""
    pdf = pdf_bytes(letter, title="Appeal letter")
    m = build(f"{p.full} <{p.email}>", "Appeals <appeals@cardinalplains.com>",
              f"Appeal - denial {ref}", body, dt, cc=ST["marcus"].addr,
              atts=[("appeal letter.pdf", pdf, "application/pdf")])
    return m, p.full


# =============================================================================
# PHI / struct
# =============================================================================
def ts(dt, sec=True):
    return dt.strftime("%Y%m%d%H%M%S" if sec else "%Y%m%d%H%M")


def npi():
    return "1" + "".join(random.choice("0123456789") for _ in range(9))


NPI_KZ = npi()
NPI_SOL = npi()
NPI_ODU = npi()
NPI_HOSP = npi()


@reg("phi", "struct")
def struct_adt():
    p = person("F")
    dev, pri = ST["dev"], ST["priyanka"]
    dt = when(2024, 6, h=9)
    adm = dt.replace(hour=5, minute=42)
    cid = f"HC{ts(adm)}{random.randint(1000, 9999)}"
    segs = [
        f"MSH|^~\\&|EPIC|HCMH|MBSREG|BARIREG_VENDOR|{ts(adm)}||ADT^A01^ADT_A01|{cid}|P|2.5.1",
        f"EVN|A01|{ts(adm)}|||JRN4471^NOLAN^JEAN",
        f"PID|1||{p.mrn}^^^HCMH^MR~{p.acct}^^^HCMH^AN||{p.last.upper()}^{p.first.upper()}^{random.choice('ALMRJ')}||{p.dob.strftime('%Y%m%d')}|F|||{p.street.upper()}^^{p.city.upper()}^{p.state}^{p.zip}^USA||{p.phone}|||M|||",
        f"PV1|1|I|4W^418^A^HCMH||||{NPI_KZ}^KAZEMI^REZA^^^^MD|||SUR||||1|||{NPI_KZ}^KAZEMI^REZA^^^^MD|IN|{p.acct}|SMH||||||||||||||||||HCMH|||||{ts(adm)}",
        "PV2|||^BARIATRIC SURGERY ELECTIVE||||||||||||||||||||N",
        "DG1|1||E66.01^Morbid (severe) obesity due to excess calories^I10|||A",
        "DG1|2||Z68.42^Body mass index [BMI] 45.0-49.9, adult^I10|||A",
        "DG1|3||G47.33^Obstructive sleep apnea (adult) (pediatric)^I10|||A",
        f"PR1|1||43775^LAP SLEEVE GASTRECTOMY^C4||{ts(adm.replace(hour=7, minute=30), False)}",
        f"IN1|1|SMHPPO|SMH01|SUMMIT MUTUAL HEALTH|PO BOX 4410^^DAYTON^OH^45401||||00{random.randint(41000,49999)}|||||||{p.last.upper()}^{p.first.upper()}|01|{p.dob.strftime('%Y%m%d')}|||||||||||||||||{member_id('SMH')}",
    ]
    msg = "\n".join(segs)
    body = f"""Priyanka,

The registry vendor's listener is NAKing our A01s for bariatric admits since the 6/9 Epic
upgrade. Error back from them is:

  MSA|AE|{cid}|PV1-3.2 room/bed required when PV1-2=I; DG1 set missing DG1-6 type

Sample message from this morning is below (copied from the interface monitor). PV1-3 looks
fine to me, so I think their parser is choking on the repetition in PID-3. Can you check
whether the build for the bariatric admission order set changed DG1-6? I'd like to fix it
before the nightly batch, otherwise the 30-day follow-up worklist won't populate for these.

{msg}

Dev

{dev.sig(3)}"""
    m = build(dev.addr, pri.addr, "BARIREG interface - A01 NAKs since upgrade", body, dt,
              cc=f"Interface Team <interfaces@{D}>")
    return m, p.full


@reg("phi", "struct")
def struct_oru():
    p = person("M")
    dev, joy = ST["dev"], ST["joy"]
    dt = when(2024, 10, h=10)
    col = dt - datetime.timedelta(days=2, hours=3)
    res = dt - datetime.timedelta(hours=20)
    acc = f"KL{random.randint(10000000, 99999999)}"
    obx = [
        ("1989-3", "25-hydroxyvitamin D3", "17", "ng/mL", "30-100", "L"),
        ("2132-9", "Vitamin B12", "212", "pg/mL", "232-1245", "L"),
        ("2276-4", "Ferritin", "11", "ng/mL", "30-400", "L"),
        ("2498-4", "Iron", "38", "ug/dL", "59-158", "L"),
        ("718-7", "Hemoglobin", "12.6", "g/dL", "13.0-17.0", "L"),
        ("2731-8", "Parathyrin.intact", "71", "pg/mL", "15-65", "H"),
        ("1751-7", "Albumin", "3.9", "g/dL", "3.5-5.0", "N"),
    ]
    segs = [
        f"MSH|^~\\&|KELLERLIS|KELLER_LABS|EPIC|HCMH|{ts(res)}||ORU^R01^ORU_R01|{acc}01|P|2.5.1",
        f"PID|1||{p.mrn}^^^HCMH^MR||{p.last.upper()}^{p.first.upper()}||{p.dob.strftime('%Y%m%d')}|M|||{p.street.upper()}^^{p.city.upper()}^{p.state}^{p.zip}||{p.phone}",
        f"ORC|RE|{random.randint(500000000, 599999999)}|{acc}||CM",
        f"OBR|1|{random.randint(500000000, 599999999)}|{acc}|BARIPANEL^POST-BARIATRIC NUTRITION PANEL^L|||{ts(col)}|||||||||{NPI_ODU}^ODUYA^FEMI^^^^MD||||||{ts(res)}||LAB|F",
    ]
    for i, o in enumerate(obx, 1):
        segs.append(f"OBX|{i}|NM|{o[0]}^{o[1]}^LN||{o[2]}|{o[3]}|{o[4]}|{o[5]}|||F|||{ts(res)}")
    segs.append("NTE|1||Specimen received ambient. Post-bariatric panel per standing order.")
    raw = ("\r".join(segs) + "\r").encode()
    body = f"""Joy,

Following up on your ticket (RITM0{random.randint(200000, 299999)}) about the Keller results not showing up
in the chart. The ORU for this patient came across and hit an error queue because OBR-16 had
Dr. Oduya as ordering but the order in Epic was under your name - so it didn't match an open
order and sat unfiled. I've manually filed it this morning; the raw message is attached for
your reference in case you want to check the values against the paper copy.

We're adding a rule so unmatched Keller results route to the bariatric pool instead of sitting
in the queue. There were 3 others from last week, I'll send those separately.

Dev Malhotra
Integration Engineer | Information Services
"""
    m = build(dev.addr, joy.addr, f"RE: Keller results not filing - {p.last}", body, dt,
              atts=[(f"ORU_{acc}.hl7", raw, "application/octet-stream")], reply=True)
    return m, p.full


@reg("phi", "struct")
def struct_278():
    p = person("F")
    marcus = ST["marcus"]
    dt = when(2025, 2, h=11)
    mid = member_id("SMH")
    ctl = f"{random.randint(100000000, 999999999)}"
    dos = (dt + datetime.timedelta(days=30)).date()
    x = [
        f"ISA*00*          *00*          *ZZ*HCMHBARI       *ZZ*SUMMITMUT      *{dt.strftime('%y%m%d')}*{dt.strftime('%H%M')}*^*00501*{ctl}*0*P*:~",
        f"GS*HI*HCMHBARI*SUMMITMUT*{dt.strftime('%Y%m%d')}*{dt.strftime('%H%M')}*{random.randint(1000, 9999)}*X*005010X217~",
        f"ST*278*0001*005010X217~",
        f"BHT*0007*13*{hexid(10).upper()}*{dt.strftime('%Y%m%d')}*{dt.strftime('%H%M')}~",
        "HL*1**20*1~",
        "NM1*X3*2*SUMMIT MUTUAL HEALTH*****PI*SMH01~",
        "HL*2*1*21*1~",
        f"NM1*1P*1*KAZEMI*REZA****XX*{NPI_KZ}~",
        "HL*3*2*22*1~",
        f"NM1*IL*1*{p.last.upper()}*{p.first.upper()}****MI*{mid}~",
        f"DMG*D8*{p.dob.strftime('%Y%m%d')}*F~",
        "HL*4*3*EV*0~",
        "UM*HS*I*1*21:B**U~",
        f"DTP*472*D8*{dos.strftime('%Y%m%d')}~",
        "HI*ABK:E6601*ABF:Z6841*ABF:E119*ABF:G4733~",
        f"NM1*SJ*1*KAZEMI*REZA****XX*{NPI_KZ}~",
        f"NM1*FA*2*HARROW CREEK MEMORIAL HOSPITAL*****XX*{NPI_HOSP}~",
        "SV1*HC:43775*0*UN*1***1~",
        "SE*17*0001~",
        "GE*1*1~",
        f"IEA*1*{ctl}~",
    ]
    resp = [
        "HL*3*2*22*1~",
        f"NM1*IL*1*{p.last.upper()}*{p.first.upper()}****MI*{mid}~",
        "AAA*N**72*C~",
    ]
    body = f"""Marcus Tibbetts,

Your 278 submission batch {ctl} received {dt.strftime('%m/%d/%Y')} at {dt.strftime('%H:%M')} was REJECTED by the payer.

Payer: SUMMIT MUTUAL HEALTH (SMH01)
Reject reason (AAA03): 72 - Invalid/Missing Subscriber/Insured ID
Follow-up action (AAA04): C - Please correct and resubmit

Response loop:
{chr(10).join(resp)}

Original transaction:
{chr(10).join(x)}

Log in to the Clearline portal to correct and resubmit. This is an automated notice; replies
to this address are not monitored.

Clearline EDI Services | support@clearline-edi.net | 1-888-555-0107
Ticket ref: CLR-{random.randint(3000000, 3999999)}
"""
    m = build("Clearline EDI Notifications <no-reply@clearline-edi.net>", marcus.addr,
              f"[REJECTED] 278 batch {ctl} - SMH01", body, dt)
    return m, p.full


@reg("phi", "struct")
def struct_837():
    p = person("M")
    owen = ST["owen"]
    dt = when(2024, 7, h=14)
    dos = (dt - datetime.timedelta(days=random.randint(15, 30))).date()
    mid = "BCH" + str(random.randint(100000000, 999999999))
    ctl = f"{random.randint(100000000, 999999999)}"
    clm = f"{p.acct}A1"
    x = [
        f"ISA*00*          *00*          *ZZ*HCMHPRO        *ZZ*BRIDGEWELL     *{dt.strftime('%y%m%d')}*{dt.strftime('%H%M')}*^*00501*{ctl}*0*P*:~",
        f"GS*HC*HCMHPRO*BRIDGEWELL*{dt.strftime('%Y%m%d')}*{dt.strftime('%H%M')}*7781*X*005010X222A1~",
        "ST*837*0001*005010X222A1~",
        f"BHT*0019*00*{ctl}*{dt.strftime('%Y%m%d')}*{dt.strftime('%H%M')}*CH~",
        "NM1*41*2*HARROW CREEK PHYSICIAN GROUP*****46*HCMHPRO~",
        "PER*IC*OWEN BRANDT*TE*4195552310~",
        "NM1*40*2*BRIDGEWELL COMMUNITY HEALTH PLAN*****46*BRIDGEWELL~",
        "HL*1**20*1~",
        f"NM1*85*2*HARROW CREEK PHYSICIAN GROUP*****XX*{npi()}~",
        "N3*2250 TOLLIVER ROAD STE 410~",
        "N4*WEXBRIDGE*OH*435901188~",
        f"REF*EI*34{random.randint(1000000, 9999999)}~",
        "HL*2*1*22*0~",
        "SBR*P*18*******MC~",
        f"NM1*IL*1*{p.last.upper()}*{p.first.upper()}****MI*{mid}~",
        f"N3*{p.street.upper()}~",
        f"N4*{p.city.upper()}*{p.state}*{p.zip}~",
        f"DMG*D8*{p.dob.strftime('%Y%m%d')}*M~",
        "NM1*PR*2*BRIDGEWELL COMMUNITY HEALTH PLAN*****PI*BCHOH~",
        f"CLM*{clm}*3850***21:B:1*Y*A*Y*Y~",
        f"REF*G1*PA{random.randint(2400000, 2499999)}~",
        "HI*ABK:E6601*ABF:Z6843*ABF:E1165*ABF:K219~",
        f"NM1*82*1*ODUYA*FEMI****XX*{NPI_ODU}~",
        "PRV*PE*PXC*208600000X~",
        f"NM1*77*2*HARROW CREEK MEMORIAL HOSPITAL*****XX*{NPI_HOSP}~",
        "N3*2250 TOLLIVER ROAD~",
        "N4*WEXBRIDGE*OH*43590~",
        "LX*1~",
        "SV1*HC:43644*3850*UN*1***1~",
        f"DTP*472*D8*{dos.strftime('%Y%m%d')}~",
        "SE*31*0001~",
        "GE*1*7781~",
        f"IEA*1*{ctl}~",
    ]
    edi = "\n".join(x) + "\n"
    body = f"""Marcus / coding,

Bridgewell rejected this one at the front end (277CA: A7 - "Entity's Policy Number invalid").
The 837 file we sent is attached. I double-checked the member ID against the card scan and it
matches, so I suspect the issue is the SBR09 = MC when it should be HM for the managed care
product. Can someone confirm before I resubmit? DOS is {dobs(dos)}, Dr. Oduya's bypass.

Thanks,
Owen
"""
    m = build(owen.addr, [ST["marcus"].addr, f"Pro Fee Coding <profeecoding@{D}>"],
              f"837 reject - acct {p.acct}", body, dt,
              atts=[(f"837P_{ctl}.txt", edi, "text/plain")])
    return m, p.full


@reg("phi", "struct")
def struct_fhir():
    p = person("F")
    dt = when(2025, 3, h=3)
    pid = hexid(8) + "-" + hexid(4) + "-" + hexid(4) + "-" + hexid(4) + "-" + hexid(12)
    obs = []
    w = random.uniform(255, 290)
    for i in range(5):
        d = dt - datetime.timedelta(days=7 * (4 - i))
        w -= random.uniform(0.8, 3.1)
        obs.append({"fullUrl": f"urn:uuid:{hexid(8)}-{hexid(4)}-{hexid(4)}-{hexid(4)}-{hexid(12)}",
                    "resource": {"resourceType": "Observation", "status": "final",
                                 "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "vital-signs"}]}],
                                 "code": {"coding": [{"system": "http://loinc.org", "code": "29463-7", "display": "Body weight"}]},
                                 "subject": {"reference": f"Patient/{pid}"},
                                 "effectiveDateTime": d.strftime("%Y-%m-%dT07:%M:00-05:00"),
                                 "valueQuantity": {"value": round(w, 1), "unit": "lb", "system": "http://unitsofmeasure.org", "code": "[lb_av]"},
                                 "device": {"display": "SlimLine BT Scale SL-200"}}})
    bundle = {
        "resourceType": "Bundle", "type": "transaction", "timestamp": dt.strftime("%Y-%m-%dT%H:%M:%S-05:00"),
        "entry": [{"fullUrl": f"Patient/{pid}",
                   "resource": {"resourceType": "Patient", "id": pid,
                                "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": p.mrn, "type": {"text": "HCMH MRN"}}],
                                "name": [{"family": p.last, "given": [p.first]}],
                                "gender": "female", "birthDate": p.dob.isoformat(),
                                "telecom": [{"system": "phone", "value": p.phone}, {"system": "email", "value": p.email}]}}]
        + obs + [{"resource": {"resourceType": "Observation", "status": "final",
                               "code": {"coding": [{"system": "http://loinc.org", "code": "41950-7", "display": "Number of steps in 24 hour Measured"}]},
                               "subject": {"reference": f"Patient/{pid}"},
                               "effectiveDateTime": dt.strftime("%Y-%m-%d"), "valueQuantity": {"value": random.randint(4000, 11000), "unit": "steps/day"}}}]}
    js = json.dumps(bundle, indent=2)
    body = f"""BariStride Connect - Sync failure alert

Organization:   Harrow Creek Bariatric (org id hcmh-bari-01)
Endpoint:       https://fhir.{D}/api/FHIR/R4/ (POST transaction bundle)
Time:           {dt.strftime('%Y-%m-%d %H:%M:%S')} ET
HTTP status:    422 Unprocessable Entity
OperationOutcome: "Patient.identifier could not be matched to an active patient record"
Retries:        3 of 3 failed. Data is queued for 72 hours.

The failed payload is attached. To resolve, confirm the patient's MRN link in the BariStride
clinician dashboard, then select "Resend queued data."

This is an automated message from BariStride. Do not reply.
"""
    m = build("BariStride Alerts <alerts@baristride-app.com>", f"Bariatric Informatics <bari-informatics@{D}>",
              "Sync failure: 422 - 1 patient bundle queued", body, dt,
              atts=[(f"bundle_{pid[:8]}.json", js, "application/json")])
    return m, p.full


@reg("phi", "struct")
def struct_ccda():
    p = person("M")
    dana = ST["dana"]
    dt = when(2024, 12)
    mrn_out = f"PFM{random.randint(100000, 999999)}"
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.3.7741.5" extension="{hexid(20)}"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Continuity of Care Document - Referral to Bariatric Surgery</title>
  <effectiveTime value="{dt.strftime('%Y%m%d%H%M%S')}-0500"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.7741.1" extension="{mrn_out}"/>
      <addr use="HP"><streetAddressLine>{p.street}</streetAddressLine><city>{p.city}</city><state>{p.state}</state><postalCode>{p.zip}</postalCode></addr>
      <telecom use="MC" value="tel:{p.phone}"/>
      <patient>
        <name use="L"><given>{p.first}</given><family>{p.last}</family></name>
        <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="{p.dob.strftime('%Y%m%d')}"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author><time value="{dt.strftime('%Y%m%d')}"/><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="{npi()}"/>
    <assignedPerson><name><given>Naomi</given><family>Saperstein</family><suffix>DO</suffix></name></assignedPerson>
    <representedOrganization><name>Pinecrest Family Medicine</name></representedOrganization></assignedAuthor></author>
  <component><structuredBody>
    <component><section>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
      <title>Problems</title>
      <text><list>
        <item>Class 3 severe obesity due to excess calories, BMI 50-59.9 (E66.01, Z68.43)</item>
        <item>Type 2 diabetes mellitus with hyperglycemia (E11.65)</item>
        <item>Obstructive sleep apnea on CPAP (G47.33)</item>
        <item>Gastro-esophageal reflux disease (K21.9)</item>
      </list></text>
    </section></component>
    <component><section>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="History of medication use"/>
      <title>Medications</title>
      <text><list>
        <item>insulin glargine 100 unit/mL, 48 units subcut nightly</item>
        <item>metformin 1000 mg tablet, twice daily</item>
        <item>pantoprazole 40 mg, daily</item>
        <item>lisinopril 20 mg, daily</item>
      </list></text>
    </section></component>
    <component><section>
      <code code="8716-3" codeSystem="2.16.840.1.113883.6.1" displayName="Vital signs"/>
      <title>Vital Signs</title>
      <text>Weight 362 lb; Height 70 in; BMI 51.9; BP 146/92 ({dt.strftime('%m/%d/%Y')})</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
    body = f"""Secure Direct message from Pinecrest Family Medicine <referrals@direct.pinecrestfm.com>

Referral: Bariatric surgery evaluation
Message: Please see attached CCD for our mutual patient. Patient would like first available
information seminar. Please fax scheduling confirmation to (419) 555-0402. Thank you.

--------------------------------------------------------------
This message was delivered to you by the HCMH Direct HISP. The attachment has been scanned.
"""
    m = build("Pinecrest Family Medicine <referrals@direct.pinecrestfm.com>", dana.addr,
              "New referral - CCD attached", body, dt,
              atts=[("CCD_referral.xml", xml, "application/xml")])
    return m, p.full


@reg("phi", "struct")
def struct_registry_extract():
    lor, beth = ST["lorraine"], ST["beth"]
    dt = when(2024, 8, h=15)
    pts = [person() for _ in range(9)]
    hdr = "CASE_ID|MRN|LAST|FIRST|DOB|SEX|SURG_DT|PROC|SURGEON|LOS|READMIT30|REOP30|ED30|WT_PREOP|WT_30D"
    lines = [hdr]
    for i, p in enumerate(pts):
        sd = datetime.date(2024, random.randint(4, 6), random.randint(1, 28))
        wpre = random.randint(240, 390)
        lines.append("|".join([f"B24-{random.randint(100, 399):04d}", p.mrn, p.last.upper(), p.first.upper(),
                               p.dob.strftime("%Y%m%d"), p.sex, sd.strftime("%Y%m%d"),
                               random.choice(["SG", "RYGB", "SG", "SG", "SADIS"]),
                               random.choice(["KAZEMI", "SOLBERG", "ODUYA"]),
                               str(random.choice([1, 1, 1, 2, 3])),
                               "Y" if i in (3, 7) else "N", "Y" if i == 7 else "N",
                               "Y" if i in (1, 3, 7) else "N", str(wpre), str(wpre - random.randint(14, 31))]))
    txt = "\n".join(lines) + "\n"
    body = f"""Beth,

Attached is the Q2 30-day extract (pipe-delimited, straight out of the workstation) for your
review before I lock the cases. Two readmissions this quarter - rows 4 and 8. Row 8 also went
back to the OR (staple line bleed, POD 2), so that one will need to be presented at M&M.

I still have 3 patients I couldn't reach for 30-day follow-up; if I can't get them by Friday
they'll go in as lost to follow-up.

Lorraine

Lorraine Petit, RN
MBSAQIP Metabolic & Bariatric Clinical Reviewer
{lor.phone}
"""
    m = build(lor.addr, beth.addr, "Q2 30-day extract for review", body, dt,
              atts=[("Q2_2024_30day_extract.txt", txt, "text/plain")])
    return m, "; ".join(p.full for p in pts)


# =============================================================================
# CLEAN / admin
# =============================================================================
@reg("clean", "admin")
def admin_block():
    frm = f"Janelle Corbin, MSN, RN <jcorbin@{D}>"
    dt = when(2024, 5, h=16)
    body = f"""Good afternoon,

Following the OR governance committee review of Q1 utilization, the following block changes
take effect Monday, July 1:

  Service               Current block              New block
  Bariatric Surgery     Mon/Wed OR 7, 0730-1530    Mon/Wed OR 7, 0730-1530 (no change)
                        Fri OR 12, 0730-1200       Fri OR 12, 0730-1530 (expanded)
  Colorectal            Fri OR 12, 1200-1530       Thu OR 9, 0730-1530
  General Surgery       Thu OR 9, 0730-1530        released to open time

Bariatric utilization for Q1 was 87% (release at 72 hours), which is above the 80% threshold
for the expansion. Block release for the Friday afternoon remains 72 hours.

Reminders:
 - OR 7 and OR 12 are the only rooms with the 1,000 lb table. Do not move bariatric cases to
   other rooms without checking with the charge RN.
 - The second bariatric stretcher is being repaired (hydraulics); expected back 6/14.

Please reach out with questions.

Janelle Corbin, MSN, RN
Director, Perioperative Services
{HOSP}
(419) 555-2201

{DISCLAIMER}"""
    m = build(frm, [ST["kazemi"].addr, ST["solberg"].addr, ST["oduya"].addr],
              "OR block schedule changes eff 7/1", body, dt,
              cc=[ST["tess"].addr, ST["beth"].addr, f"Anesthesia Scheduling <anesthesiasched@{D}>"])
    return m, ""


@reg("clean", "admin")
def admin_stapler():
    hol = ST["hollis"]
    dt = when(2025, 1, h=11)
    body = f"""All,

Our distributor notified us this morning that the 60 mm purple (tri-staple, medium/thick)
reloads are on manufacturer backorder, estimated through the end of February. Current
on-hand: 14 boxes (84 reloads) in the core + 2 boxes on the bariatric cart.

At our current volume (roughly 6-7 sleeves/week at 5-6 reloads each) that covers about two and
a half weeks. Plan:

  1. No reloads opened "just in case" - please open only on surgeon request.
  2. Sister facilities are sending 6 boxes; ETA Thursday.
  3. Value analysis has approved the black (extra-thick) reloads as an alternate for the
     antrum per Dr. Kazemi. Dr. Solberg and Dr. Oduya, please let me know if you have a
     preference before we place the standing order.
  4. Buttress material is NOT affected.

I'll send an update every Monday until we're back to par levels.

Hollis Yeager
Supply Chain Coordinator, Periop
{hol.phone}
"""
    m = build(hol.addr, [ST["kazemi"].addr, ST["solberg"].addr, ST["oduya"].addr, ST["tess"].addr],
              "Backorder - 60mm purple reloads", body, dt, cc=ST["beth"].addr)
    return m, ""


@reg("clean", "admin")
def admin_epic():
    pri = ST["priyanka"]
    dt = when(2024, 9, h=10)
    txt = f"""Hello Bariatric team,

The new Bariatric ERAS order set goes live on Tuesday 10/8 at 0600. Key changes:

 - Pre-op: carb-loading drink 2 hours prior to arrival is now defaulted ON (uncheck for
   patients with gastroparesis or insulin-dependent diabetes per protocol).
 - Intra-op: PONV bundle (dexamethasone + ondansetron + scopolamine patch) added as a panel.
 - Post-op: opioid-sparing analgesia defaults, early ambulation and incentive spirometry
   nursing orders, clear liquid protocol starting 4 hours post-op.
 - Discharge: new bariatric vitamin SmartSet with chewable multivitamin, calcium citrate,
   B12 and thiamine pre-selected.

There is a planned downtime of the order set tool on Monday 10/7, 2200-2330, for the build
migration. Downtime order forms are on the intranet under Periop > Forms.

Drop-in tip sheet sessions: 10/3 and 10/4, 12:00-1:00, Pavilion B conference room.

Thank you!
Priyanka Deshmukh
Clinical Informatics Analyst II | Information Services
{pri.phone}
"""
    m = build(pri.addr, f"Bariatric Program Staff <bariatricstaff@{D}>",
              "Go-live 10/8: Bariatric ERAS order set + Mon night downtime", txt, dt, html=to_html(txt))
    return m, ""


@reg("clean", "admin")
def admin_payer_policy():
    marcus = ST["marcus"]
    dt = when(2024, 11, h=14)
    body = f"""Team,

Summit Mutual published their 2025 bariatric medical policy update (policy MP-SURG-0113,
effective 1/1/2025). Summary of what changes for us:

  - Supervised weight-loss requirement drops from 6 consecutive months to 3 months for
    BMI >= 40; stays at 6 months for BMI 35-39.9 with comorbidity.
  - Telehealth visits now count toward the supervised diet if they include a documented weight
    (home scale is acceptable if it's noted as patient-reported).
  - Psych eval must be within 12 months of the surgery date (was 24).
  - Revisions (43848, 43860) now require a separate LOMN plus 2 years of follow-up notes.
  - Endoscopic sleeve gastroplasty (43842 unlisted/0813T) remains investigational - not covered.

Contract side: the case rate for 43775/43644 goes up 3.2% on 1/1 per the amendment Beth signed
in October; carve-out for SADI-S stays at percent-of-charges.

I'll update the checklist in the shared drive and we can go over it at the 12/3 staff meeting.

Marcus Tibbetts
Prior Authorization Specialist
"""
    m = build(marcus.addr, f"Bariatric Program Staff <bariatricstaff@{D}>",
              "Summit Mutual 2025 bariatric policy changes", body, dt)
    return m, ""


@reg("clean", "admin")
def admin_quality_meeting():
    beth = ST["beth"]
    dt = when(2025, 2, d=10, h=9)
    mtg = datetime.datetime(2025, 2, 20, 7, 0)
    body = f"""Good morning,

Agenda for the February Bariatric Quality Committee (MBSAQIP) - Thursday 2/20, 7:00-8:00 AM,
Pavilion B conference room / Teams link in the invite.

 1. Approval of January minutes
 2. SAR review - Q3 2024 semiannual report (Lorraine)
    - 30-day readmission: as expected
    - Extended LOS: exemplary
 3. Follow-up rate initiative - 12-month rate currently 64%, goal 75% (Dana)
 4. Standard 5.2 - bariatric equipment audit results, 4 West + ED (Maureen)
 5. Stapler reload backorder update (Hollis)
 6. Site reverification prep - timeline and document owners
 7. Open discussion

Please send agenda additions by Monday. Breakfast will be provided.

Beth Lindqvist, MHA
Program Manager, Bariatric & Metabolic Surgery
"""
    ics = ics_text("Bariatric Quality Committee (MBSAQIP)", mtg, 60,
                   "Pavilion B Conference Room / Microsoft Teams",
                   "Monthly quality committee. Agenda in email.", beth)
    to = [ST["kazemi"].addr, ST["solberg"].addr, ST["oduya"].addr, ST["lorraine"].addr,
          ST["dana"].addr, ST["maureen"].addr, ST["hollis"].addr, ST["kerri"].addr]
    m = build(beth.addr, to, "Agenda - Bariatric Quality Committee 2/20", body, dt,
              atts=[("invite.ics", ics, "text/calendar")])
    return m, ""


@reg("clean", "admin")
def admin_facilities():
    frm = f"Facilities Work Control <workcontrol@{D}>"
    dt = when(2024, 3, h=13)
    wo = f"WO-{random.randint(240000, 249999)}"
    body = f"""Work Order Update - {wo}

Requested by:   Beth Lindqvist (Bariatric & Metabolic Surgery)
Location:       Pavilion B, Suite 410 - Waiting area and Exam 1-8
Description:    Replace 12 waiting room chairs with bariatric-rated seating (min 750 lb
                capacity, armless option x4); annual calibration of floor and
                wheelchair scales
Status:         SCHEDULED

Scheduled work:
  - Seating delivery/installation: Saturday {md((dt + datetime.timedelta(days=12)).date())}, 0800-1200
    (vendor: Crestline Contract Furniture). Old chairs to surplus.
  - Scale calibration: Biomed, Monday {md((dt + datetime.timedelta(days=14)).date())}, 0700-0800,
    before clinic opens. Units: floor scale Exam 2, floor scale Exam 5, wheelchair scale
    intake, stand-on scale hallway.

Please ensure the waiting area is clear of program materials on the front table by Friday
evening. Contact Facilities Work Control at ext. 2100 with questions.

This is an automated notification from the Facilities Management System.
"""
    m = build(frm, ST["beth"].addr, f"{wo} scheduled - Pav B Ste 410 seating & scales", body, dt,
              cc=ST["luis"].addr)
    return m, ""


@reg("clean", "admin")
def admin_support_room():
    nadia = ST["nadia"]
    dt = when(2024, 7, h=15)
    body = f"""Hi all,

Starting in August, the Tuesday evening support group moves from Classroom 2 to the
Community Room on the ground floor of Pavilion A (the elevator to Classroom 2 is going to be
down for the modernization project through October). Same time, 6:00-7:30.

A few logistics:
 - Security will leave the Pavilion A east doors unlocked until 6:15.
 - We have 30 chairs in the Community Room; the 10 armless wide chairs will be moved over
   from Classroom 2 on the Monday before.
 - The hybrid Zoom option continues - new recurring meeting ID is 864 2210 5573 (passcode
   sent separately). The old link will stop working 7/31.
 - Volunteers: the name-tag box and the sign-in clipboard live in the cabinet by the sink.

I'll update the flyers and the website. Let me know if you see any issues.

Nadia

{nadia.sig()}"""
    m = build(nadia.addr, [ST["rafael"].addr, ST["kerri"].addr, ST["dana"].addr, ST["luis"].addr],
              "Support group moving to Pav A Community Room (Aug-Oct)", body, dt,
              atts=[("logo.png", logo_png(), "image/png")])
    return m, ""


# =============================================================================
# CLEAN / lookalike
# =============================================================================
@reg("clean", "lookalike")
def lk_invoice():
    dt = when(2024, 10, h=6)
    inv = f"INV-{random.randint(3100000, 3199999)}"
    po = f"PO{random.randint(4500000000, 4500999999)}"
    trk = "1Z" + "".join(random.choice("0123456789ABCDEFGHJKLMNPRSTUVWXY") for _ in range(16))
    items = [
        ("NV-1041", "Bariatric Chewable Multi w/ Iron 45mg, Fruit Punch, 60ct", "73102-0418-60", f"L{random.randint(24000, 24999)}", "2026-08", 48, 11.40),
        ("NV-2210", "Calcium Citrate Soft Chew 500mg, Caramel, 90ct", "73102-0522-90", f"L{random.randint(24000, 24999)}", "2026-03", 36, 13.95),
        ("NV-3305", "Protein Shake RTD 30g, Vanilla, 12 x 11oz", "73102-0910-12", f"L{random.randint(24000, 24999)}", "2025-11", 20, 26.50),
        ("NV-3306", "Protein Shake RTD 30g, Chocolate, 12 x 11oz", "73102-0911-12", f"L{random.randint(24000, 24999)}", "2025-11", 20, 26.50),
        ("NV-5002", "Sample pack - patient starter kit", "N/A", f"L{random.randint(24000, 24999)}", "2025-12", 100, 3.10),
    ]
    lines = ["Item     Description                                          NDC/UPC        Lot      Exp      Qty   Unit    Ext",
             "-------  ---------------------------------------------------  -------------  -------  -------  ----  ------  --------"]
    tot = 0
    for it in items:
        ext = it[5] * it[6]
        tot += ext
        lines.append(f"{it[0]:<8} {it[1]:<52} {it[2]:<14} {it[3]:<8} {it[4]:<8} {it[5]:<5} {it[6]:<7.2f} {ext:>8.2f}")
    pdfl = [f"NOURIVIA NUTRITION, LLC - INVOICE {inv}", f"Invoice date: {dt.strftime('%m/%d/%Y')}   Terms: Net 45",
            f"Customer #: HC-{random.randint(10000, 99999)}   PO: {po}",
            "Bill to: Harrow Creek Memorial Hospital, Accounts Payable, PO Box 1180, Wexbridge OH 43590",
            "Ship to: Bariatric Center, 2250 Tolliver Road, Pav B Ste 410, Wexbridge OH 43590", ""] + lines + [
            "", f"Subtotal: {tot:.2f}   Freight: 0.00   Tax: EXEMPT (cert 0419-2231)   TOTAL DUE: {tot:.2f}",
            f"Shipped UPS Ground, tracking {trk}", "Remit: Nourivia Nutrition, LLC, Dept 4471, PO Box 90210, Chicago IL 60690"]
    body = f"""Hello,

Please find attached invoice {inv} for PO {po}. Your order shipped today via UPS Ground,
tracking {trk}, 3 cartons, est. delivery {md((dt + datetime.timedelta(days=3)).date())}.

Invoice total: ${tot:,.2f}  |  Terms: Net 45  |  Customer #: see invoice

Note: the Chocolate RTD (73102-0911-12) lot on this shipment has a shorter dating than usual
(Nov 2025). If that doesn't work for your sample program, reply and we'll swap it at no cost.

Thank you for your business!

Accounts Receivable
Nourivia Nutrition, LLC | 1-877-555-0150 | ar@nourivia.com
"""
    m = build("Nourivia AR <ar@nourivia.com>", [f"Accounts Payable <ap@{D}>", ST["luis"].addr],
              f"Invoice {inv} / PO {po}", body, dt,
              atts=[(f"{inv}.pdf", pdf_bytes(pdfl, title=inv), "application/pdf")])
    return m, ""


@reg("clean", "lookalike")
def lk_codes():
    frm = f"Regina Falk, CPC, CCS <rfalk@{D}>"
    dt = when(2025, 1, h=10)
    body = f"""Hi everyone,

As promised at the provider documentation session, here's the 2025 quick reference for the
bariatric service. Please keep using the BMI Z-code on every encounter - it's the #1 reason
pre-auths get kicked back.

PROCEDURES (CPT)
  43775   Lap sleeve gastrectomy
  43644   Lap gastric bypass, Roux-en-Y, limb <=150 cm
  43645   Lap gastric bypass w/ small intestine reconstruction to limit absorption
  43770   Lap adjustable gastric band placement
  43774   Lap removal of band and port
  43848   Revision, open, gastric restrictive procedure (non-band)
  43659   Unlisted lap procedure, stomach (SADI-S - attach op note)
  43235   EGD diagnostic      43239 EGD w/ biopsy      43249 EGD w/ balloon dilation
  97802   MNT initial, each 15 min      97803 MNT reassessment, each 15 min
  90791   Psychiatric diagnostic evaluation      96130/96131 Psych testing evaluation

DIAGNOSES (ICD-10-CM)
  E66.01  Morbid (severe) obesity due to excess calories
  E66.813 Obesity, class 3 (new for FY2025)
  Z68.35-Z68.39   BMI 35.0-39.9        Z68.41 BMI 40.0-44.9       Z68.42 BMI 45.0-49.9
  Z68.43  BMI 50.0-59.9    Z68.44 BMI 60.0-69.9    Z68.45 BMI 70 or greater
  G47.33  OSA      E11.9 T2DM w/o complications      K21.9 GERD w/o esophagitis
  Z98.84  Bariatric surgery status      K91.1 Postgastric surgery syndromes (dumping)
  K95.89  Other complications of other bariatric procedure

Modifier reminder: -58 for a staged/planned return, -78 for unplanned return to OR in the
global (90 days for 43775/43644).

Regina Falk, CPC, CCS
Coding Educator | Revenue Integrity
(419) 555-2344
"""
    m = build(frm, f"Bariatric Program Staff <bariatricstaff@{D}>",
              "2025 bariatric coding quick reference (CPT / ICD-10)", body, dt)
    return m, ""


@reg("clean", "lookalike")
def lk_credentialing():
    frm = f"Provider Enrollment <providerenrollment@{D}>"
    dt = when(2024, 4, h=11)
    rows = [
        ("Kazemi, Reza", "MD", NPI_KZ, f"35.{random.randint(100000, 199999)}", f"{random.randint(10000000, 19999999)}", "General Surgery", "04/30/2025"),
        ("Solberg, Ingrid", "MD", NPI_SOL, f"35.{random.randint(100000, 199999)}", f"{random.randint(10000000, 19999999)}", "General Surgery", "10/31/2026"),
        ("Oduya, Femi", "MD", NPI_ODU, f"35.{random.randint(100000, 199999)}", f"{random.randint(10000000, 19999999)}", "General Surgery", "01/31/2026"),
        ("Okafor, Joy", "APRN-CNP", npi(), f"APRN.CNP.{random.randint(10000, 99999)}", f"{random.randint(10000000, 19999999)}", "Family NP", "10/31/2025"),
        ("Forsythe, Helen", "PsyD", npi(), f"PSY.{random.randint(7000, 9999)}", f"{random.randint(10000000, 19999999)}", "Clinical Psychology", "01/31/2026"),
        ("Boateng, Kerri-Ann", "RD, LD", npi(), f"LD.{random.randint(3000, 9999)}", f"{random.randint(10000000, 19999999)}", "Dietitian", "05/31/2025"),
    ]
    tbl = "Provider               Cred       NPI          OH License           CAQH ID     Specialty            Lic Exp\n"
    tbl += "\n".join(f"{r[0]:<22} {r[1]:<10} {r[2]:<12} {r[3]:<20} {r[4]:<11} {r[5]:<20} {r[6]}" for r in rows)
    body = f"""Hi Dolores,

Per your request for the Heron Senior Advantage network addendum, below are the bariatric program
providers to be added under group TIN 34-{random.randint(1000000, 9999999)}, group NPI {npi()}:

{tbl}

Service location: {ADDR1}, {ADDR2}  |  Phone {MAIN_PH}  |  Fax {MAIN_FAX}
Medicare PTANs are on file in PECOS. All CAQH attestations were refreshed 3/28.

Board certification: Kazemi (ABS 2008, recert 2018), Solberg (ABS 2013), Oduya (ABS 2017).
Malpractice COIs attached to the portal submission.

Please confirm the effective date once loaded.

Thank you,
Provider Enrollment | Medical Staff Services
{HOSP}
(419) 555-2050
"""
    m = build(frm, "Dolores Finch <dfinch@heronsenior.com>",
              "Network addendum - bariatric providers (HCMH)", body, dt)
    return m, ""


@reg("clean", "lookalike")
def lk_directory():
    luis = ST["luis"]
    dt = when(2025, 1, d=6, h=8)
    keys = ["kazemi", "solberg", "oduya", "joy", "dana", "luis", "carmen", "sunny", "kerri", "helen",
            "marcus", "rafael", "nadia", "beth", "lorraine"]
    rows = [["Name", "Role", "Direct", "Ext", "Pager/Cell (on-call)", "Email"]]
    lines = []
    for k in keys:
        s = ST[k]
        ext = s.phone[-4:]
        pager = f"(419) 555-{random.randint(3000, 3999)}" if k in ("kazemi", "solberg", "oduya", "joy", "dana") else ""
        rows.append([f"{s.full}{', ' + s.cred if s.cred else ''}", s.title, s.phone, ext, pager, s.email])
        lines.append(f"{s.full:<20} {s.title[:40]:<40} {s.phone}  x{ext}  {pager}")
    body = f"""Hi all - updated program directory for 2025 attached (xlsx) and below. Changes: new pager
numbers for the surgeons after the vendor switch, and the nurse line moved to x0175.

Main line / scheduling     {MAIN_PH}
Nurse triage line          (419) 555-0175  (M-F 8-4:30; after hours -> operator, ask for bariatric on-call)
Fax - clinic               {MAIN_FAX}
Fax - prior auth           (419) 555-0169
4 West nurses' station     (419) 555-2335
Pre-admission testing      (419) 555-2260

{chr(10).join(lines)}

Please post the page by your phone.

Luis
"""
    m = build(luis.addr, f"Bariatric Program Staff <bariatricstaff@{D}>", "2025 Bariatric directory",
              body, dt, atts=[("Bariatric_Directory_2025.xlsx", xlsx_bytes(rows, "Directory"), XLSX)])
    return m, ""


@reg("clean", "lookalike")
def lk_ticket():
    dt = when(2024, 8, h=9)
    inc = f"INC{random.randint(1000000, 1999999)}"
    body = f"""Incident {inc} has been RESOLVED.

Short description:  Exam 5 floor scale not transmitting weights to Epic (BT bridge)
Caller:             Sunny Pham
Location:           HCMH - PAV B - STE 410 - EXAM 5
Configuration item: SCALE-BARI-FLR-05
Asset tag:          HC-{random.randint(100000, 199999)}
Serial number:      SL1000-{random.randint(2200000, 2299999)}
Bridge device:      WAN-BT-{random.randint(1000, 9999)} (MAC 00:1B:{random.randint(10,99)}:4F:{random.randint(10,99)}:A2)
Assignment group:   IS-Biomed Device Integration
Assigned to:        Carl Dufresne
Opened:             {(dt - datetime.timedelta(days=2, hours=3, minutes=17)).strftime('%m/%d/%Y %H:%M')}
Resolved:           {dt.strftime('%m/%d/%Y %H:%M')}

Resolution notes:
Bridge firmware 2.4.1 dropped pairing after the 7/30 network change. Re-paired scale to bridge,
updated firmware to 2.4.3, verified test weight 100.0 lb transmitted to the device integration
test harness and displayed in flowsheet row "Weight - device." Also checked Exam 2 and
hallway scales (SCALE-BARI-FLR-02, SCALE-BARI-STD-01): no issues.

If the issue is not resolved, reply to this email within 5 days to reopen {inc}.

IS Service Desk | ext. 4357 (HELP) | https://servicedesk.{D}
"""
    m = build(f"IS Service Desk <servicedesk@{D}>", ST["sunny"].addr,
              f"{inc} resolved - Exam 5 floor scale not transmitting", body, dt)
    return m, ""


@reg("clean", "lookalike")
def lk_stats():
    lor = ST["lorraine"]
    dt = when(2024, 11, h=12)
    body = f"""Hi all,

Q3 2024 program dashboard (Jul 1 - Sep 30), pulled 11/4 from the MBSAQIP workstation. These are
our internal numbers; the SAR benchmarks come in the spring.

VOLUME
  Primary cases                 142   (SG 101 | RYGB 33 | SADI-S 8)
  Revisions/conversions          11
  Mean age                       44.8 yrs (range 19-71)
  Female                         78.2%
  Mean pre-op BMI                46.3 (SD 6.9)
  Medicaid / commercial / MA     31% / 58% / 11%

OUTCOMES (30-day)
  Readmission                    2.1%  (3/142)
  Reoperation                    0.7%  (1/142)
  ED visit w/o admission         4.9%  (7/142)
  Leak                           0
  VTE                            0.7%
  Mortality                      0
  Mean LOS                       1.2 days; 91.5% discharged POD1

FOLLOW-UP
  30-day                         98.6%
  1-year (2023 cohort)           64.0%  -> goal 75%
  Mean %EWL at 1 yr (2023)       61.4%  |  %TWL 28.9%
  T2DM remission at 1 yr         52% (of 77 with T2DM at baseline)

Education/support
  Info seminar attendees         318   (in-person 121, virtual 197)
  Support group avg attendance   21/session

Let me know if you want these broken out by surgeon for OPPE.

Lorraine
"""
    m = build(lor.addr, [ST["beth"].addr, ST["kazemi"].addr], "Q3 2024 dashboard", body, dt)
    return m, ""


@reg("clean", "lookalike")
def lk_recall():
    hol = ST["hollis"]
    dt = when(2025, 4, h=14)
    lots = [f"K{random.randint(4000, 4999)}{random.choice('ABCDEF')}{random.randint(10, 99)}" for _ in range(5)]
    body = f"""URGENT: MEDICAL DEVICE RECALL - ACTION REQUIRED BY 5/2

Product:   Powered articulating endoscopic linear stapler, 60 mm, 45 cm shaft
Catalog:   PSE60A-45 / PSE60A-45XL
GTIN/UDI-DI: 0081{random.randint(1000000000, 9999999999)}
Affected lots:
  {lots[0]}  exp 2026-09-30
  {lots[1]}  exp 2026-10-31
  {lots[2]}  exp 2026-10-31
  {lots[3]}  exp 2026-11-30
  {lots[4]}  exp 2026-12-31
Recall class: II (firm-initiated, FDA notified)
Manufacturer ref: FA-2025-0{random.randint(100, 999)}

Issue: possible failure to fully fire at the end of the stroke due to a battery-pack
connector defect. Manufacturer reports no serious injuries.

HCMH inventory check (Lawson + cart sweep, 4/22):
  Main OR core           12 units  (lots {lots[0]}, {lots[2]})  - QUARANTINED
  Bariatric cart OR 7     3 units  (lot {lots[2]})               - QUARANTINED
  ASC                     0 units

Replacement units (unaffected lot) arrive Friday; rep will swap on site. Please DO NOT use any
device from the lots above. If a device from an affected lot was used since 3/1 and you
experienced a misfire, submit a Safety Event report so Risk can file a MedWatch.

Hollis Yeager | Supply Chain Coordinator, Periop | {hol.phone}
"""
    m = build(hol.addr, [ST["tess"].addr, ST["kazemi"].addr, ST["solberg"].addr, ST["oduya"].addr,
                         f"Periop Leadership <periopleaders@{D}>"],
              "URGENT recall - 60mm powered stapler lots", body, dt, headers={"Importance": "high"})
    return m, ""


# =============================================================================
# CLEAN / news
# =============================================================================
@reg("clean", "news")
def news_patient_newsletter():
    dt = when(2025, 3, d=3, h=10)
    txt = f"""THE SCALE-DOWN - Spring 2025
News from the {PROG}

SPRING SUPPORT GROUP TOPICS
  Mar 11  Mindful eating at restaurants (Kerri-Ann Boateng, RD)
  Mar 25  "I hit a plateau - now what?" (open discussion)
  Apr 8   Strength training basics - bring sneakers! (Rafael Medeiros, MS)
  Apr 22  Relationships and change after surgery (Nadia Haddad, LCSW)
Groups meet Tuesdays 6:00-7:30 PM, Pavilion A Community Room, or join by Zoom.

RECIPE: SHEET-PAN LEMON HERB CHICKEN (puree-friendly variation)
  1 lb boneless chicken thighs, 1 lemon, 2 tsp dried oregano, 1 tbsp olive oil, salt, pepper.
  Bake at 400F for 25 minutes. For stage 3 (soft), pulse with a little low-sodium broth.
  Per 3 oz serving: 160 kcal, 21 g protein, 1 g carbohydrate.

VITAMIN CORNER
Taking your calcium citrate at the same time as your multivitamin? Separate them by at least
two hours - iron and calcium compete for absorption.

WALK WITH A DOC
Join Dr. Femi Oduya on Saturday, April 26, at 9 AM for a 1-mile walk around Wexbridge Riverside
Park. Free, all fitness levels welcome.

You are receiving this newsletter because you signed up at an information seminar or support
group. To unsubscribe, reply with "unsubscribe" or call {MAIN_PH}.
{HOSP} | {ADDR1} | {ADDR2}
"""
    html = to_html(txt).replace("<p>THE SCALE-DOWN - Spring 2025",
                                '<p><img src="cid:logo" alt="HCMH"><br><b style="font-size:16pt;color:#16607a">THE SCALE-DOWN - Spring 2025</b>')
    m = build(f"Harrow Creek Bariatric Center <news@{D}>", f"Bariatric Newsletter <newsletter-list@{D}>",
              "The Scale-Down: spring support group topics + a 25-minute dinner", txt, dt, html=html,
              headers={"List-Unsubscribe": f"<mailto:news@{D}?subject=unsubscribe>", "Precedence": "bulk"})
    html_part = [p for p in m.walk() if p.get_content_type() == "text/html"][0]
    html_part.add_related(logo_png(), maintype="image", subtype="png", cid="<logo>", filename="logo.png")
    return m, ""


@reg("clean", "news")
def news_accreditation():
    dt = when(2024, 9, h=11)
    body = f"""HARROW CREEK HEADLINES - Employee News | {dt.strftime('%B %d, %Y')}

Bariatric Center earns MBSAQIP reaccreditation as a Comprehensive Center

The {PROG} has again been accredited as a Comprehensive Center by the Metabolic and Bariatric
Surgery Accreditation and Quality Improvement Program (MBSAQIP), following a two-day site visit
in July. Reviewers highlighted the program's multidisciplinary pre-operative pathway, 30-day
follow-up rate above 98%, and the bariatric-ready equipment audit on 4 West.

"This is a team accomplishment - from our schedulers and dietitians to the nurses on 4 West
and the OR staff," said Dr. Reza Kazemi, medical director. "It tells our community that the
care here meets a national standard."

The program performed more than 550 procedures in 2023 and offers sleeve gastrectomy, gastric
bypass, SADI-S and revisional surgery, plus a medical weight management clinic.

Also in this issue:
 - Flu vaccine clinics start 10/1 in the Pavilion A lobby
 - Parking garage level 3 closes for resurfacing 10/14-10/18
 - Congratulations to our DAISY Award honoree from 4 West, Tamara Lopes, RN

Harrow Creek Headlines is published by Marketing & Communications. Story ideas: news@{D}
"""
    m = build(f"Harrow Creek Headlines <headlines@{D}>", f"All Staff <allstaff@{D}>",
              "Headlines: Bariatric Center reaccredited | flu clinics | garage closure", body, dt,
              html=to_html(body))
    return m, ""


@reg("clean", "news")
def news_journal_club():
    joy = ST["joy"]
    dt = when(2024, 6, h=17)
    body = f"""Journal club recap - thanks to everyone who came Thursday.

Article: 5-year outcomes of SADI-S vs RYGB in patients with BMI >= 50 (multicenter
retrospective cohort, n = 1,284; SADI-S 412 / RYGB 872)

Key findings
 - %TWL at 5 years: 38.1% SADI-S vs 29.4% RYGB (p < 0.001)
 - T2DM remission at 5 years: 71% vs 58%
 - Nutritional deficiencies more common after SADI-S: vitamin A 19% vs 6%, vitamin D 41% vs
   27%, hypoalbuminemia 4.1% vs 1.3%
 - Reoperation for any cause: 9.2% vs 11.0% (NS)
 - New-onset GERD after SADI-S 14%; 3% converted to RYGB

Limitations we discussed: retrospective, 5-year follow-up only 61% overall, selection bias
(SADI-S surgeons favored younger patients), no standardized vitamin protocol across sites.

Take-home for our program: if we expand SADI-S we need a firmer fat-soluble vitamin protocol
and a plan to improve long-term follow-up before we do.

Next month: Kerri-Ann presents on protein intake and lean mass loss with GLP-1 RAs after
surgery. 7/18, 12-1, lunch provided.

Joy
"""
    m = build(joy.addr, f"Bariatric Program Staff <bariatricstaff@{D}>", "Journal club recap - SADI-S vs RYGB 5 yr",
              body, dt)
    return m, ""


@reg("clean", "news")
def news_public_health():
    dt = when(2024, 4, h=9)
    frm = "Marion County Health District <epi-bulletin@marioncountyhd-oh.org>"
    body = f"""{EXTERNAL_BANNER}COMMUNITY HEALTH BULLETIN | Vol. 12, No. 4 | {dt.strftime('%B %Y')}

Adult obesity in our region: 2023 Behavioral Risk Factor data

- Adult obesity prevalence (BMI >= 30) in the 4-county region was 38.7% (95% CI 35.9-41.5),
  up from 34.2% in 2018. Statewide: 36.4%.
- Severe obesity (BMI >= 40) was 9.8% of adults, highest among adults 40-59 (12.6%).
- Prevalence was higher in rural census tracts (42.1%) than in urban tracts (35.0%).
- Among adults with obesity, 31% reported diagnosed diabetes and 44% hypertension.
- Only 28% of adults met physical activity guidelines.

What we're doing
 - Expanding the "Walk Wexbridge" trail network by 6 miles this summer
 - Partnering with area health systems, including Harrow Creek, on a referral pathway from
   primary care to evidence-based weight management programs
 - Produce prescription pilot at two federally qualified health centers

Full report and county tables: marioncountyhd-oh.org/data

To unsubscribe from Community Health Bulletin, click here.
"""
    m = build(frm, "Community Partners <partners@marioncountyhd-oh.org>",
              "Community Health Bulletin: adult obesity in our region (2023 data)", body, dt)
    return m, ""


@reg("clean", "news")
def news_seminar():
    dt = when(2025, 1, d=15, h=11)
    txt = f"""Is weight-loss surgery right for you?

Join a free information seminar with our board-certified bariatric surgeons and learn about:
  - Sleeve gastrectomy, gastric bypass and SADI-S
  - Who qualifies, and what insurance usually requires
  - What the first year after surgery really looks like
  - Medical weight management options, including medications

IN PERSON: Thursday, February 6, 6:00 PM - Pavilion A Community Room (free parking, Garage B)
ONLINE:    Tuesday, February 18, 12:00 PM - live webinar with Q&A
Attending a seminar is the first step to scheduling a consultation.

Register at harrowcreekhealth.org/weightloss or call {MAIN_PH}.

{HOSP} | {ADDR1} | {ADDR2}
You are receiving this because you requested information from Harrow Creek. Unsubscribe | Privacy
"""
    html = f"""<html><body style="margin:0;font-family:Arial,sans-serif;background:#f3f6f8">
<table width="600" align="center" style="background:#fff">
<tr><td><img src="cid:hcmh-logo" alt="Harrow Creek" width="180" height="54"></td></tr>
<tr><td style="padding:18px"><h1 style="color:#16607a;font-size:22pt">Is weight-loss surgery right for you?</h1>
<p>Join a free information seminar with our board-certified bariatric surgeons and learn about:</p>
<ul><li>Sleeve gastrectomy, gastric bypass and SADI-S</li><li>Who qualifies, and what insurance usually requires</li>
<li>What the first year after surgery really looks like</li><li>Medical weight management options, including medications</li></ul>
<p><b>IN PERSON:</b> Thursday, February 6, 6:00 PM &mdash; Pavilion A Community Room<br>
<b>ONLINE:</b> Tuesday, February 18, 12:00 PM &mdash; live webinar with Q&amp;A</p>
<p><a href="https://www.harrowcreekhealth.org/weightloss" style="background:#16607a;color:#fff;padding:10px 18px;text-decoration:none">Register now</a></p>
<p style="font-size:8pt;color:#777">{HOSP} | {ADDR1} | {ADDR2}<br>Unsubscribe | Privacy</p></td></tr></table></body></html>"""
    m = build(f"Harrow Creek Weight Loss Center <events@{D}>", "subscriber@example.com",
              "Free seminar: Is weight-loss surgery right for you? (Feb 6 & Feb 18)", txt, dt, html=html,
              headers={"List-Unsubscribe": f"<https://www.{D}/unsubscribe?c=bari0125>"})
    # inline logo on the html part
    html_part = [p for p in m.walk() if p.get_content_type() == "text/html"][0]
    html_part.add_related(logo_png(), maintype="image", subtype="png", cid="<hcmh-logo>", filename="logo.png")
    return m, ""


@reg("clean", "news")
def news_digest():
    dt = when(2024, 12, h=6)
    body = f"""METABOLIC SURGERY WEEKLY | Issue 318 | {dt.strftime('%B %d, %Y')}

TOP STORIES
 * CMS proposes new HCPCS codes for endoscopic bariatric therapies - comment period open
   through January 31.
 * Survey: 62% of bariatric programs now run a combined surgical + anti-obesity medication
   clinic, up from 38% two years ago.
 * Large registry analysis links pre-operative GLP-1 RA use with lower intra-operative
   gastric residual volume but raises aspiration-risk questions at induction.

PRACTICE MANAGEMENT
 * Payers tighten documentation for supervised-diet requirements: 5 tips for coordinators
 * Building a revision pathway: lessons from three high-volume centers

EVENTS
 * Webinar Jan 9: "Nutrition after SADI-S" - 1.0 CE for RDs
 * Regional bariatric coordinator meetup, Columbus, Feb 21

You are receiving Metabolic Surgery Weekly because you subscribed at metabolicsurgeryweekly.com.
Manage preferences | Unsubscribe
Metabolic Surgery Weekly, 1200 Lakeview Ave Ste 8, Cleveland OH 44114
"""
    m = build("Metabolic Surgery Weekly <editor@metabolicsurgeryweekly.com>", ST["beth"].addr,
              "MSW #318: CMS endoscopic codes | GLP-1 + surgery clinics | coordinator tips", body, dt,
              html=to_html(body), headers={"Precedence": "bulk"})
    return m, ""


# =============================================================================
# CLEAN / staff
# =============================================================================
@reg("clean", "staff")
def staff_oncall():
    beth = ST["beth"]
    dt = when(2024, 6, d=24, h=15)
    surg = [("Kazemi", "(419) 555-3311"), ("Solberg", "(419) 555-3312"), ("Oduya", "(419) 555-3313")]
    lines = []
    d = datetime.date(2024, 7, 1)
    while d.month == 7:
        if d.weekday() == 0 or d.day == 1:
            wk_end = min(d + datetime.timedelta(days=6 - d.weekday()), datetime.date(2024, 7, 31))
            s = surg[(d.isocalendar()[1]) % 3]
            apn = random.choice(["Okafor", "Okafor", "Whitcombe (RN triage)"])
            lines.append(f"{md(d)}-{md(wk_end)}   {s[0]:<9} {s[1]}   APP/RN backup: {apn}")
        d += datetime.timedelta(days=1)
    body = f"""Hi team,

July call below. Weekday call runs 0700-0700; the weekend surgeon covers Fri 1700 - Mon 0700.
July 4th holiday: Dr. Solberg has agreed to cover the holiday itself (thank you!).

{chr(10).join(lines)}

Swaps need to be entered in Amion AND emailed to the operator (operator@{D}) at least 48 hours
ahead. Dr. Oduya is at the ASMBS meeting 7/22-7/25 and cannot take call those dates - already
reflected above.

Beth
"""
    m = build(beth.addr, [ST["kazemi"].addr, ST["solberg"].addr, ST["oduya"].addr, ST["joy"].addr, ST["dana"].addr],
              "July 2024 bariatric call schedule", body, dt, cc=f"Hospital Operator <operator@{D}>")
    return m, ""


@reg("clean", "staff")
def staff_welcome():
    beth = ST["beth"]
    dt = when(2024, 2, d=5, h=9)
    body = f"""Good morning everyone!

Please join me in welcoming Priya Venkataraman, MS, RD, LD, CSOWM, who joins our team today
as our second bariatric dietitian. Priya comes to us from the medical weight management
program at a large academic center, where she spent six years, and she holds the Board
Certification as a Specialist in Obesity and Weight Management. She'll lead the pre-op
nutrition classes on Mondays and Wednesdays and see post-op patients alongside Kerri-Ann.

Fun facts: she's run four marathons, makes a mean dal, and has a very opinionated cat named
Biscuit.

Her office is B-412 (next to Kerri-Ann's), ext. 0190. Stop by and say hi - and there are
welcome cupcakes in the break room at 3!

Beth Lindqvist, MHA
Program Manager, Bariatric & Metabolic Surgery
"""
    m = build(beth.addr, f"Bariatric Program Staff <bariatricstaff@{D}>", "Welcome Priya Venkataraman, RD!",
              body, dt, html=to_html(body))
    return m, ""


@reg("clean", "staff")
def staff_celebration():
    dana = ST["dana"]
    dt = when(2024, 11, h=13)
    body = """Hi all!!

As most of you know, we hit our 1,000th robotic case this month - a huge milestone for everyone
from scheduling to the OR to 4 West. To celebrate, we're doing a (healthy-ish) potluck:

  WHEN:  Thursday 12/5, 11:30-1:30 (drop in between clinics)
  WHERE: Pavilion B conference room

Sign-up sheet is on the fridge. So far we have: Sunny - spring rolls, Rafael - pao de queijo,
Carmen - tamales (!!!), Kerri-Ann - a protein-ball bar, Dr. Oduya - jollof rice, Dr. K says
he's bringing "a surprise" which historically means store-bought cookies.

4 West and OR folks are invited too - Maureen and Tess are spreading the word.

Dana
"""
    m = build(dana.addr, f"Bariatric Program Staff <bariatricstaff@{D}>",
              "1000 robotic cases potluck 12/5 !!", body, dt, cc=[ST["maureen"].addr, ST["tess"].addr])
    return m, ""


@reg("clean", "staff")
def staff_leave_coverage():
    beth = ST["beth"]
    dt = when(2024, 7, d=29, h=16)
    body = f"""Team,

Luis will be out on leave starting Monday 8/5 and returning Monday 9/16. Please respect his time
away and don't contact him about work.

Coverage while he's out:
  - Seminar registration and new-patient intake calls: Carmen
  - Pre-op checklist tracking and surgery date scheduling: Dana (Carmen backup)
  - Insurance checklists and payer letters: Marcus
  - Support group logistics: Nadia
  - The shared "Coordinator" inbox will be monitored by Carmen; I've updated the auto-reply.

We've also brought in a float patient access rep, Jordan Mabry, Tuesdays and Thursdays to help
with phones. Jordan will sit at the front desk.

Thanks for pitching in.

Beth
"""
    m = build(beth.addr, f"Bariatric Program Staff <bariatricstaff@{D}>", "Coordinator coverage 8/5 - 9/13",
              body, dt)
    return m, ""


@reg("clean", "staff")
def staff_kronos():
    frm = f"Payroll Services <payroll@{D}>"
    dt = when(2024, 12, d=16, h=8)
    body = f"""Reminder for managers and staff - holiday pay periods

 - Pay period 26 ends Saturday 12/21. Timecards must be approved by managers by 10:00 AM
   Monday 12/23 (early deadline because of the holiday).
 - Christmas Day (12/25) and New Year's Day (1/1) are paid holidays. Non-exempt staff who work
   the holiday are paid at 1.5x for hours worked plus holiday pay per policy HR-214.
 - Missed punches must be corrected in Kronos with a reason code; paper exception forms are no
   longer accepted.
 - Employees on the bi-weekly schedule will be paid 12/27 as usual. W-2s will be available in
   Workday by January 24.

Questions: Payroll Services, ext. 2080, or payroll@{D}.

Payroll Services | Human Resources
{HOSP}
"""
    m = build(frm, f"All Staff <allstaff@{D}>", "Holiday timecard deadline - approve by 10 AM Mon 12/23",
              body, dt)
    return m, ""


@reg("clean", "staff")
def staff_licenses():
    beth = ST["beth"]
    dt = when(2025, 3, d=3, h=10)
    rows = [["Name", "Credential", "License/Cert #", "Expires", "BLS", "ACLS", "Status"],
            ["Dana Whitcombe", "RN / CBN", f"RN.{random.randint(300000, 499999)} / CBN {random.randint(1000, 9999)}", "10/31/2025", "06/2025", "06/2025", "OK"],
            ["Joy Okafor", "APRN-CNP", f"APRN.CNP.{random.randint(10000, 99999)}", "10/31/2025", "09/2025", "09/2025", "OK"],
            ["Sunny Pham", "CMA (AAMA)", f"{random.randint(1000000, 1999999)}", "04/30/2025", "04/2025", "-", "RENEW BY 4/30"],
            ["Kerri-Ann Boateng", "RD / LD", f"CDR {random.randint(1000000, 1999999)} / LD.{random.randint(3000, 9999)}", "05/31/2025", "08/2026", "-", "CEUs due"],
            ["Rafael Medeiros", "ACSM-EP", f"{random.randint(500000, 599999)}", "12/31/2026", "03/2025", "-", "BLS expired - schedule"],
            ["Nadia Haddad", "LCSW", f"I.{random.randint(1000000, 1999999)}", "11/30/2025", "-", "-", "OK"],
            ["Helen Forsythe", "PsyD", f"PSY.{random.randint(7000, 9999)}", "01/31/2026", "-", "-", "OK"]]
    body = f"""Hi all - quarterly credential check for the program ahead of the MBSAQIP reverification.
Three items need attention (see Status column in the attachment):

  - Sunny: CMA recertification due 4/30
  - Kerri-Ann: CEU log due to CDR by 5/31
  - Rafael: BLS expired 3/1 - there's a skills session 3/12 at 0800 in the Sim Lab

Please send me a copy of renewed cards/certificates for the binder. Thanks!

Beth
"""
    m = build(beth.addr, f"Bariatric Program Staff <bariatricstaff@{D}>", "Credential check Q1 - 3 items due",
              body, dt, atts=[("Credentials_Q1_2025.xlsx", xlsx_bytes(rows, "Credentials"), XLSX)])
    return m, ""


@reg("clean", "staff")
def staff_interviews():
    sh = ST["shawna"]
    dt = when(2025, 4, d=14, h=11)
    body = f"""Hi all,

Thank you for being part of the interview panel for the Nurse Practitioner, Bariatric Surgery
position (req #NP-{random.randint(24000, 24999)}). Candidate: Marisol Greaves, MSN, APRN, AGACNP-BC
(currently at a Level II trauma center, 4 yrs surgical APP experience). CV attached in Workday.

Tuesday 4/22 - Pavilion B
   8:30 -  9:00   Beth Lindqvist (program overview)
   9:00 -  9:45   Dr. Kazemi & Dr. Solberg
   9:45 - 10:15   Joy Okafor (peer interview + clinic shadow)
  10:15 - 10:45   Dana Whitcombe & Kerri-Ann Boateng
  10:45 - 11:15   Tour of 4 West with Maureen Kiley
  11:15 - 11:30   Shawna Reedy (HR wrap-up)

Please complete your evaluation form in Workday by end of day Wednesday. Reminder: we can't
ask about family plans, age, health, or disability - stick to the structured questions.

Shawna Reedy
HR Business Partner | Human Resources
{sh.phone}
"""
    to = [ST["beth"].addr, ST["kazemi"].addr, ST["solberg"].addr, ST["joy"].addr, ST["dana"].addr,
          ST["kerri"].addr, ST["maureen"].addr]
    m = build(sh.addr, to, "Interview schedule - NP candidate 4/22", body, dt)
    return m, ""


# =============================================================================
# CLEAN / training
# =============================================================================
@reg("clean", "training")
def tr_epic_script():
    pri = ST["priyanka"]
    dt = when(2024, 9, d=23, h=14)
    body = f"""Super users,

Below is the test script for Thursday's validation of the Bariatric ERAS order set in the
TST environment (NOT production). Please use only the test patients listed - they are
refreshed nightly.

TEST PATIENTS (TST environment)
  ZZTEST, BARIATRIC ONE     MRN 99990001   DOB 01/01/1980   F   "Sleeve - standard"
  ZZTEST, BARIATRIC TWO     MRN 99990002   DOB 02/02/1975   M   "RYGB - insulin-dependent DM"
  ZZTEST, BARIATRIC THREE   MRN 99990003   DOB 03/03/1990   F   "Revision - gastroparesis flag"

SCRIPT
  1. Log in to TST as your super-user test ID (BARISU01-BARISU08).
  2. Open ZZTEST, BARIATRIC ONE > Pre-Admission encounter > Order Sets > "Bariatric ERAS - Pre-op."
     Expected: carb-loading drink defaults ON. Sign.
  3. Repeat with BARIATRIC TWO. Expected: carb-loading defaults OFF with BPA
     "Insulin-dependent diabetes - review carbohydrate load."
  4. Create a surgical encounter for BARIATRIC THREE; open "Bariatric ERAS - Post-op."
     Expected: metoclopramide is NOT in the PONV panel (gastroparesis rule).
  5. Discharge navigator > Bariatric vitamin SmartSet: verify 4 meds pre-selected and AVS
     language is the 6th-grade version.
  6. Record PASS/FAIL and screenshots in the validation workbook (SharePoint > ERAS > TST).

Issues -> log in the build tracker with the step number. Thanks!

Priyanka
"""
    m = build(pri.addr, f"Bariatric Super Users <bari-superusers@{D}>",
              "TST validation script - Bariatric ERAS order set (Thurs 9/26)", body, dt)
    return m, ""


@reg("clean", "training")
def tr_case_study():
    gwen = ST["gwen"]
    dt = when(2025, 1, h=13)
    body = f"""Hi 4 West team,

Here is the case study for this month's bariatric competency huddles. This is a composite,
de-identified scenario written for teaching - not an actual patient.

CASE
A 44-year-old woman is POD 1 after laparoscopic sleeve gastrectomy. Pre-op BMI 47. History of
OSA on CPAP, hypertension. At 0400 her HR is 118 (was 88 at midnight), RR 22, temp 37.9 C,
SpO2 93% on 2 L. She says she "just feels anxious" and has new left shoulder pain. She has
taken 90 mL of clears since midnight.

QUESTIONS
1. Which finding is the most sensitive early sign of a staple-line leak after bariatric
   surgery?
2. What is your first action, and who do you call?
3. Why might the patient's abdomen be hard to assess on exam?
4. What equipment should already be in the room for a patient with BMI > 40?
5. Her CPAP was left at home. What is the risk, and what do you do?

Answers and discussion are in the attached slide notes - please don't peek before huddle!

Gwen Albright, MSN, RN-BC
Clinical Nurse Educator
{gwen.phone}
"""
    paras = ["**Case study answer key - Bariatric post-op (TEACHING CASE, fictitious)",
             "1. Sustained tachycardia > 110-120 bpm is often the earliest and most sensitive sign of a leak.",
             "2. Notify the bariatric surgeon/on-call immediately (rapid response if unstable); obtain full set of vitals, ensure IV access, keep NPO.",
             "3. Body habitus limits the abdominal exam; peritoneal signs may be absent.",
             "4. Bariatric bed with scale, large adult and thigh BP cuffs, wide wheelchair/commode, SCDs sized XL, lift equipment.",
             "5. Untreated OSA with opioids increases risk of hypoxia; use hospital CPAP per RT protocol and continuous pulse oximetry."]
    m = build(gwen.addr, f"4 West RNs <4westrn@{D}>", "Bariatric competency huddle - January case study",
              body, dt, atts=[("Case_Study_Answer_Key.docx", docx_bytes(paras), DOCX)])
    return m, ""


@reg("clean", "training")
def tr_quiz():
    kerri = ST["kerri"]
    dt = when(2024, 8, h=10)
    body = """Hi!

For the new staff orientation packet - here's the post-op diet stages quiz. Answer key at the
bottom (scroll slowly if you want to test yourself first).

1. Stage 1 (clear liquids) usually lasts how long after surgery?
   a) 1-2 days   b) 2 weeks   c) 1 month
2. Which of these is NOT allowed on stage 2 (full liquids)?
   a) protein shake   b) thinned cream of wheat   c) carbonated water
3. Minimum daily protein goal for most patients after sleeve/bypass?
   a) 20-30 g   b) 60-80 g   c) 150 g
4. Patients should stop drinking how long before a meal and wait how long after?
   a) 0/0 min   b) 30/30 min   c) 5/60 min
5. Calcium citrate vs calcium carbonate after bypass - which is preferred and why?
6. Name 3 symptoms of early dumping syndrome.

.
.
.
.
ANSWER KEY: 1-a  2-c  3-b  4-b  5-citrate; absorbed without stomach acid
6-cramping, diarrhea, nausea, flushing, rapid heartbeat, dizziness (within 10-30 min)

Kerri-Ann
"""
    m = build(kerri.addr, ST["gwen"].addr, "post-op diet stages quiz for orientation", body, dt)
    return m, ""


@reg("clean", "training")
def tr_hl7_test():
    dev = ST["dev"]
    dt = when(2025, 2, d=24, h=15)
    body = f"""Vendor team,

For Friday's connectivity test of the BARIREG interface, please load the following messages
in your TEST listener only (port 6671). All are synthetic test patients from our TST
environment; they will never carry real data.

MSH|^~\\&|EPIC|HCMH|MBSREG|BARIREG_VENDOR|20250228090000||ADT^A01^ADT_A01|TST0001|T|2.5.1
EVN|A01|20250228090000
PID|1||99990001^^^HCMH^MR||ZZTEST^BARIATRIC ONE||19800101|F|||100 TEST ST^^TESTVILLE^OH^00000||(000)000-0000
PV1|1|I|4W^TEST^A^HCMH||||0000000000^TESTDOC^ALPHA^^^^MD|||SUR
DG1|1||E66.01^Morbid (severe) obesity due to excess calories^I10|||A

MSH|^~\\&|EPIC|HCMH|MBSREG|BARIREG_VENDOR|20250228091500||ADT^A03^ADT_A03|TST0002|T|2.5.1
EVN|A03|20250228091500
PID|1||99990001^^^HCMH^MR||ZZTEST^BARIATRIC ONE||19800101|F
PV1|1|I|4W^TEST^A^HCMH||||0000000000^TESTDOC^ALPHA^^^^MD|||SUR||||||||||||||||||||||||||20250301101500

Expected: AA for both, case created in vendor sandbox with status "Pending 30-day."
MSH-11 = T (training/test) - production listener must reject these with AR.

Dev
"""
    m = build(dev.addr, "BARIREG Implementation <implementation@bariregistry-solutions.com>",
              "Friday connectivity test - synthetic ADT messages", body, dt, cc=ST["priyanka"].addr)
    return m, ""


@reg("clean", "training")
def tr_sample_form():
    helen = ST["helen"]
    dt = when(2024, 5, h=12)
    lines = ["SAMPLE - FOR TRAINING USE ONLY - FICTITIOUS PATIENT",
             "Pre-Surgical Psychological Evaluation - Intake Questionnaire",
             "",
             "Name: Jane Sample            DOB: 01/01/1900         MRN: 00000000",
             "Referring surgeon: Dr. Example",
             "",
             "1. Why are you seeking weight-loss surgery at this time?",
             "   'I want to be able to keep up with my kids and get off my blood pressure pills.'",
             "2. Previous weight-loss attempts: Weight Watchers (2x), low-carb, phentermine (2015).",
             "3. Eating behaviors (past 3 months): night eating 2x/wk; no purging.",
             "4. PHQ-9 score: 6 (mild)      GAD-7 score: 4 (minimal)",
             "5. Alcohol: AUDIT-C 2.  Tobacco: never.",
             "6. Support person: spouse.",
             "",
             "Clinician notes (sample): illustrates a 'cleared with recommendations' outcome.",
             ]
    body = f"""Hi Nadia and Luis,

For the new intake workflow training on Wednesday, I put together a filled-in sample of the
psych intake questionnaire (fictitious "Jane Sample") so people can see what a complete one
looks like and where the scores go in the flowsheet. It's watermarked SAMPLE. Please don't
use any real patient forms in the slides.

Helen

Helen Forsythe, PsyD
Health Psychologist
"""
    m = build(helen.addr, [ST["nadia"].addr, ST["luis"].addr], "sample intake form for Wed training", body, dt,
              atts=[("SAMPLE_psych_intake_Jane_Sample.pdf", pdf_bytes(lines, "SAMPLE intake"), "application/pdf")])
    return m, ""


@reg("clean", "training")
def tr_sim_drill():
    gwen = ST["gwen"]
    dt = when(2024, 10, d=7, h=8)
    body = f"""Sim drill - Bariatric post-op deterioration
Date: Wednesday 10/16, 1400-1530, Sim Lab 2 (Pavilion C, lower level)

Learners: 4 West RNs (2 per session), 1 resident, RT
Faculty: Gwen Albright, Dr. Oduya, Joy Okafor

Scenario ("Mr. Sim Test," high-fidelity manikin with bariatric suit, simulated weight 380 lb):
  - 0-5 min: POD 1 RYGB, complains of feeling "off"; HR climbs 96 -> 124
  - 5-10 min: SpO2 falls to 89%, RR 26, new LUQ pain; learners expected to escalate
  - 10-15 min: rapid response; safe patient handling (lift team, air mattress transfer)
  - 15-25 min: debrief with video

Objectives:
  1. Recognize tachycardia as an early sign of anastomotic leak
  2. Use SBAR to escalate to the bariatric surgeon
  3. Demonstrate safe repositioning with bariatric equipment

Please complete the pre-brief module in the LMS (course BARI-SIM-02) beforehand. No real
patient information is used in this scenario.

Gwen
"""
    m = build(gwen.addr, [ST["maureen"].addr, ST["oduya"].addr, ST["joy"].addr],
              "Sim drill 10/16 - bariatric post-op deterioration", body, dt,
              atts=[("sim_room_layout.png", scan_png(), "image/png")])
    return m, ""


# =============================================================================
# main
# =============================================================================
EXPECTED = {
    ("phi", "care"): 8, ("phi", "ids"): 8, ("phi", "lang"): 8, ("phi", "lists"): 7,
    ("phi", "names"): 8, ("phi", "self"): 7, ("phi", "struct"): 7,
    ("clean", "admin"): 7, ("clean", "lookalike"): 7, ("clean", "news"): 6,
    ("clean", "staff"): 7, ("clean", "training"): 6,
}


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: python3 gen.py OUTDIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    counts = {}
    rows = []
    for label, kind, fn in REG:
        msg, pname = fn()
        n = counts.get((label, kind), 0) + 1
        counts[(label, kind)] = n
        fname = f"{label}-{kind}-{n:03d}.eml"
        with open(os.path.join(out, fname), "wb") as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        rows.append([fname, label, kind, pname])
    with open(os.path.join(out, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    assert counts == EXPECTED, counts
    for (label, kind), n in sorted(counts.items()):
        print(f"{label}-{kind}: {n}")
    print(f"total: {sum(counts.values())}")


if __name__ == "__main__":
    main()
