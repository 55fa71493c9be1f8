#!/usr/bin/env python3
"""Blind evaluation mail set: hospital HIM / release-of-information desk and its copy vendor.
Everything here is invented. Run: python3 gen.py OUTDIR
"""
import sys, os, random, csv, io, zipfile, zlib, struct, json, html as _html
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

SEED = 8301
random.seed(SEED)

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

H = "aldercreekrmc.org"          # the hospital
V = "parchlanerecords.net"       # outside copy vendor
MSGS = []                        # (label, kind, patient, EmailMessage)

# ----------------------------------------------------------------- helpers
def _nth_sunday(y, m, n):
    first = datetime(y, m, 1)
    return first + timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))

def tz_for(y, m, d):
    day = datetime(y, m, d)
    dst = _nth_sunday(y, 3, 2) <= day < _nth_sunday(y, 11, 1)
    return timezone(timedelta(hours=-7 if dst else -8))

def dt(y, m, d, hh=None, mm=None):
    if hh is None:
        hh = random.randint(7, 17)
    if mm is None:
        mm = random.randint(0, 59)
    return datetime(y, m, d, hh, mm, random.randint(0, 59), tzinfo=tz_for(y, m, d))

def rdt(start=(2024, 1, 8), days=530, weekend=False):
    base = datetime(*start)
    while True:
        d = base + timedelta(days=random.randint(0, days))
        if weekend or d.weekday() < 5:
            return dt(d.year, d.month, d.day)

def before(d, hours=None, days=None):
    if days is not None:
        return d - timedelta(days=days, minutes=random.randint(5, 400))
    return d - timedelta(hours=hours or random.randint(1, 30), minutes=random.randint(1, 59))

def on_line(d, who):
    h = d.strftime("%I").lstrip("0")
    return f"On {d.strftime('%a, %b')} {d.day}, {d.year} at {h}:{d.strftime('%M %p')}, {who} wrote:"

def outlook_hdr(frm, sent, to, subject, cc=None):
    h = sent.strftime("%I").lstrip("0")
    s = (f"-----Original Message-----\nFrom: {frm}\n"
         f"Sent: {sent.strftime('%A, %B')} {sent.day}, {sent.year} {h}:{sent.strftime('%M %p')}\n"
         f"To: {to}\n")
    if cc:
        s += f"Cc: {cc}\n"
    return s + f"Subject: {subject}\n"

def q(text):
    return "\n".join((">" + (" " + l if l and not l.startswith(">") else l)) for l in text.strip("\n").split("\n"))

def msgid(domain):
    return f"<{random.getrandbits(64):016x}.{random.randint(1000, 99999)}@{domain}>"

def html_of(body):
    paras = body.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(_html.escape(l) for l in p.split("\n")) + "</p>")
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + "\n".join(out) + "\n</body></html>\n")

def build(label, kind, patient, frm, to, subject, body, cc=None, date=None, html=False,
          atts=(), headers=None, reply=False, mid_domain=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to if isinstance(to, str) else ", ".join(to)
    if cc:
        m["Cc"] = cc if isinstance(cc, str) else ", ".join(cc)
    m["Subject"] = subject
    date = date or rdt()
    m["Date"] = format_datetime(date)
    dom = mid_domain or frm.rsplit("@", 1)[-1].rstrip(">").strip()
    m["Message-ID"] = msgid(dom)
    if reply:
        ref = msgid(H if random.random() < 0.5 else V)
        m["In-Reply-To"] = ref
        m["References"] = ref
    for k, v in (headers or {}).items():
        m[k] = v
    m.set_content(body)
    if html:
        m.add_alternative(html if isinstance(html, str) else html_of(body), subtype="html")
    for a in atts:
        data, mt, st, fn = a
        if isinstance(data, str):
            m.add_attachment(data, subtype=st, filename=fn)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    MSGS.append((label, kind, patient, m))
    return m

# ---- attachment makers -------------------------------------------------
ZDT = (2024, 5, 6, 9, 30, 0)

def _zip(files):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return b.getvalue()

def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def xlsx(rows, sheet="Sheet1"):
    x = _html.escape
    srows = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = f"{_col(ci)}{ri}"
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{x(str(v))}</t></is></c>')
        srows.append(f'<row r="{ri}">' + "".join(cells) + "</row>")
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 "<sheetData>" + "".join(srows) + "</sheetData></worksheet>")
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
          f'<sheets><sheet name="{x(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              "</Relationships>")
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet_xml)])

def docx(paragraphs):
    x = _html.escape
    body = "".join(
        '<w:p><w:r>' + ('<w:rPr><w:b/></w:rPr>' if p.startswith("**") else "") +
        f'<w:t xml:space="preserve">{x(p.strip("*"))}</w:t></w:r></w:p>' for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f"<w:body>{body}<w:sectPr/></w:body></w:document>")
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

def pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 10 Tf 54 740 Td 14 TL\n" + "".join(f"({esc(l)}) Tj T*\n" for l in lines) + "ET"
    cb = content.encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Length %d >>\nstream\n" % len(cb) + cb + b"\nendstream"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out

def _png(w, h, ctype, rows):
    raw = b"".join(b"\x00" + bytes(r) for r in rows)
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, ctype, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

def png_logo(rgb=(22, 110, 120)):
    w, h = 160, 44
    rows = []
    for y in range(h):
        r = []
        for xx in range(w):
            if 6 <= y < 38 and 6 <= xx < 38:
                r += [255, 255, 255] if (xx - 22) ** 2 + (y - 22) ** 2 < 140 else list(rgb)
            elif 18 <= y < 26 and 46 <= xx < 150:
                r += [235, 240, 240]
            else:
                r += list(rgb)
        rows.append(r)
    return _png(w, h, 2, rows)

def png_scan():
    w, h = 170, 220
    rows = []
    for y in range(h):
        r = []
        for xx in range(w):
            v = 250
            if xx < 3 or y < 3 or xx >= w - 3 or y >= h - 3:
                v = 90
            elif (y * 7 + xx * 13) % 97 == 0:
                v = 225
            r.append(v)
        rows.append(r)
    return _png(w, h, 0, rows)

def ics(uid, start, end, summary, location, desc, organizer):
    f = lambda d: d.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Alder Creek RMC//Outlook Export//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            f"UID:{uid}\r\nDTSTAMP:{f(start - timedelta(days=6))}\r\nDTSTART:{f(start)}\r\nDTEND:{f(end)}\r\n"
            f"SUMMARY:{summary}\r\nLOCATION:{location}\r\nDESCRIPTION:{desc}\r\n"
            f"ORGANIZER:mailto:{organizer}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")

