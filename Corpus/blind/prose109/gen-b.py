#!/usr/bin/env python3
"""Blind evaluation mail for a civil surgeon (immigration medical exam) practice.

Usage: python3 gen.py OUTDIR
Standard library only; deterministic (random.seed(SEED)).
Everything here is invented: people, numbers, organisations, addresses.
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
import datetime
from collections import OrderedDict
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

SEED = 10902
random.seed(SEED)

# ---------------------------------------------------------------------------
# the practice and the people around it
# ---------------------------------------------------------------------------
DOM = "northgatecsc.com"
CLINIC = "Northgate Civil Surgeon Clinic"
CLINIC_ADDR = "1840 Larkspur Commons Dr, Suite 210, Harlow Ridge, NJ 07093"
CLINIC_TEL = "(908) 555-0162"
CLINIC_FAX = "(908) 555-0179"

P = {
    "ferreira": ("Marisol Ferreira-Quinn", "mferreira@" + DOM, "Marisol Ferreira-Quinn, MD", "Designated Civil Surgeon"),
    "asante": ("Kwame Asante", "kasante@" + DOM, "Kwame Asante, DO", "Designated Civil Surgeon"),
    "reyes": ("Tamsin Reyes", "treyes@" + DOM, "Tamsin Reyes", "Practice Manager"),
    "park": ("Jolene Park", "jpark@" + DOM, "Jolene Park", "Front Desk Lead"),
    "frontdesk": ("Northgate Front Desk", "frontdesk@" + DOM, "Front Desk", "Northgate Civil Surgeon Clinic"),
    "volkov": ("Dmitri Volkov", "dvolkov@" + DOM, "Dmitri Volkov, CMA", "Medical Assistant"),
    "thuy": ("Thuy Nguyen-Hale", "tnguyenhale@" + DOM, "Thuy Nguyen-Hale, LPN", "Immunization Nurse"),
    "souza": ("Benedita Souza", "bsouza@" + DOM, "Benedita Souza", "Billing & Payments"),
    "billing": ("Northgate Billing", "billing@" + DOM, "Billing Office", "Northgate Civil Surgeon Clinic"),
    "ortiz": ("Gabriela Ortiz", "gortiz@" + DOM, "Gabriela Ortiz, RMA", "Medical Assistant"),
    "allstaff": ("Northgate Staff", "staff@" + DOM, "", ""),
    "haroon": ("Haroon Siddiqui", "haroon@bytewell-it.net", "Haroon Siddiqui", "Bytewell IT Services"),
    "fbenali": ("Fatima Benali", "fbenali@oklaw-immigration.com", "Fatima Benali", "Senior Paralegal | Okonkwo & Lindqvist Immigration"),
    "lindqvist": ("Rachel Lindqvist", "rlindqvist@oklaw-immigration.com", "Rachel Lindqvist, Esq.", "Partner | Okonkwo & Lindqvist Immigration"),
    "ktran": ("Kevin Tran", "ktran@castellanosvu.com", "Kevin Tran", "Paralegal, Castellanos Vu LLP"),
    "petrosyan": ("Irina Petrosyan", "irina@petrosyanlaw.net", "Irina Petrosyan, Esq.", "Law Office of Irina Petrosyan"),
    "corvane": ("Corvane Diagnostics Client Services", "clientservices@corvanedx.com", "Client Services", "Corvane Diagnostics"),
    "brightline": ("Brightline Radiology", "reports@brightlinerad.com", "Reading Room", "Brightline Radiology"),
    "tidewater": ("Ana Lucia Prado", "scheduling@tidewaterlang.com", "Ana Lucia Prado", "Scheduling Coordinator, Tidewater Language Services"),
    "sorrel_tb": ("Sorrel County TB Control", "tbcontrol@sorrelcountyhealth.org", "TB Control Program", "Sorrel County Department of Health"),
}


def A(key):
    n = P[key]
    return '"%s" <%s>' % (n[0], n[1]) if "," in n[0] else "%s <%s>" % (n[0], n[1])


def addr(name, email):
    if any(c in name for c in ",.()"):
        return '"%s" <%s>' % (name, email)
    return "%s <%s>" % (name, email)


def sig(key, phone=True, short=False):
    n = P[key]
    if short:
        return "%s\n%s" % (n[2], n[3])
    lines = [n[2], n[3]]
    if n[1].endswith(DOM):
        lines.append(CLINIC if n[3] != CLINIC else CLINIC_ADDR)
        if phone:
            lines.append("T %s | F %s" % (CLINIC_TEL, CLINIC_FAX))
    return "\n".join(lines)


DISCLAIMER = (
    "CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is intended only for the\n"
    "person(s) to whom it is addressed and may contain confidential information. If you are not\n"
    "the intended recipient, please notify the sender by reply and delete this message. Northgate\n"
    "Civil Surgeon Clinic does not send immigration medical results by unencrypted e-mail."
)

LAW_DISCLAIMER = (
    "This message is from a law firm and may contain privileged attorney-client communication or\n"
    "attorney work product. If you received it in error, please delete it and let us know."
)

# ---------------------------------------------------------------------------
# small random helpers (all driven by the seeded generator)
# ---------------------------------------------------------------------------
TZ = datetime.timezone(datetime.timedelta(hours=-5))
TZ_DST = datetime.timezone(datetime.timedelta(hours=-4))


def when(month=None, day=None, hour=None):
    if month is None:
        month = random.randint(1, 11)
    if day is None:
        day = random.randint(1, 28)
    if hour is None:
        hour = random.randint(7, 18)
    minute = random.randint(0, 59)
    tz = TZ_DST if 3 <= month <= 10 else TZ
    d = datetime.datetime(2025, month, day, hour, minute, random.randint(0, 59), tzinfo=tz)
    # keep it on a weekday mostly
    while d.weekday() >= 5 and random.random() < 0.85:
        d -= datetime.timedelta(days=1)
    return d


def before(d, hours_lo=1, hours_hi=30):
    r = d - datetime.timedelta(minutes=random.randint(hours_lo * 60, hours_hi * 60))
    if r.hour < 7 or r.hour > 21:
        r2 = r.replace(hour=random.randint(7, 10))
        if r2 < d:
            r = r2
    return r


def on_wrote(d, who):
    return "On %s, %s wrote:" % (d.strftime("%a, %b %-d, %Y at %-I:%M %p"), who)


def outlook_hdr(d, frm, to, subj, cc=None):
    s = "-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\n" % (
        frm, d.strftime("%A, %B %-d, %Y %-I:%M %p"), to)
    if cc:
        s += "Cc: %s\n" % cc
    s += "Subject: %s\n" % subj
    return s


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def mid(domain):
    return "<%s.%s@%s>" % ("".join(random.choice("0123456789abcdef") for _ in range(16)),
                           random.randint(100000, 999999), domain)


def anum(style=0):
    n = "%09d" % random.randint(200000000, 249999999)
    if style == 1:
        return "A%s-%s-%s" % (n[:3], n[3:6], n[6:])
    if style == 2:
        return "A# %s %s %s" % (n[:3], n[3:6], n[6:])
    return "A" + n


def receipt(prefix=None):
    return (prefix or random.choice(["IOE", "IOE", "MSC", "NBC", "EAC"])) + "%010d" % random.randint(90000000, 9999999999)


def dob(lo=18, hi=70, fmt="%m/%d/%Y"):
    age = random.randint(lo, hi)
    d = datetime.date(2025 - age, random.randint(1, 12), random.randint(1, 28))
    return d.strftime(fmt)


def chart():
    return str(random.randint(10100, 18999))


def tel(area=None):
    return "(%s) 555-01%02d" % (area or random.choice(["908", "732", "201", "973", "862", "609"]), random.randint(0, 99))


def money(lo, hi):
    return "%d.%02d" % (random.randint(lo, hi), random.choice([0, 0, 0, 50, 25, 75]))


# ---------------------------------------------------------------------------
# attachment builders (all by hand, standard library only)
# ---------------------------------------------------------------------------
ZDATE = (2025, 1, 2, 9, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def _xesc(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def xlsx(rows, sheet="Sheet1"):
    def colname(i):
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    xr = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (colname(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _xesc(v)))
        xr.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % "".join(xr))
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
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _xesc(sheet)),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ("xl/worksheets/sheet1.xml", sheet_xml),
    ]
    return _zip(files)


def docx(paragraphs):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _xesc(p) for p in paragraphs)
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
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
         '<w:body>%s<w:sectPr/></w:body></w:document>' % body),
    ]
    return _zip(files)


def pdf(lines, title="Document"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 10 Tf", "13 TL", "50 750 Td"]
    for i, l in enumerate(lines):
        ops.append("(%s) Tj" % esc(l.encode("ascii", "replace").decode()))
        ops.append("T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (Northgate DocPrint 2.1) >>" % esc(title)).encode("latin-1"),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def png(w=120, h=40, bg=(255, 255, 255), band=None):
    """A real PNG: plain background, optional coloured band (a plain logo)."""
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            if band and band[0] <= y < band[1] and 8 <= x < w - 8:
                raw.extend(band[2])
            else:
                raw.extend(bg)

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def ics(summary, start, minutes, location, description, uid_dom=DOM, organizer=None):
    end = start + datetime.timedelta(minutes=minutes)
    f = "%Y%m%dT%H%M%S"
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Northgate CSC//Scheduler 4.2//EN", "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:%s@%s" % ("".join(random.choice("0123456789abcdef") for _ in range(20)), uid_dom),
        "DTSTAMP:%sZ" % start.astimezone(datetime.timezone.utc).strftime(f),
        "DTSTART;TZID=America/New_York:%s" % start.strftime(f),
        "DTEND;TZID=America/New_York:%s" % end.strftime(f),
        "SUMMARY:%s" % summary,
        "LOCATION:%s" % location.replace(",", "\\,"),
        "DESCRIPTION:%s" % description.replace("\n", "\\n").replace(",", "\\,"),
    ]
    if organizer:
        lines.append("ORGANIZER;CN=%s:mailto:%s" % organizer)
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines)


def csv_text(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue()


# ---------------------------------------------------------------------------
# message construction
# ---------------------------------------------------------------------------
def mk(frm, to, subject, body, cc=None, date=None, html=None, irt=None, headers=None):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to if isinstance(to, str) else ", ".join(to)
    if cc:
        m["Cc"] = cc if isinstance(cc, str) else ", ".join(cc)
    m["Subject"] = subject
    m["Date"] = format_datetime(date or when())
    dom = frm.split("@")[-1].strip(">").strip() if "@" in frm else DOM
    m["Message-ID"] = mid(dom)
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = irt
    for k, v in (headers or {}).items():
        m[k] = v
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    return m


def att(m, data, filename, mime):
    maintype, subtype = mime.split("/")
    if isinstance(data, str):
        if maintype == "text":
            m.add_attachment(data, subtype=subtype, filename=filename)
        else:
            m.add_attachment(data.encode("utf-8"), maintype=maintype, subtype=subtype, filename=filename)
    else:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return m


def html_of(text, logo_note=False):
    """A plain HTML alternative of a plain-text body, like most mail clients produce."""
    paras = []
    for block in text.split("\n\n"):
        b = _xesc(block).replace("\n", "<br>\n")
        paras.append("<p>%s</p>" % b)
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + "\n".join(paras) + "\n</body></html>\n")


def irt_id(domain):
    return mid(domain)


BUILDERS = []  # (label, kind, function)


def reg(label, kind):
    def deco(f):
        BUILDERS.append((label, kind, f))
        return f
    return deco


# ===========================================================================
# PHI - care
# ===========================================================================
@reg("phi", "care")
def care_ride():
    d = when(3)
    name = "Tesfaye Gebremariam"
    t = random.choice(["9:40", "10:20", "11:00"])
    body = f"""Dr. F,

Quick heads up for Thursday. Mr. Gebremariam is coming back at {t} for the chest film at Brightline and then
back here to pick up his envelope. His daughter Selam is driving him - she called to ask if she can
wait with him in our lobby between the two stops because he doesn't do well with the stairs at
Brightline's side entrance. I told her yes and that they should use the ramp by the pharmacy.

He uses a walker now so I blocked 20 min instead of 10 for the pickup. If the read isn't back by the
time they get here I'll have them wait, Selam said they have all afternoon.

Her cell is {tel('732')} if you need to reach them directly.

Jolene

{sig('park')}
"""
    m = mk(A("park"), A("ferreira"), "Thurs - Mr. Gebremariam ride / walker", body, date=d)
    return m, name


@reg("phi", "care")
def care_paralegal_thread():
    d = when(6, 9, 14)
    prev = before(d, 3, 20)
    client = "Leticia Anaya Morales"
    q = f"""Hi Jolene,

Can you confirm that our client Leticia Anaya Morales completed her blood draw on Monday? We're
trying to file the I-485 package by 6/27 and I want to know if the medical will be ready.
Also does she need to come back for anything else?

Thank you!
Fatima

{sig('fbenali')}
Okonkwo & Lindqvist Immigration | 500 Ferris Plaza, 9th Fl, Newark, NJ 07102 | (973) 555-0131

{LAW_DISCLAIMER}"""
    body = f"""Hi Fatima,

Yes, she was here Monday morning and her blood went out with the noon courier. The lab usually takes
3-5 business days. We have her signed release on file so I can update you when it's back.

She does have one more visit - she got her first varicella shot that day and the second one can't be
given until at least 28 days later, so the earliest is 7/7. Dr. Ferreira won't sign the form until
the series is done (or we document it as "not routinely available"/incomplete, which the doctor
prefers to avoid). I'd plan on the envelope around 7/8 - 7/10, not 6/27, sorry!

I already put her on the schedule for 7/7 at 8:30 and texted her.

Jolene Park
Front Desk Lead
{CLINIC}
T {CLINIC_TEL} | F {CLINIC_FAX}

{on_wrote(prev, 'Fatima Benali <fbenali@oklaw-immigration.com>')}
{quote(q)}
"""
    m = mk(A("park"), A("fbenali"), "RE: Leticia Anaya Morales - medical status", body, date=d,
           irt=mid("oklaw-immigration.com"))
    return m, client


@reg("phi", "care")
def care_handover():
    d = when(4, 17, 17)
    body = f"""end of day handover 4/17

- Mrs. Sandoval (the mom with the twins) got her Tdap + flu today. She left before her 15 min were up
  because the twins were melting down in the hallway. I called her at 4:10, she's fine, no dizziness,
  said arm is a little sore. charted the call.
- Her husband Rubén did NOT get drawn. 2 sticks, no luck, he was getting pale so I stopped. He's coming
  back Tues at 8am, please put him first thing and tell him to drink a lot of water before. Use the
  butterfly, left hand.
- Mr. Choudhury's paperwork from his old doctor (vaccine dates) is in the scan tray, needs to be
  attached to his chart before Dr. Asante reviews tomorrow.
- fridge temp was fine all day, log is signed.

Thuy
"""
    m = mk(A("thuy"), [A("volkov"), A("ortiz")], "handover", body, date=d, cc=A("park"))
    return m, "Sandoval (mother); Rubén Sandoval; Choudhury"


@reg("phi", "care")
def care_son_worry():
    d = when(8)
    body = f"""Hello,

My mother, Nilufar Rashidova, had her immigration exam with Dr. Asante last Wednesday. I am writing
for her because her English is not good.

She is 71 and she is a little scared about getting many shots on the same day. She already had the flu
shot at the CVS near us on 9/28 - she has the little card from the pharmacist. Can she bring that card
instead of getting the flu shot again at your office? And the doctor said something about a pneumonia
shot because of her age, does she have to get it the same day as the others?

Also, is it ok if I come into the room with her next time? Last time I had to wait outside and she did
not understand everything.

Her next appointment is Friday 10/10 at 11:30.

Thank you very much,
Timur Rashidov
{tel('201')}
"""
    m = mk(addr("Timur Rashidov", "t.rashidov88@mailbox-east.net"), A("frontdesk"),
           "question about my mother appointment Friday", body, date=d)
    return m, "Nilufar Rashidova"


@reg("phi", "care")
def care_interpreter():
    d = when(9, 26, 11)
    appt = datetime.datetime(2025, 10, 3, 14, 15, tzinfo=TZ_DST)
    body = f"""Good morning,

