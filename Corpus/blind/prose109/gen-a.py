#!/usr/bin/env python3
"""Generate a blind evaluation set of email for a chain of plasma and blood
donation centres.  Standard library only, deterministic (seeded)."""
import csv
import datetime as _dt
import email.policy
import html as _html
import io
import os
import random
import struct
import sys
import zipfile
import zlib
from email.message import EmailMessage
from email.utils import format_datetime

SEED = 10901
random.seed(SEED)

# ---------------------------------------------------------------- org data
BLOOD = "bluewaterdonors.org"
PLASMA = "bluewaterplasma.com"
LAB = "pinnacledtl.net"
CENTERS = ["Eastgate Donor Center", "Riverside Plasma Center", "Mill Creek Donor Center",
           "Northpoint Plasma Center", "Harlan Avenue Plasma", "Fairview Mobile Unit 3"]
HOSPITALS = [("St. Brendan's Medical Center", "stbrendansmc.org"),
             ("Lakeview Community Hospital", "lakeviewcommunity.org"),
             ("Cedar Falls Regional Health", "cedarfallsregional.net"),
             ("Merrow Valley Hospital", "merrowvalleyhosp.org")]
DONOR_DOMAINS = ["zephyrmail.net", "postbox-home.com", "example.net", "lumenmail.com",
                 "kestrelnet.net", "example.com", "orbitmail.org", "cloudhaven.net"]

STAFF = {
    "md":     ("Renata", "Okafor", "MD, Medical Director", BLOOD),
    "amd":    ("Samuel", "Lindqvist", "DO, Associate Medical Director", PLASMA),
    "cm_e":   ("Tamsin", "Reyes", "Center Manager, Eastgate", BLOOD),
    "cm_r":   ("Derrick", "Holloway", "Center Manager, Riverside Plasma", PLASMA),
    "cm_m":   ("Priya", "Venkataraman", "Center Manager, Mill Creek", BLOOD),
    "cm_n":   ("Luis", "Carvalho", "Center Manager, Northpoint Plasma", PLASMA),
    "phl1":   ("Marisol", "Quintero", "Lead Phlebotomist, CPT", BLOOD),
    "phl2":   ("Kevin", "Tran", "Phlebotomy Supervisor", PLASMA),
    "phl3":   ("Ayesha", "Siddiqui", "Donor Care Specialist II", PLASMA),
    "rn1":    ("Colleen", "Burke", "RN, Donor Screening", BLOOD),
    "rn2":    ("Andre", "Baptiste", "LPN, Medical Screener", PLASMA),
    "rn3":    ("Hye-jin", "Park", "RN, Physician Substitute", PLASMA),
    "notif":  ("Gwen", "Albright", "RN, Donor Notification & Counseling", BLOOD),
    "qa":     ("Felix", "Navarro", "QA Manager", BLOOD),
    "hs":     ("Beatrice", "Osei", "Hospital Services Coordinator", BLOOD),
    "dr":     ("Jordan", "Pike", "Donor Relations & Loyalty Program", PLASMA),
    "it":     ("Nate", "Sorensen", "Systems Analyst, BECS/Donor Apps", BLOOD),
    "hr":     ("Lorraine", "Fitch", "HR Generalist", BLOOD),
    "sc":     ("Omar", "Bellamy", "Supply Chain Coordinator", BLOOD),
    "mob":    ("Shauna", "McBride", "Mobile Drive Coordinator", BLOOD),
    "fd":     ("Tiffany", "Lo", "Front Desk / Donor Services", PLASMA),
    "tp":     ("Rachel", "Gundersen", "RN, Therapeutic Apheresis Coordinator", BLOOD),
    "train":  ("Mateo", "Salgado", "Training & Education Specialist", BLOOD),
    "ehs":    ("Dana", "Whitfield", "RN, Employee Health", BLOOD),
    "bill":   ("Cheryl", "Ambrose", "Billing Specialist", BLOOD),
    "comm":   ("Isla", "Brennan", "Communications Manager", BLOOD),
}


def addr_of(key):
    f, l, t, d = STAFF[key]
    return f"{f} {l} <{f[0].lower()}{l.lower().replace('-', '')}@{d}>"


def email_of(key):
    f, l, t, d = STAFF[key]
    return f"{f[0].lower()}{l.lower().replace('-', '')}@{d}"


def name_of(key):
    f, l, t, d = STAFF[key]
    return f"{f} {l}"


def first_of(key):
    return STAFF[key][0]


def sig(key, style=None, phone=True):
    f, l, t, d = STAFF[key]
    style = style if style is not None else random.choice([0, 1, 2, 3])
    org = "Bluewater Plasma" if d == PLASMA else "Bluewater Blood & Plasma Centers"
    ph = f"({random.choice(['614', '740', '937'])}) 555-0{random.randint(100, 199)}"
    if style == 0:
        return f"\n\n{f}\n"
    if style == 1:
        s = f"\n\nThanks,\n{f} {l}\n{t}\n{org}"
        if phone:
            s += f"\nP: {ph}"
        return s + "\n"
    if style == 2:
        fax = f"({ph[1:4]}) 555-0{random.randint(200, 299)}"
        return (f"\n\n--\n{f} {l} | {t}\n{org}\n"
                f"Office {ph}  |  Fax {fax}\n{f[0].lower()}{l.lower().replace('-', '')}@{d}\n")
    return f"\n\n- {f[0]}{l[0]}\n"


DISCLAIMERS = [
    "CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use "
    "of the intended recipient(s) and may contain confidential and privileged information. Any "
    "unauthorized review, use, disclosure or distribution is prohibited. If you are not the "
    "intended recipient, please contact the sender by reply e-mail and destroy all copies of the "
    "original message.",
    "This message may contain confidential donor or business information of Bluewater Blood & "
    "Plasma Centers. If you received it in error, please notify the sender and delete it.",
    "The information in this email is intended only for the addressee. Bluewater Blood & Plasma "
    "Centers is an FDA-licensed blood establishment. Please consider the environment before "
    "printing.",
]


def discl():
    return "\n\n" + random.choice(DISCLAIMERS) + "\n"


FIRST_F = ["Maria", "Keisha", "Linh", "Aaliyah", "Rosa", "Fatima", "Jasmine", "Yolanda", "Mei",
           "Ebony", "Svetlana", "Brittany", "Dolores", "Tanisha", "Imani", "Consuelo", "Precious",
           "Irene", "Kayla", "Shirley", "Bethany", "Joanne", "Krystal", "Alondra", "Latoya"]
FIRST_M = ["James", "Robert", "Daniel", "Thomas", "Brian", "Gregory", "Tyler", "Dwayne", "Patrick",
           "Curtis", "Nathan", "Hector", "Marcus", "Raymond", "Cody", "Leonard", "Travis", "Wendell",
           "Darnell", "Ruben", "Lamar", "Emeka", "Desmond", "Vernon", "Gordon"]
FIRST = [x for pair in zip(FIRST_F, FIRST_M) for x in pair]
LAST = ["Whitcombe", "Delgado", "Pruitt", "Nwosu", "Kowalczyk", "Harrington", "Boyd", "Castellanos",
        "Greer", "Abernathy", "Lindgren", "Okonkwo", "Stansbury", "Fenn", "Maddox", "Truong",
        "Ngata", "Gallagher", "Espinoza", "Holcomb", "Yazzie", "Dunbar", "Sorrell", "Mbeki",
        "Ferreira", "Quarles", "Albrecht", "Vance", "McAllister", "Rutledge", "Haddad", "Ocampo",
        "Pettaway", "Sandoval", "Brandt", "Tolliver", "Ivanova", "Kimura", "Lutz", "Beaumont"]
STREETS = ["Larkspur Ln", "Old Mill Rd", "Cottonwood Dr", "E. 14th Ave", "Harmon St",
           "Birchwood Ct", "Kettering Pike", "Wabash Ave", "Sumner Pl", "Glenmont Rd"]
CITIES = [("Columbus", "OH", "432"), ("Dayton", "OH", "454"), ("Zanesville", "OH", "437"),
          ("Springfield", "OH", "455"), ("Chillicothe", "OH", "456")]


def person(first=None, last=None, sex=None):
    pool = FIRST_F if sex == "F" else FIRST_M if sex == "M" else FIRST
    return (first or random.choice(pool), last or random.choice(LAST))


def sex_of(first):
    return "F" if first in FIRST_F else "M"


def donor_id(plasma=False):
    if plasma:
        return f"P{random.randint(1000000, 9999999)}"
    return f"BW-{random.randint(1000000, 9999999)}"


def din(year=None):
    year = year or random.choice([23, 24, 24, 25])
    return f"W{random.choice(['0387', '0412', '0419'])} {year} {random.randint(100000, 999999)}"


def dob(lo=1956, hi=2004):
    return _dt.date(random.randint(lo, hi), random.randint(1, 12), random.randint(1, 28))


def fmt_d(d, style=0):
    if style == 0:
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == 1:
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == 2:
        return d.strftime("%Y-%m-%d")
    return d.strftime("%b %d, %Y").replace(" 0", " ")


def phone(style=None):
    a = random.choice(["614", "740", "937", "513", "380"])
    n = random.randint(100, 199)
    style = style if style is not None else random.randint(0, 2)
    if style == 0:
        return f"({a}) 555-0{n}"
    if style == 1:
        return f"{a}-555-0{n}"
    return f"{a}.555.0{n}"


def address():
    c = random.choice(CITIES)
    return (f"{random.randint(12, 9899)} {random.choice(STREETS)}",
            f"{c[0]}, {c[1]} {c[2]}{random.randint(10, 99)}")


def mrn():
    return str(random.randint(1000000, 9999999))


def ssn_last4():
    return f"{random.randint(1000, 9999)}"


def money(lo, hi):
    return f"${random.randint(lo, hi)}.{random.choice(['00', '00', '50', '25'])}"


TZ = [_dt.timezone(_dt.timedelta(hours=-5)), _dt.timezone(_dt.timedelta(hours=-4))]


def rand_dt(start=_dt.datetime(2024, 1, 8), days=560):
    d = start + _dt.timedelta(days=random.randint(0, days), hours=random.randint(6, 19),
                              minutes=random.randint(0, 59), seconds=random.randint(0, 59))
    return d.replace(tzinfo=random.choice(TZ))


def dhdr(d):
    return format_datetime(d)


def msgid(domain):
    return f"<{random.getrandbits(64):016x}.{random.randint(10000, 99999)}@{domain}>"


def quote_gmail(text, who, when):
    lines = text.strip("\n").split("\n")
    q = "\n".join("> " + ln if ln else ">" for ln in lines)
    return f"\n\nOn {when.strftime('%a, %b %d, %Y at %I:%M %p').replace(' 0', ' ')}, {who} wrote:\n{q}\n"


def quote_outlook(text, frm, to, when, subject, cc=None):
    s = (f"\n\n-----Original Message-----\nFrom: {frm}\nSent: "
         f"{when.strftime('%A, %B %d, %Y %I:%M %p').replace(' 0', ' ')}\nTo: {to}\n")
    if cc:
        s += f"Cc: {cc}\n"
    s += f"Subject: {subject}\n\n{text.strip()}\n"
    return s


def fwd_block(text, frm, to, when, subject):
    return (f"\n\n---------- Forwarded message ---------\nFrom: {frm}\n"
            f"Date: {when.strftime('%a, %b %d, %Y at %I:%M %p').replace(' 0', ' ')}\n"
            f"Subject: {subject}\nTo: {to}\n\n{text.strip()}\n")


def earlier(d, hours_lo=1, hours_hi=60):
    e = d - _dt.timedelta(hours=random.randint(hours_lo, hours_hi), minutes=random.randint(0, 59))
    if e.hour < 7 or e.hour > 21:  # people mostly write during the day
        e = e.replace(hour=random.randint(7, 18))
        if e >= d:
            e = e - _dt.timedelta(days=1)
    return e


def to_html(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(_html.escape(x) for x in p.split("\n")) + "</p>")
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,"
            "Arial,sans-serif;font-size:11pt\">\n" + "\n".join(out) + "\n</body></html>\n")


# ---------------------------------------------------------------- attachments
ZDATE = (2024, 1, 1, 0, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def _col(n):
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet="Sheet1"):
    cells = []
    for r, row in enumerate(rows, 1):
        cs = []
        for c, v in enumerate(row):
            ref = f"{_col(c)}{r}"
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cs.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cs.append(f'<c r="{ref}" t="inlineStr"><is><t>{_html.escape(str(v))}</t></is></c>')
        cells.append(f'<row r="{r}">' + "".join(cs) + "</row>")
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>' + "".join(cells) + '</sheetData></worksheet>')
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
          f'<sheets><sheet name="{_html.escape(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet_xml)])


def make_docx(paragraphs):
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{_html.escape(p)}</w:t></w:r></w:p>'
                   for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f'<w:body>{body}</w:body></w:document>')
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


def make_pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    y = 760
    parts = ["BT /F1 10 Tf"]
    for ln in lines:
        parts.append(f"1 0 0 1 54 {y} Tm ({esc(ln)}) Tj")
        y -= 14
    parts.append("ET")
    stream = "\n".join(parts).encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    x = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode())
    return out.getvalue()


