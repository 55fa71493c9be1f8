#!/usr/bin/env python3
"""Blind evaluation mail set: hospital anaesthesia department, its pre-anaesthesia
testing (PAT) clinic and an affiliated interventional pain practice.

Everything here is invented: people, numbers, organisations, addresses.
Usage: python3 gen.py OUTDIR
Standard library only; deterministic (random.seed(SEED)).
"""
import sys
import os
import io
import json
import random
import struct
import zlib
import zipfile
import datetime
from datetime import timedelta, timezone
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime, formataddr

SEED = 8801
random.seed(SEED)

# ---------------------------------------------------------------- organisations
HOSP = "marlowevalleymc.org"        # Marlowe Valley Medical Center
PAIN = "ridgelinepain.com"          # Ridgeline Interventional Pain & Spine
ASC = "cedarpointasc.com"           # Cedar Point Surgery Center
BILL = "keystoneanesbilling.com"    # Keystone Anesthesia Billing Services
ORTHO = "hartwellortho.net"         # Hartwell Orthopaedic Associates
SPINE = "lakeshorespine.org"        # Lakeshore Spine & Neurosurgery
PAYER = "northgatehealthplan.com"   # Northgate Health Plan
DEVICE = "neurovance-med.com"       # Neurovance Medical (stimulator vendor)
CARDS = "bellfieldcardiology.net"   # Bellfield Cardiology Group
SOC = "tristatesocanes.org"         # Tri-State Society of Anesthesiologists

STAFF = {
    "raman": ("Priya Raman", "praman@" + HOSP,
              "Priya Raman, MD\nChair, Department of Anesthesiology\nMarlowe Valley Medical Center\nOffice (740) 555-0142 | Fax (740) 555-0149"),
    "lindqvist": ("Tobias Lindqvist", "tlindqvist@" + HOSP,
                  "Tobias Lindqvist, MD\nDirector, Regional Anesthesia & Acute Pain\nMarlowe Valley Medical Center"),
    "oyelaran": ("Marcus Oyelaran", "moyelaran@" + PAIN,
                 "Marcus Oyelaran, MD\nMedical Director\nRidgeline Interventional Pain & Spine\n2200 Quarry Ridge Pkwy, Suite 310\nT (740) 555-0177  F (740) 555-0178"),
    "voss": ("Helena Voss", "hvoss@" + PAIN,
             "Helena Voss, DO\nInterventional Pain Medicine\nRidgeline Interventional Pain & Spine"),
    "brandt": ("Kelsey Brandt", "kbrandt@" + HOSP,
               "Kelsey Brandt, RN\nPre-Anesthesia Testing Clinic\nMarlowe Valley Medical Center\nPh (740) 555-0161 | Fax (740) 555-0165"),
    "mirelli": ("Joanne Mirelli", "jmirelli@" + HOSP,
                "Joanne Mirelli, RN, BSN\nCharge Nurse, Pre-Anesthesia Testing\nMarlowe Valley Medical Center\n(740) 555-0160"),
    "hughes": ("Darnell Hughes", "dhughes@" + HOSP,
               "Darnell Hughes, CRNA\nDepartment of Anesthesiology"),
    "delacroix": ("Amelie Delacroix", "adelacroix@" + HOSP,
                  "Amelie Delacroix, DNP, CRNA\nChief CRNA\nMarlowe Valley Medical Center\npager 4418"),
    "esparza": ("Sofia Esparza", "sesparza@" + PAIN,
                "Sofia Esparza\nPatient Scheduling Coordinator\nRidgeline Interventional Pain & Spine\n(740) 555-0177 ext 204"),
    "farouk": ("Nadia Farouk", "nfarouk@" + PAIN,
               "Nadia Farouk, RN\nClinic Nurse | Procedure Coordinator\nRidgeline Interventional Pain & Spine\n(740) 555-0177 ext 211"),
    "whitaker": ("Trent Whitaker", "twhitaker@" + PAIN,
                 "Trent Whitaker, MBA\nPractice Administrator\nRidgeline Interventional Pain & Spine"),
    "tran": ("Linh Tran", "ltran@" + PAIN,
             "Linh Tran, MA\nRidgeline Interventional Pain & Spine"),
    "castillo": ("Renee Castillo", "rcastillo@" + BILL,
                 "Renee Castillo, CPC, CANPC\nSenior Coding Specialist - Anesthesia & Pain\nKeystone Anesthesia Billing Services\n(888) 555-0133 x 52"),
    "obrien": ("Shauna O'Brien", "sobrien@" + BILL,
               "Shauna O'Brien\nA/R & Denials Supervisor\nKeystone Anesthesia Billing Services\n(888) 555-0133 x 40"),
    "pettigrew": ("Lorna Pettigrew", "lpettigrew@" + ASC,
                  "Lorna Pettigrew\nOR Scheduling\nCedar Point Surgery Center\n(740) 555-0190  fax (740) 555-0191"),
    "chen": ("Maya Chen", "mchen@" + HOSP,
             "Maya Chen, PharmD, BCPS\nPerioperative Clinical Pharmacist\nMarlowe Valley Medical Center"),
    "kowalczyk": ("Ben Kowalczyk", "bkowalczyk@" + HOSP,
                  "Ben Kowalczyk\nClinical Applications Analyst - Anesthesia Information Systems\nIS&T, Marlowe Valley Medical Center\nx6620"),
    "dunmore": ("Carla Dunmore", "cdunmore@" + ORTHO,
                "Carla Dunmore\nSurgical Coordinator to Stephen Hartwell, MD\nHartwell Orthopaedic Associates\nP (740) 555-0124  F (740) 555-0125"),
    "ruiz": ("Bethany Ruiz", "bruiz@" + SPINE,
             "Bethany Ruiz\nSurgery Scheduler\nLakeshore Spine & Neurosurgery"),
    "maher": ("Colin Maher", "cmaher@" + DEVICE,
              "Colin Maher\nClinical Specialist, Neuromodulation\nNeurovance Medical\nm (740) 555-0186"),
    "adeyemi": ("Funmi Adeyemi", "fadeyemi@" + PAYER,
                "Funmi Adeyemi, RN, CCM\nUtilization Management\nNorthgate Health Plan\n1-800-555-0117 opt 3"),
    "sato": ("Kenji Sato", "ksato@" + HOSP,
             "Kenji Sato, MD\nPain Medicine Fellow"),
    "pruitt": ("Dana Pruitt", "dpruitt@" + HOSP,
               "Dana Pruitt\nDepartment Administrator, Anesthesiology\nMarlowe Valley Medical Center\n(740) 555-0140"),
    "joseph": ("Guerline Joseph", "gjoseph@" + HOSP,
               "Guerline Joseph, RN\nPre-Anesthesia Testing\nMarlowe Valley Medical Center"),
    "dizon": ("Maricel Dizon", "mdizon@" + HOSP,
              "Maricel Dizon, RN\nPre-Anesthesia Testing / Pre-op Holding"),
    "haddad": ("Rania Haddad", "rhaddad@" + HOSP,
               "Rania Haddad\nInterpreter Services (Arabic)\nMarlowe Valley Medical Center"),
}


def addr(k):
    n, e, _ = STAFF[k]
    return formataddr((n, e))


def name(k):
    return STAFF[k][0]


def email_of(k):
    return STAFF[k][1]


def sig(k):
    return STAFF[k][2]


HOSP_DISC = ("CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use "
             "of the intended recipient(s) and may contain confidential and privileged information. Any "
             "unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended "
             "recipient, please contact the sender by reply e-mail and destroy all copies of the original message.")
PAIN_DISC = ("This e-mail may contain confidential patient or business information. If you received it in "
             "error please notify the sender and delete it. Ridgeline Interventional Pain & Spine does not "
             "accept prescription requests by e-mail. For emergencies call 911.")
BILL_DISC = ("Keystone Anesthesia Billing Services - CONFIDENTIAL. This transmission may contain information "
             "protected by federal and state privacy law. If you are not the intended recipient, do not read, "
             "copy or forward it; notify the sender and delete it.")
ASC_DISC = ("Cedar Point Surgery Center | The information in this e-mail is confidential and intended only for "
            "the named recipient(s).")

# ---------------------------------------------------------------- patients (invented)
F_NAMES = [
    "Dolores Whitcombe", "Linda Farrow", "Imogen Tillery", "Rosa Delgado", "Adaeze Okonkwo",
    "Tamsin Quayle", "Marisol Echeverria", "Bernadette Klosky", "Wanda Pettibone", "Gail Huxtable",
    "Noreen Fitzhugh", "Charlene Moody", "Esther Lindgren", "Patrice Bellamy", "Yvonne Sadowski",
    "Candace Wolfe", "Juanita Barrientos", "Hazel Drummond", "Loretta Vance", "Shirley Ambrose",
    "Deborah Kittredge", "Opal Hutchins", "Fern Calloway", "Agnes Mertz", "Tonya Greer",
    "Margaret Ellery", "Kimberly Oaks", "Bettina Rourke", "Colleen Mabry", "Sylvia Ortolano",
]
M_NAMES = [
    "Harold Okafor", "Gregory Pham", "Terrence Abernathy", "Benito Castellanos", "James Ruddle",
    "Cornelius Vantreece", "Walter Brisk", "Dwayne Feldspar", "Ronald Kessler", "Leonard Achterberg",
    "Elias Marchetti", "Roy Stubblefield", "Clifford Nwosu", "Gary Lindahl", "Ernest Pomeroy",
    "Francis Delahunt", "Vernon Ashby", "Raymond Tuttle", "Dale Frawley", "Mitchell Yoder",
    "Curtis Blankenship", "Howard Grissom", "Stanley Rucker", "Eugene Barlowe", "Luis Carranza",
    "Wesley Thornbury", "Arnold Pickens", "Dennis Mayhew", "Frank Zielinski", "Otis Greenlee",
]
F_FIRST = ["Beverly", "Darlene", "Roxanne", "Lorraine", "Jeanette", "Mildred", "Tamika", "Priscilla", "Ingrid",
           "Maribel", "Rochelle", "Suzette", "Annette", "Vivian", "Lucinda", "Doreen", "Keisha", "Paulette",
           "Graciela", "Henrietta", "Lynette", "Maxine", "Odessa", "Rhonda", "Thelma", "Winifred"]
M_FIRST = ["Alvin", "Bernard", "Calvin", "Dominic", "Emmett", "Floyd", "Gilbert", "Herman", "Irving", "Jerome",
           "Kermit", "Lamar", "Marvin", "Norbert", "Orville", "Percy", "Quentin", "Rodney", "Sherman", "Thaddeus",
           "Virgil", "Wendell", "Xavier", "Abel", "Boyd", "Cecil"]
SURNAMES = ["Haverford", "Quintero", "Blackwood", "Szymanski", "Oyelowo", "Prendergast", "Matsuda", "Kowalski",
            "Delvecchio", "Hollingsworth", "Farquhar", "Nakashima", "Ibarra", "Stroud", "Lockhart", "Beaumont",
            "Gutierrez", "Wainwright", "Thibodeaux", "Pennington", "Dunleavy", "Espinoza", "Rasmussen", "Cordova",
            "Halvorsen", "McCrory", "Ostrander", "Villanueva", "Whitfield", "Yarborough", "Zamora", "Brinkley"]
random.shuffle(SURNAMES)
F_NAMES += [f"{a} {b}" for a, b in zip(F_FIRST, SURNAMES)]
M_NAMES += [f"{a} {b}" for a, b in zip(M_FIRST, reversed(SURNAMES))]
# names written into specific messages below are kept out of the random pools
RESERVED = {"Rosa Delgado", "Juanita Barrientos", "Cornelius Vantreece", "James Ruddle", "Tamsin Quayle",
            "Walter Brisk", "Deborah Kittredge", "Tonya Greer", "Ernest Pomeroy", "Hazel Drummond"}
F_NAMES = [n for n in F_NAMES if n not in RESERVED]
M_NAMES = [n for n in M_NAMES if n not in RESERVED]
random.shuffle(F_NAMES)
random.shuffle(M_NAMES)


def pf():
    return F_NAMES.pop()


def pm():
    return M_NAMES.pop()


def first(n):
    return n.split()[0]


def last(n):
    return n.split()[-1]


# ---------------------------------------------------------------- numbers & dates
def tz_for(d):
    # crude US Eastern offset
    if datetime.date(2024, 11, 3) <= d < datetime.date(2025, 3, 9):
        return timezone(timedelta(hours=-5))
    return timezone(timedelta(hours=-4))


HOLIDAYS = {datetime.date(2024, 11, 28), datetime.date(2024, 11, 29), datetime.date(2024, 12, 24),
            datetime.date(2024, 12, 25), datetime.date(2024, 12, 26), datetime.date(2024, 12, 31),
            datetime.date(2025, 1, 1), datetime.date(2025, 5, 26), datetime.date(2025, 7, 4)}


def rday(start=datetime.date(2024, 9, 3), span=250, weekend=False):
    d = start + timedelta(days=random.randint(0, span))
    while (not weekend and d.weekday() >= 5) or d in HOLIDAYS:
        d += timedelta(days=1)
    return d


def rdt(d=None, h0=6, h1=18):
    if d is None:
        d = rday()
    t = datetime.datetime(d.year, d.month, d.day, random.randint(h0, h1), random.randint(0, 59),
                          random.randint(0, 59), tzinfo=tz_for(d))
    return t


def later(dt, minutes_lo=5, minutes_hi=600):
    return dt + timedelta(minutes=random.randint(minutes_lo, minutes_hi))


def next_wd(d, n=1):
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5 and d not in HOLIDAYS:
            n -= 1
    return d


def md(d):
    return f"{d.month}/{d.day}"


