#!/usr/bin/env python3
"""Generate a blind evaluation set of email for a hearing-aid / audiology retail chain.

Everything here is invented: people, numbers, organisations, addresses.
Usage: python3 gen.py OUTDIR
"""
import csv
import io
import os
import random
import struct
import sys
import zlib
import zipfile
import datetime as dt
from email.message import EmailMessage
from email.utils import format_datetime
import email.policy

SEED = 10001
random.seed(SEED)

CO = "harborpinehearing.com"
CO_NAME = "Harbor & Pine Hearing Centers"

TZ = dt.timezone(dt.timedelta(hours=-5))
TZ_DST = dt.timezone(dt.timedelta(hours=-4))

# --------------------------------------------------------------------------
# people and places (staff are fixed; patients are drawn per message)
# --------------------------------------------------------------------------
STORES = {
    "Eastgate": ("4410 Eastgate Blvd, Suite 6", "Lorain Falls, OH 44093", "(440) 555-0141", "(440) 555-0149"),
    "Millbrook": ("88 Mill St", "Millbrook, OH 44120", "(216) 555-0172", "(216) 555-0179"),
    "Cedar Falls": ("2301 Cedar Falls Rd", "Stow Crossing, OH 44224", "(330) 555-0118", "(330) 555-0119"),
    "Riverside Plaza": ("610 Riverside Plaza", "Medford Bay, OH 44256", "(330) 555-0163", "(330) 555-0160"),
    "Westfield": ("17 Westfield Commons", "Avon Ridge, OH 44011", "(440) 555-0127", "(440) 555-0128"),
    "Oak Hollow": ("955 Oak Hollow Pkwy", "Parma Vale, OH 44134", "(216) 555-0190", "(216) 555-0191"),
    "Port Adair": ("3 Harbor View Dr", "Port Adair, OH 44077", "(440) 555-0135", "(440) 555-0136"),
}

class P:
    def __init__(self, first, last, addr, title="", store="", phone="", cred=""):
        self.first, self.last, self.addr = first, last, addr
        self.title, self.store, self.phone, self.cred = title, store, phone, cred

    @property
    def name(self):
        return f"{self.first} {self.last}"

    @property
    def hdr(self):
        return f"{self.name} <{self.addr}>"

    def sig(self, style="full"):
        n = self.name + (f", {self.cred}" if self.cred else "")
        if style == "short":
            return f"{self.first}"
        if style == "mid":
            return f"{n}\n{self.title}"
        lines = [n, self.title]
        if self.store and self.store in STORES:
            a1, a2, ph, fx = STORES[self.store]
            lines.append(f"{CO_NAME} - {self.store}")
            lines.append(f"{a1}, {a2}")
            lines.append(f"P {self.phone or ph} | F {fx}")
        else:
            lines.append(f"{CO_NAME} - Support Office")
            lines.append(f"P {self.phone or '(216) 555-0100'}")
        lines.append("harborpinehearing.com")
        return "\n".join(lines)


def staff(first, last, title, store="", cred="", ext=None, user=None):
    u = user or (first[0] + last).lower().replace("'", "").replace(" ", "")
    ph = ""
    if ext:
        ph = f"(216) 555-0100 x{ext}"
    return P(first, last, f"{u}@{CO}", title, store, ph, cred)

RAMAN = staff("Priya", "Raman", "Audiologist", "Eastgate", "Au.D., CCC-A")
ODUYA = staff("Marcus", "Oduya", "Audiologist / Tinnitus Program Lead", "Riverside Plaza", "Au.D.")
SOKOLOVA = staff("Elena", "Sokolova", "Audiologist", "Millbrook", "Au.D.")
GALLAGHER = staff("Tom", "Gallagher", "Hearing Instrument Specialist", "Cedar Falls", "BC-HIS")
MEDINA = staff("Rosa", "Medina", "Hearing Instrument Specialist", "Westfield", "HIS")
TRAN = staff("Kevin", "Tran", "Hearing Instrument Specialist", "Riverside Plaza", "HIS")
WHITLEY = staff("Joanne", "Whitley", "Store Manager", "Eastgate")
BROOKS = staff("Darnell", "Brooks", "Store Manager", "Millbrook")
KOWALCZYK = staff("Stacy", "Kowalczyk", "Patient Care Coordinator", "Westfield")
FAIRBANKS = staff("Megan", "Fairbanks", "Patient Care Coordinator", "Eastgate")
LIMA = staff("Ana", "Lima", "Insurance & Billing Specialist", "", "", 214)
CASTELLANO = staff("Brian", "Castellano", "Regional Director of Operations", "", "", 201)
FERRANTE = staff("Nicole", "Ferrante", "HR Generalist", "", "SHRM-CP", 230)
DONNELLY = staff("Claire", "Donnelly", "Marketing Manager", "", "", 240)
ORTEGA = staff("Luis", "Ortega", "Repair & Returns Coordinator", "", "", 222)
SEO = staff("Min-jung", "Seo", "Patient Care Coordinator", "Oak Hollow", user="mseo")
BAPTISTE = staff("Jocelyn", "Baptiste", "Hearing Instrument Specialist", "Port Adair", "HIS")
PIKE = staff("Sharon", "Pike", "Clinical Training Manager", "", "Au.D.", 250)
HUANG = staff("Wei", "Huang", "Store Manager", "Riverside Plaza")
NOWAK = staff("Agnieszka", "Nowak", "Patient Care Coordinator", "Millbrook")
DELACRUZ = staff("Maricel", "Dela Cruz", "Patient Care Coordinator", "Port Adair", user="mdelacruz")
PATEL = staff("Ravi", "Patel", "IT Systems Administrator", "", "", 260)
FINCH = staff("Gordon", "Finch", "Controller", "", "CPA", 205)
HALVERSON = staff("Beth", "Halverson", "Store Manager", "Cedar Falls")

HELPDESK = P("HPH IT Service Desk", "", f"servicedesk@{CO}")
HELPDESK.first = "HPH IT Service Desk"; HELPDESK.last = ""

def ext_person(first, last, addr, title="", org="", phone="", cred=""):
    p = P(first, last, addr, title, "", phone, cred)
    p.org = org
    return p

SOLVANE_REP = ext_person("Derek", "Amundsen", "derek.amundsen@solvanehearing.com", "Territory Manager, Northeast Ohio", "Solvane Hearing, Inc.", "(614) 555-0187")
NORDLYS_REP = ext_person("Kari", "Lindahl", "kari.lindahl@nordlysaudio.com", "Key Account Manager", "Nordlys Audio USA", "(952) 555-0133")
ENT_REF = ext_person("Referral", "Coordinator", "referrals@northshore-ent.org", "", "Northshore ENT & Balance Center", "(216) 555-0155")
ENT_DR = ext_person("Samuel", "Whitford", "swhitford@northshore-ent.org", "Otolaryngology", "Northshore ENT & Balance Center", "(216) 555-0155", "MD")
ABP = ext_person("Provider", "Relations", "providers@audiobenefitpartners.com", "", "AudioBenefit Partners", "1-800-555-0162")
ABP_CLAIMS = ext_person("Tasha", "Merritt", "tmerritt@audiobenefitpartners.com", "Claims Resolution Specialist", "AudioBenefit Partners", "1-800-555-0162 x4471")
SILVER = ext_person("Silverline", "Provider Services", "provider.services@silverlinehealthplan.org", "", "Silverline Health Plan", "1-877-555-0120")

FIRST_F = ["Dorothy", "Ruth", "Marlene", "Shirley", "Frances", "Bernice", "Yolanda", "Gloria", "Helen", "Joan",
           "Patricia", "Carol", "Evelyn", "Lorraine", "Judith", "Maxine", "Darlene", "Irene", "Beverly", "Gail",
           "Consuelo", "Mae", "Loretta", "Phyllis", "Sandra", "Wanda", "Rita", "Connie", "Nadine", "Vera"]
FIRST_M = ["Harold", "Walter", "Gerald", "Eugene", "Leonard", "Clarence", "Raymond", "Frank", "George", "Howard",
           "Donald", "Ernest", "Stanley", "Vernon", "Lloyd", "Russell", "Dale", "Wendell", "Curtis", "Roland",
           "Melvin", "Herbert", "Floyd", "Dennis", "Albert", "Calvin", "Otis", "Norman", "Gary", "Roger"]
LAST = ["Kessler", "Whitfield", "Briggs", "Ambrose", "Delgado", "Okafor", "Lindqvist", "Petrakis", "Hollins",
        "Fairweather", "Pruitt", "Mancuso", "Szymanski", "Greer", "Abernathy", "Castillo", "Yoder", "McAllister",
        "Ostrowski", "Harrington", "Bellamy", "Jankowski", "Vance", "Thibodeaux", "Rasmussen", "Kowalski",
        "Esposito", "Haddad", "Blackwell", "Underwood", "Pettigrew", "Marchetti", "Dunleavy", "Stroud",
        "Oyelaran", "Fenwick", "Gutierrez", "Lachance", "Novak", "Carmichael", "Ferreira", "Hargrove",
        "Albrecht", "Sorensen", "Whitcomb", "Nakamura", "Ibarra", "Kaminski", "Tolliver", "Quintero",
        "Brandt", "Coleridge", "Dombrowski", "Eckert", "Fitzgibbon", "Galloway", "Hutchins", "Irwin", "Jablonski",
        "Kimura", "Lombardi", "Mbeki", "Nordstrom", "O'Rourke", "Pasternak", "Quigley", "Renfro", "Salazar",
        "Trujillo", "Uhl", "Varga", "Wojcik", "Yancey", "Zielinski", "Ashby", "Boateng", "Crenshaw", "DiNapoli",
        "Ellsworth", "Farrow", "Gaines", "Holloway", "Isaacson", "Jeffries", "Kowal", "Lyles", "Mayfield",
        "Nichols", "Ogletree", "Prentice", "Rourke", "Sadowski", "Tate", "Vasquez", "Weatherby", "Zamora",
        "Amato", "Birch", "Caruso", "Dvorak", "Emery", "Feld", "Grimaldi", "Hale", "Ingram", "Jessup"]

_used = set()

def person(sex=None):
    """Return (first, last) for an invented customer, not reused."""
    for _ in range(500):
        s = sex or random.choice("FM")
        f = random.choice(FIRST_F if s == "F" else FIRST_M)
        l = random.choice(LAST)
        if (f, l) not in _used and l not in {x[1] for x in _used}:
            _used.add((f, l))
            return f, l
    f = random.choice(FIRST_F + FIRST_M)
    l = random.choice(LAST)
    return f, l


def dob(lo=1930, hi=1962):
    y = random.randint(lo, hi)
    m = random.randint(1, 12)
    d = random.randint(1, 28)
    return dt.date(y, m, d)


def fmt_d(d, style="us"):
    if style == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "short":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "iso":
        return d.isoformat()
    if style == "hl7":
        return f"{d.year}{d.month:02d}{d.day:02d}"
    if style == "long":
        return d.strftime("%B %d, %Y").replace(" 0", " ")
    return str(d)


def phone(area=None):
    a = area or random.choice(["216", "440", "330", "234", "419"])
    return f"({a}) 555-01{random.randint(0, 99):02d}"


def phone_dash(area=None):
    a = area or random.choice(["216", "440", "330", "234"])
    return f"{a}-555-01{random.randint(0, 99):02d}"


def digits(n):
    return "".join(random.choice("0123456789") for _ in range(n))


def mbi():
    # Medicare Beneficiary Identifier shape: C A AN N A AN N A A N N
    L = "ACDEFGHJKMNPQRTUVWXY"
    A = L + "0123456789"
    s = (random.choice("123456789") + random.choice(L) + random.choice(A) + random.choice("0123456789") +
         random.choice(L) + random.choice(A) + random.choice("0123456789") + random.choice(L) + random.choice(L) +
         random.choice("0123456789") + random.choice("0123456789"))
    return s


def mbi_dash(s):
    return f"{s[:4]}-{s[4:7]}-{s[7:]}"


def serial():
    return f"{random.randint(19, 24)}{random.choice(['KX', 'RT', 'LM', 'QB', 'ZN'])}{digits(5)}"


def street():
    return f"{random.randint(12, 9890)} {random.choice(['Birch Ln', 'Elm St', 'Ridgeview Dr', 'Maple Ave', 'Harbor Rd', 'Sycamore Ct', 'Lakeshore Blvd', 'Pinecrest Dr', 'Winding Way', 'Orchard Hill Rd', 'Church St', 'W 130th St'])}"


def town():
    return random.choice(["Lorain Falls, OH 44093", "Millbrook, OH 44120", "Stow Crossing, OH 44224",
                          "Avon Ridge, OH 44011", "Parma Vale, OH 44134", "Port Adair, OH 44077",
                          "Medford Bay, OH 44256"])


def personal_addr(first, last, style=None):
    dom = random.choice(["example.com", "example.net", "kestrelmail.com", "cedarpostmail.net",
                         "lakeviewnet.net", "example.org", "buckeyeweb.net", "oldharbormail.com"])
    st = style or random.choice(["fl", "f.l", "fl##", "flast", "nick"])
    f, l = first.lower().replace(" ", ""), last.lower().replace(" ", "").replace("'", "")
    if st == "fl":
        u = f + l
    elif st == "f.l":
        u = f + "." + l
    elif st == "fl##":
        u = f + l[0] + str(random.randint(40, 72))
    elif st == "flast":
        u = f[0] + l
    else:
        u = random.choice(["grandma", "papa", "gramps", "nana", "buckeye", "fisherman", "gardenlady", "oldsarge"]) + l[:3] + str(random.randint(1, 99))
    return f"{u}@{dom}"


# --------------------------------------------------------------------------
# dates and ids
# --------------------------------------------------------------------------
BASE = dt.datetime(2024, 1, 8, 8, 0)


def _is_dst(d):
    """US Eastern daylight time: 2nd Sunday of March 2:00 to 1st Sunday of November 2:00."""
    def nth_sunday(y, m, n):
        first = dt.date(y, m, 1)
        off = (6 - first.weekday()) % 7
        return first + dt.timedelta(days=off + 7 * (n - 1))
    start = dt.datetime.combine(nth_sunday(d.year, 3, 2), dt.time(2))
    end = dt.datetime.combine(nth_sunday(d.year, 11, 1), dt.time(2))
    return start <= d.replace(tzinfo=None) < end


def when(day_lo=0, day_hi=560, hour_lo=7, hour_hi=19):
    d = BASE + dt.timedelta(days=random.randint(day_lo, day_hi))
    if d.weekday() >= 5 and random.random() < 0.8:
        d += dt.timedelta(days=7 - d.weekday())  # most mail is written on weekdays
    d = d.replace(hour=random.randint(hour_lo, hour_hi), minute=random.randint(0, 59), second=random.randint(0, 59))
    return d.replace(tzinfo=TZ_DST if _is_dst(d) else TZ)


def fix_tz(d):
    """Re-stamp a derived datetime with the right Eastern offset."""
    n = d.replace(tzinfo=None)
    return n.replace(tzinfo=TZ_DST if _is_dst(n) else TZ)


def before(d, minutes_lo=20, minutes_hi=60 * 30):
    return d - dt.timedelta(minutes=random.randint(minutes_lo, minutes_hi))


def hdr_date(d):
    return format_datetime(fix_tz(d))


def outlook_date(d):
    h = d.hour % 12 or 12
    ap = "AM" if d.hour < 12 else "PM"
    return f"{d.strftime('%A')}, {d.strftime('%B')} {d.day}, {d.year} {h}:{d.minute:02d} {ap}"


def gmail_date(d):
    h = d.hour % 12 or 12
    ap = "AM" if d.hour < 12 else "PM"
    return f"{d.strftime('%a')}, {d.strftime('%b')} {d.day}, {d.year} at {h}:{d.minute:02d} {ap}"


def msgid(domain=CO):
    return f"<{''.join(random.choice('0123456789abcdef') for _ in range(16))}.{''.join(random.choice('0123456789abcdef') for _ in range(8))}@{domain}>"


def dom_of(addr):
    a = addr.split("<")[-1].rstrip(">")
    return a.split("@")[-1]


# --------------------------------------------------------------------------
# quoting helpers
# --------------------------------------------------------------------------

def quote(text, prefix="> "):
    return "\n".join((prefix + ln) if ln.strip() else prefix.rstrip() for ln in text.strip("\n").split("\n"))


def gmail_reply(d, who, text):
    return f"On {gmail_date(d)} {who} wrote:\n{quote(text)}"


def outlook_orig(d, frm, to, subj, text, cc=None):
    s = "-----Original Message-----\n"
    s += f"From: {frm}\nSent: {outlook_date(d)}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    s += f"Subject: {subj}\n\n{text.strip()}"
    return s


def outlook_hdr(d, frm, to, subj, text, cc=None):
    s = "________________________________\n"
    s += f"From: {frm}\nSent: {outlook_date(d)}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    s += f"Subject: {subj}\n\n{text.strip()}"
    return s


def fwd_block(d, frm, to, subj, text):
    return (f"---------- Forwarded message ---------\nFrom: {frm}\nDate: {gmail_date(d)}\n"
            f"Subject: {subj}\nTo: {to}\n\n{text.strip()}")


DISCLAIMER = ("CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the "
              "intended recipient(s) and may contain confidential and privileged information. Any unauthorized "
              "review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please "
              "contact the sender by reply e-mail and destroy all copies of the original message.")

DISCLAIMER2 = ("This message is intended only for the addressee and may contain information that is privileged or "
               "confidential. If you received it in error please notify the sender and delete it. Harbor & Pine "
               "Hearing Centers, LLC.")

MOBILE = ["Sent from my iPhone", "Sent from my iPad", "Sent from my Galaxy", "Sent from Yahoo Mail for Android",
          "Get Outlook for iOS", "Sent from my Verizon, Samsung Galaxy smartphone"]


