#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate a blind evaluation set of church pastoral-care / parish-nurse email.

Everything here is invented: people, addresses, numbers, organisations.
Usage: python3 gen.py OUTDIR
"""
import sys
import os
import io
import csv
import json
import random
import struct
import zlib
import zipfile
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone

SEED = 10202
random.seed(SEED)

OUT = sys.argv[1] if len(sys.argv) > 1 else "."
os.makedirs(OUT, exist_ok=True)

CH = "stcolumba-harlow.org"
HOSP = "hsregional-health.org"
HOSPICE = "riverbend-hospice.org"

CST = timezone(timedelta(hours=-6))
CDT = timezone(timedelta(hours=-5))

RECORDS = []
COUNTERS = {}


# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------
def dt(y, m, d, hh=None, mm=None):
    if hh is None:
        hh = random.randint(7, 21)
    if mm is None:
        mm = random.randint(0, 59)
    dst = (3 < m < 11) or (m == 3 and d >= 10) or (m == 11 and d < 3)
    return datetime(y, m, d, hh, mm, random.randint(0, 59), tzinfo=CDT if dst else CST)


def mid(domain):
    return "<%s.%s@%s>" % (format(random.getrandbits(48), "012x"),
                           format(random.getrandbits(28), "07x"), domain)


def ampm(d):
    return "%d:%02d %s" % ((d.hour % 12) or 12, d.minute, "AM" if d.hour < 12 else "PM")


def on_wrote(d, who):
    return "On %s, %s %d, %d at %s %s wrote:" % (d.strftime("%a"), d.strftime("%b"), d.day,
                                                 d.year, ampm(d), who)


def quote(text, depth=1):
    pre = ">" * depth
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(pre + (" " + line if line.strip() else ""))
    return "\n".join(out)


def outlook_block(frm, sent, to, subject, body, cc=None):
    s = "-----Original Message-----\n"
    s += "From: %s\n" % frm
    s += "Sent: %s, %s %d, %d %s\n" % (sent.strftime("%A"), sent.strftime("%B"), sent.day,
                                       sent.year, ampm(sent))
    s += "To: %s\n" % to
    if cc:
        s += "Cc: %s\n" % cc
    s += "Subject: %s\n\n" % subject
    return s + body.strip("\n") + "\n"


def fwd_block(frm, sent, to, subject, body, cc=None):
    s = "---------- Forwarded message ---------\n"
    s += "From: %s\n" % frm
    s += "Date: %s, %s %d, %d at %s\n" % (sent.strftime("%a"), sent.strftime("%b"), sent.day,
                                          sent.year, ampm(sent))
    s += "Subject: %s\n" % subject
    s += "To: %s\n" % to
    if cc:
        s += "Cc: %s\n" % cc
    return s + "\n" + body.strip("\n") + "\n"


def esc_html(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_to_html(text, title=None):
    paras = []
    for block in text.strip().split("\n\n"):
        paras.append("<p>" + "<br>\n".join(esc_html(l) for l in block.split("\n")) + "</p>")
    head = "<title>%s</title>" % esc_html(title) if title else ""
    return ("<html><head><meta charset=\"utf-8\">%s</head>"
            "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n%s\n</body></html>"
            % (head, "\n".join(paras)))


def emit(label, kind, frm, to, subject, body, date, cc=None, html=None, atts=(),
         patient="", reply_to=None, headers=None, in_reply_to=None, msgid_domain=None):
    key = (label, kind)
    COUNTERS[key] = COUNTERS.get(key, 0) + 1
    fname = "%s-%s-%03d.eml" % (label, kind, COUNTERS[key])
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to if isinstance(to, str) else ", ".join(to)
    if cc:
        m["Cc"] = cc if isinstance(cc, str) else ", ".join(cc)
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    dom = msgid_domain or frm.split("@")[-1].strip().rstrip(">")
    m["Message-ID"] = mid(dom)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    for k, v in (headers or []):
        m[k] = v
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    for fn, data, mt, st in atts:
        if isinstance(data, str):
            m.add_attachment(data, subtype=st, filename=fn)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(m.as_bytes(policy=policy.SMTP))
    RECORDS.append((fname, label, kind, patient))
    return fname


def parent_id(domain):
    return mid(domain)


# --------------------------------------------------------------------------
# attachment builders (all by hand, standard library only)
# --------------------------------------------------------------------------
def xesc(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def zip_bytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()


def col_letter(n):
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet_name="Sheet1"):
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
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xesc(sheet_name))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    out = []
    for ri, row in enumerate(rows):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (col_letter(ci), ri + 1)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            elif v is None or v == "":
                continue
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                             % (ref, xesc(v)))
        out.append('<row r="%d">%s</row>' % (ri + 1, "".join(cells)))
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '<sheetData>%s</sheetData></worksheet>' % "".join(out))
    return zip_bytes([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                      ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels),
                      ("xl/worksheets/sheet1.xml", sheet)])


def make_docx(paragraphs):
    """paragraphs: list of str; a str starting with '# ' is bold; tabs become w:tab."""
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
    body = []
    for p in paragraphs:
        bold = p.startswith("# ")
        if bold:
            p = p[2:]
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        parts = p.split("\t")
        runs = []
        for i, part in enumerate(parts):
            if i:
                runs.append("<w:r>%s<w:tab/></w:r>" % rpr)
            if part:
                runs.append('<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, xesc(part)))
        body.append("<w:p>%s</w:p>" % "".join(runs))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr><w:pgSz w:w="12240" w:h="15840"/>'
           '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/>'
           '</w:sectPr></w:body></w:document>' % "".join(body))
    return zip_bytes([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                      ("word/document.xml", doc)])


def make_pdf(lines, size=11):
    def pesc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 %d Tf 54 740 Td %d TL\n" % (size, size + 4)
    for l in lines:
        content += "(%s) Tj T*\n" % pesc(l)
    content += "ET\n"
    cbytes = content.encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(cbytes)).encode() + b" >>\nstream\n" + cbytes + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def _png_chunk(t, d):
    return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)


def make_logo_png(w=160, h=48):
    """Plain church logo: deep purple field with a white cross on the left."""
    bg = (74, 35, 90)
    fg = (255, 255, 255)
    gold = (212, 175, 55)
    rows = []
    for y in range(h):
        row = bytearray(b"\x00")
        for x in range(w):
            c = bg
            if 18 <= x <= 24 and 8 <= y <= 40:
                c = fg
            if 10 <= x <= 32 and 16 <= y <= 21:
                c = fg
            if 44 <= x <= w - 10 and 22 <= y <= 24:
                c = gold
            row += bytes(c)
        rows.append(bytes(row))
    raw = b"".join(rows)
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + _png_chunk(b"IDAT", zlib.compress(raw, 9)) + _png_chunk(b"IEND", b""))


def make_scan_png(w=425, h=550):
    """A blank scanned page: off-white grayscale with faint speckle."""
    rows = []
    for y in range(h):
        row = bytearray(b"\x00")
        for x in range(w):
            v = 246
            if random.random() < 0.004:
                v = random.randint(200, 235)
            row.append(v)
        rows.append(bytes(row))
    raw = b"".join(rows)
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + _png_chunk(b"IDAT", zlib.compress(raw, 9)) + _png_chunk(b"IEND", b""))


def make_ics(uid, start, end, summary, location, description, organizer):
    fmt = "%Y%m%dT%H%M%S"
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//St Columba Lutheran//Office Calendar//EN",
        "METHOD:PUBLISH", "BEGIN:VEVENT", "UID:%s" % uid,
        "DTSTAMP:20240101T120000Z",
        "DTSTART;TZID=America/Chicago:%s" % start.strftime(fmt),
        "DTEND;TZID=America/Chicago:%s" % end.strftime(fmt),
        "SUMMARY:%s" % summary, "LOCATION:%s" % location,
        "DESCRIPTION:%s" % description.replace("\n", "\\n").replace(",", "\\,"),
        "ORGANIZER;CN=%s" % organizer,
        "END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines)


def csv_text(rows):
    bio = io.StringIO()
    w = csv.writer(bio, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return bio.getvalue()


# --------------------------------------------------------------------------
# people and boilerplate
# --------------------------------------------------------------------------
KAREN = "Rev. Karen Lindqvist <klindqvist@%s>" % CH
MATT = "Matthew Osei <mosei@%s>" % CH
DEB = "Deb Halvorsen <dhalvorsen@%s>" % CH
LINDA = "Linda Marsh <lmarsh@%s>" % CH
PATTI = "Patti Szymanski <office@%s>" % CH
GORDON = "Gordon Tate <gtate@%s>" % CH
SAMUEL = "Samuel Kwan <skwan@%s>" % CH
JESS = "Jess Moreno <jmoreno@%s>" % CH
MARISOL = "Marisol Gutierrez <mgutierrez@%s>" % CH
RUTHANN = "Ruth Ann Becker <ruthann.becker@prairiewave.net>"
PHIL = "Phil Andersen <phil.andersen@harlownet.net>"
CHERYL = "Cheryl Dunbar <cheryl.dunbar62@examplemail.com>"
DAVE = "Dave Rasmussen <drasmussen@harlownet.net>"
AMADI = "Victor Amadi <vamadi@%s>" % HOSP
ECKERT = "Tom Eckert <teckert@%s>" % HOSPICE
CARETEAM = "Congregational Care Team <careteam@%s>" % CH
STAFF = "St. Columba Staff <staff@%s>" % CH

SIG_DEB = """Deborah Halvorsen, RN, BSN, FCN
Parish Nurse
St. Columba Lutheran Church
1420 Prairie Avenue | Harlow Springs, MN 56399
Office (320) 555-0140 | Cell (320) 555-0187"""

SIG_KAREN = """The Rev. Dr. Karen Lindqvist
Senior Pastor
St. Columba Lutheran Church
(320) 555-0140 ext. 201"""

SIG_MATT = """Pastor Matt Osei
Associate Pastor for Congregational Care
St. Columba Lutheran Church
office (320) 555-0140 x203 | cell (320) 555-0161"""

SIG_LINDA = """Linda Marsh
Care Ministry Coordinator
St. Columba Lutheran Church
(320) 555-0140 x207"""

SIG_PATTI = """Patti Szymanski
Office Administrator
St. Columba Lutheran Church
1420 Prairie Avenue, Harlow Springs, MN 56399
Phone (320) 555-0140 | Fax (320) 555-0149"""

SIG_GORDON = """Gordon Tate
Business Administrator
St. Columba Lutheran Church
(320) 555-0140 x205 | fax (320) 555-0149"""

CONF_CH = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the "
           "person(s) to whom they are addressed and may contain confidential pastoral or health "
           "ministry information. If you have received it in error, please notify the sender and "
           "delete it. Thank you.")

CONF_HOSP = ("This message is intended only for the use of the individual or entity to which it is "
             "addressed and may contain information that is privileged, confidential and exempt from "
             "disclosure under applicable law. If you are not the intended recipient, you are hereby "
             "notified that any dissemination, distribution or copying of this communication is "
             "strictly prohibited. Harlow Springs Regional Medical Center.")

MOBILE = ["Sent from my iPhone", "Sent from my iPad", "Sent from my Galaxy",
          "Sent from Yahoo Mail on Android", "Get Outlook for iOS"]


# ==========================================================================
# PHI: care
# ==========================================================================
def phi_care():
    # care-001: ride request, volunteer reply with quoted original
    d0 = dt(2024, 3, 8, 16, 12)
    orig = """Hi drivers,

Need one ride next week:

Harold Jensen, 1187 N. Elm St (white house, ramp is on the garage side)
Tue 3/12 - appt 9:15 at Westgate Clinic, Suite 200 (2nd floor, use the elevator by the pharmacy)
He should be done by 11:30ish. He uses a walker now and needs a hand getting in and out of the car. Edna doesn't drive anymore so it's just him going.
Home phone (320) 555-0119 - let it ring, they're slow getting to the phone.

Reply all if you can take it so we don't double up.

Thanks!
Linda

""" + SIG_LINDA
    body = """Linda - I can take him Tuesday. I'll pick him up at 8:45 so we aren't rushing with the walker. Does Edna want to ride along or stay home? Also is the transport wheelchair still in the narthex closet or did it go back out?

Dave

""" + on_wrote(d0, "Linda Marsh <lmarsh@%s>" % CH) + "\n" + quote(orig)
    emit("phi", "care", DAVE, [LINDA], "Re: Ride needed Tue 3/12 - Westgate Clinic",
         body, dt(2024, 3, 8, 19, 40),
         cc=["Marv Eide <marveide@prairiewave.net>", "Sue Thornquist <sthornquist@examplemail.com>"],
         in_reply_to=parent_id(CH), patient="Harold Jensen")

    # care-002: meal-train notification with HTML alternative
    txt = """Hi Cheryl,

Brenda Hult just signed up on the care calendar you organize.

  Calendar:   Meals for Grace & Chidi Okafor
  Date:       Thursday, February 15, 2024
  Item:       Dinner - chicken & wild rice hotdish, green salad, bars
  Drop-off:   2214 Juniper Ct, Harlow Springs

Recipient notes (visible to all helpers):
Grace came home from the hospital on Tuesday with baby Adaeze! She had a C-section and can't lift anything heavier than the baby for the next six weeks, so please use disposable pans and leave meals in the blue cooler by the side door between 4 and 6 pm. Please text Chidi at (320) 555-0133 when you drop off rather than ringing the bell - the baby may be sleeping. No peanuts or tree nuts please (Chidi's allergy). The older kids (6 and 3) love mac & cheese.

Open dates remaining: Feb 17, Feb 19, Feb 21, Feb 23

View the calendar: https://suppercircle-mail.com/c/okafor-family-8K2QZ

