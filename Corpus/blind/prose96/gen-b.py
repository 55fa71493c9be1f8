#!/usr/bin/env python3
"""Blind evaluation mail set: immigration law practice + civil surgeon clinic.
Everything here is invented. Run: python3 gen.py OUTDIR
"""
import sys, os, csv, random, zlib, struct, zipfile, io, json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
import email.policy

SEED = 9602
random.seed(SEED)

# ---------------------------------------------------------------- people / orgs
LAW = "halloranreyes-law.com"
CLINIC = "lakeshore-civilsurgeon.com"
IMG = "eastgate-imaging.net"
LAB = "meridianreflab.com"
PSY = "okonjobarros-psych.com"
HRC = "harborhrclinic.org"
INTERP = "polyglotbridge.net"

def A(name, user, dom):
    return "%s <%s@%s>" % (name, user, dom)

MREYES = A("Marisol Reyes", "mreyes", LAW)
DHALL = A("Daniel Halloran", "dhalloran", LAW)
PRIYA = A("Priya Venkataraman", "pvenkataraman", LAW)
KENDRA = A("Kendra Boateng", "kboateng", LAW)
TOMAS = A("Tomás Aguilar", "taguilar", LAW)
LIEN = A("Lien Tran", "ltran", LAW)
JRP = A("Jean-Robert Pierre", "jrpierre", LAW)
ANAP = A("Ana Paula Moreira", "amoreira", LAW)
GAIL = A("Gail Fitzsimmons", "gfitzsimmons", LAW)
LAWALL = A("HR Immigration - All Staff", "allstaff", LAW)
PARALEGALS = A("Paralegal Team", "paralegals", LAW)

DRK = A("Nadia Kowalczyk, MD", "nkowalczyk", CLINIC)
DRA = A("Samuel Achebe, DO", "sachebe", CLINIC)
ROSA = A("Rosa Ibarra", "ribarra", CLINIC)
TIFF = A("Tiffany Nguyen", "tnguyen", CLINIC)
BRANDON = A("Brandon Lee", "frontdesk", CLINIC)
MARJ = A("Marjorie Olsen", "billing", CLINIC)
CLINICIT = A("Lakeshore IT", "it-support", CLINIC)
CLINICALL = A("Lakeshore Clinic Staff", "staff", CLINIC)
NOREPLY = A("Lakeshore Civil Surgeon Clinic", "no-reply", CLINIC)

RADS = A("Eastgate Imaging Reading Room", "reads", IMG)
LABCS = A("Meridian Client Services", "clientservices", LAB)
DROB = A("Leticia Okonjo-Barros, PsyD", "lokonjo", PSY)
DRFELD = A("Ethan Feld, MD", "efeld", HRC)
INTERPSCHED = A("Polyglot Bridge Scheduling", "schedule", INTERP)

SIG_KENDRA = """Kendra Boateng
Senior Paralegal
Halloran Reyes Immigration Law, PLLC
2210 Commerce Street, Suite 400 | Riverton, WA 98031
T 253-555-0147 | F 253-555-0199"""
SIG_TOMAS = """Tomás Aguilar
Paralegal | Asistente Legal
Halloran Reyes Immigration Law, PLLC
T 253-555-0152 ext. 14"""
SIG_LIEN = """Lien Tran
Paralegal (English / Tiếng Việt)
Halloran Reyes Immigration Law, PLLC
253-555-0152 x19"""
SIG_JRP = """Jean-Robert Pierre
Legal Assistant (English / Kreyòl / Français)
Halloran Reyes Immigration Law, PLLC"""
SIG_MREYES = """Marisol Reyes
Managing Attorney
Halloran Reyes Immigration Law, PLLC
2210 Commerce Street, Suite 400, Riverton, WA 98031
Direct 253-555-0140"""
SIG_PRIYA = """Priya Venkataraman
Associate Attorney
Halloran Reyes Immigration Law, PLLC"""
SIG_ROSA = """Rosa Ibarra
Patient Coordinator
Lakeshore Civil Surgeon Clinic
880 Lakeshore Blvd, Suite 2B, Riverton, WA 98032
Ph 253-555-0188 | Fax 253-555-0189"""
SIG_TIFF = """Tiffany Nguyen, CMA
Lakeshore Civil Surgeon Clinic
253-555-0188 opt 2"""
SIG_DRK = """Nadia Kowalczyk, MD
Designated Civil Surgeon
Lakeshore Civil Surgeon Clinic"""
SIG_MARJ = """Marjorie Olsen
Billing Office
Lakeshore Civil Surgeon Clinic
253-555-0188 opt 4"""

DISC_LAW = """CONFIDENTIALITY NOTICE: This e-mail message, including any attachments,
is intended only for the named recipient(s) and may contain information that
is privileged, confidential, or protected as attorney-client communication or
attorney work product. If you have received this message in error, please
notify the sender immediately and delete it. Thank you."""
DISC_CLINIC = """This message is intended only for the addressee and may contain
confidential information. If you are not the intended recipient, please notify
the sender and delete this message. Lakeshore Civil Surgeon Clinic does not
accept instructions or consent by e-mail."""

# ---------------------------------------------------------------- helpers
def D(y, m, d, h=9, mi=0, off=None):
    if off is None:
        off = -8 if (m < 3 or m > 11 or (m == 3 and d < 9) or (m == 11 and d > 2)) else -7
    return datetime(y, m, d, h, mi, random.randint(0, 59), tzinfo=timezone(timedelta(hours=off)))

def on_wrote(dt, who):
    # Gmail style
    return "On %s, %s at %s %s wrote:" % (
        dt.strftime("%a, %b ") + str(dt.day), dt.strftime("%Y"),
        dt.strftime("%I:%M %p").lstrip("0"), who)

def outlook_hdr(frm, dt, to, subject, cc=None):
    s = "-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\n" % (
        frm, dt.strftime("%A, %B ") + str(dt.day) + dt.strftime(", %Y ") + dt.strftime("%I:%M %p").lstrip("0"), to)
    if cc:
        s += "Cc: %s\n" % cc
    s += "Subject: %s\n" % subject
    return s

def fwd_hdr(frm, dt, to, subject):
    return ("---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n"
            % (frm, dt.strftime("%a, %b ") + str(dt.day) + dt.strftime(", %Y at ") + dt.strftime("%I:%M %p").lstrip("0"), subject, to))

def quote(text):
    out = []
    for line in text.split("\n"):
        out.append(">" + (" " + line if line and not line.startswith(">") else line))
    return "\n".join(out)

def mid(domain, dt):
    return "<%012x.%d.%s@%s>" % (random.getrandbits(48), int(dt.timestamp()), random.choice(["mail", "msg", "gw", "smtp"]), domain)

def dom_of(addr):
    return addr.split("@")[-1].rstrip(">").strip()

def build(frm, to, subject, body, dt, cc=None, html=None, atts=(), irt=None, extra=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to if isinstance(to, str) else ", ".join(to)
    if cc:
        m["Cc"] = cc if isinstance(cc, str) else ", ".join(cc)
    m["Subject"] = subject
    m["Date"] = format_datetime(dt)
    m["Message-ID"] = mid(dom_of(frm), dt)
    if irt:
        ref = "<%010x@%s>" % (random.getrandbits(40), irt)
        m["In-Reply-To"] = ref
        m["References"] = ref
    for k, v in (extra or {}).items():
        m[k] = v
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    for a in atts:
        fname, data, mtype = a
        maint, subt = mtype.split("/")
        if isinstance(data, str):
            if maint == "text":
                m.add_attachment(data, subtype=subt, filename=fname)
            else:
                m.add_attachment(data.encode("utf-8"), maintype=maint, subtype=subt, filename=fname)
        else:
            m.add_attachment(data, maintype=maint, subtype=subt, filename=fname)
    return m

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")

def to_html(body, font="Calibri, Arial, sans-serif"):
    paras = body.split("\n\n")
    inner = "".join("<p>%s</p>\n" % esc(p).replace("\n", "<br>\n") for p in paras)
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:%s;font-size:11pt">\n%s</body></html>'
            % (font, inner))

# ---------------------------------------------------------------- attachments
ZDT = (2025, 1, 1, 0, 0, 0)

def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, content)
    return buf.getvalue()

def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def make_xlsx(rows, sheet="Sheet1"):
    xr = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, esc(str(v))))
        xr.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % "".join(xr))
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
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % esc(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet_xml)])

def make_docx(paragraphs):
    ps = []
    for p in paragraphs:
        if p.startswith("## "):
            ps.append('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(p[3:]))
        else:
            ps.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(p))
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

def make_pdf(lines, title="Document"):
    def pesc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    text = ["BT", "/F1 10 Tf", "13 TL", "54 740 Td"]
    for ln in lines:
        text.append("(%s) Tj T*" % pesc(ln.encode("latin-1", "replace").decode("latin-1")))
    text.append("ET")
    stream = "\n".join(text).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (ScanDesk 4.2) >>" % pesc(title)).encode("latin-1", "replace"),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += str(i).encode() + b" 0 obj\n" + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out

def _png_chunk(tag, data):
    return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xffffffff)

def make_png_logo(w=180, h=48, fg=(22, 78, 122), bg=(255, 255, 255)):
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            inside = (6 <= x < 42 and 6 <= y < 42)
            bar = (52 <= x < 172 and (14 <= y < 20 or 28 <= y < 34))
            cross = inside and (20 <= x < 28 or 20 <= y < 28)
            if cross:
                c = bg
            elif inside or bar:
                c = fg
            else:
                c = bg
            raw.extend(c)
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + _png_chunk(b"IEND", b"")

def make_png_scan(w=170, h=220):
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            v = 246
            if 14 <= x < 156 and y in (30, 31, 60, 90, 120, 150, 180):
                v = 190
            raw.append(v)
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + _png_chunk(b"IEND", b"")

def make_ics(uid, start, end, summary, location, desc, organizer):
    f = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Lakeshore Scheduling//EN", "METHOD:REQUEST",
             "BEGIN:VEVENT", "UID:%s" % uid, "DTSTAMP:%sZ" % start.astimezone(timezone.utc).strftime(f),
             "DTSTART:%sZ" % start.astimezone(timezone.utc).strftime(f),
             "DTEND:%sZ" % end.astimezone(timezone.utc).strftime(f),
             "SUMMARY:%s" % summary, "LOCATION:%s" % location,
             "DESCRIPTION:%s" % desc.replace("\n", "\\n"), "ORGANIZER:mailto:%s" % organizer,
             "END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines)

LOGO = make_png_logo()

REG = []  # (label, kind, func)
def reg(label, kind):
    def deco(fn):
        REG.append((label, kind, fn))
        return fn
    return deco

# ================================================================ PHI: care
@reg("phi", "care")
def care1():
    dt = D(2025, 3, 4, 8, 47)
    body = """Hi Rosa,

Could you fit Oumar Diallo's mom in this Thursday or Friday morning? Her name
is Aminata Diallo, she was in with you on 2/20. Dr. K gave her the first
varicella and told her to come back in 4 weeks for the second one and we'd
really like to file the whole package before her son's priority date moves.

Oumar will drive her, mornings only because he works nights. She speaks
Pulaar and French, French is fine for the front desk.

Thanks so much!

""" + SIG_KENDRA + "\n\n" + DISC_LAW
    return build(KENDRA, ROSA, "can you squeeze in Mrs. Diallo this week?", body, dt), "Aminata Diallo"

@reg("phi", "care")
def care2():
    dt0 = D(2025, 4, 9, 15, 2)
    dt = D(2025, 4, 10, 10, 21)
    orig = """Hi Rosa, checking if Ximena Soto's envelope is done? She said she got
her last shot on Monday. Thx - Tomás"""
    body = """Hi Tomás,

Yes, Ximena's sealed envelope is at the front desk, she or someone from your
office can pick up any time before 5:30. She needs to bring ID or you need
the pickup authorization we have on file for your office.

FYI Dr. Kowalczyk signed the vaccination page with the 1st Hep B dose only
(series not complete is acceptable). She does not have to come back to us for
immigration, but she should get doses 2 and 3 with her regular doctor in May
and October. I gave her the paper with the dates, in Spanish.

Rosa

""" + SIG_ROSA + "\n\n" + on_wrote(dt0, TOMAS) + "\n" + quote(orig)
    return build(ROSA, TOMAS, "RE: envelope Soto", body, dt, irt=LAW), "Ximena Soto"

@reg("phi", "care")
def care3():
    dt0 = D(2025, 5, 12, 21, 14)
    dt = D(2025, 5, 13, 9, 5)
    orig = """Hello Ms. Boateng,

My father Youssef Haddad has the chest x ray on Thursday at Eastgate
Imaging at 1:40 (the clinic sent him because of the blood test). He does not
drive and I have work until 3. My brother is not in town. Is there any way
your office helps with rides? Also he gets very nervous in these places and
his English is not strong, can someone speak Arabic with him there?

He is asking me if this means something bad. I told him I would ask you.

Thank you
Farah Haddad"""
    body = """Hi Farah,

Thank you for letting me know. A few things:

1) Ride: we don't have a driver, but his insurance doesn't matter for this -
Eastgate works with Riverton Access Rides. I called them this morning and
booked a pickup for your dad at 12:50 on Thursday from the Maple Ave
apartment, return trip open. Confirmation RAR-55102. They will call his
cell about 20 minutes before.

2) Interpreter: Eastgate has a phone interpreter line, I put "Arabic
(Levantine)" in the notes for his appointment so they will have it ready.

3) The X-ray is a routine next step when the TB blood test comes back
positive. It does not mean he has TB, most of the time the film is normal.
Dr. Kowalczyk will go over the result with him. Please tell him not to worry
about his case because of this, it just adds a couple of weeks.

Call me if anything changes.

Kendra

""" + SIG_KENDRA + "\n\n" + on_wrote(dt0, "Farah Haddad <farah.haddad@inboxly.net>") + "\n" + quote(orig) + "\n\n" + DISC_LAW
    return build(KENDRA, "Farah Haddad <farah.haddad@inboxly.net>", "Re: my father x ray thursday",
                 body, dt, cc=ROSA, irt="inboxly.net"), "Youssef Haddad"

@reg("phi", "care")
def care4():
    dt = D(2025, 6, 27, 17, 48)
    body = """Priya -

Handover for the Pham AOS while I'm out next week (back Mon 7/7):

Bich Ngoc Pham
- IGRA draw is Mon 6/30 at 8:30 at Lakeshore. She knows to bring the
  vaccine book from Vietnam (the small blue one) - Tiffany will check it
  against what Dr. Achebe needs so she may get MMR + Tdap same day.
- Her son Khang will take her, he has my cell but please answer if he calls
  the main line, he tends to panic.
- Once results are in (usually 3-4 business days) Rosa will email to say if
  she needs to come back. If the envelope is ready, pick-up authorization is
  already on file.
- I-485 packet is assembled in the shared drive except the I-693. Nothing
  else needed from the client.

Her daughter asked whether mom can do the exam while she's on the
blood thinner from the cardiologist - I said yes but to tell the MA. Just in
case it comes up.

Thanks!! Owe you a coffee.
Lien

""" + SIG_LIEN
    return build(LIEN, PRIYA, "OOO handover - Pham", body, dt, cc=KENDRA), "Bich Ngoc Pham"

@reg("phi", "care")
def care5():
    dt = D(2025, 2, 18, 11, 36)
    body = """Hi Tomás,

Mr. Kwame Asante was here this morning for his exam. Everything went fine
but the lab called, one of his tubes for the TB blood test clotted in
transport so they can't run it. Not his fault.

He needs to come back for a quick redraw, no appointment needed, any day
Mon-Thu 8-11am. No fasting. Takes 10 minutes. There is no charge for the
redraw.

I tried his cell twice, it goes to a voicemail that is full. Can you let him
know? The rest of his form is done, we are only waiting on this.

Thank you,
Tiffany

""" + SIG_TIFF + "\n\n" + DISC_CLINIC
    return build(TIFF, TOMAS, "Asante, K - needs to come back for redraw", body, dt), "Kwame Asante"

