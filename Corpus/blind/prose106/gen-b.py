#!/usr/bin/env python3
"""Blind evaluation mail set: a university student health & counselling centre.
Everything here is invented. Standard library only; deterministic.
Usage: python3 gen.py OUTDIR
"""
import sys, os, io, csv, json, random, zipfile, zlib, struct, datetime
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime, formataddr

SEED = 10602
random.seed(SEED)
R = random

# ---------------------------------------------------------------- organisation
UNI = "Bellmont University"
D = "bellmont-u.org"              # staff / departments
SD = "students.bellmont-u.org"    # students
CTR = "Student Health & Counselling Centre"
CTR_ADDR = "Hollis Wellness Building, 220 Larch Walk, Bellmont, OH 44709"
MAIN_PH = "(330) 555-0142"
FAX = "(330) 555-0189"
PLAN = "Bellmont Student Health Plan"
TPA = "Keystone Collegiate Benefits"
TPA_D = "keystonecb.com"

STAFF = {
    "raman":    ("Priya Raman, MD", "Medical Director", "praman", "x4410"),
    "kessler":  ("Owen Kessler, MD", "Staff Physician", "okessler", "x4417"),
    "ortega":   ("Marisol Ortega, FNP-C", "Nurse Practitioner", "mortega", "x4421"),
    "whitcomb": ("Jenna Whitcomb, RN", "Clinical Nurse", "jwhitcomb", "x4425"),
    "alvarez":  ("Tom Alvarez", "Patient Services Coordinator", "talvarez", "x4400"),
    "brandt":   ("Keisha Brandt, LCSW", "Staff Counsellor", "kbrandt", "x4462"),
    "lindqvist":("Hannah Lindqvist, PsyD", "Director of Counselling Services", "hlindqvist", "x4460"),
    "menon":    ("Ravi Menon", "Immunisation Compliance Coordinator", "rmenon", "x4433"),
    "benedetti":("Carla Benedetti", "Insurance & Billing Coordinator", "cbenedetti", "x4437"),
    "sutter":   ("Greg Sutter", "Clinical Systems Analyst", "gsutter", "x4450"),
    "okafor":   ("Denise Okafor", "Office Manager", "dokafor", "x4402"),
    "porter":   ("Liam Porter, CPhT", "Pharmacy Technician", "lporter", "x4440"),
    "achebe":   ("Samuel Achebe, MD", "Consulting Psychiatrist", "sachebe", "x4466"),
    "nakamura": ("Beth Nakamura, MPH", "Health Promotion Coordinator", "bnakamura", "x4470"),
    "haddad":   ("Amira Haddad", "Case Manager, Office of the Dean of Students", "ahaddad", "x2290"),
    "reinholt": ("Dave Reinholt", "Head Coach, Men's Soccer", "dreinholt", "x3318"),
    "fairley":  ("Jordan Fairley", "Residence Director, Alder & Kessler Halls", "jfairley", "x5120"),
    "yoon":     ("Grace Yoon, ATC", "Assistant Athletic Trainer", "gyoon", "x3340"),
    "pruitt":   ("Neil Pruitt, PA-C", "Physician Assistant", "npruitt", "x4419"),
    "castro":   ("Lucia Castro, LPC", "Staff Counsellor", "lcastro", "x4464"),
}


def who(key, plain=False):
    name, title, user, ext = STAFF[key]
    disp = name.split(",")[0]
    return formataddr((disp, f"{user}@{D}"))


def sig(key, style="full"):
    name, title, user, ext = STAFF[key]
    if style == "short":
        return f"\n{name.split(',')[0].split()[0]}\n"
    if style == "mid":
        return f"\n--\n{name}\n{title}\n{MAIN_PH} {ext}\n"
    return (f"\n--\n{name}\n{title}\n{CTR if key not in ('haddad','reinholt','fairley','yoon') else UNI}\n"
            f"{CTR_ADDR if key not in ('haddad','reinholt','fairley','yoon') else 'Bellmont, OH 44709'}\n"
            f"Ph {MAIN_PH} {ext} | Fax {FAX}\n")


DISC = ("CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the\n"
        "intended recipient(s) and may contain confidential and privileged information. Any\n"
        "unauthorized review, use, disclosure or distribution is prohibited. If you are not the\n"
        "intended recipient, please contact the sender by reply e-mail and destroy all copies.")
DISC2 = ("This message is from the Bellmont University Student Health & Counselling Centre. It may\n"
         "contain information protected under federal and state privacy law. If you received it in\n"
         "error please notify us at 330-555-0142 and delete it.")
DISC3 = "Sent from my iPhone"
DISC4 = "Get Outlook for Android"

# ---------------------------------------------------------------- people
FIRST = ["Maya", "Devon", "Sofia", "Jake", "Aaliyah", "Chris", "Tyler", "Priyanka", "Lena", "Marcus",
         "Kayla", "Ana", "Jamal", "Hannah", "Noah", "Emily", "Diego", "Zoe", "Ethan", "Fatima",
         "Liam", "Olivia", "Mateo", "Chloe", "Isaiah", "Grace", "Aiden", "Nadia", "Caleb", "Ruby",
         "Malik", "Sienna", "Owen", "Amara", "Julian", "Leah", "Xavier", "Imani", "Tristan", "Bella",
         "Kofi", "Mei", "Rohan", "Anya", "Brendan", "Camila", "Dmitri", "Esther", "Farah", "Gavin",
         "Hailey", "Ibrahim", "Jasmine", "Kieran", "Lucia", "Miles", "Naomi", "Omar", "Paige", "Quinn"]
LAST = ["Thornton", "Shah", "Marchetti", "Morrow", "Brooks", "Dunleavy", "Okoye", "Das", "Hofmann",
        "Bell", "Simmons", "Rodriguez", "Pierce", "Gallagher", "Nguyen", "Kowalski", "Ferreira",
        "Abernathy", "Castellano", "Haddon", "Lindgren", "Mbeki", "Oyelaran", "Patel", "Quintero",
        "Rasmussen", "Sato", "Tanaka", "Underwood", "Vasquez", "Whitaker", "Yilmaz", "Zimmerman",
        "Aldridge", "Baptiste", "Chowdhury", "Delacroix", "Ellison", "Fitzgerald", "Greenberg",
        "Hollister", "Ibarra", "Jablonski", "Kaminski", "Lomax", "McAllister", "Novak", "Osei",
        "Pemberton", "Reyes", "Sorensen", "Truong", "Voss", "Wainwright", "Yates", "Bustamante",
        "Carrow", "Dempsey", "Espinoza", "Foley"]
HALLS = ["Alder Hall", "Kessler Hall", "Ridgeway Hall", "Maplecrest Hall", "Thayer House",
         "Windham Hall", "North Commons", "Larkspur Hall"]
FEM = {"Maya", "Sofia", "Aaliyah", "Priyanka", "Lena", "Kayla", "Ana", "Hannah", "Emily", "Zoe", "Fatima", "Olivia",
       "Chloe", "Grace", "Nadia", "Ruby", "Sienna", "Amara", "Leah", "Imani", "Bella", "Mei", "Anya", "Camila",
       "Esther", "Farah", "Hailey", "Jasmine", "Lucia", "Naomi", "Paige", "Seoyeon", "Zihan"}


def sexof(s):
    return "F" if s["first"] in FEM else "M"

_used = set()


def student(first=None, last=None, sex=None):
    while True:
        f = first or R.choice(FIRST)
        l = last or R.choice(LAST)
        if (f, l) not in _used or (first and last):
            break
    _used.add((f, l))
    y = R.choice([2002, 2003, 2004, 2005, 2006, 2001, 1999])
    dob = datetime.date(y, R.randint(1, 12), R.randint(1, 28))
    s = {
        "first": f, "last": l, "name": f"{f} {l}",
        "sid": "B00" + "".join(str(R.randint(0, 9)) for _ in range(6)),
        "mrn": "HC-" + str(R.randint(100000, 299999)),
        "mem": "KCB" + "".join(str(R.randint(0, 9)) for _ in range(9)),
        "dob": dob,
        "dobs": dob.strftime("%m/%d/%Y"),
        "email": f"{f.lower()}.{l.lower()}@{SD}",
        "phone": f"({R.choice(['330','216','614','440','419','724'])}) 555-{R.randint(100, 199):04d}",
        "hall": R.choice(HALLS), "room": str(R.randint(101, 438)),
    }
    return s


# ---------------------------------------------------------------- dates / ids
def _tz(d):
    dst = (datetime.date(2024, 3, 10) <= d < datetime.date(2024, 11, 3)) or \
          (datetime.date(2025, 3, 9) <= d < datetime.date(2025, 11, 2))
    return datetime.timezone(datetime.timedelta(hours=-4 if dst else -5))


def dt(m, d, h=None, mi=None, year=None):
    if year is None:
        year = 2024 if m >= 8 else 2025
    h = R.randint(7, 18) if h is None else h
    mi = R.randint(0, 59) if mi is None else mi
    day = datetime.date(year, m, d)
    return datetime.datetime(year, m, d, h, mi, R.randint(0, 59), tzinfo=_tz(day))


def rdt(weekend=False):
    start = datetime.date(2024, 8, 26)
    while True:
        day = start + datetime.timedelta(days=R.randint(0, 245))
        if weekend or day.weekday() < 5:
            return dt(day.month, day.day, year=day.year)


def later(d, minutes=None, hours=None, days=None):
    delta = datetime.timedelta(minutes=minutes or 0, hours=hours or 0, days=days or 0)
    if not (minutes or hours or days):
        delta = datetime.timedelta(minutes=R.randint(12, 400))
    n = d + delta
    return n.replace(tzinfo=_tz(n.date()))


def wrote(d, name):
    return f"On {d.strftime('%a, %b %-d, %Y at %-I:%M %p')} {name} wrote:"


def outlook_hdr(frm, sent, to, subj, cc=None):
    s = f"-----Original Message-----\nFrom: {frm}\nSent: {sent.strftime('%A, %B %-d, %Y %-I:%M %p')}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    return s + f"Subject: {subj}\n"


def fwd_hdr(frm, sent, to, subj):
    return (f"---------- Forwarded message ---------\nFrom: {frm}\n"
            f"Date: {sent.strftime('%a, %b %-d, %Y at %-I:%M %p')}\nSubject: {subj}\nTo: {to}\n")


def q(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.rstrip("\n").split("\n"))


def mid(dom, d):
    return f"<{d.strftime('%Y%m%d%H%M%S')}.{R.getrandbits(40):010x}@{dom}>"


# ---------------------------------------------------------------- attachments
ZDT = (2024, 9, 1, 8, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def _x(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def xlsx(rows, sheet="Sheet1"):
    def col(i):
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    sd = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = f"{col(ci)}{ri}"
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_x(v)}</t></is></c>')
        sd.append(f'<row r="{ri}">{"".join(cells)}</row>')
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 f'<sheetData>{"".join(sd)}</sheetData></worksheet>')
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
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet_xml)])


def docx(paras):
    body = []
    for p in paras:
        bold = p.startswith("**")
        t = p.strip("*")
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        body.append(f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{_x(t)}</w:t></w:r></w:p>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f'<w:body>{"".join(body)}<w:sectPr/></w:body></w:document>')
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


