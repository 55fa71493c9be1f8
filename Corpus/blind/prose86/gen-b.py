#!/usr/bin/env python3
"""Generate a blind evaluation set of bariatric / medical weight-management email.

Everything here is invented: people, organisations, numbers, addresses.
Run:  python3 gen.py OUTDIR
"""
import sys
import os
import csv
import io
import json
import random
import struct
import zlib
import zipfile
import datetime
import email
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

SEED = 8602
random.seed(SEED)

TZ_E = datetime.timezone(datetime.timedelta(hours=-5))
TZ_D = datetime.timezone(datetime.timedelta(hours=-4))

ORG = "cedarridgebmi.org"
ORGNAME = "Cedar Ridge Bariatric & Metabolic Institute"
ORGADDR = "4410 Quarry Lake Parkway, Suite 300, Easton Falls, OH 44923"
MAIN = "(614) 555-0182"
FAX = "(614) 555-0199"

# ---------------------------------------------------------------- helpers

def rdate(start=(2024, 9, 3), span=270, hour=(7, 18)):
    d = datetime.datetime(*start, tzinfo=TZ_E) + datetime.timedelta(days=random.randrange(span))
    while d.weekday() >= 5 and random.random() < 0.8:
        d += datetime.timedelta(days=1)
    d = d.replace(hour=random.randrange(*hour), minute=random.randrange(60), second=random.randrange(60))
    if 3 <= d.month <= 10:
        d = d.replace(tzinfo=TZ_D)
    return d


def earlier(d, hours_min=2, hours_max=72):
    return d - datetime.timedelta(minutes=random.randrange(hours_min * 60, hours_max * 60))


def fmt_on(d):
    """Gmail/Apple style 'On ... wrote:' date."""
    return d.strftime("%a, %b ") + str(d.day) + d.strftime(", %Y at ") + d.strftime("%I:%M %p").lstrip("0")


def fmt_outlook(d):
    return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y ") + d.strftime("%I:%M %p").lstrip("0")


def short(d):
    return f"{d.month}/{d.day}/{d.year}"


def msgid(domain, d):
    return "<%s.%010x@%s>" % (d.strftime("%Y%m%d%H%M%S"), random.randrange(16 ** 10), domain)


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def digits(n):
    return "".join(random.choice("0123456789") for _ in range(n))


def dom_of(addr):
    a = addr.split("<")[-1].rstrip(">")
    return a.split("@")[-1]


def build(frm, to, subject, body, date=None, cc=None, html=None, atts=(),
          reply_to=None, in_reply=None, extra=None):
    date = date or rdate()
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to if isinstance(to, str) else ", ".join(to)
    if cc:
        m["Cc"] = cc if isinstance(cc, str) else ", ".join(cc)
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid(dom_of(frm), date)
    if in_reply:
        m["In-Reply-To"] = in_reply
        m["References"] = in_reply
    if reply_to:
        m["Reply-To"] = reply_to
    for k, v in (extra or {}).items():
        m[k] = v
    m["MIME-Version"] = "1.0"
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    for a in atts:
        fname, data, mt, st = a
        if isinstance(data, str) and mt == "text":
            m.add_attachment(data, subtype=st, filename=fname)
        elif isinstance(data, str):
            m.add_attachment(data.encode("utf-8"), maintype=mt, subtype=st, filename=fname)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    return m


def parent_id(domain, d):
    return msgid(domain, d)


def html_wrap(body_html, footer=""):
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">"
            + body_html + footer + "</body></html>")


def p2html(text):
    import html as _h
    out = []
    for para in text.strip().split("\n\n"):
        out.append("<p>" + _h.escape(para).replace("\n", "<br>") + "</p>")
    return "\n".join(out)

# ---------------------------------------------------------------- attachments

ZDATE = (2025, 1, 2, 9, 0, 0)


def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()


def _x(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;"))


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet="Sheet1"):
    xml_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{_col(c)}{r}"
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{_x(v)}</t></is></c>')
        xml_rows.append(f'<row r="{r}">' + "".join(cells) + "</row>")
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>' + "".join(xml_rows) + '</sheetData></worksheet>')
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         f'<sheets><sheet name="{_x(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ("xl/worksheets/sheet1.xml", sheet_xml),
    ]
    return _zip(files)


def make_docx(paragraphs):
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{_x(p)}</w:t></w:r></w:p>' for p in paragraphs)
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
         + body + '<w:sectPr/></w:body></w:document>'),
    ]
    return _zip(files)


def make_pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 10 Tf 54 740 Td 14 TL\n" + "".join(f"({esc(l)}) Tj T*\n" for l in lines) + "ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        f"<< /Length {len(content.encode('latin-1'))} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offs).encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def _png(w, h, rows, color_type):
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + r for r in rows)
    ihdr = struct.pack(">IIBBBBB", w, h, 8, color_type, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def make_logo_png(w=160, h=48):
    rows = []
    for y in range(h):
        row = bytearray()
        for x in range(w):
            if 8 <= y < 40 and 8 <= x < 40:          # square mark
                px = (38, 110, 96)
            elif 18 <= y < 22 and 50 <= x < 150:     # wordmark bar
                px = (38, 110, 96)
            elif 28 <= y < 31 and 50 <= x < 120:
                px = (140, 170, 160)
            else:
                px = (255, 255, 255)
            row += bytes(px)
        rows.append(bytes(row))
    return _png(w, h, rows, 2)


def make_scan_png(w=170, h=220):
    rows = []
    for y in range(h):
        row = bytearray()
        for x in range(w):
            v = 246
            if y % 12 == 0 and 15 < x < w - 15 and 20 < y < h - 30:
                v = 205
            if x < 3 or x > w - 4:
                v = 225
            row.append(v)
        rows.append(bytes(row))
    return _png(w, h, rows, 0)


def make_ics(uid, start, end, summary, location, desc, organizer):
    f = "%Y%m%dT%H%M%S"
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Cedar Ridge BMI//Scheduling//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\n"
            f"UID:{uid}\r\nDTSTAMP:{start.strftime(f)}\r\n"
            f"DTSTART;TZID=America/New_York:{start.strftime(f)}\r\n"
            f"DTEND;TZID=America/New_York:{end.strftime(f)}\r\n"
            f"SUMMARY:{summary}\r\nLOCATION:{location}\r\nDESCRIPTION:{desc}\r\n"
            f"ORGANIZER:mailto:{organizer}\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n")


