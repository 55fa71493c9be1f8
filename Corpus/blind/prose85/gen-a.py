#!/usr/bin/env python3
"""Blind evaluation mail set: hospital WOC (wound, ostomy, continence) nursing
service and outpatient ostomy clinic. All people, numbers and organisations are
invented. Run: python3 gen.py OUTDIR"""
import sys, os, io, csv, random, zipfile, zlib, struct, html as htmlmod
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone

SEED = 8501
random.seed(SEED)

HOSP = "lakemontregional.org"
HOSP_NAME = "Lakemont Regional Medical Center"

# ---------------------------------------------------------------- helpers
def D(y, mo, d, h=9, mi=None):
    if mi is None:
        mi = random.randint(0, 59)
    off = -4 if 3 < mo < 11 or (mo == 3 and d > 10) or (mo == 11 and d < 3) else -5
    return datetime(y, mo, d, h, mi, random.randint(0, 59), tzinfo=timezone(timedelta(hours=off)))

def hexs(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))

def mid(domain):
    return "<%s.%s@%s>" % (hexs(16), hexs(6), domain)

def A(name, addr):
    if any(c in name for c in ',.()"'):
        return '"%s" <%s>' % (name.replace('"', ''), addr)
    return "%s <%s>" % (name, addr)

def dom(addr):
    a = addr.split("<")[-1].strip(">").strip()
    return a.split("@")[-1]

def q(text, prefix="> "):
    out = []
    for l in text.strip("\n").splitlines():
        out.append((prefix + l) if l else prefix.rstrip())
    return "\n".join(out)

def wrote(date, who):
    return "On %s, %s wrote:" % (date.strftime("%a, %b %-d, %Y at %-I:%M %p"), who)

def outlook_hdr(frm, date, to, subject, cc=None):
    s = "-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\n" % (
        frm, date.strftime("%A, %B %-d, %Y %-I:%M %p"), to)
    if cc:
        s += "Cc: %s\n" % cc
    s += "Subject: %s\n" % subject
    return s

def fwd_hdr(frm, date, to, subject):
    return ("---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n"
            % (frm, date.strftime("%a, %b %-d, %Y at %-I:%M %p"), subject, to))

def to_html(body, font="Calibri, Arial, sans-serif"):
    parts = []
    for para in body.split("\n\n"):
        lines = [htmlmod.escape(l) for l in para.splitlines()]
        parts.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:%s;font-size:11pt">\n%s\n</body></html>'
            % (font, "\n".join(parts)))

DISCLAIMER = ("CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use "
              "of the intended recipient(s) and may contain confidential and privileged information. Any "
              "unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended "
              "recipient, please contact the sender by reply e-mail and destroy all copies of the original message.")

DISC_SHORT = ("This message may contain confidential information intended only for the addressee. "
              "If you received it in error, please notify the sender and delete it.")

# people -----------------------------------------------------------------
def H(local):
    return local + "@" + HOSP

DANA = A("Kowalczyk, Dana", H("dkowalczyk"))
MARISOL = A("Ibarra, Marisol", H("mibarra"))
TERRENCE = A("Oyelaran, Terrence", H("toyelaran"))
PRIYA = A("Raghunathan, Priya", H("praghunathan"))
JOLENE = A("Fitch, Jolene", H("jfitch"))
WOCTEAM = A("WOC Nursing Team", H("woc.nursing"))
OSTCLINIC = A("Ostomy Clinic", H("ostomyclinic"))
WHITCOMBE = A("Whitcombe, Alan MD", H("awhitcombe"))
FAROUK = A("Farouk, Nadia MD", H("nfarouk"))
BROOKE = A("Salazar, Brooke", H("bsalazar"))
KEVIN = A("Ostrowski, Kevin", H("kostrowski"))
RENEE = A("Gallo, Renee", H("rgallo"))
SAMUEL = A("Adeyemi, Samuel", H("sadeyemi"))
HANNAH = A("Lutz, Hannah", H("hlutz"))
MEILING = A("Cho, Mei-Ling", H("mcho"))
GRACE = A("Pemberton, Grace", H("gpemberton"))  # CNO office / nursing education
OWEN = A("Delgado, Owen", H("odelgado"))  # 4 South nurse manager

SIG = {
 "dana": "Dana Kowalczyk, MSN, RN, CWOCN\nManager, Wound Ostomy Continence Nursing\nLakemont Regional Medical Center\n1400 Harbor Crest Blvd, Lakemont, OH 44099\nOffice 440-555-0142 | Fax 440-555-0149 | Pager 3317",
 "marisol": "Marisol Ibarra, BSN, RN, CWON\nWOC Nurse | Outpatient Ostomy Clinic\nLakemont Regional Medical Center\nP 440-555-0144  F 440-555-0149",
 "terrence": "Terrence Oyelaran BSN RN CWCN COCN\nWound/Ostomy/Continence Nursing\nVocera: \"WOC Nurse\" | ext 4-0146",
 "priya": "Priya Raghunathan, RN, CWOCN\nWOC Nursing Service - Inpatient\nLakemont Regional Medical Center\next. 40145",
 "jolene": "Jolene Fitch\nPatient Access Representative | Ostomy & Wound Clinic, Suite 210\n440-555-0140 (scheduling)  440-555-0149 (fax)",
 "whitcombe": "Alan Whitcombe, MD, FACS\nColon & Rectal Surgery\nLakemont Surgical Associates",
 "kevin": "Kevin Ostrowski\nSenior Buyer, Supply Chain Management\nLakemont Regional Medical Center\n440-555-0231",
 "renee": "Renee Gallo, CPC, CRC\nRevenue Integrity Analyst - Outpatient Clinics\n440-555-0278",
 "hannah": "Hannah Lutz, RN, CCM\nCase Management | 6 West / 6 East\n440-555-0190  pager 2284",
}

# ---------------------------------------------------------------- builders
def build(frm, to, subject, date, body, cc=None, html=None, atts=(), headers=(),
          reply_to=None, in_reply_to=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to if isinstance(to, str) else ", ".join(to)
    if cc:
        m["Cc"] = cc if isinstance(cc, str) else ", ".join(cc)
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = mid(dom(frm))
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    if reply_to:
        m["Reply-To"] = reply_to
    for k, v in headers:
        m[k] = v
    m["MIME-Version"] = "1.0"
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    for att in atts:
        fname, data, ctype = att
        maintype, subtype = ctype.split("/")
        if isinstance(data, str):
            if maintype == "text":
                m.add_attachment(data, subtype=subtype, filename=fname)
            else:
                m.add_attachment(data.encode("utf-8"), maintype=maintype, subtype=subtype, filename=fname)
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return m

ZDATE = (2024, 1, 2, 8, 0, 0)

def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, content)
    return bio.getvalue()

def _x(s):
    return htmlmod.escape(str(s), quote=True)

def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def xlsx(rows, sheet="Sheet1"):
    sd = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (_col(c), r)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(v)))
        sd.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % "".join(sd))
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
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet_xml)])

def docx(paragraphs):
    ps = []
    for p in paragraphs:
        bold = p.startswith("**")
        t = p.strip("*")
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        ps.append('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, _x(t)))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % "".join(ps))
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
    content = ["BT", "/F1 10 Tf", "12 TL", "54 750 Td"]
    for i, l in enumerate(lines):
        content.append("(%s) Tj T*" % esc(l.encode("latin-1", "replace").decode("latin-1")))
    content.append("ET")
    stream = "\n".join(content).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (Lakemont Docs) >>" % esc(title)).encode("latin-1"),
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

def png(w, h, kind="blank"):
    """A real PNG: blank greyish scan page, or a simple two-colour logo block."""
    rows = bytearray()
    for y in range(h):
        rows.append(0)
        for x in range(w):
            if kind == "logo":
                cx, cy = x - w // 2, y - h // 2
                if cx * cx + cy * cy < (min(w, h) // 3) ** 2:
                    px = (0, 94, 133)
                elif abs(cy) < h // 10:
                    px = (120, 190, 32)
                else:
                    px = (255, 255, 255)
            else:
                px = (250, 250, 247) if (x > 6 and y > 6 and x < w - 7 and y < h - 7) else (205, 205, 200)
            rows.extend(px)
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(bytes(rows), 9))
            + chunk(b"IEND", b""))

def ics(summary, start, end, location, desc, uid_dom=HOSP, organizer=None):
    f = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Lakemont Regional//Calendar 2.1//EN", "VERSION:2.0",
             "METHOD:REQUEST", "BEGIN:VEVENT",
             "UID:%s@%s" % (hexs(20), uid_dom),
             "DTSTAMP:%sZ" % start.strftime(f),
             "DTSTART;TZID=America/New_York:%s" % start.strftime(f),
             "DTEND;TZID=America/New_York:%s" % end.strftime(f),
             "SUMMARY:%s" % summary, "LOCATION:%s" % location,
             "DESCRIPTION:%s" % desc.replace("\n", "\\n")]
    if organizer:
        lines.append("ORGANIZER;CN=%s:mailto:%s" % organizer)
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"