def csv_text(rows, delim=","):
    b = io.StringIO()
    w = csv.writer(b, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return b.getvalue()

# ---- cast ---------------------------------------------------------------
def P(name, user, dom=H):
    return f"{name} <{user}@{dom}>"

DIR = P("Dolores Vantreese", "dvantreese")
SUP = P("Marcus Whitfield", "mwhitfield")
TAM = P("Tamika Oyelaran", "toyelaran")
KEV = P("Kevin Brandvold", "kbrandvold")
LET = P("Leticia Soto-Marsh", "lsotomarsh")
ROI = P("ACRMC Release of Information", "roi")
PRI = P("Priya Raghunathan", "praghunathan")
BRE = P("Brent Halvorsen", "bhalvorsen")
ANH = P("Anh Thu Lam", "alam")
REN = P("Renee Castellucci", "rcastellucci")
GOR = P("Gordon Ashby", "gashby")
SAN = P("Sandra Kowalczyk", "skowalczyk")
COR = P("Corinne Yates", "cyates")
QUR = P("Imran Qureshi", "iqureshi")
BRO = P("Helena Brody", "hbrody")
CMG = P("Yolanda Featherstone", "yfeatherstone")   # case manager
ITS = P("ACRMC IT Service Desk", "servicedesk")
JOR = P("Jorge Villalobos", "jvillalobos", V)
HEA = P("Heather Pruitt", "hpruitt", V)
VSUP = P("Parchlane Client Support", "support", V)
VNOTE = P("Parchlane RequestTrack", "no-reply", "notify." + V)

SIG = {
    "dv": "Dolores Vantreese, MBA, RHIA\nDirector, Health Information Management\nAlder Creek Regional Medical Center\n2250 Tamarack Avenue, Lower Level B-40, Corliss Falls, WA 98367\nOffice (360) 555-0131 | Fax (360) 555-0190",
    "mw": "Marcus Whitfield, RHIT\nSupervisor, Release of Information\nHealth Information Management | Alder Creek RMC\nP: 360-555-0139  F: 360-555-0190",
    "to": "Tamika Oyelaran, RHIT\nRelease of Information Specialist\nHealth Information Management\nAlder Creek Regional Medical Center\nP (360) 555-0147 | F (360) 555-0190",
    "kb": "Kevin Brandvold\nROI Specialist II | HIM\nAlder Creek Regional Medical Center\nx0148",
    "ls": "Leticia Soto-Marsh\nROI Specialist / Bilingual (Spanish)\nHealth Information Management\n(360) 555-0149",
    "pr": "Priya Raghunathan, CCS, CDIP\nCoding Manager, HIM\nAlder Creek Regional Medical Center\n(360) 555-0152",
    "bh": "Brent Halvorsen, CPC, CCS\nInpatient Coder III",
    "at": "Anh Thu Lam, CCS\nCoding Quality Auditor\nHealth Information Management",
    "rc": "Renee Castellucci, RN, CCDS\nClinical Documentation Integrity Specialist\npager 4417",
    "ga": "Gordon Ashby, CHPC\nPrivacy Officer\nAlder Creek Regional Medical Center\n(360) 555-0111 | privacy@aldercreekrmc.org",
    "sk": "Sandra Kowalczyk, JD\nRisk Management & Legal Affairs\nAlder Creek Regional Medical Center\nDirect (360) 555-0115",
    "cy": "Corinne Yates, RHIT\nHIM Analyst - Amendments & Record Integrity\n(360) 555-0144",
    "jv": "Jorge Villalobos\nOnsite Release Specialist | Parchlane Record Services\nat Alder Creek RMC, HIM Lower Level\nc. (360) 555-0176",
    "hp": "Heather Pruitt\nClient Account Manager, Pacific Northwest\nParchlane Record Services\n(503) 555-0168 | hpruitt@parchlanerecords.net",
    "yf": "Yolanda Featherstone, RN, CCM\nCase Management, 4 West / 5 East\nAlder Creek RMC\nVocera: CM 4W",
}

HDISC = ("\n\nCONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use "
         "of the intended recipient(s) and may contain confidential and privileged information. Any "
         "unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended "
         "recipient, please contact the sender by reply e-mail and destroy all copies of the original message.")
VDISC = ("\n\n--\nParchlane Record Services | Release of information, done right.\n"
         "This message and any attachments may contain confidential information protected by state and "
         "federal law. If you received it in error, notify the sender and delete it. Parchlane Record "
         "Services, 8800 SW Quarry Road, Suite 310, Tigard, OR 97223.")
MOB = "\n\nSent from my iPhone"

# =================================================================== PHI: care
d = rdt()
build("phi", "care", "Ruth Ebersole", TAM, P("4 West Charge RN", "4westcharge"),
      "bedside authorization - rm 412",
      f"""Hi 4 West,

The patient in 412, Ruth Ebersole, called our desk this morning. She wants to sign an authorization so we can send her hospital records to her new primary care office before she goes home tomorrow. She said she can't make it down to the lower level and her daughter isn't coming in until after 6.

I can walk the form up around 2:30 if that works with her schedule - is she going to be down in PT or anything then? If it's easier, one of you can hand it to her and send it back in the tube to station 14 (HIM).

Her new doctor is Dr. Lanfranco at Birchwood Family Practice, fax (360) 555-0262.

Thanks!

{SIG['to']}{HDISC}""", date=d)

d = rdt()
build("phi", "care", "Lorraine Petrakis",
      "Christine Petrakis-Hale <cphale@kestrelmail.net>", ROI,
      "My mom's papers for Sunrise Hills",
      """Hello,

I'm writing about my mother, Lorraine Petrakis. She was in your hospital for about a week and came home on the 9th, but she is moving into Sunrise Hills on Friday (assisted living on Garnet St) and their nurse told me they need her medication list and the discharge papers from this stay before they can take her.

I am her power of attorney and I have the paperwork, I can scan it or bring it in. Mom gets confused on the phone so please call me and not her. I work days so after 4 is best, 360-555-0233.

Is there any way this can be faxed straight to them? Their fax is 360-555-0284, attn: Bev in admissions. I'm just worried that if it doesn't get there by Friday they'll push the move and she's been so anxious about it.

Thank you so much,
Christine Petrakis-Hale""", date=d)

d = rdt()
build("phi", "care", "Tyler Kittredge", JOR, [SUP, TAM],
      "walk-in pickup this am - Kittredge",
      f"""Marcus / Tamika - FYI

Had a walk-in at 9:15, Dwayne Kittredge, picking up records for his son Tyler (minor, 15). Dad is listed as guardian in registration and showed ID. He wanted the physical therapy visit notes since January plus the progress notes from the sports medicine clinic, because Tyler is switching to a therapist closer to their house and they need to see what's been done.

I released the PT notes (34 pages) on paper. The sports med notes were not finalized for the 4/22 visit, still showing unsigned, so I told him we'd mail those once signed. Logged it in RequestTrack as a pending partial.

No charge applied - continuity of care.

Jorge

{SIG['jv']}{VDISC}""", date=d)

d = dt(2024, 6, 20)
build("phi", "care", "Harold Finch-Baxter; Olumide Adeyemi", KEV, [TAM, LET], "handoff while I'm out 6/24-6/28",
      f"""Hi both,

Here is what's open on my side before vacation. Everything is in the tracker but a few of these need a human touch:

1. Mrs. Adeyemi (wife of Olumide Adeyemi) - she wants copies of her husband's visit notes from the wound care clinic from last spring. He passed in August. She's the executor but we still don't have the letters testamentary, only the death certificate. She knows. If she brings the letters in, the request is ready to print.

2. Harold Finch-Baxter - he's homebound now and wants his daughter to pick up his records, but he signed the authorization for mail. I called and he said mailing is fine, just send to the address on file. Copies are in the blue bin, envelope is addressed, just needs postage.

3. The Northfork Ortho request for the knee films - they re-sent it on their letterhead, should be good to go.

4. Birchwood Family Practice keeps sending requests to the old fax. I left them a voicemail with the new number.

Call my cell if something's on fire, but please don't :)

Kevin

{SIG['kb']}""", date=d)

d = rdt()
body_cm = f"""Hi ROI team,

Could someone expedite a records packet for Bernard Oyelowo (5 East, bed 22)? He's going to Cedar Terrace Rehab on Thursday. Transport is booked for 10:00 and their admissions nurse said they will not accept him without the last 3 days of progress notes, the MAR, and the therapy evals.

I already sent the referral through the portal but their portal only pulls the face sheet, so they want the rest faxed. Fax: (360) 555-0271, Attn: Marisol.

Sorry for the short notice, family only agreed to the placement yesterday afternoon.

Thanks,
{SIG['yf']}"""
d2 = d + timedelta(minutes=47)
build("phi", "care", "Bernard Oyelowo", LET, CMG, "RE: URGENT - records for rehab transfer Thursday",
      f"""Hi Yolanda - got it. I'll pull and fax by 3 today and call Marisol to confirm they have everything. The therapy evals from yesterday aren't signed yet so I'll send them as soon as OT signs off.

Leticia

{SIG['ls']}

-----Original Message-----
From: Yolanda Featherstone
Sent: {d.strftime('%A, %B')} {d.day}, {d.year} {d.strftime('%I:%M %p').lstrip('0')}
To: ACRMC Release of Information
Subject: URGENT - records for rehab transfer Thursday

{body_cm}""", date=d2, reply=True)

d = rdt()
build("phi", "care", "Delia Fontaine", TAM, P("5 East Unit Secretary", "5eastsecretary"),
      "pt call - refill not received by pharmacy",
      f"""Hi,

Delia Fontaine called our desk by mistake (she thought ROI was the nurse line). She was discharged from your floor Monday and says her pharmacy - Greenlake Drug on 3rd - never got the new prescription from the discharge. She has about two days of pills left and is worried about running out over the weekend.

I told her I'd pass it along. Could the team or the discharging doc's office call her back? Her number is (360) 555-0219, she said after 11 is fine, she naps in the morning.

Thanks,
Tamika

{SIG['to']}""", date=d)

d = rdt()
build("phi", "care", "Rosalind Meeker", KEV, ROI, "Fwd: Meeker - DME paperwork",
      f"""Forwarding to the box so whoever's on fax today sees it. Husband called twice.

K

---------- Forwarded message ---------
From: Walter Meeker <wmeeker1948@fastpost.net>
Date: {before(d, hours=3).strftime('%a, %b %d, %Y at %I:%M %p')}
Subject: Meeker - DME paperwork
To: <roi@aldercreekrmc.org>

To whom it may concern,
My wife Rosalind Meeker came home from your hospital last week. The equipment company (Brightway Home Medical) still has not delivered her walker or the shower chair because they say they never got the doctor's order and the notes. I called them and they said to have the hospital fax it to 360-555-0296. She is not supposed to be in the shower without the chair and I am not able to lift her.
Please help. My phone is 360-555-0208.
Walter Meeker""", date=d)

d = rdt()
appt = d + timedelta(days=((1 - d.weekday()) % 7) or 7)
build("phi", "care", "Vo Thanh Binh", GOR, [SUP, P("Language Services", "interpreters")],
      "Records review appt Tues 9:30 - interpreter + wheelchair",
      f"""Good afternoon,

Mr. Vo Thanh Binh is coming in on {appt.strftime('%A %m/%d')} at 9:30 to go through his chart from the January admission with me - he has questions about what was written and may want to request an amendment afterward.

Language Services: he needs a Vietnamese interpreter in person if at all possible (he's hard of hearing and does poorly on the video cart). We'll be in the HIM conference room B-44, about an hour.

Marcus: his son is driving him and will drop him at the main entrance. Can we have a wheelchair and someone from the desk meet him there? He uses a cane and the walk down to the lower level is long. Please also have the paper copy of the discharge summary and the nursing notes from 1/14-1/19 printed and flagged for me.

Thanks,
Gordon

{SIG['ga']}{HDISC}""", date=d, html=True)

# =================================================================== PHI: ids
d = rdt()
reqno = f"PLR-{d.year}-{random.randint(100000, 199999)}"
build("phi", "ids", "", VNOTE, ROI, f"[RequestTrack] Action needed: {reqno} - missing component",
      f"""Parchlane RequestTrack - automated notification

Request:        {reqno}
Facility:       Alder Creek Regional Medical Center (ACR01)
Requester type: Attorney
MRN:            00482913
Patient DOB:    04/17/1961
Dates of svc:   02/03/{d.year} - 02/09/{d.year}
Status:         ON HOLD - COMPONENT MISSING

Note from processor (QA):
Requester asked for billing records only (UB-04 and itemized statement) for the admission above. The itemized statement is not in the document index for this encounter. Please upload or mark "not available" so the request can be closed within the statutory window.

Due date: {(d + timedelta(days=6)).strftime('%m/%d/%Y')}

Log in: https://requesttrack.parchlanerecords.net/acr01
Do not reply to this message; replies are not monitored.""", date=d, headers={"Auto-Submitted": "auto-generated", "X-Mailer": "RequestTrack Notifier 4.2"})

d = dt(2024, 5, 14)
build("phi", "ids", "J. Sorensen",
      P("Bluestem Mutual Health - Medical Records Unit", "mrrequests", "bluestemmutual.com"), ROI,
      "Medical Records Request - Claim 24117C09931",
      f"""MEDICAL RECORDS REQUEST - PLEASE RESPOND WITHIN 30 DAYS

To: Alder Creek Regional Medical Center, HIM / Release of Information
From: Bluestem Mutual Health Plan, Payment Integrity - Clinical Review

Member name:        SORENSEN, J
Member ID:          BMH884201736-01
Group #:            40917
Claim #:            24117C09931
Date(s) of service: 03/14/2024
Billed amount:      $18,442.10

In order to complete review of the above claim, please submit the following:
 - Operative report
 - Anesthesia record
 - Implant / device log
 - Itemized bill

Records may be uploaded to our provider portal (Document Type: Claim Support) or faxed to 1-855-555-0137 with the attached cover sheet. Copies requested for payment review are provided at no cost per your participation agreement, section 7.3.

Questions: Provider Records Line 1-855-555-0136, option 3.

Bluestem Mutual Health Plan | Payment Integrity
This transmission is intended only for the addressee and contains information that is privileged and confidential.""",
      date=d, atts=[(pdf(["BLUESTEM MUTUAL HEALTH PLAN - FAX COVER / RECORDS RETURN",
                          "", "Claim #: 24117C09931", "Member ID: BMH884201736-01",
                          "Member: SORENSEN, J", "DOS: 03/14/2024",
                          "Return to: Payment Integrity, fax 1-855-555-0137",
                          "Place this sheet on top of the records."]), "application", "pdf", "Claim_24117C09931_cover.pdf")])

d = rdt()
build("phi", "ids", "D. Holloway", P("Cascade DDS - Medical Evidence", "mer.unit7", "cascadedds.example.org"), ROI,
      "Request for Medical Evidence - D. Holloway / DDS case 7731-04492",
      f"""RE: Claimant: HOLLOWAY, D
    SSN: XXX-XX-6218
    DOB: 11/02/1975
    DDS Case #: 7731-04492
    Examiner: R. Tennison, Unit 7

The claimant has filed for disability benefits and has named your facility as a source of treatment. Please provide copies of all records from 01/01/2023 to present, including:
 - ER records and discharge summaries
 - Imaging reports
 - Lab results
 - Outpatient clinic notes

A signed SSA-827 authorization is attached. Payment will be issued at the state fee schedule rate upon receipt of an invoice with your facility tax ID.

Please return via the electronic records express upload (barcode on attached cover) or fax to 1-800-555-0159.

Thank you,
Medical Evidence Request Unit 7
Cascade Disability Determination Services""",
      date=d, atts=[(png_scan(), "image", "png", "SSA-827_signed_p1.png")])

d = rdt()
build("phi", "ids", "", REN, QUR, "CDI query - acct 700193355 - heart failure specificity",
      f"""Dr. Qureshi,

Clinical documentation query - please respond in the EHR query inbox (or reply here and I'll attach your response).

Acct: 700193355    MRN: 00731184    Adm: {before(d, days=4).strftime('%m/%d/%Y')}    Unit: 5E

The H&P and progress notes document "CHF exacerbation." Clinical indicators in the record:
 - BNP 1,240 on admission
 - Echo {before(d, days=3).strftime('%m/%d')}: EF 30-35%
 - IV furosemide 40 mg BID, transitioned to PO on day 3
 - Home meds include carvedilol and sacubitril/valsartan

Based on your clinical judgment, can the type and acuity of heart failure be further specified?
 [ ] Acute on chronic systolic (HFrEF)
 [ ] Acute on chronic diastolic (HFpEF)
 [ ] Acute on chronic combined systolic and diastolic
 [ ] Other ____________
 [ ] Unable to determine

Thanks,
{SIG['rc']}""", date=d)

d = rdt()
build("phi", "ids", "", LET, P("Patient Registration Supervisor", "regsupervisor"), "MBI mismatch on records request",
      f"""Hi Sharon,

Quick one - the Medicare # on the request we got from the SNF (1EG4-TE5-MK72) doesn't match what registration has on MRN 00519022. Ours shows 1EG4-TE5-MK27 - looks like two digits swapped somewhere. It's for her 5/2 ED visit and the 5/3-5/7 stay.

Can someone check the card scan on file before I release? I don't want to send to the wrong place if it's actually a different lady.

thx
Leticia""", date=d)

d = rdt()
case = "24-2-02219-0 SEA"
build("phi", "ids", "M. Reyes-Cordova", SAN, [SUP, GOR], "Subpoena rec'd - case " + case,
      f"""Marcus, Gordon -

Process server dropped off a subpoena duces tecum at the front desk this morning; original is in the legal bin in my office, scan attached to the matter file.

  Case No.: {case}, King County Superior Court
  Plaintiff: M. Reyes-Cordova   Defendant: Pinecrest Logistics LLC
  Records of: patient DOB 07/22/1988, acct 700245117 and any related encounters
  Scope: all records incl. billing, 06/2022 to present
  Return date: {(d + timedelta(days=14)).strftime('%m/%d/%Y')}

No patient authorization and no court order attached, and I do not see the notice-to-patient certification required under 70.02. Please do NOT produce yet. I'll send the objection letter to counsel today. Marcus, please log it as on legal hold so the vendor doesn't pick it up from the queue.

Sandra

{SIG['sk']}{HDISC}""", date=d)

d = rdt()
build("phi", "ids", "", P("Patient Financial Services", "pfs.customerservice"), ROI,
      "Acct 88-401227 - guarantor asking for itemized + records",
      f"""Hi ROI,

Guarantor on patient account 88-401227 called about the $1,284.60 balance on the 6/11 outpatient MRI. Says the insurer told him they paid in full and wants (1) the itemized bill and (2) a copy of the radiology report to send in with his appeal.

We sent the itemized from our side. The report request is yours - I gave him the ROI number and told him he'd need to sign the authorization since the patient is his adult daughter.

Account notes updated.
Thanks - Jeanette, PFS ext 0163""", date=d)

d = rdt()
build("phi", "ids", "", P("Northgate County Child Welfare - Records", "records.intake", "northgatecounty.example.org"),
      [ROI], "Records request - Medicaid ID 92017744B",
      f"""Good morning,

Attached please find a records request and the court order granting the Department temporary custody. We are requesting immunization records and well-child visit notes for the child below.

Medicaid ID: 92017744B
DOB: 12/30/2011
Agency case #: NCW-{d.year}-03381

Please send to my attention by secure email or fax to 360-555-0253.

Respectfully,
Andrea Lisowski
Records Coordinator
Northgate County Child Welfare Services
360-555-0252""", date=d,
      atts=[(pdf(["NORTHGATE COUNTY CHILD WELFARE SERVICES", "REQUEST FOR HEALTH RECORDS",
                  "", f"Agency case #: NCW-{d.year}-03381", "Medicaid ID: 92017744B",
                  "DOB: 12/30/2011", "Records requested: immunization history; well-child visits 2019-present",
                  "Authority: Order for temporary custody, entered (copy attached to original fax)",
                  "Requested by: A. Lisowski, Records Coordinator"]), "application", "pdf", "ROI_request_NCW.pdf")])

# =================================================================== PHI: lang
d = rdt()
orig_es = """Buenas tardes,

Me llamo Guadalupe Morales. Mi hijo Emiliano Morales Ríos (fecha de nacimiento 09/03/2016) estuvo en la sala de emergencias el 14 de febrero porque se quebró el brazo en el recreo, y después tuvo dos citas con el ortopedista. Necesito una copia de los informes y de las radiografías para el seguro de la escuela y para su pediatra nuevo en Yakima.

¿Me pueden decir qué formulario tengo que llenar? No hablo bien inglés, por eso les escribo en español.

Gracias,
Guadalupe Morales
509-555-0116"""
build("phi", "lang", "Emiliano Morales Ríos", LET, "Guadalupe Morales <lupitamorales82@correofacil.net>",
      "RE: Solicitud de expediente de mi hijo",
      f"""Buenas tardes, Sra. Morales:

Gracias por escribirnos. Le adjunto el formulario de autorización en español. Como Emiliano es menor de edad y usted es su mamá, usted lo puede firmar. Por favor marque "Sala de emergencias", "Radiología" y "Notas de clínica" y escriba las fechas del 14 de febrero hasta hoy.

Las radiografías se las podemos dar en un CD sin costo. Puede traer el formulario con una identificación con foto a nuestra oficina (planta baja, oficina B-40) de lunes a viernes de 8:00 a 4:30, o mandarlo por fax al (360) 555-0190. Si prefiere, también lo puede mandar por correo electrónico como foto, pero la firma tiene que verse bien.

Normalmente tardamos de 5 a 10 días hábiles. Si el pediatra lo necesita antes, avíseme.

Saludos cordiales,

{SIG['ls']}

{on_line(before(d, hours=20), 'Guadalupe Morales <lupitamorales82@correofacil.net>')}
{q(orig_es)}""", date=d, reply=True,
      atts=[(docx(["**ALDER CREEK REGIONAL MEDICAL CENTER", "**Autorización para divulgar información de salud",
                   "Nombre del paciente: ______________________  Fecha de nacimiento: ____/____/______",
                   "Divulgar a: ____________________________________________",
                   "Información a divulgar: [ ] Sala de emergencias  [ ] Radiología  [ ] Notas de clínica  [ ] Resumen de alta  [ ] Otro: ________",
                   "Fechas de servicio: desde ________ hasta ________",
                   "Propósito: [ ] Continuidad de atención  [ ] Seguro  [ ] Personal  [ ] Otro",
                   "Esta autorización vence el: ____________",
                   "Firma del paciente o representante legal: ______________________  Fecha: __________",
                   "Relación con el paciente: ______________________",
                   "Formulario HIM-104-ES (rev. 01/2024)"]),
             "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", "Autorizacion_HIM-104-ES.docx")])

d = rdt()
build("phi", "lang", "Trần Văn Lộc", "Trần Minh Khoa <khoa.tran.wa@bluefinmail.com>", ROI,
      "Xin hồ sơ bệnh án của bố tôi",
      """Kính gửi phòng hồ sơ bệnh viện,

Tôi tên là Trần Minh Khoa, con trai của ông Trần Văn Lộc (sinh ngày 02/05/1949). Bố tôi nằm viện ở Alder Creek từ ngày 3 đến ngày 10 tháng 3 vì bị đột quỵ nhẹ, sau đó về nhà tập vật lý trị liệu. Tháng sau gia đình sẽ đưa bố về Việt Nam ở với em gái tôi tại Đà Nẵng, và bác sĩ bên đó cần bản sao giấy xuất viện, kết quả chụp CT và danh sách thuốc bố đang uống.

Bố tôi không đọc được tiếng Anh, tôi có giấy ủy quyền (có công chứng). Xin cho tôi biết cần điền mẫu đơn nào và chi phí bao nhiêu. Nếu được thì xin gửi qua email cho nhanh, vì chuyến bay là ngày 18.

Cảm ơn rất nhiều.

Trần Minh Khoa
ĐT: (253) 555-0127

Gửi từ điện thoại""", date=d)

d = rdt()
build("phi", "lang", "林美华 (Meihua Lin)", "林美华 <meihua.lin@lotusmail.net>", ROI,
      "申请本人病历复印件 / medical records request",
      """您好，

我是林美华，出生日期1979年8月21日。今年4月我在贵院做了胆囊切除手术（住院两天，4月16日出院）。我在国内买的商业保险需要理赔，保险公司要求提供以下材料：

1. 出院小结
2. 手术记录
3. 病理报告
4. 费用明细（英文即可）

请问我需要填写什么表格？可以用电子邮件发送吗？费用是多少？
我的电话：425-555-0188，病历号好像是 00608812（写在手环上的）。

谢谢！
林美华
Meihua Lin""", date=d, html=True)

d = rdt()
build("phi", "lang", "Лукьяненко Валентина Петровна", "Сергей Лукьяненко <s.lukyanenko@nordpost.net>", ROI,
      "Запрос медицинских документов матери - Лукьяненко В.П.",
      """Здравствуйте.

Пишу по поводу моей мамы, Лукьяненко Валентины Петровны, 1952 г.р. В январе она лежала у вас в больнице после падения дома (перелом шейки бедра, операция была 18 января), потом её перевели в реабилитационный центр Cedar Terrace. Сейчас мы оформляем инвалидность, и адвокат просит полную копию истории болезни, включая рентгеновские снимки и выписку.

Доверенность у меня есть, могу прислать скан. Подскажите, пожалуйста, сколько это будет стоить и сколько времени займёт? Мама плохо говорит по-английски, поэтому прошу связываться со мной, а не с ней.

С уважением,
Сергей Лукьяненко
тел. 206-555-0174""", date=d)

d = rdt()
ht = """Bonjou,

Mwen rele Marie-Ange Désir. Mwen te vin nan ijans lopital nou an 2 jen pase a paske mwen te gen gwo doulè nan vant. Lè mwen li papye yo te ban mwen lè m t ap soti, yo ekri mwen gen dyabèt, men mwen pa gen dyabèt. Se tansyon sèlman mwen genyen, e m ap pran grenn pou sa chak jou. Epitou dat nesans mwen pa bon: yo mete 03/07/1984, men se 07/03/1984.

Mwen vle yo korije dosye a paske asirans mwen ap poze m kesyon sou dyabèt la e yo vle ogmante pri a. Ki fòm mwen dwe ranpli? Èske m ka vin siyen l nan biwo nou an?

Mèsi anpil,
Marie-Ange Désir
Telefòn: 360-555-0231"""
build("phi", "lang", "Marie-Ange Désir", COR, P("Language Services", "interpreters"),
      "Fwd: Koreksyon nan dosye medikal mwen",
      f"""Hi Language Services - can someone translate this for me? I think it's an amendment request (Haitian Creole?). If so I'll send her our form and the letter in Creole too if you have it.

Thanks!
{SIG['cy']}

---------- Forwarded message ---------
From: Marie-Ange Désir <madesir@pigeonmail.net>
Date: {before(d, days=2).strftime('%a, %b %d, %Y at %I:%M %p')}
Subject: Koreksyon nan dosye medikal mwen
To: roi@aldercreekrmc.org

{ht}""", date=d)

d = dt(2024, 5, 29)
build("phi", "lang", "Ana Paula Tavares", "Rogério Tavares <rogerio.tavares@sabiamail.com>", ROI,
      "Pedido de cópia de exames - Ana Paula Tavares",
      """Boa tarde,

Sou marido da paciente Ana Paula Tavares, nascida em 11/10/1987. Ela teve o nosso bebê no hospital de vocês em março (cesárea de emergência, e o bebê ficou na UTI neonatal por cinco dias). Vamos voltar para o Brasil em agosto e a obstetra dela em Belo Horizonte pediu cópia de todos os exames de sangue, do ultrassom e do relatório da cirurgia.

A Ana Paula assina a autorização, sem problema. Vocês podem mandar tudo em PDF por e-mail? Também queria saber se precisa pagar alguma taxa.

Obrigado desde já,
Rogério Tavares
(360) 555-0266

Enviado do meu celular""", date=d)

d = rdt()
build("phi", "lang", "Ernesto Dela Paz", P("Maricel Dumalagan", "mdumalagan"), P("Rowena Bautista", "rbautista"),
      "loose papers ni Mr. Dela Paz",
      """Hi Ate Wena,

Pasensya na, may naiwan pala kaming papers sa chart rack para kay Mr. Ernesto Dela Paz (yung na-discharge kahapon sa 3N rm 318). Yung consent niya para sa blood transfusion tsaka yung dalawang page ng nursing notes nung gabi ng 12th, hindi pa na-scan. Ipapadala ko na lang sa tube mamaya pagkatapos ng shift change, mga 7:30.

Paki-check din kung na-scan na yung POLST form niya, kasi tinanong ng anak niya kanina sa phone kung may kopya na daw sa chart. Sabi ko tatanungin ko muna sa HIM.

Salamat po! Ingat pauwi.

Maricel
3 North Unit Secretary, ext 2318""", date=d)

d = rdt()
build("phi", "lang", "محمود الحسيني", "خالد الحسيني <k.alhusseini@nakhlamail.com>", ROI,
      "طلب نسخة من الملف الطبي لوالدي",
      """السلام عليكم،

أنا خالد الحسيني، ابن المريض محمود الحسيني (تاريخ الميلاد 15/04/1950). دخل والدي المستشفى لديكم في شهر أكتوبر بسبب ألم في الصدر، وأُجريت له قسطرة قلبية ووُضعت له دعامتان. نحن نخطط لسفره إلى عمّان لمتابعة العلاج مع طبيب القلب هناك، والطبيب يطلب تقرير الخروج وتقرير القسطرة ونتائج التحاليل وقائمة الأدوية.

والدي لا يجيد الإنجليزية، وهو موافق على أن أستلم الملف نيابة عنه وسيوقّع على أي نموذج مطلوب. هل يمكن إرسال الملفات بالبريد الإلكتروني؟ وكم تستغرق العملية؟

شكراً جزيلاً،
خالد الحسيني
هاتف: 425-555-0139""", date=d)

# =================================================================== PHI: lists
d = rdt()
rows = [
    ("R24-08811", "Castellanos, Irene", "03/19/1958", "Okafor & Lindqvist LLP", "Atty - full chart", "pending auth"),
    ("R24-08814", "Whitlock, Jerome", "10/02/1991", "Cascade DDS", "DDS", "printing"),
    ("R24-08815", "Pham, Kimberly", "06/27/2003", "Self", "Pt - imaging CD", "ready/pickup"),
    ("R24-08817", "Gustafsson, Leif", "01/11/1944", "Sunrise Hills SNF", "Continuity", "faxed 1:42p"),
    ("R24-08820", "Abernathy, Clyde", "08/30/1966", "Bluestem Mutual", "Payer audit", "QA"),
    ("R24-08821", "Ruiz-Tapia, Soledad", "12/04/1979", "Harmon Pike & Assoc", "Atty - billing", "invoice sent"),
    ("R24-08823", "Nakamura, Glen", "05/15/1952", "Self", "Pt - portal", "done"),
    ("R24-08826", "Obi, Chidinma", "09/09/1988", "Northfork Ortho", "Continuity", "missing DOS"),
]
table = "Req #       Patient               DOB         Requester                Type              Status\n"
table += "----------  --------------------  ----------  -----------------------  ----------------  -------------\n"
for r in rows:
    table += f"{r[0]:<10}  {r[1]:<20}  {r[2]:<10}  {r[3]:<23}  {r[4]:<16}  {r[5]}\n"
build("phi", "lists", "; ".join(r[1] for r in rows), TAM, SUP, "EOD queue - my desk",
      f"""Marcus,

End of day for me. 8 open on my desk, pasted below. The Obi one from Northfork has no dates of service so I sent it back. Castellanos still waiting on the amended auth (the first one had no expiration date).

{table}
Whitlock is ~600 pages, I'll finish printing tomorrow morning.

T""", date=d)

d = rdt()
vrows = [["Request ID", "MRN", "Patient Last", "Patient First", "Requester Type", "Received", "Age (bus. days)", "Hold Reason"]]
vdata = [
    ("00417726", "Lindgren", "Marta", "Attorney", 14, "Awaiting payment"),
    ("00533190", "Osei", "Kwabena", "Insurance", 11, "Records incomplete - ED not closed"),
    ("00290057", "Beaumont", "Claire", "Attorney", 19, "Legal review (subpoena)"),
    ("00718834", "Fairweather", "Dennis", "Patient", 9, "ID verification"),
    ("00644412", "Santangelo", "Rita", "DDS", 12, "Radiology CD pending"),
    ("00391158", "Yazzie", "Thomas", "Insurance", 16, "Awaiting payment"),
    ("00802276", "Kowalski-Pryor", "Janine", "Attorney", 21, "Psychotherapy notes - clarify scope"),
    ("00155903", "Mbatha", "Sizwe", "Patient", 8, "Awaiting payment"),
    ("00463370", "Quintero", "Abel", "Other provider", 10, "Unsigned discharge summary"),
]
for i, v in enumerate(vdata):
    rcv = before(d, days=v[4] + 4)
    vrows.append([f"PLR-{d.year}-{153020 + i * 37}", v[0], v[1], v[2], v[3], rcv.strftime("%m/%d/%Y"), v[4], v[5]])
build("phi", "lists", "; ".join(f"{v[2]} {v[1]}" for v in vdata), HEA, [DIR, SUP], "ACR01 aged backlog - week ending " + d.strftime("%m/%d"),
      f"""Hi Dolores and Marcus,

Attached is the aged backlog for ACR01 (anything over 7 business days). Nine this week, down from 14. Four are on our side waiting for payment from the requester, so nothing to do there. The ones that need your team:

 - two where the encounter isn't closed / signed (ED and discharge summary)
 - the Beaumont subpoena is sitting with your legal
 - Kowalski-Pryor: attorney asked for "all mental health records" - Jorge needs a decision on whether the outpatient counseling notes count as psychotherapy notes

Happy to walk through it on our Thursday call.

Best,
{SIG['hp']}{VDISC}""", date=d, atts=[(csv_text(vrows), "text", "csv", f"ACR01_aged_backlog_{d.strftime('%Y%m%d')}.csv")])

d = rdt()
defs = [
    ("00612208", "Haverford, Neil", "Op note", "R TKA", 19),
    ("00398821", "Sandoval, Maritza", "Op note", "L hip hemiarthroplasty", 15),
    ("00730044", "Briggs, Tamsin", "D/C summary", "", 12),
    ("00581176", "Okonkwo, Festus", "H&P update", "", 9),
    ("00247759", "Lachance, Pierre", "Op note", "ORIF distal radius", 6),
]
ptab = "| MRN      | Patient            | Deficiency  | Procedure              | Days |\n|----------|--------------------|-------------|------------------------|------|\n"
for x in defs:
    ptab += f"| {x[0]} | {x[1]:<18} | {x[2]:<11} | {x[3]:<22} | {x[4]:>4} |\n"
build("phi", "lists", "; ".join(x[1] for x in defs), P("HIM Chart Completion", "chartcompletion"), BRO,
      "Delinquent record notice - Dr. Brody - 5 items",
      f"""Dr. Brody,

You have 5 incomplete record items. Items older than 14 days are delinquent under Medical Staff Bylaws Art. 9.4 and count toward suspension of elective privileges at 30 days.

{ptab}
Please complete these in the EHR InBasket (Chart Completion folder). Two of these records (Haverford and Sandoval) have outside requests waiting on them, so the op notes are holding up release.

Questions: HIM Chart Completion, x0135.

Thank you,
Nadia Ferreira-Owens, RHIT
Chart Completion Coordinator""", date=d, html=True)

d = rdt()
build("phi", "lists", "Hollister, Gail; Esposito, Vincent; Tran, Bao; Kimball, Lorna; Adebayo, Funmi; Rasmussen, Dale",
      PRI, [BRE, ANH, REN], "DNFB > $50k - need these out before month end",
      f"""Team,

DNFB is at $4.2M, we need to get these big ones dropped before Friday. Who has what:

Hollister, Gail - 700231884 - waiting on query response re: acute resp failure w/ hypoxia vs hypercapnia (Renee)
Esposito, Vincent - 700229513 - trach/vent, needs PCS on the trach, path pending (Brent)
Tran, Bao - 700233071 - sepsis query answered "ruled out" - recode, drops the MCC (Anh)
Kimball, Lorna - 700230460 - CABG x3, op note unsigned, Dr. Lindahl is out til Mon (me - I'll call his PA)
Adebayo, Funmi - 700232217 - complicated delivery, baby's acct linked wrong by registration (Brent)
Rasmussen, Dale - 700228892 - TAVR, device credit question, waiting on cath lab (Anh)

If you're stuck on any of these by Wed noon let me know and I'll escalate.

Priya

{SIG['pr']}""", date=d)

d = rdt()
xr = [["Log #", "Date Rec'd", "Case No.", "Court / Agency", "Patient", "DOB", "Type", "Return Date", "Status", "Notes"]]
subs = [
    ("S-0412", "24-2-01187-9", "Pierce Co. Superior", "Beaumont, Claire", "02/14/1970", "SDT", "objection sent - no notice cert"),
    ("S-0413", "CV24-0538", "Dist. Ct. Corliss Falls", "Trujillo, Marco", "07/03/1995", "SDT w/ auth", "produced via vendor"),
    ("S-0414", "24-1-00391-2", "Kitsap Co. Superior (crim)", "Lawless, Shane", "11/28/1984", "Court order", "produced - sealed env"),
    ("S-0415", "L&I 24-77120", "Dept of Labor & Industries", "Greer, Annette", "04/09/1963", "Agency request", "produced"),
    ("S-0416", "24-2-02219-0", "King Co. Superior", "Reyes-Cordova, M", "07/22/1988", "SDT", "legal hold"),
    ("S-0417", "23-3-00812-4", "Snohomish Co. Family", "Dubois, Renata", "01/30/1990", "SDT", "pending atty call - includes BH"),
]
for i, s in enumerate(subs):
    rc = before(d, days=40 - i * 6)
    xr.append([s[0], rc.strftime("%m/%d/%Y"), s[1], s[2], s[3], s[4], s[5], (rc + timedelta(days=14)).strftime("%m/%d/%Y"), s[6].split(" - ")[0], s[6]])
build("phi", "lists", "; ".join(s[3] for s in subs), SUP, [SAN, GOR], "subpoena log - updated",
      f"""Sandra, Gordon - updated log attached for tomorrow's legal huddle. Dubois is the one I wanted to talk about (family court, they want everything including the inpatient psych stay).

Marcus

{SIG['mw']}""", date=d,
      atts=[(xlsx(xr, "Subpoena Log"), "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", f"Subpoena_Log_{d.year}.xlsx")])

d = rdt()
amd = [
    ("AMD-24-031", "Greenhalgh, Patricia", "00377102", "Allergy list - remove PCN", "Dr. Oduya", "Accepted"),
    ("AMD-24-032", "Pennington, Arlette", "00690431", "Smoking status 'current' -> 'former'", "Dr. Qureshi", "Pending provider"),
    ("AMD-24-033", "Vo, Binh Thanh", "00154480", "Nursing note 1/16 - states refused meds", "RN mgr 4W", "Pending provider"),
    ("AMD-24-034", "Désir, Marie-Ange", "00722915", "DOB + dx diabetes", "ED - Dr. Amsel", "Rec'd - need form"),
    ("AMD-24-035", "Stroud, Lyle", "00268840", "Alcohol use history", "Dr. Pelletier", "Denied - statement of disagreement filed"),
]
tsv = "Amend #\tPatient\tMRN\tRequested change\tRouted to\tStatus\n" + "".join("\t".join(a) + "\n" for a in amd)
build("phi", "lists", "; ".join(a[1] for a in amd), COR, GOR, "amendment requests - open/recent",
      f"""Gordon, here's what I have open (copied from my tracker). Stroud filed the statement of disagreement so I linked it to the note and it'll go out with any future disclosure. Day 60 for Pennington is the 28th.

{tsv}
Corinne""", date=d)

d = rdt()
dds = [
    ("Whitlock, Jerome", "4471", "10/02/1991", "7731-04410", "612"),
    ("Holloway, Darnell", "6218", "11/02/1975", "7731-04492", "148"),
    ("Santangelo, Rita", "0937", "06/18/1961", "7731-04503", "77"),
    ("Birdsong, Leah", "5502", "03/25/1983", "7731-04517", "230"),
]
lines = "Claimant                SSN (last 4)  DOB         DDS Case #    Pages\n"
for x in dds:
    lines += f"{x[0]:<22}  xxx-xx-{x[1]}   {x[2]}  {x[3]}    {x[4]}\n"
build("phi", "lists", "; ".join(x[0] for x in dds), JOR, P("Cascade DDS - Medical Evidence", "mer.unit7", "cascadedds.example.org"),
      "ACRMC batch upload - 4 claimants - invoice ACR-DDS-" + d.strftime("%y%m%d"),
      f"""Hello Unit 7,

Today's batch from Alder Creek RMC was uploaded through Electronic Records Express, each file with your barcode cover on top:

{lines}
Invoice ACR-DDS-{d.strftime('%y%m%d')} for the state fee schedule amount is attached to each upload. Facility tax ID is on the invoice.

Thanks,
{SIG['jv']}{VDISC}""", date=d)

# =================================================================== PHI: names
d = rdt()
d0 = before(d, hours=26)
odu = P("Kwame Oduya", "koduya")
build("phi", "names", "Greenhalgh", COR, odu, "RE: allergy list amendment",
      f"""Thank you Dr. Oduya - I'll update the allergy list, attach your note and the allergist's letter to the amendment, and send her the acceptance letter. I'll also let the outpatient pharmacy know since she said they keep flagging it.

Corinne

{SIG['cy']}

{on_line(d0 + timedelta(hours=22), 'Kwame Oduya <koduya@aldercreekrmc.org>')}
> Agree. I looked at the allergist's letter - oral challenge was negative, she tolerated amoxicillin without
> any reaction. OK to remove penicillin from the list and document "PCN allergy delabeled 2023 per allergy
> clinic." Happy to sign whatever you need.
>
> KO
>
{q(on_line(d0, 'Corinne Yates <cyates@aldercreekrmc.org>'))}
>> Dr. Oduya,
>>
>> Mrs. Greenhalgh came by HIM again today about the penicillin allergy in her chart. She says she was
>> cleared by the allergy clinic last fall and brought a letter from them, and that every time she comes in
>> for her infusions the nurses still won't give her the antibiotic her surgeon wants. She has filed a
>> formal amendment request and since you're her attending on record I need you to accept or deny.
>>
>> The letter is scanned under Outside Records, 10/2023.
>>
>> Thanks,
>> Corinne""", date=d, reply=True)

d = rdt()
build("phi", "names", "Lou Marchetti", KEV, [TAM, SUP], "Big Lou again",
      f"""Heads up - Lou Marchetti ("Big Lou", you all know him) was here again at 10. Third time this month. This time he wants every dialysis run sheet since 2019 because he's convinced somebody changed his dry weight without telling him and that's why his legs swell.

I told him the run sheets from before we went live on the new system are on the old archive and it takes a few days to pull. He got a little loud but calmed down once I offered to have Gordon sit down with him. He's coming back Thurs at 2.

Also he says his nephew is going to start calling for him. We do NOT have a personal rep form for the nephew, so nobody give the nephew anything until that's on file please.

K""", date=d)

d = rdt()
d0 = before(d, hours=30)
build("phi", "names", "Pennington, Arlette", QUR, COR, "RE: Pennington, Arlette - amendment request",
      f"""Corinne,

I reviewed it. She's right - she quit in 2019 and the "current every day smoker" got carried forward from an old template in the ED. I've entered an addendum to my 4/9 note correcting the social history. You can accept the amendment.

She also asked me in clinic why the COPD is listed if her PFTs were normal - I'm going to leave that one alone for now, that's a separate conversation with her pulmonologist.

IQ

Imran Qureshi, MD
Hospitalist Medicine | Alder Creek RMC

{outlook_hdr('Corinne Yates', d0, 'Imran Qureshi', 'Pennington, Arlette - amendment request')}
Dr. Qureshi,

We received a written amendment request from the above patient (MRN on the attached form). She is asking that her smoking status in your H&P and progress notes from her April admission be corrected from "current" to "former - quit 2019." She says this is causing problems with her life insurance application.

Per policy HIM-220 we have 60 days to act. Please let me know if you accept or deny, and if deny, the reason so I can include it in the letter.

Thank you,
Corinne Yates, RHIT""", date=d, reply=True)

d = rdt()
d1 = before(d, days=3)
d2 = before(d1, days=6)
build("phi", "names", "Gerald Voss", SUP, HEA, "RE: RE: pricing on the Okafor & Lindqvist request",
      f"""Heather - agree, let's refund the difference and re-issue at the electronic rate. Please make sure Jorge notes it in the request so it doesn't get billed twice.

Marcus

{SIG['mw']}

-----Original Message-----
From: Heather Pruitt <hpruitt@parchlanerecords.net>
Sent: {d1.strftime('%A, %B')} {d1.day}, {d1.year} {d1.strftime('%I:%M %p').lstrip('0')}
To: Marcus Whitfield <mwhitfield@aldercreekrmc.org>
Subject: RE: pricing on the Okafor & Lindqvist request

Hi Marcus,

You're right, the firm asked for electronic delivery and we invoiced paper per-page. That's on us - our processor picked the wrong delivery method. I can issue a credit of $64.20 and re-invoice at the flat electronic rate. OK to proceed?

Heather

-----Original Message-----
From: Marcus Whitfield
Sent: {d2.strftime('%A, %B')} {d2.day}, {d2.year} 4:12 PM
To: Heather Pruitt
Subject: FW: pricing on the Okafor & Lindqvist request

Heather, can you look at this? The firm is disputing the invoice and I think they have a point.

-----Original Message-----
From: Shauna Biggs <sbiggs@okaforlindqvist-law.com>
Sent: {(d2 - timedelta(days=1)).strftime('%A, %B')} {(d2 - timedelta(days=1)).day}, {d2.year} 10:03 AM
To: ACRMC Release of Information
Subject: pricing on the Okafor & Lindqvist request

Good morning,

We received invoice PLR-INV-558213 for $112.40 for the records of our client, Gerald Voss, relating to his treatment following the September 14 motor vehicle collision (ED visit, CT, and his orthopedic follow-up visits for the shoulder). We requested these electronically and our understanding is that the per-page paper rate should not apply.

Please advise.

Shauna Biggs
Paralegal to Raymond Okafor
Okafor & Lindqvist LLP
1120 Harbor Loop Blvd, Suite 600, Tacoma, WA 98402
(253) 555-0181""", date=d, reply=True)

d = rdt()
build("phi", "names", "Mr. Underhill", BRE, QUR, "quick coding question - Mr. Underhill",
      f"""Hi Dr. Qureshi,

Sorry to bug you - for Mr. Underhill (5E, discharged Tuesday) your discharge summary says "urosepsis, resolved." Urosepsis doesn't have its own code, so I have to ask: did he have sepsis due to the UTI, or a UTI without sepsis? The lactate was 3.1 on arrival and he got the 30 mL/kg bolus, blood cultures grew E. coli, but the progress notes from day 2 on just say UTI.

If you can reply here or add an addendum that would be great, I'll hold the account until Friday.

Thanks!
{SIG['bh']}""", date=d)

d = rdt()
build("phi", "names", "Janine Kowalski-Pryor", GOR, [HEA, JOR], "Fw: Kowalski-Pryor records - psych notes?",
      f"""Heather, Jorge,

Answer on the one you flagged: the outpatient counseling visits at our behavioral health clinic (2019-2022) are regular progress notes in the chart, not psychotherapy notes, so they are covered by the authorization she signed. The therapist's separate process notes are kept outside the chart and are NOT part of this request - don't pull them.

The 2021 inpatient stay on 2 North is included too, since the authorization checks "mental health" specifically. Substance use treatment records: none, so nothing extra needed there.

Go ahead and release. Please send it by secure link, not paper.

{SIG['ga']}""", date=d, reply=True)

d = rdt()
build("phi", "names", "Dana Whitcombe", GOR, [DIR, P("Cheryl Amundsen", "camundsen")], "access audit - Whitcombe",
      f"""Dolores, Cheryl -

Confidential. The FairWarning report flagged the chart of Dana Whitcombe (school board member, in the news this week) after her ED visit Saturday for the car accident. 14 users opened the chart between Saturday night and Monday noon. Nine are care team (ED, trauma, radiology, the ortho consult) and fine. Five I can't tie to her care:

 - 2 from 3 North nursing (she was never on 3 North)
 - 1 from outpatient lab
 - 1 from PFS (may be legit - billing follow-up, checking)
 - 1 from HIM (scanning - checking whether a paper document came through)

Two of the users viewed the ED physician note and the toxicology results, which is what worries me. I'm setting up interviews with their managers this week. Please don't forward.

Gordon

{SIG['ga']}{HDISC}""", date=d, headers={"Importance": "High", "Sensitivity": "Company-Confidential"})

d = rdt()
build("phi", "names", "jimmy ruelas", P("Rhonda Kessler", "rkessler"), LET, "ruelas release??",
      """hey leticia - do you know if anyone released the ED note on jimmy ruelas to a lawyer? his mom called the ED desk this am really upset, says he never signed anything and the other driver's insurance somehow knows about the seizure in feb. i told her i'd ask HIM. can you look at the disclosure log when you get a sec

rhonda
ED registration""", date=d)

# =================================================================== PHI: self
d = rdt()
build("phi", "self", "Kayla Brooks", "kayla b <kaylabrooks99@fastpost.net>", ROI, "records",
      """hi i need my records from when i had my appendix out in november, the surgery and the er part before it. my new job's insurance wants them. can you just email them to me? this is my email. dob 7/30/1998

thanks
kayla""" + MOB, date=d)

d = rdt()
build("phi", "self", "Jennifer Aldana", "Jen Aldana <jenaldana.rn@kestrelmail.net>", ROI,
      "Personal request - my own records (employee)",
      """Hi ROI team,

I work on 4 West but this is a personal request, so I'm sending it from my home email. I need copies of my own records for my short-term disability claim with Evergreen Benefit Life:

- my admission for my C-section on June 3 (discharged June 6)
- my two postpartum visits at the Women's Clinic (June 14 and July 8)
- the wound check visit on June 20 when the incision opened up

The claim form from Evergreen says the attending physician statement is separate, I'm doing that with Dr. Halloran's office.

I can come down and sign the authorization on my way in Tuesday before my shift, I'll bring my driver's license. Can they go straight to Evergreen? Their fax is 1-866-555-0124, claim number STD-4471902.

Thank you!
Jennifer Aldana
(360) 555-0212""", date=d)

d = rdt()
d0 = before(d, days=4)
inv = f"PLR-INV-{random.randint(560000, 569999)}"
build("phi", "self", "Norman Gaskill", "Norman Gaskill <ngaskill@mailbox.example.com>", VSUP,
      "Re: Invoice " + inv + " - Alder Creek Regional Medical Center",
      f"""I got this invoice for $87.40 for MY OWN records. I am applying for social security disability after my back surgery in January (the fusion that didn't take) and I'm not working right now, I can't afford this.

My neighbor said there is a federal rule that a patient getting their own records only pays a reasonable cost based fee, not per page. Is that true? Your invoice says "per page" on it. I just need the records from the surgery, the MRI and the pain clinic visits.

Please call me before sending anything to collections. 360-555-0227.

Norman Gaskill

{on_line(d0, 'Parchlane Client Support <support@parchlanerecords.net>')}
> Dear Requester,
>
> Your request for records from Alder Creek Regional Medical Center has been processed.
>
> Invoice:        {inv}
> Pages:          214
> Amount due:     $87.40
> Pay online:     https://pay.parchlanerecords.net/{inv}
>
> Records will be released upon receipt of payment.
>
> Parchlane Record Services""", date=d, reply=True)

d = rdt()
build("phi", "self", "Samuel Okoro", "Samuel Okoro <sam.okoro@bluefinmail.com>", ROI,
      "Request to correct my ER record - I did not leave AMA",
      """To the Health Information Department,

I am requesting a correction to my emergency department record from my visit on the night of March 22. The discharge note says I "left against medical advice." That is not what happened.

I came in with chest tightness. After the blood work and EKG came back normal, the nurse (I believe her name was Kelsey) told me the wait for the CT scan would be about six hours and that the doctor said I could go home and follow up with my own doctor the next morning, which I did. I was never told I was leaving against advice and I never signed anything saying that.

This matters to me because my life insurance underwriter has the record and is asking why I refused care. I would like the note corrected, or if you will not correct it, I want my statement added to the record.

Please let me know what form you need. My date of birth is 02/14/1981.

Samuel Okoro
4418 Juniper Court, Corliss Falls, WA 98367
(360) 555-0244""", date=d)

d = rdt()
build("phi", "self", "Beverly Hatch", "Bev Hatch <bhatch.quilts@pigeonmail.net>", ROI, "please send my records to Dr Sato",
      """Please send my records to my new doctor, Dr. Sato at Lakeside Internal Medicine, fax 425-555-0193. I had the heart monitor and the treadmill stress test at your hospital in March and the echo in April. She needs all three before my appointment on the 19th.

I signed the form at the front desk when I was there last week, the girl said it would be on file.

Thank you,
Bev""", date=d)

d = rdt()
build("phi", "self", "Thomas R. Yazzie", "Thomas Yazzie <tryazzie@nordpost.net>", ROI,
      "can't see my biopsy result",
      """Hello,

The portal help line said to email you. I had a prostate biopsy at your outpatient surgery center 10 days ago and the result still doesn't show in MyAlderCreek. My PSA and the other labs from the same week show up fine. Dr. Venkataraman's office said they would call when the pathology is back but nobody has called and I'm getting nervous.

Is there a delay on releasing pathology to the portal? If the report is done, can I get a paper copy?

Thank you,
Thomas R. Yazzie
DOB 9/12/1957""", date=d)

d = rdt()
d0 = before(d, days=1)
build("phi", "self", "Gloria Mendenhall", "Gloria Mendenhall <gmendenhall@mailbox.example.com>", KEV,
      "Re: Your records request - identity verification needed",
      f"""Kevin,
Sorry for the delay. Here is the information you asked for:
Full name: Gloria Jean Mendenhall
Date of birth: 05/08/1959
Address: 771 Larkspur Lane, Apt 4, Corliss Falls WA 98368
Last 4 of phone: 0259
The records are from my chemo infusions at the cancer center, Sept through December, and the port placement. I need them for my second opinion at the university.
Gloria

Sent from my Galaxy

{on_line(d0, 'Kevin Brandvold <kbrandvold@aldercreekrmc.org>')}
> Hi Ms. Mendenhall,
>
> We received your request by email. Before we can release records to you electronically we need to verify
> your identity. Please reply with your full name, date of birth, the address we have on file, and which
> records you are requesting, or come to HIM with a photo ID.
>
> Thank you,
> Kevin Brandvold
> ROI Specialist II | HIM""", date=d, reply=True)

# =================================================================== PHI: struct
def hl7ts(d):
    return d.strftime("%Y%m%d%H%M%S")

d = rdt()
ts = hl7ts(d)
a40 = "\n".join([
    f"MSH|^~\\&|EPCADT|ACRMC|HIMIDX|PARCHLANE|{ts}||ADT^A40^ADT_A39|ACR{random.randint(10**8, 10**9)}|P|2.5.1",
    f"EVN|A40|{ts}|||JSTOCKTON^STOCKTON^JUDITH",
    "PID|1||00588013^^^ACRMC^MR||HUXLEY^MAUREEN^ELLEN||19670314|F|||1875 CANTERWOOD DR^^CORLISS FALLS^WA^98367^USA||(360)555-0281|||M||700240998",
    "PD1|||BIRCHWOOD FAMILY PRACTICE^^4410",
    "MRG|00591742^^^ACRMC^MR||700241315",
    "PV1|1|O|RAD^MRI1^01||||7788214^LANFRANCO^PAUL^^^MD",
])
build("phi", "struct", "Maureen Huxley", P("Interface Team", "interfaceteam"), [COR, JOR],
      "Merge A40 sent - 00591742 into 00588013",
      f"""Corinne, Jorge -

The duplicate merge from ticket RITM0081442 posted this morning. A40 below went to the HIM document index and to Parchlane's feed at {d.strftime('%H:%M')}. Jorge, any open requests under the old MRN (00591742) should now resolve to 00588013; the MRI from the outpatient visit is now under the surviving record.

{a40}

Let us know if the vendor side doesn't pick it up.

Darnell Pickens
Integration Analyst, IS Applications
Alder Creek RMC | x4120""", date=d)

d = rdt()
ts = hl7ts(d)
oru = "\r".join([
    f"MSH|^~\\&|COPATH|ACRMC_PATH|EPIC|ACRMC|{ts}||ORU^R01^ORU_R01|PATH{random.randint(100000, 999999)}|P|2.5.1",
    "PID|1||00419962^^^ACRMC^MR||LINDQUIST^HAROLD^J||19540922|M|||59 OSPREY POINT RD^^CORLISS FALLS^WA^98368||(360)555-0289",
    "PV1|1|O|OPSURG^^^ACRMC||||4471903^VENKATARAMAN^ANIL^^^MD",
    f"ORC|RE|ORD5521873|S24-{random.randint(10000, 19999)}",
    f"OBR|1|ORD5521873|S24-{random.randint(10000, 19999)}|88305^SURGICAL PATHOLOGY^CPT|||{hl7ts(before(d, days=6))}|||||||||4471903^VENKATARAMAN^ANIL||||||{ts}||SP|F",
    "OBX|1|TX|22634-0^PATH REPORT.GROSS^LN||Received in formalin labeled with the patient's name, twelve cores of tan tissue.||||||F",
    "OBX|2|TX|22637-3^PATH REPORT.FINAL DX^LN||PROSTATE, NEEDLE CORE BIOPSIES: ADENOCARCINOMA, GLEASON SCORE 3+4=7 (GRADE GROUP 2), PRESENT IN 3 OF 12 CORES.||||||F",
    "OBX|3|TX|22638-1^PATH REPORT.COMMENTS^LN||Perineural invasion not identified.||||||F",
]) + "\r"
build("phi", "struct", "Harold Lindquist", P("Darnell Pickens", "dpickens"), [SUP, KEV],
      "RE: path report missing from ROI packet",
      f"""Kevin,

Found it. The ORU from CoPath errored on our side (OBR-25 status came across as F before the provider sign event, so the chart filer rejected it). Raw message attached so you can see what the vendor saw. We've resubmitted and it filed at 14:07; the report should be in the chart now and will show on the next print.

Darnell

-----Original Message-----
From: Kevin Brandvold
Sent: {before(d, hours=5).strftime('%A, %B %d, %Y %I:%M %p')}
To: Interface Team
Subject: path report missing from ROI packet

Hi - we have a release going to an outside urologist and the surgical path report from last week isn't in the chart even though the lab says it was finalized. Can you check the interface?""",
      date=d, reply=True, atts=[(oru.encode("ascii"), "application", "octet-stream", "ORU_R01_failed_resubmit.hl7")])

d = dt(2024, 5, 20)
dos = dt(2024, 3, 14)
e837 = "~\n".join([
    "ISA*00*          *00*          *ZZ*ACRMC01        *ZZ*BLUESTEMMUT    *" + d.strftime("%y%m%d") + "*1402*^*00501*000004417*0*P*:",
    "GS*HC*ACRMC01*BLUESTEMMUT*" + d.strftime("%Y%m%d") + "*1402*4417*X*005010X223A2",
    "ST*837*0001*005010X223A2",
    "BHT*0019*00*ACR4417*" + d.strftime("%Y%m%d") + "*1402*CH",
    "NM1*41*2*ALDER CREEK REGIONAL MEDICAL CENTER*****46*ACRMC01",
    "NM1*40*2*BLUESTEM MUTUAL HEALTH*****46*BLUESTEMMUT",
    "HL*1**20*1",
    "NM1*85*2*ALDER CREEK REGIONAL MEDICAL CENTER*****XX*1487766201",
    "N3*2250 TAMARACK AVE",
    "N4*CORLISS FALLS*WA*98367",
    "REF*EI*910554413",
    "HL*2*1*22*0",
    "SBR*P*18*40917******CI",
    "NM1*IL*1*SORENSEN*JOANNA*M***MI*BMH884201736",
    "N3*3302 FERNHILL RD",
    "N4*CORLISS FALLS*WA*98368",
    "DMG*D8*19720611*F",
    "NM1*PR*2*BLUESTEM MUTUAL HEALTH*****PI*BMH01",
    "CLM*700226154*18442.10***13:A:1**A*Y*Y",
    "DTP*434*RD8*" + dos.strftime("%Y%m%d") + "-" + dos.strftime("%Y%m%d"),
    "CL1*3*1*01",
    "HI*ABK:M17.11",
    "HI*BBR:0SRD0JZ:D8:" + dos.strftime("%Y%m%d"),
    "NM1*71*1*BRODY*HELENA****XX*1932207455",
    "LX*1",
    "SV2*0360*HC:27447*14210.00*UN*1",
    "LX*2",
    "SV2*0278**3232.10*UN*1",
    "LX*3",
    "SV2*0370*HC:01402*1000.00*UN*1",
    "SE*31*0001",
    "GE*1*4417",
    "IEA*1*000004417",
]) + "~\n"
build("phi", "struct", "Joanna Sorensen", P("Marlene Duquette", "mduquette"), PRI,
      "837 for the Bluestem records request claim",
      f"""Priya,

Here's the 837I we sent on the Bluestem claim they're now asking records for (the one Tamika got the request on). They're questioning the implant line. Coding looks right to me but can you or Anh double check the PCS and whether the op note supports the device charge before ROI sends the packet?

Marlene Duquette
Patient Financial Services - Hospital Billing Lead
x0161""", date=d, atts=[(e837.encode("ascii"), "application", "edi-x12", "837I_24117C09931.x12")])

d = rdt()
e277 = "~".join([
    "ISA*00*          *00*          *ZZ*BLUESTEMMUT    *ZZ*ACRMC01        *" + d.strftime("%y%m%d") + "*0615*^*00501*000088102*0*P*:",
    "GS*HN*BLUESTEMMUT*ACRMC01*" + d.strftime("%Y%m%d") + "*0615*88102*X*005010X212",
    "ST*277*0001*005010X212",
    "BHT*0010*08*277R88102*" + d.strftime("%Y%m%d") + "*0615*DG",
    "HL*1**20*1", "NM1*PR*2*BLUESTEM MUTUAL HEALTH*****PI*BMH01",
    "HL*2*1*21*1", "NM1*41*2*ALDER CREEK REGIONAL MEDICAL CENTER*****46*ACRMC01",
    "HL*3*2*19*1", "NM1*1P*2*ALDER CREEK REGIONAL MEDICAL CENTER*****XX*1487766201",
    "HL*4*3*22*0", "NM1*IL*1*PEREGRINE*WALLACE*T***MI*BMH550918224",
    "TRN*2*700236604",
    "STC*P2:21:QC*" + d.strftime("%Y%m%d") + "**9875.00",
    "STC*R4:294*" + d.strftime("%Y%m%d"),
    "REF*1K*24151C22870",
    "DTP*472*RD8*" + before(d, days=45).strftime("%Y%m%d") + "-" + before(d, days=42).strftime("%Y%m%d"),
    "SE*17*0001", "GE*1*88102", "IEA*1*000088102"]) + "~"
build("phi", "struct", "Wallace Peregrine", P("Marlene Duquette", "mduquette"), ROI,
      "payer pended for records - acct 700236604",
      f"""ROI - 277 below says Bluestem pended acct 700236604 waiting on medical records (STC R4:294 = "supporting documentation"). Have you received their request letter? If not I'll call provider relations. $9,875 sitting.

{e277}

Thanks,
Marlene""", date=d)

d = rdt()
fhir = {
    "resourceType": "Bundle", "type": "collection", "timestamp": d.isoformat(),
    "entry": [
        {"fullUrl": "urn:uuid:patient-1", "resource": {
            "resourceType": "Patient",
            "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.7721.1", "value": "00644412", "type": {"text": "MRN"}}],
            "name": [{"family": "Santangelo", "given": ["Rita", "M"]}],
            "birthDate": "1961-06-18", "gender": "female",
            "address": [{"line": ["908 Alderwood Ct"], "city": "Corliss Falls", "state": "WA", "postalCode": "98368"}],
            "telecom": [{"system": "phone", "value": "360-555-0297"}]}},
        {"fullUrl": "urn:uuid:task-1", "resource": {
            "resourceType": "Task", "status": "in-progress", "intent": "order",
            "identifier": [{"system": "https://requesttrack.parchlanerecords.net", "value": f"PLR-{d.year}-153168"}],
            "code": {"text": "Release of information - DDS"},
            "for": {"reference": "urn:uuid:patient-1"},
            "authoredOn": before(d, days=16).isoformat(),
            "requester": {"display": "Cascade Disability Determination Services, Unit 7"},
            "note": [{"text": "Radiology CD pending - lumbar MRI and L-spine films"}]}},
        {"fullUrl": "urn:uuid:doc-1", "resource": {
            "resourceType": "DocumentReference", "status": "current",
            "type": {"coding": [{"system": "http://loinc.org", "code": "18748-4", "display": "Diagnostic imaging study"}]},
            "subject": {"reference": "urn:uuid:patient-1"},
            "date": before(d, days=80).isoformat(),
            "description": "MRI lumbar spine w/o contrast",
            "content": [{"attachment": {"contentType": "application/dicom", "title": "MRI L-SPINE"}}]}},
    ]}