This confirms the following interpreter assignment:

  Language:      Haitian Creole
  Mode:          In-person
  Date/Time:     Friday, October 3, 2025, 2:15 PM (please allow 60 min)
  Location:      {CLINIC}, {CLINIC_ADDR}
  Provider:      Dr. Marisol Ferreira-Quinn
  Patient:       Wisline Jean-Baptiste
  Appointment:   Follow-up - review blood test and X-ray results, vaccines
  Interpreter:   Frantz Dorélien (ID 4471)
  Job #:         TW-{random.randint(250000, 259999)}

Per your note, the patient will be accompanied by her two children, who also have visits. If the
children's appointments should be covered by the same assignment, please reply and we will extend the
booking to 90 minutes.

Cancellations with less than 24 hours' notice are billed at the 2-hour minimum.

Thank you,
Ana Lucia Prado
Scheduling Coordinator
Tidewater Language Services | 24/7 line {tel('609')}
"""
    m = mk(A("tidewater"), A("frontdesk"), "Assignment Confirmation - Haitian Creole - 10/03 2:15PM - Northgate CSC",
           body, date=d)
    att(m, ics("Interpreter (Haitian Creole) - W. Jean-Baptiste", appt, 60, CLINIC_ADDR,
               "Tidewater Language Services. Interpreter: Frantz Dorelien. Patient: Wisline Jean-Baptiste. Follow-up results review.",
               uid_dom="tidewaterlang.com", organizer=("Tidewater Scheduling", "scheduling@tidewaterlang.com")),
        "invite.ics", "text/calendar")
    return m, "Wisline Jean-Baptiste"


@reg("phi", "care")
def care_dont_seal():
    d = when(5)
    body = """Jolene - pls call Ms. Olawale-Banjo before she comes to pick up. I can't sign yet.

She told me at the visit she has her immunization booklet from Lagos with the hep B dates in it but she
didn't bring it. If she has 3 doses documented we don't need to start the series here. Ask her to bring
the booklet (original, we'll copy it), and DON'T seal the envelope until I've seen it. If she can't find
it we'll do the first hep B dose when she comes.

thanks
KA

Sent from my iPad"""
    m = mk(A("asante"), A("park"), "pls call before pickup - Olawale-Banjo", body, date=d)
    return m, "Olawale-Banjo"


@reg("phi", "care")
def care_pickup_cousin():
    d = when(7)
    prev = before(d, 2, 6)
    q = f"""Hi, this is Arturo Villaseñor Pineda, I did my medical exam with you on July 8. I'm working
out of state this week, can my cousin pick up the envelope for me? His name is Héctor Pineda Ruiz.
I will sign whatever form you need. Thanks"""
    body = f"""Hi Arturo,

Yes, that's fine. Attached is our pickup authorization. Please sign it and email it back (a photo is
ok), and Héctor needs to bring his photo ID. The envelope is sealed and ready at the front desk - he
should NOT open it, USCIS will reject it if the seal is broken.

Also a reminder you still owe the $95 for the second varicella dose from 7/8, he can pay that at pickup.

Jolene Park | Front Desk Lead
{CLINIC} | {CLINIC_TEL}

{DISCLAIMER}

{on_wrote(prev, 'Arturo Villaseñor <arturo.villasenor.p@ymail-box.com>')}
{quote(q)}
"""
    m = mk(A("park"), addr("Arturo Villaseñor", "arturo.villasenor.p@ymail-box.com"),
           "Re: pick up envelope", body, date=d, irt=mid("ymail-box.com"))
    att(m, pdf(["NORTHGATE CIVIL SURGEON CLINIC", "AUTHORIZATION TO RELEASE SEALED FORM I-693 TO A DESIGNEE", "",
                "Applicant name: Arturo Villasenor Pineda", "Date of exam: 07/08/2025",
                "Designee name: Hector Pineda Ruiz", "Relationship: cousin", "",
                "I authorize Northgate Civil Surgeon Clinic to release my sealed envelope to the designee",
                "named above on presentation of government photo ID.", "",
                "Applicant signature: ______________________   Date: __________"],
              title="Pickup authorization"), "Pickup_Authorization_Villasenor.pdf", "application/pdf")
    return m, "Arturo Villaseñor Pineda"


@reg("phi", "care")
def care_running_late():
    d = when(2, 11, 8)
    body = """running ~15 late, parking lot is a mess. pls room the Okafor kids first. Chidi (4) needs
MMR + varicella, Ada needs just the flu. mom said Chidi is terrified of needles so have the stickers and
the bubbles ready, and maybe do his in the room not the draw chair

M

Sent from my iPhone"""
    m = mk(A("ferreira"), [A("volkov"), A("ortiz")], "late", body, date=d)
    return m, "Chidi Okafor; Ada Okafor"


# ===========================================================================
# PHI - ids
# ===========================================================================
@reg("phi", "ids")
def ids_anumber_status():
    d = when(3, 20)
    an = anum()
    rc = receipt("IOE")
    body = f"""Good afternoon,

Following up on the medical exam for our client, A-Number {an} (USCIS receipt {rc}). The
exam was done at your office on 3/14. Could you let us know whether the TB blood test result is back and
when the sealed I-693 will be ready for pickup? We have a signed HIPAA authorization on file which I can
resend if needed.

Please reference our matter no. KV-2025-0{random.randint(1000, 9999)} in your reply.

Thanks,
Kevin

Kevin Tran
Paralegal, Castellanos Vu LLP
88 Union Square West, Ste 1210, Jersey City, NJ 07306
Tel {tel('201')} | Fax {tel('201')}
"""
    m = mk(A("ktran"), A("frontdesk"), f"Status - A# {an[1:4]}-{an[4:7]}-{an[7:]} - medical exam 3/14",
           body, date=d)
    return m, ""


@reg("phi", "ids")
def ids_lab_reject():
    d = when(5, 6, 9)
    acc = "25-QF-%07d" % random.randint(100000, 999999)
    dd = dob(20, 60)
    body = f"""CORVANE DIAGNOSTICS - SPECIMEN REJECTION NOTICE
This is an automated message. Do not reply to this address.

Client:            NORTHGATE CIVIL SURGEON CLINIC (Acct 60{random.randint(1000, 9999)})
Accession:         {acc}
Patient:           RIVAS, M
DOB:               {dd}
Collected:         05/02/2025 08:52
Received:          05/03/2025 14:17
Test:              QuantiFERON-TB Gold Plus (4 tube)
Reason:            Specimen received outside stability - tubes not incubated within 16 hours of
                   collection.
Action required:   RECOLLECT. No charge for the recollection will be billed to the client.

For questions contact Client Services at {tel('973')}, option 2, Mon-Fri 7a-7p.
"""
    m = mk(A("corvane"), A("frontdesk"), f"Specimen Rejection - Acc {acc} - RECOLLECT", body, date=d)
    return m, "M. Rivas"


@reg("phi", "ids")
def ids_refund():
    d = when(3)
    acct = "NG-%06d" % random.randint(200000, 209999)
    card = random.randint(1000, 9999)
    body = f"""Tamsin,

Need your OK on a refund. Acct {acct}, DOS 02/21/2025 (exam + QFT). Patient paid $395 at check-in on the
card ending {card} and then the same card was run again for $85 at checkout for the QFT, but the QFT is
already included in the $395 package. So overpaid $85.00.

Refund back to card ending {card}. Receipt # on the duplicate is {random.randint(4000000, 4999999)}.

Thanks,
Bene

{sig('souza')}
"""
    m = mk(A("souza"), A("reyes"), f"refund approval - {acct}", body, date=d)
    return m, ""


@reg("phi", "ids")
def ids_radiology_ready():
    d = when(8, 19, 15)
    mrn = "BRL-%07d" % random.randint(7000000, 7999999)
    dd = dob(45, 70)
    body = f"""Brightline Radiology - Report Notification

A final report is available for a study ordered by your office.

  MRN:            {mrn}
  DOB:            {dd}
  Exam:           XR CHEST 2 VIEWS (PA/LAT)
  Study date:     08/19/2025
  Accession:      A{random.randint(10000000, 99999999)}
  Ordering:       ASANTE, KWAME DO
  Indication:     Positive IGRA - immigration medical (Form I-693)
  Status:         FINAL - CRITICAL RESULT: NO

Log in to the Brightline referring-provider portal to view the report and images:
https://portal.brightlinerad.com/referrer

Please do not reply to this email. For questions call the reading room at {tel('908')}.
"""
    m = mk(A("brightline"), A("asante"), "Report available - XR CHEST 2V - 08/19/2025", body, date=d,
           headers={"Auto-Submitted": "auto-generated"})
    return m, ""


@reg("phi", "ids")
def ids_county_class_b():
    d = when(7, 14, 10)
    case = "SCDH-TB-2025-%04d" % random.randint(300, 600)
    dd = dob(30, 55)
    body = f"""Good morning Dr. Ferreira-Quinn,

We received your referral dated 06/02/2025 for an applicant classified Class B (TB, pulmonary) on the
Form I-693 - our case # {case}, DOB {dd}. The client was scheduled for an evaluation at our chest clinic
on 6/23 and 7/9 and did not attend either appointment. The phone number on the referral
({tel('862')}) goes to a voicemail that is full.

Could you please check whether you have an alternate phone number or an attorney contact for this
client? Under the civil surgeon instructions the applicant needs to complete the health department
evaluation before you can finalize the form.

Please call or fax back to the number below and reference the case number only.

Thank you,
Renata Kowalczyk-Bell, RN
Public Health Nurse, TB Control Program
Sorrel County Department of Health
Tel {tel('732')} | Secure fax {tel('732')}
"""
    m = mk(A("sorrel_tb"), A("ferreira"), f"Referral follow-up - case {case}", body, date=d)
    return m, ""


@reg("phi", "ids")
def ids_calendar_question():
    d = when(10)
    ch = chart()
    pp = "EP%07d" % random.randint(1000000, 9999999)
    body = f"""Dr. Asante,

chart {ch} - the lady from 9:15 this morning (passport {pp}). Her vaccine card shows MMR x2 but the dates
are written in the Ethiopian calendar (1999 and 2000 E.C.?). I converted them to roughly 2006/2007
Gregorian but I'm not sure about the month. Can you look before I enter them in the vaccination record
section? I put the card copy in her chart under "outside records".

Thanks,
Dmitri
"""
    m = mk(A("volkov"), A("asante"), f"chart {ch} - vaccine dates", body, date=d)
    return m, ""


@reg("phi", "ids")
def ids_rfe():
    d = when(9, 2, 11)
    rc = receipt("MSC")
    an = anum(1)
    dd = dob(25, 40)
    body = f"""Dear Dr. Ferreira-Quinn,