def pdf(lines, title="Document"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = ["BT", "/F1 11 Tf", "14 TL", "56 760 Td"]
    for ln in lines:
        stream.append(f"({esc(ln)}) Tj T*")
    stream.append("ET")
    st = "\n".join(stream).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(st)).encode() + b" >>\nstream\n" + st + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ("<< /Title (" + esc(title) + ") /Producer (Bellmont SHCC) >>").encode("latin-1"),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def png(w=120, h=40, kind="logo"):
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            if kind == "logo":
                # navy band with a white cross on the left, white background
                if 6 <= y < h - 6 and 6 <= x < 34:
                    cx, cy = 20, h // 2
                    if abs(x - cx) < 4 or abs(y - cy) < 4:
                        row += bytes((255, 255, 255))
                    else:
                        row += bytes((24, 48, 96))
                elif h - 6 <= y < h - 3 and x >= 40:
                    row += bytes((24, 48, 96))
                else:
                    row += bytes((255, 255, 255))
            else:  # blank scan page, faint grey noise-free border
                if x < 2 or y < 2 or x >= w - 2 or y >= h - 2:
                    row += bytes((235, 235, 235))
                else:
                    row += bytes((252, 252, 250))
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(t, data):
        c = struct.pack(">I", len(data)) + t + data
        return c + struct.pack(">I", zlib.crc32(t + data) & 0xffffffff)
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def ics(uid, start, end, summary, location, desc="", organizer=None):
    f = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Bellmont University//SHCC Calendar//EN",
             "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{uid}",
             f"DTSTAMP:{start.astimezone(datetime.timezone.utc).strftime(f)}Z",
             f"DTSTART:{start.astimezone(datetime.timezone.utc).strftime(f)}Z",
             f"DTEND:{end.astimezone(datetime.timezone.utc).strftime(f)}Z",
             f"SUMMARY:{summary}", f"LOCATION:{location}"]
    if desc:
        lines.append("DESCRIPTION:" + desc.replace("\n", "\\n"))
    if organizer:
        lines.append(f"ORGANIZER:mailto:{organizer}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def csv_text(rows):
    b = io.StringIO()
    w = csv.writer(b, lineterminator="\r\n")
    w.writerows(rows)
    return b.getvalue()


# ---------------------------------------------------------------- message builder
MIME = {
    "csv": ("text", "csv"), "txt": ("text", "plain"), "ics": ("text", "calendar"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "pdf": ("application", "pdf"), "png": ("image", "png"), "json": ("application", "json"),
    "xml": ("application", "xml"), "hl7": ("application", "hl7-v2"), "x12": ("application", "edi-x12"),
    "edi": ("application", "edi-x12"), "dat": ("application", "octet-stream"),
}


def mk(frm, to, subj, body, date, cc=None, html=None, atts=(), hdrs=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to if isinstance(to, str) else ", ".join(to)
    if cc:
        m["Cc"] = cc if isinstance(cc, str) else ", ".join(cc)
    m["Subject"] = subj
    m["Date"] = format_datetime(date)
    dom = frm.rsplit("@", 1)[-1].strip(">").strip()
    m["Message-ID"] = mid(dom, date)
    for k, v in (hdrs or {}).items():
        m[k] = v
    m["MIME-Version"] = "1.0"
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    for fname, data in atts:
        ext = fname.rsplit(".", 1)[-1].lower()
        mt, st = MIME.get(ext, ("application", "octet-stream"))
        if isinstance(data, str):
            if mt == "text":
                m.add_attachment(data, subtype=st, filename=fname)
            else:
                m.add_attachment(data.encode("utf-8"), maintype=mt, subtype=st, filename=fname)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    return m


def reply_hdrs(parent_id=None):
    pid = parent_id or f"<{R.getrandbits(48):012x}.{R.getrandbits(20):05x}@{D}>"
    return {"In-Reply-To": pid, "References": pid}


def html_of(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + _x(p).replace("\n", "<br>\n") + "</p>")
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + "\n".join(out) + "\n</body></html>")


def inline_logo(m, cid="logo"):
    h = m.get_body(("html",))
    h.add_related(png(), maintype="image", subtype="png", cid=f"<{cid}>", filename="logo.png")
    return m


REG = []   # (label, kind, builder)


def reg(label, kind):
    def deco(fn):
        REG.append((label, kind, fn))
        return fn
    return deco


# ================================================================ PHI: care
@reg("phi", "care")
def care1():
    s = student("Maya", "Thornton")
    d = dt(10, 8, 9, 14)
    body = f"""Tom,

Can you call {s['first']} {s['last']} back today and move her Thursday 2:00 with Marisol to sometime next week? She left a msg on the nurse line that she's travelling with the team for the away meet and won't be back until Sunday night.

She still needs the second shot in the series and the nurse check after, so please book the 30 min slot not the 15. Her cell is {s['phone']}. She said texting is better than calling, lol.

Thanks!
Jenna
""" + sig("whitcomb", "mid")
    return mk(who("whitcomb"), who("alvarez"), "reschedule - Thornton Thurs 2pm", body, d), s["name"]


@reg("phi", "care")
def care2():
    s = student("Devon", "Shah")
    d1 = dt(11, 13, 22, 41)
    d2 = later(d1, minutes=26)
    orig = f"""Hi,

I'm the RD on call tonight. One of our RAs in {s['hall']} is worried about a resident, {s['name']} (room {s['room']}). His roommate says he hasn't left the room since Sunday except to use the bathroom, isn't going to class, and isn't answering his phone. The RA knocked around 9:30 and he said through the door he was "fine, just tired."

Could someone from counselling do an outreach call or a wellness check tomorrow morning? If you think we should call UPD tonight instead let me know and I'll do it. His cell per our housing record is {s['phone']}.

Jordan Fairley
Residence Director, Alder & Kessler Halls
On-call phone (330) 555-0177"""
    body = f"""Jordan - thanks for flagging. I just spoke to the after-hours clinician line and we're going to try calling him now. If he doesn't pick up in the next 20 min I'll call you back and we can go over together with UPD as a welfare check. Please keep your phone on.

I'll also put him on the 9am outreach list for tomorrow with Keisha.

Hannah
Sent from my iPhone

{wrote(d1, 'Jordan Fairley <jfairley@' + D + '>')}
{q(orig)}
"""
    return mk(who("lindqvist"), who("fairley"), f"RE: wellness check request - {s['hall']} {s['room']}", body, d2,
              cc=who("brandt"), hdrs=reply_hdrs()), s["name"]


@reg("phi", "care")
def care3():
    s = student("Sofia", "Marchetti")
    d = dt(12, 11, 15, 5)
    body = f"""Hi Marisol,

Portal refill request from {s['name']} (DOB {s['dobs']}) came in for her monthly one - she's out of refills on the current script so we can't fill until you send a new one. She's flying home for break Friday morning and wants to pick up Thursday before 4 so she has enough for the 5 weeks she's gone. She asked if we can do a 90 day supply this time, her plan allows it for maintenance meds.

Can you e-scribe a new one by Wed if it looks ok? I put the request in your inbox in the EHR too.

Thanks,
Liam
""" + sig("porter", "mid") + "\n" + DISC2
    return mk(who("porter"), who("ortega"), "refill - needs new Rx before Thurs", body, d), s["name"]


@reg("phi", "care")
def care4():
    s = student("Jake", "Morrow")
    d1 = dt(2, 19, 20, 3)
    d2 = later(d1, hours=13)
    dad = "Richard Morrow"
    orig = f"""To whom it may concern,

My son Jake Morrow (student ID {s['sid']}) called home last night and told us he has been to the health center three times since last Wednesday and was sent back to his dorm each time. His mother and I are very worried. He sounded exhausted and said he hasn't been able to keep food down for days.

We would like to know whether anyone is following up with him and if he needs to be seen somewhere else. We are four hours away but can drive up this weekend. Please call me at (724) 555-0163 any time.

Thank you,
Richard Morrow"""
    body = f"""Dear Mr. Morrow,

Thank you for reaching out, and I understand how hard it is to be far away when your son isn't feeling well. Because Jake is over 18, we're not able to discuss his visits or care with family unless he gives us written permission. I've let our nursing staff know you called, and one of our nurses will reach out to Jake directly this morning to check in and make sure he has a follow-up plan.

If Jake would like us to be able to speak with you, he can sign a release in the patient portal (Forms > Authorization to Release Information) or at our front desk, and we would be glad to call you then.

If you are ever worried about his immediate safety, campus police can do a welfare check at (330) 555-0111, 24/7.

Sincerely,
Tom Alvarez
Patient Services Coordinator
{CTR}
{MAIN_PH}

{outlook_hdr('Richard Morrow <rmorrow62@northvale-mail.com>', d1, 'shcc@' + D, 'my son Jake')}
{orig}
"""
    return mk(who("alvarez"), f"Richard Morrow <rmorrow62@northvale-mail.com>", "RE: my son Jake", body, d2,
              cc=f"Nurse Line <nurseline@{D}>", hdrs=reply_hdrs()), s["name"]


@reg("phi", "care")
def care5():
    s = student("Aaliyah", "Brooks")
    d1 = dt(10, 24, 10, 12)
    d2 = later(d1, minutes=48)
    orig = f"""Marisol,

Prof. Daniel Lin (Chemistry) emailed asking us to confirm that {s['name']} was here Monday 10/21 and Tuesday 10/22 - she missed his midterm. There's a signed release on file for her (faculty verification only, exp 05/2025). OK for me to confirm the dates she was seen and that she was advised to stay home through Wed? Nothing else.

Tom"""
    body = f"""yes that's fine - dates seen and "advised to rest / not attend class through 10/23". nothing about why. use the standard verification template please, not a free text email.

M

{wrote(d1, 'Tom Alvarez')}
{q(orig)}
"""
    return mk(who("ortega"), who("alvarez"), "Re: visit verification for Prof Lin - A. Brooks", body, d2,
              hdrs=reply_hdrs()), s["name"]


@reg("phi", "care")
def care6():
    s = student("Chris", "Dunleavy")
    d = dt(3, 5, 16, 2)
    txt = f"""BELLMONT SAFE RIDE - MEDICAL TRANSPORT CONFIRMATION

Confirmation #: SR-25-03317
Requested by: Jenna Whitcomb (Student Health & Counselling)
Rider: {s['name']}    Student ID: {s['sid']}
Rider phone: {s['phone']}

OUTBOUND
  Date: Friday, March 7, 2025
  Pickup: 8:15 AM  -  {s['hall']} (front circle)
  Drop-off: Lakeside Imaging Center, 1400 Marlow Rd, Suite 110
  Notes: rider uses crutches, needs ground-floor drop-off, driver to help with door

RETURN
  Pickup: 10:30 AM (rider will call dispatch when done)
  Drop-off: Hollis Wellness Building (follow-up w/ Dr. Kessler 11:15)

Please be at the pickup location 5 minutes early. Drivers wait a maximum of 7 minutes.
Dispatch: (330) 555-0190 | saferide@{D}

This is an automated message. Do not reply."""
    html = "<html><body><pre style='font-family:Consolas,monospace'>" + _x(txt) + "</pre></body></html>"
    return mk(f"Bellmont Safe Ride <no-reply-saferide@{D}>", s["email"], "Ride confirmed: Fri Mar 7 8:15 AM (SR-25-03317)",
              txt, d, cc=who("whitcomb"), html=html, hdrs={"Auto-Submitted": "auto-generated"}), s["name"]


@reg("phi", "care")
def care7():
    s = student("Tristan", "Whitaker")
    d = dt(12, 17, 14, 30)
    body = f"""Hi Lucia,

As we discussed at case conference, I'm handing {s['first']} {s['last']} ({s['mrn']}) to you for spring since I'm dropping to part-time. Quick handover so you're not starting cold:

- weekly since mid-Oct, 9 sessions so far, only missed one (and he emailed ahead)
- does much better with mornings - he works evenings at the dining hall
- his mom sometimes calls the front desk. There's a release for her but it's SCHEDULING ONLY, nothing clinical
- he knows about the switch and is ok with it, I told him you'd reach out the week of 1/13
- he's on Dr. Achebe's list too, next med check is 1/22

My last note in the chart has the rest. Happy to do a warm handoff session the first week back if you think that'd help.

Thank you!!
Keisha
""" + sig("brandt")
    return mk(who("brandt"), who("castro"), "handoff for spring", body, d, cc=who("lindqvist")), s["name"]


@reg("phi", "care")
def care8():
    s = student("Tyler", "Okoye")
    d1 = dt(9, 24, 7, 52)
    d2 = later(d1, hours=2, minutes=10)
    d3 = later(d2, minutes=35)
    m1 = f"""Grace / health center folks -

Can Tyler Okoye go full practice Thursday? He said he had his follow up with Dr Kessler yesterday and "it went good." We've got Akron on Saturday and I need to know if he's available.

Coach R"""
    m2 = f"""Coach,

Not yet. Tyler's still working through the return-to-play steps with me. He can do the non-contact drills Wed/Thu with the group, but he is NOT cleared for contact or the Akron game. Dr. Kessler wants to see him again Monday 9/30 before we move to the next step.

I'll update you after Monday's visit.

Grace Yoon, ATC
Bellmont Athletics Sports Medicine"""
    body = f"""Thanks Grace, agree. I've got him Monday at 8:40. Coach - I'll send clearance paperwork through Grace once he's there, please don't go off what the athlete says.

Owen

{wrote(d2, 'Grace Yoon')}
{q(m2)}
>
{q(wrote(d1, 'Dave Reinholt'))}
{q(q(m1))}
""" + sig("kessler", "mid")
    return mk(who("kessler"), [who("yoon"), who("reinholt")], "Re: Okoye - practice Thursday?", body, d3,
              hdrs=reply_hdrs()), s["name"]


# ================================================================ PHI: ids
@reg("phi", "ids")
def ids1():
    s = student()
    d = dt(11, 20, 11, 3)
    claim = f"24{R.randint(1000,9999)}{R.randint(10000,99999)}"
    body = f"""Hello Carla,

Following up on the claim below which denied this morning. Our records show no referral on file from the Student Health Centre for this date of service, which is required for the out-of-network specialist benefit under the {PLAN}.

  Member ID:      {s['mem']}
  Claim #:        {claim}
  DOS:            10/14/2024
  Provider:       Summit Orthopaedic Associates (NPI 1578842260)
  Billed:         $412.00
  Denial:         CO-197 Precertification/authorization/notification absent

If a referral was issued, please reply with the referral number and the date it was written and I can send the claim back for reprocessing. If not, the member can appeal within 180 days.

Thank you,
Marcus Fenwick
Claims Specialist, University Programs
{TPA}
P: 1-800-555-0134 ext. 2271 | F: 1-800-555-0135
"""
    return mk(f"Marcus Fenwick <mfenwick@{TPA_D}>", who("benedetti"), f"Denied claim {claim} - referral needed",
              body, d), ""


@reg("phi", "ids")
def ids2():
    s = student()
    d1 = dt(1, 10, 9, 31)
    d2 = later(d1, hours=1, minutes=5)
    orig = f"""Hi Registrar team,

Please release the health/immunization hold (HOLD code IMM) for {s['sid']}. Second MMR dose and the TB blood test result were documented in our system on 1/9 so the student is now compliant for Spring.

Thank you,
Ravi Menon
Immunization Compliance Coordinator
Student Health & Counselling | x4433"""
    body = f"""Done - IMM hold removed for {s['sid']} at 10:34. Student should be able to register once their time ticket opens.

Kim
Office of the Registrar

{wrote(d1, 'Ravi Menon')}
{q(orig)}
"""
    return mk(f"Kim Albrecht <kalbrecht@{D}>", who("menon"), "RE: release IMM hold", body, d2,
              hdrs=reply_hdrs()), ""


@reg("phi", "ids")
def ids3():
    s = student()
    d = dt(2, 12, 13, 47)
    acct = str(R.randint(7000000, 7999999))
    body = f"""Hi Carla,

We have a student disputing a charge on their student account and I want to make sure I'm sending them to the right place.

Acct #: {acct}
Charge: SHCC LAB FEE   $45.00   posted 02/05/2025  (ref SHC-0203-1187)

The student says the visit on 2/3 should have been covered by the student health plan and they shouldn't have a lab charge at all. Is that something you can look at on your end, or do they need to call Keystone? I've put a 30-day hold on the late fee in the meantime.

Thanks,
Paula Greer
Student Accounts | Office of the Bursar
{UNI}
(330) 555-0301
"""
    return mk(f"Paula Greer <pgreer@{D}>", who("benedetti"), f"disputed SHCC charge - acct {acct}", body, d), ""


@reg("phi", "ids")
def ids4():
    s = student("Emily", "Kowalski")
    d = dt(3, 18, 10, 15)
    body = f"""Good morning,

Clearwater State University Student Health Services is requesting immunization and health records for a student who has transferred to our institution. A signed authorization is attached.

  Former student ID:  {s['sid']}
  Date of birth:      {s['dobs']}
  Name at Bellmont:   E. Kowalski
  Attended:           Fall 2023 - Spring 2024

We're specifically looking for MMR x2, meningococcal ACWY, and the TB screening result, plus any visit notes from the last 12 months relevant to her ongoing care. Please fax to our secure line at (614) 555-0148 or reply through our secure portal link.

Thank you,
Renee Barstow, RHIT
Health Information Management
Clearwater State University Student Health Services
(614) 555-0147
"""
    auth = pdf(["CLEARWATER STATE UNIVERSITY - AUTHORIZATION TO RELEASE HEALTH INFORMATION",
                "",
                f"Student name: Emily Kowalski     DOB: {s['dobs']}",
                f"Release FROM: Bellmont University Student Health & Counselling Centre",
                "Release TO: Clearwater State University Student Health Services",
                "Information: Immunization record; visit notes 03/2023 - 05/2024",
                "Purpose: continuity of care",
                "This authorization expires one year from the date signed.",
                "",
                "Signature: /s/ Emily Kowalski        Date: 03/11/2025"], "ROI authorization")
    return mk(f"Renee Barstow <rbarstow@clearwater-state.org>", f"Health Records <healthrecords@{D}>",
              "Records request - former student", body, d, atts=[("ROI_Kowalski_signed.pdf", auth)]), s["name"]


@reg("phi", "ids")
def ids5():
    s = student()
    d = dt(1, 27, 15, 20)
    body = f"""Dr. Raman,

Case MW-2025-017 ({s['sid']}) - the outside provider documentation arrived today and I've uploaded it to the case file in Maxient. The committee meets Thursday. Could you or your designee review and send me a one-line recommendation (support / do not support retroactive medical withdrawal for Fall 2024) by Wednesday noon?

The student is requesting withdrawal from all Fall courses effective 10/28/2024, which is the date of the hospital admission per the provider letter.

Best,
Amira
""" + sig("haddad") + "\n" + DISC
    return mk(who("haddad"), who("raman"), "MW-2025-017 documentation received", body, d), ""


@reg("phi", "ids")
def ids6():
    s = student()
    d = dt(3, 14, 12, 2)
    body = f"""{TPA} - Referral Determination Notice

Referral #:        R-88231
Member ID:         {s['mem']}
Group:             BELLMONT-SHP-2425
Referring prov:    Student Health & Counselling Centre (Lindqvist, H.)
Rendering prov:    Lakeshore Counseling Group, 88 Orchard St, Bellmont OH
Service:           Outpatient behavioral health - individual therapy
Units approved:    6 visits
Effective:         03/14/2025 - 06/30/2025
Status:            APPROVED

Member cost share applies per plan schedule ($20 copay per visit in-network).

This notice was generated automatically. Questions: providerservices@{TPA_D} or 1-800-555-0134.
"""
    return mk(f"Keystone Provider Notices <notices@{TPA_D}>", f"Counselling Referrals <counselling-referrals@{D}>",
              "Referral R-88231 approved", body, d, hdrs={"Auto-Submitted": "auto-generated"}), ""


@reg("phi", "ids")
def ids7():
    s = student()
    d1 = dt(9, 9, 14, 11)
    d2 = later(d1, days=1, hours=2)
    mcd = "".join(str(R.randint(0, 9)) for _ in range(12))
    orig = f"""Carla - can you double check this one before I approve? Waiver WV-25-0412, {s['sid']}, uploaded an Ohio Medicaid card, ID {mcd}, managed care plan is Buckeye Valley Health. The waiver tool flagged it because Medicaid managed care networks are regional. Student's home county is Summit so I think it's fine?

- Tom"""
    body = f"""Yes that's fine, Summit County is in the Buckeye Valley service area and they have Lakeside and St. Brigid's in network. Approve it. The $1,486 plan premium charge should drop off the student account in the next nightly feed - if it's still there Monday ping Paula at the Bursar.

Carla

{wrote(d1, 'Tom Alvarez')}
{q(orig)}
""" + sig("benedetti", "mid")
    return mk(who("benedetti"), who("alvarez"), "Re: WV-25-0412 medicaid waiver", body, d2, hdrs=reply_hdrs()), ""


@reg("phi", "ids")
def ids8():
    s = student()
    d = dt(4, 2, 6, 48)
    acc = f"25-LB-{R.randint(100000, 999999)}"
    body = f"""Tri-County Reference Laboratory - Result Notification

A result flagged CRITICAL is available for your review.

  Ordering provider:  PRUITT, NEIL PA-C
  Client:             Bellmont Univ Student Health (acct 40218)
  Patient chart #:    {s['mrn']}
  DOB:                {s['dobs']}
  Accession:          {acc}
  Collected:          04/01/2025 14:20
  Test:               Potassium, serum

Log in to the TCRL provider portal to view the full report. Our client services team will also attempt a phone notification per your critical call list.

Tri-County Reference Laboratory | 1-888-555-0172 | portal.tcreflab.com
Please do not reply to this email.
"""
    return mk(f"TCRL Results <results-noreply@tcreflab.com>", who("pruitt"),
              f"CRITICAL result available - acc {acc}", body, d,
              cc=f"SHCC Nurse Line <nurseline@{D}>", hdrs={"Auto-Submitted": "auto-generated"}), ""


# ================================================================ PHI: lang
@reg("phi", "lang")
def lang1():
    s = student("Mateo", "Quintero")
    d1 = dt(10, 3, 21, 17)
    d2 = later(d1, hours=12, minutes=20)
    orig = f"""Buenas noches,

Les escribo porque mi hijo Mateo Quintero Ibarra (número de estudiante {s['sid']}, fecha de nacimiento {s['dob'].strftime('%d/%m/%Y')}) fue a la clínica el martes porque tenía fiebre y le dolía mucho la garganta. Le dijeron que regresara si no mejoraba. Ya lleva cuatro días así, casi no come y dice que le duele al tragar.

Él no quiere molestar a nadie pero yo estoy muy preocupada. ¿Le pueden dar otra cita lo antes posible? Su celular es {s['phone']}.

También perdió su tarjeta del seguro estudiantil. ¿Cómo puede pedir otra?

Muchas gracias y disculpen que escriba en español.
Gloria Ibarra de Quintero
Enviado desde mi celular"""
    body = f"""Estimada Sra. Ibarra:

Gracias por escribirnos. Como Mateo es mayor de edad, no podemos compartir información sobre sus visitas sin su autorización por escrito, pero esta mañana una enfermera lo llamó y ya tiene cita hoy a las 11:00. Si él quiere que hablemos con usted, puede firmar el formulario de autorización en el portal.

Para la tarjeta del seguro, Mateo puede descargar una tarjeta digital en la aplicación de Keystone Collegiate Benefits o llamar al 1-800-555-0134.

Saludos cordiales,
Marisol Ortega, FNP-C
Centro de Salud y Consejería Estudiantil
{MAIN_PH}

{wrote(d1, 'Gloria Ibarra')}
{q(orig)}
"""
    return mk(who("ortega"), "Gloria Ibarra <gloria.ibarra.q@correo-pacifico.net>", "RE: cita para mi hijo Mateo",
              body, d2, hdrs=reply_hdrs()), s["name"]


@reg("phi", "lang")
def lang2():
    s = student("Zihan", "Wang")
    d = dt(1, 6, 23, 48)
    body = f"""Ravi老师您好，

我是今年春季入学的国际研究生王梓涵（Zihan Wang），学号 {s['sid']}，出生日期 {s['dob'].strftime('%Y年%-m月%-d日')}。选课系统显示我有一个 "Immunization hold"，现在不能注册课程。

我来美国之前在国内做过结核菌素皮肤试验（PPD），结果是阳性，后来又拍了胸片，医生说没有问题，不需要吃药。但是这些报告都是中文的。请问需要找人翻译吗？还是需要在学校重新做血液检测（QuantiFERON）？如果要重新做，大概多少钱，学生保险可以报销吗？

另外我小时候打过两针麻疹疫苗，疫苗本我已经拍照上传到 patient portal 了，不知道您那边能不能看到。

开学前我想尽快把 hold 解决，麻烦您了，谢谢！

王梓涵
{s['phone']}
"""
    return mk(f"Zihan Wang <{s['email']}>", who("menon"), "关于 immunization hold 的问题 (Zihan Wang)", body, d), s["name"]


@reg("phi", "lang")
def lang3():
    s = student("Seoyeon", "Park")
    d1 = dt(2, 24, 8, 5)
    d2 = later(d1, hours=6, minutes=40)
    orig = f"""안녕하세요,

저는 Bellmont 대학교 2학년에 재학 중인 박서연(Seoyeon Park, 학번 {s['sid']})의 엄마입니다. 영어가 서툴러서 한국어로 메일 드리는 점 양해 부탁드립니다.

요즘 딸과 통화할 때마다 잠을 거의 못 자고 밥도 잘 안 먹는다고 합니다. 울면서 전화한 적도 두 번이나 있습니다. 지난달에 상담센터에서 한 번 상담을 받았다고 들었는데, 그 이후로도 계속 다니고 있는지 너무 궁금합니다. 혹시 한국어가 가능한 상담 선생님이 계시면 딸에게 예약을 잡아 주실 수 있을까요?

제 연락처는 +82 10-5555-0193 입니다. 시차가 있으니 이메일로 답장 주시면 감사하겠습니다.

박서연 엄마 김미경 드림"""
    body = f"""Dear Ms. Kim,

Thank you for writing, and please know that we take a parent's concern seriously. (We used a translation service to read your message; please forgive any errors.)

Because your daughter is an adult, we cannot confirm whether she is or is not a client of the Counselling Centre without her written permission. What we can do is share information with her: I am sending her our general outreach message today, which includes how to book, our after-hours line, and the option to request a counsellor who speaks Korean through our community referral partners.

안녕하세요. 따님의 허락 없이는 상담 여부를 알려드릴 수 없는 점 양해 부탁드립니다. 오늘 따님에게 상담 예약 안내를 보내드리겠습니다.

If you believe she is in immediate danger, please call Bellmont University Police at +1 (330) 555-0111.

Warm regards,
Hannah Lindqvist, PsyD
Director of Counselling Services

{wrote(d1, '김미경')}
{q(orig)}
"""
    return mk(who("lindqvist"), "김미경 <mk.kim0715@hanmail-korea.net>", "RE: 딸 박서연 상담 관련 문의드립니다", body, d2,
              hdrs=reply_hdrs()), s["name"]


@reg("phi", "lang")
def lang4():
    s = student("Anya", "Truong")
    d = dt(10, 14, 22, 9)
    body = f"""Chào anh chị ở phòng khám,

Em là Trương Minh Anh (tên tiếng Anh là Anya Truong), mã số sinh viên {s['sid']}. Em có lịch hẹn với bác sĩ Kessler lúc 10 giờ sáng thứ Năm (17/10) để tái khám vụ nổi mẩn ngứa ở tay, nhưng em vừa biết là hôm đó em có bài thi giữa kỳ môn Hóa. Em có thể đổi sang chiều thứ Sáu được không ạ?

Với lại thuốc uống bác sĩ kê lần trước em sắp hết rồi, chỉ còn khoảng 3 viên thôi. Nếu đổi lịch thì em có cần xin thêm thuốc trước không ạ? Kem bôi thì em vẫn còn.

Em viết tiếng Việt vì trên website có ghi là có hỗ trợ thông dịch, mong anh chị thông cảm.

Em cảm ơn nhiều ạ.
Minh Anh
{s['phone']}

Gửi từ iPhone của tôi
"""
    return mk(f"Anya Truong <{s['email']}>", f"SHCC Nurse Line <nurseline@{D}>", "đổi lịch hẹn thứ Năm", body, d), s["name"]


@reg("phi", "lang")
def lang5():
    s = student("Camila", "Rocha")
    d = dt(2, 20, 16, 33)
    body = f"""Olá, equipe de seguros,

Meu nome é Camila Rocha, sou aluna de intercâmbio do Brasil (ID de estudante {s['sid']}). No dia 2 de fevereiro fui ao pronto-socorro do Hospital St. Brigid's porque torci o tornozelo jogando futebol no ginásio. Fizeram raio-X e me deram uma bota ortopédica e muletas.

Hoje recebi pelo correio uma conta de US$ 1.230,00 do hospital. Eu achava que o seguro estudantil cobria emergência. Meu número de membro é {s['mem']}. Vocês podem me ajudar a entender quanto eu realmente devo pagar? Preciso pagar agora ou espero o seguro processar?

Tenho também outra consulta com o ortopedista marcada para dia 27 — essa vai ser coberta?

Desculpem escrever em português, eu entendo inglês mas fico nervosa com esses assuntos de dinheiro.

Obrigada!
Camila Rocha
{s['phone']}
"""
    return mk(f"Camila Rocha <{s['email']}>", who("benedetti"), "Conta do hospital - seguro estudantil", body, d,
              atts=[("conta_stbrigids.pdf", pdf([
                  "ST. BRIGID'S MEDICAL CENTER - PATIENT STATEMENT",
                  f"Patient: CAMILA ROCHA    Acct: 80-{R.randint(1000000,9999999)}",
                  "Date of service: 02/02/2025   Emergency Department",
                  "ED visit level 3 .............. $   684.00",
                  "X-ray ankle 3 views ............ $   296.00",
                  "Walking boot / crutches ........ $   250.00",
                  "Total charges .................. $ 1,230.00",
                  "Insurance pending .............. $     0.00",
                  "AMOUNT DUE ..................... $ 1,230.00"], "Statement"))]), s["name"]


@reg("phi", "lang")
def lang6():
    s = student("Julien", "Delacroix")
    d = dt(1, 16, 19, 25)
    body = f"""Bonjour Dr Achebe,

J'espère que vous allez bien. Je vous écris pour vous demander une lettre à l'appui de ma demande de retrait pour raisons médicales pour le trimestre d'automne. Comme vous le savez, j'ai été hospitalisé à St. Brigid's du 28 octobre au 6 novembre et je n'ai pas été capable de reprendre mes cours après ma sortie. Mme Haddad, du bureau du doyen, m'a dit que le comité a besoin d'une lettre d'un médecin qui confirme les dates et que mon état de santé m'empêchait de suivre mes cours.

Je suis rentré chez mes parents à Sherbrooke et je vois maintenant une psychiatre ici, mais c'est vous qui m'avez suivi pendant l'automne. Est-ce possible d'envoyer la lettre directement à Mme Haddad (ahaddad@{D}) ? Je lui ai déjà signé l'autorisation.

Désolé d'écrire en français, c'est plus facile pour moi en ce moment.

Merci beaucoup pour tout,
Julien Delacroix
No d'étudiant : {s['sid']}
"""
    return mk(f"Julien Delacroix <{s['email']}>", who("achebe"), "Demande de lettre - retrait médical", body, d,
              cc=who("haddad")), s["name"]


@reg("phi", "lang")
def lang7():
    s = student("Omar", "Elsayed")
    d = dt(11, 19, 3, 12)
    body = f"""السلام عليكم ورحمة الله وبركاته،

أنا محمود السيد، والد الطالب عمر السيد (رقم الطالب {s['sid']}). اتصل بي عمر يوم الأحد وأخبرني أنه نُقل إلى طوارئ مستشفى سانت بريجيد بسبب ألم شديد في البطن، وأجروا له عملية استئصال الزائدة الدودية في نفس الليلة. الحمد لله هو بخير الآن وخرج من المستشفى أمس ويرتاح في السكن ({s['hall']}).

لدي سؤالان من فضلكم:
١- هل يغطي تأمين الطلاب (Bellmont Student Health Plan) تكاليف العملية والمستشفى؟ رقم العضوية المكتوب على البطاقة هو {s['mem']}
٢- يحتاج عمر إلى رسالة للأساتذة لتبرير غيابه هذا الأسبوع والأسبوع القادم. كيف يمكنه الحصول عليها؟ وهل يحتاج إلى موعد متابعة في عيادة الجامعة لفك الغرز؟

أعتذر عن الكتابة بالعربية، وشكراً جزيلاً لكم على مساعدتكم.

محمود السيد
هاتف / واتساب: +971 50 555 0182
"""
    return mk("Mahmoud Elsayed <m.elsayed.dxb@gulfmail-online.net>", f"Student Health <shcc@{D}>",
              "استفسار بخصوص ابني عمر السيد - التأمين الصحي", body, d), s["name"]


@reg("phi", "lang")
def lang8():
    s = student("Dmitri", "Novak")
    d1 = dt(12, 9, 8, 2)
    d2 = later(d1, hours=1, minutes=15)
    orig = f"""Здравствуйте!

Меня зовут Дмитрий Новак, студенческий номер {s['sid']}, дата рождения {s['dob'].strftime('%d.%m.%Y')}. Мне нужно продлить рецепт на сертралин 50 мг — таблеток осталось на четыре дня. Последний раз рецепт выписывал доктор Ачебе в ноябре, и он говорил, что можно будет продлить через аптеку при центре.

Можно ли это сделать без приёма? На этой неделе у меня экзамены, и я не успеваю прийти. Если приём всё-таки нужен, я свободен в пятницу после 14:00.

Извините, что пишу по-русски, так быстрее.

Спасибо!
Дима Новак"""
    body = f"""Dr. Achebe - fwd'ing this from the pharmacy inbox. Per Google Translate he's asking for a refill of his sertraline 50, has ~4 days left, can't come in this week (finals), free Fri after 2 if you need to see him. No refills left on the Nov script. Want me to queue a 30 day?

Liam

{fwd_hdr('Dmitri Novak <' + s['email'] + '>', d1, 'pharmacy@' + D, 'рецепт')}
{orig}
"""
    return mk(who("porter"), who("achebe"), "Fwd: рецепт", body, d2), s["name"]


# ================================================================ PHI: lists
def _names(ss):
    return "; ".join(s["name"] for s in ss)


@reg("phi", "lists")
def lists1():
    d = dt(1, 8, 11, 20)
    miss = ["MMR #2", "TB screen (QFT)", "MenACWY", "MMR #1, MMR #2", "TB screen - CXR needed",
            "Hep B series (dose 3)", "MenACWY booster (>16 y)", "TB risk questionnaire"]
    ss = [student() for _ in range(8)]
    rows = "\n".join(f"{s['last'] + ', ' + s['first']:<24}{s['sid']:<12}{m:<28}{R.choice(['India','China','Nigeria','Vietnam','Brazil','Ghana','Korea','Turkey'])}"
                     for s, m in zip(ss, miss))
    body = f"""Hi Sunita,

Below are the F-1 students who still have the immunization hold (IMM) as of this morning. Spring registration for new grad students opens Monday so it would really help if your advisors could nudge them. Most of them just need to come in for the TB blood draw - walk-in lab hours are M-F 8:30-11:30, no appt needed, and it's billed to the student plan.

NAME                    STUDENT ID  OUTSTANDING                 COUNTRY
{'-'*24}{'-'*12}{'-'*28}{'-'*10}
{rows}

Three of these (the TB screen ones) had a positive skin test at home and need the follow-up chest x-ray read before we can clear them, so please don't tell them it's "just paperwork".

Thanks so much,
Ravi
""" + sig("menon")
    return mk(who("menon"), f"Sunita Varghese <svarghese@{D}>", "IMM holds - international grad students (Spring)",
              body, d, cc=f"ISSS Advisors <isss-advisors@{D}>"), _names(ss)


@reg("phi", "lists")
def lists2():
    d = dt(3, 26, 17, 30)
    provs = ["Kessler, O", "Ortega, M", "Pruitt, N", "Brandt, K", "Castro, L", "Whitcomb, J"]
    types = ["Sick visit", "Follow-up", "Counselling - ongoing", "Counselling - intake", "Nurse - injection",
             "Physical / PPE", "Lab draw", "Psychiatry med check"]
    ss = [student() for _ in range(7)]
    times = ["08:40", "09:20", "10:00", "11:15", "13:30", "14:45", "16:00"]
    lines = "\n".join(f"{t}  {s['last'].upper()+', '+s['first']:<24} {s['mrn']:<11} {R.choice(provs):<12} {R.choice(types):<24} {'Y' if R.random()<0.4 else 'N'}"
                      for t, s in zip(times, ss))
    body = f"""PyraCare EHR - Scheduled Report
Report: Daily No-Show / Late Cancel (NS-LC-01)
Run date: 03/26/2025 17:30   Location: SHCC-MAIN
Parameters: Appt date = 03/26/2025; Status in (NOSHOW, LATECXL)

TIME   PATIENT                  CHART       PROVIDER     VISIT TYPE               PRIOR NS (90d)
-----  ------------------------ ----------- ------------ ------------------------ --------------
{lines}

Total: 7 of 118 scheduled (5.9%)

Reminder: per SHCC policy, patients with 3+ no-shows in a term receive the standard outreach letter.
No-show fees ($25) are posted to student accounts by Patient Services on Fridays.

-- This report was generated automatically by PyraCare. Do not reply to this message. --
"""
    return mk(f"PyraCare Reports <pyracare-reports@{D}>", f"SHCC Front Desk <frontdesk@{D}>",
              "[Scheduled Report] Daily No-Show / Late Cancel - 03/26/2025", body, d,
              hdrs={"Auto-Submitted": "auto-generated", "X-Mailer": "PyraCare Notify 7.2"}), _names(ss)


@reg("phi", "lists")
def lists3():
    d = dt(8, 21, 15, 12)
    ss = [student(first=f) for f in ["Hailey", "Jasmine", "Paige", "Naomi", "Grace", "Ruby", "Leah", "Sienna", "Esther", "Imani"]]
    rows = [["Last", "First", "Student ID", "DOB", "PPE date", "Cleared", "Restrictions / notes", "Follow-up"]]
    notes = [("Y", "", ""), ("Y", "", ""), ("N", "Cardiology f/u - murmur on exam", "ECHO sched 8/28"),
             ("Y", "Inhaler pre-exercise", ""), ("Y w/ restrictions", "No contact until ankle brace fitted", "ATC to fit"),
             ("Y", "", ""), ("N", "Sickle cell trait screen pending", "Lab 8/22"),
             ("Y", "Hx concussion x2 - baseline ImPACT on file", ""), ("Y", "", ""),
             ("N", "Missing signed hx form", "Athlete to bring form")]
    for s, (c, n, f) in zip(ss, notes):
        rows.append([s["last"], s["first"], s["sid"], s["dobs"], "08/19/2024", c, n, f])
    body = f"""Grace,

Attached is where we are with pre-participation physicals for women's soccer after this week's clinics. 3 still not cleared - details in the sheet. Let me know if any of the follow-ups need to move around preseason practices.

Neil
""" + sig("pruitt", "mid")
    return mk(who("pruitt"), who("yoon"), "WSOC PPE status", body, d,
              atts=[("WSOC_PPE_status_0821.csv", csv_text(rows))]), _names(ss)


@reg("phi", "lists")
def lists4():
    d = dt(1, 30, 10, 44)
    ss = [student() for _ in range(9)]
    rows = [["Member ID", "Member name", "DOS", "Provider", "Billed", "Status", "Issue", "SHCC notes"]]
    issues = [("Denied", "No referral on file", "Referral R-87102 issued 9/30 - resubmit"),
              ("Pended", "COB - other coverage?", "Student confirmed no other coverage"),
              ("Denied", "Out of network", "ER - should process as in-network per plan"),
              ("Paid", "Paid at wrong tier", "Copay $150 charged, should be $20"),
              ("Denied", "Timely filing", "Provider billed late - not member liability"),
              ("Pended", "Need medical records", "Records sent 1/22"),
              ("Denied", "Non-covered service", "Allergy shots - check plan language"),
              ("Pended", "Waiting on accident questionnaire", "Student returned form 1/28"),
              ("Denied", "Duplicate", "Verify - 2 different DOS")]
    provs = ["Summit Orthopaedic Assoc", "St. Brigid's Medical Ctr", "Lakeside Imaging Center",
             "Lakeshore Counseling Group", "Bellmont Allergy & Asthma", "Tri-County Reference Lab"]
    for s, (st, iss, note) in zip(ss, issues):
        dos = datetime.date(2024, R.randint(9, 12), R.randint(1, 28)).strftime("%m/%d/%Y")
        rows.append([s["mem"], f"{s['last']}, {s['first']}", dos, R.choice(provs),
                     round(R.uniform(85, 2400), 2), st, iss, note])
    body = f"""Hi Marcus,

Ahead of our monthly call Tuesday, attached is the open claims list from our side (9 members). The ones marked Denied for referral / OON I'd like to get reprocessed before the 2/15 cutoff so students don't get sent to collections.

Talk soon,
Carla
""" + sig("benedetti") + "\n" + DISC
    return mk(who("benedetti"), f"Marcus Fenwick <mfenwick@{TPA_D}>", "Open claims for Tues call", body, d,
              html=html_of(body),
              atts=[("Bellmont_open_claims_Jan2025.xlsx", xlsx(rows, "Open claims"))]), _names(ss)


@reg("phi", "lists")
def lists5():
    d = dt(9, 30, 16, 55)
    ss = [student() for _ in range(8)]
    concerns = ["anxiety, panic attacks before exams", "grief - father died in Aug", "roommate conflict, low mood",
                "ED hx, wants to reconnect w/ care", "ADHD eval request", "sleep, not attending class",
                "relationship ended, crying daily", "wants to talk about drinking"]
    pri = ["2", "1", "3", "1", "3", "2", "2", "2"]
    lines = "\n".join(f"{s['first']}\t{s['last']}\t{s['mrn']}\t{s['phone']}\t{c}\t{p}\t{'mornings' if R.random()<.5 else 'after 3pm'}"
                      for s, c, p in zip(ss, concerns, pri))
    body = f"""Team - pasting the current waitlist from the triage sheet so we can divvy up at tomorrow's staffing. Priority 1 = needs to be seen this week. Please come with how many intake slots you can open.

First\tLast\tChart\tPhone\tConcern (from triage)\tPri\tAvail
{lines}

Lucia, the ED hx one asked specifically for you since you saw her freshman year.

Hannah
"""
    return mk(who("lindqvist"), f"Counselling Clinicians <counselling-clinicians@{D}>", "waitlist for Tues staffing",
              body, d), _names(ss)


@reg("phi", "lists")
def lists6():
    d = dt(10, 17, 16, 40)
    ss = [student() for _ in range(10)]
    lots = ["FL7732A", "FL7732A", "FL7732A", "FL8104C", "FL8104C", "FL7732A", "FL8104C", "FL8104C", "FL7732A", "FL8104C"]
    lines = "\n".join(f"{s['last']+', '+s['first']:<22}| {s['dobs']} | {s['sid']} | {lot} | {R.choice(['L deltoid','R deltoid'])} | {R.choice(['JW','MO','NP'])}"
                      for s, lot in zip(ss, lots))
    body = f"""Hi Ravi,

Here's page 3 of the paper log from the Student Union flu clinic on Tuesday - the tablet died at 2pm so these were done on paper. Can you key them into PyraCare and send to ImmuNet OH with the nightly batch? Lot and exp are on the boxes in the fridge if you need them (FL7732A exp 06/2025, FL8104C exp 06/2025).

NAME                  | DOB        | STUDENT ID | LOT     | SITE      | GIVEN BY
{lines}

{ss[5]['last']} on line 6 said they felt faint after, sat in the observation chairs 20 min, was fine. Noted on the sheet.

thanks!
Jenna
"""
    return mk(who("whitcomb"), who("menon"), "flu clinic paper log pg 3", body, d), _names(ss)


@reg("phi", "lists")
def lists7():
    d = dt(4, 7, 9, 5)
    ss = [student() for _ in range(5)]
    reasons = ["inpatient psychiatric admission 2/11-2/24; treating provider letter recvd",
               "concussion w/ persistent symptoms, neurology letter recvd",
               "pregnancy complications, OB letter pending",
               "cancer treatment (home institution oncology), letter recvd",
               "depression - SHCC counselling letter (Brandt) recvd"]
    items = "\n".join(f"  {i}. {s['name']} - {s['sid']} - Spring 2025 - {r}" for i, (s, r) in enumerate(zip(ss, reasons), 1))
    body = f"""Medical Withdrawal Review Committee
Thursday 4/10, 2:00-3:00 PM, Dean of Students Conference Room (Founders 210) / Zoom

Cases for review:
{items}

Also: update on the proposed change to the readmission process (return-from-leave clearance through SHCC).

Committee members please review documentation in Maxient before Thursday. Reminder that case documents should not be downloaded or forwarded.

Amira
""" + sig("haddad")
    html = html_of(body).replace("Cases for review:", "<b>Cases for review:</b>")
    return mk(who("haddad"), [who("raman"), who("lindqvist"), f"Registrar Liaison <regliaison@{D}>",
                              f"Financial Aid Appeals <finaid-appeals@{D}>"],
              "Agenda - Medical Withdrawal Review 4/10", body, d, html=html), _names(ss)


# ================================================================ PHI: names
@reg("phi", "names")
def names1():
    s = student("Ana", "Rodriguez")
    d = dt(11, 4, 13, 22)
    body = """she's at the front desk now, wheezy, used her rescue inhaler twice since lunch and says it's not helping as much as usual. peak flow 270 (her best is ~400). can you squeeze her in before your 2:00? I put her in room 4 with a neb set up just in case.

J"""
    return mk(who("whitcomb"), who("ortega"), "Rodriguez, Ana - asthma, can you see now?", body, d,
              hdrs={"Importance": "High", "X-Priority": "1"}), s["name"]


@reg("phi", "names")
def names2():
    s = student("Jamie", "Lindgren")
    d1 = dt(10, 1, 11, 5)
    d2 = later(d1, minutes=14)
    orig = """Jamie from women's soccer is back again with the ankle. It looks worse than last week honestly - she's limping and the swelling is up to mid-calf now, bruising on the outside. She says she's been playing on it because Grace taped it. Any chance you could take a look between your 11:30 and 12?"""
    body = f"""yep send her back, and ask her if she can bear weight 4 steps. probably needs films this time, can you check if Lakeside has anything this afternoon?

Neil

{wrote(d1, 'Jenna Whitcomb')}
{q(orig)}
"""
    return mk(who("pruitt"), who("whitcomb"), "Re: ankle again", body, d2, hdrs=reply_hdrs()), "Jamie"


@reg("phi", "names")
def names3():
    s = student("Ben", "Castellano")
    d = dt(9, 12, 17, 48)
    body = f"""Hi all,

Consult request for Thursday's clinical team meeting.

Ben C. (Castellano, Ben - junior, transfer student, lives off campus) came in for a same-day intake today. He disclosed passive SI over the last two weeks ("it would be easier if I didn't wake up"), no plan, no intent, no past attempts. Protective factors: younger sister he's close to, wants to finish his engineering degree, agreed to safety plan. We completed the safety plan together and he has the 24/7 line. He drinks "most nights" - 4-6 beers, more on weekends.

He'd like ongoing therapy and is open to a psychiatry eval. I'm thinking weekly with me for now + refer to Dr. Achebe. Would appreciate input on whether the drinking should be its own referral to the AOD counsellor or if I hold it in session.

I'll check in with him by phone Friday.

Keisha
""" + sig("brandt") + "\n" + DISC2
    return mk(who("brandt"), [who("lindqvist"), who("castro"), who("achebe")], "consult - new intake today", body, d), s["name"]


@reg("phi", "names")
def names4():
    s = student("Priyanka", "Das")
    d1 = dt(2, 3, 8, 15)
    d2 = later(d1, hours=2)
    d3 = later(d2, hours=3, minutes=20)
    d4 = later(d3, minutes=50)
    m1 = f"""Morning - RD in Ridgeway called. Priyanka Das's rapid strep came back positive Fri (she's on amoxicillin now, started Fri night). Her roommate is asking whether she should be seen too / whether she should move out for a couple of days. What do we usually tell them?

Jenna"""
    m2 = """Roommate only needs to come in if she develops symptoms - sore throat, fever. No need to move out; Priyanka is not contagious after 24h of antibiotics, so by today she's fine. Standard hygiene, don't share cups etc. Can you call the RD back?

Also reminder we're short a nurse Thursday for the residence hall flu clinic - can someone cover?

Owen"""
    m3 = """Called the RD back, all good. I can cover Thursday's clinic if Tom can move my 1pm nurse visits.

J"""
    body = f"""Sounds good, I'll move your 1pm visits to Friday and bring the sign-in sheets and the VIS copies over Thursday morning.

Tom

{wrote(d3, 'Jenna Whitcomb')}
{q(m3)}
>
{q(wrote(d2, 'Owen Kessler'))}
{q(q(m2))}
> >
{q(q(wrote(d1, 'Jenna Whitcomb')))}
{q(q(q(m1)))}
"""
    return mk(who("alvarez"), [who("whitcomb"), who("kessler")], "Re: Re: Re: Ridgeway question + Thursday clinic", body, d4,
              hdrs=reply_hdrs()), s["name"]


@reg("phi", "names")
def names5():
    s = student("Michael", "Ferreira")
    d = dt(8, 14, 18, 20)
    body = f"""Dr. Raman,

Heads up before camp starts Monday - Big Mike (Michael Ferreira, #72 on the O-line) had his sickle cell trait screen come back positive from the Tri-County lab. He says nobody in his family ever mentioned it. He's 6'5", 310, and we have two-a-days in the heat next week so I want to get ahead of this.

Can someone from SHCC sit down with him before Monday to go over what it means, hydration, the work-to-rest stuff, and the warning signs? I'll have the staff set up the modified conditioning plan and I'll make sure he's flagged on the sideline sheet. He's pretty freaked out so a doctor talking to him would help.

Thanks,
Grace
""" + sig("yoon")
    return mk(who("yoon"), who("raman"), "Mike Ferreira - SCT screen", body, d, cc=f"Football Sports Medicine <fbsportsmed@{D}>"), s["name"]


@reg("phi", "names")
def names6():
    s = student("Lena", "Hofmann")
    d = dt(10, 29, 12, 41)
    body = f"""Dr. Kessler,

Thank you for the referral of your student Lena Hofmann, whom I saw today in clinic. Monospot was positive and her spleen is palpably enlarged on exam, so I've advised no contact sports, lifting or intramural activity for at least 4 weeks and a recheck with you in 3 weeks before she returns to anything.

She's quite fatigued and struggling to keep up with lectures. I've written an excused-absence letter covering 10/28 through 11/8 (attached) and told her she can share it with her professors and the Dean of Students office. She prefers it come from your office as well if they need verification.

Best regards,

Ingrid Solberg, MD
Internal Medicine
Bellmont Community Physicians
412 Harrow Ave, Suite 3, Bellmont OH 44710
T (330) 555-0126  F (330) 555-0127
"""
    letter = docx(["**Bellmont Community Physicians**", "412 Harrow Ave, Suite 3, Bellmont OH 44710", "",
                   "October 29, 2024", "", "To Whom It May Concern:", "",
                   f"Lena Hofmann (DOB {s['dobs']}) is under my care for an acute illness. She is medically unable to attend "
                   "classes from October 28, 2024 through November 8, 2024. Please excuse her absences and allow reasonable "
                   "accommodations for missed coursework.",
                   "", "She should avoid all contact sports and strenuous physical activity until cleared.",
                   "", "Sincerely,", "Ingrid Solberg, MD"])
    return mk("Ingrid Solberg MD <isolberg@bellmontcommunityphys.com>", who("kessler"), "your student - seen today",
              body, d, atts=[("Hofmann_excuse_letter.docx", letter)]), s["name"]


@reg("phi", "names")
def names7():
    s = student("Jamal", "Pierce")
    d = dt(3, 1, 17, 58)
    body = f"""Handoff to on-call (Dr. Kessler this weekend):

Pierce, Jamal - soph, lives in {s['hall']}. In clinic today w/ vomiting x2 days, couldn't keep water down. Got 1L NS + ondansetron, tolerated crackers and Gatorade after, vitals normal on d/c. Sent back to dorm with roommate, told him to call the after-hours line if he can't keep fluids down overnight or if he gets belly pain. Bmp drawn, results should be in by tomorrow AM - please glance at them, esp. K.

Nothing else pending from today.

Marisol
Sent from my Android
"""
    return mk(who("ortega"), [f"SHCC On-Call <oncall@{D}>", who("kessler")], "weekend handoff Fri 3/1", body, d), s["name"]


@reg("phi", "names")
def names8():
    s = student("Kayla", "Simmons")
    d = dt(9, 22, 10, 37)
    body = f"""Amira, Beth,

Following up on the 1:40 AM transport from Alder Hall last night. The student was Kayla Simmons (first-year, Alder 3rd floor). RA found her unresponsive in the 3rd floor bathroom after a party off campus; EMS took her to St. Brigid's ED. Per her roommate who went with her, she was given IV fluids, kept for observation and discharged to the roommate around 6 AM. Her BAC in the ED was apparently 0.27.

She's back in her room now and I checked on her at 9 - she's embarrassed but ok, said her head hurts. I told her she'd be hearing from your office about the AOD follow-up (this is her first incident with us). Beth, she said she'd be open to the BASICS sessions.

Incident report #RL-24-0913 is in Maxient.

Jordan
""" + sig("fairley")
    return mk(who("fairley"), [who("haddad"), who("nakamura")], "Alder transport last night", body, d), s["name"]


# ================================================================ PHI: self
@reg("phi", "self")
def self1():
    s = student("Sam", "Underwood")
    d = dt(11, 7, 10, 47)
    body = """hi i missed my appt today at 9:20 bc i overslept, sorry. can i rebook for sometime this week? its the follow up for my knee w dr kessler. also do i get charged the no show fee?? its my first time missing

sam

Sent from my iPhone
"""
    return mk(f"Sam Underwood <{s['email']}>", f"SHCC Appointments <appointments@{D}>", "missed appt", body, d), s["name"]


@reg("phi", "self")
def self2():
    s = student("Noah", "Nguyen")
    d = dt(1, 22, 21, 3)
    body = f"""Hello,

I'm a sophomore on the student health plan (member ID {s['mem']}). On December 28 I went to Lakeside Urgent Care while I was still on campus for winter session because I fell on the ice and hurt my wrist. They did an x-ray and put me in a splint - it was a sprain, not broken.

I just got a bill from them for $340. I paid a $50 copay at the visit. I thought urgent care was covered after the copay? The EOB from Keystone says "provider out of network" but Lakeside is literally the place your website says to go when the health centre is closed.

Can someone help me figure out if I have to pay this? I don't want it to go to collections.

Thank you,
Noah Nguyen
{s['phone']}
"""
    html = html_of(body)
    return mk(f"Noah Nguyen <{s['email']}>", who("benedetti"), "Bill from Lakeside Urgent Care - am I supposed to pay this?",
              body, d, html=html), s["name"]


@reg("phi", "self")
def self3():
    s = student("Zoe", "Abernathy")
    d = dt(2, 11, 7, 12)
    body = f"""Hi,

I've had the flu since Saturday (fever 102, body aches, can barely get out of bed) and I've missed two classes and a lab. I tested positive on a home test. I don't think I need to come in, I just need something for my professors - is there a form or a letter you can send me? My chem lab TA says I need a doctor's note to make up the lab.

Zoe Abernathy
Student ID {s['sid']}
"""
    return mk(f"Zoe Abernathy <{s['email']}>", f"SHCC Nurse Line <nurseline@{D}>", "note for missing class?", body, d), s["name"]


@reg("phi", "self")
def self4():
    s = student("Esther", "Greenberg")
    d = dt(3, 3, 12, 19)
    body = f"""Dear Dr. Lindqvist,

I'm a 4th-year PhD candidate in Biology and I also have a TA appointment, so I'm not sure whether I fall under the student or the employee side for counselling.

I've been seeing Lucia since January and it's been really helpful - the panic attacks are much less frequent than they were in the fall. But she mentioned at my last session that students get 10 sessions per academic year and I've used 8. I'm defending in June and I'm honestly scared of losing support right when things are the most stressful.

Can I use the Employee Assistance Program for additional sessions since I'm a TA? Or is there a way to extend with you? I'd rather not switch counsellors if I can avoid it.

Thank you for any guidance,
Esther Greenberg
Department of Biological Sciences
"""
    return mk(f"Esther Greenberg <egreenberg@{D}>", who("lindqvist"), "session limit question", body, d), s["name"]


@reg("phi", "self")
def self5():
    s = student("Kofi", "Osei")
    d = dt(8, 19, 23, 36)
    body = f"""Dear Mr. Menon,

I am a new graduate student arriving from Ghana next week and I have received an email that there is an immunization hold on my account ({s['sid']}).

I had the Hepatitis B series and MMR as a child at Korle Bu, and my yellow fever card is also attached. I have scanned my child health record booklet page but the scan is not very clear. My mother is trying to find the original clinic card. I also did a chest x-ray for my visa medical in June which was normal.

Please let me know what else I should submit. I can get any missing vaccines once I arrive on campus on the 26th.

Kind regards,
Kofi Osei
DOB: {s['dobs']}
"""
    return mk(f"Kofi Osei <kofi.osei.gh@mailbox-accra.net>", who("menon"), "Immunization hold - new grad student", body, d,
              atts=[("health_booklet_scan_p1.png", png(612, 792, "scan")),
                    ("yellow_fever_card.pdf", pdf(["INTERNATIONAL CERTIFICATE OF VACCINATION OR PROPHYLAXIS",
                                                  f"Name: KOFI OSEI     Date of birth: {s['dobs']}",
                                                  "Vaccine: Yellow fever    Date: 14 March 2016",
                                                  "Manufacturer / batch: (see stamp)",
                                                  "Official stamp of administering centre"], "ICVP"))]), s["name"]


@reg("phi", "self")
def self6():
    s = student("Brendan", "Foley")
    d = dt(3, 20, 1, 54)
    body = f"""Ms. Haddad,

I was told by my advisor that I should contact you about a medical withdrawal. I don't really know how to say this so I'll just say it. I've been dealing with pretty bad depression since about mid February. I stopped going to most of my classes and I'm failing at least three of them. I've been seeing someone at the counselling center (Keisha Brandt) since last week and started medication with Dr. Achebe but I don't think I can catch up this semester.

What do I need to do to withdraw? Will I lose my housing right away? And does it affect my scholarship? My parents don't know yet.

Brendan Foley
{s['sid']}
"""
    return mk(f"Brendan Foley <{s['email']}>", who("haddad"), "medical withdrawal", body, d), s["name"]


@reg("phi", "self")
def self7():
    s = student("Chloe", "Sato")
    d = dt(4, 11, 16, 8)
    body = """hey its chloe sato - can i get my birth control refilled without coming in? i'm on the sprintec, my last pack runs out next wed. marisol prescribed it last april. if i have to come in is there anything friday?

thx
chloe

Get Outlook for iOS
"""
    return mk(f"chloe sato <{s['email']}>", f"SHCC Pharmacy <pharmacy@{D}>", "refill", body, d), s["name"]


# ================================================================ PHI: struct
def _hl7ts(d):
    return d.strftime("%Y%m%d%H%M%S")


@reg("phi", "struct")
def struct1():
    s = student()
    d = dt(2, 11, 9, 30, )
    appt = dt(2, 13, 10, 40)
    sex = sexof(s)
    ctl = f"SIU{R.randint(10**9, 10**10-1)}"
    segs = [
        f"MSH|^~\\&|PYRACARE|SHCC|BOOKNOW|BELLMONT|{_hl7ts(d)}||SIU^S12^SIU_S12|{ctl}|P|2.5.1",
        f"SCH|88213^PYRACARE|B-55190^BOOKNOW||||ROUTINE^Routine^HL70276|FU^Follow-up visit^LOCAL|30|MIN|^^30^{_hl7ts(appt)}^{_hl7ts(later(appt, minutes=30))}|||||||||||||||BOOKED",
        f"PID|1||{s['mrn']}^^^SHCC^MR~{s['sid']}^^^BELLU^PI||{s['last'].upper()}^{s['first'].upper()}||{s['dob'].strftime('%Y%m%d')}|{sex}|||{s['room']} {s['hall'].upper()}^^BELLMONT^OH^44709||{s['phone']}^PRN^CP~^NET^Internet^{s['email']}",
        "PV1|1|O|SHCC^EXAM3^^SHCC||||1386620184^KESSLER^OWEN^^^^MD",
        "RGS|1|A",
        "AIS|1|A|FU30^Follow-up 30^LOCAL",
        "AIP|1|A|1386620184^KESSLER^OWEN^^^^MD|MD",
        "AIL|1|A|",
    ]
    hl7 = "\n".join(segs)
    body = f"""** Mirth Connect Alert **

Channel:     SHCC_PyraCare_to_BookNow_SIU
Server:      bu-intg-prd02
Time:        {d.strftime('%Y-%m-%d %H:%M:%S')}
Error type:  DESTINATION ERROR (HTTP 422 from receiver)
Message ID:  {ctl}
Detail:      AIL-3 location resource is empty; BookNow requires a room/location for S12.

Raw message:
{hl7}

This message will be retried 3 times at 10 minute intervals. After that it will be placed in the
error queue. To view: https://bu-intg-prd02.{D}:8443/mirth

-- automated alert, do not reply --
"""
    return mk(f"Mirth Alerts <mirth-alerts@{D}>", [who("sutter"), f"Integration Team <integration@{D}>"],
              f"[ALERT] SHCC_PyraCare_to_BookNow_SIU - destination error ({ctl})", body, d,
              hdrs={"Auto-Submitted": "auto-generated", "X-Priority": "2"}), s["name"]


@reg("phi", "struct")
def struct2():
    s1, s2 = student(), student()
    d = dt(11, 26, 7, 58)
    coll = dt(11, 25, 10, 5)
    res = later(coll, hours=20)

    def oru(s, n, obr, obx):
        return "\r".join([
            f"MSH|^~\\&|TCRL_LIS|TCRL|PYRACARE|SHCC|{_hl7ts(res)}||ORU^R01^ORU_R01|TCRL{R.randint(10**7,10**8-1)}|P|2.5.1",
            f"PID|1||{s['mrn']}^^^SHCC^MR||{s['last'].upper()}^{s['first'].upper()}||{(s['dob'] + datetime.timedelta(days=n)).strftime('%Y%m%d')}|{sexof(s)}",
            f"ORC|RE|SHC{R.randint(100000,999999)}|25-LB-{R.randint(100000,999999)}||CM",
            obr,
        ] + obx) + "\r"
    m1 = oru(s1, 0,
             f"OBR|1|||5858-9^Strep A culture^LN|||{_hl7ts(coll)}|||||||||1447382910^ORTEGA^MARISOL^^^^FNP|||||||{_hl7ts(res)}||MB|F",
             ["OBX|1|CWE|5858-9^Streptococcus pyogenes culture^LN|1|POS^Positive^HL70078||Negative|A|||F|||"
              + _hl7ts(res)])
    m2 = oru(s2, 1,
             f"OBR|1|||24357-6^Urinalysis macro panel^LN|||{_hl7ts(coll)}|||||||||1573019286^PRUITT^NEIL^^^^PA|||||||{_hl7ts(res)}||CH|F",
             ["OBX|1|CWE|5799-2^Leukocyte esterase^LN|1|2+^2+||Negative|A|||F",
              "OBX|2|CWE|5802-4^Nitrite^LN|2|POS^Positive||Negative|A|||F",
              "OBX|3|NM|5811-5^Specific gravity^LN|3|1.025||1.005-1.030|N|||F"])
    body = f"""Greg,

Two results from TCRL hit the error queue overnight with "patient not found" - looks like the DOB on the second one is off by a day vs. our chart, so the match rule kicked it out. I've attached both raw messages. Can you manually file them to the right charts? I checked names and chart #s and they're ours. The strep one is positive so the NP needs to see it this morning.

Thanks,
Jenna
"""
    return mk(who("whitcomb"), who("sutter"), "2 lab results in error queue", body, d, cc=who("ortega"),
              atts=[("TCRL_ORU_err1.hl7", m1.encode()), ("TCRL_ORU_err2.hl7", m2.encode())]), f"{s1['name']}; {s2['name']}"


@reg("phi", "struct")
def struct3():
    s = student()
    d = dt(1, 31, 10, 22)
    ctl = f"{R.randint(100, 999):09d}"
    sx = sexof(s)
    orig_claim = f"24{R.randint(1000,9999)}{R.randint(10000,99999)}"
    body_segs = [
        "ST*837*0001*005010X222A1",
        "BHT*0019*00*SHCC0131A*20250131*1022*CH",
        "NM1*41*2*BELLMONT UNIVERSITY SHCC*****46*SHCC01",
        "PER*IC*CARLA BENEDETTI*TE*3305550142*EX*4437",
        "NM1*40*2*KEYSTONE COLLEGIATE BENEFITS*****46*KCB01",
        "HL*1**20*1",
        "NM1*85*2*BELLMONT UNIVERSITY SHCC*****XX*1902847561",
        "N3*220 LARCH WALK",
        "N4*BELLMONT*OH*44709",
        "REF*EI*341234567",
        "HL*2*1*22*0",
        "SBR*P*18*BELLMONTSHP2425******CI",
        f"NM1*IL*1*{s['last'].upper()}*{s['first'].upper()}****MI*{s['mem']}",
        f"N3*{s['room']} {s['hall'].upper()}",
        "N4*BELLMONT*OH*44709",
        f"DMG*D8*{s['dob'].strftime('%Y%m%d')}*{sx}",
        "NM1*PR*2*KEYSTONE COLLEGIATE BENEFITS*****PI*KCB01",
        "CLM*SHC2501310007*145.00***11:B:7*Y*A*Y*Y",
        f"REF*F8*{orig_claim}",
        "REF*9F*R87102",
        "HI*ABK:J029*ABF:R509",
        "NM1*82*1*ORTEGA*MARISOL****XX*1447382910",
        "PRV*PE*PXC*363LF0000X",
        "LX*1",
        "SV1*HC:99213*110.00*UN*1***1:2",
        "DTP*472*D8*20241014",
        "LX*2",
        "SV1*HC:87880:QW*35.00*UN*1***1",
        "DTP*472*D8*20241014",
    ]
    body_segs.append(f"SE*{len(body_segs)+1}*0001")
    x12 = [f"ISA*00*          *00*          *ZZ*BELLMONTSHCC   *ZZ*KEYSTONECB     *250131*1022*^*00501*{ctl}*0*P*:",
           f"GS*HC*BELLMONTSHCC*KEYSTONECB*20250131*1022*{int(ctl)}*X*005010X222A1"] + body_segs + \
          [f"GE*1*{int(ctl)}", f"IEA*1*{ctl}"]
    edi = "~\n".join(x12) + "~\n"
    body = f"""Marcus,

Per our call Tuesday, attached is the corrected claim (freq 7) for the first one on the denied list, now with the referral number in REF*9F. Original claim # is in REF*F8. If the format looks ok I'll send the rest through the clearinghouse the normal way instead of emailing.

Carla
""" + sig("benedetti", "mid")
    return mk(who("benedetti"), f"Marcus Fenwick <mfenwick@{TPA_D}>", "corrected 837 - referral added", body, d,
              atts=[(f"SHCC_837P_corrected_{ctl}.x12", edi)]), s["name"]


@reg("phi", "struct")
def struct4():
    s = student()
    d = dt(9, 4, 14, 7)
    segs = [
        "ISA*00*          *00*          *ZZ*KEYSTONECB     *ZZ*BELLMONTSHCC   *240904*1341*^*00501*000008812*0*P*:",
        "GS*HB*KEYSTONECB*BELLMONTSHCC*20240904*1341*8812*X*005010X279A1",
        "ST*271*0001*005010X279A1",
        "BHT*0022*11*EL0904-0117*20240904*1341",
        "HL*1**20*1",
        "NM1*PR*2*KEYSTONE COLLEGIATE BENEFITS*****PI*KCB01",
        "HL*2*1*21*1",
        "NM1*1P*2*BELLMONT UNIVERSITY SHCC*****XX*1902847561",
        "HL*3*2*22*0",
        "TRN*2*EL0904-0117*9BELLSHCC",
        f"NM1*IL*1*{s['last'].upper()}*{s['first'].upper()}****MI*{s['mem']}",
        f"DMG*D8*{s['dob'].strftime('%Y%m%d')}",
        "DTP*346*D8*20240815",
        "EB*1*IND*30*PR*BELLMONT SHP 2024-25",
        "EB*B*IND*98***27*20*****Y",
        "EB*B*IND*UC***27*50*****Y",
        "EB*B*IND*86***27*150*****Y",
        "EB*C*IND*30****250*****Y",
        "EB*C*IND*30***29*188.40*****Y",
        "EB*G*IND*30****5000*****Y",
        "MSG*SHCC VISITS NO COST SHARE",
    ]
    segs.append(f"SE*{len(segs)-1}*0001")
    segs += ["GE*1*8812", "IEA*1*000008812"]
    raw = "~".join(segs) + "~"
    body = f"""Tom - here's the raw 271 for the student at the window this morning, the portal summary screen was timing out so I pulled it from the clearinghouse. Coverage is active since 8/15, $20 specialist / $50 UC / $150 ER copays, deductible $250 with $188.40 left. SHCC visits are no cost share (that's the MSG line). So she shouldn't have been asked for a copay for today - please refund the $20 at the desk.

{raw}

C.
"""
    return mk(who("benedetti"), who("alvarez"), "eligibility - student at window 1:30", body, d), s["name"]


@reg("phi", "struct")
def struct5():
    s = student()
    d = dt(8, 28, 2, 15)
    g = "female" if sexof(s) == "F" else "male"
    pid = f"OH{R.randint(10**8, 10**9-1)}"

    def imm(i, code, disp, date, lot):
        return {"fullUrl": f"urn:uuid:imm-{i}", "resource": {
            "resourceType": "Immunization", "id": f"imm-{i}", "status": "completed",
            "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": code, "display": disp}]},
            "patient": {"reference": "urn:uuid:pat-1"},
            "occurrenceDateTime": date, "lotNumber": lot, "primarySource": False,
            "reportOrigin": {"text": "Historical - ImmuNet OH"}}}
    y = s["dob"].year
    bundle = {
        "resourceType": "Bundle", "type": "searchset", "total": 6,
        "meta": {"lastUpdated": d.strftime("%Y-%m-%dT%H:%M:%S%z")[:-2] + ":00"},
        "entry": [
            {"fullUrl": "urn:uuid:pat-1", "resource": {
                "resourceType": "Patient", "id": "pat-1",
                "identifier": [{"system": "urn:oid:2.16.840.1.113883.4.3.39.99", "value": pid},
                               {"system": f"https://{D}/sid", "value": s["sid"]}],
                "name": [{"family": s["last"], "given": [s["first"]]}],
                "gender": g, "birthDate": s["dob"].isoformat(),
                "address": [{"line": ["1187 Juniper Ct"], "city": "Mentor", "state": "OH", "postalCode": "44060"}]}},
            imm(1, "03", "MMR", f"{y+1}-{s['dob'].month:02d}-15", "M7712A"),
            imm(2, "03", "MMR", f"{y+5}-08-02", "N0213C"),
            imm(3, "08", "Hep B, adolescent or pediatric", f"{y}-{s['dob'].month:02d}-{s['dob'].day:02d}", "HB1102"),
            imm(4, "114", "meningococcal MCV4P", f"{y+11}-07-19", "U4410AA"),
            imm(5, "62", "HPV, quadrivalent", f"{y+12}-06-03", "R88211"),
        ]}
    js = json.dumps(bundle, indent=2, ensure_ascii=False)
    body = f"""ImmuNet OH - Automated Query Response

Your scheduled query batch SHCC-0828-NIGHTLY completed.
Records returned: 1 of 1 requested.
Response file attached (FHIR R4 JSON).

Matching confidence: EXACT (name + DOB + SID)

This mailbox is not monitored. For support contact the ImmuNet OH help desk at 1-866-555-0150.
"""
    return mk(f"ImmuNet OH <no-reply@immunet-oh.org>", who("menon"), "Query response SHCC-0828-NIGHTLY (1 record)",
              body, d, atts=[(f"response_{pid}.json", js)], hdrs={"Auto-Submitted": "auto-generated"}), s["name"]