build("phi", "struct", "Rita Santangelo", JOR, P("Radiology File Room", "radfileroom"),
      "CD burn request - payload from RequestTrack",
      f"""Hi radiology file room,

Our system pushed this one to the imaging queue but I don't think it landed on your side. JSON from the request is attached - need the lumbar MRI on CD for the DDS request. Could you burn it when you get a chance today? I'll come up and grab it.

Thanks!
Jorge""", date=d, atts=[(json.dumps(fhir, indent=2).encode("utf-8"), "application", "fhir+json", f"PLR-{d.year}-153168.json")])

d = rdt()
eff = before(d, days=3)
ccd = f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.3.7721.2" extension="CCD-{random.randint(10**7, 10**8)}"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="{eff.strftime('%Y%m%d%H%M%S')}-0700"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.7721.1" extension="00702217"/>
      <addr use="HP"><streetAddressLine>412 Wexford Lane</streetAddressLine><city>Corliss Falls</city><state>WA</state><postalCode>98367</postalCode></addr>
      <telecom use="HP" value="tel:+1-360-555-0238"/>
      <patient>
        <name use="L"><given>Eleanor</given><given>Rose</given><family>Castellano</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19440508"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.5.1"/>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
      <title>Problems</title>
      <text><list><item>Atrial fibrillation, permanent</item><item>Chronic kidney disease stage 3b</item><item>History of left hip fracture, s/p ORIF</item></list></text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.1.1"/>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="Medication use"/>
      <title>Medications</title>
      <text><list><item>Apixaban 2.5 mg PO BID</item><item>Metoprolol succinate 50 mg PO daily</item><item>Furosemide 20 mg PO daily</item></list></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
