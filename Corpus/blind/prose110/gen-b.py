#!/usr/bin/env python3
"""Blind evaluation mail set: university athletics sports medicine.
Everything here is invented. Standard library only, deterministic.
Usage: python3 gen.py OUTDIR
"""
import sys
import os
import io
import csv
import json
import zlib
import struct
import random
import zipfile
import datetime
from html import escape
from email.message import EmailMessage
from email import policy
from email.generator import BytesGenerator

SEED = 11002
random.seed(SEED)

OUT = sys.argv[1] if len(sys.argv) > 1 else "."

# ---------------------------------------------------------------- dates
def tz_for(m, d):
    if 4 <= m <= 10 or (m == 3 and d >= 9) or (m == 11 and d < 3):
        return datetime.timezone(datetime.timedelta(hours=-4))
    return datetime.timezone(datetime.timedelta(hours=-5))


def D(m, d, h=None, mi=None, y=None):
    if y is None:
        y = 2024 if m >= 7 else 2025
    if h is None:
        h = random.randint(7, 18)
    if mi is None:
        mi = random.randint(0, 59)
    return datetime.datetime(y, m, d, h, mi, random.randint(0, 59), tzinfo=tz_for(m, d))


def back(dt, hours=0, minutes=0, days=0):
    return dt - datetime.timedelta(days=days, hours=hours, minutes=minutes)


def h12(dt):
    h = dt.hour % 12 or 12
    return f"{h}:{dt:%M} {'AM' if dt.hour < 12 else 'PM'}"


def gmail_when(dt):
    return f"{dt:%a}, {dt:%b} {dt.day}, {dt.year} at {h12(dt)}"


def outlook_when(dt):
    return f"{dt:%A}, {dt:%B} {dt.day}, {dt.year} {h12(dt)}"


def short_date(dt):
    return f"{dt.month}/{dt.day}/{dt.year}"


# ---------------------------------------------------------------- people
U = "ridgemontstate.org"          # university (invented)
STU = "my.ridgemontstate.org"      # student mail
CVO = "cedarvalleyortho.com"      # team orthopaedics (invented)

P = {
    "dana": ("Dana Whitfield", f"dwhitfield@{U}",
             "Dana Whitfield, MS, ATC, LAT\nDirector of Sports Medicine\nRidgemont State University Athletics\n"
             "Office 555-0101 | Fax 555-0199\nHawks Athletic Performance Center, Rm 114"),
    "marcus": ("Marcus Tran", f"mtran@{U}",
               "Marcus Tran, MS, ATC\nAssociate Athletic Trainer - Football\nRidgemont State Sports Medicine\n"
               "cell 555-0117"),
    "kelsey": ("Kelsey Brandt", f"kbrandt@{U}",
               "Kelsey Brandt, MAT, ATC, LAT\nAssistant Athletic Trainer | Women's Soccer & Volleyball\n"
               "Ridgemont State University\n555-0123 (office) / 555-0124 (cell)"),
    "jorge": ("Jorge Villalobos", f"jvillalobos@{U}",
              "Jorge Villalobos, ATC\nAthletic Trainer, Men's Basketball\nRSU Sports Medicine | 555-0131"),
    "priya": ("Priya Natarajan", f"pnatarajan@{U}",
              "Priya Natarajan, MS, ATC, CSCS\nAssistant AT - Baseball/Softball\nRidgemont State Athletics"),
    "tomasz": ("Tomasz Nowak", f"tnowak@{U}",
               "Tomasz Nowak, ATC\nAthletic Trainer - Track & Field / Cross Country\nRSU Sports Medicine"),
    "hannah": ("Hannah Oduya", f"hoduya@{U}",
               "Hannah Oduya, ATC\nGraduate Assistant Athletic Trainer\nRidgemont State University"),
    "abernathy": ("Rachel Abernathy", f"rabernathy@{U}",
                  "Rachel Abernathy, MD, CAQSM\nHead Team Physician, Primary Care Sports Medicine\n"
                  "Ridgemont State Student Health Services | 555-0140"),
    "lindqvist": ("Gregory Lindqvist", f"glindqvist@{CVO}",
                  "Gregory Lindqvist, MD\nOrthopaedic Surgery & Sports Medicine\nCedar Valley Orthopaedics\n"
                  "2200 Foundry Rd, Suite 300 | P 555-0150 | F 555-0151"),
    "tamara": ("Tamara Greaves", f"tgreaves@{U}",
               "Tamara Greaves\nSports Medicine Insurance & Claims Coordinator\nRidgemont State Athletics\n"
               "P 555-0105 | F 555-0198"),
    "brent": ("Brent Osei", f"bosei@{U}",
              "Brent Osei\nAssociate Director, Athletics Compliance\nRidgemont State University\n555-0160"),
    "coachray": ("Ray Delacroix", f"rdelacroix@{U}",
                 "Ray Delacroix\nHead Football Coach"),
    "sean": ("Sean Kilbride", f"skilbride@{U}",
             "Sean Kilbride\nDirector of Football Operations\nRSU Football | 555-0170"),
    "amanda": ("Amanda Ruiz", f"aruiz@{U}", "Amanda Ruiz\nHead Coach, Women's Soccer"),
    "hollis": ("Terrence Hollis", f"thollis@{U}", "Coach Hollis\nRSU Men's Basketball"),
    "lena": ("Lena Fischer", f"lfischer@{U}", "Lena Fischer\nHead Volleyball Coach\nRidgemont State Hawks"),
    "daryl": ("Daryl Pike", f"dpike@{U}",
              "Daryl Pike, MS, CSCS\nDirector of Strength & Conditioning"),
    "meilin": ("Mei Lin Chou", f"mchou@{U}",
               "Mei Lin Chou, MS, RD, CSSD\nSports Dietitian | Ridgemont State Athletics"),
    "haddad": ("Noor Haddad", f"nhaddad@{U}",
               "Noor Haddad, PsyD\nClinical Sport Psychologist\nRSU Counseling & Athletics"),
    "gail": ("Gail Penrose", f"gpenrose@{U}",
             "Gail Penrose\nBusiness Manager, Intercollegiate Athletics\n555-0108"),
    "ricky": ("Ricky Szabo", f"rszabo@{U}", "Ricky Szabo\nEquipment Operations"),
    "compliance": ("RSU Athletics Compliance", f"compliance@{U}", ""),
    "sportsmed": ("RSU Sports Medicine", f"sportsmed@{U}", ""),
}


def who(k):
    name, email = P[k][0], P[k][1]
    return f"{name} <{email}>"


def sig(k):
    return P[k][2]


def first(k):
    return P[k][0].split()[0]


CONF = ("CONFIDENTIALITY NOTICE: This message and any attachments are intended only for the named "
        "recipient(s) and may contain confidential information, including student education records "
        "and protected health information. If you received this in error, please notify the sender "
        "and delete it. Ridgemont State University Department of Intercollegiate Athletics.")

CONF_CVO = ("This electronic transmission from Cedar Valley Orthopaedics may contain information that is "
            "privileged and confidential. Any review, use, disclosure or distribution by persons other than "
            "the intended recipient is prohibited. If you are not the intended recipient, contact the sender "
            "at 555-0150 and destroy all copies.")

IPHONE = "Sent from my iPhone"
ANDROID = "Sent from my Galaxy"


def gquote(text, whoname, dt):
    lines = [f"On {gmail_when(dt)} {whoname} wrote:"]
    for ln in text.strip("\n").split("\n"):
        lines.append("> " + ln if ln else ">")
    return "\n".join(lines)


def oquote(text, frm, to, dt, subject, cc=None):
    hdr = ["-----Original Message-----", f"From: {frm}", f"Sent: {outlook_when(dt)}", f"To: {to}"]
    if cc:
        hdr.append(f"Cc: {cc}")
    hdr.append(f"Subject: {subject}")
    return "\n".join(hdr) + "\n\n" + text.strip("\n")


def fwd(text, frm, to, dt, subject):
    return ("---------- Forwarded message ---------\n"
            f"From: {frm}\nDate: {gmail_when(dt)}\nSubject: {subject}\nTo: {to}\n\n" + text.strip("\n"))


def to_html(text, footer_color="#555"):
    paras = text.strip("\n").split("\n\n")
    out = ['<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">']
    for p in paras:
        if p.startswith(">") or p.startswith("On ") and "wrote:" in p.split("\n")[0]:
            out.append('<blockquote style="border-left:2px solid #ccc;padding-left:8px;color:#444">'
                       + "<br>".join(escape(x) for x in p.split("\n")) + "</blockquote>")
        else:
            out.append("<p>" + "<br>".join(escape(x) for x in p.split("\n")) + "</p>")
    out.append("</body></html>")
    return "\n".join(out)


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


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet="Sheet1"):
    sd = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{_col(c)}{r}"
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(str(v))}</t></is></c>')
        sd.append(f'<row r="{r}">' + "".join(cells) + "</row>")
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 "<sheetData>" + "".join(sd) + "</sheetData></worksheet>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          "</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>")
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          f'<sheets><sheet name="{escape(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              "</Relationships>")
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet_xml)])


def make_docx(paragraphs):
    body = []
    for p in paragraphs:
        bold = p.startswith("**")
        t = p.strip("*")
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        runs = []
        for i, part in enumerate(t.split("\t")):
            if i:
                runs.append("<w:r><w:tab/></w:r>")
            runs.append(f'<w:r>{rpr}<w:t xml:space="preserve">{escape(part)}</w:t></w:r>')
        body.append("<w:p>" + "".join(runs) + "</w:p>")
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(body) + "</w:body></w:document>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          "</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            "</Relationships>")
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def make_pdf(lines, size=10):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    parts = [f"BT /F1 {size} Tf {size + 4} TL 54 742 Td"]
    for ln in lines:
        parts.append(f"({esc(ln)}) Tj T*")
    parts.append("ET")
    stream = "\n".join(parts).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def make_png(w, h, pix):
    """pix(x, y) -> (r, g, b)"""
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            raw.extend(pix(x, y))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def logo_png():
    # maroon square with a gold band: the "Hawks Sports Medicine" email logo
    def pix(x, y):
        if 26 <= y <= 37:
            return (212, 175, 55)
        if (x - 32) ** 2 + (y - 16) ** 2 < 60:
            return (255, 255, 255)
        return (110, 20, 35)
    return make_png(64, 64, pix)


def scan_png():
    # a blank scanned page: off-white with faint grey rules and a darker header bar
    def pix(x, y):
        if 12 <= y <= 22 and 10 <= x <= 150:
            return (90, 90, 90)
        if y > 40 and y % 14 == 0 and 10 <= x <= 190:
            return (215, 215, 215)
        return (246, 245, 240)
    return make_png(200, 260, pix)


def ics(uid, start, end, summary, location, desc, organizer):
    fmt = "%Y%m%dT%H%M%S"
    return "\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//RSU Athletics//Scheduler 4.2//EN", "METHOD:REQUEST",
        "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{start.strftime(fmt)}",
        f"DTSTART;TZID=America/New_York:{start.strftime(fmt)}",
        f"DTEND;TZID=America/New_York:{end.strftime(fmt)}",
        f"SUMMARY:{summary}", f"LOCATION:{location}", f"DESCRIPTION:{desc}",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", "END:VEVENT", "END:VCALENDAR", ""])


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


# ---------------------------------------------------------------- registry
EMAILS = []


def add(label, kind, patient, frm, to, subject, body, date, cc=None, html=None,
        atts=(), headers=None, reply_to=None, in_reply_to=None):
    EMAILS.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to, subject=subject,
                       body=body, date=date, cc=cc, html=html, atts=list(atts), headers=headers or {},
                       reply_to=reply_to, in_reply_to=in_reply_to))


def msgid(frm):
    dom = frm.split("@")[-1].rstrip(">").strip()
    return f"<{random.getrandbits(40):010x}.{random.randint(1000, 99999)}@{dom}>"


def att_text(text, subtype, filename):
    return ("text", subtype, text, filename)


def att_bin(data, maintype, subtype, filename):
    return (maintype, subtype, data, filename)


XLSX_T = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
DOCX_T = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