def to_csv(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue()

# ---------------------------------------------------------------- registry
REG = []

def reg(label, kind, patient=""):
    def deco(fn):
        REG.append((label, kind, patient, fn))
        return fn
    return deco

# ======================================================================
# PHI - care
# ======================================================================
@reg("phi", "care", "Walter Brandt")
def care1():
    carmen = A("Carmen Ruiz", "cruiz@baysidehomehealth.net")
    d0 = D(2024, 4, 9, 15)
    d1 = D(2024, 4, 9, 16)
    orig = """Hi Marisol,

We got the referral for Walter Brandt this afternoon. SOC is set for Thursday 4/11, our nurse Deb Marchand will be out to the house between 10 and 12. Daughter Karen Brandt-Oakes said she'll be there, her cell is 440-555-0178.

He told our intake person he only has what the hospital sent home with him, about 5 pouches and one box of the rings. Are you sending an order to Meridian or should we? Also is he supposed to be changing every 3 days or every 4?

Thanks,
Carmen Ruiz
Intake Coordinator, Bayside Home Health
P 440-555-0321 | F 440-555-0322"""
    body = """Hi Carmen - thanks for the quick turnaround.

Order went to Meridian today, they should deliver by Friday to 2207 Lindenwood Dr. Change every 3 days and as needed for leaking - I'd rather Deb does the first one with him and Karen watching. He does better if you let him hold the mirror himself.

I put him on our clinic schedule for 4/23 at 1:30. If Deb sees anything she doesn't like she can call me directly at the number below.

Marisol

""" + SIG["marisol"] + "\n\n" + wrote(d0, "Carmen Ruiz <cruiz@baysidehomehealth.net>") + "\n" + q(orig) + "\n\n" + DISCLAIMER
    return build(MARISOL, carmen, "RE: SOC - Brandt, Walter", d1, body,
                 cc=A("Deb Marchand", "dmarchand@baysidehomehealth.net"))

@reg("phi", "care", "Gloria Esposito")
def care2():
    body = """Jolene can you move Gloria Esposito's f/u from the 9th to Tues the 14th, any time after 10? her son is the only one who can drive her and he's off Tuesdays. she has supplies thru the end of the month so no rush on the order.

thx
T

Sent from my iPhone"""
    return build(TERRENCE, JOLENE, "move appt", D(2024, 5, 2, 7, 48), body)

@reg("phi", "care", "Ruth Abernathy")
def care3():
    tasha = A("Tasha Greenlee", "tgreenlee@meridianhomemed.com")
    body = """Good morning Priya,

Quick update on Ruth Abernathy - her order shipped today via UPS, tracking 1Z 7W4 E81 03 4418 2290. Contents:

  - 2-pc drainable pouch, 57 mm, transparent (qty 20)
  - Flat barrier, cut-to-fit up to 45 mm (qty 10)
  - Moldable rings (qty 10)
  - Adhesive remover wipes (1 box)

Heads up - the first box came back to us as undeliverable. We had her at 88 Quarry Rd but her son says she's staying with him now at 1419 Fennimore Ave, Apt 3, Lakemont 44102 until she's back on her feet. We changed the ship-to on our side; if your discharge paperwork still shows Quarry Rd you may want to let home health know too.

She also asked if she can get the pouches with the filter next time. Let me know and I'll just need an updated order from you.

Thank you!
Tasha Greenlee
Customer Care Specialist | Meridian Home Medical Supply
800-555-0163 ext 214 | fax 800-555-0164
www.meridianhomemed.com"""
    html = to_html(body, "Arial, sans-serif")
    return build(tasha, PRIYA, "Order update - ABERNATHY, RUTH", D(2024, 2, 20, 10), body, html=html)

@reg("phi", "care", "Harold Vance")
def care4():
    linda = A("Linda Vance-Morrow", "lindavm62@owlpost.net")
    d0 = D(2024, 6, 17, 21, 14)
    d1 = D(2024, 6, 18, 8, 5)
    orig = """Hello, I got this email from the paper they gave us at discharge. My father Harold Vance came home last Wednesday. He is 81 and lives with me. The bag came off twice in the night and we had a big mess both times, I had to change the sheets at 3am. The home nurse was supposed to come Friday and nobody came, I called them and they said Monday and now it's Monday night and still nothing.

I don't know what I'm doing wrong. We are following the paper. Can someone call me? 440-555-0112. I work until 4 but I can step out.

Thank you
Linda"""
    body = """Hi Linda,

I'm so sorry you've had a rough few nights - that is exhausting for both of you. I'll call you at 12:30 today on your cell.

In the meantime a couple of things that usually help at night:
- empty the pouch before he goes to bed and again if he gets up to use the bathroom, even if it's only 1/3 full
- make sure he's not lying on the pouch side with the belt too tight
- if it's been leaking under the wafer, change it in the morning when his output is slowest, not at night

I also called Visiting Nurse Partners this morning. There was a mix-up with his insurance verification and they are sending someone tomorrow (Wednesday) morning. I'm going to see him myself in clinic on Monday the 24th at 10:00, Suite 210. Bring a couple of extra pouches and the supplies you've been using.

Marisol

""" + SIG["marisol"] + "\n\n" + wrote(d0, "Linda Vance-Morrow <lindavm62@owlpost.net>") + "\n" + q(orig)
    return build(MARISOL, linda, "Re: help with my dad", d1, body, cc=OSTCLINIC)

@reg("phi", "care", "Theodore Nakamura")
def care5():
    body = """Weekend handoff - only one for you, rest are signed off

Theodore Nakamura 5E-14
- POD 4, first pouch change done Fri with me, went fine, he watched
- wife Emiko wants to do the next one herself, she's in every day by 11. let her do it with you there, she's nervous but good with her hands
- he's still on the 1-pc from OR, switched him to 2-pc 45mm, supplies in his room (top drawer)
- dc planned Mon or Tue per team. needs clinic appt ~1wk after dc, Jolene knows
- teaching booklet given, checklist in the chart is about half done
- he asked about going back to golf - told him we'd talk at clinic

That's it, everybody else is quiet. Pager's on me until 1700 today.

Priya"""
    return build(PRIYA, [TERRENCE, WOCTEAM], "weekend handoff 6/22-23", D(2024, 6, 21, 15, 32), body)

@reg("phi", "care", "Benita Salgado")
def care6():
    rides = A("Scheduling - Tri-County Medical Transport", "dispatch@tricountymedtrans.com")
    body = """Hello,

Please schedule a wheelchair van for the following rider:

Rider: Benita Salgado
Pickup: 412 Orchard Lane, Lakemont 44105 (side door, ramp at back of house)
Phone: 440-555-0137 (home) / niece Marta 440-555-0161
Destination: Lakemont Regional Medical Center, Outpatient Pavilion, Suite 210 - Ostomy & Wound Clinic
Appointment: Wednesday 3/13 at 9:30 AM - please arrive by 9:10
Return: will-call, visit usually runs about an hour
Rider will have a small bag of supplies with her. She does not have her own wheelchair, needs yours.

Trip should bill to her Keystone Valley plan same as her last ride on 2/28.

Thank you,

""" + SIG["hannah"] + "\n\n" + DISC_SHORT
    return build(HANNAH, rides, "Ride request 3/13 - Salgado", D(2024, 3, 8, 11), body, cc=JOLENE)

@reg("phi", "care", "Leonard Pruitt")
def care7():
    frm = A("CarePoint Direct Orders", "no-reply@carepointdirect.com")
    body = """CarePoint Direct - Prescriber Action Needed

Dear Lakemont Ostomy & Wound Clinic,

Your patient's supply reorder is on hold until we receive a signed order.

Patient: LEONARD PRUITT
Date of birth: 10/02/1947
CarePoint account: CPD-0044781
Items due: Urostomy pouch w/ anti-reflux valve (A4432) x 20; night drainage bag (A4357) x 2; skin barrier extended wear (A4385) x 10
Last shipment: 01/16/2024
Next ship date (if signed): 02/15/2024

The current standard written order expires on 02/12/2024. Please sign the attached renewal and fax it to 888-555-0199, or sign electronically in the CarePoint Prescriber Portal.

If this patient is no longer under your care, reply to this message with "NOT MY PATIENT" and we will contact him directly.

Reference: RX-HOLD-2024-0207-5531

This is an automated message. Please do not reply except as described above.
CarePoint Direct | 1 Commerce Plaza, Suite 400 | Brookfield, WI 53008"""
    html = """<html><body style="font-family:Helvetica,Arial;font-size:13px;color:#222">
<table width="600" cellpadding="8"><tr><td style="background:#0b5e8a;color:#fff;font-size:18px"><b>CarePoint Direct</b> &mdash; Prescriber Action Needed</td></tr>
<tr><td><p>Dear Lakemont Ostomy &amp; Wound Clinic,</p>
<p>Your patient's supply reorder is on hold until we receive a signed order.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><td>Patient</td><td><b>LEONARD PRUITT</b></td></tr>
<tr><td>Date of birth</td><td>10/02/1947</td></tr>
<tr><td>CarePoint account</td><td>CPD-0044781</td></tr>
<tr><td>Items due</td><td>Urostomy pouch w/ anti-reflux valve (A4432) x 20; night drainage bag (A4357) x 2; skin barrier extended wear (A4385) x 10</td></tr>
<tr><td>Last shipment</td><td>01/16/2024</td></tr><tr><td>Next ship date (if signed)</td><td>02/15/2024</td></tr></table>
<p>The current standard written order expires on 02/12/2024. Please sign the attached renewal and fax it to 888-555-0199, or sign electronically in the CarePoint Prescriber Portal.</p>
<p style="font-size:11px;color:#666">Reference: RX-HOLD-2024-0207-5531. This is an automated message.</p></td></tr></table></body></html>"""
    att = pdf(["CarePoint Direct - Standard Written Order (Renewal)", "",
               "Beneficiary: Leonard Pruitt     DOB: 10/02/1947",
               "Address: 58 Kestrel Court, Lakemont OH 44103",
               "Order date: ____________   Length of need: 99 months", "",
               "A4432  Urostomy pouch, one-piece, with anti-reflux valve     20 / month",
               "A4357  Bedside drainage bag                                    2 / month",
               "A4385  Skin barrier, extended wear, 4x4                        10 / month", "",
               "Prescriber: ______________________  NPI: __________",
               "Signature: _______________________  Date: _________"], "SWO renewal")
    return build(frm, OSTCLINIC, "Action needed: signed order for LEONARD PRUITT", D(2024, 2, 7, 6, 2),
                 body, html=html, atts=[("SWO_Renewal_CPD-0044781.pdf", att, "application/pdf")],
                 headers=[("Auto-Submitted", "auto-generated")])

@reg("phi", "care", "Yvette Delacroix")
def care8():
    deb = A("Deb Marchand", "dmarchand@baysidehomehealth.net")
    d1 = D(2024, 8, 27, 16, 40)
    d2 = D(2024, 8, 28, 9, 2)
    d3 = D(2024, 8, 30, 14, 22)
    d4 = D(2024, 8, 30, 15, 3)
    m1 = """Deb - can you take some pics next visit of the skin at 4-6 o'clock? last time it looked raw. Try the ring under the wafer and stretch the wear time to 4 days if it's holding.
Marisol"""
    m2 = """Will do. She's on my Friday route. She wants to know if she can still take her baths.
Deb"""
    m3 = """Saw Mrs. Delacroix today. The skin at 4-6 o'clock looks a lot better, just a little pink, no open areas. She's using the rings you sent and wear time was 4 days this week, no leaks. Husband is doing the changes with her now. Photos uploaded to the portal under her name.

She still asks about baths - I told her yes, pouch on, and I'd double check with you. Next visit is Friday 9/6, then we're probably going to discharge her from home health if it stays like this.

Deb Marchand, RN
Bayside Home Health
cell 440-555-0329"""
    body = """Great news. Yes to baths with the pouch on, fine. Jolene - please book her a clinic visit in about 4 weeks, after home health ends, so we don't lose track of her. Thanks Deb.

Marisol

________________________________
From: Deb Marchand <dmarchand@baysidehomehealth.net>
Sent: Friday, August 30, 2024 2:22 PM
To: Ibarra, Marisol <mibarra@lakemontregional.org>
Subject: RE: visit

""" + m3 + """

________________________________
From: Deb Marchand <dmarchand@baysidehomehealth.net>
Sent: Wednesday, August 28, 2024 9:02 AM
To: Ibarra, Marisol <mibarra@lakemontregional.org>
Subject: RE: visit

""" + m2 + """

________________________________
From: Ibarra, Marisol <mibarra@lakemontregional.org>
Sent: Tuesday, August 27, 2024 4:40 PM
To: Deb Marchand <dmarchand@baysidehomehealth.net>
Subject: visit

""" + m1
    return build(MARISOL, [deb], "RE: visit", d4, body, cc=JOLENE)

# ======================================================================
# PHI - ids
# ======================================================================
@reg("phi", "ids", "")
def ids1():
    body = """Dana,

Another one for the pile - Keystone Valley denied claim 24031800417 (MRN 00483921, DOS 03/14/24) for the clinic supplies line. Reason code is quantity exceeds allowable, A4414 x 20 billed, plan allows 20 per month but they already paid 10 on the 2/29 DOS so they're counting it toward March.

If the WOC note from 3/14 documents why she needed the extra barriers (leaking, skin breakdown, change in stoma size, whatever it was) I can appeal with the note. Can one of you look and send me a line or two? Appeal deadline is 5/13.

Thanks,
""" + SIG["renee"]
    return build(RENEE, DANA, "Denial - qty exceeds - claim 24031800417", D(2024, 4, 2, 13), body)

@reg("phi", "ids", "")
def ids2():
    frm = A("Orders Team - Meridian Home Medical", "orders@meridianhomemed.com")
    body = """Hello,

We need an updated prescription for the member below. The plan will not cover the increase in drainable pouches without a new order that states the quantity and reason.

Member ID: KVH448102937
DOB: 04/11/1951
Plan: Keystone Valley Medicare Advantage
Requested: A5063 drainable pouch w/ filter - from 15/mo to 20/mo
Reason given by member: "changes more often since new diet"

Member's last name on file starts with D. Please use our order number MHM-7710492 on any paperwork so it matches.

Fax: 800-555-0164

Meridian Home Medical Supply - Orders Team"""
    return build(frm, OSTCLINIC, "Rx needed - Member ID KVH448102937", D(2024, 7, 11, 10), body)

@reg("phi", "ids", "")
def ids3():
    frm = A("KVHP Utilization Management", "um-notify@kvhealthplan.com")
    body = """KEYSTONE VALLEY HEALTH PLAN
Prior Authorization Determination - Provider Notice

Reference #: PA-7734120
Member ID: KVH301874455   Group: 00419-LK
Requesting provider NPI: 1841293376
Service: Outpatient WOC nursing visits (G0299/99211), 6 visits
Date range: 09/03/2024 - 12/02/2024
Determination: APPROVED as requested
Decision date: 08/29/2024

Notes: Approved for peristomal skin management following ileostomy creation 07/2024. Further visits beyond 12/02/2024 require new request with progress notes.

Please do not reply to this email. Log in to KVHP Provider Connect for full determination letter."""
    return build(frm, A("Ostomy Clinic Referrals", H("ostomy.referrals")), "PA Determination PA-7734120", D(2024, 8, 29, 17, 12), body,
                 headers=[("Auto-Submitted", "auto-generated")])

@reg("phi", "ids", "")
def ids4():
    frm = A("Gary Whitt", "gwhitt@northshoredme.com")
    d0 = D(2024, 10, 1, 11)
    prev = """Hi Gary - which patient is this? We have a few with Northshore. Please don't send the full number by email, last 4 is fine.
Jolene"""
    body = """Sorry about that Jolene. It's the beneficiary with MBI ending -HT58, DOB 12/19/1944. Full MBI is on the fax we sent 9/27 (4QR7-WN2-HT58). We billed the 9/12 shipment of belts and convex barriers and Medicare is asking for the face to face note from his visit with your nurse. Our claim # is NDME-24-091277.

Can you fax to 216-555-0183 attn Gary?

Gary Whitt
Billing Specialist, Northshore DME
216-555-0180

""" + wrote(d0, "Fitch, Jolene <jfitch@lakemontregional.org>") + "\n" + q(prev)
    return build(frm, JOLENE, "RE: records request", D(2024, 10, 1, 14), body)

@reg("phi", "ids", "")
def ids5():
    frm = A("EPIC Notifications", "no-reply-ehr@" + HOSP)
    body = """New consult order - Wound/Ostomy/Continence Nursing

Order #: 584412930
Priority: Routine (within 24 hours)
Unit/Bed: 7N-22
MRN: 1190344   CSN: 88120457719
Age/Sex: 78 y.o. F
Ordering provider: Raj Patel, MD (Hospital Medicine)
Reason for consult: Pressure injury - sacrum/coccyx, present on admission per ED RN, 3 x 2 cm, yellow wound bed. Please evaluate and recommend treatment and surface.
Braden score: 12
Contact: 7 North nurses station x4-0711

To acknowledge this order, open In Basket > Consults.
This notification was generated automatically. Do not reply."""
    return build(frm, WOCTEAM, "New WOC consult: 7N-22 (MRN 1190344)", D(2024, 1, 15, 23, 47), body,
                 headers=[("Auto-Submitted", "auto-generated"), ("X-Priority", "3")])

@reg("phi", "ids", "")
def ids6():
    pfs = A("Baptist, Lorraine", H("lbaptist"))
    body = """Hi Dana,

I'm working a billing complaint on account 77100293845 (self-pay, guarantor is the patient). Balance is $412.60 - clinic visit on 2/6 and the supplies that were handed out at that visit.

She says she was told by "the ostomy nurse" that the supplies were samples and wouldn't be charged. I see charges for a convex barrier, 2 pouches, paste and a belt all posted from the clinic supply cabinet. If those were samples from a vendor they shouldn't have been charged at all and I'll write them off. If they were our stock I can offer the self-pay discount.

Could you or whoever saw her on 2/6 let me know? She's calling back Thursday.

Lorraine Baptist
Patient Financial Services - Customer Service
440-555-0255"""
    return build(pfs, DANA, "Acct 77100293845 - supply charges 2/6", D(2024, 3, 4, 10), body)

@reg("phi", "ids", "")
def ids7():
    frm = A("Waiver Case Management", "waiver.cm@lakemontaaa.org")
    body = """Good afternoon,

Re: Case #HC-2023-55812
DOB: 09/30/1948
Medicaid ID: 9100487723XX

The continence supply request from your clinic has been added to the consumer's service plan effective 5/1/2024:
- Adult briefs, large (T4523) - 180/month
- Underpads, disposable (T4541) - 90/month
- Barrier cream - 2 tubes/month

Vendor assigned is CarePoint Direct. The consumer's aide will be trained on the skin care instructions in your letter at the next home visit. Her current 3x weekly aide hours stay the same.

Please send any future requests through the provider portal referencing the case number above.

Rosalind Ekwueme, MSW
Care Manager, Lakemont Area Agency on Aging - PASSPORT Waiver
440-555-0410"""
    return build(frm, A("Raghunathan, Priya", H("praghunathan")), "Case #HC-2023-55812 - supply request approved", D(2024, 4, 24, 14), body,
                 cc=OSTCLINIC)

@reg("phi", "ids", "Okonkwo")
def ids8():
    frm = A("Intake - Aurelle Patient Services", "patientservices@aurelleostomy.com")
    body = """Hello,

We received a patient enrollment form from your clinic for our Aurelle Connect program but we are unable to match it with insurance. The form is missing the patient's first name and the insurance card copy was cut off.

What we have:
Last name: Okonkwo
DOB: 07/22/1939
SSN (last 4): 6218
Product requested: Aurelle SoftConvex 2-pc, 38 mm, closed pouches
Enrollment #: AC-2024-118406

Can someone call us at 877-555-0128 option 2, or fax a complete form to 877-555-0129? We'll hold the free sample kit until we hear back.

Thank you,
Aurelle Patient Services"""
    return build(frm, OSTCLINIC, "Incomplete enrollment AC-2024-118406", D(2024, 9, 16, 12), body)

# ======================================================================
# PHI - lang
# ======================================================================
@reg("phi", "lang", "Rosa Villalobos")
def lang1():
    rosa = A("Rosa Villalobos", "rosavillalobos58@pinecrestmail.com")
    d0 = D(2024, 5, 9, 17, 20)
    orig = """Buenas tardes señorita Marisol,

Soy Rosa Villalobos, usted me vio en la clínica el mes pasado después de mi operación. Le escribo porque la bolsa se me está despegando cada dos días y la piel alrededor del estoma la tengo muy roja y me arde cuando pongo la barrera nueva. Ya probé con el polvo que me dio pero sigue igual.

También quería preguntarle si me pueden mandar más anillos, ya solo me quedan 3. Mi seguro es el mismo (Keystone).

¿Me puede dar una cita antes del 20? Los martes no puedo porque mi hija trabaja y ella es la que me lleva.

Gracias, que Dios la bendiga
Rosa Villalobos
440-555-0106"""
    body = """Hola Sra. Villalobos,

Gracias por escribirme. Lo que usted describe pasa mucho en los primeros meses porque el estoma se va haciendo más pequeño y el agujero de la barrera ya le puede quedar grande.

Le hice una cita para el jueves 16 de mayo a las 11:00 am en la clínica (Pabellón de Consultas Externas, Suite 210). Traiga su medidor y dos cambios completos de bolsa.

Mientras tanto:
- corte la barrera solo 2-3 mm más grande que el estoma
- use el polvo solo donde la piel está abierta y quite el exceso con una gasa seca
- ponga el anillo antes de la barrera
- si el estoma se pone morado u oscuro, o sangra y no para, vaya a Emergencias

Ya le pedí más anillos a Meridian, le deben llegar esta semana.

Saludos,
Marisol

""" + SIG["marisol"] + "\n\n" + wrote(d0, "Rosa Villalobos <rosavillalobos58@pinecrestmail.com>") + "\n" + q(orig)
    return build(MARISOL, rosa, "RE: Cita y problema con la bolsa", D(2024, 5, 10, 8, 15), body)

@reg("phi", "lang", "Trần Văn Phúc")
def lang2():
    frm = A("Hanh Tran", "hanh.tran.thi@bluewave-isp.net")
    body = """Chào các cô ở phòng khám,

Tôi là Trần Thị Hạnh, con gái của ông Trần Văn Phúc (sinh ngày 03/05/1946). Bố tôi mổ bàng quang hồi tháng 2 ở bệnh viện Lakemont và bây giờ nước tiểu ra túi (urostomy).

Từ tháng này bảo hiểm của bố tôi đổi sang Keystone Valley nên công ty giao đồ CarePoint nói phải có giấy bác sĩ mới thì mới gửi được. Ở nhà chỉ còn khoảng 6 cái túi và 1 cái túi đêm thôi. Xin phòng khám gửi giấy cho CarePoint giúp tôi.

Bố tôi không đọc được tiếng Anh. Nếu cần gọi thì xin gọi cho tôi số 440-555-0153, hoặc nhờ thông dịch viên tiếng Việt.

Cảm ơn rất nhiều.
Hạnh"""
    return build(frm, OSTCLINIC, "Hỏi về đồ dùng cho bố tôi - ông Trần Văn Phúc", D(2024, 3, 5, 20, 41), body)

@reg("phi", "lang", "李秀英")
def lang3():
    frm = A("Wang Jianguo", "jg.wang1974@mailhaven-us.com")
    body = """您好，

我是李秀英的儿子王建国。我妈妈上个月在你们医院做了肠造口手术，现在住在我家。这几天造口周围的皮肤很红，有一点破皮，她说换袋子的时候很痛。家庭护士要周五才来。

请问可以把她的门诊预约提前吗？原来约的是4月18日下午2点。我们星期一和星期三上午都可以。她不会说英语，麻烦安排普通话翻译。

另外，出院时给的底盘剪口是35毫米，现在好像有点大，周围露出一圈皮肤，要不要换小一点的？

谢谢！
王建国
手机：440-555-0184"""
    html = to_html(body, "'Microsoft YaHei', SimSun, sans-serif")
    return build(frm, OSTCLINIC, "关于我母亲李秀英的造口和门诊预约", D(2024, 4, 8, 21, 3), body, html=html)

@reg("phi", "lang", "Валентина Сорокина")
def lang4():
    frm = A("Валентина Сорокина", "v.sorokina@northstar-isp.net")
    body = """Здравствуйте, Терренс!

Это Валентина Сорокина, вы меня консультировали в марте по поводу недержания после операции. Заказ от CarePoint до сих пор не пришёл, хотя обещали доставку 2 мая. Я звонила им два раза, говорят, ждут подписи от вашего отделения.

И ещё: размер M мне мал, натирает на бёдрах, появилось покраснение. Можно ли заказать L? И ту мазь с цинком, которую вы давали, она очень помогла, можно её добавить в заказ?

Упражнения для тазового дна делаю каждый день, как вы показывали. Ночью стало лучше — встаю 1–2 раза вместо 4.

С уважением,
Валентина Сорокина
тел. 440-555-0127"""
    return build(frm, TERRENCE, "Заказ прокладок — не пришёл", D(2024, 5, 8, 9, 55), body)

@reg("phi", "lang", "Jean-Robert Pierre-Louis")
def lang5():
    frm = A("Marie-Ange Pierre-Louis", "mapierrelouis@owlpost.net")
    body = """Bonjou Mis,

Mwen se Marie-Ange Pierre-Louis, madanm Jean-Robert Pierre-Louis. Li te soti lopital la (7 Nò) 12 mas. Blesi ki sou ba do li a, bò koksis la, pa vin pi piti. Li gen yon ti sant epi pansman an mouye chak jou. Enfimyè lakay la vini de fwa pa semèn sèlman.

Doktè a te di nou t ap jwenn yon matla espesyal (matla lè) men li poko rive. Mwen vire l chak 2 èdtan menm lannwit, men mwen fatige anpil.

Tanpri, èske ou ka rele m? 440-555-0196. Mwen pale yon ti kras angle, pitit fi m Stephanie ka tradui pou nou.

Mèsi anpil, Bondye beni w.
Marie-Ange"""
    return build(frm, WOCTEAM, "Blesi sou do mari m - Jean-Robert Pierre-Louis", D(2024, 3, 21, 19, 30), body)

@reg("phi", "lang", "Ferdinand Agustin")
def lang6():
    rhea = A("Manalo, Rhea", H("rmanalo"))
    joy = A("Dizon, Joy", H("jdizon"))
    body = """Joy,

Pakisabi sa night shift: si Mr. Ferdinand Agustin sa 4S-09, may bagong DTI sa kanang sakong (R heel), purple, mga 3 cm. Nakita na ni Terrence kanina (WOC). Ang order:
- heels off-loaded lagi, gamitin yung heel boots, huwag lang ipatong sa unan
- ikot every 2 hours, nasa turning clock sa pinto
- yung sacrum niya okay pa, blanchable pa
- pakicheck din ang brief, basa siya kanina nang matagal kaya nagkaroon ng konting IAD sa singit. Barrier cream lang after every linis, walang powder.

Yung anak niya si Grace tatawag mamayang gabi, gusto niya makausap ang nurse tungkol sa sugat. Okay lang sabihin ang plano, nasa chart na rin ang notes ni Terrence.

Salamat, ingat sa duty!
Rhea

Rhea Manalo, BSN, RN
4 South Med-Surg | Skin Champion"""
    return build(rhea, joy, "si Mr. Agustin 4S-09 - heel", D(2024, 10, 14, 18, 10), body, cc=TERRENCE)

@reg("phi", "lang", "Fernanda Albuquerque Rocha")
def lang7():
    frm = A("Fernanda Rocha", "fer.albuquerque.rocha@pinecrestmail.com")
    body = """Olá, boa tarde!

Aqui é a Fernanda Albuquerque Rocha, sou paciente da clínica de estomia desde janeiro (ileostomia). Vou viajar para Belo Horizonte no dia 14 de julho e fico 5 semanas lá com a minha mãe. Preciso de duas coisas:

1) uma carta em inglês dizendo que eu uso bolsa de ileostomia e preciso levar o material na bagagem de mão (tesoura curva, pasta, anéis etc.) para mostrar no aeroporto;
2) saber se posso pedir à Meridian uma entrega extra antes da viagem, porque vou precisar de uns 40 dias de material.

Também queria perguntar sobre desidratação no calor de lá, porque às vezes a bolsa enche muito rápido à tarde e fico com cãibras.

Obrigada pela atenção!
Fernanda
(440) 555-0175

Enviado do meu celular"""
    return build(frm, MARISOL, "Viagem ao Brasil - carta e material", D(2024, 6, 19, 13, 48), body)

@reg("phi", "lang", "김정호")
def lang8():
    frm = A("박미숙", "misook.park67@mailhaven-us.com")
    d0 = D(2024, 11, 4, 22, 17)
    orig = """안녕하세요, 간호사님.

저는 김정호 환자의 아내 박미숙입니다. 남편이 지난달 22일에 회장루 수술을 받고 퇴원했는데요, 요즘 주머니가 하루에 7~8번이나 차서 밤에도 계속 비워야 합니다. 물을 많이 마시라고 해서 마시고 있는데 소변이 적게 나오고 일어서면 어지럽다고 합니다.

이런 경우에 병원에 바로 가야 하나요? 외래 예약은 다음 주 화요일 오후 1시로 되어 있습니다.

그리고 주머니랑 피부보호판이 얼마 안 남았는데, 어디로 주문하면 되는지 알려주시면 감사하겠습니다.

제 번호는 440-555-0119입니다. 한국어 통역 부탁드립니다.

감사합니다.
박미숙 드림"""
    body = """Mrs. Park - I asked our Korean interpreter to call you this morning together with me.
박미숙님, 오늘 오전에 한국어 통역사와 함께 전화드리겠습니다. 어지럽고 소변이 적으면 탈수일 수 있으니 오늘 응급실로 오시거나 저희에게 바로 전화 주세요 (440-555-0145). 물만 마시지 마시고 이온음료(전해질 음료)를 같이 드세요. 주머니 주문은 제가 Meridian에 넣어 드렸습니다.

Priya Raghunathan, RN, CWOCN

""" + wrote(d0, "박미숙 <misook.park67@mailhaven-us.com>") + "\n" + q(orig)
    return build(PRIYA, frm, "RE: 김정호 환자 장루 관련 문의드립니다", D(2024, 11, 5, 7, 52), body,
                 cc=A("Interpreter Services", H("interpreters")))

# ======================================================================
# PHI - lists
# ======================================================================
@reg("phi", "lists", "Eleanor Whitford; Marcus Dubois; Shirley Kaminski; Raymond Osei; Patricia Lungren; Dwayne Hollister; Agnes Mbeki")
def lists1():
    body = """Morning list 1/22 - 7 new + f/u. I'll take 5th-7th floors, Terrence take ICU + 4S please.

RM     PATIENT              MRN       REASON                               NOTES
5E-03  Whitford, Eleanor    1182734   new colostomy POD2, teaching         daughter here after 3
5E-11  Dubois, Marcus       1049921   high output ileo, leaking x3          ?convex, dietitian aware
6W-07  Kaminski, Shirley    0977410   sacral stage 3, NPWT chg M/W/F       vac due today 1400
6W-19  Osei, Raymond        1201556   urostomy mark pre-op                  OR tomorrow 0730
ICU-4  Lungren, Patricia    1139008   DTPI occiput + ET tube lip            proning d/c'd yesterday
4S-12  Hollister, Dwayne    0861245   IAD perineum/buttocks, FMS in place   check fecal mgmt seal
4S-20  Mbeki, Agnes         1210037   heel unstageable L                    podiatry following

f/u only: 5E-14 (peristomal), 6W-02 (trach site), 7N-22 (sacrum)

Priya
x40145"""
    return build(PRIYA, [WOCTEAM], "WOC list Mon 1/22", D(2024, 1, 22, 7, 12), body)

@reg("phi", "lists", "Gerald Finch; Angela Ruiz-Tapia; Samuel Whitlock; Doreen McAllister; Hiroshi Tanabe; Loretta Quinlan")
def lists2():
    body = """Hi all, here's tomorrow (Thu 9/19) for Suite 210. Rm 3 is still out for the sink repair so everyone is in 1 and 2.

TIME  | PATIENT               | DOB        | VISIT TYPE          | RN       | NOTES
08:30 | Finch, Gerald         | 02/14/1950 | post-op 1st visit   | Marisol  | colostomy, wife drives
09:30 | Ruiz-Tapia, Angela    | 11/03/1987 | f/u peristomal skin | Marisol  | Spanish interp booked
10:30 | Whitlock, Samuel      | 06/28/1962 | pre-op marking      | Terrence | Dr. Whitcombe OR 9/24
11:30 | McAllister, Doreen    | 08/09/1941 | pessary / continence| Terrence | bring bladder diary
13:00 | Tanabe, Hiroshi       | 01/30/1956 | urostomy supplies   | Marisol  | new Meridian order
14:00 | Quinlan, Loretta      | 04/17/1970 | hernia belt fitting | Marisol  | Aurelle rep to bring sizes

Auths: Finch and Tanabe verified. Still waiting on Whitlock's plan to call back.

Jolene

""" + SIG["jolene"]
    return build(JOLENE, [MARISOL, TERRENCE], "Clinic schedule Thu 9/19", D(2024, 9, 18, 15, 5), body,
                 cc=DANA)

@reg("phi", "lists", "Carl Brennan; Judith Amato; Felix Ocampo; Norma Pettigrew; Reginald Tubbs; Iris Van Doren; Wendell Faircloth; Beatriz Solano")
def lists3():
    frm = A("Tasha Greenlee", "tgreenlee@meridianhomemed.com")
    rows = [["Order#", "Patient Last", "Patient First", "DOB", "Payer", "Member ID", "Items", "Qty/mo", "Order Sent", "Status"],
            ["MHM-7710211", "Brennan", "Carl", "1949-05-02", "Medicare B", "5HK2-TR4-QW19", "A4414;A5063", "20;20", "2024-06-28", "Unsigned"],
            ["MHM-7710288", "Amato", "Judith", "1958-12-14", "KVHP MA", "KVH220918374", "A4407;A5063;A4406", "10;20;2", "2024-07-01", "Unsigned"],
            ["MHM-7710302", "Ocampo", "Felix", "1966-03-09", "Buckeye Medicaid", "9100377516", "A4432;A4357", "20;2", "2024-07-01", "Missing NPI"],
            ["MHM-7710345", "Pettigrew", "Norma", "1938-09-25", "Medicare B", "7MW3-EP8-RK42", "A4385;A4416", "10;60", "2024-07-02", "Unsigned"],
            ["MHM-7710390", "Tubbs", "Reginald", "1955-01-30", "KVHP Commercial", "KVH118033917", "A4414;A5063;A4367", "20;20;1", "2024-07-03", "Face-to-face note needed"],
            ["MHM-7710412", "Van Doren", "Iris", "1972-07-07", "Medicare B", "2UP9-JF6-NA33", "A4407;A5061", "10;20", "2024-07-05", "Unsigned"],
            ["MHM-7710459", "Faircloth", "Wendell", "1944-10-18", "Medicare B", "9KC4-DY1-VX07", "A4385;A4432;A4357", "10;20;2", "2024-07-08", "Qty over limit - need reason"],
            ["MHM-7710470", "Solano", "Beatriz", "1980-02-21", "KVHP MA", "KVH330091284", "A4414;A5063;A4405", "20;20;4", "2024-07-08", "Unsigned"]]
    body = """Hi Dana and team,

Attached is the open orders report for Lakemont Ostomy & Wound Clinic as of this morning. Eight are waiting on signatures or paperwork from your side; a couple of them are getting close to running out so anything you can sign this week would be a big help.

Thanks as always,
Tasha

Tasha Greenlee
Customer Care Specialist | Meridian Home Medical Supply
800-555-0163 ext 214"""
    return build(frm, [DANA, OSTCLINIC], "Open orders - pending signatures", D(2024, 7, 10, 9, 30), body,
                 atts=[("Lakemont_open_orders_20240710.csv", to_csv(rows), "text/csv")])

@reg("phi", "lists", "Mildred Haskins; Tobias Grünwald; Olivia Freeman; Anthony Serrano; Clarence Boyd; Rosemary Thibodeaux; Deshawn Pryor; Ingrid Solberg; Vernon Aldridge")
def lists4():
    rows = [["Q3 2024 Pressure Injury Prevalence - Day of Survey 08/15/2024", "", "", "", "", "", "", ""],
            ["Unit", "Bed", "Patient", "MRN", "Location", "Stage", "POA/HAPI", "Device-related"],
            ["4S", "04", "Haskins, Mildred", "0712288", "Sacrum", "Stage 2", "HAPI", "N"],
            ["4S", "17", "Grünwald, Tobias", "1190571", "R heel", "DTPI", "HAPI", "N"],
            ["5E", "08", "Freeman, Olivia", "1204419", "Coccyx", "Stage 3", "POA", "N"],
            ["6W", "12", "Serrano, Anthony", "1032280", "Bridge of nose", "Stage 2", "HAPI", "Y - BiPAP mask"],
            ["6W", "21", "Boyd, Clarence", "0899143", "Sacrum", "Unstageable", "POA", "N"],
            ["7N", "05", "Thibodeaux, Rosemary", "1177360", "L ischium", "Stage 4", "POA", "N"],
            ["ICU", "02", "Pryor, Deshawn", "1215502", "Occiput", "DTPI", "HAPI", "Y - c-collar"],
            ["ICU", "09", "Solberg, Ingrid", "1160824", "L ear", "Stage 2", "HAPI", "Y - O2 tubing"],
            ["7N", "18", "Aldridge, Vernon", "0954417", "Sacrum", "Stage 2", "HAPI", "N"],
            ["", "", "", "", "", "", "", ""],
            ["Patients surveyed", 212, "", "", "", "", "", ""],
            ["HAPI stage 2+", 6, "", "", "", "", "", ""],
            ["HAPI rate", "2.83%", "", "", "", "", "", ""]]
    body = """Grace, Owen -

Attached is the Q3 prevalence day workbook with the unit-level detail. 6 HAPIs this time (vs 9 in Q2), 3 of them device-related, which is where I'd like us to focus for Q4. Nursing quality committee gets the summary slide only - please don't forward the workbook outside the skin champion group.

Dana

""" + SIG["dana"]
    return build(DANA, [GRACE, OWEN], "Q3 PI prevalence results", D(2024, 8, 22, 16, 20), body,
                 cc=[PRIYA, TERRENCE],
                 atts=[("PI_Prevalence_Q3_2024_detail.xlsx", xlsx(rows, "Q3 detail"),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])

@reg("phi", "lists", "Ernestine Walcott; Bruno Kessler; Lucille Amadi; Dennis Fairweather; Phyllis Crane")
def lists5():
    carmen = A("Carmen Ruiz", "cruiz@baysidehomehealth.net")
    body = """Hi Marisol,

These are the referrals from Lakemont this week that need WOC visit orders signed before our nurses can do ostomy teaching. All are open with us already:

Ernestine Walcott - 03/22/1945 - new colostomy, lives alone, needs teaching x4 visits
Bruno Kessler - 11/08/1952 - ileostomy, leaking, wife does changes
Lucille Amadi - 06/15/1960 - urostomy, night bag setup, needs supplies started
Dennis Fairweather - 01/04/1939 - sacral wound + colostomy, wound vac at home
Phyllis Crane - 09/12/1948 - colostomy, hard of hearing, son present for visits

Can you or Dr. Whitcombe's office sign the 485s? Faxing them over now to 440-555-0149.

Thanks!
Carmen
Bayside Home Health Intake
440-555-0321"""
    return build(carmen, MARISOL, "orders needed - 5 pts", D(2024, 10, 23, 11, 40), body,
                 cc=A("Whitcombe Office", "surgery.office@lakemontsurgical.com"))

@reg("phi", "lists", "Harriet Bishop; Leon Castillo; Margarethe Vogt; Everett Simms; Cora Langley; Jasper Nwosu")
def lists6():
    body = """Owen,

Here's where we are with the brief/underpad trial on 4S. Copied out of the tracking sheet, let me know if the columns come through weird.

Room\tPatient\tMRN\tStart\tProduct\tIAD at start\tIAD day 7\tComments
4S-02\tBishop, Harriet\t0821145\t10/01\tAirflow pad only\tnone\tnone\tambulatory w/ assist, urge
4S-05\tCastillo, Leon\t1198820\t10/01\tBrief L + pad\tmild\tnone\tcondom cath refused
4S-09\tVogt, Margarethe\t1022973\t10/02\tAirflow pad only\tmoderate\tmild\tdouble incont., FMS removed 10/3
4S-14\tSimms, Everett\t1187401\t10/03\tPad only\tnone\tnone\tdc'd 10/6
4S-18\tLangley, Cora\t0933316\t10/03\tBrief M + pad\tmild\tmild\tstaff still double-padding nights
4S-22\tNwosu, Jasper\t1209917\t10/04\tAirflow pad only\tnone\tnone\t

Big thing is still the double padding on nights (Cora Langley this week). Can you bring it up at huddle? I'll do an in-service on 10/17.

Terrence"""
    return build(TERRENCE, OWEN, "4S continence product trial - wk 1", D(2024, 10, 9, 14, 2), body, cc=DANA)

@reg("phi", "lists", "Franklin Oduya; Maureen Castellano; Dale Ingersoll; Sun-Hee Lim")
def lists7():
    d1 = D(2024, 2, 2, 16, 30)
    d2 = D(2024, 2, 5, 8, 44)
    d3 = D(2024, 2, 5, 10, 12)
    inner = """Hi Hannah - new ostomates going home this week so you can line up HH and supplies:

- Franklin Oduya, 5E-06, end colostomy, dc Mon 2/5, VNP accepted, Meridian order sent
- Maureen Castellano, 5E-15, loop ileostomy, dc Tue 2/6, needs HH agency - her plan is KVHP
- Dale Ingersoll, 6W-10, urostomy, dc Wed-ish, wife wants to do teaching at home
- Sun-Hee Lim, 5E-02, colostomy, dc TBD, Korean interpreter for all teaching

clinic appts made for all except Lim.
Priya"""
    mid_msg = """Got it, thanks. Castellano - Bayside took her. Still working on Ingersoll, his wife asked for VNP specifically.
Hannah"""
    body = """Dana - fyi, this is the thread I mentioned at bed meeting. Going forward can your team put these in the shared discharge tracker instead of email? Easier for everybody and I won't lose them.

Hannah

""" + fwd_hdr("Lutz, Hannah <hlutz@lakemontregional.org>", d2, "Raghunathan, Priya <praghunathan@lakemontregional.org>",
               "RE: ostomy dc's this week") + "\n" + mid_msg + "\n\n" + wrote(d1, "Raghunathan, Priya <praghunathan@lakemontregional.org>") + "\n" + q(inner)
    return build(HANNAH, DANA, "Fwd: RE: ostomy dc's this week", d3, body)

# ======================================================================
# PHI - names
# ======================================================================
@reg("phi", "names", "Despina Petrakis")
def names1():
    body = """Dr. Whitcombe,

Saw Mrs. Petrakis this morning on 5E. Her stoma has pulled back since Friday - it's about flush with the skin now at 6 o'clock, maybe 2-3 mm below at the worst spot, and there's some separation at the mucocutaneous junction from 5 to 7 o'clock, shallow, filled with a bit of calcium alginate. Stoma itself is pink and moist.

She's been leaking every 12-18 hours on the flat barrier. I switched her to a soft convex with a belt and a ring, and told nursing not to cut it bigger than 32 mm. She's very anxious about going home with it leaking - the husband is, too.

Are you okay with keeping her an extra day to see if the convexity holds? I'll look again at 1500.

Thanks,
Priya

""" + SIG["priya"]
    return build(PRIYA, WHITCOMBE, "Petrakis - stoma retraction", D(2024, 3, 18, 10, 22), body, cc=HANNAH)

@reg("phi", "names", "Eamon Fitzgerald")
def names2():
    body = """He's doing fine with the convex. Leak-free since the 3rd. Skin at 3 o'clock healed. Still 2 wks out from chemo starting - I'll see him the week after to recheck sizing since he's dropped about 10 lbs.

M"""
    return build(MARISOL, WHITCOMBE, "Fitzgerald, Eamon - f/u", D(2024, 4, 12, 16, 44), body)

@reg("phi", "names", "Dolores")
def names3():
    body = """Brooke -

Good news on Dolores in 3B: she finally let us change the pouch today. Took two of us and a lot of talking, but the skin underneath is much better than I expected, just some redness where the old wafer was. I left a picture chart at the bedside for nights and the instructions on the whiteboard. Please don't let anyone put the cream under the barrier, it won't stick.

She told me her granddaughter is the one who'll be helping at home, so if she visits on your shift, page me and I'll come up to show her.

Terrence"""
    return build(TERRENCE, BROOKE, "Dolores (3B)", D(2024, 7, 3, 13, 58), body)

@reg("phi", "names", "Marlene Hutchins")
def names4():
    d0 = D(2024, 11, 12, 9, 10)
    prev = """Marisol - can you see Hutchins, Marlene sometime this week? Oncology says her peristomal skin is breaking down since she started the new regimen. She's got a port and is in the infusion center Weds 10-2.
- Kim (Oncology Nurse Navigator)"""
    body = """Kim,

Yes - I'll walk over to infusion Wednesday around 11:30 and see her in her chair, I'll bring supplies. If it's what I think (irritant dermatitis from the output getting more liquid), she'll need a ring and more frequent emptying, and I'll talk to her oncologist about the diarrhea.

Marisol

""" + wrote(d0, "Kim Thao <kthao@lakemontregional.org>") + "\n" + q(prev)
    return build(MARISOL, A("Thao, Kim", H("kthao")), "RE: Hutchins, Marlene - peristomal skin", D(2024, 11, 12, 11, 5), body)

@reg("phi", "names", "Arthur Lindqvist")
def names5():
    d0 = D(2024, 5, 21, 15, 30)
    d1 = D(2024, 5, 21, 17, 2)
    m0 = """Hannah - Arthur Lindqvist in 6W-04 (urostomy, POD 6) is ready from our side. He can do a full change himself now, drains to night bag fine. His only issue is eyesight, he needs the pre-cut barriers (28 mm) because he can't see to cut. I sent the Meridian order with pre-cut. He wants his neighbor to pick him up instead of the son.
Priya"""
    m1 = """Great, thanks Priya. Neighbor can't come until Thursday though - can we keep him on the list for Thursday morning dc and would you be willing to do one more change with him Wednesday?
Hannah"""
    body = "Yes, that works.\n\nPriya\n\n" + wrote(d1, "Lutz, Hannah <hlutz@lakemontregional.org>") + "\n" + q(m1) + "\n>\n" + q(wrote(d0, "Raghunathan, Priya <praghunathan@lakemontregional.org>") + "\n" + q(m0))
    return build(PRIYA, HANNAH, "RE: 6W dc planning", D(2024, 5, 21, 17, 30), body)

@reg("phi", "names", "Jean-Claude Baptiste")
def names6():
    rep = A("Brian Hadley", "bhadley@aurelleostomy.com")
    body = """Hi Brian,

Thinking Mr. Baptiste would be a good fit for the deep convex sample you left - he has a retracted end colostomy with a skin fold at 7 o'clock when he sits and he's been leaking through the flat barrier plus paste every 1-2 days. He's a big guy and his belt keeps riding up.

Could you drop off a 38 mm cut-to-fit deep convex and the wider belt when you're here Thursday? He's in clinic at 2. I'm not asking you to sit in on the visit, just leave the samples at the front desk with Jolene.

Thanks,
Marisol"""
    return build(MARISOL, rep, "sample request for Thursday", D(2024, 8, 6, 12, 15), body)

@reg("phi", "names", "Mrs. Yoon")
def names7():
    d0 = D(2024, 9, 9, 10, 14)
    prev = """Mei-Ling, Mrs. Yoon on 5E (ileostomy, 10 days post-op) is putting out 1800-2200 ml/day and her creatinine went up this morning. Team started loperamide. She's eating mostly fruit and salad because she thinks it's "healthy". Can you see her today? I've done the high output teaching but it's not sticking.
Terrence"""
    body = """Saw her at 1:30. Her daughter does the shopping, so I went over the list with both of them - white rice, bananas, pasta, peanut butter, oral rehydration solution instead of plain water, limit the sugary juices. Told her to salt her food, which she did not like at all.

Gave her the high output diet handout in Korean too, she seemed more comfortable with that. I'll recheck output and weight Wednesday. Please let me know if team adds a second antidiarrheal.

Mei-Ling Cho, MS, RDN, LD
Clinical Dietitian - Surgical Units
ext 4-0512

""" + wrote(d0, "Oyelaran, Terrence <toyelaran@lakemontregional.org>") + "\n" + q(prev)
    return build(MEILING, TERRENCE, "RE: high output - 5E", D(2024, 9, 9, 14, 20), body)

@reg("phi", "names", "Rodrigo Castellanos")
def names8():
    body = """Owen,

Following up on the safety event from Saturday. I looked at Mr. Castellanos' left heel with Terrence yesterday. It's a deep tissue pressure injury, about 4 x 3 cm, and the shape matches the edge of the SCD sleeve exactly. So this one is device-related, not just positioning. It was not documented on his admission skin check on 10/24, so it will count as hospital-acquired.

What I'd like for the RCA:
- who placed the sleeve and whether the heel was floated at the time
- skin checks for the 10/25-10/27 night shifts
- whether the turning schedule was followed - the flowsheet has a 7 hour gap on 10/26

He's on the low air loss surface now, heels floated in boots, and ortho knows. His wife asked his nurse what happened - please make sure she gets a call from you or the charge nurse today, not just a note in the chart.

Dana

""" + SIG["dana"] + "\n\n" + DISCLAIMER
    return build(DANA, OWEN, "SE #24-1187 heel DTPI - 4S", D(2024, 10, 29, 8, 5), body, cc=[TERRENCE, GRACE])

# ======================================================================
# PHI - self
# ======================================================================
@reg("phi", "self", "Frank Mazur")
def self1():
    frm = A("frank mazur", "fmazur1953@northstar-isp.net")
    body = """hi this is frank mazur, i was in to see marisol 2 wks ago. the bag keeps coming loose at night again, 3 nights out of the last 5. i am doing it like she showed me with the ring. skin is ok. i have maybe 6 of the convex ones left. can someone call me, i dont check this much

frank
440-555-0198

Sent from my Verizon, Samsung Galaxy smartphone"""
    return build(frm, OSTCLINIC, "bag", D(2024, 1, 29, 6, 12), body)

@reg("phi", "self", "Judith Amato")
def self2():
    frm = A("Judith Amato", "judyamato@mailhaven-us.com")
    body = """To whom it may concern at Meridian,

I am writing for the third time about my July order (MHM-7710288). I have a colostomy and I use the convex barriers and drainable pouches prescribed by the Lakemont ostomy clinic. My order was supposed to ship July 5. It is now July 22 and I have four pouches left.

When I called on the 15th I was told you were waiting for my doctor's signature. When I called the clinic they told me they faxed it on the 11th. Then I got a bill from you for $86.40 for "non-covered items" from June, which I never had before. My Keystone Valley card has not changed (member ID KVH220918374).

Please ship my order and explain this bill. I am copying my ostomy nurse so she knows what is going on.

Judith Amato
1180 Beechwood Terrace
Lakemont, OH 44104
440-555-0117"""
    return build(frm, A("Meridian Customer Care", "care@meridianhomemed.com"), "Order MHM-7710288 still not shipped + bill",
                 D(2024, 7, 22, 11, 31), body, cc=MARISOL)

@reg("phi", "self", "Kristen Albright")
def self3():
    frm = A("Albright, Kristen", H("kalbright"))
    body = """Hi Dana,

I hope it's ok to email you directly. I'm one of the nurses on 6 East (nights) and I'm coming back from medical leave on the 15th. You probably heard through the grapevine that I had surgery in March - I have a colostomy now, hopefully temporary.

I'm doing fine but I'm nervous about 12-hour shifts. Two questions:
1. Is there somewhere private on 6E or nearby where I can change if I need to? The staff bathroom on 6E doesn't have a shelf or a mirror.
2. Can I keep a small bag of supplies in the clean utility room or should I keep it in my locker?

Employee Health has my return-to-work note so I don't need anything official, I just thought you'd know the practical side better than anyone. And if you know whether the Keystone employee plan covers the Aurelle barriers I'd love to hear it, my supplier says they're "out of network."

Thanks so much,
Kristen

Kristen Albright, BSN, RN
6 East Surgical - Nights"""
    return build(frm, DANA, "coming back to work - quick question", D(2024, 4, 2, 21, 6), body)

@reg("phi", "self", "Gordon Pelletier")
def self4():
    frm = A("Gordon Pelletier", "gpelletier@lakeshorecable.net")
    d0 = D(2024, 6, 3, 14, 40)
    prev = """Mr. Pelletier,

Thank you for your message. Your plan issued the denial, so the appeal has to come from you or from us on your behalf. If you forward the letter, our billing office can look at it.

Jolene Fitch
Ostomy & Wound Clinic"""
    body = """Jolene,

Here is what the letter says, I typed it out because the scanner isn't working:

"Keystone Valley Health Plan. Member: Gordon R. Pelletier. Member ID KVH509118264. Claim 24051100892. Date of service 05/02/2024. Service: ostomy nursing visit and supplies. Determination: Denied. Reason: Service not covered under plan without referral from primary care physician."

My primary care doctor is Dr. Susan Keel at Lakemont Family Medicine, she did send a referral, I have it in the portal dated 4/22. I had my urostomy done in February and I have been coming to your clinic for the leaking and the rash since then. I don't understand why May is denied and March and April were not.

Please let me know what you need from me. I'd like your billing office to appeal it for me if they can.

Gordon Pelletier
DOB 8/14/1957
440-555-0133

""" + wrote(d0, "Fitch, Jolene <jfitch@lakemontregional.org>") + "\n" + q(prev)
    return build(frm, JOLENE, "Re: denial letter", D(2024, 6, 4, 19, 12), body)

@reg("phi", "self", "Priscilla Nakashima-Hale")
def self5():
    frm = A("Priscilla Nakashima-Hale", "pnhale@owlpost.net")
    body = """Hello Terrence,

I'm flying to Honolulu on August 2nd for my sister's wedding (first flight since my urostomy!) and I've read horror stories about airport screening. Could you write me a short letter on clinic letterhead saying I have a urostomy and need to carry my supplies, including the curved scissors and a night drainage bag, in my carry-on? TSA says a letter isn't required but I'd feel better having one.

Also - I'm going to be in the ocean. Is it ok to swim with the pouch on? Do I need the waterproof tape?

I'll be there 10 days so I'm packing 8 complete changes. Is that enough?

Mahalo in advance!
Priscilla Nakashima-Hale
(DOB 02/09/1968 in case you need it for the letter)"""
    return build(frm, TERRENCE, "Travel letter please", D(2024, 7, 15, 10, 20), body)

@reg("phi", "self", "Alicia Moreau")
def self6():
    frm = A("Alicia M", "alicia.moreau88@pinecrestmail.com")
    body = """Hi! I have an appt on the 27th with the ostomy nurse but Dr. Whitcombe's office just called and my reversal is scheduled for the 25th!! So I guess I don't need it anymore? Or should I still come after the surgery? I have like 2 boxes of pouches left, can I give them to someone who needs them?

thanks,
Alicia

sent from my phone, sorry for typos"""
    return build(frm, OSTCLINIC, "appt on the 27th", D(2024, 8, 9, 12, 3), body)

@reg("phi", "self", "Walter Kaczmarek")
def self7():
    frm = A("Walter Kaczmarek", "wkaczmarek@lakeshorecable.net")
    d0 = D(2024, 3, 26, 9, 15)
    d1 = D(2024, 3, 26, 14, 32)
    m0 = """Dear Marisol,

I just wanted to say thank you. It's been a year this week since my colostomy and when I first came to you I could barely look at it. Now I'm back to bowling on Tuesdays and my wife says I'm back to my grumpy old self.

One question. I've got a bulge around the stoma when I stand up, it's soft and goes away lying down. My surgeon said it's a small hernia and not to worry for now but I should ask you about a belt. What do I need to get?

Walt Kaczmarek"""
    m1 = """Walt,

Thank you - this made my day. A year already!

For the bulge: a support belt (not the thin belt that clips to the pouch, a wide hernia support belt with an opening for the pouch) is the right thing. You need to be measured for it lying down. Can you come in next week? I have Tuesday the 2nd at 9:00, before bowling.

Marisol"""
    body = """Tuesday at 9 is perfect. I'll bring my wife, she'll want to see how it goes on.

Walt

""" + wrote(d1, "Ibarra, Marisol <mibarra@lakemontregional.org>") + "\n" + q(m1) + "\n>\n" + q(wrote(d0, "Walter Kaczmarek <wkaczmarek@lakeshorecable.net>") + "\n" + q(m0))
    return build(frm, MARISOL, "Re: Thank you + question", D(2024, 3, 26, 18, 50), body)

# ======================================================================
# PHI - struct
# ======================================================================
def x12(isa_gs, body_segs, trailer_ids):
    """isa_gs: ISA and GS segments; body_segs: segments from ST..(no SE); trailer_ids=(st_ctrl, gs_ctrl, isa_ctrl)"""
    st, gs, isa = trailer_ids
    segs = list(isa_gs) + list(body_segs)
    n = len(body_segs) + 1
    segs += ["SE*%d*%s" % (n, st), "GE*1*%s" % gs, "IEA*1*%s" % isa]
    return "~\n".join(segs) + "~\n"

@reg("phi", "struct", "Chidi Okafor")
def struct1():
    frm = A("Interface Engine Alerts", "rhapsody-alerts@" + HOSP)
    hl7 = "\r".join([
        "MSH|^~\\&|EPIC|LRMC|BAYSIDE_HH|BAYSIDE|20240611153012||ADT^A03^ADT_A03|LRMC0611153012884|P|2.5.1",
        "EVN|A03|20240611153000|||HLUTZ^LUTZ^HANNAH",
        "PID|1||1207743^^^LRMC^MR~488-20-7719^^^SSA^SS||OKAFOR^CHIDI^E||19590307|M||B|77 TAMARACK WAY^^LAKEMONT^OH^4410||(440)555-0166^PRN^PH|||M||88120931044",
        "PV1|1|I|5E^5E-06^01^LRMC||||4471^WHITCOMBE^ALAN^^^^MD|||SUR||||1|||4471^WHITCOMBE^ALAN^^^^MD|IN||KVHP|||||||||||||||||01|||LRMC||||20240605071500|20240611150000",
        "DG1|1||C18.7^MALIGNANT NEOPLASM OF SIGMOID COLON^I10||20240605|F",
        "DG1|2||Z93.3^COLOSTOMY STATUS^I10||20240611|F",
        "PR1|1||0DTN0ZZ^RESECTION OF SIGMOID COLON, OPEN APPROACH^ICD10PCS||20240605",
        "IN1|1|KVHMA|KVHP1|KEYSTONE VALLEY HEALTH PLAN|||||00419-LK|||||||OKAFOR^CHIDI^E|01|19590307|||||||||||||||||KVH612004871",
        "ZHH|VNP^^BAYSIDE|SOC 20240612|WOC TEACHING X4; MERIDIAN SUPPLIES ORDERED"])
    body = """*** Rhapsody Integration Engine - Delivery Failure ***

Route:        LRMC_ADT_OUT -> BAYSIDE_HH_ADT
Communication point: TCP 10.41.8.77:6661
Time:         2024-06-11 15:30:14 EDT
Retry count:  3 of 3
Error:        NAK received (MSA|AE) - "PID-11.5 postal code invalid length"
Message ctl:  LRMC0611153012884

Message content:
""" + hl7.replace("\r", "\n") + """

Message has been moved to the error queue LRMC_ADT_OUT.ERR. Resolve and resend from the Rhapsody IDE.

-- This is an automated alert. Support: Integration Team x4-2200"""
    return build(frm, [A("Integration Team", H("integration")), SAMUEL], "[Rhapsody] Delivery failure BAYSIDE_HH_ADT - ADT^A03",
                 D(2024, 6, 11, 15, 30), body, headers=[("Auto-Submitted", "auto-generated"), ("X-Rhapsody-Route", "LRMC_ADT_OUT")])

@reg("phi", "struct", "Gerald Finch; Hiroshi Tanabe")
def struct2():
    vnp = A("Tom Ferreira", "tferreira@vnplakemont.org")
    msgs = [
        "\r".join([
            "MSH|^~\\&|CADENCE|LRMC|HHPORTAL|VNP|20240912101502||SIU^S12^SIU_S12|LRMC0912101502331|P|2.5.1",
            "SCH|48812007^LRMC|48812007^LRMC||||NEW^New appointment|OSTPO^OSTOMY POST-OP VISIT|60|60^MIN|^^60^20240919083000^20240919093000|||||90312^IBARRA^MARISOL^^^^RN|||||||||BOOKED",
            "PID|1||1188302^^^LRMC^MR||FINCH^GERALD^T||19500214|M|||415 BIRCHWOOD CT^^LAKEMONT^OH^44107||(440)555-0189",
            "PV1|1|O|OSTCLN^SUITE210^RM1^LRMC||||4471^WHITCOMBE^ALAN^^^^MD",
            "RGS|1|A",
            "AIL|1|A|OSTCLN^SUITE210^RM1^LRMC|||20240919083000|||60|MIN",
            "AIP|1|A|90312^IBARRA^MARISOL^^^^RN|WOCRN|||20240919083000|||60|MIN"]),
        "\r".join([
            "MSH|^~\\&|CADENCE|LRMC|HHPORTAL|VNP|20240912101749||SIU^S12^SIU_S12|LRMC0912101749512|P|2.5.1",
            "SCH|48812044^LRMC|48812044^LRMC||||NEW^New appointment|OSTSUP^OSTOMY SUPPLY EVAL|60|60^MIN|^^60^20240919130000^20240919140000|||||90312^IBARRA^MARISOL^^^^RN|||||||||BOOKED",
            "PID|1||0995516^^^LRMC^MR||TANABE^HIROSHI||19560130|M|||2980 SUMMIT RIDGE RD^^LAKEMONT^OH^44108||(440)555-0124",
            "PV1|1|O|OSTCLN^SUITE210^RM2^LRMC||||5120^FAROUK^NADIA^^^^MD",
            "RGS|1|A",
            "AIL|1|A|OSTCLN^SUITE210^RM2^LRMC|||20240919130000|||60|MIN",
            "AIP|1|A|90312^IBARRA^MARISOL^^^^RN|WOCRN|||20240919130000|||60|MIN"])]
    data = "\r\n".join(msgs) + "\r\n"
    body = """Tom,

Two of the SIU^S12s from Thursday were rejected on your side with "AIP-4 role not recognized". Samples attached exactly as we sent them. The role code WOCRN is new - it's what our scheduling build uses for the wound/ostomy nurses since the clinic went live in Cadence. Can you add it to your lookup table, or tell me what you'd like us to map it to? Happy to do a quick call.

Thanks,
Samuel Adeyemi
Clinical Applications Analyst - Ambulatory / Interfaces
Lakemont Regional Medical Center | 440-555-0262"""
    return build(SAMUEL, vnp, "SIU rejects - AIP role code", D(2024, 9, 13, 9, 41), body,
                 cc=A("Integration Team", H("integration")),
                 atts=[("SIU_rejects_20240912.hl7", data, "application/hl7-v2")])

@reg("phi", "struct", "Ingrid Halvorsen")
def struct3():
    frm = A("ClaimBridge Clearinghouse", "reports@claimbridge-edi.com")
    segs = [
        "ST*837*0001*005010X222A1",
        "BHT*0019*00*LRMC4417*20240315*1422*CH",
        "NM1*41*2*LAKEMONT REGIONAL MEDICAL CENTER*****46*LRMC01",
        "PER*IC*REVENUE INTEGRITY*TE*4405550278",
        "NM1*40*2*KEYSTONE VALLEY HEALTH PLAN*****46*KVHP1",
        "HL*1**20*1",
        "NM1*85*2*LAKEMONT REGIONAL MEDICAL CENTER*****XX*1609873312",
        "N3*1400 HARBOR CREST BLVD",
        "N4*LAKEMONT*OH*440991400",
        "REF*EI*340998812",
        "HL*2*1*22*0",
        "SBR*P*18*00419LK******C1",
        "NM1*IL*1*HALVORSEN*INGRID*M***MI*KVH774201336",
        "N3*61 PARTRIDGE HILL RD",
        "N4*LAKEMONT*OH*44105",
        "DMG*D8*19490611*F",
        "NM1*PR*2*KEYSTONE VALLEY HEALTH PLAN*****PI*KVHP1",
        "CLM*LRMC2403140233*214.50***11:B:1*Y*A*Y*Y",
        "HI*ABK:Z933*ABF:L24B2",
        "NM1*82*1*WHITCOMBE*ALAN****XX*1487602215",
        "PRV*PE*PXC*208C00000X",
        "LX*1",
        "SV1*HC:99212*96.00*UN*1***1:2",
        "DTP*472*D8*20240314",
        "LX*2",
        "SV1*HC:A4414*72.00*UN*8***1",
        "DTP*472*D8*20240314",
        "LX*3",
        "SV1*HC:A4406*46.50*UN*3***1",
        "DTP*472*D8*20240314"]
    data = x12(["ISA*00*          *00*          *ZZ*LAKEMONTRMC    *ZZ*CLEARHSE01     *240315*1422*^*00501*000004417*0*P*:",
                "GS*HC*LAKEMONTRMC*CLEARHSE01*20240315*1422*4417*X*005010X222A1"], segs, ("0001", "4417", "000004417"))
    body = """ClaimBridge Front-End Rejection Report

Submitter: LAKEMONTRMC     Batch: 000004417     Received: 03/15/2024 14:22
Claims in batch: 1     Accepted: 0     Rejected: 1

Patient control #  LRMC2403140233
Reject code        A7:562 - Entity's National Provider Identifier (NPI) - Rendering provider NPI not on payer file
Payer              KEYSTONE VALLEY HEALTH PLAN (KVHP1)

The rejected claim segment file is attached. Correct and resubmit through ClaimBridge Online.

ClaimBridge EDI Services | support 866-555-0140"""
    return build(frm, RENEE, "Front-end rejection - batch 000004417", D(2024, 3, 15, 15, 2), body,
                 atts=[("REJ_000004417_837P.txt", data, "text/plain")],
                 headers=[("Auto-Submitted", "auto-generated")])

@reg("phi", "struct", "Dorothy Szymanski")
def struct4():
    import json
    frm = A("SkinTrak Wound Imaging", "noreply@skintrak-app.com")
    bundle = {
        "resourceType": "Bundle", "type": "collection", "timestamp": "2024-05-14T13:05:22-04:00",
        "entry": [
            {"resource": {"resourceType": "Patient", "id": "st-pt-20931",
                          "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "1166290", "type": {"text": "MRN"}}],
                          "name": [{"family": "Szymanski", "given": ["Dorothy", "A"]}],
                          "gender": "female", "birthDate": "1936-01-27",
                          "address": [{"line": ["904 Hollow Oak Ln"], "city": "Lakemont", "state": "OH", "postalCode": "44106"}]}},
            {"resource": {"resourceType": "Observation", "id": "st-obs-88124", "status": "final",
                          "code": {"text": "Wound assessment - Sacrum"},
                          "subject": {"reference": "Patient/st-pt-20931"},
                          "effectiveDateTime": "2024-05-14T12:58:00-04:00",
                          "performer": [{"display": "Terrence Oyelaran, RN, CWCN"}],
                          "component": [
                              {"code": {"text": "Length"}, "valueQuantity": {"value": 4.2, "unit": "cm"}},
                              {"code": {"text": "Width"}, "valueQuantity": {"value": 3.1, "unit": "cm"}},
                              {"code": {"text": "Depth"}, "valueQuantity": {"value": 0.8, "unit": "cm"}},
                              {"code": {"text": "Stage"}, "valueString": "Stage 3"},
                              {"code": {"text": "Tissue"}, "valueString": "70% granulation, 30% slough"},
                              {"code": {"text": "Exudate"}, "valueString": "moderate serous"}]}},
            {"resource": {"resourceType": "Media", "id": "st-img-55401", "status": "completed",
                          "subject": {"reference": "Patient/st-pt-20931"},
                          "content": {"contentType": "image/jpeg", "title": "sacrum_20240514_1258.jpg",
                                      "url": "https://portal.skintrak-app.com/m/55401"}}}]}
    data = json.dumps(bundle, indent=2, ensure_ascii=False)
    body = """Your scheduled export is ready.

Facility: Lakemont Regional Medical Center - WOC Nursing
Export: Wound assessment (FHIR R4 Bundle)
Records: 1 patient, 1 assessment, 1 image reference
Requested by: toyelaran

The export file is attached. Image files are not included; open the links in SkinTrak Portal (sign-in required).

SkinTrak Wound Imaging | help.skintrak-app.com"""
    return build(frm, TERRENCE, "SkinTrak export ready (FHIR)", D(2024, 5, 14, 13, 6), body,
                 atts=[("skintrak_export_20240514_1305.json", data, "application/fhir+json")],
                 headers=[("Auto-Submitted", "auto-generated")])

@reg("phi", "struct", "Eugene Marchetti")
def struct5():
    frm = A("Lakemont Regional Direct", "woc.referrals@direct.lakemontregional.org")
    cda = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.14" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.3.9921.2" extension="REF-20241104-00713"/>
  <code code="57133-1" codeSystem="2.16.840.1.113883.6.1" displayName="Referral note"/>
  <title>Referral to Home Health - Ostomy Care</title>
  <effectiveTime value="20241104141500-0500"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.9921.1" extension="1213377"/>
      <addr use="HP"><streetAddressLine>3015 Glenhaven Ave</streetAddressLine><city>Lakemont</city><state>OH</state><postalCode>44103</postalCode></addr>
      <telecom use="HP" value="tel:+1-440-555-0131"/>
      <patient>
        <name><given>Eugene</given><given>P</given><family>Marchetti</family></name>
        <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19440802"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author><time value="20241104141500-0500"/><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="1730442918"/>
    <assignedPerson><name><given>Marisol</given><family>Ibarra</family><suffix>RN, CWON</suffix></name></assignedPerson></assignedAuthor></author>
  <component><structuredBody>
    <component><section>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
      <title>Problems</title>
      <text><list><item>Ileostomy status (Z93.2) - created 10/28/2024</item><item>Irritant dermatitis, peristomal (L24.B2)</item><item>Type 2 diabetes mellitus (E11.9)</item></list></text>
    </section></component>
    <component><section>
      <code code="18776-5" codeSystem="2.16.840.1.113883.6.1" displayName="Plan of care"/>
      <title>Plan of Treatment</title>
      <text><paragraph>Home health skilled nursing 2x/wk x 3 wks for ostomy teaching. Change 2-pc soft convex barrier (35 mm) q3 days and prn leak. Barrier ring under wafer. Empty pouch when 1/3 full. Monitor output; call clinic if greater than 1.5 L/day. Follow-up Ostomy Clinic 11/18/2024 10:00.</paragraph></text>
    </section></component>
    <component><section>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="Medications"/>
      <title>Medications</title>
      <text><list><item>Loperamide 2 mg PO before meals</item><item>Metformin 500 mg PO BID</item></list></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
    body = """Secure Direct message from Lakemont Regional Medical Center

From: WOC Referrals (woc.referrals@direct.lakemontregional.org)
To: intake@direct.vnplakemont.org
Document: Referral note (C-CDA R2.1), 1 attachment

Note from sender:
Referral for SOC this week, pt discharged 11/4 with new ileostomy. Please call clinic 440-555-0140 with SOC date. - M. Ibarra RN

This message was sent using Direct secure messaging. If you received it in error, notify the sender and delete it."""
    return build(frm, A("VNP Intake", "intake@direct.vnplakemont.org"), "Referral: Home Health - Ostomy Care",
                 D(2024, 11, 4, 14, 16), body,
                 atts=[("REF-20241104-00713.xml", cda, "application/xml")])

@reg("phi", "struct", "Leonard Pruitt; Patrick Doolan; Rosalind Haynes-Webb; Edwin Yarborough; Nadia Kowalski; Thomas Ferrante; Esther Lindgren")
def struct6():
    frm = A("CarePoint Direct Reporting", "reports@carepointdirect.com")
    rows = [
        "ACCT|PT_LAST|PT_FIRST|DOB|SHIP_DT|HCPCS|QTY|PAYER|PAYER_ID|STATUS",
        "CPD-0044781|PRUITT|LEONARD|19471002|20241015|A4432|20|MEDICARE B|3FT6-KA9-UW21|DELIVERED",
        "CPD-0044781|PRUITT|LEONARD|19471002|20241015|A4357|2|MEDICARE B|3FT6-KA9-UW21|DELIVERED",
        "CPD-0051190|DOOLAN|PATRICK|19520408|20241016|A4414|20|KVHP MA|KVH402277193|DELIVERED",
        "CPD-0051190|DOOLAN|PATRICK|19520408|20241016|A5063|20|KVHP MA|KVH402277193|DELIVERED",
        "CPD-0052004|HAYNES-WEBB|ROSALIND|19630921|20241017|T4523|180|BUCKEYE MCD|9100612284|DELIVERED",
        "CPD-0052004|HAYNES-WEBB|ROSALIND|19630921|20241017|T4541|90|BUCKEYE MCD|9100612284|DELIVERED",
        "CPD-0052377|YARBOROUGH|EDWIN|19410630|20241018|A4407|10|MEDICARE B|6RD2-HM4-PC80|BACKORDER",
        "CPD-0053118|KOWALSKI|NADIA|19750114|20241021|A4385|10|KVHP COMM|KVH118930442|IN TRANSIT",
        "CPD-0053118|KOWALSKI|NADIA|19750114|20241021|A5063|20|KVHP COMM|KVH118930442|IN TRANSIT",
        "CPD-0053402|FERRANTE|THOMAS|19570302|20241022|A4432|20|MEDICARE B|8EN5-QT7-YX36|RETURNED-ADDR",
        "CPD-0054010|LINDGREN|ESTHER|19390819|20241023|A4554|150|PRIVATE PAY||DELIVERED"]
    body = """Monthly Prescriber Shipment Extract
Prescriber group: LAKEMONT OSTOMY & WOUND CLINIC (NPI 1609873312)
Period: 10/01/2024 - 10/31/2024
Format: pipe-delimited, header row included

""" + "\n".join(rows) + """

Rows: 11
Questions: prescriber.services@carepointdirect.com | 888-555-0190"""
    return build(frm, [DANA, OSTCLINIC], "October shipment extract - Lakemont Ostomy & Wound Clinic", D(2024, 11, 1, 5, 30), body,
                 headers=[("Auto-Submitted", "auto-generated")])

@reg("phi", "struct", "Beverly Osterhout")
def struct7():
    segs = [
        "ST*271*0001*005010X279A1",
        "BHT*0022*11*LRMC20240808A*20240808*0931",
        "HL*1**20*1",
        "NM1*PR*2*KEYSTONE VALLEY HEALTH PLAN*****PI*KVHP1",
        "HL*2*1*21*1",
        "NM1*1P*2*LAKEMONT REGIONAL MEDICAL CENTER*****XX*1609873312",
        "HL*3*2*22*0",
        "TRN*2*93175-012547*9877281234",
        "NM1*IL*1*OSTERHOUT*BEVERLY*J***MI*KVH663018520",
        "N3*17 LANTERN SQUARE",
        "N4*LAKEMONT*OH*44102",
        "DMG*D8*19610505*F",
        "DTP*346*D8*20240101",
        "EB*1**30**KVHP GOLD PPO",
        "EB*C*IND*30***23*1500*****Y",
        "EB*C*IND*30***29*1115.20*****Y",
        "EB*A*IND*12****.2****Y",
        "MSG*DURABLE MEDICAL EQUIPMENT AND OSTOMY SUPPLIES SUBJECT TO DEDUCTIBLE",
        "EB*B*IND*98***27*35*****Y",
        "EB*F*IND*12*****VS*20****Y",
        "MSG*OSTOMY POUCHES LIMIT 20 PER MONTH; BARRIERS 20 PER MONTH"]
    data = x12(["ISA*00*          *00*          *ZZ*KVHP1          *ZZ*LAKEMONTRMC    *240808*0931*^*00501*000021877*0*P*:",
                "GS*HB*KVHP1*LAKEMONTRMC*20240808*0931*21877*X*005010X279A1"], segs, ("0001", "21877", "000021877"))
    body = """Renee - can you help me read this? Jolene ran eligibility for Ms. Osterhout before her appt Monday. I'm trying to figure out if the supplies we hand out in clinic are going to hit her deductible or if they're covered at 80% right away. She's worried about cost and I'd like to tell her something real.

Pasted below as it came out of the eligibility screen:

""" + data + """
thanks!
Marisol"""
    return build(MARISOL, RENEE, "271 question - Osterhout", D(2024, 8, 8, 10, 2), body, cc=JOLENE)

# ======================================================================
# CLEAN - admin
# ======================================================================
@reg("clean", "admin")
def admin1():
    d0 = D(2024, 2, 12, 10, 5)
    prev = """Kevin,

Can we look at the par levels for the Suite 210 cabinet? We're running out of 2-pc 57 mm drainable pouches every other week and we have a shelf of 70 mm that nobody uses. Also the barrier rings - we go through about 3 boxes a week now, par is still 2.

Dana"""
    body = """Hi Dana,

Updated the pars in the system, effective with Thursday's replenishment:

  2-pc drainable pouch 57 mm    par 4 bx -> 8 bx
  2-pc drainable pouch 70 mm    par 3 bx -> 1 bx
  moldable barrier ring (std)   par 2 bx -> 4 bx
  adhesive remover wipes        par 2 bx (no change)
  stoma paste 2 oz              par 6 ea -> 4 ea

Heads up that the 57 mm pouch is on manufacturer allocation through March. NorthBay may sub the 57 mm with the same pouch in the "opaque" version - same HCPCS, same price. Let me know if the nurses have a problem with that and I'll flag it as "no sub".

Kevin

""" + SIG["kevin"] + "\n\n" + wrote(d0, "Kowalczyk, Dana <dkowalczyk@lakemontregional.org>") + "\n" + q(prev)
    return build(KEVIN, DANA, "RE: Suite 210 par levels", D(2024, 2, 13, 14, 20), body, cc=MARISOL)

@reg("clean", "admin")
def admin2():
    fac = A("Facilities Work Control", "facilities.workcontrol@" + HOSP)
    body = """FACILITIES NOTICE - Outpatient Pavilion, 2nd floor

Work order: WO-24-118306
Location: Suite 210 (Ostomy & Wound Clinic), Exam Room 3
Scope: replace hand sink, supply and drain lines; patch and paint wall behind sink
Dates: Monday 9/16 0700 through Friday 9/20 1500
Impact: Exam Room 3 unavailable. Water to Rooms 1 and 2 will be shut off Monday 9/16 from 0700-0900 only. Expect some noise Monday and Tuesday mornings.

Infection prevention has approved an ICRA Class II barrier at the room door. Please keep the door closed and do not store clean supplies in Room 3 during the work.

Contact: Luis Barrientos, Project Coordinator, 440-555-0304
Facilities Work Control | ext 4-3000"""
    start = datetime(2024, 9, 16, 7, 0)
    end = datetime(2024, 9, 20, 15, 0)
    cal = ics("Suite 210 Exam Rm 3 closed - sink replacement", start, end, "Outpatient Pavilion Suite 210",
              "WO-24-118306. Room 3 unavailable.")
    return build(fac, [DANA, JOLENE], "Notice: Suite 210 Exam Room 3 closed 9/16-9/20", D(2024, 9, 6, 11), body,
                 atts=[("Suite210_Rm3_closure.ics", cal, "text/calendar")])

@reg("clean", "admin")
def admin3():
    it = A("IT Change Management", "itchange@" + HOSP)
    body = """PLANNED DOWNTIME - SkinTrak Wound Imaging (v7.4 upgrade)

Change #: CHG0031842
When: Sunday, April 21, 2024, 02:00 - 06:00
Affected: SkinTrak mobile app (iPod/iPhone), SkinTrak Portal, EHR wound image link-out
Not affected: EHR wound flowsheets, LDA documentation

During the downtime:
- document wound measurements in the EHR flowsheet as usual
- photos: use the downtime camera in the WOC office (Room 4-118), label with the downtime sticker and upload after 06:00
- do NOT use personal phones for wound photography

After the upgrade, the app will ask you to sign in again with your network ID and Duo.

Questions: Service Desk x4-4357 or reply to this notice.
IT Change Management - Lakemont Regional Medical Center"""
    return build(it, [WOCTEAM, A("Nursing Unit Managers", H("nursing.managers"))], "PLANNED DOWNTIME: SkinTrak Sun 4/21 0200-0600",
                 D(2024, 4, 15, 16), body, html=to_html(body, "Segoe UI, Arial"))

@reg("clean", "admin")
def admin4():
    mc = A("Hargrove, Nathan", H("nhargrove"))
    body = """Dana,

Summary of what changes for your service in the Keystone Valley amendment (effective 7/1/2024), so you're not hunting through the 48 pages:

1. Outpatient WOC nursing visits (G0299 / 99211 when billed by the clinic) move from a per-visit rate to the outpatient fee schedule at 118% of Medicare. Net effect is roughly +6% on your volume from last year.
2. Prior auth is now required after the 6th WOC visit in a rolling 90 days (was 4).
3. Ostomy supplies dispensed in clinic: KVHP will now only pay for supplies dispensed at the visit for a 72-hour "bridge" quantity. Anything more needs to go through a contracted DME supplier (Meridian, CarePoint, Northshore are all in network).
4. Timely filing stays at 180 days. Corrected claims 365.
5. No change to the quantity limits - still 20 pouches/20 barriers per month on their medical policy MP-DME-044.

Item 3 is the one I'd guess affects your workflow most. Happy to go over it at your staff meeting.

Nathan Hargrove
Director, Managed Care Contracting
440-555-0219

""" + DISCLAIMER
    return build(mc, DANA, "KVHP amendment - what changes for WOC", D(2024, 5, 30, 9, 48), body, cc=RENEE)

@reg("clean", "admin")
def admin5():
    body = """Skin Champion Committee - Monthly Meeting
Wednesday 3/20, 1400-1500, Conference Room C (5th floor) / Teams link in invite

Agenda
1. Welcome + new champions: 4S nights, ICU days (5 min)
2. Q4 2023 prevalence - hospital rate and unit breakdown (Dana, 10 min)
3. Braden reassessment policy revision - draft attached, comments due 3/29 (Priya, 10 min)
4. Heel boot availability - supply chain update (Kevin Ostrowski, 5 min)
5. Medical device related PI: ET tube holder trial in ICU (Terrence, 10 min)
6. Skin Champion of the Quarter nominations (5 min)
7. Open forum

Reminder: champions get 1 hour of education credit per meeting attended. Please sign in on the sheet or in the Teams chat.

Dana"""
    start = datetime(2024, 3, 20, 14, 0)
    end = datetime(2024, 3, 20, 15, 0)
    cal = ics("Skin Champion Committee", start, end, "Conf Rm C / Teams", "Monthly meeting. Agenda in email.",
              organizer=("Kowalczyk, Dana", "dkowalczyk@" + HOSP))
    draft = docx(["**DRAFT - Policy NUR-SK-014: Skin Integrity Risk Assessment (Braden Scale)**", "",
                  "1. Purpose: To identify adult inpatients at risk for pressure injury.",
                  "2. Braden assessment is completed on admission, every shift (was: daily), on transfer and with change in condition.",
                  "3. A Braden score of 18 or below triggers the pressure injury prevention bundle.",
                  "4. A Braden score of 12 or below triggers an automatic WOC nursing consult.",
                  "5. Revised by: WOC Nursing Service. Review date: 03/2024."])
    return build(DANA, A("Skin Champions", H("skinchampions")), "Skin Champion Committee - 3/20 agenda", D(2024, 3, 13, 12, 30), body,
                 atts=[("invite.ics", cal, "text/calendar"),
                       ("NUR-SK-014_Braden_DRAFT_v3.docx", draft,
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])

@reg("clean", "admin")
def admin6():
    body = """Hi WOC team,

Reminder of the charging rules for the clinic now that the new nursing visit charge is live. This came up in our last audit, so please read through even if you've heard it before.

Nursing-only visits (99211)
- Must be ordered by a physician/APP who is on site in the Outpatient Pavilion during the visit. If Dr. Whitcombe's clinic is closed that day, the visit is not billable as 99211.
- Documentation must show a nursing assessment and an intervention (teaching, pouch change, skin care) - "supplies picked up" on its own is not a visit.
- Time does not drive the level for 99211; please don't add "45 min spent" hoping for a higher level.

Supplies
- Only charge supplies that are actually applied at the visit or dispensed as a bridge quantity (max 3 days).
- Vendor samples are never charged. Keep them in the blue bin, not in the Pyxis.
- Use the supply charge panel, not free text.

Denials
- Most of our Q1 denials were quantity limits on A4414/A5063 and missing referrals for KVHP commercial. Check the referral tab before the visit.

Questions - grab me any time.

""" + SIG["renee"]
    return build(RENEE, WOCTEAM, "Clinic charging reminders - 99211 and supplies", D(2024, 4, 17, 10, 14), body, cc=[DANA, JOLENE])

@reg("clean", "admin")
def admin7():
    vac = A("Value Analysis Committee", "valueanalysis@" + HOSP)
    body = """VALUE ANALYSIS DECISION NOTICE  -  VAC-2024-019

Category: Wound care - silicone foam dressings; continence - disposable underpads
Decision date: 06/11/2024
Effective: conversion begins 07/15/2024 (inpatient units), 08/01/2024 (clinics)

Decision:
1. Silicone border foam dressings convert from current vendor to NorthBay private label (4x4, 6x6, sacral 7x7, heel). Clinical evaluation by WOC nursing on 3 units found equivalent wear time and no increase in adhesive-related skin injury.
2. Disposable underpads: standard blue pads removed from par on all adult inpatient units. Replaced with breathable "airflow" pads compatible with low air loss surfaces. Maximum one pad under the patient.
3. Barrier creams: zinc-free dimethicone cream remains formulary; zinc oxide paste restricted to WOC recommendation.

Projected annual savings: $148,000.

Education: WOC nursing will hold 15-minute unit huddles the week of 7/8. A one-page product guide will be posted on the Nursing intranet.

Questions: Kevin Ostrowski (Supply Chain) or Dana Kowalczyk (WOC Nursing)."""
    return build(vac, A("All Nursing Leadership", H("nursing.leadership")), "VAC decision: foam dressings, underpads, barrier creams",
                 D(2024, 6, 14, 15, 45), body)

# ======================================================================
# CLEAN - lookalike
# ======================================================================
@reg("clean", "lookalike")
def look1():
    frm = A("NorthBay Medical AR", "ar-invoices@northbaymed.com")
    lines = ["NorthBay Medical Distributors, Inc.          INVOICE",
             "2250 Industrial Pkwy, Strongsville OH 44136",
             "",
             "Invoice #: NB-INV-3318842        Invoice date: 03/04/2024",
             "Customer #: 100477-02           PO #: 4500218834",
             "Bill to: Lakemont Regional Medical Center - Accounts Payable",
             "Ship to: Receiving Dock B, 1400 Harbor Crest Blvd, Lakemont OH 44099",
             "Terms: Net 45",
             "",
             "Line Item#      Description                       Lot       Qty UOM  Unit     Ext",
             "1    AUR-22457  2pc drainable pouch 57mm filter   L240117A  8   BX10 112.40   899.20",
             "2    AUR-31002  Moldable barrier ring 48mm        L231208C  4   BX20  86.75   347.00",
             "3    NBP-40412  Silicone foam border 6x6          2401-0993 10  BX10  41.30   413.00",
             "4    NBP-40488  Sacral foam 7x7                   2312-1871 6   BX5   52.15   312.90",
             "5    CNT-11870  Airflow underpad 23x36            UP0224-88 12  CS50  63.90   766.80",
             "",
             "Subtotal 2,738.90   Freight 0.00   Tax 0.00 (exempt #04-218873)   TOTAL DUE 2,738.90",
             "Remit: NorthBay Medical, PO Box 71880, Cleveland OH 44190  |  ACH ref 100477-02"]
    body = """Please find attached invoice NB-INV-3318842 for PO 4500218834.

Amount due: $2,738.90  Due date: 04/18/2024

For billing questions contact Accounts Receivable at 440-555-0391 or reply to this email. Please reference the invoice number on all remittances.

NorthBay Medical Distributors - Accounts Receivable"""
    return build(frm, A("Accounts Payable", H("ap.invoices")), "Invoice NB-INV-3318842 / PO 4500218834", D(2024, 3, 4, 6, 15), body,
                 cc=KEVIN, atts=[("NB-INV-3318842.pdf", pdf(lines, "Invoice NB-INV-3318842"), "application/pdf")])

@reg("clean", "lookalike")
def look2():
    frm = A("Aurelle Order Status", "orderstatus@aurelleostomy.com")
    body = """Your order has shipped!

Order number: SO-0918337      Customer PO: 4500231197
Ship date: 08/05/2024         Carrier: FedEx Ground
Tracking: 7849 2201 6630 4418
Estimated delivery: 08/08/2024 by end of day

Ship to:
Lakemont Regional Medical Center
Attn: Receiving Dock B / WOC Nursing Rm 4-118
1400 Harbor Crest Blvd
Lakemont, OH 44099

Items
  REF 22457  Aurelle 2-pc drainable 57 mm w/ filter  (sample cs)    qty 2   LOT L240611B  EXP 2027-06
  REF 22560  Aurelle SoftConvex barrier 38 mm cut-to-fit           qty 1   LOT L240523A  EXP 2027-05
  REF 29011  Aurelle stoma measuring guide (pk 50)                 qty 4   LOT M240301   EXP n/a

Questions? Call Customer Service 877-555-0126 (Mon-Fri 8-6 ET) and reference your order number."""
    return build(frm, [DANA, KEVIN], "Shipped: Order SO-0918337 (PO 4500231197)", D(2024, 8, 5, 17, 41), body,
                 headers=[("Auto-Submitted", "auto-generated")])

@reg("clean", "lookalike")
def look3():
    frm = A("Aurelle Quality & Regulatory", "fieldaction@aurelleostomy.com")
    body = """URGENT: MEDICAL DEVICE FIELD SAFETY NOTICE - VOLUNTARY RECALL
FSN-2024-07  |  Date: 10/02/2024

Product: Aurelle Moldable Barrier Ring, 48 mm (REF 31002) and 98 mm (REF 31005)
Issue: Some rings in the affected lots may have reduced tack due to a packaging seal defect, which could shorten wear time.

Affected lots:
  REF 31002  GTIN 00884521310025  Lots L240611A, L240611B, L240618A  Exp 2027-06
  REF 31005  GTIN 00884521310056  Lot  L240618C                        Exp 2027-06

Units distributed to your facility (per our records): 14 boxes (20/box) under customer account 100477.

Actions required:
1. Check stock in central supply, clinics and units for the affected lots.
2. Quarantine and do not use affected product.
3. Complete the attached response form within 10 business days, even if you have no affected stock.
4. Credit or replacement will be issued on receipt of returned product (RMA will be sent after form is received).

This recall has been reported to the FDA. No adverse events have been reported to date.

Aurelle Ostomy Care - Quality & Regulatory Affairs
1-877-555-0130 | fieldaction@aurelleostomy.com"""
    form = to_csv([["Facility", "Account #", "REF", "Lot", "Qty found (boxes)", "Qty quarantined", "Completed by", "Date"],
                   ["Lakemont Regional Medical Center", "100477", "31002", "L240611A", "", "", "", ""],
                   ["Lakemont Regional Medical Center", "100477", "31002", "L240611B", "", "", "", ""],
                   ["Lakemont Regional Medical Center", "100477", "31002", "L240618A", "", "", "", ""],
                   ["Lakemont Regional Medical Center", "100477", "31005", "L240618C", "", "", "", ""]])
    d1 = D(2024, 10, 2, 15, 10)
    top = """Forwarding - Kevin's team is pulling central supply. Can each of you check the WOC office, Suite 210 cabinet and your unit carts today and text me counts? Lot number is on the side of the box.

Dana

"""
    return build(DANA, WOCTEAM, "FW: URGENT: Field Safety Notice FSN-2024-07 - barrier rings", D(2024, 10, 2, 16, 2),
                 top + fwd_hdr("Aurelle Quality & Regulatory <fieldaction@aurelleostomy.com>", d1,
                               "Ostrowski, Kevin <kostrowski@lakemontregional.org>", "URGENT: Field Safety Notice FSN-2024-07") + "\n" + body,
                 cc=KEVIN, atts=[("FSN-2024-07_response_form.csv", form, "text/csv")])

@reg("clean", "lookalike")
def look4():
    rows = [["HCPCS", "Short description", "Unit", "OH DMEPOS 2024 floor", "LRMC CDM #", "CDM price"],
            ["A4361", "Ostomy faceplate", "ea", "24.18", "27100412", "38.00"],
            ["A4362", "Solid skin barrier 4x4", "ea", "4.02", "27100420", "7.25"],
            ["A4385", "Ostomy skn barrier sld e/w", "ea", "6.07", "27100438", "10.50"],
            ["A4405", "Nonpectin based ostomy paste", "oz", "4.79", "27100446", "8.00"],
            ["A4406", "Pectin based ostomy paste", "oz", "8.66", "27100453", "15.50"],
            ["A4407", "Ext wear ost skn barr w/conv", "ea", "10.23", "27100461", "18.00"],
            ["A4414", "Ostomy sknbar w/o conv <=4sq", "ea", "5.87", "27100479", "9.00"],
            ["A4432", "Os pch drainable w/valve", "ea", "6.35", "27100487", "11.00"],
            ["A5063", "Drain ostomy pouch w/filter", "ea", "3.97", "27100495", "7.00"],
            ["A4367", "Ostomy belt", "ea", "8.72", "27100503", "15.00"],
            ["A4357", "Bedside drainage bag", "ea", "11.37", "27100511", "19.50"]]
    body = """All,

Below is the crosswalk for the ostomy supply lines in the clinic supply charge panel, with the 2024 Ohio DMEPOS floor amounts for reference. The CDM numbers are what you'll see in the charge panel; please use these and not the old 2710xxxx "misc supply" line.

Common diagnosis codes for the clinic (for reference on orders - always code to the visit documentation):
  Z93.2  Ileostomy status            Z93.3  Colostomy status
  Z93.6  Other artificial openings of urinary tract status
  K94.03 Colostomy malfunction       K94.13 Enterostomy malfunction
  L24.B2 Irritant contact dermatitis related to digestive stoma or fistula
  L24.B3 Irritant contact dermatitis related to fecal or urinary incontinence
  R32    Unspecified urinary incontinence     N39.3  Stress incontinence

Spreadsheet version attached.

""" + SIG["renee"]
    return build(RENEE, [WOCTEAM, JOLENE], "Ostomy supply HCPCS / CDM crosswalk 2024", D(2024, 1, 24, 13, 17), body,
                 atts=[("Ostomy_HCPCS_CDM_2024.xlsx", xlsx(rows, "Crosswalk"),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])

@reg("clean", "lookalike")
def look5():
    d0 = D(2024, 7, 29, 9, 5)
    prev = """Hi Jolene - for our prescriber file update, can you send the NPIs and license numbers for everyone who signs orders out of your clinic? We need it before 8/15.
Thanks, Tasha (Meridian)"""
    body = """Hi Tasha,

Here's our ordering/referring provider info. The RNs don't sign orders, but Meridian asked last year to have them on file as contacts, so I included them.

Name                        Credential       NPI          Ohio License     Direct line
Alan Whitcombe              MD, FACS         1487602215   35.091774        440-555-0161
Nadia Farouk                MD               1457720391   35.114020        440-555-0163
Corinne Abdi                CNP              1356609820   APRN.CNP.0188734 440-555-0165
Dana Kowalczyk              MSN, RN, CWOCN   1730442918   RN.271044        440-555-0142
Marisol Ibarra              BSN, RN, CWON    1962118403   RN.338902        440-555-0144
Terrence Oyelaran           BSN, RN, CWCN    1245578116   RN.402217        440-555-0146
Priya Raghunathan           RN, CWOCN        1619004477   RN.295510        440-555-0145

Group NPI (clinic): 1609873312   Tax ID on file. Fax for all orders: 440-555-0149.

Jolene

""" + SIG["jolene"] + "\n\n" + wrote(d0, "Tasha Greenlee <tgreenlee@meridianhomemed.com>") + "\n" + q(prev)
    return build(JOLENE, A("Tasha Greenlee", "tgreenlee@meridianhomemed.com"), "RE: prescriber file update", D(2024, 7, 30, 10, 30), body)

@reg("clean", "lookalike")
def look6():
    body = """WOC Nursing Service - Q2 2024 Dashboard (Jan-Jun comparison)

                                         Q1 2024    Q2 2024   Target
Inpatient WOC consults                       612        655
  - pressure injury                          241        268
  - ostomy (new + existing)                  198        204
  - continence / IAD                          97        101
  - other wound                               76         82
Median time consult -> seen (hrs)           17.2       14.8      <24
Ostomy clinic visits                         402        437
  - new post-op visits                        88         96
  - no-show rate                            9.4%       7.1%      <10%
HAPI stage 2+ per 1,000 pt days             0.91       0.74      <0.80
Device-related HAPI (count)                    5          3
New ostomates w/ pre-op marking              71%        78%       >80%
30-day readmit, new ostomates (dehydration)   6          4

Notes
- Consult response improved after 7-day coverage started 4/1.
- Pre-op marking still misses urgent/emergent cases; 19 of 22 unmarked cases in Q2 were emergent.
- Counts are from the EHR consult report run 07/08/2024 (report ID RPT-WOC-0031).

Dana"""
    return build(DANA, [GRACE, A("Nursing Quality", H("nursing.quality"))], "WOC dashboard Q2 2024", D(2024, 7, 10, 8, 12), body)

@reg("clean", "lookalike")
def look7():
    frm = A("IT Service Desk", "servicedesk@" + HOSP)
    body = """Incident INC0049123 has been updated.

Short description: WOC wound camera will not sync to SkinTrak
Caller: Oyelaran, Terrence (toyelaran)
Location: 4-118 WOC Nursing Office
Configuration item: iPod touch 7th gen - Asset LRMC-MD-021877 / Serial F4KZ81M2N7Q9
Second device: iPod touch 7th gen - Asset LRMC-MD-021878 / Serial F4KZ81M5P0D3
Assignment group: Clinical Mobile Devices
State: In Progress -> Resolved
Priority: 3 - Moderate

Work notes (visible to caller):
2024-02-27 10:14  MDM profile on 021877 expired 02/25. Re-enrolled device in Intune, pushed SkinTrak 7.3.2. Sync test OK.
2024-02-27 10:31  021878 OK, no action. Charging cradle port 3 loose - replaced cradle (asset LRMC-MD-019002).

If this issue is not resolved, reply to this email within 5 days to reopen the incident.

Lakemont Regional IT Service Desk | x4-4357"""
    return build(frm, TERRENCE, "INC0049123 resolved - WOC wound camera will not sync to SkinTrak", D(2024, 2, 27, 10, 33), body,
                 headers=[("Auto-Submitted", "auto-generated")])

# ======================================================================
# CLEAN - news
# ======================================================================
@reg("clean", "news")
def news1():
    body = """THE POUCH POST
WOC Nursing Service Newsletter | September 2024

OSTOMY AWARENESS DAY - SATURDAY OCTOBER 5
Our clinic will have a table in the main lobby Friday 10/4 from 11-2 with pouching systems you can touch, stoma models, and information on local support groups. Volunteers welcome - sign up with Jolene.

PRODUCT TIP OF THE MONTH: MEASURE, DON'T GUESS
Stomas shrink for 6-8 weeks after surgery. Re-measure at every pouch change for the first two months and cut the barrier opening no more than 1/8 inch (2-3 mm) larger than the stoma. Gaps mean skin damage; too tight can cut into the stoma.

BY THE NUMBERS (Jan-Aug)
- 1,312 inpatient WOC consults
- 839 ostomy clinic visits
- 78% of elective ostomy patients marked before surgery (goal 80%)

WELCOME
Please welcome Colleen Brophy, RN, who starts the WOC nursing fellowship on 10/7. She comes to us from 6 West.

ASK THE WOC NURSE
Q: Should I use barrier cream under an ostomy wafer?
A: No. Creams and ointments stop the wafer from sticking. If the skin is open, use a light dusting of stoma powder and seal it with a no-sting barrier film.

Questions or ideas for the next issue: woc.nursing@lakemontregional.org"""
    html = """<html><body style="font-family:Georgia,serif;max-width:640px">
<div style="background:#005e85;color:#fff;padding:14px"><h1 style="margin:0">The Pouch Post</h1><div>WOC Nursing Service Newsletter | September 2024</div></div>
<h2>Ostomy Awareness Day - Saturday October 5</h2>
<p>Our clinic will have a table in the main lobby Friday 10/4 from 11-2 with pouching systems you can touch, stoma models, and information on local support groups. Volunteers welcome - sign up with Jolene.</p>
<h2>Product tip of the month: measure, don't guess</h2>
<p>Stomas shrink for 6-8 weeks after surgery. Re-measure at every pouch change for the first two months and cut the barrier opening no more than 1/8 inch (2-3 mm) larger than the stoma.</p>
<h2>By the numbers (Jan-Aug)</h2><ul><li>1,312 inpatient WOC consults</li><li>839 ostomy clinic visits</li><li>78% of elective ostomy patients marked before surgery (goal 80%)</li></ul>
<h2>Welcome</h2><p>Please welcome Colleen Brophy, RN, who starts the WOC nursing fellowship on 10/7.</p>
<h2>Ask the WOC nurse</h2><p><b>Q:</b> Should I use barrier cream under an ostomy wafer?<br><b>A:</b> No. Creams and ointments stop the wafer from sticking.</p>
<img src="cid:pouchlogo" width="120" height="60" alt="WOC logo">
</body></html>"""
    m = build(WOCTEAM, A("All Nursing Staff", H("allnursing")), "The Pouch Post - September 2024", D(2024, 9, 3, 7, 0), body, html=html)
    # attach the logo image inline to the html part
    html_part = m.get_payload()[1]
    html_part.add_related(png(120, 60, "logo"), maintype="image", subtype="png", cid="<pouchlogo>", filename="woc_logo.png")
    return m

@reg("clean", "news")
def news2():
    frm = A("Nursing Research Council", "nursingresearch@" + HOSP)
    body = """Evidence Brief #24-06: Peristomal skin complications

What's new
A 2023 international consensus on peristomal skin health (multi-society panel) and a pooled analysis of 14 observational studies were reviewed by the Nursing Research Council this month.

Key findings
- Reported rates of peristomal skin complications range from 36% to 73% in the first year after ostomy surgery; ileostomies and urostomies carry higher risk than colostomies.
- The most common cause is leakage of effluent under the barrier (irritant dermatitis), followed by mechanical injury from adhesive removal.
- Pre-operative stoma site marking and education by a certified WOC nurse were associated with fewer complications and fewer unplanned visits in most included studies.
- Routine use of convexity in the early post-op period was NOT associated with harm in the pooled data, contrary to older teaching; individual assessment is still recommended.

What it means for practice here
- Continue to mark all elective ostomy patients pre-op.
- Use a validated peristomal skin assessment tool at each clinic visit (the clinic adopted one in 2023).
- Adhesive remover should be used at every barrier change.

Full brief and references on the Nursing Research intranet page.
Prepared by: D. Kowalczyk, MSN, RN, CWOCN and the WOC journal club."""
    return build(frm, A("All Nursing Staff", H("allnursing")), "Evidence Brief: peristomal skin complications", D(2024, 6, 26, 12, 0), body)

@reg("clean", "news")
def news3():
    frm = A("Aurelle Ostomy Care", "news@mail.aurelleostomy.com")
    body = """Introducing Aurelle FlexConvex - convexity that moves with you

Dear Clinician,

We're excited to announce FlexConvex, our new soft convex skin barrier designed for stomas that sit flush or are retracted.

- Flexible convex ring that adapts to body contours when sitting and bending
- Ceramide-infused hydrocolloid to help maintain the skin barrier
- Available in cut-to-fit (up to 43 mm and 64 mm) and 5 pre-cut sizes
- Compatible with all Aurelle 2-piece pouches

Join our free CE webinar
"Convexity in 2024: who, when and how much?"
Thursday, November 14, 12:00-1:00 PM ET | 1.0 contact hour
Presented by a certified WOC nurse educator.

Request samples for your clinic: contact your Aurelle Clinical Specialist or visit aurelleostomy.com/pro.

Aurelle Ostomy Care | 400 Meridian Park Dr, Suite 200, Raleigh NC 27607
You are receiving this because you registered for Aurelle professional communications. Unsubscribe | Manage preferences"""
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333"><table width="600" align="center">
<tr><td style="background:#7a2a8c;color:white;padding:20px;font-size:22px">Introducing <b>Aurelle FlexConvex</b></td></tr>
<tr><td style="padding:16px"><p>Dear Clinician,</p><p>We're excited to announce FlexConvex, our new soft convex skin barrier designed for stomas that sit flush or are retracted.</p>
<ul><li>Flexible convex ring that adapts to body contours</li><li>Ceramide-infused hydrocolloid</li><li>Cut-to-fit and 5 pre-cut sizes</li></ul>
<p><a href="https://aurelleostomy.com/pro/webinar">Register for the free CE webinar</a> - Thursday, November 14, 12:00 PM ET</p>
<p style="font-size:10px;color:#888">Aurelle Ostomy Care, 400 Meridian Park Dr, Suite 200, Raleigh NC 27607. <a href="https://aurelleostomy.com/unsubscribe">Unsubscribe</a></p></td></tr></table></body></html>"""
    return build(frm, MARISOL, "New: Aurelle FlexConvex + free CE webinar", D(2024, 10, 22, 10, 0), body, html=html,
                 headers=[("List-Unsubscribe", "<https://aurelleostomy.com/unsubscribe?u=7f3a11>"), ("Precedence", "bulk")])

@reg("clean", "news")
def news4():
    frm = A("Lakemont Today", "lakemonttoday@" + HOSP)
    body = """LAKEMONT TODAY - Employee Bulletin | Week of June 17

WORLD CONTINENCE WEEK, JUNE 17-23
About 1 in 4 adult women and 1 in 10 adult men live with some form of bladder leakage, and many never mention it to a clinician. This week our WOC nurses and the pelvic health physical therapy team are raising awareness:
- Lunch & learn: "Bladder health myths" - Wed 6/19, 12:00, Auditorium B (lunch provided, first 60)
- Info table in the cafeteria Thursday 11-1
- Reminder for inpatient staff: incontinence is not a normal part of aging or of hospitalization. Prompted toileting and skin protection prevent incontinence-associated dermatitis.

ALSO THIS WEEK
- Parking garage level 2 resurfacing continues through 6/28.
- Benefits open enrollment webinar recordings are on the HR page.
- Congratulations to 6 East, this quarter's Patient Experience award winners!

Submit news to lakemonttoday@lakemontregional.org by Thursday noon."""
    return build(frm, A("All Employees", H("allemployees")), "Lakemont Today: World Continence Week + more", D(2024, 6, 17, 6, 30), body,
                 html=to_html(body, "Arial"), headers=[("Precedence", "bulk")])

@reg("clean", "news")
def news5():
    frm = A("Lakemont Area Ostomy Association", "newsletter@lakemontostomy.org")
    body = """LAKEMONT AREA OSTOMY ASSOCIATION - Fall 2024 Newsletter

MEETINGS
We meet the second Tuesday of each month, 7:00 pm, at Lakemont Public Library, Community Room B. Family and friends are always welcome.
  Oct 8  - "Traveling with an ostomy" - open discussion, bring your tips
  Nov 12 - Guest speaker: WOC nurse from Lakemont Regional on hernia prevention and support garments
  Dec 10 - Holiday potluck (no meeting topic)

YOUNG ADULT GROUP
Ages 18-40, first Thursday of the month on video. Email the chapter for the link.

SUPPLY CLOSET
Our closet takes unopened, unexpired supplies and passes them on to people who are uninsured or waiting for coverage. We cannot accept opened boxes or prescription items. Drop-off at the library meeting or by appointment.

VISITOR PROGRAM
Trained volunteers who live with an ostomy can visit new ostomates before or after surgery, by request through your WOC nurse.

DUES
$20/year, waived on request. Donations support the supply closet and scholarships for youth camp.

The Association is a volunteer, non-profit group. Information in this newsletter is not medical advice; please talk to your WOC nurse or doctor."""
    return build(frm, A("Chapter members and friends", "members@lakemontostomy.org"), "LAOA Fall Newsletter", D(2024, 9, 20, 19, 0), body,
                 cc=OSTCLINIC, headers=[("Precedence", "list")])

@reg("clean", "news")
def news6():
    frm = A("Ohio Hospital Quality Collaborative", "collaborative@ohqc-network.org")
    body = """Pressure Injury Prevention Collaborative - Cohort 3 Results Summary

Thank you to the 31 participating hospitals. Highlights from the 12-month cohort (Jul 2023 - Jun 2024):

- HAPI stage 2+ rate fell from 1.12 to 0.79 per 1,000 patient days across the cohort (-29%).
- Medical device related pressure injuries fell 41%, the largest drop of any category. Most sites credited structured device-rotation checks for oxygen tubing, masks and cervical collars.
- Sites with a certified WOC nurse on the unit-based skin champion team improved faster (median -34%) than sites without (median -18%).
- Heel injuries were the least improved category; the steering group will make heel offloading the focus of Cohort 4.

Cohort 4 applications open December 2 and close January 17. Each hospital needs a nursing executive sponsor and a WOC nurse or wound lead.

The full report, including de-identified hospital-level funnel plots, is available to members on the collaborative portal.

Ohio Hospital Quality Collaborative | 88 East Broad St, Columbus OH 43215"""
    return build(frm, DANA, "Cohort 3 results - PI Prevention Collaborative", D(2024, 11, 19, 13, 0), body,
                 cc=GRACE)

# ======================================================================
# CLEAN - staff
# ======================================================================
@reg("clean", "staff")
def staff1():
    body = """Hi all - Thanksgiving coverage, final. Please double-check your days and tell me by Friday if something's wrong.

Date        Day    Inpatient (0700-1530)    On-call pager 3317 (1530-0700)   Clinic
11/27       Wed    Priya, Terrence          Marisol                          Marisol (AM only)
11/28       Thu    Terrence                 Terrence                         CLOSED
11/29       Fri    Priya                    Priya                            CLOSED
11/30       Sat    Marisol                  Marisol                          CLOSED
12/01       Sun    Marisol                  Priya                            CLOSED
12/02       Mon    all back                 Dana                             normal

Holiday rules refresher: on Thu/Fri we see new consults, ostomy teaching for anyone going home, and NPWT changes only. Routine prevention follow-ups roll to Monday.

Thanks for being flexible, everyone. I'll bring pie on Wednesday.

Dana"""
    return build(DANA, WOCTEAM, "Thanksgiving coverage FINAL", D(2024, 11, 13, 16, 45), body)

@reg("clean", "staff")
def staff2():
    rows = [["Name", "Role", "Credentials", "Certification", "Cert #", "Expires", "BLS exp", "Ohio RN exp"],
            ["Dana Kowalczyk", "Manager", "MSN, RN", "CWOCN", "W-20114", "2026-10-31", "2025-03-31", "2025-08-31"],
            ["Marisol Ibarra", "WOC RN - Clinic", "BSN, RN", "CWON", "W-33852", "2025-04-30", "2025-01-31", "2025-08-31"],
            ["Terrence Oyelaran", "WOC RN", "BSN, RN", "CWCN, COCN", "W-41177", "2024-12-31", "2025-06-30", "2025-08-31"],
            ["Priya Raghunathan", "WOC RN", "RN", "CWOCN", "W-28760", "2027-02-28", "2024-11-30", "2025-08-31"],
            ["Colleen Brophy", "WOC Fellow", "BSN, RN", "(in program)", "", "", "2025-09-30", "2025-08-31"],
            ["Jolene Fitch", "Patient Access Rep", "", "CHAA", "H-551902", "2025-06-30", "", ""]]
    body = """Grace,

Here's the credential roster for the WOC service for the Magnet document. Two items to watch:
- Terrence's CWCN/COCN recertification is due 12/31 - he's submitted his points, waiting on WOCNCB.
- Priya's BLS expires end of this month, she's signed up for the 11/21 class.

Attached as a spreadsheet too.

Dana"""
    return build(DANA, GRACE, "WOC credential roster", D(2024, 11, 4, 11, 20), body,
                 atts=[("WOC_credentials_Nov2024.xlsx", xlsx(rows, "Roster"),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])

@reg("clean", "staff")
def staff3():
    body = """Save the date!

After 31 years at Lakemont - 19 of them as a WOC nurse - Gail Heffernan is retiring at the end of June. Most of us learned how to cut a barrier from Gail, and a lot of you learned from her how to talk to a scared family at 2 in the morning.

Retirement open house
Friday, June 28, 2:00-4:00 PM
Conference Center, Room A
Cake, coffee, and a slideshow (send your photos of Gail to Jolene by 6/21 - no patient faces in the background please!)

We're collecting for a gift - envelope is in the WOC office (4-118) or Venmo @Jolene-Fitch-LRMC. Cards also in the office.

Hope to see you there,
The WOC team"""
    return build(JOLENE, [WOCTEAM, A("6 West Staff", H("6west.staff")), A("4 South Staff", H("4south.staff"))],
                 "Save the date - Gail's retirement 6/28", D(2024, 6, 3, 9, 5), body, html=to_html(body, "Verdana"))

@reg("clean", "staff")
def staff4():
    d0 = D(2024, 7, 24, 13, 2)
    prev = """Dana, I need to take next week off (7/29-8/2), family stuff came up. I know it's short notice. I have 62 hours of PTO. I can finish the 4S product in-service tomorrow before I go.
Terrence"""
    body = """Approved - don't worry about it, take care of your family. I've put it in Kronos.

Coverage for 7/29-8/2: Priya on inpatient all week, Marisol covers clinic + inpatient overflow Tues/Thurs, I'll take the pager Mon/Wed evenings. The 4S in-service can wait until you're back if tomorrow gets crazy.

Dana

""" + wrote(d0, "Oyelaran, Terrence <toyelaran@lakemontregional.org>") + "\n" + q(prev)
    return build(DANA, TERRENCE, "RE: PTO request 7/29-8/2", D(2024, 7, 24, 14, 40), body, cc=[PRIYA, MARISOL])

@reg("clean", "staff")
def staff5():
    frm = A("Payroll Services", "payroll@" + HOSP)
    body = """REMINDER: Timecard approval deadline

Pay period: 10/13/2024 - 10/26/2024
Employee timecard corrections due: Monday 10/28 at 10:00 AM
Manager approval due: Monday 10/28 at 2:00 PM
Pay date: Friday 11/1/2024

Your department (Cost Center 7420 - WOC Nursing) has 3 timecards with exceptions:
  - missed punch (2)
  - on-call hours not coded to ONCALL pay code (1)

Reminder: on-call callback hours must be coded CALLBACK with a 2-hour minimum; pager hours without callback are coded ONCALL.

Kronos help: x4-7297 | Payroll Services"""
    return build(frm, DANA, "Timecard approval due Mon 10/28 - CC 7420", D(2024, 10, 25, 7, 0), body,
                 headers=[("Auto-Submitted", "auto-generated")])

@reg("clean", "staff")
def staff6():
    colleen = A("Brophy, Colleen", H("cbrophy"))
    body = """Hi Colleen, and welcome!

So glad you're joining us. Here's your first two weeks so you're not walking in blind on Monday:

Week 1 (10/7-10/11)
- Mon: 0730 New hire paperwork with HR (Admin bldg, 1st floor), then meet me in 4-118 at 11:00. Badge access to the WOC office and Suite 210 is requested.
- Tue-Wed: shadow Priya on inpatient consults
- Thu: shadow Marisol in ostomy clinic
- Fri: EHR WOC documentation class 0800-1200 (IT Training Room 2), afternoon with Terrence on continence rounds

Week 2 (10/14-10/18)
- WOC fellowship online modules start - login comes from the program directly
- Mon/Wed/Fri inpatient with Priya, Tue/Thu clinic with Marisol

Bring: stethoscope, a small notebook, comfortable shoes. Scrubs are fine; navy is our team color but no one will send you home for teal.

Your preceptors are Priya (inpatient) and Marisol (clinic). Our team chat is on Teams - "WOC Nurses".

See you Monday!
Dana

""" + SIG["dana"]
    return build(DANA, colleen, "Welcome to WOC Nursing - your first two weeks", D(2024, 10, 2, 15, 15), body,
                 cc=[PRIYA, MARISOL, TERRENCE])

@reg("clean", "staff")
def staff7():
    d0 = D(2024, 8, 14, 8, 30)
    d1 = D(2024, 8, 14, 9, 2)
    m0 = """Mar - any chance you'd swap clinic days with me the week of the 26th? I'd take your Tues 8/27 and you take my Thurs 8/29. I've got my kid's school orientation Thursday morning."""
    m1 = """Sure, that works for me. Tell Jolene so she can move the template?"""
    body = """Jolene - FYI Marisol and I swapped: I'm in clinic Tues 8/27, she's in Thurs 8/29. Can you flip us on the template? Nothing else changes.

Thanks!
Priya

""" + wrote(d1, "Ibarra, Marisol <mibarra@lakemontregional.org>") + "\n" + q(m1) + "\n>\n" + q(wrote(d0, "Raghunathan, Priya <praghunathan@lakemontregional.org>") + "\n" + q(m0))
    return build(PRIYA, JOLENE, "RE: swap clinic days wk of 8/26", D(2024, 8, 14, 9, 20), body, cc=MARISOL)

# ======================================================================
# CLEAN - training
# ======================================================================
@reg("clean", "training")
def train1():
    body = """Skin Champions - here's this quarter's staging quiz. Please complete before the 3/20 meeting. Answers at the bottom - no peeking :)

1. Intact skin with a localized area of non-blanchable erythema is:
   a) Stage 1   b) Stage 2   c) DTPI   d) Unstageable