build("phi", "struct", "Eleanor Castellano", TAM, P("Intake - Sunrise Hills", "intake", "sunrisehillssnf.net"),
      "CCD as requested", f"""Hi Bev,

As discussed, the continuity of care document is attached (XML, should import into your system). The full discharge packet went by fax at 11:20.

{SIG['to']}{HDISC}""", date=d, atts=[(ccd, "text", "xml", "CCD_00702217.xml")])

d = rdt()
aod = ["DISCL_ID|DISCL_DT|MRN|PT_NAME|PT_DOB|RECIPIENT|PURPOSE|DOCS|AUTH_TYPE|RELEASED_BY"]
aodrows = [
    ("2023-09-18", "WA DOH - Communicable Disease", "Public health reporting", "LAB PERTUSSIS PCR", "Required by law", "AUTO"),
    ("2023-11-02", "King Co. Superior Ct (24-2-00518-3)", "Court order", "ED 08/14/23; RAD", "Court order", "KBRANDVOLD"),
    ("2024-01-22", "Pinewood Workers Comp Adjusters", "Workers comp", "OCC HEALTH VISITS x3", "WC statute", "JVILLALOBOS"),
    ("2024-03-07", "Corliss Falls Police Dept", "Law enforcement - injury report", "ED NOTE 03/06/24", "Required by law", "LSOTOMARSH"),
]
for i, r in enumerate(aodrows):
    aod.append(f"{88120 + i * 113}|{r[0]}|00355517|GAINES, TERRENCE L|1979-12-01|{r[1]}|{r[2]}|{r[3]}|{r[4]}|{r[5]}")