# ================================================================ PHI: care
def phi_care():
    # 1 ride to an appointment
    dt = D(10, 9, 11, 42)
    add("phi", "care", "Jaylen Brooks", who("marcus"), who("sean"),
        "ride thurs",
        f"""Sean,

Can somebody from ops drive Jaylen Brooks over to Cedar Valley Ortho on Thursday? He needs to be there by 2:40 and he can't drive while he's still in the boot. Dr. Lindqvist's office said plan on about an hour.

I'll leave his paperwork and the insurance card copy in an envelope at the AT room front desk with his name on it. He has a 1:25 class so pick him up outside Harmon Hall at 2:15.

Thanks
Marcus

{sig("marcus")}
""", dt, cc=who("dana"))

    # 2 parent worry + AT reply (thread)
    dt0 = D(9, 23, 21, 7)
    dt = back(dt0, hours=-12, minutes=-24)
    mom = "Maureen Hanlon <mo.hanlon62@kestrelmail.com>"
    orig = """Hi Kelsey,

This is Brooke's mom. She called us last night and honestly sounded really down. She said she's been sitting out of practice all week and icing twice a day and nobody has told her when she can play. She doesn't always tell us everything so I wanted to reach out directly. Is she getting in to see the doctor this week? Her dad and I can drive up if she needs someone with her.

Thank you for everything you do,
Maureen Hanlon
(cell) 555-0188"""
    body = f"""Hi Mrs. Hanlon,

Thanks for reaching out. Brooke has a release on file that lets me talk with you and her dad, so I can fill you in a bit.

She's scheduled with Dr. Abernathy on Tuesday at 10:15 in the training room clinic. Until then she's coming in every morning at 7 for rehab with me and doing the bike and pool workouts with the team in the afternoon, so she's still with her teammates every day. I know sitting out is hard for her - she's been a great sport about it.

You're welcome to come up, but it isn't necessary for the appointment. I'll have Brooke call you after she sees Dr. A, and I'm happy to jump on a call too.

Kelsey

{sig("kelsey")}

{gquote(orig, mom, dt0)}
"""
    add("phi", "care", "Brooke Hanlon", who("kelsey"), mom, "Re: Brooke", body, dt,
        html=to_html(body))

    # 3 weekend coverage handover
    dt = D(11, 14, 16, 5)
    body = f"""Hannah - coverage notes for while I'm at the tournament Fri-Sun. Thank you!!

Sofia Reyes - rehab daily at 3. She knows her home program, just make sure she does 20 min on the bike + the band series and ice after. She is NOT cleared to jump yet even if she tells you Dr. L said it was fine. He said "soon".
Tyrese (mbb manager, not the football Tyrese) - tape both ankles before practice. He'll ask.
Emily Zhao - her refill is ready at the Student Health pharmacy, it's already paid for, she just can't get there before they close at 5 on Friday. Could you grab it and leave it in her locker cubby? Pharmacy knows you're coming.
Nadia Kowalczyk - stitches on her chin come out Monday at Student Health 9:40, she'll walk over herself. Just check the steri strips Saturday.

Keys to the med cabinet are with Dana. Text me if anything weird comes up.

K

{sig("kelsey")}
"""
    add("phi", "care", "Sofia Reyes; Emily Zhao; Nadia Kowalczyk", who("kelsey"), who("hannah"),
        "weekend coverage - VB/WSOC", body, dt, cc=who("dana"))

    # 4 refill request + reply
    dt0 = D(1, 28, 8, 2)
    dt = back(dt0, minutes=-47)
    req = f"""Dr. A -

Aaliyah Simmons is almost out of her inhaler and asked if you'd be able to send a new script to the Walgreens on Linden Ave. We leave for Bowling Green Friday at noon so sooner is better. She also asked about getting a second one to keep in her bag for road trips.

Thanks,
Jorge"""
    body = f"""Sent both to Walgreens Linden, 1 refill each. Tell her to pick them up before Fri.

-RA

{gquote(req, who("jorge"), dt0)}
"""
    add("phi", "care", "Aaliyah Simmons", who("abernathy"), who("jorge"), "RE: Aaliyah - refill", body, dt)

    # 5 scheduling with imaging center
    dt = D(2, 4, 9, 18)
    body = f"""Good morning,

Please schedule Mateo Gutierrez (DOB 06/17/2005) for the study Dr. Lindqvist ordered on Friday. Pre-authorization reference is 4471-RR-20931; I attached the order and the front/back of his card.

He has classes every morning so anything after 1:00 PM on a weekday works. Best number to reach him is his cell, 555-0143. Please send the confirmation to me as well so I can arrange his ride.

Thank you!

{sig("tamara")}

{CONF}
"""
    add("phi", "care", "Mateo Gutierrez", who("tamara"), "Scheduling <scheduling@northgateimaging.com>",
        "Scheduling request - RSU Athletics - Gutierrez", body, dt,
        atts=[att_bin(scan_png(), "image", "png", "gutierrez_card_front.png")])

    # 6 coach asks availability, AT answers
    dt0 = D(10, 21, 7, 3)
    dt = back(dt0, hours=-2, minutes=-11)
    q = """Is Caleb good for Saturday? Need to know for the travel list by noon.
RD
Sent from my iPhone"""
    body = f"""Coach,

Caleb is going to be limited this week. He's doing his conditioning in the pool, no contact at practice, and Dr. Abernathy is rechecking him Thursday afternoon. I'd plan on him not traveling Saturday - if that changes after Thursday I'll tell you first thing.

He's in good spirits and is getting his work in.

Marcus

{oquote(q, "Delacroix, Ray", "Tran, Marcus", dt0, "Caleb W - availability for Sat?")}
"""
    add("phi", "care", "Caleb Whitaker", who("marcus"), who("coachray"),
        "RE: Caleb W - availability for Sat?", body, dt, cc=who("sean"))

    # 7 dietitian asks AT to support plan
    dt = D(3, 3, 13, 26)
    body = f"""Hi Tomasz,

Quick heads up - starting this week Hana Park will be coming to see me Mondays and Wednesdays at 7:30 before practice. I'm leaving a snack pack in the fueling station fridge with her name on it (2 per day). Could you make sure she takes the recovery shake right after lifting? She tends to skip it and go straight to class.

Also Dr. Abernathy wants her weights recorded once a week in TrainerTrack, but please do them blind (back to the scale) and don't say the number out loud. I know that's a little unusual, thanks for going along with it.

Mei Lin

{sig("meilin")}
"""
    add("phi", "care", "Hana Park", who("meilin"), who("tomasz"), "Hana - fueling plan", body, dt,
        cc=who("abernathy"))

    # 8 short mobile note to a parent
    dt = D(4, 8, 17, 51)
    body = f"""Mr. Mensah - Kofi's crutches are in the AT room, he can pick them up anytime before 6 tonight. Dr. Abernathy wants to see him back Friday at 8:30 for a recheck and she's going to call you after. He's doing fine, just frustrated.

Tomasz

{IPHONE}"""
    add("phi", "care", "Kofi Mensah", who("tomasz"), "Emmanuel Mensah <emensah.family@ironwoodmail.net>",
        "Kofi", body, dt)


# ================================================================ PHI: names
def phi_names():
    # 1 team physician weekly clinic recap
    dt = D(9, 17, 19, 48)
    body = f"""All,

Recap from today's training room clinic:

Saw Tyrese McAllister - R high ankle sprain, films negative for fracture, no widening on stress views. Boot x 2 wks, start ROM and AlterG when pain allows. Out for Saturday, re-eval next Tues.

Whitaker's shoulder - second subluxation episode this month. Sent for MR arthrogram at Northgate, will loop in Greg for surgical opinion. Keep him out of contact drills till we have images.

Gutierrez, Mateo - back spasm, better. Cleared full go tomorrow, keep doing his core work.

Jaylen's post-op check is Thursday with Dr. Lindqvist, I'm not touching that one.

Thanks for a smooth clinic.
RA

{sig("abernathy")}
"""
    add("phi", "names", "Tyrese McAllister; Caleb Whitaker; Mateo Gutierrez", who("abernathy"),
        f"{who('marcus')}, {who('dana')}", "Tues clinic recap", body, dt, cc=who("hannah"))

    # 2 name in subject only
    dt = D(10, 14, 15, 9)
    body = f"""Incisions look great, no drainage, quad firing better than I expected at this point. Sutures out Monday in the AT room, Marcus can do it. Keep him NWB in the brace locked at 0 until the 6 week visit, then we'll talk about opening it up.

He asked again about the bowl game. I said no.

GL

--
{sig("lindqvist")}

{CONF_CVO}
"""
    add("phi", "names", "Jaylen Brooks", who("lindqvist"), who("marcus"),
        "Brooks, Jaylen - post-op day 10", body, dt, cc=who("dana"))

    # 3 name deep in forwarded/quoted text
    dt1 = D(11, 4, 20, 15)
    dt2 = back(dt1, hours=-14)
    dt3 = back(dt2, hours=-1, minutes=-20)
    inner = f"""Kelsey, Dana -

Mrs. Orlova called the office this afternoon (I took the message since you were at practice). She said Anastasia has been getting headaches again in the evenings and is sensitive to the lights in the library, and she wants to know why Ana was allowed back in the lineup last week if she still has symptoms. She was pretty upset. She'd like a call back tomorrow - 555-0177.

I told her someone from sports med would follow up.

Lena"""
    mid = f"""Forwarding to you as her AT - can you call her in the morning? I'll be in meetings until 11.

{fwd(inner, who("lena"), f"{who('kelsey')}, {who('dana')}", dt1, "call from Ana's mom")}"""
    body = f"""Coach - I talked to Mrs. Orlova at 8:30. We're going to pull Ana back to stage 2 and have her see Dr. Abernathy this week. I'll let you know where things stand after that.

Kelsey

{gquote(mid, who("dana"), dt2)}
"""
    add("phi", "names", "Anastasia Orlova", who("kelsey"), who("lena"), "Re: Fwd: call from Ana's mom",
        body, dt3, cc=who("dana"))

    # 4 nickname
    dt = D(8, 19, 18, 33)
    body = f"""Dana,

FYI Big Mike's knee filled up again after 2-a-days. Dr. A aspirated about 30 cc this afternoon, clear fluid, and wants to get him an MRI this week to look at the meniscus. Okafor is adamant he's fine and wants to practice tomorrow - I told him he's in the red jersey until we hear back. Coach isn't thrilled but he's on board.

I'll put the imaging request through Tamara tonight.

Marcus
{IPHONE}"""
    add("phi", "names", "Michael Okafor", who("marcus"), who("dana"), "big mike", body, dt)

    # 5 concussion RTP progress
    dt = D(10, 2, 16, 40)
    body = f"""Hi all,

Update on Wesner Joseph's return-to-play progression:

- Asymptomatic at rest since 9/26
- Stage 3 (sport-specific, no contact) completed today without symptoms, HR up to about 160
- ImPACT re-test this morning is back at his baseline on all composites
- Still doing modified class schedule through Friday per Dr. Haddad / Student Accessibility

Plan is stage 4 (non-contact practice in helmet) tomorrow, and if he gets through that he sees Dr. Abernathy Friday for final clearance. Coach, realistically he's available for the 10/12 game, not this weekend.

Marcus Tran
Football Sports Medicine
"""
    add("phi", "names", "Wesner Joseph", who("marcus"), f"{who('coachray')}, {who('abernathy')}",
        "Joseph - RTP stage 3", body, dt, cc=f"{who('dana')}, {who('sean')}")

    # 6 counseling referral
    dt = D(2, 12, 10, 14)
    body = f"""Dr. Haddad,

I'd like to refer Isabela Costa (women's soccer, #9) to you if you have space. She's about 4 months out from her ACL reconstruction and rehab-wise she's on track, but the last couple weeks she's been really withdrawn. She broke down crying in the training room Monday, said she hasn't been sleeping and feels like "she isn't part of the team anymore". She also mentioned her family is back in Brazil and she hasn't told them how she's doing.

She said it was okay for me to reach out to you. Her number is 555-0164 and she's usually free after 2.

Thank you,
Kelsey

{sig("kelsey")}
"""
    add("phi", "names", "Isabela Costa", who("kelsey"), who("haddad"), "referral - WSOC", body, dt)

    # 7 "Mrs. X" and first name
    dt0 = D(3, 20, 14, 2)
    dt = back(dt0, hours=-3, minutes=-5)
    orig = f"""Tamara,

Mrs. Delgado called again about Luis's ER bill from the night he split his eyebrow open at the Oakton game. She says they got a second notice for $860 and a collections warning. She thought we were handling it. Can you take a look?

Priya"""
    body = f"""Priya, I'm on it. The hospital billed her plan first and it got denied because they put the wrong subscriber ID on it. I've asked them to rebill, and I'll send Mrs. Delgado a letter today saying the account is under review with our secondary carrier so she can hold off on paying.

Tamara

{oquote(orig, "Natarajan, Priya", "Greaves, Tamara", dt0, "Luis D - ER bill")}
"""
    add("phi", "names", "Luis Delgado", who("tamara"), who("priya"), "RE: Luis D - ER bill", body, dt)

    # 8 compliance + TUE
    dt = D(1, 15, 11, 20)
    body = f"""Dana,

Heads up before NCAA drug testing comes through in February. Dmitri Volkov (men's tennis) is on Adderall XR 20 mg and his TUE paperwork is from 2022 - the physician letter needs to be updated and include the most recent evaluation and dosing. As it stands, if he gets selected and tests positive we don't have current documentation and it becomes an eligibility issue.

Can Dr. Abernathy or his home provider get us an updated letter by 1/31? I'll keep the file in the locked cabinet here.

Brent

{sig("brent")}

{CONF}
"""
    add("phi", "names", "Dmitri Volkov", who("brent"), who("dana"), "Volkov - TUE documentation", body, dt,
        cc=who("abernathy"))


