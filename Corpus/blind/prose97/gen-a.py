#!/usr/bin/env python3
"""Generate a blind evaluation set of e-mail for a union health & welfare fund office.

Usage: python3 gen.py OUTDIR

Everything here is invented: people, organisations, numbers, addresses.
Standard library only; deterministic (random.seed(SEED)).
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
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime, formataddr

SEED = 9701
random.seed(SEED)

# ---------------------------------------------------------------------------
# organisations (all invented)
# ---------------------------------------------------------------------------
FUND = "Midstate Laborers Health & Welfare Fund"
FD = "midstatelhwf.org"
FUND_ADDR = "2150 Commerce Park Drive, Suite 300, Harwick, PA 17934"
FUND_PHONE = "(570) 555-0140"
FUND_FAX = "(570) 555-0149"

LOCAL412 = "local412laborers.org"
LOCAL87 = "laborers87.org"
DC = "mdclaborers.org"
CONSULT = "harlancross.com"
AUDIT = "dunmorepratt.com"
COUNSEL = "blhlaw.com"
PBM = "clearscriptrx.net"
UR = "cornerstoneur.com"
PPO = "alliedppn.com"
RIVERBEND = "riverbendmed.org"
STCAS = "stcasimirhealth.org"
LAKESHORE = "lakeshorept.com"
NORTHGATE = "northgateimaging.com"
BRIGHTLINE = "brightlinedental.com"
METRORIDE = "metroridemt.com"
PORTAL = "benefitbridge.net"
MEMBER_DOMAINS = ["quickmail.net", "inboxly.com", "homewire.net", "cellmsg.net",
                  "pamail.net", "myinbox.org", "valleynet.com", "postbox.net"]

# fund office staff: key -> (name, email, title, direct line)
STAFF = {
    "admin":    ("Gregory Paszek", "gpaszek@" + FD, "Fund Administrator", "x101"),
    "claimsup": ("Annette Rudd", "arudd@" + FD, "Claims Supervisor", "x122"),
    "luz":      ("Luz Carrillo", "lcarrillo@" + FD, "Claims Examiner II", "x131"),
    "devon":    ("Devon Marsh", "dmarsh@" + FD, "Claims Examiner", "x133"),
    "kathy":    ("Kathy Nguyen-Ortiz", "knguyenortiz@" + FD, "Senior Claims Examiner", "x129"),
    "elig":     ("Brianna Tull", "btull@" + FD, "Eligibility Clerk", "x114"),
    "eligsup":  ("Rosa Delgado", "rdelgado@" + FD, "Eligibility & Contributions Supervisor", "x112"),
    "nurse":    ("Maureen Falco", "mfalco@" + FD, "RN, CCM - Nurse Case Manager", "x150"),
    "appeals":  ("Tom Gerrity", "tgerrity@" + FD, "Appeals Coordinator", "x117"),
    "dis":      ("Sharonda Wells", "swells@" + FD, "Disability & Sick Benefits Specialist", "x141"),
    "it":       ("Pete Lindqvist", "plindqvist@" + FD, "IT / Systems", "x190"),
    "office":   ("Carol Ambrose", "cambrose@" + FD, "Office Manager", "x100"),
    "ms":       ("Jamal Whitfield", "jwhitfield@" + FD, "Member Services Representative", "x160"),
    "hr":       ("Linda Sorensen", "lsorensen@" + FD, "HR & Payroll", "x105"),
    "cobra":    ("Irene Tomaszewski", "itomaszewski@" + FD, "COBRA & Self-Pay", "x118"),
    "asstadm":  ("Darnell Pryce", "dpryce@" + FD, "Assistant Fund Administrator", "x102"),
}
# union side
BA_FRANK = ("Frank DiSalvo", "fdisalvo@" + LOCAL412, "Business Agent, Laborers' Local 412")
BA_RAY = ("Ray Okonkwo", "rokonkwo@" + LOCAL412, "Business Manager, Laborers' Local 412")
STEW_MARIO = ("Mario Benavides", "mbenavides@" + LOCAL87, "Shop Steward, Local 87")
BA_TERESA = ("Teresa Kulik", "tkulik@" + LOCAL87, "Business Agent, Laborers' Local 87")
# consultants / auditors
NINA = ("Nina Feldstein", "nfeldstein@" + CONSULT, "Senior Consultant, Harlan Cross Benefit Consulting")
VICTOR = ("Victor Amsel", "vamsel@" + CONSULT, "Consulting Actuary, Harlan Cross Benefit Consulting")
KEVIN = ("Kevin Osei", "kosei@" + AUDIT, "Audit Senior, Dunmore & Pratt LLP")
RACHEL = ("Rachel Lindgren", "rlindgren@" + AUDIT, "Audit Manager, Dunmore & Pratt LLP")


def A(key_or_tuple):
    """Formatted address for a staff key or a (name, email, ...) tuple."""
    if isinstance(key_or_tuple, str):
        t = STAFF[key_or_tuple]
    else:
        t = key_or_tuple
    return formataddr((t[0], t[1]))


def N(key):
    return STAFF[key][0]


def first(key):
    return STAFF[key][0].split()[0]


def sig(key, short=False):
    name, email, title, ext = STAFF[key]
    if short:
        return "%s\n%s\n%s %s" % (name, title, FUND_PHONE, ext)
    return ("%s\n%s\n%s\n%s\nPhone %s %s | Fax %s\n%s" %
            (name, title, FUND, FUND_ADDR, FUND_PHONE, ext, FUND_FAX, email))


FUND_NOTICE = (
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the "
    "person or entity to which they are addressed and may contain information that is "
    "privileged, confidential or otherwise protected from disclosure. If you are not the "
    "intended recipient, please notify the sender by reply e-mail and delete the message. "
    "Any review, retransmission or other use of this information by persons other than the "
    "intended recipient is prohibited.")

FUND_NOTICE_SHORT = ("This message is intended only for the addressee and may contain "
                     "confidential information. If you received it in error please "
                     "notify the sender and delete it.")

# ---------------------------------------------------------------------------
# random helpers
# ---------------------------------------------------------------------------
FIRST_M = ["Dale", "Luis", "Dwayne", "Marcus", "Anthony", "Glenn",
           "Brian", "Piotr", "Terrence", "Gary", "Darius", "Ronnie",
           "Shawn", "Vincent", "Curtis", "Eddie", "Wesley", "Roberto", "Nate", "Lamar",
           "Chinedu", "Jesse", "Rudy", "Keith"]
FIRST_F = ["Donna", "Lorna", "Yolanda", "Tina", "Kendra", "Angela", "Shirley",
           "Renee", "Gloria", "Krystal", "Beata", "Denise", "Tamika", "Carla", "Josephine",
           "Dawn", "Latoya", "Colleen"]
LAST = ["Pruitt", "Castellano", "Haskett", "Ortega", "Hollis",
        "Pierce", "Mahoney", "Reyes", "Brzezinski",
        "Washington", "Lombardi", "Fitzgerald", "Dombrowski", "Alvarado", "Szymanski",
        "Callahan", "McBride", "Ruiz", "Jankowski", "Sabatino", "Okafor", "Vance",
        "Duda", "Moretti", "Coleman", "Yost", "Petrakis", "Gallo",
        "Rinehart", "Boyle", "Esposito"]

_used_names = set()


def person(sex=None, last=None):
    """Return (first, last) never used before in this run."""
    for _ in range(500):
        s = sex or random.choice("MF")
        f = random.choice(FIRST_M if s == "M" else FIRST_F)
        l = last or random.choice(LAST)
        if (f, l) not in _used_names:
            _used_names.add((f, l))
            return f, l
    raise RuntimeError("name pool exhausted")


def digits(n):
    return "".join(random.choice("0123456789") for _ in range(n))


def member_id():
    return "ML" + str(random.randint(1000000, 9899999))


def claim_no(year=24, near=None):
    """Claim number YYDDD-NNNNN (receipt julian date); near= a date of service."""
    if near is not None:
        r = near + datetime.timedelta(days=random.randint(4, 25))
        return "%s%03d-%05d" % (r.strftime("%y"), r.timetuple().tm_yday, random.randint(100, 99999))
    return "%02d%03d-%05d" % (year, random.randint(5, 340), random.randint(100, 99999))


def ssn():
    return "%03d-%02d-%04d" % (random.randint(101, 665), random.randint(10, 99), random.randint(1000, 9999))


def dob(lo=1958, hi=2001):
    y = random.randint(lo, hi)
    m = random.randint(1, 12)
    d = random.randint(1, 28)
    return datetime.date(y, m, d)


def md(d):
    return "%d/%d/%d" % (d.month, d.day, d.year)


def mdy(d):
    return d.strftime("%m/%d/%Y")


def ymd(d):
    return d.strftime("%Y%m%d")


def money(lo, hi):
    return "%.2f" % (random.randint(int(lo * 100), int(hi * 100)) / 100.0)


def phone(area=None):
    area = area or random.choice(["570", "717", "484", "610", "272"])
    return "(%s) 555-%04d" % (area, random.randint(100, 199))


def tz_for(dt):
    # US Eastern 2024/2025: DST roughly Mar 10 - Nov 3
    d = dt.date() if isinstance(dt, datetime.datetime) else dt
    if datetime.date(d.year, 3, 10) <= d < datetime.date(d.year, 11, 3):
        return datetime.timezone(datetime.timedelta(hours=-4))
    return datetime.timezone(datetime.timedelta(hours=-5))


def rdate(lo=(2024, 1, 3), span=360, weekend_ok=False, hour=None):
    base = datetime.datetime(*lo)
    for _ in range(50):
        d = base + datetime.timedelta(days=random.randint(0, span))
        if weekend_ok or d.weekday() < 5:
            break
    h = hour if hour is not None else random.choice([7, 8, 8, 9, 9, 10, 10, 11, 13, 14, 14, 15, 16, 17])
    d = d.replace(hour=h, minute=random.randint(0, 59), second=random.randint(0, 59))
    return d.replace(tzinfo=tz_for(d))


def before(dt, hours_lo=1, hours_hi=72):
    d = dt - datetime.timedelta(hours=random.randint(hours_lo, hours_hi), minutes=random.randint(0, 59))
    return d.replace(tzinfo=tz_for(d))


def gmail_on(dt, name, email):
    return "On %s at %s, %s <%s> wrote:" % (
        dt.strftime("%a, %b %-d, %Y"), dt.strftime("%-I:%M %p"), name, email)


def outlook_hdr(dt, frm, to, subject, cc=None):
    s = "-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\n" % (
        frm, dt.strftime("%A, %B %-d, %Y %-I:%M %p"), to)
    if cc:
        s += "Cc: %s\n" % cc
    s += "Subject: %s\n" % subject
    return s


def outlook_from(dt, frm, to, subject, cc=None):
    s = "From: %s\nSent: %s\nTo: %s\n" % (frm, dt.strftime("%A, %B %-d, %Y %-I:%M %p"), to)
    if cc:
        s += "Cc: %s\n" % cc
    s += "Subject: %s\n" % subject
    return s


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


_mid_counter = [0]


def mkid(domain):
    _mid_counter[0] += 1
    style = random.randint(0, 2)
    if style == 0:
        return "<%016x.%d@%s>" % (random.getrandbits(64), _mid_counter[0], domain)
    if style == 1:
        return "<%s%s.%s@mail.%s>" % (random.choice(["CAF", "CAH", "BL1"]), digits(6),
                                     "%012X" % random.getrandbits(48), domain)
    return "<%08X-%04X-%04X-%04X-%012X@%s>" % (random.getrandbits(32), random.getrandbits(16),
                                                random.getrandbits(16), random.getrandbits(16),
                                                random.getrandbits(48), domain)


def build(frm, to, subject, body, date=None, cc=None, html=None, atts=(), headers=None,
          reply_to_id=None, mid_domain=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to if isinstance(to, str) else ", ".join(to)
    if cc:
        m["Cc"] = cc if isinstance(cc, str) else ", ".join(cc)
    m["Subject"] = subject
    dt = date or rdate()
    m["Date"] = format_datetime(dt)
    dom = mid_domain or frm.split("@")[-1].strip(">").strip()
    m["Message-ID"] = mkid(dom)
    if reply_to_id:
        m["In-Reply-To"] = reply_to_id
        m["References"] = reply_to_id
    m["MIME-Version"] = "1.0"
    for k, v in (headers or {}).items():
        m[k] = v
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    for fn, data, mtype in atts:
        maint, subt = mtype.split("/")
        if isinstance(data, str):
            m.add_attachment(data, subtype=subt, filename=fn)
        else:
            m.add_attachment(data, maintype=maint, subtype=subt, filename=fn)
    return m


def prev_id(domain):
    return mkid(domain)


def html_wrap(text, title=None, footer=None):
    """Simple HTML alternative from plain paragraphs."""
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = [p for p in text.split("\n\n")]
    out = ['<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">']
    if title:
        out.append("<h2 style=\"color:#1f3b63\">%s</h2>" % esc(title))
    for p in paras:
        out.append("<p>%s</p>" % esc(p).replace("\n", "<br>\n"))
    if footer:
        out.append('<p style="font-size:8pt;color:#777">%s</p>' % esc(footer))
    out.append("</body></html>")
    return "\n".join(out)


# ---------------------------------------------------------------------------
# binary attachment writers
# ---------------------------------------------------------------------------
ZDATE = (2024, 5, 6, 9, 30, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def _xml_esc(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet="Sheet1"):
    """rows: list of lists; numbers stay numbers, everything else inline strings."""
    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (_col(c), r)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _xml_esc(v)))
        sheet_rows.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % "".join(sheet_rows))
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
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _xml_esc(p)
                   for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % body)
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
    """A one-page PDF with plain Helvetica text lines."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = ["BT", "/F1 10 Tf", "50 750 Td", "13 TL"]
    for ln in lines:
        content.append("(%s) Tj T*" % esc(ln.encode("latin-1", "replace").decode("latin-1")))
    content.append("ET")
    stream = "\n".join(content).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
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
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def make_png(w=160, h=48, bg=(255, 255, 255), band=(31, 59, 99), blank=False):
    """A valid PNG: plain logo (coloured band + block) or a blank page."""
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            if blank:
                px = bg
            elif y < h // 5 or y >= h - h // 8:
                px = band
            elif 8 <= x < 8 + h // 2 and h // 4 <= y < h // 4 + h // 2:
                px = (200, 150, 40)
            else:
                px = bg
            row.extend(px)
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b""))


def make_ics(uid, start, end, summary, location, description, organizer):
    fmt = lambda d: d.strftime("%Y%m%dT%H%M%S")
    return ("BEGIN:VCALENDAR\r\nPRODID:-//Midstate LHWF//Scheduler//EN\r\nVERSION:2.0\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:%s\r\nDTSTAMP:%sZ\r\n"
            "DTSTART;TZID=America/New_York:%s\r\nDTEND;TZID=America/New_York:%s\r\n"
            "SUMMARY:%s\r\nLOCATION:%s\r\nDESCRIPTION:%s\r\nORGANIZER;CN=%s:mailto:%s\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n" % (
                uid, fmt(start), fmt(start), fmt(end), summary, location,
                description.replace("\n", "\\n"), organizer[0], organizer[1]))


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