You are receiving this because you are an organizer of this calendar.
SupperCircle, 400 Market St Ste 12, Portland, OR 97204 - Unsubscribe
"""
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #e3e3e3">
<tr><td style="background:#3a7d44;color:#fff;padding:14px;font-size:18px">SupperCircle</td></tr>
<tr><td style="padding:16px">
<p>Hi Cheryl,</p>
<p><b>Brenda Hult</b> just signed up on the care calendar you organize.</p>
<table cellpadding="4" style="font-size:14px">
<tr><td><b>Calendar</b></td><td>Meals for Grace &amp; Chidi Okafor</td></tr>
<tr><td><b>Date</b></td><td>Thursday, February 15, 2024</td></tr>
<tr><td><b>Item</b></td><td>Dinner - chicken &amp; wild rice hotdish, green salad, bars</td></tr>
<tr><td><b>Drop-off</b></td><td>2214 Juniper Ct, Harlow Springs</td></tr>
</table>
<p style="background:#f6f6f6;padding:10px"><b>Recipient notes:</b> Grace came home from the hospital on Tuesday with baby Adaeze! She had a C-section and can't lift anything heavier than the baby for the next six weeks, so please use disposable pans and leave meals in the blue cooler by the side door between 4 and 6 pm. Please text Chidi at (320) 555-0133 when you drop off rather than ringing the bell - the baby may be sleeping. No peanuts or tree nuts please (Chidi's allergy). The older kids (6 and 3) love mac &amp; cheese.</p>
<p>Open dates remaining: Feb 17, Feb 19, Feb 21, Feb 23</p>
<p><a href="https://suppercircle-mail.com/c/okafor-family-8K2QZ">View the calendar</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#888;padding:10px">You are receiving this because you are an organizer of this calendar.<br>SupperCircle, 400 Market St Ste 12, Portland, OR 97204 &middot; Unsubscribe</td></tr>
</table></body></html>"""
    emit("phi", "care", "SupperCircle <notifications@suppercircle-mail.com>", [CHERYL],
         "New sign-up: Meals for Grace & Chidi Okafor - Thu, Feb 15", txt, dt(2024, 2, 13, 20, 5),
         html=html, patient="Grace Okafor",
         headers=[("List-Unsubscribe", "<https://suppercircle-mail.com/u/9f31c2>")])

    # care-003: parish nurse handover before vacation
    body = """Matt,

Thanks again for covering while I'm up north. Most people on my list are stable and can wait, but the one I'm really watching is Dorothy Pruitt (Willow Court apartments, #2C, buzzer code 0214).

- Her daughter Sharon picks up her refills at Harlow Drug on Thursday.
- I filled her weekly pill box through Sunday the 24th. You don't need to touch the meds, just peek at the Wed/Thu compartments when you visit and make sure they're empty.
- Home health aide comes Mon/Wed/Fri mornings for her shower, so Tuesday or Thursday afternoon is the best time to stop by.
- If she sounds mixed up on the phone, or her ankles look puffy, or she says she's "just tired" and hasn't gotten dressed, call Sharon at (320) 555-0152 and she'll call the clinic. Don't wait on that.
- Don't let her talk you into carrying the laundry basket down to the basement. That's how she ended up on the floor in January.

She likes the Psalm 121 and will want to give you a cookie. Take the cookie.

Anything else can wait for me. I'll have my phone but service at the cabin is spotty - text is better than calling.

Deb

""" + SIG_DEB + "\n\n" + CONF_CH
    emit("phi", "care", DEB, [MATT], "coverage while I'm out 3/18-3/25", body,
         dt(2024, 3, 15, 17, 2), cc=[LINDA], patient="Dorothy Pruitt")

    # care-004: daughter asks for visits; pastor replies (Outlook style)
    d0 = dt(2024, 4, 2, 22, 47)
    orig = """Dear Pastor,

I'm not sure who the right person is to write to, so please forward this if needed.

My dad, Ernest Voss, moved into Maple Grove Care Center last week (room 214, east wing). He has been a member of St. Columba since 1961 and was an usher for about 40 of those years. I live in Phoenix and can only get back a couple of times a year, and my brother is in Germany, so he doesn't get many visitors.

He is much better in the mornings. After lunch he usually naps and can be foggy. He can't hear well on his left side, so it helps to sit on his right. He still knows all the old hymns.

Would it be possible for someone from the church to visit him, and maybe bring him communion? It would mean the world to him, and to me.

Thank you,
Karin Voss-Leland
(602) 555-0148"""
    body = """Karin,

Thank you for writing, and I'm glad you did. I remember your dad from the 8:30 service - he always had the bulletins ready before anyone else got there.

I'll stop by Maple Grove on Thursday morning and bring communion. I've also added him to our homebound visitation list, so one of our trained visitors will see him every other week, and Deb Halvorsen, our parish nurse, usually makes the rounds at Maple Grove once a month. I'll make sure whoever goes knows to sit on his right side.

If anything changes with his care or his room, just let Linda in our office know and she'll pass it along.

Peace,
Pastor Matt

""" + SIG_MATT + "\n\n" + outlook_block("Karin Voss-Leland <kvossleland@desertmail.net>", d0,
                                         "office@%s" % CH, "Visit for my dad, Ernest Voss", orig)
    emit("phi", "care", MATT, ["Karin Voss-Leland <kvossleland@desertmail.net>"],
         "RE: Visit for my dad, Ernest Voss", body, dt(2024, 4, 3, 10, 18),
         cc=[LINDA], in_reply_to=parent_id("desertmail.net"), patient="Ernest Voss")

    # care-005: deacon worried, nurse replies after a welfare visit
    d0 = dt(2024, 1, 22, 8, 31)
    orig = """Deb,

I'm a little worried about Lorraine Kessler. She's missed the last two Sundays and she never misses. I called Saturday and yesterday and got no answer. Her neighbor across the street (Jan Nelson) says the newspapers are piling up on the step but her car hasn't moved.

She's at 88 Birchwood Lane. Could you or somebody swing by? I'd go myself but I'm in Fargo with my sister until Wednesday.

I think her son is Greg, in Duluth. I have (218) 555-0136 written in my church directory but it's old.

Ruth Ann"""
    body = """Ruth Ann - went by at 2. She's ok but she had a rough weekend. She went down in the kitchen Friday night and couldn't get herself up until the mail carrier heard her Saturday afternoon. Bruised up and sore, refused to go get checked out. Got her some soup and fluids and sat with her a while.

Greg's number is still good - talked to him and he's driving down tonight and staying through the week. I'm going to help them get one of those medical alert buttons set up and I'll check on her again Thursday. Please keep her on your call list.

Deb
""" + random.choice(MOBILE) + "\n\n" + on_wrote(d0, RUTHANN) + "\n" + quote(orig)
    emit("phi", "care", DEB, [RUTHANN], "Re: Lorraine K.", body, dt(2024, 1, 22, 16, 54),
         in_reply_to=parent_id("prairiewave.net"), patient="Lorraine Kessler")

    # care-006: hospital chaplain notifies pastor
    body = """Pastor Lindqvist,

Mr. Samuel Brandt, who lists St. Columba Lutheran as his congregation, was admitted overnight and is now on 4 West, room 412. He asked that his pastor be notified and gave me permission to contact you.

His wife, Irene, is with him. He would like a visit and prayer before his procedure, which is scheduled for tomorrow at 7:30 a.m., so this evening or early tomorrow would be ideal. He mentioned he'd like to receive communion if possible.

Visiting clergy can check in at the 4 West nurses' station. If you don't already have a clergy badge, the information desk in the main lobby can issue one with your ID and ordination card.

Please feel free to call me with any questions.

Blessings,

Chaplain Victor Amadi, M.Div., BCC
Department of Spiritual Care
Harlow Springs Regional Medical Center
Office (320) 555-0410 | Pager 2217
Spiritual Care is available 24/7 through the hospital operator.

""" + CONF_HOSP
    emit("phi", "care", AMADI, [KAREN], "Parishioner request for pastoral visit",
         body, dt(2024, 5, 6, 14, 26), cc=["Spiritual Care <spiritualcare@%s>" % HOSP],
         patient="Samuel Brandt")

    # care-007: quick volunteer update from phone
    body = """Linda
Dropped off the shower chair and grab bar at Arne & Bev's this am. Put the grab bar in by the toilet, the one by the tub needs a stud finder so I'll go back Sat.
Arne's got PT coming to the house Tue/Thu now and the nurse on Mondays, so they're covered for visits thru the 15th. Bev asked if somebody could mow, their grandson went back to school. Walker's in the garage if anyone else needs one when he's done w it

Mike

Sent from my iPhone"""
    emit("phi", "care", "Mike Stoltz <mstoltz1958@harlownet.net>", [LINDA], "Lindgren update",
         body, dt(2024, 9, 4, 11, 37), patient="Arne Lindgren")

    # care-008: pastor to care team about visits at hospice house
    body = """Dear Care Team,

Tom Garrity moved to the Riverbend Hospice House on Friday. The family is very grateful for all the cards and the prayer shawl.

Kathy (his daughter) has asked that visitors come only Tuesday or Thursday afternoons between 1 and 4, and that you text her first at (320) 555-0171. Tom is sleeping most of the day now, so please keep visits short: a psalm, a familiar hymn, a hand to hold. He may not respond but he can hear you.

Please don't bring food to the hospice house. The family would welcome a tray of sandwiches and some paper goods at Kathy's home (509 Aspen Drive) this weekend, since the grandkids are coming in. Cheryl will send a sign-up.

For now please keep this within the care team. The family will tell us when they're ready for it to be shared with the congregation.

Grace and peace,
Karen

""" + SIG_KAREN + "\n\n" + CONF_CH
    emit("phi", "care", KAREN, [CARETEAM], "Tom Garrity - visiting at the hospice house",
         body, dt(2024, 10, 14, 9, 3), cc=[CHERYL], patient="Tom Garrity")


# ==========================================================================
# PHI: ids
# ==========================================================================
def phi_ids():
    # ids-001: benevolence payment toward a hospital account; billing reply quotes it
    d0 = dt(2024, 10, 1, 10, 22)
    orig = """Hello,

St. Columba Lutheran Church will be making a one-time payment of $450.00 from our benevolence fund toward the balance on patient account 40071832-2 (guarantor DOB 06/14/1958, date of service 09/03/2024, emergency department visit).

Check #11482 will go out in today's mail to your remittance address, PO Box 8820. Please apply it to that account only, and please do not send statements or receipts to the church. The account holder has given us verbal permission to call on her behalf.

Let me know if you need the payment in another form.

Thank you,

""" + SIG_GORDON
    body = """Mr. Tate,

Thank you for reaching out. I located the account for R. Delgado and have noted the incoming benevolence payment. Once the check posts, the remaining balance on that date of service will be $1,212.65. I have also flagged the account for our financial assistance team since the patient may qualify for a sliding-fee discount; the application will be mailed to the patient's address on file, not to the church.

Please include the account number on the check memo line.

Regards,
Tamara Lutz
Patient Financial Services
Harlow Springs Regional Medical Center
(320) 555-0455 | Mon-Fri 8-4:30

""" + on_wrote(d0, GORDON) + "\n" + quote(orig) + "\n\n" + CONF_HOSP
    emit("phi", "ids", "Tamara Lutz <tlutz@%s>" % HOSP, [GORDON],
         "RE: Benevolence payment - Acct 40071832-2", body, dt(2024, 10, 2, 13, 47),
         in_reply_to=parent_id(CH), patient="R. Delgado")

    # ids-002: parish nurse asks a Medicare counselor about a Part D denial
    body = """Hi Nora,

One of our members asked me to help him make sense of a Part D denial and I'm out of my depth with the appeal paperwork. He signed your office's release form (I'll drop the original off Thursday).

Medicare #: 1EG4-TE5-MK73
Plan member ID: HZP800412937 (Heartland Rx Select)
Claim #: 2231-0098-7761, date of fill 02/27/2024
Pharmacy: Harlow Drug, Rx #6108833

The denial letter says "non-formulary - prior authorization required." His doctor's office says they sent the PA on 3/1 but the plan says they never got it. Meanwhile he's been paying cash for the inhaler ($312!) and is rationing it, which worries me.

Could you call me when you have a minute? Office 320-555-0140 or cell 320-555-0187.

Thanks so much,
Deb

""" + SIG_DEB
    emit("phi", "ids", DEB, ["Nora Bjelland <nbjelland@lakescounty-aging.org>"],
         "Part D denial - appeal help?", body, dt(2024, 3, 12, 11, 5), patient="")

    # ids-003: hospital spiritual care referral notification (auto)
    body = """HARLOW SPRINGS REGIONAL MEDICAL CENTER
Spiritual Care - Community Clergy Notification
(automated message - do not reply to this address)

Request #:        SC-24-01877
Created:          03/11/2024 06:42
Unit / Room:      6 South / 612B
MRN:              00793115
Patient:          M.K. (initials only per policy)
Faith community:  St. Columba Lutheran Church, Harlow Springs
Contact on file:  Pastor - office (320) 555-0140

Requested:        Visit and prayer before surgery (scheduled 03/12, first case)
Patient consent:  Verbal, obtained by RN 03/11 06:30
Notes:            Pt lives alone, anxious about tomorrow. Asks that pastor call
                  daughter afterward. Prefers afternoon visit today.

To respond, call the Spiritual Care office at (320) 555-0410 or page the
on-call chaplain through the operator at (320) 555-0400.

""" + CONF_HOSP
    emit("phi", "ids", "HSRMC Spiritual Care <noreply-spiritualcare@%s>" % HOSP,
         ["office@%s" % CH], "Clergy Notification SC-24-01877", body, dt(2024, 3, 11, 6, 43),
         patient="M.K.", headers=[("Auto-Submitted", "auto-generated")])

    # ids-004: parish nurse to Area Agency on Aging - case number + DOB
    body = """Good morning Ms. Ortiz,

I'm following up on case # AAA-2024-03318, the application for home-delivered meals and homemaker services for one of our church members (DOB 11/02/1939). The application went in on 1/29 and she was told someone would call to schedule the in-home assessment within 30 days, but no one has called yet.

Since the application went in she's had two more falls and her daughter is now driving up from Mankato every weekend to do her shopping. She is eating mostly toast and canned soup during the week. She has agreed that I can speak with your office about her case; her signed consent is in the file you received with the application.

Is there anything else you need from us to move it along? I'm happy to be present for the assessment if that's helpful.

Thank you,

""" + SIG_DEB + "\n\n" + CONF_CH
    emit("phi", "ids", DEB, ["Lucia Ortiz <lortiz@lakescounty-aging.org>"],
         "Case # AAA-2024-03318 - status of in-home assessment", body, dt(2024, 3, 27, 9, 12),
         patient="")

    # ids-005: discretionary fund for a copay
    body = """Gordon,

Please pay Harlow Drug from my discretionary fund, $87.40.

Rx #6120448, patient DOB 4/7/1971. It's the copay on her insulin, she's between jobs and her coverage lapsed at the end of the month. Jill at the pharmacy counter has it set aside under her name and will run it when the church card or check comes through. Memo line just "pastoral assistance" please, don't need a name on it.

Thanks - receipt will be in your box.

Matt"""
    emit("phi", "ids", MATT, [GORDON], "discretionary fund - pharmacy", body,
         dt(2024, 6, 3, 15, 22), patient="")

    # ids-006: office administrator to benefits trust about a staff dependent's claim
    d0 = dt(2024, 2, 20, 14, 3)
    orig = """Good afternoon,

I'm writing on behalf of one of our employees, with his permission (he is cc'd).

Subscriber ID: 882041377-01
Dependent: 02
Claim #: 24-118-03392
Date of service: 01/22/2024
Provider: Lakes Imaging Center, Harlow Springs

The EOB processed the MRI as out-of-network, but Lakes Imaging is listed as in-network in your online directory and the ordering provider is in-network. The patient responsibility came back as $1,840.00 instead of the in-network copay.

Could you reprocess the claim or let us know how to appeal?

Thank you,

""" + SIG_PATTI
    body = """Ms. Szymanski,

Thank you for your message. I reviewed claim 24-118-03392. The facility was billed under a tax ID that is not contracted with the plan (the imaging group's billing entity changed in December). I have sent the claim for reprocessing under the contracted TIN; please allow 10-14 business days. An updated EOB will be mailed to the subscriber.

Reference # for this inquiry: INQ-7730145.

Kind regards,
Member Services
Evangelical Church Benefits Trust
1-800-555-0199 | Monday-Friday 7am-6pm CT

""" + on_wrote(d0, PATTI) + "\n" + quote(orig)
    emit("phi", "ids", "ECBT Member Services <memberservices@ecbt-benefits.org>", [PATTI],
         "RE: Claim 24-118-03392 processed out-of-network", body, dt(2024, 2, 23, 10, 40),
         cc=[MATT], in_reply_to=parent_id(CH), patient="")

    # ids-007: hospice room-and-board statement; family asked church for help
    body = """Gordon,

Per our phone call, here are the details for the room and board balance at the Hospice House. The family asked that we share this with the church so the benevolence committee can consider a gift.

Account:            55-20931
Patient last name:  KOWALCZYK
Medicare (MBI):     7QW3-HN8-RT24
Dates:              08/12/2024 - 09/03/2024 (23 days)
Level of care:      Routine home care, residential (room & board not covered by the hospice benefit)
Daily rate:         $285.00
Charges:            $6,555.00
Payments:           $2,000.00 (family, 08/20)
Balance:            $4,555.00

If the church makes a payment, please reference the account number above. We also have a small charitable fund of our own and I've submitted a request to our foundation; I'll let the family know either way.

With gratitude for your congregation's care during this time,

Angela Moreau
Patient Accounts
Riverbend Hospice
(320) 555-0520 | fax (320) 555-0529"""
    emit("phi", "ids", "Angela Moreau <amoreau@%s>" % HOSPICE, [GORDON],
         "Hospice House balance - acct 55-20931", body, dt(2024, 9, 10, 11, 15),
         cc=[KAREN], patient="Kowalczyk")

    # ids-008: online prayer request form notification
    body = """A new prayer request was submitted at stcolumba-harlow.org/prayer

Submitted:          04/11/2024 9:48 PM
Name:               J.
Member/envelope #:  0412
Phone:              (320) 555-0166
Email:              jlk.harlow@examplemail.com
Request:            Knee replacement surgery on 4/18 at HSRMC, first case of the day. Nervous about the anesthesia since the last time didn't go well. Would appreciate prayers and a call afterwards. My husband will be with me.
Share with:         [X] Pastors only   [ ] Prayer chain   [ ] Bulletin
OK to visit:        Yes - at home after 4/22

--
This notification was sent by the St. Columba website form handler.
Form ID 3 | Entry 2024-0412-117"""
    emit("phi", "ids", "St. Columba Website <webforms@%s>" % CH,
         ["Pastors <pastors@%s>" % CH], "[Prayer Request] New submission - Pastors only",
         body, dt(2024, 4, 11, 21, 48), patient="",
         headers=[("Auto-Submitted", "auto-generated")],
         reply_to="jlk.harlow@examplemail.com")