# ================================================================ PHI: ids
def phi_ids():
    # 1 claim number only, to TPA
    dt = D(11, 6, 10, 5)
    body = f"""Hello,

Following up on claim # KCA-24-118734, DOS 09/14/2024 (emergency department, Mercy Ridge Hospital). The athlete's primary carrier denied as out-of-network and we submitted the primary EOB to you on 10/18. Portal still shows "pending - awaiting information." Can you tell me what's missing?

Thank you,

{sig("tamara")}
"""
    add("phi", "ids", "", who("tamara"), "Claims Services <claims@summitbenefitadmin.net>",
        "Status request - Claim KCA-24-118734", body, dt)

    # 2 TPA reply with member id, DOB, dx code
    dt0 = D(12, 2, 9, 12)
    dt = back(dt0, days=-1, hours=-4)
    orig = f"""Please confirm whether the 11/20 PT visit is covered under the athletics policy.

{sig("tamara")}"""
    body = f"""Hi Tamara,

We located the record.

  Member ID:   RSU4471920-01
  DOB:         03/22/2004
  Group:       RSU-ATH-2024
  DOS:         11/20/2024   CPT 97110 x3, 97140 x1
  Dx:          S83.511A

The visit is covered under the excess accident benefit once the primary EOB is received. The primary EOB on file is for DOS 10/30 only. Please send the 11/20 primary EOB and we will process within 10 business days.

Regards,
Deshawn Miles
Claims Examiner II
Summit Benefit Administrators
Ph 555-0196 ext. 2214 | Fax 555-0197

This communication may contain confidential health information. If you are not the intended recipient, please delete it.

{gquote(orig, who("tamara"), dt0)}
"""
    add("phi", "ids", "", "Deshawn Miles <dmiles@summitbenefitadmin.net>", who("tamara"),
        "RE: Member RSU4471920-01", body, dt)

    # 3 MRN records request
    dt = D(10, 7, 14, 36)
    body = f"""Hi Records,

Can you fax the 10/3 visit note and the x-ray report for MRN 00582213 to Dr. Lindqvist's office at Cedar Valley Ortho (fax 555-0151)? The signed release is scanned in under Media. He's being seen there Wednesday morning for the wrist.

Thanks!
Hannah

{sig("hannah")}
"""
    add("phi", "ids", "", who("hannah"), f"Health Information <shs-records@{U}>", "records to CVO - MRN 00582213",
        body, dt)

    # 4 parent sends insurance details
    dt = D(8, 26, 22, 14)
    body = """Hi, this is Carla Ferreira, my daughter is #14 on the soccer team. Sorry this is late, here is her insurance info you asked for at the parent meeting.

BlueRidge Health PPO
Subscriber ID: XGH884120337
Group #: 0047112
Subscriber: Carla Ferreira, DOB 07/09/1971
Dependent DOB: 11/02/2005
Rx BIN 610014

She still has the wrist brace from the summer, the orthopedist at home said she can wear it for games. Let me know if you need anything else.

Carla
Sent from Yahoo Mail on Android"""
    add("phi", "ids", "", "Carla Ferreira <carla.ferreira71@kestrelmail.com>", who("kelsey"),
        "insurance for #14", body, dt)

    # 5 student ID + medical hardship waiver
    dt = D(12, 9, 15, 2)
    body = f"""Brent,

Attached is the physician documentation supporting a medical hardship waiver for student ID 900417722 (baseball). Season-ending injury 10/12/2024 during fall ball - surgery 10/29 - expected return at the earliest in August. Participation before the injury: 0 contests of the 2024-25 championship segment.

Let me know if the conference office needs anything else from us.

Dana

{sig("dana")}
"""
    pdf = make_pdf([
        "CEDAR VALLEY ORTHOPAEDICS - 2200 Foundry Rd, Suite 300",
        "",
        "RE: Student ID 900417722",
        "Date of injury: 10/12/2024      Date of surgery: 10/29/2024",
        "",
        "To whom it may concern:",
        "The above student-athlete sustained a complete tear of the ulnar collateral",
        "ligament of the right elbow and underwent reconstruction on 10/29/2024.",
        "He will be unable to participate in intercollegiate baseball for the",
        "remainder of the 2024-25 academic year.",
        "",
        "Gregory Lindqvist, MD",
    ])
    add("phi", "ids", "", who("dana"), who("brent"), "hardship waiver documentation", body, dt,
        atts=[att_bin(pdf, "application", "pdf", "MHW_900417722.pdf")])

    # 6 SSN for claim form
    dt0 = D(1, 22, 9, 5)
    dt = back(dt0, hours=-6, minutes=-30)
    orig = f"""Hi, the accident claim form for your son came back from the carrier because the SSN field is blank. Could you reply with it (or call me at 555-0105 if you'd rather not email it)?

Tamara Greaves
RSU Athletics"""
    body = f"""It's 412-63-9087. His birthday is 4/30/2006 in case they ask for that too. Is this for the dentist bill from when he got hit in the mouth?

Thanks
Rob Lindgren

{gquote(orig, who("tamara"), dt0)}
"""
    add("phi", "ids", "", "Rob Lindgren <rlindgren@riverbend-net.net>", who("tamara"),
        "Re: claim form - missing information", body, dt)

    # 7 EMR auto notification
    dt = D(11, 19, 6, 2)
    body = """TrainerTrack Notification
----------------------------------------
Injury record INJ-2024-0612 was updated.

Athlete ID:      A10392
Sport:           Women's Basketball
Body part:       Knee (L)
Status:          Changed from LIMITED to OUT
Updated by:      J. Villalobos, ATC
Next appointment: 11/21/2024 08:40 - Ortho consult (Cedar Valley)

Log in to view the full record: https://rsu.trainertrack.net/injuries/INJ-2024-0612

You are receiving this because you are assigned to this team. Do not reply to this message."""
    add("phi", "ids", "", "TrainerTrack <no-reply@trainertrack.net>", who("dana"),
        "[TrainerTrack] Status change - INJ-2024-0612", body, dt,
        headers={"Auto-Submitted": "auto-generated", "X-Mailer": "TrainerTrack Notify 3.8"})

    # 8 Medicaid number + account number
    dt = D(2, 25, 12, 41)
    body = """Good afternoon Ms. Greaves,

I received a bill from Northgate Imaging for my daughter's scan on 2/11, account # 44-901273, for $1,118.00. She is covered under our state Medicaid, number 7712093458, and she is also on her father's plan through his work but I don't have that card. The coach told us athletics would take care of the scan. Can you tell me who I should call?

Thank you,
Denise Harrow
555-0185"""
    add("phi", "ids", "", "Denise Harrow <dharrow.home@ironwoodmail.net>", who("tamara"),
        "Bill question", body, dt)


# ================================================================ PHI: self
def phi_self():
    # 1 lower case athlete, phone
    dt = D(9, 10, 22, 48)
    body = """hey kelsey my ankle is still really swollen from yesterday and kind of purple on the outside now. can i come in early tmrw before my 8am so you can look at it? idk if i should be running on it

brooke

Sent from my iPhone"""
    add("phi", "self", "Brooke Hanlon", f"Brooke Hanlon <bhanlon@{STU}>", who("kelsey"), "ankle", body, dt)

    # 2 athlete bill question with scan image
    dt = D(1, 9, 16, 3)
    body = """Hi Ms. Greaves,

I got a bill in the mail from Cedar Valley Orthopaedics for $1,240 for my MRI in December and it says I have to pay it in 30 days. I thought athletics covered this? I gave my insurance card to the trainers at the start of the year. I attached a picture of the bill.

What should I do?

Thank you,
Mateo Gutierrez
Football #52"""
    add("phi", "self", "Mateo Gutierrez", f"Mateo Gutierrez <mgutierrez7@{STU}>", who("tamara"),
        "bill for MRI", body, dt, atts=[att_bin(scan_png(), "image", "png", "IMG_4471.png")])

    # 3 athlete to team doc, headaches
    dt = D(11, 11, 19, 20)
    body = """Dr. Abernathy,

Sorry to email on a Sunday. I wanted to tell you that I'm still getting headaches when I read for more than about 20 minutes and the lights in the library make it worse. I don't feel dizzy anymore. I have two midterms next week and I don't know if I should take them. My mom wants me to tell you everything so I am!

Thank you,
Anastasia Orlova"""
    add("phi", "self", "Anastasia Orlova", "Anastasia Orlova <a.orlova.tennis@kestrelmail.com>",
        who("abernathy"), "headaches", body, dt, cc=who("kelsey"))

    # 4 athlete to compliance about a new prescription
    dt = D(1, 13, 13, 7)
    body = """Hi,

Over break my doctor at home started me on Vyvanse 30 mg for ADHD (I used to take Adderall). Do I need to fill out something new for the NCAA? I have the prescription bottle and a note from her office.

Thanks,
Dmitri"""
    add("phi", "self", "Dmitri Volkov", f"Dmitri Volkov <dvolkov@{STU}>", who("compliance"),
        "new medication question", body, dt)

    # 5 staff employee about own injury at work
    dt = D(3, 26, 8, 15)
    body = f"""Hi Gail,

I hurt my back Monday afternoon moving the ice machine in the football AT room (the wheel on the cart broke). I went to Ridgemont Urgent Care after work and they said it's a lumbar strain, gave me a muscle relaxer and said no lifting over 20 lbs for 2 weeks. I have the discharge paperwork.

Do I need to file this through workers comp? I wasn't sure who handles that for athletics staff. I'd rather not have it go on my own insurance.

Thanks,
Ricky
Equipment Operations
555-0174"""
    add("phi", "self", "Ricky Szabo", who("ricky"), who("gail"), "hurt at work - what do I do", body, dt)

    # 6 athlete needs academic note, concussion
    dt = D(10, 1, 7, 22)
    body = """hi dr haddad, im still in the concussion protocol and i have a quiz in chem 201 at 9 and a paper due thurs. can you send something to my professors?? i still cant look at screens long. sorry for the short notice

wesner

Sent from my iPhone"""
    add("phi", "self", "Wesner Joseph", f"Wesner Joseph <wjoseph4@{STU}>", who("haddad"), "note for class",
        body, dt, cc=who("marcus"))

    # 7 graduated athlete asking about coverage
    dt = D(4, 2, 20, 30)
    body = f"""Hi Tamara,

Hope you're doing well! I graduated last May (women's soccer, 2020-2024). My right knee is still giving me trouble from the surgery junior year and Dr. Lindqvist wants me to do another 8 weeks of PT at Motion Works. I remember being told the athletics policy covers injuries for up to 2 years after eligibility ends - is that still true? My current insurance through my job has a $3,500 deductible and I can't really swing that right now.

My new address is 88 Larkspur Ct, Apt 2B, Dayton, OH 45409 if you need to send me anything.

Thanks so much,
Jess Albright
555-0129"""
    add("phi", "self", "Jess Albright", "Jess Albright <jess.albright@ironwoodmail.net>", who("tamara"),
        "PT coverage after graduation?", body, dt)


# ================================================================ PHI: lang
def phi_lang():
    # 1 Spanish, thread parent <-> AT
    dt0 = D(1, 19, 21, 30)
    dt = back(dt0, hours=-11, minutes=-15)
    mama = "Graciela Montoya <gracielamontoya.c@kestrelmail.com>"
    orig = """Buenas noches Jorge,

Perdone que le escriba tan tarde. Andrés me llamó después del partido y me dijo que se volvió a torcer el tobillo derecho y que casi no puede caminar. Me dijo que usted le puso hielo y una bota. ¿Le van a hacer radiografías? ¿Tiene que ir al doctor mañana? Él no me explica bien las cosas y estoy preocupada porque es la segunda vez este año.

Otra cosa, si lo mandan al hospital ¿nosotros tenemos que pagar? Nuestro seguro es de Medicaid de Texas.

Muchas gracias,
Graciela Montoya"""
    body = f"""Buenos días Sra. Montoya,

No se preocupe, gracias por escribir. Andrés tiene una torcedura del tobillo derecho. Anoche le pusimos hielo y la bota para que camine más cómodo. Hoy a las 11:30 lo va a ver la Dra. Abernathy aquí en el centro de atletismo y ella decide si necesita radiografía. Yo voy a estar con él.

Sobre el seguro: la oficina de Tamara Greaves se encarga de eso. Primero se factura a su seguro y lo que no cubre lo paga el seguro de atletismo de la universidad. Ustedes no deben pagar nada; si les llega una factura, me la mandan a mí.

Le aviso por la tarde cómo le fue.

Saludos,
Jorge

{sig("jorge")}

{gquote(orig, mama, dt0)}
"""
    add("phi", "lang", "Andrés Montoya", who("jorge"), mama, "Re: Andrés - tobillo", body, dt)

    # 2 Vietnamese, parent of a swimmer
    dt = D(10, 28, 20, 12)
    body = """Kính gửi cô Hannah,

Tôi là mẹ của Nguyễn Thị Lan (đội bơi). Lan nói với tôi là vai phải của cháu bị đau mấy tuần nay và bác sĩ Abernathy đã cho cháu đi chụp MRI hôm thứ Sáu. Cháu không nói rõ kết quả, chỉ nói là phải nghỉ tập một thời gian và đi vật lý trị liệu mỗi ngày.

Cô có thể cho tôi biết cháu có cần mổ không? Và chi phí chụp MRI thì gia đình có phải trả không? Bảo hiểm của cháu là qua công ty của bố cháu.

Cảm ơn cô rất nhiều đã chăm sóc cháu.

Trần Thị Mai
Điện thoại: 555-0138"""
    add("phi", "lang", "Nguyễn Thị Lan", "Tran Thi Mai <maitran.family@ironwoodmail.net>", who("hannah"),
        "Về việc Lan bị đau vai", body, dt)

    # 3 Portuguese, father in Brazil
    dt = D(2, 16, 9, 44)
    body = """Olá Kelsey, bom dia.

Aqui é o Paulo, pai da Isabela Costa. Desculpe escrever em português, meu inglês não é muito bom e a Isabela disse que você entende um pouco.

A Isabela nos ligou ontem e chorou muito. Ela disse que a recuperação do joelho (a cirurgia do LCA em outubro) está indo bem, mas que ela não está dormindo e se sente sozinha longe do time. Nós estamos muito preocupados. Ela está fazendo acompanhamento com psicólogo aí na universidade? Existe algum custo para isso?

Se for preciso, a mãe dela pode viajar para os Estados Unidos em março.

Muito obrigado por cuidar da nossa filha.

Paulo Costa
+55 31 5550-2718"""
    add("phi", "lang", "Isabela Costa", "Paulo Costa <paulo.costa.bh@example.com>", who("kelsey"),
        "Isabela - joelho e preocupação", body, dt)

    # 4 Haitian Creole, mother of a football player
    dt = D(9, 29, 19, 5)
    body = """Bonjou Mesye Marcus,

Mwen se manman Wesner Joseph. Wesner rele m yè swa, li di m li te frape tèt li nan match samdi a epi depi lè sa a li gen tèt fè mal, limyè fè l mal nan je, epi li pa ka dòmi byen. Li di m yo mete l nan "protocol". Mwen pa konprann sa sa vle di.

Èske yon doktè te wè l? Èske li bezwen fè yon eskanè? Mwen pa vle li jwe ankò si li pa byen.

Tanpri rele m oswa ekri m. Nimewo mwen se 555-0146.

Mèsi anpil,
Marie-Claude Joseph"""
    add("phi", "lang", "Wesner Joseph", "Marie-Claude Joseph <mcjoseph509@kestrelmail.com>", who("marcus"),
        "Wesner - tèt fè mal", body, dt)

    # 5 Tagalog / Taglish, mother of a softball player
    dt = D(3, 12, 12, 18)
    body = """Hello po Ms. Priya,

Ako po ang nanay ni Marisol Dizon (softball #22). Tumawag po si Marisol kagabi, sabi niya na-sprain daw ang kaliwang pulso niya sa practice at naka-splint siya ngayon. Kailangan pa po ba niyang magpa-X-ray ulit? Sabi kasi niya masakit pa rin lalo na pag nagsusulat siya.

Tanong ko lang din po kung may babayaran kami sa X-ray at sa doctor. Nasa HMO po siya ng tatay niya (Kaiser). Kailan po kaya siya makakabalik maglaro? Excited po kasi siya sa tournament sa Florida.

Salamat po ng marami sa pag-alaga sa anak ko.

Rowena Dizon
555-0152"""
    add("phi", "lang", "Marisol Dizon", "Rowena Dizon <rowena.dizon@riverbend-net.net>", who("priya"),
        "Marisol - pulso", body, dt)

    # 6 Russian, mother of a tennis player
    dt = D(11, 5, 23, 2)
    body = """Здравствуйте, Келси!

Это мама Анастасии Орловой. Извините, что пишу по-русски — так мне легче объяснить.

Настя говорит, что у неё опять головные боли по вечерам и что ей трудно читать больше двадцати минут. Две недели назад у неё было сотрясение мозга на тренировке, и её уже допустили к матчам. Я не понимаю, почему её допустили, если симптомы не прошли. Пожалуйста, пусть доктор Абернати осмотрит её ещё раз до следующего турнира.

Мой телефон: 555-0177. Можно звонить в любое время.

С уважением,
Ирина Орлова"""
    add("phi", "lang", "Anastasia Orlova", "Irina Orlova <irina.orlova@kestrelmail.com>", who("kelsey"),
        "Настя — головные боли", body, dt, cc=who("abernathy"))

    # 7 Korean, father of a golfer
    dt = D(4, 15, 21, 40)
    body = """안녕하세요 선생님,

여자 골프팀 강민지 아버지 강성호입니다. 민지가 허리 통증 때문에 2주째 스윙 연습을 못 하고 있고 학교에서 물리치료를 받고 있다고 들었습니다. 지난주에 MRI를 찍었다고 하는데 결과를 아직 못 들었다고 합니다.

디스크 문제인지, 언제쯤 대회에 다시 나갈 수 있는지 알려주시면 감사하겠습니다. 그리고 MRI 비용 청구서가 집으로 오면 어디로 보내야 하는지도 궁금합니다.

바쁘신데 감사합니다.
강성호 드림
555-0157"""
    add("phi", "lang", "Kang Minji", "Sungho Kang <sh.kang@ironwoodmail.net>", who("tomasz"),
        "강민지 허리 통증 관련 문의", body, dt, cc=who("tamara"))

    # 8 French, mother in France, reimbursement paperwork
    dt = D(12, 3, 5, 55)
    body = f"""Bonjour Madame Greaves,

Je suis la mère de Léa Dubois (équipe de tennis). Comme vous le savez, Léa a été opérée du poignet droit le 14 novembre à Cedar Valley. Notre mutuelle en France accepte de rembourser une partie des frais, mais elle nous demande :

- une facture détaillée (avec les codes des actes),
- le compte rendu opératoire du Dr Lindqvist,
- l'attestation de l'assurance de l'université indiquant ce qui a déjà été pris en charge.

Léa a aussi ses séances de kinésithérapie trois fois par semaine ; pourriez-vous nous dire si elles sont entièrement couvertes ?

Je vous remercie d'avance pour votre aide.

Bien cordialement,
Sophie Dubois
+33 4 72 55 01 93"""
    add("phi", "lang", "Léa Dubois", "Sophie Dubois <sophie.dubois@example.net>", who("tamara"),
        "Léa Dubois - documents pour la mutuelle", body, dt)