# --------------------------------------------------------------------------
# binary attachment builders (all by hand, standard library only)
# --------------------------------------------------------------------------
ZDATE = (2024, 1, 1, 0, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def _xml_esc(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;"))


def _col(i):
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
            ref = f"{_col(c)}{r}"
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_xml_esc(v)}</t></is></c>')
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
          f'<sheets><sheet name="{_xml_esc(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", ws)])


def make_docx(paragraphs):
    ps = []
    for p in paragraphs:
        bold = p.startswith("**")
        t = p.strip("*")
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        ps.append(f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{_xml_esc(t)}</w:t></w:r></w:p>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f'<w:body>{"".join(ps)}<w:sectPr/></w:body></w:document>')
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


def make_pdf(lines, title="Document"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    y = 760
    ops = ["BT", "/F1 11 Tf", "14 TL", f"50 {y} Td"]
    for i, ln in enumerate(lines):
        ops.append(f"({esc(ln)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Title (" + esc(title).encode("latin-1", "replace") + b") /Producer (HPH DocGen 2.1) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n".encode()
    out += b"0000000000 65535 f \n"
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def make_png(w=120, h=40, kind="logo"):
    """A real PNG: a plain two-colour logo bar, or a blank (near-white) scan page."""
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            if kind == "logo":
                cx, cy = h // 2, h // 2
                if (x - cx) ** 2 + (y - cy) ** 2 <= (h // 2 - 4) ** 2:
                    px = (31, 78, 121)
                elif x > h and h // 3 < y < 2 * h // 3:
                    px = (76, 140, 92)
                else:
                    px = (255, 255, 255)
            else:
                px = (250, 250, 248) if (x + y) % 97 else (236, 236, 234)
            row += bytes(px)
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(t, data):
        c = struct.pack(">I", len(data)) + t + data
        return c + struct.pack(">I", zlib.crc32(t + data) & 0xFFFFFFFF)
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def make_ics(summary, start, minutes, location, description, organizer, uid_dom=CO):
    end = start + dt.timedelta(minutes=minutes)
    f = lambda d: d.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    uid = "".join(random.choice("0123456789abcdef") for _ in range(24))
    desc = description.replace("\n", "\\n").replace(",", "\\,")
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Harbor & Pine Hearing//Scheduler 4.2//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            f"UID:{uid}@{uid_dom}\r\nDTSTAMP:{f(start - dt.timedelta(days=3))}\r\n"
            f"DTSTART:{f(start)}\r\nDTEND:{f(end)}\r\nSUMMARY:{summary}\r\n"
            f"LOCATION:{location.replace(',', chr(92) + ',')}\r\nDESCRIPTION:{desc}\r\n"
            f"ORGANIZER;CN={organizer.name}:mailto:{organizer.addr}\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n")


# --------------------------------------------------------------------------
# message builder
# --------------------------------------------------------------------------
MIME = {
    "csv": ("text", "csv"), "txt": ("text", "plain"), "edi": ("text", "plain"), "hl7": ("text", "plain"),
    "json": ("application", "json"), "xml": ("application", "xml"), "pdf": ("application", "pdf"),
    "png": ("image", "png"), "ics": ("text", "calendar"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "dat": ("text", "plain"),
}


def _addr(x):
    if isinstance(x, P):
        return x.hdr
    if isinstance(x, (list, tuple)):
        return ", ".join(_addr(i) for i in x)
    return x


def mk(frm, to, subject, body, date=None, cc=None, html=None, atts=None, headers=None, reply_to=None,
       in_reply_to=None):
    m = EmailMessage()
    m["From"] = _addr(frm)
    m["To"] = _addr(to)
    if cc:
        m["Cc"] = _addr(cc)
    if reply_to:
        m["Reply-To"] = _addr(reply_to)
    m["Subject"] = subject
    d = date or when()
    m["Date"] = hdr_date(d)
    m["Message-ID"] = msgid(dom_of(_addr(frm)))
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    for k, v in (headers or {}).items():
        m[k] = v
    m["MIME-Version"] = "1.0"
    m.set_content(body.replace("\r\n", "\n"))
    if html:
        m.add_alternative(html, subtype="html")
    for a in atts or []:
        fname, data = a[0], a[1]
        ext = fname.rsplit(".", 1)[-1].lower()
        mt, st = a[2] if len(a) > 2 else MIME.get(ext, ("application", "octet-stream"))
        if isinstance(data, str):
            if mt == "text":
                m.add_attachment(data, subtype=st, filename=fname)
            else:
                m.add_attachment(data.encode("utf-8"), maintype=mt, subtype=st, filename=fname)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    return m


def simple_html(text, footer=""):
    paras = []
    for block in text.strip().split("\n\n"):
        paras.append("<p>" + _xml_esc(block).replace("\n", "<br>") + "</p>")
    if footer:
        paras.append(f'<p style="font-size:9pt;color:#777">{_xml_esc(footer)}</p>')
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">'
            + "\n".join(paras) + "</body></html>")


def csv_text(rows):
    b = io.StringIO()
    w = csv.writer(b, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return b.getvalue()


def aligned(rows, sep="  "):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for r in rows:
        out.append(sep.join(str(v).ljust(widths[i]) for i, v in enumerate(r)).rstrip())
    return "\n".join(out)


def piped(rows):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for j, r in enumerate(rows):
        out.append("| " + " | ".join(str(v).ljust(widths[i]) for i, v in enumerate(r)) + " |")
        if j == 0:
            out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(out)


# registry --------------------------------------------------------------
REG = []


def email_for(label, kind):
    def deco(fn):
        REG.append((label, kind, fn))
        return fn
    return deco


# ==========================================================================
# PHI - care
# ==========================================================================
@email_for("phi", "care")
def care_daughter_ride():
    mf, ml = person("F")
    df = random.choice(["Karen", "Lisa", "Michelle", "Denise", "Tammy"])
    dl = random.choice(["Ruhl", "Sato", "Brennan", "Ocasio", ml])
    daddr = personal_addr(df, dl)
    d0 = when(30, 400, 7, 21)
    d1 = d0 + dt.timedelta(hours=random.randint(1, 5))
    appt_day = (d0 + dt.timedelta(days=3)).strftime("%A")
    orig = (f"Hi,\n\nMy mom {mf} {ml} has her follow up with Dr. Raman on {appt_day} at 9:15. "
            f"I work until noon that day and she doesn't drive anymore since the winter. Is there any way to "
            f"move her to 2 or after? Any day next week works too.\n\n"
            f"Also she says she's almost out of the little batteries (the brown tab ones I think, size 312?) "
            f"and the drugstore ones \"don't last\". Can she get a couple packs when she comes in, or can you mail "
            f"them? Her address is {street()}, {town()}.\n\nThank you so much, she really likes Dr. Raman.\n\n{df} {dl}\n{phone()}")
    body = (f"Hi {df},\n\nNo problem at all. I moved your mom to next {random.choice(['Tuesday', 'Wednesday', 'Thursday'])} at 2:30 "
            f"with Dr. Raman, same location (Eastgate, next to the Giant Eagle). It's a 30 minute visit.\n\n"
            f"I'll have 2 packs of 312s at the front desk for her - they're covered for the first year with her aids so "
            f"there's no charge. If she'd rather we mail them just reply and I'll drop them in the mail today.\n\n"
            f"If the ride falls through, our office can give you the number for the county senior transport, "
            f"they need 48 hours notice.\n\nThanks!\n\n{FAIRBANKS.sig()}\n\n"
            + gmail_reply(d0, f"{df} {dl} <{daddr}>", orig))
    m = mk(FAIRBANKS, f"{df} {dl} <{daddr}>", f"RE: Moms appointment thursday", body, date=d1)
    return m, f"{mf} {ml}"


@email_for("phi", "care")
def care_handover():
    f, l = person("M")
    wife = random.choice(["Jean", "Barb", "Linda", "Pat"])
    sn = serial()
    d = when(20, 500, 16, 20)
    body = (f"Beth / Stacy -\n\nI'm out starting tomorrow through the 14th. One thing I don't want to fall through the cracks:\n\n"
            f"{f} {l} is coming in {random.choice(['Tues', 'Wed'])} morning to pick up his left one back from Solvane (s/n {sn}). "
            f"Repair ticket says they replaced the receiver and the shell. Before he leaves please:\n"
            f"  - put it on the charger w/ him in the room and show him the light goes green\n"
            f"  - swap both domes to the 8mm closed, he said the open ones feel like \"nothing's in there\"\n"
            f"  - run the feedback manager again on the left after the receiver swap\n"
            f"  - he's still owed one box of wax guards from the last visit (no charge)\n\n"
            f"He prefers mornings, his wife {wife} drives him and waits in the car so keep it quick if you can. "
            f"Best number is the home line {phone()}, he doesn't check the cell.\n\n"
            f"If anything weird comes up with the fitting call Dr. Sokolova, she saw him for the original test.\n\n"
            f"Thanks guys, owe you one\nTom\n\n--\n{GALLAGHER.sig()}")
    m = mk(GALLAGHER, [HALVERSON, KOWALCZYK], f"coverage while I'm out - {l} pickup", body, date=d)
    return m, f"{f} {l}"


@email_for("phi", "care")
def care_reschedule_loaner():
    f, l = person("F")
    d = when(10, 520, 9, 17)
    old = (d + dt.timedelta(days=random.randint(2, 6))).date()
    body = (f"Dr. Raman,\n\n{f} {l} called this morning. She wants to push her fitting from {old.month}/{old.day} to sometime "
            f"the week after - her granddaughter is getting married and she'll be out of town. I have you open "
            f"{random.choice(['Tues', 'Wed', 'Fri'])} the {random.randint(10, 27)}th at 11 or 3:30. OK to book one of those?\n\n"
            f"She also asked if she can borrow a loaner for the trip since her old ones are \"barely working\". We have "
            f"two Solvane loaners in the drawer (L-07 and L-11). I told her I'd check with you first because I wasn't sure "
            f"if you wanted to program one for her or just give her the old pair back with new tubing.\n\n"
            f"Her callback # is {phone()}. She said after 1pm is best.\n\nMegan\n\n"
            f"Megan Fairbanks\nPatient Care Coordinator | Eastgate\n{STORES['Eastgate'][2]}")
    m = mk(FAIRBANKS, RAMAN, f"{f} {l} - fitting reschedule + loaner?", body, date=d)
    return m, f"{f} {l}"


@email_for("phi", "care")
def care_facility_visit():
    f, l = person("M")
    room = random.randint(101, 340)
    d = when(15, 520, 15, 19)
    visit = (d - dt.timedelta(days=random.randint(0, 1))).date()
    nurse = random.choice(["Tricia", "Angela", "Marisol", "Debbie"])
    body = (f"Visit note - Maple Court Senior Living, {fmt_d(visit, 'short')}\n\n"
            f"Resident: {f} {l}, rm {room} (Birchwood wing)\n\n"
            f"Saw him in his room with the aide ({nurse}). Clean & check both aids, replaced wax guards and domes, "
            f"new batteries in both. The right aid was in the pocket of his cardigan in the laundry bin - 3rd time "
            f"per staff. We put his name + room # on the case with the label maker and left a laminated card on his "
            f"nightstand showing which one is red/right.\n\n"
            f"Staff asked if we can come back monthly instead of every 3 months. I said I'd ask. Daughter ({random.choice(['Sue', 'Carol', 'Jill'])}) "
            f"is the contact and wants a call with an update - {phone()}.\n\n"
            f"Didn't bill anything today, it was under the service plan.\n\n"
            f"Next visit: tentatively {fmt_d(visit + dt.timedelta(days=30), 'short')} with the other two Maple Court folks.\n\n"
            f"-Kevin\n\n{TRAN.sig('mid')}\n\n{DISCLAIMER2}")
    m = mk(TRAN, [HUANG], f"Maple Court visit today", body, date=d, cc=[ODUYA])
    return m, f"{f} {l}"


@email_for("phi", "care")
def care_battery_club():
    f, l = person()
    addr = personal_addr(f, l)
    d = when(5, 540, 6, 22)
    order = f"BC-{digits(6)}"
    size = random.choice(["312", "13", "10", "675"])
    body = (f"New Battery Club order submitted via harborpinehearing.com\n"
            f"==================================================\n\n"
            f"Order #:            {order}\n"
            f"Submitted:          {d.strftime('%m/%d/%Y %I:%M %p')}\n"
            f"Preferred store:    {random.choice(list(STORES))}\n\n"
            f"Customer name:      {f} {l}\n"
            f"Email:              {addr}\n"
            f"Phone:              {phone()}\n"
            f"Ship to:            {street()}\n"
            f"                    {town()}\n\n"
            f"Battery size:       {size}\n"
            f"Quantity (packs):   {random.choice([2, 4, 6])}\n"
            f"Auto-ship:          Every {random.choice([60, 90])} days\n"
            f"Hearing aids purchased at Harbor & Pine?   Yes\n"
            f"Comments:           I go thru them faster than the chart says, wearing them all day now for my "
            f"{random.choice(['grandsons soccer games', 'church choir', 'card club'])}. Please send before the 1st. thanks\n\n"
            f"Payment:            On file (Visa ending {digits(4)})\n\n"
            f"--\nThis message was generated automatically by the Harbor & Pine web store. Do not reply to this address.\n"
            f"To fulfil, open Orders > Battery Club in SoundChart.")
    m = mk(f"Harbor & Pine Web Store <no-reply@{CO}>", f"Battery Club Orders <batteryclub@{CO}>",
           f"[Battery Club] New order {order} - {l}, {f}", body, date=d, reply_to=f"{f} {l} <{addr}>")
    return m, f"{f} {l}"


@email_for("phi", "care")
def care_repair_expedite():
    f, l = person("M")
    sn = serial()
    rma = f"RMA{digits(7)}"
    d0 = when(40, 500, 8, 16)
    d1 = d0 + dt.timedelta(hours=random.randint(2, 30))
    orig = (f"Luis,\n\nCan you push on Solvane for this one? {f} {l}'s right RIC, s/n {sn}, went out on "
            f"{rma} almost two weeks ago. It cuts out when he turns his head. He's on a loaner but it's an older "
            f"model and he can't use his phone app with it, and he's a deacon and does the readings at church every "
            f"Sunday. He's called twice this week and he's getting pretty frustrated.\n\nThanks\nDarnell\n\n{BROOKS.sig()}")
    body = (f"Darnell - Derek at Solvane says it's in QC now and will ship 2-day tomorrow, tracking to follow. "
            f"They found a cracked receiver wire AND moisture in the battery door, so they replaced the housing too "
            f"(still under warranty, no charge). I'll flag it when it lands at the DC so it goes straight out to Millbrook.\n\n"
            f"Want me to call him or do you want to?\n\nLuis\n\n{ORTEGA.sig('mid')}\n\n"
            + outlook_orig(d0, BROOKS.hdr, ORTEGA.hdr, f"Expedite? {rma}", orig))
    m = mk(ORTEGA, BROOKS, f"RE: Expedite? {rma}", body, date=d1, cc=[SOLVANE_REP])
    return m, f"{f} {l}"


@email_for("phi", "care")
def care_son_poa():
    f, l = person("M")
    son = random.choice(["Mike", "Steve", "Greg", "Tony", "Brian"])
    saddr = personal_addr(son, l, "f.l")
    d0 = when(30, 520, 19, 23)
    d1 = d0 + dt.timedelta(hours=random.randint(12, 20))
    orig = (f"Hello,\n\nMy father {f} {l} was in at your Millbrook office on Monday and came home with new hearing aids. "
            f"Great that he has them but he called me three times yesterday because he can't figure out the charger, "
            f"he thought he had to take the batteries out (there aren't any??). Last night they were dead and he spent the "
            f"evening not hearing the TV and was pretty upset.\n\n"
            f"I'm his power of attorney and I live about an hour away. Could someone call me and walk me through it so I "
            f"can explain it to him, or could he come back in for a quick visit? He has a hard time remembering new steps "
            f"lately so a written sheet with big print would help too.\n\n"
            f"My cell is {phone()}.\n\nThanks,\n{son} {l}\n\n{random.choice(MOBILE)}")
    body = (f"Hi {son},\n\nThanks for reaching out and I'm sorry about the rough night. I called and left you a voicemail. "
            f"We'd be happy to see your dad again - I've put him on for Thursday at 10:00 with Agnieszka for a 20 minute "
            f"\"charger and cleaning\" visit, no charge. We'll send him home with our large-print quick card, and we can put "
            f"a colored sticker on the charger so he can see which side is which.\n\n"
            f"Since you're his POA, if you can bring (or email) a copy of the POA document we'll scan it to his file so we can "
            f"discuss his account and appointments with you going forward.\n\n"
            f"Best,\n{BROOKS.sig()}\n\n" + gmail_reply(d0, f"{son} {l} <{saddr}>", orig))
    m = mk(BROOKS, f"{son} {l} <{saddr}>", "Re: My dad's new hearing aids", body, date=d1, cc=[NOWAK])
    return m, f"{f} {l}"


@email_for("phi", "care")
def care_reminder_auto():
    f, l = person("F")
    addr = personal_addr(f, l)
    d = when(10, 530, 6, 8)
    ap = d + dt.timedelta(days=2)
    ap = ap.replace(hour=random.choice([9, 10, 11, 13, 14, 15]), minute=random.choice([0, 15, 30, 45]))
    h = ap.hour % 12 or 12
    tm = f"{h}:{ap.minute:02d} {'AM' if ap.hour < 12 else 'PM'}"
    store = "Eastgate"
    a1, a2, ph, fx = STORES[store]
    vtype = random.choice(["Hearing Aid Check & Clean", "Annual Hearing Evaluation", "2-Week Fitting Follow-Up"])
    text = (f"Hi {f},\n\n"
            f"This is a friendly reminder of your upcoming appointment:\n\n"
            f"  {vtype}\n  with Priya Raman, Au.D.\n  {ap.strftime('%A, %B')} {ap.day} at {tm}\n"
            f"  {CO_NAME} - {store}\n  {a1}, {a2}\n\n"
            f"Please bring your hearing aids, charger, and any insurance cards. If you wear glasses, bring those too.\n\n"
            f"Reply C to confirm or call us at {ph} to reschedule.\n\n"
            f"We look forward to seeing you!\nThe Harbor & Pine team\n\n"
            f"You are receiving this because you have an appointment with Harbor & Pine Hearing Centers. "
            f"Manage reminders: https://{CO}/r/{digits(9)}")
    html = ('<html><body style="font-family:Arial,sans-serif;color:#222">'
            '<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#1f4e79;padding:12px">'
            '<img src="cid:logo" alt="Harbor &amp; Pine Hearing" width="120" height="40"></td></tr>'
            f'<tr><td style="padding:16px"><p>Hi {f},</p><p>This is a friendly reminder of your upcoming appointment:</p>'
            f'<p style="font-size:15px"><b>{vtype}</b><br>with Priya Raman, Au.D.<br>'
            f'<b>{ap.strftime("%A, %B")} {ap.day} at {tm}</b><br>{CO_NAME} - {store}<br>{_xml_esc(a1)}, {a2}</p>'
            '<p>Please bring your hearing aids, charger, and any insurance cards.</p>'
            f'<p><a href="https://{CO}/c/{digits(9)}" style="background:#4c8c5c;color:#fff;padding:8px 14px;text-decoration:none">Confirm</a>'
            f' &nbsp; or call {ph} to reschedule.</p></td></tr>'
            '<tr><td style="font-size:11px;color:#888;padding:16px">You are receiving this because you have an appointment '
            'with Harbor &amp; Pine Hearing Centers.</td></tr></table></body></html>')
    m = mk(f"Harbor & Pine Hearing <reminders@{CO}>", f"{f} {l} <{addr}>",
           f"Reminder: your appointment on {ap.strftime('%a %b')} {ap.day} at {tm}", text, date=d, html=html,
           headers={"X-Mailer": "SoundChart Notify 3.8", "Auto-Submitted": "auto-generated"})
    # inline logo on the html part
    html_part = m.get_body(preferencelist=("html",))
    html_part.add_related(make_png(120, 40, "logo"), maintype="image", subtype="png", cid="<logo>", filename="hph-logo.png")
    return m, f"{f} {l}"

# ==========================================================================
# PHI - ids
# ==========================================================================
@email_for("phi", "ids")
def ids_claim_denial():
    claim = f"{random.randint(23, 24)}{digits(2)}-{digits(4)}-{digits(4)}"
    mem = f"SLM{digits(9)}"
    dos = when(0, 300).date()
    d0 = when(320, 480, 9, 16)
    d1 = d0 + dt.timedelta(days=1, hours=random.randint(0, 5))
    orig = (f"Hi Tasha,\n\nFollowing up on claim {claim}, member ID {mem}, DOS {fmt_d(dos)}. Both lines (V5261 RT / V5261 LT) "
            f"came back denied with CARC 197 / RARC N54 (\"precertification/authorization absent\"). We did get an "
            f"authorization through your portal before the fitting - auth # ABP-{digits(8)}, approved at the "
            f"Advanced tech level. Screenshot attached.\n\nCan you reprocess, or tell me if we need to submit a corrected claim "
            f"with the auth in loop 2300?\n\nThanks,\nAna\n\n{LIMA.sig()}")
    body = (f"Hi Ana,\n\nThank you for the screenshot. The authorization was on file but keyed to the wrong rendering NPI "
            f"on our side. I've sent the claim back for reprocessing; you should see it on the next 835 in 7-10 business days. "
            f"No corrected claim needed.\n\nMember responsibility should come back at the $699/aid copay tier, same as the auth.\n\n"
            f"Reference for this call: INQ-{digits(7)}\n\nTasha Merritt\nClaims Resolution Specialist\nAudioBenefit Partners\n"
            f"1-800-555-0162 x4471\n\n" + outlook_hdr(d0, LIMA.hdr, ABP_CLAIMS.hdr, f"Claim {claim} - denied, auth on file", orig))
    m = mk(ABP_CLAIMS, LIMA, f"RE: Claim {claim} - denied, auth on file", body, date=d1,
           atts=[("portal_auth_screenshot.png", make_png(300, 180, "scan"))])
    return m, ""


@email_for("phi", "ids")
def ids_ent_referral():
    b = dob(1940, 1965)
    acct = f"HP-{digits(6)}"
    d = when(10, 520, 9, 17)
    ini = random.choice("BCDGHKMPRSTW")
    body = (f"Northshore ENT referrals,\n\nPlease schedule the patient below for ENT evaluation. Audiogram and tymps "
            f"attached; signed release is on file with us.\n\n"
            f"Patient:  Mr. {ini}.  (full demographics on the attached referral form)\n"
            f"DOB:      {fmt_d(b)}\n"
            f"Our acct: {acct}\n"
            f"Ins:      Silverline Medicare Advantage (PPO)\n\n"
            f"Reason:   Asymmetric SNHL, R worse than L by 20-25 dB at 2-4k. WRS R 64% / L 92%. Unilateral R tinnitus x 6 mo, "
            f"pt denies vertigo. Recommend r/o retrocochlear - MRI at physician discretion.\n\n"
            f"We are holding the hearing aid fitting until he's been cleared. Please fax or email the consult note back to us "
            f"when available.\n\nThank you,\n\n{SOKOLOVA.sig()}\n\n{DISCLAIMER}")
    pdf = make_pdf([
        "Harbor & Pine Hearing Centers - Millbrook",
        "REFERRAL FOR MEDICAL EVALUATION",
        "",
        f"Account: {acct}      DOB: {fmt_d(b)}",
        "Referred to: Northshore ENT & Balance Center",
        "Reason: asymmetric sensorineural hearing loss, R > L; R tinnitus",
        "Pure tone (dB HL)   250  500  1k  2k  3k  4k  6k  8k",
        f"Right AC             25   30  40  55  65  70  75  80",
        f"Left AC              20   20  25  35  40  45  55  60",
        "Tympanometry: Type A bilaterally",
        "WRS: R 64% @ 80 dB HL   L 92% @ 70 dB HL",
        "",
        "Referring audiologist: Elena Sokolova, Au.D.   NPI on file",
    ], "Referral")
    m = mk(SOKOLOVA, ENT_REF.hdr, f"Referral - acct {acct}", body, date=d, cc=[NOWAK],
           atts=[(f"referral_{acct}.pdf", pdf)])
    return m, ""


@email_for("phi", "ids")
def ids_mbi_verify():
    s = mbi()
    b = dob(1936, 1958)
    d = when(5, 520, 8, 12)
    body = (f"Ana - can you run benefits on this one before Friday? New customer coming in for a hearing eval at 1:30, she "
            f"said she switched plans in January and isn't sure which card is current.\n\n"
            f"MBI {mbi_dash(s)}\nDOB {fmt_d(b, 'short')}\n"
            f"Plan she thinks: Silverline Advantage Plus HMO (might be the PPO)\n\n"
            f"Mostly need to know: is the routine hearing exam covered, and what's the hearing aid allowance / copay tier. "
            f"Thx!\n\nStacy K.\nWestfield\n{STORES['Westfield'][2]}")
    m = mk(KOWALCZYK, LIMA, "benefits check pls - fri 1:30 new pt", body, date=d)
    return m, ""


@email_for("phi", "ids")
def ids_refund():
    acct = digits(8)
    d = when(20, 520, 10, 16)
    ret = (d - dt.timedelta(days=random.randint(2, 10))).date()
    total = random.choice([3890, 4590, 5190, 5980])
    fee = random.choice([250, 300])
    body = (f"Gordon,\n\nRefund request for AP - please cut a check.\n\n"
            f"Patient acct:        {acct}\n"
            f"Store:               Cedar Falls\n"
            f"Original sale:       ${total:,.2f} (binaural, paid in full, check)\n"
            f"Returned:            {fmt_d(ret)} - within 45-day trial, both devices + charger received, RMA to Nordlys done\n"
            f"Restocking fee:      ${fee:,.2f} (per signed purchase agreement)\n"
            f"Refund due:          ${total - fee:,.2f}\n"
            f"Mail to:             address on file\n\n"
            f"Pt was disappointed - said the aids helped in quiet but not at restaurants and didn't feel it was worth it "
            f"yet. Dr. Sokolova offered a different tech level, declined for now. I noted on the acct to call in 6 months.\n\n"
            f"Signed return form attached.\n\nThanks,\nBeth\n\n{HALVERSON.sig()}")
    docx = make_docx(["**Harbor & Pine Hearing Centers - Return / Cancellation Form**",
                      f"Account #: {acct}",
                      f"Date returned: {fmt_d(ret)}",
                      "Devices: Nordlys Aria 7 RIC (L/R) + charger",
                      f"Purchase price: ${total:,.2f}   Restocking fee: ${fee:,.2f}",
                      "Reason for return: limited benefit in background noise",
                      "Patient signature: on file (wet signature scanned)",
                      "Staff: B. Halverson"])
    m = mk(HALVERSON, FINCH, f"Refund - acct {acct} (trial return)", body, date=d,
           atts=[(f"return_form_{acct}.docx", docx)])
    return m, ""


@email_for("phi", "ids")
def ids_warranty_ld():
    wc = f"WC-{digits(6)}"
    sn = serial()
    pid = digits(5)
    d = when(20, 520, 9, 17)
    body = (f"Solvane Hearing - Warranty & Loss/Damage Claims\n\n"
            f"Claim {wc} has been APPROVED.\n\n"
            f"Account:            Harbor & Pine Hearing Centers #{digits(6)} (Port Adair)\n"
            f"Claim type:         Loss & Damage - one-time replacement\n"
            f"Original serial:    {sn} (LEFT)\n"
            f"Patient ref:        {pid}\n"
            f"Original fit date:  {fmt_d((d - dt.timedelta(days=random.randint(120, 600))).date())}\n"
            f"Deductible:         $295.00 - invoiced to account\n"
            f"Replacement ships:  within 3 business days, programmed from the fitting file on record\n\n"
            f"Note: This serial has now used its single L&D replacement. Future loss will not be covered under "
            f"the manufacturer warranty.\n\n"
            f"Questions: claims@solvanehearing.com | 1-888-555-0171\n")
    cover = (f"Jocelyn - FYI approved. Pt ref {pid} is the one who lost her left aid on the cruise. "
             f"I'll bill the $295 to her account when it ships, can you let her know it's coming?\n\nLuis\n\n"
             + fwd_block(d - dt.timedelta(hours=3), "Solvane Claims <claims@solvanehearing.com>", ORTEGA.hdr,
                         f"Claim {wc} approved", body))
    m = mk(ORTEGA, BAPTISTE, f"Fwd: Claim {wc} approved", cover, date=d)
    return m, ""


@email_for("phi", "ids")
def ids_va_referral():
    ref = f"VA{digits(10)}"
    ssn4 = digits(4)
    d = when(20, 520, 8, 15)
    b = dob(1944, 1972)
    body = (f"Good morning,\n\nWe received a Community Care referral for the veteran below. Before we schedule, please confirm "
            f"the authorization covers both the evaluation and the hearing aid fitting/follow-ups, and whether devices "
            f"will come through the VA's contract (DALC) or we bill separately.\n\n"
            f"Referral #:      {ref}\n"
            f"SSN (last 4):    {ssn4}\n"
            f"DOB:             {fmt_d(b)}\n"
            f"SEOC:            Audiology - Comprehensive Eval / HA Fitting\n"
            f"Authorized:      {fmt_d(d.date())} - {fmt_d((d + dt.timedelta(days=180)).date())}, 6 visits\n\n"
            f"Veteran lives near our Riverside Plaza location and requested a Saturday appointment if possible.\n\n"
            f"Thank you,\n{LIMA.sig()}\n\n{DISCLAIMER}")
    m = mk(LIMA, "Community Care Office <communitycare.northcoast@va-region-example.org>",
           f"Referral {ref} - clarification before scheduling", body, date=d, cc=[HUANG])
    return m, ""


@email_for("phi", "ids")
def ids_records_request():
    b = dob(1945, 1966)
    chart = f"C-{digits(5)}"
    d0 = when(60, 500, 9, 16)
    d1 = d0 + dt.timedelta(days=2)
    firm = random.choice(["Pryor & Vance LLP", "Hallett Mendez Law", "Covington Reyes, P.C."])
    dom = firm.split()[0].lower().replace("&", "").replace(",", "") + "law.com"
    orig = (f"To Whom It May Concern:\n\nThis office represents your former patient in a workers' compensation matter. "
            f"Enclosed please find an authorization for release of medical records signed by our client. Please provide complete records "
            f"including all audiograms, hearing aid purchase records, and correspondence for dates of service "
            f"01/01/2019 to present.\n\nClient DOB: {fmt_d(b)}\nYour chart no. (per client): {chart}\n"
            f"Claim no.: WC-{digits(2)}-{digits(6)}\n\nSincerely,\nParalegal, {firm}")
    body = (f"Darnell,\n\nSee below - records request from an attorney's office, authorization looks valid (signed, dated, "
            f"expires in 1 yr, names us). Chart {chart} is one of yours at Millbrook. I pulled the audiograms from 2019, 2021 "
            f"and 3/2023 from SoundChart but the 2020 visit shows \"scanned doc\" with nothing attached. Do you still have "
            f"paper files from before the conversion? If not I'll note it in the cover letter.\n\n"
            f"Need to send by the 30th.\n\nAna\n\n" + outlook_orig(d0, f"Records Dept <records@{dom}>",
                                                                f"info@{CO}", "Records Request", orig))
    m = mk(LIMA, BROOKS, f"FW: Records Request - chart {chart}", body, date=d1)
    return m, ""


@email_for("phi", "ids")
def ids_audiogram_upload():
    acct = digits(6)
    d = when(20, 520, 11, 18)
    vis = (d - dt.timedelta(days=random.randint(3, 20))).date()
    body = (f"Ravi,\n\nThe audiogram for acct {acct} didn't come across from the audiometer. Her {vis.month}/{vis.day} visit in "
            f"SoundChart shows the tymps and the otoscopy photo but no pure tones or speech scores, and I need them to order "
            f"her hearing aids - Solvane won't take the order without the audiogram.\n\n"
            f"Booth 2 at Oak Hollow, tech said it \"saved\". Can you look at the sync log? If it's gone I'll have to bring her "
            f"back in to retest and I'd rather not, she's 91 and her son took a half day to bring her.\n\n"
            f"Ticket # if you need it: INC-{digits(7)}\n\nMin-jung\n\nMin-jung Seo\nPatient Care Coordinator - Oak Hollow\n{STORES['Oak Hollow'][2]}")
    m = mk(SEO, PATEL, f"audiogram missing acct {acct}", body, date=d, cc=[HELPDESK.addr])
    return m, ""

# ==========================================================================
# PHI - lang
# ==========================================================================
@email_for("phi", "lang")
def lang_spanish():
    mom = random.choice([("Consuelo", "Ibarra"), ("Guadalupe", "Quintero"), ("Esperanza", "Villalobos")])
    hija = random.choice(["Marisol", "Yesenia", "Adriana"])
    addr = personal_addr(hija, mom[1])
    d0 = when(30, 520, 18, 22)
    d1 = d0 + dt.timedelta(hours=random.randint(13, 18))
    mes = random.choice(["junio", "julio", "agosto", "septiembre"])
    orig = (f"Hola Rosa,\n\nLe escribo por mi mamá, {mom[0]} {mom[1]}. Desde el domingo el audífono del lado izquierdo hace "
            f"un chiflido cada vez que se lo pone y ella dice que ya casi no oye con ese. Ya le cambiamos la pila y lo "
            f"limpiamos con el cepillito como usted nos enseñó, pero sigue igual.\n\n"
            f"¿Podría verla esta semana? Yo la puedo llevar el jueves o el viernes después de las 3. También quería "
            f"preguntarle si la cita de control de los seis meses sigue para el 12 de {mes} o si la tenemos que cambiar.\n\n"
            f"Mejor llámeme a mí al {phone()}, porque ella no escucha bien por teléfono.\n\n"
            f"Muchas gracias por todo, mi mamá la quiere mucho.\n{hija}")
    body = (f"Hola {hija},\n\nGracias por avisarme. Tráigala el jueves a las 3:30, ya le aparté el espacio. Lo más probable es "
            f"que sea el tubito o el domo, o que tenga cera en el oído. Si es cera y está muy tapado le vamos a pedir que "
            f"vaya con su médico para que se la saquen, pero primero la reviso yo.\n\n"
            f"La cita de los seis meses la dejo igual, el 12 de {mes} a las 10:00.\n\n"
            f"Que traiga el cargador también por favor.\n\nSaludos a su mamá,\nRosa\n\n{MEDINA.sig()}\n\n"
            + gmail_reply(d0, f"{hija} {mom[1]} <{addr}>", orig))
    m = mk(MEDINA, f"{hija} {mom[1]} <{addr}>", "Re: audífono de mi mamá", body, date=d1, cc=[KOWALCZYK])
    return m, f"{mom[0]} {mom[1]}"


@email_for("phi", "lang")
def lang_vietnamese():
    ba = random.choice([("Nguyễn Văn", "Hùng"), ("Trần Văn", "Phúc"), ("Lê Văn", "Thành")])
    con = random.choice(["Minh", "Tuấn", "Long"])
    last = ba[0].split()[0]
    addr = personal_addr(con, "nguyen" if last == "Nguyễn" else ("tran" if last == "Trần" else "le"))
    mem = f"SLM{digits(9)}"
    b = dob(1944, 1950)
    d0 = when(30, 520, 20, 23)
    d1 = d0 + dt.timedelta(hours=random.randint(10, 16))
    sat = random.randint(3, 28)
    orig = (f"Chào anh Kevin,\n\nEm là {con}, con trai của bác {ba[0]} {ba[1]}. Dạo này ba em nghe kém hơn nhiều, xem tivi "
            f"phải mở rất to và hay hỏi lại. Em muốn đặt lịch cho ba đi đo thính lực ở tiệm Riverside, nếu được thì vào "
            f"sáng thứ Bảy vì trong tuần em phải đi làm.\n\n"
            f"Ba em có bảo hiểm Medicare Advantage của Silverline, số thẻ hội viên là {mem}. Anh xem giùm em bảo hiểm có "
            f"trả cho việc đo thính lực và máy trợ thính không?\n\n"
            f"Ngày sinh của ba em là {fmt_d(b)}. Ba em không nói được nhiều tiếng Anh nên em sẽ đi cùng.\n\n"
            f"Cảm ơn anh nhiều,\n{con}\n{phone()}")
    body = (f"Chào em {con},\n\nAnh đã đặt lịch cho bác sáng thứ Bảy ngày {sat} lúc 10 giờ với anh ở tiệm Riverside Plaza. "
            f"Anh cũng đã kiểm tra bảo hiểm rồi: đo thính lực hằng năm được trả, copay $0. Máy trợ thính thì có phụ cấp "
            f"qua AudioBenefit Partners, tùy loại máy mà bác trả $499 hoặc $799 mỗi bên - gặp nhau anh sẽ giải thích kỹ hơn.\n\n"
            f"Nhớ mang theo thẻ bảo hiểm, giấy tờ tùy thân và danh sách thuốc bác đang uống nhé. Buổi hẹn khoảng 1 tiếng.\n\n"
            f"Anh Kevin\n\n{TRAN.sig()}\n\n" + gmail_reply(d0, f"{con} <{addr}>", orig))
    m = mk(TRAN, f"{con} <{addr}>", "Re: Đặt lịch đo thính lực cho ba em", body, date=d1)
    return m, f"{ba[0]} {ba[1]}"


@email_for("phi", "lang")
def lang_chinese():
    nm = random.choice([("王", "秀英", "Wang", "Xiuying"), ("李", "淑芬", "Li", "Shufen"), ("陈", "美玲", "Chen", "Meiling")])
    addr = personal_addr(nm[3], nm[2], "fl##")
    d0 = when(30, 520, 8, 20)
    d1 = d0 + dt.timedelta(hours=random.randint(1, 4))
    orig = (f"您好，\n\n我是{nm[0]}{nm[1]}（{nm[3]} {nm[2]}），去年三月在你们Oak Hollow店配的助听器。最近右耳的助听器时好时坏，"
            f"有时候完全没有声音，晚上充电也充不满，第二天中午就没电了。我已经按照说明书清洁过了，也换了新的耳塞，还是不行。\n\n"
            f"请问可以送修吗？是不是还在保修期内？修理期间能不能借我一个备用的？我每天要接送孙子上学，左耳本来就不好，"
            f"听不见很不方便，也不安全。\n\n"
            f"我的电话是{phone()}，白天都在家。我的英文不太好，如果打电话的话请找我儿子，他叫David，电话{phone()}。\n\n"
            f"谢谢！\n{nm[0]}{nm[1]}\n\n{random.choice(MOBILE)}")
    body = (f"Luis - can you check warranty + send a mailer for this one? Her son already called me and confirmed. "
            f"Right side, charging issue. I'll give her a loaner when she drops it off tomorrow.\n\nMin-jung\n\n"
            + fwd_block(d0, f"{nm[3]} {nm[2]} <{addr}>", f"oakhollow@{CO}", "助听器维修", orig))
    m = mk(SEO, ORTEGA, "Fwd: 助听器维修", body, date=d1)
    return m, f"{nm[3]} {nm[2]}"


@email_for("phi", "lang")
def lang_russian():
    nm = random.choice([("Виктор", "Павлович", "Ковалев", "Viktor", "Kovalev"),
                        ("Григорий", "Семёнович", "Лебедев", "Grigoriy", "Lebedev"),
                        ("Анатолий", "Ильич", "Морозов", "Anatoliy", "Morozov")])
    addr = personal_addr(nm[3], nm[4], "f.l")
    b = dob(1938, 1952)
    d0 = when(60, 520, 9, 21)
    d1 = d0 + dt.timedelta(hours=random.randint(16, 40))
    orig = (f"Здравствуйте, Елена Викторовна!\n\nПишет вам {nm[2]} {nm[0]} {nm[1]}. Я был у вас на приёме весной, вы "
            f"проверяли мне слух и подобрали аппараты. Аппаратами я доволен, спасибо вам большое.\n\n"
            f"Но меня беспокоит шум в ушах - особенно в левом ухе. За последний месяц он стал сильнее, особенно ночью, "
            f"мешает спать. Иногда бывает лёгкое головокружение, когда встаю с кровати.\n\n"
            f"Вы говорили, что если шум усилится, нужно идти к ЛОР-врачу. Можете ли вы дать направление к доктору в "
            f"Northshore ENT? И покрывает ли моя страховка Silverline такой визит?\n\n"
            f"Мой телефон: {phone()}, дата рождения {b.day:02d}.{b.month:02d}.{b.year}.\n\n"
            f"С уважением,\n{nm[0]} {nm[2]}")
    body = (f"Здравствуйте, {nm[0]} {nm[1]}!\n\nСпасибо, что написали. Я сегодня отправила направление в Northshore ENT & "
            f"Balance Center вместе с вашей аудиограммой, они вам позвонят в течение 2-3 рабочих дней. По вашему плану "
            f"Silverline визит к специалисту - доплата $40, направление от терапевта не нужно.\n\n"
            f"Если головокружение станет сильным, появится внезапное снижение слуха на одно ухо или слабость - "
            f"сразу звоните 911, не ждите приёма.\n\n"
            f"После визита к ЛОРу приходите к нам, проверим слух ещё раз и обсудим программу маскировки шума в ваших аппаратах.\n\n"
            f"С уважением,\nЕлена Соколова\n\n{SOKOLOVA.sig()}\n\n"
            + gmail_reply(d0, f"{nm[3]} {nm[4]} <{addr}>", orig))
    m = mk(SOKOLOVA, f"{nm[3]} {nm[4]} <{addr}>", "Re: Шум в ушах, направление к ЛОР", body, date=d1, cc=[NOWAK])
    return m, f"{nm[3]} {nm[4]}"


@email_for("phi", "lang")
def lang_korean():
    hus = random.choice([("김", "영수", "Kim", "Young-soo"), ("박", "정호", "Park", "Jung-ho"), ("이", "상철", "Lee", "Sang-chul")])
    wife = random.choice(["순자", "미경", "영희"])
    addr = personal_addr("sj", hus[2], "fl##")
    d0 = when(30, 520, 9, 22)
    d1 = d0 + dt.timedelta(hours=random.randint(2, 20))
    orig = (f"안녕하세요 서민정 선생님,\n\n저는 {hus[0]}{hus[1]}의 아내입니다. 지난주에 남편이 Oak Hollow 매장에서 보청기를 "
            f"맞췄는데, 며칠 전부터 어지럼증이 심해져서 걱정이 됩니다. 보청기 때문인지 다른 문제인지 모르겠어요. "
            f"오른쪽 귀에서 '웅' 하는 소리도 계속 난다고 합니다.\n\n"
            f"선생님께서 이비인후과에 가보라고 하셨는데, 혹시 소개해 주실 수 있는 병원이 있을까요? 남편이 영어가 서툴러서 "
            f"제가 같이 가야 합니다.\n\n그리고 다음 주 화요일 보청기 조정 예약은 그대로 가도 될까요?\n\n"
            f"연락처: {phone()}\n\n감사합니다.\n{wife} 드림")
    body = (f"안녕하세요, 사모님.\n\n연락 주셔서 감사합니다. 보청기 자체가 어지럼증을 일으키는 경우는 드물어요. 담당 청각사 "
            f"선생님께 말씀드렸고, Northshore ENT & Balance Center에 의뢰서를 보냈습니다. 그쪽에서 며칠 안에 전화가 갈 거예요. "
            f"한국어 통역 서비스도 요청해 두었습니다.\n\n"
            f"화요일 오후 2시 예약은 그대로 유지하겠습니다. 어지럼증이 갑자기 심해지거나 한쪽 청력이 갑자기 떨어지면 "
            f"바로 응급실로 가세요.\n\n서민정 드림\n\nMin-jung Seo\nPatient Care Coordinator - Oak Hollow\n{STORES['Oak Hollow'][2]}\n\n"
            + gmail_reply(d0, f"{wife} <{addr}>", orig))
    m = mk(SEO, f"{wife} <{addr}>", "Re: 남편 어지럼증 / 이비인후과 문의", body, date=d1)
    return m, f"{hus[3]} {hus[2]}"


@email_for("phi", "lang")
def lang_tagalog():
    lola = random.choice([("Remedios", "Santos"), ("Perla", "Villanueva"), ("Corazon", "Bautista")])
    cg = random.choice(["Joy", "Rowena", "Lorna"])
    addr = personal_addr(cg, lola[1], "fl##")
    mem = f"SLM{digits(9)}"
    d0 = when(30, 520, 19, 23)
    d1 = d0 + dt.timedelta(hours=random.randint(12, 20))
    orig = (f"Hi Ate Maricel,\n\nSi {cg} po ito, yung manugang ni Lola {lola[0]} {lola[1]}. Nagpa-check up po kami sa inyo "
            f"noong Sabado. Tanong ko lang po, kailan po darating yung bagong hearing aid ni Lola? Sabi po ni Jocelyn mga "
            f"2 weeks daw. Nahihirapan na po si Lola kasi hindi na niya naririnig yung TV at minsan hindi niya naririnig pag "
            f"tinatawag namin siya, nagtatampo na po.\n\n"
            f"Tsaka po, may dumating na sulat galing sa insurance, $1,250 daw po ang babayaran. Akala namin covered ng "
            f"Medicare Advantage niya? Pwede po ba pa-check? Member ID po niya: {mem}\n\nSalamat po!\n{cg}")
    body = (f"Hello po {cg}!\n\nNa-check ko na po. Naka-order na yung hearing aids ni Lola, darating po sa Huwebes. "
            f"Tatawagan ko po kayo bukas para sa fitting appointment, pwede po Saturday ulit kung yun ang mas okay.\n\n"
            f"Yung sulat po galing Silverline ay \"Explanation of Benefits\" lang, hindi pa po bill. Ang covered po ng plan "
            f"niya ay allowance per ear, yung natitira (copay) ay $625 per aid - yun po yung $1,250. Ipapaliwanag ko po ulit "
            f"pag punta ninyo, at pwede rin po installment.\n\nIngat po kayo!\nMaricel\n\n"
            f"Maricel Dela Cruz\nPatient Care Coordinator - Port Adair\n{STORES['Port Adair'][2]}\n\n"
            + gmail_reply(d0, f"{cg} {lola[1]} <{addr}>", orig))
    m = mk(DELACRUZ, f"{cg} {lola[1]} <{addr}>", "Re: hearing aid ni Lola", body, date=d1, cc=[BAPTISTE])
    return m, f"{lola[0]} {lola[1]}"


@email_for("phi", "lang")
def lang_creole():
    nm = random.choice([("Marie-Ange", "Desrosiers"), ("Yolande", "Pierre-Louis"), ("Jean-Claude", "Moïse")])
    addr = personal_addr(nm[0].replace("-", ""), nm[1].replace("-", "").replace("ï", "i"), "fl")
    d0 = when(30, 520, 7, 21)
    d1 = d0 + dt.timedelta(hours=random.randint(1, 6))
    tue = random.randint(2, 27)
    orig = (f"Bonjou Jocelyn,\n\nSe {nm[0]} {nm[1]} ki ekri w. Mwen pa ka vini randevou mwen jedi a a 10è paske mwen gen "
            f"randevou doktè pou tansyon mwen menm jou a. Èske ou ka chanje l pou lòt semèn? Lendi oswa madi apremidi bon "
            f"pou mwen.\n\nEpitou aparèy zòrèy goch la ap fè yon bwi depi kèk jou, tankou l ap sifle. Mwen netwaye l jan ou "
            f"te montre m nan men li toujou fè l.\n\nMèsi anpil, Bondye beni w.\n{nm[0]}\n{phone()}")
    body = (f"Bonjou {nm[0]},\n\nPa gen pwoblèm. Mwen mete w pou madi {tue} a 2è apremidi. Pote tou de aparèy yo ak chajè a, "
            f"m ap gade sa k fè l sifle a. Petèt se tib la oswa se kire nan zòrèy la.\n\n"
            f"Bon chans ak randevou doktè a.\n\nJocelyn\n\n{BAPTISTE.sig()}\n\n"
            + gmail_reply(d0, f"{nm[0]} {nm[1]} <{addr}>", orig))
    m = mk(BAPTISTE, f"{nm[0]} {nm[1]} <{addr}>", "Re: randevou jedi", body, date=d1)
    return m, f"{nm[0]} {nm[1]}"


@email_for("phi", "lang")
def lang_polish():
    nm = random.choice([("Zbigniew", "Wójcik"), ("Tadeusz", "Kamiński"), ("Ryszard", "Lewandowski")])
    addr = personal_addr(nm[0], nm[1].replace("ó", "o").replace("ń", "n"), "f.l")
    d0 = when(60, 520, 9, 20)
    d1 = d0 + dt.timedelta(hours=random.randint(2, 26))
    vd = (d0 - dt.timedelta(days=random.randint(20, 45))).date()
    miesiace = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
                "października", "listopada", "grudnia"]
    vstr = f"{vd.day} {miesiace[vd.month - 1]}"
    orig = (f"Dzień dobry Pani Agnieszko,\n\npiszę w sprawie rachunku, który dostałem pocztą od Państwa. Jest tam kwota "
            f"180 dolarów za wizytę z {vstr}, a myślałem, że wizyty kontrolne są w cenie aparatów przez trzy lata. "
            f"Czy to pomyłka?\n\nPrzy okazji - proszę przygotować dla mnie cztery opakowania baterii rozmiar 13, odbiorę "
            f"w piątek. Prawy aparat znowu szybciej rozładowuje baterie, może trzeba go sprawdzić.\n\n"
            f"Pozdrawiam serdecznie,\n{nm[0]} {nm[1]}\ntel. {phone()}")
    body = (f"Szanowny Panie,\n\nbardzo przepraszam za kłopot. Sprawdziłam - wizyta z {vstr} była zapisana jako "
            f"coroczne badanie słuchu (audiogram), a nie kontrola aparatów, dlatego rachunek poszedł do ubezpieczenia "
            f"Silverline, które go odrzuciło. Przekazałam sprawę do naszego działu rozliczeń (Ana Lima), rachunek jest "
            f"wstrzymany - proszę na razie nic nie płacić.\n\n"
            f"Baterie będą czekać w piątek, a przy okazji dr Sokolova sprawdzi prawy aparat - zapisałam Pana na 11:00.\n\n"
            f"Pozdrawiam,\nAgnieszka Nowak\nPatient Care Coordinator - Millbrook\n{STORES['Millbrook'][2]}\n\n"
            + gmail_reply(d0, f"{nm[0]} {nm[1]} <{addr}>", orig))
    m = mk(NOWAK, f"{nm[0]} {nm[1]} <{addr}>", "Re: rachunek / baterie", body, date=d1, cc=[LIMA])
    return m, f"{nm[0]} {nm[1]}"

# ==========================================================================
# PHI - lists
# ==========================================================================
def _pts(n, lo=1930, hi=1962):
    out = []
    for _ in range(n):
        f, l = person()
        out.append((f, l, dob(lo, hi)))
    return out


@email_for("phi", "lists")
def lists_schedule_aligned():
    pts = _pts(random.randint(7, 9))
    d = when(10, 520, 16, 19)
    times = ["8:30", "9:00", "9:30", "10:15", "11:00", "12:30", "1:30", "2:15", "3:00", "3:45", "4:30"]
    visits = [("HA eval", "new, Silverline MA"), ("Fit 2wk f/u", ""), ("Clean & check", "bring loaner back"),
              ("Comp audio", "ENT referral pending"), ("Fitting", "Solvane Evoke 5 RIC binaural"),
              ("Repair drop", "L aid dead"), ("Tinnitus consult", "THI given at check-in"),
              ("Annual retest", "AudioBenefit"), ("Earmold imp", "swim plugs"), ("Fit 6wk f/u", "REM")]
    rows = [("Time", "Patient", "DOB", "Visit", "Prov", "Notes")]
    random.shuffle(visits)
    for i, (f, l, b) in enumerate(pts):
        v = visits[i % len(visits)]
        rows.append((times[i], f"{l}, {f}", fmt_d(b, "short"), v[0], "PR" if i < 5 else random.choice(["PR", "ES"]), v[1]))
    tomorrow = (d + dt.timedelta(days=1))
    body = (f"Schedule for tomorrow {tomorrow.strftime('%a %m/%d')} - Eastgate. Priya is solo until 12, Elena (ES) covers the 2nd booth after lunch. Megan opens.\n\n"
            + aligned(rows, "   ") +
            f"\n\nReminders went out this AM. 2 unconfirmed ({rows[2][1].split(',')[0]}, {rows[5][1].split(',')[0]}) - "
            f"Megan pls call first thing.\n\nJoanne\n\n{WHITLEY.sig('mid')}")
    m = mk(WHITLEY, [RAMAN, FAIRBANKS], f"tomorrow's schedule {tomorrow.strftime('%m/%d')}", body, date=d)
    return m, "; ".join(f"{f} {l}" for f, l, _ in pts)


@email_for("phi", "lists")
def lists_recall_csv():
    pts = _pts(random.randint(14, 20))
    d = when(30, 520, 8, 11)
    rows = [["Patient ID", "Last Name", "First Name", "Phone", "Last Hearing Test", "Device", "Warranty End", "Store"]]
    for f, l, b in pts:
        last = when(0, 120).date() - dt.timedelta(days=365 + random.randint(0, 200))
        rows.append([digits(6), l, f, phone_dash(), fmt_d(last),
                     random.choice(["Solvane Evoke 5 RIC", "Solvane Evoke 3 BTE", "Nordlys Aria 7 RIC", "Nordlys Aria 5 ITC"]),
                     fmt_d(last + dt.timedelta(days=365 * 3)), random.choice(["Westfield", "Westfield", "Port Adair"])])
    body = (f"Hi all,\n\nAttached is this month's annual re-test recall list for Westfield and Port Adair (anyone whose "
            f"last audiogram was 12+ months ago and who still has an active warranty). {len(pts)} names this time.\n\n"
            f"Please work it by the 20th - call, then send the postcard if no answer after 2 tries. Log outcomes in "
            f"SoundChart under Recall > Annual.\n\nThanks!\nClaire\n\n{DONNELLY.sig('mid')}\n\n{DISCLAIMER}")
    m = mk(DONNELLY, [KOWALCZYK, DELACRUZ], "Annual recall list - Westfield / Port Adair", body, date=d,
           cc=[CASTELLANO], atts=[("recall_annual_WF_PA.csv", csv_text(rows))])
    return m, "; ".join(f"{f} {l}" for f, l, _ in pts)


@email_for("phi", "lists")
def lists_repairs_pipe():
    pts = _pts(random.randint(5, 7))
    d = when(30, 520, 9, 16)
    issues = ["dead, no sound", "intermittent / cuts out", "cracked shell", "won't hold charge", "feedback at all vol",
              "receiver wire broken", "battery door missing", "moisture damage"]
    rows = [("Patient", "Store", "Serial", "Side", "Issue", "Sent", "Loaner")]
    for f, l, b in pts:
        sent = (d - dt.timedelta(days=random.randint(3, 24))).date()
        rows.append((f"{f[0]}. {l}", random.choice(list(STORES)), serial(), random.choice(["L", "R", "L+R"]),
                     random.choice(issues), fmt_d(sent, "short"), random.choice(["Y", "N", "Y"])))
    body = (f"Derek,\n\nHere's everything we have open at the Solvane repair center as of this morning. Anything over 14 days "
            f"is a problem - several of these folks have been calling the stores.\n\n" + piped(rows) +
            f"\n\nThe two without loaners are the priority. Can you get me ETAs by Thursday?\n\nThanks,\nLuis\n\n{ORTEGA.sig()}")
    m = mk(ORTEGA, SOLVANE_REP, "Open repairs - aging report", body, date=d, cc=[CASTELLANO])
    return m, "; ".join(f"{f} {l}" for f, l, _ in pts)


@email_for("phi", "lists")
def lists_ent_referrals():
    pts = _pts(random.randint(4, 6), 1935, 1975)
    d = when(30, 520, 15, 18)
    reasons = ["asymmetric SNHL R>L, r/o retrocochlear", "sudden drop L ear 2 wks ago - urgent",
               "cerumen impaction bilat, unable to take impressions", "chronic drainage R, ? perforation",
               "episodic vertigo + fluctuating low-freq loss L", "pulsatile tinnitus R", "conductive component L, ABG 25 dB"]
    random.shuffle(reasons)
    lines = []
    for i, (f, l, b) in enumerate(pts):
        lines.append(f"{l.upper()}, {f} - {fmt_d(b)} - {reasons[i]}")
    body = (f"Dr. Whitford's office,\n\nThis week's referrals from Harbor & Pine (Riverside Plaza + Millbrook). "
            f"Audiograms and signed releases are going over by secure fax tonight.\n\n" + "\n".join(lines) +
            f"\n\nThe sudden-loss one was told to call you directly too, please fit her in ASAP if she hasn't already.\n\n"
            f"Thank you!\n\n{ODUYA.sig()}\n\n{DISCLAIMER}")
    m = mk(ODUYA, [ENT_REF.hdr], "Weekly referrals - Harbor & Pine", body, date=d, cc=[ENT_DR.hdr, SOKOLOVA])
    return m, "; ".join(f"{f} {l}" for f, l, _ in pts)


@email_for("phi", "lists")
def lists_denials_xlsx():
    pts = _pts(random.randint(9, 13))
    d = when(60, 520, 9, 17)
    carcs = [("CO-197", "no auth"), ("CO-50", "not med necessary"), ("PR-1", "deductible"), ("CO-27", "coverage terminated"),
             ("CO-16", "missing info - NPI"), ("CO-119", "benefit max reached"), ("CO-4", "modifier inconsistent (RT/LT)")]
    rows = [["Claim #", "Patient", "Member ID", "Payer", "DOS", "CPT/HCPCS", "Billed", "CARC", "Note", "Owner"]]
    for f, l, b in pts:
        c = random.choice(carcs)
        code = random.choice(["V5261", "V5261", "92557", "92567", "V5011", "V5160", "92550"])
        billed = {"V5261": 2495.0, "92557": 95.0, "92567": 35.0, "V5011": 150.0, "V5160": 500.0, "92550": 60.0}[code]
        payer = random.choice(["Silverline MA", "AudioBenefit", "Buckeye Medicaid", "Silverline MA"])
        mid = (f"SLM{digits(9)}" if payer.startswith("Silver") else
               (f"ABP{digits(8)}" if payer.startswith("Audio") else digits(12)))
        rows.append([f"{digits(2)}-{digits(4)}-{digits(4)}", f"{l}, {f}", mid, payer,
                     fmt_d(when(150, 420).date()), code, billed, c[0], c[1], random.choice(["AL", "AL", "GF"])])
    body = (f"Gordon,\n\nDenials worklist for the month attached ({len(pts)} lines). Most are the CO-197s from when the "
            f"Silverline portal was down - I'm resubmitting those this week. The CO-119s are real, benefit max hit, we'll "
            f"have to move those to patient responsibility and send statements.\n\nCan we go over it Thursday?\n\nAna\n\n{LIMA.sig()}")
    m = mk(LIMA, FINCH, "Denials worklist", body, date=d,
           atts=[("denials_worklist.xlsx", make_xlsx(rows, "Denials"))])
    return m, "; ".join(f"{f} {l}" for f, l, _ in pts)


@email_for("phi", "lists")
def lists_battery_tabs():
    pts = _pts(random.randint(6, 9))
    d = when(30, 520, 7, 10)
    hdr = "Order\tName\tAddress\tSize\tPacks\tNote"
    lines = [hdr]
    notes = ["", "", "", "new aids 3/1, switch to rechargeable next time?", "leave at side door", "covered - 1st yr",
             "covered - 1st yr", "pt in rehab, ship to daughter"]
    hold = random.randrange(len(pts))
    for i, (f, l, b) in enumerate(pts):
        lines.append("\t".join([f"BC-{digits(6)}", f"{f} {l}", f"{street()}, {town()}",
                                random.choice(["312", "13", "10", "675"]), str(random.choice([2, 4, 6])),
                                "hold - acct past due" if i == hold else random.choice(notes)]))
    body = ("Pasting from the sheet since the export is broken again. These are today's battery club shipments, "
            "labels printed, going out with USPS pickup at 2.\n\n" + "\n".join(lines) +
            "\n\nOne is on hold for the balance - Ana can you look?\n\n-Luis\n\n" + random.choice(MOBILE))
    m = mk(ORTEGA, [LIMA], "battery club ship list today", body, date=d)
    return m, "; ".join(f"{f} {l}" for f, l, _ in pts)


@email_for("phi", "lists")
def lists_noshow_thread():
    pts = _pts(random.randint(5, 7))
    d0 = when(60, 500, 9, 12)
    d1 = d0 + dt.timedelta(hours=random.randint(3, 8))
    d2 = d1 + dt.timedelta(days=1, hours=2)
    lines = []
    for f, l, b in pts:
        ap = (d0 - dt.timedelta(days=random.randint(3, 28))).date()
        lines.append(f"{ap.month}/{ap.day} - {f} {l} - {random.choice(['fitting', '2wk f/u', 'hearing eval', 'repair pickup', 'clean & check'])}"
                     f" - {random.choice(['no answer x2', 'LVM', 'said forgot', 'in hospital per wife', 'wrong # on file', 'will call back'])}")
    m1 = (f"Brian,\n\nMillbrook no-shows for last month per your ask. Called all of them:\n\n" + "\n".join(lines) +
          f"\n\nThe fitting no-show is the one that worries me - those aids are sitting in the drawer and the 45 day "
          f"trial clock is running.\n\nDarnell")
    m2 = (f"Thanks Darnell. 7% is about the chain average. Can we start doing the 48hr text reminder AND a day-of call for "
          f"fittings specifically? Also pause the trial clock in SoundChart for the hospital one.\n\nBrian")
    body = (f"Will do on both. Agnieszka set up the day-of calls starting Monday. For the record, I paused the trial "
            f"and left a message with the wife.\n\nDarnell\n\n{BROOKS.sig('mid')}\n\n"
            + outlook_orig(d1, CASTELLANO.hdr, BROOKS.hdr, "RE: no-shows", m2) + "\n\n"
            + outlook_orig(d0, BROOKS.hdr, CASTELLANO.hdr, "no-shows", m1))
    m = mk(BROOKS, CASTELLANO, "RE: RE: no-shows", body, date=d2, cc=[NOWAK])
    return m, "; ".join(f"{f} {l}" for f, l, _ in pts)

# ==========================================================================
# PHI - names
# ==========================================================================
@email_for("phi", "names")
def names_mrs_x():
    f, l = person("F")
    d0 = when(30, 520, 12, 17)
    d1 = d0 + dt.timedelta(hours=random.randint(1, 4))
    orig = (f"Priya - did you see Mrs. {l} yesterday? She came to me at the front this morning in tears. Says the new aids "
            f"\"roar\" in the car and at church, and her own voice sounds like she's in a barrel. I turned her down a couple "
            f"steps in the app but I don't want to keep fiddling without you.\n\nJoanne")
    body = (f"Yes I saw her. Her canals are tiny and pretty curvy, the standard domes were either falling out or "
            f"occluding. Occlusion is most of the \"barrel\" complaint. I think she needs custom micro-molds with a "
            f"vent - I'll take impressions Thursday if she's willing. The roar in the car is mostly low-freq gain; I'll "
            f"drop the 250/500 a bit and turn on the wind manager.\n\nAlso she mentioned her husband passed in the spring "
            f"and she's been pretty isolated - the aids are a big deal for her. Let's go easy on the follow-ups, "
            f"weekly is fine, no charge.\n\nP.\n\n"
            + gmail_reply(d0, WHITLEY.hdr, orig))
    m = mk(RAMAN, WHITLEY, f"Re: Mrs. {l}", body, date=d1)
    return m, f"{f} {l}"


@email_for("phi", "names")
def names_subject_only():
    f, l = person("M")
    d = when(30, 520, 10, 17)
    imp = (d - dt.timedelta(days=random.randint(2, 10))).date()
    body = (f"Nordlys approved the remake at no charge. Left shell was too tight at the 2nd bend, new impressions taken "
            f"{imp.month}/{imp.day} and shipped today, tracking 1Z{digits(3)}E{digits(2)}0{digits(9)}. "
            f"ETA ~10 business days.\n\nHe's wearing the right one only until then. Told him to skip the left rather "
            f"than push through the soreness.\n\n-T\n\n{GALLAGHER.sig('mid')}")
    m = mk(GALLAGHER, [ORTEGA, HALVERSON], f"{l}, {f} - ITC remake", body, date=d)
    return m, f"{f} {l}"


@email_for("phi", "names")
def names_nickname():
    f, l = "Salvatore", random.choice(["Mancuso", "Esposito", "Marchetti"])
    _used.add((f, l))
    d = when(30, 520, 16, 20)
    body = (f"hey Marcus,\n\nBig Sal was in again today (you know - {l}, the retired union guy with the Bengals hat). "
            f"He says the ringing is worse since he started the new blood pressure pill, \"like a teakettle that never "
            f"shuts off\". Didn't want to sleep at all last weekend. His aids are fine, I checked them and he's "
            f"wearing them 14+ hrs a day per the datalog.\n\n"
            f"I told him to call his PCP about the pill and that you'd probably want to see him for the tinnitus program. "
            f"Can you squeeze him in? He's not great on email, call his wife Angie at {phone()}.\n\n"
            f"kev\n\n{random.choice(MOBILE)}")
    m = mk(TRAN, ODUYA, "Sal", body, date=d)
    return m, f"{f} {l}"


@email_for("phi", "names")
def names_quoted_only():
    f, l = person("F")
    d0 = when(30, 520, 8, 11)
    d1 = d0 + dt.timedelta(minutes=random.randint(20, 90))
    orig = (f"Dr. Whitford,\n\nI have Ms. {f} {l} here in the office this morning. She woke up 3 days ago with her left ear "
            f"\"plugged\" and it hasn't cleared. Otoscopy is clear, tymps Type A both sides, but today's audiogram shows a "
            f"new moderate-severe SNHL on the left (she was near normal on that side in 2022). Right unchanged. "
            f"She has some roaring tinnitus on the left, no vertigo.\n\nGiven the timing I'm worried this is a sudden SNHL. "
            f"Can you see her today or tomorrow? I can send her over right now, she's here with her husband.\n\n"
            f"Priya Raman, Au.D.\nHarbor & Pine Hearing - Eastgate\n{STORES['Eastgate'][2]}")
    body = (f"Priya - yes, send her now. I'll work her in at 11:40 between patients. Please have her bring the audiogram. "
            f"If she's a candidate we'll start oral steroids today and talk about intratympanic if there's no "
            f"improvement in a week.\n\nThanks for catching this quickly.\n\nSam\n\n"
            f"Samuel Whitford, MD\nNorthshore ENT & Balance Center\n(216) 555-0155\n\n"
            + outlook_orig(d0, RAMAN.hdr, ENT_DR.hdr, "urgent - sudden hearing loss, same-day?", orig))
    m = mk(ENT_DR.hdr, RAMAN, "RE: urgent - sudden hearing loss, same-day?", body, date=d1, cc=[ENT_REF.hdr])
    return m, f"{f} {l}"


@email_for("phi", "names")
def names_rep_fit():
    f, l = "Jim", random.choice(["Pruitt", "Tolliver", "Hargrove"])
    _used.add((f, l))
    d0 = when(30, 520, 9, 16)
    d1 = d0 + dt.timedelta(hours=random.randint(3, 24))
    orig = (f"Derek,\n\nNeed a second brain on a fit. {f} {l}, 74, retired machinist, cookie-bite loss (mid freqs down "
            f"to ~60 dB, lows and highs mild). Binaural Evoke 5 RIC fit 3 weeks ago, target from the default formula looks "
            f"fine on REM but he hates it - says speech sounds \"tinny and far away\" and he keeps turning the mids up in the "
            f"app until it squeals.\n\nAny experience with your adaptation manager on this kind of config? I'm about to try "
            f"going closed and pushing 1-2k past target.\n\nRosa")
    body = (f"Rosa,\n\nCookie-bites are tough and you're on the right track. A few things from our fitting team:\n\n"
            f"1. Go power dome or a vented mold - with that mid loss he's losing a lot of the gain through the open dome.\n"
            f"2. In Fit Studio, switch him from the default formula to the adaptive mid-emphasis preset, then fine-tune. "
            f"It redistributes compression in the 1-3k channels.\n"
            f"3. Turn off SoundSmooth for the first month, it's eating some of the mids he's asking for.\n\n"
            f"If {f} is still unhappy after that I can come out and sit in on his next visit - I'm in Avon Ridge on the {(d1 + dt.timedelta(days=random.randint(6, 12))).day}th.\n\n"
            f"Derek Amundsen\nTerritory Manager, Northeast Ohio\nSolvane Hearing, Inc.\n(614) 555-0187\n\n"
            + gmail_reply(d0, MEDINA.hdr, orig))
    m = mk(SOLVANE_REP.hdr, MEDINA, "Re: cookie bite - tinny complaint", body, date=d1)
    return m, f"{f} {l}"


@email_for("phi", "names")
def names_complaint():
    f, l = person("F")
    d = when(30, 520, 9, 17)
    body = (f"Brian,\n\nHeads up before this hits corporate. {l}, {f} (Cedar Falls customer since 2021) called the store twice "
            f"and then left a 1-star review. Summary:\n\n"
            f"- She had a balance episode in the store parking lot on the 6th after her appointment, sat in her car ~30 min. "
            f"Tom saw her and brought her water, offered to call someone, she declined.\n"
            f"- Tom recommended she see an ENT for the dizziness (she's had 3 spells since March per her). She took it as "
            f"us \"trying to get rid of her\" and upselling.\n"
            f"- She also disputes the $75 clean & check fee - her service plan lapsed in January.\n\n"
            f"I called her yesterday, apologized, waived the $75, and offered to send the referral to Northshore for her. She "
            f"accepted the referral. She's still upset about the review response so I've not posted one.\n\n"
            f"I'd like to send a handwritten card. OK?\n\nBeth\n\n{HALVERSON.sig()}\n\n{DISCLAIMER2}")
    m = mk(HALVERSON, CASTELLANO, f"customer complaint - {l}", body, date=d, cc=[GALLAGHER])
    return m, f"{f} {l}"


@email_for("phi", "names")
def names_first_only():
    f = random.choice(["Ernesto", "Alvaro", "Reginald", "Winston"])
    d = when(30, 520, 9, 17)
    visit = random.randint(5, 28)
    body = (f"Rosa can you call back {f}? He called at 10:40, says he's dizzy again since Saturday, the room spinning thing, "
            f"worse when he rolls over in bed. He wants to know if he should go to the ER or wait for the ENT appt on the "
            f"{visit}th. I told him we can't give medical advice but I'd have you call.\n\n"
            f"# is the cell on file. He's home all day.\n\nStacy\n\n(sorry, I know you're with a fitting til 12)")
    m = mk(KOWALCZYK, MEDINA, f"call back {f}", body, date=d)
    return m, f
    

@email_for("phi", "names")
def names_tinnitus_program():
    f, l = person("F")
    d0 = when(60, 520, 9, 17)
    d1 = d0 + dt.timedelta(days=random.randint(1, 3))
    thi0 = random.randint(54, 68)
    thi1 = thi0 - random.randint(14, 26)
    orig = (f"Marcus,\n\nQuick update for your file on Carol {l} - I saw her for the 6-week sound therapy check since you were "
            f"at the conference. She's using the ocean noise program 4-6 hrs/day plus at bedtime through the Bluetooth pillow. "
            f"THI went from {thi0} at intake to {thi1} today. Sleep better, still has bad days when she's anxious. She mentioned "
            f"her counselor is helping with the CBT piece.\n\nShe'd like to keep the devices - trial ends on the 30th.\n\nElena")
    body = (f"Thanks Elena. That's a really nice drop for Carol. I'll call her to finalize the purchase paperwork and set her "
            f"3-month. Can you copy me on the datalog export when you get a sec?\n\nM\n\n{ODUYA.sig()}\n\n"
            + gmail_reply(d0, SOKOLOVA.hdr, orig))
    m = mk(ODUYA, SOKOLOVA, "Re: Carol - 6wk tinnitus f/u", body, date=d1)
    return m, f"Carol {l}"

# ==========================================================================
# PHI - self
# ==========================================================================
@email_for("phi", "self")
def self_whistle_lower():
    f, l = person("M")
    addr = personal_addr(f, l, "nick")
    d = when(30, 520, 6, 22)
    body = (f"hi there\n\nmy hearing aids are whistling again mostly the right one, when i put my hand up to my ear or "
            f"hug my wife it squeals. started after my last appt when the girl changed the little rubber tip thing. i tried "
            f"pushing it in further, didnt help. also the left one seems quieter than it used to be\n\n"
            f"can i come in saturday? i'm a patient at the cedar falls store, tom usually sees me\n\n"
            f"{f.lower()} {l.lower()}\n{phone()}\n\n{random.choice(MOBILE)}")
    m = mk(f"{f} {l} <{addr}>", f"Cedar Falls <cedarfalls@{CO}>", "whistling", body, date=d)
    return m, f"{f} {l}"


@email_for("phi", "self")
def self_ma_bill():
    f, l = person("F")
    addr = personal_addr(f, l, "f.l")
    mem = f"SLM{digits(9)}"
    d = when(60, 520, 9, 21)
    body = (f"To the billing department,\n\nI received a statement from Harbor & Pine for $1,598.00 dated last week for my "
            f"hearing aids. When I was fitted in {random.choice(['April', 'May', 'June'])} at the Westfield store I was told my "
            f"Silverline Medicare Advantage plan would cover everything except a $699 copay per hearing aid, which I paid "
            f"that day ($1,398 on my Discover card). So I should owe nothing, or at most $200 if there was something else.\n\n"
            f"My Silverline member ID is {mem}. I have the receipt and the paper Stacy gave me with the copay amounts.\n\n"
            f"I am on a fixed income and I don't want this to go to collections. Please call me at {phone()} or write back.\n\n"
            f"Thank you,\n{f} {l}\n{street()}\n{town()}")
    m = mk(f"{f} {l} <{addr}>", f"Billing <billing@{CO}>", "Question about my bill - I already paid my copay", body, date=d)
    return m, f"{f} {l}"


@email_for("phi", "self")
def self_audiogram_copy():
    f, l = person()
    addr = personal_addr(f, l, "fl")
    b = dob(1940, 1965)
    d = when(30, 520, 8, 20)
    appt = (d + dt.timedelta(days=random.randint(5, 12))).date()
    body = (f"Hello,\n\nI have an appointment with an ENT at Northshore on {appt.strftime('%B')} {appt.day} about the ringing "
            f"in my right ear and they asked me to bring my most recent hearing test. I had one at your Millbrook location "
            f"with Dr. Sokolova last fall, and maybe one before that in 2021.\n\n"
            f"Could you email me copies, or send them directly to the ENT? My date of birth is {fmt_d(b)} in case you need it "
            f"to find me.\n\nThanks very much,\n{f} {l}")
    m = mk(f"{f} {l} <{addr}>", f"Millbrook Store <millbrook@{CO}>", "Copy of my hearing test", body, date=d)
    return m, f"{f} {l}"


@email_for("phi", "self")
def self_employee():
    f, l = random.choice([("Tamika", "Reeves"), ("Courtney", "Albers"), ("Jasmine", "Whitaker")])
    _used.add((f, l))
    me = staff(f, l, "Patient Care Coordinator", "Cedar Falls")
    d = when(30, 520, 12, 21)
    body = (f"Hi Nicole,\n\nThis is a little awkward but I wanted to ask you privately. I finally had Tom test me after "
            f"hours last month and I have a moderate loss in both ears (he thinks it might be otosclerosis because it runs in "
            f"my mom's family). He sent me to an ENT and I'm having a CT next week and might need surgery on the left ear "
            f"eventually.\n\n"
            f"Two questions:\n"
            f"1) Does the employee hearing aid benefit (the 'free set after 1 year' thing) apply to me? I hit my 1 year in August.\n"
            f"2) If I need surgery, how does short-term disability work and does my manager have to know why? I'd rather Beth "
            f"not know the details.\n\n"
            f"Thanks for keeping this between us.\n\n{f}\n\n{me.sig()}")
    m = mk(me, FERRANTE, "question - private", body, date=d)
    return m, f"{f} {l}"


@email_for("phi", "self")
def self_tinnitus_long():
    f, l = person()
    addr = personal_addr(f, l, "fl##")
    d = when(30, 520, 0, 4)
    body = (f"Dr. Oduya,\n\nI'm sorry to write so late at night but I can't sleep again and you said email was ok.\n\n"
            f"The ringing has been unbearable this week. It's a high whine in both ears, louder on the left, and since "
            f"Monday there's a clicking too, like a clock. The sound generator on the hearing aids helps during the day but at "
            f"night when I take them out it's like the whole house is screaming. I've tried the fan and the app with rain.\n\n"
            f"I stopped the coffee like you suggested, down to one cup. My doctor put me on sertraline two weeks ago for the "
            f"anxiety and I don't know if that's making the ringing worse or if it just takes time?\n\n"
            f"I don't want to sound dramatic but some nights I feel like I can't keep living with this noise. I'm not going "
            f"to do anything, I just need you to know how bad it is. My wife is worried too.\n\n"
            f"Is there anything else we can try? Can I come in sooner than the 22nd?\n\n"
            f"{f} {l}\n{phone()}")
    m = mk(f"{f} {l} <{addr}>", ODUYA, "can't sleep - ringing worse", body, date=d)
    return m, f"{f} {l}"


@email_for("phi", "self")
def self_trial_return():
    f, l = person("M")
    addr = personal_addr(f, l, "flast")
    acct = digits(8)
    d0 = when(60, 500, 9, 17)
    d1 = d0 + dt.timedelta(days=random.randint(5, 9), hours=2)
    ret = (d0 - dt.timedelta(days=random.randint(20, 30))).date()
    orig = (f"Hello,\n\nI returned my hearing aids to the Riverside Plaza store on {fmt_d(ret)}, on day 38 of the 45 day "
            f"trial. Kevin took them and gave me a return slip. I was told I'd get my money back minus the $250 fee within "
            f"2-3 weeks. It has now been almost a month. My account number on the slip is {acct}.\n\n{f} {l}")
    body = (f"Second request. Still no refund and nobody has called me back. I paid $4,590.00 by check and expect "
            f"$4,340.00 back. I have the slip signed by your employee.\n\n"
            f"I was honestly happy with the service, the aids just didn't help my hearing in noise enough and with my "
            f"Meniere's the fullness got worse with them in. But this is not the way to treat customers. If I don't hear back by "
            f"Friday I'll be filing a complaint with the Attorney General's office.\n\n{f} {l}\n{phone()}\n\n"
            + gmail_reply(d0, f"{f} {l} <{addr}>", orig))
    m = mk(f"{f} {l} <{addr}>", f"Customer Care <care@{CO}>", "Re: Refund for returned hearing aids - acct " + acct,
           body, date=d1, cc=[f"Riverside Plaza <riverside@{CO}>"])
    return m, f"{f} {l}"


@email_for("phi", "self")
def self_lost_short():
    f = random.choice(["Bob", "Dick", "Chuck", "Hank"])
    l = random.choice(["Lindqvist", "Sorensen", "Albrecht", "Rasmussen"])
    _used.add((f, l))
    addr = personal_addr(f, l, "fl##")
    d = when(30, 520, 10, 19)
    body = (f"Hi this is {f} {l}, I lost my left hearing aid at the Kroger on Saturday, they don't have it. Is it covered "
            f"under the loss thing you told me about when I bought them? I got them at Port Adair last year.\n\n-{f}\n\n"
            f"{random.choice(MOBILE)}")
    m = mk(f"{f} {l} <{addr}>", f"portadair@{CO}", "lost hearing aid", body, date=d)
    return m, f"{f} {l}"

# ==========================================================================
# PHI - struct
# ==========================================================================
def _hl7ts(d):
    return d.strftime("%Y%m%d%H%M%S")


@email_for("phi", "struct")
def struct_hl7_adt():
    f, l = person()
    b = dob()
    d = when(30, 520, 9, 17)
    mrn = f"HP{digits(7)}"
    sex = "F" if f in FIRST_F else "M"
    st_ = street()
    tw = town()
    city, rest = tw.split(", ")
    stt, zp = rest.split()
    mem = f"SLM{digits(9)}"
    ctl = digits(10)
    msg = "\r".join([
        f"MSH|^~\\&|SOUNDCHART|HPH_EASTGATE|CLINIQ_EHR|NORTHSHORE_ENT|{_hl7ts(d)}||ADT^A04^ADT_A01|{ctl}|P|2.5.1",
        f"EVN|A04|{_hl7ts(d)}",
        f"PID|1||{mrn}^^^HPH^MR||{l.upper()}^{f.upper()}^{random.choice('ABCDEJLMR')}||{fmt_d(b, 'hl7')}|{sex}|||"
        f"{st_}^^{city}^{stt}^{zp}^USA||{phone().replace(' ', '')}^PRN^PH|||{random.choice(['M', 'W', 'S'])}",
        f"PV1|1|O|EASTGATE^BOOTH1^^HPH||||1902837465^RAMAN^PRIYA^^^^AUD|||AUD||||1|||||{digits(8)}",
        f"IN1|1|SLVMAPPO|SILV01|SILVERLINE HEALTH PLAN|PO BOX 4410^^COLUMBUS^OH^43216||||||||||1|"
        f"{l.upper()}^{f.upper()}|SEL|{fmt_d(b, 'hl7')}||||||||||||||||||{mem}",
    ]) + "\r"
    body = (f"Ravi,\n\nThe SoundChart -> Northshore interface rejected this A04 last night with \"AE - PID-3 assigning "
            f"authority not recognized\". Looks like the MSH/PID are fine otherwise. Raw message below, copied from the "
            f"interface engine error queue (msg ctl {ctl}). Can you check whether their side needs HPH added to the "
            f"authority table or whether we changed something in the last update?\n\n"
            f"---- begin message ----\n{msg.replace(chr(13), chr(10))}---- end message ----\n\n"
            f"Ack returned:\nMSA|AE|{ctl}|PID-3 assigning authority not recognized\n\n"
            f"Thanks,\nHPH Integration Monitor (auto) / forwarded by Wei Huang")
    m = mk(HUANG, PATEL, f"HL7 A04 rejected - ctl {ctl}", body, date=d, cc=[HELPDESK.addr])
    return m, f"{f} {l}"


@email_for("phi", "struct")
def struct_hl7_oru():
    f, l = person()
    b = dob()
    d = when(30, 520, 9, 17)
    mrn = f"HP{digits(7)}"
    sex = "F" if f in FIRST_F else "M"
    freqs = [250, 500, 1000, 2000, 3000, 4000, 6000, 8000]
    base = random.randint(10, 25)
    right = [min(90, base + i * random.randint(4, 9)) for i in range(8)]
    left = [min(90, base + i * random.randint(3, 8)) for i in range(8)]
    obx = []
    n = 1
    for side, vals in (("R", right), ("L", left)):
        for fq, v in zip(freqs, vals):
            obx.append(f"OBX|{n}|NM|AC{fq}{side}^Air conduction {fq} Hz {'right' if side == 'R' else 'left'}^L||{v}|dB HL|||||F|||{_hl7ts(d)}")
            n += 1
    wrs_r, wrs_l = random.choice([68, 76, 84, 88]), random.choice([72, 80, 88, 92])
    obx.append(f"OBX|{n}|NM|WRS_R^Word recognition score right^L||{wrs_r}|%|||||F")
    obx.append(f"OBX|{n + 1}|NM|WRS_L^Word recognition score left^L||{wrs_l}|%|||||F")
    obx.append(f"OBX|{n + 2}|ST|TYMP^Tympanometry^L||Type A bilaterally||||||F")
    obx.append(f"OBX|{n + 3}|TX|IMP^Impression^L||Bilateral mild sloping to severe sensorineural hearing loss. Candidate for amplification.||||||F")
    ctl = digits(10)
    msg = "\r".join([
        f"MSH|^~\\&|SOUNDCHART|HPH_MILLBROOK|CLINIQ_EHR|NORTHSHORE_ENT|{_hl7ts(d)}||ORU^R01^ORU_R01|{ctl}|P|2.5.1",
        f"PID|1||{mrn}^^^HPH^MR||{l.upper()}^{f.upper()}||{fmt_d(b, 'hl7')}|{sex}",
        f"ORC|RE|{digits(8)}|{digits(8)}",
        f"OBR|1|{digits(8)}|{digits(8)}|92557^Comprehensive audiometry^CPT|||{_hl7ts(d)}|||||||||1902837465^SOKOLOVA^ELENA^^^^AUD||||||{_hl7ts(d)}|||F",
    ] + obx) + "\r"
    body = ("Audiometry results for your referral attached (HL7 ORU). Paper copy to follow by fax.\n\n"
            f"Elena Sokolova, Au.D.\nHarbor & Pine Hearing - Millbrook\n{STORES['Millbrook'][2]}\n\n{DISCLAIMER}")
    m = mk(SOKOLOVA, ENT_REF.hdr, "Audiometry results", body, date=d,
           atts=[(f"ORU_{ctl}.hl7", msg, ("application", "hl7-v2"))])
    return m, f"{f} {l}"


@email_for("phi", "struct")
def struct_x12_837():
    f, l = person()
    b = dob()
    d = when(30, 520, 9, 17)
    dos = (d - dt.timedelta(days=random.randint(3, 20))).date()
    mem = f"ABP{digits(8)}"
    icn = digits(9)
    clm = f"HPH{digits(7)}"
    st_ = street().upper()
    tw = town()
    city, rest = tw.split(", ")
    stt, zp = rest.split()
    sex = "F" if f in FIRST_F else "M"
    ds = fmt_d(dos, "hl7")
    segs = [
        f"ISA*00*          *00*          *ZZ*HARBORPINE     *ZZ*AUDIOBENEFIT   *{d.strftime('%y%m%d')}*{d.strftime('%H%M')}*^*00501*{icn}*0*P*:",
        f"GS*HC*HARBORPINE*AUDIOBENEFIT*{d.strftime('%Y%m%d')}*{d.strftime('%H%M')}*{int(icn) % 100000}*X*005010X222A1",
        "ST*837*0001*005010X222A1",
        f"BHT*0019*00*{clm}*{d.strftime('%Y%m%d')}*{d.strftime('%H%M')}*CH",
        "NM1*41*2*HARBOR AND PINE HEARING CENTERS LLC*****46*HPH0001",
        "PER*IC*ANA LIMA*TE*2165550100*EX*214",
        "NM1*40*2*AUDIOBENEFIT PARTNERS*****46*ABP01",
        "HL*1**20*1",
        "NM1*85*2*HARBOR AND PINE HEARING CENTERS LLC*****XX*1487203956",
        "N3*4410 EASTGATE BLVD STE 6",
        "N4*LORAIN FALLS*OH*440930000",
        "REF*EI*341234567",
        "HL*2*1*22*0",
        "SBR*P*18*******CI",
        f"NM1*IL*1*{l.upper()}*{f.upper()}****MI*{mem}",
        f"N3*{st_}",
        f"N4*{city.upper()}*{stt}*{zp}",
        f"DMG*D8*{fmt_d(b, 'hl7')}*{sex}",
        "NM1*PR*2*AUDIOBENEFIT PARTNERS*****PI*ABP01",
        f"CLM*{clm}*5240***11:B:1*Y*A*Y*Y",
        f"REF*G1*ABP-{digits(8)}",
        "HI*ABK:H903*ABF:H9313",
        "NM1*82*1*RAMAN*PRIYA****XX*1902837465",
        "PRV*PE*PXC*231H00000X",
        "LX*1",
        "SV1*HC:V5261:RT*2495*UN*1***1",
        f"DTP*472*D8*{ds}",
        "LX*2",
        "SV1*HC:V5261:LT*2495*UN*1***1",
        f"DTP*472*D8*{ds}",
        "LX*3",
        "SV1*HC:V5160*250*UN*1***1",
        f"DTP*472*D8*{ds}",
    ]
    segs.append(f"SE*{len(segs) - 1}*0001")
    segs += [f"GE*1*{int(icn) % 100000}", f"IEA*1*{icn}"]
    edi = "~\n".join(segs) + "~\n"
    body = (f"Gordon - this is the 837 that bounced from the clearinghouse with a 999 reject (IK3 at HI segment). I think "
            f"it's the ICD qualifier, ABF on the second dx. Attaching the raw file so you can see. I'll rebuild and resend "
            f"tomorrow unless you see something else.\n\nAna\n\n{LIMA.sig('mid')}")
    m = mk(LIMA, FINCH, f"837 reject - {clm}", body, date=d, atts=[(f"{clm}_837P.edi", edi, ("application", "edi-x12"))])
    return m, f"{f} {l}"


@email_for("phi", "struct")
def struct_x12_271():
    f, l = person()
    b = dob(1935, 1958)
    d = when(30, 520, 8, 17)
    mem = f"SLM{digits(9)}"
    icn = digits(9)
    sex = "F" if f in FIRST_F else "M"
    segs = [
        f"ISA*00*          *00*          *ZZ*SILVERLINE     *ZZ*HARBORPINE     *{d.strftime('%y%m%d')}*{d.strftime('%H%M')}*^*00501*{icn}*0*P*:",
        f"GS*HB*SILVERLINE*HARBORPINE*{d.strftime('%Y%m%d')}*{d.strftime('%H%M')}*{int(icn) % 10000}*X*005010X279A1",
        "ST*271*0001*005010X279A1",
        f"BHT*0022*11*{digits(10)}*{d.strftime('%Y%m%d')}*{d.strftime('%H%M')}",
        "HL*1**20*1",
        "NM1*PR*2*SILVERLINE HEALTH PLAN*****PI*SILV01",
        "HL*2*1*21*1",
        "NM1*1P*2*HARBOR AND PINE HEARING CENTERS LLC*****XX*1487203956",
        "HL*3*2*22*0",
        f"TRN*2*{digits(12)}*9HARBORPIN",
        f"NM1*IL*1*{l.upper()}*{f.upper()}****MI*{mem}",
        f"DMG*D8*{fmt_d(b, 'hl7')}*{sex}",
        f"DTP*346*D8*{d.year}0101",
        "EB*1*IND*30**SILVERLINE ADVANTAGE PLUS PPO",
        "EB*B*IND*71*HM*ROUTINE HEARING EXAM*27*0****Y",
        "EB*F*IND*71*HM*HEARING AID ALLOWANCE*23*1500*****Y",
        "MSG*HEARING AIDS LIMITED TO 2 PER 3 YEARS VIA AUDIOBENEFIT PARTNERS",
        "EB*B*IND*71*HM*HEARING AID COPAY TIER 1**699****Y",
        "EB*B*IND*71*HM*HEARING AID COPAY TIER 2**999****Y",
        "EB*B*IND*98***27*40",
        "MSG*SPECIALIST VISIT COPAY",
    ]
    segs.append(f"SE*{len(segs) - 1}*0001")
    segs += [f"GE*1*{int(icn) % 10000}", f"IEA*1*{icn}"]
    edi = "~\n".join(segs) + "~"
    body = (f"Eligibility response ({d.strftime('%m/%d/%Y %I:%M %p')})\nRequest submitted by: skowalczyk / Westfield\n\n"
            f"Status: ACTIVE COVERAGE\n\n--- raw 271 ---\n{edi}\n\n"
            f"This is an automated message from the HPH eligibility gateway. Responses are retained in SoundChart under "
            f"Insurance > Eligibility History.")
    m = mk(f"HPH Eligibility Gateway <elig-noreply@{CO}>", KOWALCZYK, f"271 response - {l.upper()}, {f.upper()}",
           body, date=d, headers={"Auto-Submitted": "auto-generated"})
    return m, f"{f} {l}"


@email_for("phi", "struct")
def struct_fhir_app():
    import json
    f, l = person()
    b = dob(1948, 1970)
    d = when(30, 520, 7, 22)
    addr = personal_addr(f, l)
    pid = "".join(random.choice("0123456789abcdef") for _ in range(8)) + "-" + digits(4)
    sex = "female" if f in FIRST_F else "male"
    comps = []
    for fq in [500, 1000, 2000, 4000, 6000]:
        for side in ("right", "left"):
            comps.append({"code": {"text": f"Threshold {fq} Hz {side}"},
                          "valueQuantity": {"value": random.choice([15, 20, 25, 30, 35, 40, 45, 50, 55]),
                                            "unit": "dB HL", "system": "http://unitsofmeasure.org", "code": "dB"}})
    bundle = {
        "resourceType": "Bundle", "type": "collection", "timestamp": d.isoformat(),
        "entry": [
            {"resource": {"resourceType": "Patient", "id": pid,
                          "name": [{"family": l, "given": [f]}], "gender": sex, "birthDate": b.isoformat(),
                          "telecom": [{"system": "email", "value": addr}, {"system": "phone", "value": phone()}],
                          "address": [{"line": [street()], "city": town().split(",")[0], "state": "OH"}]}},
            {"resource": {"resourceType": "Observation", "id": "obs-" + digits(6), "status": "final",
                          "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
                                                    "code": "exam"}]}],
                          "code": {"text": "Online hearing screening (HearCheck app v2.3)"},
                          "subject": {"reference": f"Patient/{pid}"},
                          "effectiveDateTime": d.isoformat(),
                          "component": comps,
                          "interpretation": [{"text": "Possible mild-to-moderate hearing loss. Recommend full evaluation."}]}},
            {"resource": {"resourceType": "QuestionnaireResponse", "status": "completed",
                          "subject": {"reference": f"Patient/{pid}"},
                          "item": [{"linkId": "tinnitus", "answer": [{"valueString": "Yes, both ears, most days"}]},
                                   {"linkId": "dizziness", "answer": [{"valueString": "No"}]},
                                   {"linkId": "insurance", "answer": [{"valueString": "Silverline Medicare Advantage"}]},
                                   {"linkId": "preferred_store", "answer": [{"valueString": "Oak Hollow"}]}]}},
        ]}
    js = json.dumps(bundle, indent=2, ensure_ascii=False)
    body = (f"New HearCheck screening flagged for follow-up.\n\nResult: REFER\nPreferred store: Oak Hollow\n"
            f"Lead created: #{digits(6)}\n\nThe full screening record is attached (FHIR R4 bundle). Please contact the "
            f"customer within 2 business days to schedule a comprehensive evaluation.\n\n-- HearCheck Leads (automated)")
    m = mk(f"HearCheck Leads <hearcheck@{CO}>", f"Oak Hollow <oakhollow@{CO}>", "HearCheck REFER - new lead",
           body, date=d, atts=[(f"hearcheck_{pid}.json", js)], headers={"Auto-Submitted": "auto-generated"})
    return m, f"{f} {l}"


