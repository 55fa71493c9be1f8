#!/usr/bin/env python3
"""Generate a blind evaluation set of email for a clinical research site.

Usage: python3 gen.py OUTDIR
Standard library only; deterministic (random.seed(SEED)).
All people, numbers, organisations and addresses are invented.
"""
import csv
import io
import os
import random
import struct
import sys
import zipfile
import zlib
from collections import OrderedDict
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

SEED = 10801
random.seed(SEED)

SITE = "bramblewoodresearch.com"
SITE_NAME = "Bramblewood Clinical Research"
SITE_ADDR = "2150 Larkspur Parkway, Suite 300, Millbrook Ridge, PA 19377"
SITE_MAIN = "(610) 555-0142"
SITE_FAX = "(610) 555-0199"

EST = timezone(timedelta(hours=-5))
EDT = timezone(timedelta(hours=-4))


def D(y, mo, d, h=9, mi=0, s=None):
    """A timezone-aware datetime; EDT between mid-March and early November."""
    tz = EDT if (3, 10) <= (mo, d) <= (11, 2) else EST
    if s is None:
        s = random.randint(0, 59)
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def mid(domain=SITE):
    a = "".join(random.choice("0123456789abcdef") for _ in range(16))
    b = random.randint(100000, 999999)
    return "<%s.%d@%s>" % (a, b, domain)


# ---------------------------------------------------------------- people
class P:
    def __init__(self, name, email, title="", phone="", org=SITE_NAME):
        self.name, self.email, self.title, self.phone, self.org = name, email, title, phone, org

    @property
    def addr(self):
        return '"%s" <%s>' % (self.name, self.email) if ("," in self.name or "." in self.name) else "%s <%s>" % (self.name, self.email)

    @property
    def first(self):
        return self.name.split()[0]


def s(local):
    return "%s@%s" % (local, SITE)


KELSEY = P("Kelsey Brandt", s("kbrandt"), "Lead Clinical Research Coordinator, CCRC", "(610) 555-0147")
TOMAS = P("Tomás Villanueva", s("tvillanueva"), "Clinical Research Coordinator", "(610) 555-0151")
LINH = P("Linh Pham", s("lpham"), "Clinical Research Coordinator II", "(610) 555-0153")
ANITA = P("Anita Ramaswamy, MD", s("aramaswamy"), "Principal Investigator | Medical Director", "(610) 555-0144")
MARCUS = P("Marcus Oyelaran, DO", s("moyelaran"), "Sub-Investigator", "(610) 555-0145")
RENATA = P("Renata Kowalczyk", s("rkowalczyk"), "Regulatory Affairs Specialist", "(610) 555-0158")
DEREK = P("Derek Haugland", s("dhaugland"), "Site Director", "(610) 555-0140")
PRIYA = P("Priya Natarajan, PharmD", s("pnatarajan"), "Investigational Drug Service Pharmacist", "(610) 555-0161")
JOANNE = P("Joanne Whitcomb", s("jwhitcomb"), "Research Finance Manager", "(610) 555-0163")
SAMIR = P("Samir Haddad", s("shaddad"), "Recruitment & Retention Specialist", "(610) 555-0166")
BEA = P("Beatriz Costa, RN", s("bcosta"), "Research Nurse", "(610) 555-0156")
GINA = P("Gina Marchetti", s("gmarchetti"), "Research Assistant / Phlebotomist", "(610) 555-0159")
FRONT = P("Bramblewood Front Desk", s("frontdesk"), "", SITE_MAIN)
QA = P("Wendell Ashby", s("washby"), "Quality Assurance Manager", "(610) 555-0170")
HR = P("Colleen Draper", s("cdraper"), "Human Resources Generalist", "(610) 555-0172")
IT = P("Bramblewood IT Help Desk", s("helpdesk"), "", "(610) 555-0190")
DANA = P("Dana Kirschner", s("dkirschner"), "Clinical Research Coordinator", "(610) 555-0154")
YUSUF = P("Yusuf Abdi", s("yabdi"), "Research Assistant", "(610) 555-0157")

# external
HANNAH = P("Hannah Lockwood", "hannah.lockwood@northgatecro.com", "Senior Clinical Research Associate", "(267) 555-0183", "Northgate Clinical Services")
GREG = P("Greg Feld", "gfeld@ospreymeddevices.net", "Field Clinical Specialist", "(484) 555-0128", "Osprey Medical Devices")
LORRAINE = P("Lorraine Beckett", "lbeckett@meridianirb.org", "IRB Coordinator", "(215) 555-0117", "Meridian Independent Review Board")
RIDEWELL = P("RideWell Dispatch", "dispatch@ridewellmt.com", "", "(610) 555-0176", "RideWell Medical Transport")
STIPEND = P("StipendPoint Support", "support@stipendpoint.net", "", "(800) 555-0134", "StipendPoint")
CORVID = P("Corvid Central Lab - Results", "no-reply@corvidlabs.com", "", "", "Corvid Central Laboratories")
VELTRAX_PV = P("Veltrax Drug Safety", "drugsafety@veltrax-tx.com", "", "(908) 555-0102", "Veltrax Therapeutics")
STBREN = P("Health Information Management", "him.release@stbrendanrmc.org", "Release of Information", "(610) 555-0120", "St. Brendan Regional Medical Center")
MILLFM = P("Dr. Howard Pruitt", "hpruitt@millbrookfm.com", "Family Medicine", "(610) 555-0131", "Millbrook Family Medicine")

STUDIES = {
    "VTX": "VTX-204-301 (VELOCITY-3)",
    "OSP": "OSP-RHY-02 (HeartTrace)",
    "CLB": "CLB-118-02",
    "HLX": "HLX-207 (BREEZE-2)",
}

DISCLAIMER = (
    "CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the\n"
    "intended recipient(s) and may contain confidential and privileged information. Any\n"
    "unauthorized review, use, disclosure or distribution is prohibited. If you are not the\n"
    "intended recipient, please contact the sender by reply e-mail and destroy all copies of the\n"
    "original message."
)

DISCLAIMER_SHORT = (
    "This message may contain confidential information intended only for the addressee. "
    "If received in error please notify the sender and delete."
)


def sig(p, disclaimer=False, cell=None, short=False):
    if short:
        out = "%s\n%s" % (p.name, p.title) if p.title else p.name
    else:
        lines = [p.name]
        if p.title:
            lines.append(p.title)
        lines.append(p.org)
        if p.org == SITE_NAME:
            lines.append(SITE_ADDR)
        if p.phone:
            lines.append("Direct: %s" % p.phone)
        if cell:
            lines.append("Cell: %s" % cell)
        if p.org == SITE_NAME:
            lines.append("Fax: %s" % SITE_FAX)
        out = "\n".join(lines)
    if disclaimer:
        out += "\n\n" + DISCLAIMER
    return out


def quote(text):
    return "\n".join(("> " + l) if l.strip() else ">" for l in text.strip("\n").split("\n"))


def wrote(date, who):
    return "On %s, %s wrote:" % (date.strftime("%a, %b %-d, %Y at %-I:%M %p"), who)


def original(frm, date, to, subject, body, cc=None):
    head = ["-----Original Message-----",
            "From: %s" % frm,
            "Sent: %s" % date.strftime("%A, %B %-d, %Y %-I:%M %p"),
            "To: %s" % to]
    if cc:
        head.append("Cc: %s" % cc)
    head.append("Subject: %s" % subject)
    return "\n".join(head) + "\n\n" + body.strip("\n")


def fwd_block(frm, date, subject, to, body):
    return ("---------- Forwarded message ---------\n"
            "From: %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s" % (
                frm, date.strftime("%a, %b %-d, %Y at %-I:%M %p"), subject, to, body.strip("\n")))


def html_from_text(text, font="Calibri, Arial, sans-serif"):
    import html as _h
    paras = text.strip("\n").split("\n\n")
    parts = []
    for p in paras:
        parts.append("<p>%s</p>" % _h.escape(p).replace("\n", "<br>\n"))
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:%s;font-size:11pt">\n%s\n</body></html>\n'
            % (font, "\n".join(parts)))