# ===========================================================================
# PHI: care
# ===========================================================================
def gen_care():
    out = []

    # care 1: nurse case manager -> member's wife about rides, vendor confirmation quoted
    f, l = person("M")
    wife = random.choice(["Donna", "Shirley", "Gloria", "Renee"])
    dt = rdate(hour=15)
    pick = random.choice(["6:15", "6:30", "6:45"])
    trip1, trip2 = "MR-" + digits(7), "MR-" + digits(7)
    addr = "%d %s" % (random.randint(12, 980), random.choice(["Laurel St", "N. Poplar Ave", "Mill Rd", "Sycamore Ln"]))
    vend_dt = before(dt, 2, 6)
    vendor = ("Trip confirmation - standing order\n"
              "Rider: %s %s\nPickup: %s, Harwick PA\nDestination: St. Casimir Hospital, Outpatient Entrance B\n"
              "Days: TUE / THU  Pickup %s AM   Return will-call approx 11:00 AM\n"
              "Trip IDs: %s (Tue) %s (Thu)\nWheelchair: No   Escort: Yes (spouse)\n"
              "Billing: %s - auth on file\n\nMetroRide Medical Transport Scheduling | (570) 555-0188"
              % (f, l, addr, pick, trip1, trip2, FUND))
    body = ("Hi %s,\n\nGood news, I spoke with MetroRide this afternoon and %s is all set for the "
            "Tuesday and Thursday rides starting next week. They will pick him up at the house at %s in "
            "the morning and bring him back when he calls them after he's done (usually around 11). "
            "You can ride along with him, I told them you would be going.\n\n"
            "If the driver is more than 15 minutes late call them directly at (570) 555-0188 and give them "
            "the trip number. If anything changes with his schedule at the hospital just let me know and I'll "
            "update it.\n\nTake care of yourself too,\nMaureen\n\n%s\n\n---------- Forwarded message ---------\n"
            "From: MetroRide Scheduling <scheduling@%s>\nDate: %s\nSubject: Standing order confirmed\n"
            "To: %s\n\n%s\n\n%s"
            % (wife, f, pick, sig("nurse"), METRORIDE, vend_dt.strftime("%a, %b %-d, %Y at %-I:%M %p"),
               STAFF["nurse"][1], vendor, FUND_NOTICE))
    m = build(A("nurse"), formataddr(("%s %s" % (wife, l), "%s.%s@%s" % (wife.lower(), l.lower(), random.choice(MEMBER_DOMAINS)))),
              "Rides for %s - all set" % f, body, date=dt)
    out.append((m, "%s %s" % (f, l)))

    # care 2: claims examiner -> nurse, short: call member back about walker & shower chair
    f, l = person("M")
    dt = rdate()
    ph = phone()
    body = ("Maureen,\n\ncan you call %s %s back when you get a chance? Keystone Home Medical dropped off the "
            "walker and the shower chair last week but they still don't have the signed order from his doctor, "
            "so I can't pay it and now they're billing him. He's called 3 times today, pretty upset. "
            "His cell is %s.\n\nthx\nDevon\n\n%s" % (f, l, ph, sig("devon", short=True)))
    m = build(A("devon"), A("nurse"), "call back - %s" % l, body, date=dt)
    out.append((m, "%s %s" % (f, l)))

    # care 3: shop steward writes for member; reply from member services on top
    dt = rdate(lo=(2024, 4, 1), span=60)
    prev = before(dt, 20, 60)
    dep = random.choice(["Ola", "Kasia", "Zuzia"])
    body_prev = ("Hi Jamal,\n\nBrother Tomasz Wójcik from the Dunmore Street job asked me to reach out for him. "
                 "His daughter %s (19, full time at the community college, she is on his coverage) went to "
                 "pick up her refills Friday and the pharmacy told her the coverage ended 3/31. He worked "
                 "straight through the winter, I've seen his stubs, he has way more than 300 hours for the "
                 "quarter. The contractor is Hartman Paving.\n\nShe only has 2 days left of the one medicine. "
                 "Can you look at this today? Tomasz's cell is %s, he's on the job till 3:30.\n\n"
                 "In solidarity,\nMario Benavides\nShop Steward, Local 87\n%s" % (dep, phone(), phone()))
    body = ("Mario,\n\nThanks for flagging this. Hartman's March remittance came in late, it posted this "
            "morning and Tomasz is back in with no break. I called the pharmacy help desk at ClearScript and "
            "had them push the update through, so %s can go back and get her refills today. If the "
            "pharmacy still shows a problem have them call the number on the back of the card and give "
            "them my name.\n\nI also left Tomasz a voicemail.\n\nJamal\n\n%s\n\n%s\n\n%s\n\n%s"
            % (dep, sig("ms"), gmail_on(prev, STEW_MARIO[0], STEW_MARIO[1]), quote(body_prev), FUND_NOTICE_SHORT))
    m = build(A("ms"), A(STEW_MARIO), "RE: Brother Wojcik - daughter's refills denied at pharmacy", body,
              date=dt, cc=A("eligsup"))
    out.append((m, "%s Wójcik" % dep))

    # care 4: handover before vacation, one member
    f, l = person("M")
    wife = random.choice(["Colleen", "Dawn", "Josephine"])
    dt = rdate(lo=(2024, 7, 8), span=4, hour=16)
    body = ("Hi Sharonda, Annette,\n\nI'm out 7/15 through 7/26. Only one of mine that really needs "
            "watching while I'm gone:\n\n%s %s - home health visits keep going Mon/Wed/Fri through the 31st, "
            "the agency (Valley Visiting Nurses) will fax the updated visit notes on Fridays, just drop them in "
            "his folder. His wife %s may call about more supplies (gauze, tape, the bed pads) - ok to approve, "
            "it's under the standing auth through 8/31. He has his follow-up with Dr. Adeyemi on the 22nd at "
            "10:40, MetroRide is booked, trip # in the notes. If he misses it please call %s, not him, he "
            "doesn't pick up.\n\nSick benefit checks are going out on their own, nothing for you to do there.\n\n"
            "My cell is in the on-call list if something goes sideways.\n\nThanks!!\nMaureen\n\n%s"
            % (f, l, wife, wife, sig("nurse")))
    m = build(A("nurse"), [A("dis"), A("claimsup")], "coverage while I'm out 7/15-7/26", body, date=dt)
    out.append((m, "%s %s" % (f, l)))

    # care 5: member's wife (parent of adult dependant) writes in, phone sign-off
    f, l = person("M")
    mom = random.choice(["Tina", "Angela", "Carla", "Denise"])
    dad = random.choice(["Rick", "Joe", "Manny", "Steve"])
    dt = rdate(weekend_ok=True, hour=random.choice([20, 21, 22]))
    body = ("Hello,\n\nMy son %s came home from the hospital on Saturday. He is on his father's insurance "
            "(%s %s, Local 412). The discharge lady said he needs a hospital bed at the house and someone "
            "coming to the house to help him with his exercises 2 or 3 times a week and that we have to call "
            "the insurance to set it up. I called this morning and was on hold for a long time and then it "
            "disconnected.\n\nWho do I talk to? He is 24 and he can't do the stairs yet so he is sleeping on "
            "the couch. I'm worried about him.\n\nThank you\n%s %s\n%s\n\nSent from my phone"
            % (f, dad, l, mom, l, phone()))
    m = build(formataddr(("%s %s" % (mom, l), "%s%s%d@%s" % (mom.lower(), l.lower()[:4], random.randint(10, 99), random.choice(MEMBER_DOMAINS)))),
              "info@" + FD, "need help for my son", body, date=dt)
    out.append((m, "%s %s" % (f, l)))

    # care 6: physical therapy billing office asks about remaining visits
    f, l = person("F")
    d = dob(1962, 1990)
    dt = rdate(lo=(2024, 5, 20), span=20)
    mid = member_id()
    body = ("Good morning,\n\nWe have our patient %s %s (DOB %s, ID %s) scheduled for two more visits on "
            "6/12 and 6/14. Your representative told her on the phone she has used 18 of her 20 visits for the "
            "plan year. The therapist would like to add 6 more visits after that. Can you tell me if visits "
            "past 20 need to go through Cornerstone for approval, or is there a form we send to you?\n\n"
            "Thank you,\n\nPam Strickland\nFront Office / Billing\nLakeshore Physical Therapy\n"
            "Ph (570) 555-0171  Fax (570) 555-0172\n\nThis e-mail may contain confidential patient information."
            % (f, l, mdy(d), mid))
    m = build(formataddr(("Lakeshore PT Billing", "billing@" + LAKESHORE)), "claims@" + FD,
              "visit count question - %s, %s" % (l.upper(), f.upper()), body, date=dt)
    out.append((m, "%s %s" % (f, l)))

    # care 7: business agent asks nurse for help with supplies, nurse replies on top
    f, l = person("M")
    dt = rdate(hour=16)
    prev = before(dt, 3, 8)
    ph = phone()
    prev_body = ("Maureen,\n\n%s %s on the Route 81 job asked me to reach out. He gets his supplies from the "
                 "medical supply place on Front St and they're telling him the plan only pays for one box a "
                 "month and he goes through about one a week. He's been paying the rest out of pocket, like "
                 "$90 a box. He doesn't do email. Cell %s, best after 4.\n\nFrank\n\n--\n%s\n%s\n"
                 "Local 412 Hall: (570) 555-0122" % (f, l, ph, BA_FRANK[0], BA_FRANK[2]))
    body = ("Frank - I got a hold of %s this afternoon. The quantity limit is on the doctor's order, not on "
            "our end. I'm calling his doctor's office tomorrow to get a new order for the right amount and "
            "I'll have the supply place resubmit. He should keep his receipts and send them in with a claim "
            "form, I told him I'd mail him one.\n\nThanks for sending him my way.\n\nMaureen Falco, RN, CCM\n"
            "Nurse Case Manager\n%s %s\n\n%s\n%s"
            % (f, FUND_PHONE, STAFF["nurse"][3],
               outlook_hdr(prev, "%s <%s>" % (BA_FRANK[0], BA_FRANK[1]), "%s <%s>" % (N("nurse"), STAFF["nurse"][1]),
                           "%s - supplies" % f),
               prev_body))
    m = build(A("nurse"), A(BA_FRANK), "RE: %s - supplies" % f, body, date=dt)
    out.append((m, "%s %s" % (f, l)))

    # care 8: quick internal note about wife driving husband, mileage question
    dt = rdate()
    husband = random.choice(["Jean-Claude", "Jean-Robert", "Wilner"])
    miles = random.choice([38, 40, 44])
    body = ("Jamal - Mrs. Baptiste called again. She is driving %s to his treatments 3x a week, about %d "
            "miles each way, and asked if the fund pays for gas/mileage. We don't, but can you call her back "
            "and give her the MetroRide info and tell her Maureen can set up the rides for him? Her # is %s. "
            "She prefers French or Creole if Nadège is in.\n\nSharonda" % (husband, miles, phone()))
    m = build(A("dis"), A("ms"), "Baptiste - mileage?", body, date=dt)
    out.append((m, "%s Baptiste" % husband))
    return out


# ===========================================================================
# PHI: ids
# ===========================================================================
def gen_ids():
    out = []

    # ids 1: provider billing office, denial, no name
    dt = rdate(lo=(2024, 4, 1), span=120)
    cn, mid, d = claim_no(near=datetime.date(2024, 3, 14)), member_id(), dob(1970, 1992)
    billed = money(180, 900)
    body = ("Good afternoon,\n\nWe received a denial on the claim below with reason code 27 (expenses "
            "incurred after coverage terminated). The patient presented an active card at check-in and we "
            "verified through your IVR on the date of service.\n\n"
            "  Claim #:      %s\n  Member ID:    %s\n  Patient DOB:  %s\n  DOS:          03/14/2024\n"
            "  Billed:       $%s\n  Rendering:    Riverbend Medical Group - Family Medicine\n\n"
            "Please verify eligibility for that date of service and reprocess, or let us know what is needed "
            "from our office.\n\nThank you,\nSherri Vukovich\nPatient Accounts Representative\n"
            "Riverbend Medical Group Central Business Office\n(570) 555-0160 ext 4412\n\n"
            "NOTICE: This message may contain confidential patient information protected by federal and "
            "state law." % (cn, mid, mdy(d), billed))
    m = build(formataddr(("Sherri Vukovich", "svukovich@" + RIVERBEND)), "claims@" + FD,
              "Claim %s denial - eligibility" % cn, body, date=dt)
    out.append((m, ""))

    # ids 2: auditor follow-up on claims sample
    dt = rdate(lo=(2024, 3, 4), span=40)
    c1, c2 = claim_no(near=datetime.date(2024, 1, 22)), claim_no(near=datetime.date(2023, 11, 6))
    s1, s2 = member_id(), member_id()
    d1 = dob(2006, 2014)
    body = ("Hi Annette,\n\nFollowing up on the claims sample for the 12/31/2023 audit. We still need support "
            "for two items:\n\n"
            "Item 14 - Claim %s, subscriber %s, dependent DOB %s, paid $3,412.80 on 02/20/2024, "
            "CPT 29881. Please provide the precertification approval from Cornerstone and the itemized bill.\n\n"
            "Item 22 - Claim %s, subscriber %s, paid $1,118.40, other coverage indicator = Y. Please provide "
            "the COB questionnaire on file and the primary carrier's EOB.\n\n"
            "If easier, you can upload to the portal folder \"Claims Sample - Open Items\". We're hoping to "
            "close fieldwork by the 29th.\n\nThanks,\nKevin\n\nKevin Osei\nAudit Senior | Dunmore & Pratt LLP\n"
            "Employee Benefit Plan Audit Group\nD (717) 555-0133\n\n"
            "This communication is confidential and intended solely for the addressee."
            % (c1, s1, mdy(d1), c2, s2))
    m = build(A(KEVIN), A("claimsup"), "2023 audit - claims sample open items (14, 22)", body, date=dt,
              cc=A(RACHEL))
    out.append((m, ""))

    # ids 3: eligibility supervisor -> examiner, SSN last 4 + DOB
    dt = rdate(lo=(2024, 4, 8), span=30)
    last4 = digits(4)
    d = dob(1962, 1975)
    hrs = random.choice([168, 172, 184])
    body = ("Luz -\n\nMember w/ SSN ending %s, DOB %s: Hartman Paving's March remittance finally posted today, "
            "%d hrs for her, so she's eligible for Q2 with no gap. Can you reprocess her 4/3 office visit and the "
            "bloodwork that denied on the 12th? Also there's a pharmacy reversal pending at ClearScript, I "
            "already called them.\n\nThanks\nRosa\n\n%s" % (last4, md(d), hrs, sig("eligsup", short=True)))
    m = build(A("eligsup"), A("luz"), "reprocess - late remittance", body, date=dt)
    out.append((m, ""))

    # ids 4: PBM automated prior auth determination, initials only
    dt = rdate(hour=3)
    pa = "PA-%s-%s" % (dt.strftime("%y"), digits(6))
    mid, d = member_id(), dob(1965, 1990)
    start = dt.date()
    end = start + datetime.timedelta(days=183)
    body = ("ClearScript Rx - Prior Authorization Determination\n"
            "=================================================\n\n"
            "Plan Sponsor:    %s\nGroup:           MLHWF01\nPA Reference:    %s\n"
            "Member ID:       %s\nMember:          R. S.\nMember DOB:      %s\n"
            "Drug:            adalimumab 40 mg/0.4 mL pen, 2 pens per 28 days\n"
            "Prescriber NPI:  1%s\nDetermination:   APPROVED\nEffective:       %s - %s\n"
            "Criteria:        Step therapy met (methotrexate trial documented)\n\n"
            "This notice was generated automatically. Do not reply to this message. Questions: "
            "Plan Sponsor Services 1-800-555-0107.\n"
            % (FUND, pa, mid, mdy(d), digits(9), mdy(start), mdy(end)))
    m = build(formataddr(("ClearScript Rx Notifications", "no-reply@" + PBM)), "pharmacy@" + FD,
              "PA Determination %s - APPROVED" % pa, body, date=dt,
              headers={"Auto-Submitted": "auto-generated"})
    out.append((m, "R. S."))

    # ids 5: fund counsel on subrogation file, reply with paid totals
    dt = rdate(lo=(2024, 5, 1), span=120)
    prev = before(dt, 24, 90)
    sub = "SUB-2024-%04d" % random.randint(100, 400)
    mid = member_id()
    provs = [("ST CASIMIR HOSPITAL", "hospital"), ("HARWICK EMS", "ambulance"), ("RIVERBEND ORTHO", "physician/ortho"),
             ("RIVERBEND ORTHO", "physician/ortho"), ("LAKESHORE PT", "PT"), ("LAKESHORE PT", "PT"),
             ("ST CASIMIR HOSPITAL", "hospital")]
    dos_list = sorted(datetime.date(2024, 1, 19) + datetime.timedelta(days=random.randint(0, 95)) for _ in provs)
    dos_list[0] = datetime.date(2024, 1, 19)
    if provs[1][0] == "HARWICK EMS":
        dos_list[1] = datetime.date(2024, 1, 19)
    rng = {"hospital": (6000, 16000), "ambulance": (900, 1800), "physician/ortho": (1200, 4800), "PT": (600, 2400)}
    item = "Claim,DOS,Provider,Billed,Paid\n"
    sums = {}
    for (pv, cat), dd in zip(provs, dos_list):
        b = random.randint(*rng[cat]) + random.randint(0, 99) / 100.0
        pd = round(b * random.choice([0.48, 0.55, 0.62, 0.7]), 2)
        sums[cat] = sums.get(cat, 0) + pd
        cn_ = "24%03d-%05d" % (dd.timetuple().tm_yday + random.randint(6, 30), random.randint(100, 99999))
        item += "%s,%s,%s,%.2f,%.2f\n" % (cn_, mdy(dd), pv, b, pd)
    c = lambda v: "{:,.2f}".format(v)
    total = c(sum(sums.values()))
    prev_body = ("Annette,\n\nRe: %s (DOA 01/19/2024). Plaintiff's counsel advises the third-party "
                 "liability case is in mediation next month. Please send an updated itemization of "
                 "accident-related charges paid by the Fund for this participant (ID %s) so we can update "
                 "the lien letter. Please also confirm whether any charges are still pending.\n\n"
                 "Regards,\nMichael Halpern\nBrennan Loft & Halpern, P.C.\nFund Counsel\n(717) 555-0191"
                 % (sub, mid))
    body = ("Michael,\n\nUpdated itemization attached. Total paid to date on %s is $%s (hospital $%s, "
            "physician/ortho $%s, PT $%s, ambulance $%s). One claim pending, the follow-up imaging from 5/2, "
            "billed $1,240.00, should finalize next cycle.\n\nReimbursement agreement signed by the participant "
            "is on file dated 2/6/24.\n\nAnnette\n\n%s\n\n%s\n%s\n\n%s"
            % (sub, total, c(sums["hospital"]), c(sums["physician/ortho"]), c(sums["PT"]), c(sums["ambulance"]),
               sig("claimsup"), outlook_hdr(prev, "Michael Halpern <mhalpern@%s>" % COUNSEL,
                                             "%s <%s>" % (N("claimsup"), STAFF["claimsup"][1]),
                                             "%s - updated lien" % sub),
               prev_body, FUND_NOTICE))
    m = build(A("claimsup"), formataddr(("Michael Halpern", "mhalpern@" + COUNSEL)),
              "RE: %s - updated lien" % sub, body, date=dt, atts=[("%s_itemization.csv" % sub, item, "text/csv")])
    out.append((m, ""))

    # ids 6: Medicare MBI, partial name
    dt = rdate(lo=(2024, 6, 10), span=60)
    mbi = "%d%s%s%d-%s%s%d-%s%s%d%d" % (random.randint(1, 9), random.choice("ACDEFGHJKM"), random.choice("E4G7T"),
                                        random.randint(0, 9), random.choice("TEKQ"), random.choice("5D8W"),
                                        random.randint(0, 9), random.choice("MKPR"), random.choice("KXY"),
                                        random.randint(0, 9), random.randint(0, 9))
    claims = ["24%03d-%05d" % (random.randint(155, dt.timetuple().tm_yday - 2), random.randint(100, 99999)) for _ in range(3)]
    body = ("Annette / Kathy,\n\nRetiree J. Kowalczyk (retiree ID %s) sent in his Medicare card, MBI %s, Part A "
            "and Part B effective 06/01/2024. He needs to flip to Medicare primary / retiree plan secondary "
            "as of 6/1.\n\nThese 3 paid primary since then and will need to be adjusted and the providers "
            "asked to bill Medicare first:\n\n  %s\n  %s\n  %s\n\nI updated the COB screen this morning. "
            "Letter to him went out today.\n\nIrene" % (member_id(), mbi, claims[0], claims[1], claims[2]))
    m = build(A("cobra"), [A("claimsup"), A("kathy")], "Medicare primary eff 6/1 - Kowalczyk", body, date=dt)
    out.append((m, "J. Kowalczyk"))

    # ids 7: disability claim -> physician office, DOB only
    dt = rdate(lo=(2024, 8, 1), span=30)
    wd = "WD-24-%05d" % random.randint(100, 900)
    d = dob(1966, 1985)
    body = ("Dear Dr. Mendez's office,\n\nRE: Weekly Disability Claim %s\n    Patient DOB: %s\n\n"
            "We received the Attending Physician Statement for your patient on %s. Section 4 (expected "
            "return-to-work date and restrictions) was left blank, and we cannot continue weekly benefits "
            "past %s without it.\n\nPlease complete section 4 and fax it back to %s, attention Disability "
            "Unit. A copy of the page is attached.\n\nThank you,\n\n%s\n\n%s"
            % (wd, mdy(d), mdy(dt.date() - datetime.timedelta(days=5)),
               mdy(dt.date() + datetime.timedelta(days=9)), FUND_FAX, sig("dis"), FUND_NOTICE))
    pdf = make_pdf(["MIDSTATE LABORERS HEALTH & WELFARE FUND", "ATTENDING PHYSICIAN STATEMENT - WEEKLY DISABILITY",
                    "", "Claim No: %s          Patient DOB: %s" % (wd, mdy(d)),
                    "Date disability began: 07/22/2024", "Diagnosis: S83.241A medial meniscus tear, right knee",
                    "Surgery performed: arthroscopic partial meniscectomy 07/25/2024",
                    "", "SECTION 4 - RETURN TO WORK", "Expected RTW date: ____________",
                    "Restrictions: ____________________________________", "",
                    "Physician signature: ______________________   Date: ________"])
    m = build(A("dis"), formataddr(("Riverbend Orthopedics", "ortho.forms@" + RIVERBEND)),
              "Disability claim %s - section 4 missing" % wd, body, date=dt,
              atts=[("APS_%s_p2.pdf" % wd, pdf, "application/pdf")])
    out.append((m, ""))

    # ids 8: COBRA self-pay account, dependant DOB, held claims
    dt = rdate(lo=(2024, 7, 29), span=6)
    acct = "00" + digits(6)
    d = dob(2012, 2018)
    body = ("Devon,\n\nSelf-pay acct %s - July premium came in 7/29, inside the grace period, so coverage is "
            "continuous. Please release the claims we were holding for the dependent (DOB %s): the ER visit on "
            "7/6 and the follow-up on 7/9 at Riverbend pediatrics. There may also be a lab from the ER still "
            "in pend.\n\nThx, Irene\n\n%s" % (acct, md(d), sig("cobra", short=True)))
    m = build(A("cobra"), A("devon"), "release held claims - acct %s" % acct, body, date=dt)
    out.append((m, ""))
    return out