@reg("phi", "struct")
def struct6():
    ss = [student() for _ in range(3)]
    d = dt(2, 18, 11, 40)
    evs = []
    for i, (s, ev) in enumerate(zip(ss, ["appointment.cancelled", "appointment.booked", "appointment.no_show"])):
        start = dt(2, 18 + i, 9 + i * 2, 0)
        evs.append({
            "event": ev, "event_id": f"evt_{R.getrandbits(48):012x}", "occurred_at": d.isoformat(),
            "data": {
                "appointment_id": f"apt_{R.randint(100000, 999999)}",
                "start": start.isoformat(), "duration_min": R.choice([20, 30, 50]),
                "service": R.choice(["Counselling - Ongoing", "Same-day sick visit", "Travel consult", "Contraception visit"]),
                "provider": R.choice(["Brandt, Keisha", "Ortega, Marisol", "Pruitt, Neil"]),
                "patient": {"first_name": s["first"], "last_name": s["last"], "student_id": s["sid"],
                            "dob": s["dob"].isoformat(), "email": s["email"], "mobile": s["phone"]},
                "reason_text": R.choice(["cant stop feeling anxious", "burning when I pee", "need shots for Ghana trip",
                                         "want to restart the pill"]),
                "cancel_reason": "student_request" if ev == "appointment.cancelled" else None}})
    payload = "\n".join(json.dumps(e, ensure_ascii=False) for e in evs)
    body = f"""Hi Greg,

This is BookNow Support following up on ticket #BN-44109. Our logs show your webhook endpoint
(https://intg.{D}/booknow/hook) returned HTTP 500 for the three events below between 10:52 and 11:31 EST.
We've paused delivery for your tenant to avoid further failures. Once the endpoint is back up you can
replay them from Admin > Integrations > Webhooks, or re-POST the payloads below yourself (one JSON object per line).

{payload}

Let us know if you need anything else.

Priya S.
BookNow Customer Success | support@booknow-health.com
"""
    return mk("BookNow Support <support@booknow-health.com>", who("sutter"), "[BN-44109] Webhook delivery paused - 3 failed events",
              body, d), _names(ss)