def csv_text(rows):
    bio = io.StringIO()
    w = csv.writer(bio, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return bio.getvalue()

# ---------------------------------------------------------------- people / boilerplate

def staff(first, last, title=None):
    addr = f"{first.lower()}.{last.lower().replace(' ', '')}@{ORG}"
    return f"{first} {last} <{addr}>"

NAV = staff("Jolene", "Fairweather")          # RN bariatric nurse navigator
RD1 = staff("Dana", "Kowalczyk")              # dietitian
RD2 = staff("Tamsin", "Reyes")                # dietitian
PSY = staff("Lorna", "Bright")                # psychologist
AUTH = staff("Kevin", "Osei")                 # prior-auth / insurance coordinator
FRONT = staff("Benji", "Tran")                # front desk
PM = staff("Carla", "Mendez")                 # program manager
SURG1 = staff("Priya", "Venkataraman")        # surgeon
SURG2 = staff("Marcus", "Hollins")            # surgeon
OBMD = staff("Ruth", "Abernathy")             # obesity medicine
PA = staff("Hollis", "Grant")                 # PA-C
BILL = staff("Renata", "Szymanski")           # billing
SCHED = staff("Aaliyah", "Boone")             # surgery scheduler
MA = staff("Yesenia", "Cordero")              # medical assistant

DISCLAIMER = (
    "CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is intended only for the "
    "person or entity to which it is addressed and may contain information that is privileged, "
    "confidential or otherwise protected from disclosure. If you are not the intended recipient, "
    "please notify the sender by reply e-mail and destroy all copies of the original message.")


def sig(name, title, ext=None, cell=None, fax=True):
    s = f"\n\n{name}\n{title}\n{ORGNAME}\n{ORGADDR}\nP {MAIN}" + (f" ext. {ext}" if ext else "")
    if cell:
        s += f" | C {cell}"
    if fax:
        s += f"\nF {FAX}"
    return s

SIG_NAV = sig("Jolene Fairweather, RN, CBN", "Bariatric Nurse Navigator", "214")
SIG_RD1 = sig("Dana Kowalczyk, MS, RD, LD", "Bariatric Dietitian", "231")
SIG_RD2 = sig("Tamsin Reyes, RDN, LD", "Registered Dietitian - Medical Weight Management", "233")
SIG_AUTH = sig("Kevin Osei", "Insurance & Prior Authorization Coordinator", "240")
SIG_PM = sig("Carla Mendez, MBA", "Program Manager", "201")
SIG_BILL = sig("Renata Szymanski, CPC", "Billing Lead", "252")
SIG_PSY = sig("Lorna Bright, PsyD", "Licensed Clinical Psychologist", "226", fax=False)
SIG_SCHED = sig("Aaliyah Boone", "Surgery Scheduler", "218")

REGISTRY = {}


def reg(label, kind):
    def deco(fn):
        REGISTRY.setdefault((label, kind), []).append(fn)
        return fn
    return deco

# ================================================================ PHI: care

@reg("phi", "care")
def care_ride():
    d = rdate()
    surg = d + datetime.timedelta(days=3)
    body = f"""Hi Marisol,

Can we get a wheelchair van for Ruben Delgado this {surg.strftime('%A')} ({short(surg)})? He needs to be at the
main hospital surgical admitting desk (2nd floor, east entrance) by 5:45 AM. Pick-up address is
1187 Tamarack Ct, Apt 4B, Easton Falls. His cell is (614) 555-0147, his wife Lupe will be riding
with him.

Return trip will probably be the following day after lunch but I'll confirm once the floor knows
his discharge time. Please note he needs the wider chair (the 24" one), the regular one didn't fit
last time.

Thanks!
Jolene{SIG_NAV}
"""
    m = build(NAV, "Marisol Aguirre <dispatch@ridewell-transport.com>", f"ride request {short(surg)} - DELGADO",
              body, date=d, cc=SCHED)
    return m, "Ruben Delgado"


@reg("phi", "care")
def care_reschedule():
    d = rdate()
    body = f"""Benji - can you move Shanice Porter's 2 week post-op from Mon to Tues at 10:30 w/ me? Her sister
is driving her and can only do Tuesdays. She's still on full liquids so no need for the meal demo
handout yet, just the stage 3 packet.

thx
D

Dana Kowalczyk, MS, RD, LD
Bariatric Dietitian | ext. 231
"""
    m = build(RD1, FRONT, "Porter appt", body, date=d)
    return m, "Shanice Porter"


@reg("phi", "care")
def care_family():
    d = rdate()
    q = earlier(d, 20, 60)
    body = f"""Thank you Jolene, that helps. I'll bring her in tomorrow at 9 like you said. She did manage the
broth and almost a whole shake tonight so that's better than yesterday.

Debra

Sent from my iPhone

> On {fmt_on(q)}, Jolene Fairweather <jolene.fairweather@{ORG}> wrote:
>
> Hi Debra,
>
> Thanks for reaching out about your mom. Please have her keep a log of everything she drinks
> tomorrow morning, small sips all day long, and bring it along. I've put her on Dr. Venkataraman's
> add-on list for 9:00 AM at the clinic so we can check her over and see if she needs fluids.
> If she can't keep anything down at all tonight, or she gets lightheaded when she stands,
> please go to the emergency department instead.
>
> Jolene
>
>> On {fmt_on(earlier(q, 1, 3))}, Debra Whitfield-Casey <debwcasey@lakeshoremail.net> wrote:
>>
>> Hi, my mother Gloria Whitfield came home Saturday after her surgery with Dr. V. She is
>> barely drinking anything, maybe 2 or 3 cups all day, and she sleeps most of the afternoon.
>> She says everything "sits" in her chest. Is this normal?? Should I bring her in? I'm her
>> daughter and I'm staying with her this week. Her birthday is 2/9/1957 if you need it to
>> look her up.
>>
>> Debra
"""
    m = build("Debra Whitfield-Casey <debwcasey@lakeshoremail.net>", NAV,
              "Re: my mom - after surgery", body, date=d, in_reply=msgid(ORG, q))
    return m, "Gloria Whitfield"


@reg("phi", "care")
def care_handover():
    d = rdate()
    body = f"""Hollis,

Quick handoff for the weekend since you're covering calls:

Neil Ambrose - went home today POD2 after his bypass. He's the one with the CPAP, he brought
his own machine and he knows to use it every night. Wife (Colleen) is very anxious and will
probably call. He has the Lovenox shots for 2 weeks, she was taught to give them and did one
in front of me. Follow-up already on the books with me for the 14th.

If they call about the JP drain output, anything under 100 a day is fine, he was ~40 on
discharge. Pharmacy delivered his chewable meds before he left.

Rest of the list is quiet. Thanks for covering.

Marcus

--
Marcus Hollins, MD, FACS
Bariatric & Foregut Surgery
{ORGNAME}
"""
    m = build(SURG2, PA, "weekend handoff", body, date=d)
    return m, "Neil Ambrose"


@reg("phi", "care")
def care_refill():
    d = rdate()
    q = earlier(d, 3, 30)
    body = f"""Hi Dr. Abernathy's team,

Following up on the message below. Pharmacy called us again this morning - still no 1 mg pens
anywhere in the county. Ms. Okoro is due for her next dose Friday. Can Dr. Abernathy send
something else in, or tell us what she'd like us to do? We're happy to relay.

Thank you,
Gwen Tally, LPN
Millbrook Family Medicine
2230 Old Mill Rd, Easton Falls OH
Ph (614) 555-0123  Fax (614) 555-0124

-----Original Message-----
From: Gwen Tally <gtally@millbrookfamilymed.com>
Sent: {fmt_outlook(q)}
To: Refills <refills@{ORG}>
Subject: refill request - Janelle Okoro DOB 04/11/1979

Good morning,
Patient Janelle Okoro (DOB 04/11/1979) called our office because the Wegovy 1 mg pens are
back-ordered at her pharmacy (Corner Drug #14, 555-0166). She has been with your weight
management program since last fall. She asked if we could help. Please advise.
"""
    m = build("Gwen Tally <gtally@millbrookfamilymed.com>", f"Refills <refills@{ORG}>",
              "RE: refill request - Janelle Okoro DOB 04/11/1979", body, date=d, cc=OBMD)
    return m, "Janelle Okoro"


@reg("phi", "care")
def care_supplies():
    d = rdate()
    body = """Hi Yesi,

Could you set aside a loaner scale + the bariatric chewable vitamin samples (the citrus ones,
and 2 of the calcium citrate chews) for Arturo Pineda? He's picking up Wednesday afternoon
after his class. His son will come up with him.

Also please put a blood pressure cuff in the bag, the large adult one - he said his home one
doesn't fit and Dr. A wants readings twice a week.

ty!
Tamsin
"""
    html = html_wrap(p2html(body))
    m = build(RD2, MA, "pickup wed - Pineda", body, date=d, html=html)
    return m, "Arturo Pineda"


@reg("phi", "care")
def care_group():
    d = rdate()
    body = f"""Hi Lorna,

Kim Lassiter asked if she can join Tuesday evening support group by video for the next few weeks.
She's about 6 months out from her bypass, just started a new job with a night shift and can't get
here by 6:30. I told her I'd ask you. If yes I'll send her the link and put her on the attendance
sheet so it counts toward her aftercare visits.

She also mentioned her husband would like to come to the family night in March - is that still
happening?

Jolene{SIG_NAV}
"""
    m = build(NAV, PSY, "Tues group - Kim L. via video?", body, date=d)
    return m, "Kim Lassiter"


@reg("phi", "care")
def care_employer():
    d = rdate()
    body = f"""Hello Cedar Ridge team,

I'm the wellness coordinator at Tarrant Freight Lines. One of our employees, Devin Marsh
(employee #40917), enrolled in our Healthy Weight benefit track and told us he attended your
information session on 2/12 and his first visit with your dietitian on 2/26.

To release his quarterly incentive ($150 HSA credit) we need a short confirmation of attendance
on your letterhead. He signed our release form (attached). We do NOT need any clinical details,
only the dates he attended.

Thank you so much,

Paige Lindholm
Wellness & Benefits Coordinator
Tarrant Freight Lines | 900 Depot Street, Columbus OH
p 614.555.0175 | wellness@tarrantfreight.com
"""
    html = html_wrap(p2html(body),
                     "<p style=\"color:#888;font-size:9pt\">Tarrant Freight Lines - Moving Ohio Forward</p>")
    rel = make_pdf([
        "TARRANT FREIGHT LINES - WELLNESS PROGRAM",
        "AUTHORIZATION TO RELEASE PARTICIPATION INFORMATION",
        "",
        "Employee name: Devin Marsh            Employee #: 40917",
        "Date of birth: 08/30/1986",
        "Provider: Cedar Ridge Bariatric & Metabolic Institute",
        "Information to be released: dates of attendance - information session,",
        "   dietitian visits, medical weight management visits.",
        "Purpose: Healthy Weight incentive verification",
        "This authorization expires 12/31/2025.",
        "",
        "Signature: /s/ Devin Marsh        Date: 02/27/2025",
    ])
    m = build("Paige Lindholm <wellness@tarrantfreight.com>", f"Front Desk <frontdesk@{ORG}>",
              "Attendance verification - Healthy Weight incentive", body, date=d, html=html,
              atts=[("Marsh_release_signed.pdf", rel, "application", "pdf")])
    return m, "Devin Marsh"

# ================================================================ PHI: ids

@reg("phi", "ids")
def ids_auth():
    d = rdate()
    mem = "KSH" + digits(9) + "-01"
    ref = "PA-2025-0" + digits(6)
    body = f"""Keystone Summit Health Plan - Utilization Management

RE: Prior authorization request {ref}
Member ID: {mem}
Requested service: CPT 43775 - Laparoscopic sleeve gastrectomy
Requesting provider NPI: 1{digits(9)}

The above request is PENDED for additional information. Per medical policy MP-S-114, the
following documentation is required within 14 calendar days:

  1. Physician- or dietitian-supervised diet notes for months 4, 5 and 6 (weights recorded
     at each visit). Only months 1-3 were received.
  2. Psychological evaluation dated within 12 months of the request.

Please upload the records through the provider portal and reference the request number above.
If records are not received by the due date the request will be reviewed as submitted.

This message was sent from an unmonitored mailbox. For questions call Provider Services at
1-800-555-0134, option 3.
"""
    m = build("UM Notifications <um-noreply@ksummithealth.com>", AUTH,
              f"Additional information needed - {ref}", body, date=d)
    return m, ""


@reg("phi", "ids")
def ids_claim():
    d = rdate()
    q = earlier(d, 4, 48)
    claim = "25" + digits(9)
    acct = "00" + digits(6)
    body = f"""Renata - it's the modifier. Their system is reading the 97803 on the same day as the E/M as
bundled. I'll resubmit with 25 on the office visit. Will update acct notes.

Mike

-----Original Message-----
From: Renata Szymanski
Sent: {fmt_outlook(q)}
To: Mike Farrow
Subject: denial 835 - claim {claim}

Mike, can you look at claim {claim} (acct {acct}), DOS 03/14/2025, denied CO-97. Patient
was seen by Tamsin for nutrition f/u and by Dr. A the same day. Payer is Bluewater Mutual,
subscriber id BWM{digits(8)}. Balance sitting at $212.00 and the patient already called asking why.

R.
"""
    m = build(staff("Mike", "Farrow"), BILL, f"RE: denial 835 - claim {claim}", body, date=d)
    return m, ""


@reg("phi", "ids")
def ids_pcp_letter():
    d = rdate()
    mrn = "CR" + digits(7)
    body = f"""Good afternoon,

We received your request for the psych evaluation letter for MRN {mrn}, DOB 07/22/1968. The
patient was seen here on 11/04. Our provider's letter is attached. Please note the patient
was referred for two follow-up sessions before clearance.

Fax back if you also need the PHQ-9 / BES scores, we keep those separate.

Northgate Behavioral Health - Records
recordsrequests@northgatebh.net
ph 614-555-0160 fax 614-555-0161
"""
    letter = make_docx([
        "Northgate Behavioral Health",
        "Pre-Surgical Psychological Evaluation - Summary Letter",
        f"RE: Thaddeus Greer   DOB 07/22/1968   Cedar Ridge MRN {mrn}",
        "Date of evaluation: 11/04/2024",
        "Mr. Greer was evaluated at the request of Cedar Ridge Bariatric & Metabolic Institute prior to "
        "laparoscopic Roux-en-Y gastric bypass. He demonstrates adequate understanding of the procedure "
        "and post-operative requirements. Screening indicates mild binge-eating features.",
        "Recommendation: conditional clearance pending two additional CBT sessions focused on "
        "eating behaviours. Re-contact after completion.",
        "Miriam Tso, PhD, Licensed Psychologist",
    ])
    m = build("Records <recordsrequests@northgatebh.net>", f"Intake <intake@{ORG}>",
              f"Requested records - {mrn}", body, date=d,
              atts=[("eval_letter.docx", letter, "application",
                     "vnd.openxmlformats-officedocument.wordprocessingml.document")])
    return m, "Thaddeus Greer"


@reg("phi", "ids")
def ids_medicare():
    d = rdate()
    body = f"""Kevin,

For the Medicare pt with MBI 4TR9-XK2-PD81 - the band removal/conversion, I checked the LCD and
we need the documentation of the band complication (the EGD from last fall should cover it) plus
the comorbidity. DOB on the MBI card is 01/30/1955, which matches our chart.

Can you pull the EGD report and the last two clinic notes and attach to the pre-service
review? Surgery is tentatively 4/22.

thanks,
Aaliyah
"""
    m = build(SCHED, AUTH, "medicare conversion - docs needed", body, date=d)
    return m, ""


@reg("phi", "ids")
def ids_employer():
    d = rdate()
    body = f"""Hello,

We are reviewing an appeal under the Ostrander Manufacturing self-funded plan for employee
ID 208841 (dependent suffix 02). The appeal concerns exclusion of anti-obesity medications
(semaglutide 2.4 mg) for the dependent, with your office listed as prescriber.

Could you confirm (a) BMI at start of therapy, (b) start date, and (c) whether the dependent
participated in your supervised lifestyle program? Please reply through our secure portal using
case number OM-APL-2025-0311, not by regular email.

Regards,
Appeals Unit
Ridgeline Benefit Administrators (TPA for Ostrander Manufacturing)
appeals@ridgelinetpa.com | 877-555-0193
"""
    m = build("Appeals Unit <appeals@ridgelinetpa.com>", f"Medical Records <records@{ORG}>",
              "Appeal OM-APL-2025-0311 - information request", body, date=d)
    return m, ""


@reg("phi", "ids")
def ids_labs():
    d = rdate()
    mrn = "CR" + digits(7)
    body = f"""{mrn} - 1 yr post sleeve labs back:
B12 182 (L)
Vit D 25-OH 17 (L)
ferritin pending
folate wnl

she's not taking the B12 per last visit. Can you call her and get her scheduled for injections,
also needs to restart D3 50k weekly? Dr V ok'd it.

- Hollis
sent from mobile
"""
    m = build(PA, NAV, mrn, body, date=d)
    return m, ""


@reg("phi", "ids")
def ids_case():
    d = rdate()
    body = f"""Good morning,

I'm the case manager assigned for Bluewater Mutual. We received a notification of inpatient
admission at St. Aurelius Medical Center on {short(earlier(d, 24, 72))} for member
BWM{digits(8)} (case # CM-77120). Per the notice the member is 6 weeks status post gastric bypass
at your facility and was admitted with dehydration and vomiting.

Could someone from your team call me to coordinate discharge follow-up? We'd like to confirm the
member has a post-op appointment scheduled within 7 days of discharge.

Thank you,
Frances Ibe, RN, CCM
Complex Case Management
Bluewater Mutual Health | 1-866-555-0129 ext. 4471
fibe@bluewatermutual-health.com
"""
    m = build("Frances Ibe <fibe@bluewatermutual-health.com>", NAV, "Case CM-77120 - readmission f/u",
              body, date=d)
    return m, ""


@reg("phi", "ids")
def ids_collections():
    d = rdate()
    body = f"""Cedar Ridge Billing,

Our agency holds account 7730-118204 (your ref 00{digits(6)}), guarantor J. Reinholt, balance
$1,240.00 for medical weight management and dietitian visits 06/2024 - 09/2024. The guarantor
disputes the balance stating the visits were to be covered under his employer's wellness
program. Please provide itemized statement and insurance payment history so we can respond to
the dispute within 30 days.

Account Resolution Dept.
Ardent Recovery Services
PO Box 4470, Dayton OH
ph 937-555-0188
"""
    m = build("Account Resolution <disputes@ardentrecovery.net>", f"Billing <billing@{ORG}>",
              "Dispute - acct 7730-118204", body, date=d)
    return m, "J. Reinholt"

# ================================================================ PHI: lang

@reg("phi", "lang")
def lang_es():
    d = rdate()
    body = """Buenas tardes Dana,

Soy María Elena Fuentes, me operaron de la manga gástrica el 3 de marzo con la Dra. Venkataraman.
Ya voy en la segunda semana de la etapa de purés pero todavía me cae pesado el pollo molido, me
da mucha náusea y a veces vomito después de comer. ¿Puedo seguir con los licuados de proteína un
par de días más? Tampoco he podido tomar las vitaminas masticables porque me dan asco, ¿hay otra
opción que sea en pastilla o líquida?

Mi cita de seguimiento es el 24 pero no sé si debo esperar hasta entonces.

Muchas gracias,
María Elena
Tel. (614) 555-0158
"""
    m = build("Maria Elena Fuentes <mefuentes77@correo-hogar.net>", RD1,
              "Pregunta sobre la dieta de purés", body, date=d)
    return m, "María Elena Fuentes"


@reg("phi", "lang")
def lang_vi():
    d = rdate()
    q = earlier(d, 2, 20)
    body = f"""Benji - this came into the general inbox. I think it's a reschedule request for Mr. Nguyen's
dietitian visit + she's asking for a Vietnamese interpreter. Can you run it through the language
line or ask Thu in billing? Thanks

Carla

---------- Forwarded message ---------
From: Thao Nguyen <thao.nguyen.86@hopthu-viet.net>
Date: {fmt_on(q)}
Subject: Đổi lịch hẹn cho ba - Nguyễn Văn Bình
To: <info@{ORG}>

Chào cô,

Con là Thảo, con gái của ông Nguyễn Văn Bình (ngày sinh 05/10/1959). Ba con có hẹn gặp chuyên viên
dinh dưỡng vào thứ Năm ngày 13 lúc 2 giờ chiều, nhưng hôm đó con phải đi làm nên không chở ba đi
được. Cô có thể đổi qua thứ Hai tuần sau được không ạ? Ba con không nói được nhiều tiếng Anh nên
xin cô sắp xếp thông dịch viên tiếng Việt giúp con.

Ba con cũng hỏi là có cần nhịn ăn trước khi thử máu kiểm tra vitamin không, và có cần mang theo
máy đo đường huyết không.

Cảm ơn cô nhiều.
Thảo
(614) 555-0139
"""
    m = build(PM, FRONT, "Fwd: Đổi lịch hẹn cho ba", body, date=d)
    return m, "Nguyễn Văn Bình"


@reg("phi", "lang")
def lang_pt():
    d = rdate()
    body = """Oi Dr. Grant, tudo bem?

Aqui é a Fernanda Albuquerque, paciente do bypass (operei em agosto do ano passado). Vi no portal
que meus exames saíram: a ferritina deu 9 e a vitamina D deu 19. O que eu devo fazer? Já estou
tomando o polivitamínico bariátrico todo dia, mas confesso que esqueço o cálcio às vezes. Ando
muito cansada e o cabelo está caindo bastante.

Preciso marcar consulta ou vocês mandam a receita do ferro direto pra farmácia? A farmácia é a
mesma de sempre, na Avenida Broad.

Obrigada!!
Fernanda

Enviado do meu celular
"""
    m = build("Fernanda Albuquerque <fer.albuquerque@caixapostal.net>", PA,
              "exames - ferritina baixa", body, date=d)
    return m, "Fernanda Albuquerque"


@reg("phi", "lang")
def lang_ru():
    d = rdate()
    body = """Здравствуйте, доктор Абернати,

Пишу вам по поводу моего лекарства. В аптеке сказали, что Zepbound 7,5 мг нет в наличии и не
будет ещё минимум три недели. Последний укол я сделала 9-го числа. Что мне делать — пропустить
дозу или можно временно перейти на 5 мг, если он есть? За три месяца я сбросила 11 кг и очень не
хочу потерять результат.

Моя дата рождения 14.06.1971, если нужно найти карту.

С уважением,
Людмила Карпенко
тел. 614-555-0171
"""
    m = build("Lyudmila Karpenko <l.karpenko@pochta-ohio.net>", OBMD,
              "Zepbound нет в аптеке", body, date=d, cc=f"Refills <refills@{ORG}>")
    return m, "Людмила Карпенко"


@reg("phi", "lang")
def lang_ht():
    d = rdate()
    body = """Bonjou Jolene,

Se Wideline Charles. Mwen pa ka vini nan reyinyon gwoup sipò a jedi sa a paske machin mwen an an
pàn. Èske gen yon fason pou m jwenn yon transpò oswa pou m antre nan reyinyon an sou telefòn?
Mwen fè operasyon bypass la sa gen 4 mwa, e mwen vle kontinye vini paske sa ede m anpil.

Epitou, famasi a di m preskripsyon piki vitamin B12 mwen an fini. Tanpri voye l ankò bay
famasi a sou Livingston Ave.

Mèsi anpil,
Wideline
(614) 555-0110
"""
    m = build("Wideline Charles <widelinec@boukmail.net>", NAV, "gwoup jedi + B12", body, date=d)
    return m, "Wideline Charles"


@reg("phi", "lang")
def lang_tl():
    d = rdate()
    body = """Hi Rhea,

Pa-check naman si Mr. Eduardo Villanueva sa room 512 pag may time ka. POD1 siya ng sleeve, medyo
mataas yung HR kanina (112) tapos sabi niya masakit daw yung kaliwang balikat niya. Na-inform ko na
si Dr. Hollins, nag-order ng CBC at lactate, stat. Pakibantayan lang yung urine output, konti pa
lang kanina (mga 150 since 6am).

Yung asawa niya, si Tess, tatawag daw mamaya para mag-update. Okay lang sabihin mo na
binabantayan natin siya pero hintayin muna natin yung labs bago magbigay ng details.

Salamat ha! Babawi ako sa merienda bukas :)
Maricel

Maricel Dumalagan, RN
5 West - Bariatric/Surgical
"""
    m = build(staff("Maricel", "Dumalagan"), staff("Rhea", "Santos"), "pa-check rm 512", body, date=d)
    return m, "Eduardo Villanueva"


@reg("phi", "lang")
def lang_ar():
    d = rdate()
    body = """السلام عليكم،

أنا أحمد الحسيني، زوج المريضة سلمى الحسيني (تاريخ الميلاد 22/03/1985). زوجتي أكملت التقييم
النفسي وستة أشهر من برنامج الحمية تحت الإشراف، وقالت لنا الممرضة إن ملفها أُرسل إلى شركة
التأمين للموافقة على عملية تكميم المعدة.

هل وصلكم رد من التأمين؟ نريد أن نعرف موعد العملية حتى أرتب إجازتي من العمل لأبقى معها في
الأسبوع الأول بعد العملية. كما أنها تسأل إن كان عليها أن توقف دواء السكري قبل العملية.

شكراً جزيلاً،
أحمد الحسيني
هاتف: 614-555-0186
"""
    m = build("Ahmed Al-Husseini <ahmed.alhusseini@baridnet.com>", AUTH,
              "استفسار عن موافقة التأمين - سلمى الحسيني", body, date=d)
    return m, "سلمى الحسيني"


@reg("phi", "lang")
def lang_ko():
    d = rdate()
    body = """안녕하세요 졸린 간호사님,

저는 2023년 5월에 위소매절제술(슬리브)을 받은 박지현입니다. 지금까지 약 45kg 감량했고 체중은
8개월째 유지되고 있어요. 그런데 배와 팔에 늘어진 피부 때문에 그 밑에 피부염이 자꾸 생기고,
운동할 때도 많이 불편합니다. 피부과에서 연고를 두 번 처방받았는데 계속 재발해요.

성형외과(피부 제거 수술) 의뢰를 받으려면 어떻게 해야 하나요? 보험사에서 주치의 소견서랑 체중
유지 기록, 피부염 치료 기록이 필요하다고 하던데 센터에서 기록을 보내주실 수 있을까요?

감사합니다.
박지현 드림
614-555-0193
"""
    m = build("Jihyun Park <jihyun.park.oh@hanmail-us.net>", NAV, "성형외과 의뢰 문의 (피부 제거 수술)",
              body, date=d)
    return m, "박지현"

# ================================================================ PHI: lists

@reg("phi", "lists")
def lists_or_schedule():
    d = rdate()
    wk = d + datetime.timedelta(days=(7 - d.weekday()))
    body = f"""All,

Bariatric OR schedule for the week of {short(wk)}. Please check your pre-op calls are done by
Thursday. Changes to me, not to the OR desk.

DAY   TIME   PATIENT                 DOB         MRN         PROCEDURE                 SURGEON
----  -----  ----------------------  ----------  ----------  ------------------------  -------
Mon   07:30  Hartley, Donna M         03/19/1974  CR0418822   Lap sleeve                Venkat
Mon   10:00  Oyelaran, Tunde          11/02/1981  CR0420317   Lap RYGB                  Venkat
Mon   13:00  Brisco, Amber L          06/27/1990  CR0397104   Lap sleeve + HH repair    Venkat
Tue   07:30  Kowalski, Gregory        01/08/1966  CR0388150   Band removal -> sleeve    Hollins
Tue   11:00  Ng, Lily                 09/14/1988  CR0421909   Lap sleeve                Hollins
Thu   07:30  Marchetti, Paul J        12/30/1979  CR0415523   Lap RYGB                  Hollins
Thu   10:30  Sutton-Hayes, Renee      04/05/1972  CR0402278   Sleeve -> RYGB (GERD)     Venkat

Tue 11:00 still waiting on auth from Keystone - Kevin is on it. If not back by Fri noon we bump.

Aaliyah{SIG_SCHED}
"""
    m = build(SCHED, [SURG1, SURG2, NAV, PA], f"OR schedule wk of {short(wk)}", body, date=d,
              cc=f"Pre-Admission Testing <pat@{ORG}>")
    names = "Donna M Hartley; Tunde Oyelaran; Amber L Brisco; Gregory Kowalski; Lily Ng; Paul J Marchetti; Renee Sutton-Hayes"
    return m, names


@reg("phi", "lists")
def lists_prereq_csv():
    d = rdate()
    rows = [["Last", "First", "DOB", "Payer", "Member ID", "Info session", "Diet mo. done",
             "Diet mo. req", "Psych eval", "Sleep study", "PCP letter", "Status"]]
    data = [
        ("Rowe", "Kendra", "1983-02-11", "Keystone Summit", "KSH" + digits(9), "2024-08-14", 5, 6, "cleared 12/02", "n/a", "Y", "waiting mo 6"),
        ("Abadi", "Samir", "1977-10-30", "Bluewater Mutual", "BWM" + digits(8), "2024-07-10", 6, 6, "cleared 11/18", "CPAP started", "Y", "ready to submit"),
        ("Lindqvist", "Hanna", "1992-05-05", "Keystone Summit", "KSH" + digits(9), "2024-09-11", 3, 6, "scheduled 3/3", "pending", "N", "in progress"),
        ("Pettway", "Charlotte", "1969-12-01", "Medicare", "6KQ2-PL4-MT19", "2024-06-12", 0, 0, "cleared 10/21", "done", "Y", "submitted"),
        ("Dubois", "Andre", "1986-07-19", "Ohio Medicaid MCO", "OMC" + digits(10), "2024-10-09", 2, 6, "not started", "pending", "N", "in progress"),
        ("Fenwick", "Terrence", "1975-03-23", "Ostrander self-funded", "208" + digits(3) + "-01", "2024-05-08", 6, 3, "cond. - 2 sessions", "done", "Y", "psych f/u"),
        ("Mwangi", "Esther", "1980-08-08", "Bluewater Mutual", "BWM" + digits(8), "2024-08-14", 6, 6, "cleared 01/06", "n/a", "Y", "ready to submit"),
    ]
    rows += [list(r) for r in data]
    body = f"""Hi Kevin,

Attached is this week's pre-req tracker export. The two marked "ready to submit" have everything
in the chart as of this morning. Esther's PCP letter came in by fax yesterday, it's scanned.

Let me know if you want me to start pulling notes for Kendra's month 6, her visit is next Tues.

Tamsin
"""
    m = build(RD2, AUTH, "pre-req tracker - this week", body, date=d,
              atts=[("prereq_tracker_export.csv", csv_text(rows), "text", "csv")])
    names = "; ".join(f"{r[1]} {r[0]}" for r in data)
    return m, names


@reg("phi", "lists")
def lists_vitamin_xlsx():
    d = rdate()
    rows = [["MRN", "Patient", "Procedure", "Surgery date", "Last labs", "Due", "Missing", "Notes"]]
    data = [
        ("CR" + digits(7), "Quinones, Rafael", "RYGB", "2023-04-11", "2024-04-20", "overdue", "B12, ferritin, PTH", "left 2 VMs"),
        ("CR" + digits(7), "Beaumont, Celeste", "Sleeve", "2022-09-06", "2024-10-02", "2025-04", "none", ""),
        ("CR" + digits(7), "Haddad, Nour", "RYGB", "2024-01-16", "2024-07-22", "overdue", "all", "moved? mail returned"),
        ("CR" + digits(7), "Strickland, Bo", "Sleeve", "2023-11-28", "2024-05-30", "overdue", "Vit D, B1", "PCP drawing"),
        ("CR" + digits(7), "Achterberg, Lena", "DS", "2021-06-03", "2024-09-12", "2025-03", "A, E, K", "fat-soluble q6mo"),
        ("CR" + digits(7), "Okafor, Gabriel", "RYGB", "2023-02-02", "2024-02-15", "overdue", "all", "prefers text"),
    ]
    rows += [list(r) for r in data]
    body = """Hollis / Jolene - attached the annual labs-due report from the registry. Six flagged overdue or
due this quarter. I already sent the portal reminders for the ones with portal accounts.

Yesenia
"""
    m = build(MA, [PA, NAV], "vitamin labs due - Q report", body, date=d,
              atts=[("labs_due_Q2.xlsx", make_xlsx(rows, "Labs due"), "application",
                     "vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
    names = "; ".join(r[1] for r in data)
    return m, names


@reg("phi", "lists")
def lists_info_session():
    d = rdate()
    body = f"""Dr. Ames / Millbrook referrals team,

These patients from your practice attended our bariatric information session on {short(earlier(d, 48, 200))}
and asked to move forward. Each needs a PCP referral and your last two office notes with
weight/BMI faxed to {FAX}.

Darnell Hughes - 10/17/1979 - interested in sleeve, has sleep apnea on CPAP
Patricia "Trish" Van Horn - 02/28/1968 - interested in medical weight mgmt only, not surgery
Omar Qureshi - 07/04/1991 - interested in bypass, type 2 diabetes on insulin
Bethany Crowell - 11/21/1985 - wants to discuss sleeve vs bypass, reflux
Luis Ortega Jr - 05/13/1973 - sleeve, knee replacement on hold until BMI < 40

Thank you!
Jolene{SIG_NAV}
"""
    m = build(NAV, "Referrals <referrals@millbrookfamilymed.com>", "Info session follow-up - referrals needed",
              body, date=d, cc="Dr. Lauren Ames <lames@millbrookfamilymed.com>")
    return m, "Darnell Hughes; Patricia Van Horn; Omar Qureshi; Bethany Crowell; Luis Ortega Jr"


@reg("phi", "lists")
def lists_glp1_shortage():
    d = rdate()
    body = f"""Refills team - callback list for today, all of these got the "pharmacy out of stock" message.
Dr. A said ok to hold at current dose for up to 2 weeks, anything longer route to her.

pt name            | DOB        | drug / dose          | pharmacy           | last fill  | cb #
-------------------|------------|----------------------|--------------------|------------|-------------
Ellison, Marcy     | 1977-08-02 | Wegovy 1.7 mg        | Corner Drug #14    | 02/03      | 614-555-0111
Tran, Kevin        | 1990-01-25 | Zepbound 10 mg       | MegaMart Rx        | 01/28      | 614-555-0112
Obi, Chiamaka      | 1984-11-09 | Wegovy 2.4 mg        | Ridge Pharmacy     | 02/06      | 614-555-0113
Paulsen, Gary      | 1962-04-17 | Zepbound 5 mg        | Corner Drug #9     | 01/30      | 614-555-0114
Santiago, Yolanda  | 1979-09-30 | Wegovy 1 mg          | HealthPlus Rx      | 02/01      | 614-555-0115

Please document the call in the refill encounter, not a phone note.

Yesenia
"""
    m = build(MA, f"Refills <refills@{ORG}>", "GLP-1 callbacks today", body, date=d, cc=OBMD)
    return m, "Marcy Ellison; Kevin Tran; Chiamaka Obi; Gary Paulsen; Yolanda Santiago"


@reg("phi", "lists")
def lists_contouring():
    d = rdate()
    rows = [
        ("Patient", "DOB", "Surgery", "Wt lost (lb)", "Stable since", "Area", "Ins"),
        ("Margaret Oduya", "04/02/1976", "RYGB 2022", "142", "03/2024", "panniculus", "Keystone"),
        ("Corey Blankenship", "09/19/1983", "Sleeve 2023", "118", "06/2024", "abdomen, arms", "Bluewater"),
        ("Jihyun Park", "03/11/1981", "Sleeve 2023", "99", "07/2024", "abdomen, arms", "Keystone"),
        ("Denise Marek", "12/12/1970", "RYGB 2021", "165", "2023", "panniculus, thighs", "self-pay"),
    ]
    table = "\n".join("\t".join(r) for r in rows)
    body = f"""Hi Sonia,

Here are this month's body-contouring referrals to Dr. Lachance. Copied straight out of our
referral log. Records (weight history + wound care notes where we have them) are going by fax
this afternoon.

{table}

Denise will be self-pay, she knows the panniculectomy isn't likely covered by her plan.

Thanks,
Jolene{SIG_NAV}
"""
    m = build(NAV, "Sonia Whitcombe <sonia@lachanceplastics.com>", "referrals - body contouring",
              body, date=d)
    return m, "Margaret Oduya; Corey Blankenship; Jihyun Park; Denise Marek"


@reg("phi", "lists")
def lists_caseload_thread():
    d = rdate()
    q1 = earlier(d, 3, 20)
    q2 = earlier(q1, 20, 60)
    body = f"""Sounds good, I'll take Thursday. Thank you both!!

Tamsin

On {fmt_on(q1)}, Dana Kowalczyk <dana.kowalczyk@{ORG}> wrote:
> I can absorb Monday and Tuesday. Tamsin can you do Thursday? Friday is group so that's covered.
>
> D
>
> On {fmt_on(q2)}, Carla Mendez <carla.mendez@{ORG}> wrote:
>> Dana/Tamsin - Priscilla's out next week (approved PTO). Her RD patients need to be
>> redistributed. From her template:
>>
>> Mon - Harold Jennings - 3 mo post sleeve, diet advancement
>> Mon - Keisha Oliphant - supervised diet month 4 of 6 (Keystone)
>> Tue - Walt Brzezinski - pre-op liquid diet teaching, surgery 3/18
>> Tue - Amira Saleh - GLP-1 pt, nutrition f/u
>> Thu - Rosalind Fitch - 2 yr post RYGB, dumping symptoms
>> Thu - Jonah Pierce - supervised diet month 2 of 6 (Bluewater)
>>
>> Please reply to all so front desk can move them.
>>
>> Carla
>> Program Manager | ext. 201
"""
    m = build(RD2, [PM, RD1], "Re: Priscilla out next wk - RD coverage", body, date=d, cc=FRONT)
    return m, "Harold Jennings; Keisha Oliphant; Walt Brzezinski; Amira Saleh; Rosalind Fitch; Jonah Pierce"

# ================================================================ PHI: names

@reg("phi", "names")
def names_surgeons():
    d = rdate()
    q = earlier(d, 5, 40)
    body = f"""Priya,

I'd hold off on converting Mrs. Hartigan. Her pH study was borderline and she told me in clinic
she's been taking the PPI maybe every other day. Let's get her on it BID for 8 weeks, repeat the
scope, and if she's still symptomatic we book the conversion for the summer. She's also still
smoking a few a day which I'm not thrilled about for a bypass.

Happy to see her jointly if you want.

M

On {fmt_on(q)}, Priya Venkataraman <priya.venkataraman@{ORG}> wrote:
> Marcus - can you look at Mrs. Hartigan's chart before Tuesday's conference? 3 yrs out from
> sleeve, regain ~30 lb and bad reflux, she is asking about bypass. Curious what you'd do.
> P
"""
    m = build(SURG2, SURG1, "Re: Hartigan - sleeve to bypass?", body, date=d)
    return m, "Mrs. Hartigan"


@reg("phi", "names")
def names_subject_only():
    d = rdate()
    body = """Psych cleared him today, letter is in the media tab. Still waiting on the sleep study
results from Dr. Feld's office. Can we go ahead and book him for the pre-op class on the 21st
so we don't lose time?

L.
"""
    m = build(PSY, NAV, "Okonkwo, Chidi", body, date=d)
    return m, "Chidi Okonkwo"


@reg("phi", "names")
def names_first_only():
    d = rdate()
    body = """hey - did Bernadette ever get her B12 shot? she said at group last night she's been dizzy and
her feet are tingling again. i told her to call you this am but you know how she is.

also Tony asked me twice about the protein bar samples, if we have any left can you leave a
couple at the front for him

-J
"""
    m = build(NAV, MA, "bernadette", body, date=d)
    return m, "Bernadette"


@reg("phi", "names")
def names_nickname():
    d = rdate()
    body = f"""Ruth,

FYI - "Big Lou" (Louis Ferrante, the retired bus driver from the Tuesday group) stopped by the desk
today. He's down 38 lb since starting the Zepbound in September and his A1c went from 8.9 to 6.7
per his PCP. He wanted me to tell you his knee surgeon finally agreed to schedule the
replacement. He is thrilled.

He did mention some constipation since the last dose increase, I told him to call the nurse
line. He also asked whether he has to stop the injection before the knee surgery - I said I'd
ask you.

Benji
Front Desk | {ORGNAME}
"""
    m = build(FRONT, OBMD, "Lou stopped by", body, date=d)
    return m, "Louis Ferrante"


@reg("phi", "names")
def names_quoted():
    d = rdate()
    q = earlier(d, 1, 30)
    body = f"""Agree, see below. I'll call her tomorrow.

Jolene

-----Original Message-----
From: Tamsin Reyes <tamsin.reyes@{ORG}>
Sent: {fmt_outlook(q)}
To: Jolene Fairweather <jolene.fairweather@{ORG}>
Subject: RE: stage 3

Jolene, I saw Cassandra Pruitt today for her 3-week post-op. Honestly I don't think she's ready
to move to soft foods - she's only getting about 35 g protein and she told me she's been
"grazing" on crackers. She also cried a bit talking about her mother's illness. I'd like Lorna to
see her sooner than the 3-month psych check. Can you see if there's an opening?

Tamsin
"""
    m = build(NAV, RD2, "RE: stage 3", body, date=d, cc=PSY)
    return m, "Cassandra Pruitt"


@reg("phi", "names")
def names_lastfirst():
    d = rdate()
    body = f"""Kevin,

Vasquez, Hector - Keystone denied the sleeve yesterday for "insufficient documentation of
weight history." We have 5 yrs of PCP weights scanned in, I think they just didn't look. Peer to
peer is available until the 28th. Dr. V said she'll do it, can you set it up with the
medical director's office?

Also Adeyemi, Folake - approved! Auth good for 90 days. Please let Aaliyah know so she can
call her with dates.

Renata{SIG_BILL}
"""
    m = build(BILL, AUTH, "denial + approval", body, date=d, cc=SCHED)
    return m, "Hector Vasquez; Folake Adeyemi"


@reg("phi", "names")
def names_psych():
    d = rdate()
    body = f"""Team,

Met with Lionel for his pre-surgical evaluation this morning. Overall he's a good candidate
but he's describing regular binge episodes (3-4x/week, mostly late evening) and he's been
using food to cope since his divorce last year. I'm recommending 4 CBT sessions with me before I
write the clearance letter. He was receptive.

I'll also refer him to the Thursday evening support group in the meantime. Dana, it'd help if
you could go over a structured meal plan with him at his next RD visit.

Lorna{SIG_PSY}
"""
    m = build(PSY, [NAV, RD1], "Lionel M. - psych eval", body, date=d)
    return m, "Lionel M."


@reg("phi", "names")
def names_forward():
    d = rdate()
    q = earlier(d, 10, 80)
    body = f"""Ruth - another one from Dr. Ames. She's not interested in surgery, so she'd be yours.
OK to schedule new patient MWM visit?

Carla

---------- Forwarded message ---------
From: Dr. Lauren Ames <lames@millbrookfamilymed.com>
Date: {fmt_on(q)}
Subject: referral
To: <referrals@{ORG}>

Hello,
I'd like Ms. Ingrid Vargas-Lindqvist seen in your medical weight management clinic. She is
54, BMI 37, with prediabetes, hypertension and osteoarthritis of both knees. She has tried
several commercial programs and is NOT interested in surgery. She would like to discuss
medications. Notes and labs faxed today.

Thank you,
Lauren Ames, MD
Millbrook Family Medicine
"""
    m = build(PM, OBMD, "Fwd: referral", body, date=d)
    return m, "Ingrid Vargas-Lindqvist"

# ================================================================ PHI: self

@reg("phi", "self")
def self_phone():
    d = rdate(hour=(19, 23))
    body = """hi its tasha (natasha greene). im 3 wks out from my sleeve and i cant keep the protein shakes
down, i get like 2 sips in and it comes back up. ive been doing broth and the sugar free jello ok.
is that normal or should i come in?? my follow up isnt till the 28th

sent from my iphone
"""
    m = build("tasha g <tashagreene.22@quickpost.net>", f"Nurse Line <nurseline@{ORG}>",
              "shakes not staying down", body, date=d)
    return m, "Natasha Greene"


@reg("phi", "self")
def self_bill():
    d = rdate()
    body = f"""To whom it may concern,

I received a bill dated {short(earlier(d, 100, 300))} for $385.00 for a "nutrition counseling" visit
on 10/08. When I enrolled in your program I was told the six supervised diet visits would be
covered by my insurance (Keystone Summit, member ID KSH{digits(9)}) since they are required for my
surgery approval. I have the approval letter for visits 1-6.

Could you please resubmit or explain why this one was not covered? I don't want this to hold
up my surgery date.

Thank you,

Gregory Kowalski
(614) 555-0106
"""
    m = build("Gregory Kowalski <gkowalski.home@lakeshoremail.net>", f"Billing <billing@{ORG}>",
              "Question about my bill", body, date=d)
    return m, "Gregory Kowalski"


@reg("phi", "self")
def self_employee_letter():
    d = rdate()
    body = """Hello,

My employer (Ostrander Manufacturing) has a new wellness rule that to keep the lower insurance
premium I need a "physician attestation" that I am enrolled in a weight management program.
I've been seeing Dr. Abernathy since June and I'm on the Wegovy. I'm attaching their form.

Could someone fill out section 2 and fax it to HR (fax on the form)? It's due by the end of the
month. I don't want them to know more than they need to so please only check the box, no
details about meds.

Thanks,
Renee Castellano
"""
    scan = make_scan_png()
    m = build("Renee Castellano <renee.castellano@mailbox-plus.net>", f"Front Desk <frontdesk@{ORG}>",
              "form for my work", body, date=d,
              atts=[("IMG_4471.png", scan, "image", "png")])
    return m, "Renee Castellano"


@reg("phi", "self")
def self_contouring():
    d = rdate()
    body = """hello, i had my bypass with dr hollins back in 2021 and im down 128 lbs and have been the same
weight for over a year. i have a lot of loose skin on my stomach that gets rashes and infected
under it, ive been to urgent care 3 times for it this year. how do i get referred for the skin
removal surgery? does my insurance need anything from you guys?

thanks
marcus bell
"""
    m = build("marcus bell <mbell1979@hometownisp.net>", NAV, "skin removal question", body, date=d)
    return m, "Marcus Bell"


@reg("phi", "self")
def self_shortage():
    d = rdate()
    q = earlier(d, 26, 70)
    body = f"""Hi Yesenia,

Still no luck. I called 6 pharmacies today, nobody has the 1.7 and only one had the 2.4. I'm
now 5 days past my dose. Should I take the 2.4 or wait? I'm nervous about the nausea if I jump up.

Thanks, Colette Morrow

On {fmt_on(q)}, Yesenia Cordero <yesenia.cordero@{ORG}> wrote:
> Hi Colette, Dr. Abernathy says if you can't find the 1.7 mg by Friday let us know and
> she will decide next steps. Try calling a few independent pharmacies too.
> Yesenia
"""
    m = build("Colette Morrow <colette.morrow@example.net>", MA, "Re: Wegovy 1.7", body, date=d)
    return m, "Colette Morrow"


@reg("phi", "self")
def self_info_session():
    d = rdate()
    body = f"""Hi,

I'd like to sign up for one of your free information sessions. My doctor suggested weight loss
surgery - I'm 5'6" and 276 lb (BMI around 44), and I have type 2 diabetes and high blood
pressure. I called my insurance (Bluewater Mutual) and they said they require 6 months of a
supervised diet and a psych evaluation first. Is that something your program does?

I work days so an evening or Saturday session would be best.

Best,
Monique Delacroix-Hill
DOB 09/03/1982
cell 614-555-0183
"""
    html = html_wrap(p2html(body))
    m = build("Monique Delacroix-Hill <monique.dh@example.com>", f"Info <info@{ORG}>",
              "Information session sign up", body, date=d, html=html)
    return m, "Monique Delacroix-Hill"


@reg("phi", "self")
def self_reminder_reply():
    d = rdate()
    q = earlier(d, 20, 40)
    appt = d + datetime.timedelta(days=6)
    body = f"""Yes I'll be there. Question - I take metformin and lisinopril, do I stop them the day before
or the morning of? Nobody told me at the pre-op class. Also can my husband stay overnight?

Lily Ng

On {fmt_on(q)}, Cedar Ridge BMI <noreply@{ORG}> wrote:
> APPOINTMENT REMINDER
>
> Dear Lily,
> This is a reminder of your upcoming appointment:
>   Date: {appt.strftime('%A, %B')} {appt.day}, {appt.year}
>   Time: 11:00 AM (please arrive at 9:00 AM)
>   Provider: Marcus Hollins, MD
>   Location: Main Hospital Surgical Admitting, 2nd floor
>   Visit type: SURGERY - LAP SLEEVE GASTRECTOMY
>
> Reply YES to confirm. To reschedule call {MAIN}.
> Do not reply with medical questions; call the nurse line.
"""
    m = build("Lily Ng <lily.ng.88@example.org>", f"Cedar Ridge BMI <noreply@{ORG}>",
              "Re: Appointment Reminder", body, date=d)
    return m, "Lily Ng"

# ================================================================ PHI: struct

def hl7ts(d):
    return d.strftime("%Y%m%d%H%M")


@reg("phi", "struct")
def struct_adt():
    d = rdate()
    mrn = "CR" + digits(7)
    segs = [
        f"MSH|^~\\&|MEDTRAK|CRBMI|BEDBOARD|STAURELIUS|{hl7ts(d)}||ADT^A01^ADT_A01|{digits(10)}|P|2.5.1",
        f"EVN|A01|{hl7ts(d)}",
        f"PID|1||{mrn}^^^CRBMI^MR~{digits(3)}-{digits(2)}-{digits(4)}^^^SSA^SS||OYELARAN^TUNDE^A||19811102|M|||77 Linden Blvd^^Easton Falls^OH^44923||(614)555-0128|||M||{digits(9)}",
        "PV1|1|I|5W^512^A^STAURELIUS||||1457382901^VENKATARAMAN^PRIYA^^^MD|||SUR||||1|||1457382901^VENKATARAMAN^PRIYA^^^MD|IN||KSH|||||||||||||||||||||||||" + d.strftime("%Y%m%d%H%M"),
        "DG1|1||E66.01^Morbid (severe) obesity due to excess calories^I10|||A",
        "DG1|2||Z68.42^Body mass index (BMI) 45.0-49.9, adult^I10|||A",
        "DG1|3||E11.9^Type 2 diabetes mellitus without complications^I10|||A",
        "PR1|1||43644^Laparoscopic gastric bypass, Roux-en-Y^CPT||" + d.strftime("%Y%m%d"),
        f"IN1|1|KSHPPO|KSH01|Keystone Summit Health Plan|||||||||||OYELARAN^TUNDE^A|SEL|19811102|||||||||||||||||||KSH{digits(9)}",
    ]
    body = "Interface error queue - message held (PV1-19 visit number missing). Please correct in\nregistration and resend.\n\n" + "\n".join(segs) + "\n\n-- MedTrak Integration Engine (automated)\n"
    m = build(f"Interface Engine <integration-alerts@{ORG}>", f"Registration Supervisors <regsup@{ORG}>",
              "[HELD] ADT^A01 ctrl#" + segs[0].split("|")[9], body, date=d)
    return m, "Tunde A Oyelaran"


@reg("phi", "struct")
def struct_oru():
    d = rdate()
    mrn = "CR" + digits(7)
    ts = hl7ts(d)
    segs = [
        f"MSH|^~\\&|LABCORE|NORTHRIDGE_LAB|MEDTRAK|CRBMI|{ts}||ORU^R01^ORU_R01|L{digits(9)}|P|2.5.1",
        f"PID|1||{mrn}^^^CRBMI^MR||HADDAD^NOUR||19870314|F|||1420 Carver St Apt 2^^Easton Falls^OH^44924",
        "ORC|RE|A" + digits(7) + "|L" + digits(8),
        f"OBR|1|A{digits(7)}|L{digits(8)}|BARI1^Bariatric annual panel^L|||{ts}|||||||||1457382901^VENKATARAMAN^PRIYA",
        "OBX|1|NM|2132-9^Vitamin B12^LN||168|pg/mL|200-1100|L|||F",
        "OBX|2|NM|2284-8^Folate^LN||7.9|ng/mL|>5.9||||F",
        "OBX|3|NM|1989-3^25-hydroxyvitamin D^LN||14|ng/mL|30-100|L|||F",
        "OBX|4|NM|2276-4^Ferritin^LN||6|ng/mL|15-150|L|||F",
        "OBX|5|NM|2731-8^PTH intact^LN||92|pg/mL|15-65|H|||F",
        "OBX|6|NM|718-7^Hemoglobin^LN||10.4|g/dL|12.0-15.5|L|||F",
        "OBX|7|NM|2885-2^Protein total^LN||6.1|g/dL|6.0-8.3||||F",
        "NTE|1||Specimen received ambient. Thiamine sent to reference lab.",
    ]
    data = ("\r".join(segs) + "\r").encode()
    body = """Hollis,

Her labs finally came over, looks like the interface dropped them so Northridge emailed the raw
file. Several lows. Haven't been able to reach her by phone (mail came back too). Attaching.

Yesenia
"""
    m = build(MA, PA, "labs - Haddad (raw file from Northridge)", body, date=d,
              atts=[("ORU_" + ts + ".hl7", data, "application", "hl7-v2")])
    return m, "Nour Haddad"


@reg("phi", "struct")
def struct_837():
    d = rdate()
    dt = d.strftime("%Y%m%d")
    yy = d.strftime("%y%m%d")
    hhmm = d.strftime("%H%M")
    ctl = digits(9)
    mem = "BWM" + digits(8)
    segs = [
        f"ISA*00*          *00*          *ZZ*CRBMI0001      *ZZ*BWMHLTH        *{yy}*{hhmm}*^*00501*{ctl}*0*P*:",
        f"GS*HC*CRBMI0001*BWMHLTH*{dt}*{hhmm}*{int(ctl) % 100000}*X*005010X222A1",
        "ST*837*0001*005010X222A1",
        f"BHT*0019*00*{digits(8)}*{dt}*{hhmm}*CH",
        "NM1*41*2*CEDAR RIDGE BARIATRIC AND METABOLIC*****46*CRBMI0001",
        "PER*IC*RENATA SZYMANSKI*TE*6145550182",
        "NM1*40*2*BLUEWATER MUTUAL HEALTH*****46*BWMHLTH",
        "HL*1**20*1",
        "NM1*85*2*CEDAR RIDGE BARIATRIC AND METABOLIC*****XX*1750432986",
        "N3*4410 QUARRY LAKE PKWY STE 300",
        "N4*EASTON FALLS*OH*44923",
        "REF*EI*31-4478210",
        "HL*2*1*22*0",
        "SBR*P*18*GRP88120******CI",
        f"NM1*IL*1*ABADI*SAMIR****MI*{mem}",
        "N3*3321 WESTBROOK DR",
        "N4*EASTON FALLS*OH*44925",
        "DMG*D8*19771030*M",
        "NM1*PR*2*BLUEWATER MUTUAL HEALTH*****PI*BWMHLTH",
        f"CLM*{digits(10)}*165***11:B:1*Y*A*Y*Y",
        "HI*ABK:E6601*ABF:Z6841*ABF:G4733",
        "NM1*82*1*REYES*TAMSIN****XX*1386047715",
        "PRV*PE*PXC*133V00000X",
        "LX*1",
        f"SV1*HC:97803*110*UN*4***1",
        f"DTP*472*D8*{dt}",
        "LX*2",
        f"SV1*HC:S9452*55*UN*1***1",
        f"DTP*472*D8*{dt}",
        "SE*29*0001",
        f"GE*1*{int(ctl) % 100000}",
        f"IEA*1*{ctl}",
    ]
    data = "~\n".join(segs) + "~\n"
    body = f"""Mike,

Clearinghouse rejected this one at the front end (999 said invalid loop 2010BA). Can you compare
against the member card? I think the subscriber ID has an extra digit. File attached as
submitted.

R.{SIG_BILL}

{DISCLAIMER}
"""
    m = build(BILL, staff("Mike", "Farrow"), "837P rejected - batch " + ctl, body, date=d,
              atts=[("CRBMI_837P_" + dt + ".x12", data, "text", "plain")])
    return m, "Samir Abadi"


@reg("phi", "struct")
def struct_271():
    d = rdate()
    dt = d.strftime("%Y%m%d")
    mem = "KSH" + digits(9)
    segs = [
        f"ISA*00*          *00*          *ZZ*KSHPLAN        *ZZ*CRBMI0001      *{d.strftime('%y%m%d')}*{d.strftime('%H%M')}*^*00501*{digits(9)}*0*P*:",
        f"GS*HB*KSHPLAN*CRBMI0001*{dt}*{d.strftime('%H%M')}*1*X*005010X279A1",
        "ST*271*0001*005010X279A1",
        f"BHT*0022*11*{digits(10)}*{dt}*{d.strftime('%H%M')}",
        "HL*1**20*1", "NM1*PR*2*KEYSTONE SUMMIT HEALTH PLAN*****PI*KSHPLAN",
        "HL*2*1*21*1", "NM1*1P*2*CEDAR RIDGE BARIATRIC AND METABOLIC*****XX*1750432986",
        "HL*3*2*22*0", f"NM1*IL*1*ROWE*KENDRA*J***MI*{mem}",
        "N3*58 ORCHARD HILL RD", "N4*GROVEPORT*OH*43125", "DMG*D8*19830211*F",
        "DTP*346*D8*20240101",
        "EB*1*IND*30**GOLD PPO 1500",
        "EB*C*IND*30***23*1500*****Y", "EB*C*IND*30***29*412.50*****Y",
        "EB*A*IND*30***27**.2****Y",
        "EB*CB*IND*BZ***23****Y",
        "MSG*BARIATRIC SURGERY REQUIRES PRIOR AUTH - SEE POLICY MP-S-114",
        "EB*I*IND*BZ**GLP-1 ANTI-OBESITY MEDS",
        "MSG*EXCLUDED UNDER EMPLOYER PLAN DESIGN",
        "SE*22*0001", "GE*1*1", f"IEA*1*{digits(9)}",
    ]
    body = ("Pasting the 271 from this morning's eligibility run since the portal screenshot was unreadable.\n"
            "Bariatric surgery covered w/ PA, but note the GLP-1 exclusion at the bottom - she'll need\n"
            "to know before Dr. A's visit.\n\n" + "~".join(segs) + "~\n\nKevin" + SIG_AUTH)
    m = build(AUTH, [OBMD, RD2], "eligibility - Rowe", body, date=d)
    return m, "Kendra J Rowe"


@reg("phi", "struct")
def struct_fhir():
    d = rdate()
    pid = "pt-" + digits(6)
    bundle = {
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": d.isoformat(),
        "entry": [
            {"resource": {
                "resourceType": "Patient", "id": pid,
                "identifier": [{"system": f"https://{ORG}/mrn", "value": "CR" + digits(7)}],
                "name": [{"family": "Ellison", "given": ["Marcy", "Ann"]}],
                "gender": "female", "birthDate": "1977-08-02",
                "telecom": [{"system": "phone", "value": "614-555-0111", "use": "mobile"}],
                "address": [{"line": ["902 Birchwood Ln"], "city": "Easton Falls", "state": "OH", "postalCode": "44923"}]}},
            {"resource": {
                "resourceType": "MedicationRequest", "id": "mr-" + digits(5), "status": "active",
                "intent": "order",
                "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm",
                                                           "code": "2553506", "display": "semaglutide 1.7 MG in 0.75 ML Auto-Injector"}],
                                              "text": "Wegovy 1.7 mg/0.75 mL pen"},
                "subject": {"reference": f"Patient/{pid}"},
                "authoredOn": earlier(d, 24, 200).date().isoformat(),
                "requester": {"display": "Ruth Abernathy, MD"},
                "dosageInstruction": [{"text": "Inject 1.7 mg subcutaneously once weekly"}],
                "dispenseRequest": {"numberOfRepeatsAllowed": 2, "quantity": {"value": 3, "unit": "mL"}}}},
            {"resource": {
                "resourceType": "Observation", "id": "obs-" + digits(5), "status": "final",
                "code": {"coding": [{"system": "http://loinc.org", "code": "39156-5", "display": "Body mass index"}]},
                "subject": {"reference": f"Patient/{pid}"},
                "effectiveDateTime": earlier(d, 24, 200).date().isoformat(),
                "valueQuantity": {"value": 36.8, "unit": "kg/m2"}}},
        ],
    }
    body = f"""Hi Cedar Ridge integration team,

As discussed on Tuesday's call, below is one of the payloads that failed validation on our side
(MedicationRequest.dispenseRequest missing validityPeriod). This is from your production
feed to the pharmacy benefit prior-auth API. Can you confirm the mapping?

{json.dumps(bundle, indent=2)}

Thanks,
Arjun Mehra
Integration Engineer, ScriptBridge Health
arjun.mehra@scriptbridgehealth.com
"""
    m = build("Arjun Mehra <arjun.mehra@scriptbridgehealth.com>", f"Integration <integration@{ORG}>",
              "FHIR validation failure - MedicationRequest", body, date=d)
    return m, "Marcy Ann Ellison"


@reg("phi", "struct")
def struct_ccda():
    d = rdate()
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.14" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.{digits(5)}" extension="{digits(8)}"/>
  <code code="57133-1" codeSystem="2.16.840.1.113883.6.1" displayName="Referral note"/>
  <title>Referral Note - Bariatric Surgery Evaluation</title>
  <effectiveTime value="{d.strftime('%Y%m%d%H%M%S')}-0500"/>
  <recordTarget>
    <patientRole>
      <id extension="MFM{digits(6)}" root="2.16.840.1.113883.19.5.4410"/>
      <addr use="HP"><streetAddressLine>2716 Sycamore Ridge Dr</streetAddressLine><city>Canal Winchester</city><state>OH</state><postalCode>43110</postalCode></addr>
      <telecom value="tel:+1-614-555-0144" use="MC"/>
      <patient>
        <name use="L"><given>Omar</given><family>Qureshi</family></name>
        <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19910704"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author><time value="{d.strftime('%Y%m%d')}"/><assignedAuthor><id extension="1619083347" root="2.16.840.1.113883.4.6"/>
    <assignedPerson><name><given>Lauren</given><family>Ames</family><suffix>MD</suffix></name></assignedPerson></assignedAuthor></author>
  <component><structuredBody>
    <component><section>
      <code code="42349-1" codeSystem="2.16.840.1.113883.6.1" displayName="Reason for referral"/>
      <title>Reason for Referral</title>
      <text>Evaluation for Roux-en-Y gastric bypass. BMI 41.3. Type 2 diabetes on insulin glargine 40 units nightly, A1c 9.2%.</text>
    </section></component>
    <component><section>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="Medications"/>
      <title>Medications</title>
      <text><list><item>insulin glargine 100 units/mL - 40 units SC qHS</item><item>metformin 1000 mg PO BID</item><item>atorvastatin 20 mg PO daily</item></list></text>
    </section></component>
    <component><section>
      <code code="8716-3" codeSystem="2.16.840.1.113883.6.1" displayName="Vital signs"/>
      <title>Vital Signs</title>
      <text>Wt 131.5 kg, Ht 178 cm, BMI 41.3, BP 142/88</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
    body = """Please see attached referral summary (CCD) for the patient discussed at the info session. Let us
know if you need the full chart.

Millbrook Family Medicine - Referrals
Ph (614) 555-0123 | Fax (614) 555-0124
"""
    m = build("Referrals <referrals@millbrookfamilymed.com>", f"Referrals <referrals@{ORG}>",
              "Referral - CCD attached", body, date=d,
              atts=[("referral_ccd.xml", xml, "text", "xml")])
    return m, "Omar Qureshi"


@reg("phi", "struct")
def struct_app_json():
    d = rdate()
    start = earlier(d, 24 * 20, 24 * 30)
    w = 248.6
    entries = []
    for i in range(8):
        day = start + datetime.timedelta(days=3 * i)
        w = round(w - random.uniform(0.2, 1.4), 1)
        entries.append({"ts": day.strftime("%Y-%m-%dT%H:%M:00"), "weight_lb": w,
                        "protein_g": random.randrange(48, 86), "fluid_oz": random.randrange(38, 70),
                        "vitamins_taken": random.random() > 0.2})
    payload = {
        "export_version": "2.3",
        "app": "RidgeTrack Companion",
        "user": {"display_name": "Paul Marchetti", "email": "pmarchetti@hometownisp.net",
                 "program_id": "CRBMI-" + digits(5), "surgery_date": "2025-01-16", "procedure": "RYGB"},
        "entries": entries,
        "alerts": [{"type": "LOW_PROTEIN", "count": 2}, {"type": "MISSED_VITAMIN", "count": 1}],
    }
    body = f"""[RidgeTrack Companion] Data export requested

A user has shared their tracking data with your care team. The JSON export is attached and a
summary appears below.

User: Paul Marchetti   Program ID: {payload['user']['program_id']}
Entries: {len(entries)}   Latest weight: {w} lb   Alerts: LOW_PROTEIN x2, MISSED_VITAMIN x1

You are receiving this because your clinic is linked to this user's account.
RidgeTrack Companion | support@ridgetrackapp.com
"""
    m = build("RidgeTrack Companion <exports@ridgetrackapp.com>", RD1,
              "Shared tracking data: Paul Marchetti", body, date=d,
              atts=[("ridgetrack_export.json", json.dumps(payload, indent=1), "application", "json")])
    return m, "Paul Marchetti"

# ================================================================ CLEAN: admin

@reg("clean", "admin")
def admin_or_block():
    d = rdate()
    body = f"""Hi all,

Starting the first full week of next month, bariatric block time at the main OR changes:

  - Monday: OR 7, 0700-1530 (Venkataraman) - unchanged
  - Tuesday: OR 7 moves to OR 11 (the room with the 1,000 lb capacity table), 0700-1300 (Hollins)
  - Thursday: OR 7, 0700-1530, alternating surgeons
  - Friday: released to general surgery pool

Block release is now 72 hours instead of 96. Please release unused time in the scheduling system,
not by calling the OR desk. Utilization for last quarter was 81%, so we're in decent shape but
the Friday block was under 50% and perioperative services asked for it back.

Aaliyah will rebuild the templates. Questions to me.

Carla{SIG_PM}
"""
    m = build(PM, [SURG1, SURG2, SCHED], "Bariatric block time changes", body, date=d,
              cc="Periop Services <periop-admin@" + ORG + ">")
    return m, ""


@reg("clean", "admin")
def admin_equipment():
    d = rdate()
    body = f"""Carla,

Quote from Midwest Bariatric Equipment for the clinic refresh, summary:

- 2x extra-wide exam tables, 800 lb capacity, powered - $6,240 ea
- 1x wheelchair scale, 1,000 lb capacity w/ BMI calc + EHR interface - $3,980
- 4x bariatric wheelchairs, 26" seat, 700 lb - $1,120 ea
- 12x large adult and thigh BP cuffs - $38 ea
- 6x armless waiting room chairs (the 750 lb ones, grey vinyl) - $612 ea

Total before freight $27,748. They'll honor the GPO pricing through end of quarter. Delivery
is 4-6 weeks. I'd like to get the wheelchairs and cuffs approved first since the MBSAQIP site
visit checklist calls out appropriate equipment in every exam room.

Let me know if you want me to submit the capital request.

Jolene{SIG_NAV}
"""
    m = build(NAV, PM, "bariatric equipment quote", body, date=d)
    return m, ""


@reg("clean", "admin")
def admin_it_downtime():
    d = rdate()
    dt = d + datetime.timedelta(days=5)
    body = f"""*** PLANNED DOWNTIME NOTICE ***

System: MedTrak EHR (all modules incl. scheduling, results, e-prescribing)
When: {dt.strftime('%A %m/%d/%Y')} 22:00 - {(dt + datetime.timedelta(days=1)).strftime('%A %m/%d/%Y')} 04:00
Reason: version 24.2 upgrade, database maintenance

During downtime:
 - Use the downtime read-only viewer (desktop icon "MT Read Only")
 - Paper prescription pads are in the locked drawer at each nurse station
 - Lab results will queue and post after go-live; critical values will be phoned
 - Do not reschedule visits until scheduling is back up

Ticket reference CHG0031877. Questions: IT Service Desk x4357.

Information Services
{ORGNAME}
"""
    m = build(f"IS Service Desk <servicedesk@{ORG}>", f"All Staff <allstaff@{ORG}>",
              "PLANNED DOWNTIME - MedTrak EHR upgrade", body, date=d)
    return m, ""


@reg("clean", "admin")
def admin_payer_policy():
    d = rdate()
    body = f"""Team,

Heads up on a policy change from Keystone Summit Health Plan, effective for auths requested on or
after the first of next quarter (medical policy MP-S-114, rev. 7):

1. Supervised diet: still 6 months, but now must be CONSECUTIVE, with no gap longer than 45 days
   between visits. Visits with a dietitian, PA/NP or physician all count. Telehealth counts.
2. Each visit note must show weight, and a documented diet/activity plan.
3. Psych evaluation must be dated within 12 months of the auth request (was 18).
4. BMI 35-39.9 requires one qualifying comorbidity documented in the last 12 months.
5. Revisions (sleeve to bypass) require documentation of GERD, stricture or inadequate weight loss,
   plus an EGD within 12 months.

Also: GLP-1s for weight loss remain excluded for most of their fully insured groups, but a
handful of self-funded employers have opted in. Check eligibility every time.

I've updated the pre-req checklist in the shared drive. Please use the new version starting
Monday.

Kevin{SIG_AUTH}
"""
    m = build(AUTH, [RD1, RD2, NAV, PA, OBMD], "Keystone policy update - supervised diet + psych timing",
              body, date=d, cc=PM)
    return m, ""


@reg("clean", "admin")
def admin_facilities():
    d = rdate()
    body = f"""Hi everyone,

Facilities will be replacing the HVAC unit over Conference Room B starting next Monday. For the
next two weeks:

- Tuesday evening support group moves to the Education Center, room 110 (first floor, by the
  cafeteria). Seating for 40, the bariatric chairs are being moved over on Monday.
- Pre-op class (Wednesdays 1pm) moves to Conference Room A.
- Info sessions on Thursday evenings stay in the auditorium as usual.

Signs will be posted at the elevator. Please let patients know if you talk to them.

Thanks,
Benji
"""
    ics = make_ics("crbmi-" + digits(8) + f"@{ORG}", (d + datetime.timedelta(days=8)).replace(hour=18, minute=30),
                   (d + datetime.timedelta(days=8)).replace(hour=20, minute=0),
                   "Support group - TEMP LOCATION Education Ctr 110", "Education Center Rm 110",
                   "Room change during HVAC work", f"frontdesk@{ORG}")
    m = build(FRONT, f"Bariatric Team <bariatric-team@{ORG}>", "Room changes - HVAC work next 2 weeks",
              body, date=d, atts=[("room_change.ics", ics, "text", "calendar")])
    return m, ""


@reg("clean", "admin")
def admin_meeting():
    d = rdate()
    body = f"""Agenda - MBSAQIP Reaccreditation Prep, Thursday 7:30 AM, Conf Rm A / Teams

1. Site visit date & logistics (Carla)
2. Data collection - MBSAQIP registry completion status, 30-day follow-up rate (goal > 95%)
   (Jolene)
3. Standards review: 5.1 (bariatric-appropriate equipment), 6.2 (patient education),
   7.1 (quality improvement initiative) - owners to confirm evidence binders
4. QI project: reducing 30-day readmissions for dehydration - update on post-discharge
   phone call protocol (Hollis)
5. Policy review: VTE prophylaxis, post-op diet progression, vitamin supplementation
   guideline (Dana)
6. Open items

Please review the draft policy documents in the Accreditation folder before the meeting.

Carla{SIG_PM}
"""
    html = html_wrap(p2html(body))
    m = build(PM, f"Bariatric Committee <bariatric-committee@{ORG}>", "Agenda: MBSAQIP prep - Thursday",
              body, date=d, html=html)
    return m, ""


@reg("clean", "admin")
def admin_contract():
    d = rdate()
    q = earlier(d, 30, 100)
    body = f"""Renata,

Confirming the terms we discussed for the Bluewater Mutual bariatric case rate amendment:

- CPT 43775 (lap sleeve): global case rate $14,850 (facility + professional), 90-day global
- CPT 43644 (lap RYGB): $17,600
- CPT 43659/43999 revisions: paid at 85% of billed, subject to pre-service review
- Nutrition counseling 97802/97803: $38.50 per 15-minute unit, max 12 units per year outside
  the global
- Outlier threshold: LOS > 5 days paid per diem at $2,150
- Timely filing: 120 days from DOS

Redlines are due back by the 15th. I'll send the clean copy for signature after legal reviews.

Best,
Nathan Crowe
Provider Contracting Manager
Bluewater Mutual Health
ncrowe@bluewatermutual-health.com | 614-555-0152

{DISCLAIMER}

-----Original Message-----
From: Renata Szymanski <renata.szymanski@{ORG}>
Sent: {fmt_outlook(q)}
To: Nathan Crowe
Subject: case rate amendment

Nathan - can you send the summary of terms in writing before I take it to our CFO? Thanks. R
"""
    m = build("Nathan Crowe <ncrowe@bluewatermutual-health.com>", BILL, "RE: case rate amendment",
              body, date=d, cc=PM)
    return m, ""

# ================================================================ CLEAN: lookalike

@reg("clean", "lookalike")
def look_invoice():
    d = rdate()
    inv = "INV-" + digits(7)
    po = "PO" + digits(6)
    body = f"""Thank you for your order! Invoice {inv} is attached.

Bill to: {ORGNAME}, Accounts Payable, {ORGADDR}
Customer #: C-{digits(5)}     PO #: {po}     Terms: Net 30

Item            Description                                  Lot         Exp       Qty   Ext
BP-VAN-20       Whey isolate shake, vanilla, 20 srv           L24{digits(5)}   2026-03   24    $623.76
BP-CHOC-20      Whey isolate shake, chocolate, 20 srv         L24{digits(5)}   2026-02   24    $623.76
BC-CHEW-90      Bariatric multivitamin chewable, citrus 90ct  V{digits(6)}    2025-11   36    $539.64
CAL-CIT-500     Calcium citrate 500 mg soft chew, 60ct        C{digits(6)}    2025-12   36    $467.64
SMPL-KIT        Patient sample kits (assorted)                -           -         200   $0.00

Subtotal $2,254.80   Freight $48.00   Total $2,302.80
Remit to: BariNutrition Supply Co., PO Box 88123, Indianapolis IN 46208

Questions? ar@barinutritionsupply.com | 1-800-555-0176
"""
    pdf = make_pdf([f"BariNutrition Supply Co.   INVOICE {inv}", f"PO {po}   Date {short(d)}",
                    "Total due: $2,302.80   Terms: Net 30"])
    m = build("BariNutrition Billing <ar@barinutritionsupply.com>", f"Accounts Payable <ap@{ORG}>",
              f"Invoice {inv} for PO {po}", body, date=d, cc=NAV,
              atts=[(inv + ".pdf", pdf, "application", "pdf")])
    return m, ""


@reg("clean", "lookalike")
def look_ndc():
    d = rdate()
    body = f"""Weekly GLP-1 / GIP-GLP-1 supply status (outpatient pharmacy + retail partners), week ending {short(d)}

Product                     Strength        NDC                         Status
Wegovy pen                  0.25 mg/0.5 mL  0169-4525-14                available
Wegovy pen                  0.5 mg/0.5 mL   0169-4505-14                available
Wegovy pen                  1 mg/0.5 mL     0169-4501-14                LIMITED
Wegovy pen                  1.7 mg/0.75 mL  0169-4517-14                BACKORDER (est 3 wks)
Wegovy pen                  2.4 mg/0.75 mL  0169-4524-14                available
Zepbound pen                2.5 mg/0.5 mL   0002-1506-80                available
Zepbound pen                5 mg/0.5 mL     0002-1495-80                LIMITED
Zepbound pen                7.5 mg/0.5 mL   0002-1484-80                BACKORDER
Zepbound pen                10 mg/0.5 mL    0002-1471-80                available

Notes: wholesaler allocation is 40 pens/week for our outpatient pharmacy. Compounded
semaglutide is NOT dispensed by our pharmacy per P&T policy 2024-17. Prescribers: please use
the dose-hold guidance on the intranet when a strength is on backorder.

Outpatient Pharmacy Purchasing
x3310
"""
    m = build(f"Rx Purchasing <rx-purchasing@{ORG}>", f"Weight Mgmt Prescribers <wm-prescribers@{ORG}>",
              "GLP-1 supply status - weekly", body, date=d)
    return m, ""


@reg("clean", "lookalike")
def look_codes():
    d = rdate()
    body = """Coders/front desk - updated quick reference for bariatric & weight management. Laminated copies
at each station Monday.

PROCEDURES (CPT)
 43644  Lap gastric bypass, Roux-en-Y, limb <= 150 cm
 43645  Lap gastric bypass w/ small intestine reconstruction
 43775  Lap sleeve gastrectomy
 43774  Lap removal of adjustable gastric band and port
 43659  Unlisted lap procedure, stomach (revisions - needs op note)
 43235  EGD, diagnostic
 15830  Panniculectomy (body contouring - needs PA + photos)
 97802  MNT initial, each 15 min
 97803  MNT re-assessment, each 15 min
 G0447  Face-to-face behavioral counseling for obesity, 15 min
 96130  Psych evaluation, first hour

DIAGNOSES (ICD-10-CM)
 E66.01   Morbid (severe) obesity due to excess calories
 E66.811  Obesity class 1   E66.812 class 2   E66.813 class 3
 Z68.35-Z68.45  BMI adult categories (35.0 through 70+)
 Z98.84   Bariatric surgery status
 K91.1    Postgastric surgery syndromes (dumping)
 E53.8    Deficiency of other B group vitamins
 D50.8    Other iron deficiency anemias
 L98.7    Excessive and redundant skin and subcutaneous tissue

Reminder: Z68 codes can never be primary.

Renata Szymanski, CPC
Billing Lead | ext. 252
"""
    m = build(BILL, f"Front Desk <frontdesk@{ORG}>", "Code cheat sheet - 2025 update", body, date=d,
              cc=staff("Mike", "Farrow"))
    return m, ""


@reg("clean", "lookalike")
def look_directory():
    d = rdate()
    rows = [
        ("Main scheduling", MAIN, "", FAX),
        ("Nurse line (Jolene Fairweather, RN)", MAIN, "214", ""),
        ("Prior auth (Kevin Osei)", MAIN, "240", "(614) 555-0198"),
        ("Dietitians (Kowalczyk / Reyes)", MAIN, "231 / 233", ""),
        ("Psychology (Lorna Bright, PsyD)", MAIN, "226", ""),
        ("Billing (Renata Szymanski)", MAIN, "252", "(614) 555-0197"),
        ("Refills", MAIN, "260", "(614) 555-0196"),
        ("Surgery scheduling (Aaliyah Boone)", MAIN, "218", ""),
        ("After hours answering service", "(614) 555-0100", "", ""),
        ("Outpatient pharmacy", "(614) 555-0131", "", "(614) 555-0132"),
        ("Lachance Plastic Surgery (contouring referrals)", "(614) 555-0145", "", "(614) 555-0146"),
    ]
    lines = [f"{a:<48} {b:<16} {c:<10} {e}" for a, b, c, e in rows]
    body = ("Updated department phone list - please replace the one at your desk.\n\n"
            f"{'Line':<48} {'Phone':<16} {'Ext':<10} Fax\n" + "-" * 90 + "\n" + "\n".join(lines) +
            "\n\nPager for on-call surgeon: via answering service only.\n\nBenji\n")
    m = build(FRONT, f"Bariatric Team <bariatric-team@{ORG}>", "phone list (updated)", body, date=d,
              atts=[("phone_list.csv", csv_text([["Line", "Phone", "Ext", "Fax"]] + [list(r) for r in rows]),
                     "text", "csv")])
    return m, ""


@reg("clean", "lookalike")
def look_tracking():
    d = rdate()
    trk = "1Z" + "".join(random.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16))
    body = f"""Your shipment is on its way!

Order #: MBE-{digits(6)}
Ship date: {short(d)}
Carrier: ParcelWay Freight   Tracking: {trk}
Estimated delivery: {short(d + datetime.timedelta(days=4))}

Items shipped:
  1 x Wheelchair scale WCS-1000B     Serial: WCS1000B-{digits(7)}
  4 x Bariatric wheelchair BW-26     Serials: BW26-{digits(6)}, BW26-{digits(6)}, BW26-{digits(6)}, BW26-{digits(6)}
  12 x BP cuff, thigh/large adult   Lot: CF{digits(5)}

Ship to: {ORGNAME}, Receiving Dock B, Attn: Jolene Fairweather

Liftgate delivery required. Please inspect before signing.

Midwest Bariatric Equipment | orders@midwestbariatricequip.com | 1-888-555-0163
"""
    m = build("Midwest Bariatric Equipment <orders@midwestbariatricequip.com>", NAV,
              "Shipped: order MBE - tracking " + trk, body, date=d)
    return m, ""