# ================================================================ PHI: lists
def phi_lists():
    # 1 football injury report, space aligned
    dt = D(10, 24, 15, 12)
    rows = [
        ("Jaylen Brooks", "WR", "L knee - post-op", "OUT", "season"),
        ("Tyrese McAllister", "CB", "R high ankle sprain", "OUT", "2-3 wks"),
        ("Caleb Whitaker", "QB", "R shoulder", "LIMITED", "wk to wk"),
        ("Mateo Gutierrez", "OL", "low back", "FULL", "-"),
        ("Wesner Joseph", "LB", "concussion - cleared 10/4", "FULL", "-"),
        ("Michael Okafor", "DT", "R knee meniscus", "GTD", "Sat a.m."),
        ("DeAndre Pruitt", "RB", "L hamstring strain", "LIMITED", "GTD"),
        ("Cole Heffernan", "TE", "illness", "OUT", "Thurs"),
    ]
    table = f"{'NAME':<20}{'POS':<5}{'INJURY':<28}{'STATUS':<9}{'EXPECTED'}\n" + "-" * 72 + "\n"
    for r in rows:
        table += f"{r[0]:<20}{r[1]:<5}{r[2]:<28}{r[3]:<9}{r[4]}\n"
    body = f"""Coaches,

Thursday injury report for the Oakton game. Please don't forward outside the staff - the conference report only gets the status column.

{table}
Pruitt is the one to watch. We'll know after walkthrough Friday.

Marcus

{sig("marcus")}

{CONF}
"""
    add("phi", "lists", "; ".join(r[0] for r in rows), who("marcus"),
        f"{who('coachray')}, Football Staff <fb-staff@{U}>", "Injury Report - Wk 9 (Oakton)", body, dt,
        cc=who("dana"), html=to_html(body))

    # 2 volleyball pipe table
    dt = D(9, 5, 13, 0)
    body = f"""Lena,

Availability for the Hawk Classic this weekend:

| Athlete         | Status  | Notes                                   |
|-----------------|---------|-----------------------------------------|
| Sofia Reyes     | OUT     | patellar tendon, rehab only             |
| Jordan Tillman  | FULL    | taped R ankle                           |
| Mackenzie Ruiz  | LIMITED | back spasms, no jump serve              |
| Ella Whitcomb   | FULL    | cleared by Dr. A Tues (finger fx healed) |
| Priscilla Onu   | OUT     | sick - at Student Health today, fever   |

Everyone else is full go. Priscilla might be available Saturday if fever free 24 hrs.

- Kelsey"""
    add("phi", "lists", "Sofia Reyes; Jordan Tillman; Mackenzie Ruiz; Ella Whitcomb; Priscilla Onu",
        who("kelsey"), who("lena"), "VB availability - Hawk Classic", body, dt)

    # 3 CSV attachment, open claims
    dt = D(1, 31, 16, 30)
    rows = [["Athlete", "DOB", "Sport", "Claim #", "DOS", "Provider", "Billed", "Status"],
            ["Gutierrez, Mateo", "06/17/2005", "FB", "KCA-24-130211", "12/12/2024", "Cedar Valley Ortho", "1240.00", "Awaiting primary EOB"],
            ["Delgado, Luis", "02/08/2004", "BSB", "KCA-24-118902", "03/08/2024", "Mercy Ridge ED", "860.00", "Rebill requested"],
            ["Harrow, Tasha", "09/19/2005", "WBB", "KCA-25-000418", "01/11/2025", "Northgate Imaging", "1118.00", "Pending"],
            ["Montoya, Andres", "05/03/2004", "MBB", "KCA-25-000377", "01/20/2025", "RSU Student Health", "212.00", "Paid 1/29"],
            ["Lindgren, Erik", "04/30/2006", "MSOC", "KCA-24-125560", "11/02/2024", "Brightline Dental", "1475.00", "Returned - SSN missing"],
            ["Dubois, Lea", "08/25/2004", "WTEN", "KCA-24-126118", "11/14/2024", "Cedar Valley Ortho", "9860.00", "In review"]]
    body = f"""Gail,

Attached is the open claims list as of today for the month-end reconciliation. Six open, one paid since last report. The Dubois surgery is the big one; I expect it to clear the $1,000 deductible threshold and go to the catastrophic carrier review if anything else comes in.

{sig("tamara")}
"""
    add("phi", "lists", "; ".join(r[0] for r in rows[1:]), who("tamara"), who("gail"),
        "Open athlete claims - January", body, dt,
        atts=[att_text(csv_text(rows), "csv", "open_claims_2025-01-31.csv")])

    # 4 XLSX concussion tracker
    dt = D(11, 12, 8, 5)
    rows = [["Name", "Sport", "DOI", "Mechanism", "Current stage", "Symptom score", "ImPACT post", "RTL status", "AT"],
            ["Anastasia Orlova", "WTEN", "10/21/2024", "fall, head struck court", "2 (back from 4)", 9, "11/08 - below baseline", "Modified", "Brandt"],
            ["Wesner Joseph", "FB", "09/28/2024", "helmet-to-helmet", "Cleared", 0, "10/02 - baseline", "Full", "Tran"],
            ["Gabriel Fontaine", "MSOC", "11/02/2024", "header collision", "3", 2, "pending", "Full", "Oduya"],
            ["Keira Lattimore", "WSOC", "11/09/2024", "ball to head", "1", 22, "not yet", "Modified - no screens", "Brandt"],
            ["Sam Yoder", "WREST", "11/10/2024", "takedown", "1", 15, "not yet", "Absent 11/11-11/12", "Nowak"]]
    body = f"""Updated tracker attached for the Tuesday sports med meeting. Ana got bumped back to stage 2 after her mom called. Keira is still pretty symptomatic - Dr. A is seeing her today.

Kelsey"""
    add("phi", "lists", "; ".join(r[0] for r in rows[1:]), who("kelsey"),
        f"RSU Sports Med Staff <sportsmed-staff@{U}>", "concussion tracker 11/12", body, dt,
        atts=[att_bin(make_xlsx(rows, "Active"), *XLSX_T, "Concussion_Tracker_Fall24.xlsx")])

    # 5 Name - DOB - reason clinic schedule
    dt = D(2, 17, 7, 40)
    body = f"""Dr. A,

Tuesday training room clinic, 2/18. First slot 8:00, 15 min each unless noted.

8:00  Aaliyah Simmons - 10/04/2004 - asthma f/u, spirometry
8:15  Kofi Mensah - 01/27/2005 - R foot pain, 3 wks, ? stress rxn
8:30  Tasha Harrow - 09/19/2005 - L knee MRI results
8:45  Caleb Whitaker - 12/11/2003 - pre-op clearance (shoulder, surgery 2/26)
9:00  Hana Park - 05/30/2006 - monthly check (30 min)
9:30  Nadia Kowalczyk - 03/15/2005 - rash on forearms, wrestling mats?
9:45  Dmitri Volkov - 07/21/2004 - med check for TUE letter

Charts are pulled. Hannah is rooming.

Dana"""
    names = "Aaliyah Simmons; Kofi Mensah; Tasha Harrow; Caleb Whitaker; Hana Park; Nadia Kowalczyk; Dmitri Volkov"
    add("phi", "lists", names, who("dana"), who("abernathy"), "clinic tmrw", body, dt, cc=who("hannah"))

    # 6 tab separated PPE follow ups pasted from sheet
    dt = D(8, 8, 14, 55)
    lines = ["Last\tFirst\tSport\tDOB\tPPE flag\tAction\tOwner",
             "Abara\tChidi\tMTF\t02/14/2006\tSickle cell trait POSITIVE\tcounsel + sign SCT form\tNowak",
             "Ellsworth\tGrace\tWSOC\t10/30/2005\tECG - long QT?\tcardiology referral\tBrandt",
             "Ferreira\tBianca\tWSOC\t11/02/2005\tprior wrist fx, brace\tclearance note from home ortho\tBrandt",
             "Kowalczyk\tNadia\tWREST\t03/15/2005\tno hep B vaccine record\tupload records or titer\tNowak",
             "Pruitt\tDeAndre\tFB\t08/02/2004\tBP 148/94\trecheck x2 next wk\tTran",
             "Tillman\tJordan\tWVB\t06/06/2006\t2 prior concussions\tneuropsych baseline w/ Lakeshore\tBrandt"]
    body = "Here's the PPE follow up list from the sheet, pasted below since the share link isn't working for some of you. Please get these closed out before the first practice 8/15, athletes are not cleared until their row is green.\n\n" \
           + "\n".join(lines) + f"\n\nThanks,\nDana\n\n{sig('dana')}\n"
    add("phi", "lists", "Chidi Abara; Grace Ellsworth; Bianca Ferreira; Nadia Kowalczyk; DeAndre Pruitt; Jordan Tillman",
        who("dana"), f"RSU Sports Med Staff <sportsmed-staff@{U}>", "PPE follow-ups - need cleared by 8/15",
        body, dt)

    # 7 DOCX travel medication list
    dt = D(3, 5, 10, 22)
    paras = ["**RSU Men's Basketball - Conference Tournament Travel",
             "**Athlete medications to pack in AT kit (keep in locked case)",
             "",
             "Andrés Montoya\tcetirizine 10 mg daily",
             "Marcus Bell\tlevetiracetam 500 mg BID - DO NOT MISS DOSES, seizure action plan in folder",
             "Tobias Grant\tfluoxetine 20 mg qAM",
             "Dante Reese\tEpiPen x2 (peanut), Benadryl",
             "Jalen Ashford\tmethylphenidate ER 36 mg - TUE on file",
             "",
             "Team physician on call: Dr. R. Abernathy 555-0140",
             "Prepared by J. Villalobos, ATC"]
    body = f"""Dana - attached is the med list for the tournament trip. I'll have the originals in the locked case and copies in the binder. Let me know if Dr. A wants anything else added before we leave Wednesday.

Jorge"""
    add("phi", "lists", "Andrés Montoya; Marcus Bell; Tobias Grant; Dante Reese; Jalen Ashford",
        who("jorge"), who("dana"), "MBB tournament travel", body, dt,
        atts=[att_bin(make_docx(paras), *DOCX_T, "MBB_travel_meds_March.docx")])


