#!/usr/bin/env python3
"""Generate a blind evaluation set of clinical-research-site email.

Usage: python3 gen.py OUTDIR
Standard library only; deterministic (random.seed(SEED)).
Everything here is invented: people, numbers, organisations, addresses.
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
from collections import OrderedDict
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime, formataddr

SEED = 8302
random.seed(SEED)

OUT = sys.argv[1] if len(sys.argv) > 1 else "."

# ---------------------------------------------------------------- the site
SITE = "Crestmoor Clinical Research"
DOM = "crestmoorresearch.com"
ADDR1 = "2150 Alder Park Blvd, Suite 300"
ADDR2 = "Riverton, OH 43390"
MAIN = "614-555-0140"
FAX = "614-555-0149"

STAFF = {
    "dana":   ("Dana Whitcomb", "dwhitcomb", "Lead Clinical Research Coordinator", "CCRC", "614-555-0142"),
    "marcus": ("Marcus Oyelaran", "moyelaran", "Clinical Research Coordinator", "CRC", "614-555-0143"),
    "priya":  ("Priya Venkataraman", "pvenkataraman", "Clinical Research Coordinator II", "CCRP", "614-555-0144"),
    "luis":   ("Luis Cardenas", "lcardenas", "Recruitment & Community Outreach Specialist", "", "614-555-0151"),
    "strand": ("Helen Strand", "hstrand", "Principal Investigator / Medical Director", "MD", "614-555-0145"),
    "tomasz": ("Tomasz Wierzbicki", "twierzbicki", "Sub-Investigator", "DO", "614-555-0146"),
    "kenji":  ("Kenji Matsuda", "kmatsuda", "Research Pharmacist", "PharmD", "614-555-0147"),
    "rachel": ("Rachel Obi", "robi", "Regulatory Affairs Manager", "MS, RAC", "614-555-0152"),
    "gwen":   ("Gwen Talley", "gtalley", "Site Director", "MBA", "614-555-0141"),
    "minh":   ("Minh Tran", "mtran", "Data Coordinator", "", "614-555-0153"),
    "sofia":  ("Sofia Reyes", "sreyes", "Finance & Participant Payments", "", "614-555-0154"),
    "ines":   ("Ines Carvalho", "icarvalho", "Research Nurse", "RN, BSN", "614-555-0155"),
    "abdi":   ("Abdi Warsame", "awarsame", "Lab & Specimen Processing Lead", "MLT(ASCP)", "614-555-0156"),
    "britt":  ("Brittany Kolb", "bkolb", "Front Desk / Scheduling", "", "614-555-0140"),
    "hoa":    ("Hoa Nguyen", "hnguyen", "Clinical Research Coordinator", "CRC", "614-555-0157"),
    "wei":    ("Wei Lin", "wlin", "Clinical Research Assistant", "", "614-555-0158"),
}

EXT = {
    "cra":     ("Jessica Lindqvist", "jessica.lindqvist@northgatecs.net", "Senior Clinical Research Associate, Northgate Clinical Services"),
    "cra2":    ("Olumide Adeyemi", "o.adeyemi@northgatecs.net", "Clinical Research Associate II, Northgate Clinical Services"),
    "medmon":  ("Arun Bhatt, MD", "abhatt@veltrano-tx.com", "Medical Monitor, Veltrano Therapeutics"),
    "ors":     ("Claire Dufresne", "claire.dufresne@orsolinpharma.com", "Clinical Study Manager, Orsolin Pharma"),
    "lab":     ("Keystone Central Labs", "results-noreply@keystonecentrallab.com", ""),
    "irb":     ("Sterling Ridge IRB", "submissions@sterlingridgeirb.org", ""),
    "pay":     ("TrialPurse Support", "support@trialpurse.net", ""),
    "ride":    ("Nadine Foster", "nfoster@pathwayrides.net", "Trip Coordinator, Pathway Rides"),
}


def st(key):
    """From/To address for a staff member."""
    name, user = STAFF[key][0], STAFF[key][1]
    if key in ("strand", "tomasz"):
        name = "Dr. " + name if random.random() < 0.3 else name
    return formataddr((name, f"{user}@{DOM}"))


def ex(key):
    name, mail = EXT[key][0], EXT[key][1]
    return formataddr((name, mail))


def sig(key, style=None):
    name, user, title, cred, ph = STAFF[key]
    style = style if style is not None else random.choice(["full", "full", "short", "mini"])
    shown = f"{name}, {cred}" if cred else name
    if style == "full":
        lines = ["", "--", shown, title, SITE, ADDR1, ADDR2,
                 f"P: {ph} | F: {FAX}", f"{user}@{DOM}"]
    elif style == "short":
        lines = ["", "Thanks,", name.split()[0], "", shown, f"{title} | {SITE}", f"Direct {ph}"]
    elif style == "mini":
        lines = ["", name.split()[0]]
    else:
        lines = ["", "-" + name.split()[0]]
    return "\n".join(lines)


DISCLAIMER = (
    "CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the "
    "intended recipient(s) and may contain confidential and privileged information. Any "
    "unauthorized review, use, disclosure or distribution is prohibited. If you are not the "
    "intended recipient, please contact the sender by reply e-mail and destroy all copies of "
    "the original message."
)

DISCLAIMER_EXT = (
    "This message and any attachments are confidential and intended solely for the addressee. "
    "If you have received this message in error, please notify the sender immediately and "
    "delete it from your system. Northgate Clinical Services, 400 Pennant Way, Durham, NC 27703."
)

# ---------------------------------------------------------------- time helpers
TZ_DST = datetime.timezone(datetime.timedelta(hours=-4))
TZ_STD = datetime.timezone(datetime.timedelta(hours=-5))


def dt(y, mo, d, h=None, mi=None, sec=None):
    if h is None:
        h = random.choice([7, 8, 8, 9, 10, 10, 11, 12, 13, 14, 14, 15, 16, 16, 17, 19, 21])
    if mi is None:
        mi = random.randint(0, 59)
    tz = TZ_DST if 3 < mo < 11 or (mo == 3 and d > 10) or (mo == 11 and d < 3) else TZ_STD
    if sec is None:
        sec = random.randint(0, 59)
    return datetime.datetime(y, mo, d, h, mi, sec, tzinfo=tz)


def later(d, minutes=None, hours=None, days=None):
    if minutes is None and hours is None and days is None:
        minutes = random.randint(12, 300)
    return d + datetime.timedelta(minutes=minutes or 0, hours=hours or 0, days=days or 0)


def h12(d):
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def on_wrote(d, who):
    return f"On {d:%a}, {d:%b} {d.day}, {d.year} at {h12(d)} {who} wrote:"


def mdy(d):
    return f"{d.month}/{d.day}/{d.year}"


def quote(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.splitlines())


def outlook_block(frm, d, to, subj, body, cc=None, style="orig"):
    if style == "orig":
        head = ["-----Original Message-----"]
    else:
        head = ["________________________________"]
    head += [f"From: {frm}", f"Sent: {d:%A}, {d:%B} {d.day}, {d.year} {h12(d)}", f"To: {to}"]
    if cc:
        head.append(f"Cc: {cc}")
    head += [f"Subject: {subj}", ""]
    return "\n".join(head) + "\n" + body


def fwd_block(frm, d, to, subj, body):
    return ("---------- Forwarded message ---------\n"
            f"From: {frm}\nDate: {d:%a}, {d:%b} {d.day}, {d.year} at {h12(d)}\n"
            f"Subject: {subj}\nTo: {to}\n\n" + body)


def hexid(n=16):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def msgid(domain=DOM):
    style = random.randint(0, 2)
    if style == 0:
        return f"<{hexid(8)}-{hexid(4)}-{hexid(4)}-{hexid(12)}@{domain}>"
    if style == 1:
        return f"<CA{hexid(20).upper()}{random.randint(1000, 9999)}@mail.{domain}>"
    return f"<{random.randint(10**11, 10**12 - 1)}.{hexid(6)}@{domain}>"


def phone(area=None):
    area = area or random.choice(["614", "740", "937", "380"])
    return f"{area}-555-{random.randint(100, 199):04d}"


def rand_dob(y0=1944, y1=1996):
    return datetime.date(random.randint(y0, y1), random.randint(1, 12), random.randint(1, 28))


# ---------------------------------------------------------------- binary attachment builders
FIXED_ZIP_TIME = (2024, 1, 2, 9, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def _x(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def make_docx(paragraphs, title=None):
    body = []
    if title:
        body.append('<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:rPr><w:b/></w:rPr>'
                    f'<w:t xml:space="preserve">{_x(title)}</w:t></w:r></w:p>')
    for p in paragraphs:
        body.append(f'<w:p><w:r><w:t xml:space="preserve">{_x(p)}</w:t></w:r></w:p>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>' + "".join(body) +
           '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" '
           'w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>'
           '</w:body></w:document>')
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


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet="Sheet1"):
    xml_rows = []
    for r_i, row in enumerate(rows, start=1):
        cells = []
        for c_i, v in enumerate(row):
            ref = f"{_col(c_i)}{r_i}"
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_x(v)}</t></is></c>')
        xml_rows.append(f'<row r="{r_i}">' + "".join(cells) + "</row>")
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>' + "".join(xml_rows) + '</sheetData></worksheet>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          f'<sheets><sheet name="{_x(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wb_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
               '</Relationships>')
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
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wb_rels), ("xl/worksheets/sheet1.xml", sheet_xml)])


def _pdf_esc(s):
    s = s.encode("latin-1", "replace").decode("latin-1")
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines, size=10):
    content = [f"BT /F1 {size} Tf 54 750 Td {size + 4} TL"]
    for ln in lines:
        content.append(f"({_pdf_esc(ln)}) Tj T*")
    content.append("ET")
    stream = "\n".join(content).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n".encode()
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def _png_chunk(tag, data):
    c = struct.pack(">I", len(data)) + tag + data
    return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)


def make_png(w, h, kind="logo", color=(28, 86, 120)):
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            if kind == "logo":
                if h * 0.62 < y < h * 0.72:
                    px = (255, 255, 255)
                elif x < w * 0.22 and y < h * 0.62:
                    px = (236, 160, 40)
                else:
                    px = color
            else:  # blank scanned page: off-white with a faint border
                if x < 3 or y < 3 or x > w - 4 or y > h - 4:
                    px = (205, 205, 200)
                else:
                    px = (250, 250, 246)
            raw += bytes(px)
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) +
            _png_chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + _png_chunk(b"IEND", b""))


def make_ics(summary, start, end, location, description, uid_dom=DOM, organizer=None):
    def f(d):
        return d.astimezone(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
             "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VEVENT",
             f"UID:{hexid(24)}@{uid_dom}", f"DTSTAMP:{f(start - datetime.timedelta(days=3))}",
             f"DTSTART:{f(start)}", f"DTEND:{f(end)}", f"SUMMARY:{summary}",
             f"LOCATION:{location}", "DESCRIPTION:" + description.replace("\n", "\\n")]
    if organizer:
        lines.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    lines += ["STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


# ---------------------------------------------------------------- message builder
def build(frm, to, subject, body, date, cc=None, html=None, attachments=(),
          reply_to=None, in_reply_to=None, headers=(), domain=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to if isinstance(to, str) else ", ".join(to)
    if cc:
        m["Cc"] = cc if isinstance(cc, str) else ", ".join(cc)
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    if domain is None:
        try:
            domain = frm.rsplit("@", 1)[1].rstrip(">").strip()
        except IndexError:
            domain = DOM
    m["Message-ID"] = msgid(domain)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    for k, v in headers:
        m[k] = v
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    for att in attachments:
        fname, data, ctype = att
        maintype, subtype = ctype.split("/", 1)
        if isinstance(data, str):
            if maintype == "text":
                m.add_attachment(data, subtype=subtype, filename=fname)
            else:
                m.add_attachment(data.encode("utf-8"), maintype=maintype, subtype=subtype,
                                 filename=fname)
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return m


def html_wrap(text, banner=None):
    paras = []
    for block in text.split("\n\n"):
        paras.append("<p>" + _x(block).replace("\n", "<br>\n") + "</p>")
    top = ""
    if banner:
        top = (f'<div style="background:#1c5678;color:#fff;padding:10px 16px;'
               f'font-family:Arial,sans-serif;font-size:18px">{_x(banner)}</div>')
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,'
            'sans-serif;font-size:11pt">' + top + "\n".join(paras) + "</body></html>")


def cmsg():
    """A few random bits used across generators."""
    return random.random()


GENERATORS = []   # (label, kind, function)


def gen(label, kind):
    def deco(fn):
        GENERATORS.append((label, kind, fn))
        return fn
    return deco


# ================================================================= PHI : care
@gen("phi", "care")
def care_ride():
    d = dt(2024, 5, 13)
    po = f"4500-{random.randint(110000, 129999)}"
    ph = phone("740")
    body = f"""Hi Nadine,

Can you set up a round trip for Alvin Pruitt this Thursday (5/16)?

Pickup: 7:10 AM at 88 Linden Ct, Apt 2B, Riverton -- he uses the side entrance by the laundry room, the front buzzer doesn't work
Drop-off: our office, {ADDR1}
Return: he should be done around 11:30, I'll call dispatch when he's checked out
Phone: {ph} (cell, he doesn't always pick up the first time so let it ring)

He has to be here by 7:45 since he's coming in without breakfast for the blood draw, so please don't put him on a shared ride this time. He walks with a cane, no wheelchair needed, but the driver last time didn't wait for him to get to the curb.

Bill to the Veltrano account as usual (PO {po}).

Thanks!
Marcus
{sig('marcus', 'short')}
"""
    m = build(st("marcus"), ex("ride"), "Ride request - Thu 5/16 - A. Pruitt", body, d, cc=st("britt"))
    return m, "Alvin Pruitt"


@gen("phi", "care")
def care_handover():
    d = dt(2024, 2, 27, 17, 48)
    ph = phone("614")
    body = f"""Hi both - I'm off tomorrow so here's where things are:

- Gloria Benavides, 8:00 in chair 2. Wk 24 dosing visit. She gets nervous with the IV, left arm only, warm pack first, and she wants her daughter Marisol in the room. Pharmacy has her kit ready, Kenji said pick up by 7:45.
- Frank Oduya 10:30 - just vitals, weight and the questionnaires on the tablet. He needs reading glasses (spare pair in the top drawer in room 3). Remind him to bring his diary back next time, he forgot it again.
- Callback: Lorraine Spicer's husband Dale wants someone to call him about her next appt time and the parking validation. {ph}. I told him someone would call before noon.

Sharps bin in room 2 is full, I put in a facilities ticket.

Ines
Sent from my iPhone"""
    m = build(st("ines"), [st("priya"), st("hoa")], "handover for tmrw (Wed)", body, d)
    return m, "Gloria Benavides; Frank Oduya; Lorraine Spicer"


@gen("phi", "care")
def care_daughter():
    d0 = dt(2024, 5, 5, 21, 14)
    d1 = later(d0, hours=12, minutes=31)
    ph = phone("937")
    karen = formataddr(("Karen Kaminski-Lowe", "karenkl1968@example.net"))
    orig = f"""Hi Dana, this is Karen, Walter Kaminski's daughter (I'm the one who came with him to the first appointment). I'm writing because I'm kind of worried. Dad has been mixing up the morning and evening bottles -- I found the evening one almost empty on Sunday and the morning one nearly full. He lives alone since mom passed and I only get over there twice a week.

Is there something like a pill box you can give him, or could someone call him in the mornings? He has his next visit Tuesday the 14th at 9 and I'll drive him. My cell is {ph}, please call me rather than him, he gets flustered on the phone.

Thank you for everything, he really likes coming to see you all.
Karen"""
    body = f"""Karen,

Thank you for letting me know, this is really helpful. Please don't worry, this happens more than you'd think. I'll call you this afternoon between 2 and 3. A couple of things we can do:

1. We'll give him a weekly organizer at the visit on the 14th and fill the first week together with him, so you can see how it's set up.
2. Our CRA Wei can make a short reminder call at 8am for the next two weeks.
3. Please bring BOTH bottles on the 14th, even if they're empty -- we need to count what's left.

If he's missed an evening dose, he should not double up the next morning. Dr. Strand will go over everything with both of you on Tuesday.

Talk soon,
Dana
{sig('dana', 'full')}

{on_wrote(d0, karen)}
{quote(orig)}
"""
    m = build(st("dana"), karen, "RE: My dad - Walter Kaminski", body, d1, cc=st("wei"),
              in_reply_to=msgid("example.net"))
    return m, "Walter Kaminski"


@gen("phi", "care")
def care_dispense():
    d = dt(2024, 6, 3, 10, 22)
    kit = random.randint(40100, 40999)
    conf = f"DSP-{random.randint(7000000, 7999999)}"
    body = f"""Priya,

Dispensed kit {kit} to Yvonne Marchetti (114-031) this morning at V6. She brought back the V5 bottle with 6 tablets left -- that doesn't match the diary (diary says every dose taken), please go over it with her at V7 and document whatever she tells you. Returned bottle is bagged in the quarantine bin with her label on it.

IWRS confirmation {conf} is printed and filed in the pharmacy binder.

Next resupply at V7, approx 6/20 (window +/- 3 days). She asked if she could get two months at once because of a trip in July -- I told her that's a sponsor question, can you ask Jessica?

Kenji

Kenji Matsuda, PharmD
Research Pharmacist | {SITE}
Investigational Drug Service, Rm 312 | {STAFF['kenji'][4]}"""
    m = build(st("kenji"), st("priya"), "GLYDE-3 114-031 dispensing V6", body, d, cc=st("minh"))
    return m, "Yvonne Marchetti"


@gen("phi", "care")
def care_resched():
    d0 = dt(2024, 3, 7, 9, 3)
    d1 = later(d0, minutes=47)
    ph = phone("614")
    orig = """Brit, can you move Desmond's V4? He called, his grandson's graduation is the 12th and he's driving up to Columbus. Anything the week of the 18th works, morning preferred since he has to skip breakfast before. Window closes 3/21.