@reg("phi", "care")
def care6():
    dt = D(2025, 4, 8, 13, 3)
    start = datetime(2025, 4, 16, 10, 0, tzinfo=timezone(timedelta(hours=-7)))
    ics = make_ics("PBI-2025-118842@polyglotbridge.net", start, start + timedelta(hours=3),
                   "Mam interpreter - Okonjo-Barros - F. Chox Tzul",
                   "Okonjo-Barros Psychological Services, 415 Harbor View Rd Ste 3, Riverton WA",
                   "In-person Mam/Spanish interpreter for clinical interview.\nClient: Fidelina Chox Tzul\nBilling: Halloran Reyes Immigration Law",
                   "schedule@polyglotbridge.net")
    body = """Booking Confirmation - Job #PBI-2025-118842

Requested by:   Tomás Aguilar, Halloran Reyes Immigration Law
Language:       Mam (Todos Santos variant) / Spanish relay not needed
Mode:           In person
Date / time:    Wednesday, April 16, 2025, 10:00 AM - 1:00 PM (3 hr min.)
Location:       Okonjo-Barros Psychological Services
                415 Harbor View Rd, Suite 3, Riverton, WA
Client name:    Fidelina Chox Tzul
Provider:       Dr. Leticia Okonjo-Barros, PsyD
Interpreter:    Baltazar M. (certified, court & medical)
Notes from requester: psychological evaluation, client is shy with men -
    female interpreter preferred if available; client will come with her
    aunt who will wait outside.

We were not able to assign a female Mam interpreter for this date. If you
would like us to keep searching please reply to this email within 48 hours.

Cancellation policy: 48 business hours notice or the minimum is billed.

Polyglot Bridge Interpreting | schedule@polyglotbridge.net | 206-555-0117
"""
    return build(INTERPSCHED, TOMAS, "Confirmed: Mam interpreter 4/16 10:00 (Job PBI-2025-118842)", body, dt,
                 cc=DROB, atts=[("invite.ics", ics, "text/calendar")]), "Fidelina Chox Tzul"

@reg("phi", "care")
def care7():
    dt = D(2025, 3, 7, 6, 0)
    body = """Hello Rahim Karimi,

This is a reminder of your appointment:

  Tuesday, March 11, 2025 at 9:15 AM
  Immigration Medical Exam (Form I-693) - visit 1 of 2
  with Samuel Achebe, DO
  Lakeshore Civil Surgeon Clinic, 880 Lakeshore Blvd, Suite 2B, Riverton, WA

Please bring:
  - Passport or government photo ID
  - All vaccination records you have (any language)
  - Your glasses if you wear them
  - List of current medicines

You do not need to fast. Plan for about 60-90 minutes. Your second visit
(about 2-3 days later) is to read results and, if needed, give vaccines.

To confirm reply C, to cancel reply X, or call 253-555-0188.

A copy of this reminder has been sent to your attorney's office as you
requested.

Lakeshore Civil Surgeon Clinic
This is an automated message. Replies to this address are not monitored
except for C / X.
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<img src="cid:logo" alt="Lakeshore Civil Surgeon Clinic" width="180" height="48"><br>
<p>Hello <b>Rahim Karimi</b>,</p>
<p>This is a reminder of your appointment:</p>
<table cellpadding="4" style="border:1px solid #ccc">
<tr><td><b>When</b></td><td>Tuesday, March 11, 2025 at 9:15 AM</td></tr>
<tr><td><b>Visit</b></td><td>Immigration Medical Exam (Form I-693) - visit 1 of 2</td></tr>
<tr><td><b>Provider</b></td><td>Samuel Achebe, DO</td></tr>
<tr><td><b>Where</b></td><td>880 Lakeshore Blvd, Suite 2B, Riverton, WA</td></tr>
</table>
<p>Please bring: passport or photo ID, all vaccination records (any language), glasses, list of current medicines.</p>
<p>To confirm reply <b>C</b>, to cancel reply <b>X</b>, or call 253-555-0188.</p>
<p style="font-size:11px;color:#777">Automated message from Lakeshore Civil Surgeon Clinic.</p>
</body></html>"""
    m = build(NOREPLY, "Rahim Karimi <rkarimi88@postmix.com>", "Appointment reminder - Tue Mar 11, 9:15 AM",
              body, dt, cc=TOMAS, html=html, extra={"Auto-Submitted": "auto-generated"})
    m.get_payload()[1].add_related(LOGO, maintype="image", subtype="png", cid="<logo>", filename="logo.png")
    return m, "Rahim Karimi"

@reg("phi", "care")
def care8():
    dt = D(2025, 4, 30, 16, 12)
    body = """Dr. Okonjo-Barros,

Thank you for fitting Luz in last Tuesday, she said she felt very
comfortable with you, which honestly is a first for her with this case.

Logistics for the second session on 5/6: her sister Graciela will drive her
and stay in the waiting room. Luz asked if it could be in the morning because
she picks up the kids at 2:30. If 10 am does not work for you let Tomás know
and he will move the interpreter.

On timing - the I-601A is going out as soon as we have your report. We are
not under a hard deadline but her husband's consular interview is
tentatively in late June, so anything by 5/23 would be great. I'll send the
declaration from her treating counselor at Valley Family Services and her
pharmacy printout by Friday so you have them before the second visit.

Best,
Marisol

""" + SIG_MREYES + "\n\n" + DISC_LAW
    return build(MREYES, DROB, "Luz Elena Marroquín - second session + timing", body, dt, cc=TOMAS), "Luz Elena Marroquín"

# ================================================================ PHI: ids
@reg("phi", "ids")
def ids1():
    dt = D(2025, 3, 19, 14, 5)
    body = """Kendra,

Following up on the open balance on account 448120 (DOB on file
07/19/1986). Date of service 02/27/2025.

  Exam package (I-693)            $285.00
  QuantiFERON                     paid at visit
  Tdap                             $62.00
  MMR                             $118.00
  Paid 02/27                     -$285.00
  ---------------------------------------
  Balance                         $180.00

At check-in your office said the firm would cover the vaccines for this
client under the pro bono arrangement. I don't see a payment or a PO. Can
you confirm if we should bill the firm or the client? We can't release the
envelope with a balance per our policy, it's sitting in the safe.

Thanks,
""" + SIG_MARJ
    return build(MARJ, KENDRA, "Open balance acct 448120", body, dt), ""

@reg("phi", "ids")
def ids2():
    dt0 = D(2025, 5, 2, 10, 11)
    dt = D(2025, 5, 2, 11, 40)
    orig = """Priya - RFE came in on A# 212-448-903 (IOE0924417762). 87 day
response window, due 7/28. Main issue is the medical. Scan is in the
folder. - K"""
    body = """Ok read it. This one is on us honestly - Ms. V's I-693 from the old
case was signed in Feb 2022 and the new rule is it has to be filed with the
485 and signed within 60 days. She needs a completely new exam, not just a
supplement.

Can you:
- get her in at Lakeshore (she already did her TB x-ray in 2022 which was
  fine, Dr. K may still need new IGRA)
- pull her vaccination history from the last envelope - we kept a copy of
  the worksheet
- calendar 7/14 as our internal deadline

Thanks
P

""" + on_wrote(dt0, KENDRA) + "\n" + quote(orig)
    return build(PRIYA, KENDRA, "Re: RFE - A# 212-448-903", body, dt, irt=LAW), "Ms. V."

@reg("phi", "ids")
def ids3():
    dt = D(2025, 6, 10, 9, 22)
    pdf = make_pdf([
        "U.S. Department of Homeland Security",
        "U.S. Citizenship and Immigration Services",
        "",
        "REQUEST FOR EVIDENCE",
        "Receipt Number: IOE0925511874",
        "Form: I-485, Application to Register Permanent Residence",
        "",
        "Report of Immigration Medical Examination and Vaccination Record",
        "",
        "The Form I-693 submitted is incomplete. Part 5, Class A Conditions,",
        "Syphilis: the civil surgeon did not indicate results of the required",
        "serologic screening test, and the applicant was between 18 and 44",
        "years of age at the time of the examination.",
        "",
        "Submit a new, properly completed Form I-693 in a sealed envelope.",
        "",
        "Response due: September 6, 2025",
    ], title="RFE IOE0925511874")
    body = """Rosa / Dr. Kowalczyk -

Forwarding the RFE on receipt IOE0925511874 (your exam date 01/14/2025,
your chart # 006031). USCIS says the syphilis section was left blank. Our
copy of the form shows the RPR was drawn - it might just be that the
result wasn't transcribed onto page 5.

Can you check the chart and let me know if we can do a corrected form
without bringing the client back in? Response due 9/6 but I'd like to send
by end of July.

Thank you,
Tomás

""" + SIG_TOMAS
    return build(TOMAS, [ROSA, DRK], "RFE - I-693 incomplete (IOE0925511874)", body, dt,
                 atts=[("RFE_IOE0925511874.pdf", pdf, "application/pdf")]), ""

@reg("phi", "ids")
def ids4():
    dt = D(2025, 2, 24, 7, 18)
    body = """MERIDIAN REFERENCE LABORATORY - CORRECTED REPORT NOTIFICATION

Client:        Lakeshore Civil Surgeon Clinic (Acct 30-22817)
Accession:     MRL-25-0098812
Patient MRN:   LCS-007734
Patient DOB:   11/02/1979
Sex:           M
Collected:     02/19/2025 09:42
Test:          QuantiFERON-TB Gold Plus (QFT-Plus)

Previous result:   INDETERMINATE (mitogen response low)
Corrected result:  NEGATIVE
  Nil         0.04 IU/mL
  TB1-Nil     0.01 IU/mL
  TB2-Nil     0.02 IU/mL
  Mitogen-Nil >10.00 IU/mL

Reason for correction: instrument calibration error on plate 2/19-C,
specimen re-run from retained plasma.

The corrected report has been delivered to your EHR interface. Please
review and update any forms completed from the previous result.

Meridian Client Services  1-800-555-0163
This notification is generated automatically. Do not reply.
"""
    return build(LABCS, [TIFF, DRA], "Corrected report - MRL-25-0098812", body, dt,
                 extra={"Auto-Submitted": "auto-generated"}), ""

@reg("phi", "ids")
def ids5():
    dt = D(2025, 1, 28, 15, 50, off=-7)
    body = """Dear Mr. Halloran,

Regarding case number CDJ2024712345, applicant date of birth 03/22/1991
(surname Gonzalez), seen at our office on 01/21/2025.

The applicant's chest radiograph showed findings consistent with
previously treated tuberculosis. Sputum smears and cultures are negative at
this time. Per the Technical Instructions the applicant has been classified
Class B1 TB, Pulmonary, and the DS-2054 and DS-3025 were transmitted to the
Consulate electronically on 01/27/2025.

After arrival in the United States the applicant must report to the local
health department for follow-up evaluation within 30 days. Please inform
your client and the petitioner. We will not release medical documents to
the law firm; the sealed packet will be given to the applicant at the
Consulate.

Atentamente,
Coordinación de Casos
Clínica Médica Frontera - Panel Physician Office
Av. Insurgentes 2280, Cd. Juárez, Chih.
casos@clinicamedicafrontera.com
"""
    return build("Clínica Médica Frontera <casos@clinicamedicafrontera.com>", DHALL,
                 "Case CDJ2024712345 - medical status", body, dt, cc=PARALEGALS), "Gonzalez"

@reg("phi", "ids")
def ids6():
    dt = D(2025, 8, 5, 12, 2)
    body = """Hi Rosa,

New refugee AOS referral - vaccination record only (Form I-693 Part 3 / vax
supplement), no full exam needed since she had the overseas exam.

Client initials: M.H.
DOB: 06/15/2003
Apple Health (Medicaid) ProviderOne ID: 104883726WA
Arrival date: 09/2023

State registry printout from her resettlement agency shows Td x1 (2023),
MMR x2, Hep B x3, varicella "history of disease". Influenza not in season
yet. Can you confirm whether you bill ProviderOne directly for the visit or
whether she needs to pay up front? Last time the billing desk said you took
Apple Health for refugee vax visits but the client got a bill.

Thanks,
Kendra

""" + SIG_KENDRA
    return build(KENDRA, ROSA, "refugee vax supplement - M.H.", body, dt, cc=MARJ), "M.H."

@reg("phi", "ids")
def ids7():
    dt = D(2025, 7, 15, 16, 41)
    body = """Dr. Kowalczyk,

Prelim read per Dr. Liang: PA and lateral chest, lungs clear. No
infiltrate, cavity, nodule, fibrosis or pleural thickening. No findings
suggestive of TB. Heart size normal.

Formal signed report will cross to your portal tonight. Film on CD is at
our front desk for pickup if needed for the envelope.

Eastgate Imaging Reading Room
ph 253-555-0172
"""
    return build(RADS, DRK, "Chart 005512 - CXR read back (she can be cleared)", body, dt, cc=ROSA), ""

@reg("phi", "ids")
def ids8():
    dt = D(2025, 9, 2, 10, 48)
    body = """Rosa,

Her husband called about the refund. I verified ID over the phone with
SSN last 4 (4471) and DOB 1/9/1968 before I discussed anything.

We charged $85.00 for a varicella titer on 8/21 that Dr. Achebe ended up
not ordering because the school record showed 2 doses. Refund is going
back to the Visa ending 0932, 5-7 business days, ref RF-2025-0419.

He also asked if she still needs to come back for the flu shot before
the envelope can be released. I told him I'd ask you - flu season hasn't
started so I don't think so?

""" + SIG_MARJ
    return build(MARJ, ROSA, "refund - acct 51277", body, dt), ""

# ================================================================ PHI: lang
SAMIRA = A("Samira Khoury", "skhoury", LAW)

@reg("phi", "lang")
def lang1():
    dt = D(2025, 5, 20, 19, 37)
    body = """Buenas tardes licenciado Tomás

Le escribo por mi hijo Brayan Alexander Cux Pérez, el de 16 años. La clinica
me dio cita para el examen medico el jueves 29 a las 3:30 pero el sale de la
escuela a las 3. ¿se puede cambiar para un sabado o mas tarde?

Otra cosa, yo tengo el carné de vacunas de el de Guatemala pero esta muy
viejito y le faltan hojas, las de cuando estaba chiquito. ¿Eso sirve o le van
a poner todas las vacunas otra vez? El tiene asma y usa el inhalador azul,
no se si eso importa para el examen. Tambien le quiero preguntar si yo puedo
entrar con el porque es menor.

Le mando foto del carné por whatsapp al numero de la oficina.

Muchas gracias, Dios le bendiga
Rosa Amalia Pérez
"""
    return build("Rosa Amalia Perez <rosamaliaperez@correo-example.com>", TOMAS,
                 "examen de mi hijo Brayan", body, dt), "Brayan Alexander Cux Pérez"

@reg("phi", "lang")
def lang2():
    dt0 = D(2025, 5, 15, 6, 58)
    dt = D(2025, 5, 15, 10, 14)
    orig = """Bonjou Mesye Pierre,

Se Mackenson Joseph. Klinik la rele m ayè, yo di tès san pou tibèkiloz la
pozitif e fòk mwen fè yon radyografi pwatrin. Mwen pa malad non, mwen pa
touse, mwen pa gen lafyèv. Èske sa ap bloke dosye green card mwen an?
Mwen travay lannwit nan otèl la, ki lè mwen ka ale?

Mèsi anpil
Mackenson"""
    body = """Bonjou Mackenson,

Pa enkyete w. Anpil moun gen tès san an pozitif san yo pa malad - sa vle di
ou te gen kontak ak mikwòb la yon lè, men li pa aktif. Radyografi a se sèlman
pou verifye poumon ou.

Mwen pran yon randevou pou ou nan Eastgate Imaging jedi 22 me a 10è30 dimaten
(apre travay ou). Adrès la se 1900 Eastgate Pkwy, Riverton. Pote paspò w ak
papye klinik la te ba ou a.

Si radyografi a nòmal, Dr. Kowalczyk ap ka fini fòm nan e n ap voye dosye a.
Si gen yon bagay, y ap voye w nan depatman sante pou yon tretman prevantif -
sa pa anpeche dosye w la kontinye.

Rele m si ou gen kesyon.

Jean-Robert

""" + SIG_JRP + "\n253-555-0152 ext. 21\n\n" + on_wrote(dt0, "Mackenson Joseph <mackjoseph509@inboxly.net>") + "\n" + quote(orig)
    return build(JRP, "Mackenson Joseph <mackjoseph509@inboxly.net>", "Re: tès tibèkiloz", body, dt,
                 irt="inboxly.net"), "Mackenson Joseph"