@email_for("phi", "struct")
def struct_ccda():
    f, l = person()
    b = dob()
    d = when(30, 520, 9, 17)
    mrn = f"HP{digits(7)}"
    sex = "F" if f in FIRST_F else "M"
    docid = "".join(random.choice("0123456789abcdef") for _ in range(32))
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.14" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.3.9921.1" extension="{docid}"/>
  <code code="57133-1" codeSystem="2.16.840.1.113883.6.1" displayName="Referral note"/>
  <title>Referral Note - Audiology to Otolaryngology</title>
  <effectiveTime value="{_hl7ts(d)}-0500"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.9921.2" extension="{mrn}"/>
      <addr use="HP"><streetAddressLine>{street()}</streetAddressLine><city>{town().split(',')[0]}</city><state>OH</state></addr>
      <telecom use="HP" value="tel:{phone().replace(' ', '')}"/>
      <patient>
        <name><given>{f}</given><family>{l}</family></name>
        <administrativeGenderCode code="{sex}" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="{fmt_d(b, 'hl7')}"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author>
    <time value="{_hl7ts(d)}-0500"/>
    <assignedAuthor><id root="2.16.840.1.113883.4.6" extension="1902837465"/>
      <assignedPerson><name><given>Marcus</given><family>Oduya</family><suffix>AuD</suffix></name></assignedPerson>
    </assignedAuthor>
  </author>
  <component><structuredBody>
    <component><section>
      <code code="42349-1" codeSystem="2.16.840.1.113883.6.1" displayName="Reason for referral"/>
      <title>Reason for Referral</title>
      <text>Bothersome bilateral tinnitus, L greater than R, onset approx. 8 months. Episodic dizziness lasting minutes, two falls at home this year. Please evaluate for vestibular etiology.</text>
    </section></component>
    <component><section>
      <code code="29545-1" codeSystem="2.16.840.1.113883.6.1" displayName="Physical findings"/>
      <title>Audiologic Findings</title>
      <text>Mild to moderately-severe sloping SNHL bilaterally. WRS 84% R, 76% L. Tympanometry Type A. THI 62 (severe handicap). Fit with bilateral RIC hearing aids with sound generator.</text>
    </section></component>
    <component><section>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="Medications"/>
      <title>Medications (patient reported)</title>
      <text>Lisinopril 20 mg daily; aspirin 81 mg daily; meclizine 12.5 mg as needed.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
    body = (f"Referral attached as CCD (C-CDA referral note) for import into your EHR. Signed release on file. "
            f"Patient is aware to expect your call.\n\nMarcus Oduya, Au.D.\n\n{DISCLAIMER}")
    m = mk(ODUYA, ENT_REF.hdr, "Referral - C-CDA attached", body, date=d,
           atts=[(f"referral_{docid[:8]}.xml", xml)])
    return m, f"{f} {l}"