Our office received a Request for Evidence on the above receipt ({rc}). USCIS states that Part 9
(Civil Surgeon's Certification) of the Form I-693 you completed is missing the date next to your
signature. Beneficiary details for your records:

  A-Number:       {an}
  DOB:            {dd}
  Exam completed: 05/29/2025
  Your envelope ID/tracking sticker: NG-{random.randint(24000, 26999)}

The response is due 10/27. Could you please prepare a new, complete and sealed I-693 for Mr. T.? He
can come to your office to pick it up, or we can send a courier. Please let us know if there is a fee.

Kind regards,

Rachel Lindqvist, Esq.
Partner | Okonkwo & Lindqvist Immigration
500 Ferris Plaza, 9th Fl, Newark, NJ 07102
Direct {tel('973')}

{LAW_DISCLAIMER}
"""
    m = mk(A("lindqvist"), A("ferreira"), f"RFE - I-693 missing signature date - {rc}", body,
           cc=A("fbenali"), date=d)
    return m, "Mr. T."


@reg("phi", "ids")
def ids_payer_denial():
    d = when(6)
    mem = "XKH%09d" % random.randint(100000000, 999999999)
    clm = "2025%09d" % random.randint(0, 999999999)
    body = f"""Bene,

Got the attached denial back for the Tdap we billed to the member's plan. They're saying not medically
necessary because "immigration requirement". Member ID {mem}, claim {clm}, DOS 05/12/2025, 90715 + 90471.

Should I just move it to self-pay ($68) and send a statement, or appeal? I think last time Horizon paid
these when we used Z23 only and left off the Z02.89.

Gabriela
"""
    m = mk(A("ortiz"), A("souza"), f"denial claim {clm}", body, date=d)
    eob = pdf(["HARBORLIGHT HEALTH PLAN - EXPLANATION OF BENEFITS (PROVIDER COPY)", "",
               "Provider: NORTHGATE CIVIL SURGEON CLINIC   NPI 1%09d" % random.randint(0, 999999999),
               "Member ID: %s" % mem, "Claim #: %s" % clm, "Service date: 05/12/2025", "",
               "Line 1  CPT 90715  Billed $52.00  Allowed $0.00  Denied  CARC 50 / RARC N130",
               "Line 2  CPT 90471  Billed $16.00  Allowed $0.00  Denied  CARC 50",
               "", "CARC 50: These are non-covered services because this is not deemed a medical necessity.",
               "Member responsibility: $68.00"], title="EOB")
    att(m, eob, "EOB_%s.pdf" % clm, "application/pdf")
    return m, ""


# ===========================================================================
# PHI - lang
# ===========================================================================
@reg("phi", "lang")
def lang_spanish():
    d = when(3, 10, 19)
    body = f"""Buenas tardes,

Soy Graciela Ramírez Ochoa, hice mi examen médico con la Dra. Ferreira el martes 4 de marzo. Quería
preguntar si ya salieron los resultados de la prueba de sangre de la tuberculosis, porque mi abogada dice
que necesita el sobre cerrado antes del día 20.

También mi hijo Daniel (tiene 12 años) necesita hacerse su examen. ¿Le pueden poner las vacunas el mismo
día? Tengo su cartilla de vacunación de México pero le faltan unas hojas, creo que no está la de la
varicela. ¿Tienen citas el sábado? Yo trabajo entre semana y salgo a las 6.

Muchas gracias y disculpe las molestias.

Graciela Ramírez
{tel('973')}

Enviado desde mi teléfono"""
    m = mk(addr("Graciela Ramirez", "gracy.ramirez.o@correo-latino.net"), A("frontdesk"),
           "resultados y cita para mi hijo", body, date=d)
    return m, "Graciela Ramírez Ochoa; Daniel Ramírez"


@reg("phi", "lang")
def lang_vietnamese():
    d = when(4)
    body = f"""Chào phòng khám,

Tôi là Trần Văn Phúc, ngày sinh 14/02/1979. Tuần trước bác sĩ Asante gọi cho tôi nói kết quả xét nghiệm
máu lao (QuantiFERON) của tôi là dương tính và tôi phải đi chụp X-quang phổi. Tôi rất lo. Tôi không ho,
không sốt, không sụt cân. Hồi nhỏ ở Việt Nam tôi có chích ngừa BCG, có phải vì vậy không?

Xin hỏi:
1. Tôi chụp X-quang ở đâu? Có cần hẹn trước không?
2. Nếu phim phổi bình thường thì tôi có phải uống thuốc không? Hồ sơ thẻ xanh của tôi có bị chậm không?
3. Bảo hiểm của tôi (Horizon) có trả tiền chụp X-quang không?

Nếu cần thông dịch tiếng Việt thì tôi cũng xin luôn cho lần hẹn tới.

Cảm ơn nhiều.
Phúc
ĐT: {tel('609')}"""
    m = mk(addr("Phuc Tran", "tranvanphuc79@vnmail-us.com"), A("frontdesk"),
           "Hỏi về kết quả xét nghiệm lao và chụp X-quang", body, date=d)
    return m, "Trần Văn Phúc"


@reg("phi", "lang")
def lang_chinese():
    d = when(10, 15)
    body = f"""您好，

我父母王建国（1956年出生）和李秀英（1958年出生）11月6日上午10点在贵诊所预约了移民体检（I-693）。
他们都不会说英文，我想先问几个问题：

1. 体检那天可以帮他们安排普通话翻译吗？还是我可以陪同进去翻译？
2. 我妈妈在国内打过乙肝疫苗，有接种本，是中文的，需要先翻译成英文吗？
3. 我爸爸有高血压和糖尿病，每天吃二甲双胍和降压药，体检前需要停药或者空腹吗？
4. 他们都超过65岁了，听说还要打肺炎疫苗，是真的吗？
5. 两个人的费用一共多少？可以刷信用卡吗？

谢谢！

王丽
手机：{tel('201')}
"""
    m = mk(addr("Li Wang", "wangli.nj@qmail-us.com"), A("frontdesk"), "父母移民体检的问题 (Wang Jianguo / Li Xiuying)",
           body, date=d)
    return m, "王建国 (Wang Jianguo); 李秀英 (Li Xiuying)"


@reg("phi", "lang")
def lang_creole():
    d = when(6, 9)
    body = f"""Bonjou,

Mwen se Marie-Ange Pierre-Louis. Mwen te fè egzamen imigrasyon an avèk Dr. Ferreira jedi pase a (5 jen).
Li te di m mwen bezwen tounen pou dezyèm vaksen varisèl la apre 4 semèn. Èske m ka vini samdi 12 jiyè nan
maten? Mwen travay lasemèn nan yon mezon retrèt, mwen pa ka jwenn konje.

Epitou, pitit gason m Jean-Kendy gen 9 an, li bezwen fè egzamen pa l tou pou dosye a. Li gen kanè vaksen
li depi Ayiti. Èske nou ka fè l menm jou a? Si nou bezwen yon entèprèt kreyòl, tanpri mete l.

Mèsi anpil,
Marie-Ange
{tel('862')}"""
    m = mk(addr("Marie-Ange Pierre-Louis", "marieange.pl@haitimail-net.com"), A("frontdesk"),
           "randevou pou vaksen ak egzamen pitit mwen", body, date=d)
    return m, "Marie-Ange Pierre-Louis; Jean-Kendy Pierre-Louis"


@reg("phi", "lang")
def lang_tagalog():
    d = when(9, 18, 7)
    body = """Hi po Ma'am/Sir,

Good morning po. Ako po si Maricel Dizon Santiago, nag-pa-medical po ako sa inyo last Monday, Sept 15,
kay Dr. Ferreira. Itatanong ko lang po kung lumabas na po yung result ng QuantiFERON ko? Yung employer ko
po kasi (nurse po ako sa isang hospital sa Newark) kailangan din po ng copy ng vaccine records ko para sa
employee health nila.

Dala ko na po yung yellow card ko galing Pilipinas, may Hep B 3 doses at MMR 2 doses po doon. Kailangan ko
pa rin po ba magpa-titer o magpa-inject ulit? Wala pa po akong flu shot this season, pwede po ba yun
gawin pag balik ko?

Maraming salamat po!

Maricel

Sent from my Samsung Galaxy"""
    m = mk(addr("Maricel Santiago", "maricel.dsantiago@pinoymail-us.com"), A("frontdesk"),
           "follow up po sa result ko", body, date=d)
    return m, "Maricel Dizon Santiago"


@reg("phi", "lang")
def lang_arabic():
    d = when(4, 14)
    body = f"""السلام عليكم،

أنا خالد الحمدان، والد الطفلين يوسف (٨ سنوات) وليان (٥ سنوات). عندنا موعد للفحص الطبي الخاص بالهجرة
يوم الثلاثاء ٢٢ أبريل الساعة ٣:٠٠ مساءً مع الدكتور أسانتي.

عندنا سجل التطعيمات من الأردن لكنه مكتوب باللغة العربية. هل تحتاجون ترجمة معتمدة أم يكفي أن نحضر الأصل؟
ابنتي ليان تخاف جداً من الإبر، وبكت كثيراً في آخر تطعيم. هل من الممكن إعطاء التطعيمات الناقصة على دفعتين
بدلاً من يوم واحد؟

وسؤال أخير: هل يحتاج الأطفال إلى تحليل الدم للسل أيضاً أم هذا فقط للكبار؟

شكراً جزيلاً
خالد الحمدان
هاتف: {tel('201')}
"""
    m = mk(addr("Khaled Alhamdan", "k.alhamdan@arabmail-us.net"), A("frontdesk"),
           "موعد الفحص الطبي للأطفال - يوسف وليان الحمدان", body, date=d)
    return m, "يوسف الحمدان (Yousef Alhamdan); ليان الحمدان (Layan Alhamdan)"


@reg("phi", "lang")
def lang_russian():
    d = when(6, 9, 12)
    body = f"""Здравствуйте, Ольга Викторовна!

Это Дмитрий из клиники Northgate. Напоминаю, что Ваш повторный приём у доктора Ферейры-Куинн назначен на
четверг, 12 июня, в 9:00.

Результат анализа крови на туберкулёз (QuantiFERON) пришёл - отрицательный, рентген делать не нужно.
В четверг Вам сделают вторую прививку от ветрянки, после этого доктор подпишет форму I-693, и мы сразу
выдадим запечатанный конверт. Пожалуйста, возьмите с собой паспорт. Конверт не вскрывайте - его нужно
отправить в USCIS в закрытом виде.

Оплата за вторую прививку - 95 долларов, можно картой.

Если нужно перенести приём, позвоните нам: {CLINIC_TEL}.

С уважением,
Дмитрий Волков
медицинский ассистент
{CLINIC}
"""
    m = mk(A("volkov"), addr("Olga Sokolova", "olga.sokolova.v@rumail-east.com"),
           "Напоминание о приёме 12 июня / Appointment reminder", body, date=d)
    return m, "Ольга Викторовна Соколова (Olga Sokolova)"


@reg("phi", "lang")
def lang_portuguese():
    d = when(9, 12, 10)
    prev = before(d, 14, 22)
    q = """Olá, boa tarde!

Meu nome é Rodrigo Almeida Figueiredo, fiz o exame médico do green card com o Dr. Asante no dia 3 de
setembro. A secretária me ligou dizendo que o meu exame de sangue de tuberculose deu positivo e que eu
preciso fazer um raio-X do tórax. Já fiz o raio-X na Brightline ontem (dia 10). Vocês já receberam o
resultado? Quando posso buscar o envelope lacrado?

Minha advogada também perguntou se eu vou precisar tomar remédio para tuberculose latente. Isso atrasa
o processo?

Obrigado,
Rodrigo

Enviado do meu iPhone"""
    body = f"""Oi Rodrigo, tudo bem?

O laudo do raio-X chegou hoje de manhã e está normal, sem sinais de tuberculose ativa. O Dr. Asante já
revisou. Como o exame de sangue deu positivo e o raio-X está normal, ele vai anotar no formulário como
tuberculose latente (ILTB) e recomendar tratamento com o seu médico de família ou no departamento de
saúde do condado - mas o tratamento NÃO é obrigatório para o formulário e não atrasa o processo.

O envelope fica pronto amanhã depois das 14h. Você pode buscar até as 17h30, traga um documento com foto.

Qualquer dúvida, pode me ligar.

Abraço,
Benedita Souza
{CLINIC}
{CLINIC_TEL}

{on_wrote(prev, 'Rodrigo Figueiredo <rodrigo.afigueiredo@brmail-us.com>')}
{quote(q)}
"""
    m = mk(A("souza"), addr("Rodrigo Figueiredo", "rodrigo.afigueiredo@brmail-us.com"),
           "Re: resultado do raio-X e envelope", body, cc=A("asante"), date=d, irt=mid("brmail-us.com"))
    return m, "Rodrigo Almeida Figueiredo"


# ===========================================================================
# PHI - lists
# ===========================================================================
NAME_POOL = [
    ("Amaya", "Cristóbal"), ("Bhattarai", "Sunita"), ("Castillo Reyes", "Yesenia"), ("Diallo", "Mamadou"),
    ("Estrada", "Wilmer"), ("Fernandes", "Luana"), ("Gashi", "Arben"), ("Huang", "Mei-Ling"),
    ("Ibrahim", "Hodan"), ("Jovanović", "Milica"), ("Kaur", "Harpreet"), ("Lopez Ixcoy", "Rosaura"),
    ("Mensah", "Kofi"), ("Nazarenko", "Yuliia"), ("Oyelaran", "Temitope"), ("Pham", "Quoc Bao"),
    ("Quispe", "Edwin"), ("Rahman", "Nusrat"), ("Saint-Fleur", "Guerline"), ("Tavares", "João Pedro"),
    ("Usmonov", "Bekzod"), ("Valdivia", "Marisa"), ("Wójcik", "Agnieszka"), ("Xu", "Haoran"),
    ("Yilmaz", "Emre"), ("Zapata Gil", "Manuela"), ("Abebe", "Hirut"), ("Bautista", "Jerome"),
    ("Cárdenas", "Ivonne"), ("Dlamini", "Thandiwe"), ("Escobar", "Henry"), ("Farouk", "Omar"),
    ("Gonçalves", "Tiago"), ("Hakimi", "Parisa"), ("Iyer", "Deepa"), ("Jeon", "Min-jun"),
]


POOL_LANG = {
    "Amaya": "Spanish", "Bhattarai": "Nepali", "Castillo Reyes": "Spanish", "Diallo": "French",
    "Estrada": "Spanish", "Fernandes": "Portuguese", "Gashi": "Albanian", "Huang": "Mandarin",
    "Ibrahim": "Somali", "Jovanović": "Serbian", "Kaur": "Punjabi", "Lopez Ixcoy": "K'iche'",
    "Nazarenko": "Ukrainian", "Pham": "Vietnamese", "Quispe": "Spanish", "Rahman": "Bengali",
    "Saint-Fleur": "Haitian Creole", "Tavares": "Portuguese", "Usmonov": "Uzbek", "Valdivia": "Spanish",
    "Wójcik": "Polish", "Xu": "Mandarin", "Zapata Gil": "Spanish", "Cárdenas": "Spanish",
    "Escobar": "Spanish", "Farouk": "Arabic", "Gonçalves": "Portuguese", "Hakimi": "Dari",
    "Jeon": "Korean", "Abebe": "Amharic",
}


def pick_names(n):
    return random.sample(NAME_POOL, n)


def pick_lang_names(n):
    return random.sample([x for x in NAME_POOL if x[0] in POOL_LANG], n)


@reg("phi", "lists")
def lists_schedule():
    d = when(5, 19, 16)
    people = pick_names(9)
    slots = ["8:00", "8:30", "9:00", "9:30", "10:15", "11:00", "1:30", "2:15", "3:00"]
    visits = ["New exam", "New exam", "Results/vax", "New exam + 2 kids", "Vax #2 (VAR)", "Pickup/sign",
              "New exam", "Results - CXR f/u", "Hep B #2"]
    ages = [(20, 60), (20, 60), (20, 60), (29, 42), (18, 60), (20, 70), (20, 60), (30, 66), (18, 50)]
    rows = []
    for idx, (s_, (l, f), v, ag) in enumerate(zip(slots, people, visits, ages)):
        lg = POOL_LANG.get(l, "")
        i = ""
        if lg and idx in (1, 3, 6, 8):
            i = lg + random.choice([" (TW)", " (phone)", " (TW)"])
        rows.append("%-6s %-28s %-11s %-20s %s" % (s_, "%s, %s" % (l, f), dob(*ag), v, i))
    table = "\n".join(rows)
    names = "; ".join("%s %s" % (f, l) for l, f in people)
    body = f"""Tomorrow (Tue 5/20) - Dr. Asante AM, Dr. F PM. Copied from the scheduler, sorry for the formatting.

TIME   PATIENT                      DOB         VISIT                INTERPRETER
{table}

- 9:30 family: kids are 6 and 3, both need QFT? (3yo yes, age 2+). They're bringing the kids' vax cards.
- 2:15 - CXR report is in the portal, printed and put in the chart.
- Interpreters: in-person ones confirmed except one still pending from Tidewater, I'll call in the AM.

Jolene
"""
    m = mk(A("park"), [A("asante"), A("ferreira")], "tomorrow's schedule 5/20", body, cc=A("volkov"), date=d)
    return m, names


@reg("phi", "lists")
def lists_lab_csv():
    d = when(7, 22, 6)
    people = pick_names(7)
    rows = [["Accession", "Last", "First", "DOB", "Collected", "Test", "Nil_IU_mL", "TB1_minus_Nil", "TB2_minus_Nil",
             "Mitogen_minus_Nil", "Interpretation"]]
    names = []
    for i, (l, f) in enumerate(people):
        nil = round(random.uniform(0.02, 0.18), 2)
        if i == 3:
            tb1, tb2, interp = round(random.uniform(0.6, 2.5), 2), round(random.uniform(0.7, 3.0), 2), "POSITIVE"
        elif i == 5:
            tb1, tb2, interp = 0.0, 0.01, "INDETERMINATE"
            mit = 0.21
        else:
            tb1, tb2, interp = round(random.uniform(0, 0.09), 2), round(random.uniform(0, 0.12), 2), "NEGATIVE"
        mit = 0.21 if i == 5 else ">10.00"
        rows.append(["25-QF-%07d" % random.randint(100000, 999999), l.upper(), f.upper(), dob(2, 70),
                     "07/%02d/2025" % random.randint(14, 18), "QFT-Plus", nil, tb1, tb2, mit, interp])
        names.append("%s %s" % (f, l))
    body = f"""Attached is the daily results file for 07/22/2025 (7 results). The HL7 feed to your EHR is still
down on our side - ticket CDX-{random.randint(30000, 39999)} - so results are being sent by secure
e-mail in the meantime. Final reports will also post to the Corvane Link portal. One specimen was
INDETERMINATE (low mitogen response); recollection is recommended.

Corvane Diagnostics - Client Services
{tel('973')} option 2
"""
    m = mk(A("corvane"), A("frontdesk"), "Daily results file - NORTHGATE CSC - 07/22/2025", body, date=d)
    att(m, csv_text(rows), "NGCSC_results_20250722.csv", "text/csv")
    return m, "; ".join(names)


@reg("phi", "lists")
def lists_family_status():
    d = when(8, 6, 15)
    prev = before(d, 2, 26)
    fam = "Mukherjee"
    members = [("Arindam", dob(40, 48)), ("Sharmila", dob(38, 45)), ("Riya", dob(18, 20)), ("Aarav", dob(9, 12)),
               ("Bina (grandmother)", dob(68, 75))]
    ans = [("Arindam", "QFT neg, vax complete -> envelope READY"),
           ("Sharmila", "QFT neg, needs Tdap (last one 2009) - can do at pickup"),
           ("Riya", "QFT neg; GC NAAT pending (age 18-24), expect Fri"),
           ("Aarav", "all done -> READY"),
           ("Bina (grandmother)", "QFT POSITIVE, CXR ordered 8/4, not done yet. Also needs PCV20 + flu (flu not available until Sept)")]
    q_lines = "\n".join("%s %s - %s - %s" % (n, fam, db, anum(1)) for n, db in members)
    q = f"""Hi Jolene,

Checking on the {fam} family, all 5 were seen 7/29. Can you let me know where each one stands?

{q_lines}

Thanks so much!
Fatima"""
    a_lines = "\n".join("  %-22s %s" % (n, s) for n, s in ans)
    body = f"""Hi Fatima - here's where everyone is:

{a_lines}

So 2 of 5 can be picked up any time. Grandma is the long pole - she needs to get the chest X-ray done at
Brightline (walk-in, 8-4, order is already there). If the film is normal she'll get her envelope the
same week. Flu shot: the doctor can mark it "not routinely available" if we're still before flu season
when she's ready.

Jolene

{on_wrote(prev, 'Fatima Benali <fbenali@oklaw-immigration.com>')}
{quote(q)}
"""
    m = mk(A("park"), A("fbenali"), f"RE: {fam} family (5) - status", body, date=d, irt=mid("oklaw-immigration.com"))
    return m, "; ".join("%s %s" % (n.split(" ")[0], fam) for n, _ in members)


@reg("phi", "lists")
def lists_vax_xlsx():
    d = when(9, 30, 17)
    people = pick_names(8)
    rows = [["Chart", "Patient", "DOB", "Phone", "Missing", "Next dose eligible", "Called", "Notes"]]
    gaps = ["VAR #2", "Hep B #2", "Hep B #3", "MMR #2", "Tdap", "VAR #2", "Hep B #2", "MMR #2 + VAR #2"]
    notes = ["LM x2", "sched 10/7", "", "pregnant - defer, doc aware", "", "sched 10/9 8:30", "no answer, VM full",
             "mom will call back"]
    for (l, f), g, n in zip(people, gaps, notes):
        due = datetime.date(2025, 10, random.randint(1, 24)).strftime("%m/%d/%Y")
        rows.append([int(chart()), "%s, %s" % (l, f), dob(5, 60), tel(), g, due,
                     random.choice(["Y", "Y", "N"]), n])
    body = f"""Hi all,

Attached is the September list of applicants with an open vaccine series (can't sign until done or
documented). Please work it this week - call, schedule, and update the Called/Notes columns. Save it back
to the S: drive (S:\\FrontDesk\\Vaccine followup\\), not to your desktop.

Thanks
Thuy

{sig('thuy')}

{DISCLAIMER}"""
    m = mk(A("thuy"), [A("park"), A("volkov"), A("ortiz")], "Sept open vaccine series - call list", body, date=d,
           html=html_of(body))
    att(m, xlsx(rows, "Open series Sept"), "open_vax_series_2025-09.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    return m, "; ".join("%s %s" % (f, l) for l, f in people)


@reg("phi", "lists")
def lists_cxr_pipe():
    d = when(2, 28, 16)
    people = pick_names(5)
    lines = ["REF_DATE|PT_NAME|DOB|PHONE|ORDER|REASON|ORDERING"]
    for l, f in people:
        lines.append("02/%02d/2025|%s, %s|%s|%s|XR CHEST PA+LAT|Positive IGRA, I-693|%s" % (
            random.randint(17, 28), l.upper(), f.upper(), dob(18, 70), tel(),
            random.choice(["FERREIRA-QUINN M", "ASANTE K"])))
    table = "\n".join(lines)
    body = f"""Hi Brightline team,

Below are the chest X-ray referrals we sent over in the last two weeks. Our records show no report yet for
any of these. Can you check if they came in? If they haven't been seen we'll call them.

{table}

Please fax reports to {CLINIC_FAX} or post to the portal.

Thank you,
Dmitri Volkov, CMA
{CLINIC}
{CLINIC_TEL}
"""
    m = mk(A("volkov"), addr("Brightline Scheduling", "scheduling@brightlinerad.com"),
           "outstanding CXR referrals - Northgate", body, date=d)
    return m, "; ".join("%s %s" % (f, l) for l, f in people)


@reg("phi", "lists")
def lists_pickup_log():
    d = when(10, 31, 18)
    people = pick_names(6)
    hdr = "Date\tApplicant\tEnvelope #\tPicked up by\tID checked\tStaff"
    rows = [hdr]
    for i, (l, f) in enumerate(people):
        by = "self" if i % 3 else random.choice(["spouse", "attorney courier", "son"])
        rows.append("10/%02d\t%s %s\tNG-%d\t%s\t%s\t%s" % (random.randint(27, 31), f, l, random.randint(25000, 25999),
                                                       by, "DL" if by != "attorney courier" else "firm badge + auth",
                                                       random.choice(["JP", "GO", "DV"])))
    log = "\n".join(rows)
    body = f"""Tamsin - end of month envelope pickup log for the binder. Also 2 envelopes are still sitting in the
drawer > 30 days (the Rahman one and the one for the boy whose grandfather was supposed to come).
Should I call again or mail to the attorney?

{log}

Jolene
"""
    m = mk(A("park"), A("reyes"), "Oct envelope pickup log", body, date=d)
    return m, "; ".join("%s %s" % (f, l) for l, f in people)


@reg("phi", "lists")
def lists_interpreter_week():
    d = when(11, 7, 13)
    people = pick_lang_names(6)
    langs = [POOL_LANG[l] for l, f in people]
    days = ["Mon 11/10 9:00", "Mon 11/10 1:30", "Tue 11/11 10:15", "Wed 11/12 8:30", "Thu 11/13 2:15", "Fri 11/14 11:00"]
    vt = ["new exam", "results + vax", "new exam (family of 3)", "CXR results", "vax #2", "new exam, elderly - allow extra time"]
    lines = "\n".join("- %s - %s %s - %s - %s" % (dd, f, l, lg, v) for dd, (l, f), lg, v in zip(days, people, langs, vt))
    body = f"""Hi Ana Lucia,

Please book in-person interpreters for the following next week. All at our Larkspur Commons office,
provider Dr. Ferreira-Quinn unless noted.

{lines}

The Tuesday one is Dr. Asante. For the Friday visit the patient's daughter will be there too but we
still need a qualified interpreter (we don't use family members).

Thank you!
Jolene
"""
    m = mk(A("park"), A("tidewater"), "interpreter requests wk of 11/10", body, date=d)
    return m, "; ".join("%s %s" % (f, l) for l, f in people)


# ===========================================================================
# PHI - names
# ===========================================================================
@reg("phi", "names")
def names_curbside():
    d = when(4, 23, 13)
    body = """Kwame,

Can you take a look at Jean-Robert's film when you have a sec? (Baptiste, the 58 yo from this morning,
IGRA 4.1.) Brightline reads it as "calcified granuloma RUL, no acute process, no findings suggestive of
active TB". No symptoms, no prior treatment that he knows of, came from Port-au-Prince in 2019.

Per the TIs a single calcified granuloma shouldn't make him Class B, so I'm going with LTBI, no class,
and referral for treatment. But you've had more of these - would you do anything different? He's
anxious about the whole thing and I want to tell him something definite at his 3pm.

M"""
    m = mk(A("ferreira"), A("asante"), "curbside - CXR", body, date=d)
    return m, "Jean-Robert Baptiste"


@reg("phi", "names")
def names_subject_only():
    d = when(2, 4, 11)
    body = """She called twice this morning. Wants to know if the titer she had done at her job last year counts
instead of getting the shot here. She says she has the lab printout. Can you call her back after 12?
Number is in the chart.

thx
Gabi"""
    m = mk(A("ortiz"), A("thuy"), "Nguyen, Thi Hoa - call back re varicella titer", body, date=d)
    return m, "Nguyen, Thi Hoa"


@reg("phi", "names")
def names_quoted_reply():
    d = when(6, 18, 10)
    prev = before(d, 20, 70)
    prev2 = before(prev, 5, 30)
    q1 = """Hi Rachel,

Following up on Ms. Obi. As we discussed with her (she asked us to keep you posted), her syphilis
screening came back reactive and the confirmatory test was positive. She has been referred to the
Sorrel County health department clinic for treatment. Once she brings documentation that treatment is
complete, Dr. Asante can finish the form - per the instructions we can't certify it before then.

She has an appointment at the county clinic next Tuesday.

Tamsin"""
    q0 = """Any update on Adaeze Obi's medical? Exam was 5/30. We're hoping to file this month.

Rachel"""
    body = f"""Thanks Tamsin, understood. We'll hold the filing.

Rachel Lindqvist, Esq.
Okonkwo & Lindqvist Immigration

{LAW_DISCLAIMER}

{on_wrote(prev, 'Tamsin Reyes <treyes@northgatecsc.com>')}
{quote(q1)}
>
> {on_wrote(prev2, 'Rachel Lindqvist <rlindqvist@oklaw-immigration.com>')}
{quote(quote(q0), '> ')}
"""
    m = mk(A("lindqvist"), A("reyes"), "RE: medical exam follow-up", body, date=d, irt=mid(DOM))
    return m, "Adaeze Obi"


@reg("phi", "names")
def names_nickname():
    d = when(10, 22, 15)
    body = """FYI - Grandpa Lin was in again today with the whole family (that's 6 of them now). He couldn't
remember if he ever had the pneumonia shot and his son thinks he had one "at the Chinatown clinic" in
2021. I checked NJIIS and there's nothing under his DOB. He's 74 and diabetic so Dr. F wants PCV20 if we
can't find proof - I told the son we'll hold off until Friday in case they find the card.

Also his sugar was 280 on the fingerstick (we did it because he said he felt off). Doc told him to call his
PCP today. Son said he'd take him.

Thuy"""
    m = mk(A("thuy"), [A("park"), A("ferreira")], "Lin family", body, date=d)
    return m, "Grandpa Lin"


@reg("phi", "names")
def names_last_first():
    d = when(8, 13, 9)
    body = """Morning Dr. A,

Please pull Haddad, Samir before 10 - he's here for his 2nd Hep B and asking whether he really needs the 3rd
one before you sign. He says his attorney told him only 2 are needed. I told him I'd ask you. His first dose
was 7/14.

Also Haddad, Rania (wife) is with him, she wants to know if her QFT came back. It did - negative - but I
didn't want to tell her before you saw it.

Dmitri"""
    m = mk(A("volkov"), A("asante"), "Haddad x2 - in lobby", body, date=d)
    return m, "Samir Haddad; Rania Haddad"


@reg("phi", "names")
def names_mrs_arm():
    d = when(3, 5, 16)
    body = f"""Dr. F,

Mrs. Kowalski called at 3:40 (Tdap + flu on Monday, left arm). She says the arm is swollen, red and warm
from the shoulder to about halfway to the elbow since yesterday, no fever, can move it ok. I told her cold
compress, Tylenol or Motrin, and to go to urgent care if it spreads or she gets a fever. She'd still like
you to call her. She's at work until 6, cell {tel('908')}.

I put it in as a telephone encounter.

Thuy Nguyen-Hale, LPN"""
    m = mk(A("thuy"), A("ferreira"), "call back - Mrs. Kowalski - arm reaction", body, date=d)
    return m, "Mrs. Kowalski"


@reg("phi", "names")
def names_first_only():
    d = when(5, 27, 12)
    body = """Hi team - Rahim got really dizzy after his draw this morning, went white and sweaty in the chair. Laid
him down, legs up, juice and crackers. BP 98/60 lying -> 104/68 after 15 min. Stayed about 25 min total
and was fine walking out with his brother driving.

Flagging in case he or the lawyer calls. If he comes back for vaccines please have him lie down for them.

Thuy"""
    m = mk(A("thuy"), A("allstaff"), "vasovagal this AM - fyi", body, date=d)
    return m, "Rahim"


@reg("phi", "names")
def names_forwarded_pregnancy():
    d = when(7, 15, 14)
    prev = before(d, 1, 4)
    q = """Carolina (the 2:30) just told me she is 14 weeks pregnant. She's due for MMR and varicella per the
table. Do I still give them? She's also due for the flu shot.

Gabi"""
    fw = f"""From: Gabriela Ortiz <gortiz@northgatecsc.com>
Date: {prev.strftime('%a, %b %-d, %Y at %-I:%M %p')}
Subject: question - 2:30 pt
To: Marisol Ferreira-Quinn <mferreira@northgatecsc.com>

{q}"""
    body = f"""Thuy - fwd so you have it for the vaccine record. For Carolina Méndez: NO MMR, NO varicella (live
vaccines, contraindicated in pregnancy). Mark both "not medically appropriate - contraindication" on the
form. Flu (inactivated) and Tdap are fine, give both today. I already explained it to her.

M

---------- Forwarded message ---------
{fw}
"""
    m = mk(A("ferreira"), A("thuy"), "Fwd: question - 2:30 pt", body, date=d, cc=A("ortiz"))
    return m, "Carolina Méndez"


# ===========================================================================
# PHI - self
# ===========================================================================
@reg("phi", "self")
def self_lowercase():
    d = when(1, 16, 21)
    body = """hi, i did my immigration exam tuesday with the lady doctor. when will my tb blood test be ready?? my
lawyer needs the envelope by friday for my aos filing. also i got 3 shots and my arm hurts a lot is that
normal

thanks
wei

wei zhang
(201) 555-0187"""
    m = mk(addr("Wei Zhang", "zhangwei.nj2019@qmail-us.com"), A("frontdesk"), "tb test result?", body, date=d)
    return m, "Wei Zhang"


@reg("phi", "self")
def self_bcg_phone():
    d = when(2, 19, 22)
    body = """Hello Dr. Asante,

Your office called today to say my QuantiFERON was positive and I need a chest X-ray. I'm honestly pretty
scared. I had the BCG vaccine as a baby in Kazakhstan and I was told that is why my skin tests were always
positive - is that the reason? I feel completely healthy, no cough.

Also I am 10 weeks pregnant (I didn't mention it at the visit because I only found out last week). Is the
X-ray safe? Can I wait until after the baby?

Thank you,
Aigerim Nurlanovna Bekova
DOB 06/30/1992

Sent from my iPhone"""
    m = mk(addr("Aigerim Bekova", "aigerim.bekova@kzmail-us.com"), A("asante"),
           "my TB result - questions", body, cc=A("frontdesk"), date=d)
    return m, "Aigerim Nurlanovna Bekova"


@reg("phi", "self")
def self_bill():
    d = when(4, 8, 9)
    body = f"""To the billing department,

I had my immigration medical exam on March 27. Your website says the exam is $375 including the TB blood
test, but my credit card statement shows $450 from Northgate Civil Surgeon on 3/27 and another $42 on 4/2.

I think the $42 is for a flu shot, but I did NOT get a flu shot - the nurse said it was not needed because
the season was over. I did get the Tdap which the doctor said was $68. So I don't understand the numbers.
Could you please send me an itemized receipt and refund whatever is extra?

My invoice number from the visit is INV-{random.randint(250000, 259999)}.

Regards,
Emmanuel Ofori-Atta
{tel('973')}"""
    m = mk(addr("Emmanuel Ofori-Atta", "e.oforiatta@ghmail-us.net"), A("billing"), "Overcharge - exam 3/27",
           body, date=d, html=html_of(body))
    return m, "Emmanuel Ofori-Atta"


@reg("phi", "self")
def self_lost_records():
    d = when(5, 12, 13)
    body = """Hi,

I'm scheduling my green card medical and wanted to ask something first. I did my military service in
Poland 2005-2006 and got a lot of vaccines there, then more when I worked on cruise ships 2010-2014, but
I lost my vaccination booklet when we moved last year.

Can you do blood titers instead of giving me everything again? Or can you request the records from Poland?
My info: Andrzej Kowalewski, DOB 11/03/1985, last 4 SSN 4417. I'd rather do titers because I had a bad
reaction (fainting, hives) after a shot on the ship in 2011 and I'm not sure which one it was.

Thanks,
Andrzej"""
    m = mk(addr("Andrzej Kowalewski", "andrzej.kowalewski85@plmail-us.com"), A("frontdesk"),
           "vaccine records lost - titers?", body, date=d)
    return m, "Andrzej Kowalewski"


@reg("phi", "self")
def self_privacy():
    d = when(6, 24, 8)
    body = """Good morning,

I had my exam on 6/20 with Dr. Ferreira. I want to ask that you please do NOT give my results or the envelope
to anyone from my employer's law firm (the company is sponsoring me and their lawyer's office keeps
calling). I signed something at the front desk but I didn't read it carefully.

I will pick up the envelope myself. I also want a copy of my lab results for my own doctor, especially the
syphilis test and the hepatitis B, because the doctor mentioned something about my liver numbers.

Please call me only on my cell, not my work number.

Thank you,
Neha S. (Neha Srinivasan)"""
    m = mk(addr("Neha Srinivasan", "neha.srini.personal@inmail-us.com"), A("frontdesk"),
           "Please do not release my results to employer attorney", body, date=d)
    return m, "Neha Srinivasan"


@reg("phi", "self")
def self_short():
    d = when(8, 19, 7)
    body = """Can I come tomorrow morning for my second chickenpox shot? Its been 4 weeks since the first one (7/22).

- Oksana Hrytsenko

Sent from my Galaxy"""
    m = mk(addr("Oksana H", "oksanahr@uamail-us.com"), A("frontdesk"), "second shot", body, date=d)
    return m, "Oksana Hrytsenko"


@reg("phi", "self")
def self_reply_reminder():
    d = when(10, 17, 20)
    prev = before(d, 6, 30)
    appt = "Monday, October 20, 2025 at 9:30 AM"
    q = f"""Hello Patricia,

This is a reminder of your upcoming appointment:

  {appt}
  Dr. Kwame Asante - Follow-up visit (vaccines / X-ray order)
  {CLINIC}, {CLINIC_ADDR}

Please bring your photo ID, any vaccination records, and your payment. Reply C to confirm or call
{CLINIC_TEL} to reschedule.

This mailbox is not monitored."""
    body = f"""Hi I tried calling but got the machine. I just found out I'm about 8 weeks pregnant. Is the x-ray safe??
And can I still get the shots Monday? I don't want to hurt the baby but I also can't delay my case too long.
Please call me back.

Patricia Okonjo-Reid

{on_wrote(prev, 'Northgate Civil Surgeon Clinic <noreply@northgatecsc.com>')}
{quote(q)}
"""
    m = mk(addr("Patricia Okonjo-Reid", "patty.okonjoreid@ngmail-us.com"),
           '"Northgate Civil Surgeon Clinic" <noreply@northgatecsc.com>',
           "Re: Appointment reminder - Northgate Civil Surgeon Clinic", body, date=d, irt=mid(DOM))
    return m, "Patricia Okonjo-Reid"


# ===========================================================================
# PHI - struct
# ===========================================================================
def hl7ts(d):
    return d.strftime("%Y%m%d%H%M%S")


@reg("phi", "struct")
def struct_oru_body():
    d = when(6, 11, 9)
    acc = "25-QF-%07d" % random.randint(100000, 999999)
    mr = chart()
    ctl = "CDX%08d" % random.randint(0, 99999999)
    coll = d - datetime.timedelta(days=2, hours=3)
    msg = "\r".join([
        f"MSH|^~\\&|CORVANE_LIS|CORVANEDX|NGCSC_EHR|NORTHGATE|{hl7ts(d)}||ORU^R01^ORU_R01|{ctl}|P|2.5.1",
        f"PID|1||{mr}^^^NGCSC^MR~{acc}^^^CDX^AN||DESROSIERS^ROSEMENE^^^^^L||19880412|F|||77 Pell St Apt 3B^^Harlow Ridge^NJ^07093^USA||^PRN^PH^^^908^5550144",
        f"ORC|RE|NG{random.randint(100000, 999999)}|{acc}||CM||||{hl7ts(coll)}|||1598765432^ASANTE^KWAME^^^^DO",
        f"OBR|1|NG{random.randint(100000, 999999)}|{acc}|QFTP^QuantiFERON-TB Gold Plus^L|||{hl7ts(coll)}|||||||||1598765432^ASANTE^KWAME||||||{hl7ts(d)}|||F",
        "OBX|1|NM|QFT-NIL^Nil^L||0.06|IU/mL|||||F",
        "OBX|2|NM|QFT-TB1^TB1 minus Nil^L||1.87|IU/mL|<0.35||A|||F",
        "OBX|3|NM|QFT-TB2^TB2 minus Nil^L||2.42|IU/mL|<0.35||A|||F",
        "OBX|4|NM|QFT-MIT^Mitogen minus Nil^L||>10.00|IU/mL|||||F",
        "OBX|5|ST|QFT-INT^QuantiFERON Interpretation^L||POSITIVE||NEGATIVE|A|||F",
        "NTE|1||M. tuberculosis infection likely. Clinical evaluation and chest radiograph recommended.",
    ])
    body = f"""Hi Dmitri,

Our interface engine dropped this one (the ACK came back AE from your side - PID-11 too long?), so
per our call here is the raw ORU for manual entry. The final report is also in Corvane Link.

{msg.replace(chr(13), chr(10))}

Please let me know once it's entered and I'll close the ticket.

Marcus Oyelowo
Interface Analyst, Corvane Diagnostics
{tel('973')}
"""
    m = mk(addr("Marcus Oyelowo", "moyelowo@corvanedx.com"), A("volkov"), f"Manual resend - ORU {ctl}", body,
           cc=addr("Bytewell Support", "support@bytewell-it.net"), date=d)
    return m, "Rosemene Desrosiers"


@reg("phi", "struct")
def struct_siu_attach():
    d = when(9, 8, 7)
    people = [("ABDIRAHMAN", "FARHIYA", "19900617", "F"), ("ABDIRAHMAN", "SAGAL", "20150302", "F"),
              ("MONTERROSO", "KEVIN", "19960129", "M")]
    segs = []
    start = datetime.datetime(2025, 9, 10, 9, 0, tzinfo=TZ_DST)
    for i, (l, f, b, s) in enumerate(people):
        st = start + datetime.timedelta(minutes=30 * i)
        segs.append("\r".join([
            f"MSH|^~\\&|BOOKIT|NGCSC|NGCSC_EHR|NORTHGATE|{hl7ts(d)}||SIU^S12|BK{random.randint(1000000, 9999999)}|P|2.3",
            f"SCH|{9100 + i}|{9100 + i}|||||I693^Immigration exam - new^L|NEW|30|min|^^30^{hl7ts(st)}^{hl7ts(st + datetime.timedelta(minutes=30))}",
            f"PID|1||{chart()}^^^NGCSC^MR||{l}^{f}||{b}|{s}|||{random.randint(10, 999)} Bramble Ct^^Harlow Ridge^NJ^07093||{tel('908')}",
            f"AIG|1||FERREIRA^MARISOL|",
            f"AIL|1||NGCSC^RM{2 + i}",
            f"NTE|1||{'Somali interpreter requested' if i < 2 else 'Prior TST positive per applicant'}",
        ]))
    data = "\r\n".join(segs) + "\r\n"
    body = """Haroon,

The booking site -> EHR feed didn't create these three appointments for Wednesday (they're in BookIt but not
on the schedule). Attaching the messages from the outbound folder. Can you see why they failed? We had the
same thing in August.

I added them by hand for now.

Jolene"""
    m = mk(A("park"), A("haroon"), "SIU messages not crossing over", body, cc=A("reyes"), date=d)
    att(m, data.encode("utf-8"), "siu_failed_20250908.hl7", "application/octet-stream")
    return m, "Farhiya Abdirahman; Sagal Abdirahman; Kevin Monterroso"


@reg("phi", "struct")
def struct_fhir_iis():
    d = when(3, 27, 10)
    pid = "njiis-%d" % random.randint(1000000, 9999999)
    vax = [("03", "MMR", "2019-05-14", "Y0%05d" % random.randint(0, 99999)),
           ("21", "varicella", "2019-05-14", "Z%06d" % random.randint(0, 999999)),
           ("115", "Tdap", "2021-10-02", "U%06d" % random.randint(0, 999999)),
           ("43", "Hep B, adult", "2021-10-02", "A%05dB" % random.randint(0, 99999)),
           ("150", "Influenza, injectable, quadrivalent, preservative free", "2024-10-18", "FL%05d" % random.randint(0, 99999))]
    entries = [{"fullUrl": "urn:uuid:pt-1", "resource": {
        "resourceType": "Patient", "id": pid,
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.4.3.34.999", "value": pid}],
        "name": [{"family": "Shrestha", "given": ["Prabin", "Kumar"]}],
        "gender": "male", "birthDate": "1994-08-21",
        "address": [{"line": ["412 Juniper Row"], "city": "Harlow Ridge", "state": "NJ", "postalCode": "07093"}]}}]
    for i, (cvx, disp, dt, lot) in enumerate(vax, 1):
        entries.append({"fullUrl": "urn:uuid:imm-%d" % i, "resource": {
            "resourceType": "Immunization", "id": "imm-%d" % i, "status": "completed",
            "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": cvx, "display": disp}]},
            "patient": {"reference": "Patient/" + pid}, "occurrenceDateTime": dt, "lotNumber": lot,
            "primarySource": False}})
    bundle = {"resourceType": "Bundle", "type": "searchset", "total": len(entries), "timestamp": d.isoformat(),
              "entry": entries}
    body = """Dr. F - IIS query result for Mr. Shrestha attached (pulled it from the registry portal as JSON since the
print view was cut off). He has MMR, varicella x1 only, Tdap 2021, Hep B x1, flu last season.
So he still needs VAR #2, Hep B #2 and #3, and this season's flu. Ok to order?

Thuy"""
    m = mk(A("thuy"), A("ferreira"), "IIS record - Shrestha", body, date=d)
    att(m, json.dumps(bundle, indent=2, ensure_ascii=False), "iis_query_%s.json" % pid, "application/json")
    return m, "Prabin Kumar Shrestha"


def x12_837(claims, d):
    ctl = "%09d" % random.randint(1, 999999999)
    isa = "ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*%s*^*00501*%s*0*P*:~" % (
        "NGCSC4471", "HARBORLIGHT", d.strftime("%y%m%d"), d.strftime("%H%M"), ctl)
    gs = "GS*HC*NGCSC4471*HARBORLIGHT*%s*%s*%d*X*005010X222A1~" % (d.strftime("%Y%m%d"), d.strftime("%H%M"), int(ctl) % 100000)
    st = ["ST*837*0001*005010X222A1~",
          "BHT*0019*00*NG%s*%s*%s*CH~" % (ctl[-6:], d.strftime("%Y%m%d"), d.strftime("%H%M")),
          "NM1*41*2*NORTHGATE CIVIL SURGEON CLINIC*****46*NGCSC4471~",
          "PER*IC*BENEDITA SOUZA*TE*9085550162*FX*9085550179~",
          "NM1*40*2*HARBORLIGHT HEALTH PLAN*****46*HLHP01~",
          "HL*1**20*1~",
          "PRV*BI*PXC*207Q00000X~",
          "NM1*85*2*NORTHGATE CIVIL SURGEON CLINIC*****XX*1487623950~",
          "N3*1840 LARKSPUR COMMONS DR STE 210~",
          "N4*HARLOW RIDGE*NJ*070931234~",
          "REF*EI*224781366~"]
    hl = 2
    for c in claims:
        st += ["HL*%d*1*22*0~" % hl,
               "SBR*P*18*%s******CI~" % c["group"],
               "NM1*IL*1*%s*%s****MI*%s~" % (c["last"], c["first"], c["member"]),
               "N3*%s~" % c["street"],
               "N4*HARLOW RIDGE*NJ*07093~",
               "DMG*D8*%s*%s~" % (c["dob"], c["sex"]),
               "NM1*PR*2*HARBORLIGHT HEALTH PLAN*****PI*HLHP01~",
               "CLM*%s*%.2f***11:B:1*Y*A*Y*Y~" % (c["clm"], sum(x[1] for x in c["lines"])),
               "HI*ABK:Z23~"]
        for i, (cpt, amt) in enumerate(c["lines"], 1):
            st += ["LX*%d~" % i, "SV1*HC:%s*%.2f*UN*1***1~" % (cpt, amt), "DTP*472*D8*%s~" % c["dos"]]
        hl += 1
    st.append("SE*%d*0001~" % (len(st) + 1))
    return "\n".join([isa, gs] + st + ["GE*1*%d~" % (int(ctl) % 100000), "IEA*1*%s~" % ctl]) + "\n"


@reg("phi", "struct")
def struct_837():
    d = when(6, 13, 15)
    claims = [
        {"last": "ALVARENGA", "first": "JOSUE", "member": "XKH%09d" % random.randint(0, 999999999), "group": "GRP8812",
         "street": "19 CEDAR KNOLL RD", "dob": "19830917", "sex": "M", "clm": "NG250612%03d" % random.randint(0, 999),
         "dos": "20250612", "lines": [("90715", 52.0), ("90471", 16.0), ("90746", 74.0), ("90472", 12.0)]},
        {"last": "ALVARENGA", "first": "KARLA", "member": "XKH%09d" % random.randint(0, 999999999), "group": "GRP8812",
         "street": "19 CEDAR KNOLL RD", "dob": "19860204", "sex": "F", "clm": "NG250612%03d" % random.randint(0, 999),
         "dos": "20250612", "lines": [("90716", 165.0), ("90471", 16.0)]},
    ]
    data = x12_837(claims, d)
    body = f"""Bene - the clearinghouse kicked back the batch from yesterday with a 999 reject (IK3 error on loop
2010BA?). Attaching the 837 file exactly as it went out so you can compare against the rejection. I think
it's the ZIP+4 on the billing provider again.

Haroon

Haroon Siddiqui
Bytewell IT Services | support line {tel('908')}
"""
    m = mk(A("haroon"), A("souza"), "837 batch rejected - file attached", body, date=d)
    att(m, data, "NGCSC_837P_20250612.txt", "text/plain")
    return m, "Josue Alvarenga; Karla Alvarenga"


@reg("phi", "struct")
def struct_ccda():
    d = when(1, 23, 11)
    rows = [("MMR", "03", "20020811"), ("MMR", "03", "20060903"), ("Varicella", "21", "20060903"),
            ("Hep B, pediatric", "08", "19990714"), ("Hep B, pediatric", "08", "19990818"),
            ("Hep B, pediatric", "08", "20000122"), ("Tdap", "115", "20120917")]
    ents = []
    for i, (nm, cvx, dt) in enumerate(rows, 1):
        ents.append(f"""        <entry typeCode="DRIV">
          <substanceAdministration classCode="SBADM" moodCode="EVN" negationInd="false">
            <templateId root="2.16.840.1.113883.10.20.22.4.52" extension="2015-08-01"/>
            <id root="7d1b1c3e-{random.randint(1000, 9999)}-4a2f-9e1b-{random.randint(100000000000, 999999999999)}"/>
            <statusCode code="completed"/>
            <effectiveTime value="{dt}"/>
            <consumable><manufacturedProduct classCode="MANU">
              <manufacturedMaterial><code code="{cvx}" codeSystem="2.16.840.1.113883.12.292" displayName="{nm}"/></manufacturedMaterial>
            </manufacturedProduct></consumable>
          </substanceAdministration>
        </entry>""")
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="CCD-{random.randint(100000, 999999)}"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summary of episode note"/>
  <title>Continuity of Care Document - Riverbend Pediatrics &amp; Family Medicine</title>
  <effectiveTime value="{d.strftime('%Y%m%d%H%M%S')}-0500"/>
  <recordTarget>
    <patientRole>
      <id extension="RB{random.randint(100000, 999999)}" root="2.16.840.1.113883.19.5.99999.2"/>
      <addr use="HP"><streetAddressLine>2280 Orchard Gate Ln</streetAddressLine><city>Plainbrook</city><state>PA</state><postalCode>19046</postalCode></addr>
      <telecom value="tel:+1-215-555-0172" use="MC"/>
      <patient>
        <name use="L"><given>Lucía</given><given>Fernanda</given><family>Betancourt</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19980530"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.2.1" extension="2015-08-01"/>
      <code code="11369-6" codeSystem="2.16.840.1.113883.6.1" displayName="History of immunizations"/>
      <title>Immunizations</title>
{chr(10).join(ents)}
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
    body = """Hello,

Per the request from your office, attached is the CCD for the patient from our practice, which includes
her immunization history. A signed authorization is on file.

Riverbend Pediatrics & Family Medicine - Medical Records
Phone (215) 555-0190 | Fax (215) 555-0191"""
    m = mk(addr("Riverbend Medical Records", "records@riverbendpfm.com"), A("frontdesk"),
           "Records request - immunization history", body, date=d)
    att(m, xml, "CCD_Betancourt_L.xml", "application/xml")
    return m, "Lucía Fernanda Betancourt"


@reg("phi", "struct")
def struct_fixed_width():
    d = when(11, 3, 6)
    people = pick_names(5)
    imps = ["NO ACTIVE CARDIOPULMONARY DISEASE", "CALCIFIED GRANULOMA RUL, NO ACTIVE TB", "NORMAL CHEST",
            "APICAL PLEURAL THICKENING L, RECOMMEND CT", "NO ACUTE FINDINGS"]
    lines = []
    for (l, f), imp in zip(people, imps):
        lines.append("%-10s%-20s%-15s%-8s%-8s%-5s%-45s" % (
            "BRL%07d" % random.randint(0, 9999999), l.upper()[:20], f.upper()[:15],
            datetime.date(2025 - random.randint(20, 70), random.randint(1, 12), random.randint(1, 28)).strftime("%Y%m%d"),
            "202510%02d" % random.randint(27, 31), "71046", imp))
    data = "\r\n".join(lines) + "\r\n"
    hdr = "record layout: MRN(10) LAST(20) FIRST(15) DOB(8) EXAMDT(8) CPT(5) IMPRESSION(45)"
    body = f"""Automated weekly extract - Brightline Radiology - referring client NORTHGATE CSC
Period: 10/27/2025 - 10/31/2025   Records: {len(lines)}
{hdr}

This file is generated automatically. Contact support@brightlinerad.com with questions.
"""
    m = mk(addr("Brightline Data Services", "noreply-extracts@brightlinerad.com"), A("frontdesk"),
           "Weekly results extract NGCSC 20251031", body, date=d, headers={"Auto-Submitted": "auto-generated"})
    att(m, data, "NGCSC_BRL_20251031.dat", "application/octet-stream")
    return m, "; ".join("%s %s" % (f, l) for l, f in people)


@reg("phi", "struct")
def struct_booking_json():
    d = when(8, 25, 22)
    payload = {
        "event": "appointment.created",
        "source": "bookit-web/3.8.2",
        "created_at": d.isoformat(),
        "appointment": {
            "id": "apt_%s" % "".join(random.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(12)),
            "start": "2025-09-02T08:30:00-04:00", "duration_min": 45,
            "provider": "Dr. Kwame Asante", "location": "Larkspur Commons",
            "visit_type": "I-693 full exam + vaccines",
            "interpreter_needed": True, "interpreter_language": "Spanish",
        },
        "applicant": {
            "first_name": "Yordi", "last_name": "Matamoros Lagos", "dob": "1979-12-03", "sex": "M",
            "phone": "+1908555%04d" % random.randint(100, 199), "email": "yordi.matamoros@correo-latino.net",
            "a_number": anum(), "uscis_receipt": receipt("IOE"),
            "attorney": {"firm": "Law Office of Irina Petrosyan", "email": "irina@petrosyanlaw.net"},
        },
        "intake_answers": {
            "previous_positive_tb_test": "yes - 2016 skin test in Honduras, took pills 6 months",
            "currently_pregnant": "n/a",
            "vaccination_records_available": "partial",
            "medications": "losartan 50 mg",
            "notes": "I have diabetes and high blood pressure",
        },
        "payment": {"status": "deposit_paid", "amount": 100.00, "card_last4": "%04d" % random.randint(0, 9999)},
    }
    body = "New booking received.\n\n" + json.dumps(payload, indent=2, ensure_ascii=False) + \
        "\n\n-- \nBookIt notifications | manage webhooks at https://app.bookit-scheduling.com/settings\n"
    m = mk(addr("BookIt Notifications", "notify@bookit-scheduling.com"), A("frontdesk"),
           "[BookIt] appointment.created - Sep 2, 8:30 AM", body, date=d, headers={"Auto-Submitted": "auto-generated"})
    return m, "Yordi Matamoros Lagos"


# ===========================================================================
# CLEAN - admin
# ===========================================================================
@reg("clean", "admin")
def admin_new_edition():
    d = when(2, 3, 8)
    body = f"""Hi everyone,

USCIS posted a new edition of Form I-693. Starting Monday 2/10 we use ONLY the new edition for every exam.
Anything on the old edition that hasn't been signed by then has to be redone on the new one - USCIS will
reject the old edition after the grace period ends.

What changes for us:
 1. Front desk: print the new edition from the USCIS page (check the edition date in the footer of every
    page). Shred the pre-printed blanks in the cabinet by the copier. Do not reuse them for scratch paper.
 2. MAs: the vaccination record section moved to a different part - the new intake checklist on the S:
    drive (S:\\Clinical\\I-693\\checklist_v7.docx) matches the new page order.
 3. Doctors: the civil surgeon certification now needs the designation number on the form itself
    (ours is in the binder at the nurses' station).
 4. Billing: no change to fees.

Dr. Asante and I will do a 20-minute huddle Friday at 8:00 before the first appointment to walk through it.

Thanks,
Tamsin

{sig('reyes')}

{DISCLAIMER}"""
    m = mk(A("reyes"), A("allstaff"), "New I-693 edition - start Monday 2/10", body, date=d, html=html_of(body))
    return m


@reg("clean", "admin")
def admin_qft_supplies():
    d = when(4, 2, 14)
    body = """Team,

Reminder on QFT-Plus tubes and the incubator:

- The new shipment of 4-tube sets (gray/green/yellow/purple) came in. Old lot expires end of the month -
  use those first, they're in the top bin of the draw room cabinet.
- Tubes must be at room temp (17-25 C) when drawn. Don't draw into tubes that were just sitting by the
  window.
- Last QFT draw is 3:30 PM Mon-Thu and 12:00 on Fridays so the courier can get them to Corvane before
  the 16-hour cutoff. No Friday afternoon draws - schedule those people Monday.
- The incubator is going out for calibration Tue 4/8 (Corvane loaner arrives Mon 4/7). Sticker on the
  loaner has the next calibration date, please don't peel it off.

We had two rejected specimens last month for timing, let's keep it at zero.

Thuy"""
    m = mk(A("thuy"), A("allstaff"), "QFT tubes + incubator calibration next week", body, date=d)
    return m


@reg("clean", "admin")
def admin_envelope_process():
    d = when(7, 1, 9)
    body = f"""All,

After the two envelope re-dos last month, here is the sealing checklist again. Please follow it every
time, no shortcuts:

  [ ] Every page of the I-693 is the same edition and all required parts are complete
  [ ] Civil surgeon signed AND dated (this is the one we missed)
  [ ] Vaccination record and lab reports (QFT, syphilis, GC if applicable, CXR report if done) behind the form
  [ ] Applicant signed their part in front of us
  [ ] Envelope sealed at the desk, civil surgeon stamp across the seal, envelope # written on the log
  [ ] Photocopy of the completed form to the chart BEFORE sealing (applicant gets a copy too)

If an attorney's office asks for an unsealed copy, the answer is the applicant's copy only - we don't
send originals to firms.

Thanks,
Tamsin Reyes | Practice Manager
{CLINIC} | {CLINIC_TEL}"""
    m = mk(A("reyes"), [A("park"), A("volkov"), A("ortiz"), A("thuy")], "envelope sealing checklist (again)", body,
           cc=[A("ferreira"), A("asante")], date=d)
    att(m, docx(["Northgate Civil Surgeon Clinic", "I-693 Envelope Sealing Checklist (rev. July 2025)", "",
                 "1. Same edition on every page; all required parts complete.",
                 "2. Civil surgeon signature and date.",
                 "3. Vaccination record and lab reports attached behind the form.",
                 "4. Applicant signature witnessed.",
                 "5. Seal, stamp across seal, record envelope number in log.",
                 "6. Copy to chart and to applicant before sealing."]),
        "Envelope_Checklist_Jul2025.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    return m


@reg("clean", "admin")
def admin_fee_schedule():
    d = when(11, 10, 16)
    body = """Hi Tamsin,

Here's the draft 2026 self-pay price list for the website and the front desk sheet. Vaccine prices follow
our acquisition cost + admin fee; I bumped the ones where the distributor raised prices this year.

  Immigration medical exam (incl. QFT, syphilis, GC when required) .... $395 (was $375)
  Child exam (under 14) ................................................ $250
  Chest X-ray (billed by Brightline directly) ........................... n/a
  MMR ...................................................................  $110
  Varicella ............................................................. $175
  Tdap ..................................................................  $68
  Hep B (adult, per dose) ...............................................  $85
  Influenza (seasonal) ..................................................  $42
  PCV20 ................................................................. $295
  Replacement sealed envelope (our error: free) ..........................  $50
  Records copy / duplicate vaccine record ...............................  $15

Payment due at time of service. We still don't bill insurance for the exam itself, only vaccines if
the applicant asks and has a plan we're in-network with.

Let me know if you want to run it by the doctors first.

Bene"""
    m = mk(A("souza"), A("reyes"), "draft 2026 price list", body, date=d)
    return m


@reg("clean", "admin")
def admin_radiology_contract():
    d = when(9, 15, 11)
    body = f"""Dear Tamsin,

Thank you for meeting with us last week. As discussed, Brightline is pleased to renew the referral
services agreement for 2026 on the following terms:

  - Chest radiograph (PA/LAT) for immigration applicants: patient self-pay rate $65, payable at Brightline
  - Final report turnaround: same business day for studies completed before 2:00 PM; next business day
    otherwise
  - Reports delivered via referring-provider portal and fax to {CLINIC_FAX}
  - Walk-in hours for Northgate referrals: Mon-Fri 8:00-4:00, Sat 8:00-12:00
  - Dedicated scheduling line for your staff
  - Term: 1/1/2026 - 12/31/2026, auto-renew, 60 days' notice to terminate

The agreement is attached for signature by an authorized representative. Please return by 10/31.

Best regards,
Derek Amankwah
Director of Outreach & Referral Relations
Brightline Radiology | {tel('908')}"""
    m = mk(addr("Derek Amankwah", "damankwah@brightlinerad.com"), A("reyes"),
           "2026 referral services agreement - Northgate CSC", body, cc=A("ferreira"), date=d)
    att(m, pdf(["REFERRAL SERVICES AGREEMENT", "Brightline Radiology and Northgate Civil Surgeon Clinic",
                "Term: January 1, 2026 through December 31, 2026", "",
                "1. Services. Brightline will perform chest radiography for applicants referred by Clinic.",
                "2. Fees. Applicant self-pay rate of $65.00 per two-view study, collected by Brightline.",
                "3. Reporting. Final reports within one business day.",
                "4. Confidentiality. Each party will safeguard applicant information as required by law.",
                "", "Signature: ____________________   Title: ______________   Date: _________"],
              title="Referral Services Agreement 2026"), "Brightline_Northgate_Agreement_2026.pdf", "application/pdf")
    return m


@reg("clean", "admin")
def admin_efax_migration():
    d = when(5, 29, 17)
    prev = before(d, 3, 8)
    q = """Haroon - is the fax switch still happening this weekend? Front desk needs to know whether to tell
Brightline and the law firms about a new number.

Tamsin"""
    body = f"""Hi Tamsin,

Yes, Saturday 5/31 from 7 AM. Short version:

 * The fax NUMBER does not change - {CLINIC_FAX} gets ported to the new cloud e-fax service. Nobody outside
   needs to be told anything.
 * Incoming faxes will land in the shared mailbox efax@northgatecsc.com as PDFs instead of printing. I'll
   set a rule so they also print at the front desk printer for the first two weeks.
 * The old fax machine stays plugged in until 6/13 as a fallback, then it goes back to the leasing co.
 * Scanner at the front desk (the Fujitsu) will get the new "Scan to chart" button on Monday.

Expect ~30 min of no faxes between 7 and 8 AM Saturday. Clinic is closed then anyway.

Haroon

Haroon Siddiqui
Bytewell IT Services
Ticket #BW-{random.randint(20000, 29999)}

{on_wrote(prev, 'Tamsin Reyes <treyes@northgatecsc.com>')}
{quote(q)}"""
    m = mk(A("haroon"), A("reyes"), "RE: fax migration this weekend?", body, cc=A("park"), date=d, irt=mid(DOM))
    return m


@reg("clean", "admin")
def admin_meeting_agenda():
    d = when(8, 20, 12)
    start = datetime.datetime(2025, 8, 27, 12, 15, tzinfo=TZ_DST)
    body = """Staff meeting - Wednesday 8/27, 12:15-1:00, break room (lunch provided - Mediterranean)

Agenda
1. Flu season: vaccine ordering (Thuy), when we start offering it, "not routinely available" cutoff
2. Class B / positive IGRA workflow - who tracks CXR completion, when we call, when we escalate to the doctor
3. Interpreter bookings - Tidewater 24h cancellation policy, phone interpreter as backup
4. Envelope pickup drawer - anything over 30 days
5. Saturday clinics in October (sign-up going around separately)
6. Open floor

Please add items by Tuesday noon.

Tamsin"""
    m = mk(A("reyes"), A("allstaff"), "Staff meeting 8/27 - agenda", body, date=d)
    att(m, ics("Staff meeting", start, 45, "Break room, " + CLINIC_ADDR,
               "Monthly staff meeting. Agenda in email.", organizer=("Tamsin Reyes", P["reyes"][1])),
        "meeting.ics", "text/calendar")
    return m


# ===========================================================================
# CLEAN - lookalike
# ===========================================================================
@reg("clean", "lookalike")
def look_invoice():
    d = when(9, 24, 10)
    inv = "INV-%08d" % random.randint(10000000, 99999999)
    po = "PO-NG-25-%04d" % random.randint(100, 999)
    trk = "1Z%s%010d" % ("".join(random.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)), random.randint(0, 9999999999))
    items = [
        ("Influenza vaccine quadrivalent PFS 0.5mL 10-pk", "49281-0425-88", "UT%06dAA" % random.randint(0, 999999), "06/30/2026", 6, 182.40),
        ("Tdap vaccine PFS 0.5mL 10-pk", "58160-0842-52", "AC52B%03dAA" % random.randint(0, 999), "03/31/2027", 2, 465.10),
        ("Hepatitis B vaccine adult PFS 1mL 10-pk", "58160-0821-52", "J%05d" % random.randint(0, 99999), "11/30/2026", 2, 629.80),
        ("MMR vaccine live SDV 10-pk", "00006-4681-00", "Y0%05d" % random.randint(0, 99999), "08/15/2026", 1, 912.55),
        ("Varicella vaccine live SDV 10-pk", "00006-4827-00", "Z%06d" % random.randint(0, 999999), "07/22/2026", 1, 1684.30),
    ]
    lines = []
    total = 0
    for desc, ndc, lot, exp, qty, price in items:
        total += qty * price
        lines.append("%-44s %-14s %-12s %-10s %3d %10.2f %11.2f" % (desc, ndc, lot, exp, qty, price, qty * price))
    body = f"""Thank you for your order. Your invoice is below and attached.

Bill to / Ship to:  NORTHGATE CIVIL SURGEON CLINIC, {CLINIC_ADDR}
Customer #: 7700{random.randint(1000, 9999)}     Invoice: {inv}     Your PO: {po}
Invoice date: {d.strftime('%m/%d/%Y')}     Terms: Net 30     Ship via: UPS Next Day Air (cold chain)
Tracking: {trk}

DESCRIPTION                                  NDC            LOT          EXP        QTY UNIT PRICE  EXT PRICE
{chr(10).join(lines)}

                                                                        Subtotal:  {total:10.2f}
                                                                        Shipping:        0.00
                                                                        TOTAL DUE: {total:10.2f}

Frozen/refrigerated items were shipped with a temperature indicator. Please check the indicator on receipt
and report excursions within 24 hours to 1-800-555-0136.

Meridale Medical Supply - Accounts Receivable
remit@meridalesupply.com"""
    m = mk(addr("Meridale Medical Supply", "invoices@meridalesupply.com"), A("souza"),
           f"Invoice {inv} - PO {po}", body, cc=A("thuy"), date=d)
    att(m, pdf(["MERIDALE MEDICAL SUPPLY - INVOICE %s" % inv, "PO %s   Date %s" % (po, d.strftime('%m/%d/%Y'))] +
               ["%s  NDC %s  LOT %s  EXP %s  QTY %d" % (x[0][:30], x[1], x[2], x[3], x[4]) for x in items] +
               ["TOTAL DUE: $%.2f" % total], title=inv), "%s.pdf" % inv, "application/pdf")
    return m


@reg("clean", "lookalike")
def look_courier_manifest():
    d = when(6, 17, 18)
    rows = []
    for stop, t in [("NGCSC Larkspur", "12:05"), ("NGCSC Larkspur", "16:40")]:
        rows.append("%-16s  %s  bag seal %s  boxes %d  specimens %2d  temp AMB  driver #%d" % (
            stop, t, "CS%07d" % random.randint(0, 9999999), random.randint(1, 2), random.randint(4, 15),
            random.randint(100, 199)))
    body = f"""CORVANE DIAGNOSTICS - COURIER PICKUP CONFIRMATION
Route R-{random.randint(10, 49)} | Date 06/17/2025

{chr(10).join(rows)}

Manifest totals: 2 pickups, all bags received at Central Lab, receiving dock 3, within stability.
Next scheduled pickups: Mon-Thu 12:00 & 16:30, Fri 12:00.
To add a will-call pickup call dispatch {tel('973')} and reference your client account.

This is an automated notification."""
    m = mk(addr("Corvane Courier Dispatch", "dispatch@corvanedx.com"), A("frontdesk"),
           "Pickup confirmation - Route R - 06/17/2025", body, date=d, headers={"Auto-Submitted": "auto-generated"})
    return m


@reg("clean", "lookalike")
def look_provider_roster():
    d = when(1, 14, 10)
    body = f"""Hi Bene,

For the payer re-credentialing packets, here are the provider numbers. Please double check against
the CAQH profiles before you send anything.

Provider                    NPI          NJ License        DEA          USCIS civil surgeon designation
Marisol Ferreira-Quinn, MD  1{random.randint(100000000, 999999999)}   25MA0{random.randint(10000, 99999)}       BF{random.randint(1000000, 9999999)}    designated 2016, on file
Kwame Asante, DO            1{random.randint(100000000, 999999999)}   25MB0{random.randint(10000, 99999)}       BA{random.randint(1000000, 9999999)}    designated 2021, on file

Group NPI (Type 2): 1487623950
Tax ID: 22-4781366
CLIA waiver: 31D{random.randint(1000000, 9999999)} (expires 03/2027)
Medicare PTAN: not enrolled

Malpractice: Garden State Physicians Mutual, policy GSPM-{random.randint(100000, 999999)}, renews 7/1.

Tamsin"""
    m = mk(A("reyes"), A("souza"), "provider #s for recredentialing", body, date=d)
    return m


@reg("clean", "lookalike")
def look_code_sheet():
    d = when(2, 20, 15)
    rows = [["Service", "CPT/HCPCS", "ICD-10 (typical)", "Self-pay", "Notes"],
            ["QuantiFERON-TB Gold Plus", "86480", "Z11.1", "incl.", "ages 2+"],
            ["Syphilis screen (RPR/treponemal)", "86780", "Z11.3", "incl.", "ages 18-44"],
            ["Gonorrhea NAAT", "87591", "Z11.3", "incl.", "ages 18-24"],
            ["Chest X-ray 2 views", "71046", "R76.11", "Brightline", "if IGRA positive or symptoms"],
            ["MMR", "90707", "Z23", "110", ""], ["Varicella", "90716", "Z23", "175", ""],
            ["Tdap", "90715", "Z23", "68", ""], ["Hep B adult", "90746", "Z23", "85", "per dose"],
            ["Influenza", "90686", "Z23", "42", "seasonal"], ["PCV20", "90677", "Z23", "295", "65+"],
            ["Vaccine admin, first", "90471", "", "incl.", ""], ["Vaccine admin, each addl", "90472", "", "incl.", ""],
            ["Exam encounter (immigration)", "99450*", "Z02.89", "395", "*internal code, not billed to payers"]]
    body = """Updated code cheat sheet for the front desk and billing binder. Nothing patient-specific in here,
it's just the code-to-service map we use when someone asks us to bill their plan for vaccines.

Please replace the old laminated copy at check-in.

Bene"""
    m = mk(A("souza"), [A("park"), A("ortiz")], "code sheet 2025 (updated)", body, date=d)
    att(m, xlsx(rows, "Codes 2025"), "NGCSC_code_sheet_2025.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    return m


@reg("clean", "lookalike")
def look_monthly_stats():
    d = when(11, 4, 9)
    exams = random.randint(360, 460)
    pos = random.randint(28, 45)
    cxr = pos - random.randint(2, 6)
    body = f"""Monthly dashboard - October 2025

Exams started ................. {exams}
Exams completed (sealed) ...... {exams - random.randint(30, 60)}
  median days exam -> seal .... 6 (Sept: 8)
Children (<14) ................ {random.randint(70, 110)}
IGRA positive ................. {pos} ({100.0 * pos / exams:.1f}%)
IGRA indeterminate ............ {random.randint(2, 6)}
Chest X-rays completed ........ {cxr}
Class B referrals to county ... {random.randint(1, 4)}
Reactive syphilis screens ..... {random.randint(1, 5)}
Vaccine doses given ........... {random.randint(700, 900)}
Interpreter-assisted visits ... {random.randint(90, 140)} (Spanish 41%, Haitian Creole 12%, Portuguese 9%, other)
No-show rate .................. {random.uniform(5, 9):.1f}%
Specimen rejections ........... 0 (!)

Revenue and A/R summary in the finance tab of the workbook. Nice work on the turnaround everyone.

Tamsin"""
    m = mk(A("reyes"), [A("ferreira"), A("asante")], "October numbers", body, date=d, html=html_of(body))
    return m


@reg("clean", "lookalike")
def look_ticket():
    d = when(3, 12, 8)
    t = "BW-%05d" % random.randint(20000, 29999)
    body = f"""Ticket {t} has been RESOLVED.

Requester:     Jolene Park (Northgate Civil Surgeon Clinic)
Category:      Hardware > Printer/Label
Asset:         NGC-WS-FD02 (front desk 2), S/N 8CG{random.randint(1000000, 9999999)}
Device:        Zebra label printer ZD421, S/N D4J{random.randint(100000000, 999999999)}
IP:            10.40.{random.randint(1, 9)}.{random.randint(20, 250)}
Opened:        03/11/2025 4:52 PM
Resolved:      03/12/2025 8:14 AM

Resolution:    Specimen label template reverted to 2x1 in. after driver update; test label printed OK.
               Windows update KB{random.randint(5000000, 5099999)} deferred 30 days on this workstation.

If the issue comes back, reply to this email within 7 days to reopen the ticket.

Bytewell IT Services | support@bytewell-it.net"""
    m = mk(addr("Bytewell Support", "support@bytewell-it.net"), A("park"), f"[{t}] Resolved: label printer printing blank",
           body, date=d, headers={"Auto-Submitted": "auto-replied"})
    return m


@reg("clean", "lookalike")
def look_fridge_log():
    d = when(7, 7, 6)
    sn = "TL%08d" % random.randint(0, 99999999)
    rows = [["Timestamp", "Probe", "Temp_C", "Min_C", "Max_C", "Alarm"]]
    base = datetime.datetime(2025, 7, 6, 0, 0)
    for i in range(0, 24 * 4, 4):
        ts = base + datetime.timedelta(minutes=15 * i)
        temp = round(random.uniform(3.8, 5.9), 1)
        if 40 <= i < 52:
            temp = round(random.uniform(8.1, 9.4), 1)
        rows.append([ts.strftime("%Y-%m-%d %H:%M"), sn, temp, 2.0, 8.0, "HIGH" if temp > 8 else ""])
    body = f"""Data logger alert: VACCINE FRIDGE 1 (Larkspur) - serial {sn}

Excursion detected: 07/06/2025 10:00 - 12:45, max 9.4 C (range 2.0 - 8.0 C), 2 h 45 min above range.
Current reading: 4.6 C (in range).

Per our SOP, the vaccines in fridge 1 are quarantined ("DO NOT USE" bag) until the manufacturers confirm
viability. Lots affected (from the inventory sheet):
  MMR Y0{random.randint(10000, 99999)} (7 doses) - Varicella is in the freezer, not affected
  Tdap AC52B{random.randint(100, 999)}AA (14 doses)
  Hep B J{random.randint(10000, 99999)} (11 doses)
  Flu - none in stock yet

I'll call the manufacturers Monday at 8. The building had a power blip Sunday (PSE&G outage notice
#{random.randint(4000000, 4999999)}) and the backup battery on the outlet didn't kick in. Facilities is
coming to look.

Log export attached.

Thuy"""
    m = mk(A("thuy"), [A("reyes"), A("ferreira")], "fridge 1 temp excursion Sunday - vaccines quarantined", body, date=d)
    att(m, csv_text(rows), "fridge1_%s_20250706.csv" % sn, "text/csv")
    return m


# ===========================================================================
# CLEAN - news
# ===========================================================================
@reg("clean", "news")
def news_ti_digest():
    d = when(3, 3, 6)
    body = """CIVIL SURGEON DIGEST - March 2025
A monthly round-up for designated civil surgeons and their staff. You are receiving this because you
subscribed at civilsurgeondigest.org.

1) Technical Instructions: what changed this year
The CDC Technical Instructions for Civil Surgeons were updated. Highlights, in general terms:
 - Vaccination requirements continue to follow the ACIP schedule by age; COVID-19 vaccination remains
   no longer required.
 - Gonorrhea testing is limited to applicants 18-24; syphilis screening remains 18-44.
 - IGRA remains the required TB screening test for applicants 2 years and older; a chest radiograph is
   required when the IGRA is positive or when there are signs or symptoms of TB.
Always read the primary source - this summary is not a substitute for the Technical Instructions.

2) Practice tip: the "not routinely available" box
Seasonal influenza vaccine is only required during flu season. Several readers asked when exactly to
stop offering it; we walk through how clinics in different states set their cut-off dates.

