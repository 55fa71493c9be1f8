#!/usr/bin/env python3
"""Generate a blind evaluation set of e-mail for a health-care-for-the-homeless
programme (Harbor Street Health Care for the Homeless, Portmere).

Everything here is invented: people, numbers, organisations and addresses.

Usage: python3 gen.py OUTDIR
"""
import sys
import os
import csv
import io
import json
import random
import struct
import zipfile
import zlib
from collections import OrderedDict
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

SEED = 8702
random.seed(SEED)
R = random

ORG = "harborstreethch.org"
ORGNAME = "Harbor Street Health Care for the Homeless"
MAIN_PHONE = "(413) 555-0100"
MAIN_FAX = "(413) 555-0199"

# ---------------------------------------------------------------- registry
REG = []


def reg(label, kind):
    def deco(f):
        REG.append((label, kind, f))
        return f
    return deco


# ---------------------------------------------------------------- people
STAFF = {
    'okafor': ("Miriam Okafor", "Miriam Okafor, MD", "mokafor", "Medical Director", "x201"),
    'estrada': ("Jonah Estrada", "Jonah Estrada, FNP-C", "jestrada", "Street Medicine Lead", "x233"),
    'lindqvist': ("Teresa Lindqvist", "Teresa Lindqvist, RN", "tlindqvist", "Nurse Manager, Linden House Medical Respite", "x310"),
    'raman': ("Dev Raman", "Dev Raman", "draman", "Case Manager", "x245"),
    'brandt': ("Keisha Brandt", "Keisha Brandt, LCSW", "kbrandt", "Behavioral Health Clinician", "x238"),
    'carmona': ("Luis Carmona", "Luis Carmona", "lcarmona", "Outreach Worker", "x250"),
    'natarajan': ("Priya Natarajan", "Priya Natarajan, PharmD", "pnatarajan", "Pharmacist, Open Shelf Pharmacy", "x270"),
    'whitfield': ("Amos Whitfield", "Amos Whitfield", "awhitfield", "Housing Navigator", "x262"),
    'greer': ("Hannah Greer", "Hannah Greer", "hgreer", "Volunteer Coordinator", "x215"),
    'villanueva': ("Rosa Villanueva", "Rosa Villanueva", "rvillanueva", "Patient Services Representative", "x200"),
    'byrne': ("Colm Byrne", "Colm Byrne", "cbyrne", "IT & Operations Manager", "x280"),
    'haddad': ("Farah Haddad", "Farah Haddad", "fhaddad", "Billing & Revenue Cycle Coordinator", "x290"),
    'wieczorek': ("Tomasz Wieczorek", "Tomasz Wieczorek", "twieczorek", "Mobile Unit Coordinator / CareVan Driver", "x255"),
    'pham': ("Linh Pham", "Linh Pham, CMA", "lpham", "Medical Assistant, CareVan", "x256"),
    'guzman': ("Ana Guzmán", "Ana Guzmán", "aguzman", "Community Health Worker", "x247"),
    'sandoval': ("Beth Sandoval", "Beth Sandoval, SHRM-CP", "bsandoval", "HR Generalist", "x205"),
    'ashby': ("Gordon Ashby", "Gordon Ashby", "gashby", "Executive Director", "x202"),
    'nguyen': ("Bao Nguyen", "Bao Nguyen, RN", "bnguyen", "Respite Nurse, Linden House", "x311"),
    'duarte': ("Felipe Duarte", "Felipe Duarte", "fduarte", "Outreach Worker", "x251"),
    'achterberg': ("Lise Achterberg", "Lise Achterberg, MD", "lachterberg", "Staff Physician", "x220"),
    'mbatha': ("Zanele Mbatha", "Zanele Mbatha, LPN", "zmbatha", "Respite LPN (nights)", "x312"),
    'quinlan': ("Marcy Quinlan", "Marcy Quinlan", "mquinlan", "Development & Communications Manager", "x208"),
}


def A(key):
    """'Name <email>' for a staff key."""
    s = STAFF[key]
    return "%s <%s@%s>" % (s[0], s[2], ORG)


def EM(key):
    return "%s@%s" % (STAFF[key][2], ORG)


def sig(key, style="full"):
    s = STAFF[key]
    if style == "short":
        return "\n-- \n%s\n%s\n" % (s[1], s[3])
    if style == "first":
        return "\n%s\n" % s[0].split()[0]
    if style == "mobile":
        return "\n%s\nSent from my iPhone\n" % s[0].split()[0]
    return ("\n-- \n%s\n%s\n%s\n214 Canal Street, Portmere\n"
            "%s %s | fax %s\n") % (s[1], s[3], ORGNAME, MAIN_PHONE, s[4], MAIN_FAX)


DISCLAIMER = (
    "\nCONFIDENTIALITY NOTICE: This message and any attachments are intended only for the\n"
    "person or entity to which they are addressed and may contain information that is\n"
    "privileged or confidential. If you are not the intended recipient, please notify the\n"
    "sender by reply e-mail and delete all copies. Thank you.\n")

DISCLAIMER_HOSP = (
    "\n************************************************************************\n"
    "This e-mail, including attachments, may include confidential information\n"
    "and is intended solely for the use of the addressee(s). Any review,\n"
    "retransmission or disclosure by others is prohibited. St. Anselm Regional\n"
    "Medical Center - If received in error, call (413) 555-0310.\n"
    "************************************************************************\n")


# ---------------------------------------------------------------- dates
def D(s):
    """'2024-06-11 09:14' -> aware datetime (US Eastern-ish offsets)."""
    dt = datetime.strptime(s, "%Y-%m-%d %H:%M")
    off = -4 if 3 < dt.month < 11 or (dt.month == 3 and dt.day > 10) or (dt.month == 11 and dt.day < 4) else -5
    return dt.replace(second=R.randint(0, 59), tzinfo=timezone(timedelta(hours=off)))


def gdate(dt):
    """Gmail style: Tue, Jun 11, 2024 at 9:14 AM"""
    h = dt.hour % 12 or 12
    return "%s, %s %d, %d at %d:%02d %s" % (dt.strftime("%a"), dt.strftime("%b"), dt.day, dt.year,
                                             h, dt.minute, "AM" if dt.hour < 12 else "PM")


def odate(dt):
    """Outlook style: Tuesday, June 11, 2024 9:14 AM"""
    h = dt.hour % 12 or 12
    return "%s, %s %d, %d %d:%02d %s" % (dt.strftime("%A"), dt.strftime("%B"), dt.day, dt.year,
                                          h, dt.minute, "AM" if dt.hour < 12 else "PM")


def quote(text, prefix="> "):
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append((prefix + line) if line else prefix.rstrip())
    return "\n".join(out) + "\n"


def gmail_reply(new, when, who, old):
    return "%s\nOn %s, %s wrote:\n%s" % (new.rstrip("\n") + "\n", gdate(when), who, quote(old))


def outlook_reply(new, frm, when, to, subj, old, cc=None):
    hdr = "-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\n" % (frm, odate(when), to)
    if cc:
        hdr += "Cc: %s\n" % cc
    hdr += "Subject: %s\n" % subj
    return "%s\n%s\n%s" % (new.rstrip("\n") + "\n", hdr, old)


def fwd(new, frm, when, to, subj, old, cc=None):
    hdr = "---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n" % (
        frm, gdate(when), subj, to)
    if cc:
        hdr += "Cc: %s\n" % cc
    return "%s\n%s\n%s" % (new.rstrip("\n") + "\n", hdr, old)


# ---------------------------------------------------------------- numbers
def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def phone(prefix="413"):
    return "(%s) 555-%04d" % (prefix, R.randint(100, 199))


def cell():
    return "%s-555-%04d" % (R.choice(["413", "774", "508"]), R.randint(100, 199))


def hexid(n=12):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def msgid(domain):
    return "<%s.%s@%s>" % (hexid(16), hexid(8), domain.split("@")[-1].strip(">"))


def mrn():
    return "HS" + digits(6)


# ---------------------------------------------------------------- builders
def png_bytes(w, h, pixel):
    """Valid RGB PNG; pixel(x, y) -> (r, g, b)."""
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            raw.extend(pixel(x, y))
    def chunk(t, data):
        c = struct.pack(">I", len(data)) + t + data
        return c + struct.pack(">I", zlib.crc32(t + data) & 0xffffffff)
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) +
            chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def logo_png():
    # teal square with a white "house" roof band and door
    def px(x, y):
        if 8 <= y <= 12 and abs(x - 32) <= (y - 4) * 2:
            return (255, 255, 255)
        if 26 <= x <= 38 and 40 <= y <= 56:
            return (255, 255, 255)
        if 14 <= x <= 50 and 20 <= y <= 56 and (x in (14, 50) or y == 56):
            return (255, 255, 255)
        return (0, 122, 128)
    return png_bytes(64, 64, px)


def blank_scan_png():
    def px(x, y):
        if (x * 7 + y * 13) % 97 == 0:
            return (236, 236, 232)
        return (250, 250, 247)
    return png_bytes(170, 220, px)


ZDT = (2024, 1, 1, 0, 0, 0)


def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
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
    sheet_rows = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _x(v)))
        sheet_rows.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<sheetData>%s</sheetData></worksheet>' % "".join(sheet_rows))
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
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", ws)])


def docx_bytes(paragraphs):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p)
                   for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % body)
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


