#!/usr/bin/env python3
"""Blind evaluation set: email at a regional blood & plasma donation centre.

Everything here is invented. Run:  python3 gen.py OUTDIR
Standard library only; deterministic (random.seed(8102)).
"""
import csv
import datetime as dt
import io
import json
import os
import random
import struct
import sys
import zipfile
import zlib
from collections import OrderedDict
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

SEED = 8102
random.seed(SEED)

# ---------------------------------------------------------------- org data
ORG = "Riverbend Regional Blood Center"
DOM = "riverbendblood.org"
LGH = "lakeshoregeneral.org"      # hospital customer
SAM = "stagnesmc.org"             # hospital customer
HVC = "hvchildrens.org"           # hospital customer

AREA = ["614", "740", "937", "380", "220"]


def ph(area=None):
    a = area or random.choice(AREA)
    return "(%s) %03d-%04d" % (a, random.randint(201, 989), random.randint(0, 9999))


def ph_dash(area=None):
    a = area or random.choice(AREA)
    return "%s-%03d-%04d" % (a, random.randint(201, 989), random.randint(0, 9999))


def digits(n):
    return "".join(str(random.randint(0, 9)) for _ in range(n))


def din(year="24"):
    return "W0421 %s %s" % (year, digits(6))


def when(month, day=None, hour=None):
    day = day or random.randint(1, 28)
    hour = hour if hour is not None else random.randint(7, 18)
    minute = random.randint(0, 59)
    sec = random.randint(0, 59)
    off = -4 if 3 <= month <= 10 else -5
    tz = dt.timezone(dt.timedelta(hours=off))
    return dt.datetime(2024, month, day, hour, minute, sec, tzinfo=tz)


def msgid(domain):
    return "<%016x.%d@%s>" % (random.getrandbits(64), random.randint(1000, 99999), domain)


def quote(text, prefix="> "):
    out = []
    for line in text.strip("\n").split("\n"):
        out.append((prefix + line) if line else prefix.rstrip())
    return "\n".join(out)


def long_date(d):
    return d.strftime("%a, %b ") + str(d.day) + d.strftime(", %Y at %-I:%M %p")


def outlook_date(d):
    return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y %-I:%M %p")


DISCLAIMER = (
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the "
    "intended recipient(s) and may contain confidential information. Any unauthorized review, "
    "use, disclosure or distribution is prohibited. If you are not the intended recipient, "
    "please contact the sender by reply e-mail and destroy all copies of the original message."
)

LGH_DISCLAIMER = (
    "This message is intended only for the addressee and may contain information that is "
    "privileged and confidential under applicable law. If you received this in error, please "
    "notify the sender at once and delete it. Lakeshore General Hospital, 2200 Shoreline Pkwy."
)


def sig(name, title, ext=None, cell=None, fax=False, site="Administrative Offices, 1400 Riverbend Dr."):
    lines = [name, title, ORG]
    if site:
        lines.append(site)
    p = "O: (614) 555-0%03d" % random.randint(100, 199)
    if ext:
        p += " x%s" % ext
    lines.append(p)
    if cell:
        lines.append("C: " + cell)
    if fax:
        lines.append("F: (614) 555-0190")
    lines.append("www.%s | Give blood. Give life." % DOM)
    return "\n".join(lines)


# ---------------------------------------------------------------- binary builders
ZDT = (2024, 1, 2, 9, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def _xesc(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def make_xlsx(rows, sheet="Sheet1"):
    def colname(i):
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    xrows = []
    for r_i, row in enumerate(rows, 1):
        cells = []
        for c_i, v in enumerate(row):
            ref = "%s%d" % (colname(c_i), r_i)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _xesc(v)))
        xrows.append('<row r="%d">%s</row>' % (r_i, "".join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % "".join(xrows))
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
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _xesc(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet_xml)])


def make_docx(paragraphs):
    body = []
    for p in paragraphs:
        bold = p.startswith("**")
        text = p.strip("*")
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        body.append('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, _xesc(text)))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % "".join(body))
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
    content = ["BT", "/F1 11 Tf", "14 TL", "56 760 Td"]
    for ln in lines:
        content.append("(%s) Tj T*" % esc(ln))
    content.append("ET")
    stream = "\n".join(content).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n" % (len(objs) + 1))
    out.write(b"0000000000 65535 f \n")
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def _png_chunk(kind, data):
    c = kind + data
    return struct.pack(">I", len(data)) + c + struct.pack(">I", zlib.crc32(c) & 0xFFFFFFFF)


def make_png_logo(w=96, h=96):
    """A plain red blood-drop logo on white, RGB."""
    raw = bytearray()
    cx, cy, r = w / 2, h * 0.62, w * 0.28
    for y in range(h):
        raw.append(0)
        for x in range(w):
            inside = (x - cx) ** 2 + (y - cy) ** 2 <= r * r
            # triangle tip of the drop
            if not inside and y < cy:
                top = h * 0.12
                if y >= top:
                    half = (y - top) / (cy - top) * r
                    inside = abs(x - cx) <= half
            if inside:
                raw += bytes((196, 18, 48))
            else:
                raw += bytes((255, 255, 255))
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) +
            _png_chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + _png_chunk(b"IEND", b""))


def make_png_blank(w=170, h=220):
    """A blank greyscale 'scan' page with a faint border."""
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            edge = x < 3 or y < 3 or x >= w - 3 or y >= h - 3
            raw.append(232 if edge else 250)
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) +
            _png_chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + _png_chunk(b"IEND", b""))


def make_ics(uid, summary, start, end, location, description, organizer):
    fmt = "%Y%m%dT%H%M%S"
    return "\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Riverbend Blood//Drive Scheduler//EN",
        "METHOD:REQUEST", "BEGIN:VEVENT", "UID:%s" % uid,
        "DTSTAMP:20240102T090000Z",
        "DTSTART;TZID=America/New_York:%s" % start.strftime(fmt),
        "DTEND;TZID=America/New_York:%s" % end.strftime(fmt),
        "SUMMARY:%s" % summary, "LOCATION:%s" % location.replace(",", "\\,"),
        "DESCRIPTION:%s" % description.replace("\n", "\\n").replace(",", "\\,"),
        "ORGANIZER:mailto:%s" % organizer, "END:VEVENT", "END:VCALENDAR", ""])


# ---------------------------------------------------------------- message builder
def build(frm, to, subject, body, date, cc=None, html=None, attachments=(), cte=None,
          headers=None, reply_to=None, in_reply_to=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to if isinstance(to, str) else ", ".join(to)
    if cc:
        m["Cc"] = cc if isinstance(cc, str) else ", ".join(cc)
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    dom = frm.split("@")[-1].strip(">").strip()
    m["Message-ID"] = msgid(dom)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    for k, v in (headers or {}).items():
        m[k] = v
    if cte:
        m.set_content(body, cte=cte)
    else:
        m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    for att in attachments:
        data, ctype, fname = att
        maintype, subtype = ctype.split("/")
        if isinstance(data, str):
            if maintype == "text":
                m.add_attachment(data, subtype=subtype, filename=fname)
            else:
                m.add_attachment(data.encode("utf-8"), maintype=maintype, subtype=subtype, filename=fname)
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    for part in m.walk():
        if part is not m and "MIME-Version" in part:
            del part["MIME-Version"]
    if "MIME-Version" not in m:
        m["MIME-Version"] = "1.0"
    return m


REG = []  # (label, kind, func)


def reg(label, kind):
    def deco(fn):
        REG.append((label, kind, fn))
        return fn
    return deco


def simple_html(text):
    paras = []
    for block in text.strip().split("\n\n"):
        paras.append("<p>%s</p>" % _xesc(block).replace("\n", "<br>\n"))
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;'
            'font-size:11pt">\n%s\n</body></html>' % "\n".join(paras))


# =====================================================================
#                              PHI : care
# =====================================================================
@reg("phi", "care")
def care_reschedule():
    d = when(6, 7, 10)
    cell = ph()
    body = """Hi all,

Gloria Pratt called the main line this morning (cell %s). She's on the books for Tues 6/11 at 9:00 for platelets at Elm St but her husband can't drive her until after his shift, so she's asking for Thurs 6/13 at 7:30 instead. She said please put her in chair 3 again if you can, she likes being by the window, and the last nurse (Beth?) got the good vein on her left arm first try so she'd love her again.

She also asked if her granddaughter can sit with her during the collection -- I told her I'd ask and someone would call back.

Thanks!
Tasha

%s""" % (cell, sig("Tasha Greene", "Donor Services Representative", ext="214", site="Elm Street Donor Center"))
    m = build('"Greene, Tasha" <tgreene@%s>' % DOM, "apheresis-scheduling@%s" % DOM,
              "Gloria Pratt - move her Tues plt appt?", body, d)
    return m, "Gloria Pratt"


@reg("phi", "care")
def care_reaction_followup():
    d = when(3, 15, 9)
    body = """Called Dennis Okafor this am re: Tuesday at the Westfield HS drive (he's the one who got woozy in the canteen and we laid him down on the mat).

He says he felt fine once he got home, ate dinner, slept ok. Little sore at the site, no real bruise. Back at work at the lumber yard today. Reminded him to keep up the fluids and not lift heavy w/ that arm until tomorrow, and to call us if anything changes.

For next time: recline early, water + salty snack before he gets in the chair, keep him in the canteen 15 min. He's happy to come back in 8 wks, wants the Saturday drive at St. Paul's.

Closing the f/u on my end. Darnell - fyi for the drive report.

Paula

Paula Jaworski, RN
Donor Care Nurse | Riverbend Regional Blood Center
(614) 555-0147"""
    m = build("Paula Jaworski <pjaworski@%s>" % DOM, "donor-reactions@%s" % DOM,
              "f/u call - Westfield HS drive 3/12", body, d,
              cc="Darnell Hughes <dhughes@%s>" % DOM)
    return m, "Dennis Okafor"


@reg("phi", "care")
def care_daughter():
    d0 = when(5, 6, 9)
    d = when(5, 6, 21)
    cell = ph()
    orig = """Hello Karen,

Thank you for reaching out to Riverbend Regional Blood Center. We'd be glad to have our donor care team follow up. So that we can find the right record, could you reply with the donor's full name, date of birth, and the center where he donates?

Please note that we can only discuss a donor's results or health history with the donor himself unless he has given us permission to speak with you.

Warm regards,
Donor Services
Riverbend Regional Blood Center | 1-800-555-0133"""
    body = """Thanks for getting back to me so fast.

His name is Harold Benning, birthday 2/9/1953. He goes every other Friday around 10 to the Elm Street center for platelets and has been doing it for 20+ years, he won't hear about stopping. The last two times he came home and slept the whole afternoon and didn't want any dinner, and he's 71 so I worry. I am not trying to get him in trouble! I just want someone to keep an eye on him, make sure he's eaten before, maybe not keep him in the chair as long.

Would it be possible for the nurse to call me (not him, he'll be mad) if something seems off? I'll ask him to sign whatever permission form you need next time he's in. My cell is %s.

Karen Benning-Moss

On %s, Riverbend Donor Services <info@%s> wrote:
%s
""" % (cell, long_date(d0), DOM, quote(orig))
    m = build("Karen Benning-Moss <kbmoss@hearthmail.net>", "Riverbend Donor Services <info@%s>" % DOM,
              "Re: question about my father's platelet donations", body, d)
    return m, "Harold Benning"


@reg("phi", "care")
def care_handover():
    d = when(6, 8, 15)
    body = """Quick handover for Monday crew --

- Linh Tran (chair 2) finished her double plt, ~85 min. She gets chilly, so blanket + warm pack BEFORE you start her, and Tums at the halfway point. She's back Wed 6/12 at 8:15 for plasma.
- Reggie Molina had to leave early so we stopped at a single. He says he'll rebook in the app. If he hasn't by Tues pls call him, he always forgets.
- Mrs. Abigail Stroud brought in her new med list from her doctor. I scanned it into her chart, Dr. W needs to look it over before her next visit (she's booked Sat 6/15 9am).
- Mr. Hollis (Gerald) asked for the smaller needle again, noted.
- Chair 4 cuff kept alarming, tagged out for biomed.

Fridge restocked, juice order is in. Have a good weekend!

B

--
Beth Lindqvist, RN | Apheresis Lead
Elm Street Donor Center"""
    m = build("Beth Lindqvist <blindqvist@%s>" % DOM, "apheresis-rn@%s" % DOM,
              "Sat handover 6/8", body, d)
    return m, "Linh Tran; Reggie Molina; Abigail Stroud; Gerald Hollis"


@reg("phi", "care")
def care_ride():
    d = when(6, 12, 11)
    cell = ph()
    body = """Frank,

Is one of the volunteer drivers free Saturday the 22nd in the morning? Eleanor Vance (our 30-gallon lady!!) gave up her car in April and she does NOT want to miss her whole blood appointment at 10:15 at Cedar Park.

Pickup: 80 Birchwood Lane, Apt 2, Grove Hill -- around 9:45
Return: about 11:30, straight home
Her phone: %s (landline, let it ring, she's slow to get to it)

She uses a cane now so please not the van with the high step. Somebody who'll walk her to the door would be ideal. She also asked if the driver could stop at the pharmacy on Main on the way back to pick up her prescriptions -- I said probably yes but I'd check with you.

Thank you!! You're the best.

Megan O'Rourke
Donor Recruitment Representative
Riverbend Regional Blood Center
(614) 555-0162 | mororourke@%s""" % (cell, DOM)
    m = build("Megan O'Rourke <mororourke@%s>" % DOM, "Frank Delgado <fdelgado@%s>" % DOM,
              "ride for Eleanor on 6/22?", body, d)
    return m, "Eleanor Vance"


@reg("phi", "care")
def care_low_iron_rebook():
    d = when(6, 24, 16)
    cell = ph()
    body = """Hi Carla,

Marcus Lee was turned away again today at the Hillcrest Library drive -- that's the third time since January his fingerstick didn't pass. He was pretty bummed about it. Could you:

1) mail him the iron & food handout + the coupon for the iron tablets,
2) put him on the callback list for 8/20 instead of the usual 8 wks,
3) note in his profile that he'd rather get a TEXT than a call: %s

Address on file is current (1148 Jasper Ave, Unit B). He mentioned his doctor wants to see the numbers from the last few visits, so if he calls asking for a printout that's why.

thx!
Rosa

Rosa Delacruz, CPT
Mobile Collections - Team 2""" % cell
    m = build("Rosa Delacruz <rdelacruz@%s>" % DOM, "Carla Mendes <cmendes@%s>" % DOM,
              "rebook Marcus Lee + iron handout", body, d)
    return m, "Marcus Lee"


@reg("phi", "care")
def care_directed():
    d = when(6, 27, 13)
    mom = ph()
    body = """Hi Tom,

We have a family asking about directed donations for Ava Castillo (9 y/o), surgery scheduled here 7/15 with Dr. Pruitt. Mom is Marisol Castillo, best number %s (she prefers afternoons, works nights). An uncle and two older cousins want to come in.

Can your team reach out to mom to set up appointments and get the physician order form going? I know the timeline is a little tight -- let me know if we need to push on our end. Ava types as O pos on our side.

Thanks much,

Dana Whitfield, MLS(ASCP)CM
Transfusion Service Supervisor
Lakeshore General Hospital | Laboratory Medicine
Tel (614) 555-0871 | Fax (614) 555-0879

%s""" % (mom, LGH_DISCLAIMER)
    m = build("Dana Whitfield <dwhitfield@%s>" % LGH, "Tom Vasquez <tvasquez@%s>" % DOM,
              "Directed donors - Castillo", body, d,
              cc="Hospital Services <hospitalservices@%s>" % DOM)
    return m, "Ava Castillo"