3) Survey results
212 civil surgeon offices answered our fall survey. Median self-pay price for the exam (without
vaccines): $300. 61% of offices use an outside radiology partner for chest films. 38% report at least
one USCIS request for evidence per month related to incomplete forms, most commonly a missing signature
or date.

4) Webinar
"Reading outside vaccine records: calendars, languages and formats" - April 17, 1:00 PM ET.

Unsubscribe | Update preferences | Civil Surgeon Digest, 1100 Harbor Bend Way, Suite 4, Baltimore, MD 21230"""
    m = mk(addr("Civil Surgeon Digest", "digest@civilsurgeondigest.org"), A("ferreira"),
           "Civil Surgeon Digest - March: TI changes, flu cut-off, survey results", body, date=d,
           html=html_of(body), headers={"List-Unsubscribe": "<https://civilsurgeondigest.org/unsub>"})
    return m


@reg("clean", "news")
def news_county_tb():
    d = when(3, 20, 10)
    body = f"""SORREL COUNTY DEPARTMENT OF HEALTH - TB CONTROL BULLETIN
World TB Day, March 24

Dear community partners,

In 2024 Sorrel County reported 27 cases of active tuberculosis (rate 3.4 per 100,000), up from 22 in
2023. 78% of cases occurred in people born outside the United States; the most common countries of birth
were India, the Philippines, Haiti and Guatemala. Treatment completion for cases diagnosed in 2023 was
94%.

