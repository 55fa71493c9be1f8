#!/usr/bin/env python3
"""Generate a blind set of invented email for a physical therapy / sports
rehabilitation clinic chain.  Standard library only, deterministic.

    python3 gen.py OUTDIR
"""
import csv
import io
import json
import os
import random
import struct
import sys
import zipfile
import zlib
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime, formataddr
from xml.sax.saxutils import escape as xesc

SEED = 10502
random.seed(SEED)

# ---------------------------------------------------------------------------
# the invented organisation
# ---------------------------------------------------------------------------
ORG = "Ridgeline Physical Therapy & Sports Rehab"
D = "ridgelinept.com"

CLINICS = {
    "Northgate": ("2200 Northgate Blvd, Suite 110", "Millbrook, OH 43081", "(614) 555-0131", "(614) 555-0132"),
    "Millbrook": ("415 Canal Street", "Millbrook, OH 43081", "(614) 555-0141", "(614) 555-0142"),
    "Harbor Point": ("78 Quayside Drive", "Harbor Point, OH 43140", "(614) 555-0151", "(614) 555-0152"),
    "Westbury": ("3300 Westbury Pkwy, Unit C", "Westbury, OH 43119", "(614) 555-0161", "(614) 555-0162"),
    "Oak Terrace": ("9 Oak Terrace Plaza", "Oak Terrace, OH 43206", "(614) 555-0171", "(614) 555-0172"),
}

STAFF = {
    "alicia": ("Alicia Nguyen", "PT, DPT, OCS", "Clinic Director", "Northgate", "anguyen"),
    "ben": ("Ben Okonkwo", "PT, DPT, SCS", "Sports Rehab Lead", "Millbrook", "bokonkwo"),
    "carla": ("Carla Reyes", "", "Front Desk Lead", "Northgate", "creyes"),
    "devon": ("Devon Marsh", "PTA", "Physical Therapist Assistant", "Northgate", "dmarsh"),
    "erin": ("Erin Castellano", "MS, ATC, LAT", "Outreach Athletic Trainer - Millbrook HS", "Millbrook", "ecastellano"),
    "farah": ("Farah Haddad", "CPC", "Billing & Authorizations Specialist", "Central Business Office", "fhaddad"),
    "greg": ("Greg Whitlock", "MBA", "Regional Operations Manager", "Central Business Office", "gwhitlock"),
    "hollis": ("Hollis Tran", "", "Systems Administrator", "Central Business Office", "htran"),
    "imani": ("Imani Brooks", "PT, DPT", "Physical Therapist", "Harbor Point", "ibrooks"),
    "jordan": ("Jordan Pike", "", "Marketing & Community Outreach", "Central Business Office", "jpike"),
    "kendra": ("Kendra Sato", "SHRM-CP", "HR Generalist", "Central Business Office", "ksato"),
    "luis": ("Luis Ortega", "PTA", "Physical Therapist Assistant", "Westbury", "lortega"),
    "mai": ("Mai Pham", "", "Patient Care Coordinator", "Harbor Point", "mpham"),
    "nadia": ("Nadia Volkova", "PT, DPT", "Physical Therapist", "Oak Terrace", "nvolkova"),
    "rose": ("Rosemarie Dela Cruz", "PTA", "Physical Therapist Assistant", "Oak Terrace", "rdelacruz"),
    "tom": ("Tom Grabowski", "", "Payroll Coordinator", "Central Business Office", "tgrabowski"),
    "wes": ("Wes Lindqvist", "PT, DPT, CSCS", "Clinic Director", "Westbury", "wlindqvist"),
    "priya": ("Priya Raman", "PT, DPT", "Clinic Director", "Oak Terrace", "praman"),
    "joy": ("Joy Manalo", "", "Front Desk", "Oak Terrace", "jmanalo"),
}
CBO = ("1010 Commerce Row, Suite 400", "Millbrook, OH 43081", "(614) 555-0100", "(614) 555-0109")


def em(key):
    return STAFF[key][4] + "@" + D


def addr(key):
    return formataddr((STAFF[key][0], em(key)))


def fulladdr(name, email):
    return formataddr((name, email))


def sig(key, style="full"):
    name, cred, title, clinic, _ = STAFF[key]
    loc = CLINICS.get(clinic, CBO)
    first = name.split()[0]
    if style == "first":
        return first
    if style == "dash":
        return "-" + first[0] if random.random() < 0.4 else "- " + first
    if style == "mobile":
        return first + "\n\nSent from my iPhone"
    if style == "short":
        return "%s%s\n%s | %s" % (name, (", " + cred) if cred else "", title, clinic)
    lines = [name + ((", " + cred) if cred else ""), title]
    lines.append(ORG + ("" if clinic == "Central Business Office" else " - " + clinic))
    lines.append(loc[0] + ", " + loc[1])
    lines.append("P %s  |  F %s" % (loc[2], loc[3]))
    lines.append("www." + D)
    return "\n".join(lines)


DISCLAIMERS = [
    "CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the "
    "intended recipient(s) and may contain confidential and privileged information. Any unauthorized "
    "review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please "
    "contact the sender by reply e-mail and destroy all copies of the original message.",
    "This message is intended only for the individual or entity to which it is addressed and may contain "
    "information that is privileged, confidential and exempt from disclosure under applicable law. If you "
    "have received this communication in error, please notify us immediately at (614) 555-0100.",
    "The information in this email is confidential. If you received it by mistake, please let the sender "
    "know and delete it. Ridgeline Physical Therapy & Sports Rehab will never ask for payment information by email.",
]


def disc(i=None):
    if i is None:
        i = random.randrange(len(DISCLAIMERS))
    return "\n\n" + DISCLAIMERS[i]


# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------
def tz_for(d):
    # crude US Eastern daylight saving approximation
    if (d.month > 3 and d.month < 11) or (d.month == 3 and d.day >= 10) or (d.month == 11 and d.day < 3):
        return timezone(timedelta(hours=-4))
    return timezone(timedelta(hours=-5))


def mkdt(y, m, d, hh=9, mm=0):
    base = datetime(y, m, d, hh, mm, random.randrange(60))
    return base.replace(tzinfo=tz_for(base))


def rdt(start=(2024, 8, 12), end=(2025, 6, 13), weekend_ok=False, hours=(7, 19)):
    s = datetime(*start)
    e = datetime(*end)
    while True:
        d = s + timedelta(days=random.randrange((e - s).days))
        if weekend_ok or d.weekday() < 5:
            break
    d = d.replace(hour=random.randrange(*hours), minute=random.randrange(60), second=random.randrange(60))
    return d.replace(tzinfo=tz_for(d))


def later(d, minutes=None, hours=None, days=None):
    if minutes is None and hours is None and days is None:
        minutes = random.randrange(7, 300)
    n = d + timedelta(minutes=minutes or 0, hours=hours or 0, days=days or 0)
    n = n.replace(tzinfo=None)
    return n.replace(tzinfo=tz_for(n))


def next_wd(d, wd, skip=0):
    """next given weekday (0=Mon) strictly after d, plus skip weeks"""
    n = d + timedelta(days=1)
    while n.weekday() != wd:
        n += timedelta(days=1)
    return n + timedelta(days=7 * skip)


def md(d):
    return "%d/%d" % (d.month, d.day)


def mdy(d):
    return "%02d/%02d/%04d" % (d.month, d.day, d.year)


def mdy_short(d):
    return "%d/%d/%02d" % (d.month, d.day, d.year % 100)


def longday(d):
    return d.strftime("%A, %B ") + str(d.day)


def wd_md(d):
    return d.strftime("%a ") + md(d)


def ymd(d):
    return d.strftime("%Y%m%d")


def rdob(y0, y1):
    d = datetime(y0, 1, 1) + timedelta(days=random.randrange((datetime(y1, 12, 31) - datetime(y0, 1, 1)).days))
    return d


def on_wrote(d, name, email):
    return "On %s, %s <%s> wrote:" % (d.strftime("%a, %b ") + str(d.day) + d.strftime(", %Y at ") +
                                     d.strftime("%I:%M %p").lstrip("0"), name, email)


def outlook_hdr(frm, sent, to, subject, cc=None):
    s = "-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\n" % (
        frm, sent.strftime("%A, %B ") + str(sent.day) + sent.strftime(", %Y ") + sent.strftime("%I:%M %p").lstrip("0"), to)
    if cc:
        s += "Cc: %s\n" % cc
    s += "Subject: %s\n" % subject
    return s


def fwd_hdr(frm, sent, to, subject):
    return ("---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n" % (
        frm, sent.strftime("%a, %b ") + str(sent.day) + sent.strftime(", %Y at ") + sent.strftime("%I:%M %p").lstrip("0"),
        subject, to))


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


# ---------------------------------------------------------------------------
# identifiers
# ---------------------------------------------------------------------------
def digits(n):
    return "".join(random.choice("0123456789") for _ in range(n))


def letters(n, pool="ABCDEFGHJKLMNPQRSTUVWXY"):
    return "".join(random.choice(pool) for _ in range(n))


def mrn():
    return "00" + digits(6)


def phone(area="614"):
    return "%s-555-01%02d" % (area, random.randrange(10, 100))


def hexid(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def msgid(domain):
    return "<%s.%s@%s>" % (hexid(12), hexid(8), domain)


# ---------------------------------------------------------------------------
# attachment builders (all by hand, deterministic)
# ---------------------------------------------------------------------------
ZDATE = (2025, 1, 6, 9, 0, 0)


def zip_bytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def col_letter(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet="Sheet1"):
    out = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (col_letter(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xesc(str(v))))
        out.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % "".join(out))
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
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xesc(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return zip_bytes([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                      ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet_xml)])