# ===========================================================================
# PHI: lang (non-English)
# ===========================================================================
def member_addr(name, handle=None):
    h = handle or (name.lower().replace(" ", ".") + str(random.randint(1, 99)))
    return formataddr((name, "%s@%s" % (h, random.choice(MEMBER_DOMAINS))))


def gen_lang():
    out = []

    # lang 1: Spanish, member about wife's surgery bill; forwarded by member services to examiner
    dt = rdate(lo=(2024, 3, 1), span=60)
    prev = before(dt, 18, 70)
    mid = member_id()
    amt = random.choice(["2,340.00", "1,876.50", "2,912.00"])
    sp = ("Buenas tardes,\n\nLes escribo porque recibí una factura del Hospital St. Casimir por $%s por la "
          "operación de mi esposa, Maribel Quintero, el 12 de febrero (le sacaron la vesícula). Ustedes me "
          "mandaron una carta que dice que falta información de otro seguro. Mi esposa no tiene otro seguro, "
          "ella no trabaja desde el año pasado. ¿Qué tengo que mandar para que paguen? Ya llamé dos veces y "
          "nadie me regresó la llamada.\n\nMi número de miembro es %s.\n\nGracias,\nHéctor Quintero\n"
          "Local 87\n%s" % (amt, mid, phone()))
    body = ("Luz - can you take this one? Spouse has no other coverage, he says. I'll mail him the COB "
            "questionnaire in Spanish but if he calls again maybe you can do it over the phone with him.\n\n"
            "Jamal\n\n---------- Forwarded message ---------\nFrom: Héctor Quintero <hquintero.87@%s>\n"
            "Date: %s\nSubject: factura del hospital de mi esposa\nTo: info@%s\n\n%s"
            % (random.choice(MEMBER_DOMAINS), prev.strftime("%a, %b %-d, %Y at %-I:%M %p"), FD, sp))
    m = build(A("ms"), A("luz"), "Fwd: factura del hospital de mi esposa", body, date=dt)
    out.append((m, "Maribel Quintero"))

    # lang 2: Polish, business agent to Polish-speaking staff member about a member's sick benefit
    dt = rdate(lo=(2024, 6, 3), span=40)
    ph = phone()
    body = ("Cześć Irena,\n\npiszę w sprawie Bogdana Szymańskiego z Local 87 (pracuje u Kowalski Construction). "
            "Miał operację kolana trzy tygodnie temu w St. Casimir i do tej pory nie dostał ani jednego czeku z "
            "sick benefit. Mówi, że wysłał formularz razem z zaświadczeniem od lekarza jeszcze w maju. Lekarz "
            "mówi, że nie wróci do pracy przed końcem lipca, a on ma rodzinę i kredyt, więc jest mocno "
            "zdenerwowany.\n\nPo angielsku mu ciężko, woli rozmawiać po polsku. Możesz do niego zadzwonić albo "
            "przekazać to Sharondzie? Tel. %s, najlepiej po 17:00.\n\nDzięki wielkie,\nTeresa\n\n"
            "--\nTeresa Kulik\nBusiness Agent, Laborers' Local 87\n(570) 555-0187" % ph)
    m = build(A(BA_TERESA), A("cobra"), "Bogdan Szymański - sick benefit", body, date=dt)
    out.append((m, "Bogdan Szymański"))

    # lang 3: Portuguese, wife about husband's weekly disability
    dt = rdate(lo=(2024, 6, 20), span=30, hour=19)
    mid = member_id()
    body = ("Boa tarde,\n\nMeu marido, Rafael Moreira, está afastado do trabalho desde 10 de junho por causa de "
            "uma hérnia de disco. Ele mandou o formulário preenchido pelo médico no dia 14, mas até agora não "
            "recebeu nenhum pagamento do auxílio semanal. Ele tem consulta com o ortopedista de novo no dia 2 "
            "e talvez precise fazer cirurgia.\n\nVocês podem me dizer se falta algum documento? O número de "
            "membro dele é %s. Ele fala pouco inglês, por isso estou escrevendo por ele.\n\n"
            "Obrigada,\nLuciana Moreira\n%s" % (mid, phone()))
    m = build(member_addr("Luciana Moreira", "lu.moreira"), "disability@" + FD,
              "auxílio semanal - Rafael Moreira", body, date=dt)
    out.append((m, "Rafael Moreira"))

    # lang 4: Vietnamese, member about son's dental bill
    dt = rdate(lo=(2024, 9, 9), span=30, hour=20)
    mid = member_id()
    body = ("Chào anh chị,\n\nTôi là Nguyễn Văn Hùng, số thẻ thành viên %s. Con trai tôi, Nguyễn Minh Khoa "
            "(sinh ngày 14/03/2012), đi nha sĩ ở Brightline Dental ngày 5 tháng 9 để trám hai cái răng và chụp "
            "X-quang. Phòng nha gửi hóa đơn cho tôi $486 và nói bảo hiểm từ chối.\n\nXin cho tôi biết tại sao "
            "bị từ chối và tôi cần làm gì. Cháu còn hẹn trám thêm một cái răng nữa vào tháng sau.\n\n"
            "Cảm ơn anh chị nhiều,\nHùng\nĐT: %s" % (mid, phone()))
    m = build(member_addr("Hung Nguyen", "hungnguyen.vn"), "info@" + FD,
              "Hỏi về hóa đơn nha sĩ của con tôi", body, date=dt)
    out.append((m, "Nguyễn Minh Khoa"))

    # lang 5: Haitian Creole, member about blood pressure / diabetes meds at pharmacy
    dt = rdate(lo=(2024, 4, 2), span=25, hour=7)
    body = ("Bonjou,\n\nMwen rele Wilner Estimé, mwen se manm Local 412. Famasi a di m kat asirans mwen pa bon "
            "ankò, yo pa vle ban m medikaman tansyon mwen ak medikaman sik mwen. Mwen te travay tout mwa janvye, fevriye "
            "ak mas ak Delmar Concrete. Tanpri, èske nou ka tcheke sa pou mwen? Mwen pa gen medikaman ankò depi "
            "3 jou.\n\nNimewo manm mwen: %s\nDat nesans: %s\n\nMèsi anpil,\nWilner Estimé\nTelefòn: %s"
            % (member_id(), mdy(dob(1964, 1978)), phone()))
    m = build(member_addr("Wilner Estime", "westime"), "info@" + FD, "Medikaman mwen - famasi", body, date=dt)
    out.append((m, "Wilner Estimé"))

    # lang 6: Tagalog / Taglish, dependant spouse about prenatal ultrasound bill
    dt = rdate(lo=(2024, 8, 12), span=15, hour=21)
    mid = member_id()
    body = ("Hello po,\n\nAko po si Maricel Santos, asawa ni Jerome Santos (member ID %s). Buntis po ako, "
            "20 weeks na, at nagpa-ultrasound po ako sa Northgate Imaging noong Agosto 8 kasi pinagawa ng OB "
            "ko. Nakatanggap po kami ng bill na $640, sabi po nila hindi daw covered kasi kulang ang "
            "authorization. Covered po ba ang ultrasound sa pagbubuntis? May susunod po akong check-up sa "
            "Setyembre 5 at baka may isa pang ultrasound.\n\nPasensya na po at sa Tagalog ako sumulat, mas "
            "madali po sa akin.\n\nSalamat po,\nMaricel\n\nSent from my iPhone" % mid)
    m = build(member_addr("Maricel Santos", "maricel.santos"), "claims@" + FD,
              "ultrasound bill po", body, date=dt)
    out.append((m, "Maricel Santos"))

    # lang 7: Russian, retiree about hearing aid reimbursement
    dt = rdate(lo=(2024, 9, 16), span=40, hour=11)
    mid = member_id()
    body = ("Здравствуйте,\n\nМеня зовут Виктор Петренко, я пенсионер Local 412, номер участника %s. "
            "В июле я купил слуховые аппараты в Harwick Hearing Center за $3,200. Я отправил вам квитанцию и "
            "форму в начале августа, но ответа до сих пор нет. Врач сказал, что у меня потеря слуха на оба уха, "
            "заключение аудиолога я тоже приложил.\n\nПодскажите, пожалуйста, сколько фонд возмещает за "
            "слуховые аппараты и когда ждать чек.\n\nС уважением,\nВиктор Петренко\nтел. %s"
            % (mid, phone()))
    m = build(member_addr("Viktor Petrenko", "vpetrenko1952"), "claims@" + FD,
              "Возмещение за слуховые аппараты", body, date=dt)
    out.append((m, "Виктор Петренко"))

    # lang 8: Arabic, member about eyeglasses for daughter
    dt = rdate(lo=(2024, 10, 7), span=30, hour=18)
    mid = member_id()
    body = ("السلام عليكم،\n\nأنا أحمد منصور، عضو في النقابة المحلية رقم 87، ورقم العضوية %s. "
            "ابنتي ليلى (عمرها 9 سنوات) فحصت عينيها عند الدكتور في Riverbend Eye Care يوم 3 أكتوبر، "
            "والدكتور قال إنها تحتاج نظارة طبية لأنها لا ترى السبورة في المدرسة.\n\n"
            "هل التأمين يغطي النظارة؟ وكم مرة في السنة يمكن تغييرها؟ وهل أدفع أنا أولاً ثم أرسل لكم الفاتورة؟\n\n"
            "شكراً جزيلاً،\nأحمد منصور\nهاتف: %s" % (mid, phone()))
    m = build(member_addr("Ahmed Mansour", "ahmed.mansour87"), "info@" + FD, "سؤال عن نظارة لابنتي", body, date=dt)
    out.append((m, "ليلى منصور"))
    return out

