#!/usr/bin/env python3
"""Generate a blind evaluation set of realistic email for a hospital forensic
nursing programme and child advocacy centre.  Everything here is invented.

usage: python3 gen.py OUTDIR
"""
import sys, os, io, csv, json, zlib, struct, random, zipfile, datetime
from collections import OrderedDict
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime
from xml.sax.saxutils import escape as xesc

SEED = 7902
random.seed(SEED)

OUT = sys.argv[1] if len(sys.argv) > 1 else "."
os.makedirs(OUT, exist_ok=True)

# ---------------------------------------------------------------- helpers
def when(m, d, h=None, mi=None, y=2024):
    if h is None:
        h = random.randint(7, 19)
    if mi is None:
        mi = random.randint(0, 59)
    off = -5 if (m > 11 or (m == 11 and d >= 3) or m < 3 or (m == 3 and d < 10)) else -4
    tz = datetime.timezone(datetime.timedelta(hours=off))
    return datetime.datetime(y, m, d, h, mi, random.randint(0, 59), tzinfo=tz)

def hexid(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))

def msgid(frm):
    dom = frm.split("@")[-1].strip(">").strip()
    style = random.randint(0, 2)
    if style == 0:
        return "<%s.%s@%s>" % (hexid(12), hexid(8), dom)
    if style == 1:
        return "<%s%s%s@mail.%s>" % ("CA", hexid(20).upper(), "", dom)
    return "<%s-%s-%s@%s>" % (hexid(8), hexid(4), hexid(12), dom)

def quote(text):
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(">" if not line else ("> " + line if not line.startswith(">") else ">" + line))
    return "\n".join(out)

def crc_png(tag, data):
    c = struct.pack(">I", len(data)) + tag + data
    return c + struct.pack(">I", zlib.crc32(tag + data) & 0xffffffff)

def png(width, height, pixel):
    """pixel(x, y) -> (r, g, b).  Writes a valid 8-bit RGB PNG."""
    raw = bytearray()
    for y in range(height):
        raw.append(0)
        for x in range(width):
            raw.extend(pixel(x, y))
    return (b"\x89PNG\r\n\x1a\n"
            + crc_png(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + crc_png(b"IDAT", zlib.compress(bytes(raw), 9))
            + crc_png(b"IEND", b""))

def logo_png(rgb=(22, 110, 120)):
    w, h = 160, 48
    cx, cy, r = 24, 24, 16
    def px(x, y):
        if (x - cx) ** 2 + (y - cy) ** 2 <= r * r:
            return (255, 255, 255) if (x - cx) ** 2 + (y - cy) ** 2 <= (r - 5) ** 2 else (250, 190, 60)
        if 50 <= x <= 150 and y in (18, 19, 28, 29):
            return (240, 240, 240)
        return rgb
    return png(w, h, px)

def blank_scan_png():
    w, h = 170, 220
    def px(x, y):
        v = 246 - ((x * 7 + y * 13) % 5)
        if 14 <= x <= 156 and y in (20, 21):
            return (190, 190, 190)
        return (v, v, v - 2)
    return png(w, h, px)

ZDATE = (2024, 10, 1, 8, 0, 0)

def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()

def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def xlsx(rows, sheet="Sheet1"):
    xr = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xesc(str(v))))
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
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xesc(sheet)),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ("xl/worksheets/sheet1.xml", sheet_xml),
    ]
    return _zip(files)

def docx(paragraphs):
    """paragraphs: list of str; a str starting with '# ' is written bold."""
    ps = []
    for p in paragraphs:
        if p.startswith("# "):
            ps.append('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(p[2:]))
        else:
            ps.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(p))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % "".join(ps))
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
        ("word/document.xml", doc),
    ]
    return _zip(files)

def pdf(lines, title="Document"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = ["BT", "/F1 10 Tf", "14 TL", "60 750 Td"]
    for ln in lines:
        stream.append("(%s) Tj T*" % esc(ln))
    stream.append("ET")
    content = "\n".join(stream).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        ("<< /Title (%s) /Producer (ScanDesk 4.2) >>" % esc(title)).encode("latin-1"),
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

def ics(summary, start, end, location, organizer, desc, uid):
    fmt = "%Y%m%dT%H%M%S"
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VEVENT",
        "UID:%s" % uid,
        "DTSTAMP:20241001T120000Z",
        "DTSTART;TZID=America/New_York:%s" % start.strftime(fmt),
        "DTEND;TZID=America/New_York:%s" % end.strftime(fmt),
        "SUMMARY:%s" % summary,
        "LOCATION:%s" % location,
        "ORGANIZER;CN=%s" % organizer,
        "DESCRIPTION:%s" % desc.replace("\n", "\\n"),
        "END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines)

def csv_text(rows):
    bio = io.StringIO()
    w = csv.writer(bio, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return bio.getvalue()

# ------------------------------------------------------- boilerplate text
NG_DISC = ("CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use "
           "of the intended recipient(s) and may contain confidential and privileged information. Any "
           "unauthorized review, use, disclosure or distribution is prohibited. If you are not the "
           "intended recipient, please contact the sender by reply e-mail and destroy all copies of the "
           "original message.")
CAC_DISC = ("This message is from Bright Harbor Child Advocacy Center and may contain confidential "
            "information protected by state and federal law. If you received it in error, please notify "
            "the sender and delete it. Do not forward outside the multidisciplinary team.")
DA_DISC = ("NOTICE: This communication from the Harlan County Prosecutor's Office may contain attorney "
           "work product or other privileged material. It is intended only for the addressee(s).")
PD_DISC = ("LAW ENFORCEMENT SENSITIVE - This e-mail may contain information that is exempt from public "
           "disclosure. Do not disseminate without approval of the Lakemont Police Department.")
CPS_DISC = ("CONFIDENTIAL: Child welfare information is protected under state law. Redisclosure without "
            "authorization is prohibited.")
HL_DISC = ("Harbor Light Advocacy | 24-hr hotline 1-800-555-0199 | All services are free and confidential.")

def sig(name, title, org, phone=None, fax=None, extra=None):
    s = "\n%s\n%s\n%s" % (name, title, org)
    if phone:
        s += "\nOffice %s" % phone
    if fax:
        s += " | Fax %s" % fax
    if extra:
        s += "\n" + extra
    return s

EMAILS = []

def add(label, kind, patient, frm, to, subject, body, date, cc=None, html=None,
        atts=None, headers=None):
    EMAILS.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to,
                       subject=subject, body=body, date=date, cc=cc, html=html,
                       atts=atts or [], headers=headers or {}))

def build(e):
    m = EmailMessage()
    m["From"] = e["frm"]
    m["To"] = e["to"]
    if e["cc"]:
        m["Cc"] = e["cc"]
    m["Subject"] = e["subject"]
    m["Date"] = format_datetime(e["date"])
    m["Message-ID"] = msgid(e["frm"])
    for k, v in e["headers"].items():
        m[k] = v
    m["MIME-Version"] = "1.0"
    m.set_content(e["body"].strip("\n") + "\n")
    if e["html"]:
        m.add_alternative(e["html"], subtype="html")
    for a in e["atts"]:
        fname, ctype, data = a
        maintype, subtype = ctype.split("/")
        if isinstance(data, str):
            m.add_attachment(data, subtype=subtype, filename=fname)
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return m