# ==========================================================================
# PHI: lang
# ==========================================================================
def phi_lang():
    # lang-001 Spanish
    body = """Hola Deb,

Te escribo sobre Doña Carmen Ríos. El domingo, en la clínica de presión después del culto en español, le salió 172/96 y se quejó de dolor de cabeza. Me dijo que se le acabaron las pastillas de la presión hace como una semana y no ha podido ir a la farmacia porque su hijo trabaja en el turno de noche y no tiene quién la lleve. También me comentó que el azúcar le ha estado saliendo alto en las mañanas (ella es diabética, toma metformina).

¿Podrías llamarla esta semana? Ella habla muy poquito inglés, así que si quieres yo te acompaño para traducir. Su número es (320) 555-0145 y vive en los apartamentos Willow Court, #6B. Yo puedo el martes o el jueves después de las 3.

Mil gracias por todo lo que haces por nuestra gente.

Marisol Gutiérrez
Coordinadora, Ministerio Hispano
Iglesia Luterana San Columba
(320) 555-0140 ext. 210"""
    emit("phi", "lang", MARISOL, [DEB], "Doña Carmen - presión alta", body,
         dt(2024, 4, 15, 8, 50), patient="Carmen Ríos")

    # lang-002 Vietnamese
    body = """Chào chị Deb và Mục sư Karen,

Em là Trần Minh Anh bên nhóm thông công Việt Nam. Em xin báo là bác Nguyễn Thị Lan (mẹ của anh Phúc) đã nhập viện Harlow Springs Regional tối thứ Bảy vì bị đột quỵ nhẹ. Hiện bác đang nằm phòng 418, tầng 4. Bác bị yếu bên tay trái và nói chuyện hơi khó. Bác sĩ nói có thể tuần sau sẽ chuyển bác qua trung tâm phục hồi chức năng.

Gia đình xin cả hội thánh cầu nguyện cho bác. Anh Phúc hỏi có mục sư nào vào thăm và cầu nguyện cho bác được không. Chiều thứ Ba hoặc thứ Tư thì gia đình có mặt ở bệnh viện để thông dịch. Số điện thoại anh Phúc: (320) 555-0178.

Bác thích nghe Thánh ca "Ngợi Khen Chúa" lắm, nếu mục sư đến thì mình hát bài đó cho bác nghe.

Cảm ơn chị và mục sư nhiều.
Minh Anh

Sent from my iPhone"""
    emit("phi", "lang", "Tran Minh Anh <tranminhanh@examplemail.com>", [DEB, KAREN],
         "Xin cầu nguyện cho bác Lan", body, dt(2024, 11, 4, 7, 15),
         patient="Nguyễn Thị Lan")

    # lang-003 Haitian Creole
    body = """Bonjou Pastè Matt,

Se Marie-Claude Pierre k ap ekri w. Mari m, Jean-Baptiste, te fè yon operasyon nan kè lendi pase a nan lopital Harlow Springs Regional. Doktè a di operasyon an te byen pase, men l ap rete lopital pou kèk jou ankò, petèt jiska vandredi. Lè l tounen lakay li pa ka leve anyen ki lou pandan sis semèn, epi li pa ka kondui.

Mwen gen twa timoun lakay e m ap travay lannuit nan Maple Grove, kidonk si legliz la ta ka ede nou ak kèk manje pou semèn k ap vini an, sa t ap yon gwo benediksyon pou nou. Timoun yo pa manje vyann kochon. Adrès nou se 45 Quarry Road, apatman 3.

Tanpri priye pou li. Li te vle pou m di w mèsi paske w te vin wè l anvan operasyon an.

Mèsi anpil, Bondye beni nou.
Marie-Claude
(320) 555-0191"""
    emit("phi", "lang", "Marie-Claude Pierre <mcpierre83@examplemail.com>", [MATT],
         "Jean-Baptiste - operasyon", body, dt(2024, 5, 22, 6, 5), cc=[CHERYL],
         patient="Jean-Baptiste Pierre")

    # lang-004 Tagalog / Taglish
    body = """Hi Deb,

Si Tess po ito (Teresita Valdez). Ipapaalam ko lang po yung tungkol kay Lola Remedios Santos, yung nanay ni Ate Cora. Pumunta kami sa doktor niya kahapon at pinalitan yung gamot niya sa high blood. Amlodipine 10mg na ngayon, isang beses sa umaga, tapos tinanggal na yung losartan kasi lagi daw siyang nahihilo pag tumatayo. Yung BP niya kahapon sa clinic ay 158/92.

Pwede po bang i-check ninyo ulit yung BP niya sa Sunday clinic pagkatapos ng 9:30 service? Medyo nakakalimot na rin po siya uminom ng gamot kaya binilhan namin siya ng pill organizer, pero hindi pa siya sanay.

Salamat po sa tulong ninyo palagi. God bless po!

Tess

Sent from my Galaxy"""
    emit("phi", "lang", "Tess Valdez <tessvaldez.rn@examplemail.com>", [DEB],
         "Lola Remedios - bagong gamot", body, dt(2024, 6, 13, 21, 33),
         patient="Remedios Santos")

    # lang-005 Korean (with some English)
    body = """목사님 안녕하세요,

한인 교우회 박준호 집사입니다. 김순자 권사님께서 지난주 목요일에 위암 수술을 받으시고 지금 Harlow Springs Regional 병원 5층 (5 North, room 527)에 입원해 계십니다. 수술은 잘 되었다고 하는데, 다음 달부터 항암치료를 시작하셔야 한다고 합니다.

권사님 따님 (Grace Kim, 320-555-0164)께서 주일 광고나 bulletin 에는 올리지 말아 달라고 부탁하셨습니다. 중보기도팀에만 알려 주시면 감사하겠습니다.

이번 주 금요일 오후 2시쯤 저희 교우회 몇 분과 함께 심방을 가려고 하는데, 목사님께서도 함께 가실 수 있으신지요? 권사님께서 목사님 많이 보고 싶어 하십니다.

감사합니다.
박준호 집사 드림
(320) 555-0193"""
    emit("phi", "lang", "Joon-ho Park <jhpark@prairiewave.net>", [KAREN],
         "김순자 권사님 입원 소식", body, dt(2024, 7, 8, 12, 20), cc=[MATT],
         patient="김순자")

    # lang-006 Polish
    body = """Szanowny Pastorze,

Piszę w imieniu mojego taty, Stanisława Nowickiego. W zeszły wtorek tata przewrócił się w łazience i złamał biodro. Po operacji przeniesiono go do ośrodka rehabilitacyjnego Maple Grove Care Center, pokój 112, i będzie tam prawdopodobnie do końca miesiąca. Fizjoterapeuta mówi, że chodzi już z balkonikiem, ale jeszcze bardzo słabo.

Tata bardzo by się ucieszył, gdyby ktoś z parafii mógł go odwiedzić i przynieść Komunię. Od kilku tygodni nie był w kościele i bardzo mu tego brakuje. Lepiej rozumie po polsku, ale trochę mówi po angielsku, więc proszę się nie martwić.

Najlepiej przychodzić przed południem, bo po obiedzie ma rehabilitację. Mój numer telefonu: 320-555-0122.

Z poważaniem i podziękowaniem,
Agnieszka Nowicka-Reed"""
    emit("phi", "lang", "Agnieszka Nowicka-Reed <anowickareed@harlownet.net>", [MATT],
         "Prośba o odwiedziny - Stanisław Nowicki", body, dt(2024, 2, 5, 19, 2),
         patient="Stanisław Nowicki")

    # lang-007 Brazilian Portuguese, reply to meal coordinator
    d0 = dt(2024, 8, 19, 13, 5)
    orig = """Hi Juliana! Just checking in - how is little Davi doing? The calendar runs through Friday, do you want me to extend it? No pressure, we're happy to keep going. Hugs, Cheryl"""
    body = """Oi Cheryl!

Muito obrigada pelas refeições desta semana, a lasanha da Dona Helen foi um sucesso 😊

Só pra atualizar: o Davi ainda está na UTI neonatal do Harlow Springs Regional. Ele nasceu com 34 semanas e está ganhando peso devagar, já está com 2,1 kg. Os médicos acham que ele pode vir pra casa na semana que vem se conseguir mamar sozinho sem a sonda. Eu ainda estou com os pontos da cesárea, então não posso dirigir muito, o Rafael me leva ao hospital todo dia depois do trabalho.

Pode sim continuar o calendário até o dia 30? Quem trouxer comida pode deixar na caixa térmica na varanda (312 Cedar St). A Sofia não come nada com cebola 🙈

Beijos e obrigada de novo, vocês são uma bênção pra nossa família.
Juliana Costa

""" + on_wrote(d0, CHERYL) + "\n" + quote(orig)
    emit("phi", "lang", "Juliana Costa <jucosta.br@examplemail.com>", [CHERYL],
         "Re: Meals for the Costa family", body, dt(2024, 8, 19, 22, 41),
         in_reply_to=parent_id("examplemail.com"), patient="Davi Costa")

    # lang-008 Chinese (simplified)
    body = """Deb 护士您好，

我是王秀英的女儿刘敏。我妈妈上周三在 Harlow Eye Center 做了右眼白内障手术，医生说恢复得不错，但是一个月内不能开车，也不能弯腰或者提重的东西。

下周二（3月19日）上午10:30 她要回去复诊，可是我那天要上班请不了假。不知道教会的接送义工能不能帮忙送她去？我们家的地址是 1420 Lakeview Drive，电话 (320) 555-0137。她英文不太好，麻烦司机帮她跟前台说一下她的名字和生日。

她现在每天要滴三种眼药水，我已经把时间表贴在冰箱上了。如果有人去看她，麻烦提醒她一下不要揉眼睛。

谢谢您和教会的关心！
刘敏"""
    emit("phi", "lang", "Min Liu <liumin.harlow@examplemail.com>", [DEB],
         "妈妈白内障手术后复诊 - 需要接送", body, dt(2024, 3, 13, 20, 17), cc=[LINDA],
         patient="王秀英")


# ==========================================================================
# PHI: lists
# ==========================================================================
def phi_lists():
    # lists-001: weekly confidential prayer list in body
    body = """CONFIDENTIAL - Pastors and Prayer Chain leaders only. Please do not forward or print.

ST. COLUMBA PRAYER LIST - week of March 10, 2024

IN THE HOSPITAL
  Harold Jensen ............ HSRMC 3 East - pneumonia, on oxygen, hoping for discharge Thurs
  Marjorie Koenig .......... St. Anne's in Willmar - heart cath Monday 3/11
  Samuel Brandt ............ HSRMC 4 West - gallbladder surgery went well

SURGERY / TREATMENT
  Bill Haverford ........... chemo cycle 2 begins 3/12 (Joan asks for cards, no visits this week)
  Janet Colby .............. biopsy 3/14, results next week
  Dale Fremstad ............ radiation daily through 4/5, rides covered by Dave R.

HOMEBOUND / CARE CENTERS (added or changed)
  Ernest Voss .............. moved to Maple Grove Care Center rm 214
  Lorraine Kessler ......... home, recovering from a fall - son Greg staying with her

NEW BABIES
  Grace & Chidi Okafor ..... baby Adaeze, born 2/11 - meals through 2/23 (done)

GRIEVING
  Family of Arthur Ness (funeral Sat 3/16, 11 am)

Pastors-only items are NOT on this list - see Pastor Karen.

Linda

""" + SIG_LINDA + "\n\n" + CONF_CH
    emit("phi", "lists", LINDA, [KAREN, MATT, "Prayer Chain Leaders <prayerchain-leaders@%s>" % CH],
         "Prayer list - week of 3/10 (CONFIDENTIAL)", body, dt(2024, 3, 9, 10, 2),
         patient="Harold Jensen; Marjorie Koenig; Samuel Brandt; Bill Haverford; Janet Colby; "
                 "Dale Fremstad; Ernest Voss; Lorraine Kessler; Grace Okafor; Arthur Ness")

    # lists-002: BP clinic log as CSV attachment with short cover note
    rows = [["date", "name", "age", "systolic", "diastolic", "pulse", "arm", "notes", "follow_up"],
            ["2024-03-03", "Raymond Fuchs", 67, 152, 98, 78, "L", "new BP med 2 wks ago; dizzy AM", "call Tue"],
            ["2024-03-03", "Helen Sorensen", 81, 134, 76, 70, "L", "", ""],
            ["2024-03-03", "Carmen Rios", 63, 172, 96, 88, "R", "out of meds ~1 wk; HA; diabetic", "Marisol to translate; call MD"],
            ["2024-03-03", "Wendell Ames", 74, 118, 64, 58, "L", "on metoprolol; pulse low, no sx", ""],
            ["2024-03-03", "Lucille Graber", 88, 146, 82, 76, "L", "hearing aid batteries - gave 2 pk", "recheck 3/17"],
            ["2024-03-03", "Tony Ferraro", 55, 162, 104, 92, "L", "first time; smoker; no PCP", "gave clinic list, recheck 3/10"],
            ["2024-03-03", "Remedios Santos", 84, 158, 92, 80, "R", "forgets meds; pill box from family", "recheck 3/10"],
            ["2024-03-03", "Gloria Hedlund", 70, 128, 80, 72, "L", "", ""]]
    body = """Gordon / Karen -

Attached is the log from Sunday's blood pressure clinic for the health ministry binder. 8 people, 3 I'm following up on this week. Karen, Tony Ferraro was new to me - came with his sister - and has no doctor. I gave him the community clinic info and he said he'd come back next week.

Gordon, please save it to the Health Ministry folder on the office drive, not the shared Volunteers folder.

Deb

""" + SIG_DEB + "\n\n" + CONF_CH
    emit("phi", "lists", DEB, [GORDON, KAREN], "BP clinic log 3/3", body,
         dt(2024, 3, 4, 8, 41),
         atts=[("BP_clinic_2024-03-03.csv", csv_text(rows), "text", "csv")],
         patient="Raymond Fuchs; Helen Sorensen; Carmen Rios; Wendell Ames; Lucille Graber; "
                 "Tony Ferraro; Remedios Santos; Gloria Hedlund")

    # lists-003: homebound visitation list as XLSX
    rows = [["Homebound & Care Center Visitation - Q2 2024", "", "", "", "", "", ""],
            ["Member", "Where", "Address / Room", "Phone", "Visitor", "Communion", "Notes"],
            ["Ernest Voss", "Maple Grove Care Ctr", "Rm 214 east wing", "(320) 555-0300 x214", "Pastor Matt / Jim B.", "Monthly", "Hard of hearing L side - sit on right; mornings best"],
            ["Dorothy Pruitt", "Home", "Willow Court #2C (code 0214)", "(320) 555-0129", "Deb / Carol T.", "Monthly", "CHF - watch ankles; pill box weekly"],
            ["Lucille Graber", "Home", "612 3rd Ave NE", "(320) 555-0112", "Marge K.", "Monthly", "Uses oxygen - no candles"],
            ["Stanislaw Nowicki", "Maple Grove Care Ctr", "Rm 112 (rehab)", "", "Pastor Matt", "Weekly while in rehab", "Hip fx 1/30; prefers Polish; before noon"],
            ["Everett 'Bud' Lindahl", "Home", "2230 County Rd 7", "(320) 555-0184", "Phil A.", "Monthly", "Memory loss; Marge is caregiver - check on her too"],
            ["Agnes Thorsrud", "Lakeside Assisted Living", "Apt 118", "(320) 555-0250", "Ruth Ann B.", "Monthly", "Diabetic - no sweets; legally blind"],
            ["Lorraine Kessler", "Home", "88 Birchwood Ln", "(320) 555-0175", "Ruth Ann B.", "As requested", "Falls x2 in Jan; alert button ordered"],
            ["Walter Hanley", "Home", "1509 Prairie Ave", "(320) 555-0198", "Dave R.", "Monthly", "Dialysis M/W/F - visit Tue/Thu"]]
    body = """Hi all,

Attached is the updated homebound visitation list for April-June. Changes are highlighted in the notes column. Please look over your assignments and let me know by Friday if anything doesn't work.

Reminder: this list stays with you. Please don't print extra copies or leave it in the church kitchen like last quarter. :)

Linda

""" + SIG_LINDA
    emit("phi", "lists", LINDA, ["Visitation Team <visitors@%s>" % CH], "Q2 homebound visitation list",
         body, dt(2024, 3, 28, 13, 30), cc=[MATT, DEB],
         atts=[("Homebound_Visitation_Q2_2024.xlsx", make_xlsx(rows, "Q2"), "application",
                "vnd.openxmlformats-officedocument.spreadsheetml.sheet")],
         patient="Ernest Voss; Dorothy Pruitt; Lucille Graber; Stanislaw Nowicki; Everett Lindahl; "
                 "Agnes Thorsrud; Lorraine Kessler; Walter Hanley")

    # lists-004: chaplain sends a census of members currently admitted (pipe table)
    body = """Karen,

As you requested for your staff meeting, here are the patients currently in house who list St. Columba Lutheran and consented to clergy notification:

 Name                 | Unit/Rm  | Admit    | Note
----------------------+----------+----------+------------------------------------------
 Brandt, Samuel       | 4W 412   | 05/05    | post-op, doing well, d/c likely Thu
 Abernathy, Louise    | 5N 506   | 05/01    | out of ICU 5/4, asks for choir CD
 Fremstad, Dale       | 6S 618   | 05/06    | admitted from radiation onc, dehydrated
 Nguyen, Thi Lan      | 4E 418   | 05/04    | stroke; family interprets Tue/Wed pm

Please note that the list changes daily - call the Spiritual Care office before you come in.

Victor

Chaplain Victor Amadi, M.Div., BCC
Department of Spiritual Care
Harlow Springs Regional Medical Center
(320) 555-0410

""" + CONF_HOSP
    emit("phi", "lists", AMADI, [KAREN], "Current census - St. Columba", body,
         dt(2024, 5, 7, 7, 55),
         patient="Samuel Brandt; Louise Abernathy; Dale Fremstad; Thi Lan Nguyen")

    # lists-005: meal coordinator pastes a spreadsheet (tab separated)
    body = """Hi Linda, here's where we are with meals - pasted from my sheet. Can you put it in the Thursday care team email? Need more cooks for the Pierre family especially.

Family\tReason\tStart\tEnd\tMeals/wk\tDiet\tDrop-off
Pierre (Marie-Claude & Jean-Baptiste)\theart surgery 5/20, JB can't drive 6 wks\t5/24\t6/14\t3\tno pork\t45 Quarry Rd #3
Costa (Juliana & Rafael)\tbaby Davi born 8/8 at 34 wks, in NICU\t8/12\t8/30\t3\tno onions (Sofia)\t312 Cedar St, cooler on porch
Haverford (Bill & Joan)\tchemo weeks\t5/13\t7/1\t2\tsoft foods, low salt\t1901 Lake Shore Dr
Lindgren (Arne & Bev)\tArne home from rehab after stroke\t9/2\t9/20\t2\tdiabetic\t737 Sunset Ln

Sign-up links are on the SupperCircle pages. Thanks!!
Cheryl"""
    emit("phi", "lists", CHERYL, [LINDA], "meals update", body, dt(2024, 5, 29, 18, 12),
         patient="Jean-Baptiste Pierre; Juliana Costa; Bill Haverford; Arne Lindgren")

    # lists-006: pharmacy partner confirms flu clinic recipients (Name - DOB - reason lines)
    body = """Deb,

Thanks again for hosting on Sunday. For your health ministry records, here is who received vaccines at the St. Columba clinic on 10/6. Billing went to each person's Part B / plan; nobody was charged out of pocket.

Eleanor Fisk - 03/22/1941 - Fluzone High-Dose - Medicare B
Wendell Ames - 07/09/1949 - Fluzone High-Dose + COVID 2024-25 - Medicare B / Humana MAPD
Helen Sorensen - 12/01/1942 - Fluzone High-Dose - Medicare B
Raymond Fuchs - 05/30/1957 - Fluzone High-Dose - Medicare B
Gloria Hedlund - 09/14/1953 - Flublok - BCBS MN
Tony Ferraro - 02/17/1969 - Flucelvax - uninsured, state VFA program
Agnes Thorsrud - 01/05/1936 - Fluzone High-Dose - Medicare B (given at Lakeside, homebound)
Lucille Graber - 06/28/1935 - declined - allergy hx to egg per pt, refer to PCP

Two people had mild sore arm reactions reported by phone Monday, nothing else. Next year let's do the clinic after the 11:00 service too.

Jill Brekke, PharmD
Harlow Drug
118 Main Street, Harlow Springs MN 56399
(320) 555-0301 | fax (320) 555-0302"""
    emit("phi", "lists", "Jill Brekke <jill@harlowdrug.com>", [DEB], "Flu clinic 10/6 - recipients",
         body, dt(2024, 10, 8, 12, 4),
         patient="Eleanor Fisk; Wendell Ames; Helen Sorensen; Raymond Fuchs; Gloria Hedlund; "
                 "Tony Ferraro; Agnes Thorsrud; Lucille Graber")

    # lists-007: Stephen Ministry assignments in a docx; email body is bland
    paras = ["# Stephen Ministry - Care Receiver Assignments (updated Sept 2024)",
             "CONFIDENTIAL - for Stephen Leaders only",
             "",
             "# Care receiver\tStephen Minister\tSituation\tStarted",
             "Joan Haverford\tCarol Tanner\tSpouse in cancer treatment; caregiver stress\t05/2024",
             "Marge Lindahl\tPhil Andersen\tHusband's dementia progressing; isolation\t01/2024",
             "Dev Raman\tTom Oyelaran\tPregnancy loss (spouse); grief\t04/2024",
             "Greg Kessler\tBeth Norquist\tMother's falls / decision about assisted living\t02/2024",
             "Kathy Garrity-Lund\tSue Thornquist\tFather on hospice\t10/2024 (new)",
             "Paul Weller\tJim Baumann\tDepression after job loss; sees counselor at Lakes Behavioral\t06/2024",
             "",
             "Supervision groups meet 2nd & 4th Tuesdays, 7 pm, Room 204."]
    body = """Stephen Leaders,

Updated assignment sheet attached for Tuesday's supervision. One new match this month.

Phil

--
Phil Andersen
Stephen Leader, St. Columba"""
    emit("phi", "lists", PHIL, ["Stephen Leaders <stephenleaders@%s>" % CH], "assignments - Sept",
         body, dt(2024, 10, 20, 20, 48),
         atts=[("SM_assignments_Sept2024.docx", make_docx(paras), "application",
                "vnd.openxmlformats-officedocument.wordprocessingml.document")],
         patient="Joan Haverford; Marge Lindahl; Dev Raman; Greg Kessler; Kathy Garrity-Lund; Paul Weller")