2. A shallow open area with a pink wound bed, no slough, is:
   a) Stage 1   b) Stage 2   c) Stage 3   d) MASD
3. Persistent non-blanchable deep red, maroon or purple discoloration is:
   a) Stage 1   b) Stage 3   c) DTPI   d) Unstageable
4. Full thickness tissue loss where the base is covered by eschar is:
   a) Stage 3   b) Stage 4   c) Unstageable   d) DTPI
5. True or false: a pressure injury on a mucous membrane (e.g., under an ET tube) is staged using the stage 1-4 system.
6. True or false: moisture-associated skin damage (IAD) should be documented as a stage 2 pressure injury.
7. A patient has a Braden score of 11. Name two interventions that should be in place.

ANSWER KEY
1-a  2-b  3-c  4-c
5-False (mucosal membrane pressure injuries are not staged)
6-False (document as IAD/MASD, not as a pressure injury)
7-Any two: pressure redistribution surface, turn q2h, heel offloading, moisture management, nutrition consult, WOC consult per policy

Priya"""
    return build(PRIYA, A("Skin Champions", H("skinchampions")), "Q1 staging quiz (answers at bottom)", D(2024, 3, 6, 14, 0), body)

@reg("clean", "training")
def train2():
    rows = [["Step", "Environment", "Test patient", "Test MRN", "Action", "Expected result", "Pass/Fail", "Tester"],
            ["1", "TST", "ZZTEST, OSTOMY ONE", "T9000101", "Open LDA - add Ostomy (colostomy, descending)", "LDA created; ostomy flowsheet group appears", "", ""],
            ["2", "TST", "ZZTEST, OSTOMY ONE", "T9000101", "Document stoma size 32 mm, color pink, MCJ intact", "Values file to flowsheet row IDs 71004-71006", "", ""],
            ["3", "TST", "ZZTEST, OSTOMY TWO", "T9000102", "Add peristomal skin assessment score 6", "BPA fires: 'Consider WOC consult'", "", ""],
            ["4", "TST", "ZZTEST, OSTOMY TWO", "T9000102", "Accept BPA", "WOC consult order pends with reason 'peristomal skin'", "", ""],
            ["5", "TST", "ZZTEST, WOUND", "T9000103", "Document sacral PI stage 3 with measurements", "Wound graphic updates; HAPI question required", "", ""],
            ["6", "TST", "ZZTEST, WOUND", "T9000103", "Launch SkinTrak from LDA", "SkinTrak test tenant opens to fake patient context", "", ""]]
    body = """Hi team,