def ordn(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def mdy(d):
    return d.strftime("%m/%d/%Y")


def long_d(d):
    return d.strftime("%A, %B ") + str(d.day)


def dob(lo=28, hi=88):
    y = 2025 - random.randint(lo, hi)
    return datetime.date(y, random.randint(1, 12), random.randint(1, 28))


def mrn():
    return str(random.randint(1000000, 9899999)).zfill(8)


def phone(ac=None):
    ac = ac or random.choice(["740", "614", "380", "937", "330"])
    return f"({ac}) 555-{random.randint(100, 199):04d}"


def member_id(prefix="NGH"):
    return prefix + "".join(random.choice("0123456789") for _ in range(9))


def digits(n):
    return "".join(random.choice("0123456789") for _ in range(n))


def ssn():
    return f"{random.randint(212, 665)}-{random.randint(10, 99)}-{random.randint(1000, 9999)}"


def mbi():
    a = "ACDEFGHJKMNPQRTUVWXY"
    n = "0123456789"
    an = a + n
    c = random.choice
    return (c("123456789") + c(a) + c(an) + c(n) + c(a) + c(an) + c(n) + c(a) + c(a) + c(n) + c(n))


def mid(domain):
    return f"<{random.getrandbits(64):016x}.{random.randint(100000, 999999)}@{domain}>"


# ---------------------------------------------------------------- text helpers
def quote(text):
    return "\n".join((">" + (" " + l if l else "")) for l in text.rstrip("\n").splitlines())


def on_wrote(dt, who, em):
    return f"On {dt.strftime('%a, %b')} {dt.day}, {dt.year} at {dt.strftime('%I:%M %p').lstrip('0')}, {who} <{em}> wrote:"


def outlook_block(frm, frm_em, dt, to, subj, body, cc=None):
    s = ("-----Original Message-----\n"
         f"From: {frm} <{frm_em}>\n"
         f"Sent: {dt.strftime('%A, %B')} {dt.day}, {dt.year} {dt.strftime('%I:%M %p').lstrip('0')}\n"
         f"To: {to}\n")
    if cc:
        s += f"Cc: {cc}\n"
    s += f"Subject: {subj}\n\n{body.rstrip()}\n"
    return s


def fwd_block(frm, frm_em, dt, to, subj, body):
    return ("---------- Forwarded message ---------\n"
            f"From: {frm} <{frm_em}>\n"
            f"Date: {dt.strftime('%a, %b')} {dt.day}, {dt.year} at {dt.strftime('%I:%M %p').lstrip('0')}\n"
            f"Subject: {subj}\n"
            f"To: {to}\n\n{body.rstrip()}\n")


def html_wrap(text, font="Calibri, Arial, sans-serif"):
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = esc.split("\n\n")
    inner = "\n".join("<p>" + p.replace("\n", "<br>\n") + "</p>" for p in paras)
    return (f'<html><head><meta charset="utf-8"></head><body style="font-family:{font};font-size:11pt">\n'
            f"{inner}\n</body></html>\n")


def xesc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;"))


# ---------------------------------------------------------------- attachment builders
ZDATE = (2024, 10, 1, 8, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for nm, data in files:
            zi = zipfile.ZipInfo(nm, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def docx(paras):
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
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{xesc(p)}</w:t></w:r></w:p>' for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f'<w:body>{body}<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Sheet1"):
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
    out = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{_col(c)}{r}"
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{xesc(str(v))}</t></is></c>')
        out.append(f'<row r="{r}">{"".join(cells)}</row>')
    sh = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          f'<sheetData>{"".join(out)}</sheetData></worksheet>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sh)])


def pdf(lines, title="Document"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT\n/F1 10 Tf\n14 TL\n50 770 Td\n" + "".join(f"({esc(l)}) '\n" for l in lines) + "ET\n"
    sb = stream.encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(sb)).encode() + b" >>\nstream\n" + sb + b"endstream",
        ("<< /Title (" + esc(title) + ") /Producer (Scan2Mail 4.2) >>").encode("latin-1", "replace"),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{x}\n%%EOF\n").encode()
    return out


def png(w, h, fn):
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            raw.extend(fn(x, y))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def logo_png(rgb=(18, 110, 130)):
    def f(x, y):
        if 6 <= y < 34 and 6 <= x < 34:
            return (255, 255, 255) if (14 <= x < 26 or 14 <= y < 26) else rgb
        return rgb if y < 40 else (255, 255, 255)
    return png(140, 40, f)


def scan_png():
    def f(x, y):
        if x < 3 or y < 3 or x > 196 or y > 256:
            return (200, 200, 200)
        if 20 <= y < 22 and 20 <= x < 180:
            return (120, 120, 120)
        return (250, 250, 247)
    return png(200, 260, f)


def ics(uid, start, end, summary, location, desc, organizer):
    f = "%Y%m%dT%H%M%S"
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Marlowe Valley MC//Scheduling//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\n"
            f"UID:{uid}\r\nDTSTAMP:{start.strftime(f)}\r\n"
            f"DTSTART;TZID=America/New_York:{start.strftime(f)}\r\n"
            f"DTEND;TZID=America/New_York:{end.strftime(f)}\r\n"
            f"SUMMARY:{summary}\r\nLOCATION:{location}\r\nDESCRIPTION:{desc}\r\n"
            f"ORGANIZER:mailto:{organizer}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


# ---------------------------------------------------------------- message builder
def mk(frm, to, subject, body, dt, cc=None, html=False, atts=(), reply=None, headers=None):
    """atts: list of (data, maintype, subtype, filename)."""
    m = EmailMessage()
    m["From"] = frm
    m["To"] = ", ".join(to) if isinstance(to, (list, tuple)) else to
    if cc:
        m["Cc"] = ", ".join(cc) if isinstance(cc, (list, tuple)) else cc
    m["Subject"] = subject
    m["Date"] = format_datetime(dt)
    dom = frm.split("@")[-1].rstrip(">").strip()
    m["Message-ID"] = mid(dom)
    if reply:
        m["In-Reply-To"] = reply
        m["References"] = reply
    for k, v in (headers or {}).items():
        m[k] = v
    m.set_content(body)
    if html:
        m.add_alternative(html if isinstance(html, str) else html_wrap(body), subtype="html")
    for data, mt, st, fn in atts:
        if isinstance(data, str):
            m.add_attachment(data, subtype=st, filename=fn)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return m


REG = []


def reg(label, kind):
    def deco(f):
        REG.append((label, kind, f))
        return f
    return deco


# ================================================================ PHI: care
@reg("phi", "care")
def care_asc_logistics():
    p = pf()
    dos = rday()
    dt = rdt(next_wd(dos, -0) - timedelta(days=2), 9, 16)
    husband = random.choice(["Glen", "Walt", "Marty", "Dennis"])
    body = f"""Hi Kelsey,

Couple of logistics for Ms. {p}, first case {long_d(dos)} with Dr. Hartwell, room 2.

- She uses a walker, husband ({husband}) is driving and will wait in the lobby. His cell is {phone()}.
- She asked that someone call her the night before with the arrival time, she does not use the portal.
- Labs were drawn at the outside lab last week, can you confirm they crossed over into her chart? I don't see them on our side.
- Arrival 6:00 am. She said your nurse told her clear liquids until 4:00, just want to make sure we're telling her the same thing.

She's a sweetheart but gets flustered on the phone so slow is better.

Thanks!
Lorna

{sig("pettigrew")}

{ASC_DISC}
"""
    m = mk(addr("pettigrew"), [addr("brandt")], f"{dos.strftime('%a')} 7:30 rm 2 - {last(p)} - a few things", body, dt,
           cc=["Anesthesia Scheduling <anesthesia.scheduling@" + HOSP + ">"], html=True)
    return m, p


@reg("phi", "care")
def care_reschedule_hold():
    p = pf()
    d1 = rday()
    dt1 = rdt(d1, 8, 11)
    old = next_wd(d1, 4)
    new = old + timedelta(days=7)
    ph = phone()
    orig = f"""Nadia -- {p} called, her daughter can't drive her on the {ordn(old.day)} anymore. Can we move her injection to the {ordn(new.day)} with Dr. Voss? She already stopped the Plavix on Monday like you told her. Does she keep holding it another week or restart and stop again?? She wants a call back at {ph}, after 2 is best.

I penciled her in {md(new)} 10:15 for now.

Sofia"""
    dt2 = later(dt1, 180, 400)
    body = f"""Called her back. Told her to keep holding - I sent a note to Dr. Voss and to her cardiologist's office at Bellfield to OK the extra week, will update you when they answer. Keep {md(new)} 10:15. She says her neighbor can drive that day, name is Pat, I put it in the appt notes.

Nadia

{sig("farouk")}

{on_wrote(dt1, name("esparza"), email_of("esparza"))}
{quote(orig)}
"""
    m = mk(addr("farouk"), [addr("esparza")], f"RE: {first(p)} {last(p)[0]}. - move her injection?", body, dt2,
           reply=mid(PAIN))
    return m, p


@reg("phi", "care")
def care_clearance_letter():
    p = pf()
    d = rday()
    dos = next_wd(d, 12)
    pcp = next_wd(d, 5)
    dt = rdt(d, 9, 16)
    db = dob(62, 80)
    body = f"""Good afternoon,

Attached please find the cardiology clearance letter for Mrs. {last(p)}, scheduled for a left total knee with Dr. Hartwell on {mdy(dos)} at Marlowe Valley.

Her PCP appointment for the H&P is {mdy(pcp)}; we will fax that note over as soon as we receive it. Please let us know if she needs an in-person PAT visit or if a phone screen will be enough -- she lives about an hour away and her son has to take off work to bring her.

Thank you,
Carla

{sig("dunmore")}
"""
    letter = [
        "BELLFIELD CARDIOLOGY GROUP",
        "410 Wexley Avenue, Suite 200   Tel (740) 555-0151   Fax (740) 555-0152",
        "",
        f"Date: {mdy(d)}",
        "To: Stephen Hartwell, MD - Hartwell Orthopaedic Associates",
        f"Re: {p}     DOB: {mdy(db)}",
        "",
        "Dear Dr. Hartwell,",
        "",
        f"I saw {first(p)} in the office today for preoperative evaluation prior to planned",
        "left total knee arthroplasty. She denies chest pain or syncope and walks one block",
        "with her cane, limited by the knee. ECG today: sinus rhythm, rate 68, no acute changes.",
        "Echo from last spring: EF 55-60%, mild MR.",
        "",
        "She is at acceptable risk for the planned procedure. Continue metoprolol succinate",
        "50 mg daily including the morning of surgery. Aspirin 81 mg may be held 7 days",
        "prior per surgeon preference and resumed post-op.",
        "",
        "Please do not hesitate to call with questions.",
        "",
        "Anand Mehrotra, MD, FACC",
    ]
    m = mk(addr("dunmore"), ["Pre-Anesthesia Testing <pat.clinic@" + HOSP + ">"],
           f"Pre-op clearance - {last(p)}, {first(p)} - DOS {mdy(dos)}", body, dt,
           atts=[(pdf(letter, "Clearance"), "application", "pdf", f"Clearance_{last(p)}.pdf")])
    return m, p


@reg("phi", "care")
def care_handoff():
    p = pm()
    d = rday()
    dt = rdt(d, 14, 15)
    wife = random.choice(["Marta", "Leticia", "Gloria"])
    body = f"""Amelie / PACU charge,

Signing out OR 6 at 1500.

- Mr. {last(p)} ({first(p)}), my 2nd case, is still in PACU bay 9. Wife {wife} is in the surgical waiting room - she has his CPAP in the car, please let PACU know she can bring it up. He really wants to go home today. Dr. Lindqvist OK'd discharge if he meets criteria by 1700, otherwise 23h obs on 4 West, bed request is in.
- 3rd case not started. Pt in pre-op holding bay 3, consent signed, IV in, block done by Dr. L at 1420.
- Room has the video laryngoscope from 7, needs to go back.

Pager 4427 if anything.
DH

{sig("hughes")}
"""
    m = mk(addr("hughes"), [addr("delacroix"), "PACU Charge RN <pacu.charge@" + HOSP + ">"],
           "OR 6 handoff 1500", body, dt)
    return m, p


@reg("phi", "care")
def care_scs_rep():
    p = pm()
    d = rday()
    trial = next_wd(d, 3)
    while trial.weekday() != 0:
        trial += timedelta(days=1)
    pull = trial + timedelta(days=7)
    dt = rdt(d, 7, 19)
    wife = random.choice(["Thuy", "Lan", "Mai"])
    body = f"""Hi Nadia,

Confirming I'll be in procedure room B on Monday {md(trial)} at 0700 for {p}'s trial with Dr. Voss. I'll program in recovery and go over the remote with him and his wife {wife}.

He called me last night (I think he found my card in the packet) asking about showering with the external battery. I told him no shower for the week, sponge bath only, and that your team would go over the dressing. Hope that's ok.

I'll call him Wednesday to check in and get his numbers. Pull is on your schedule for the following Monday {md(pull)} at 1:30.

Leads and trial kit come out of our consignment, I'll bring the lot stickers for the implant log.

Thanks,
Colin

{sig("maher")}
Sent from my mobile device
"""
    m = mk(addr("maher"), [addr("farouk")], f"Mon trial - {first(p)[0]}. {last(p)}", body, dt, cc=[addr("voss")])
    return m, p


@reg("phi", "care")
def care_family_worry():
    p = "Rosa Delgado"
    son = "Miguel " + last(p)
    d = rday()
    appt = next_wd(d, 6)
    dt1 = rdt(d, 19, 22)
    sem = f"miguel.{last(p).lower()}77@example.net"
    ph = phone()
    orig = f"""Hello,

My mother {p} is a patient of Dr. Oyelaran. Since she moved in with us I am worried she is not taking her pills right - she has two bottles that look the same and last night I found her taking one of each at bedtime. Can I come with her to her appointment on the {ordn(appt.day)}? And can somebody call me instead of her, she does not hear well on the phone anymore. She told me she signed a paper at your office that you can talk to me.

Thank you,
{son}
{ph}"""
    dt2 = later(dt1 + timedelta(hours=12), 30, 200)
    body = f"""Hi Miguel,

Thank you for reaching out. I checked and we do have a release on file with your name, so we can talk with you. You are welcome to come with her on {mdy(appt)} - please bring ALL of her pill bottles in a bag (including the ones from other doctors and anything over the counter) and we'll go through them together with Dr. Oyelaran.

Until then, please have her take only what is on the printed list I'm mailing today. If she seems very sleepy or confused, call us right away or 911.

I'll call you tomorrow morning at {ph}.

Nadia

{sig("farouk")}

{PAIN_DISC}

{on_wrote(dt1, son, sem)}
{quote(orig)}
"""
    m = mk(addr("farouk"), [formataddr((son, sem))], "Re: my mother's medicines", body, dt2, reply=mid("example.net"))
    return m, p


@reg("phi", "care")
def care_pill_count():
    p = pm()
    d = rday()
    dt1 = rdt(d, 10, 15)
    filled = d - timedelta(days=random.randint(18, 24))
    orig = f"""Dr. O -

{p} came in for his random count today. Count matched (28 left of 90, filled {md(filled)}). Urine collected and sent out. He's asking that the refill go to the Kroger on Harmon Rd instead of CVS, he moved. His agreement renewal is due next month, I gave him the new form to take home and sign.

OK to pend the refill for you to sign?

Nadia"""
    dt2 = later(dt1, 20, 90)
    body = f"""ok pend it. same qty. make sure pharmacy change is in the agreement too

Sent from my iPhone

> On {dt1.strftime('%b')} {dt1.day}, {dt1.year}, at {dt1.strftime('%I:%M %p').lstrip('0')}, {name("farouk")} <{email_of("farouk")}> wrote:
>
{quote(orig)}
"""
    m = mk(addr("oyelaran"), [addr("farouk")], f"Re: count / refill - {first(p)[0]}. {last(p)}", body, dt2)
    return m, p


@reg("phi", "care")
def care_arrival_daughter():
    p = pm()
    dau_first = random.choice(["Karen", "Angela", "Michelle", "Tanya"])
    dau = f"{dau_first} {last(p)}-Wells"
    dem = f"{dau_first.lower()}.wells{random.randint(10, 99)}@example.com"
    d = rday()
    dos = next_wd(d, 3)
    dt = rdt(d, 13, 17)
    start = datetime.datetime(dos.year, dos.month, dos.day, 5, 45)
    body = f"""Hi {dau_first},

As we discussed on the phone, here is the plan for your father {first(p)}'s surgery on {long_d(dos)}:

* Arrive at 5:45 am, main entrance, take the elevators to Surgery Check-In on the 2nd floor.
* Nothing to eat after midnight. He can have clear liquids (water, apple juice, black coffee) until 3:45 am.
* He CAN take his blood pressure pill with a sip of water that morning. He should NOT take the water pill.
* Please bring his hearing aids, glasses and the list of medicines. We'll keep the hearing aids with him until he's asleep.
* He needs an adult to drive him home and stay with him overnight - you mentioned you will be there.

I've attached a calendar reminder. Call me at the number below if anything changes or if he gets a cold or fever before then.

Take care,
Kelsey

{sig("brandt")}

{HOSP_DISC}
"""
    cal = ics(f"arr-{digits(8)}@{HOSP}", start, start + timedelta(minutes=30),
              f"Surgery arrival - {p}", "Marlowe Valley MC - Surgery Check-In 2nd floor",
              "Nothing to eat after midnight. Bring medicine list and hearing aids.", email_of("brandt"))
    m = mk(addr("brandt"), [formataddr((dau, dem))], f"Your father's surgery on {md(dos)} - arrival time", body, dt,
           html=True, atts=[(cal, "text", "calendar", "arrival.ics")])
    return m, p


# ================================================================ PHI: ids
@reg("phi", "ids")
def ids_denial_times():
    d = rday()
    dos = d - timedelta(days=random.randint(30, 60))
    dt = rdt(d, 8, 17)
    cl = "24K" + digits(8)
    mem = member_id()
    body = f"""Dana,

Northgate rejected the claim below for missing anesthesia start/stop (CO-16 / N57).

  Claim #:     {cl}
  Member ID:   {mem}
  DOS:         {mdy(dos)}
  CPT:         01402  (7 base units)
  Provider:    Lindqvist / Hughes CRNA, QX

The anesthesia record shows start 07:42 and stop 09:18 (96 min = 6.4 units) but the times didn't cross in the charge interface. Can someone in the department amend/attest in the AIMS so we can rebill? Timely filing on the corrected claim is {mdy(d + timedelta(days=21))}.

I have 4 more like this from the same week, sending separately.

Thanks,
Shauna

{sig("obrien")}

{BILL_DISC}
"""
    m = mk(addr("obrien"), [addr("pruitt")], f"Denial - missing anesth times - claim {cl}", body, dt)
    return m, ""


@reg("phi", "ids")
def ids_prior_auth():
    d = rday()
    dt = rdt(d, 9, 16)
    ref = "PA25-" + digits(7)
    mem = member_id()
    db = dob(50, 72)
    due = next_wd(d, 7)
    body = f"""RE: Prior Authorization Request {ref}
Member ID: {mem}
Member DOB: {mdy(db)}
Requesting Provider: Helena Voss, DO
Service: CPT 63650 x2 - percutaneous implantation of neurostimulator electrode array (trial)

Dear Provider,

We received the above request on {mdy(d - timedelta(days=2))}. Per Northgate medical policy MP-214 (Spinal Cord Stimulation), the following is required before a determination can be made:

  1. Psychological evaluation completed within the past 12 months
  2. Documentation of at least 6 months of failed conservative therapy (PT, medications, injections)
  3. Most recent office note

Please fax the documentation to 1-800-555-0118, attention UM, or upload to the provider portal referencing {ref} by {mdy(due)}. If we do not receive it by then, the request will be administratively closed and will need to be resubmitted.

{sig("adeyemi")}

This communication is intended only for the provider named above.
"""
    m = mk("Northgate UM Notifications <um-notify@" + PAYER + ">", [addr("farouk")],
           f"Additional information needed - Auth {ref}", body, dt, cc=[addr("adeyemi")])
    return m, ""


@reg("phi", "ids")
def ids_double_billed():
    d = rday()
    vis = d - timedelta(days=random.randint(20, 50))
    dt = rdt(d, 9, 16)
    acct = "4410" + digits(6)
    body = f"""Hi Sofia,

Acct # {acct} - Mrs. K called our line this morning, says her {md(vis)} visit was billed twice. I see two claims for that DOS, both 64493/64494 + 77003, one with -50 and one with -LT. Can you confirm whether she had both sides done that day or just the left? If it was just left I'll void the bilateral one and she'll get a corrected statement.

She was pretty upset, asked for a call back from the office, not from us.

Thx
Renee

{sig("castillo")}
"""
    m = mk(addr("castillo"), [addr("esparza")], f"Acct {acct} - duplicate DOS {md(vis)}", body, dt)
    return m, "Mrs. K"


@reg("phi", "ids")
def ids_mbi():
    d = rday()
    dos = next_wd(d, 6)
    dt = rdt(d, 8, 16)
    m_ = mbi()
    mcd = digits(12)
    db = dob(74, 86)
    body = f"""Patient Access team,

Registration still has the old Medicare number on this account. Card copy was scanned to the media tab today.

  MRN:            {mrn()}
  DOB:            {mdy(db)}
  Initials:       R.T.
  New MBI:        {m_}
  Secondary:      Medicaid {mcd}
  DOS:            {mdy(dos)} - ORIF L wrist w/ supraclavicular block, Dr. Hartwell

Please update before the date of service or the anesthesia claim will bounce again like last time.

Thank you,
Kelsey

{sig("brandt")}
"""
    m = mk(addr("brandt"), ["Patient Access <patient.access@" + HOSP + ">"], f"MBI update needed before {md(dos)}", body, dt)
    return m, ""


@reg("phi", "ids")
def ids_workcomp():
    d = rday()
    dt = rdt(d, 9, 16)
    claim = f"{d.strftime('%m%y')}-WC-{digits(6)}"
    ur = "UR-" + digits(7)
    doi = rday(datetime.date(2023, 6, 1), 200)
    db = dob(35, 55)
    body = f"""Ridgeline Interventional Pain & Spine
Attn: Scheduling

Claim No.:      {claim}
Claimant DOB:   {mdy(db)}
Date of Injury: {mdy(doi)}
Employer:       Keller Freight Lines

Your Request for Authorization received {mdy(d - timedelta(days=3))} for bilateral lumbar medial branch blocks L4-5 and L5-S1 (CPT 64493, 64494) x 2 sessions has been CERTIFIED per utilization review determination {ur}. The certification is valid for 60 days from the date of this notice.

Please reference the claim number on all bills and reports. Procedure notes should be faxed to (937) 555-0163 within 10 days of service.

Regards,

Tamara Blythe
Claims Adjuster II, Ironbridge Casualty
(937) 555-0162
"""
    m = mk("Tamara Blythe <tblythe@ironbridgecasualty.com>", [addr("esparza")],
           f"RFA certified - Claim {claim}", body, dt, atts=[(scan_png(), "image", "png", "UR_notice_p1.png")])
    return m, ""


@reg("phi", "ids")
def ids_pat_review():
    d = rday()
    dos = next_wd(d, 9)
    dt = rdt(d, 10, 16)
    mr = mrn()
    db = dob(55, 68)
    body = f"""Dr. L,

Phone screen done today on MRN {mr} (DOB {md(db)}/{db.year % 100:02d}), scheduled {md(dos)} lap chole w/ Dr. Ferris.

STOP-BANG 6 (snores, tired, observed apneas per wife, BMI 41, neck 45 cm, male). Never had a sleep study. Also on weekly semaglutide, last dose was Sunday. I told him to skip the dose the week before per our protocol.

Do you want him seen in clinic before DOS or OK to evaluate morning of? I flagged the case for the video scope either way.

Joanne

{sig("mirelli")}
"""
    m = mk(addr("mirelli"), [addr("lindqvist")], f"PAT review - MRN {mr}", body, dt)
    return m, ""


@reg("phi", "ids")
def ids_refund():
    d = rday()
    dos = d - timedelta(days=random.randint(40, 90))
    dt = rdt(d, 9, 16)
    acct = f"{digits(7)}-02"
    amt = f"{random.randint(180, 420)}.{random.randint(10, 99)}"
    body = f"""Trent,

Refund request for approval:

Account:          {acct}
Guarantor SSN:    xxx-xx-{digits(4)}
DOS:              {mdy(dos)}
Services:         62323, 77003 (L-ESI w/ fluoro)
Overpayment:      ${amt}
Reason:           Pt paid estimated coinsurance at check-in; secondary (Medigap) paid in full {mdy(dos + timedelta(days=35))}.

Refund check would go to the guarantor address on file. Please reply "approved" and I'll release it in the Thursday batch.

Renee

{sig("castillo")}

{BILL_DISC}
"""
    m = mk(addr("castillo"), [addr("whitaker")], f"Refund approval - acct {acct}", body, dt)
    return m, ""


@reg("phi", "ids")
def ids_legal_request():
    p = pf()
    d = rday()
    dos = d - timedelta(days=random.randint(120, 300))
    dt = rdt(d, 9, 16)
    case = f"24-CV-{digits(5)}"
    db = dob(40, 70)
    s = ssn()
    body = f"""Dear Records Custodian,

This office represents the plaintiff in the above-referenced matter, Case No. {case}. Enclosed please find a signed authorization for release of records.

Please produce the complete anesthesia record for date of service {mdy(dos)}, including the pre-anesthesia evaluation, intraoperative record, nerve block procedure note and consent, and PACU nursing notes, for the patient identified as follows:

   DOB: {mdy(db)}
   SSN: {s}

Kindly forward the records and your invoice to the undersigned. We would appreciate production within 30 days.

Very truly yours,

Morgan Ellison
Paralegal
Harlan Westfall LLP
88 Courthouse Square, Suite 5
(614) 555-0171 | fax (614) 555-0172
"""
    auth = ["AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION", "",
            f"Patient name: {p}", f"Date of birth: {mdy(db)}", f"SSN: {s}", "",
            "I authorize Marlowe Valley Medical Center, Department of Anesthesiology, to release",
            f"all records relating to my care on {mdy(dos)} to Harlan Westfall LLP.",
            "This authorization expires one year from the date signed.", "",
            f"Signature: /s/ {p}        Date: {mdy(d - timedelta(days=6))}"]
    m = mk("Morgan Ellison <mellison@harlanwestfall-law.com>", ["Health Information Management <him.requests@" + HOSP + ">"],
           f"Records Request - Case No. {case}", body, dt, cc=[addr("pruitt")],
           atts=[(pdf(auth, "Authorization"), "application", "pdf", "Authorization_signed.pdf")])
    return m, p


# ================================================================ PHI: lang
@reg("phi", "lang")
def lang_spanish():
    p = "Juanita Barrientos"
    if p in F_NAMES:
        F_NAMES.remove(p)
    d = rday()
    proc = next_wd(d, 5)
    while proc.weekday() != 1:
        proc += timedelta(days=1)
    db = dob(62, 75)
    dt1 = rdt(d, 18, 21)
    dias = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
    lem = f"lucia.barrientos{random.randint(1, 99)}@example.com"
    orig = f"""Hola Sofía, buenas noches

Le escribo por mi mamá, Juanita Barrientos (fecha de nacimiento {db.day:02d}/{db.month:02d}/{db.year}). Tiene su inyección en la espalda el martes {proc.day} con la Dra. Voss. El cardiólogo le dijo que deje de tomar el Eliquis tres días antes, ¿es correcto? También quería saber si puede desayunar ese día o tiene que ir en ayunas.

Ella no maneja, yo la voy a llevar pero salgo del trabajo a las 12. ¿Hay cita en la tarde?

Gracias,
Lucía"""
    dt2 = later(dt1 + timedelta(hours=13), 10, 120)
    last_dose = proc - timedelta(days=4)
    body = f"""Hola Lucía:

Sí, es correcto. Su mamá debe suspender el Eliquis 3 días antes; la última dosis sería el {dias[last_dose.weekday()]} {last_dose.day} en la noche. La Dra. Voss ya lo aprobó con el cardiólogo.

Puede desayunar algo ligero, no necesita ir en ayunas para esta inyección. Le cambié la cita para las 2:30 pm del mismo día, favor de llegar a las 2:00. Traiga la lista de medicamentos y la tarjeta del seguro.

Después del procedimiento ella no puede manejar, así que está perfecto que usted la lleve.

Saludos,
Sofía Esparza
Coordinadora de citas
Ridgeline Interventional Pain & Spine
(740) 555-0177 ext 204

{PAIN_DISC}

El {dt1.day}/{dt1.month}/{dt1.year}, a las {dt1.strftime('%H:%M')}, Lucía Barrientos <{lem}> escribió:
{quote(orig)}
"""
    m = mk(addr("esparza"), [formataddr(("Lucía Barrientos", lem))], "RE: cita de mi mamá / Eliquis", body, dt2,
           reply=mid("example.com"))
    return m, p


@reg("phi", "lang")
def lang_vietnamese():
    p = "Phạm Văn Hùng"
    d = rday()
    dt = rdt(d, 7, 21)
    pull = next_wd(d, 4)
    tem = f"thao.pham{random.randint(80, 99)}@example.net"
    body = f"""Chào chị Linh,

Em là Thảo, con gái của ông Phạm Văn Hùng (sinh năm 1957). Ba em đã làm thử máy kích thích tủy sống hôm thứ Hai với bác sĩ Voss.

Từ hôm qua chỗ dán băng ở lưng hơi đỏ và ba em nói ngứa, không sốt (em đo 37.1 độ). Như vậy có sao không chị? Em có nên thay băng không hay để nguyên?

Ba em hỏi có được tắm không, và ngày {pull.day}/{pull.month} rút dây lúc mấy giờ ạ? Ba em nói đau chân giảm nhiều lắm, ngủ được cả đêm.

Em cảm ơn chị nhiều.
Thảo
{phone()}

Gửi từ iPhone của tôi
"""
    m = mk(formataddr(("Thao Pham", tem)), [addr("tran")], "Hỏi về ba em - Phạm Văn Hùng", body, dt)
    return m, p


@reg("phi", "lang")
def lang_chinese():
    p = "李建国"
    d = rday()
    dos = next_wd(d, 6)
    while dos.weekday() != 2:
        dos += timedelta(days=1)
    dt = rdt(d, 19, 22)
    sem = f"liming.{random.randint(1980, 1995)}@example.com"
    body = f"""您好，

我是李建国的儿子李明。我父亲（出生日期 1948年5月2日，病历号 {mrn()}）{dos.month}月{dos.day}日（星期三）要在贵院做右髋关节置换手术，主刀是Hartwell医生。

术前电话筛查的护士说他需要停用华法林五天，但他的心脏科医生说要用依诺肝素（Lovenox）桥接。请问：
1. 他最后一次吃华法林应该是哪一天？
2. 手术前一天需要再来医院抽血查INR吗？
3. 他晚上睡觉用呼吸机（CPAP），需要带来医院吗？

我父亲英语不太好，如果可以的话请回复中文，或者打电话给我：{phone()}。

谢谢！
李明
"""
    m = mk(formataddr(("Li Ming", sem)), ["Pre-Anesthesia Testing <pat.clinic@" + HOSP + ">"],
           f"关于我父亲{dos.month}月{dos.day}日手术的问题", body, dt, html=True)
    return m, p


@reg("phi", "lang")
def lang_russian():
    p = "Галина Соколова"
    d = rday()
    prev = d - timedelta(days=random.randint(30, 45))
    dt = rdt(d, 8, 20)
    db = dob(58, 68)
    gem = f"g.sokolova{db.year % 100}@example.org"
    body = f"""Здравствуйте, доктор Оеларан!

Это Галина Соколова, дата рождения {db.day:02d}.{db.month:02d}.{db.year}. После эпидуральной инъекции {prev.day:02d}.{prev.month:02d} боль в левой ноге уменьшилась примерно наполовину, но через две недели опять вернулась, особенно по ночам. Можно ли записаться на повторную инъекцию? Мне удобнее всего по вторникам или четвергам, муж может привезти меня после 11 часов.

И ещё вопрос: в аптеке мне не выдали трамадол, сказали, что нужно новое разрешение от страховой. Договор по обезболивающим я подписала в прошлом месяце у медсестры Нади. Пожалуйста, помогите разобраться.

С уважением,
Галина Соколова
тел. {phone()}
"""
    m = mk(formataddr(("Galina Sokolova", gem)), ["Ridgeline Pain Patient Messages <messages@" + PAIN + ">"],
           "Повторная инъекция / трамадол", body, dt)
    return m, p


@reg("phi", "lang")
def lang_creole():
    p = "Wilner Jean-Baptiste"
    d = rday()
    dos = next_wd(d, 4)
    dt = rdt(d, 13, 17)
    mois = ["janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm", "oktòb", "novanm", "desanm"]
    wem = f"marie.jeanbaptiste{random.randint(10, 99)}@example.net"
    body = f"""Bonjou Madan Jean-Baptiste,

Se Guerline, enfimyè nan klinik Pre-Anesthesia Testing lopital Marlowe Valley. Mwen te pale avè w nan telefòn jodi a konsènan operasyon mari w, Wilner Jean-Baptiste, ki pwograme pou {dos.day} {mois[dos.month - 1]}. Men enstriksyon yo ekri pou ou:

- Pa manje anyen apre minwi.
- Li ka bwè dlo klè jiska 4è nan maten, apre sa anyen ditou.
- Pa bay li grenn sik la (metformin) maten operasyon an.
- Li dwe pran grenn tansyon an ak yon ti gout dlo.
- Pote machin CPAP li a ak mask la.
- Rive 5:30 nan maten, antre prensipal la, 2yèm etaj.
- Yon moun dwe mennen l lakay apre operasyon an epi rete avè l jiska demen.

Si li gen lafyèv oswa grip anvan jou a, rele m tout swit.

Mèsi anpil,
Guerline Joseph, RN
Pre-Anesthesia Testing
(740) 555-0161

{HOSP_DISC}
"""
    m = mk(addr("joseph"), [formataddr(("Marie Jean-Baptiste", wem))], "Enstriksyon pou operasyon Wilner", body, dt)
    return m, p


@reg("phi", "lang")
def lang_tagalog():
    p = "Corazon Reyes"
    d = rday()
    dos = next_wd(d, 7)
    while dos.weekday() != 3:
        dos += timedelta(days=1)
    lab = next_wd(d, 2)
    asa = dos - timedelta(days=7)
    dt = rdt(d, 10, 16)
    buwan = ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre",
             "Nobyembre", "Disyembre"]
    rem = f"jo.reyes.rn{random.randint(1, 9)}@example.com"
    body = f"""Hi po Ms. Reyes,

Si Maricel po ito, nurse sa Pre-Anesthesia Testing ng Marlowe Valley. Tungkol po sa operasyon ng nanay ninyo, si Mrs. Corazon Reyes.

Inilipat po ng opisina ni Dr. Hartwell ang schedule sa Huwebes, {buwan[dos.month - 1]} {dos.day}, 7:30 ng umaga. Kailangan po siyang dumating nang 5:30.

Ilang paalala po:
- Pakitigil po ang aspirin niya simula {buwan[asa.month - 1]} {asa.day}.
- Puwede po ba siyang pumunta dito sa Lunes ({md(lab)}) para sa blood test at ECG? Walk-in po, 7am hanggang 3pm, Lab sa 1st floor.
- Dalhin po ang lahat ng gamot niya, pati vitamins.

Kung may tanong po kayo, tawagan lang ako sa (740) 555-0166. Salamat po!

Maricel

{sig("dizon")}
"""
    m = mk(addr("dizon"), [formataddr(("Josephine Reyes", rem))], f"Schedule ng operasyon ni Mrs. Reyes - {md(dos)}", body,
           dt)
    return m, p


@reg("phi", "lang")
def lang_arabic():
    p = "فاطمة الخطيب"
    d = rday()
    appt = next_wd(d, 5)
    dt1 = rdt(d, 18, 22)
    aem = f"ahmad.alkhatib{random.randint(10, 99)}@example.com"
    ph = phone()
    orig = f"""السلام عليكم،

أنا أحمد الخطيب، ابن المريضة فاطمة الخطيب. والدتي عندها موعد لإبرة الظهر (حقنة فوق الجافية) يوم {appt.day}/{appt.month} الساعة 9 صباحاً مع الدكتور أويلاران في عيادة Ridgeline.
هي لا تتكلم الإنجليزية، هل ممكن توفير مترجمة عربية (امرأة إذا أمكن) في الموعد؟
وأيضاً هي تأخذ دواء بلافيكس للقلب، هل يجب أن توقفه قبل الإبرة؟ ومتى؟

رقم هاتفي {ph}
شكراً جزيلاً"""
    dt2 = later(dt1 + timedelta(hours=12), 10, 120)
    body = f"""وعليكم السلام أخ أحمد،

تم حجز مترجمة عربية (سيدة) لموعد والدتك يوم {appt.day}/{appt.month} الساعة 9 صباحاً. أرجو الحضور قبل الموعد بربع ساعة.
بخصوص البلافيكس: لا توقفه قبل أن تتصل بك ممرضة العيادة نادية، لأن القرار يحتاج موافقة طبيب القلب. أرسلت لها رسالتك وستتصل بك اليوم على رقم {ph}.

مع التحية،
رانيا حداد
{sig("haddad")}

On {dt1.strftime('%a, %b')} {dt1.day}, {dt1.year}, Ahmad Al-Khatib <{aem}> wrote:
{quote(orig)}
"""
    m = mk(addr("haddad"), [formataddr(("Ahmad Al-Khatib", aem))], "Re: موعد والدتي - مترجم", body, dt2,
           cc=[addr("farouk")], reply=mid("example.com"))
    return m, p


@reg("phi", "lang")
def lang_portuguese():
    p = "Rosângela Figueiredo"
    d = rday()
    dos = d - timedelta(days=random.randint(40, 70))
    dt1 = rdt(d, 8, 20)
    mem = member_id()
    rem = f"rosangela.fig{random.randint(10, 99)}@example.net"
    meses = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
             "novembro", "dezembro"]
    valor = f"{random.randint(1, 2)}.{random.randint(100, 899)},00"
    orig = f"""Olá, bom dia.

Meu nome é Rosângela Figueiredo, recebi uma conta de vocês no valor de US$ {valor} referente à anestesia da minha cirurgia de vesícula no dia {dos.day} de {meses[dos.month - 1]} no hospital Marlowe Valley. Meu seguro é Northgate, número de membro {mem}, e o cirurgião disse que estava tudo autorizado. Não entendo por que a anestesia não foi coberta.

Vocês podem mandar para o seguro de novo? Não tenho condições de pagar esse valor agora. Se precisar posso fazer um plano de pagamento.

Obrigada,
Rosângela
{phone()}"""
    dt2 = later(dt1, 60, 240)
    body = f"""Renee - do you or anyone on your team read Portuguese? Came in through the web form. From what I can tell she's asking about the anesthesia bill for her {md(dos)} gallbladder surgery and says Northgate should have covered it, member ID is in there. Can you check if it went out with the right payer before we call her back?

Shauna

{fwd_block("Rosângela Figueiredo", rem, dt1, "billing@" + BILL, "conta da anestesia", orig)}
"""
    m = mk(addr("obrien"), [addr("castillo")], "Fwd: conta da anestesia", body, dt2)
    return m, p


# ================================================================ PHI: lists
def mixed(n):
    out = []
    for _ in range(n):
        out.append(pf() if random.random() < 0.5 else pm())
    return out


@reg("phi", "lists")
def lists_block_schedule():
    d = rday()
    tom = next_wd(d, 1)
    dt = rdt(d, 15, 18)
    pts = mixed(6)
    blocks = [("Hartwell", "R TSA", "ISB + cath", "none"),
              ("Hartwell", "L TKA", "ACB + iPACK", "ASA 81 - ok"),
              ("Qadir", "L4-5 TLIF", "ESP bilat", "Eliquis held since " + md(tom - timedelta(days=3))),
              ("Ferris", "R inguinal hernia", "TAP/ilioinguinal", "none"),
              ("Hartwell", "R distal radius ORIF", "SCB", "Plavix - held 7d, confirm"),
              ("Okoro", "L hip hemi", "PENG + LFCN", "heparin SQ - last dose 2200")]
    rows = ["Name                  | MRN      | Surgeon  | Case                 | Block              | Anticoag",
            "----------------------+----------+----------+----------------------+--------------------+------------------------------"]
    for p, (s, c, b, a) in zip(pts, blocks):
        nm = f"{last(p)}, {first(p)}"
        rows.append(f"{nm:<22}| {mrn():<9}| {s:<9}| {c:<21}| {b:<19}| {a}")
    body = f"""Block team for {long_d(tom)}:

Attending: Lindqvist   Fellow: Sato   Block nurse: Pham RN (bay 12)

{chr(10).join(rows)}

#5 - pharmacy still hasn't confirmed the Plavix hold date, Kenji please call the pt tonight if you don't hear by 1800. If not 7 days we switch to GA only.
#3 ESP is fine regardless of the Eliquis but put it on the huddle list.

Cath supplies restocked in the block cart. Please don't take the US probe covers to OR 4 again :)

TL

{sig("lindqvist")}
"""
    m = mk(addr("lindqvist"), ["Regional Block Team <regional.block@" + HOSP + ">"], f"Blocks {md(tom)}", body, dt,
           cc=[addr("sato")])
    return m, "; ".join(pts)


@reg("phi", "lists")
def lists_pat_worklist():
    d = rday()
    dt = rdt(d, 6, 8)
    pts = mixed(7)
    reasons = ["needs clinic visit - STOP-BANG 7, no sleep study",
               "phone screen, home O2 2L - call after 10am",
               "on Xarelto, confirm hold w/ cardiology",
               "Hgb A1c 9.8 last month - notify surgeon",
               "hx difficult airway at outside hosp, get records",
               "phone screen only, deaf - use relay/text",
               "pacemaker - need device interrogation report"]
    lines = []
    for p, r in zip(pts, reasons):
        db = dob(30, 86)
        dos = next_wd(d, random.randint(3, 12))
        lines.append(f"{p.upper()} - {mdy(db)} - DOS {md(dos)} - {r}")
    body = f"""Morning all,

Today's PAT worklist (the ones that need a nurse, not just the automated call). Kelsey has 1-4, Guerline 5-7. Please put the STOP-BANG score in the screen even if it's 0.

{chr(10).join(str(i + 1) + ". " + l for i, l in enumerate(lines))}

Clinic slots this week: Tue 1300, Wed 0900/1000, Thu 1400. Don't book Fri, Dr. Raman has the only clinic slot and it's taken.

Jo

{sig("mirelli")}
"""
    m = mk(addr("mirelli"), [addr("brandt"), addr("joseph")], f"PAT worklist {md(d)}", body, dt, cc=[addr("dizon")])
    return m, "; ".join(pts)


@reg("phi", "lists")
def lists_billing_csv():
    d = rday()
    dt = rdt(d, 9, 16)
    pts = mixed(8)
    cpts = [("00790", 7), ("01402", 7), ("00630", 8), ("01214", 8), ("00840", 6), ("01630", 5), ("00142", 4),
            ("01992", 5)]
    lines = ["Patient Name,Acct No,DOS,ASA Code,Base Units,Anes Start,Anes End,Minutes,Provider,Issue"]
    for p, (c, b) in zip(pts, cpts):
        dos = d - timedelta(days=random.randint(5, 25))
        st = random.randint(7 * 60, 15 * 60)
        dur = random.randint(35, 190)
        issue = random.choice(["no stop time", "overlapping CRNA times", "medical direction attestation missing",
                               "start time after incision", "no stop time", "QZ vs QX mismatch"])
        endt = "" if issue == "no stop time" else f"{(st + dur) // 60:02d}:{(st + dur) % 60:02d}"
        mins = "" if not endt else str(dur)
        lines.append(f"\"{last(p)}, {first(p)}\",{digits(8)},{mdy(dos)},{c},{b},{st // 60:02d}:{st % 60:02d},{endt},{mins},"
                     f"{random.choice(['Lindqvist/Hughes', 'Raman/Delacroix', 'Lindqvist/Delacroix', 'Okoro'])},{issue}")
    body = f"""Hi Dana,

Attached is this week's charge hold report - 8 anesthesia cases we can't release because the time units or the medical direction documentation doesn't add up. Most are the interface dropping the stop time again. Could you route to the providers for correction? Anything not fixed by the 15th ages past our internal 30-day mark.

Thanks,
Renee

{sig("castillo")}

{BILL_DISC}
"""
    m = mk(addr("castillo"), [addr("pruitt")], f"Charge hold report - wk of {md(d - timedelta(days=d.weekday()))}", body, dt,
           cc=[addr("obrien")], atts=[("\r\n".join(lines) + "\r\n", "text", "csv", f"charge_hold_{d.strftime('%Y%m%d')}.csv")])
    return m, "; ".join(pts)


@reg("phi", "lists")
def lists_scs_tracker():
    d = rday()
    dt = rdt(d, 11, 17)
    pts = mixed(6)
    rows = [["Patient", "DOB", "Payer", "Psych eval", "Auth status", "Trial date", "Relief % (day 5)", "Perm implant",
             "Notes"]]
    stat = ["Approved", "Pending - addl info", "Approved", "Denied - appeal sent", "Approved", "Not submitted"]
    for i, p in enumerate(pts):
        db = dob(38, 79)
        trial = mdy(d + timedelta(days=random.randint(-30, 30))) if stat[i] == "Approved" else ""
        relief = random.choice([70, 55, 40, 80]) if stat[i] == "Approved" and i != 4 else ""
        perm = "Scheduled w/ Qadir" if relief and relief >= 50 else ""
        rows.append([p, mdy(db), random.choice(["Northgate", "Medicare", "Medicare Adv", "BlueMeridian", "Workers comp"]),
                     random.choice(["Done", "Done", "Scheduled", "Needed"]), stat[i], trial, relief, perm,
                     random.choice(["", "wants paddle lead", "smoker - counsel", "MRI compatible system req",
                                    "travels for work"])])
    body = f"""All,

Updated stimulator tracker attached for Thursday's neuromod meeting. Two changes since last week: the Northgate one is still waiting on the psych eval, and the denied one - appeal went out Monday with Dr. Oyelaran's letter.

Colin from Neurovance asked if he can sit in for the first 10 min, I told him yes unless anyone objects.

Nadia

{sig("farouk")}
"""
    m = mk(addr("farouk"), [addr("oyelaran"), addr("voss"), addr("whitaker")], "SCS tracker - updated", body, dt,
           atts=[(xlsx(rows, "SCS 2025"), "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                  "SCS_tracker.xlsx")])
    return m, "; ".join(pts)


@reg("phi", "lists")
def lists_agreements_tsv():
    d = rday()
    dt = rdt(d, 8, 17)
    pts = mixed(6)
    hdr = "Patient\tMRN\tProvider\tAgreement signed\tLast UDS\tLast PDMP check\tMME/day\tDue"
    out = [hdr]
    for p in pts:
        signed = d - timedelta(days=random.randint(330, 420))
        uds = d - timedelta(days=random.randint(60, 200))
        pd = d - timedelta(days=random.randint(5, 100))
        out.append(f"{p}\t{mrn()}\t{random.choice(['Oyelaran', 'Voss'])}\t{mdy(signed)}\t{mdy(uds)}\t{mdy(pd)}\t"
                   f"{random.choice([15, 22.5, 30, 40, 45, 60, 90])}\t{'OVERDUE' if signed < d - timedelta(days=365) else 'this month'}")
    body = f"""Pulled from the controlled substance registry this morning - these are the agreements due or overdue for annual renewal. Can the MAs flag them in the schedule so we catch them at the next visit? The two over 50 MME also need the naloxone Rx confirmed.

{chr(10).join(out)}

(copied straight out of the spreadsheet so columns may be off)

Trent

{sig("whitaker")}
"""
    m = mk(addr("whitaker"), ["Ridgeline Clinical Staff <clinical.staff@" + PAIN + ">"], "Opioid agreements due for renewal",
           body, dt, cc=[addr("oyelaran")])
    return m, "; ".join(pts)


@reg("phi", "lists")
def lists_asc_board():
    d = rday()
    tom = next_wd(d, 1)
    dt = rdt(d, 14, 17)
    pts = mixed(7)
    cases = [("0730", "1", "Hartwell", "R knee scope", "GA/LMA", "OSA - CPAP, bring own"),
             ("0745", "2", "Bui", "Cataract OS", "MAC", "Deaf - ASL interp 0700"),
             ("0900", "1", "Hartwell", "L CTR", "Bier/MAC", ""),
             ("0930", "2", "Bui", "Cataract OD", "MAC", "on Coumadin - INR AM"),
             ("1030", "1", "Ferris", "Lap chole", "GA/ETT", "BMI 44, prior diff airway - VL"),
             ("1100", "3", "Nakamura", "Colonoscopy", "MAC/propofol", "Latex allergy"),
             ("1245", "1", "Hartwell", "R shoulder scope", "GA + ISB", "Ride TBD - call")]
    lines = [f"{'Time':<6}{'OR':<4}{'Patient':<24}{'Surgeon':<11}{'Procedure':<19}{'Anes':<13}Flags",
             "-" * 95]
    for p, (t, r, s, pr, an, fl) in zip(pts, cases):
        lines.append(f"{t:<6}{r:<4}{p:<24}{s:<11}{pr:<19}{an:<13}{fl}")
    body = f"""Hi - tomorrow's board for anesthesia. 3 rooms. Please let me know who you're sending so I can update the sheet.

{chr(10).join(lines)}

Pre-op calls are done except 1245 (no answer x2, left VM).

Lorna

{sig("pettigrew")}

{ASC_DISC}
"""
    m = mk(addr("pettigrew"), ["Anesthesia Scheduling <anesthesia.scheduling@" + HOSP + ">"],
           f"CPSC board {tom.strftime('%a %m/%d')}", body, dt, cc=[addr("delacroix")])
    return m, "; ".join(pts)


@reg("phi", "lists")
def lists_anticoag_holds():
    d = rday()
    dt = rdt(d, 7, 10)
    pts = mixed(6)
    meds = [("apixaban 5 BID", "72 h"), ("clopidogrel 75", "7 days"), ("warfarin 5", "5 days + INR"),
            ("rivaroxaban 20", "72 h"), ("enoxaparin 1 mg/kg BID", "24 h"), ("ticagrelor 90 BID", "5 days")]
    lines = []
    for p, (mdn, hold) in zip(pts, meds):
        proc = next_wd(d, random.randint(2, 8))
        pr = random.choice(["CESI", "L-ESI", "SCS trial", "MBB", "RFA", "spinal for TKA", "TFESI"])
        ok = random.choice(["cardiology OK'd", "PCP OK'd", "awaiting prescriber", "no bridging needed",
                            "bridge w/ enox per cards"])
        lines.append(f"  - {last(p)}, {first(p)} -- {pr} {md(proc)} -- {mdn} -- hold {hold} -- {ok}")
    body = f"""Good morning,

Anticoagulant hold check for next week's neuraxial / interventional pain procedures. Hold intervals per our ASRA-based table (v. 2024). Anything marked "awaiting prescriber" needs a call today or the procedure moves.

{chr(10).join(lines)}

Reminder: if the last dose date isn't documented in the chart, we can't assume it. Please ask the patient and write it down.

Maya

{sig("chen")}

{HOSP_DISC}
"""
    m = mk(addr("chen"), [addr("farouk"), addr("mirelli")], "Anticoag holds - next week procedures", body, dt,
           cc=[addr("voss"), addr("lindqvist")], html=True)
    return m, "; ".join(pts)


def take(n):
    for pool in (F_NAMES, M_NAMES):
        if n in pool:
            pool.remove(n)
    return n


# ================================================================ PHI: names
@reg("phi", "names")
def names_airway():
    p = pf()
    d = rday()
    dos = next_wd(d, 8)
    dt = rdt(d, 11, 16)
    body = f"""Dr. Raman,

Saw Mrs. {last(p)} in PAT this morning for her {md(dos)} shoulder with Dr. Hartwell. Heads up on her airway: mouth opening maybe 2 fingerbreadths, Mallampati 4, limited neck extension (she had a cervical fusion years ago). She told me she "had a hard time with the breathing tube" after her hysterectomy at St. Brennan's in 2009 and woke up with a very sore throat and was told to tell future anesthesiologists.

I requested the anesthesia record from St. Brennan's, they said 3-5 business days. Can someone put the difficult airway flag on the case and let Hartwell's office know an awake intubation may add time? She is nervous about it so it would help if the anesthesiologist called her beforehand.

Thanks,
Kelsey

{sig("brandt")}
"""
    m = mk(addr("brandt"), [addr("raman")], "Airway concern - Hartwell shoulder case", body, dt, cc=[addr("mirelli")], html=True)
    return m, p


@reg("phi", "names")
def names_subject_only():
    p = take("Cornelius Vantreece")
    d = rday()
    dt1 = rdt(d, 9, 11)
    dt2 = later(dt1, 15, 120)
    body = f"""Push it a week. Needs to be under 1.5 for a TFESI. Have him recheck Tuesday at the Coumadin clinic and send me the number.

HV

-----Original Message-----
From: {name("farouk")} <{email_of("farouk")}>
Sent: {dt1.strftime('%A, %B')} {dt1.day}, {dt1.year} {dt1.strftime('%I:%M %p').lstrip('0')}
To: {name("voss")} <{email_of("voss")}>
Subject: {p}

INR came back 1.9 this morning. Ok to go Friday or do we push?
-N
"""
    m = mk(addr("voss"), [addr("farouk")], f"RE: {p}", body, dt2)
    return m, p


@reg("phi", "names")
def names_deep_quote():
    p = pf()
    d = rday()
    dos = next_wd(d, 10)
    dt1 = rdt(d, 9, 12)
    dt2 = later(dt1, 60, 240)
    dt3 = later(dt2, 60, 300)
    m1 = f"""Hello,

Dr. Qadir asked me to reach out about {p}, scheduled {mdy(dos)} for a T10-pelvis fusion at Marlowe Valley. She's been on high-dose oxycodone for years (she's a Ridgeline patient, Dr. Oyelaran) and Dr. Qadir would like the acute pain service to see her before surgery and plan for an epidural catheter or ketamine after. Who should I send the referral to?

Thank you,
Bethany

{sig("ruiz")}"""
    m2 = f"""Dana - can you get this on the APS pre-op consult list and tell the Lakeshore office what they need to send? I'd like her in clinic at least a week before. Also loop in Ridgeline so we know her current regimen.

TL"""
    m3 = """Done - added to APS consult list, sent Bethany the referral form. Ridgeline is sending the med list.

Dana"""
    body = f"""{m3}

{sig("pruitt")}

{outlook_block(name("lindqvist"), email_of("lindqvist"), dt2, name("pruitt"), "FW: APS pre-op consult request", m2)}
{outlook_block(name("ruiz"), email_of("ruiz"), dt1, "Anesthesiology Dept <anesthesia@" + HOSP + ">", "APS pre-op consult request", m1)}"""
    m = mk(addr("pruitt"), [addr("lindqvist")], "RE: FW: APS pre-op consult request", body, dt3, cc=[addr("ruiz")])
    return m, p


@reg("phi", "names")
def names_last_first():
    p = pf()
    d = rday()
    proc = next_wd(d, 2)
    dt = rdt(d, 8, 16)
    body = f"""Sofia,

{last(p)}, {first(p)} - please cancel her TFESI on {proc.strftime('%A')} ({md(proc)}). Cardiology won't clear her off Brilinta, she had a stent placed in January. Rebook after 12 months from the stent date per cards, so not before next January. Dr. Voss is aware and will see her in clinic in the meantime for med management - can you book a 30 min f/u in 4-6 wks?

I already called her, she was fine with it.

Nadia
"""
    m = mk(addr("farouk"), [addr("esparza")], "cancel thurs TFESI", body, dt)
    return m, p


@reg("phi", "names")
def names_nickname():
    p = take("James Ruddle")
    d = rday()
    dt1 = rdt(d, 10, 14)
    dt2 = later(dt1, 30, 180)
    orig = f"""Helena,

Big Jim is back (Jim Ruddle) asking for an early refill again - says his bottle "fell in the lake" this time. Third early request in 4 months. PDMP shows a fill from an urgent care in Pike County two weeks ago that he didn't tell us about.

I think we need to sit down with him about the agreement. Are you in clinic Thursday? I'd like you to be in the room.

Marcus"""
    body = f"""Yes, Thursday afternoon works, I'll block 2:30. Agree - no early fill. I'll have Nadia schedule a UDS the same day and pull the signed agreement so we can go over it line by line with him. Might be time to talk about a taper or bupe referral.

H

{on_wrote(dt1, name("oyelaran"), email_of("oyelaran"))}
{quote(orig)}
"""
    m = mk(addr("voss"), [addr("oyelaran")], "Re: Jimmy R", body, dt2, cc=[addr("farouk")])
    return m, p


@reg("phi", "names")
def names_first_only():
    d = rday()
    dt = rdt(d, 6, 9)
    body = """Hey - Marisol in bay 3 is really anxious, she says she woke up during her c-section years ago and hasn't had anesthesia since. Can you ask Dr. Raman to come talk to her before we go back? Also ok to give the 2 of midaz that's ordered once she's seen her. Husband can stay until we roll.

thanks, D

Sent from my mobile
"""
    m = mk(addr("hughes"), ["Pre-op Holding RN <preop.holding@" + HOSP + ">"], "bay 3", body, dt)
    return m, "Marisol"


@reg("phi", "names")
def names_surgeon_letter():
    p = pm()
    d = rday()
    dt = rdt(d, 16, 19)
    body = f"""Steve,

About Mr. {last(p)} - his sleep study finally came back: AHI 48, nadir sat 76%. Sleep medicine is starting him on CPAP next week.

I'd really prefer he have at least 2-3 weeks on CPAP before the hernia repair, and honestly I'd rather it be done at Marlowe Valley with an overnight in a monitored bed than at Cedar Point. Between that and the BMI he's not a great ASC candidate. Happy to talk if you disagree - my cell is (740) 555-0148.

Priya

{sig("raman")}
"""
    m = mk(addr("raman"), ["Steven Ferris, MD <sferris@ferrissurgical.com>"], f"{last(p)} - OSA results",
           body, dt, cc=["Tina Mott <tmott@ferrissurgical.com>"])
    return m, p


@reg("phi", "names")
def names_pdph():
    p = take("Tamsin Quayle")
    d = rday()
    dt = rdt(d, 7, 20)
    lab = d - timedelta(days=3)
    body = f"""Dr. Lindqvist,

Tamsin Quayle (the L&D epidural from {lab.strftime('%A')} night - the wet tap with the 17g Tuohy) called the OB floor today. Still has a positional headache on day 3, worse sitting up, some neck stiffness, no fever, no neuro changes. Caffeine and fluids haven't helped much and she's having trouble caring for the baby.

I offered an epidural blood patch and she'd like to do it. I tentatively booked block room 2 tomorrow at 0800 and she'll come in through Labor & Delivery triage. Her husband will drive. Is that ok with you to supervise? If not I'll ask Dr. Raman.

Kenji

{sig("sato")}
"""
    m = mk(addr("sato"), [addr("lindqvist")], "blood patch tomorrow?", body, dt, html=True)
    return m, p


# ================================================================ PHI: self
@reg("phi", "self")
def self_xarelto():
    p = take("Walter Brisk")
    d = rday()
    dos = next_wd(d, 9)
    dt = rdt(d, 7, 21)
    em = f"wbrisk{random.randint(40, 60)}@example.net"
    body = f"""To the pre-anesthesia people,

My name is Walter Brisk, date of birth 8/14/1949. My knee replacement with Dr. Hartwell is on the {ordn(dos.day)}. Your nurse called me last week but I didn't have my pill bottles in front of me.

I take Xarelto 20 mg every night (for the heart rhythm) and I have a pacemaker, Medtronic I think, put in 2019. When should I stop the Xarelto? My cardiologist Dr. Mehrotra said to ask you folks. Also does somebody need to check the pacemaker before?

Best number is home {phone()}, I don't always hear the cell.

Walter Brisk
"""
    m = mk(formataddr(("Walter Brisk", em)), ["Pre-Anesthesia Testing <pat.clinic@" + HOSP + ">"],
           "Question about blood thinner before surgery", body, dt)
    return m, p


@reg("phi", "self")
def self_lowercase_cancel():
    p = take("Deborah Kittredge")
    d = rday()
    dt = rdt(d, 20, 23)
    body = """hi its deb kittredge. cant make my injection tmrw morning, car broke down and my sister works. so sorry. can i get in next week? any day but wed. i already stopped my aspirin so not sure if i keep stopping it??

also my neck has been worse, the numbness in my fingers is back

deb

Sent from my iPhone
"""
    m = mk(formataddr(("deb k", f"debkitt{random.randint(60, 79)}@example.com")), [addr("esparza")], "tmrw appt", body, dt)
    return m, p


@reg("phi", "self")
def self_bill_units():
    p = pm()
    d = rday()
    dos = d - timedelta(days=random.randint(30, 70))
    dt = rdt(d, 7, 21)
    acct = digits(8)
    em = f"{first(p).lower()}{last(p).lower()}@example.org"
    body = f"""Hello,

I received a statement from your company for anesthesia on {mdy(dos)} (account {acct}). My surgery was a 45 minute shoulder scope according to my surgeon, but the bill says 11 units and I was charged $1,386.00, of which my insurance paid part and I owe $412.50.

Can someone explain what a "unit" is and how you got 11? I was only in the operating room a little over an hour. I also never met the nurse anesthetist listed on the bill, I only remember the doctor who did the nerve block in my neck.

I would like an itemized bill before I pay anything.

Thank you,
{p}
{phone()}
"""
    m = mk(formataddr((p, em)), ["Patient Billing <billing@" + BILL + ">"], f"Question on anesthesia bill - acct {acct}", body, dt)
    return m, p


@reg("phi", "self")
def self_employee():
    p = take("Tonya Greer")
    d = rday()
    proc = next_wd(d, 6)
    dt = rdt(d, 15, 18)
    body = f"""Hi Cheryl,

I need to request 2 days off ({md(proc)} and {md(next_wd(proc, 1))}). I'm having a lumbar epidural steroid injection at Ridgeline that morning and they said no driving and to take it easy the next day. My sciatica has been bad enough that I've been struggling through the long cases standing.

I attached the appointment letter from Ridgeline. Do I need to do FMLA paperwork for this, or can it just come out of my PTO? If I end up needing the back surgery I'd rather start the FMLA now.

Thanks,
Tonya Greer, CST
Main OR - Ortho team
x6341
"""
    letter = ["RIDGELINE INTERVENTIONAL PAIN & SPINE", "2200 Quarry Ridge Pkwy, Suite 310", "",
              f"Date: {mdy(d)}", "", "To whom it may concern,", "",
              f"Tonya Greer is scheduled for a procedure at our office on {mdy(proc)} at 9:30 AM.",
              "She will be unable to drive that day and should avoid strenuous activity",
              f"through {mdy(next_wd(proc, 1))}. She may return to full duty on {mdy(next_wd(proc, 2))}.", "",
              "Helena Voss, DO"]
    m = mk(formataddr(("Tonya Greer", "tgreer@" + HOSP)), ["Cheryl Banning <cbanning@" + HOSP + ">"],
           "PTO request / FMLA?", body, dt,
           atts=[(docx(letter), "application", "vnd.openxmlformats-officedocument.wordprocessingml.document",
                  "Ridgeline_letter.docx")])
    return m, p


@reg("phi", "self")
def self_scs_diary():
    p = take("Ernest Pomeroy")
    d = rday()
    dt = rdt(d, 18, 21)
    em = f"ernie.pomeroy{random.randint(1, 9)}@example.com"
    body = f"""Nadia,

Day 4 report like you asked:

Mon - pain 8 before, 5 after the rep turned it on
Tue - 4. walked to the mailbox and back twice
Wed - 3, slept 6 hrs straight first time in years
Thu - 3-4. Used program 2 most of the day, program 1 gives me the buzzing in my privates so I turned that one off

Only took 1 of the oxycodone each day instead of 3. Dressing is dry. A little sore where the wires come out.

I want the permanent one. What do I need to do next? My wife wants to know if Medicare covers it.

Ernie Pomeroy
{phone()}
"""
    m = mk(formataddr(("Ernest Pomeroy", em)), [addr("farouk")], "stimulator trial - day 4", body, dt)
    return m, p


@reg("phi", "self")
def self_cpap():
    p = take("Hazel Drummond")
    d = rday()
    dos = next_wd(d, 5)
    dt = rdt(d, 8, 20)
    em = f"hdrummond{random.randint(100, 999)}@example.net"
    body = f"""Good morning,

I have my gallbladder surgery on {mdy(dos)}. Do I need to bring my CPAP machine? I just got it last month after my sleep study (they said my oxygen dropped to 80 in my sleep) and I'm still getting used to the mask. Also I have a full face mask not the nose one if that matters.

I am also diabetic on insulin at night - the nurse on the phone told me half dose the night before but I wrote it down wrong. Was it half of 40 units?

Thank you so much
Hazel

--
Hazel Drummond
"""
    m = mk(formataddr(("Hazel Drummond", em)), ["Pre-Anesthesia Testing <pat.clinic@" + HOSP + ">"], "CPAP + insulin question",
           body, dt)
    return m, p


@reg("phi", "self")
def self_pharmacy():
    p = pm()
    d = rday()
    dt = rdt(d, 12, 19)
    em = f"{first(p)[0].lower()}{last(p).lower()}{random.randint(1, 99)}@example.com"
    body = f"""I know the agreement says no early refills and I'm not asking for one. My refill is due tomorrow and the Walgreens on Route 9 says they're out of the hydrocodone 10s and won't get them till next week. They said the doctor has to send it somewhere else, they can't transfer it.

Can Dr. Oyelaran send it to the Kroger pharmacy on Harmon instead? I have 1 day left. I don't want to go into withdrawal and I don't want it to look like I'm doing something wrong.

{first(p)}
"""
    m = mk(formataddr((p, em)), ["Ridgeline Pain Patient Messages <messages@" + PAIN + ">"], "pharmacy out of my med", body, dt)
    return m, p


# ================================================================ PHI: struct
def hl7ts(dt):
    return dt.strftime("%Y%m%d%H%M%S")


STREETS = ["118 Birchwood Ln", "4402 County Road 16", "27 Maple Hollow Dr", "903 Sutter St Apt 2B",
           "61 Pleasant Valley Rd", "1550 Orchard Crest Ct", "8 Tannery Row", "312 W Fifth St"]
CITIES = [("Granville Falls", "43029"), ("Pickerington Mills", "43147"), ("Asherton", "43701"), ("Lynnport", "45601")]


@reg("phi", "struct")
def struct_adt():
    p = pf()
    d = rday()
    dt = rdt(d, 9, 16)
    sent = dt - timedelta(hours=2)
    dos = next_wd(d, 9)
    db = dob(55, 80)
    mr = mrn()
    st = random.choice(STREETS)
    city, z = random.choice(CITIES)
    segs = [
        f"MSH|^~\\&|EPICADT|MVMC|AIMS|MVMC_ANES|{hl7ts(sent)}||ADT^A05^ADT_A05|MV{digits(9)}|P|2.5.1",
        f"EVN|A05|{hl7ts(sent)}",
        f"PID|1||{mr}^^^MVMC^MR||{last(p).upper()}^{first(p).upper()}^M||{db.strftime('%Y%m%d')}|F|||{st.upper()}^^{city.upper()}^OH^{z}^USA||^PRN^PH^^^740^555{random.randint(100, 199):04d}|||M||{digits(9)}^^^MVMC^AN|{ssn().replace('-', '')}",
        f"PV1|1|P|PAT^^^MVMC||||1093847265^HARTWELL^STEPHEN^^^^MD|||SUR||||||||PRE|{digits(10)}|||||||||||||||||||||||||{dos.strftime('%Y%m%d')}0730",
        "PV2|||^L TOTAL KNEE ARTHROPLASTY",
        "DG1|1||M17.12^Unilateral primary osteoarthritis, left knee^I10|||A",
        "AL1|1|DA|70618^Penicillin^RXNORM|MO|Hives",
        f"IN1|1|NGHPPO|NGH01|NORTHGATE HEALTH PLAN|PO BOX 7710^^COLUMBUS^OH^43218|||GRP4410||||||||{last(p).upper()}^{first(p).upper()}|SEL|{db.strftime('%Y%m%d')}|||||||||||||||||{member_id()}",
    ]
    msg = "\n".join(segs)
    body = f"""Hi Priyanka,

Since Sunday's upgrade the A05 pre-admits from registration are not creating the PAT encounters in the AIMS. The ACK comes back AA but nothing shows in the pre-op worklist. Sample from prod below (please handle per our BAA, don't paste into the public ticket portal).

My guess is PV1-44 - the admit date is now coming across with the time appended. Can you check whether the inbound map still expects YYYYMMDD?

{msg}

Thanks,
Ben

{sig("kowalczyk")}
"""
    m = mk(addr("kowalczyk"), ["Priyanka Venkat <pvenkat@meridian-integration.com>"], "A05 not creating PAT encounters - sample",
           body, dt, cc=[addr("mirelli")])
    return m, p


@reg("phi", "struct")
def struct_siu():
    p = pm()
    d = rday()
    dt = rdt(d, 6, 18)
    ap = next_wd(d, 4)
    start = datetime.datetime(ap.year, ap.month, ap.day, 10, 15)
    db = dob(45, 80)
    segs = [
        f"MSH|^~\\&|RIDGEPM|RIDGELINE|MVMCSCHED|MVMC|{hl7ts(dt)}||SIU^S12|RG{digits(8)}|P|2.3",
        f"SCH|{digits(7)}|{digits(7)}|||||PROC^Procedure||30|MIN|^^30^{hl7ts(start)}^{hl7ts(start + timedelta(minutes=30))}|||||ESPARZA^SOFIA|||||||||BOOKED",
        f"PID|1||{mrn()}^^^RIDGE^MR||{last(p).upper()}^{first(p).upper()}||{db.strftime('%Y%m%d')}|M|||{random.choice(STREETS).upper()}^^{random.choice(CITIES)[0].upper()}^OH|||||||{digits(8)}",
        "PV1|1|O|RIDGE^PROC B",
        f"AIS|1||TFESI-L^TRANSFORAMINAL EPIDURAL LUMBAR^LOCAL|{hl7ts(start)}|0|MIN|30|MIN",
        "AIP|1||1558203947^VOSS^HELENA^^^^DO|ATTENDING",
        f"NTE|1||HOLD APIXABAN 72H - LAST DOSE {(ap - timedelta(days=3)).strftime('%m/%d')} PM. NEEDS DRIVER. CONTRAST ALLERGY - PREMED",
    ]
    msg = "\r".join(segs) + "\r"
    body = f"""Interface Engine Alert

Channel:      RIDGEPM_SIU_IN -> MVMC_PROCSCHED
Status:       ERROR (message rejected)
Error:        AIS-3 universal service ID 'TFESI-L' not found in translation table PROC_CODES_RIDGE
Received:     {dt.strftime('%Y-%m-%d %H:%M:%S')}
Retries:      3 of 3

The original message is attached. Correct the mapping and resubmit from the error queue.

This is an automated notification from Rhapsody Monitor. Do not reply.
"""
    m = mk("Interface Monitor <interface-alerts@" + HOSP + ">", [addr("kowalczyk")],
           f"[ERROR] RIDGEPM_SIU_IN - message rejected ({dt.strftime('%H:%M')})", body, dt,
           atts=[(msg.encode(), "application", "hl7-v2", f"SIU_S12_{hl7ts(dt)}.hl7")])
    return m, p


@reg("phi", "struct")
def struct_dft():
    pts = [pf(), pm(), pf()]
    d = rday()
    dt = rdt(d, 9, 16)
    msgs = []
    for p, (cpt, desc, dx) in zip(pts, [("01402", "ANES KNEE ARTHROPLASTY", "M17.12"),
                                         ("00790", "ANES UPPER ABD LAPAROSCOPIC", "K80.20"),
                                         ("01630", "ANES SHOULDER OPEN PROC", "M75.121")]):
        dos = d - timedelta(days=random.randint(2, 6))
        s = datetime.datetime(dos.year, dos.month, dos.day, random.randint(7, 13), random.randint(0, 59))
        e = s + timedelta(minutes=random.randint(50, 140))
        segs = [
            f"MSH|^~\\&|AIMS|MVMC_ANES|KEYSTONE|KABS|{hl7ts(dt)}||DFT^P03|AN{digits(8)}|P|2.5",
            f"EVN|P03|{hl7ts(dt)}",
            f"PID|1||{mrn()}^^^MVMC^MR||{last(p).upper()}^{first(p).upper()}||{dob(30, 85).strftime('%Y%m%d')}|{'F' if p in pts[::2] else 'M'}|||||||||{digits(9)}",
            f"PV1|1|I|OR^06^^MVMC|||||||SUR",
            f"FT1|1|||{hl7ts(s)}^{hl7ts(e)}|{dos.strftime('%Y%m%d')}|CG|{cpt}^{desc}^CPT|||0|||||||||{dx}|1093847265^LINDQVIST^TOBIAS|||||{cpt}^{desc}^CPT|QK",
        ]
        msgs.append("\n".join(segs))
    body = f"""Ben,

The DFTs coming over from the AIMS since {md(d - timedelta(days=6))} have FT1-10 (quantity/minutes) = 0, so our system calculates zero time units and the claims drop to base units only. Start/stop are in FT1-4 and they look right, so it's just the minutes field. Three examples below out of ~40.

{chr(10).join(chr(10) + x for x in msgs)}

Can you look before Friday's batch? We're holding all anesthesia charges with 0 minutes until this is fixed.

Renee

{sig("castillo")}

{BILL_DISC}
"""
    m = mk(addr("castillo"), [addr("kowalczyk")], "DFT^P03 - FT1-10 minutes coming across as 0", body, dt, cc=[addr("pruitt")])
    return m, "; ".join(pts)


@reg("phi", "struct")
def struct_837():
    p = pf()
    d = rday()
    dt = rdt(d, 9, 16)
    dos = d - timedelta(days=random.randint(10, 30))
    db = dob(50, 70)
    mem = member_id()
    st = random.choice(STREETS)
    city, z = random.choice(CITIES)
    acct = digits(9)
    ctl = digits(9)
    mins = random.randint(70, 130)
    ts = dt.strftime("%y%m%d")
    tm = dt.strftime("%H%M")
    body_segs = [
        f"ST*837*0001*005010X222A1",
        f"BHT*0019*00*{digits(10)}*{dt.strftime('%Y%m%d')}*{tm}*CH",
        "NM1*41*2*KEYSTONE ANESTHESIA BILLING SERVICES*****46*KABS01",
        "PER*IC*SHAUNA OBRIEN*TE*8885550133",
        "NM1*40*2*NORTHGATE HEALTH PLAN*****46*NGH01",
        "HL*1**20*1",
        "NM1*85*2*MARLOWE VALLEY ANESTHESIA ASSOCIATES*****XX*1184729305",
        "N3*1400 CAMBRIDGE AVE",
        "N4*LYNNPORT*OH*45601",
        "REF*EI*311847220",
        "HL*2*1*22*0",
        "SBR*P*18*GRP4410******CI",
        f"NM1*IL*1*{last(p).upper()}*{first(p).upper()}****MI*{mem}",
        f"N3*{st.upper()}",
        f"N4*{city.upper()}*OH*{z}",
        f"DMG*D8*{db.strftime('%Y%m%d')}*F",
        "NM1*PR*2*NORTHGATE HEALTH PLAN*****PI*NGH01",
        f"CLM*{acct}*1120.00***22:B:1*Y*A*Y*Y",
        "HI*ABK:M1712",
        "NM1*82*1*LINDQVIST*TOBIAS****XX*1093847265",
        "PRV*PE*PXC*207L00000X",
        "LX*1",
        f"SV1*HC:01402:QK*1120.00*MJ*{mins}***1",
        f"DTP*472*D8*{dos.strftime('%Y%m%d')}",
    ]
    body_segs.append(f"SE*{len(body_segs) + 1}*0001")
    x12 = ([f"ISA*00*          *00*          *ZZ*KABS01         *ZZ*NGH01          *{ts}*{tm}*^*00501*{ctl}*0*P*:",
            f"GS*HC*KABS01*NGH01*{dt.strftime('%Y%m%d')}*{tm}*{int(ctl) % 100000}*X*005010X222A1"]
           + body_segs + [f"GE*1*{int(ctl) % 100000}", f"IEA*1*{ctl}"])
    edi = "~\n".join(x12) + "~\n"
    body = f"""Funmi,

Per our call - attached is the 837P as we sent it for the {md(dos)} knee. Minutes are in SV1-04 with the MJ qualifier ({mins} min) and the QK modifier is there, but your 277CA came back with A7:453 saying units were missing. We think your front end is expecting UN. Can you send to your EDI team?

Shauna

{sig("obrien")}
"""
    m = mk(addr("obrien"), [addr("adeyemi")], f"837P rejected A7:453 - acct {acct}", body, dt,
           atts=[(edi.encode(), "application", "edi-x12", f"837P_{acct}.txt")])
    return m, p


@reg("phi", "struct")
def struct_835():
    pts = [pm(), pf(), pm(), pf()]
    d = rday()
    dt = rdt(d, 9, 16)
    chk = digits(10)
    clp = []
    total = 0.0
    for p in pts:
        dos = d - timedelta(days=random.randint(20, 45))
        units = random.randint(9, 16)
        chg = units * 80.0
        paid = round(units * 52.15, 2)
        total += paid
        clp += [f"CLP*{digits(9)}*1*{chg:.2f}*{paid:.2f}*0*12*{digits(14)}*11*1",
                f"NM1*QC*1*{last(p).upper()}*{first(p).upper()}****MI*{member_id()}",
                f"DTM*232*{dos.strftime('%Y%m%d')}",
                f"SVC*HC:{random.choice(['01402', '00790', '01630', '00630'])}:QK*{chg:.2f}*{paid:.2f}**{units * 15}",
                f"CAS*CO*45*{chg - paid:.2f}",
                f"AMT*B6*{paid:.2f}"]
    seg = [f"ST*835*{digits(4)}", f"BPR*I*{total:.2f}*C*ACH*CCP*01*041000124*DA*7720018841*1311847220**01*044000037*DA*6602291154*{dt.strftime('%Y%m%d')}",
           f"TRN*1*{chk}*1311847220", "N1*PR*NORTHGATE HEALTH PLAN", "N1*PE*MARLOWE VALLEY ANESTHESIA ASSOCIATES*XX*1184729305",
           "LX*1"] + clp
    era = "~\n".join(seg) + "~"
    body = f"""Dana,

This ERA (EFT trace {chk}) shows Northgate paying the QK claims at $52.15/unit. Our contract rate for medically directed is $58.40. Excerpt below - four claims on this check alone. I'm going to open a payment dispute but wanted you to see it before the payer meeting Thursday.

{era}

Shauna

{sig("obrien")}

{BILL_DISC}
"""
    m = mk(addr("obrien"), [addr("pruitt")], f"Northgate underpaying QK - EFT {chk}", body, dt, cc=[addr("castillo")])
    return m, "; ".join(pts)


@reg("phi", "struct")
def struct_fhir():
    p = pm()
    d = rday()
    dt = rdt(d, 6, 22)
    db = dob(45, 75)
    pid = f"pt-{random.getrandbits(40):010x}"
    dos = next_wd(d, 8)
    bundle = {
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": dt.isoformat(),
        "entry": [
            {"resource": {"resourceType": "Patient", "id": pid,
                          "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": mrn()}],
                          "name": [{"family": last(p), "given": [first(p)]}],
                          "gender": "male", "birthDate": db.isoformat(),
                          "telecom": [{"system": "phone", "value": phone().replace("(", "").replace(") ", "-")},
                                      {"system": "email", "value": f"{first(p).lower()}.{last(p).lower()}@example.com"}]}},
            {"resource": {"resourceType": "QuestionnaireResponse", "status": "completed",
                          "questionnaire": "https://forms.preopready-app.com/q/stop-bang-v2",
                          "subject": {"reference": f"Patient/{pid}"}, "authored": dt.isoformat(),
                          "item": [
                              {"linkId": "snore", "text": "Do you snore loudly?", "answer": [{"valueBoolean": True}]},
                              {"linkId": "tired", "text": "Do you often feel tired during the day?", "answer": [{"valueBoolean": True}]},
                              {"linkId": "observed", "text": "Has anyone observed you stop breathing during sleep?", "answer": [{"valueBoolean": True}]},
                              {"linkId": "pressure", "text": "Are you being treated for high blood pressure?", "answer": [{"valueBoolean": True}]},
                              {"linkId": "bmi", "text": "BMI", "answer": [{"valueDecimal": 38.6}]},
                              {"linkId": "neck", "text": "Neck circumference (cm)", "answer": [{"valueDecimal": 44}]},
                              {"linkId": "surgery_date", "text": "Surgery date", "answer": [{"valueDate": dos.isoformat()}]},
                          ]}},
            {"resource": {"resourceType": "MedicationStatement", "status": "active",
                          "subject": {"reference": f"Patient/{pid}"},
                          "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm",
                                                                    "code": "1364445", "display": "apixaban 5 MG Oral Tablet"}]},
                          "dosage": [{"text": "1 tablet twice daily"}]}},
        ],
    }
    body = f"""A new pre-anesthesia questionnaire has been submitted.

Submission ID: QR-{digits(8)}
Received: {dt.strftime('%m/%d/%Y %I:%M %p')}
Flags: STOP-BANG >= 5, anticoagulant reported

Review it in the PAT queue. The raw payload is attached for interface troubleshooting.

--
PreOp Ready | automated message, replies are not monitored
"""
    m = mk("PreOp Ready <noreply@preopready-app.com>", ["Pre-Anesthesia Testing <pat.clinic@" + HOSP + ">"],
           "New questionnaire submitted - 2 flags", body, dt,
           atts=[(json.dumps(bundle, indent=2).encode(), "application", "fhir+json", "questionnaire_bundle.json")])
    return m, p