Thx - Hoa"""
    body = f"""Done - moved Desmond Achterberg from Tue 3/12 to Tue 3/19 at 8:30, room 4. Per your note window closes 3/21 so we're ok. He asked for a reminder call the day before so I put him on the recall list. His wife said to use the home number {ph}, not his cell.

Brittany

{outlook_block(st('hoa'), d0, st('britt'), "Desmond - need to move V4", orig, style='line')}
"""
    m = build(st("britt"), st("hoa"), "RE: Desmond - need to move V4", body, d1)
    return m, "Desmond Achterberg"


@gen("phi", "care")
def care_stipend():
    d = dt(2024, 4, 29, 9, 40)
    last4 = f"{random.randint(0, 9999):04d}"
    body = f"""Marcus --

Loaded $75.00 for Theresa Quon's V4 (4/23) plus $22.40 mileage (32 mi round trip @ $0.70) onto her TrialPurse card ending {last4} this morning.

She called the front desk Friday pretty upset that her V3 payment never showed up. I checked and V3 was never marked complete in CTMS, so it never went into a batch. Can you mark it complete and I'll add it to Thursday's run? She said she's counting on it for gas to get to the next visit so I'd like to get it right this time.

Also she asked whether her son can drive her and still get the mileage -- yes, as long as she signs the form.

Sofia
{sig('sofia', 'full')}"""
    m = build(st("sofia"), st("marcus"), "stipend reload - T. Quon", body, d)
    return m, "Theresa Quon"


@gen("phi", "care")
def care_homevisit():
    d = dt(2024, 6, 5, 15, 12)
    body = f"""Ines, confirming the home visit for Harold Boateng this Saturday 6/8 at 10:00.

Address: 1412 Ridgecrest Dr, Pickerington, OH 43147. Gravel driveway on the left past the red mailbox. His wife Rosa will let you in -- they have a big dog who is friendly but loud, Rosa will put him out back.

Bring:
 * portable ECG (charged, leads in the blue bag)
 * the wk 36 lab kit (fridge B, labeled with his number)
 * cooler + ice packs
 * scale
 * replacement diary device, his screen is cracked

He wants to show you how he's been doing the leg exercises the PT gave him, humor him :)

Courier pickup for the samples is at the office 1:30 so please come straight back. Mileage form is in the shared drive under Forms > Travel.

Thanks so much for taking this one,
Priya
{sig('priya', 'full')}

{DISCLAIMER}"""
    html = html_wrap(body)
    m = build(st("priya"), st("ines"), "Sat home visit - Harold Boateng", body, d,
              cc=st("tomasz"), html=html)
    return m, "Harold Boateng"


@gen("phi", "care")
def care_phonemsg():
    d = dt(2024, 7, 9, 11, 44)
    ph = phone("380")
    body = f"""PHONE MESSAGE
------------------------------------------
For:        Hoa Nguyen
From:       Adaeze Okafor
Phone:      {ph} (home)     Best time: after 4pm
Date/Time:  7/9/2024 11:42 AM
Taken by:   Brittany K.
------------------------------------------
Message:
She ran out of the alcohol pads and needs the next box of pen needles before her shot on Sunday. Asked if we can mail them instead of her coming in, her son has the car this week. Also wants to switch her phone visit on the 18th to the afternoon if possible.

[X] Please call   [ ] Will call back   [ ] Returned your call   [ ] Urgent
------------------------------------------
Sent via Crestmoor front desk message form"""
    m = build(formataddr(("Front Desk Messages", f"frontdesk@{DOM}")), st("hoa"),
              "Phone msg: Adaeze Okafor - call back", body, d,
              headers=[("X-Mailer", "CrestmoorForms 2.3")])
    return m, "Adaeze Okafor"


# ================================================================= PHI : ids
@gen("phi", "ids")
def ids_queries():
    d = dt(2024, 6, 4, 16, 5)
    body = f"""Hi Minh,

Ahead of the interim monitoring visit on 6/11, there are 3 queries on one subject that have been open > 30 days:

1. Subject 114-017, Visit 5 -- visit date in EDC is 14-MAR-2024, progress note in source is dated 15-MAR-2024. Please correct or file an NTF.
2. Subject 114-017, Demographics -- DOB entered 22-AUG-1961; the copy of the ID in the shadow chart shows 22-AUG-1951. Please verify against source and correct.
3. Subject 114-017, Vital Signs V5 -- diastolic 108 mmHg entered with no AE or comment. Please confirm value / add comment.

Can these be resolved by Friday so I don't have to re-open them on site? Happy to jump on a call.

Best regards,
Jessica

Jessica Lindqvist
{EXT['cra'][2]}
M: 919-555-0133

{DISCLAIMER_EXT}"""
    m = build(ex("cra"), st("minh"), "Open queries - Site 114 - please resolve before IMV 6/11", body, d,
              cc=st("dana"))
    return m, ""


@gen("phi", "ids")
def ids_labalert():
    d = dt(2024, 4, 3, 10, 2)
    acc = f"KCL-{random.randint(80000000, 89999999)}"
    body = f"""KEYSTONE CENTRAL LABS -- ALERT VALUE NOTIFICATION
This notification was generated automatically. Please do not reply to this message.

Protocol:      ORS-415-02
Investigator:  STRAND, HELEN          Site: 11
Subject:       4150-11-007            Screening No: S11-0042
Sex:           F                      Year of Birth: 1979
Visit:         WEEK 8                 Collected: 02-APR-2024 08:17
Accession:     {acc}
Received:      03-APR-2024 09:51

Test                    Result   Units     Ref Range      Flag
----------------------  -------  --------  -------------  ----
Potassium               6.4      mmol/L    3.5 - 5.1      AH
ALT                     41       U/L       7 - 35         H
Creatinine              0.82     mg/dL     0.57 - 1.00

Comment: Specimen slightly hemolyzed (H-index 62). Recollection recommended.

Please acknowledge receipt within 24 hours in the Keystone Investigator Portal.
Keystone Central Labs | Client Services 800-555-0119 | 1 Keystone Plaza, Lancaster, PA"""
    m = build(formataddr((EXT["lab"][0], EXT["lab"][1])), f"site11-orsolin@{DOM}",
              "ALERT VALUE NOTIFICATION - ORS-415-02 - Site 11 - Subject 4150-11-007", body, d,
              headers=[("Auto-Submitted", "auto-generated"), ("X-Priority", "1")])
    return m, ""


@gen("phi", "ids")
def ids_denial():
    d = dt(2024, 3, 21, 13, 30)
    acct = f"77{random.randint(10000000, 99999999)}"
    body = f"""Hi Gwen,

We received a denial from Buckeye Mutual on the claim below. CARC 50 / RARC N386, "non-covered: investigational."

  Patient acct:  {acct}
  Member ID:     BMX884120336
  Claim #:       24R0071834
  DOS:           02/27/2024
  Lines:         99214, 93000, 80053, 83036

Per your coverage analysis for VLT-2207-301 these lines should be SOC, billable to insurance with the Q1 modifier and the NCT number. Can you confirm that 2/27 was a SOC visit and send over the CA page so we can appeal? If any of it was actually study-paid we need to move those lines to the study account instead.

Appeal deadline is 4/19.

Thanks,
Tamsin

Tamsin Reilly, CPC
Research Revenue Integrity | Alder Valley Health
p 614-555-0171 | f 614-555-0172"""
    m = build(formataddr(("Reilly, Tamsin", "treilly@aldervalleyhealth.org")),
              [st("gwen")], "Claim 24R0071834 denied - research related?", body, d,
              cc=st("sofia"))
    return m, ""


@gen("phi", "ids")
def ids_w9():
    d = dt(2024, 5, 28, 14, 2)
    body = f"""Gwen -

Participant 114-009 crossed $600 in stipends this year ($675 after the V9 payment posted yesterday). TrialPurse is flagging the account for a 1099-MISC.

Problem: the W-9 on file has SSN xxx-xx-6623 but lists DOB 07/02/1958, and CTMS has 07/20/1958. I'd rather not go over his SSN with him on the phone. Should the coordinator re-collect the W-9 at his next visit (6/4)? He rolled into the GLYDE extension so there are more visits coming anyway.

TrialPurse acct: TP-22816-114

Sofia"""
    m = build(st("sofia"), st("gwen"), "1099 threshold - participant 114-009", body, d)
    return m, ""


@gen("phi", "ids")
def ids_sae():
    d = dt(2024, 4, 3, 16, 55)
    body = f"""Please find attached the initial SAE report for subject 114-022 (VLT-2207-301).