def pdf_bytes(lines, title="Document"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 10 Tf", "13 TL", "50 750 Td"]
    for ln in lines:
        ops.append("(%s) Tj T*" % esc(ln.encode("latin-1", "replace").decode("latin-1")))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ("<< /Title (%s) /Producer (Portmere Office Suite) >>" % esc(title)).encode("latin-1"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def ics_text(uid, start, end, summary, location, organizer, attendees, desc=""):
    def f(dt):
        return dt.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Portmere Office Suite//Calendar 16.0//EN", "VERSION:2.0",
             "METHOD:REQUEST", "BEGIN:VEVENT", "UID:%s" % uid, "DTSTAMP:%s" % f(start - timedelta(days=9)),
             "DTSTART:%s" % f(start), "DTEND:%s" % f(end), "SUMMARY:%s" % summary,
             "LOCATION:%s" % location, "ORGANIZER;CN=%s:mailto:%s" % organizer]
    for cn, em in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s" % (cn, em))
    if desc:
        lines.append("DESCRIPTION:%s" % desc.replace("\n", "\\n").replace(",", "\\,"))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def csv_text(rows):
    bio = io.StringIO()
    w = csv.writer(bio, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return bio.getvalue()


# ---------------------------------------------------------------- message
def mk(frm, to, subj, body, date, cc=None, html=None, atts=(), hdrs=None, inreply=None,
       xmailer=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = ", ".join(to) if isinstance(to, (list, tuple)) else to
    if cc:
        m["Cc"] = ", ".join(cc) if isinstance(cc, (list, tuple)) else cc
    m["Subject"] = subj
    m["Date"] = format_datetime(date)
    dom = frm.split("@")[-1].strip(">").strip()
    m["Message-ID"] = msgid(dom)
    if inreply:
        rid = msgid(inreply)
        m["In-Reply-To"] = rid
        m["References"] = rid
    m["MIME-Version"] = "1.0"
    if xmailer:
        m["X-Mailer"] = xmailer
    for k, v in (hdrs or {}).items():
        m[k] = v
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    for a in atts:
        fn, mt, st, data = a
        if isinstance(data, EmailMessage):
            m.add_attachment(data, filename=fn)
        elif isinstance(data, str) and mt == "text":
            m.add_attachment(data, subtype=st, filename=fn)
        else:
            if isinstance(data, str):
                data = data.encode("utf-8")
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return m


def html_wrap(inner, title=""):
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title></head>\n"
            "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222\">\n%s\n"
            "</body></html>\n" % (title, inner))


def p2html(text):
    """Very small plain-text -> html for alternatives."""
    out = []
    for para in text.strip("\n").split("\n\n"):
        out.append("<p>%s</p>" % _x(para).replace("\n", "<br>\n"))
    return "\n".join(out)


# ======================================================================
# PHI / care
# ======================================================================
@reg("phi", "care")
def care_pickup():
    d = D("2024-03-18 15:42")
    body = """Tomasz,

Can the van grab Walter Jenkins from the St. Anselm discharge lounge tomorrow (Tues) at 10:00? He's coming to us at Linden House, bed 7 is made up for him.

He'll have a walker and two bags, plus whatever the hospital sends home with him. Carla Benitez on 4 West is his case manager over there, her desk is (413) 555-0317 if the paperwork isn't ready.

Please call me when you're 10 min out so Bao can meet you at the side door (the ramp one, not the front).

Thanks!
""" + sig("lindqvist")
    m = mk(A("lindqvist"), A("wieczorek"), "pickup tmrw 10am - St Anselm -> Linden House", body, d,
           cc=[A("nguyen"), A("raman")])
    return m, "Walter Jenkins"


@reg("phi", "care")
def care_refill_drop():
    d1 = D("2024-05-06 11:05")
    d2 = D("2024-05-06 13:27")
    first = """Jonah / Felipe - Marisol Ortega's refills are bagged and in the street bin (blue tote, top shelf). She's on the 90-day blister packs now so this should hold her through mid-August.

She asked that nobody leave it with the guys at her spot, hand it to her directly please. Last time it walked off.

Priya
"""
    body = gmail_reply("""got it, we'll take it out Thursday on the east loop. she's usually under the Ninth St overpass by the bike racks before 9. if we can't find her I'll bring it back, not leaving it.

F
""", d1, "Priya Natarajan <%s>" % EM("natarajan"), first) + "\n" + sig("duarte", "short")
    m = mk(A("duarte"), A("natarajan"), "Re: Ortega refills ready", body, d2,
           cc=[A("estrada")], inreply=ORG)
    return m, "Marisol Ortega"


@reg("phi", "care")
def care_sister_worry():
    d0 = D("2024-09-10 21:48")
    d1 = D("2024-09-11 08:52")
    sis = """Hello, I hope this is the right place to write.

My brother is Derek Haines, he has been staying at the Bayview Mission for about two months. He told me he was seeing someone at your clinic on Tuesdays. He didn't call me this week like he always does and his phone goes right to voicemail ({ph}).

I live in Ohio so I can't just go over there. Could someone please check that he's ok and that he went to his appointment? I don't need details I just want to know somebody has eyes on him. He's 58, tall, grey beard, usually wears a Red Sox cap.

Thank you so much,
Jeanette Haines-Morrow
""".format(ph=cell())
    body = outlook_reply("""Hi Jeanette,

Thank you for reaching out. I'm Derek's case manager. I can't share much without his OK, but I'm going over to Bayview this morning and I will ask him to give you a call. If he's comfortable, I'll have him sign a release so we can talk more freely next time.

I'll let you know once I've seen him.

Dev
""" + sig("raman"), "Jeanette Haines-Morrow <jhmorrow@buckeyemail.net>", d0,
        "info@%s" % ORG, "brother - Derek Haines", sis)
    m = mk(A("raman"), "Jeanette Haines-Morrow <jhmorrow@buckeyemail.net>", "RE: brother - Derek Haines",
           body + DISCLAIMER, d1, inreply="buckeyemail.net")
    return m, "Derek Haines"


@reg("phi", "care")
def care_handover():
    d = D("2024-11-22 06:58")
    body = """Night -> day handover, Linden House, Fri 11/22

Census 19/24. Quiet night overall.

Rm 3 - Mr. Tran (Anh): slept well. Needs standby assist for shower this AM, he will say he's fine, he's not, stay close. Dressing change due 0800 (supplies on his cart). Ride to the Mercy Point wound clinic at 1330 -- van confirmed, Tomasz driving. Pls make sure he eats before, he skips breakfast when he's nervous.

Rm 5 - Ms. Reyes: up x2 overnight to bathroom, steady. Daughter calling at 10 re: weekend pass.

Rm 11 - Mr. Obi: refused 2200 meds, took them at 2330 after a snack. Note in chart.

Bed 14 discharged yesterday to Canal Apartments (yay). Bed stripped, housekeeping aware.

Fridge temp 38F at 0400. Med cart count correct, signed.

Zanele
""" + sig("mbatha", "short")
    m = mk(A("mbatha"), ["Linden House Day Staff <lindenhouse-day@%s>" % ORG], "handover 11/22 nights",
           body, d, cc=[A("lindqvist")])
    return m, "Anh Tran; Ms. Reyes; Mr. Obi"


@reg("phi", "care")
def care_housing_form():
    d = D("2024-06-03 16:20")
    body = """Amos,

Quick update on Gloria Pemberton. Her state ID finally came back (she picked it up at the front desk today) so that piece is done.

What's still outstanding for the Canal Apartments packet is the provider section of the verification form. She's booked with Dr. Okafor on 6/12 at 2:40, I put a note on the appointment so Dr. O knows to fill out pages 3-4 while she's in the room. I'll walk her over myself since she got lost last time coming from the library.

After that you should have everything. Can you hold her spot with Dana at the city until the 14th?

Dev
""" + sig("raman", "short")
    m = mk(A("raman"), A("whitfield"), "Pemberton - ID back, form appt 6/12", body, d)
    return m, "Gloria Pemberton"


@reg("phi", "care")
def care_volunteer_ride():
    d = D("2024-02-07 10:14")
    body = """Hi drivers,

We have a standing ride request starting next week and I'm hoping to split it among 3 or 4 of you.

Rider: Abdi Warsame (staying at Linden House, room 9)
Where: Mercy Point Hospital, outpatient entrance on Lowell Ave
When: Mon / Wed / Fri, needs to be there by 6:15 AM, pickup at Linden House at 5:50
Return: he's done around 10:00-10:15, he'll call the driver from the lobby
Notes: he is very tired afterwards, please walk him to the door at Linden House. He speaks some English, Somali is his first language. Teresa says no stops on the way back.

Reply-all with which days you can take and I'll build the calendar. Mileage reimbursement form is on the volunteer portal as usual.

Thank you all, you make this work.

Hannah Greer
Volunteer Coordinator
Harbor Street Health Care for the Homeless
(413) 555-0100 x215
"""
    m = mk(A("greer"), "Volunteer Drivers <volunteer-drivers@%s>" % ORG,
           "Standing ride request M/W/F early AM - Linden House", body, d,
           html=html_wrap(p2html(body)))
    return m, "Abdi Warsame"


@reg("phi", "care")
def care_ray_supplies():
    d = D("2024-08-15 14:33")
    body = """saw Ray at the library steps around 1. hes out of everything - gauze, the paper tape, the big bandaids, and he wants clean socks (size L). said the last ones got wet.

also he wants his glasses appt moved bc he has court on the 22nd. can rosa call the optometry van people? his phone is dead so tell them to call me and Ill find him.

Luis
sent from mobile
"""
    m = mk(A("carmona"), [A("estrada"), A("villanueva")], "Ray Kowalczyk - supplies + glasses appt", body, d)
    return m, "Ray Kowalczyk"


@reg("phi", "care")
def care_family_shelter():
    d0 = D("2024-08-02 09:30")
    d1 = D("2024-08-02 12:11")
    orig = """Hi Linh,

Checking whether the CareVan is coming to Northside this Saturday. Latoya Greene in room 12 asked me to find out if her daughter Kiara (DOB 04/19/2017) can get her school shots done here. School starts the 28th and the pediatric office at Mercy Point can't see her until October.

Latoya doesn't have the old record, she thinks the last shots were at a clinic in Springfield. She has a Medicaid card for Kiara.

Wendy Alcott
Family Advocate, Northside Family Shelter
(413) 555-0161
"""
    body = gmail_reply("""Hi Wendy - yes we're at Northside Sat 9-1. I'll pull what I can from the state registry before we come and have the forms ready. Tell Latoya to bring the card and come before 11 if she can.

Linh
""", d0, "Wendy Alcott <walcott@northsidefamilyshelter.org>", orig) + sig("pham", "short")
    m = mk(A("pham"), "Wendy Alcott <walcott@northsidefamilyshelter.org>",
           "Re: van Saturday - school shots?", body, d1, cc=[A("wieczorek")],
           inreply="northsidefamilyshelter.org")
    return m, "Kiara Greene"

# ======================================================================
# PHI / ids
# ======================================================================
@reg("phi", "ids")
def ids_claim_denial():
    d = D("2024-04-22 10:03")
    clm = "2024%s" % digits(9)
    mem = "CHP%s" % digits(8)
    body = """Provider: Harbor Street Health Care for the Homeless
NPI: 1{npi}
TIN: XX-XXX{tin}

Good morning,

This is in response to your inquiry ticket PR-{tk} regarding the following claim:

  Claim #:        {clm}
  Member ID:      {mem}
  Date of service: 03/14/2024
  Billed:         $212.00  (99214, J1050)
  Status:         DENIED - CARC 16 / RARC N286 (missing/incomplete referring provider)

The member's PCP assignment on the DOS was to an outside practice, so the claim requires the referring provider NPI in loop 2310A. Please submit a corrected claim (frequency code 7) with the original claim number referenced within 90 days of this notice.

If you have additional questions, please reference the ticket number above.

Regards,
Jenna Marsh
Provider Relations Representative
Crescent Community Health Plan
Provider Services: 1-800-555-0148, option 3
""".format(npi=digits(9), tin=digits(4), tk=digits(7), clm=clm, mem=mem)
    m = mk("Jenna Marsh <jmarsh@crescentchp.com>", A("haddad"),
           "Inquiry PR response - Claim %s" % clm, body, d)
    return m, ""


@reg("phi", "ids")
def ids_ed_discharge():
    d = D("2024-07-09 14:51")
    m_rn = digits(9)
    body = """Teresa,

Following up on our call. Pt J.R., MRN {mrn}, DOB 11/02/1961, is cleared by the ED team and will be discharged to Linden House this afternoon, ETA ~4:30 by chair van.

Med rec attached. He has enough of the first two for 3 days; the last one he will need filled. Follow-up with ortho clinic is 7/16 at 9:15, Building C.

Please call me directly if anything is missing from the packet.

Patrick Doyle, MSW
Emergency Department Social Work
St. Anselm Regional Medical Center
(413) 555-0322 | pager 4471
""".format(mrn=m_rn) + DISCLAIMER_HOSP
    medrec = """ST. ANSELM REGIONAL MEDICAL CENTER - DISCHARGE MEDICATION LIST
MRN: {mrn}     DOB: 11/02/1961     Discharge date: 07/09/2024
Discharging provider: K. Albrecht, MD (Emergency Medicine)

CONTINUE:
  lisinopril 10 mg PO daily
  atorvastatin 40 mg PO nightly
NEW:
  cephalexin 500 mg PO four times daily x 7 days (last dose 7/15)
  acetaminophen 650 mg PO q6h PRN pain (max 3 g/day)
STOP:
  ibuprofen (do not take)

Allergies: penicillin (rash - tolerated cephalexin in ED)
Follow-up: Orthopedics clinic 07/16/2024 09:15, Bldg C 2nd floor
""".format(mrn=m_rn)
    m = mk("Patrick Doyle <pdoyle@stanselmmed.org>", A("lindqvist"),
           "ED dc to respite today - MRN %s" % m_rn, body, d,
           atts=[("discharge_medlist_%s.txt" % m_rn[-4:], "text", "plain", medrec)])
    return m, ""


@reg("phi", "ids")
def ids_medicaid_inactive():
    d = D("2024-06-14 09:26")
    mid = "%s-%s-%s" % (digits(2), digits(3), digits(4))
    body = """Dev - heads up, ran the eligibility batch this morning for next week's schedule.

Medicaid ID {mid} (DOB 07/19/1979) is coming back INACTIVE as of 05/31/2024. Looks like the redetermination packet was never returned. She's on the book for 6/20 with Dr. Achterberg for the follow-up on her labs.

We can still see her (sliding fee) but if you can get her to the renewal desk at the city office before then we can backdate. Her address on file is c/o Bayview Mission, 40 Harbor Row, so the renewal letters probably went there.

Farah
""".format(mid=mid) + sig("haddad", "short")
    m = mk(A("haddad"), A("raman"), "inactive coverage - 6/20 appt", body, d)
    return m, ""


@reg("phi", "ids")
def ids_pap():
    d = D("2024-10-01 15:08")
    acct = "PAP-%s" % digits(5)
    body = """Hi Priya,

We received the enrollment for the account below but it can't be processed yet.

  Account:       {acct}
  Applicant DOB: 02/28/1958
  SSN (last 4):  {l4}
  Product:       insulin glargine-yfgn 100 units/mL pens
  Ship to:       Harbor Street HCH Pharmacy (clinic ship-to #HS-0042)

Missing item(s):
  [x] Prescriber signature and date on page 4
  [ ] Proof of income (waived - homelessness attestation on file)

Please fax the signed page to 1-866-555-0190 with the cover sheet, or upload it in the portal. Applications with no response in 30 days are closed.

Patient Assistance Program Support
Team B | Case ref {ref}
""".format(acct=acct, l4=digits(4), ref=digits(8))
    m = mk("PAP Support <pap-support@lumenrxfoundation.org>", A("natarajan"),
           "Action needed: incomplete enrollment %s" % acct, body, d)
    return m, ""


@reg("phi", "ids")
def ids_dds_records():
    d = D("2024-01-23 11:40")
    case = "DDS-%s-%s" % (digits(3), digits(5))
    body = """Dear Medical Records,

Please see the attached request for medical evidence regarding the claimant referenced in case {case}. The signed authorization (SSA-827) is included.

Claimant DOB: 09/03/1970
Period requested: 01/01/2023 to present
Treating sources listed by claimant: your street medicine team and Linden House respite (stay approx. Aug-Oct 2023)

We would appreciate receiving records within 14 days. Records may be faxed to (413) 555-0181 or uploaded via the ERE portal using the barcode on the cover page.

Sincerely,
R. Feeney, Disability Examiner
Division of Disability Determination
""".format(case=case)
    pdf = pdf_bytes([
        "DIVISION OF DISABILITY DETERMINATION",
        "REQUEST FOR MEDICAL EVIDENCE",
        "",
        "Case number: %s" % case,
        "Claimant: Mr. L. (see SSA-827)        DOB: 09/03/1970",
        "Alleged impairments: back condition, depression, hearing loss",
        "Records requested: office notes, labs, imaging, discharge summaries",
        "Period: 01/01/2023 - present",
        "",
        "Return to: R. Feeney, Disability Examiner   Fax (413) 555-0181",
    ], title="Medical Evidence Request")
    m = mk("R Feeney <rfeeney@dds-portmere.org>", "Medical Records <records@%s>" % ORG,
           "Request for Medical Evidence - %s" % case, body, d,
           atts=[("MER_%s.pdf" % case, "application", "pdf", pdf)])
    return m, ""


@reg("phi", "ids")
def ids_chart_merge():
    d0 = D("2024-02-26 10:15")
    d1 = D("2024-02-26 13:02")
    a, b = mrn(), mrn()
    tk = "INC-%s" % digits(5)
    orig = """Colm,

I think we have a duplicate. Chart {a} and chart {b} are the same person - same DOB 1984-06-11, same cell 774-555-0166, one was registered on the van in Jan and one at the front desk last week with the name spelled differently.

{a} has the TB screening from 2/2 and the reading on 2/5. {b} has the Hep C lab from last Thursday. Dr. Achterberg needs both in one place before Wednesday.

Rosa
""".format(a=a, b=b)
    body = outlook_reply("""Rosa - opened {tk}. I'll merge into {a} (the older chart) tonight after clinic closes, {b} will become inactive and point to it. Please don't add anything to {b} today.

Colm
""".format(tk=tk, a=a, b=b), "Rosa Villanueva", d0, "Colm Byrne", "possible duplicate chart", orig)
    m = mk(A("byrne"), A("villanueva"), "RE: possible duplicate chart [%s]" % tk, body, d1, cc=[A("achterberg")])
    return m, ""


@reg("phi", "ids")
def ids_lab_portal():
    d = D("2024-08-08 06:12")
    pid = digits(7)
    acc = "QL-24-%s" % digits(7)
    body = """This is an automated message from Quillon Laboratories Provider Connect.

A new result is available for your review.

  Patient ID:     {pid}
  Patient DOB:    03/30/1990
  Accession #:    {acc}
  Collected:      08/07/2024 11:48
  Ordering prov:  ESTRADA, JONAH
  Test(s):        HIV-1/2 AG/AB SCREEN, RPR W/REFLEX
  Status:         FINAL - 1 ABNORMAL

Log in to Provider Connect to view the full report. Do not reply to this e-mail; this mailbox is not monitored.

Quillon Laboratories | Client Services 1-800-555-0133
""".format(pid=pid, acc=acc)
    m = mk("Quillon Provider Connect <noreply@quillonlabs.com>", A("estrada"),
           "Result available - Accession %s" % acc, body, d,
           hdrs={"Auto-Submitted": "auto-generated"})
    return m, ""


@reg("phi", "ids")
def ids_hmis_referral():
    d = D("2024-12-03 12:37")
    cid = "300-%s" % digits(5)
    body = """Coordinated Entry Referral Notice

To: Linden House Medical Respite (program code MR-07)
From: City of Portmere Coordinated Entry

HMIS Client ID: {cid}
Initials: D.M.     Year of birth: 1966
Current location: Eastgate warming center (overnight only)
VI-SPDAT: 14   Chronic: Y   Veteran: N

Referral reason: client self-reports recent hospital stay (Mercy Point, 11/25-11/29) and needs daily help with medications and a place to recover during the day. Client reports he is "supposed to be checking his sugars."

Please accept or decline in HMIS within 72 hours.

--
Dana Whitlock
Coordinated Entry Specialist, Office of Housing Stability
City of Portmere | (413) 555-0402
""".format(cid=cid)
    m = mk("Dana Whitlock <dwhitlock@portmere-city.org>", A("lindqvist"),
           "CE referral - HMIS %s - medical respite" % cid, body, d, cc=[A("whitfield")])
    return m, ""

# ======================================================================
# PHI / lang
# ======================================================================
@reg("phi", "lang")
def lang_es_patient():
    d0 = D("2024-11-08 17:22")
    d1 = D("2024-11-09 09:05")
    ph = cell()
    orig = """Buenas tardes,

Me llamo Guadalupe Ramírez Ortiz, soy paciente de la clínica de la calle Canal. Perdí la tarjetita de mi cita con la doctora Okafor, creo que era el jueves 14 pero no estoy segura. Tambien ya casi se me acaban las pastillas de la presión (las blancas chiquitas, losartan creo), me quedan como 4 días.

¿Me pueden decir a que hora es mi cita y si puedo recoger las pastillas en la farmacia antes?

Ahora estoy quedándome en el refugio Northside, cuarto 7. Mi número nuevo es %s.

Muchas gracias, Dios los bendiga
Guadalupe
""" % ph
    body = gmail_reply("""Hola Guadalupe,

Su cita es el jueves 14 de noviembre a las 10:20 con la Dra. Okafor. Ya le avisé a la farmacia (Priya) y puede pasar a recoger las pastillas mañana lunes después de las 9. Traiga su identificación si la tiene.

Ya actualicé su número de teléfono en su expediente.

Saludos,
Rosa Villanueva
Servicios al Paciente
(413) 555-0100 x200
""", d0, "Guadalupe Ramirez <lupita.ramirez71@zoomly.com>", orig)
    m = mk(A("villanueva"), "Guadalupe Ramirez <lupita.ramirez71@zoomly.com>",
           "Re: mi cita y mis pastillas", body, d1, inreply="zoomly.com")
    return m, "Guadalupe Ramírez Ortiz"


@reg("phi", "lang")
def lang_es_staff():
    d = D("2024-07-24 18:40")
    ph = cell()
    body = """Luis,

Fui ayer en la tarde al campamento detrás de la bodega de la calle Fulton. Don Efraín Solís tiene las piernas bien hinchadas, mas que la semana pasada, y dice que ya no puede caminar hasta la van. No se ha tomado las "water pills" desde hace como una semana porque dice que lo hacen orinar toda la noche y no hay baño cerca.

¿Puedes pedirle a Jonah que pase con el street team el martes temprano? Le dejé calcetines, agua y unas barritas. Dice que le duele cuando se acuesta, duerme sentado en la silla.

También pregunta por su hija, quiere que alguien la llame: Marisela, %s. Él no tiene teléfono.

Gracias, un abrazo
Ana

Ana Guzmán
Community Health Worker / Promotora de Salud
Harbor Street Health Care for the Homeless
""" % ph
    m = mk(A("guzman"), A("carmona"), "Don Efraín - piernas", body, d, cc=[A("estrada")])
    return m, "Efraín Solís"


@reg("phi", "lang")
def lang_vi_daughter():
    d = D("2024-04-02 20:17")
    body = """Kính gửi nhân viên Linden House,

Tôi là Lê Thị Mai, con gái của ông Lê Văn Phúc. Ba tôi hiện đang ở phòng 6 tại Linden House sau khi xuất viện từ bệnh viện St. Anselm tuần trước.

Tôi muốn hỏi giờ thăm là mấy giờ? Tôi làm việc đến 6 giờ chiều, tôi có thể đến sau 7 giờ tối được không?

Ba tôi nói ông không hiểu bác sĩ nói gì về thuốc mới. Ông không nói được nhiều tiếng Anh. Xin cho ông một thông dịch viên tiếng Việt khi bác sĩ khám vào thứ Năm này.

Ba tôi cũng bị mất ngủ và ăn rất ít từ khi ra viện. Tôi rất lo.

Cảm ơn rất nhiều.

Lê Thị Mai
ĐT: %s
""" % cell()
    m = mk("Mai Le <maile.nails@inboxly.net>", "Linden House <lindenhouse@%s>" % ORG,
           "Hỏi về ba tôi - Lê Văn Phúc, phòng 6", body, d)
    return m, "Lê Văn Phúc"


@reg("phi", "lang")
def lang_ht_patient():
    d = D("2024-10-15 13:04")
    body = """Bonjou,

Mwen rele Wilner Desrosiers. Mwen te vin nan van an lendi pase devan Bayview Mission. Dantis volontè a te di m pou m tounen pou yo rache dan an anba a goch, men mwen pa konnen ki jou. Dan an ap fè m mal anpil toujou, mwen pa ka manje byen, sitou bagay ki di.

Yo te ban m grenn pou doulè a men li fini depi yè.

Eske nou ka di m ki jou ak ki lè pou m vini? Mwen pa gen telefòn kounye a, se sèlman imèl sa a mwen ka tcheke nan bibliyotèk la.

Mèsi anpil,
Wilner Desrosiers
"""
    m = mk("wilner desrosiers <wdesrosiers1982@kestrelmail.com>", "info@%s" % ORG,
           "randevou dantis", body, d)
    return m, "Wilner Desrosiers"


@reg("phi", "lang")
def lang_ru_daughter():
    d = D("2024-03-27 08:49")
    body = """Здравствуйте,

Меня зовут Ирина Кузнецова. Моя мама, Галина Петровна Кузнецова (22.05.1951 г.р.), сейчас находится в больнице Mercy Point после операции на бедре. Социальный работник больницы сказал, что её могут перевести к вам в Linden House на несколько недель, потому что она жила в приюте и вернуться туда пока не может.

Подскажите, пожалуйста:
1) есть ли у вас свободное место и когда её могут принять?
2) сможет ли она продолжать занятия с физиотерапевтом?
3) можно ли мне навещать её каждый день после работы?

Мама плохо говорит по-английски, ей обязательно нужен переводчик, особенно когда объясняют про лекарства.

Спасибо большое,
Ирина
тел. %s
""" % cell()
    m = mk("Irina Kuznetsova <irina.kuz@polarmail.net>", "Linden House <lindenhouse@%s>" % ORG,
           "Кузнецова Г.П. перевод из Mercy Point в Linden House", body, d)
    return m, "Галина Петровна Кузнецова"


@reg("phi", "lang")
def lang_zh_son():
    d = D("2024-12-09 19:31")
    body = """您好，

我是陈明。我父亲陈国华（1949年3月出生）每个星期三在华埠图书馆门口看你们的流动医疗车。他的胰岛素笔快用完了，只剩下两支。他说上次护士说可以直接在车上拿药。

请问这个星期三车还会来吗？几点到？下雪的话还来吗？

另外，他最近左脚有点肿，走路不太方便，能不能请医生帮他看一下？他英语不好，如果有中文翻译最好。

谢谢！
陈明
手机：%s
""" % cell()
    m = mk("Ming Chen <chenming88@lotusmail.com>", "CareVan <carevan@%s>" % ORG,
           "关于我父亲陈国华的胰岛素", body, d)
    return m, "陈国华"


@reg("phi", "lang")
def lang_pt_patient():
    d = D("2024-05-20 07:12")
    body = """Oi, bom dia

Aqui é o Rodrigo Almeida, eu fui atendido na van semana passada na praça da estação. A enfermeira limpou o machucado do meu pé direito e falou pra eu voltar na quarta pra trocar o curativo, mas arrumei um trampo de diária na obra e não consigo ir na quarta.

Tem como trocar pra sexta ou sábado? O pé tá melhor, não dói tanto, mas ainda sai um pouco de líquido amarelo no curativo.

Também acabou o antibiótico ontem, tomei tudo certinho.

Valeu,
Rodrigo

Enviado do meu celular
"""
    m = mk("Rodrigo Almeida <rodrigo.almeida.pmr@zoomly.com>", "CareVan <carevan@%s>" % ORG,
           "trocar curativo do pé", body, d)
    return m, "Rodrigo Almeida"


@reg("phi", "lang")
def lang_ar_brother():
    d0 = D("2024-09-11 16:55")
    d1 = D("2024-09-12 08:31")
    orig = """السلام عليكم،

أنا خالد الزين، أخو أحمد الزين. أحمد يسكن الآن في ملجأ Bayview Mission، وعنده موعد مع الدكتورة أوكافور يوم الثلاثاء ١٧ سبتمبر الساعة ١١ صباحاً في العيادة في شارع كانال.

أحمد لا يتكلم الإنجليزية جيداً، فهل يمكن توفير مترجم عربي في الموعد؟ وأيضاً هو يحتاج تقريراً طبياً عن السكري والضغط من أجل طلب السكن، لأن موظف السكن طلب ذلك.

شكراً جزيلاً،
خالد الزين
هاتف: %s
""" % cell()
    body = fwd("""Ana / Rosa - can we book an Arabic interpreter (in person if possible) for Ahmad Al-Zein, Tues 9/17 11:00 with Dr. Okafor? Brother's note below also asks for the housing medical letter, I'll flag it for Dr. O.

Thanks,
Amos
""", "Khaled Al-Zein <k.alzein@desertrosemail.com>", d0, "info@%s" % ORG,
        "موعد أخي أحمد الزين", orig) + sig("whitfield", "short")
    m = mk(A("whitfield"), [A("villanueva"), A("guzman")], "Fwd: موعد أخي أحمد الزين", body, d1)
    return m, "Ahmad Al-Zein"

# ======================================================================
# PHI / lists
# ======================================================================
@reg("phi", "lists")
def lists_street_rounds():
    d = D("2024-10-28 07:45")
    rows = [
        ("Terrence Bowles", "rail yard camp, blue tarp", "BP recheck, refill amlodipine"),
        ("Maureen 'Mo' Fitch", "Ninth St overpass", "wound check L shin, dressing supplies"),
        ("Carlos Ibarra", "behind Fulton St warehouse", "bring naloxone kit, f/u on detox referral"),
        ("Dwayne Pettiford", "library steps", "needs glucometer strips, eats at 12"),
        ("Shirley Okoro", "Riverside Park gazebo", "cough x3 wks - CXR order? ask Jonah"),
        ("Efrain Solis", "Fulton St camp", "leg swelling, see Ana's note"),
        ("Kenny Vo", "bus depot", "wants to restart suboxone, bring consent"),
    ]
    w1 = max(len(r[0]) for r in rows) + 3
    w2 = max(len(r[1]) for r in rows) + 3
    tbl = "%s%s%s\n" % ("NAME".ljust(w1), "WHERE".ljust(w2), "WHAT")
    tbl += "%s%s%s\n" % ("-" * (w1 - 3) + "   ", "-" * (w2 - 3) + "   ", "-" * 30)
    for r in rows:
        tbl += "%s%s%s\n" % (r[0].ljust(w1), r[1].ljust(w2), r[2])
    body = """Team,

Tuesday rounds list below. Start at the rail yard 7:30, we'll end at the bus depot before noon. Felipe has the van key, I'll meet you there with the go-bags.

{tbl}
If you see anyone not on the list who needs us, add them to the paper log and I'll enter after.

Cold tonight - bring the extra blankets and hand warmers from the closet.

Jonah
""".format(tbl=tbl) + sig("estrada", "short")
    m = mk(A("estrada"), "Street Medicine Team <streetmed@%s>" % ORG, "Tues street rounds 10/29", body, d,
           cc=[A("brandt")])
    return m, "; ".join(r[0] for r in rows)


@reg("phi", "lists")
def lists_respite_census():
    d = D("2024-05-13 08:05")
    rows = [
        ("1", "Hollis, Frank", "1957-01-22", "04/29", "05/20", "PT 3x/wk, walker"),
        ("2", "Benavides, Rosa", "1971-09-14", "05/02", "TBD", "IV abx via PICC, home infusion visits"),
        ("4", "Lindgren, Paul", "1963-12-03", "05/06", "05/17", "post-op, staples out 5/15"),
        ("7", "Jenkins, Walter", "1949-06-30", "03/19", "05/31", "housing app pending, walker"),
        ("9", "Warsame, Abdi", "1975-02-11", "02/12", "TBD", "outpt dialysis MWF"),
        ("12", "Castro, Yesenia", "1988-07-07", "05/10", "05/24", "wound vac, OB f/u 5/21"),
        ("15", "Mullins, Gary", "1960-04-18", "05/11", "05/25", "new insulin, teaching BID"),
    ]
    hdr = ("Bed", "Name", "DOB", "Admit", "Exp d/c", "Notes")
    ws = [max(len(str(r[i])) for r in rows + [hdr]) for i in range(6)]
    def line(r):
        return "| " + " | ".join(str(r[i]).ljust(ws[i]) for i in range(6)) + " |"
    sep = "|" + "|".join("-" * (w + 2) for w in ws) + "|"
    tbl = "\n".join([line(hdr), sep] + [line(r) for r in rows])
    body = """Good morning all,

Census for the Monday case conference (10:00, conf room B / Teams link in the invite). 17 of 24 beds filled, below are the ones we need to talk about today.

{tbl}

Bed 7 - Walter has been with us almost 8 weeks, need a realistic plan from Amos.
Bed 2 - infusion company says last dose 5/23, then we can start d/c planning.

Teresa
""".format(tbl=tbl) + sig("lindqvist")
    m = mk(A("lindqvist"), ["Respite Case Conference <respite-cc@%s>" % ORG], "Linden House census - case conf 5/13",
           body + DISCLAIMER, d)
    return m, "; ".join(" ".join(reversed(r[1].split(", "))) for r in rows)


@reg("phi", "lists")
def lists_van_csv():
    d = D("2024-06-27 16:12")
    rows = [["appt_time", "last_name", "first_name", "dob", "site", "visit_reason", "interpreter"],
            ["09:00", "Greene", "Kiara", "04/19/2017", "Northside Family Shelter", "school vaccines", ""],
            ["09:20", "Greene", "Latoya", "11/02/1993", "Northside Family Shelter", "BP check, refill", ""],
            ["09:40", "Mendez", "Jose Luis", "08/15/1980", "Northside Family Shelter", "rash on hands", "Spanish"],
            ["10:00", "Abdullahi", "Hodan", "01/30/2001", "Northside Family Shelter", "prenatal f/u (28 wks)", "Somali"],
            ["10:20", "Pierce", "Tanya", "05/05/1985", "Northside Family Shelter", "PAP smear", ""],
            ["11:00", "Doucette", "Raymond", "12/12/1967", "Bayview Mission", "foot check, diabetic shoes", ""],
            ["11:20", "Yilmaz", "Emre", "03/03/1990", "Bayview Mission", "dental referral", "Turkish"],
            ["11:40", "Haines", "Derek", "10/09/1966", "Bayview Mission", "med review w/ Dr O", ""]]
    body = """Hi Tomasz and Linh,

Attached is Saturday's van schedule (6/29), exported from the scheduling module. Two sites: Northside in the morning, Bayview after 11. I've asked the Language Line for Spanish and Somali on the tablet, Turkish is phone only.

Dr. Okafor is precepting, 2 NP students with her.

Rosa
"""
    m = mk(A("villanueva"), [A("wieczorek"), A("pham")], "Sat van schedule 6/29", body + sig("villanueva", "short"), d,
           cc=[A("okafor")], atts=[("CareVan_schedule_2024-06-29.csv", "text", "csv", csv_text(rows))])
    return m, "; ".join("%s %s" % (r[2], r[1]) for r in rows[1:])


@reg("phi", "lists")
def lists_pharm_xlsx():
    d = D("2024-09-03 12:40")
    rows = [["Chart", "Patient", "DOB", "Medication", "Qty", "Last fill", "Due", "Deliver via"],
            ["HS204411", "Ortega, Marisol", "1979-02-17", "metformin 1000 mg tab", 180, "2024-06-04", "2024-09-02", "street team"],
            ["HS198273", "Pettiford, Dwayne", "1966-08-29", "insulin glargine pen", 5, "2024-08-06", "2024-09-05", "van"],
            ["HS211980", "Hollis, Frank", "1957-01-22", "apixaban 5 mg tab", 60, "2024-08-08", "2024-09-07", "Linden House"],
            ["HS187702", "Nakamura, Joan", "1954-10-10", "levothyroxine 75 mcg", 90, "2024-06-10", "2024-09-08", "pickup"],
            ["HS220145", "Bowles, Terrence", "1961-05-02", "amlodipine 10 mg", 30, "2024-08-10", "2024-09-09", "street team"],
            ["HS199031", "Ferreira, Lucas", "1983-03-19", "sertraline 100 mg", 30, "2024-08-11", "2024-09-10", "pickup"],
            ["HS215566", "Dubois, Claudette", "1972-12-24", "albuterol HFA", 1, "2024-07-15", "2024-09-10", "van"],
            ["HS203318", "Mullins, Gary", "1960-04-18", "insulin lispro pen", 3, "2024-08-12", "2024-09-11", "Linden House"]]
    body = """Hi all - refills due this week are in the attached sheet (filtered from the dispensing log). Please check the "Deliver via" column and let me know by Wed noon if any of these folks have moved or you can't reach them.

Dwayne's pens are in the fridge, please use the cooler bag.

Thanks,
Priya
""" + sig("natarajan")
    m = mk(A("natarajan"), [A("estrada"), A("wieczorek"), A("lindqvist")], "refills due wk of 9/2", body, d,
           atts=[("refills_due_0902.xlsx", "application",
                  "vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx_bytes(rows, "Due"))])
    return m, "; ".join(" ".join(reversed(r[1].split(", "))) for r in rows[1:])


@reg("phi", "lists")
def lists_flu_noshow():
    d = D("2024-11-04 14:55")
    body = """Ron,

Thanks again for hosting the flu/covid clinic Friday, 41 shots given. A few of your guests signed up but we missed them, or they need to come back for a second step. Could your front desk let them know we'll be back on 11/15 from 10-2?

Marcus Webb - 07/14/1975 - flu done, wants covid booster, left before we got to him
Alice Tremblay - 02/26/1948 - needs pneumonia shot too, bring her Medicare card
Jerome Castillo - 09/09/1990 - skipped, said he felt sick that day
Pauline Greaves - 05/31/1962 - TB skin test placed, MUST be read 11/4 or 11/5 (!!)
Victor Anand - 01/18/1983 - flu done, asked about Hep B series, dose 2 due

Pauline's is the urgent one. If she's around tonight please send her to the clinic on Canal tomorrow morning, Rosa will know.

Linh
""" + sig("pham")
    m = mk(A("pham"), "Ron Castellano <rcastellano@bayviewmission.org>",
           "follow up from Friday clinic - 5 guests", body, d)
    return m, "Marcus Webb; Alice Tremblay; Jerome Castillo; Pauline Greaves; Victor Anand"


@reg("phi", "lists")
def lists_housing_tsv():
    d = D("2024-02-15 10:31")
    rows = [("Client", "HMIS ID", "Program", "Form needed", "Provider", "Status"),
            ("Pemberton, Gloria", "300-18842", "Canal Apts PSH", "disability verification", "Okafor", "appt 2/21"),
            ("Jenkins, Walter", "300-20917", "Senior PSH", "disability verification", "Achterberg", "not started"),
            ("Haines, Derek", "300-11356", "RRH", "none (income only)", "-", "ok"),
            ("Benavides, Rosa", "300-24410", "Canal Apts PSH", "disability + ADA unit request", "Okafor", "waiting on PT eval"),
            ("Sorensen, Michael", "300-09981", "Veterans PSH", "VA 10-10EZ + med summary", "Estrada", "sent 2/9")]
    tsv = "\n".join("\t".join(r) for r in rows)
    body = """Hi Dr. O and Dr. A,

Here's where we are on the housing packets that need something from a provider (pasted from my tracker):

{tsv}

The Canal Apts lottery closes 3/1 so Rosa B.'s ADA request is the time crunch. Anything you can do on Walter this week would be great too.

Thank you!
Amos
""".format(tsv=tsv) + sig("whitfield")
    m = mk(A("whitfield"), [A("okafor"), A("achterberg")], "housing packets needing provider forms", body, d)
    return m, "; ".join(" ".join(reversed(r[0].split(", "))) for r in rows[1:])


@reg("phi", "lists")
def lists_hosp_queue():
    d0 = D("2024-08-19 15:20")
    d1 = D("2024-08-19 16:02")
    d2 = D("2024-08-20 08:14")
    queue = """Hi Teresa,

Here are the folks on our side waiting for a respite bed, in priority order. All are medically stable for discharge once a bed opens.

1. Okonkwo, Chidi (MRN 004512887) - 52M - IV abx through 9/2, needs PICC care
2. Lavoie, Denise (MRN 004498120) - 61F - new colostomy, teaching in progress
3. Brennan, Sean (MRN 004530011) - 44M - L BKA 8/10, wheelchair, PT daily
4. Ahmed, Fatima (MRN 004527763) - 38F - post-partum, c-section 8/15, baby in NICU

Let me know what you can take this week.

Carla Benitez, RN
Case Management, 4 West
St. Anselm Regional Medical Center
(413) 555-0317
"""
    mid = outlook_reply("""Carla - I can take #1 tomorrow (bed 14 is open) and probably #3 on Thursday if the ramp room is free. #2 we'd need the ostomy nurse to come out, let me ask. #4 - let's talk, we don't usually take post-partum but let me ask Dr. Okafor.

T.
""", "Carla Benitez <cbenitez@stanselmmed.org>", d0, "Teresa Lindqvist", "respite bed queue", queue)
    body = fwd("""Bao - FYI for tomorrow's admission, see first one below. Chart not set up yet.
""", "Teresa Lindqvist <%s>" % EM("lindqvist"), d1, "Carla Benitez <cbenitez@stanselmmed.org>",
        "RE: respite bed queue", mid)
    m = mk(A("lindqvist"), A("nguyen"), "Fwd: RE: respite bed queue", body, d2)
    return m, "Chidi Okonkwo; Denise Lavoie; Sean Brennan; Fatima Ahmed"

# ======================================================================
# PHI / names
# ======================================================================
@reg("phi", "names")
def names_delacroix():
    d0 = D("2024-01-16 17:50")
    d1 = D("2024-01-16 19:12")
    orig = """All,

Saw Mrs. Delacroix at Bayview this afternoon. Legs are much worse - 3+ pitting edema to the knees, weeping on the left, and she was short of breath walking from the dorm to the office. Weight up 9 lb since December per the shelter scale. I strongly recommended she go to the ED tonight and she declined; she has capacity and understood the risks. Her main worry is losing her bed at Bayview if she's admitted.

I doubled her furosemide for 3 days and we'll recheck Thursday. Keisha, can you talk with Ron about holding her bed if she does go in? Dev, she's agreed to let us call her niece.

Lise
"""
    body = gmail_reply("""Lise, I spoke with Ron already - he will hold her bed for up to 5 nights with a note from us. I'll go see her tomorrow at 9 and tell her that directly, I think that's the thing that will get her to go.

K
""", d0, "Lise Achterberg <%s>" % EM("achterberg"), orig) + sig("brandt", "short")
    m = mk(A("brandt"), [A("achterberg"), A("raman")], "Re: Mrs. Delacroix at Bayview", body, d1,
           cc=[A("okafor")])
    return m, "Mrs. Delacroix"


@reg("phi", "names")
def names_subject_only():
    d = D("2024-03-05 12:02")
    body = """He came by the clinic this morning, first time since he got out on the 28th. Looked better than I expected.

Took the first dose in front of me. We got 8 weeks approved through the foundation so the full course is in the pharmacy fridge - he does NOT want to carry more than a week at a time, worried about it getting stolen at the shelter. So weekly pickups on Tuesdays, Priya is fine with that.

Viral load drawn today, will forward when back. Please keep an eye out for him on rounds, if he misses a Tuesday I want to know same day.

J.
"""
    m = mk(A("estrada"), [A("natarajan"), A("carmona"), A("duarte")], "Re: Tommy Sheehan", body, d)
    return m, "Tommy Sheehan"


@reg("phi", "names")
def names_pruitt():
    d = D("2024-07-30 20:41")
    body = """Dr. Okafor,

Quick heads up from the van today. Pruitt, Sandra came by at the Riverside stop around 2. Fingerstick sugar 412, no ketones on the urine strip, she was alert and talking fine. She said she ran out of her long-acting insulin about a week ago and has just been taking the metformin. She's been sleeping in her car since she got locked out of her sister's.

Jonah gave her 10 units in the van per the standing order, rechecked at 324 before she left. Priya is holding a pen and needles for her tomorrow morning. She agreed to come to the clinic 8/1 at 9 but honestly I'm not sure she'll make it, she didn't have gas.

Should we try to get her into Linden House for a few days?

Linh
""" + sig("pham", "short")
    m = mk(A("pham"), A("okafor"), "van today - Riverside", body, d, cc=[A("estrada")])
    return m, "Sandra Pruitt"


@reg("phi", "names")
def names_big_mike():
    d = D("2024-02-02 16:18")
    body = """Jonah,

Good news for once. Big Mike from the rail yard camp (Sorensen, the vet with the dog) finally said yes to having someone look at his feet. He's been walking on them like that since before Christmas - black spots on two of his toes on the right, and he says he can't feel them much. He doesn't want to go to the VA, he has a bad history there.

He'll only do it if it's you, not "some new guy", and the dog has to come. Can we do Monday at the camp? I told him 10.

Also he mentioned he's been drinking less, down to "a couple" a day. I didn't push.

Felipe

Felipe Duarte | Outreach Worker
Harbor Street HCH | cell 508-555-0127
"""
    m = mk(A("duarte"), A("estrada"), "Big Mike - feet - Monday?", body, d)
    return m, "Michael Sorensen"


@reg("phi", "names")
def names_quoted_only():
    d0 = D("2024-04-10 11:26")
    d1 = D("2024-04-10 14:03")
    orig = """Hi Dev,

Wanted to loop you in before Thursday. Brianna Colfax had two panic attacks at the family shelter this week, one in front of her kids, and she stopped the sertraline on her own about 3 weeks ago because she said it made her feel "flat". She's open to trying something else and to seeing me weekly again.

The shelter is worried and talked about a behavior contract. I'd rather we get ahead of that. Could we do a joint meeting with her and Wendy at Northside on Thursday afternoon? I'll ask Dr. Achterberg about a med change before then.

Keisha
"""
    body = outlook_reply("""Agreed, let's do it Thursday. 2pm works for me, I'll let Wendy know. I can also bring the childcare voucher paperwork so that's one less thing on her plate.

Dev
""", "Keisha Brandt", d0, "Dev Raman", "Thursday", orig)
    m = mk(A("raman"), A("brandt"), "RE: Thursday", body + sig("raman", "short"), d1)
    return m, "Brianna Colfax"


@reg("phi", "names")
def names_harold():
    d = D("2024-12-17 13:35")
    body = """Bao,

Re Harold in room 8 - I'm changing his insulin after this morning's fall. His sugars have been running low overnight (58 at 0300 on Sunday, 61 last night) and I suspect that's what's behind the falls.

New orders are in the chart:
- glargine down from 30 to 22 units, give in the MORNING now, not at bedtime
- keep lispro sliding scale with meals, hold if he eats less than half the tray
- fingersticks at 0300 x 3 nights

He bumped his head on the nightstand today, no loss of consciousness per Zanele, but please do neuro checks q4h until tomorrow AM and call me with any change. He was pretty embarrassed about it, go easy.

Thanks,
Lise

Lise Achterberg, MD
Staff Physician
"""
    m = mk(A("achterberg"), A("nguyen"), "room 8 insulin change", body, d, cc=[A("lindqvist"), A("mbatha")])
    return m, "Harold"


@reg("phi", "names")
def names_shelter_foley():
    d = D("2024-05-28 22:06")
    body = """Dr. Okafor,

I'm writing because we had a scary night. One of our long-term residents, Ms. Annette Foley, had a seizure in the women's dorm around 8:30. Staff called 911 and she was taken to Mercy Point, but she was back here by 10 (she signed herself out). She told my overnight manager she's had "a few" of these lately and that she ran out of her seizure medicine when her bag was stolen.

My staff are shaken and frankly not trained for this. Can someone from your team see her tomorrow? And is there any guidance you can give us on what to do if it happens again - should she be on a bottom bunk, etc?

I'd also like to talk about whether Bayview is the right place for her right now.

Ron Castellano
Director, Bayview Mission
40 Harbor Row, Portmere
(413) 555-0150
"""
    m = mk("Ron Castellano <rcastellano@bayviewmission.org>", A("okafor"),
           "resident had a seizure tonight - need help", body, d, cc=[A("raman")])
    return m, "Annette Foley"


@reg("phi", "names")
def names_attached_forward():
    d0 = D("2024-10-07 09:44")
    d1 = D("2024-10-07 10:30")
    inner = EmailMessage()
    inner["From"] = "Imani Rhodes <irhodes@mercypointhealth.org>"
    inner["To"] = "Linden House <lindenhouse@%s>" % ORG
    inner["Subject"] = "Respite referral - Osei"
    inner["Date"] = format_datetime(d0)
    inner["Message-ID"] = msgid("mercypointhealth.org")
    inner.set_content("""Good morning,

Referring Benedict Osei, 67, for medical respite. Admitted 9/30 with a right foot infection, had a partial 4th/5th toe amputation 10/3. Will need daily dressing changes and IV antibiotics were switched to oral yesterday (linezolid through 10/21). Non-weight bearing on the right foot, uses a knee scooter.

He was staying at the Eastgate warming center before admission. He is alert, pleasant, independent with ADLs except showering. Podiatry follow-up 10/15.

Can you accept for Wednesday?

Imani Rhodes, RN, CCM
Discharge Planning | Mercy Point Hospital
(413) 555-0228
""")
    body = """Teresa - referral from Mercy Point attached (forwarded as attachment, sorry, the Outlook thing). I think we can take him Wed if Hollis goes Tuesday as planned. Your call.

Bao
"""
    m = mk(A("nguyen"), A("lindqvist"), "FW: Respite referral", body, d1,
           atts=[("Respite referral.eml", "message", "rfc822", inner)])
    return m, "Benedict Osei"

# ======================================================================
# PHI / self
# ======================================================================
@reg("phi", "self")
def self_inhaler():
    d = D("2024-10-21 23:14")
    body = """hi this is marcus webb, i lost my inhaler at the shelter (someone took my bag) and my breathing been bad at night since the cold came. can i get another one at the van thursday or do i need to see the dr first. i still got the orange one just not the blue one

thank u
marcus

sent from my phone
"""
    m = mk("Marcus Webb <mwebb.pmr@pmail.net>", "CareVan <carevan@%s>" % ORG, "inhaler", body, d)
    return m, "Marcus Webb"


@reg("phi", "self")
def self_bill():
    d = D("2024-04-04 10:48")
    body = """To whom it may concern,

I received a bill in the mail from St. Anselm Regional Medical Center for $2,340.18 for my emergency room visit on March 2nd (account number on the bill is 88-{acct}). When I was at your clinic afterwards for the follow up on my wrist, the lady at the desk told me I qualified for charity care and that the hospital bill would be taken care of.

I do not have any way to pay this. I am staying at the Northside shelter and my only income is $290 a month in SNAP. The bill says it will go to collections after April 30.

Can someone please help me with this or tell me who to call? I already called the number on the bill and was on hold for 50 minutes.

Thank you,
Linda Moreau
DOB 6/9/1969
""".format(acct=digits(7))
    m = mk("Linda Moreau <lmoreau1969@zoomly.com>", "billing@%s" % ORG,
           "Hospital bill - I was told charity care", body, d)
    return m, "Linda Moreau"


@reg("phi", "self")
def self_records_letter():
    d = D("2024-08-26 15:30")
    body = """Hi Teresa and everyone at Linden House!

It's Donna Kessler, I was in room 4 back in the spring after my hip surgery. I wanted to let you know I'm in my own apartment now!! First time in 3 years. I still think about how good you all were to me.

I have a favor to ask. Social Security is reviewing my disability and they sent me the letter I attached (sorry it came out so light, the library scanner). They want records from my time with you and from Dr. Okafor about my hip and my blood pressure. How do I get those sent? Do I have to come in and sign something?

Also, is it ok if I keep coming to Dr. Okafor at the clinic now that I'm housed? I don't want to lose her.

Love,
Donna
(413) 555-0178
"""
    m = mk("Donna Kessler <donnakessler.home@inboxly.net>", A("lindqvist"), "hello from Donna + records question",
           body, d, atts=[("scan0001.png", "image", "png", blank_scan_png())])
    return m, "Donna Kessler"


@reg("phi", "self")
def self_dental_change():
    d0 = D("2024-03-11 09:00")
    d1 = D("2024-03-11 19:47")
    remind = """Hello Gerald,

This is a reminder of your upcoming appointment:

  Tuesday, March 19, 2024 at 1:30 PM
  Volunteer Dental Clinic - Harbor Street HCH, 214 Canal Street (2nd floor)
  Provider: Dr. Samir Haddad, DMD (volunteer)

Please arrive 15 minutes early. Reply to this e-mail or call (413) 555-0100 to reschedule.
"""
    body = gmail_reply("""Hi, I need to move this one. I start a job at the warehouse on Monday (finally) and they said no time off the first 2 weeks. Is there anything on a Saturday or after 5? The tooth is not hurting as much since the dentist did the temporary filling so I can wait a little.

Gerald Tiernan
""", d0, "Harbor Street HCH <appointments@%s>" % ORG, remind)
    m = mk("Gerald T <gtiernan77@kestrelmail.com>", "appointments@%s" % ORG,
           "Re: Appointment reminder - Tue Mar 19 1:30 PM", body, d1, inreply=ORG)
    return m, "Gerald Tiernan"


@reg("phi", "self")
def self_medicaid_lapse():
    d = D("2024-07-02 08:12")
    body = """Hello Farah,

Rosa at the front desk said you were the one to ask. I got a letter saying my Crescent health plan coverage ended June 30 because they didn't get my renewal. I never got any renewal form, I move around between shelters and my mail goes to Bayview.

My member ID is CHP{mem}. I have the consult for my gallbladder surgery at St. Anselm on July 24 and I'm scared they will cancel it. I also take omeprazole every day from your pharmacy.

What do I need to do? I can come in any morning this week.

Thanks,
Samuel Okeke
phone: {ph}
""".format(mem=digits(8), ph=cell())
    m = mk("Samuel Okeke <sam.okeke@pmail.net>", A("haddad"), "my insurance ended??", body, d)
    return m, "Samuel Okeke"


@reg("phi", "self")
def self_employee_tb():
    d = D("2024-02-20 07:58")
    body = """Hi Beth,

I wanted to let you know my annual TB skin test came back positive yesterday (they read it at 14 mm at employee health). I feel totally fine, no cough or anything, but Dr. Okafor said I need a chest x-ray before I go back out on the street rounds. I have the x-ray at Mercy Point imaging Thursday 2/22 at 8:15.

Do I need to stay home until the results come back? And does this count as sick time or is there a workers comp thing since it's probably from work? I've been doing the shelter TB screenings all winter.

I'd rather not have this go around the office, so please keep it between us and whoever needs to know.

Thanks,
Luis
"""
    m = mk(A("carmona"), A("sandoval"), "TB test result - question about work", body, d)
    return m, "Luis Carmona"


@reg("phi", "self")
def self_foot_reply():
    d0 = D("2024-06-17 10:00")
    d1 = D("2024-06-17 10:41")
    remind = """Dear Jerome Castillo,

You have an appointment at Harbor Street Health Care for the Homeless.

Date: Wednesday, June 19, 2024
Time: 9:40 AM
With: Jonah Estrada, FNP-C
Where: 214 Canal Street, Portmere (main clinic)

Please bring your medication bottles and any papers from other doctors.

To confirm reply YES. To cancel reply NO.
This is an automated reminder.
"""
    body = gmail_reply("""YES ill be there. also can jonah look at my foot again its still red on top where the blister was and it kinda smells. been keeping it clean like he said

jerome
""", d0, "Harbor Street HCH Reminders <noreply@%s>" % ORG, remind)
    m = mk("jerome castillo <jcastillo90@pmail.net>", "noreply@%s" % ORG, "Re: Appointment reminder", body, d1,
           inreply=ORG)
    return m, "Jerome Castillo"

# ======================================================================
# PHI / struct
# ======================================================================
@reg("phi", "struct")
def struct_adt_a03():
    d = D("2024-07-10 11:22")
    mrn_ = digits(9)
    segs = [
        "MSH|^~\\&|EPICADT|STANSELM|RESPITE|HSHCH|20240710111805||ADT^A03|ADT%s|P|2.5.1" % digits(8),
        "EVN|A03|20240710111500",
        "PID|1||%s^^^STANSELM^MR~%s^^^HSHCH^PI||RUIZ^JAVIER^M||19611102|M|||C/O BAYVIEW MISSION^40 HARBOR ROW^PORTMERE^MA^01199||(413)555-0187|||S||%s" % (mrn_, mrn(), digits(10)),
        "PV1|1|E|ED^BAY12^01^STANSELM||||4471^ALBRECHT^KARL^^^MD|||EM||||7|||4471^ALBRECHT^KARL^^^MD|ER|%s|MCD|||||||||||||||||05^DISCH TO RESPITE||||||20240709082000|20240710111500" % digits(9),
        "DG1|1||S52.501A^Unsp fracture of right radial styloid, init^I10|||F",
        "DG1|2||L03.113^Cellulitis of right upper limb^I10|||F",
        "IN1|1|CCHPMCD|CCHP1|CRESCENT COMMUNITY HEALTH PLAN|||||||||||RUIZ^JAVIER^M|01|19611102|||||||||||||||||||CHP%s" % digits(8),
    ]
    body = """Teresa - our ADT feed to your system is still down (ticket open with the interface team), so here's the discharge message for the patient we sent over yesterday/today. Paste-able if Colm wants to load it manually.

%s

Patrick
""" % "\n".join(segs)
    m = mk("Patrick Doyle <pdoyle@stanselmmed.org>", A("lindqvist"), "ADT A03 - manual copy (interface down)",
           body + DISCLAIMER_HOSP, d, cc=[A("byrne")])
    return m, "Javier Ruiz"


@reg("phi", "struct")
def struct_oru_attach():
    d = D("2024-09-18 05:31")
    acc = "QL-24-%s" % digits(7)
    segs = [
        "MSH|^~\\&|QLAB|QUILLON|HSEHR|HSHCH|202409180528||ORU^R01|Q%s|P|2.5.1" % digits(9),
        "PID|1||HS204411^^^HSHCH^MR||ORTEGA^MARISOL||19790217|F|||NO FIXED ADDRESS^^PORTMERE^MA^01199",
        "ORC|RE|%s|%s||CM" % (digits(8), acc),
        "OBR|1|%s|%s|4548-4^Hemoglobin A1c^LN|||20240916104200|||||||||1234567893^ESTRADA^JONAH^^^FNP" % (digits(8), acc),
        "OBX|1|NM|4548-4^Hemoglobin A1c/Hemoglobin.total^LN||9.8|%|4.0-5.6|H|||F|||20240917183000",
        "OBR|2|%s|%s|2093-3^Cholesterol^LN|||20240916104200" % (digits(8), acc),
        "OBX|2|NM|2093-3^Cholesterol total^LN||231|mg/dL|<200|H|||F",
        "OBX|3|NM|2571-8^Triglyceride^LN||288|mg/dL|<150|H|||F",
        "OBX|4|NM|2085-9^HDL Cholesterol^LN||34|mg/dL|>39|L|||F",
        "OBX|5|NM|13457-7^LDL calc^LN||139|mg/dL|<100|H|||F",
    ]
    data = ("\r".join(segs) + "\r").encode("ascii")
    body = """Quillon Laboratories - Results Delivery

1 result file attached for client HSHCH (Harbor Street HCH).
File: ORU_%s.hl7  Messages: 1  Format: HL7 v2.5.1

Your EHR interface did not acknowledge delivery within 4 hours, so this copy was sent by secure e-mail per your fallback setting. No action is needed if your interface has since recovered.

Client Services 1-800-555-0133
""" % acc
    m = mk("Quillon Results Delivery <results@quillonlabs.com>", "Lab Results Inbox <labresults@%s>" % ORG,
           "[SECURE] Results delivery fallback - 1 file", body, d,
           atts=[("ORU_%s.hl7" % acc, "application", "hl7-v2", data)],
           hdrs={"Auto-Submitted": "auto-generated"})
    return m, "Marisol Ortega"


def _x12(segs, sep="~\n"):
    return sep.join(segs) + sep.rstrip("\n")


@reg("phi", "struct")
def struct_837p():
    d = D("2024-06-12 14:30")
    ctl = "%09d" % R.randint(1000, 9999)
    st = [
        "ST*837*0001*005010X222A1",
        "BHT*0019*00*%s*20240612*1422*CH" % ctl[-4:],
        "NM1*41*2*HARBOR STREET HCH*****46*HSHCH01",
        "PER*IC*FARAH HADDAD*TE*4135550100*EX*290",
        "NM1*40*2*CRESCENT COMMUNITY HEALTH PLAN*****46*CCHP1",
        "HL*1**20*1",
        "NM1*85*2*HARBOR STREET HEALTH CARE FOR THE HOMELESS*****XX*1%s" % digits(9),
        "N3*214 CANAL STREET",
        "N4*PORTMERE*MA*01199",
        "REF*EI*04%s" % digits(7),
        "HL*2*1*22*0",
        "SBR*P*18*******MC",
        "NM1*IL*1*FONTAINE*GERARD****MI*CHP%s" % digits(8),
        "N3*C/O BAYVIEW MISSION*40 HARBOR ROW",
        "N4*PORTMERE*MA*01199",
        "DMG*D8*19680412*M",
        "NM1*PR*2*CRESCENT COMMUNITY HEALTH PLAN*****PI*CCHP1",
        "CLM*HS24061201*185***15:B:1*Y*A*Y*Y",
        "HI*ABK:E1165*ABF:I10*ABF:Z590",
        "NM1*82*1*ESTRADA*JONAH****XX*1%s" % digits(9),
        "PRV*PE*PXC*363LF0000X",
        "NM1*77*2*HARBOR STREET CAREVAN*****XX*1%s" % digits(9),
        "N3*RIVERSIDE PARK LOT B",
        "N4*PORTMERE*MA*01199",
        "LX*1",
        "SV1*HC:99214*150*UN*1***1:2:3",
        "DTP*472*D8*20240610",
        "LX*2",
        "SV1*HC:82962*35*UN*1***1",
        "DTP*472*D8*20240610",
    ]
    st.append("SE*%d*0001" % (len(st) + 1))
    segs = ["ISA*00*          *00*          *ZZ*HARBORSTHCH    *ZZ*CLAIMBRIDGE    *240612*1422*^*00501*%s*0*P*:" % ctl,
            "GS*HC*HARBORSTHCH*CLAIMBRIDGE*20240612*1422*%d*X*005010X222A1" % int(ctl)] + st + \
           ["GE*1*%d" % int(ctl), "IEA*1*%s" % ctl]
    body = """Hi ClaimBridge support,

The attached 837P batch was rejected at your front end this afternoon (999 with IK3 error on loop 2310C, segment N4?). It's one claim, a CareVan visit billed with POS 15. I believe the service facility loop is correct. Can you tell me what the edit is looking for? I need to get it resubmitted before Friday's cutoff.

Submitter ID HSHCH01.

Thanks,
Farah
""" + sig("haddad")
    m = mk(A("haddad"), "ClaimBridge Support <support@claimbridge-edi.com>",
           "837P batch %s rejected - loop 2310C" % ctl, body, d,
           atts=[("HSHCH01_837P_%s.txt" % ctl, "text", "plain", _x12(segs) + "\n")])
    return m, "Gerard Fontaine"


@reg("phi", "struct")
def struct_271_body():
    d = D("2024-09-04 09:12")
    ctl = "%09d" % R.randint(10000, 99999)
    memid = "CHP%s" % digits(8)
    st = [
        "ST*271*0001*005010X279A1",
        "BHT*0022*11*%s*20240904*0911" % digits(10),
        "HL*1**20*1",
        "NM1*PR*2*CRESCENT COMMUNITY HEALTH PLAN*****PI*CCHP1",
        "HL*2*1*21*1",
        "NM1*1P*2*HARBOR STREET HCH*****XX*1%s" % digits(9),
        "HL*3*2*22*0",
        "TRN*2*%s*9HSHCH0001" % digits(12),
        "NM1*IL*1*NAKAMURA*JOAN*A***MI*%s" % memid,
        "N3*214 CANAL ST*C/O HARBOR STREET HCH",
        "N4*PORTMERE*MA*01199",
        "DMG*D8*19541010*F",
        "DTP*346*D8*20240101",
        "EB*1*IND*30*MC*CRESCENT CARE PLUS DUAL",
        "EB*B*IND*98*MC**27*0",
        "EB*L*IND*30",
        "NM1*P3*1*OYELARAN*FUNMI****XX*1%s" % digits(9),
        "PER*IC**TE*4135550244",
        "EB*R*IND*30*MA",
        "MSG*MEDICARE PART A AND B PRIMARY",
    ]
    st.append("SE*%d*0001" % (len(st) + 1))
    segs = ["ISA*00*          *00*          *ZZ*CCHP1          *ZZ*HARBORSTHCH    *240904*0911*^*00501*%s*0*P*:" % ctl,
            "GS*HB*CCHP1*HARBORSTHCH*20240904*0911*%d*X*005010X279A1" % int(ctl)] + st + \
           ["GE*1*%d" % int(ctl), "IEA*1*%s" % ctl]
    body = """Rosa,

Raw 271 from this morning's check is below since the portal view cut off the PCP part. She's active, but (1) she's a dual so Medicare is primary, we need to bill Medicare first, and (2) her assigned PCP is Dr. Oyelaran's office, not us. Please have her sign the PCP change form when she comes in for her refill on Friday.

{x12}

F.
""".format(x12=_x12(segs))
    m = mk(A("haddad"), A("villanueva"), "eligibility - Nakamura - dual + PCP", body, d)
    return m, "Joan Nakamura"


@reg("phi", "struct")
def struct_fhir_sync():
    d = D("2024-11-13 13:07")
    pid = "van-" + hexid(8)
    bundle = OrderedDict([
        ("resourceType", "Bundle"), ("type", "transaction"),
        ("timestamp", "2024-11-13T12:58:41-05:00"),
        ("entry", [
            OrderedDict([("fullUrl", "urn:uuid:%s-%s" % (hexid(8), hexid(4))), ("resource", OrderedDict([
                ("resourceType", "Patient"),
                ("identifier", [OrderedDict([("system", "urn:oid:2.16.840.1.113883.3.9921.1"), ("value", mrn())]),
                                OrderedDict([("system", "https://carevan.%s/local-id" % ORG), ("value", pid)])]),
                ("name", [OrderedDict([("family", "Vo"), ("given", ["Kenny"])])]),
                ("gender", "male"), ("birthDate", "1992-08-21"),
                ("telecom", [OrderedDict([("system", "phone"), ("value", cell())])]),
                ("address", [OrderedDict([("text", "Portmere bus depot (unsheltered)")])]),
            ])), ("request", OrderedDict([("method", "POST"), ("url", "Patient")]))]),
            OrderedDict([("fullUrl", "urn:uuid:%s-%s" % (hexid(8), hexid(4))), ("resource", OrderedDict([
                ("resourceType", "Encounter"), ("status", "finished"),
                ("class", OrderedDict([("system", "http://terminology.hl7.org/CodeSystem/v3-ActCode"), ("code", "FLD"), ("display", "field")])),
                ("period", OrderedDict([("start", "2024-11-13T10:40:00-05:00"), ("end", "2024-11-13T11:05:00-05:00")])),
                ("reasonCode", [OrderedDict([("text", "restart buprenorphine; consent signed")])]),
                ("participant", [OrderedDict([("individual", OrderedDict([("display", "Jonah Estrada, FNP-C")]))])]),
            ])), ("request", OrderedDict([("method", "POST"), ("url", "Encounter")]))]),
            OrderedDict([("fullUrl", "urn:uuid:%s-%s" % (hexid(8), hexid(4))), ("resource", OrderedDict([
                ("resourceType", "MedicationRequest"), ("status", "active"), ("intent", "order"),
                ("medicationCodeableConcept", OrderedDict([("text", "buprenorphine-naloxone 8 mg-2 mg SL film")])),
                ("dosageInstruction", [OrderedDict([("text", "1 film SL daily")])]),
                ("dispenseRequest", OrderedDict([("quantity", OrderedDict([("value", 7), ("unit", "film")]))])),
            ])), ("request", OrderedDict([("method", "POST"), ("url", "MedicationRequest")]))]),
        ])])
    payload = json.dumps(bundle, indent=2, ensure_ascii=False)
    body = """CareVan Sync - delivery failure

Device:      CV-TAB-02 (Samsung tablet, van #2)
Queue item:  {q}
Attempts:    5
Last error:  HTTP 422 Unprocessable Entity - OperationOutcome: "Encounter.subject reference could not be resolved"

The item will be retried every 30 minutes for 24 hours and then moved to the dead-letter queue. Payload follows.

----- payload -----
{p}
----- end payload -----
""".format(q=hexid(24), p=payload)
    m = mk("CareVan Sync <carevan-sync@%s>" % ORG, A("byrne"), "[CareVan Sync] delivery failure CV-TAB-02", body, d,
           hdrs={"Auto-Submitted": "auto-generated", "X-Priority": "2"})
    return m, "Kenny Vo"


@reg("phi", "struct")
def struct_ccda():
    d = D("2024-03-15 15:48")
    mrn_ = digits(9)
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="{docid}"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20240315151200-0400"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.19.5.99999.2" extension="{mrn}"/>
      <addr use="HP"><streetAddressLine>No fixed address</streetAddressLine><city>Portmere</city><state>MA</state></addr>
      <telecom value="tel:+1-413-555-0139" use="MC"/>
      <patient>
        <name><given>Paul</given><family>Lindgren</family></name>
        <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19631203"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author><time value="20240315"/><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="1{npi}"/>
    <assignedPerson><name><given>Helen</given><family>Marchetti</family><suffix>MD</suffix></name></assignedPerson></assignedAuthor></author>
  <component><structuredBody>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.5.1"/>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
      <title>Problems</title>
      <text><list>
        <item>Status post laparoscopic cholecystectomy 03/12/2024</item>
        <item>Alcohol use disorder, in early remission</item>
        <item>Hypertension</item>
      </list></text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.1.1"/>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="History of medication use"/>
      <title>Medications</title>
      <text><table><thead><tr><th>Medication</th><th>Sig</th></tr></thead><tbody>
        <tr><td>oxycodone 5 mg tablet</td><td>1 tab q6h PRN severe pain, #12, no refills</td></tr>
        <tr><td>thiamine 100 mg</td><td>1 tab daily</td></tr>
        <tr><td>lisinopril 20 mg</td><td>1 tab daily</td></tr>
      </tbody></table></text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.10"/>
      <code code="18776-5" codeSystem="2.16.840.1.113883.6.1" displayName="Plan of care"/>
      <title>Plan of Care</title>
      <text>Surgical clinic follow-up 03/26/2024. Staple removal 03/22 at respite. Medical respite requested.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
""".format(docid=hexid(10), mrn=mrn_, npi=digits(9))
    body = """Hello Linden House intake,

Continuity of care document attached for the respite referral we discussed by phone (surgery service, St. Anselm). Patient is ready for discharge Monday morning.

Thank you,

Carla Benitez, RN
Case Management, 4 West
St. Anselm Regional Medical Center
(413) 555-0317
""" + DISCLAIMER_HOSP
    m = mk("Carla Benitez <cbenitez@stanselmmed.org>", "Linden House <lindenhouse@%s>" % ORG,
           "CCD for Monday referral", body, d,
           atts=[("CCD_%s.xml" % mrn_, "application", "xml", xml.encode("utf-8"))])
    return m, "Paul Lindgren"


@reg("phi", "struct")
def struct_dispense_extract():
    d = D("2024-10-02 11:10")
    rows = [
        ("HS204411", "ORTEGA", "MARISOL", "19790217", "00093-7214-01", "METFORMIN HCL 1000MG TAB", "180", "SDR-24-0871", "20240903"),
        ("HS198273", "PETTIFORD", "DWAYNE", "19660829", "00088-5021-05", "INSULIN GLARGINE 100U/ML PEN", "5", "SDR-24-0902", "20240905"),
        ("HS220145", "BOWLES", "TERRENCE", "19610502", "00069-1540-30", "AMLODIPINE 10MG TAB", "30", "SDR-24-0871", "20240910"),
        ("HS199031", "FERREIRA", "LUCAS", "19830319", "16729-0003-01", "SERTRALINE 100MG TAB", "30", "SDR-24-0915", "20240911"),
        ("HS215566", "DUBOIS", "CLAUDETTE", "19721224", "00173-0682-20", "ALBUTEROL HFA 90MCG INH", "1", "SDR-24-0902", "20240912"),
        ("HS207745", "ABERNATHY", "COLE", "19950106", "00093-0058-01", "NALTREXONE 50MG TAB", "30", "SDR-24-0915", "20240918"),
        ("HS212098", "OKEKE", "SAMUEL", "19780722", "62175-0118-37", "OMEPRAZOLE 20MG CAP", "30", "SDR-24-0871", "20240920"),
    ]
    hdr = "CHART|LAST|FIRST|DOB|NDC|DRUG|QTY|DONOR_LOT_REF|DISP_DATE"
    txt = hdr + "\n" + "\n".join("|".join(r) for r in rows) + "\n"
    body = """Hi Marta,

Attached is our September dispensing report for the Second Dose Rx recall-traceability requirement, pipe-delimited as your spec asks. 7 lines from your September shipments; donor lot refs match the packing slips.

Let me know if the file doesn't load.

Priya
""" + sig("natarajan")
    m = mk(A("natarajan"), "Marta Kowal <mkowal@seconddoserx.org>", "Sept dispensing report - HSHCH", body, d,
           atts=[("HSHCH_dispense_202409.txt", "text", "plain", txt)])
    return m, "; ".join("%s %s" % (r[2].title(), r[1].title()) for r in rows)

# ======================================================================
# CLEAN / admin
# ======================================================================
@reg("clean", "admin")
def admin_van_down():
    d = D("2024-01-29 07:12")
    body = """All,

CareVan #1 is out of service starting today - the generator that runs the exam room and the vaccine fridge failed its load test at the shop Friday. Northway Fleet estimates 7-10 business days for the part.

What this means this week:
- Van #2 covers the Northside / Bayview Saturday route as usual.
- Tuesday Riverside Park and Thursday library stops are CANCELLED. Jonah's street team will still walk Riverside on Tuesday with go-bags, no van.
- All vaccine stock from van #1 was moved to the clinic vaccine fridge (Unit B, shelf 3) on Friday at 16:40. Temp log shows 4.1C at transfer. Please keep logging twice daily on the clinic sheet, NOT the van sheet.
- Wound care and point-of-care glucose supplies from van #1 are in the blue bins in the back hallway.

Signs for the cancelled stops are printed, Luis and Felipe will post them today. Rosa is updating the phone tree message.

Questions to me.

Tomasz
""" + sig("wieczorek")
    m = mk(A("wieczorek"), "All Staff <allstaff@%s>" % ORG, "Van #1 out of service - schedule changes this week",
           body, d, cc=[A("ashby")])
    return m, ""


@reg("clean", "admin")
def admin_supplies():
    d0 = D("2024-04-15 09:20")
    d1 = D("2024-04-15 11:47")
    orig = """Linh,

Par check for the street bags and the van came out low on a few things. Can you add these to this week's Northway order?

- nitrile gloves M and L, 10 boxes each
- 4x4 gauze non-sterile, 6 sleeves
- Xeroform 5x9, 2 boxes
- hydrocolloid dressings 4x4, 2 boxes
- foot care kits (the ones with the nail clippers), 40
- naloxone 4mg nasal - we're at 22 kits, par is 60. Check with Priya whether the county grant batch came in before ordering.
- sharps containers 1 qt, 12
- hand warmers, as many as they'll sell us

Thanks!
Jonah
"""
    body = gmail_reply("""Added everything except naloxone - Priya says 48 kits from the county grant arrive Thursday, so we'll be over par. PO goes out at noon.

Linh
""", d0, "Jonah Estrada <%s>" % EM("estrada"), orig)
    m = mk(A("pham"), A("estrada"), "Re: street bag + van restock", body, d1, cc=[A("natarajan")])
    return m, ""


@reg("clean", "admin")
def admin_ehr_downtime():
    d = D("2024-05-22 16:00")
    body = """PLANNED EHR DOWNTIME - Saturday May 25, 06:00 to 10:00

Our EHR vendor is applying the quarterly upgrade (v23.4). During this window:

  * The EHR, e-prescribing and the lab interface will be unavailable.
  * The CareVan tablets will work offline and sync after 10:00. Do not log out of the app.
  * Linden House: use the paper downtime kit in the nurses' station (red binder). It contains the MAR downtime sheets, blank progress notes and the last downtime census printout.
  * Pharmacy: dispensing can continue with paper logs; enter them once we're back up.

After the upgrade, please clear your browser cache (Ctrl+Shift+Del) before logging in. New features include the updated social needs screening form and a faster medication reconciliation screen - training slides to follow.

Report any problems to the help desk: helpdesk@harborstreethch.org or x280.

Colm Byrne
IT & Operations Manager
"""
    m = mk(A("byrne"), "All Staff <allstaff@%s>" % ORG, "Planned EHR downtime Sat 5/25 06:00-10:00", body, d,
           html=html_wrap(p2html(body)))
    return m, ""


@reg("clean", "admin")
def admin_respite_facility():
    d0 = D("2024-07-01 14:10")
    d1 = D("2024-07-01 15:02")
    orig = """Hi Gordon,

The mini-split in the Linden House med room died again over the weekend. Room hit 81F on Sunday afternoon and we have to keep meds below 77F. Zanele moved the insulin and the temperature-sensitive stock to the pharmacy fridge and the room-temp meds to the clinic on Canal St for now, which means the night nurse is driving over for anything that isn't in the cart.

This is the third time since April. Can we get it replaced instead of repaired?

Also - Stericycle missed the sharps pickup again. We have 6 full containers in the soiled utility room.

Teresa
"""
    body = outlook_reply("""Teresa - approved. Colm, please get the replacement quote from Bay HVAC today and schedule ASAP; charge it to facilities capital. I'll call our Stericycle rep about the missed pickups myself.

Gordon
""", "Teresa Lindqvist", d0, "Gordon Ashby", "Linden House med room AC + sharps", orig)
    m = mk(A("ashby"), A("lindqvist"), "RE: Linden House med room AC + sharps", body + sig("ashby", "short"), d1,
           cc=[A("byrne")])
    return m, ""


@reg("clean", "admin")
def admin_sliding_fee():
    d = D("2024-02-01 10:00")
    body = """Team,

The 2024 Federal Poverty Guidelines were published, so our sliding fee discount schedule changes effective Monday, Feb 5. The updated schedule is attached; please replace the copies at the front desk and in the van binders.

Key points (no change to policy, just the income bands):
- Nominal fee of $0 for anyone at or below 100% FPL, including everyone who attests to homelessness. No one is turned away for inability to pay.
- Pharmacy: donated medications remain free. Purchased medications follow the same bands.
- Crescent Community Health Plan: our contract amendment for 2024 keeps the PPS wraparound and adds a $12 PMPM care-coordination payment for members with a homelessness Z-code on a claim in the prior 12 months. Please make sure Z59.0x is captured on every visit where it applies.
- Self-pay statements are still NOT sent to shelter addresses.

Questions to me or Farah.

Gordon Ashby
Executive Director
"""
    pdf = pdf_bytes([
        "HARBOR STREET HEALTH CARE FOR THE HOMELESS",
        "SLIDING FEE DISCOUNT SCHEDULE - effective 02/05/2024",
        "",
        "Household size   100% FPL     150% FPL     200% FPL",
        "1                $15,060      $22,590      $30,120",
        "2                $20,440      $30,660      $40,880",
        "3                $25,820      $38,730      $51,640",
        "4                $31,200      $46,800      $62,400",
        "",
        "Fee per visit:   $0 (<=100%)  $10 (101-150%)  $20 (151-200%)  full fee (>200%)",
        "Homelessness attestation = nominal fee $0.",
    ], title="Sliding Fee Schedule 2024")
    m = mk(A("ashby"), "All Staff <allstaff@%s>" % ORG, "2024 sliding fee schedule - effective 2/5", body + DISCLAIMER, d,
           cc=[A("haddad")], atts=[("SlidingFeeSchedule_2024.pdf", "application", "pdf", pdf)])
    return m, ""


@reg("clean", "admin")
def admin_partners_meeting():
    d = D("2024-08-28 12:30")
    st = D("2024-09-12 08:30")
    en = st + timedelta(minutes=90)
    body = """Hello partners,

Please join us for the September Hospital-to-Respite Discharge Workgroup.

Thursday, September 12, 8:30-10:00 AM
Harbor Street HCH, 214 Canal Street, Community Room (or Teams, link in the invite)

Agenda
1. Q2 referral volume and turnaround (aggregate data - Teresa)
2. Revised respite admission criteria: IV antibiotics, wound vacs, ostomy care
3. Medication-on-discharge: 7-day supply pilot with St. Anselm outpatient pharmacy
4. Transportation - van availability for late-afternoon discharges
5. Winter surge planning with the shelters

Coffee and bagels courtesy of Tri-County Food Bank.

Please do not send patient-specific referrals to this list; use the secure referral line.

Miriam Okafor, MD
Medical Director
"""
    ics = ics_text("%s@%s" % (hexid(20), ORG), st, en, "Hospital-to-Respite Discharge Workgroup",
                   "Harbor Street HCH Community Room, 214 Canal St", ("Miriam Okafor", EM("okafor")),
                   [("Carla Benitez", "cbenitez@stanselmmed.org"), ("Imani Rhodes", "irhodes@mercypointhealth.org"),
                    ("Ron Castellano", "rcastellano@bayviewmission.org"), ("Teresa Lindqvist", EM("lindqvist"))],
                   "Agenda in the e-mail. Teams link: https://teams.example.com/l/meetup-join/19%%3ameeting_%s" % hexid(16))
    m = mk(A("okafor"), ["Carla Benitez <cbenitez@stanselmmed.org>", "Imani Rhodes <irhodes@mercypointhealth.org>",
                         "Ron Castellano <rcastellano@bayviewmission.org>"],
           "Sept Discharge Workgroup - 9/12 8:30", body, d, cc=[A("lindqvist"), A("raman")],
           atts=[("invite.ics", "text", "calendar", ics)])
    return m, ""


@reg("clean", "admin")
def admin_donated_policy():
    d = D("2024-03-20 13:45")
    body = """Hi everyone,

A reminder about what Open Shelf Pharmacy can and cannot accept, since we've had a few well-meaning drop-offs at the front desk lately:

WE CAN ACCEPT
- Sealed, unopened manufacturer packaging or unit-dose blister packs with lot number and expiration visible
- At least 6 months before expiration
- From our registered donor programs (Second Dose Rx, the St. Anselm outpatient pharmacy return program, long-term care facility donations with the state donor form)

WE CANNOT ACCEPT
- Controlled substances (Schedule II-V), no exceptions
- Anything refrigerated that arrived without a temperature log
- Opened bottles, loose pills, or anything with a patient label from a retail pharmacy
- Samples from sales reps (refer them to me)

If someone walks in with a bag of meds from a relative, please thank them, do not accept it, and give them the county take-back kiosk flyer (stack at the front desk).

Priya Natarajan, PharmD
Pharmacist-in-Charge, Open Shelf Pharmacy
License RPH-%s
""" % digits(5)
    m = mk(A("natarajan"), "All Staff <allstaff@%s>" % ORG, "Donated medications - what we can accept", body, d)
    return m, ""


# ======================================================================
# CLEAN / lookalike
# ======================================================================
@reg("clean", "lookalike")
def look_invoice():
    d = D("2024-04-19 03:14")
    inv = "INV-%s" % digits(7)
    po = "PO-HS-2024-%s" % digits(4)
    items = [("GLV-NIT-M", "Nitrile exam glove, medium, 100/bx", 10, 8.45, "L2403A117"),
             ("GLV-NIT-L", "Nitrile exam glove, large, 100/bx", 10, 8.45, "L2403A121"),
             ("GZ-44-NS", "Gauze sponge 4x4 12-ply non-sterile, 200/slv", 6, 5.10, "G24-0219"),
             ("XER-59", "Xeroform petrolatum dressing 5x9, 50/bx", 2, 61.20, "XF2312-08"),
             ("HCD-44", "Hydrocolloid dressing 4x4, 10/bx", 2, 24.75, "HC240201"),
             ("FCK-01", "Foot care kit (clipper, file, emollient)", 40, 3.15, "FC-0424"),
             ("SHP-1Q", "Sharps container 1 qt, red", 12, 2.80, "SC-7781")]
    lines = []
    tot = 0
    for code, desc, q, p, lot in items:
        ext = q * p
        tot += ext
        lines.append("%-10s %-46s %4d  %8.2f  %9.2f  %s" % (code, desc, q, p, ext, lot))
    body = """NORTHWAY MEDICAL SUPPLY
Remit to: PO Box 4410, Portmere | AR questions (413) 555-0190

INVOICE {inv}          Invoice date: 04/18/2024
Customer #: C-{cust}    Your PO: {po}
Ship to: Harbor Street HCH, 214 Canal St, Portmere - ATTN Linh Pham
Terms: Net 30   Due: 05/18/2024
Tracking: 1Z{trk}

ITEM       DESCRIPTION                                     QTY   UNIT      EXT        LOT
{lines}
                                                                     Subtotal: {tot:9.2f}
                                                                     Tax-exempt cert #{cert}
                                                                     TOTAL:    {tot:9.2f}

Pay online at pay.northwaymedsupply.com with invoice number and customer number.
This is a system-generated message.
""".format(inv=inv, cust=digits(6), po=po, trk=hexid(16).upper(), lines="\n".join(lines), tot=tot,
           cert=digits(8))
    m = mk("Northway AR <ar@northwaymedsupply.com>", "Accounts Payable <ap@%s>" % ORG,
           "Invoice %s for PO %s" % (inv, po), body, d, cc=[A("pham")])
    return m, ""


@reg("clean", "lookalike")
def look_ndc_packing():
    d = D("2024-09-25 10:18")
    ship = "SDR-24-%s" % digits(4)
    rows = [["NDC", "Description", "Lot", "Exp", "Units", "Cartons", "Storage"],
            ["00093-7214-01", "Metformin HCl 1000 mg tab, 100 ct", "M71294", "2026-03", 2400, 24, "RT"],
            ["00069-1540-30", "Amlodipine besylate 10 mg tab, 30 ct", "AB4418C", "2025-11", 900, 30, "RT"],
            ["16729-0003-01", "Sertraline 100 mg tab, 100 ct", "SE23-881", "2026-01", 1000, 10, "RT"],
            ["00173-0682-20", "Albuterol sulfate HFA 90 mcg, 200 act", "7M2Q1", "2025-08", 48, 2, "RT"],
            ["00088-5021-05", "Insulin glargine 100 u/mL pen, 5 x 3 mL", "GL24A09", "2025-06", 60, 12, "2-8C"],
            ["62175-0118-37", "Omeprazole DR 20 mg cap, 30 ct", "OM5512", "2026-05", 600, 20, "RT"]]
    body = """Hello Open Shelf Pharmacy,

Shipment {ship} left our warehouse today. Refrigerated items are packed in a validated shipper (TempTrak logger S/N {sn}), good for 72 hours.

Carrier: OnTrac  Tracking: {trk}
Est. delivery: 09/26/2024 by 5 PM
Pieces: 3 (1 cold chain)

Packing list attached (CSV). Please confirm receipt and report any discrepancies within 48 hours in the partner portal.

Second Dose Rx - Donations Logistics
""".format(ship=ship, sn="TT-" + digits(7), trk="D1%s" % digits(13))
    m = mk("Second Dose Rx Logistics <shipping@seconddoserx.org>", A("natarajan"),
           "Shipment %s shipped - packing list" % ship, body, d,
           atts=[("packing_list_%s.csv" % ship, "text", "csv", csv_text(rows))])
    return m, ""


@reg("clean", "lookalike")
def look_codes():
    d = D("2024-03-04 11:30")
    body = """Hi providers,

Updated coding cheat sheet for 2024. Please keep it next to the van tablets and in the clinic rooms. Most common denials last quarter were missing Z-codes and wrong place of service.

PLACE OF SERVICE
  11  Office (clinic at 214 Canal)
  15  Mobile unit (CareVan)
  04  Homeless shelter (visits at Bayview/Northside without the van)
  27  Outreach site / street (street medicine)

E/M (new / established)
  99202 / 99212  straightforward
  99203 / 99213  low
  99204 / 99214  moderate
  99205 / 99215  high
  G2211 add-on - longitudinal care, when applicable

COMMON PROCEDURES
  96372  therapeutic injection IM/SQ
  97597  debridement, open wound, first 20 sq cm
  82962  glucose by glucometer
  86580  TB skin test (PPD) placement
  90686 + 90471  flu vaccine + admin
  11720  nail debridement 1-5

SOCIAL DETERMINANTS (use on EVERY visit where true)
  Z59.01  sheltered homelessness
  Z59.02  unsheltered homelessness
  Z59.41  food insecurity
  Z59.811 housing instability, housed, with risk of homelessness
  Z75.3   unavailability of health care facilities

Questions: Farah x290.
""" + sig("haddad", "short")
    m = mk(A("haddad"), "Providers <providers@%s>" % ORG, "2024 coding cheat sheet (POS, E/M, Z-codes)", body, d)
    return m, ""


@reg("clean", "lookalike")
def look_npi_roster():
    d = D("2024-06-05 15:20")
    provs = [("Okafor", "Miriam", "MD", "Internal Medicine"), ("Achterberg", "Lise", "MD", "Family Medicine"),
             ("Estrada", "Jonah", "FNP-C", "Family NP"), ("Brandt", "Keisha", "LCSW", "Clinical Social Work"),
             ("Natarajan", "Priya", "PharmD", "Pharmacist"), ("Haddad", "Samir", "DMD", "General Dentistry (volunteer)")]
    lines = ["%-11s %-8s %-6s 1%s   %s-%s   %s   %s" % (l, f, c, digits(9), R.choice(["MD", "NP", "SW", "PH", "DN"]),
                                                    digits(6), "2026-%02d-30" % R.randint(1, 12), s)
             for l, f, c, s in provs]
    body = """Hi Jenna,

Per the recredentialing request (ref CR-{ref}), below is our current rendering provider roster for the Crescent group contract. Group NPI 1{g}, TIN on file. CAQH attestation is current for everyone listed.

LAST        FIRST    CRED   NPI           STATE LIC       LIC EXP      SPECIALTY
{lines}

Service locations: 214 Canal St (POS 11); CareVan units 1 and 2 (POS 15); Linden House, 88 Linden St (respite, not billed as POS 11).

Dr. Achterberg's DEA renewal is pending; I'll send the new certificate when it arrives.

Farah Haddad
Billing & Revenue Cycle Coordinator
""".format(ref=digits(6), g=digits(9), lines="\n".join(lines))
    m = mk(A("haddad"), "Jenna Marsh <jmarsh@crescentchp.com>", "Recredentialing - provider roster CR update", body,
           d, cc=[A("ashby")])
    return m, ""


@reg("clean", "lookalike")
def look_tracking():
    d = D("2024-10-08 14:02")
    trk = "7%s" % digits(11)
    body = """Your shipment is on its way.

Tracking number:   {trk}
Ship date:         Tue 10/08/2024
Scheduled delivery: Wed 10/09/2024 by 10:30 AM
Service:           Priority Overnight - Cold Chain
Reference:         VFC ORDER {ordr}
Recipient:         HARBOR STREET HCH - ATTN VACCINE COORDINATOR
                   214 CANAL ST, PORTMERE
Packages:          2   Weight: 18.4 lb
Special handling:  Keep refrigerated 2-8C. Do not leave unattended. Signature required.

Track or manage your delivery: https://track.swiftparcel-example.com/?tn={trk}

Please do not reply to this message.
""".format(trk=trk, ordr=digits(8))
    m = mk("SwiftParcel <trackingupdates@swiftparcel-example.com>", A("pham"),
           "Your shipment %s is scheduled for delivery Wed 10/09" % trk, body, d,
           html=html_wrap("<h2>Your shipment is on its way</h2>" + p2html(body)))
    return m, ""


@reg("clean", "lookalike")
def look_directory():
    d = D("2024-11-25 09:00")
    entries = [
        ("Bayview Mission (men's & women's)", "40 Harbor Row", "(413) 555-0150", "(413) 555-0151", "intake 4-8 PM"),
        ("Northside Family Shelter", "1120 North Ave", "(413) 555-0160", "(413) 555-0162", "24/7 family intake"),
        ("Eastgate Warming Center", "3 Eastgate Sq", "(413) 555-0170", "-", "open Nov 15-Mar 31, 7 PM-7 AM"),
        ("St. Anselm ED Social Work", "500 Abbey Rd", "(413) 555-0322", "(413) 555-0329", "pager 4471"),
        ("St. Anselm 4 West Case Mgmt", "500 Abbey Rd", "(413) 555-0317", "(413) 555-0319", ""),
        ("Mercy Point Discharge Planning", "77 Lowell Ave", "(413) 555-0228", "(413) 555-0229", ""),
        ("Tri-County Food Bank - agency line", "9 Depot St", "(413) 555-0420", "(413) 555-0421", ""),
        ("City Office of Housing Stability", "City Hall Rm 210", "(413) 555-0402", "(413) 555-0409", "CE hotline x1"),
        ("County Public Health - TB program", "61 Elm St", "(413) 555-0440", "(413) 555-0441", ""),
        ("Crisis line (24h)", "-", "(413) 555-0111", "-", ""),
    ]
    tbl = "\n".join("%-38s %-18s %-16s %-16s %s" % e for e in entries)
    body = """Updated partner phone/fax directory for winter 2024-25. Print and replace the copy in the van binders and at the Linden House nurses' station.

%-38s %-18s %-16s %-16s %s
%s

Internal: front desk x200, pharmacy x270, Linden House nurses x310/x311, on-call provider via answering service (413) 555-0199 option 2.

Rosa
""" % ("AGENCY", "ADDRESS", "PHONE", "FAX", "NOTES", tbl)
    m = mk(A("villanueva"), "All Staff <allstaff@%s>" % ORG, "Partner directory - winter update", body, d)
    return m, ""


@reg("clean", "lookalike")
def look_stats():
    d = D("2025-01-10 16:45")
    body = """Board members,

Year-end 2024 summary ahead of Tuesday's meeting. All numbers are aggregate from the EHR and HMIS; full dashboard in the board packet.

PATIENTS & VISITS                      2023      2024    change
Unduplicated patients                 2,184     2,517    +15%
Total medical visits                  9,402    10,866    +16%
  - clinic (214 Canal)                4,910     5,120
  - CareVan                           2,731     3,402
  - street medicine                   1,761     2,344
Behavioral health visits              1,388     1,702    +23%
Dental visits (volunteer)               412       538    +31%

LINDEN HOUSE MEDICAL RESPITE
Admissions                              211       236
Average length of stay (days)          27.4      25.9
Discharged to housing                   31%       38%
30-day hospital readmission             9.8%      8.1%

PATIENT MIX (2024)
Age 0-17: 6%   18-44: 38%   45-64: 44%   65+: 12%
Unsheltered at first visit: 41%
Uninsured at first visit: 27% (down from 33%)

OPEN SHELF PHARMACY
Prescriptions filled: 14,910   Est. retail value donated: $1.92M

Gordon
"""
    m = mk(A("ashby"), "Board of Directors <board@%s>" % ORG, "2024 year-end numbers", body, d,
           cc=[A("okafor"), A("quinlan")])
    return m, ""

# ======================================================================
# CLEAN / news
# ======================================================================
@reg("clean", "news")
def news_newsletter():
    d = D("2024-05-01 10:00")
    text = """HARBOR STREET NEWS - May 2024
For volunteers, partners and friends

CAREVAN #2 IS ON THE ROAD
Our second mobile unit began regular service in April, adding Tuesday and Thursday afternoon stops at Riverside Park and the downtown library. In its first month the van logged more than 300 visits, including blood pressure checks, wound care, vaccines and same-day prescriptions from Open Shelf Pharmacy.

LINDEN HOUSE TURNS FIVE
Five years ago we opened 12 respite beds in a converted rooming house. Today Linden House has 24 beds and has welcomed more than 900 guests recovering from hospital stays. Join us for an open house on Saturday, June 8, 1-4 PM, 88 Linden Street.

VOLUNTEER CORNER
We need Spanish- and Haitian Creole-speaking volunteers for the front desk, and licensed drivers for early-morning medical rides. Orientation is the second Wednesday of each month at 6 PM.

SUMMER SUPPLY DRIVE
Most requested: new socks, sunscreen, refillable water bottles, and travel-size hygiene kits. Drop-off at 214 Canal Street, Mon-Fri 9-5.

You are receiving this because you volunteered with or donated to Harbor Street HCH.
Unsubscribe: https://news.harborstreethch.org/u/{u}
"""
    text = text.format(u=hexid(16))
    html = html_wrap("""<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#007a80;padding:16px"><img src="cid:logo" width="48" height="48" alt="Harbor Street HCH">
<span style="color:#fff;font-size:22px;font-weight:bold;margin-left:10px">Harbor Street News</span></td></tr>
<tr><td style="padding:16px">%s</td></tr></table>""" % p2html(text), "Harbor Street News")
    m = mk("Harbor Street HCH <news@%s>" % ORG, "Friends of Harbor Street <friends@%s>" % ORG,
           "Harbor Street News - May 2024: CareVan #2, Linden House turns five", text, d, html=html,
           hdrs={"List-Unsubscribe": "<https://news.harborstreethch.org/u/%s>" % hexid(16), "Precedence": "bulk"})
    # attach logo as inline related part of the html alternative
    html_part = m.get_payload()[1]
    html_part.add_related(logo_png(), maintype="image", subtype="png", cid="<logo>", filename="logo.png")
    return m, ""


@reg("clean", "news")
def news_heat():
    d = D("2024-07-15 06:30")
    body = """PORTMERE COUNTY PUBLIC HEALTH - HEALTH ALERT NETWORK
HEAT ADVISORY: Tuesday 7/16 through Thursday 7/18

The National Weather Service forecasts heat index values of 100-106F. People experiencing homelessness, older adults, outdoor workers and people taking certain medications (diuretics, antipsychotics, anticholinergics, beta-blockers) are at increased risk of heat illness.

Recommended actions for shelters, outreach teams and clinics:
 - Distribute water and electrolyte packets; encourage shade and rest breaks.
 - Know the warning signs: heavy sweating, cramps, dizziness, nausea, confusion. Hot, dry skin or confusion may indicate heat stroke - call 911.
 - Cooling centers (10 AM-8 PM): Portmere Main Library, Eastgate Community Center, Riverside Senior Center. Pets in carriers allowed at Eastgate.
 - Bus fare is waived on routes 4, 7 and 12 to cooling centers during the advisory.

Heat-related ED visits countywide last summer: 214 (41% among people without stable housing).

For questions contact the Emergency Preparedness Program, (413) 555-0444.
Do not reply to this message.
"""
    m = mk("Portmere County Public Health <han-alerts@portmerecountyhealth.org>",
           "HAN Partners <han-partners@portmerecountyhealth.org>", "HAN Advisory: Heat Advisory 7/16-7/18, cooling centers open",
           body, d, hdrs={"Precedence": "bulk"})
    return m, ""


@reg("clean", "news")
def news_research():
    d = D("2024-10-17 12:05")
    body = """Colleagues,

Sharing a summary of a study just published in the Journal of Community Respite Care that our partners have been asking about. Full text is open access.

"Medical respite after hospitalization among adults experiencing homelessness: a multisite cohort" (n = 3,214 discharges, 11 programs, 2019-2022)

Key findings:
 * 30-day readmission was 11.2% for adults discharged to medical respite vs 19.6% for matched adults discharged to shelter or the street (adjusted OR 0.54).
 * Median respite length of stay was 24 days.
 * 34% of respite discharges were to permanent or transitional housing.
 * The largest differences were in people with wounds requiring daily care and those on IV antibiotics.
 * Limitations: observational design, programs self-selected, housing outcomes beyond 90 days not captured.

Our own 2024 numbers look similar (readmission ~8%), which we'll present at the discharge workgroup in November.

Miriam

Miriam Okafor, MD
Medical Director
"""
    m = mk(A("okafor"), ["Providers <providers@%s>" % ORG, "Respite Case Conference <respite-cc@%s>" % ORG],
           "FYI: new multisite study on medical respite outcomes", body, d)
    return m, ""


@reg("clean", "news")
def news_foodbank():
    d = D("2024-11-01 08:00")
    body = """TRI-COUNTY FOOD BANK - PARTNER AGENCY UPDATE, November 2024

HOLIDAY SCHEDULE
The warehouse will be closed Thursday 11/28 and Friday 11/29. Orders normally scheduled for those days will be delivered Wednesday 11/27. Place orders by Friday 11/22.

NEW: MEDICALLY TAILORED PANTRY BOXES
Starting in December, partner clinics can order low-sodium and diabetes-friendly boxes (no patient names needed - order by quantity). Each box feeds one adult for about 5 days and includes a recipe card in English and Spanish.

MOBILE PANTRY STOPS
 - Bayview Mission: 2nd & 4th Tuesdays, 3-5 PM
 - Northside Family Shelter: every Friday, 10 AM-noon
 - Harbor Street HCH (Canal St lot): 1st Saturday, 9-11 AM, alongside the CareVan

TURKEY DRIVE
We are 1,100 turkeys short of our goal. Partner agencies with freezer space who can take extra, please reply to your agency relations rep.

Sam Okonjo
Agency Relations Manager
Tri-County Food Bank | 9 Depot St | (413) 555-0420
"""
    m = mk("Tri-County Food Bank <agencies@tricountyfoodbank.org>", "Partner Agencies <partners@tricountyfoodbank.org>",
           "Partner Update - November: holiday schedule, medically tailored boxes", body, d,
           html=html_wrap(p2html(body)), hdrs={"Precedence": "bulk"})
    return m, ""


@reg("clean", "news")
def news_gala():
    d = D("2024-09-05 11:00")
    body = """Dear friend,

Every night in Portmere, more than 600 people sleep in shelters, cars, or outside. When they get sick, Harbor Street Health Care for the Homeless is there - in our clinic, on the CareVan, under bridges with our street medicine team, and at Linden House when someone leaves the hospital with nowhere to recover.

Join us for LIGHTS ON HARBOR STREET, our annual benefit:
Friday, October 18, 6:30 PM
The Foundry at Mill Pond, 12 Mill Pond Road
Tickets $125 | Table sponsorships from $1,500

Can't attend? Your gift still goes a long way:
 $35 stocks a street medicine backpack for a week
 $100 covers a night at Linden House
 $500 keeps the CareVan on the road for a day

Give online at https://give.harborstreethch.org/lights2024 or reply to this e-mail.

With gratitude,
Marcy Quinlan
Development & Communications Manager

Harbor Street Health Care for the Homeless is a 501(c)(3) nonprofit, EIN 04-{ein}. Gifts are tax-deductible to the extent allowed by law.
""".format(ein=digits(7))
    m = mk(A("quinlan"), "Friends of Harbor Street <friends@%s>" % ORG, "You're invited: Lights On Harbor Street, Oct 18",
           body, d, html=html_wrap(p2html(body)), hdrs={"Precedence": "bulk"})
    return m, ""


@reg("clean", "news")
def news_policy():
    d = D("2024-06-20 14:00")
    body = """NATIONAL ALLIANCE FOR STREET HEALTH - POLICY BRIEF
June 2024

MEDICAID RENEWALS: WHERE THINGS STAND
As states finish the post-pandemic renewal process, more than 20 million people have been disenrolled nationally, and roughly 70% of them for procedural reasons such as an unreturned form rather than a finding of ineligibility. People without a stable mailing address are especially affected.

What programs are doing:
 - Serving as a mailing address of record for patients (check your state's rules).
 - Running eligibility checks before each visit and flagging renewals 60 days out.
 - Partnering with navigators at shelters and meal sites.

NEW CMS GUIDANCE ON HEALTH-RELATED SOCIAL NEEDS
CMS has clarified that states may cover up to six months of rent or temporary housing for certain high-need Medicaid members through section 1115 demonstrations, including medical respite for people leaving hospitals. Several states have pending proposals.

WEBINAR
"Street Medicine Billing 101: POS 27 one year later" - July 11, 2 PM ET. Register at https://streethealthalliance.org/webinars

To update your subscription preferences, visit your member profile.
"""
    m = mk("NASH Policy <policy@streethealthalliance.org>", "Members <members@streethealthalliance.org>",
           "Policy Brief: Medicaid renewals and HRSN guidance", body, d, hdrs={"Precedence": "bulk"})
    return m, ""


# ======================================================================
# CLEAN / staff
# ======================================================================
@reg("clean", "staff")
def staff_oncall():
    d = D("2024-08-26 17:30")
    weeks = [("Sep 2 - Sep 8", "Miriam Okafor, MD", "Teresa Lindqvist, RN"),
             ("Sep 9 - Sep 15", "Lise Achterberg, MD", "Bao Nguyen, RN"),
             ("Sep 16 - Sep 22", "Jonah Estrada, FNP-C", "Teresa Lindqvist, RN"),
             ("Sep 23 - Sep 29", "Miriam Okafor, MD", "Bao Nguyen, RN"),
             ("Sep 30 - Oct 6", "Lise Achterberg, MD", "Teresa Lindqvist, RN")]
    tbl = "\n".join("%-17s %-24s %s" % w for w in weeks)
    body = """September on-call schedule (provider = phone triage for clinic/van/respite after hours; nurse = Linden House backup).

%-17s %-24s %s
%s

Labor Day (9/2): clinic closed, Linden House normal staffing. Swaps - please cc me so I can update the answering service by Friday noon each week.

Answering service: (413) 555-0199 option 2. They page the on-call provider first, then the nurse.

Thanks,
Rosa
""" % ("WEEK", "PROVIDER", "RESPITE RN BACKUP", tbl)
    m = mk(A("villanueva"), ["Providers <providers@%s>" % ORG, A("lindqvist"), A("nguyen")],
           "September on-call schedule", body, d)
    return m, ""


@reg("clean", "staff")
def staff_open_enrollment():
    d = D("2024-10-28 09:00")
    body = """Hi everyone,

Open enrollment for 2025 benefits runs November 4 through November 22. This is the one time each year you can change your medical, dental and vision plans or add/remove dependents without a qualifying life event.

What's new for 2025:
 - Medical premiums for the Silver PPO increase 4%; the HDHP stays flat and the organization's HSA contribution rises to $1,000 (single) / $2,000 (family).
 - Vision adds an annual $150 frame allowance.
 - New EAP vendor (Lighthouse EAP), free confidential counseling, 8 sessions per issue.
 - FSA limit rises to $3,200.

Benefits fair: Wednesday 11/6, 12-2 PM in the Community Room. Lunch provided. Reps from the medical and dental carriers will be there.

Enroll in the HR portal > Benefits > 2025 Open Enrollment. If you do nothing, your current elections roll over EXCEPT the FSA, which must be re-elected.

Please don't send me your medical information - questions about claims go directly to the carrier.

Beth Sandoval, SHRM-CP
HR Generalist
(413) 555-0100 x205
"""
    m = mk(A("sandoval"), "All Staff <allstaff@%s>" % ORG, "2025 Open Enrollment: Nov 4-22", body, d,
           html=html_wrap(p2html(body)))
    return m, ""


@reg("clean", "staff")
def staff_potluck():
    d0 = D("2024-12-09 10:12")
    d1 = D("2024-12-09 10:40")
    orig = """Hi all!

Holiday potluck is Friday 12/20, 12:30-2 in the Community Room. Clinic will close 12:15-2:15 (Rosa has changed the phone message). Linden House folks, we'll bring plates over for whoever is on shift.

Sign-up sheet is on the fridge. So far we have 4 pans of mac and cheese, which is great, but we need salads and desserts.

Also - Gordon is doing a toast for Teresa's 10 years with us and Linh's 5. Shh.

Hannah
"""
    body = gmail_reply("""I'll bring my mom's pastelitos (2 dozen). Can someone make sure there's a vegan option, Bao asked

Felipe
sent from my phone
""", d0, "Hannah Greer <%s>" % EM("greer"), orig)
    m = mk(A("duarte"), "All Staff <allstaff@%s>" % ORG, "Re: Holiday potluck Fri 12/20!!", body, d1)
    return m, ""


@reg("clean", "staff")
def staff_leave():
    d = D("2024-04-26 15:55")
    body = """Team,

Keisha will be on leave from Monday, May 6 through Friday, June 14. She's back Monday, June 17.

Coverage while she's out:
 - Behavioral health walk-ins at the clinic: Dr. Achterberg Tue/Thu afternoons; crisis line for after-hours.
 - Linden House weekly groups: paused; Bao will run the Thursday check-in.
 - Her scheduled clients have been contacted and offered appointments with our contract therapist (Wed/Fri at Canal St).
 - Street medicine BH consults: page Jonah, who will coordinate.

Please don't contact Keisha about work while she's out. Her out-of-office points to me.

Thanks for covering for each other, as always.

Miriam
""" + sig("okafor", "short")
    m = mk(A("okafor"), "Clinical Staff <clinical@%s>" % ORG, "Keisha out 5/6 - 6/14: coverage plan", body, d,
           cc=[A("sandoval")])
    return m, ""


@reg("clean", "staff")
def staff_payroll():
    d = D("2024-06-28 11:20")
    body = """Hi all,

Because of the July 4 holiday, timesheets for the 6/23-7/6 pay period are due Tuesday, July 2 by 3 PM (not Friday). Paychecks/direct deposit will still go out Friday 7/12.

Reminders:
 - Night differential ($2.50/hr, 11 PM-7 AM) is automatic for Linden House night staff; please don't add it manually.
 - Mileage for van drivers and outreach staff: submit in the expense module, not on the timesheet.
 - Holiday pay: 8 hours for full-time staff for 7/4. Staff working the holiday (Linden House) receive time and a half plus a floating holiday.

Questions - payroll@harborstreethch.org or x206.

Thanks,
Payroll
Harbor Street HCH
"""
    m = mk("Payroll <payroll@%s>" % ORG, "All Staff <allstaff@%s>" % ORG,
           "Timesheets due TUESDAY 7/2 (holiday week)", body, d)
    return m, ""


@reg("clean", "staff")
def staff_volunteer_roster():
    d = D("2024-06-24 19:05")
    vols = [("Dr. Samir Haddad", "DMD", "dental chair, 9-1"),
            ("Grace Liu", "RN", "vaccines / triage"),
            ("Oluwaseun Adebayo", "MS3, Portmere Med", "intake w/ Dr. Okafor"),
            ("Hannah Brooks", "NP student", "intake w/ Dr. Okafor"),
            ("Pete Marchand", "EMT-B", "van driver #2 / setup"),
            ("Camila Restrepo", "interpreter (Spanish)", "front of van"),
            ("Maryam Yusuf", "interpreter (Somali)", "9-11 only")]
    tbl = "\n".join(" - %-20s %-24s %s" % v for v in vols)
    body = """Hi Saturday crew!

Here's the roster for 6/29 (Northside 9-11, Bayview 11-1):

%s

Meet at 214 Canal St at 8:15 to load. Bring your badge and wear closed-toe shoes. Lunch is on us after.

If anything changes, text me at 413-555-0119.

Hannah
""" % tbl
    m = mk(A("greer"), "Saturday Van Volunteers <van-volunteers@%s>" % ORG, "Saturday 6/29 van roster", body, d,
           cc=[A("wieczorek"), A("pham")])
    return m, ""


@reg("clean", "staff")
def staff_welcome():
    d = D("2024-09-30 08:45")
    body = """Good morning all,

Please join me in welcoming Yusuf Demir, who starts today as our newest Case Manager on the street medicine team. Yusuf comes to us from six years at the Eastgate drop-in center, where he ran the ID and benefits clinic. He speaks Turkish, Arabic and some Spanish, and is a certified SOAR benefits specialist.

His first two weeks: shadowing Dev and Luis, EHR and HMIS training with Colm on Wednesday, and orientation with me Friday. His desk is in the case management pod next to Amos.

Say hi, and maybe save him a cup of the good coffee.

Beth

Beth Sandoval, SHRM-CP
HR Generalist
"""
    m = mk(A("sandoval"), "All Staff <allstaff@%s>" % ORG, "Welcome Yusuf Demir, Case Manager!", body, d,
           html=html_wrap(p2html(body)))
    return m, ""

# ======================================================================
# CLEAN / training
# ======================================================================
@reg("clean", "training")
def train_ehr_sandbox():
    d = D("2024-05-28 13:00")
    body = """Hi everyone,

Before Thursday's EHR upgrade training, please log in to the TRAINING environment (https://ehr-train.harborstreethch.org - note the orange banner) and make sure your password works. Do NOT use the live system for the exercises.

Exercises use these fictitious test patients only:

  ZZTEST, HARBOR       MRN TEST000101   DOB 01/01/1950   (respite admission scenario)
  ZZTEST, CAREVAN      MRN TEST000102   DOB 02/02/1985   (mobile visit, new med reconciliation screen)
  ZZTEST, STREETMED    MRN TEST000103   DOB 03/03/1990   (POS 27 encounter, Z59.02)

Exercise 1: Reconcile ZZTEST, HARBOR's "hospital discharge list" (lisinopril, metformin, a duplicate atorvastatin) using the new med rec screen.
Exercise 2: Document a CareVan visit for ZZTEST, CAREVAN with the updated social needs screener.
Exercise 3: Place a lab order and route the result to the street medicine pool.

The training database resets every night, so don't worry about breaking anything.

Colm
"""
    m = mk(A("byrne"), "Clinical Staff <clinical@%s>" % ORG, "EHR upgrade training - test patients + exercises", body, d)
    return m, ""


@reg("clean", "training")
def train_case_study():
    d = D("2024-02-13 16:30")
    doc = docx_bytes([
        "Street Medicine Orientation - Case Study 3 (de-identified composite)",
        "A man in his 50s has been living in a tent near a rail line for several years. He has not seen a clinician in over a year. Outreach staff note he is limping and has stopped coming to the meal site.",
        "On the first visit he declines to remove his boots. On the second visit, with a trusted outreach worker present, he allows a foot exam: there are blackened areas on two toes and reduced sensation in both feet.",
        "He has a dog and refuses any plan that separates him from it. He has had a negative experience with the local VA.",
        "Discussion questions:",
        "1. What are the immediate medical risks, and what can be done in the field?",
        "2. How do you weigh his refusal of hospital care against those risks? How would you assess capacity?",
        "3. What role does the outreach worker play, and how do you protect that relationship?",
        "4. What practical barriers (pet, transport, ID, benefits) would you address first?",
        "Note: this case is a composite built for teaching and does not describe any single person.",
    ])
    body = """Hi new folks,

For Thursday's orientation session please read Case Study 3 (attached). It's a composite case, no real patient, so feel free to print it and mark it up. We'll work through the discussion questions in small groups.

Also bring comfortable shoes, we'll walk part of the Tuesday route afterwards.

Jonah
""" + sig("estrada", "short")
    m = mk(A("estrada"), "New Staff Orientation <orientation@%s>" % ORG, "Orientation Thurs - read Case Study 3",
           body, d, atts=[("CaseStudy3_StreetMed_composite.docx", "application",
                           "vnd.openxmlformats-officedocument.wordprocessingml.document", doc)])
    return m, ""


@reg("clean", "training")
def train_naloxone_quiz():
    d = D("2024-03-26 10:10")
    body = """Overdose response refresher - quiz (all staff and volunteers, due 4/5)

Please answer in the LMS; answers below for your own review after you submit.

1. You find someone unresponsive with slow, shallow breathing and pinpoint pupils. What is your FIRST action?
   a) Give naloxone  b) Call 911 / shout for help and check responsiveness  c) Sit them up
2. How long should you wait before giving a second dose of nasal naloxone if there's no response?
   a) 30 seconds  b) 2-3 minutes  c) 10 minutes