def html_wrap(text, color="#1f5f66"):
    paras = []
    for block in text.strip().split("\n\n"):
        paras.append("<p>%s</p>" % xesc(block).replace("\n", "<br>\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#222">\n%s\n'
            '</body></html>\n' % "\n".join(paras))

# ------------------------------------------------------------- addresses
RENATA = "Renata Kowalczyk <rkowalczyk@northgatehealth.org>"
DANA = "Dana Whitfield <dwhitfield@northgatehealth.org>"
MARCUS = "Marcus Oyelaran <moyelaran@northgatehealth.org>"
LISETTE = "Lisette Fontaine <lfontaine@northgatehealth.org>"
JAEWON = "Jae-won Park <jpark2@northgatehealth.org>"
GWEN = "Gwen Albright <galbright@northgatehealth.org>"
FNP_LIST = "Forensic Nursing Team <forensicnursing@northgatehealth.org>"
SECURITY = "Carl Dunning <cdunning@northgatehealth.org>"
PFS = "Hollis Mbeki <hmbeki@northgatehealth.org>"
HIM = "HIM Release of Information <roi@northgatehealth.org>"
EHS = "Employee Health Services <employeehealth@northgatehealth.org>"
LANG = "Language Services <interpreters@northgatehealth.org>"
RAMAN = "Priya Raman <praman@northgatehealth.org>"
ITCHG = "Northgate IT Change Management <itchange@northgatehealth.org>"
FACIL = "Facilities Work Orders <facilities-noreply@northgatehealth.org>"
PHARM = "Ed Lundgren <elundgren@northgatehealth.org>"

FELD = "Naomi Feld <nfeld@brightharborcac.org>"
ELENA = "Elena Sandoval <esandoval@brightharborcac.org>"
KWAME = "Kwame Asante <kasante@brightharborcac.org>"
BETH = "Beth Carrow <bcarrow@brightharborcac.org>"
ROSA = "Rosa Quintero <rquintero@brightharborcac.org>"
MEGAN = "Megan Tully <mtully@brightharborcac.org>"
CACSCHED = "CAC Scheduling <scheduling@brightharborcac.org>"
CACBILL = "Tess Varga <tvarga@brightharborcac.org>"
MDT_LIST = "Harlan MDT <mdt@brightharborcac.org>"

PRUITT = "Det. Sgt. Aaron Pruitt <apruitt@lakemontpd.net>"
DORSEY = "Det. Keisha Dorsey <kdorsey@lakemontpd.net>"
FERREIRA = "Det. Luis Ferreira <lferreira@lakemontpd.net>"
KESSLER = "Inv. Wade Kessler <wkessler@harlansheriff.org>"

WHITLOCK = "Corinne Whitlock <cwhitlock@harlanprosecutor.org>"
RHODES = "Tamika Rhodes <trhodes@harlanprosecutor.org>"

SAM = "Sam Delgado <sdelgado@harborlightadvocacy.org>"
HANNAH = "Hannah Greer <hgreer@harborlightadvocacy.org>"

OKOYE = "Janelle Okoye <janelle.okoye@dcfs.example.org>"
LASKO = "Brent Lasko <brent.lasko@dcfs.example.org>"

LAB = "Frank Ostrowski <fostrowski@statecrimelab.example.net>"

def s_renata():
    return sig("Renata Kowalczyk, MSN, RN, SANE-A, SANE-P", "Coordinator, Forensic Nursing Program",
               "Northgate Regional Medical Center", "555-0110", "555-0111",
               "Program pager 555-0100 (24/7)")
def s_dana():
    return sig("Dana Whitfield, BSN, RN, SANE-A", "Forensic Nurse Examiner",
               "Northgate Regional Medical Center", "555-0114")
def s_marcus():
    return "\nMarcus Oyelaran RN SANE-A\nForensic Nursing | Northgate Regional"
def s_feld():
    return sig("Naomi Feld, MD, FAAP", "Child Abuse Pediatrics", "Bright Harbor Child Advocacy Center",
               "555-0150", "555-0151")
def s_beth():
    return sig("Beth Carrow", "MDT Coordinator", "Bright Harbor Child Advocacy Center", "555-0153",
               None, "214 Linden Ave, Lakemont")
def s_rosa():
    return sig("Rosa Quintero", "Family Advocate / Intercesora Familiar", "Bright Harbor Child Advocacy Center",
               "555-0156")
def s_pruitt():
    return sig("Det. Sgt. Aaron Pruitt #418", "Special Victims Unit", "Lakemont Police Department",
               "555-0130", "555-0131")
def s_dorsey():
    return sig("Detective Keisha Dorsey #552", "Special Victims Unit", "Lakemont Police Department",
               "555-0132")
def s_whitlock():
    return sig("Corinne Whitlock", "Assistant Prosecuting Attorney, Special Victims Bureau",
               "Harlan County Prosecutor's Office", "555-0170", "555-0171")
def s_sam():
    return sig("Sam Delgado (they/them)", "Medical Advocate", "Harbor Light Advocacy", "555-0190")
def s_okoye():
    return sig("Janelle Okoye", "Child Protective Services Caseworker II",
               "Harlan County DCFS", "555-0180", None, "Cell 555-0181")

# =====================================================================
# PHI / care
# =====================================================================
add("phi", "care", "Marisol Alvarez", DANA, SAM, "cab voucher for Thursday?",
"""Hi Sam,

Marisol Alvarez is coming back Thursday 10/17 at 2:00 for her follow-up photos with me. She doesn't have a ride - her car is still at her sister's place across town. Could Harbor Light do a cab voucher like you did last time? She'd also like you there if you're free, she said it helped having someone she already knows.

She's ok with texts at 555-0143, just don't leave a voicemail.

Thanks!
""" + s_dana() + "\n\n" + NG_DISC, when(10, 15, 16, 42))

add("phi", "care", "Jayden Carter", OKOYE, BETH,
"RE: Transport for Jayden Carter - Tuesday 10/22",
"""Beth - confirming I will bring him myself. Foster mom can't get off work Tuesday. We'll be there by 9:15.

He does better with a snack and something to hold, so I'll bring his dinosaur. He also has his inhaler, I'll give it to the front desk if that's easier.

Janelle

""" + s_okoye() + """

-----Original Message-----
From: Beth Carrow <bcarrow@brightharborcac.org>
Sent: Friday, October 18, 2024 3:07 PM
To: Janelle Okoye <janelle.okoye@dcfs.example.org>
Cc: Elena Sandoval <esandoval@brightharborcac.org>
Subject: Transport for Jayden Carter - Tuesday 10/22

Hi Janelle,

We have Jayden on the schedule Tuesday 10/22: interview with Elena at 9:30, then Dr. Feld will see him right after, probably done by 11:30. Is the foster placement bringing him or are you? Just need to know who to expect at the desk and who's signing in.

Thanks,
Beth
""" + s_beth() + "\n\n" + CAC_DISC + "\n\n" + CPS_DISC, when(10, 18, 16, 20), cc=ELENA)

add("phi", "care", "Angela Whitcombe", MARCUS, FNP_LIST, "overnight handoff 10/9",
"""Morning team,

Quick handoff from overnight:

- Ms. Whitcombe (forensic rm 2) finished at 0540. Went home w/ her friend, who drove.
- Kit sealed, in the locked fridge, custody sheet signed through me. Det. Dorsey said she'd pick up today before noon.
- Meds given before discharge, she has the rest of the starter pack + the pharmacy card. Reviewed the schedule twice w/ her.
- She wants a call tomorrow afternoon at the number on the face sheet. Text first, she may not pick up an unknown number.
- Hannah from Harbor Light stayed the whole time, she'll follow up on housing.

Rm 2 restocked except the small speculums, we're out. Put a note on the supply board.

M
""" + s_marcus(), when(10, 9, 6, 12))

add("phi", "care", "Lily Farrow", ROSA, "Darlene Farrow <dfarrow58@example.net>",
"RE: Lily's appointment Monday",
"""Hi Ms. Farrow,

Thank you for writing. Yes, you can absolutely sit with Lily while Dr. Feld sees her, a lot of kids like having grandma right there. Dr. Feld is very gentle and will explain everything to Lily before she does anything, and Lily can say stop at any time.

I moved you earlier so she won't miss her nap: please come at 9:30 instead of 11:00 on Monday. The talk with Ms. Sandoval will be first, then the doctor. You're welcome to bring a blanket or her favorite toy, and we have snacks.

Our address is 214 Linden Ave (the yellow house with the ramp). Park in the back lot. Call me at 555-0156 if anything changes.

Warmly,
Rosa
""" + s_rosa() + """

On Thu, Oct 10, 2024 at 8:51 PM Darlene Farrow <dfarrow58@example.net> wrote:
""" + quote("""Hello, this is Lily Farrow's grandmother Darlene. The lady from the state said Lily has to see the doctor at your place on Monday after she talks to the interviewer. Lily gets very scared of doctors since she was little. Can I be in the room with her? Also she naps at 1 and gets real cranky after lunch, can we come earlier?

my cell is 555-0188
Thank you
Darlene Farrow"""), when(10, 11, 9, 5))

add("phi", "care", "Shauna Pettigrew", HANNAH, RENATA,
"pharmacy won't fill - Shauna Pettigrew",
"""Hi Renata,

Shauna Pettigrew called the hotline about an hour ago. She was seen in your ED Saturday night and got the first few days of her meds there. She went to the pharmacy on Route 9 today to pick up the rest of the 28 days and they told her it needs a prior auth from her plan and they can't fill it until Monday.

She only has tomorrow's doses left. She's pretty upset and doesn't want to go back to the ED waiting room. Is there any way someone from your program can call the pharmacy or get her a few more days from the hospital pharmacy? Her number is 555-0161, she said it's ok to leave a message.

Thanks so much,
Hannah

Hannah Greer
Hotline & Medical Advocacy Coordinator
Harbor Light Advocacy
555-0191
""" + HL_DISC, when(10, 4, 17, 38), cc=SAM)

add("phi", "care", "Lamar Hollins", RENATA, FERREIRA,
"RE: Mr. Hollins - follow up pictures",
"""Detective Ferreira,

Thanks for passing this along. Just so you know, we schedule follow-up visits directly with the patient rather than through law enforcement, so I'll call Mr. Hollins myself this afternoon. If he wants the follow-up photos released to your department, he'll sign for that at the visit.

Renata
""" + s_renata() + """

-----Original Message-----
From: Det. Luis Ferreira <lferreira@lakemontpd.net>
Sent: Monday, September 30, 2024 11:14 AM
To: Renata Kowalczyk <rkowalczyk@northgatehealth.org>
Subject: Mr. Hollins - follow up pictures

Good morning,

Lamar Hollins came in to the station today to finish his statement. He said the nurse who saw him Saturday told him to come back in 2-3 days for more pictures of his neck and he asked me to set it up. He works nights, best time for him is after 3pm. His cell is 555-0172.

Thank you,
Det. Luis Ferreira #603
Lakemont PD - SVU
555-0133

""" + PD_DISC + "\n\n" + NG_DISC, when(9, 30, 13, 2))

add("phi", "care", "Bao Tran", CACSCHED, LANG,
"Vietnamese interpreter request - Fri 10/25 1:00 PM",
"""Hello Language Services,

Requesting an in-person Vietnamese interpreter for Friday 10/25 at 1:00 PM at the Child Advocacy Center (214 Linden Ave, Room B).

Child: Bao Tran, age 8
Visit: medical exam with Dr. Feld, about 60-90 min
Parent: mother, Thuy Nguyen - limited English, prefers Vietnamese for everything including consent forms

The family asked for a female interpreter if at all possible and in person rather than by phone or video. Please confirm with me or Rosa Quintero.

Thank you,
Marisa Hale
Scheduling Coordinator
Bright Harbor Child Advocacy Center
555-0152

""" + CAC_DISC, when(10, 16, 10, 27), cc=ROSA)

add("phi", "care", "Rebecca Stiles", SECURITY, LISETTE,
"RE: belongings left in exam rm 3",
"""Lisette - got it. Glasses and charger are tagged and in the front desk safe under her name. Whoever's at the desk will need to see her ID before releasing. If it's the sister picking up instead, we'll need a note from Ms. Stiles.

Carl Dunning
Security Supervisor, Northgate Regional
x4400

________________________________
From: Lisette Fontaine <lfontaine@northgatehealth.org>
Sent: Saturday, October 5, 2024 7:48 AM
To: Carl Dunning <cdunning@northgatehealth.org>
Subject: belongings left in exam rm 3

Hi Carl,

Rebecca Stiles was with us overnight in the forensic suite. We kept her clothes for evidence and she went home in scrubs and a sweatshirt from the closet. She left her glasses and her phone charger in exam room 3 (they're NOT evidence, just forgotten). Her sister is bringing her back Monday around noon when she comes to see me for her recheck, and she'd like to grab them then.

Can security hold them at the front desk? They're in a paper bag on the counter in rm 3 with her name on it.

Thanks!
Lisette

Lisette Fontaine, RN, SANE-P
Forensic Nursing Program
""" + "\n" + NG_DISC, when(10, 5, 9, 15))

# =====================================================================
# PHI / ids
# =====================================================================
add("phi", "ids", "", DORSEY, RENATA,
"RE: LPD 24-031187 - kit release",
"""Renata,

Victim on 24-031187 (DOB 03/02/1989) came in today and signed the release at the station. Copy attached to the report, I can bring the original. Kit NGK-24-0611 can be released to me. I'll come by Thursday morning around 0800 if someone from your team can meet me at the evidence room.

Thanks,
K. Dorsey
""" + s_dorsey() + """

On Mon, Oct 7, 2024 at 2:33 PM, Renata Kowalczyk <rkowalczyk@northgatehealth.org> wrote:
""" + quote("""Det. Dorsey,

We're still holding NGK-24-0611 from her 9/22 exam as a non-report kit. We can't release it to LPD until she signs our release form (or yours, if it names the hospital and the kit number). Once we have that it's same day.

Renata"""), when(10, 8, 15, 51))

add("phi", "ids", "", LAB, RENATA,
"Kit intake discrepancy - Lab # 24-F-08842",
"""Ms. Kowalczyk,

We received the following submission from Lakemont PD on 10/03/2024:

  Lab number:        24-F-08842
  Agency case:       LPD 24-029950
  Kit serial:        SAK-0417729
  Hospital label:    MRN N0051177
  Collection date:   09/31/2024 (as written on custody form)

September 31 is not a valid date, and the kit box label reads 09/30/2024. We cannot begin analysis until the collection date is corrected. Please have the collecting examiner complete a corrected custody form (initial and date the correction, do not white-out) and send to evidence intake by fax or with the next LPD courier run.

Analysis of the reference samples is on hold in the meantime.

Frank Ostrowski
Evidence Intake Supervisor
State Forensic Laboratory - Biology Section
Ph 555-0210 | Fax 555-0211
""", when(10, 4, 10, 9), cc=DORSEY)

add("phi", "ids", "K.B.", PFS,
"Crime Victims Compensation Claims <claims@victimcomp.example.org>",
"Claim VC-2024-118204 - resubmission, acct 7712094413",
"""Good afternoon,

Resubmitting the forensic exam claim below, which was returned 9/27 for a missing examiner certification.

  Claim #:      VC-2024-118204
  Hospital acct: 7712094413
  Patient:       K.B. (initials per program rules)
  DOB:           11/30/2001
  SSN:           412-58-7730
  DOS:           08/11/2024
  Services:      Sexual assault forensic exam, ED facility fee, medications dispensed (starter pack), labs
  Total billed:  $2,186.40

The signed examiner certification is now attached along with the itemized bill. Please note the patient has not been and will not be billed for any part of this encounter.

Regards,
Hollis Mbeki
Patient Financial Services - Special Programs
Northgate Regional Medical Center
555-0120 | fax 555-0121

""" + NG_DISC, when(10, 2, 14, 12),
atts=[("VC-2024-118204_certification.pdf", "application/pdf",
       pdf(["NORTHGATE REGIONAL MEDICAL CENTER - FORENSIC NURSING PROGRAM",
            "EXAMINER CERTIFICATION FOR CRIME VICTIMS COMPENSATION",
            "",
            "Claim #: VC-2024-118204        Hospital account: 7712094413",
            "Patient initials: K.B.         DOB: 11/30/2001",
            "Date of service: 08/11/2024    Time of exam: 0215-0540",
            "",
            "I certify that a medical forensic examination was performed on the date above",
            "and that the services listed on the attached itemized statement were provided",
            "in connection with that examination.",
            "",
            "Examiner: Dana Whitfield, BSN, RN, SANE-A      Date signed: 09/30/2024",
            "Signature on file"], "Examiner certification"))])

add("phi", "ids", "", LASKO, FELD,
"Intake #2024-55-017731 - request for exam summary",
"""Dr. Feld,

I'm the assigned investigator on intake 2024-55-017731. The child (DOB 06/14/2017) was seen at the CAC on 10/02 for a medical exam. Could you send me your summary/impressions for the case record? The legal guardian signed the release at the CAC, and I've attached our agency request form.

I have a team decision meeting 10/21 so anything before then would help.

Thank you,
Brent Lasko
CPS Investigator
Harlan County DCFS
555-0183

""" + CPS_DISC, when(10, 14, 8, 49), cc=BETH,
atts=[("DCFS_records_request_2024-55-017731.pdf", "application/pdf",
       pdf(["HARLAN COUNTY DEPARTMENT OF CHILDREN AND FAMILY SERVICES",
            "REQUEST FOR MEDICAL INFORMATION",
            "",
            "Intake number: 2024-55-017731",
            "Child DOB: 06/14/2017",
            "Provider: Bright Harbor Child Advocacy Center - Naomi Feld, MD",
            "Date of service: 10/02/2024",
            "Information requested: exam summary, diagnostic impressions, recommendations",
            "",
            "Requested by: Brent Lasko, CPS Investigator     Date: 10/14/2024",
            "Authorization: signed by legal guardian 10/02/2024 (on file at CAC)"], "DCFS request"))])

add("phi", "ids", "", WHITLOCK, HIM,
"Subpoena duces tecum - Ind. No. 2024-0318",
"""To the Custodian of Records,

Attached please find a subpoena duces tecum in the above-referenced matter requesting the complete forensic nursing record, body diagrams and forensic photographs for the victim identified below:

  DOB: 07/09/1993
  MRN: N0039921
  Date of service: 05/18/2024

The return date is 11/15/2024. Certified copies may be delivered to my office in a sealed envelope marked confidential. Photographs may be produced on encrypted media; please call my paralegal, Tom Reyes (555-0174), to arrange.

Thank you for your assistance.

""" + s_whitlock() + "\n\n" + DA_DISC, when(10, 21, 11, 30), cc=RENATA,
atts=[("SDT_2024-0318.pdf", "application/pdf",
       pdf(["STATE OF __________   COUNTY OF HARLAN",
            "SUPERIOR COURT - CRIMINAL DIVISION",
            "",
            "THE PEOPLE v. D. HARDESTY            Indictment No. 2024-0318",
            "",
            "SUBPOENA DUCES TECUM",
            "",
            "TO: Custodian of Records, Northgate Regional Medical Center",
            "",
            "YOU ARE COMMANDED to produce certified copies of the following records:",
            "Forensic nursing record, body diagrams and photographs for patient",
            "MRN N0039921, DOB 07/09/1993, date of service 05/18/2024.",
            "",
            "Return date: November 15, 2024 at 9:00 AM",
            "",
            "Corinne Whitlock, Assistant Prosecuting Attorney"], "Subpoena"))])

add("phi", "ids", "", RENATA, SECURITY,
"Anonymous kit A-24-0093 - storage end date 11/04",
"""Carl,

Heads up, anonymous kit A-24-0093 (collected 11/04/2023, MRN N0027754) hits the end of its one-year hold on 11/04/2024. Per our policy we have to make two documented attempts to reach the patient before the kit is transferred to the lab's long-term storage.

Contact number in the chart is 555-0129 (safe to leave msg per her form). I'll make the calls this week. Please don't move it out of fridge B until I confirm.

Thanks,
Renata
""" + s_renata(), when(10, 22, 9, 40))

add("phi", "ids", "", "Northgate Voice Mail <vm-noreply@northgatehealth.org>", FNP_LIST,
"New voicemail from 555-0164 (0:47) - Forensic Nursing line",
"""You received a new voicemail on the Forensic Nursing line (x0115).

From: (555) 555-0164
Received: Tue 10/15/2024 7:52 PM
Length: 0:47

Transcription (automated, may contain errors):
"Hi, um, I was seen there on October sixth, the nurse said I could call about my blood work to see if it came back. My date of birth is two two eighty-five. You can call me back at five five five oh one six four. Please don't leave anything specific on the message. Thanks."

To listen, dial x7000 or open the attached audio in the Voice Portal.
This message was generated automatically. Please do not reply.
""", when(10, 15, 19, 53), headers={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"})

add("phi", "ids", "Ava K.", CACBILL, BETH,
"Medicaid rejection - 10/09 medical, child DOB 01/22/2015",
"""Beth,

The 10/09 medical exam for Ava K. came back rejected from the Medicaid plan:

Medicaid ID: 81447290 3C
DOB: 01/22/2015
DOS: 10/09/2024  CPT 99205  Dr. Feld
Reject reason: "Member not eligible on DOS - check eligibility / other coverage"

I think she moved to a new placement and the case may have switched to the foster care plan. Do you know who her current caseworker is? I need the new ID or the placement letter to rebill.

Tess

Tess Varga
Billing & Grants Specialist
Bright Harbor Child Advocacy Center
555-0158
""", when(10, 23, 13, 17))

# =====================================================================
# PHI / lang
# =====================================================================
add("phi", "lang", "Sofía Castillo", ROSA, "Yesenia Castillo <yesicastillo82@example.com>",
"RE: cita de Sofia el jueves",
"""Hola Yesenia,

Gracias por escribirme. No se preocupe: la Dra. Feld NO le va a pedir a Sofía que cuente todo otra vez. Esa parte ya se hizo con la entrevistadora. La doctora solo le hace preguntas sobre su salud (cómo duerme, si le duele algo, etc.) y le explica todo antes de revisarla. Sofía puede decir que no a cualquier cosa.

Sobre la sangre: la doctora le va a explicar si hace falta un análisis. Si se lo hacen, usamos una crema que adormece la piel y Sofía puede estar sentada con usted.

La carta para la escuela se la tengo lista el jueves cuando lleguen. Recuerde que la cita es a las 3:00, entrada por la puerta de atrás.

Un abrazo,
Rosa
""" + s_rosa() + """

El mar., 22 oct. 2024 a las 21:14, Yesenia Castillo (<yesicastillo82@example.com>) escribió:
""" + quote("""Hola Rosa buenas noches. Soy Yesenia la mama de Sofia Castillo. Le escribo porque Sofia tiene la cita con la doctora el jueves 24 a las 3 y ella esta muy nerviosa, no quiere ir. Dice que ya hablo con la señora de la entrevista y no quiere contar todo otra vez. Es necesario?

Tambien necesito una carta para la escuela porque va a faltar a la clase de la tarde. Y otra pregunta, la doctora le va a sacar sangre? A Sofia le dan mucho miedo las agujas desde chiquita.

Gracias por todo, que Dios la bendiga
Yesenia Castillo
555-0147"""), when(10, 23, 8, 37))

add("phi", "lang", "Trần Gia Bảo", "Thuy Nguyen <thuynguyen.lkm@example.net>", CACSCHED,
"Hỏi về kết quả khám của bé Bảo",
"""Chào chị,

Tôi là Nguyễn Thị Thúy, mẹ của bé Trần Gia Bảo (8 tuổi). Cảm ơn bác sĩ Feld và cô phiên dịch đã giúp đỡ gia đình tôi hôm thứ Sáu tuần trước.

Bác sĩ nói sẽ gọi cho tôi khi có kết quả xét nghiệm nước tiểu của Bảo, nhưng đến nay tôi vẫn chưa nhận được cuộc gọi nào. Xin chị hỏi giúp tôi.

Ngoài ra, bác sĩ có nói Bảo nên gặp chuyên viên tư vấn tâm lý. Ở trung tâm có ai nói được tiếng Việt không ạ? Dạo này cháu ngủ không ngon, hay giật mình ban đêm và không muốn đi học.

Số điện thoại của tôi vẫn là 555-0166. Tôi tan làm sau 4 giờ chiều, xin gọi sau giờ đó.

Cảm ơn chị nhiều.
Thúy
""", when(10, 30, 20, 11))

add("phi", "lang", "Nadège Joseph", "Nadège Joseph <nadegej.lkm@example.com>", SAM,
"Bòdwo lopital la",
"""Bonjou Sam,

Se Nadège Joseph. Mwen espere ou byen.

Mwen resevwa yon lèt lopital Northgate ki di mwen dwe 640 dola pou vizit mwen te fè nan ijans lan 14 septanm nan. Enfimyè a te di m mwen pa t ap peye anyen pou egzamen an. Èske ou ka ede m ak sa? Mwen pa konprann lèt la byen.

Epitou, mwen te gen randevou jodi a pou yo fè tès san an ankò, men mwen pa t ka ale paske mwen pa t gen moun pou gade timoun yo. Kisa pou m fè pou m jwenn yon lòt randevou? Mwen poko fini grenn yo, m ap pran yo chak jou jan enfimyè a te di a.

Mèsi anpil pou tout sa ou fè pou mwen.

Nadège
555-0139

Voye depi telefòn mwen
""", when(10, 8, 18, 2))

add("phi", "lang", "Carla Medeiros", "Ana Paula Rocha <arocha@northgatehealth.org>",
"Carla Medeiros <carla.medeiros.bh@example.com>",
"Sua consulta de retorno - quarta-feira 23/10",
"""Olá Carla,

Aqui é a Ana Paula, intérprete do Hospital Northgate. A enfermeira Lisette pediu que eu te escrevesse para confirmar sua consulta de retorno:

Data: quarta-feira, 23 de outubro
Horário: 10h30
Local: Programa de Enfermagem Forense, 2º andar. Entre pela porta lateral da Emergência e pegue o elevador B (não precisa passar pela recepção da Emergência).

Nessa consulta a enfermeira vai ver como você está se sentindo, tirar novas fotos dos hematomas no braço se você autorizar, e fazer os exames de sangue de acompanhamento. Por favor, traga os remédios que você recebeu no hospital para ela conferir quantos comprimidos ainda restam.

Se não puder vir, me avise por este e-mail ou ligue para 555-0117. Eu estarei lá para interpretar.

Um abraço,
Ana Paula Rocha
Intérprete Médica - Português/Espanhol
Serviços de Idiomas | Northgate Regional Medical Center
555-0117

""" + NG_DISC, when(10, 18, 14, 25), cc=LISETTE)

add("phi", "lang", "فاطمة السيد (Fatima Al-Sayed)", "Mariam Al-Sayed <mariam.alsayed@example.net>", FNP_LIST,
"موعد المتابعة لأختي فاطمة السيد",
"""السلام عليكم،

أنا مريم، أخت فاطمة السيد. فاطمة كانت عندكم في قسم الطوارئ يوم السبت الماضي، والممرضة أعطتها موعد متابعة يوم الثلاثاء القادم الساعة الحادية عشرة صباحاً.

فاطمة لا تتكلم الإنجليزية جيداً، فهل يمكن أن يكون هناك مترجمة عربية (امرأة إن أمكن)؟

أيضاً هي ما زالت تشعر بألم في الحلق وصعوبة بسيطة في البلع، وصوتها متغير قليلاً. هل هذا طبيعي أم يجب أن تأتي قبل الموعد؟

رقم هاتفها 555-0177، ويمكنكم الاتصال بي أنا أيضاً على 555-0178.

شكراً جزيلاً لكم،
مريم السيد
""", when(10, 14, 21, 40))

add("phi", "lang", "Olga Petrenko", DANA, LANG,
"FW: вопрос - please translate, med question",
"""Hi Language Services - got this from a patient of mine this morning. Can someone translate asap? I think it's about her meds so it's time sensitive. Thanks!
Dana x0114

---------- Forwarded message ---------
From: Olga Petrenko <olga.petrenko77@example.com>
Date: Mon, Oct 21, 2024 at 6:58 AM
Subject: вопрос
To: Dana Whitfield <dwhitfield@northgatehealth.org>


Здравствуйте, Дана!

Это Ольга Петренко, вы меня осматривали в прошлую пятницу ночью. Извините, что пишу по-русски, так мне проще.

От таблеток, которые мне дали на 28 дней, меня очень тошнит, особенно утром. Можно ли принимать их во время еды или вечером? Я пропустила одну дозу в воскресенье — это опасно?

И ещё: в четверг у меня приём у вас на анализ крови, но я работаю до 17:00. Можно перенести на пятницу или на вечер?

Спасибо вам большое за всё.
Ольга
тел. 555-0148
""", when(10, 21, 8, 4))

add("phi", "lang", "周雨彤 (Zhou Yutong)", OKOYE, ROSA,
"FW: 周雨彤 检查结果",
"""Rosa - Mr. Zhou sent this to me, it's in Chinese. Language line says he's asking about the exam results and a counselor. Can we set up a call with Dr. Feld and a Mandarin interpreter? Thx - Janelle

-----Original Message-----
From: Zhou Jianguo <zjg.lakemont@example.com>
Sent: Tuesday, October 29, 2024 10:12 PM
To: Janelle Okoye <janelle.okoye@dcfs.example.org>
Subject: 周雨彤 检查结果

您好，

我是周雨彤的爸爸周建国。雨彤上星期三在你们中心做了面谈和身体检查。医生说检查结果会告诉社工，但是我们到现在还不知道结果。请问孩子的身体有没有问题？需不需要再去复查？

另外，雨彤最近晚上睡不好，常常做噩梦，也不想去学校。学校老师建议我们找心理咨询师。请问可以安排会说中文的咨询师吗？

我白天在餐馆上班，下午三点到五点比较方便接电话。我的电话是555-0169。

谢谢！
周建国
""" + "\n" + CPS_DISC, when(10, 30, 9, 26), cc=FELD)

add("phi", "lang", "Grace Mendoza", "Grace Mendoza <gracem.0412@example.com>", LISETTE,
"follow up ko po",
"""Hi po Ma'am Lisette,

Si Grace Mendoza po ito, yung pasyente niyo noong Linggo ng gabi. Salamat po ulit sa pag-aalaga sa akin.

Tanong ko lang po, kailan po ba yung follow-up ko para sa pangalawang bakuna at blood test? Nakalimutan ko po kasi yung papel na binigay niyo, naiwan ko sa kotse ng pinsan ko.

Tsaka po, okay lang po ba na inumin ko yung mga gamot kasabay ng vitamins ko? Medyo nahihilo po ako pag umaga.

Pwede niyo po akong i-text sa 555-0145, mas madali po para sa akin kasi nasa trabaho ako buong araw.

Maraming salamat po,
Grace

Sent from my iPhone
""", when(10, 9, 12, 48))

# =====================================================================
# PHI / lists
# =====================================================================
mdt_table = """| # | Child           | DOB        | Ref'd | FI              | Medical                 | Lead agency     | For discussion            |
|---|-----------------|------------|-------|-----------------|-------------------------|-----------------|---------------------------|
| 1 | Mateo Reyes     | 03/11/2015 | 9/23  | 9/26 (Sandoval) | 9/26 Feld - complete    | LPD Ferreira    | DA charging review        |
| 2 | Aaliyah Brooks  | 08/02/2019 | 9/30  | 10/3 (Asante)   | scheduled 10/17         | DCFS Okoye      | placement w/ aunt         |
| 3 | Hunter Gaines   | 12/19/2012 | 10/1  | 10/4 (Sandoval) | declined by parent      | HCSO Kessler    | therapy referral          |
| 4 | Noah Pemberton  | 05/05/2018 | 10/7  | deferred        | 10/10 Feld              | LPD Pruitt      | 2nd FI? speech eval first |
| 5 | Destiny Moore   | 02/27/2016 | 10/8  | 10/11 (Asante)  | 10/11 Feld              | DCFS Lasko      | safety plan update        |"""

add("phi", "lists", "Mateo Reyes; Aaliyah Brooks; Hunter Gaines; Noah Pemberton; Destiny Moore",
BETH, MDT_LIST, "MDT case review - Wed 10/16 agenda",
"""Good afternoon team,

Case review is Wednesday 10/16, 9:00-11:00, CAC conference room (Teams link below for anyone remote). Please come prepared to update on your piece of each case.

""" + mdt_table + """

Reminder: case review discussions are confidential and governed by our MDT interagency agreement. No notes leave the room except the lead agency's own.

Teams: https://teams.example.com/l/meetup-join/19%3ameeting_HarlanMDT1016
Call-in: 555-0300, conf ID 448 219 06#

Thanks,
Beth
""" + s_beth() + "\n\n" + CAC_DISC, when(10, 11, 14, 3),
cc=", ".join([FELD, ELENA, KWAME, PRUITT, FERREIRA, KESSLER, WHITLOCK, OKOYE, LASKO]))

fu_rows = [["Patient", "MRN", "Exam date", "Examiner", "Phone", "OK to VM", "F/U due", "Reason", "Done (init)"],
           ["Whitcombe, Angela", "N0052204", "10/09/2024", "MO", "555-0124", "N - text first", "10/10", "24h check-in", ""],
           ["Pettigrew, Shauna", "N0051932", "10/05/2024", "DW", "555-0161", "Y", "10/19", "day 14 med check + labs", ""],
           ["Barlow, Monique", "N0050418", "09/24/2024", "LF", "555-0126", "Y", "10/08", "2 wk visit - done, 6 wk due 11/5", "LF"],
           ["Kovac, Danielle", "N0049877", "09/01/2024", "JP", "555-0138", "N", "10/13", "6 wk labs", ""],
           ["Nash, Trevor", "N0052011", "10/06/2024", "MO", "555-0127", "Y", "10/09", "photo f/u + voice check", ""],
           ["Lindqvist, Heather", "N0051550", "09/28/2024", "DW", "555-0163", "Y", "10/12", "photo release question", ""],
           ["Petrenko, Olga", "N0052377", "10/11/2024", "DW", "555-0148", "Y", "10/14", "48-72h check, Russian interp", ""],
           ["Mendoza, Grace", "N0052102", "10/06/2024", "LF", "555-0145", "text only", "11/06", "vaccine #2 + labs", ""]]
add("phi", "lists", "Angela Whitcombe; Shauna Pettigrew; Monique Barlow; Danielle Kovac; Trevor Nash; Heather Lindqvist; Olga Petrenko; Grace Mendoza",
GWEN, FNP_LIST, "follow up calls wk of 10/7",
"""Hi all - this week's call list is attached. Please initial in the last column on the shared copy (S: drive > Forensic > Follow-up) not this one, I just sent it so you have it on your phones.

Two are text-only, noted.

Gwen

Gwen Albright
Program Assistant, Forensic Nursing
Northgate Regional Medical Center | x0112
""", when(10, 7, 8, 2), atts=[("FU_calls_2024-10-07.csv", "text/csv", csv_text(fu_rows))])

add("phi", "lists", "Danielle Kovac; Jolene Faraday; Brianna Teague; Monique Barlow",
SECURITY, ", ".join([PRUITT, KESSLER, "Sgt. Diane Marsh <dmarsh@statepolice.example.org>"]),
"Kits awaiting pickup > 14 days (as of 10/16)",
"""Good morning,

Per the kit tracking agreement, below are the kits in the Northgate evidence fridge that have been released to your agency and are still waiting for pickup more than 14 days. Copied from our custody log:

Kit #\tAgency\tAgency case\tPatient\tCollected\tDays
NGK-24-0588\tLPD\t24-027711\tKovac, Danielle\t09/01/2024\t45
NGK-24-0597\tHCSO\tS24-01182\tFaraday, Jolene\t09/08/2024\t38
NGK-24-0602\tLPD\t24-029104\tTeague, Brianna\t09/14/2024\t32
NGK-24-0615\tSP Troop 3\tT3-24-5521\tBarlow, Monique\t09/26/2024\t20

State law gives agencies 30 days from notice to collect. Please call the security desk at x4400 (555-0140 from outside) to schedule. Two of these are now past 30.

Carl Dunning
Security Supervisor
Northgate Regional Medical Center
""" + "\n" + NG_DISC, when(10, 16, 7, 31), cc=RENATA)

anon_rows = [["Kit ID", "MRN", "Patient", "DOB", "Collected", "Hold ends", "Attempt 1", "Attempt 2", "Notes"],
             ["A-23-0088", "N0026610", "Whitt, Jasmine", "1994-02-11", "2023-10-19", "2024-10-19", "2024-10-01 LVM", "2024-10-08 no answer", "to lab LTS 10/21"],
             ["A-23-0093", "N0027754", "Ocasio, Carmen", "1987-06-30", "2023-11-04", "2024-11-04", "", "", "calls this wk - RK"],
             ["A-24-0007", "N0030196", "Brandt, Leah", "2001-09-03", "2024-01-15", "2025-01-15", "", "", ""],
             ["A-24-0019", "N0033482", "Osei, Abena", "1999-12-24", "2024-02-20", "2025-02-20", "", "", "moved - new # in chart"],
             ["A-24-0031", "N0034870", "Thornton, Maya", "1996-05-17", "2024-03-09", "2025-03-09", "", "", "pt called 10/3 re: reporting"],
             ["A-24-0044", "N0037215", "Ruiz, Daniela", "2003-08-08", "2024-04-27", "2025-04-27", "", "", "Spanish"]]
add("phi", "lists", "Jasmine Whitt; Carmen Ocasio; Leah Brandt; Abena Osei; Maya Thornton; Daniela Ruiz",
RENATA, "Jill Haverford <jhaverford@northgatehealth.org>",
"Q4 non-report kit storage review",
"""Jill,

Attached is the non-report (anonymous) kit list for the Q4 review with Legal. Two are within 30 days of hold end. One patient (A-24-0031) has called about moving to a report, so please don't schedule that one for transfer.

Can we go over it at our 1:1 Thursday?

R
""" + s_renata(), when(10, 14, 16, 55),
atts=[("NonReport_Kits_Q4_2024.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
       xlsx(anon_rows, "Q4 review"))])

add("phi", "lists", "Mateo Reyes; Aaliyah Brooks; Isabella Ruiz; Ethan Vogel; Kayla Dunbar; Marcus Dunbar Jr.",
CACSCHED, FELD, "your clinic next week (10/28-10/31)",
"""Dr. Feld - here's next week. Let me know if you want anything moved.

MON 10/28
 9:00   Mateo Reyes - 03/11/2015 - recheck from 9/26 exam, mom wants to talk about sleep
 10:30  Aaliyah Brooks - 08/02/2019 - non-acute exam (rescheduled from 10/17, aunt now has custody)
 1:00   Isabella Ruiz - 11/30/2016 - non-acute exam, FI same day w/ Kwame at 11

TUE 10/29
 9:30   Ethan Vogel - 07/07/2011 - referred by DCFS after school nurse report, needs interpreter? no - English
 (afternoon held for court - Hardesty matter)

THU 10/31
 10:00  Kayla Dunbar - 01/14/2014 - sibling exam
 10:45  Marcus Dunbar Jr. - 04/03/2017 - sibling exam (same family, bring together)

Photo-documentation camera is back from repair, it's in your office.

Marisa
CAC Scheduling | 555-0152
""", when(10, 24, 15, 40))

add("phi", "lists", "K.B.; Angela Whitcombe; Danielle Kovac; Rebecca Stiles; Trevor Nash; Nadège Joseph",
PFS, RENATA, "Victim comp aging - Sept/Oct DOS",
"""Renata,

Here's where the victim comp claims stand for Sept/Oct dates of service. The Joseph account went to self-pay by mistake (registration didn't flag it as a forensic encounter) and a statement went out 10/1 - I've pulled it back and we'll call her. Can your team make sure the forensic flag is on at registration?

Acct#        Patient              DOS       Claim #          Billed     Status
-----------  -------------------  --------  ---------------  ---------  -----------------------
7712094413   B., K.               08/11/24  VC-2024-118204    2,186.40  resubmitted 10/2
7712097730   Kovac, Danielle      09/01/24  VC-2024-119455    1,874.00  paid 10/4
7712098812   Joseph, Nadege       09/14/24  (none)              640.00  self-pay ERROR - reversed
7712099954   Stiles, Rebecca      10/04/24  VC-2024-121310    2,050.75  pending
7712101876   Whitcombe, Angela    10/09/24  VC-2024-121977    1,942.15  pending
7712100431   Nash, Trevor         10/06/24  VC-2024-121644    1,288.60  pending - needs exam form

Hollis

Hollis Mbeki
Patient Financial Services - Special Programs
555-0120
""" + "\n" + NG_DISC, when(10, 10, 11, 22))

add("phi", "lists", "Kendra Boyce; Jolene Faraday; Priscilla Dunmore",
RHODES, RENATA, "Upcoming hearings - SANE testimony needed (Nov/Dec)",
"""Hi Renata,

Here are the upcoming court dates where we expect to call one of your nurses. Subpoenas will go out this week through HIM. Please let me know ASAP about any conflicts with leave so ADA Whitlock can plan.

- 11/12 prelim - People v. R. Almeida - victim Kendra Boyce, DOB 04/22/1998 - exam 07/14/2024 - examiner Marcus Oyelaran (strangulation exam, photos)
- 11/19-11/22 trial - People v. T. Grange - victim Jolene Faraday, DOB 10/05/1990 - exam 03/02/2024 - examiner Dana Whitfield
- 12/03 grand jury - People v. D. Hardesty - victim Priscilla Dunmore, DOB 07/09/1993 - exam 05/18/2024 - examiner Lisette Fontaine

Ms. Boyce and Ms. Faraday have both asked for their advocate to be present in court. Sam Delgado at Harbor Light is coordinating.

Thank you,
Tamika Rhodes
Victim-Witness Coordinator
Harlan County Prosecutor's Office
555-0175

""" + DA_DISC, when(10, 25, 10, 50), cc=WHITLOCK)

# =====================================================================
# PHI / names
# =====================================================================
add("phi", "names", "Brianna Teague", DORSEY, DANA, "Brianna - question for you",
"""Hi Dana,

Spoke with Brianna yesterday when I went over to get her signature. She's doing ok, staying with her mom for now. She mentioned her neck is still sore and she's having a hard time swallowing some foods, and asked me if that's normal and whether she should come back to see you. I told her I'd pass it on and that you'd be the one to answer that, not me.

Her mom's number is probably the best way to reach her right now: 555-0135.

Thanks,
Keisha
""" + s_dorsey() + "\n\n" + PD_DISC, when(9, 19, 10, 4))

add("phi", "names", "Emeka Okafor", FELD, OKOYE, "Saw Emeka today",
"""Janelle,

Quick note before the formal report, which I'll finish tomorrow. I saw Emeka this morning with his mom, Mrs. Okafor. He was shy at first but warmed up once his mom was in the room. My exam was normal and I don't need to see him back for anything medical. Growth is fine, he's up to date on shots per the state registry.

What I would push for: he's having a lot of trouble sleeping and his mom says he's been clingy and having accidents at school since summer. I'd really like him connected with trauma-focused therapy. Rosa gave Mrs. Okafor the list of providers who take his plan; can you help make sure it actually happens?

Naomi
""" + s_feld() + "\n\n" + CAC_DISC, when(10, 3, 15, 58))

add("phi", "names", "Crystal Yates", HIM, RENATA, "ROI - Yates, Crystal (forensic encounter 8/30)",
"""Renata,

We received a records request from an attorney for Yates, Crystal for her 08/30/2024 ED visit, which includes the forensic nursing encounter. The authorization is missing her signature and doesn't specify whether photographs are included.

Since the forensic chart is sequestered, I wanted to check with you before we do anything. Our plan is to send the attorney the standard deficiency letter. Do you want to reach out to Ms. Yates directly, or should we?

Thanks,
Deb Kaminski, RHIT
Release of Information Specialist
Health Information Management
Northgate Regional Medical Center
555-0118
""" + "\n" + NG_DISC, when(9, 17, 13, 44))

add("phi", "names", "Heather Lindqvist", GWEN, DANA, "Heather Lindqvist",
"""She called again this morning about getting copies of her photos, wants to know if she needs to come in or if they can be mailed. Also says she's still getting headaches since that night and asked if she should see her regular doctor or come here.

I told her you're on until 7 tonight and would call her back. Number is the one in the chart.

G
""", when(10, 11, 10, 17))

add("phi", "names", "Kendra Boyce", WHITLOCK, MARCUS, "RE: prep meeting",
"""Great, see you Tuesday at 2. Conference room 4B, check in at the front desk.

Corinne

""" + s_whitlock() + """

-----Original Message-----
From: Marcus Oyelaran <moyelaran@northgatehealth.org>
Sent: Friday, November 1, 2024 4:10 PM
To: Corinne Whitlock <cwhitlock@harlanprosecutor.org>
Subject: RE: prep meeting

Tuesday 11/5 after 1 works. I'm off that day so I can come downtown.

Marcus

-----Original Message-----
From: Corinne Whitlock <cwhitlock@harlanprosecutor.org>
Sent: Friday, November 1, 2024 11:32 AM
To: Marcus Oyelaran <moyelaran@northgatehealth.org>
Cc: Tamika Rhodes <trhodes@harlanprosecutor.org>
Subject: prep meeting

Mr. Oyelaran,

Kendra Boyce's preliminary hearing is set for 11/12. I plan to call you on the strangulation exam you did on 7/14: what she told you about loss of consciousness, her voice changes, the findings you documented on her neck and the photos. Could we meet next week for about an hour to go over your report and the diagrams? Please bring your CV.

Thank you,
Corinne Whitlock
Assistant Prosecuting Attorney

""" + DA_DISC, when(11, 1, 16, 45), cc=RHODES)

add("phi", "names", "Elijah Sutter", ROSA, OKOYE, "Bubba - therapy waitlist",
"""Hi Janelle!

Bubba (Elijah Sutter) did great at his interview yesterday, he was chatty and showed Kwame all his drawings. Grandma pulled me aside afterward though. She says he's been wetting the bed again for the past few weeks and isn't sleeping through the night, and his teacher says he's been having meltdowns.

Dr. Feld recommended trauma-focused therapy. The CAC therapist waitlist is about 6 weeks right now. Could DCFS authorize the outside provider (Lakeside Family Counseling) so he can start sooner? Grandma is willing to drive him.

Rosa
""" + s_rosa(), when(10, 17, 11, 20))

add("phi", "names", "Monique Barlow", LISETTE, RAMAN, "Q re: Monique's hep B series",
"""Dr. Raman,

Monique Barlow came back today for her 2-week visit. Pregnancy test was negative, follow-up labs drawn and sent. She's been taking the 28-day meds and says the nausea is better with food.

She's asking whether she needs the rest of the hep B series since she got the first dose here on 9/24. Her records from her old clinic show she may have had the series as a teen but the dates are incomplete. Would you rather check titers or just continue the series? I told her I'd call her tomorrow with an answer.

Thanks,
Lisette

Lisette Fontaine, RN, SANE-P
Forensic Nursing Program x0116
""", when(10, 8, 15, 12))

add("phi", "names", "Jolene Faraday", SAM, WHITLOCK, "Ms. Faraday - 10/28 meeting",
"""Hi Corinne,

Ms. Faraday asked me to let you know she won't be able to make the 10/28 trial prep meeting. Her doctor just started her on a new medication that makes her very drowsy in the mornings, and she has her therapy appointment that same day at 10.

She's still fully committed to testifying. Would any afternoon the week of 11/4 work? She'd prefer a video call if possible and would like me on the call.

Best,
Sam
""" + s_sam() + "\n" + HL_DISC, when(10, 22, 12, 9), cc=RHODES)

# =====================================================================
# PHI / self
# =====================================================================
add("phi", "self", "Tanya Brookshire", "Tanya Brookshire <tbrookshire.home@example.net>",
"Forensic Nursing Program <forensicnursing@northgatehealth.org>",
"copy of my exam records and photos",
"""Hello,

My name is Tanya Brookshire, date of birth 8/19/1991. I had an exam in your forensic nursing program on August 3rd of this year after I was assaulted by my ex. I have a hearing for a protective order on November 7 and my lawyer says it would help to have a copy of the nurse's report and the pictures of my arm and face.

How do I request those? Do I need to come in person or can you email or mail them to me? I'm at a new address now so please don't send anything to the old one on Wexford St.

Thank you,
Tanya Brookshire
555-0122
""", when(10, 15, 22, 8))

add("phi", "self", "Alexis Murdock", "Alexis Murdock <alexis.murdock@example.com>", PFS,
"Bill I should not have gotten",
"""Hi,

I got a bill in the mail from Northgate for $1,240.00 for my emergency room visit on September 8. Account number 7712096658. The nurse who did my exam that night told me I would not be charged anything for the exam and the medicine, and that it goes to the state program.

I also got an explanation of benefits from my insurance, which I'm on through my parents. I really did not want them to know about this visit. Can you please stop billing my insurance and fix this? I'm really stressed about it.

Alexis Murdock
""", when(9, 30, 23, 14))

add("phi", "self", "Danielle Kovac", "dani k <danikovac22@example.com>", DANA, "pills",
"""hey this is dani kovac. i was seen sunday nite. the pills r making me really sick to my stomach, like i threw up this morning after taking them. can i take them w food or at night instead? also when is my appt for the blood draw i lost the card

sent from my iphone
""", when(9, 3, 9, 41))

add("phi", "self", "Trevor Nash", "Trevor Nash <tnash.lakemont@example.net>", MARCUS,
"Still hoarse - you said to email",
"""Marcus,

You said to email if anything got worse. It's been 4 days since I came in. My voice is still hoarse and it actually hurts more to swallow today than yesterday, and I had a headache all night. No trouble breathing. Should I come back in or go to my regular doctor? I'm off work today so I can come anytime.

Trevor Nash
555-0127
""", when(10, 10, 8, 5))

add("phi", "self", "Jae-won Park", JAEWON, EHS, "Needlestick last night - f/u appt + paperwork",
"""Hi Employee Health,

I had a needlestick last night (10/12, around 2330) while drawing blood in the forensic suite. I reported it to the ED charge nurse right away and went through the exposure protocol: baseline labs were drawn and I was started on the 28-day meds. Source patient consented to labs.

Can you set me up for my follow-up appointment and send me the workers comp forms? I work nights Mon/Tue/Fri this week so a Wednesday or Thursday morning would be best.

Thanks,
Jae-won Park, RN
Forensic Nursing Program
Emp ID 204877
cell 555-0119
""", when(10, 13, 10, 3))

add("phi", "self", "Maya Thornton", "Maya R. Thornton <maya.r.thornton@example.com>", RENATA,
"I want to talk to the police now",
"""Hi Renata,

We spoke on the phone on the 3rd. I've thought about it a lot and talked to my therapist, and I've decided I want to make a police report. I had my exam back in March under the anonymous option and the nurse gave me a card with my kit number, A-24-0031.

What do I do next? Do I call the police myself, or do you? And will they need me to do anything else medically? I'd like someone from Harbor Light with me if I have to go to the station.

Thank you for being patient with me.
Maya
""", when(10, 17, 19, 27))

add("phi", "self", "Sarah Kellerman", "Sarah Kellerman <sarahlk@example.org>", GWEN,
"reschedule + insurance question",
"""Hi Gwen,

This is Sarah Kellerman. I need to reschedule my follow-up on 11/6 (for my second shot and bloodwork), I have a work training I can't get out of. Anything the week after is fine.

Also - my insurance changed Nov 1 and I'm on my husband's plan now. I don't want anything from this visit going to that insurance or showing up on an explanation of benefits at home. Can the follow-up go to the state program like the first visit did? Please call my cell only, 555-0144, not the home number.

Thank you,
Sarah
""", when(10, 29, 13, 6))

# =====================================================================
# PHI / struct
# =====================================================================
adt = "\n".join([
    "MSH|^~\\&|EPICADT|NGRMC|KITTRACK|NGFNP|20241012231504||ADT^A04^ADT_A01|NG2024101223150417|P|2.5.1",
    "EVN|A04|20241012231500|||JHOLT^Holt^Janice",
    "PID|1||N0052490^^^NGRMC^MR||Hargrove^Tiana^L^^^^L||19970318|F|||1187 Birchwood Ct Apt 3^^Lakemont^PA^17455^USA^H||^PRN^PH^^1^555^5550155|||S||7712103390|731-22-0945",
    "PV1|1|E|ED^FOR2^01^NGRMC^^^^^Forensic Suite||||1843227716^Whitfield^Dana^^^^RN|||EMR||||7|||||V|7712103390^^^NGRMC^VN|||||||||||||||||||||||||20241012231500",
    "PV2|||^Forensic exam - patient requested||||||||||||||||||||N",
    "IN1|1|VCOMP01|VC77|CRIME VICTIMS COMPENSATION PROGRAM|PO Box 4410^^Harrisville^PA^17002||||||||||||Hargrove^Tiana^L|01|19970318",
    "ZFN|Y|NON-REPORT|NO STATEMENTS|CONFIDENTIAL"])
add("phi", "struct", "Tiana Hargrove", "Victor Chen <vchen@northgatehealth.org>", RENATA,
"KitTrack didn't get last night's registration",
"""Renata,

Figured out why the forensic suite registration from last night never showed in KitTrack. The ADT came through with the new room code FOR2 in PV1-3 and the interface filter only knew FOR1. Raw message below for your records. I've added FOR2 to the mapping table and replayed the message, so it should show up in the tracker now. Let me know if it doesn't.

Also noticed the ZFN segment is passing the non-report flag correctly, so no change there.

""" + adt + """

Victor Chen
Integration Analyst, Interfaces Team
Northgate IS | x6621
""", when(10, 13, 10, 47))

oru = "\r\n".join([
    "MSH|^~\\&|SUNQLAB|NGRMC|EPIC|NGRMC|20241019143311||ORU^R01^ORU_R01|L2410191433110052|P|2.5.1",
    "PID|1||N0051932^^^NGRMC^MR||Pettigrew^Shauna^M||19920707|F|||44 Garnet Row^^Lakemont^PA^17455||^PRN^PH^^1^555^5550161",
    "PV1|1|O|FNP^CLINIC^^NGRMC||||1843227716^Whitfield^Dana^^^^RN",
    "ORC|RE|ORD8841207|LAB24101900217||CM",
    "OBR|1|ORD8841207|LAB24101900217|FNPF/U^Forensic follow-up panel^L|||202410190915|||||||||1843227716^Whitfield^Dana||||||202410191430|||F",
    "OBX|1|ST|2106-3^HCG Qual Ur^LN||Negative||Negative|N|||F",
    "OBX|2|ST|56888-1^HIV 1+2 Ab+HIV1 p24 Ag^LN||Nonreactive||Nonreactive|N|||F",
    "OBX|3|ST|20507-0^RPR^LN||Nonreactive||Nonreactive|N|||F",
    "OBX|4|ST|5196-1^HBsAg^LN||Negative||Negative|N|||F",
    "OBX|5|NM|1742-6^ALT^LN||22|U/L|7-35|N|||F",
    "OBX|6|NM|2160-0^Creatinine^LN||0.78|mg/dL|0.50-1.10|N|||F",
    ""])
add("phi", "struct", "Shauna Pettigrew", "Interface Engine <cloverleaf-alerts@northgatehealth.org>",
"FNP Results Pool <fnp-results@northgatehealth.org>",
"[ALERT] ORU routed to unassigned pool - ordering provider not credentialed",
"""Interface Engine Alert  (severity: WARN)

Thread:      lab_oru_out_epic
Rule:        ROUTE_BY_ORDERING_PROVIDER
Message ctl: L2410191433110052
Time:        2024-10-19 14:33:12

The ordering provider on this result (1843227716) is not mapped to an in-basket. The result has been filed to the department pool FNP RESULTS. Please review and route manually. The original message is attached.

This is an automated message from the Northgate integration engine. Do not reply.
""", when(10, 19, 14, 33, ), headers={"Auto-Submitted": "auto-generated"},
atts=[("L2410191433110052.hl7", "text/plain", oru)])

siu = "\n".join([
    "MSH|^~\\&|CACSCHED|BHCAC|EPIC|NGRMC|20241024153902||SIU^S12^SIU_S12|BH20241024153902881|P|2.5.1",
    "SCH|BH-77310||||||CACMED^CAC Medical Exam^L|NONACUTE^Non-acute exam|60|min|^^60^202410281300^202410281400|||||||||||||||BOOKED",
    "PID|1||BH004417^^^BHCAC^MR~N0052618^^^NGRMC^MR||Ruiz^Isabella^^^^^L||20161130|F|||509 Cedar Hollow Rd^^Lakemont^PA^17455||^PRN^PH^^1^555^5550128|||||||",
    "NK1|1|Ruiz^Marta|GRD^Legal guardian|509 Cedar Hollow Rd^^Lakemont^PA^17455|^PRN^PH^^1^555^5550128",
    "RGS|1|A",
    "AIP|1|A|1598870142^Feld^Naomi^^^^MD|PHYS"])
add("phi", "struct", "Isabella Ruiz", "Interface Engine <cloverleaf-alerts@northgatehealth.org>",
"CAC Scheduling <scheduling@brightharborcac.org>",
"SIU rejected: BH-77310 (missing AIL segment)",
"""The following scheduling message from CACSCHED was REJECTED by the receiving system.

Error: AIL segment required for appointment type CACMED (location not specified)
Action: correct the appointment location in the CAC scheduling system and re-send.

--- message ---
""" + siu + """
--- end ---

Automated notification. Questions: Interfaces Team x6621.
""", when(10, 24, 15, 39), headers={"Auto-Submitted": "auto-generated"})

x837 = "~\n".join([
    "ISA*00*          *00*          *ZZ*NGRMC0042      *ZZ*VCOMPPA        *241010*1130*^*00501*000004417*0*P*:",
    "GS*HC*NGRMC0042*VCOMPPA*20241010*1130*4417*X*005010X222A1",
    "ST*837*0001*005010X222A1",
    "BHT*0019*00*NG4417*20241010*1130*CH",
    "NM1*41*2*NORTHGATE REGIONAL MEDICAL CENTER*****46*NGRMC0042",
    "PER*IC*HOLLIS MBEKI*TE*5555550120",
    "NM1*40*2*CRIME VICTIMS COMPENSATION PROGRAM*****46*VCOMPPA",
    "HL*1**20*1",
    "NM1*85*2*NORTHGATE REGIONAL MEDICAL CENTER*****XX*1063519904",
    "N3*2200 NORTHGATE PKWY",
    "N4*LAKEMONT*PA*174550000",
    "REF*EI*251234987",
    "HL*2*1*22*0",
    "SBR*P*18*******OF",
    "NM1*IL*1*WHITCOMBE*ANGELA*R***MI*VC2024121977",
    "N3*83 LOCUST LN",
    "N4*LAKEMONT*PA*17455",
    "DMG*D8*19880214*F",
    "NM1*PR*2*CRIME VICTIMS COMPENSATION PROGRAM*****PI*VCOMPPA",
    "CLM*7712101876*1942.15***23:B:1*Y*A*Y*Y",
    "REF*G1*VC-2024-121977",
    "HI*ABK:Z0441*ABF:T7421XA",
    "NM1*82*1*WHITFIELD*DANA****XX*1843227716",
    "LX*1",
    "SV1*HC:99285*1120.00*UN*1***1",
    "DTP*472*D8*20241009",
    "LX*2",
    "SV1*HC:87389*164.00*UN*1***1",
    "DTP*472*D8*20241009",
    "LX*3",
    "SV1*HC:86592*58.15*UN*1***1",
    "DTP*472*D8*20241009",
    "LX*4",
    "SV1*HC:84703*45.00*UN*1***1",
    "DTP*472*D8*20241009",
    "LX*5",
    "SV1*HC:96372*155.00*UN*1***1",
    "DTP*472*D8*20241009",
    "LX*6",
    "SV1*HC:J0696*400.00*UN*1***1",
    "DTP*472*D8*20241009",
    "SE*40*0001",
    "GE*1*4417",
    "IEA*1*000004417"]) + "~\n"
add("phi", "struct", "Angela Whitcombe", PFS, "EDI Support <edisupport@victimcomp.example.org>",
"837P batch 4417 rejected at front end - please advise",
"""Hello,

Our 837P batch 4417 (one claim) was rejected by your front end with "999 IK3 segment CLM loop 2300 - invalid". I've attached the file as sent. We think the issue may be the patient-is-subscriber setup since victim comp claims don't have a traditional subscriber. Could you take a look and tell us which element your system is objecting to?

Thanks,
Hollis Mbeki
Patient Financial Services - Special Programs
Northgate Regional Medical Center
555-0120

""" + NG_DISC, when(10, 10, 14, 2), atts=[("NGRMC_837P_4417.txt", "text/plain", x837)])

fhir = {
    "resourceType": "Bundle",
    "id": "kt-evt-4471",
    "type": "transaction",
    "timestamp": "2024-10-05T06:12:44-04:00",
    "entry": [
        {"fullUrl": "urn:uuid:6c1b0a7e-0c55-4d0e-9a1e-3b7f2f0a4471",
         "resource": {"resourceType": "Patient",
                      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "N0052133"}],
                      "name": [{"family": "Stiles", "given": ["Rebecca", "Anne"]}],
                      "gender": "female", "birthDate": "1990-12-02",
                      "telecom": [{"system": "phone", "value": "555-0137", "use": "mobile"}],
                      "address": [{"line": ["16 Pell Street"], "city": "Lakemont", "state": "PA", "postalCode": "17455"}]},
         "request": {"method": "PUT", "url": "Patient?identifier=N0052133"}},
        {"fullUrl": "urn:uuid:0d8e7f61-2b7a-4e3c-8f15-9d12c0a94471",
         "resource": {"resourceType": "Encounter", "status": "finished", "class": {"code": "EMER"},
                      "type": [{"text": "Medical forensic examination"}],
                      "subject": {"reference": "urn:uuid:6c1b0a7e-0c55-4d0e-9a1e-3b7f2f0a4471"},
                      "period": {"start": "2024-10-05T01:40:00-04:00", "end": "2024-10-05T05:55:00-04:00"},
                      "participant": [{"individual": {"display": "Fontaine, Lisette RN SANE-P"}}]},
         "request": {"method": "POST", "url": "Encounter"}},
        {"fullUrl": "urn:uuid:a44f90d2-71c3-4b4e-b0d6-55e1f2c84471",
         "resource": {"resourceType": "Specimen",
                      "identifier": [{"system": "https://trackkit-portal.example.com/kit", "value": "SAK-0418120"}],
                      "status": "available",
                      "type": {"text": "Sexual assault evidence collection kit"},
                      "subject": {"reference": "urn:uuid:6c1b0a7e-0c55-4d0e-9a1e-3b7f2f0a4471"},
                      "collection": {"collectedDateTime": "2024-10-05T04:30:00-04:00"},
                      "note": [{"text": "Reporting status: report to LE. Agency LPD case 24-031902."}]},
         "request": {"method": "POST", "url": "Specimen"}}]}
add("phi", "struct", "Rebecca Stiles", "TrackKit Support <support@trackkit-portal.example.com>", RENATA,
"[TrackKit #40588] Failed sync - kit SAK-0418120",
"""Hi Renata,

Thanks for reporting the kit that didn't appear on the statewide portal. The event payload from your hospital's connector is attached. It failed validation because the Encounter has no "identifier" element and our portal requires the hospital encounter number to link the custody record.

Your IT team can add the CSN to the Encounter resource in the connector mapping, then re-send. Until then the kit can be entered manually on the portal (Kits > Add > Manual entry).

Best regards,
Priyanka Sethi
Customer Support Engineer, TrackKit
support@trackkit-portal.example.com | 1-800-555-0164 opt 2

Ticket #40588 | Reply above this line to update your ticket.
""", when(10, 7, 11, 5),
atts=[("payload_kt-evt-4471.json", "application/json", json.dumps(fhir, indent=2).encode("utf-8"))])

pipe_rows = [
    "KIT_ID|MRN|PT_LAST|PT_FIRST|DOB|COLLECTED|EXAMINER|RPT_STATUS|STATUS|AGENCY|CASE_NO|LOCATION",
    "NGK-24-0621|N0052490|HARGROVE|TIANA|1997-03-18|2024-10-13 01:52|WHITFIELD D|NON-REPORT|IN STORAGE|||FRIDGE B-2",
    "NGK-24-0620|N0052377|PETRENKO|OLGA|1981-11-04|2024-10-11 23:40|WHITFIELD D|REPORT|AWAITING PICKUP|LPD|24-032250|FRIDGE A-1",
    "NGK-24-0619|N0052204|WHITCOMBE|ANGELA|1988-02-14|2024-10-09 04:15|OYELARAN M|REPORT|RELEASED|LPD|24-031610|",
    "NGK-24-0618|N0052133|STILES|REBECCA|1990-12-02|2024-10-05 04:30|FONTAINE L|REPORT|RELEASED|LPD|24-031902|",
    "NGK-24-0617|N0052102|MENDOZA|GRACE|1985-04-12|2024-10-06 22:10|FONTAINE L|REPORT|AWAITING PICKUP|HCSO|S24-01344|FRIDGE A-2",
    "NGK-24-0616|N0051932|PETTIGREW|SHAUNA|1992-07-07|2024-10-05 02:05|WHITFIELD D|REPORT|AT LAB|LPD|24-031540|",
]
add("phi", "struct", "Tiana Hargrove; Olga Petrenko; Angela Whitcombe; Rebecca Stiles; Grace Mendoza; Shauna Pettigrew",
"KitTrack Reports <kittrack-noreply@northgatehealth.org>", ", ".join([RENATA, SECURITY]),
"Nightly kit status export - 2024-10-14",
"""KitTrack nightly export
Facility: Northgate Regional Medical Center (NGRMC)
Generated: 2024-10-14 02:00:03
Rows: 6 (kits with activity in the last 14 days)

""" + "\n".join(pipe_rows) + """

-- end of export --
Report: FNP_KIT_STATUS_NIGHTLY  Owner: Forensic Nursing Program
Do not forward outside the custody team.
""", when(10, 14, 2, 0), headers={"Auto-Submitted": "auto-generated"})

ccda = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.4" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.3.7712.2" extension="BHCAC-CN-2024-00581"/>
  <code code="11488-4" codeSystem="2.16.840.1.113883.6.1" displayName="Consult note"/>
  <title>Child Abuse Pediatrics Consultation</title>
  <effectiveTime value="20241011143000-0400"/>
  <confidentialityCode code="R" codeSystem="2.16.840.1.113883.5.25"/>
  <languageCode code="en-US"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.7712.1" extension="BH004388"/>
      <addr use="HP"><streetAddressLine>2741 Fulton Ridge Rd</streetAddressLine><city>Lakemont</city><state>PA</state><postalCode>17456</postalCode></addr>
      <telecom use="HP" value="tel:+1-555-555-0159"/>
      <patient>
        <name><given>Destiny</given><given>Rae</given><family>Moore</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="20160227"/>
        <guardian><code code="GRMTH" displayName="grandmother"/><guardianPerson><name><given>Loretta</given><family>Moore</family></name></guardianPerson></guardian>
      </patient>
    </patientRole>
  </recordTarget>
  <author>
    <time value="20241011143000-0400"/>
    <assignedAuthor><id root="2.16.840.1.113883.4.6" extension="1598870142"/>
      <assignedPerson><name><prefix>Dr.</prefix><given>Naomi</given><family>Feld</family><suffix>MD</suffix></name></assignedPerson>
      <representedOrganization><name>Bright Harbor Child Advocacy Center</name></representedOrganization>
    </assignedAuthor>
  </author>
  <component><structuredBody>
    <component><section>
      <code code="42349-1" codeSystem="2.16.840.1.113883.6.1" displayName="Reason for referral"/>
      <title>Reason for Referral</title>
      <text>Referred by DCFS (B. Lasko) for non-acute medical evaluation following forensic interview 10/11/2024.</text>
    </section></component>
    <component><section>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
      <title>Problems</title>
      <text><list><item>Z04.72 Encounter for examination and observation following alleged child physical abuse</item><item>Sleep disturbance (G47.9)</item></list></text>
    </section></component>
    <component><section>
      <code code="51847-2" codeSystem="2.16.840.1.113883.6.1" displayName="Assessment and plan"/>
      <title>Assessment and Plan</title>
      <text>Well-appearing 8 year old. Examination today normal; healed findings on the left forearm previously photographed by LE are no longer visible. Recommend trauma-focused CBT referral, routine well-child care with PCP, and follow-up with CAC as needed. Guardian counseled.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
add("phi", "struct", "Destiny Moore", FELD, "Dr. Alan Whitaker <awhitaker@lakemontpeds.example.com>",
"Consult note for your patient",
"""Dr. Whitaker,

Attached is my consult note from Friday's visit for your patient, sent with the guardian's written authorization (on file here). The CCD should import straight into your EHR. Happy to talk by phone if you have any questions; my direct line is below.

Naomi Feld
""" + s_feld() + "\n\n" + CAC_DISC, when(10, 14, 9, 12),
atts=[("BHCAC_ConsultNote_BH004388.xml", "application/xml", ccda.encode("utf-8"))])

# =====================================================================
# CLEAN / admin
# =====================================================================
add("clean", "admin", "", RENATA, FNP_LIST, "Exam room 2 out of service until further notice",
"""Team,

Facilities found an active leak above the ceiling tile in forensic exam room 2 this morning (work order WO-2024-118733). The room is closed until the ceiling is repaired and the room is cleaned and restocked.

In the meantime:
- Use exam room 3 for all adult exams. Room 1 stays the peds-friendly room.
- The colposcope and the alternate light source from rm 2 were moved to rm 3 and checked. Camera battery charged.
- The drying cabinet in rm 2 is sealed off; use the one in the evidence room.
- If two exams come in at once, call me or the on-call coordinator and we'll open the ED consult room with a privacy screen.

I'll update when we have a date from facilities.

Renata
""" + s_renata() + "\n\n" + NG_DISC, when(10, 2, 8, 12), cc=FACIL)

add("clean", "admin", "", GWEN, "Supply Chain - Par Levels <supplychain@northgatehealth.org>",
"RE: par levels for forensic suite",
"""Hi Mike,

Thanks for checking. Here's what we need raised for the forensic suite par levels starting November:

Adult evidence kits (state-issued, we order from the crime lab, not you) - n/a
Pediatric-size speculums - par 10 (currently 4)
Sterile water, 10 mL - par 40
Paper evidence bags, large - par 60
Disposable underwear/scrubs/sweatsuits (patient clothing) - par 20 sets, mixed sizes
Toluidine blue swabs - par 20
Privacy drapes - par 30

We go through clothing faster than anything else, since patients' clothes are collected. Harbor Light donates some but we can't count on it.

Thanks,
Gwen

> From: Mike Santangelo <msantangelo@northgatehealth.org>
> Sent: Tuesday, September 24, 2024 2:18 PM
> Subject: par levels for forensic suite
>
> Gwen - doing the annual par review. Can you send me anything you want changed for the
> forensic suite cart by Friday? Last year's par sheet attached.
""", when(9, 26, 11, 3))

it_text = """IT CHANGE NOTICE - CHG0031982

System: SecureImage forensic photo documentation (server FNP-IMG01) and the colposcope capture workstation
Change: version upgrade 7.2 -> 7.4, storage migration to new encrypted volume
Window: Saturday 10/26/2024 02:00 - 06:00
Impact: SecureImage unavailable. Capture workstation cannot upload.

Downtime procedure for Forensic Nursing:
1. Use the backup camera in the locked cabinet in the evidence room (key on the coordinator's ring / security).
2. Complete the paper photo log (form FNP-12) for each image series.
3. After the window, upload from the backup camera card and attach the photo log. Do not delete from the card until upload is verified by a second nurse.

Contact: IS Service Desk x5000, on-call analyst via operator.
"""
add("clean", "admin", "", ITCHG, FNP_LIST + ", " + FELD, "CHG0031982 - SecureImage upgrade Sat 10/26 02:00-06:00",
it_text, when(10, 21, 12, 0), html=html_wrap(it_text), headers={"Auto-Submitted": "auto-generated"})

policy_doc = docx([
    "# Northgate Regional Medical Center - Patient Financial Services",
    "# Billing for Medical Forensic Examinations (Policy PFS-214, revised 10/2024)",
    "Purpose: to ensure patients who receive a medical forensic examination are never billed for the exam, regardless of whether they report to law enforcement.",
    "1. Registration must select the encounter type FORENSIC EXAM and attach the Crime Victims Compensation Program as the only payer for exam-related charges.",
    "2. Exam-related charges include: the forensic exam, evidence collection supplies, ED facility fee for the forensic portion, labs and medications provided per the forensic protocol.",
    "3. Charges for unrelated care (for example, treatment of an injury requiring imaging) may be billed to insurance only with the patient's documented consent, and the patient must be offered the option of confidential communications.",
    "4. No statements are mailed to the patient for FORENSIC EXAM encounters. Accounts are held in the SPECIAL PROGRAMS work queue.",
    "5. Questions: Patient Financial Services - Special Programs, ext. 0120.",
])
add("clean", "admin", "", PFS, FNP_LIST + ", Patient Access Leads <patientaccess-leads@northgatehealth.org>",
"Revised policy PFS-214: billing for forensic exams",
"""All,

Attached is the revised PFS-214. The main changes:

- Registration must use encounter type FORENSIC EXAM (new in the drop-down as of 10/15). The old "ED - LE REQUEST" type is retired.
- No patient statements for forensic encounters, full stop. Accounts route to the Special Programs work queue.
- Insurance is never billed for exam-related charges. Unrelated care only with the patient's documented consent.

We had a couple of statements go out in error this quarter because of the old registration type. Please share with your night and weekend registrars.

Hollis Mbeki
Patient Financial Services - Special Programs
555-0120
""" + "\n" + NG_DISC, when(10, 14, 9, 30),
atts=[("PFS-214_Forensic_Exam_Billing_rev2024-10.docx",
       "application/vnd.openxmlformats-officedocument.wordprocessingml.document", policy_doc)])

mdt_start = datetime.datetime(2024, 11, 13, 9, 0)
add("clean", "admin", "", BETH, MDT_LIST, "MDT quarterly business meeting - Nov 13 (not case review)",
"""Hi everyone,

Our quarterly MDT business meeting is Wednesday 11/13, 9-10:30. This is NOT case review, so no case updates please.

Agenda:
1. Renewal of the interagency agreement (draft from County Attorney circulated 10/30)
2. New MOU with Harlan County Sheriff's Office for after-hours interviews
3. Medical exam referral pathway - Northgate ED to CAC for kids under 13
4. NCA accreditation site visit prep (March 2025)
5. Peer review schedule for forensic interviewers
6. Training calendar for 2025

Location: CAC conference room, 214 Linden Ave. Calendar invite attached. Coffee and bagels courtesy of the Lakemont Rotary.

Beth
""" + s_beth() + "\n\n" + CAC_DISC, when(10, 31, 13, 15),
atts=[("invite.ics", "text/calendar",
       ics("MDT Quarterly Business Meeting", mdt_start, mdt_start + datetime.timedelta(minutes=90),
           "Bright Harbor CAC Conference Room, 214 Linden Ave", "Beth Carrow:mailto:bcarrow@brightharborcac.org",
           "Quarterly business meeting. Not case review.", "040000008200E00074C5B7101A82E00800000000B4F1C"))])

add("clean", "admin", "", SECURITY, RENATA + ", " + FNP_LIST,
"Evidence fridge A temp alarm 10/19 - kits relocated",
"""Renata / team,

FYI, evidence refrigerator A alarmed at 03:12 this morning (reading 9.1 C, high limit 8.0 C). Officer Bates responded and, with Marcus as the second witness, moved all 4 sealed kits from fridge A to fridge B at 03:25. Each transfer was recorded on the custody log with both signatures, and the seals were checked and intact.

Biomed (ticket BME-55120) found a failed door gasket. Fridge A is tagged out of service; replacement gasket ordered, ETA Tuesday. Fridge B is holding at 4.2 C.

The temperature log printout for the last 24h is attached for the QA binder.

Carl Dunning
Security Supervisor | x4400
""", when(10, 19, 7, 2),
atts=[("FridgeA_templog_2024-10-19.pdf", "application/pdf",
       pdf(["EVIDENCE REFRIGERATOR A - TEMPERATURE LOG", "Unit: Helmer HLR-105  Asset tag NG-BME-04471",
            "Range: 2.0 - 8.0 C", "",
            "10/18 06:00  4.1", "10/18 12:00  4.3", "10/18 18:00  4.4", "10/19 00:00  6.8",
            "10/19 03:12  9.1  ALARM", "10/19 03:25  contents relocated to Fridge B (2 witnesses)",
            "10/19 06:00  12.4  unit tagged out of service"], "Temp log"))])

add("clean", "admin", "", WHITLOCK, RENATA + ", " + FELD,
"RE: subpoenas going forward",
"""Thanks Renata, that works for us. I've told the paralegals: all records subpoenas go to HIM (roi@northgatehealth.org), never to individual nurses, and trial subpoenas for testimony go to you so you can coordinate schedules. Dr. Feld, same process for the CAC: records to your office manager, testimony to you directly.

I'll put this in the updated protocol for the January MDT training.

Corinne

""" + s_whitlock() + """

-----Original Message-----
From: Renata Kowalczyk <rkowalczyk@northgatehealth.org>
Sent: Monday, October 28, 2024 9:02 AM
To: Corinne Whitlock <cwhitlock@harlanprosecutor.org>
Cc: Naomi Feld <nfeld@brightharborcac.org>
Subject: subpoenas going forward

Corinne,

Two of my nurses got records subpoenas handed to them in the ED this month. They're not the custodian of records and shouldn't be handling those. Could your office route records subpoenas to HIM, and send testimony subpoenas to me so I can work around the schedule? It would save everyone time.

Also, a reminder that we need at least 10 business days' notice to cover a shift when a nurse is testifying.

Thanks,
Renata

""" + DA_DISC, when(10, 28, 15, 44))

# =====================================================================
# CLEAN / lookalike
# =====================================================================
add("clean", "lookalike", "", "Evidentia Supply Co. <orders@evidentiasupply.com>", GWEN,
"Invoice INV-88214 for PO 4500123987 - shipped",
"""Thank you for your order. Your shipment has left our warehouse.

Invoice:        INV-88214
Customer #:     C-20771 (Northgate Regional Medical Center - Forensic Nursing)
PO:             4500123987
Ship date:      10/08/2024
Carrier:        UPS Ground, tracking 1Z 7A4 906 03 8841 2207
Ship to:        Receiving Dock 2, 2200 Northgate Pkwy, Lakemont PA 17455

Line  Item #       Description                                   Lot          Exp         Qty   Unit     Ext
1     EV-4410      Swab dryer filters, HEPA                      L240812-3    n/a          2    48.50    97.00
2     EV-1202      Paper evidence bags 12x17, 100/pk             L240903      n/a          3    36.25   108.75
3     EV-2290      Sterile swabs, 2-pk, 100 pk                   SW24-0719A   2027-07-31   4    41.80   167.20
4     EV-5001      Evidence tape, red, 1" x 108'                 T24-1120     n/a          6     9.95    59.70
5     EV-7733      Forensic ruler, ABFO No. 2 (scale)            R24-0044     n/a          5    14.00    70.00
                                                                              Subtotal:         502.65
                                                                              Freight:           18.40
                                                                              Total due:        521.05

Terms: Net 30. Remit to Evidentia Supply Co., PO Box 20931, Dept 118, Columbus OH 43220.
Questions? 1-800-555-0142 or orders@evidentiasupply.com
""", when(10, 8, 16, 21))

add("clean", "lookalike", "", "State Forensic Laboratory <kitprogram@statecrimelab.example.net>",
"Kit Program Contacts <kitprogram-list@statecrimelab.example.net>",
"ADVISORY 2024-07: hold on SAEK lots SAK24B-0311 through SAK24B-0318",
"""STATE FORENSIC LABORATORY - SEXUAL ASSAULT EVIDENCE KIT PROGRAM
Advisory 2024-07  |  Issued 10/17/2024

The kit manufacturer has notified us that the blood-card envelopes in the following lots may have a defective adhesive strip. Please remove UNUSED kits from these lots from your stock and hold them for exchange. Kits already used for collection are NOT affected and do not need any action.

Affected lots (printed on the side label of the kit box):
  SAK24B-0311   serials SAK-0409001 to SAK-0409500
  SAK24B-0312   serials SAK-0409501 to SAK-0410000
  SAK24B-0315   serials SAK-0411001 to SAK-0411500
  SAK24B-0318   serials SAK-0412501 to SAK-0413000

Replacement kits (lot SAK24C-0402, exp 2026-09) will ship automatically to each facility based on the quantity you report. Please reply with the count of affected unused kits by 10/25.

Kit Program Manager: Laura Nwosu, 555-0215
Statewide kit tracking help desk: 1-800-555-0163
""", when(10, 17, 9, 0))

code_grid = """Code      Type    Description                                                  Notes
--------  ------  -----------------------------------------------------------  ------------------------------
99284     CPT     ED visit, moderate MDM                                        usual level for forensic exam
99285     CPT     ED visit, high MDM                                            with strangulation assessment
99291     CPT     Critical care, first 30-74 min                                rare - physician only
96372     CPT     Injection, subcutaneous/IM                                    ceftriaxone, vaccines
90746     CPT     Hep B vaccine, adult                                          if series indicated
87389     CPT     HIV-1/2 Ag/Ab, single result                                  baseline
86592     CPT     Syphilis test, non-treponemal                                 baseline
84703     CPT     hCG, qualitative                                              
G0480     HCPCS   Drug test, definitive 1-7 classes                             DFSA only, per protocol
J0696     HCPCS   Ceftriaxone sodium, per 250 mg                                
Z04.41    ICD-10  Exam & observation following alleged adult rape              
Z04.42    ICD-10  Exam & observation following alleged child rape              CAC referral
T74.21XA  ICD-10  Adult sexual abuse, confirmed, initial                        
T76.21XA  ICD-10  Adult sexual abuse, suspected, initial                        
T71.194A  ICD-10  Asphyxiation due to mech. threat to breathing, assault, init  strangulation
Z20.2     ICD-10  Contact w/ and exposure to infections w/ predominantly sexual mode of transmission
Y04.0XXA  ICD-10  Assault by unarmed fight                                      external cause"""
add("clean", "lookalike", "", "Colleen Byrne <cbyrne@northgatehealth.org>", PFS + ", " + RENATA,
"Forensic exam charge/code crosswalk - FY25 draft",
"""Hollis, Renata,

Draft crosswalk for the FY25 charge review is below. Please check the notes column. I removed 99283 since we agreed no forensic exam is coded below a 4. The state program also asked us to stop using T74.21XA on non-report exams, so I'd like us to default to Z04.41 unless the provider documents otherwise.

""" + code_grid + """

CDM line items for the forensic suite are 4100-2201 through 4100-2219; I'll send the CDM extract separately.

Colleen Byrne, CCS, CPC
Coding Quality Specialist, HIM
x2290
""", when(10, 9, 10, 40))

npi_rows = [["Name", "Credentials", "NPI", "State RN License", "Exp", "SANE-A", "SANE-P", "Cert exp"],
            ["Renata Kowalczyk", "MSN, RN", "1417093352", "RN-622918", "2026-03-31", "Y", "Y", "2026-11-30"],
            ["Dana Whitfield", "BSN, RN", "1843227716", "RN-701445", "2025-09-30", "Y", "N", "2027-04-30"],
            ["Marcus Oyelaran", "RN", "1588641209", "RN-688021", "2026-06-30", "Y", "N", "2025-08-31"],
            ["Lisette Fontaine", "RN", "1023918847", "RN-712960", "2025-12-31", "N", "Y", "2027-10-31"],
            ["Jae-won Park", "BSN, RN", "1366405513", "RN-733180", "2026-01-31", "in progress", "N", ""],
            ["Priya Raman", "MD", "1932780046", "MD-088112", "2026-12-31", "n/a", "n/a", ""]]
add("clean", "lookalike", "", "Medical Staff Office <credentialing@northgatehealth.org>", RENATA,
"Credentialing file review - Forensic Nursing (due 11/1)",
"""Renata,

For the annual credentialing file review, please confirm the licence, NPI and certification information below for your team and send copies of any renewals received since last year. Marcus's SANE-A expires within 12 months, so we'll need the renewal on file by next August.

Name               Cred       NPI          RN License   Exp         SANE-A  SANE-P  Cert exp
Renata Kowalczyk   MSN, RN    1417093352   RN-622918    03/31/2026  Y       Y       11/30/2026
Dana Whitfield     BSN, RN    1843227716   RN-701445    09/30/2025  Y       N       04/30/2027
Marcus Oyelaran    RN         1588641209   RN-688021    06/30/2026  Y       N       08/31/2025
Lisette Fontaine   RN         1023918847   RN-712960    12/31/2025  N       Y       10/31/2027
Jae-won Park       BSN, RN    1366405513   RN-733180    01/31/2026  pending N
Priya Raman (med dir) MD      1932780046   MD-088112    12/31/2026  n/a     n/a

Same data is attached as a spreadsheet.

Thank you,
Joan Pierce, CPMSM
Medical Staff Office | x2140
""", when(10, 3, 14, 6),
atts=[("FNP_credentials_2024.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
       xlsx(npi_rows, "Forensic Nursing"))])

add("clean", "lookalike", "", GWEN, FNP_LIST + ", " + MDT_LIST,
"Updated contact sheet - forensic nursing & CAC (Oct 2024)",
"""Updated contact sheet below. Please toss the old laminated copy in the exam rooms, new ones are going up today.

FORENSIC NURSING PROGRAM - NORTHGATE REGIONAL
  On-call SANE pager (24/7) .............. 555-0100
  Program office ......................... 555-0110   fax 555-0111
  Coordinator - R. Kowalczyk ............. 555-0110 x1
  Program assistant - G. Albright ........ 555-0112
  Evidence room / Security desk .......... 555-0140   (x4400 internal)
  ED charge nurse ........................ x3310
  Language Services ...................... x3900 / 555-0117

BRIGHT HARBOR CHILD ADVOCACY CENTER
  Main / scheduling ...................... 555-0152
  Dr. Feld (child abuse peds) ............ 555-0150   fax 555-0151
  MDT coordinator - B. Carrow ............ 555-0153
  Family advocate - R. Quintero .......... 555-0156

PARTNERS
  Lakemont PD SVU desk ................... 555-0130
  Harlan County Sheriff - investigations . 555-0206
  State Police Troop 3 ................... 555-0200
  Prosecutor's Office - Special Victims .. 555-0170
  DCFS hotline (after hours) ............. 1-800-555-0177
  Harbor Light 24-hr hotline ............. 1-800-555-0199
  State crime lab evidence intake ........ 555-0210

Gwen Albright | Program Assistant | x0112
""", when(10, 1, 10, 15))

stats_html = None
stats_text = """FORENSIC NURSING PROGRAM - Q3 2024 SUMMARY (July 1 - Sept 30)
Prepared for the Quality & Patient Safety Committee, 10/10/2024

Volume
  Total medical forensic exams ............ 142   (Q2: 129, Q3 2023: 118)
    Adult/adolescent sexual assault ....... 96
    Strangulation / IPV exams ............. 38
    Pediatric (<13), referred to CAC ...... 8
  Non-report (anonymous) kits ............. 21  (22% of kits collected)

Timeliness
  Median arrival-to-examiner time ......... 38 min  (goal <= 60)
  % exams started within 60 min ........... 91%
  Median exam duration .................... 3 h 25 min

Quality
  Kits with custody-form errors returned by lab ... 3 of 96 (3.1%)
  Kits picked up by LE within 30 days ............. 88%
  Patients offered advocate ....................... 100%; accepted 79%
  Follow-up contact completed (72h) ............... 84%

Age bands (sexual assault exams): 13-17: 19 | 18-24: 41 | 25-39: 27 | 40+: 9
No cell with fewer than 5 patients is reported by sex or race/ethnicity."""
add("clean", "lookalike", "", RENATA, "Quality & Patient Safety Committee <qpsc@northgatehealth.org>",
"Forensic Nursing Q3 dashboard", stats_text + "\n\n" + s_renata() + "\n\n" + NG_DISC,
when(10, 10, 16, 30), html=html_wrap(stats_text + "\n\n" + s_renata()))

add("clean", "lookalike", "", "IS Service Desk <servicedesk@northgatehealth.org>", MARCUS,
"INC0048213 has been resolved - Badge reader, Forensic Suite door 2-114",
"""Incident INC0048213 has been RESOLVED.

Short description:  Badge reader not accepting badges - Forensic Suite door 2-114
Caller:             Marcus Oyelaran (x0115)
Opened:             10/12/2024 23:41
Resolved:           10/13/2024 08:17
Assignment group:   Security Systems
Configuration item: HID-RDR-2-114 (serial 0A3F77C2981, asset tag NG-SEC-009812)

Resolution notes:
Reader firmware had locked after a power blip on circuit 2B-14. Reader power-cycled and firmware reapplied (v8.4.2). Tested with 3 badges (security, nursing, EVS). Access group FNP_SUITE confirmed on controller ACC-02. Door held-open alarm re-enabled.

If the issue is not resolved, reply to this email within 5 days to reopen the incident. After 5 days the incident will close automatically.

Ref:MSG0611902_xK7pQ2
""", when(10, 13, 8, 18), headers={"Auto-Submitted": "auto-generated"})

# =====================================================================
# CLEAN / news
# =====================================================================
news1 = """BRIGHT HARBOR CHILD ADVOCACY CENTER - FALL 2024 NEWSLETTER

A note from our Executive Director
This fall marks nine years since Bright Harbor opened its doors on Linden Avenue. In that time our multidisciplinary team has grown from four partner agencies to eleven. Thank you to every detective, caseworker, prosecutor, advocate, nurse and volunteer who makes it possible for a child to tell their story once, in a place built for them. - Megan Tully

By the numbers (Jan-Sept 2024)
- 312 children served
- 268 forensic interviews
- 147 medical exams by our child abuse pediatrics team
- 94% of caregivers surveyed said they felt supported during their visit
- 11 languages interpreted

New this season
- Our second soft interview room is finished, thanks to a grant from the Harlan Community Foundation.
- Courthouse facility dog Maple (a 3-year-old golden retriever) now joins interviews and court prep on Tuesdays and Thursdays.
- Evening hours on Wednesdays until 7 PM for families who can't miss work.

Save the date
- Blue Ribbon Breakfast: Thursday, April 3, 2025, Lakemont Grand Hotel
- Volunteer orientation: November 19, 6 PM
- Holiday giving drive: new pajamas and books, drop off by December 13

Bright Harbor Child Advocacy Center | 214 Linden Ave, Lakemont | 555-0152 | brightharborcac.org
You are receiving this because you subscribed to our newsletter. Unsubscribe | Update preferences"""
news1_html = ('<html><body style="margin:0;background:#f4f7f7;font-family:Georgia,serif">'
              '<table width="600" align="center" style="background:#fff"><tr><td style="padding:16px">'
              '<img src="https://brightharborcac.org/img/newsletter-logo.png" alt="Bright Harbor CAC" width="160" height="48"><h1 style="color:#166e78">Fall 2024 Newsletter</h1>'
              + "".join("<p>%s</p>" % xesc(p).replace("\n", "<br>") for p in news1.split("\n\n")[1:]) +
              '</td></tr></table></body></html>')
add("clean", "news", "", "Bright Harbor CAC <news@brightharborcac.org>", "Friends of Bright Harbor <friends@brightharborcac.org>",
"Fall 2024 News from Bright Harbor CAC", news1, when(10, 3, 10, 0), html=news1_html,
atts=[("bh_logo.png", "image/png", logo_png())],
headers={"List-Unsubscribe": "<mailto:unsubscribe@brightharborcac.org?subject=unsubscribe>", "Precedence": "bulk"})

add("clean", "news", "", "State Coalition Against Sexual Violence <policy@statecoalition-sv.org>",
"SANE Program Coordinators <sane-coordinators@statecoalition-sv.org>",
"Policy Update: kit tracking law takes effect Jan 1",
"""POLICY UPDATE - October 2024

1. Statewide kit tracking becomes mandatory January 1, 2025
Act 2024-88 requires every sexual assault evidence kit collected in the state to be registered in the statewide tracking portal within 24 hours of collection. Survivors will be able to check the status of their kit online or by phone using a kit number and PIN. Hospitals must give survivors the kit number and tracking information at discharge.

2. Non-report kit storage extended
Storage for kits collected without a police report increases from one year to five years for kits collected on or after January 1. Existing non-report kits will be moved to the state laboratory's long-term storage on the existing schedule.

3. Compensation for forensic exams
The Crime Victims Compensation Program will raise the flat reimbursement for a medical forensic examination from $800 to $1,000 and will add a separate rate for strangulation exams with imaging.

4. Training
The coalition will host three free webinars on the new law in November. Registration links are on our website.

Questions: policy@statecoalition-sv.org

State Coalition Against Sexual Violence
This list is for program coordinators. To unsubscribe, reply with UNSUBSCRIBE.
""", when(10, 24, 12, 0), headers={"Precedence": "bulk"})

add("clean", "news", "", RAMAN, FNP_LIST + ", ED Physicians <ed-physicians@northgatehealth.org>",
"Journal club summary - non-fatal strangulation & delayed findings",
"""Hi all - summary from Thursday's journal club for those who missed it.

Article: a retrospective cohort of 1,100 adults seen after non-fatal strangulation at three urban EDs (2017-2022), published this summer.

Key points:
- About half of patients had no visible external injury on arrival. Absence of visible injury did not rule out vascular injury on imaging.
- Roughly 1 in 20 patients who had CT angiography had a clinically significant vascular finding; loss of consciousness, incontinence and voice changes were the strongest predictors.
- Symptoms like hoarseness, trouble swallowing and headache commonly appeared or worsened 24-72 hours after the event, supporting a structured follow-up call.
- Only 40% of charts documented a neuro exam. Discussion: our forensic flowsheet already prompts for it, but the ED physician note often doesn't.

Takeaways for us:
1. Use the strangulation imaging pathway (updated 2023) for anyone with the high-risk features.
2. Keep the 72-hour follow-up call in the SANE protocol and make sure discharge instructions list warning signs.
3. Next journal club (11/14): pediatric sentinel injuries. Naomi Feld has agreed to lead.

Priya

Priya Raman, MD
Medical Director, Forensic Nursing Program
Attending Physician, Emergency Medicine
""", when(10, 20, 18, 22))

add("clean", "news", "", "Harbor Light Advocacy <events@harborlightadvocacy.org>",
"Community Partners <partners@harborlightadvocacy.org>",
"You're invited: SAAM 2025 planning + volunteer advocate training",
"""Hello partners!

It's time to start planning for Sexual Assault Awareness Month (April 2025). This year's theme is "Building Connected Communities."

Planning meeting: Wednesday, November 20, 3:30-5 PM, Harbor Light office (second floor, 88 Water St) or on Zoom.

Ideas we're collecting:
- Teal Tuesday at the hospital and the courthouse
- Denim Day with local businesses
- Campus panel at Lakemont Community College (forensic nurse, detective, advocate, survivor-speaker from our speakers' bureau)
- Clothesline Project display in the library atrium

Volunteer Medical Advocate Training
Our winter 40-hour training starts January 11. Volunteers respond with our staff to the emergency department to support survivors during exams. Please share with anyone who might be interested. Applications close December 6.

Thank you for everything you do.

The Harbor Light Team
""" + HL_DISC, when(10, 28, 9, 30), html=html_wrap("""Hello partners!

It's time to start planning for Sexual Assault Awareness Month (April 2025). This year's theme is "Building Connected Communities."

Planning meeting: Wednesday, November 20, 3:30-5 PM, Harbor Light office or Zoom.

Volunteer Medical Advocate Training starts January 11. Applications close December 6.

The Harbor Light Team""", "#5a2d82"),
headers={"Precedence": "bulk"})

add("clean", "news", "", "Harlan County Health Department <epi@harlanhealth.example.org>",
"Health Alert Network - Clinical Partners <han-clinical@harlanhealth.example.org>",
"HAN Advisory: updated nPEP guidance and local STI trends",
"""HARLAN COUNTY HEALTH DEPARTMENT - HEALTH ADVISORY
Distributed via the Health Alert Network, 10/16/2024
Category: Health Update

Summary
The county is sharing updated federal recommendations on non-occupational post-exposure prophylaxis (nPEP) after sexual assault and other exposures, along with local STI surveillance data for the first half of 2024.

Key recommendations for clinicians
- nPEP should be started as soon as possible and within 72 hours of exposure; do not delay the first dose for laboratory results.
- Provide the full 28-day course at the first visit or ensure a reliable path to obtain it (starter packs plus a prescription can leave gaps in access due to prior authorization).
- Baseline and follow-up HIV testing per the updated schedule; hepatitis B vaccination for non-immune patients.
- The state's uninsured nPEP assistance program covers medication for survivors of sexual assault.

Local surveillance, Jan-Jun 2024 (provisional)
  Chlamydia: 1,482 reported cases (rate 402 per 100,000), +3% vs 2023
  Gonorrhea: 511 cases, -6%
  Early syphilis: 64 cases, +18%
  Congenital syphilis: 2 cases

Contact the Epidemiology Program at 555-0240 with questions.
""", when(10, 16, 15, 0), headers={"Precedence": "bulk"})

add("clean", "news", "", "Northgate Today <northgatetoday@northgatehealth.org>", "All Northgate Staff <allstaff@northgatehealth.org>",
"Northgate Today: Forensic Nursing marks 15 years | flu clinic dates | parking update",
"""NORTHGATE TODAY - Week of October 14

FORENSIC NURSING PROGRAM MARKS 15 YEARS
When the program started in 2009, Northgate had two trained examiners who took call from home. Today the team includes eight nurses certified in adult/adolescent or pediatric exams, covers the emergency department 24/7, and completed more than 500 exams last year. The team also trains ED staff on trauma-informed care and strangulation assessment, and partners with Bright Harbor Child Advocacy Center for children's exams.

"Our job is to make sure every patient who walks in after violence gets compassionate care and a choice about what happens next," said coordinator Renata Kowalczyk. A celebration for the team is planned for October 31 in the Atrium.

FLU SHOTS
Employee flu clinics continue in the Atrium Tues/Thurs 7 AM-7 PM through November 15. Bring your badge.

PARKING
Lot C resurfacing begins 10/21. Use the garage on Level 3-4 during construction.

Northgate Today is published weekly by Marketing & Communications.
""", when(10, 14, 6, 30), headers={"Precedence": "bulk"})

# =====================================================================
# CLEAN / staff
# =====================================================================
roster = """Date        Day  Primary (0700-1900)     Primary (1900-0700)     Backup
11/01       Fri  D. Whitfield            M. Oyelaran             R. Kowalczyk
11/02       Sat  L. Fontaine             J. Park                 D. Whitfield
11/03       Sun  L. Fontaine             J. Park                 M. Oyelaran
11/04       Mon  D. Whitfield            T. Ashby                R. Kowalczyk
11/05       Tue  R. Kowalczyk            T. Ashby                L. Fontaine
11/06       Wed  D. Whitfield            M. Oyelaran             J. Park
11/07       Thu  L. Fontaine             M. Oyelaran             D. Whitfield
11/08-11/10 W/E  S. Bergeron (per diem)  J. Park                 L. Fontaine
Peds call (SANE-P) for the month: L. Fontaine / R. Kowalczyk alternate weeks, CAC Dr. Feld by phone"""
add("clean", "staff", "", RENATA, FNP_LIST, "November call schedule (first 10 days) - please check",
"""Hi all,

Here's the first part of November. Full month is on the board and in the shared calendar. Swaps go through me, and please put them in the calendar AND the paper binder so the ED knows who to page.

""" + roster + """

Tess Ashby is back on nights starting 11/4, welcome back Tess!

Renata
""" + s_renata(), when(10, 18, 17, 5))

add("clean", "staff", "", RENATA, FNP_LIST + ", " + RAMAN, "Congrats Lisette!!",
"""Please join me in congratulating Lisette Fontaine, who passed her SANE-P certification exam yesterday! That makes three certified pediatric examiners on our team.

Cake in the forensic office break room Friday at 2. Night shift, we'll save you a piece (labeled, in the fridge, NOT the evidence fridge).

Renata
""", when(10, 16, 11, 11),
html='<html><body style="font-family:Calibri,sans-serif"><p>Please join me in congratulating <b>Lisette Fontaine</b>, who passed her <b>SANE-P</b> certification exam yesterday! &#127881; That makes three certified pediatric examiners on our team.</p><p>Cake in the forensic office break room Friday at 2. Night shift, we\'ll save you a piece (labeled, in the fridge, NOT the evidence fridge).</p><p>Renata</p></body></html>')

add("clean", "staff", "", "Northgate Payroll <payroll@northgatehealth.org>", FNP_LIST,
"On-call and callback pay changes effective pay period 24-23",
"""To: Forensic Nursing Program staff
From: Payroll & Timekeeping

Effective with pay period 24-23 (beginning 11/03/2024), the following changes apply to on-call and callback pay for the forensic nursing call pool:

- On-call pay increases from $4.50 to $6.00 per hour for hours on call.
- Callback pay is paid at time-and-a-half with a 3-hour minimum (previously 2 hours).
- Callback hours must be coded CB-FNP in the timekeeping system, with the exam start and end time in the comment field. Do not enter any patient information in the comment field.
- Court testimony on a day off is coded CT-PAID; mileage to court goes on the monthly mileage form (form AP-7).

Timecards must be approved by your manager by Monday 10 AM of pay week.

Questions: Payroll x2050 or payroll@northgatehealth.org
""", when(10, 25, 10, 0))

add("clean", "staff", "", RENATA, FNP_LIST + ", " + "ED Charge Nurses <ed-charge@northgatehealth.org>",
"Marcus out 11/18-11/29",
"""Hi all,

Marcus will be out on approved leave 11/18 through 11/29. His shifts are covered (see updated schedule). Please send anything for him to me during that time, and please don't contact him while he's out.

Thanks,
Renata
""", when(10, 30, 14, 8))

add("clean", "staff", "", MEGAN, "CAC Staff <staff@brightharborcac.org>",
"Welcome Priscilla Obi, forensic interviewer!",
"""Good morning, Bright Harbor family!

I'm delighted to introduce Priscilla Obi, who joins us Monday as our third forensic interviewer. Priscilla comes to us from the Lakeview County CAC, where she conducted interviews for six years. She is trained in the NICHD protocol and is a certified child life specialist. Fun fact: she's run the Lakemont half-marathon four times.

Her first two weeks:
- Mon 11/4: HR orientation (morning), building tour with Beth (afternoon)
- Tue-Wed: observe interviews from the monitoring room with Elena and Kwame
- Thu 11/7: MDT orientation with Beth; meet partner agencies at 3:00
- Week 2: co-interviews, peer review Friday

Please stop by and say hello. Her desk is in the old library nook.

Megan

Megan Tully, MSW
Executive Director
Bright Harbor Child Advocacy Center
""", when(10, 31, 8, 45))

add("clean", "staff", "", GWEN, FNP_LIST, "RE: continuing ed hours for recert",
"""Following up on Renata's note: here's where everyone stands on contact hours for recertification (per the tracker, as of today). Let me know if I'm missing any certificates.

Name            Cert     Cycle ends   CE hrs needed   Completed   Remaining
D. Whitfield    SANE-A   04/2027      35              12          23
M. Oyelaran     SANE-A   08/2025      35              29           6
L. Fontaine     SANE-P   10/2027      35               0          35 (new cycle!)
R. Kowalczyk    A & P    11/2026      35              31           4
J. Park         -        -            n/a (exam 2/2025)

The coalition webinars in November count (1.5 hrs each). The IAFN-style conference sessions from September count if you send me the certificate.

Gwen

-----Original Message-----
From: Renata Kowalczyk
Sent: Monday, October 21, 2024 8:15 AM
To: Forensic Nursing Team
Subject: continuing ed hours for recert

Gwen's going to pull our CE hours from the tracker so nobody gets caught short at recert time. Marcus, yours is coming up soonest.
""", when(10, 22, 13, 31))

add("clean", "staff", "", ELENA, "CAC Staff <staff@brightharborcac.org>",
"Potluck Friday + Kwame's last day before parental leave",
"""Hi all!

Friday is Kwame's last day before his parental leave (so exciting!!). Let's do a potluck lunch at noon in the conference room. Sign-up sheet is on the kitchen door - we have way too many desserts already so savory please :)

We're also collecting for a gift card, see Beth.

Elena

Sent from my phone
""", when(11, 5, 7, 52))

# =====================================================================
# CLEAN / training
# =====================================================================
add("clean", "training", "", RENATA, FNP_LIST + ", " + "Tess Ashby <tashby@northgatehealth.org>",
"Simulation day 11/14 - standardized patient scenarios",
"""Hi team,

Sim day is Thursday 11/14 in the Sim Center (B-level), 0800-1600. Each of you will do two scenarios with a standardized patient (actor) and a debrief. Scenarios are fictional. The SPs will use the names below, and the sim EHR has matching TRAINING records, so please don't chart in production.

Scenario A - "Jordan Sample" (SIM MRN SIM-000417), 24 y/o, presents 30 hours after an assault, requests an exam but is undecided about reporting. Focus: informed consent, non-report option, medications counseling.

Scenario B - "Alex Demo" (SIM MRN SIM-000418), 41 y/o, brought in by a friend after being choked by a partner two days ago; hoarse voice. Focus: strangulation assessment, documentation, imaging criteria, safety planning with the advocate (Harbor Light volunteers will play the advocate).

Bring: your SANE reference cards. The sim kits are expired state kits marked TRAINING ONLY. Do not take them back to the suite.

Renata
""", when(10, 29, 16, 10))

quiz = """STRANGULATION DOCUMENTATION - SELF-CHECK QUIZ (10 questions)
Answer key at the bottom. For practice only; not graded.

1. True/False: If there are no visible injuries, strangulation can be ruled out.
2. List three symptoms that should prompt imaging under our pathway.
3. When documenting, should you write "choked" or "strangled" in the patient's quote?
4. What is the recommended interval for follow-up photographs?
5. Name two findings that should be documented with a scale in the photo.
6. True/False: Voice changes reported by the patient should be documented even if you cannot hear them.
7. Which discharge warning signs must be on the instruction sheet?
8. Who may receive a copy of the photographs at the time of the exam?
9. What is the purpose of the body diagram when photographs exist?
10. When should the advocate be offered?

ANSWER KEY
1. False. About half of patients have no visible injury.
2. Any of: loss of consciousness, incontinence, voice changes, difficulty swallowing, neuro symptoms, vision changes.
3. Use the patient's own words in quotes; describe the method separately.
4. 24-72 hours after the first exam, when bruising often becomes more visible.
5. Any two visible injuries (e.g., bruising, abrasion); use the ABFO No. 2 scale.
6. True.
7. Trouble breathing, worsening voice change or swallowing, new neuro symptoms, severe headache.
8. No one at the time of the exam; release follows program policy and patient authorization.
9. Diagrams show location and size, and are still needed when photos exist.
10. Always, at the start of the encounter and again before discharge."""
add("clean", "training", "", DANA, FNP_LIST, "practice quiz for Tuesday's in-service",
"""Attached is the quiz I'll use at Tuesday's in-service for the ED nurses. Would love a second set of eyes on the answer key before I print 40 copies. Text is below too.

""" + quiz + "\n" + s_dana(), when(10, 17, 20, 45),
atts=[("Strangulation_quiz_v3.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
       docx([l if l.strip() else " " for l in quiz.split("\n")]))])

add("clean", "training", "", "Victor Chen <vchen@northgatehealth.org>", RENATA + ", " + JAEWON,
"UAT script - forensic flowsheet build 3 (TST environment)",
"""Renata, Jae-won,

Build 3 of the forensic exam flowsheet is in TST. Please run the script below before Friday's go/no-go. Use ONLY the test patients listed; they exist in TST and not in production.

UAT-FNP-03
Env: TST (https://ehr-tst.northgatehealth.example.org)
Login: your own TST account

Step  Action                                                     Test patient                         Expected
1     Open ED encounter, select "Forensic exam" visit type       ZZTEST, FORENSIC ADULT (TST-9000112)  Flowsheet FNP appears
2     Document consent options incl. non-report                  ZZTEST, FORENSIC ADULT               Non-report flag sets ZFN
3     Enter kit # TEST-KIT-0001 in Evidence section              ZZTEST, FORENSIC ADULT               KitTrack TST receives event
4     Complete strangulation section, trigger imaging BPA         ZZTEST, STRANG ONE (TST-9000113)      BPA fires when LOC = yes
5     Register as pediatric, confirm CAC referral order          ZZTEST, PEDS CHILD (TST-9000114)     Order routes to CAC pool
6     Discharge and confirm no patient statement generated      ZZTEST, FORENSIC ADULT               Account in SPECIAL PROGRAMS WQ

Record pass/fail and screenshots in the UAT tracker. Defects to me.

Victor Chen
Integration Analyst | x6621
""", when(10, 22, 9, 15))

case_doc = docx([
    "# Peer Review Case - October 2024 (de-identified)",
    "All identifying details have been removed or changed. Do not attempt to identify the patient. For peer review discussion only.",
    "# Presentation",
    "An adult patient presented to the ED about 48 hours after a sexual assault by an acquaintance. The patient initially declined an exam, returned the next day with a friend, and requested an exam without a police report.",
    "# Questions for discussion",
    "1. Was the non-report option explained clearly, and was it documented?",
    "2. The exam was started 2 hours after arrival because the examiner was at another facility. What could we change about backup call?",
    "3. The patient declined photographs of the face but accepted others. How should that be documented?",
    "4. Medications: the starter pack was given, but the prescription for the remaining doses was not sent electronically. What is our safety net?",
    "5. Follow-up contact: the 72-hour call was made on day 5. Barriers?",
    "# Teaching points",
    "Consent is ongoing, not a single signature. Document each part of the exam the patient accepted or declined.",
])
add("clean", "training", "", LISETTE, FNP_LIST, "Peer review Thursday - case attached",
"""Hi all,

For Thursday's peer review (1300, forensic office), the case write-up is attached. It's de-identified, so please don't discuss who it might be. Come ready to talk about the five questions; we'll spend most of the time on #4 since it keeps coming up.

Lisette
""", when(10, 21, 12, 34),
atts=[("PeerReview_2024-10_deidentified.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", case_doc)])

add("clean", "training", "", WHITLOCK, FNP_LIST + ", " + FELD + ", " + "ED Physicians <ed-physicians@northgatehealth.org>",
"Mock courtroom training 12/6 - expert testimony for medical witnesses",
"""Good afternoon,

The Prosecutor's Office and the Harlan County Bar are hosting a mock courtroom training for nurses and physicians who testify in assault cases.

Date: Friday, December 6, 9:00-12:30
Place: Courtroom 3B, Harlan County Justice Center (real courtroom, real judge, fictional case)

The fictional case, State v. Example, involves a made-up patient ("Pat Doe"), a sample forensic nursing record and sample photographs from our training library. You'll be given the sample record two weeks ahead so you can prepare the way you would for a real case. Each participant gets direct and cross-examination from volunteer defense attorneys and written feedback.

Topics: qualifying as an expert, explaining the absence of injury, documenting the patient's statements, chain of custody, staying within your scope.

CLE/CE credit: 3.0 nursing contact hours (pending approval).
RSVP to Tamika Rhodes by November 22. Space for 12.

""" + s_whitlock() + "\n\n" + DA_DISC, when(11, 4, 14, 20), cc=RHODES)

transcript = """NICHD PROTOCOL REFRESHER - PRACTICE EXERCISE 4
Sample transcript (fictional - written for training, not a real interview)

Interviewer (I): Hi, my name is Kim. My job is to talk to kids about things that happened to them. [introduction, ground rules]
I: If I ask a question and you don't know the answer, just tell me "I don't know."
I: So if I asked you, "What is my dog's name?" what would you say?
Child A (C): I don't know.
I: Right, you don't know, because you don't know me. ...
I: Tell me about the things you like to do.  [rapport, narrative practice]
C: Soccer. And Minecraft.
I: Tell me everything about the last time you played soccer, from the beginning to the end.
...
I: Now tell me why you came to talk to me today.  [transition]

EXERCISE
1. Label each interviewer utterance: invitation, cued invitation, directive, option-posing, suggestive.
2. Where would you insert the "correct me if I'm wrong" ground rule?
3. Rewrite line 14 as an open invitation."""
add("clean", "training", "", ELENA, "CAC Interviewers <interviewers@brightharborcac.org>" + ", " + "Priscilla Obi <pobi@brightharborcac.org>",
"Peer review 11/8 - practice transcript (fictional)",
"""Hi interviewers,

For Friday's peer review we're doing a protocol refresher instead of reviewing a recorded interview, since Priscilla is new and Kwame is out. Please complete the exercise below before we meet. It's a made-up transcript I wrote, not from any case.

""" + transcript + """

See you Friday at 10.
Elena

Elena Sandoval, MA
Senior Forensic Interviewer
Bright Harbor Child Advocacy Center
""", when(11, 5, 16, 2))

# =====================================================================
# write everything
# =====================================================================
EXPECTED = OrderedDict([
    (("phi", "care"), 8), (("phi", "ids"), 8), (("phi", "lang"), 8), (("phi", "lists"), 7),
    (("phi", "names"), 8), (("phi", "self"), 7), (("phi", "struct"), 7),
    (("clean", "admin"), 7), (("clean", "lookalike"), 7), (("clean", "news"), 6),
    (("clean", "staff"), 7), (("clean", "training"), 6)])

def main():
    counts = OrderedDict((k, 0) for k in EXPECTED)
    rows = []
    for e in EMAILS:
        key = (e["label"], e["kind"])
        counts[key] += 1
        fname = "%s-%s-%03d.eml" % (e["label"], e["kind"], counts[key])
        msg = build(e)
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        rows.append([fname, e["label"], e["kind"], e["patient"]])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    for (label, kind), n in counts.items():
        print("%-6s %-10s %3d" % (label, kind, n))
    print("total %d" % sum(counts.values()))
    bad = [(k, counts[k], v) for k, v in EXPECTED.items() if counts[k] != v]
    if bad:
        sys.exit("count mismatch: %r" % bad)

if __name__ == "__main__":
    main()