@reg("phi", "struct")
def struct_ccda():
    p = pf()
    d = rday()
    dt = rdt(d, 14, 18)
    db = dob(40, 70)
    mr = mrn()
    ts = dt.strftime("%Y%m%d%H%M%S-0500")
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.13" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.3.7741.2" extension="TOC-{digits(7)}"/>
  <code code="18761-7" codeSystem="2.16.840.1.113883.6.1" displayName="Transfer summary note"/>
  <title>Transfer Summary - Cedar Point Surgery Center</title>
  <effectiveTime value="{ts}"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.7741.1" extension="{mr}"/>
      <addr use="HP"><streetAddressLine>{xesc(random.choice(STREETS))}</streetAddressLine><city>Asherton</city><state>OH</state><postalCode>43701</postalCode></addr>
      <telecom use="HP" value="tel:+1-740-555-{random.randint(100, 199):04d}"/>
      <patient>
        <name><given>{first(p)}</given><family>{last(p)}</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="{db.strftime('%Y%m%d')}"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <code code="47519-4" codeSystem="2.16.840.1.113883.6.1" displayName="Procedures"/>
      <title>Procedures</title>
      <text>Right knee arthroscopy, partial medial meniscectomy. General anesthesia, LMA. Surgeon: S. Hartwell MD. Anesthesia: Y. Nakamura MD.</text>
    </section></component>
    <component><section>
      <code code="8648-8" codeSystem="2.16.840.1.113883.6.1" displayName="Hospital course"/>
      <title>Reason for Transfer</title>
      <text>In PACU persistent SpO2 86-89% on 4L NC despite CPAP trial, RR 24. CXR not available at facility. Transferred to Marlowe Valley MC ED for evaluation and overnight monitoring. Report called to ED charge RN at {dt.strftime('%H:%M')}.</text>
    </section></component>
    <component><section>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="Medications"/>
      <title>Medications Administered</title>
      <text>Propofol 200 mg IV; fentanyl 100 mcg IV; ondansetron 4 mg IV; ketorolac 30 mg IV; dexamethasone 8 mg IV.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
    body = f"""Transfer summary (CCD) for the patient we sent to your ED this afternoon is attached. Dr. Nakamura called report to the ED attending. Anesthesia record will follow by fax once it's signed.

Thanks,
Lorna

{sig("pettigrew")}

{ASC_DISC}
"""
    m = mk(addr("pettigrew"), ["MVMC ED Clerical <ed.clerical@" + HOSP + ">"], "Transfer from CPSC today - CCD attached", body, dt,
           cc=[addr("delacroix")], atts=[(xml.encode(), "application", "xml", f"TOC_{mr}.xml")])
    return m, p


