#!/usr/bin/env python3
"""Blind evaluation set: school health services mail (Cedar Hollow USD, invented).

Everything here is invented. Run:  python3 gen.py OUTDIR
"""
import sys, os, random, io, csv, json, zipfile, zlib, struct, datetime
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

SEED = 8202
random.seed(SEED)

DOM = "chusd-k12.org"            # the (invented) district
DIST = "Cedar Hollow Unified School District"

# ---------------------------------------------------------------- dates
TZ_DST = datetime.timezone(datetime.timedelta(hours=-5))
TZ_STD = datetime.timezone(datetime.timedelta(hours=-6))


def mkdate(y, m, d, hh=None, mm=None):
    if hh is None:
        hh = random.randint(6, 20)
    if mm is None:
        mm = random.randint(0, 59)
    day = datetime.date(y, m, d)
    tz = TZ_DST if datetime.date(y, 3, 9) <= day < datetime.date(y, 11, 3) else TZ_STD
    return datetime.datetime(y, m, d, hh, mm, random.randint(0, 59), tzinfo=tz)


def rdate(start=(2024, 8, 19), end=(2025, 6, 6), hh=None):
    a = datetime.date(*start)
    b = datetime.date(*end)
    while True:
        d = a + datetime.timedelta(days=random.randint(0, (b - a).days))
        if d.weekday() < 5:
            return mkdate(d.year, d.month, d.day, hh)


def later(dt, minutes=0, hours=0, days=0):
    return dt + datetime.timedelta(minutes=minutes, hours=hours, days=days)


def earlier(dt, minutes=0, hours=0, days=0):
    return dt - datetime.timedelta(minutes=minutes, hours=hours, days=days)


DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def hm(dt):
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def on_wrote(dt, name, addr=None):
    who = f"{name} <{addr}>" if addr else name
    return (f"On {DAYS[dt.weekday()][:3]}, {MONTHS[dt.month-1][:3]} {dt.day}, {dt.year} "
            f"at {hm(dt)} {who} wrote:")


def outlook_hdr(dt, frm, to, subject, cc=None):
    s = ["-----Original Message-----",
         f"From: {frm}",
         f"Sent: {DAYS[dt.weekday()]}, {MONTHS[dt.month-1]} {dt.day}, {dt.year} {hm(dt)}",
         f"To: {to}"]
    if cc:
        s.append(f"Cc: {cc}")
    s.append(f"Subject: {subject}")
    return "\n".join(s)


def fwd_hdr(dt, frm, to, subject):
    return "\n".join(["---------- Forwarded message ---------",
                      f"From: {frm}",
                      f"Date: {DAYS[dt.weekday()][:3]}, {MONTHS[dt.month-1][:3]} {dt.day}, {dt.year} at {hm(dt)}",
                      f"Subject: {subject}",
                      f"To: {to}"])


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def usd(dt):
    return f"{dt.month}/{dt.day}/{dt.year}"


def short(dt):
    return f"{dt.month}/{dt.day}"


# ---------------------------------------------------------------- people
class P:
    def __init__(self, name, addr, title="", site="", phone="", fax=""):
        self.name, self.addr, self.title, self.site, self.phone, self.fax = name, addr, title, site, phone, fax

    def hdr(self):
        n = self.name
        if any(c in n for c in ',.()@;:'):
            n = '"' + n.replace('"', '') + '"'
        return f"{n} <{self.addr}>" if n else self.addr

    @property
    def first(self):
        return self.name.split()[0]


def st(name, title, site, phone, fax="", addr=None):
    if addr is None:
        parts = name.replace("'", "").replace(".", "").split()
        addr = f"{parts[0].lower()}.{parts[-1].lower()}@{DOM}"
    return P(name, addr, title, site, phone, fax)


HS = "Health Services Department"
S = {
    "dana": st("Dana Whitcomb", "RN, NCSN - Lead Nurse Coordinator", HS, "(608) 555-0142", "(608) 555-0199"),
    "renee": st("Renee Castellano", "DNP, RN - Director of Health Services", HS, "(608) 555-0140", "(608) 555-0199"),
    "luis": st("Luis Ferreira", "RN, School Nurse", "Lakeview Middle School", "(608) 555-0217", "(608) 555-0218"),
    "priya": st("Priya Raman", "BSN, RN", "Whitfield Elementary", "(608) 555-0161", "(608) 555-0162"),
    "kath": st("Kathleen O'Rourke", "LPN", "Juniper Ridge Elementary", "(608) 555-0183"),
    "marcus": st("Marcus Bell", "RN, School Nurse", "Cedar Hollow High School", "(608) 555-0301", "(608) 555-0302"),
    "tamsin": st("Tamsin Greer", "RN, Float Nurse", HS, "(608) 555-0147"),
    "yolanda": st("Yolanda Pierce", "Health Aide", "Whitfield Elementary", "(608) 555-0163"),
    "lorraine": st("Lorraine Batista", "Health Aide", "Juniper Ridge Elementary", "(608) 555-0184"),
    "greg": st("Gregory Albright", "Director of Special Education", "Special Education Services", "(608) 555-0400"),
    "hannah": st("Hannah Liu", "M.S., CCC-SLP", "Special Education Services", "(608) 555-0412"),
    "janelle": st("Janelle Foster", "OTR/L", "Special Education Services", "(608) 555-0413"),
    "ben": st("Ben Okoro", "PT, DPT", "Special Education Services", "(608) 555-0414"),
    "sheila": st("Sheila Marchetti", "Medicaid School-Based Services Coordinator", "Business Office", "(608) 555-0125", "(608) 555-0126"),
    "kevin": st("Kevin Dunbar", "7th Grade Science", "Lakeview Middle School", "(608) 555-0200"),
    "alicia": st("Alicia Romero", "Kindergarten", "Whitfield Elementary", "(608) 555-0160"),
    "beth": st("Beth Kowalski", "5th Grade", "Whitfield Elementary", "(608) 555-0160"),
    "terrell": st("Terrell Jameson", "Athletic Trainer, ATC", "Cedar Hollow High School", "(608) 555-0330"),
    "miriam": st("Miriam Szabo", "PhD, School Psychologist", "Special Education Services", "(608) 555-0420"),
    "connie": st("Connie Vasquez", "Registrar / Attendance", "Lakeview Middle School", "(608) 555-0201"),
    "rick": st("Rick Hallman", "Routing Supervisor", "Transportation", "(608) 555-0500", "(608) 555-0501"),
    "devin": st("Devin Park", "Systems Analyst - Student Information Systems", "Technology Services", "(608) 555-0600"),
    "omar": st("Omar Siddiqui", "Principal", "Lakeview Middle School", "(608) 555-0200"),
    "jen": st("Jennifer Strand", "Principal", "Whitfield Elementary", "(608) 555-0160"),
    "tasha": st("Tasha Greenwood", "HR Generalist - Leaves & Benefits", "Human Resources", "(608) 555-0700", "(608) 555-0701"),
    "paula": st("Paula Lindqvist", "Payroll Specialist", "Business Office", "(608) 555-0122"),
    "carmen": st("Carmen Ibarra", "Bilingual Family Liaison", "Family & Community Engagement", "(608) 555-0180"),
    "nina": st("Nina Abernathy", "School Counselor", "Cedar Hollow High School", "(608) 555-0310"),
    "walt": st("Walt Emberley", "Facilities Project Manager", "Operations & Facilities", "(608) 555-0550"),
    "sarah": st("Sarah Whitlock", "Coordinator, Nursing Services", HS, "(608) 555-0143"),
    "ruth": st("Ruth Tenbrink", "Administrative Assistant", HS, "(608) 555-0141", "(608) 555-0199"),
}

DISCLAIMER = ("CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use "
              "of the intended recipient(s) and may contain confidential student and health information "
              "protected by FERPA and state law. Any unauthorized review, use, disclosure or distribution "
              "is prohibited. If you are not the intended recipient, please contact the sender by reply "
              "e-mail and destroy all copies of the original message.")

DISCLAIMER2 = ("This message is intended only for the addressee. It may contain information that is "
               "privileged or confidential. If you received it in error, please notify the sender and delete it.")


def sig(p, style=0, disc=False):
    if style == 0:
        s = f"{p.name}, {p.title}\n{p.site}\n{DIST}\nPh {p.phone}" + (f" | Fax {p.fax}" if p.fax else "")
    elif style == 1:
        s = f"Thanks,\n{p.first}\n\n{p.name}\n{p.title}\n{p.site}\n{p.phone}"
    elif style == 2:
        s = f"--\n{p.name} | {p.title}\n{p.site} | {DIST}\no: {p.phone}" + (f"  f: {p.fax}" if p.fax else "")
    else:
        s = f"{p.first}"
    if disc:
        s += "\n\n" + DISCLAIMER
    return s


# ---------------------------------------------------------------- names / numbers
FIRST_F = ["Ava", "Sofia", "Harper", "Maya", "Chloe", "Amara", "Zoe", "Isabella", "Naomi", "Leah",
           "Gianna", "Aaliyah", "Brooklyn", "Riley", "Emily", "Fatima", "Mei", "Ximena", "Kiara",
           "Nevaeh", "Hannah", "Lucia", "Jasmine", "Ruby", "Esperanza", "Aria", "Layla", "Saanvi",
           "Maeve", "Destiny", "Paisley", "Imani", "Yara", "Elena", "Quinn"]
FIRST_M = ["Jaylen", "Mateo", "Liam", "Noah", "Elijah", "Kayden", "Ethan", "Jordan", "Omar", "Diego",
           "Caleb", "Tobi", "Malik", "Owen", "Santiago", "Carter", "Dominic", "Xavier", "Hunter",
           "Luca", "Rashad", "Isaiah", "Bryce", "Anthony", "Kai", "Andre", "Wyatt", "Ezra", "Julian",
           "Brandon", "Yusuf", "Declan", "Tristan", "Mohamed", "Gavin"]
LAST = ["Brooks", "Alvarez", "Nguyen", "Thompson", "Harmon", "Castellanos", "Moore", "Nakamura",
        "Whitley", "Okafor", "Delacroix", "Pham", "Quinlan", "Brennan", "Marsh", "Grayson", "Patel",
        "Kowalczyk", "Reyes", "Haddad", "Johansson", "Murphy", "Flores", "Washington", "Kim", "Abdi",
        "Schultz", "Baptiste", "Ivanova", "Herrera", "Lindgren", "Oyelaran", "Tran", "McAllister",
        "Sandoval", "Petrakis", "Yazzie", "Fontaine", "Ruiz", "Holloway", "Osei", "Vang", "Carrington",
        "Duarte", "Mbeki", "Sorensen", "Gallagher", "Ochoa", "Lopez", "Bergstrom", "Kaur", "Farah"]

_used = set()


def student(sex=None):
    while True:
        if sex is None:
            sx = random.choice("FM")
        else:
            sx = sex
        f = random.choice(FIRST_F if sx == "F" else FIRST_M)
        l = random.choice(LAST)
        if (f, l) not in _used:
            _used.add((f, l))
            return f, l, sx


def dob_for_grade(g):
    # 2024-25 school year; kindergarten (g=0) born 9/2018-8/2019
    start = datetime.date(2018 - g, 9, 1)
    d = start + datetime.timedelta(days=random.randint(0, 364))
    return d


def mdY(d):
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def sid():
    return str(random.randint(2000000, 4999999))


def medicaid_id():
    return "".join(str(random.randint(0, 9)) for _ in range(10))


def phone(area=None):
    area = area or random.choice(["608", "608", "262", "920", "414"])
    return f"({area}) 555-0{random.randint(100, 199)}"


def hexid(n=8):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


# ---------------------------------------------------------------- message building
def _h(x):
    if isinstance(x, P):
        return x.hdr()
    return x


def mid(dom, dt, style=None):
    style = random.randint(0, 3) if style is None else style
    if style == 0:
        return f"<{dt:%Y%m%d%H%M%S}.{hexid(10)}@{dom}>"
    if style == 1:
        return f"<{hexid(8).upper()}-{hexid(4).upper()}-{hexid(4).upper()}-{hexid(12).upper()}@mail.{dom}>"
    if style == 2:
        return f"<CA+{hexid(24)}{hexid(12)}@mx.{dom}>"
    return f"<{hexid(6)}.{hexid(16)}.{random.randint(1000, 9999)}@{dom}>"


def build(frm, to, subject, date, body, cc=None, html=None, atts=(), reply_to_id=None,
          headers=None, msgid=None, bcc=None):
    msg = EmailMessage()
    msg["From"] = _h(frm)
    to = to if isinstance(to, (list, tuple)) else [to]
    msg["To"] = ", ".join(_h(t) for t in to)
    if cc:
        cc = cc if isinstance(cc, (list, tuple)) else [cc]
        msg["Cc"] = ", ".join(_h(c) for c in cc)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    addr = frm.addr if isinstance(frm, P) else frm.split("<")[-1].strip(">")
    msg["Message-ID"] = msgid or mid(addr.split("@")[1], date)
    if reply_to_id:
        msg["In-Reply-To"] = reply_to_id
        msg["References"] = reply_to_id
    msg["MIME-Version"] = "1.0"
    for k, v in (headers or {}).items():
        msg[k] = v
    msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype="html")
    for fname, data, ctype in atts:
        maintype, subtype = ctype.split("/")
        if isinstance(data, str) and maintype != "text":
            data = data.encode("utf-8")
        if isinstance(data, str):
            msg.add_attachment(data, subtype=subtype, filename=fname)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return msg


def html_wrap(body_html, title=""):
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head>"
            "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#222\">"
            + body_html + "</body></html>")


def text_to_html(text):
    import html as _html
    paras = text.strip().split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(_html.escape(l) for l in p.split("\n")) + "</p>")
    return html_wrap("\n".join(out))


# ---------------------------------------------------------------- attachments
ZDT = (2024, 9, 3, 8, 0, 0)


def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, content)
    return bio.getvalue()


def _x(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx_bytes(rows, sheet="Sheet1"):
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
          f'<sheets><sheet name="{_x(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    rx = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = f"{_col(ci)}{ri}"
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_x(v)}</t></is></c>')
        rx.append(f'<row r="{ri}">' + "".join(cells) + "</row>")
    sh = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<sheetData>' + "".join(rx) + '</sheetData></worksheet>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sh)])


def docx_bytes(paragraphs):
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
    ps = []
    for p in paragraphs:
        bold = p.startswith("**")
        t = p.strip("*")
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        ps.append(f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{_x(t)}</w:t></w:r></w:p>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(ps) + '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def pdf_bytes(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT\n/F1 10 Tf\n60 750 Td\n13 TL\n" + "".join(f"({esc(l)}) Tj T*\n" for l in lines) + "ET"
    cb = content.encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(cb)).encode() + b" >>\nstream\n" + cb + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return out