@email_for("phi", "struct")
def struct_pipe_extract():
    pts = _pts(random.randint(8, 12))
    d = when(30, 520, 2, 4)
    lines = ["REC|ACCT|STORE|LAST|FIRST|DOB|FIT_DATE|MODEL|SERIAL_L|SERIAL_R|WARRANTY_END|LD_USED"]
    for f, l, b in pts:
        fit = (d - dt.timedelta(days=random.randint(1, 30))).date()
        lines.append("|".join(["W", digits(6), random.choice(["EG", "MB", "CF", "RP", "WF", "OH", "PA"]), l.upper(), f.upper(),
                               fmt_d(b, "hl7"), fmt_d(fit, "hl7"),
                               random.choice(["EVK5-RIC-R", "EVK3-RIC-R", "EVK5-BTE-312"]), serial(), serial(),
                               fmt_d(fit + dt.timedelta(days=1095), "hl7"), "N"]))
    lines.append(f"TRL|{len(pts)}")
    data = "\n".join(lines) + "\n"
    body = (f"Warranty registration batch for {d.strftime('%Y-%m-%d')} delivered to Solvane SFTP.\n\n"
            f"File:     HPH_WARR_{d.strftime('%Y%m%d')}.dat\nRecords:  {len(pts)}\nStatus:   ACCEPTED (0 errors)\n\n"
            f"A copy of the file is attached for your records.\n\n-- HPH scheduled job 'warranty_export' on hph-int-02")
    m = mk(f"HPH Jobs <jobs-noreply@{CO}>", ORTEGA, f"[warranty_export] OK - {len(pts)} records", body, date=d,
           atts=[(f"HPH_WARR_{d.strftime('%Y%m%d')}.dat", data)], headers={"Auto-Submitted": "auto-generated"})
    return m, "; ".join(f"{f} {l}" for f, l, _ in pts)