# ================================================================ PHI: struct
def phi_struct():
    # 1 HL7 ADT in body of interface alert
    dt = D(10, 15, 8, 32)
    ts = dt.strftime("%Y%m%d%H%M%S")
    hl7 = "\n".join([
        f"MSH|^~\\&|SHS_EHR|RSU_SHS|TRAINERTRACK|RSU_ATH|{ts}||ADT^A04^ADT_A01|MSG00048213|P|2.5.1",
        f"EVN|A04|{ts}",
        "PID|1||00611478^^^RSU_SHS^MR~900522817^^^RSU^SID||HARROW^TASHA^M||20050919|F||2054-5|"
        "1420 W CAMPUS DR APT 3^^RIDGEMONT^OH^45503^USA||^PRN^PH^^^555^5550133|||S|||",
        "PV1|1|O|SHS^EXAM4^^RSU_SHS^^^^^ATHL CLINIC||||1578203946^ABERNATHY^RACHEL^^^MD|||SM||||||||V0088123|||||||||||||||||||||||||"
        + ts,
        "PV2|||L KNEE PAIN AFTER PRACTICE",
        "IN1|1|BRPPO|7734|BLUERIDGE HEALTH PPO|PO BOX 4410^^COLUMBUS^OH^43216||||0047990|||||||HARROW^DENISE|03|"
        "19760212|||||||||||||||||||YHB330918224",
    ])
    body = f"""*** INTERFACE ALERT ***
Channel:   SHS_EHR -> TRAINERTRACK (ADT inbound)
Severity:  ERROR
Time:      {dt.strftime('%Y-%m-%d %H:%M:%S')}
Error:     PV1-3.9 location "ATHL CLINIC" not found in mapping table LOC_MAP_ATH. Message queued (retry 3 of 3 failed).

Message content:
{hl7}

This message was generated automatically by Rhapsody Integration Engine on rsu-int-prd02.
Contact the Integration Team (ext. 4-7700) to resolve."""
    add("phi", "struct", "Tasha Harrow", f"Integration Engine <int-alerts@{U}>",
        f"SHS Interfaces <shs-interfaces@{U}>, {who('dana')}",
        "[ERROR] SHS_EHR->TRAINERTRACK ADT rejected MSG00048213", body, dt,
        headers={"Auto-Submitted": "auto-generated", "X-Priority": "2"})

    # 2 ORU radiology result as attachment
    dt = D(2, 7, 17, 12)
    ts = dt.strftime("%Y%m%d%H%M")
    oru = "\r".join([
        f"MSH|^~\\&|NGI_RIS|NORTHGATE|CVO_EHR|CEDARVALLEY|{ts}||ORU^R01|NGI7731904|P|2.3",
        "PID|1||NG00318442^^^NGI^MR||GUTIERREZ^MATEO^J||20050617|M|||77 HAWTHORNE ST^^RIDGEMONT^OH^45502||5555550143",
        "PV1|1|O|MRI2^^^NGI||||1104938275^LINDQVIST^GREGORY^^^MD",
        f"OBR|1|ORD55120|NGI7731904|73721^MRI KNEE WO CONTRAST RT^CPT4|||{ts}|||||||||1104938275^LINDQVIST^GREGORY||||||{ts}||MR|F",
        "OBX|1|TX|73721^MRI KNEE RT^CPT4|1|FINDINGS: Complex tear of the posterior horn of the medial meniscus "
        "extending to the inferior articular surface. ACL and PCL intact. Grade 1 MCL sprain. Small joint effusion.||||||F",
        "OBX|2|TX|73721^MRI KNEE RT^CPT4|2|IMPRESSION: 1. Complex posterior horn medial meniscal tear. "
        "2. Low-grade MCL sprain. 3. Small effusion.||||||F",
        "OBX|3|TX|73721^MRI KNEE RT^CPT4|3|Electronically signed: A. Venkataraman, MD||||||F",
    ]) + "\r"
    body = f"""Dr. Lindqvist,

The MRI result for your patient from RSU athletics came through on the interface but went to the wrong inbox queue, so I'm sending the raw result file over. Hard copy will follow by fax.

Thank you,
Brianna Poole
Results Coordinator, Northgate Imaging
555-0193"""
    add("phi", "struct", "Mateo Gutierrez", "Brianna Poole <bpoole@northgateimaging.com>", who("lindqvist"),
        "Result - Acc NGI7731904", body, dt, cc=who("tamara"),
        atts=[att_bin(oru.encode(), "application", "hl7-v2", "NGI7731904.hl7")])

    # 3 X12 837P as attachment, with cover note
    dt = D(12, 18, 11, 3)
    isa_d = dt.strftime("%y%m%d")
    isa_t = dt.strftime("%H%M")
    gsd = dt.strftime("%Y%m%d")
    segs = [
        f"ISA*00*          *00*          *ZZ*CVO4471        *ZZ*SUMMITBA       *{isa_d}*{isa_t}*^*00501*000004471*0*P*:",
        f"GS*HC*CVO4471*SUMMITBA*{gsd}*{isa_t}*4471*X*005010X222A1",
        "ST*837*0001*005010X222A1",
        f"BHT*0019*00*CVO20241218A*{gsd}*{isa_t}*CH",
        "NM1*41*2*CEDAR VALLEY ORTHOPAEDICS*****46*CVO4471",
        "PER*IC*BILLING OFFICE*TE*5555550152",
        "NM1*40*2*SUMMIT BENEFIT ADMINISTRATORS*****46*SUMMITBA",
        "HL*1**20*1",
        "NM1*85*2*CEDAR VALLEY ORTHOPAEDICS*****XX*1639275810",
        "N3*2200 FOUNDRY RD STE 300",
        "N4*RIDGEMONT*OH*455021188",
        "REF*EI*314477820",
        "HL*2*1*22*0",
        "SBR*S*18*RSU-ATH-2024******CI",
        "NM1*IL*1*DUBOIS*LEA****MI*RSU4480157-01",
        "N3*310 SOUTH QUAD HALL RM 214",
        "N4*RIDGEMONT*OH*45503",
        "DMG*D8*20040825*F",
        "NM1*PR*2*KEYSTONE COLLEGIATE ACCIDENT*****PI*KCA01",
        "CLM*CVO88412-01*9860***22:B:1*Y*A*Y*Y",
        "DTP*439*D8*20241021",
        "HI*ABK:S62101A*ABF:W2101XA",
        "NM1*82*1*LINDQVIST*GREGORY****XX*1104938275",
        "PRV*PE*PXC*207XS0114X",
        "LX*1",
        "SV1*HC:25628*8420*UN*1***1",
        "DTP*472*D8*20241114",
        "LX*2",
        "SV1*HC:29075*1440*UN*1***1",
        "DTP*472*D8*20241114",
        "SE*29*0001",
        "GE*1*4471",
        "IEA*1*000004471",
    ]
    edi = "~\n".join(segs) + "~\n"
    body = f"""Tamara,

Per your request, attached is the 837 we sent Summit for the secondary claim. Summit says they never received it; our clearinghouse shows accepted (999 attached to our record). Could you forward to your contact there?

Kind regards,
Lorraine Whitby
Billing Specialist | Cedar Valley Orthopaedics
555-0152

{CONF_CVO}"""
    add("phi", "struct", "Léa Dubois", "Lorraine Whitby <lwhitby@cedarvalleyortho.com>", who("tamara"),
        "RE: Secondary claim - resend", body, dt,
        atts=[att_text(edi, "plain", "CVO_837P_4471.txt")])

    # 4 271 eligibility pasted in body
    dt = D(1, 21, 9, 55)
    segs = [
        "ISA*00*          *00*          *ZZ*AVAILITY       *ZZ*RSUATHL        *250121*0952*^*00501*000118220*0*P*:",
        "GS*HB*AVAILITY*RSUATHL*20250121*0952*118220*X*005010X279A1",
        "ST*271*0001*005010X279A1",
        "BHT*0022*11*RSU0121A*20250121*0952",
        "HL*1**20*1",
        "NM1*PR*2*TEXAS MEDICAID*****PI*TXMCD",
        "HL*2*1*21*1",
        "NM1*1P*2*RSU STUDENT HEALTH SERVICES*****XX*1821046573",
        "HL*3*2*22*0",
        "TRN*2*RSU0121-0007*9RSUATHL01",
        "NM1*IL*1*MONTOYA*ANDRES****MI*518274406",
        "N3*4117 PECAN HOLLOW DR",
        "N4*SAN ANTONIO*TX*78223",
        "DMG*D8*20040503*M",
        "DTP*307*RD8*20240101-20241231",
        "EB*6**30",
        "MSG*COVERAGE TERMINATED 12/31/2024 - ELIGIBILITY NOT RENEWED",
        "SE*16*0001",
        "GE*1*118220",
        "IEA*1*000118220",
    ]
    body = f"""Jorge / Dana -

Ran eligibility for Andrés before submitting the Student Health visit from last night. His Texas Medicaid shows terminated 12/31. Raw response below. I'll reach out to his mom about whether they re-applied; in the meantime the visit goes straight to the accident policy as primary.

""" + "~\n".join(segs) + f"""~

{sig("tamara")}
"""
    add("phi", "struct", "Andrés Montoya", who("tamara"), f"{who('jorge')}, {who('dana')}",
        "eligibility - Montoya", body, dt)

    # 5 FHIR JSON bundle for transfer athlete
    dt = D(6, 10, 14, 20, y=2025)
    bundle = {
        "resourceType": "Bundle", "type": "collection", "timestamp": dt.isoformat(),
        "entry": [
            {"resource": {"resourceType": "Patient", "id": "tt-A10417",
                          "identifier": [{"system": "https://rsu.trainertrack.net/athlete", "value": "A10417"},
                                         {"system": "urn:oid:2.16.840.1.113883.3.8841.1", "value": "900533164"}],
                          "name": [{"family": "Fontaine", "given": ["Gabriel", "Luc"]}],
                          "gender": "male", "birthDate": "2004-12-01",
                          "telecom": [{"system": "phone", "value": "555-0119"},
                                      {"system": "email", "value": "gfontaine@my.ridgemontstate.org"}]}},
            {"resource": {"resourceType": "Condition", "id": "c1",
                          "subject": {"reference": "Patient/tt-A10417"},
                          "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "S06.0X0A",
                                               "display": "Concussion without loss of consciousness, initial encounter"}]},
                          "onsetDateTime": "2024-11-02", "abatementDateTime": "2024-11-19",
                          "clinicalStatus": {"coding": [{"code": "resolved"}]}}},
            {"resource": {"resourceType": "Condition", "id": "c2",
                          "subject": {"reference": "Patient/tt-A10417"},
                          "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "S93.402A",
                                               "display": "Sprain of unspecified ligament of left ankle"}]},
                          "onsetDateTime": "2025-03-15",
                          "clinicalStatus": {"coding": [{"code": "resolved"}]}}},
            {"resource": {"resourceType": "MedicationStatement", "id": "m1", "status": "active",
                          "subject": {"reference": "Patient/tt-A10417"},
                          "medicationCodeableConcept": {"text": "sertraline 50 mg tablet, 1 daily"}}},
            {"resource": {"resourceType": "Immunization", "id": "i1", "status": "completed",
                          "patient": {"reference": "Patient/tt-A10417"},
                          "vaccineCode": {"text": "Meningococcal B"}, "occurrenceDateTime": "2023-08-09"}},
        ],
    }
    body = f"""Hi Coach Adeyemi's staff / Ms. Carver,

Per the signed authorization from Gabriel (attached to his transfer file in the portal), here is his sports medicine record export from TrainerTrack. It's the standard FHIR bundle; your EMR vendor should be able to import it. Paper copies of the concussion documentation are going out by mail today.

Please confirm receipt.

{sig("hannah")}

{CONF}"""
    add("phi", "struct", "Gabriel Fontaine", who("hannah"), "Rebecca Carver <rcarver@lakemontathletics.org>",
        "Records - transfer student-athlete", body, dt, cc=who("dana"),
        atts=[att_bin(json.dumps(bundle, indent=2, ensure_ascii=False).encode("utf-8"), "application", "json", "A10417_export.json")])

    # 6 C-CDA attached from ortho office
    dt = D(3, 4, 16, 47)
    ccd = f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="CVO-CCD-20250304-1182"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Cedar Valley Orthopaedics - Continuity of Care Document</title>
  <effectiveTime value="20250304164200-0500"/>
  <recordTarget>
    <patientRole>
      <id extension="CV-204471" root="2.16.840.1.113883.19.5.99999.2"/>
      <addr use="HP"><streetAddressLine>19 Orchard Bend</streetAddressLine><city>Mason</city><state>OH</state><postalCode>45040</postalCode></addr>
      <telecom value="tel:+1-555-555-0112" use="MC"/>
      <patient>
        <name><given>Caleb</given><given>James</given><family>Whitaker</family></name>
        <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="20031211"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
      <title>Problems</title>
      <text><list><item>Recurrent anterior instability, right shoulder (M24.411)</item>
      <item>Bankart lesion, right shoulder</item></list></text>
    </section></component>
    <component><section>
      <code code="47519-4" codeSystem="2.16.840.1.113883.6.1" displayName="Procedures"/>
      <title>Procedures</title>
      <text>2025-02-26 Arthroscopic Bankart repair, right shoulder (CPT 29806). Surgeon: G. Lindqvist, MD.</text>
    </section></component>
    <component><section>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="Medications"/>
      <title>Medications</title>
      <text>oxycodone-acetaminophen 5/325 mg q6h prn x 5 days; ibuprofen 600 mg tid with food</text>
    </section></component>
    <component><section>
      <code code="18776-5" codeSystem="2.16.840.1.113883.6.1" displayName="Plan of care"/>
      <title>Plan</title>
      <text>Sling 4 weeks. PT to begin POD 7 per protocol. No throwing until cleared at 4 month visit.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
    body = """Attached is the CCD from surgery last week so the training room has the med list and restrictions. PT protocol is in the portal.

Dr. Lindqvist's office
Cedar Valley Orthopaedics"""
    add("phi", "struct", "Caleb Whitaker", f"CVO Clinical Staff <clinical@{CVO}>", who("marcus"),
        "Post-op summary", body, dt,
        atts=[att_bin(ccd.encode(), "application", "xml", "CCD_CV-204471.xml")])

    # 7 sideline concussion app JSON report
    dt = D(11, 9, 13, 28)
    report = {
        "app": "SidelineIQ", "version": "5.2.1", "report_id": "SIQ-88213-4470",
        "organization": "Ridgemont State University Athletics",
        "athlete": {"first": "Keira", "last": "Lattimore", "dob": "2005-04-18", "sport": "Women's Soccer",
                    "jersey": 6, "team_id": "RSU-WSOC"},
        "assessment": {"type": "SCAT6", "timestamp": dt.isoformat(), "examiner": "K. Brandt, ATC",
                       "red_flags": [], "loc": False, "symptom_count": 11, "symptom_severity": 22,
                       "orientation": 5, "immediate_memory": 17, "concentration": 3,
                       "mBESS_errors": 7, "tandem_gait_sec": 16.4, "delayed_recall": 3,
                       "baseline_symptom_severity": 2},
        "disposition": "Removed from play - referred to team physician",
        "notes": "Ball to R side of head during 1st half. Headache, pressure, nausea, 'foggy'.",
    }
    body = f"""SidelineIQ Assessment Report

Athlete: Keira Lattimore (#6, Women's Soccer)
Assessment: SCAT6 - completed {dt.strftime('%m/%d/%Y %I:%M %p')}
Examiner: Kelsey Brandt, ATC
Result: Symptom severity 22 (baseline 2). Disposition: Removed from play.

The full report is attached in JSON format for import into your EMR.

--
SidelineIQ | This is an automated message. Replies are not monitored."""
    add("phi", "struct", "Keira Lattimore", "SidelineIQ Reports <reports@sidelineiq.com>",
        f"{who('kelsey')}, {who('abernathy')}", "Assessment report SIQ-88213-4470", body, dt,
        headers={"Auto-Submitted": "auto-generated"},
        atts=[att_bin(json.dumps(report, indent=2).encode("utf-8"), "application", "json", "SIQ-88213-4470.json")])