Latent TB infection (LTBI) treatment remains our best prevention tool. Short regimens (3HP, 4R) are
available at no cost through the county chest clinic. Civil surgeons and primary care providers can refer
patients with a positive IGRA and a normal chest radiograph using the updated referral form on our
website (PDF, fillable).

Chest clinic hours: Tue and Thu 8:30-4:00. Interpreter services are available for all visits.

Join us on March 24 at noon for a free online CME session: "LTBI in New Arrivals - From Screening to
Completion."

Sorrel County TB Control Program | {tel('732')} | sorrelcountyhealth.org/tb"""
    m = mk(addr("Sorrel County Health - Partners", "partners@sorrelcountyhealth.org"),
           "undisclosed-recipients:;", "World TB Day bulletin - 2024 county data & LTBI referral update", body, date=d)
    att(m, png(160, 48, (255, 255, 255), (14, 34, (178, 34, 52))), "sorrel_logo.png", "image/png")
    return m


@reg("clean", "news")
def news_attorney_newsletter():
    d = when(5, 6, 10)
    body = f"""Northgate Civil Surgeon Clinic - Partner Update for Immigration Attorneys & Paralegals
Spring 2025

Thank you for sending your clients to us. A few updates to help your clients get their sealed I-693 faster:

WHAT YOUR CLIENTS SHOULD BRING
 - Government photo ID (passport preferred) and the A-Number/receipt notice if they have one
 - ALL vaccination records, in any language (we read most of them; we will ask if we need help)
 - A list of current medications
 - Children's records from school or the pediatrician