# ===========================================================================
# PHI: lists
# ===========================================================================
def gen_lists():
    out = []

    # lists 1: nurse case manager weekly caseload, aligned table in body
    dt = rdate(hour=16)
    rows = []
    steps = [("Home health M/W/F", "Recert due %s"), ("Inpatient rehab, St. Casimir", "D/C planning mtg %s"),
             ("Post-op PT 2x/wk", "UR review %s"), ("Infusion q4wk", "Next infusion %s"),
             ("Transport + dialysis 3x/wk", "MetroRide renewal %s"), ("Pain mgmt referral", "Appt %s")]
    names = []
    for st, nx in steps:
        f, l = person()
        names.append("%s %s" % (f, l))
        when = (dt + datetime.timedelta(days=random.randint(2, 20))).strftime("%-m/%-d")
        rows.append(("%s, %s" % (l, f), member_id(), st, nx % when))
    w = [max(len(r[i]) for r in rows + [("Member", "ID", "Status", "Next")]) + 2 for i in range(4)]
    tbl = "".join(x.ljust(w[i]) for i, x in enumerate(("Member", "ID", "Status", "Next"))).rstrip() + "\n"
    tbl += "-" * (sum(w) - 2) + "\n"
    for r in rows:
        tbl += "".join(x.ljust(w[i]) for i, x in enumerate(r)).rstrip() + "\n"
    body = ("Greg, Annette,\n\nWeekly CM update. 6 active, 2 closed this week (returned to work).\n\n%s\n"
            "Nothing over the stop-loss attachment point yet but %s is getting close, I'll keep Nina posted.\n\n"
            "Maureen\n\n%s\n\n%s" % (tbl, rows[1][0], sig("nurse"), FUND_NOTICE))
    m = build(A("nurse"), [A("admin"), A("claimsup")], "CM weekly update", body, date=dt)
    out.append((m, "; ".join(names)))

    # lists 2: eligibility termination list with pending claims as CSV
    dt = rdate(lo=(2024, 9, 23), span=6)
    lines = ["Name,Member ID,DOB,Local,Q2 Hours,Pending Claims,Oldest Pending DOS,Notes"]
    names = []
    for _ in range(9):
        f, l = person()
        names.append("%s %s" % (f, l))
        hrs = random.choice([0, 96, 142, 188, 210, 256, 271, 288])
        note = random.choice(["", "", "self-pay letter sent", "employer audit open", "disability credit?",
                              "pharmacy claims only", "spouse has other cvg"])
        lines.append('"%s, %s",%s,%s,%s,%d,%d,%s,%s' % (
            l.upper(), f.upper(), member_id(), mdy(dob(1960, 1998)), random.choice(["412", "87", "412", "1101"]),
            hrs, random.randint(1, 6),
            mdy(datetime.date(2024, random.randint(7, 9), random.randint(1, 28))), note))
    csvtxt = "\r\n".join(lines) + "\r\n"
    body = ("Jamal, Rosa -\n\nAttached is the Q4 term list (under 300 hrs for the Apr-Jun work quarter) filtered "
            "to people who have claims sitting in pend. Self-pay letters went out 9/20. Can we hold these until "
            "the 10/15 cutoff before we deny?\n\nBrianna\n%s\n%s %s" % (STAFF["elig"][2], FUND_PHONE, STAFF["elig"][3]))
    m = build(A("elig"), [A("ms"), A("eligsup")], "Q4 term list w/ pending claims", body, date=dt,
              atts=[("Q4_terms_pending_claims.csv", csvtxt, "text/csv")])
    out.append((m, "; ".join(names)))

    # lists 3: business agent, "Name - DOB - reason" lines
    dt = rdate(hour=7)
    issues = [("M", "bill from Northgate Imaging for his MRI, says denied"),
              ("M", "wife's delivery bill from St. Casimir, still not paid"),
              ("M", "his sick benefit stopped after 6 weeks, doctor extended him"),
              (None, "needs a new card, pharmacy says not active"),
              (None, "son's ER visit from the football game, collection letter now"),
              ("F", "can't find an in-network counselor for her")]
    random.shuffle(issues)
    lst = []
    names = []
    for sx, iss in issues[:5]:
        f, l = person(sx)
        names.append("%s %s" % (f, l))
        lst.append("%s %s - %s - %s" % (f, l, mdy(dob(1965, 1999)), iss))
    body = ("Jamal,\n\nHad the monthly meeting at the hall last night and these folks grabbed me afterwards. "
            "Can someone from your shop call each of them this week? Phone #s are in the system I think.\n\n%s\n\n"
            "Appreciate it.\n\nRay Okonkwo\nBusiness Manager\nLaborers' Local 412\n(570) 555-0121 office\n"
            "(570) 555-0129 cell" % "\n".join(lst))
    m = build(A(BA_RAY), A("ms"), "members from last night's meeting", body, date=dt, cc=A(BA_FRANK))
    out.append((m, "; ".join(names)))

    # lists 4: open disability claims XLSX for trustees' report
    dt = rdate(lo=(2024, 10, 1), span=10)
    rows = [["Claim #", "Member", "DOB", "Date Disabled", "Cause", "Weekly Benefit", "Weeks Paid", "Est RTW"]]
    causes = ["Knee surgery", "Lumbar strain - non occ", "Cardiac - stent", "Rotator cuff repair",
              "Chemo", "Hernia repair", "Fractured wrist (off job)", "Depression"]
    names = []
    for c in causes:
        f, l = person()
        names.append("%s %s" % (f, l))
        dd = datetime.date(2024, random.randint(6, 9), random.randint(1, 28))
        rows.append(["WD-24-%05d" % random.randint(100, 900), "%s %s" % (f, l), mdy(dob(1960, 1995)), mdy(dd),
                     c, random.choice([450, 450, 500, 500, 550]), random.randint(1, 18),
                     random.choice(["11/4/2024", "12/2/2024", "TBD", "1/6/2025", "10/28/2024"])])
    body = ("Greg,\n\nHere's the open weekly disability list for the trustees' packet. 8 open; total paid on "
            "these YTD is in the financials. I took the two that returned to work in September off.\n\n"
            "Let me know if you want the sick benefit (non-disability) ones on a separate tab.\n\nSharonda\n\n%s"
            % sig("dis"))
    m = build(A("dis"), A("admin"), "open WD claims for packet", body, date=dt,
              atts=[("Open_WD_Claims_%s.xlsx" % dt.strftime("%m%d%y"), make_xlsx(rows, "Open WD"), XLSX)])
    out.append((m, "; ".join(names)))

    # lists 5: consultant's large-claimant report with claimant IDs, pipe table
    dt = rdate(lo=(2024, 7, 15), span=20)
    cats = [("Oncology - breast", ["EE", "SP"], 38, 63), ("NICU - premature", ["DEP"], 0, 0),
            ("Cardiac surgery", ["EE", "SP"], 48, 64), ("Dialysis / ESRD", ["EE", "SP"], 40, 64),
            ("Spinal fusion", ["EE"], 35, 60), ("Trauma - MVA", ["EE", "DEP"], 19, 45),
            ("Hemophilia", ["DEP"], 6, 17)]
    tbl = ["| Claimant ID | Init | Rel | Age | Category            | Paid YTD    | Excess of $150K |",
           "|-------------|------|-----|-----|---------------------|-------------|-----------------|"]
    inits = []
    for c, rels, alo, ahi in cats:
        f, l = person()
        ini = f[0] + l[0]
        inits.append(ini)
        paid = random.randint(95000, 410000)
        tbl.append("| %-11s | %-4s | %-3s | %3d | %-19s | $%10s | $%14s |" % (
            member_id(), ini, random.choice(rels), random.randint(alo, ahi), c[:19],
            "{:,}".format(paid), "{:,}".format(max(0, paid - 150000))))
    body = ("Greg,\n\nFor the August meeting, here is the large claimant list through June paid. Two of these "
            "(the NICU and the hemophilia claimant) are going to drive most of the renewal discussion with the "
            "stop-loss carrier.\n\n%s\n\nFull detail in the secure folder. Please do not forward outside the "
            "fund office; the trustees' version will be de-identified.\n\nNina\n\nNina Feldstein\nSenior "
            "Consultant\nHarlan Cross Benefit Consulting\n(215) 555-0164" % "\n".join(tbl))
    m = build(A(NINA), A("admin"), "Large claimant report - 6/30 paid", body, date=dt, cc=A(VICTOR))
    out.append((m, "; ".join(inits)))

    # lists 6: appeals committee agenda, tab separated
    dt = rdate(lo=(2024, 11, 4), span=10)
    issues = [("Denied MRI - no precert", "1,840.00", "Uphold"), ("Out-of-network ER, ambulance", "3,260.00", "Overturn"),
              ("Sick benefit - late filing", "2,250.00", "Overturn"), ("Bariatric surgery - exclusion", "28,400.00", "Uphold"),
              ("Dependent over 26 - student", "612.00", "Uphold"), ("Infertility drugs", "4,120.00", "Refer to counsel")]
    lines = ["Appeal #\tMember\tIssue\tAmount\tStaff Rec."]
    names = []
    for iss, amt, rec in issues:
        f, l = person()
        names.append("%s %s" % (f, l))
        lines.append("AP-24-%03d\t%s, %s\t%s\t$%s\t%s" % (random.randint(20, 90), l, f, iss, amt, rec))
    body = ("All,\n\nAppeals Committee - %s, 9:30 AM, Fund office conference room B.\n\n%s\n\n"
            "Full packets (medical records, denial letters, member letters) go out by courier Monday. "
            "Please bring them back to the meeting for shredding.\n\nTom\n\n%s\n\n%s"
            % ((dt + datetime.timedelta(days=10)).strftime("%A %B %-d"), "\n".join(lines), sig("appeals"), FUND_NOTICE))
    m = build(A("appeals"), [A("admin"), formataddr(("Michael Halpern", "mhalpern@" + COUNSEL))],
              "Appeals Committee agenda", body, date=dt, cc=A("claimsup"))
    out.append((m, "; ".join(names)))

    # lists 7: provider billing office list of denials; examiner reply on top
    dt = rdate(lo=(2024, 5, 1), span=60)
    prev = before(dt, 24, 100)
    lns = []
    names = []
    for _ in range(5):
        f, l = person()
        names.append("%s %s" % (f, l))
        lns.append("%s, %s - DOB %s - DOS %s - %s - %s" % (
            l.upper(), f.upper(), mdy(dob(1960, 2010)), "%d/%d" % (random.randint(3, 4), random.randint(1, 28)),
            random.choice(["99213", "99214", "93000", "99396", "20610"]),
            random.choice(["denied no auth", "denied COB", "denied not eligible", "pended info req"])))
    prev_body = ("Hi Devon,\n\nAs discussed on the phone, here are the 5 open ones from our side:\n\n%s\n\n"
                 "Thanks so much for looking into these.\n\nSherri Vukovich\nPatient Accounts Representative\n"
                 "Riverbend Medical Group CBO | (570) 555-0160 ext 4412" % "\n".join(lns))
    body = ("Sherri,\n\nWent through them:\n\n1 and 3 - reprocessed today, should pay on the next check run.\n"
            "2 - we still need the other-insurance form from the patient, letter went to the member 4/30.\n"
            "4 - not eligible on that DOS, that's correct.\n5 - pended for the office notes, please fax them to "
            "%s.\n\nDevon\n\n%s\n\n%s\n\n%s" % (
                FUND_FAX, sig("devon", short=True),
                gmail_on(prev, "Sherri Vukovich", "svukovich@" + RIVERBEND), quote(prev_body)))
    m = build(A("devon"), formataddr(("Sherri Vukovich", "svukovich@" + RIVERBEND)),
              "Re: open claims list", body, date=dt)
    out.append((m, "; ".join(names)))
    return out


# ===========================================================================
# PHI: names (in prose)
# ===========================================================================
def gen_names():
    out = []

    # names 1: examiner to supervisor, "the Hendricks claim", Mrs.
    dt = rdate()
    f, l = person("F", last="Hendricks")
    body = ("Annette,\n\nCan you take a look at the Hendricks claim before I send the denial? Mrs. Hendricks "
            "had the knee replacement at St. Casimir on the 9th and Cornerstone's review says not medically "
            "necessary because she didn't do 3 months of PT first. But her file has the PT notes from Lakeshore "
            "from last fall, 14 visits. I think Cornerstone just didn't get them.\n\nI'd rather send it back "
            "for re-review than deny a $38K claim and have it come back on appeal.\n\nLuz")
    m = build(A("luz"), A("claimsup"), "Hendricks - knee, UR denial?", body, date=dt)
    out.append((m, "%s Hendricks" % f))

    # names 2: name in the subject line only
    f, l = person("F")
    dt = rdate()
    body = ("Rec'd her letter today re: the MRI denial, 4 pages plus a note from her chiropractor. Scanned to "
            "the appeals drive. She wants to come to the committee meeting in person, can you let her know the "
            "date?\n\n-T")
    m = build(A("appeals"), A("ms"), "%s %s - appeal" % (f, l), body, date=dt)
    out.append((m, "%s %s" % (f, l)))

    # names 3: name only deep in a quoted thread
    f, l = person("M")
    dt = rdate(lo=(2024, 2, 1), span=200)
    p1 = before(dt, 20, 30)
    p2 = before(p1, 20, 50)
    q2 = ("Sharonda,\n\n%s %s (Local 412, Cumberland Bridge job) had a heart attack Saturday, he's at St. "
          "Casimir, they put 2 stents in. His wife asked me what he needs to do for the weekly checks. Can you "
          "send the forms to the house?\n\nFrank" % (f, l))
    q1 = ("Frank,\n\nSorry to hear. Forms mailed today. His cardiologist fills out the physician statement, he or "
          "his wife signs the claim part. First check goes out within 10 days of getting both back.\n\nSharonda")
    body = ("thanks, got them back today, all set.\n\nSharonda\n\n%s\n\n%s\n\n%s\n\n%s" % (
        gmail_on(p1, BA_FRANK[0], BA_FRANK[1]),
        quote("Sharonda - his wife dropped the forms off at the hall, I'll bring them by Thurs. F"),
        gmail_on(p2, N("dis"), STAFF["dis"][1]),
        quote(q1 + "\n\n" + gmail_on(before(p2, 2, 5), BA_FRANK[0], BA_FRANK[1]) + "\n\n" + quote(q2))))
    m = build(A("dis"), A(BA_FRANK), "Re: weekly disability forms", body, date=dt)
    out.append((m, "%s %s" % (f, l)))

    # names 4: nickname, business agent chat-like
    dt = rdate()
    body = ("Maureen - Big Sal (Sal Ferrante, asphalt crew) is going in for his bypass on the 14th at St. Casimir. "
            "He's worried about the bills and about being off 8-10 weeks. Can you give him a call and walk him "
            "through it? He's a proud guy, won't ask. 570-555-0177.\n\nThanks - Frank\n\nSent from my iPhone")
    m = build(A(BA_FRANK), A("nurse"), "Sal", body, date=dt)
    out.append((m, "Sal Ferrante"))

    # names 5: "Last, First" format, precert note
    f, l = person("M")
    dt = rdate()
    sd = (dt + datetime.timedelta(days=random.randint(9, 20))).strftime("%-m/%-d")
    body = ("%s, %s -- lumbar fusion scheduled %s at St. Casimir (Dr. Yablonski). Cornerstone precert "
            "approved 3 days inpatient. I told him he'll probably need home PT after, will follow. Wife is the "
            "contact, he's hard of hearing.\n\nMF" % (l, f, sd))
    m = build(A("nurse"), A("dis"), "FYI surgery date", body, date=dt)
    out.append((m, "%s %s" % (f, l)))

    # names 6: first name only, internal, short
    dt = rdate(hour=12)
    body = ("did Marisol ever get her sick benefit check?? she called crying, chemo starts Monday and she "
            "needs it for rent. I told her I'd find out today\n\nJ")
    m = build(A("ms"), A("dis"), "Marisol's check", body, date=dt)
    out.append((m, "Marisol"))

    # names 7: steward writing formally for a member
    f, l = person("M")
    dt = rdate()
    body = ("To whom it may concern,\n\nI am writing on behalf of Brother %s %s, a member of Laborers' Local 87 "
            "in good standing. Brother %s broke his ankle at his son's baseball game on %s (off the job) and "
            "had surgery the next day. He has a plate and screws and is in a boot, non-weight-bearing for at "
            "least 6 weeks per his surgeon.\n\nHe needs the sick benefit application and whatever else the fund "
            "requires. He also asked whether crutches and the knee scooter are covered.\n\nPlease send the forms "
            "to his home address on file or to me at the address below.\n\nFraternally,\n\nMario Benavides\n"
            "Shop Steward, Laborers' Local 87\nLocal 87 Hall, 44 Canal St., Harwick PA 17934\n(570) 555-0183"
            % (f, l, l, (dt - datetime.timedelta(days=6)).strftime("%B %-d")))
    m = build(A(STEW_MARIO), "disability@" + FD, "Sick benefit - Bro. %s" % l, body, date=dt, cc=A(BA_TERESA))
    out.append((m, "%s %s" % (f, l)))

    # names 8: consultant discussing a dependant's pregnancy claims by surname
    f, l = person("M", last="Novak")
    dt = rdate(lo=(2024, 6, 1), span=90)
    prev = before(dt, 20, 40)
    prev_body = ("Nina,\n\nQuick one: the Novak dependent daughter, is she covered for maternity? SPD excludes "
                 "dependent child pregnancy except complications. She's 22, due in October, and the hospital "
                 "is asking for a precert on the delivery.\n\nGreg")
    body = ("Greg,\n\nCorrect, the SPD excludes routine maternity for dependent children, but under the ACA "
            "preventive rules prenatal care (the preventive visits and screenings) has to be covered. Delivery "
            "and postpartum can stay excluded unless there are complications, and the newborn would not be a "
            "dependent of %s Novak unless he gets legal guardianship.\n\nI'd suggest a letter to the family "
            "explaining this before October so they can look at Marketplace coverage for her, she'd have a "
            "special enrollment.\n\nNina\n\n%s\n\n%s" % (f, outlook_hdr(prev, "Gregory Paszek", "Nina Feldstein",
                                                                           "Novak dependent - maternity"), prev_body))
    m = build(A(NINA), A("admin"), "RE: Novak dependent - maternity", body, date=dt)
    out.append((m, "Novak"))
    return out