def png_bytes(w, h, fn):
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            raw.extend(fn(x, y))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def logo_png():
    # plain district logo: green band with a white cross-ish mark in a circle
    def fn(x, y):
        cx, cy, r = 30, 30, 22
        if (x - cx) ** 2 + (y - cy) ** 2 <= r * r:
            if (abs(x - cx) < 4 and abs(y - cy) < 14) or (abs(y - cy) < 4 and abs(x - cx) < 14):
                return (255, 255, 255)
            return (31, 110, 67)
        if 60 <= x <= 236 and 22 <= y <= 38:
            return (31, 110, 67) if (x // 6) % 3 else (255, 255, 255)
        return (255, 255, 255)
    return png_bytes(240, 60, fn)


def blank_scan_png():
    def fn(x, y):
        if x < 3 or y < 3 or x > 256 or y > 336:
            return (205, 205, 200)
        v = 246 - ((x * 7 + y * 13) % 5)
        return (v, v, v - 3)
    return png_bytes(260, 340, fn)


def ics_text(uid, start, end, summary, location, organizer, desc=""):
    def f(dt):
        return dt.strftime("%Y%m%dT%H%M%S")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Cedar Hollow USD//Health Services Calendar//EN",
             "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{uid}",
             f"DTSTAMP:{start.astimezone(datetime.timezone.utc).strftime('%Y%m%dT%H%M%SZ')}",
             f"DTSTART;TZID=America/Chicago:{f(start)}", f"DTEND;TZID=America/Chicago:{f(end)}",
             f"SUMMARY:{summary}", f"LOCATION:{location}",
             f"ORGANIZER;CN={organizer.name}:mailto:{organizer.addr}"]
    if desc:
        lines.append("DESCRIPTION:" + desc.replace("\n", "\\n").replace(",", "\\,"))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def csv_text(rows):
    bio = io.StringIO()
    w = csv.writer(bio, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return bio.getvalue()


def table(rows, sep="  "):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    return "\n".join(sep.join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip() for r in rows)


def pipe_table(rows):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for n, r in enumerate(rows):
        out.append("| " + " | ".join(str(c).ljust(widths[i]) for i, c in enumerate(r)) + " |")
        if n == 0:
            out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(out)


# ---------------------------------------------------------------- parents / outside parties
def parent(first, last, dom=None, style=None):
    dom = dom or random.choice(["homeinbox.net", "pinemail.com", "example.com", "mailcity.net",
                                "fastpost.net", "example.net", "riverlink.net", "northwoodsmail.com"])
    style = random.randint(0, 4) if style is None else style
    f, l = first.lower(), last.lower().replace(" ", "").replace("'", "")
    local = [f"{f}.{l}", f"{f[0]}{l}{random.randint(1, 99)}", f"{f}{l}", f"{l}.family",
             f"{f}_{l[:4]}{random.randint(70, 99)}"][style]
    return P(f"{first} {last}", f"{local}@{dom}")


# ================================================================ PHI: care
def care_1():
    # transportation / lift bus handover, reply from transportation
    rick, dana = S["rick"], S["dana"]
    d0 = rdate((2024, 9, 3), (2024, 10, 4), hh=9)
    d1 = later(d0, hours=2, minutes=17)
    addr = f"{random.randint(100, 999)} Birchwood Ln"
    orig = (f"Rick,\n\nMateo Alvarez (Juniper Ridge, 2nd grade) starts with us Monday. He rides in his own chair "
            f"so he needs the lift bus, and his 1:1 aide (Maribel Soto) will ride with him.\n\n"
            f"Pick-up: {addr}, Cedar Hollow - mom says the driveway is steep, please use the curb cut by the mailbox.\n"
            f"He has to be in the building by 7:50 because Lorraine does his morning feeding at 8:00 in the health room.\n"
            f"Afternoon drop-off is the same address, someone will always be home (mom Ana or grandpa Jorge, "
            f"{phone()}).\n\nCan you confirm the route # and driver so I can update his bus sheet?\n\n"
            + sig(dana, 0))
    body = (f"Dana - route 22, driver is Gwen Tolliver, lift van #418. Pick up window 7:05-7:12. "
            f"Gwen did the dry run this afternoon, curb cut works. Bus sheet copy goes to Gwen and the sub binder.\n\n"
            f"Rick\n\n{rick.name}\n{rick.title}, {rick.site}\n{rick.phone} | fax {rick.fax}\n\n"
            + on_wrote(d0, dana.name, dana.addr) + "\n" + quote(orig))
    m = build(rick, dana, "RE: lift bus starting Monday - Mateo A.", d1, body,
              cc=[S["lorraine"]], reply_to_id=mid(DOM, d0))
    return m, "Mateo Alvarez"


def care_2():
    # parent about inhaler refill and pickup for an appointment
    pr = S["priya"]
    mom = parent("Keisha", "Brooks", style=0)
    d0 = rdate((2024, 10, 1), (2025, 3, 20), hh=20)
    body = (f"Hi Nurse Priya,\n\nAva's inhaler at school is almost empty, the counter says 14. I picked up the refill "
            f"yesterday at the pharmacy on Main and her dad will drop it off tomorrow morning with the new form "
            f"Dr. Hollis signed (the dose didn't change, 2 puffs before recess if she needs it).\n\n"
            f"Also she has an appointment Thursday at 1:30 so I'll be picking her up at lunch, around 12:45. Can you "
            f"let Mrs. Kowalski know? I emailed her too but she doesnt always check.\n\n"
            f"Thank you!!\nKeisha Brooks\n{phone()}\n\nSent from my iPhone")
    m = build(mom, pr, "Ava Brooks - inhaler + thursday pickup", d0, body)
    return m, "Ava Brooks"


def care_3():
    # handover to float nurse
    luis, tam = S["luis"], S["tamsin"]
    d0 = rdate((2024, 11, 4), (2025, 2, 28), hh=16)
    body = (f"Hi Tamsin,\n\nThanks for covering Lakeview tomorrow. Quick handover, the rest is in the blue binder on "
            f"the shelf over the sink:\n\n"
            f"* Elijah Thompson (7th, Mr. Dunbar's homeroom, Rm 214) comes down at 11:15 before lunch for his check. "
            f"He does most of it himself, you just watch and sign the log. Carb counts for the cafeteria menu are "
            f"taped inside the binder. If his number is over 300 or he says he feels off, call mom Renata first "
            f"(cell {phone()}), she answers fast.\n"
            f"* His backup kit is in the top drawer, left side, labeled. Lunch ticket is in there too lol.\n"
            f"* 1:05 - Sofia from 6th comes for her afternoon med, it's in the locked cabinet, count sheet is on the clipboard.\n"
            f"* Bus duty is NOT yours, Connie has it.\n\n"
            f"Door code for the health room is the same as the main office. Call or text me if anything - I'm at a "
            f"training at the ESC but will have my phone.\n\n"
            f"Luis\n\n{luis.name}, {luis.title}\n{luis.site}\n{luis.phone}")
    m = build(luis, tam, "handover for tmrw (Lakeview)", d0, body, cc=[S["connie"]])
    return m, "Elijah Thompson"


def care_4():
    # grandmother worried, nurse reply
    kath = S["kath"]
    gm = parent("Loretta", "Harmon", dom="northwoodsmail.com", style=0)
    d0 = rdate((2025, 1, 6), (2025, 4, 25), hh=6)
    d1 = later(d0, hours=3, minutes=40)
    ph = phone("920")
    orig = (f"Hello, my name is Loretta Harmon, I am Destiny Harmon's grandmother. I have the guardianship papers "
            f"on file with the office since last year. Destiny is in 4th grade in Mr. Tran's room.\n\n"
            f"She told me last night she has been going to see the nurse almost every day at lunch time and she "
            f"is not eating her lunch, she brings it home. I did not get any call about it. I am worried. "
            f"Could somebody please call me? I work nights at the plant so after 2 pm is best. My number is {ph}.\n\n"
            f"Thank you,\nLoretta Harmon")
    body = (f"Ms. Harmon,\n\nThank you for reaching out, and I'm sorry no one called you sooner. Destiny has come to "
            f"the health room 6 times in the past two weeks around lunch. She usually rests for 10-15 minutes and "
            f"goes back to class. I have not sent her home. I'd like to talk with you about what she's telling us and "
            f"what you're seeing at home. I will call you today at 2:30.\n\n"
            f"I am also going to loop in our school counselor, Mrs. Fenwick, if that's OK with you.\n\n"
            f"Kathleen O'Rourke, LPN\nJuniper Ridge Elementary Health Office\n{kath.phone}\n\n"
            + on_wrote(d0, "Loretta Harmon", gm.addr) + "\n" + quote(orig) + "\n\n" + DISCLAIMER)
    m = build(kath, gm, "RE: my granddaughter Destiny", d1, body, reply_to_id=mid("northwoodsmail.com", d0))
    return m, "Destiny Harmon"


def care_5():
    # field trip; teacher asks, nurse answers, HTML alt
    beth, pr = S["beth"], S["priya"]
    d0 = rdate((2025, 4, 21), (2025, 5, 9), hh=12)
    d1 = later(d0, hours=1, minutes=5)
    orig = (f"Hi Priya,\n\n5th grade trip to Sand Hill Nature Center is Friday 5/16, bus leaves 8:30, back by 2:15. "
            f"Noah Castellanos will need his noon medication and someone who can carry his kit (the orange bag). "
            f"Last year his mom chaperoned but she can't get off work this time. Can Yolanda come, or do we need "
            f"to find another parent who's been trained?\n\nThanks!\nBeth")
    body = (f"Hi Beth,\n\nYolanda is delegated for Noah and can go - I'll cover her morning duties. I'll pack his noon "
            f"dose in a labeled envelope and the orange bag will be checked before you leave (she signs it out on "
            f"the trip log). She should sit near him on the bus and stay in his group all day. Please send me the "
            f"final group list so I can give her the cell numbers.\n\nI'll also call mom to let her know.\n\n"
            f"Priya\n\n" + sig(pr, 0) + "\n\n" + on_wrote(d0, beth.name, beth.addr) + "\n" + quote(orig))
    m = build(pr, beth, "RE: field trip 5/16 - Noah", d1, body, cc=[S["yolanda"]], html=text_to_html(body),
              reply_to_id=mid(DOM, d0))
    return m, "Noah Castellanos"


def care_6():
    # SBHC appointment confirmation (auto-generated)
    d0 = rdate((2024, 10, 14), (2025, 2, 14), hh=15)
    appt = later(d0, days=random.choice([2, 6, 7]))
    appt = appt.replace(hour=9, minute=40)
    mom = parent("Tanya", "Moore", style=2)
    frm = P("Cedar Hollow High School-Based Health Center", "no-reply@sbhc.larkincountyhealth.org")
    body = (f"Dear Parent/Guardian of KAYDEN MOORE,\n\n"
            f"This is a reminder of the following visit at the Cedar Hollow High School-Based Health Center:\n\n"
            f"  Patient:   Kayden Moore\n"
            f"  Date:      {DAYS[appt.weekday()]}, {MONTHS[appt.month-1]} {appt.day}, {appt.year}\n"
            f"  Time:      9:40 AM (student will be called from 2nd period)\n"
            f"  With:      Rosalind Achebe, APNP\n"
            f"  Visit:     Follow-up\n"
            f"  Location:  Room C-104, Cedar Hollow High School\n\n"
            f"Please send a copy of the front and back of the insurance card if it has changed since the last visit. "
            f"Consent forms on file are valid through 06/30/{appt.year}.\n\n"
            f"To cancel or reschedule, reply to this message or call the health center at (608) 555-0188.\n\n"
            f"Larkin County Health Department - School-Based Health Centers\n"
            f"This mailbox is not monitored after 4:30 PM. For emergencies call 911.")
    html = html_wrap("<p>Dear Parent/Guardian of <b>KAYDEN MOORE</b>,</p>"
                     "<p>This is a reminder of the following visit at the Cedar Hollow High School-Based Health Center:</p>"
                     "<table border=\"0\" cellpadding=\"3\">"
                     f"<tr><td>Patient</td><td>Kayden Moore</td></tr>"
                     f"<tr><td>Date</td><td>{DAYS[appt.weekday()]}, {MONTHS[appt.month-1]} {appt.day}, {appt.year}</td></tr>"
                     "<tr><td>Time</td><td>9:40 AM</td></tr><tr><td>With</td><td>Rosalind Achebe, APNP</td></tr>"
                     "<tr><td>Visit</td><td>Follow-up</td></tr><tr><td>Location</td><td>Room C-104</td></tr></table>"
                     "<p>To cancel or reschedule call (608) 555-0188.</p>")
    m = build(frm, mom, f"Appointment reminder: {MONTHS[appt.month-1][:3]} {appt.day} 9:40 AM", d0, body, html=html,
              headers={"Auto-Submitted": "auto-generated", "X-Mailer": "ApptMinder 4.2"})
    return m, "Kayden Moore"


def care_7():
    # feeding supplies delivery, short exchange forwarded to OT
    lor, kath, jan = S["lorraine"], S["kath"], S["janelle"]
    d0 = rdate((2024, 9, 9), (2025, 5, 1), hh=10)
    d1 = later(d0, minutes=52)
    orig = (f"Kathleen - the delivery guy from Lakeshore Home Medical came at 9:20, 2 cases of the formula and a box of "
            f"extension sets + syringes for Lily Nakamura. I signed for them. Put them on the top shelf in the "
            f"health room closet with her name on the box. Packing slip is in her folder.\n"
            f"Also the chair cushion for her stander came, I left that in Janelle's room.\n-Lorraine")
    body = (f"Janelle, fyi below - Lily's cushion is in your room. Also can you look at how she's sitting for lunch "
            f"feeds? Lorraine says she's slumping by the end. Mom asked if we could try the wedge again.\n\n"
            f"Kathleen\n\n" + fwd_hdr(d0, f"{lor.name} <{lor.addr}>", f"{kath.name} <{kath.addr}>",
                                      "delivery for Lily N") + "\n\n" + orig)
    m = build(kath, jan, "Fwd: delivery for Lily N", d1, body)
    return m, "Lily Nakamura"


def care_8():
    # teacher on phone, name in subject
    kev, luis = S["kevin"], S["luis"]
    d0 = rdate((2024, 9, 16), (2025, 5, 30), hh=11)
    body = ("fyi marcus went home w/ dad at 10:40, dad signed him out at the front. "
            "he said you gave him the ice pack + a note for home. he'll be back tmrw per dad, "
            "missing the quiz so I'll let him make it up thurs\n\nSent from my iPhone")
    m = build(kev, luis, "Marcus Whitley - went home", d0, body)
    return m, "Marcus Whitley"


CARE = [care_1, care_2, care_3, care_4, care_5, care_6, care_7, care_8]


# ================================================================ PHI: ids
def ids_1():
    # Medicaid claim denial, no name
    sh = S["sheila"]
    ven = P("Corinne Haldane", "chaldane@kinetictherapygroup.com")
    d0 = rdate((2024, 11, 1), (2025, 3, 14), hh=14)
    mcid = medicaid_id()
    claim = f"2024{random.randint(100000000, 999999999)}"
    dos = [later(d0, days=-k) for k in (44, 37, 30)]
    body = (f"Hi Corinne,\n\nThe following came back on this week's 835:\n\n"
            f"  ICN/Claim #:   {claim}\n  Medicaid ID:   {mcid}\n  DOS:           "
            + ", ".join(short(x) for x in dos) +
            f"\n  Procedure:     92507 GN (x3)\n  Denial:        CO-16 / N286 - missing/invalid referring provider\n\n"
            f"It looks like the referral on file for this student expired in September and the new one never got "
            f"uploaded. Can your SLP get the signed referral to me by the 20th so I can resubmit inside the window? "
            f"Same problem as the one we fixed in October.\n\nThanks,\nSheila\n\n"
            f"{sh.name}\n{sh.title}\n{sh.site}, {DIST}\nP {sh.phone}  F {sh.fax}\n\n{DISCLAIMER}")
    m = build(sh, ven, f"Denial - claim {claim[-6:]}", d0, body)
    return m, ""


def ids_2():
    # student ID + DOB, registrar and nurse
    con, marc = S["connie"], S["marcus"]
    d0 = rdate((2024, 9, 3), (2024, 10, 31), hh=8)
    d1 = later(d0, hours=5)
    s_id = sid()
    dob = dob_for_grade(9)
    orig = (f"Connie, can you check the state registry for ID {s_id} (9th, transferred from Bayfield in Aug)? "
            f"DOB {mdY(dob)}. We still show only one MMR and no 2nd varicella. Mom says both were given at the county "
            f"clinic 8/21 before school started. Exclusion letter goes out Friday if I can't find it.\n\nMarcus")
    body = (f"Found it - 2nd MMR and varicella both entered 8/21/2024 by Larkin Co HD, lot #s are there. I printed "
            f"it and put it in your box. You can pull him off the exclusion list.\n\nConnie\n\n"
            + outlook_hdr(d0, f"{marc.name} <{marc.addr}>", f"{con.name} <{con.addr}>", "registry lookup") + "\n\n" + orig)
    m = build(con, marc, "RE: registry lookup", d1, body)
    return m, ""


def ids_3():
    # clinic about incomplete med authorization, MRN + DOB + initials
    clinic = P("BrightPath Pediatrics - Medical Records", "records@brightpathpeds.com")
    pr = S["priya"]
    d0 = rdate((2024, 8, 26), (2024, 12, 13), hh=10)
    dob = dob_for_grade(3)
    mrn = f"BP-{random.randint(40000, 99999):07d}"
    body = (f"Re: Patient E.S.   DOB {mdY(dob)}   MRN {mrn}\n\n"
            f"Good morning,\n\nWe received your fax of the school medication authorization form for the above patient. "
            f"Page 2 (prescriber signature and dosing section) did not come through. Please re-fax all pages to "
            f"(608) 555-0174 attn: Dr. Hollis' nurse, and we will return it within 2 business days.\n\n"
            f"Note: the parent signature must be on the same form. Forms without a parent signature will be returned.\n\n"
            f"Thank you,\nDeb M.\nMedical Records, BrightPath Pediatrics\n4410 Ridgeview Pkwy, Suite 200\n"
            f"Ph (608) 555-0173  Fax (608) 555-0174\n\n{DISCLAIMER2}")
    m = build(clinic, pr, "Incomplete fax received", d0, body)
    return m, "E.S."


def ids_4():
    # student accident insurance claim, DOB and claim number
    ins = P("Student Accident Claims", "claims@scholastic-benefit-admin.com")
    ter = S["terrell"]
    d0 = rdate((2024, 10, 7), (2024, 11, 22), hh=13)
    inc = earlier(d0, days=random.randint(9, 20))
    claim = f"SAI-25-{random.randint(1000, 9999):06d}"
    dob = dob_for_grade(10)
    body = (f"Claim Number: {claim}\nPolicy: CHUSD Interscholastic Athletics 2024-2025\n"
            f"Claimant DOB: {mdY(dob)}\nDate of Incident: {usd(inc)}\nSport: Football (JV)\n\n"
            f"Dear Athletic Trainer,\n\nWe have received an itemized bill from Mercy Valley Medical Center in the amount "
            f"of $2,148.60 for emergency department services and imaging on the date of incident above, plus a follow-up "
            f"from Lakeshore Orthopedics ($310.00). To process this claim we still need:\n\n"
            f"  1. The school incident/injury report signed by the coach or ATC\n"
            f"  2. The primary insurance EOB (or a statement that no other coverage exists)\n\n"
            f"Please reply with the documents attached or fax to (800) 555-0135. Claims without the incident report "
            f"within 90 days of the incident will be closed.\n\nSincerely,\nClaims Examiner Team 3\n"
            f"Scholastic Benefit Administrators\n\nPlease include the claim number on all correspondence.")
    m = build(ins, ter, f"Additional information needed - Claim {claim}", d0, body,
              headers={"X-Auto-Response-Suppress": "All"})
    return m, ""


def ids_5():
    # immunization registry help desk reply, case number + DOB + address
    reg = P("WIR Help Desk", "iis-helpdesk@stateimmunize-example.org")
    sarah = S["sarah"]
    d0 = rdate((2024, 9, 9), (2025, 1, 31), hh=11)
    d1 = later(d0, days=1, hours=2)
    case = f"VX-2025-{random.randint(10000, 99999)}"
    dob = dob_for_grade(0)
    street = f"{random.randint(10, 99)} Quarry Rd"
    orig = (f"Hello, we have a kindergartner whose record shows two separate client entries in the registry. "
            f"DOB {mdY(dob)}, address {street}, Cedar Hollow 53599, mother Rosa Delgado. One record has Hep B x3 and "
            f"DTaP x4, the other has the 4-5 yr boosters. Can these be merged so the school report reads complete?\n\n"
            f"Sarah Whitlock, RN\nCHUSD Health Services")
    body = (f"Case {case}\n\nHi Sarah,\n\nThe two client records for DOB {mdY(dob)} ({street}) were merged this morning. "
            f"The merged record shows HepB #3 on {mdY(dob + datetime.timedelta(days=190))}, DTaP #5 and IPV #4 on "
            f"{mdY(dob + datetime.timedelta(days=1850))}, MMR #2 and VAR #2 same date. The school compliance report "
            f"should refresh overnight.\n\nIf you see other duplicates please open a new case for each child.\n\n"
            f"Regards,\nT. Sundqvist\nImmunization Registry Help Desk\n\n" + on_wrote(d0, sarah.name, sarah.addr)
            + "\n" + quote(orig))
    m = build(reg, sarah, f"[Case {case}] Duplicate client merge - resolved", d1, body)
    return m, ""


def ids_6():
    # parent sends Medicaid number + SSN for billing consent, reply thread
    sh = S["sheila"]
    par = parent("Derrick", "Oyelaran", style=1)
    d0 = rdate((2024, 9, 23), (2024, 12, 6), hh=19)
    mcid = medicaid_id()
    ssn = f"{random.randint(401, 689)}-{random.randint(10, 99)}-{random.randint(1000, 9999)}"
    orig = (f"Good afternoon, to finish the consent for school-based Medicaid billing for your child's speech and OT "
            f"services we need the ForwardHealth ID number (10 digits on the card). If you do not have the card, the "
            f"child's SSN can be used to look it up.\n\nSheila Marchetti")
    body = (f"here it is, sorry for the delay. the card says {mcid}\n"
            f"and her social is {ssn} just in case. DOB you already have.\n"
            f"we signed the consent page and sent it back in her folder monday\n\nDerrick\n\n"
            + on_wrote(d0 - datetime.timedelta(days=3), sh.name, sh.addr) + "\n" + quote(orig))
    m = build(par, sh, "Re: Medicaid consent - information needed", d0, body)
    return m, ""


def ids_7():
    # dental program statement by account number, with PDF
    den = P("SmileMobile Dental Billing", "billing@smilemobile-dental.com")
    par = parent("Angela", "Ruiz", style=2)
    d0 = rdate((2025, 2, 3), (2025, 4, 30), hh=9)
    visit = earlier(d0, days=random.randint(20, 40))
    acct = str(random.randint(80000000, 89999999))
    bal = "45.00"
    body = (f"Account #: {acct}\nStatement date: {usd(d0)}\nAmount due: ${bal}\n\n"
            f"Thank you for participating in the SmileMobile school dental program. Your child was seen on the mobile "
            f"clinic at Whitfield Elementary on {usd(visit)} for an exam, cleaning, fluoride and sealants (4 teeth). "
            f"Your plan paid $186.00. The remaining copay of ${bal} is your responsibility.\n\n"
            f"Pay online at smilemobile-dental.com/pay with your account number, or call (877) 555-0160.\n\n"
            f"Questions about the treatment notes can be sent to records@smilemobile-dental.com.")
    pdf = pdf_bytes(["SmileMobile Dental - STATEMENT", "", f"Account: {acct}      Statement date: {usd(d0)}",
                     f"Guarantor: Angela Ruiz", "", "Date        Code    Description                 Charge   Ins Paid",
                     f"{usd(visit)}   D0120   Periodic oral evaluation     48.00    40.00",
                     f"{usd(visit)}   D1120   Prophylaxis - child          62.00    52.00",
                     f"{usd(visit)}   D1206   Fluoride varnish             31.00    26.00",
                     f"{usd(visit)}   D1351   Sealant x4                   90.00    68.00", "",
                     f"Balance due: ${bal}"])
    m = build(den, par, f"Your statement from SmileMobile Dental - Acct ending {acct[-4:]}", d0, body,
              atts=[(f"Statement_{acct}.pdf", pdf, "application/pdf")])
    return m, ""


def ids_8():
    # special ed case number; nursing assessment due
    greg, dana = S["greg"], S["dana"]
    d0 = rdate((2025, 1, 13), (2025, 3, 21), hh=15)
    case = f"SE-{random.randint(19, 23)}-{random.randint(1000, 9999):04d}"
    due = later(d0, days=18)
    body = (f"Dana,\n\nCase {case} has its 3-year reevaluation on {usd(due)} and the nursing health summary is still "
            f"blank in the IEP system. Case manager says the health history update form came back from home - "
            f"student failed the vision rescreen in Nov (20/50 both eyes) and parent reports new meds over winter "
            f"break. Can someone from your team get the summary in before the meeting? Hannah's SLP report is done.\n\n"
            f"Greg\n\n{greg.name}\n{greg.title}\n{greg.phone}")
    m = build(greg, dana, f"Nursing summary needed - {case}", d0, body, cc=[S["hannah"]])
    return m, ""


IDS = [ids_1, ids_2, ids_3, ids_4, ids_5, ids_6, ids_7, ids_8]


# ================================================================ PHI: lang
def lang_1():
    # Spanish: parent about noon medication; bilingual liaison reply
    car = S["carmen"]
    mom = P("Yesenia Herrera", "yesi.herrera84@fastpost.net")
    d0 = rdate((2024, 9, 3), (2025, 4, 11), hh=21)
    d1 = later(d0, hours=11, minutes=5)
    orig = ("Buenas noches enfermera,\n\nSoy la mamá de Ximena Herrera de 3er grado, con la maestra Lindgren. "
            "El doctor le cambió la medicina para la atención (metilfenidato) y ahora tiene que tomar una pastilla "
            "al mediodía en la escuela. Ya firmé la forma y el doctor también. ¿Puedo llevar el frasco mañana en la "
            "mañana? ¿Tiene que ser el frasco de la farmacia o puedo mandar unas pastillas en una bolsita?\n\n"
            "Otra cosa, Ximena dice que a veces le duele la cabeza en la tarde, no sé si es por la medicina. "
            "Si le pasa en la escuela por favor avíseme.\n\nGracias,\nYesenia Herrera\nCel. " + phone())
    body = ("Buenos días Sra. Herrera,\n\nLe contesto de parte de la enfermera Priya Raman. Sí, puede traer la "
            "medicina mañana, pero tiene que venir en el frasco original de la farmacia con la etiqueta que tenga el "
            "nombre de Ximena y la dosis. No podemos aceptar pastillas en bolsitas. Por favor entréguela usted o otro "
            "adulto en la oficina de salud, no la mande en la mochila.\n\n"
            "La enfermera va a anotar si Ximena viene con dolor de cabeza y le va a llamar. También le recomienda "
            "comentarlo con el doctor.\n\nSaludos,\n\n" + car.name + "\nEnlace Bilingüe para Familias / Bilingual Family Liaison\n"
            + car.phone + "\n\n" + on_wrote(d0, mom.name, mom.addr) + "\n" + quote(orig))
    m = build(car, mom, "RE: medicina de Ximena en la escuela", d1, body, cc=[S["priya"]])
    return m, "Ximena Herrera"


def lang_2():
    # Vietnamese: parent about Tdap / MenACWY, scan attached
    luis = S["luis"]
    mom = P("Nguyễn Thị Hạnh", "hanh.nguyen.tx@mailcity.net")
    d0 = rdate((2024, 9, 9), (2024, 10, 18), hh=7)
    body = ("Chào thầy y tá Luis,\n\n"
            "Tôi là mẹ của em Trần Minh Khoa, học lớp 7 trường Lakeview. Hôm qua cháu mang về thư nói là cháu còn "
            "thiếu mũi Tdap và mũi ngừa viêm màng não (MenACWY), nếu không bổ sung thì cháu sẽ không được đi học "
            "từ ngày 15.\n\n"
            "Cháu đã chích cả hai mũi ở phòng khám bác sĩ Lê Văn Tâm ngày 12 tháng 8 rồi ạ. Tôi gửi kèm hình giấy "
            "chích ngừa của phòng khám. Xin thầy cập nhật giúp để cháu không bị nghỉ học.\n\n"
            "Cháu cũng bị dị ứng với penicillin, tôi không biết trường đã có thông tin này chưa.\n\n"
            "Cảm ơn thầy nhiều.\nNguyễn Thị Hạnh\nĐT: " + phone() + "\n\nGửi từ điện thoại của tôi")
    m = build(mom, luis, "Chích ngừa của Trần Minh Khoa lớp 7", d0, body,
              atts=[("giay_chich_ngua_Khoa.png", blank_scan_png(), "image/png")])
    return m, "Trần Minh Khoa"


def lang_3():
    # Chinese: new student, nut allergy
    pr = S["priya"]
    mom = P("陈静", "chenjing.li@example.net")
    d0 = rdate((2024, 8, 19), (2024, 9, 13), hh=22)
    body = ("Raman护士您好：\n\n"
            "我是一年级新生李子涵（英文名 Lily Li，Whitfield小学，Kowalski老师班）的妈妈。"
            "子涵对花生和坚果严重过敏。去年在幼儿园吃了含坚果的饼干以后，全身起疹子、嘴唇肿，还去了急诊。"
            "医生给她开了肾上腺素笔（EpiPen Jr 0.15mg）。\n\n"
            "请问学校需要我填什么表格？我明天早上可以送两支笔到学校吗？"
            "另外她中午在学校吃午饭，能不能安排她坐在无坚果的桌子？"
            "她也有一点哮喘，平时用的吸入器需要也放在学校吗？\n\n"
            "谢谢您！\n陈静（子涵妈妈）\n电话：" + phone() + "\n微信同号")
    m = build(mom, pr, "李子涵 过敏 / EpiPen 问题", d0, body)
    return m, "李子涵 (Lily Li)"


def lang_4():
    # Haitian Creole: sent home with fever; nurse reply in Creole
    kath = S["kath"]
    mom = P("Marie-Claude Baptiste", "mcbaptiste@riverlink.net")
    d0 = rdate((2024, 10, 14), (2025, 3, 7), hh=7)
    d1 = later(d0, minutes=48)
    orig = ("Bonjou Mis,\n\nSe manman Woodley Baptiste mwen ye, li nan klas 2yèm ane Madam Sorensen. Yè ou te voye l "
            "lakay paske li te gen lafyèv 101. Depi yè swa li pa gen lafyèv ankò, men li toujou ap touse yon ti kras "
            "e nen l ap koule. Mwen te ba li Tylenol yè swa a 9è. Èske li ka retounen lekòl jodi a? Mwen dwe al "
            "travay a 8è.\n\nMèsi anpil,\nMarie-Claude")
    body = ("Bonjou Madam Baptiste,\n\nMèsi pou mesaj la. Dapre règleman lekòl la, Woodley dwe rete san lafyèv "
            "pandan 24 èdtan SAN medikaman (san Tylenol, san Motrin) anvan li retounen. Paske li te pran Tylenol a 9è "
            "yè swa, li pa ka vini jodi a. Si demen maten li pa gen lafyèv e li pa pran medikaman, li ka retounen.\n\n"
            "Si w bezwen yon papye pou travay ou, rele biwo a.\n\n"
            "Kathleen O'Rourke, LPN\nJuniper Ridge Elementary\n" + kath.phone + "\n\n"
            + on_wrote(d0, mom.name, mom.addr) + "\n" + quote(orig))
    m = build(kath, mom, "Re: Woodley - lafyèv", d1, body)
    return m, "Woodley Baptiste"


def lang_5():
    # Russian: asthma inhaler self-carry, form attached (PDF)
    luis = S["luis"]
    mom = P("Ольга Иванова", "olga.ivanova77@homeinbox.net")
    d0 = rdate((2024, 9, 16), (2025, 2, 28), hh=18)
    body = ("Здравствуйте, Луис!\n\n"
            "Я мама Дарьи Ивановой, 8 класс (классный руководитель мистер Данбар). У Даши астма, врач сказал, что перед "
            "физкультурой ей нужно делать два вдоха ингалятора (альбутерол). Ингалятор у неё в рюкзаке, но учитель "
            "физкультуры сказал, что нужно разрешение от школьной медсестры. Форму от врача я прикладываю.\n\n"
            "Можно ли ей носить ингалятор с собой? И ещё: в прошлый четверг ей стало плохо после бега на улице, "
            "она долго кашляла, но мне никто не позвонил. Пожалуйста, сообщайте мне в таких случаях.\n\n"
            "С уважением,\nОльга Иванова\nтел. " + phone())
    dob = dob_for_grade(8)
    pdf = pdf_bytes(["CEDAR HOLLOW USD - ASTHMA MEDICATION SELF-CARRY AUTHORIZATION", "",
                     f"Student: Daria Ivanova        DOB: {mdY(dob)}       School: Lakeview MS   Gr: 8",
                     "Medication: albuterol HFA 90 mcg/actuation",
                     "Dose: 2 puffs 15 min before exercise; 2 puffs q4h PRN cough/wheeze",
                     "Student may self-carry and self-administer: YES",
                     "Prescriber: Irina Volkova, MD   Lakeshore Family Medicine   Ph (608) 555-0177",
                     f"Prescriber signature on file   Date: {usd(earlier(d0, days=4))}",
                     "Parent/Guardian: Olga Ivanova  (signed)"])
    m = build(mom, luis, "Даша Иванова - ингалятор на физкультуре", d0, body,
              atts=[("self_carry_form.pdf", pdf, "application/pdf")])
    return m, "Daria Ivanova"


def lang_6():
    # Arabic: Ramadan fasting with type 1 diabetes
    luis = S["luis"]
    dad = P("سامي حداد", "sami.haddad@pinemail.com")
    d0 = mkdate(2025, 2, random.randint(17, 26), 20)
    while d0.weekday() > 4:
        d0 = later(d0, days=1)
    body = ("السلام عليكم الأستاذ لويس،\n\n"
            "أنا سامي حداد، والد الطالب يوسف حداد في الصف السادس. كما تعلمون ابني مصاب بالسكري من النوع الأول "
            "ويأخذ الأنسولين قبل الغداء في غرفة الممرضة.\n\n"
            "شهر رمضان سيبدأ في بداية الشهر القادم ويوسف يريد أن يصوم هذه السنة. تحدثنا مع طبيبه الدكتور ناصر "
            "وقال إنه يمكنه أن يحاول الصيام بشرط فحص السكر كل ثلاث ساعات، وإذا كان السكر أقل من ٧٠ أو أكثر من ٣٠٠ "
            "يجب أن يفطر فوراً. سيتم تغيير جرعة الأنسولين، وسأرسل لكم ورقة الطبيب الجديدة يوم الاثنين.\n\n"
            "أرجو أن يبقى يوسف في غرفة الممرضة وقت الغداء بدلاً من الكافتيريا، وأن تتصلوا بي أو بوالدته إذا حدث أي شيء.\n\n"
            "شكراً جزيلاً لكم\nسامي حداد\n" + phone())
    m = build(dad, luis, "يوسف حداد - الصيام في رمضان", d0, body, cc=[S["carmen"]])
    return m, "يوسف حداد (Yusuf Haddad)"


def lang_7():
    # Portuguese: glasses after vision screening, form attached (docx)
    jan_site_nurse = S["priya"]
    mom = P("Fernanda Duarte", "fe.duarte@northwoodsmail.com")
    d0 = rdate((2024, 10, 21), (2025, 1, 31), hh=13)
    body = ("Olá, boa tarde!\n\n"
            "Sou a mãe do Gabriel Duarte, do 2º ano (turma da professora Sorensen). Recebi a carta da triagem de visão "
            "dizendo que ele não passou no teste do olho esquerdo. Levei ele no oftalmologista ontem e ele vai precisar "
            "usar óculos. Os óculos ficam prontos em mais ou menos duas semanas.\n\n"
            "O médico pediu que ele sente na frente da sala até lá, porque ele não está enxergando bem o quadro. "
            "Anexei o formulário que o médico preencheu.\n\n"
            "Desculpe o meu inglês no formulário rsrs. Qualquer coisa pode me mandar mensagem.\n\n"
            "Obrigada,\nFernanda Duarte\n" + phone())
    doc = docx_bytes(["**Cedar Hollow USD - Vision Screening Referral: Eye Care Professional Report**",
                      "Student name: Gabriel Duarte     Grade: 2     School: Whitfield Elementary",
                      "Screening result: Refer - left eye 20/50, right eye 20/25",
                      f"Date of exam: {usd(earlier(d0, days=1))}",
                      "Findings: anisometropia, OS > OD. Glasses prescribed for full-time wear.",
                      "Recommendations: preferential seating near board until glasses dispensed. Recheck 6 months.",
                      "Examiner: Dr. Helena Strom, OD - Clearview Family Eye Care (608) 555-0191",
                      "Parent signature: Fernanda Duarte"])
    m = build(mom, jan_site_nurse, "Gabriel Duarte - óculos / vision form", d0, body,
              atts=[("vision_form_Gabriel.docx", doc,
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
    return m, "Gabriel Duarte"


def lang_8():
    # Tagalog / Taglish: seizure last night, rescue med
    kath = S["kath"]
    mom = P("Jocelyn Santos", "joce.santos@example.com")
    d0 = rdate((2024, 9, 9), (2025, 5, 23), hh=6)
    body = ("Hi Ma'am Kathleen, good morning po.\n\n"
            "Si mommy po ito ni Andrea Santos, grade 1 (kay Ms. Petrakis). Nagkaroon po siya ng seizure kagabi sa bahay "
            "mga 9pm, mga 2 minutes lang po, tapos dinala namin sa ER ng Mercy Valley. Okay naman na po siya, pinauwi "
            "na rin kami ng mga 3am. Pinapa-schedule kami ng neurologist sa Children's next week.\n\n"
            "Papasok po siya today pero baka antukin po siya at wala pang masyadong tulog. Paki-tawagan po ako agad kung "
            "may mangyari ulit. Yung rescue med niya (Valtoco) nandyan pa rin po ba sa clinic? Hindi pa naman po expired "
            "diba?\n\nSalamat po!\nJocelyn Santos\n" + phone() + "\n\nSent from my Galaxy")
    m = build(mom, kath, "Andrea Santos - seizure kagabi", d0, body)
    return m, "Andrea Santos"


LANG = [lang_1, lang_2, lang_3, lang_4, lang_5, lang_6, lang_7, lang_8]


# ================================================================ PHI: lists
def _kids(n, grade_choices):
    out = []
    for _ in range(n):
        f, l, sx = student()
        g = random.choice(grade_choices)
        out.append({"first": f, "last": l, "sex": sx, "grade": g, "dob": dob_for_grade(g), "id": sid()})
    return out


def lists_1():
    # immunization exclusion list as CSV, cover note only
    sarah, omar = S["sarah"], S["omar"]
    d0 = rdate((2024, 10, 1), (2024, 10, 11), hh=15)
    excl = later(d0, days=10)
    kids = _kids(9, [6, 7, 8])
    missing = ["Tdap", "MenACWY", "Tdap; MenACWY", "MMR #2", "Varicella #2", "HepB #3", "Polio #4",
               "MenACWY", "Tdap"]
    rows = [["StudentID", "Last", "First", "Grade", "DOB", "Missing", "Letter1_Sent", "Letter2_Sent",
             "Parent_Phone", "Notes"]]
    for k, mis in zip(kids, missing):
        note = random.choice(["", "mom says appt 10/15", "waiver form requested", "LVM x2",
                              "new to district", "", "Spanish - Carmen calling", ""])
        rows.append([k["id"], k["last"], k["first"], k["grade"], mdY(k["dob"]), mis,
                     usd(earlier(d0, days=21)), usd(earlier(d0, days=7)), phone(), note])
    body = (f"Omar,\n\nAttached is the updated list for Lakeview of students who are still out of compliance "
            f"after the second letter. Per board policy 5320 the exclusion date is {usd(excl)}. Luis and Carmen "
            f"are making calls this week and the county is running a walk-in clinic in the cafeteria on "
            f"{usd(later(d0, days=5))} 2:30-5:30 so a lot of these should drop off.\n\n"
            f"Please don't forward the spreadsheet outside the office/attendance team.\n\n"
            + sig(sarah, 2, disc=True))
    m = build(sarah, omar, "Lakeview - immunization exclusion list (2nd notice)", d0, body,
              cc=[S["luis"], S["connie"]],
              atts=[(f"Lakeview_noncompliant_{d0:%m%d}.csv", csv_text(rows), "text/csv")])
    return m, "; ".join(f"{k['first']} {k['last']}" for k in kids)


def lists_2():
    # vision screening referrals typed into body, aligned with spaces
    pr = S["priya"]
    aide = S["yolanda"]
    d0 = rdate((2024, 10, 7), (2024, 11, 15), hh=14)
    kids = _kids(7, [1, 3, 5])
    rows = [["Student", "Gr", "Teacher", "R", "L", "Result", "Letter"]]
    teachers = {1: "Petrakis", 3: "Lindgren", 5: "Kowalski"}
    acu = ["20/20", "20/25", "20/32", "20/40", "20/50", "20/63"]
    for k in kids:
        r, l = random.choice(acu[2:]), random.choice(acu)
        rows.append([f"{k['last']}, {k['first']}", str(k["grade"]), teachers[k["grade"]], r, l,
                     "REFER", random.choice(["sent", "sent", "Spanish - sent", "need addr"])])
    body = (f"Yolanda - here are the rescreen fails from Tues. Letters for everyone marked 'sent' went home in "
            f"Friday folders. The 'need addr' one bounced, can you check the SIS for a new address?\n\n"
            + table(rows) +
            f"\n\nAlso {kids[2]['first']} wears glasses but didn't have them - I marked refer anyway, mom can send the "
            f"eye dr form if they're current.\n\nP.\n\n" + sig(pr, 0))
    m = build(pr, aide, "vision rescreen refers - grades 1/3/5", d0, body)
    return m, "; ".join(f"{k['first']} {k['last']}" for k in kids)


def lists_3():
    # field-trip / bus roster with health needs, pipe table
    teacher = S["kevin"]
    luis = S["luis"]
    d0 = rdate((2025, 4, 14), (2025, 5, 16), hh=7)
    d1 = later(d0, hours=3)
    kids = _kids(6, [7])
    needs = [("peanut/tree nut", "EpiPen x2 - nurse pack"), ("asthma", "own inhaler, self-carry"),
             ("T1 diabetes", "CGM, snacks, insulin pen - aide"), ("bee sting", "EpiPen x2 - nurse pack"),
             ("ADHD med", "noon dose, envelope"), ("motion sickness", "parent sent Dramamine form")]
    rows = [["Student", "Bus", "Need", "What goes on the trip"]]
    for k, (n, w) in zip(kids, needs):
        rows.append([f"{k['first']} {k['last'][0]}.", str(random.choice([1, 2])), n, w])
    orig = (f"Luis, final health list for the 7th grade Discovery World trip. Pls check I didn't miss anyone.\n\n"
            + pipe_table(rows) + "\n\nKevin")
    body = (f"You missed {kids[0]['first']}'s second pen - both pens have to go, they're in one bag. Otherwise "
            f"good. Med envelope + trip log will be in the health room at 7:45, whoever signs it out carries it "
            f"all day. {kids[2]['first']}'s aide has the numbers for mom.\n\nLuis\n\n"
            + on_wrote(d0, teacher.name, teacher.addr) + "\n" + quote(orig))
    m = build(luis, teacher, "Re: trip health list", d1, body)
    return m, "; ".join(f"{k['first']} {k['last'][0]}." for k in kids)


def lists_4():
    # Medicaid SBS billing log XLSX attached
    sh = S["sheila"]
    hannah = S["hannah"]
    d0 = rdate((2024, 11, 4), (2025, 4, 18), hh=16)
    kids = _kids(8, [1, 2, 3, 4, 5, 6])
    rows = [["Last Name", "First Name", "DOB", "Medicaid ID", "IEP Service", "CPT", "Units", "DOS",
             "Provider", "Note Signed", "Parent Consent", "Status"]]
    svc = [("Speech/Language", "92507"), ("Speech/Language", "92507"), ("OT", "97530"), ("PT", "97110"),
           ("Nursing - catheterization", "T1002"), ("Speech/Language - group", "92508")]
    prov = {"92507": "H. Liu", "92508": "H. Liu", "97530": "J. Foster", "97110": "B. Okoro", "T1002": "K. O'Rourke"}
    for k in kids:
        s, cpt = random.choice(svc)
        for _ in range(random.randint(1, 2)):
            dos = earlier(d0, days=random.randint(3, 27))
            rows.append([k["last"], k["first"], mdY(k["dob"]), medicaid_id(), s, cpt,
                         random.choice([1, 2, 2, 3]), mdY(dos.date()), prov[cpt],
                         random.choice(["Y", "Y", "Y", "N"]), random.choice(["Y", "Y", "Y", "expired"]),
                         random.choice(["OK", "OK", "OK", "REJ - note unsigned", "REJ - consent", "REJ - units > IEP"])])
    body = (f"Hi Hannah,\n\nHere's the {MONTHS[d0.month-2 if d0.month > 1 else 11]} log back from the vendor with "
            f"the rows that failed edits highlighted in the Status column. Mostly unsigned session notes and two "
            f"expired consents. Can you clean up your caseload rows by Friday? I'll send Janelle and Ben theirs "
            f"separately.\n\nSheila\n\n{sh.name} | {sh.title}\n{sh.phone}\n\n{DISCLAIMER}")
    m = build(sh, hannah, "SBS billing log - corrections needed", d0, body,
              atts=[("SBS_log_corrections.xlsx", xlsx_bytes(rows, "Log"),
                     "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
    return m, "; ".join(f"{k['first']} {k['last']}" for k in kids)


def lists_5():
    # "Name - DOB - reason" lines for sub nurse
    dana, tam = S["dana"], S["tamsin"]
    d0 = rdate((2024, 12, 2), (2025, 3, 28), hh=17)
    kids = _kids(6, [0, 1, 2, 3, 4, 5])
    reasons = ["peanut allergy - EpiPen Jr x2 in red bin, classroom pen in Ms. Romero's desk",
               "bee sting allergy - EpiPen x2, field day = nurse carries",
               "seizures - Valtoco 10mg in locked drawer, seizure plan on wall",
               "T1D - Omnipod, Dexcom follows on the health room iPad, glucagon in kit",
               "asthma - albuterol + spacer in health room, gets 2 puffs before PE Tues/Thurs",
               "shellfish + egg allergy - EpiPen x2, eats at the allergy table"]
    lines = [f"{k['first']} {k['last']} - {mdY(k['dob'])} - {r}" for k, r in zip(kids, reasons)]
    body = (f"Tamsin,\n\nYou're at Juniper Ridge Weds-Fri while Kathleen is out. These are the ones to know "
            f"before the first bell, the rest is in the health module:\n\n" + "\n".join(lines) +
            f"\n\nLorraine knows all of them well and can show you where everything is. Stock epi is in the AED "
            f"cabinet by the gym.\n\nThanks!\nDana")
    m = build(dana, tam, "Juniper Ridge this week - kids to know", d0, body)
    return m, "; ".join(f"{k['first']} {k['last']}" for k in kids)


def lists_6():
    # tab-separated paste from spreadsheet: diabetes care schedule at high school
    marc, ter = S["marcus"], S["terrell"]
    d0 = rdate((2024, 8, 26), (2024, 9, 20), hh=12)
    kids = _kids(5, [9, 10, 11, 12])
    hdr = ["Name", "Gr", "Device", "Checks", "Sport", "Low snack in"]
    rows = [hdr]
    devices = ["Omnipod 5 / Dexcom G7", "pens / Libre 3", "t:slim / Dexcom G6", "MDI / fingersticks",
               "Medtronic 780G"]
    for k, dev in zip(kids, devices):
        rows.append([f"{k['first']} {k['last']}", str(k["grade"]), dev,
                     random.choice(["before lunch, before practice", "self - texts me >250 or <70",
                                    "lunch + 2:30", "before practice only"]),
                     random.choice(["XC", "volleyball", "soccer", "football", "none", "swim"]),
                     random.choice(["locker room kit", "ATC bag", "backpack", "health office"])])
    paste = "\n".join("\t".join(r) for r in rows)
    body = (f"Terrell - copied from my tracking sheet, these are the kids with diabetes this fall and what they "
            f"use. Anyone in a fall sport should have a kit in your bag too. Let's meet before the XC meet "
            f"Thursday to go over the glucagon.\n\n{paste}\n\nMarcus\n\n" + sig(marc, 2))
    m = build(marc, ter, "T1D athletes - fall", d0, body)
    return m, "; ".join(f"{k['first']} {k['last']}" for k in kids)


def lists_7():
    # concussion return-to-learn tracker buried in a forwarded thread
    nina, marc, ter = S["nina"], S["marcus"], S["terrell"]
    d0 = rdate((2024, 10, 7), (2024, 11, 22), hh=10)
    d1 = later(d0, hours=4)
    d2 = later(d1, days=1, hours=-2)
    kids = _kids(5, [9, 10, 11, 12])
    stages = ["Stage 2 - half days, no tests", "Stage 3 - full days, extended time",
              "Stage 1 - home, symptoms", "Cleared RTL, RTP steps w/ ATC", "Stage 2 - half days, sunglasses ok"]
    lines = [f"- {k['last']}, {k['first']} ({k['grade']}) - inj {short(earlier(d0, days=random.randint(3, 25)))} - {s}"
             for k, s in zip(kids, stages)]
    first = (f"Current return-to-learn list. Please share accommodations w/ teachers but not the injury details.\n\n"
             + "\n".join(lines) + "\n\nTerrell")
    second = (f"Thanks - can we add a column for which counselor? I'll take the 10th/11th graders.\n\nMarcus")
    body = (f"Nina, see below - you have a couple of these on your caseload. Can you check in with teachers "
            f"on the half-day schedules?\n\nMarcus\n\n"
            + outlook_hdr(d1, f"Bell, Marcus <{marc.addr}>", f"Jameson, Terrell <{ter.addr}>",
                          "RE: RTL list", cc=None) + "\n\n" + second + "\n\n"
            + outlook_hdr(d0, f"Jameson, Terrell <{ter.addr}>", f"Bell, Marcus <{marc.addr}>", "RTL list")
            + "\n\n" + first)
    m = build(marc, nina, "FW: RTL list", d2, body)
    return m, "; ".join(f"{k['first']} {k['last']}" for k in kids)


LISTS = [lists_1, lists_2, lists_3, lists_4, lists_5, lists_6, lists_7]


# ================================================================ PHI: names
def names_1():
    # nurse to teacher, first name only with low blood sugar details
    pr = S["priya"]
    t = st("Dominique Sandoval", "3rd Grade", "Whitfield Elementary", "(608) 555-0160")
    d0 = rdate((2024, 9, 9), (2025, 5, 30), hh=10)
    body = (f"Hi Dominique,\n\nJaylen was 58 when he came down at 10:15. Treated with 4 oz juice + crackers, "
            f"recheck at 10:30 was 84 and he said he felt fine so I sent him back. He didn't eat much breakfast per "
            f"mom. Please let him keep the snack bag on his desk today and send him down right away if he gets "
            f"shaky or grumpy - don't send him alone, send a buddy.\n\nI called mom and left a message.\n\n"
            f"Thanks!\nPriya")
    m = build(pr, t, "Jaylen this AM", d0, body)
    return m, "Jaylen"


def names_2():
    # Mrs. X called; Theo after surgery
    kath = S["kath"]
    pe = st("Scott Brandvold", "Physical Education", "Juniper Ridge Elementary", "(608) 555-0185")
    tch = st("Megan Sorensen", "2nd Grade", "Juniper Ridge Elementary", "(608) 555-0183")
    d0 = rdate((2024, 10, 7), (2025, 4, 30), hh=8)
    body = (f"Morning both -\n\nMrs. Delacroix called. Theo had his tonsils and adenoids out on Friday and will be "
            f"out through Wednesday. When he's back: no PE or recess running for 2 weeks per the surgeon (note is "
            f"coming), lots of water, and he can come to me for popsicles from the health room freezer if his "
            f"throat hurts. He may sound a little funny for a while, that's normal.\n\nScott, can he do a walking "
            f"job or scorekeeping during PE?\n\nKathleen\n\nKathleen O'Rourke, LPN\nJuniper Ridge Health Office\n{kath.phone}")
    m = build(kath, [tch, pe], "Theo D - back Thursday, no PE", d0, body)
    return m, "Theo Delacroix"


def names_3():
    # Last, First in subject, seizure plan update, thread with neuro office
    luis = S["luis"]
    neuro = P("Ilse Varga, RN", "ivarga@childrensneuro-partners.org")
    d0 = rdate((2024, 9, 23), (2025, 4, 4), hh=11)
    d1 = later(d0, hours=1, minutes=12)
    orig = (f"Luis,\n\nAs discussed, Dr. Amin updated Khanh's plan at the visit yesterday. Rescue medication is "
            f"changing from rectal diazepam to Nayzilam 5 mg nasal for any seizure lasting over 5 minutes or 3 in an "
            f"hour. Daily meds are unchanged (Keppra 500 BID, both doses at home). Signed plan and school "
            f"medication order attached - please have mom sign the parent section.\n\nIlse Varga, RN\n"
            f"Children's Neurology Partners | (608) 555-0127")
    body = (f"Thanks Ilse, got it. Mom is bringing the new spray Monday and I'll retrain the staff at Lakeview who "
            f"are on his plan (homeroom, PE, 2 office staff). I'll send the old diazepam home with her.\n\n"
            f"Luis Ferreira, RN\nLakeview Middle School\n{luis.phone} | fax {luis.fax}\n\n"
            + on_wrote(d0, neuro.name, neuro.addr) + "\n" + quote(orig))
    m = build(luis, neuro, "RE: Pham, Khanh - seizure action plan update", d1, body, cc=[S["dana"]])
    return m, "Khanh Pham"


def names_4():
    # nickname; kindergarten teacher on phone
    al, pr = S["alicia"], S["priya"]
    d0 = rdate((2024, 10, 1), (2025, 3, 14), hh=9)
    body = ("Priya can you come get Izzy from my room or send Yolanda? she threw up at the carpet, twice. "
            "she says her tummy hurts and she's really pale. I moved the other kids to the library corner.\n"
            "mom's # is on the card I think\n\n-A\n\nSent from my iPad")
    m = build(al, pr, "Izzy", d0, body)
    return m, "Izzy"


def names_5():
    # name only in quoted part
    pr = S["priya"]
    mom = parent("Courtney", "Quinlan", style=3)
    d0 = rdate((2024, 11, 4), (2025, 3, 28), hh=19)
    d1 = later(d0, hours=12, minutes=30)
    orig = ("Hi - can Harper Quinlan come back to school tomorrow? She was diagnosed with strep Monday at urgent "
            "care and started the amoxicillin Monday night. No fever since yesterday morning. I have the urgent care "
            "note if you need it.\nThanks, Courtney")
    body = ("Yes, she can come back tomorrow - she's had more than 24 hours of antibiotics and no fever. "
            "Please send the note in her folder. She doesn't need any doses at school if it's twice a day.\n\n"
            "Priya Raman, RN\nWhitfield Elementary\n" + pr.phone + "\n\n" + on_wrote(d0, mom.name, mom.addr) + "\n"
            + quote(orig))
    m = build(pr, mom, "Re: tomorrow?", d1, body)
    return m, "Harper Quinlan"


def names_6():
    # teacher worry -> nurse, two-level thread with counselor
    kev = S["kevin"]
    marc, nina = S["marcus"], S["nina"]
    tch = st("Allison Ferro", "English 10", "Cedar Hollow High School", "(608) 555-0300")
    d0 = rdate((2024, 10, 14), (2025, 4, 11), hh=15)
    d1 = later(d0, hours=2)
    orig = (f"Hi Marcus,\n\nNot sure who to tell about this. Chloe B. in my 4th period has lost a lot of weight since "
            f"September and I never see her eat - she spends lunch in my room and just has a water bottle. Today she "
            f"got dizzy standing up at the end of class. She's a great kid and I don't want to make it a big thing, "
            f"but I'm worried.\n\nAllison")
    body = (f"Allison, thank you for telling me, this is exactly right. I'm aware of Chloe Brennan and her family "
            f"is working with an outpatient program - she's supposed to have a morning snack with me and lunch with "
            f"a support person, and it sounds like lunch isn't happening. I'm copying Nina so we can set that up "
            f"again. Please don't comment on her weight or food to her; just send her to me if she's dizzy.\n\n"
            f"Marcus\n\n" + on_wrote(d0, tch.name, tch.addr) + "\n" + quote(orig) + "\n\n" + DISCLAIMER)
    m = build(marc, tch, "RE: worried about a student", d1, body, cc=[nina])
    return m, "Chloe Brennan"


def names_7():
    # SLP to OT + audiologist issue, "Ethan" and last name
    han, jan = S["hannah"], S["janelle"]
    d0 = rdate((2025, 1, 13), (2025, 3, 7), hh=12)
    body = (f"Hey Janelle,\n\nTwo things re: Ethan Marsh -\n\n1) his IEP meeting moved to 2/19 at 3:15, room 108.\n"
            f"2) his hearing aids have been dead most of this week (both), and the FM system receiver is missing. "
            f"Dad says the audiology appt at Children's is 2/3 and they'll bring the spare batteries Monday. In the "
            f"meantime I've been doing sessions in the small room with no fan. You might want to do the same - he was "
            f"pretty lost in the gym on Tuesday.\n\nThanks!\nH\n\n{han.name}, {han.title}\nSpeech-Language Pathologist")
    m = build(han, jan, "Ethan M", d0, body)
    return m, "Ethan Marsh"


def names_8():
    # name in subject line only; body just "he"; ortho note attached as pdf
    jen = S["jen"]
    omar = S["omar"]
    luis = S["luis"]
    d0 = rdate((2024, 9, 16), (2025, 5, 16), hh=13)
    body = ("Luis,\n\nMom dropped off the attached at the front desk. He'll need the elevator key and a scribe "
            "for 6 weeks. Can you update the health plan and let his teachers know? I'll get the key from Facilities.\n\n"
            "Omar\n\n" + sig(omar, 2))
    pdf = pdf_bytes(["LAKESHORE ORTHOPEDICS & SPORTS MEDICINE", "2210 Hanover Rd, Cedar Hollow   (608) 555-0195", "",
                     "SCHOOL / WORK NOTE", "",
                     f"Date: {usd(earlier(d0, days=1))}",
                     "Patient was seen in our office today. Right distal radius fracture, short arm cast applied.",
                     "Restrictions x 6 weeks: no PE, no recess contact play. Elevator use OK.",
                     "Needs a scribe or keyboard accommodation for written work (dominant hand).",
                     "Follow-up in 2 weeks for cast check.", "", "Mark Ellery, PA-C"])
    m = build(omar, luis, "Tyler Grayson - cast / elevator", d0, body, atts=[("school_note.pdf", pdf, "application/pdf")])
    return m, "Tyler Grayson"


NAMES = [names_1, names_2, names_3, names_4, names_5, names_6, names_7, names_8]


# ================================================================ PHI: self
def self_1():
    # teacher to HR about her own surgery / leave, personal address
    tasha = S["tasha"]
    me = P("Beth Kowalski", "bethkowalski.home@riverlink.net")
    d0 = rdate((2025, 1, 6), (2025, 2, 14), hh=20)
    body = ("Hi Tasha,\n\nI'm writing from my home email, hope that's ok. My knee replacement is finally scheduled "
            "for March 3 at Lakeshore Ortho (Dr. Ellery) and they're saying 6-8 weeks before I can be back in the "
            "classroom, with PT three times a week after that. I'd like to start the FMLA paperwork and figure out "
            "how my sick days and the sick bank work with short-term disability.\n\n"
            "Also - my surgeon's office asked whether my district plan needs a pre-auth for the surgery or if they "
            "handle that. My member ID is on the card as CHU" + str(random.randint(1000000, 9999999)) + ".\n\n"
            "Can we meet after school one day next week? Anything but Wednesday.\n\nThanks so much,\nBeth Kowalski\n"
            "5th grade, Whitfield")
    m = build(me, tasha, "FMLA - knee surgery in March", d0, body)
    return m, "Beth Kowalski"


def self_2():
    # bus driver, TB test reading, from phone
    dana = S["dana"]
    me = P("Ron Tipton", "rtipton61@pinemail.com")
    d0 = rdate((2024, 8, 19), (2024, 9, 20), hh=15)
    body = ("got my TB skin test put in monday at the staff clinic but I cant get back weds for the reading, I have "
            "the field trip route. can I come thurs morning before my run or is that too late? my arm is a little red "
            "but not swollen. dont want to have to do it all over again\n\nRon Tipton\nbus 14\n\nSent from my Verizon, Samsung Galaxy smartphone")
    m = build(me, dana, "tb test", d0, body)
    return m, "Ron Tipton"


def self_3():
    # 18-yo senior, own immunization record for college, lower case
    marc = S["marcus"]
    me = P("maya kaur", "mayakaur.06@example.com")
    d0 = rdate((2025, 3, 3), (2025, 5, 30), hh=22)
    d1 = later(d0, hours=10)
    orig = ("hi mr bell, i need my shot records for college (northland state) by june 1. their portal says im missing "
            "the meningitis booster and the MenB. i think i got the booster at my 16 yr checkup?? also i had "
            "chickenpox when i was little so do i still need varicella? my dob is "
            + mdY(dob_for_grade(12)) + "\n\nthanks\nmaya")
    body = ("Hi Maya,\n\nYour record in the state registry shows MenACWY #2 on 9/14/2023, so you have the booster - "
            "I printed the certificate and it's in an envelope with your name at the front desk of the health office. "
            "MenB isn't required by us, but your college may recommend it; you can get it at your doctor or the "
            "county clinic. For chickenpox, you'd need a doctor's note of history of disease or a blood test, or "
            "just get the 2 doses - call your clinic.\n\nMr. Bell\n\n" + on_wrote(d0, "maya kaur", me.addr) + "\n"
            + quote(orig))
    d2 = later(d1, hours=6, minutes=20)
    top = ("omg thank u!! ill grab it tmrw before 1st hour. do i need the MenB before i move in or can i get it "
           "there? my mom says our insurance changed in jan so idk if the clinic takes it\n\nmaya\n\n"
           "Sent from my iPhone\n\n" + on_wrote(d1, marc.name, marc.addr) + "\n" + quote(body))
    m = build(me, marc, "Re: shot records for college", d2, top)
    return m, "Maya Kaur"


def self_4():
    # paraeducator's own workers' comp injury
    tasha = S["tasha"]
    me = P("Denise Holloway", "denise.holloway@" + DOM)
    d0 = rdate((2024, 11, 4), (2025, 4, 25), hh=16)
    inj = earlier(d0, days=random.randint(7, 14))
    claim = f"WC-{d0.year}-{random.randint(100000, 999999)}"
    body = (f"Hi Tasha,\n\nFollowing up on my workers comp claim {claim}. I hurt my lower back on {usd(inj)} lifting "
            f"a student from her wheelchair to the changing table in the life skills room (the lift was broken - "
            f"Walt knows). The occupational health clinic put me on light duty, no lifting over 15 lbs, and 6 visits of PT at "
            f"Lakeshore Rehab. I got a bill from them today for $412 - I thought workers comp was supposed to pay "
            f"directly? Do I send it to you or to the adjuster?\n\nAlso my next re-check is Thursday at 3:30 so I'll "
            f"need to leave at 3:00.\n\nThank you,\nDenise Holloway\nParaeducator, Life Skills - Cedar Hollow High")
    m = build(me, tasha, f"WC claim {claim} - bill from PT", d0, body)
    return m, "Denise Holloway"


def self_5():
    # teacher with T1D, own insulin in health office fridge
    marc = S["marcus"]
    me = P("Allison Ferro", "allison.ferro@" + DOM)
    d0 = rdate((2024, 8, 19), (2024, 9, 6), hh=7)
    body = ("Hi Marcus,\n\nQuick personal favor. I have type 1 and just switched to a pump that uses vials, and my "
            "classroom fridge died over the summer. Would it be ok to keep a vial and my glucagon in the health "
            "office fridge, in a bag with my name? I'd come down during my prep.\n\nAlso - I haven't told many "
            "people at school, but if I ever seem really off in class (sweaty, confused, not making sense), my "
            "CGM alerts go to my husband and I keep glucose tabs in my top desk drawer. I'd rather you knew than not.\n\n"
            "Thanks,\nAllison\nRm 231")
    m = build(me, marc, "personal favor - fridge", d0, body)
    return m, "Allison Ferro"


def self_6():
    # food service worker, own flu shot billing with member id
    ruth = S["ruth"]
    me = P("Gloria Ochoa", "gloria.ochoa58@mailcity.net")
    d0 = rdate((2024, 11, 11), (2025, 1, 17), hh=18)
    mem = f"BCW{random.randint(100000000, 999999999)}"
    body = ("Hello,\n\nI got my flu shot and my COVID booster at the staff vaccine clinic at the district office on "
            "October 16. Today I got a bill from Northstar Pharmacy Services for $38.50 saying my insurance denied "
            "it. The flyer said it would be no cost. My insurance is BlueCrest through my husbands work, member ID "
            + mem + ". I gave them the card that day. What should I do?\n\nGloria Ochoa\nFood Service, Juniper Ridge kitchen")
    m = build(me, ruth, "bill for flu shot", d0, body)
    return m, "Gloria Ochoa"


def self_7():
    # student athlete, own concussion clearance, attachment scan
    ter = S["terrell"]
    me = P("Bryce Lindgren", "bryce.lindgren09@example.net")
    d0 = rdate((2024, 9, 16), (2024, 11, 8), hh=17)
    body = ("coach said i need the clearance to go back to practice. i saw dr patel today and she said im good, no "
            "more headaches since saturday. pic of the note is attached, mom has the real one. can i start the steps "
            "tomorrow?\n\nbryce\n\nSent from my iPhone")
    m = build(me, ter, "clearance", d0, body, atts=[("IMG_4471.png", blank_scan_png(), "image/png")])
    return m, "Bryce Lindgren"


SELF = [self_1, self_2, self_3, self_4, self_5, self_6, self_7]


# ================================================================ PHI: struct
def struct_1():
    # HL7 v2 VXU batch to registry + ACK with errors; cover note
    sarah = S["sarah"]
    reg = P("WIR Help Desk", "iis-helpdesk@stateimmunize-example.org")
    clin = mkdate(2024, 10, random.randint(14, 18), 14)
    d0 = later(clin, days=1, hours=2)
    ts = clin.strftime("%Y%m%d%H%M%S")
    kids = _kids(3, [2, 4, 6])
    segs, acks = [], []
    lots = ["U5512AA", "AF7743B", "U5512AA"]
    for i, (k, lot) in enumerate(zip(kids, lots), 1):
        ctl = f"CHU{clin:%y%m%d}{i:06d}"
        mom_first = random.choice(["MARIA", "JENNIFER", "LINH", "AISHA", "KATIE", "ROSA"])
        street = f"{random.randint(100, 999)} {random.choice(['ELM', 'OAK', 'QUARRY', 'BIRCHWOOD', 'HANOVER'])} " \
                 f"{random.choice(['ST', 'RD', 'LN', 'AVE'])}"
        ph = f"555{random.randint(100, 199):04d}"
        segs += [
            f"MSH|^~\\&|CHUSD_SLC|CHUSD^2201^L|WIR|WIR|{ts}||VXU^V04^VXU_V04|{ctl}|P|2.5.1|||ER|AL|||||Z22^CDCPHINVS",
            f"PID|1||{k['id']}^^^CHUSD^SR||{k['last'].upper()}^{k['first'].upper()}^^^^^L||{k['dob']:%Y%m%d}|{k['sex']}|||"
            f"{street}^^CEDAR HOLLOW^WI^53599^USA^H||^PRN^PH^^^608^{ph}",
            f"PD1|||||||||||02^Reminder/recall - any method^HL70215|||||A|{clin:%Y%m%d}",
            f"NK1|1|{k['last'].upper()}^{mom_first}^^^^^L|MTH^Mother^HL70063",
            f"ORC|RE||CHU{clin:%Y%m%d}-{i:04d}^CHUSD|||||||||^WHITLOCK^SARAH^^^^^^^L^^^^^^^^^^^RN",
            f"RXA|0|1|{clin:%Y%m%d}|{clin:%Y%m%d}|150^Influenza, injectable, quadrivalent, preservative free^CVX|0.5|"
            f"mL^mL^UCUM||00^New immunization record^NIP001|^^^CHUSD_SLC||||||{lot}|20250630|SKB^GlaxoSmithKline^MVX|||CP|A",
            "RXR|C28161^Intramuscular^NCIT|LD^Left Deltoid^HL70163",
            f"OBX|1|CE|64994-7^Vaccine funding program eligibility category^LN|1|V0{random.choice([1, 2, 3])}^VFC eligibility^HL70064||||||F|||{clin:%Y%m%d}|||VXC40^per immunization^CDCPHINVS",
        ]
        if i != 2:
            acks += [f"MSH|^~\\&|WIR|WIR|CHUSD_SLC|CHUSD|{later(clin, minutes=31):%Y%m%d%H%M%S}||ACK^V04^ACK|WIR{hexid(8).upper()}|P|2.5.1",
                     f"MSA|AE|{ctl}",
                     "ERR||RXA^1^15|103^Table value not found^HL70357|W|||Lot number not found in inventory for MVX SKB"]
        else:
            acks += [f"MSH|^~\\&|WIR|WIR|CHUSD_SLC|CHUSD|{later(clin, minutes=31):%Y%m%d%H%M%S}||ACK^V04^ACK|WIR{hexid(8).upper()}|P|2.5.1",
                     f"MSA|AA|{ctl}"]
    body = (f"Hello,\n\nWe uploaded the VXU file from our {usd(clin)} school flu clinic at Juniper Ridge and two of the "
            f"three messages came back AE with a lot number warning on RXA-15. The lot ({lots[0]}) is printed on the "
            f"box and the package insert - is it possible it isn't loaded in your lot table yet? Original messages "
            f"and the ACK file are attached. The doses did go in the record as far as I can tell but I want to be "
            f"sure before we send the next batch.\n\nThank you,\n" + sig(sarah, 0))
    m = build(sarah, reg, "VXU lot warnings - school flu clinic upload", d0, body,
              atts=[(f"vxu_{clin:%Y%m%d}.hl7", ("\r".join(segs) + "\r").encode(), "application/hl7-v2"),
                    (f"ack_{clin:%Y%m%d}.hl7", ("\r".join(acks) + "\r").encode(), "application/hl7-v2")])
    return m, "; ".join(f"{k['first']} {k['last']}" for k in kids)


def _isa(sender, receiver, dt, ctl):
    return (f"ISA*00*          *00*          *ZZ*{sender:<15}*ZZ*{receiver:<15}*{dt:%y%m%d}*{dt:%H%M}*^*00501*"
            f"{ctl:09d}*0*P*:~")


def struct_2():
    # X12 837P from billing vendor, cover note
    ven = P("SchoolClaims Partners - Submissions", "submissions@schoolclaimspartners.net")
    sh = S["sheila"]
    d0 = rdate((2024, 10, 21), (2025, 4, 25), hh=13)
    ctl = random.randint(400, 900)
    k = _kids(1, [3])[0]
    mcid = medicaid_id()
    dos = [earlier(d0, days=n) for n in (21, 14, 7)]
    segs = [_isa("CHUSD0001", "STMEDICAID", d0, ctl),
            f"GS*HC*CHUSD0001*STMEDICAID*{d0:%Y%m%d}*{d0:%H%M}*{ctl}*X*005010X222A1~",
            "ST*837*0001*005010X222A1~",
            f"BHT*0019*00*CHU{ctl:06d}*{d0:%Y%m%d}*{d0:%H%M}*CH~",
            "NM1*41*2*CEDAR HOLLOW UNIFIED SCHOOL DISTRICT*****46*CHUSD0001~",
            "PER*IC*SHEILA MARCHETTI*TE*6085550125~",
            "NM1*40*2*STATE MEDICAID PROGRAM*****46*STMEDICAID~",
            "HL*1**20*1~",
            "NM1*85*2*CEDAR HOLLOW UNIFIED SCHOOL DISTRICT*****XX*1457382916~",
            "N3*1200 DISTRICT WAY~", "N4*CEDAR HOLLOW*WI*535991204~", "REF*EI*396001842~",
            "HL*2*1*22*0~",
            "SBR*P*18*******MC~",
            f"NM1*IL*1*{k['last'].upper()}*{k['first'].upper()}****MI*{mcid}~",
            f"N3*{random.randint(100, 999)} LARCH CT~", "N4*CEDAR HOLLOW*WI*53599~",
            f"DMG*D8*{k['dob']:%Y%m%d}*{k['sex']}~",
            "NM1*PR*2*STATE MEDICAID PROGRAM*****PI*STMEDICAID~",
            f"CLM*CHU{random.randint(100000, 999999)}*{len(dos) * 48}.00***03:B:1*Y*A*Y*Y~",
            "HI*ABK:F802*ABF:F8089~",
            "NM1*82*1*LIU*HANNAH****XX*1588204471~", "PRV*PE*PXC*235Z00000X~"]
    for i, d in enumerate(dos, 1):
        segs += [f"LX*{i}~", "SV1*HC:92507:GN*48.00*UN*1***1~", f"DTP*472*D8*{d:%Y%m%d}~"]
    n = len(segs) - 2 + 1
    segs += [f"SE*{n}*0001~", f"GE*1*{ctl}~", f"IEA*1*{ctl:09d}~"]
    body = (f"Sheila,\n\nResubmission for the corrected referral is attached (batch {ctl}). 999 accepted, we'll send the "
            f"277CA when it comes back. Let us know if you want the other two on the denial report held until the new "
            f"consent is signed.\n\nSchoolClaims Partners\nSubmissions Desk | (888) 555-0152\n\n{DISCLAIMER2}")
    m = build(ven, sh, f"837P resubmission batch {ctl}", d0, body,
              atts=[(f"CHUSD_837P_{d0:%Y%m%d}_{ctl}.txt", "\n".join(segs) + "\n", "text/plain")])
    return m, f"{k['first']} {k['last']}"


def struct_3():
    # 271 eligibility response pasted into body
    sh, dana = S["sheila"], S["dana"]
    d0 = rdate((2024, 9, 9), (2025, 5, 9), hh=10)
    k = _kids(1, [10])[0]
    mcid = medicaid_id()
    elig = earlier(d0, days=random.randint(200, 500))
    segs = ["ST*271*0001*005010X279A1~",
            f"BHT*0022*11*{hexid(9).upper()}*{d0:%Y%m%d}*{d0:%H%M}~",
            "HL*1**20*1~", "NM1*PR*2*STATE MEDICAID PROGRAM*****PI*STMEDICAID~",
            "HL*2*1*21*1~", "NM1*1P*2*CEDAR HOLLOW UNIFIED SCHOOL DISTRICT*****XX*1457382916~",
            "HL*3*2*22*0~", f"TRN*2*{random.randint(10000000, 99999999)}*9396001842~",
            f"NM1*IL*1*{k['last'].upper()}*{k['first'].upper()}****MI*{mcid}~",
            f"N3*{random.randint(1000, 9999)} RIVERVIEW TER APT {random.randint(1, 40)}~",
            "N4*CEDAR HOLLOW*WI*53599~",
            f"DMG*D8*{k['dob']:%Y%m%d}*{k['sex']}~",
            f"DTP*346*D8*{elig:%Y%m%d}~",
            "EB*1*IND*30*MC*STATE PLAN STANDARD~",
            "EB*1*IND*AD^AE^AF*MC~",
            "EB*R*IND*30*HM*HMO ENROLLMENT~",
            "NM1*P5*2*NORTHSTAR FAMILY HEALTH PLAN~",
            "MSG*SCHOOL BASED SERVICES ARE CARVED OUT OF HMO - BILL FEE FOR SERVICE~",
            "SE*19*0001~"]
    body = (f"Dana - yes he's active, and the HMO doesn't matter for SBS. Here's the 271 from the portal:\n\n"
            + "\n".join(segs) + "\n\nSo the nursing (T1002) for his catheterizations can be billed starting with the "
            "date the consent was signed. I'll add him to the roster.\n\nSheila")
    m = build(sh, dana, f"RE: coverage check - {k['first']} {k['last'][0]}.", d0, body)
    return m, f"{k['first']} {k['last']}"


def struct_4():
    # FHIR Bundle JSON attached from clinic portal
    portal = P("BrightPath Pediatrics Patient Portal", "noreply@portal.brightpathpeds.com")
    pr = S["priya"]
    d0 = rdate((2024, 8, 19), (2024, 9, 27), hh=9)
    k = _kids(1, [0])[0]
    mrn = f"BP{random.randint(100000, 999999)}"
    vacc = [("20", "DTaP", 61), ("10", "IPV", 61), ("08", "Hep B, adolescent or pediatric", 1),
            ("03", "MMR", 380), ("21", "varicella", 380), ("130", "DTaP-IPV", 1540), ("94", "MMRV", 1540)]
    entries = [{"resource": {"resourceType": "Patient", "id": "pt1",
                             "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": mrn}],
                             "name": [{"family": k["last"], "given": [k["first"]]}],
                             "gender": "female" if k["sex"] == "F" else "male",
                             "birthDate": k["dob"].isoformat(),
                             "address": [{"line": [f"{random.randint(10, 999)} Juniper Ct"], "city": "Cedar Hollow",
                                          "state": "WI", "postalCode": "53599"}]}}]
    for n, (cvx, disp, age) in enumerate(vacc, 1):
        entries.append({"resource": {"resourceType": "Immunization", "id": f"imm{n}", "status": "completed",
                                     "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx",
                                                                 "code": cvx, "display": disp}]},
                                     "patient": {"reference": "Patient/pt1"},
                                     "occurrenceDateTime": (k["dob"] + datetime.timedelta(days=age)).isoformat(),
                                     "primarySource": True,
                                     "lotNumber": f"{hexid(6).upper()}"}})
    bundle = {"resourceType": "Bundle", "type": "collection",
              "timestamp": d0.isoformat(), "entry": entries}
    body = ("A family has shared records with you through the BrightPath Pediatrics patient portal.\n\n"
            "Shared by: parent/guardian account\nRecord type: Immunization history (FHIR R4)\n"
            f"Expires: {usd(later(d0, days=30))}\n\n"
            "The attached file can be imported into most school health systems. Do not reply to this message; "
            "contact the clinic at (608) 555-0173 with questions.")
    m = build(portal, pr, "Shared immunization record", d0, body,
              atts=[("immunizations.json", json.dumps(bundle, indent=2), "application/fhir+json")],
              headers={"Auto-Submitted": "auto-generated"})
    return m, f"{k['first']} {k['last']}"


def struct_5():
    # C-CDA CCD XML attached by clinic records; short human note
    clinic = P("Lakeshore Family Medicine - HIM", "him@lakeshorefamilymed.com")
    dana = S["dana"]
    d0 = rdate((2024, 8, 26), (2025, 2, 28), hh=11)
    k = _kids(1, [5])[0]
    mrn = str(random.randint(1000000, 9999999))
    g = "F" if k["sex"] == "F" else "M"
    xml = f'''<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.3.7788.1" extension="{hexid(12)}"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="{d0:%Y%m%d%H%M%S}-0500"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.7788.2" extension="{mrn}"/>
      <addr use="HP"><streetAddressLine>{random.randint(100, 999)} Sumac Dr</streetAddressLine><city>Cedar Hollow</city><state>WI</state><postalCode>53599</postalCode></addr>
      <telecom use="HP" value="tel:+1-608-555-0{random.randint(100, 199)}"/>
      <patient>
        <name use="L"><given>{k["first"]}</given><family>{k["last"]}</family></name>
        <administrativeGenderCode code="{g}" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="{k["dob"]:%Y%m%d}"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.6.1"/>
      <code code="48765-2" codeSystem="2.16.840.1.113883.6.1"/>
      <title>Allergies</title>
      <text><table><tbody>
        <tr><td>Peanut</td><td>Anaphylaxis</td><td>Severe</td><td>Active</td></tr>
        <tr><td>Amoxicillin</td><td>Hives</td><td>Moderate</td><td>Active</td></tr>
      </tbody></table></text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.1.1"/>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1"/>
      <title>Medications</title>
      <text><table><tbody>
        <tr><td>EPINEPHrine 0.3 mg/0.3 mL auto-injector</td><td>Inject 0.3 mg IM once PRN anaphylaxis; may repeat x1</td></tr>
        <tr><td>Cetirizine 10 mg tablet</td><td>1 tab by mouth daily</td></tr>
        <tr><td>Fluticasone 50 mcg nasal spray</td><td>1 spray each nostril daily</td></tr>
      </tbody></table></text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.5.1"/>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1"/>
      <title>Problems</title>
      <text><list>
        <item>Allergy to peanuts (Z91.010) - active</item>
        <item>Allergic rhinitis (J30.9) - active</item>
        <item>Mild intermittent asthma (J45.20) - resolved</item>
      </list></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
'''
    body = (f"Per the signed release received {usd(earlier(d0, days=2))}, the requested continuity of care document is "
            f"attached. The school medication order for the auto-injector was faxed separately to Whitfield.\n\n"
            f"Health Information Management\nLakeshore Family Medicine\nPh (608) 555-0177 | Fax (608) 555-0178\n\n"
            f"{DISCLAIMER2}")
    m = build(clinic, dana, f"Release of information - request #{random.randint(20000, 29999)}", d0, body,
              atts=[("CCD.xml", xml, "application/xml")])
    return m, f"{k['first']} {k['last']}"


def struct_6():
    # fixed-width nightly exclusion extract - job failure notification with rejected lines
    frm = P("SIS Job Scheduler", "sis-jobs@" + DOM)
    dev = S["devin"]
    d0 = rdate((2024, 9, 30), (2024, 10, 25), hh=2)
    kids = _kids(5, [6, 7, 8])
    lines = []
    for k in kids:
        vac = random.choice(["TDAP", "MCV4", "TDAP MCV4", "MMR2", "VAR2"])
        sch = random.choice(["0410", "0420"])
        dob = k["dob"].strftime("%Y%m%d") if k is not kids[3] else "2012-0-31"
        lines.append(f"{k['id']:<8}{k['last'].upper():<15}{k['first'].upper():<12}{dob:<8}"
                     f"{k['grade']:02d}{sch}{'NC':<3}{vac:<10}{random.choice(['N', 'Y'])}")
    hdr = ("STUID   LAST           FIRST       DOB     GRSCH STSVACC      W\n"
           "------- -------------- ----------- ------- ---------------------")
    body = (f"Job: IMM_EXCL_EXPORT (nightly)\nRun: {d0:%Y-%m-%d %H:%M:%S}\nStatus: COMPLETED WITH ERRORS\n"
            f"Records read: 1,482   Written: 1,477   Rejected: 5\n\n"
            f"Output: \\\\chusd-fs02\\exports\\health\\imm_excl_{d0:%Y%m%d}.dat\n"
            f"Layout: IMMEXCL v3 (fixed width 64)\n\nRejected records (field validation - DOB must be CCYYMMDD; record "
            f"held until next run):\n\n{hdr}\n" + "\n".join(lines) +
            "\n\nNOTE: only 1 of 5 failed on DOB; remaining 4 rejected because school code 0420 is not mapped in "
            "the county receiver table.\n\n-- This message was generated automatically. Do not reply. --")
    m = build(frm, dev, f"[IMM_EXCL_EXPORT] completed with errors ({d0:%m/%d})", d0, body,
              cc=[S["sarah"]], headers={"Auto-Submitted": "auto-generated", "X-Priority": "2"})
    return m, "; ".join(f"{k['first']} {k['last']}" for k in kids)


def struct_7():
    # JSON payload from the health office app, pasted into a support thread
    dev, marc = S["devin"], S["marcus"]
    d0 = rdate((2024, 10, 1), (2025, 5, 16), hh=14)
    d1 = later(d0, hours=1, minutes=10)
    k = _kids(1, [11])[0]
    visit = later(d0, hours=-4).replace(minute=12)
    payload = {
        "event": "visit.created", "app": "NurseLog Mobile", "app_version": "3.8.1", "device": "HO-CHHS-iPad02",
        "queued_at": visit.isoformat(), "sync_status": "FAILED", "error": "409 duplicate visit_id",
        "visit": {"visit_id": f"V-{random.randint(100000, 999999)}", "school": "Cedar Hollow High School",
                  "student": {"local_id": k["id"], "name": f"{k['last']}, {k['first']}",
                              "dob": k["dob"].isoformat(), "grade": k["grade"]},
                  "time_in": visit.strftime("%H:%M"), "time_out": later(visit, minutes=35).strftime("%H:%M"),
                  "complaint": "headache, nausea",
                  "vitals": {"temp_f": 98.9, "pulse": 88, "bp": "112/70"},
                  "interventions": ["rest", "water", "ibuprofen 400 mg po per standing parent auth"],
                  "disposition": "returned to class", "parent_contact": "none - per protocol",
                  "entered_by": "mbell"}}
    orig = ("Marcus, sorry - the visits from the iPad are failing on sync again. Can you paste what it shows under "
            "Settings > Outbox > Details for one of them so I can open a ticket with the vendor?\n\nDevin")
    body = ("here's one of the 4 stuck ones:\n\n" + json.dumps(payload, indent=2) +
            "\n\nthe other 3 look the same, all from 5th-6th hour. I re-entered them on the desktop so the records "
            "are complete, but don't want them to double up if it ever syncs.\n\nMarcus\n\n"
            + on_wrote(d0, dev.name, dev.addr) + "\n" + quote(orig))
    m = build(marc, dev, "Re: iPad visits not syncing", d1, body)
    return m, f"{k['first']} {k['last']}"


STRUCT = [struct_1, struct_2, struct_3, struct_4, struct_5, struct_6, struct_7]


# ================================================================ CLEAN: admin
ALL_NURSES = ["dana", "luis", "priya", "kath", "marcus", "tamsin", "sarah"]


def admin_1():
    # AED monthly checks and pad expirations
    sarah = S["sarah"]
    d0 = rdate((2024, 9, 3), (2025, 5, 1), hh=8)
    sites = [("Whitfield El.", "gym lobby", "06/2025"), ("Whitfield El.", "cafeteria", "11/2025"),
             ("Juniper Ridge El.", "main hall", "02/2026"), ("Lakeview MS", "gym", "04/2025"),
             ("Lakeview MS", "front office", "08/2025"), ("CHHS", "field house", "05/2025"),
             ("CHHS", "pool", "01/2026"), ("CHHS", "commons", "09/2025"), ("Alder Creek K-8", "gym", "03/2025")]
    rows = [["Site", "Location", "Pads exp."]] + [list(s) for s in sites]
    body = (f"Hi all,\n\nMonthly AED checks are due by the 5th. Please initial the tag on the cabinet and enter the "
            f"check in the AED log form (link in the Health Services Teams channel). Pads expiring in the next 90 days "
            f"are marked below - I have replacement adult and pediatric pads in the district office, just reply and "
            f"I'll send them with the courier.\n\n" + table(rows) +
            f"\n\nReminder: the CHHS pool unit is the one that chirped last month; Walt replaced the battery 9/12. If "
            f"any unit shows a red X or chirps, tag it out and call me - don't wait for the monthly.\n\n"
            + sig(sarah, 0, disc=True))
    m = build(sarah, [S[n] for n in ALL_NURSES if n != "sarah"], "AED monthly checks + expiring pads", d0, body,
              cc=[S["walt"]])
    return m, ""


def admin_2():
    # supply order deadline
    ruth = S["ruth"]
    d0 = rdate((2024, 12, 2), (2025, 1, 31), hh=10)
    due = later(d0, days=9)
    body = (f"Good morning nurses and health aides,\n\nSecond semester supply orders are due {DAYS[due.weekday()]} "
            f"{usd(due)}. Use the order sheet on the shared drive (Health Services > Supplies > 2024-25) and save it "
            f"with your building name. Items on the standing list:\n\n"
            f"- exam gloves (nitrile, S/M/L/XL)\n- glucose tabs and gel\n- lancets, alcohol preps, sharps containers (1 qt)\n"
            f"- disposable thermometer covers\n- instant ice packs, elastic bandages 2\"/3\"\n"
            f"- emesis bags, face masks (child + adult)\n- spare clothes: sweatpants sizes 4T-adult M (donations welcome)\n"
            f"- stock epinephrine is ordered separately by Sarah - do not put it on this sheet\n\n"
            f"Orders over $250 need Dr. Castellano's approval. Deliveries go to the building, not the district office.\n\n"
            f"Thank you!\nRuth\n\n{ruth.name}\n{ruth.title}, {HS}\n{ruth.phone} | fax {ruth.fax}")
    m = build(ruth, P("Health Services Staff", "health-services-staff@" + DOM),
              "Spring supply orders due " + short(due), d0, body)
    return m, ""


def admin_3():
    # SIS health module upgrade downtime (IT)
    dev = S["devin"]
    d0 = rdate((2025, 1, 6), (2025, 3, 14), hh=15)
    sat = d0 + datetime.timedelta(days=(5 - d0.weekday()) % 7 or 7)
    html_body = (f"<p>Health Services team,</p><p>The student information system will be upgraded on "
                 f"<b>Saturday {usd(sat)}, 6:00 AM - 4:00 PM</b>. The Health module (office visits, medication logs, "
                 f"screenings, immunizations) will be unavailable during that window.</p>"
                 f"<ul><li>Print emergency cards and medication administration records for Monday before you leave Friday.</li>"
                 f"<li>Any Saturday events (wrestling tournament, ACT) should use the paper visit log.</li>"
                 f"<li>After the upgrade the immunization compliance report moves to Reports &gt; Health &gt; State Compliance.</li></ul>"
                 f"<p>Ticket questions to the help desk, ext. 4357.</p><p>Devin Park<br>Technology Services</p>")
    text = (f"Health Services team,\n\nThe student information system will be upgraded on Saturday {usd(sat)}, "
            f"6:00 AM - 4:00 PM. The Health module (office visits, medication logs, screenings, immunizations) will be "
            f"unavailable during that window.\n\n"
            f"* Print emergency cards and medication administration records for Monday before you leave Friday.\n"
            f"* Any Saturday events (wrestling tournament, ACT) should use the paper visit log.\n"
            f"* After the upgrade the immunization compliance report moves to Reports > Health > State Compliance.\n\n"
            f"Ticket questions to the help desk, ext. 4357.\n\nDevin Park\nTechnology Services")
    m = build(dev, P("Health Services Staff", "health-services-staff@" + DOM),
              f"SIS upgrade {short(sat)} - Health module downtime", d0, text, html=html_wrap(html_body))
    return m, ""


def admin_4():
    # Medicaid SBS documentation policy memo
    sh = S["sheila"]
    d0 = rdate((2024, 8, 19), (2024, 9, 13), hh=9)
    body = ("Therapists, nurses and case managers,\n\nA few reminders for school-based services billing this year, "
            "following the state's updated provider handbook (topic #4410):\n\n"
            "1. Session notes must be entered within 7 calendar days of the date of service. Late notes can't be billed.\n"
            "2. Units are 15 minutes; round per the 8-minute rule. Group sessions use the group code and no more than 5 students.\n"
            "3. Telehealth sessions need the 95 modifier and place of service 03 if the student is at school.\n"
            "4. Nursing services must be written into the IEP with frequency and duration (e.g., \"catheterization, "
            "daily, 15 min\"). PRN nursing cannot be billed.\n"
            "5. Parental consent to bill is one-time but has to be on file before the first date of service. Check the "
            "consent column on your caseload report.\n"
            "6. Supervising SLP signatures for CFYs are required on every note.\n\n"
            "The timely filing limit remains 365 days from DOS, but our vendor submits weekly - please don't let notes pile up.\n\n"
            "Training dates are on the calendar (Sept 24 and Oct 8, 3:45 in the Board Room).\n\n"
            + sig(sh, 0, disc=True))
    m = build(sh, P("SBS Providers", "sbs-providers@" + DOM), "2024-25 SBS documentation reminders", d0, body,
              cc=[S["greg"], S["renee"]])
    return m, ""


def admin_5():
    # monthly nurse meeting with ICS
    renee = S["renee"]
    d0 = rdate((2024, 9, 9), (2025, 4, 30), hh=12)
    mt = later(d0, days=7).replace(hour=15, minute=45, second=0)
    end = mt.replace(hour=17, minute=0)
    agenda = ("Agenda:\n1. Stock epinephrine - standing order renewal (Dr. Okonkwo)\n"
              "2. Immunization compliance - where each building is at\n"
              "3. Vision/hearing screening calendar for spring\n4. Delegation checklists - new form\n"
              "5. Summer school staffing\n6. Round table")
    ics = ics_text(f"{hexid(16)}@{DOM}", mt, end, "Nursing Staff Meeting", "District Office, Board Room B", renee,
                   agenda)
    body = (f"Hi team,\n\nOur monthly meeting is {DAYS[mt.weekday()]} {usd(mt)}, 3:45-5:00, Board Room B at the "
            f"district office. Teams link in the invite if you can't make it in person.\n\n{agenda}\n\n"
            f"Snacks courtesy of Lakeview this month.\n\nRenee\n\n{renee.name}, {renee.title}\n{DIST}\n{renee.phone}")
    m = build(renee, [S[n] for n in ALL_NURSES], f"Nursing staff meeting {short(mt)}", d0, body,
              atts=[("invite.ics", ics, "text/calendar")])
    return m, ""


def admin_6():
    # facilities: health room renovation
    walt, luis, omar = S["walt"], S["luis"], S["omar"]
    d0 = rdate((2025, 3, 3), (2025, 5, 9), hh=14)
    d1 = later(d0, hours=3)
    orig = ("Walt, when does the health room work start? I need to know where to put the cots and the med cabinet. "
            "The med cabinet has to be locked and bolted wherever it goes.\n\nLuis")
    body = ("Luis -\n\nSummer schedule: demo starts June 16, new sink + ADA restroom rough-in through July, flooring "
            "and casework first 2 weeks of August. You'll be back in by Aug 18.\n\n"
            "For summer school you'll be in Room 118 (old speech room) - it has a sink, I'll have the locksmith move "
            "the wall-mounted double-lock cabinet on 6/13 and bolt it. Cots and the privacy curtain come over the same "
            "day. Phone ext stays with you.\n\nWalt\n\n"
            f"{walt.name}\n{walt.title}\n{walt.phone}\n\n" + on_wrote(d0, luis.name, luis.addr) + "\n" + quote(orig))
    m = build(walt, luis, "RE: Lakeview health room remodel", d1, body, cc=[omar])
    return m, ""


def admin_7():
    # payer contract terms: MCO agreement for SBHC/SBS
    renee = S["renee"]
    mco = P("Andrea Pollard", "apollard@northstarfhp.com")
    d0 = rdate((2024, 11, 4), (2025, 2, 28), hh=11)
    body = ("Dr. Castellano,\n\nFollowing our call, here is the summary of terms for the 2025 Participating "
            "Provider Agreement amendment (school-based services). Redline to follow from our contracting team.\n\n"
            "- Term: 7/1/2025 - 6/30/2027, auto-renew 1 year\n"
            "- Reimbursement: 100% of state Medicaid fee schedule for 92507, 92508, 92523, 97110, 97530, 97161-97163, "
            "97165-97167; T1001/T1002 at 95%\n"
            "- Telehealth parity: yes, POS 03 with modifier 95\n"
            "- Timely filing: 180 days from DOS; corrected claims 365 days\n"
            "- Prior authorization: not required for IEP services; required for SBHC behavioral health > 24 visits/yr\n"
            "- Credentialing: CAQH for licensed staff; DPI-licensed SLPs accepted under group NPI\n"
            "- Claims: 837P via clearinghouse, payer ID NSFHP\n\n"
            "Please let me know if the district's counsel needs the full agreement before signing the LOI.\n\n"
            "Best,\nAndrea Pollard\nProvider Contracting Manager\nNorthstar Family Health Plan\n(414) 555-0166\n\n"
            + DISCLAIMER2)
    m = build(mco, renee, "School-based services amendment - summary of terms", d0, body, cc=[S["sheila"]])
    return m, ""


ADMIN = [admin_1, admin_2, admin_3, admin_4, admin_5, admin_6, admin_7]


# ================================================================ CLEAN: lookalike
def lookalike_1():
    # supply invoice with PO, NDC, lot, tracking
    ven = P("Midwest School Health Supply - AR", "ar@mwschoolhealth.com")
    ruth = S["ruth"]
    d0 = rdate((2024, 9, 3), (2025, 4, 30), hh=7)
    inv = f"INV-{random.randint(300000, 399999)}"
    po = f"PO-25-{random.randint(1000, 9999)}"
    trk = "1Z" + "".join(random.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16))
    lines = [("49502-0102-02", "Epinephrine auto-injector 0.3 mg, 2-pk", 6, 112.50, f"{random.randint(3, 9)}FB{random.randint(100, 999)}", "03/2026"),
             ("49502-0101-02", "Epinephrine auto-injector 0.15 mg, 2-pk", 4, 112.50, f"{random.randint(3, 9)}GA{random.randint(100, 999)}", "01/2026"),
             ("0487-9801-01", "Albuterol sulfate inh. soln 0.083% 3 mL x25", 3, 8.95, f"A{random.randint(10000, 99999)}", "07/2026"),
             ("MS-44120", "Glucose gel 15 g, box/12", 10, 14.20, f"G{random.randint(1000, 9999)}", "11/2026"),
             ("MS-10233", "Nitrile exam gloves M, 200/bx", 20, 9.80, "-", "-")]
    rows = [["Item / NDC", "Description", "Qty", "Unit", "Ext", "Lot", "Exp"]]
    total = 0
    for ndc, desc, q, u, lot, ex in lines:
        rows.append([ndc, desc, str(q), f"{u:.2f}", f"{q * u:.2f}", lot, ex])
        total += q * u
    body = (f"Invoice {inv}\nCustomer #: 10448-CH\nBill to: Cedar Hollow USD Health Services, 1200 District Way\n"
            f"Your PO: {po}\nShip date: {usd(d0)}   Carrier: UPS Ground   Tracking: {trk}\n\n" + table(rows) +
            f"\n\nSubtotal: ${total:,.2f}\nFreight: $0.00 (school program)\nTotal due: ${total:,.2f}\n"
            f"Terms: Net 30. Remit to PO Box 2281, Appleton WI 54912. Tax exempt cert on file (ES #{random.randint(10000000, 99999999)}).\n\n"
            f"Questions: (800) 555-0119 or ar@mwschoolhealth.com")
    pdf = pdf_bytes([f"MIDWEST SCHOOL HEALTH SUPPLY    INVOICE {inv}", f"PO {po}    Ship {usd(d0)}    Track {trk}", ""]
                    + ["  ".join(r) for r in rows] + ["", f"TOTAL DUE ${total:,.2f}   Net 30"])
    m = build(ven, ruth, f"Invoice {inv} for PO {po}", d0, body,
              atts=[(f"{inv}.pdf", pdf, "application/pdf")])
    return m, ""


def lookalike_2():
    # manufacturer recall notice - lots only
    sarah = S["sarah"]
    d0 = rdate((2024, 10, 1), (2025, 3, 31), hh=16)
    lots = [f"{random.choice('ABCDEFGHJK')}{random.randint(10000, 99999)}" for _ in range(6)]
    body = ("All,\n\nForwarding the voluntary recall below. Please check stock epinephrine AND any student-supplied "
            "auto-injectors in your health room by Friday and reply with a count of affected units (just the count "
            "and lot - no student info needed). Affected units can stay in service until a replacement is in hand; "
            "the manufacturer is shipping replacements free of charge.\n\nSarah\n\n"
            + fwd_hdr(earlier(d0, hours=5), "Product Safety <safety-notice@auvamed-pharma.com>",
                      "Sarah Whitlock <sarah.whitlock@" + DOM + ">",
                      "URGENT: Voluntary Recall - Epinephrine Injection, USP Auto-Injector 0.3 mg / 0.15 mg")
            + "\n\nDear School Health Professional,\n\nAuvaMed Pharmaceuticals is voluntarily recalling the following "
            "lots due to a potential failure of the device to activate. No adverse events have been reported.\n\n"
            "NDC            Strength   Lot        Expiration\n"
            + "\n".join(f"{random.choice(['71344-0210-02', '71344-0211-02'])}  "
                        f"{random.choice(['0.3 mg ', '0.15 mg'])}    {l:<9}  {random.randint(1, 12):02d}/2026"
                        for l in lots) +
            "\n\nTo arrange return, call ReturnLogix at (888) 555-0104, Mon-Fri 8-5 ET, reference event "
            f"#RC-{random.randint(2024000, 2024999)}.\n\n" + sig(sarah, 2, disc=True))
    m = build(sarah, P("Health Services Staff", "health-services-staff@" + DOM), "FW: epi auto-injector recall - check lots",
              d0, body)
    return m, ""


def lookalike_3():
    # CPT/ICD code list for SBS billing - no patient
    sh = S["sheila"]
    d0 = rdate((2024, 8, 19), (2024, 9, 27), hh=10)
    codes = [("92507", "Tx speech/lang/voice, individual", "15 min", "$12.38"),
             ("92508", "Tx speech/lang, group (2-5)", "15 min", "$3.72"),
             ("92523", "Eval speech sound + language", "per eval", "$144.60"),
             ("97110", "Therapeutic exercise (PT)", "15 min", "$14.05"),
             ("97530", "Therapeutic activities (OT/PT)", "15 min", "$15.11"),
             ("97165", "OT eval, low complexity", "per eval", "$88.20"),
             ("T1001", "Nursing assessment/evaluation", "per eval", "$41.00"),
             ("T1002", "RN services, up to 15 min", "15 min", "$9.42"),
             ("T1003", "LPN services, up to 15 min", "15 min", "$7.18")]
    icd = ["F80.0  Phonological disorder", "F80.2  Mixed receptive-expressive language disorder",
           "F84.0  Autistic disorder", "F82    Developmental coordination disorder",
           "G80.9  Cerebral palsy, unspecified", "N31.9  Neuromuscular dysfunction of bladder",
           "E10.9  Type 1 diabetes mellitus without complications", "R62.50 Unspecified lack of expected normal physiological development"]
    rows = [["CPT/HCPCS", "Description", "Unit", "2024-25 rate"]] + [list(c) for c in codes]
    body = ("Here's the cheat sheet for this year. Rates are the state fee schedule effective 7/1/2024. Remember the "
            "diagnosis on the claim has to match what's documented in the IEP eval, not whatever is on the "
            "outside doctor's note.\n\n" + table(rows) + "\n\nCommon ICD-10-CM codes we see:\n" + "\n".join("  " + i for i in icd)
            + "\n\nModifiers: GN (SLP), GO (OT), GP (PT), 95 (telehealth), 59 (distinct service), HQ (group).\n\n"
            + sig(sh, 1))
    m = build(sh, P("SBS Providers", "sbs-providers@" + DOM), "Billing code cheat sheet 24-25", d0, body,
              atts=[("SBS_codes_2024-25.csv", csv_text(rows), "text/csv")])
    return m, ""


def lookalike_4():
    # provider NPI / licence roster for credentialing
    sh = S["sheila"]
    cred = P("Provider Enrollment", "enrollment@stmedicaid-provider-example.org")
    d0 = rdate((2024, 8, 19), (2024, 10, 4), hh=13)

    def npi():
        return "1" + "".join(str(random.randint(0, 9)) for _ in range(9))
    provs = [("Hannah Liu", "SLP", "CCC-SLP", f"SLP-{random.randint(10000, 99999)}"),
             ("Janelle Foster", "OT", "OTR/L", f"OT-{random.randint(10000, 99999)}"),
             ("Ben Okoro", "PT", "DPT", f"PT-{random.randint(10000, 99999)}"),
             ("Dana Whitcomb", "RN", "NCSN", f"RN-{random.randint(100000, 999999)}"),
             ("Luis Ferreira", "RN", "", f"RN-{random.randint(100000, 999999)}"),
             ("Kathleen O'Rourke", "LPN", "", f"LPN-{random.randint(10000, 99999)}"),
             ("Miriam Szabo", "School Psych", "PhD", f"PSY-{random.randint(1000, 9999)}")]
    rows = [["Provider", "Type", "Cred", "Individual NPI", "License #", "Lic Exp", "Taxonomy"]]
    tax = {"SLP": "235Z00000X", "OT": "225X00000X", "PT": "225100000X", "RN": "163WS0200X",
           "LPN": "164W00000X", "School Psych": "103TS0200X"}
    for n, t, c, lic in provs:
        rows.append([n, t, c, npi(), lic, f"{random.choice([1, 3, 5, 9, 10, 12]):02d}/{random.choice([2025, 2026, 2027])}", tax[t]])
    body = ("Hello,\n\nAttached and below is the updated rendering provider roster for Cedar Hollow USD "
            "(group NPI 1457382916, Medicaid provider #8820041). Please link these individuals to the group for "
            "school-based services effective 8/19/2024.\n\n" + table(rows) +
            "\n\nLicense copies were uploaded to the portal under request #PE-24-" + str(random.randint(10000, 99999)) +
            ".\n\n" + sig(sh, 0, disc=True))
    m = build(sh, cred, "Rendering provider roster update - Cedar Hollow USD", d0, body,
              atts=[("CHUSD_rendering_providers.xlsx", xlsx_bytes(rows, "Providers"),
                     "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
    return m, ""


def lookalike_5():
    # health office phone/fax directory
    ruth = S["ruth"]
    d0 = rdate((2024, 8, 12), (2024, 8, 30), hh=9)
    rows = [["School", "Nurse / Aide", "Phone", "Fax", "Ext"]]
    for n in ["priya", "yolanda", "kath", "lorraine", "luis", "marcus", "tamsin"]:
        p = S[n]
        rows.append([p.site, f"{p.name}, {p.title.split(',')[0]}", p.phone, p.fax or "-", p.phone[-4:]])
    rows.append(["Alder Creek K-8", "Tamsin Greer (Tue/Thu)", "(608) 555-0171", "(608) 555-0172", "0171"])
    rows.append(["District Office", "Health Services main", "(608) 555-0141", "(608) 555-0199", "0141"])
    body = ("Here's the 2024-25 health office directory. Please post it by your phone and in the sub folder. "
            "After-hours nurse line for staff (not families): (608) 555-0150.\n\n" + table(rows)
            + "\n\nCounty health dept communicable disease line: (608) 555-0192\nPoison Center: (800) 555-0111\n\n"
            "Ruth\n" + HS)
    m = build(ruth, P("All Building Secretaries", "secretaries@" + DOM), "Health office directory 2024-25",
              d0, body, cc=[S["renee"]])
    return m, ""


def lookalike_6():
    # helpdesk ticket notification about label printer / asset tags
    frm = P("CHUSD Service Desk", "servicedesk@" + DOM)
    kath = S["kath"]
    d0 = rdate((2024, 9, 3), (2025, 5, 30), hh=9)
    tk = f"INC00{random.randint(40000, 49999)}"
    body = (f"Ticket {tk} has been updated.\n\n"
            f"Requester:     Kathleen O'Rourke\nLocation:      Juniper Ridge Elementary - Health Office, Rm 112\n"
            f"Category:      Hardware > Printer > Label\nAsset tag:     CHU-{random.randint(100000, 199999)}\n"
            f"Serial:        {hexid(4).upper()}{random.randint(1000000, 9999999)}\nModel:         LabelPro 550\n"
            f"Priority:      3 - Moderate\nAssigned to:   Field Tech - South (M. Yoon)\n\n"
            f"Update ({d0:%m/%d/%Y %I:%M %p}):\nReplaced USB cable and reinstalled driver 1.4.6. Test print OK from the SIS "
            f"health module (medication labels and visit passes). Leaving ticket open 3 days for confirmation.\n\n"
            f"Reply to this email to add a comment. Please do not change the subject line.\n[ref:_{hexid(10)}:ref]")
    m = build(frm, kath, f"[{tk}] Label printer - health office not printing", d0, body,
              headers={"Auto-Submitted": "auto-generated"})
    return m, ""


def lookalike_7():
    # aggregate immunization compliance stats by school
    renee = S["renee"]
    board = P("Superintendent's Cabinet", "cabinet@" + DOM)
    d0 = rdate((2024, 10, 21), (2024, 11, 8), hh=14)
    schools = [("Whitfield El.", 412), ("Juniper Ridge El.", 388), ("Alder Creek K-8", 640),
               ("Lakeview MS", 701), ("Hargrove MS", 655), ("Cedar Hollow HS", 1482)]
    rows = [["School", "Enrolled", "Complete", "In process", "Waiver", "Non-compliant", "% compliant"]]
    for s, n in schools:
        comp = int(n * random.uniform(0.88, 0.96))
        wav = int(n * random.uniform(0.02, 0.05))
        inp = random.randint(3, 15)
        non = n - comp - wav - inp
        rows.append([s, str(n), str(comp), str(inp), str(wav), str(max(non, 0)), f"{100 * comp / n:.1f}%"])
    body = ("Cabinet members,\n\nOctober 31 compliance snapshot as reported to the state (student immunization law "
            "reporting, 40-day count). Numbers are counts of students, not doses.\n\n" + table(rows) +
            "\n\nHighlights: district compliance 92.4% vs 90.1% last year; 7th grade Tdap/MenACWY remains the largest "
            "gap (41 of 118 non-compliant students). The two cafeteria walk-in clinics (10/9, 10/23) administered 186 "
            "doses. Exclusion letters go out 11/12 for remaining non-compliant students.\n\n"
            f"{renee.name}, {renee.title}")
    m = build(renee, board, "Immunization compliance - Oct 31 snapshot", d0, body,
              atts=[("imm_compliance_oct31.csv", csv_text(rows), "text/csv")])
    return m, ""


LOOKALIKE = [lookalike_1, lookalike_2, lookalike_3, lookalike_4, lookalike_5, lookalike_6, lookalike_7]


# ================================================================ CLEAN: news
def news_1():
    # district health services newsletter, HTML + logo
    frm = P("CHUSD Health Services", "healthservices@" + DOM)
    d0 = rdate((2024, 10, 1), (2025, 2, 28), hh=7)
    title = f"Health Matters - {MONTHS[d0.month-1]} {d0.year}"
    text = (f"{title}\nCedar Hollow USD Health Services\n\n"
            "FLU SEASON IS HERE\nKeep children home if they have a fever of 100.0 F or higher, vomiting, or diarrhea, "
            "and until they are fever-free for 24 hours without fever-reducing medicine. Handwashing and covering "
            "coughs still work!\n\n"
            "SCREENING SCHEDULE\nHearing and vision screenings for grades K, 1, 3, 5, 7 and 9 continue through "
            "December. You'll get a letter only if your child needs a follow-up.\n\n"
            "MEDICATION AT SCHOOL\nAll medications - including over-the-counter - need a signed form and must come in "
            "the original container, dropped off by an adult. Forms are on the district website under Health Services.\n\n"
            "ASK THE NURSE\n\"How much sleep does my middle schooler need?\" Children ages 6-12 need 9 to 12 hours; "
            "teens 13-18 need 8 to 10 hours. Screens off an hour before bed helps.\n\n"
            "Questions? Call your school nurse or Health Services at (608) 555-0141.\n\n"
            "You are receiving this because you are a parent/guardian in Cedar Hollow USD. Unsubscribe: "
            "https://www.chusd-k12.org/unsubscribe")
    import html as _html
    parts = text.split("\n\n")
    h = "<img src=\"cid:chusdlogo\" alt=\"CHUSD Health Services\" width=\"240\" height=\"60\">"
    h += f"<h2 style=\"color:#1f6e43\">{_html.escape(title)}</h2>"
    for p in parts[1:]:
        lines = p.split("\n")
        if lines[0].isupper():
            h += f"<h3 style=\"color:#1f6e43\">{_html.escape(lines[0].title())}</h3><p>{_html.escape(' '.join(lines[1:]))}</p>"
        else:
            h += f"<p>{_html.escape(' '.join(lines))}</p>"
    msg = EmailMessage()
    msg["From"] = frm.hdr()
    msg["To"] = "Cedar Hollow Families <families@lists." + DOM + ">"
    msg["Subject"] = title
    msg["Date"] = format_datetime(d0)
    msg["Message-ID"] = mid("lists." + DOM, d0)
    msg["MIME-Version"] = "1.0"
    msg["List-Unsubscribe"] = "<https://www.chusd-k12.org/unsubscribe>"
    msg["Precedence"] = "bulk"
    msg.set_content(text)
    msg.add_alternative(html_wrap(h, title), subtype="html")
    msg.get_payload()[1].add_related(logo_png(), maintype="image", subtype="png", cid="<chusdlogo>", disposition="inline",
                                     filename="chusd_health_logo.png")
    return msg, ""


def news_2():
    # county public health bulletin - measles, aggregate
    frm = P("Larkin County Health Department", "bulletins@larkincountyhealth.org")
    dana = S["dana"]
    d0 = rdate((2025, 2, 3), (2025, 4, 25), hh=16)
    n = random.randint(4, 9)
    body = (f"HEALTH ADVISORY - For school nurses, child care providers and clinicians\n{usd(d0)}\n\n"
            f"Measles cases in the region\n\nAs of today, {n} confirmed measles cases have been reported in two "
            f"neighboring counties since January; none in Larkin County. All cases were in unvaccinated or "
            f"under-vaccinated persons aged 1-34 years. Public exposure sites have included a regional airport and "
            f"a youth sports tournament.\n\nWhat schools should do:\n"
            f"  - Review MMR status of students and staff; have exclusion lists ready for students with exemptions.\n"
            f"  - Report any suspected case (fever >= 101 F AND rash AND cough/coryza/conjunctivitis) immediately "
            f"to the communicable disease line, (608) 555-0192, 24/7.\n"
            f"  - Do not send suspected cases to a clinic waiting room without calling ahead.\n\n"
            f"Free MMR clinics: Tuesdays 1-6 PM at the Health Department, 300 Court St. No appointment needed.\n\n"
            f"Larkin County Health Department | Communicable Disease Program\n"
            f"You are receiving this advisory as a registered partner. Manage your subscription online.")
    m = build(frm, P("School Health Partners", "school-partners@lists.larkincountyhealth.org"),
              "HEALTH ADVISORY: Regional measles cases - guidance for schools", d0, body, bcc=None,
              headers={"Precedence": "bulk"})
    return m, ""


def news_3():
    # back-to-school immunization reminder for families (EN + short ES)
    frm = P("Cedar Hollow USD", "announcements@" + DOM)
    d0 = mkdate(2024, 7, random.randint(15, 26), 10)
    body = ("Dear Families,\n\nBefore the first day of school on August 19, please make sure your child's "
            "immunizations are up to date.\n\n"
            "Entering kindergarten: DTaP (5), Polio (4), MMR (2), Varicella (2), Hep B (3)\n"
            "Entering 7th grade: Tdap (1) and MenACWY (1)\n"
            "Entering 12th grade: MenACWY booster (recommended)\n\n"
            "Bring your child's record to registration or ask your doctor to send it to the school. You can also "
            "look up your child's record yourself on the state immunization registry public portal.\n\n"
            "No insurance? Free and low-cost vaccines are available at the Larkin County Health Department. "
            "Back-to-school walk-in clinic: August 6 and 13, 2-7 PM.\n\n"
            "If you plan to request a waiver, forms are available at your school office.\n\n"
            "---\nEstimadas familias: antes del 19 de agosto, por favor revisen que las vacunas de sus hijos estén al "
            "día. Kínder: DTaP, polio, MMR, varicela, hepatitis B. 7º grado: Tdap y MenACWY. Clínica gratuita el 6 y 13 "
            "de agosto, 2-7 PM, en el Departamento de Salud del Condado.\n\n"
            "Cedar Hollow Unified School District | Health Services | (608) 555-0141")
    m = build(frm, P("CHUSD Families", "families@lists." + DOM), "Back-to-school: immunization requirements",
              d0, body, html=text_to_html(body), headers={"Precedence": "bulk"})
    return m, ""


def news_4():
    # mental health awareness week announcement to staff
    nina = S["nina"]
    d0 = mkdate(2025, 4, random.randint(21, 25), 7)
    body = ("Good morning CHHS staff,\n\nMay 5-9 is Mental Health Awareness Week. Here's what's happening:\n\n"
            "Mon - \"Check-in Monday\" 5-minute advisory lesson (slides in the shared folder)\n"
            "Tue - Therapy dogs in the library, lunch periods\n"
            "Wed - Staff wellness walk after school, meet at the flagpole\n"
            "Thu - Guest speaker for juniors: Larkin County crisis team on stress and sleep\n"
            "Fri - Wear green!\n\n"
            "Reminder of supports: students can text the regional crisis line at 555-0108 or call/text 988 any time. "
            "Staff can reach the Employee Assistance Program at (800) 555-0183 - free and confidential, 6 sessions "
            "per issue.\n\nIf you're worried about a student, please don't wait - walk them to the counseling "
            "office or call ext. 0310.\n\nNina Abernathy\nSchool Counselor")
    m = build(nina, P("CHHS All Staff", "chhs-staff@" + DOM), "Mental Health Awareness Week - May 5-9", d0, body)
    return m, ""


def news_5():
    # research summary forwarded by director - aggregate only
    renee = S["renee"]
    d0 = rdate((2024, 9, 9), (2025, 5, 9), hh=17)
    body = ("Sharing this for our budget conversation - good aggregate data on nurse staffing.\n\nRenee\n\n"
            + fwd_hdr(earlier(d0, days=1), "School Health Research Digest <digest@schoolhealthdigest.org>",
                      "renee.castellano@" + DOM, "Research Digest: Full-time nurses and chronic absenteeism")
            + "\n\nRESEARCH DIGEST - Volume 12, Issue 4\n\n"
            "Full-time school nurses linked to fewer health-related absences\n\n"
            "A multi-state study of 1,126 elementary schools compared buildings with a full-time RN to those with "
            "part-time or no nurse coverage over three school years. Schools with a full-time nurse had 0.8 fewer "
            "days of health-related absence per student per year and were 18% less likely to send students home "
            "early. Effects were largest among students with asthma and diabetes and in Title I schools. Teachers "
            "reported saving an average of 20 minutes per day on health issues.\n\n"
            "Limitations: observational design; staffing was not randomized; data came from attendance codes, "
            "which vary across districts.\n\n"
            "Practice takeaway: when making the case for staffing, pair absenteeism data with health office visit "
            "dispositions (return-to-class rates).\n\n"
            "Unsubscribe | Manage preferences | schoolhealthdigest.org")
    m = build(renee, [S["dana"], S["sarah"]], "FW: Research Digest: Full-time nurses and chronic absenteeism", d0, body)
    return m, ""


def news_6():
    # vendor marketing for health office software
    frm = P("Kestrel Health Systems", "hello@kestrelhealthsys.com")
    dana = S["dana"]
    d0 = rdate((2024, 9, 3), (2025, 5, 16), hh=10)
    text = ("Hi Dana,\n\nSchool nurses spend up to 30% of their day on documentation. Kestrel SchoolCare cuts that "
            "in half:\n\n"
            "  * One-tap office visits with automatic parent notification\n"
            "  * Immunization compliance that syncs nightly with your state registry\n"
            "  * Medicaid-ready nursing notes with CPT/HCPCS prompts\n"
            "  * eMAR with barcode scanning for medication passes\n\n"
            "Districts like yours saw a 42% drop in late billing notes in the first semester.\n\n"
            "Join our 30-minute webinar on Thursday at 3:30 PM CT, or reply to book a demo.\n\n"
            "Jordan Whitaker\nAccount Executive, K-12 | Kestrel Health Systems\n(312) 555-0139\n\n"
            "Kestrel Health Systems, 500 W Lake St, Suite 900, Chicago IL. Unsubscribe from marketing emails.")
    m = build(frm, dana, "Dana, give your nurses back an hour a day", d0, text, html=text_to_html(text),
              headers={"List-Unsubscribe": "<mailto:unsubscribe@kestrelhealthsys.com>", "Precedence": "bulk"})
    return m, ""


NEWS = [news_1, news_2, news_3, news_4, news_5, news_6]


# ================================================================ CLEAN: staff
def staff_1():
    # float nurse weekly schedule
    dana = S["dana"]
    d0 = rdate((2024, 9, 9), (2025, 5, 23), hh=15)
    mon = d0 + datetime.timedelta(days=7 - d0.weekday())
    days = [mon + datetime.timedelta(days=i) for i in range(5)]
    rows = [["", *[f"{DAYS[d.weekday()][:3]} {short(d)}" for d in days]],
            ["Tamsin Greer RN", "Alder Creek", "Alder Creek", "Juniper Ridge", "Juniper Ridge", "Juniper Ridge"],
            ["Sub: Carla Nyquist RN", "Hargrove MS", "Hargrove MS", "-", "Hargrove MS", "-"],
            ["Yolanda Pierce HA", "Whitfield", "Whitfield", "Whitfield", "Whitfield", "Whitfield (1/2 day)"],
            ["Dana Whitcomb RN", "DO / meetings", "Lakeview (screening)", "DO", "Alder Creek", "DO"]]
    body = ("Float coverage for next week is below and in the shared calendar. Kathleen is out Wed-Fri - Tamsin "
            "covers Juniper Ridge. Hargrove has a sub Mon/Tue/Thu; Wed & Fri Hargrove office staff call Lakeview "
            "(Luis) for anything that can't wait.\n\n" + table(rows, sep=" | ") +
            "\n\nPlease make sure your sub folder and delegation binders are current.\n\nDana")
    m = build(dana, [S[n] for n in ALL_NURSES if n != "dana"], f"Float schedule - week of {short(mon)}", d0, body,
              cc=[S["yolanda"], S["lorraine"]])
    return m, ""


def staff_2():
    # roster with credentials and CPR expirations (staff)
    sarah = S["sarah"]
    d0 = rdate((2024, 8, 12), (2024, 9, 6), hh=11)
    people = [("Dana Whitcomb", "RN, BSN, NCSN", "RN-" + str(random.randint(100000, 999999)), "03/2026", "Instructor"),
              ("Luis Ferreira", "RN, BSN", "RN-" + str(random.randint(100000, 999999)), "10/2024", "BLS"),
              ("Priya Raman", "RN, BSN", "RN-" + str(random.randint(100000, 999999)), "05/2025", "BLS"),
              ("Marcus Bell", "RN, MSN", "RN-" + str(random.randint(100000, 999999)), "01/2026", "BLS"),
              ("Tamsin Greer", "RN, ADN", "RN-" + str(random.randint(100000, 999999)), "09/2024", "BLS"),
              ("Kathleen O'Rourke", "LPN", "LPN-" + str(random.randint(10000, 99999)), "12/2025", "BLS"),
              ("Yolanda Pierce", "Health Aide, CNA", "CNA-" + str(random.randint(100000, 999999)), "11/2024", "Heartsaver"),
              ("Lorraine Batista", "Health Aide", "-", "02/2025", "Heartsaver")]
    rows = [["Name", "Credentials", "License/Reg #", "CPR exp", "CPR type"]] + [list(p) for p in people]
    body = ("Hi all,\n\nAnnual credential check. Please look at your row and let me know by 9/13 if anything is "
            "wrong. Anyone with CPR expiring before December: Dana is teaching a BLS renewal on 9/25 at 3:45 "
            "(sign up on the sheet in the DO). HR needs a copy of your renewed license within 10 days of renewal.\n\n"
            + table(rows) + "\n\nThanks,\nSarah\n\n" + sig(sarah, 0))
    m = build(sarah, P("Health Services Staff", "health-services-staff@" + DOM), "Credential / CPR roster 2024-25",
              d0, body, atts=[("credential_roster.xlsx", xlsx_bytes(rows, "Staff"),
                               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
    return m, ""


def staff_3():
    # welcome new nurse
    renee = S["renee"]
    d0 = rdate((2024, 10, 14), (2025, 1, 24), hh=9)
    body = ("Team,\n\nPlease join me in welcoming Esther Mwangi, RN, who starts Monday as the new school nurse at "
            "Hargrove Middle School. Esther comes to us from eight years in pediatric urgent care at Mercy Valley "
            "and most recently worked as a camp nurse for Lake Tamarack Summer Camp. She's bilingual in English and "
            "Swahili, is working on her NCSN, and is a serious baker (be warned).\n\n"
            "Esther will shadow Luis at Lakeview on Monday and Tuesday and will be at Hargrove starting Wednesday. "
            "Her email is esther.mwangi@chusd-k12.org and the Hargrove health office is ext. 0250.\n\n"
            "Welcome, Esther!\n\nRenee")
    m = build(renee, [S[n] for n in ALL_NURSES] + [P("Esther Mwangi", "esther.mwangi@" + DOM)],
              "Welcome Esther Mwangi, RN - Hargrove MS", d0, body)
    return m, ""


def staff_4():
    # payroll: timesheets and extra-duty pay for sports physicals night
    paula = S["paula"]
    d0 = rdate((2025, 3, 3), (2025, 5, 23), hh=13)
    body = ("Hi Health Services,\n\nExtra-duty timesheets for the May 8 sports physical night need to be in by "
            "noon Friday to make the May 30 check. Use the EXTRA DUTY code ED-14 (clinical, $38.50/hr) - not "
            "the regular sub code. Health aides use ED-11 ($22.75/hr).\n\n"
            "Also a reminder that mileage for float nurses is reimbursed monthly at the IRS rate ($0.70/mi) - "
            "submit the mileage log with building-to-building trips only, not your commute.\n\n"
            "Questions about your stub, reply to me directly, not to the group.\n\n"
            f"Paula Lindqvist\nPayroll Specialist | {DIST}\n{paula.phone}\n\n{DISCLAIMER2}")
    m = build(paula, P("Health Services Staff", "health-services-staff@" + DOM),
              "Extra duty pay - sports physical night", d0, body)
    return m, ""


def staff_5():
    # a staff member's leave without health details; coverage
    dana = S["dana"]
    d0 = rdate((2024, 12, 2), (2024, 12, 20), hh=14)
    body = ("Hi all,\n\nKathleen will be on leave from January 13 through March 7. Please don't reach out to her "
            "about work during that time - she'll be in touch when she's back.\n\n"
            "Coverage at Juniper Ridge:\n"
            "  - Tamsin Greer RN: Mon/Wed/Fri\n"
            "  - Carla Nyquist RN (sub): Tue/Thu\n"
            "  - Lorraine stays full time as health aide\n\n"
            "Jen Strand (principal) has the updated sub folder. Delegations will be re-signed by Tamsin on Jan 10.\n\n"
            "Thanks for pitching in,\nDana")
    m = build(dana, [S["tamsin"], S["lorraine"], S["jen"]], "Juniper Ridge coverage Jan 13 - Mar 7", d0, body,
              cc=[S["renee"]])
    return m, ""


def staff_6():
    # school nurse day celebration
    ruth = S["ruth"]
    d0 = mkdate(2025, 4, random.randint(28, 30), 11)
    body = ("It's almost National School Nurse Day (Wed May 7)! \U0001F389\n\n"
            "We're doing a breakfast potluck at the district office 7:00-7:45 before school. Sign up for what "
            "you're bringing on the sheet in the Teams channel (we have 4 coffee cakes so far, need fruit and "
            "something savory).\n\nThe board will also recognize our health services team at the May 12 meeting - "
            "Dr. Castellano would love as many of you there as possible (6:30, Board Room).\n\n"
            "Ruth")
    m = build(ruth, P("Health Services Staff", "health-services-staff@" + DOM), "School Nurse Day breakfast!",
              d0, body, html=text_to_html(body))
    return m, ""


def staff_7():
    # summer school on-call list
    sarah = S["sarah"]
    d0 = mkdate(2025, 5, random.randint(19, 30), 10)
    while d0.weekday() > 4:
        d0 = later(d0, days=1)
    rows = [["Week of", "On-call RN", "Cell", "Backup"],
            ["6/16", "Luis Ferreira", "(608) 555-0114", "Dana Whitcomb"],
            ["6/23", "Priya Raman", "(608) 555-0121", "Marcus Bell"],
            ["6/30", "Marcus Bell", "(608) 555-0137", "Tamsin Greer"],
            ["7/7", "Tamsin Greer", "(608) 555-0148", "Luis Ferreira"],
            ["7/14", "Dana Whitcomb", "(608) 555-0155", "Priya Raman"],
            ["7/21", "Priya Raman", "(608) 555-0121", "Dana Whitcomb"]]
    body = ("Summer school on-call rotation is set. Summer school runs 6/16-7/25, 8:00-12:00 at Lakeview and "
            "Alder Creek. On-call RN answers the phone for both sites and covers med pass at Lakeview. On-call "
            "stipend per the MOU.\n\n" + table(rows) + "\n\nSwaps are fine, just email me and Paula.\n\n"
            + sig(sarah, 2))
    m = build(sarah, [S[n] for n in ["luis", "priya", "marcus", "tamsin", "dana"]],
              "Summer school on-call 2025", d0, body, cc=[S["paula"]])
    return m, ""


STAFF = [staff_1, staff_2, staff_3, staff_4, staff_5, staff_6, staff_7]


# ================================================================ CLEAN: training
def training_1():
    # medication administration quiz for unlicensed staff
    dana = S["dana"]
    d0 = rdate((2024, 8, 12), (2024, 9, 6), hh=13)
    quiz = ["**Medication Administration for School Staff - Post-Test (Fall 2024)**",
            "Name: ____________________   Building: ____________   Date: ________",
            "1. Name the 'rights' of medication administration. (student, medication, dose, time, route, documentation)",
            "2. A parent sends in 10 tablets in a plastic sandwich bag with a note. What do you do?",
            "   a) Give the medication as the note says  b) Call the nurse and do not give it  c) Put it in the student's backpack",
            "3. A student's label says 'take 1 tablet at 12:00'. The student comes at 12:50. Within the 30-minute window? Y / N",
            "4. Where is a controlled medication count recorded, and how often?",
            "5. Sample scenario: 'Student A', a fictional 4th grader, says she already took her noon pill at home. "
            "What do you document and whom do you call?",
            "6. True or False: It is OK to pre-pour medications for the week.",
            "Passing score: 5 of 6. Return to your building nurse."]
    body = ("Hi all,\n\nAttached is the post-test for the med administration training on Thursday. Building nurses "
            "please print enough copies for your delegated staff (secretaries, health aides, para pros who do field "
            "trips). Answer key is in the Health Services drive - do NOT send it to the buildings.\n\n"
            "The skills check-off is separate and still has to be done in person.\n\nDana")
    m = build(dana, [S[n] for n in ALL_NURSES if n != "dana"], "Med admin training - post-test", d0, body,
              atts=[("MedAdmin_PostTest_Fall2024.docx", docx_bytes(quiz),
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
    return m, ""


def training_2():
    # SIS health module UAT test script with test records
    dev = S["devin"]
    sarah = S["sarah"]
    d0 = rdate((2025, 1, 13), (2025, 3, 7), hh=10)
    rows = [["Step", "Action", "Test record", "Expected result", "Pass/Fail"],
            ["1", "Log in to TRAINING environment (sis-train)", "-", "Banner 'TRAINING - NOT LIVE DATA'", ""],
            ["2", "Open student", "TESTSTUDENT, ALPHA  ID 9999001  DOB 01/01/2015", "Health tab visible", ""],
            ["3", "Add office visit: headache, rest 15 min, RTC", "TESTSTUDENT, ALPHA", "Visit saved; parent email queued (suppressed in TRAIN)", ""],
            ["4", "Add immunization: Tdap 08/01/2024", "TESTSTUDENT, BRAVO  ID 9999002", "Compliance flips to Complete", ""],
            ["5", "Add medication order: test med 1 tab daily", "TESTSTUDENT, CHARLIE  ID 9999003", "MAR shows 12:00 dose", ""],
            ["6", "Run State Compliance report, grade 7", "all 99990xx records", "3 test students listed", ""],
            ["7", "Export VXU to registry TEST endpoint", "TESTSTUDENT, BRAVO", "ACK AA returned", ""]]
    body = ("Sarah,\n\nHere's the UAT script for the health module upgrade. Please run it in the TRAINING "
            "environment only - the 99990xx students are fake records we created for testing, nothing carries to "
            "production. Mark Pass/Fail and add screenshots for any fail.\n\n" + pipe_table(rows) +
            "\n\nWe need sign-off by the 28th for the go-live date.\n\nDevin\n" + dev.title)
    m = build(dev, sarah, "UAT test script - health module 2025.1", d0, body, cc=[S["dana"]],
              atts=[("UAT_health_module.csv", csv_text(rows), "text/csv")])
    return m, ""


def training_3():
    # case study with no identifiers
    marc = S["marcus"]
    d0 = rdate((2024, 9, 16), (2025, 4, 25), hh=14)
    body = ("For Wednesday's PD session - diabetes case study. This is a composite, not a real student. Read it before "
            "we meet and come ready to discuss the questions at the end.\n\n"
            "CASE STUDY: A 14-year-old freshman with type 1 diabetes (diagnosed at age 9) uses an insulin pump and "
            "a CGM. At 1:40 PM the CGM alarms at 62 mg/dL with a down arrow during a chemistry lab. The student says "
            "they feel 'fine' and wants to finish the lab. The teacher has not been trained on the student's plan. "
            "The student has fast-acting glucose in their backpack, which is in the hallway locker.\n\n"
            "Discussion questions:\n1. What should happen in the first 2 minutes?\n"
            "2. Who needs training, and how would you document it?\n"
            "3. How does the 'rule of 15' apply with a pump that may still be delivering insulin?\n"
            "4. What would you change in the emergency care plan for lab classes?\n\n"
            "Marcus Bell, RN, MSN")
    m = build(marc, [S["luis"], S["priya"], S["tamsin"], S["kath"]], "PD Wednesday - case study (read ahead)", d0, body)
    return m, ""


def training_4():
    # sample IHP template with a fictitious student
    sarah = S["sarah"]
    d0 = rdate((2024, 8, 5), (2024, 8, 30), hh=10)
    doc = docx_bytes(["**SAMPLE - Individualized Healthcare Plan (IHP) - Asthma**",
                      "Student: Jane Sample (FICTITIOUS - for training only)     Grade: 3     School: Example Elementary",
                      "DOB: 01/01/2016 (sample)     Teacher: Mr. Example",
                      "Nursing diagnosis: Ineffective airway clearance related to bronchospasm.",
                      "Goal: Student will participate in PE/recess with no more than 1 health-office visit per week for symptoms.",
                      "Interventions: 1) Pre-exercise albuterol per order. 2) Teach spacer technique. 3) Identify triggers with family.",
                      "Evaluation: Review quarterly; update with new orders.",
                      "Replace every field in this template - do not copy the sample text into a real plan."])
    body = ("Attached is the updated IHP template with a filled-in sample so new staff can see what 'good' looks "
            "like. Jane Sample is made up - please make sure nobody saves over the template with a real student.\n\n"
            "Templates for diabetes, seizure and severe allergy are in the same folder.\n\n" + sig(sarah, 1))
    m = build(sarah, P("Health Services Staff", "health-services-staff@" + DOM), "IHP template + sample (asthma)",
              d0, body, atts=[("IHP_Template_Asthma_SAMPLE.docx", doc,
                               "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
    return m, ""


def training_5():
    # Medicaid documentation training: de-identified note examples
    sh = S["sheila"]
    d0 = rdate((2024, 9, 16), (2024, 10, 11), hh=12)
    body = ("Thanks to everyone who came to the SBS documentation training. As promised, the examples we used. "
            "These are de-identified/made-up notes - no real student.\n\n"
            "WEAK NOTE:\n  \"Worked on speech. Did good.\"\n\n"
            "STRONG NOTE:\n  \"Date/time: [DOS] 10:15-10:45 (2 units). Individual session, speech room. Goal 2 "
            "(/s/ blends in phrases): 16/20 correct with visual cue, up from 11/20. Goal 3 (following 2-step "
            "directions): 4/5 with one repetition. Plan: fade visual cue next session. [Signature, credentials]\"\n\n"
            "NURSING EXAMPLE:\n  \"[DOS] 11:30-11:45. Clean intermittent catheterization per IEP/physician order. "
            "Output 180 mL, clear yellow. Student participated in setup. No issues. [RN signature]\"\n\n"
            "Quiz (5 questions) is on the training page; it closes Friday.\n\nSheila")
    m = build(sh, P("SBS Providers", "sbs-providers@" + DOM), "Training follow-up: example notes + quiz", d0, body,
              atts=[("SBS_training_slides.pdf", pdf_bytes(["SBS Documentation Training - Fall 2024",
                                                           "Cedar Hollow USD Business Office", "",
                                                           "1. What makes a note billable", "2. Units & time",
                                                           "3. Examples (de-identified)", "4. Common denials: CO-16, CO-29, N286",
                                                           "5. Quiz"]), "application/pdf")])
    return m, ""


def training_6():
    # seizure first aid training signup with fictional scenario + ICS
    kath = S["kath"]
    d0 = rdate((2024, 9, 3), (2025, 3, 28), hh=11)
    tr = later(d0, days=8).replace(hour=15, minute=30, second=0)
    end = tr.replace(hour=16, minute=30)
    ics = ics_text(f"{hexid(16)}@{DOM}", tr, end, "Seizure First Aid for School Staff", "Juniper Ridge Library",
                   kath, "Bring a pen. Certificate provided.")
    body = (f"Hi Juniper Ridge staff!\n\nSeizure first aid training is {DAYS[tr.weekday()]} {usd(tr)} at 3:30 in the "
            f"library (1 hour, counts toward PD). Everyone who works with students on a seizure plan needs it each "
            f"year, but all staff are welcome.\n\nWe'll practice with a pretend scenario: 'A student in the "
            f"lunchroom falls and starts jerking - what now?' Stay, Safe, Side; time it; and when to call 911.\n\n"
            f"Reply to sign up so I have enough handouts.\n\nKathleen O'Rourke, LPN\nJuniper Ridge Health Office")
    m = build(kath, P("Juniper Ridge Staff", "jr-staff@" + DOM), "Seizure first aid training - sign up", d0, body,
              atts=[("seizure_training.ics", ics, "text/calendar")])
    return m, ""


TRAINING = [training_1, training_2, training_3, training_4, training_5, training_6]


# ================================================================ main
PLAN = [("phi", "care", CARE, 8), ("phi", "ids", IDS, 8), ("phi", "lang", LANG, 8),
        ("phi", "lists", LISTS, 7), ("phi", "names", NAMES, 8), ("phi", "self", SELF, 7),
        ("phi", "struct", STRUCT, 7),
        ("clean", "admin", ADMIN, 7), ("clean", "lookalike", LOOKALIKE, 7), ("clean", "news", NEWS, 6),
        ("clean", "staff", STAFF, 7), ("clean", "training", TRAINING, 6)]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    rows = []
    counts = {}
    for label, kind, funcs, n in PLAN:
        assert len(funcs) == n, (kind, len(funcs), n)
        for i, fn in enumerate(funcs, 1):
            msg, pname = fn()
            fname = f"{label}-{kind}-{i:03d}.eml"
            with open(os.path.join(out, fname), "wb") as f:
                f.write(msg.as_bytes(policy=policy.SMTP))
            rows.append([fname, label, kind, pname if label == "phi" else ""])
            counts[f"{label}-{kind}"] = counts.get(f"{label}-{kind}", 0) + 1
    with open(os.path.join(out, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    for k, v in counts.items():
        print(f"{k}: {v}")
    print(f"total: {sum(counts.values())}")


if __name__ == "__main__":
    main()