# ================================================================ CLEAN: admin
@reg("clean", "admin")
def admin_vl_blades():
    d = rday()
    dt = rdt(d, 6, 9)
    body = f"""All,

Our supplier has the size 3 and 4 disposable video laryngoscope blades on backorder until at least the end of next month. We have roughly 9 days of stock at current use.

Effective today:
- Video laryngoscopes are for planned difficult airways, rescue, and the teaching cases on the list only. Please do not open a VL blade "just in case."
- Each anesthetizing location will keep ONE VL blade of each size in the cart. Extras are in the anesthesia workroom, locked cabinet B (code unchanged).
- The reusable Mac/Miller blades are fully stocked. Bougies and the fiberoptic cart are unaffected.
- The ASC is switching to the alternate vendor's blades on Monday; in-service is Friday 0645 in the Cedar Point break room.

Materials is tracking daily counts. If you take the last one from a cart please text the anesthesia tech line (x6655).

Thanks for bearing with this one.

Amelie

{sig("delacroix")}
"""
    return mk(addr("delacroix"), ["Anesthesia Providers <anesthesia.providers@" + HOSP + ">"],
              "VL blade backorder - conservation starting today", body, dt, cc=[addr("raman")], html=True), ""


@reg("clean", "admin")
def admin_pat_room():
    d = rday()
    dt = rdt(d, 12, 16)
    a = next_wd(d, 3)
    b = next_wd(a, 4)
    body = f"""Hi team,

Facilities will be replacing the flooring in PAT exam rooms 3 and 4 from {mdy(a)} through {mdy(b)}. During that week:

  * In-person PAT visits will use rooms 1, 2 and the old consult room next to Cardiac Rehab (key at the front desk).
  * EKG cart moves to room 2.
  * Phone screens will be done from the workroom - headsets are in the top drawer.
  * We will have 6 fewer clinic slots per day, so please lean toward phone screens for ASA 1-2 patients and keep clinic slots for the ones that really need to be seen.

Dr. Raman is OK with the reduced schedule. Any scheduling questions to me.

Jo

{sig("mirelli")}

{HOSP_DISC}
"""
    return mk(addr("mirelli"), ["PAT Staff <pat.staff@" + HOSP + ">"], f"PAT rooms 3/4 closed {md(a)}-{md(b)}", body, dt), ""