Site awareness: 03-APR-2024 14:20 (call from participant's spouse)
Event: fall at home with right hip fracture, admitted to Alder Valley Medical Center 02-APR-2024, ORIF planned 04-APR
Seriousness: hospitalization
Investigator causality (preliminary): not related
Action with study drug: interrupted

Follow-up report will be sent once the discharge summary is received.

Dana Whitcomb, CCRC
Lead Clinical Research Coordinator
on behalf of Helen Strand, MD (PI, Site 114)
{MAIN} | fax {FAX}

{DISCLAIMER}"""
    pdf = make_pdf([
        "VELTRANO THERAPEUTICS - SERIOUS ADVERSE EVENT REPORT FORM  (v4.0)",
        "",
        "Protocol: VLT-2207-301        Site: 114        Investigator: Helen Strand, MD",
        "Report type: [X] Initial   [ ] Follow-up #__",
        "",
        "SUBJECT",
        "Subject no.: 114-022      Initials: R-J-H      Sex: M",
        "Date of birth: 03-NOV-1949      Weight: 91.2 kg      Height: 178 cm",
        "Date of first dose: 18-OCT-2023      Last dose before event: 01-APR-2024",
        "",
        "EVENT",
        "Term: Right femoral neck fracture (secondary to mechanical fall)",
        "Onset: 02-APR-2024     Site aware: 03-APR-2024",
        "Seriousness criteria: [X] Hospitalization  [ ] Death  [ ] Life-threatening",
        "Hospital: Alder Valley Medical Center, MRN 00519377",
        "Narrative: Participant tripped over a rug at home in the evening, unable to bear",
        "weight. EMS to AVMC ED; X-ray confirmed displaced fracture. Admitted to ortho.",
        "Relevant history: T2DM, HTN, osteoarthritis both knees.",
        "Concomitant meds: metformin 1000 mg BID, lisinopril 20 mg QD, atorvastatin 40 mg QD",
        "",
        "Causality (investigator): Not related     Outcome: Not yet recovered",
        "Action taken with IP: Drug interrupted",
        "",
        "Reporter: Dana Whitcomb, CCRC  for Helen Strand, MD     Date: 03-APR-2024",
    ])
    m = build(st("dana"), formataddr(("Veltrano Drug Safety", "drugsafety@veltrano-tx.com")),
              "SAE Initial Report - VLT-2207-301 - Site 114 - Subj 114-022", body, d,
              cc=[ex("medmon"), ex("cra"), st("strand")],
              attachments=[("SAE_initial_114-022_03APR2024.pdf", pdf, "application/pdf")])
    return m, ""


@gen("phi", "ids")
def ids_records():
    d = dt(2024, 5, 14, 11, 8)
    body = f"""Hello,

We are requesting records for the patient below, who is a participant in a research study at our site. The signed authorization for release of records is attached (scan).

  MRN:               00483921
  DOB:               03/30/1955
  Admit / discharge: 05/06/2024 - 05/09/2024
  Records needed:    ED note, H&P, discharge summary, all lab and imaging reports for this admission

Please fax to {FAX}, Attn: Wei Lin, or upload to the secure portal if that's easier for your team. We need these for a safety report so anything you can do to expedite would be appreciated.

Thank you,
Wei Lin
Clinical Research Assistant
{SITE}
{ADDR1}, {ADDR2}
Ph {STAFF['wei'][4]} | Fax {FAX}"""
    png = make_png(170, 220, "blank")
    m = build(st("wei"), formataddr(("HIM Release of Information", "roi@aldervalleyhealth.org")),
              "Records request - MRN 00483921", body, d,
              attachments=[("ROI_authorization_signed.png", png, "image/png")])
    return m, ""


@gen("phi", "ids")
def ids_screenfail():
    d = dt(2024, 2, 9, 16, 37)
    body = """S-0193 screen failed - HbA1c 11.2 (max 10.5 per I/E #4). DOB 02/14/1967.
Entered SF in IWRS, screening log updated. Dr S called her this afternoon and we faxed the labs to her PCP with her ok.

h"""
    m = build(st("hoa"), st("dana"), "S-0193 SF", body, d)
    return m, ""


@gen("phi", "ids")
def ids_mbi():
    d0 = dt(2024, 7, 15, 10, 16)
    d1 = later(d0, hours=3, minutes=12)
    nct = f"NCT0{random.randint(5800000, 6399999)}"
    orig = f"""Sofia,

Medicare rejected both QCT claims for the RSV study participant -- "invalid beneficiary identifier". Acct 7730522871. Can you send me what you have on file from the study side?

Tamsin"""
    body = f"""Tamsin,

The MBI on the face sheet we have is 3HT7-QW2-PK51 -- the one on the claim was missing the last two characters, I'm guessing that's why it bounced.

DOS 05/21/2024 and 06/18/2024. Both visits are SOC per the CA (E/M + lipid panel), so Q1 on the lines, Z00.6 as secondary dx and {nct} in item 19 / the 2300 loop.

Let me know if you need the face sheet itself and I'll send it through the portal, not email.

Sofia

{on_wrote(d0, 'Reilly, Tamsin <treilly@aldervalleyhealth.org>')}
{quote(orig)}"""
    m = build(st("sofia"), formataddr(("Reilly, Tamsin", "treilly@aldervalleyhealth.org")),
              "RE: QCT claims rejected - acct 7730522871", body, d1,
              in_reply_to=msgid("aldervalleyhealth.org"))
    return m, ""


# ================================================================= PHI : lang
@gen("phi", "lang")
def lang_es():
    d = dt(2024, 6, 10, 6, 52)
    body = """Hola Luis buenos dias

Soy Rosa Elena Maldonado, la del estudio de la diabetes (la que viene los jueves con mi esposo). Le escribo porque desde que empece las pastillas nuevas tengo mucha nausea en las mañanas y anoche vomité dos veces. No se si seguir tomandolas o esperar hasta mi cita. Mi cita es el jueves 13 a las 8.

Otra cosa, todavia no me llega el pago de la visita pasada en la tarjeta, ya van dos semanas.

Me puede llamar despues de las 3 al 614-555-0186, en la mañana estoy en el trabajo.

Gracias, que Dios lo bendiga
Rosa E.

Enviado desde mi Galaxy"""
    m = build(formataddr(("Rosa Maldonado", "rosaelena.mald@example.com")), st("luis"),
              "pregunta sobre las pastillas", body, d)
    return m, "Rosa Elena Maldonado"


@gen("phi", "lang")
def lang_vi():
    d = dt(2024, 4, 17, 22, 5)
    body = """Chào chị Hoa,

Em là Mai, con gái của bà Nguyễn Thị Lan (sinh năm 1951), má em đang tham gia nghiên cứu về trí nhớ ở phòng khám mình. Em viết để hỏi về lịch hẹn tuần sau.

Dạo này má em hay quên hơn trước nhiều. Tối hôm qua má đi bộ ra chợ mà không nhớ đường về nhà, hàng xóm phải chở má về. Má cũng hay hỏi đi hỏi lại một câu. Em lo quá. Em có nên báo cho bác sĩ Strand trước buổi hẹn không chị?

Lịch hẹn của má là thứ Ba ngày 23/4 lúc 9 giờ sáng. Em xin được có thông dịch viên tiếng Việt như lần trước, vì má em không hiểu tiếng Anh nhiều. Em sẽ chở má đi.

Số điện thoại của em: 614-555-0135 (gọi sau 5 giờ chiều giúp em).

Cảm ơn chị nhiều lắm.
Mai"""
    m = build(formataddr(("Mai Tran", "maitran.ohio@example.net")), st("hoa"),
              "Lịch hẹn của má em - Nguyễn Thị Lan", body, d)
    return m, "Nguyễn Thị Lan"


@gen("phi", "lang")
def lang_zh():
    d = dt(2024, 5, 17, 14, 20)
    body = f"""陈阿姨您好，

提醒您一下：您下一次研究访视是 5月21日（星期二）上午8:30，在我们诊所三楼（{ADDR1}）。

请注意：
1. 访视前一天晚上10点以后不要吃东西，可以喝白开水。这次要抽血。
2. 早上的研究药物请先不要吃，带到诊所来，护士会看着您服用。
3. 请带上您的血糖记录本和所有药瓶（包括空瓶子）。
4. 停车票请在三楼前台盖章，可以免费停车。

上次访视的补助（75美元）已经充到您的卡里了，如果没看到请告诉我。您上次说脚有点肿，斯特兰德医生这次会帮您看一下。

如果需要改时间，请打电话 {STAFF['wei'][4]} 找我。

祝好，
林薇
临床研究助理 | {SITE}
{STAFF['wei'][4]}"""
    m = build(st("wei"), formataddr(("Meihua Chen", "chenmh1956@example.com")),
              "访视提醒 - 5月21日（星期二）上午8:30", body, d)
    return m, "Chen Meihua"


@gen("phi", "lang")
def lang_ru():
    d0 = dt(2024, 3, 15, 20, 41)
    d1 = later(d0, hours=13, minutes=5)
    orig = """Здравствуйте!

Меня зовут Галина Петровна Соколова, я участвую в исследовании по мигрени у доктора Странд. У меня проблема с приложением в телефоне — дневник не открывается уже три дня, пишет «ошибка синхронизации». Я записывала приступы на бумажке:

— 11 марта, сильная головная боль с тошнотой, 7 часов, приняла суматриптан;
— 13 марта, средняя, примерно 4 часа;
— 14 марта, опять сильная, меня рвало, пропустила работу.

Это больше, чем обычно. Может быть, это из-за уколов? Следующий укол у меня 28 марта.

Позвоните мне, пожалуйста, по телефону 614-555-0161, лучше вечером после 6. Моя дочь Ирина может переводить.

С уважением,
Галина Соколова"""
    body = f"""Hi team,

Could you translate the message below for us (Russian)? It's from a participant in one of our studies. Routine turnaround is fine but if you can get it back today that would be great, she's reporting symptoms.

Please reply to me directly, not the participant.

Thanks,
Dana
{sig('dana', 'full')}

---------- Forwarded message ---------
From: Galina Sokolova <gsokolova52@example.org>
Date: {d0:%a}, {d0:%b} {d0.day}, {d0.year} at {h12(d0)}
Subject: дневник не работает
To: info@{DOM}

{orig}"""
    m = build(st("dana"), formataddr(("LinguaBridge Translation Desk", "requests@linguabridge.net")),
              "Fwd: дневник не работает - translation request", body, d1)
    return m, "Galina Petrovna Sokolova"


@gen("phi", "lang")
def lang_ht():
    d = dt(2024, 4, 15, 7, 18)
    body = """Bonjou,

Se Jean-Robert Pierre ki ekri w. Mwen te pran vaksen an nan etid la jou vandredi 12 avril la. Depi samdi bra m anfle, li wouj e li cho lè m touche l. Mwen te gen ti lafyèv dimanch swa tou, mwen te pran 2 Tylenol. Kounye a li pi bon yon ti kras men li toujou fè m mal lè m leve bra a. Èske mwen dwe vin wè doktè a?

Yon lòt bagay: yo te di m ap resevwa 100 dola sou kat la pou vizit la, men mwen poko wè anyen.

E pou pwochen randevou a, èske nou ka voye yon machin vin chèche m ankò? Madanm mwen travay lè sa a.

Nimewo telefòn mwen se 614-555-0129.

Mèsi anpil,
Jean-Robert Pierre"""
    m = build(formataddr(("jean robert pierre", "jrpierre77@example.com")), f"info@{DOM}",
              "kesyon sou vaksen an", body, d)
    return m, "Jean-Robert Pierre"


@gen("phi", "lang")
def lang_tl():
    d = dt(2024, 6, 4, 19, 33)
    body = """Hi Ms. Priya,

Magandang gabi po! Ako po si Jasmine, pamangkin ni Corazon Dizon (yung participant sa skin study ninyo). Ako po yung tumutulong sa kanya mag-inject dito sa bahay.

Gusto ko lang po sana itanong -- after ng injection nung Sunday (June 2), namula at namaga po yung balat sa tiyan niya, mga kasing laki ng palad, at makati daw po. Hindi naman po siya nilagnat. Normal lang po ba yun? Nilagyan ko po ng cold compress kagabi. Pinicturan ko na rin po para maipakita namin sa visit niya sa Thursday.

Tapos po, paubos na yung alcohol swabs at puno na po yung sharps container. Pwede po ba kami kumuha ng bago sa Thursday?

Salamat po!
Jasmine (pamangkin ni Tita Cora)

Sent from my iPhone"""
    m = build(formataddr(("Jasmine Dizon-Ramos", "jas.ramos@example.net")), st("priya"),
              "Tanong po about kay Tita Cora (Corazon Dizon)", body, d)
    return m, "Corazon Dizon"


@gen("phi", "lang")
def lang_pt():
    d = dt(2024, 7, 11, 15, 2)
    body = f"""Olá Sr. Marcos,

Tudo bem? Aqui é a Ines, enfermeira da Crestmoor. Recebemos os resultados dos exames de sangue da sua última visita (dia 9 de julho) e o laboratório pediu para repetir a coleta do potássio, porque a amostra chegou hemolisada. Isso acontece às vezes no transporte e não quer dizer que tenha algo errado com o senhor, tá?

Conseguiria vir na segunda-feira (15/07) ou na terça (16/07) de manhã? É rapidinho, só a coleta, uns 15 minutos. Não precisa estar em jejum. A gente paga o estacionamento e mais 25 dólares pela visita extra.

Ah, e o Dr. Wierzbicki pediu para o senhor continuar anotando a pressão em casa todo dia de manhã, como combinamos.

Qualquer dúvida me liga no {STAFF['ines'][4]}.

Abraço,
Ines Carvalho, RN
Research Nurse | {SITE}"""
    m = build(st("ines"), formataddr(("Marcos Antonio Ribeiro", "marcos.a.ribeiro@example.com")),
              "Coleta de sangue - repetir potássio", body, d, cc=st("tomasz"))
    return m, "Marcos Antônio Ribeiro"


@gen("phi", "lang")
def lang_ko():
    d = dt(2024, 10, 3, 21, 47)
    body = """안녕하세요,

저는 RSV 백신 연구에 참여하고 계신 김정호 씨의 아들 김대현입니다.

아버지께서 지난 주말부터 감기 기운이 있으시고 어제는 열이 38.2도까지 올라가서 동네 병원에 다녀오셨습니다. 다음 주 화요일(10월 8일) 오전 10시에 방문 예약이 되어 있는데, 이런 상태에서 방문해도 되는지 아니면 날짜를 바꿔야 하는지 알려주시면 감사하겠습니다.

병원에서 받은 약(타이레놀, 기침 시럽) 이름을 사진 찍어서 보내드릴까요? 지난번에 다른 약을 드시면 꼭 알려달라고 하셔서요.

아버지께서 영어를 잘 못하셔서 저에게 연락 주시면 됩니다. 제 번호는 614-555-0177입니다.

감사합니다.
김대현 드림"""
    m = build(formataddr(("Daehyun Kim", "dh.kim.columbus@example.org")), st("marcus"),
              "아버지 방문 일정 문의 (김정호)", body, d)
    return m, "Kim Jeong-ho"


# ================================================================= PHI : lists
@gen("phi", "lists")
def lists_schedule():
    d = dt(2024, 8, 21, 16, 18)
    rows = [
        ("07:30", "Pruitt, Alvin", "114-012", "GLYDE-3", "V9 (fasting)", "4", "Marcus", "ride booked both ways"),
        ("08:00", "Benavides, Gloria", "ADN-07-003", "ADN-118", "Wk 40 inj", "2", "Priya", "daughter w/ her, L arm"),
        ("08:30", "Marchetti, Yvonne", "114-031", "GLYDE-3", "V8 + ECG", "4", "Marcus", "bring back bottles!!"),
        ("09:00", "Sokolova, Galina", "4150-11-007", "PREVAIL-M", "Wk 16", "3", "Priya", "Russian interp 9:00 phone"),
        ("10:00", "Whitfield, Jerome", "114-027", "GLYDE-3", "Unsched - repeat K", "1", "Ines", "lab only"),
        ("10:30", "Ashworth, Kevin", "SCR-0088", "KTX-0931", "Screening V1", "5", "Hoa", "wife Deb coming, 3 hrs"),
        ("13:00", "Achterberg, Desmond", "114-019", "GLYDE-3", "V6", "4", "Hoa", ""),
        ("14:30", "Quon, Theresa", "114-035", "GLYDE-3", "V5", "4", "Marcus", "stipend V3 issue - see Sofia"),
    ]
    hdr = ("TIME", "PARTICIPANT", "SUBJ #", "STUDY", "VISIT", "RM", "CRC", "NOTES")
    w = [6, 21, 13, 10, 20, 4, 8, 0]
    lines = []
    for r in [hdr] + rows:
        lines.append("".join(str(c).ljust(w[i]) if w[i] else str(c) for i, c in enumerate(r)).rstrip())
    table = "\n".join(lines)
    body = f"""Thursday 8/22 clinic schedule (as of 4:15pm)

{table}

Cancelled: Okafor, Adaeze 11:00 (moved to phone visit Fri)
Waitlist for a morning slot: Dizon, Corazon

Rooms 1-5 all booked 8-11, Dr. Strand here until 2, Dr. W after 12.

Brittany"""
    m = build(st("britt"), f"clinic-team@{DOM}", "Thu 8/22 schedule", body, d)
    names = "; ".join(" ".join(reversed(r[1].split(", "))) for r in rows)
    return m, names + "; Adaeze Okafor; Corazon Dizon"


@gen("phi", "lists")
def lists_prescreen():
    d = dt(2024, 9, 16, 11, 3)
    rows = [
        ("Lorna Beckett", "04/11/1957", phone("614"), "diabetes study", "on metformin + glipizide, says last A1c ~8.4"),
        ("Tyrell Manning", "12/02/1971", phone("740"), "diabetes study", "started insulin in June - prob excl?"),
        ("Sun-Hee Park", "07/23/1988", phone("614"), "migraine", "6-8 migraines/mo, tried topiramate, stopped"),
        ("Gerald Voss", "01/30/1949", phone("937"), "RSV vaccine", "COPD, on oxygen at night"),
        ("Maribel Ochoa", "09/05/1963", phone("614"), "skin study", "psoriasis elbows/scalp, on cream only"),
        ("Dwayne Kessler", "03/18/1955", phone("380"), "memory", "wife filled out form, he's 'more forgetful'"),
    ]
    lines = ["Name            | DOB        | Phone        | Interested in  | Notes",
             "----------------|------------|--------------|----------------|------------------------------"]
    for r in rows:
        lines.append(f"{r[0]:<16}| {r[1]:<11}| {r[2]:<13}| {r[3]:<15}| {r[4]}")
    body = f"""Hi Dana / Dr. Strand,

Here's what came out of the Eastside health fair on Saturday. 23 people stopped at the table, 6 filled out the interest card and OK'd a call back:

{chr(10).join(lines)}

I already called Lorna and Sun-Hee and scheduled phone pre-screens for this week. Can someone look at Tyrell and Gerald before I call them? Not sure they'd qualify and I don't want to get their hopes up.

Cards are in the locked drawer in my office.

Luis
{sig('luis', 'short')}"""
    m = build(st("luis"), [st("dana"), st("strand")], "health fair pre-screens 9/14", body, d)
    return m, "; ".join(r[0] for r in rows)


@gen("phi", "lists")
def lists_paybatch():
    d = dt(2024, 4, 25, 12, 9)
    people = [
        ("Alvin Pruitt", "114-012", "GLYDE-3", "V7", "04/18/2024", 75.00),
        ("Yvonne Marchetti", "114-031", "GLYDE-3", "V6", "04/19/2024", 75.00),
        ("Theresa Quon", "114-035", "GLYDE-3", "V4", "04/23/2024", 97.40),
        ("Galina Sokolova", "4150-11-007", "PREVAIL-M", "Wk 12", "04/16/2024", 100.00),
        ("Sun-Hee Park", "4150-11-021", "PREVAIL-M", "Screening", "04/22/2024", 50.00),
        ("Jean-Robert Pierre", "RSV-306-114-044", "PLB-RSV-306", "Day 1", "04/12/2024", 100.00),
        ("Kim Jeong-ho", "RSV-306-114-051", "PLB-RSV-306", "Day 1", "04/15/2024", 100.00),
        ("Corazon Dizon", "ADN-07-009", "ADN-118", "Wk 4", "04/17/2024", 125.00),
        ("Gloria Benavides", "ADN-07-003", "ADN-118", "Wk 16", "04/10/2024", 125.00),
        ("Harold Boateng", "114-008", "GLYDE-3", "V9 home", "04/20/2024", 75.00),
        ("Marcos Ribeiro", "114-040", "GLYDE-3", "Unsched", "04/24/2024", 25.00),
    ]
    buf = io.StringIO()
    wr = csv.writer(buf, lineterminator="\r\n")
    wr.writerow(["participant_name", "subject_id", "study", "visit", "visit_date", "amount_usd",
                 "card_last4", "mailing_zip"])
    total = 0
    for p in people:
        total += p[5]
        wr.writerow([p[0], p[1], p[2], p[3], p[4], f"{p[5]:.2f}", f"{random.randint(0, 9999):04d}",
                     random.choice(["43390", "43147", "43068", "43123", "43232", "43110"])])
    body = f"""Hi TrialPurse team,

Attached is the Crestmoor reload batch for 4/25: {len(people)} payments, total ${total:,.2f}. Funding was sent from our operating account this morning (ref CCR-0425).

Please confirm once loaded. Note Theresa Quon's amount includes mileage.

Thank you,
Sofia Reyes
Finance & Participant Payments | {SITE}
{STAFF['sofia'][4]}"""
    m = build(st("sofia"), ex("pay"), "Reload batch 4/25 - Crestmoor (client 3318)", body, d,
              attachments=[("crestmoor_reload_20240425.csv", buf.getvalue(), "text/csv")])
    return m, "; ".join(p[0] for p in people)


@gen("phi", "lists")
def lists_screenlog():
    d = dt(2024, 4, 2, 17, 26)
    rows = [["Screening #", "Last name", "First name", "DOB", "Pre-screen source", "ICF date",
             "Status", "SF reason / notes"]]
    data = [
        ("S11-0038", "Haldane", "Bridget", "1984-02-19", "Dr. Imani referral", "2024-01-08", "Randomized", "4150-11-005"),
        ("S11-0039", "Castellanos", "Ruben", "1990-11-03", "Facebook ad", "2024-01-10", "Screen fail", "<4 migraine days in baseline diary"),
        ("S11-0040", "Yoder", "Miriam", "1976-06-27", "Database", "2024-01-22", "Randomized", "4150-11-006"),
        ("S11-0041", "Abernathy", "Carla", "1969-09-14", "Radio", "2024-01-29", "Screen fail", "uncontrolled HTN 162/101 x2"),
        ("S11-0042", "Sokolova", "Galina", "1979-05-08", "Community event", "2024-02-05", "Randomized", "4150-11-007"),
        ("S11-0043", "Lindgren", "Paul", "1981-12-30", "Website", "2024-02-12", "Withdrew", "moving out of state"),
        ("S11-0044", "Park", "Sun-Hee", "1988-07-23", "Health fair", "2024-03-25", "In screening", "baseline diary ends 4/22"),
        ("S11-0045", "Fitzgerald", "Amanda", "1995-03-11", "Dr. Imani referral", "2024-03-28", "In screening", "needs MRI records from 2022"),
    ]
    for r in data:
        rows.append(list(r))
    xlsx = make_xlsx(rows, sheet="Master log")
    body = f"""Dana,

Master screening log for PREVAIL-M through 3/31, WITH names, for the pre-IMV reconciliation tomorrow. Please don't forward this version to Jessica -- I'll make the redacted copy (screening # + initials only) for her tonight.

S11-0042 is the one with the hemolyzed K, repeat draw is done.

Hoa"""
    m = build(st("hoa"), st("dana"), "PREVAIL-M screening log thru 3/31 (internal)", body, d,
              attachments=[("PREVAIL-M_screening_log_MASTER_2024-03-31.xlsx", xlsx,
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
    return m, "; ".join(f"{r[2]} {r[1]}" for r in data)


@gen("phi", "lists")
def lists_recall():
    d = dt(2024, 7, 2, 12, 51)
    body = f"""Ines - please call these folks back in for repeat labs this week or next. None urgent, all within window.

Jerome Whitfield - 10/09/1960 - K 5.7, repeat BMP
Bernadette Lowry - 02/26/1954 - ALT 3x ULN at V6, repeat LFTs + GGT, ask about alcohol/tylenol
Marcos Ribeiro - 08/15/1966 - K hemolyzed, recollect (Ines already emailed him)
Lorraine Spicer - 05/01/1949 - Hgb 9.8 down from 11.4, repeat CBC + iron studies
Frank Oduya - 11/21/1958 - UACR 412, repeat first morning void

Put them as unscheduled visits in EDC. Thx

TW

Tomasz Wierzbicki, DO
Sub-Investigator | {SITE}

{DISCLAIMER}"""
    m = build(st("tomasz"), st("ines"), "repeat labs - pls schedule", body, d, cc=st("minh"))
    return m, "Jerome Whitfield; Bernadette Lowry; Marcos Ribeiro; Lorraine Spicer; Frank Oduya"


@gen("phi", "lists")
def lists_diary():
    d = dt(2024, 5, 6, 8, 14)
    rows = [
        ("Subject", "Name", "Last sync", "Compliance 28d", "Days missed", "Note"),
        ("4150-11-005", "Bridget Haldane", "05/05/2024", "93%", "2", ""),
        ("4150-11-006", "Miriam Yoder", "04/29/2024", "71%", "8", "phone broke per pt"),
        ("4150-11-007", "Galina Sokolova", "04/30/2024", "64%", "10", "sync error again? paper backup"),
        ("4150-11-009", "Keisha Brantley", "05/05/2024", "86%", "4", ""),
        ("4150-11-012", "Omar Haddad", "04/21/2024", "50%", "14", "no answer x2, left VM"),
        ("4150-11-014", "Teodora Vasile", "05/04/2024", "79%", "6", "travel 4/20-4/26"),
    ]
    table = "\n".join("\t".join(r) for r in rows)
    body = f"""Priya, pasted from the weekly ePRO report, anyone under 80% highlighted in yellow in the original:

{table}

Omar is the one I'm worried about, he's also due for his wk 12 injection on the 14th. Can you try him this afternoon?

Minh"""
    html = ("<html><body style='font-family:Calibri,Arial'><p>Priya, pasted from the weekly ePRO report, "
            "anyone under 80% highlighted in yellow in the original:</p><table border='1' cellpadding='3' "
            "style='border-collapse:collapse'>")
    for i, r in enumerate(rows):
        hl = ""
        if i and int(r[3].rstrip("%")) < 80:
            hl = " style='background:#ffff00'"
        tag = "th" if i == 0 else "td"
        html += f"<tr{hl}>" + "".join(f"<{tag}>{_x(c)}</{tag}>" for c in r) + "</tr>"
    html += ("</table><p>Omar is the one I'm worried about, he's also due for his wk 12 injection on "
             "the 14th. Can you try him this afternoon?</p><p>Minh</p></body></html>")
    m = build(st("minh"), st("priya"), "diary compliance wk of 4/29", body, d, html=html)
    return m, "; ".join(r[1] for r in rows[1:])


@gen("phi", "lists")
def lists_fwd_followup():
    d0 = dt(2024, 9, 20, 15, 2)
    d1 = later(d0, hours=1, minutes=14)
    d2 = dt(2024, 9, 30, 8, 36)
    inner = """Gwen,

Here's where the 30-day post-EOT safety calls stand for GLYDE-3. These have to be done inside the window or it's a deviation:

- Mon 9/23: Carl Dieterich (114-025), ask about the ankle swelling he mentioned at EOT, did he see his PCP
- Tue 9/24: Harold Boateng (114-008), Rosa answers the phone, he's hard of hearing
- Wed 9/25: Bernadette Lowry (114-016), confirm LFTs were repeated by her GI
- Fri 9/27: Alvin Pruitt (114-012), he restarted his old metformin dose per PCP, get the date
- Mon 9/30: Yvonne Marchetti (114-031)
- Thu 10/3: Theresa Quon (114-035), last call before close-out

Script is in the study folder. Document in the phone contact log + EDC.

Dana"""
    mid = f"""Thanks Dana. I'll cover Mon/Tue since you're at the investigator meeting.

G

{on_wrote(d0, 'Dana Whitcomb <dwhitcomb@' + DOM + '>')}
{quote(inner)}"""
    body = f"""Hi Nicole,

Welcome again! FYI see the thread below -- starting next week you'll be taking over the remaining follow-up calls with Dana. We'll walk through the script together at 10.

Gwen

{fwd_block(st('gwen'), d1, st('dana'), 'Re: GLYDE-3 30d FU calls', mid)}"""
    m = build(st("gwen"), formataddr(("Nicole Brandt", f"nbrandt@{DOM}")), "Fwd: Re: GLYDE-3 30d FU calls",
              body, d2, cc=st("dana"))
    return m, ("Carl Dieterich; Harold Boateng; Bernadette Lowry; Alvin Pruitt; Yvonne Marchetti; "
               "Theresa Quon")


# ================================================================= PHI : names
@gen("phi", "names")
def names_bp():
    d0 = dt(2024, 6, 12, 8, 2)
    d1 = later(d0, hours=3, minutes=40)
    orig = """Dr S, heads up before you see Bernadette at 9 -- her home BP log has been 150s-160s/90s all week and she says she's had a dull headache most afternoons. She's due for the dose step-up today per the titration schedule.
Priya"""
    body = f"""Saw Bernadette this morning. BP 158/96 sitting, 154/94 repeat. No focal findings, headache sounds tension-type but let's not push it. Hold the step-up, keep her on the current dose, and bring her back in 1 week for a BP check. I called in amlodipine 5 to her pharmacy -- please add to con meds and let Jessica know it's a new con med, not an AE unless it keeps climbing.

HS

Sent from my iPad

{on_wrote(d0, 'Priya Venkataraman <pvenkataraman@' + DOM + '>')}
{quote(orig)}"""
    m = build(st("strand"), st("priya"), "Re: Bernadette L - BP", body, d1)
    return m, "Bernadette Lowry"


@gen("phi", "names")
def names_mrs():
    d0 = dt(2024, 8, 6, 10, 15)
    d1 = later(d0, minutes=52)
    orig = f"""Dr. W,

Mrs. Feldstein called the study line this morning. The spot where she did her injection Sunday (left thigh) is red and raised, she measured it at about 5 cm, itchy, warm but no fever. She sent a picture to the study phone, looks like what she described. No trouble breathing, no hives anywhere else.

She's asking if she should skip Sunday's dose. She's the one who had the reaction to the flu shot last year so she's a bit anxious.

Thanks,
Priya"""
    body = f"""Sounds like an injection site reaction, grade 1. Record it as an AE, onset 8/4, non-serious, and I'll assess relatedness when I sign off. Tell her cool compresses, she can take loratadine for the itch, and to rotate sites (right thigh or abdomen next time). She should NOT skip Sunday unless it's bigger or she gets a fever, in which case call us first.

Please save the photo to her shadow chart, not the phone.

Tomasz Wierzbicki, DO
Sub-Investigator

{outlook_block(st('priya'), d0, st('tomasz'), 'ISR question - Mrs. Feldstein', orig)}"""
    m = build(st("tomasz"), st("priya"), "RE: ISR question - Mrs. Feldstein", body, d1)
    return m, "Mrs. Feldstein"


@gen("phi", "names")
def names_lastfirst():
    d = dt(2024, 1, 18, 14, 28)
    body = f"""Dr. Strand,

Quick eligibility question before I book the screening visit.

Pham, Anh -- 64 y/o, referred by Dr. Okoro. Type 2 x 11 yrs, A1c 8.7 in Dec, on metformin and glimepiride. She's also on warfarin for afib, INR stable per the referral note (2.3 last month), and had a cardiac ablation in 2022.

Exclusion 9c says "clinically significant cardiovascular disease within 6 months." The ablation was 18 months ago so I think she's OK on 9c, but I'm not sure whether chronic anticoagulation trips exclusion 14 (meds with narrow therapeutic index). Do you want me to ask the medical monitor, or is this your call?

She's very motivated -- her husband was in our last diabetes study.

Thanks,
Dana"""
    m = build(st("dana"), st("strand"), "Pham, Anh - eligibility?", body, d)
    return m, "Anh Pham"


@gen("phi", "names")
def names_nickname():
    d = dt(2024, 7, 25, 15, 47)
    body = f"""Team!!

Big Ray (Mr. Tillis for those of you who haven't met him) came in for his V10 today. Local A1c 6.9, down from 9.1 when he started. He lost 22 lbs too and he's walking his granddaughter to school every day now. He cried a little when Dr. W told him, and then I cried a little.

He brought donuts for the front desk. We had a conversation about the donuts.

Anyway, a good day. Thanks everybody who's helped with his rides and reminders, he really wouldn't have made it to every visit without Brittany's calls.

Marcus"""
    m = build(st("marcus"), f"clinic-team@{DOM}", "good news re: Big Ray", body, d)
    return m, "Raymond Tillis"


@gen("phi", "names")
def names_subjectonly():
    d = dt(2024, 3, 29, 16, 58)
    body = """K came back 5.9 from Wed. Dr. S wants a repeat Monday AM, non-hemolyzed please (butterfly, no fist pumping). Can you set it up and let her know? She's also asking about the rash on her arms again -- tell her to bring the cream she's using.

thx
-Dana"""
    m = build(st("dana"), st("abdi"), "Ortega labs", body, d, cc=st("ines"))
    return m, "Ortega"


@gen("phi", "names")
def names_deepquote():
    d0 = dt(2024, 5, 28, 11, 2)
    d1 = later(d0, hours=4, minutes=10)
    d2 = later(d1, hours=18, minutes=7)
    first = f"""Hi Jessica,

Confirming logistics for your visit Tue 6/11:

- Conference room B is booked 8:30-4:30, wifi guest code will be at the front desk
- Dr. Strand available 3:00-3:30 for the PI meeting
- Kenji can do the pharmacy/IP reconciliation at 1
- EMR read-only access: Minh will log you in, same as last time

Subjects ready for SDV: 114-019, 114-022, 114-027, 114-031, 114-035.

Also FYI Jerome Whitfield's V3 ECG still needs PI signature -- QTc 478 was flagged by the central reader. Dr. S reviewed, said NCS and that it's likely from the new citalopram his psychiatrist started, but she hasn't signed/dated the tracing yet. It'll be done before you come.

Dana"""
    second = f"""Thanks Dana. Could you also pull the temperature logs for the drug fridge for April-May? And the delegation log -- I think Nicole needs to be added.

Jessica

{on_wrote(d0, 'Dana Whitcomb <dwhitcomb@' + DOM + '>')}
{quote(first)}"""
    body = f"""Confirmed, see you Tuesday at 9. I'll bring the updated ICF version tracker.

Best,
Jessica
Jessica Lindqvist | {EXT['cra'][2]}

{on_wrote(d1, 'Jessica Lindqvist <jessica.lindqvist@northgatecs.net>')}
{quote(second)}

{DISCLAIMER_EXT}"""
    m = build(ex("cra"), st("dana"), "RE: IMV 6/11 logistics", body, d2, cc=st("minh"))
    return m, "Jerome Whitfield"


@gen("phi", "names")
def names_imvnotes():
    d = dt(2024, 6, 11, 17, 40)
    body = f"""Hi all -- notes from Jessica's exit interview today. Nothing major, but a few things to fix before the follow-up letter comes:

Ms. Delgado: her lisinopril was increased from 10 to 20 mg on 2/20 (it's in Dr. W's progress note) but the CM page still shows 10 mg. Also she told Ines at V5 she'd been "dizzy on and off" and that was never assessed as an AE. Tomasz, can you look at that note and make a call?

Mr. Whitfield: QTc tracing is now signed, thanks Dr. S. Jessica wants the psych med start date documented since it explains the QTc.

Mr. Achterberg: V4 was moved from 3/12 to 3/19, inside the window, but the reason isn't in the source. A quick note-to-file from Hoa will close it.

Theresa Quon: the V3 stipend thing came up because she mentioned it to Jessica in the waiting room (!). Sofia already fixed it, just document.

Pharmacy and reg binder were clean. Nice work everyone.

Dana"""
    m = build(st("dana"), [st("tomasz"), st("hoa"), st("ines"), st("strand")],
              "IMV 6/11 exit notes - GLYDE-3", body, d, cc=st("gwen"))
    return m, "Ms. Delgado; Jerome Whitfield; Desmond Achterberg; Theresa Quon"


@gen("phi", "names")
def names_recruiter():
    d = dt(2024, 8, 14, 13, 12)
    body = f"""Dr. Strand,

Got a call from Kevin Ashworth's wife Deb (Kevin is the gentleman from the memory screening event in July, he's coming in for the KTX-0931 screening on the 22nd).

She says over the last month he's gotten lost driving twice, once on the way to their daughter's house which he's driven a hundred times. He also left the stove on last week. She's really scared and asked if she should take his car keys before the screening visit. I told her I'm not a clinician and that I'd pass it along -- could you or Dr. W give her a call? Her cell is {phone('614')}.

She also mentioned his brother had early onset in his 50s, which I know matters for the study.

Luis"""
    m = build(st("luis"), st("strand"), "call back - Kevin Ashworth's wife", body, d, cc=st("hoa"))
    return m, "Kevin Ashworth"


# ================================================================= PHI : self
@gen("phi", "self")
def self_janet():
    d = dt(2024, 6, 23, 20, 11)
    body = """hi this is janet i have my visit tuesday but my stomach has been really off since i started the new pills, like diarrhea 3-4 times a day and no appetite. should i still come? or should i stop taking them until then. i didnt want to call the after hours number for this

-janet m

Sent from my iPhone"""
    m = build(formataddr(("Janet Moody", "janetmoody63@example.com")), st("marcus"),
              "question", body, d)
    return m, "Janet Moody"


@gen("phi", "self")
def self_stipend():
    d = dt(2024, 11, 4, 9, 25)
    body = """Dear Ms. Reyes,

My name is Leonard Szymanski and I am a participant in the diabetes research study at Crestmoor (my study card says 114-044). I have been coming in every month since March and I have always received my payment on the card within a week of my visit.

My October 29 visit payment has not shown up, and also the one from October 1 shows as "pending" on the TrialPurse app. I called the number on the back of the card and they told me to contact the study site.

Also, I got a letter from you asking for a W-9. I filled it out and brought it to my last appointment and gave it to Marcus, so I hope that is all set. I am retired and on a fixed income so these payments help with the gas to get there and back (I live in Zanesville, 54 miles each way).

Thank you for your help.

Sincerely,
Leonard J. Szymanski
1187 Putnam Ave
Zanesville, OH 43701
(740) 555-0112"""
    m = build(formataddr(("Leonard Szymanski", "lj.szymanski@example.net")),
              formataddr(("Sofia Reyes", f"sreyes@{DOM}")), "Missing study payments - 114-044", body, d)
    return m, "Leonard J. Szymanski"


@gen("phi", "self")
def self_booster():
    d = dt(2024, 9, 24, 11, 2)
    body = """Hello,

I'm in the RSV vaccine study (I got my shot on April 19). My doctor wants me to get the flu shot and the new COVID booster next week at my appointment. Is that OK to do while I'm in the study, or do I have to wait? The paper you gave me said to check with you before getting any vaccines.

I'm also going to start a new blood pressure pill, my doctor said it's called losartan. I wasn't sure if you need to know that.

My date of birth is 2/11/1952 in case you need to look me up.

Thanks,
Marjorie Ellison"""
    m = build(formataddr(("Marjorie Ellison", "mellison.home@example.org")), f"info@{DOM}",
              "Flu shot question - RSV study", body, d)
    return m, "Marjorie Ellison"


@gen("phi", "self")
def self_withdraw():
    d0 = dt(2024, 7, 30, 21, 37)
    d1 = later(d0, hours=11, minutes=20)
    orig = """Priya,

I've thought about it a lot and I've decided to stop being in the skin study. The injections make me so tired for 2 days after that I can't work my shifts, and honestly my elbows and knees look about the same as when I started. I know you said it might be the placebo but either way I can't keep missing work.

I'll bring back the unused pens and the sharps box. Please don't have the doctor call me to talk me out of it, I've made up my mind. If I have to come in one last time for the ending blood work I'll do that.

Thank you for being so kind to me the last 6 months.

Maribel Ochoa"""
    body = f"""Maribel,

Thank you for telling me, and I completely understand. You don't owe anyone an explanation. Nobody will try to change your mind.

Yes, we would like you to come in once for an early termination visit (about 45 minutes: blood work, a quick skin check, and returning your pens). You'll still be paid for that visit. Would Thursday 8/8 at 4:00 work, after your shift?

Take care,
Priya
{sig('priya', 'full')}

{on_wrote(d0, 'Maribel Ochoa <maribel.ochoa.rn@example.com>')}
{quote(orig)}"""
    m = build(st("priya"), formataddr(("Maribel Ochoa", "maribel.ochoa.rn@example.com")),
              "Re: stopping the study", body, d1, in_reply_to=msgid("example.com"))
    return m, "Maribel Ochoa"


@gen("phi", "self")
def self_bill():
    d = dt(2024, 5, 20, 12, 40)
    acct = f"{random.randint(10000000, 99999999)}"
    body = """Hi Dana,

I got the attached bill from Alder Valley for $1,240.00 for the brain MRI I had in March. Hoa told me when I signed up that the study pays for the MRI and I wouldn't get billed for anything. My insurance denied it and now it's saying I owe the whole thing by June 10.

Can you help me get this fixed? I really can't pay this right now.

Amanda Fitzgerald
DOB 3/11/1995
cell 614-555-0193"""
    pdf = make_pdf([
        "ALDER VALLEY HEALTH - PATIENT STATEMENT",
        "PO Box 4410, Riverton, OH 43390      Billing questions: 614-555-0170",
        "",
        "Statement date: 05/14/2024          Account no.: " + acct,
        "Patient: AMANDA FITZGERALD          DOB: 03/11/1995",
        "Guarantor: AMANDA FITZGERALD, 77 Harlan St Apt 5, Riverton OH 43390",
        "",
        "Date of service   Description                              Charges     Ins adj   Balance",
        "03/27/2024        MRI BRAIN W/O CONTRAST (70551)          1,240.00        0.00   1,240.00",
        "",
        "Insurance: Buckeye Mutual PPO  Member ID BMX552019847 - DENIED: experimental/investigational",
        "",
        "AMOUNT DUE: $1,240.00        PAYMENT DUE BY: 06/10/2024",
        "",
        "Pay online at pay.aldervalleyhealth.org or call 614-555-0170.",
    ])
    m = build(formataddr(("Amanda Fitzgerald", "afitz95@example.com")), st("dana"),
              "bill for my MRI??", body, d, cc=st("hoa"),
              attachments=[("AVH_statement_0514.pdf", pdf, "application/pdf")])
    return m, "Amanda Fitzgerald"


@gen("phi", "self")
def self_diary():
    d = dt(2024, 5, 7, 23, 52)
    body = """hi priya its omar from the hedache study. sorry i didnt call back i was working doubles. my hedaches been bad this week 4 of them, one lasted all day i had to leave work. i wrote them down on paper cuz the app dont work since the update it just spins. i took the rescue pills like 6 times i think. is that to much?? i still have my shot on the 14th right

omar"""
    m = build(formataddr(("Omar H", "omarh.works@example.net")), st("priya"), "(no subject)", body, d)
    return m, "Omar Haddad"


@gen("phi", "self")
def self_reminder_reply():
    d0 = dt(2024, 10, 14, 9, 0, 0)
    d1 = later(d0, hours=2, minutes=33)
    orig = f"""Hello Leroy Gaines,

This is a reminder of your upcoming study visit:

  Date:      Thursday, October 17, 2024
  Time:      8:00 AM
  Location:  {SITE}, {ADDR1}, {ADDR2}
  Visit:     GLYDE-3 Extension Visit E4

Please do not eat or drink anything except water after midnight. Bring your study medication bottles and your glucose log.

To reschedule, call {MAIN}. Replies to this message are delivered to the study team.

{SITE}"""
    body = f"""Yes I'll be there. But I need to tell you I was in the ER Saturday night with chest pain, they kept me overnight and did a stress test, they said it was not my heart and maybe my gallbladder. They gave me some papers I will bring. I haven't taken the study pills since Saturday because I wasn't sure if I should. Please tell Dr Strand.

Leroy

{on_wrote(d0, 'Crestmoor Reminders <noreply@' + DOM + '>')}
{quote(orig)}"""
    m = build(formataddr(("Leroy Gaines", "leroy.gaines@example.com")),
              formataddr(("Crestmoor Reminders", f"noreply@{DOM}")),
              "Re: Reminder: your study visit on Thu Oct 17", body, d1,
              in_reply_to=msgid(DOM))
    return m, "Leroy Gaines"


# ================================================================= PHI : struct
@gen("phi", "struct")
def struct_oru():
    d = dt(2024, 4, 3, 10, 31)
    ctl = f"KCL{random.randint(10**8, 10**9 - 1)}"
    hl7 = "\n".join([
        f"MSH|^~\\&|KCL_LIS|KEYSTONE|CCR_CTMS|CRESTMOOR|20240403095112||ORU^R01^ORU_R01|{ctl}|P|2.5.1",
        "PID|1||4150-11-007^^^ORS41502^SUBJ~S11-0042^^^CCR^SCR||SOKOLOVA^GALINA^P||19790508|F|||"
        "418 WEXFORD LN^^RIVERTON^OH^43390||^PRN^PH^^1^614^5550161",
        "ORC|RE|CCR-ORS-0402-07|KCL-88412077||CM",
        "OBR|1|CCR-ORS-0402-07|KCL-88412077|CHEM7^BASIC METABOLIC PANEL^L|||20240402081700|||||||"
        "20240403095100||1234567^STRAND^HELEN^^^^MD|||||||||F",
        "OBX|1|NM|2951-2^Sodium^LN||139|mmol/L|136-145|N|||F",
        "OBX|2|NM|2823-3^Potassium^LN||6.4|mmol/L|3.5-5.1|HH|||F",
        "OBX|3|NM|2075-0^Chloride^LN||103|mmol/L|98-107|N|||F",
        "OBX|4|NM|2160-0^Creatinine^LN||0.82|mg/dL|0.57-1.00|N|||F",
        "OBX|5|NM|1742-6^ALT^LN||41|U/L|7-35|H|||F",
        "NTE|1||SPECIMEN SLIGHTLY HEMOLYZED (H-INDEX 62). RECOLLECTION RECOMMENDED.",
    ])
    body = f"""Hi Corbin,

The interface kicked this ORU into the error queue this morning ("PV1 segment missing - required"). Keystone never sends PV1 for research accounts, it worked fine until the upgrade last week. Raw message below, pulled from the queue viewer. Can you take a look? We have a critical value in there so I had to enter it manually for now.

{hl7}

Ticket #INC-{random.randint(40000, 49999)} if you need it.

Thanks,
Minh
{sig('minh', 'full')}"""
    m = build(st("minh"), formataddr(("Corbin Ashe", "cashe@tidewaterhealthit.com")),
              "ORU from Keystone stuck in error queue - PV1 required?", body, d)
    return m, "Galina Sokolova"


@gen("phi", "struct")
def struct_siu():
    d = dt(2024, 8, 19, 6, 0, 4)
    appts = [
        ("SCR-0088", "ASHWORTH^KEVIN^L", "19520614", "M", "20240822103000", "KTX0931", "SCREENING V1", 180),
        ("114-012", "PRUITT^ALVIN^R", "19560903", "M", "20240822073000", "VLT2207301", "V9", 120),
        ("ADN-07-003", "BENAVIDES^GLORIA^E", "19610417", "F", "20240822080000", "ADN118204", "WK40 INJ", 90),
    ]
    msgs = []
    for i, a in enumerate(appts, start=1):
        ctl = f"CTMS{random.randint(100000, 999999)}"
        msgs.append("\r".join([
            f"MSH|^~\\&|CCR_CTMS|CRESTMOOR|AVH_EPIC|ALDERVALLEY|20240819055{i}00||SIU^S12^SIU_S12|{ctl}|P|2.5.1",
            f"SCH|{a[0]}-{a[6].replace(' ', '')}||||||{a[6]}^{a[6]}|RESEARCH|{a[7]}|MIN|^^{a[7]}^{a[4]}|||||"
            f"HOA^NGUYEN|||||||||BOOKED",
            f"PID|1||{a[0]}^^^CCR^RI||{a[1]}||{a[2]}|{a[3]}",
            f"RGS|1||{a[5]}",
            f"AIL|1||CCR^RM{random.randint(1, 5)}^^CRESTMOOR",
            f"AIP|1||1234567^STRAND^HELEN^^^^MD|ATTENDING",
        ]))
    raw = ("\r\n".join(msgs) + "\r\n").encode("ascii")
    body = f"""*** Interface Engine Notification ***

Channel:   CTMS_to_AVH_SIU_OUT
Status:    3 message(s) NACKed by receiver (AE - "Patient not found in MPI")
Window:    2024-08-19 05:50 - 06:00

The rejected messages are attached. Research-only participants must be linked to an MPI record before scheduling messages can be accepted.

This is an automated message from the Crestmoor integration server. Do not reply."""
    m = build(formataddr(("Integration Alerts", f"ie-alerts@{DOM}")),
              [st("minh"), formataddr(("Corbin Ashe", "cashe@tidewaterhealthit.com"))],
              "[IE] CTMS_to_AVH_SIU_OUT - 3 NACK", body, d,
              attachments=[("SIU_NACK_20240819_0600.hl7", raw, "application/octet-stream")],
              headers=[("Auto-Submitted", "auto-generated")])
    return m, "Kevin Ashworth; Alvin Pruitt; Gloria Benavides"


@gen("phi", "struct")
def struct_fhir():
    d = dt(2024, 5, 9, 13, 22)
    bundle = OrderedDict([
        ("resourceType", "Bundle"), ("id", hexid(12)), ("type", "collection"),
        ("timestamp", "2024-05-09T16:58:03Z"),
        ("entry", [
            {"resource": OrderedDict([
                ("resourceType", "Patient"), ("id", "pt-8812"),
                ("identifier", [{"system": "urn:heliopro:participant", "value": "HP-ORS-8812"},
                                {"system": "urn:study:ORS-415-02:subject", "value": "4150-11-012"}]),
                ("name", [{"family": "Haddad", "given": ["Omar", "K"]}]),
                ("telecom", [{"system": "phone", "value": "614-555-0108"},
                             {"system": "email", "value": "omarh.works@example.net"}]),
                ("gender", "male"), ("birthDate", "1987-10-02")])},
            {"resource": OrderedDict([
                ("resourceType", "QuestionnaireResponse"), ("id", "qr-55190"),
                ("questionnaire", "https://forms.heliopro.net/Questionnaire/headache-diary-v2"),
                ("status", "completed"), ("subject", {"reference": "Patient/pt-8812"}),
                ("authored", "2024-04-21T22:14:00-04:00"),
                ("item", [
                    {"linkId": "headache_today", "answer": [{"valueBoolean": True}]},
                    {"linkId": "duration_hours", "answer": [{"valueDecimal": 9}]},
                    {"linkId": "severity", "answer": [{"valueCoding": {"code": "severe"}}]},
                    {"linkId": "nausea", "answer": [{"valueBoolean": True}]},
                    {"linkId": "acute_med_taken", "answer": [{"valueString": "rizatriptan 10 mg x2"}]}])])},
            {"resource": OrderedDict([
                ("resourceType", "Observation"), ("id", "obs-sync-err-1"), ("status", "preliminary"),
                ("code", {"text": "Diary entries pending upload (device cache)"}),
                ("subject", {"reference": "Patient/pt-8812"}),
                ("effectivePeriod", {"start": "2024-04-22", "end": "2024-05-06"}),
                ("valueInteger", 11)])},
        ]),
    ])
    js = json.dumps(bundle, indent=2, ensure_ascii=False)
    tk = random.randint(200000, 299999)
    body = f"""Hello Minh,

Following up on ticket #{tk}. Our engineering team recovered the cached entries from the participant's device after the 4.2 update. The raw export is attached (FHIR R4 bundle). 11 entries from 4/22-5/6 were stuck in the device cache and have now been pushed to the portal; you should see them after tonight's sync.

Per your site's data agreement, please delete this attachment once the data is verified in the portal.

Kind regards,
Renata Voigt
Site Support Specialist | HelioPRO
support.heliopro.net | 888-555-0164"""
    m = build(formataddr(("HelioPRO Support", "support@heliopro.net")), st("minh"),
              f"[HelioPRO #{tk}] Sync failure - site 11 - recovered entries", body, d,
              attachments=[(f"export_{tk}.json", js, "application/json")])
    return m, "Omar Haddad"


@gen("phi", "struct")
def struct_837():
    d = dt(2024, 6, 14, 10, 48)
    npi = f"1{random.randint(100000000, 999999999)}"
    segs = [
        "ST*837*0001*005010X222A1",
        "BHT*0019*00*CCR20240614A*20240614*1032*CH",
        "NM1*41*2*CRESTMOOR CLINICAL RESEARCH*****46*CCR3318",
        "PER*IC*SOFIA REYES*TE*6145550154",
        "NM1*40*2*BUCKEYE MUTUAL*****46*BMX01",
        "HL*1**20*1",
        f"NM1*85*2*CRESTMOOR CLINICAL RESEARCH*****XX*{npi}",
        "N3*2150 ALDER PARK BLVD STE 300",
        "N4*RIVERTON*OH*43390",
        "REF*EI*314471829",
        "HL*2*1*22*0",
        "SBR*P*18*GRP7741******CI",
        "NM1*IL*1*LOWRY*BERNADETTE*A***MI*BMX661048223",
        "N3*3306 FENWICK RD",
        "N4*RIVERTON*OH*43390",
        "DMG*D8*19540226*F",
        "NM1*PR*2*BUCKEYE MUTUAL*****PI*BMX01",
        "CLM*CCR0611A*245***11:B:1*Y*A*Y*Y",
        "REF*P4*05994218",
        "HI*ABK:E119*ABF:I10*ABF:Z006",
        "LX*1",
        "SV1*HC:99214:Q1*185*UN*1***1:2:3",
        "DTP*472*D8*20240611",
        "LX*2",
        "SV1*HC:80076:Q1*60*UN*1***1:3",
        "DTP*472*D8*20240611",
    ]
    segs.append(f"SE*{len(segs) + 1}*0001")
    isa = ("ISA*00*          *00*          *ZZ*CRESTMOOR      *ZZ*BUCKEYEMUT     *240614*1032*^*00501*"
           "000004412*0*P*:")
    x12 = "~\n".join([isa, "GS*HC*CRESTMOOR*BUCKEYEMUT*20240614*1032*4412*X*005010X222A1"] + segs +
                     ["GE*1*4412", "IEA*1*000004412"]) + "~"
    body = f"""Tamsin,

This is the 837 we sent for the 6/11 visit (the one Dr. Strand saw her for the BP), it came back on the 999 with "2300 REF*P4 invalid". I think the clearinghouse wants the full NCT prefix? Pasting the file so you can compare with what your side sends for QCT claims.

{x12}

Sofia"""
    m = build(st("sofia"), formataddr(("Reilly, Tamsin", "treilly@aldervalleyhealth.org")),
              "837 rejected on 999 - REF*P4", body, d)
    return m, "Bernadette Lowry"


@gen("phi", "struct")
def struct_ccd():
    d = dt(2024, 3, 26, 15, 3)
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="{random.randint(10**6, 10**7 - 1)}"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summary of episode note"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20240326142211-0400"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.19.5.99999.2" extension="NFC-0047731"/>
      <addr use="HP"><streetAddressLine>77 Harlan St Apt 5</streetAddressLine><city>Riverton</city><state>OH</state><postalCode>43390</postalCode></addr>
      <telecom use="MC" value="tel:+1-614-555-0193"/>
      <patient>
        <name><given>Amanda</given><given>Rose</given><family>Fitzgerald</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19950311"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author><time value="20240326"/><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="1{random.randint(100000000, 999999999)}"/>
    <assignedPerson><name><prefix>Dr.</prefix><given>Folasade</given><family>Imani</family></name></assignedPerson>
    <representedOrganization><name>Northfield Family Care</name></representedOrganization></assignedAuthor></author>
  <component><structuredBody>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.5.1"/>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
      <title>Problems</title>
      <text><list>
        <item>Migraine without aura, intractable (G43.019) - onset 2014</item>
        <item>Generalized anxiety disorder (F41.1)</item>
        <item>Iron deficiency anemia, resolved 2023</item>
      </list></text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.1.1"/>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="Medications"/>
      <title>Medications</title>
      <text><list>
        <item>Sumatriptan 50 mg tablet, 1 at onset, may repeat in 2 h, max 200 mg/day</item>
        <item>Sertraline 50 mg tablet daily</item>
        <item>Topiramate 50 mg BID - DISCONTINUED 11/2023 (cognitive side effects)</item>
      </list></text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.3.1"/>
      <code code="30954-2" codeSystem="2.16.840.1.113883.6.1" displayName="Results"/>
      <title>Results</title>
      <text><table><thead><tr><th>Test</th><th>Date</th><th>Result</th></tr></thead><tbody>
        <tr><td>MRI brain w/o contrast</td><td>2022-06-14</td><td>No acute intracranial abnormality</td></tr>
        <tr><td>Hemoglobin</td><td>2024-01-09</td><td>12.6 g/dL</td></tr>
      </tbody></table></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
    body = """Good afternoon,

Per your request, attached is the CCD for the patient you are screening for the migraine study. The 2022 MRI report is included in the results section; the images themselves have to be requested from Riverton Imaging directly.

Thank you,
Tracy Dunleavy
Medical Records | Northfield Family Care
Ph 614-555-0122  Fax 614-555-0123"""
    m = build(formataddr(("Tracy Dunleavy", "records@northfieldfamilycare.com")), st("hoa"),
              "Requested records - CCD", body, d,
              attachments=[("CCD_NFC-0047731.xml", xml, "application/xml")])
    return m, "Amanda Fitzgerald"


@gen("phi", "struct")
def struct_pipe():
    d = dt(2024, 10, 14, 5, 30, 0)
    rows = [["SUBJECT_ID", "LAST_NAME", "FIRST_NAME", "DOB", "STUDY", "VISIT", "VISIT_DT", "VISIT_TM",
             "COORD", "PHONE", "FLAGS"]]
    data = [
        ("114-044", "SZYMANSKI", "LEONARD", "19490127", "VLT-2207-301E", "E4", "20241015", "0800", "MARCUS",
         "7405550112", "FASTING;MILEAGE"),
        ("114-029", "GAINES", "LEROY", "19580719", "VLT-2207-301E", "E4", "20241017", "0800", "MARCUS",
         phone("614").replace("-", ""), "FASTING"),
        ("RSV-306-114-051", "KIM", "JEONG HO", "19470302", "PLB-RSV-306", "M6 PHONE", "20241021", "1000",
         "MARCUS", "6145550177", "INTERP:KOREAN;CONTACT SON"),
        ("RSV-306-114-060", "ELLISON", "MARJORIE", "19520211", "PLB-RSV-306", "M6", "20241018", "0930", "HOA",
         phone("740").replace("-", ""), "CONMED UPDATE"),
        ("4150-11-012", "HADDAD", "OMAR", "19871002", "ORS-415-02", "WK28 INJ", "20241016", "1600", "PRIYA",
         "6145550108", "ePRO COMPLIANCE<80"),
        ("ADN-07-009", "DIZON", "CORAZON", "19590824", "ADN-118-204", "WK48", "20241017", "1300", "PRIYA",
         phone("614").replace("-", ""), "BRING SHARPS"),
    ]
    for r in data:
        rows.append(list(r))
    txt = "\r\n".join("|".join(r) for r in rows) + "\r\n"
    body = """Scheduled report "UPCOMING_VISITS_7D" ran at 10/14/2024 05:30 AM.

Rows returned: 6
Output: upcoming_visits_7d_20241014.txt (pipe-delimited)

You are receiving this because you are subscribed to this report in Crestmoor CTMS. To change your subscription, go to Reports > My Subscriptions."""
    m = build(formataddr(("CTMS Reports", f"ctms-reports@{DOM}")), [st("marcus"), st("priya"), st("hoa")],
              "Scheduled report: UPCOMING_VISITS_7D", body, d,
              attachments=[("upcoming_visits_7d_20241014.txt", txt, "text/plain")],
              headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "ClinOps CTMS Scheduler 7.4")])
    return m, "; ".join(f"{r[2].title()} {r[1].title()}" for r in data)


@gen("phi", "struct")
def struct_econsent():
    d = dt(2024, 8, 23, 9, 12)
    payload = OrderedDict([
        ("event", "consent.signed"), ("event_id", f"evt_{hexid(20)}"),
        ("occurred_at", "2024-08-22T15:47:31Z"),
        ("study", {"protocol": "KTX-0931-201", "site": "CCR-03", "icf_version": "v3.0 (12-Jun-2024)"}),
        ("participant", OrderedDict([
            ("first_name", "Kevin"), ("last_name", "Ashworth"), ("dob", "1952-06-14"),
            ("email", "k.ashworth52@example.net"), ("phone", "+16145550140"),
            ("screening_id", "SCR-0088")])),
        ("signers", [
            {"role": "participant", "name": "Kevin L. Ashworth", "signed_at": "2024-08-22T15:44:02Z"},
            {"role": "LAR", "name": "Deborah Ashworth", "relationship": "spouse",
             "signed_at": "2024-08-22T15:46:10Z"},
            {"role": "person_obtaining_consent", "name": "Hoa Nguyen", "signed_at": "2024-08-22T15:47:31Z"},
        ]),
        ("optional_consents", {"apoe_genotyping": True, "future_research_samples": False,
                               "contact_for_other_studies": True}),
    ])
    js = json.dumps(payload, indent=2)
    body = f"""Corbin -- the eConsent webhook into CTMS is failing schema validation again, this one from yesterday afternoon. I think it's the "LAR" signer role, the old mapping only knows participant / witness / POC. Raw body from the log:

{js}

Response from CTMS was 422 "unknown signer role". Can we get the mapping updated? We'll have more LAR consents on this study.

Minh"""
    m = build(st("minh"), formataddr(("Corbin Ashe", "cashe@tidewaterhealthit.com")),
              "eConsent webhook 422 - signer role LAR", body, d, cc=st("hoa"))
    return m, "Kevin Ashworth"


# ================================================================= CLEAN : admin
@gen("clean", "admin")
def admin_freezer():
    d = dt(2024, 3, 2, 4, 12)
    buf = io.StringIO()
    wr = csv.writer(buf, lineterminator="\r\n")
    wr.writerow(["timestamp", "unit", "probe_c", "alarm"])
    t = datetime.datetime(2024, 3, 2, 1, 30)
    temps = [-79.8, -79.6, -79.9, -78.2, -74.5, -69.3, -64.0, -61.2, -62.8, -67.5, -72.9, -77.1, -79.0, -79.7]
    for i, v in enumerate(temps):
        ts = t + datetime.timedelta(minutes=10 * i)
        wr.writerow([ts.strftime("%Y-%m-%d %H:%M"), "ULT-02 (Rm 318)", f"{v:.1f}",
                     "HIGH" if v > -70 else ""])
    body = f"""All,

ULT freezer #2 (-80, Rm 318, asset CCR-EQ-0117) alarmed at 02:14 this morning. Probe peaked at -61.2 C for roughly 40 min. Cause looks like a compressor fault, not the door. I came in and moved all racks to ULT #3 by 03:05; #3 has held at -79.8 since.

Affected: racks A1-A4 (VLT-2207-301 PK and biomarker aliquots), B1-B2 (ORS-415-02 serum), C1 (PLB-RSV-306 immunogenicity backups). Primary shipments for all three already went to Keystone, these are backups only.

To do Monday:
 - Study teams: notify your CRAs / sponsors of the excursion per the lab manual. Temperature log attached (10-min readings off the monitoring system).
 - Facilities ticket #FAC-{random.randint(3000, 3999)} is open with Polar Scientific for the compressor.
 - I'll file the deviation/equipment log entry and update the freezer map.

Abdi

Abdi Warsame, MLT(ASCP)
Lab & Specimen Processing Lead | {SITE}
{STAFF['abdi'][4]}"""
    m = build(st("abdi"), f"study-staff@{DOM}", "ULT #2 excursion overnight - samples moved", body, d,
              cc=st("gwen"),
              attachments=[("ULT02_templog_2024-03-02.csv", buf.getvalue(), "text/csv")])
    return m, ""


@gen("clean", "admin")
def admin_irb():
    d = dt(2024, 8, 5, 9, 30)
    body = f"""Hi everyone,

Regulatory reminders for August/September. Please read, there are a couple of hard deadlines.

1. Continuing review
   - ORS-415-02: CR due to Sterling Ridge IRB by 8/23 (approval expires 9/30). I need enrollment numbers, deviations since last CR, and any new publications from Claire by 8/16.
   - ADN-118-204: CR submitted 7/29, under review.

2. ICF / amendments
   - KTX-0931-201 Amendment 2 approved 7/31. New ICF v3.0 (12-Jun-2024) is effective now -- anyone consented from today forward gets v3.0 and anyone currently in screening needs re-consent at their next visit. Old versions are pulled from the consent cabinet, please don't print from your desktop copies.
   - VLT-2207-301 IB edition 7 received; PI acknowledgement form is in Dr. Strand's inbox.

3. Training / CVs
   - GCP certificates expiring before 10/1: please check the tracker on the S: drive.
   - Updated CVs (signed and dated within 2 yrs) due for the PLB-RSV-306 close-out package.

4. Reg binders
   - Delegation log for KTX-0931 needs Nicole added once her training is done.

Thanks,
Rachel

Rachel Obi, MS, RAC
Regulatory Affairs Manager | {SITE}
{STAFF['rachel'][4]}

{DISCLAIMER}"""
    m = build(st("rachel"), f"study-staff@{DOM}", "Regulatory reminders - Aug/Sept", body, d,
              html=html_wrap(body))
    return m, ""


@gen("clean", "admin")
def admin_siv():
    d = dt(2024, 9, 9, 14, 6)
    start = datetime.datetime(2024, 10, 2, 9, 0, tzinfo=TZ_DST)
    end = datetime.datetime(2024, 10, 2, 15, 30, tzinfo=TZ_DST)
    desc = ("Site Initiation Visit - Auden Bio ADN-212-301 (moderate-to-severe atopic dermatitis)\n"
            "09:00 Welcome / protocol overview (Dr. Liang, Auden)\n10:30 IP handling & IRT (Kenji)\n"
            "12:00 Lunch (catered, 14 people)\n13:00 EDC / ePRO / central lab\n14:30 Site tour, pharmacy, lab")
    ics = make_ics("SIV - Auden ADN-212-301", start, end, "Crestmoor Conf Room A / Teams", desc,
                   organizer=("Dana Whitcomb", f"dwhitcomb@{DOM}"))
    body = f"""Hi all,

Booking the SIV for Auden's new derm study for Wed 10/2, 9:00-3:30 in Conference Room A (Teams link for the Auden folks who are remote). Calendar invite attached.

Required: Dr. Strand (at least 9-10:30 and 1-2), Dr. W, Kenji, Abdi, Priya, Hoa, Rachel.
Optional: Minh, Sofia.

Brittany -- could you order lunch for 14 (2 vegetarian, 1 gluten free) and reserve 3 visitor parking spots?

Dana"""
    m = build(st("dana"), [st("strand"), st("tomasz"), st("kenji"), st("abdi"), st("priya"), st("hoa"),
                           st("rachel")], "SIV - Auden ADN-212-301 - Wed 10/2", body, d,
              cc=[st("britt"), st("minh"), st("sofia")],
              attachments=[("invite.ics", ics, "text/calendar")])
    return m, ""


@gen("clean", "admin")
def admin_budget():
    d0 = dt(2024, 2, 14, 11, 2)
    d1 = later(d0, days=1, hours=2)
    orig = """Gwen,

Thanks for the counter. We can accept most of your changes. Our remaining positions:

- Screen failure reimbursement: 1 SF paid per 3 randomized, at 50% of the screening visit cost.
- Holdback: 10% of per-patient payments, released at database lock.
- Payment terms: net 60 from receipt of a correct invoice.

Let me know if we can close this week; the SIV is targeted for late March.

Claire"""
    body = f"""Claire,

Thanks -- we're close. Our counter on the last three points:

1. Screen failures: we can't carry 2/3 of our screening work unpaid. Our screen-fail rate on the last two migraine studies was 55-60% because of the baseline diary requirement. We need SF reimbursed 1:1 up to a cap of 40 SF, at 100% of the screening visit ($1,140).
2. Holdback: 5%, released at site close-out visit rather than DB lock (DB lock has been 9+ months after our last patient out on other studies).
3. Payment terms: net 45, quarterly invoicing for invoiceables, and the start-up fee ($12,500, non-refundable) paid within 30 days of full execution.

Also please add to the invoiceables list:
 - unscheduled visit $285
 - repeat central lab draw $95
 - ePRO device replacement handling $40
 - IRB amendment fee at cost + 25% admin
 - record storage $1,500 at close-out

If you can agree to 1 and 3 we can be flexible on 2.

Gwen

Gwen Talley, MBA
Site Director | {SITE}
{STAFF['gwen'][4]}

{outlook_block(ex('ors'), d0, st('gwen'), 'ORS-415-03 CTA budget - open items', orig)}"""
    m = build(st("gwen"), ex("ors"), "RE: ORS-415-03 CTA budget - open items", body, d1, cc=st("sofia"))
    return m, ""


@gen("clean", "admin")
def admin_it():
    d = dt(2024, 4, 11, 16, 44)
    body = f"""Hi all,

Three IT items, sorry for the long email.

1) CTMS downtime: Saturday 4/20, 6:00 AM - 2:00 PM for the version 7.4 upgrade. Print your Monday schedules Friday afternoon. Scheduled reports will not run Saturday.

2) ClinVault EDC single sign-on: starting 5/1, ClinVault logins move to your Crestmoor Microsoft account. You'll get an activation email from no-reply@clinvault.net -- please activate before 4/30 or you will be locked out of data entry. CRAs keep their own logins, no change for them.

3) Laptop refresh: Hoa, Marcus, Wei and Abdi are getting new laptops. Bring your old one to Room 305 on your assigned day (Corbin from Tidewater Health IT will be on site Tue 4/23 and Wed 4/24). Save anything on your desktop to OneDrive first, the old drives get wiped.