# ================================================================ CLEAN: admin
def clean_admin():
    # 1 supply order
    dt = D(8, 29, 10, 15)
    body = f"""Gail,

Need to get a supply order in before football season gets going. We went through way more than I budgeted during camp. Can you open a PO with Medco for the following?

- 1.5" white athletic tape - 10 cases
- pre-wrap (tan) - 6 cases
- 2" and 3" Coban - 4 cases each
- heel & lace pads - 3 boxes
- large ice bags - 8 rolls
- nitrile gloves M/L - 10 boxes each
- 4x4 gauze, sterile - 6 boxes
- Steri-Strips 1/4" - 2 boxes
- instant cold packs - 4 cases
- AED pads (adult, Zoll) - 6 sets - these are the ones expiring in October

Total should come in around $6,800, so still under the fall allocation. Also heads up that the Gatorade contract powder shipment is late again.

Thanks,
Dana

{sig("dana")}

{CONF}
"""
    add("clean", "admin", "", who("dana"), who("gail"), "supply order - fall", body, dt, cc=who("marcus"))

    # 2 room booking for baseline testing
    dt = D(7, 23, 13, 40)
    start = datetime.datetime(2024, 8, 12, 8, 0)
    end = datetime.datetime(2024, 8, 12, 16, 0)
    cal = ics("RSU-ATH-BL-20240812@ridgemontstate.org", start, end,
              "Freshman/transfer ImPACT baseline testing", "Harmon Hall 204 computer lab",
              "Reserved for sports medicine. 24 stations. Wired headphones provided.",
              (P["dana"][0], P["dana"][1]))
    body = f"""Hi Sandra,

Confirming the Harmon 204 computer lab for ImPACT baseline testing Aug 12-16, 8am-4pm each day. We'll run groups of 20 every hour. We need all 24 stations with Chrome updated, and the volume unmuted at the system level (last year IT had it locked).

Calendar hold attached for the first day; I'll send the rest once you confirm.

Thanks!
Hannah

{sig("hannah")}"""
    add("clean", "admin", "", who("hannah"), f"Sandra Keel <skeel@{U}>", "Harmon 204 - baseline testing week",
        body, dt, cc=who("dana"), atts=[att_text(cal, "calendar", "baseline_testing.ics")])

    # 3 IT notice EMR maintenance & MFA
    dt = D(9, 30, 15, 0)
    body = """Sports Medicine staff,

TrainerTrack will be unavailable Saturday 10/5 from 11:00 PM to 3:00 AM for the vendor's database upgrade. Please do not start injury notes or treatment logs during that window - anything unsaved will be lost. Mobile app entries made offline will sync after the window.

Starting 10/14, TrainerTrack logins will require Duo multi-factor authentication, the same as email. If you haven't enrolled a second device, please do so before then at https://mfa.ridgemontstate.org. Shared logins for the training room iPads are being retired; every AT, GA and student worker will need their own account.

Questions: Athletics IT Help Desk, ext. 4-5000 or athletics-it@ridgemontstate.org.

Kevin Marsh
Systems Administrator, Athletics IT"""
    add("clean", "admin", "", f"Kevin Marsh <kmarsh@{U}>", f"RSU Sports Med Staff <sportsmed-staff@{U}>",
        "TrainerTrack maintenance 10/5 + MFA required 10/14", body, dt, html=to_html(body))

    # 4 billing policy + payer contract terms
    dt = D(7, 16, 9, 30)
    body = f"""All,

Ahead of the new year, a reminder of how athletics handles medical bills so we all tell athletes and parents the same thing:

1. The athlete's primary insurance is always billed first. We need a current card on file for every athlete before they practice.
2. The university's secondary accident policy (Keystone Collegiate) picks up deductibles, coinsurance and copays for injuries that happen in a supervised practice, competition or team travel - up to the $90,000 excess limit.
3. Illness, pre-existing conditions and injuries that happen outside athletics are NOT covered by athletics.
4. If a family receives a bill, they should forward it to me, not pay it.

Also - we renewed the agreement with Cedar Valley Orthopaedics for self-pay/international athletes. Contracted rates for FY25: new patient E/M (99203/99204) at 140% of Medicare, established visits (99213/99214) at 135%, in-office x-ray global at 125%, and MRI through Northgate at a flat $575 case rate. Surgical cases still need to be pre-approved by Dana.

Thank you,

{sig("tamara")}
"""
    add("clean", "admin", "", who("tamara"), f"RSU Sports Med Staff <sportsmed-staff@{U}>",
        "Billing reminders + CVO rates for FY25", body, dt, cc=who("gail"))

    # 5 staff meeting agenda
    dt = D(1, 6, 16, 10)
    body = f"""Sports Medicine Staff Meeting
Tuesday 1/7, 8:00-9:30 AM, HAPC Conference Room 2

1. Welcome back / spring coverage assignments (Dana)
2. Emergency action plans - venue walk-throughs due by 1/24; new EAP posted for the indoor track (Tomasz)
3. AED monthly checks - who's covering the aquatic center now that swim moved practice times
4. Lightning policy - updated NWS guidance, new WeatherSentry alerts
5. Concussion protocol revisions for 2025 (Dr. Abernathy) - symptom-limited activity in the first 48 hrs, graduated RTL
6. Student AT clinical rotations - CAATE site visit in April
7. Budget: spring supply PO, modality repairs

Please read the revised concussion protocol draft in Teams before the meeting.

Dana"""
    add("clean", "admin", "", who("dana"), f"RSU Sports Med Staff <sportsmed-staff@{U}>",
        "Agenda - staff mtg 1/7", body, dt)

    # 6 facilities: hydrotherapy out of service
    dt0 = D(2, 20, 7, 5)
    dt = back(dt0, hours=-2, minutes=-30)
    orig = """Facilities,

The cold plunge in the football AT room is not holding temperature again - reading 61°F this morning, set point is 50°F. Also the drain on the 2nd hydro tub is backing up onto the floor. We've taped it off.

Marcus Tran
ext 0117"""
    body = f"""Marcus,

Work order FM-2025-03318 created. Chiller tech from Aqua-Therm is scheduled Thursday between 10 and 12. Plumbing will snake the hydro drain today after 2 PM, please keep the area clear. Please do not use the cold plunge until the tech signs off on the water chemistry.

Rob Tuttle
Facilities Operations Supervisor
Ridgemont State University | 555-0186

{gquote(orig, who("marcus"), dt0)}
"""
    add("clean", "admin", "", f"Rob Tuttle <rtuttle@{U}>", who("marcus"), "Re: cold plunge / hydro tub", body, dt,
        cc=who("dana"))

    # 7 insurance renewal / policy change
    dt = D(5, 28, 11, 0, y=2025)
    body = """Dear Ms. Penrose,

Thank you for renewing Ridgemont State University's Intercollegiate Athletics Accident policy (policy no. KCA-ATH-0047-25) for the 2025-26 policy year. Summary of changes effective 8/1/2025:

  Deductible (per injury):        $1,000 (unchanged)
  Maximum benefit per injury:      $90,000 excess (was $75,000)
  Benefit period:                  104 weeks from date of injury
  Dental (injury to sound natural teeth): $2,500 per injury
  Physical therapy:                 40 visits per injury, then utilization review
  Premium:                          $211,480 annual (4.1% increase)

Catastrophic coverage through the NCAA program continues to attach at $90,000, so there is no gap in coverage.

Updated claim forms and the 2025-26 certificate of coverage will be uploaded to the client portal by 7/1. Please let me know if you'd like to schedule a claims walkthrough for your sports medicine staff in August.

Sincerely,
Allison Becker
Account Executive, Collegiate Sports Division
Keystone Collegiate Accident Insurance
555-0191 | abecker@keystonecollegiate.com"""
    add("clean", "admin", "", "Allison Becker <abecker@keystonecollegiate.com>", who("gail"),
        "2025-26 Athletics Accident renewal - summary of changes", body, dt,
        cc=f"{who('tamara')}, {who('dana')}", html=to_html(body))


# ================================================================ CLEAN: lookalike
def clean_lookalike():
    # 1 vendor invoice with lot/NDC/tracking
    dt = D(9, 6, 14, 21)
    body = f"""INVOICE 2024-118452                          Medco Sports Medicine Supply
Bill To: Ridgemont State Univ. Athletics       Ship To: HAPC Rm 114, 1 Hawks Way
Customer #: 300477                             PO #: RSU-P0094471
Invoice Date: {short_date(dt)}                 Terms: Net 30

Item      Description                          Lot / NDC               Qty   Ext
--------  -----------------------------------  ----------------------  ----  --------
MW-1510   Athletic tape 1.5" white (32/cs)     LOT 24H1187             10    1,280.00
CB-0203   Cohesive bandage 3" tan (24/cs)      LOT C72290              4       311.60
IB-0200   Ibuprofen 200 mg 500ct               NDC 0904-5853-80        6       107.94
AC-0325   Acetaminophen 325 mg 100ct           NDC 0536-3222-01        6        41.70
LD-0100   Lidocaine HCl 1% 10 mL vial (25)     NDC 63323-485-27        1        96.25
ZL-8900   AED Pads CPR-D (Zoll)                LOT 2408-1144 exp 08/29 6       954.00
                                                              Subtotal     2,791.49
                                                              Freight        68.00
                                                              TOTAL        2,859.49

Shipped UPS Ground, tracking 1Z 7V4 471 03 9920 1183, 3 cartons.
Remit to: Medco Sports Medicine Supply, PO Box 2291, Toledo OH 43601. Questions: ar@medcosportsmed.com / 555-0189."""
    add("clean", "lookalike", "", "Medco AR <ar@medcosportsmed.com>", who("gail"),
        "Invoice 2024-118452 / PO RSU-P0094471", body, dt, cc=who("dana"))

    # 2 CPT/ICD cheat sheet
    dt = D(8, 1, 9, 45)
    body = f"""Hi all,

For the new documentation fields in TrainerTrack, here is the short list of codes we use most. These go on the encounter, not the injury record. Use the most specific ICD-10 you can; "A" = initial encounter, "D" = subsequent, "S" = sequela.

CPT (AT services billed through Student Health)
  97110   Therapeutic exercise, each 15 min
  97112   Neuromuscular re-ed, each 15 min
  97140   Manual therapy, each 15 min
  97010   Hot/cold packs (bundled, do not bill separately)
  97035   Ultrasound, each 15 min
  29540   Strapping, ankle and/or foot
  29530   Strapping, knee
  97750   Physical performance test (ACL RTS battery)

ICD-10-CM (common)
  S93.401A  Sprain unspecified ligament R ankle, initial
  S83.511A  Sprain ACL R knee, initial
  S06.0X0A  Concussion w/o LOC, initial
  M76.51    Patellar tendinitis, R knee
  S46.011A  Strain rotator cuff R shoulder, initial
  T67.0XXA  Heatstroke and sunstroke, initial
  Z02.5     Encounter for exam for participation in sport (PPE)

Questions to Tamara. Please don't guess on the 7th character.

Dana"""
    add("clean", "lookalike", "", who("dana"), f"RSU Sports Med Staff <sportsmed-staff@{U}>",
        "code cheat sheet for TrainerTrack", body, dt)

    # 3 provider directory with NPI/licence numbers
    dt = D(8, 5, 12, 0)
    rows = [["Name", "Credentials", "Role", "NPI", "State License", "BOC #", "Phone", "Fax"],
            ["Rachel Abernathy", "MD, CAQSM", "Head Team Physician", "1578203946", "OH 35.118402", "", "555-0140", "555-0141"],
            ["Gregory Lindqvist", "MD", "Orthopaedic Team Physician", "1104938275", "OH 35.097733", "", "555-0150", "555-0151"],
            ["Anil Venkataraman", "MD", "Radiology (Northgate)", "1366520981", "OH 35.120019", "", "555-0192", "555-0193"],
            ["Noor Haddad", "PsyD", "Sport Psychologist", "1952734068", "OH PSY.7741", "", "555-0165", ""],
            ["Dana Whitfield", "MS, ATC, LAT", "Director of Sports Medicine", "1730466122", "OH AT.002714", "2000117842", "555-0101", "555-0199"],
            ["Marcus Tran", "MS, ATC", "Assoc. AT - Football", "1487759120", "OH AT.004983", "2010044419", "555-0117", "555-0199"],
            ["Kelsey Brandt", "MAT, ATC, LAT", "Asst. AT - WSOC/WVB", "1295183307", "OH AT.006620", "2017032286", "555-0123", "555-0199"]]
    body = f"""Updated provider directory for 2024-25 is attached (CSV). Please use this for referrals and for the credentialing packet the conference office asked for. License numbers were verified against eLicense on 8/2.

Dana

{sig("dana")}"""
    add("clean", "lookalike", "", who("dana"), f"RSU Sports Med Staff <sportsmed-staff@{U}>, {who('brent')}",
        "2024-25 sports med provider directory", body, dt,
        atts=[att_text(csv_text(rows), "csv", "SportsMed_Directory_2024-25.csv")])

    # 4 IT ticket about printer / scanner
    dt = D(10, 17, 10, 26)
    body = """Your request has been updated.

Ticket:      INC0048812
Requested by: Priya Natarajan
Location:    Baseball/Softball Training Room (Hawks Field, Rm 6)
Asset:       RICOH IM C3000 - Asset tag RSU-082214 - Serial 3109R740612
Category:    Hardware > Printer/Scanner
Priority:    3 - Moderate
Status:      Awaiting Parts

Work note (T. Alvarez, 10/17 10:22): Fuser unit failing, part #D2424020 ordered (vendor case 7004418871). ETA 10/22. Scan-to-email still works; printing redirected to HAPC-114-MFP.

To reply to this ticket, respond to this email and keep the reference below in the subject.
Ref:MSG2291047_2vQm8"""
    add("clean", "lookalike", "", f"Athletics IT Service Desk <athletics-it@{U}>", who("priya"),
        "INC0048812 - Awaiting Parts - printer jams Hawks Field Rm 6", body, dt,
        headers={"Auto-Submitted": "auto-generated"})

    # 5 AED inventory
    dt = D(12, 2, 8, 40)
    rows = [["Location", "Model", "Serial", "Pad lot", "Pad exp", "Battery install", "Last check", "Checked by"],
            ["HAPC Rm 114 (main AT room)", "Zoll AED Plus", "X19H441872", "2408-1144", "08/2029", "03/2023", "12/02/2024", "DW"],
            ["Football AT room", "Zoll AED Plus", "X19H441905", "2408-1144", "08/2029", "03/2023", "12/02/2024", "MT"],
            ["Ridgemont Arena - court level", "Philips HeartStart FRx", "B21E-01277", "Q-3319", "06/2026", "01/2022", "12/01/2024", "JV"],
            ["Aquatic Center deck", "Philips HeartStart FRx", "B21E-01302", "Q-3319", "06/2026", "01/2022", "11/27/2024", "HO"],
            ["Hawks Field dugout (1B)", "Zoll AED 3", "AA22F009113", "ZL-3187", "02/2027", "05/2024", "12/02/2024", "PN"],
            ["Indoor Track - east wall", "Zoll AED 3", "AA22F009187", "ZL-3187", "02/2027", "05/2024", "11/29/2024", "TN"],
            ["Football travel kit", "Zoll AED Plus", "X20C110458", "2311-0902", "11/2028", "08/2023", "11/30/2024", "MT"]]
    table = "\n".join(" | ".join(r) for r in rows)
    body = f"""December AED checks are done. All 7 units passed self-test, status indicator green. The two Philips units' batteries are due for replacement in January (3 yr) - I'll add them to the spring PO.

{table}

Dana"""
    add("clean", "lookalike", "", who("dana"), f"EHS Office <ehs@{U}>", "AED monthly check - December", body, dt,
        cc=f"RSU Sports Med Staff <sportsmed-staff@{U}>")

    # 6 aggregate injury statistics
    dt = D(2, 3, 11, 15)
    body = f"""Dana,

Here are the fall 2024 injury surveillance numbers for the department summary (aggregate only, all teams, 8/1-12/15). Rates per 1,000 athlete-exposures (AEs).

Sport           AEs      Injuries   Rate   Concussions   Time-loss >7d
Football        21,480   118        5.49   9             31
W Soccer         6,210    34        5.48   5              9
M Soccer         5,980    27        4.52   3              8
Volleyball       4,450    15        3.37   1              3
Cross Country    3,120    11        3.53   0              4
TOTAL           41,240   205        4.97   18            55

Compared to fall 2023: total rate down from 5.41, concussions 18 vs 22. Ankle sprains remain the most common (n=41, 20%), followed by hamstring strains (n=24). Median days lost for concussion 13 (IQR 10-19).

Mean time from injury to AT evaluation was under 10 minutes at home venues.

I can break it out by practice vs. competition if you want it for the AD presentation.

Tomas Berhane
Research Assistant, Kinesiology (Sports Medicine data)"""
    add("clean", "lookalike", "", f"Tomas Berhane <tberhane@{U}>", who("dana"), "fall injury surveillance numbers",
        body, dt)

    # 7 PPE event calendar with counts
    dt = D(7, 10, 15, 30)
    start = datetime.datetime(2024, 8, 6, 7, 30)
    end = datetime.datetime(2024, 8, 6, 12, 0)
    cal = ics("RSU-PPE-20240806-FB@ridgemontstate.org", start, end, "PPE Day 1 - Football (112)",
              "HAPC Gym B stations 1-14", "Vitals, vision, ortho, general medical, ECG, sickle cell trait counseling, concussion education.",
              (P["dana"][0], P["dana"][1]))
    body = """Pre-participation exam schedule, fall 2024

Tue 8/6   7:30-12:00   Football (112 athletes)              Gym B
Tue 8/6   1:00-4:00    Women's Soccer (31), Men's Soccer (29)  Gym B
Wed 8/7   8:00-11:00   Volleyball (18), Cross Country (44)  Gym B
Wed 8/7   1:00-3:00    Transfers / late arrivals (est. 25)  HAPC 114
Thu 8/8   8:00-10:00   Make-ups                             HAPC 114

Stations: 1 check-in / paperwork, 2-3 vitals & vision, 4-6 ortho, 7-9 general medical, 10 ECG (2 machines), 11 SCT counseling, 12 concussion ed, 13 dental screen, 14 check-out.
Staffing: 4 team physicians, 2 fellows, 7 ATs, 4 GAs, 12 student ATs.

Calendar invite attached for Day 1. Doors open 7:00 for staff setup."""
    add("clean", "lookalike", "", who("dana"), f"RSU Sports Med Staff <sportsmed-staff@{U}>, {who('abernathy')}",
        "PPE schedule - fall 2024", body, dt, atts=[att_text(cal, "calendar", "PPE_Day1.ics")])