def make_png(w, h, kind="logo"):
    rows = []
    for yy in range(h):
        row = bytearray([0])
        for xx in range(w):
            if kind == "logo":
                if yy < h * 0.18 or yy > h * 0.82:
                    px = (255, 255, 255)
                elif xx < h:  # drop-ish square at the left
                    px = (178, 24, 43) if abs(xx - h / 2) + abs(yy - h / 2) < h * 0.33 else (255, 255, 255)
                else:
                    px = (20, 86, 140) if (yy // 4) % 2 == 0 else (36, 120, 180)
            else:  # blank scan page, light grey border
                edge = xx < 3 or yy < 3 or xx > w - 4 or yy > h - 4
                px = (200, 200, 200) if edge else (252, 252, 250)
            row.extend(px)
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def make_ics(summary, start, minutes, location, organizer, attendees, desc=""):
    end = start + _dt.timedelta(minutes=minutes)
    f = "%Y%m%dT%H%M%S"
    uid = f"{random.getrandbits(48):012x}@{BLOOD}"
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Bluewater//Scheduling//EN", "VERSION:2.0",
             "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{uid}",
             f"DTSTAMP:{start.strftime(f)}", f"DTSTART;TZID=America/New_York:{start.strftime(f)}",
             f"DTEND;TZID=America/New_York:{end.strftime(f)}", f"SUMMARY:{summary}",
             f"LOCATION:{location}", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for a in attendees:
        lines.append(f"ATTENDEE;CN={a[0]};ROLE=REQ-PARTICIPANT:mailto:{a[1]}")
    if desc:
        lines.append("DESCRIPTION:" + desc.replace("\n", "\\n"))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


# ---------------------------------------------------------------- message builder
def build(m):
    msg = EmailMessage()
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subject"]
    d = m.get("date") or rand_dt()
    msg["Date"] = dhdr(d)
    dom = m["frm"].rsplit("@", 1)[-1].strip(">").strip()
    msg["Message-ID"] = msgid(dom)
    for k, v in m.get("headers", []):
        msg[k] = v
    msg.set_content(m["body"])
    if m.get("html"):
        msg.add_alternative(to_html(m["body"]), subtype="html")
    for a in m.get("att", []):
        fn, mt, st, data = a
        if isinstance(data, str):
            msg.add_attachment(data, subtype=st, filename=fn)
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return msg


def M(frm, to, subject, body, **kw):
    d = dict(frm=frm, to=to, subject=subject, body=body)
    d.update(kw)
    d.setdefault("patient", "")
    return d


# ================================================================ PHI: care
def care_1():
    d = rand_dt()
    hosp, hdom = HOSPITALS[1]
    f, l = person(last="Ortega")
    f = random.choice(["Graciela", "Lourdes", "Beatriz"])
    surg = (d + _dt.timedelta(days=random.randint(16, 24))).date()
    sched = f"Alana Pruett <apruett@{hdom}>"
    body = (f"Hi Rachel,\n\nDr. Feld's patient {f} {l} is set for surgery here at {hosp.split()[0]} "
            f"on {fmt_d(surg, 3)}. He'd like two units of her own blood banked ahead of time. "
            f"The signed request and her order are in the fax I sent this morning (4 pages).\n\n"
            f"She can't drive herself right now, her son Victor brings her. Mornings are better, "
            f"he works 2nd shift. Could you get her on the books for two visits at least a week "
            f"apart, and the last one no later than {fmt_d(surg - _dt.timedelta(days=5), 1)}?\n\n"
            f"Her cell is {phone(0)}, or Victor at {phone(1)}.\n\nThank you!\nAlana Pruett\n"
            f"Surgical Scheduler, Orthopedics\n{hosp}\nPh {phone(0)} | Fax {phone(0)}")
    reply = (f"Hi Alana,\n\nGot the fax, thanks. I called Victor and we have {f} down for "
             f"{fmt_d((d + _dt.timedelta(days=3)).date(), 1)} and "
             f"{fmt_d((d + _dt.timedelta(days=10)).date(), 1)}, both 9:15 at Eastgate. I'll tag the "
             f"units for {hosp.split()[0]} and send them over with the regular Thursday run."
             f"\n\nI'll let you know if anything changes on our end." + sig("tp", 1))
    full = reply + quote_outlook(body, sched, addr_of("tp"), earlier(d, 2, 8),
                                 f"autologous request - {l}")
    return M(addr_of("tp"), sched, f"RE: autologous request - {l}", full + discl(),
             cc=addr_of("cm_e"), date=d, patient=f"{f} {l}")


def care_2():
    d = rand_dt()
    f, l = person(sex="F")
    f2, l2 = person(sex="M")
    body = (f"Handing off for the afternoon:\n\n"
            f"- Chair 6: {f} {l}. We stopped her at about 480 mL, arm is wrapped. She's in the "
            f"recliner with juice and crackers. Recheck her BP before she goes, and she is NOT "
            f"driving - her mom is out in the lobby (older lady in the purple coat).\n"
            f"- {f2} {l2[0]}. in chair 2 is a first timer, nervous, keep talking to him. Saline "
            f"return went slow, watch the site.\n"
            f"- Kiosk 3 is frozen again, told Nate.\n\n"
            f"I'm off at 2 but have my phone.\n\n- Mari\n\nSent from my iPhone")
    return M(addr_of("phl1"), f"Eastgate Floor <eastgate.floor@{BLOOD}>",
             "floor handoff 1:45", body, date=d, patient=f"{f} {l}; {f2} {l2[0]}.")


def care_3():
    d = rand_dt()
    f, l = person(sex="M")
    wf = random.choice(["Linda", "Karen", "Denise", "Angela"])
    em = f"{wf.lower()}.{l.lower()}@{random.choice(DONOR_DOMAINS)}"
    orig = (f"Hello,\n\nMy husband {f} gave plasma at your {CENTERS[1].split()[0]} location "
            f"yesterday and came home very pale and went straight to bed. This morning his arm "
            f"is purple from the elbow down almost to his wrist. He won't call, he says its fine. "
            f"Can somebody call him or me? Our home number is {phone(0)}.\n\n{wf} {l}")
    reply = (f"Mrs. {l},\n\nThank you for letting us know. I called {f} this afternoon and "
             f"spoke with him for a while. He's doing alright. I went over using a cold pack "
             f"today and warm after that, keeping the arm raised, and no heavy lifting at work "
             f"for a couple of days. I put a note on his record so the staff check with him at "
             f"his next visit, and he won't be booked again until I call him back on Friday.\n\n"
             f"If it gets more swollen or his fingers feel numb, please call me directly.\n\n"
             f"Kind regards," + sig("rn3", 2))
    full = reply + quote_gmail(orig, f"{wf} {l} <{em}>", earlier(d, 4, 20))
    return M(addr_of("rn3"), f"{wf} {l} <{em}>", "Re: my husband's arm after donating", full,
             cc=addr_of("cm_r"), date=d, html=True, patient=f"{f} {l}")


def care_4():
    d = rand_dt()
    f, l = person(sex="M")
    school = random.choice(["Westbrook High School", "Our Lady of Mercy Parish", "Tri-County Career Center"])
    body = (f"Shauna -\n\nAt the {school} drive today, {f} {l} (double red, 2nd donation) "
            f"needed to lie down for about 40 min after. Dr. Okafor okayed him leaving with "
            f"someone but nobody could get him. I gave him one of the ride vouchers, #{random.randint(2000, 2999)}, "
            f"to his apartment on {random.choice(STREETS)}. Please log it for the drive report. "
            f"I also told him we'll call tomorrow to check on him and that he should skip the "
            f"gym tonight.\n\nHe asked if he's still allowed to donate with us, I said yes "
            f"but we'd talk about it on the call.\n\nColleen\nsent from mobile")
    return M(addr_of("rn1"), addr_of("mob"), f"ride voucher used - {school}", body,
             date=d, patient=f"{f} {l}")


def care_5():
    d = rand_dt()
    f, l = person(sex="M")
    b = dob()
    body = (f"Andre,\n\nPlease call {f} {l} (DOB {fmt_d(b, 0)}) and set up a sit-down with me "
            f"at Riverside on Tuesday, any time after 10. Block his online booking until then - "
            f"if he walks in before Tuesday, he should not go to the floor, just have him wait "
            f"for a call from me.\n\nI'd rather tell him in person than in a letter. If he asks, "
            f"just say the doctor wants to go over a couple of things from his last visit.\n\n"
            f"Thanks" + sig("amd", 1))
    return M(addr_of("amd"), addr_of("rn2"), "please call - sit down Tues", body,
             cc=addr_of("fd"), date=d, patient=f"{f} {l}")


def care_6():
    d = rand_dt()
    f, l = person(sex="F")
    nd = (d + _dt.timedelta(days=random.randint(50, 60))).date()
    body = (f"hi Tiff, can you move {f} {l} from Thurs to {nd.strftime('%A')} {fmt_d(nd, 1)}? "
            f"she's back from the 8 week wait then. Put her in one of the end chairs by the "
            f"ramp - she uses the walker now - and note \"LEFT arm only\" in the appt comments. "
            f"Her daughter books for her, use the daughter's number on file not hers.\n\nty!\nKev")
    return M(addr_of("phl2"), addr_of("fd"), "reschedule", body, date=d, patient=f"{f} {l}")


def care_7():
    d = rand_dt()
    f, l = person(sex="F")
    did = donor_id(plasma=True)
    orig = (f"Jordan, {f} {l} ({did}) was on the machine about 20 min today and got chilled and "
            f"shaky so we stopped and returned. She was upset about the money. Is there anything "
            f"we can do? Nurse wants to call her tomorrow anyway." + sig("phl3", 0))
    reply = (f"Yes - go ahead and load the full visit amount on her card, I'll approve the "
             f"override (code it DONOR CARE - INCOMPLETE). Please make sure the nurse call gets "
             f"noted, and send her the \"we're sorry\" bonus email template so she knows it "
             f"still counts toward her monthly points.\n\nJ" )
    return M(addr_of("dr"), addr_of("phl3"), "RE: incomplete procedure - can we pay full?",
             reply + quote_outlook(orig, addr_of("phl3"), addr_of("dr"), earlier(d, 1, 5),
                                   "incomplete procedure - can we pay full?"),
             cc=addr_of("cm_r"), date=d, patient=f"{f} {l}")


def care_8():
    d = rand_dt()
    f, l = person(sex="M")
    f2, l2 = person(sex="F")
    wife = random.choice(["Marjorie", "Helen", "Carol"])
    body = (f"Hi Colleen,\n\nThanks again for covering my therapeutic folks while I'm out. "
            f"Quick notes so nobody is surprised:\n\n"
            f"{f} {l} - Tuesdays 8:00. His wife {wife} drives and waits in the car. He likes "
            f"the right arm, and he'll ask for the warm blanket. Order from his doctor is good "
            f"through {fmt_d((d + _dt.timedelta(days=90)).date(), 1)}; we check his count first "
            f"and only draw if it's over the number on the order.\n\n"
            f"{f2} {l2} - every other Friday, 1:30. Needs a small gauge, ask Marisol to stick "
            f"her. She'll want a copy of the visit sheet to take to her doctor's office.\n\n"
            f"Both are in the TP binder at the front desk. Call me if you need me, I'll have "
            f"my phone.\n\nRachel")
    return M(addr_of("tp"), addr_of("rn1"), "TP patients while I'm out", body,
             cc=addr_of("phl1"), date=d, html=True, patient=f"{f} {l}; {f2} {l2}")


CARE = [care_1, care_2, care_3, care_4, care_5, care_6, care_7, care_8]


# ================================================================ PHI: ids
def ids_1():
    d = rand_dt()
    u = din()
    did = donor_id()
    marker = random.choice(["HCV NAT", "anti-HBc", "HIV-1/2 Ab", "HBV NAT"])
    body = (f"Donor Testing Notification - ACTION REQUIRED\n\n"
            f"Facility: {CENTERS[0]}\nDIN: {u}\nDonor #: {did}\n"
            f"Assay: {marker}\nInitial result: REACTIVE\nRepeat (duplicate): REACTIVE / REACTIVE\n"
            f"Status: Repeat reactive - confirmatory testing in progress\n\n"
            f"Per SOP DT-114 the donor record has been placed on indefinite deferral pending "
            f"supplemental results. All co-components from this collection have been placed in "
            f"quarantine. Prior donations within the lookback window will be listed in a "
            f"separate notification once confirmatory results are final.\n\n"
            f"This is an automated message from Pinnacle Donor Testing Laboratory LIS. "
            f"Do not reply to this address. Questions: Client Services {phone(0)}.\n")
    return M(f"LIS Notifications <no-reply@{LAB}>", f"Donor Notification <donornotify@{BLOOD}>",
             f"[RR] {u} {marker}", body, cc=addr_of("qa"), date=d, patient="")


def ids_2():
    d = rand_dt()
    hosp, hdom = HOSPITALS[0]
    u = din(23)
    m = mrn()
    tx = (d - _dt.timedelta(days=random.randint(120, 300))).date()
    body = (f"Transfusion Service Medical Director\n{hosp}\n\n"
            f"RE: Lookback notification - Bluewater case LB-{d.year}-{random.randint(100, 399)}\n\n"
            f"A donor who gave the unit below has since tested positive on a later donation, "
            f"and confirmatory testing was positive for hepatitis C. Your records show the unit "
            f"was transfused as follows:\n\n"
            f"   Unit (DIN):      {u}\n   Component:       Red Blood Cells, Leukoreduced\n"
            f"   Issued to:       {hosp}\n   Your patient MRN: {m}\n"
            f"   Transfused:      {fmt_d(tx, 0)}\n\n"
            f"Please notify the recipient's attending physician so the recipient can be told and "
            f"offered testing, and return the enclosed response form within 45 days. Please "
            f"include whether the recipient is deceased or could not be located.\n\n"
            f"Feel free to reach me directly." + sig("hs", 2) + discl())
    return M(addr_of("hs"), f"Transfusion Service <tsmd@{hdom}>",
             "Lookback notice - HCV - response requested", body, cc=addr_of("md"),
             date=d, html=True, patient="")


def ids_3():
    d = rand_dt()
    did = donor_id(plasma=True)
    card = random.randint(1000, 9999)
    v = (d - _dt.timedelta(days=random.randint(2, 9))).date()
    body = (f"Jordan,\n\nDonor {did} (card ending {card}) called about the {fmt_d(v, 1)} visit. "
            f"She thinks her payment is short. She was deferred that day on total protein "
            f"(5.9) so she only got the $20 attempt fee, which is correct per policy. She "
            f"wants a supervisor to call. Can you or Luis get back to her? Number is in the "
            f"donor record.\n\nTiffany\nNorthpoint front desk")
    return M(addr_of("fd"), addr_of("dr"), f"pymt question {did}", body,
             cc=addr_of("cm_n"), date=d, patient="")


def ids_4():
    d = rand_dt()
    claim = f"GL-{d.year % 100}-{random.randint(10000, 99999)}"
    b = dob()
    inc = (d - _dt.timedelta(days=random.randint(20, 60))).date()
    adj = random.choice(["Kelsey Marr", "Brandon Oyelaran", "Tricia Vaughn"])
    orig = (f"Mr. Navarro,\n\nWe've opened claim {claim} for the donor injury reported on "
            f"{fmt_d(inc, 0)} (claimant DOB {fmt_d(b, 0)}). The claimant reports continued "
            f"tingling in the left forearm and two visits to a neurologist. Please send the "
            f"donation record, the adverse event report and any follow-up call notes by the "
            f"end of the month.\n\n{adj}\nClaims Adjuster, Keystone Mutual Risk\n{phone(0)}")
    reply = (f"Dana - can you pull whatever employee health or nurse follow-up notes we have "
             f"on this one? The incident # in our system is AE-{random.randint(4000, 4999)}. "
             f"I'll get the donation record from Riverside.\n\nFelix")
    return M(addr_of("qa"), addr_of("ehs"), f"FW: Claim {claim} - records request",
             reply + fwd_block(orig, f"{adj} <claims@keystonemutualrisk.com>", addr_of("qa"),
                               earlier(d, 20, 70), f"Claim {claim} - records request"),
             date=d, patient="")


def ids_5():
    d = rand_dt()
    b = dob()
    l4 = ssn_last4()
    prior = (d - _dt.timedelta(days=random.randint(3, 25))).date()
    body = (f"Hi Hye-jin,\n\nThe cross-check flagged a new donor at intake this morning. "
            f"DOB {fmt_d(b, 0)}, SSN last 4 {l4}, ID scan matches. NDDR shows a permanent "
            f"deferral entered {fmt_d(prior, 1)} by another center (reason code 02 - reactive "
            f"viral marker). He told the screener he's never donated anywhere. I did not let "
            f"him go to the floor. He's in the waiting area. How do you want me to handle "
            f"the conversation?\n\nAndre")
    return M(addr_of("rn2"), addr_of("rn3"), "NDDR hit at intake - need you", body,
             date=d, patient="")


def ids_6():
    d = rand_dt()
    hosp, hdom = HOSPITALS[2]
    m = mrn()
    b = dob(1938, 1965)
    u = din()
    body = (f"Bluewater Hospital Services,\n\nReporting a suspected transfusion reaction.\n\n"
            f"Recipient MRN: {m}\nRecipient DOB: {fmt_d(b, 0)}\nUnit: {u} (Plasma, FFP)\n"
            f"Onset: about 45 min into transfusion, {fmt_d(d.date(), 0)}\n"
            f"Signs: acute shortness of breath, O2 sat 84% on RA, bilateral infiltrates on CXR, "
            f"no signs of volume overload.\n\nClinical team is concerned for TRALI. Requesting "
            f"donor HLA/HNA antibody investigation and quarantine of any co-components from "
            f"this donor. Recipient currently in ICU.\n\n"
            f"Dr. Ines Carrow, Transfusion Medicine\n{hosp}\nBlood Bank: {phone(0)}")
    return M(f"Blood Bank {hosp.split()[0]} {hosp.split()[1]} <bloodbank@{hdom}>",
             f"Hospital Services <hospitalservices@{BLOOD}>",
             f"Suspected TRALI - unit {u}", body, cc=addr_of("md"), date=d, patient="")


def ids_7():
    d = rand_dt()
    did = donor_id(plasma=True)
    v = (d - _dt.timedelta(days=random.randint(10, 40))).date()
    body = (f"Got it, I'll pull her chart for the {v.month}/{v.day} visit and have it on your "
            f"desk before 10. Want me to flag her for the 4-month redraw too?\n\nAndre\n\n"
            f"Sent from my Galaxy")
    return M(addr_of("rn2"), addr_of("amd"), f"RE: donor {did} - SPE abnormal, needs review",
             body, date=d, patient="")


def ids_8():
    d = rand_dt()
    mem = f"OH{random.randint(10000000, 99999999)}"
    npi = f"1{random.randint(100000000, 999999999)}"
    start = (d + _dt.timedelta(days=7)).date()
    body = (f"THERAPEUTIC PHLEBOTOMY ORDER\n\nReferring practice: Riverbend Internal Medicine\n"
            f"Ordering provider NPI: {npi}\n\nPatient Medicaid ID: {mem}\n"
            f"Dx: E83.110 Hereditary hemochromatosis\nOrder: Remove 500 mL whole blood every "
            f"2 weeks. Check hemoglobin before each draw; hold if Hgb < 12.5 g/dL. Ferritin "
            f"every 8 draws; target ferritin 50-100.\nStart: {fmt_d(start, 0)}   Duration: 6 months\n\n"
            f"Prior auth ref #PA{random.randint(1000000, 9999999)} attached. Demographics and "
            f"face sheet coming by fax.\n\n-- Riverbend IM referrals desk\n{phone(0)}")
    return M(f"Referrals <referrals@riverbendim.net>", addr_of("tp"),
             "TP order - new patient", body, cc=addr_of("bill"), date=d, patient="")


IDS = [ids_1, ids_2, ids_3, ids_4, ids_5, ids_6, ids_7, ids_8]


# ================================================================ PHI: lang
def lang_es():
    d = rand_dt()
    name = random.choice(["Yesenia Paredes", "Marisela Ochoa", "Guadalupe Benítez"])
    did = donor_id(plasma=True)
    until = (d + _dt.timedelta(days=random.randint(20, 40))).date()
    em = name.lower().replace(" ", ".").replace("í", "i") + f"{random.randint(1, 99)}@{random.choice(DONOR_DOMAINS)}"
    orig = (f"Hola buenas tardes,\n\nMe llamo {name}, dono plasma en el centro de Harlan Avenue "
            f"desde hace como un año. El sábado no me dejaron donar porque me dijeron que tenía "
            f"el hierro bajo (la hemoglobina en 11.{random.randint(2, 9)}). La enfermera me dijo "
            f"que regresara en dos semanas pero en la app me sale bloqueado hasta el "
            f"{until.day}/{until.month}. ¿Es correcto? También quiero saber si debo tomar "
            f"pastillas de hierro o mejor ir con mi doctor primero.\n\nOtra cosa, en mi tarjeta "
            f"no me cargaron los puntos de la visita aunque no doné. Mi número de donante es "
            f"{did}.\n\nGracias,\n{name}\n{phone(1)}")
    top = (f"Andre / Hye-jin - can one of you answer this one? She wrote in Spanish and I "
           f"don't want to get it wrong. Points question I can handle.\n\nTiffany")
    return M(addr_of("fd"), f"{addr_of('rn2')}, {addr_of('rn3')}",
             "FW: pregunta sobre mi diferimiento",
             top + fwd_block(orig, f"{name} <{em}>", f"donorservices@{PLASMA}", earlier(d, 3, 30),
                             "pregunta sobre mi diferimiento"),
             date=d, patient=name)


def lang_vi():
    d = rand_dt()
    name = random.choice(["Nguyễn Văn Hùng", "Trần Minh Tuấn", "Phạm Quốc Bảo"])
    yr = random.randint(1958, 1975)
    body = (f"Chị Linh ơi,\n\nSáng nay có ông {name} (sinh năm {yr}) đến hiến huyết tương ở "
            f"Riverside. Ông ấy bị hoãn hiến vì huyết áp cao ({random.randint(168, 184)}/"
            f"{random.randint(100, 110)}), đo lại hai lần vẫn cao. Ông ấy không hiểu tiếng Anh "
            f"nhiều nên em giải thích không rõ. Chị có thể gọi điện cho ông ấy giúp em được "
            f"không? Số điện thoại: {phone(0)}.\n\nNhờ chị nói là ông nên đi khám bác sĩ gia "
            f"đình, và có thể quay lại sau khi huyết áp ổn định. Ông ấy còn hỏi về tiền thưởng "
            f"tuần này nữa, em đã ghi chú trong hồ sơ rồi.\n\nCảm ơn chị nhiều!\nKevin")
    return M(addr_of("phl2"), f"Linh Dao <ldao@{PLASMA}>", f"Nhờ chị gọi giúp ông {name.split()[-1]}",
             body, date=d, patient=name)


def lang_ht():
    d = rand_dt()
    mom = random.choice(["Marie-Claire Jean-Baptiste", "Yolette Pierre-Louis", "Solange Dorvil"])
    dau = random.choice(["Roseline", "Nadège", "Fabiola"])
    b = dob(1955, 1970)
    mois = random.choice(["janvye", "fevriye", "mas", "avril", "me", "jen"])
    body = (f"Bonjou,\n\nMwen rele {dau}. Manman m, {mom}, te bay san nan sant Eastgate la "
            f"nan mwa {mois}. Li resevwa yon lèt nan lapòs ki di youn nan tès san li yo te "
            f"pozitif e li pa ka bay san ankò. Li pa li angle byen epi li pè anpil.\n\n"
            f"Èske yon enfimyè ka rele nou pou eksplike sa lèt la vle di? Nou ta renmen konnen "
            f"si li bezwen al wè doktè li. Dat nesans li se {fmt_d(b, 0)}.\n\n"
            f"Nimewo telefòn mwen: {phone(1)}\n\nMèsi anpil,\n{dau}")
    em = f"{dau.lower().replace('è', 'e')}{random.randint(70, 99)}@{random.choice(DONOR_DOMAINS)}"
    return M(f"{dau} <{em}>", f"Donor Notification <donornotify@{BLOOD}>",
             "Lèt pou manman m - tès san", body, date=d, patient=mom)


def lang_ru():
    d = rand_dt()
    name, lat = random.choice([("Ольга Смирнова", "olga.smirnova"), ("Татьяна Волкова", "t.volkova"),
                               ("Ирина Кузнецова", "irina.kuz")])
    did = donor_id(plasma=True)
    body = (f"Здравствуйте!\n\nМеня зовут {name}, я донор плазмы в центре Northpoint (номер "
            f"донора {did}). Вчера меня не допустили до сдачи — сказали, что общий белок "
            f"низкий, 5,8. Это уже второй раз за месяц. Медсестра сказала, что если так будет "
            f"ещё раз, меня отстранят на длительный срок.\n\nПодскажите, пожалуйста, можно ли "
            f"получить копию моих анализов (белок и электрофорез), чтобы показать своему "
            f"терапевту? И сколько нужно ждать до следующей сдачи?\n\nЗаранее спасибо,\n{name}\n"
            f"тел. {phone(0)}\n\nОтправлено с iPhone")
    return M(f"{name} <{lat}@{random.choice(DONOR_DOMAINS)}>", f"Northpoint Plasma <northpoint@{PLASMA}>",
             "Вопрос по результатам анализов", body, date=d, patient=name)


def lang_tl():
    d = rand_dt()
    name = random.choice(["Ramon Dizon", "Arturo Villanueva", "Rodel Bautista"])
    body = (f"Ate Marisol,\n\nSi Mr. {name} (yung regular natin tuwing Sabado) nahilo kanina "
            f"pagkatapos ng donation, mga 10 minutes after. Pinahiga namin, tinaas yung paa, "
            f"binigyan ng juice at cookies. Okay na siya after 30 mins pero namumutla pa rin "
            f"kaya hindi namin pinag-drive, sinundo siya ng asawa niya.\n\nNa-file ko na yung "
            f"reaction form sa binder. Pakicheck na lang bukas, tatawagan daw siya ni Nurse "
            f"Colleen. Sabi niya hindi raw siya nakakain ng breakfast kaya siguro ganun.\n\n"
            f"Salamat po!\nJoy\n\nJoy Manalo, CPT\nEastgate Donor Center")
    return M(f"Joy Manalo <jmanalo@{BLOOD}>", addr_of("phl1"), f"{name.split()[-1]} - nahilo kanina",
             body, cc=addr_of("rn1"), date=d, patient=name)


def lang_pt():
    d = rand_dt()
    name = random.choice(["Joaquim Ferreira da Silva", "Ronaldo Assunção", "Edson Carvalhal"])
    v = (d - _dt.timedelta(days=random.randint(12, 30))).date()
    em = f"{name.split()[0].lower()}.{random.randint(100, 999)}@{random.choice(DONOR_DOMAINS)}"
    body = (f"Prezado Sr. {name},\n\nEstamos entrando em contato sobre a sua doação de plasma "
            f"do dia {v.day:02d}/{v.month:02d}/{v.year} no centro Riverside. Um dos exames de "
            f"rotina feitos na sua amostra teve um resultado que precisa ser conversado "
            f"pessoalmente. Por esse motivo, o senhor não poderá doar até conversarmos.\n\n"
            f"Por favor, ligue para a nossa enfermeira de notificação, Gwen Albright, no telefone "
            f"{phone(0)}, de segunda a sexta, das 8h às 16h, para marcar uma consulta gratuita e "
            f"confidencial. Podemos providenciar um intérprete de português.\n\n"
            f"Também enviamos esta carta pelo correio para o endereço que consta no seu cadastro.\n\n"
            f"Atenciosamente,\n\nGwen Albright, RN\nNotificação e Aconselhamento de Doadores\n"
            f"Bluewater Blood & Plasma Centers")
    return M(addr_of("notif"), f"{name} <{em}>", "Bluewater - assunto importante sobre sua doação",
             body + discl(), date=d, html=True, patient=name)


def lang_zh():
    d = rand_dt()
    dad, dau = random.choice([("陈国华", "陈美玲"), ("林志强", "林晓雯"), ("王建平", "王丽娜")])
    age = random.randint(64, 72)
    body = (f"您好，\n\n我是{dad}的女儿{dau}。我父亲上星期四在Mill Creek献血后回家觉得头晕，"
            f"在门口还摔了一跤，膝盖擦伤了。他今年{age}岁，平时在吃降压药。请问他以后还能献血吗？"
            f"需要等多久？他不太会说英文，请打我的电话 {phone(0)} 联系，谢谢。\n\n{dau}\n\n"
            f"从我的手机发送")
    em = f"meiling.{random.randint(1980, 1999)}@{random.choice(DONOR_DOMAINS)}"
    return M(f"{dau} <{em}>", f"Mill Creek Donor Center <millcreek@{BLOOD}>",
             f"关于我父亲献血后的情况", body, date=d, patient=dad)


def lang_ar():
    d = rand_dt()
    name, lat = random.choice([("أحمد عبد الله", "ahmed.abdalla"), ("يوسف حسن", "yousif.hassan"),
                               ("خالد عثمان", "k.osman")])
    did = donor_id(plasma=True)
    body = (f"مرحباً،\n\nاسمي {name}، وأنا متبرع بالبلازما في مركز هارلان أفينيو، ورقم المتبرع "
            f"الخاص بي {did}. في زيارتي الأخيرة قالوا لي إنني لا أستطيع التبرع لمدة ثلاث سنوات "
            f"بسبب إقامتي في بلد فيه ملاريا. لكنني عدت من السودان قبل ستة أشهر فقط ولم أمرض. "
            f"هل هذا صحيح؟\n\nوأيضاً أتناول دواء للضغط منذ شهرين، هل يؤثر هذا على التبرع؟\n\n"
            f"شكراً جزيلاً،\n{name}\n{phone(2)}")
    return M(f"{name} <{lat}@{random.choice(DONOR_DOMAINS)}>", f"Harlan Avenue Plasma <harlan@{PLASMA}>",
             "سؤال عن إيقاف التبرع", body, date=d, patient=name)


LANG = [lang_es, lang_vi, lang_ht, lang_ru, lang_tl, lang_pt, lang_zh, lang_ar]


# ================================================================ PHI: lists
def _people(n):
    out = []
    used = []
    while len(out) < n:
        p = person()
        if p in used:
            continue
        used.append(p)
        out.append(p)
    return out


def lists_1():
    d = rand_dt()
    ppl = _people(6)
    reasons = [("Hgb 12.1", "72 hr"), ("BP 186/102", "same day"), ("Travel - malaria risk area", "3 mo"),
               ("Pulse 108", "same day"), ("Hgb 11.7", "72 hr"), ("Recent tattoo, unlicensed", "3 mo"),
               ("Temp 99.8", "same day"), ("On isotretinoin", "1 mo after last dose")]
    random.shuffle(reasons)
    rows = []
    for (f, l), (r, t) in zip(ppl, reasons):
        rows.append(f"{donor_id():<13} {(l + ', ' + f):<22} {r:<30} {t}")
    body = (f"Eastgate daily deferral summary {fmt_d(d.date(), 0)}\n\n"
            f"{'Donor #':<13} {'Name':<22} {'Reason':<30} Length\n"
            f"{'-' * 13} {'-' * 22} {'-' * 30} {'-' * 14}\n" + "\n".join(rows) +
            f"\n\nTotal presenting: {random.randint(58, 81)}   Deferred: {len(rows)}   "
            f"QNS: {random.randint(0, 3)}\n\nNo permanent deferrals today. "
            f"Colleen signed off on all of the above." + sig("cm_e", 1))
    return M(addr_of("cm_e"), f"{addr_of('md')}, {addr_of('qa')}", f"Daily deferral summary - Eastgate",
             body, date=d, patient="; ".join(f"{f} {l}" for f, l in ppl))


def lists_2():
    d = rand_dt()
    ppl = _people(5)
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["donor_no", "last_name", "first_name", "dob", "din", "marker", "confirmatory",
                "letter1_sent", "letter2_sent", "counsel_appt"])
    for f, l in ppl:
        w.writerow([donor_id(), l, f, fmt_d(dob(), 2), din(), random.choice(["anti-HBc", "HCV NAT",
                    "Syphilis TP-PA", "HTLV-I/II Ab", "anti-HBc"]),
                    random.choice(["POS", "NEG", "PENDING", "IND"]),
                    fmt_d((d - _dt.timedelta(days=random.randint(5, 30))).date(), 2),
                    random.choice(["", fmt_d((d - _dt.timedelta(days=random.randint(1, 4))).date(), 2)]),
                    random.choice(["", "scheduled", "no answer x3", "declined"])])
    body = (f"Gwen,\n\nAttached is the open notifications list as of this morning. Two of them "
            f"still have no second letter - can you check whether certified mail came back?\n\n"
            f"Thanks" + sig("qa", 2) + discl())
    return M(addr_of("qa"), addr_of("notif"), "open notifications - weekly",
             body, date=d, att=[(f"open_notifications_{d.strftime('%Y%m%d')}.csv", "text", "csv",
                                 out.getvalue())],
             patient="; ".join(f"{f} {l}" for f, l in ppl))