@reg("phi", "lang")
def lang3():
    dt = D(2025, 6, 3, 14, 26)
    body = """Chào cô Hồng,

Em là Lien ở văn phòng luật sư Halloran Reyes. Phòng khám Lakeshore vừa
gửi kết quả cho em: xét nghiệm lao (thử máu) của cô âm tính, nên cô không
cần chụp X-quang phổi.

Tuy nhiên cô còn thiếu 2 mũi chích ngừa: MMR (sởi - quai bị - rubella) và
Tdap (uốn ván - bạch hầu - ho gà). Bác sĩ Achebe có thể chích luôn cả 2 mũi
trong một lần.

Em đã đặt hẹn cho cô vào thứ Năm, ngày 12/6, lúc 2 giờ chiều. Cô nhớ mang
theo sổ chích ngừa và hộ chiếu. Chích xong, phòng khám sẽ niêm phong phong bì
I-693 và em sẽ qua lấy, cô không cần làm gì thêm.

Nếu cô bị dị ứng thuốc, đang sốt hoặc mệt trong ngày hẹn thì gọi báo em
trước nha. Lần trước cô nói bị chóng mặt khi lấy máu - cô nhớ ăn sáng
trước khi đi.

Cảm ơn cô,
Lien

""" + SIG_LIEN
    return build(LIEN, "Do Thi Hong <hong.dothi62@mailhub-example.net>", "Lịch chích ngừa - hồ sơ thẻ xanh của cô Đỗ Thị Hồng",
                 body, dt), "Đỗ Thị Hồng"

@reg("phi", "lang")
def lang4():
    dt = D(2025, 7, 1, 21, 3)
    body = """Kendra 您好，

我是王丽娜，王建国的女儿。我父亲下周二（7月8日）上午9点要去Lakeshore诊所做移民体检。

有几个问题想请教：
1. 他有高血压和糖尿病，每天吃二甲双胍和氨氯地平，需要带药物清单吗？还是直接带药瓶？
2. 他在国内体检时查出乙肝表面抗原阳性（小三阳），这会影响他的绿卡申请吗？
3. 他的疫苗本是中文的，诊所能看懂吗？还是需要先翻译公证？
4. 体检那天需要空腹吗？他早上要吃降糖药。

我那天要上班，他会自己打车去，他不会说英文，诊所有中文翻译吗？

麻烦您了，谢谢！
王丽娜
手机 425-555-0196

从我的华为手机发送
"""
    return build("Lina Wang <wanglina0812@mailhub-example.net>", KENDRA, "关于我父亲王建国的体检 / medical exam question",
                 body, dt, cc=LIEN), "王建国"

@reg("phi", "lang")
def lang5():
    dt = D(2025, 4, 22, 23, 51)
    body = """Здравствуйте, Прия!

Это Ирина Волкова, жена Дмитрия. Я записалась к психологу, доктору
Оконджо-Баррос, на 14 мая, как вы советовали.

Честно говоря, я очень волнуюсь. После того как Диме отказали в визе, у меня
начались панические атаки, я почти не сплю, и в марте терапевт выписала мне
сертралин. Нужно ли рассказывать психологу обо всём этом? И кто увидит этот
отчёт - только иммиграционная служба или ещё кто-то? Я не хочу, чтобы это как-то
повлияло на мою работу в больнице.

И ещё вопрос: можно ли прийти с переводчиком, или лучше говорить по-английски?
По-английски я говорю нормально, но когда нервничаю, путаюсь.

Спасибо большое,
Ирина

Отправлено с iPhone
"""
    return build("Irina Volkova <irina.volkova.rn@postmix.com>", PRIYA, "Психолог 14 мая - вопросы", body, dt), "Ирина Волкова"

@reg("phi", "lang")
def lang6():
    dt = D(2025, 8, 16, 7, 12)
    body = """Hi po Ma'am Kendra,

Si Maricel Dizon po ito. Tanong ko lang po, sabi ng clinic kulang pa daw ako
ng isang turok ng Hepa B para sa medical ko. Nakatanggap na po ako ng dalawa
noong 2019 sa Pilipinas pero nawala ko po yung yellow card ko nung lumipat
kami.

Pwede po bang mag blood test na lang (titer daw tawag dun) para hindi na ulitin
lahat? May trabaho po ako Lunes hanggang Sabado bilang caregiver kaya mahirap
po bumalik ng maraming beses. Magkano po kaya yung titer? Hindi po ako sure
kung covered ng insurance ko.

Salamat po! God bless po.
Maricel

Sent from my Samsung Galaxy
"""
    return build("Maricel Dizon <maricel.dizon1987@inboxly.net>", KENDRA, "Hepa B po", body, dt), "Maricel Dizon"

@reg("phi", "lang")
def lang7():
    dt = D(2025, 9, 9, 18, 20)
    body = """الأستاذة سميرة المحترمة،

تحية طيبة وبعد،

أنا رنا العلي، زوجة أحمد الصايغ (ملف اللجوء). أخبرنا الأستاذ دانيال أن علينا إجراء
فحص طبي لتوثيق الإصابات قبل جلسة المحكمة في نوفمبر، عند الدكتور فيلد في عيادة هاربر.

زوجي لديه آثار حروق على ظهره وكسر قديم في يده اليسرى لم يُعالج جيداً من فترة
الاعتقال عام ٢٠١٩. أما أنا فأفضّل أن تفحصني طبيبة امرأة إذا أمكن ذلك.

لدينا تقرير من مستشفى في حلب باللغة العربية وصور أشعة قديمة على الهاتف، هل نحتاج
إلى ترجمتها قبل الموعد؟

وأيضاً زوجي لا ينام جيداً ويرى كوابيس كل ليلة تقريباً، هل يمكن أن يتحدث مع طبيب
نفسي؟ هل هذا يساعد في القضية؟

شكراً جزيلاً لكم على كل شيء
رنا
"""
    return build("Rana Al-Ali <rana.alali.fam@postmix.com>", SAMIRA, "بخصوص الفحص الطبي - ملف أحمد الصايغ",
                 body, dt, cc=DHALL), "أحمد الصايغ; رنا العلي"

@reg("phi", "lang")
def lang8():
    dt0 = D(2025, 10, 6, 20, 4)
    dt = D(2025, 10, 7, 9, 31)
    orig = """Oi Ana Paula, tudo bem?

A clínica me ligou hoje dizendo que o exame de sangue da tuberculose deu
positivo e que eu preciso fazer raio-X do tórax. Só que eu estou grávida de 14
semanas!! Minha obstetra falou que é melhor evitar raio-X. E agora? Vou perder
o prazo do green card? Eu não tenho tosse nem febre, estou ótima.

Beijos
Juliana"""
    body = """Oi Juliana, bom dia!

Calma, está tudo bem. Conversei com a Rosa da clínica agora cedo.

Você tem duas opções:

1) Fazer o raio-X agora, com avental de chumbo protegendo a barriga. É o
procedimento padrão para gestantes e a dose é muito baixa. Se quiser, a
Dra. Kowalczyk pode mandar uma carta para a sua obstetra explicando.

2) Esperar o bebê nascer. Nesse caso o formulário médico (I-693) só fica
pronto depois do parto, e a gente protocola o seu pedido em maio ou junho.
Não existe "prazo" que você perde - só atrasa um pouco.

Pensa com calma, fala com o Rodrigo e com a sua médica e me avisa. Se
escolher a opção 1, eu marco na Eastgate para você.

Um abraço,
Ana Paula

Ana Paula Moreira
Assistente Jurídica | Halloran Reyes Immigration Law
253-555-0152 ramal 17

""" + on_wrote(dt0, "Juliana Ferreira <ju.ferreira.bh@correo-example.com>") + "\n" + quote(orig)
    return build(ANAP, "Juliana Ferreira <ju.ferreira.bh@correo-example.com>", "Re: raio-X e gravidez", body, dt,
                 irt="correo-example.com"), "Juliana Ferreira"

# ================================================================ PHI: lists
@reg("phi", "lists")
def lists1():
    dt = D(2025, 3, 14, 16, 55)
    body = """Weekly medicals tracker - week ending 3/14. Changes since last week in *.

CLIENT                 A#            EXAM DATE   STATUS                         NEXT
Abdi, Hodan            A219 774 031  02/25       envelope rec'd 3/10            file w/ 485
Diallo, Aminata        A221 050 672  02/20       2nd varicella 3/6 *done        pick up env
Karimi, Rahim          A220 918 448  03/11       IGRA pending                   wait
Asante, Kwame          A218 336 905  02/18       redraw 2/24 neg, env ready *   pick up env
Pham, Bich Ngoc        --            not sched   needs appt                     call client
Ochoa Ruiz, Wilmer     A213 402 117  03/05       IGRA POS -> CXR 3/18 Eastgate  wait on read
Soto, Ximena           A222 611 390  03/28       sched                          --

Notes:
- Wilmer: CXR scheduled, he has a cough per his wife so Dr. K may send him
  for sputum. Flagging for Marisol because his 485 has the interview date.
- Hodan's envelope is slightly torn at the flap, Rosa says still sealed and
  OK but I'd like a 2nd opinion before we send it.

Kendra
"""
    names = "Hodan Abdi; Aminata Diallo; Rahim Karimi; Kwame Asante; Bich Ngoc Pham; Wilmer Ochoa Ruiz; Ximena Soto"
    return build(KENDRA, [MREYES, DHALL, PRIYA], "Medicals tracker 3/14", body, dt, cc=PARALEGALS), names

@reg("phi", "lists")
def lists2():
    dt = D(2025, 4, 25, 12, 14)
    rows = [["Last", "First", "DOB", "Exam date", "Civil surgeon", "Envelope", "Notes"],
            ["Bello", "Oluwaseun", "1988-02-11", "2025-04-14", "Kowalczyk", "READY", ""],
            ["Cardenas", "Mayra Alejandra", "1995-09-30", "2025-04-15", "Achebe", "READY", "Tdap + MMR given"],
            ["Nwosu", "Chidi", "1979-12-02", "2025-04-15", "Achebe", "READY", "CXR normal 4/22"],
            ["Qureshi", "Sana", "2001-06-19", "2025-04-16", "Kowalczyk", "HOLD", "balance $62"],
            ["Ramirez", "Josue", "2012-03-08", "2025-04-17", "Kowalczyk", "READY", "minor - parent pickup ok"],
            ["Ramirez", "Daniela", "2014-10-23", "2025-04-17", "Kowalczyk", "READY", "minor - parent pickup ok"],
            ["Tesfaye", "Meron", "1990-01-05", "2025-04-18", "Achebe", "PENDING", "GC NAAT pending"]]
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerows(rows)
    body = """Hi Kendra, attached is this week's list for your office. 6 ready for
pickup, 1 on hold for balance, 1 still pending lab.

Courier can take them Monday 10 am if that works.

Rosa

""" + SIG_ROSA + "\n\n" + DISC_CLINIC
    names = "Oluwaseun Bello; Mayra Alejandra Cardenas; Chidi Nwosu; Sana Qureshi; Josue Ramirez; Daniela Ramirez; Meron Tesfaye"
    return build(ROSA, KENDRA, "Envelopes ready - wk of 4/14", body, dt,
                 atts=[("HR_envelopes_2025-04-25.csv", out.getvalue(), "text/csv")]), names