# ------------------------------------------------------------- binary builders
FIXED_ZIP_TIME = (2025, 1, 1, 0, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def _xml_esc(t):
    return (str(t).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;"))


def _col(n):
    s_ = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s_ = chr(65 + r) + s_
    return s_


def make_xlsx(rows, sheet="Sheet1"):
    """rows: list of lists; numbers stay numeric, everything else inline strings."""
    srows = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _xml_esc(v)))
        srows.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % "".join(srows))
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
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _xml_esc(sheet))
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
        txt = p.strip("*")
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        body.append('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, _xml_esc(txt)))
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


def make_pdf(lines, title="Document"):
    """A small single-page PDF with Helvetica text lines (latin-1 only)."""
    def esc(t):
        return t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    y = 750
    ops = ["BT", "/F1 11 Tf", "14 TL", "50 %d Td" % y]
    for i, l in enumerate(lines):
        ops.append("(%s) Tj" % esc(l))
        ops.append("T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ("<< /Title (%s) /Producer (Bramblewood DocGen 2.1) >>" % esc(title)).encode("latin-1"),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n" % (len(objs) + 1))
    out.write(b"0000000000 65535 f \n")
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def make_png(w=160, h=48, bg=(255, 255, 255), fg=(46, 92, 62), kind="logo"):
    """A real PNG: a plain logo bar (kind='logo') or a blank scan page (kind='blank')."""
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            if kind == "logo":
                inside = (6 <= y < h - 6 and 6 <= x < 42) or (h // 2 - 3 <= y <= h // 2 + 3 and 50 <= x < w - 8)
                c = fg if inside else bg
            else:
                edge = x < 2 or y < 2 or x >= w - 2 or y >= h - 2
                c = (235, 235, 232) if edge else bg
            raw.extend(c)

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b"")


def make_ics(summary, start, end, location, description, organizer, uid_dom=SITE):
    fmt = "%Y%m%dT%H%M%S"
    uid = "%08x-%04x@%s" % (random.getrandbits(32), random.getrandbits(16), uid_dom)
    return ("BEGIN:VCALENDAR\r\nPRODID:-//Bramblewood//Scheduler 4.2//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:%s\r\nDTSTAMP:%sZ\r\nDTSTART;TZID=America/New_York:%s\r\n"
            "DTEND;TZID=America/New_York:%s\r\nSUMMARY:%s\r\nLOCATION:%s\r\nDESCRIPTION:%s\r\n"
            "ORGANIZER;CN=%s:mailto:%s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n" % (
                uid, start.astimezone(timezone.utc).strftime(fmt), start.strftime(fmt), end.strftime(fmt),
                summary, location.replace(",", "\\,"), description.replace("\n", "\\n").replace(",", "\\,"),
                organizer.name, organizer.email))


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


# ------------------------------------------------------------- message builder
XLSX_CT = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
DOCX_CT = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


def _addrs(x):
    if x is None:
        return None
    if isinstance(x, P):
        return x.addr
    if isinstance(x, (list, tuple)):
        return ", ".join(i.addr if isinstance(i, P) else i for i in x)
    return x


def mk(frm, to, subject, date, body, cc=None, html=None, atts=(), reply=None, headers=None, domain=None):
    """atts: list of (filename, data, maintype, subtype). data str for text/*, bytes otherwise."""
    m = EmailMessage(policy=SMTP)
    m["From"] = _addrs(frm)
    m["To"] = _addrs(to)
    if cc:
        m["Cc"] = _addrs(cc)
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    if domain is None:
        fe = frm.email if isinstance(frm, P) else frm
        domain = fe.split("@")[-1].strip(">") if "@" in fe else SITE
    m["Message-ID"] = mid(domain)
    if reply:
        m["In-Reply-To"] = reply
        m["References"] = reply
    for k, v in (headers or []):
        m[k] = v
    m["MIME-Version"] = "1.0"
    m.set_content(body)
    if html is True:
        html = html_from_text(body)
    if html:
        m.add_alternative(html, subtype="html")
    for fn, data, mt, st in atts:
        if isinstance(data, str) and mt == "text":
            m.add_attachment(data, subtype=st, filename=fn)
        elif isinstance(data, str):
            m.add_attachment(data.encode("utf-8"), maintype=mt, subtype=st, filename=fn)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return m


REG = []


def mail(label, kind, patient=""):
    def deco(fn):
        REG.append((label, kind, patient, fn))
        return fn
    return deco


# =============================================================== PHI: care
@mail("phi", "care", "Raymond Okafor")
def care1():
    d = D(2025, 3, 11, 14, 22)
    body = """Hi RideWell team,

Can you please book a round trip for one of our study participants:

Rider: Raymond Okafor
Pickup: 418 Tanager Court, Apt 2B, Millbrook Ridge PA 19377
Phone: (610) 555-0188 (cell, he prefers a text when the driver is 10 min out)
Date: Thursday 3/13
Pickup time: 7:15 AM, needs to be here by 7:45 (fasting visit, he can't eat until after his blood draw so please don't let the driver stop for coffee on the way lol)
Return: approx 11:30 AM, we will call dispatch when he is done

He walks with a cane but doesn't need the lift van. Please bill to our account #BCR-2210 as usual, cost center VTX.

Thanks so much!
Tomás

""" + sig(TOMAS)
    return mk(TOMAS, RIDEWELL, "Ride request - R. Okafor 3/13", d, body, cc=KELSEY)


@mail("phi", "care", "Marguerite Delacroix")
def care2():
    d0 = D(2025, 4, 2, 21, 47)
    d1 = D(2025, 4, 3, 8, 12)
    daughter = "Claire Delacroix-Hume <claire.hume@postwave.com>"
    q = """Hello, I'm Marguerite Delacroix's daughter. I'm listed as her emergency contact for the study she is in with you (the one with the monthly injection). Mom missed her appointment yesterday and I didn't know about it until tonight. She has been sleeping a lot more than usual this past week and she forgot to eat lunch twice when I called. I don't know if that has anything to do with the study. Could someone call me? I can bring her in whatever day works, I just need a day's notice to get off work.

Claire
(484) 555-0163"""
    body = """Hi Claire,

Thank you for reaching out, and I'm glad you did. I tried your mom's home number this morning and left a message. I've moved her visit to Monday 4/7 at 10:00 and Dr. Oyelaran will see her himself that day, not just the nurse. If she seems more sleepy or confused before then, please take her to urgent care or call 911 and then let us know, and you can reach our after-hours line at (610) 555-0111.

I'll also call you this afternoon around 4 so we can go over the last couple weeks with her meds and meals.

Warmly,
Linh

""" + sig(LINH) + "\n\n" + wrote(d0, daughter) + "\n" + quote(q)
    return mk(LINH, daughter, "Re: my mother's appointment", d1, body, cc=MARCUS)


@mail("phi", "care", "Walter Brzezinski")
def care3():
    d = D(2025, 2, 24, 10, 5)
    body = """Kelsey -

Reconciled Walter Brzezinski's returned bottles from Friday. He's 11 tabs over what he should have left (kit 30417 and 30418), so either he skipped a good chunk of days or he's got a bottle at home he didn't bring. Can you ask him at the 3/3 visit and have him bring everything, including empties? I don't want to dispense the next kit until we know.

Also he asked me for a pill organizer, I left one with a label on it at the nurses station.

P.
--
Priya Natarajan, PharmD
Investigational Drug Service | Bramblewood Clinical Research
x161
"""
    return mk(PRIYA, KELSEY, "Walter B - returned IP count", d, body)


@mail("phi", "care", "Patricia Gallo")
def care4():
    d = D(2025, 5, 19, 16, 40)
    body = """Front desk -

Heads up for tomorrow AM: Mrs. Patricia Gallo is coming at 7:30 for her fasting draw + visit 9. Please put her straight into room 3 (closest to the door), she's on a walker now and the hallway to room 6 is too long for her. Her husband drives her and will wait in the lobby, he will want coffee, please point him to the Keurig.

She will also drop off her paper diary -- please don't file it, give it to me or Gina.

thx
Kelsey
"""
    return mk(KELSEY, FRONT, "tomorrow 7:30 - Gallo", d, body, cc=GINA)


@mail("phi", "care", "Jerome Tillman")
def care5():
    d0 = D(2025, 6, 9, 11, 2)
    d1 = D(2025, 6, 9, 13, 31)
    q = """Greg, our participant Jerome Tillman called, his HeartTrace charger cracked and the patch app keeps saying low battery. Can you ship a replacement charger direct to him? His address on file is 77 Quarry Road, Fennick PA 19441, phone (610) 555-0172. He's at day 19 of 30, so we really don't want a gap in wear time.

Dana"""
    body = """Dana - done. Replacement charger + 2 spare adhesive kits going out FedEx priority overnight today, should be at his door by 10:30 tomorrow. I'll call Mr. Tillman myself around noon tomorrow to walk him through pairing. If the gap ends up > 24h please note it in the device log so we're consistent on the DV form.

Greg

Greg Feld | Field Clinical Specialist
Osprey Medical Devices
m. (484) 555-0128

""" + wrote(d0, DANA.addr) + "\n" + quote(q)
    return mk(GREG, DANA, "RE: HeartTrace charger - Tillman", d1, body, cc=KELSEY)


@mail("phi", "care", "Irina Sokolova")
def care6():
    d = D(2025, 7, 15, 15, 18)
    body = """Hi Joanne,

Could you reload Irina Sokolova's StipendPoint card for yesterday's visit? Visit 4 (Day 57) completed 7/14.

  Visit payment:  $75.00
  Mileage:        62 mi round trip @ $0.67 = $41.54
  Parking:        $0 (she parks in our lot)
  -----------------
  Total:          $116.54

She mentioned she's been waiting on visit 3 money too, can you check whether that one went through? She said the balance didn't change after 6/16.

Thanks!
Bea
Beatriz Costa, RN | Research Nurse
"""
    return mk(BEA, JOANNE, "stipend reload - Sokolova V4", d, body)


@mail("phi", "care", "Raymond Okafor")
def care7():
    d0 = D(2025, 3, 20, 9, 48)
    d1 = D(2025, 3, 20, 12, 6)
    d2 = D(2025, 3, 20, 12, 40)
    q1 = """Dr. R - Raymond called this morning, wants to know if he can keep taking his fish oil and the turmeric capsules his wife bought him. He also asked if his next visit can be moved to a Tuesday because of his new work schedule. What do you want me to tell him?

T."""
    q2 = """Fish oil is fine. Turmeric - tell him to hold it until we see him, it's on the "ask first" list in the manual. Yes to Tuesday as long as it's still inside the window. And please book him for the 24h monitor hookup at the same visit, I want that done before week 16.

AR
Sent from my iPhone"""
    body = """Got it, called him back. Booked Tues 4/1 at 8:00 with the monitor hookup, he'll stop the turmeric today. Told him to bring all bottles.

Tomás

""" + wrote(d1, ANITA.addr) + "\n" + quote(q2 + "\n\n" + wrote(d0, TOMAS.addr) + "\n" + quote(q1))
    return mk(TOMAS, ANITA, "Re: Re: Raymond question", d2, body)


@mail("phi", "care", "Dolores Fenwick")
def care8():
    d = D(2025, 8, 29, 17, 55)
    body = """Hi Dana,

Handover for Tuesday since I'm out Sept 2-12. Only one of mine needs real attention:

Dolores Fenwick - Week 24 visit is Wed 9/3 at 9:00, so it lands your first morning covering. Fasting, bring the study bag from the IP fridge (kit already assigned, Priya has it). She gets anxious with the blood draw, let Gina do it and give her the warm pack first. Her son Mike usually brings her; if he can't, she has a ride booked with RideWell (confirmation RW-55810). She'll ask about the extension study, Dr. R said she can talk to her about it at the visit.

Her diary pages from August are in the top tray of my desk, not entered yet.

Everyone else on my list is phone checks only, notes are in CTMS.

Thank you!! I owe you lunch.
Linh
"""
    return mk(LINH, DANA, "coverage while I'm out", d, body, cc=KELSEY, html=True)

# =============================================================== PHI: ids
@mail("phi", "ids", "")
def ids1():
    d = D(2025, 4, 16, 10, 27)
    body = """Hi Kelsey,

A few open items from remote SDV this week, study VTX-204-301, Site 117:

1. Subject 117-0042 (DOB 11/04/1958) - Visit 5 date in EDC is 03/14/2025 but the vitals source page and the IWRS dispense log both say 03/13/2025. Please correct whichever is wrong and add a note to file if it's the source.

2. Subject 117-0042 - the concomitant med log lists "metoprolol 25 mg" starting 02/2025 but there is no corresponding entry in the medical history for the indication. Please query the PI.

3. Subject 117-0051 - fasting status not ticked for the Week 12 lipid draw.

I'll leave the queries open in the system; no rush before the 4/30 data cut but it would be nice to close #1 before then.

Best,
Hannah

Hannah Lockwood
Senior Clinical Research Associate
Northgate Clinical Services
(267) 555-0183
"""
    return mk(HANNAH, KELSEY, "VTX-204-301 Site 117 - SDV follow-up items", d, body, cc=ANITA)


@mail("phi", "ids", "")
def ids2():
    d0 = D(2025, 5, 6, 13, 12)
    d1 = D(2025, 5, 7, 9, 3)
    q = """Joanne,

We received a remittance with denial CO-50 on claim 25091-338417-01, DOS 02/06/2025, CPT 93306 (echo). Member ID on the claim is MBI 4TQ9-RV7-KM62. The denial says not medically necessary; per our notes the echo was done as part of the research protocol. Should this have been billed to the study? Please advise so we can void and rebill or close.

Thank you,
Sharon Pelletier
Patient Financial Services
St. Brendan Regional Medical Center
(610) 555-0125"""
    body = """Hi Sharon,

Thanks for catching this. Per our coverage analysis for HLX-207 the screening echo is study-paid (sponsor funded), so it should not have gone to Medicare at all. Please void the claim and bill the study account instead:

  Research account: RSCH-HLX207-0117
  Attn: Bramblewood Research Finance, invoice to ap@bramblewoodresearch.com

I've flagged the participant's account on our side so the follow-up echo at month 6 doesn't do the same thing.

Joanne

""" + sig(JOANNE, disclaimer=True) + "\n\n" + original(
        "Pelletier, Sharon <spelletier@stbrendanrmc.org>", d0, "Whitcomb, Joanne",
        "Denial - claim 25091-338417-01", q)
    return mk(JOANNE, '"Pelletier, Sharon" <spelletier@stbrendanrmc.org>',
              "RE: Denial - claim 25091-338417-01", d1, body)


@mail("phi", "ids", "M. Ferreira-Lund")
def ids3():
    d = D(2025, 12, 3, 11, 44)
    body = """Hi Joanne,

Per your request for the year-end 1099 run, here is the W-9 info for participant 118-009 (CLB-118-02), who went over the $600 threshold this year with the extension visits:

  Participant ID: 118-009
  Legal name on W-9: M. Ferreira-Lund
  SSN: 512-47-8830
  Mailing address: 9 Orchard Gate Lane, Kellerton PA 19520
  YTD stipend: $1,125.00 (9 visits + 2 overnight PK stays)

Paper W-9 is scanned into the participant's finance folder on the S: drive (not the regulatory binder). Shred the copy on your desk after you enter it please.

Tomás
"""
    return mk(TOMAS, JOANNE, "W-9 for 118-009", d, body)


@mail("phi", "ids", "")
def ids4():
    d = D(2025, 6, 12, 15, 31)
    body = """To: St. Brendan Regional Medical Center - Release of Information
Fax: (610) 555-0121 / him.release@stbrendanrmc.org

Re: Request for records - research participant (signed authorization attached to fax sent 6/12)

Patient MRN: 00483921
DOB: 07/19/1951
Dates of service: 06/02/2025 - 06/05/2025 (ED visit and inpatient admission)

Requested: ED note, H&P, discharge summary, all labs and imaging reports, medication administration record.

These records are needed to complete a serious adverse event follow-up report for a sponsor-regulated clinical trial. Please send to our secure fax (610) 555-0199 or reply with a secure portal link. Our sponsor deadline is 06/19.

Thank you,

""" + sig(RENATA, disclaimer=True)
    return mk(RENATA, STBREN, "Records request - MRN 00483921", d, body)


@mail("phi", "ids", "")
def ids5():
    d0 = D(2025, 8, 4, 9, 12)
    d1 = D(2025, 8, 4, 16, 50)
    q = """Hello, we need help with a payment that doesn't show on a participant card.

Program: Bramblewood - CLB-118-02
Participant ID: 118-004
Card proxy #: 4410 2298 7731
Payment: Visit 3 ($100.00), submitted 07/25/2025

The participant says the balance is still $0.00 and she tried to use it at the pharmacy on 8/1. Can you see what happened?

Joanne Whitcomb
Research Finance Manager, Bramblewood Clinical Research"""
    body = """Hello Joanne,

Thank you for contacting StipendPoint Support. Your ticket number is SP-2025-0881046.

We located the payment for card proxy 4410 2298 7731. It was held for address verification because the ZIP code on the card profile (19337) does not match the ZIP on file with the card network (19377). We have corrected the profile and released the funds; the participant should see $100.00 available within 2 hours.

If you have any further questions please reply to this email and keep the ticket number in the subject line.

Kind regards,
Marisol
StipendPoint Support | support@stipendpoint.net | (800) 555-0134

""" + wrote(d0, JOANNE.addr) + "\n" + quote(q)
    return mk(STIPEND, JOANNE, "[SP-2025-0881046] RE: missing payment 118-004", d1, body)


@mail("phi", "ids", "")
def ids6():
    d = D(2025, 9, 22, 8, 57)
    body = """hi Samir - the referral from the pulm clinic for BREEZE-2 came in with only this, no name (they said they'd send the chart separately):

Member ID: KHP 880214377-02
Group: 55102
DOB: 1/30/1963
FEV1 48% predicted on 9/9, two exacerbations w/ prednisone in the last 12 mo

Can you run elig against the insurance (Keystone Harbor Plan) so we know if the SOC spirometry will be covered before we call her? I'll hold off on the pre-screen call until you hear back.

- Yusuf
"""
    return mk(YUSUF, SAMIR, "BREEZE-2 referral - elig check", d, body)


@mail("phi", "ids", "")
def ids7():
    d = D(2025, 6, 4, 18, 22)
    body = """VELTRAX THERAPEUTICS - DRUG SAFETY
SERIOUS ADVERSE EVENT - ACKNOWLEDGEMENT OF RECEIPT

This is an automated acknowledgement. Please do not reply to this address.

Safety case number:  VTX-2025-SAE-02291
Protocol:            VTX-204-301
Site:                117 (Ramaswamy)
Subject:             117-0063
Year of birth:       1949
Sex:                 F
Event onset:         03-Jun-2025
Event term (site):   Hospitalization - hypoglycemia, fall at home
Report type:         Initial
Received:            04-Jun-2025 17:58 EDT

Follow-up information (discharge summary, labs) is due within 7 calendar days. Upload to the safety portal or fax +1 (908) 555-0109.

Veltrax Therapeutics Pharmacovigilance
"""
    return mk(VELTRAX_PV, [ANITA, RENATA], "SAE Ack: VTX-2025-SAE-02291 / Subj 117-0063", d, body)


@mail("phi", "ids", "")
def ids8():
    d = D(2025, 3, 18, 6, 14)
    body = """*** CORVID CENTRAL LABORATORIES - ALERT VALUE NOTIFICATION ***

Protocol:          CLB-118-02
Investigator:      Ramaswamy, A.
Site:              118
Accession:         77341902
Subject:           118-012
Collected:         17-MAR-2025 08:41
Received:          17-MAR-2025 22:10

ALERT: POTASSIUM  6.1 mmol/L  (ref 3.5-5.1)  [H]
  Specimen comment: slight hemolysis noted

Per protocol Section 8.4 the investigator should review within 24 hours and
document assessment. A repeat specimen kit has been shipped (kit no. CK-118-3320).

This notification was sent to: aramaswamy@bramblewoodresearch.com; kbrandt@bramblewoodresearch.com
Corvid Central Laboratories | Client Services +1 (877) 555-0191
"""
    return mk(CORVID, [ANITA, KELSEY], "ALERT VALUE - CLB-118-02 / 118-012 / Acc 77341902", d, body)

# =============================================================== PHI: lang
@mail("phi", "lang", "Lucía Maldonado")
def lang1():
    d0 = D(2025, 4, 7, 15, 2)
    d1 = D(2025, 4, 7, 19, 36)
    lucia = "Lucia Maldonado <lucymaldo62@mailbay.net>"
    q = """Hola Sra. Maldonado:

Le escribo para recordarle su próxima visita del estudio CLB-118-02 el jueves 10 de abril a las 9:30 de la mañana. Es la visita 5: le ponemos la inyección del mes y le sacamos sangre, así que por favor venga en ayunas (solo agua desde las 10 de la noche).

Traiga su diario de dolores de cabeza (las hojas de marzo) y la lista de las medicinas que toma ahora, sobre todo si el doctor de su clínica le cambió algo.

Si necesita transporte, avíseme antes del martes para reservarle el carro.

Cualquier pregunta me puede llamar o mandar mensaje al 610-555-0151.

Saludos cordiales,
Tomás Villanueva
Coordinador de Investigación Clínica
Bramblewood Clinical Research"""
    body = """Gracias Tomás, ahí estaré el jueves. Mi hija me lleva así que no necesito el carro.

Le cuento que en marzo tuve menos dolores, solo 4 días, pero la semana pasada me dio uno muy fuerte con vómito y tuve que tomar dos pastillas de rescate el mismo día. Lo anoté en el diario. También la doctora Reyes me subió la pastilla de la presión a 20 mg, le llevo la caja.

Bendiciones
Lucía

Enviado desde mi teléfono

""" + wrote(d0, TOMAS.addr) + "\n" + quote(q)
    return mk(lucia, TOMAS, "Re: Recordatorio de su cita - jueves 10 de abril", d1, body)


@mail("phi", "lang", "Nguyễn Văn Thành")
def lang2():
    d = D(2025, 6, 10, 11, 25)
    body = """Chào anh Tuấn,

Em là Linh, điều phối viên nghiên cứu ở Bramblewood. Em gửi email để nhắc lịch hẹn của bác Thành (ba anh) vào thứ Sáu ngày 13/6 lúc 10 giờ sáng. Hôm đó bác sĩ sẽ gỡ miếng dán theo dõi tim HeartTrace và kiểm tra lại da chỗ dán. Bác nhớ mang theo cục sạc và điện thoại có cài ứng dụng nhé.

Tuần trước bác có nói với em là bị ngứa và hơi đỏ chỗ dán bên ngực trái. Nếu bị nặng hơn, hoặc bác thấy chóng mặt, tim đập nhanh, anh gọi ngay cho em số (610) 555-0153 hoặc số trực ngoài giờ (610) 555-0111.

Tiền hỗ trợ đi lại cho lần khám trước ($50) em đã nạp vào thẻ của bác hôm thứ Hai rồi.

Cảm ơn anh nhiều,
Linh Phạm
Điều phối viên nghiên cứu lâm sàng
Bramblewood Clinical Research
"""
    return mk(LINH, "Nguyen Minh Tuan <tuan.nguyen.m@quikmail.net>",
              "Lịch hẹn của bác Nguyễn Văn Thành - thứ Sáu 13/6", d, body)


@mail("phi", "lang", "陳偉玲 (Chen Wei-Ling)")
def lang3():
    d0 = D(2025, 4, 14, 7, 58)
    d1 = D(2025, 4, 14, 9, 20)
    q = """Linh 您好，

我是陳偉玲，參加你們偏頭痛打針研究的那位。上星期三打完針以後，右手臂打針的地方一直紅腫，摸起來熱熱的，大概有五公分大，晚上睡覺會痛。這兩天稍微好一點，但還沒有完全消。我有拍照片，要不要傳給你們？

另外，我下次回診是4月23號，那天我女兒要上班，不能載我，可以改到4月25號嗎？

謝謝
陳偉玲
手機 (215) 555-0184"""
    body = """Hi ClearVoice team - could we get a quick written translation of the message below? It's from one of our participants and may be about a reaction, so same-day if at all possible. PO BCR-LS-0412, bill to Bramblewood.

Thanks,
Linh

""" + fwd_block("Wei-Ling Chen <wlchen.home@postwave.com>", d0, "打針的問題", LINH.addr, q)
    return mk(LINH, "ClearVoice Language Services <requests@clearvoicelang.com>",
              "URGENT translation request (Chinese, Traditional) - FW: 打針的問題", d1, body, cc=KELSEY)


@mail("phi", "lang", "Ирина Соколова (Irina Sokolova)")
def lang4():
    d = D(2025, 7, 18, 20, 3)
    body = """Здравствуйте,

Меня зовут Дмитрий, я сын Ирины Соколовой. Мама участвует в вашем исследовании (уколы от мигрени, каждый месяц).

После последнего визита 14 июля у неё два дня кружилась голова, и давление было 160/95 — мы мерили дома утром и вечером. Сейчас ей получше, но она боится следующего укола и спрашивает, можно ли сначала поговорить с врачом. Мама плохо говорит по-английски, поэтому лучше звоните мне: (267) 555-0139, после 17:00.

И ещё: деньги за третий визит так и не пришли на карту. За четвёртый пришли.

Спасибо большое,
Дмитрий Соколов
"""
    return mk("Dmitri Sokolov <d.sokolov88@ravenmail.net>", BEA,
              "Ирина Соколова — вопрос после визита", d, body)


@mail("phi", "lang", "Jean-Robert Pierre")
def lang5():
    d = D(2025, 10, 2, 7, 11)
    body = """Bonjou,

Mwen se Marie-Ange Pierre, madanm Jean-Robert Pierre. Li pa t kapab vini nan randevou li jodi a a 9è paske li te malad tout nwit la, li te gen lafyèv epi li t ap touse anpil, li pa t ka dòmi. Li di m pou m ekri nou pou nou ka chanje randevou a.

Li toujou ap pran ti ponp etid la chak maten ak chak swa jan doktè a te di l, li pa janm bliye.

Eske youn nan nou ka rele l demen apre midi? Nimewo li se (610) 555-0193. Si se pa li ki reponn, rele m nan (610) 555-0194.

Mèsi anpil, Bondye beni nou
Marie-Ange Pierre
"""
    return mk("Marie-Ange Pierre <mangepierre@homeisp.net>", FRONT,
              "randevou Jean-Robert Pierre jodi a", d, body)


@mail("phi", "lang", "أحمد المصري (Ahmed Al-Masri)")
def lang6():
    d = D(2025, 4, 15, 13, 37)
    body = """السيد أحمد المصري المحترم،

السلام عليكم ورحمة الله،

أشكرك على اهتمامك بالمشاركة في دراسة VELOCITY-3 لعلاج السكري من النوع الثاني. يسعدني أن أؤكد موعد زيارة الفحص الأولى يوم الثلاثاء 22 أبريل الساعة 8:00 صباحًا في عيادتنا:
2150 Larkspur Parkway, Suite 300, Millbrook Ridge

الرجاء:
- الصيام لمدة 10 ساعات قبل الموعد (يُسمح بشرب الماء).
- إحضار جميع أدويتك الحالية أو قائمة بها، بما في ذلك حبوب الميتفورمين وقلم الإنسولين.
- إحضار بطاقة الهوية وبطاقة التأمين الصحي.

ستستغرق الزيارة حوالي ثلاث ساعات، وسنقوم بسحب عينة دم وعمل تخطيط للقلب. وكما ذكرت لك على الهاتف، قد لا تكون مؤهلاً إذا كان معدل السكر التراكمي (A1c) أعلى من 10.5٪، وسنعرف ذلك بعد أسبوع تقريبًا.

إذا كان لديك أي سؤال، اتصل بي على الرقم (610) 555-0166.

مع خالص التحية،
سامر حداد
أخصائي التوظيف والمتابعة
Bramblewood Clinical Research
"""
    return mk(SAMIR, "Ahmed Al-Masri <ahmed.almasri71@mailbay.net>",
              "تأكيد موعد زيارة الفحص - 22 أبريل", d, body)


@mail("phi", "lang", "Cláudio Nascimento")
def lang7():
    d = D(2025, 10, 14, 10, 48)
    body = """Olá Sr. Cláudio,

Tudo bem? Aqui é a Beatriz, enfermeira da pesquisa BREEZE-2.

O Dr. Oyelaran revisou o seu eletrocardiograma da visita de ontem e pediu para repetir o exame antes de continuar com a bombinha do estudo. Não é nada urgente, mas ele quer confirmar uma pequena alteração no ritmo que apareceu no traçado.

Podemos marcar para quinta-feira, dia 16, às 14h? Leva uns 20 minutos. Continue usando a bombinha normalmente até lá, mas se sentir palpitações, falta de ar ou tontura, vá ao pronto-socorro e me avise depois.

Ah, e não esqueça de trazer o diário de sintomas — faltaram as páginas da semana passada.

Um abraço,
Beatriz Costa, RN
Enfermeira de Pesquisa | Bramblewood Clinical Research
(610) 555-0156
"""
    return mk(BEA, "Claudio Nascimento <claudio.nasc@quikmail.net>",
              "Repetir o eletro - quinta dia 16", d, body, html=True)


@mail("phi", "lang", "Walter Brzezinski")
def lang8():
    d0 = D(2025, 2, 27, 18, 30)
    d1 = D(2025, 2, 28, 8, 5)
    q = """Pani Renato,

Dzień dobry. Piszę w sprawie męża, Waltera Brzezinskiego. Pani Kelsey dzwoniła, że brakuje tabletek i żeby przynieść wszystkie butelki. Znalazłam jedną butelkę w samochodzie, pod siedzeniem — prawie pełna.

Mąż mówi, że w lutym przez tydzień nie brał leku, bo miał biegunkę i bolał go brzuch, i zapomniał to powiedzieć. Przyniesiemy wszystko w poniedziałek na wizytę, razem z tym organizerem na tabletki.

Czy to będzie problem, że nie brał? Bardzo się martwi, że go wyrzucą z badania.

Proszę przekazać to pani Kelsey, bo ja nie piszę dobrze po angielsku.

Pozdrawiam serdecznie,
Halina Brzezińska
tel. 610-555-0137"""
    body = """Kelsey - from Mrs. B, she found the bottle. Full text below, I can translate the rest when you have a sec.

R.

""" + fwd_block("Halina Brzezinska <halinabrz@homeisp.net>", d0, "Walter - tabletki", RENATA.addr, q)
    return mk(RENATA, KELSEY, "Fwd: Walter - tabletki", d1, body)

# =============================================================== PHI: lists
@mail("phi", "lists", "Raymond Okafor; Patricia Gallo; Lucía Maldonado; Jerome Tillman; Irina Sokolova; Ahmed Al-Masri; Dolores Fenwick; Claudio Nascimento")
def lists1():
    d = D(2025, 4, 18, 16, 12)
    body = """Team - schedule for next week. Room assignments are tentative, Gina please flag if the draw room is double booked Tues.

| Day  | Time  | Participant        | Study   | Visit          | Coord | Notes                          |
|------|-------|--------------------|---------|----------------|-------|--------------------------------|
| Mon  | 08:00 | Okafor, Raymond    | VTX     | Wk 16 + Holter | TV    | fasting, RideWell booked       |
| Mon  | 10:30 | Gallo, Patricia    | VTX     | Visit 9        | KB    | room 3 (walker)                |
| Tue  | 08:00 | Al-Masri, Ahmed    | VTX     | Screening      | SH/TV | fasting, Arabic consent form   |
| Tue  | 09:30 | Maldonado, Lucia   | CLB     | Visit 5 / inj  | TV    | daughter driving               |
| Tue  | 13:00 | Tillman, Jerome    | OSP     | Device removal | DK    | Greg F onsite                  |
| Wed  | 09:00 | Fenwick, Dolores   | VTX     | Wk 20          | LP    | anxious w/ draws - warm pack   |
| Thu  | 11:00 | Sokolova, Irina    | CLB     | Visit 5 / inj  | BC    | son interprets by phone        |
| Fri  | 14:00 | Nascimento, Claudio| HLX     | Spirometry     | BC    | bring diary pgs                |

Monitor visit (Hannah, Northgate) Wed-Thu in the conf room, please keep binders for 117-0042 and 117-0051 out for her.

Kelsey
"""
    html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Team - schedule for next week. Room assignments are tentative, Gina please flag if the draw room is double booked Tues.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#dfe9e2"><th>Day</th><th>Time</th><th>Participant</th><th>Study</th><th>Visit</th><th>Coord</th><th>Notes</th></tr>
<tr><td>Mon</td><td>08:00</td><td>Okafor, Raymond</td><td>VTX</td><td>Wk 16 + Holter</td><td>TV</td><td>fasting, RideWell booked</td></tr>
<tr><td>Mon</td><td>10:30</td><td>Gallo, Patricia</td><td>VTX</td><td>Visit 9</td><td>KB</td><td>room 3 (walker)</td></tr>
<tr><td>Tue</td><td>08:00</td><td>Al-Masri, Ahmed</td><td>VTX</td><td>Screening</td><td>SH/TV</td><td>fasting, Arabic consent form</td></tr>
<tr><td>Tue</td><td>09:30</td><td>Maldonado, Lucia</td><td>CLB</td><td>Visit 5 / inj</td><td>TV</td><td>daughter driving</td></tr>
<tr><td>Tue</td><td>13:00</td><td>Tillman, Jerome</td><td>OSP</td><td>Device removal</td><td>DK</td><td>Greg F onsite</td></tr>
<tr><td>Wed</td><td>09:00</td><td>Fenwick, Dolores</td><td>VTX</td><td>Wk 20</td><td>LP</td><td>anxious w/ draws - warm pack</td></tr>
<tr><td>Thu</td><td>11:00</td><td>Sokolova, Irina</td><td>CLB</td><td>Visit 5 / inj</td><td>BC</td><td>son interprets by phone</td></tr>
<tr><td>Fri</td><td>14:00</td><td>Nascimento, Claudio</td><td>HLX</td><td>Spirometry</td><td>BC</td><td>bring diary pgs</td></tr>
</table>
<p>Monitor visit (Hannah, Northgate) Wed-Thu in the conf room, please keep binders for 117-0042 and 117-0051 out for her.</p>
<p>Kelsey</p></body></html>
"""
    return mk(KELSEY, "research-team@bramblewoodresearch.com", "Visit schedule wk of 4/21", d, body, html=html)


@mail("phi", "lists", "Gloria Pennington; Harold Vukovich; Shanice Boateng; Terrence Lyle; Esperanza Ruiz; Bernard Kowal; Ngozi Eze; Frank DeSantis")
def lists2():
    d = D(2025, 9, 30, 17, 2)
    rows = [["prescreen_id", "last_name", "first_name", "dob", "phone", "source", "study", "prescreen_date", "outcome", "reason", "staff"],
            ["PS-0311", "Pennington", "Gloria", "1956-02-14", "610-555-0107", "Facebook ad", "HLX-207", "2025-09-22", "Eligible - scheduled", "", "SH"],
            ["PS-0312", "Vukovich", "Harold", "1949-11-30", "484-555-0112", "Millbrook FM referral", "HLX-207", "2025-09-22", "Not eligible", "current smoker, quit < 6 mo", "SH"],
            ["PS-0313", "Boateng", "Shanice", "1971-06-03", "610-555-0118", "website", "CLB-118-02", "2025-09-23", "Eligible - scheduled", "", "YA"],
            ["PS-0314", "Lyle", "Terrence", "1962-08-19", "267-555-0120", "radio", "VTX-204-301", "2025-09-24", "Not eligible", "on GLP-1 agonist", "SH"],
            ["PS-0315", "Ruiz", "Esperanza", "1958-12-01", "610-555-0124", "Millbrook FM referral", "VTX-204-301", "2025-09-24", "Pending records", "need A1c from PCP", "TV"],
            ["PS-0316", "Kowal", "Bernard", "1944-04-27", "484-555-0129", "database", "HLX-207", "2025-09-25", "Declined", "too many visits", "YA"],
            ["PS-0317", "Eze", "Ngozi", "1980-10-09", "215-555-0132", "website", "CLB-118-02", "2025-09-26", "Not eligible", "pregnant", "SH"],
            ["PS-0318", "DeSantis", "Frank", "1953-03-15", "610-555-0138", "Facebook ad", "HLX-207", "2025-09-29", "Eligible - scheduled", "", "SH"]]
    body = """Dr. R,

Attached is the pre-screen log for the last week of September for your review/sign-off before the monthly recruitment call with the sponsors. 3 scheduled for screening, 1 waiting on outside records.

Ad spend recap is in the other tab of the master file, I only pulled this week's rows here.

Samir

""" + sig(SAMIR)
    return mk(SAMIR, ANITA, "prescreen log 9/22-9/29", d, body, cc=KELSEY,
              atts=[("Prescreen_Log_2025-09-22_to_09-29.csv", csv_text(rows), "text", "csv")])


@mail("phi", "lists", "Irina Sokolova; Lucía Maldonado; Wei-Ling Chen; Shanice Boateng; Marguerite Delacroix; Nguyen Van Thanh; Jerome Tillman")
def lists3():
    d = D(2025, 7, 28, 11, 9)
    rows = [["Batch", "Participant", "Participant ID", "Card Proxy", "Study", "Visit", "Visit Date", "Visit Amt", "Mileage Amt", "Total"],
            ["2025-07-B", "Sokolova, Irina", "118-006", "4410 2298 7715", "CLB-118-02", "V4", "2025-07-14", 75, 41.54, 116.54],
            ["2025-07-B", "Maldonado, Lucia", "118-003", "4410 2298 7702", "CLB-118-02", "V7", "2025-07-17", 75, 0, 75],
            ["2025-07-B", "Chen, Wei-Ling", "118-007", "4410 2298 7723", "CLB-118-02", "V7", "2025-07-18", 75, 18.76, 93.76],
            ["2025-07-B", "Boateng, Shanice", "118-011", "4410 2298 7749", "CLB-118-02", "Unsched", "2025-07-21", 50, 0, 50],
            ["2025-07-B", "Delacroix, Marguerite", "118-002", "4410 2298 7698", "CLB-118-02", "V7", "2025-07-22", 75, 26.80, 101.80],
            ["2025-07-B", "Nguyen, Van Thanh", "OSP-0214", "4410 2298 7756", "OSP-RHY-02", "Day 30", "2025-07-23", 100, 0, 100],
            ["2025-07-B", "Tillman, Jerome", "OSP-0209", "4410 2298 7761", "OSP-RHY-02", "Follow-up", "2025-07-24", 100, 33.50, 133.50]]
    body = """Joanne - July batch B for StipendPoint upload, 7 participants, $670.60 total. Marguerite's V7 was the rescheduled one so the date is right even though it looks late.

Let me know if the upload template changed again.

Kelsey
"""
    return mk(KELSEY, JOANNE, "July stipend batch B", d, body,
              atts=[("Stipend_Batch_2025-07-B.xlsx", make_xlsx(rows, "Batch B"), *XLSX_CT)])


@mail("phi", "lists", "Terrence Lyle; Harold Vukovich; Ngozi Eze; Rosalind Achterberg; Victor Manzano")
def lists4():
    d = D(2025, 10, 3, 12, 44)
    body = """Dr. Ramaswamy,

Screen failures since the last sign-off, need your initials on the SF log by Tuesday before Hannah's visit. Full source is in each shadow chart.

VTX-204-301
  Terrence Lyle - 08/19/1962 - on semaglutide (exclusion 7)
  Rosalind Achterberg - 01/05/1955 - eGFR 38 at screening (exclusion 4, needs >= 45)
  Victor Manzano - 06/22/1967 - A1c 11.2% (inclusion 3, max 10.5)

HLX-207
  Harold Vukovich - 11/30/1949 - current smoker, quit 3 months ago (exclusion 2)

CLB-118-02
  Ngozi Eze - 10/09/1980 - positive urine hCG at screening, referred back to her OB

Victor asked if he can rescreen in 3 months if his PCP gets his sugars down - protocol allows one rescreen, I told him we'd call him in January.

Tomás
"""
    return mk(TOMAS, ANITA, "SF log sign-off", d, body, cc=RENATA)


@mail("phi", "lists", "Raymond Okafor; Patricia Gallo; Dolores Fenwick; Walter Brzezinski")
def lists5():
    d = D(2025, 6, 20, 9, 30)
    body = """Hannah - as requested, current AE tracker for the VTX study, pasted straight from our log. Let me know if you'd rather have the file.

Subject\tInit\tName\tAE term\tOnset\tSeverity\tSerious\tRelated\tOutcome
117-0038\tR-O\tOkafor, Raymond\tHypoglycemia (BG 40)\t2025-03-19\tModerate\tN\tProbably\tResolved
117-0038\tR-O\tOkafor, Raymond\tFatigue\t2025-03-19\tMild\tN\tPossibly\tResolved
117-0042\tP-G\tGallo, Patricia\tFall w/o injury\t2025-05-02\tMild\tN\tUnlikely\tResolved
117-0047\tD-F\tFenwick, Dolores\tNausea\t2025-04-11\tMild\tN\tProbably\tOngoing
117-0051\tW-B\tBrzezinski, Walter\tDiarrhea\t2025-02-08\tModerate\tN\tPossibly\tResolved
117-0051\tW-B\tBrzezinski, Walter\tAbdominal pain\t2025-02-08\tMild\tN\tPossibly\tResolved
117-0063\tE-H\t(see SAE file)\tHypoglycemia w/ fall, hospitalized\t2025-06-03\tSevere\tY\tProbably\tRecovering

Note the 0051 GI events were only reported by his wife at the 3/3 visit (onset backdated), there's a NTF for that.

Kelsey

""" + sig(KELSEY, disclaimer=True)
    return mk(KELSEY, HANNAH, "RE: AE log for SDV", d, body)


@mail("phi", "lists", "Jean-Robert Pierre; Shanice Boateng; Frank DeSantis; Wei-Ling Chen; Gloria Pennington; Bernard Kowal")
def lists6():
    d = D(2025, 10, 6, 8, 22)
    body = """Yusuf - can you take these calls this morning? These are all missed visits or missed diary uploads from last week. Log every attempt in CTMS, 3 attempts then letter.

NAME                  STUDY   MISSED               PHONE            NOTES
Pierre, Jean-Robert   HLX     V3 10/2 (sick)       (610) 555-0193   wife Marie-Ange speaks Kreyol, Bea can help
Boateng, Shanice      CLB     ePRO 9/29-10/3       (610) 555-0118   prefers text
DeSantis, Frank       HLX     screening 10/1       (610) 555-0138   no-show, 2nd time
Chen, Wei-Ling        CLB     V8 10/3              (215) 555-0184   daughter drives, ask for Sat option?
Pennington, Gloria    HLX     spirometry 10/3      (610) 555-0107   said she had a cold - ask if still sick
Kowal, Bernard        --      n/a                  (484) 555-0129   declined, DO NOT CALL (remove from db)

thanks
Samir
"""
    return mk(SAMIR, YUSUF, "call list - missed visits", d, body)


@mail("phi", "lists", "Esperanza Ruiz; Charles Whitfield; Mei-Hua Lin; Desmond Okoro")
def lists7():
    d0 = D(2025, 9, 15, 16, 40)
    d1 = D(2025, 9, 16, 8, 2)
    q = """Samir,

Following up on our lunch conversation, here are four of my patients who I think might fit the VELOCITY study. All of them have said it's ok for someone from your office to call.

Esperanza Ruiz, DOB 12/01/1958, MRN MFM-20817 - A1c 8.9 (8/2025), on metformin 1000 bid only, (610) 555-0124
Charles Whitfield, DOB 05/17/1960, MRN MFM-11452 - A1c 9.4 (7/2025), metformin + glipizide, BMI 36, (484) 555-0141
Mei-Hua Lin, DOB 09/02/1966, MRN MFM-30099 - A1c 8.1 (8/2025), metformin, mild neuropathy, (610) 555-0148
Desmond Okoro, DOB 03/28/1971, MRN MFM-27730 - A1c 10.2 (6/2025), noncompliant w/ insulin, (267) 555-0150

Let me know what else you need from us. My MA Tonya can send last notes/labs.

Howard Pruitt, MD
Millbrook Family Medicine
(610) 555-0131 | fax (610) 555-0132"""
    body = """Tomás - referrals from Dr. Pruitt below. Can you split these with me? I'll take Esperanza and Mei-Hua (already have Esperanza in pre-screen, pending records). Desmond's A1c is close to the cutoff, might need a fresh one.

Samir

""" + wrote(d0, MILLFM.addr) + "\n" + quote(q)
    return mk(SAMIR, TOMAS, "Fwd: referrals for VELOCITY", d1, body)

# =============================================================== PHI: names
@mail("phi", "names", "Dolores Fenwick")
def names1():
    d = D(2025, 5, 8, 17, 26)
    body = """Marcus,

Mrs. Fenwick called the after-hours line again last night about dizziness when she stands up, third time in two weeks. She's not falling, but she's been sitting on the edge of the bed for a few minutes before getting up, which is new for her. Her home BP readings she read to Linh today were in the 100s/60s, down from 130s at baseline. She also said the nausea is better.

I'd like you to see her tomorrow rather than wait for Wk 20. Can you check orthostatics, and think about whether we should hold her lisinopril or talk to her PCP about it? I'd rather not touch study drug if we can avoid it. Please document as an AE either way (orthostatic dizziness, mild) and I'll sign off on causality Monday.

Linh is calling her to set up the time.

Anita

--
Anita Ramaswamy, MD
Principal Investigator | Medical Director
Bramblewood Clinical Research
"""
    return mk(ANITA, MARCUS, "dizziness calls", d, body, cc=LINH)


@mail("phi", "names", "Raymond Okafor")
def names2():
    d = D(2025, 4, 3, 18, 5)
    body = """K 5.4 and Cr 1.31 (was 1.08 at screening). Not alarming but repeat BMP at the 4/8 visit please, and ask about ibuprofen - he mentioned his knee last time.

AR
"""
    return mk(ANITA, TOMAS, "Okafor labs back", d, body)


@mail("phi", "names", "Jerome Tillman")
def names3():
    d0 = D(2025, 6, 23, 7, 40)
    d1 = D(2025, 6, 23, 8, 15)
    q = """Hi Dana,

Jerome came in to the ED overnight after he passed out at a cookout Saturday - brief, maybe 30 sec per his wife, no head injury. He told the triage nurse he's in a heart monitor study with you and was still wearing the patch. ED did a workup, troponins negative, he was discharged this morning with a cardiology follow-up. I thought you'd want to know since the patch might have caught it.

Rhonda
Rhonda Galbraith, RN
ED Case Management, St. Brendan Regional
(610) 555-0126"""
    body = """Greg, FYI - see below. Can you pull his HeartTrace data for 6/21 afternoon (roughly 3-5 pm) as soon as possible so Dr. R can review? This likely needs to go in as an SAE depending on the device read. I'm calling him at 9.

Dana

""" + original("Galbraith, Rhonda <rgalbraith@stbrendanrmc.org>", d0, "Kirschner, Dana",
                 "Tillman, Jerome - ED visit 6/21", q)
    return mk(DANA, GREG, "FW: Tillman, Jerome - ED visit 6/21", d1, body, cc=[ANITA, KELSEY])


@mail("phi", "names", "Patricia Gallo")
def names4():
    d0 = D(2025, 5, 2, 11, 48)
    d1 = D(2025, 5, 2, 13, 5)
    d2 = D(2025, 5, 2, 13, 22)
    q1 = """Did Patty make it in ok this morning? Her husband left a vm at 6am saying she tripped on the back step last night, said she was fine but wanted us to know before the visit.

Kelsey"""
    q2 = """She's here. Scraped her left palm and knee, no head hit, she's walking same as usual with the walker. Vitals fine. BG this morning per her meter was 71. I told her we'd let Dr. R know. She's mostly embarrassed lol

Gina"""
    body = """Thanks Gina. I'll log it as an AE (fall without injury), Dr. R can assess relatedness. Please have her wait so Dr. O can take a look at the knee before she leaves.

K

""" + wrote(d1, GINA.addr) + "\n" + quote(q2 + "\n\n" + wrote(d0, KELSEY.addr) + "\n" + quote(q1))
    return mk(KELSEY, GINA, "Re: Re: this morning", d2, body, cc=MARCUS)


@mail("phi", "names", "Ahmed Al-Masri")
def names5():
    d = D(2025, 8, 12, 14, 18)
    body = """Hi Hannah,

Heads-up on a deviation we'll be reporting for Subject 117-0071 (Mr. Al-Masri) before you see it in the EDC.

He travelled to see family in Amman from 7/20 to 8/6 and took his study tablets with him, which is fine, but he ran out on 8/1 because he'd left one bottle at home. So he missed 5 days of IP. He restarted when he got home on 8/7. His Week 12 visit on 8/11 was in window; A1c was drawn as scheduled. He felt well while traveling, no hypos, no ER visits.

We retrained him on bringing enough supply for trips and gave him the travel letter template. PI is aware. Deviation form and NTF will be uploaded by Friday.

Thanks,
Tomás

""" + sig(TOMAS, disclaimer=True)
    return mk(TOMAS, HANNAH, "Deviation heads-up 117-0071", d, body, cc=[KELSEY, RENATA])


@mail("phi", "names", "Rosemary Quint")
def names6():
    d = D(2025, 11, 4, 12, 31)
    body = """Hi Samir,

I have a patient who I think could be a good fit for your migraine injection study. Rosemary Quint, 47, has had chronic migraine for years, around 16-18 headache days a month by her diary. She's failed topiramate (word-finding problems) and propranolol (too tired), and insurance denied the CGRP shots twice. She's very motivated and said she's fine with monthly visits.

She asked that you call her cell rather than home. I gave her your card too. Let me know if you need my last note.

Thanks,
Howard

Howard Pruitt, MD
Millbrook Family Medicine
"""
    return mk(MILLFM, SAMIR, "possible referral for migraine study", d, body)


@mail("phi", "names", "Shanice Boateng")
def names7():
    d = D(2025, 8, 21, 10, 2)
    body = """Dear Ms. Beckett,

Bramblewood Clinical Research (Site PI: Anita Ramaswamy, MD) is submitting the attached Reportable New Information form for protocol CLB-118-02 (Meridian IRB #2024-0418).

Summary: On 08/18/2025 a visit summary letter intended for participant Shanice Boateng was mailed by our office to the address of a different participant. The letter contained her participant ID, her visit dates, and a list of her current medications including the study injection. The other participant opened the letter, recognized the mistake, returned it to us on 08/20 and has confirmed in writing that she did not keep a copy. Ms. Boateng was informed by phone on 08/20 by the PI and has chosen to continue in the study.

Corrective action: mail merge now pulls addresses from CTMS by participant ID only; a second staff member checks each mailing. Staff retrained 08/21.

Please let me know if the Board needs anything further.

Regards,

""" + sig(RENATA, disclaimer=True)
    return mk(RENATA, LORRAINE, "RNI submission - CLB-118-02 / misdirected letter", d, body, cc=[ANITA, DEREK],
              atts=[("RNI_CLB-118-02_2025-08-21.pdf", make_pdf([
                  "MERIDIAN IRB - REPORTABLE NEW INFORMATION FORM",
                  "Protocol: CLB-118-02   IRB #: 2024-0418   Site: Bramblewood Clinical Research",
                  "Category: Breach of confidentiality",
                  "Date of event: 08/18/2025   Date site aware: 08/20/2025",
                  "Participant: S. Boateng (118-011)",
                  "Description: Visit summary letter with visit dates and medication list",
                  "mailed to another participant's address.",
                  "Participant notified: Yes, 08/20/2025 by PI. Continuing in study: Yes.",
                  "Corrective/preventive action: address merge by participant ID; 2nd check.",
                  "Submitted by: Renata Kowalczyk, Regulatory Affairs Specialist"], "RNI form"), "application", "pdf")])


@mail("phi", "names", "Irina Sokolova")
def names8():
    d0 = D(2025, 7, 16, 9, 14)
    d1 = D(2025, 7, 16, 10, 2)
    d2 = D(2025, 7, 16, 10, 30)
    d3 = D(2025, 7, 16, 11, 47)
    m0 = """Hi all, Hannah's next monitoring visit for CLB is 7/22-23. Can someone book the small conf room both days and make sure the guest wifi code still works?

Also a couple of clinical things to get in front of Dr. O before she comes:
- Irina S.'s ECG from V4 on Monday: machine read QTc 489, baseline was 441. She's asymptomatic but Dr. O wants a repeat and a look at her home meds (son says she started something OTC for sleep).
- Lucia's diary still has the missing week in March.

Bea"""
    m1 = """Conf room booked 7/22 and 7/23, 8-5. Wifi code changed last month, new one is on the board in the break room.

Derek"""
    m2 = """Thanks Derek. Can we also get her a badge? Last time she had to be buzzed in every time.

Kelsey"""
    body = """Badge request submitted to facilities, ticket #FAC-3381. She can pick it up at the front desk.

Derek

""" + wrote(d2, KELSEY.addr) + "\n" + quote(m2 + "\n\n" + wrote(d1, DEREK.addr) + "\n" + quote(
        m1 + "\n\n" + wrote(d0, BEA.addr) + "\n" + quote(m0)))
    return mk(DEREK, [KELSEY, BEA], "Re: Re: Re: CLB monitoring visit 7/22-23", d3, body)


# =============================================================== PHI: self
@mail("phi", "self", "Shanice Boateng")
def self1():
    d = D(2025, 9, 29, 6, 52)
    body = """hi tomas its shanice from the migraine study. i have the flu, fever 101 since saturday and i feel horrible so i cant come thursday. can we do next week?? also havent done the diary app since friday sorry!! will catch up when i can look at a screen lol

sent from my iphone"""
    return mk("shanice b <shaniceb.1971@mailbay.net>", TOMAS, "cant come thursday", d, body)


@mail("phi", "self", "Gloria Pennington")
def self2():
    d = D(2025, 10, 14, 19, 41)
    body = """Dear Bramblewood,

I had my breathing tests and the visit with the nurse on September 30 for the inhaler study (BREEZE-2). I was told I would get $50 on my card within a week but the card still says zero. Also the parking garage charged me $12 because the lot was full, I kept the receipt.

Could someone look into this? I don't want to be a bother but I am on a fixed income.

Thank you,
Gloria Pennington
(610) 555-0107
"""
    return mk("Gloria Pennington <gpennington56@homeisp.net>", FRONT, "Payment for my visit", d, body)


@mail("phi", "self", "Mei-Hua Lin")
def self3():
    d = D(2025, 11, 20, 21, 15)
    body = """Hi Linh,

Sorry to email so late. Since Tuesday I have a red itchy rash on both forearms and a little on my neck. It started about 3 days after I began the new bottle of study pills. No swelling in my face or trouble breathing. I took Benadryl last night and it helped a little with the itching.

Should I keep taking the pills? My next visit isn't until December 4.

I can send a picture if that helps.

Mei-Hua Lin
610-555-0148
"""
    return mk("Mei-Hua Lin <meihua.lin66@postwave.com>", LINH, "rash", d, body)


@mail("phi", "self", "Gerald Ostrowski")
def self4():
    d = D(2025, 5, 27, 22, 8)
    body = """To whoever is in charge of the heart patch study,

I want to stop. My skin under the patch is raw, I've moved it 3 times like the book says and every spot ends up the same, red and weeping. I also can't sleep because the phone buzzes every time it loses signal. I know I signed up for 30 days but I'm on day 12 and I'm done.

How do I send the patch and charger back? I don't want to drive over there again, it's 45 minutes each way. If you need me to sign something please mail it.

Gerald Ostrowski
Study ID OSP-0217 (I think)
"""
    return mk("Gerald Ostrowski <g.ostrowski@ravenmail.net>", "studyinfo@bramblewoodresearch.com",
              "withdrawing from study", d, body)


@mail("phi", "self", "Dana Kirschner")
def self5():
    d = D(2025, 3, 5, 12, 3)
    body = """Hi Kelsey,

Quick one - I have a colonoscopy on Friday 3/14 at 11 (they finally had an opening), so I'll need that whole day and I can't drive after. Also my ortho wants me in PT for my shoulder twice a week for about 6 weeks, Tuesdays and Thursdays at 4:30, so I'd need to leave at 4 those days. Happy to come in at 7:30 to make up the time.

Can I put the Friday in as sick time or does it have to be PTO?

Dana
"""
    return mk(DANA, KELSEY, "3/14 + PT schedule", d, body)


@mail("phi", "self", "Evelyn Harrow")
def self6():
    d = D(2025, 8, 8, 10, 17)
    body = """Hello Renata,

I got the enclosed bill from St. Brendan for my hospital stay in June (June 3 to June 6), the one after my blood sugar dropped and I fell. It says I owe $2,340.18 after Medicare. Account number 70019-55231. When I signed the papers for the diabetes study, Dr. Ramaswamy told me that if I got hurt because of the study medicine, the study would take care of it.

Can you tell me who I should call? Or can you write a letter to the hospital so they stop sending me bills? The second notice says it will go to collections in 30 days.

I've attached a picture of the bill.

Thank you,
Evelyn Harrow
"""
    return mk("Evelyn Harrow <evharrow49@homeisp.net>", RENATA, "hospital bill from June", d, body,
              atts=[("IMG_4471.png", make_png(240, 320, kind="blank"), "image", "png")])


@mail("phi", "self", "Raymond Okafor")
def self7():
    d = D(2025, 3, 19, 7, 3)
    body = """cant make it tmrw. my sugar was 40 this am, wife gave me juice and im ok now but wiped out. will call later

Ray

Sent from my iPhone"""
    return mk("Ray Okafor <rokafor.418@quikmail.net>", TOMAS, "tmrw", d, body)

# =============================================================== PHI: struct
def x12(segs, isa_ctrl, sender, receiver, gs_code, version, d):
    isa = ["ISA", "00", " " * 10, "00", " " * 10, "ZZ", sender.ljust(15), "ZZ", receiver.ljust(15),
           d.strftime("%y%m%d"), d.strftime("%H%M"), "^", "00501", str(isa_ctrl).zfill(9), "0", "P", ":"]
    gs = ["GS", gs_code, sender, receiver, d.strftime("%Y%m%d"), d.strftime("%H%M"), str(isa_ctrl), "X", version]
    body = list(segs)
    st_count = len(body) + 1  # + SE
    body.append("SE*%d*0001" % st_count)
    all_ = ["*".join(isa), "*".join(gs)] + body + ["GE*1*%d" % isa_ctrl, "IEA*1*%s" % str(isa_ctrl).zfill(9)]
    return "~\n".join(all_) + "~\n"


@mail("phi", "struct", "Patricia Gallo")
def struct1():
    d = D(2025, 5, 2, 10, 58)
    hl7 = "\n".join([
        "MSH|^~\\&|SBLAB|STBRENDAN|BCR_RES|BRAMBLEWOOD|20250502103312||ORU^R01^ORU_R01|SB2505021033120047|P|2.5.1",
        "PID|1||SB00739104^^^STBRMC^MR||GALLO^PATRICIA^M||19470911|F|||312 HEMLOCK DR^^MILLBROOK RIDGE^PA^19377||(610)555-0115",
        "PV1|1|O|OUTPT^LAB||||1629384756^RAMASWAMY^ANITA^^^^MD",
        "ORC|RE|BCR-250502-03|SB-L-7781204",
        "OBR|1|BCR-250502-03|SB-L-7781204|80048^BASIC METABOLIC PANEL^CPT4|||20250502084500|||||||||1629384756^RAMASWAMY^ANITA||||||20250502103300|||F",
        "OBX|1|NM|2345-7^Glucose^LN||71|mg/dL|70-99|N|||F",
        "OBX|2|NM|2951-2^Sodium^LN||139|mmol/L|136-145|N|||F",
        "OBX|3|NM|2823-3^Potassium^LN||4.6|mmol/L|3.5-5.1|N|||F",
        "OBX|4|NM|2075-0^Chloride^LN||103|mmol/L|98-107|N|||F",
        "OBX|5|NM|2028-9^CO2^LN||24|mmol/L|22-29|N|||F",
        "OBX|6|NM|3094-0^BUN^LN||22|mg/dL|7-20|H|||F",
        "OBX|7|NM|2160-0^Creatinine^LN||1.12|mg/dL|0.57-1.00|H|||F",
        "OBX|8|NM|17861-6^Calcium^LN||9.3|mg/dL|8.6-10.3|N|||F",
    ])
    body = """Dr. R / Kelsey -

Local BMP from this morning's draw after the fall (St. Brendan lab). The results interface didn't file it to our inbox again so their lab IT sent the raw message over, pasting it here so it's in one place. BUN/creat slightly up, everything else ok. Printing for source and I'll put in a ticket about the interface.

""" + hl7 + """

Gina
"""
    return mk(GINA, [ANITA, KELSEY], "local BMP 5/2 (raw result)", d, body)


@mail("phi", "struct", "Evelyn Harrow")
def struct2():
    d = D(2025, 6, 3, 23, 41)
    segs = [
        "MSH|^~\\&|EPIC_ADT|STBRMC|RSCH_NOTIFY|BRAMBLEWOOD|20250603233802||ADT^A01^ADT_A01|ADT884410392|P|2.5.1",
        "EVN|A01|20250603233500",
        "PID|1||SB00912277^^^STBRMC^MR~4KJ2-HT5-WN81^^^CMS^MC||HARROW^EVELYN^JUNE||19490314|F|||58 LINDEN WAY^^FENNICK^PA^19441||(610)555-0196|||W",
        "NK1|1|HARROW^THOMAS|SON|||(484)555-0177",
        "PV1|1|I|4WEST^412^B^STBRMC||||5530198822^KAPOOR^NEIL^^^^MD|||MED||||7|||5530198822^KAPOOR^NEIL^^^^MD|IN||MCR|||||||||||||||||||||||||20250603224700",
        "DG1|1||E16.2^HYPOGLYCEMIA, UNSPECIFIED^I10|||A",
        "DG1|2||W19.XXXA^UNSPECIFIED FALL, INITIAL ENCOUNTER^I10|||A",
        "ZRS|1|VTX-204-301|117-0063|RAMASWAMY^ANITA|BRAMBLEWOOD CLINICAL RESEARCH|(610)555-0111",
    ]
    hl7 = ("\r".join(segs) + "\r").encode("ascii")
    body = """This is an automated message from the St. Brendan Regional Medical Center Research Participant Notification service.

A patient flagged in the EHR as an active participant in a research study at your site has been registered for an inpatient encounter. The HL7 ADT message is attached for your records.

Event: ADT^A01 (Admit)
Unit: 4 WEST
Study flag: VTX-204-301

Do not reply to this message. For questions contact Research Integration Services at (610) 555-0123.
"""
    return mk("STBRMC Research Notify <research-notify@stbrendanrmc.org>", [ANITA, RENATA],
              "[Research Notification] Inpatient admission - study participant", d, body,
              atts=[("ADT_A01_ADT884410392.hl7", hl7, "application", "hl7-v2")])


@mail("phi", "struct", "Claudio Nascimento")
def struct3():
    d = D(2025, 10, 20, 14, 32)
    segs = [
        "ST*837*0001*005010X222A1",
        "BHT*0019*00*BCR20251020A*20251020*1432*CH",
        "NM1*41*2*BRAMBLEWOOD CLINICAL RESEARCH*****46*BCR4471",
        "PER*IC*JOANNE WHITCOMB*TE*6105550163*EM*JWHITCOMB@BRAMBLEWOODRESEARCH.COM",
        "NM1*40*2*KEYSTONE HARBOR PLAN*****46*KHP01",
        "HL*1**20*1",
        "NM1*85*2*BRAMBLEWOOD CLINICAL RESEARCH*****XX*1487766021",
        "N3*2150 LARKSPUR PKWY STE 300",
        "N4*MILLBROOK RIDGE*PA*19377",
        "REF*EI*231234567",
        "HL*2*1*22*0",
        "SBR*P*18*55102******CI",
        "NM1*IL*1*NASCIMENTO*CLAUDIO****MI*KHP771503926-01",
        "N3*25 BIRCHWOOD TER",
        "N4*KELLERTON*PA*19520",
        "DMG*D8*19590612*M",
        "NM1*PR*2*KEYSTONE HARBOR PLAN*****PI*KHP01",
        "CLM*BCR-HLX-10131*142.00***11:B:1*Y*A*Y*Y",
        "HI*ABK:J449*ABF:R9431",
        "NM1*82*1*OYELARAN*MARCUS****XX*1912034857",
        "PRV*PE*PXC*207Q00000X",
        "LX*1",
        "SV1*HC:94010*142.00*UN*1***1:2",
        "DTP*472*D8*20251013",
        "REF*6R*HLX10131L1",
    ]
    edi = x12(segs, 4417, "BRAMBLEWOOD", "CLAIMSHUB", "HC", "005010X222A1", d)
    body = """Hi ClaimsHub team,

Resubmitting the October SOC batch for BREEZE-2 that rejected yesterday (your batch ref CH-1019-88213, error was the missing Q0/Q1 modifier - per Keystone Harbor's research billing guide they don't want the modifier on SOC spirometry for this plan, so we took it off). One claim in this file.

File attached: BCR_837P_20251020A.txt

Thanks,
Joanne

""" + sig(JOANNE)
    return mk(JOANNE, "ClaimsHub EDI Support <edi.support@claimshub.net>",
              "Resubmission - 837P batch BCR20251020A", d, body,
              atts=[("BCR_837P_20251020A.txt", edi, "text", "plain")])


@mail("phi", "struct", "Shanice Boateng")
def struct4():
    d = D(2025, 10, 8, 15, 12)
    import json
    bundle = {
        "resourceType": "Bundle",
        "id": "hw-sync-5c2e91",
        "type": "collection",
        "timestamp": "2025-10-07T22:14:09-04:00",
        "entry": [
            {"resource": {
                "resourceType": "Patient", "id": "hw-pt-20931",
                "identifier": [{"system": "urn:headwise:study:CLB-118-02:subject", "value": "118-011"}],
                "name": [{"family": "Boateng", "given": ["Shanice"]}],
                "gender": "female", "birthDate": "1971-06-03",
                "telecom": [{"system": "phone", "value": "610-555-0118", "use": "mobile"},
                            {"system": "email", "value": "shaniceb.1971@mailbay.net"}]}},
            {"resource": {
                "resourceType": "QuestionnaireResponse", "id": "qr-88410",
                "questionnaire": "https://headwise-epro.com/fhir/Questionnaire/daily-migraine-diary-v3",
                "status": "completed", "subject": {"reference": "Patient/hw-pt-20931"},
                "authored": "2025-10-04T21:02:44-04:00",
                "item": [
                    {"linkId": "headache_today", "answer": [{"valueBoolean": True}]},
                    {"linkId": "peak_severity", "answer": [{"valueInteger": 3}]},
                    {"linkId": "duration_hours", "answer": [{"valueDecimal": 9.5}]},
                    {"linkId": "aura", "answer": [{"valueBoolean": False}]},
                    {"linkId": "nausea", "answer": [{"valueBoolean": True}]},
                    {"linkId": "acute_med_taken", "answer": [{"valueString": "sumatriptan 50 mg x2"}]}]}},
            {"resource": {
                "resourceType": "QuestionnaireResponse", "id": "qr-88411",
                "questionnaire": "https://headwise-epro.com/fhir/Questionnaire/daily-migraine-diary-v3",
                "status": "in-progress", "subject": {"reference": "Patient/hw-pt-20931"},
                "authored": "2025-10-05T08:30:12-04:00",
                "item": [{"linkId": "headache_today", "answer": [{"valueBoolean": True}]}]}},
        ]}
    js = json.dumps(bundle, indent=2, ensure_ascii=False)
    body = """Hi Linh,

Following up on case HW-44172 (entries not appearing in the site portal). We pulled the raw sync payload from the participant's device; the 10/04 entry completed normally but the 10/05 entry is stuck "in-progress" which blocked the upload queue behind it. Engineering has released the queue and the backlog for 9/29-10/05 should show in the portal within the hour.

Raw bundle attached for your records. Please ask the participant to update the app to 3.8.2.

Best regards,
Arjun Mehta
HeadWise ePRO Support
"""
    return mk("HeadWise Support <support@headwise-epro.com>", LINH, "Case HW-44172 - diary sync (118-011)", d, body,
              atts=[("sync_payload_118-011_20251007.json", js, "application", "json")])


@mail("phi", "struct", "Jerome Tillman")
def struct5():
    d = D(2025, 6, 26, 14, 5)
    ccd = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="STB-CCD-20250626-33817"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>St. Brendan Regional Medical Center - Emergency Department Summary</title>
  <effectiveTime value="20250622061500-0400"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.19.5.99999.2" extension="SB00884016"/>
      <addr use="HP"><streetAddressLine>77 Quarry Road</streetAddressLine><city>Fennick</city><state>PA</state><postalCode>19441</postalCode></addr>
      <telecom value="tel:+1-610-555-0172" use="MC"/>
      <patient>
        <name use="L"><given>Jerome</given><given>L</given><family>Tillman</family></name>
        <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19580804"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.5.1"/>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
      <title>Problems</title>
      <text><list><item>Syncope and collapse (R55) - 06/21/2025</item><item>Essential hypertension (I10)</item></list></text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.3.1"/>
      <code code="30954-2" codeSystem="2.16.840.1.113883.6.1" displayName="Results"/>
      <title>Results</title>
      <text><table><thead><tr><th>Test</th><th>Result</th><th>Date</th></tr></thead><tbody>
        <tr><td>Troponin I, high sensitivity</td><td>4 ng/L</td><td>06/21/2025 19:02</td></tr>
        <tr><td>Troponin I, high sensitivity (3h)</td><td>5 ng/L</td><td>06/21/2025 22:10</td></tr>
        <tr><td>ECG</td><td>Sinus rhythm 64, no acute ST changes</td><td>06/21/2025 18:40</td></tr>
      </tbody></table></text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.10"/>
      <code code="18776-5" codeSystem="2.16.840.1.113883.6.1" displayName="Plan of care"/>
      <title>Plan</title>
      <text>Discharged home 06/22/2025. Follow up with cardiology within 1 week. Patient reports participation in ambulatory ECG device study (Bramblewood); research team notified.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
    body = """Good afternoon,

Attached please find the records you requested under the authorization received 06/24/2025 (request #ROI-2025-06-4418). The ED summary is provided in C-CDA format; if you require a printed copy please reply and we will fax it to the number on the request.

This transmission is sent via encrypted mail.

Release of Information
Health Information Management
St. Brendan Regional Medical Center
(610) 555-0120 | fax (610) 555-0121

""" + DISCLAIMER
    return mk(STBREN, DANA, "ROI-2025-06-4418 records", d, body,
              atts=[("ROI-2025-06-4418_ED_summary.xml", ccd, "application", "xml")])


@mail("phi", "struct", "Raymond Okafor; Patricia Gallo; Dolores Fenwick; Walter Brzezinski; Ahmed Al-Masri; Evelyn Harrow")
def struct6():
    d = D(2025, 9, 2, 9, 15)
    lines = [
        "STUDY|SITE|SUBJ_ID|LAST|FIRST|DOB|VISIT|VISIT_DT|STATUS|BILLABLE|AMT",
        "VTX-204-301|117|117-0038|OKAFOR|RAYMOND|1961-07-22|WK28|2025-08-05|COMPLETE|Y|1450.00",
        "VTX-204-301|117|117-0042|GALLO|PATRICIA|1947-09-11|V12|2025-08-06|COMPLETE|Y|1450.00",
        "VTX-204-301|117|117-0047|FENWICK|DOLORES|1952-01-30|WK24|2025-08-12|COMPLETE|Y|1450.00",
        "VTX-204-301|117|117-0051|BRZEZINSKI|WALTER|1950-05-09|WK28|2025-08-14|COMPLETE|Y|1450.00",
        "VTX-204-301|117|117-0063|HARROW|EVELYN|1949-03-14|UNSCH-SAE-FU|2025-08-19|COMPLETE|Y|325.00",
        "VTX-204-301|117|117-0071|AL-MASRI|AHMED|1971-02-17|WK16|2025-08-25|COMPLETE|Y|1450.00",
        "VTX-204-301|117|117-0071|AL-MASRI|AHMED|1971-02-17|WK16-ECG-REPEAT|2025-08-27|COMPLETE|Y|180.00",
    ]
    ext = "\r\n".join(lines) + "\r\n"
    body = """Joanne,

August visit extract for the VTX invoice is attached (pipe-delimited from CTMS, same layout as last month). 7 billable lines, $7,755.00. The unscheduled SAE follow-up for 0063 is billable per the CTA amendment 2 (section 4.3) so I included it.

Let me know if Northgate pushes back on the ECG repeat.

Kelsey
"""
    return mk(KELSEY, JOANNE, "Aug VTX visit extract for invoicing", d, body,
              atts=[("CTMS_VTX_visits_2025-08.txt", ext, "text", "plain")])


@mail("phi", "struct", "Nguyen Van Thanh")
def struct7():
    d = D(2025, 6, 6, 3, 17)
    body = """HeartTrace Clinic Portal - Event Notification
---------------------------------------------
An event meeting your site's notification rule "AF >= 30 min OR pause >= 3 s" was detected.
Review in the portal within 24 hours. Payload follows.

{
  "event_id": "evt_7Q2M9XK41D",
  "site_id": "OSP-RHY-02-S004",
  "study": "OSP-RHY-02",
  "participant": {
    "study_id": "OSP-0214",
    "name": "NGUYEN, VAN THANH",
    "dob": "1948-10-27",
    "device_serial": "HT2-0093318",
    "wear_day": 22
  },
  "detected": "2025-06-06T02:41:09-04:00",
  "classification": "ATRIAL_FIBRILLATION",
  "duration_sec": 2874,
  "hr_mean_bpm": 118,
  "hr_max_bpm": 151,
  "symptom_button_pressed": false,
  "strip_url": "https://portal.hearttrace-clinic.net/strips/evt_7Q2M9XK41D",
  "notify": ["dkirschner@bramblewoodresearch.com", "moyelaran@bramblewoodresearch.com"]
}

You are receiving this because you are listed as site staff for OSP-RHY-02 S004.
Osprey Medical Devices | HeartTrace Clinic Portal v5.3
"""
    return mk("HeartTrace Portal <alerts@hearttrace-clinic.net>", [DANA, MARCUS],
              "[HeartTrace] Event detected - OSP-0214 - ATRIAL_FIBRILLATION", d, body)

# =============================================================== CLEAN: admin
@mail("clean", "admin")
def admin1():
    d = D(2025, 1, 14, 6, 48)
    body = """All,

The -80 in the processing room (Freezer A, asset BCR-0412) alarmed at 02:17 this morning. The remote monitor paged me and I was here by 03:05; internal temp peaked at -61 C. I moved all boxes to Freezer B (the backup in the storage closet) by 03:40 and it's holding at -79.

Impact:
 - CLB-118-02 PK/ADA samples (2 racks) - excursion was above -70 for approx 55 min. Per the lab manual we need to notify Corvid and the sponsor; I'll do that this morning with the data logger printout.
 - VTX-204-301 biomarker samples - same racks, same excursion.
 - Nothing from HLX is stored frozen.

Facilities is coming at 9 to look at the compressor. Until Freezer A is cleared, please log everything into Freezer B and keep the door opening to a minimum. There's a laminated map on the door.

Gina - can you take the 8 am shipment prep today so I can work on the excursion reports?

Thanks,
Kelsey

""" + sig(KELSEY, disclaimer=True)
    return mk(KELSEY, "research-team@bramblewoodresearch.com", "-80 Freezer A alarm overnight - samples moved", d, body, cc=[DEREK, QA])


@mail("clean", "admin")
def admin2():
    d = D(2025, 2, 20, 16, 0)
    body = """IT SERVICE NOTICE

What: Scheduled maintenance - CTMS (ResearchTrack) and the S: shared drive
When: Saturday 02/22/2025, 7:00 AM - 1:00 PM
Impact: CTMS will be unavailable. S: drive will be read-only. Email and phones are not affected.
Sponsor EDC systems are NOT affected (they are hosted by the sponsors/CROs).

Action needed:
 * Save and close any open CTMS visit forms before you leave Friday.
 * After the upgrade, you will be prompted to re-register MFA in the Authenticator app. Have your phone with you on Monday.
 * If you are working a Saturday visit, print your visit worksheets Friday.

Questions: helpdesk@bramblewoodresearch.com or ext. 190.

Bramblewood IT Help Desk
"""
    return mk(IT, "allstaff@bramblewoodresearch.com", "[IT NOTICE] CTMS maintenance Sat 2/22 7a-1p", d, body, html=True)


@mail("clean", "admin")
def admin3():
    d0 = D(2025, 3, 4, 10, 22)
    d1 = D(2025, 3, 4, 11, 5)
    q = """Hi Gina, what do we need for March? I'm putting the MedLine order in by Thursday.

Joanne"""
    body = """Hi Joanne,

March supply list for the lab/processing room:

 - BD Vacutainer SST 5 mL (gold top) - 2 cases
 - K2 EDTA 4 mL (lavender) - 1 case
 - Butterfly 23G w/ holder - 3 boxes of 50
 - Alcohol prep pads - 4 boxes
 - Coban 2" - 2 cases (we go through these fast)
 - Sharps containers 2 gal - 6
 - Dry ice - standing order is fine, but can we bump Tuesday to 25 lb? The Corvid shipments for CLB are bigger now.

Also the Eppendorf centrifuge is due for calibration 3/28, the vendor needs a PO before they'll schedule.

Central lab kits come from the sponsors so nothing needed there. I just reordered VTX kits through the portal.

Thanks!
Gina

""" + wrote(d0, JOANNE.addr) + "\n" + quote(q)
    return mk(GINA, JOANNE, "Re: March supply order", d1, body)


@mail("clean", "admin")
def admin4():
    d = D(2025, 4, 29, 13, 45)
    body = """Coordinators,

A reminder on research billing now that BREEZE-2 has standard-of-care items and both hospital partners are sending claims:

1. Every study has a coverage analysis (CA) in the finance folder. Before a visit, check the CA grid: items marked "S" are sponsor-paid and must NEVER be billed to insurance; "R" (routine cost) items may be billed with the study's NCT number and the Q1 modifier where the payer requires it.

2. Registration: when a participant is scheduled at St. Brendan for anything study-related, the order must carry the research account number so the charge lands on the research hold queue. Charges sit in the hold for 10 business days for review.

3. If a participant calls you about a bill, do not tell them it will be "taken care of". Get the bill details to me and I'll work it with the hospital's PFS team.

4. Subject injury language differs by sponsor - Veltrax covers reasonable costs of treatment for study-related injury, Calderon's CTA requires insurance to be billed first. The ICFs say this, please re-read them.

I'll walk through the CA grid for HLX at Thursday's staff meeting.

Joanne

""" + sig(JOANNE, disclaimer=True)
    return mk(JOANNE, "coordinators@bramblewoodresearch.com", "Research billing reminders", d, body, cc=DEREK)


@mail("clean", "admin")
def admin5():
    d = D(2025, 11, 6, 11, 30)
    start = datetime(2025, 11, 18, 9, 0, tzinfo=EST)
    end = datetime(2025, 11, 18, 15, 30, tzinfo=EST)
    body = """Hi everyone,

The site initiation visit for Halvorsen's new study, HLX-311 (inhaled maintenance therapy in moderate asthma), is confirmed for Tuesday 11/18, 9:00-3:30, in the big conference room. Invite attached.

Agenda (from the sponsor):
 09:00 Introductions, study overview and timeline
 09:45 Protocol walkthrough - eligibility, visit schedule, spirometry requirements
 11:00 Safety reporting and AE/SAE process
 12:00 Lunch (Halvorsen is providing)
 12:45 IP handling, storage, accountability, IWRS demo (Priya)
 13:45 EDC and ePRO device training
 14:45 Regulatory binder review and delegation log (Renata)
 15:15 Q&A, action items

Required: PI, sub-I, coordinators on the delegation log, pharmacy. Please bring your laptops and make sure you have completed the protocol training module on the sponsor LMS before the visit.

Renata
"""
    ics = make_ics("SIV - HLX-311", start, end, "Bramblewood - Large Conference Room, Suite 300",
                   "Site initiation visit for HLX-311. Agenda in email.", RENATA)
    return mk(RENATA, "research-team@bramblewoodresearch.com", "SIV HLX-311 - Tues 11/18", d, body,
              atts=[("invite.ics", ics, "text", "calendar")])


@mail("clean", "admin")
def admin6():
    d = D(2025, 1, 27, 15, 20)
    body = """Dr. Ramaswamy, Dr. Oyelaran,

Continuing review dates for our open studies, please hold time to review/sign:

Study           IRB #        Approval expires   Packet due to Meridian   Status
VTX-204-301     2023-1107    04/30/2025         03/31/2025               drafting
CLB-118-02      2024-0418    06/15/2025         05/15/2025               not started
OSP-RHY-02      2024-0092    03/10/2025         02/10/2025               SUBMITTED 1/24
HLX-207         2025-0031    01/12/2026         12/12/2025               --

A couple of notes:
- Meridian moved to the new progress report form this month. It now asks for enrollment numbers broken down by sex, race and ethnicity, and the number of withdrawals with a short reason category. I'll pull the counts from CTMS.
- The CLB amendment 3 consent (v4.0) is approved; all re-consents must be done at the next visit. Please discard any v3.1 copies in the exam rooms; I'll do a sweep Friday.

Thanks,
Renata

""" + sig(RENATA)
    return mk(RENATA, [ANITA, MARCUS], "Continuing review schedule 2025", d, body, cc=KELSEY)


@mail("clean", "admin")
def admin7():
    d0 = D(2025, 7, 8, 17, 12)
    d1 = D(2025, 7, 10, 9, 40)
    q = """Derek,

Thanks for the counterproposal. Calderon can accept the following for CLB-205:

 - Per-participant budget: $14,850 for completers (was $13,900)
 - Screen failure reimbursement: $650 per SF, capped at 1:3 ratio to randomized
 - Start-up fee: $6,500 non-refundable; IRB fees pass-through at cost
 - Holdback: 10% until database lock
 - Payment terms: Net 45 from invoice (we cannot do Net 30 under our current policy)

Please let us know if this is acceptable and we'll route the CTA for signature.

Best,
Allison Greer
Clinical Contracts & Budgets, Calderon Biopharma"""
    body = """Allison,

Thanks - the revised per-participant number works. Two remaining points on our side:

1. Holdback: we'd like 5% instead of 10%. The study is 2 years; 10% of the budget held to DB lock is a lot of cash for a site our size.
2. Invoiceables: please add the unscheduled visit ($325), the repeat ECG ($180) and participant stipends/mileage as pass-through. These were in our original request but didn't make it into the draft Exhibit B.

Net 45 is fine if we can get quarterly automatic payments for visit fees based on EDC completion.

Derek

""" + sig(DEREK) + "\n\n" + original("Allison Greer <agreer@calderonbio.com>", d0, DEREK.addr,
                                      "CLB-205 budget - Calderon response", q)
    return mk(DEREK, "Allison Greer <agreer@calderonbio.com>", "RE: CLB-205 budget - Calderon response", d1, body, cc=JOANNE)


# =============================================================== CLEAN: lookalike
@mail("clean", "lookalike")
def look1():
    d = D(2025, 5, 15, 10, 4)
    body = """Hi Joanne,

Please find below the remittance detail for payment issued 05/14/2025.

Payee:          Bramblewood Clinical Research LLC (Vendor #V-0098812)
Payment method: ACH  Trace #: 021000089412277
Payment amount: $34,573.50

Invoice #        PO #          Description                                       Amount
BCR-2025-0311    PO-4471002    VTX-204-301 visit fees, Feb 2025 (14 visits)   $20,300.00
BCR-2025-0312    PO-4471002    VTX-204-301 screen failures, Feb (3)           $1,950.00
BCR-2025-0340    PO-4471002    VTX-204-301 visit fees, Mar 2025 (10 visits)   $14,500.00
BCR-2025-0341    PO-4471002    IRB continuing review fee (pass-through)       $1,665.00
                                                                       Total  $38,415.00

Less holdback (10%) per CTA Sec. 6.2:                                         -$3,841.50
                                                                   Net paid  $34,573.50

Cumulative holdback to date: $17,457.17

Questions: sitepayments@northgatecro.com, reference remittance RA-0514-7720.

Northgate Clinical Services - Site Payments
"""
    return mk("Northgate Site Payments <sitepayments@northgatecro.com>", JOANNE,
              "Remittance advice RA-0514-7720 - VTX-204-301 Site 117", d, body)


@mail("clean", "lookalike")
def look2():
    d = D(2025, 3, 3, 14, 26)
    body = """IWRS SHIPMENT NOTIFICATION - VTX-204-301

Shipment ID:        SHP-117-0029
Site:               117 - Ramaswamy / Bramblewood Clinical Research
Ship date:          03-Mar-2025
Courier:            Marken  AWB 7740 3391 2058
Temperature:        15-25 C (controlled room temp)
Temp logger S/N:    TL4-88213-C
Expected delivery:  04-Mar-2025 by 12:00

Contents:
  Kit numbers           Qty   Lot        Expiry
  30441 - 30452         12    VX24C117   31-Mar-2026
  30507 - 30512          6    VX24D042   30-Jun-2026
  Total kits: 18

Upon receipt, confirm in IWRS within 1 business day and download the logger data. Do not dispense kits from a shipment with an unresolved temperature alarm.

This message was generated automatically. IWRS Help Desk: +1 (866) 555-0148, ticket portal iwrs-help.northgatecro.com
"""
    return mk("IWRS Notifications <iwrs-noreply@northgatecro.com>", [PRIYA, KELSEY],
              "Shipment SHP-117-0029 dispatched", d, body)


@mail("clean", "lookalike")
def look3():
    d = D(2025, 9, 10, 12, 15)
    rows = [["Procedure", "CPT/HCPCS", "Screening", "V1", "V2", "V3", "V4", "V5", "EOS", "Billing", "Justification"],
            ["Office visit, est. pt", "99214", "S", "R", "R", "R", "R", "R", "R", "R = Q1", "COPD follow-up is SOC q3mo"],
            ["Spirometry pre/post", "94060", "S", "S", "R", "S", "R", "S", "R", "mixed", "Protocol frequency exceeds SOC"],
            ["Spirometry", "94010", "", "S", "", "S", "", "S", "", "S", "Study-only timepoints"],
            ["ECG 12-lead", "93000", "S", "S", "", "", "S", "", "S", "S", "Safety, protocol-required"],
            ["CBC w/ diff", "85025", "S", "", "", "S", "", "", "S", "S", ""],
            ["CMP", "80053", "S", "", "", "S", "", "", "S", "S", ""],
            ["Chest X-ray 2v", "71046", "S", "", "", "", "", "", "", "S", "Eligibility only"],
            ["Pregnancy test, urine", "81025", "S", "S", "S", "S", "S", "S", "S", "S", "WOCBP"],
            ["Study drug", "n/a", "", "S", "S", "S", "S", "S", "", "S", "Provided by sponsor"]]
    body = """Hi all,

Final coverage analysis grid for HLX-207 attached (v2.1, 09/10/2025). Changes from v2.0:

 - 94060 at V2 and V4 changed S -> R after the MAC billing article review (routine q6mo spirometry for GOLD 2-3 is SOC).
 - Added ICD-10 J44.9 / J44.1 as the qualifying diagnoses for routine-cost claims; Z00.6 (exam for normal comparison and control in a clinical research program) as secondary on all R items.
 - NCT number for claims: NCT06624481 (goes in the claim note / REF segment; do not put it in the diagnosis field).

Reminder: S = sponsor pays, R = routine cost billable to insurance, blank = not done at that visit.

Joanne
"""
    return mk(JOANNE, "coordinators@bramblewoodresearch.com", "HLX-207 coverage analysis v2.1 (final)", d, body,
              cc=DEREK, atts=[("HLX-207_Coverage_Analysis_v2.1.xlsx", make_xlsx(rows, "CA Grid"), *XLSX_CT)])


@mail("clean", "lookalike")
def look4():
    d = D(2025, 2, 11, 9, 55)
    body = """Hannah,

Updated investigator info for the 1572 and the site contact list. Please replace the version from November.

INVESTIGATORS
 Anita Ramaswamy, MD (PI)      NPI 1629384756   PA MD-0441872-E   exp 12/31/2026
 Marcus Oyelaran, DO (Sub-I)   NPI 1912034857   PA OS-019930      exp 10/31/2026
 Priya Natarajan, PharmD       NPI 1386027714   PA RP-450912      exp 09/30/2026

SITE CONTACTS
 Main line           (610) 555-0142
 Fax (secure)        (610) 555-0199
 After-hours/safety  (610) 555-0111
 Kelsey Brandt       (610) 555-0147   kbrandt@bramblewoodresearch.com
 Renata Kowalczyk    (610) 555-0158   rkowalczyk@bramblewoodresearch.com
 Pharmacy (IDS)      (610) 555-0161   pnatarajan@bramblewoodresearch.com

LABS
 Local: St. Brendan Regional Medical Center Laboratory, CLIA 39D0917733, CAP #7190455 (cert exp 06/2026)
 Central: Corvid Central Laboratories, CLIA 14D2088104

IRB: Meridian Independent Review Board, IORG0009917 / IRB00011428

Renata
"""
    return mk(RENATA, HANNAH, "1572 / site contact updates", d, body, cc=KELSEY)


@mail("clean", "lookalike")
def look5():
    d = D(2025, 10, 1, 8, 0)
    body = """ENROLLMENT DASHBOARD - as of 09/30/2025

Study          Target  Screened  SF   SF rate  Randomized  Active  Completed  Withdrawn
VTX-204-301      24       41     15    36.6%       26        17        6          3
CLB-118-02       15       27     11    40.7%       16         9        5          2
OSP-RHY-02       20       24      2     8.3%       22         3       18          1
HLX-207          12        9      3    33.3%        6         6        0          0
------------------------------------------------------------------------------------
TOTAL            71      101     31    30.7%       70        35       29          6

Pre-screen funnel (Sept): 212 inquiries -> 64 phone pre-screens -> 18 scheduled -> 12 screened
Top sources: Millbrook FM referrals 38%, website 24%, social ads 21%, database 17%
Median time inquiry-to-screen: 11 days (Aug: 14)
Retention (randomized, excluding completers): 91.4%

Notes: VTX is over target by 2 with sponsor approval (cap 28). HLX-207 behind plan by 4 - Samir is adding a second community event in October.

Auto-generated by ResearchTrack CTMS - Reports > Enrollment Summary (scheduled: monthly, 1st @ 08:00)
"""
    return mk("ResearchTrack Reports <ctms-reports@bramblewoodresearch.com>", [DEREK, ANITA, KELSEY],
              "Enrollment dashboard - Sept 2025", d, body)


@mail("clean", "lookalike")
def look6():
    d = D(2025, 8, 19, 13, 7)
    body = """Ticket #INC-20250819-0447 has been RESOLVED.

Requester:     Linh Pham (lpham@bramblewoodresearch.com)
Submitted:     08/19/2025 08:12
Category:      Hardware > Peripheral > Label printer
Asset tag:     BCR-LP-0071 (Zebra ZD421, S/N D2J213904417)
Location:      Processing room, Suite 300

Issue:         Specimen labels printing with the barcode cut off on the right edge after Windows update KB5041580.
Resolution:    Reinstalled ZDesigner driver 10.6.1.18, reset media width to 2.00 in, printed calibration label. Verified 10 labels scan correctly with the Honeywell scanner (asset BCR-SC-0018).

Time spent:    0.75 h
Technician:    Paul Okonjo

If the issue recurs, reply to this email within 7 days to reopen the ticket.

Bramblewood IT Help Desk | ext. 190
"""
    return mk(IT, LINH, "[Resolved] INC-20250819-0447 Label printer cutting off barcodes", d, body)


@mail("clean", "lookalike")
def look7():
    d = D(2025, 12, 9, 15, 33)
    body = """Wendell,

Annual PM and calibration done today by BioServ Technical. Certificates attached (PDF), copies to the equipment binder.

Equipment                     Asset #      Serial #          Cal date     Next due     Result
GE MAC 2000 ECG               BCR-0233     SCB19380477WA     12/09/2025   12/2026      PASS
GE MAC 2000 ECG               BCR-0234     SCB19380512WA     12/09/2025   12/2026      PASS
Welch Allyn Spot Vital Signs  BCR-0310     100045882217      12/09/2025   12/2026      PASS (cuff replaced)
Eppendorf 5702 centrifuge     BCR-0198     5702CK118834      12/09/2025   12/2026      PASS
Detecto 6437 scale            BCR-0141     0217-44093        12/09/2025   12/2026      PASS (+/-0.1 kg)
MGC spirometer (HLX)          BCR-0355     SP-22-10938       12/09/2025   06/2026      PASS (3 L syringe check 2.98 L)
Thermo -80 freezer A          BCR-0412     TSX60086VA-39201  12/09/2025   12/2026      PASS

Invoice 88172 to follow, $2,145.00, against PO-BCR-25-0311.

Gina
"""
    return mk(GINA, QA, "Annual calibration 12/9 - certificates", d, body,
              atts=[("BioServ_Certificates_2025-12-09.pdf", make_pdf([
                  "BioServ Technical - Certificate of Calibration",
                  "Customer: Bramblewood Clinical Research, Suite 300",
                  "Service date: 12/09/2025   Work order: WO-55120",
                  "Asset BCR-0233  GE MAC 2000  S/N SCB19380477WA  PASS",
                  "Asset BCR-0234  GE MAC 2000  S/N SCB19380512WA  PASS",
                  "Asset BCR-0310  Welch Allyn Spot  S/N 100045882217  PASS",
                  "Asset BCR-0198  Eppendorf 5702  S/N 5702CK118834  PASS",
                  "Asset BCR-0141  Detecto 6437  S/N 0217-44093  PASS",
                  "Asset BCR-0355  MGC spirometer  S/N SP-22-10938  PASS",
                  "Asset BCR-0412  Thermo -80  S/N TSX60086VA-39201  PASS",
                  "Technician: R. Salinas   Reference standards traceable to NIST"], "Calibration certificates"),
                  "application", "pdf")])

# =============================================================== CLEAN: news
@mail("clean", "news")
def news1():
    d = D(2025, 6, 2, 7, 30)
    text = """THE BRAMBLEWOOD BULLETIN - June 2025

NOW ENROLLING
 * BREEZE-2 (HLX-207) - adults 40-80 with COPD who use a daily inhaler. Referrals welcome from all partner clinics.
 * CLB-118-02 - adults with chronic migraine; enrollment closes July 31.
 * VTX-204-301 is fully enrolled - thank you to everyone who helped us reach 26 randomized, our highest ever for a single study.

BY THE NUMBERS (Jan-May)
 412 participant visits completed | 97% of visits within protocol window | 0 major findings at the April sponsor audit

KUDOS
 - Gina Marchetti for turning the -80 excursion in January into a new alarm call-tree that the sponsor now shares with other sites.
 - Tomás Villanueva and Samir Haddad for the Spanish- and Arabic-language community talks at the Millbrook Library (over 60 attendees).
 - Priya Natarajan on passing her BCSCP recertification.

REMINDERS
 - Annual GCP refresher is due by June 30 for everyone on a delegation log.
 - The parking lot will be restriped June 14-15; use the overflow lot behind Suite 100.

Questions or ideas for the next issue? Reply to this email.
"""
    html = ("""<html><body style="font-family:Georgia,serif;max-width:640px">
<img src="cid:bcrlogo" alt="Bramblewood Clinical Research" width="160" height="48">
<h2 style="color:#2e5c3e">The Bramblewood Bulletin &mdash; June 2025</h2>
<h3>Now enrolling</h3>
<ul><li><b>BREEZE-2 (HLX-207)</b> &ndash; adults 40&ndash;80 with COPD who use a daily inhaler. Referrals welcome from all partner clinics.</li>
<li><b>CLB-118-02</b> &ndash; adults with chronic migraine; enrollment closes July 31.</li>
<li><b>VTX-204-301</b> is fully enrolled &ndash; thank you to everyone who helped us reach 26 randomized, our highest ever for a single study.</li></ul>
<h3>By the numbers (Jan&ndash;May)</h3>
<p>412 participant visits completed &middot; 97% of visits within protocol window &middot; 0 major findings at the April sponsor audit</p>
<h3>Kudos</h3>
<ul><li>Gina Marchetti for turning the &minus;80 excursion in January into a new alarm call-tree that the sponsor now shares with other sites.</li>
<li>Tom&aacute;s Villanueva and Samir Haddad for the Spanish- and Arabic-language community talks at the Millbrook Library (over 60 attendees).</li>
<li>Priya Natarajan on passing her BCSCP recertification.</li></ul>
<h3>Reminders</h3>
<ul><li>Annual GCP refresher is due by June 30 for everyone on a delegation log.</li>
<li>The parking lot will be restriped June 14&ndash;15; use the overflow lot behind Suite 100.</li></ul>
<p style="font-size:9pt;color:#777">Questions or ideas for the next issue? Reply to this email.</p>
</body></html>
""")
    m = mk(DEREK, "allstaff@bramblewoodresearch.com", "The Bramblewood Bulletin - June 2025", d, text, html=html)
    # inline logo as a related part of the HTML alternative
    html_part = m.get_body(("html",))
    html_part.add_related(make_png(), "image", "png", cid="<bcrlogo>", filename="bcr_logo.png")
    return m


@mail("clean", "news")
def news2():
    d = D(2025, 2, 12, 11, 0)
    body = """Dear Investigators and Study Coordinators,

VTX-204-301 Protocol Amendment 4 (dated 27-Jan-2025) has been approved by FDA and the central IRB. Sites may implement after local IRB approval (if applicable) and completion of amendment training in the study LMS.

Summary of changes
1. Inclusion 3: upper HbA1c limit increased from 10.0% to 10.5%.
2. Exclusion 7 clarified: prior GLP-1 receptor agonist use within 90 days (previously "ever") is exclusionary.
3. Hypoglycemia reporting: all events with glucose < 54 mg/dL (Level 2) are now recorded as AEs regardless of symptoms.
4. New optional sub-study: continuous glucose monitoring for 14 days at Weeks 0 and 24 (separate consent).
5. Window for Week 52 visit widened to +/- 10 days.

Impact on enrolled participants: participants must be re-consented at their next scheduled visit (ICF v5.0). No change to study drug dosing.

Training: Amendment 4 module (20 min) must be completed by all delegated staff before implementation. Completion certificates go in the regulatory binder.

Thank you for your continued commitment to VELOCITY-3.

Veltrax Therapeutics - Clinical Operations
VELOCITY-3 Study Team | velocity3@veltrax-tx.com
"""
    return mk("VELOCITY-3 Study Team <velocity3@veltrax-tx.com>", "undisclosed-recipients:;",
              "VELOCITY-3 Investigator Bulletin #11 - Amendment 4 approved", d, body, html=True)


@mail("clean", "news")
def news3():
    d = D(2025, 4, 9, 6, 0)
    body = """ARSP WEEKLY BRIEF - Association of Research Site Professionals
April 9, 2025

1. ICH E6(R3) in practice
The final E6(R3) guideline emphasizes risk-proportionate approaches and "quality by design". For sites, the practical changes are modest: clearer expectations for investigator oversight of delegated tasks and service providers, and more explicit language on data governance and computerized systems. Expect sponsors to update delegation log templates and vendor oversight checklists over the next year.

2. Decentralized elements
A new FDA guidance on decentralized elements in clinical trials describes when visits may take place in participants' homes and how local health care providers can perform routine procedures. Sites should document which tasks are performed by non-study personnel and make sure those tasks are not listed on the 1572 unless they are trial-specific.

3. Survey results: coordinator workload
In our member survey (n = 1,214), coordinators reported a median of 38 active participants each, 27% reported more than six sponsor portals to log in to daily, and 61% said participant payment issues are a top-three source of participant complaints.

4. Upcoming webinar
"Budgeting for screen failures and unscheduled visits" - April 24, 1:00 PM ET. Free for members.

You are receiving this because you are an ARSP member. Manage preferences: https://arsp-members.org/prefs
ARSP, 1400 Commonwealth Ave, Suite 9, Arlington, VA 22201
"""
    return mk("ARSP Weekly Brief <brief@arsp-members.org>", KELSEY, "ARSP Weekly: E6(R3), decentralized elements, workload survey", d, body)


@mail("clean", "news")
def news4():
    d = D(2025, 9, 16, 10, 10)
    body = """FREE COMMUNITY LUNG HEALTH DAY

Saturday, October 11, 10 AM - 2 PM
Millbrook Ridge Community Center, 88 Chestnut Street

 * Free breathing checks (spirometry) with a respiratory therapist
 * Learn about inhaler technique - bring your inhaler!
 * Smoking cessation resources from the county health department
 * Information about local research studies for people with COPD and asthma
 * Light refreshments; Spanish and Arabic speakers on site

No appointment needed. Participation in any research study is voluntary and is not required to attend.

Hosted by Bramblewood Clinical Research in partnership with the Millbrook Ridge Senior Center.
Questions: (610) 555-0166 | studyinfo@bramblewoodresearch.com

---
Hi all - flyer for the Oct 11 event is above and attached as PDF. Meridian IRB approved the flyer (IRB approval stamp on page 1). Please share with your partner clinics and post at the front desk. Do NOT post on personal social media, Samir will handle the ads.

Samir
"""
    return mk(SAMIR, "research-team@bramblewoodresearch.com", "Lung Health Day 10/11 - flyer", d, body,
              atts=[("LungHealthDay_Flyer_IRB-approved.pdf", make_pdf([
                  "FREE COMMUNITY LUNG HEALTH DAY",
                  "Saturday, October 11, 10 AM - 2 PM",
                  "Millbrook Ridge Community Center, 88 Chestnut Street",
                  "Free breathing checks - inhaler tips - quit-smoking resources",
                  "Learn about local research studies for COPD and asthma",
                  "Questions: (610) 555-0166",
                  "Meridian IRB Approved 09/12/2025"], "Lung Health Day flyer"), "application", "pdf")])


@mail("clean", "news")
def news5():
    d = D(2025, 3, 3, 9, 0)
    body = """MERIDIAN IRB - SITE NEWSLETTER, Q1 2025

Consent template updates
Effective April 1, the Meridian consent template (v2025.1) includes: a plain-language key information page capped at two pages, an updated section on return of individual research results, and new standard language for studies that collect data through mobile apps and wearable devices.

Reminders
 - Submit reportable new information within 5 business days of the site becoming aware.
 - Translated consents: submit the certified translation plus the translator's attestation. Short-form consent remains available for unexpected non-English speakers; the witness must be fluent in both languages.
 - Advertisements, flyers and social media posts need approval before use, including re-posts of sponsor materials.

By the numbers
In 2024 the Board reviewed 1,806 new protocols and 9,420 amendments. Median turnaround for a complete new site submission was 6 business days.

Office hours
Our coordinators host open office hours every Thursday 2-3 PM ET. Link in the portal under Help.

Meridian Independent Review Board | 600 Walnut Ridge Rd, Suite 410, Wayne, PA 19087
"""
    return mk("Meridian IRB <news@meridianirb.org>", RENATA, "Meridian IRB Site Newsletter - Q1 2025", d, body, html=True)


@mail("clean", "news")
def news6():
    d = D(2025, 11, 12, 14, 45)
    body = """Hi team,

Good news to share - the OSP-RHY-02 (HeartTrace) primary results were presented at the fall cardiology meeting this week and the manuscript is under review. Headline numbers from Osprey's press release:

 - 612 participants at 24 US sites, 30-day wear
 - Diagnostic yield for clinically actionable arrhythmia: 23.4% with the patch vs 9.8% with 24-hour Holter in the comparison cohort
 - Median wear time 28.6 days; 7.1% of participants stopped early, most commonly for skin irritation
 - Device-related serious adverse events: none

Our site enrolled 22 of the 612 and had one of the lowest early-stop rates in the study. Thank you Dana, Kelsey, Greg and everyone who helped with those device calls at odd hours.

The press release and the abstract PDF are in the S: drive under Studies/OSP-RHY-02/Publications.

Anita
"""
    return mk(ANITA, "research-team@bramblewoodresearch.com", "HeartTrace results presented!", d, body)


# =============================================================== CLEAN: staff
@mail("clean", "staff")
def staff1():
    d = D(2025, 11, 25, 14, 10)
    body = """December safety phone / on-call (after hours line 610-555-0111 forwards to the on-call cell)

Week of      Coordinator on call     Physician backup
Dec 1        Kelsey Brandt           Dr. Ramaswamy
Dec 8        Tomás Villanueva        Dr. Oyelaran
Dec 15       Linh Pham               Dr. Ramaswamy
Dec 22       Dana Kirschner          Dr. Oyelaran   (Dec 24-25: Dr. R covers)
Dec 29       Beatriz Costa, RN       Dr. Ramaswamy

Hand-off is Monday 8 AM. Please test the forwarding when you take the phone (call the line from your desk).
Swaps are fine, just tell me and update the calendar.

Kelsey
"""
    return mk(KELSEY, "research-team@bramblewoodresearch.com", "Dec on-call", d, body)


@mail("clean", "staff")
def staff2():
    d = D(2025, 6, 16, 12, 0)
    rows = [["Name", "Role", "Credentials", "GCP exp", "IATA exp", "HSP/CITI exp", "On delegation logs"],
            ["Anita Ramaswamy", "PI", "MD", "2026-03-14", "n/a", "2026-03-14", "VTX, CLB, OSP, HLX"],
            ["Marcus Oyelaran", "Sub-I", "DO", "2025-07-02", "n/a", "2025-07-02", "VTX, CLB, OSP, HLX"],
            ["Kelsey Brandt", "Lead CRC", "CCRC", "2026-01-20", "2025-09-30", "2026-01-20", "all"],
            ["Tomás Villanueva", "CRC", "CCRP", "2025-06-30", "2026-02-11", "2025-06-30", "VTX, CLB, HLX"],
            ["Linh Pham", "CRC II", "CCRC", "2025-12-05", "2026-04-18", "2025-12-05", "VTX, CLB, OSP"],
            ["Dana Kirschner", "CRC", "", "2025-08-09", "2025-08-09", "2025-08-09", "OSP, VTX"],
            ["Beatriz Costa", "Research RN", "RN, BSN", "2026-02-27", "2026-02-27", "2026-02-27", "CLB, HLX"],
            ["Gina Marchetti", "RA / Phleb", "CPT-1", "2025-10-14", "2025-07-15", "2025-10-14", "all (lab)"],
            ["Priya Natarajan", "IDS Pharmacist", "PharmD, BCSCP", "2026-05-01", "n/a", "2026-05-01", "all (IP)"],
            ["Yusuf Abdi", "RA", "", "2026-06-02", "n/a", "2026-06-02", "HLX"]]
    body = """Hi all,

Training tracker attached. Highlighted = expires in the next 60 days:

 - Tomás: GCP + CITI due 6/30 (!)
 - Dr. Oyelaran: GCP + CITI 7/2
 - Gina: IATA 7/15 - you can't sign dry ice shipments after that date
 - Dana: everything 8/9

Hannah will check these at the next monitoring visit. Please send me your certificates as PDFs when done.

Renata
"""
    return mk(RENATA, "research-team@bramblewoodresearch.com", "Training expirations - summer", d, body,
              atts=[("Staff_Training_Tracker_2025-06.xlsx", make_xlsx(rows, "Tracker"), *XLSX_CT)])


@mail("clean", "staff")
def staff3():
    d = D(2025, 10, 27, 9, 0)
    body = """Hello everyone,

Open enrollment for 2026 benefits runs November 3 - November 21. This is the one time each year you can change medical, dental and vision plans or add/remove dependents without a qualifying life event.

What's new for 2026:
 * Medical: the PPO and HDHP plans stay with the same carrier. Employee premiums go up about 4% on the PPO and stay flat on the HDHP.
 * HSA: Bramblewood's contribution increases to $750 (single) / $1,500 (family) for employees on the HDHP.
 * FSA limit is $3,300; dependent care FSA stays at $5,000 per household.
 * New: a free virtual physical therapy benefit and a mental health app subscription for all employees enrolled in medical.

Benefits info sessions (lunch provided): Tues 11/4 and Thurs 11/13, 12:00-1:00, large conference room. A carrier rep will be there to answer plan questions privately.

If you do nothing, your current elections roll over, except FSA, which you must re-elect every year.

Colleen Draper
Human Resources Generalist | Bramblewood Clinical Research
(610) 555-0172

""" + DISCLAIMER
    return mk(HR, "allstaff@bramblewoodresearch.com", "2026 Open Enrollment - Nov 3-21", d, body, html=True)


@mail("clean", "staff")
def staff4():
    d = D(2025, 12, 15, 10, 20)
    body = """Payroll reminder for the holidays:

 - Timesheets for the pay period ending 12/20 are due Thursday 12/18 by noon (not Monday) because of the bank holiday schedule.
 - Pay date for that period is Wednesday 12/24.
 - Timesheets for the period ending 1/3 are due Friday 1/2 by 10 AM.
 - Holiday pay: 12/24 (half day), 12/25 and 1/1. If you work a participant visit on a holiday, code it as HOL-WORK so you get the differential.
 - Mileage reimbursement for 2025 must be submitted by 1/9 - after that it goes on next year's budget.

Managers, please approve in Paylocity by 3 PM on the due date.

Thanks,
Colleen
"""
    return mk(HR, "allstaff@bramblewoodresearch.com", "Holiday payroll deadlines", d, body)


@mail("clean", "staff")
def staff5():
    d = D(2025, 8, 20, 15, 48)
    body = """Shhh - don't reply-all with Kelsey on it (she's not on this one).

Kelsey's 10-year anniversary with Bramblewood is on Sept 4! She started as a research assistant when we had one study and four people in a single room above the pharmacy, and she's now trained pretty much every coordinator in this building.

Plan:
 - Potluck lunch Thurs 9/4, 12:00, break room. Sign-up sheet is on the fridge (we have 3 pasta salads already, someone please bring a main).
 - Card is in Derek's office, please sign by 9/2.
 - Collecting for a gift (spa day + a new pair of the clogs she lives in). Venmo or cash to Gina, suggested $10 but anything is fine.

Dr. R will say a few words, keep it short so we can eat.

Gina & Derek
"""
    return mk(GINA, "research-team-minus-kb@bramblewoodresearch.com", "Kelsey's 10 years - potluck 9/4 (SECRET)", d, body, cc=DEREK)


@mail("clean", "staff")
def staff6():
    d = D(2025, 8, 25, 11, 15)
    body = """Hi team,

Linh will be out from Tuesday 9/2 through Friday 9/12, back Monday 9/15.

Coverage:
 - VTX participants: Dana (primary), Kelsey (backup)
 - CLB participants: Tomás
 - OSP device calls: Dana, Greg Feld knows to copy her
 - Linh's Thursday data-entry block: Yusuf will enter diaries under Dana's review

Linh's out-of-office will point to the main line. Please don't text her with questions, she's earned the break. Handover notes are in CTMS under each participant.

Kelsey
"""
    return mk(KELSEY, "research-team@bramblewoodresearch.com", "Linh out 9/2-9/12 - coverage", d, body)


@mail("clean", "staff")
def staff7():
    d = D(2025, 9, 8, 8, 30)
    body = """Please join me in welcoming Noor Farouk, who starts today as a Clinical Research Coordinator!

Noor comes to us from the oncology trials unit at a university hospital, where she coordinated Phase 1 and 2 studies for four years. She is a CCRP, speaks Arabic and French, and will start on HLX-207 and the new HLX-311 study.

Her first two weeks:
 - Mon-Tue: HR onboarding, IT setup (badge, laptop, CTMS access), SOP reading
 - Wed: shadowing Kelsey on VTX visits
 - Thu-Fri: sponsor LMS training, GCP/IATA certificates to Renata
 - Week 2: shadowing Bea on HLX visits

Her desk is next to Tomás in the coordinator pod. Extension 155, email nfarouk@bramblewoodresearch.com.

Say hi and take her to lunch!

Derek Haugland
Site Director
"""
    return mk(DEREK, "allstaff@bramblewoodresearch.com", "Welcome Noor Farouk, CRC", d, body,
              atts=[("bcr_logo.png", make_png(), "image", "png")])

# =============================================================== CLEAN: training
@mail("clean", "training")
def train1():
    d = D(2025, 6, 3, 13, 0)
    body = """GCP refresher - in-house quiz (10 questions). Answer key at the bottom, please don't scroll ahead :)

1. Who is ultimately responsible for the conduct of the trial at the site?
   a) the lead coordinator  b) the sponsor  c) the principal investigator  d) the IRB