# ==========================================================================
# CLEAN - admin
# ==========================================================================
@email_for("clean", "admin")
def admin_supplies():
    d = when(10, 520, 8, 16)
    body = (f"Hi store managers,\n\nQuarterly clinical supply order is due Friday. Please reply with quantities for your "
            f"store (or \"same as last quarter\"). Current par levels:\n\n"
            f"  Otoscope specula 2.5mm / 4mm ......... 2 bx each\n"
            f"  Tympanometer probe tips (asst) ....... 1 kit\n"
            f"  Impression material (silicone) ....... 4 cartridges\n"
            f"  Otoblocks / cotton dams .............. 1 bag (100)\n"
            f"  Wax guards (Solvane / Nordlys) ....... 20 / 20\n"
            f"  Domes 6/8/10mm open + closed ......... per usage report\n"
            f"  Disinfecting wipes (germicidal) ...... 6 canisters\n"
            f"  Insert earphone foam tips 13mm ....... 2 bx\n"
            f"  Batteries 312 / 13 / 10 / 675 ........ per battery club volume\n\n"
            f"Reminder: booth calibration vendor (Ohio Acoustic Services) is coming the week of the 16th for all stores. "
            f"Please make sure the booth and audiometer are free for about 90 minutes - I'll send the day by store.\n\n"
            f"Thanks,\nBrian\n\n{CASTELLANO.sig()}")
    q = (d.month - 1) // 3 + 2
    q = f"Q{q}" if q <= 4 else "Q1"
    m = mk(CASTELLANO, [WHITLEY, BROOKS, HALVERSON, HUANG, f"westfield@{CO}", f"oakhollow@{CO}", f"portadair@{CO}"],
           f"{q} clinical supply order - due Fri", body, date=d, cc=[ORTEGA])
    return m, ""