@reg("phi", "lists")
def lists3():
    dt = D(2025, 6, 18, 10, 2)
    rows = [["Client", "DOB", "Age", "MMR", "Tdap/Td", "Varicella", "Hep B", "Polio", "Flu", "Action"],
            ["Hoang, Minh Chau", "04/02/1996", 29, "1 dose", "none", "hx disease", "complete", "n/a", "n/a (season)", "MMR#2, Tdap"],
            ["Lopez Garcia, Edwin", "11/17/2008", 16, "2 doses", "2019", "1 dose", "2 doses", "3 doses", "n/a", "Var#2, HepB#3"],
            ["Mensah, Abena", "08/29/1984", 40, "none", "none", "titer neg", "n/a >18?", "n/a", "n/a", "MMR, Tdap, Var#1"],
            ["Sandoval, Ruth", "02/14/1957", 68, "born <1957 ok", "2010", "n/a", "n/a", "n/a", "n/a", "Td, PCV20"],
            ["Yusuf, Abdirahman", "07/07/2017", 7, "1 dose", "DTaP x4", "none", "3 doses", "3 doses", "n/a", "MMR#2, Var, DTaP#5, IPV#4"]]
    body = """Attached vaccine gap sheet for your clients seen this month, so you can
prep them before visit 2. Ruth Sandoval - born 1957 so MMR exempt, Dr. K
will still give PCV20 at 65+.

Edwin's mom asked if he can get everything in one visit, yes.

Tiffany
""" + SIG_TIFF
    names = "Minh Chau Hoang; Edwin Lopez Garcia; Abena Mensah; Ruth Sandoval; Abdirahman Yusuf"
    return build(TIFF, [KENDRA, LIEN], "vaccine gaps - June", body, dt,
                 atts=[("vax_gaps_June2025.xlsx", make_xlsx(rows, "June"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]), names

@reg("phi", "lists")
def lists4():
    dt = D(2025, 7, 22, 17, 30)
    body = """Marisol,

Status of pending evaluations referred by your office, as of today:

| Examinee               | Case type        | Sessions   | Instruments        | Status            | ETA    |
|------------------------|------------------|------------|--------------------|-------------------|--------|
| Luz Elena Marroquín    | I-601A (spouse)  | 2 of 2     | PCL-5, BDI-II, BAI | drafting          | 7/25   |
| Brenda Castellanos     | I-601A (spouse)  | 1 of 2     | BDI-II, BAI        | 2nd sess 7/29     | 8/8    |
| Fidelina Chox Tzul     | asylum (I-589)   | 2 of 2     | HTQ, HSCL-25       | final review      | 7/24   |
| Oksana Levchenko       | I-601 (self+sp)  | 1 of 2     | PCL-5, PHQ-9       | pt rescheduled    | TBD    |
| Ibrahim Jalloh         | cancellation     | intake     | --                 | awaiting records  | --     |

Mr. Jalloh's son's school IEP and pediatric records have not arrived yet;
I can't schedule testing for the child until I see them.

Ms. Levchenko canceled twice. I'd like your office to check in with her, she
sounded quite low on the phone last week and I want to make sure she is
connected with her counselor.

Leticia

Leticia Okonjo-Barros, PsyD
Licensed Psychologist (WA PY-60xxxx)
Okonjo-Barros Psychological Services
415 Harbor View Rd, Suite 3, Riverton, WA  |  253-555-0131
"""
    names = "Luz Elena Marroquín; Brenda Castellanos; Fidelina Chox Tzul; Oksana Levchenko; Ibrahim Jalloh"
    return build(DROB, MREYES, "Pending evals - status", body, dt, cc=TOMAS), names

@reg("phi", "lists")
def lists5():
    dt = D(2025, 8, 29, 17, 5)
    body = """Hi all, no-shows / late cancels this week for your clients. Please
reach out, we have openings Tue & Wed next week.

Guzman, Rafael - 05/12/1992 - no show visit 2 (vaccines, IGRA read)
Lin, Mei-Hua - 10/30/1968 - canceled same day, said she was sick
Okeke, Precious - 01/22/2000 - no show CXR at Eastgate (she knows it was POS)
Vargas, Jhonny - 07/04/1985 - left before exam, waited 40 min (our fault - sorry)
Bui, Thanh Tam - 03/15/2011 - parent called, kid has chickenpox, reschedule 3 wks

Thanks,
Brandon
Front Desk - Lakeshore Civil Surgeon Clinic
253-555-0188
"""
    names = "Rafael Guzman; Mei-Hua Lin; Precious Okeke; Jhonny Vargas; Thanh Tam Bui"
    return build(BRANDON, [KENDRA, TOMAS, LIEN], "No shows this week", body, dt), names

@reg("phi", "lists")
def lists6():
    dt0 = D(2025, 9, 15, 9, 2)
    dt = D(2025, 9, 15, 11, 47)
    table = ("Name\tRelationship\tDOB\tIGRA\tCXR\tVaccines due\tOK to seal?\n"
             "Kofi Mensah\tprincipal\t03/03/1981\tneg\tn/a\tTdap\tafter Tdap\n"
             "Abena Mensah\tspouse\t08/29/1984\tPOS\tclear 9/11\tMMR, Var#2\tno\n"
             "Yaw Mensah\tson\t12/01/2009\tneg\tn/a\tHPV n/a, MenACWY\tafter MenACWY\n"
             "Ama Mensah\tdaughter\t05/19/2013\tneg\tn/a\tnone\tYES\n"
             "Kwabena Mensah\tson\t02/27/2020\tneg\tn/a\tMMR#2, Var#2\tno")
    orig = """Tiffany can you send me where the whole Mensah family is? The
attorney wants to file all 5 together. Thanks! Lien"""
    body = """Here you go, pasted from our tracker:

""" + table + """

Abena's CXR was clear so Dr. K is calling it LTBI (B2), not active - referral
to county for preventive treatment (optional) and she can seal after MMR/Var. Little Kwabena's
shots can be done the same day as his mom's. Earliest I have is 9/23 at 4.

T.

""" + on_wrote(dt0, LIEN) + "\n" + quote(orig)
    names = "Kofi Mensah; Abena Mensah; Yaw Mensah; Ama Mensah; Kwabena Mensah"
    return build(TIFF, LIEN, "RE: Mensah family - where are we", body, dt, irt=LAW), names

@reg("phi", "lists")
def lists7():
    dt = D(2025, 10, 14, 8, 20)
    body = """Good morning Eastgate scheduling,

Please schedule PA/lateral chest x-rays (CPT 71046, immigration, self-pay
rate per our agreement) for the following patients with positive IGRA.
Orders signed by Dr. Kowalczyk are uploaded to your portal.

- Okeke, Precious - DOB 01/22/2000 - cell 253-555-0161 - prefers afternoons
- Farah, Abdullahi - DOB 09/09/1975 - cell 253-555-0114 - Somali interpreter
- Zelaya, Maria Teresa - DOB 04/27/1963 - cell 253-555-0170 - uses walker
- Haddad, Youssef - DOB 06/02/1958 - daughter Farah 425-555-0108 - Arabic
- Truong, Van Loc - DOB 12/20/1988 - cell 253-555-0129 - STAT please, cough x3 wks

Mr. Truong reported cough and night sweats at visit 1, please read same day
if at all possible and call Dr. K directly.

Thank you!
""" + SIG_ROSA
    names = "Precious Okeke; Abdullahi Farah; Maria Teresa Zelaya; Youssef Haddad; Van Loc Truong"
    return build(ROSA, "Eastgate Scheduling <scheduling@eastgate-imaging.net>", "CXR orders - 5 pts", body, dt, cc=DRK), names

# ================================================================ PHI: names
@reg("phi", "names")
def names1():
    dt0 = D(2025, 7, 23, 18, 2)
    dt = D(2025, 7, 24, 8, 15)
    orig = """Daniel - Okonjo-Barros says Oksana canceled her 2nd session again. Do we
push the I-601 filing or file with what we have? - P"""
    body = """Don't file without the eval. The whole hardship argument is her, not
Andriy - without Leticia's diagnosis we basically have a declaration and a
pharmacy printout.

Can you call her yourself today rather than a paralegal? Last time I spoke
with her she said the psychiatrist at Riverton Behavioral upped her meds
after the denial letter and she wasn't leaving the apartment much. I'd
rather we check she's ok before we talk about deadlines. If she can't do an
in-person session maybe Leticia will do the 2nd one by video.

Also ask her to sign the release for Riverton Behavioral so we can get the
treatment notes from Jan-Jun directly.

D.

""" + on_wrote(dt0, PRIYA) + "\n" + quote(orig)
    return build(DHALL, PRIYA, "Re: Oksana's waiver", body, dt, irt=LAW), "Oksana Levchenko"

@reg("phi", "names")
def names2():
    dt = D(2025, 3, 6, 13, 40)
    body = """Hi Kendra,

Quick update on Mrs. Abdi since I know her envelope is in your tracker
as received - that was her daughter's envelope (Hodan), not hers. Sorry for
the confusion on our side, Brandon printed the wrong label on the pickup
sheet.

Mrs. Abdi herself is not done. Her x-ray showed a small nodule in the right
upper lobe. She feels fine and has no cough, but per the Technical
Instructions I have to send her to the county TB clinic for sputum x3 and
cultures before I can sign. Cultures take up to 8 weeks. I have faxed the
referral, she should hear from them within a week.

I explained all of this to her with the Somali phone interpreter and her
daughter was present. She was worried this means she will be "sent back"
- I told her no, but she may want to hear it from you as well.

Best,
Sam

Samuel Achebe, DO
Civil Surgeon
Lakeshore Civil Surgeon Clinic
""" + "\n" + DISC_CLINIC
    return build(DRA, KENDRA, "Abdi family - correction + update", body, dt, cc=ROSA), "Mrs. Abdi"

@reg("phi", "names")
def names3():
    dt = D(2025, 9, 3, 15, 25)
    body = """Tomás,

Re Guzman, Rafael. I finally have his labs back and need your help reaching
him - he missed visit 2 last week and doesn't return our calls.

His RPR was reactive and the confirmatory treponemal test is positive. This
is very treatable, but I can't complete his I-693 until he has been
treated. I have set him up with the county sexual health clinic (they do
it free); he just needs to call 253-555-0107 and mention my referral.

Please don't give him the details on voicemail or through his brother. If
he wants to talk to me directly I'm happy to call him, just tell him it's
about his lab results and that it is nothing to be scared of.

Thanks,
Nadia

""" + SIG_DRK
    return build(DRK, TOMAS, "Guzman, Rafael - need to reach him", body, dt), "Rafael Guzman"

@reg("phi", "names")
def names4():
    dt = D(2025, 10, 21, 11, 8)
    body = """Radiology read it as fibrotic changes right upper lobe, can't exclude
old TB. Dr. A is sending her to the county TB clinic for sputum x3 and
cultures. She is NOT considered contagious - no symptoms - so she can keep
working.

She asked us specifically not to tell her employer (the sponsor) anything
about this, so please keep it out of anything that goes to HR at the
nursing home. Just tell them "medical still in process".

Expect 6-8 weeks before we have the envelope.

Rosa
""" + SIG_ROSA
    return build(ROSA, KENDRA, "Tesfaye - CXR came back abnormal", body, dt), "Tesfaye"

@reg("phi", "names")
def names5():
    dt2 = D(2025, 6, 11, 12, 30)
    dt1 = D(2025, 6, 11, 14, 5)
    dt = D(2025, 6, 11, 14, 22)
    rosa = """Hi Priya,

FYI Dmitri Sokolov was in for visit 1 this morning. His blood pressure was
182/110 twice and he told Dr. K he ran out of his BP pills about three
weeks ago and has not had a doctor here since he moved. He also had
swelling in both ankles.

This doesn't affect the immigration form but Dr. K sent him straight to
Riverton Urgent Care and told him not to drive himself. His wife came to
pick him up. We'll hold visit 2 until he is seen.

Rosa"""
    priya = """Thanks Rosa, that's scary. Marisol - the interview notice for the
Sokolovs came yesterday, 7/17. Should be fine as long as he gets visit 2
done in the next 2-3 weeks. I'll call Svetlana tonight and offer help
finding a PCP through the community health center.

Priya"""
    body = "sounds good, thanks both. keep me posted.\n\nM\n\nSent from my iPhone\n\n" + \
        on_wrote(dt1, PRIYA) + "\n" + quote(priya + "\n\n" + on_wrote(dt2, ROSA) + "\n" + quote(rosa))
    return build(MREYES, [PRIYA, ROSA], "Re: Re: visit 1 this am", body, dt, irt=LAW), "Dmitri Sokolov"

@reg("phi", "names")
def names6():
    dt = D(2025, 2, 12, 17, 44)
    body = """hey Lien - Pepe Carrasco came by the office with his mom after his exam
today and he was pretty shaken up. He fainted during the blood draw at
Lakeshore (he's fine, they laid him down, juice, etc). They didn't get
enough blood so he needs to go back for the TB test.

His mom asked if he can do the skin test instead of the blood. He's 19 so I
think it has to be the blood test? Can you ask Tiffany if they can do it
lying down from the start and maybe first thing in the morning so he's not
stressing about it all day. He also said he hasn't eaten since yesterday
because he was nervous, so that probably didn't help.

Jose Luis's file is on my desk, the vaccine part is all done.

thx
Ana Paula
"""
    return build(ANAP, LIEN, "Pepe", body, dt), "José Luis Carrasco"

@reg("phi", "names")
def names7():
    dt = D(2025, 8, 19, 19, 10)
    body = """Daniel,

I saw Ms. Kamara (Amara) on Tuesday for the forensic evaluation, with a
Krio interpreter. A few preliminary notes so you can plan around the
November hearing:

- Four linear hyperpigmented scars on the dorsal left forearm, 3-6 cm,
  parallel, consistent with her account of being struck with a cable.
  In Istanbul Protocol terms I will call these "highly consistent".
- Healed fracture deformity of the right 4th and 5th fingers - she
  describes the hand being stepped on. "Consistent with". I'd like a hand
  x-ray to document it, Eastgate can do it next week.
- She meets criteria for PTSD on clinical interview; I'd recommend a
  separate psychological evaluation rather than me covering it.
- She still has difficulty sleeping and did not want to be examined with
  the door closed. Please make sure whoever preps her for testimony is
  aware of that.

I can have the affidavit to you by September 15 if the x-ray is done by
end of month.

Ethan

Ethan Feld, MD
Medical Director, Forensic Evaluation Program
Harbor Human Rights Clinic
"""
    return build(DRFELD, DHALL, "Kamara - preliminary findings", body, dt, cc=SAMIRA), "Amara Kamara"

@reg("phi", "names")
def names8():
    dt0 = D(2025, 7, 8, 11, 20)
    dt = D(2025, 7, 8, 13, 2)
    orig = outlook_hdr("Kendra Boateng", dt0, "Priya Venkataraman", "Castellanos - records") + """
Priya, what do we still need for the Castellanos hardship? I have the
marriage cert, tax returns, and the psych appointment is set.
"""
    body = """Kendra - main gap is the medical side for Brenda. Her lupus is really the
core of the hardship argument (she can't relocate to Guatemala and lose
her rheumatologist and the infusions), so we need:

1. Letter from Dr. Hsu (rheumatology, Valley Medical) - diagnosis, current
   treatment, what happens if treatment is interrupted. I drafted the
   question list, it's in the folder.
2. Hospital records from the March 2023 admission (kidney involvement).
3. Current med list from her pharmacy.
4. Anything showing Mr. Castellanos drives her to infusions / takes time off
   work for her appointments - his employer's leave records would be great.

Brenda already signed the releases at intake. Can you send the requests
today? Valley Medical takes 30 days.

P

""" + quote(orig)
    return build(PRIYA, KENDRA, "RE: Castellanos - records", body, dt, irt=LAW), "Brenda Castellanos"

# ================================================================ PHI: self
@reg("phi", "self")
def self1():
    dt = D(2025, 11, 3, 16, 2)
    body = """hi its maria fernanda rios. i got the flu shot at the pharmacy today like
dr achebe said, here is the paper they gave me. do i still need to go back
to the clinic or can they just close the envelope now?? my arm hurts lol

sent from my iphone
"""
    return build("Maria Fernanda Rios <mfrios.23@inboxly.net>", TOMAS, "flu shot", body, dt,
                 atts=[("IMG_4471.png", make_png_scan(), "image/png")]), "Maria Fernanda Rios"

@reg("phi", "self")
def self2():
    dt = D(2025, 6, 9, 12, 44)
    body = """Hello,

I had my immigration medical at your clinic on June 2. When I checked my
bank statement I see two charges of $95.00 from "LAKESHORE CIVIL SURG" on
6/2 for the TB blood test. I only had blood taken one time. Card ending
3321.

Can you please refund the second charge? I am also waiting for my
envelope, the lady at the desk said it would be ready in one week but no
one called me. My lawyer's office is Halloran Reyes.

Thank you,
Samuel Osei
(253) 555-0193
"""
    return build("Samuel Osei <s.osei.accra@postmix.com>", MARJ, "Double charge TB test", body, dt), "Samuel Osei"

@reg("phi", "self")
def self3():
    dt = D(2025, 4, 2, 20, 18)
    body = """Hi there,

I'm booked for my I-693 exam on April 10 with Dr. Kowalczyk. A couple of
questions before I come in:

I have rheumatoid arthritis and I'm on methotrexate (weekly) and Humira
every two weeks. My rheumatologist mentioned the TB blood test can come back
indeterminate with these meds. Should I skip a dose before the test, or
does it not matter? I'd rather not skip unless I have to.

Also I had the BCG vaccine as a baby in Ireland, in case that's relevant.
I had a negative QuantiFERON in November 2024 before starting Humira -
would a copy of that help?

Thanks very much,
Aoife Brennan
"""
    return build("Aoife Brennan <aoife.brennan@greenmail-example.com>", "Lakeshore Front Desk <frontdesk@lakeshore-civilsurgeon.com>",
                 "Questions before my exam 4/10 - RA meds", body, dt), "Aoife Brennan"

@reg("phi", "self")
def self4():
    dt = D(2025, 8, 25, 22, 40)
    body = """chi lien

this is nguyen van hai. i am so sorry. i cannot find the envelope from the
clinic (the sealed one with my medical). i think it was in the car and my
son cleaned the car. do i have to do the exam and blood test again?? i
already pay $420 and 3 shot. my check up says everything normal.

please tell me what to do. i can come to office tomorrow after 4

hai
"""
    return build("hai nguyen <nguyenvanhai1971@mailhub-example.net>", LIEN, "lost envelope", body, dt), "Nguyen Van Hai"

@reg("phi", "self")
def self5():
    dt = D(2025, 5, 28, 23, 12)
    body = """Priya,

I need to ask something I didn't want to say in front of my mother at the
consultation.

I'm HIV positive. I've been on Biktarvy for 4 years and undetectable. I read
online that HIV is not a problem for the green card anymore but I'm scared
anyway. Does the civil surgeon test for it? If I tell the doctor, will it be
written on the form in the envelope? Does USCIS see my medication list?

My family doesn't know and I need it to stay that way. My mom is doing her
medical the same day at the same clinic, can we make sure our appointments
are separate?

Thank you for understanding.
Diego Restrepo
"""
    return build("Diego Restrepo <drestrepo.dev@protonic-example.com>", PRIYA, "private question", body, dt), "Diego Restrepo"

@reg("phi", "self")
def self6():
    dt0 = D(2025, 9, 22, 9, 0)
    dt = D(2025, 9, 24, 20, 51)
    orig = """Dear Mr. Barry, as a reminder your appointment with Dr. Feld at Harbor
Human Rights Clinic is Monday 9/29 at 1 pm. Please bring any medical
records from Guinea. - Kendra"""
    body = """Dear Ms Kendra,

Good evening. My cousin sent the hospital papers from Conakry by DHL and I
received them today. They are from Hôpital Ignace Deen, March 2022. They say
I was treated for broken ribs (3 ribs on the left) and a wound on my head
with stitches. Some pages are in French and one is handwritten by the
doctor.

I also want to ask, should I tell Dr. Feld that I still have headaches
almost every day and I cannot hear well from my left ear since that time?
I did not say it before because I thought it is not important for the case.
I take ibuprofen most days.

I will bring all the papers Monday.

Thank you very much for your help.
Amadou Barry

""" + on_wrote(dt0, KENDRA) + "\n" + quote(orig)
    return build("Amadou Barry <amadoubarry224@inboxly.net>", KENDRA, "Re: appointment Dr Feld monday", body, dt,
                 irt=LAW), "Amadou Barry"

@reg("phi", "self")
def self7():
    dt0 = D(2025, 1, 15, 7, 30, off=-8)
    dt = D(2025, 1, 15, 12, 9, off=-8)
    pdf = make_pdf([
        "Cascadia Health - Immunization Record",
        "",
        "Patient: ORTIZ, DANIELA M        DOB: 09/14/1994       MRN: CH00587126",
        "Printed: 01/15/2025 via Cascadia Health Connect",
        "",
        "Vaccine                         Date          Site      Lot",
        "MMR                             08/02/1999    L arm     M7712K",
        "MMR                             06/11/2004    R arm     M9920B",
        "Varicella                       06/11/2004    L arm     V1184C",
        "Hepatitis B (1)                 09/20/1994    L thigh   HB0031",
        "Hepatitis B (2)                 10/25/1994    L thigh   HB0031",
        "Hepatitis B (3)                 03/28/1995    R thigh   HB0217",
        "Tdap                            02/03/2021    L deltoid T4481A",
        "Influenza (IIV4)                10/30/2024    R deltoid FL2290",
        "COVID-19 (mRNA)                 10/30/2024    L deltoid CV8815",
        "",
        "This record reflects vaccines documented at Cascadia Health and",
        "reported to the state immunization information system.",
    ], title="Immunization Record")
    body = """here you go! my whole vaccine record from Cascadia. let me know if the
clinic needs anything else before my appt on the 22nd. i think the only
thing missing is a polio booster?

d.

""" + fwd_hdr("Cascadia Health Connect <noreply@cascadiahealth-connect.org>", dt0,
              "daniela.ortiz94@inboxly.net", "Your immunization record is ready") + """
Hello Daniela,

The immunization record you requested is attached. You can also view it
any time under Health > Immunizations in Cascadia Health Connect.

Please do not reply to this message.
"""
    return build("Daniela Ortiz <daniela.ortiz94@inboxly.net>", TOMAS, "Fwd: Your immunization record is ready",
                 body, dt, atts=[("ImmunizationRecord.pdf", pdf, "application/pdf")]), "Daniela Ortiz"

# ================================================================ PHI: struct
def npi(base9):
    digits = "80840" + base9
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return base9 + str((10 - total % 10) % 10)

NPI_K = npi("148739026")
NPI_A = npi("173058226")
NPI_CLINIC = npi("160449183")

@reg("phi", "struct")
def struct1():
    dt = D(2025, 3, 20, 6, 12)
    hl7 = "\n".join([
        "MSH|^~\\&|MERIDIAN_LIS|MRL|LCS_EHR|LAKESHORE|20250320061044||ORU^R01^ORU_R01|MRL2503200610449|P|2.5.1|||AL|NE",
        "PID|1||LCS-008127^^^LCS^MR||OCHOA RUIZ^WILMER^A||19870412|M|||3318 S 188TH ST^^RIVERTON^WA^98032||^PRN^PH^^1^253^5550146|||||||",
        "PV1|1|O|LCS^^^LAKESHORE||||%s^KOWALCZYK^NADIA^^^^MD" % NPI_K,
        "ORC|RE|LCS-ORD-55218|MRL-25-0131907||CM",
        "OBR|1|LCS-ORD-55218|MRL-25-0131907|QFTP^QuantiFERON-TB Gold Plus^L|||20250305091500|||||||20250305114000||%s^KOWALCZYK^NADIA|||||||20250320061000||LAB|F" % NPI_K,
        "OBX|1|NM|QFT-NIL^Nil^L||0.08|IU/mL|||||F|||20250319",
        "OBX|2|NM|QFT-TB1^TB1 minus Nil^L||1.42|IU/mL|<0.35|H|||F|||20250319",
        "OBX|3|NM|QFT-TB2^TB2 minus Nil^L||1.97|IU/mL|<0.35|H|||F|||20250319",
        "OBX|4|NM|QFT-MIT^Mitogen minus Nil^L||>10.00|IU/mL|||||F|||20250319",
        "OBX|5|ST|QFT-RES^QFT-Plus Interpretation^L||POSITIVE||NEGATIVE|A|||F|||20250319",
        "NTE|1||M. tuberculosis infection likely. Does not distinguish latent infection from active disease.",
    ])
    body = """Interface Engine Alert - LCS-PROD-01

Channel:     MRL_ORU_INBOUND
Status:      ERROR (message held in queue)
Error:       PV1-7 attending provider not found in provider master
             (value '%s^KOWALCZYK^NADIA^^^^MD', expected ID type NPI
             in PV1-7.13)
Received:    2025-03-20 06:10:44 PDT
Retries:     3 of 3

--- Raw message ---
%s
--- End ---

Reprocess from the Interface Console after correcting the mapping, or
reply to this ticket to escalate. Ticket #IF-20250320-0031.
""" % (NPI_K, hl7)
    cover = """Vendor team - this is the third result from Meridian stuck this week with the same
PV1 error. The clinic needs this one today, the client is waiting on a chest x-ray
order. Can you look at the provider master mapping? - Lakeshore IT (Dev)

"""
    return build(CLINICIT, "Interface Support <support@medbridge-interfaces.com>",
                 "FW: [IF-20250320-0031] ORU held - MRL_ORU_INBOUND", cover + body, dt, cc=TIFF), "Wilmer Ochoa Ruiz"

@reg("phi", "struct")
def struct2():
    dt = D(2025, 5, 5, 8, 3)
    segs = []
    appts = [("LCS-009004", "BELLO^OLUWASEUN", "19880211", "M", "20250507083000", "I693V1^Immigration exam visit 1", "ACHEBE^SAMUEL", "253^5550178"),
             ("LCS-009011", "QURESHI^SANA", "20010619", "F", "20250507093000", "I693V2^Immigration exam visit 2 - vaccines", "KOWALCZYK^NADIA", "425^5550135"),
             ("LCS-009017", "LIN^MEI-HUA", "19681030", "F", "20250507103000", "I693V1^Immigration exam visit 1 - Mandarin interp", "KOWALCZYK^NADIA", "253^5550120")]
    for i, (mrn, nm, dob, sex, st, svc, prov, ph) in enumerate(appts, 1):
        segs += [
            "MSH|^~\\&|BOOKWELL|LCS|LCS_EHR|LAKESHORE|20250505074%d00||SIU^S12^SIU_S12|BW2505050740%d|P|2.5.1" % (i, i),
            "SCH|BW-%d|BW-%d||||%s|||30|min|^^30^%s^%s|||||||||||||BOOKED" % (77100 + i, 77100 + i, svc.split("^")[0], st, (datetime.strptime(st, "%Y%m%d%H%M%S") + timedelta(minutes=30)).strftime("%Y%m%d%H%M%S")),
            "PID|1||%s^^^LCS^MR||%s||%s|%s|||||^PRN^CP^^1^%s" % (mrn, nm, dob, sex, ph),
            "RGS|1|A",
            "AIS|1|A|%s|%s" % (svc, st),
            "AIP|1|A|^%s|ATT" % prov,
            "",
        ]
    hl7 = "\n".join(segs)
    body = """Hi IT,

These three bookings came in from BookWell this morning but they're not
showing on Wednesday's schedule in the EHR. Patients got confirmation texts
so they'll show up. I attached what the BookWell admin page let me
download. Can you push them through? I put them on the paper schedule for
now.

Thanks
Tiffany
"""
    return build(TIFF, CLINICIT, "appts from BookWell not on schedule (wed 5/7)", body, dt,
                 atts=[("bookwell_export_0505.hl7", hl7, "text/plain")]), "Oluwaseun Bello; Sana Qureshi; Mei-Hua Lin"

@reg("phi", "struct")
def struct3():
    dt = D(2025, 8, 13, 10, 36)
    segs = [
        "ST*837*0001*005010X222A1",
        "BHT*0019*00*LCS250812001*20250812*1033*CH",
        "NM1*41*2*LAKESHORE CIVIL SURGEON CLINIC*****46*LCS4471",
        "PER*IC*MARJORIE OLSEN*TE*2535550188",
        "NM1*40*2*WA HCA PROVIDERONE*****46*77045",
        "HL*1**20*1",
        "PRV*BI*PXC*207Q00000X",
        "NM1*85*2*LAKESHORE CIVIL SURGEON CLINIC*****XX*%s" % NPI_CLINIC,
        "N3*880 LAKESHORE BLVD STE 2B",
        "N4*RIVERTON*WA*980320000",
        "REF*EI*912345678",
        "HL*2*1*22*0",
        "SBR*P*18*******MC",
        "NM1*IL*1*HASSAN*MARYAM****MI*104883726WA",
        "N3*1417 S 212TH ST APT 6",
        "N4*RIVERTON*WA*980325512",
        "DMG*D8*20030615*F",
        "NM1*PR*2*WA HCA PROVIDERONE*****PI*77045",
        "CLM*LCS-25-08815*148.00***11:B:1*Y*A*Y*Y",
        "HI*ABK:Z23*ABF:Z02.89",
        "NM1*82*1*ACHEBE*SAMUEL****XX*%s" % NPI_A,
        "PRV*PE*PXC*207Q00000X",
        "LX*1", "SV1*HC:90715*62.00*UN*1***1", "DTP*472*D8*20250808",
        "LX*2", "SV1*HC:90471*24.00*UN*1***1", "DTP*472*D8*20250808",
        "LX*3", "SV1*HC:99211*62.00*UN*1***1:2", "DTP*472*D8*20250808",
    ]
    segs.append("SE*%d*0001" % (len(segs) + 1))
    isa = "ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*250812*1033*^*00501*000004471*0*P*:" % ("LAKESHORECS", "CLEARHSE01")
    x12 = "~\n".join([isa, "GS*HC*LAKESHORECS*CLEARHSE01*20250812*1033*4471*X*005010X222A1"] + segs +
                     ["GE*1*4471", "IEA*1*000004471"]) + "~\n"
    body = """Hi Clearinghouse Support,

Claim LCS-25-08815 (batch 4471, submitted 8/12) came back on the 277CA
with A7:21 / "Missing or invalid information" but no segment reference. The
837 file is attached. Member ID and DOB match the eligibility response we
got on the 270/271 on 8/8.

This is a refugee vaccination visit, the HCA billing guide says Z23 + the
admin code is fine. Could you tell us which loop is failing?

""" + SIG_MARJ + "\nClearinghouse submitter ID LAKESHORECS\n"
    return build(MARJ, "ClaimPath Support <support@claimpath-edi.com>", "Rejected claim LCS-25-08815 - need loop detail",
                 body, dt, atts=[("LCS_837P_batch4471.x12", x12, "text/plain")]), "Maryam Hassan"

@reg("phi", "struct")
def struct4():
    dt = D(2025, 6, 17, 15, 22)
    pid = "Patient/iis-88120457"
    def imm(i, cvx, disp, date, lot):
        return {"fullUrl": "urn:uuid:imm-%d" % i, "resource": {
            "resourceType": "Immunization", "id": "imm-%d" % i, "status": "completed",
            "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": cvx, "display": disp}]},
            "patient": {"reference": pid}, "occurrenceDateTime": date, "lotNumber": lot,
            "primarySource": False,
            "reportOrigin": {"text": "Historical - transcribed from foreign record"} if date < "2015" else {"text": "Administered"}}}
    bundle = {
        "resourceType": "Bundle", "id": "iis-q-20250617-5521", "type": "searchset", "total": 6,
        "meta": {"lastUpdated": "2025-06-17T15:18:02-07:00"},
        "entry": [
            {"fullUrl": "urn:uuid:pt-1", "resource": {
                "resourceType": "Patient", "id": "iis-88120457",
                "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.2131.1", "value": "88120457"}],
                "name": [{"family": "Lopez Garcia", "given": ["Edwin", "Josue"]}],
                "gender": "male", "birthDate": "2008-11-17",
                "address": [{"line": ["7720 Pacific Hwy S Apt 211"], "city": "Riverton", "state": "WA", "postalCode": "98032"}],
                "contact": [{"relationship": [{"text": "mother"}], "name": {"text": "Marleny Garcia Fuentes"}}]}},
            imm(1, "03", "MMR", "2009-12-02", "unknown"),
            imm(2, "03", "MMR", "2013-01-15", "unknown"),
            imm(3, "21", "varicella", "2019-08-20", "Y009142"),
            imm(4, "08", "Hep B, adolescent or pediatric", "2008-11-18", "unknown"),
            imm(5, "08", "Hep B, adolescent or pediatric", "2009-01-20", "unknown"),
            imm(6, "115", "Tdap", "2019-08-20", "T2207BB"),
        ]}
    body = """Kendra,

Registry pull for Edwin attached (FHIR export from the state IIS, it's
the only format the new portal gives us). Summary:

MMR x2 - OK
Varicella x1 - needs #2
Hep B x2 - needs #3
Tdap 2019 - OK
Polio - NOT in registry, his mom says he had them in Honduras. If she can
find the card we can transcribe, otherwise Dr. K will give IPV.

Appt is 6/24 at 3:45 for visit 2.

Tiffany
""" + SIG_TIFF
    return build(TIFF, KENDRA, "Lopez Garcia, Edwin - IIS record", body, dt,
                 atts=[("IIS_88120457.json", json.dumps(bundle, indent=2, ensure_ascii=False), "application/fhir+json")]), "Edwin Lopez Garcia"