@reg("phi", "care")
def care_voicemail():
    d = when(4, 16, 14)
    caller = ph_dash()
    vm = """You have a new voicemail.

From:      +1 %s
Received:  %s
Duration:  0:48
Mailbox:   5140 (Elm St Front Desk)

Transcription (may be inaccurate):
"Hi this is Priya Natarajan, I um I donate platelets on Thursdays at the Elm Street one, I just started a new pill from my doctor last week and I wasn't sure if that's okay, I'll bring the bottle Thursday so the nurse can look at it, but if I shouldn't even come in just call me back at %s, thanks, bye."

To listen, dial 5100 from any office phone or open the attached audio in the portal.
This message was generated automatically by Riverbend Unified Voice. Do not reply.""" % (
        caller, (d - dt.timedelta(minutes=27)).strftime("%a %m/%d/%Y %-I:%M %p"), caller)
    body = """Can someone from donor care call her back before Thurs? She's on the 4:30 slot. -Tasha

-----Original Message-----
From: Riverbend Unified Voice <no-reply-voicemail@%s>
Sent: %s
To: elmst-frontdesk@%s
Subject: New voicemail from +1 %s (0:48)

%s""" % (DOM, outlook_date(d - dt.timedelta(minutes=26)), DOM, caller, vm)
    m = build('"Greene, Tasha" <tgreene@%s>' % DOM, "donorcare@%s" % DOM,
              "FW: New voicemail from +1 %s (0:48)" % caller, body, d)
    return m, "Priya Natarajan"


# =====================================================================
#                              PHI : ids
# =====================================================================
@reg("phi", "ids")
def ids_lookback():
    d = when(2, 12, 16)
    unit = din()
    mrn = digits(8)
    case = "TR-24-%04d" % random.randint(100, 999)
    body = """Tom / Reference Lab,

Following up on my call this afternoon. Suspected septic transfusion reaction, details below. Please quarantine any co-components from this collection and let us know what you need from us.

  Recipient MRN:     %s
  Unit:              %s   (RBC, AS-1, LR)
  Issued/transfused: 02/11/2024 21:40
  Our case #:        %s

Recipient spiked to 39.4 with rigors about 40 min in; transfusion stopped, bag returned to the lab intact and sent for culture along with recipient blood cultures x2. Attending is aware.

Will send the completed reaction investigation form tomorrow AM.

Dana Whitfield, MLS(ASCP)CM
Transfusion Service Supervisor
Lakeshore General Hospital
Tel (614) 555-0871 | Fax (614) 555-0879

%s""" % (mrn, unit, case, LGH_DISCLAIMER)
    m = build("Dana Whitfield <dwhitfield@%s>" % LGH,
              ["Tom Vasquez <tvasquez@%s>" % DOM, "reflab@%s" % DOM],
              "Suspected septic reaction - unit %s" % unit, body, d,
              cc="Dr. Alan Whitlock <awhitlock@%s>" % DOM)
    return m, ""


@reg("phi", "ids")
def ids_billing_account():
    d = when(4, 9, 11)
    acct = "%s-%d" % (digits(7), random.randint(1, 9))
    unit = din()
    body = """Good morning,

Patient account %s, DOS 03/14/2024. The guarantor is disputing the line for irradiated apheresis platelets (rev code 0390) and says she was told only one unit was given, but our charge capture shows two. Can you send the product invoice detail for the shipment that included unit %s so we can match issue times?

Our account notes say the disputed balance is $1,846.00 after the plan paid. I need to respond to the patient by 4/19.

Thank you,
Renee Albright
Patient Financial Services | St. Agnes Medical Center
P: (614) 555-0333 ext 4410""" % (acct, unit)
    m = build("Renee Albright <ralbright@%s>" % SAM, "billing@%s" % DOM,
              "Invoice detail request - acct %s" % acct, body, d)
    return m, ""


@reg("phi", "ids")
def ids_deferral_update():
    d = when(5, 8, 10)
    donor = digits(7)
    body = """Donor %s (DOB 04/19/1988) called the front desk -- back from Ghana on 5/2 (work trip, Accra + Kumasi). Didn't take the prophylaxis the whole time.

Please key the malaria travel deferral, 3 months from return, eligible again 08/03/2024. She has a standing appt on 5/25 that needs to be cancelled -- I already told her over the phone.

Thx,
JM

Jolene Marsh
Donor Records Specialist""" % donor
    m = build("Jolene Marsh <jmarsh@%s>" % DOM, "donor-records@%s" % DOM,
              "deferral update %s" % donor, body, d)
    return m, ""


@reg("phi", "ids")
def ids_reactive_internal():
    d = when(4, 23, 15)
    unit = din()
    donor = digits(7)
    acc = "RL-%06d" % random.randint(100000, 999999)
    body = """All,

Donor ID %s / DIN %s

Confirmatory is back from the reference lab (acc %s): HCV NAT reactive, anti-HCV supplemental positive.

- Permanent deferral entered in the BECS 4/23.
- Notification letter #2 sent certified mail 4/22 to the address on file. 1st phone attempt 4/23 11:05, no answer, no VM set up.
- All components from this collection were destroyed; no prior donations in the lookback window were distributed (last donation 2019).

Front desk / scheduling: if this donor calls or tries to book, do NOT discuss results -- please transfer to me or Dr. Whitlock.

Paula Jaworski, RN
Donor Notification & Counseling
Riverbend Regional Blood Center | (614) 555-0147

%s""" % (donor, unit, acc, DISCLAIMER)
    m = build("Paula Jaworski <pjaworski@%s>" % DOM,
              ["donor-records@%s" % DOM, "scheduling-leads@%s" % DOM],
              "DIN %s - confirmatory back" % unit, body, d,
              cc="Dr. Alan Whitlock <awhitlock@%s>" % DOM)
    return m, ""


@reg("phi", "ids")
def ids_claim():
    d = when(5, 20, 14)
    claim = "GL-2024-%06d" % random.randint(10000, 99999)
    body = """Ms. Ferraro,

RE:   Claim No. %s
      Claimant DOB: 11/02/1979
      Date of Loss: 04/03/2024
      Location: Kessler Automotive Group blood drive (mobile unit #3)

We have received the orthopedic office notes dated 05/09/2024. The claimant continues to report numbness and tingling in the right forearm and hand following the venipuncture and has been referred for nerve conduction studies. Claimant has been off work since 04/22.

To continue our evaluation please forward at your earliest convenience:
  1. The phlebotomist's incident / adverse event report
  2. The donation record for 04/03/2024 including arm used and needle insertion notes
  3. Any follow-up call notes by your donor care nurses

Please reference the claim number on all correspondence.

Regards,

Bradley Quint
Senior Claims Adjuster, General Liability
Granite Mutual Insurance Company
P.O. Box 4400, Dayton, OH 45401
Direct: (937) 555-0212 | Fax: (937) 555-0299""" % claim
    m = build("Bradley Quint <bquint@granitemutual-ins.com>", "Sheila Ferraro <sferraro@%s>" % DOM,
              "Claim %s - records request" % claim, body, d)
    return m, ""


@reg("phi", "ids")
def ids_plasma_protein():
    d = when(7, 2, 12)
    pid = "PL-%06d" % random.randint(300000, 399999)
    body = """Donor %s (J. Whitcombe) -- total protein 5.8 today, that's the third low reading in a row (6.0 on 6/18, 5.9 on 6/25).

Per SOP DC-114 I've put an 8-week hold on and referred to the MD for review. Please do NOT let the front desk override the hold like last time, the note is in the flag field.

-Kim

Sent from my iPhone""" % pid
    m = build("Kim Seo-yeon <kseo@%s>" % DOM, "plasma-center-leads@%s" % DOM,
              "%s hold" % pid, body, d)
    return m, "J. Whitcombe"


@reg("phi", "ids")
def ids_crossmatch():
    d = when(6, 18, 8)
    mrn = "00" + digits(6)
    order = "LGH-BB-%05d" % random.randint(10000, 99999)
    body = """Hospital Services,

Antigen-negative request, please confirm receipt:

MRN: %s
DOB: 08/30/1956
Antibodies: anti-K, anti-E (new anti-E this admission)
Need: 2 units RBC, K-neg E-neg, ABO O or A compatible
Needed by: 06/20/2024 06:00 (OR first case)
Order #: %s

Please call the blood bank bench at (614) 555-0875 with ETA. Thank you!

Kayla -- Lakeshore Blood Bank, 2nd shift""" % (mrn, order)
    m = build("LGH Blood Bank <bloodbank@%s>" % LGH, "hospitalservices@%s" % DOM,
              "STAT-ish antigen neg request %s" % order, body, d)
    return m, ""


@reg("phi", "ids")
def ids_thread_thin():
    d0 = when(3, 27, 9)
    d = when(3, 27, 13)
    donor = digits(7)
    orig = """Dr. W -- donor %s, her 3/14 visit ALT came back elevated again (2nd time this year). Ok to defer? Want me to send the standard letter?

Henry""" % donor
    body = """Yes, indefinite deferral, send the standard letter and suggest she follow up with her PCP. Copy me on it.

AW

On %s, Henry Liu <hliu@%s> wrote:
%s""" % (long_date(d0), DOM, quote(orig))
    m = build("Alan Whitlock MD <awhitlock@%s>" % DOM, "Henry Liu <hliu@%s>" % DOM,
              "Re: donor %s" % donor, body, d)
    return m, ""


# =====================================================================
#                              PHI : lang
# =====================================================================
@reg("phi", "lang")
def lang_spanish():
    d = when(3, 30, 19)
    donor = digits(7)
    cel = ph()
    body = """Buenas tardes,

Me llamo Rosa Elena Villarreal y tengo cita para donar sangre el jueves 4 de abril a las 4:30 en el centro de la calle Alder. Acabo de regresar de visitar a mi familia en Escuintla, Guatemala (estuve allá del 2 al 28 de marzo). Mi prima me dijo que por el viaje a lo mejor no me dejan donar por lo del paludismo. ¿Es cierto? No quiero ir y perder el tiempo, tengo que pedir permiso en el trabajo.

También le quería preguntar: ahora tomo losartán para la presión, me lo recetó el doctor en enero. ¿Eso afecta para donar?

Mi fecha de nacimiento es 09/03/1974 y mi número de donante es %s. Me pueden llamar al %s después de las 5.

Muchas gracias y bendiciones,
Rosa Villarreal""" % (donor, cel)
    m = build("Rosa Villarreal <rosaevillarreal@correo-example.com>", "info@%s" % DOM,
              "Pregunta sobre mi cita para donar sangre", body, d)
    return m, "Rosa Elena Villarreal"


@reg("phi", "lang")
def lang_vietnamese():
    d = when(5, 13, 20)
    cel = ph()
    body = """Chào anh chị,

Tôi là Nguyễn Thị Hạnh, con gái của bà Trần Thị Lan (sinh năm 1961). Hôm thứ Bảy vừa rồi (11/5) mẹ tôi đi hiến máu ở nhà thờ Thánh Giuse trên đường Maple. Về đến nhà mẹ bị chóng mặt, buồn nôn, phải nằm nghỉ cả buổi chiều. Tay trái chỗ chích kim bị bầm tím rất lớn, bây giờ vẫn còn sưng và đau.

Hôm nay mẹ đỡ hơn nhưng vẫn còn mệt. Mẹ tôi không nói được tiếng Anh nhiều nên tôi viết thay. Xin cho biết mẹ nên làm gì, có cần đi khám bác sĩ không? Lần sau mẹ có nên hiến máu nữa không?

Số điện thoại của tôi là %s, anh chị có thể gọi sau 6 giờ tối.

Cảm ơn anh chị nhiều,
Hạnh""" % cel
    m = build("Hanh Nguyen <hanh.nguyen.t@webpost-example.net>", "donorcare@%s" % DOM,
              "Mẹ tôi bị chóng mặt sau khi hiến máu", body, d)
    return m, "Trần Thị Lan"


@reg("phi", "lang")
def lang_chinese():
    d = when(5, 21, 12)
    donor = digits(7)
    cel = ph()
    body = """您好，

我是王丽娟。上周六（5月18日）我在华人社区中心门口的献血车献血，护士给我扎手指测了血红蛋白，说只有11.9，不够12.5，所以这次不能献。

想请问：
1. 我要等多久才能再来献血？
2. 需不需要吃补铁的药？吃哪一种比较好？
3. 我平时月经量比较多，这个有关系吗？

我的献血者编号是 %s，出生日期1990年7月2日。方便的话请打我手机 %s，或者回邮件也可以。

谢谢！
王丽娟
""" % (donor, cel)
    m = build("Wang Lijuan <wanglj1990@inbox-example.com>", "info@%s" % DOM,
              "关于我的血红蛋白偏低，什么时候可以再献血？", body, d, cte="base64")
    return m, "王丽娟"


@reg("phi", "lang")
def lang_russian():
    d = when(6, 3, 10)
    cel = ph()
    body = """Здравствуйте!

Меня зовут Игорь Петренко, дата рождения 14.11.1967. Я записан на сдачу плазмы на 12 июня в 9:00 в центре на Риверсайд.

Месяц назад уролог назначил мне финастерид (Проскар) от простаты. Медсестра по телефону сказала, что с этим лекарством сдавать нельзя. Это правда? Сколько нужно ждать после того, как я перестану его принимать? Врач говорит, что можно будет прекратить через пару месяцев.

Если мне нельзя приходить 12-го, пожалуйста, отмените запись, чтобы я не занимал место.

Заранее спасибо.
Игорь Петренко
тел. %s""" % cel
    m = build("Igor Petrenko <i.petrenko67@postbox-example.net>", "plasma@%s" % DOM,
              "Вопрос о лекарстве перед сдачей плазмы", body, d, cte="quoted-printable")
    return m, "Игорь Петренко"


@reg("phi", "lang")
def lang_creole():
    d = when(4, 19, 18)
    cel = ph()
    body = """Bonjou,

Mwen rele Jean-Robert Pierre-Louis. Mwen te bay san nan legliz Sentespri a sou lari Oak jou 3 avril la. Jodi a mwen resevwa yon lèt nan men nou ki di tès mwen pou epatit B la "reyaktif" epi mwen pa ka bay san ankò.

Mwen pa konprann sa sa vle di. Èske mwen malad? Èske se yon erè? Madanm mwen ak de pitit mwen yo, èske yo bezwen fè tès tou? Mwen pè anpil.

Tanpri rele m nan %s apre 4è nan aprèmidi. Mwen pale kreyòl, yon ti kras angle. Si nou gen yon moun ki pale kreyòl sa t ap bon.

Mèsi anpil,
Jean-Robert Pierre-Louis
Dat nesans: 22/07/1982""" % cel
    m = build("Jean-Robert Pierre-Louis <jrpierrelouis@mailhub-example.com>", "donorcare@%s" % DOM,
              "Lèt mwen resevwa a sou tès san an", body, d)
    return m, "Jean-Robert Pierre-Louis"


@reg("phi", "lang")
def lang_tagalog():
    d = when(5, 23, 8)
    body = """Hi Ate Marites,

Yung donor kahapon sa Bayside Community College drive, si Mr. Ricardo Dizon (DOB 02/15/1985), nahilo siya at nag-faint pagkatapos ng mga 400 mL. Tinanggal agad ang needle, tinaas namin ang paa niya at binigyan ng juice at crackers, okay na siya after mga 20 minutes. Hindi na namin tinuloy ang collection, QNS yung unit.

Tinawagan ko siya kaninang umaga, medyo masakit pa daw ang braso at may konting pasa pero wala nang hilo. Sabi ko uminom ng maraming tubig at huwag muna magbuhat ng mabigat.

Pakilagay na lang sa reaction log at i-flag sa profile niya para sa susunod na visit -- recline agad at bigyan ng tubig bago mag-start. Gusto pa rin daw niya bumalik, sabi ko after 8 weeks.

Salamat po!
Joy

Joy Macaraeg, LPN
Mobile Team 1""" 
    m = build("Joy Macaraeg <jmacaraeg@%s>" % DOM, "Marites Santos <msantos@%s>" % DOM,
              "Re: donor reaction sa Bayside drive 5/22", body, d)
    return m, "Ricardo Dizon"