3. Where are naloxone kits stored at Linden House?
   a) Nurses' station, front desk, and each floor's AED cabinet  b) Pharmacy only
4. True or False: naloxone is harmful if the person has not taken opioids.
5. After naloxone, how long should someone be observed, and why?

Answers: 1-b (then naloxone), 2-b, 3-a, 4-False, 5-at least 2 hours if possible; naloxone can wear off before the opioid does.

Questions: Teresa Lindqvist, RN (x310) or Jonah Estrada, FNP-C (x233).
"""
    m = mk(A("lindqvist"), "All Staff <allstaff@%s>" % ORG, "Overdose response refresher quiz - due 4/5", body, d,
           cc="Volunteers <volunteers@%s>" % ORG)
    return m, ""


@reg("clean", "training")
def train_interface_test():
    d = D("2024-07-16 11:00")
    segs = [
        "MSH|^~\\&|EPICADT|STANSELM|RESPITE|HSHCH|20240716100000||ADT^A03|TEST0001|T|2.5.1",
        "EVN|A03|20240716100000",
        "PID|1||TEST99999^^^STANSELM^MR||TESTPATIENT^ALPHA||19000101|U|||1 TEST ST^^PORTMERE^MA^00000",
        "PV1|1|E|ED^TEST^01^STANSELM||||9999^TESTDOC^ZZZ|||EM|||||||||TEST0001",
    ]
    body = """Hi Patrick / St. Anselm interface team,