Reminder: don't save study documents to the local drive or a USB stick. If you need a secure way to send something large to a sponsor, ask me or Minh.

Thanks,
Minh
{sig('minh', 'full')}"""
    m = build(st("minh"), f"allstaff@{DOM}", "IT: CTMS downtime 4/20, EDC SSO, laptop swaps", body, d)
    return m, ""


@gen("clean", "admin")
def admin_supplies():
    d0 = dt(2024, 6, 17, 10, 5)
    d1 = later(d0, minutes=38)
    orig = """Abdi, before you place the order -- are we still getting the 23G butterflies from Medline or did we switch? Finance wants everything on the new Henry Schein account starting July.
Gwen"""
    body = f"""Still Medline for this one, Schein starts with the July order. Here's what's going in today:

 - BD Vacutainer SST 5 mL (gold) x 4 cases
 - K2 EDTA 4 mL (lavender) x 2 cases
 - Safety-Lok 23G butterfly x 3 boxes
 - Tourniquets, latex-free x 2 bags
 - Biohazard specimen bags x 1 case
 - Sharps containers 2 gal x 12

Also: the Eppendorf 5810R centrifuge is due for PM and calibration on 6/30 -- the service rep can come 6/27. We'll be down to one centrifuge that morning, so no more than 3 PK draws scheduled between 8 and 11 please.