@reg("phi", "struct")
def struct5():
    dt = D(2025, 10, 2, 11, 57)
    ccd = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="CCD-551873-20250930"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Cascadia Health Continuity of Care Document</title>
  <effectiveTime value="20250930141122-0700"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.19.5.99999.2" extension="CH00611942"/>
      <addr use="HP"><streetAddressLine>2205 Birch Ct</streetAddressLine><city>Kent Hills</city><state>WA</state><postalCode>98031</postalCode></addr>
      <telecom value="tel:+1-253-555-0144" use="MC"/>
      <patient>
        <name use="L"><given>Maria</given><given>Teresa</given><family>Zelaya</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19630427"/>
        <languageCommunication><languageCode code="es"/><preferenceInd value="true"/></languageCommunication>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.5.1"/>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
      <title>Problems</title>
      <text><list>
        <item>Type 2 diabetes mellitus without complication (E11.9) - active</item>
        <item>Osteoarthritis of both knees (M17.0) - active</item>
        <item>Essential hypertension (I10) - active</item>
      </list></text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.2.1"/>
      <code code="11369-6" codeSystem="2.16.840.1.113883.6.1" displayName="History of immunizations"/>
      <title>Immunizations</title>
      <text><table><thead><tr><th>Vaccine</th><th>Date</th><th>Status</th></tr></thead><tbody>
        <tr><td>Pneumococcal conjugate PCV20</td><td>2024-03-11</td><td>completed</td></tr>
        <tr><td>Td (adult)</td><td>2019-07-02</td><td>completed</td></tr>
        <tr><td>Influenza, high dose</td><td>2025-09-18</td><td>completed</td></tr>
        <tr><td>Zoster recombinant (1 of 2)</td><td>2024-03-11</td><td>completed</td></tr>
      </tbody></table></text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.1.1"/>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="History of medication use"/>
      <title>Medications</title>
      <text><list>
        <item>metformin 1000 mg PO BID</item>
        <item>lisinopril 20 mg PO daily</item>
        <item>acetaminophen 500 mg PRN</item>
      </list></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
    body = """Rosa,

Ms. Zelaya's daughter got us the CCD from Cascadia - it has her Td,
PCV20 and this season's flu shot, so hopefully she doesn't need anything
at visit 2. She's 62 so I don't think MMR is needed (born before 1957? no,
1963 - so maybe she does?). Dr. K's call.

XML attached, I couldn't get it to open as anything readable, sorry.

Kendra
""" + SIG_KENDRA
    return build(KENDRA, ROSA, "Zelaya - records from Cascadia", body, dt,
                 atts=[("CCD_Zelaya_20250930.xml", ccd, "application/xml")]), "Maria Teresa Zelaya"

@reg("phi", "struct")
def struct6():
    dt = D(2025, 11, 3, 5, 0)
    rows = [
        "CASE_ID|CLIENT_LAST|CLIENT_FIRST|DOB|A_NUMBER|FORM|MED_STATUS|MED_FLAG|CIVIL_SURGEON|EXAM_DT|NEXT_ACTION|ASSIGNED",
        "HR-2025-0112|SOKOLOV|DMITRI|1971-02-08|A220445190|I-485|ENV_RECEIVED||KOWALCZYK|2025-06-11|FILE|PVENKATARAMAN",
        "HR-2025-0140|RIOS|MARIA FERNANDA|1999-05-30|A222103876|I-485|PENDING_VAX|FLU|ACHEBE|2025-10-20|CONFIRM FLU DOC|TAGUILAR",
        "HR-2025-0151|TRUONG|VAN LOC|1988-12-20|A219660314|I-485|HOLD_TB|SPUTUM PENDING|KOWALCZYK|2025-10-09|F/U COUNTY TB|LTRAN",
        "HR-2025-0163|OKEKE|PRECIOUS|2000-01-22|A221774502|I-485|CXR_NEEDED|IGRA POS|KOWALCZYK|2025-08-21|CALL CLIENT|KBOATENG",
        "HR-2025-0170|GUZMAN|RAFAEL|1992-05-12|A218993021|I-485|HOLD_TX|CLASS A - TREATMENT|KOWALCZYK|2025-08-26|CONFIRM TX COMPLETE|TAGUILAR",
        "HR-2024-0388|LEVCHENKO|OKSANA|1986-09-14|A207551843|I-601|PSYCH_EVAL|SESSION 2 PENDING|OKONJO-BARROS|2025-07-02|CALL CLIENT|PVENKATARAMAN",
    ]
    body = """CaseLedger Scheduled Report
Report:    Medical Exam Status - Open Items (pipe-delimited)
Run:       Monday, November 3, 2025 05:00 AM
Owner:     Gail Fitzsimmons
Rows:      6

""" + "\n".join(rows) + """

To change the schedule or recipients, open Reports > Scheduled in CaseLedger.
"""
    names = "Dmitri Sokolov; Maria Fernanda Rios; Van Loc Truong; Precious Okeke; Rafael Guzman; Oksana Levchenko"
    return build("CaseLedger Reports <reports@caseledger-app.com>", [GAIL, PARALEGALS], "[Scheduled] Medical Exam Status - Open Items",
                 body, dt, extra={"Auto-Submitted": "auto-generated"}), names