@reg("phi", "struct")
def struct7():
    s = student()
    d = dt(4, 3, 15, 2)
    sx = sexof(s)
    ccd = f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.3.9921.1" extension="CCD-{R.randint(10**6, 10**7-1)}"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="{d.strftime('%Y%m%d%H%M%S')}-0400"/>
  <confidentialityCode code="R" codeSystem="2.16.840.1.113883.5.25"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.9921.2" extension="{s['mrn']}"/>
      <addr use="H"><streetAddressLine>{s['room']} {s['hall']}</streetAddressLine><city>Bellmont</city><state>OH</state><postalCode>44709</postalCode></addr>
      <telecom use="MC" value="tel:{s['phone']}"/>
      <patient>
        <name><given>{s['first']}</given><family>{s['last']}</family></name>
        <administrativeGenderCode code="{sx}" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="{s['dob'].strftime('%Y%m%d')}"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author><time value="{d.strftime('%Y%m%d')}"/><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="1629384750"/>
    <assignedPerson><name><given>Samuel</given><family>Achebe</family><suffix>MD</suffix></name></assignedPerson></assignedAuthor></author>
  <component><structuredBody>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.5.1"/>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
      <title>Problems</title>
      <text><list><item>Generalized anxiety disorder (F41.1) - onset 09/2024</item><item>Insomnia, unspecified (G47.00)</item></list></text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.1.1"/>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="History of medication use"/>
      <title>Medications</title>
      <text><list><item>Escitalopram 10 mg tablet, 1 by mouth daily (started 10/2024)</item><item>Hydroxyzine 25 mg, 1 at bedtime as needed for sleep</item></list></text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.6.1"/>
      <code code="48765-2" codeSystem="2.16.840.1.113883.6.1" displayName="Allergies"/>
      <title>Allergies</title>
      <text>No known drug allergies</text>
    </section></component>
    <component><section>
      <code code="18776-5" codeSystem="2.16.840.1.113883.6.1" displayName="Plan of care"/>
      <title>Plan of Care</title>
      <text>Transfer of psychiatric medication management to Lakeshore Counseling Group for summer. Last SHCC visit 04/01/2025. Follow-up requested within 4 weeks.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
    body = f"""Dr. Meier,

As discussed by phone, attached is the continuity of care document for the student we talked about who will be staying in Bellmont over the summer. Release is on file. Please don't hesitate to call me with any questions - my direct line is below.

Best,
Sam Achebe
""" + sig("achebe") + "\n" + DISC
    return mk(who("achebe"), "Anton Meier MD <ameier@lakeshorecounseling.org>", "transfer of care - CCD attached", body, d,
              atts=[("CCD_transfer.xml", ccd)]), s["name"]