The ostomy/wound flowsheet build is in the TST environment and ready for your validation. Please run the attached script using ONLY the ZZTEST patients listed (they're fake records that exist only in TST). Mark pass/fail and add a screenshot for anything that fails.

Validation window: 5/6-5/10. Go-live target 6/4 pending your sign-off.

Login: TST environment via Citrix "EHR-TST" icon, your normal username, password is reset to your network password.

Thanks!
Samuel Adeyemi
Clinical Applications Analyst"""
    return build(SAMUEL, WOCTEAM, "Test script - ostomy/wound flowsheet build (TST)", D(2024, 5, 3, 11, 15), body,
                 cc=DANA, atts=[("WOC_flowsheet_test_script_v2.xlsx", xlsx(rows, "Script"),
                                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])

@reg("clean", "training")
def train3():
    body = """Fellowship case study #4 (de-identified - details changed, composite case)

A man in his late 60s is seen in clinic 3 weeks after an emergency sigmoid resection with end colostomy. He lives with his spouse and was not marked before surgery. The stoma is in a skin fold just below the belt line. He reports leaking "every day or two," mostly when sitting. Peristomal skin shows denuded, moist areas from 5 to 8 o'clock. Stoma measures 35 mm round, budded about 5 mm when lying, flush when sitting. He is using a flat cut-to-fit barrier cut to 45 mm.

Questions for discussion (bring written answers Thursday):
1. What are the three most likely causes of his leaking?
2. What would you change about the pouching system? Be specific (convexity, size, accessories).
3. How would you treat the denuded skin so the barrier still adheres?
4. What teaching would you give the spouse?
5. When would you want to see him again, and what would make you escalate to the surgeon?

Reading: Chapter 11 of the core curriculum text, and the convexity consensus paper in the shared folder.

Dana"""
    return build(DANA, [A("Brophy, Colleen", H("cbrophy")), A("WOC Fellows 2024", "woc-fellows@lakemontwocprogram.org")],
                 "Case study #4 for Thursday", D(2024, 10, 21, 17, 30), body, cc=[PRIYA, MARISOL])

@reg("clean", "training")
def train4():
    sim = A("Simulation Center", "simcenter@" + HOSP)
    body = """SIMULATION SCENARIO - Ostomy Pouch Change Competency (Annual, Med-Surg RNs)

Simulated patient: "Manny Quinn" (high-fidelity mannequin, Sim Room 2) - fictional
Scenario: Post-op day 3 after loop ileostomy, pouch is leaking at the bedside; the simulated spouse (played by a sim staff member) is anxious and asking questions.

Learner objectives
1. Remove pouching system using adhesive remover, protecting the skin.
2. Assess stoma (color, size, height) and peristomal skin.
3. Measure and cut barrier to correct size.
4. Apply barrier ring and two-piece system; close pouch.
5. Provide two teaching points to the spouse in plain language.

Critical actions (must perform to pass)
- Hand hygiene and gloves
- Measures stoma (does not reuse old template)
- Barrier opening within 2-3 mm of stoma
- Recognizes dusky stoma image on monitor as urgent and escalates to surgeon/WOC

Sessions: Tues/Thurs 0800, 1000, 1300 in September. 45 min including debrief. Sign up on the Learning portal (course SIM-OST-101).

Faculty: WOC Nursing Service + Simulation Center staff."""
    return build(sim, A("Med-Surg Nurse Educators", H("medsurg.educators")), "Sim scenario: ostomy pouch change competency (Sept)",
                 D(2024, 8, 20, 10, 0), body, cc=WOCTEAM)

@reg("clean", "training")
def train5():
    doc = docx(["**WOC Nursing Preceptor Packet - Clinic Rotation**",
                "Lakemont Regional Medical Center | WOC Nursing Service",
                "",
                "**Rotation goals**",
                "By the end of the clinic rotation the fellow will independently complete a post-op ostomy visit, select a pouching system, and place a supply order.",
                "",
                "**Practice scenarios (fictitious)**",
                "Scenario A: Sample patient 'Alex Sample', 54, new urostomy, night drainage setup. Practice: connect night bag, teach cleaning, discuss supply quantities.",
                "Scenario B: Sample patient 'Jordan Example', 72, colostomy with parastomal hernia. Practice: measure for support belt, irrigation candidacy discussion.",
                "Scenario C: Sample patient 'Sam Placeholder', 38, high output ileostomy. Practice: output log, oral rehydration teaching, when to call.",
                "",
                "**Sign-off checklist**",
                "[ ] Stoma assessment   [ ] Peristomal skin tool   [ ] Product selection   [ ] SWO completed   [ ] Teach-back documented",
                "",
                "Preceptor signature: ____________________   Fellow signature: ____________________"])
    body = """Marisol,

Attached is the updated preceptor packet for Colleen's clinic weeks. I replaced the old scenarios with fake ones (Alex Sample etc.) so there's nothing from real clinic charts in there. Take a look and tell me if the sign-off list matches what you actually do.

Dana"""
    return build(DANA, MARISOL, "preceptor packet - clinic rotation (updated)", D(2024, 10, 3, 12, 40), body,
                 atts=[("WOC_Preceptor_Packet_Clinic_v4.docx", doc,
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])

@reg("clean", "training")
def train6():
    vendor = A("SkinTrak Implementation", "implementation@skintrak-app.com")
    hl7 = "\r\n".join([
        "MSH|^~\\&|EPIC|LRMC_TST|SKINTRAK|SKINTRAK_TEST|20240409101500||ADT^A04^ADT_A01|TSTLRMC000017|T|2.5.1",
        "EVN|A04|20240409101500",
        "PID|1||T9000103^^^LRMC_TST^MR||ZZTEST^WOUND^^^^^D||19000101|U|||1 TEST ST^^TESTVILLE^OH^00000||(000)000-0000",
        "PV1|1|I|TST4S^TST01^01^LRMC_TST||||99999^ZZTEST^PROVIDER^^^^MD",
        "",
        "MSH|^~\\&|EPIC|LRMC_TST|SKINTRAK|SKINTRAK_TEST|20240409101730||ADT^A08^ADT_A01|TSTLRMC000018|T|2.5.1",
        "EVN|A08|20240409101730",
        "PID|1||T9000101^^^LRMC_TST^MR||ZZTEST^OSTOMY ONE^^^^^D||19000101|U|||1 TEST ST^^TESTVILLE^OH^00000",
        "PV1|1|I|TST5E^TST02^01^LRMC_TST||||99999^ZZTEST^PROVIDER^^^^MD"])
    body = """Hi SkinTrak team,

Sending the ADT test messages for the integration test cycle (processing ID "T", our TST environment). All patients are the ZZTEST dummy records - nothing from production. Please confirm your test tenant receives and matches them on MRN, and that the A08 updates the location.

Once both messages show in your test tenant, I'll run the image-link test from the EHR side.

Samuel Adeyemi
Clinical Applications Analyst - Interfaces
Lakemont Regional Medical Center"""
    return build(SAMUEL, vendor, "LRMC integration test cycle 2 - ADT test messages", D(2024, 4, 9, 10, 25), body,
                 cc=A("Integration Team", H("integration")),
                 atts=[("LRMC_TST_ADT_cycle2.txt", hl7, "text/plain")])

# ======================================================================
# main
# ======================================================================
EXPECTED = {("phi", "care"): 8, ("phi", "ids"): 8, ("phi", "lang"): 8, ("phi", "lists"): 7,
            ("phi", "names"): 8, ("phi", "self"): 7, ("phi", "struct"): 7,
            ("clean", "admin"): 7, ("clean", "lookalike"): 7, ("clean", "news"): 6,
            ("clean", "staff"): 7, ("clean", "training"): 6}

def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(outdir, exist_ok=True)
    counts = {}
    rows = []
    for label, kind, patient, fn in REG:
        key = (label, kind)
        counts[key] = counts.get(key, 0) + 1
        fname = "%s-%s-%03d.eml" % (label, kind, counts[key])
        msg = fn()
        with open(os.path.join(outdir, fname), "wb") as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        rows.append([fname, label, kind, patient])
    with open(os.path.join(outdir, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    for key in sorted(EXPECTED):
        if counts.get(key, 0) != EXPECTED[key]:
            print("WARNING: %s-%s has %d, expected %d" % (key[0], key[1], counts.get(key, 0), EXPECTED[key]))
    for key in sorted(counts):
        print("%s-%s: %d" % (key[0], key[1], counts[key]))
    print("total: %d" % sum(counts.values()))

if __name__ == "__main__":
    main()