2. A participant signs the consent form but the coordinator forgets to sign and date. What should happen?
3. How quickly must the PI report an SAE to the sponsor under most protocols?
4. True/false: a sub-investigator can perform a task not listed next to their name on the delegation log as long as the PI is in the building.
5. What is ALCOA+?
6. A monitor asks to take a copy of a source document home. Acceptable?
7. When can a participant be given study drug from a shipment with an unresolved temperature excursion?
8. Name two items that must be in the regulatory binder before the first participant is screened.
9. True/false: a screen failure's pre-screening data may be kept indefinitely.
10. What do you do if you realize you used an outdated consent version?

ANSWERS
1 c. 2 Coordinator signs/dates with the current date and writes a note explaining the late signature; never backdate. 3 Within 24 hours of awareness. 4 False. 5 Attributable, Legible, Contemporaneous, Original, Accurate + Complete, Consistent, Enduring, Available. 6 No. 7 Only after the sponsor releases it in writing. 8 e.g. IRB approval letter, signed 1572, delegation log, CVs/licences, lab certifications. 9 False - follow the study's retention plan. 10 Report as a deviation, re-consent on the current version at the earliest opportunity, notify the IRB per its policy.

Renata
"""
    return mk(RENATA, "research-team@bramblewoodresearch.com", "GCP refresher quiz - due 6/30", d, body)


@mail("clean", "training")
def train2():
    d = D(2025, 11, 10, 16, 20)
    rows = [["Step", "Action", "Test data", "Expected result", "Pass/Fail", "Tester", "Date"],
            [1, "Create subject in CTMS training env", "Last: TEST, First: PATIENT-A, DOB 01/01/1900", "Subject TRN-0001 created", "", "", ""],
            [2, "Enroll TRN-0001 to HLX-311 (training)", "Consent date 11/12/2025, ICF v1.0 (TRAINING)", "Status = Consented", "", "", ""],
            [3, "Schedule Screening visit", "11/13/2025 09:00", "Visit appears on calendar", "", "", ""],
            [4, "Complete visit, enter vitals", "BP 120/80, HR 72, Wt 80 kg", "Visit status = Complete; billable flag = Y", "", "", ""],
            [5, "Screen-fail TRN-0002", "Last: TEST, First: PATIENT-B, DOB 02/02/1900; reason 'I/E 4'", "Status = Screen Fail; SF fee line created", "", "", ""],
            [6, "Run invoice report", "Study HLX-311 (training), Nov 2025", "2 lines: screening visit + SF fee", "", "", ""],
            [7, "Delete training subjects", "TRN-0001, TRN-0002", "Subjects removed; audit trail retained", "", "", ""]]
    body = """Hi all,