build("phi", "struct", "Terrence Gaines", LET, GOR, "accounting of disclosures extract",
      f"""Gordon - here is the raw extract from the disclosure log for the accounting request (Mr. Gaines). Four reportable disclosures in the 6-year window; TPO and his own requests are excluded. I'll put it on the letter template unless you want to review first.

{chr(10).join(aod)}

Leticia""", date=d)

# =================================================================== CLEAN: admin
HIMALL = P("HIM - All Staff", "him-allstaff")

d = dt(2024, 12, 16)
build("clean", "admin", "", DIR, HIMALL, "2025 copy fee schedule - effective Jan 1",
      f"""Team,

The 2025 fee schedule is attached and takes effect January 1. Jorge and the Parchlane processors have the same copy and RequestTrack will be updated over the holiday.

What changes:
 - Third-party paper requests (attorneys, insurers for non-payment purposes): state-adjusted per-page rate goes from $1.17 to $1.21 for the first 30 pages, $0.91 after; clerical search fee $29.00 (was $28.00).
 - Electronic delivery to third parties: flat $25.00 plus per-page as above, no postage.
 - Patient requests for their own records (and requests the patient directs to a third party): still flat $6.50 for electronic copies, and no charge if the patient picks up a copy through the portal. No search or retrieval fee on patient requests, ever. Please don't quote the attorney rate to a patient.
 - DDS and L&I: per the state schedule, unchanged.
 - Continuity of care (provider to provider): no charge.

If a requester pushes back, refer them to me or Marcus. Please don't waive fees on the spot without a note in the request.

Thanks,
{SIG['dv']}{HDISC}""", date=d, html=True,
      atts=[(pdf(["ALDER CREEK REGIONAL MEDICAL CENTER - HIM POLICY HIM-310 ATTACHMENT A",
                  "Copy and Release Fee Schedule, effective 01/01/2025", "",
                  "Third party, paper: $1.21/page (pp. 1-30); $0.91/page thereafter",
                  "Clerical search and handling (third party only): $29.00",
                  "Electronic delivery to third party: $25.00 flat + per-page",
                  "Patient right of access, electronic copy: $6.50 flat",
                  "Patient portal download: no charge",
                  "Continuity of care / treating provider: no charge",
                  "DDS / L&I / public agencies: per state fee schedule",
                  "Approved: D. Vantreese, Director HIM; S. Kowalczyk, Legal Affairs"]),
             "application", "pdf", "HIM-310_AttachA_FeeSchedule_2025.pdf")])