# ================================================================ CLEAN: admin
@reg("clean", "admin")
def admin1():
    d = dt(9, 16, 8, 5)
    body = f"""Good morning all,

The first flu vaccine shipment came in Friday afternoon - 600 doses of the quadrivalent pre-filled syringes plus 40 of the high-dose (for the faculty/staff clinic). Everything is in the big Helmer fridge in the lab hallway, NOT the med room fridge. Temps were 4.1-4.6C all weekend per the data logger. Please keep logging AM/PM temps on the clipboard - the state VFC auditor does look at those.

Other housekeeping:
- Exam 6 is out of service Wed-Thu while facilities replaces the sink. Please use Exam 8 (the old procedure room) instead.
- We're almost out of the large nitrile gloves and 3 mL syringes; order went in, expected Thursday.
- The AED in the lobby passed its monthly check. Pads expire in Jan - on my list.
- Sharps containers in Exams 2 and 4 are at the fill line. EHS pickup is Friday.

Residence hall flu clinic sign-up sheet is on the break room door - we need 2 nurses per site.

Thanks!
Jenna
""" + sig("whitcomb", "mid")
    return mk(who("whitcomb"), f"SHCC Clinical Staff <shcc-clinical@{D}>", "flu vaccine arrived + housekeeping", body, d), ""