For Thursday's interface cutover test, here's the script. All messages are processing ID "T" and use the fictitious test patients in your TEST environment - nothing real should cross.

Step 1. Send ADT^A04 for TESTPATIENT, ALPHA (MRN TEST99999). Expect: ACK AA within 60 s; record appears in our respite "pending" worklist.
Step 2. Send ADT^A03 (sample below). Expect: pending -> "discharged to respite"; discharge date populates.
Step 3. Send ADT^A03 with missing PID-3. Expect: ACK AE, error logged, no record created.
Step 4. Send ADT^A08 with changed phone. Expect: update only, no duplicate.

Sample A03:
%s

Results go in the shared test log spreadsheet. Sign-off from both sides before we switch to production on 7/25.

Colm
""" % "\n".join(segs) + sig("byrne")
    m = mk(A("byrne"), "Patrick Doyle <pdoyle@stanselmmed.org>", "Interface cutover test script - ADT to respite (TEST env)",
           body, d, cc=["Interface Team <interfaces@stanselmmed.org>", A("lindqvist")])
    return m, ""


@reg("clean", "training")
def train_drill():
    d = D("2024-09-09 14:25")
    body = """Linden House staff,

Our quarterly medical emergency drill is Wednesday 9/18 at 14:00. Here is the scenario so charge nurses can prep. This is a DRILL - residents will be told in advance and no one is actually moved.