Dry ice: Arctic Supply is raising their price from $1.85/lb to $2.10/lb on 7/1.

Abdi

{on_wrote(d0, 'Gwen Talley <gtalley@' + DOM + '>')}
{quote(orig)}"""
    m = build(st("abdi"), st("gwen"), "Re: lab supply order", body, d1, cc=st("britt"))
    return m, ""


@gen("clean", "admin")
def admin_paypolicy():
    d = dt(2024, 1, 8, 9, 15)
    body = f"""Team,

The updated Participant Payment SOP (CCR-FIN-004 v5) is effective today and is attached in the SharePoint library. Summary of what changed:

- Mileage is now reimbursed at the 2024 IRS rate, $0.67/mile, round trip, based on the participant's home ZIP to our office. No receipts needed under 100 miles each way.
- Payments are loaded within 5 business days of the visit being marked complete in CTMS. If the visit isn't marked complete, it won't go in the batch -- please close out your visits the same day.
- Any participant reaching $600 in a calendar year needs a W-9 on file. Finance will flag these; the coordinator collects the form in person. Never request SSNs by email or phone.
- Cash and gift cards are no longer allowed. TrialPurse reloadable cards only.
- Parking validation stays the same (front desk stamp).
- Lost cards: replacement fee is waived once per participant.