@reg("phi", "struct")
def struct7():
    dt = D(2025, 9, 18, 14, 3)
    payload = {
        "event": "booking.created",
        "delivered_at": "2025-09-18T21:02:51Z",
        "attempt": 4,
        "account": "lakeshore-civil-surgeon",
        "data": {
            "booking_id": "bk_7Qm29XfL0a",
            "service": {"id": "svc_i693_v1", "name": "Immigration Medical Exam - Visit 1", "duration_min": 60},
            "provider": {"id": "prv_achebe", "name": "Samuel Achebe, DO"},
            "start": "2025-09-25T08:30:00-07:00",
            "customer": {
                "first_name": "Yesenia", "last_name": "Bautista Morales",
                "dob": "1996-02-03", "phone": "+12535550187", "email": "yesi.bautista@correo-example.com",
                "language": "es"},
            "intake_answers": {
                "referring_attorney": "Halloran Reyes - Tomás",
                "are_you_pregnant": "yes - 20 weeks",
                "previous_tb_test": "positive skin test 2019, x-ray ok",
                "need_interpreter": "Spanish",
                "notes": "bring vaccine card from Mexico + prenatal records"}},
        "signature": "t=1758229371,v1=5c1f0e7a9b2d44c8e1a0f36b7d90ac21e3b4f5a6c7d8e9f0a1b2c3d4e5f60718"}
    body = """Webhook delivery failed after 4 attempts.

Endpoint:  https://ehr-bridge.lakeshore-civilsurgeon.com/hooks/bookwell
Response:  502 Bad Gateway
Event:     booking.created

Payload:
""" + json.dumps(payload, indent=2, ensure_ascii=False) + """

BookWell will not retry this event. Re-send from Developer > Webhooks > Failed.
-- BookWell Developer Notifications
"""
    return build("BookWell Developer <dev-notify@bookwell-app.com>", CLINICIT, "Webhook failed: booking.created (bk_7Qm29XfL0a)",
                 body, dt, extra={"Auto-Submitted": "auto-generated"}), "Yesenia Bautista Morales"

# ================================================================ CLEAN: admin
@reg("clean", "admin")
def admin1():
    dt = D(2025, 2, 6, 9, 14)
    body = """Dr. K / Rosa -

Monthly supply order, need approval by Friday noon to make the Tuesday
truck. Based on Jan volume (131 exams) and what's on the shelf:

QFT-Plus 4-tube collection kits     order 6 boxes (50/bx)   on hand 1.5 bx
  - remember these must be stored 4-25 C, NOT in the vaccine fridge
Tdap (Boostrix) 10-pk               order 8                 on hand 3
MMR II 10-pk                        order 5                 on hand 2
Varivax 10-pk (freezer)             order 3                 on hand 1
Engerix-B adult 10-pk               order 2                 on hand 4  (hold?)
Fluzone HD - none, season almost done
Butterfly needles 23g               order 4 cs
Sharps 2 gal                        order 1 cs
Tamper-evident envelopes 10x13      order 500               on hand ~60 (!!)

The envelopes are the one I'm worried about. The new edition of the I-693
is a page longer and the old 9x12 ones don't close flat anymore. Patient
has to watch us seal it anyway so I'd rather not be improvising with tape.

Also the centrifuge is due for its annual calibration in March, vendor
quoted $240.

Tiffany
""" + SIG_TIFF
    return build(TIFF, [DRK, ROSA], "Feb supply order - approval needed", body, dt), ""

@reg("clean", "admin")
def admin2():
    dt = D(2025, 4, 1, 10, 2)
    body = """Hi Rosa,

Starting Monday 4/7 our courier pickups from Lakeshore will move to
Mondays and Thursdays at 10:00 AM (previously Tue/Fri at 2). Reason is
our filing days - we assemble I-485 packets Tue/Wed and Fri mornings and
want envelopes in hand before that.

Nothing changes on the chain-of-custody side:
 - envelopes go in the locked gray bag, key stays at both offices
 - your front desk logs count + time, our courier signs
 - we scan the log sheet when it arrives and email you a copy
 - any envelope with a damaged seal comes back to you, we never open it

If there is nothing to pick up, just email the paralegal team by 9:30 and
we'll cancel that run.

Thanks,
Gail

Gail Fitzsimmons
Office Manager
Halloran Reyes Immigration Law, PLLC
253-555-0145

""" + DISC_LAW
    return build(GAIL, ROSA, "Courier pickup days changing 4/7", body, dt, cc=PARALEGALS), ""

@reg("clean", "admin")
def admin3():
    dt = D(2025, 5, 27, 16, 0)
    body = """All staff,

On Saturday, June 7, we are moving secure messaging and the patient
document upload page to the new portal. What this means for you:

1. Outgoing mail containing lab results, forms or vaccine records must
   have [secure] in the subject line. The gateway will encrypt it and the
   recipient gets a link. Law firm partners (Halloran Reyes, Castillo &
   Dunn, Northgate Legal Aid) are on the trusted-domain list and will get
   it in their inbox directly over TLS.
2. Upload limit goes from 10 MB to 25 MB per file. Phone photos of
   vaccine cards are fine, no need to ask patients to scan.
3. Retention: I-693 worksheets and copies of completed forms stay in the
   EHR for 6 years per policy MR-04. Do NOT keep copies on the desktop or
   in Downloads. We will be running a cleanup script on all front desk PCs
   on June 9.
4. Old portal links stop working June 14.

Downtime window: Sat 6/7 7:00 AM - 1:00 PM. Saturday exams will run on
paper forms; the downtime kit is in the top drawer at the front desk.

Questions to it-support@lakeshore-civilsurgeon.com or ext 250.

Dev Malhotra
IT Coordinator, Lakeshore Civil Surgeon Clinic
"""
    return build(CLINICIT, CLINICALL, "Portal migration Sat 6/7 - what you need to know", body, dt,
                 html=to_html(body)), ""

@reg("clean", "admin")
def admin4():
    dt = D(2025, 12, 10, 11, 30)
    body = """Hello Halloran Reyes team,

Our fee schedule for immigration medical exams changes January 1, 2026.
Please update your client handouts.

Exam package (I-693), adults ............ $310  (was $285)
Exam package, children under 14 ......... $240  (no change)
  Includes: history & physical, IGRA, syphilis serology (18-44),
  gonorrhea NAAT (18-24), completion and sealing of the form.
Chest x-ray (Eastgate, if needed) ....... billed by Eastgate, $95 self-pay
Vaccines ................................ per dose, see attached list
Vaccination-only visit (refugees) ....... Apple Health accepted
Duplicate/replacement sealed form ....... $75 (within 60 days of signature)

Policies that have not changed but we keep getting asked about:
- We do not bill commercial insurance for the exam itself. Patients may
  submit our superbill to their own plan.
- Sealed envelopes are released only when the balance is zero.
- Firm-paid (pro bono) exams require a PO number from your office BEFORE
  the visit. We can't apply it afterwards.

Thank you!
""" + SIG_MARJ + "\n\n" + DISC_CLINIC
    return build(MARJ, [GAIL, PARALEGALS], "2026 fee schedule + billing reminders", body, dt), ""

@reg("clean", "admin")
def admin5():
    dt = D(2025, 2, 19, 13, 45)
    start = datetime(2025, 2, 26, 12, 0, tzinfo=timezone(timedelta(hours=-8)))
    ics = make_ics("liaison-20250226@halloranreyes-law.com", start, start + timedelta(hours=1),
                   "Firm / Clinic liaison meeting (Feb)", "HR conf room 4A + Zoom",
                   "Agenda in email. Zoom ID 884 2210 5517", "gfitzsimmons@halloranreyes-law.com")
    body = """Agenda - monthly liaison meeting, Wed 2/26 12:00-1:00 (lunch provided)
Attendees: Marisol, Daniel, Gail, Kendra (firm); Dr. Kowalczyk, Dr. Achebe,
Rosa, Marjorie (Lakeshore)

1. I-693 edition 01/20/25 - anything different on page 5/6 the clinic
   needs us to tell clients? (Rosa)
2. Concurrent filing rule: form must be signed no more than 60 days before
   we file. Proposed workflow: we only schedule visit 1 once the rest of
   the packet is 90% ready. (Kendra)
3. COVID-19 vaccine no longer required as of 1/22 - update the "what to
   bring" sheet in all 6 languages. (Rosa / Jean-Robert)
4. Turnaround: IGRA results averaging 4.1 business days in January, up
   from 3.2. Meridian courier issue? (Dr. Achebe)
5. Pro bono PO process - see Marjorie's email from 2/3.
6. Open floor.

Calendar invite attached. Zoom for anyone remote.

Gail
"""
    return build(GAIL, [MREYES, DHALL, KENDRA, DRK, DRA, ROSA, MARJ], "Agenda: liaison meeting 2/26", body, dt,
                 atts=[("liaison_meeting.ics", ics, "text/calendar")]), ""

@reg("clean", "admin")
def admin6():
    dt = D(2025, 7, 30, 15, 11)
    body = """Rosa, Tiffany -

Building management just told me they're shutting power to the 2nd floor
Sunday 8/3 from 6 AM to approx 2 PM for the electrical panel replacement.

Vaccine fridge + freezer plan:
- Saturday after close: Tiffany moves all stock into the two validated
  coolers with the frozen/conditioned packs per the storage SOP (Varivax in
  the freezer-packed cooler ONLY).
- Data loggers go in with the stock. Sunday I'll check at 10 and 2.
- If power isn't back by 2 PM I'll take the coolers to Eastgate, they've
  agreed to lend us shelf space in their med fridge.
- Monday AM: download the logger data before anything goes back in the
  fridge. Any excursion -> quarantine, call the manufacturers, don't use.

Also the HVAC contractor will be in the lab area Monday morning 7-9, so
first blood draws start at 9:15 that day. Please move the 8:30s.

Thanks
Dr. K
"""
    return build(DRK, [ROSA, TIFF], "Power shutdown Sun 8/3 - vaccine storage plan", body, dt), ""

@reg("clean", "admin")
def admin7():
    dt0 = D(2025, 10, 13, 9, 4)
    dt = D(2025, 10, 13, 10, 20)
    orig = outlook_hdr("Priya Venkataraman", dt0, "Gail Fitzsimmons", "room for psych evals?") + """
Gail - Dr. Okonjo-Barros asked if she could do some of her evals for our
clients at our office (closer for the folks coming from the south end).
Do we have a room that's quiet and private for 3 hours?
"""
    body = """Priya,

Yes - 4B is the best option (no glass wall, white noise machine outside
the door). I've blocked it Tuesdays 9-1 through the end of the year for
"Clinical interview - Dr. O-B". Ground rules I'd like to keep:

- No one from the firm in the room, including interpreters we hire
  unless she asks for one.
- Sign on the door, no knocking.
- She brings her own laptop; guest wifi only, not our network.
- Nothing gets left in the room afterwards - her testing booklets leave
  with her.

I'll also add a 2nd Zoom Pro license so she can do remote sessions from
that room if a client can't travel. $15.99/mo, billed to overhead.

Gail

""" + quote(orig)
    return build(GAIL, PRIYA, "RE: room for psych evals?", body, dt, cc=MREYES, irt=LAW), ""

# ================================================================ CLEAN: lookalike
@reg("clean", "lookalike")
def look1():
    dt = D(2025, 2, 11, 4, 32)
    body = """CASCADE MEDICAL DISTRIBUTION - INVOICE

Invoice #:      CMD-INV-2025-0211-58817
Invoice date:   02/11/2025
Customer acct:  LCS-200431
PO #:           LCS-PO-25-0042
Terms:          Net 30   Due: 03/13/2025
Ship to:        Lakeshore Civil Surgeon Clinic, 880 Lakeshore Blvd Ste 2B, Riverton WA 98032
Ship via:       Cold chain ground - tracking 7731 4402 9915 0028

LN  NDC            DESCRIPTION                     LOT        EXP        QTY  UNIT      EXT
01  58160-0842-52  Boostrix Tdap 10x0.5mL PFS      7RN42      2026-11-30   8  $512.40   $4,099.20
02  00006-4681-00  M-M-R II 10 SDV                 Z013877    2026-03-31   5  $798.10   $3,990.50
03  00006-4827-00  Varivax 10 SDV                  Y009142    2025-12-15   3  $1,562.00 $4,686.00
04  58160-0821-52  Engerix-B adult 10x1mL PFS      A7R19      2027-01-31   2  $622.85   $1,245.70
05  --             QFT-Plus blood collection kit   QF24-1187  2025-09-30   6  $410.00   $2,460.00
                                                                       SUBTOTAL    $16,481.40
                                                                       FREIGHT        $48.00
                                                                       TOTAL       $16,529.40

Remit to: Cascade Medical Distribution, PO Box 4471, Tacoma WA 98401
Questions: ar@cascademeddist.com | 800-555-0177 opt 3

This invoice was generated automatically. Please reference invoice # on payment.
"""
    return build("Cascade Medical AR <ar@cascademeddist.com>", MARJ, "Invoice CMD-INV-2025-0211-58817 (PO LCS-PO-25-0042)",
                 body, dt, cc=TIFF), ""

@reg("clean", "lookalike")
def look2():
    dt = D(2025, 1, 9, 14, 20, off=-8)
    rows = [["Service", "CPT/HCPCS", "ICD-10 (primary)", "Notes"],
            ["I-693 history & physical", "99204 / 99214", "Z02.89", "self-pay pkg; do not bill commercial"],
            ["QuantiFERON-TB Gold Plus", "86480", "Z11.1", "age 2+"],
            ["T-SPOT.TB", "86481", "Z11.1", "send-out backup"],
            ["Chest x-ray 2 views", "71046", "Z11.1 / R76.8", "Eastgate bills"],
            ["Syphilis RPR", "86592", "Z11.3", "age 18-44"],
            ["Gonorrhea NAAT", "87591", "Z11.3", "age 18-24"],
            ["Tdap", "90715 + 90471", "Z23", ""],
            ["MMR", "90707 + 90471", "Z23", ""],
            ["Varicella", "90716 + 90471", "Z23", ""],
            ["Hep B adult", "90746 + 90471", "Z23", ""],
            ["IPV", "90713 + 90471", "Z23", "children"],
            ["Influenza (seasonal)", "90686 + 90471", "Z23", "Oct 1 - Mar 31"],
            ["PCV20", "90677 + 90471", "Z23", "65+"]]
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    body = """Team, updated cheat sheet for 2025 attached (CSV so it opens anywhere).

Changes from last year:
- 99204/99214 - we're using the new-patient code for visit 1 going forward.
- Z11.1 is the screening code for the IGRA. R76.8 only goes on the CXR
  order when the IGRA is positive.
- Please stop using Z02.89 on vaccine-only lines, it kicks back from Apple
  Health. Z23 only.

NPI for group billing is still %s, taxonomy 207Q00000X.

Marjorie
""" % NPI_CLINIC + SIG_MARJ
    return build(MARJ, CLINICALL, "2025 coding cheat sheet", body, dt,
                 atts=[("LCS_coding_2025.csv", out.getvalue(), "text/csv")]), ""

@reg("clean", "lookalike")
def look3():
    dt = D(2025, 3, 25, 17, 55)
    body = """Your shipments - weekly summary for account HR-LAW-88213

Ship date   Tracking number          Service           To                                   Status
03/18/2025  1Z 4F7 W22 03 1144 8712  Ground            USCIS Lockbox, Chicago IL 60680      Delivered 03/21 09:14
03/18/2025  1Z 4F7 W22 03 1144 8721  Ground            USCIS Lockbox, Chicago IL 60680      Delivered 03/21 09:14
03/19/2025  1Z 4F7 W22 01 9920 4406  2nd Day Air       USCIS Lockbox, Phoenix AZ 85034      Delivered 03/21 10:02
03/20/2025  1Z 4F7 W22 03 1150 0037  Ground            Lakeshore Civil Surgeon Clinic       Delivered 03/21 13:48
03/21/2025  1Z 4F7 W22 02 7781 6613  Next Day Air      EOIR Seattle Immigration Court       Delivered 03/24 10:30
03/24/2025  1Z 4F7 W22 03 1152 2290  Ground            National Visa Center, Portsmouth NH  In transit

Shipments this period: 6     Delivered: 5     Exceptions: 0
Charges this period: $187.42 (invoice 0000W22F47-125 will follow)

Manage notifications at shipping.parcelwise-example.com
"""
    return build("Parcelwise Notifications <notify@parcelwise-example.com>", GAIL, "Weekly shipment summary - HR-LAW-88213",
                 body, dt, extra={"Auto-Submitted": "auto-generated"}), ""