# ==========================================================================
# PHI: names
# ==========================================================================
def phi_names():
    # names-001
    body = """Friends,

I spent an hour with Bill Haverford and Joan yesterday afternoon. The oncologist wants to start chemo next Tuesday - six rounds, every three weeks, at the cancer center in St. Cloud. Bill is tired and has lost quite a bit of weight since Easter, but he was his usual self, teasing me about the Twins.

Joan asked that visits be brief and that people call ahead; Bill will be wiped out the first few days after each round. He'd love cards, and he'd love to hear from the men's breakfast group.

Please also keep Joan in mind. She is carrying a lot and won't ask for help. I've asked Carol Tanner to check in with her.

I'll keep you posted as I know more.

Karen

""" + SIG_KAREN
    emit("phi", "names", KAREN, ["Deacons <deacons@%s>" % CH], "Bill H.", body,
         dt(2024, 5, 8, 8, 15), patient="Bill Haverford")

    # names-002: name only in the subject line
    d0 = dt(2024, 5, 4, 9, 2)
    orig = "Any news? The altos want to send something but didn't know if flowers are allowed up there."
    body = """Out of ICU this morning and on the step-down unit now (5N). No flowers on that floor, sorry. Chaplain Amadi says she's asking for the choir's Christmas CD and her reading glasses, so maybe the altos could bring the CD and a card? Her son flies in tonight.

M

""" + on_wrote(d0, SAMUEL) + "\n" + quote(orig)
    emit("phi", "names", MATT, [SAMUEL], "Re: Mrs. Abernathy", body, dt(2024, 5, 4, 12, 31),
         cc=[KAREN], in_reply_to=parent_id(CH), patient="Louise Abernathy")

    # names-003: hospice chaplain, with forwarded internal note (Last, First)
    d0 = dt(2024, 6, 17, 6, 10)
    fwd = """IDT note - 06/17 0605
Holloway, Rosemary - Day 41 on service. RN visit overnight: mottling to knees, periods of apnea 15-20 sec, not taking PO since Sat. PPS 10%. Comfort meds effective. Family at bedside (dtr Anne, son David). Family requests their pastor for commendation/prayers at time of death. SW following for bereavement. Chaplain to coordinate with St. Columba."""
    body = """Karen,

Rosemary's family asked me to reach out to you this morning. She's transitioning - the nurse thinks we're looking at hours to a day or two. Anne and David are both there at the house (2718 Maple Ridge Rd) and would very much like you to come for prayers and the commendation when you can. Anne's cell is 320-555-0114.

I'm there until noon and happy to step back when you arrive. Note from our team below for context.

Tom

Rev. Tom Eckert
Chaplain, Riverbend Hospice
(320) 555-0525

""" + fwd_block("Riverbend IDT <idt@%s>" % HOSPICE, d0, "teckert@%s" % HOSPICE,
                "IDT update - Holloway", fwd)
    emit("phi", "names", ECKERT, [KAREN], "Fwd: IDT update - Holloway", body,
         dt(2024, 6, 17, 7, 2), patient="Rosemary Holloway")

    # names-004: nickname
    body = """Matt,

Quick one. Bud fell again Saturday - third time since Christmas. Went down in the garage, bruised his hip and cut his arm on the snowblower. Marge got him up with the neighbor's help and wouldn't call 911. He didn't know what day it was when I saw him Sunday, and he kept asking for his brother who died in '09. I think the memory stuff is getting worse faster than Marge wants to admit.

Marge is exhausted. She told me she hasn't slept through the night in a month because he gets up and wanders. I brought up respite care and adult day at Lakeside and she didn't say no this time.

Could you or Deb stop by this week? I think she'd listen to Deb about getting him checked out.

Phil"""
    emit("phi", "names", PHIL, [MATT], "Lindahls", body, dt(2024, 2, 12, 21, 9),
         cc=[DEB], patient="Everett Lindahl")

    # names-005: harmless reply, the health details are in the quoted message
    d0 = dt(2024, 4, 11, 15, 40)
    orig = """Karen,

Priya Raman called the office this afternoon. She lost the baby on Tuesday, she was about 14 weeks. She's home now and Dev took the week off to be with her. She does NOT want it on the prayer list or in the bulletin, but she would like a pastor to call her, preferably you. Her cell is 320-555-0159.

She also asked that we not set up meals - she said she knows people mean well but she can't face the door right now.

Linda"""
    body = """Thank you Linda. I'll call her tonight. Let's hold off on any card from the office for now.

K

""" + on_wrote(d0, LINDA) + "\n" + quote(orig)
    emit("phi", "names", KAREN, [LINDA], "Re: call for you", body, dt(2024, 4, 11, 16, 2),
         in_reply_to=parent_id(CH), patient="Priya Raman")

    # names-006: music director
    body = """Karen,

Glen Ostrander came to see me after rehearsal Wednesday. He's stepping back from the bass section for a while - the Parkinson's is making it hard for him to stand through the anthems and he's having trouble holding the folder steady. He was pretty emotional about it; he's sung in this choir for 30 years.

He asked that we NOT announce it. He'd like to keep coming to rehearsals to listen and help with the music library if we can find him a chair by the door. I told him of course.

Would you give him a call sometime? I think he'd appreciate it coming from you.

Thanks,
Samuel

Samuel Kwan
Director of Music
St. Columba Lutheran Church"""
    emit("phi", "names", SAMUEL, [KAREN], "Glen", body, dt(2024, 9, 13, 10, 44),
         patient="Glen Ostrander")

    # names-007: youth director
    body = """Matt -

Heads up before confirmation on Wednesday. Maddie Kerr won't be in class for a while. Her mom called me - Maddie was admitted last week to the eating disorder program at Lakes Behavioral in St. Cloud, the residential one. They're expecting 4-6 weeks. Her parents are wrecked.

They asked that she NOT go on the prayer list and that we don't tell the other kids anything beyond "she's dealing with some family stuff." Her mentor (Anna Ruud) knows. I'd like to send her a card from the small group but I'll check with her mom first about what's allowed.

Can you make sure she can still be confirmed with her class in May even if she misses sessions? I can do make-up work with her when she's home.

Jess"""
    emit("phi", "names", JESS, [MATT], "Maddie", body, dt(2024, 2, 26, 22, 17),
         patient="Maddie Kerr")

    # names-008: funeral planning thread between funeral home and church office
    d0 = dt(2024, 3, 11, 9, 5)
    d1 = dt(2024, 3, 11, 14, 30)
    orig1 = """Patti,

We are serving the family of Arthur Ness, who died Sunday evening at home with Riverbend Hospice. The family would like the funeral at St. Columba on Saturday, March 16 at 11:00 a.m. with visitation one hour prior, and would like Pastor Lindqvist to officiate. Committal at Harlow Springs Cemetery will be private.

Draft obituary attached; the family asked that memorials go to Riverbend Hospice and the St. Columba Care Ministry.

Glenn Whitaker
Whitaker & Sons Funeral Home
(320) 555-0360"""
    orig2 = """Glenn - Saturday 11:00 works, sanctuary and fellowship hall are booked. Pastor Karen will meet with the family Wednesday at 2. I'll have Linda line up the funeral lunch team.

A small edit on the draft obit: the family asked the church to leave out the line about the kidney disease and just say "after a long illness." Can you make sure that gets changed before it goes to the Gazette? Helen told Pastor Karen this morning that Arthur didn't want people knowing about the dialysis.

Patti"""
    body = """Done - obit updated and sent to the Gazette for Wednesday's edition. Revised version below for your bulletin insert.

ARTHUR JOHN NESS, 82, of Harlow Springs, died peacefully at home on March 10, 2024, after a long illness, with his wife Helen at his side. ...

Glenn

""" + on_wrote(d1, PATTI) + "\n" + quote(orig2) + "\n>\n" + quote(on_wrote(d0, "Glenn Whitaker <glenn@whitakerfuneralhome-hs.com>") + "\n" + quote(orig1), 1)
    emit("phi", "names", "Glenn Whitaker <glenn@whitakerfuneralhome-hs.com>", [PATTI],
         "Re: Ness funeral - Sat 3/16", body, dt(2024, 3, 11, 16, 48), cc=[KAREN],
         in_reply_to=parent_id(CH), patient="Arthur Ness")


# ==========================================================================
# PHI: self
# ==========================================================================
def phi_self():
    body = """Pastor Karen,
Could you please add me to the prayer list? I have a breast biopsy Thursday morning at HSRMC and the waiting is hard. Pastors and prayer chain only please, I haven't told my kids yet.
Thank you,
Janet Colby

Sent from my iPhone"""
    emit("phi", "self", "Janet Colby <jcolby.mn@examplemail.com>", [KAREN], "prayer request",
         body, dt(2024, 3, 10, 18, 55), patient="Janet Colby")

    body = """hi deb its ray fuchs. my bp was 152/98 at walgreens yesterday and 160 something this am. the new pill the dr gave me (lisinopril?) makes me dizzy when i get up in the morning, almost went down in the bathroom. should i stop it or come to clinic sunday. dont want to bother the dr over nothing

ray
320 555 0108"""
    emit("phi", "self", "ray fuchs <rayfuchs57@harlownet.net>", [DEB], "bp", body,
         dt(2024, 3, 6, 6, 48), patient="Raymond Fuchs")

    body = """Hi Patti,

Wanted to give you a heads up for the calendar and for payroll. My gallbladder surgery is scheduled for Thursday 5/9 (laparoscopic, outpatient at HSRMC if all goes well). The surgeon says 1-2 weeks before I'm back to normal, and no lifting over 15 lbs for a month, so I'll need somebody else to haul the lock-in stuff.

I'd like to use sick time for 5/9-5/17 and work from home the week after if that's ok. Do I need to fill out anything for the benefits trust, or is that only if it goes past two weeks? I'll get you a doctor's note.

Thanks!
Jess

Jess Moreno
Director of Youth & Family Ministry
St. Columba Lutheran Church"""
    emit("phi", "self", JESS, [PATTI], "time off in May", body, dt(2024, 4, 22, 9, 31),
         patient="Jess Moreno")

    body = """Dear Mr. Tate,

Pastor Matt said I should write to you about the benevolence fund. I hate to ask. In August I was in the hospital four days with a blood clot in my lung and the bill after insurance is $3,860. I'm on a payment plan of $150 a month but I also have the blood thinner which is $95 a month, and with my hours cut at the plant I'm falling behind.

My account number at Harlow Springs Regional is 40088217-1 if you need it. I can bring in the statement.

Anything would help. Thank you and God bless.

Dennis Kowalski
418 W. 5th St
(320) 555-0127"""
    emit("phi", "self", "Dennis Kowalski <dkowalski418@examplemail.com>", [GORDON],
         "benevolence fund request", body, dt(2024, 10, 16, 20, 22), cc=[MATT],
         patient="Dennis Kowalski")

    body = """Dear Meal Team and everyone at St. Columba,

I wanted to say thank you from the bottom of my heart for the meals these last three weeks. I didn't realize how much a new hip would knock me off my feet! The physical therapist came out yesterday and says I'm ahead of schedule - I'm up to the end of the driveway and back with the cane, and the swelling is finally going down.

Special thanks to whoever made the rhubarb bars. And to Dave for driving me to my follow-up with Dr. Sandberg.

I should be back in my pew by the end of the month.

With love and gratitude,
Margaret (Peg) Lund"""
    emit("phi", "self", "Peg Lund <peglund@prairiewave.net>", [CHERYL, LINDA], "Thank you!!",
         body, dt(2024, 6, 26, 15, 10), patient="Margaret Lund")

    d0 = dt(2024, 11, 18, 10, 0)
    orig = """Dear Pastor Osei,

I am writing because I have not been able to come to church since October. The eye doctor says the macular degeneration has gotten worse in both eyes and I cannot drive anymore, not even in the daytime. I cannot read the hymnal either, even the large print.

Would it be possible to receive communion at home? I am at 2205 Pine Street, the yellow house. I am usually home except Tuesdays when my son takes me to get my eye injections.

My daughter is typing this for me.

Sincerely,
Evelyn Strand"""
    body = """Dear Pastor,

Thank you for calling me back. Thursday the 21st at 1:00 is fine. I will have the coffee on.

Evelyn Strand

""" + outlook_block("Evelyn Strand <evstrand@harlownet.net>", d0, "Matthew Osei", "Home communion", orig)
    emit("phi", "self", "Evelyn Strand <evstrand@harlownet.net>", [MATT], "RE: Home communion",
         body, dt(2024, 11, 19, 11, 14), in_reply_to=parent_id(CH), patient="Evelyn Strand")

    body = """Hi Linda,

Could you please take me off the prayer list? Good news - the scan last week was clear and my oncologist says I'm officially in remission. But honestly I'd rather not have my name read on Sundays anymore. People mean well but I get stopped in the narthex every week and asked about my cancer and I just want to be Carol again for a while.

I am SO grateful for everyone's prayers, please tell the prayer chain that.

carol
Sent from my iPad"""
    emit("phi", "self", "Carol Ekstrom <carolekstrom@examplemail.com>", [LINDA],
         "prayer list", body, dt(2024, 8, 5, 13, 3), patient="Carol Ekstrom")


# ==========================================================================
# PHI: struct
# ==========================================================================
def x12_834():
    segs_body = [
        "ST*834*0001*005010X220A1",
        "BGN*00*STC20240301*20240301*0930****4",
        "REF*38*ECBT-GRP-20418",
        "DTP*007*D8*20240301",
        "N1*P5*ST COLUMBA LUTHERAN CHURCH*FI*410987654",
        "N1*IN*EVANGELICAL CHURCH BENEFITS TRUST*FI*366000111",
        "INS*Y*18*001*25*A*E**FT",
        "REF*0F*512448903",
        "REF*1L*ECBT-GRP-20418",
        "DTP*303*D8*20240229",
        "NM1*IL*1*KWAN*SAMUEL*J***34*512448903",
        "PER*IP**HP*3205550177*EM*SKWAN@STCOLUMBA-HARLOW.ORG",
        "N3*341 WILLOW BEND RD",
        "N4*HARLOW SPRINGS*MN*56399",
        "DMG*D8*19860311*M",
        "HD*001**HLT*PPO2500*FAM",
        "DTP*348*D8*20240229",
        "INS*N*19*021*28*A***N",
        "REF*0F*512448903",
        "DTP*303*D8*20240229",
        "NM1*IL*1*KWAN*LILY*M***34*000000000",
        "DMG*D8*20240229*F",
        "HD*021**HLT*PPO2500*FAM",
        "DTP*348*D8*20240229",
        "INS*N*01*001*25*A***N",
        "REF*0F*512448903",
        "NM1*IL*1*KWAN*HANNAH*R***34*487220615",
        "DMG*D8*19880725*F",
        "HD*001**HLT*PPO2500*FAM",
        "DTP*348*D8*20240229",
    ]
    n = len(segs_body) + 1
    segs_body.append("SE*%d*0001" % n)
    env = ["ISA*00*          *00*          *ZZ*STCOLUMBA0418  *ZZ*ECBT001        *240301*0930*^*00501*000000418*0*P*:",
           "GS*BE*STCOLUMBA0418*ECBT001*20240301*0930*418*X*005010X220A1"]
    tail = ["GE*1*418", "IEA*1*000000418"]
    return "~\n".join(env + segs_body + tail) + "~\n"