@reg("clean", "admin")
def admin_downtime():
    d = rday()
    sun = d
    while sun.weekday() != 6:
        sun += timedelta(days=1)
    dt = rdt(d - timedelta(days=3), 10, 15)
    body = f"""PLANNED DOWNTIME - Anesthesia Information Management System (AIMS)

When:   Sunday {mdy(sun)}, 02:00 - 04:00 (estimated)
What:   Quarterly upgrade to version 11.4; device interface driver update for the anesthesia machines and monitors in OR 1-14, L&D OR, and Endo.
Impact: No electronic anesthesia records during the window. Vitals will not flow from monitors.

What to do:
1. Any case in progress at 02:00 - switch to the paper anesthesia record (downtime bins are in each OR, form ANES-14 rev 3/24).
2. After the system is back, scan the paper record into the case; do NOT back-enter vitals manually.
3. Controlled substance waste must still be documented in the dispensing cabinet as normal.
4. Pre-op and PACU nursing documentation is not affected.

The IS&T command center will be staffed during the window: x6600. We will send an all-clear when complete.

{sig("kowalczyk")}
"""
    return mk(addr("kowalczyk"), ["Anesthesia All <anesthesia.all@" + HOSP + ">", "Perioperative Nursing <periop.nursing@" + HOSP + ">"],
              f"[Planned Downtime] AIMS - Sunday {md(sun)} 0200-0400", body, dt, html=True), ""