@email_for("clean", "admin")
def admin_it_downtime():
    d = when(10, 520, 10, 15)
    sat = (d + dt.timedelta(days=(5 - d.weekday()) % 7 or 7))
    text = (f"SoundChart planned maintenance\n\n"
            f"When: Saturday {sat.strftime('%B')} {sat.day}, 6:00 PM - 10:00 PM ET\n"
            f"Impact: SoundChart (scheduling, patient records, POS), AudioSync bridge (audiometer sync), and the eligibility gateway "
            f"will be unavailable. Email and phones are NOT affected.\n\n"
            f"What stores need to do:\n"
            f"  1. Print Monday's schedule before you close Saturday.\n"
            f"  2. Do not start a fitting session in Fit Studio after 5:30 PM - the save back to SoundChart will fail.\n"
            f"  3. If you must test after 6 PM, save audiograms locally and re-sync Monday (instructions in the KB, article KB0142).\n\n"
            f"Why: database upgrade and new HL7 interface certificates for our ENT partners.\n\n"
            f"Questions: reply to this message or call x260.\n\nRavi Patel\nIT Systems Administrator")
    m = mk(PATEL, f"All Staff <allstaff@{CO}>", f"[Planned maintenance] SoundChart down Sat {sat.month}/{sat.day} 6-10 PM",
           text, date=d, html=simple_html(text), headers={"Importance": "High"})
    return m, ""


@email_for("clean", "admin")
def admin_billing_policy():
    d = when(10, 520, 9, 17)
    body = (f"Team,\n\nEffective the 1st, a few billing policy changes. Please read - this affects the front desk more than "
            f"anyone.\n\n"
            f"1. OTC devices. Over-the-counter aids sold at the counter are retail items, not clinical services. Ring them "
            f"under SKU class OTC in the POS, no V-code, no insurance billing. If the customer wants a hearing test first, "
            f"that's a separate 92557 or our free screening - do not bundle.\n\n"
            f"2. Silverline Medicare Advantage prior auth. Silverline now requires prior authorization for hearing aids "
            f"(V5261/V5257) fit outside the AudioBenefit program. No auth = no payment, and we cannot bill the member. "
            f"Get the auth number in SoundChart before ordering the devices.\n\n"
            f"3. Unbundled services. Starting this quarter, new purchases can choose bundled (3 yrs service) or unbundled "
            f"pricing. Unbundled follow-ups bill at $75 per visit (V5014 / V5020 as appropriate). The purchase agreement "
            f"must show which option was chosen, initialed.\n\n"
            f"4. Trial period returns stay at 45 days with a $250 restocking fee per pair (Ohio requires we disclose this "
            f"in writing - it's on the form).\n\n"
            f"Training on this is Tuesday at 8:15 before open (Teams link to follow).\n\n"
            f"Gordon Finch, CPA\nController\n{CO_NAME}\n(216) 555-0100 x205\n\n{DISCLAIMER}")
    m = mk(FINCH, f"Store Managers <storemanagers@{CO}>", "Billing policy changes effective the 1st", body, date=d,
           cc=[LIMA, CASTELLANO])
    return m, ""


@email_for("clean", "admin")
def admin_payer_contract():
    d0 = when(200, 520, 9, 17)
    d1 = d0 + dt.timedelta(days=1)
    orig = (f"Dear Network Provider,\n\nAttached is your 2025 AudioBenefit Partners provider fee schedule and amendment "
            f"to the Provider Participation Agreement. Key changes:\n\n"
            f"  - Technology tiers consolidated from 5 to 4 (Basic, Standard, Advanced, Premium)\n"
            f"  - Provider reimbursement per device: $560 / $710 / $895 / $1,050\n"
            f"  - Included follow-up visits: 3 within the first year (was 2)\n"
            f"  - Hearing exam (92557) reimbursement: $55 flat\n"
            f"  - Claims must be filed within 90 days of fitting (was 180)\n\n"
            f"Please sign and return the amendment by November 30 to remain in network for 2025.\n\n"
            f"Provider Relations\nAudioBenefit Partners\n1-800-555-0162")
    body = (f"Gordon, Brian -\n\nMy read: tier consolidation hurts us a little on the old Tier 3 (it folds into Standard at $710, "
            f"we were getting $760). The extra follow-up visit is unpaid time. The 90-day filing limit is the real risk - "
            f"we had 14 claims last year filed after day 90 because of device backorders.\n\n"
            f"I'd like to push back on the filing limit before we sign. Want me to draft something?\n\nAna\n\n"
            + outlook_orig(d0, ABP.hdr, f"contracts@{CO}", "2025 Fee Schedule and Agreement Amendment", orig))
    m = mk(LIMA, [FINCH, CASTELLANO], "FW: 2025 Fee Schedule and Agreement Amendment", body, date=d1,
           atts=[("ABP_2025_Fee_Schedule.pdf", make_pdf([
               "AudioBenefit Partners - 2025 Provider Fee Schedule",
               "Network: Standard Retail Audiology",
               "",
               "Tier        Device reimb.   Member copay (typical)",
               "Basic       $560            $499",
               "Standard    $710            $699",
               "Advanced    $895            $999",
               "Premium     $1,050          $1,299",
               "",
               "92557 Comprehensive audiometry: $55",
               "Follow-up visits included: 3 (first 12 months)",
               "Timely filing: 90 days from date of fitting",
           ], "Fee Schedule 2025"))])
    return m, ""


@email_for("clean", "admin")
def admin_facilities():
    d0 = when(150, 320, 8, 12)
    d1 = d0 + dt.timedelta(hours=random.randint(2, 6))
    orig = (f"Joanne,\n\nThe HVAC tech from Lakeshore Mechanical will be at 4410 Eastgate on Tuesday between 7 and 9 AM to "
            f"replace the rooftop unit blower motor. They'll need access to the back hallway ceiling panel.\n\n"
            f"Regards,\nKelsey Moran\nProperty Manager, Eastgate Commons\nTrident Realty Group\n(440) 555-0177")
    body = (f"Hi Kelsey,\n\nTuesday works, I'll be in at 6:45 to let them in. Two requests:\n\n"
            f"1. Our sound booth is right under that unit. When they're done, please have them check the vibration isolators "
            f"- since the last repair our ambient noise readings in the booth have been running 8-10 dB higher at 250-500 Hz, "
            f"and we're right at the edge of the ANSI S3.1 limits for testing.\n"
            f"2. Please make sure they don't set anything on top of the booth ceiling. It's a floating ceiling.\n\n"
            f"If the noise floor is still high after, I'll need to get our booth vendor out and may have to send testing to "
            f"Millbrook for a few days, so I'd appreciate a heads-up if there's more work planned.\n\n"
            f"Thanks,\nJoanne\n\n{WHITLEY.sig()}\n\n" + gmail_reply(d0, "Kelsey Moran <kmoran@tridentrealtygroup.com>", orig))
    m = mk(WHITLEY, "Kelsey Moran <kmoran@tridentrealtygroup.com>", "Re: HVAC service Tuesday - 4410 Eastgate", body,
           date=d1, cc=[CASTELLANO])
    return m, ""


@email_for("clean", "admin")
def admin_meeting_agenda():
    d = when(10, 520, 8, 17)
    mtg = (d + dt.timedelta(days=random.randint(4, 9))).replace(hour=9, minute=30)
    agenda = (f"Regional Managers Meeting - {mtg.strftime('%A, %B')} {mtg.day}, 9:30-12:00\nSupport Office conf room B / Teams\n\n"
              f"1. Q2 results (Gordon) - chain-level revenue, binaural rate, return rate vs. target\n"
              f"2. Silverline prior auth rollout - what's working, what isn't (Ana)\n"
              f"3. Real-ear measurement: every fitting, every time. Equipment status by store (Brian)\n"
              f"4. Tinnitus program expansion to Westfield and Port Adair (Dr. Oduya)\n"
              f"5. Battery club to rechargeable conversion campaign (Claire)\n"
              f"6. Staffing: HIS apprentice pipeline, summer coverage (Nicole)\n"
              f"7. Open floor\n\nLunch is on us - Panera order goes in Monday, reply with your order.")
    ics = make_ics("Regional Managers Meeting", mtg.replace(tzinfo=d.tzinfo), 150, "Support Office Conf Room B",
                   agenda, CASTELLANO)
    m = mk(CASTELLANO, f"Store Managers <storemanagers@{CO}>", f"Agenda - Regional Managers Meeting {mtg.month}/{mtg.day}",
           agenda + f"\n\n{CASTELLANO.sig('mid')}", date=d, cc=[FINCH, LIMA, ODUYA, DONNELLY, FERRANTE],
           atts=[("invite.ics", ics, ("text", "calendar"))])
    return m, ""


@email_for("clean", "admin")
def admin_rem_rollout():
    d0 = when(100, 520, 10, 16)
    d1 = d0 + dt.timedelta(days=1, hours=random.randint(-3, 2))
    orig = (f"Brian,\n\nConfirming shipment of 4 Nordlys ProbeCheck REM systems (probe-mic units with speakers and carts) "
            f"to Cedar Falls, Westfield, Oak Hollow and Port Adair, delivery next Wednesday. Installation and 2-hour "
            f"in-service per store is included. Our trainer will need a booth or quiet room and one volunteer per store "
            f"(a staff member is fine) for the demo measurement.\n\nKari")
    body = (f"Kari - great, thank you. For the demos please use staff volunteers only, no customers. Beth, Wei and Stacy will "
            f"coordinate times with your trainer. I'll send the store hours separately.\n\n"
            f"Team: this finishes the rollout - every store will have probe-mic verification. Expectation from {(d1.replace(day=1) + dt.timedelta(days=32)).strftime('%B')} 1 "
            f"is REM on every new fitting, documented in SoundChart. No exceptions without a note why.\n\nBrian\n\n"
            f"{CASTELLANO.sig()}\n\n" + gmail_reply(d0, NORDLYS_REP.hdr, orig))
    m = mk(CASTELLANO, NORDLYS_REP.hdr, "Re: REM equipment delivery + in-service", body, date=d1,
           cc=[HALVERSON, HUANG, KOWALCZYK, SEO, BAPTISTE])
    return m, ""