@reg("clean", "lookalike")
def look_stats():
    d = rdate()
    body = f"""Quarterly outcomes dashboard (registry data, all patients aggregated)

                              This qtr     Prior qtr    MBSAQIP benchmark
Sleeve gastrectomy (n)          142          128           -
RYGB (n)                         61           57           -
Revisions (n)                    14           11           -
Mean LOS, days                  1.3          1.4          1.5
30-day readmission              3.1%         4.0%         4.6%
30-day reoperation              0.5%         0.5%         1.0%
30-day follow-up completed     97.2%        95.8%         -
%EWL at 12 mo (sleeve)          61%          59%           -
%TWL at 12 mo (RYGB)            31%          30%           -
Info session attendees          311          287           -
Med weight mgmt new pts         204          176           -

Top readmission reason remains dehydration/nausea (n=4). The post-discharge day-2 phone call
started mid-quarter; we'll have a full quarter of data next time.

Prepared by Quality & Outcomes. Internal use only.
"""
    png = make_logo_png()
    html = html_wrap("<pre>" + body.replace("&", "&amp;").replace("<", "&lt;") + "</pre>")
    m = build(f"Quality & Outcomes <quality@{ORG}>", f"Bariatric Committee <bariatric-committee@{ORG}>",
              "Q outcomes dashboard", body, date=d, html=html,
              atts=[("crbmi_logo.png", png, "image", "png")])
    return m, ""