# ===========================================================================
# PHI: self (member writing about their own health / bills / benefits)
# ===========================================================================
def gen_self():
    out = []

    # self 1: denied colonoscopy, full signature
    f, l = person("M")
    dt = rdate(hour=20)
    mid = member_id()
    body = ("Hello,\n\nI had a colonoscopy on %s at Riverbend GI. My doctor told me it was a screening because I "
            "turned 45 and the fund covers screenings at 100%%. Now I got an EOB that says I owe $1,186.40 because "
            "they found and removed a polyp and it became \"diagnostic.\" Nobody told me that could happen.\n\n"
            "Is this right? I thought the law said they can't charge for that. I'd like someone to look at it "
            "before I pay anything.\n\nThanks,\n%s %s\nMember ID %s\nLocal 412\n%s"
            % ((dt - datetime.timedelta(days=random.randint(20, 40))).strftime("%B %-d"), f, l, mid, phone()))
    m = build(member_addr("%s %s" % (f, l)), "claims@" + FD, "Colonoscopy bill - should be covered?", body, date=dt)
    out.append((m, "%s %s" % (f, l)))

    # self 2: phone, lower case, insulin denied
    dt = rdate(weekend_ok=True, hour=18)
    nm = random.choice([("mike", "torres"), ("rudy", "alvarez"), ("nate", "gomez")])
    body = ("hi this is %s %s local 412 i went to get my insulin today and the pharmacy says my insurance is not "
            "active. i been working every week at the hospital job with Delmar. can somebody check my hours "
            "please i only got 2 pens left\n\n%s\n%s\n\nSent from my iPhone"
            % (nm[0], nm[1], nm[0], phone()))
    m = build(formataddr(("%s %s" % (nm[0].title(), nm[1].title()), "%s%s%d@%s" % (nm[0], nm[1], random.randint(70, 99), random.choice(MEMBER_DOMAINS)))),
              "info@" + FD, "insurance not active", body, date=dt)
    out.append((m, "%s %s" % (nm[0].title(), nm[1].title())))

    # self 3: retiree, Medicare + cataract bill
    f, l = person("M")
    dt = rdate(hour=10)
    body = ("Dear Sir or Madam,\n\nI retired from Local 87 in 2021 and I am on the retiree plan plus Medicare. "
            "I had cataract surgery on my left eye on %s at Harwick Eye Surgery Center and the right eye is "
            "scheduled for next month. Medicare paid its part but I received a bill for $312.50 that I "
            "believe the retiree plan should pick up as secondary. I have enclosed (attached) the Medicare "
            "Summary Notice.\n\nAlso, my Part B premium reimbursement for the last quarter has not arrived.\n\n"
            "Thank you for your help.\n\nSincerely,\n%s %s\n%s\n%s"
            % ((dt - datetime.timedelta(days=45)).strftime("%B %-d"), f, l,
               "%d Orchard Ct, Harwick PA 17934" % random.randint(10, 300), phone()))
    pdf = make_pdf(["MEDICARE SUMMARY NOTICE (copy)", "Beneficiary: %s %s" % (f.upper(), l.upper()),
                    "Medicare Number: %d%s%d%s-%s%d-%s%d%d" % (random.randint(1, 9), "H", random.randint(0, 9), "T", "K", random.randint(0, 9), "P", random.randint(0, 9), random.randint(0, 9)),
                    "", "Claim: Harwick Eye Surgery Center",
                    "66984 Extracapsular cataract removal w/ IOL, left   Approved $1,562.50  Paid $1,250.00",
                    "You may be billed: $312.50"])
    m = build(member_addr("%s %s" % (f, l)), "retirees@" + FD, "Retiree secondary claim and Part B", body,
              date=dt, atts=[("MSN_scan.pdf", pdf, "application/pdf")])
    out.append((m, "%s %s" % (f, l)))

    # self 4: member on disability, shoulder surgery, terse with typos
    f, l = person("M")
    dt = rdate()
    body = ("Sharonda\n\nIm still out from the shoulder surgery, Dr Yablonski extended me to %s his office "
            "said they faxed it to you yesterday. when will the next weekly check come? the last one was 2 wks "
            "ago. also PT is 3x a week now do I need to send you anything for that\n\nthanks\n%s %s"
            % ((dt + datetime.timedelta(days=random.randint(18, 30))).strftime("%-m/%-d"), f, l))
    m = build(member_addr("%s %s" % (f, l)), A("dis"), "weekly check", body, date=dt)
    out.append((m, "%s %s" % (f, l)))

    # self 5: member about PT visit limit, replying to staff answer
    f, l = person("F")
    dt = rdate(lo=(2024, 6, 1), span=90, hour=19)
    prev = before(dt, 30, 80)
    prev_body = ("Hi %s,\n\nYour plan covers 20 physical therapy visits per calendar year. Our records show 18 "
                 "visits processed so far in 2024. Additional visits can be approved through Cornerstone if your "
                 "therapist sends a progress report.\n\nThank you,\n%s" % (f, sig("ms")))
    body = ("Thanks Jamal. My therapist at Lakeshore says my hip is doing better but I still can't do stairs "
            "without the cane, and she wants 8 more visits. She said she'd send the report. Do I need to do "
            "anything myself or just wait?\n\n%s\n\n%s\n\n%s" % (f, gmail_on(prev, N("ms"), STAFF["ms"][1]), quote(prev_body)))
    m = build(member_addr("%s %s" % (f, l)), A("ms"), "Re: PT visits", body, date=dt)
    out.append((m, "%s %s" % (f, l)))

    # self 6: member's own appeal letter as DOCX
    f, l = person("M")
    dt = rdate(lo=(2024, 3, 1), span=200)
    mid = member_id()
    er_d = (dt - datetime.timedelta(days=70)).date()
    cn = claim_no(near=er_d)
    er = er_d.strftime("%B %-d, %Y")
    letter = [dt.strftime("%B %-d, %Y"), "", "Appeals Committee", FUND, FUND_ADDR, "",
              "RE: Appeal of claim %s - Member ID %s" % (cn, mid), "",
              "Dear Trustees,",
              "I am appealing the denial of my emergency room claim from %s. I woke up at 3 in the morning with "
              "chest pain and trouble breathing and my wife drove me to the closest ER, which was Mercy Valley in "
              "Ohio because we were visiting family. The fund paid it as out-of-network and I was billed $2,964." % er,
              "It turned out to be a blood clot in my lung and I was admitted for two days. I did not have a choice "
              "about which hospital to go to. I am asking that the claim be paid at the in-network level.",
              "Enclosed are the discharge papers and the bill.", "", "Sincerely,", "%s %s" % (f, l),
              "Laborers' Local 412"]
    body = ("Hello,\n\nPlease see my appeal letter attached. I will mail the hospital papers too.\n\n%s %s\n%s"
            % (f, l, phone()))
    m = build(member_addr("%s %s" % (f, l)), "appeals@" + FD, "Appeal - ER claim", body, date=dt,
              atts=[("Appeal_%s.docx" % l, make_docx(letter), DOCX)])
    out.append((m, "%s %s" % (f, l)))

    # self 7: first name only, counseling coverage
    f = random.choice(["Krystal", "Tamika", "Kendra"])
    l = random.choice(["Greer", "Tillman", "Harrell"])
    dt = rdate(hour=22)
    body = ("Hi, I've been having really bad anxiety since my dad passed and my doctor wants me to see a "
            "counselor. Is that covered and do I need a referral? Are there any in network near Harwick that "
            "take evening appts because of my work hours? I'd rather not call about this at work.\n\nthank you\n%s"
            % f)
    m = build(formataddr(("%s %s" % (f, l), "%s.%s@%s" % (f.lower(), l.lower(), random.choice(MEMBER_DOMAINS)))),
              "info@" + FD, "question about counseling", body, date=dt)
    out.append((m, "%s %s" % (f, l)))
    return out


# ===========================================================================
# PHI: struct
# ===========================================================================
def isa_env(sender, receiver, gs_code, st_body_segments, dt, ctrl, usage="P", ver="005010X222A1"):
    isa = "ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*%s*^*00501*%09d*0*%s*:" % (
        sender, receiver, dt.strftime("%y%m%d"), dt.strftime("%H%M"), ctrl, usage)
    gs = "GS*%s*%s*%s*%s*%s*%d*X*%s" % (gs_code, sender.strip(), receiver.strip(), dt.strftime("%Y%m%d"),
                                        dt.strftime("%H%M"), ctrl, ver)
    segs = [isa, gs] + st_body_segments
    st_count = len(st_body_segments)
    segs.append("SE*%d*0001" % (st_count + 1))
    segs.append("GE*1*%d" % ctrl)
    segs.append("IEA*1*%09d" % ctrl)
    return segs


def x12_text(segs, nl=True):
    return ("~\n" if nl else "~").join(segs) + "~\n"