d = rdt()
build("clean", "admin", "", P("Facilities Work Control", "facilities.workcontrol"), [DIR, P("Rowena Bautista", "rbautista")],
      "WO-{0} scanning room relocation B-40 to B-52".format(random.randint(240000, 249999)),
      f"""Dolores / Rowena,

Confirming the move of the document imaging room from B-40 (back section) to B-52 on Saturday {(d + timedelta(days=(5 - d.weekday()) % 7 + 7)).strftime('%m/%d')}:

 - 0700 electricians on site; two dedicated 20A circuits for the high-volume scanners in B-52
 - 0900 movers (3) - scanners, 4 workstations, prep tables, the 2 locked shred consoles
 - 1100 IS Desktop reconnects workstations and scanner drivers; network drops in B-52 were tested Tue
 - Card reader on B-52 door programmed to HIM access group only

Please have prep bins emptied and loose paper secured before Friday 5pm. Movers will not handle any paper documents. The key for B-40 back room goes to Security after the move.

Gary Lundqvist
Work Control Coordinator, Facilities Management
x2200""", date=d)

d = rdt()
mt = dt(d.year, d.month, d.day, 9, 0) + timedelta(days=7)
build("clean", "admin", "", SUP, HIMALL, "HIM monthly staff meeting - agenda",
      f"""Hi all,

Invite attached for next week. Conference room B-44 and Teams for remote coders.

Agenda
1. Turnaround - ROI averaged 4.6 business days last month, goal is under 5. Thanks everyone.
2. RequestTrack upgrade - new intake screen, Jorge will demo (10 min)
3. Authorizations: reminder on the 5 required elements + expiration date; we're still seeing attorney forms with no expiration
4. Coding: DNFB trend, CDI query response rates (Priya)
5. Amendment process refresher (Corinne)
6. Open floor

Please bring your questions about the new walk-in window hours.

Marcus

{SIG['mw']}""", date=d,
      atts=[(ics(f"HIMSTAFF-{mt.strftime('%Y%m')}@aldercreekrmc.org", mt, mt + timedelta(hours=1),
                 "HIM Monthly Staff Meeting", "HIM Conference Room B-44 / Teams",
                 "Agenda in email. Remote staff join via Teams link.", "mwhitfield@aldercreekrmc.org"),
             "text", "calendar", "invite.ics")])

d = rdt()
build("clean", "admin", "", HEA, DIR, "Renewal terms - ACR01 release services agreement",
      f"""Dolores,

As promised, summary of the renewal terms we discussed for the agreement that ends June 30:

 - Term: 3 years with two 1-year options
 - Staffing: 1.0 FTE onsite release specialist (Jorge) Mon-Fri 8:00-4:30, plus remote processing for overflow
 - Service level: 95% of requests fulfilled within 5 business days of a complete request; statutory deadlines tracked in RequestTrack with 3-day warnings
 - Fees: no charge to ACRMC for third-party requests (vendor bills requesters per your fee schedule); patient access requests processed at vendor cost, ACRMC pays $4.10 per patient request (was $3.85)
 - Continuity-of-care and DDS requests: processed at no charge to ACRMC
 - Audit: quarterly QA sample of 30 releases, results to HIM director
 - Breach notification to ACRMC within 24 hours of discovery (was 5 business days), BAA updated to match

Redline attached for your legal team. Happy to set up a call with Sandra.

Best,
{SIG['hp']}{VDISC}""", date=d,
      atts=[(docx(["**RELEASE OF INFORMATION SERVICES AGREEMENT - RENEWAL (DRAFT REDLINE v2)",
                   "Between Alder Creek Regional Medical Center and Parchlane Record Services, Inc.",
                   "Section 3.1 Service Levels: Vendor shall fulfill 95% of complete requests within five (5) business days.",
                   "Section 4.2 Fees: Patient access requests - $4.10 per request payable by Facility.",
                   "Section 8.4 Security Incidents: Vendor shall notify Facility within twenty-four (24) hours of discovery.",
                   "Exhibit B: Business Associate Agreement (2024 form)."]),
             "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", "ACR01_Renewal_Redline_v2.docx")])

d = rdt()
dn = d + timedelta(days=(6 - d.weekday()) % 7 or 7)
build("clean", "admin", "", ITS, P("ACRMC All Users", "allusers"),
      f"[Planned Downtime] EHR upgrade - Sunday {dn.strftime('%m/%d')} 0100-0500",
      f"""PLANNED DOWNTIME NOTIFICATION
Change: CHG0{random.randint(30000, 39999)}
Systems: EHR (all modules incl. HIM Chart Deficiency, ROI, Coding), patient portal, RequestTrack interface
Window: Sunday {dn.strftime('%m/%d/%Y')} 01:00 - 05:00 (expected 4 hours)

What to expect:
 - Read-only downtime viewer (BCA workstations) available on all units and in HIM B-40
 - Downtime forms are in the red binders; HIM will scan paper documentation after the system returns
 - Release of information: no releases during the window; after-hours stat requests for patient care go to the House Supervisor, who can print from the BCA PC
 - Coding and CDI queues will resume automatically

Please log off all sessions before 00:45.

IT Service Desk | x4357 | servicedesk@aldercreekrmc.org
This is an automated message from the Change Advisory Board distribution list.""",
      date=d, headers={"Auto-Submitted": "auto-generated", "X-Priority": "2"})

d = rdt()
build("clean", "admin", "", P("Environmental Services", "evs.dispatch"), [DIR, SUP],
      "Shred bin pickup - new day starting next month",
      f"""Hello HIM,

Starting next month, SecureShred NW will pick up the locked consoles on Tuesdays instead of Thursdays (lower level route). HIM has 9 consoles plus the two 96-gallon totes in file room B-48.

Reminders from their contract:
 - Consoles containing PHI must stay locked at all times; if a lock is broken, call us and do not leave it in the hall
 - No binders, CDs or film in the consoles - radiology CDs go in the separate media bin
 - Certificates of destruction are emailed to the HIM director monthly

Thanks,
Ramon Estrada
EVS Supervisor, x2610""", date=d)

d = dt(2024, 11, 19)
build("clean", "admin", "", P("Lorraine Vickery", "lvickery"), [DIR, PRI, P("Marlene Duquette", "mduquette")],
      "Bluestem 2025 amendment - record request terms",
      f"""Hi all,

The Bluestem Mutual amendment was signed yesterday. Relevant to HIM and PFS:

 - Payment integrity / DRG validation record requests capped at 2% of paid inpatient claims per calendar quarter
 - Facility has 45 calendar days to produce records (up from 30); a denial for "no records received" can't be issued before day 60
 - Copies for payment review are provided at no charge, up to 3 requests per claim
 - Bluestem must send requests through the portal with a claim-level list; faxed "blanket" requests will not be honored
 - Clinical validation denials must cite the specific criteria used (Sepsis-3, KDIGO, etc.) and allow a peer-to-peer within 30 days

I'll send the full contract language to anyone who needs it. Please let me know if you see requests that don't follow these terms.

Lorraine Vickery
Director, Managed Care Contracting
Alder Creek Regional Medical Center
(360) 555-0120{HDISC}""", date=d)

# =================================================================== CLEAN: lookalike
d = rdt()
invn = f"PLR-ACR01-{d.strftime('%y%m')}-{random.randint(100, 999)}"
build("clean", "lookalike", "", P("Parchlane Accounts Receivable", "ar", V), P("ACRMC Accounts Payable", "ap.invoices"),
      f"Invoice {invn} - Alder Creek RMC - PO 4500187732",
      f"""Please find attached invoice {invn}.

Bill to:       Alder Creek Regional Medical Center, Accounts Payable
PO number:     4500187732
Vendor no.:    V-0031874
Period:        {before(d, days=30).strftime('%m/01/%Y')} - {before(d, days=5).strftime('%m/%d/%Y')}
Terms:         Net 30
Amount due:    $2,218.70

Line  Description                                  Qty   Rate     Amount
1     Patient access requests (electronic)        412   $4.10   $1,689.20
2     Patient access requests (paper, mailed)      61   $4.10     $250.10
3     Imaging CD duplication (patient)             38   $6.50     $247.00
4     Postage pass-through                          1   $32.40     $32.40

Remit to: Parchlane Record Services, PO Box 48812, Portland, OR 97208
ACH: routing on file. Reference the invoice number with payment.

Questions: ar@parchlanerecords.net | (503) 555-0160""", date=d,
      atts=[(pdf([f"PARCHLANE RECORD SERVICES - INVOICE {invn}", "Bill to: Alder Creek Regional Medical Center / AP",
                  "PO 4500187732   Vendor V-0031874   Terms Net 30",
                  "Patient access requests (electronic) 412 x $4.10 = $1,689.20",
                  "Patient access requests (paper) 61 x $4.10 = $250.10",
                  "Imaging CD duplication 38 x $6.50 = $247.00",
                  "Postage pass-through = $32.40", "TOTAL DUE $2,218.70"]),
             "application", "pdf", f"{invn}.pdf")])