@reg("clean", "lookalike")
def look_credentialing():
    d = rdate()
    body = f"""Hi Carla,

For the payer re-credentialing packet, here's what I have on file. Please confirm nothing has
changed.

Provider                          NPI          OH License        DEA exp      Board cert exp
Priya Venkataraman, MD, FACS      1457382901   35.1{digits(5)}      06/30/2026   12/31/2031
Marcus Hollins, MD, FACS          1902846613   35.1{digits(5)}      02/28/2027   12/31/2028
Ruth Abernathy, MD, DABOM         1083951247   35.1{digits(5)}      09/30/2025   12/31/2030
Hollis Grant, PA-C                1669430825   50.00{digits(4)}     11/30/2026   NCCPA 2026
Dana Kowalczyk, MS, RD, LD        1386047702   LD.{digits(6)}       n/a          CDR 05/2026
Tamsin Reyes, RDN, LD             1386047715   LD.{digits(6)}       n/a          CDR 05/2027
Lorna Bright, PsyD                1215570398   P.{digits(6)}        n/a          n/a

Group NPI 1750432986, TIN 31-4478210. CAQH attestations are due by the 30th for Dr. Hollins
and Tamsin.

Thanks,
Jeanette Liu
Medical Staff Credentialing
"""
    m = build(staff("Jeanette", "Liu"), PM, "Re-credentialing - provider numbers", body, date=d)
    return m, ""