# ==========================================================================
# CLEAN - lookalike
# ==========================================================================
@email_for("clean", "lookalike")
def look_invoice():
    d = when(10, 520, 5, 8)
    inv = f"INV-{digits(8)}"
    po = f"PO-HPH-{d.year}-{digits(4)}"
    acct = digits(6)
    items = [("EVK5-RIC-R", "Evoke 5 RIC rechargeable, Silver", random.randint(4, 10), 1185.00),
             ("EVK3-RIC-R", "Evoke 3 RIC rechargeable, Beige", random.randint(2, 6), 845.00),
             ("CHG-EVK-DLX", "Deluxe charger w/ drying", random.randint(4, 10), 95.00),
             ("RCV-M-85", "Receiver M, 85dB, len 2", random.randint(10, 20), 42.00),
             ("DOME-OP-8", "Open dome 8mm (10/pk)", random.randint(10, 30), 6.50)]
    lines = []
    total = 0.0
    for sku, desc, q, p in items:
        lot = f"LOT {random.choice(['A', 'B', 'C'])}{digits(5)}"
        ext = q * p
        total += ext
        lines.append(f"{sku:<12} {desc:<32} {q:>3}  {p:>9,.2f}  {ext:>10,.2f}   {lot}")
    serials = ", ".join(serial() for _ in range(6))
    body = (f"Solvane Hearing, Inc. - INVOICE\n\n"
            f"Invoice:      {inv}\nInvoice date: {fmt_d(d.date())}\nCustomer acct:{acct}  Harbor & Pine Hearing Centers LLC\n"
            f"Your PO:      {po}\nShip to:      HPH Distribution, 2200 Commerce Pkwy Unit 4, Medford Bay OH 44256\n"
            f"Terms:        Net 60    Due: {fmt_d((d + dt.timedelta(days=60)).date())}\n\n"
            f"SKU          Description                      Qty   Unit        Ext        Lot\n"
            + "\n".join(lines) +
            f"\n\n                                                  Subtotal  {total:>12,.2f}\n"
            f"                                                  Freight         0.00\n"
            f"                                                  TOTAL     {total:>12,.2f}\n\n"
            f"Device serials shipped (first 6 of {items[0][2] + items[1][2]}): {serials} ... full list in packing slip.\n\n"
            f"Remit to: Solvane Hearing, Inc., Lockbox 77120, Columbus OH 43271-7120\nACH: routing on file, ref {inv}\n\n"
            f"Questions: ar@solvanehearing.com | 1-888-555-0171 opt 3")
    m = mk("Solvane AR <ar@solvanehearing.com>", f"Accounts Payable <ap@{CO}>", f"Invoice {inv} / PO {po}", body,
           date=d, atts=[(f"{inv}.pdf", make_pdf(["Solvane Hearing, Inc.", f"Invoice {inv}", f"PO {po}",
                                                  f"Total due: ${total:,.2f}", "Terms: Net 60"], inv))])
    return m, ""


@email_for("clean", "lookalike")
def look_tracking():
    d = when(10, 520, 9, 18)
    order = f"CP{digits(7)}"
    trk = [f"1Z{digits(3)}W{digits(2)}03{digits(8)}" for _ in range(3)]
    text = (f"Your CellPoint Supply order has shipped!\n\n"
            f"Order #{order}   Placed {fmt_d((d - dt.timedelta(days=2)).date())}\nAccount: HARBOR & PINE HEARING (HPH-0042)\n\n"
            f"Package 1 of 3   UPS Ground   {trk[0]}\n   60 x Size 312 zinc-air (60-pack cards)\n"
            f"Package 2 of 3   UPS Ground   {trk[1]}\n   40 x Size 13 zinc-air (60-pack cards)\n"
            f"Package 3 of 3   UPS Ground   {trk[2]}\n   20 x Size 10 / 10 x Size 675\n\n"
            f"Estimated delivery: {(d + dt.timedelta(days=3)).strftime('%A, %B')} {(d + dt.timedelta(days=3)).day}\n"
            f"Ship to: HPH Distribution, 2200 Commerce Pkwy Unit 4, Medford Bay OH 44256\n\n"
            f"Batteries ship as UN3090 excepted quantity. Expiry on all cards: {d.year + 3}-{d.month:02d}.\n\n"
            f"Track: https://cellpointsupply.com/track/{order}\nCustomer service 1-866-555-0114")
    html = simple_html(text, "CellPoint Supply, 900 Industrial Rd, Dayton Heights OH 45404. You are receiving this "
                             "because you placed an order.")
    m = mk("CellPoint Supply <orders@cellpointsupply.com>", ORTEGA, f"Shipped: order #{order} (3 packages)", text,
           date=d, html=html)
    return m, ""


@email_for("clean", "lookalike")
def look_code_list():
    d = when(10, 520, 9, 17)
    rows = [("Code", "Description", "Self-pay", "Silverline MA", "Medicaid"),
            ("92551", "Screening test, pure tone, air only", "$0 (free screen)", "n/c", "n/c"),
            ("92552", "Pure tone audiometry, air", "$45", "$28.40", "$19.11"),
            ("92557", "Comprehensive audiometry (threshold + speech)", "$125", "$55.00", "$36.72"),
            ("92567", "Tympanometry", "$35", "$19.80", "$13.05"),
            ("92568", "Acoustic reflex testing, threshold", "$35", "$17.65", "$11.90"),
            ("92588", "Distortion product OAE, comprehensive", "$75", "$41.12", "$27.30"),
            ("92625", "Assessment of tinnitus", "$150", "$72.86", "$48.10"),
            ("V5010", "Assessment for hearing aid", "$75", "bundled", "$30.00"),
            ("V5014", "Repair/modification of hearing aid", "$75", "bundled", "$35.00"),
            ("V5261", "Hearing aid, digital, binaural, BTE", "see price list", "per ABP tier", "PA req"),
            ("V5275", "Ear impression, each", "$40", "$0", "$10.50"),
            ("V5266", "Battery for use in hearing device", "$8/pk", "n/c yr 1", "$1.10/cell")]
    dx = ("Common dx for claims (for reference):\n"
          "  H90.3   Sensorineural hearing loss, bilateral\n"
          "  H90.41  Sensorineural hearing loss, unilateral, right ear, unrestricted hearing contralateral\n"
          "  H91.90  Unspecified hearing loss, unspecified ear\n"
          "  H93.13  Tinnitus, bilateral\n"
          "  H81.10  Benign paroxysmal vertigo, unspecified ear\n"
          "  Z01.10  Encounter for examination of ears and hearing without abnormal findings\n")
    body = (f"All,\n\nUpdated fee sheet for the front desk binders. Print and replace the old one (dated last January). "
            f"Changes are highlighted on the PDF - mainly 92557 and 92625 for Silverline.\n\n" + aligned(rows, "  ") +
            f"\n\n{dx}\nDo not code a dx that isn't documented by the audiologist. When in doubt ask Ana.\n\n"
            f"{LIMA.sig()}")
    m = mk(LIMA, f"Front Desk <frontdesk@{CO}>", "Updated CPT/HCPCS fee sheet", body, date=d, cc=[FINCH])
    return m, ""


@email_for("clean", "lookalike")
def look_directory():
    d = when(10, 520, 9, 17)
    provs = [(RAMAN, "Eastgate", "A.0001{}".format(digits(3))), (SOKOLOVA, "Millbrook", "A.0001{}".format(digits(3))),
             (ODUYA, "Riverside Plaza", "A.0001{}".format(digits(3))), (GALLAGHER, "Cedar Falls", "HAD.{}".format(digits(4))),
             (MEDINA, "Westfield", "HAD.{}".format(digits(4))), (TRAN, "Riverside Plaza", "HAD.{}".format(digits(4))),
             (BAPTISTE, "Port Adair", "HAD.{}".format(digits(4)))]
    rows = [("Provider", "Cred", "Store", "NPI", "OH License", "Exp")]
    for p_, st_, lic in provs:
        rows.append((p_.name, p_.cred, st_, "1" + digits(9), lic, f"{random.randint(1, 12):02d}/{random.choice([2025, 2026])}"))
    srows = [("Store", "Phone", "Fax", "Hours")]
    for k, v in STORES.items():
        srows.append((k, v[2], v[3], random.choice(["M-F 9-5, Sat 9-1", "M-F 8:30-5", "M-Th 9-6, F 9-4, Sat 9-12"])))
    body = (f"Updated provider & store directory for credentialing files and the payer portals. Please check your own line "
            f"and tell me by Friday if anything is wrong.\n\nPROVIDERS\n" + aligned(rows) + "\n\nSTORES\n" + aligned(srows) +
            f"\n\nGroup NPI: 1487203956   Tax ID: 34-1234567   CAQH group: 20{digits(5)}\n\n"
            f"Nicole Ferrante, SHRM-CP\nHR Generalist / Credentialing\n(216) 555-0100 x230")
    m = mk(FERRANTE, f"Clinical Staff <clinical@{CO}>", "Provider directory + license expirations", body, date=d,
           cc=[LIMA], atts=[("HPH_directory.xlsx", make_xlsx([list(r) for r in rows], "Providers"))])
    return m, ""


@email_for("clean", "lookalike")
def look_ticket():
    d = when(10, 520, 8, 18)
    inc = f"INC-{digits(7)}"
    asset = f"HPH-LT-{digits(4)}"
    text = (f"Ticket {inc} has been updated.\n\n"
            f"Status:        Resolved\nPriority:      P3 - Moderate\nCategory:      Hardware > Audiometer > Connectivity\n"
            f"Location:      Westfield - Booth 1\nAsset tag:     {asset}   (Audiometer AX-40, s/n AX40-{digits(6)})\n"
            f"Opened:        {fmt_d((d - dt.timedelta(days=2)).date())} 09:14 by skowalczyk\n"
            f"Assigned:      Ravi Patel\n\n"
            f"Resolution notes:\nUSB isolation hub failed (firmware 1.0.3). Replaced with spare hub s/n UH-{digits(8)}. Verified "
            f"sync to SoundChart with calibration check tone. Calibration due date unchanged ({fmt_d((d + dt.timedelta(days=140)).date())}).\n\n"
            f"If the issue recurs, reply to this email within 7 days to reopen {inc}.\n\n-- HPH IT Service Desk\n"
            f"https://servicedesk.{CO}/ticket/{inc}")
    m = mk(f"HPH IT Service Desk <servicedesk@{CO}>", KOWALCZYK, f"[{inc}] Resolved: Booth 1 audiometer not syncing",
           text, date=d, headers={"Auto-Submitted": "auto-generated", "X-Ticket-ID": inc})
    return m, ""


@email_for("clean", "lookalike")
def look_stats():
    d = when(10, 520, 7, 9)
    rows = [("Store", "Tests", "Fittings", "Binaural %", "Returns %", "Avg age (yrs)", "MA share %")]
    tot_t = tot_f = 0
    for k in STORES:
        t = random.randint(60, 160)
        fi = random.randint(int(t * 0.3), int(t * 0.55))
        tot_t += t
        tot_f += fi
        rows.append((k, t, fi, f"{random.uniform(78, 94):.1f}", f"{random.uniform(3, 11):.1f}", f"{random.uniform(70, 76):.1f}",
                     f"{random.uniform(38, 61):.0f}"))
    rows.append(("CHAIN", tot_t, tot_f, "", "", "", ""))
    body = (f"Monthly KPI snapshot ({(d - dt.timedelta(days=10)).strftime('%B %Y')})\n\n" + aligned(rows, "  ") +
            f"\n\nNotes:\n- Conversion (fittings/tests) chain-wide: {tot_f / tot_t * 100:.1f}%\n"
            f"- Return rate target is <8%. Two stores over, we'll discuss at the managers meeting.\n"
            f"- \"Avg age\" is the average age of patients fit this month, aggregate only.\n"
            f"- 1,284 battery club members active, 212 converted to rechargeable YTD.\n\n"
            f"Source: SoundChart BI, pulled {fmt_d(d.date())} 06:00.\n\nGordon")
    m = mk(FINCH, [CASTELLANO, f"Store Managers <storemanagers@{CO}>"], "KPI snapshot - last month", body, date=d)
    return m, ""


@email_for("clean", "lookalike")
def look_recall_lots():
    d = when(10, 520, 9, 15)
    lots = [f"RC{d.year % 100}{digits(4)}" for _ in range(5)]
    sn_lo, sn_hi = f"23RT{digits(5)}", f"23RT{digits(5)}"
    body = (f"URGENT - VOLUNTARY FIELD ACTION\nNordlys Audio USA  |  Reference FA-{d.year}-{digits(3)}\n\n"
            f"Dear Harbor & Pine Hearing Centers,\n\nNordlys Audio is conducting a voluntary field action on a limited number "
            f"of Aria 7 receiver modules (size M and P) due to a supplier issue that may cause intermittent output.\n\n"
            f"Affected receiver lots:\n  " + "\n  ".join(lots) +
            f"\nAffected device serial range (receivers installed at factory): {sn_lo} through {sn_hi}\n\n"
            f"Actions required:\n  1. Quarantine any unopened receivers from the lots above and return using RMA kit FA-RET.\n"
            f"  2. Devices already fitted: replace the receiver at the next routine visit; no urgent recall of patients is required.\n"
            f"  3. Complete the attached acknowledgement form within 10 business days.\n\n"
            f"This action has been reported to the FDA. No injuries have been reported.\n\n"
            f"Kari Lindahl\nKey Account Manager, Nordlys Audio USA\n(952) 555-0133\n\n"
            f"Acknowledgement form: FA-ACK-{digits(5)}")
    cover = (f"Luis - please pull any stock from these lots at the DC and in the stores. Store managers, check your drawers "
             f"today. Do NOT call patients; we'll swap receivers at normal visits per Nordlys.\n\nBrian\n\n"
             + fwd_block(d - dt.timedelta(hours=2), NORDLYS_REP.hdr, CASTELLANO.hdr, "URGENT - Field action FA receivers", body))
    m = mk(CASTELLANO, [ORTEGA, f"Store Managers <storemanagers@{CO}>"], "Fwd: URGENT - Field action FA receivers",
           cover, date=d, headers={"Importance": "High"})
    return m, ""

# ==========================================================================
# CLEAN - news
# ==========================================================================
@email_for("clean", "news")
def news_internal():
    d = when(10, 520, 7, 9)
    month = d.strftime("%B %Y")
    text = (f"HARBOR NOTES - {month}\nThe monthly newsletter for the Harbor & Pine family\n\n"
            f"STORE NEWS\nOak Hollow's remodel is done - new waiting area, a second booth, and a kids' corner for the "
            f"grandkids who come along. Thanks to Min-jung and the team for working around the dust for six weeks.\n\n"
            f"CLINICAL CORNER (Dr. Sharon Pike)\nReal-ear measurement is now in every store. Reminder of why it matters: "
            f"published studies consistently find that manufacturer \"first fit\" settings under-amplify high frequencies "
            f"for most patients. Verifying to target is the single best thing we can do for outcomes.\n\n"
            f"BY THE NUMBERS\n  - 1,100+ hearing tests chain-wide last month\n  - 94% of surveyed customers would recommend us\n"
            f"  - 212 battery club members switched to rechargeable this year\n\n"
            f"SHOUT-OUTS\nCustomers wrote in to thank Port Adair for staying open late during the snowstorm, and Riverside "
            f"for the tinnitus support group, which now meets the 2nd Tuesday of every month.\n\n"
            f"COMING UP\n  - Better Hearing & Speech Month in May - free screenings at all stores\n"
            f"  - Solvane Evoke 6 launch training (watch for Derek's webinar invite)\n  - Summer picnic: save the date!\n\n"
            f"Have a story for Harbor Notes? Email Claire.")
    m = mk(DONNELLY, f"All Staff <allstaff@{CO}>", f"Harbor Notes - {month}", text, date=d,
           html=simple_html(text, "Internal newsletter - please do not forward outside the company."))
    return m, ""


@email_for("clean", "news")
def news_marketing():
    d = when(90, 140, 9, 11)
    text = (f"May is Better Hearing & Speech Month\n\n"
            f"Dear Friend,\n\nDid you know that roughly 1 in 3 adults between 65 and 74 has some hearing loss - and that "
            f"most wait years before doing anything about it?\n\nThis May, every Harbor & Pine Hearing Center is offering:\n"
            f"  * FREE hearing screenings (about 15 minutes, no appointment needed on Saturdays)\n"
            f"  * FREE clean & check for any brand of hearing aid\n"
            f"  * Up to $500 off a pair of premium rechargeable hearing aids*\n\n"
            f"Many Medicare Advantage plans now include a hearing benefit. Our team can check your plan for you.\n\n"
            f"Find your nearest store: {', '.join(STORES)}\nCall 1-855-555-0190 or book at {CO}/book\n\n"
            f"*Offer valid 5/1-5/31. Cannot be combined with insurance benefits or other offers. Hearing screenings are not "
            f"a medical diagnosis.\n\nHarbor & Pine Hearing Centers, 2200 Commerce Pkwy, Medford Bay OH 44256\n"
            f"Unsubscribe: https://{CO}/u/manage")
    html = ('<html><body style="margin:0;font-family:Georgia,serif;background:#f4f1ea">'
            '<table width="600" align="center" style="background:#fff"><tr><td style="padding:0">'
            '<img src="cid:hdr" width="120" height="40" alt="Harbor &amp; Pine Hearing"></td></tr>'
            '<tr><td style="padding:24px"><h1 style="color:#1f4e79">May is Better Hearing &amp; Speech Month</h1>'
            '<p>Dear Friend,</p><p>Did you know that roughly 1 in 3 adults between 65 and 74 has some hearing loss?</p>'
            '<ul><li>FREE hearing screenings</li><li>FREE clean &amp; check for any brand</li>'
            '<li>Up to $500 off premium rechargeables*</li></ul>'
            f'<p><a href="https://{CO}/book" style="background:#4c8c5c;color:#fff;padding:10px 18px;text-decoration:none">Book a free screening</a></p>'
            '<p style="font-size:11px;color:#777">*Offer valid 5/1-5/31. Not combinable with insurance benefits.</p>'
            '</td></tr></table></body></html>')
    m = mk(f"Harbor & Pine Hearing <news@{CO}>", f"newsletter-list@{CO}", "Free hearing screenings all May",
           text, date=d, html=html, headers={"List-Unsubscribe": f"<https://{CO}/u/manage>", "Precedence": "bulk"})
    m.get_body(preferencelist=("html",)).add_related(make_png(120, 40, "logo"), maintype="image", subtype="png",
                                                     cid="<hdr>", filename="header.png")
    return m, ""


@email_for("clean", "news")
def news_manufacturer():
    d = when(10, 520, 8, 12)
    text = (f"Solvane Partner Bulletin | Issue {random.randint(40, 60)}\n\n"
            f"INTRODUCING EVOKE 6\nOur sixth-generation platform brings a dual-core chip, 30% longer battery life "
            f"(up to 36 hours with streaming), and SpeechFocus AI, which adapts directionality in noisy restaurants "
            f"automatically.\n\nAvailable in RIC-R, BTE-R and custom ITC from the 1st of next month. Evoke 5 remains in the "
            f"portfolio at current pricing through year end.\n\n"
            f"FIT STUDIO 9.2\nNew adaptive mid-emphasis presets, faster REM integration, and remote fine-tuning for "
            f"Android.\n\n"
            f"TRAINING\nLive webinar: \"Evoke 6 for the busy clinic\" - two sessions next week. CEUs available (0.1 AAA).\n\n"
            f"PROMO\nPartner accounts receive 2 demo units per location at no charge with the first order.\n\n"
            f"Questions? Contact your territory manager.\nSolvane Hearing, Inc. | Columbus, OH\n"
            f"You are receiving this bulletin as a Solvane partner account. Manage preferences in the Partner Portal.")
    m = mk("Solvane Partner News <partners@solvanehearing.com>", f"purchasing@{CO}", "Partner Bulletin: Introducing Evoke 6",
           text, date=d, html=simple_html(text), headers={"Precedence": "bulk"})
    return m, ""


@email_for("clean", "news")
def news_research():
    d = when(10, 520, 8, 17)
    body = (f"Journal club summary - for anyone who couldn't make Thursday\n\n"
            f"Topic: Hearing loss, hearing aids and cognitive decline\n\n"
            f"What we discussed:\n"
            f"- Large cohort studies keep finding an association between untreated hearing loss and faster cognitive "
            f"decline in older adults. Association isn't causation - people with hearing loss differ in many ways.\n"
            f"- The randomized trial data are more mixed. In the big multi-site trial we read, the hearing intervention "
            f"didn't slow decline in the overall group, but there was a meaningful signal in the subgroup at higher risk "
            f"(older, more cardiovascular risk factors).\n"
            f"- Plausible mechanisms: cognitive load, social isolation, reduced auditory input over time.\n\n"
            f"What this means at the front desk and in the booth:\n"
            f"- It's fair to say hearing care is part of staying socially engaged and healthy. It is NOT fair to tell "
            f"anyone hearing aids will prevent dementia. Please don't use that in marketing or sales conversations.\n"
            f"- Good fit + realistic expectations + follow-up = use. Devices in a drawer don't help anyone.\n\n"
            f"Next month: tinnitus and CBT-based approaches (Marcus presenting).\n\n"
            f"Sharon Pike, Au.D.\nClinical Training Manager\n(216) 555-0100 x250")
    m = mk(PIKE, f"Clinical Staff <clinical@{CO}>", "Journal club recap: hearing loss & cognition", body, date=d)
    return m, ""


@email_for("clean", "news")
def news_public_health():
    d = when(160, 190, 9, 12)
    text = (f"Summer Hearing Safety Tips from Harbor & Pine\n\n"
            f"Fireworks can reach 150 decibels - well above the level where even brief exposure can cause permanent "
            f"hearing damage. Lawn mowers, concerts, motorcycles and power tools add up over a summer.\n\n"
            f"Protect your hearing:\n"
            f"  1. Keep your distance - at least 500 feet from fireworks launch areas.\n"
            f"  2. Wear earplugs or earmuffs. Foam plugs cost pennies; custom plugs last years.\n"
            f"  3. Kids' ears are more vulnerable - use child-size earmuffs.\n"
            f"  4. Ringing after a loud event is a warning sign. If it doesn't fade in a day or two, get a hearing test.\n"
            f"  5. Hearing aid users: take them out (or use the noise program) for fireworks and keep them dry at the pool.\n\n"
            f"Free foam earplugs are available at all our stores through July.\n\n"
            f"Source: public guidance from national hearing health organizations. This newsletter is general information "
            f"and not medical advice.\n\nHarbor & Pine Hearing Centers | {CO}")
    m = mk(f"Harbor & Pine Hearing <news@{CO}>", f"newsletter-list@{CO}", "Loud summer? Protect your hearing", text,
           date=d, html=simple_html(text), headers={"Precedence": "bulk"})
    return m, ""