TIMING
 - Most exams take two visits: the first for the exam, blood draw and vaccines; the second about a week
   later for results and the sealed envelope.
 - If a chest X-ray or a second vaccine dose is needed it takes longer - we'll tell the client the same day.

STATUS REQUESTS
 - We can only discuss a client's exam with your office if the client has signed our release. Please send
   status requests to frontdesk@northgatecsc.com; we answer within one business day.

SATURDAYS
 - We now see applicants on the first and third Saturday of each month, 8:00-12:00.

Questions? Call Tamsin Reyes, Practice Manager, at {CLINIC_TEL}.

{CLINIC} | {CLINIC_ADDR}
To stop receiving these updates, reply with "unsubscribe"."""
    html = html_of(body).replace("<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">",
                                 "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n<img src=\"cid:nglogo\" alt=\"Northgate\" width=\"120\" height=\"40\">")
    m = mk(A("reyes"), "Northgate Partner List <partners@" + DOM + ">", "Partner update - Spring 2025", body,
           date=d, html=html)
    att(m, png(120, 40, (245, 248, 250), (12, 28, (20, 90, 140))), "northgate_logo.png", "image/png")
    return m


@reg("clean", "news")
def news_vendor_marketing():
    d = when(7, 8, 11)
    body = """Hi Dr. Ferreira-Quinn,