# ================================================================ CLEAN: news

@reg("clean", "news")
def news_patient_newsletter():
    d = rdate()
    body = f"""THE RIDGE REPORT - Cedar Ridge Bariatric & Metabolic Institute patient newsletter

IN THIS ISSUE
 * Protein on the go: 5 snacks with 10+ grams
 * Why your vitamins matter for life
 * Support group calendar
 * Ask the dietitian: "Why do I feel full so fast?"

PROTEIN ON THE GO
Plain Greek yogurt (15 g), a cheese stick and a few almonds (9 g), tuna pouch (17 g),
two hard-boiled eggs (12 g), cottage cheese with cinnamon (14 g per half cup).

WHY YOUR VITAMINS MATTER FOR LIFE
After sleeve gastrectomy or gastric bypass your body absorbs some vitamins and minerals less
well. Deficiencies of B12, iron, vitamin D and calcium can develop slowly, years after surgery.
That's why we check labs every year, even when you feel great. Take your bariatric multivitamin
daily and keep calcium citrate at least two hours apart from iron.

SUPPORT GROUP CALENDAR
Tuesdays 6:30 PM - in person (Education Center, room 110 this month)
Thursdays 12:00 PM - virtual
Last Saturday of the month - family & friends session

ASK THE DIETITIAN
"Eat slowly, put your fork down between bites, and stop at the first sign of fullness. Your new
stomach sends signals faster than you're used to." - Dana Kowalczyk, MS, RD

You are receiving this newsletter because you subscribed at {ORG}.
Unsubscribe: https://{ORG}/newsletter/unsubscribe | {ORGADDR}
"""
    html = html_wrap("<h2 style=\"color:#266e60\">The Ridge Report</h2>" + p2html(body))
    m = build(f"The Ridge Report <newsletter@{ORG}>", f"Newsletter subscribers <newsletter-list@{ORG}>",
              "The Ridge Report: protein on the go + why vitamins matter", body, date=d, html=html,
              extra={"List-Unsubscribe": f"<https://{ORG}/newsletter/unsubscribe>"})
    return m, ""