@reg("clean", "admin")
def admin_time_policy():
    d = rday()
    dt = rdt(d, 9, 15)
    body = f"""Doctors and CRNAs,

A few reminders on documentation that affects time units, since we're seeing the same issues on the weekly charge hold report:

1. Anesthesia start = when you begin preparing the patient for anesthesia in the OR or equivalent area. Not when you first meet them in pre-op, and not incision.
2. Anesthesia end = when you are no longer in personal attendance, i.e. safe handoff to PACU. Please enter the handoff time, not when you finished charting.
3. Time units are billed in 15-minute increments; Medicare and most commercial contracts use actual minutes / 15 to one decimal. Northgate rounds per their contract - we'll apply that on our end, so just document actual times.
4. Medical direction (QK / QX): the attending must document the 7 required elements for each case, including presence at induction and emergence. Missing emergence presence = claim drops to QZ/AA questions.
5. Blocks done for post-op pain at the surgeon's request are billed separately (64415, 64447, etc.) only if documented as a separate procedure note with the request.

We'll run a 20-min in-service at the next department meeting. Questions to me anytime.

Renee

{sig("castillo")}

{BILL_DISC}
"""
    return mk(addr("castillo"), ["Anesthesia Providers <anesthesia.providers@" + HOSP + ">"],
              "Reminder: anesthesia time and medical direction documentation", body, dt, cc=[addr("pruitt")]), ""


@reg("clean", "admin")
def admin_contract():
    d = rday()
    dt = rdt(d, 15, 19)
    eff = datetime.date(d.year + (1 if d.month > 6 else 0), 1 if d.month > 6 else 7, 1)
    body = f"""Dr. Raman, Dr. Oyelaran,

Summary of the Northgate Health Plan amendment we received today (full PDF is on the shared drive under Contracts > Northgate > 2025):

- Anesthesia conversion factor: $58.40 per unit for personally performed and medically directed (up from $55.10). Effective {mdy(eff)}.
- CRNA non-medically directed (QZ): $52.60.
- Time: actual minutes / 15, rounded to one decimal. No minimum time unit.
- Pain procedures: paid at 118% of the current-year Medicare fee schedule for the locality; 64490-64495 and 64633-64636 now require prior auth only after the 2nd session in 12 months (currently every session).
- SCS (63650, 63685): prior auth unchanged, psych eval still required.
- Timely filing stays at 120 days; corrected claims 180 days.
- Term: 3 years, 90-day without-cause termination.

Overall it's a good deal for us. Shauna noted they're still paying the old rate on some QK claims, so we'll raise that separately. If no objections I'll let their contracting rep know we'll sign by the 30th.

Dana

{sig("pruitt")}
"""
    return mk(addr("pruitt"), [addr("raman"), addr("oyelaran")], "Northgate amendment - summary of terms", body, dt,
              cc=[addr("whitaker"), addr("obrien")]), ""


@reg("clean", "admin")
def admin_qa_meeting():
    d = rday()
    mtg = next_wd(d, 6)
    dt = rdt(d, 10, 16)
    start = datetime.datetime(mtg.year, mtg.month, mtg.day, 12, 15)
    body = f"""Ridgeline Monthly QA / Operations Meeting
{long_d(mtg)}, 12:15 - 1:15, conference room 3B (lunch provided) and on video

Agenda:
1. Fluoroscopy dose tracking - Q3 averages per procedure type (Dr. Voss)
2. Controlled substance agreement template v4 - changes to pharmacy clause and pill-count language (Dr. Oyelaran)
3. Procedure room turnover times - goal 15 min
4. Contrast reaction kit check log - 2 missed weeks in Room A
5. Neuromodulation program: vendor consignment process (Nadia)
6. Open floor

Please review the draft agreement template before the meeting (shared drive > Clinical > Templates).

Trent

{sig("whitaker")}
"""
    cal = ics(f"qa-{mtg.strftime('%Y%m%d')}@{PAIN}", start, start + timedelta(hours=1), "Ridgeline Monthly QA / Operations",
              "Conf Rm 3B / video", "Agenda in e-mail", email_of("whitaker"))
    return mk(addr("whitaker"), ["Ridgeline All Staff <allstaff@" + PAIN + ">"], f"QA/Ops meeting {md(mtg)} - agenda", body, dt,
              atts=[(cal, "text", "calendar", "invite.ics")]), ""


@reg("clean", "admin")
def admin_carm():
    d = rday()
    dt = rdt(d, 8, 12)
    svc = next_wd(d, 2)
    body = f"""Hi all,

- The C-arm in Procedure Room A is due for its annual preventive maintenance and the physicist's output check. The service engineer will be here {long_d(svc)} from 7:00 to about 11:30. Sofia has moved Room A's morning cases to Room B; Room A reopens at 12:30.
- Lead aprons and thyroid shields are due for their annual fluoroscopic inspection the same morning. Please leave ALL aprons on the rack in Room B by end of day the day before (yes, including the ones in your lockers). Anything that fails gets tagged and pulled. We have 4 loaner aprons coming from the hospital.
- Dosimetry badges for next quarter are at the front desk. Please swap yours and drop the old ones in the envelope by the 10th.

Thanks,
Trent

{sig("whitaker")}

{PAIN_DISC}
"""
    return mk(addr("whitaker"), ["Ridgeline Clinical Staff <clinical.staff@" + PAIN + ">"],
              f"C-arm PM + lead apron inspection {md(svc)}", body, dt), ""