@reg("clean", "lookalike")
def look4():
    dt = D(2025, 6, 2, 11, 5)
    body = """All - updated referral directory for civil surgeons and related providers
we use. Please replace the old one pinned in Teams.

CIVIL SURGEONS (USCIS designated)
Name                        NPI         WA License     Phone          Fax            Languages
Nadia Kowalczyk, MD         %s  MD60417723     253-555-0188   253-555-0189   EN, PL
Samuel Achebe, DO           %s  OP60193305     253-555-0188   253-555-0189   EN, Igbo
Rafael Castaneda, MD        %s  MD60288150     206-555-0134   206-555-0135   EN, ES
Hye-jin Park, MD            %s  MD60511942     425-555-0167   425-555-0168   EN, KO

IMAGING
Eastgate Imaging            %s              253-555-0172   253-555-0173   self-pay CXR $95

PSYCHOLOGICAL EVALUATIONS
Leticia Okonjo-Barros, PsyD %s  PY60098814     253-555-0131   --             EN, ES, PT

FORENSIC MEDICAL (asylum)
Harbor Human Rights Clinic  --          --             206-555-0150   --             intake Tues only

Hours and fees change often - call before quoting to a client.
Kendra
""" % (NPI_K, NPI_A, npi("112233445"), npi("198877665"), npi("150607080"), npi("176543210"))
    return build(KENDRA, PARALEGALS, "Updated provider directory (June)", body, dt), ""

@reg("clean", "lookalike")
def look5():
    dt = D(2025, 9, 8, 8, 41)
    body = """Ticket INC-0048213 has been updated.

Requester:     Brandon Lee (frontdesk@lakeshore-civilsurgeon.com)
Category:      Hardware > Scanner
Priority:      P3
Asset tag:     LCS-SCN-0007  (Fujitsu fi-8170, S/N A7KQ018845)
Location:      Front desk, station 2  |  IP 10.20.4.57  |  VLAN 20
Assigned to:   Dev Malhotra

Latest note (09/08/2025 08:40):
  Replaced pick roller (part PA03810-0001). Ran 50-page cleaning sheet and
  200-page duplex batch, no jams. Driver updated 3.4.1 -> 3.5.0.
  Related: INC-0048190 (same model, station 1) - monitoring.

Status:        Resolved - pending confirmation
SLA:           Met (opened 09/04 14:02, resolved 09/08 08:40)

If the issue is not fixed, reply to this email within 5 days to reopen.
Lakeshore IT Service Desk | ext 250
"""
    return build(CLINICIT, BRANDON, "[INC-0048213] Resolved: front desk scanner jamming", body, dt,
                 extra={"Auto-Submitted": "auto-replied"}), ""

@reg("clean", "lookalike")
def look6():
    dt = D(2025, 7, 3, 16, 30)
    body = """Q2 2025 operating summary - Lakeshore Civil Surgeon Clinic
(For the liaison meeting; aggregate only.)

                              Apr     May     Jun     Q2      Q1
Exams started (visit 1)       138     151     144     433     402
Forms sealed                  129     140     139     408     371
  - from Halloran Reyes        61      66      58     185     170
IGRA positive                  14      19      16      49      41
  positivity rate            10.1%%   12.6%%  11.1%%   11.3%%   10.2%%
Referred for sputum             2       3       1       6       4
Class B1/B2 TB annotations     12      16      15      43      35
Syphilis reactive               1       0       2       3       2
Median days visit1 -> sealed  6.0     7.0     6.0     6.0     6.5
No-show rate, visit 2        8.7%%    7.9%%   9.4%%    8.7%%    11.0%%
Interpreter used             41%%     38%%     44%%     41%%     39%%
  top languages: Spanish 52%%, Vietnamese 9%%, Somali 7%%, Haitian Creole 6%%

Notes: IGRA turnaround back to 3.3 business days after Meridian fixed
their courier route in April. Vaccines administered: 1,102 doses in Q2
(Tdap 29%%, MMR 24%%, varicella 18%%, Hep B 15%%, other 14%%).

Rosa
""".replace("%%", "%")
    return build(ROSA, [GAIL, DRK, DRA, MREYES], "Q2 numbers", body, dt), ""

@reg("clean", "lookalike")
def look7():
    dt = D(2025, 8, 12, 13, 13)
    body = """Quick reference - updated Aug 2025 (please check uscis-example.gov before relying on fees)

FORMS / EDITIONS WE USE MOST
Form     Edition     Filing fee (paper)   Notes
I-485    01/20/25    $1,440               I-693 must be filed with it
I-693    01/20/25    --                   signed <= 60 days before filing
I-601    01/20/25    $1,050
I-601A   01/20/25    $795                 + biometrics where required
I-589    01/20/25    $100 annual fee     (if pending 1+ yr)
I-765    01/20/25    $520 / $470 online

USEFUL NUMBERS
Contact Center (firm line, attorney use)      800-555-0114
EOIR automated case status                    800-555-0138
National Visa Center (public inquiry)         603-555-0120
Lockbox courier address book                  shared drive > Filing > Lockbox.xlsx
Consulate Ciudad Juárez IV unit (email only)  ivjuarez@consulate-example.gov
Panel physician list                          travel-example.gov/panelphysicians

CASE NUMBER FORMATS (for the new staff)
USCIS receipt         3 letters + 10 digits   e.g. IOE0000000000
NVC case              3 letters + 10 digits   e.g. ABC2025000000
A-number              A + 8 or 9 digits       e.g. A000 000 000
EOIR                  same as A-number

Gail
"""
    return build(GAIL, [PARALEGALS, LAWALL], "Quick reference sheet - fees, editions, numbers", body, dt), ""

# ================================================================ CLEAN: news
@reg("clean", "news")
def news1():
    dt = D(2025, 3, 3, 7, 0)
    body = """HALLORAN REYES IMMIGRATION LAW - CLIENT UPDATE | March 2025
Actualización para clientes | versión en español abajo

1. Medical exam (Form I-693) now has to be filed WITH your green card
application. Since December 2024, USCIS no longer accepts the medical exam
later or at the interview. The civil surgeon's signature can be no more
than 60 days old when we file. What this means for you: we will tell you
when to book your exam - please don't book it early on your own.

2. COVID-19 vaccine is no longer required for the immigration medical exam
as of January 22, 2025. Other vaccines (for example MMR, Tdap, varicella,
and flu during flu season) are still required based on age.

3. New fee schedule. Filing fees changed last year. Ask your paralegal for
your updated estimate.

4. Office closure: Friday, March 28 (staff training).

---
1. El examen médico (Formulario I-693) ahora debe presentarse JUNTO con su
solicitud de residencia. La firma del cirujano civil no puede tener más de
60 días. Por favor no haga la cita del examen por su cuenta; le avisaremos
cuándo.

2. Desde el 22 de enero de 2025 ya no se requiere la vacuna contra el
COVID-19 para el examen médico de inmigración.

You are receiving this because you are a client or former client of
Halloran Reyes Immigration Law. Unsubscribe: halloranreyes-law.com/unsub
This newsletter is general information, not legal advice for your case.
"""
    html = """<html><body style="margin:0;font-family:Georgia,serif;background:#f4f4f4">
<table width="600" align="center" cellpadding="20" style="background:#fff">
<tr><td><img src="cid:hrlogo" width="180" height="48" alt="Halloran Reyes"></td></tr>
<tr><td><h2 style="color:#164e7a">Client Update - March 2025</h2>
<h3>1. Medical exam now filed with your green card application</h3>
<p>Since December 2024, USCIS no longer accepts the medical exam (Form I-693) later or at the interview. The civil surgeon's signature can be no more than 60 days old when we file. <b>Please don't book your exam early on your own</b> - we will tell you when.</p>
<h3>2. COVID-19 vaccine no longer required</h3>
<p>As of January 22, 2025. Other age-based vaccines are still required.</p>
<h3>3. New fee schedule</h3><p>Ask your paralegal for your updated estimate.</p>
<h3>4. Office closure</h3><p>Friday, March 28 (staff training).</p>
<hr><p style="font-size:11px;color:#888">General information, not legal advice. <a href="https://halloranreyes-law.com/unsub">Unsubscribe</a></p>
</td></tr></table></body></html>"""
    m = build(A("Halloran Reyes Immigration Law", "news", LAW), A("Halloran Reyes Clients", "clients-list", LAW),
              "Client Update: medical exam changes + COVID vaccine rule | Actualización", body, dt, html=html,
              extra={"List-Unsubscribe": "<https://halloranreyes-law.com/unsub>", "Precedence": "bulk"})
    m.get_payload()[1].add_related(LOGO, maintype="image", subtype="png", cid="<hrlogo>", filename="logo.png")
    return m, ""

@reg("clean", "news")
def news2():
    dt = D(2025, 9, 24, 8, 0)
    body = """LAKESHORE LINK - Partner Bulletin, Fall 2025

FLU SEASON IS BACK
Influenza vaccine is required on the immigration medical exam for
applicants 6 months and older whose exam falls between October 1 and
March 31. We will have this season's vaccine in stock from September 29.
Clients who already had a flu shot this season elsewhere just need to bring
the documentation (pharmacy printout is fine).

NEW EVENING HOURS
Starting October 6: Tuesday and Thursday until 7:00 PM for visit 2 (vaccines
and result review). Visit 1 remains daytime only because of lab courier
cut-offs.

WELCOME DR. PARK
Hye-jin Park, MD joins our team in November and is in the process of
civil surgeon designation. Korean-speaking clients can request her once
her designation is confirmed.

REMINDER FOR LAW OFFICES
The sealed envelope is valid for filing only when the civil surgeon's
signature is within 60 days. Please schedule visit 1 about 2-3 weeks before
your target filing date.

Lakeshore Civil Surgeon Clinic | 880 Lakeshore Blvd, Suite 2B, Riverton WA
253-555-0188 | lakeshore-civilsurgeon.com
To stop receiving partner bulletins reply "unsubscribe".
"""
    return build(A("Lakeshore Link", "bulletin", CLINIC), A("Partner Offices", "partners", CLINIC),
                 "Lakeshore Link - Fall 2025: flu season, evening hours", body, dt, html=to_html(body, "Verdana, sans-serif"),
                 extra={"Precedence": "bulk"}), ""

@reg("clean", "news")
def news3():
    dt = D(2025, 4, 3, 10, 0)
    body = """RIVERTON-KING VALLEY PUBLIC HEALTH
TB Program Annual Summary - 2024 (released for World TB Day follow-up)

Key figures (provisional)
- 142 active TB cases reported county-wide in 2024 (rate 6.1 per 100,000),
  up from 128 in 2023.
- 78% of cases were among people born outside the U.S.; median time since
  arrival for those cases was 9 years.
- 11% of cases were identified through immigration-related screening
  (civil surgeon referrals and post-arrival Class B follow-up).
- Treatment completion for cases diagnosed in 2022: 94%.
- LTBI: 2,310 people started treatment for latent TB infection through the
  clinic network; 68% completed a short-course (3HP or 4R) regimen.

For civil surgeons and partners
- The Class B follow-up notification backlog has been cleared. Expect
  contact within 14 days of arrival notification.
- Sputum collection for civil surgeon referrals is now available at the
  South Clinic on Tuesdays and Thursdays; no appointment needed.
- Free LTBI treatment continues regardless of insurance or immigration
  status.

Full report: rkv-publichealth.org/tb/annual-2024
TB Program main line 253-555-0107
"""
    return build("RKV Public Health TB Program <tbprogram@rkv-publichealth.org>", [DRK, DRA],
                 "2024 TB Annual Summary - county data", body, dt, extra={"Precedence": "bulk"}), ""

@reg("clean", "news")
def news4():
    dt = D(2025, 5, 6, 9, 30)
    body = """Need your immigration medical exam done fast?

Lakeshore Civil Surgeon Clinic now offers SATURDAY exams, 8 AM - 12 PM.

 * USCIS-designated civil surgeons
 * Results typically in 3-4 business days
 * Flat price: $285 exam package (vaccines extra)
 * Staff speak Spanish, Portuguese, Vietnamese and Polish; phone interpreters
   for 200+ languages
 * Sealed Form I-693 ready to file with your I-485
 * Free parking, on the 150 bus line

Book online at lakeshore-civilsurgeon.com/book or call 253-555-0188.

¿Necesita su examen médico de inmigración? Ahora abrimos los sábados.
Cần khám sức khỏe di trú? Chúng tôi mở cửa thứ Bảy.

You received this because you opted in to updates from Lakeshore Civil
Surgeon Clinic. Unsubscribe: lakeshore-civilsurgeon.com/unsubscribe
"""
    return build(A("Lakeshore Civil Surgeon Clinic", "hello", CLINIC), "subscribers@lists.lakeshore-civilsurgeon.com",
                 "Now open Saturdays for immigration medical exams", body, dt,
                 html=to_html(body, "Helvetica, Arial, sans-serif"), extra={"Precedence": "bulk"}), ""

@reg("clean", "news")
def news5():
    dt = D(2025, 6, 19, 12, 0)
    body = """NWIPA Practice Digest - June 2025
Northwest Immigration Practitioners Association

WEBINAR RECAP: Psychological Evaluations in Extreme Hardship Waivers
Panel: two licensed psychologists, an IJ-turned-practitioner and a former
USCIS adjudicator. About 240 members attended.

Takeaways
- Adjudicators read the evaluation for its connection to hardship, not
  for the diagnosis alone. Tie symptoms to concrete consequences of
  separation or relocation (work, caregiving, access to treatment).
- Use standardized instruments and say which ones; avoid reports that
  are only narrative.
- Corroborate: treating-provider letters, pharmacy records and therapy
  notes carry more weight than a single evaluation.
- Be careful with templates. Several recent denials quoted identical
  paragraphs from different evaluators' reports.
- Plan for time: panelists estimated 3-6 weeks from referral to final
  report in the region.
- Trauma-informed logistics matter: interpreter gender, private space,
  not scheduling the interview the same day as biometrics.

Recording and slides are in the members' library.

UPCOMING: "The new concurrent I-693 filing rule, six months in" - July 17.

NWIPA | nwipa-example.org | You are receiving this as a member.
"""
    return build("NWIPA Digest <digest@nwipa-example.org>", MREYES, "NWIPA Digest: psych evals in hardship waivers (recap)",
                 body, dt, extra={"Precedence": "list", "List-Id": "<digest.nwipa-example.org>"}), ""

@reg("clean", "news")
def news6():
    dt = D(2025, 1, 27, 6, 15, off=-8)
    body = """CIVIL SURGEON NETWORK - Weekly Digest #212

1) COVID-19 vaccination requirement removed
CDC's updated vaccination requirements for civil surgeons remove COVID-19
vaccine from the required list effective January 22, 2025. Forms signed
on or after that date should not show COVID-19 as required. Several members
asked about forms signed before that date and filed after - consensus on
the list is that USCIS will not issue RFEs for a COVID-19 entry, but there
is no written guidance yet.

2) TI reminders that keep coming up
- IGRA is required for applicants 2 years and older; TST is no longer
  acceptable for civil surgeon TB screening.
- Syphilis screening ages 18-44; gonorrhea NAAT ages 18-24.
- Applicants with a positive IGRA need a chest x-ray before the form can
  be completed, including pregnant applicants (with shielding).

3) Envelope question of the week
"Can a law firm courier transport the sealed envelope?" - Yes, as long as
the envelope stays sealed. Several members keep a chain-of-custody log.

4) Member poll results (n=87)
Average exam package price in the Pacific Northwest: $290 (range $220-$425).

Reply to post to the list. Archive: csnetwork-example.org/digest
"""
    return build("Civil Surgeon Network <digest@csnetwork-example.org>", DRK, "CSN Digest #212 - COVID vaccine removed from requirements",
                 body, dt, extra={"Precedence": "list", "List-Id": "<digest.csnetwork-example.org>"}), ""

# ================================================================ CLEAN: staff
@reg("clean", "staff")
def staff1():
    dt = D(2025, 3, 21, 15, 40)
    body = """Schedule for week of 3/24 - please check your lines!

           MON         TUE         WED         THU          FRI        SAT
Provider   Kowalczyk   Achebe      Kowalczyk   Achebe       Kowalczyk  Achebe
           Achebe(pm)              Achebe(am)  Kowalczyk(pm)
MA         T. Nguyen   J. Benitez  T. Nguyen   T. Nguyen    J. Benitez J. Benitez
           J. Benitez  T. Nguyen   J. Benitez               T. Nguyen
Front      B. Lee      B. Lee      S. Ortiz    B. Lee       S. Ortiz   S. Ortiz
desk       S. Ortiz    S. Ortiz    B. Lee      S. Ortiz     B. Lee
Billing    M. Olsen    M. Olsen    M. Olsen    --           M. Olsen   --
Coord.     R. Ibarra   R. Ibarra   R. Ibarra   R. Ibarra    R. Ibarra  --

Tiffany Nguyen, CMA - lead for the Sat clinic 3/29
Jorge Benitez, CMA - phlebotomy competency sign-off Wed with Dr. K
Brandon - Thu is your long day (7:30-6), Sophia covers the 12-12:30 lunch

Swaps need my OK by Tuesday. Thanks everyone!
Rosa
"""
    return build(ROSA, CLINICALL, "Schedule wk of 3/24", body, dt), ""