def ccd_xml():
    return """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.8" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="HSRMC-DS-20240619-5521"/>
  <code code="18842-5" codeSystem="2.16.840.1.113883.6.1" displayName="Discharge Summary"/>
  <title>Discharge Summary</title>
  <effectiveTime value="20240619143000-0500"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <languageCode code="en-US"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.19.5.99999.2" extension="00771904"/>
      <addr use="HP">
        <streetAddressLine>1509 Prairie Avenue</streetAddressLine>
        <city>Harlow Springs</city><state>MN</state><postalCode>56399</postalCode>
      </addr>
      <telecom value="tel:+1-320-555-0198" use="HP"/>
      <patient>
        <name><given>Walter</given><given>E</given><family>Hanley</family></name>
        <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19440403"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author>
    <time value="20240619143000-0500"/>
    <assignedAuthor>
      <id root="2.16.840.1.113883.4.6" extension="1588662043"/>
      <assignedPerson><name><given>Rebecca</given><family>Soto</family><suffix>MD</suffix></name></assignedPerson>
    </assignedAuthor>
  </author>
  <custodian><assignedCustodian><representedCustodianOrganization>
    <id root="2.16.840.1.113883.19.5.99999"/>
    <name>Harlow Springs Regional Medical Center</name>
  </representedCustodianOrganization></assignedCustodian></custodian>
  <component><structuredBody>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.24"/>
      <code code="11535-2" codeSystem="2.16.840.1.113883.6.1" displayName="Hospital discharge diagnosis"/>
      <title>Discharge Diagnosis</title>
      <text><list>
        <item>Fluid overload, end-stage renal disease on hemodialysis (N18.6)</item>
        <item>Hyperkalemia, resolved</item>
        <item>Type 2 diabetes mellitus with diabetic chronic kidney disease (E11.22)</item>
      </list></text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.11.1"/>
      <code code="10183-2" codeSystem="2.16.840.1.113883.6.1" displayName="Hospital discharge medications"/>
      <title>Discharge Medications</title>
      <text><table border="1">
        <thead><tr><th>Medication</th><th>Instructions</th><th>Status</th></tr></thead>
        <tbody>
          <tr><td>sevelamer carbonate 800 mg tablet</td><td>2 tabs by mouth with meals</td><td>Continued</td></tr>
          <tr><td>insulin glargine 100 unit/mL</td><td>14 units at bedtime (was 20)</td><td>Changed</td></tr>
          <tr><td>metoprolol succinate 25 mg</td><td>1 tab daily, hold on dialysis mornings</td><td>New</td></tr>
          <tr><td>furosemide 40 mg</td><td>STOP</td><td>Discontinued</td></tr>
        </tbody></table></text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.41"/>
      <code code="8653-8" codeSystem="2.16.840.1.113883.6.1" displayName="Hospital Discharge Instructions"/>
      <title>Discharge Instructions</title>
      <text>Fluid restriction 1.2 L/day. Dialysis Mon/Wed/Fri at Lakes Dialysis, chair time 6:00 AM. Weigh daily. Follow up with nephrology (Dr. Iyer) in 1 week. Return for shortness of breath, chest pain or weight gain over 3 lb in a day.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""


def phi_struct():
    # struct-001: hospital interface analyst forwards a raw ADT that failed the clergy feed
    hl7 = "\r".join([
        "MSH|^~\\&|EPIC|HSRMC|CLERGYNOTIFY|SPIRITCARE|20240305221407||ADT^A01^ADT_A01|MSG00048213|P|2.5.1",
        "EVN|A01|20240305221000|||JWALD^WALD^JOAN^^^RN",
        "PID|1||00782214^^^HSRMC^MR~40071832^^^HSRMC^AN||JENSEN^HAROLD^ARNOLD^^^||19410822|M|||1187 N ELM ST^^HARLOW SPRINGS^MN^56399^USA||(320)555-0119|||M|LUT^LUTHERAN-ST COLUMBA HARLOW^HL70006|40071832|",
        "NK1|1|JENSEN^EDNA^M|SPO^SPOUSE^HL70063|1187 N ELM ST^^HARLOW SPRINGS^MN^56399|(320)555-0119||EC",
        "PV1|1|I|3E^312^B^HSRMC||||1447205938^PATEL^ANIKA^^^^MD|||MED||||7|||1447205938^PATEL^ANIKA^^^^MD|IN|V000918273|||||||||||||||||||||||||20240305214500",
        "PV2|||^SHORTNESS OF BREATH, FEVER",
        "DG1|1||J18.9^PNEUMONIA, UNSPECIFIED ORGANISM^I10|||A",
        "ZCL|Y|PASTOR VISIT REQUESTED|ST COLUMBA LUTHERAN^3205550140",
    ]) + "\r"
    body = """Chaplain Amadi,

Following up on the ticket you opened (INC0192284 - "congregation notifications not arriving"). The clergy notification interface has been rejecting ADT messages where the religion field carries a congregation name longer than 30 characters. Below is one of last night's rejected messages so you can confirm this is the patient you expected to see on the morning list. I've removed nothing - please don't forward outside the department.

We're deploying a fix tonight at 22:00 that truncates the congregation text; messages from the last 48 hrs will be replayed.

----- rejected message (queue CLRGY_IN, 2024-03-05 22:14:07) -----
""" + hl7.replace("\r", "\n") + """----- end -----

Error: ZCL-3 / PID-17.2 length 31 exceeds 30

Thanks,
Jordan Wald
Interface Analyst II, Clinical Integration
Harlow Springs Regional Medical Center
x4471

""" + CONF_HOSP
    emit("phi", "struct", "Jordan Wald <jwald@%s>" % HOSP, [AMADI],
         "INC0192284 - clergy notification rejects (sample attached)", body,
         dt(2024, 3, 6, 10, 12), cc=["Spiritual Care <spiritualcare@%s>" % HOSP],
         atts=[("MSG00048213.hl7", hl7.encode("ascii"), "application", "hl7-v2")],
         patient="Harold Jensen")

    # struct-002: JSON export from the church-management care module
    export = {
        "export": {"source": "ShepherdsRoll CareNotes", "version": "4.12.1",
                   "generated": "2024-07-15T09:02:44-05:00", "generated_by": "lmarsh",
                   "filter": {"care_case_id": "CC-2024-0187"}},
        "care_case": {
            "id": "CC-2024-0187",
            "person": {"member_id": "M-00318", "first_name": "Walter", "last_name": "Hanley",
                       "birthdate": "1944-04-03", "phone": "+1-320-555-0198",
                       "address": "1509 Prairie Ave, Harlow Springs, MN 56399"},
            "category": "Homebound", "status": "open",
            "confidentiality": "pastoral_staff",
            "summary": "Dialysis M/W/F at Lakes Dialysis. Hospitalized 6/15-6/19 for fluid overload. Insulin dose lowered at discharge.",
            "entries": [
                {"date": "2024-06-16", "type": "hospital_visit", "by": "Pastor Matt Osei",
                 "note": "HSRMC 4E. Short of breath, on oxygen. Prayed with Walt and Marlys."},
                {"date": "2024-06-21", "type": "nurse_visit", "by": "Deb Halvorsen RN",
                 "note": "Home. Reviewed discharge meds with Marlys; lasix stopped, new metoprolol held on dialysis days. Wt 182.4. BP 138/70. Set up fluid-tracking chart on fridge."},
                {"date": "2024-07-02", "type": "phone", "by": "Linda Marsh",
                 "note": "Marlys asked for rides to dialysis 7/8-7/12 while her car is in the shop. Dave R. and Marv E. covering."},
                {"date": "2024-07-11", "type": "communion", "by": "Pastor Matt Osei",
                 "note": "Home communion. Tired after dialysis, in good spirits."}
            ]
        }
    }
    body = """Deb - here's the export of Walt's care notes you asked for so you can reconcile with your nurse log. JSON is the only export the new module does right now; the PDF option is "coming soon" per ShepherdsRoll support. Let me know if you can open it.

Linda"""
    emit("phi", "struct", LINDA, [DEB], "Walt's care notes export", body,
         dt(2024, 7, 15, 9, 10),
         atts=[("carenotes_CC-2024-0187.json", json.dumps(export, indent=2).encode("utf-8"),
                "application", "json")],
         patient="Walter Hanley")

    # struct-003: pipe-delimited extract from the parish nurse documentation tool
    lines = ["REC|VISIT_DT|MBR_ID|LAST|FIRST|DOB|SETTING|SBP|DBP|HR|WT_LB|GLU|INTERVENTION|REFERRAL",
             "1|2024-04-07|M-00211|FUCHS|RAYMOND|1957-05-30|CHURCH_BP|148|92|76||||RECHECK 2WK",
             "2|2024-04-07|M-00502|RIOS|CARMEN|1961-02-11|CHURCH_BP|156|90|84||212|MED REFILL ASSIST|PCP CALL",
             "3|2024-04-09|M-00318|HANLEY|WALTER|1944-04-03|HOME|132|68|70|183.0||FLUID LOG REVIEW|",
             "4|2024-04-10|M-00097|PRUITT|DOROTHY|1936-09-18|HOME|142|80|88|151.2||PILLBOX FILL|",
             "5|2024-04-11|M-00145|THORSRUD|AGNES|1936-01-05|ASST_LIVING|128|74|72||188|FOOT CHECK|PODIATRY",
             "6|2024-04-14|M-00629|FERRARO|ANTHONY|1969-02-17|CHURCH_BP|158|100|90||||CLINIC REFERRAL|SLIDING FEE CLINIC",
             "7|2024-04-14|M-00458|SANTOS|REMEDIOS|1940-08-02|CHURCH_BP|150|88|78||||MED TEACHING (TAGALOG)|"]
    txt = "\n".join(lines) + "\n"
    body = """Karen,

For the health cabinet's quarterly review, attached is the April extract from FaithNurse Track (pipe delimited - open in Excel with "|" as the delimiter). Please keep it in the locked cabinet folder; I'll walk through the summary numbers at the meeting, nobody needs the detail but you and me.

Deb

""" + SIG_DEB + "\n\n" + CONF_CH
    emit("phi", "struct", DEB, [KAREN], "April FNT extract", body, dt(2024, 5, 2, 16, 27),
         atts=[("FNT_extract_2024-04.txt", txt, "text", "plain")],
         patient="Raymond Fuchs; Carmen Rios; Walter Hanley; Dorothy Pruitt; Agnes Thorsrud; "
                 "Anthony Ferraro; Remedios Santos")

    # struct-004: X12 834 enrollment file to the benefits trust
    body = """Hello ECBT Enrollment,

Attached is our 834 for the 3/1 cycle. One change: Samuel Kwan is adding his newborn daughter (qualifying event 2/29) and changing from employee+spouse to family coverage. Birth certificate copy to follow by fax to (866) 555-0177.

Please confirm receipt.

Patti

""" + SIG_PATTI
    emit("phi", "struct", PATTI, ["ECBT Enrollment <enrollment@ecbt-benefits.org>"],
         "834 - St. Columba group 20418 - 3/1", body, dt(2024, 3, 1, 9, 41), cc=[GORDON],
         atts=[("STC_834_20240301.x12", x12_834().encode("ascii"), "application", "edi-x12")],
         patient="Lily Kwan; Samuel Kwan; Hannah Kwan")

    # struct-005: daughter forwards the hospital discharge CCD for med reconciliation
    body = """Deb,

Here's the discharge paperwork from Dad's portal - it only lets me download it in this "CCD" format, hopefully you can open it. Mom is confused about which pills changed. I'm back in Minneapolis so if you could go over it with them this week I'd be so grateful.

Thank you!
Kristin Hanley-Moe

Sent from my iPhone"""
    emit("phi", "struct", "Kristin Hanley-Moe <khmoe@northstarmail.net>", [DEB],
         "Dad's discharge summary", body, dt(2024, 6, 19, 21, 3),
         atts=[("HSRMC_DischargeSummary_20240619.xml", ccd_xml(), "text", "xml")],
         patient="Walter Hanley")

    # struct-006: raw JSON from a meal-train webhook, posted to the care inbox
    payload = {
        "event": "calendar.created",
        "timestamp": "2024-05-23T14:18:09Z",
        "calendar": {
            "id": "cal_7Hq2LmX09",
            "title": "Meals for the Pierre family",
            "organizer": {"name": "Cheryl Dunbar", "email": "cheryl.dunbar62@examplemail.com"},
            "recipient": {"name": "Jean-Baptiste & Marie-Claude Pierre",
                          "address": "45 Quarry Road Apt 3, Harlow Springs, MN 56399",
                          "phone": "+13205550191"},
            "reason": "Jean-Baptiste is recovering from heart surgery (5/20) and can't drive or lift for 6 weeks.",
            "dietary": ["no pork"],
            "adults": 2, "children": 3,
            "dropoff_window": "17:00-18:30",
            "start_date": "2024-05-24", "end_date": "2024-06-14",
            "visibility": "link_only"
        }
    }
    body = ("[SupperCircle -> Care inbox integration]\n"
            "A new care calendar event was received.\n\n"
            + json.dumps(payload, indent=2, ensure_ascii=False) + "\n\n"
            "-- \nAutomated by CareBridge Webhooks | run id 5521-88-aa0f\n")
    emit("phi", "struct", "CareBridge Automations <bot@carebridge-hooks.net>",
         ["care@%s" % CH], "[Webhook] calendar.created - Meals for the Pierre family", body,
         dt(2024, 5, 23, 9, 18), patient="Jean-Baptiste Pierre",
         headers=[("Auto-Submitted", "auto-generated"), ("X-CareBridge-Run", "5521-88-aa0f")])

    # struct-007: fixed-width pastoral care report
    fmt = "%-8s%-20s%-12s%-11s%-12s%-10s%-40s\n"
    rpt = "SHEPHERDSROLL  PASTORAL CARE CONTACTS  01-OCT-2024 TO 31-OCT-2024   RUN 11/01/2024 07:00\n"
    rpt += fmt % ("MBR#", "NAME", "BIRTHDATE", "CONTACT", "CATEGORY", "BY", "NOTE")
    rpt += "-" * 113 + "\n"
    for r in [("00318", "HANLEY, WALTER E", "04/03/1944", "10/02/2024", "HOMEBOUND", "MOSEI", "DIALYSIS MWF; COMMUNION"),
              ("00451", "GARRITY, THOMAS P", "12/19/1938", "10/11/2024", "HOSPICE", "KLINDQ", "MOVED TO RIVERBEND HOSPICE HOUSE"),
              ("00451", "GARRITY, THOMAS P", "12/19/1938", "10/22/2024", "HOSPICE", "KLINDQ", "PRAYERS W/ FAMILY; UNRESPONSIVE"),
              ("00703", "NGUYEN, THI LAN", "06/30/1947", "10/14/2024", "REHAB", "DHALVO", "POST-STROKE REHAB, L SIDE WEAK"),
              ("00212", "HAVERFORD, WILLIAM", "08/08/1951", "10/17/2024", "ILLNESS", "KLINDQ", "CHEMO CYCLE 6 DONE; SCAN 11/4"),
              ("00588", "KOWALSKI, DENNIS R", "01/27/1972", "10/16/2024", "BENEVOLENCE", "GTATE", "HOSP BILL - PE 8/2024"),
              ("00097", "PRUITT, DOROTHY", "09/18/1936", "10/24/2024", "HOMEBOUND", "DHALVO", "CHF; WT UP 3 LB - CALLED DTR")]:
        rpt += fmt % r
    rpt += "\n7 CONTACTS  5 MEMBERS\n"
    body = """Karen, the October care contacts report for council is attached. Let me know if you want me to strip the notes column before it goes in the council packet - I think we should.

Patti

""" + SIG_PATTI
    emit("phi", "struct", PATTI, [KAREN], "Oct pastoral care contacts report", body,
         dt(2024, 11, 1, 8, 22),
         atts=[("PastoralCare_Contacts_2024-10.txt", rpt, "text", "plain")],
         patient="Walter Hanley; Thomas Garrity; Thi Lan Nguyen; William Haverford; "
                 "Dennis Kowalski; Dorothy Pruitt")


# ==========================================================================
# CLEAN: admin
# ==========================================================================
def clean_admin():
    # admin-001: room booking for blood drive and BP clinic, with .ics
    body = """Hi Deb and Gordon,

I've put both health events on the building calendar:

- Red Cross blood drive: Monday, July 15, 12:00-6:00 pm, Fellowship Hall. Bloodmobile will park in the north lot, so I've asked the Tuesday quilters to use the east door that day. Red Cross brings their own cots and screening tables; they need 6 of our 8-foot tables for canteen and registration, plus access to the kitchen fridge for juice.
- Blood pressure clinic: moving from the library to Room 108 starting in August, since the library chairs are too low for some of our folks. 1st and 3rd Sundays, 9:15-10:45 and after the 11:00 service.