# ================================================================ CLEAN: lookalike
@reg("clean", "lookalike")
def look_invoice():
    d = rday()
    dt = rdt(d, 8, 17)
    inv = "INV-" + digits(8)
    po = "PO-" + digits(7)
    lines = []
    items = [("NV-TL8-50", "Trial lead, 8 contact, 50 cm", 4, 1240.00),
             ("NV-TK-02", "Trial kit (needles, stylets, anchors)", 2, 895.00),
             ("NV-EXT-60", "Trial extension cable 60 cm", 2, 310.00),
             ("NV-ETS-3", "External trial stimulator", 1, 2150.00)]
    total = 0
    for sku, desc, q, pr in items:
        lot = "L" + digits(6)
        exp = f"{random.randint(2026, 2028)}-{random.randint(1, 12):02d}"
        sn = "" if sku != "NV-ETS-3" else " SN " + "ETS" + digits(7)
        lines.append(f"{sku:<11} {desc:<40} {q:>3} {pr:>9.2f} {q * pr:>10.2f}  Lot {lot} Exp {exp}{sn}")
        total += q * pr
    pdf_lines = ["NEUROVANCE MEDICAL - INVOICE", f"Invoice: {inv}   PO: {po}   Date: {mdy(d)}",
                 "Bill to: Ridgeline Interventional Pain & Spine, Accounts Payable", "Terms: Net 45", ""] + lines + \
                ["", f"TOTAL DUE: ${total:,.2f}", "Remit: Neurovance Medical, Dept 4417, PO Box 88120",
                 "Questions: ar@neurovance-med.com  (800) 555-0192"]
    body = f"""Hello,

Please find attached invoice {inv} for consignment replenishment against {po}.

{chr(10).join(lines)}

Total due: ${total:,.2f}  |  Terms Net 45  |  Ship via FedEx Priority, tracking 7749 {digits(4)} {digits(4)}

Thank you for your business.

Neurovance Medical Accounts Receivable
(800) 555-0192
"""
    return mk("Neurovance AR <ar@" + DEVICE + ">", ["Ridgeline Accounts Payable <ap@" + PAIN + ">"], f"Invoice {inv} / {po}", body, dt,
              cc=[addr("farouk")], atts=[(pdf(pdf_lines, inv), "application", "pdf", f"{inv}.pdf")]), ""


@reg("clean", "lookalike")
def look_ndc_shortage():
    d = rday()
    dt = rdt(d, 7, 11)
    rows = [("Bupivacaine 0.5% 30 mL SDV", "0409-1163-01", "Allocation - 60% of usage", "Use 0.25% + dilute where possible"),
            ("Bupivacaine 0.75% spinal 2 mL", "0409-1761-02", "Available", ""),
            ("Ropivacaine 0.5% 30 mL", "63323-285-30", "Backorder est 6 wks", "Block room priority"),
            ("Chloroprocaine 3% 20 mL", "70121-1591-01", "Available", ""),
            ("Dexamethasone PF 10 mg/mL 1 mL", "63323-506-01", "Limited", "Pain clinic supply separate"),
            ("Iohexol 240 mgI/mL 10 mL", "0407-1412-89", "Available", "")]
    lines = [f"{'Product':<34}{'NDC':<16}{'Status':<28}Note", "-" * 96]
    for a, b, c, e in rows:
        lines.append(f"{a:<34}{b:<16}{c:<28}{e}")
    body = f"""Drug supply update - week of {md(d)}

{chr(10).join(lines)}

Recalled lot to quarantine: Ropivacaine 0.2% 100 mL, lot 24R0917, exp 09/2026 - pharmacy has pulled from Pyxis, please check block carts and the ASC.

Questions: periop pharmacy x6702.

{sig("chen")}
"""
    return mk(addr("chen"), ["Anesthesia All <anesthesia.all@" + HOSP + ">", addr("farouk"), addr("pettigrew")],
              "Local anesthetic shortage update + recalled lot", body, dt, html=True), ""


@reg("clean", "lookalike")
def look_cpt_list():
    d = rday()
    dt = rdt(d, 9, 16)
    body = """Hi Sofia,

Here's the cheat sheet you asked for to put on the scheduling desk. No modifiers here - those get added at coding.

Epidurals / facets
  62321  Cervical/thoracic interlaminar ESI w/ imaging
  62323  Lumbar/sacral interlaminar ESI w/ imaging
  64479  TFESI cervical/thoracic, single level   (+64480 each addl)
  64483  TFESI lumbar/sacral, single level       (+64484 each addl)
  64490  Facet/MBB cervical/thoracic, 1st level  (+64491, +64492)
  64493  Facet/MBB lumbar/sacral, 1st level      (+64494, +64495)
  64633  RFA cervical/thoracic, single           (+64634)
  64635  RFA lumbar/sacral, single               (+64636)

Neuromodulation
  63650  Percutaneous SCS electrode, each (trial = x2 usually)
  63685  IPG insertion
  63661  Removal of percutaneous leads

Anesthesia base units we see most from your referrals
  00630  Lumbar spine procedures ........ 8
  00670  Extensive spine/instrumentation  13
  01402  Knee arthroplasty .............. 7
  01630  Shoulder open ................. 5
  01992  Prone regional/pain procedure .. 5

Typical diagnosis codes the payers want to see for ESIs: M54.16, M54.17, M48.062, M51.26, M54.12. Reminder that M54.5x is not accepted by Northgate for any injection.

Renee

""" + sig("castillo")
    return mk(addr("castillo"), [addr("esparza")], "code cheat sheet for scheduling", body, dt), ""


