#!/usr/bin/env python3
"""Generate a blind evaluation set of early-intervention (Part C) e-mail.

Usage: python3 gen.py OUTDIR

Standard library only, deterministic (random.seed(8001)).  Every person,
number, organisation and address below is invented.
"""
import csv
import io
import json
import os
import random
import struct
import sys
import zipfile
import zlib
from collections import OrderedDict
from datetime import date, datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from html import escape

SEED = 8001
random.seed(SEED)

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# organisations (all invented)
# ---------------------------------------------------------------------------
ORG = {
    "hceip": ("Harlow County Early Intervention Program", "hceip.org",
              "1180 Courthouse Square, Suite 300, Harlow, PA 17033", "(717) 555-0100", "(717) 555-0199"),
    "bridge": ("Bridgeway Family Services", "bridgewayfamily.org",
               "46 Mill Race Road, Harlow, PA 17033", "(717) 555-0120", "(717) 555-0129"),
    "sprout": ("Sprout Pediatric Therapy Group", "sprouttherapy.net",
               "2290 Orchard Pike, Building B, Millbrook, PA 17040", "(717) 555-0130", "(717) 555-0139"),
}
PARENT_DOMAINS = ["hearthmail.com", "mail.example.com", "pinepost.net", "swiftinbox.com",
                  "inbox.example.net", "bluejaymail.com", "ourfamilymail.net"]

# ---------------------------------------------------------------------------
# staff (invented)
# ---------------------------------------------------------------------------
STAFF = OrderedDict()


def _staff(key, name, creds, title, org, email_local, direct):
    STAFF[key] = dict(name=name, creds=creds, title=title, org=org,
                      email="%s@%s" % (email_local, ORG[org][1]), direct=direct)


_staff("kelly", "Kelly Brandt", "PT, DPT", "Pediatric Physical Therapist", "sprout", "kbrandt", "(717) 555-0131")
_staff("rosa", "Rosa Delgado-Hunt", "M.S., CCC-SLP", "Speech-Language Pathologist", "sprout", "rdelgadohunt", "(717) 555-0132")
_staff("tamika", "Tamika Greer", "OTR/L", "Occupational Therapist", "sprout", "tgreer", "(717) 555-0133")
_staff("svetlana", "Svetlana Orlova", "M.S., CCC-SLP", "Speech-Language Pathologist", "sprout", "sorlova", "(717) 555-0134")
_staff("beth", "Beth Sorensen", "PT, MPT", "Clinical Director", "sprout", "bsorensen", "(717) 555-0135")
_staff("hannah", "Hannah Lindqvist", "M.Ed.", "Developmental Specialist", "hceip", "hlindqvist", "(717) 555-0141")
_staff("carmen", "Carmen Whitlock", "B.S.", "Developmental Specialist", "hceip", "cwhitlock", "(717) 555-0142")
_staff("priya", "Priya Raghunathan", "M.A., CCC-SLP", "Speech-Language Pathologist", "hceip", "praghunathan", "(717) 555-0143")
_staff("nadia", "Nadia Haddad", "OTR/L", "Occupational Therapist", "hceip", "nhaddad", "(717) 555-0144")
_staff("lorraine", "Lorraine Petty", "", "Intake Coordinator", "hceip", "lpetty", "(717) 555-0145")
_staff("devin", "Devin Tsosie", "", "Billing Specialist", "hceip", "dtsosie", "(717) 555-0147")
_staff("yesenia", "Yesenia Paredes", "", "Billing & Claims Lead", "hceip", "yparedes", "(717) 555-0148")
_staff("dana", "Dana Whitcomb", "MBA", "Program Manager", "hceip", "dwhitcomb", "(717) 555-0101")
_staff("trevor", "Trevor Caldwell", "", "IT Support Specialist", "hceip", "tcaldwell", "(717) 555-0150")
_staff("wesley", "Wesley Pruitt", "SHRM-CP", "HR Generalist", "hceip", "wpruitt", "(717) 555-0152")
_staff("maureen", "Maureen Castellano", "", "Office Manager", "hceip", "mcastellano", "(717) 555-0102")
_staff("marcus", "Marcus Oyelaran", "", "Service Coordinator", "bridge", "moyelaran", "(717) 555-0121")
_staff("jenna", "Jenna Fairweather", "", "Service Coordinator", "bridge", "jfairweather", "(717) 555-0122")
_staff("gloria", "Gloria Anaya", "", "Bilingual Service Coordinator (English/Spanish)", "bridge", "ganaya", "(717) 555-0123")
_staff("linh", "Linh Tran", "", "Service Coordinator", "bridge", "ltran", "(717) 555-0124")
_staff("jr", "Jean-Robert Pierre", "", "Service Coordinator", "bridge", "jrpierre", "(717) 555-0125")
_staff("mei", "Mei Huang", "", "Service Coordinator", "bridge", "mhuang", "(717) 555-0126")
_staff("colleen", "Colleen Mahaffey", "LCSW", "Service Coordination Supervisor", "bridge", "cmahaffey", "(717) 555-0127")


def addr(key):
    s = STAFF[key]
    return formataddr((s["name"], s["email"]))


def sig(key, style="full"):
    s = STAFF[key]
    o = ORG[s["org"]]
    nm = s["name"] + (", " + s["creds"] if s["creds"] else "")
    if style == "short":
        return "%s\n%s | %s" % (nm, s["title"], o[0])
    if style == "first":
        return s["name"].split()[0]
    return "%s\n%s\n%s\n%s\nDirect: %s | Main: %s | Fax: %s\n%s" % (
        nm, s["title"], o[0], o[2], s["direct"], o[3], o[4], s["email"])


DISCLAIMERS = [
    "CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of "
    "the intended recipient(s) and may contain confidential and privileged information. Any "
    "unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended "
    "recipient, please contact the sender by reply e-mail and destroy all copies of the original message.",
    "This message is intended only for the individual or entity to which it is addressed and may "
    "contain information that is privileged, confidential and exempt from disclosure under applicable "
    "law, including FERPA and 34 CFR Part 303. If you received this in error, please notify the sender "
    "immediately and delete it.",
    "--\nBridgeway Family Services is an equal opportunity provider. The information in this e-mail is "
    "confidential. If you have received it by mistake please let us know and delete it from your system.",
]


def disc(i=None):
    if i is None:
        i = random.randrange(len(DISCLAIMERS))
    return DISCLAIMERS[i]


# ---------------------------------------------------------------------------
# random helpers
# ---------------------------------------------------------------------------
def digits(n):
    return "".join(random.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def phone(area=None):
    area = area or random.choice(["717", "717", "484", "610", "223"])
    return "(%s) 555-01%s" % (area, digits(2))


STREETS = ["Birch Ln", "Alder St", "Wren Ct", "Orchard Rd", "Fenwick Ave", "Quarry Hill Rd",
           "Sycamore Dr", "Locust St", "Chestnut Ridge Dr", "N. Second St", "Kessler Ave",
           "Hollow Creek Rd", "Maple Terrace", "Juniper Way", "Railroad St", "Cider Press Ln",
           "Tanager Dr", "E. Market St", "Pleasant View Rd", "Cobblestone Ct"]
TOWNS = [("Harlow", "17033"), ("Millbrook", "17040"), ("East Fenwick", "17036"),
         ("Quarryville Heights", "17045"), ("Lindell", "17028"), ("Harlow", "17034")]


def street():
    return "%d %s" % (random.randint(12, 2980), random.choice(STREETS))


def town():
    return random.choice(TOWNS)


def full_address(apt=False):
    t, z = town()
    a = street()
    if apt:
        a += random.choice([", Apt %d" % random.randint(1, 24), " Apt %s" % random.choice("ABCD"),
                            ", Unit %d" % random.randint(101, 412)])
    return a, t, "PA", z


def rdob(min_m=4, max_m=34, ref=date(2024, 5, 1)):
    return ref - timedelta(days=random.randint(min_m * 30, max_m * 30))


def fdate(d, style="us"):
    if style == "us":
        return "%02d/%02d/%d" % (d.month, d.day, d.year)
    if style == "short":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if style == "iso":
        return d.isoformat()
    if style == "x12":
        return "%04d%02d%02d" % (d.year, d.month, d.day)
    if style == "long":
        return d.strftime("%B %d, %Y").replace(" 0", " ")
    raise ValueError(style)


def when(month, day, hour=None, minute=None):
    """A datetime in 2024 with the right US-Eastern offset."""
    if hour is None:
        hour = random.randint(7, 18)
    if minute is None:
        minute = random.randint(0, 59)
    off = -4 if (3 < month < 11 or (month == 3 and day > 10) or (month == 11 and day < 3)) else -5
    return datetime(2024, month, day, hour, minute, random.randint(0, 59),
                    tzinfo=timezone(timedelta(hours=off)))


def outlook_date(d):
    return d.strftime("%A, %B %d, %Y %I:%M %p").replace(" 0", " ")


def gmail_date(d):
    return d.strftime("On %a, %b %d, %Y at %I:%M %p").replace(" 0", " ")


BOYS = ["Mateo", "Liam", "Jayden", "Elijah", "Ezra", "Kai", "Theo", "Declan", "Isaiah", "Omar",
        "Micah", "Josiah", "Roman", "Malik", "Bennett", "Caleb", "Adrian", "Noah", "Eli", "Gideon",
        "Jaxon", "Rowan", "Amir", "Silas", "Tobias", "Dominic", "Landon", "Emmett"]
GIRLS = ["Aaliyah", "Harper", "Sofia", "Nevaeh", "Zoe", "Amara", "Layla", "Maya", "Ruby", "Lucia",
         "Hazel", "Penelope", "Aubree", "Ivy", "Camila", "Gracie", "Emma", "Ava", "Nora", "Willa",
         "Kinsley", "Esme", "Brielle", "Talia", "Journee", "Adeline", "Paisley", "Mila"]
LASTS = ["Whitaker", "Pryor", "Castillo", "Lindgren", "Harlan", "Okonkwo", "Bennett", "Ruiz",
         "Delacroix", "Kowalski", "Sutter", "McAllister", "Baptiste", "Haskins", "Yoder", "Esposito",
         "Rinehart", "Dunmore", "Faulkner", "Grady", "Abernathy", "Mendez", "Tolliver", "Strand",
         "Reinholt", "Vance", "Calloway", "Burkholder", "Ostrander", "Hargrove", "Pacheco", "Lutz",
         "Marsh", "Kimura", "Osei", "Fitch", "Bramble", "Nakamura", "Quintero", "Sandoval", "Weller",
         "Dorsey", "Achterberg", "Villalobos", "Ferris", "Gaither", "Brandauer", "Coyle",
         "Thibodeaux", "Redcloud", "Szymanski", "Holloway", "Ibarra", "Petrakis", "Langston",
         "Moua", "Eberly", "Santangelo", "Kaczmarek", "Bui", "Adeyemi", "Fairbanks", "Gutierrez",
         "Witmer", "Stoltzfus", "Chavis", "Drummond", "Ortega", "Hendershot", "Alvarado", "Pinkney",
         "Rosario", "Trinh", "McCready", "Valdez", "Boateng", "Hostetler", "Lam", "Crowder", "Zook"]
MOMS = ["Danielle", "Brittany", "Kendra", "Ashley", "Tiffany", "Rachel", "Jasmine", "Crystal",
        "Megan", "Samantha", "Keisha", "Courtney", "Amber", "Lindsey", "Whitney", "Chelsea",
        "Destiny", "Heather", "Alyssa", "Monique", "Kristen", "Stephanie", "Tara", "Erin"]
DADS = ["Luis", "Derek", "Andre", "Tyler", "Cody", "Brandon", "Josh", "Travis", "Darnell",
        "Kyle", "Ryan", "Marcus", "Owen", "Dustin", "Terrence", "Jared"]

random.shuffle(BOYS)
random.shuffle(GIRLS)
random.shuffle(LASTS)
random.shuffle(MOMS)
random.shuffle(DADS)


_MASTER = {id(BOYS): list(BOYS), id(GIRLS): list(GIRLS), id(LASTS): list(LASTS),
           id(MOMS): list(MOMS), id(DADS): list(DADS)}


def _pop(lst):
    if not lst:
        refill = list(_MASTER[id(lst)])
        random.shuffle(refill)
        lst.extend(refill)
    return lst.pop()


class Kid(object):
    def __init__(self, sex=None, last=None, first=None, min_m=4, max_m=34):
        self.sex = sex or random.choice("MF")
        self.first = first or _pop(BOYS if self.sex == "M" else GIRLS)
        self.last = last or _pop(LASTS)
        self.dob = rdob(min_m, max_m)
        self.he = "he" if self.sex == "M" else "she"
        self.him = "him" if self.sex == "M" else "her"
        self.his = "his" if self.sex == "M" else "her"
        self.He = self.he.capitalize()
        self.His = self.his.capitalize()

    @property
    def name(self):
        return "%s %s" % (self.first, self.last)

    @property
    def lf(self):
        return "%s, %s" % (self.last, self.first)

    def age_m(self, ref=date(2024, 5, 1)):
        return (ref.year - self.dob.year) * 12 + ref.month - self.dob.month


def mom():
    return _pop(MOMS)


def dad():
    return _pop(DADS)


def pmail(first, last):
    style = random.randint(0, 4)
    dom = random.choice(PARENT_DOMAINS)
    if style == 0:
        loc = "%s.%s" % (first.lower(), last.lower())
    elif style == 1:
        loc = "%s%s%s" % (first.lower(), last.lower()[:4], digits(2))
    elif style == 2:
        loc = "%s%s" % (first[0].lower(), last.lower())
    elif style == 3:
        loc = "%s_%s%s" % (first.lower(), last.lower(), random.choice(["87", "92", "1990", "x", "mom"]))
    else:
        loc = "%s%s" % (last.lower(), digits(3))
    return "%s@%s" % (loc.replace(" ", "").replace("'", ""), dom)


def medicaid_id():
    return "70" + digits(8)


def mrn():
    return digits(8)


def claim_no():
    return "2024" + digits(10)


# ---------------------------------------------------------------------------
# attachment builders
# ---------------------------------------------------------------------------
ZDT = (2024, 5, 1, 9, 0, 0)


def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet="Sheet1"):
    out = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                             % (ref, escape(str(v), quote=False)))
        out.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % "".join(out))
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
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % escape(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet_xml)])


def make_docx(blocks):
    """blocks: list of str (paragraph) or ('h', text) heading or ('table', rows)."""
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = []

    def para(t, bold=False):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, escape(t, quote=False))

    for b in blocks:
        if isinstance(b, tuple) and b[0] == "h":
            body.append(para(b[1], bold=True))
        elif isinstance(b, tuple) and b[0] == "table":
            rows = []
            for r in b[1]:
                cells = "".join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>%s</w:tc>' % para(str(c))
                                for c in r)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
                        '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
                        '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
                        '</w:tblPr>%s</w:tbl>' % "".join(rows))
        else:
            body.append(para(b))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="%s"><w:body>%s<w:sectPr><w:pgSz w:w="12240" w:h="15840"/>'
           '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/></w:sectPr></w:body></w:document>'
           % (W, "".join(body)))
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
        s = s.encode("latin-1", "replace").decode("latin-1")
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream = "BT\n/F1 10 Tf\n14 TL\n54 742 Td\n" + "".join("(%s) Tj T*\n" % esc(l) for l in lines) + "ET\n"
    stream_b = stream.encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream_b) + stream_b + b"endstream",
        ("<< /Title (%s) /Producer (ScanDesk 4.2) /CreationDate (D:20240501090000-04'00') >>" % esc(title)).encode("latin-1"),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offs:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def make_png(w, h, pixel):
    """pixel(x, y) -> (r, g, b)."""
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            raw.extend(pixel(x, y))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def logo_png(color=(46, 139, 87)):
    def px(x, y):
        cx, cy = x - 24, y - 24
        if cx * cx + cy * cy < 18 * 18:
            return (255, 255, 255) if (cx * cx + cy * cy < 9 * 9) else color
        if 54 <= x <= 150 and 18 <= y <= 30:
            return (90, 90, 90)
        return (255, 255, 255)
    return make_png(160, 48, px)


def blank_scan_png():
    def px(x, y):
        if x < 3 or y < 3 or x > 166 or y > 216:
            return (200, 200, 200)
        return (252, 252, 250)
    return make_png(170, 220, px)


def make_ics(uid, summary, start, end, location, organizer, description=""):
    def f(d):
        return d.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    return ("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:%s\r\nDTSTAMP:20240501T120000Z\r\nDTSTART:%s\r\n"
            "DTEND:%s\r\nSUMMARY:%s\r\nLOCATION:%s\r\nORGANIZER:mailto:%s\r\nDESCRIPTION:%s\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n" % (uid, f(start), f(end), summary, location, organizer,
                                                 description.replace("\n", "\\n")))