@reg("phi", "lang")
def lang_portuguese():
    d = when(5, 9, 21)
    donor = "PL-%06d" % random.randint(300000, 399999)
    body = """Olá, aqui é a Fernanda Ribeiro Costa.

Eu doo plasma toda segunda-feira na unidade de Riverside. Na última doação (dia 6) ficou um hematoma enorme no braço direito, pegou quase o cotovelo todo, e ainda está roxo e dolorido. Fiz compressa de gelo como a enfermeira falou.

Posso remarcar a doação desta segunda (13) para a semana que vem e usar o braço esquerdo? Não quero perder o bônus do mês.

Meu número de doadora é %s.

Obrigada,
Fernanda

Enviado do meu celular""" % donor
    m = build("Fernanda Costa <fer.ribeirocosta@correo-example.com>", "plasma@%s" % DOM,
              "Remarcar doação de plasma - braço roxo", body, d)
    return m, "Fernanda Ribeiro Costa"


@reg("phi", "lang")
def lang_korean():
    d = when(6, 4, 22)
    cel = ph()
    body = """안녕하세요, 김민준입니다.

다음 주 화요일(6월 11일) 오후 2시에 엘름 스트리트 센터 혈소판 헌혈 예약이 되어 있는데요, 문의드릴 게 있어서 메일 드립니다.

1. 3주 전에 왼쪽 팔에 타투를 했습니다 (시내에 있는 정식 업체에서 했어요). 이 경우에도 헌혈이 가능한가요?
2. 지난번 헌혈 때 중간에 입술이랑 손끝이 저리는 느낌이 있었어요. 간호사분이 칼슘(텀스)을 주셔서 괜찮아졌는데, 이번에도 미리 주실 수 있을까요?

생년월일은 1993년 4월 27일이고, 연락처는 %s 입니다.
불가능하면 예약을 다음 달로 옮겨 주셔도 됩니다.

감사합니다.
김민준 드림""" % cel
    m = build("Minjun Kim <minjun.kim93@webpost-example.net>", "apheresis-scheduling@%s" % DOM,
              "혈소판 헌혈 예약 문의 (6/11)", body, d, cte="base64")
    return m, "김민준"


# =====================================================================
#                              PHI : lists
# =====================================================================
def rdob(y0=1950, y1=2005):
    return "%02d/%02d/%d" % (random.randint(1, 12), random.randint(1, 28), random.randint(y0, y1))


@reg("phi", "lists")
def lists_drive_deferrals():
    d = when(5, 17, 17)
    rows = [
        ("Brooks, Terrence", "Hgb 12.6 (min 13.0)", "06/14/2024", (2005, 2006)),
        ("Halvorsen, Ingrid", "travel - Haiti (malaria)", "08/10/2024", (1975, 1985)),
        ("Oduya, Samuel", "BP 186/102", "--", (1962, 1970)),
        ("Pearce, Madison", "age 16, no parent consent form", "--", "03/11/2008"),
        ("Lindgren, Carl", "on Eliquis", "med review", (1955, 1962)),
        ("Vu, Thanh", "tattoo 4/30 unlicensed shop", "08/01/2024", (2005, 2006)),
    ]
    lines = ["Name                | DOB        | Donor #  | Reason                         | Until",
             "--------------------+------------+----------+--------------------------------+-----------"]
    for n, r, u, yr in rows:
        lines.append("%-19s | %-10s | %-8s | %-30s | %s" % (n, yr if isinstance(yr, str) else rdob(*yr), digits(7), r, u))
    body = """Hi Jolene,

Cedar Crest Christian Academy drive, 5/17. 41 registered / 33 collected / 6 deferred. Here are the deferrals that didn't get keyed on the tablet because the wifi on the bus was down again:

%s

Paper DHQs are in the red folder in the drop box. Pearce's mom said she'd bring the consent form to the school office next week for the fall drive.

Thanks,
Darnell

Darnell Hughes
Mobile Operations Supervisor
Riverbend Regional Blood Center | C: %s""" % ("\n".join(lines), ph())
    m = build("Darnell Hughes <dhughes@%s>" % DOM, "Jolene Marsh <jmarsh@%s>" % DOM,
              "CCCA 5/17 deferrals to key", body, d)
    return m, "; ".join(r[0] for r in rows)


@reg("phi", "lists")
def lists_low_hgb_csv():
    d = when(7, 8, 9)
    people = [("Ahmed", "Nadia", "F"), ("Bellamy", "Chris", "M"), ("Castro", "Yesenia", "F"),
              ("Dorsey", "Leah", "F"), ("Engstrom", "Paul", "M"), ("Fofana", "Aminata", "F"),
              ("Greaves", "Holly", "F"), ("Huang", "Mei", "F"), ("Ibarra", "Luis", "M")]
    sites = ["Elm St", "Cedar Park", "Mobile-Team 2", "Riverside", "Mobile-Team 1"]
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["donor_id", "last_name", "first_name", "sex", "dob", "phone", "hgb_g_dL",
                "collection_site", "visit_date", "callback_after"])
    for last, first, sex in people:
        hgb = round(random.uniform(11.2, 12.4) if sex == "F" else random.uniform(11.8, 12.9), 1)
        w.writerow([digits(7), last, first, sex, rdob(1960, 2004), ph_dash(), hgb,
                    random.choice(sites), "07/%02d/2024" % random.randint(1, 6),
                    "09/%02d/2024" % random.randint(1, 28)])
    body = """Carla -

Attached is this week's low-Hgb callback file (9 donors, 7/1-7/6). Same as usual: iron handout by mail, flag for callback after the date in the last column. Ms. Fofana asked for a call in French if possible.

Thanks,
Henry

Henry Liu | QA / Donor Eligibility Analyst"""
    m = build("Henry Liu <hliu@%s>" % DOM, "Carla Mendes <cmendes@%s>" % DOM,
              "low Hgb callbacks wk of 7/1", body, d,
              attachments=[(out.getvalue(), "text/csv", "lowHgb_callbacks_2024-07-01.csv")])
    return m, "; ".join("%s %s" % (f, l) for l, f, s in people)


@reg("phi", "lists")
def lists_reactive_weekly():
    d = when(4, 29, 8)
    rows = [
        ("Marlowe, Jessica", "HBsAg", "RR", "Neut POS"),
        ("Tillman, Roger", "anti-HBc", "RR", "n/a"),
        ("Abiodun, Femi", "Chagas", "RR", "pending"),
        ("Sorensen, Kai", "Syphilis (TP)", "RR", "RPR neg"),
        ("Delgado-Ruiz, Ana", "WNV NAT", "R", "pending"),
    ]
    lines = ["DIN\tDonor ID\tName\tTest\tScreen\tSupplemental\tLetter sent"]
    for n, t, s, c in rows:
        lines.append("\t".join([din(), digits(7), n, t, s, c, random.choice(["4/24", "4/25", "4/26", "no"])]))
    body = """Dr. Whitlock,

Weekly reactive summary for 4/22-4/27 pasted below (from the tracking sheet). Two still pending supplemental. Ms. Delgado-Ruiz WNV - she called us on her own, she'd had a fever the week after donating, so I'll set up the follow-up sample.

%s

Let me know if you want to go over any of them at Thursday's meeting.

Paula""" % "\n".join(lines)
    m = build("Paula Jaworski <pjaworski@%s>" % DOM, "Alan Whitlock MD <awhitlock@%s>" % DOM,
              "reactive summary wk 4/22", body, d)
    return m, "; ".join(r[0] for r in rows)


@reg("phi", "lists")
def lists_platelet_xlsx():
    d = when(6, 14, 14)
    donors = [("Tran, Linh", "Mon 6/17 07:30", "Double plt", "blanket; Tums midway"),
              ("Okonjo, Peter", "Mon 6/17 10:00", "Triple plt", "L arm only"),
              ("Whitaker, Dale", "Tue 6/18 08:00", "Plt + plasma", "citrate tingling last 2x - slow rate"),
              ("Nakashima, Eri", "Tue 6/18 13:00", "Double plt", "1st time apheresis"),
              ("Stroud, Abigail", "Sat 6/15 09:00", "Plasma", "MD to review new meds first"),
              ("Beaumont, Luc", "Wed 6/19 07:30", "Triple plt", "HLA-typed, hold for LGH"),
              ("Ramsey, Kiara", "Thu 6/20 16:30", "Double plt", "small veins - 17g"),
              ("Hollis, Gerald", "Fri 6/21 09:30", "Double plt", "smaller needle pls")]
    rows = [["Donor", "Donor #", "Phone", "Appt", "Procedure", "Chair", "Notes"]]
    for n, a, p, note in donors:
        rows.append([n, digits(7), ph_dash(), a, p, random.randint(1, 6), note])
    body = """Team,

Next week's apheresis schedule is attached. Pls look at the notes column -- couple of citrate folks and Luc Beaumont's platelets are earmarked for the Lakeshore HLA request, so don't let anyone bump him.

Beth"""
    html = simple_html(body)
    m = build("Beth Lindqvist <blindqvist@%s>" % DOM, "apheresis-rn@%s" % DOM,
              "apheresis sched 6/15-6/21", body, d, html=html,
              attachments=[(make_xlsx(rows, "Week of 6-17"),
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            "Apheresis_Schedule_wk0617.xlsx")])
    return m, "; ".join(x[0] for x in donors)


@reg("phi", "lists")
def lists_reaction_log():
    d = when(6, 3, 11)
    entries = [
        ("Kyle Brandt", "vasovagal w/ LOC, ~10 sec, no injury", "called 5/8, fine"),
        ("Monique Farrell", "hematoma L AC, large", "called 5/10 and 5/15, resolving"),
        ("Ricardo Dizon", "vasovagal, QNS", "called 5/23, sore arm only"),
        ("Trevor Nakamura", "delayed faint at home, went to urgent care", "risk mgmt notified 5/30"),
        ("Ellen Marchetti", "citrate - perioral tingling", "Tums given, resolved on chair"),
        ("Oscar Lindqvist-Reyes", "nausea/vomiting post-donation", "called 5/29, fine"),
    ]
    lines = []
    for n, r, f in entries:
        lines.append("%s - %s - %s - %s" % (n, rdob(1960, 2006), r, f))
    body = """Henry,

May donor reaction log for the QA report. 6 entries, 1 w/ outside medical care (Nakamura).

%s

Totals: 4 mobile / 2 fixed site. Reaction rate for May ~0.3%% of collections, in line w/ last quarter.

Paula Jaworski, RN
Donor Care Nurse""" % "\n".join(lines)
    m = build("Paula Jaworski <pjaworski@%s>" % DOM, "Henry Liu <hliu@%s>" % DOM,
              "May reaction log", body, d, cc="Dr. Alan Whitlock <awhitlock@%s>" % DOM)
    return m, "; ".join(e[0] for e in entries)


@reg("phi", "lists")
def lists_hospital_antibody():
    d = when(7, 11, 7)
    pts = [("GALLOWAY, RUTH A", "anti-Fya", "Fy(a-)", "4N, 5E"),
           ("MENSAH, KWAME", "anti-E, anti-c", "E-, c-", "ICU 12"),
           ("PRZYBYLSKI, ANNA", "anti-Jka", "Jk(a-)", "OR 7/12"),
           ("DUBOIS, MARCEL", "anti-K", "K-", "Onc inf ctr, q2wk"),
           ("HARTLEY, JOAN", "warm auto + anti-S?", "S- pending", "3W, 311")]
    hdr = "%-20s %-10s %-10s %-22s %-12s %s" % ("PATIENT", "MRN", "DOB", "ANTIBODY", "NEED", "LOCATION")
    lines = [hdr, "-" * len(hdr)]
    for n, ab, need, loc in pts:
        lines.append("%-20s %-10s %-10s %-22s %-12s %s" % (n, digits(8), rdob(1935, 1995), ab, need, loc))
    body = """Tom,

Here's our standing list of pts who will need antigen-neg units over the next 2 weeks so you can plan inventory. Mr. Dubois is on a chronic schedule, 2 units every other Tues.

%s

Kayla says Hartley's workup is still in progress; I'll update you when we have the final.

Dana Whitfield, MLS(ASCP)CM
Transfusion Service Supervisor, Lakeshore General Hospital
Tel (614) 555-0871

%s""" % ("\n".join(lines), LGH_DISCLAIMER)
    m = build("Dana Whitfield <dwhitfield@%s>" % LGH, "Tom Vasquez <tvasquez@%s>" % DOM,
              "antigen neg planning list 7/11-7/25", body, d, cc="bloodbank@%s" % LGH)
    return m, "; ".join(p[0] for p in pts)


@reg("phi", "lists")
def lists_deferral_callback_html():
    d = when(6, 26, 10)
    rows = [
        ("Elena Sokolova", "travel - Mexico (Quintana Roo)", "7/02", "email"),
        ("Brandon Keys", "low Hgb x2", "7/05", "text"),
        ("Fatima Yusuf", "antibiotics (dental infection)", "6/28", "call"),
        ("Gregory Tate", "new tattoo", "7/09", "call"),
        ("Sun-Hee Park", "pregnancy - 6 wks postpartum reached", "7/01", "email"),
        ("Darius Whitfield-Cole", "travel - Nigeria", "7/15", "text"),
    ]
    txt = "\n".join("- %s  --  %s  --  eligible %s  --  pref: %s" % r for r in rows)
    body = """Hi recruiters,

Here's the July win-back list: donors whose temporary deferral ends in the next few weeks. Please reach out in the week they become eligible and try to book them into the 7/20 summer blitz at Cedar Park.

%s

Remember not to mention the deferral reason in texts/voicemail - just "you're eligible to donate again!"

Thanks,
Carla""" % txt
    trs = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % tuple(_xesc(x) for x in r) for r in rows)
    html = ("<html><body style='font-family:Arial'><p>Hi recruiters,</p><p>Here's the July win-back list: donors whose "
            "temporary deferral ends in the next few weeks. Please reach out in the week they become eligible and try to "
            "book them into the 7/20 summer blitz at Cedar Park.</p><table border='1' cellpadding='4' cellspacing='0'>"
            "<tr><th>Donor</th><th>Deferral</th><th>Eligible</th><th>Contact pref</th></tr>%s</table>"
            "<p>Remember not to mention the deferral reason in texts/voicemail - just &quot;you're eligible to donate "
            "again!&quot;</p><p>Thanks,<br>Carla</p></body></html>" % trs)
    m = build("Carla Mendes <cmendes@%s>" % DOM, "recruitment-team@%s" % DOM,
              "July win-back list", body, d, html=html)
    return m, "; ".join(r[0] for r in rows)


# =====================================================================
#                              PHI : names
# =====================================================================
@reg("phi", "names")
def names_subject_only():
    d = when(4, 25, 14)
    body = """She's called 3x today about the letter and is really upset -- she thinks we told her she has HIV. (It was the HTLV screen, indeterminate, not confirmed.) I tried to explain that it's not a diagnosis but she wants to talk to a doctor.

Can Dr. Whitlock or Paula call her back before 5? Cell on file is the best #. She's home all afternoon.

Thanks - Tasha"""
    m = build('"Greene, Tasha" <tgreene@%s>' % DOM, ["Paula Jaworski <pjaworski@%s>" % DOM],
              "Mrs. Kowalczyk - pls call back today", body, d,
              cc="Alan Whitlock MD <awhitlock@%s>" % DOM)
    return m, "Mrs. Kowalczyk"


@reg("phi", "names")
def names_first_only():
    d = when(5, 2, 16)
    body = """Paula,

Tomas fainted again at the Ridgeline plant drive today -- that's twice this year (Jan and now). Tall guy from shipping, always wears the Steelers hat, you probably remember him. He went down right as we pulled the needle, was out maybe 5 seconds, came around fine, no injury. BP was low-ish before, 104/62, but in range.

He really wants to keep donating because his brother got a lot of blood after his accident. Can you give him a call and talk through whether he should be switched to the reclined-from-the-start protocol or whether we should just defer him for a while? I don't want him getting hurt on my bus.

Darnell

Sent from my Galaxy"""
    m = build("Darnell Hughes <dhughes@%s>" % DOM, "Paula Jaworski <pjaworski@%s>" % DOM,
              "Ridgeline drive - repeat faint", body, d)
    return m, "Tomas"