# ================================================================ CLEAN: news
def clean_news():
    # 1 department sports med newsletter, HTML + logo
    dt = D(9, 3, 7, 0)
    body = """HAWKS SPORTS MEDICINE - SEPTEMBER UPDATE

Beat the heat
August was the hottest preseason on record in Ridgemont. Thanks to everyone who followed the heat acclimatization schedule - we had zero exertional heat stroke cases across all fall sports. The cold-water immersion tubs stay on the practice fields through September 30. Reminder: WBGT readings are posted at every practice field on the hour; above 89.9°F practices move to the indoor facility.

New in the training room
The two new hydrotherapy tubs are installed in the football AT room and the compression boot station has moved next to the cold tubs in HAPC 114. Hours are 6:30 AM - 7:00 PM weekdays, 8:00 - 11:00 AM Saturdays.

Staff spotlight
Congratulations to Kelsey Brandt on being named the state athletic trainers' association College/University Athletic Trainer of the Year! Kelsey joined RSU in 2019 and has covered women's soccer and volleyball since 2021.

Hydration reminder for coaches
Athletes should weigh in and out for every practice through September. Anyone losing more than 2% of body weight should be flagged to their AT.

Questions? sportsmed@ridgemontstate.org"""
    html = to_html(body).replace("<body ", '<body><img src="cid:hawkslogo" alt="Hawks Sports Medicine" width="64" height="64"><div ', 1)
    html = html.replace("</body>", "</div></body>")
    add("clean", "news", "", who("sportsmed"), f"All Athletics Staff <athletics-all@{U}>",
        "Hawks Sports Medicine - September Update", body, dt, html=html,
        atts=[("related", "png", logo_png(), "hawkslogo")])

    # 2 summary of concussion consensus statement
    dt = D(10, 30, 12, 5)
    body = f"""All,

For those who missed journal club, my summary of the main practice changes from the latest international consensus statement on concussion in sport:

- SCAT6 and Child SCAT6 replace SCAT5; the SCOAT6 is the new office tool for days 3-30.
- Early light activity (walking, stationary bike) is now encouraged within 24-48 hours, as long as symptoms don't worsen by more than 2 points on a 10-point scale.
- Return-to-learn comes before full return-to-sport; full academic participation should be reached before unrestricted contact.
- Persisting symptoms are defined as beyond 4 weeks, and a multidisciplinary referral is recommended then.
- Strict "cocoon" rest is not recommended.

Our draft 2025 protocol already reflects most of this. Dr. Abernathy will walk through the remaining changes at the 1/7 staff meeting.

Hannah

{sig("hannah")}"""
    add("clean", "news", "", who("hannah"), f"RSU Sports Med Staff <sportsmed-staff@{U}>",
        "journal club summary - concussion consensus", body, dt)

    # 3 student health public health notice
    dt = D(10, 8, 9, 0)
    body = """Ridgemont State Student Health Services - Health Notice

Flu vaccine clinics for student-athletes
Influenza activity in the county has risen for three straight weeks. Student Health will hold walk-in flu shot clinics in HAPC Room 114:

  Tues 10/15  7:00-10:00 AM
  Thurs 10/17 2:00-6:00 PM

Vaccines are free with a student ID. Athletes who have already been vaccinated elsewhere can upload their record in the patient portal.

Mononucleosis season reminder
Mono cases typically rise on campus in October. Athletes diagnosed with mono must be cleared by a team physician before returning to contact sports because of the risk of spleen injury. Do not share water bottles, towels or mouthguards.

Skin infections
Wrestling and football staff: clean mats and shared equipment daily, and refer any suspicious skin lesions to the AT before practice.

Ridgemont State University Student Health Services | 555-0140 | health.ridgemontstate.org"""
    add("clean", "news", "", f"RSU Student Health <studenthealth@{U}>", f"All Athletics Staff <athletics-all@{U}>",
        "Health Notice: flu clinics, mono season", body, dt, html=to_html(body))

    # 4 vendor marketing
    dt = D(2, 27, 10, 33)
    body = """Hi Dana,

Is your training room ready for spring sports?

The new CryoFlex Pro combines cold therapy and dynamic compression in one portable unit - 4 sleeve sizes, 2-hour battery and team-wide usage tracking through our coach dashboard. Programs in your conference saw a 30% reduction in treatment wait times after switching.

SPRING PROMO: Order 4 units by March 31 and receive a free 5th unit plus on-site staff training.

  - FDA-registered Class II device
  - Quiet compressor (45 dB)
  - 2-year warranty, loaner program

Book a 15-minute demo: https://cryoflexrecovery.com/demo

Best,
Tyler Nance
Regional Sales Manager, CryoFlex Recovery Systems
555-0145

You are receiving this email because you attended the 2024 athletic training symposium. Unsubscribe | 1800 Commerce Pkwy, Suite 40, Franklin, TN 37067"""
    add("clean", "news", "", "Tyler Nance <tnance@cryoflexrecovery.com>", who("dana"),
        "Spring into recovery - 5th CryoFlex unit free", body, dt, html=to_html(body),
        headers={"List-Unsubscribe": "<https://cryoflexrecovery.com/unsub?c=RSU114>"})

    # 5 research summary, aggregate ACL prevention
    dt = D(4, 22, 14, 0)
    body = f"""Dear colleagues,

We're pleased to share the results of our three-year ACL injury prevention study with RSU women's soccer, volleyball and basketball (2021-2024), recently accepted in the Journal of Athletic Training Research.

Summary:
- 142 student-athletes consented to the study (mean age 19.6).
- Teams completed a 15-minute neuromuscular warm-up (plyometrics, balance, Nordic hamstring) 3x per week.
- ACL injury rate fell from 0.21 to 0.07 per 1,000 athlete-exposures compared with the three seasons before the program.
- Adherence above 80% of sessions was associated with the largest reduction.
- No differences in performance testing (vertical jump, 505 agility) between high- and low-adherence groups.

Thank you to the athletic trainers and strength staff who made this possible. We'll be presenting at the Kinesiology Research Day on May 2.

Dr. Anjali Rao, PhD
Department of Kinesiology, Ridgemont State University"""
    add("clean", "news", "", f"Anjali Rao <arao@{U}>", f"RSU Sports Med Staff <sportsmed-staff@{U}>",
        "Study results - ACL prevention program", body, dt, cc=who("daryl"))

    # 6 state association newsletter
    dt = D(1, 14, 6, 0)
    body = """OHIO VALLEY ATHLETIC TRAINERS' SOCIETY - JANUARY NEWSLETTER

President's Note
Happy new year, members! Our legislative committee has been busy: HB 1142, which would update the athletic trainer practice act to include dry needling with certification, passed the House Health Committee 11-2 on December 12.

Annual Symposium
Registration is open for the 2025 OVATS Symposium, March 21-23 at the Riverside Convention Center. 16 BOC Category A CEUs available, including 2 EBP hours. Early bird rate ($185 members) ends February 15.

CEU reminder
The current BOC reporting period ends December 31, 2025. You need 50 CEUs including 10 EBP; make sure your emergency cardiac care certification is current.

Job board
- Assistant AT, Collegiate (Division II) - posted 1/8
- Clinical AT / PT aide, outpatient - posted 1/10
- Secondary school AT, full-time - posted 1/11

Visit ovats-online.org for details."""
    add("clean", "news", "", "OVATS <newsletter@ovats-online.org>", who("dana"),
        "OVATS January Newsletter", body, dt, headers={"List-Id": "OVATS Members <members.ovats-online.org>"})


# ================================================================ CLEAN: staff
def clean_staff():
    # 1 weekend coverage roster
    dt = D(10, 16, 13, 20)
    body = f"""Coverage for the weekend of 10/18-10/20:

Fri 10/18
  WSOC vs Bellamy, 7:00 PM        Kelsey Brandt, ATC + Hannah Oduya, ATC (GA)
  VB @ Oakton (travel)             Ashley Fenn, ATC (per diem)
  Physician on call                Dr. Rachel Abernathy, MD, CAQSM

Sat 10/19
  FB vs Oakton, 3:30 PM            Marcus Tran, MS, ATC; Dana Whitfield, MS, ATC;
                                   Hannah Oduya, ATC; 4 student ATs
                                   Dr. Abernathy + Dr. Lindqvist (sideline)
                                   EMS: Ridgemont Fire Rescue, 2 units at north tunnel
  XC - conference prelims (away)   Tomasz Nowak, ATC

Sun 10/20
  MSOC vs Crestline, 1:00 PM       Hannah Oduya, ATC
  Open treatment hours 9-11 AM     Jorge Villalobos, ATC

Please swap shifts directly and cc me. Thanks everyone - big weekend.

Dana"""
    add("clean", "staff", "", who("dana"), f"RSU Sports Med Staff <sportsmed-staff@{U}>",
        "weekend coverage 10/18-10/20", body, dt)

    # 2 HR onboarding for new GA
    dt = D(7, 8, 10, 5)
    body = f"""Hi Dana,

Quick update on your new graduate assistant athletic trainer, Hannah Oduya:

- Offer letter signed 7/2, start date 7/29
- Background check cleared 7/5
- Ohio AT license verification: active, expires 1/31/2026
- BOC certification verified
- Still needed: I-9 documents (first day), direct deposit form, tuition waiver form for the Graduate School, CPR/AED for the Professional Rescuer card copy

Orientation is 7/29 at 9:00 in Harlan Admin 110. Her stipend will start with the 8/16 payroll.

Thanks,
Monica Estevez
HR Business Partner, Athletics
Ridgemont State University | 555-0110"""
    add("clean", "staff", "", f"Monica Estevez <mestevez@{U}>", who("dana"), "New GA onboarding - Oduya",
        body, dt, cc=who("gail"))

    # 3 payroll / timesheets reminder
    dt = D(11, 25, 9, 0)
    body = """Reminder: because of the Thanksgiving holiday, student worker and GA timesheets for the 11/17-11/30 pay period are due by 12 noon on Wednesday 11/27 (not Monday). Supervisors must approve in Workday by 5 PM Wednesday.

Student ATs: hours at away events count only for time actually covering practice or competition, not travel time on the bus.

Late timesheets will be paid on the following cycle (12/20).

Gail Penrose
Business Manager, Intercollegiate Athletics"""
    add("clean", "staff", "", who("gail"), f"Athletics Supervisors <athletics-supervisors@{U}>",
        "Timesheets due early - Thanksgiving week", body, dt)

    # 4 staff celebration
    dt = D(4, 30, 11, 45)
    body = """Hi all!

Please join us to celebrate Dana's 10 years as our Director of Sports Medicine (and 15 at RSU!) this Friday 5/2 at 3:30 in the HAPC lobby. There will be cake from Larkin's and the football staff is in charge of the grill.

We're putting together a card and a gift - if you'd like to chip in, Venmo @Priya-Natarajan-7 or drop cash in the envelope on my desk by Thursday. Shh, it's a surprise!

Priya"""
    add("clean", "staff", "", who("priya"),
        f"RSU Sports Med Staff <sportsmed-staff@{U}>, Athletics Admin <athletics-admin@{U}>",
        "Surprise for Dana - Fri 3:30", body, dt)

    # 5 staff leave announced without health details
    dt0 = D(2, 24, 8, 50)
    dt = back(dt0, hours=-1, minutes=-10)
    orig = f"""Dana,

As we discussed, my leave is approved by HR for 3/3 through 4/14. I've written up the softball handoff notes and baseball pre-practice routines for Hannah and they're in the shared drive.

Priya"""
    body = f"""Team,

Priya will be out on leave from Monday 3/3 through Monday 4/14. During that time:

- Hannah Oduya covers softball (home and travel)
- Jorge covers baseball home games after MBB season ends; until then Ashley Fenn (per diem) covers baseball
- Please send anything for Priya to me

Let's all pitch in and keep Priya's inbox quiet for her!

Dana

{gquote(orig, who("priya"), dt0)}
"""
    add("clean", "staff", "", who("dana"), f"RSU Sports Med Staff <sportsmed-staff@{U}>",
        "Coverage while Priya is out", body, dt)

    # 6 staff roster with credentials
    dt = D(8, 12, 15, 15)
    rows = [["Name", "Title", "Credentials", "Teams", "Cell"],
            ["Dana Whitfield", "Director of Sports Medicine", "MS, ATC, LAT", "Admin / FB game days", "555-0102"],
            ["Marcus Tran", "Associate AT", "MS, ATC", "Football", "555-0117"],
            ["Kelsey Brandt", "Assistant AT", "MAT, ATC, LAT", "W Soccer, Volleyball", "555-0124"],
            ["Jorge Villalobos", "Athletic Trainer", "ATC", "M Basketball, Baseball (spring)", "555-0131"],
            ["Priya Natarajan", "Assistant AT", "MS, ATC, CSCS", "Baseball, Softball", "555-0132"],
            ["Tomasz Nowak", "Athletic Trainer", "ATC", "Track & Field, XC, Wrestling", "555-0134"],
            ["Hannah Oduya", "Graduate Assistant AT", "ATC", "M Soccer, Swim & Dive, Golf", "555-0135"],
            ["Ashley Fenn", "Per Diem AT", "ATC, LAT", "as needed", "555-0136"]]
    body = "Staff roster and team assignments for 2024-25 attached. Please print one for the front desk and for each team's travel binder.\n\nDana"
    add("clean", "staff", "", who("dana"), f"Athletics Admin <athletics-admin@{U}>",
        "Sports Med roster 2024-25", body, dt,
        atts=[att_bin(make_xlsx(rows, "Roster"), *XLSX_T, "SportsMed_Staff_Roster_2024-25.xlsx")])

    # 7 interview schedule
    dt = D(5, 6, 16, 2, y=2025)
    body = f"""Search committee,

Here's the on-campus interview schedule for the Assistant Athletic Trainer (Football) position, req #ATH-25-0114:

Candidate A - Thu 5/15
  8:30  Breakfast w/ Dana & Marcus
  9:30  Facility tour (HAPC, football AT room, stadium)
  10:30 Sports medicine staff panel
  11:30 Lunch with student ATs
  1:00  Coach Delacroix
  2:00  HR / benefits overview

Candidate B - Mon 5/19 (same schedule)

Please complete the evaluation form in Workday within 24 hours of each visit. Candidate CVs and references are in the search folder; please do not forward.

Monica Estevez
HR Business Partner, Athletics"""
    add("clean", "staff", "", f"Monica Estevez <mestevez@{U}>",
        f"{who('dana')}, {who('marcus')}, {who('kelsey')}, {who('coachray')}",
        "Interview schedule - Asst AT (Football)", body, dt)