@email_for("clean", "news")
def news_regulatory():
    d = when(10, 520, 9, 16)
    body = (f"Industry & Regulatory Update (quarterly)\n\n"
            f"1) OTC hearing aids, two years in\nOver-the-counter hearing aids for adults with perceived mild to moderate "
            f"hearing loss are sold in pharmacies and big-box stores without a professional exam. Our position: OTC is "
            f"good for access, and many OTC buyers eventually come to us for testing, fitting help or an upgrade. "
            f"Stores should welcome them - we offer a paid \"OTC setup\" service.\n\n"
            f"2) State licensure\nOhio's hearing aid dealer/fitter board updated its continuing education rules: 10 hours "
            f"every two years, 2 of which must be ethics. Audiologists follow the audiology board's separate requirements.\n\n"
            f"3) Medicare Advantage hearing benefits\nMore MA plans are contracting with third-party hearing benefit "
            f"managers. Expect more tiered copays and prior auth requirements in the coming plan year.\n\n"
            f"4) Consumer protection\nReminder that Ohio requires a written 30-day minimum right-to-return disclosure. "
            f"Ours is 45 days.\n\n"
            f"Prepared by Finance & Compliance. Questions to Gordon Finch.")
    m = mk(FINCH, f"Store Managers <storemanagers@{CO}>", "Quarterly industry & regulatory update", body, date=d,
           cc=[PIKE, CASTELLANO], atts=[("Reg_update.docx", make_docx(["**Industry & Regulatory Update**"] + body.split("\n\n")[1:]))])
    return m, ""

# ==========================================================================
# CLEAN - staff
# ==========================================================================
@email_for("clean", "staff")
def staff_roster():
    d = when(10, 520, 14, 18)
    mon = (d + dt.timedelta(days=(7 - d.weekday()) % 7 or 7)).date()
    days = [(mon + dt.timedelta(days=i)).strftime("%a %m/%d") for i in range(6)]
    ppl = [("Priya Raman, Au.D.", "Eastgate"), ("Elena Sokolova, Au.D.", "Millbrook"), ("Marcus Oduya, Au.D.", "Riverside"),
           ("Tom Gallagher, BC-HIS", "Cedar Falls"), ("Rosa Medina, HIS", "Westfield"), ("Kevin Tran, HIS", "Riverside"),
           ("Jocelyn Baptiste, HIS", "Port Adair")]
    rows = [("Clinician", "Home") + tuple(days)]
    for n, h in ppl:
        cells = []
        for i in range(6):
            if i == 5:
                cells.append(random.choice(["off", "off", "9-1", "9-1 PA" if h != "Port Adair" else "9-1"]))
            else:
                cells.append(random.choice(["8:30-5", "9-5:30", "9-5:30", "off", "12-8 (late)", "8:30-5 OH" if h != "Oak Hollow" else "8:30-5"]))
        rows.append((n, h) + tuple(cells))
    body = (f"Clinical schedule for the week of {mon.strftime('%m/%d')}. Oak Hollow is covered by floaters (marked OH) "
            f"while we recruit.\n\n" + aligned(rows, " | ") +
            f"\n\nSwaps: work it out with each other and cc me so SoundChart templates get updated. Marcus is at the "
            f"tinnitus conference Thu-Fri, Elena covers his Riverside consults Fri AM.\n\nBrian")
    m = mk(CASTELLANO, f"Clinical Staff <clinical@{CO}>", f"Clinician schedule - wk of {mon.month}/{mon.day}", body, date=d,
           cc=[f"Store Managers <storemanagers@{CO}>"])
    return m, ""


@email_for("clean", "staff")
def staff_saturday():
    d0 = when(10, 520, 9, 14)
    d1 = d0 + dt.timedelta(minutes=random.randint(15, 200))
    orig = (f"Anyone able to cover Port Adair Saturday 9-1? Jocelyn has a family wedding. It's mostly repairs and battery "
            f"pickups, one or two clean & checks. HIS license needed for anything beyond the front desk.\n\nBrian")
    body = (f"I can do it. I'll need someone to open though, I don't have the alarm code for PA. "
            f"Maricel are you in Saturday?\n\nRosa\n\n" + gmail_reply(d0, CASTELLANO.hdr, orig))
    m = mk(MEDINA, [CASTELLANO, DELACRUZ], "Re: Saturday coverage - Port Adair", body, date=d1, cc=[BAPTISTE])
    return m, ""


@email_for("clean", "staff")
def staff_open_enrollment():
    d = when(286, 297, 8, 11)
    text = (f"Open Enrollment is here!\n\nNov 1 - Nov 15. All benefit-eligible employees (30+ hrs/week) must log in to the "
            f"benefits portal and confirm elections, even if you're not changing anything.\n\n"
            f"What's new for next year:\n"
            f"  - Medical: same two plans (PPO 1500 and HDHP 3000 with HSA). Employee premium up 4%.\n"
            f"  - Dental/vision: no change.\n"
            f"  - NEW: company HSA contribution of $500 (HDHP only).\n"
            f"  - Employee hearing aid benefit: unchanged - one pair at no cost after 12 months of service, every 4 years.\n"
            f"  - EAP: free, confidential counseling, 6 sessions per issue.\n\n"
            f"Benefits Q&A sessions on Teams: Nov 4 at 8:15 AM and Nov 7 at 5:30 PM.\n\n"
            f"Please don't send me health information by email - if you have a question about a specific situation, "
            f"call me or the carrier directly.\n\nNicole Ferrante, SHRM-CP\nHR Generalist\n(216) 555-0100 x230")
    m = mk(FERRANTE, f"All Staff <allstaff@{CO}>", "Open Enrollment Nov 1-15 - action required", text, date=d,
           html=simple_html(text, DISCLAIMER2), atts=[("OE_benefits_summary.pdf", make_pdf([
               "Harbor & Pine Hearing Centers - Benefits Summary",
               "PPO 1500: employee $96/paycheck, family $342/paycheck",
               "HDHP 3000 + HSA: employee $41/paycheck, family $198/paycheck",
               "Company HSA contribution: $500",
               "Employee hearing aid benefit: 1 pair / 4 yrs after 12 months service",
           ], "Benefits Summary"))])
    return m, ""


@email_for("clean", "staff")
def staff_leave_coverage():
    d = when(10, 520, 9, 16)
    start = (d + dt.timedelta(days=random.randint(10, 25))).date()
    end = start + dt.timedelta(days=random.randint(35, 60))
    body = (f"Hi Eastgate team,\n\nMegan will be on a leave of absence from {start.strftime('%B')} {start.day} through "
            f"approximately {end.strftime('%B')} {end.day}. Please respect her privacy - there's nothing more to share and "
            f"no need to ask.\n\nCoverage plan:\n"
            f"  - Front desk Mon/Wed/Fri: Agnieszka Nowak (from Millbrook)\n"
            f"  - Front desk Tue/Thu: temp from Lakeshore Temps, starts the week before for training\n"
            f"  - Battery club and recall calls: moved to Support Office (Luis) for the duration\n\n"
            f"Megan, thank you for the detailed binder - it'll save us a lot of headaches. We'll miss you.\n\n"
            f"Joanne\n\n{WHITLEY.sig()}")
    m = mk(WHITLEY, [RAMAN, FAIRBANKS, NOWAK], "Front desk coverage - Eastgate", body, date=d, cc=[FERRANTE, CASTELLANO])
    return m, ""


@email_for("clean", "staff")
def staff_celebration():
    d = when(10, 520, 9, 15)
    text = (f"Please join us in congratulating Tom Gallagher on 15 YEARS with Harbor & Pine!\n\n"
            f"Tom started at the original Cedar Falls store when it was just him, a booth, and a fax machine. He's since "
            f"trained half of our hearing instrument specialists, and customers still ask for him by name.\n\n"
            f"Cake and coffee Friday at 3:00 at Cedar Falls - stop by if you're in the area, or send Tom a note.\n\n"
            f"Also happy birthday this month to Min-jung, Ravi and Stacy!\n\nBeth")
    m = mk(HALVERSON, f"All Staff <allstaff@{CO}>", "15 years - Tom G!", text, date=d,
           html=simple_html(text), atts=[("hph_logo.png", make_png(120, 40, "logo"))])
    return m, ""


@email_for("clean", "staff")
def staff_payroll():
    d = when(10, 520, 9, 16)
    body = (f"Hi all,\n\nBecause of the holiday, payroll is running early this cycle:\n\n"
            f"  Timesheets approved by managers:  Tuesday 12:00 noon\n"
            f"  Commission report (fittings closed through the 15th): Tuesday 5 PM\n"
            f"  Pay date:  Thursday (instead of Friday)\n\n"
            f"Commission reminder: HIS and audiologist device commission is paid on fittings past the 45-day trial. Returns "
            f"within the trial are clawed back on the next cycle. The per-store report will show pair count and tier only.\n\n"
            f"Mileage for floaters: submit in Expensify by Monday with store-to-store miles.\n\n"
            f"Thanks,\nGordon Finch, CPA\nController\n\n{DISCLAIMER}")
    m = mk(FINCH, f"Store Managers <storemanagers@{CO}>", "Payroll - early cutoff this cycle", body, date=d, cc=[FERRANTE])
    return m, ""


@email_for("clean", "staff")
def staff_hiring():
    d = when(10, 520, 10, 16)
    cand = [("Derrick Olsen", "HIS trainee (apprentice permit)", "Tue 10:00"),
            ("Hannah Whitcombe", "Licensed HIS, 4 yrs at a big-box hearing center", "Tue 1:30"),
            ("Priscilla Osei, Au.D.", "New grad, 4th-year externship at a university clinic", "Wed 9:00")]
    body = (f"Beth, Brian,\n\nInterview schedule for the Oak Hollow openings (all at Support Office conf B, 45 min each):\n\n"
            + "\n".join(f"  {t:<10} {n:<24} {bg}" for n, bg, t in cand) +
            f"\n\nInterview guide and scoring sheet attached. Please each do the clinical scenario question (the "
            f"\"customer with a whistling aid at the front desk\" role play) - it's the same for everyone.\n\n"
            f"Reminder: don't ask about age, health, family plans or disability. If a candidate volunteers something, "
            f"don't write it down.\n\nNicole")
    m = mk(FERRANTE, [HALVERSON, CASTELLANO], "Oak Hollow interviews next week", body, date=d,
           atts=[("Interview_guide_HIS.docx", make_docx([
               "**Interview Guide - Hearing Instrument Specialist**",
               "1. Tell us about a fitting that did not go well and what you did.",
               "2. Role play: a customer at the front desk says their aid is whistling.",
               "3. How do you explain the 45-day trial and restocking fee?",
               "4. Licensure status and CE plans.",
               "Scoring: 1-5 for each, notes on the back."]))])
    return m, ""

# ==========================================================================
# CLEAN - training
# ==========================================================================
@email_for("clean", "training")
def train_case_study():
    d = when(10, 520, 9, 16)
    body = (f"New-hire clinical module 4: case study for discussion Thursday\n\n"
            f"(Composite case, no real customer. Details changed and combined from several teaching cases.)\n\n"
            f"A retired teacher in her early 70s comes in because her family says she \"doesn't listen\". She reports "
            f"trouble in restaurants and with her grandchildren's voices, but says she hears fine on the phone. "
            f"Otoscopy is unremarkable. Audiogram: bilateral symmetric mild sloping to moderately-severe SNHL, worse above "
            f"2 kHz. WRS 88% R and 84% L. Tympanometry Type A.\n\n"
            f"Discussion questions:\n"
            f"  1. What does her phone comment suggest about the shape of her loss?\n"
            f"  2. Open or closed fitting? Why?\n"
            f"  3. What would you expect her first-fit complaints to be, and how would you counsel before she leaves?\n"
            f"  4. Her daughter wants to join every appointment. How do you handle that (consent, her preferences)?\n"
            f"  5. Which findings, if any, would make you refer to ENT before fitting?\n\n"
            f"Read the FDA red-flag conditions list in the binder first.\n\n"
            f"Sharon Pike, Au.D.\nClinical Training Manager")
    m = mk(PIKE, f"New Hires <newhires@{CO}>", "Module 4 case study - for Thursday", body, date=d, cc=[RAMAN])
    return m, ""


@email_for("clean", "training")
def train_quiz():
    d = when(10, 520, 9, 16)
    body = (f"Audiogram interpretation quiz - answers below, scroll only after you've tried it!\n\n"
            f"1. An audiogram shows air conduction thresholds of 45 dB HL and bone conduction of 10 dB HL at 1000 Hz. "
            f"What is the air-bone gap and what type of loss does it suggest?\n"
            f"2. Type B tympanogram with normal ear canal volume most often suggests ____.\n"
            f"3. A notch at 4000 Hz with recovery at 8000 Hz is classically associated with ____.\n"
            f"4. Which two findings on a hearing aid candidate require medical referral under FDA red flags? (name any two)\n"
            f"5. True/False: A WRS of 40% in one ear with 92% in the other is consistent with a symmetric loss.\n\n\n\n"
            f"ANSWER KEY\n"
            f"1. 35 dB gap -> conductive component (mixed if bone is also elevated)\n"
            f"2. Middle ear fluid / effusion\n"
            f"3. Noise exposure\n"
            f"4. e.g. sudden or rapidly progressive loss in the last 90 days; acute or chronic dizziness; visible "
            f"deformity; drainage in last 90 days; unilateral sudden loss; air-bone gap >= 15 dB at 500/1k/2k; cerumen "
            f"impaction; ear pain\n"
            f"5. False - asymmetric WRS warrants referral\n\n"
            f"Scores go in the LMS by Friday. 80% to pass.\n\nSharon")
    m = mk(PIKE, f"New Hires <newhires@{CO}>", "Quiz: audiogram basics (w/ key)", body, date=d)
    return m, ""


@email_for("clean", "training")
def train_test_script():
    d = when(10, 520, 9, 17)
    rows = [["Step", "Action", "Test record", "Expected result", "Pass/Fail", "Tester"],
            ["1", "Create patient", "TEST, PATIENT ALPHA  DOB 01/01/1900  MRN TST0000001", "Record created, flagged TEST", "", ""],
            ["2", "Book appt: HA eval 60 min", "TEST, PATIENT ALPHA", "Appt shows on Eastgate-TRAIN calendar", "", ""],
            ["3", "Run eligibility (271)", "Member ID TESTSLM000000001 (payer sandbox)", "Sandbox returns ACTIVE + hearing EB lines", "", ""],
            ["4", "Import audiogram from AudioSync", "sample file ZZ_demo_audiogram.xml", "Thresholds populate both ears", "", ""],
            ["5", "Create 837P for V5261 RT/LT", "TEST, PATIENT ALPHA", "Claim in HOLD queue, not released", "", ""],
            ["6", "Return within trial", "TEST, PATIENT BRAVO  DOB 02/02/1900", "Restocking fee line auto-added", "", ""],
            ["7", "Delete test records", "ALPHA, BRAVO", "Records purged from TRAIN env", "", ""]]
    body = (f"Hi all,\n\nFor the SoundChart 4.3 upgrade we need each store to run the UAT script in the TRAIN environment "
            f"(https://train.soundchart.{CO}) - NOT production. Test records only, all names start with TEST and DOBs are "
            f"1/1/1900 style so they can't be confused with anyone real.\n\n"
            f"Script attached (xlsx) and pasted below for the first steps. Please fill in Pass/Fail and send back by Wednesday.\n\n"
            + aligned([r[:4] for r in rows[:5]], "  ") + "\n\n...\n\nRavi\n\n" + PATEL.sig())
    m = mk(PATEL, f"Store Managers <storemanagers@{CO}>", "UAT test script - SoundChart 4.3 (TRAIN env only)", body,
           date=d, cc=[HELPDESK.addr], atts=[("SoundChart_4.3_UAT.xlsx", make_xlsx(rows, "UAT"))])
    return m, ""


@email_for("clean", "training")
def train_webinar():
    d = when(10, 520, 9, 16)
    wd = (d + dt.timedelta(days=random.randint(5, 12))).replace(hour=12, minute=0)
    text = (f"You're registered: Fit Studio 9.2 Hands-On\n\n"
            f"{wd.strftime('%A, %B')} {wd.day} | 12:00 - 1:00 PM ET | 0.1 AAA CEU\nPresenter: Derek Amundsen, Territory Manager\n\n"
            f"Please have Fit Studio 9.2 installed before the session. We'll work through a full fitting using the "
            f"built-in demo client \"Demo Patient (Sample)\" that ships with the software - no real client files are "
            f"needed or should be opened during the session.\n\n"
            f"Agenda:\n  - Importing the sample audiogram\n  - First fit and the new mid-emphasis presets\n"
            f"  - REM integration walk-through\n  - Remote fine-tuning demo\n\n"
            f"Join link: https://solvanehearing.com/webinar/j/{digits(10)}  Passcode: {digits(6)}")
    ics = make_ics("Solvane: Fit Studio 9.2 Hands-On", wd.replace(tzinfo=d.tzinfo), 60, "Online",
                   "Webinar. Use the built-in Demo Patient (Sample).", SOLVANE_REP, "solvanehearing.com")
    m = mk("Solvane Training <training@solvanehearing.com>", PIKE, "Registration confirmed: Fit Studio 9.2 Hands-On",
           text, date=d, atts=[("webinar.ics", ics, ("text", "calendar"))])
    return m, ""


@email_for("clean", "training")
def train_phone_script():
    d = when(10, 520, 9, 16)
    paras = ["**Front Desk Role Play Cards - Set B (fictitious customers)**",
             "All names and details below are made up for practice. Do not enter them in SoundChart production.",
             "Card 1 - \"Mr. Sample\" (fictitious), 80, calls because his aids are \"dead\". Goal: troubleshoot charging "
             "over the phone before booking a visit.",
             "Card 2 - \"Mrs. Example\" (fictitious) is the adult daughter of a customer and wants her mother's test results. "
             "Goal: explain we need the customer's permission on file; offer to have the customer call or come in.",
             "Card 3 - \"Pat Placeholder\" (fictitious) asks if Medicare covers hearing aids. Goal: explain Original "
             "Medicare vs Medicare Advantage in plain words, offer a benefits check.",
             "Card 4 - An angry caller about a bill. Goal: listen, don't argue, take details, route to billing within 1 business day.",
             "Debrief: what went well, what would you say differently?"]
    body = (f"Hi team,\n\nFor Tuesday's front desk huddle we'll do 15 minutes of role play. Cards attached - pair up, one is the "
            f"caller, one is the desk. Everyone on these cards is made up.\n\n"
            f"The big one this month is Card 2. We've had a couple of near-misses with family members calling, so let's "
            f"practice saying \"I'm happy to help, I just need her permission first.\"\n\nSharon")
    m = mk(PIKE, f"Front Desk <frontdesk@{CO}>", "Role play cards for Tuesday huddle", body, date=d,
           atts=[("RolePlay_SetB.docx", make_docx(paras))])
    return m, ""


@email_for("clean", "training")
def train_deid_set():
    d = when(10, 520, 9, 16)
    rows = [["case_id", "age_band", "ear", "250", "500", "1000", "2000", "3000", "4000", "6000", "8000", "pattern"]]
    patterns = [("flat", [40, 40, 45, 45, 45, 50, 50, 50]), ("sloping", [15, 20, 25, 40, 55, 65, 70, 75]),
                ("cookie-bite", [20, 35, 55, 60, 50, 35, 30, 30]), ("noise notch", [10, 10, 15, 25, 45, 60, 40, 30]),
                ("reverse slope", [55, 50, 40, 30, 25, 25, 30, 35]), ("precipitous", [10, 10, 15, 55, 80, 85, 90, 90])]
    n = 1
    for name, base in patterns:
        for ear in ("R", "L"):
            vals = [max(0, v + random.choice([-5, 0, 0, 5])) for v in base]
            rows.append([f"TRN-{n:03d}", random.choice(["60-69", "70-79", "50-59", "80+"]), ear] + vals + [name])
        n += 1
    body = (f"Attached: de-identified audiogram practice set for the new-hire module (12 ears, 6 configurations). These were "
            f"built from the textbook patterns, not pulled from SoundChart - no names, dates or IDs, ages are banded.\n\n"
            f"Exercise: for each case, name the configuration, pick a starting dome/coupling, and say whether you'd refer "
            f"before fitting.\n\nSharon Pike, Au.D.\nClinical Training Manager\n\n{DISCLAIMER}")
    m = mk(PIKE, [f"New Hires <newhires@{CO}>", GALLAGHER], "Practice set: de-identified audiograms", body, date=d,
           atts=[("practice_audiograms_deidentified.csv", csv_text(rows))])
    return m, ""


# ==========================================================================
# main
# ==========================================================================
EXPECTED = {
    ("phi", "care"): 8, ("phi", "ids"): 8, ("phi", "lang"): 8, ("phi", "lists"): 7, ("phi", "names"): 8,
    ("phi", "self"): 7, ("phi", "struct"): 7,
    ("clean", "admin"): 7, ("clean", "lookalike"): 7, ("clean", "news"): 6, ("clean", "staff"): 7,
    ("clean", "training"): 6,
}


def main():
    if len(sys.argv) != 2:
        print("usage: python3 gen.py OUTDIR", file=sys.stderr)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    counts = {}
    rows = []
    for label, kind, fn in REG:
        key = (label, kind)
        counts[key] = counts.get(key, 0) + 1
        fname = f"{label}-{kind}-{counts[key]:03d}.eml"
        msg, pname = fn()
        with open(os.path.join(out, fname), "wb") as fh:
            fh.write(msg.as_bytes(policy=email.policy.SMTP))
        rows.append([fname, label, kind, pname])
    with open(os.path.join(out, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    assert counts == EXPECTED, counts
    for (label, kind), n in sorted(counts.items()):
        print(f"{label}-{kind}: {n}")
    print(f"total: {sum(counts.values())}")


if __name__ == "__main__":
    main()