d = rdt()
boxes = []
for i in range(8):
    boxes.append((f"ACR-HIM-{d.year - 7}-{4100 + i * 3:05d}", f"1Z8V{random.randint(10**11, 10**12 - 1)}",
                  random.choice(["Loose filing", "Scanned originals", "Old film jackets (empty)", "Canceled auth forms"]),
                  f"{d.year + random.randint(0, 2)}-12-31"))
lst = "\n".join(f"{b[0]}   {b[1]}   {b[2]:<24}  destroy-after {b[3]}" for b in boxes)
build("clean", "lookalike", "", P("Rowena Bautista", "rbautista"), [P("Ironvale Storage - Customer Care", "care", "ironvalestorage.com")],
      "Pickup confirmation - 8 cartons, acct ACR-0442",
      f"""Hi,

Confirming 8 cartons ready for pickup at the loading dock (dock door 3) tomorrow between 8 and 10. Carton barcodes and the tracking numbers your portal assigned:

{lst}

Please send the receipt to me and Dolores. Account ACR-0442, cost center 7120-HIM.

Thanks,
Rowena Bautista
Document Imaging Lead, HIM
x0156""", date=d)

d = dt(2024, 9, 23)
build("clean", "lookalike", "", PRI, [BRE, ANH, REN, P("Coding Team", "him.coding")],
      "FY2025 ICD-10 updates - the ones we'll actually see",
      f"""Team,

FY2025 code set goes live 10/1 for discharges on/after. The full addenda are on the shared drive; these are the ones most likely to hit our case mix:

New ICD-10-CM
  E11.A      Type 2 DM without complications in remission
  E66.811    Obesity class 1
  E66.812    Obesity class 2
  E66.813    Obesity class 3
  D68.Ax     Hereditary angioedema (new subcategory)
  T45.1X6A   Underdosing of antineoplastic and immunosuppressive drugs, initial
  Z91.14-    Patient's other noncompliance with medication regimen (expanded)
  Z59.71     Insufficient health insurance coverage
  Z59.72     Insufficient welfare support

Revised/expanded
  I20.81     Angina pectoris with coronary microvascular dysfunction
  I20.82     Angina pectoris with spasm (subcategory)
  C96.2-     Malignant mast cell neoplasm (expanded)

ICD-10-PCS: 371 new codes; watch XW0 (new technology) and the 02H for the leadless pacemaker.

Education session Wed 10/2 at 1300, Teams. CEUs available (1.0).

{SIG['pr']}""", date=d)

d = rdt()
provs = [
    ("Brody, Helena", "MD", "Orthopaedic Surgery", "1932207455", "MD60418877"),
    ("Qureshi, Imran", "MD", "Hospital Medicine", "1285716630", "MD60522019"),
    ("Oduya, Kwame", "MD", "Internal Medicine", "1467093348", "MD60399102"),
    ("Venkataraman, Anil", "MD", "Urology", "1750381224", "MD60277561"),
    ("Amsel, Jonah", "DO", "Emergency Medicine", "1093847721", "OP60088154"),
    ("Lindahl, Per", "MD", "Cardiothoracic Surgery", "1649203387", "MD60155730"),
    ("Halloran, Siobhan", "MD", "Obstetrics & Gynecology", "1518862094", "MD60471256"),
    ("Pelletier, Andre", "MD", "Psychiatry", "1326650178", "MD60310984"),
]
tb = "Provider                Cred  Specialty                 NPI         WA License\n" + "".join(
    f"{p[0]:<22}  {p[1]:<4}  {p[2]:<24}  {p[3]}  {p[4]}\n" for p in provs)
build("clean", "lookalike", "", P("Medical Staff Office", "medstaff"), [SUP, JOR],
      "Provider NPI/license list for certification letters",
      f"""Marcus, Jorge,

Updated list for the records certification letters and the subpoena affidavits (custodian attestation asks for attending NPI on some forms). Dr. Amsel's license renewed last week, new expiration 03/2026.

{tb}
The full roster with DEA numbers is in the Medical Staff share - please don't send DEA numbers outside.

Kathleen Morrow, CPMSM
Medical Staff Services
x0102""", date=d)

d = rdt()
build("clean", "lookalike", "", SUP, [P("ROI Team", "roi.team"), JOR], "updated fax / phone directory for frequent requesters",
      f"""Printed copies are going up at each workstation. Please verify the fax number on every outgoing release against this list, not the number on the request letterhead, if the requester is one of these.

Bluestem Mutual - Payment Integrity ........ ph 1-855-555-0136 opt 3 | fax 1-855-555-0137
Bluestem Mutual - Utilization Mgmt ......... ph 1-855-555-0140       | fax 1-855-555-0141
Cascade DDS - Medical Evidence Unit 7 ....... ph 1-800-555-0158       | fax 1-800-555-0159
Dept of Labor & Industries - Claims ......... ph 1-800-555-0171       | fax 360-555-0172
Sunrise Hills SNF - Admissions .............. ph 360-555-0283         | fax 360-555-0284
Cedar Terrace Rehab - Intake ................ ph 360-555-0270         | fax 360-555-0271
Northfork Orthopedic Associates ............. ph 360-555-0277         | fax 360-555-0278
Birchwood Family Practice ................... ph 360-555-0261         | fax 360-555-0262 (NEW as of this month)
Lakeside Internal Medicine .................. ph 425-555-0192         | fax 425-555-0193
Okafor & Lindqvist LLP ...................... ph 253-555-0181         | fax 253-555-0182

Misdirected fax? Stop, call Gordon at x0111 right away.

{SIG['mw']}""", date=d)

d = dt(2024, 10, 8)
build("clean", "lookalike", "", DIR, [P("Quality Council", "qualitycouncil"), SUP], "ROI dashboard - Q3",
      f"""Quality Council,

HIM release-of-information summary for Q3:

                          Jul     Aug     Sep     Q3
Requests received        1,284   1,342   1,219   3,845
  Patient / right of access 488     512     471   1,471
  Continuity of care        301     322     287     910
  Attorney                  214     208     199     621
  Payer / audit             171     185     166     522
  DDS / agencies             96      98      87     281
  Subpoena / court           14      17       9      40
Avg turnaround (bus. days)  4.8     4.4     4.6     4.6
% within 15 days          98.9%   99.3%   99.1%   99.1%
Misdirected disclosures       1       0       0       1
Amendment requests            6       4       5      15 (9 accepted, 4 denied, 2 open)

The one misdirected disclosure in July was a fax transposition, reported and closed by the Privacy Officer, no notification required after risk assessment.

{SIG['dv']}""", date=d)

d = rdt()
inc = f"INC00{random.randint(410000, 499999)}"
build("clean", "lookalike", "", ITS, P("Rowena Bautista", "rbautista"), f"{inc} has been resolved - Scanner feed error B-40 station 3",
      f"""Your incident {inc} has been resolved.

Short description: ScanPro 7700 feed error / double-feed detect, station 3
Configuration item: SCN-HIM-003
Asset tag:          ACR-0019284
Serial number:      SP77-4K2291083
Location:           HIM Lower Level B-40
Assignment group:   IS Desktop Support
Resolution code:    Hardware - replaced part
Resolution notes:   Replaced pick roller and separation pad (part 77-RK-114, lot 2403118). Ran 500-sheet calibration, 0 misfeeds. Firmware updated 3.2.18 -> 3.2.21.

Opened:   {before(d, days=2).strftime('%m/%d/%Y %H:%M')}
Resolved: {d.strftime('%m/%d/%Y %H:%M')}

If the issue is not resolved, reply to this message within 5 days to reopen the incident.
Ref:MSG{random.randint(10**7, 10**8)}""", date=d, headers={"Auto-Submitted": "auto-generated"})

# =================================================================== CLEAN: news
d = rdt()
nl = """PNHIA NEWSLINE | Pacific Northwest Health Information Association

IN THIS ISSUE
1. Information blocking: what the new disincentives mean for hospitals
2. Right of access - five years of enforcement in review
3. Spring conference: registration open, early bird ends the 15th
4. CEU corner: free webinar on CDI query compliance

1. INFORMATION BLOCKING DISINCENTIVES
The final rule establishing disincentives for health care providers found to have committed information blocking is now in effect. Hospitals participating in the Medicare Promoting Interoperability Program may lose the full three-quarters of the annual market basket increase. HIM departments should review release workflows for unnecessary delays, particularly for electronic health information requested through patient portals and APIs. Our policy committee has posted a checklist on the member site.

2. RIGHT OF ACCESS ENFORCEMENT
Federal regulators have announced more than 50 enforcement actions under the right of access initiative since 2019. The most common issues: failure to respond within 30 days, charging fees that were not reasonable and cost-based, and requiring patients to appear in person. Tip: confirm your vendor's patient fee matches your policy.

3. SPRING CONFERENCE
Three days, 14 CEUs, sessions on ROI automation, coding for social determinants of health, and record retention after mergers. Early bird: $385 members / $495 non-members.

4. CEU CORNER
"Compliant CDI Queries in 2025" - Thursday at noon Pacific, 1.0 CEU.

You are receiving this because you are a PNHIA member. Manage preferences | Unsubscribe
PNHIA, 1600 NE Broadway Suite 220, Portland, OR 97232"""
build("clean", "news", "", P("PNHIA Newsline", "newsline", "pnhia.org"), P("Dolores Vantreese", "dvantreese"),
      "PNHIA Newsline: information blocking disincentives, access enforcement, spring conference",
      nl, date=d, html=True, headers={"List-Unsubscribe": "<https://pnhia.org/unsubscribe?m=88213>"})

d = rdt()
build("clean", "news", "", P("ACRMC Communications", "communications"), P("ACRMC All Staff", "allstaff"),
      "The Weekly Pulse - " + d.strftime("%B %d"),
      """THE WEEKLY PULSE
News for the people of Alder Creek Regional Medical Center

New 3T MRI opens in Imaging
The second MRI suite opened Monday, cutting average outpatient wait for MRI from 11 days to 4. Thank you to the Imaging and Facilities teams who kept the project on schedule.

Health Information Professionals Week
Next week we celebrate the coders, release specialists, CDI nurses, document imaging techs and analysts who keep our records accurate and available. Last year HIM processed over 15,000 records requests and coded more than 160,000 encounters. Stop by the lower level on Wednesday for cake.

Flu vaccine clinics for staff
Employee Health clinics run Tue/Thu in the cafeteria annex, 0630-1000 and 1400-1800. Bring your badge.

Patient experience scores
Our overall HCAHPS "would recommend" score rose to 78% this quarter, the highest in three years. The discharge information domain improved the most (+4 points).

Parking reminder
Garage level 2 closes for resurfacing starting the 21st. Use the east surface lot.""", date=d, html=True,
      atts=[(png_logo(), "image", "png", "pulse_header.png")])

d = rdt()
build("clean", "news", "", P("Parchlane Record Services", "news", V), P("Dolores Vantreese", "dvantreese"),
      "Introducing Parchlane Patient Direct - records to patients in under 48 hours",
      """Hi Dolores,

Patients want their records fast, and regulators expect it. That's why we built Parchlane Patient Direct.

 * Patients request, verify identity and receive records online - no fax, no paper
 * Median turnaround of 31 hours across our pilot hospitals
 * Automatic fee compliance: patient-directed requests are priced by our flat-fee engine
 * Real-time dashboards for HIM leaders

In a 6-month pilot across 14 hospitals, Patient Direct reduced patient phone calls to HIM by 38% and eliminated 92% of mailed paper releases.

Join our 30-minute webinar on the 12th or reply to schedule a demo with your account manager.

The Parchlane Team

Parchlane Record Services, 8800 SW Quarry Road, Suite 310, Tigard, OR 97223
You're receiving this because you are a Parchlane client. Unsubscribe""", date=d, html=True,
      headers={"List-Unsubscribe": "<mailto:unsubscribe@parchlanerecords.net>"})

d = rdt()
build("clean", "news", "", P("Larkspur Coding Advisors", "insights", "larkspurcoding.com"), PRI,
      "Quarterly guidance roundup: what changed for inpatient coders",
      """LARKSPUR CODING ADVISORS - QUARTERLY GUIDANCE ROUNDUP

Highlights from this quarter's official guidance:

- Sepsis and localized infection: when sepsis is present on admission with a localized infection, the systemic infection code is sequenced first; the localized infection is secondary. Reminder that "urosepsis" remains a nonspecific term - query the provider.
- Heart failure: "HFrEF" and "HFpEF" may be coded as systolic and diastolic heart failure respectively; "HFmrEF" and "HF with recovered EF" also map to systolic.
- Social determinants: SDOH codes may be assigned from documentation by clinicians other than the provider (nurses, social workers, case managers), as long as it is in the record.
- Present on admission: conditions diagnosed after admission but clearly present before it (e.g., on imaging obtained in the ED) can be reported as POA = Y.

Our analysis of 2,400 inpatient records audited last year found that the most frequent DRG-changing errors were principal diagnosis selection (41%), missed MCC documentation (27%) and procedure coding (15%).

Webinar replay available to subscribers.""", date=d)

d = rdt()
build("clean", "news", "", P("HIM Research Digest", "digest", "himresearchdigest.org"), [DIR, SUP],
      "Research Digest: how long do patients wait for their records?",
      """HIM RESEARCH DIGEST - Monthly summaries of published research for health information leaders

How long do patients wait for their records?
A cross-sectional study of 212 U.S. hospitals used "secret shopper" requests to measure how hospitals respond to patients asking for their own records. Key findings:

- 53% of hospitals provided records within 15 days; 89% within 30 days.
- 18% required the patient to use a facility-specific form even though a written request meeting the federal requirements was submitted.
- Quoted fees for a 200-page electronic record ranged from $0 to $281; the median was $6.50.
- Hospitals using an outside release vendor were no slower on average but showed wider variation in fees.
- Only 41% of websites clearly stated that patients could request records in electronic format.

Authors recommend publishing fee schedules, accepting any written request, and defaulting to portal delivery.

Also this month: a review of 37 studies on automated coding tools (accuracy for outpatient E/M coding ranged from 68% to 92%), and a survey of CDI query response times in academic vs community hospitals.""", date=d)