def gen_struct():
    out = []

    # struct 1: corrected 837P attached, cover note from billing office
    f, l = person("M")
    d = dob(1970, 1990)
    mid = member_id()
    dt = rdate(lo=(2024, 4, 15), span=40)
    dos = datetime.date(2024, 3, 14)
    ctrl = random.randint(1000, 99999)
    acct = "RMG" + digits(7)
    orig = claim_no(near=dos)
    body_segs = [
        "ST*837*0001*005010X222A1",
        "BHT*0019*00*%s*%s*%s*CH" % (digits(8), dt.strftime("%Y%m%d"), dt.strftime("%H%M")),
        "NM1*41*2*RIVERBEND MEDICAL GROUP*****46*RMG01",
        "PER*IC*SHERRI VUKOVICH*TE*5705550160*EX*4412",
        "NM1*40*2*MIDSTATE LABORERS HWF*****46*MLHWF",
        "HL*1**20*1",
        "NM1*85*2*RIVERBEND MEDICAL GROUP*****XX*1%s" % digits(9),
        "N3*400 RIVERBEND PKWY",
        "N4*HARWICK*PA*179341122",
        "REF*EI*23%s" % digits(7),
        "HL*2*1*22*0",
        "SBR*P*18*MLHWF01******CI",
        "NM1*IL*1*%s*%s****MI*%s" % (l.upper(), f.upper(), mid),
        "N3*%d LAUREL ST" % random.randint(10, 900),
        "N4*HARWICK*PA*17934",
        "DMG*D8*%s*M" % ymd(d),
        "NM1*PR*2*MIDSTATE LABORERS HWF*****PI*MLHWF",
        "CLM*%s*412***11:B:7*Y*A*Y*Y" % acct,
        "REF*F8*%s" % orig,
        "HI*ABK:M5416*ABF:M5441",
        "NM1*82*1*PATEL*ANJALI****XX*1%s" % digits(9),
        "PRV*PE*PXC*207Q00000X",
        "LX*1",
        "SV1*HC:99214:25*212*UN*1***1:2",
        "DTP*472*D8*%s" % ymd(dos),
        "LX*2",
        "SV1*HC:20552*200*UN*1***1",
        "DTP*472*D8*%s" % ymd(dos),
    ]
    edi = x12_text(isa_env("RMG01", "MLHWF", "HC", body_segs, dt, ctrl))
    body = ("Hello EDI team,\n\nAttached is a corrected claim (frequency 7) replacing %s. The original went "
            "out without the 25 modifier on the E/M line. Our clearinghouse connection to you is down per your "
            "notice so we're sending the file direct as instructed.\n\nThank you,\nSherri Vukovich\nRiverbend "
            "Medical Group CBO\n(570) 555-0160 x4412" % orig)
    m = build(formataddr(("Sherri Vukovich", "svukovich@" + RIVERBEND)), "edi@" + FD,
              "corrected claim - replaces %s" % orig, body, date=dt,
              atts=[("RMG_837P_%s.txt" % dt.strftime("%Y%m%d"), edi, "text/plain")])
    out.append((m, "%s %s" % (f, l)))

    # struct 2: automated 835 remittance to physical therapy practice
    dt = rdate(hour=5)
    ctrl = random.randint(1000, 99999)
    chk = digits(8)
    segs = ["ST*835*0001",
            "BPR*I*%s*C*ACH*CCP*01*031%s*DA*%s*1%s**01*031%s*DA*%s*%s" % ("{0}", digits(6), digits(9), digits(9), digits(6), digits(9), dt.strftime("%Y%m%d")),
            "TRN*1*%s*1%s" % (chk, digits(9)),
            "DTM*405*%s" % dt.strftime("%Y%m%d"),
            "N1*PR*MIDSTATE LABORERS HWF",
            "N3*2150 COMMERCE PARK DR STE 300",
            "N4*HARWICK*PA*17934",
            "PER*CX*CLAIMS*TE*5705550140",
            "N1*PE*LAKESHORE PHYSICAL THERAPY*XX*1%s" % digits(9),
            "LX*1"]
    total = 0.0
    names = []
    for _ in range(3):
        f, l = person()
        names.append("%s %s" % (f, l))
        billed = random.choice([285.0, 340.0, 410.0])
        paid = round(billed * random.choice([0.52, 0.55, 0.6]), 2)
        total += paid
        dos = datetime.date(dt.year, max(1, dt.month - 1), random.randint(1, 28))
        segs += ["CLP*LPT%s*1*%.2f*%.2f*0*12*%s*11*1" % (digits(6), billed, paid, "%s%03d-%05d" % (
                     dt.strftime("%y"), max(1, dt.timetuple().tm_yday - random.randint(3, 12)), random.randint(100, 99999))),
                 "NM1*QC*1*%s*%s****MI*%s" % (l.upper(), f.upper(), member_id()),
                 "DTM*232*%s" % ymd(dos),
                 "SVC*HC:97110*%.2f*%.2f**2" % (billed * 0.6, paid * 0.6),
                 "CAS*CO*45*%.2f" % (billed - paid),
                 "SVC*HC:97140*%.2f*%.2f**1" % (billed * 0.4, paid * 0.4)]
    segs[1] = segs[1].replace("{0}", "%.2f" % total)
    edi = x12_text(isa_env("MLHWF", "LAKESHOREPT", "HP", segs, dt, ctrl, ver="005010X221A1"))
    body = ("This is an automated message from the %s EDI gateway.\n\nAn 835 Electronic Remittance Advice "
            "is attached for payee LAKESHORE PHYSICAL THERAPY.\n\nEFT trace: %s\nPayment date: %s\n"
            "Total payment: $%.2f\nClaims: 3\n\nPlease do not reply to this address. For questions call "
            "Provider Services at %s.\n" % (FUND, chk, dt.strftime("%m/%d/%Y"), total, FUND_PHONE))
    m = build(formataddr(("MLHWF EDI Gateway", "edi-noreply@" + FD)), "billing@" + LAKESHORE,
              "ERA available - EFT %s" % chk, body, date=dt,
              atts=[("835_%s.edi" % chk, edi.encode(), "application/edi-x12")],
              headers={"Auto-Submitted": "auto-generated"})
    out.append((m, "; ".join(names)))

    # struct 3: 834 change file to PBM, automated + rejected records
    dt = rdate(hour=2)
    ctrl = random.randint(1000, 99999)
    segs = ["ST*834*0001*005010X220A1",
            "BGN*00*MLHWF%s*%s*%s****4" % (dt.strftime("%Y%m%d"), dt.strftime("%Y%m%d"), dt.strftime("%H%M")),
            "N1*P5*MIDSTATE LABORERS HWF*FI*23%s" % digits(7),
            "N1*IN*CLEARSCRIPT RX*FI*36%s" % digits(7)]
    names = []
    nxt = (dt.replace(day=1) + datetime.timedelta(days=32)).replace(day=1)
    eom = nxt - datetime.timedelta(days=1)
    for i in range(4):
        sx = random.choice("MF")
        f, l = person(sx)
        names.append("%s %s" % (f, l))
        term = i % 2 == 1
        segs += ["INS*Y*18*%s*%s*A***FT" % ("024" if term else "021", "07" if term else "28"),
                 "REF*0F*%s" % ssn().replace("-", ""),
                 "REF*1L*MLHWF01",
                 "REF*17*%s" % member_id(),
                 "NM1*IL*1*%s*%s" % (l.upper(), f.upper()),
                 "N3*%d %s" % (random.randint(10, 999), random.choice(["MAIN ST", "RIDGE AVE", "CANAL ST", "OAK LN"])),
                 "N4*HARWICK*PA*17934",
                 "DMG*D8*%s*%s" % (ymd(dob(1960, 1999)), sx),
                 "HD*%s**PDG*RXPLAN1*EMP" % ("024" if term else "021"),
                 "DTP*%s*D8*%s" % ("349" if term else "348", ymd(eom) if term else ymd(nxt))]
    edi = x12_text(isa_env("MLHWF", "CLEARSCRIPT", "BE", segs, dt, ctrl, ver="005010X220A1"))
    body = ("Job: ELIG_834_CLEARSCRIPT_DAILY\nStatus: COMPLETED WITH WARNINGS\nRun: %s\n\n"
            "Records sent: 4 (2 adds, 2 terms)\nRejected by partner: 1 (INS segment 3: DTP*349 precedes "
            "prior coverage begin)\n\nOutbound file attached for review. Resubmit after correction.\n\n"
            "-- MLHWF eligibility scheduler" % dt.strftime("%Y-%m-%d %H:%M:%S"))
    m = build(formataddr(("Eligibility Scheduler", "scheduler@" + FD)), [A("elig"), A("it")],
              "[WARN] ELIG_834_CLEARSCRIPT_DAILY %s" % dt.strftime("%Y-%m-%d"), body, date=dt,
              atts=[("MLHWF_834_%s.x12" % dt.strftime("%Y%m%d"), edi, "text/plain")],
              headers={"Auto-Submitted": "auto-generated", "X-Priority": "3"})
    out.append((m, "; ".join(names)))

    # struct 4: HL7 ADT^A01 admission notice in body
    f, l = person("M")
    dt = rdate(hour=8)
    mrn = "SC" + digits(8)
    mid = member_id()
    d = dob(1958, 1975)
    ts = dt.strftime("%Y%m%d%H%M%S")
    hl7 = "\r\n".join([
        "MSH|^~\\&|STCAS_ADT|STCASIMIR|CM_NOTIFY|MLHWF|%s||ADT^A01^ADT_A01|%s|P|2.5.1" % (ts, digits(10)),
        "EVN|A01|%s" % ts,
        "PID|1||%s^^^STCAS^MR~%s^^^MLHWF^MB||%s^%s^J||%s|M|||%d Sycamore Ln^^Harwick^PA^17934||^PRN^PH^^^570^5550%03d"
        % (mrn, mid, l.upper(), f.upper(), ymd(d), random.randint(10, 900), random.randint(100, 199)),
        "PV1|1|I|4W^412^B^STCAS||||1%s^ADEYEMI^OLUWASEUN^^^MD|||CAR||||7|||||V%s|||||||||||||||||||||||||%s"
        % (digits(9), digits(9), ts),
        "DG1|1||I21.4^Non-ST elevation (NSTEMI) myocardial infarction^I10|||A",
        "IN1|1|MLHWF01|MLHWF|MIDSTATE LABORERS HEALTH AND WELFARE FUND|2150 Commerce Park Dr^^Harwick^PA^17934||||||||||%s^%s|18|%s" % (l.upper(), f.upper(), ymd(d)),
    ])
    body = ("St. Casimir Health - Care Transitions Notification\n\n"
            "You are receiving this because the member is enrolled with a plan that subscribes to admission "
            "alerts. Message follows (HL7 v2.5.1).\n\n%s\n\n-- end of message --\n" % hl7)
    m = build(formataddr(("St. Casimir Care Transitions", "caretransitions@" + STCAS)), A("nurse"),
              "Admission alert: IP admit %s" % dt.strftime("%m/%d/%Y"), body, date=dt,
              headers={"Auto-Submitted": "auto-generated"})
    out.append((m, "%s %s" % (f, l)))

    # struct 5: FHIR bundle JSON from member portal vendor ticket
    f, l = person("F")
    d = dob(1975, 1995)
    mid = member_id()
    dt = rdate(lo=(2024, 5, 1), span=150)
    cn = claim_no(near=datetime.date(2024, 4, 17))
    bundle = {
        "resourceType": "Bundle", "type": "collection",
        "entry": [
            {"resource": {"resourceType": "Patient", "id": "pt-" + digits(6),
                          "identifier": [{"system": "https://%s/member-id" % FD, "value": mid}],
                          "name": [{"family": l, "given": [f]}], "gender": "female",
                          "birthDate": d.isoformat(),
                          "telecom": [{"system": "email", "value": "%s.%s@%s" % (f.lower(), l.lower(), MEMBER_DOMAINS[1])}]}},
            {"resource": {"resourceType": "Coverage", "id": "cov-" + digits(6), "status": "active",
                          "subscriberId": mid, "relationship": {"coding": [{"code": "self"}]},
                          "period": {"start": "2024-04-01", "end": "2024-06-30"},
                          "payor": [{"display": FUND}]}},
            {"resource": {"resourceType": "ExplanationOfBenefit", "id": "eob-" + digits(6), "status": "active",
                          "identifier": [{"value": cn}], "outcome": "complete",
                          "billablePeriod": {"start": "2024-04-17", "end": "2024-04-17"},
                          "provider": {"display": "Northgate Imaging"},
                          "diagnosis": [{"sequence": 1, "diagnosisCodeableConcept": {"coding": [
                              {"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "N63.10",
                               "display": "Unspecified lump in the right breast"}]}}],
                          "item": [{"sequence": 1, "productOrService": {"coding": [
                              {"system": "http://www.ama-assn.org/go/cpt", "code": "77065"}]},
                                    "adjudication": [{"category": {"coding": [{"code": "submitted"}]}, "amount": {"value": 486.0, "currency": "USD"}},
                                                     {"category": {"coding": [{"code": "benefit"}]}, "amount": {"value": 0.0, "currency": "USD"}}]}],
                          "total": [{"category": {"coding": [{"code": "memberliability"}]}, "amount": {"value": 486.0, "currency": "USD"}}]}},
        ]}
    js = json.dumps(bundle, indent=2)
    body = ("Hi Pete,\n\nTicket BB-%s: member reports the portal shows she owes the full $486 for her diagnostic "
            "mammogram but the paper EOB she got says $0. Looks like the portal is reading the benefit "
            "adjudication from the original claim instead of the adjustment. Raw bundle from our API log "
            "attached. Can you confirm which one is right on your side before we patch?\n\nThanks,\nOwen Baptist\n"
            "Support Engineer, BenefitBridge\nsupport@%s" % (digits(5), PORTAL))
    m = build(formataddr(("Owen Baptist", "obaptist@" + PORTAL)), A("it"), "BB ticket - EOB mismatch in portal",
              body, date=dt, atts=[("eob_bundle_%s.json" % cn, js.encode(), "application/json")])
    out.append((m, "%s %s" % (f, l)))

    # struct 6: 271 pasted by billing office
    f, l = person("F")
    d = dob(2010, 2016)
    subf, subl = person("M", last=l)
    dt = rdate(lo=(2024, 7, 8), span=30)
    mid = member_id()
    ctrl = random.randint(1000, 99999)
    segs = ["ST*271*0001*005010X279A1",
            "BHT*0022*11*%s*%s*%s" % (digits(9), dt.strftime("%Y%m%d"), dt.strftime("%H%M")),
            "HL*1**20*1", "NM1*PR*2*MIDSTATE LABORERS HWF*****PI*MLHWF",
            "HL*2*1*21*1", "NM1*1P*2*BRIGHTLINE DENTAL*****XX*1%s" % digits(9),
            "HL*3*2*22*1", "NM1*IL*1*%s*%s****MI*%s" % (subl.upper(), subf.upper(), mid),
            "HL*4*3*23*0", "TRN*2*%s*9BRIGHTLN" % digits(8),
            "NM1*03*1*%s*%s" % (l.upper(), f.upper()), "DMG*D8*%s*F" % ymd(d), "INS*N*19",
            "EB*6**35", "DTP*307*RD8*20240701-20240930",
            "MSG*COVERAGE TERMINATED - INSUFFICIENT HOURS PRIOR QUARTER"]
    edi = x12_text(isa_env("MLHWF", "BRIGHTLN", "HB", segs, dt, ctrl, ver="005010X279A1"))
    body = ("Hi,\n\nWe ran eligibility this morning for a 9:00 patient and got the response below saying "
            "inactive. Mom says dad has been working all summer. The child has an extraction scheduled for "
            "tomorrow morning. Is this right or is the file behind?\n\n%s\nThanks,\nJackie\nBrightline Dental - front desk\n"
            "(570) 555-0155" % edi)
    m = build(formataddr(("Brightline Dental", "frontdesk@" + BRIGHTLINE)), "providers@" + FD,
              "eligibility showing inactive?", body, date=dt)
    out.append((m, "%s %s" % (f, l)))

    # struct 7: pipe-delimited claims extract for auditors
    dt = rdate(lo=(2024, 2, 12), span=30)
    hdr = "CLAIM_NO|MEMBER_ID|PAT_LAST|PAT_FIRST|PAT_DOB|REL|DOS_FROM|DOS_TO|PROV_NPI|CPT|ICD10_1|BILLED|ALLOWED|PAID|CHECK_NO|PAID_DT"
    rows = [hdr]
    names = []
    codes = [("99213", "E11.9"), ("80053", "I10"), ("97110", "M54.50"), ("71046", "J18.9"), ("90837", "F41.1"),
             ("29881", "S83.241A"), ("99285", "R07.9"), ("59400", "Z34.90"), ("36415", "E78.5"), ("70553", "G43.909")]
    for cpt, icd in codes:
        f, l = person()
        names.append("%s %s" % (f, l))
        b = random.randint(80, 9000)
        a = int(b * random.choice([0.5, 0.6, 0.7]))
        p = int(a * random.choice([0.8, 0.9, 1.0]))
        sd = datetime.date(2023, random.randint(1, 12), random.randint(1, 28))
        rows.append("|".join([claim_no(near=sd), member_id(), l.upper(), f.upper(), ymd(dob(1958, 2015)),
                              random.choice(["E", "S", "D"]), ymd(sd), ymd(sd), "1" + digits(9), cpt, icd,
                              "%d.00" % b, "%d.00" % a, "%d.00" % p, digits(7),
                              ymd(sd + datetime.timedelta(days=random.randint(12, 40)))]))
    txt = "\n".join(rows) + "\n"
    body = ("Kevin,\n\nAttached is the paid claims extract for the sample you selected (10 claims). Pipe "
            "delimited, one row per claim header. ICD is the primary only, let me know if you need all "
            "diagnosis positions.\n\nPlease use the secure portal for anything you send back with member data.\n\n"
            "Annette\n\n%s\n\n%s" % (sig("claimsup"), FUND_NOTICE))
    m = build(A("claimsup"), A(KEVIN), "2023 audit - claims sample extract", body, date=dt, cc=A(RACHEL),
              atts=[("claims_sample_2023.txt", txt, "text/plain")])
    out.append((m, "; ".join(names)))
    return out

# ===========================================================================
# CLEAN: admin
# ===========================================================================
def gen_admin():
    out = []

    # admin 1: office manager, rooms & scanner
    dt = rdate()
    body = ("Hi all,\n\nA few housekeeping items:\n\n"
            "1. Conference room B is booked all day Thursday for the Trustees' meeting (9:00 start). Lunch "
            "from Carlino's arrives at 11:45. Please don't use B for member walk-ins that day, use the small "
            "interview room by reception.\n\n"
            "2. The claims imaging scanner on 3 (the Kodak by the mail table) is being swapped out Monday "
            "morning. Batch your paper claims, EOBs from other carriers and medical records and hold them until "
            "about 11. The vendor says the new one does duplex at 80 ppm so the afternoon backlog should clear "
            "fast.\n\n"
            "3. Shred bins get picked up Wednesday. Anything with member info goes in the locked bins, not the "
            "blue recycling.\n\nThanks!\nCarol\n\n%s" % sig("office"))
    m = build(A("office"), "allstaff@" + FD, "Thursday room B / scanner swap / shred pickup", body, date=dt)
    out.append((m, ""))

    # admin 2: IT downtime notice, HTML alternative
    dt = rdate(lo=(2024, 5, 1), span=150)
    sat = dt + datetime.timedelta(days=(5 - dt.weekday()) % 7 or 7)
    text = ("ClaimPoint will be unavailable on Saturday %s from 6:00 AM to approximately 2:00 PM for the 9.4 "
            "upgrade.\n\nWhat this means:\n- Adjudication, pend queues and the eligibility screens will be "
            "offline.\n- The EDI gateway will hold inbound 837s and release them when we're back up. No "
            "providers will get rejections.\n- Monday's 835/EFT run will go out as normal; the check run moves "
            "from Monday to Tuesday.\n- The member portal will show a maintenance banner; pharmacy eligibility "
            "at ClearScript is not affected.\n\nPlease log out of ClaimPoint before you leave Friday. If you "
            "leave a claim open in edit it may lock.\n\nPete" % sat.strftime("%B %-d"))
    m = build(A("it"), "allstaff@" + FD, "ClaimPoint downtime Saturday %s" % sat.strftime("%-m/%-d"), text, date=dt,
              html=html_wrap(text, "Scheduled maintenance", FUND_NOTICE_SHORT))
    out.append((m, ""))

    # admin 3: PPO contract amendment summary from consultant
    dt = rdate()
    body = ("Greg,\n\nSummary of the Allied Provider Network amendment effective 1/1/2025 (redline in the "
            "secure folder):\n\n- Outpatient surgery / ASC: moves from 155% to 145% of Medicare.\n"
            "- Inpatient: DRG-based at 170% of Medicare, outlier threshold unchanged.\n"
            "- Professional: 125% of Medicare RBRVS; anesthesia conversion factor $62.\n"
            "- Access fee: $4.85 PEPM (was $5.10), 3-year rate guarantee.\n"
            "- Behavioral health and PT/OT/chiro now carved in at the same rates.\n"
            "- Timely filing: providers get 180 days (up from 90), which Annette will want to know about.\n\n"
            "Net effect we estimate at 2.5-3.0% reduction on medical spend. Recommend trustees approve at the "
            "November meeting.\n\nNina\n\nNina Feldstein | Senior Consultant | Harlan Cross Benefit Consulting\n"
            "(215) 555-0164\n\nThis message is confidential and intended for the named recipient.")
    m = build(A(NINA), A("admin"), "Allied PPN amendment - key terms", body, date=dt, cc=A("claimsup"))
    out.append((m, ""))

    # admin 4: supplies order
    dt = rdate()
    body = ("Carol,\n\nCan you add these to this month's order:\n\n"
            "- toner for the claims printer (HP 89X) x4\n- #10 double window envelopes for EOBs, 5 cases\n"
            "- 9x12 envelopes for appeal packets, 2 boxes\n- CMS-1500 red forms, 2 boxes (still get paper from "
            "the small chiro offices)\n- postage meter refill, we're under $300\n- Notice of Privacy Practices reprints "
            "for the lobby rack\n\nThanks, Annette")
    m = build(A("claimsup"), A("office"), "supply order", body, date=dt)
    out.append((m, ""))

    # admin 5: COB procedure memo (no members)
    dt = rdate(lo=(2024, 6, 10), span=15)
    body = ("Claims team,\n\nStarting July 1 we are changing how we handle the annual other-coverage "
            "questionnaire:\n\n1. The questionnaire goes out automatically in the member's birth month (the "
            "system handles this, nothing to do).\n2. If no response in 60 days, claims for the SPOUSE only "
            "will pend with remark code C12. Do not pend the employee's or children's claims.\n"
            "3. Once the questionnaire comes back, release the pends the same day. Use the COB release "
            "macro, not manual reprocess.\n4. Medicare-eligible retirees are excluded from the mailing; Irene "
            "handles those.\n\nThe auditors flagged our COB recovery last year, so please follow this exactly. "
            "Questions to me or Kathy.\n\nAnnette\n\n%s" % sig("claimsup"))
    m = build(A("claimsup"), "claimsteam@" + FD, "New COB questionnaire procedure eff 7/1", body, date=dt,
              cc=A("admin"))
    out.append((m, ""))

    # admin 6: trustees meeting invite with ICS
    dt = rdate(lo=(2024, 10, 14), span=5)
    start = (dt + datetime.timedelta(days=21)).replace(hour=9, minute=30, second=0, tzinfo=None)
    end = start.replace(hour=13)
    desc = ("Agenda:\n1. Minutes of prior meeting\n2. Administrator's report\n3. Investment report\n"
            "4. Consultant: stop-loss renewal, PPN amendment, Rx trend\n5. Appeals Committee report\n"
            "6. Auditor engagement letter\n7. Adjourn")
    ics = make_ics("mlhwf-trustees-%s@%s" % (start.strftime("%Y%m%d"), FD), start, end,
                   "Board of Trustees - Quarterly Meeting", "Fund Office, Conference Room B",
                   desc, STAFF["admin"][:2])
    body = ("Trustees,\n\nPlease hold the date for the quarterly meeting. Packet will go out by courier a week "
            "ahead.\n\n%s\n\nGreg\n\n%s" % (desc, sig("admin")))
    m = build(A("admin"), ["trustees@" + FD], "Quarterly Trustees Meeting - %s" % start.strftime("%B %-d"), body,
              date=dt, cc=[A(NINA), formataddr(("Michael Halpern", "mhalpern@" + COUNSEL))],
              atts=[("invite.ics", ics, "text/calendar")])
    out.append((m, ""))

    # admin 7: nurse about new UR vendor workflow
    dt = rdate(lo=(2024, 11, 18), span=20)
    body = ("Hi everyone,\n\nReminder that as of 1/1 precertification moves from Cornerstone to the new UR "
            "vendor (Pinnacle Care Review). What changes for us:\n\n"
            "- Requires precert: inpatient admissions, MRI/MRA, CT, PET, sleep studies, spinal injections, "
            "outpatient surgery, home health, DME over $500, and PT/OT past visit 20.\n"
            "- Providers fax to (800) 555-0114 or use the Pinnacle portal. Urgent reviews 72 hrs, standard 15 days.\n"
            "- Pinnacle sends determinations on a daily file; they'll load overnight into ClaimPoint auth screen.\n"
            "- Open Cornerstone auths that cross 1/1 stay valid until they expire. Don't ask providers to redo them.\n\n"
            "If a member calls confused, transfer to me or just take a message. I'll do a 20-minute walk-through "
            "at the Dec staff meeting.\n\nMaureen\n\n%s" % sig("nurse"))
    m = build(A("nurse"), "allstaff@" + FD, "UR vendor change 1/1 - what you need to know", body, date=dt)
    out.append((m, ""))
    return out