I also put in the Staples order for hand sanitizer refills (case of 12), disinfecting wipes, and two boxes of exam gloves (medium and large) for the nurse's cabinet. Should arrive Thursday.

Calendar invite for the blood drive attached so you can drop it into Outlook.

Patti

""" + SIG_PATTI
    ics = make_ics("blooddrive-20240715@%s" % CH, datetime(2024, 7, 15, 12, 0),
                   datetime(2024, 7, 15, 18, 0), "Red Cross Blood Drive",
                   "Fellowship Hall, St. Columba Lutheran Church",
                   "Bloodmobile in north lot. 6 tables for canteen/registration.\nKitchen fridge access.",
                   "Patti Szymanski:mailto:office@%s" % CH)
    emit("clean", "admin", PATTI, [DEB, GORDON], "Blood drive 7/15 + BP clinic room change", body,
         dt(2024, 6, 20, 10, 30),
         atts=[("BloodDrive_2024-07-15.ics", ics, "text", "calendar")])

    # admin-002: health ministry budget request with CSV
    rows = [["Line", "Item", "Qty", "Unit cost", "Total", "Notes"],
            ["4410", "Adult BP cuffs (reg + large)", 4, 38.50, 154.00, "replace cracked bladders"],
            ["4410", "Digital thermometers + probe covers", 2, 24.00, 48.00, ""],
            ["4410", "AED pads (adult), 2-pack", 2, 89.00, 178.00, "exp 03/2025"],
            ["4410", "First aid kit refills (narthex, kitchen, youth room, van)", 4, 32.00, 128.00, ""],
            ["4415", "Sharps disposal mail-back service", 1, 115.00, 115.00, "annual"],
            ["4420", "CPR/AED instructor fee (2 classes)", 2, 250.00, 500.00, "Heartsaver"],
            ["4425", "FCN continuing education + Westberg conference", 1, 425.00, 425.00, ""],
            ["4430", "Health fair printing / large-print handouts", 1, 180.00, 180.00, ""],
            ["", "TOTAL", "", "", 1728.00, "vs. 1,450.00 in 2024"]]
    body = """Gordon,

Here's my 2025 health ministry budget request for the finance committee. The increase is mostly the second CPR class (we had a waitlist of 14 in the spring) and replacing the AED pads before they expire in March.

Happy to come to the committee meeting on the 12th if they have questions.

Deb

""" + SIG_DEB
    emit("clean", "admin", DEB, [GORDON], "2025 health ministry budget request", body,
         dt(2024, 9, 30, 14, 10),
         atts=[("HealthMinistry_Budget_2025.csv", csv_text(rows), "text", "csv")])

    # admin-003: IT - care module permissions and password reset
    body = """Hi all,

We go live with the ShepherdsRoll CareNotes module on Monday. A few things before then:

1. Roles. Only four people will have the "Care - Full" role: Pastor Karen, Pastor Matt, Deb and Linda. Patti will have "Care - Scheduling" (can see who needs a ride or a meal and the dates, but not the notes). Visitation volunteers will get "Care - Visitor" through the app, which only shows their own assignments.
2. Prayer requests marked "Pastors only" on the website form will land in CareNotes with the confidential flag and will NOT show up in the weekly prayer chain export.
3. Everyone with a Care role must turn on two-factor authentication before Monday. Instructions: Settings > Security > Authenticator app. If you don't have a smartphone, I can set you up with a text code.
4. Password resets: the system will force a reset every 180 days. Please don't write it on a sticky note on the monitor. (You know who you are. Love you.)
5. Please stop keeping care notes in Word files on the desktop. After go-live, I'd like to move the old files from the Health Ministry share into the archive and lock it down.

Training is Thursday 10:00 in the conference room, about an hour, bring your laptops.

Ben Adeyemi
IT Volunteer, St. Columba
(320) 555-0169"""
    emit("clean", "admin", "Ben Adeyemi <ben.adeyemi@harlownet.net>", [STAFF],
         "CareNotes go-live Monday - roles, 2FA, passwords", body, dt(2024, 6, 26, 20, 45))

    # admin-004: facilities - AED, elevator, ramp
    body = """Property Committee update for the staff:

AED - the monthly check was done Sunday. Status light green, pads expire 03/2025 (Deb has new ones in the budget), spare battery is in the cabinet. Inspection tag initialed.

Elevator - Otis will be here Wednesday 8-noon to replace the door operator. The elevator will be OUT during that time. If anyone has a homebound or wheelchair visit scheduled at church that morning, please move it or use the north ramp entrance.

North ramp - handrail on the lower section is loose. I've blocked it with a cone and the new rail goes in next week.

Accessible restroom - the automatic door opener by the fellowship hall is fixed (it was the push-plate battery).

Hearing loop - the sanctuary loop amplifier is being serviced; large-print bulletins and the portable receivers are at the usher station in the meantime.

Roger Lindquist
Property Chair
(320) 555-0182"""
    emit("clean", "admin", "Roger Lindquist <rlindquist@prairiewave.net>", [STAFF],
         "Property update - elevator out Wed AM", body, dt(2024, 10, 7, 7, 5))

    # admin-005: draft policy as DOCX
    paras = ["# St. Columba Lutheran Church",
             "# Pastoral Care Confidentiality and Prayer List Guidelines - DRAFT v3",
             "1. Purpose. To protect the privacy and dignity of members who share personal, health or family concerns with the pastors, parish nurse, care ministry, and prayer chain.",
             "2. Consent. No name is added to any prayer list without the permission of the person or, if they cannot give it, their closest family member. Permission is asked separately for (a) pastors only, (b) prayer chain, and (c) bulletin / Sunday prayers.",
             "3. What is shared. The public prayer list names only the person and a general need ('healing', 'strength', 'comfort'). Diagnoses, test results, hospital room numbers and medications are never printed in the bulletin, newsletter, website or slides.",
             "4. Duration. Names come off the bulletin list after four weeks unless renewed.",
             "5. Parish nurse records are kept in the locked file in the health ministry office and in the restricted CareNotes module, not on shared drives or personal devices.",
             "6. Volunteers. Visitation and meal volunteers receive only the information they need (address, time, dietary needs).",
             "7. Children and youth. Concerns involving minors are shared only with the pastors and the youth director, and mandated reporting rules apply.",
             "8. Breaches. Report any accidental disclosure to a pastor the same day.",
             "Reviewed by: Health Cabinet (pending), Church Council (pending)"]
    body = """Council members,

Attached is draft 3 of the confidentiality guidelines, with the changes from the September health cabinet meeting (mainly sections 2 and 4). Please read before the October council meeting; we'll take a vote on adopting it.

The short version: ask before you share, share the need not the diagnosis, and names come off the bulletin after four weeks.

Karen

""" + SIG_KAREN
    emit("clean", "admin", KAREN, ["Church Council <council@%s>" % CH], "Draft confidentiality guidelines (v3)",
         body, dt(2024, 10, 3, 16, 40), cc=[DEB, LINDA],
         atts=[("Confidentiality_Guidelines_DRAFT_v3.docx", make_docx(paras), "application",
                "vnd.openxmlformats-officedocument.wordprocessingml.document")])

    # admin-006: health cabinet agenda, HTML alternative
    txt = """HEALTH CABINET - AGENDA
Tuesday, August 13, 2024 - 6:30 pm - Room 204

1. Opening devotion (Gloria)
2. Minutes of June meeting
3. Flu & COVID vaccine clinic Oct 6 - Harlow Drug confirmed; need 4 volunteers for registration and 2 for the 15-minute observation area
4. BP clinic - move to Room 108; new large cuffs; recording form update
5. HSRMC clergy & visitor badge renewal - badges expire 9/30; bring photo ID and letter from Pastor Karen to Volunteer Services
6. Mental health Sunday (Oct) - speaker from NAMI Lakes Area
7. CPR/AED class dates for fall
8. Confidentiality guidelines draft - feedback to Karen by 9/1
9. Closing prayer

Next meeting: September 10"""
    emit("clean", "admin", DEB, ["Health Cabinet <healthcabinet@%s>" % CH], "Health Cabinet agenda 8/13",
         txt + "\n\n" + SIG_DEB, dt(2024, 8, 9, 12, 12), html=text_to_html(txt + "\n\n" + SIG_DEB))

    # admin-007: insurance renewal - health ministry coverage terms
    body = """Gordon,

Your renewal with Shepherd Mutual is bound effective 11/1/2024. A few items specific to the health ministry that your council should know about:

- Parish nurse professional liability: continues as an endorsement to the church's general liability, $1M per occurrence / $3M aggregate. Coverage applies to health education, screening (blood pressure, glucose by fingerstick with single-use lancets) and care coordination. It does NOT cover administering prescription medications or injections; the flu clinic must continue to be run by the pharmacy under its own coverage.
- Volunteer drivers: the church's non-owned auto coverage is excess over the driver's personal policy. Please keep the annual driver's license and insurance check on file.
- Abuse & molestation: requires background checks for anyone visiting homebound members alone. You have this in place.
- Premium: $14,882 annual (up 6.1%), policy no. SMC-CPP-0048817-07.

Certificate of insurance for the Harlow Springs Regional volunteer agreement is attached.

Best,
Dana Whitcomb, CIC
Lakes Insurance Group
(320) 555-0266 | fax (320) 555-0267"""
    coi = make_pdf(["CERTIFICATE OF LIABILITY INSURANCE", "",
                    "Date issued: 10/24/2024",
                    "Producer: Lakes Insurance Group, Harlow Springs MN",
                    "Insured: St. Columba Lutheran Church, 1420 Prairie Avenue, Harlow Springs MN 56399",
                    "Insurer A: Shepherd Mutual Casualty Co.  NAIC 24881",
                    "Policy: SMC-CPP-0048817-07   Eff 11/01/2024  Exp 11/01/2025",
                    "General Liability: Each occurrence $1,000,000  Aggregate $3,000,000",
                    "Professional (Parish Nurse) endorsement: included",
                    "Certificate holder: Harlow Springs Regional Medical Center, Volunteer Services",
                    "Description: Volunteer pastoral visitation program"])
    emit("clean", "admin", "Dana Whitcomb <dwhitcomb@lakesinsgroup.com>", [GORDON],
         "St. Columba renewal bound - health ministry notes", body, dt(2024, 10, 24, 15, 55),
         atts=[("COI_StColumba_HSRMC.pdf", coi, "application", "pdf")])


# ==========================================================================
# CLEAN: lookalike
# ==========================================================================
def clean_lookalike():
    # lookalike-001: medical supply invoice with lot/serial/PO numbers (PDF + body)
    lines = ["BELLWETHER MEDICAL SUPPLY", "2200 Industrial Pkwy, Fargo ND 58102  (701) 555-0144",
             "", "INVOICE INV-2024-118842        Invoice date: 10/02/2024",
             "Bill to: St. Columba Lutheran Church, 1420 Prairie Ave, Harlow Springs MN 56399",
             "Customer #: C-004471   PO #: STC-0931   Terms: Net 30", "",
             "Item        Description                          Qty  Lot / Serial       Exp      Amount",
             "BP-ADL-2    Aneroid BP cuff, adult regular        2   LOT 23K118          -        77.00",
             "BP-ADL-L    Aneroid BP cuff, adult large          2   LOT 23K121          -        77.00",
             "AED-PAD-A   AED electrode pads, adult             2   LOT 2408-77A        03/2027  178.00",
             "TH-DIG-10   Digital thermometer                   2   SN 4410092/4410093  -        48.00",
             "GLV-NIT-M   Nitrile exam gloves, M, 100/bx        2   LOT N55120          08/2028  23.98",
             "SAL-0.9-10  Sodium chloride 0.9% flush 10 mL      1   NDC 8290-3012-60    01/2026  12.50", "",
             "Subtotal 416.48   Tax 0.00 (exempt cert E-88213)   Shipping 14.95   TOTAL DUE 431.43",
             "Remit to: PO Box 4410, Fargo ND 58106   Ref INV-2024-118842"]
    body = """Please find attached invoice INV-2024-118842 for PO STC-0931.

Amount due: $431.43 by 11/01/2024
Shipped 10/02/2024 via UPS Ground, tracking 1Z8V41290312276645

Questions? Reply to this email or call (701) 555-0144 and reference customer # C-004471.

Bellwether Medical Supply - Accounts Receivable"""
    emit("clean", "lookalike", "Bellwether AR <ar@bellwethermed.com>", [GORDON],
         "Invoice INV-2024-118842 / PO STC-0931", body, dt(2024, 10, 2, 15, 1), cc=[DEB],
         atts=[("INV-2024-118842.pdf", make_pdf(lines, 9), "application", "pdf")])

    # lookalike-002: pastoral care resource directory
    body = """Updated resource directory for the care team binders (replaces the March version). Please recycle the old one.

PASTORAL CARE RESOURCE DIRECTORY - rev. 09/2024

HOSPITALS
  Harlow Springs Regional Medical Center   main (320) 555-0400   Spiritual Care (320) 555-0410
      Chaplain Victor Amadi, BCC           pager 2217 via operator
      Volunteer Services (clergy badges)   (320) 555-0433   fax (320) 555-0434
  St. Anne's Hospital, Willmar             (320) 555-0700   Chaplaincy x7715
  CentraCare St. Cloud (referral center)   (320) 555-0800

HOSPICE / HOME HEALTH
  Riverbend Hospice                        (320) 555-0520   fax (320) 555-0529   NPI 1396884210
      Chaplain Rev. Tom Eckert             (320) 555-0525
  Lakes Home Health                        (320) 555-0540   NPI 1720086341

CARE CENTERS
  Maple Grove Care Center                  (320) 555-0300   front desk x100
  Lakeside Assisted Living                 (320) 555-0250

FUNERAL HOMES
  Whitaker & Sons                          (320) 555-0360
  Harlow Springs Memorial Chapel           (320) 555-0375

COMMUNITY
  Lakes County Area Agency on Aging        (320) 555-0600   Senior LinkAge Line 1-800-555-0123
  Harlow Drug (Jill Brekke, PharmD)        (320) 555-0301   NCPDP 2419866
  NAMI Lakes Area                          (320) 555-0612
  988 Suicide & Crisis Lifeline            call or text 988
  Poison Control                           1-800-222-1222

STAFF
  Pastor Karen Lindqvist    (320) 555-0140 x201   cell on file in office
  Pastor Matt Osei          (320) 555-0140 x203   cell (320) 555-0161
  Deb Halvorsen RN          (320) 555-0140 x204   cell (320) 555-0187   MN RN lic. R 187442
  Linda Marsh               (320) 555-0140 x207
  Office fax                (320) 555-0149

""" + SIG_LINDA
    emit("clean", "lookalike", LINDA, [CARETEAM], "Updated resource directory (Sept)", body,
         dt(2024, 9, 9, 11, 0))

    # lookalike-003: shipping notification
    body = """Hello St. Columba Lutheran Church,

Good news - part of your order has shipped.

Order #:           112-7734091-5523118
Shipment 1 of 2
Carrier:           UPS Ground
Tracking #:        1Z999AA10123456784
Estimated delivery: Thu, Nov 14

Items in this shipment:
  (6)  Lion Brand Wool-Ease Thick & Quick, Lavender, #640-143      $9.49 ea
  (6)  Lion Brand Wool-Ease Thick & Quick, Fisherman, #640-099     $9.49 ea
  (1)  Prefilled communion cups & wafers, box of 500, SKU CC-500   $84.99
  (2)  Large-print Lutheran Service Book pew edition, ISBN 978-0-7586-1217-3  $34.00 ea

Still to ship:
  (1)  Portable communion set, 6-cup, pewter, SKU PCS-6P

Ship to:  St. Columba Lutheran Church, Attn: Patti, 1420 Prairie Avenue, Harlow Springs MN 56399

Payment: Visa ending 4471
Order total: $267.85

Track your package: https://www.examplestore.com/track/112-7734091-5523118

This email was sent from a notification-only address that cannot accept incoming email."""
    emit("clean", "lookalike", "ExampleStore Shipping <ship-confirm@examplestore.com>",
         ["office@%s" % CH], "Your order 112-7734091-5523118 has shipped", body,
         dt(2024, 11, 11, 4, 22), headers=[("Auto-Submitted", "auto-generated")])

    # lookalike-004: annual aggregate statistics with HTML table
    txt = """Health Ministry - 2023 Year in Numbers
(prepared for the annual meeting report; all figures are totals, no individual data)

Blood pressure screenings ............ 412 (in 46 clinic days)
   unique participants ............... 97
   readings >= 140/90 ................ 37%
   referred to a provider ............ 22
Home and care-center nurse visits .... 318
Hospital visits (pastors + nurse) .... 156
Meals delivered by the meal team ..... 524 (to 31 households)
Rides provided ....................... 189 (7 volunteer drivers, 4,870 miles)
Flu/COVID clinic doses ............... 143 (up from 112 in 2022)
CPR/AED trained ...................... 26
Funerals ............................. 19
Baptisms ............................. 14

Age of BP clinic participants: under 50: 9% | 50-64: 24% | 65-79: 44% | 80+: 23%

Volunteer hours (care ministries): 3,912 - valued at $124,357 (Independent Sector rate $31.80/hr)

Deb Halvorsen, RN, Parish Nurse"""
    html = """<html><body style="font-family:Georgia,serif">