@reg("clean", "news")
def news_public_health():
    d = rdate()
    body = """OHIO DEPARTMENT OF COMMUNITY HEALTH - CHRONIC DISEASE BULLETIN (summary)

Adult obesity, statewide (self-reported survey, most recent year):
 - Adult obesity prevalence: 36.4% (95% CI 35.1-37.7), up from 34.8% five years earlier
 - Severe obesity (BMI >= 40): 9.8%
 - Highest prevalence in adults 45-64 (41.2%)
 - Counties above 40%: 23 of 88

Only an estimated 1-2% of eligible adults undergo metabolic and bariatric surgery each year.
Use of anti-obesity medications increased sharply over the last two years, with supply
constraints reported for several strengths.

Recommended actions for clinicians: measure BMI at every visit, discuss evidence-based treatment
options including intensive behavioral therapy, pharmacotherapy and metabolic surgery, and refer
where appropriate.

Full data tables: communityhealth-oh.example.org/bulletins
This bulletin is distributed to registered clinical partners. Please do not reply.
"""
    m = build("Chronic Disease Bulletin <bulletins@communityhealth-oh.example.org>",
              f"Program Manager <carla.mendez@{ORG}>", "Bulletin: adult obesity prevalence update", body, date=d)
    return m, ""


@reg("clean", "news")
def news_journal_club():
    d = rdate()
    body = f"""Journal club this month - summary for those who missed it

Topic: Incretin-based pharmacotherapy before and after metabolic surgery

1. Trials of once-weekly GIP/GLP-1 co-agonists report mean total body weight loss in the
   range of 15-21% at ~72 weeks in adults without diabetes; GLP-1 monotherapy roughly 12-15%.
2. Discontinuation studies show substantial weight regain within a year of stopping in most
   participants - relevant to how we counsel about shortages and insurance loss.
3. Small retrospective series suggest GLP-1 therapy after sleeve gastrectomy for weight regain
   produces an additional ~8-12% TWL. Evidence quality low; no RCTs yet.
4. Pre-operative use to reduce liver volume: mixed data, and aspiration risk with delayed
   gastric emptying means we should keep following the anesthesia hold guidance.

Discussion points: building a regain pathway (RD + psych + meds before revision), and
what lean-mass monitoring we can realistically offer.

Next month: Hollis presents on thiamine deficiency screening.

Ruth
"""
    m = build(OBMD, f"Bariatric Team <bariatric-team@{ORG}>", "Journal club recap - incretins & surgery",
              body, date=d)
    return m, ""