# ===========================================================================
# CLEAN: lookalike
# ===========================================================================
def gen_lookalike():
    out = []

    # look 1: PBM invoice
    dt = rdate()
    inv = "INV-%s-%05d" % (dt.year, random.randint(1000, 99999))
    po = "4500-%04d" % random.randint(1000, 9999)
    mem = random.randint(4700, 4950)
    body = ("Invoice %s\nCustomer: %s (Group MLHWF01)\nPO: %s\nBilling period: %s\nDue: Net 30\n\n"
            "  Admin fee PEPM        %5d x $3.25   = $%s\n"
            "  Specialty mgmt fee    %5d x $0.40   = $%s\n"
            "  Clinical program (diabetes)  flat   = $1,250.00\n"
            "  Less: rebate credit Q2              = ($%s)\n\n"
            "Remit ACH to ABA 031%s, acct ****%s, ref %s.\n\n"
            "ClearScript Rx Accounts Receivable | ar@%s | 1-800-555-0107 opt 4\n"
            % (inv, FUND, po, dt.strftime("%B %Y"), mem, "{:,.2f}".format(mem * 3.25), mem,
               "{:,.2f}".format(mem * 0.40), "{:,.2f}".format(random.randint(180000, 260000)),
               digits(6), digits(4), inv, PBM))
    pdf = make_pdf(body.split("\n"))
    m = build(formataddr(("ClearScript AR", "ar@" + PBM)), "ap@" + FD, "Invoice %s - PO %s" % (inv, po),
              body, date=dt, atts=[("%s.pdf" % inv, pdf, "application/pdf")])
    out.append((m, ""))

    # look 2: PPN provider directory additions with NPIs and licences
    dt = rdate()
    provs = [("Adeyemi, Oluwaseun MD", "Cardiology", "MD%06d" % random.randint(40000, 99999)),
             ("Yablonski, Mark DO", "Orthopedic Surgery", "OS%06d" % random.randint(10000, 19999)),
             ("Patel, Anjali MD", "Family Medicine", "MD%06d" % random.randint(40000, 99999)),
             ("Hwang, Grace PT", "Physical Therapy", "PT%06d" % random.randint(20000, 29999)),
             ("Mendez, Luis MD", "Orthopedic Surgery", "MD%06d" % random.randint(40000, 99999)),
             ("Okeke, Ifeoma LCSW", "Behavioral Health", "CW%06d" % random.randint(10000, 19999))]
    lines = ["%-26s %-20s NPI 1%s  PA Lic %s  Tel %s" % (n, s, digits(9), lic, phone()) for n, s, lic in provs]
    body = ("Allied Provider Network - Directory Update #%d\n\nThe following practitioners were added "
            "effective the 1st of next month:\n\n%s\n\nTerminations: Harwick Urgent Care (TIN 23-%s) effective "
            "end of month. Members may continue active treatment for 90 days.\n\nProvider Relations\nAllied Provider "
            "Network | network@%s\n" % (random.randint(200, 400), "\n".join(lines), digits(7), PPO))
    m = build(formataddr(("Allied PPN Provider Relations", "network@" + PPO)), "providers@" + FD,
              "Directory update - new practitioners", body, date=dt)
    out.append((m, ""))

    # look 3: code list for preventive benefit
    dt = rdate(lo=(2024, 11, 1), span=40)
    body = ("Annette,\n\nHere's the code list to load for the 2025 preventive benefit (paid at 100%, no "
            "deductible, in-network). No changes to the diagnosis pairing logic.\n\n"
            "Well visits: 99381-99387, 99391-99397\nScreening colonoscopy: 45378, 45380, 45385 with Z12.11; "
            "G0105, G0121; modifier 33 or PT\nMammography: 77063, 77067 with Z12.31\n"
            "Cervical: 88142, 88175, 87624 with Z01.411, Z01.419, Z12.4\nLipids: 80061 with Z13.220\n"
            "Diabetes screen: 82947, 83036 with Z13.1\nImmunizations: 90471-90474, 90658, 90686, 90750, 91320\n"
            "Lung cancer screen: 71271 with Z87.891, Z12.2 (age 50-80)\nPrEP: J0739, 86701-86703, 87389\n\n"
            "Source: the plan's preventive services schedule + USPSTF A/B list as of October.\n\nVictor\n\n"
            "Victor Amsel, FSA, MAAA\nConsulting Actuary | Harlan Cross\n(215) 555-0166")
    m = build(A(VICTOR), A("claimsup"), "2025 preventive code list", body, date=dt, cc=A("it"))
    out.append((m, ""))

    # look 4: IT ticket notification
    dt = rdate()
    tk = "INC%07d" % random.randint(40000, 99999)
    body = ("Ticket %s has been updated.\n\nShort description: Claims examiner workstation - scanner "
            "driver fails after update\nRequested by: %s\nAssigned to: %s\nPriority: 3 - Moderate\n"
            "State: Resolved\nCI: WS-CLM-0%d (Dell OptiPlex 7010, S/N %s)\nAsset tag: MLH-%05d\n"
            "IP: 10.20.%d.%d\n\nResolution notes: rolled back TWAIN driver to 4.2.1, re-registered device "
            "with ClaimPoint imaging. Verified batch 2024-%s scanned OK.\n\nView ticket: https://help.%s/%s\n"
            % (tk, N("luz"), N("it"), random.randint(10, 40), "".join(random.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(7)),
               random.randint(100, 999), random.randint(1, 9), random.randint(10, 250),
               digits(5), FD, tk))
    m = build(formataddr(("MLHWF Help Desk", "helpdesk@" + FD)), A("luz"), "[%s] Resolved" % tk, body, date=dt,
              headers={"Auto-Submitted": "auto-generated"})
    out.append((m, ""))

    # look 5: actuary monthly aggregate experience
    dt = rdate(lo=(2024, 8, 5), span=10)
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    lines = ["Month  Avg Lives  Med Paid     Rx Paid     PMPM Med  PMPM Rx  Claims Cnt",
             "-----  ---------  -----------  ----------  --------  -------  ----------"]
    for mo in months:
        lives = random.randint(10800, 11300)
        med = random.randint(6200000, 7900000)
        rx = random.randint(1900000, 2500000)
        lines.append("%-5s  %9s  %11s  %10s  %8.2f  %7.2f  %10s" % (
            mo, "{:,}".format(lives), "{:,}".format(med), "{:,}".format(rx), med / lives, rx / lives,
            "{:,}".format(random.randint(14000, 18500))))
    body = ("Greg,\n\nMonthly experience through June (incurred/paid, lag-adjusted at 92%% completion):\n\n%s\n\n"
            "Rx trend is +11.8%% year over year, almost all GLP-1 and specialty. Medical trend +5.1%%. Reserve "
            "(IBNR) estimate at 6/30: $%s. Lives include dependents and retirees.\n\nVictor"
            % ("\n".join(lines), "{:,}".format(random.randint(9000000, 12000000))))
    m = build(A(VICTOR), A("admin"), "June experience summary", body, date=dt, cc=A(NINA))
    out.append((m, ""))

    # look 6: records storage shipment with tracking
    dt = rdate()
    trk = ["1Z%s03%s" % ("".join(random.choice("0123456789ABCDEF") for _ in range(6)), digits(8)) for _ in range(3)]
    body = ("Carol,\n\nPickup confirmed for %s. Manifest:\n\n"
            "  Box 2016-CLM-001 to 2016-CLM-024   claims paper, DOS year 2016   destroy after 12/31/2024\n"
            "  Box 2017-APL-001 to 2017-APL-006   appeals files, closed 2017    retain to 12/31/2027\n"
            "  Box 2019-FIN-001 to 2019-FIN-003   audit workpapers              retain to 12/31/2026\n\n"
            "Tracking: %s\n\nCertificate of destruction will follow for the 2016 boxes. Account #RS-%s, "
            "PO 4500-%s.\n\nIronvault Records | dispatch@ironvaultrecords.com | (800) 555-0166"
            % ((dt + datetime.timedelta(days=3)).strftime("%A %-m/%-d"), ", ".join(trk), digits(5), digits(4)))
    m = build(formataddr(("Ironvault Dispatch", "dispatch@ironvaultrecords.com")), A("office"),
              "Pickup confirmation - 33 boxes", body, date=dt)
    out.append((m, ""))

    # look 7: flu clinic logistics with lot numbers, NDCs, aggregate counts
    dt = rdate(lo=(2024, 9, 3), span=20)
    body = ("Hi Maureen,\n\nConfirming the union hall flu clinics:\n\n"
            "  Tue 10/1  Local 412 Hall, 7 Mill Rd       6:00-9:00 AM\n"
            "  Thu 10/3  Local 87 Hall, 44 Canal St       6:00-9:00 AM\n"
            "  Sat 10/5  Fund office lobby                9:00 AM-1:00 PM\n\n"
            "Vaccine: Fluzone High-Dose (65+) NDC 49281-0124-65, Lot UJ%s, exp 06/30/2025\n"
            "         Flucelvax (under 65) NDC 70461-0324-03, Lot %s, exp 06/30/2025\n\n"
            "Last year we did 412 shots across the three days; we'll bring 500 doses. Pharmacists: 3 per site. "
            "Billing goes to ClearScript as a pharmacy claim, no paper from your side.\n\n"
            "Thanks,\nDana Whitcomb, PharmD\nClinical Programs Manager | ClearScript Rx\n1-800-555-0107 x2290"
            % (digits(6), digits(6)))
    m = build(formataddr(("Dana Whitcomb", "dwhitcomb@" + PBM)), A("nurse"), "flu clinics - final", body,
              date=dt, cc=[A(BA_FRANK), A(BA_TERESA)])
    out.append((m, ""))
    return out

# ===========================================================================
# CLEAN: news
# ===========================================================================
def gen_news():
    out = []
    logo = make_png()

    # news 1: member newsletter with HTML + logo
    dt = rdate(lo=(2024, 10, 1), span=10, hour=10)
    text = ("BENEFITS BULLETIN - Fall %d\n%s\n\n"
            "Hours reminder\nYour coverage for each quarter is based on hours worked two quarters earlier. "
            "You need 300 hours in the work quarter to stay covered. If you fall short, you'll get a self-pay "
            "letter. Pay on time to avoid a gap.\n\n"
            "New: 24/7 telehealth\nStarting January 1, you and your covered family can see a doctor by video "
            "for a $0 copay. Good for colds, rashes, pink eye, sinus infections and prescription refills. "
            "Download the app or call the number on your new ID card.\n\n"
            "Flu shots at the hall\nFree flu shots at Local 412 (Oct 1) and Local 87 (Oct 3), 6-9 AM. Bring "
            "your card.\n\n"
            "Preventive care is free\nAnnual physicals, mammograms, colonoscopies at 45+, and kids' well "
            "visits are covered at 100%% in network.\n\n"
            "Questions? Member Services %s, Mon-Fri 7:30-4:30.\n\n"
            "You are receiving this because you are a participant in the %s. To unsubscribe from e-mail "
            "bulletins reply STOP." % (dt.year, FUND, FUND_PHONE, FUND))
    html = html_wrap(text).replace(
        'font-size:11pt">', 'font-size:11pt">\n<img src="cid:logo" alt="MLHWF" width="160" height="48"><br>', 1)
    m = build(formataddr((FUND, "bulletin@" + FD)), "members@" + FD, "Benefits Bulletin - Fall %d" % dt.year,
              text, date=dt, html=html, headers={"List-Unsubscribe": "<mailto:bulletin@%s?subject=STOP>" % FD})
    # attach logo as related image on the html part
    for part in m.walk():
        if part.get_content_type() == "text/html":
            part.add_related(logo, maintype="image", subtype="png", cid="<logo>", filename="mlhwf_logo.png")
            break
    out.append((m, ""))

    # news 2: heat illness prevention bulletin
    dt = rdate(lo=(2024, 6, 10), span=20)
    body = ("SAFETY TOOLBOX TALK - Heat Illness\nMidstate District Council of Laborers - Training & Safety\n\n"
            "Construction workers account for a disproportionate share of heat-related deaths on the job. "
            "Most happen in the first days on a new site or during the first heat wave of the season, before "
            "crews are used to it.\n\nWater. Rest. Shade.\n- Drink a cup of water every 15-20 minutes, even "
            "if you are not thirsty.\n- New and returning workers: build up over 7-14 days.\n- Know the signs: "
            "heavy sweating, cramps, dizziness, confusion, hot dry skin.\n- Heat stroke is a 911 emergency. "
            "Cool the worker with water and ice while waiting.\n\nForemen: post the heat index each morning. "
            "Above 103 F, mandatory 15-minute breaks every hour.\n\nPrint and post at the job trailer.")
    m = build(formataddr(("MDC Training & Safety", "safety@" + DC)), "stewards@" + DC, "Toolbox Talk: Heat Illness",
              body, date=dt, atts=[("toolbox_heat.pdf", make_pdf(body.split("\n")), "application/pdf")])
    out.append((m, ""))

    # news 3: consultant industry update
    dt = rdate()
    body = ("HARLAN CROSS CLIENT BRIEF - Multiemployer Health Plans\n\n"
            "1. GLP-1 spend. Across our multiemployer book, GLP-1 drugs rose from 4% to 11% of pharmacy spend "
            "in two years. Plans are choosing among covering for diabetes only, covering weight loss with a "
            "lifestyle program requirement, or covering with a BMI threshold and reauthorization.\n\n"
            "2. Stop-loss renewals. Specific deductibles are rising 8-12% at renewal; lasers on known "
            "large claimants are back.\n\n"
            "3. Mental health parity. New final rules require comparative analyses of network adequacy and "
            "prior authorization for mental health vs. medical. Expect requests from your TPA this year.\n\n"
            "4. Price transparency. Machine-readable files and the member cost estimator tool are now routine "
            "audit items.\n\nQuestions? Contact your Harlan Cross consultant.\n\n"
            "Harlan Cross Benefit Consulting | 1600 Market St, Philadelphia PA | harlancross.com\n"
            "You are receiving this brief as a client contact. Unsubscribe: reply REMOVE.")
    m = build(formataddr(("Harlan Cross Insights", "insights@" + CONSULT)), A("admin"),
              "Client Brief: GLP-1s, stop-loss, parity", body, date=dt, html=html_wrap(body))
    out.append((m, ""))

    # news 4: local bulletin, health fair
    dt = rdate(lo=(2024, 4, 1), span=30)
    body = ("LOCAL 412 NEWS\n\nHEALTH FAIR AT THE HALL - Saturday, May 18, 8 AM to noon\n\n"
            "Free blood pressure, cholesterol and blood sugar checks, hearing screening, and skin checks. The "
            "Fund's nurse case manager and Member Services will be on hand to answer questions about your "
            "coverage, hours, and sick benefits. ClearScript will do med reviews for anyone who brings their "
            "pill bottles.\n\nBreakfast from the apprentices. Bring the family - kids' bike helmet giveaway.\n\n"
            "ALSO: Retiree luncheon June 6; softball league sign-ups at the window.\n\n"
            "Ray Okonkwo, Business Manager")
    m = build(A(BA_RAY), "members@" + LOCAL412, "Local 412 News - Health Fair May 18", body, date=dt,
              atts=[("flyer.png", make_png(320, 120, band=(150, 20, 20)), "image/png")])
    out.append((m, ""))

    # news 5: research summary on opioid overdose in construction
    dt = rdate()
    body = ("Research roundup (shared by Maureen for the staff newsletter)\n\n"
            "Opioids and the building trades. Published state death-certificate studies consistently find "
            "construction workers have some of the highest opioid overdose death rates of any occupation, "
            "several times the all-worker average. Researchers link this to high injury rates, chronic pain, "
            "pressure to return to work quickly, and lack of paid sick leave.\n\n"
            "What helps, according to the literature:\n- Naloxone at job sites and in union halls\n- Peer "
            "recovery programs run by members\n- Plan design that covers physical therapy and non-opioid pain "
            "care without high copays\n- Fast access to medication for opioid use disorder (buprenorphine, "
            "methadone) with no prior authorization\n\nOur own plan dropped prior auth for buprenorphine in "
            "2023. Naloxone is $0 at any pharmacy.")
    m = build(A("nurse"), "staffnews@" + FD, "for the newsletter - opioids in the trades", body, date=dt)
    out.append((m, ""))

    # news 6: PBM mail order marketing
    dt = rdate(hour=11)
    text = ("Save time and money with ClearScript Home Delivery\n\n"
            "Get a 90-day supply of your maintenance medications for the same copay as 60 days at retail. "
            "Free standard shipping, refill reminders by text, and pharmacists available 24/7.\n\n"
            "Plan sponsors: members who switch to home delivery save an average of $84 a year, and plans see "
            "2-4% lower net cost on maintenance drugs. Ask your account manager about a member mailing this "
            "fall.\n\nClearScript Rx | clearscriptrx.net\nThis is a promotional message for plan sponsors.")
    m = build(formataddr(("ClearScript Rx", "news@" + PBM)), "pharmacy@" + FD, "Home Delivery for your members",
              text, date=dt, html=html_wrap(text, "ClearScript Home Delivery"))
    out.append((m, ""))
    return out