@reg("clean", "admin")
def admin2():
    d = dt(11, 13, 15, 20)
    body = f"""All SHCC staff,

PyraCare will be upgraded to version 2024.3 this Saturday, November 16. The system will be DOWN from 6:00 AM to approximately 2:00 PM.

What this means for you:
- The Saturday urgent care clinic (9-1) will run on DOWNTIME PROCEDURES. Paper encounter forms, the downtime MAR, and the downtime lab requisitions are in the blue binder at the nurses' station.
- The patient portal and BookNow online scheduling will also be unavailable. The after-hours nurse line is not affected.
- e-Prescribing will not be available. Providers should call prescriptions to the pharmacy or use paper Rx pads (locked drawer, front office).
- Everything documented on paper must be back-entered by end of day Monday.

What's new in 2024.3:
- New immunisation compliance dashboard (Ravi will do a short demo at staff meeting)
- Counselling notes get separate access controls
- Faster check-in screen

If you have problems logging in Monday morning, call the IT Service Desk at x4357 or submit a ticket.

Greg Sutter
Clinical Systems Analyst
"""
    return mk(who("sutter"), f"SHCC All Staff <shcc-all@{D}>", "PyraCare downtime Saturday 11/16 6AM-2PM", body, d,
              html=html_of(body), hdrs={"Importance": "High"}), ""


@reg("clean", "admin")
def admin3():
    d = dt(1, 14, 12, 30)
    start = dt(1, 21, 8, 0)
    end = later(start, minutes=60)
    body = f"""Hi everyone,

Agenda for next Tuesday's all-staff meeting (8:00-9:00, Hollis 120 - breakfast provided):

1. Welcome back / spring volume projections (Dr. Raman) - 10 min
2. No-show and late-cancel policy change (Denise) - 15 min
   * Late-cancel window moving from 2 hrs to 24 hrs for counselling
   * No-show fee stays at $25, first one per term waived
   * Outreach letter after 3rd no-show
3. Immunisation hold process for spring transfers (Ravi) - 10 min
4. Telehealth counselling: Ohio licensure reminder for students who are out of state (Dr. Lindqvist) - 10 min
5. Open floor - 15 min

Calendar invite attached. Please let me know by Friday if you have dietary restrictions for breakfast.

Denise Okafor
Office Manager
{CTR}
"""
    inv = ics(f"allstaff-20250121@{D}", start, end, "SHCC All-Staff Meeting", "Hollis Wellness Bldg Rm 120",
              "Agenda in email. Breakfast provided.", f"dokafor@{D}")
    return mk(who("okafor"), f"SHCC All Staff <shcc-all@{D}>", "Agenda - All Staff Tues 1/21", body, d,
              atts=[("invite.ics", inv)]), ""


@reg("clean", "admin")
def admin4():
    d1 = dt(2, 26, 16, 12)
    d2 = later(d1, hours=18)
    orig = f"""Priya,

Keystone sent the renewal terms for the 2025-26 {PLAN}. Headlines:

- Annual premium: $1,612 (up from $1,486, +8.5%). Their loss ratio for 24-25 is running at 91%.
- Deductible stays $250 in-network / $500 OON.
- Copays: SHCC $0 (unchanged), specialist $20 -> $25, urgent care $50 (unchanged), ER $150 (waived if admitted).
- Behavioral health: they're proposing to drop the referral requirement for outpatient therapy, which would be great for us.
- Rx: generic $10 / preferred brand $35 / non-preferred $60. Adding a specialty tier at 20%.
- Referral requirement for specialists stays, except OB/GYN and behavioral health.
- They want a 3-year term with a rate cap of 9%/yr.

The waiver criteria are unchanged. I think the premium increase is within range but the 3-year term is worth negotiating. Can we go over it before the Student Fee Committee on 3/12?

Carla"""
    body = f"""Thanks Carla, this is a helpful summary. I agree on the BH referral piece - that alone saves our counselling staff a lot of paperwork. Let's push back on the specialty tier and ask for a 2-year term with a 7% cap. Can you set up 30 min with me and Marcy from the VP's office next week?

P.

{wrote(d1, 'Carla Benedetti')}
{q(orig)}
""" + sig("raman", "mid") + "\n" + DISC
    return mk(who("raman"), who("benedetti"), "RE: Keystone renewal 2025-26", body, d2, hdrs=reply_hdrs()), ""


@reg("clean", "admin")
def admin5():
    d = dt(12, 2, 10, 48)
    body = f"""Hi Facilities team,

Following up on work order WO-2024-118823 (Hollis Wellness Building, 2nd floor counselling suite). Three items:

1. HVAC in offices 214-220 is still blowing cold air - the space is at 63F in the mornings. Counsellors are bringing space heaters, which I know is against policy.
2. The sound masking / white noise units outside 216 and 218 stopped working after the power blip on 11/25. These are important for confidentiality - conversations are audible in the hallway without them.
3. The door closer on the group room (222) slams. Could someone adjust it?

We don't see clients before 9 AM, so early morning work is ideal. Please call me at x4402 to schedule.

Thank you,
Denise Okafor
Office Manager, {CTR}
"""
    return mk(who("okafor"), f"Facilities Work Control <workcontrol@{D}>", "WO-2024-118823 follow up - counselling suite",
              body, d, cc=who("lindqvist")), ""


@reg("clean", "admin")
def admin6():
    d = dt(8, 22, 9, 0)
    body = f"""Dear Colleagues,

As the fall semester begins, I want to share the Student Health & Counselling Centre's policy on class absence documentation, which was endorsed by the Faculty Senate in May.

The SHCC does not provide notes to excuse students from class for short-term illnesses (generally fewer than 3 days). Requiring students to obtain documentation for minor illnesses sends contagious students into a crowded waiting room, takes appointments from students who need care, and rarely changes what an instructor would do.

For longer absences, students may request that the Office of the Dean of Students send an absence notification to their instructors. These notifications confirm that the student has been in contact with the Dean's office; they do not describe the reason for the absence. If a student has a disability-related need, please refer them to Accessibility Services.

We encourage instructors to build flexibility into attendance policies (e.g., dropping the lowest quiz score), and to refer students who seem to be struggling to the SHCC or to the CARE team at care@{D}.

Thank you for supporting student health,

Priya Raman, MD
Medical Director, {CTR}
"""
    html = ('<html><body style="font-family:Georgia,serif;font-size:12pt">'
            '<img src="cid:logo" alt="Bellmont SHCC" width="120" height="40"><br>'
            + html_of(body).split("<body", 1)[1].split(">", 1)[1])
    m = mk(f"Office of the Provost <provost-announce@{D}>", f"Faculty List <faculty-l@{D}>",
           "Class absence documentation - SHCC policy reminder", body, d, html=html,
           hdrs={"Reply-To": f"praman@{D}"})
    inline_logo(m)
    return m, ""


@reg("clean", "admin")
def admin7():
    d1 = dt(1, 23, 11, 10)
    d2 = later(d1, hours=4)
    orig = f"""Hi Beth,

Residence Life would love to partner again on Mental Health First Aid for RAs this spring. We have 38 new and returning RAs who haven't been certified. Could your team run two 8-hour sessions? We were thinking Saturdays Feb 8 and Feb 22, 9-5, in the North Commons multipurpose room (we've put a hold on it). We'll cover lunch and the manuals ($24.95 each).

Also - the Kessler Hall hall council wants to do a "Sleep Week" tabling event in March. Any materials you could loan them?

Jordan"""
    body = f"""Jordan - yes to both! Feb 8 and Feb 22 work; I'll bring Lucia as the second instructor for the 22nd. Please cap each session at 20. For Sleep Week, I can give them the sleep kits (eye mask, earplugs, tip card) - we have about 150 left - and the "Sleep is a Study Strategy" poster set. Have them email peerhealth@{D} to book pickup.

Beth

{wrote(d1, 'Jordan Fairley')}
{q(orig)}
""" + sig("nakamura")
    return mk(who("nakamura"), who("fairley"), "Re: MHFA for RAs + Sleep Week", body, d2, hdrs=reply_hdrs()), ""


# ================================================================ CLEAN: lookalike
@reg("clean", "lookalike")
def look1():
    d = dt(9, 13, 14, 22)
    inv = f"INV-{R.randint(2400000, 2499999)}"
    lines = [
        ("49281-0424-50", "Quadrivalent influenza vaccine PFS 0.5 mL, 10/pk", "UT8103AB", "06/30/2025", 40, 158.20),
        ("49281-0124-65", "High-dose influenza vaccine PFS 0.7 mL, 10/pk", "UT8221HD", "06/30/2025", 4, 682.40),
        ("00006-4681-00", "MMR II lyophilized SDV, 10/pk", "Y013442", "11/14/2025", 3, 879.60),
        ("58160-0842-52", "Tdap PFS 0.5 mL, 10/pk", "3K7X2", "02/28/2026", 2, 461.30),
        ("49281-0790-20", "Tuberculin PPD 5 TU/0.1 mL, 10 test vial", "D1L27B", "08/31/2025", 6, 118.75),
    ]
    tbl = "\n".join(f"{n:<15}{desc:<48}{lot:<10}{exp:<12}{qty:>4}  ${price:>9,.2f}  ${qty*price:>10,.2f}"
                    for n, desc, lot, exp, qty, price in lines)
    total = sum(q_ * p for *_, q_, p in lines)
    body = f"""MERIDIAN VACCINE DISTRIBUTION, INC.
2200 Commerce Pkwy, Columbus OH 43219 | 1-800-555-0161 | ar@meridianvax.com

INVOICE {inv}            Invoice date: 09/13/2024          Terms: Net 45
Bill to: Bellmont University - Student Health & Counselling, Acct # 0044781
Ship to: Hollis Wellness Bldg, Receiving Dock B, 220 Larch Walk, Bellmont OH 44709
Customer PO: PO-BU-25-003391        Sales order: SO-881204

NDC            DESCRIPTION                                     LOT       EXP         QTY   UNIT PRICE     EXT
{'-'*118}
{tbl}
{'-'*118}
                                                                                        SUBTOTAL   ${total:>10,.2f}
                                                                                        FREIGHT    $      0.00
                                                                                        TOTAL DUE  ${total:>10,.2f}

Shipped 09/12/2024 via UPS Next Day Air (cold chain), tracking 1Z 88V 4W2 01 9921 7730, 3 cartons, TempTale IDs TT-55102 / TT-55103 / TT-55104.

Remit to: Meridian Vaccine Distribution, PO Box 71550, Columbus OH 43271. ACH: routing 041000124, acct ending 7781.
"""
    pdfl = ["MERIDIAN VACCINE DISTRIBUTION, INC.", f"INVOICE {inv}   PO-BU-25-003391", ""] + \
           [f"{n}  {desc[:38]}  lot {lot}  exp {exp}  qty {qty}" for n, desc, lot, exp, qty, _ in lines] + \
           ["", f"TOTAL DUE ${total:,.2f}   Terms Net 45"]
    return mk("Meridian Vaccine AR <ar@meridianvax.com>", f"SHCC Accounts Payable <shcc-ap@{D}>",
              f"Invoice {inv} - PO-BU-25-003391", body, d, atts=[(f"{inv}.pdf", pdf(pdfl, inv))]), ""


@reg("clean", "lookalike")
def look2():
    d = dt(8, 26, 9, 15)
    rows = [("Front desk / appointments", "(330) 555-0142", "x4400"),
            ("Nurse line (M-F 8-5)", "(330) 555-0145", "x4425"),
            ("After-hours nurse advice (24/7)", "(330) 555-0199", "-"),
            ("Counselling intake", "(330) 555-0146", "x4460"),
            ("Crisis line (24/7)", "(330) 555-0198", "-"),
            ("Pharmacy", "(330) 555-0148", "x4440"),
            ("Lab", "(330) 555-0149", "x4445"),
            ("Immunisation compliance", "(330) 555-0143", "x4433"),
            ("Insurance & billing", "(330) 555-0147", "x4437"),
            ("Medical records / ROI", "(330) 555-0144", "x4405"),
            ("Main fax", "(330) 555-0189", "-"),
            ("Counselling fax (secure)", "(330) 555-0188", "-"),
            ("Pharmacy fax", "(330) 555-0187", "-")]
    tbl = "\n".join(f"  {a:<36}{b:<18}{c}" for a, b, c in rows)
    body = f"""Hi all - updated directory for fall below and attached as a PDF for the front desk binders. Changes: the pharmacy fax moved to 0187 and the new secure counselling fax is 0188. Please recycle the old laminated cards.

SHCC PHONE DIRECTORY - Fall 2024
{tbl}

  Campus police (emergency)           (330) 555-0111
  Campus police (non-emergency)       (330) 555-0112
  Dean of Students CARE team          (330) 555-0290
  IT Service Desk                     (330) 555-4357

Pager for on-call provider: 330-555-0170 (enter callback # then #)

Denise
"""
    return mk(who("okafor"), f"SHCC All Staff <shcc-all@{D}>", "Updated phone directory Fall 2024", body, d,
              atts=[("SHCC_directory_Fall2024.pdf", pdf(["SHCC PHONE DIRECTORY - Fall 2024", ""] +
                                                        [f"{a:<36}{b:<18}{c}" for a, b, c in rows], "Directory"))]), ""


@reg("clean", "lookalike")
def look3():
    d = dt(6, 18, 13, 40, year=2025)
    codes = [("99202", "New pt, straightforward MDM", 0, 95), ("99203", "New pt, low MDM", 0, 140),
             ("99212", "Est pt, straightforward MDM", 0, 70), ("99213", "Est pt, low MDM", 0, 110),
             ("99214", "Est pt, moderate MDM", 0, 160), ("90686", "Influenza vaccine, IIV4, PF", 0, 28),
             ("90471", "Immunization admin, first", 0, 22), ("86480", "TB test, IGRA (QuantiFERON)", 45, 82),
             ("87880", "Strep A rapid, CLIA waived", 0, 35), ("81002", "Urinalysis, non-automated, w/o micro", 0, 12),
             ("87491", "Chlamydia NAAT", 0, 58), ("90834", "Psychotherapy, 45 min", 0, 125),
             ("90791", "Psychiatric diagnostic evaluation", 0, 210), ("J1050", "Medroxyprogesterone inj 1 mg", 15, 0.48)]
    tbl = "\n".join(f"{c:<7}| {desc:<40}| ${sp:>6.2f} | ${ins:>7.2f}" for c, desc, sp, ins in codes)
    body = f"""Team,

Here are the fee schedule changes effective 8/1/2025 for PyraCare. "Student pay" is what posts to the student account; "Plan bill" is what we bill Keystone for students on the {PLAN}. Waived students are billed student pay only.

CODE   | DESCRIPTION                             | STUDENT| PLAN BILL
{tbl}

Common ICD-10 codes for the superbill were also refreshed (J02.9, J06.9, N39.0, Z23, Z11.1, Z30.011, F41.1, F32.A, S93.401A). Let me know if you want any added. Greg will load the table Aug 1.

Carla
"""
    return mk(who("benedetti"), f"SHCC Providers <shcc-providers@{D}>", f"FY26 fee schedule / superbill changes",
              body, d, cc=who("sutter"),
              atts=[("FY26_fee_schedule.xlsx", xlsx([["CPT/HCPCS", "Description", "Student pay", "Plan bill"]] +
                                                    [list(c) for c in codes], "FY26"))]), ""