Before we build HLX-311 in the live CTMS, please run the attached UAT script in the TRAINING environment (https://train.researchtrack-ctms.com/bcr). Only use the fake subjects listed in the script (TEST, PATIENT-A and TEST, PATIENT-B, DOB 01/01/1900 and 02/02/1900) - never enter a real person in training.

Record pass/fail, your initials and the date, and screenshot any failure. Due Friday 11/14.

Assignments: Noor steps 1-4, Yusuf steps 5-7, Kelsey reviews.

Thanks,
Kelsey
"""
    return mk(KELSEY, [P("Noor Farouk", s("nfarouk")), YUSUF], "UAT script - HLX-311 CTMS build (training env)", d, body,
              atts=[("HLX-311_CTMS_UAT_Script_v0.3.xlsx", make_xlsx(rows, "UAT"), *XLSX_CT)])


@mail("clean", "training")
def train3():
    d = D(2025, 7, 9, 12, 30)
    doc = make_docx([
        "**Journal club / case study: AE causality and seriousness",
        "This case is a composite written for training. It does not describe any real participant; ages, dates and details are invented.",
        "**Case",
        "A participant in their 60s enrolled in a blinded trial of an oral glucose-lowering agent. At Week 10 they report two episodes of shakiness and sweating before lunch, relieved by juice. Home glucose readings at the time were 52 and 61 mg/dL. They take a sulfonylurea as background therapy. On Day 80 they are found on the floor by a family member, confused; EMS glucose is 38 mg/dL. They are admitted overnight and discharged the next day.",
        "**Questions",
        "1. Which events are AEs? Which is serious, and by which criterion?",
        "2. How would you assess relatedness to study drug given the background sulfonylurea?",
        "3. What are the reporting timelines to the sponsor and the IRB?",
        "4. What would you ask the participant at the next visit to complete the AE forms?",
        "**Discussion points",
        "Hospitalization meets the serious criterion. Causality: at least possibly related; the sulfonylurea is a plausible alternative cause, but the study drug cannot be excluded. SAE to sponsor within 24 h; the IRB only if unanticipated and related per its policy.",
    ])
    body = """For Thursday's journal club, the case is attached (de-identified composite - Dr. O wrote it from several published reports, no one from our studies). Please read it and come with answers to the 4 questions. 30 minutes, lunch provided.

Marcus
"""
    return mk(MARCUS, "research-team@bramblewoodresearch.com", "Journal club Thurs - AE causality case", d, body,
              atts=[("Case_Study_AE_Causality.docx", doc, *DOCX_CT)])


@mail("clean", "training")
def train4():
    d = D(2025, 2, 4, 10, 0)
    body = """Mock audit exercise - Thursday 2/6, 1-4 PM

QA has set up three mock participant shadow charts in the training room (green binders labelled "MOCK - FOR TRAINING ONLY"). The participants are fictitious:

  MOCK-001  "Jane Sample"     DOB 01/01/1950   fictional VTX-style diabetes study
  MOCK-002  "John Q. Example" DOB 06/15/1962   fictional device study
  MOCK-003  "Maria Prueba"    DOB 03/03/1975   fictional migraine study, Spanish ICF

Each binder has 5-8 planted problems (e.g. consent signed after the first procedure, missing PI sign-off on a lab report, a dosing error not reported as a deviation, an eligibility criterion not documented). Work in pairs, find as many as you can, and write them up as audit findings with severity (critical / major / minor).

We'll debrief at 3:30 and compare against the answer key. This is practice for the Calderon sponsor audit in March.

Wendell Ashby
Quality Assurance Manager
"""
    return mk(QA, "coordinators@bramblewoodresearch.com", "Mock audit exercise Thursday 2/6", d, body, cc=[ANITA, DEREK])


@mail("clean", "training")
def train5():
    d = D(2025, 4, 22, 15, 42)
    hl7 = "\n".join([
        "MSH|^~\\&|SBLAB|STBRENDAN|BCR_RES|BRAMBLEWOOD|20250422153000||ORU^R01^ORU_R01|TST0000000001|T|2.5.1",
        "PID|1||ZZ9999001^^^STBRMC^MR||ZZTEST^LABINTERFACE^A||19000101|U|||1 TEST ST^^TESTVILLE^PA^00000",
        "PV1|1|O|OUTPT^LAB",
        "OBR|1|TST-0001|SB-L-0000001|80048^BASIC METABOLIC PANEL^CPT4|||20250422150000|||||||||9999999999^INTERFACE^TEST||||||20250422152900|||F",
        "OBX|1|NM|2345-7^Glucose^LN||99|mg/dL|70-99|N|||F",
        "OBX|2|NM|2823-3^Potassium^LN||9.9|mmol/L|3.5-5.1|HH|||F",
    ])
    body = """Hi Rafael,

Interface validation for the new results feed to our inbox - step 4 of the validation plan. Please send this message through the TEST channel (processing ID "T"). It's the standard fake patient ZZTEST^LABINTERFACE, MRN ZZ9999001, DOB 1900-01-01; the K of 9.9 is deliberately out of range so we can check that the critical flag (HH) shows up in red on our side.

""" + hl7 + """

Expected on our side: message lands in the TEST queue, not the live inbox; HH flag displays; no alert page to the on-call.

Thanks,
Gina
(for Kelsey, who owns the validation plan)
"""
    return mk(GINA, "Rafael Ocampo <rocampo@stbrendanrmc.org>", "Interface validation step 4 - test ORU (ZZTEST)", d, body, cc=[KELSEY, IT])


@mail("clean", "training")
def train6():
    d = D(2025, 9, 18, 9, 12)
    body = """Consent role-play for Noor's onboarding - Monday 9/22, 2 PM, exam room 2

Scenario (fictional):
"Mr. Daniel Roe", a fictional 67-year-old retired bus driver, is interested in HLX-311. He brings his adult daughter. He reads English well but is hard of hearing. Partway through, he asks: "If I get the placebo, will my breathing get worse?" and "Will my insurance find out I'm in this?" He wants to take the consent home and think about it.

Roles: Noor = coordinator obtaining consent; Tomás = "Mr. Roe"; Yusuf = "daughter"; Bea observes with the checklist.

What we're looking for:
 - Correct ICF version, all pages initialed where required
 - Plain-language explanation of randomization and placebo
 - Honest answer on insurance / confidentiality (point to the section, don't promise more than the form says)
 - Offering time to take it home; no procedures before signature
 - Documentation note covers who was present, questions asked, copy given

Use the TRAINING copy of the ICF (watermarked "SPECIMEN"). 20 min role-play + 10 min feedback.

Kelsey
"""
    return mk(KELSEY, [P("Noor Farouk", s("nfarouk")), TOMAS, YUSUF, BEA], "Consent role-play - Mon 9/22", d, body)


# =============================================================== main
EXPECTED = OrderedDict([
    (("phi", "care"), 8), (("phi", "ids"), 8), (("phi", "lang"), 8), (("phi", "lists"), 7),
    (("phi", "names"), 8), (("phi", "self"), 7), (("phi", "struct"), 7),
    (("clean", "admin"), 7), (("clean", "lookalike"), 7), (("clean", "news"), 6),
    (("clean", "staff"), 7), (("clean", "training"), 6),
])


def main():
    if len(sys.argv) != 2:
        print("usage: python3 gen.py OUTDIR", file=sys.stderr)
        sys.exit(2)
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    counters = OrderedDict((k, 0) for k in EXPECTED)
    rows = []
    for label, kind, patient, fn in REG:
        counters[(label, kind)] += 1
        name = "%s-%s-%03d.eml" % (label, kind, counters[(label, kind)])
        msg = fn()
        with open(os.path.join(outdir, name), "wb") as f:
            f.write(msg.as_bytes(policy=SMTP))
        rows.append([name, label, kind, patient])
    with open(os.path.join(outdir, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    bad = [(k, counters[k], v) for k, v in EXPECTED.items() if counters[k] != v]
    for (label, kind), n in counters.items():
        print("%s-%s: %d" % (label, kind, n))
    print("total: %d" % sum(counters.values()))
    if bad:
        print("COUNT MISMATCH: %r" % bad, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