Still filling out I-693s by hand?

ImmiChart is the only EHR built just for civil surgeon practices:
  * Auto-fills every page of the current I-693 edition from your exam note
  * Vaccine table logic by age - flags what's missing, what's contraindicated, and what's "not routinely
    available"
  * Direct lab interfaces (QFT, RPR, GC) and radiology report import
  * Attorney portal with client-authorized status updates (no more phone tag)
  * Envelope tracking with barcode labels

"We cut our time per form from 25 minutes to 6." - practice manager, 3-provider civil surgeon group, TX

Book a 20-minute demo this month and get onboarding free (a $1,500 value).

[Book my demo]

ImmiChart Software, 77 Kestrel Park, Austin TX 78701
You're receiving this email because you are listed as a designated civil surgeon. Unsubscribe."""
    m = mk(addr("Jenna at ImmiChart", "jenna@immichart-mail.com"), A("ferreira"),
           "Marisol, cut I-693 paperwork time by 75%", body, date=d, html=html_of(body),
           headers={"List-Unsubscribe": "<mailto:unsub@immichart-mail.com>"})
    return m


@reg("clean", "news")
def news_measles_advisory():
    d = when(4, 11, 15)
    body = """NJ HEALTH ALERT NETWORK - HEALTH ADVISORY
Measles cases in the region - recommendations for clinicians

Summary: As of April 10, 2025, 9 confirmed measles cases have been reported in two neighboring counties,
all in unvaccinated or under-vaccinated individuals. Additional exposures in healthcare settings have been
identified. Clinicians should:

 1. Consider measles in patients with fever and rash, especially with recent travel or known exposure.
 2. Isolate suspected cases immediately (airborne precautions) and notify the local health department
    before specimens are collected.
 3. Verify MMR status of all staff; two documented doses or lab evidence of immunity are required.
 4. Use every visit - including immigration medical examinations - to bring patients up to date on MMR.

Exposure locations and times are posted on the department website and updated daily.

This message was sent to registered clinicians. Do not reply."""
    m = mk(addr("NJ Health Alert Network", "han-noreply@njhealth-alerts.org"), A("ferreira"),
           "HEALTH ADVISORY: Measles cases in the region - clinician recommendations", body,
           cc=A("asante"), date=d, headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"})
    return m


@reg("clean", "news")
def news_internal_newsletter():
    d = when(12 - 1, 21, 12)
    body = """THE NORTHGATE NOTE - November

* We hit 4,000 sealed envelopes for the year on November 14! Thank you all.
* Flu vaccine is in - we've given 610 doses since September.
* Dr. Asante presented at the county "LTBI in New Arrivals" CME session. Slides are on the S: drive.
* Congrats to Gabi, who became an aunt again this month!
* Holiday party: Friday Dec 12, 6:30 PM, Ristorante Aurelio - RSVP to Tamsin.
* Reminder: the clinic is closed Nov 27-28 for Thanksgiving.
* Customer reviews this month: 4.8 stars (61 reviews). Favorite comment: "They explained everything in
  my language and the nurse was so patient with my kids."

Have a great Thanksgiving!"""
    m = mk(A("reyes"), A("allstaff"), "The Northgate Note - November", body, date=d, html=html_of(body))
    return m


# ===========================================================================
# CLEAN - staff
# ===========================================================================
@reg("clean", "staff")
def staff_schedule():
    d = when(6, 20, 15)
    body = """Schedule for the week of 6/23:

            Mon          Tue          Wed          Thu          Fri
Provider    Ferreira     Asante       Ferreira     Asante       Ferreira (AM)
Front       Jolene/Gabi  Jolene/Gabi  Jolene       Jolene/Gabi  Gabi
Draw/vax    Thuy/Dmitri  Thuy/Dmitri  Thuy/Gabi    Dmitri       Thuy
Billing     Bene         Bene         Bene (rem.)  Bene         off

- Wed Gabi covers draw room in the AM while Dmitri is at his CMA recert course, then front desk after 1.
- Fri is half day (last appt 11:30) because of the building fire alarm inspection at 1.

Swaps go through me, please don't just trade in the group chat.

Tamsin"""
    m = mk(A("reyes"), A("allstaff"), "schedule wk of 6/23", body, date=d)
    return m


@reg("clean", "staff")
def staff_saturday_signup():
    d = when(9, 22, 9)
    prev = before(d, 2, 5)
    q = """October Saturday clinics are 10/4 and 10/18, 8-12. Need 1 provider, 2 MAs/nurse and 1 front desk each
day. Reply with which one(s) you can do. Time and a half for hourly staff.

Tamsin"""
    body = f"""I can do 10/4 (front desk). Not the 18th, my son has a tournament.

Jolene

{on_wrote(prev, 'Tamsin Reyes <treyes@northgatecsc.com>')}
{quote(q)}"""
    m = mk(A("park"), A("reyes"), "RE: October Saturday clinics - sign up", body, date=d, irt=mid(DOM))
    return m


@reg("clean", "staff")
def staff_pto():
    d = when(7, 16, 10)
    body = """Hi Dmitri,

Your PTO request for Mon 8/11 - Fri 8/15 is approved (40 hrs). You'll have 36 hrs left for the year after
that. Gabi will cover the draw room that week and Thuy will do vaccines.

Enjoy the trip!

Tamsin Reyes
Practice Manager"""
    m = mk(A("reyes"), A("volkov"), "PTO approved 8/11-8/15", body, cc=A("ortiz"), date=d)
    return m


@reg("clean", "staff")
def staff_welcome():
    d = when(4, 28, 8)
    body = f"""Good morning everyone,

Please join me in welcoming Gabriela Ortiz, RMA, who starts today as a medical assistant. Gabi comes to us
from six years at a pediatric practice in Elizabeth, is bilingual (Spanish/English), and is certified in
phlebotomy. She'll shadow Thuy in the draw room this week and Jolene at the front desk next week.

Her email is gortiz@{DOM} and extension 214.

Badge, EHR login (ask Haroon if the MFA app gives you trouble), and the I-693 training module are all set up.
Lunch is on us today - bagels in the break room at 12!

Tamsin"""
    m = mk(A("reyes"), A("allstaff"), "Welcome Gabriela!", body, date=d, html=html_of(body))
    return m


@reg("clean", "staff")
def staff_payroll():
    d = when(10, 9, 16)
    body = """Reminder: timesheets for the 9/28 - 10/11 pay period are due in the payroll portal by Monday 10/13 at
noon. If you worked the Saturday clinic on 10/4, code it as "SAT-OT" so it's paid at time and a half.

Direct deposit changes submitted after Monday won't take effect until the 10/31 check.

W-4 updates: portal > My Pay > Tax withholding.

Thanks,
Tamsin"""
    m = mk(A("reyes"), A("allstaff"), "timesheets due Monday noon", body, date=d)
    return m


@reg("clean", "staff")
def staff_potluck():
    d = when(1, 28, 13)
    body = """Hi all!! Lunar New Year potluck on Friday 1/31 in the break room, 12-1:30 (we'll stagger so the desk is
covered). Sign up sheet on the fridge. I'm bringing chả giò and Dr. Asante promised jollof (again, yes!).
Dmitri says he's bringing "something Russian, surprise".

Red envelopes for everyone who comes

Thuy"""
    m = mk(A("thuy"), A("allstaff"), "Lunar New Year potluck Fri!!", body, date=d)
    return m


@reg("clean", "staff")
def staff_bls_roster():
    d = when(2, 10, 11)
    rows = [["Staff", "Credential", "BLS expires", "License/cert expires", "Action"],
            ["Marisol Ferreira-Quinn", "MD", "05/2025", "NJ MD 06/2025", "BLS class 3/15"],
            ["Kwame Asante", "DO", "11/2026", "NJ DO 06/2025", ""],
            ["Thuy Nguyen-Hale", "LPN", "04/2025", "NJ LPN 05/2026", "BLS class 3/15"],
            ["Dmitri Volkov", "CMA (AAMA)", "08/2026", "CMA 06/2025", "recert course 6/25"],
            ["Gabriela Ortiz", "RMA", "01/2027", "RMA 12/2026", ""],
            ["Jolene Park", "-", "09/2025", "-", ""],
            ["Tamsin Reyes", "-", "-", "-", "optional"]]
    body = """Credential & BLS roster attached. Three of us need BLS renewed before spring - I booked an on-site
class with Red Oak CPR Training on Saturday 3/15, 9-1, in the conference room. Clinic pays, and it's paid time.

Also reminder that the civil surgeon designations need our licenses to stay current, so doctors please send
me your renewal confirmation when you get it.

Tamsin"""
    m = mk(A("reyes"), A("allstaff"), "BLS class 3/15 + credential roster", body, date=d)
    att(m, xlsx(rows, "Credentials"), "credential_roster_2025.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    return m


# ===========================================================================
# CLEAN - training
# ===========================================================================
@reg("clean", "training")
def train_quiz():
    d = when(5, 2, 14)
    body = """New staff - here's the vaccine table quiz from orientation. Answers are at the bottom, no peeking.
All scenarios are made up.

1. A 30-year-old applicant has one documented MMR dose. What do they need?
2. A 5-year-old has two documented varicella doses. Does the child need anything for varicella?
3. A 67-year-old applicant during flu season, no records. Name at least three vaccines due.
4. An applicant is pregnant and has no MMR record. What do you record for MMR?
5. What is the minimum interval between varicella dose 1 and dose 2 in an adult?
6. IGRA is positive, chest X-ray is normal, no symptoms. Is the applicant Class B?
7. Which applicants get syphilis screening? Gonorrhea testing?

Answers:
1. A second MMR dose (at least 28 days after the first).
2. No - the series is complete.
3. Tdap/Td, influenza, pneumococcal (PCV20 or PCV21), plus MMR/varicella/hep B per age and records.
4. "Not medically appropriate - contraindication" (live vaccine).
5. 4 weeks (28 days).
6. No - LTBI, no TB class; recommend treatment evaluation.
7. Syphilis 18-44; gonorrhea 18-24.

Thuy Nguyen-Hale, LPN
Immunization Nurse / Clinical Trainer"""
    m = mk(A("thuy"), [A("ortiz")], "vaccine table quiz (practice)", body, cc=A("reyes"), date=d)
    return m


@reg("clean", "training")
def train_case_study():
    d = when(9, 4, 16)
    paras = ["Northgate CSC - Case Conference Material (fictitious case, for teaching only)", "",
             "Case 3: Positive IGRA with an abnormal chest radiograph",
             "A 41-year-old applicant from a high-incidence country presents for the immigration medical examination. "
             "No cough, fever, night sweats or weight loss. IGRA positive. Chest radiograph: fibrotic scarring in the "
             "left upper lobe, no cavitation.",
             "Questions for discussion:",
             "1. What does the Technical Instruction require next?",
             "2. Who collects the sputum specimens, and how many?",
             "3. How is the form completed while the evaluation is pending?",
             "4. How would you explain the delay to the applicant in plain language, using an interpreter?",
             "Teaching points: referral to the health department; sputum smears, cultures and NAAT; TB classification "
             "after the health department evaluation; do not certify the form until it is complete."]
    body = """Hi all - for Wednesday's lunch case conference, here's case 3. It's a composite/fictitious case,
no real applicant. Please read it before, we'll spend about 20 minutes on it.

Kwame"""
    m = mk(A("asante"), A("allstaff"), "case conference Wed - case 3 (fictitious)", body, date=d)
    att(m, docx(paras), "Case3_PosIGRA_AbnCXR_teaching.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    return m


@reg("clean", "training")
def train_ehr_test_script():
    d = when(1, 9, 17)
    body = """Hi Tamsin,

For Saturday's EHR upgrade validation, please have two people run the test script below in the TRAINING
environment (https://train.ngcsc-ehr.net), not production. Use only the test patients listed - they are
pre-loaded and reset nightly.

TEST PATIENTS (fictitious)
  ZZTEST, ADULTONE       MRN TST0001   DOB 01/01/1980
  ZZTEST, CHILDONE       MRN TST0002   DOB 06/15/2018
  ZZTEST, SENIORONE      MRN TST0003   DOB 03/03/1950

STEPS
  1. Check in ZZTEST, ADULTONE. Create visit type "I-693 New". Confirm the vaccine worksheet opens.
  2. Order QFT-Plus. Confirm the requisition prints on the label printer with MRN TST0001.
  3. Simulate the result (Tools > Simulate ORU > Positive). Confirm CXR order prompt appears.
  4. For ZZTEST, CHILDONE: record MMR x2 from outside records. Confirm the worksheet shows "complete".
  5. For ZZTEST, SENIORONE: confirm PCV prompt appears (age 65+).
  6. Print I-693 draft for each - check edition date in footer.
  7. Log any failures in the shared sheet with a screenshot.

Expected time: about 45 minutes.

Haroon
Bytewell IT Services"""
    m = mk(A("haroon"), A("reyes"), "EHR upgrade - Saturday test script", body, cc=A("volkov"), date=d)
    return m


@reg("clean", "training")
def train_chart_audit():
    d = when(8, 1, 13)
    rows = [["Audit item", "Chart A", "Chart B", "Chart C", "Chart D", "Chart E"],
            ["Form edition current", "Y", "Y", "Y", "N", "Y"],
            ["All required labs attached", "Y", "N", "Y", "Y", "Y"],
            ["Vaccine record complete or documented", "Y", "Y", "N", "Y", "Y"],
            ["Civil surgeon signature + date", "Y", "Y", "Y", "Y", "N"],
            ["Interpreter documented (if used)", "n/a", "Y", "N", "n/a", "Y"],
            ["Copy given to applicant", "Y", "Y", "Y", "Y", "Y"]]
    body = """Quarterly chart audit exercise for the team meeting. The five charts were pulled at random and
de-identified (lettered A-E, no names, dates or numbers). Look at the results and come ready to talk about
what we'd change in our process for the 'N' items.

Overall: 26 of 30 items compliant (87%). Last quarter was 81%.

Tamsin"""
    m = mk(A("reyes"), A("allstaff"), "Q3 chart audit - de-identified results for discussion", body, date=d)
    att(m, xlsx(rows, "Audit Q3"), "chart_audit_Q3_deidentified.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    return m


@reg("clean", "training")
def train_interpreter_session():
    d = when(10, 14, 10)
    body = f"""Hello Northgate team,

Thank you for hosting our "Working with Medical Interpreters" in-service on 10/21. Summary of what we
covered, as promised:

  - Speak directly to the patient in first person; the interpreter will interpret everything said.
  - Short segments (1-2 sentences). Avoid idioms ("we'll knock out your shots").
  - Pre-session: 30 seconds to brief the interpreter on the visit type (exam, results, vaccines).
  - Never use children as interpreters, even for scheduling.
  - Role-play script (all roles fictional): a "Mrs. Example" explains she cannot remember her childhood
    vaccines; the MA asks about outside records with the interpreter; the interpreter asks for a
    clarification of "titer".
  - Phone/video interpreter backup: 1-800-555-0149, access code on the badge card.

Sign-in sheet: 8 attendees. Certificates of attendance (1 contact hour) attached.

Kind regards,
Ana Lucia Prado
Tidewater Language Services"""
    m = mk(A("tidewater"), A("reyes"), "In-service follow-up: Working with Medical Interpreters", body, date=d)
    att(m, pdf(["CERTIFICATE OF ATTENDANCE", "Working with Medical Interpreters - 1.0 contact hour",
                "Presented by Tidewater Language Services", "Northgate Civil Surgeon Clinic - October 21, 2025", "",
                "Attendees: M. Ferreira-Quinn, K. Asante, T. Reyes, J. Park, D. Volkov, T. Nguyen-Hale,",
                "G. Ortiz, B. Souza"], title="Certificate"), "Certificates_1021.pdf", "application/pdf")
    return m


@reg("clean", "training")
def train_hl7_validation():
    d = when(11, 12, 15)
    msg = "\n".join([
        "MSH|^~\\&|CORVANE_LIS|CORVANEDX|NGCSC_EHR|NORTHGATE|20251112101500||ORU^R01^ORU_R01|VAL0003|T|2.5.1",
        "PID|1||TST0001^^^NGCSC^MR||ZZTEST^QFTPOS^^^^^L||19800101|U",
        "OBR|1|VAL-ORD-3|VAL-ACC-3|QFTP^QuantiFERON-TB Gold Plus^L|||20251110080000||||||||||||||20251112101500|||F",
        "OBX|1|NM|QFT-NIL^Nil^L||0.05|IU/mL|||||F",
        "OBX|2|NM|QFT-TB1^TB1 minus Nil^L||1.20|IU/mL|<0.35||A|||F",
        "OBX|3|ST|QFT-INT^QuantiFERON Interpretation^L||POSITIVE||NEGATIVE|A|||F",
    ])
    body = f"""Hi Haroon,

For the new interface validation, here is validation message 3 of 6 (processing ID "T", synthetic test
patient ZZTEST^QFTPOS, MRN TST0001 in your training environment). Please confirm it files to the test
patient's chart and fires the CXR task. Messages 4-6 (indeterminate, negative, corrected result) will
follow once this one passes.

{msg}

Marcus Oyelowo
Interface Analyst, Corvane Diagnostics"""
    m = mk(addr("Marcus Oyelowo", "moyelowo@corvanedx.com"), A("haroon"), "Interface validation - msg 3/6 (test patient)",
           body, date=d)
    return m


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
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    counts = OrderedDict((k, 0) for k in EXPECTED)
    rows = []
    for label, kind, fn in BUILDERS:
        res = fn()
        if isinstance(res, tuple):
            msg, pname = res
        else:
            msg, pname = res, ""
        counts[(label, kind)] += 1
        fname = "%s-%s-%03d.eml" % (label, kind, counts[(label, kind)])
        with open(os.path.join(out, fname), "wb") as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        rows.append([fname, label, kind, pname if label == "phi" else ""])
    with open(os.path.join(out, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    for k, n in counts.items():
        flag = "" if n == EXPECTED[k] else "   (expected %d)" % EXPECTED[k]
        print("%s-%s: %d%s" % (k[0], k[1], n, flag))
    print("total: %d" % sum(counts.values()))


if __name__ == "__main__":
    main()