@reg("phi", "names")
def names_last_first():
    d = when(6, 19, 9)
    body = """Ferreira, Daniel -- sent him home this morning. Pre-count was 142 and with his weight the machine wouldn't let us set up even a single. His counts have been trending down the last three visits (218, 190, 165, now 142). He said he's been more tired lately and had a couple nosebleeds this month.

I told him it's probably nothing but he should show his doctor the numbers, and gave him the printout. Dr. Whitlock, can you take a look before we let him back on the schedule? I put a hold on his standing Wed slot.

Beth"""
    m = build("Beth Lindqvist <blindqvist@%s>" % DOM, "Alan Whitlock MD <awhitlock@%s>" % DOM,
              "Ferreira, Daniel - low pre-count, sent home", body, d)
    return m, "Daniel Ferreira"


@reg("phi", "names")
def names_nickname():
    d = when(7, 15, 12)
    body = """Good news everybody -- Big Mike is back!! Dr. W cleared Michael Dunleavy to donate again now that he's 6 weeks out from the knee replacement and off the blood thinners they put him on after.

He's booked Friday 7/19 at 10 for double platelets, chair 1 (he needs the one with the extra leg room, and he'll want to keep the knee propped up -- bring a pillow). He's 1 donation away from his 250th, so if anyone wants to get a card going, now's the time.

Beth"""
    m = build("Beth Lindqvist <blindqvist@%s>" % DOM, "elmst-staff@%s" % DOM,
              "Big Mike is back!", body, d)
    return m, "Michael Dunleavy"


@reg("phi", "names")
def names_deep_quote():
    d1 = when(3, 18, 9)
    d2 = when(3, 18, 13)
    d3 = when(3, 19, 8)
    d = when(3, 19, 10)
    m1 = """Hi Darnell,

Just confirming for the Grace Fellowship drive on 4/6. Fellowship hall is reserved 8-2, we'll have the coffee going. Do you need the side door unlocked for the bus power hookup? Last year someone had to go find the custodian.

Also -- btw Janet Greer from our choir asked if she can give while on the blood thinner her cardiologist started her on in March (after the AFib thing). I told her I'd find out for her. Her number is %s if someone can call.

Blessings,
Linda Marsh
Missions Committee, Grace Fellowship Church""" % ph()
    m2 = """Hi Linda, yes please on the side door -- the bus needs the 50A outlet by the kitchen. I'll forward the other question to our nurses.

Darnell"""
    m3 = """Linda - let's do 40 slots, 8:30-1:30, 10 min intervals. I'll send the sign-up link Wed. Posters are going out in the mail today.

Megan"""
    lvl3 = "%s\n\nOn %s, Linda Marsh <lmarsh.gfc@churchmail-example.org> wrote:\n%s" % (
        m2, long_date(d1), quote(m1))
    lvl2 = "%s\n\nOn %s, Darnell Hughes <dhughes@%s> wrote:\n%s" % (
        m3, long_date(d2), DOM, quote(lvl3))
    body = """Sounds good. One more thing - can we get 2 extra canteen volunteers? Last time the line backed up.

Linda

On %s, Megan O'Rourke <mororourke@%s> wrote:
%s
""" % (long_date(d3), DOM, quote(lvl2))
    m = build("Linda Marsh <lmarsh.gfc@churchmail-example.org>",
              ["Megan O'Rourke <mororourke@%s>" % DOM, "Darnell Hughes <dhughes@%s>" % DOM],
              "Re: Grace Fellowship drive 4/6", body, d)
    return m, "Janet Greer"


@reg("phi", "names")
def names_lookback_prose():
    d = when(4, 2, 15)
    body = """Henry,

Closing the loop on the March lookback: Mr. Okonkwo's repeat sample came back negative on both the NAT and the antibody, so the original reactive HBsAg looks like a false positive. His earlier unit from the church drive went to Lakeshore and was transfused in February -- I've already called Dana and they're not pursuing recipient notification given the negative confirmatory.

He's still on the deferral per the algorithm; I'd like to re-enter him at 8 weeks after a re-test. Can you put that in the tracking and send him the re-entry letter? Paula will do the call, he was pretty anxious the first time.

Alan

Alan Whitlock, MD
Medical Director
Riverbend Regional Blood Center"""
    m = build("Alan Whitlock MD <awhitlock@%s>" % DOM, "Henry Liu <hliu@%s>" % DOM,
              "March lookback - closing", body, d, cc="Paula Jaworski <pjaworski@%s>" % DOM)
    return m, "Mr. Okonkwo"


@reg("phi", "names")
def names_sponsor_employee():
    d = when(5, 10, 11)
    body = """Hi Carla,

Heads up before the Kessler Automotive summer drive. I met with Dana Pruett (their HR lead) this morning. Apparently one of their guys, Kyle Brandt, passed out after donating at the last drive and hit his shoulder on the way down, and now half the warehouse is scared to sign up. She said Kyle is totally fine now and actually wants to donate again, but she asked if we could do something to reassure people.

I was thinking we could have one of the nurses do a short "what to expect" at their safety huddle, and make sure Kyle gets the first-time-faint precautions (lie back early, extra fluids) -- maybe Paula could call him ahead of time?

Also they want to move the date from 7/9 to 7/16. I'll confirm with mobile ops.

Thanks!
Megan"""
    m = build("Megan O'Rourke <mororourke@%s>" % DOM, "Carla Mendes <cmendes@%s>" % DOM,
              "Kessler drive - worried employees", body, d)
    return m, "Kyle Brandt"


@reg("phi", "names")
def names_hematoma():
    d = when(5, 14, 17)
    body = """Hi Marites,

Incident note from today so it's in before I leave:

Mrs. Abernathy-Cole (whole blood, Riverside site, 1:40 appt) -- 2nd stick after the first one didn't flash. By the time she got to the canteen she had a hematoma about the size of a golf ball above the R antecubital. Cold pack applied, arm elevated, pressure 10 min, gave her the bruise care sheet. She was a good sport but said her husband is going to "have words" with us because she bruises easily since she started her arthritis meds.

I told her a nurse would call her tomorrow to check on it. Can you assign that? Her cell is in the record.

Thanks,
Andre

Andre Whitmore, CPT
Phlebotomist II, Riverside Donor Center"""
    m = build("Andre Whitmore <awhitmore@%s>" % DOM, "Marites Santos <msantos@%s>" % DOM,
              "hematoma - Riverside 5/14", body, d)
    return m, "Mrs. Abernathy-Cole"


# =====================================================================
#                              PHI : self
# =====================================================================
@reg("phi", "self")
def self_lowiron_phone():
    d = when(2, 11, 20)
    body = """hi so i tried to donate yesterday at the cedar park center and they said my iron was too low (11.8?) and i had to leave :( what should i be eating and when can i come back?? i've been vegetarian since last summer if that matters. my next appt is feb 24, should i cancel it

thanks
becca

Sent from my iPhone"""
    m = build("Rebecca Stahl <beccastahl22@pinemail-example.com>", "info@%s" % DOM,
              "iron too low??", body, d)
    return m, "Rebecca Stahl"


@reg("phi", "self")
def self_post_donation_fever():
    d = when(3, 5, 7)
    cel = ph()
    body = """Hello,

I donated whole blood on Saturday 3/2 at the Northgate Mall bloodmobile. The nurse told me to call or email if I got sick in the days after, so I'm letting you know: I came down with a fever (101.8) and a sore throat Monday night, two days after donating. My doctor did a strep test this morning and it was positive, I'm on amoxicillin now.

I don't know if that affects my blood but I wanted to let you know in case you need to pull it. I think my donation number sticker said something like W0421 24 0..., I didn't keep it.

Chris Halvorsen
DOB 06/12/1991
%s""" % cel
    m = build("Chris Halvorsen <chalvorsen@northmail-example.net>", "donorcare@%s" % DOM,
              "Got sick after donating on Saturday", body, d)
    return m, "Chris Halvorsen"


@reg("phi", "self")
def self_reactive_letter():
    d = when(4, 27, 22)
    d0 = when(4, 26, 10)
    body = """To whom it may concern,

I received your letter dated April 22 stating that my blood tested "reactive" for hepatitis B core antibody and that I am no longer eligible to donate. I am frankly shocked. I have been donating with Riverbend since 2009 (over 40 donations), I was vaccinated for hepatitis B as a nursing student, and I have never been told I had hepatitis.

I have several questions:

1. Does this mean I have or had hepatitis B? My own doctor says the vaccine shouldn't cause this result.
2. Is this a permanent deferral or can I be re-tested?
3. Should my husband and children be tested?
4. Were any of my prior donations affected, and will recipients be contacted?

I would appreciate speaking with your medical director rather than receiving another form letter. I am available any weekday after 3:30. My donor number is on the letter (ending 4471).

Sincerely,

Denise M. Caldwell, RN
%s

-----Original Message-----
From: Donor Notification <notifications@%s>
Sent: %s
To: dcaldwell.rn@homewire-example.net
Subject: Important information about your recent donation

Dear Donor, please see the secure letter mailed to your address on file regarding your donation on 04/09/2024. Please call 1-800-555-0133 option 4 to speak with a donor counselor.""" % (ph(), DOM, outlook_date(d0))
    m = build("Denise Caldwell <dcaldwell.rn@homewire-example.net>", "Donor Notification <notifications@%s>" % DOM,
              "RE: Important information about your recent donation", body, d)
    return m, "Denise M. Caldwell"


@reg("phi", "self")
def self_new_med():
    d = when(6, 2, 8)
    body = """Hey, Walt Jeffries here - I do platelets every other Wednesday at Elm. Had a stent put in last week (heart's fine now, they say) and the cardiologist put me on Plavix + baby aspirin for a year. Guessing that's a no-go for platelets?? Can I still do plasma or whole blood? Please cancel my 6/5 if I can't come.

Walt
Sent from my phone, excuse typos"""
    m = build("walt jeffries <wjeffries1958@pinemail-example.com>", "apheresis-scheduling@%s" % DOM,
              "stent + plavix - cancel 6/5?", body, d)
    return m, "Walt Jeffries"


@reg("phi", "self")
def self_travel():
    d = when(2, 20, 13)
    body = """Hi there,

I have a whole blood appointment on March 4 at the Riverside center, but I'm traveling to Kenya (Nairobi and then a week near Kisumu) from March 10 to March 29 for a research project. I'll be taking malaria prophylaxis (atovaquone-proguanil) starting a couple days before.

Two questions:
- Is it ok to keep my March 4 appointment since it's before the trip?
- When I'm back, how long do I have to wait? I'm also on your list for the Duffy-negative / rare donor program so I'd like to get back as soon as I'm allowed.

Thanks so much,
Anjali Mehra
(donor since 2017)"""
    m = build("Anjali Mehra <anjali.mehra@univ-mail-example.org>", "info@%s" % DOM,
              "Upcoming travel to Kenya - appointment question", body, d)
    return m, "Anjali Mehra"


@reg("phi", "self")
def self_employee_needlestick():
    d = when(6, 10, 15)
    body = """Hi Lorraine,

Just a reminder to myself and you -- I'm due for my 6-week follow-up bloodwork from the needlestick on 4/30 (the one at the Kessler drive). Occupational health at St. Agnes said they'd see me this Friday 6/14 at 8am, so I'll be in late, around 10. The source donor's results all came back negative so hopefully this is the last round but they want the 6 wk and 3 month draws anyway.

Also is the workers comp paperwork all set on your end? I got a bill from the ER for $280 that I think was supposed to go to the carrier, I'll drop it on your desk.

Thanks,
Sam Ortiz
Phlebotomist I, Mobile Team 1"""
    m = build("Sam Ortiz <sortiz@%s>" % DOM, "Lorraine Fitch <lfitch@%s>" % DOM,
              "6 wk f/u bloodwork Fri - will be in late", body, d)
    return m, "Sam Ortiz"


@reg("phi", "self")
def self_urgent_care_bill():
    d = when(5, 28, 19)
    acct = "UC-" + digits(8)
    pdf = make_pdf([
        "NORTHSIDE URGENT CARE - PATIENT STATEMENT",
        "",
        "Patient: Trevor Nakamura          Account: %s" % acct,
        "DOB: 10/03/1998                    Statement date: 05/24/2024",
        "Address: 417 Larkspur Ct, Grove Hill OH 43125",
        "",
        "Date of service: 05/18/2024",
        "  99204  Office visit, new patient, moderate         $285.00",
        "  93000  Electrocardiogram, complete                  $74.00",
        "  J7030  Normal saline 1000 mL                        $53.00",
        "",
        "Insurance paid:                                        $0.00",
        "  (deductible not met - Buckeye Health Plan)",
        "Patient balance due:                                 $412.00",
        "",
        "Reason for visit: syncope after blood donation, dehydration",
    ])
    body = """Hi,

I donated blood at the Lincoln Rec Center drive on May 18 and later that afternoon I passed out at home and hit my chin on the counter. My roommate took me to Northside Urgent Care where they gave me IV fluids and did an EKG. Everything was fine but I got a bill for $412 since I haven't met my deductible.

The nurse I talked to on the phone afterwards (Paula I think) said I could send the bill and someone would look at whether the blood center could help cover it. Statement attached.

Thanks,
Trevor Nakamura
%s""" % ph()
    m = build("Trevor Nakamura <tnakamura98@northmail-example.net>", "donorcare@%s" % DOM,
              "bill from urgent care after donating", body, d,
              attachments=[(pdf, "application/pdf", "Northside_UC_statement_0524.pdf")])
    return m, "Trevor Nakamura"


# =====================================================================
#                              PHI : struct
# =====================================================================
@reg("phi", "struct")
def struct_oru_interface_error():
    d = when(4, 10, 3)
    unit = din().replace(" ", "")
    donor = digits(7)
    ts = "20240410031522"
    hl7 = "\n".join([
        "MSH|^~\\&|NATLAB|CENTRALTESTING|BECS|RIVERBEND|%s||ORU^R01|CTL%s|P|2.5.1" % (ts, digits(8)),
        "PID|1||%s^^^RRBC^DN||HOLLOWAY^MARCUS^J||19790822|M|||2291 Fenwick Rd^^Grove Hill^OH^43125||%s" % (donor, ph_dash("614")),
        "PV1|1|O|MOBILE^TEAM2",
        "ORC|RE|%s|%s" % (unit, unit),
        "OBR|1|%s|%s|IDT^Infectious Disease Panel|||20240408093000" % (unit, unit),
        "OBX|1|ST|HBSAG^HBsAg||Nonreactive||||||F",
        "OBX|2|ST|ANTIHBC^anti-HBc||Nonreactive||||||F",
        "OBX|3|ST|HIV12^anti-HIV-1/2||Nonreactive||||||F",
        "OBX|4|ST|HCV^anti-HCV||Nonreactive||||||F",
        "OBX|5|ST|HTLV^anti-HTLV-I/II||Nonreactive||||||F",
        "OBX|6|ST|NAT^MPX NAT (HIV/HCV/HBV)||Reactive|||A|||P",
        "OBX|7|ST|TP^Syphilis (T. pallidum)||Nonreactive||||||F",
        "NTE|1||Discriminatory NAT to follow; component quarantine required",
    ])
    body = """*** Interface Engine Alert - do not reply ***

Channel:   NATLAB_ORU_IN -> BECS
Severity:  ERROR
Event:     Message rejected by destination (AE): OBX-11 result status 'P' not accepted for release field mapping
Message control id: see MSH-10 below
Retry:     3 of 3 failed; message moved to HOLD queue

Raw message:
%s

Action required: Reference Lab to verify result manually and release in BECS. Quarantine status of the unit was NOT updated automatically.

-- Riverbend Integration Services (Mirth) | ticket auto-opened: INC%07d""" % (hl7, random.randint(1000000, 9999999))
    m = build("Interface Alerts <mirth-alerts@%s>" % DOM, ["reflab@%s" % DOM, "is-oncall@%s" % DOM],
              "[ERROR] NATLAB_ORU_IN message held - ORU^R01", body, d)
    return m, "Marcus J Holloway"