@reg("clean", "news")
def news_webinar_marketing():
    d = rdate()
    ev = d + datetime.timedelta(days=12)
    body = f"""Is weight loss surgery right for you?

Join our FREE online information session on {ev.strftime('%A, %B')} {ev.day} at 6:30 PM.

Learn about:
 - Sleeve gastrectomy and gastric bypass: how they work
 - Medical weight management and today's weight-loss medications
 - What insurance usually requires (and how our team helps)
 - Life after surgery: nutrition, exercise, support groups

Meet our surgeons Dr. Priya Venkataraman and Dr. Marcus Hollins, and our dietitians.
Attending a session is the first step to becoming a patient in our program.

Register: https://{ORG}/info-session
Questions? Call {MAIN}.

{ORGNAME} - Accredited Comprehensive Center
{ORGADDR}
You're receiving this because you requested information from us. Unsubscribe anytime.
"""
    html = html_wrap(
        "<table width=\"600\" style=\"border:1px solid #ddd\"><tr><td style=\"background:#266e60;color:#fff;padding:16px\">"
        "<h1 style=\"margin:0\">Is weight loss surgery right for you?</h1></td></tr><tr><td style=\"padding:16px\">"
        + p2html(body) + "<p><a href=\"https://" + ORG + "/info-session\" style=\"background:#266e60;color:#fff;padding:8px 16px;text-decoration:none\">Register now</a></p>"
        "</td></tr></table>")
    m = build(f"Cedar Ridge Bariatric <events@{ORG}>", "undisclosed-recipients:;",
              "FREE info session - Is weight loss surgery right for you?", body, date=d, html=html,
              atts=[("cedar_ridge_logo.png", make_logo_png(), "image", "png")])
    return m, ""


@reg("clean", "news")
def news_employer_wellness():
    d = rdate()
    body = f"""TARRANT FREIGHT LINES - WELLNESS WIRE

MOVE MORE MARCH is here!
Log your steps in the WellPath app between March 1-31. Teams of 4-6. Top three depots win a
catered lunch; every participant who logs 20 days earns 500 wellness points.

HEALTHY WEIGHT BENEFIT - NOW AVAILABLE AT MORE LOCATIONS
Our Healthy Weight track now includes Cedar Ridge Bariatric & Metabolic Institute as a
participating program. Enrolled employees can attend information sessions, dietitian visits and
medical weight management with no copay for the first six visits. Your participation details stay
between you and your provider; the company only receives attendance confirmation if you sign a
release.

LUNCH & LEARN
"Fueling the overnight shift" with a registered dietitian, Break Room B, the 18th at 2:00 AM
and 2:00 PM.

Questions: wellness@tarrantfreight.com | 614.555.0175
"""
    m = build("Tarrant Wellness <wellness@tarrantfreight.com>", "All Employees <all@tarrantfreight.com>",
              "Wellness Wire: Move More March + Healthy Weight update", body, date=d,
              cc=f"Partner programs <partners@{ORG}>")
    return m, ""


@reg("clean", "news")
def news_shortage_bulletin():
    d = rdate()
    body = """STATE PHARMACY ASSOCIATION - DRUG SHORTAGE UPDATE

Incretin products (weight management indications):
 - Several strengths of semaglutide and tirzepatide auto-injectors remain on the national
   shortage list with intermittent availability. Manufacturers report increased production;
   allocations to wholesalers continue.
 - Pharmacists are reminded that compounding during and after shortages is subject to federal
   and state requirements. Verify API sourcing and labeling.
 - Counsel patients not to use products purchased from unverified online sellers.

Practice tips: coordinate with prescribers on dose-hold or step-down plans; document
substitution conversations; consider multi-pharmacy stock checks for patients mid-titration.

Member resources: statepharmacy-assoc.example.org/shortages
"""
    m = build("SPA Member Updates <updates@statepharmacy-assoc.example.org>", f"Rx Purchasing <rx-purchasing@{ORG}>",
              "Drug shortage update - incretin products", body, date=d)
    return m, ""

# ================================================================ CLEAN: staff