d = rdt()
build("clean", "news", "", GOR, [P("ACRMC Leadership", "leaders"), HIMALL], "Compliance Corner: access and disclosure enforcement roundup",
      f"""Compliance Corner - {d.strftime('%B %Y')}

Each quarter I summarize public enforcement actions that relate to our work. None of these involve Alder Creek.

- A 90-bed hospital in the Midwest agreed to a $75,000 settlement after a patient waited eight months for records she requested for her own use. The corrective action plan requires a 30-day response policy and staff training.
- A physician group paid $30,000 after charging a patient a per-page fee for records she requested be sent to her new doctor.
- A multi-state health system settled for $950,000 after a records vendor's misconfigured server exposed release packages. Lesson: our BAA with Parchlane requires breach notification within 24 hours and we audit them quarterly.
- A state attorney general fined a dental practice for leaving paper records in an unlocked dumpster.

Our own numbers are good: Q3 ROI turnaround averaged 4.6 business days and there were no reportable breaches. Please keep verifying fax numbers and requester identity every time.

{SIG['ga']}""", date=d)

# =================================================================== CLEAN: staff
d = dt(2024, 12, 13)
build("clean", "staff", "", SUP, [P("ROI Team", "roi.team"), JOR], "Holiday coverage - ROI window 12/23 - 1/3",
      f"""Here's coverage for the holidays. The walk-in window closes at 2:00 on 12/24 and 12/31. Closed 12/25 and 1/1.

Date        Window (8-12)        Window (12-4:30)     Phones / fax queue
12/23 Mon   Tamika               Leticia              Jorge
12/24 Tue   Kevin (til 2)        --                   Jorge
12/26 Thu   Leticia              Tamika               Kevin
12/27 Fri   Jorge                Jorge                Tamika (remote)
12/30 Mon   Kevin                Leticia              Jorge
12/31 Tue   Tamika (til 2)       --                   Leticia
01/02 Thu   Leticia              Kevin                Tamika
01/03 Fri   Tamika               Jorge                Kevin

Swaps are fine, just tell me and update the Teams calendar. I'm on call by cell for anything urgent.

Marcus""", date=d)

d = rdt()
build("clean", "staff", "", DIR, [P("House Supervisors", "housesupervisors"), P("ED Charge RNs", "edcharge")],
      "HIM after-hours on-call - " + d.strftime("%B"),
      f"""House supervisors and ED charge nurses,

HIM on-call for stat record requests after 4:30pm and on weekends this month. Please call only for requests needed for immediate patient care (transfers, outside ED asking for prior records). Routine requests can wait until the next business day.

Week of        On call                              Cell
1st            Marcus Whitfield, RHIT               (360) 555-0139
8th            Tamika Oyelaran, RHIT                (360) 555-0147
15th           Corinne Yates, RHIT                  (360) 555-0144
22nd           Leticia Soto-Marsh                   (360) 555-0149
29th           Dolores Vantreese, RHIA (backup)     (360) 555-0131

Backup for any week: me.

Coding has no on-call; CDI questions overnight go to Renee's pager (4417) starting at 0700.

Dolores""", date=d)

d = rdt()
build("clean", "staff", "", PRI, HIMALL, "Welcome Ifeoma to the coding team!",
      f"""Hi everyone,

Please welcome Ifeoma Nwachukwu, CCS, who joins us Monday as an Inpatient Coder II. Ifeoma comes to us from a trauma center in Spokane where she coded inpatient surgical cases for four years, and before that she worked in a physician billing office. She's also working on her CDIP.

Her first two weeks she'll be onsite in B-40 with Brent for orientation, then hybrid (Tue/Thu onsite). Her extension is x0158.

She told me she loves hiking, bakes a mean lemon bar, and has two very spoiled cats. Say hello!

Priya""", date=d, html=True)

d = dt(2024, 10, 4)
build("clean", "staff", "", SUP, [TAM, LET, JOR], "Kevin out 10/14 - 11/8",
      f"""Hi team,

Kevin will be out on leave starting Monday 10/14, returning 11/8. Please don't reach out to him about work while he's out.

While he's away:
 - His open requests are reassigned in the tracker (Tamika: A-L, Leticia: M-Z)
 - Jorge picks up his Tuesday/Thursday window shifts
 - DDS batches go to Leticia

If you need to swap anything, let me know. Thanks for covering.

Marcus""", date=d)

d = rdt()
build("clean", "staff", "", P("Payroll Services", "payroll"), P("Department Managers", "deptmanagers"),
      "Timecard approval due Monday 10:00 - holiday pay period",
      """Managers,

Because of the holiday, timecards for pay period 26 must be approved in TimeKeeper by Monday 10:00 AM (not the usual Tuesday).

 - Holiday hours (HOL) will be added automatically for eligible staff
 - Employees who worked the holiday: make sure the HW1 premium code is on the punch
 - Missed punches need the employee's attestation before you approve
 - PTO requests still pending in the system will NOT be paid - approve or deny them before Monday

Paychecks and direct deposit are on schedule for Friday.

Payroll Services | x2440""", date=d, headers={"X-Priority": "2"})

d = dt(2025, 4, 14)
build("clean", "staff", "", TAM, HIMALL, "HIP Week potluck sign-up!!",
      f"""Hi HIM family!!

Health Information Professionals Week is coming up and we're doing our potluck Wednesday 11:30-1:30 in B-44. Sign-up sheet is on the fridge, or reply to me. So far:

 - Marcus: pulled pork sliders
 - Leticia: tamales (!!!)
 - Anh Thu: spring rolls
 - Rowena: pancit
 - Brent: "chips" (thanks Brent)
 - Jorge: horchata

We still need salads, desserts and paper plates. Remote coders, we're doing a Teams trivia at 12:15 so you can play too - winner gets the coveted golden highlighter.

Also Dolores is getting everyone the t-shirts ("I code, therefore I am") - sizes to me by Friday.

Tamika :)""", date=d, html=True)

d = rdt()
ceu = [
    ("Anh Thu Lam", "CCS", "12/31/2025", "14 of 20"),
    ("Brent Halvorsen", "CPC, CCS", "12/31/2024", "19 of 20"),
    ("Corinne Yates", "RHIT", "12/31/2025", "20 of 20"),
    ("Kevin Brandvold", "CRIS", "06/30/2025", "6 of 10"),
    ("Marcus Whitfield", "RHIT", "12/31/2024", "17 of 20"),
    ("Priya Raghunathan", "CCS, CDIP", "12/31/2025", "28 of 30"),
    ("Tamika Oyelaran", "RHIT", "12/31/2026", "8 of 20"),
]
tb = "Name                 Credential   Cycle ends   CEUs logged\n" + "".join(f"{c[0]:<20} {c[1]:<12} {c[2]:<12} {c[3]}\n" for c in ceu)
build("clean", "staff", "", DIR, HIMALL, "Credential renewal / CEU check-in",
      f"""Hi all,

Annual check-in on credentials. Your credential is a condition of your position, so please make sure you're on track. The department will pay for up to 10 CEU hours per person this year (PNHIA webinars count).

{tb}
Brent and Marcus - your cycles end this year, please make sure the remaining CEUs are entered before 12/15.

Thanks,
Dolores""", date=d)

# =================================================================== CLEAN: training
d = rdt()
build("clean", "training", "", SUP, [P("New Hire - ROI", "newhire.roi")], "ROI orientation - day 3 quiz (authorizations)",
      f"""Welcome to day 3! Please complete this quiz before our 2:00 review. All patients below are fictitious.

1. An authorization for "Test Patient A" (fictitious) lists: patient name, records to release ("all records"), recipient (Smith Law), purpose ("at request of the individual"), signature and date. Nothing else. Is it valid? If not, what's missing?

2. Sample patient "Jordan Example" signs an authorization on 3/1 that expires "upon settlement of claim." Is that acceptable?

3. An attorney faxes a subpoena signed by the attorney only, no court order and no patient authorization. What do you do?

4. True or false: A patient may be charged our $29 search fee when requesting their own records.

5. A treating physician's office requests records of a shared patient for continuity of care. Do we need an authorization?

6. Which of these need special handling: (a) psychotherapy notes (b) substance use disorder treatment program records (c) HIV lab results (d) all of the above?

Answers go in the Teams folder "ROI Orientation / Quizzes."

Marcus""", date=d)

d = rdt()
script = [["Step", "Action", "Test data", "Expected result", "Pass/Fail", "Tester"]]
steps = [
    ("Search patient ZZTEST, ROIONE (MRN 99900001) in TST environment", "ZZTEST, ROIONE / DOB 01/01/1950", "Test patient found, banner shows TEST PATIENT"),
    ("Create ROI request, requester type = Attorney", "Requester: Sample Law Group (test)", "Request ID assigned, status New"),
    ("Attach authorization image", "test_auth_blank.pdf", "Image attached, index = Authorization"),
    ("Select encounters 01/02/2020 and 01/05/2020", "Test encounters only", "Page count calculated"),
    ("Apply fee schedule 2025", "Attorney / paper", "Fee = clerical + per page"),
    ("Release to RequestTrack", "-", "Outbound message visible in vendor TST queue"),
    ("Verify disclosure log entry", "MRN 99900001", "Accounting entry created with purpose 'Legal'"),
]
for i, s in enumerate(steps, 1):
    script.append([i, s[0], s[1], s[2], "", ""])
build("clean", "training", "", P("Darnell Pickens", "dpickens"), [SUP, JOR, COR], "UAT script - ROI module upgrade (TST env)",
      f"""Hi all,

UAT for the ROI module upgrade is open in the TST environment through Friday. Script attached. Please use only the ZZTEST patients (MRN 99900001-99900010) - they are built for this and have dummy documents loaded. Do not use production MRNs in TST.

Mark pass/fail in the spreadsheet and send back, and screenshot any errors.

Darnell Pickens
Integration Analyst, IS Applications | x4120""", date=d,
      atts=[(xlsx(script, "UAT ROI"), "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", "UAT_ROI_Upgrade_Script.xlsx")])

d = rdt()
build("clean", "training", "", ANH, P("Coding Team", "him.coding"), "Case study for Thursday's coding huddle",
      f"""Hi team, here's the de-identified case for Thursday. Code it on your own, we'll compare answers.

CASE STUDY 14 (de-identified, composite case)
A 67-year-old man presents to the ED with fever, confusion and flank pain. Lactate 3.4, WBC 18.2, BP 84/50 after 30 mL/kg fluids; started on norepinephrine. CT shows an obstructing 7 mm left ureteral stone with hydronephrosis. Urology places a left ureteral stent on hospital day 1. Blood and urine cultures grow E. coli. Provider documents "severe sepsis with septic shock due to obstructive pyelonephritis, acute metabolic encephalopathy, AKI (creatinine 2.6 from baseline 1.0)." Discharged home day 6.

Questions:
1. Principal diagnosis?
2. Secondary diagnoses and which are MCC/CC?
3. PCS code for the stent placement?
4. Would you query for anything? If so, what?

Answer key goes out Friday.

{SIG['at']}""", date=d)

d = rdt()
build("clean", "training", "", P("Parchlane Learning", "learning", V), [JOR, SUP], "RequestTrack 5.0 - training module 2: intake",
      f"""RequestTrack 5.0 Training - Module 2: Intake

In this module you'll log a request from start to finish using the SAMPLE facility (ACR01-TRAIN). All patient records in the training facility are fictitious.

Exercise:
1. Open ACR01-TRAIN and search for sample patient "Jane Sample" (MRN T000123, DOB 01/01/1980).
2. Click New Request. Requester: "Demo Insurance Co." Type: Insurance - underwriting.
3. Upload the sample authorization from the Training Files folder (sample_auth_incomplete.pdf). The auth is missing an expiration date on purpose - RequestTrack 5.0 should flag it. Choose "Return to requester."
4. Now upload sample_auth_complete.pdf and continue to Record Selection.
5. Select the 2 sample encounters and click Quote. Confirm the quote uses the facility fee schedule.

Estimated time: 20 minutes. Completion is recorded in your learning transcript.

Parchlane Learning | learning@parchlanerecords.net""", date=d, html=True,
      atts=[(png_logo((40, 60, 110)), "image", "png", "parchlane_learning.png")])

d = rdt()
build("clean", "training", "", GOR, [P("New Hire - ROI", "newhire.roi"), SUP], "Authorization review exercise",
      f"""Attached are 4 sample authorization forms for fictitious patients. Each has at least one problem. Mark up the PDF or write your answers in an email back to me before Friday.

The forms use made-up names (Pat Q. Example, Chris Sample, etc.) and made-up dates - don't look them up in the EHR, they aren't there.

Gordon

{SIG['ga']}""", date=d,
      atts=[(pdf(["AUTHORIZATION REVIEW EXERCISE - FICTITIOUS PATIENTS - TRAINING USE ONLY", "",
                  "Form A: Patient: Pat Q. Example (fictitious). Recipient: blank. Purpose: 'legal'. Signed 1/2/2024.",
                  "Form B: Patient: Chris Sample (fictitious). Expires: 'never'. Records: 'everything incl. psych'.",
                  "Form C: Patient: Alex Demo (fictitious), age 16. Signed by: grandmother. No guardianship papers.",
                  "Form D: Patient: Robin Testcase (fictitious). Signed 3 years ago. Expiration: 1 year from signature.",
                  "", "For each form: valid or invalid? What is missing? What would you tell the requester?"]),
             "application", "pdf", "Auth_Review_Exercise.pdf")])

d = rdt()
build("clean", "training", "", SAN, [HIMALL, JOR], "Recap: subpoena training + scenarios",
      f"""Thanks to everyone who came to yesterday's session. Recap and the practice scenarios are below for those who missed it.

Key points
 - A subpoena signed only by an attorney is not enough by itself. We need the patient's authorization, a court order, or proof the patient was given notice and had a chance to object (with the required certification).
 - Court orders signed by a judge: produce what the order covers, nothing more.
 - Behavioral health, substance use disorder program records, HIV and reproductive health records have additional protections - route to legal every time.
 - Never produce originals. Certified copies with the custodian affidavit only.
 - Calendar the return date the day it comes in.

Practice scenarios (no real cases)
 1. A subpoena arrives for "all records" of a hypothetical patient with a 2019 inpatient psych stay. No order. What do you do?
 2. A grand jury subpoena from the county prosecutor. Who do you call?
 3. A deposition subpoena asks the records custodian to appear in person next Tuesday. Can we comply with a certified copy instead?

Sandra

{SIG['sk']}""", date=d)

# =================================================================== write
def main():
    os.makedirs(OUT, exist_ok=True)
    counters = {}
    rows = []
    for label, kind, patient, m in MSGS:
        key = f"{label}-{kind}"
        counters[key] = counters.get(key, 0) + 1
        fn = f"{key}-{counters[key]:03d}.eml"
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(m.as_bytes(policy=policy.SMTP))
        rows.append([fn, label, kind, patient])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    for k in sorted(counters):
        print(f"{k}: {counters[k]}")
    print(f"total: {sum(counters.values())}")

if __name__ == "__main__":
    main()