Questions to me or Gwen.

Sofia Reyes
Finance & Participant Payments
{SITE} | {STAFF['sofia'][4]}

{DISCLAIMER}"""
    m = build(st("sofia"), f"study-staff@{DOM}", "Updated participant payment SOP (CCR-FIN-004 v5)", body, d,
              cc=st("gwen"))
    return m, ""


# ================================================================= CLEAN : lookalike
@gen("clean", "lookalike")
def look_invoice():
    d = dt(2024, 7, 3, 11, 20)
    inv = f"CCR-INV-2024-{random.randint(400, 499):04d}"
    po = f"PO-{random.randint(7000000, 7999999)}"
    lines = [
        ("Randomization visits (V2) completed Q2", 3, 1420.00),
        ("Treatment visits (V3-V8) completed Q2", 17, 980.00),
        ("Unscheduled visits", 4, 285.00),
        ("Screen failures (per CTA 1:3 cap)", 2, 570.00),
        ("ECG, 12-lead (local)", 9, 85.00),
        ("Pharmacy IP dispensing fee", 20, 45.00),
        ("IRB continuing review fee (pass-through)", 1, 2850.00),
    ]
    rows = []
    total = 0.0
    for desc, n, rate in lines:
        amt = n * rate
        total += amt
        rows.append(f"{desc:<44}{n:>5}   ${rate:>9,.2f}   ${amt:>10,.2f}")
    hold = round(total * 0.05, 2)
    body = f"""Hello Veltrano AP,

Please find Q2 2024 invoice {inv} for protocol VLT-2207-301, Site 114 (PI: Helen Strand, MD).

Description                                   Qty        Rate          Amount
--------------------------------------------  -----  -----------  ------------
{chr(10).join(rows)}
                                                                  ------------
Subtotal                                                           ${total:>10,.2f}
Less 5% holdback                                                  -${hold:>10,.2f}
AMOUNT DUE                                                         ${total - hold:>10,.2f}

PO: {po}          Invoice date: 07/03/2024          Terms: Net 45 (due 08/17/2024)
Remit to: {SITE}, {ADDR1}, {ADDR2}
ACH: Heartland Commerce Bank, ABA 0{random.randint(41000000, 41999999)}, acct ending {random.randint(1000, 9999)}
Tax ID: 31-4471829

Visit counts reconcile to the Q2 EDC visit report (run 07/01/2024). Please reference the invoice number on remittance.

Sofia Reyes
Finance & Participant Payments | {SITE}
{STAFF['sofia'][4]}"""
    pdf = make_pdf([f"{SITE} - INVOICE {inv}", f"{ADDR1}, {ADDR2}   Tax ID 31-4471829", "",
                    "Bill to: Veltrano Therapeutics, Attn Accounts Payable, 80 Harbor Loop, Boston MA 02210",
                    f"Protocol VLT-2207-301   Site 114   PO {po}", ""] + rows +
                   ["", f"Subtotal ${total:,.2f}   Holdback ${hold:,.2f}   Due ${total - hold:,.2f}",
                    "Terms Net 45"])
    m = build(st("sofia"), formataddr(("Veltrano Accounts Payable", "ap-invoices@veltrano-tx.com")),
              f"Invoice {inv} - VLT-2207-301 Site 114 - Q2 2024", body, d, cc=ex("cra"),
              attachments=[(f"{inv}.pdf", pdf, "application/pdf")])
    return m, ""


@gen("clean", "lookalike")
def look_courier():
    d = dt(2024, 5, 15, 17, 2)
    ships = []
    for i in range(4):
        awb = f"{random.randint(1000, 9999)} {random.randint(1000, 9999)} {random.randint(1000, 9999)}"
        ships.append(awb)
    body = f"""Shipment confirmation -- Crestmoor Clinical Research (acct 88-31927)

Pickup date: 05/15/2024   Pickup window: 13:30-15:00   Driver ID: RVT-0442

AWB              Service        Contents                          Dry ice   Dest
---------------  -------------  --------------------------------  --------  ----------------------
{ships[0]}   Priority AM    UN3373 Cat B, 2 ambient boxes     --        Keystone, Lancaster PA
{ships[1]}   Priority AM    UN3373 Cat B + UN1845, 1 box      5.0 kg    Keystone, Lancaster PA
{ships[2]}   Priority AM    UN3373 Cat B + UN1845, 1 box      7.5 kg    Pellam Bio Lab, Gaithersburg MD
{ships[3]}   Standard       Return: empty shippers x3          --        Keystone Kit Depot

Kit lots received this week (Keystone):
  Kit type SCR-A   lot KL24-0419   exp 2025-01-31   qty 20
  Kit type VIS-B   lot KL24-0388   exp 2024-12-31   qty 30
  Kit type UNS-1   lot KL24-0102   exp 2024-09-30   qty 10  (short-dated, use first)

Temperature logger serials: TL-55021894, TL-55021907

Questions: 800-555-0176, ref case CS-{random.randint(1000000, 9999999)}.
Please do not reply to this automated message.
Rivet Express Clinical Logistics"""
    m = build(formataddr(("Rivet Express Clinical", "notify@rivetexpress.net")), st("abdi"),
              f"Shipment confirmation - 4 pieces - pickup 05/15/2024", body, d,
              headers=[("Auto-Submitted", "auto-generated")])
    return m, ""


@gen("clean", "lookalike")
def look_ip_receipt():
    d = dt(2024, 2, 20, 14, 40)
    shp = f"SHP-{random.randint(100000, 999999)}"
    body = f"""Hi Jessica,

IP shipment {shp} received and acknowledged in IRT today at 13:52.