<h2 style="color:#4a235a">Health Ministry &ndash; 2023 Year in Numbers</h2>
<p><i>Prepared for the annual meeting report; all figures are totals, no individual data.</i></p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr><th align="left">Measure</th><th align="right">2023</th></tr>
<tr><td>Blood pressure screenings</td><td align="right">412</td></tr>
<tr><td>&nbsp;&nbsp;unique participants</td><td align="right">97</td></tr>
<tr><td>&nbsp;&nbsp;readings &ge; 140/90</td><td align="right">37%</td></tr>
<tr><td>&nbsp;&nbsp;referred to a provider</td><td align="right">22</td></tr>
<tr><td>Home and care-center nurse visits</td><td align="right">318</td></tr>
<tr><td>Hospital visits (pastors + nurse)</td><td align="right">156</td></tr>
<tr><td>Meals delivered</td><td align="right">524</td></tr>
<tr><td>Rides provided</td><td align="right">189</td></tr>
<tr><td>Flu/COVID clinic doses</td><td align="right">143</td></tr>
<tr><td>CPR/AED trained</td><td align="right">26</td></tr>
<tr><td>Funerals</td><td align="right">19</td></tr>
<tr><td>Baptisms</td><td align="right">14</td></tr>
</table>
<p>Age of BP clinic participants: under 50: 9% | 50&ndash;64: 24% | 65&ndash;79: 44% | 80+: 23%</p>
<p>Volunteer hours (care ministries): 3,912 &ndash; valued at $124,357</p>
<p>Deb Halvorsen, RN, Parish Nurse</p></body></html>"""
    emit("clean", "lookalike", DEB, [KAREN, PATTI], "annual report numbers - health ministry",
         txt, dt(2024, 1, 17, 13, 45), html=html)

    # lookalike-005: RN licence renewal confirmation
    body = """MINNESOTA BOARD OF NURSING - RENEWAL CONFIRMATION
(This is an automated message. Please do not reply.)

Licensee:            Deborah L. Halvorsen
License type:        Registered Nurse (RN)
License number:      R 187442
Status:              Active
Renewal period:      06/01/2024 - 05/31/2026
Confirmation #:      MNBON-RN-24-0773519
Fee paid:            $85.00 (card ending 0932)
CE attested:         24 contact hours

Continuing education on file:
  - Faith Community Nursing Foundations, Westberg Institute, cert # WI-FCN-2019-4471, 36.0 hrs (prior period)
  - Mental Health First Aid USA, cert # MHFA-0887362, 8.0 hrs, 03/09/2024
  - BLS Provider, AHA eCard code 235417809224, exp 02/2026
  - Older Adult Fall Prevention, provider # CEP 17766, 4.0 hrs, 11/2023

Verify this license at https://mn-nursing-board.example.gov/verify using license number R 187442."""
    emit("clean", "lookalike", "MN Board of Nursing <noreply@mn-nursing-board.example.gov>",
         ["dhalvorsen@%s" % CH], "License renewal confirmation MNBON-RN-24-0773519", body,
         dt(2024, 5, 14, 23, 2), headers=[("Auto-Submitted", "auto-generated")])

    # lookalike-006: grief support group registration confirmation with .ics
    body = """Thank you for registering!

Event:          GriefShare - Fall session (13 weeks)
Dates:          Wednesdays, Sept 11 - Dec 4, 2024, 6:30-8:30 pm
Location:       St. Columba Lutheran Church, Room 204 (enter door 3, elevator to 2nd floor)
Registration #: GS-24-F-0031
Seats:          14 of 16 filled
Workbook:       $20 at the first session (scholarships available - ask Linda)

Session 1 (9/11)  Is This Normal?
Session 2 (9/18)  The Journey of Grief
Session 3 (9/25)  The Effects of Grief
Session 4 (10/2)  Why?
...
Session 13 (12/4) Surviving the Holidays / What's Next

Facilitators: Linda Marsh and Pastor Matt Osei. Childcare available in Room 110 with 48 hours' notice.

Add to calendar: see attached.

St. Columba Lutheran Church Events"""
    ics = make_ics("griefshare-fall24@%s" % CH, datetime(2024, 9, 11, 18, 30),
                   datetime(2024, 9, 11, 20, 30), "GriefShare (Session 1 of 13)",
                   "St. Columba Lutheran Church - Room 204",
                   "Registration GS-24-F-0031. Workbook $20.", "St. Columba Events:mailto:events@%s" % CH)
    emit("clean", "lookalike", "St. Columba Events <events@%s>" % CH, ["mikeandsue.t@examplemail.com"],
         "Registration confirmed: GriefShare Fall 2024 (GS-24-F-0031)", body, dt(2024, 8, 28, 12, 0),
         atts=[("GriefShare_Fall2024.ics", ics, "text", "calendar")])

    # lookalike-007: software vendor support ticket, counts and error codes only
    d0 = dt(2024, 6, 18, 9, 15)
    orig = """We're trying to import our old care-visit log into CareNotes and it stops partway through. File is about 2,400 rows. Screenshot of the error attached. Account STC-MN-0418.

Ben"""
    body = """Hi Ben,

Thanks for your patience. Ticket #SR-558213 is now resolved.

Summary of what we found on account STC-MN-0418:
- Import job IMP-20240618-0092 stopped at row 2241 of 2,406.
- Error E-4102 "invalid date": 14 rows had dates entered as text (e.g. "Easter 2019") or impossible values.
- Error E-2210 "duplicate key": 3 rows reused visit IDs already imported on 6/12 (job IMP-20240612-0044).
- Warning W-118 "unmapped category": 62 rows used the category "shut-in", which we've mapped to "Homebound" per your reply.

We re-ran the job with skip-on-error enabled: 2,389 rows imported, 17 rows written to the exceptions file in your admin console (Admin > Imports > IMP-20240618-0097). The exceptions file will be purged automatically after 30 days.

If you have further questions, reply to this email and keep the ticket number in the subject line.

Priya Nandakumar
Tier 2 Support, ShepherdsRoll
support.shepherdsroll.com | 1-888-555-0142

""" + on_wrote(d0, "Ben Adeyemi <ben.adeyemi@harlownet.net>") + "\n" + quote(orig)
    emit("clean", "lookalike", "ShepherdsRoll Support <support@shepherdsroll.com>",
         ["Ben Adeyemi <ben.adeyemi@harlownet.net>"], "[Ticket #SR-558213] Import stops at row 2241 - Resolved",
         body, dt(2024, 6, 20, 16, 3), in_reply_to=parent_id("harlownet.net"))


# ==========================================================================
# CLEAN: news
# ==========================================================================
def clean_news():
    # news-001: monthly newsletter with health corner, HTML + logo
    txt = """THE COLUMBA COURIER - July 2024
St. Columba Lutheran Church, Harlow Springs

FROM PASTOR KAREN
Summer in Minnesota is short and sweet. As we scatter to lakes and cabins, remember that the church doesn't close for the summer - worship is at 9:00 only through Labor Day, and Wednesday evening worship continues on the lawn.

HEALTH CORNER with Deb Halvorsen, RN, Parish Nurse
Heat and our older neighbors: When the heat index is above 90, check on anyone you know who lives alone. Signs of heat exhaustion include heavy sweating, weakness, dizziness, nausea and a fast, weak pulse. Move to a cool place, loosen clothing, sip water. Confusion, hot dry skin or fainting can mean heat stroke - call 911.
Know the signs of stroke - BE FAST: Balance loss, Eyes (vision change), Face drooping, Arm weakness, Speech difficulty, Time to call 911.
Blood pressure clinic: 1st and 3rd Sundays, now in Room 108.

CARE MINISTRY
The meal team made 524 deliveries last year! New cooks are always welcome - no experience needed, just a casserole dish. Sign up with Cheryl Dunbar.
Prayer requests may be made through the office or the website. Names are shared only with permission.

VBS: July 22-26, 9 am - noon. Register at stcolumba-harlow.org/vbs.
Council highlights: the council approved the new roof bid (Lakes Roofing, $84,200) to begin in September.

Giving update: Year-to-date offerings are $312,450 against a budget of $330,000.

To unsubscribe from the Courier email list, reply with UNSUBSCRIBE."""
    html = """<html><body style="font-family:Georgia,serif;max-width:640px">
<img src="cid:logo" alt="St. Columba Lutheran Church" width="160" height="48">
<h1 style="color:#4a235a">The Columba Courier &ndash; July 2024</h1>
<h3>From Pastor Karen</h3>
<p>Summer in Minnesota is short and sweet. As we scatter to lakes and cabins, remember that the church doesn't close for the summer &ndash; worship is at 9:00 only through Labor Day, and Wednesday evening worship continues on the lawn.</p>
<h3 style="background:#f3ecf6;padding:4px">Health Corner with Deb Halvorsen, RN, Parish Nurse</h3>
<p><b>Heat and our older neighbors:</b> When the heat index is above 90, check on anyone you know who lives alone. Signs of heat exhaustion include heavy sweating, weakness, dizziness, nausea and a fast, weak pulse. Move to a cool place, loosen clothing, sip water. Confusion, hot dry skin or fainting can mean heat stroke &ndash; call 911.</p>
<p><b>Know the signs of stroke &ndash; BE FAST:</b> Balance loss, Eyes, Face drooping, Arm weakness, Speech difficulty, Time to call 911.</p>
<p><b>Blood pressure clinic:</b> 1st and 3rd Sundays, now in Room 108.</p>
<h3>Care Ministry</h3>
<p>The meal team made 524 deliveries last year! New cooks are always welcome. Sign up with Cheryl Dunbar.<br>Prayer requests may be made through the office or the website. Names are shared only with permission.</p>
<p><b>VBS:</b> July 22&ndash;26, 9 am &ndash; noon.<br><b>Council highlights:</b> new roof bid approved ($84,200), work begins in September.<br><b>Giving:</b> $312,450 YTD vs. $330,000 budget.</p>
<p style="font-size:11px;color:#777">To unsubscribe from the Courier email list, reply with UNSUBSCRIBE.</p>
</body></html>"""
    emit("clean", "news", "The Columba Courier <courier@%s>" % CH,
         ["St. Columba Members <members@lists.%s>" % CH], "The Columba Courier - July 2024", txt,
         dt(2024, 6, 28, 7, 0), html=html,
         atts=[("stcolumba_logo.png", make_logo_png(), "image", "png")],
         headers=[("List-Id", "St. Columba Members <members.lists.%s>" % CH),
                  ("List-Unsubscribe", "<mailto:courier@%s?subject=UNSUBSCRIBE>" % CH)])

    # news-002: bulletin insert - flu clinic + BP clinic
    body = """Patti - text for the Sept 29 and Oct 6 bulletin insert. Same as last year with new dates. Thanks! Deb

----- INSERT -----
FLU & COVID VACCINE CLINIC - SUNDAY, OCTOBER 6
Fellowship Hall, 8:30 am - 12:30 pm
Offered by Harlow Drug pharmacists. High-dose flu vaccine available for those 65+, and the updated 2024-25 COVID vaccine. Please bring your Medicare, insurance and pharmacy cards. No cost for most people with insurance; ask about the free program if you are uninsured.
Sign up at the Welcome Center or walk in.
Homebound and care-center members: call the church office at 320-555-0140 by Oct 1 if you would like a pharmacist to come to you.

BLOOD PRESSURE CLINIC
1st and 3rd Sundays, Room 108, between services. Free, private, and no appointment needed. Bring your medication list if you'd like Deb to review it with you.
----- END -----"""
    emit("clean", "news", DEB, [PATTI], "bulletin insert - flu clinic", body, dt(2024, 9, 23, 10, 2))

    # news-003: synod newsletter research summary
    body = """PRAIRIE LAKES SYNOD - CONGREGATIONAL CARE NEWS | Autumn 2024

Faith Community Nursing: What the Research Says
A review published this spring pooled 23 studies of faith community nursing programs in the U.S. and Canada. Congregations with a parish nurse reported more health screenings, more referrals to primary care, and higher satisfaction among older members living alone. In the six programs that measured it, the share of participants with blood pressure at goal rose from 48% to 61% after one year. Authors caution that most studies were small and lacked comparison groups.

Synod survey results
Of our 187 congregations, 112 (60%) responded to the spring care ministry survey:
  - 29 have a paid or volunteer parish nurse (up from 21 in 2019)
  - 71 run a meal ministry; 44 a transportation ministry
  - 38 have trained Stephen Ministers
  - 64% said their greatest need is volunteers for visitation
  - 22% have a written confidentiality policy for prayer requests

Upcoming
  - Faith Community Nursing Foundations course, Jan 13-Mar 2 (hybrid), St. Cloud. Scholarships available.
  - Mental Health First Aid for congregations, Nov 9, Willmar.
  - "When Someone Is Dying: Pastoral Presence" webinar, Dec 3, with hospice chaplains from three regional hospice programs.

Share your story: congregational care teams are invited to submit ideas (no personal details, please) to care@prairielakessynod.org.

Prairie Lakes Synod | 501 Synod Way, St. Cloud MN 56301 | (320) 555-0900
You are receiving this as a rostered minister or congregational contact. Manage preferences."""
    emit("clean", "news", "Prairie Lakes Synod <news@prairielakessynod.org>", [KAREN],
         "Congregational Care News | Autumn 2024", body, dt(2024, 10, 15, 8, 30),
         headers=[("List-Id", "Synod Care News <carenews.prairielakessynod.org>")])

    # news-004: public health advisory forwarded by the parish nurse
    d0 = dt(2024, 11, 1, 12, 0)
    adv = """LAKES COUNTY PUBLIC HEALTH - RESPIRATORY SEASON UPDATE

Lakes County is seeing increasing influenza and RSV activity. In the week ending Oct 26, county clinics reported 4.1% of visits for influenza-like illness (up from 2.3% two weeks ago), and regional hospitals reported 38 RSV hospitalizations, most in children under 2 and adults over 75.

Recommendations:
- Everyone 6 months and older should get a flu vaccine and the 2024-25 COVID-19 vaccine.
- Adults 75+, and adults 60-74 at increased risk, should talk with their provider about one dose of RSV vaccine.
- Long-term care facilities, congregations and community meal sites should post hand hygiene reminders and encourage those who are sick to stay home.

Free vaccine clinics: Nov 9 and Nov 23, Lakes County Government Center, 9-3. No appointment needed.

Lakes County Public Health | (320) 555-0650 | lakescountyhealth.example.gov"""
    body = """FYI for your newsletter and Sunday announcements. I'd suggest we bring back the "no handshake" peace for December if flu stays high, and put the hand sanitizer at the communion rail again. Let's talk Tuesday.

Deb

""" + fwd_block("Lakes County Public Health <phnotices@lakescountyhealth.example.gov>", d0,
                "Community partners", "Respiratory season update - Nov 1", adv)
    emit("clean", "news", DEB, [KAREN, MATT, PATTI], "Fwd: Respiratory season update - Nov 1",
         body, dt(2024, 11, 1, 15, 20))

    # news-005: hospice marketing / webinar, HTML
    txt = """Riverbend Hospice - Community Education

Grief and the Holidays: A Free Webinar for Clergy, Care Teams and Families
Thursday, November 21, 2024 - 12:00-1:00 pm CT

The holidays can be some of the hardest days for people who are grieving. Join Riverbend Hospice bereavement coordinator Lisa Franzen, MSW, LICSW, and hospice chaplain Rev. Tom Eckert for practical ideas:
  - What to say (and not say) to someone grieving
  - Hosting a "Blue Christmas" or Longest Night service
  - Supporting children and teens after a death
  - When grief becomes something more: knowing when to refer

1.0 CE hour available for nurses and social workers.

Register: riverbend-hospice.org/events
Riverbend Hospice | 900 River Road, Harlow Springs MN | (320) 555-0520
Medicare-certified hospice serving Lakes, Kandiyohi and Pope counties since 1986.
Unsubscribe | Update preferences"""
    html = text_to_html(txt, "Grief and the Holidays")
    emit("clean", "news", "Riverbend Hospice <events@%s>" % HOSPICE, [MATT],
         "Free webinar: Grief and the Holidays (Nov 21)", txt, dt(2024, 11, 5, 10, 0), html=html)

    # news-006: weekly e-news with the prayer policy, no names
    body = """ST. COLUMBA THIS WEEK - Sunday, February 18, 2024 (First Sunday in Lent)

WORSHIP: 8:30 & 11:00 (traditional), 9:45 Culto en español. Holden Evening Prayer Wednesdays at 6:30, soup supper at 5:30 (hosted by the youth this week - proceeds to the summer mission trip).

PRAYERS: We pray for all who are sick, recovering, grieving, or living in care centers; for new parents and babies; for those serving in the military; and for our sister congregation in Tanzania. If you or a family member would like to be included by name in our prayers, contact the church office or use the form on our website. Names are shared only with permission and stay on the bulletin list for four weeks.

CARE MINISTRY: Looking for 2 more drivers for medical appointments (weekday mornings). Background check and a short orientation required. Contact Linda at 320-555-0140 x207.

HEALTH MINISTRY: Blood pressure clinic today, Room 108. CPR/AED class March 9, 9 am-1 pm, $15 (scholarships available). Register with Deb.

STEPHEN MINISTRY: Going through a hard time? A Stephen Minister can walk alongside you. All conversations are confidential. Call Pastor Matt.

FINANCE: Thank you! February offerings to date: $41,220. Envelopes for 2024 are available in the narthex.

Have a blessed week!"""
    emit("clean", "news", "St. Columba Lutheran Church <office@%s>" % CH,
         ["St. Columba Members <members@lists.%s>" % CH], "St. Columba This Week - Feb 18", body,
         dt(2024, 2, 16, 14, 0),
         headers=[("List-Id", "St. Columba Members <members.lists.%s>" % CH)])