Scenario (fictitious residents, played by volunteers wearing name tags):
 - "Resident A", room 2: found on the floor, responsive, says he tripped. Practice: fall assessment, when to call the provider vs. 911.
 - "Resident B", room 10: drowsy, slow breathing, empty pill organizer nearby. Practice: overdose response, naloxone from the floor AED cabinet, 911, observe.
 - "Resident C", common room: says chest feels tight. Practice: vitals, AED retrieval, call 911, meet EMS at the side door.

Observers: Teresa and Dr. Okafor. Debrief right after in the dining room, 20 minutes.

Please review the emergency binder beforehand (nurses' station, red tab).

Teresa
""" + sig("lindqvist", "short")
    m = mk(A("lindqvist"), "Linden House Staff <lindenhouse-staff@%s>" % ORG, "Medical emergency DRILL Wed 9/18 2pm - scenario",
           body, d, cc=[A("okafor")])
    return m, ""


@reg("clean", "training")
def train_mi():
    d = D("2024-11-18 09:30")
    body = """Hi all,

Reminder that the motivational interviewing workshop is this Friday, 9-12, Community Room. Handout attached. We'll practice with role-plays using the sample dialogue below (made-up client, not anyone we know).

SAMPLE DIALOGUE - closed vs. open questions

  Worker:  So you're not going to the appointment?            (closed)
  Client:  No.

  Worker:  What's getting in the way of going to the appointment?   (open)
  Client:  Last time I waited four hours and lost my spot at the shelter.
  Worker:  So going means risking your bed. That's a real cost.    (reflection)
  Client:  Yeah. I'd go if it was in the morning.

Practice skills: OARS (open questions, affirmations, reflections, summaries), rolling with resistance, eliciting change talk.

CEUs: 3.0 for LCSWs and RNs. Sign in on the sheet at the door.

Keisha Brandt, LCSW
"""
    pdf = pdf_bytes([
        "Motivational Interviewing - Workshop Handout",
        "Harbor Street HCH | Facilitator: K. Brandt, LCSW",
        "",
        "OARS: Open questions - Affirmations - Reflections - Summaries",
        "Change talk (DARN-CAT): Desire, Ability, Reasons, Need,",
        "  Commitment, Activation, Taking steps",
        "",
        "Role-play A: fictional client weighing a respite stay vs. keeping a shelter bed",
        "Role-play B: fictional client deciding whether to restart medications",
        "",
        "Reflection exercise: rewrite 5 closed questions as open questions.",
    ], title="MI Workshop Handout")
    m = mk(A("brandt"), "Clinical Staff <clinical@%s>" % ORG, "MI workshop Friday + handout", body, d,
           atts=[("MI_workshop_handout.pdf", "application", "pdf", pdf)])
    return m, ""


# ======================================================================
# main
# ======================================================================
EXPECTED = OrderedDict([
    (("phi", "care"), 8), (("phi", "ids"), 8), (("phi", "lang"), 8), (("phi", "lists"), 7),
    (("phi", "names"), 8), (("phi", "self"), 7), (("phi", "struct"), 7),
    (("clean", "admin"), 7), (("clean", "lookalike"), 7), (("clean", "news"), 6),
    (("clean", "staff"), 7), (("clean", "training"), 6),
])


def main():
    if len(sys.argv) != 2:
        print("usage: python3 gen.py OUTDIR")
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    counts = OrderedDict((k, 0) for k in EXPECTED)
    labels = []
    for label, kind, fn in REG:
        msg, patient = fn()
        counts[(label, kind)] += 1
        name = "%s-%s-%03d.eml" % (label, kind, counts[(label, kind)])
        with open(os.path.join(out, name), "wb") as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        labels.append((name, label, kind, patient))
    with open(os.path.join(out, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "label", "kind", "patient_name"])
        for row in labels:
            w.writerow(row)
    for k, n in counts.items():
        if n != EXPECTED[k]:
            raise SystemExit("count mismatch for %s-%s: %d != %d" % (k[0], k[1], n, EXPECTED[k]))
    for (label, kind), n in counts.items():
        print("%s-%s: %d" % (label, kind, n))
    print("phi: %d  clean: %d  total: %d" % (
        sum(n for (l, _), n in counts.items() if l == "phi"),
        sum(n for (l, _), n in counts.items() if l == "clean"), sum(counts.values())))


if __name__ == "__main__":
    main()