# ================================================================ CLEAN: training
def clean_training():
    # 1 concussion in-service case study and quiz
    dt = D(8, 14, 16, 0)
    body = f"""Student ATs -

Please work through this case before Friday's in-service. The athlete is fictional.

CASE: A 19-year-old midfielder collides head-to-head with an opponent while going up for a header. She gets up slowly, holds her head and jogs back to position. At halftime she reports a headache (5/10), feeling "in a fog" and sensitivity to the stadium lights. She denies loss of consciousness. Her baseline symptom severity is 3.

1. What is your first step on the sideline?
2. Which red flags would lead you to activate the EAP and call EMS?
3. Her SCAT6 symptom severity is 19. Can she return to the second half? Why or why not?
4. Outline days 1-3 of her return-to-learn plan.
5. When does she need to be seen by the team physician?

Answers will be discussed Friday at 7:30 AM in HAPC 114.

{sig("hannah")}"""
    add("clean", "training", "", who("hannah"), f"Student ATs <student-ats@{U}>",
        "Case for Friday in-service", body, dt, cc=who("dana"))

    # 2 system test script with test athletes
    dt = D(7, 18, 11, 10)
    script = """TrainerTrack 2024.2 upgrade - UAT script (Sports Medicine)
Environment: TRAINING (rsu-train.trainertrack.net) - DO NOT USE PRODUCTION

Test athletes (fictitious, pre-loaded in TRAIN only):
  TEST, ATHLETEONE   ID T00001   DOB 01/01/2000   Sport: ZZ-Test Football
  TEST, ATHLETETWO   ID T00002   DOB 02/02/2000   Sport: ZZ-Test Soccer
  SAMPLE, PATIENT    ID T00003   DOB 03/03/2000   Sport: ZZ-Test Volleyball

Step  Action                                                   Expected result
1     Log in with your TRAIN credentials + Duo                 Dashboard loads, banner shows TRAINING
2     Open TEST, ATHLETEONE > New injury > Ankle, R            Injury form saves, status defaults LIMITED
3     Add SOAP note with the text "UAT step 3"                 Note saved, signed, timestamp correct
4     Change status to OUT; check coach report                  Coach view shows OUT with no clinical details
5     Open TEST, ATHLETETWO > Concussion module > SCAT6        Scores calculate, RTP stage 1 created
6     Attach sample PDF (uat_sample.pdf)                        Document appears under Media
7     Run report "Daily Injury Report" for ZZ-Test teams         Report shows only the 3 test athletes

Record Pass/Fail and screenshots in the UAT sheet. Deadline 7/26."""
    body = f"""Hi all,

The TrainerTrack upgrade goes live 8/1. Before then each of you needs to run the attached test script in the TRAINING environment and record results. Only use the test athletes listed - nothing real goes in TRAIN.

Kevin Marsh
Athletics IT"""
    add("clean", "training", "", f"Kevin Marsh <kmarsh@{U}>", f"RSU Sports Med Staff <sportsmed-staff@{U}>",
        "UAT script - TrainerTrack 2024.2", body, dt, atts=[att_text(script, "plain", "TT_2024.2_UAT_script.txt")])

    # 3 EAP drill scenario
    dt = D(8, 2, 14, 25)
    pdf = make_pdf([
        "RSU SPORTS MEDICINE - EAP DRILL SCENARIO #3 (FOOTBALL STADIUM)",
        "",
        "Mock patient: \"Player 88\" (role played by student AT volunteer)",
        "Scenario: Defensive back makes head-down tackle, lies motionless on field,",
        "responsive to voice, reports numbness in both hands.",
        "",
        "Objectives:",
        " - Manual stabilization and helmet/shoulder pad management (do not remove)",
        " - Face mask removal with cordless screwdriver < 60 sec",
        " - Activate EMS via stadium radio channel 4; gate 3 access",
        " - 6-person lift onto spine board / scoop stretcher",
        " - AED positioned within 2 minutes",
        "",
        "Evaluator checklist on reverse. Drill time: Aug 9, 6:30 AM, Hawks Stadium.",
    ])
    body = """All - scenario for next Friday's stadium EAP drill is attached. Ridgemont Fire Rescue will send one unit to practice the gate 3 entry with us. Student AT volunteers will play the athletes. Please bring your face mask removal tools so we can check the batteries.

Marcus"""
    add("clean", "training", "", who("marcus"), f"RSU Sports Med Staff <sportsmed-staff@{U}>",
        "EAP drill 8/9 - scenario", body, dt, cc="Capt. Lee Harmon <lharmon@ridgemontfire.org>",
        atts=[att_bin(pdf, "application", "pdf", "EAP_Drill_Scenario_3.pdf")])

    # 4 heat illness quiz with key (docx)
    dt = D(7, 29, 9, 12)
    paras = ["**Heat Illness Prevention - GA/Student AT Quiz (Preseason 2024)",
             "1. At what core temperature is exertional heat stroke suspected with CNS dysfunction? a) 100.4 F b) 102 F c) >104 F",
             "2. What is the gold-standard method to measure core temperature on the field?",
             "3. Cool first, transport second: what cooling rate do we target with cold-water immersion?",
             "4. List three signs of exertional heat exhaustion.",
             "5. At WBGT 87-89.9 F, what practice modifications does our policy require?",
             "",
             "**Answer key (instructors only)",
             "1. c   2. Rectal thermometry   3. ~0.15-0.35 C/min   4. e.g. fatigue, dizziness, nausea, core temp <104 F",
             "5. Max 2 hours, helmets/shoulder pads only, 4 rest breaks per hour"]
    body = "Attached is the heat illness quiz for Wednesday's GA orientation. Please don't share the answer key page with the student ATs before the quiz.\n\nTomasz"
    add("clean", "training", "", who("tomasz"), f"{who('dana')}, {who('hannah')}", "heat quiz for orientation",
        body, dt, atts=[att_bin(make_docx(paras), *DOCX_T, "Heat_Illness_Quiz_2024.docx")])

    # 5 de-identified case for journal club
    dt = D(3, 18, 12, 30)
    body = f"""Journal club Thursday - I'll present a de-identified case that lines up with this month's article on bone stress injuries. Details below have been changed so the athlete can't be recognized.

Case (de-identified): Collegiate distance runner, early 20s. Gradual-onset anterior shin pain over 6 weeks with increased mileage. Focal tenderness over the distal third of the tibia, positive hop test. Radiographs negative; MRI showed a grade 3 bone stress injury. Low energy availability screening was positive.

Discussion:
1. Which risk factors in the Female/Male Athlete Triad and RED-S models apply?
2. How would you stage return to running?
3. What's the role of the dietitian and the team physician?

Article: "Bone stress injuries in collegiate runners: a five-year cohort", J Sport Rehabil (see Teams).

Tomasz"""
    add("clean", "training", "", who("tomasz"), f"RSU Sports Med Staff <sportsmed-staff@{U}>",
        "Journal club Thu - BSI case", body, dt, cc=who("meilin"))

    # 6 sample SOAP note for CAATE competency
    dt = D(10, 22, 15, 55)
    body = f"""Level II students,

For your documentation competency, use the sample SOAP note below as your model. "Jane Sample" is a fictitious patient created for this assignment - do not enter her in TrainerTrack.

S: Jane Sample (fictitious), 20 y/o volleyball outside hitter. Reports R shoulder pain x 2 wks, worse with serving and spiking, 4/10 at rest, 7/10 with overhead activity. Denies numbness/tingling.
O: Observation: no swelling or deformity. Palpation: TTP supraspinatus insertion. AROM: flexion 170, abduction 165 with painful arc 70-120. MMT: ER 4/5 with pain. Special tests: (+) Neer, (+) Hawkins-Kennedy, (-) apprehension.
A: Signs consistent with R rotator cuff tendinopathy / subacromial pain.
P: Modify practice - no jump serve x 1 wk. Ice 15 min post-practice. Scapular stabilization and ER/IR band program daily. Re-eval in 1 wk; refer to team physician if no improvement.

Write your own SOAP for the mock patient you evaluate in lab this week and upload it to Canvas by 10/29.

Priya Natarajan, MS, ATC
Clinical Preceptor, MSAT Program"""
    add("clean", "training", "", who("priya"), f"MSAT Level II <msat-level2@{U}>",
        "Sample SOAP note - documentation competency", body, dt)


# ================================================================ build & write
EXPECTED = [("phi", "care", 8), ("phi", "ids", 8), ("phi", "lang", 8), ("phi", "lists", 7),
            ("phi", "names", 8), ("phi", "self", 7), ("phi", "struct", 7),
            ("clean", "admin", 7), ("clean", "lookalike", 7), ("clean", "news", 6),
            ("clean", "staff", 7), ("clean", "training", 6)]


def build(e):
    m = EmailMessage()
    m["From"] = e["frm"]
    m["To"] = e["to"]
    if e["cc"]:
        m["Cc"] = e["cc"]
    m["Subject"] = e["subject"]
    m["Date"] = e["date"]
    m["Message-ID"] = msgid(e["frm"])
    if e["reply_to"]:
        m["Reply-To"] = e["reply_to"]
    subj = e["subject"].lower()
    if subj.startswith(("re:", "fwd:", "re ")):
        ref = f"<{random.getrandbits(40):010x}.{random.randint(1000, 99999)}@{U}>"
        m["In-Reply-To"] = ref
        m["References"] = ref
    m["MIME-Version"] = "1.0"
    for k, v in e["headers"].items():
        m[k] = v
    m.set_content(e["body"])
    related = [a for a in e["atts"] if a[0] == "related"]
    others = [a for a in e["atts"] if a[0] != "related"]
    if e["html"]:
        m.add_alternative(e["html"], subtype="html")
        if related:
            html_part = m.get_payload()[1]
            for _, sub, data, cid in related:
                html_part.add_related(data, "image", sub, cid=f"<{cid}>", filename=f"{cid}.{sub}")
    for maintype, subtype, data, filename in others:
        if isinstance(data, str):
            m.add_attachment(data, subtype=subtype, filename=filename)
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return m


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in (phi_care, phi_ids, phi_lang, phi_lists, phi_names, phi_self, phi_struct,
              clean_admin, clean_lookalike, clean_news, clean_staff, clean_training):
        f()
    counters = {}
    rows = []
    for e in EMAILS:
        key = (e["label"], e["kind"])
        counters[key] = counters.get(key, 0) + 1
        fname = f"{e['label']}-{e['kind']}-{counters[key]:03d}.eml"
        msg = build(e)
        with open(os.path.join(OUT, fname), "wb") as fh:
            BytesGenerator(fh, policy=policy.SMTP).flatten(msg)
        rows.append([fname, e["label"], e["kind"], e["patient"]])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    ok = True
    for label, kind, n in EXPECTED:
        got = counters.get((label, kind), 0)
        flag = "" if got == n else f"  (expected {n})"
        ok = ok and got == n
        print(f"{label}-{kind}: {got}{flag}")
    print(f"total: {len(rows)}")
    if not ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