@reg("phi", "struct")
def struct_orm_attachment():
    d = when(6, 18, 8)
    mrn = "00" + digits(6)
    hl7 = "\r\n".join([
        "MSH|^~\\&|SUNQUEST|LGH|RRBC_HS|RIVERBEND|20240618081204||ORM^O01|LGH%s|P|2.3" % digits(9),
        "PID|1||%s^^^LGH^MR||PRZYBYLSKI^ANNA^M||19620314|F|||55 Holcomb St^^Shoreline^OH^43230||%s" % (mrn, ph_dash("614")),
        "PV1|1|I|5E^512^A|||||DR0441^PRUITT^NATHAN",
        "ORC|NW|LGH-BB-%05d||||||||||DR0441^PRUITT^NATHAN" % random.randint(10000, 99999),
        "OBR|1|LGH-BB-%05d||RBCAGNEG^RBC Antigen Negative^L|S|20240618081000" % random.randint(10000, 99999),
        "NTE|1||Anti-Jka identified 06/17. Need 2 units Jk(a-) RBC for OR 07/12.",
        "DG1|1||Z01.818^Encounter for other preprocedural exam^I10",
        "",
    ])
    body = """Hospital Services - our interface to you is still down so I'm sending the order file manually. Please confirm you can fill.

Thanks,
Kayla M. | Lakeshore Blood Bank"""
    m = build("LGH Blood Bank <bloodbank@%s>" % LGH, "hospitalservices@%s" % DOM,
              "order file - interface down", body, d,
              attachments=[(hl7.encode("ascii"), "application/hl7-v2", "ORM_LGH_20240618_0812.hl7")])
    return m, "Anna M Przybylski"


@reg("phi", "struct")
def struct_fhir_app():
    d = when(7, 20, 11)
    pid = "don-" + digits(7)
    bundle = OrderedDict([
        ("resourceType", "Bundle"), ("type", "collection"),
        ("timestamp", "2024-07-20T10:58:31-04:00"),
        ("entry", [
            {"resource": OrderedDict([
                ("resourceType", "Patient"), ("id", pid),
                ("identifier", [{"system": "https://%s/donor-id" % DOM, "value": digits(7)}]),
                ("name", [{"family": "Abernathy", "given": ["Colleen", "R"]}]),
                ("gender", "female"), ("birthDate", "1984-12-05"),
                ("telecom", [{"system": "phone", "value": ph_dash()},
                             {"system": "email", "value": "colleen.abernathy@pinemail-example.com"}]),
                ("address", [{"line": ["903 Quarry Hill Rd"], "city": "Grove Hill", "state": "OH",
                              "postalCode": "43125"}])])},
            {"resource": OrderedDict([
                ("resourceType", "Observation"), ("id", "hgb-" + digits(6)), ("status", "final"),
                ("code", {"coding": [{"system": "http://loinc.org", "code": "718-7",
                                      "display": "Hemoglobin [Mass/volume] in Blood"}]}),
                ("subject", {"reference": "Patient/" + pid}),
                ("effectiveDateTime", "2024-07-20T09:41:00-04:00"),
                ("valueQuantity", {"value": 12.3, "unit": "g/dL"}),
                ("interpretation", [{"text": "Below donation threshold (12.5)"}])])},
            {"resource": OrderedDict([
                ("resourceType", "Observation"), ("id", "bp-" + digits(6)), ("status", "final"),
                ("code", {"coding": [{"system": "http://loinc.org", "code": "85354-9",
                                      "display": "Blood pressure panel"}]}),
                ("subject", {"reference": "Patient/" + pid}),
                ("component", [
                    {"code": {"text": "systolic"}, "valueQuantity": {"value": 118, "unit": "mm[Hg]"}},
                    {"code": {"text": "diastolic"}, "valueQuantity": {"value": 76, "unit": "mm[Hg]"}}])])},
        ])])
    body = """Raj,

Here's the bundle the donor app pushed for the Saturday donor who says her results in "My Donations" show the wrong date. The effectiveDateTime looks right to me (9:41 this morning) so I think it's the app display converting to UTC. Can you check with the vendor?

Attached the JSON as it came out of the FHIR endpoint.

- Henry"""
    m = build("Henry Liu <hliu@%s>" % DOM, "Raj Patel <rpatel@%s>" % DOM,
              "donor app - wrong date on Hgb result", body, d,
              attachments=[(json.dumps(bundle, indent=2), "application/fhir+json", "bundle_%s.json" % pid)])
    return m, "Colleen R Abernathy"


@reg("phi", "struct")
def struct_837p():
    d = when(5, 3, 14)
    ctl = "%09d" % random.randint(1, 999999999)
    mem = "BHP" + digits(9)
    edi = "~\n".join([
        "ISA*00*          *00*          *ZZ*RIVERBENDBC    *ZZ*BUCKEYEHP      *240503*1402*^*00501*%s*0*P*:" % ctl,
        "GS*HC*RIVERBENDBC*BUCKEYEHP*20240503*1402*%d*X*005010X222A1" % random.randint(100, 9999),
        "ST*837*0001*005010X222A1",
        "BHT*0019*00*TPE%s*20240503*1402*CH" % digits(6),
        "NM1*41*2*RIVERBEND REGIONAL BLOOD CENTER*****46*RRBC01",
        "PER*IC*BILLING OFFICE*TE*6145550120",
        "NM1*40*2*BUCKEYE HEALTH PLAN*****46*BHP77",
        "HL*1**20*1",
        "NM1*85*2*RIVERBEND REGIONAL BLOOD CENTER*****XX*1487263590",
        "N3*1400 RIVERBEND DR",
        "N4*COLUMBUS*OH*43215",
        "REF*EI*311234567",
        "HL*2*1*22*0",
        "SBR*P*18*GRP4410******CI",
        "NM1*IL*1*SANTORO*VINCENT*A***MI*%s" % mem,
        "N3*1872 WICKLOW DR",
        "N4*GROVE HILL*OH*43125",
        "DMG*D8*19710218*M",
        "NM1*PR*2*BUCKEYE HEALTH PLAN*****PI*BHP77",
        "CLM*TPE240430SV*2840***11:B:1*Y*A*Y*Y",
        "HI*ABK:G7001*ABF:R1310",
        "NM1*82*1*WHITLOCK*ALAN****XX*1902837465",
        "LX*1",
        "SV1*HC:36514*2450*UN*1***1",
        "DTP*472*D8*20240430",
        "LX*2",
        "SV1*HC:P9041*390*UN*6***1",
        "DTP*472*D8*20240430",
        "SE*{SEG}*0001",
        "GE*1*1",
        "IEA*1*%s" % ctl,
    ]) + "~\n"
    segs = edi.split("~\n")
    n_st_se = segs.index("SE*{SEG}*0001") - segs.index("ST*837*0001*005010X222A1") + 1
    edi = edi.replace("{SEG}", str(n_st_se))
    body = """Hi Marisa,

Resubmitting the TPE claim for the 4/30 procedure -- Buckeye rejected the first one for the missing secondary dx pointer. Corrected 837 attached. Prior auth # is in the notes field on our side (PA-88213), they said we don't need it on the claim.

Let me know if the clearinghouse kicks it back again.

Thanks,
Gwen Aldana
Billing Specialist, Therapeutic Apheresis Services
Riverbend Regional Blood Center | (614) 555-0120"""
    m = build("Gwen Aldana <galdana@%s>" % DOM, "Marisa Kent <mkent@claimbridge-example.com>", 
              "Corrected 837P - TPE 04/30", body, d,
              attachments=[(edi, "text/plain", "837P_TPE_20240430_corrected.txt")])
    return m, "Vincent A Santoro"


@reg("phi", "struct")
def struct_pipe_export():
    d = when(7, 1, 6)
    people = [("KOWALCZYK", "HELENA"), ("OKONKWO", "CHINEDU"), ("MARLOWE", "JESSICA"),
              ("TILLMAN", "ROGER"), ("CALDWELL", "DENISE"), ("PRICE", "WENDELL"),
              ("YAMAMOTO", "KEIKO")]
    codes = [("HTLV-IND", "T", "HTLV indeterminate"), ("HBSAG-RR", "I", "HBsAg repeat reactive"),
             ("HBSAG-POS", "P", "HBsAg confirmed"), ("HBC-RR", "I", "anti-HBc RR x2"),
             ("HBC-RR", "P", "anti-HBc RR"), ("LOWHGB", "T", "Hgb 12.1"), ("MED-ISO", "T", "isotretinoin")]
    lines = ["DONOR_ID|LAST|FIRST|DOB|SEX|ZIP|DEFER_CODE|TYPE|START|END|COMMENT"]
    for (l, f), (c, t, cm) in zip(people, codes):
        end = "" if t == "P" else "2024-%02d-%02d" % (random.randint(8, 12), random.randint(1, 28))
        if t == "I":
            end = "INDEF"
        lines.append("|".join([digits(7), l, f, "%d-%02d-%02d" % (random.randint(1950, 2000), random.randint(1, 12), random.randint(1, 28)),
                               random.choice("MF"), random.choice(["43125", "43215", "43230", "43017"]), c, t,
                               "2024-06-%02d" % random.randint(1, 30), end, cm]))
    txt = "\n".join(lines) + "\n"
    body = """Scheduled report: DEFERRALS_ENTERED_DAILY
Run time: 07/01/2024 06:00
Parameters: entered_date between 06/01/2024 and 06/30/2024; type in (T,I,P); site = ALL
Rows: %d

The report output is attached.
Please do not reply to this message. Report owner: Henry Liu (QA).""" % (len(lines) - 1)
    m = build("BECS Reports <becs-reports@%s>" % DOM, "qa-team@%s" % DOM,
              "[Scheduled] DEFERRALS_ENTERED_DAILY - June 2024", body, d,
              attachments=[(txt, "text/plain", "DEFERRALS_ENTERED_202406.txt")])
    return m, "; ".join("%s %s" % (f.title(), l.title()) for l, f in people)


@reg("phi", "struct")
def struct_booking_webhook():
    d = when(6, 20, 21)
    payload = OrderedDict([
        ("event", "appointment.created"),
        ("event_id", "evt_%x" % random.getrandbits(48)),
        ("created_at", "2024-06-21T01:14:09Z"),
        ("appointment", OrderedDict([
            ("id", "apt_%d" % random.randint(1000000, 9999999)),
            ("site", "CEDAR PARK"), ("procedure", "WHOLE_BLOOD"),
            ("start", "2024-06-29T09:30:00-04:00")])),
        ("donor", OrderedDict([
            ("donor_id", digits(7)), ("first_name", "Deshawn"), ("last_name", "Ellery"),
            ("dob", "2001-03-09"), ("mobile", ph_dash()), ("email", "d.ellery01@pinemail-example.com"),
            ("first_time", False)])),
        ("prescreen", OrderedDict([
            ("feeling_well_today", True), ("traveled_outside_us_past_3mo", False),
            ("new_tattoo_or_piercing_past_3mo", True), ("tattoo_state_regulated", "unsure"),
            ("taking_medications", ["minocycline"]), ("pregnant", None),
            ("notes", "got my ear pierced at the mall 6/10, on acne meds")])),
    ])
    body = """[BloodConnect] Prescreen flag on new booking - review needed

A new appointment was created with one or more prescreen answers that require staff review before the donor arrives.

Flags: new_tattoo_or_piercing_past_3mo, taking_medications

Payload:
%s

Review in the scheduler: https://scheduler.%s/review/queue
You are receiving this because you are a member of the Cedar Park Front Desk group.""" % (json.dumps(payload, indent=2), DOM)
    m = build("BloodConnect <noreply@bloodconnect-app-example.com>", "cedarpark-frontdesk@%s" % DOM,
              "[BloodConnect] Prescreen flag on new booking - review needed", body, d)
    return m, "Deshawn Ellery"


@reg("phi", "struct")
def struct_siu():
    d = when(8, 1, 10)
    mrn = digits(8)
    hl7 = "\n".join([
        "MSH|^~\\&|EPIC|STAGNES|APHSCHED|RIVERBEND|20240801095512||SIU^S12|SAM%s|P|2.5" % digits(9),
        "SCH|%s|%s|||||TPE^Therapeutic plasma exchange|||90|MIN|^^90^20240805080000^20240805093000|||||||||||||BOOKED" % (digits(6), digits(6)),
        "NTE|1||Series 3 of 5, QOD. 5% albumin replacement, 1.0 plasma vol. Pt has R IJ Trialysis cath.",
        "PID|1||%s^^^SAM^MR||BRANNIGAN^THERESA^L||19580927|F|||14 Cortland Pl^^Columbus^OH^43215||%s" % (mrn, ph_dash("614")),
        "PV1|1|I|4W^418^B|||||1477^OYELARAN^FOLA^^^MD",
        "DG1|1||G61.0^Guillain-Barre syndrome^I10",
        "RGS|1|A",
        "AIS|1|A|TPE^Therapeutic plasma exchange|20240805080000|||90|MIN",
        "AIL|1|A|4W^418^B^STAGNES",
        "AIP|1|A|RN22^LINDQVIST^BETH^^^RN",
    ])
    body = """FYI - schedule feed for Monday's bedside TPE at St. Agnes came through as below. Beth is assigned; Dr. W on call for the procedure. Machine #2 needs to go over Sunday evening.

%s

--
Apheresis Scheduling | Therapeutic Services
Riverbend Regional Blood Center""" % hl7
    m = build("Apheresis Scheduling <apheresis-scheduling@%s>" % DOM,
              ["Beth Lindqvist <blindqvist@%s>" % DOM, "Alan Whitlock MD <awhitlock@%s>" % DOM],
              "TPE Mon 8/5 St Agnes 4W - SIU", body, d)
    return m, "Theresa L Brannigan"


# =====================================================================
#                              CLEAN : admin
# =====================================================================
@reg("clean", "admin")
def admin_kit_shortage():
    d = when(3, 6, 10)
    body = """All,

Our distributor let us know this morning that the Trima Accel platelet/plasma disposable sets (cat. 80500) are on allocation through at least mid-April. We're getting 70%% of our usual standing order for the next 6 weeks.

What this means for us:
- Elm St and Cedar Park will prioritize double/triple platelet procedures. Please don't book plasma-only on the Trima; move concurrent plasma donors to whole blood where possible.
- Riverside keeps its plasma schedule on the Aurora devices (no change).
- Do NOT open a kit until the donor has passed screening. We lost 11 kits to no-starts last month.
- Any kit failures (leaks, pressure alarms at prime) need to be logged in the NCR system with the lot number so we can file for replacement.

I'll send weekly counts on Mondays. Questions to me or Yolanda.

Thanks,
Gary

Gary Hoffstetter
Supply Chain Manager
Riverbend Regional Blood Center
O: (614) 555-0171 | C: %s

%s""" % (ph(), DISCLAIMER)
    m = build("Gary Hoffstetter <ghoffstetter@%s>" % DOM,
              ["collections-managers@%s" % DOM, "apheresis-rn@%s" % DOM],
              "Trima kits on allocation thru mid-April", body, d, cc="Yolanda Pierce <ypierce@%s>" % DOM)
    return m, ""


@reg("clean", "admin")
def admin_bus_generator():
    d = when(5, 29, 7)
    body = """Morning -

Bus 3 is down again. Generator wouldn't hold load yesterday at Kessler and we had to run the beds off shore power for the last 2 hours. Cummins can't get us in until Tuesday.

Reassignments this week:
  Thu 5/30  Westbrook Library      -> Bus 1 (Team 2)
  Fri 5/31  Ohio Valley Credit Union -> moved inside to the community room, Team 1 brings 6 portable beds
  Sat 6/1   St. Paul's Lutheran      -> Bus 1 (Team 1)
  Mon 6/3   Franklin Township Fire   -> POSTPONED to 6/17, Megan is calling the sponsor

Also reminder the blood shipper coolers from Bus 3 need to come back to the processing dock today so they can be validated before Saturday.

Darnell Hughes
Mobile Operations Supervisor"""
    m = build("Darnell Hughes <dhughes@%s>" % DOM, "mobile-ops@%s" % DOM,
              "Bus 3 down - drive reassignments this week", body, d,
              cc=["Megan O'Rourke <mororourke@%s>" % DOM, "Fleet <fleet@%s>" % DOM])
    return m, ""