@reg("clean", "lookalike")
def look4():
    d = dt(5, 6, 10, 2, year=2025)
    provs = [("Priya Raman, MD", "1386620184", "35.118472", "04/01/2026", "Internal Medicine"),
             ("Owen Kessler, MD", "1679543201", "35.129901", "10/01/2025", "Family Medicine"),
             ("Marisol Ortega, FNP-C", "1447382910", "NP.0221847", "08/31/2026", "Family NP"),
             ("Neil Pruitt, PA-C", "1573019286", "50.004412", "01/31/2026", "Physician Assistant"),
             ("Samuel Achebe, MD", "1629384750", "35.140077", "07/01/2025", "Psychiatry"),
             ("Hannah Lindqvist, PsyD", "1902211734", "PY.7731", "11/30/2026", "Psychology"),
             ("Keisha Brandt, LCSW", "1811203945", "I.1800331", "10/31/2026", "Clinical Social Work"),
             ("Lucia Castro, LPC", "1154097723", "C.2100482", "03/31/2027", "Professional Counselor")]
    tbl = "\n".join(f"{n:<26}{npi:<13}{lic:<14}{exp:<12}{tax}" for n, npi, lic, exp, tax in provs)
    body = f"""Hi Janelle,

For Keystone's annual re-credentialing of the SHCC group (TIN 34-1234567, group NPI 1902847561), here is our current roster. CAQH attestations were completed for all eight last week. Dr. Achebe's Ohio licence renews 7/1 - I'll send the updated verification as soon as the Medical Board posts it.

PROVIDER                  NPI          OH LICENSE    EXPIRES     SPECIALTY
{tbl}

Malpractice certificates (policy BU-PL-2025-0417) and the W-9 are attached to the CAQH profiles.

Thanks,
Denise Okafor
Office Manager | Credentialing contact
{CTR}
"""
    return mk(who("okafor"), f"Janelle Brooks-Harmon <credentialing@{TPA_D}>", "Re-credentialing roster - Bellmont SHCC",
              body, d), ""


@reg("clean", "lookalike")
def look5():
    d = dt(3, 4, 8, 31)
    inc = f"INC00{R.randint(40000, 49999)}"
    body = f"""Bellmont IT Service Desk

Incident {inc} has been updated.

Short description: Zebra label printer in Exam 3 not printing specimen labels
Caller: Jenna Whitcomb (SHCC)
Location: Hollis Wellness Bldg, Rm 203 (Exam 3)
Configuration item: ZD421 S/N D4J213408812, asset tag BU-0071429
Assignment group: Desktop Support - Health Sciences
Assigned to: Kevin Marsh
Priority: 3 - Moderate
State: In Progress

Work notes (03/04/2025 08:29):
  Replaced print head (part P1112640-218). Reinstalled driver v5.1.17.7498 and re-mapped
  the printer to \\\\bu-print03\\SHCC-EXAM3-LBL. Test label printed OK. Waiting for clinic
  to confirm labels print from PyraCare before closing.

Reply to this email with "resolved" to close the incident, or view it at
https://servicedesk.{D}/incident/{inc}

Ref:MSG0{R.randint(1000000, 9999999)}
"""
    return mk(f"Bellmont IT Service Desk <servicedesk@{D}>", who("whitcomb"), f"Incident {inc} updated - In Progress",
              body, d, hdrs={"Auto-Submitted": "auto-generated"}), ""


@reg("clean", "lookalike")
def look6():
    d = dt(2, 5, 9, 44)
    body = f"""Dr. Raman / Dr. Lindqvist,

January utilisation numbers for the dashboard (source: PyraCare scheduled report SR-14, pulled 2/4):

                               Jan 2025    Jan 2024    Change
  Medical visits                  2,314       2,051    +12.8%
  Counselling visits              1,188       1,022    +16.2%
  New counselling intakes             214         187    +14.4%
  Median days to intake              6.0         9.5    -3.5 d
  No-show rate (all)               11.2%       13.0%    -1.8 pts
  Late cancels                        97         121
  Nurse line calls                   642         590
  Immunisation holds released        311         276
  Flu vaccines given                  84         112

Top visit reasons (medical): URI/pharyngitis 28%, contraception/sexual health 14%, injury 11%, skin 8%, immunisation/TB 7%.
Unique students seen: 3,402 of 14,860 enrolled (22.9%).

Note the Jan 2024 counselling numbers are lower partly because of the 2 weeks of reduced staffing last year.

Denise
"""
    return mk(who("okafor"), [who("raman"), who("lindqvist")], "January utilisation numbers", body, d), ""


@reg("clean", "lookalike")
def look7():
    d = dt(10, 11, 13, 5)
    man = f"{R.randint(10**7, 10**8-1)}GBF"
    body = f"""PICKUP CONFIRMATION - Buckeye Medical Waste Services

Customer:        Bellmont University - Student Health & Counselling (Cust # 551-0092)
Generator EPA ID: OHR000188442
Service date:    10/11/2024   Route 14   Driver: T. Halvorsen (CDL OH-4419021)
Manifest #:      {man}

CONTAINER                         QTY   WEIGHT (lb)
Sharps 8 gal                        4        31.5
Red bag / biohazard 28 gal box      2        44.0
Pharmaceutical (non-haz) 5 gal      1         9.2
Trace chemo                         0         0.0

Total weight: 84.7 lb
Next scheduled service: 11/08/2024

Certificate of destruction will be issued within 30 days. Keep this manifest for 3 years per OAC 3745-27.
Questions: 1-877-555-0155 | service@buckeyemedwaste.com
"""
    return mk("Buckeye Medical Waste <no-reply@buckeyemedwaste.com>", who("okafor"),
              f"Pickup confirmation - manifest {man}", body, d, hdrs={"Auto-Submitted": "auto-generated"}), ""


# ================================================================ CLEAN: news
@reg("clean", "news")
def news1():
    d = dt(10, 1, 7, 0)
    body = f"""WELL@BELLMONT - October 2024
News from the Student Health & Counselling Centre

FLU SHOTS ARE HERE
Free for all students with a Bellmont ID, no appointment needed:
  Tue 10/8   Student Union Ballroom B      11 am - 3 pm
  Thu 10/10  North Commons lobby            4 pm - 7 pm
  Wed 10/16  Rec Center atrium              11 am - 2 pm
  Any weekday at the SHCC nurse clinic      8:30 am - 4 pm
Last year 2,940 Bellmont students got vaccinated. Let's beat it!

NEW: SATURDAY URGENT CARE
Starting October 5, SHCC is open Saturdays 9 am - 1 pm for urgent visits. Book in BookNow or walk in.

LET'S TALK DROP-INS
Informal, free 20-minute consultations with a counsellor - no appointment, no paperwork.
Mondays 2-4 pm at the Multicultural Center, Wednesdays 12-2 pm at the Library (room 3C).

INSURANCE CORNER
Not sure if something is covered? Our insurance coordinator can explain your {PLAN} benefits or help with a confusing bill. Email insurance-help@{D}.

Follow us @BellmontSHCC.
You're receiving this because you're a Bellmont student. Unsubscribe from optional newsletters in your student email preferences.
"""
    html = (f'<html><body style="font-family:Arial,sans-serif;max-width:640px">'
            f'<img src="cid:logo" alt="Bellmont SHCC" width="120" height="40">'
            f'<h1 style="color:#183060">Well@Bellmont &ndash; October 2024</h1>'
            + html_of(body).split("<body", 1)[1].split(">", 1)[1])
    m = mk(f"Bellmont SHCC <wellness-news@{D}>", f"All Students <allstudents@{SD}>", "Well@Bellmont: flu shots, Saturday hours & more",
           body, d, html=html, hdrs={"List-Unsubscribe": f"<mailto:unsubscribe-wellness@{D}>", "Precedence": "bulk"})
    inline_logo(m)
    return m, ""


@reg("clean", "news")
def news2():
    d = dt(3, 27, 16, 45)
    body = f"""HEALTH ADVISORY - Measles case in Summit County

Dear Bellmont community,

The Summit County Public Health department has confirmed a case of measles in an adult resident of the county who recently returned from international travel. The individual is not a Bellmont student or employee. Public health officials have identified possible exposure locations, including the Akron-Canton airport on March 19 and a retail store in Cuyahoga Falls on March 21 (full list at the county website).

What you should do:
- Check your immunisation status. Bellmont requires two doses of MMR for all students, and 98.6% of enrolled students are compliant. If you are unsure, log in to the patient portal and look under "Immunizations".
- Faculty and staff born in 1957 or later who are unsure of their status can get an MMR vaccine at the SHCC at no cost, Monday through Friday.
- If you develop fever, cough, runny nose, red eyes and a rash, CALL before coming in - (330) 555-0145 - so we can keep others from being exposed.

Measles is highly contagious but preventable. Two doses of MMR are about 97% effective.

Priya Raman, MD
Medical Director, Student Health & Counselling Centre
"""
    return mk(f"Bellmont Alerts <alerts@{D}>", f"Campus Community <campus-all@{D}>",
              "Health advisory: measles case in Summit County", body, d, html=html_of(body),
              hdrs={"Precedence": "bulk"}), ""


@reg("clean", "news")
def news3():
    d = dt(4, 21, 10, 0)
    body = f"""Mental Health Awareness Week is April 28 - May 2!

Finals are coming. Take a breath. Here's what's happening:

MON 4/28  Therapy Dogs on the Quad - 11am-2pm (rain location: Student Union)
TUE 4/29  "Stress Less" workshop with Counselling Services - 5pm, Hale Hall 105
WED 4/30  QPR Suicide Prevention Training - 3-4:30pm, Library 3C (sign up at bellmont-u.org/qpr, 40 spots)
THU 5/1   Art & Wellness Night - 6-8pm, North Commons. Free supplies + snacks
FRI 5/2   Sunrise Yoga - 7am, Rec Center field

Counselling Services will offer extra same-day appointments during finals (May 5-9).
24/7 Crisis Line: (330) 555-0198 | 988 Suicide & Crisis Lifeline: call or text 988

Co-sponsored by SHCC Health Promotion, Student Government, and Residence Life.

- The Health Promotion team
"""
    return mk(who("nakamura"), f"All Students <allstudents@{SD}>", "Mental Health Awareness Week - events inside 🐾",
              body, d, html=html_of(body), hdrs={"Precedence": "bulk"}), ""


@reg("clean", "news")
def news4():
    d = dt(8, 1, 9, 30)
    body = f"""Important: Student Health Insurance Waiver Deadline is September 15

Bellmont University requires all students enrolled 6+ credit hours to have health insurance. You are automatically enrolled in the {PLAN} and the annual premium ($1,486 for 2024-25) is billed to your student account.

Already have comparable coverage? Submit a waiver by 11:59 PM ET on September 15, 2024 at https://bellmont.{TPA_D}/waiver. You'll need:
  - Your insurance company name and member ID
  - The customer service phone number on the back of your card

Why stay on the plan?
  - $0 visits at the Student Health & Counselling Centre
  - $20 specialist copay with referral, $150 ER copay
  - Nationwide PPO network, including telehealth
  - Counselling and psychiatry coverage

Questions? Keystone Collegiate Benefits Student Services: 1-800-555-0134 (M-F 8am-8pm ET) or bellmont@{TPA_D}.

{TPA} administers the {PLAN} on behalf of Bellmont University.
To stop receiving marketing emails from Keystone, click here.
"""
    html = html_of(body).replace("Important: Student Health Insurance Waiver Deadline is September 15",
                                 "<b style='font-size:16pt;color:#b00020'>Important: Student Health Insurance Waiver Deadline is September 15</b>")
    return mk(f"Keystone Collegiate Benefits <studentplans@{TPA_D}>", f"Bellmont Students <bulk-students@{SD}>",
              "Action needed: waive or keep your student health plan by 9/15", body, d, html=html,
              hdrs={"Precedence": "bulk", "List-Unsubscribe": f"<https://{TPA_D}/unsub>"}), ""


@reg("clean", "news")
def news5():
    d = dt(11, 5, 14, 10)
    body = f"""Colleagues,

The summary report from the Spring 2024 Bellmont Student Wellbeing Survey is attached. Quick highlights (n = 2,741; response rate 18.4%; weighted to enrolment by class year and gender):

  - 41% screened positive for moderate or severe anxiety (GAD-7 >= 10), down from 44% in 2022
  - 33% screened positive for depression (PHQ-9 >= 10)
  - 62% reported less than 7 hours of sleep on a typical school night
  - 27% said they had used SHCC counselling services at some point while at Bellmont
  - 71% of students who used counselling rated it "helpful" or "very helpful"
  - Top barriers to seeking help: "didn't think it was serious enough" (48%), wait time (31%), cost concerns (19%)

The data were collected anonymously and no individual responses are shared. Results with cell sizes below 10 are suppressed.

We'll present the findings at the Student Affairs directors' meeting on 11/19, and I'm happy to do a tailored session for any department.

Beth Nakamura, MPH
Health Promotion Coordinator
"""
    rep = pdf(["Bellmont Student Wellbeing Survey - Spring 2024 - Summary Report", "",
               "Respondents: 2,741 (18.4%)", "Anxiety (GAD-7>=10): 41%", "Depression (PHQ-9>=10): 33%",
               "Sleep <7h: 62%", "Ever used SHCC counselling: 27%", "",
               "All results aggregate; cells <10 suppressed."], "Wellbeing Survey 2024")
    return mk(who("nakamura"), f"Student Affairs Directors <sa-directors@{D}>", "Spring 2024 Wellbeing Survey - summary",
              body, d, atts=[("Wellbeing_Survey_2024_Summary.pdf", rep)]), ""


@reg("clean", "news")
def news6():
    d = dt(12, 2, 8, 0)
    body = f"""THE ALDER & KESSLER WEEKLY - Week of Dec 2

HALL HAPPENINGS
- Cookie decorating + study break: Wed 12/4, 8pm, Alder main lounge
- Finals quiet hours begin Fri 12/6 at 10pm (24-hour quiet hours through 12/14)
- Kessler Hall council ugly sweater contest - vote on Instagram by Thursday

STAY WELL DURING FINALS
- The SHCC is open regular hours through 12/20. Saturday urgent care continues 12/7 and 12/14.
- Flu shots are still available at the SHCC nurse clinic, free with your Bellmont ID.
- Feeling overwhelmed? Counselling has extra drop-in hours this week. You can also talk to your RA anytime.
- Eat something green. Sleep at least once. Seriously.

WINTER BREAK CLOSING
Halls close Saturday 12/14 at noon. If you're approved for winter break housing, watch for an email from the housing office. Unplug your mini-fridge and take out your trash before you leave!

Questions? Stop by the Alder front desk or email aldkes-rl@{D}.

- Jordan & your RA team
"""
    return mk(who("fairley"), f"Alder & Kessler Residents <aldkes-residents@{SD}>", "Alder & Kessler Weekly - finals edition",
              body, d, html=html_of(body), hdrs={"Precedence": "bulk"}), ""


# ================================================================ CLEAN: staff
@reg("clean", "staff")
def staff1():
    d = dt(1, 9, 15, 30)
    weeks = ["1/13-1/19", "1/20-1/26", "1/27-2/2", "2/3-2/9", "2/10-2/16", "2/17-2/23", "2/24-3/2", "3/3-3/9"]
    people = ["Brandt, Keisha LCSW", "Castro, Lucia LPC", "Lindqvist, Hannah PsyD", "Osterberg, Ray LISW-S",
              "Castro, Lucia LPC", "Brandt, Keisha LCSW", "Osterberg, Ray LISW-S", "Lindqvist, Hannah PsyD"]
    backup = ["Achebe, Samuel MD"] * 4 + ["Kessler, Owen MD"] * 4
    tbl = "\n".join(f"{w:<14}{p:<28}{b}" for w, p, b in zip(weeks, people, backup))
    body = f"""Hi all,

Here is the after-hours counselling on-call rotation through spring break. On-call runs Monday 8 AM to Monday 8 AM. The on-call phone is handed off at Monday staff meeting. Please arrange swaps directly and cc me so I can update the answering service (ProtoCall) - they need 48 hours notice.

WEEK          PRIMARY                     MEDICAL BACKUP
{tbl}

On-call stipend is $350/week per the AFSCME side letter; log your week on the timesheet as code OC1.

Thanks,
Hannah
"""
    return mk(who("lindqvist"), f"Counselling Clinicians <counselling-clinicians@{D}>", "Spring on-call rotation",
              body, d, atts=[("oncall_spring2025.csv", csv_text([["Week", "Primary", "Medical backup"]] +
                                                                [[w, p, b] for w, p, b in zip(weeks, people, backup)]))]), ""