# ==========================================================================
# CLEAN: staff
# ==========================================================================
def clean_staff():
    # staff-001: on-call rotation
    body = """Staff,

Here's the pastoral emergency on-call rotation for Nov-Dec. The on-call pastor carries the church cell (320-555-0100) and is first call for hospital, hospice and funeral-home calls after hours. The office voicemail gives that number.

Week of     On call          Backup
Nov 4       Pastor Karen     Pastor Matt
Nov 11      Pastor Matt      Pastor Karen
Nov 18      Pastor Karen     Rev. Jim Oberg (retired, 320-555-0135)
Nov 25      Pastor Matt      Pastor Karen   (Thanksgiving - Karen out 11/28-12/1)
Dec 2       Pastor Karen     Pastor Matt
Dec 9       Pastor Matt      Pastor Karen
Dec 16      Pastor Karen     Pastor Matt
Dec 23      Pastor Matt      Rev. Jim Oberg (Christmas Eve both pastors on site)
Dec 30      Pastor Karen     Pastor Matt

Deb is NOT on call - please don't give out her cell for after-hours calls. Hand-off of the phone is Monday at noon.

Patti

""" + SIG_PATTI
    emit("clean", "staff", PATTI, [STAFF], "On-call rotation Nov-Dec", body, dt(2024, 10, 28, 11, 5))

    # staff-002: payroll / housing allowance
    body = """Hi everyone,

Two payroll items:

1. Because Christmas falls on a Wednesday, the Dec 25 payday moves up to Friday Dec 20. Direct deposits will post that morning.
2. Clergy housing allowance: Pastors Karen and Matt, council will adopt the 2025 housing allowance resolution at the Dec 9 meeting. Please send me your estimated 2025 housing expenses (mortgage/rent, utilities, furnishings, repairs) by Nov 30. Reminder that your W-2 will show the housing allowance in Box 14, not Box 1.

W-2s will be available in the payroll portal by January 24. If your address has changed, please update it in the portal or let me know.

Also - the 2025 benefits trust rates came in. The employer share goes up 4.2%, and there's no change to employee contributions. Open enrollment materials will go out next week.

Gordon

""" + SIG_GORDON
    emit("clean", "staff", GORDON, [STAFF], "Payroll: Dec payday + housing allowance", body,
         dt(2024, 11, 6, 9, 48))

    # staff-003: celebration
    body = """Shhh - staff only!

Sunday, September 15 marks ten years since Deb Halvorsen started as our parish nurse. We'd like to surprise her at coffee hour after the 11:00 service with a cake (Bakery on Main, lemon - her favorite) and a card from the staff and council.

Please sign the card in my office by Thursday. If you'd like to contribute to a gift card for the Lakeside Garden Center, there's an envelope in my top drawer.

Karen will say a few words. Samuel, could the choir sing the Norwegian table prayer?

Patti"""
    emit("clean", "staff", PATTI, [KAREN, MATT, LINDA, GORDON, SAMUEL, JESS, MARISOL],
         "Deb's 10 years - Sept 15 (don't reply all!)", body, dt(2024, 9, 4, 14, 33))

    # staff-004: leave without health details, coverage plan
    body = """Hi all,

I'll be away on family leave June 3 - June 14 and back in the office Monday the 17th. I won't be checking email regularly.

Coverage while I'm out:
- Sunday music June 9: Ellen Brodeur will play organ at both services; the choir is on summer break.
- June 16: Bell choir is playing the prelude; Ellen on organ again.
- Funerals: Ellen is available for weekday services; her number is on the substitute list in the office. Please call her directly, she prefers text (320-555-0181).
- Wedding June 8 (Larson/Berg): Ellen has the music list.

Thanks for understanding!

Samuel

Samuel Kwan
Director of Music
St. Columba Lutheran Church"""
    emit("clean", "staff", SAMUEL, [STAFF], "Out June 3-14 - music coverage", body,
         dt(2024, 5, 20, 16, 12))

    # staff-005: BP clinic volunteer roster with credentials
    body = """BP clinic volunteers - here's the fall schedule. Thank you all!

Date      9:15-10:45 (between services)          after 11:00
Sep 1     Deb Halvorsen RN / Gloria Hedlund LPN   Deb / Marian Ostby RN (ret.)
Sep 15    Tess Valdez RN / Carol Tanner (greeter) Tess / Gloria Hedlund LPN
Oct 6     FLU CLINIC - no BP clinic
Oct 20    Deb / Marian Ostby RN (ret.)            Deb / Ahmed Farah CNA (student)
Nov 3     Tess Valdez RN / Gloria Hedlund LPN     Tess / Carol Tanner (greeter)
Nov 17    Deb / Ahmed Farah CNA (student)         Deb / Marian Ostby RN (ret.)

Licenses verified on the MN Board of Nursing site 8/20 for Tess, Gloria and Marian. Ahmed works under my supervision only. Retired nurses may take readings and give general education but not clinical advice - refer to me.

Please review the updated recording form (new column for which arm) and wipe cuffs between people. New large cuffs are in the cabinet.

Deb

""" + SIG_DEB
    emit("clean", "staff", DEB, ["BP Clinic Volunteers <bpclinic@%s>" % CH], "Fall BP clinic schedule",
         body, dt(2024, 8, 22, 19, 30))

    # staff-006: background checks + training for visitation volunteers (blank form scan)
    body = """Hello visitation and meal volunteers,

Our insurance requires a background check every three years for anyone who visits members alone at home or drives them. According to the office records, 11 of you are due this fall. You'll receive an email from Protect My Ministry with a secure link; the church pays the fee.

Safe Sanctuary / Visitor training: Saturday, September 21, 9:00-11:30 am, Room 204. Topics: boundaries, confidentiality, recognizing elder abuse and neglect, and when to call the pastor or parish nurse. Coffee and kringle provided. If you can't make it, the online version takes about 90 minutes.

I've attached a scan of the signature page for the driver agreement; please print it, sign and return it to the office with a copy of your proof of insurance.

Thank you for all you do,
Linda

""" + SIG_LINDA
    emit("clean", "staff", LINDA, ["Visitation Team <visitors@%s>" % CH, "Meal Team <meals@%s>" % CH],
         "Background checks + Sept 21 volunteer training", body, dt(2024, 8, 29, 10, 17),
         atts=[("driver_agreement_sigpage.png", make_scan_png(), "image", "png")])

    # staff-007: staff meeting minutes
    body = """STAFF MEETING NOTES - Tuesday, Jan 9, 2024
Present: Karen, Matt, Deb, Linda, Patti, Gordon, Samuel, Jess, Marisol

- Devotions: Samuel.
- Calendar: Annual meeting Jan 28 after 11:00 service; reports due to Patti Jan 15. Deb to provide health ministry numbers (aggregate only).
- Lent: Ash Wednesday Feb 14 - services at noon and 7:00. Soup suppers hosted by rotating groups.
- Staffing: Welcome to Marisol, who started Jan 2 as Hispanic Ministry Coordinator (20 hrs/wk). Her office is Room 112. Jess will be at the youth ministry conference Feb 1-4.
- Vacation requests for summer due by March 1.
- Building: snow removal contract renewed with Prairie Lawn & Snow; sidewalks cleared by 7 am Sundays.
- Confidentiality: reminder that care-related notes go in CareNotes (coming in June) or to a pastor, not in the staff group text.
- Next meeting: Jan 23.

Notes by Patti"""
    emit("clean", "staff", PATTI, [STAFF], "Staff meeting notes 1/9", body, dt(2024, 1, 9, 15, 40))


# ==========================================================================
# CLEAN: training
# ==========================================================================
def clean_training():
    # training-001: Stephen Ministry case study, no identifiers
    body = """Stephen Ministers in training,

For Module 9 ("Ministering to Those Experiencing Grief") please read the case below before Tuesday and come ready to discuss the questions. This is a composite case written for training; it doesn't describe anyone in our congregation.

CASE STUDY
A care receiver in her seventies lost her husband of 51 years four months ago after a long illness. She tells you she's "doing fine" and keeps very busy, but mentions she hasn't been able to go into his workshop, and that she sets two places at the table without thinking. Her children live out of state. At your third visit she says, "Everyone says it gets easier, but it's getting harder."

Discussion questions
1. What feelings might be underneath "doing fine"?
2. How do you respond to "it's getting harder" without trying to fix it?
3. What would make you consult your Stephen Leader right away?
4. How do you keep your own grief (if you've lost a spouse or parent) out of the caring relationship?

Remember: in supervision we never use care receivers' names - first initial or "my care receiver" only.

Phil

--
Phil Andersen
Stephen Leader, St. Columba"""
    emit("clean", "training", PHIL, ["Stephen Ministry Class <sm-class@%s>" % CH],
         "Module 9 reading + case study", body, dt(2024, 3, 1, 21, 5))

    # training-002: parish nurse documentation training with a fictitious patient
    body = """Hi Tess and Gloria,

Before you start documenting in FaithNurse Track next month, please work through the practice note below in the training sandbox (training.faithnursetrack.com - log in with the sandbox accounts I sent). Everything in the sandbox is fake and gets wiped every night.

PRACTICE RECORD (fictitious - sandbox only)
  Name:        Jane Sample  [TEST]
  Member ID:   T-99901
  DOB:         01/01/1950 (sample)
  Setting:     Church BP clinic

Scenario: Jane is a sample client who reports she ran out of her blood pressure medication 3 days ago. Reading 162/94, pulse 82. She has no symptoms and a ride to her clinic on Tuesday.

Your task:
  1. Create a visit note using the SOAP template.
  2. Record the BP in the vitals section, choosing the correct arm.
  3. Add an intervention (education + referral) and set a 1-week follow-up reminder.
  4. Mark the note "Confidential - nurse only" and confirm it does NOT appear in the pastor's summary view.

Screenshot the finished note and send it to me. Real notes should never be practiced on a real member's chart.

Deb

""" + SIG_DEB
    emit("clean", "training", DEB, ["Tess Valdez <tessvaldez.rn@examplemail.com>",
                                    "Gloria Hedlund <ghedlund@prairiewave.net>"],
         "FNT sandbox practice note (fictitious record)", body, dt(2024, 7, 30, 17, 20))

    # training-003: UAT test script with test records
    script = """CARENOTES UAT - TEST SCRIPT v1.2 (St. Columba)
Environment: sandbox stc-mn-0418-uat.shepherdsroll.com
All records below are TEST records and will be deleted before go-live.

TC-01  Create care case
       Person: ZZTEST, Prayerlist (member T-0001, DOB 01/01/1900)
       Category: Hospital | Confidential flag: ON
       Expected: case visible to Care-Full roles only

TC-02  Volunteer view
       Log in as test.visitor / assign ZZTEST, Homebound (T-0002) to test.visitor
       Expected: visitor sees address + visit date only, NO notes

TC-03  Website prayer form
       Submit form with name "Test Submission", request "test request please ignore", share = Pastors only
       Expected: lands in CareNotes with confidential flag; NOT in prayer chain export

TC-04  Prayer chain export
       Run weekly export with ZZTEST, Bulletin (T-0003) share = Bulletin
       Expected: export shows name + "healing" only; no notes column

TC-05  Meal calendar sync
       Create SupperCircle test calendar "ZZTEST family" -> webhook
       Expected: care case auto-created with category Meals

Tester: ______  Date: ______  Pass/Fail: ______"""
    body = """Team - the UAT script for CareNotes is attached. Please run TC-01 through TC-05 by Friday using ONLY the ZZTEST records in the sandbox. Mark pass/fail and send back. Don't create anything with real member names in the sandbox, even as a test.

Ben"""
    emit("clean", "training", "Ben Adeyemi <ben.adeyemi@harlownet.net>", [KAREN, MATT, DEB, LINDA, PATTI],
         "CareNotes UAT test script - please run by Fri", body, dt(2024, 6, 11, 19, 0),
         atts=[("CareNotes_UAT_script_v1.2.txt", script, "text", "plain")])

    # training-004: quiz for visitation volunteers
    body = """Visitor training - quick quiz (answers at the bottom, no peeking!)

1. You arrive for a home visit and the member has a cough and a fever. What do you do?
2. True or false: It's fine to mention at coffee hour which hospital room someone is in, so others can visit.
3. A member tells you she has stopped taking a medication because it "costs too much." Who do you tell?
4. How long should a typical hospital visit last?
5. You notice unpaid bills piled up, no food in the fridge and bruises on the arms of a member who lives with a relative. What do you do?
6. True or false: You should wash or sanitize your hands before and after every visit, even if you don't touch anything.
7. A member asks you to pick up a prescription for them. Can you?

ANSWERS
1. Reschedule kindly. Offer a phone call instead and let the office know.
2. False. Share only what the person has given permission to share, and never room numbers.
3. Encourage them to talk to the parish nurse, and with their permission, let Deb know.
4. 10-15 minutes unless the person asks you to stay.
5. Call Pastor Matt or Deb the same day. Vulnerable adult concerns must be reported.
6. True.
7. Only with the office's knowledge and the member's written permission on file.

Linda"""
    emit("clean", "training", LINDA, ["Visitation Team <visitors@%s>" % CH], "visitor quiz for Saturday",
         body, dt(2024, 9, 18, 12, 40))

    # training-005: Mental Health First Aid course with fictional role-play scenario
    body = """Thank you for registering for Mental Health First Aid (Adult) at St. Columba!

Date:     Saturday, March 9, 2024, 8:30 am - 4:30 pm (lunch provided)
Place:    St. Columba Lutheran Church, Fellowship Hall
Course #: MHFA-A-24-03-0917
Instructors: Renee Fairbanks and Carlos Medina, certified MHFA instructors, NAMI Lakes Area

Please complete the 2-hour self-paced pre-work before the class.

Role-play preview (fictional scenario used in class):
"Sam," a character in his forties, has stopped coming to the men's breakfast. When you run into him at the hardware store he seems flat, says he isn't sleeping and that his family "would be better off" without him. Practice the ALGEE steps: Approach, assess and assist with any crisis; Listen non-judgmentally; Give support and information; Encourage appropriate professional help; Encourage other supports.

Remember: if someone is in immediate danger, call or text 988 or call 911.

Certificates are valid for 3 years.

NAMI Lakes Area | (320) 555-0612"""
    emit("clean", "training", "NAMI Lakes Area <classes@namilakesarea.org>",
         ["dhalvorsen@%s" % CH], "Your MHFA course registration - March 9", body,
         dt(2024, 2, 20, 9, 0))

    # training-006: de-identified case study for an FCN course (docx)
    paras = ["# Faith Community Nursing Foundations - Case Study 4 (de-identified)",
             "Scenario: An 82-year-old widowed member of a mid-sized congregation lives alone in a two-story house. She was hospitalized for two days last month and sent home with three new medications. She has stopped attending worship. Her son lives four hours away.",
             "Details have been changed and combined from several situations; any resemblance to a real person is coincidental.",
             "# Questions for reflection",
             "1. What spiritual needs might be present alongside her physical needs?",
             "2. Which members of the congregation's care ministry could be involved, and what does each need to know?",
             "3. How would you approach a medication review in the home?",
             "4. What community resources (Area Agency on Aging, home health, meal programs) might be appropriate?",
             "5. How would you document this visit, and who should have access to the note?",
             "# For the facilitator",
             "Emphasize whole-person care, consent before sharing with the prayer chain, and the difference between the nurse's role and the home health agency's role."]
    body = """Hi Deb,

Attached is case study 4 for the Foundations cohort you're co-facilitating on Feb 3. It's de-identified, please don't add local details to it. Small groups of 4-5, about 25 minutes.

Thanks for helping this year!

Ingrid Solheim, MSN, RN
Faith Community Nursing Program Coordinator
Prairie Lakes Synod
(320) 555-0904"""
    emit("clean", "training", "Ingrid Solheim <isolheim@prairielakessynod.org>", [DEB],
         "Case study 4 for Feb 3 cohort", body, dt(2024, 1, 25, 14, 15),
         atts=[("FCN_CaseStudy4_deidentified.docx", make_docx(paras), "application",
                "vnd.openxmlformats-officedocument.wordprocessingml.document")])


# ==========================================================================
# main
# ==========================================================================
EXPECTED = {
    ("phi", "care"): 8, ("phi", "ids"): 8, ("phi", "lang"): 8, ("phi", "lists"): 7,
    ("phi", "names"): 8, ("phi", "self"): 7, ("phi", "struct"): 7,
    ("clean", "admin"): 7, ("clean", "lookalike"): 7, ("clean", "news"): 6,
    ("clean", "staff"): 7, ("clean", "training"): 6,
}


def main():
    phi_care()
    phi_ids()
    phi_lang()
    phi_lists()
    phi_names()
    phi_self()
    phi_struct()
    clean_admin()
    clean_lookalike()
    clean_news()
    clean_staff()
    clean_training()
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "label", "kind", "patient_name"])
        for r in RECORDS:
            w.writerow(r)
    total = 0
    for key in EXPECTED:
        n = COUNTERS.get(key, 0)
        total += n
        flag = "" if n == EXPECTED[key] else "   <-- expected %d" % EXPECTED[key]
        print("%-6s %-10s %3d%s" % (key[0], key[1], n, flag))
    print("total %d" % total)


if __name__ == "__main__":
    main()