@reg("clean", "admin")
def admin_becs_downtime():
    d = when(4, 3, 16)
    body = """PLANNED DOWNTIME - BECS (donor management / blood establishment computer system)

When:   Sunday, April 14, 02:00 - 06:00 ET
Why:    Quarterly patch + database index rebuild (CR-2024-0318)
Impact: No donor lookup, registration, DHQ tablets or component labeling during the window.
        Hospital order portal will be read-only.

Downtime procedures (SOP IT-007):
  - Collections: use paper DHQ packets and the downtime deferral list printed Saturday 22:00.
  - Labeling: hold all components in quarantine; no labeling until the system is back and verified.
  - Hospital Services: take orders by phone/fax; log them on the downtime order form.
  - Distribution: emergency release only, with the medical director's approval.

Post-go-live validation will be done by QA before collections open at 07:00. If you're on call that night, please be reachable.

IT Service Desk | x4357 | servicedesk@%s""" % DOM
    m = build("IT Service Desk <servicedesk@%s>" % DOM, "all-staff@%s" % DOM,
              "PLANNED DOWNTIME: BECS Sun 4/14 02:00-06:00", body, d, html=simple_html(body))
    return m, ""


@reg("clean", "admin")
def admin_pricing():
    d = when(6, 5, 11)
    body = """Dear hospital partners,

As discussed at the May customer advisory meeting, our FY2025 service fee schedule takes effect July 1, 2024. Highlights:

- Leukoreduced RBC: +3.1%%
- Apheresis platelets, pathogen-reduced: no change (we are holding price this year)
- Irradiation fee: +$4.00 per component
- Antigen-negative RBC (per antigen screened): unchanged; rare-donor program units billed at cost + handling
- STAT delivery surcharge: now waived for orders placed before 06:00
- Returned units: credit only for units returned within 72 h with intact temperature record

Net-30 terms are unchanged. Consignment inventory agreements will be reviewed individually at your next quarterly business review. The full fee schedule (PDF) is posted in the hospital portal under Contracts.

Please contact me with any questions.

Tom Vasquez
Director, Hospital Services
Riverbend Regional Blood Center
(614) 555-0155 | tvasquez@%s""" % DOM
    m = build("Tom Vasquez <tvasquez@%s>" % DOM, "hospital-customers@%s" % DOM,
              "FY2025 service fee schedule - effective 7/1", body, d,
              headers={"Reply-To": "hospitalservices@%s" % DOM})
    return m, ""


@reg("clean", "admin")
def admin_inventory_meeting():
    d = when(7, 1, 8)
    body = """Inventory huddle moved to 9:30 today (conf room B / Teams link in invite).

Where we are this morning:
  O neg RBC     1.8 days
  O pos RBC     2.6 days
  A neg         3.1 days
  B neg         4.0 days
  Platelets     38 units on hand, 11 expire tomorrow
  AB plasma     good

Agenda
1. July 4th week collections forecast (-22% vs. plan)
2. Emergency appeal - go/no-go (Comms has the press release ready)
3. Import from regional partners - 60 O neg offered for Wed
4. Hospital allocation: do we go to standing orders only for O neg?
5. Platelet recruitment for the holiday weekend

Bring your team's open slots for the week.

Yolanda

Yolanda Pierce
VP, Operations"""
    m = build("Yolanda Pierce <ypierce@%s>" % DOM, "ops-leadership@%s" % DOM,
              "inventory huddle 9:30 - O neg at 1.8 days", body, d)
    return m, ""


@reg("clean", "admin")
def admin_cold_room():
    d = when(2, 18, 23)
    body = """Update on tonight's alarm:

Cold room 2 (RBC storage, 1-6 C) alarmed high at 21:42. Peak recorded 6.4 C for 9 minutes per the Rees monitor, then back in range after the door gasket on the north door was re-seated. Product was not moved; all three independent probes agree. Facilities says the door was propped for a pallet delivery and the closer failed.

QA deviation DEV-24-%04d opened. Product impact assessment will be done by Henry in the morning; please don't ship anything from CR2 shelf rows 4-6 until released.

Facilities ticket FAC-%05d to replace the door closer.

Mark Ebersole
Facilities Supervisor (on call)
C: %s""" % (random.randint(10, 99), random.randint(10000, 99999), ph())
    m = build("Mark Ebersole <mebersole@%s>" % DOM,
              ["qa-team@%s" % DOM, "distribution@%s" % DOM], "CR2 temp alarm 21:42 - resolved", body, d)
    return m, ""


@reg("clean", "admin")
def admin_rotary_drive():
    d = when(8, 6, 14)
    start = dt.datetime(2024, 9, 21, 9, 0)
    end = dt.datetime(2024, 9, 21, 14, 0)
    ics = make_ics("drive-%d@%s" % (random.randint(10000, 99999), DOM),
                   "Harlow Ridge Rotary Blood Drive", start, end,
                   "Harlow Ridge Community Center, 40 Main St, Harlow Ridge OH",
                   "Bloodmobile + 6 indoor beds. Sponsor contact: Phil Gaskins.", "mororourke@%s" % DOM)
    body = """Hi Megan,

Thanks for the call yesterday. The Harlow Ridge Rotary board voted last night and we're in for the fall drive -- Saturday September 21, 9 to 2, at the community center. We can take the whole parking lot for the bloodmobile and the gym for overflow beds.

Our members will handle sign-ups, snacks (the bakery on Main has offered cookies), and a couple of greeters. Could you send:
  - the sponsor packet and poster templates
  - the appointment link once it's live
  - what you need from us for electrical hookup

We'd love to beat last year's 52 units. I've attached the calendar hold.

Phil Gaskins
President, Harlow Ridge Rotary Club
%s""" % ph()
    m = build("Phil Gaskins <phil@harlowridgerotary.org>", "Megan O'Rourke <mororourke@%s>" % DOM,
              "Harlow Ridge Rotary - fall blood drive is a go!", body, d,
              attachments=[(ics, "text/calendar", "HarlowRidge_BloodDrive_0921.ics")])
    return m, ""


# =====================================================================
#                              CLEAN : lookalike
# =====================================================================
@reg("clean", "lookalike")
def lk_shipping_manifest():
    d = when(6, 19, 5)
    prods = [("E0382V00", "RBC AS-1 LR", "O POS"), ("E0382V00", "RBC AS-1 LR", "O NEG"),
             ("E0382V00", "RBC AS-1 LR", "A POS"), ("E8340V00", "Apheresis PLT PR", "A POS"),
             ("E2555V00", "FP24", "AB POS"), ("E3591V00", "Cryo pooled", "A POS")]
    lines = ["%-17s %-9s %-18s %-6s %s" % ("DIN", "PRODUCT", "DESCRIPTION", "ABO/RH", "EXP")]
    for i in range(12):
        code, desc, abo = random.choice(prods)
        lines.append("%-17s %-9s %-18s %-6s 2024-%02d-%02d" % (din(), code, desc, abo,
                                                             random.randint(6, 8), random.randint(1, 28)))
    trk = "1Z%s%s" % ("R8", digits(14))
    body = """SHIPMENT MANIFEST - AUTO NOTIFICATION

Ship-to:     Lakeshore General Hospital - Transfusion Service (Cust #%s)
Order #:     SO-%07d   PO #: LGH-PO-%06d
Shipped:     06/19/2024 05:12
Carrier:     Riverbend courier route 4 / backup %s
Boxes:       2 (Box 1 RBC/Cryo 1-10C validated cooler; Box 2 PLT 20-24C)
Box temps at pack: 4.2 C / 22.6 C
Seal #:      %s / %s

%s

Total units: 12. Please verify, sign and fax the packing list back to (614) 555-0159 or confirm in the hospital portal within 24 h.

Riverbend Regional Blood Center - Distribution (24/7): (614) 555-0158""" % (
        digits(5), random.randint(1000000, 9999999), random.randint(100000, 999999), trk,
        digits(7), digits(7), "\n".join(lines))
    m = build("Distribution <distribution@%s>" % DOM, "bloodbank@%s" % LGH,
              "Shipment SO manifest - LGH 06/19 route 4", body, d)
    return m, ""


@reg("clean", "lookalike")
def lk_invoice():
    d = when(4, 2, 9)
    inv = "INV-%07d" % random.randint(1000000, 9999999)
    rows = [("ACD-A anticoagulant 500 mL", "NDC 14537-0810-05", 48, 6.85),
            ("Normal saline 0.9% 1000 mL", "NDC 0338-0049-04", 96, 2.14),
            ("Whole blood collection set, quad, LR", "REF BB*LGQ456A6", 400, 19.80),
            ("Trima Accel LRS kit", "CAT 80500", 60, 142.00),
            ("Hemoglobin cuvettes (200/bx)", "REF 111716", 12, 188.50)]
    lines = []
    total = 0.0
    for desc, ref, q, p in rows:
        amt = q * p
        total += amt
        lines.append("  %-38s %-22s %5d  %8.2f  %10.2f" % (desc, ref, q, p, amt))
    body = """Hello Accounts Payable,

Please find invoice %s for PO %s below. Remit to lockbox 77120. Customer account 100%s. Terms net 45.

  %-38s %-22s %5s  %8s  %10s
%s
                                                                          ---------
  Subtotal                                                               %10.2f
  Freight (Tracking 7946 %s %s)                                  %10.2f
  TOTAL DUE                                                              %10.2f

Questions: ar@medsupplyco-example.com or 1-888-555-0142, reference the invoice number.

Midwest Medical Supply Co. | Federal Tax ID 38-%07d""" % (
        inv, "RRBC-%06d" % random.randint(100000, 999999), digits(5),
        "Item", "Ref", "Qty", "Unit", "Amount", "\n".join(lines), total, digits(4), digits(4), 85.0,
        total + 85.0, random.randint(1000000, 9999999))
    pdf = make_pdf(["MIDWEST MEDICAL SUPPLY CO.", "INVOICE %s" % inv, "Bill to: Riverbend Regional Blood Center, Accounts Payable",
                    "1400 Riverbend Dr, Columbus OH 43215", ""] +
                   ["%s  %s  qty %d  @ %.2f" % (a, b, c, e) for a, b, c, e in rows] +
                   ["", "TOTAL DUE: %.2f" % (total + 85.0)])
    m = build("Midwest Medical Supply AR <ar@medsupplyco-example.com>", "ap@%s" % DOM,
              "Invoice %s" % inv, body, d, attachments=[(pdf, "application/pdf", "%s.pdf" % inv),
                                                        (make_png_blank(), "image/png", "remit_stub_scan.png")])
    return m, ""


@reg("clean", "lookalike")
def lk_recall():
    d = when(5, 15, 13)
    lots = [("4A%05d" % random.randint(10000, 99999), "2025-%02d-30" % random.randint(1, 12)) for _ in range(6)]
    lot_lines = "\n".join("   Lot %s   Exp %s   Qty shipped to you: %d cs" % (l, e, random.randint(1, 9)) for l, e in lots)
    body = """URGENT: MEDICAL DEVICE FIELD SAFETY NOTICE
Reference: FSN-2024-%03d
Product: Whole Blood Collection System, Quad Bag with in-line leukoreduction filter
Catalog numbers: LQ4510, LQ4510-S

Dear Blood Establishment Customer,

We have identified a potential issue with the sealing of the sample diversion pouch in the lots listed below. In a small number of units (0.02%% of units inspected) the pouch seal may separate during centrifugation. No adverse events have been reported.

Affected lots shipped to your facility (Account 20%s):
%s

Required actions:
 1. Quarantine all unused product from the affected lots.
 2. Complete and return the Acknowledgement Form (attached) within 10 business days, even if you have no remaining inventory.
 3. Replacement product will ship under RMA once the form is received.

Components already collected in these sets are not affected if the seal was intact at the time of processing.

Regulatory Affairs | HemaFlow Devices, Inc.
Customer Care: 1-800-555-0175, option 3""" % (random.randint(10, 99), digits(5), lot_lines)
    ack = make_docx(["**Field Safety Notice Acknowledgement Form", "Reference: FSN-2024", "Facility name: ______",
                     "Account number: ______", "Units on hand (by lot): ______", "Signature / date: ______"])
    m = build("HemaFlow Regulatory <fieldaction@hemaflow-example.com>", "qa-team@%s" % DOM,
              "URGENT Field Safety Notice - Quad collection sets, multiple lots", body, d,
              cc="Gary Hoffstetter <ghoffstetter@%s>" % DOM,
              attachments=[(ack, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                            "FSN_Acknowledgement_Form.docx")])
    return m, ""


@reg("clean", "lookalike")
def lk_directory():
    d = when(1, 16, 10)
    sites = [("Administrative Offices", "1400 Riverbend Dr, Columbus 43215", "(614) 555-0100", "(614) 555-0190", "M-F 8-5"),
             ("Elm Street Donor Center", "322 Elm St, Columbus 43215", "(614) 555-0140", "(614) 555-0149", "M-Sa 7-7"),
             ("Cedar Park Donor Center", "88 Cedar Park Blvd, Grove Hill 43125", "(614) 555-0160", "(614) 555-0169", "Tu-Su 8-6"),
             ("Riverside Plasma Center", "1901 Riverside Dr, Columbus 43221", "(614) 555-0180", "(614) 555-0189", "M-Su 6-8"),
             ("Hospital Services / Distribution 24/7", "1400 Riverbend Dr, Dock B", "(614) 555-0158", "(614) 555-0159", "24/7"),
             ("Reference Laboratory", "1400 Riverbend Dr, 2nd fl", "(614) 555-0175", "(614) 555-0179", "24/7"),
             ("Donor Care Nurse line", "--", "1-800-555-0133 opt 4", "--", "M-F 8-8")]
    lines = []
    for s in sites:
        lines.append("%-38s %-37s %-20s %-15s %s" % s)
    body = """Updated phone & fax directory (January 2024). Please print for the front desks and mobile binders. Changes from last version: Riverside fax is new, Donor Care nurse line now has extended hours.

%-38s %-37s %-20s %-15s %s
%s

Key contacts:
  Medical Director on call ........ page via (614) 555-0100 opt 9
  IT Service Desk ................. x4357
  Facilities emergency ............ x4400 / (614) 555-0111
  Courier dispatch ................ (614) 555-0157

Ann Kowalski | Administrative Assistant""" % ("Location", "Address", "Phone", "Fax", "Hours", "\n".join(lines))
    m = build("Ann Kowalski <akowalski@%s>" % DOM, "all-staff@%s" % DOM,
              "Updated phone/fax directory - Jan 2024", body, d)
    return m, ""


@reg("clean", "lookalike")
def lk_monthly_stats():
    d = when(8, 5, 9)
    coll = random.randint(7800, 8600)
    body = """July 2024 Operations Dashboard (preliminary)

COLLECTIONS
  Whole blood ............... %d  (goal 8,400)
  Apheresis platelets ....... %d doses
  Plasma (source + recovered) %d L
  Double RBC ................ %d
  Mobile drives held ........ %d (4 cancelled: heat)

DONORS
  Presenting donors ......... %d
  First-time donors ......... 18.6%%
  Deferral rate ............. 12.4%% (low Hgb 6.1%%, travel 1.2%%, medication 0.9%%, other 4.2%%)
  Donor reaction rate ....... 0.31%% (moderate/severe 0.04%%)

TESTING (all donations)
  Confirmed positive rate per 10,000: HBV 1.8 | HCV 2.4 | HIV 0.4 | HTLV 0.2 | Syphilis 3.1 | Chagas 0.3
  WNV NAT individual-donation triggering: ACTIVE since 7/22 (counties 039, 041, 049)

HOSPITAL SERVICE
  Fill rate ................. 97.2%%  (O neg 91.5%%)
  STAT orders ............... 143; median delivery 52 min
  Outdate rate (PLT) ........ 8.9%%

Questions: Henry Liu, QA Analytics.""" % (coll, random.randint(1300, 1600), random.randint(2100, 2600),
                                       random.randint(400, 600), random.randint(110, 140), int(coll * 1.14))
    m = build("Henry Liu <hliu@%s>" % DOM, "ops-leadership@%s" % DOM,
              "July 2024 dashboard (prelim)", body, d)
    return m, ""