@reg("clean", "lookalike")
def look_provider_dir():
    d = rday()
    dt = rdt(d, 9, 16)
    rows = [["Provider", "Credential", "NPI", "OH License", "License Exp", "DEA", "Board", "Cedar Point privileges"],
            ["Priya Raman", "MD", "1427795068", "35.118402", "2026-01-01", "BR4471862", "ABA", "Yes"],
            ["Tobias Lindqvist", "MD", "1093847265", "35.120771", "2026-07-01", "BL2298430", "ABA, Pain", "Yes"],
            ["Yuki Nakamura", "MD", "1760519342", "35.131005", "2025-10-01", "BN6630412", "ABA", "Yes"],
            ["Amelie Delacroix", "DNP, CRNA", "1306882147", "RN.447120 / APRN.07765", "2025-10-31", "", "NBCRNA", "Yes"],
            ["Darnell Hughes", "CRNA", "1588004193", "RN.501882 / APRN.09124", "2025-10-31", "", "NBCRNA", "Yes"],
            ["Marcus Oyelaran", "MD", "1669347021", "35.109938", "2026-04-01", "BO5517209", "ABA, Pain", "No"],
            ["Helena Voss", "DO", "1558203947", "34.011276", "2025-12-01", "FV0836214", "ABA, Pain", "No"]]
    body = f"""Hi Lorna,

For your re-credentialing packet, attached is the current roster with NPI, license and DEA info for the group. Yuki's license renews in October - she has submitted, I'll forward the verification when it posts. Copies of board certs are in the shared folder link I sent in March.

Main department line (740) 555-0140, fax (740) 555-0149. After hours the anesthesia coordinator pager is (740) 555-0199.

Dana

{sig("pruitt")}
"""
    return mk(addr("pruitt"), [addr("pettigrew")], "Credentialing roster - anesthesia group", body, dt,
              atts=[(xlsx(rows, "Roster"), "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                     "MVAA_provider_roster.xlsx")]), ""


@reg("clean", "lookalike")
def look_tracking_ticket():
    d = rday()
    dt = rdt(d, 8, 17)
    inc = "INC" + digits(7)
    trk = " ".join([digits(4), digits(4), digits(4)])
    body = f"""Hello Ben Kowalczyk,

Your request {inc} has been updated.

Short description: Procedure Room B - C-arm image transfer to PACS failing (DICOM C-STORE timeout)
Configuration item: FLUORO-RIDGE-02 (S/N 88C41-{digits(5)})
Assignment group: Imaging Systems
State: Awaiting Vendor

Work notes ({dt.strftime('%Y-%m-%d %H:%M')}):
Vendor confirmed failed network interface board. Replacement part P/N 5394417-2 shipped FedEx Priority Overnight, tracking {trk}, ETA {md(next_wd(d, 1))} by 10:30. Field engineer dispatch ticket FE-{digits(6)}. Related change request CHG{digits(7)} for the reboot window.

Workaround: images can be exported to USB and imported at the PACS workstation in the reading room; see KB0012290.

Please do not include patient information in ticket comments.

To view your request, log in to the IS&T Service Portal.

Ref:MSG{digits(8)}
"""
    return mk("IS&T Service Desk <servicedesk@" + HOSP + ">", [addr("kowalczyk")], f"{inc} updated - Awaiting Vendor", body, dt,
              cc=[addr("whitaker")]), ""


@reg("clean", "lookalike")
def look_dashboard():
    d = rday()
    dt = rdt(d, 7, 10)
    mon = (d.replace(day=1) - timedelta(days=1))
    body = f"""Anesthesia Quality Dashboard - {mon.strftime('%B %Y')}

                                   This month   Prior month   Target
Total anesthetics                      1,842        1,790         -
  General                              1,103        1,071         -
  Neuraxial (incl. L&D)                  411          398         -
  Peripheral nerve blocks                528          502         -
First case on-time starts (%)            81.4         77.9       >85
PONV in PACU (%)                          9.2         10.6       <10
PACU LOS > 2h (%)                        12.8         13.5       <12
Unplanned ICU admission (per 1000)        1.6          2.2       <2
Difficult airway alerts entered             14           11         -
Block success (no rescue GA) (%)          97.1         96.4       >95
Reintubation within 24h (per 1000)        0.5          1.1       <1
Ridgeline procedures                     1,126        1,088         -
  Vasovagal events                           7            9         -
  SCS trials / permanent implants        19 / 11      16 / 9        -

Notes: First case on-time improved after the 0630 pre-op RN start. PONV down after risk-based prophylaxis order set (go-live on the 3rd). Data pulled {mdy(d)} 06:00, ID DASH-ANES-{mon.strftime('%Y%m')}.

Dana Pruitt for the Quality Committee
"""
    return mk(addr("pruitt"), ["Anesthesia All <anesthesia.all@" + HOSP + ">"], f"Quality dashboard - {mon.strftime('%b %Y')}",
              body, dt, cc=[addr("oyelaran")]), ""


@reg("clean", "lookalike")
def look_cme():
    d = rday()
    dt = rdt(d, 8, 20)
    ev = d + timedelta(days=random.randint(40, 80))
    while ev.weekday() != 5:
        ev += timedelta(days=1)
    conf = "TSA-" + digits(6)
    body = f"""Registration Confirmation

Thank you for registering for the Tri-State Society of Anesthesiologists Regional Anesthesia & Acute Pain Workshop.

Confirmation #:   {conf}
Registrant:       Kenji Sato, MD (Member # {digits(6)})
Date:             Saturday, {ev.strftime('%B')} {ev.day}, {ev.year}, 7:30 AM - 4:30 PM
Location:         Harmon Convention Center, Hall C, 900 Riverside Dr
Sessions:         Ultrasound scanning stations 1-4; cadaver lab 2:00 PM (Group B)
Fee:              $425.00 (fellow rate) - paid, receipt #R{digits(7)}
CME:              8.0 AMA PRA Category 1 Credits(TM)
Hotel block:      code TSA{ev.strftime('%y')}RA, rate $149/night through {md(ev - timedelta(days=21))}

Parking validation available at the registration desk. Cancellations received by {md(ev - timedelta(days=14))} receive a full refund less $50.

Tri-State Society of Anesthesiologists | (614) 555-0110 | meetings@{SOC}
"""
    return mk("TSA Meetings <meetings@" + SOC + ">", [addr("sato")], f"Registration confirmed - {conf}", body, dt, html=True), ""


# ================================================================ CLEAN: news
@reg("clean", "news")
def news_dept_newsletter():
    d = rday()
    dt = rdt(d, 9, 12)
    body = f"""THE AIRWAY - Department of Anesthesiology newsletter, {d.strftime('%B %Y')}

NEW BLOCK ROOM OPEN
The regional anesthesia induction room next to OR 12 opened last month with two ultrasound machines, a dedicated block nurse and full monitoring. In its first four weeks the team performed 212 blocks there, and first-case delays related to blocks fell by almost half. Thank you to Dr. Lindqvist and the block nurses for making it happen.

WELCOME
Please welcome Yuki Nakamura, MD, who joins us from fellowship, and two new CRNAs, Patrick Oduya and Lisa Brennaman. PAT also welcomes Guerline Joseph, RN.

PAT BY THE NUMBERS
The clinic completed 1,430 phone screens and 388 in-person visits this quarter. Day-of-surgery cancellations for medical reasons dropped to 1.1%.

RESEARCH
Our abstract on ESP blocks for spine surgery was accepted for poster presentation at the spring meeting.

REMINDERS
- Annual difficult airway skills station sign-up is open.
- Department holiday party: save the date, details next month.

Questions or news to share? Email Dana Pruitt.
"""
    return mk(addr("pruitt"), ["Anesthesia All <anesthesia.all@" + HOSP + ">"], f"The Airway - {d.strftime('%B %Y')}", body, dt,
              html=True, atts=[(logo_png(), "image", "png", "airway_banner.png")]), ""


@reg("clean", "news")
def news_public_health():
    d = rday()
    dt = rdt(d, 10, 14)
    body = f"""State Department of Health - Prescriber Bulletin

Opioid prescribing trends, statewide, calendar year {d.year - 1}

- Total opioid prescriptions dispensed fell 9% from the prior year; the number of patients receiving >= 90 MME/day fell 14%.
- 71% of new opioid prescriptions after surgery were for 5 days or fewer (up from 63%).
- Co-prescribing of naloxone for patients at >= 50 MME rose to 38%.
- Prescribers checked the PDMP before 94% of initial controlled substance prescriptions.
- Overdose deaths involving illicitly manufactured fentanyl remained the largest category; deaths involving prescription opioids alone continued to decline.

What prescribers can do:
1. Use the lowest effective dose and shortest duration for acute pain.
2. Offer naloxone when prescribing >= 50 MME/day or with benzodiazepines.
3. Use multimodal and regional techniques for procedural pain.
4. Review the updated clinical practice guideline and free CME modules on the department's website.

This bulletin is distributed to licensed prescribers in the state. To unsubscribe, reply with REMOVE.
"""
    return mk("DOH Prescriber Bulletin <bulletin@statehealth-alerts.org>", [addr("oyelaran")],
              "Prescriber Bulletin: statewide opioid prescribing trends", body, dt), ""


@reg("clean", "news")
def news_journal_club():
    d = rday()
    dt = rdt(d, 16, 20)
    body = f"""Journal club summary - GLP-1 receptor agonists and the perioperative period

Thanks to everyone who came Tuesday. Summary for those who missed it:

- Several case series and cohort studies show more retained gastric contents on gastric ultrasound in patients taking GLP-1 receptor agonists, even after standard fasting.
- Absolute aspiration risk remains low and the data are mixed; most studies are retrospective.
- Current multisociety guidance moved away from routinely holding weekly agents for all patients; instead it favours risk assessment - GI symptoms, dose-escalation phase, and considering a 24-hour clear liquid diet before surgery.
- Point-of-care gastric ultrasound is a reasonable tool when in doubt; we will set up a hands-on session.

Discussion: the group agreed PAT should keep asking about the last dose and GI symptoms, and flag patients in the escalation phase for the day-of-surgery team. Dr. Raman will bring a draft protocol update to the next department meeting.

Next month: intrathecal morphine and respiratory monitoring on the floor. Dr. Sato presenting.

Kenji
"""
    return mk(addr("sato"), ["Anesthesia Residents & Fellows <anes.trainees@" + HOSP + ">", addr("mirelli")],
              "Journal club summary - GLP-1 RAs", body, dt, cc=[addr("raman")]), ""


@reg("clean", "news")
def news_asc_marketing():
    d = rday()
    dt = rdt(d, 9, 11)
    body = f"""Cedar Point Surgery Center - Referring Office Update

NOW SCHEDULING: OUTPATIENT TOTAL JOINTS
Beginning next month, Cedar Point will offer same-day total knee and hip replacement for appropriate patients, with a dedicated joint coordinator, regional anesthesia by the Marlowe Valley anesthesia group, and physical therapy before discharge.

EXTENDED HOURS
Rooms 1 and 2 will run until 6:00 PM Monday through Thursday.

EASIER PRE-OP
Patients now complete their health questionnaire online before the pre-op call. Offices can send H&Ps and clearances to our secure fax (740) 555-0191.

To schedule, call (740) 555-0190 or use the scheduling portal.

Cedar Point Surgery Center | 77 Lakeview Commons | Accredited ambulatory surgery center
You are receiving this because your office refers to Cedar Point. Unsubscribe.
"""
    return mk("Cedar Point Surgery Center <news@" + ASC + ">", ["Referring Offices <referrers@" + ASC + ">"],
              "Now scheduling outpatient total joints at Cedar Point", body, dt, html=True,
              atts=[(logo_png((40, 90, 160)), "image", "png", "cedarpoint_logo.png")]), ""


@reg("clean", "news")
def news_society():
    d = rday()
    dt = rdt(d, 11, 15)
    body = f"""TSA LEGISLATIVE UPDATE

Scope of practice: The state Senate health committee held a hearing on SB 214 this week. TSA testified together with the state medical association in support of the current physician-led anesthesia care team model. Thank you to the 46 members who contacted their senators.

Surprise billing: The state continues to align with the federal independent dispute resolution process. The Society's payment committee is collecting de-identified aggregate data on out-of-network payments; a survey link will go to practice administrators next week.

Medicare: The proposed physician fee schedule would reduce the anesthesia conversion factor by about 2%. ASA and TSA have submitted comments.

Upcoming: Lobby Day at the Statehouse, bus from Harmon Convention Center at 7:00 AM. Register on the TSA website.

Tri-State Society of Anesthesiologists
"""
    return mk("TSA Advocacy <advocacy@" + SOC + ">", ["TSA Members <members@" + SOC + ">"], "TSA Legislative Update", body, dt,
              html=True), ""


@reg("clean", "news")
def news_safety():
    d = rday()
    dt = rdt(d, 8, 12)
    body = f"""PATIENT SAFETY BULLETIN - Perioperative Services

"Stop Before You Block" - quarterly review

Over the last 12 months our organization reported 3 wrong-side block near misses (caught before needle insertion) and 0 wrong-site blocks. In all three, the surgical site was marked but the block was performed in a separate area after the initial time-out, and the side was confirmed from the schedule rather than the mark.

What we are changing:
1. A second time-out immediately before needle insertion, with the site mark visible to the person performing the block.
2. The block nurse reads the side from the consent, not the schedule.
3. Stickers on the ultrasound probe as a visual reminder.

Also this quarter: local anesthetic systemic toxicity (LAST) kits are now in every block cart and in each Ridgeline procedure room. Lipid emulsion location is on the cart checklist.

Thank you for speaking up - every one of these near misses was stopped by a team member.

Perioperative Patient Safety Committee
"""
    return mk("Patient Safety <patient.safety@" + HOSP + ">", ["Perioperative Services <periop.all@" + HOSP + ">"],
              "Safety bulletin: Stop Before You Block", body, dt, html=True), ""


# ================================================================ CLEAN: staff
@reg("clean", "staff")
def staff_call_schedule():
    d = rday()
    dt = rdt(d, 13, 17)
    nxt = (d.replace(day=28) + timedelta(days=5)).replace(day=1)
    docs = ["Raman", "Lindqvist", "Nakamura", "Okoro", "Bhattacharya", "Feeney"]
    crnas = ["Delacroix", "Hughes", "Oduya", "Brennaman", "Whitlock"]
    rows = [["Date", "Day", "1st call MD", "2nd call MD", "OB MD", "Call CRNA", "Backup CRNA"]]
    day = nxt
    i = 0
    while day.month == nxt.month:
        rows.append([mdy(day), day.strftime("%a"), docs[i % 6], docs[(i + 2) % 6], docs[(i + 4) % 6], crnas[i % 5],
                     crnas[(i + 2) % 5]])
        day += timedelta(days=1)
        i += 1
    body = f"""All,

Attached is the final {nxt.strftime('%B')} call schedule. Changes from the draft:
- Dr. Okoro and Dr. Feeney swapped the 2nd weekend.
- Patrick Oduya, CRNA is now on the call rotation (welcome!).
- Holiday call follows the rotation agreed at the October meeting.

Trades are fine but must be approved by me and entered in the scheduling system by both people. Please check your dates.

Dana

{sig("pruitt")}
"""
    return mk(addr("pruitt"), ["Anesthesia Providers <anesthesia.providers@" + HOSP + ">"], f"{nxt.strftime('%B')} call schedule - FINAL",
              body, dt, atts=[(xlsx(rows, nxt.strftime('%b %Y')), "application",
                               "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                               f"call_{nxt.strftime('%Y_%m')}.xlsx")]), ""


@reg("clean", "staff")
def staff_break_relief():
    d = rday()
    dt = rdt(d, 6, 7)
    body = f"""Break relief {md(d)}

0900-1100   Whitlock, CRNA     -> OR 1, 2, 3, 4, 5
0930-1130   Brennaman, CRNA    -> OR 6, 7, 8, 9
1100-1300   Oduya, CRNA        -> OR 10, 11, 12, Endo 1
1300-1500   Whitlock, CRNA     -> OR 1-5 lunches
1330-1530   Brennaman, CRNA    -> OR 6-9 lunches
Float       Hughes, CRNA       -> L&D / block room as needed

Late room: OR 4 (Hartwell). Late CRNA is Oduya until 1900.
Dr. Nakamura is anesthesia coordinator today, pager 4400.

AD
"""
    return mk(addr("delacroix"), ["CRNA Group <crna.group@" + HOSP + ">"], f"breaks {md(d)}", body, dt), ""


@reg("clean", "staff")
def staff_payroll():
    d = rday()
    dt = rdt(d, 10, 15)
    due = next_wd(d, 2)
    body = f"""Hi everyone,

Because of the holiday, timecards for this pay period must be approved by {long_d(due)} at noon (instead of Monday). Payroll will still be deposited on the regular date.

Reminders:
- Call-back hours and in-house call need the correct pay code (CB1 / INC). If you were called in after midnight, enter the actual in/out times.
- CRNAs: overtime for late rooms must have the room number in the comment field.
- Open enrollment for benefits closes the 15th. If you do nothing, your current elections roll over except the flexible spending account, which must be re-elected.
- The 403(b) match change takes effect January 1 - see the HR portal for the FAQ.

Thanks,
Dana

{sig("pruitt")}
"""
    return mk(addr("pruitt"), ["Anesthesia All <anesthesia.all@" + HOSP + ">"], f"Timecards due early - {md(due)} noon", body, dt,
              html=True), ""


@reg("clean", "staff")
def staff_crna_week():
    d = rday()
    dt = rdt(d, 9, 13)
    day = next_wd(d, 5)
    body = f"""CRNA WEEK IS HERE!

Please join us to celebrate our nurse anesthetists:

Potluck lunch: {long_d(day)}, 11:00-2:00, Anesthesia workroom. Sign-up sheet is on the fridge. So far we have 4 desserts and 0 main dishes, so... :)
Breakfast: catered by the department Wednesday 6:00-7:30 am, thank you Dr. Raman!
Photo: group picture Thursday at 6:45 in front of OR 1. Wear your caps.

Nominations for the Clinical Excellence award are open through Friday - nominate a colleague by emailing me a few sentences about why.

Thank you all for everything you do.

Amelie

{sig("delacroix")}
"""
    return mk(addr("delacroix"), ["Anesthesia All <anesthesia.all@" + HOSP + ">"], "CRNA Week - potluck, breakfast & photo!", body, dt,
              html=True, atts=[(logo_png((150, 40, 90)), "image", "png", "crna_week.png")]), ""


@reg("clean", "staff")
def staff_leave_coverage():
    d = rday()
    dt = rdt(d, 15, 18)
    a = next_wd(d, 8)
    b = a + timedelta(days=11)
    body = f"""Team,

Dr. Voss will be out of the office from {mdy(a)} through {mdy(b)}, returning {mdy(next_wd(b, 1))}.

Coverage:
- Her procedure days (Tue/Thu) will be covered by Dr. Oyelaran in the mornings; afternoon procedure blocks are closed.
- Dr. Sato (pain fellow) will see her follow-ups on Wednesday with Dr. Oyelaran supervising.
- Refill requests for her patients go to Dr. Oyelaran's queue.
- Sofia is reaching out to reschedule anything that can't be covered.

Please don't share details about her absence - just let patients know she's out and who is covering.

Thanks,
Trent

{sig("whitaker")}
"""
    return mk(addr("whitaker"), ["Ridgeline All Staff <allstaff@" + PAIN + ">"], f"Dr. Voss out {md(a)}-{md(b)} - coverage", body, dt,
              cc=[addr("sato")]), ""


@reg("clean", "staff")
def staff_onboarding():
    d = rday()
    dt = rdt(d, 14, 17)
    start = next_wd(d, 5)
    while start.weekday() != 0:
        start += timedelta(days=1)
    body = f"""Hi all,

Please welcome Rachel Ostrowski, RN, BSN who starts in PAT on Monday {md(start)}. Rachel comes to us from 8 years in PACU at St. Brennan's and holds her CPAN.

Her first two weeks:
- Mon: hospital orientation (all day, Education Center)
- Tue-Wed: EHR and AIMS training, badge and parking
- Thu: shadow Kelsey on phone screens
- Fri: shadow Guerline in clinic, EKG competency with Jo
- Week 2: phone screens with preceptor (Kelsey), clinic with preceptor Thursday/Friday

Her desk will be the one by the window in the workroom. Please say hi!

Jo

{sig("mirelli")}
"""
    return mk(addr("mirelli"), ["PAT Staff <pat.staff@" + HOSP + ">"], "Welcome Rachel Ostrowski, RN - starts Monday", body, dt), ""


@reg("clean", "staff")
def staff_swap():
    d = rday()
    dt1 = rdt(d, 19, 22)
    s1 = next_wd(d, 6)
    s2 = next_wd(s1, 3)
    orig = f"""Hi Guerline! Any chance you'd switch with me - I work {s1.strftime('%a')} {md(s1)} 0630-1500 and you have {s2.strftime('%a')} {md(s2)}? My son has a school thing. If yes I'll put it in for Jo to approve. Thanks!! - Maricel"""
    dt2 = later(dt1, 30, 400)
    body = f"""Yes no problem, I can do {md(s1)}. Put it in and I'll approve on my side.

Guerline

Sent from my Galaxy

-------- Original message --------
From: {name("dizon")} <{email_of("dizon")}>
Date: {dt1.strftime('%m/%d/%y')} {dt1.strftime('%I:%M %p').lstrip('0')} (GMT-05:00)
To: {name("joseph")} <{email_of("joseph")}>
Subject: shift swap?

{orig}
"""
    return mk(addr("joseph"), [addr("dizon")], "RE: shift swap?", body, dt2, cc=[addr("mirelli")]), ""


# ================================================================ CLEAN: training
@reg("clean", "training")
def train_sim():
    d = rday()
    dt = rdt(d, 10, 16)
    body = f"""Simulation session - Cannot Intubate / Cannot Oxygenate
Sim Center Room 2, next Wednesday 0700-0900. Residents PGY2-3 + CRNA students.

FICTITIOUS PATIENT (manikin): "SIM, ANNA" - 52 y/o female, sim MRN SIM-0001
- Scheduled: elective lap cholecystectomy
- BMI 42, STOP-BANG 6, Mallampati 3, limited mouth opening
- Allergies: none. Meds: lisinopril.

Scenario flow:
1. Pre-op: does the learner identify the predicted difficult airway and ask for the VL and a plan B?
2. Induction: two failed attempts at laryngoscopy; SpO2 falls to 85% despite two-person BMV.
3. SGA placement fails to ventilate.
4. Expected action: declare CICO, call for help, front-of-neck access (scalpel-bougie-tube) on the task trainer.
Debrief: Vortex approach, human factors, when to wake up.

Pre-reading: the Difficult Airway Society 2015 guideline, department algorithm poster.

Tobias

{sig("lindqvist")}
"""
    return mk(addr("lindqvist"), ["Anesthesia Residents & Fellows <anes.trainees@" + HOSP + ">"], "Sim Wed - CICO scenario (pre-reading)",
              body, dt, cc=[addr("delacroix")], atts=[(docx(body.splitlines()), "application",
                                                        "vnd.openxmlformats-officedocument.wordprocessingml.document",
                                                        "CICO_scenario_SIM.docx")]), ""


@reg("clean", "training")
def train_quiz():
    d = rday()
    dt = rdt(d, 9, 15)
    body = """Anticoagulation & neuraxial/pain procedures - self-assessment quiz (10 questions)
For PAT and Ridgeline nursing staff. Answer key at the bottom - no peeking.

1. Minimum time from last prophylactic enoxaparin (40 mg daily) dose to neuraxial puncture?
2. Minimum time from last apixaban dose to a high-risk pain procedure (e.g., SCS trial) in a patient with normal renal function?
3. Clopidogrel: how many days off before an interlaminar epidural?
4. Warfarin: what INR is generally acceptable before neuraxial block?
5. True or false: aspirin alone usually does not need to be held for a low-risk procedure like a peripheral joint injection.
6. Which procedure is considered high risk: (a) trigger point injection (b) SCS trial (c) knee injection?
7. Who must approve holding a P2Y12 inhibitor in a patient with a recent coronary stent?
8. After catheter removal, how long before the next dose of therapeutic enoxaparin?
9. Name two patient factors that increase bleeding risk.
10. Where is the current hold table located?

Answer key:
1. 12 h  2. 3 days (72 h)  3. 7 days  4. < 1.5 (institution may vary)  5. True
6. (b)  7. The prescribing cardiologist  8. 4 h  9. Age, renal impairment, low platelets, multiple agents
10. Pharmacy intranet page > Periop > Anticoagulation table v2024

Maya
""" + sig("chen")
    return mk(addr("chen"), [addr("mirelli"), addr("farouk")], "Anticoag quiz for staff ed", body, dt), ""


@reg("clean", "training")
def train_test_script():
    d = rday()
    dt = rdt(d, 9, 16)
    rows = [["Step", "Test patient", "Test MRN", "Action", "Expected result", "Pass/Fail", "Tester"],
            [1, "ZZTEST, ANESONE", "99900001", "Create PAT encounter via A05 from REG TEST", "Encounter on pre-op worklist", "", ""],
            [2, "ZZTEST, ANESONE", "99900001", "Document STOP-BANG = 6", "OSA alert fires on case", "", ""],
            [3, "ZZTEST, ANESTWO", "99900002", "Start anesthesia record in OR TEST1", "Monitor data flows q15s", "", ""],
            [4, "ZZTEST, ANESTWO", "99900002", "End case, sign record", "DFT P03 sent with minutes > 0", "", ""],
            [5, "ZZTEST, PAINTHREE", "99900003", "Book TFESI from RIDGEPM TEST", "SIU S12 accepted, AIS mapped", "", ""],
            [6, "ZZTEST, PAINTHREE", "99900003", "Cancel appointment", "SIU S15 received, slot freed", "", ""]]
    body = f"""Hi testers,

Attached is the integrated test script for the AIMS 11.4 upgrade. All records are in the TEST environment only - the ZZTEST patients are fake and will be purged after sign-off. Please do NOT use real patients to test in PROD.

Testing window: {mdy(next_wd(d, 1))} - {mdy(next_wd(d, 4))}. Mark Pass/Fail, add your initials, and attach screenshots for any failure to the test tracker.

Thanks,
Ben

{sig("kowalczyk")}
"""
    return mk(addr("kowalczyk"), [addr("mirelli"), addr("castillo"), addr("esparza"), addr("hughes")],
              "AIMS 11.4 integrated testing - script attached", body, dt,
              atts=[(xlsx(rows, "Test script"), "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                     "AIMS_11.4_test_script.xlsx")]), ""


@reg("clean", "training")
def train_mm_case():
    d = rday()
    dt = rdt(d, 15, 19)
    body = """M&M case for Thursday - de-identified for teaching

A woman in her 60s presented for an elective shoulder procedure with an interscalene block planned. She had a history of mild COPD. After a 20 mL block, she became progressively short of breath in the block area; SpO2 dropped from 96% to 90% on room air. Exam showed reduced diaphragmatic excursion on the block side on ultrasound.

Questions for discussion:
1. What is the incidence of hemidiaphragmatic paresis after a standard interscalene block?
2. Which alternatives (superior trunk, suprascapular + axillary, low-volume ISB) reduce this risk?
3. Should pulmonary function influence block choice? What screening could PAT do?
4. How should this be communicated to the patient and documented?

Outcome (for discussion only): supplemental O2, surgery under GA, discharged home the same day after symptoms improved.

Please do not add identifying details to the slides. All dates removed.

Kenji
"""
    return mk(addr("sato"), ["Anesthesia Residents & Fellows <anes.trainees@" + HOSP + ">"], "M&M Thursday - case summary",
              body, dt, cc=[addr("lindqvist")]), ""


@reg("clean", "training")
def train_phone_script():
    d = rday()
    dt = rdt(d, 10, 15)
    body = """PAT phone screen - practice script (orientation)

Use this with your preceptor. The patient is FICTITIOUS - "Jane Sample", sample DOB 01/01/1970, training MRN 00000000. Do not enter her into the live system.

1. Introduce yourself; verify two identifiers (in real calls: name + DOB).
2. Confirm procedure, surgeon and date.
3. Medications - ask specifically about blood thinners, diabetes medicines, GLP-1 injections, supplements.
4. STOP-BANG questions - read exactly as written.
5. Airway history: problems with anesthesia for you or a family member? Told you were hard to intubate?
6. Functional capacity: can you climb two flights of stairs without stopping?
7. Give fasting instructions (use the current sheet) and arrival info.
8. Ask who will drive and stay overnight.
9. Teach-back: ask the patient to repeat the medication instructions.

Role play answers for "Jane Sample": takes lisinopril and a weekly injection for weight loss, snores loudly, husband says she stops breathing at night, can climb stairs slowly. What do you flag?

Jo
""" + sig("mirelli")
    return mk(addr("mirelli"), ["Rachel Ostrowski <rostrowski@" + HOSP + ">"], "Phone screen practice script", body, dt,
              cc=[addr("brandt")]), ""


@reg("clean", "training")
def train_hl7_test():
    d = rday()
    dt = rdt(d, 9, 16)
    ts = hl7ts(dt)
    msg = "\n".join([
        f"MSH|^~\\&|AIMS|MVMC_ANES_TST|KEYSTONE|KABS_TST|{ts}||DFT^P03|TST{digits(6)}|T|2.5",
        f"EVN|P03|{ts}",
        "PID|1||99900002^^^MVMC^MR||ZZTEST^ANESTWO||19700101|U|||1 TEST ST^^TESTVILLE^OH^00000",
        "PV1|1|I|ORTEST1^01^^MVMC",
        f"FT1|1|||{ts}^{ts}|{dt.strftime('%Y%m%d')}|CG|01402^ANES KNEE ARTHROPLASTY^CPT|||96|||||||||M17.12|0000000000^PROVIDER^TEST|||||01402^ANES KNEE ARTHROPLASTY^CPT|QK",
    ])
    body = f"""Renee,

Sample DFT from the TEST environment after the fix (processing ID = T). FT1-10 now carries minutes (96). This is the ZZTEST patient from the test script, not a real record. Can you push it through your test system and confirm it calculates 6.4 time units?

{msg}

Ben

{sig("kowalczyk")}
"""
    return mk(addr("kowalczyk"), [addr("castillo")], "TEST env DFT sample - please validate units", body, dt), ""


# ================================================================ main
def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(outdir, exist_ok=True)
    counters = {}
    rows = []
    for label, kind, fn in REG:
        msg, pname = fn()
        key = (label, kind)
        counters[key] = counters.get(key, 0) + 1
        fname = f"{label}-{kind}-{counters[key]:03d}.eml"
        with open(os.path.join(outdir, fname), "wb") as fh:
            fh.write(msg.as_bytes(policy=policy.SMTP))
        rows.append((fname, label, kind, pname))
    import csv
    with open(os.path.join(outdir, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "label", "kind", "patient_name"])
        for r in rows:
            w.writerow(r)
    for (label, kind), n in counters.items():
        print(f"{label}-{kind}: {n}")
    print(f"total: {len(rows)}")


if __name__ == "__main__":
    main()