Protocol:         VLT-2207-301
Shipment ID:      {shp}
Carrier / AWB:    Rivet Express {random.randint(1000, 9999)} {random.randint(1000, 9999)} {random.randint(1000, 9999)}
Ship date:        02/19/2024        Received: 02/20/2024 11:05
Kits:             40401 - 40440 (40 kits), all intact
Lot:              VT2207-B0931      Expiry: 31-OCT-2025
NDC (label):      70211-0318-30
Temp logger:      SN 7734-1182-09, range during transit 4.1 - 6.8 C, no alarms (printout filed)
Storage:          Pharmacy fridge #1 (asset CCR-EQ-0092), 2-8 C

Kits 40397-40400 from the previous shipment expire 30-APR-2024 and will be quarantined for return on 4/1 if not dispensed.

Thanks,
Kenji

Kenji Matsuda, PharmD
Research Pharmacist | {SITE}
Investigational Drug Service, Rm 312 | {STAFF['kenji'][4]}"""
    png = make_png(240, 80, "logo")
    m = build(st("kenji"), ex("cra"), f"IP receipt - {shp} - VLT-2207-301 Site 114", body, d,
              cc=st("dana"), attachments=[("crestmoor_logo.png", png, "image/png")])
    return m, ""


@gen("clean", "lookalike")
def look_codes():
    d = dt(2024, 9, 26, 10, 12)
    rows = [
        ("99205", "New pt office visit, high MDM", "Screening", "Study", "$211.58"),
        ("99214", "Est pt office visit, moderate MDM", "Wk 4, 12, 24, 52", "SOC (Q1)", "$128.87"),
        ("93000", "ECG 12-lead w/ interp", "Screening, Wk 12", "Study", "$16.94"),
        ("80053", "Comprehensive metabolic panel", "Screening, Wk 4, 24", "Study (central)", "n/a"),
        ("85025", "CBC w/ diff", "Screening, Wk 24", "Study (central)", "n/a"),
        ("96372", "Ther/proph injection SC/IM", "Wk 0-52 q2w", "Study", "$14.28"),
        ("11104", "Punch biopsy skin, single", "Wk 0, Wk 16 (optional)", "Study", "$123.02"),
    ]
    table = "\n".join(f"{r[0]:<7}{r[1]:<38}{r[2]:<24}{r[3]:<17}{r[4]}" for r in rows)
    body = f"""Hi Tamsin,

Draft coverage analysis grid for the new Auden derm study (ADN-212-301) is below, before I put it in the final template. Rates are 2024 Medicare PFS for our locality, non-facility.

CPT    Description                           Visits                  Billing          MPFS
{table}

Dx codes for SOC lines: L20.9 (atopic dermatitis, unspecified) or L20.89 as appropriate, plus Z00.6 secondary.
Qualifying CT determination: yes (Medicare NCD 310.1, therapeutic intent, FDA IND).
NCT: pending registration, will send once posted.

Can you look at 96372? Auden's budget pays for all injections, so I have it as study-billed, but I want to double check your chargemaster won't drop it to the patient account automatically.

Sofia"""
    m = build(st("sofia"), formataddr(("Reilly, Tamsin", "treilly@aldervalleyhealth.org")),
              "ADN-212-301 coverage analysis - draft grid", body, d, cc=st("gwen"))
    return m, ""


@gen("clean", "lookalike")
def look_1572():
    d = dt(2024, 10, 21, 15, 33)
    people = [
        ("Helen Strand, MD", "PI", f"1{random.randint(100000000, 999999999)}", "OH 35.0" + str(random.randint(10000, 99999)),
         "2025-08-31", "2024-03-12"),
        ("Tomasz Wierzbicki, DO", "Sub-I", f"1{random.randint(100000000, 999999999)}", "OH 34.0" + str(random.randint(10000, 99999)),
         "2026-01-31", "2023-11-02"),
        ("Kenji Matsuda, PharmD", "Pharmacist", f"1{random.randint(100000000, 999999999)}", "OH 03-3" + str(random.randint(10000, 99999)),
         "2025-09-15", "2024-06-20"),
        ("Ines Carvalho, RN", "Research Nurse", f"1{random.randint(100000000, 999999999)}", "OH RN.4" + str(random.randint(10000, 99999)),
         "2025-10-31", "2024-01-18"),
    ]
    table = "\n".join(f"{p[0]:<24}{p[1]:<16}{p[2]:<13}{p[3]:<16}{p[4]:<13}{p[5]}" for p in people)
    body = f"""Hi Olumide,

For the 1572 update on KTX-0931-201 (adding Dr. Wierzbicki as Sub-I and Ines to the delegation log), here are the credentials. CVs and licenses are uploaded to the eISF under 02_Site_Personnel.

Name                    Role            NPI          License         Lic. exp     GCP date
{table}

Section 3 (lab): Keystone Central Labs, 1 Keystone Plaza, Lancaster PA 17601, CLIA 39D{random.randint(1000000, 9999999)}, CAP {random.randint(1000000, 9999999)}.
Section 4 (IRB): Sterling Ridge IRB, IORG00{random.randint(10000, 99999)}.

Let me know if you need the financial disclosure forms re-signed too.

Rachel
{sig('rachel', 'full')}"""
    m = build(st("rachel"), ex("cra2"), "KTX-0931-201 1572 update - credentials", body, d)
    return m, ""


@gen("clean", "lookalike")
def look_directory():
    d = dt(2024, 1, 3, 8, 5)
    lines = []
    for k in ["gwen", "strand", "tomasz", "dana", "priya", "marcus", "hoa", "ines", "kenji", "abdi", "rachel",
              "minh", "sofia", "luis", "wei", "britt"]:
        n, u, t, c, ph = STAFF[k]
        ext = ph[-3:]
        lines.append(f"{n:<22}{t[:40]:<42}x{ext:<6}{ph:<15}{u}@{DOM}")
    body = f"""Updated internal directory, January 2024. Please print and replace the one by your phone.

MAIN {MAIN}    FAX {FAX}    After-hours study line 614-555-0150 (forwards to on-call)
Pharmacy fridge alarm line 614-555-0159      Lab (Rm 318) x156

Name                  Title                                     Ext    Direct         Email
{chr(10).join(lines)}

External
  Keystone Central Labs client services   800-555-0119
  Rivet Express clinical pickups          800-555-0176 (acct 88-31927)
  Sterling Ridge IRB                      888-555-0160
  TrialPurse card support                 888-555-0138 (client 3318)
  Pathway Rides dispatch                  614-555-0181
  Tidewater Health IT helpdesk            844-555-0102

Brittany"""
    m = build(st("britt"), f"allstaff@{DOM}", "Phone directory - Jan 2024", body, d)
    return m, ""


@gen("clean", "lookalike")
def look_metrics():
    d = dt(2024, 7, 8, 8, 47)
    body = f"""Q2 2024 site metrics (for the ops meeting Wednesday)

Study            Pre-screened  Screened  SF   SF rate  Randomized  Active  Completed  Early term
---------------  ------------  --------  ---  -------  ----------  ------  ---------  ----------
VLT-2207-301              61        24   13     54%           11       9          0           2
ORS-415-02                88        19   11     58%            8       8          0           0
PLB-RSV-306               --        --   --      --           --      41         12           1
ADN-118-204               34        12    5     42%            7       6          0           1
KTX-0931-201              27         4    1     25%            0       0          0           0

Deviations logged: 7 (0 major). Median query age: 6.1 days (target <10). Query count open 30+ days: 4.
Avg days visit-to-EDC entry: 2.8 (target 3).

IT/helpdesk tickets closed in Q2: INC-41822, INC-41907, INC-42115, INC-42231 (EDC SSO), INC-42310 (CTMS report).
Open: INC-42477 (ePRO tablet battery), INC-42502 (printer Rm 305).

Monitoring visits Q2: 6 (VLT x2, ORS x2, ADN x1, PLB remote x1).
Sponsor audit: none. FDA BIMO: none.

Minh"""
    m = build(st("minh"), [st("gwen"), st("dana")], "Q2 site metrics", body, d,
              attachments=[("Q2_2024_metrics.xlsx", make_xlsx([
                  ["Study", "Pre-screened", "Screened", "SF", "Randomized", "Active"],
                  ["VLT-2207-301", 61, 24, 13, 11, 9], ["ORS-415-02", 88, 19, 11, 8, 8],
                  ["PLB-RSV-306", "", "", "", "", 41], ["ADN-118-204", 34, 12, 5, 7, 6],
                  ["KTX-0931-201", 27, 4, 1, 0, 0]], sheet="Q2"),
                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
    return m, ""


# ================================================================= CLEAN : news
@gen("clean", "news")
def news_site():
    d = dt(2024, 10, 1, 7, 0, 0)
    text = f"""CRESTMOOR CONNECTIONS -- Fall 2024

Now enrolling
- Atopic dermatitis (eczema) study for adults 18-65, starting October. Weekly visits are not required; most visits are every 4 weeks.
- Early memory loss study for adults 55-80 with a study partner.
- Type 2 diabetes extension study (current participants only).

By the numbers
This year more than 180 community members took part in studies at Crestmoor, and 97% of participants who answered our satisfaction survey said they would recommend us to a friend. Thank you!

Meet the team: Hoa Nguyen, CRC
Hoa joined us in 2022 from Alder Valley's oncology unit. She speaks Vietnamese and English and leads our memory study screening. Outside work she coaches a youth soccer team.

Free flu shot clinic
Our neighbors at Riverton Community Pharmacy are hosting walk-in flu shots in our lobby on Oct 19, 9am-1pm. You do not need to be in a study.

Questions about research? Call {MAIN} or visit crestmoorresearch.com.

You are receiving this newsletter because you signed up at crestmoorresearch.com. Unsubscribe: https://crestmoorresearch.com/unsubscribe
{SITE} | {ADDR1} | {ADDR2}"""
    html = html_wrap(text, banner="Crestmoor Connections | Fall 2024")
    m = build(formataddr((SITE, f"news@{DOM}")), formataddr(("Crestmoor Community", f"community-list@{DOM}")),
              "Crestmoor Connections - Fall 2024", text, d, html=html,
              attachments=[("crestmoor_logo.png", make_png(200, 60, "logo"), "image/png")],
              headers=[("List-Unsubscribe", "<https://crestmoorresearch.com/unsubscribe>"),
                       ("Precedence", "bulk")])
    return m, ""


@gen("clean", "news")
def news_recruit():
    d = dt(2024, 2, 6, 10, 0, 0)
    text = f"""Do migraines keep you from living your life?

If you have 4 to 14 migraine days a month, you may be able to take part in a research study of an investigational preventive treatment for migraine.

Who can take part?
 - Adults 18 to 65
 - History of migraine for at least 1 year
 - Not currently taking a preventive injection for migraine

What's involved?
 - About 10 visits over 7 months
 - A daily headache diary on a phone app (phone provided if needed)
 - Study-related care at no cost; compensation for time and travel

Interested? Call Luis at {STAFF['luis'][4]} or fill out the short questionnaire at crestmoorresearch.com/migraine. Calling does not obligate you to take part.

This study has been reviewed and approved by an independent institutional review board.