@reg("clean", "lookalike")
def lk_codes_npi():
    d = when(2, 26, 15)
    body = """Gwen,

For the therapeutic apheresis fee schedule build in the billing system, here's what I have. Please double-check against the 2024 files before loading.

Providers (rendering):
  Alan Whitlock, MD    NPI 1902837465   OH Med Lic 35.098771   Taxonomy 207ZB0001X
  Fola Oyelaran, MD    NPI 1588204631   OH Med Lic 35.121904   Taxonomy 207ZP0102X
Billing NPI (org): 1487263590   Tax ID 31-1234567   CLIA 36D0987654

CPT / HCPCS
  36511  Therapeutic apheresis; for white blood cells
  36512  Therapeutic apheresis; for red blood cells
  36513  Therapeutic apheresis; for platelets
  36514  Therapeutic apheresis; for plasma pheresis
  36516  ... with extracorporeal immunoadsorption
  36522  Photopheresis, extracorporeal
  P9041  Infusion, albumin (human), 5%, 50 mL
  P9017  Fresh frozen plasma, single donor, frozen within 8 hours, each unit

Common ICD-10-CM for the prior-auth templates (payer lists, not patient-specific):
  G61.0  Guillain-Barre syndrome
  G70.01 Myasthenia gravis with (acute) exacerbation
  M31.1  Thrombotic microangiopathy
  D59.3  Hemolytic-uremic syndrome
  G35    Multiple sclerosis

Revenue code 0391 for the facility piece. Modifier -26 only if we're billing pro fee separately at St. Agnes.

Rita Chen, CPC
Revenue Cycle Manager"""
    m = build("Rita Chen <rchen@%s>" % DOM, "Gwen Aldana <galdana@%s>" % DOM,
              "TA fee schedule build - codes + provider IDs", body, d)
    return m, ""


@reg("clean", "lookalike")
def lk_calibration_ticket():
    d = when(9, 9, 11)
    tk = "INC%07d" % random.randint(1000000, 9999999)
    eq = [("Centrifuge, Sorvall RC12BP+", "SN 40912%03d" % random.randint(0, 999), "RRBC-EQ-0%03d" % random.randint(100, 999)),
          ("Centrifuge, Sorvall RC12BP+", "SN 40912%03d" % random.randint(0, 999), "RRBC-EQ-0%03d" % random.randint(100, 999)),
          ("Blood bank refrigerator 2", "SN HF-%06d" % random.randint(0, 999999), "RRBC-EQ-0%03d" % random.randint(100, 999)),
          ("Platelet agitator/incubator", "SN PA%07d" % random.randint(0, 9999999), "RRBC-EQ-0%03d" % random.randint(100, 999)),
          ("Hemoglobinometer (Elm St)", "SN 1%08d" % random.randint(0, 99999999), "RRBC-EQ-0%03d" % random.randint(100, 999))]
    lines = "\n".join("  %-30s %-16s %-15s due %s" % (a, b, c, "10/%02d/2024" % random.randint(1, 31)) for a, b, c in eq)
    body = """Ticket %s has been updated.

Summary: Annual calibration / PM - processing lab & Elm St
Status: Scheduled
Assigned group: Biomedical Engineering
Vendor: Precision Biomed Services (PO 44%s)

Equipment in scope:
%s

Vendor visit: 10/02/2024 07:00-15:00. Processing will run on centrifuges 3 and 4 during the visit. Certificates of calibration will be attached to this ticket and filed in the QA equipment binder.

View the ticket: https://servicedesk.%s/ticket/%s
-- Riverbend ServiceDesk (automated message)""" % (tk, digits(5), lines, DOM, tk)
    m = build("ServiceDesk <servicedesk@%s>" % DOM, ["biomed@%s" % DOM, "processing-leads@%s" % DOM],
              "[%s] Updated: Annual calibration / PM - processing lab & Elm St" % tk, body, d)
    return m, ""


# =====================================================================
#                              CLEAN : news
# =====================================================================
@reg("clean", "news")
def news_summer_appeal():
    d = when(6, 25, 10)
    text = """Riverbend Donor News - Summer 2024

THE SUMMER SLUMP IS HERE
Every summer, donations drop by as much as 20% while schools are out and families travel - but the need for blood doesn't take a vacation. Trauma cases, cancer treatment and surgeries continue around the clock. Right now we have less than a 2-day supply of type O negative.

Book your appointment today and get a limited-edition "Summer Hero" t-shirt (while supplies last, June 24 - August 31).

DID YOU KNOW?
- One whole blood donation can help up to three patients.
- Platelets last only 7 days, so we need platelet donors every single week.
- You can now complete your health history questions on your phone the morning of your donation with RapidPass.

IRON AND YOU
Regular donors, especially women and teens, can lose iron over time. Eat iron-rich foods like beans, spinach, red meat and fortified cereals, and ask our staff about iron supplements at your next visit.

NEW HOURS AT CEDAR PARK
Starting July 9, Cedar Park Donor Center is open until 7 pm on Tuesdays and Thursdays.

Thank you for being a lifesaver.

Riverbend Regional Blood Center | 1400 Riverbend Dr, Columbus, OH 43215
You are receiving this because you are a registered donor. Unsubscribe | Update preferences"""
    html = ("<html><body style='font-family:Georgia,serif;max-width:600px'>"
            "<img src='https://www.%s/img/logo-drop.png' alt='Riverbend' width='48'><h1 style='color:#c41230'>The summer slump is here</h1>"
            "<p>Every summer, donations drop by as much as 20%% while schools are out and families travel &mdash; but the "
            "need for blood doesn't take a vacation. Right now we have <b>less than a 2-day supply of type O negative</b>.</p>"
            "<p><a href='https://www.%s/book'>Book your appointment</a> and get a limited-edition <i>Summer Hero</i> t-shirt.</p>"
            "<h3>Did you know?</h3><ul><li>One whole blood donation can help up to three patients.</li>"
            "<li>Platelets last only 7 days.</li><li>Complete your health history on your phone with RapidPass.</li></ul>"
            "<h3>Iron and you</h3><p>Eat iron-rich foods and ask our staff about iron supplements at your next visit.</p>"
            "<p style='font-size:9pt;color:#777'>Riverbend Regional Blood Center | 1400 Riverbend Dr, Columbus, OH 43215<br>"
            "<a href='https://www.%s/unsubscribe'>Unsubscribe</a></p></body></html>" % (DOM, DOM, DOM))
    m = build("Riverbend Regional Blood Center <news@%s>" % DOM, "donor-list@%s" % DOM,
              "The summer slump is here - O neg under 2 days", text, d, html=html,
              headers={"List-Unsubscribe": "<https://www.%s/unsubscribe>" % DOM},
              attachments=[(make_png_logo(), "image/png", "riverbend-logo.png")])
    return m, ""


@reg("clean", "news")
def news_fda_guidance():
    d = when(2, 8, 12)
    body = """REGULATORY BULLETIN 2024-03 | For all collections and donor services staff

Subject: Implementation of individual donor risk assessment - where we are

Background
In 2023 FDA finalized guidance recommending that all donors, regardless of sex or gender, be asked the same individual risk-based questions about recent sexual contact, replacing the previous time-based deferrals for men who have sex with men and for female partners of those men. Riverbend implemented the revised DHQ (v4.0) in October.

What's changed since October
- The new questions are asked of every donor; the historian should not change wording based on how a donor looks or identifies.
- Donors taking oral PrEP or PEP are deferred for 3 months after last dose; injectable PrEP, 2 years. ART for HIV treatment remains a permanent deferral.
- Anal sex question applies only to donors who report a new partner or more than one partner in the past 3 months.

Early numbers (aggregate, Oct-Jan)
- Presenting donors up 3.4% over the same period last year.
- Deferrals attributable to the new sexual-risk questions: 0.7% of presenting donors.
- No change in confirmed-positive rates for HIV to date (small numbers; we will report annually).

Training
Refresher module DHQ-401 is assigned in the LMS and due March 15.

Questions to Regulatory Affairs: regulatory@""" + DOM
    m = build("Regulatory Affairs <regulatory@%s>" % DOM, "all-collections@%s" % DOM,
              "Regulatory Bulletin 2024-03: individual donor risk assessment", body, d)
    return m, ""


@reg("clean", "news")
def news_ferritin_study():
    d = when(10, 14, 9)
    body = """Research & Innovation Update - October

FERRITIN TESTING IN YOUNG AND FREQUENT DONORS: 12-MONTH RESULTS

From October 2023 to September 2024, Riverbend tested ferritin on every whole blood donation from donors aged 16-18 and on every third donation from frequent donors (3+ donations/year). Donors with ferritin below 12 ng/mL were advised to take a 6-month break and offered iron supplements.

Key findings (aggregate):
- 11,842 donations tested.
- 27% of 16-18-year-old female donors and 9% of 16-18-year-old male donors had absent iron stores (ferritin < 12 ng/mL).
- Among frequent adult female donors, 31% had ferritin < 12 ng/mL at their third donation of the year.
- Donors who received a low-ferritin letter were as likely to return within 12 months (58%) as those who did not (61%).
- Hemoglobin-based deferrals in the study groups fell by 19% compared with the prior year.

What's next
The Medical Advisory Committee will review whether to make ferritin testing standard for all donors under 19 in 2025. An abstract has been accepted for the national blood banking meeting this fall.

Thanks to the processing lab and the donor care nurses who sent more than 2,000 letters this year.

Dr. Fola Oyelaran, Associate Medical Director
Riverbend Research & Innovation"""
    m = build("Research & Innovation <research@%s>" % DOM, "all-staff@%s" % DOM,
              "Research update: ferritin testing results", body, d)
    return m, ""


@reg("clean", "news")
def news_platelet_campaign():
    d = when(3, 4, 11)
    text = """Your type could make you a platelet superstar.

Hi there,

Because you have type A or AB blood, your platelets are especially valuable: they can be given to patients of any blood type. Cancer patients, premature babies and people recovering from major surgery count on platelet donations - and platelets last only 7 days.

A platelet donation takes about 2 hours. You can watch a movie, catch up on a show or nap in our comfy recliners while the machine returns your red cells to you. You can donate platelets as often as every 7 days, up to 24 times a year.

This March, every platelet donor gets a $20 e-gift card and entry into our monthly drawing for two Columbus Crew tickets.

Book at Elm Street or Cedar Park: riverbendblood.org/platelets or call 1-800-555-0133.

See you soon!
The Riverbend Platelet Team

You received this because you opted in to donor communications. Unsubscribe anytime."""
    html = ("<html><body style='font-family:Helvetica,Arial'><table width='600' align='center'><tr><td>"
            "<img src='https://www.%s/img/logo-drop.png' width='64'><h2>Your type could make you a platelet superstar.</h2>"
            "<p>Because you have type A or AB blood, your platelets are especially valuable.</p>"
            "<p>A platelet donation takes about 2 hours. Donate as often as every 7 days, up to 24 times a year.</p>"
            "<p><b>This March:</b> a $20 e-gift card for every platelet donor.</p>"
            "<p><a href='https://www.%s/platelets' style='background:#c41230;color:#fff;padding:10px 18px;"
            "text-decoration:none'>Book now</a></p><p style='font-size:8pt'>Unsubscribe anytime.</p>"
            "</td></tr></table></body></html>" % (DOM, DOM))
    m = build("Riverbend Platelet Team <platelets@%s>" % DOM, "donor-segment-A-AB@%s" % DOM,
              "Your type could make you a platelet superstar", text, d, html=html,
              attachments=[(make_png_logo(64, 64), "image/png", "logo.png")])
    return m, ""


@reg("clean", "news")
def news_sponsor_newsletter():
    d = when(1, 22, 10)
    orgs = [("Kessler Automotive Group", 412), ("Ohio Valley Credit Union", 388), ("Grace Fellowship Church", 301),
            ("Franklin Township Fire Dept", 276), ("Cedar Crest Christian Academy", 254),
            ("Harlow Ridge Rotary Club", 198), ("Ridgeline Packaging", 187), ("Westfield High School", 171)]
    lines = "\n".join("  %d. %-32s %4d units" % (i + 1, o, u) for i, (o, u) in enumerate(orgs))
    body = """SPONSOR SPOTLIGHT - 2023 Year in Review

Thank you to the 640 businesses, schools, congregations and community groups who hosted blood drives with us in 2023. Together you collected 38,900 units - about a third of everything our hospitals used last year.

TOP 8 SPONSORS BY UNITS COLLECTED
%s

HIGH SCHOOL CHALLENGE
Westfield HS and Cedar Crest tied for the most first-time donors (96 each). Both schools earn the $1,500 scholarship award this spring.

2024 DATES TO KNOW
- National Blood Donor Month: all of January
- Sponsor Appreciation Breakfast: March 14, 8 am, Riverbend HQ
- Summer Blitz: July 15-31 (we'll need you!)

Ready to book your 2024 drives? Contact your account manager or reply to this email.

Megan O'Rourke & the Donor Recruitment Team""" % lines
    m = build("Riverbend Recruitment <recruitment@%s>" % DOM, "sponsor-list@%s" % DOM,
              "Sponsor Spotlight: 2023 Year in Review", body, d, html=simple_html(body))
    return m, ""


@reg("clean", "news")
def news_travel_wnv():
    d = when(7, 23, 7)
    body = """COLLECTIONS BULLETIN - Week 30

1) West Nile virus season
Our testing lab has switched to individual-donation NAT (ID-NAT) for donations from Franklin, Delaware and Licking counties after triggering yesterday. No change at the donor chair. Please keep reminding donors to call us if they get a fever or headache within two weeks of donating.

2) Malaria travel updates
The CDC malaria map now lists parts of the Dominican Republic (La Altagracia province) as risk areas after locally acquired cases. Donors who traveled to that area in the past 3 months should be deferred per the updated travel list (v2024.07). Punta Cana resorts ARE in La Altagracia. The laminated travel cards on the buses will be swapped out by Friday.

3) Heat precautions on mobiles
Heat index over 95 F: offer water to everyone in line, keep canteen indoors, and run the bus AC from hookup 30 min before first donor.

4) Reminder
Phones away at the chair, please. We've had two donor complaints this month.

Have a good week,
Collections Leadership"""
    m = build("Collections Leadership <collections-leadership@%s>" % DOM, "all-collections@%s" % DOM,
              "Collections Bulletin wk 30 - WNV ID-NAT, DR malaria update, heat", body, d)
    return m, ""


# =====================================================================
#                              CLEAN : staff
# =====================================================================
@reg("clean", "staff")
def staff_mobile_roster():
    d = when(5, 31, 15)
    body = """Mobile team roster, week of 6/3. Check your assignment, report at HQ dock 60 min before drive start unless noted.

DATE   DRIVE                          TEAM LEAD                   STAFF
6/3    Westbrook Library              Rosa Delacruz, CPT          Sam Ortiz (PBT), Joy Macaraeg LPN, Kev Tran (DH)
6/4    Ohio Valley CU (indoor)        Darnell Hughes              Andre Whitmore CPT, Nia Brooks RN, Luis Ibanez (DH)
6/5    Franklin Twp Fire              Rosa Delacruz, CPT          Sam Ortiz, Joy Macaraeg LPN, Tamsin Ward (DH)
6/6    Ridgeline Packaging            Marites Santos, RN          Andre Whitmore CPT, Kev Tran, Paige Lund (PBT)
6/7    OFF - bus PM
6/8    St. Paul's Lutheran (Sat)      Nia Brooks, RN              Paige Lund, Luis Ibanez, Tamsin Ward

Charge RN on call for mobiles all week: Marites Santos (C: %s)
Drivers: Ed Polanski (Bus 1), Rich Kuhn (Bus 2). Bus 3 still in the shop.

Swap requests through me by Monday noon. Thanks everybody.

Darnell""" % ph()
    m = build("Darnell Hughes <dhughes@%s>" % DOM, "mobile-staff@%s" % DOM,
              "Mobile roster wk of 6/3", body, d)
    return m, ""