@reg("clean", "staff")
def staff_rd_schedule():
    d = rdate()
    body = """Here's the RD clinic schedule for next month. Please check and tell me by Friday if anything's off.

             Mon          Tue          Wed             Thu           Fri
Wk 1     Dana         Tamsin       Dana (AM)       Tamsin        Dana / group
                                   Priscilla (PM)
Wk 2     Priscilla    Dana         Tamsin          Dana          Tamsin / group
Wk 3     Dana         Tamsin       Priscilla       Tamsin        Dana / group
Wk 4     Tamsin       Priscilla    Dana            Dana          Priscilla / group

Pre-op class (Wed 1pm): rotates Dana / Tamsin / Priscilla / Dana.
Info session RD table (Thu evenings): Tamsin wk 1 & 3, Priscilla wk 2 & 4.

Dana Kowalczyk, MS, RD, LD - Lead Dietitian
"""
    m = build(RD1, [RD2, staff("Priscilla", "Amaro")], "RD schedule - next month", body, date=d, cc=FRONT)
    return m, ""


@reg("clean", "staff")
def staff_oncall():
    d = rdate()
    body = f"""Holiday weekend call - bariatric surgery & weight management

Fri 5pm - Sat 7am    Dr. Marcus Hollins      cell via answering svc
Sat 7am - Sun 7am    Dr. Priya Venkataraman
Sun 7am - Mon 7am    Dr. Marcus Hollins
Mon 7am - Tue 7am    Dr. Priya Venkataraman

APP backup: Hollis Grant, PA-C (Sat/Sun), Ruth Abernathy, MD covers med weight mgmt phone calls
Nurse line callbacks: Jolene Fairweather, RN (Sat AM only)

Answering service: (614) 555-0100. Please keep your phones on and charged!

Aaliyah{SIG_SCHED}
"""
    m = build(SCHED, f"Bariatric Team <bariatric-team@{ORG}>", "holiday weekend on-call", body, date=d)
    return m, ""


@reg("clean", "staff")
def staff_open_enrollment():
    d = rdate()
    body = f"""Reminder: Open enrollment for employee benefits closes Friday at 11:59 PM.

What's new this year:
 - Medical plan premiums increase 4.2% for the PPO, 0% for the HDHP
 - HSA employer contribution rises to $750 (single) / $1,500 (family)
 - New: EAP sessions increase from 6 to 8 per issue
 - Dental vision carriers unchanged

If you do nothing, your current elections roll over except for FSA, which must be re-elected.

Log in to the benefits portal from the intranet home page. Benefits office hours: Tue & Thu 10-2,
HR Suite 140, or call x2250.

Human Resources - Benefits Team
{ORGNAME}
"""
    m = build(f"HR Benefits <benefits@{ORG}>", f"All Staff <allstaff@{ORG}>", "Open enrollment ends Friday",
              body, date=d)
    return m, ""


@reg("clean", "staff")
def staff_celebration():
    d = rdate()
    body = """Hi team!!

Jolene hits 10 years with the program next Thursday (!!!). We're doing a potluck lunch in
Conference Room A at 12:15. Sign-up sheet is on the fridge - I know, we're a bariatric center,
so yes there will be a protein-packed option AND cake.

Collecting for a gift card, see Benji by Wednesday. Shhh, it's a surprise.

Carla
"""
    html = html_wrap("<p style=\"font-size:14pt\">&#127881; <b>10 YEARS!</b> &#127881;</p>" + p2html(body))
    m = build(PM, f"Bariatric Team minus JF <bariatric-team-nojf@{ORG}>", "shhh - Jolene's 10 yr anniversary",
              body, date=d, html=html)
    return m, ""


@reg("clean", "staff")
def staff_leave():
    d = rdate()
    body = f"""Hi all,

Tamsin will be on a leave of absence from April 1 through June 30. Please don't ask her about
it, she'd just like to get her work wrapped up before then.

Coverage plan:
 - Medical weight management RD visits: Dana (Mon/Wed) and Priscilla (Tue/Thu)
 - Supervised diet program documentation review for auths: Priscilla
 - Thursday virtual group: Lorna will facilitate
 - Pre-req tracker: Kevin will own while she's out

Front desk will re-template her schedule this week. Thanks for pitching in.

Carla{SIG_PM}
"""
    m = build(PM, [RD1, staff("Priscilla", "Amaro"), PSY, AUTH, FRONT], "Tamsin - leave coverage Apr-Jun",
              body, date=d)
    return m, ""


@reg("clean", "staff")
def staff_payroll():
    d = rdate()
    body = """All,

Because of the holiday, timecards for the current pay period must be approved by Wednesday at
noon instead of Friday. Managers, please approve by Wednesday 5 PM. Missed punches need an
exception form signed by your supervisor.

Pay date is not affected.

Payroll Services x2275
"""
    m = build(f"Payroll <payroll@{ORG}>", f"All Staff <allstaff@{ORG}>", "Timecard deadline moved - holiday",
              body, date=d)
    return m, ""


@reg("clean", "staff")
def staff_new_hire():
    d = rdate()
    body = f"""Please welcome Dr. Samuel Achebe-Ross, PsyD, who joins us on the 3rd as our second psychologist!

Sam comes to us from a hospital-based eating disorders program where he spent six years. He's
licensed in Ohio and Pennsylvania and has special interest in binge eating disorder and
adolescent weight management. He'll be doing pre-surgical evaluations Mon/Wed/Fri and co-leading
Tuesday support group with Lorna.

His office is 318, extension 227. Badge and MedTrak access are set up (thanks IS). Say hi!

Carla{SIG_PM}
"""
    m = build(PM, f"Bariatric Team <bariatric-team@{ORG}>", "Welcome Dr. Achebe-Ross!", body, date=d)
    return m, ""

# ================================================================ CLEAN: training

@reg("clean", "training")
def train_quiz():
    d = rdate()
    body = """New staff orientation - post-op diet stages quiz (answers at bottom, don't peek)

1. Stage 1 (clear liquids) usually lasts:
   a) 1-2 days  b) 2 weeks  c) 1 month
2. Which is an appropriate stage 2 full-liquid item?
   a) chicken noodle soup with noodles  b) protein shake  c) mashed potatoes
3. Daily protein goal most programs use after surgery:
   a) 20-30 g  b) 60-80 g  c) 150 g
4. Patients should wait how long after a meal before drinking?
   a) 0 min  b) 30 min  c) 3 hours
5. Calcium citrate should be separated from the iron supplement by at least:
   a) 15 min  b) 2 hours  c) it doesn't matter
6. True/False: a patient who "feels fine" doesn't need annual vitamin labs.

Answers: 1a, 2b, 3b, 4b, 5b, 6 False.

Dana
"""
    m = build(RD1, [MA, staff("Priscilla", "Amaro")], "orientation quiz - diet stages", body, date=d)
    return m, ""


@reg("clean", "training")
def train_ehr_script():
    d = rdate()
    rows = [
        ["Step", "Test patient", "Test MRN", "Action", "Expected result", "Pass/Fail"],
        ["1", "ZZTEST, BARIATRIC ONE", "TST9900001", "Create supervised diet visit (month 1)", "Visit counter shows 1 of 6", ""],
        ["2", "ZZTEST, BARIATRIC ONE", "TST9900001", "Enter weight 300 lb, height 70 in", "BMI auto-calc 43.0", ""],
        ["3", "ZZTEST, BARIATRIC TWO", "TST9900002", "Order bariatric annual lab panel", "Panel expands to 9 tests", ""],
        ["4", "ZZTEST, BARIATRIC TWO", "TST9900002", "Enter B12 result 150 (low)", "Abnormal flag + RN in-basket msg", ""],
        ["5", "ZZTEST, WEIGHTMGMT", "TST9900003", "E-prescribe GLP-1, select backordered strength", "Shortage banner displays", ""],
        ["6", "ZZTEST, WEIGHTMGMT", "TST9900003", "Print pre-req checklist", "Checklist shows payer rule set v7", ""],
    ]
    body = f"""Super users,

Attached is the test script for the MedTrak 24.2 bariatric module. Use ONLY the ZZTEST patients in
the TRAIN environment (never production). Record pass/fail and screenshot any failures to the
ticket. Testing window is Tue-Thu this week.

IS Clinical Applications
"""
    m = build(f"Clinical Apps <clinicalapps@{ORG}>", f"Bariatric Super Users <bari-superusers@{ORG}>",
              "UAT script - bariatric module 24.2", body, date=d,
              atts=[("UAT_bariatric_24-2.xlsx", make_xlsx(rows, "UAT"), "application",
                     "vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
    return m, ""


@reg("clean", "training")
def train_case_study():
    d = rdate()
    body = """Case for Thursday's fellows' teaching session (de-identified composite, no real patient):

A woman in her early 40s, BMI 46, with obstructive sleep apnea, hypertension and GERD, completed a
6-month supervised diet program with 4% weight loss. Psychological evaluation notes a history of
binge eating, currently in remission with therapy. She asks about sleeve gastrectomy because a
friend had one.

Discussion questions:
 1. Which procedure would you recommend and why? How does GERD change the discussion?
 2. What pre-operative work-up is needed?
 3. How would you counsel on long-term vitamin supplementation?
 4. Two years later she has regained 15% of lost weight. What is your stepwise approach?

Bring your answers, we'll go through them as a group.

Priya
"""
    m = build(SURG1, f"Surgery Fellows <surg-fellows@{ORG}>", "Thursday teaching case", body, date=d, cc=SURG2)
    return m, ""


@reg("clean", "training")
def train_preauth():
    d = rdate()
    body = """Prior auth training - worked example (fictitious member)

Member: Jane Sample (FICTITIOUS)   Member ID: SAMPLE-000000   Plan: Example Health PPO
Request: lap sleeve gastrectomy, CPT 43775

Checklist walk-through:
 [x] BMI >= 40, or >= 35 with comorbidity - Jane Sample: BMI 41 (sample value)
 [x] 6 months consecutive supervised diet - visits dated month 1 through month 6, no gap > 45 days
 [x] Psych eval within 12 months
 [x] Nutrition evaluation by RD
 [ ] Sleep study - not required by this sample payer
 [x] PCP letter of medical necessity

Common mistakes we see:
 - submitting with visit 6 scheduled but not yet completed
 - weights missing from telehealth notes
 - psych letter says "conditional" without the follow-up documentation

Practice exercise: fill out the blank form in the shared drive using the sample data above and
send it to me by Friday.

Kevin
"""
    m = build(AUTH, [MA, FRONT, staff("Priscilla", "Amaro")], "PA training - worked example", body, date=d)
    return m, ""


@reg("clean", "training")
def train_hl7_test():
    d = rdate()
    ts = hl7ts(d)
    segs = [
        f"MSH|^~\\&|MEDTRAK|CRBMI|LABCORE|NORTHRIDGE_LAB|{ts}||ORM^O01|TEST{digits(6)}|T|2.5.1",
        "PID|1||TST9900002^^^CRBMI^MR||ZZTEST^BARIATRIC^TWO||19000101|U",
        f"ORC|NW|TST{digits(5)}",
        f"OBR|1|TST{digits(5)}||BARI1^Bariatric annual panel^L|||{ts}",
    ]
    body = ("Northridge - for interface validation in the TEST environment only (processing ID = T).\n"
            "Dummy patient, not a real person. Please confirm you receive the ORM and return a test ORU with\n"
            "a low B12 so we can check abnormal flag routing.\n\n" + "\n".join(segs) +
            "\n\nThanks,\nDevon Pratt\nInterface Analyst, Information Services\n")
    m = build(staff("Devon", "Pratt"), "Interface Team <interfaces@northridgelab.com>",
              "TEST env - ORM for bariatric panel validation", body, date=d)
    return m, ""


@reg("clean", "training")
def train_group_facilitator():
    d = rdate()
    doc = make_docx([
        "Support Group Facilitator Training - Role-play Scenarios",
        "All names below are fictional and used for practice only.",
        "Scenario 1: 'Pat' (fictional) dominates the discussion every week with stories about regain. "
        "Practice redirecting while validating.",
        "Scenario 2: 'Chris' (fictional) mentions skipping vitamins because they're expensive. "
        "Practice responding without giving individual medical advice and pointing to the nurse line.",
        "Scenario 3: A family member attending asks the group about a specific person's surgery. "
        "Practice explaining the group's confidentiality agreement.",
        "Debrief questions: What felt natural? What would you say differently?",
    ])
    body = f"""Hi facilitators,

Attached are the role-play scenarios for Saturday's facilitator training (9-12, Conf Rm A). Please
read through before you come. Coffee and (sugar-free) snacks provided.

Lorna{SIG_PSY}
"""
    m = build(PSY, f"Group Facilitators <group-facilitators@{ORG}>", "Facilitator training Saturday - scenarios",
              body, date=d, atts=[("roleplay_scenarios.docx", doc, "application",
                                   "vnd.openxmlformats-officedocument.wordprocessingml.document")])
    return m, ""

# ================================================================ main

EXPECTED = {
    ("phi", "care"): 8, ("phi", "ids"): 8, ("phi", "lang"): 8, ("phi", "lists"): 7,
    ("phi", "names"): 8, ("phi", "self"): 7, ("phi", "struct"): 7,
    ("clean", "admin"): 7, ("clean", "lookalike"): 7, ("clean", "news"): 6,
    ("clean", "staff"): 7, ("clean", "training"): 6,
}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    rows = []
    counts = {}
    for key, n in EXPECTED.items():
        fns = REGISTRY.get(key, [])
        if len(fns) != n:
            raise SystemExit(f"{key}: have {len(fns)} generators, need {n}")
        label, kind = key
        for i, fn in enumerate(fns, 1):
            m, patient = fn()
            fname = f"{label}-{kind}-{i:03d}.eml"
            data = m.as_bytes(policy=policy.SMTP)
            back = email.message_from_bytes(data, policy=policy.default)
            if str(back["Subject"]) != str(m["Subject"]):
                raise SystemExit(f"{fname}: subject does not round-trip: {back['Subject']!r}")
            with open(os.path.join(out, fname), "wb") as fh:
                fh.write(data)
            rows.append([fname, label, kind, patient])
            counts[key] = counts.get(key, 0) + 1
    with open(os.path.join(out, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    for (label, kind), c in counts.items():
        print(f"{label}-{kind}: {c}")
    print(f"total: {sum(counts.values())}")


if __name__ == "__main__":
    main()