def make_docx(paragraphs):
    body = []
    for p in paragraphs:
        bold = p.startswith("**")
        t = p[2:] if bold else p
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        body.append('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, xesc(t)))
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
    return zip_bytes([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def make_pdf(lines, title="Document"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = ["BT", "/F1 11 Tf", "14 TL", "56 740 Td"]
    for i, l in enumerate(lines):
        content.append("(%s) Tj T*" % esc(l.encode("latin-1", "replace").decode("latin-1")))
    content.append("ET")
    stream = "\n".join(content).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (Ridgeline DocGen 2.1) >>" % esc(title)).encode("latin-1"),
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


def _png(w, h, pixel):
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            raw.extend(pixel(x, y))

    def chunk(t, data):
        c = struct.pack(">I", len(data)) + t + data
        return c + struct.pack(">I", zlib.crc32(t + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def logo_png():
    w, h = 160, 48
    teal = (18, 110, 120)
    white = (255, 255, 255)

    def px(x, y):
        # a teal badge with a white "ridge" (two peaks) on the left
        if x < 48:
            ridge = 36 - abs((x % 24) - 12) * 2
            return white if y > ridge and y < 40 else teal
        if 12 <= y <= 16 and 56 <= x <= 150:
            return teal
        if 24 <= y <= 27 and 56 <= x <= 130:
            return (120, 170, 175)
        return white
    return _png(w, h, px)


def scan_png():
    w, h = 170, 220

    def px(x, y):
        # a blank, slightly grey scanned page with a faint darker edge
        if x < 3 or y < 3 or x > w - 4 or y > h - 4:
            return (205, 205, 200)
        return (246, 246, 243)
    return _png(w, h, px)


def make_ics(uid, summary, start, end, location, description, organizer=None):
    def f(d):
        return d.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Ridgeline PT//Scheduling//EN", "METHOD:REQUEST",
             "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:" + f(start - timedelta(days=3)),
             "DTSTART:" + f(start), "DTEND:" + f(end), "SUMMARY:" + summary, "LOCATION:" + location,
             "DESCRIPTION:" + description.replace("\n", "\\n").replace(",", "\\,")]
    if organizer:
        lines.append("ORGANIZER;CN=%s:mailto:%s" % organizer)
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def table(rows, sep="  "):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for r in rows:
        out.append(sep.join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip())
    return "\n".join(out)


def html_wrap(inner, font="Calibri, Arial, sans-serif"):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:%s;font-size:11pt">%s</body></html>' % (font, inner))


def text_to_html(text):
    paras = text.split("\n\n")
    return html_wrap("".join("<p>%s</p>" % xesc(p).replace("\n", "<br>") for p in paras))


def html_table(rows):
    h = "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
    h += "<tr>%s</tr>" % "".join("<th>%s</th>" % xesc(str(c)) for c in rows[0])
    for r in rows[1:]:
        h += "<tr>%s</tr>" % "".join("<td>%s</td>" % xesc(str(c)) for c in r)
    return h + "</table>"


# ---------------------------------------------------------------------------
# message building
# ---------------------------------------------------------------------------
REGISTRY = []


def reg(label, kind):
    def deco(fn):
        REGISTRY.append((label, kind, fn))
        return fn
    return deco


def domain_of(a):
    a = a.split(",")[0]
    if "<" in a:
        a = a.split("<", 1)[1].split(">", 1)[0]
    return a.split("@", 1)[1].strip()


def build(r):
    m = EmailMessage()
    m["From"] = r["frm"]
    m["To"] = r["to"]
    if r.get("cc"):
        m["Cc"] = r["cc"]
    m["Subject"] = r["subject"]
    m["Date"] = format_datetime(r["date"])
    m["Message-ID"] = r.get("mid") or msgid(domain_of(r["frm"]))
    if r.get("irt"):
        m["In-Reply-To"] = r["irt"]
        m["References"] = r.get("refs", r["irt"])
    for k, v in r.get("headers", []):
        m[k] = v
    m.set_content(r["body"])
    if r.get("html"):
        m.add_alternative(r["html"], subtype="html")
    for fname, data, mtype in r.get("atts", []):
        maintype, subtype = mtype.split("/", 1)
        if isinstance(data, EmailMessage):
            m.add_attachment(data)
        elif isinstance(data, str) and maintype == "text":
            m.add_attachment(data, subtype=subtype, filename=fname)
        elif isinstance(data, str):
            m.add_attachment(data.encode("utf-8"), maintype=maintype, subtype=subtype, filename=fname)
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return m


def R(**kw):
    kw.setdefault("patient", "")
    return kw


# ===========================================================================
# PHI - care
# ===========================================================================
@reg("phi", "care")
def care_squeeze_in():
    d = rdt(start=(2024, 9, 3), end=(2024, 11, 15), hours=(8, 12))
    thu = next_wd(d, 3)
    left = random.choice([4, 5, 6])
    mom = phone()
    body = ("Ben -\n\n"
            "Marcus Delgado's mom called again this morning. He can't do mornings anymore b/c of school and his "
            "grandma is the one driving him now, she can't get him to us before 4:15. You have the 4:00 open "
            "Thursday %s if we slide Mrs. Albright to 4:45 (she told me last week any time after 4 works for her). "
            "Ok to book?\n\n"
            "He has %d visits left on the current plan, and his progress note is due on visit 8 so that'd be the "
            "Thursday one I think. Mom's cell is %s if you want to talk to her directly, she had questions about "
            "whether he can lift with the team next week and I told her that's a you question lol.\n\n"
            "Thanks!\n%s" % (md(thu), left, mom, sig("carla", "first")))
    return R(frm=addr("carla"), to=addr("ben"), subject="can you fit Marcus D in Thurs?", date=d, body=body,
             patient="Marcus Delgado")


@reg("phi", "care")
def care_parent_band():
    d0 = rdt(start=(2024, 9, 9), end=(2024, 10, 25), hours=(19, 22))
    sat = next_wd(d0, 5, 1)
    mon = sat + timedelta(days=2)
    parent = ("Dana Whitcomb", "dwhitcomb77@pebblemail.com")
    orig = ("Hi there,\n\n"
            "My daughter Lily Whitcomb sees Imani at Harbor Point on Mondays and Wednesdays after school. We have a "
            "volleyball tournament out of town the weekend of %s and we won't be back in time for her Monday "
            "%s appointment. Is there any way she could come Saturday morning %s instead? Any time before 11 is ok.\n\n"
            "Also she snapped the purple band you gave her doing her exercises at home (she's fine, it just broke). "
            "Could Imani leave a new one at the front desk for her? She's been doing the balance ones every night, "
            "I'm making sure.\n\n"
            "Thank you so much,\nDana Whitcomb (Lily's mom)\n%s" % (
                sat.strftime("%B ") + str(sat.day), md(mon), md(sat), phone()))
    d1 = later(d0, hours=13)
    body = ("Hi Dana,\n\n"
            "No problem at all - I moved Lily to Saturday %s at 9:00 with Imani (she's covering the Saturday clinic "
            "that week, so same therapist). Her Wednesday visit stays the same.\n\n"
            "I'll put a new band in an envelope with Lily's name on it at check-in. Good luck at the tournament!\n\n"
            "%s\n\n%s\n\n%s" % (md(sat), sig("mai", "short"), on_wrote(d0, parent[0], parent[1]), quote(orig)))
    mid0 = msgid("pebblemail.com")
    return R(frm=addr("mai"), to=fulladdr(*parent), cc=addr("imani"),
             subject="RE: Lily's Monday appointment", date=d1, body=body, irt=mid0, patient="Lily Whitcomb")


@reg("phi", "care")
def care_handover():
    d = rdt(start=(2024, 11, 4), end=(2024, 11, 20), hours=(16, 19))
    body = ("Devon,\n\n"
            "Thanks again for covering my Oak Terrace folks next week while I'm out. Most of them are pretty "
            "self-explanatory from the flowsheets but two things I don't want getting lost:\n\n"
            "Mr. Okafor (Mon/Wed 7:00) - 10 min on the bike, then the step-downs off the 6\" box, he's up to 3x12 "
            "each side. Add the lateral band walks if he's moving well. His wife drives him and waits in the lobby "
            "- honestly she's the best source on whether he's actually doing his home program, so ask her. He will "
            "try to talk you out of ice at the end, don't let him, he's been puffy by evening the last few "
            "times.\n\n"
            "Mrs. Lindgren (Tue 2:00) - she comes on the senior center van and it picks her back up at 3:15 SHARP, "
            "so please start on time even if you're running behind with someone else. Treadmill walking, she likes "
            "1.8 mph, no incline yet. Stay close when she turns around, she still grabs for the rail. Her daughter "
            "is supposed to call about adding a Thursday visit - if she does, front desk can book it with Rose.\n\n"
            "Everyone else is on the whiteboard in the back. Text me if anything weird comes up, I'll have my phone.\n\n"
            "%s" % sig("priya", "short"))
    return R(frm=addr("priya"), to=addr("devon"), cc=addr("rose"), subject="coverage notes for next week",
             date=d, body=body + disc(0), patient="Okafor; Lindgren")


@reg("phi", "care")
def care_atc_to_pt():
    d = rdt(start=(2024, 9, 7), end=(2024, 10, 31), hours=(7, 10))
    while d.weekday() != 5:
        d = d + timedelta(days=1)
    mon = next_wd(d, 0)
    body = ("Hey Ben,\n\n"
            "Heads up, Tyler Brandt (JV football, #54, sophomore) will be coming to see you Monday %s after school, "
            "his mom is booking through central scheduling this morning. He went down on the first drive last "
            "night, came off under his own power but was on crutches by the end of the game and still is today. "
            "I did the sideline stuff and sent him home with ice and the crutches from our closet.\n\n"
            "Coach Haskins already asked me twice when he can practice, so expect an email from him. Mom signed the "
            "release for us to share updates with the coaching staff - copy is in my binder, I'll scan it to "
            "central records Monday.\n\n"
            "Mom: Karen Brandt %s\n\n"
            "Thanks!\nErin\n\n--\n%s" % (md(mon), phone(), sig("erin")))
    return R(frm=addr("erin"), to=addr("ben"), subject="JV player coming Monday", date=d,
             body=body, patient="Tyler Brandt", headers=[("X-Mailer", "iPhone Mail (21G93)")])


@reg("phi", "care")
def care_home_kit():
    d = rdt(start=(2025, 1, 6), end=(2025, 3, 28))
    tele = d + timedelta(days=random.randrange(8, 14))
    body = ("Hi Carla,\n\n"
            "Can you have someone mail a home kit to:\n\n"
            "    Gloria Adeyemi\n"
            "    41 Larkspur Lane, Apt 3B\n"
            "    Millbrook, OH 43081\n\n"
            "Contents: yellow + red theraband (precut, 2 of each), small foam roller, the 2 lb cuff weights, and a "
            "printed copy of her home program (it's in her chart under Documents, printed %s).\n\n"
            "She finished her last in-clinic visit Friday and is switching to the home program with a video "
            "check-in on %s. She doesn't drive and her son works days so she can't come pick it up. Charge it to the "
            "clinic supply line, not to her account - Alicia ok'd that.\n\n"
            "Thx\n%s" % (md(d - timedelta(days=3)), longday(tele), sig("devon", "short")))
    return R(frm=addr("devon"), to=addr("carla"), subject="mail out home kit pls", date=d, body=body,
             patient="Gloria Adeyemi")


@reg("phi", "care")
def care_ride_confirm():
    d = rdt(start=(2024, 10, 1), end=(2025, 4, 30))
    trip = d + timedelta(days=random.randrange(2, 6))
    conf = "TR" + digits(8)
    body = ("TRI-COUNTY RIDELINK - TRIP CONFIRMATION\n"
            "This is an automated message. Please do not reply.\n\n"
            "Confirmation #:   %s\n"
            "Member:           VOSS, HAROLD E\n"
            "Member phone:     %s\n"
            "Trip date:        %s\n\n"
            "PICKUP   1:20 PM   908 Birchwood Ave, Millbrook OH 43081\n"
            "DROPOFF  2:00 PM   Ridgeline PT - Millbrook Aquatic Center, 415 Canal Street\n"
            "RETURN   3:30 PM   will-call after appointment\n\n"
            "Mobility:  Ambulatory w/ cane\n"
            "Escort:    YES (1) - daughter\n"
            "Standing order: Tue/Thu through %s\n\n"
            "Facility contact on file: Front Desk (614) 555-0141\n"
            "To change or cancel a trip call (614) 555-0199 at least 24 hours in advance. Members who are not "
            "ready within 15 minutes of the pickup window may be marked as a no-show.\n" % (
                conf, phone(), trip.strftime("%a %m/%d/%Y"), mdy(trip + timedelta(days=35))))
    html = html_wrap("<h3 style='color:#2a5d8f'>Tri-County RideLink</h3><p><b>Trip confirmation %s</b></p>"
                     "<pre style='font-family:Consolas,monospace'>%s</pre>" % (conf, xesc(body.split("\n\n", 1)[1])))
    return R(frm=fulladdr("Tri-County RideLink", "noreply@tricountyridelink.org"),
             to="scheduling@" + D, subject="Trip Confirmation %s - %s" % (conf, trip.strftime("%m/%d/%Y")),
             date=d, body=body, html=html, patient="Harold Voss",
             headers=[("Auto-Submitted", "auto-generated")])


@reg("phi", "care")
def care_visits_left():
    d = rdt(start=(2024, 11, 4), end=(2024, 12, 13))
    orig_d = later(d, hours=-2)
    orig = ("Farah - Dana Pruitt asked me today how many more visits she has. Can you check? I had her at 2x/wk "
            "through mid-Jan on the POC.\n\n-A")
    body = ("Hi Alicia,\n\n"
            "Not great news on Dana Pruitt. Her plan caps outpatient PT at 20 visits per calendar year and she's "
            "used 17 - turns out she had 9 visits at another clinic back in the spring that we didn't know about "
            "until the EOB came back on her last claim. So she has 3 left through 12/31.\n\n"
            "Options as I see them: spread the 3 out (one every ~10 days) and pick back up 2x/wk after 1/1 when "
            "the cap resets, or do 2 more and a discharge visit and have her come back on a new referral in "
            "January. She's self-pay for anything over 20 at our cash rate ($95/visit) if she wants to keep going, "
            "but I told her front desk would go over that with her, not me.\n\n"
            "Let me know which way you want to go and I'll note it on the account.\n\n"
            "%s\n\n%s\n%s" % (sig("farah"), outlook_hdr("Nguyen, Alicia", orig_d, "Haddad, Farah",
                                                           "visits left?"), orig))
    return R(frm=addr("farah"), to=addr("alicia"), subject="RE: visits left?", date=d, body=body + disc(1),
             patient="Dana Pruitt")


@reg("phi", "care")
def care_rtp_note():
    d = rdt(start=(2024, 9, 23), end=(2024, 11, 8), hours=(12, 18))
    mon = next_wd(d, 0)
    wk2 = mon + timedelta(days=7)
    dob = rdob(2009, 2010)
    body = ("Coach Ferreira,\n\n"
            "As we discussed on the phone, and with Sofia's parents (cc'd here - they signed our release to share "
            "updates with the club), Sofia Marchetti is cleared to return to full training with the U15 girls "
            "starting Monday %s.\n\n"
            "For the first week, please:\n"
            "  - keep her out of heading drills\n"
            "  - cap sessions at 60 minutes\n"
            "  - have her do the warm-up routine we gave her before every session (she knows it, it takes ~12 min)\n\n"
            "If that week goes well she can go fully unrestricted from %s, including matches. If she has swelling "
            "the next morning after a session, she should sit the next one out and her parents should call us.\n\n"
            "The signed return-to-play note is attached for the club file. Please reach out with any questions.\n\n"
            "%s" % (longday(mon), md(wk2), sig("ben")))
    pdf = make_pdf([
        ORG, "Millbrook Clinic  |  415 Canal Street, Millbrook, OH 43081  |  (614) 555-0141", "",
        "RETURN TO PLAY / ACTIVITY NOTE", "",
        "Athlete: Sofia Marchetti          DOB: %s" % mdy(dob),
        "Club / Team: Harbor Point United SC - U15 Girls", "",
        "The above athlete has been under our care and may return to activity as follows:",
        "  Effective %s: full training with restrictions (no heading, max 60 min)." % mdy(mon),
        "  Effective %s: full unrestricted participation including matches." % mdy(wk2), "",
        "Continue home program 3x/week until the end of the season.", "",
        "Ben Okonkwo, PT, DPT, SCS", "Date: %s" % mdy(d)], title="Return to Play - Marchetti")
    return R(frm=addr("ben"), to=fulladdr("Rui Ferreira", "coach.ferreira@hpunitedsc.org"),
             cc="%s, %s" % (fulladdr("Paul Marchetti", "pmarchetti@kestrelnet.com"),
                            fulladdr("Gina Marchetti", "gina.marchetti@nimbusmail.net")),
             subject="Sofia - return to training", date=d, body=body + disc(0),
             atts=[("RTP_Marchetti_S.pdf", pdf, "application/pdf")],
             patient="Sofia Marchetti")

# ===========================================================================
# PHI - ids
# ===========================================================================
@reg("phi", "ids")
def ids_auth_determination():
    d = rdt(start=(2025, 2, 17), end=(2025, 3, 14))
    ref = "OR-2025-%07d" % random.randrange(10 ** 6, 10 ** 7)
    mem = "CVH" + digits(9)
    dob = rdob(2006, 2008)
    start = next_wd(d, 0)
    end = start + timedelta(days=56)
    body = ("OrthoReview Partners - Utilization Management\n"
            "AUTHORIZATION DETERMINATION NOTICE\n\n"
            "Reference #:          %s\n"
            "Health Plan:          Crestview Health Plan - Commercial PPO\n"
            "Member ID:            %s\n"
            "Member DOB:           %s\n"
            "Servicing Provider:   Ridgeline Physical Therapy - Millbrook  NPI 1649302817\n"
            "Treating Clinician:   Okonkwo, Ben PT\n\n"
            "Services Requested:   12 visits - 97110, 97112, 97140, 97530 (GP)\n"
            "Determination:        PARTIALLY APPROVED\n"
            "Visits Approved:      8\n"
            "Valid Dates:          %s - %s\n\n"
            "Rationale: Submitted clinical information supports an initial course of care. Continuation beyond the "
            "approved visits requires updated objective measures and functional outcome scores submitted no later "
            "than 5 business days before the last approved visit.\n\n"
            "To submit additional clinicals log into the provider portal at https://portal.orthoreviewpartners.com "
            "or fax (877) 555-0148. Please reference the number above on all correspondence.\n\n"
            "This notice was sent to the e-mail address registered for your organization. Do not reply to this "
            "message; replies are not monitored.\n" % (ref, mem, mdy(dob), mdy(start), mdy(end)))
    return R(frm=fulladdr("OrthoReview UM", "um-notices@orthoreviewpartners.com"), to="auths@" + D,
             subject="Determination %s - Partially Approved" % ref, date=d, body=body,
             headers=[("Auto-Submitted", "auto-generated")])


@reg("phi", "ids")
def ids_claim_dob_mismatch():
    d = rdt(start=(2025, 1, 27), end=(2025, 3, 7))
    claim = "2025-%07d" % random.randrange(10 ** 6, 10 ** 7)
    acct = digits(6)
    dob_ours = rdob(2008, 2010)
    dob_theirs = dob_ours.replace(day=min(28, dob_ours.day + 10) if dob_ours.day < 18 else dob_ours.day - 9)
    dos1 = d - timedelta(days=random.randrange(20, 30))
    dos2 = dos1 + timedelta(days=2)
    body = ("Luis / Westbury front desk -\n\n"
            "Claim %s kicked back from Crestview. Acct %s, DOS %s and %s. Rejection is 'patient DOB does not match "
            "member file'. We have %s in the system and the payer has %s.\n\n"
            "Can someone pull the insurance card copy / registration form for this one and tell me which is right? "
            "It's the Hernandez kid (the one who comes in with his dad after baseball). If ours is wrong please "
            "fix it in demographics and let me know so I can resubmit; if theirs is wrong the family has to call "
            "Crestview member services.\n\n"
            "Thanks,\n%s" % (claim, acct, md(dos1), md(dos2), mdy(dob_ours), mdy(dob_theirs), sig("farah", "short")))
    return R(frm=addr("farah"), to="%s, %s" % (addr("luis"), "westbury@" + D),
             subject="claim reject - DOB mismatch acct %s" % acct, date=d, body=body, patient="Hernandez")


@reg("phi", "ids")
def ids_workcomp():
    d = rdt(start=(2024, 10, 14), end=(2024, 12, 18))
    claim = "WC-24-%06d" % random.randrange(10 ** 5, 10 ** 6)
    doi = d - timedelta(days=random.randrange(50, 80))
    since = d - timedelta(days=30)
    body = ("Good afternoon,\n\n"
            "RE: Claim No. %s\n"
            "    Claimant: Mr. Salazar\n"
            "    DOI: %s\n"
            "    Employer: Brightline Logistics LLC\n\n"
            "I am the assigned adjuster on the above claim. Please forward the daily notes and any progress "
            "reports for dates of service from %s to present, along with the most recent work status / "
            "restrictions form. The employer has a modified-duty position available (no lifting over 20 lbs) and "
            "we need to know whether your clinician believes the claimant can perform it.\n\n"
            "Also please confirm the number of visits attended vs. scheduled; the nurse case manager notes two "
            "missed appointments last month.\n\n"
            "Records may be faxed to (877) 555-0163 or sent to this address. Bills should continue to go to the "
            "P.O. box on file.\n\n"
            "Thank you,\n\n"
            "Rochelle Danvers\n"
            "Senior Claims Adjuster - Workers' Compensation\n"
            "Pinnacle Mutual Insurance\n"
            "Direct (614) 555-0124 | Fax (877) 555-0163\n"
            "rdanvers@pinnaclemutualins.com\n\n"
            "This e-mail may contain confidential claim information. If you are not the intended recipient, "
            "please delete it and notify the sender.\n" % (claim, mdy(doi), mdy(since)))
    return R(frm=fulladdr("Rochelle Danvers", "rdanvers@pinnaclemutualins.com"),
             to="records@" + D, cc=addr("farah"),
             subject="Records request - Claim %s" % claim, date=d, body=body, patient="Salazar")


@reg("phi", "ids")
def ids_medicare_kx():
    d = rdt(start=(2025, 4, 1), end=(2025, 6, 6))
    mbi = "%d%s%d%s-%s%d-%s%d%d" % (random.randrange(1, 10), letters(1), random.randrange(10), letters(1),
                                    letters(1), random.randrange(10), letters(2), random.randrange(10),
                                    random.randrange(10))
    amt = random.randrange(2250, 2400)
    last = d - timedelta(days=random.randrange(2, 6))
    body = ("Priya,\n\n"
            "MBI %s - we're at $%s,%03d in combined PT/SLP allowed for 2025 on this beneficiary, so the next visit "
            "pushes past the KX threshold. Before I can append KX the note needs to actually say why continued "
            "therapy is medically necessary (objective change since the last progress note, what's left to gain, "
            "why a home program alone isn't enough). Last billed DOS was %s.\n\n"
            "Can you or whoever is treating add that to the next daily note? Until then I'm holding claims for "
            "anything after %s.\n\n"
            "thx - F" % (mbi, str(amt)[0], amt % 1000, mdy(last), md(last)))
    return R(frm=addr("farah"), to=addr("priya"), subject="KX threshold - Oak Terrace", date=d, body=body)


@reg("phi", "ids")
def ids_emr_message():
    d = rdt(start=(2025, 2, 24), end=(2025, 3, 12), hours=(8, 17))
    dob = rdob(1985, 1990)
    visit = next_wd(d, 3, 1)
    body = ("RidgeLink EMR - New Patient Message\n\n"
            "Task #:       %s\n"
            "Assigned to:  Front Desk - Northgate\n"
            "Priority:     Routine\n\n"
            "Patient MRN:  %s\n"
            "DOB:          %s\n"
            "Callback #:   %s (ok to leave msg)\n\n"
            "Message:\n"
            "Caller asked to move her %s visit to the afternoon, anytime after 2. Also wants to know if the "
            "remaining visits on her auth carry over into next month.\n\n"
            "Taken by: answering service (after-hours)  %s\n\n"
            "Open the task in RidgeLink to reply or close. This notification was generated automatically; "
            "replies to this email are not delivered.\n" % (
                "T-" + digits(7), mrn(), mdy(dob), phone(), md(visit), d.strftime("%m/%d/%Y %H:%M")))
    return R(frm=fulladdr("RidgeLink EMR", "no-reply@ridgelink-emr.com"), to=addr("carla"),
             subject="New patient message - routine", date=d, body=body,
             headers=[("Auto-Submitted", "auto-generated"), ("X-RidgeLink-Task", "patient-message")])


@reg("phi", "ids")
def ids_medicaid_case():
    d = rdt(start=(2025, 1, 20), end=(2025, 2, 20))
    case = "CM-%04d" % random.randrange(1000, 9999)
    mem = digits(9) + "-01"
    recert = d + timedelta(days=random.randrange(9, 15))
    noshow = d - timedelta(days=random.randrange(5, 12))
    body = ("Hello Ridgeline team,\n\n"
            "Case # %s, member %s. The current authorization for outpatient PT ends %s and the recert is due to us "
            "before then. Please fax the updated plan of care signed by the referring provider and the most recent "
            "progress note to (614) 555-0190, attention Community Care Management.\n\n"
            "I also saw on the visit report that his %s visit was a no-show. Was that a transportation issue? He "
            "is eligible for the plan's ride benefit and I can set up standing rides if the family hasn't already. "
            "Just let me know his regular days/times.\n\n"
            "Thanks so much,\n\n"
            "Tamika Ruelas, RN, CCM\n"
            "Care Manager | Harborlight Community Health Plan\n"
            "Ph (614) 555-0187 ext 3312 | Fax (614) 555-0190\n"
            "truelas@harborlighthp.org\n\n"
            "Harborlight Community Health Plan is a Medicaid managed care plan. This message and any attachments "
            "contain confidential member information intended only for the addressee.\n" % (
                case, mem, mdy(recert), md(noshow)))
    return R(frm=fulladdr("Tamika Ruelas", "truelas@harborlighthp.org"), to="harborpoint@" + D,
             cc=addr("farah"), subject="Recert due - %s" % case, date=d, body=body)


@reg("phi", "ids")
def ids_collections():
    d = rdt(start=(2024, 10, 1), end=(2025, 1, 31))
    acct = "11-%05d" % random.randrange(10000, 99999)
    bal = "%d.%02d" % (random.randrange(250, 700), random.randrange(100))
    dos1 = d - timedelta(days=random.randrange(150, 180))
    dos2 = dos1 + timedelta(days=random.randrange(40, 50))
    dob = rdob(1975, 1982)
    body = ("Hi Marcy,\n\n"
            "Placing one more account with you this month. Statements went out 30/60/90 with no response and two "
            "phone attempts (no voicemail set up).\n\n"
            "  Account #:    %s\n"
            "  Guarantor:    WHITAKER (self)\n"
            "  DOB:          %s\n"
            "  SSN last 4:   %s\n"
            "  Balance:      $%s (patient responsibility after insurance - deductible)\n"
            "  DOS range:    %s - %s\n"
            "  Last payment: none\n\n"
            "Full itemized statement and demographics will come through the secure portal upload this afternoon, "
            "I'm just sending this so you know it's coming. Same terms as the others.\n\n"
            "%s" % (acct, mdy(dob), digits(4), bal, mdy(dos1), mdy(dos2), sig("farah")))
    return R(frm=addr("farah"), to=fulladdr("Marcy Albrecht", "malbrecht@keystonerecoveryservices.com"),
             subject="New placement - acct %s" % acct, date=d, body=body + disc(1), patient="Whitaker")


@reg("phi", "ids")
def ids_verify_subscriber():
    d = rdt(start=(2025, 1, 2), end=(2025, 1, 24), hours=(8, 16))
    sub = "YHW" + digits(9)
    grp = digits(5)
    dob = rdob(2010, 2011)
    mon = next_wd(d, 0)
    body = ("farah can you verify this one before monday, new eval %s 3:30 w/ Wes\n\n"
            "subscriber id %s  grp %s\n"
            "dependent DOB %s\n"
            "plan: Evergreen Benefits (self-funded thru dad's employer)\n\n"
            "referral is for the R shoulder, club baseball pitcher. mom says they switched plans 1/1 so the card we "
            "had from last year is no good. she's sending a pic of the new card front/back tonight\n\n"
            "-Luis" % (md(mon), sub, grp, mdy(dob)))
    return R(frm=addr("luis"), to=addr("farah"), subject="ins verification - new eval mon", date=d, body=body)

# ===========================================================================
# PHI - lang
# ===========================================================================
@reg("phi", "lang")
def lang_spanish():
    d0 = rdt(start=(2024, 9, 9), end=(2024, 10, 30), hours=(18, 22))
    thu = next_wd(d0, 3)
    fri = thu + timedelta(days=1)
    auth_end = d0 + timedelta(days=40)
    mom = ("Guadalupe Ramírez", "lupita.ramirez@hearthmail.org")
    orig = ("Hola Luis,\n\n"
            "Soy la mamá de Diego Ramírez. Diego tiene su cita el jueves a las 4:00 pero ese día tiene partido con "
            "el equipo de la escuela (no va a jugar, pero el coach quiere que esté en la banca con el equipo). ¿Se "
            "puede cambiar para el viernes en la tarde o el sábado?\n\n"
            "También el entrenador me preguntó si Diego ya puede correr en los entrenamientos. Él dice que ya no le "
            "duele el tobillo cuando camina, pero cuando baja las escaleras todavía siente algo. No sé si es "
            "normal.\n\n"
            "Otra cosa, el seguro nos mandó una carta que dice que solo aprobaron 6 visitas más. ¿Ustedes saben "
            "cuántas le quedan?\n\n"
            "Gracias por todo, Diego está muy contento con ustedes.\n\n"
            "Guadalupe Ramírez\n%s" % phone())
    d1 = later(d0, hours=14)
    body = ("Hola Sra. Ramírez,\n\n"
            "Claro que sí. Le cambié la cita de Diego al viernes %s a las 4:30, con Wes y conmigo.\n\n"
            "Sobre correr: todavía no. Wes lo va a revisar el viernes y si pasa las pruebas de salto y equilibrio "
            "le damos una nota para el entrenador con lo que puede hacer y lo que no. Lo de las escaleras es "
            "común en esta etapa, pero avísenos si se le hincha el tobillo o si cojea.\n\n"
            "Sobre el seguro: tiene 6 visitas aprobadas hasta el %s y ya usó 1, entonces le quedan 5. Si quiere "
            "más detalles, Farah en facturación le puede llamar.\n\n"
            "Saludos,\n%s\n\n%s\n\n%s" % (md(fri), md(auth_end), sig("luis", "short"),
                                           on_wrote(d0, mom[0], mom[1]), quote(orig)))
    return R(frm=addr("luis"), to=fulladdr(*mom), cc=addr("wes"), subject="RE: cita de Diego el jueves",
             date=d1, body=body, irt=msgid("hearthmail.org"), patient="Diego Ramírez")


@reg("phi", "lang")
def lang_vietnamese():
    d0 = rdt(start=(2025, 2, 3), end=(2025, 4, 25), hours=(7, 10))
    while d0.weekday() != 2:
        d0 = d0 + timedelta(days=1)
    tue = next_wd(d0, 3) + timedelta(days=5)
    pt = ("Tran Van Hung", "tvhung1956@nimbusmail.net")
    orig = ("Chào cô Mai,\n\n"
            "Tôi là Trần Văn Hùng, bệnh nhân của cô Imani. Sau buổi tập hôm thứ Ba, lưng tôi đau nhiều hơn, tối "
            "ngủ không được. Tôi muốn hỏi có thể dời buổi hẹn thứ Năm sang tuần sau được không? Con gái tôi làm ca "
            "sáng nên chỉ chở tôi đi được buổi chiều, sau 2 giờ.\n\n"
            "Thuốc bác sĩ cho tôi vẫn uống đều. Cô nhờ cô Imani gọi cho tôi nếu cần, số điện thoại %s.\n\n"
            "Cảm ơn cô nhiều.\nHùng" % phone())
    d1 = later(d0, minutes=95)
    body = ("(Imani - cc'ing you, he's sorer since Tues, pls call him today)\n\n"
            "Chào chú Hùng,\n\n"
            "Con đã dời lịch hẹn của chú sang thứ Ba tuần sau (%s) lúc 2 giờ 30 chiều. Con sẽ nhắn cô Imani gọi cho "
            "chú trong ngày hôm nay.\n\n"
            "Nếu lưng đau nhiều quá hoặc bị tê xuống chân thì chú gọi cho bác sĩ gia đình liền nhé, đừng chờ tới "
            "buổi hẹn.\n\n"
            "Mai\n%s\n\n%s\n\n%s" % (md(tue), sig("mai", "short"), on_wrote(d0, "Tran Van Hung", pt[1]),
                                      quote(orig)))
    return R(frm=addr("mai"), to=fulladdr(*pt), cc=addr("imani"), subject="Re: đổi lịch hẹn thứ Năm",
             date=d1, body=body, irt=msgid("nimbusmail.net"), patient="Trần Văn Hùng")


@reg("phi", "lang")
def lang_portuguese():
    d0 = rdt(start=(2025, 1, 13), end=(2025, 3, 21), hours=(12, 20))
    tryout = d0 + timedelta(days=random.randrange(12, 20))
    dob = rdob(2009, 2010)
    mom = ("Cláudia Souza", "claudia.souza.bh@kestrelnet.com")
    orig = ("Boa tarde,\n\n"
            "Meu filho Gabriel Souza fez fisioterapia com vocês na unidade de Westbury de setembro até o mês passado, "
            "depois da cirurgia no joelho. Ele terminou o tratamento com o Wes e está muito bem, graças a Deus.\n\n"
            "Agora ele quer fazer a peneira do clube de futsal no dia %s e o clube está pedindo uma carta do "
            "fisioterapeuta dizendo que ele está liberado para jogar. Vocês podem fazer essa carta? Se precisar de "
            "uma consulta de reavaliação antes, pode marcar, ele está livre todo dia depois das 15h.\n\n"
            "A data de nascimento dele é %s, caso precisem.\n\n"
            "Muito obrigada,\nCláudia Souza\n\nEnviado do meu celular" % (
                "%d/%d" % (tryout.day, tryout.month), "%02d/%02d/%04d" % (dob.day, dob.month, dob.year)))
    d1 = later(d0, hours=16)
    body = ("Wes - can you look at this? Mom of Gabriel Souza (your knee kid, discharged last month) needs an RTP "
            "letter for futsal tryouts on %s. She's fine with a re-check visit first. Want me to book one?\n\n"
            "-Luis\n\n%s\n%s" % (md(tryout), fwd_hdr("%s <%s>" % mom, d0, "westbury@" + D,
                                                        "Carta para o clube - Gabriel Souza"), orig))
    return R(frm=addr("luis"), to=addr("wes"), subject="Fwd: Carta para o clube - Gabriel Souza", date=d1,
             body=body, patient="Gabriel Souza")


@reg("phi", "lang")
def lang_russian():
    d = rdt(start=(2024, 10, 7), end=(2025, 1, 31), hours=(20, 23))
    auth_end = d + timedelta(days=random.randrange(6, 12))
    body = ("Здравствуйте, Надежда!\n\n"
            "Пишу по поводу моей мамы, Ковалёвой Людмилы Петровны. Она ходит к вам на терапию после операции на "
            "колене, по понедельникам и четвергам.\n\n"
            "Во-первых, в этот четверг я не смогу её привезти — у меня смена до шести. Можно перенести на "
            "пятницу утром? Если нет, она поедет на социальном такси, но его нужно заказывать за два дня.\n\n"
            "Во-вторых, мама говорит, что после прошлого занятия колено сильно опухло и она плохо спала. Упражнения "
            "дома она делает, но, честно говоря, не каждый день. Может быть, ей нужно что-то поменять?\n\n"
            "И ещё: пришло письмо от страховой (Crestview), что разрешение на визиты заканчивается %d-го. Вы сами "
            "будете запрашивать продление или мне нужно им звонить?\n\n"
            "Спасибо большое за вашу заботу, мама вас очень хвалит.\n\n"
            "С уважением,\nИрина Ковалёва\n+1 %s" % (auth_end.day, phone()))
    return R(frm=fulladdr("Irina Kovaleva", "irina.kovaleva@pebblemail.com"), to=addr("nadia"),
             subject="Мама - четверг и страховка", date=d, body=body, patient="Людмила Петровна Ковалёва")


@reg("phi", "lang")
def lang_creole():
    d = rdt(start=(2024, 11, 1), end=(2025, 3, 28), weekend_ok=True, hours=(17, 22))
    body = ("Bonjou,\n\n"
            "Mwen se Jean-Baptiste Etienne. Mwen gen randevou lendi a 9è nan klinik Northgate la pou terapi zepòl "
            "mwen. Mwen pa p ka vini lendi paske machin mwen an an pan e pitit gason m nan ap travay. Èske mwen ka "
            "vini mèkredi oswa jedi apremidi pito?\n\n"
            "Zepòl la toujou fè m mal lè m leve bra m anwo, sitou lannwit. Mwen fè egzèsis yo chak jou jan Devon te "
            "montre m nan.\n\n"
            "Tanpri rele m nan %s. Si se yon fi ki reponn, se madanm mwen, ou ka pale avè l.\n\n"
            "Mèsi anpil,\nJean-Baptiste Etienne" % phone())
    return R(frm=fulladdr("jb etienne", "jbetienne62@hearthmail.org"), to="northgate@" + D,
             subject="randevou lendi", date=d, body=body, patient="Jean-Baptiste Etienne")


@reg("phi", "lang")
def lang_tagalog():
    d = rdt(start=(2025, 1, 6), end=(2025, 5, 30), hours=(10, 13))
    body = ("Joy,\n\n"
            "Pwede mo bang tawagan si Mrs. Erlinda Santos mamaya? Hindi siya dumating kanina sa 10am niya, hindi "
            "rin nag-call. Medyo nag-aalala ako kasi last week sabi niya masakit pa rin yung balikat niya at "
            "nahihirapan pa siyang magbihis mag-isa. Baka may nangyari.\n\n"
            "Pakisabi rin sa kanya na 4 visits na lang ang natitira sa approved ng Crestview hanggang end of the "
            "month, kaya sayang kung hindi niya magamit. Kung gusto niya, i-book mo siya sa Thursday 1pm, bakante "
            "pa ako nun.\n\n"
            "Yung number niya nasa chart, pero kung hindi sumagot try mo yung anak niya si Mark, %s.\n\n"
            "Salamat! Libre kita ng merienda bukas haha\n\nRose" % phone())
    return R(frm=addr("rose"), to=addr("joy"), subject="si Mrs. Santos", date=d, body=body,
             patient="Erlinda Santos")


@reg("phi", "lang")
def lang_korean():
    d0 = rdt(start=(2024, 9, 16), end=(2024, 11, 8), hours=(20, 23))
    sat = next_wd(d0, 5, 1)
    thu = next_wd(d0, 3)
    mom = ("Jiyoung Park", "jiyoung.park.oh@nimbusmail.net")
    orig = ("안녕하세요,\n\n"
            "저는 김서연 엄마 박지영입니다. 서연이가 하버포인트 지점에서 이마니 선생님께 발목 재활 치료를 받고 "
            "있습니다.\n\n"
            "다음 주 토요일(%d월 %d일)에 배구 대회가 있는데, 코치님이 물리치료사 선생님의 출전 허가서가 있어야 "
            "경기에 뛸 수 있다고 하셨어요. 목요일 치료 때 선생님께서 확인해 주시고 허가서를 써 주실 수 있을까요?\n\n"
            "그리고 집에서 하는 운동 중에 한 발로 서서 공 던지는 운동은 아직 조금 불안해 보이는데 계속해도 "
            "괜찮은지 궁금합니다. 대회 때 테이핑을 해야 하는지도 알려 주시면 감사하겠습니다.\n\n"
            "영어가 서툴러서 한국어로 보내요. 죄송합니다. 급하시면 서연이가 통역해 줄 수 있어요.\n\n"
            "감사합니다.\n박지영 드림\n%s" % (sat.month, sat.day, phone()))
    d1 = later(d0, hours=12)
    body = ("Hi Mrs. Park,\n\nThank you, we got your message. Imani will check Seoyeon's ankle on Thursday %s and "
            "if she is ready, the note for the coach will be printed for you that day. Imani will also show "
            "Seoyeon how to tape for the tournament.\n\n감사합니다!\nMai\n%s\n\n%s\n\n%s" % (
                md(thu), sig("mai", "short"), on_wrote(d0, mom[0], mom[1]), quote(orig)))
    return R(frm=addr("mai"), to=fulladdr(*mom), cc=addr("imani"), subject="RE: 서연 출전 허가서 문의",
             date=d1, body=body, irt=msgid("nimbusmail.net"), patient="김서연")


@reg("phi", "lang")
def lang_chinese():
    d = rdt(start=(2025, 2, 3), end=(2025, 5, 16), hours=(12, 22))
    dob = rdob(1964, 1970)
    body = ("您好，\n\n"
            "我是王丽华，上个月在Northgate诊所做了六次物理治疗（腰部），治疗师是Alicia Nguyen。今天收到你们寄来的"
            "账单，金额是$340.00，但是我的保险是Crestview，开始治疗前前台说我每次只需要付$25的共付额。\n\n"
            "请问这个账单是怎么回事？是不是保险还没有付款？还是我的免赔额还没有达到？我不太明白账单上写的"
            "“patient responsibility”是什么意思。\n\n"
            "我的出生日期是%d年%d月%d日，会员号码在保险卡上，如果需要我可以拍照发给你们。\n\n"
            "我白天上班，最好用邮件回复，或者晚上六点以后打电话：%s。\n\n"
            "谢谢！\n王丽华" % (dob.year, dob.month, dob.day, phone()))
    return R(frm=fulladdr("Lihua Wang", "lihua.wang88@kestrelnet.com"), to="billing@" + D,
             subject="关于账单的问题", date=d, body=body, patient="王丽华 (Lihua Wang)")

# ===========================================================================
# PHI - lists
# ===========================================================================
FIRST = ["Aaron", "Bianca", "Caleb", "Delaney", "Elijah", "Fiona", "Gavin", "Harper", "Isaiah", "Jocelyn",
         "Kenji", "Layla", "Mateo", "Nora", "Owen", "Paige", "Quentin", "Rosa", "Silas", "Tessa", "Uriel",
         "Vivian", "Wyatt", "Ximena", "Yusuf", "Zoe", "Brenda", "Dwight", "Marlene", "Raymond", "Phyllis",
         "Curtis", "Ingrid", "Lorenzo", "Shauna", "Trevor", "Colleen", "Dominic", "Ayesha", "Bryce"]
LAST = ["Abernathy", "Baptiste", "Coughlin", "Dunleavy", "Esposito", "Fairbanks", "Gutierrez", "Halvorsen",
        "Ibarra", "Jankowski", "Kilgore", "Lombardi", "McAllister", "Nakamura", "Oyelaran", "Prescott",
        "Quintero", "Rasmussen", "Szymanski", "Thibodeaux", "Underwood", "Valenzuela", "Wojcik", "Yarborough",
        "Zeller", "Ashworth", "Brannigan", "Castellanos", "Delacroix", "Eberhardt", "Fontaine", "Gallagher",
        "Hutchins", "Iverson", "Kowalski", "Lindstrom", "Mbeki", "Novak", "Ortiz", "Pendergast"]


def people(n):
    fs = random.sample(FIRST, n)
    ls = random.sample(LAST, n)
    return list(zip(fs, ls))


@reg("phi", "lists")
def lists_schedule():
    d = rdt(start=(2024, 10, 1), end=(2025, 4, 30), hours=(16, 18))
    nxt = d + timedelta(days=1 if d.weekday() < 4 else 3)
    ppl = people(11)
    times = ["7:00", "7:45", "8:30", "9:15", "10:00", "11:30", "1:00", "2:15", "3:00", "4:00", "4:45"]
    provs = ["Nguyen", "Marsh", "Nguyen", "Marsh", "Nguyen", "Marsh", "Nguyen", "Nguyen", "Marsh", "Marsh", "Nguyen"]
    notes = ["", "needs new POC signed", "copay $40", "RE-EVAL", "brings own brace", "", "Spanish - Luis to interp by phone",
             "auth ends this wk", "", "HS athlete - mom stays", "NEW EVAL - knee, Dr. Feld referral"]
    rows = [["Time", "Patient", "Provider", "Visit #", "Notes"]]
    for i, (f, l) in enumerate(ppl):
        vis = "EVAL" if "EVAL" in notes[i] and "RE" not in notes[i] else "%d/%d" % (random.randrange(2, 12), random.choice([12, 16, 20]))
        rows.append([times[i], "%s, %s" % (l, f), provs[i], vis, notes[i]])
    body = ("Tomorrow - %s - Northgate\n\n%s\n\n"
            "Alicia is double booked 10:00 w/ the re-eval so Devon pls start the 10:00 warmup.\n"
            "Gym closes at 6 - building maintenance doing the HVAC filters.\n\n%s" % (
                longday(nxt), table(rows), sig("carla", "first")))
    html = html_wrap("<p><b>Tomorrow - %s - Northgate</b></p>%s<p>Alicia is double booked 10:00 w/ the re-eval so "
                     "Devon pls start the 10:00 warmup.<br>Gym closes at 6 - building maintenance doing the HVAC "
                     "filters.</p><p>Carla</p>" % (xesc(longday(nxt)), html_table(rows)))
    return R(frm=addr("carla"), to="northgate-staff@" + D, subject="schedule for %s" % wd_md(nxt), date=d,
             body=body, html=html, patient="; ".join("%s %s" % p for p in ppl))


@reg("phi", "lists")
def lists_auth_expiring():
    d = rdt(start=(2024, 9, 2), end=(2025, 5, 30), hours=(5, 6))
    while d.weekday() != 0:
        d = d + timedelta(days=1)
    ppl = people(8)
    payers = ["Crestview PPO", "Harborlight MCD", "Evergreen", "Crestview HMO", "Pinnacle WC", "Harborlight MCD",
              "Crestview PPO", "Evergreen"]
    clinics = ["NG", "MB", "HP", "WB", "OT"]
    rows = [["Clinic", "Patient", "Member ID", "Payer", "Auth #", "Used/Appr", "Expires"]]
    for i, (f, l) in enumerate(ppl):
        appr = random.choice([6, 8, 10, 12])
        used = random.randrange(appr - 4, appr + 1)
        exp = d + timedelta(days=random.randrange(1, 15))
        rows.append([random.choice(clinics), "%s, %s" % (l.upper(), f.upper()),
                     letters(3) + digits(9), payers[i], "A" + digits(8), "%d/%d" % (used, appr), mdy(exp)])
    rows[1:] = sorted(rows[1:], key=lambda r: r[-1][-4:] + r[-1])
    lines = []
    for r in rows:
        lines.append("| " + " | ".join(r) + " |")
    lines.insert(1, "|" + "|".join("---" for _ in rows[0]) + "|")
    body = ("RCM Insight - Scheduled Report\n"
            "Report: Authorizations expiring in next 14 days (all clinics)\n"
            "Run: %s\n\n%s\n\n%d record(s). Visits scheduled beyond the expiration date are NOT covered "
            "until a new authorization is on file.\n\n"
            "Manage report subscriptions: https://rcm.ridgelinept.com/reports/subscriptions\n" % (
                d.strftime("%m/%d/%Y %H:%M"), "\n".join(lines), len(rows) - 1))
    return R(frm=fulladdr("RCM Insight", "reports@rcm.ridgelinept.com"),
             to="auths@" + D, cc="clinic-directors@" + D,
             subject="[Scheduled] Auths expiring - next 14 days - %s" % d.strftime("%m/%d/%Y"), date=d,
             body=body, headers=[("Auto-Submitted", "auto-generated")],
             patient="; ".join("%s %s" % p for p in ppl))


@reg("phi", "lists")
def lists_hs_injury_csv():
    d = rdt(start=(2024, 9, 6), end=(2024, 11, 15), hours=(14, 17))
    while d.weekday() != 4:
        d = d + timedelta(days=1)
    ppl = people(7)
    sports = ["Football", "Football", "Girls Soccer", "Volleyball", "Cross Country", "Boys Soccer", "Football"]
    statuses = [("OUT", "no practice, PT 2x/wk", "Concussion protocol step 2"),
                ("LIMITED", "non-contact only", "L ankle sprain"),
                ("OUT", "crutches, MD f/u 10 days", "R knee - MRI pending"),
                ("FULL", "tape both ankles", "cleared by PT"),
                ("LIMITED", "bike/pool only, no running", "shin pain - stress rxn r/o"),
                ("LIMITED", "no sprinting", "R hamstring strain gr 1"),
                ("OUT", "sling, no lifting", "L shoulder - AC sprain")]
    rows = [["Last", "First", "Grade", "Sport", "Status", "Restrictions", "Injury", "Next PT visit"]]
    for i, (f, l) in enumerate(ppl):
        nv = d + timedelta(days=random.randrange(3, 6))
        rows.append([l, f, random.choice(["9", "10", "11", "12"]), sports[i], statuses[i][0], statuses[i][1],
                     statuses[i][2], "" if statuses[i][0] == "FULL" else mdy(nv)])
    body = ("Coach Haskins, Coach Whitfield, Coach Dubois, Mr. Lattimore -\n\n"
            "Attached is this week's athlete status report. Changes since last Friday are in the status column. "
            "Please do not forward outside the coaching staff - parents signed releases for this list only.\n\n"
            "Reminder that anyone listed as OUT needs a written clearance from me or from their PT before they "
            "suit up, no exceptions, even for senior night.\n\n"
            "Have a good game tonight!\n\nErin Castellano, MS, ATC, LAT\nAthletic Trainer, Millbrook High School\n"
            "(contracted through Ridgeline PT & Sports Rehab)\nCell %s" % phone())
    fn = "MHS_athlete_status_%s.csv" % d.strftime("%m%d%y")
    return R(frm=addr("erin"),
             to="%s, %s, %s" % (fulladdr("Dale Haskins", "dhaskins@millbrookschools.org"),
                                fulladdr("Amy Whitfield", "awhitfield@millbrookschools.org"),
                                fulladdr("Pierre Dubois", "pdubois@millbrookschools.org")),
             cc=fulladdr("Gerald Lattimore", "glattimore@millbrookschools.org"),
             subject="Weekly athlete status - %s" % md(d), date=d, body=body,
             atts=[(fn, csv_text(rows), "text/csv")], patient="; ".join("%s %s" % p for p in ppl))


@reg("phi", "lists")
def lists_visit_cap_xlsx():
    d = rdt(start=(2024, 10, 1), end=(2024, 10, 31))
    ppl = people(9)
    rows = [["Patient", "DOB", "Clinic", "Payer", "Annual cap", "Used (all providers)", "Remaining",
             "Next appt", "Notes"]]
    for f, l in ppl:
        cap = random.choice([20, 20, 25, 30, 60])
        used = random.randrange(max(1, cap - 8), cap + 1)
        rows.append(["%s, %s" % (l, f), mdy(rdob(1948, 2009)), random.choice(list(CLINICS)),
                     random.choice(["Crestview PPO", "Crestview HMO", "Evergreen", "Harborlight MCD"]),
                     cap, used, cap - used, mdy(d + timedelta(days=random.randrange(1, 10))),
                     random.choice(["", "combined PT/OT/chiro", "pt aware", "self-pay discussed", "ask about Jan"])])
    body = ("Hi all,\n\n"
            "Attached is the Q4 visit cap tracker for patients who are within 8 visits of their plan's annual "
            "limit. Please look at your clinic's rows before your next staff huddle and make sure the treating "
            "PT knows, so nobody gets surprised in December.\n\n"
            "If you see 0 remaining and a future appointment, that patient needs the self-pay conversation before "
            "the visit (script is on the shared drive under Front Desk > Financial).\n\n"
            "%s" % sig("farah"))
    return R(frm=addr("farah"), to="clinic-directors@" + D, cc="frontdesk-leads@" + D,
             subject="Q4 visit cap tracker", date=d, body=body + disc(1),
             atts=[("Q4_visit_cap_tracker.xlsx", make_xlsx(rows, "Q4 caps"),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")],
             patient="; ".join("%s %s" % p for p in ppl))


@reg("phi", "lists")
def lists_noshow_calls():
    d = rdt(start=(2025, 1, 6), end=(2025, 5, 30), hours=(8, 10))
    ppl = people(6)
    reasons = ["no-show Mon 8:30, 2nd one this month", "late cancel Tue, didn't rebook",
               "no-show Tue 4:00 - mom said ride fell through", "hasn't scheduled since eval, POC 2x/wk",
               "no-show Mon, auth expires Fri", "cancelled x3 - pain? work? ask"]
    lines = ["%s %s - %s - %s" % (f, l, mdy_short(rdob(1950, 2010)), reasons[i]) for i, (f, l) in enumerate(ppl)]
    body = ("Morning team,\n\n"
            "Call list for today, pls initial on the sheet at the desk when done. Leave a VM if no answer and note "
            "it in the contact log.\n\n%s\n\n"
            "For the last one pls transfer to Imani if they pick up, she wants to talk to them herself.\n\n"
            "thanks!\nMai" % "\n".join(lines))
    return R(frm=addr("mai"), to="harborpoint-frontdesk@" + D, subject="no show / cancel call list", date=d,
             body=body, patient="; ".join("%s %s" % p for p in ppl))


@reg("phi", "lists")
def lists_ar_tabs():
    d0 = rdt(start=(2025, 3, 3), end=(2025, 5, 23))
    ppl = people(7)
    rows = [["Acct", "Patient", "Last DOS", "Ins paid", "Pt balance", "Age", "Last stmt"]]
    for f, l in ppl:
        last = d0 - timedelta(days=random.randrange(95, 200))
        rows.append([digits(6), "%s %s" % (f, l), mdy_short(last), "%.2f" % random.uniform(80, 900),
                     "%.2f" % random.uniform(40, 650), random.choice(["91-120", "121-150", "150+"]),
                     mdy_short(last + timedelta(days=60))])
    pasted = "\n".join("\t".join(r) for r in rows)
    q = ("Greg - here's the Harbor Point 90+ list you asked for, straight out of the aging report. Imani's "
         "patients mostly. A couple of these are on payment plans that just aren't in the system yet, I'll "
         "flag those.\n\n%s\n\nFarah" % pasted)
    d1 = later(d0, hours=3)
    body = ("Thanks. Let's hold the 150+ ones from collections until Mai confirms addresses - we got 3 "
            "statements back as undeliverable last month. Everything else goes out on the normal cycle.\n\n"
            "G\n\n%s\n%s" % (outlook_hdr("Haddad, Farah", d0, "Whitlock, Greg", "HP aging 90+"), q))
    return R(frm=addr("greg"), to=addr("farah"), cc=addr("mai"), subject="RE: HP aging 90+", date=d1,
             body=body + disc(1), patient="; ".join("%s %s" % p for p in ppl))


@reg("phi", "lists")
def lists_saturday_clinic():
    d = rdt(start=(2024, 9, 7), end=(2024, 11, 30), weekend_ok=True, hours=(12, 14))
    while d.weekday() != 5:
        d = d + timedelta(days=1)
    body = ("Saturday injury clinic recap (Millbrook, 8-11am) - 6 walk-ins\n\n"
            "- Kayla Renshaw (MHS soccer, 16) - rolled L ankle Thurs, walking ok, taped + home program, f/u Tues "
            "w/ me\n"
            "- Jaden Okafor-Lewis (Westbury football) - stinger 2nd time this season, arm fine now, told dad he "
            "needs to see his doc before Friday, NOT cleared\n"
            "- Marisa Blount (club volleyball, 14) - knee pain jumping, probably patellar tendon, eval booked Mon "
            "4pm\n"
            "- \"Tank\" Dobrowski (MHS football, senior) - sore low back after lifting, no red flags, stretches, "
            "back to ATC Mon\n"
            "- Hailey Sun (XC, 15) - shin pain both legs, sent for xray at urgent care, no running til results\n"
            "- adult rec league guy, Pete Gaffney - calf strain pickleball, gave him our number, will call for eval\n\n"
            "Parents all got the handout. Erin has the signed consent forms in the green folder.\n\n"
            "Ben\n\nSent from my iPhone")
    return R(frm=addr("ben"), to="%s, %s" % (addr("erin"), addr("wes")), cc="scheduling@" + D,
             subject="sat clinic %s" % md(d), date=d, body=body,
             patient="Kayla Renshaw; Jaden Okafor-Lewis; Marisa Blount; Dobrowski; Hailey Sun; Pete Gaffney")

# ===========================================================================
# PHI - names
# ===========================================================================
@reg("phi", "names")
def names_mrs_k():
    d = rdt(start=(2024, 9, 3), end=(2025, 5, 30), hours=(12, 18))
    flex = random.randrange(112, 121)
    body = ("Wes,\n\n"
            "Had to tell someone - Mrs. Kowalczyk hit %d degrees of flexion today, and she walked in without the "
            "walker for the first time. Eight weeks out from her knee replacement and she was the one who cried "
            "through the first three visits. She brought us pierogi.\n\n"
            "Anyway, the reason I'm actually emailing: she's moving in with her daughter in Westbury next month "
            "and wants to finish up with you guys instead of driving 40 min. I'll send the transfer summary once "
            "she picks a start date. She still needs work on stairs (step-over-step going down) and her extension "
            "lag hasn't fully gone away, maybe 5 degrees. Her surgeon wants PT through the 12 week mark.\n\n"
            "She's a sweetheart but will absolutely tell you her life story, budget an extra 5 min.\n\n"
            "%s" % (flex, sig("alicia", "short")))
    return R(frm=addr("alicia"), to=addr("wes"), subject="transfer to Westbury coming", date=d, body=body,
             patient="Mrs. Kowalczyk")


@reg("phi", "names")
def names_jamal():
    d = rdt(start=(2024, 12, 2), end=(2025, 2, 28))
    body = ("did Jamal ever get back in after his ACL recon? Dr. Feld's office called asking for his 12-week "
            "note and I don't see him on my schedule since before Thanksgiving. I thought he'd transferred to "
            "you at the high school for the jumping progression but maybe I'm wrong. If he fell off the map I "
            "need to tell Feld's PA, they were pretty clear they want him seen weekly until the 4 month "
            "testing.\n\nB")
    return R(frm=addr("ben"), to=addr("erin"), subject="jamal?", date=d, body=body, patient="Jamal")


@reg("phi", "names")
def names_last_first():
    d = rdt(start=(2025, 1, 6), end=(2025, 4, 25))
    nxt = next_wd(d, 1)
    body = ("Front desk -\n\n"
            "Ostrowski, Karen - please do NOT let her be seen %s until we have a new referral on file. Crestview "
            "requires a referral on file for the lumbar diagnosis codes and hers expired on the 1st; the PCP "
            "office (Dr. Hallett) says they faxed it but we don't have it. Her sciatica flare is why she's coming "
            "in so I know she'll be upset, be nice, but if she's seen without it the whole episode gets denied.\n\n"
            "Options if it's not here by morning: reschedule for later in the week, or she signs the ABN/self-pay "
            "waiver for that one visit.\n\n"
            "thanks\n%s" % (wd_md(nxt), sig("farah", "short")))
    return R(frm=addr("farah"), to="northgate@" + D, cc=addr("alicia"), subject="referral hold - Tues pt",
             date=d, body=body, patient="Karen Ostrowski")


@reg("phi", "names")
def names_moose():
    d0 = rdt(start=(2024, 11, 11), end=(2025, 2, 21), hours=(15, 18))
    orig = ("Your guy Moose from the Millbrook hockey team came in for his 3:30 today. Says he blocked a shot "
            "with his wrist in Saturday's game and it's \"fine\" but he couldn't hold the dumbbell for the split "
            "squats. Swelling on the thumb side. I didn't do anything w/ the hand, just did his knee stuff with "
            "straps. Think he needs to get it looked at?\n\nDevon")
    d1 = later(d0, minutes=40)
    body = ("Yes - thumb side wrist pain after a blocked shot needs an xray, don't let him brush it off. Can you "
            "call his dad (Nate Moser Sr., number in the chart) and tell him I said urgent care or Feld's walk-in "
            "tonight or tomorrow am. And tell Moose no stick handling till we know. His knee program can "
            "continue.\n\nThx for catching that.\nBen\n\n%s\n\n%s" % (
                on_wrote(d0, "Devon Marsh", em("devon")), quote(orig)))
    return R(frm=addr("ben"), to=addr("devon"), subject="Re: moose", date=d1, body=body,
             irt=msgid(D), patient="Nate Moser (Moose)")


@reg("phi", "names")
def names_subject_only():
    d = rdt(start=(2024, 9, 9), end=(2024, 11, 15), hours=(17, 21))
    body = ("She's doing better. ROM is almost full now, still painful at the top of the overhead serve and with "
            "the last few reps of ER at 90. I'd keep her from serving in practice through next week and let her "
            "do everything else. Recheck Thurs and I'll update you.\n\n"
            "Parents are on board, I talked to her mom at pickup.\n\n%s" % sig("imani", "short"))
    return R(frm=addr("imani"), to=fulladdr("Coach Tanya Reinholt", "treinholt@nighthawksvbc.org"),
             subject="RE: Hannah Sorensen", date=d, body=body, irt=msgid("nighthawksvbc.org"),
             patient="Hannah Sorensen")


@reg("phi", "names")
def names_deep_quote():
    d0 = rdt(start=(2025, 3, 3), end=(2025, 5, 9), hours=(8, 10))
    d1 = later(d0, minutes=25)
    d2 = later(d1, minutes=70)
    d3 = later(d2, hours=2)
    m0 = ("Ben, can you see Rebecca Lange at 3 on Thursday? She called, she re-strained her hamstring at the "
          "track meet Saturday (same leg as in Feb) and her mom wants her in before the conference meet. I can "
          "move your 3:00 admin block.\n\nCarla")
    m1 = "Sure, put her in. 45 min. Pull her old eval into the chart so I can compare.\n\nBen"
    m2 = ("Done. Also - Thursday the gym is going to be tight, the aquatic crew is using the back room while "
          "the pool is drained. Can we put the 3-4pm folks in room 2?\n\nCarla")
    body = ("Room 2 is fine for 3-4, I'll let Devon know. And yes I'll take the mat table by the window. Can "
            "facilities get us a second plinth for that week?\n\nThanks,\nAlicia\n\n%s\n%s\n\n%s\n%s\n\n%s\n%s" % (
                outlook_hdr("Reyes, Carla", d2, "Okonkwo, Ben", "RE: RE: Thursday 3pm", cc="Nguyen, Alicia"), m2,
                outlook_hdr("Okonkwo, Ben", d1, "Reyes, Carla", "RE: Thursday 3pm"), m1,
                outlook_hdr("Reyes, Carla", d0, "Okonkwo, Ben", "Thursday 3pm"), m0))
    return R(frm=addr("alicia"), to=addr("carla"), cc="%s, %s" % (addr("ben"), addr("devon")),
             subject="RE: RE: RE: Thursday 3pm", date=d3, body=body + disc(0), patient="Rebecca Lange")


@reg("phi", "names")
def names_coach_concussion():
    d0 = rdt(start=(2024, 12, 2), end=(2025, 2, 21), hours=(13, 16))
    orig = ("Hey, just checking on DeShawn Carter. He told me he's still getting headaches after the hit in the "
            "Eastview game and he's been leaving 6th period to lie down in the nurse's office. Is he ok to do "
            "non-contact shootaround at least? We have Central Catholic on Friday and I'd like him on the bench "
            "with the team if nothing else.\n\nCoach Pruett\nMillbrook Boys Basketball")
    d1 = later(d0, hours=2)
    body = ("Coach,\n\n"
            "Thanks for reaching out. DeShawn is still in the early part of the return-to-learn / return-to-play "
            "progression - he has to be symptom-free at rest and back in full school days before we start "
            "adding exercise, and the headaches and nurse visits tell me he isn't there yet. So no shootaround "
            "this week, sorry.\n\n"
            "He's fine to sit on the bench Friday in street clothes if his mom says ok and the gym noise doesn't "
            "bother him - if it does, he should leave.\n\n"
            "His mom signed the release so I can keep you updated. I'll see him Wednesday and Erin is checking "
            "on him daily at school.\n\n%s\n\n%s\n\n%s" % (
                sig("ben"), on_wrote(d0, "Marcus Pruett", "mpruett@millbrookschools.org"), quote(orig)))
    return R(frm=addr("ben"), to=fulladdr("Marcus Pruett", "mpruett@millbrookschools.org"), cc=addr("erin"),
             subject="Re: DeShawn", date=d1, body=body + disc(2), irt=msgid("millbrookschools.org"),
             patient="DeShawn Carter")


@reg("phi", "names")
def names_surgeon_update():
    d = rdt(start=(2025, 1, 6), end=(2025, 5, 30))
    wk = random.randrange(6, 9)
    body = ("Dr. Feld,\n\n"
            "Quick update on our mutual patient Olivia Brennan, now %d weeks s/p right ACL reconstruction "
            "(hamstring autograft).\n\n"
            "She has full extension symmetric with the left, flexion to 128. Quad lag has resolved and she can do "
            "a 30-second single-leg stance on foam without loss of balance. We started light closed-chain "
            "strengthening to 60 degrees and stationary bike with resistance. Effusion is trace after sessions "
            "and gone by the next day. Pain 1-2/10, mostly at the graft harvest site with resisted knee flexion, "
            "which we're progressing slowly.\n\n"
            "She's very motivated to get back for spring lacrosse. I've explained that return to cutting sports "
            "is typically 9+ months and depends on testing, and her parents are on the same page. Plan is to "
            "continue 2x/week and start the jogging progression at 12 weeks per your protocol if she meets the "
            "criteria.\n\n"
            "Full progress note is attached. Please let me know if you'd like anything done differently.\n\n"
            "%s" % (wk, sig("alicia")))
    docx = make_docx([
        "**Ridgeline Physical Therapy & Sports Rehab - Northgate", "**PROGRESS NOTE",
        "Patient: Olivia Brennan    DOB: %s    MRN: %s" % (mdy(rdob(2007, 2008)), mrn()),
        "Referring: Jonathan Feld, MD - Lakeshore Orthopedic Associates",
        "Dx: Z47.89, S83.511D - s/p R ACL reconstruction, hamstring autograft; surgery %s" % mdy(d - timedelta(weeks=wk)),
        "Visits to date: %d" % random.randrange(12, 18),
        "Subjective: Reports pain 1-2/10 at posterior thigh with resisted flexion. Sleeping well. Back in school full days.",
        "Objective: AROM R knee 0-128 (L 0-140). SLR without lag. SL stance foam 30s. Trace effusion post-session.",
        "Assessment: Progressing as expected per protocol; meets criteria for phase 3 closed-chain progression.",
        "Plan: Continue 2x/wk x 6 wks. Begin jogging progression at 12 wks if criteria met. Re-assess at visit 24.",
        "Alicia Nguyen, PT, DPT, OCS"])
    return R(frm=addr("alicia"), to=fulladdr("Jonathan Feld MD", "jfeld@lakeshoreortho.net"),
             cc=fulladdr("Lakeshore Ortho PA Team", "sportsmed@lakeshoreortho.net"),
             subject="Progress update - O. Brennan", date=d, body=body + disc(0),
             atts=[("Brennan_Olivia_progress_note.docx", docx,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
             patient="Olivia Brennan")


# ===========================================================================
# PHI - self
# ===========================================================================
@reg("phi", "self")
def self_bill_question():
    d = rdt(start=(2025, 2, 10), end=(2025, 5, 30), hours=(19, 23))
    dos = d - timedelta(days=random.randrange(30, 50))
    body = ("Hi,\n\n"
            "I got a bill in the mail today for $185.00 for my visit on %s but I thought PT was covered after my "
            "deductible, and I met my deductible in January (I had knee surgery). Can someone look into this? I "
            "have the EOB from Crestview that says the allowed amount was $112 and I owe $0, so I'm confused "
            "where the $185 comes from.\n\n"
            "I'm still coming Tuesdays and Thursdays at Westbury if it's easier to talk in person.\n\n"
            "Thanks,\nRachel Kim\n%s" % (mdy(dos), phone()))
    return R(frm=fulladdr("Rachel Kim", "rachelkim.runs@pebblemail.com"), to="billing@" + D,
             subject="question about my bill", date=d, body=body, patient="Rachel Kim")


@reg("phi", "self")
def self_phone_lowercase():
    d = rdt(start=(2024, 9, 8), end=(2024, 11, 17), weekend_ok=True, hours=(20, 23))
    while d.weekday() != 6:
        d = d + timedelta(days=1)
    body = ("hey its kyle from the tues 3:30 group w ben. my knee is kinda swollen after saturdays game, not "
            "terrible but more than usual and it clicks going up stairs. can i come in earlier tmrw instead of "
            "tues? any time after 2 i have a free period last block\n\nkyle o\n\nSent from my iPhone")
    return R(frm=fulladdr("Kyle Osterman", "kyle.osterman09@nimbusmail.net"), to="millbrook@" + D,
             subject="knee", date=d, body=body, patient="Kyle Osterman")


@reg("phi", "self")
def self_employee():
    d = rdt(start=(2025, 1, 13), end=(2025, 2, 21))
    surg = d + timedelta(days=random.randrange(18, 30))
    body = ("Hi Kendra,\n\n"
            "I wanted to give you a heads up early - I'm having my right shoulder scoped on %s (labrum repair, "
            "finally). Dr. Feld says I'll be in a sling 4-6 weeks and out of patient care for at least 6 weeks, "
            "probably more like 8 since I can't do manual work or guard anyone.\n\n"
            "A few questions:\n"
            "1. What paperwork do I need for FMLA / short-term disability, and who does Dr. Feld's office send "
            "the forms to?\n"
            "2. Can I do my own post-op PT at Westbury under the employee benefit? I'd rather be treated by Wes "
            "than go somewhere else. Does that count toward the 30 visit limit on our plan or is it separate?\n"
            "3. I have about 52 hours of PTO - does that have to be used up before STD kicks in?\n\n"
            "I'd appreciate it if this stays between you, Wes, and scheduling for now, I haven't told the whole "
            "team yet.\n\n"
            "Thanks!\nMarisol Vega, PTA\nWestbury" % longday(surg))
    return R(frm=fulladdr("Marisol Vega", "mvega@" + D), to=addr("kendra"), cc=addr("wes"),
             subject="upcoming surgery / leave questions", date=d, body=body, patient="Marisol Vega")


@reg("phi", "self")
def self_records_appeal():
    d = rdt(start=(2025, 1, 13), end=(2025, 3, 28))
    dob = rdob(1968, 1974)
    body = ("To whom it may concern,\n\n"
            "I am requesting copies of my physical therapy records (evaluation, daily notes and progress notes) "
            "from September through December of last year at your Oak Terrace location. Crestview denied visits "
            "13 through 20 as not medically necessary and I am filing an appeal. The deadline is in 3 weeks.\n\n"
            "Name: Denise Halloran\nDOB: %s\nAddress: 77 Orchard Hill Rd, Oak Terrace, OH 43206\n\n"
            "You can send them to this email address or mail them. If there is a form I need to sign, please "
            "send it and I will return it right away.\n\n"
            "Also, would Dr. Raman be willing to write a letter supporting the appeal? My neck and arm symptoms "
            "were clearly improving during those visits and I was able to go back to work full time because of "
            "them.\n\n"
            "Thank you,\nDenise Halloran\n\nP.S. I found a release form on your website, signed it and scanned "
            "it - attached. If you need a different one let me know." % mdy(dob))
    return R(frm=fulladdr("Denise Halloran", "dhalloran@hearthmail.org"), to="records@" + D,
             subject="Records request for insurance appeal", date=d, body=body, patient="Denise Halloran",
             atts=[("scan0001.png", scan_png(), "image/png")])


@reg("phi", "self")
def self_pain_after():
    d0 = rdt(start=(2024, 10, 1), end=(2025, 4, 30), hours=(6, 8))
    orig = ("Hi Dr. Nguyen,\n\n"
            "After yesterday's session my lower back is really sore, worse than before I started, and last night "
            "my left leg was tingling again down to the foot like it was in August. Is this normal after the new "
            "exercises (the ones on the ball)? Should I keep doing them at home or stop until Thursday?\n\n"
            "Tom")
    d1 = later(d0, hours=3)
    body = ("Hi Tom,\n\n"
            "Thanks for letting me know. Some soreness after adding the ball exercises can happen, but the "
            "tingling down the leg is something I want to keep an eye on. For now, stop the ball exercises and "
            "just do the walking and the press-ups from your first sheet. If the tingling gets worse, spreads, "
            "or you have any weakness in the foot or trouble with bladder or bowel, call your doctor or go to "
            "urgent care right away.\n\n"
            "I moved you up to tomorrow at 7:30am so I can reassess - Carla will confirm by phone.\n\n"
            "%s\n\n%s\n\n%s" % (sig("alicia"), on_wrote(d0, "Tom Guerrero", "tguerrero.home@kestrelnet.com"),
                                quote(orig)))
    return R(frm=addr("alicia"), to=fulladdr("Tom Guerrero", "tguerrero.home@kestrelnet.com"), cc=addr("carla"),
             subject="Re: sore after yesterday", date=d1, body=body + disc(0),
             irt=msgid("kestrelnet.com"), patient="Tom Guerrero")


@reg("phi", "self")
def self_visit_limit():
    d = rdt(start=(2025, 3, 3), end=(2025, 6, 6), hours=(11, 14))
    body = ("Hello,\n\nHow many PT visits do I have left this year? I think my plan allows 30 combined for PT and "
            "chiropractic and I went to the chiropractor 6 times in January before I started with you for my "
            "hip. I've been to Harbor Point maybe 14 times? I don't want to get surprised with a big bill. My "
            "member ID is EVB%s if you need it.\n\nthank you\nbeth s.\n\nSent from Mail for Windows" % digits(9))
    return R(frm=fulladdr("Beth Stancliff", "bstancliff@brightpostmail.net"), to="billing@" + D,
             subject="visits left?", date=d, body=body, patient="Beth Stancliff")


@reg("phi", "self")
def self_long_older():
    d = rdt(start=(2024, 10, 14), end=(2025, 3, 14), hours=(6, 10))
    body = ("Dear Ms. Reyes,\n\n"
            "I hope this finds you well. I wanted to write and say thank you to you and to all the folks at the "
            "Northgate office. When I started coming in September after my hip operation I could not get from "
            "the car to the door without my wife holding my arm, and last Sunday I walked all the way around the "
            "block with the cane and only stopped once to rest. Devon has been very patient with me and so has "
            "Dr. Nguyen.\n\n"
            "I do have two problems I was hoping you could help me with. First, my wife's eyes are not good "
            "anymore and she should not be driving me on the highway. My son says there is a van service through "
            "my Medicare Advantage plan but I do not know how to sign up. Could somebody at the office help me "
            "with that, or tell me who to call?\n\n"
            "Second, I have an appointment with the surgeon on the 21st at 10:15 and that is the same time as my "
            "therapy. Could we move therapy that week to the afternoon? Any afternoon is fine, I am retired.\n\n"
            "Please tell Devon I am still doing the exercises on the kitchen counter every morning like he "
            "showed me, even the ones I don't like.\n\n"
            "Sincerely,\n\nWalter Hennessy\n1190 Sparrow Court\nMillbrook\n%s (home)" % phone())
    return R(frm=fulladdr("Walter Hennessy", "walt.hennessy@hearthmail.org"), to=addr("carla"),
             subject="Thank you and two questions", date=d, body=body, patient="Walter Hennessy")

# ===========================================================================
# PHI - struct
# ===========================================================================
FS = "|"


def hl7ts(d):
    return d.strftime("%Y%m%d%H%M%S")


@reg("phi", "struct")
def struct_adt():
    d = rdt(start=(2025, 1, 6), end=(2025, 5, 30), hours=(9, 16))
    ev = later(d, minutes=-random.randrange(30, 120))
    dob = rdob(1990, 1996)
    m = mrn()
    acct = digits(8)
    segs = [
        "MSH|^~\\&|RIDGELINK|RPT_WESTBURY|HIE_GW|CRESTVIEW_HIE|%s||ADT^A04^ADT_A01|RL%s|P|2.5.1|||AL|NE" % (hl7ts(ev), digits(10)),
        "EVN|A04|%s|||lortega^Ortega^Luis" % hl7ts(ev),
        "PID|1||%s^^^^MR||PALOMINO^ANDREA^LUCIA^^^^L||%s|F|||2290 SUMMIT VIEW DR APT 12^^WESTBURY^OH^43119^USA^H||^PRN^PH^^1^614^555%s|||M||%s^^^RPT^AN|||||||||||N" % (
            m, ymd(dob), "01%02d" % random.randrange(10, 100), acct),
        "PV1|1|O|WB^GYM^02^RPT_WESTBURY||||1902746635^LINDQVIST^WES^^^^PT^^^^^^NPI|1558203947^OKAFOR^CHIDI^^^^MD^^^^^^NPI||PT||||1|||1902746635^LINDQVIST^WES|OP|V%s|||||||||||||||||||||||||%s" % (acct, hl7ts(ev)),
        "IN1|1|EVB-PPO^Evergreen Self-Funded PPO|EVB01|EVERGREEN BENEFITS ADMINISTRATORS|PO BOX 8820^^MILLBROOK^OH^43081||||55170|||||||PALOMINO^ANDREA^LUCIA|01|%s|||||||||||||||||||EVB%s" % (ymd(dob), digits(9)),
        "DG1|1||M25.561^Pain in right knee^I10|||W",
        "DG1|2||S83.241A^Other tear of medial meniscus, current injury, right knee, initial encounter^I10|||W",
    ]
    msg = "\n".join(segs)
    body = ("Hi Renata,\n\n"
            "Another one rejected by the HIE gateway overnight with 'PID-3 missing assigning authority'. Raw A04 "
            "below exactly as it left RidgeLink (I only swapped the CRs for line breaks so it's readable). I "
            "think the Westbury registration profile isn't populating PID-3.4 since the upgrade - Northgate ones "
            "are going through fine.\n\n"
            "Can you check the outbound map? We have about 30 of these queued.\n\n"
            "%s\n\n%s" % (msg, sig("hollis")))
    return R(frm=addr("hollis"), to=fulladdr("Renata Sokol", "rsokol@ridgelink-emr.com"),
             cc=addr("wes"), subject="HIE rejects - PID-3.4 blank on Westbury A04s (ticket 44817)",
             date=d, body=body + disc(0), patient="Andrea Palomino")


@reg("phi", "struct")
def struct_siu_alert():
    d = rdt(start=(2024, 9, 3), end=(2025, 5, 30), hours=(0, 5))
    appt = d + timedelta(days=random.randrange(2, 9))
    appt = appt.replace(hour=random.choice([7, 8, 15, 16]), minute=random.choice([0, 30]))
    dob = rdob(2007, 2009)
    segs = [
        "MSH|^~\\&|RIDGESCHED|RPT|RIDGELINK|RPT|%s||SIU^S12^SIU_S12|SCH%s|P|2.5" % (hl7ts(d), digits(9)),
        "SCH|%s|%s|||||FU^Follow-up visit^RPT|PT^Physical Therapy|45|min|^^45^%s^%s|||||||||||||BOOKED" % (
            digits(7), digits(7), hl7ts(appt), hl7ts(appt + timedelta(minutes=45))),
        "PID|1||%s^^^RPT^MR||CHIEN^ETHAN^W||%s|M|||61 MAPLEWOOD CT^^HARBOR POINT^OH^43140||^PRN^PH^^1^614^555%s" % (
            mrn(), ymd(dob), "01%02d" % random.randrange(10, 100)),
        "RGS|1|A",
        "AIS|1|A|97110^Therapeutic exercise^CPT|%s|0|min|45|min" % hl7ts(appt),
        "AIG|1|A|1840395726^BROOKS^IMANI^^^^PT",
        "AIL|1|A|HP^GYM^01",
    ]
    txt = "\r".join(segs) + "\r"
    body = ("Interface Engine Alert\n\n"
            "Channel:   RidgeSched -> RidgeLink (SIU inbound)\n"
            "Status:    ERROR - message queued for retry (attempt 3 of 3)\n"
            "Error:     AIG-3 provider not found in RidgeLink provider master (1840395726)\n"
            "Time:      %s\n\n"
            "The failed message is attached. Resolve the provider mapping and reprocess from the queue console.\n"
            "https://iface.ridgelinept.com/console/queues/siu-in\n" % d.strftime("%Y-%m-%d %H:%M:%S"))
    return R(frm=fulladdr("Interface Engine", "iface-alerts@" + D), to="it-alerts@" + D,
             subject="[ERROR] SIU inbound - AIG provider not found", date=d, body=body,
             atts=[("SIU_S12_%s.hl7" % hl7ts(d), txt, "text/plain")],
             headers=[("Auto-Submitted", "auto-generated"), ("X-Priority", "2")], patient="Ethan Chien")


def x12_wrap(st_segs, gs_fn, gs_ver, sender, receiver, d, ctrl):
    isa = "ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*%s*^*00501*%09d*0*P*:" % (
        sender, receiver, d.strftime("%y%m%d"), d.strftime("%H%M"), ctrl)
    gs = "GS*%s*%s*%s*%s*%s*%d*X*%s" % (gs_fn, sender, receiver, d.strftime("%Y%m%d"), d.strftime("%H%M"), ctrl, gs_ver)
    st = st_segs[0]
    body = st_segs + ["SE*%d*%s" % (len(st_segs) + 1, st.split("*")[2])]
    return [isa, gs] + body + ["GE*1*%d" % ctrl, "IEA*1*%09d" % ctrl]


@reg("phi", "struct")
def struct_837p():
    d = rdt(start=(2025, 2, 3), end=(2025, 5, 30))
    dos = d - timedelta(days=random.randrange(10, 25))
    dob = rdob(2006, 2008)
    ctrl = random.randrange(1000, 99999)
    mem = "CVH" + digits(9)
    clm = "RPT" + digits(6)
    st = [
        "ST*837*0001*005010X222A1",
        "BHT*0019*00*%s*%s*%s*CH" % (clm, d.strftime("%Y%m%d"), d.strftime("%H%M")),
        "NM1*41*2*RIDGELINE PHYSICAL THERAPY*****46*RPT4471",
        "PER*IC*BILLING OFFICE*TE*6145550100",
        "NM1*40*2*CRESTVIEW HEALTH PLAN*****46*CRV01",
        "HL*1**20*1",
        "NM1*85*2*RIDGELINE PHYSICAL THERAPY*****XX*1649302817",
        "N3*415 CANAL STREET",
        "N4*MILLBROOK*OH*430819999",
        "REF*EI*314829571",
        "HL*2*1*22*0",
        "SBR*P*19*GRP7730******CI",
        "NM1*IL*1*GRANDE*NICHOLAS*J***MI*%s" % mem,
        "N3*3318 HOLLOWBROOK LN",
        "N4*MILLBROOK*OH*43081",
        "DMG*D8*%s*M" % ymd(dob),
        "NM1*PR*2*CRESTVIEW HEALTH PLAN*****PI*CRV01",
        "CLM*%s*185***11:B:7*Y*A*Y*Y" % clm,
        "REF*F8*%s" % digits(11),
        "HI*ABK:S93401A*ABF:M25571",
        "NM1*82*1*OKONKWO*BEN****XX*1730492816",
        "PRV*PE*PXC*2251S0007X",
        "LX*1", "SV1*HC:97110:GP*90*UN*2***1:2", "DTP*472*D8*%s" % ymd(dos),
        "LX*2", "SV1*HC:97140:GP*45*UN*1***1", "DTP*472*D8*%s" % ymd(dos),
        "LX*3", "SV1*HC:97112:GP*50*UN*1***1:2", "DTP*472*D8*%s" % ymd(dos),
    ]
    segs = x12_wrap(st, "HC", "005010X222A1", "RIDGELINEPT", "CLRHOUSE01", d, ctrl)
    edi = "~\n".join(segs) + "~\n"
    body = ("Hi ClaimBridge support,\n\n"
            "Attached is the corrected claim (frequency 7, original ref in REF*F8) that keeps getting the front-end "
            "rejection 'A7:562 - entity identifier invalid' on your side, but Crestview's own portal says the "
            "rendering NPI is fine. Batch ctrl %d. Is this something in the 2310B loop?\n\n"
            "Thanks,\n%s" % (ctrl, sig("farah")))
    return R(frm=addr("farah"), to=fulladdr("ClaimBridge Support", "support@claimbridge-edi.com"),
             subject="Front-end reject A7:562 on corrected claim - batch %d" % ctrl, date=d, body=body + disc(1),
             atts=[("837P_corrected_%d.txt" % ctrl, edi, "text/plain")], patient="Nicholas Grande")


@reg("phi", "struct")
def struct_835():
    d = rdt(start=(2024, 10, 1), end=(2025, 4, 30))
    dos = d - timedelta(days=random.randrange(20, 40))
    ctrl = random.randrange(1000, 99999)
    chk = digits(10)
    paid = random.choice(["62.40", "74.18", "88.90"])
    st = [
        "ST*835*0001",
        "BPR*I*%s*C*ACH*CCP*01*041000124*DA*88120034*1431234567**01*044000037*DA*7733120045*%s" % (paid, d.strftime("%Y%m%d")),
        "TRN*1*%s*1431234567" % chk,
        "DTM*405*%s" % d.strftime("%Y%m%d"),
        "N1*PR*HARBORLIGHT COMMUNITY HEALTH PLAN",
        "N3*PO BOX 22190",
        "N4*HARBOR POINT*OH*43140",
        "N1*PE*RIDGELINE PHYSICAL THERAPY*XX*1649302817",
        "LX*1",
        "CLP*RPT%s*1*185*%s*0*MC*%s*11*1" % (digits(6), paid, digits(13)),
        "NM1*QC*1*ABERNATHY*LEON*R***MR*%s" % digits(11),
        "DTM*232*%s" % ymd(dos), "DTM*233*%s" % ymd(dos),
        "SVC*HC:97110:GP*90*%s**2" % paid,
        "DTM*472*%s" % ymd(dos),
        "CAS*CO*45*%.2f" % (90 - float(paid)),
        "SVC*HC:97140:GP*45*0**1",
        "DTM*472*%s" % ymd(dos),
        "CAS*CO*97*45",
        "SVC*HC:97010:GP*50*0**1",
        "DTM*472*%s" % ymd(dos),
        "CAS*CO*97*50",
        "LQ*HE*M80",
    ]
    segs = x12_wrap(st, "HP", "005010X221A1", "HARBORLIGHT", "RIDGELINEPT", d, ctrl)
    raw = "~".join(segs) + "~"
    body = ("Greg,\n\n"
            "This is the one I mentioned in huddle - Harborlight paid only the ther-ex line and bundled the manual "
            "therapy with CARC 97, and the hot pack line too (which, fine, Medicaid never pays 97010). But 97140 "
            "with 97110 same day should not bundle with a GP modifier and separate units. I think they want a 59 "
            "on the 97140. Raw ERA below so you can see it yourself, then I'll resubmit unless you want to "
            "appeal.\n\n%s\n\nF." % raw)
    return R(frm=addr("farah"), to=addr("greg"), subject="Harborlight bundling 97140 - raw 835", date=d,
             body=body, patient="Leon Abernathy")


@reg("phi", "struct")
def struct_fhir_referral():
    d = rdt(start=(2025, 1, 6), end=(2025, 5, 30), hours=(9, 17))
    dob = rdob(1983, 1995)
    mem = "CVH" + digits(9)
    pid = "pat-" + hexid(8)
    bundle = {
        "resourceType": "Bundle",
        "id": "ref-" + hexid(12),
        "type": "collection",
        "timestamp": d.isoformat(),
        "entry": [
            {"resource": {
                "resourceType": "Patient", "id": pid,
                "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "LOA" + digits(7)}],
                "name": [{"family": "Whitfield-Arana", "given": ["Simone"]}],
                "gender": "female", "birthDate": dob.strftime("%Y-%m-%d"),
                "telecom": [{"system": "phone", "value": phone(), "use": "mobile"},
                            {"system": "email", "value": "simone.wa@brightpostmail.net"}],
                "address": [{"line": ["504 Gantry Row"], "city": "Harbor Point", "state": "OH", "postalCode": "43140"}]}},
            {"resource": {
                "resourceType": "Coverage", "id": "cov-" + hexid(6), "status": "active",
                "subscriberId": mem, "beneficiary": {"reference": "Patient/" + pid},
                "payor": [{"display": "Crestview Health Plan"}]}},
            {"resource": {
                "resourceType": "ServiceRequest", "id": "sr-" + hexid(6), "status": "active", "intent": "order",
                "code": {"text": "Physical therapy evaluation and treatment"},
                "subject": {"reference": "Patient/" + pid},
                "reasonCode": [{"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "M75.41",
                                            "display": "Impingement syndrome of right shoulder"}]}],
                "authoredOn": d.strftime("%Y-%m-%d"),
                "requester": {"display": "Chidi Okafor, MD - Lakeshore Orthopedic Associates"},
                "note": [{"text": "Competitive masters swimmer. 2-3x/wk x 6 wks. Rotator cuff / scapular "
                                  "strengthening, no injection at this time. Prefers Harbor Point location."}]}},
        ]}
    body = ("New referral received via LinkPoint Referrals.\n\n"
            "From:     Lakeshore Orthopedic Associates\n"
            "To:       Ridgeline Physical Therapy - Harbor Point\n"
            "Priority: Routine\n\n"
            "The referral package is attached in FHIR JSON format. To accept or decline, sign in to LinkPoint. "
            "Referrals not acknowledged within 2 business days are escalated to the sending office.\n\n"
            "-- LinkPoint Referrals | support@linkpointreferrals.com\n")
    return R(frm=fulladdr("LinkPoint Referrals", "notify@linkpointreferrals.com"), to="harborpoint@" + D,
             subject="New referral from Lakeshore Orthopedic Associates", date=d, body=body,
             atts=[("referral_%s.json" % bundle["id"], json.dumps(bundle, indent=2, ensure_ascii=False),
                    "application/fhir+json")],
             headers=[("Auto-Submitted", "auto-generated")], patient="Simone Whitfield-Arana")


@reg("phi", "struct")
def struct_271():
    d = rdt(start=(2025, 1, 6), end=(2025, 3, 28), hours=(9, 16))
    dob = rdob(1960, 1975)
    ctrl = random.randrange(1000, 99999)
    st = [
        "ST*271*0001*005010X279A1",
        "BHT*0022*11*%s*%s*%s" % (digits(9), d.strftime("%Y%m%d"), d.strftime("%H%M")),
        "HL*1**20*1", "NM1*PR*2*CRESTVIEW HEALTH PLAN*****PI*CRV01",
        "HL*2*1*21*1", "NM1*1P*2*RIDGELINE PHYSICAL THERAPY*****XX*1649302817",
        "HL*3*2*22*0", "TRN*2*%s*9RIDGELINE" % digits(10),
        "NM1*IL*1*MORRISSEY*CAROLANN****MI*CVH%s" % digits(9),
        "N3*14 TANNERS WAY", "N4*OAK TERRACE*OH*43206",
        "DMG*D8*%s*F" % ymd(dob),
        "DTP*346*D8*%s0101" % d.year,
        "EB*1*IND*PT*PR*GOLD PPO 1500",
        "EB*B*IND*PT*PR**27*40*****Y",
        "EB*C*IND*PT*PR**23*1500*****Y",
        "EB*C*IND*PT*PR**29*312.55*****Y",
        "EB*F*IND*PT*PR**23**VS*20",
        "EB*F*IND*PT*PR**29**VS*7",
        "MSG*VISIT LIMIT COMBINED PT/OT/ST PER CALENDAR YEAR",
        "EB*CB*IND*PT*PR", "MSG*AUTHORIZATION REQUIRED AFTER VISIT 12",
    ]
    segs = x12_wrap(st, "HB", "005010X279A1", "CLRHOUSE01", "RIDGELINEPT", d, ctrl)
    raw = "~\n".join(segs) + "~"
    body = ("farah - this is what came back on the elig check for my new eval thurs. the portal just shows "
            "'active'. does the EB*F with VS 7 mean she only has 7 visits LEFT? and is $40 her copay per "
            "visit?? want to tell her before she comes in\n\n%s\n\nthx\njoy\n%s" % (raw, sig("joy", "short")))
    return R(frm=addr("joy"), to=addr("farah"), subject="271 question - new eval thurs", date=d, body=body,
             patient="Carolann Morrissey")


@reg("phi", "struct")
def struct_hep_app_json():
    d = rdt(start=(2024, 9, 1), end=(2025, 5, 30), weekend_ok=True, hours=(18, 23))
    payload = {
        "event": "patient.pain_flag",
        "event_id": "evt_" + hexid(16),
        "created_at": d.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "clinic": {"id": "rpt-ng", "name": "Ridgeline PT - Northgate"},
        "clinician": {"id": "clin_0041", "name": "Devon Marsh, PTA"},
        "patient": {"id": "p_" + hexid(10), "external_id": mrn(), "first_name": "Yolanda", "last_name": "Fairclough",
                    "dob": rdob(1955, 1962).strftime("%Y-%m-%d"), "phone": "+1" + phone().replace("-", "")},
        "program": {"name": "R TKA - weeks 4-6", "assigned": (d - timedelta(days=11)).strftime("%Y-%m-%d")},
        "session": {"completed_exercises": ["heel slides", "quad sets", "seated knee flexion stretch"],
                    "skipped_exercises": ["standing terminal knee ext", "step-ups 4in"],
                    "pain_before": 4, "pain_after": 8,
                    "comment": "knee very swollen tonight and warm to touch, couldnt do the step ups"},
        "rule": {"id": "pain_after_gte_7", "threshold": 7},
    }
    body = ("MoveWell HEP - clinician alert\n\n"
            "A patient on your caseload reported pain at or above your alert threshold after a home session. "
            "Raw event below (your clinic has 'include payload in email' turned on).\n\n%s\n\n"
            "Review in MoveWell: https://app.movewellhep.com/alerts/%s\n"
            "You are receiving this because you are the assigned clinician. Manage alerts in Settings > "
            "Notifications.\n" % (json.dumps(payload, indent=2), payload["event_id"]))
    return R(frm=fulladdr("MoveWell HEP", "alerts@movewellhep.com"), to=addr("devon"),
             subject="Pain alert: patient reported 8/10 after home session", date=d, body=body,
             headers=[("Auto-Submitted", "auto-generated")], patient="Yolanda Fairclough")

# ===========================================================================
# CLEAN - admin
# ===========================================================================
@reg("clean", "admin")
def admin_supplies():
    d = rdt(start=(2024, 9, 3), end=(2025, 5, 30))
    body = ("Hi Greg,\n\n"
            "Northgate restock list for this week's order:\n\n"
            "  - ultrasound gel, 5L jugs x2 (we're on our last one)\n"
            "  - electrode pads 2\"x2\" round, 4 packs of 40\n"
            "  - kinesiology tape - black x6, beige x6 (NOT the blue, nobody uses it)\n"
            "  - hot pack covers, standard size x8 - the old ones are getting thin\n"
            "  - blue theraband 50 yd roll x1\n"
            "  - disinfectant wipes, 6 canisters\n"
            "  - exam table paper 21\" x 4 cases\n\n"
            "Also the hydrocollator at Northgate is taking 3+ hours to come up to temp in the morning. Could "
            "facilities check the thermostat before it dies completely? We've been starting the day with cold "
            "packs only.\n\n"
            "Thanks,\n%s" % sig("devon"))
    return R(frm=addr("devon"), to=addr("greg"), cc=addr("alicia"), subject="Northgate supply order + hydrocollator",
             date=d, body=body)


@reg("clean", "admin")
def admin_pool_closure():
    d = rdt(start=(2025, 1, 6), end=(2025, 1, 24))
    start = next_wd(d, 0, 2)
    end = start + timedelta(days=4)
    reopen = start + timedelta(days=7)
    body = ("All staff,\n\n"
            "The therapy pool at the Millbrook Aquatic Center will be closed %s through %s for resurfacing and "
            "replacement of the lift chair hydraulics. The pool reopens %s, pending the county water test.\n\n"
            "What this means for you:\n"
            "  * Front desk: aquatic visits that week should be converted to land-based visits with the same "
            "therapist where possible. Central scheduling has the list and will start calling next week.\n"
            "  * Therapists: please add a land-based alternative to any aquatic plan of care that doesn't already "
            "have one. No new aquatic evals should be booked to start that week.\n"
            "  * The locker rooms stay open, but the back treatment room will be used by the contractor for "
            "staging.\n\n"
            "Questions to me or to Ben. A calendar hold is attached so you have the dates.\n\n%s" % (
                longday(start), longday(end), longday(reopen), sig("greg")))
    html = text_to_html(body)
    ics = make_ics("poolclosure-%s@%s" % (ymd(start), D), "Millbrook pool CLOSED - resurfacing",
                   start.replace(hour=6, minute=0), end.replace(hour=20, minute=0),
                   "Millbrook Aquatic Center, 415 Canal Street", "Therapy pool closed for resurfacing.",
                   organizer=("Greg Whitlock", em("greg")))
    return R(frm=addr("greg"), to="allstaff@" + D, subject="Millbrook pool closure %s-%s" % (md(start), md(end)),
             date=d, body=body, html=html, atts=[("pool_closure.ics", ics, "text/calendar")])


@reg("clean", "admin")
def admin_emr_downtime():
    d = rdt(start=(2024, 9, 9), end=(2025, 5, 23))
    sat = next_wd(d, 5)
    body = ("RidgeLink EMR - Planned Downtime\n\n"
            "When: Saturday %s, 9:00 PM through Sunday 2:00 AM (Eastern)\n"
            "Why:  Version 24.3 upgrade (new flowsheet builder, faster plan-of-care signing, fixes for the "
            "duplicate charge bug on group therapy)\n\n"
            "During the downtime:\n"
            "  - The EMR, scheduling and the patient portal will be unavailable.\n"
            "  - Saturday clinics closing after 9 PM (none currently) should use the paper downtime packets in "
            "the blue binder: daily note template, charge sheet, and flowsheet.\n"
            "  - Anything documented on paper must be entered by end of day Monday.\n\n"
            "After the upgrade you'll be asked to reset your password and re-enroll your authenticator app. Please "
            "do this from a clinic workstation, not your phone browser.\n\n"
            "Questions: helpdesk@ridgelinept.com or ext. 4400.\n\n%s" % (mdy(sat), sig("hollis")))
    return R(frm=addr("hollis"), to="allstaff@" + D, subject="Planned EMR downtime Sat %s 9pm-2am" % md(sat),
             date=d, body=body, html=text_to_html(body))


@reg("clean", "admin")
def admin_billing_policy():
    d = rdt(start=(2025, 1, 2), end=(2025, 1, 31))
    body = ("Team,\n\n"
            "With the new year a few billing reminders. None of this is new but we're seeing the same errors come "
            "back on denials.\n\n"
            "1) Timed codes and the 8-minute rule. Total your timed minutes first, then assign units. 8-22 min = 1 "
            "unit, 23-37 = 2, 38-52 = 3, 53-67 = 4. Don't bill 1 unit of every code you touched.\n\n"
            "2) GP modifier goes on every therapy line for Medicare and most commercial plans, including the eval "
            "codes (97161/97162/97163) and re-eval (97164).\n\n"
            "3) KX threshold for 2025 is $2,410 combined PT/SLP. Once a Medicare patient crosses it, the note must "
            "support medical necessity before we can append KX. Targeted medical review kicks in at $3,000.\n\n"
            "4) 97530 and 97140 on the same day: document distinct time and distinct purpose. Some payers want a "
            "59/X modifier on 97140 - check the payer grid on the shared drive before adding it.\n\n"
            "5) Group therapy (97150) needs 2+ patients and the headcount in the note.\n\n"
            "The updated coding grid is on SharePoint > Billing > 2025. I'm happy to do a 15 min review at any "
            "clinic huddle, just ask.\n\n%s" % sig("farah"))
    return R(frm=addr("farah"), to="clinicians@" + D, cc="clinic-directors@" + D,
             subject="2025 billing reminders - timed codes, GP, KX", date=d, body=body + disc(1))


@reg("clean", "admin")
def admin_payer_contract():
    d = rdt(start=(2024, 11, 4), end=(2024, 12, 13))
    body = ("Dear Provider,\n\n"
            "This letter serves as 90-day notice of changes to your Crestview Health Plan participating provider "
            "agreement, effective January 1.\n\n"
            "Fee schedule: Outpatient rehabilitation codes (97010-97799) will be reimbursed at 104% of the "
            "current-year Medicare physician fee schedule for your locality, up from 102%. Evaluation codes "
            "97161-97163 will be reimbursed at a flat rate of $118.00.\n\n"
            "Prior authorization: Authorization will be required after the 12th visit in a plan year for "
            "commercial PPO members (currently after the 20th). HMO members continue to require authorization "
            "from the first visit.\n\n"
            "Visit limits: No change to member benefit limits. Limits are determined by the member's plan and "
            "can be verified through the 270/271 transaction or the provider portal.\n\n"
            "Timely filing: Reduced from 180 to 120 days from date of service for claims received on or after "
            "January 1.\n\n"
            "If you do not agree to these changes, you may terminate the agreement per Section 9.2 with 60 days' "
            "written notice. Otherwise, no action is required.\n\n"
            "Provider Network Management\nCrestview Health Plan\nnetwork@crestviewhealthplan.com | (800) 555-0133\n")
    fwd = ("Farah / Greg - FYI, Crestview amendment. The auth-after-12 change is going to hit us hard on the "
           "post-op knees. Let's talk at the directors meeting.\n\nAlicia\n\n")
    d1 = later(d, days=1)
    return R(frm=addr("alicia"), to="%s, %s" % (addr("farah"), addr("greg")),
             subject="FW: Notice of Amendment - Participating Provider Agreement",
             date=d1, body=fwd + fwd_hdr("Crestview Provider Network <network@crestviewhealthplan.com>", d,
                                         "contracting@" + D, "Notice of Amendment - Participating Provider Agreement")
             + "\n" + body)


@reg("clean", "admin")
def admin_directors_meeting():
    d = rdt(start=(2025, 3, 3), end=(2025, 3, 21))
    mtg = next_wd(d, 2, 1).replace(hour=7, minute=30)
    body = ("Hi all,\n\n"
            "Q2 clinic directors meeting is %s, 7:30-9:00am, CBO conference room (Teams link in the invite for "
            "Harbor Point). Breakfast from the bagel place.\n\n"
            "Agenda:\n"
            "  1. Q1 numbers - visits, cancellation/no-show rate, units per visit (Greg)\n"
            "  2. Crestview auth-after-12 change: workflow for post-op plans of care (Farah)\n"
            "  3. Fall sports outreach - ATC contract renewals with Millbrook HS and Westbury Academy (Ben)\n"
            "  4. Aquatic program after the pool resurfacing (Ben)\n"
            "  5. Student clinical rotations for summer - who has space for a DPT student? (Priya)\n"
            "  6. Open floor\n\n"
            "Please bring your clinic's staffing needs for June-August.\n\n%s" % (longday(mtg), sig("greg", "short")))
    ics = make_ics("dirmtg-q2-%s@%s" % (ymd(mtg), D), "Q2 Clinic Directors Meeting", mtg,
                   mtg + timedelta(minutes=90), "CBO Conference Room, 1010 Commerce Row Suite 400",
                   "Agenda in email. Teams link: https://teams.example.com/l/meetup/ridgeline-q2",
                   organizer=("Greg Whitlock", em("greg")))
    return R(frm=addr("greg"), to="clinic-directors@" + D, cc=addr("farah"), subject="Q2 directors meeting - agenda",
             date=d, body=body, atts=[("invite.ics", ics, "text/calendar")])


@reg("clean", "admin")
def admin_late_cancel_policy():
    d0 = rdt(start=(2024, 8, 19), end=(2024, 9, 13))
    orig = ("Carla, is the late cancel fee $25 or $35 now? I've heard both. And does it apply to the HS athletes "
            "on the school contract?\n\nMai")
    d1 = later(d0, hours=1)
    body = ("Hi Mai (and cc'ing all front desk so we're all saying the same thing),\n\n"
            "It's $35 as of 9/1 for late cancels (<24 hrs) and no-shows. It does NOT apply to:\n"
            "  - Medicaid / Harborlight patients (we can't charge them, just document)\n"
            "  - athletes seen under the school ATC contract\n"
            "  - weather closures or if WE cancel\n\n"
            "Directors can waive it once per patient per plan of care - put the reason in the account notes. After "
            "3 no-shows in a plan of care the therapist decides whether to discharge.\n\n"
            "Script when they call: \"I'm sorry you can't make it. Because it's less than 24 hours' notice there is "
            "a $35 late-cancel fee per our policy you signed at your first visit. Let's get you rescheduled.\"\n\n"
            "The updated policy PDF is on the shared drive under Front Desk > Policies.\n\n"
            "Carla\n\n%s\n\n%s" % (on_wrote(d0, "Mai Pham", em("mai")), quote(orig)))
    return R(frm=addr("carla"), to=addr("mai"), cc="frontdesk-leads@" + D,
             subject="Re: late cancel fee?", date=d1, body=body, irt=msgid(D))


# ===========================================================================
# CLEAN - lookalike
# ===========================================================================
@reg("clean", "lookalike")
def lk_invoice():
    d = rdt(start=(2024, 9, 3), end=(2025, 5, 30))
    inv = "INV-%06d" % random.randrange(100000, 999999)
    po = "PO-RPT-%05d" % random.randrange(10000, 99999)
    trk = "1Z%s%s" % (letters(3, "0123456789ABCDEFGHJKLMNPRSTVWXYZ"), digits(13))
    sn = "IF7-%s-%s" % (digits(4), letters(2))
    lines = [
        "APEX REHAB SUPPLY CO.  |  2750 Industrial Pkwy, Dayton OH 45414  |  (937) 555-0118",
        "", "INVOICE %s" % inv, "Invoice date: %s      Terms: Net 30" % mdy(d),
        "Bill to: Ridgeline Physical Therapy - Central Business Office, 1010 Commerce Row Ste 400",
        "Ship to: Ridgeline PT - Westbury, 3300 Westbury Pkwy Unit C", "Customer #: 004471    PO: %s" % po, "",
        "Qty  Item        Description                               Unit      Ext",
        "1    IF7-200     IsoForce 7 dynamometer, SN %s         18,450.00 18,450.00" % sn,
        "1    IF7-WAR3    3-yr extended warranty                    1,295.00  1,295.00",
        "2    EP-2240     Electrode pads 2x2 round (40/pk) lot 24K118  14.80    29.60",
        "6    KT-BLK      Kinesiology tape 2in x 16.4ft black        9.25    55.50",
        "1    FRT         Freight - liftgate                          210.00   210.00",
        "", "Subtotal 20,040.10     Tax (exempt) 0.00     TOTAL DUE 20,040.10",
        "Tracking: UPS Freight %s" % trk, "Remit to: PO Box 1187, Dayton OH 45401  |  ACH details on request"]
    body = ("Hello,\n\nPlease find attached invoice %s for PO %s. The dynamometer shipped today via UPS Freight, "
            "tracking %s, estimated delivery in 3-4 business days. Installation and in-service training will be "
            "scheduled by our clinical specialist once delivered (serial %s).\n\n"
            "Thank you for your business!\n\nDeb Kasprzak\nAccounts Receivable | Apex Rehab Supply Co.\n"
            "(937) 555-0118 x204\n" % (inv, po, trk, sn))
    return R(frm=fulladdr("Apex Rehab Supply AR", "ar@apexrehabsupply.com"), to="ap@" + D, cc=addr("wes"),
             subject="Invoice %s / %s" % (inv, po), date=d, body=body,
             atts=[("%s.pdf" % inv, make_pdf(lines, title="Invoice " + inv), "application/pdf")])


@reg("clean", "lookalike")
def lk_code_sheet():
    d = rdt(start=(2024, 8, 19), end=(2024, 9, 13))
    rows = [["Code", "Description", "Timed?", "Notes"],
            ["97161", "PT eval - low complexity", "No", "1 unit only"],
            ["97162", "PT eval - moderate complexity", "No", "most ortho/sports evals"],
            ["97163", "PT eval - high complexity", "No", "multiple comorbidities"],
            ["97164", "PT re-evaluation", "No", "not for routine progress notes"],
            ["97110", "Therapeutic exercise", "Yes", "strength, ROM, endurance"],
            ["97112", "Neuromuscular re-education", "Yes", "balance, proprioception"],
            ["97140", "Manual therapy", "Yes", "check payer grid for 59/X"],
            ["97530", "Therapeutic activities", "Yes", "functional/dynamic tasks"],
            ["97535", "Self-care/home mgmt training", "Yes", ""],
            ["97750", "Physical performance test", "Yes", "RTP testing batteries"],
            ["97010", "Hot/cold packs", "No", "bundled by most payers"],
            ["G0283", "E-stim unattended (Medicare)", "No", "97014 for commercial"]]
    icd = ("Common sports ICD-10 families for reference (no laterality/encounter suffix shown):\n"
           "  S83.5xx  ACL/PCL sprain        S93.4xx  ankle sprain        S76.3xx  hamstring strain\n"
           "  S43.4xx  shoulder sprain        M76.5x   patellar tendinitis  S06.0X   concussion\n"
           "  M25.56x  knee pain              M54.5x   low back pain        M75.1xx  rotator cuff")
    body = ("Hi all - as promised at in-service, the one-page CPT cheat sheet for the sports clinics. Print it for "
            "the back office wall.\n\n%s\n\n%s\n\nRemember: diagnosis codes need full specificity (7th character) "
            "on the claim, these are just families.\n\n%s" % (table(rows), icd, sig("farah", "short")))
    html = html_wrap("<p>Hi all - as promised at in-service, the one-page CPT cheat sheet for the sports clinics. "
                     "Print it for the back office wall.</p>%s<pre>%s</pre><p>%s</p>" % (
                         html_table(rows), xesc(icd), xesc(sig("farah", "short")).replace("\n", "<br>")))
    return R(frm=addr("farah"), to="clinicians@" + D, subject="CPT cheat sheet - sports clinics", date=d,
             body=body, html=html)


@reg("clean", "lookalike")
def lk_credentialing():
    d = rdt(start=(2025, 2, 3), end=(2025, 4, 25))
    rows = [["Provider", "Cred", "NPI", "OH License", "Exp", "CAQH ID", "Crestview", "Harborlight"]]
    for key in ["alicia", "ben", "imani", "nadia", "priya", "wes"]:
        n, c = STAFF[key][0], STAFF[key][1].split(",")[0]
        rows.append([n, c, "1" + digits(9), "PT.%06d" % random.randrange(10 ** 5, 10 ** 6),
                     "01/31/%d" % random.choice([2026, 2027]), digits(8), "Par", random.choice(["Par", "Pending"])])
    for key in ["devon", "luis", "rose"]:
        n = STAFF[key][0]
        rows.append([n, "PTA", "n/a", "PTA.%06d" % random.randrange(10 ** 5, 10 ** 6),
                     "01/31/%d" % random.choice([2026, 2027]), "", "n/a", "n/a"])
    body = ("Greg,\n\n"
            "Credentialing roster as of today for the Harborlight re-credentialing packet. Two still pending on "
            "their side; I resubmitted the attestations on %s.\n\n%s\n\n"
            "PTAs don't get individual NPIs on our claims (billed under supervising PT) so I left those blank. "
            "State renewals are due 1/31 of odd years for everyone - Kendra has the CEU tracker.\n\n%s" % (
                md(d - timedelta(days=3)), table(rows), sig("farah")))
    return R(frm=addr("farah"), to=addr("greg"), cc=addr("kendra"), subject="credentialing roster - Harborlight recred",
             date=d, body=body + disc(1))


@reg("clean", "lookalike")
def lk_directory():
    d = rdt(start=(2024, 8, 12), end=(2024, 8, 30))
    rows = [["Location", "Main", "Fax", "Director", "Hours"]]
    for c, v in CLINICS.items():
        director = {"Northgate": "A. Nguyen", "Millbrook": "B. Okonkwo", "Harbor Point": "I. Brooks",
                    "Westbury": "W. Lindqvist", "Oak Terrace": "P. Raman"}[c]
        rows.append([c, v[2], v[3], director, "M-F 7-7, Sat 8-12" if c in ("Millbrook", "Westbury") else "M-F 7-6"])
    rows.append(["Central Business Office", CBO[2], CBO[3], "G. Whitlock", "M-F 8-5"])
    body = ("Updated phone/fax directory for fall. Changes: Harbor Point has a new fax line, and billing questions "
            "now go to ext. 4100 instead of the old direct line.\n\n%s\n\n"
            "Extensions (CBO): Billing 4100 | Authorizations 4120 | Records 4130 | HR 4200 | Payroll 4210 | IT "
            "helpdesk 4400 | Marketing 4500\n"
            "Central scheduling: (614) 555-0199 (rolls to the clinic after 5 rings)\n"
            "After-hours answering service: (614) 555-0190\n\n"
            "Please update your phone speed dials and the sticker by the front desk phone.\n\n%s" % (
                table(rows), sig("greg", "short")))
    return R(frm=addr("greg"), to="allstaff@" + D, subject="Phone/fax directory - updated", date=d, body=body,
             html=text_to_html(body))


@reg("clean", "lookalike")
def lk_ticket():
    d = rdt(start=(2024, 9, 2), end=(2025, 5, 30), hours=(8, 17))
    t = "INC%07d" % random.randrange(10 ** 6, 10 ** 7)
    asset = "RPT-HP-PRN-%03d" % random.randrange(1, 40)
    body = ("Ticket %s has been updated.\n\n"
            "Summary:   Front desk label printer not printing wristband/labels - Harbor Point\n"
            "Requester: Mai Pham\n"
            "Assigned:  Hollis Tran (IT)\n"
            "Priority:  P3 - Normal\n"
            "Asset:     %s (Zebra-type thermal, SN ZT%s)\n"
            "Opened:    %s\n"
            "Status:    Pending vendor\n\n"
            "Latest comment (Hollis Tran, %s):\n"
            "Replaced the ribbon and recalibrated, still feeding 2 blank labels per print. Opened RMA #%s with the "
            "vendor, replacement unit ships in 2-3 days. Loaner printer is on the shelf above the fax - it's set as "
            "default on HP-FD-01 and HP-FD-02.\n\n"
            "Reply to this email to add a comment. Do not change the subject line.\n"
            "[ref:%s]\n" % (t, asset, digits(9), (d - timedelta(days=2)).strftime("%m/%d/%Y %H:%M"),
                            d.strftime("%m/%d/%Y %H:%M"), "RMA" + digits(6), hexid(10)))
    return R(frm=fulladdr("Ridgeline IT Helpdesk", "helpdesk@" + D), to=addr("mai"),
             subject="[%s] Updated: Front desk label printer - Harbor Point" % t, date=d, body=body,
             headers=[("Auto-Submitted", "auto-generated")])


@reg("clean", "lookalike")
def lk_kpi():
    d = rdt(start=(2025, 2, 3), end=(2025, 2, 7))
    rows = [["Clinic", "Visits", "New evals", "Cancel %", "No-show %", "Units/visit", "Visits/episode"]]
    tot = 0
    for c in CLINICS:
        v = random.randrange(780, 1500)
        tot += v
        rows.append([c, str(v), str(random.randrange(60, 140)), "%.1f" % random.uniform(7, 14),
                     "%.1f" % random.uniform(2, 7), "%.2f" % random.uniform(3.4, 4.1), "%.1f" % random.uniform(8, 13)])
    body = ("January dashboard - all clinics (1/1 - 1/31)\n\n%s\n\n"
            "Total visits: %s (vs %s Jan last year)\n"
            "Payer mix: Commercial 58%% | Medicare/MA 21%% | Medicaid MCO 11%% | WC/auto 6%% | self-pay 4%%\n"
            "Avg days referral-to-eval: 4.2 (target <= 5)\n"
            "Net promoter score: 81 (n=412 surveys)\n\n"
            "Notes: Harbor Point cancel rate includes the 1/9-1/10 weather closure. Westbury evals up with the "
            "new Lakeshore Ortho referral line.\n\nGreg" % (table(rows), f"{tot:,}", f"{int(tot * 0.93):,}"))
    return R(frm=addr("greg"), to="clinic-directors@" + D, subject="Jan dashboard", date=d, body=body,
             html=html_wrap("<p><b>January dashboard - all clinics (1/1 - 1/31)</b></p>" + html_table(rows) +
                            "<p>Total visits: %s</p>" % f"{tot:,}"))


@reg("clean", "lookalike")
def lk_recall():
    d = rdt(start=(2024, 12, 2), end=(2025, 4, 30))
    lots = ["24K118", "24K119", "24K131", "24L007"]
    body = ("URGENT: VOLUNTARY PRODUCT RECALL - CUSTOMER NOTIFICATION\n\n"
            "Product:   SoftStim reusable electrodes, 2\" x 2\" round (40/pk), item EP-2240\n"
            "Lots:      %s\n"
            "Mfg dates: 10/02/2024 - 11/15/2024   Expiry: 10/2026 - 11/2026\n"
            "Also:      CoolRelief topical analgesic gel 4 oz, NDC 71234-0410-04, lot CR2409B (mislabeled "
            "carton, product itself unaffected)\n\n"
            "Reason: Adhesive may separate from the conductive layer after fewer uses than labeled, which can "
            "result in uneven current distribution. No injuries have been reported.\n\n"
            "Action required:\n"
            "  1. Check inventory for the lots above (lot number is printed on the pouch and the case label).\n"
            "  2. Quarantine affected product and complete the attached response form even if you have none.\n"
            "  3. Return to Apex Rehab Supply using RGA #%s; replacement ships at no charge.\n\n"
            "Our records show your account (#004471) received lots 24K118 and 24K131 on PO-RPT-%05d.\n\n"
            "Apex Rehab Supply Quality Assurance | qa@apexrehabsupply.com | (937) 555-0119\n" % (
                ", ".join(lots), "RGA" + digits(6), random.randrange(10000, 99999)))
    fwd = ("All clinics - please pull these and put them in a box at the front desk by Friday. Reply to me with "
           "your count even if it's zero.\n\nGreg\n\n")
    d1 = later(d, hours=2)
    return R(frm=addr("greg"), to="clinic-directors@" + D, subject="FW: URGENT: Voluntary recall - electrodes EP-2240",
             date=d1, body=fwd + fwd_hdr("Apex Rehab Supply QA <qa@apexrehabsupply.com>", d, "ap@" + D,
                                         "URGENT: Voluntary recall - electrodes EP-2240") + "\n" + body)

# ===========================================================================
# CLEAN - news
# ===========================================================================
@reg("clean", "news")
def news_patient_newsletter():
    d = rdt(start=(2025, 3, 10), end=(2025, 4, 4), hours=(10, 11))
    text = ("RIDGELINE RUNDOWN - Spring edition\n\n"
            "We're growing! Our Westbury clinic moves next door into a bigger space this spring, with a new "
            "turf lane for agility work and a dedicated return-to-run area.\n\n"
            "5 tips for runners getting back outside\n"
            "1. Increase weekly mileage by about 10% at most.\n"
            "2. Swap one run a week for a strength session - hips and calves matter.\n"
            "3. Replace shoes every 300-500 miles.\n"
            "4. Soreness that improves as you warm up is usually ok; pain that changes your stride is not.\n"
            "5. Sleep is training too.\n\n"
            "Free injury screens every Saturday 8-11 at Millbrook and Westbury. No appointment or referral needed.\n\n"
            "Did you know? In most states, including Ohio, you can see a physical therapist without a doctor's "
            "referral (check your insurance plan for its rules).\n\n"
            "Ridgeline Physical Therapy & Sports Rehab | 1010 Commerce Row, Millbrook OH 43081\n"
            "You're receiving this because you opted in to our newsletter. Unsubscribe: "
            "https://www.ridgelinept.com/unsubscribe\n")
    html = html_wrap(
        "<table width='600' align='center' cellpadding='0' cellspacing='0'><tr><td>"
        "<img src='https://www.ridgelinept.com/img/email-logo.png' alt='Ridgeline PT' width='160' height='48'>"
        "<h1 style='color:#126e78'>Ridgeline Rundown</h1><h3>Spring edition</h3>"
        "<p>We're growing! Our Westbury clinic moves next door into a bigger space this spring, with a new turf lane "
        "for agility work and a dedicated return-to-run area.</p>"
        "<h2>5 tips for runners getting back outside</h2><ol>"
        "<li>Increase weekly mileage by about 10% at most.</li><li>Swap one run a week for a strength session - "
        "hips and calves matter.</li><li>Replace shoes every 300-500 miles.</li><li>Soreness that improves as you "
        "warm up is usually ok; pain that changes your stride is not.</li><li>Sleep is training too.</li></ol>"
        "<p style='background:#e6f2f3;padding:10px'><b>Free injury screens</b> every Saturday 8-11 at Millbrook "
        "and Westbury. No appointment or referral needed.</p>"
        "<p style='font-size:9pt;color:#777'>Ridgeline Physical Therapy &amp; Sports Rehab | 1010 Commerce Row, "
        "Millbrook OH 43081<br><a href='https://www.ridgelinept.com/unsubscribe'>Unsubscribe</a></p>"
        "</td></tr></table>", font="Arial, sans-serif")
    return R(frm=fulladdr("Ridgeline PT & Sports Rehab", "news@" + D), to="subscribers@lists." + D,
             subject="Spring into motion: 5 tips for runners + free Saturday screens", date=d, body=text, html=html,
             atts=[("ridgeline_logo.png", logo_png(), "image/png")],
             headers=[("List-Unsubscribe", "<https://www.ridgelinept.com/unsubscribe>"), ("Precedence", "bulk")])


@reg("clean", "news")
def news_journal_club():
    d = rdt(start=(2024, 9, 3), end=(2025, 5, 30))
    body = ("Journal club digest - this month\n\n"
            "1) Neuromuscular training and ACL injury in female athletes\n"
            "A meta-analysis of 20+ cluster-randomized trials in youth soccer, basketball and handball found that "
            "structured warm-up programs (plyometrics, balance, landing mechanics) reduced ACL injury rates by "
            "roughly half, with the largest effect when started before age 18 and done at least twice a week. "
            "Compliance was the biggest moderator: teams that did the program less than half the time saw "
            "little benefit.\n"
            "Take-home for us: when we present to clubs, push frequency and coach buy-in, not fancy exercises.\n\n"
            "2) Blood flow restriction training after knee surgery\n"
            "Small RCTs suggest low-load BFR produces quad strength gains similar to heavy loading in the early "
            "post-op phase with less joint stress. Evidence is still low-to-moderate quality and screening for "
            "contraindications matters. We'll discuss our BFR protocol draft at the next in-service.\n\n"
            "3) Return-to-sport testing\n"
            "Passing a hop-test battery alone predicts re-injury poorly. Combining strength symmetry (>90%%), "
            "time since surgery (>9 months) and a psychological readiness score did better.\n\n"
            "Full-text PDFs are in Teams > Clinical Excellence > Journal Club. Next session: %s, 12:15, lunch "
            "provided at Millbrook.\n\n%s" % (longday(next_wd(d, 3, 2)), sig("ben", "short")))
    return R(frm=addr("ben"), to="clinicians@" + D, subject="Journal club digest - ACL prevention, BFR, RTS testing",
             date=d, body=body, html=text_to_html(body))


@reg("clean", "news")
def news_coach_marketing():
    d = rdt(start=(2024, 8, 12), end=(2024, 8, 23))
    body = ("Coaches and athletic directors,\n\n"
            "Fall season is almost here. Ridgeline Physical Therapy & Sports Rehab is offering FREE pre-season "
            "screenings for school and club teams in the Millbrook, Westbury and Harbor Point areas.\n\n"
            "What we offer:\n"
            "  - Movement screens (landing mechanics, single-leg control, shoulder mobility for throwers)\n"
            "  - Baseline concussion symptom and balance testing\n"
            "  - A 30-minute coach clinic on injury-prevention warm-ups you can run yourself\n"
            "  - Saturday walk-in injury clinic all season, 8-11am at Millbrook and Westbury\n\n"
            "Screenings are done at your facility. Results are shared with athletes and families; coaches get a "
            "team-level summary only.\n\n"
            "Book a date: reply to this email or call Jordan at (614) 555-0105.\n\n"
            "Go get 'em this season!\n\n%s\n\n"
            "You're receiving this because your school or club has partnered with Ridgeline. Reply STOP to be "
            "removed from outreach emails." % sig("jordan"))
    return R(frm=addr("jordan"), to="coaches-outreach@lists." + D, subject="Free pre-season screenings for your team",
             date=d, body=body, html=text_to_html(body), headers=[("Precedence", "bulk")])


@reg("clean", "news")
def news_internal_bulletin():
    d = rdt(start=(2025, 4, 7), end=(2025, 4, 18), hours=(9, 11))
    body = ("THE INSIDE LINE - Ridgeline staff bulletin\n\n"
            "Q1 by the numbers\n"
            "  * 21,940 visits across five clinics (+6% vs Q1 last year)\n"
            "  * 1,480 new evaluations\n"
            "  * Patient satisfaction 4.8 / 5 (2,103 surveys)\n"
            "  * 14 high school and club teams covered by our athletic trainers\n\n"
            "Community\n"
            "Our team ran the water stop at mile 9 of the Canal City Half Marathon and screened 160 runners at the "
            "expo. Thank you to everyone who gave up a Saturday.\n\n"
            "Welcome\n"
            "Please welcome Jasmine Ortiz, PT, DPT (Westbury) and Theo Blackwood, front desk (Northgate).\n\n"
            "Reminders\n"
            "  * Annual compliance training is due 5/31 in the learning portal.\n"
            "  * Benefits open enrollment info session is 5/8 at noon (Teams).\n\n"
            "Have news for the next issue? Send it to Jordan by the 1st of the month.\n")
    return R(frm=fulladdr("The Inside Line", "insideline@" + D), to="allstaff@" + D,
             subject="The Inside Line - April", date=d, body=body, html=text_to_html(body),
             atts=[("logo.png", logo_png(), "image/png")])


@reg("clean", "news")
def news_heat_bulletin():
    d = rdt(start=(2024, 8, 12), end=(2024, 8, 16))
    body = ("CENTRAL OHIO VALLEY SCHOOL ATHLETIC CONFERENCE\n"
            "Sports Medicine Advisory Bulletin 2024-03: Heat Acclimatization\n\n"
            "As fall practices begin, member schools are reminded of the conference heat acclimatization policy:\n\n"
            "  - Days 1-5: one practice per day, maximum 3 hours; helmets only days 1-2, helmets and shoulder "
            "pads days 3-5.\n"
            "  - Full equipment no earlier than day 6.\n"
            "  - Use a wet bulb globe temperature (WBGT) reading on site. Above 90.1F (32.3C) WBGT, no outdoor "
            "practice.\n"
            "  - A cold-water immersion tub must be on site and ready at every practice and contest.\n\n"
            "Exertional heat stroke is survivable when recognized and cooled within 30 minutes: cool first, "
            "transport second.\n\n"
            "Nationally, most heat-related deaths among high school athletes occur during the first week of "
            "preseason practice.\n\n"
            "Please share with head coaches and athletic trainers. Questions: sportsmed@covsac.org\n")
    fwd = "FYI for everyone doing HS coverage this fall. Tubs are in the Millbrook storage room.\n\n-Erin\n\n"
    d1 = later(d, hours=3)
    return R(frm=addr("erin"), to="atc-team@" + D, cc=addr("ben"),
             subject="Fwd: Sports Medicine Advisory Bulletin 2024-03 - Heat Acclimatization", date=d1,
             body=fwd + fwd_hdr("COVSAC Sports Medicine <sportsmed@covsac.org>", d, "member-schools@covsac.org",
                                "Sports Medicine Advisory Bulletin 2024-03 - Heat Acclimatization") + "\n" + body)


@reg("clean", "news")
def news_vendor_ce():
    d = rdt(start=(2024, 9, 3), end=(2025, 5, 30), hours=(6, 9))
    body = ("KINETIC EDGE SEMINARS\n\n"
            "Blood Flow Restriction Training: Level 1 Certification\n"
            "Columbus area - two weekend dates this season | 15 contact hours (approved for PT/PTA/ATC CE)\n\n"
            "Learn to apply personalized limb occlusion pressure safely, screen for contraindications, and build "
            "BFR into post-op ACL, Achilles and rotator cuff programs. Includes lab time with automatic "
            "tourniquet units.\n\n"
            "Early-bird price $449 (ends in 10 days). Groups of 3+ from the same practice save 15%% with code "
            "TEAM15.\n\n"
            "Also this season: Dry Needling Level 2, Running Gait Analysis, Pediatric Sports Concussion.\n\n"
            "Kinetic Edge Seminars | 55 Ridge Crossing, Suite 9, Lexington KY 40509\n"
            "Unsubscribe | Manage preferences\n")
    return R(frm=fulladdr("Kinetic Edge Seminars", "courses@kineticedgeseminars.com"), to=addr("ben"),
             subject="BFR Level 1 - early bird ends soon", date=d, body=body.replace("%%", "%"),
             html=text_to_html(body.replace("%%", "%")), headers=[("Precedence", "bulk")])


# ===========================================================================
# CLEAN - staff
# ===========================================================================
@reg("clean", "staff")
def staff_saturday_roster():
    d = rdt(start=(2024, 8, 26), end=(2024, 9, 6))
    sats = [next_wd(d, 5, i) for i in range(6)]
    pairs = [("Ben Okonkwo, PT, DPT", "Devon Marsh, PTA"), ("Wes Lindqvist, PT, DPT", "Luis Ortega, PTA"),
             ("Imani Brooks, PT, DPT", "Rosemarie Dela Cruz, PTA"), ("Alicia Nguyen, PT, DPT", "Devon Marsh, PTA"),
             ("Ben Okonkwo, PT, DPT", "Luis Ortega, PTA"), ("Nadia Volkova, PT, DPT", "Rosemarie Dela Cruz, PTA")]
    rows = [["Date", "Millbrook PT", "Millbrook PTA", "Front desk"]]
    fd = ["Carla R.", "Mai P.", "Joy M.", "Carla R.", "Theo B.", "Mai P."]
    for i, s in enumerate(sats):
        rows.append([wd_md(s), pairs[i][0], pairs[i][1], fd[i]])
    body = ("Fall Saturday injury clinic schedule (Millbrook, 8-11am). Westbury Saturdays are covered by the "
            "Westbury team internally.\n\n%s\n\n"
            "Swaps are fine, just let me AND Carla know so the front desk schedule gets updated. Saturday hours "
            "are paid at your regular rate plus the $40 weekend differential.\n\n%s" % (table(rows), sig("ben", "short")))
    return R(frm=addr("ben"), to="millbrook-staff@" + D, cc=addr("carla"), subject="Fall Saturday clinic schedule",
             date=d, body=body, html=html_wrap("<p>Fall Saturday injury clinic schedule (Millbrook, 8-11am).</p>" +
                                               html_table(rows) + "<p>Swaps are fine, just let me AND Carla know.</p>"))


@reg("clean", "staff")
def staff_open_enrollment():
    d = rdt(start=(2025, 4, 21), end=(2025, 5, 2))
    body = ("Hi everyone,\n\n"
            "Open enrollment for benefits runs May 5 - May 23. Changes take effect June 1.\n\n"
            "What's new this year:\n"
            "  - Medical: same two plans (PPO 1500 and HSA 3000). Employee-only premium on the PPO goes up $6 per "
            "paycheck; HSA plan premium is unchanged and Ridgeline's HSA contribution increases to $750/yr.\n"
            "  - Employee PT benefit: visits at any Ridgeline clinic continue to have a $0 copay on either plan.\n"
            "  - Dental and vision: no changes.\n"
            "  - FSA limit: $3,300. Dependent care FSA: $5,000.\n\n"
            "If you don't want to change anything you don't need to do anything, EXCEPT the FSA, which you must "
            "re-elect every year.\n\n"
            "Info session: Thursday 5/8 at noon on Teams (recorded). Enroll in the HR portal under Benefits > "
            "Open Enrollment. Please don't send me anything about your or your family's medical situation by "
            "email - if you have questions about coverage for a specific situation, call the carrier's member "
            "line on your card, or book a private time with me.\n\n%s" % sig("kendra"))
    return R(frm=addr("kendra"), to="allstaff@" + D, subject="Open enrollment May 5-23", date=d, body=body + disc(2),
             html=text_to_html(body))


@reg("clean", "staff")
def staff_payroll():
    d = rdt(start=(2024, 11, 11), end=(2024, 11, 20))
    body = ("Hi all,\n\n"
            "Because of Thanksgiving, timesheets for the pay period ending 11/24 are due by NOON Monday 11/25 "
            "instead of Tuesday. Directors, please approve by 5pm Monday. Paychecks will still be deposited Friday "
            "11/29.\n\n"
            "Reminders:\n"
            "  - Thanksgiving (11/28) is a paid holiday for full-time staff. Clinics are closed; Millbrook is open "
            "8-12 on Friday 11/29 with volunteer staff (holiday premium applies).\n"
            "  - PTO accrual shows on your stub under 'PTO BAL'. Up to 40 hours roll over into next year.\n"
            "  - Mileage for home visits and school coverage: submit by the 5th of the month with your log.\n\n"
            "Thanks!\n%s" % sig("tom"))
    return R(frm=addr("tom"), to="allstaff@" + D, subject="Timesheets due early - Thanksgiving week", date=d,
             body=body)


@reg("clean", "staff")
def staff_celebration():
    d = rdt(start=(2025, 4, 28), end=(2025, 5, 16), hours=(9, 15))
    fri = next_wd(d, 4)
    body = ("Hi team!!\n\n"
            "Two big congrats this week:\n\n"
            "Imani passed her Sports Clinical Specialist (SCS) board exam! That's now three board-certified "
            "specialists at Ridgeline.\n\n"
            "And Devon hit 10 years with Ridgeline on Monday. He was here before the Harbor Point clinic existed "
            "and he still has the original orange theraband from 2015 to prove it.\n\n"
            "We're doing a potluck lunch at Northgate on Friday %s, 12-1 (front desk will cover phones in shifts). "
            "Sign-up sheet is on the fridge. Harbor Point folks, we'll save you dessert.\n\n"
            "Carla :)" % md(fri))
    return R(frm=addr("carla"), to="northgate-staff@" + D, cc="%s, %s" % (addr("imani"), addr("alicia")),
             subject="congrats Imani + Devon! potluck Friday", date=d, body=body)


@reg("clean", "staff")
def staff_leave_coverage():
    d = rdt(start=(2025, 3, 10), end=(2025, 3, 28))
    start = next_wd(d, 0, 2)
    end = start + timedelta(weeks=6, days=4)
    body = ("Hi Oak Terrace team,\n\n"
            "Priya will be on leave from %s through %s. Wes will be acting clinic director during that time and "
            "will be at Oak Terrace Tuesdays and Thursdays; Nadia is the on-site lead the other days.\n\n"
            "  - Priya's caseload: Nadia and Rose will pick up her regulars; Joy is working on the schedule changes "
            "this week.\n"
            "  - Plan of care signatures and progress notes that need a director: route to Wes.\n"
            "  - Time-off requests: to Wes.\n"
            "  - Please don't contact Priya about work while she's out.\n\n"
            "Thanks for covering for each other. We'll do a proper welcome back when she returns.\n\n%s" % (
                longday(start), longday(end), sig("greg", "short")))
    return R(frm=addr("greg"), to="oakterrace-staff@" + D, cc="%s, %s" % (addr("wes"), addr("kendra")),
             subject="Oak Terrace coverage - Priya on leave", date=d, body=body + disc(0))


@reg("clean", "staff")
def staff_friday_night_coverage():
    d = rdt(start=(2024, 8, 19), end=(2024, 8, 23))
    fris = [next_wd(d, 4, i) for i in range(6)]
    games = ["vs Eastview", "@ Central Catholic", "vs Harbor Point", "@ Westbury Academy", "vs Lakeside (Homecoming)",
             "@ Fairmont"]
    lines = []
    for i, f in enumerate(fris):
        atc = "Erin C." if i % 2 == 0 else "Sam Whitcomb-Lee, ATC"
        pt = ["Ben O.", "Wes L.", "Ben O.", "Imani B.", "Ben O.", "Wes L."][i]
        lines.append("%-9s %-26s ATC: %-22s PT backup: %s" % (wd_md(f), games[i], atc, pt))
    body = ("Friday night football coverage - Millbrook HS varsity, first half of the season. Kickoff 7pm, "
            "arrive 5:30 for taping. Away games: ride the team bus or drive yourself, mileage is reimbursed.\n\n"
            "%s\n\n"
            "PT backup is on call by phone (not on the sideline) unless it's a home game, then please come to "
            "the first half if you can. Emergency action plan binder and AED check before every game. Cooling tub "
            "at every game through September.\n\nErin\n\nSent from my iPhone" % "\n".join(lines))
    return R(frm=addr("erin"), to="atc-team@" + D, cc="%s, %s, %s" % (addr("ben"), addr("wes"), addr("imani")),
             subject="FNL coverage - first half", date=d, body=body)


@reg("clean", "staff")
def staff_new_hire():
    d = rdt(start=(2025, 5, 12), end=(2025, 5, 23))
    start = next_wd(d, 0, 1)
    body = ("Hi Jasmine,\n\n"
            "We're so glad you're joining us! Here's what your first week looks like:\n\n"
            "%s - CBO (1010 Commerce Row, Suite 400), 8:30am: HR paperwork, I-9 (bring two forms of ID), badge "
            "photo, laptop pickup with Hollis.\n"
            "%s - Westbury, 8:00am: shadow Wes, RidgeLink EMR training with Hollis 1-4pm.\n"
            "%s-%s - Westbury: shadow + co-treat, half caseload by Thursday.\n\n"
            "Before your first day please:\n"
            "  - complete the onboarding forms in the HR portal (direct deposit, W-4, emergency contact)\n"
            "  - upload your Ohio PT license, CPR card, and proof of liability coverage if you have your own\n"
            "  - send me your scrub top size (we provide 3 polos)\n\n"
            "Parking at Westbury is in the back lot; please leave the front spots for patients.\n\n"
            "Welcome aboard!\n\n%s" % (wd_md(start), wd_md(start + timedelta(days=1)),
                                        wd_md(start + timedelta(days=2)), wd_md(start + timedelta(days=4)),
                                        sig("kendra")))
    return R(frm=addr("kendra"), to=fulladdr("Jasmine Ortiz", "jasmine.ortiz.dpt@kestrelnet.com"),
             cc="%s, %s" % (addr("wes"), addr("hollis")), subject="Welcome to Ridgeline - your first week",
             date=d, body=body + disc(2))

# ===========================================================================
# CLEAN - training
# ===========================================================================
@reg("clean", "training")
def tr_emr_practice():
    d = rdt(start=(2024, 9, 3), end=(2025, 5, 30))
    sess = next_wd(d, 2, 1).replace(hour=13, minute=0)
    body = ("Hi new folks,\n\n"
            "For Wednesday's RidgeLink training (%s, 1-4pm, CBO training room) please log into the TRAINING "
            "environment, not production: https://train.ridgelink-emr.com (the banner is orange so you can tell).\n\n"
            "You'll each work with these fictitious test patients - they only exist in TRAIN:\n\n"
            "  ZZTEST, ATHLETE       MRN 900000123   DOB 01/01/2008   Payer: TEST COMMERCIAL PPO\n"
            "  ZZTEST, POSTOP KNEE   MRN 900000124   DOB 01/01/1960   Payer: TEST MEDICARE\n"
            "  ZZTEST, WORKCOMP      MRN 900000125   DOB 01/01/1985   Payer: TEST WC CARRIER\n\n"
            "Exercises:\n"
            "  1. Schedule an eval for ZZTEST, ATHLETE and check in the patient.\n"
            "  2. Document a moderate complexity eval and build a plan of care (2x/wk x 6 wks).\n"
            "  3. Enter a daily note with 38 minutes of timed codes - how many units? (answer key handed out after)\n"
            "  4. For ZZTEST, POSTOP KNEE, trigger the KX threshold warning and see what the note requires.\n"
            "  5. Late-cancel ZZTEST, WORKCOMP and apply the fee waiver.\n\n"
            "Nothing you do in TRAIN touches real charts, so click everything.\n\n%s" % (longday(sess), sig("hollis")))
    return R(frm=addr("hollis"), to="newhires@" + D, cc=addr("kendra"), subject="EMR training Wed - test patients + login",
             date=d, body=body)


@reg("clean", "training")
def tr_case_study():
    d = rdt(start=(2024, 9, 3), end=(2025, 5, 30))
    body = ("Case for Thursday's student case conference (de-identified composite - details changed, not a "
            "current patient):\n\n"
            "A 16-year-old female high school soccer midfielder presents 3 days after a non-contact injury to the "
            "left knee while decelerating to cut. She heard a pop, could not continue, and had significant swelling "
            "within 2 hours. Today she is weight bearing with a limp and lacks 10 degrees of extension.\n\n"
            "Questions to prepare:\n"
            "  1. Which special tests would you prioritize today, and which would you defer because of swelling?\n"
            "  2. What are your referral criteria - when is this same-week to an orthopedist vs. routine?\n"
            "  3. If she has reconstruction, outline phase 1 goals and criteria to progress.\n"
            "  4. What does the evidence say about return to sport before 9 months?\n"
            "  5. She asks you whether her younger sister should be doing a prevention program. What do you tell "
            "her?\n\n"
            "Bring one article to support your answer to #4.\n\n%s" % sig("priya", "short"))
    return R(frm=addr("priya"), to="dpt-students@" + D, cc=addr("nadia"),
             subject="Case conference Thursday - knee case", date=d, body=body)


@reg("clean", "training")
def tr_billing_quiz():
    d = rdt(start=(2025, 1, 13), end=(2025, 2, 14))
    body = ("Billing quiz! 5 questions, answers at the bottom - no peeking. Winner of the most-correct at "
            "Friday huddle gets the good parking spot for a week.\n\n"
            "1. Sample visit: 23 min 97110, 10 min 97140. How many total units?\n"
            "2. Sample visit: 8 min 97110, 7 min 97112, 7 min 97530. Units?\n"
            "3. True/false: the GP modifier is only needed on Medicare claims.\n"
            "4. Which code do you use for unattended e-stim on a Medicare patient?\n"
            "5. A progress note is not a re-evaluation. Which code is billed for a progress note alone?\n\n\n\n"
            "ANSWERS\n"
            "1. 33 min total = 2 units (2x 97110? no - 1x 97110 + 1x 97140; assign by largest minutes)\n"
            "2. 22 min total = 1 unit, billed to the code with the most minutes (97110)\n"
            "3. False - most commercial payers we contract with require it too\n"
            "4. G0283\n"
            "5. None - progress notes are part of the daily visit; 97164 only when a true re-eval is indicated\n\n"
            "%s" % sig("farah", "short"))
    return R(frm=addr("farah"), to="clinicians@" + D, subject="friday billing quiz (units edition)", date=d, body=body)


@reg("clean", "training")
def tr_interface_test_script():
    d = rdt(start=(2025, 3, 3), end=(2025, 4, 25))
    t = d.strftime("%Y%m%d") + "0900"
    sample = "\n".join([
        "MSH|^~\\&|RIDGESCHED|RPT|RIDGELINK|RPT|%s||SIU^S12^SIU_S12|TEST0001|T|2.5" % t,
        "SCH|T10001|T10001|||||NEW^New evaluation^RPT|PT^Physical Therapy|60|min|^^60^%s^%s|||||||||||||BOOKED" % (t, t[:-4] + "1000"),
        "PID|1||TST900001^^^RPT^MR||TESTPATIENT^ALPHA^^^^^L||20000101|F|||1 TEST ST^^TESTVILLE^OH^00000",
        "RGS|1|A",
        "AIS|1|A|97162^PT eval moderate^CPT|%s|0|min|60|min" % t,
    ])
    body = ("Interface validation - RidgeSched -> RidgeLink SIU feed (TEST environment only)\n\n"
            "Test cases (use the synthetic patients TESTPATIENT, ALPHA / BRAVO / CHARLIE, MRNs TST900001-003):\n\n"
            "  TC-01  New appointment (S12) creates visit in RidgeLink TEST       expected: visit appears, status Booked\n"
            "  TC-02  Reschedule (S13) moves visit time                          expected: old slot freed\n"
            "  TC-03  Cancel (S15) with reason LC                                expected: late-cancel flag set\n"
            "  TC-04  Unknown provider NPI in AIG                                expected: ERROR, alert email to it-alerts\n"
            "  TC-05  No-show (S26)                                              expected: no-show count +1\n\n"
            "Sample message for TC-01 (processing ID = T):\n\n%s\n\n"
            "Record pass/fail and message control IDs in the test log on SharePoint. Sign-off needed from Farah "
            "(billing) and Carla (front desk) before go-live.\n\n%s" % (sample, sig("hollis")))
    return R(frm=addr("hollis"), to="%s, %s" % (addr("farah"), addr("carla")), cc=fulladdr("Renata Sokol", "rsokol@ridgelink-emr.com"),
             subject="SIU interface test script - TEST env", date=d, body=body,
             atts=[("SIU_test_cases_v3.txt", body.split("Sample message")[0], "text/plain")])


@reg("clean", "training")
def tr_student_orientation():
    d = rdt(start=(2025, 5, 5), end=(2025, 5, 23))
    doc = make_docx([
        "**Ridgeline PT & Sports Rehab - DPT Student Orientation (Summer)",
        "Clinical instructors: Priya Raman, PT, DPT (Oak Terrace); Wes Lindqvist, PT, DPT (Westbury)",
        "Week 1: observe, learn EMR in TRAIN environment, co-treat with CI.",
        "Week 2-3: 25% caseload. Week 4-6: 50%. Week 7-10: 75-100%.",
        "**Practice case (fictitious):",
        "\"Sample Patient A\" is a 45-year-old recreational runner with 6 weeks of lateral hip pain. Write a "
        "SOAP eval note from the video you'll watch in week 1, choose CPT codes, and write 3 SMART goals.",
        "**Expectations:",
        "Arrive 15 minutes before first patient. Phones away in patient areas. Never take photos of patients or "
        "screens. Never discuss patients outside the clinic or on social media.",
        "Weekly CPI check-in with your CI on Fridays."])
    body = ("Hi Jordan-Lee and Sabrina,\n\n"
            "Welcome! Your orientation packet is attached. Please read it before your first day and complete the "
            "practice case write-up by the end of week 1 - it's a made-up patient, so no privacy worries.\n\n"
            "See you soon,\nPriya\n\n%s" % sig("priya"))
    return R(frm=addr("priya"), to="%s, %s" % (fulladdr("Jordan-Lee Banks", "jbanks.dpt@stateu-health.org"),
                                               fulladdr("Sabrina Oduya", "soduya.dpt@stateu-health.org")),
             cc=addr("wes"), subject="Student orientation packet - summer rotation", date=d, body=body,
             atts=[("DPT_student_orientation_summer.docx", doc,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])


@reg("clean", "training")
def tr_concussion_inservice():
    d = rdt(start=(2024, 8, 12), end=(2024, 8, 30))
    sess = next_wd(d, 1, 1).replace(hour=7, minute=0)
    pdf = make_pdf([
        "Ridgeline PT - In-service: Graduated Return to Play after Concussion", "",
        "Scenario (fictional): 'Sample Athlete', 15-year-old football player, hit in Friday game.",
        "Saturday: headache 4/10, light sensitivity. Monday: headache 2/10 in class.", "",
        "Stage 1  Symptom-limited activity (daily activities that don't provoke symptoms)",
        "Stage 2  Light aerobic exercise (walking, stationary bike)",
        "Stage 3  Sport-specific exercise (running drills, no head impact)",
        "Stage 4  Non-contact training drills (passing, progressive resistance)",
        "Stage 5  Full contact practice after written clearance",
        "Stage 6  Return to competition", "",
        "At least 24 hours per stage; return to previous stage if symptoms recur.",
        "Return to learn must be complete before full return to play.", "",
        "Competency check: ____ describe red flags  ____ explain stage rules  ____ document clearance"],
        title="Concussion RTP in-service")
    body = ("ATC and sports PT team,\n\n"
            "Pre-season concussion in-service is %s at 7am, Millbrook gym (coffee provided). We'll walk through a "
            "fictional athlete scenario stage by stage and then do competency sign-offs, which are required "
            "before you cover games this fall.\n\n"
            "Handout attached. Please bring your sideline assessment card.\n\n%s" % (longday(sess), sig("erin")))
    return R(frm=addr("erin"), to="atc-team@" + D, cc=addr("ben"), subject="Concussion in-service + competency sign-off",
             date=d, body=body, atts=[("Concussion_RTP_inservice.pdf", pdf, "application/pdf")])


# ===========================================================================
# main
# ===========================================================================
EXPECTED = {("phi", "care"): 8, ("phi", "ids"): 8, ("phi", "lang"): 8, ("phi", "lists"): 7, ("phi", "names"): 8,
            ("phi", "self"): 7, ("phi", "struct"): 7, ("clean", "admin"): 7, ("clean", "lookalike"): 7,
            ("clean", "news"): 6, ("clean", "staff"): 7, ("clean", "training"): 6}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    counts = {}
    rows = []
    for label, kind, fn in REGISTRY:
        r = fn()
        counts[(label, kind)] = counts.get((label, kind), 0) + 1
        name = "%s-%s-%03d.eml" % (label, kind, counts[(label, kind)])
        msg = build(r)
        with open(os.path.join(out, name), "wb") as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        rows.append([name, label, kind, r.get("patient", "") if label == "phi" else ""])
    with open(os.path.join(out, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    assert counts == EXPECTED, counts
    total = 0
    for k in EXPECTED:
        print("%s-%s: %d" % (k[0], k[1], counts[k]))
        total += counts[k]
    print("total: %d" % total)


if __name__ == "__main__":
    main()