# ===========================================================================
# CLEAN: staff
# ===========================================================================
def gen_staff():
    out = []

    # staff 1: holiday coverage schedule
    dt = rdate(lo=(2024, 12, 2), span=8)
    body = ("Claims team,\n\nHoliday week coverage (office closed 12/25 and 1/1):\n\n"
            "Mon 12/23  Luz, Devon, Kathy (half)\nTue 12/24  Devon, Kathy - close at noon\n"
            "Thu 12/26  Luz, Kathy\nFri 12/27  Luz, Devon\nMon 12/30  Kathy, Devon\nTue 12/31  Luz - close at 2\n"
            "Thu 1/2    everyone\n\nPend queue must be under 400 on 12/20 before anyone leaves for vacation. "
            "Check run is 12/26 this year.\n\nAnnette")
    m = build(A("claimsup"), "claimsteam@" + FD, "holiday coverage", body, date=dt)
    out.append((m, ""))

    # staff 2: nurse backup on-call list with credentials
    dt = rdate(lo=(2024, 12, 9), span=10)
    body = ("Care management after-hours / backup schedule, next quarter:\n\n"
            "Week of   Primary                          Backup\n"
            "1/6       Maureen Falco, RN, CCM           Pinnacle on-call RN\n"
            "1/13      Janet Oduya, RN (per diem)       Maureen Falco, RN, CCM\n"
            "1/20      Maureen Falco, RN, CCM           Janet Oduya, RN\n"
            "1/27      Pinnacle on-call RN              Maureen Falco, RN, CCM\n\n"
            "Maureen cell: (570) 555-0152  Janet cell: (570) 555-0153  Pinnacle: (800) 555-0114\n\n"
            "Janet's CCM exam is in March - good luck Janet!\n\nGreg")
    m = build(A("admin"), [A("nurse"), formataddr(("Janet Oduya", "joduya@" + FD))], "CM on-call Q1", body,
              date=dt, cc=A("asstadm"))
    out.append((m, ""))

    # staff 3: HR staff open enrollment
    dt = rdate(lo=(2024, 11, 4), span=10)
    body = ("Hi everyone,\n\nOpen enrollment for fund office employees runs 11/11-11/22. A reminder that our "
            "staff plan is separate from the plan we administer.\n\n- Medical: same two options, premiums up "
            "4%%.\n- Dental/vision: no change.\n- FSA limit goes to $3,300; dependent care stays $5,000.\n"
            "- New: pet insurance (voluntary).\n\nForms are in the HR folder or come see me. If you don't make "
            "changes your elections roll over, except the FSA, which you must re-elect.\n\nLinda\n%s\n\n%s"
            % (sig("hr", short=True), FUND_NOTICE_SHORT))
    m = build(A("hr"), "allstaff@" + FD, "Staff open enrollment 11/11-11/22", body, date=dt,
              atts=[("2025_staff_benefits_summary.pdf", make_pdf(["FUND OFFICE STAFF BENEFITS 2025",
                                                                  "Medical PPO: employee $48/pay, family $156/pay",
                                                                  "Medical HDHP: employee $22/pay, family $81/pay",
                                                                  "Dental, vision: unchanged",
                                                                  "FSA $3,300; DCAP $5,000"]), "application/pdf")])
    out.append((m, ""))

    # staff 4: retirement party
    dt = rdate(lo=(2024, 5, 1), span=20)
    body = ("Please join us to celebrate KATHY NGUYEN-ORTIZ's retirement after 31 years at the Fund!\n\n"
            "Friday June 14, 3:00 PM, conference room B. Cake and coffee. Card and collection at Carol's desk "
            "through the 12th.\n\nKathy started here in 1993 processing paper claims by hand and has trained "
            "nearly every examiner in the building. We'll miss her!")
    m = build(A("office"), "allstaff@" + FD, "Retirement celebration - Kathy!", body, date=dt,
              html=html_wrap(body, "Happy Retirement, Kathy!"))
    out.append((m, ""))

    # staff 5: payroll timesheets early
    dt = rdate(lo=(2024, 11, 18), span=3)
    body = ("Timesheets for the pay period ending 11/30 are due Tuesday 11/26 by noon because of Thanksgiving. "
            "Please record 11/28 and 11/29 as HOL. If you're taking PTO the week of the 25th, enter it now.\n\n"
            "Direct deposit will hit Friday 12/6 as usual.\n\nLinda Sorensen\nHR & Payroll")
    m = build(A("hr"), "allstaff@" + FD, "Timesheets due early - Thanksgiving", body, date=dt)
    out.append((m, ""))

    # staff 6: staff member leave, no health details
    dt = rdate(lo=(2024, 9, 23), span=7)
    body = ("Team,\n\nDevon will be out on leave starting Monday 10/7 and is expected back 11/18. Luz will take "
            "his provider correspondence queue and Kathy will cover his pend queue. Please route any calls from "
            "Riverbend's billing office to Luz.\n\nPlease respect his privacy - no need to reach out about work "
            "while he's out.\n\nAnnette")
    m = build(A("claimsup"), "claimsteam@" + FD, "Devon out 10/7-11/18 - coverage", body, date=dt, cc=A("hr"))
    out.append((m, ""))

    # staff 7: new hire + certification congrats
    dt = rdate()
    body = ("Good morning all,\n\nPlease welcome ANA LUISA FERREIRA, who joins the Eligibility & Contributions "
            "team on Monday as our new Eligibility Clerk. Ana comes to us from the Carpenters' fund in "
            "Scranton, where she did employer remittance reconciliation for six years, and she speaks "
            "Portuguese and Spanish. She'll sit with Brianna for her first two weeks.\n\n"
            "Also congratulations to Darnell Pryce, who just completed his CEBS designation, and to Tom "
            "Gerrity for passing the Certified Professional Coder exam (CPC).\n\nGreg\n\n%s" % sig("admin"))
    m = build(A("admin"), "allstaff@" + FD, "Welcome Ana + congrats Darnell and Tom", body, date=dt)
    out.append((m, ""))
    return out


# ===========================================================================
# CLEAN: training
# ===========================================================================
def gen_training():
    out = []

    # training 1: COB case study for new examiners with fictional members
    dt = rdate()
    body = ("New examiner training - Week 2, COB exercise\n\nAll members below are FICTITIOUS training records "
            "in the ClaimPoint TRAIN region (TRN). Do not look them up in production.\n\n"
            "Case A: Sample Member, Jane (ID TRN0000101), employee. Spouse John Sample has coverage through his "
            "employer. John has an office visit billed $180. Which plan is primary for John? What does our plan "
            "pay if the primary allowed $120 and paid $96?\n\n"
            "Case B: Child Sample, age 9 (ID TRN0000103). Parents not divorced. Mom's birthday is 3/14, "
            "Dad's is 11/2. Which plan is primary under the birthday rule?\n\n"
            "Case C: Retiree Sample, Bob (ID TRN0000110), age 67, Medicare A and B. Claim for $1,000, Medicare "
            "approved $600 and paid $480. What do we pay?\n\nAnswers due Thursday. We'll go over them "
            "together Friday at 10.\n\nKathy")
    m = build(A("kathy"), ["claimstrainees@" + FD], "Week 2 - COB exercise (training records)", body, date=dt,
              cc=A("claimsup"))
    out.append((m, ""))

    # training 2: eligibility quiz with answer key as DOCX
    dt = rdate()
    paras = ["ELIGIBILITY RULES QUIZ - Member Services staff", "",
             "1. How many hours in a work quarter are needed for coverage in the benefit quarter? (a) 250 (b) 300 (c) 350",
             "2. Hours worked January-March provide coverage for which quarter? (a) Apr-Jun (b) Jul-Sep (c) Oct-Dec",
             "3. True or false: weeks on paid weekly disability are credited at 40 hours per week.",
             "4. A dependent child is covered until the end of the month they turn ___.",
             "5. Self-pay must be received within ___ days of the due date.", "",
             "ANSWER KEY: 1-b, 2-b, 3-true, 4-26, 5-30"]
    body = ("Hi team - short quiz for Friday's meeting attached, answer key is on the last line so print "
            "only page 1 for people. No names, no real cases. 10 minutes.\n\nJamal")
    m = build(A("ms"), "memberservices@" + FD, "Friday quiz", body, date=dt,
              atts=[("Eligibility_Quiz.docx", make_docx(paras), DOCX)])
    out.append((m, ""))

    # training 3: UAT test script with test records
    dt = rdate(lo=(2024, 5, 1), span=60)
    script = ["Step,Test Record,Action,Expected Result,Pass/Fail,Tester",
              "1,TESTPATIENT ALPHA (ML9999901),Enter 837P office visit 99213,Pays at PPN rate 125% Medicare,,",
              "2,TESTPATIENT ALPHA (ML9999901),Enter 2nd visit same DOS,Denies duplicate CARC 18,,",
              "3,TESTPATIENT BRAVO (ML9999902),Terminate eligibility 3/31 and enter 4/2 claim,Denies CARC 27,,",
              "4,TESTPATIENT CHARLIE (ML9999903),Enter PT visit #21,Pends for precert,,",
              "5,TESTPATIENT DELTA (ML9999904),Medicare primary - enter crossover claim,Pays secondary,,",
              "6,n/a,Run 835 in test mode,ISA15=T; file passes validator,,"]
    body = ("All,\n\nUAT for ClaimPoint 9.4 starts Monday in the TEST region. Script attached. Each of you "
            "gets steps as assigned in the sheet. Use ONLY the TESTPATIENT records (ML99999xx). Log defects "
            "in the help desk with category 'UAT 9.4'.\n\nPete")
    m = build(A("it"), [A("luz"), A("devon"), A("kathy"), A("elig")], "UAT script - ClaimPoint 9.4", body,
              date=dt, atts=[("UAT_9.4_script.csv", "\r\n".join(script) + "\r\n", "text/csv")])
    out.append((m, ""))

    # training 4: de-identified appeals case study
    dt = rdate()
    body = ("Appeals training - case study (de-identified; details changed)\n\n"
            "A participant in his 50s had an emergency appendectomy at an out-of-network hospital while "
            "traveling. The claim paid at the out-of-network level and the participant was balance billed. "
            "He appealed.\n\nDiscussion:\n1. Does the No Surprises Act apply? (Emergency services - yes.)\n"
            "2. What cost sharing should apply? (In-network level.)\n3. What is our deadline to decide a "
            "post-service appeal? (Next quarterly trustee meeting, or the one after if filed within 30 days "
            "of it.)\n4. What goes in the decision letter?\n\nBring your answers to Wednesday's session.\n\nTom\n\n%s"
            % sig("appeals"))
    m = build(A("appeals"), ["claimsteam@" + FD, "memberservices@" + FD], "Appeals training case - Wed", body,
              date=dt)
    out.append((m, ""))

    # training 5: privacy training reminder with fictional scenarios
    dt = rdate(lo=(2024, 2, 1), span=30)
    body = ("Annual privacy & security training is due by March 31. It's 45 minutes in the LMS.\n\n"
            "This year's scenarios (all made up) include:\n- A caller says she's a member's wife and asks "
            "what his claim was for. What do you verify?\n- A business agent asks for a list of members who "
            "are out on disability. Can you give it to him?\n- You get an email meant for another fund.\n\n"
            "Completion is tracked for the auditors. Thanks!\n\nDarnell Pryce\nAssistant Fund Administrator & "
            "Privacy Officer")
    m = build(A("asstadm"), "allstaff@" + FD, "Privacy training due 3/31", body, date=dt)
    out.append((m, ""))

    # training 6: EDI onboarding test file with a test patient
    dt = rdate()
    ctrl = random.randint(100, 999)
    segs = ["ST*837*0001*005010X222A1",
            "BHT*0019*00*TEST0001*%s*0900*CH" % dt.strftime("%Y%m%d"),
            "NM1*41*2*NEWPRACTICE TEST*****46*NPTEST",
            "NM1*40*2*MIDSTATE LABORERS HWF*****46*MLHWF",
            "HL*1**20*1", "NM1*85*2*NEWPRACTICE TEST*****XX*1999999984",
            "HL*2*1*22*0", "SBR*P*18*MLHWF01******CI",
            "NM1*IL*1*TESTER*TONY****MI*ML9999999",
            "DMG*D8*19800101*M",
            "NM1*PR*2*MIDSTATE LABORERS HWF*****PI*MLHWF",
            "CLM*TEST-CLM-001*100***11:B:1*Y*A*Y*Y",
            "HI*ABK:Z0000",
            "LX*1", "SV1*HC:99213*100*UN*1***1", "DTP*472*D8*%s" % dt.strftime("%Y%m%d")]
    isa = isa_env("NPTEST", "MLHWF", "HC", segs, dt, ctrl, usage="T")
    body = ("Hi,\n\nFor your EDI onboarding, please send a test 837P to our test mailbox using the sample below "
            "(fictitious subscriber TESTER, TONY; usage indicator T). Once it passes our validator we'll move "
            "you to production.\n\n%s\nEDI Support\n%s\n%s" % (x12_text(isa), FUND, FUND_PHONE))
    m = build(formataddr(("MLHWF EDI Support", "edi@" + FD)), "billing@newpracticetest.com",
              "EDI onboarding - sample test file", body, date=dt)
    out.append((m, ""))
    return out


# ===========================================================================
# main
# ===========================================================================
PLAN = [
    ("phi", "care", gen_care, 8), ("phi", "ids", gen_ids, 8), ("phi", "lang", gen_lang, 8),
    ("phi", "lists", gen_lists, 7), ("phi", "names", gen_names, 8), ("phi", "self", gen_self, 7),
    ("phi", "struct", gen_struct, 7),
    ("clean", "admin", gen_admin, 7), ("clean", "lookalike", gen_lookalike, 7), ("clean", "news", gen_news, 6),
    ("clean", "staff", gen_staff, 7), ("clean", "training", gen_training, 6),
]


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: python3 gen.py OUTDIR")
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rows = []
    counts = {}
    for label, kind, fn, want in PLAN:
        msgs = fn()
        if len(msgs) != want:
            raise SystemExit("%s-%s produced %d, expected %d" % (label, kind, len(msgs), want))
        for i, (m, pname) in enumerate(msgs, 1):
            name = "%s-%s-%03d.eml" % (label, kind, i)
            with open(os.path.join(outdir, name), "wb") as fh:
                fh.write(m.as_bytes(policy=policy.SMTP))
            rows.append((name, label, kind, pname if label == "phi" else ""))
            counts["%s-%s" % (label, kind)] = counts.get("%s-%s" % (label, kind), 0) + 1
    with open(os.path.join(outdir, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    for k, v in counts.items():
        print("%-16s %d" % (k, v))
    print("total            %d" % sum(counts.values()))


if __name__ == "__main__":
    main()