def lists_3():
    d = rand_dt()
    ppl = _people(7)
    rows = [["Donor ID", "Donor Name", "Visit Date", "Outcome", "Reason", "Paid", "Card Last 4", "Points"]]
    for f, l in ppl:
        out = random.choice(["Deferred", "Deferred", "Incomplete", "Deferred"])
        rsn = random.choice(["Total protein 5.8", "Hct 37", "Hct 36", "Donor reaction - stopped",
                             "Infiltration - stopped", "Weight < 110", "BP 190/100"])
        rows.append([donor_id(plasma=True), f"{f} {l}", fmt_d((d - _dt.timedelta(days=random.randint(1, 6))).date(), 0),
                     out, rsn, random.choice([20, 20, 0, 50]), str(random.randint(1000, 9999)),
                     random.choice([0, 25, 50])])
    body = (f"Jordan - these are last week's adjustments from Riverside that need your approval "
            f"before Friday's card load. Mostly the $20 attempt fees. Highlighted ones are the "
            f"stopped procedures.\n\nDerrick" + sig("cm_r", 3))
    return M(addr_of("cm_r"), addr_of("dr"), "card load adjustments wk " + str(d.isocalendar()[1]),
             body, date=d, att=[("Riverside_adjustments.xlsx", "application",
                                 "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                 make_xlsx(rows, "Adjustments"))],
             patient="; ".join(f"{f} {l}" for f, l in ppl))


def lists_4():
    d = rand_dt()
    hosp, hdom = HOSPITALS[3]
    ppl = _people(4)
    lines = []
    status = ["notified by attending 3/12, testing ordered", "deceased (2022)",
              "unable to locate - letter returned", "notified, declined testing"]
    random.shuffle(status)
    for (f, l), s in zip(ppl, status):
        lines.append(f"{l.upper()}, {f} - DOB {fmt_d(dob(1940, 1990), 1)} - {din(22)} - {s}")
    orig = (f"Please see the attached lookback for donor case LB-{d.year}-0{random.randint(10, 99)} "
            f"(HCV). Four units from the prior donations went to {hosp}. Kindly let us know the "
            f"disposition of each recipient." + sig("hs", 1))
    body = (f"Beatrice,\n\nHere is what we have for the four units:\n\n" + "\n".join(lines) +
            f"\n\nSigned forms are going out in interoffice mail. Let me know if you need the "
            f"transfusion dates as well.\n\nPaula Ruiz, MT(ASCP)SBB\nBlood Bank Supervisor\n{hosp}\n"
            f"{phone(0)}" + quote_gmail(orig, addr_of("hs"), earlier(d, 48, 300)))
    return M(f"Paula Ruiz <pruiz@{hdom}>", addr_of("hs"), "Re: Lookback - recipient follow-up",
             body, date=d, patient="; ".join(f"{f} {l}" for f, l in ppl))


def lists_5():
    d = rand_dt()
    ppl = _people(4)
    site = random.choice(["Hollister Insurance HQ", "Fairview Community College", "St. Pius X gym"])
    rx = ["mild vasovagal, recovered 15 min", "hematoma L AC, ice given",
          "syncope w/ brief LOC, EMS declined, ride home", "nausea, cold compress, released",
          "citrate tingling lips - n/a WB", "dizzy at canteen, laid down 20 min"]
    random.shuffle(rx)
    rows = [f"| {f'{f} {l}':<20} | {fmt_d(dob(1988, 2006), 1):<9} | {r:<44} |"
            for (f, l), r in zip(ppl, rx)]
    sep = "+" + "-" * 22 + "+" + "-" * 11 + "+" + "-" * 46 + "+"
    body = (f"Reactions from {site} ({fmt_d(d.date(), 1)}), for the drive report:\n\n{sep}\n"
            f"| {'Donor':<20} | {'DOB':<9} | {'Reaction / action':<44} |\n{sep}\n" + "\n".join(rows) +
            f"\n{sep}\n\n{random.randint(31, 58)} registered, {random.randint(24, 40)} units. "
            f"All follow up calls assigned to Colleen for tomorrow.\n\nShauna" + sig("mob", 3))
    return M(addr_of("mob"), f"{addr_of('rn1')}, {addr_of('md')}", f"{site} drive - reactions",
             body, date=d, patient="; ".join(f"{f} {l}" for f, l in ppl))


def lists_6():
    d = rand_dt()
    ppl = _people(5)
    times = ["7:30", "8:00", "9:15", "10:45", "1:30"]
    rows = []
    for (f, l), t in zip(ppl, times):
        rows.append("\t".join([t, f"{l}, {f}", fmt_d(dob(1948, 1985), 0),
                               random.choice(["Hemochromatosis", "Polycythemia vera", "Hemochromatosis",
                                              "Secondary erythrocytosis (TRT)"]),
                               random.choice(["Hgb>13", "Hct>45", "Hct>48", "Hgb>12.5"]),
                               random.choice(["Y", "Y", "exp 9/30", "N - call office"])]))
    body = (f"TP schedule for tomorrow at Eastgate, pasted from the sheet:\n\n"
            + "\t".join(["Time", "Patient", "DOB", "Dx", "Draw if", "Rx current"]) + "\n"
            + "\n".join(rows) + "\n\n"
            f"The one marked N - please call the office before 10 or we'll have to reschedule.\n\n"
            f"Rachel")
    return M(addr_of("tp"), f"{addr_of('rn1')}, {addr_of('phl1')}", "TP tomorrow", body,
             date=d, patient="; ".join(f"{f} {l}" for f, l in ppl))


def lists_7():
    d = rand_dt()
    ppl = _people(6)
    lines = []
    for f, l in ppl:
        what = random.choice(["annual physical", "SPE (4 mo)", "annual physical + SPE", "SPE (4 mo)"])
        lines.append(f"{l}, {f} - {donor_id(plasma=True)} - {what} due "
                     f"{fmt_d((d + _dt.timedelta(days=random.randint(1, 14))).date(), 1)}")
    body = (f"Hi all,\n\nThese Northpoint donors are coming due in the next 2 weeks. Please "
            f"flag at check-in so the PS can do the physical / draw the SPE tube. If they are "
            f"past due they can't donate until it's done.\n\n" + "\n".join(lines) +
            f"\n\nHye-jin, {ppl[2][0]} {ppl[2][1][0]}.'s last SPE had the albumin flagged, so please "
            f"go over it with Dr. Lindqvist before the next donation.\n\nThx" + sig("cm_n", 1))
    return M(addr_of("cm_n"), f"Northpoint Staff <northpoint.staff@{PLASMA}>",
             "physicals / SPE due", body, cc=addr_of("rn3"), date=d,
             patient="; ".join(f"{f} {l}" for f, l in ppl))


LISTS = [lists_1, lists_2, lists_3, lists_4, lists_5, lists_6, lists_7]


# ================================================================ PHI: names
def names_1():
    d = rand_dt()
    f, l = person(last=random.choice(["Haddad", "Castellanos", "Lindgren"]))
    body = (f"Gwen,\n\nI met with Mrs. {l} this morning. She took the news about the hepatitis B "
            f"result better than I expected, mostly worried about her grandkids since she "
            f"watches them after school. I explained the confirmatory test and that she should "
            f"see her own doctor for a full workup, and gave her the referral list for the "
            f"liver clinic at Lakeview. She signed the release so we can fax her results to "
            f"Dr. Amadi.\n\nShe asked whether her husband should be checked too - I said yes and "
            f"that his doctor can order it. Please send the follow-up letter this week and close "
            f"out the counseling step in the notification log.\n\nRenata\n\n"
            f"Renata Okafor, MD\nMedical Director\nBluewater Blood & Plasma Centers")
    return M(addr_of("md"), addr_of("notif"), "counseling done", body, date=d, patient=f"Mrs. {l}")


def names_2():
    d = rand_dt()
    nick = random.choice([("Donnie", "Donald"), ("Bobby", "Robert"), ("Mikey", "Michael")])
    body = (f"so {nick[0]} (tuesday regular, always wears the Bengals hat) went down hard at "
            f"the 45 min mark today. out maybe 10 sec. we got him flat, legs up, he came around "
            f"fast. BP was 84/50 then 112/70 after 20 min. wouldn't let us call anyone, his "
            f"brother came for him. I told him no more coming in on an empty stomach. reaction "
            f"form is in the tray, somebody needs to enter it before QA asks lol\n\nalso can "
            f"someone restock the ammonia inhalants in bay 2\n\nAyesha")
    return M(addr_of("phl3"), f"Riverside Floor <riverside.floor@{PLASMA}>", "today", body,
             date=d, patient=nick[0])


def names_3():
    d = rand_dt()
    f, l = person()
    n = random.randint(3, 9)
    body = (f"Confirmatory came back positive. Please start the 12-month lookback on the prior "
            f"donations ({n} in the window) and get the hospital letters drafted for Dr. Okafor "
            f"to sign. Co-components already quarantined.\n\nFelix")
    return M(addr_of("qa"), addr_of("hs"), f"{l}, {f} - lookback", body, cc=addr_of("md"),
             date=d, patient=f"{f} {l}")


def names_4():
    d = rand_dt()
    f, l = person(first=random.choice(["Brittany", "Kayla", "Tanisha", "Bethany"]))
    d1 = earlier(d, 30, 50)
    d2 = earlier(d1, 2, 20)
    first_msg = (f"Marisol,\n\nTwo things. Can you cover Saturday 6-2 at Eastgate? Joy is out.\n\n"
                 f"Also, {f} {l} asked me for the iron handout again. Her ferritin from the "
                 f"study draw was 9 and she's been deferred for low hemoglobin three times since "
                 f"spring. I told her to skip the next 3 months and see her doctor. Can you put "
                 f"a note on her record so nobody at the desk talks her into booking?\n\nColleen")
    second = ("Yes I can do Saturday. Will do the note today." + "\n\nM" +
              quote_gmail(first_msg, addr_of("rn1"), d2))
    top = ("Perfect, thank you! Saturday schedule is updated.\n\nTamsin" +
           quote_gmail(second, addr_of("phl1"), d1))
    return M(addr_of("cm_e"), f"{addr_of('phl1')}, {addr_of('rn1')}", "Re: Re: Saturday coverage",
             top, date=d, patient=f"{f} {l}")


def names_5():
    d = rand_dt()
    f = random.choice(["Jamal", "Terrence", "Gordon", "Wendell"])
    body = (f"Dr. Lindqvist,\n\n{f} was deferred again today for BP {random.randint(180, 190)}/"
            f"{random.randint(100, 108)}. Third time this month. He told me he stopped taking "
            f"his lisinopril because he \"felt fine\" and couldn't afford the refill until "
            f"payday. I gave him the list of free clinics and told him he can't donate until "
            f"his pressure is under control. He was pretty frustrated, he counts on the "
            f"donation money.\n\nDo you want to put him on a longer deferral or keep it same-day?"
            f"\n\nAndre Baptiste, LPN")
    return M(addr_of("rn2"), addr_of("amd"), f"{f} - BP again", body, date=d, patient=f)


def names_6():
    d = rand_dt()
    name = random.choice(["Ana Lucia", "Rosa Maria", "Maria Elena"])
    l = random.choice(["Espinoza", "Sandoval", "Delgado"])
    body = (f"Per our talk this morning - {name}'s hep B letter went out certified today, "
            f"Spanish version enclosed with the English one. Return receipt number is on the "
            f"log. If she calls, she'd like Hye-jin since they already talked at the center."
            f"\n\nThanks,\nGwen")
    return M(addr_of("notif"), addr_of("md"), f"{name} {l[0]}. letter", body, date=d,
             patient=f"{name} {l[0]}.")


def names_7():
    d = rand_dt()
    l = random.choice(["Whitcombe", "Stansbury", "Abernathy"])
    body = (f"Derrick,\n\nIncident from this afternoon, bay 4. Mr. {l} said he felt a sharp "
            f"electric pain down his arm on the venipuncture. Phlebotomist (Carlos) removed the "
            f"needle right away like we train. No hematoma, some tingling in his thumb and index "
            f"finger that was still there when he left. Medical screener examined him, "
            f"documented grip strength normal.\n\nWe gave him the arm injury handout and told "
            f"him we'd call Thursday. He was calm about it but said he's a mechanic and needs "
            f"his hands. I'd like Dr. Lindqvist to review before the call. Adverse event "
            f"report is in the system.\n\nKevin Tran\nPhlebotomy Supervisor - Riverside" + discl())
    return M(addr_of("phl2"), addr_of("cm_r"), "possible nerve injury bay 4",
             body, cc=addr_of("amd"), date=d, patient=f"Mr. {l}")


def names_8():
    d = rand_dt()
    hosp, hdom = HOSPITALS[0]
    f, l = person(first=random.choice(["Rita", "Joanne", "Irene", "Shirley"]))
    orig = (f"To whom it may concern,\n\nI'm the primary care physician for {f} {l}, who "
            f"received a letter from your organization saying her donation tested positive for "
            f"HTLV. She is very anxious and asked me to get the actual lab report, including the "
            f"confirmatory testing. She has signed an authorization, which I can fax. Could "
            f"someone from your medical team call me? Best number is my nurse line.\n\n"
            f"Thank you,\nMiriam Achterberg, MD\nFamily Medicine, {hosp}\nNurse line {phone(0)}")
    top = (f"Dr. O - forwarding, this is the donor from February. I have the signed release "
           f"request ready to go if you're okay with sending the Western blot and the "
           f"line immunoassay results. I'll call the nurse line back this afternoon to get the "
           f"fax.\n\nGwen")
    return M(addr_of("notif"), addr_of("md"), "FW: records request - your donor",
             top + fwd_block(orig, f"Miriam Achterberg <machterberg@{hdom}>",
                             f"donornotify@{BLOOD}", earlier(d, 5, 40), "records request - your donor"),
             date=d, html=True, patient=f"{f} {l}")


NAMES = [names_1, names_2, names_3, names_4, names_5, names_6, names_7, names_8]


# ================================================================ PHI: self
def self_1():
    d = rand_dt()
    f, l = person(first=random.choice(["Kayla", "Bethany", "Joanne", "Alondra", "Krystal"]))
    em = f"{f.lower()}{l.lower()[:3]}{random.randint(10, 99)}@{random.choice(DONOR_DOMAINS)}"
    body = (f"Hi,\n\nI got the letter saying I'm deferred because my iron was low at my last "
            f"two donations. I've been taking the iron pills my doctor told me to (325 mg every "
            f"other day) for about 6 weeks now and I feel a lot better. Do I have to wait the "
            f"whole 6 months or can I come in earlier and get checked? I really like donating, "
            f"I'm O neg and you guys always call me.\n\nThanks,\n{f}\n{phone(1)}")
    return M(f"{f} {l} <{em}>", f"Eastgate Donor Center <eastgate@{BLOOD}>", "deferral letter question",
             body, date=d, patient=f"{f} {l}")


def self_2():
    d = rand_dt()
    f, l = person(first=random.choice(["Marcus", "Tyler", "Cody", "Darnell", "Travis"]))
    em = f"{f.lower()}.{l.lower()}{random.randint(80, 99)}@{random.choice(DONOR_DOMAINS)}"
    body = (f"hey its {f.lower()}, i donated fri at harlan ave. my arm is still bruised real "
            f"bad like yellow and green all up the inside of my elbow, is that normal?? doesnt "
            f"hurt much. also my card didnt load for that visit, should be $70 cause its my "
            f"2nd of the week\n\nsent from my phone")
    return M(f"{f} {l} <{em}>", f"Harlan Avenue Plasma <harlan@{PLASMA}>", "arm + card", body,
             date=d, patient=f"{f} {l}")


def self_3():
    d = rand_dt()
    f, l = person()
    b = dob()
    a1, a2 = address()
    em = f"{f[0].lower()}{l.lower()}@{random.choice(DONOR_DOMAINS)}"
    body = (f"Dear Donor Notification Office,\n\nMy name is {f} {l}, date of birth {fmt_d(b, 3)}. "
            f"I received your letter dated {fmt_d((d - _dt.timedelta(days=6)).date(), 0)} telling "
            f"me that a test on my blood donation was reactive for syphilis and that I can no "
            f"longer donate. I have been a donor for eleven years and I'm honestly in shock. I "
            f"have been married for 20 years.\n\nI would like a complete copy of my test "
            f"results, including whatever confirmation testing you did, so I can take them to "
            f"my own physician. Please mail them to:\n\n{f} {l}\n{a1}\n{a2}\n\n"
            f"or call me at {phone(0)}. I'd also like to know if this could be a false "
            f"positive and whether I can ever be re-tested to come back.\n\nSincerely,\n{f} {l}")
    return M(f"{f} {l} <{em}>", f"Donor Notification <donornotify@{BLOOD}>",
             "Request for my test results", body, date=d, patient=f"{f} {l}")


def self_4():
    d = rand_dt()
    f, l = person()
    mem = f"XQH{random.randint(100000000, 999999999)}"
    v = (d - _dt.timedelta(days=random.randint(30, 60))).date()
    em = f"{l.lower()}.{f.lower()}@{random.choice(DONOR_DOMAINS)}"
    orig = (f"Hello, I received a statement for ${random.choice([85, 95, 110])}.00 for my "
            f"phlebotomy on {fmt_d(v, 1)}. My doctor ordered these every 2 weeks for my "
            f"hemochromatosis and my insurance, Crestmark Health PPO, member ID {mem}, "
            f"should be covering them. The last several were fine. Could you resubmit or tell "
            f"me what's wrong? Account # on the statement is {random.randint(200000, 299999)}.\n\n"
            f"{f} {l}\n{phone(0)}")
    reply = (f"Hi {f},\n\nThanks for reaching out. Your plan needed a new referral after Jan 1. "
             f"We've asked Dr. Ostrander's office to send it and will resubmit as soon as we "
             f"have it. You don't need to pay the statement in the meantime." + sig("bill", 1))
    full = (f"ok thank you Cheryl. I'll call the dr office too just in case.\n\n{f}" +
            quote_gmail(reply + quote_gmail(orig, f"{f} {l} <{em}>", earlier(d, 50, 90)),
                        addr_of("bill"), earlier(d, 2, 24)))
    return M(f"{f} {l} <{em}>", addr_of("bill"), "Re: bill for phlebotomy", full, date=d,
             patient=f"{f} {l}")


def self_5():
    d = rand_dt()
    f, l = person(first=random.choice(["Precious", "Imani", "Latoya", "Ebony"]))
    inj = (d - _dt.timedelta(days=random.randint(40, 46))).date()
    body = (f"Hi Dana,\n\nJust letting you know I went to the lab for my 6-week draw after the "
            f"needle stick on {fmt_d(inj, 1)}. They said results in 2-3 days. I'm still taking "
            f"the last few days of the PEP pills, the nausea is better. Do you need me to bring "
            f"anything for the workers comp paperwork? Also, am I ok to keep working the floor "
            f"or should I stay on the front desk until the results are back?\n\n"
            f"Thanks for checking on me,\n{f} {l}, CPT\nMill Creek")
    return M(f"{f} {l} <{f[0].lower()}{l.lower()}@{BLOOD}>", addr_of("ehs"), "my 6 wk follow up",
             body, date=d, patient=f"{f} {l}")


def self_6():
    d = rand_dt()
    f, l = person(first=random.choice(["Patrick", "Nathan", "Gregory", "Brian", "Daniel"]))
    did = donor_id()
    body = (f"Hello,\n\nTwo questions before my appointment on Saturday (donor # {did}).\n\n"
            f"1) I was in Roatan, Honduras for a week in March. Does that mean I can't give?\n"
            f"2) My dermatologist just started me on finasteride 1 mg for hair loss. I read "
            f"online that's a problem for blood donation?\n\nIf I can't donate I'd rather cancel "
            f"now so someone else gets the slot.\n\nThanks,\n{f} {l}")
    return M(f"{f} {l} <{f.lower()}{random.randint(1, 999)}@{random.choice(DONOR_DOMAINS)}>",
             f"Mill Creek Donor Center <millcreek@{BLOOD}>", "Saturday appt - travel + medication",
             body, date=d, html=True, patient=f"{f} {l}")


def self_7():
    d = rand_dt()
    f, l = person(first=random.choice(["Dolores", "Shirley", "Irene", "Yolanda"]))
    surg = (d + _dt.timedelta(days=random.randint(5, 12))).date()
    body = (f"Rachel,\n\nThis is {f} {l}. I donated my own blood with you twice for my knee "
            f"replacement. The hospital called and moved my surgery to {fmt_d(surg, 3)}. Will "
            f"my blood still be good by then? And do I need to do anything to get it sent over "
            f"there, or does the hospital take care of it?\n\nAlso my hemoglobin was a little "
            f"low the second time, the nurse said 11.4. Should I worry before surgery?\n\n"
            f"Thank you dear,\n{f}\n\n(sent from my iPad)")
    return M(f"{f} {l} <{f[0].lower()}{l.lower()}{random.randint(40, 60)}@{random.choice(DONOR_DOMAINS)}>",
             addr_of("tp"), "my blood for surgery", body, date=d, patient=f"{f} {l}")


SELF = [self_1, self_2, self_3, self_4, self_5, self_6, self_7]


# ================================================================ PHI: struct
def _hl7ts(d):
    return d.strftime("%Y%m%d%H%M")


def struct_1():
    d = rand_dt()
    f, l = person()
    b = dob()
    did = donor_id()
    u = din().replace(" ", "")
    a1, a2 = address()
    city, rest = a2.split(", ")
    st, z = rest.split(" ")
    ctl = random.randint(10000000, 99999999)
    segs = [
        f"MSH|^~\\&|PINNACLE_LIS|PDTL|BECS|BLUEWATER|{_hl7ts(d)}||ORU^R01^ORU_R01|{ctl}|P|2.5.1",
        f"PID|1||{did}^^^BW^DN||{l.upper()}^{f.upper()}||{b.strftime('%Y%m%d')}|{sex_of(f)}"
        f"|||{a1}^^{city}^{st}^{z}||{phone(1).replace('-', '')}",
        f"ORC|RE|{u}|{u}",
        f"OBR|1|{u}|{u}|DONSCR^Donor Screening Panel^L|||{_hl7ts(earlier(d, 20, 40))}",
        "OBX|1|ST|HIVNAT^HIV-1 RNA NAT^L||Nonreactive||||||F",
        "OBX|2|ST|HCVNAT^HCV RNA NAT^L||Nonreactive||||||F",
        "OBX|3|ST|HBVNAT^HBV DNA NAT^L||Nonreactive||||||F",
        "OBX|4|ST|HBCAB^Anti-HBc^L||Repeat Reactive|S/CO|<1.00|A|||F",
        f"OBX|5|NM|HBCSCO^Anti-HBc S/CO^L||{random.randint(2, 9)}.{random.randint(10, 99)}|S/CO|<1.00|H|||F",
        "OBX|6|ST|HBSAG^HBsAg^L||Nonreactive||||||F",
        "OBX|7|ST|TPAB^Syphilis (TP Ab)^L||Nonreactive||||||F",
        "NTE|1||Donor requires deferral per current policy. Notify donor.",
    ]
    msg = "\r".join(segs) + "\r"
    body = (f"Felix,\n\nThis is the ORU that didn't file into BECS overnight (interface error "
            f"AE-217, PID-3 assigning authority mismatch). Attaching the raw message so you "
            f"can see it. I manually resulted the unit and placed the deferral, but the "
            f"interface queue still shows it as failed. Ticket #{random.randint(40000, 49999)}."
            + sig("it", 2))
    return M(addr_of("it"), addr_of("qa"), "failed ORU - manual result done", body,
             cc=addr_of("notif"), date=d,
             att=[(f"ORU_{ctl}.hl7", "application", "hl7-v2", msg.encode())],
             patient=f"{f} {l}")


def struct_2():
    d = rand_dt()
    ppl = _people(5)
    lines = ["REC_TYPE|DONOR_NO|LAST|FIRST|DOB|SEX|DEFER_CODE|DEFER_DESC|START|END|CENTER|SCREENER"]
    codes = [("HGB-L", "Low hemoglobin", 3), ("BP-H", "Blood pressure high", 1),
             ("TRV-M", "Malaria risk travel", 90), ("MED-F", "Finasteride", 30),
             ("TP-L", "Low total protein", 56), ("RR-HBC", "Repeat reactive anti-HBc", 0)]
    for f, l in ppl:
        c, desc, ndays = random.choice(codes)
        s = (d - _dt.timedelta(days=1)).date()
        e = "INDEF" if c.startswith("RR") else (s + _dt.timedelta(days=ndays)).strftime("%Y%m%d")
        lines.append("|".join(["D", donor_id(), l.upper(), f.upper(), dob().strftime("%Y%m%d"),
                               sex_of(f), c, desc, s.strftime("%Y%m%d"), e,
                               random.choice(["EGT", "MCK", "FMU3"]), random.choice(["CBURKE", "ABAPTISTE", "HPARK"])]))
    lines.append(f"T|{len(ppl)}|||||||||")
    body = ("BECS scheduled export: DEFERRALS_DAILY\nRun: " + d.strftime("%Y-%m-%d %H:%M") +
            "\nRecords: " + str(len(ppl)) + "\n\n" + "\n".join(lines) +
            "\n\n-- This message was generated automatically. Do not reply. --\n")
    return M(f"BECS Reports <becs-reports@{BLOOD}>", addr_of("qa"), "DEFERRALS_DAILY export",
             body, date=d, patient="; ".join(f"{f} {l}" for f, l in ppl))


def struct_3():
    import json
    d = rand_dt()
    f, l = person()
    b = dob()
    pid = f"app-{random.getrandbits(40):010x}"
    hgb = round(random.uniform(11.6, 12.4), 1)
    bundle = {
        "resourceType": "Bundle", "type": "collection",
        "timestamp": d.isoformat(),
        "entry": [
            {"resource": {"resourceType": "Patient", "id": pid,
                          "identifier": [{"system": f"https://{PLASMA}/donor-id", "value": donor_id(plasma=True)}],
                          "name": [{"family": l, "given": [f]}], "birthDate": b.isoformat(),
                          "telecom": [{"system": "phone", "value": phone(1)}]}},
            {"resource": {"resourceType": "Observation", "status": "final",
                          "code": {"coding": [{"system": "http://loinc.org", "code": "718-7",
                                               "display": "Hemoglobin [Mass/volume] in Blood"}]},
                          "subject": {"reference": f"Patient/{pid}"},
                          "effectiveDateTime": earlier(d, 1, 3).isoformat(),
                          "valueQuantity": {"value": hgb, "unit": "g/dL"},
                          "interpretation": [{"text": "Below donor minimum - deferred"}]}},
            {"resource": {"resourceType": "Observation", "status": "final",
                          "code": {"coding": [{"system": "http://loinc.org", "code": "2885-2",
                                               "display": "Protein [Mass/volume] in Serum or Plasma"}]},
                          "subject": {"reference": f"Patient/{pid}"},
                          "valueQuantity": {"value": round(random.uniform(6.1, 7.4), 1), "unit": "g/dL"}}},
        ]}
    body = (f"Nate - the app is showing this donor's hemoglobin as \"eligible\" on the home "
            f"screen even though the visit was a deferral. Payload from the sync log below. "
            f"I think the interpretation text isn't being read.\n\n" + json.dumps(bundle, indent=2) +
            "\n\nJordan")
    return M(addr_of("dr"), addr_of("it"), "app showing wrong eligibility", body, date=d,
             patient=f"{f} {l}")


def struct_4():
    d = rand_dt()
    f, l = person()
    b = dob(1950, 1980)
    a1, a2 = address()
    city, rest = a2.split(", ")
    st, z = rest.split(" ")
    mem = f"XQH{random.randint(100000000, 999999999)}"
    clm = f"TP{random.randint(100000, 999999)}"
    dos = (d - _dt.timedelta(days=random.randint(3, 15))).strftime("%Y%m%d")
    ymd = d.strftime("%Y%m%d")
    hm = d.strftime("%H%M")
    ctl = f"{random.randint(1, 999999999):09d}"
    segs = [
        f"ISA*00*          *00*          *ZZ*BLUEWATERBPC   *ZZ*CRESTMARKHP    *{d.strftime('%y%m%d')}*{hm}*^*00501*{ctl}*0*P*:",
        f"GS*HC*BLUEWATERBPC*CRESTMARKHP*{ymd}*{hm}*{int(ctl)}*X*005010X222A1",
        "ST*837*0001*005010X222A1",
        f"BHT*0019*00*{clm}*{ymd}*{hm}*CH",
        "NM1*41*2*BLUEWATER BLOOD AND PLASMA CENTERS*****46*BWBPC01",
        f"PER*IC*CHERYL AMBROSE*TE*6145550{random.randint(100, 199)}",
        "NM1*40*2*CRESTMARK HEALTH*****46*CRMK1",
        "HL*1**20*1", "NM1*85*2*BLUEWATER BLOOD AND PLASMA CENTERS*****XX*1" + str(random.randint(100000000, 999999999)),
        "N3*2200 EASTGATE PKWY", "N4*COLUMBUS*OH*43219", f"REF*EI*{random.randint(10, 99)}{random.randint(1000000, 9999999)}",
        "HL*2*1*22*0", "SBR*P*18*******CI",
        f"NM1*IL*1*{l.upper()}*{f.upper()}****MI*{mem}",
        f"N3*{a1.upper()}", f"N4*{city.upper()}*{st}*{z}",
        f"DMG*D8*{b.strftime('%Y%m%d')}*{sex_of(f)}",
        "NM1*PR*2*CRESTMARK HEALTH*****PI*CRMK1",
        f"CLM*{clm}*95***11:B:1*Y*A*Y*Y",
        "HI*ABK:E83110",
        f"NM1*DN*1*OSTRANDER*PAUL****XX*1{random.randint(100000000, 999999999)}",
        "LX*1", "SV1*HC:99195*95*UN*1***1", f"DTP*472*D8*{dos}",
        "SE*25*0001", f"GE*1*{int(ctl)}", f"IEA*1*{ctl}",
    ]
    x12 = "~\n".join(segs) + "~\n"
    body = (f"Resubmission batch for the therapeutic phlebotomy claims that rejected last week "
            f"(missing referring provider loop). This one is the corrected file, please push "
            f"it through the clearinghouse portal today.\n\nCheryl")
    return M(addr_of("bill"), f"EDI Desk <edi@clearwayclaims.net>", "837P resubmission - TP",
             body, date=d, att=[(f"837P_{clm}.txt", "text", "plain", x12)], patient=f"{f} {l}")


def struct_5():
    d = rand_dt()
    ppl = _people(4)
    rows = []
    hdr = f"H{'BLUEWATERPLASMA':<20}{d.strftime('%Y%m%d')}{'NDDR':<6}{len(ppl):05d}"
    for f, l in ppl:
        b = dob()
        rows.append(f"D{l.upper():<20}{f.upper():<15}{b.strftime('%Y%m%d')}"
                    f"{random.randint(1000, 9999):<6}{random.choice(['02', '02', '05', '07']):<3}"
                    f"{random.choice(['NORTHPT', 'RIVRSD', 'HARLAN']):<10}{d.strftime('%Y%m%d')}")
    trl = f"T{len(ppl):05d}"
    data = hdr + "\n" + "\n".join(rows) + "\n" + trl + "\n"
    body = (f"Attached is the weekly NDDR add file, {len(ppl)} new permanent deferrals. Layout "
            f"is the same fixed-width as before (name 20/15, DOB, SSN last 4, reason code, "
            f"center, date). Please upload by Thursday and reply with the batch confirmation "
            f"number." + sig("qa", 1) + discl())
    return M(addr_of("qa"), addr_of("cm_n"), "NDDR weekly add file", body, date=d,
             att=[(f"NDDR_ADD_{d.strftime('%Y%m%d')}.dat", "application", "octet-stream", data.encode())],
             patient="; ".join(f"{f} {l}" for f, l in ppl))


def struct_6():
    d = rand_dt()
    f, l = person()
    b = dob(1950, 1975)
    mid = mrn()
    appt = d + _dt.timedelta(days=random.randint(2, 10))
    segs = [
        f"MSH|^~\\&|SCHED|BLUEWATER|TPLOG|EASTGATE|{_hl7ts(d)}||SIU^S12|{random.randint(100000, 999999)}|P|2.3",
        f"SCH|{random.randint(10000, 99999)}||||||TPHL^Therapeutic phlebotomy|||30|MIN|^^30^{_hl7ts(appt)}^{_hl7ts(appt + _dt.timedelta(minutes=30))}",
        f"PID|1||{mid}^^^BWTP||{l.upper()}^{f.upper()}||{b.strftime('%Y%m%d')}|{sex_of(f)}|||||{phone(1).replace('-', '')}",
        "DG1|1||D45^Polycythemia vera^I10",
        "AIL|1||EGT^CHAIR-TP1^^Eastgate",
        "AIP|1||RGUNDERSEN^Gundersen^Rachel^^^RN",
    ]
    body = ("Interface monitor alert: message held - AIL location code not found in TPLOG\n\n"
            + "\n".join(segs) + "\n\nHeld messages: 1   Queue: SIU_IN\nThis alert was generated "
            "by the Bluewater integration engine.\n")
    return M(f"Integration Engine <ie-alerts@{BLOOD}>", addr_of("it"), "[HELD] SIU_IN 1 message",
             body, cc=addr_of("tp"), date=d, patient=f"{f} {l}")


def struct_7():
    d = rand_dt()
    f, l = person()
    b = dob()
    did = donor_id()
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="{random.randint(100000, 999999)}"/>
  <code code="57133-1" codeSystem="2.16.840.1.113883.6.1" displayName="Referral note"/>
  <title>Donor Referral Summary</title>
  <effectiveTime value="{d.strftime('%Y%m%d')}"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.19.5.99999.2" extension="{did}"/>
      <patient>
        <name><given>{f}</given><family>{l}</family></name>
        <administrativeGenderCode code="{sex_of(f)}" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="{b.strftime('%Y%m%d')}"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author><assignedAuthor><assignedPerson><name>Renata Okafor, MD</name></assignedPerson></assignedAuthor></author>
  <component><structuredBody>
    <component><section>
      <title>Reason for Referral</title>
      <text>Repeat reactive HCV antibody and reactive HCV RNA (NAT) on routine donor screening. Donor permanently deferred. Referred for clinical evaluation.</text>
    </section></component>
    <component><section>
      <title>Results</title>
      <text><table><tr><td>HCV Ab</td><td>Repeat reactive, S/CO 11.4</td></tr><tr><td>HCV RNA</td><td>Reactive</td></tr><tr><td>ALT</td><td>88 U/L</td></tr></table></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
    body = (f"Dr. Amadi,\n\nWith your patient's signed authorization, attached is the referral "
            f"summary from our donor screening. Original lab reports will follow by fax. "
            f"Please call me with any questions.\n\nRenata Okafor, MD\nMedical Director\n"
            f"Bluewater Blood & Plasma Centers\n{phone(0)}" + discl())
    return M(addr_of("md"), f"Dr. Chinedu Amadi <camadi@riverbendim.net>", "Referral summary - donor screening",
             body, cc=addr_of("notif"), date=d,
             att=[("referral_summary.xml", "application", "xml", xml.encode())], patient=f"{f} {l}")


STRUCT = [struct_1, struct_2, struct_3, struct_4, struct_5, struct_6, struct_7]


# ================================================================ CLEAN: admin
def admin_1():
    d = rand_dt()
    body = (f"All,\n\nHeads up on supply. Our distributor has ACD-A anticoagulant (500 mL bags) on "
            f"allocation through the end of the month. We are getting 80% of our usual weekly "
            f"order. Please:\n\n"
            f"  - Do NOT open a new case until the current one is used up\n"
            f"  - No transfers between centers without telling me first\n"
            f"  - Count on-hand every Monday and send me the number by noon\n\n"
            f"Aurora Xi collection sets and the 0.9% saline are fine. Trima kits for the double "
            f"red program are also OK.\n\nIf your count drops below 3 days of collections, call "
            f"me, don't wait for the email." + sig("sc", 2) + discl())
    return M(addr_of("sc"), f"Center Managers <centermgrs@{BLOOD}>", "ACD-A allocation - please read",
             body, cc=addr_of("qa"), date=d, html=True)


def admin_2():
    d = rand_dt()
    body = (f"Derrick,\n\nFacilities confirmed the HVAC contractor will be at Riverside Tuesday "
            f"6:00-9:30 am to replace the rooftop compressor. The donor floor may get warm, so "
            f"we'll open at 10 instead of 7 that day. Please:\n\n1. Move morning appointments "
            f"(the scheduling team can run the bulk text)\n2. Check the plasma freezer alarms "
            f"stay on the backup circuit - the freezers are NOT on the HVAC circuit but the "
            f"contractor will be near the panel\n3. Log freezer temps every 30 min while they're "
            f"on site (should stay at or below -25 C)\n\nThe work order number is FAC-{random.randint(7000, 7999)}."
            + sig("cm_m", 1))
    return M(addr_of("cm_m"), addr_of("cm_r"), "Riverside HVAC work Tues - late open", body,
             cc=f"Facilities <facilities@{BLOOD}>", date=d)


def admin_3():
    d = rand_dt()
    w = (d + _dt.timedelta(days=random.randint(4, 9))).replace(hour=22, minute=0)
    body = (f"BECS PLANNED DOWNTIME\n\nWhen: {w.strftime('%A %m/%d')} 10:00 pm to "
            f"{(w + _dt.timedelta(hours=6)).strftime('%A %m/%d')} 4:00 am\nWhat: Version upgrade "
            f"+ database patch\nAffected: donor registration, DHQ kiosks, component labeling, "
            f"donor app sync\n\nCenters open during the window (Northpoint early shift) must "
            f"use downtime procedures per SOP IT-009: paper DHQ, manual deferral lookup from "
            f"the printed list we'll send at 9 pm, hand-labeled quarantine until re-entry. "
            f"Do not release any product until the records are entered and verified after "
            f"the system is back.\n\nHelp desk: x4400 or it-help@{BLOOD}" + sig("it", 1))
    return M(addr_of("it"), f"All Centers <allcenters@{BLOOD}>", "BECS downtime - upgrade weekend",
             body, cc=addr_of("qa"), date=d)


def admin_4():
    d = rand_dt()
    hosp, hdom = HOSPITALS[2]
    body = (f"Hi Tom,\n\nFollowing up on Thursday's call about the {d.year + 1} blood services "
            f"agreement. Our proposed pricing per unit:\n\n"
            f"  Red Blood Cells, Leukoreduced ........ $228.00\n"
            f"  Plasma, FP24 ........................ $58.00\n"
            f"  Apheresis Platelets, PR ............. $645.00\n"
            f"  Cryo, pooled (5) ..................... $310.00\n"
            f"  STAT delivery surcharge .............. $95.00\n\n"
            f"Standing order and consignment terms stay the same, net-45 payment. The "
            f"antigen-negative unit fee and reference lab testing would move to the published "
            f"fee schedule. I'll send the redline on Monday.\n\nBest," + sig("hs", 2) + discl())
    return M(addr_of("hs"), f"Tom Kessler <tkessler@{hdom}>", f"{d.year + 1} blood services agreement - pricing",
             body, cc=addr_of("bill"), date=d)


def admin_5():
    d = rand_dt()
    start = (d + _dt.timedelta(days=random.randint(3, 8))).replace(hour=14, minute=0, second=0, tzinfo=None)
    ics = make_ics("Monthly QA / BPD review", start, 60, "Admin conf room B / Teams",
                   (name_of("qa"), email_of("qa")),
                   [(name_of(k), email_of(k)) for k in ["md", "amd", "cm_e", "cm_r", "cm_m", "cm_n"]],
                   "Agenda: open deviations, CAPA status, BPD reports due to FDA, mock audit results")
    body = (f"Monthly QA review. Agenda:\n- open deviations and CAPAs (12 open, 3 past due)\n"
            f"- biological product deviation reports due this month\n- labeling error trend\n"
            f"- mock audit findings from Mill Creek\n\nPlease bring your center's deviation log."
            f"\n\nFelix")
    return M(addr_of("qa"), ", ".join(addr_of(k) for k in ["md", "amd", "cm_e", "cm_r", "cm_m", "cm_n"]),
             "Invitation: Monthly QA / BPD review", body, date=d,
             att=[("invite.ics", "text", "calendar", ics)])


def admin_6():
    d = rand_dt()
    body = (f"Team,\n\nStarting the 1st, the plasma donor fee schedule changes for all four "
            f"plasma centers:\n\n"
            f"  New donor, visits 1-5 (first 30 days) ...... $100 each\n"
            f"  Returning donor, 1st visit of week ........ $45\n"
            f"  Returning donor, 2nd visit of week ........ $65\n"
            f"  Deferral / attempt fee .................... $20 (unchanged)\n"
            f"  Loyalty tier bonus (Gold, 8+/month) ....... $50 monthly\n\n"
            f"Fees are weight-band based as before; the kiosk calculates it. Please do not "
            f"promise any amount at the desk that isn't on the posted chart. Posters and FAQ "
            f"sheets ship this week.\n\nJordan" + sig("dr", 3))
    return M(addr_of("dr"), f"Plasma Center Managers <plasmamgrs@{PLASMA}>", "Fee schedule update",
             body, date=d, html=True)


def admin_7():
    d = rand_dt()
    body = (f"Hi all,\n\nWe have reason to think FDA may be at Eastgate for the routine "
            f"inspection within the next 6 weeks. In the meantime:\n\n"
            f"- SOP binders: verify everyone signed the read-and-understood for DS-021 (donor "
            f"eligibility, rev K), DT-114 (reactive test management, rev F), and HS-003 (lookback, "
            f"rev D)\n- Equipment: hemoglobin analyzer QC logs current, scale calibration stickers "
            f"in date\n- Training files: annual competency done for every phlebotomist\n"
            f"- Deviation log: nothing open over 30 days without an extension\n\n"
            f"I'll do a walk-through on the 14th. Thanks!\n\nFelix Navarro\nQA Manager")
    return M(addr_of("qa"), f"{addr_of('cm_e')}, {addr_of('phl1')}", "inspection readiness - Eastgate",
             body, cc=addr_of("md"), date=d)


ADMIN = [admin_1, admin_2, admin_3, admin_4, admin_5, admin_6, admin_7]


# ================================================================ CLEAN: lookalike
def look_1():
    d = rand_dt()
    inv = f"INV-{random.randint(300000, 399999)}"
    po = f"PO{random.randint(4500000, 4599999)}"
    lines_ = [("FK-8601", "Aurora Xi plasmapheresis set", "24/cs", 40, 1184.00),
              ("NS-1000", "Sodium Chloride 0.9% 1000 mL, NDC 0338-0049-04", "12/cs", 60, 46.80),
              ("AC-500", "ACD-A 500 mL, NDC 60360-0302-20", "24/cs", 18, 152.40),
              ("GZ-2x2", "Gauze sponge 2x2 non-sterile", "5000/cs", 6, 38.25)]
    pdf_lines = ["MERIDIAN MEDICAL SUPPLY", f"Invoice {inv}    Date {fmt_d(d.date(), 0)}",
                 f"Customer PO {po}    Acct 77-104418", "Ship to: Bluewater Plasma, Riverside Center", ""]
    total = 0
    for sku, desc, pk, q, p in lines_:
        lot = f"Lot {random.randint(10, 99)}{random.choice('ABCDEFGH')}{random.randint(1000, 9999)}"
        pdf_lines.append(f"{sku}  {desc}  {pk}  qty {q}  @ {p:.2f}  = {q * p:,.2f}  {lot}")
        total += q * p
    pdf_lines += ["", f"TOTAL DUE: ${total:,.2f}   Terms: Net 30",
                  f"Tracking: 1Z{random.randint(100, 999)}E4{random.randint(10000000, 99999999)}"]
    body = (f"Please find attached invoice {inv} for PO {po}. Remit to the address on the "
            f"invoice.\n\nMeridian Medical Supply - Accounts Receivable\n{phone(0)}\n")
    return M(f"Meridian AR <ar@meridianmedsupply.com>", f"Accounts Payable <ap@{BLOOD}>",
             f"Invoice {inv} / PO {po}", body, cc=addr_of("sc"), date=d,
             att=[(f"{inv}.pdf", "application", "pdf", make_pdf(pdf_lines))])


def look_2():
    d = rand_dt()
    rows = []
    for i in range(1, 7):
        rows.append(f"  CS-{d.strftime('%y%m')}-{i:03d}   {random.randint(38, 48)} bottles   "
                    f"logger TL{random.randint(200000, 299999)}   packed {random.randint(10, 17)}:{random.randint(10, 59)}   "
                    f"start temp -{random.randint(31, 38)}.{random.randint(0, 9)} C")
    body = (f"Shipment summary - Northpoint to Elmridge Fractionation, Receiving Dock 4\n\n"
            f"Shipment #: SHP-{random.randint(50000, 59999)}\nCarrier: ColdLine Logistics, "
            f"BOL {random.randint(70000000, 79999999)}\nTrailer: {random.randint(1000, 9999)}   "
            f"Seal: {random.randint(100000, 999999)}\nPallets: 2   Cases: 6\n\n" + "\n".join(rows) +
            f"\n\nAll cases released by QA {fmt_d(d.date(), 1)}. Trailer set point -30 C. "
            f"ETA {fmt_d((d + _dt.timedelta(days=2)).date(), 1)} AM.\n\nLuis" + sig("cm_n", 3))
    return M(addr_of("cm_n"), f"Receiving <receiving@elmridgefract.com>", f"Plasma shipment SHP - Northpoint",
             body, cc=addr_of("qa"), date=d)


def look_3():
    d = rand_dt()
    tk = f"SR-{random.randint(1000000, 1999999)}"
    body = (f"Service Request {tk} has been updated.\n\nCustomer: Bluewater Plasma - Harlan Ave\n"
            f"Device: Aurora Xi Plasmapheresis System\nSerial: AX{random.randint(10000, 99999)}-"
            f"{random.randint(10, 99)}\nError: E-0412 (pressure sensor out of range)\n"
            f"Status: Parts ordered - ETA 2 business days\nPart: 5R-{random.randint(1000, 9999)} "
            f"Pressure transducer assy\nField Engineer: M. Dufresne (FE #{random.randint(200, 299)})\n\n"
            f"Device should remain OUT OF SERVICE until repaired and PM verification completed.\n"
            f"Reply to this email to add notes. Do not change the subject line.\n\n"
            f"Apheresis Field Service Portal (automated message)\n")
    return M(f"Field Service <service-noreply@apheresisfieldsvc.com>", addr_of("cm_n"),
             f"[{tk}] Updated - Parts ordered", body, date=d)


def look_4():
    d = rand_dt()
    rows = [
        ("Renata Okafor, MD", "Medical Director", f"1{random.randint(100000000, 999999999)}", f"35.{random.randint(100000, 199999)}", phone(0)),
        ("Samuel Lindqvist, DO", "Assoc. Medical Director", f"1{random.randint(100000000, 999999999)}", f"34.{random.randint(100000, 199999)}", phone(0)),
        ("Hye-jin Park, RN", "Physician Substitute", "-", f"RN.{random.randint(400000, 499999)}", phone(0)),
        ("Colleen Burke, RN", "Donor Screening", "-", f"RN.{random.randint(400000, 499999)}", phone(0)),
        ("Andre Baptiste, LPN", "Medical Screener", "-", f"PN.{random.randint(100000, 199999)}", phone(0)),
    ]
    tbl = "\n".join(f"{a:<24} {b:<24} {c:<12} {e:<11} {p}" for a, b, c, e, p in rows)
    body = (f"Updated medical staff directory for the credentialing file. NPIs and state licence "
            f"numbers verified against the board website on {fmt_d(d.date(), 1)}.\n\n"
            f"{'Name':<24} {'Role':<24} {'NPI':<12} {'Licence':<11} Phone\n{'-' * 90}\n{tbl}\n\n"
            f"Center main lines:\n  Eastgate {phone(1)}  fax {phone(1)}\n  Riverside {phone(1)}  fax "
            f"{phone(1)}\n  Mill Creek {phone(1)}\n  Northpoint {phone(1)}\n  Harlan Ave {phone(1)}\n\n"
            f"CLIA # for the Eastgate moderate complexity lab: 36D{random.randint(1000000, 9999999)}"
            + sig("qa", 1))
    return M(addr_of("qa"), addr_of("hr"), "medical staff directory / credentials", body, date=d)


def look_5():
    d = rand_dt()
    mo = d.strftime("%B %Y")
    pres = random.randint(9400, 11800)
    reasons = [("Low hemoglobin/hematocrit", 6.1), ("Low total protein", 2.4), ("BP out of range", 1.3),
               ("Pulse out of range", 0.7), ("Travel", 0.5), ("Medications", 0.4),
               ("Recent tattoo/piercing", 0.3), ("Reactive test (new)", 0.06)]
    tbl = "\n".join(f"  {r:<28} {p:>5.2f}%   n={int(pres * p / 100)}" for r, p in reasons)
    body = (f"{mo} deferral dashboard (all centers)\n\nPresenting donors: {pres:,}\n"
            f"Successful collections: {int(pres * 0.86):,}\nTotal deferral rate: 11.8% "
            f"(prior month 12.4%)\n\nBy reason:\n{tbl}\n\n"
            f"Female low-Hgb rate remains about 3x male. Riverside still highest for low "
            f"protein - Derrick, let's talk about the SPE redraw rate. No trends needing "
            f"escalation.\n\nFelix")
    return M(addr_of("qa"), f"{addr_of('md')}, {addr_of('amd')}", f"{mo} deferral dashboard", body,
             cc=addr_of("cm_r"), date=d, html=True)


def look_6():
    d = rand_dt()
    body = (f"Hi Rachel,\n\nFor the new TP order forms, here are the codes we bill with. Please "
            f"have the referring office put the ICD-10 on the order or we'll get rejections.\n\n"
            f"CPT\n  99195  Phlebotomy, therapeutic (separate procedure)\n  36415  Venipuncture "
            f"(only if lab drawn separately)\n  85018  Hemoglobin\n  85014  Hematocrit\n\n"
            f"ICD-10 commonly covered\n  E83.110  Hereditary hemochromatosis\n  E83.111  "
            f"Hemochromatosis due to repeated red blood cell transfusions\n  D45      "
            f"Polycythemia vera\n  D75.1    Secondary polycythemia\n  E80.1    Porphyria "
            f"cutanea tarda\n\nCrestmark and Buckeye Medicaid need the referral number in box 17 "
            f"(or loop 2310A). Self-pay rate is $85/visit.\n\nCheryl" + sig("bill", 1))
    return M(addr_of("bill"), addr_of("tp"), "codes for TP order form", body, date=d)


def look_7():
    d = rand_dt()
    rows = [["Batch ID", "Load Date", "Center", "Card Count", "Total Loaded", "Exceptions", "Status"]]
    for c in ["RVS", "NPT", "HRL", "MCK"]:
        rows.append([f"B{d.strftime('%y%m%d')}-{c}", fmt_d(d.date(), 2), c, random.randint(380, 920),
                     round(random.uniform(28000, 71000), 2), random.randint(0, 6), "SETTLED"])
    body = (f"Weekly prepaid card funding reconciliation attached. BIN 5{random.randint(10000, 99999)}, "
            f"program ID CP-{random.randint(2000, 2999)}. Funding wire ref "
            f"{random.randint(1000000000, 9999999999)} matched to the batch totals. "
            f"{random.randint(3, 9)} exceptions total, all returned-load reversals, no action "
            f"needed on your side.\n\nClearPath Payments Client Operations\nTicket queue: "
            f"CPOPS-{random.randint(10000, 99999)}\n")
    return M(f"Client Ops <clientops@clearpathpay.net>", addr_of("dr"), "Weekly funding recon - Bluewater Plasma",
             body, cc=f"Accounts Payable <ap@{BLOOD}>", date=d,
             att=[("funding_recon.xlsx", "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                   make_xlsx(rows, "Recon"))])


LOOK = [look_1, look_2, look_3, look_4, look_5, look_6, look_7]


# ================================================================ CLEAN: news
def news_1():
    d = rand_dt()
    body = (f"Bluewater Donor News\n\nWe need you this summer.\n\nEvery year blood donations "
            f"drop between Memorial Day and Labor Day, when schools are out and regular donors "
            f"travel. Right now we have less than a 2-day supply of type O blood for the "
            f"hospitals we serve.\n\nWhat you can do:\n- Book a whole blood or double red "
            f"appointment at bluewaterdonors.org/book\n- Bring a friend: first-time donors get "
            f"a Bluewater cooler bag\n- Host a drive at your workplace, church or club\n\n"
            f"New this year: donors 16 and 17 can give with a signed parent form, and "
            f"appointments now take about 45 minutes start to finish.\n\nThank you for helping "
            f"keep hospital shelves full.\n\nBluewater Blood & Plasma Centers\n"
            f"You are receiving this because you signed up for donor news. Unsubscribe: "
            f"bluewaterdonors.org/prefs\n")
    return M(f"Bluewater Donor News <news@{BLOOD}>", f"Donor News List <donornews@lists.{BLOOD}>",
             "Summer shortage: type O donors needed", body, date=d, html=True,
             headers=[("List-Unsubscribe", f"<https://{BLOOD}/prefs>")],
             att=[("bluewater_logo.png", "image", "png", make_png(160, 48, "logo"))])


def news_2():
    d = rand_dt()
    body = (f"THE BLUEWATER BULLETIN - internal\n\nRecord month! Across all centers we "
            f"collected {random.randint(14000, 16000):,} plasma donations and "
            f"{random.randint(3100, 3900):,} whole blood units last month, our best since "
            f"opening Harlan Avenue.\n\nCenter spotlight: Mill Creek went 90 days with zero "
            f"labeling deviations. Northpoint hit 96% donor satisfaction on the exit survey.\n\n"
            f"Reminders:\n- Flu shot clinic for staff: Tuesdays in October at Eastgate\n"
            f"- Annual competencies due by the 30th\n- The new donor app release is live - "
            f"report bugs to Nate\n\nPhoto of the month: the Fairview Mobile Unit team at the "
            f"county fair (see intranet).\n\nIsla Brennan\nCommunications")
    return M(addr_of("comm"), f"All Staff <allstaff@{BLOOD}>", "Bluewater Bulletin - record month",
             body, date=d, html=True)


def news_3():
    d = rand_dt()
    body = (f"Regulatory update for medical staff\n\nFDA's final guidance on individual donor "
            f"risk assessment is now in effect at all of our blood centers. In short:\n\n"
            f"1. Every donor, regardless of sex or gender, answers the same questions about new "
            f"or multiple sexual partners in the past 3 months.\n2. Donors who report a new or "
            f"more than one partner AND anal sex in the past 3 months are deferred for 3 months.\n"
            f"3. Donors taking oral PrEP are deferred 3 months from the last dose; injectable "
            f"PrEP, 2 years from the last injection.\n\nThe updated DHQ (v4.0) loads into the "
            f"kiosks with next week's release. Screener training module is in the LMS; "
            f"complete it before your next shift.\n\nDr. Okafor will hold two Q&A sessions, "
            f"times to follow.\n\n- Office of the Medical Director")
    return M(addr_of("md"), f"Medical Staff <medstaff@{BLOOD}>", "Regulatory update: individual donor assessment",
             body, date=d)


def news_4():
    d = rand_dt()
    body = (f"Research roundup - iron and frequent donors\n\nA summary for our screening staff of "
            f"recently published work (links on the intranet):\n\n"
            f"- In a large multi-center cohort of repeat whole blood donors, about a third of "
            f"women and 1 in 5 men who donated 3 or more times a year had absent iron stores "
            f"(ferritin < 12 ng/mL), even when hemoglobin was above the cutoff.\n"
            f"- Low-dose iron supplements (18-38 mg elemental iron daily) for 60 days restored "
            f"iron stores in most donors and shortened recovery time by more than half.\n"
            f"- Teen donors are at higher risk; several blood centers now recommend longer "
            f"intervals for donors under 19.\n\nOur own numbers: the ferritin pilot at Eastgate "
            f"found {random.randint(24, 33)}% of frequent female donors below 15 ng/mL "
            f"(aggregate, n={random.randint(300, 500)}).\n\nRenata Okafor, MD")
    return M(addr_of("md"), f"Donor Screening Staff <screening@{BLOOD}>", "Research roundup: donor iron",
             body, date=d, html=True)


def news_5():
    d = rand_dt()
    body = (f"Hey there!\n\nThis month at Bluewater Plasma, REFER A FRIEND and you both earn "
            f"$50 extra once they complete their second donation.*\n\n"
            f"Plus: Gold members now get priority check-in at every center, and Double Points "
            f"Saturdays are back.\n\nYour plasma helps make medicines for people with immune "
            f"deficiencies, hemophilia and burns. Thank you for showing up.\n\n"
            f"Book your next visit in the app.\n\n*New donors must meet all eligibility "
            f"requirements. Offer valid at participating centers. See bluewaterplasma.com/terms.\n\n"
            f"Bluewater Plasma | {random.randint(100, 999)} Commerce Dr, Columbus OH\n"
            f"Unsubscribe | Privacy\n")
    return M(f"Bluewater Plasma <hello@{PLASMA}>", f"members@lists.{PLASMA}", "Refer a friend = $50 for you both",
             body, date=d, html=True, headers=[("List-Unsubscribe", f"<https://{PLASMA}/unsubscribe>")])


def news_6():
    d = rand_dt()
    body = (f"Plasma Industry Digest - week of {fmt_d(d.date(), 3)}\n\n"
            f"* US source plasma collections up an estimated 6% year over year; the association "
            f"of plasma collectors says demand for immune globulin continues to outpace supply.\n"
            f"* A European regulator opened consultation on donor compensation and frequency "
            f"limits.\n* New nomogram-based collection volumes are now in use at most US "
            f"centers; early reports show collection times down 4-6 minutes per procedure.\n"
            f"* Workforce: phlebotomist wages in the Midwest up 8% in two years.\n\n"
            f"Digest compiled by the Bluewater communications team from public sources. "
            f"Internal use only." + discl())
    return M(addr_of("comm"), f"Leadership <leadership@{BLOOD}>", "Plasma Industry Digest", body, date=d)


NEWS = [news_1, news_2, news_3, news_4, news_5, news_6]


# ================================================================ CLEAN: staff
def staff_1():
    d = rand_dt()
    wk = d.date() + _dt.timedelta(days=(7 - d.weekday()) % 7 or 7)
    names = [("Marisol Quintero, CPT", "Lead"), ("Joy Manalo, CPT", "Phleb"), ("Carlos Ibarra, CPT", "Phleb"),
             ("Keandra Willis", "Phleb (trainee)"), ("Colleen Burke, RN", "Screening"),
             ("Andrew Foss, EMT", "Screening"), ("Tiana Brooks", "Donor Svcs")]
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    lines = [f"{'Staff':<26}{'Role':<16}" + "".join(f"{x:<9}" for x in days)]
    for n, r in names:
        sh = [random.choice(["6a-2p", "10a-6p", "12p-8p", "OFF", "6a-2p", "7a-3p"]) for _ in days]
        lines.append(f"{n:<26}{r:<16}" + "".join(f"{x:<9}" for x in sh))
    body = (f"Eastgate schedule for week of {fmt_d(wk, 1)}:\n\n" + "\n".join(lines) +
            f"\n\nSwaps go through me, not the group chat please. Keandra still needs to be paired "
            f"with Marisol or Joy for all sticks until signed off.\n\nTamsin")
    return M(addr_of("cm_e"), f"Eastgate Staff <eastgate.staff@{BLOOD}>", f"Schedule wk of {fmt_d(wk, 1)}",
             body, date=d)


def staff_2():
    d = rand_dt()
    mo = (d + _dt.timedelta(days=20)).strftime("%B")
    body = (f"{mo} medical on-call (donor reactions, product release questions, hospital "
            f"calls after hours):\n\n  Week 1  Dr. Okafor        cell {phone(1)}\n"
            f"  Week 2  Dr. Lindqvist     cell {phone(1)}\n  Week 3  Dr. Okafor\n"
            f"  Week 4  Dr. Lindqvist\n\nPhysician substitute backup: Hye-jin Park RN "
            f"(plasma), Colleen Burke RN (blood).\nHospital services after-hours line: "
            f"{phone(1)} (answering service forwards to on-call).\n\nPlease update your center "
            f"binder." + sig("md", 1))
    return M(addr_of("md"), f"Center Managers <centermgrs@{BLOOD}>", f"{mo} on-call", body,
             date=d)


def staff_3():
    d = rand_dt()
    body = (f"Hello everyone,\n\nOpen enrollment for medical, dental and vision runs from "
            f"Nov 1 to Nov 15. Highlights:\n\n- Employee premium for the PPO goes up $6/paycheck; "
            f"the HDHP stays flat and the HSA match is now $750\n- New: free annual flu shot and "
            f"hepatitis B vaccine series for all donor-floor staff through Employee Health\n"
            f"- Tuition assistance for phlebotomy and MLT certification raised to $2,500/year\n\n"
            f"Also, starting with the Dec 6 paycheck, shift differential for Saturday and "
            f"evening shifts increases to $2.25/hr.\n\nSessions with the benefits rep are on "
            f"the HR calendar. Reach out with questions." + sig("hr", 2) + discl())
    return M(addr_of("hr"), f"All Staff <allstaff@{BLOOD}>", "Open enrollment + shift differential",
             body, date=d, html=True)


def staff_4():
    d = rand_dt()
    body = (f"Hi team!!\n\nMarisol hits 10 YEARS with Bluewater on Friday! She has trained "
            f"probably half of the phlebotomists in this building and still has the best "
            f"first-stick rate in the company.\n\nPotluck in the break room Friday 12-1. Sign-up "
            f"sheet is on the fridge - we have way too many desserts already, someone bring a "
            f"salad lol. Card is at the front desk, please sign before Thursday.\n\n"
            f"Shh, it's a surprise-ish.\n\nTamsin")
    return M(addr_of("cm_e"), f"Eastgate Staff <eastgate.staff@{BLOOD}>", "10 years!! potluck Friday",
             body, date=d, att=[("banner.png", "image", "png", make_png(200, 60, "logo"))])


def staff_5():
    d = rand_dt()
    s = (d + _dt.timedelta(days=random.randint(10, 20))).date()
    e = s + _dt.timedelta(days=random.randint(14, 21))
    body = (f"Hi all,\n\nJenna Holcomb will be on leave from {fmt_d(s, 1)} through {fmt_d(e, 1)}. "
            f"While she's out:\n\n- Donor relations inbox: Tiffany\n- Loyalty card issues: me\n"
            f"- Marketing events at Harlan: Luis\n\nPlease don't reach out to Jenna while she's "
            f"away. Thanks for covering!\n\nJordan")
    return M(addr_of("dr"), f"Plasma Center Managers <plasmamgrs@{PLASMA}>", "coverage while Jenna is out",
             body, cc=addr_of("hr"), date=d)


def staff_6():
    d = rand_dt()
    rows = [("Carlos Ibarra", "Venipuncture - Aurora", "done"), ("Joy Manalo", "Hgb analyzer", "due 6/30"),
            ("Keandra Willis", "Venipuncture - WB", "in progress (12/25 sticks)"),
            ("Andrew Foss", "DHQ review / eligibility", "due 6/30"), ("Tiana Brooks", "Donor ID verification", "done"),
            ("Priscilla Nam", "Component labeling", "overdue")]
    tbl = "\n".join(f"{a:<18}| {b:<27}| {c}" for a, b, c in rows)
    body = (f"Competency status from the LMS as of today:\n\n{'Staff':<18}| {'Competency':<27}| Status\n"
            f"{'-' * 18}+{'-' * 28}+{'-' * 20}\n{tbl}\n\nAnyone overdue cannot perform that task "
            f"until signed off. Managers, please schedule observers this week." + sig("train", 1))
    return M(addr_of("train"), f"{addr_of('cm_e')}, {addr_of('cm_m')}", "competency status",
             body, cc=addr_of("qa"), date=d)


def staff_7():
    d = rand_dt()
    body = (f"Please welcome our new hires at Northpoint, starting Monday:\n\n"
            f"- Danielle Ruiz, Donor Care Specialist I (from the Mercy Ridge lab)\n"
            f"- Trevor Akande, Medical Screener, LPN\n- Sun-mi Choi, Center Receptionist\n\n"
            f"Orientation is Monday-Wednesday at Eastgate (badge photos 8:30 am Monday), "
            f"then back to Northpoint for floor training with Kevin. Their LMS accounts and "
            f"BECS logins are requested; ticket IT-{random.randint(20000, 29999)}.\n\nLorraine")
    return M(addr_of("hr"), f"{addr_of('cm_n')}, {addr_of('phl2')}", "New hires - Northpoint",
             body, cc=addr_of("it"), date=d)


STAFFK = [staff_1, staff_2, staff_3, staff_4, staff_5, staff_6, staff_7]


# ================================================================ CLEAN: training
def train_1():
    d = rand_dt()
    body = (f"Screener quiz - donor eligibility (10 questions, open book). Answers due Friday.\n\n"
            f"1. A female donor's fingerstick hemoglobin is 12.3 g/dL. Eligible for whole blood? (Y/N)\n"
            f"2. What is the minimum interval between two double red cell donations?\n"
            f"3. A donor took finasteride until 2 weeks ago. Deferral length?\n"
            f"4. Plasma donor total protein 5.9 g/dL - what do you do?\n"
            f"5. Name two signs of a citrate reaction.\n"
            f"6. A donor spent 4 months in a malaria-endemic country last year and was born "
            f"in the US. Deferral?\n7. What ID is acceptable for a new plasma donor?\n"
            f"8. Pulse 48 in a donor who says he runs marathons - acceptable? Who decides?\n"
            f"9. When must a donor be entered in the NDDR?\n10. True or false: a donor with a "
            f"tattoo done at a state-licensed shop 2 weeks ago is eligible.\n\n"
            f"Answer key goes out Monday.\n\nMateo Salgado\nTraining & Education")
    return M(addr_of("train"), f"Donor Screening Staff <screening@{BLOOD}>", "Screener quiz - eligibility",
             body, date=d)


def train_2():
    d = rand_dt()
    paras = ["Case study 7 - De-identified for training use",
             "A 19-year-old first-time plasma donor (Donor A) completes the questionnaire and "
             "physical without issue. About 25 minutes into the procedure, the donor reports "
             "tingling around the lips and in the fingertips, then becomes anxious.",
             "Questions for discussion:",
             "1. What is the most likely cause?",
             "2. What are the first three steps the phlebotomist should take?",
             "3. When would you stop the procedure and call the physician substitute?",
             "4. How is the event documented, and does it need medical director review?",
             "Teaching points: citrate toxicity, slowing the return rate, calcium per standing "
             "order, documentation in the adverse event module.",
             "No real donor information is included in this case."]
    body = (f"Hi all, attaching the case for Thursday's huddle. Please read before we meet."
            f"\n\nMateo")
    return M(addr_of("train"), f"Riverside Floor <riverside.floor@{PLASMA}>", "Case study for Thursday huddle",
             body, cc=addr_of("phl2"), date=d,
             att=[("case_study_7.docx", "application",
                   "vnd.openxmlformats-officedocument.wordprocessingml.document", make_docx(paras))])


def train_3():
    d = rand_dt()
    body = (f"BECS v9.2 validation - test script DR-07 (donor registration / deferral)\n"
            f"Environment: VAL (not production)\n\n"
            f"Step 1. Register TESTDONOR, ALPHA  DOB 01/01/1900  ID TEST-000101\n"
            f"        Expected: record created, donor # assigned with prefix TST\n"
            f"Step 2. Enter fingerstick Hgb 11.9 (F) for TESTDONOR, ALPHA\n"
            f"        Expected: temporary deferral HGB-L, 72 hr, auto-calculated end date\n"
            f"Step 3. Register TESTDONOR, BRAVO  DOB 01/01/1900  SSN 000-00-0000\n"
            f"        Expected: duplicate check passes, NDDR lookup returns NO MATCH (stub)\n"
            f"Step 4. Result anti-HBc REPEAT REACTIVE for TESTDONOR, BRAVO via interface sim\n"
            f"        Expected: indefinite deferral; co-components quarantined\n"
            f"Step 5. Attempt to label a component from TESTDONOR, BRAVO\n"
            f"        Expected: HARD STOP - label blocked\n\n"
            f"Testers: record actual result, initials, date, screenshot # for each step. "
            f"Deviations go on form VAL-03.\n\nNate")
    return M(addr_of("it"), f"{addr_of('qa')}, {addr_of('rn1')}", "Validation script DR-07 - please execute by Wed",
             body, date=d)


def train_4():
    d = rand_dt()
    paras = ["Lookback Training - Module 3 (SOP HS-003 rev D)",
             "Scenario (fictitious): Sample Donor 'Pat Example' gives a whole blood donation that "
             "tests repeat reactive for HCV antibody and reactive for HCV RNA.",
             "Step 1: Identify prior donations within the lookback period (12 months before the "
             "most recent negative test, or per FDA guidance).",
             "Step 2: Quarantine any in-date components from prior donations.",
             "Step 3: Notify consignee hospitals within 3 calendar days of the reactive result.",
             "Step 4: Upon positive confirmatory result, notify consignees within 45 days so "
             "recipients can be notified by their physicians.",
             "Step 5: Document all notices and hospital responses in the lookback log.",
             "Exercise: Using the sample timeline on page 2, fill in the due dates for each notice.",
             "All names and numbers in this module are fictitious."]
    body = (f"Module 3 is attached for hospital services and QA staff. Exercise answers due in "
            f"the LMS by the 20th.\n\nMateo" + sig("train", 1))
    return M(addr_of("train"), f"{addr_of('hs')}, {addr_of('qa')}", "Lookback training module 3",
             body, date=d, att=[("Lookback_Module3.docx", "application",
                                 "vnd.openxmlformats-officedocument.wordprocessingml.document",
                                 make_docx(paras))])


def train_5():
    d = rand_dt()
    letter = ["SAMPLE - FOR TRAINING ONLY", "", "Jane Sample", "123 Any Street", "Anytown, OH 00000", "",
              "Dear Jane Sample,", "",
              "Thank you for your recent donation. As part of our routine testing, one of the",
              "tests on your donation gave a result that means you should not donate at this time.",
              "This does not necessarily mean you are ill. Please call our Donor Notification",
              "nurse at [NURSE PHONE] to arrange a free, confidential appointment.", "",
              "Sincerely,", "[MEDICAL DIRECTOR NAME], MD"]
    body = (f"Gwen - here's the mock letter we'll use in the notification role-play. Fields in "
            f"brackets get merged from BECS in real letters. Let me know if the wording "
            f"matches the current approved template (rev G).\n\nMateo")
    return M(addr_of("train"), addr_of("notif"), "mock letter for role-play", body, date=d,
             att=[("SAMPLE_notification_letter.pdf", "application", "pdf", make_pdf(letter))])


def train_6():
    d = rand_dt()
    start = (d + _dt.timedelta(days=random.randint(5, 12))).replace(hour=15, minute=0, second=0, tzinfo=None)
    ics = make_ics("Skills lab: donor reactions & vasovagal management", start, 90,
                   "Eastgate training room", (name_of("train"), email_of("train")),
                   [("Eastgate Staff", f"eastgate.staff@{BLOOD}")],
                   "Hands-on: positioning, ammonia inhalants, when to call EMS, documentation practice "
                   "on sample cases. CE credit 1.5.")
    body = (f"Skills lab sign-up is open! We'll practice managing donor reactions using the "
            f"manikin and sample scenarios (no real donors): fainting, citrate tingling, "
            f"hematoma, nerve irritation. 1.5 CE hours for RNs and LPNs.\n\nMax 10 per "
            f"session, reply to grab a spot.\n\nMateo")
    return M(addr_of("train"), f"Eastgate Staff <eastgate.staff@{BLOOD}>", "Skills lab - donor reactions",
             body, date=d, html=True, att=[("skills_lab.ics", "text", "calendar", ics)])


TRAIN = [train_1, train_2, train_3, train_4, train_5, train_6]


# ================================================================ main
PLAN = [("phi", "care", CARE, 8), ("phi", "ids", IDS, 8), ("phi", "lang", LANG, 8),
        ("phi", "lists", LISTS, 7), ("phi", "names", NAMES, 8), ("phi", "self", SELF, 7),
        ("phi", "struct", STRUCT, 7),
        ("clean", "admin", ADMIN, 7), ("clean", "lookalike", LOOK, 7), ("clean", "news", NEWS, 6),
        ("clean", "staff", STAFFK, 7), ("clean", "training", TRAIN, 6)]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    rows = []
    counts = []
    for label, kind, funcs, n in PLAN:
        assert len(funcs) == n, (kind, len(funcs))
        for i, fn in enumerate(funcs, 1):
            m = fn()
            msg = build(m)
            name = f"{label}-{kind}-{i:03d}.eml"
            with open(os.path.join(out, name), "wb") as fh:
                fh.write(msg.as_bytes(policy=email.policy.SMTP))
            rows.append([name, label, kind, m.get("patient", "") if label == "phi" else ""])
        counts.append((label, kind, n))
    with open(os.path.join(out, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    for label, kind, n in counts:
        print(f"{label}-{kind}: {n}")
    print(f"total: {len(rows)}")


if __name__ == "__main__":
    main()