@reg("clean", "staff")
def staff2():
    d = dt(11, 20, 10, 0)
    body = f"""Hi everyone,

Because of the Thanksgiving holiday, timesheets for the pay period ending 11/30 are due in Workday by NOON on Tuesday 11/26 (not the usual Monday after). Please estimate your hours for Wed-Fri; you can submit a correction the following period if anything changes.

Reminders:
- Holiday pay code is HOL for Thurs 11/28 and Fri 11/29 (University holidays).
- If you're working the Saturday urgent care shift on 11/30, use code SAT-DIFF for the $3/hr differential.
- Student workers: you can't be paid for the holiday days unless you actually work.

Supervisors need to approve by 5 PM Tuesday.

Thanks and have a great break!
Denise
""" + "\n" + DISC
    return mk(who("okafor"), f"SHCC All Staff <shcc-all@{D}>", "EARLY timesheet deadline - Thanksgiving week", body, d), ""


@reg("clean", "staff")
def staff3():
    d = dt(4, 14, 13, 0)
    start = dt(5, 9, 15, 0)
    body = f"""Friends,

After 22 years at the SHCC front desk and in the office, Denise Okafor is retiring at the end of May! Please join us for a celebration:

  Friday, May 9, 3:00-5:00 PM
  Hollis Wellness Building, Room 120

It's a potluck - sign up on the sheet in the break room (we need more desserts than Tom's famous seven-layer dip, as good as that is). We're collecting for a group gift; envelope is with Jenna, any amount welcome.

If you have a favourite Denise story or photo, send it to me by May 2 for the slideshow.

Priya
"""
    return mk(who("raman"), f"SHCC All Staff <shcc-all@{D}>", "Denise's retirement party 5/9 🎉", body, d,
              atts=[("denise_party.ics", ics(f"denise-ret-20250509@{D}", start, later(start, hours=2),
                                              "Retirement celebration - Denise Okafor", "Hollis Wellness Bldg Rm 120",
                                              "Potluck!", f"praman@{D}"))]), ""


@reg("clean", "staff")
def staff4():
    d = dt(8, 12, 9, 0)
    body = f"""Please join me in welcoming Neil Pruitt, PA-C, who joins our medical staff today.

Neil comes to us from the Cleveland Heights Family Health Center, where he spent six years in primary care and student-athlete sports medicine. He earned his Master of Physician Assistant Studies from Midwestern Ohio University and is NCCPA board certified. He'll be working with our athletics team on pre-participation physicals as well as seeing general medical visits Monday through Thursday.

Neil's office is Room 210. Please stop by and say hello - and if you see him wandering the halls looking for the supply closet, point him in the right direction.

Welcome, Neil!

Priya Raman, MD
Medical Director
"""
    return mk(who("raman"), f"SHCC All Staff <shcc-all@{D}>", "Welcome Neil Pruitt, PA-C", body, d, html=html_of(body)), ""


@reg("clean", "staff")
def staff5():
    d1 = dt(2, 20, 16, 5)
    d2 = later(d1, minutes=30)
    orig = """Hannah, per our conversation, confirming I'll be out on approved leave from Monday 3/3 through Monday 4/14, returning Tuesday 4/15. HR has the paperwork. I've gone through my caseload with Lucia and Ray and the transition notes are in the shared drive. My out-of-office will point people to the main counselling line.

Keisha"""
    body = f"""Team,

Keisha will be on leave from 3/3 through 4/14. Lucia and Ray are covering her ongoing clients, and I'll take her Thursday intake block. Please don't ask her about the reason for her leave - it's her business - but feel free to send good wishes!

Ray, you'll be primary on-call the week of 3/3 instead of Keisha (I've updated ProtoCall).

Hannah

{outlook_hdr('Brandt, Keisha <kbrandt@' + D + '>', d1, 'Lindqvist, Hannah <hlindqvist@' + D + '>', 'leave dates')}
{orig}
"""
    return mk(who("lindqvist"), f"Counselling Clinicians <counselling-clinicians@{D}>", "FW: leave dates - coverage",
              body, d2), ""


@reg("clean", "staff")
def staff6():
    d = dt(4, 25, 11, 15)
    rows = [["Name", "Role", "May 12-23", "May 27-Jun 27", "Jun 30-Aug 1", "Aug 4-15"],
            ["Raman, P", "MD", "M-F", "M-W", "vacation 7/7-7/18", "M-F"],
            ["Kessler, O", "MD", "M-F", "Th-F", "M-F", "M-F"],
            ["Ortega, M", "FNP", "M-Th", "M-Th", "M-Th", "M-F"],
            ["Pruitt, N", "PA", "M-F", "M-F", "off 6/30-7/11", "M-F (PPEs)"],
            ["Whitcomb, J", "RN", "M-F", "M-F", "M-F", "M-F"],
            ["Alvarez, T", "Patient Svcs", "M-F", "M-F", "M-F", "M-F"],
            ["Menon, R", "Immunisation", "M-F", "T-F", "M-F", "M-F + Sat 8/9"],
            ["Porter, L", "Pharmacy", "M-F", "M/W/F", "M/W/F", "M-F"]]
    tbl = "\n".join(f"{r[0]:<13}{r[1]:<14}{r[2]:<11}{r[3]:<15}{r[4]:<19}{r[5]}" for r in rows)
    body = f"""All,

Draft summer schedule below (and attached). SHCC summer hours are M-F 8:30-4:30, no Saturday clinic after finals. Please look at your row and tell me about conflicts by 5/2. Reminder that we need at least 1 provider + 1 RN on site every weekday, and August is all-hands for orientation and PPEs.

{tbl}

Denise
"""
    return mk(who("okafor"), f"SHCC Medical Staff <shcc-medical@{D}>", "DRAFT summer schedule - please review",
              body, d, atts=[("Summer2025_schedule_DRAFT.xlsx", xlsx(rows, "Summer 2025"))]), ""


@reg("clean", "staff")
def staff7():
    d = dt(1, 28, 14, 0)
    body = f"""Hi all,

Annual compliance check - the following staff have BLS cards expiring by June 30. Please register for one of the American Heart Association BLS renewal classes the University is hosting (free, 3 hrs, Rec Center Room 4):
  Thu 2/13 8-11 AM, Tue 3/11 1-4 PM, Fri 4/18 8-11 AM

  Kessler, Owen MD ............ exp 03/2025
  Whitcomb, Jenna RN .......... exp 04/2025
  Porter, Liam CPhT ........... exp 05/2025
  Alvarez, Tom ................ exp 06/2025
  Castro, Lucia LPC ........... exp 06/2025

Also due for everyone by 3/31 in Bellmont Learn: Bloodborne Pathogens (annual), Privacy & Confidentiality (annual), Title IX refresher, and Cybersecurity Awareness. Completion rates right now: 41% / 38% / 55% / 60%. Let's get to 100%.

Denise Okafor
Office Manager
"""
    return mk(who("okafor"), f"SHCC All Staff <shcc-all@{D}>", "BLS renewals + annual trainings due 3/31", body, d), ""


# ================================================================ CLEAN: training
@reg("clean", "training")
def train1():
    d = dt(8, 15, 13, 20)
    body = f"""Hi new front desk folks (and student workers),

Your PyraCare training accounts are set up in the TRAINING environment (https://pyracare-trn.{D}). Nothing you do there touches real charts, so click everything.

For Thursday's session, please practise with these fictitious patients. They are loaded in TRN only:

  ZZTEST, STUDENT ONE     Chart TRN-000101   DOB 01/01/2000   SID B00000001
  ZZTEST, STUDENT TWO     Chart TRN-000102   DOB 02/02/2002   SID B00000002
  ZZTEST, WAIVED          Chart TRN-000103   DOB 03/03/2003   SID B00000003  (waived the plan)
  ZZTEST, MINOR           Chart TRN-000104   DOB 04/04/2008   SID B00000004  (dual-enrolled, under 18)

Exercises:
 1. Check in STUDENT ONE for a 10:00 sick visit with Dr. Kessler; verify plan eligibility.
 2. Mark STUDENT TWO as a no-show and post the $25 fee.
 3. Schedule WAIVED for a TB blood draw and collect the $45 self-pay.
 4. Figure out what's different when you open MINOR (hint: consent & guardian fields).

Please don't create new test patients - if you need another, ask me.

Greg Sutter
Clinical Systems Analyst
"""
    return mk(who("sutter"), f"SHCC Front Desk <frontdesk@{D}>", "PyraCare training accounts + practice patients", body, d,
              cc=who("alvarez")), ""


@reg("clean", "training")
def train2():
    d = dt(10, 7, 12, 0)
    vign = ["**Case vignette for in-service - FICTIONAL COMPOSITE**",
            "Prepared for Counselling Services in-service, October 15. This case is a composite created for "
            "training purposes. It does not describe any real student; details have been invented.",
            "",
            "\"Jordan\" is a 20-year-old sophomore who presents for an intake in mid-October at the urging of a "
            "roommate. Jordan reports difficulty sleeping for the past month, skipping classes, and feeling "
            "\"like I'm behind on everything.\" Jordan drinks alcohol on weekends, usually 5-6 drinks, and "
            "recently missed a midterm after a night out. Jordan denies suicidal ideation but says \"sometimes I "
            "wish I could disappear for a while.\" Family lives out of state and doesn't know about the academic problems.",
            "",
            "Discussion questions:",
            "1. What additional risk assessment questions would you ask?",
            "2. How would you approach the alcohol use in the first session?",
            "3. What campus resources (Dean of Students, academic advising, medical withdrawal) might be relevant?",
            "4. When, if ever, would you involve the family?"]
    body = f"""Hi team,

Attached is the vignette for next Tuesday's in-service on brief assessment and risk. It's a made-up composite so feel free to share your copy with your practicum students. Please read before we meet - we'll split into pairs and role-play.

Lunch is on me (Thai from Lotus, order form in the break room).

Lucia
""" + sig("castro", "mid")
    return mk(who("castro"), f"Counselling Clinicians <counselling-clinicians@{D}>", "in-service vignette for 10/15",
              body, d, atts=[("inservice_vignette_1015.docx", docx(vign))]), ""


@reg("clean", "training")
def train3():
    d = dt(9, 3, 10, 30)
    body = f"""Front desk confidentiality quiz - please complete by Friday (10 min)

Answer each scenario, then check the key at the bottom. These are made-up situations.

1. A caller says she is a student's mother and asks if her son has an appointment today. What do you say?
2. A coach emails asking whether one of his players was seen yesterday. The player has NOT signed a release for athletics. What do you do?
3. A professor calls to "verify" a student's doctor's note. What are the steps?
4. You recognise your cousin in the waiting room. Later your aunt asks you why he was there. What do you say?
5. Are student health records covered by FERPA or by HIPAA? Does it matter for what you can tell a parent?
6. A student asks you to email her lab results to her personal Gmail. Can you?

-------------------- ANSWER KEY --------------------
1. "I'm not able to confirm whether anyone is a patient here. I can take a message and pass along our general information."
2. Do not reply with any details. Forward to the nurse manager; athletics needs a signed release on file.
3. Only if a faculty-verification release is on file: confirm dates seen, nothing else, using the standard template.
4. Nothing. Don't even confirm you saw him. Report the situation to your supervisor if you feel pressured.
5. At most universities student health records are "treatment records" under FERPA; the practical answer is the same: no disclosure without the student's written consent, except emergencies.
6. Direct her to the secure patient portal. We don't send results by regular email.

Tom Alvarez
Patient Services Coordinator
"""
    return mk(who("alvarez"), f"SHCC Front Desk <frontdesk@{D}>", "confidentiality quiz - due Fri", body, d), ""


@reg("clean", "training")
def train4():
    d = dt(7, 22, 14, 45, year=2025)
    rows = [["Step", "Test ID", "Test patient (TRN)", "Action", "Expected result", "Pass/Fail", "Tester", "Notes"],
            [1, "PORT-001", "ZZTEST, PORTAL A (TRN-000201)", "Self-register with SID B00000201", "Activation email sent", "", "", ""],
            [2, "PORT-002", "ZZTEST, PORTAL A", "Book counselling intake in BookNow", "Appt shows in PyraCare TRN", "", "", ""],
            [3, "PORT-003", "ZZTEST, PORTAL B (TRN-000202)", "Upload immunization PDF (sample_imm.pdf)", "Doc lands in Ravi's queue", "", "", ""],
            [4, "PORT-004", "ZZTEST, PORTAL B", "Request refill of test med 'SAMPLE DRUG 10 MG'", "Pharmacy queue shows request", "", "", ""],
            [5, "PORT-005", "ZZTEST, PORTAL C (TRN-000203)", "Sign ROI for 'Test Parent'", "ROI visible on chart banner", "", "", ""],
            [6, "PORT-006", "ZZTEST, PORTAL C", "View released lab (dummy CBC)", "Result displays w/ reference ranges", "", "", ""],
            [7, "PORT-007", "ZZTEST, PORTAL A", "Cancel appt <24h before", "Late-cancel warning shown", "", "", ""]]
    body = f"""Hi UAT volunteers,

Thanks for helping test the new patient portal before go-live on 8/11. The script is attached. All accounts are test patients in the TRAINING environment - please do NOT use your own student/employee login or any real student info.

Test window: 7/28 - 8/1. Log defects in the shared tracker (Teams > SHCC Portal UAT > Defects) with the Test ID.

Thanks!
Greg
"""
    return mk(who("sutter"), [who("alvarez"), who("menon"), who("porter"), who("castro")],
              "Portal UAT script - week of 7/28", body, d, atts=[("Portal_UAT_script_v3.xlsx", xlsx(rows, "UAT"))]), ""


@reg("clean", "training")
def train5():
    d = dt(1, 31, 9, 10)
    start = dt(2, 7, 7, 45)
    body = f"""Good morning clinical team,

We'll run an unannounced-ish (now announced!) mock code drill next Friday 2/7 at 7:45 before clinic opens. Scenario below - please don't share with the front desk, they'll be the ones "discovering" the patient.

SCENARIO (fictitious): "Casey Sample," a 19-year-old SAMPLE student, receives a routine vaccine at 7:50 and 5 minutes later in the observation chairs reports throat tightness, hives and lightheadedness. BP 82/50, HR 128, RR 24, SpO2 93%.

Objectives:
  - Recognition of anaphylaxis within 1 minute
  - Epinephrine 0.5 mg IM (auto-injector trainer) within 3 minutes
  - Code cart to obs area, O2, call 911 (we'll use the drill phrase "THIS IS A DRILL")
  - Closed-loop communication, roles (leader, recorder, meds, airway)
  - Debrief in Rm 120 at 8:15

Trainer auto-injectors and the manikin are in the storage room. Dr. Kessler is drill lead; Jenna is recorder.

Priya
"""
    return mk(who("raman"), f"SHCC Clinical Staff <shcc-clinical@{D}>", "Mock code drill Fri 2/7 - anaphylaxis", body, d,
              atts=[("mock_drill.ics", ics(f"drill-20250207@{D}", start, later(start, minutes=45),
                                           "Mock code drill (anaphylaxis)", "SHCC observation area", "",
                                           f"praman@{D}"))]), ""


@reg("clean", "training")
def train6():
    d = dt(6, 10, 11, 5, year=2025)
    msg = "\n".join([
        "MSH|^~\\&|PYRACARE_TST|SHCC|TCRL_TST|TCRL|20250610104500||ORM^O01^ORM_O01|TST000017|T|2.5.1",
        "PID|1||TST0001^^^SHCC^MR||TESTPATIENT^ALPHA^^^^^L||20000101|U|||1 TEST ST^^TESTVILLE^OH^00000",
        "PV1|1|O|SHCC^LAB^^SHCC",
        "ORC|NW|SHCTST0017||||||||||9999999999^PROVIDER^TEST",
        "OBR|1|SHCTST0017||5858-9^Strep A culture^LN|||20250610104400",
    ])
    body = f"""Hi Marta,

For the TCRL interface validation (new lab orders channel, go-live 7/1), here's test message #17 from our TEST environment. Processing ID is T in MSH-11 and the patient is our standard dummy TESTPATIENT^ALPHA (MRN TST0001, DOB 20000101), which doesn't exist in production.

{msg}

Your side rejected #16 with AR "OBR-16 ordering provider not found" - I've set ORC-12 to your dummy NPI 9999999999 per your spec v2.3 p.14. Can you let me know if #17 goes through?

Scripts 18-25 (add-on tests, cancels, specimen source variants) are queued for tomorrow.

Greg Sutter
Clinical Systems Analyst, Bellmont SHCC
"""
    return mk(who("sutter"), "Marta Kilbride <mkilbride@tcreflab.com>", "Interface validation - test msg #17 (TEST env)",
              body, d), ""


# ================================================================ main
EXPECT = {("phi", "care"): 8, ("phi", "ids"): 8, ("phi", "lang"): 8, ("phi", "lists"): 7, ("phi", "names"): 8,
          ("phi", "self"): 7, ("phi", "struct"): 7, ("clean", "admin"): 7, ("clean", "lookalike"): 7,
          ("clean", "news"): 6, ("clean", "staff"): 7, ("clean", "training"): 6}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    counts = {}
    rows = []
    for label, kind, fn in REG:
        msg, pname = fn()
        counts[(label, kind)] = counts.get((label, kind), 0) + 1
        fname = f"{label}-{kind}-{counts[(label, kind)]:03d}.eml"
        with open(os.path.join(out, fname), "wb") as fh:
            fh.write(msg.as_bytes(policy=policy.SMTP))
        rows.append([fname, label, kind, pname])
    with open(os.path.join(out, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    assert counts == EXPECT, counts
    for (label, kind), n in counts.items():
        print(f"{label}-{kind}: {n}")
    print(f"total: {sum(counts.values())}")


if __name__ == "__main__":
    main()