@reg("clean", "staff")
def staff_md_oncall():
    d = when(5, 24, 12)
    body = """June physician on-call (medical director coverage, 17:00-08:00 and weekends):

  Jun 1-2    Dr. Whitlock
  Jun 3-9    Dr. Oyelaran
  Jun 10-16  Dr. Whitlock
  Jun 17-23  Dr. Reinholt (locum, via Mid-Ohio Pathology)
  Jun 24-30  Dr. Oyelaran

Page through the operator at (614) 555-0100 opt 9. For Hospital Services questions (emergency release, rare units) call the MD on call directly after paging. Reference lab supervisor backup: Sunita Rao, MT(ASCP)SBB.

Dr. Reinholt's temporary credentials have been approved by the Medical Staff Office; his badge will be at the front desk 6/17.

Ann Kowalski
Administrative Assistant to the Medical Director"""
    m = build("Ann Kowalski <akowalski@%s>" % DOM, ["hospitalservices@%s" % DOM, "reflab@%s" % DOM, "operators@%s" % DOM],
              "June MD on-call schedule", body, d)
    return m, ""


@reg("clean", "staff")
def staff_payroll():
    d = when(6, 28, 13)
    body = """Hi all,

Because of the July 4 holiday, timesheets for the pay period ending 7/6 are due by 10:00 AM on Monday 7/8 (not Friday). Supervisors, please approve by 2:00 PM Monday so direct deposit isn't delayed.

Reminders:
- Holiday pay code is HOL; if you work the holiday at a drive or on the bench, use HWK for the hours worked.
- Mobile staff: enter drive mileage in the separate travel module, not in the timesheet comments.
- On-call hours must be entered as ONC with start/end times.

Questions: payroll@%s or x2210.

Thanks,
Jasmine Kerr
Payroll Specialist, Human Resources""" % DOM
    m = build("Jasmine Kerr <jkerr@%s>" % DOM, "all-staff@%s" % DOM,
              "Holiday timesheet deadline - Mon 7/8 10AM", body, d)
    return m, ""


@reg("clean", "staff")
def staff_celebration():
    d = when(8, 15, 9)
    body = """Join us in the Elm Street break room on Friday at 2:30 to celebrate TEN YEARS of Beth Lindqvist at Riverbend!

Beth started on the mobile team in 2014, moved to apheresis in 2017 and has been our apheresis lead since 2021. She has trained more than 60 operators, and she's the reason our chair-side Tums supply never runs out.

Cake from Schmidt's (yes, the lemon one). Card is circulating at the Elm St front desk - please sign by Thursday.

Also congratulations to:
  Andre Whitmore - passed his CPT recertification
  Nia Brooks, RN - 5 years
  Gary Hoffstetter - 15 years!

Lorraine Fitch
HR Business Partner"""
    m = build("Lorraine Fitch <lfitch@%s>" % DOM, "elmst-staff@%s" % DOM,
              "10 years of Beth! Friday 2:30 cake", body, d, cc="all-staff@%s" % DOM,
              html=simple_html(body))
    return m, ""


@reg("clean", "staff")
def staff_leave_coverage():
    d = when(5, 28, 16)
    body = """Hi team,

Kendra will be out on leave from Monday 6/3 through Monday 7/1. Marco Petrakis is covering the donor records queue while she's out; please send anything that would normally go to Kendra to donor-records@ and Marco will pick it up.

Kendra's standing meetings:
  - Tue QA review: Marco
  - Thu scheduling sync: Jolene
  - Monthly lookback reconciliation: Henry

Please don't text or call Kendra while she's away.

Thanks,
Carla Mendes
Donor Services Manager"""
    m = build("Carla Mendes <cmendes@%s>" % DOM, "donor-services@%s" % DOM,
              "Kendra out 6/3-7/1 - coverage", body, d)
    return m, ""


@reg("clean", "staff")
def staff_open_enrollment():
    d = when(10, 28, 8)
    body = """Open Enrollment for 2025 benefits runs November 4-15.

What's new for 2025
- Medical: Buckeye Health Plan remains our carrier. PPO premiums increase 4.2%; HDHP premiums unchanged. HSA employer contribution increases to $750 (single) / $1,500 (family).
- Dental and vision: no changes.
- New: fertility and adoption benefit up to $10,000 lifetime.
- EAP: now includes 8 free counseling sessions per issue (was 6).
- Donor perk: staff who donate blood on work time (up to 1 hr) continue to be paid - no change.

If you make no elections, your current medical/dental/vision will roll over, but FSA elections do NOT roll over.

Benefits info sessions (Teams): Nov 5 at 12:00 and Nov 7 at 16:00. Mobile and weekend staff can book 1:1 time with me.

Lorraine Fitch
HR Business Partner | x2205

""" + DISCLAIMER
    m = build("Lorraine Fitch <lfitch@%s>" % DOM, "all-staff@%s" % DOM,
              "2025 Open Enrollment Nov 4-15", body, d)
    return m, ""


@reg("clean", "staff")
def staff_shift_swap():
    d1 = when(7, 10, 21)
    d = when(7, 11, 7)
    orig = """anyone able to swap sat 7/20 blitz (cedar park, 7a-3p) for any weekday the week after? my sister's wedding got moved. I'm PBT, can do whole blood + DRBC

paige"""
    body = """I'll take it Paige, you can have my Tues 7/23 at Elm (9:30-6). Darnell ok with you?

Luis

On %s, Paige Lund <plund@%s> wrote:
%s""" % (long_date(d1), DOM, quote(orig))
    m = build("Luis Ibanez <libanez@%s>" % DOM, ["Paige Lund <plund@%s>" % DOM, "Darnell Hughes <dhughes@%s>" % DOM],
              "Re: swap sat 7/20?", body, d)
    return m, ""


# =====================================================================
#                              CLEAN : training
# =====================================================================
@reg("clean", "training")
def training_dhq_quiz():
    d = when(1, 29, 10)
    body = """New donor historian class - Week 2 quiz. Answers are at the bottom, no peeking :)

1. A donor reports returning from a trip to Cancun, Mexico, 6 weeks ago. Eligible today?
2. A donor took finasteride for hair loss; last dose was 3 weeks ago. Eligible?
3. A donor got a tattoo 2 months ago at a state-licensed parlor in Ohio. Eligible?
4. Minimum hemoglobin for a female whole blood donor?
5. A donor had a dental cleaning yesterday. Eligible?
6. A donor took isotretinoin; last dose was 2 weeks ago. What's the deferral?
7. True or false: a donor on a daily baby aspirin can donate whole blood but must wait 2 days for platelets.
8. What do you do if a donor answers "yes" to a question and you're not sure how to evaluate it?

ANSWERS
1. Yes - Cancun (Quintana Roo) is not a malaria-risk area on the current list. Always check the list, it changes.
2. No - 1 month after last dose.
3. Yes - state-regulated, single-use equipment.
4. 12.5 g/dL.
5. Yes (no antibiotics, routine cleaning).
6. 1 month after last dose.
7. True.
8. Stop, don't guess - call the charge RN or the MD on call.

Nia Brooks, RN
Clinical Educator"""
    m = build("Nia Brooks <nbrooks@%s>" % DOM, "historian-class-jan@%s" % DOM,
              "Week 2 DHQ quiz (answers at bottom)", body, d)
    return m, ""


@reg("clean", "training")
def training_becs_test_script():
    d = when(3, 19, 14)
    rows = [["Step", "Action", "Test record", "Expected result", "Pass/Fail", "Tester"],
            [1, "Register new donor", "TESTDONOR, ALPHA  DOB 01/01/1900  ID T000001", "Donor created, eligibility = eligible", "", ""],
            [2, "Enter DHQ with travel = yes (malaria area)", "TESTDONOR, ALPHA", "Auto-deferral TRV-MAL 3 mo", "", ""],
            [3, "Enter Hgb 12.0 F", "TESTDONOR, BRAVO  DOB 02/02/1900  ID T000002", "Deferral LOWHGB; no DIN issued", "", ""],
            [4, "Collect whole blood, assign DIN", "TESTDONOR, CHARLIE  ID T000003", "DIN W9999 24 000001 printed, ISBT label valid", "", ""],
            [5, "Import ORU with reactive HBsAg (test file 5)", "TESTDONOR, CHARLIE", "Component quarantined; donor status = surveillance", "", ""],
            [6, "Attempt to label quarantined unit", "W9999 24 000001", "Hard stop - label blocked", "", ""]]
    body = """Team,

Attached is the validation test script for the BECS 8.2 upgrade in the TEST environment (becs-test.riverbend.local). All records are synthetic TEST records in the W9999 facility code - nothing in production. Please complete your assigned steps by Friday, screenshot each expected result, and record pass/fail. Any failure = open a deviation in the validation log, don't just retest.

Henry Liu
QA / Computer System Validation"""
    m = build("Henry Liu <hliu@%s>" % DOM, "becs-validation@%s" % DOM,
              "BECS 8.2 validation - test script round 2", body, d,
              attachments=[(make_xlsx(rows, "Script R2"),
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            "BECS82_Validation_Script_R2.xlsx")])
    return m, ""


@reg("clean", "training")
def training_case_study():
    d = when(4, 11, 13)
    body = """For Thursday's huddle - case study, no identifiers, details changed.

A 17-year-old first-time donor at a high school drive completes donation without problems. About 8 minutes later, while standing in line for a snack, the donor becomes pale, sweaty and says they feel "far away." Before staff reach them, the donor slumps to the floor and has brief jerking movements of the arms for a few seconds. The donor is responsive within 30 seconds. No head injury.

Discussion questions:
1. What type of reaction is this most likely to be? Is the jerking concerning for a seizure?
2. What should staff do in the first 2 minutes?
3. When would you call 911?
4. What factors put this donor at higher risk? (think: age, first-time, estimated blood volume, fasting, standing)
5. What could the drive team change in canteen setup to prevent this?
6. What follow-up is required and what goes on the reaction form?

We'll go over answers together. Bring your reaction SOP (DC-210).

Nia Brooks, RN | Clinical Educator"""
    m = build("Nia Brooks <nbrooks@%s>" % DOM, "mobile-staff@%s" % DOM,
              "Case study for Thurs huddle - delayed vasovagal", body, d)
    return m, ""


@reg("clean", "training")
def training_competency_docx():
    d = when(9, 3, 11)
    doc = make_docx([
        "**Apheresis Operator Competency Checklist - Annual (Form TR-APH-03 rev 6)",
        "Operator name: ____________   Evaluator: ____________   Date: ______",
        "**Section A - Device setup",
        "[ ] Verifies kit lot and expiration; inspects for damage",
        "[ ] Loads set and completes prime without alarms",
        "[ ] Enters donor height/weight/Hct/platelet count and confirms procedure selection",
        "**Section B - Donor care",
        "[ ] Explains citrate symptoms and when to speak up",
        "[ ] Recognizes citrate reaction; slows return rate; offers oral calcium per SOP",
        "[ ] Responds to vasovagal reaction per DC-210",
        "**Section C - Product handling",
        "[ ] Labels products at chairside per ISBT 128 procedure",
        "[ ] Completes yield verification and documents",
        "Observed procedures (minimum 3): 1. ____ 2. ____ 3. ____",
        "Evaluator signature: ____________",
    ])
    body = """Hi apheresis team,

Annual competencies are due by 10/31. Attached is the updated checklist (rev 6 - new citrate section). Schedule your observed procedures with me or Beth. Use any real procedure for observation; do NOT write donor names or numbers on the form - just the date and procedure type.

Nia"""
    m = build("Nia Brooks <nbrooks@%s>" % DOM, "apheresis-rn@%s" % DOM,
              "Annual apheresis competencies due 10/31", body, d,
              cc="Beth Lindqvist <blindqvist@%s>" % DOM,
              attachments=[(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                            "TR-APH-03_rev6_Competency_Checklist.docx")])
    return m, ""


@reg("clean", "training")
def training_mock_lookback():
    d = when(11, 6, 9)
    body = """MOCK LOOKBACK DRILL - EXERCISE ONLY - DO NOT ACT ON PRODUCTION RECORDS

Scenario start: 09:00 today. Scenario ends when the team produces the completed lookback packet or at 12:00.

Scenario:
Fictitious repeat donor "ZZTEST, DRILLDONOR" (training ID TRN-0000042, DOB 01/01/1901) has a confirmed anti-HCV positive result on today's donation. Training records show 4 prior donations in the past 5 years, DINs W9999 20 000101, W9999 21 000219, W9999 22 000377, W9999 23 000455. Components were "distributed" to the training hospital accounts TRAIN-HOSP-A and TRAIN-HOSP-B.

Tasks:
1. Identify all in-date and distributed components from prior donations (use the training environment).
2. Draft quarantine/retrieval notices to the training hospitals.
3. Prepare the recipient notification request letter (template LB-02).
4. Document timelines against the regulatory clock.

Observers: Henry (QA), Dr. Oyelaran. Debrief at 13:00 in conf room B.

Paula Jaworski, RN"""
    m = build("Paula Jaworski <pjaworski@%s>" % DOM, ["hospitalservices@%s" % DOM, "qa-team@%s" % DOM, "reflab@%s" % DOM],
              "[DRILL] Mock lookback exercise - today 09:00", body, d)
    return m, ""


@reg("clean", "training")
def training_notification_letter():
    d = when(2, 14, 15)
    sample = """[DATE]

[Donor Name]
[Address line 1]
[City, State ZIP]

Dear [Donor First Name],

Thank you for your recent donation on [Donation Date]. As part of our routine testing, every donation is tested for several infectious diseases. One of the tests on your donation was reactive. [Insert test-specific paragraph from library.]

A reactive result does not necessarily mean you are infected. [...]

Please call our donor counselor at 1-800-555-0133, option 4, Monday to Friday 8 am to 8 pm.

Sincerely,
[Medical Director name], MD"""
    body = """Counseling refresher - February

Below is the updated SAMPLE notification letter template with placeholders (v2024.1). In role-play this afternoon, one person plays the donor, one the counselor. Use the scripts in the binder - the practice donors are fictitious (e.g., "Pat Sample," age 40, first-time donor with a reactive anti-HBc). Focus points:

- Say "reactive," not "positive," until we have confirmatory results.
- Never leave results on voicemail.
- Offer an interpreter before you start, not after the donor seems confused.
- Document every attempt.

---------- SAMPLE TEMPLATE ----------
%s
-------------------------------------

Paula""" % sample
    m = build("Paula Jaworski <pjaworski@%s>" % DOM, "donor-counselors@%s" % DOM,
              "Counseling refresher + SAMPLE letter template v2024.1", body, d)
    return m, ""


# =====================================================================
#                              main
# =====================================================================
EXPECTED = OrderedDict([
    (("phi", "care"), 8), (("phi", "ids"), 8), (("phi", "lang"), 8), (("phi", "lists"), 7),
    (("phi", "names"), 8), (("phi", "self"), 7), (("phi", "struct"), 7),
    (("clean", "admin"), 7), (("clean", "lookalike"), 7), (("clean", "news"), 6),
    (("clean", "staff"), 7), (("clean", "training"), 6),
])


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(outdir, exist_ok=True)
    counters = OrderedDict((k, 0) for k in EXPECTED)
    rows = []
    for label, kind, fn in REG:
        msg, patient = fn()
        counters[(label, kind)] += 1
        fname = "%s-%s-%03d.eml" % (label, kind, counters[(label, kind)])
        with open(os.path.join(outdir, fname), "wb") as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        rows.append((fname, label, kind, patient if label == "phi" else ""))
    with open(os.path.join(outdir, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    for k, n in EXPECTED.items():
        if counters[k] != n:
            raise SystemExit("count mismatch for %s-%s: %d != %d" % (k[0], k[1], counters[k], n))
    for (label, kind), n in counters.items():
        print("%s-%s: %d" % (label, kind, n))
    print("total: %d" % sum(counters.values()))


if __name__ == "__main__":
    main()