def csv_text(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue()


# ---------------------------------------------------------------------------
# message helpers
# ---------------------------------------------------------------------------
def to_html(text, font="Calibri, Arial, sans-serif"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>%s</p>" % "<br>\n".join(escape(l) for l in p.split("\n")))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:%s;font-size:11pt">\n%s\n</body></html>' % (font, "\n".join(out)))


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def outlook_block(frm, sent, to, subject, body, cc=None):
    h = "-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\n" % (frm, outlook_date(sent), to)
    if cc:
        h += "Cc: %s\n" % cc
    h += "Subject: %s\n\n" % subject
    return h + body.strip("\n")


def outlook_hdr(frm, sent, to, subject, cc=None):
    h = "________________________________\nFrom: %s\nSent: %s\nTo: %s\n" % (frm, outlook_date(sent), to)
    if cc:
        h += "Cc: %s\n" % cc
    return h + "Subject: %s\n" % subject


def msgid(sender):
    dom = sender.rsplit("@", 1)[-1].rstrip(">").strip()
    return "<%s.%s.%s@%s>" % (hexs(8), digits(6), hexs(4), dom)


def build(frm, to, subject, body, date_, cc=None, html=None, atts=(), headers=None, in_reply_to=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to if isinstance(to, str) else ", ".join(to)
    if cc:
        m["Cc"] = cc if isinstance(cc, str) else ", ".join(cc)
    m["Subject"] = subject
    m["Date"] = format_datetime(date_)
    m["Message-ID"] = msgid(frm)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    m["MIME-Version"] = "1.0"
    for k, v in (headers or []):
        m[k] = v
    m.set_content(body)
    if html is True:
        html = to_html(body)
    if html:
        m.add_alternative(html, subtype="html")
    for a in atts:
        fn, data, ctype = a
        maintype, subtype = ctype.split("/", 1)
        if isinstance(data, str):
            m.add_attachment(data, subtype=subtype, filename=fn)
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
    return m


XLSX_T = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX_T = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

REGISTRY = []


def reg(label, kind):
    def deco(fn):
        REGISTRY.append((label, kind, fn))
        return fn
    return deco


# ===========================================================================
# PHI : care
# ===========================================================================
@reg("phi", "care")
def care_location_change():
    k = Kid(sex="M")
    gm_first, gm_last = random.choice(["Darlene", "Patricia", "Bev", "Loretta"]), _pop(LASTS)
    m_first = mom()
    a, t, st, z = full_address()
    d = when(4, 9, 8, 47)
    body = """Hi Tamika,

Quick one before I head out to visits. %s (%s's mom) called this morning. She started second shift at the distribution center on Monday so she can't do the 3:30 Tuesday slot anymore.

She asked if you could see %s at his grandma's house instead on Tuesday mornings, 9:30 or later:

%s %s
%s, %s

Use the side door by the carport. There's a little dog but grandma said she'll put him in the back room. Grandma's cell is %s, she prefers a call not a text.

If Tuesdays don't work mom said Thursday mornings are ok too. Let me know either way so I can update the location on the service page. Changing where services happen means I need mom's signature on the revised page, so I'll swing by grandma's Thursday to get that done.

Thanks!
Marcus

%s

%s""" % (m_first, k.first, k.first, gm_first, gm_last, a, "%s, %s %s" % (t, st, z), phone(), sig("marcus"), disc(2))
    msg = build(addr("marcus"), addr("tamika"), "%s %s - new visit location starting next wk" % (k.first, k.last),
                body, d, cc=addr("jenna"))
    return msg, k.name


@reg("phi", "care")
def care_daycare_equipment():
    k = Kid(sex=random.choice("MF"), min_m=20, max_m=32)
    dname = "Brenda Kowalczyk"
    d0 = when(3, 19, 16, 12)
    d1 = when(3, 19, 21, 40)
    orig = """Hi Kelly,

The new gait trainer for %s came in yesterday afternoon (big box, says Rifton on the side). Our toddler room teachers are a little nervous about using it without someone showing them first. Would you be able to do part of %s Thursday session here at the center so Ms. Tasha and Ms. Ro can watch how you set %s up in it?

%s naps 12:15 to about 2 so before or after that works best. Also %s mom asked me to tell you %s has the new shoes with the braces now and they are rubbing a red spot on the left ankle by the end of the day. We take them off at nap.

Thank you!!

Brenda Kowalczyk
Director
Little Acorns Learning Center
771 Fenwick Ave, East Fenwick PA 17036
(717) 555-0177
"Where little ones grow" """ % (k.first, k.his, k.him, k.He, k.his, k.he)
    body = """Hi Brenda - yes, absolutely. I'll come at 10:15 Thursday and plan to stay through snack so both teachers can try it with %s. Could you have the box opened? I'll bring the tools to adjust the height.

Re: the red spot - please keep taking them off at nap and if it's still red after 20 minutes out of the brace let me know, I'll look at it Thursday and call the orthotist. I'll also give %s mom a call tonight.

Kelly

Sent from my iPhone

%s, Brenda Kowalczyk <director@littleacornslc.com> wrote:

%s""" % (k.first, k.first + "'s", gmail_date(d0), quote(orig))
    msg = build(addr("kelly"), formataddr((dname, "director@littleacornslc.com")),
                "Re: %s's walker thing" % k.first, body, d1)
    return msg, k.first


@reg("phi", "care")
def care_handover():
    k = Kid(sex="M", min_m=14, max_m=26)
    dfirst = dad()
    a, t, st, z = full_address(apt=True)
    d = when(5, 29, 15, 5)
    body = """Hi Carmen,

Thank you again for picking up %s %s while I'm out. Here's what I'd want to know if I were walking in cold:

- Visits are Wednesdays at 10:00 at home, %s, %s. Second floor, buzzer is broken so text dad when you're parked: %s
- Dad (%s) is usually home, mom works days at the hospital laundry. Older sister (4) is home most days and loves to "help" - I just give her a job and it goes fine.
- We've been working on spoon feeding at lunch (come at 10 and stay through his snack), signing more / all done, and getting him to tolerate the high chair straps for a whole meal.
- He warms up slow. First 10 minutes sit on the floor and don't ask him for anything, he'll come to you.
- Next IFSP review is 6/18, Jenna is setting it up. Dad wants to add "going to the library story time" as an outcome, we talked about it last week.
- Dad asked about swim lessons at the Y and whether the county can pay. I told him we'd look into it, haven't yet.

Visit log binder is in the bin on my desk with the sticky note. Contact note template is the usual one. Call me if anything comes up, I'll have my phone.

Hannah

%s""" % (k.first, k.last, a, t, phone(), dfirst, sig("hannah"))
    msg = build(addr("hannah"), addr("carmen"), "handoff - Wednesday family", body, d,
                cc=addr("jenna"), html=True)
    return msg, k.name


@reg("phi", "care")
def care_interpreter():
    first, last = random.choice([("Hodan", "Abdi"), ("Sagal", "Warsame"), ("Ayaan", "Hassan")])
    mom_first = random.choice(["Faadumo", "Ubah", "Hibaaq"])
    a, t, st, z = full_address(apt=True)
    d0 = when(4, 8, 11, 2)
    d1 = when(4, 8, 14, 33)
    conf = "IR-" + digits(6)
    orig = """Good morning,

Please schedule an in-person Somali interpreter for an IFSP meeting:

Date: Monday 4/22/2024
Time: 1:00 PM - 2:30 PM
Location: family home, %s, %s PA %s
Child: %s %s (2 yrs)
Parent: %s (mother), cell %s - mom does not read English, please call rather than text
Team attending: service coordinator (me), speech therapist, developmental specialist

If possible a female interpreter, mom asked last time. Please bill to Bridgeway account 2207.

Thank you,
Gloria

%s""" % (a, t, z, first, last, mom_first, phone(), sig("gloria"))
    body = """Hello Gloria,

Your request has been scheduled. Confirmation %s.

Interpreter: Ilhan M. (female), Somali
Mon 04/22/2024 1:00 PM - 2:30 PM, on site
Minimum billable: 2 hours. Cancellations with less than 24 hours notice are billed in full.

Thank you for choosing Keystone Language Partners.

Scheduling Desk
Keystone Language Partners
scheduling@keystonelanguage.example.com | (717) 555-0190

%s
%s""" % (conf, outlook_hdr("Gloria Anaya", d0, "scheduling@keystonelanguage.example.com", "Interpreter request 4/22 - Somali"), orig)
    msg = build(formataddr(("KLP Scheduling", "scheduling@keystonelanguage.example.com")), addr("gloria"),
                "RE: Interpreter request 4/22 - Somali [%s]" % conf, body, d1)
    return msg, "%s %s" % (first, last)


@reg("phi", "care")
def care_grandma():
    k = Kid(sex="M", min_m=28, max_m=33)
    gm = "Loretta %s" % _pop(LASTS)
    gmail = pmail("loretta", gm.split()[1])
    d0 = when(5, 13, 19, 48)
    d1 = when(5, 14, 8, 20)
    orig = """Hello Ms Fairweather,

This is %s, %s's grandmother. I keep him Monday thru Friday while his mother works. The speech lady was supposed to come last Tuesday and she never came and nobody called. %s was sitting by the window waiting for her. I dont want him to lose his spot.

Also his mother said something about a meeting in June about him going to the school program when he turns 3. Can I come to that? I have his birth certificate and his shot record if they need it.

Thank you
%s""" % (gm, k.first, k.first, gm)
    body = """Good morning Mrs. %s,

Thank you for letting me know, and I'm so sorry about last Tuesday. I checked with Sprout and the therapist had a family emergency and the call to you didn't get made. She will be there this Tuesday at 10 like usual, and she's adding a makeup visit Friday at 10:30 if that works for you.

And yes, you are absolutely welcome at the transition meeting. I just need %s's mom to put it in writing (a text to me is fine) that it's OK for us to talk with you about %s services. I'll bring the form to the meeting too. The school district will want the birth certificate and immunization record, so please hold on to those.

Jenna

%s

%s

%s wrote:
%s""" % (gm.split()[1], k.first, k.first, sig("jenna"), disc(2), gmail_date(d0), quote(orig))
    msg = build(addr("jenna"), formataddr((gm, gmail)), "RE: %s speech" % k.first, body, d1,
                cc=addr("rosa"))
    return msg, "%s %s" % (k.first, k.last)


@reg("phi", "care")
def care_reminder():
    k = Kid(sex="F", min_m=10, max_m=24)
    mf = mom()
    a, t, st, z = full_address()
    vd = when(5, 9, 14, 0)
    d = when(5, 8, 14, 0)
    body = """Hi %s,

This is a reminder of your upcoming Early Intervention visit.

  Child:      %s %s.
  Service:    Physical Therapy
  With:       Kelly B.
  When:       Thursday, May 9, 2024 at 2:00 PM
  Where:      %s, %s

Reply C to confirm or R to ask for a different time. If %s is sick (fever, vomiting, or a new rash in the last 24 hours), please reply R and we will reschedule.

Harlow County Early Intervention Program
(717) 555-0100

You are receiving this because you opted in to visit reminders. To stop reminders reply STOP.""" % (
        mf, k.first, k.last[0], a, t, k.first)
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<table width="560" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="background:#2e8b57;color:#fff;padding:12px 16px;font-size:18px">Visit reminder</td></tr>
<tr><td style="padding:16px">
<p>Hi %s,</p><p>This is a reminder of your upcoming Early Intervention visit.</p>
<table cellpadding="4">
<tr><td><b>Child</b></td><td>%s %s.</td></tr>
<tr><td><b>Service</b></td><td>Physical Therapy</td></tr>
<tr><td><b>With</b></td><td>Kelly B.</td></tr>
<tr><td><b>When</b></td><td>Thursday, May 9, 2024 at 2:00 PM</td></tr>
<tr><td><b>Where</b></td><td>%s, %s</td></tr>
</table>
<p>Reply <b>C</b> to confirm or <b>R</b> to ask for a different time.</p>
<p style="font-size:11px;color:#888">Harlow County Early Intervention Program &middot; (717) 555-0100<br>
To stop reminders reply STOP.</p></td></tr></table></body></html>""" % (mf, k.first, k.last[0], escape(a), t)
    msg = build(formataddr(("HCEIP Visit Reminders", "no-reply@visits.hceip.org")),
                formataddr(("%s %s" % (mf, k.last), pmail(mf, k.last))),
                "Reminder: %s's visit Thu 5/9 2:00 PM" % k.first, body, d, html=html,
                headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "VisitMinder 3.8")])
    return msg, "%s %s." % (k.first, k.last[0])


@reg("phi", "care")
def care_equipment_order():
    k = Kid(sex=random.choice("MF"), min_m=12, max_m=30)
    pf = mom()
    a, t, st, z = full_address()
    po = "HC-24-%s" % digits(4)
    d = when(6, 3, 13, 26)
    body = """Hello,

Please process the following order for direct shipment to the family's home. County PO %s will follow from our business office (Maureen Castellano copied).

Ship to:
  %s %s
  c/o %s %s
  %s
  %s, %s %s
  Phone: %s (please call before delivery, no doorbell)

Items:
  1  x  Upright toddler feeding seat, size 1, with tray and pommel      SKU TFS-100-1
  1  x  Angled spoon set (4 pk), soft tip                                SKU AS-04
  2  x  Nosey cut-out cup, 7 oz                                          SKU NC-07
  1  x  Non-slip mat roll, 1 m                                           SKU NSM-1

Please do NOT substitute the seat size, I measured %s myself last week. If size 1 is backordered call me and we'll figure it out.

Thank you,

%s""" % (po, k.first, k.last, pf, k.last, a, t, st, z, phone(), k.first, sig("nadia"))
    msg = build(addr("nadia"), formataddr(("Order Desk", "orders@brightpathadaptive.example.com")),
                "Order for home delivery - PO %s" % po, body, d, cc=[addr("maureen"), addr("linh")])
    return msg, k.name


@reg("phi", "care")
def care_session_summary():
    k = Kid(sex="F", min_m=16, max_m=28)
    mf = mom()
    d = when(5, 7, 12, 18)
    body = """Hi %s!

Great visit with %s today, thank you for letting me crash lunch. Here's what we worked on so you have it written down:

1. Waiting for "up" - when she reaches for you, pause, look at her, and wait a few seconds before picking her up. Today she said "uh" twice!! Count it.
2. Choices at snack - hold up two things (cheerios or banana) and name them. Give her the one she reaches or looks at, and say the word again.
3. Bath songs - "this is the way we wash our..." and stop before the last word. See if she fills it in or signs it.

For next week, could you try to get a short video of bath time on your phone? Just 30 seconds. It helps me see what she does when I'm not there.

Next visit is Tuesday 5/14 at 11:00. I'll bring the big bubble wand she liked.

Rosa

Sent from my iPad""" % (mf, k.first)
    msg = build(addr("rosa"), formataddr((mf, pmail(mf, k.last))), "today with %s :)" % k.first,
                body, d)
    return msg, k.first

# ===========================================================================
# PHI : ids
# ===========================================================================
@reg("phi", "ids")
def ids_denial():
    mid_ = medicaid_id()
    cl = claim_no()
    pa = "PA-%s" % digits(5)
    d = when(4, 2, 10, 14)
    body = """Hi Renee,

Following up on the voicemail I left this morning. We have a denial I think is on your side:

  Claim #:       %s
  Member ID:     %s
  DOS:           03/14/2024
  CPT:           97530 GP x 4 units
  Denial:        CO-197 (precertification/authorization absent)

There is an active authorization on file, %s, covering 01/08/2024 through 07/08/2024 for 97530 and 97110, 48 units total. Your portal shows it approved on 1/11. Every other DOS in that range paid, it's just this one. Can you have it reprocessed or tell me if you need a corrected claim?

Thanks,
Devin

%s

%s""" % (cl, mid_, pa, sig("devin"), disc(0))
    msg = build(addr("devin"), formataddr(("Renee Osterhout", "rosterhout@riverbendchp.com")),
                "Denied claim %s - auth on file" % cl, body, d, cc=addr("yesenia"))
    return msg, ""


@reg("phi", "ids")
def ids_referral():
    dob = date(2024, 4, 2) - timedelta(days=random.randint(0, 20))
    m = mrn()
    d = when(4, 29, 15, 51)
    initial = random.choice("GHKMPS")
    body = """Colleen,

New referral came in by fax from St. Brigid NICU this afternoon.

Baby boy %s., DOB %s, hospital MRN %s. Referred at discharge. NICU SW (Paula) says parents are Spanish speaking, only contact is dad's cell which is on the referral. Family lives in 17036.

Referral date is 4/29 so the 45 day clock runs to 6/13. We need an SC assigned by Thursday to stay on track - I was thinking Gloria since she speaks Spanish but I know her caseload is at 52.

Packet is in the shared drive, Intake > 2024 > 04-April > 0429-NICU. Paper copy in the locked drawer.

Lorraine

%s""" % (initial, fdate(dob), m, sig("lorraine", "short"))
    msg = build(addr("lorraine"), addr("colleen"), "new NICU referral - needs SC by Thurs", body, d)
    return msg, "Baby boy %s." % initial


@reg("phi", "ids")
def ids_private_eob():
    sub = "PMH" + digits(9)
    dob = rdob(14, 24)
    ref = "CS-%s" % digits(8)
    d0 = when(3, 26, 10, 5)
    d1 = when(3, 28, 16, 44)
    d2 = when(3, 29, 9, 2)
    first = """To whom it may concern,

Subscriber ID %s, dependent DOB %s.

The 02/27/2024 developmental evaluation (CPT 96112 / 96113) was processed and applied to the family deductible ($412.60 patient responsibility). Under the state early intervention insurance mandate, services on an IFSP are not subject to deductible or coinsurance for fully insured plans. Please reprocess this line with no member cost share.

Regards,
Yesenia Paredes
Billing & Claims Lead, Harlow County Early Intervention Program""" % (sub, fdate(dob))
    second = """Dear Provider,

Thank you for contacting Pinnacle Mutual Health. Reference %s.

We have reviewed the claim for the member referenced. The member's plan is a self-funded employer group plan and state benefit mandates do not apply. The claim processed correctly according to the plan's benefits. The member may contact the plan administrator for further questions.

Provider Services
Pinnacle Mutual Health""" % ref
    body = """Devin - see below, they're saying the employer plan is self-funded so the mandate doesn't apply. That means the family gets the $412.60 unless we write it off. Per our policy we can't bill families for the eval. Please adjust to the EI write-off code and make sure mom doesn't get a statement. I'll call her so she's not worried about the EOB.

Y.

%s
%s

%s
%s""" % (outlook_hdr("Provider Services <provider.services@pinnaclemutual.example.com>", d1,
                     "Yesenia Paredes", "RE: Reprocess request - " + sub), second,
         outlook_hdr("Yesenia Paredes", d0, "provider.services@pinnaclemutual.example.com",
                     "Reprocess request - " + sub), first)
    msg = build(addr("yesenia"), addr("devin"), "FW: RE: Reprocess request - %s" % sub, body, d2)
    return msg, ""


@reg("phi", "ids")
def ids_data_system():
    cid = "0427-%s" % digits(6)
    sib = cid[:-1] + str((int(cid[-1]) + 1) % 10)
    tk = "EITS-%s" % digits(5)
    d = when(3, 11, 11, 37)
    body = """Hello,

I need help with a record in the state EI data system.

Child ID %s shows as Exited (reason: "Moved out of state") as of 03/01/2024. That is wrong. This child is still in services, the annual IFSP was held 03/05/2024 and PT and DI services continue. The exit should have been entered on the sibling, child ID %s, whose family moved to Maryland.

Because of the exit I can't enter the annual IFSP or the new service lines, and claims for March will reject on eligibility. Can the exit be reversed on %s? I have the sibling's exit ready to enter once it's fixed.

Thank you,
Linh Tran
Service Coordinator, Bridgeway Family Services (County 0427)
(717) 555-0124""" % (cid, sib, cid)
    msg = build(addr("linh"), formataddr(("EI Data Help Desk", "eidata.help@dhs-ei.example.org")),
                "Wrong exit on child record %s" % cid, body, d, cc=addr("colleen"))
    return msg, ""


@reg("phi", "ids")
def ids_lea_notification():
    cid = "0427-%s" % digits(6)
    dob = date(2021, 11, 2)
    ini = "K.M."
    d = when(5, 2, 13, 8)
    body = """Dear Ms. Oduya,

This is notification to Alder Creek School District under 34 CFR 303.209 for a child who is potentially eligible for Part B preschool services. The family did not opt out of LEA notification.

  Child:            %s (full name sent separately through the secure portal)
  EI Child ID:      %s
  Date of birth:    %s
  Turns 3:          11/02/2024
  Residence ZIP:    17028
  Current services: speech therapy 2x/month, special instruction 2x/month
  Primary language: English
  Service coordinator: Marcus Oyelaran, (717) 555-0121

We would like to schedule the transition conference for the week of August 5 (no later than 90 days before the third birthday). Please let me know who from the district will attend and whether you'd like the most recent evaluation report sent ahead.

Thank you,

%s

%s""" % (ini, cid, fdate(dob), sig("marcus"), disc(1))
    msg = build(addr("marcus"), formataddr(("Adaeze Oduya", "aoduya@aldercreeksd.org")),
                "LEA notification - turning 3 in November", body, d, cc=addr("colleen"))
    return msg, ini


@reg("phi", "ids")
def ids_family_fee():
    acct = "FA-100-%s" % digits(5)
    mid_ = "33" + digits(8)
    d = when(4, 17, 9, 55)
    body = """Hi Jenna,

Family account %s shows a balance of $45.00 for the March family cost participation fee. I see in the file the child's Medicaid (ID %s) was approved retroactive to 2/1/2024, so the fee should be zeroed for February and March and the account closed to cost share going forward.

Can you send me the eligibility letter or a screenshot of the eligibility check? I need it in the file before I adjust. Once I have it I'll reverse the March charge and send the family a $0 statement so they're not confused.

Thanks!
Devin

Devin Tsosie | Billing Specialist | Harlow County Early Intervention Program
(717) 555-0147 | fax (717) 555-0199""" % (acct, mid_)
    msg = build(addr("devin"), addr("jenna"), "fee on acct %s" % acct, body, d)
    return msg, ""


@reg("phi", "ids")
def ids_fax_referral():
    k = Kid(sex="M", min_m=17, max_m=20)
    m = mrn()
    d = when(6, 11, 14, 22)
    fx = "(717) 555-01%s" % digits(2)
    body = """You have received a 3 page fax.

  From:        %s (CEDAR HOLLOW PEDS)
  To:          (717) 555-0199
  Received:    %s
  Pages:       3
  Duration:    0:01:12
  Fax ID:      %s

The fax is attached as a PDF file.

--
HCEIP eFax Gateway. Do not reply to this message.""" % (fx, outlook_date(d), hexs(12).upper())
    lines = [
        "CEDAR HOLLOW PEDIATRICS, P.C.",
        "410 Quarry Hill Rd, Millbrook PA 17040   Ph (717) 555-0181   Fax %s" % fx,
        "",
        "REFERRAL TO EARLY INTERVENTION",
        "",
        "Date: 06/11/2024",
        "Patient: %s, %s            Sex: M" % (k.last.upper(), k.first.upper()),
        "DOB: %s        MRN: %s" % (fdate(k.dob), m),
        "Parent/Guardian: %s %s       Phone: %s" % (mom(), k.last, phone()),
        "Insurance: Riverbend Community Health Plan   ID: %s" % medicaid_id(),
        "",
        "Reason for referral:",
        "  18 month well visit. M-CHAT-R low risk. No single words, babbles.",
        "  Points to request inconsistently. Hearing: passed NB screen bilat.",
        "  Mother concerned. Please evaluate for speech/language delay.",
        "",
        "Dx: R62.50 Unspecified lack of expected normal physiological development",
        "    F80.9  Developmental disorder of speech and language, unspecified",
        "",
        "Referring provider: Anita Okoye, MD   NPI 1457839201",
        "",
        "Page 1 of 3",
    ]
    pdf = make_pdf(lines, "Fax %s" % fx)
    msg = build(formataddr(("eFax Gateway", "efax@hceip.org")), addr("lorraine"),
                "Fax from %s (3 pages)" % fx, body, d,
                atts=[("FAX_%s_3pg.pdf" % d.strftime("%Y%m%d_%H%M"), pdf, "application/pdf")],
                headers=[("Auto-Submitted", "auto-generated")])
    return msg, k.name


@reg("phi", "ids")
def ids_prior_auth():
    auth = "UM24-%s" % digits(6)
    mid_ = medicaid_id()
    d = when(4, 30, 17, 3)
    body = """AUTHORIZATION DETERMINATION NOTICE - PROVIDER COPY

Riverbend Community Health Plan
Utilization Management

Authorization #:   %s
Status:            APPROVED
Member ID:         %s
Member DOB:        %s
Requesting NPI:    1538274910 (HARLOW COUNTY EARLY INTERVENTION)
Servicing NPI:     1538274910
Service:           97110 GP  Therapeutic exercise
Units approved:    24 (requested 24)
Dates:             05/01/2024 - 10/31/2024
Place of service:  12 (Home)
Reviewer:          RN-UM 0412

Units not used by the end date expire. A new request is required to continue services after 10/31/2024.

This is an automated message. Please do not reply. Log in to the Riverbend provider portal to view the full determination letter.""" % (
        auth, mid_, fdate(rdob(10, 30)))
    msg = build(formataddr(("Riverbend UM Notifications", "um-notify@riverbendchp.com")),
                formataddr(("HCEIP Billing", "billing@hceip.org")),
                "Authorization %s - APPROVED" % auth, body, d,
                headers=[("Auto-Submitted", "auto-generated")])
    return msg, ""

# ===========================================================================
# PHI : lang
# ===========================================================================
@reg("phi", "lang")
def lang_spanish():
    child = random.choice(["Santiago", "Emiliano", "Thiago"])
    last = random.choice(["Vega", "Morales", "Zamora"])
    mname = "Marisol %s" % last
    mid_ = medicaid_id()
    d = when(3, 5, 21, 17)
    body = """Hola Sra. Gloria buenas noches

Perdon que le escriba tan tarde. Le escribo porque a mi hijo %s le cambiaron la cita con la terapeuta de habla para el jueves a las 9 y yo entro a trabajar a las 8. Se puede hacer en la tarde? Despues de las 4 estoy en la casa.

Tambien le queria preguntar otra cosa. %s ya tiene 2 años y todavia no dice muchas palabras, nada mas "mama", "agua" y "no". El pediatra dice que esperemos pero yo estoy preocupada porque su primo de la misma edad ya habla mucho. La terapeuta dice que va bien pero yo no se.

Y otra cosa, me llego una carta del Medicaid de el que dice que tengo que renovar antes del 31 de marzo. El numero es %s. Si no lo renuevo le quitan las terapias?? Me puede ayudar a llenar los papeles cuando venga?

Muchas gracias por todo
%s
Enviado desde mi Galaxy""" % (child, child, mid_, mname)
    msg = build(formataddr((mname, pmail("marisol", last))), addr("gloria"),
                "cita de %s" % child, body, d)
    return msg, "%s %s" % (child, last)


@reg("phi", "lang")
def lang_vietnamese():
    d = when(4, 16, 7, 42)
    body = """Chào chị Linh,

Em là mẹ của bé Bảo Anh (Nguyễn Bảo Anh). Thứ Năm này (18/4) em phải đưa bé đi khám tai ở bệnh viện St. Brigid lúc 10 giờ sáng, bác sĩ nói bé bị viêm tai giữa lần thứ 4 rồi nên có thể phải đặt ống tai. Vì vậy em không kịp buổi tập với cô Kelly lúc 10g30.

Chị có thể dời buổi tập sang thứ Sáu được không ạ? Buổi chiều sau 2 giờ thì được.

Dạo này bé đi vững hơn rồi, không cần vịn nữa, nhưng vẫn hay ngã khi lên cầu thang. Cô Kelly có dặn em tập cho bé bước lên bậc thấp mỗi ngày, em vẫn tập đều.

Cảm ơn chị nhiều ạ.
Thảo (mẹ bé Bảo Anh)
%s""" % phone()
    msg = build(formataddr(("Thao Nguyen", pmail("thao", "nguyen"))), addr("linh"),
                "Xin dời buổi tập thứ Năm - bé Bảo Anh", body, d)
    return msg, "Nguyễn Bảo Anh"


@reg("phi", "lang")
def lang_chinese():
    a, t, st, z = full_address(apt=True)
    d = when(5, 28, 16, 3)
    body = """王女士您好，

我是Bridgeway的服务协调员黄梅。关于乐乐（王乐言）的个别化家庭服务计划（IFSP）年度会议，我们安排在：

时间：6月12日（星期三）上午10点
地点：您家（%s）
参加人员：我、言语治疗师Rosa、职业治疗师Tamika

会议上我们会一起回顾乐乐这一年的进步，比如他现在可以说十几个单词，也会用勺子自己吃饭了。我们也会讨论接下来半年的目标，还有他满三岁以后转到学区学前特殊教育的事情。

请您准备好乐乐最近一次体检的记录（5月份儿科医生那次），还有新的医疗保险卡，因为您上次说7月份保险会换成Riverbend。

如果您先生也想参加但是上班时间不方便，我们可以用电话连线。有任何问题请打我电话 (717) 555-0126。

祝好，
黄梅 Mei Huang
Service Coordinator 服务协调员
Bridgeway Family Services

%s""" % (a, disc(2))
    msg = build(addr("mei"), formataddr(("Wang Li", pmail("li", "wang"))),
                "乐乐的年度IFSP会议 6月12日", body, d, html=True)
    return msg, "王乐言"


@reg("phi", "lang")
def lang_russian():
    pol = "PMH" + digits(9)
    d0 = when(6, 2, 20, 30)
    d1 = when(6, 3, 9, 15)
    orig = """Здравствуйте, Светлана!

Это папа Миши Кузнецова. Хотел сказать спасибо — после вашего последнего визита Миша начал говорить «дай» и «мама», и даже пытается сказать «машина» :) Жена плакала от радости.

Но у нас проблема: с 1 июня у меня новая работа и страховка поменялась, теперь у нас Pinnacle Mutual, номер полиса %s. Старая Medicaid закончилась 31 мая. Нужно ли заново что-то оформлять, чтобы занятия не прервались? И будем ли мы что-то платить? Нам сейчас тяжело с деньгами после переезда.

Следующий визит у нас в четверг в 11, всё в силе?

Спасибо,
Андрей Кузнецов
%s""" % (pol, phone())
    body = """Андрей, добрый день!

Я очень рада за Мишу, передайте жене привет. Четверг в 11 — всё в силе.

По страховке: я переслала ваше письмо координатору (Jenna Fairweather) и в бухгалтерию, они внесут новый полис. Для семей по программе Early Intervention услуги по IFSP бесплатны — вы ничего не будете платить, даже если страховка что-то не покроет. Jenna вам позвонит на этой неделе, нужно будет подписать согласие на использование частной страховки.

Светлана

%s

%s Андрей Кузнецов <%s> написал:
%s""" % (sig("svetlana"), d0.strftime("%d.%m.%Y, %H:%M"), "a.kuznetsov@pinepost.net", quote(orig))
    msg = build(addr("svetlana"), formataddr(("Андрей Кузнецов", "a.kuznetsov@pinepost.net")),
                "Re: Миша - новая страховка", body, d1, cc=[addr("jenna"), formataddr(("HCEIP Billing", "billing@hceip.org"))])
    return msg, "Михаил Кузнецов"


@reg("phi", "lang")
def lang_creole():
    d = when(5, 6, 6, 58)
    body = """Bonjou Msye Pierre,

Se manman Widelande Joseph ki ekri w. Mwen te resevwa lèt la pou randevou evalyasyon an jou 14 me a 9è nan maten. Mwen pa gen machin kounye a, machin nan an pann. Èske gen moun ki ka vin pran nou oswa èske yo ka fè evalyasyon an lakay mwen?

Pitit la toujou ap touse depi semèn pase, doktè a ba li antibyotik vandredi. Si li toujou malad jou 14 la èske nou ka chanje dat la?

Epi tou, Widelande poko ka chita pou kont li e li gen 9 mwa. Manman m di m pa enkyete m men mwen enkyete m kanmenm.

Mèsi anpil anpil
Nadège Joseph
%s

Voye depi telefòn mwen""" % phone()
    msg = build(formataddr(("Nadege Joseph", pmail("nadege", "joseph"))), addr("jr"),
                "randevou 14 me - Widelande", body, d)
    return msg, "Widelande Joseph"


@reg("phi", "lang")
def lang_arabic():
    d = when(2, 20, 13, 12)
    body = """مرحباً أستاذة نادية،

أنا أم يوسف (يوسف الخطيب). أردت أن أخبرك أن يوسف بدأ يمسك الملعقة بنفسه بعد التمارين التي علمتِنا إياها، الحمد لله. لكنه ما زال يرفض الأكل ذا القوام الخشن مثل الأرز واللحم المفروم، ويتقيأ أحياناً إذا وضعنا قطعة كبيرة في فمه. جربنا البطاطا المهروسة مع قطع صغيرة كما قلتِ وأكل منها قليلاً.

موعدنا القادم يوم الاثنين الساعة ١١، هل يمكن أن يكون الساعة ١٢ بدلاً من ذلك؟ عندي موعد عند طبيبة الأطفال الساعة ٩:٣٠ لوزن يوسف لأن الطبيبة قلقة من أن وزنه لم يزد منذ شهرين.

شكراً جزيلاً على كل شيء
رنا الخطيب
%s""" % phone()
    msg = build(formataddr(("Rana Alkhatib", pmail("rana", "alkhatib"))), addr("nadia"),
                "موعد يوم الاثنين - يوسف", body, d)
    return msg, "يوسف الخطيب"


@reg("phi", "lang")
def lang_portuguese():
    d = when(5, 15, 22, 3)
    body = """Oi Kelly, tudo bem?

Aqui é a Juliana, mãe da Helena Souza. Desculpa escrever em português, meu inglês escrito é ruim rs. A Gloria disse que você usa o tradutor, então vou tentar.

A Helena ainda não está andando sozinha, só segurando nos móveis e na minha mão. Ela fez 17 meses semana passada. O ortopedista que a pediatra mandou pediu um raio-x do quadril dia 20, às 8h30 no St. Brigid, porque ele achou uma perna um pouco mais curta que a outra. Estou muito nervosa.

Você pode vir na quinta às 14h mesmo? Ou prefere mudar por causa do exame? Se der, queria que você visse os sapatinhos novos que compramos, não sei se estão certos.

Obrigada por tudo, a Helena ama você!!
Beijos
Juliana

ps: sorry for the portuguese, thank you Kelly!!""" 
    msg = build(formataddr(("Juliana Souza", pmail("juliana", "souza"))), addr("kelly"),
                "Helena - quinta feira", body, d)
    return msg, "Helena Souza"


@reg("phi", "lang")
def lang_korean():
    d = when(3, 18, 23, 41)
    body = """안녕하세요 코디네이터님,

지호 아빠 김성훈입니다 (김지호, 생년월일 2022년 8월 3일).

지난주에 평가 결과를 우편으로 받았는데 영어로 되어 있어서 잘 이해가 안 됩니다. "expressive language 25%% delay", "eligible for services"라고 되어 있는데 이게 지호가 말이 많이 늦다는 뜻인가요? 집에서는 한국어만 쓰는데 평가를 영어로 해서 결과가 이렇게 나온 건 아닌지 걱정됩니다.

다음 주 화요일 IFSP 회의에 한국어 통역사를 요청할 수 있을까요? 아내는 영어를 거의 못 해서 꼭 필요합니다. 그리고 가능하면 평가 보고서를 한국어로 받을 수 있는지도 궁금합니다.

바쁘신데 감사합니다.
김성훈 드림
%s""" % phone()
    msg = build(formataddr(("Sunghoon Kim", pmail("sunghoon", "kim"))), addr("marcus"),
                "지호 평가 결과 문의 / IFSP 통역 요청", body, d)
    return msg, "김지호"

# ===========================================================================
# PHI : lists
# ===========================================================================
@reg("phi", "lists")
def lists_caseload_spaces():
    kids = [Kid(min_m=3, max_m=34) for _ in range(8)]
    notes = ["", "6mo review overdue - mom rescheduled x2 *", "", "transition conf 7/10",
             "", "needs new consent for insurance *", "ASL interp for mtgs", "annual in 2 wks"]
    rows = []
    for k, n in zip(kids, notes):
        ifsp = date(2024, 4, 20) - timedelta(days=random.randint(5, 175))
        if ifsp < k.dob + timedelta(days=40):
            ifsp = k.dob + timedelta(days=40)
        nxt = ifsp + timedelta(days=182)
        if n.endswith("*"):
            nxt = date(2024, 4, 20) - timedelta(days=random.randint(3, 25))
        rows.append("%-22s %-11s %-11s %-11s %s" % (k.lf, fdate(k.dob), fdate(ifsp), fdate(nxt), n))
    d = when(5, 1, 16, 50)
    body = """Hi Colleen,

Here's my caseload status for the file audit Friday. Starred ones are the ones I'm behind on, I have a plan for both.

Child                  DOB         IFSP        Next due    Notes
---------------------- ----------- ----------- ----------- ------------------------------
%s

Total 8 active, 1 pending intake (referral 4/26, eval scheduled 5/9).

I'll have the contact notes caught up by Thursday.

Jenna""" % "\n".join(rows)
    msg = build(addr("jenna"), addr("colleen"), "caseload for audit", body, d)
    return msg, "; ".join(k.name for k in kids)


@reg("phi", "lists")
def lists_weekly_schedule():
    kids = [Kid(min_m=6, max_m=34) for _ in range(7)]
    days = ["Mon", "Mon", "Tue", "Tue", "Wed", "Thu", "Fri"]
    times = ["9:00", "11:00", "10:30", "1:30", "9:30", "2:00", "10:00"]
    notes = ["daycare - sign in at front", "", "grandma's house", "dog, call from driveway",
             "new - 1st visit", "cotreat w/ Tamika", "tele - zoom link in cal"]
    lines = ["Day\tTime\tChild\tAddress\tParent phone\tNotes"]
    for dd, tt, k, n in zip(days, times, kids, notes):
        a, t, st, z = full_address()
        lines.append("%s\t%s\t%s\t%s, %s\t%s\t%s" % (dd, tt, k.name, a, t, phone(), n))
    d = when(4, 12, 17, 20)
    body = """Maureen - here's my schedule for next week (4/15-4/19) pasted from my sheet. The Thursday one moved from 10 to 2. Can you update the master calendar? Thx

%s

Kelly B.""" % "\n".join(lines)
    msg = build(addr("kelly"), addr("maureen"), "wk of 4/15 schedule", body, d)
    return msg, "; ".join(k.name for k in kids)


@reg("phi", "lists")
def lists_rejects_csv():
    scs = ["Fairweather", "Oyelaran", "Anaya", "Tran", "Pierre"]
    rows = [["child_name", "dob", "medicaid_id", "dos", "cpt", "mod", "units", "reject_code",
             "reject_desc", "sc"]]
    codes = [("E04", "Member not eligible on DOS"), ("E04", "Member not eligible on DOS"),
             ("A12", "Auth not found"), ("D07", "Invalid diagnosis pointer"),
             ("E11", "Member ID/DOB mismatch"), ("E04", "Member not eligible on DOS")]
    names = []
    for i in range(13):
        k = Kid(min_m=4, max_m=34)
        names.append(k.name)
        cpt = random.choice([("92507", "GN", 1), ("97530", "GP", 4), ("97530", "GO", 4),
                             ("T1027", "", 4), ("97110", "GP", 2)])
        c = random.choice(codes)
        rows.append([k.lf.upper(), fdate(k.dob), medicaid_id(),
                     "04/%02d/2024" % random.randint(1, 30), cpt[0], cpt[1], cpt[2], c[0], c[1],
                     random.choice(scs)])
    d = when(5, 6, 11, 3)
    body = """Hi all,

Attached are the 13 Medicaid rejects from the 5/3 batch. Most are eligibility (E04) - usually that means the renewal lapsed. SCs, please look at the ones with your name and either get me the new ID or let the family know they need to renew. The auth one (A12) I'm working on.

Please don't reply-all with names, just update the sheet on the shared drive or call me.

Thanks,
Yesenia

%s

%s""" % (sig("yesenia"), disc(0))
    msg = build(addr("yesenia"), [addr("jenna"), addr("marcus"), addr("gloria"), addr("linh"), addr("jr")],
                "Medicaid rejects - 5/3 batch", body, d, cc=addr("devin"),
                atts=[("rejects_0503.csv", csv_text(rows), "text/csv")])
    return msg, "; ".join(names)


@reg("phi", "lists")
def lists_transition_xlsx():
    rows = [["Child Last", "Child First", "DOB", "Age at 7/1", "Parent/Guardian", "Address", "City",
             "ZIP", "Phone", "Primary Lang", "Current Services", "SC", "LEA Notif Sent"]]
    names = []
    for i in range(9):
        k = Kid(min_m=28, max_m=31)
        names.append(k.name)
        a, t, st, z = full_address()
        svc = random.choice(["SLP 4x/mo", "DI 2x/mo, SLP 2x/mo", "PT 2x/mo, OT 2x/mo", "DI 4x/mo",
                             "SLP 2x/mo, OT 2x/mo"])
        rows.append([k.last, k.first, fdate(k.dob), "%dm" % (k.age_m(date(2024, 7, 1))),
                     "%s %s" % (random.choice([mom(), "Crystal", "Maria"]), k.last), a, t, z, phone(),
                     random.choice(["English", "English", "English", "Spanish", "Arabic"]), svc,
                     random.choice(["Oyelaran", "Fairweather", "Anaya"]), "05/%02d/2024" % random.randint(1, 10)])
    d = when(5, 14, 10, 26)
    body = """Good morning Adaeze,

Attached is the list of Alder Creek children who will be 2 1/2 or older by July 1 and whose families did not opt out of LEA notification. I've included current services so your team can plan for the fall evaluations.

Two of the Spanish-speaking families asked that the district send the evaluation permission in Spanish.

This file is password protected per our agreement - I'll text you the password.

Thank you,
Colleen

%s""" % sig("colleen")
    msg = build(addr("colleen"), formataddr(("Adaeze Oduya", "aoduya@aldercreeksd.org")),
                "Q3 transition list - Alder Creek", body, d, cc=addr("marcus"),
                atts=[("AlderCreek_transition_Q3_2024.xlsx", make_xlsx(rows, "Q3"), XLSX_T)])
    return msg, "; ".join(names)


@reg("phi", "lists")
def lists_eval_waitlist():
    reasons = ["not walking, referred by pediatrician", "no words, mom concerned",
               "NICU grad 29 wks, automatic referral", "feeding - gags on solids, wt 5th %ile",
               "not responding to name, ped suggested", "torticollis, PT rx from Dr. Okoye",
               "CPS referral (CAPTA)", "parent self-referral, 'not talking like his brother did'"]
    lines = []
    names = []
    for r in reasons:
        k = Kid(min_m=3, max_m=30)
        names.append(k.name)
        lines.append("%s - %s - %s" % (k.lf, fdate(k.dob, "short"), r))
    d = when(2, 26, 8, 3)
    body = """Morning eval team,

Evals that still need a date this week. I need to be able to offer the family a date when I call, so please reply with your open slots for Mar 4-15 by tomorrow noon.

%s

The CAPTA one needs to be within 2 weeks if we can. The NICU one has a hearing follow-up 3/6 at St. Brigid so not that morning.

Thanks!
Lorraine

%s""" % ("\n".join(lines), sig("lorraine"))
    msg = build(addr("lorraine"), [addr("priya"), addr("hannah"), addr("nadia"), addr("kelly"), addr("rosa")],
                "evals to schedule - wk of 2/26", body, d)
    return msg, "; ".join(names)


@reg("phi", "lists")
def lists_missed_visits():
    staff = ["K. Brandt PT", "R. Delgado-Hunt SLP", "T. Greer OT", "H. Lindqvist DS",
             "C. Whitlock DS", "S. Orlova SLP", "N. Haddad OT"]
    reasons = ["child sick (fever)", "family no-show", "family cxl - work", "no-show, 3rd this month",
               "child hospitalized", "therapist cxl - sick", "family cxl - weather", "no-show"]
    lines = ["| Date  | Child               | Provider            | Reason                    | Makeup? |",
             "|-------|---------------------|---------------------|---------------------------|---------|"]
    names = []
    for i in range(8):
        k = Kid()
        names.append(k.name)
        lines.append("| 4/%-3d | %-19s | %-19s | %-25s | %-7s |" % (
            15 + i // 2, k.name, random.choice(staff), reasons[i], random.choice(["Y 4/26", "N", "pending", "Y 4/24"])))
    d = when(4, 22, 9, 14)
    body = """Colleen, Jean-Robert,

Cancellation / no-show report for the week of 4/15 below. Two things to flag:

- The "no-show, 3rd this month" family - please have the SC reach out before we send the disengagement letter, I don't want to close a kid who just has a transportation problem.
- The hospitalized child - SC please check in with the family and find out if we need to hold services or change the IFSP.

%s

Total scheduled 212, completed 196 (92.5%%).

Dana

%s""" % ("\n".join(lines), sig("dana"))
    msg = build(addr("dana"), [addr("colleen"), addr("jr")], "Cxl/no-show report wk 4/15", body, d,
                html=True)
    return msg, "; ".join(names)


@reg("phi", "lists")
def lists_team_agenda_docx():
    ks = [Kid() for _ in range(4)]
    cases = [
        (ks[0], "Marcus", "Mom asking to increase SLP to weekly; current 2x/mo. Progress slow on outcome 2. Discuss whether to add a second provider or coaching model."),
        (ks[1], "Jenna", "Dad reported new diagnosis from genetics (22q11.2 deletion). Cardiology f/u in June. Review IFSP outcomes, consider feeding eval."),
        (ks[2], "Gloria", "Family moving within county on 6/1, new address not confirmed. Need new provider assignment for OT (Tamika's area ends at Rt 30)."),
        (ks[3], "Linh", "Child turned 30 mo; parents declined transition to school district. Document refusal, discuss extended Part C option."),
    ]
    blocks = [("h", "Harlow County EI - Team Meeting Agenda"), "Tuesday May 21, 2024, 1:00-2:30 PM, Conf Rm B / Teams",
              ("h", "1. Announcements"), "New EVV app version (Trevor). Summer schedule reminders. ICC meeting June 6.",
              ("h", "2. Case review"),
              ("table", [["Child", "DOB", "SC", "Discussion"]] +
               [[k.name, fdate(k.dob), sc, txt] for k, sc, txt in cases]),
              ("h", "3. Data"), "45-day timeline 94.8% for April. Two late IFSPs were family-reason delays.",
              ("h", "4. Other"), "Holiday coverage sign-up sheet is on the board."]
    d = when(5, 20, 15, 55)
    body = """Hi team,

Agenda for tomorrow attached. Four kids on case review this time - SCs please bring the current IFSP for your child and any new reports.

Thanks,
Colleen

%s""" % sig("colleen", "short")
    msg = build(addr("colleen"), [addr("marcus"), addr("jenna"), addr("gloria"), addr("linh"), addr("hannah"), addr("priya")],
                "Agenda - team mtg 5/21", body, d,
                atts=[("Team_Meeting_Agenda_2024-05-21.docx", make_docx(blocks), DOCX_T)])
    return msg, "; ".join(k.name for k in ks)

# ===========================================================================
# PHI : names
# ===========================================================================
@reg("phi", "names")
def names_gracie_thread():
    d0 = when(3, 12, 13, 40)
    d1 = when(3, 12, 19, 2)
    d2 = when(3, 13, 7, 55)
    m1 = """Hey - did you see Gracie today? Mom said she's been up on her toes "all the time" since the growth spurt and she's tripping more on the stairs at daycare. When I saw her last week her heel cords were definitely tighter on the R, I could barely get her to neutral.

I'm wondering if it's time to talk to mom about an ortho referral. What are you seeing in sessions?

K"""
    m2 = """Yes! I noticed it too, she was toe walking across the whole kitchen during snack. Sensory-wise she's still avoiding grass and sand, and she hates the new socks. I don't know how much of it is sensory vs tightness.

I think the referral is reasonable. Maybe we bring it up together at the 6 mo review on the 26th so mom hears one message? She gets overwhelmed when it comes from different people.

Tamika"""
    body = """Works for me. I'll text Jenna to add it to the review agenda and I'll bring the goniometer measurements so we have numbers. Want to meet 15 min early at the Wawa on Rt 30?

K

Sent from my iPhone

%s Tamika Greer <%s> wrote:

%s

%s Kelly Brandt <%s> wrote:

%s""" % (gmail_date(d1), STAFF["tamika"]["email"], quote(m2), gmail_date(d0), STAFF["kelly"]["email"],
         quote(quote(m1)))
    msg = build(addr("kelly"), addr("tamika"), "Re: Gracie", body, d2)
    return msg, "Gracie"


@reg("phi", "names")
def names_upset_parent():
    child = random.choice(["Chidi", "Obinna", "Kelechi"])
    d = when(2, 7, 15, 30)
    body = """Marcus,

Mrs. Okafor called me this afternoon, pretty upset. She got the eligibility letter for %s and doesn't understand how he "doesn't qualify" when she and the pediatrician both think he's behind. From the report he came out at about 20%% delay in communication and 15%% in social-emotional, so under the 25%% cutoff, and the team didn't use informed clinical opinion.

She said nobody explained the results at the end of the eval and she felt rushed because the baby was crying. She wants to know her options. I told her you'd call her tomorrow. Please:

1. Go over the results with her in plain language (offer an interpreter - she said no last time but ask again, Igbo)
2. Explain she can request a review / due process, and give her the procedural safeguards again
3. Offer the tracking / re-screen in 3 months, and the library toddler group
4. Ask if she'd be ok with the team reconsidering with ICO - Priya said she had concerns about his play skills that didn't show up in the scores

Document the call. Let me know how it goes.

Colleen

%s""" % (child, sig("colleen"))
    msg = build(addr("colleen"), addr("marcus"), "Mrs. Okafor - call tomorrow pls", body, d, cc=addr("priya"))
    return msg, "%s Okafor" % child


@reg("phi", "names")
def names_subject_only():
    k = Kid(sex="M", min_m=23, max_m=25)
    d = when(6, 18, 16, 12)
    body = """Report attached. He qualifies again. Expressive is still around the 14 month level, receptive closer to age. Mom wants to keep the same SLP and add a parent group if there's one in the evenings.

Can you set up the IFSP? I'm free Tues/Thurs afternoons the next two weeks.

Priya"""
    rpt = make_docx([("h", "Harlow County Early Intervention Program"), ("h", "Annual Evaluation / Assessment Report"),
                     "Child: %s      DOB: %s      Date of evaluation: 06/17/2024" % (k.name, fdate(k.dob)),
                     "Evaluators: Priya Raghunathan, M.A., CCC-SLP; Hannah Lindqvist, M.Ed.",
                     "Tool: BDI-3 (Battelle Developmental Inventory, 3rd ed.), parent interview, observation",
                     ("table", [["Domain", "Age equivalent", "% delay"],
                                ["Adaptive", "21 mo", "9%"], ["Personal-social", "20 mo", "13%"],
                                ["Receptive communication", "20 mo", "13%"],
                                ["Expressive communication", "14 mo", "39%"],
                                ["Gross motor", "23 mo", "0%"], ["Fine motor", "22 mo", "4%"],
                                ["Cognitive", "19 mo", "17%"]]),
                     "Summary: %s continues to be eligible for Part C services based on a delay of 25%% or more in expressive communication." % k.first])
    msg = build(addr("priya"), addr("jenna"), "%s - 24 mo re-eval" % k.lf, body, d,
                atts=[("ReEval_%s.docx" % k.last, rpt, DOCX_T)])
    return msg, k.name


@reg("phi", "names")
def names_deep_quote():
    k = Kid(sex="M", first="Noah", min_m=5, max_m=10)
    d0 = when(5, 20, 10, 12)
    d1 = when(5, 21, 14, 40)
    d2 = when(5, 22, 8, 3)
    d3 = when(5, 22, 8, 51)
    m0 = """Hi Linh,

FYI from today's visit - %s %s did not pass his hearing rescreen on the left ear again (OAE refer L, pass R). That's the second time. The audiologist at St. Brigid wants to see him for a diagnostic ABR on 6/4 at 8 AM, he has to be asleep for it so mom is going to keep him up the night before.

Mom is pretty anxious about it, her older daughter has hearing aids. I told her you'd help with the ride since dad has the car that week. Can you set up Medicaid transportation?

Hannah""" % (k.first, k.last)
    m1 = """Sure, I'll call the MATP line today. What time does she need to leave? It's about 40 min to St. Brigid.

Linh"""
    m2 = """Leave by 7:10 to be safe. Pickup address is the home address on file.

Hannah"""
    body = """ok will do - thanks!

Linh Tran
Service Coordinator, Bridgeway Family Services
(717) 555-0124

%s

%s

%s""" % (outlook_block("Hannah Lindqvist", d2, "Linh Tran", "RE: RE: rescreen", m2),
         outlook_block("Linh Tran", d1, "Hannah Lindqvist", "RE: rescreen", m1),
         outlook_block("Hannah Lindqvist", d0, "Linh Tran", "rescreen", m0))
    msg = build(addr("linh"), addr("hannah"), "RE: RE: RE: rescreen", body, d3)
    return msg, k.name


@reg("phi", "names")
def names_nickname():
    k = Kid(sex="M", first="Roman", min_m=8, max_m=11)
    d = when(3, 27, 12, 44)
    body = """Hi Stacy,

I'm the developmental specialist seeing Roman (family calls him Bubba) in Early Intervention. Mom signed the release for your office in January, it should be in his chart.

I'm a little worried about his weight. At the 9 month well visit mom said he had "dropped a line" on the chart, and when I was there Monday he still isn't interested in anything but the bottle. He pushes the spoon away and arches. Mom is giving him 6-7 bottles of the 24 cal formula a day.

Could Dr. Okoye's office send me the growth chart from the last two visits, and let me know if she wants us to bring in a feeding therapist? I'd like to add OT feeding at his IFSP review next week if the doctor agrees.

Thank you!
Carmen

%s

%s""" % (sig("carmen"), disc(0))
    msg = build(addr("carmen"), formataddr(("Stacy Lehman, RN", "slehman@cedarhollowpeds.com")),
                "Bubba %s - feeding/weight question" % k.last, body, d)
    return msg, "Roman %s" % k.last


@reg("phi", "names")
def names_last_first():
    k = Kid(sex="M", first="Kevin", last="Pham", min_m=7, max_m=12)
    d = when(4, 25, 7, 12)
    body = """Morning all,

Can anyone cover a visit for Pham, Kevin on Friday 4/26? Nadia is out and he's due for OT. He just came home from Children's last week with the G-tube and mom is nervous about positioning him for play with it in. She asked for someone who's seen one before.

Family is in Lindell, visit is at 1:00. Mom speaks English, grandma is there too and only speaks Vietnamese, so Linh said she can join by phone.

Reply to me, not all, please.

Maureen Castellano
Office Manager | Harlow County Early Intervention Program
(717) 555-0102"""
    msg = build(addr("maureen"), [addr("tamika"), addr("hannah"), addr("carmen")], "coverage needed Fri 4/26 - OT",
                body, d, cc=addr("linh"))
    return msg, k.name


@reg("phi", "names")
def names_pediatrician():
    k = Kid(sex="F", first="Harper", last="Lin", min_m=19, max_m=21)
    d = when(1, 23, 11, 20)
    body = """Dr. Feld,

I'm the physical therapist with Early Intervention working with Harper Lin (20 months). Her parents asked me to reach out to you before her appointment next week.

Harper has made gains since we started in October - she now pulls to stand and cruises along furniture - but she is not yet walking independently and still has noticeably low tone through her trunk. She W-sits almost exclusively and tires quickly. Her parents said you mentioned a possible neurology referral at the 18 month visit; from my side I'd support that, and I'd also like to talk about whether supramalleolar orthoses would help.

I've attached nothing here on purpose - I'll fax my progress note to your office today with the release.

Happy to talk by phone, my cell is below.

Kelly

%s""" % sig("kelly")
    msg = build(addr("kelly"), formataddr(("Jonah Feld, MD", "jfeld@cedarhollowpeds.com")),
                "Harper Lin - EI PT", body, d, html=True)
    return msg, k.name


@reg("phi", "names")
def names_meeting_recap():
    e = Kid(sex="F", first="Emma", min_m=12, max_m=20)
    dn = Kid(sex="M", first="Dante", min_m=20, max_m=30)
    d = when(6, 7, 16, 30)
    body = """Notes from today's SC huddle (sorry they're rough):

- Budget: interpreter spend is 80%% of the year already, Dana is asking the county for more. Keep requesting what families need.
- Emma %s.'s mom reported two more staring spells this week, one at daycare. Neuro appt is 7/9. Jenna to check if they want the daycare to keep a log, and whether we need a seizure plan for visits.
- Dante - family is moving to Ohio end of month. Jean-Robert closing out, will send the transfer packet to Ohio EI with parent consent.
- Reminder: don't leave folders in your car. Someone's car was broken into in the Target lot.
- Next huddle 6/21.

Colleen""" % e.last[0]
    msg = build(addr("colleen"), [addr("jenna"), addr("marcus"), addr("gloria"), addr("linh"), addr("jr"), addr("mei")],
                "huddle notes 6/7", body, d)
    return msg, "Emma %s.; Dante" % e.last[0]

# ===========================================================================
# PHI : self
# ===========================================================================
@reg("phi", "self")
def self_ppd():
    first = "Kristen"
    last = _pop(LASTS)
    d = when(3, 2, 21, 55)
    body = """hi jenna

thanks for giving me that number at the last visit and for not making it weird. i called on monday and i have an appt with a counselor at Harlow Behavioral Health next tuesday at 3. my OB also started me on zoloft 50mg last week. i feel a little better already, or at least im sleeping when the baby sleeps now.

i just wanted you to know since you asked me to tell you. can we keep the visits at 10 on fridays? mornings are better for me right now.

kristen

Sent from my iPhone"""
    msg = build(formataddr(("Kristen %s" % last, pmail("kristen", last))), addr("jenna"), "that number you gave me",
                body, d)
    return msg, "Kristen %s" % last


@reg("phi", "self")
def self_employee_surgery():
    d = when(6, 24, 12, 10)
    body = """Hi Wesley,

I'm scheduled for carpal tunnel release on my right hand on July 16 at Valley Orthopedics (Dr. Narang). I've had the numbness and tingling for about a year and the injections stopped working. They're saying 4 to 6 weeks with no lifting over 5 lbs and no driving for the first 2 weeks, so I can't do home visits during that time.

Could you send me the FMLA paperwork? I also want to know:
- Does short term disability start right away or is there a waiting period?
- Can I use my PTO for the first week and then STD?
- Could I do documentation / telehealth visits from home during weeks 3-6 if Dr. Narang clears me for typing?

I'll let Beth know so she can start moving my families.

Thanks,
Nadia

Nadia Haddad, OTR/L
Occupational Therapist
Harlow County Early Intervention Program
(717) 555-0144"""
    msg = build(addr("nadia"), addr("wesley"), "FMLA for surgery in July", body, d)
    return msg, "Nadia Haddad"


@reg("phi", "self")
def self_new_insurance():
    k = Kid(sex="M", first="Liam")
    mid_ = medicaid_id()
    d = when(6, 4, 18, 2)
    body = """Hi this is Dana, Liams mom. My insurance changed to Riverbend Medicaid as of 6/1 because I lost the job with benefits. My member id is %s and Liams is on the same case. Can u update it for his visits so I dont get another bill like in April? I had to pay $60 copay for the speech and I dont think I was supposed to.

Also I have my own appt on thurs at 9 so can Rosa come at 11 instead

Thanks
Dana %s

Sent from my iPhone""" % (mid_, k.last)
    msg = build(formataddr(("Dana %s" % k.last, pmail("dana", k.last))), addr("marcus"), "insurance", body, d)
    return msg, "Dana %s; Liam %s" % (k.last, k.last)


@reg("phi", "self")
def self_kiara():
    last = _pop(LASTS)
    d = when(2, 14, 20, 11)
    body = """its kiara. cant do the visit tmrw, i got my OB appt at 10 (im 22 wks w the baby) and my bp was high last time so they want to recheck and do the sugar drink. can we do friday instead? anytime after 12

also the baby monitor u said about for when she naps, is that something yall can get us or do i have to buy it

k"""
    msg = build(formataddr(("kiara %s" % last, pmail("kiara", last))), addr("hannah"), "tmrw", body, d)
    return msg, "Kiara %s" % last


@reg("phi", "self")
def self_fee_waiver():
    k = Kid(sex="F", first="Ava", min_m=18, max_m=30)
    mf = "Stephanie"
    acct = "FA-100-%s" % digits(5)
    d = when(5, 2, 13, 25)
    body = """To the billing department,

My name is %s %s. My daughter Ava gets PT and speech through your program. I was laid off on April 19 and our insurance through my job (Pinnacle Mutual) ends May 31. I applied for Medicaid for me and both kids on April 24 but haven't heard back yet.

Can the family fee be paused while we wait? I have a statement for account %s showing $120.00 for February-April. I can't pay that right now. I'm attaching the layoff letter and the Medicaid application receipt.

I also want to make sure Ava's therapy doesn't stop. She just started walking on her own last month and I don't want her to go backwards.

Thank you,
%s %s
%s
%s""" % (mf, k.last, acct, mf, k.last, street() + ", Harlow PA 17033", phone())
    scan = blank_scan_png()
    msg = build(formataddr(("%s %s" % (mf, k.last), pmail("stephanie", k.last))),
                formataddr(("HCEIP Billing", "billing@hceip.org")),
                "Family fee - account %s - request to pause" % acct, body, d,
                atts=[("layoff_letter.png", scan, "image/png"),
                      ("medicaid_application_receipt.pdf",
                       make_pdf(["COUNTY ASSISTANCE OFFICE - APPLICATION RECEIPT",
                                 "Application #: COMPASS-%s" % digits(9),
                                 "Received: 04/24/2024",
                                 "Applicant: %s %s" % (mf.upper(), k.last.upper()),
                                 "Household members applying: 3",
                                 "Programs: Medical Assistance",
                                 "A decision will be mailed within 30 days."], "receipt"), "application/pdf")])
    return msg, "%s %s; Ava %s" % (mf, k.last, k.last)


@reg("phi", "self")
def self_employee_pregnancy():
    d = when(6, 10, 9, 48)
    body = """Hi Wesley,

I wanted to get ahead of this. I'm 28 weeks pregnant, due August 30. My OB put me on modified duty starting now because of gestational diabetes and my blood pressure creeping up - no driving more than an hour a day total and no lifting over 20 lbs. I'm attaching the note from her office.

That means I can't do my Millbrook and Quarryville visits anymore (those are the long drives). Colleen and I talked about me doing the intakes by phone and the in-office IFSP meetings until I go out.

Questions:
1. Do I need to fill out anything for the modified duty, or is the note enough?
2. When do I apply for FMLA / maternity leave, and how much of it is paid?
3. How do I add the baby to my health insurance after the birth, and how long do I have?

Thank you!
Jenna

Jenna Fairweather
Service Coordinator, Bridgeway Family Services
(717) 555-0122"""
    note = make_pdf(["HARLOW WOMEN'S HEALTH ASSOCIATES", "215 E. Market St, Harlow PA 17033  (717) 555-0186",
                     "", "Date: 06/07/2024", "", "RE: Jenna Fairweather   DOB: 03/22/1993",
                     "", "The above patient is under my care for pregnancy, EDD 08/30/2024.",
                     "Due to gestational diabetes (O24.410) and elevated blood pressure, she should",
                     "be limited to no more than 60 minutes of driving per day and no lifting",
                     "over 20 lbs until delivery.", "", "Maria Santangelo, MD, FACOG"], "work note")
    msg = build(addr("jenna"), addr("wesley"), "modified duty + leave questions", body, d, cc=addr("colleen"),
                atts=[("work_note_0607.pdf", note, "application/pdf")])
    return msg, "Jenna Fairweather"


@reg("phi", "self")
def self_deaf_dad():
    k = Kid(sex="M", first="Caleb", min_m=10, max_m=14)
    dadf = "Owen"
    d = when(3, 8, 14, 5)
    body = """Hello,

My name is %s %s. I am Deaf (profound, both ears, since birth) and I use ASL. My wife is hearing. Our son Caleb is scheduled for his evaluation on 3/20 at 10am at our home.

Please provide a certified ASL interpreter for the evaluation and for all meetings. Please do not use video relay for the evaluation, I need to see the interpreter in person to follow everyone. Last time someone from the program called my phone and not the VP number, so please email me or use my VP number: %s.

I also want to ask: was Caleb's hearing checked again after the newborn screen? My Deaf is genetic (Connexin 26) and the pediatrician said Caleb passed at the hospital but I would like the evaluators to know about the family history. Caleb babbles but I am not sure what he hears.

Thank you,
%s %s""" % (dadf, k.last, phone(), dadf, k.last)
    msg = build(formataddr(("%s %s" % (dadf, k.last), pmail("owen", k.last))), addr("lorraine"),
                "ASL interpreter for Caleb evaluation 3/20", body, d)
    return msg, "%s %s; Caleb %s" % (dadf, k.last, k.last)

# ===========================================================================
# PHI : struct
# ===========================================================================
def _isa(sender, receiver, ctrl, d, usage="P"):
    return ("ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*%s*^*00501*%09d*0*%s*:"
            % (sender, receiver, d.strftime("%y%m%d"), d.strftime("%H%M"), ctrl, usage))


def _x12(sender, receiver, ctrl, d, func, version, st_code, body_segs):
    segs = [_isa(sender, receiver, ctrl, d),
            "GS*%s*%s*%s*%s*%s*%d*X*%s" % (func, sender, receiver, d.strftime("%Y%m%d"), d.strftime("%H%M"), ctrl, version),
            "ST*%s*0001*%s" % (st_code, version)]
    segs += body_segs
    n = len(body_segs) + 2
    segs += ["SE*%d*0001" % n, "GE*1*%d" % ctrl, "IEA*1*%09d" % ctrl]
    return "~\n".join(segs) + "~\n"


@reg("phi", "struct")
def struct_hl7_hearing():
    k = Kid(sex="F", min_m=0, max_m=0)
    k.dob = date(2024, 4, 9)
    m = mrn()
    mf = mom()
    a, t, st, z = full_address()
    d = when(4, 12, 8, 31)
    ts = d.strftime("%Y%m%d%H%M%S")
    hl7 = "\r\n".join([
        "MSH|^~\\&|EPIC|STBRIGID|EHDI_IF|HCEIP|%s||ORU^R01^ORU_R01|SBR%s|P|2.5.1|||AL|NE" % (ts, digits(7)),
        "PID|1||%s^^^STB^MR~%s^^^STATE^NB||%s^BABY GIRL^^^^^L||20240409|F|||%s^^%s^PA^%s^USA^H||%s^PRN^PH|||||%s" % (
            m, digits(9), k.last.upper(), a.upper(), t.upper(), z, phone().replace("(", "").replace(") ", "").replace("-", ""), digits(9)),
        "NK1|1|%s^%s|MTH^Mother^HL70063|||%s" % (k.last.upper(), mf.upper(), phone()),
        "PV1|1|I|NBN^204^B^STB||||1457839201^OKOYE^ANITA^^^MD|||||||||||%s" % digits(8),
        "OBR|1|HS%s|HS%s|54111-0^Newborn hearing screen panel^LN|||20240411063000|||||||||1457839201^OKOYE^ANITA||||||%s|||F" % (digits(5), digits(5), ts),
        "OBX|1|CWE|54108-6^Newborn hearing screen of Ear - Left^LN||LA10392-4^Refer^LN||||||F|||20240411063000",
        "OBX|2|CWE|54109-4^Newborn hearing screen of Ear - Right^LN||LA10391-6^Pass^LN||||||F|||20240411063000",
        "OBX|3|CWE|54106-0^Newborn hearing screen method^LN||LA10388-2^OAE^LN||||||F",
        "OBX|4|ST|73739-5^Newborn hearing screen risk indicators^LN||NICU > 5 days; family history of permanent childhood hearing loss||||||F",
        "NTE|1||Outpatient rescreen/diagnostic ABR recommended by 1 month. Family informed. Referral to EI per state EHDI protocol.",
    ]) + "\r\n"
    body = """This message was generated automatically by the St. Brigid Regional interface engine.

An EHDI result meeting referral criteria was received for a newborn in your catchment area. Please open the attached HL7 message in the intake queue, or view below.

%s
--
Interface Engine (Rhapsody) - St. Brigid Regional Medical Center
Route: EHDI_OUT_HCEIP   Msg control: see MSH-10
Questions: interfaces@stbrigidregional.org""" % hl7.replace("\r\n", "\n")
    msg = build(formataddr(("STB Interface Engine", "ie-noreply@stbrigidregional.org")),
                formataddr(("HCEIP Intake", "intake@hceip.org")),
                "EHDI REFER - ORU^R01 - %s" % m, body, d,
                atts=[("EHDI_%s.hl7" % ts, hl7.encode("ascii"), "application/hl7-v2")],
                headers=[("Auto-Submitted", "auto-generated")])
    return msg, "%s, Baby Girl" % k.last


@reg("phi", "struct")
def struct_837p():
    d = when(5, 3, 14, 12)
    kids = [Kid(min_m=8, max_m=33) for _ in range(3)]
    segs = ["BHT*0019*00*0503B01*%s*%s*CH" % (d.strftime("%Y%m%d"), d.strftime("%H%M")),
            "NM1*41*2*HARLOW COUNTY EARLY INTERVENTION*****46*HCEIP0427",
            "PER*IC*DEVIN TSOSIE*TE*7175550147*FX*7175550199",
            "NM1*40*2*RIVERBEND COMMUNITY HEALTH PLAN*****46*RBCHP",
            "HL*1**20*1",
            "NM1*85*2*HARLOW COUNTY EARLY INTERVENTION*****XX*1538274910",
            "N3*1180 COURTHOUSE SQUARE STE 300", "N4*HARLOW*PA*170331122",
            "REF*EI*231234567"]
    hl = 2
    svc = [("92507", "GN", "120.00", 1, "F801", "DELGADO-HUNT*ROSA", "235Z00000X"),
           ("97530", "GP", "132.00", 4, "R6250", "BRANDT*KELLY", "225100000X"),
           ("T1027", "", "96.00", 4, "F88", "LINDQVIST*HANNAH", "171M00000X")]
    for i, (k, s) in enumerate(zip(kids, svc)):
        a, t, st, z = full_address()
        dos = "202404%02d" % random.randint(2, 29)
        segs += ["HL*%d*1*22*0" % hl, "SBR*P*18*******MC",
                 "NM1*IL*1*%s*%s****MI*%s" % (k.last.upper(), k.first.upper(), medicaid_id()),
                 "N3*%s" % a.upper(), "N4*%s*PA*%s" % (t.upper(), z),
                 "DMG*D8*%s*%s" % (fdate(k.dob, "x12"), k.sex),
                 "NM1*PR*2*RIVERBEND COMMUNITY HEALTH PLAN*****PI*RBCHP",
                 "CLM*0503B01-%03d*%s***12:B:1*Y*A*Y*Y" % (i + 1, s[2]),
                 "REF*G1*UM24%s" % digits(6),
                 "HI*ABK:%s" % s[4],
                 "NM1*82*1*%s****XX*19%s" % (s[5], digits(8)),
                 "PRV*PE*PXC*%s" % s[6],
                 "LX*1",
                 "SV1*HC:%s%s*%s*UN*%d***1" % (s[0], (":" + s[1]) if s[1] else "", s[2], s[3]),
                 "DTP*472*D8*%s" % dos]
        hl += 1
    edi = _x12("HCEIP0427", "RBCHP", 231, d, "HC", "005010X222A1", "837", segs)
    body = """Devin,

837P for the 5/3 Riverbend batch is attached for your review before we release it. 3 claims, $348.00 total. The T1027 line is the first one we're sending with the new special instruction code so please eyeball that one especially.

File will auto-submit at 5 PM unless you hold it in the portal.

Thanks,
Arjun
ClaimBridge Billing Services | Client Support
support@claimbridgebilling.example.com | (610) 555-0117"""
    msg = build(formataddr(("Arjun Mehta", "amehta@claimbridgebilling.example.com")), addr("devin"),
                "HCEIP 837P batch 0503B01 - review before release", body, d, cc=addr("yesenia"),
                atts=[("HCEIP_837P_0503B01.txt", edi, "text/plain")])
    return msg, "; ".join(k.name for k in kids)


@reg("phi", "struct")
def struct_835_body():
    d = when(5, 24, 10, 40)
    kids = [Kid(min_m=8, max_m=33) for _ in range(3)]
    segs = ["BPR*I*582.20*C*ACH*CCP*01*031300012*DA*8837102*1231234567**01*031300099*DA*4419008123*20240524",
            "TRN*1*EFT%s*1231234567" % digits(9),
            "DTM*405*20240523",
            "N1*PR*RIVERBEND COMMUNITY HEALTH PLAN", "N3*PO BOX 4410", "N4*HARRISBURG*PA*171054410",
            "PER*BL*PROVIDER SERVICES*TE*8005550142",
            "N1*PE*HARLOW COUNTY EARLY INTERVENTION*XX*1538274910",
            "LX*1"]
    plan = [("97530", "GP", 4, "132.00", "99.00", [("CO", "45", "33.00")]),
            ("92507", "GN", 1, "120.00", "0.00", [("CO", "16", "120.00")]),
            ("T1027", "", 4, "96.00", "84.00", [("CO", "45", "12.00")])]
    for k, (cpt, mod, u, ch, pd, cas) in zip(kids, plan):
        segs += ["CLP*0503B01-%s*%s*%s*%s**MC*%s*12*1" % (digits(3), "1" if pd != "0.00" else "4", ch, pd, claim_no()),
                 "NM1*QC*1*%s*%s****MI*%s" % (k.last.upper(), k.first.upper(), medicaid_id()),
                 "DTM*232*202404%02d" % random.randint(2, 28),
                 "SVC*HC:%s%s*%s*%s**%d" % (cpt, (":" + mod) if mod else "", ch, pd, u)]
        for g, c, amt in cas:
            segs.append("CAS*%s*%s*%s" % (g, c, amt))
        if pd == "0.00":
            segs.append("LQ*HE*M51")
    segs.append("PLB*1538274910*20241231*WO:0503B01*-399.20")
    edi = _x12("RBCHP", "HCEIP0427", 88412, d, "HP", "005010X221A1", "835", segs)
    body = """Yesenia,

Pasting the 835 from today's Riverbend EFT. The %s %s claim denied CO-16 / M51 (missing/incomplete procedure code). I think the GN modifier got dropped somewhere between our system and ClaimBridge. Also there's a PLB at the bottom I don't understand, -399.20 - is that the recoupment from the February overpayment?

%s
Devin""" % (kids[1].first, kids[1].last, edi)
    msg = build(addr("devin"), addr("yesenia"), "835 5/24 - denial + PLB question", body, d)
    return msg, "; ".join(k.name for k in kids)


@reg("phi", "struct")
def struct_271():
    k = Kid(min_m=10, max_m=30)
    mid_ = medicaid_id()
    d = when(3, 4, 9, 12)
    segs = ["BHT*0022*11*%s*%s*%s" % (hexs(10).upper(), d.strftime("%Y%m%d"), d.strftime("%H%M")),
            "HL*1**20*1", "NM1*PR*2*PA MEDICAL ASSISTANCE*****PI*PAMA",
            "HL*2*1*21*1", "NM1*1P*2*HARLOW COUNTY EARLY INTERVENTION*****XX*1538274910",
            "HL*3*2*22*0", "TRN*2*%s*9HCEIP0427" % digits(10),
            "NM1*IL*1*%s*%s****MI*%s" % (k.last.upper(), k.first.upper(), mid_),
            "N3*%s" % street().upper(), "N4*HARLOW*PA*17033",
            "DMG*D8*%s*%s" % (fdate(k.dob, "x12"), k.sex),
            "DTP*291*RD8*20240301-20240331",
            "EB*6**30",
            "MSG*RECIPIENT INELIGIBLE ON DATE OF SERVICE - RENEWAL NOT RECEIVED",
            "EB*R**30*HM*RIVERBEND COMMUNITY HEALTH PLAN",
            "DTP*292*RD8*20230601-20240229"]
    edi = _x12("PAMA", "HCEIP0427", 5521, d, "HB", "005010X279A1", "271", segs)
    body = """Marcus, eligibility check for your family came back inactive as of 3/1 (renewal not received). Raw response attached. Their Riverbend coverage ended 2/29. Can you help mom with the renewal? Services continue regardless but I have to hold the claims.

-Devin"""
    msg = build(addr("devin"), addr("marcus"), "elig inactive - %s" % k.last, body, d,
                atts=[("271_%s.x12" % mid_, edi, "text/plain")])
    return msg, k.name


@reg("phi", "struct")
def struct_fhir():
    k = Kid(sex="M", min_m=17, max_m=19)
    mf = mom()
    a, t, st, z = full_address()
    pid = hexs(8) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(12)
    d = when(4, 3, 22, 7)
    bundle = OrderedDict([
        ("resourceType", "Bundle"), ("type", "collection"),
        ("timestamp", d.isoformat()),
        ("entry", [
            {"fullUrl": "urn:uuid:%s" % pid, "resource": OrderedDict([
                ("resourceType", "Patient"), ("id", pid),
                ("name", [{"use": "official", "family": k.last, "given": [k.first]}]),
                ("gender", "male" if k.sex == "M" else "female"),
                ("birthDate", fdate(k.dob, "iso")),
                ("address", [{"line": [a], "city": t, "state": "PA", "postalCode": z}]),
                ("contact", [{"relationship": [{"text": "mother"}],
                              "name": {"family": k.last, "given": [mf]},
                              "telecom": [{"system": "phone", "value": phone()},
                                          {"system": "email", "value": pmail(mf, k.last)}]}])])},
            {"resource": OrderedDict([
                ("resourceType", "QuestionnaireResponse"), ("status", "completed"),
                ("questionnaire", "https://tinysteps.example.com/fhir/Questionnaire/asq3-18m"),
                ("subject", {"reference": "urn:uuid:%s" % pid}),
                ("authored", d.isoformat()),
                ("author", {"display": "%s %s (parent)" % (mf, k.last)})])},
            {"resource": OrderedDict([
                ("resourceType", "Observation"), ("status", "final"),
                ("code", {"text": "ASQ-3 18 month - Communication"}),
                ("subject", {"reference": "urn:uuid:%s" % pid}),
                ("valueInteger", 15),
                ("interpretation", [{"text": "Below cutoff (13.06) - refer for evaluation"}]),
                ("note", [{"text": "Parent comment: he only says mama and dada, doesn't point at things he wants"}])])},
            {"resource": OrderedDict([
                ("resourceType", "Observation"), ("status", "final"),
                ("code", {"text": "ASQ-3 18 month - Gross Motor"}),
                ("subject", {"reference": "urn:uuid:%s" % pid}), ("valueInteger", 50),
                ("interpretation", [{"text": "Above cutoff"}])])},
            {"resource": OrderedDict([
                ("resourceType", "Consent"), ("status", "active"),
                ("scope", {"text": "Share screening results with county Early Intervention"}),
                ("patient", {"reference": "urn:uuid:%s" % pid}),
                ("dateTime", d.isoformat())])},
        ])])
    js = json.dumps(bundle, indent=2, ensure_ascii=False)
    body = """A parent has completed a developmental screening in the TinySteps app and consented to share the results with your program.

Screening: ASQ-3, 18 month
Result: 1 area below cutoff (Communication)
Requested follow-up: phone call

The FHIR bundle is attached (application/fhir+json). To stop receiving these notifications, update your program profile at https://partners.tinysteps.example.com.

TinySteps Partner Notifications"""
    msg = build(formataddr(("TinySteps", "notify@tinysteps.example.com")), formataddr(("HCEIP Intake", "intake@hceip.org")),
                "New shared screening - referral requested", body, d,
                atts=[("screening_%s.json" % pid[:8], js.encode("utf-8"), "application/fhir+json")],
                headers=[("Auto-Submitted", "auto-generated")])
    return msg, k.name


@reg("phi", "struct")
def struct_pipe_extract():
    d = when(1, 8, 7, 0)
    lines = ["CHILD_ID|LAST|FIRST|DOB|SEX|COUNTY|REFERRAL_DT|IFSP_START|STATUS|SERVICES|PAYER"]
    names = []
    for i in range(11):
        k = Kid()
        names.append(k.name)
        ref = k.dob + timedelta(days=random.randint(30, 300))
        if ref > date(2023, 12, 15):
            ref = date(2023, 12, 15) - timedelta(days=random.randint(5, 200))
        ifsp = ref + timedelta(days=random.randint(20, 44))
        lines.append("0427-%s|%s|%s|%s|%s|0427|%s|%s|%s|%s|%s" % (
            digits(6), k.last.upper(), k.first.upper(), fdate(k.dob, "x12"), k.sex, fdate(ref, "x12"),
            fdate(ifsp, "x12"), random.choice(["ACTIVE", "ACTIVE", "ACTIVE", "PEND_EXIT"]),
            random.choice(["SLP", "SLP;DI", "PT;OT", "DI", "OT;SLP;DI", "PT"]),
            random.choice(["MA", "MA", "COMM", "NONE", "MA;COMM"])))
    txt = "\n".join(lines) + "\nTRAILER|%d|%s\n" % (len(lines) - 1, d.strftime("%Y%m%d%H%M%S"))
    body = """Automated weekly extract - County 0427 - Active child count reconciliation.
Records: %d
Please reconcile against your local system and report discrepancies by Friday.

This mailbox is not monitored.""" % (len(lines) - 1)
    msg = build(formataddr(("EI Data System", "eidata-noreply@dhs-ei.example.org")),
                [addr("dana"), addr("colleen")], "[EIDS] Weekly extract 0427 %s" % d.strftime("%Y-%m-%d"), body, d,
                atts=[("EIDS_0427_ACTIVE_%s.txt" % d.strftime("%Y%m%d"), txt, "text/plain")],
                headers=[("Auto-Submitted", "auto-generated")])
    return msg, "; ".join(names)


@reg("phi", "struct")
def struct_ccd():
    k = Kid(sex="F", min_m=22, max_m=26)
    m = mrn()
    a, t, st, z = full_address()
    d = when(2, 15, 15, 20)
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="%s"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="%s"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <recordTarget>
    <patientRole>
      <id extension="%s" root="2.16.840.1.113883.19.5.99999.2"/>
      <addr use="HP"><streetAddressLine>%s</streetAddressLine><city>%s</city><state>PA</state><postalCode>%s</postalCode></addr>
      <telecom value="tel:%s" use="HP"/>
      <patient>
        <name use="L"><given>%s</given><family>%s</family></name>
        <administrativeGenderCode code="%s" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="%s"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author><time value="%s"/><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="1457839201"/>
    <assignedPerson><name><given>Anita</given><family>Okoye</family><suffix>MD</suffix></name></assignedPerson>
    <representedOrganization><name>Cedar Hollow Pediatrics</name></representedOrganization></assignedAuthor></author>
  <component><structuredBody>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.5.1"/>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1"/>
      <title>Problems</title>
      <text><list>
        <item>Expressive language disorder (F80.1) - onset 2023-11</item>
        <item>Recurrent acute otitis media (H66.93) - s/p bilateral tympanostomy tubes 2024-01-09</item>
        <item>Eczema (L30.9)</item>
      </list></text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.1.1"/>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1"/>
      <title>Medications</title>
      <text><list>
        <item>Ciprofloxacin-dexamethasone otic 4 drops each ear BID x7d PRN drainage</item>
        <item>Hydrocortisone 2.5%% cream topically BID PRN</item>
      </list></text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.2.1"/>
      <code code="11369-6" codeSystem="2.16.840.1.113883.6.1"/>
      <title>Immunizations</title>
      <text>Up to date per ACIP schedule through 18 months. Influenza 2023-10-17.</text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.3.1"/>
      <code code="30954-2" codeSystem="2.16.840.1.113883.6.1"/>
      <title>Results</title>
      <text>Audiology 2024-02-06: normal hearing sensitivity bilaterally in sound field; tympanometry Type B with patent PE tubes.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
""" % (hexs(12), d.strftime("%Y%m%d%H%M%S-0500"), m, a, t, z, phone().replace(" ", ""), k.first, k.last,
       k.sex, fdate(k.dob, "x12"), d.strftime("%Y%m%d"))
    body = """Hi Rosa,

Per your request and the signed release from %s's mom, attached is her CCD from our EHR. The audiology report from 2/6 is summarized in the Results section - let me know if you need the full report faxed.

Thank you,
Stacy Lehman, RN
Care Coordination
Cedar Hollow Pediatrics
(717) 555-0181 | fax (717) 555-0188

This e-mail may contain confidential health information protected by state and federal law. If you are not the intended recipient, delete it and notify the sender.""" % k.first
    msg = build(formataddr(("Stacy Lehman, RN", "slehman@cedarhollowpeds.com")), addr("rosa"),
                "Records request - CCD attached", body, d,
                atts=[("CCD_%s_%s.xml" % (k.last, m), xml, "text/xml")])
    return msg, k.name

# ===========================================================================
# CLEAN : admin
# ===========================================================================
@reg("clean", "admin")
def admin_playroom():
    d = when(7, 8, 10, 2)
    body = """Hi all,

The playroom (Rm 112) and the observation room will be closed July 22 - August 2 while the carpet is replaced with the new antimicrobial flooring. The adjacent sensory gym (Rm 114) will stay open but it will be noisy on the 22nd and 23rd.

What this means:
- Toddler playgroups (Tues/Thurs) move to the Harlow Public Library community room for those two weeks. Library is booked 9:30-11:30, setup at 9.
- Center-based evaluations: please book Conference Room B, or do them in the home. Lorraine has been told.
- The toy carts and the therapy ball bin will be moved to the storage closet by the break room. Please don't take items home without signing them out.
- The changing table is being replaced too (finally). Use the one in the staff restroom in the meantime.

Facilities will send a reminder the Friday before. Questions to me.

Maureen

%s

%s""" % (sig("maureen"), disc(0))
    msg = build(addr("maureen"), formataddr(("HCEIP All Staff", "allstaff@hceip.org")),
                "Playroom closed 7/22-8/2 (flooring)", body, d, html=True,
                atts=[("image001.png", logo_png(), "image/png")])
    return msg, ""


@reg("clean", "admin")
def admin_evv_update():
    d = when(4, 24, 15, 33)
    body = """Team,

VisitTrak (the EVV app) version 5.2 is being pushed to all county tablets and phones this Friday 4/26 after 6 PM.

BEFORE Friday at 5 PM, please:
  1. Open VisitTrak and tap Sync until it shows "0 pending".
  2. Make sure all visit notes for the week are signed. Unsigned notes on the device may not carry over.
  3. Leave the tablet plugged in and on Wi-Fi Friday night.

What changes in 5.2:
  - Parent signature screen now supports Spanish, Arabic and Vietnamese prompts.
  - GPS check-in radius tightened from 0.5 mi to 0.25 mi to meet the state's EVV rule. If you park down the street, check in at the door.
  - Telehealth visits now have a separate "tele" button, no more typing POS 10 in the notes.

If your tablet shows an error code 40x after the update, open a ticket at helpdesk.hceip.org or call me at x150. Please don't factory reset on your own.

Trevor Caldwell
IT Support Specialist
Harlow County Early Intervention Program
(717) 555-0150"""
    msg = build(addr("trevor"), formataddr(("HCEIP All Staff", "allstaff@hceip.org")),
                "ACTION NEEDED: sync VisitTrak before Friday update", body, d,
                headers=[("Importance", "High"), ("X-Priority", "2")])
    return msg, ""


@reg("clean", "admin")
def admin_billing_policy():
    d = when(6, 14, 11, 15)
    body = """Hello everyone,

Some billing changes go into effect with the new Medical Assistance fee schedule on July 1, 2024. Please read through, and bring questions to the 6/27 staff meeting.

1. Therapy modifiers are now required on every line. SLP = GN, OT = GO, PT = GP. Claims without them will deny CO-16 (we saw a few of these already in May).

2. Telehealth. Use POS 10 for visits where the family is at home, POS 02 when they are somewhere else (daycare, grandparent). Add modifier 95 for live video. Audio-only visits are no longer billable except for service coordination.

3. Special instruction (developmental specialists) moves to T1027 with units of 15 minutes. Round to the nearest unit using the 8-minute rule.

4. Service coordination (T1016) is still billed monthly through the SC agency, no change.

5. Timely filing with Riverbend is shortened to 90 days from DOS. Please get visit notes signed within 48 hours so we can bill weekly.

6. Reminder: families are never billed for evaluation, service coordination, or procedural safeguards. If you ever hear a parent say they got a bill, send it to me.

Rates for the common codes will be posted on the shared drive (Billing > Fee Schedules > 2024-07) once the state publishes them.

Thanks,
Yesenia

%s""" % sig("yesenia")
    msg = build(addr("yesenia"), [formataddr(("HCEIP Clinical Staff", "clinical@hceip.org")),
                                  formataddr(("Sprout Therapists", "therapists@sprouttherapy.net"))],
                "Billing changes effective 7/1 - modifiers, telehealth POS, T1027", body, d,
                cc=[addr("dana"), addr("beth")], html=True)
    return msg, ""


@reg("clean", "admin")
def admin_supplies():
    d0 = when(2, 5, 9, 10)
    d1 = when(2, 5, 11, 48)
    orig = """Maureen,

Can we order more BDI-3 record forms? We're down to 6 complete kits and there are 14 evals on the calendar for February. Also the Spanish parent report forms - we have none.

Also, somebody put the wet toys back in the clean bin again. Can we put up a sign?

Priya"""
    body = """Priya - ordered this morning:
  - BDI-3 complete record forms, pkg of 25, qty 2
  - BDI-3 Spanish parent report, pkg of 25, qty 1
  - Bayley-4 stimulus book replacement (the one with the torn page), qty 1
Should arrive by the 12th. I'll put them in the eval cabinet.

Sign is up. New rule for the toy bins, per the infection control policy:
  - Dirty bin (red lid) - anything mouthed or used during a visit goes in here.
  - We wipe with the green-top wipes (2 min wet contact), air dry on the rack, THEN to the blue bin.
  - Plush toys are single-family only, no sharing.
  - Please don't take toys from the blue bin for home visits unless they're bagged.

Maureen

%s
%s""" % (outlook_hdr("Priya Raghunathan", d0, "Maureen Castellano", "eval forms + toys"), orig)
    msg = build(addr("maureen"), addr("priya"), "RE: eval forms + toys", body, d1,
                cc=formataddr(("HCEIP Clinical Staff", "clinical@hceip.org")))
    return msg, ""


@reg("clean", "admin")
def admin_icc_agenda():
    d = when(5, 29, 14, 0)
    s = when(6, 6, 13, 0)
    e = when(6, 6, 15, 0)
    body = """Harlow County Local Interagency Coordinating Council (LICC)
Thursday, June 6, 2024, 1:00 - 3:00 PM
Harlow County Human Services Building, 2nd floor Community Room, and by Zoom

AGENDA
1. Welcome and introductions - Chair (parent member)
2. Approval of April minutes
3. Program report (Dana Whitcomb)
   - Referral and enrollment trends, Jan-Apr
   - 45-day timeline compliance
   - Staffing: SLP vacancy update
4. Child find: pediatric office outreach plan for fall; library screening days
5. Transition: new MOU with Alder Creek SD and Millbrook Area SD, timeline for signatures
6. Family engagement: parent mentor program, Spanish-language support group
7. Public comment
8. Adjourn

Parking is free in the rear lot. Childcare and interpreters available on request - reply by June 3.

Dana Whitcomb, MBA
Program Manager, Harlow County Early Intervention Program
(717) 555-0101"""
    ics = make_ics("licc-20240606-%s@hceip.org" % hexs(6), "LICC Meeting", s, e,
                   "Human Services Bldg 2nd fl Community Room / Zoom", STAFF["dana"]["email"],
                   "Harlow County LICC. Agenda in the message body.")
    msg = build(addr("dana"), formataddr(("LICC Members", "licc-members@hceip.org")),
                "LICC meeting June 6 - agenda", body, d,
                atts=[("invite.ics", ics, "text/calendar")])
    return msg, ""


@reg("clean", "admin")
def admin_payer_contract():
    d = when(8, 20, 16, 5)
    body = """Dana,

Summary of the Pinnacle Mutual renewal draft (effective 10/1/2024) so you don't have to read all 38 pages:

Rates
- Therapy codes (92507, 92523, 97110, 97112, 97530, 97535) at 118%% of the current Medicare fee schedule, up from 110%%.
- 96112/96113 developmental testing: flat $210 / $85 per add-on unit.
- T1027 still not covered - they're treating special instruction as educational. We should push back again.

Administrative
- Timely filing stays at 180 days. Corrected claims 365 days.
- Prior auth required after the first 12 visits per discipline per calendar year (it was 20). Auth turnaround 5 business days.
- Place of service 12 (home) and 99 (other/community) both accepted. Telehealth at parity through 12/31/2025.
- Appeals: 2 levels, 60 days each.

Credentialing
- All rendering providers must be individually credentialed, including contracted Sprout therapists. Beth says 3 of hers aren't yet.

My recommendation: sign, but ask for (1) T1027 coverage or a carve-out letter for IFSP services, (2) back to 20 visits before auth. I can draft the counter-proposal by Friday.

Yesenia

%s""" % disc(0)
    msg = build(addr("yesenia"), addr("dana"), "Pinnacle contract renewal - summary", body, d, cc=addr("devin"))
    return msg, ""


@reg("clean", "admin")
def admin_mileage():
    d = when(1, 10, 13, 40)
    body = """Hi everyone,

Happy new year. Two housekeeping things about mileage for home visits:

1. The IRS rate went up to 67 cents/mile as of January 1. The county is matching it. Log your January trips at the new rate.

2. Mileage logs are due the 5th of each month, in the new Excel template only (Shared > Forms > Mileage_2024.xlsx). We can't accept the old paper log anymore. Per county policy, list the town of each visit, not the family's street address. Start/end odometer readings are still required.

Fleet cars: the two Corollas are available for staff whose personal vehicle is in the shop. Reserve through me at least a day ahead. Keys in the lockbox, code changes monthly.

Thanks,
Maureen

%s""" % sig("maureen")
    msg = build(addr("maureen"), formataddr(("HCEIP All Staff", "allstaff@hceip.org")),
                "Mileage rate 2024 + log reminder", body, d)
    return msg, ""

# ===========================================================================
# CLEAN : lookalike
# ===========================================================================
@reg("clean", "lookalike")
def look_invoice():
    inv = "INV-%s" % digits(7)
    po = "HC-24-%s" % digits(4)
    trk = "1Z%s%s" % (hexs(6).upper(), digits(10))
    d = when(2, 9, 14, 3)
    body = """Thank you for your order.

Invoice:        %s
Invoice date:   02/09/2024
Customer #:     C-0047721
PO #:           %s
Terms:          Net 30
Ship via:       UPS Ground   Tracking %s

Item        Description                                       Qty   Unit      Ext
----------  ------------------------------------------------  ---  --------  --------
BDI3-RF25   BDI-3 Complete Record Forms, pkg/25                 2   $132.00   $264.00
BDI3-SPR25  BDI-3 Parent Report (Spanish), pkg/25               1    $58.50    $58.50
BAY4-SB1    Bayley-4 Stimulus Book 1                            1   $289.00   $289.00
                                                            Subtotal            $611.50
                                                            Shipping             $24.46
                                                            Tax (exempt 75-%s)    $0.00
                                                            TOTAL               $635.96

Remit to: Pearlstone Assessments, PO Box 77120, Dept 4410, Columbus OH 43277
Questions: ar@pearlstoneassess.example.com, 1-800-555-0163 option 3""" % (inv, po, trk, digits(7))
    msg = build(formataddr(("Pearlstone Assessments AR", "ar@pearlstoneassess.example.com")), addr("maureen"),
                "Invoice %s for PO %s" % (inv, po), body, d,
                atts=[("%s.pdf" % inv, make_pdf(["PEARLSTONE ASSESSMENTS", "INVOICE %s" % inv, "PO %s" % po,
                                                  "Bill to: Harlow County Early Intervention Program",
                                                  "1180 Courthouse Square, Suite 300, Harlow PA 17033",
                                                  "Total due: $635.96   Due date: 03/10/2024"], inv), "application/pdf")])
    return msg, ""


@reg("clean", "lookalike")
def look_directory():
    d = when(1, 16, 9, 30)
    rows = [("Brandt, Kelly", "PT, DPT", "PT0%s" % digits(5), "19%s" % digits(8), "(717) 555-0131"),
            ("Delgado-Hunt, Rosa", "CCC-SLP", "SL0%s" % digits(5), "12%s" % digits(8), "(717) 555-0132"),
            ("Greer, Tamika", "OTR/L", "OT0%s" % digits(5), "16%s" % digits(8), "(717) 555-0133"),
            ("Haddad, Nadia", "OTR/L", "OT0%s" % digits(5), "11%s" % digits(8), "(717) 555-0144"),
            ("Lindqvist, Hannah", "M.Ed. (DS)", "n/a", "n/a", "(717) 555-0141"),
            ("Orlova, Svetlana", "CCC-SLP", "SL0%s" % digits(5), "14%s" % digits(8), "(717) 555-0134"),
            ("Raghunathan, Priya", "CCC-SLP", "SL0%s" % digits(5), "17%s" % digits(8), "(717) 555-0143"),
            ("Whitlock, Carmen", "B.S. (DS)", "n/a", "n/a", "(717) 555-0142")]
    lines = ["%-22s %-12s %-11s %-12s %s" % ("Provider", "Credential", "PA License", "NPI", "Direct")]
    lines += ["%-22s %-12s %-11s %-12s %s" % r for r in rows]
    body = """Hi Yesenia,

Updated rendering provider list for the Pinnacle credentialing packet. Licences verified on the state licence lookup today, all active through at least 12/31/2025 (SLP) / 12/31/2024 (PT, OT). DS staff aren't licensed so they're listed under the group NPI 1538274910.

%s

Group Tax ID 23-1234567, group NPI 1538274910, taxonomy 261QR0405X.
Main (717) 555-0100, fax (717) 555-0199.

Maureen""" % "\n".join(lines)
    msg = build(addr("maureen"), addr("yesenia"), "provider roster w/ NPI + license for credentialing", body, d,
                atts=[("provider_roster_2024-01.csv",
                       csv_text([["provider", "credential", "license", "npi", "phone"]] + [list(r) for r in rows]),
                       "text/csv")])
    return msg, ""


@reg("clean", "lookalike")
def look_code_list():
    d = when(3, 20, 12, 0)
    body = """Quick reference - diagnosis codes we see most on EI referrals and IFSPs. Please use the most specific code the evaluation supports. No patient info in here, feel free to print.

ICD-10-CM
  F80.0    Phonological disorder
  F80.1    Expressive language disorder
  F80.2    Mixed receptive-expressive language disorder
  F80.9    Developmental disorder of speech and language, unspecified
  F82      Specific developmental disorder of motor function
  F88      Other disorders of psychological development (global developmental delay)
  R62.0    Delayed milestone in childhood
  R62.50   Unspecified lack of expected normal physiological development in childhood
  R63.30   Feeding difficulties, unspecified
  R63.32   Pediatric feeding disorder, chronic
  M43.6    Torticollis
  Q90.9    Down syndrome, unspecified
  P07.32   Preterm newborn, gestational age 29 completed weeks
  P07.35   Preterm newborn, gestational age 32 completed weeks
  Z13.42   Encounter for screening for global developmental delays

CPT / HCPCS
  96112    Developmental test administration, first hour
  96113    each additional 30 minutes
  92507    Treatment of speech, language, voice, communication
  92523    Evaluation of speech sound production with language comprehension
  92526    Treatment of swallowing dysfunction and/or oral function for feeding
  97110    Therapeutic exercise, each 15 min
  97530    Therapeutic activities, each 15 min
  97535    Self-care/home management training, each 15 min
  T1027    Family training and counseling for child development, per 15 min
  T1016    Case management, each 15 min

Modifiers: GN (SLP), GO (OT), GP (PT), 95 (synchronous telehealth), HN/HO (credential level, MA only).

Yesenia Paredes | Billing & Claims Lead | x148"""
    msg = build(addr("yesenia"), formataddr(("HCEIP Clinical Staff", "clinical@hceip.org")),
                "cheat sheet: common EI dx + CPT codes", body, d, html=True)
    return msg, ""


@reg("clean", "lookalike")
def look_ticket():
    tk = "INC%s" % digits(7)
    d = when(4, 29, 8, 4)
    body = """Your request has been updated.

Ticket:        %s
Status:        Resolved
Priority:      3 - Moderate
Requested by:  Hannah Lindqvist
Assigned to:   Trevor Caldwell
Category:      Hardware > Tablet
Asset tag:     HC-TAB-0%s
Serial:        R52T%s
IMEI:          35%s
Opened:        04/26/2024 18:42
Resolved:      04/29/2024 08:03

Resolution notes:
VisitTrak 5.2 update stuck at 86%%. Cleared app cache, re-enrolled device in MDM (policy EI-Field-v7), reinstalled 5.2.0 build 5204. Confirmed sync: 0 pending. User verified login.

If the issue is not resolved, reply to this email within 5 days to reopen the ticket.

HCEIP IT Helpdesk | helpdesk.hceip.org | x150""" % (tk, digits(3), hexs(7).upper(), digits(13))
    msg = build(formataddr(("HCEIP IT Helpdesk", "helpdesk@hceip.org")), addr("hannah"),
                "[%s] Resolved: tablet update stuck at 86%%" % tk, body, d,
                headers=[("Auto-Submitted", "auto-generated")])
    return msg, ""


@reg("clean", "lookalike")
def look_quarterly_stats():
    d = when(4, 15, 17, 12)
    body = """All,

Q1 2024 (Jan-Mar) numbers for the county, for the LICC packet. Aggregate only.

Referrals received ............... 412  (Q1 2023: 371, +11.1%)
  Physician ...................... 198
  Parent/family .................. 97
  Hospital/NICU .................. 54
  CAPTA/child welfare ............ 23
  Other (childcare, ECE) ......... 40
Evaluated ........................ 301
Found eligible ................... 218  (72.4% of evaluated)
Initial IFSPs within 45 days ..... 209/218 (95.9%; 7 of 9 late for family reasons)
Services begun within 30 days .... 97.2%
Children with active IFSP 3/31 ... 1,046
Median age at referral ........... 17.4 months
Exits to Part B eligible ......... 61
Visits delivered via telehealth .. 6.8%

Language other than English at home: 19% (Spanish 12%, Arabic 2%, Vietnamese 1.5%, other 3.5%).

Full dashboard on the shared drive. Counts under 11 are suppressed in the public version.

Dana""" 
    msg = build(addr("dana"), [addr("colleen"), addr("beth"), addr("yesenia")], "Q1 2024 numbers for LICC", body, d,
                atts=[("Q1_2024_dashboard.xlsx",
                       make_xlsx([["Measure", "Q1 2023", "Q1 2024"], ["Referrals", 371, 412], ["Evaluated", 280, 301],
                                  ["Eligible", 199, 218], ["45-day compliance %", 93.5, 95.9],
                                  ["Active IFSPs (end of qtr)", 988, 1046]], "Q1"), XLSX_T)])
    return msg, ""


@reg("clean", "lookalike")
def look_recall():
    d = when(9, 3, 10, 0)
    body = """URGENT: VOLUNTARY PRODUCT RECALL NOTICE

Dear Valued Customer,

BrightPath Adaptive is voluntarily recalling the Upright Toddler Feeding Seat, size 1 (SKU TFS-100-1), manufactured between 01/15/2024 and 06/30/2024, because the pommel bolt may loosen with repeated adjustment.

Affected lot numbers:
  L24-0115 through L24-0188
  L24-0201 through L24-0230

Serial number range: TFS1-240115-0001 through TFS1-240630-2217 (label is under the seat, near the rear left leg).

Our records show your organization purchased 4 units under customer account C-88213 (PO HC-24-3317, HC-24-4410). Please:
  1. Contact the families or sites where these seats are in use and ask them to stop using the pommel until it is replaced.
  2. Reply to this email with the serial numbers of the affected units.
  3. We will ship a free replacement pommel kit (SKU TFS-PK) with installation instructions within 10 business days.

No injuries have been reported. This recall is being conducted with the knowledge of the U.S. Consumer Product Safety Commission.

BrightPath Adaptive Customer Care
1-800-555-0144 | recalls@brightpathadaptive.example.com"""
    msg = build(formataddr(("BrightPath Adaptive", "recalls@brightpathadaptive.example.com")), addr("nadia"),
                "Recall notice - Toddler Feeding Seat TFS-100-1 lots L24-0115 to L24-0230", body, d,
                cc=addr("maureen"), html=True)
    return msg, ""


@reg("clean", "lookalike")
def look_conference():
    conf = "DEC24-%s" % digits(6)
    d = when(7, 30, 11, 21)
    body = """Registration Confirmation

Thank you for registering for the 2024 Early Childhood Inclusion & Intervention Conference.

Attendee:          Priya Raghunathan, M.A., CCC-SLP
Organization:      Harlow County Early Intervention Program
Confirmation #:    %s
Registration type: Full conference, member rate
Amount paid:       $395.00 (Visa ending 4417, auth %s)
ASHA CEUs:         up to 1.5 (provider #AAUS%s)

Dates: October 17-19, 2024
Venue: Lancaster Riverfront Convention Center, 25 S. Queen St. Ballroom A-C
Hotel block: Riverfront Marriott, code ECII24, rate $169/night until 9/20

Sessions you selected:
  Thu 10/17 1:30 PM   Coaching caregivers in routines: 5 strategies that stick (Rm 201)
  Fri 10/18 9:00 AM   Feeding in the first three years: red flags for the generalist (Rm 108)
  Fri 10/18 2:15 PM   Measuring child outcomes: using the COS well (Ballroom B)

Please bring this confirmation or your QR code to the registration desk.

ECII Conference Office | registration@ecii-conference.example.org | (412) 555-0120""" % (conf, digits(6), digits(4))
    msg = build(formataddr(("ECII Conference", "registration@ecii-conference.example.org")), addr("priya"),
                "Your registration is confirmed - %s" % conf, body, d, html=True)
    return msg, ""

# ===========================================================================
# CLEAN : news
# ===========================================================================
@reg("clean", "news")
def news_program_newsletter():
    d = when(5, 1, 7, 30)
    text = """THE LITTLE STEPS UPDATE - May 2024
Harlow County Early Intervention Program staff newsletter

STAFF SPOTLIGHT
This month we're celebrating Svetlana Orlova, SLP, who has now completed her certification in the Hanen "It Takes Two to Talk" program. Svetlana will run the fall parent group in both English and Russian. Ask her about the "OWL" strategy (Observe, Wait, Listen) - it's changing how a lot of us coach.

NUMBERS WE'RE PROUD OF
Our 45-day timeline was 95.9% for Q1. Thank you to intake, SCs and evaluators who juggled a record 412 referrals.

BETTER HELLO MAY 18
Our Better Hello Family Day is Saturday May 18, 10-1, at Fenwick Park pavilion. Free developmental screenings (ASQ-3) for any child under 5, bubbles, a sensory table and the fire truck. We need 6 staff volunteers - sign up with Maureen.

TIP OF THE MONTH: BATH TIME IS LANGUAGE TIME
Share with families: bath time is a 10-minute routine that happens almost every day. Narrate, pause before the last word of a song, offer choices of toys. Small and repeated beats long and rare.

REMINDERS
- Summer schedule requests due May 15.
- CPR recertification: June 12, Conference Room B.
- New VisitTrak version is out - sync daily.

Have something for next month? Email Maureen by May 24."""
    html = """<html><body style="font-family:Georgia,serif;max-width:640px">
<div style="background:#2e8b57;color:#fff;padding:14px"><h1 style="margin:0">The Little Steps Update</h1><div>May 2024 &middot; Harlow County Early Intervention Program</div></div>
<h2>Staff spotlight</h2><p>This month we're celebrating <b>Svetlana Orlova, SLP</b>, who has now completed her certification in the Hanen &ldquo;It Takes Two to Talk&rdquo; program. Svetlana will run the fall parent group in both English and Russian.</p>
<h2>Numbers we're proud of</h2><p>Our 45-day timeline was <b>95.9%</b> for Q1.</p>
<h2>Better Hello May 18</h2><p>Saturday May 18, 10-1, Fenwick Park pavilion. Free developmental screenings (ASQ-3) for any child under 5.</p>
<h2>Tip of the month: bath time is language time</h2><p>Narrate, pause before the last word of a song, offer choices of toys.</p>
<h2>Reminders</h2><ul><li>Summer schedule requests due May 15.</li><li>CPR recertification: June 12, Conference Room B.</li><li>New VisitTrak version is out - sync daily.</li></ul>
<img src="cid:logo" alt="HCEIP"></body></html>"""
    msg = build(formataddr(("Little Steps Update", "newsletter@hceip.org")),
                formataddr(("HCEIP All Staff", "allstaff@hceip.org")), "The Little Steps Update - May 2024", text, d,
                html=html)
    # inline logo
    html_part = msg.get_payload()[1]
    html_part.add_related(logo_png(), maintype="image", subtype="png", cid="<logo>", filename="logo.png")
    return msg, ""


@reg("clean", "news")
def news_state_bulletin():
    d = when(7, 2, 12, 0)
    body = """EARLY INTERVENTION BULLETIN 24-07
Bureau of Early Intervention Services
Issued: July 2, 2024

TO: County EI Program Administrators, Service Coordination Entities, EI Providers

SUBJECT: Federal Determination and State Performance Plan Update

1. OSEP Determination. The U.S. Department of Education, Office of Special Education Programs, has determined that the state "Meets Requirements" under IDEA Part C for the fifth consecutive year.

2. Child Find. Statewide referrals rose 8.3% in FY 2023-24. The percentage of infants under 12 months served (1.61%) remains above the national average. Counties with rates below 1.2% will receive technical assistance this fall.

3. Child Outcomes. Summary statement 1 (greater than expected growth) for social relationships was 71.4%, knowledge and skills 74.0%, actions to meet needs 76.8%.

4. Family Outcomes. 92% of responding families reported that EI helped them help their child develop and learn. Response rate was 31%; counties are asked to share the survey link at every annual IFSP.

5. Reminder: the revised Annual Determination Data Verification form is due August 30. Submit through the secure portal only; do not email data files containing child-level records.

Questions: RA-EIBULLETIN@dhs-ei.example.org

This bulletin is posted at dhs-ei.example.org/bulletins."""
    msg = build(formataddr(("EI Bulletins", "bulletins@dhs-ei.example.org")),
                formataddr(("County EI Administrators", "county-admins@lists.dhs-ei.example.org")),
                "EI Bulletin 24-07: Federal Determination and SPP Update", body, d,
                headers=[("List-Id", "<county-admins.lists.dhs-ei.example.org>"),
                         ("List-Unsubscribe", "<mailto:leave-county-admins@lists.dhs-ei.example.org>")],
                atts=[("EIB_24-07.pdf", make_pdf(["EARLY INTERVENTION BULLETIN 24-07",
                                                  "Federal Determination and State Performance Plan Update",
                                                  "Issued July 2, 2024", "", "See e-mail for summary."], "EIB 24-07"),
                       "application/pdf")])
    return msg, ""


@reg("clean", "news")
def news_research_summary():
    d = when(3, 13, 8, 0)
    body = """Research Roundup - March 2024
Curated for early intervention practitioners by the Regional Early Childhood Technical Assistance Center

1. Telehealth coaching holds up.
A randomized trial across 4 states (n = 212 families of toddlers with language delays) compared caregiver coaching by video with in-person coaching. After 16 weeks, child expressive vocabulary gains were not significantly different between groups (mean difference 3.1 words, 95% CI -4.2 to 10.4). Caregiver strategy use was slightly higher in the telehealth group. Families in rural areas were more likely to complete the program by video.

2. Earlier is better, but late isn't too late.
A cohort study of 9,800 children who exited Part C found that each month earlier at entry was associated with a small increase in the proportion meeting age expectations at exit. Children who entered after 24 months still showed meaningful gains.

3. Screening in the NICU follow-up clinic.
A quality improvement project raised EI referral at NICU discharge from 62% to 91% by adding a referral field to the discharge order set.

Practice takeaway: coaching caregivers inside daily routines works whether you're in the living room or on a screen. Focus on what the family does every day.

Full citations and a one-page handout are on our website. To unsubscribe from Research Roundup, click here."""
    msg = build(formataddr(("RECTAC Research Roundup", "roundup@rectac.example.org")), addr("beth"),
                "Research Roundup: telehealth coaching, age at entry, NICU referral", body, d, html=True,
                headers=[("List-Unsubscribe", "<https://rectac.example.org/unsubscribe>")])
    return msg, ""


@reg("clean", "news")
def news_public_health():
    d = when(10, 7, 9, 0)
    body = """Harlow County Health Department - Provider Advisory
October 7, 2024

RSV, flu and COVID-19 season: what home visitors need to know

Respiratory virus activity in the county is rising. Last week 6.2% of emergency department visits for children under 5 were for RSV-like illness, up from 2.8% three weeks ago.

For staff who visit infants and toddlers in the home:
- Ask families about fever, cough or breathing trouble before each visit and reschedule or switch to video when a child or household member is sick.
- Wash hands on arrival and before leaving; carry alcohol-based sanitizer.
- Stay home when you're sick. Masks are encouraged during visits to households with infants under 6 months or medically fragile children.
- Share the new options with families: RSV immunization for infants under 8 months (nirsevimab) and maternal RSV vaccine at 32-36 weeks of pregnancy are available at pediatric and OB offices and at the county clinic.

Free flu shots for uninsured adults: Tuesdays 4-7 PM at the County Health Center, 300 W. Main St.

Lead reminder: the state requires blood lead testing at 12 and 24 months. If families aren't sure whether it was done, encourage them to ask their child's doctor.

Harlow County Health Department | (717) 555-0170"""
    msg = build(formataddr(("Harlow County Health Dept", "advisories@harlowhealth.example.org")),
                formataddr(("Community Partners", "partners@lists.harlowhealth.example.org")),
                "Provider Advisory: respiratory season for home visitors", body, d)
    return msg, ""


@reg("clean", "news")
def news_vendor_marketing():
    d = when(8, 14, 10, 30)
    body = """Hi Nadia,

Back-to-school is for the big kids - but your littlest clients are growing too!

NEW this fall from BrightPath Adaptive:
  * The Nestle Floor Sitter - adjustable lateral supports for babies 6-24 months, washable cover in 3 colors
  * Grip & Go Utensils - weighted handles, dishwasher safe, now in a 2-pack
  * FirstStep Gait Trainer XS - fits children from 70 cm, folds flat for home visits

Therapist exclusive: 15% off your first order with code PEDS15 through September 30. Free shipping on orders over $150.

Join our free webinar "Positioning for play: choosing the right seat" on September 12 at 12 PM ET. 1 contact hour (AOTA approved provider #12345).

Shop the catalog: brightpathadaptive.example.com/fall

BrightPath Adaptive, 88 Commerce Dr, Allentown PA 18109
You're receiving this because you purchased from BrightPath Adaptive. Unsubscribe | Manage preferences"""
    html = to_html(body, "Helvetica, Arial, sans-serif").replace("<body ", "<body bgcolor=\"#fafafa\" ")
    msg = build(formataddr(("BrightPath Adaptive", "hello@news.brightpathadaptive.example.com")), addr("nadia"),
                "New for fall: floor sitter, weighted utensils + 15% off", body, d, html=html,
                headers=[("List-Unsubscribe", "<https://brightpathadaptive.example.com/unsub>"),
                         ("Precedence", "bulk")])
    return msg, ""


@reg("clean", "news")
def news_spanish_family_group():
    d = when(9, 9, 14, 0)
    body = """¡Hola familias!

El Programa de Intervención Temprana del Condado de Harlow invita a todas las familias hispanohablantes a nuestro nuevo grupo de apoyo "Creciendo Juntos".

¿Cuándo? El segundo jueves de cada mes, de 6:00 a 7:30 de la tarde, empezando el 12 de septiembre.
¿Dónde? Biblioteca Pública de Harlow, sala comunitaria (primer piso). También por Zoom.

Cada mes tendremos un tema:
  - Septiembre: Cómo hablar con su bebé en dos idiomas
  - Octubre: La hora de comer sin lágrimas
  - Noviembre: El paso al preescolar a los 3 años

Habrá cuidado de niños gratis, comida y un regalo para cada familia. No es necesario registrarse, pero nos ayuda saber cuántos vienen: llame o mande un texto a Gloria al (717) 555-0123.

¡Los esperamos!

Programa de Intervención Temprana del Condado de Harlow
Bridgeway Family Services

---
English: Spanish-speaking families are invited to our new monthly support group "Growing Together", second Thursday of each month, 6:00-7:30 PM, Harlow Public Library and Zoom. Free childcare and food."""
    msg = build(addr("gloria"), formataddr(("Familias EI (lista)", "familias-ei@lists.bridgewayfamily.org")),
                "Nuevo grupo de apoyo para familias: Creciendo Juntos", body, d, html=True,
                headers=[("Precedence", "list")])
    return msg, ""

# ===========================================================================
# CLEAN : staff
# ===========================================================================
@reg("clean", "staff")
def staff_holiday_coverage():
    d = when(11, 18, 13, 5)
    body = """Hi team,

Thanksgiving week coverage, Nov 25-29. Office closed Thursday 11/28 and Friday 11/29. Intake line forwards to the on-call SC both days.

Date        On-call SC (intake line)      Clinical on-call             Office
----------  ----------------------------  ---------------------------  ------------------
Mon 11/25   Jenna Fairweather             Kelly Brandt, PT, DPT        Maureen
Tue 11/26   Gloria Anaya (Spanish)        Priya Raghunathan, CCC-SLP   Maureen
Wed 11/27   Linh Tran                     Tamika Greer, OTR/L          Lorraine (half day)
Thu 11/28   Marcus Oyelaran (phone only)  -                            CLOSED
Fri 11/29   Mei Huang (phone only)        -                            CLOSED

On-call cell: (717) 555-0111. Pick up the phone from the front desk Wednesday at 4.

If you need to swap, arrange it with each other and tell me - don't just trade in the group text.

Thanks and enjoy the break!
Colleen

%s""" % sig("colleen")
    msg = build(addr("colleen"), formataddr(("Bridgeway SC Team", "sc-team@bridgewayfamily.org")),
                "Thanksgiving week coverage", body, d, cc=addr("maureen"), html=True)
    return msg, ""


@reg("clean", "staff")
def staff_open_enrollment():
    d = when(10, 21, 8, 15)
    body = """Hi all,

Open enrollment for 2025 benefits runs November 1 - November 15. This is the only time of year you can change your medical, dental and vision elections unless you have a qualifying life event.

What's new for 2025:
- Medical: the county is adding a second PPO option with a lower premium and a $1,500 deductible. The HMO stays the same.
- Employee premium share goes up 2%% on the PPO plans. The HMO premium does not change.
- Dental: orthodontia lifetime max increases to $2,000.
- FSA limit: $3,200. Dependent care FSA: $5,000.
- New: free access to the EAP counseling app for you and household members.

Information sessions (Conference Room B and Teams):
  Tue 10/29  12:00-1:00
  Thu 10/31  4:30-5:30 (for field staff)

If you do nothing, your current elections roll over EXCEPT the FSA, which you need to re-elect every year.

Benefit guides are attached. Questions? Reply to me or call.

Wesley Pruitt, SHRM-CP
HR Generalist | Harlow County Early Intervention Program
(717) 555-0152

%s""" % disc(1)
    msg = build(addr("wesley"), formataddr(("HCEIP All Staff", "allstaff@hceip.org")),
                "Open enrollment Nov 1-15 - what's changing for 2025", body, d,
                atts=[("2025_Benefits_Guide.pdf", make_pdf(["HARLOW COUNTY - 2025 EMPLOYEE BENEFITS GUIDE",
                                                            "Open enrollment: November 1-15, 2024",
                                                            "Medical: HMO, PPO 500, PPO 1500 (new)",
                                                            "Dental: Basic, Enhanced  |  Vision: VSP",
                                                            "FSA $3,200   DCFSA $5,000",
                                                            "Contact HR: (717) 555-0152"], "Benefits Guide"),
                       "application/pdf")])
    return msg, ""


@reg("clean", "staff")
def staff_timesheets():
    d = when(12, 16, 10, 2)
    body = """hi everyone - because of the holiday, timesheets for the 12/15-12/28 pay period are due MONDAY 12/23 by noon instead of the 30th. Estimate 12/23-12/28 if you have to and correct next period.

Paychecks for that period will be deposited 12/31.

Reminder: holiday hours go under code HOL (8.0), not PTO. Field staff, your unit counts for the week still need to be in VisitTrak by Friday.

thx!
Maureen"""
    msg = build(addr("maureen"), formataddr(("HCEIP All Staff", "allstaff@hceip.org")),
                "timesheets due EARLY - 12/23 noon", body, d)
    return msg, ""


@reg("clean", "staff")
def staff_retirement():
    d = when(6, 3, 11, 40)
    s = when(6, 21, 15, 0)
    e = when(6, 21, 17, 0)
    body = """Friends,

After 22 years of home visits, thousands of miles on her Subaru and who knows how many bubble wands, our own Lorraine Petty is retiring at the end of June!

Lorraine started as a developmental specialist in 2002, back when IFSPs were on carbon paper, and has run intake since 2015. Half of us were hired after a phone call from her.

Please join us:
  Friday, June 21, 3:00-5:00 PM
  Fenwick Park pavilion (rain location: Conference Room B)
  Cake, lemonade, and a slideshow. Families of staff welcome.

We're collecting for a group gift (she wants a kayak!). Envelope is in Maureen's office through 6/14, or Venmo @Maureen-Castellano-HC with "Lorraine" in the note.

If you have a favorite photo or story, send it to me by 6/17 for the slideshow.

Dana"""
    ics = make_ics("retire-lp-%s@hceip.org" % hexs(6), "Lorraine's retirement celebration!", s, e,
                   "Fenwick Park pavilion (rain: Conf Rm B)", STAFF["dana"]["email"])
    msg = build(addr("dana"), formataddr(("HCEIP All Staff", "allstaff@hceip.org")),
                "Celebrating Lorraine - June 21!", body, d, html=True,
                atts=[("Lorraine_celebration.ics", ics, "text/calendar")])
    return msg, ""


@reg("clean", "staff")
def staff_leave_coverage():
    d = when(5, 3, 16, 20)
    body = """Hi all,

Heads up that Tamika will be out on leave from Monday 5/6 through Friday 5/24. She's returning 5/28 (after Memorial Day).

While she's out:
- Nadia is covering her Harlow and Lindell families. Jenna has the list and is calling families this afternoon so no one is surprised.
- Her Quarryville families will have a 3-week pause with make-up visits in June. SCs, please note the reason in contact notes as "provider unavailable" so it doesn't count against the family.
- Cotreats with Kelly are on hold until she's back.

Please don't contact Tamika about work while she's out. Questions to me.

Beth

Beth Sorensen, PT, MPT
Clinical Director | Sprout Pediatric Therapy Group
(717) 555-0135"""
    msg = build(addr("beth"), [formataddr(("Sprout Therapists", "therapists@sprouttherapy.net")),
                               formataddr(("Bridgeway SC Team", "sc-team@bridgewayfamily.org"))],
                "Tamika out 5/6-5/24 - coverage", body, d)
    return msg, ""


@reg("clean", "staff")
def staff_new_hire():
    d = when(8, 26, 9, 5)
    body = """Please join me in welcoming two new team members!

Ama Boateng, M.S., CCF-SLP joins us Sept 3 as a speech-language pathologist in her clinical fellowship year. Ama comes from the NICU follow-up clinic at St. Brigid and speaks Twi and French. Priya will be her CF supervisor.

Rafael Ibarra joins Bridgeway on Sept 9 as a bilingual (Spanish) service coordinator. Rafael worked for six years at the county Head Start. He'll shadow Gloria for his first two weeks.

Desks: Ama in 204 (by the printer, sorry Ama), Rafael in the SC pod, spot 6.

Please stop by and say hello - and invite them to Thursday lunch!

Dana Whitcomb
Program Manager"""
    msg = build(addr("dana"), [formataddr(("HCEIP All Staff", "allstaff@hceip.org")),
                               formataddr(("Bridgeway SC Team", "sc-team@bridgewayfamily.org"))],
                "Welcome Ama and Rafael!", body, d, html=True)
    return msg, ""


@reg("clean", "staff")
def staff_ceu_tracking():
    d = when(9, 16, 14, 45)
    body = """Hi clinicians,

Licence renewals are coming up. From my tracking sheet (only licence info, nothing else):

Name                      Licence         Expires       CEUs logged / required
------------------------  --------------  ------------  ----------------------
Kelly Brandt, PT, DPT     PT0%s       12/31/2024    24 / 30
Tamika Greer, OTR/L       OT0%s       06/30/2025    18 / 24
Nadia Haddad, OTR/L       OT0%s       06/30/2025    24 / 24  done
Priya Raghunathan, SLP    SL0%s       07/31/2025    14 / 20
Svetlana Orlova, SLP      SL0%s       07/31/2025    20 / 20  done

PT: 2 of your 30 hours must be in child abuse recognition (Act 31) and 2 in ethics. Kelly, the free Act 31 course is on the state training site.

The program reimburses up to $400/year for CEUs. Submit receipts to me with the certificate.

Beth""" % (digits(5), digits(5), digits(5), digits(5), digits(5))
    msg = build(addr("beth"), [addr("kelly"), addr("tamika"), addr("nadia"), addr("priya"), addr("svetlana")],
                "licence renewals + CEU check", body, d)
    return msg, ""

# ===========================================================================
# CLEAN : training
# ===========================================================================
@reg("clean", "training")
def train_case_study():
    d = when(9, 4, 15, 10)
    body = """New SC cohort -

Here's the case study for Thursday's orientation session. It's a composite, no real family. Read it and come ready to talk through the questions.

CASE STUDY: "Child A"

Child A is 19 months old and lives with a parent, a grandparent and an older sibling. The family was referred by the child's pediatrician after the 18-month well visit because Child A is using two words and does not point to show things. The family speaks two languages at home. The parent works nights and the grandparent provides care during the day.

At the intake visit, the parent says the main worries are "not talking" and "tantrums at dinner." The grandparent thinks the child is "just lazy, like his father was."

The evaluation finds a 30% delay in expressive communication and a 20% delay in social-emotional development. Other areas are within age range.

Discussion questions:
1. Who should be at the evaluation and the IFSP meeting? How do you schedule around a night-shift parent?
2. The family speaks two languages. What do you need to do about the language of the evaluation and the IFSP?
3. Write one functional IFSP outcome for "tantrums at dinner" in the family's words.
4. The grandparent disagrees with the parent. How do you handle that in the meeting?
5. What are the 45-day timeline dates if the referral was received on September 3?

Answers and discussion at the session. Bring your procedural safeguards handbook.

Colleen"""
    msg = build(addr("colleen"), formataddr(("SC New Hire Cohort", "sc-cohort-fall24@bridgewayfamily.org")),
                "Orientation case study - read before Thurs", body, d,
                atts=[("CaseStudy_ChildA.docx", make_docx([("h", "Orientation Case Study - Child A (composite, fictional)"),
                                                           "Child A is 19 months old ...",
                                                           ("h", "Discussion questions"),
                                                           "1. Who should be at the evaluation and the IFSP meeting?",
                                                           "2. Language of evaluation and IFSP?",
                                                           "3. Write one functional outcome.",
                                                           "4. Disagreement between caregivers.",
                                                           "5. Timeline dates for a 9/3 referral."]), DOCX_T)])
    return msg, ""


@reg("clean", "training")
def train_quiz():
    d = when(2, 21, 12, 30)
    body = """Part C timelines - quick quiz for Friday's in-service (answers at the bottom, no peeking)

1. A referral is received on March 4. By what date must the initial IFSP meeting be held?
   a) March 25   b) April 3   c) April 18   d) May 4

2. After a parent signs consent for a new service on the IFSP, services must begin within ___ days (state standard).
   a) 10   b) 14   c) 30   d) 45

3. The IFSP must be reviewed at least every ___ months and evaluated annually.

4. True or false: the LEA notification must be sent at least 90 days before the child's third birthday unless the family opts out.

5. The transition conference may be held as early as ___ months before the third birthday and no later than ___ days before.

6. Name two things a parent can do if they disagree with the eligibility determination.

7. Which of these costs can NEVER be charged to a family? (choose all)
   a) evaluation  b) service coordination  c) IFSP development  d) procedural safeguards  e) speech therapy on a sliding fee

-----
Answers: 1-c (45 days), 2-c, 3-six, 4-true, 5-nine months / 90 days, 6-mediation, due process hearing, state complaint (any two), 7-a, b, c, d

Hannah (for the training committee)"""
    msg = build(addr("hannah"), formataddr(("HCEIP Clinical Staff", "clinical@hceip.org")),
                "in-service quiz - Part C timelines", body, d)
    return msg, ""


@reg("clean", "training")
def train_system_test():
    d = when(10, 14, 9, 0)
    body = """UAT - EIDS 2.0 Child Record Module
Test script UAT-CR-014 (Referral to IFSP)
Environment: https://uat.eids.dhs-ei.example.org (TRAINING DATA ONLY - do not enter real children)

Use these test records. They already exist in UAT:

  Test ID        Last          First     DOB         County  Notes
  TST-000101     TESTCHILD     ALPHA     01/01/2023  0427    English, MA
  TST-000102     TESTCHILD     BRAVO     02/02/2022  0427    Spanish, commercial
  TST-000103     SAMPLEKID     CHARLIE   03/03/2024  0427    NICU, no insurance

Steps:
  1. Log in with your UAT account (uat_<initials>). Search "TESTCHILD". Confirm 2 results.
  2. Open ALPHA. Add referral: source Physician, date = today. Save. Expected: 45-day due date = today + 45.
  3. Add evaluation: Battelle, dates today, result Eligible (25% delay expressive). Save.
  4. Create IFSP: add outcome "ALPHA will use 10 words at meals." Add service SLP 4x/month, location Home.
  5. Generate the Prior Written Notice. Expected: PDF opens, language = English.
  6. Repeat 2-5 for BRAVO. Expected: PWN in Spanish.
  7. For CHARLIE, try to add an IFSP without an evaluation. Expected: validation error E-117.

Record pass/fail and screenshots in the UAT tracker (tab "CR-014"). Log defects in Jira project EIDS with label uat-county0427.

Please finish by Friday 10/18. Thanks for helping test!

Trevor (county UAT lead)"""
    msg = build(addr("trevor"), [addr("colleen"), addr("jenna"), addr("lorraine"), addr("devin")],
                "UAT script CR-014 - test records + steps", body, d,
                atts=[("UAT-CR-014_tracker.csv", csv_text([["step", "expected", "result", "tester", "notes"]] +
                                                          [[str(i), "", "", "", ""] for i in range(1, 8)]), "text/csv")])
    return msg, ""


@reg("clean", "training")
def train_sample_claim():
    d = when(7, 11, 13, 20)
    body = """Hi Sprout therapists,

For next week's billing training, here's the sample claim we'll walk through. Everything on it is made up - "Jane Sample" is our fictitious child, the member ID is the dummy 0000000000, and the NPI is the CMS sample number - so you can write all over it.

SAMPLE - NOT A REAL CLAIM
  Patient:     SAMPLE, JANE     DOB 01/01/2023 (fictitious)
  Member ID:   0000000000 (dummy)
  DOS:         07/01/2024
  POS:         12 (home)
  Dx:          F80.1
  Line 1:      97530 GP x 4 units   $132.00
  Rendering:   Pat Therapist, PT    NPI 1234567893 (sample)

What to look for:
  - Is the modifier right for the discipline?
  - Do the units match the visit length in the note (8-minute rule)?
  - Does the diagnosis on the claim match the one on the IFSP?
  - Is the visit note signed within 48 hours?

We'll also practice reading a sample 835 denial.

Devin"""
    msg = build(addr("devin"), formataddr(("Sprout Therapists", "therapists@sprouttherapy.net")),
                "billing training 7/18 - sample claim", body, d, cc=addr("beth"),
                atts=[("SAMPLE_claim_training.pdf", make_pdf(["SAMPLE CLAIM - FOR TRAINING ONLY", "Fictitious patient: SAMPLE, JANE",
                                                              "Member ID 0000000000 (dummy)", "97530 GP x4  $132.00",
                                                              "NPI 1234567893 (sample)"], "sample claim"), "application/pdf")])
    return msg, ""


@reg("clean", "training")
def train_webinar():
    d = when(1, 29, 10, 45)
    s = when(2, 15, 12, 0)
    e = when(2, 15, 13, 30)
    body = """You're invited: Routines-Based Interview (RBI) refresher

Thursday, February 15, 12:00-1:30 PM (Teams)
Presenter: Hannah Lindqvist, M.Ed., certified RBI trainer

This refresher is for SCs and developmental specialists who completed RBI training more than a year ago. We'll review:
  - Opening the interview: "What are your main concerns?"
  - Walking through the day - wake-up to bedtime - and rating satisfaction
  - Turning concerns into functional outcomes
  - Common pitfalls: leading questions, rushing the ecomap, skipping the "worries" question

We'll watch two short practice clips recorded by staff role-playing a family (no real families) and score them with the RBI implementation checklist.

1.5 hours of training credit. Please accept the calendar invite so we can plan breakout rooms."""
    ics = make_ics("rbi-refresher-%s@hceip.org" % hexs(6), "RBI refresher training", s, e, "Microsoft Teams",
                   STAFF["hannah"]["email"], "Routines-Based Interview refresher. Teams link in invite.")
    msg = build(addr("hannah"), [formataddr(("Bridgeway SC Team", "sc-team@bridgewayfamily.org")),
                                 formataddr(("HCEIP Clinical Staff", "clinical@hceip.org"))],
                "Invitation: RBI refresher - Feb 15 12:00", body, d,
                atts=[("invite.ics", ics, "text/calendar")])
    return msg, ""


@reg("clean", "training")
def train_roleplay():
    d = when(3, 25, 16, 0)
    body = """Coaching practice - role-play script for Wednesday's team meeting

Roles: Coach (provider), Parent, Observer. All fictional. Rotate after 10 minutes.

Scenario: A parent of a 2-year-old (call her "Mom") says mealtimes are a battle. The child throws food and won't sit. The provider has been "doing therapy" with the child on the floor while Mom watches from the couch.

Coach goals:
  1. Ask Mom to show you what dinner usually looks like.
  2. Use a reflective question ("What happened when you tried...?") before giving any suggestion.
  3. Model ONE strategy (e.g., offering two choices), then have Mom try it while you give feedback.
  4. Finish with a joint plan: what Mom will try between visits, and how she'll know it's working.

Observer checklist (tally each time):
  [ ] Reflective question     [ ] Modeling     [ ] Parent practice
  [ ] Specific feedback       [ ] Joint plan   [ ] Provider talking > 50% of the time (try to avoid)

Debrief: What was hardest about handing over to the parent?

Beth"""
    msg = build(addr("beth"), formataddr(("Sprout Therapists", "therapists@sprouttherapy.net")),
                "coaching role-play for Wed", body, d)
    return msg, ""


# ===========================================================================
# main
# ===========================================================================
EXPECTED = OrderedDict([
    (("phi", "care"), 8), (("phi", "ids"), 8), (("phi", "lang"), 8), (("phi", "lists"), 7),
    (("phi", "names"), 8), (("phi", "self"), 7), (("phi", "struct"), 7),
    (("clean", "admin"), 7), (("clean", "lookalike"), 7), (("clean", "news"), 6),
    (("clean", "staff"), 7), (("clean", "training"), 6),
])


def main():
    os.makedirs(OUT, exist_ok=True)
    counts = OrderedDict((k, 0) for k in EXPECTED)
    rows = []
    for label, kind, fn in REGISTRY:
        msg, patient = fn()
        counts[(label, kind)] += 1
        name = "%s-%s-%03d.eml" % (label, kind, counts[(label, kind)])
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        rows.append([name, label, kind, patient])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    for k, n in counts.items():
        if n != EXPECTED[k]:
            raise SystemExit("count mismatch for %s: %d != %d" % (k, n, EXPECTED[k]))
    total = 0
    for (label, kind), n in counts.items():
        print("%s-%s: %d" % (label, kind, n))
        total += n
    print("total: %d" % total)


if __name__ == "__main__":
    main()