{SITE}, {ADDR1}, {ADDR2}
To stop receiving study announcements, reply UNSUBSCRIBE or click https://crestmoorresearch.com/unsubscribe"""
    m = build(formataddr(("Crestmoor Clinical Research", f"studies@{DOM}")),
              formataddr(("Research Volunteer Registry", f"registry-list@{DOM}")),
              "Now enrolling: migraine prevention study", text, d,
              html=html_wrap(text, banner="Now enrolling: migraine prevention study"),
              headers=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://crestmoorresearch.com/unsubscribe>")])
    return m, ""


@gen("clean", "news")
def news_digest():
    d = dt(2024, 6, 27, 6, 30, 0)
    text = """RESEARCH DIGEST -- June 2024
A short summary for our clinical staff and community partners.

RSV vaccines in adults 60 and older: what the second-season data show
Published follow-up from several large randomized trials suggests that protection against RSV lower respiratory tract disease remains meaningful into a second season, though efficacy declines from the first-season estimates (roughly in the 70-80% range in season one, lower in season two depending on the trial and definition). Serious adverse events were balanced between vaccine and placebo arms overall; rare neurological events continue to be monitored in post-marketing surveillance. CDC's advisory committee currently recommends a single dose for adults 75+ and for adults 60-74 at increased risk, using shared decision-making.

What it means for sites
Expect more questions from participants about whether they should get a licensed RSV vaccine while enrolled in a study. Always check the protocol's prohibited-medication section and document the conversation.

Decentralized elements
FDA's final guidance on decentralized clinical trial elements emphasizes that investigator oversight responsibilities don't change when visits happen at home or by telehealth. Local health care providers performing study procedures should be listed on delegation logs when they perform study-specific tasks.

Sources: published trial reports and agency guidance documents; this summary is for general information only.

Crestmoor Clinical Research -- Education Committee"""
    m = build(formataddr(("Crestmoor Education Committee", f"education@{DOM}")), f"allstaff@{DOM}",
              "Research Digest - June 2024", text, d, html=html_wrap(text, banner="Research Digest"))
    return m, ""


@gen("clean", "news")
def news_sponsor():
    d = dt(2024, 5, 2, 12, 0, 0)
    text = """GLYDE-3 STUDY NEWSLETTER -- Issue 9 (May 2024)

Enrollment update
 - Randomized: 1,412 of 1,600 (88%)
 - Active sites: 214 in 19 countries
 - Projected last participant randomized: August 2024

Top enrolling regions this month: US Midwest, Poland, Mexico, South Korea. Thank you to all site teams!

Data quality corner
The most common query this quarter was a mismatch between visit date in EDC and date on the source progress note. Please enter the date the visit actually occurred, and if procedures are split across two days, use the date of the first procedure and document the split.

Retention
Study-wide early discontinuation rate is 6.8%, below the planned 10%. Sites with the best retention report reminder calls the day before each visit and flexible early-morning fasting visits.

Protocol reminders
 - IB edition 7 has been distributed; PI acknowledgement required within 30 days.
 - Amendment 4 (extension study) is approved in all US IRBs.

Questions: glyde3.studyteam@veltrano-tx.com

Veltrano Therapeutics | Clinical Operations
This newsletter is intended for investigational site staff and may not be distributed to study participants."""
    m = build(formataddr(("GLYDE-3 Study Team", "glyde3.studyteam@veltrano-tx.com")),
              formataddr(("GLYDE-3 Sites", "glyde3-sites@veltrano-tx.com")),
              "GLYDE-3 Newsletter - Issue 9", text, d, html=html_wrap(text, banner="GLYDE-3 Study Newsletter"),
              headers=[("Precedence", "bulk")])
    return m, ""


@gen("clean", "news")
def news_assoc():
    d = dt(2024, 9, 11, 5, 45, 0)
    text = """ARSP WEEKLY BRIEF -- Association of Research Site Professionals
September 11, 2024

IN THIS ISSUE
1. ICH E6(R3): what changes for sites
   The revised GCP guideline puts more weight on risk-proportionate approaches and quality by design. For sites, expect sponsors to ask about your own risk processes, data governance and the systems you use for source (including eSource and ePRO).

2. Salary survey 2024 results are in
   Median base salary for CRCs with 3-5 years of experience rose 4.1% year over year. Certified coordinators (CCRC/CCRP) reported a median premium of 8%.

3. Webinar: "Participant payments done right" -- Sept 26, 1pm ET
   Covers 1099 thresholds, reloadable cards vs. checks, and what IRBs look for in payment schedules. 1.0 CE credit.

4. Chapter meetings
   Central Ohio chapter: Oct 8, 6pm, at Riverton Public Library, Room B. Topic: budgeting for decentralized visits.

Membership questions: members@arsp-online.org
You are receiving this because you are a member of ARSP. Manage preferences: https://arsp-online.org/preferences"""
    m = build(formataddr(("ARSP Weekly Brief", "brief@arsp-online.org")), st("dana"),
              "ARSP Weekly Brief: ICH E6(R3), salary survey, payments webinar", text, d,
              html=html_wrap(text, banner="ARSP Weekly Brief"),
              headers=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://arsp-online.org/preferences>")])
    return m, ""


@gen("clean", "news")
def news_cro():
    d = dt(2024, 3, 19, 9, 0, 0)
    text = """NORTHGATE SITE SPOTLIGHT -- Spring 2024

Five habits of low-query sites
We looked at query rates across 600+ sites in our portfolio last year. Sites in the lowest quartile had a few things in common:
  1. Data entered within 3 business days of the visit
  2. A second person reviews vital signs and con meds before saving
  3. Source templates built from the eCRF, not the other way around
  4. Notes-to-file written the same day as the issue
  5. A standing weekly 30-minute query review

Across all sites, average time to resolve a query fell from 11.4 to 8.2 days.

Coordinator of the quarter
Congratulations to the coordinators nominated by their CRAs this quarter, including teams in Riverton OH, Tucson AZ and Lodz, Poland.

Upcoming trainings
 - RBM for site staff: April 17 (virtual)
 - New EDC release walkthrough: May 2

Northgate Clinical Services | 400 Pennant Way, Durham, NC 27703
Unsubscribe: https://northgatecs.net/unsub"""
    m = build(formataddr(("Northgate Site Relations", "siterelations@northgatecs.net")), st("dana"),
              "Site Spotlight - Spring 2024", text, d, html=html_wrap(text, banner="Northgate Site Spotlight"),
              headers=[("Precedence", "bulk")])
    return m, ""


# ================================================================= CLEAN : staff
@gen("clean", "staff")
def staff_coverage():
    d = dt(2024, 5, 3, 15, 2)
    body = f"""Coverage for the week of 5/6 (Priya on PTO 5/6-5/17):

          Mon       Tue       Wed       Thu       Fri
Strand    clinic    clinic    admin     clinic    --
Wierzb.   --        clinic    clinic    clinic    clinic
Dana      clinic    clinic    IMV VLT   clinic    clinic
Marcus    clinic    clinic    clinic    clinic    1/2 day
Hoa       clinic    clinic    clinic    --        clinic
Ines      clinic    --        clinic    clinic    clinic
Priya     PTO       PTO       PTO       PTO       PTO

Priya's studies (ORS-415-02, ADN-118-204): Marcus primary, Hoa backup. Priya left a handover doc in the Teams channel.
On-call for the study line: Mon-Wed Marcus, Thu-Sun Dana.

Let me know if I've missed something.

Gwen"""
    m = build(st("gwen"), f"clinic-team@{DOM}", "Coverage wk of 5/6", body, d)
    return m, ""


@gen("clean", "staff")
def staff_oncall():
    d = dt(2024, 6, 28, 11, 10)
    rows = [("Jul 1-7", "Marcus Oyelaran, CRC", "Helen Strand, MD"),
            ("Jul 8-14", "Hoa Nguyen, CRC", "Tomasz Wierzbicki, DO"),
            ("Jul 15-21", "Dana Whitcomb, CCRC", "Helen Strand, MD"),
            ("Jul 22-28", "Priya Venkataraman, CCRP", "Tomasz Wierzbicki, DO"),
            ("Jul 29-Aug 4", "Ines Carvalho, RN", "Helen Strand, MD")]
    table = "\n".join(f"{a:<14}{b:<30}{c}" for a, b, c in rows)
    body = f"""July after-hours rotation for the study line (614-555-0150):

Week          Coordinator on call           Physician backup
{table}

Handoff is Monday 8am. The on-call coordinator carries the study phone and answers within 15 minutes; anything that sounds like an SAE goes to the physician backup right away.

Swaps are fine, just update the calendar and tell Brittany so she can change the forwarding.

Gwen Talley
Site Director"""
    m = build(st("gwen"), f"study-staff@{DOM}", "July on-call rotation", body, d)
    return m, ""


@gen("clean", "staff")
def staff_welcome():
    d = dt(2024, 9, 23, 8, 3)
    body = f"""Good morning everyone,

Please join me in welcoming Nicole Brandt, our new Clinical Research Coordinator! Nicole comes to us from the cardiology research group at Alder Valley, where she coordinated device studies for four years. She'll work mostly on GLYDE-3 close-out and the new Auden derm study.

Her first two weeks:
 - Mon 9/23: HR orientation (Gwen), badge and parking, IT setup with Minh at 1:00
 - Tue 9/24: SOP reading, shadow Dana in clinic
 - Wed 9/25: ClinVault EDC and CTMS training (Minh), pharmacy overview (Kenji)
 - Thu 9/26: Lab/specimen processing with Abdi
 - Fri 9/27: Reg binders and delegation log with Rachel
 - Week 2: shadowing visits with Marcus and Hoa

Her desk is in 307 next to Wei. Stop by and say hi -- and there's a welcome cake in the break room at 3.

Gwen"""
    m = build(st("gwen"), f"allstaff@{DOM}", "Welcome Nicole Brandt!", body, d,
              html=html_wrap(body, banner="Welcome to the team, Nicole!"))
    return m, ""


@gen("clean", "staff")
def staff_payroll():
    d = dt(2024, 11, 20, 10, 45)
    body = """Hi all,

Because of the Thanksgiving holiday, timesheets for the pay period ending 11/30 are due Tuesday 11/26 by noon (not Friday). Please estimate Wed-Fri hours; we'll correct anything on the next period.

Reminders:
 - Holiday: Thursday 11/28 and Friday 11/29. Study line on-call is Marcus (Thu) and Hoa (Fri-Sun).
 - Mileage for home visits: submit with receipts through the expense portal by 11/26 as well.
 - 2025 benefits open enrollment closes 12/6. If you don't make changes, your current elections roll over except the FSA, which must be re-elected.
 - W-4 changes for 2025 need to be in by 12/13.

Thanks,
Sofia"""
    m = build(st("sofia"), f"allstaff@{DOM}", "Timesheets due Tue 11/26 (holiday)", body, d)
    return m, ""


@gen("clean", "staff")
def staff_leave():
    d0 = dt(2024, 4, 22, 9, 5)
    d1 = later(d0, minutes=26)
    orig = """Hi Gwen, confirming my PTO 5/6 through 5/17. I'll have a handover doc for Marcus and Hoa by 5/2 and I'll move my ORS monitoring visit to the 21st. I won't have email access for most of it.
Thanks!
Priya"""
    body = f"""Approved -- enjoy the time off! I've put it on the coverage calendar. Please set your out-of-office to point people to Marcus for ORS and ADN and to the main line for anything else.

Gwen

{outlook_block(st('priya'), d0, st('gwen'), 'PTO 5/6-5/17', orig)}"""
    m = build(st("gwen"), st("priya"), "RE: PTO 5/6-5/17", body, d1, cc=st("marcus"))
    return m, ""


@gen("clean", "staff")
def staff_certs():
    d = dt(2024, 8, 1, 13, 15)
    rows = [("Abdi Warsame", "IATA DGR (Cat B/dry ice)", "2024-08-30"),
            ("Wei Lin", "GCP (CITI)", "2024-09-12"),
            ("Marcus Oyelaran", "GCP (CITI)", "2024-09-20"),
            ("Ines Carvalho", "BLS", "2024-10-05"),
            ("Luis Cardenas", "Human Subjects Protection", "2024-10-15"),
            ("Tomasz Wierzbicki", "GCP (CITI)", "2024-10-31")]
    table = "\n".join(f"  {a:<20}{b:<30}expires {c}" for a, b, c in rows)
    body = f"""Hi all,

Certifications expiring in the next 90 days:

{table}

Please upload the new certificate to the training folder and send me a copy so I can update the binders. Abdi, Keystone won't accept dry ice shipments from anyone without a current IATA cert, so please prioritize that one.

Also -- August birthdays are Hoa (8/9) and Kenji (8/22)! Potluck Friday 8/23 in the break room, sign-up sheet on the fridge.

Rachel"""
    m = build(st("rachel"), f"study-staff@{DOM}", "Expiring certs + August birthdays", body, d)
    return m, ""


@gen("clean", "staff")
def staff_interview():
    d = dt(2024, 3, 5, 16, 20)
    body = f"""Hi Dr. Strand, Ines, Dana,

We have two candidates for the Research Nurse (RN) opening who made it through the phone screen:

 1. Candidate A -- BSN, 6 yrs ICU, no research experience, very strong on IV/infusion. Available Thu 3/14, 10:00-11:30.
 2. Candidate B -- RN, 3 yrs oncology infusion + 2 yrs as a research nurse on phase 1 studies, CCRP. Available Fri 3/15, 1:00-2:30.

Proposed format: 30 min with me (HR/benefits), 30 min with Dana and Ines (clinical/research scenarios), 20 min with Dr. Strand, 10 min tour.

Resumes are in the Hiring folder -- please don't forward them. Let me know by Friday if those times work.

Gwen Talley, MBA
Site Director | {SITE}
{STAFF['gwen'][4]}"""
    m = build(st("gwen"), [st("strand"), st("ines"), st("dana")], "Research Nurse interviews 3/14 and 3/15",
              body, d)
    return m, ""


# ================================================================= CLEAN : training
@gen("clean", "training")
def train_gcp_quiz():
    d = dt(2024, 2, 22, 12, 0)
    body = """Hi all,

Here's the 10-question GCP refresher for Thursday's lunch-and-learn. Answers at the bottom -- no peeking.

1. Who is ultimately responsible for the conduct of the study at the site?
   a) the sponsor  b) the CRA  c) the principal investigator  d) the IRB
2. A participant signs the ICF but the coordinator notices the date line is blank. What do you do?
3. How soon must an SAE be reported to the sponsor after the site becomes aware?
4. True/False: A coordinator can correct an entry in a paper source document using correction fluid if it is neatly done.
5. What does ALCOA+ stand for?
6. A participant wants to withdraw but is willing to have one last safety visit. Can you collect data at that visit?
7. Who may sign the delegation log for a new staff member?
8. Name two things that must be in a note-to-file.
9. True/False: Study drug may be dispensed by anyone on the delegation log.
10. Where do you document that a participant was given a copy of the signed consent?

ANSWERS
1-c. 2-have the participant date it the same day with a note explaining; do not backdate. 3-within 24 hours. 4-False, single line through, initial and date. 5-Attributable, Legible, Contemporaneous, Original, Accurate + Complete, Consistent, Enduring, Available. 6-Yes, if they agree and it's documented. 7-The PI. 8-what happened and why, corrective action, who wrote it and when. 9-False, only if delegated that task. 10-In the consent process note in the source.

Dana"""
    m = build(st("dana"), f"study-staff@{DOM}", "GCP refresher quiz - Thursday lunch & learn", body, d,
              attachments=[("GCP_refresher_quiz.docx", make_docx(
                  ["Crestmoor Lunch & Learn - GCP refresher (10 questions)",
                   "Instructions: answer individually, then we'll review as a group.",
                   "1. Who is ultimately responsible for the conduct of the study at the site?",
                   "2. A participant signs the ICF but the date line is blank. What do you do?",
                   "3. How soon must an SAE be reported to the sponsor?",
                   "4. True/False: correction fluid is acceptable if neat.",
                   "5. What does ALCOA+ stand for?"], title="GCP Refresher Quiz"),
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
    return m, ""


@gen("clean", "training")
def train_edc_sandbox():
    d = dt(2024, 9, 24, 17, 5)
    body = """Nicole,

For your EDC training tomorrow, you have access to the ClinVault TRAINING environment (the URL has "uat" in it -- never enter anything real there, and never enter practice data in production).

Use these fictitious test subjects:

  Subject       Name (test)          DOB (test)   Scenario
  TEST-999-001  Testpatient, Alpha   01/01/1950   Complete screening + randomization
  TEST-999-002  Testpatient, Bravo   01/01/1960   Screen fail (lab exclusion) -- practice SF workflow
  TEST-999-003  Testpatient, Charlie 01/01/1970   Enter an AE, then answer the auto-query
  TEST-999-004  Testpatient, Delta   01/01/1980   Missed visit + protocol deviation form

Work through them in order with the training manual (pages 12-40). Minh will review your entries with you at 3pm and "reset" the sandbox afterward.

Dana"""
    m = build(st("dana"), formataddr(("Nicole Brandt", f"nbrandt@{DOM}")), "EDC training tomorrow - sandbox subjects",
              body, d, cc=st("minh"))
    return m, ""


@gen("clean", "training")
def train_ae_case():
    d = dt(2024, 4, 9, 10, 40)
    body = """Team -- case study for Friday's AE/SAE training. This is a composite, de-identified scenario (not from any of our studies), please work through it before the session.

CASE
A participant in their 60s is enrolled in a double-blind study of a once-weekly oral drug. At week 8 they report 4-5 loose stools a day for the past 3 days, above their usual, with no blood, no fever, and they are still working. At week 9 they call the study line saying they fainted briefly in the bathroom and their spouse took them to the emergency department, where they were given IV fluids and sent home after 6 hours.

QUESTIONS
1. What is the CTCAE grade of the diarrhea at week 8? At week 9?
2. Is the ED visit alone enough to make this an SAE? What if they had been admitted overnight for observation?
3. Is the fainting episode a separate AE?
4. What is the reporting timeline to the sponsor for each event?
5. Who at our site can assess causality?
6. The participant asks to stop taking the study drug for a week "to let things settle." How do you document this?

We'll discuss answers in the session. Bring your CTCAE v5 pocket card.

Dr. W"""
    m = build(st("tomasz"), f"study-staff@{DOM}", "AE training Fri - case study (please read)", body, d,
              cc=st("strand"))
    return m, ""


@gen("clean", "training")
def train_icf_roleplay():
    d = dt(2024, 7, 16, 14, 0)
    doc = make_docx([
        "Purpose: practice the informed consent conversation using a fictitious participant.",
        "Roles: Coordinator (trainee), Participant \"Pat Sample\" (played by trainer), Observer (fills in checklist).",
        "Background for the person playing Pat Sample (fictional): 58 years old, retired teacher, interested in the "
        "memory study because a parent had dementia. Worried about the MRI (claustrophobia) and about who will "
        "see the genetic test result. Reads at about an 8th-grade level and forgets their glasses.",
        "Coordinator tasks: confirm the current ICF version, offer time and a private space, explain voluntariness, "
        "use teach-back for risks, address optional consents separately, confirm LAR/study partner requirements.",
        "Observer checklist: (1) version checked (2) no coercion (3) teach-back used (4) questions invited "
        "(5) copy offered (6) process note written.",
        "Debrief questions: What would you do if Pat asks you to just sign for them? If Pat's adult child "
        "answers all the questions?",
    ], title="Role-play: Informed Consent Process (Training Only)")
    body = """Hi all,

Attached is the role-play script for next Tuesday's consent workshop. Everything in it is made up -- "Pat Sample" is not a real person, please don't add any details from people you've actually consented.

We'll run it in groups of three, 20 minutes per round, and rotate roles.

Hoa"""
    m = build(st("hoa"), f"study-staff@{DOM}", "Consent workshop - role-play script", body, d,
              attachments=[("ICF_roleplay_PatSample_TRAINING.docx", doc,
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
    return m, ""


@gen("clean", "training")
def train_ctms_uat():
    d = dt(2024, 4, 16, 9, 50)
    buf = io.StringIO()
    wr = csv.writer(buf, lineterminator="\r\n")
    wr.writerow(["step", "action", "test_record", "expected_result", "pass_fail", "tester"])
    steps = [
        (1, "Create participant", "ZZTEST, ALPHA (DOB 01/01/1900)", "Record saves; CTMS ID generated", "", ""),
        (2, "Enroll in study VLT-2207-301 (UAT copy)", "ZZTEST, ALPHA", "Status = Screening", "", ""),
        (3, "Schedule V1-V3 from template", "ZZTEST, ALPHA", "3 visits created within windows", "", ""),
        (4, "Mark V1 complete", "ZZTEST, ALPHA", "Payment line created for $75.00", "", ""),
        (5, "Run UPCOMING_VISITS_7D report", "--", "ZZTEST rows appear; no production rows", "", ""),
        (6, "Send SIU to AVH TEST interface", "ZZTEST, BRAVO (DOB 01/01/1901)", "ACK AA received", "", ""),
        (7, "Delete test participants", "ZZTEST, ALPHA / BRAVO", "Records purged; audit trail entry", "", ""),
    ]
    for s in steps:
        wr.writerow(s)
    body = """Hi all,

CTMS 7.4 goes live Saturday. Before then we need user acceptance testing done in the UAT environment. Script attached -- please use ONLY the ZZTEST records listed (they're dummy records with 1900 birthdates so they're easy to spot and purge).

Marcus: steps 1-4. Hoa: step 5. Minh: steps 6-7.
Fill in pass/fail and your initials, and screenshot anything that fails. Due Thursday 5pm.

Minh"""
    m = build(st("minh"), [st("marcus"), st("hoa")], "CTMS 7.4 UAT script - due Thu", body, d,
              attachments=[("CTMS74_UAT_script.csv", buf.getvalue(), "text/csv")])
    return m, ""


@gen("clean", "training")
def train_iata():
    d = dt(2024, 8, 6, 11, 30)
    body = """Hi all,

Since a few certs are coming due, here's a quick self-check on specimen shipping before the IATA renewal course. Answers below.

1. What UN number and proper shipping name apply to most clinical trial blood/serum samples?
2. What are the three layers of triple packaging?
3. How much absorbent material is required in the secondary packaging?
4. Dry ice: what UN number, and what must be written on the outer box?
5. Can you seal dry ice in an airtight container? Why or why not?
6. Who is allowed to sign as shipper on the airway bill?

Answers: 1) UN3373, Biological Substance, Category B. 2) primary receptacle, leak-proof secondary packaging, rigid outer packaging. 3) enough to absorb the entire contents of all primary receptacles. 4) UN1845, net weight of dry ice in kg, and the Class 9 label. 5) No -- CO2 gas needs to vent or the package can burst. 6) Only someone with current dangerous goods training.

Practice label templates are in Lab > Shipping > Training. Please don't use real kit accession labels for practice.

Abdi"""
    m = build(st("abdi"), f"study-staff@{DOM}", "Shipping self-check (IATA refresher)", body, d)
    return m, ""


# ================================================================= main
EXPECTED = OrderedDict([
    (("phi", "care"), 8), (("phi", "ids"), 8), (("phi", "lang"), 8), (("phi", "lists"), 7),
    (("phi", "names"), 8), (("phi", "self"), 7), (("phi", "struct"), 7),
    (("clean", "admin"), 7), (("clean", "lookalike"), 7), (("clean", "news"), 6),
    (("clean", "staff"), 7), (("clean", "training"), 6),
])


def main():
    os.makedirs(OUT, exist_ok=True)
    counters = OrderedDict((k, 0) for k in EXPECTED)
    records = []
    for label, kind, fn in GENERATORS:
        msg, patient = fn()
        counters[(label, kind)] += 1
        fname = f"{label}-{kind}-{counters[(label, kind)]:03d}.eml"
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        records.append((fname, label, kind, patient if label == "phi" else ""))
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f)
        wr.writerow(["file", "label", "kind", "patient_name"])
        for r in records:
            wr.writerow(r)
    for k, n in counters.items():
        if n != EXPECTED[k]:
            raise SystemExit(f"count mismatch for {k}: {n} != {EXPECTED[k]}")
    for (label, kind), n in counters.items():
        print(f"{label}-{kind}: {n}")
    print(f"total: {sum(counters.values())}")


if __name__ == "__main__":
    main()