@reg("clean", "staff")
def staff2():
    dt = D(2025, 11, 26, 16, 45)
    body = """On-call rotation - detention / bond / after-hours line, Dec 2025

Dates            Attorney              Backup                Paralegal on call
Dec 1 - 7        Daniel Halloran       Priya Venkataraman    Tomás Aguilar
Dec 8 - 14       Priya Venkataraman    Marisol Reyes         Kendra Boateng
Dec 15 - 21      Marisol Reyes         Daniel Halloran       Jean-Robert Pierre
Dec 22 - 28      Daniel Halloran       Marisol Reyes         Lien Tran
Dec 29 - Jan 4   Priya Venkataraman    Daniel Halloran       Ana Paula Moreira

After-hours line forwards to the on-call cell: 253-555-0100.
Tacoma detention center attorney visitation: call ahead, bar card + G-28.
Holiday closures: Dec 24 (half day), Dec 25, Jan 1.

If you swap, update the calendar AND tell Gail so the forwarding gets
changed.

Gail
"""
    return build(GAIL, LAWALL, "December on-call rotation", body, dt), ""

@reg("clean", "staff")
def staff3():
    dt = D(2025, 10, 28, 9, 0)
    body = """Hi all,

Open enrollment for 2026 benefits runs November 3 - November 21.

What's changing:
- Medical: same two plans (PPO and HSA). Employee-only premium on the PPO
  goes up $14/month; the firm is absorbing the rest of the increase.
- Dental: moving from SmileWay to Northpoint Dental. Your cards will be
  re-issued in December. Orthodontia lifetime max goes up to $2,000.
- Vision: no change.
- FSA limit: $3,300. Dependent care FSA stays at $5,000.
- EAP: still free and confidential, 6 sessions per issue per year. We never
  see who uses it.

Benefits fair: Thursday Nov 6, 12-1, conference room 4A, lunch from Tacos
El Güero. Reps from both carriers will be here.

If you do nothing, your current elections roll over, except FSA which you
must re-elect.

Gail Fitzsimmons
Office Manager / HR
"""
    return build(GAIL, LAWALL, "Open enrollment Nov 3-21 + benefits fair", body, dt), ""

@reg("clean", "staff")
def staff4():
    dt0 = D(2025, 5, 14, 10, 2)
    dt = D(2025, 5, 14, 10, 37)
    orig = """Psst - Kendra's 10-year anniversary with the firm is Friday! Cake in the
kitchen at 3:00, card is on my desk, please sign before Thursday. Don't
tell her. - Gail"""
    body = """I'm in! Can we get the tres leches from Panadería La Estrella again? I can
pick it up on my way in Friday.

Also, she's mentored like every paralegal here including me, so maybe we
do a little slide show with photos? I have the one from the 2018 AILA
conference where she fell asleep on the shuttle :)

Ana Paula

""" + on_wrote(dt0, GAIL) + "\n" + quote(orig)
    return build(ANAP, [GAIL], "Re: SHHH - Friday", body, dt, cc=[TOMAS, LIEN, JRP], irt=LAW), ""

@reg("clean", "staff")
def staff5():
    dt = D(2025, 2, 27, 12, 10)
    body = """Hi team,

Tomás will be out on leave March 3 - March 14, back Monday March 17.
Please do not contact him during this time.

Coverage:
- His active AOS files: Lien (primary), Kendra (backup)
- His clinic scheduling and envelope pickups: Lien
- Spanish-language intake calls: Ana Paula
- Court prep for the 3/11 master calendar hearing: Priya with
  Jean-Robert

His out-of-office will point callers to the main line. Lien, he's put a
handover note for each file in the shared drive under
/Paralegal/Coverage/Tomas_Mar2025.

Thanks,
Marisol
"""
    return build(MREYES, [PARALEGALS, PRIYA, DHALL], "Tomás out 3/3-3/14 - coverage", body, dt), ""

@reg("clean", "staff")
def staff6():
    dt = D(2025, 6, 25, 14, 15)
    body = """Reminder - payroll changes starting July

1. Payday moves from the 15th/last day to every other Friday. First
   biweekly payday is Friday July 11 (covering 6/23 - 7/6).
2. Timesheets in PayTrail are due Monday by 10 AM for the prior 2 weeks.
   Late timesheets = paid on the next cycle, no exceptions (sorry).
3. Mileage for clinic/court runs: $0.70/mile, submit the mileage form
   monthly. Parking at the immigration court is reimbursable with a receipt.
4. Direct deposit info carries over, nothing to do.

PayTrail employee ID = your 4-digit staff number on your badge.

Questions to me or payroll@halloranreyes-law.com.

Gail
"""
    return build(GAIL, LAWALL, "Payroll: biweekly starting July 11", body, dt, html=to_html(body)), ""

@reg("clean", "staff")
def staff7():
    dt = D(2025, 3, 10, 8, 5)
    body = """Good morning everyone,

Please welcome Jorge Benitez, CMA, who starts with us today as our
second medical assistant! Jorge comes to us from Valley Family Medicine
where he worked for four years, and he is bilingual English/Spanish.

His first two weeks:
- Mon/Tue: orientation with Rosa, EHR training with Dev (IT)
- Wed-Fri: shadowing Tiffany on visit 1 and visit 2 workflows
- Week 2: vaccine storage & handling module, envelope sealing procedure
  with Dr. Kowalczyk, phlebotomy competency sign-off

His WA MA-C credential and BLS are on file with HR. Badge and keys are
ready at the front desk. Lunch is on us today - Thai place at 12:30.

Welcome, Jorge!
Rosa
"""
    return build(ROSA, CLINICALL, "Welcome Jorge Benitez, CMA!", body, dt), ""

# ================================================================ CLEAN: training
@reg("clean", "training")
def train1():
    dt = D(2025, 9, 2, 9, 0)
    docx = make_docx([
        "## PARALEGAL TRAINING - MOCK FILE (FICTITIOUS DATA - DO NOT FILE)",
        "Exercise 3: Reviewing a completed Form I-693 before filing",
        "Applicant: SAMPLE, Jane Q. (fictitious)   DOB: 01/01/1990   A#: A000 000 000",
        "Civil surgeon: Dr. Example Surgeon (fictitious)   Signature date: see scenario",
        "",
        "Scenario: The client brings you a sealed envelope on 9/2. The copy",
        "the clinic gave her shows the civil surgeon signed on 6/20. You plan",
        "to file the I-485 on 9/15.",
        "",
        "Questions:",
        "1. Can this form be filed with the I-485 on 9/15? Why or why not?",
        "2. The copy shows IGRA positive and chest x-ray 'normal'. What TB",
        "   classification would you expect to see, if any?",
        "3. The vaccination page lists influenza as 'not routinely available'.",
        "   Is that acceptable for an exam in June?",
        "4. The envelope flap has tape over the seal. What do you do?",
        "",
        "Answer key is with Kendra. Do not open the practice envelope.",
    ])
    body = """Hi new folks (Maya, Chris, Deshawn),

Attached is exercise 3 for Thursday's training session. It's a mock file
with a fictitious applicant - Jane Q. Sample - so you can mark it up as much
as you want. Bring your answers, we'll go over them together.

The practice envelope is in the training binder in 4A. It is stamped
"TRAINING - NOT VALID" on both sides.

Kendra
""" + SIG_KENDRA
    return build(KENDRA, ["Maya Chen <mchen@halloranreyes-law.com>", "Chris Dolan <cdolan@halloranreyes-law.com>",
                          "Deshawn Price <dprice@halloranreyes-law.com>"], "Training exercise 3 - mock I-693 review",
                 body, dt, atts=[("Exercise3_MockI693_FICTITIOUS.docx", docx,
                                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]), ""

@reg("clean", "training")
def train2():
    dt = D(2025, 9, 4, 16, 20)
    body = """Quiz - vaccination requirements by age (I-693). 10 minutes, open notes.

1. A 16-year-old applicant with one documented MMR dose. What is needed?
2. A 70-year-old applicant born in 1955 with no records. Is MMR required?
3. Which is required for an adult exam in July: influenza, Tdap, or both?
4. A 30-year-old applicant has had chickenpox as a child but no records.
   What can the civil surgeon accept?
5. True/False: The applicant must complete the entire Hep B series before
   the form can be signed.
6. True/False: COVID-19 vaccine is required for exams on or after 1/22/2025.

--- ANSWER KEY (facilitator only) ---
1. Second MMR dose (or titer showing immunity).
2. No - born before 1957 is considered immune.
3. Tdap/Td as age-appropriate; influenza only Oct 1 - Mar 31.
4. A history of disease documented by a physician, or a positive titer.
   Self-report alone is not enough.
5. False - one dose in the series is enough to mark "not complete, series
   in progress"; the applicant finishes with their own provider.
6. False.

Kendra
"""
    return build(KENDRA, PARALEGALS, "Quiz for Thursday + answer key", body, dt), ""

@reg("clean", "training")
def train3():
    dt = D(2025, 4, 28, 11, 0)
    body = """UAT script - BookWell -> EHR interface, build 2025.04.2 (TEST environment only)

Use ONLY these test records. They exist in TEST, not in PROD.

Test MRN     Name                 DOB          Purpose
ZZT-000101   ZZTEST, ADULT ONE     01/01/1985   visit 1 booking, English
ZZT-000102   ZZTEST, MINOR TWO     06/15/2015   visit 1, parent as contact
ZZT-000103   ZZTEST, SPANISH       03/03/1970   visit 1, interpreter flag = es
ZZT-000104   ZZTEST, CANCEL        12/12/1999   booking then cancel

Steps
1. In BookWell TEST, book ZZT-000101 for Thu 5/1 9:00 with Achebe.
   Expected: SIU^S12 arrives in EHR TEST within 60 s; appointment visible.
2. Book ZZT-000102. Expected: guarantor/contact populated from parent
   fields (NK1 segment present).
3. Book ZZT-000103 with interpreter = Spanish. Expected: appointment
   comment "INTERP: es".
4. Book then cancel ZZT-000104. Expected: SIU^S15 received, appointment
   status = CANCELLED, slot reopens in BookWell.
5. Failure path: stop the EHR listener, book ZZT-000101 again. Expected:
   BookWell webhook failure email to it-support after 4 retries.

Record pass/fail in the UAT sheet. Screenshots to /IT/UAT/2025.04.2.
Sign-off needed from Rosa (workflow) and Dev (technical) by 5/2.

Dev
"""
    return build(CLINICIT, [ROSA, TIFF], "UAT script - scheduling interface (TEST)", body, dt,
                 atts=[("UAT_script_2025.04.2.txt", body, "text/plain")]), ""

@reg("clean", "training")
def train4():
    dt = D(2025, 8, 6, 10, 30)
    body = """Dear colleagues,

For the NWIPA workshop on the 21st, here is the teaching case. It is a
composite built from several evaluations and all identifying details have
been changed or removed; it does not describe any real person.

CASE STUDY (de-identified composite)
"Applicant A" is a woman in her 30s whose spouse is seeking a provisional
unlawful presence waiver. She reports difficulty sleeping since the spouse's
consular interview was scheduled, loss of appetite, and worry about
managing two young children alone. She has no prior mental health
treatment. Her score on a standardized depression inventory falls in the
moderate range; an anxiety inventory falls in the moderate-to-severe range.
She describes her spouse as the one who drives her to work and manages
the household finances.

Discussion questions
1. Which facts connect her symptoms to hardship of separation vs.
   relocation? What is missing?
2. What corroborating records would you ask the attorney to obtain?
3. How would you describe limitations of a single-session evaluation?
4. Rewrite the sample summary paragraph (slide 12) to avoid template
   language.

Please don't circulate beyond workshop participants.

Leticia Okonjo-Barros, PsyD
"""
    return build(DROB, "NWIPA Workshop Panel <workshop@nwipa-example.org>", "Teaching case for 8/21 workshop (de-identified)",
                 body, dt, cc=MREYES), ""

@reg("clean", "training")
def train5():
    dt = D(2025, 7, 9, 13, 50)
    rows = [["English", "Español", "Kreyòl ayisyen", "Notes for interpreters"],
            ["civil surgeon", "cirujano civil", "chirijyen sivil", "a doctor designated by USCIS, not a surgeon"],
            ["sealed envelope", "sobre sellado", "anvlòp sele", "client must not open it"],
            ["blood test for TB", "análisis de sangre para tuberculosis", "tès san pou tibèkiloz", "IGRA / QuantiFERON"],
            ["chest x-ray", "radiografía de tórax", "radyografi pwatrin", ""],
            ["vaccination record", "cartilla / carné de vacunación", "kat vaksen", "any language accepted"],
            ["booster", "refuerzo", "rapèl", ""],
            ["series not complete", "serie incompleta", "seri a pa fini", "still acceptable for the form"],
            ["latent TB infection", "tuberculosis latente", "tibèkiloz latan", "not contagious"]]
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    body = """Hi Jean-Robert and Ana Paula,

For next week's interpreter refresher, attached is the glossary draft. Can
you both check your columns? Ana Paula, I know you'll want to add
Portuguese - please add a column.

Role-play script (fictional patient, use as-is):

  MA:      "Good morning, Mr. Example. Today we will take a small blood
            sample for the TB test and check your vaccine card."
  Patient: "Is the TB test because you think I'm sick?"
  MA:      "No, everyone over two years old gets this test for the
            immigration exam."

Interpreters should practice NOT adding reassurance that the MA didn't say.

Thanks!
Rosa
"""
    return build(ROSA, [JRP, ANAP], "Interpreter refresher - glossary draft", body, dt,
                 atts=[("glossary_draft_v2.csv", out.getvalue(), "text/csv")]), ""

@reg("clean", "training")
def train6():
    dt = D(2025, 10, 15, 7, 45)
    pdf = make_pdf([
        "Reading an I-693 for Errors - Handout (sample scenarios, fictitious)",
        "",
        "Scenario 1: Applicant 'Sample A', age 22. Gonorrhea NAAT not recorded.",
        "  -> Required for ages 18-24. Likely RFE.",
        "Scenario 2: Applicant 'Sample B', age 50. Syphilis test recorded.",
        "  -> Not required at 50; harmless if present.",
        "Scenario 3: Applicant 'Sample C', IGRA positive, CXR normal, no class.",
        "  -> Should be annotated Class B2 TB, LTBI.",
        "Scenario 4: Civil surgeon signature 75 days before filing.",
        "  -> Not valid for concurrent filing; new exam needed.",
        "Scenario 5: Envelope resealed with tape by the applicant.",
        "  -> Not acceptable. Return to civil surgeon.",
        "",
        "All applicants in this handout are fictitious.",
    ], title="I-693 errors handout")
    body = """Reminder: lunch & learn today at 12:00 in 4A - "Reading an I-693 for
errors before it costs you an RFE". Presenter: Kendra Boateng.

Handout attached (all scenarios are made-up). Pizza provided. CLE credit:
not eligible, sorry attorneys, but please come anyway.

Gail
"""
    return build(GAIL, LAWALL, "Today 12:00 - Lunch & learn: I-693 errors", body, dt,
                 atts=[("I693_errors_handout.pdf", pdf, "application/pdf")]), ""

# ================================================================ main
def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(outdir, exist_ok=True)
    counters = {}
    rows = []
    for label, kind, fn in REG:
        key = (label, kind)
        counters[key] = counters.get(key, 0) + 1
        fname = "%s-%s-%03d.eml" % (label, kind, counters[key])
        msg, patient = fn()
        for part in msg.walk():
            if part is not msg:
                del part["MIME-Version"]
        with open(os.path.join(outdir, fname), "wb") as f:
            f.write(msg.as_bytes(policy=email.policy.SMTP))
        rows.append([fname, label, kind, patient])
    with open(os.path.join(outdir, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    total = 0
    for (label, kind), n in counters.items():
        print("%s-%s: %d" % (label, kind, n))
        total += n
    print("total: %d" % total)

if __name__ == "__main__":
    main()
