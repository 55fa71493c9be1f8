#!/usr/bin/env python3
"""Blind evaluation set: correctional health unit at a county jail (all content invented)."""
import sys, os, io, csv, json, random, zipfile, zlib, struct, datetime
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

SEED = 10402
random.seed(SEED)

# ---------------------------------------------------------------- basics
TZ = datetime.timezone(datetime.timedelta(hours=-5))
BASE = datetime.datetime(2024, 3, 4, 7, 0, tzinfo=TZ)

def rdate(lo=0, hi=140, h0=6, h1=22):
    d = BASE + datetime.timedelta(days=random.randint(lo, hi))
    return d.replace(hour=random.randint(h0, h1), minute=random.randint(0, 59),
                     second=random.randint(0, 59))

def later(d, mins_lo=7, mins_hi=600):
    return d + datetime.timedelta(minutes=random.randint(mins_lo, mins_hi),
                                  seconds=random.randint(0, 59))

def earlier(d, mins_lo=7, mins_hi=600):
    return d - datetime.timedelta(minutes=random.randint(mins_lo, mins_hi),
                                  seconds=random.randint(0, 59))

def fd(d):
    return format_datetime(d)

def mdy(d):
    return d.strftime("%m/%d/%Y")

def md(d):
    return "%d/%d" % (d.month, d.day)

def longdate(d):
    return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y")

def gm_date(d):
    # "Tue, Mar 5, 2024 at 2:14 PM"
    h = d.hour % 12 or 12
    return "%s, %s %d, %d at %d:%02d %s" % (d.strftime("%a"), d.strftime("%b"), d.day,
                                             d.year, h, d.minute, "AM" if d.hour < 12 else "PM")

def ol_date(d):
    h = d.hour % 12 or 12
    return "%s %d:%02d %s" % (longdate(d), h, d.minute, "AM" if d.hour < 12 else "PM")

def hexid(n=16):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))

def msgid(domain, d=None):
    d = d or BASE
    return "<%s.%s@%s>" % (d.strftime("%Y%m%d%H%M%S"), hexid(12), domain)

def digits(n):
    return "".join(random.choice("0123456789") for _ in range(n))

AREA = ["417", "573", "660", "816", "636"]
def phone(area=None, fmt=0):
    a = area or random.choice(AREA)
    x = str(random.randint(210, 989))
    l = digits(4)
    return ["(%s) %s-%s" % (a, x, l), "%s-%s-%s" % (a, x, l), "%s.%s.%s" % (a, x, l)][fmt]

def dob(lo=1958, hi=2004):
    return datetime.date(random.randint(lo, hi), random.randint(1, 12), random.randint(1, 28))

def dobs(d, style=0):
    return [d.strftime("%m/%d/%Y"), "%d/%d/%d" % (d.month, d.day, d.year),
            d.strftime("%Y-%m-%d"), d.strftime("%Y%m%d"), "%d/%d/%s" % (d.month, d.day, str(d.year)[2:])][style]

def booking():
    return "24-%06d" % random.randint(1200, 19999)

def pin():
    return str(random.randint(300000, 489999))

def mrn():
    return "TC%07d" % random.randint(1000000, 9899999)

def ssn():
    return "%03d-%02d-%04d" % (random.randint(101, 665), random.randint(10, 99), random.randint(1000, 9999))

def housing():
    pod = random.choice("ABCDEFGH")
    return "%s-%d%02d" % (pod, random.randint(1, 2), random.randint(1, 24))

FIRST_M = ["Darnell", "Kenji", "Trevon", "Ramon", "Harold", "Luis", "Curtis", "Everett", "Anthony",
           "Reggie", "Dwayne", "Cody", "Brandon", "Marcus", "Tyler", "Jamal", "Shane", "Dustin",
           "Wesley", "Victor", "Terrence", "Jesse", "Colton", "Andre", "Travis", "Hunter", "Isaiah",
           "Roberto", "Malik", "Garrett", "Donnie", "Floyd", "Keith", "Devonte", "Bobby", "Nathaniel"]
FIRST_F = ["Patrice", "Sandra", "Jenna", "Kayla", "Brittany", "Tamika", "Crystal", "Amber", "Destiny",
           "Heather", "Latoya", "Misty", "Rochelle", "Ashley", "Jolene", "Kendra", "Monique", "Dana",
           "Savannah", "Raquel", "Tiffany", "Courtney", "Shanice", "Becky"]
LASTS = ["Pryor", "Alvarez", "Hines", "Oyelaran", "Esquivel", "Beckett", "Carbajal", "Whitlow",
         "Tillman", "Wardell", "Sims", "Hollis", "Delgado", "Russo", "Fontaine", "Pickett", "Yoder",
         "Mabry", "Gentry", "Stroud", "Villanueva", "Okonkwo", "Dubois", "Harjo", "Lindgren", "Baptiste",
         "McCready", "Pruett", "Tolliver", "Scoggins", "Renfro", "Abernathy", "Kowal", "Nakamura",
         "Strickland", "Blevins", "Castleberry", "Ogunleye", "Haskins", "Dorsey", "Quintero",
         "Lockhart", "Vang", "Spurlock", "Maddox", "Fairbanks", "Iverson", "Crenshaw", "Bledsoe",
         "Wojcik", "Terrell", "Hatfield", "Galloway", "Ybarra", "Kimbrough", "Sutter", "Amundsen"]
_used = set()

def person(sex=None):
    tries = 0
    while True:
        tries += 1
        s = sex or random.choice("MMMF")
        f = random.choice(FIRST_M if s == "M" else FIRST_F)
        l = random.choice(LASTS)
        if (f, l) in _used:
            continue
        if tries < 40 and l in {u[1] for u in _used}:
            continue
        _used.add((f, l))
        return f, l

# ---------------------------------------------------------------- organisations / people
TC = "tallowcreekhealth.com"
SO = "marrowcountyso.org"
CTY = "marrowcounty.org"
PD = "marrowpd.org"
HOSP = "stanselmregional.org"
RX = "bluejayrx.com"
STAFFCO = "northpointstaffing.net"
CLINIC = "riverbendcbh.org"
LAB = "keystonelab.net"
TPA = "corrclaimsadmin.com"

UNIT_PH = "(573) 448-2210"
UNIT_FAX = "(573) 448-2219"

S = {
 "okafor":   ("Renee Okafor", "rokafor@" + TC, "Renee Okafor, RN, MSN", "Health Services Administrator"),
 "whitfield":("Marcus Whitfield", "mwhitfield@" + TC, "Marcus Whitfield, RN", "Director of Nursing"),
 "raman":    ("Priya Raman", "praman@" + TC, "Priya Raman, MD", "Medical Director"),
 "castellano":("Lauren Castellano", "lcastellano@" + TC, "Lauren Castellano, FNP-C", "Nurse Practitioner"),
 "kowalczyk":("Dana Kowalczyk", "dkowalczyk@" + TC, "Dana Kowalczyk, LCSW", "Mental Health Coordinator"),
 "brandt":   ("Elliot Brandt", "ebrandt@" + TC, "Elliot Brandt, MD", "Psychiatry (telehealth)"),
 "greene":   ("Tasha Greene", "tgreene@" + TC, "Tasha Greene, LPN", "Medication Nurse"),
 "soto":     ("Miguel Soto", "msoto@" + TC, "Miguel Soto, LPN", "Intake Nurse"),
 "tran":     ("Kim-Anh Tran", "ktran@" + TC, "Kim-Anh Tran, RN", "Night Charge Nurse"),
 "bristow":  ("Alana Bristow", "abristow@" + TC, "Alana Bristow, RN", "Day Charge Nurse"),
 "pruitt":   ("Shawna Pruitt", "spruitt@" + TC, "Shawna Pruitt", "Medical Records"),
 "lindqvist":("Greg Lindqvist", "glindqvist@" + TC, "Greg Lindqvist", "Regional Operations Manager"),
 "ferraro":  ("Joy Ferraro", "jferraro@" + TC, "Joy Ferraro", "Scheduling & Admin"),
 "ochoa":    ("Hector Ochoa", "hochoa@" + TC, "Hector Ochoa, DDS", "Dental"),
 "reyes":    ("Marisol Reyes", "mreyes@" + TC, "Marisol Reyes, RN", "Staff Nurse"),
 "dizon":    ("Rowena Dizon", "rdizon@" + TC, "Rowena Dizon, RN", "Staff Nurse"),
 "hargrove": ("Lt. Dale Hargrove", "dhargrove@" + SO, "Lt. Dale Hargrove", "Jail Operations, Marrow County Sheriff's Office"),
 "ruiz":     ("Sgt. Amy Ruiz", "aruiz@" + SO, "Sgt. Amy Ruiz", "Transport Unit, Marrow County Sheriff's Office"),
 "beale":    ("Capt. Ron Beale", "rbeale@" + SO, "Capt. Ron Beale", "Jail Administrator"),
 "moss":     ("Kyle Moss", "kmoss@" + SO, "Deputy Kyle Moss", "Classification"),
 "coyle":    ("Brianna Coyle", "bcoyle@" + SO, "Dep. Brianna Coyle", "Booking / Intake"),
 "acheampong":("Jordan Acheampong", "jacheampong@" + PD, "Jordan Acheampong", "Assistant Public Defender"),
 "vance":    ("Rita Vance", "rvance@" + PD, "Rita Vance", "Paralegal, Office of the Public Defender"),
 "farraday": ("Linda Farraday", "lfarraday@" + HOSP, "Linda Farraday, RN", "Case Management, St. Anselm Regional Medical Center"),
 "osterhout":("Neil Osterhout", "nosterhout@" + RX, "Neil Osterhout", "Account Manager, Bluejay Institutional Pharmacy"),
 "dunmore":  ("Cassie Dunmore", "cdunmore@" + STAFFCO, "Cassie Dunmore", "Senior Recruiter, Northpoint Clinical Staffing"),
 "greer":    ("Paula Greer", "pgreer@" + CLINIC, "Paula Greer, QMHP", "Intake Coordinator, Riverbend Community Behavioral Health"),
 "lamb":     ("Teresa Lamb", "tlamb@" + CTY, "Teresa Lamb", "Contracts & Purchasing, Marrow County"),
}

def addr(k):
    return "%s <%s>" % (S[k][0], S[k][1])

def sig(k, style=0, mobile=False):
    name, em, full, title = S[k]
    if mobile:
        return "\n\n" + random.choice(["Sent from my iPhone", "Sent from my Galaxy", "Sent from mobile - excuse typos"])
    if style == 0:
        dom = em.split("@")[1]
        if dom == TC:
            return ("\n\n%s\n%s\nTallow Creek Correctional Health | Marrow County Detention Center\n"
                    "Medical Unit %s | Fax %s" % (full, title, UNIT_PH, UNIT_FAX))
        return "\n\n%s\n%s\n%s" % (full, title, phone())
    if style == 1:
        return "\n\n-- \n%s\n%s" % (full.split(",")[0], title)
    return "\n\n" + name.split()[-1 if name.startswith(("Lt.", "Sgt.", "Capt.")) else 0]

DISC = [
 ("CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is intended only for the use of the "
  "addressee(s) and may contain information that is privileged, confidential, or otherwise protected from "
  "disclosure under applicable law. If you are not the intended recipient, please notify the sender "
  "immediately and delete this message."),
 ("This message was sent from the Marrow County Sheriff's Office. Records generated in the course of county "
  "business may be subject to disclosure under the state open records law."),
 ("Tallow Creek Correctional Health, LLC - The information in this email is confidential and intended solely "
  "for the addressee. Access by anyone else is unauthorized. Please do not forward outside the organization "
  "without approval."),
 ("NOTICE: This communication may contain attorney-client privileged or attorney work product material. "
  "If received in error, notify the Office of the Public Defender and destroy all copies."),
]

def quote(text):
    return "\n".join(("> " + l) if l.strip() else ">" for l in text.strip("\n").split("\n"))

def gm_quote(name, em, d, text):
    return "\n\nOn %s, %s <%s> wrote:\n%s" % (gm_date(d), name, em, quote(text))

def ol_quote(frm, d, to, subject, text, cc=None):
    h = "\n\n-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\n" % (frm, ol_date(d), to)
    if cc:
        h += "Cc: %s\n" % cc
    h += "Subject: %s\n\n%s" % (subject, text.strip("\n"))
    return h

def fwd_block(frm, d, to, subject, text):
    return ("\n\n---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s"
            % (frm, gm_date(d), subject, to, text.strip("\n")))

def html_wrap(body_text, font="Calibri, Arial, sans-serif"):
    import html as _h
    paras = body_text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(_h.escape(l) for l in p.split("\n")) + "</p>")
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:%s;font-size:11pt">\n%s\n'
            '</body></html>' % (font, "\n".join(out)))

# ---------------------------------------------------------------- attachment builders
ZDT = (2024, 1, 1, 0, 0, 0)

def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()

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
    srows = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(v)))
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
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet_xml)])

def make_docx(paragraphs):
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

def make_pdf(lines, title="Document"):
    def esc(s):
        s = s.encode("latin-1", "replace").decode("latin-1")
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = ["BT", "/F1 10 Tf", "14 TL", "50 760 Td"]
    for i, l in enumerate(lines):
        content.append("(%s) Tj T*" % esc(l))
    content.append("ET")
    stream = "\n".join(content).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ("<< /Title (%s) /Producer (TCCH DocGen 2.1) >>" % esc(title)).encode("latin-1"),
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

def make_png(w, h, bg=(255, 255, 255), bands=()):
    """bands: list of (x0,y0,x1,y1,(r,g,b)) rectangles."""
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            c = bg
            for (x0, y0, x1, y1, col) in bands:
                if x0 <= x < x1 and y0 <= y < y1:
                    c = col
            raw.extend(c)
    def chunk(t, data):
        return struct.pack(">I", len(data)) + t + data + struct.pack(">I", zlib.crc32(t + data) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))

def logo_png():
    return make_png(160, 48, (255, 255, 255),
                    [(0, 0, 160, 6, (34, 85, 68)), (10, 14, 40, 40, (34, 85, 68)),
                     (18, 20, 32, 34, (255, 255, 255)), (50, 18, 150, 24, (90, 90, 90)),
                     (50, 30, 120, 35, (150, 150, 150))])

def scan_png():
    return make_png(170, 220, (246, 246, 242),
                    [(12, 12, 158, 20, (60, 60, 60))] +
                    [(14, 34 + 10 * i, 14 + (90 + (i * 37) % 50), 38 + 10 * i, (120, 120, 120)) for i in range(14)] +
                    [(100, 190, 150, 193, (40, 40, 40))])

def make_ics(summary, start, mins, location, desc, organizer, uid):
    end = start + datetime.timedelta(minutes=mins)
    f = lambda d: d.astimezone(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    return ("BEGIN:VCALENDAR\r\nPRODID:-//Tallow Creek Correctional Health//Scheduler//EN\r\nVERSION:2.0\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:%s\r\nDTSTAMP:%s\r\nDTSTART:%s\r\nDTEND:%s\r\n"
            "SUMMARY:%s\r\nLOCATION:%s\r\nDESCRIPTION:%s\r\nORGANIZER;CN=%s:mailto:%s\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n" % (uid, f(start - datetime.timedelta(days=6)), f(start), f(end),
                                                summary, location, desc.replace("\n", "\\n"),
                                                organizer[0], organizer[1]))

def csv_text(rows):
    b = io.StringIO()
    w = csv.writer(b, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return b.getvalue()

def table(rows, sep="  ", pipes=False):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for j, r in enumerate(rows):
        cells = [str(c).ljust(widths[i]) for i, c in enumerate(r)]
        if pipes:
            out.append("| " + " | ".join(cells) + " |")
            if j == 0:
                out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
        else:
            out.append(sep.join(cells).rstrip())
    return "\n".join(out)

# ---------------------------------------------------------------- message builder
MIME = {
    "csv": ("text", "csv"), "txt": ("text", "plain"), "json": ("application", "json"),
    "xml": ("application", "xml"), "hl7": ("text", "plain"), "edi": ("application", "edi-x12"),
    "ics": ("text", "calendar"), "pdf": ("application", "pdf"), "png": ("image", "png"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
}

def build(m):
    e = EmailMessage()
    e["From"] = m["from"]
    e["To"] = m["to"]
    if m.get("cc"):
        e["Cc"] = m["cc"]
    e["Subject"] = m["subject"]
    d = m["date"]
    e["Date"] = fd(d)
    dom = m["from"].split("@")[-1].rstrip(">").strip()
    e["Message-ID"] = msgid(dom, d)
    if m.get("reply"):
        e["In-Reply-To"] = msgid(m.get("reply_dom", dom), earlier(d))
        e["References"] = e["In-Reply-To"]
    for k, v in m.get("headers", []):
        e[k] = v
    e.set_content(m["body"])
    if m.get("html"):
        e.add_alternative(m["html"] if m["html"] is not True else html_wrap(m["body"]), subtype="html")
        for cid, fn, data in m.get("inline", []):
            e.get_payload()[1].add_related(data, "image", "png", cid="<%s>" % cid, filename=fn,
                                           disposition="inline")
    for fn, data in m.get("atts", []):
        ext = fn.rsplit(".", 1)[-1].lower()
        mt, st = MIME.get(ext, ("application", "octet-stream"))
        if isinstance(data, str):
            if mt == "text":
                e.add_attachment(data, subtype=st, filename=fn)
            else:
                e.add_attachment(data.encode("utf-8"), maintype=mt, subtype=st, filename=fn)
        else:
            e.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return e

REG = []
def reg(label, kind):
    def deco(f):
        REG.append((label, kind, f))
        return f
    return deco

# ================================================================ PHI: care
@reg("phi", "care")
def care1():
    f, l = person("M")
    d = rdate(h0=21, h1=23)
    hu = housing()
    body = ("Can whoever is on at 0400 pull %s %s's morning meds early? He's on the court list, "
            "deputies are pulling him out of %s at 0515 for the 0800 docket in Harlan Springs and he won't be "
            "back until after noon med pass. Just give it with a cup of juice at the door, he knows. "
            "Bag lunch is already ordered through kitchen.\n\nThx" % (f, l, hu))
    body += sig("greene", mobile=True) + "\n"
    return dict(**{"from": addr("greene"), "to": addr("tran"), "cc": addr("bristow"),
                "subject": "early meds %s court AM" % l.lower(), "body": body, "date": d,
                "patient": "%s %s" % (f, l)})

@reg("phi", "care")
def care2():
    f, l = person("M")
    d = rdate(h0=8, h1=15)
    appt = d + datetime.timedelta(days=random.randint(3, 8))
    bk = booking()
    first = ("Sgt. Ruiz,\n\nPlease schedule an off-site transport for %s %s (booking %s) to St. Anselm "
             "Orthopedic Clinic, 2200 Vesper Ave, Suite 310, on %s at 0930. He needs to arrive 15 min early "
             "for check-in. He will need the wheelchair-accessible van and cannot do the leg irons on the "
             "left side, per Dr. Raman - waist chain and right ankle only is fine.\n\n"
             "Please do not tell him the date or time ahead of the trip. Paperwork packet will be at the "
             "medical window by 0830.\n\nThank you,"
             % (f, l, bk, longdate(appt))) + sig("bristow")
    d2 = later(d, 40, 200)
    reply = ("Got it. Wheelchair van is down for tires until the 2nd so I'll put him in the transit van with "
             "the lift. Two deputies, Coyle and Pettit. If the clinic runs long past 1130 let me know who to call, "
             "we have a 1300 pickup at the courthouse.\n\n") + "Sgt. A. Ruiz\nTransport\n" + phone("573")
    body = reply + gm_quote(S["bristow"][0], S["bristow"][1], d, first)
    return {"from": addr("ruiz"), "to": addr("bristow"), "cc": "Medical Scheduling <medsched@%s>" % TC,
            "subject": "RE: Off-site transport request - %s, %s" % (l.upper(), f.upper()),
            "body": body, "date": d2, "reply": True, "reply_dom": TC, "patient": "%s %s" % (f, l)}

@reg("phi", "care")
def care3():
    f, l = person("M")
    mf = random.choice(["Gloria", "Denise", "Yvonne", "Carla"])
    d = rdate(h0=9, h1=17)
    ph = phone("816")
    body = ("Phone msg from the front lobby - %s %s (says she is his mother) called for %s %s, booked in Sat night. "
            "She is asking if he has been getting \"his pills from home\" and says he hasn't called her since "
            "Sunday. She wants to bring his reading glasses and his CPAP mask.\n\n"
            "I told her we can't confirm anything without a release on file and gave her the lobby drop-off "
            "hours for glasses (Tues/Thurs 1-3, medical has to inspect). Did NOT take the mask, told her "
            "to call back after someone from medical talks to him.\n\n"
            "Her cell: %s. She asked for a call back today if possible. Can someone see him at sick call "
            "and have him sign a release if he wants her to have updates?\n\n-Joy"
            % (mf, l, f, l, ph))
    return {"from": addr("ferraro"), "to": "Medical Nursing <nursing@%s>" % TC,
            "subject": "call back - mother of %s" % l, "body": body, "date": d,
            "patient": "%s %s" % (f, l)}

@reg("phi", "care")
def care4():
    f, l = person("F")
    f2, l2 = person("M")
    d = rdate(h0=6, h1=6)
    hu = housing()
    body = ("Night to days handoff\n\n"
            "- %s %s (holding cell 4, booked 2215): still on 15s. Slept on and off. Ate about half of breakfast "
            "tray. Refused 0530 vitals, said to come back later - please recheck before 0900 and chart the "
            "refusal form if she won't. Has not been seen by Dana yet, she's first on the list.\n"
            "- %s %s (%s): came back from St. Anselm at 0140 with discharge papers in the property bag, "
            "NOT in his chart. Papers say follow up with his regular doctor in 1 week and finish the "
            "pills they gave. Pharmacy needs to be called when they open at 0800 so he doesn't miss noon.\n"
            "- Booking had 11 intakes overnight, 2 still pending screening (deputies holding them in pre-book).\n"
            "- Med cart B count correct. Cart A sharps log signed.\n\n"
            "Going home, call my cell if anything is unclear.\nKA" % (f, l, f2, l2, hu))
    return {"from": addr("tran"), "to": addr("bristow"), "cc": addr("whitfield"),
            "subject": "handoff %s" % d.strftime("%m/%d"), "body": body, "date": d,
            "patient": "%s %s; %s %s" % (f, l, f2, l2)}

@reg("phi", "care")
def care5():
    f, l = person("M")
    d = rdate(h0=9, h1=16)
    rel = d + datetime.timedelta(days=random.randint(2, 5))
    bd = dob(1975, 1998)
    body = ("Hi Paula,\n\nWe have a release coming up that I'd like to hand off to you. %s %s, DOB %s, is "
            "expected to release on %s (court ordered, time served). He has been seeing me weekly and Dr. Brandt "
            "by video every 30 days. He's agreed to continue with Riverbend and signed your release form "
            "(attached).\n\n"
            "He'll leave with a 7-day supply and a paper script for 30 days. He's going to be staying with "
            "his aunt on Lindell St. and doesn't have a working phone yet - the aunt's number is on the "
            "release. Could you get him a walk-in or intake slot within that first week? If you can give me "
            "a date/time before Thursday I'll write it on his discharge sheet.\n\n"
            "Thanks as always," % (f, l, dobs(bd), longdate(rel))) + sig("kowalczyk")
    rel_lines = ["AUTHORIZATION FOR RELEASE OF INFORMATION", "",
                 "Tallow Creek Correctional Health - Marrow County Detention Center", "",
                 "Patient name: %s %s          DOB: %s" % (f, l, dobs(bd)),
                 "Booking no.: %s" % booking(), "",
                 "I authorize Tallow Creek Correctional Health to release information about my",
                 "treatment, medications and appointments to:",
                 "   Riverbend Community Behavioral Health, 41 Depot St., Harlan Springs",
                 "Purpose: continuity of care after release.",
                 "This authorization expires 180 days from signature.", "",
                 "Emergency/family contact: aunt, %s" % phone("573"), "",
                 "Signature: [signed]                 Date: %s" % mdy(d),
                 "Witness: D. Kowalczyk, LCSW"]
    return {"from": addr("kowalczyk"), "to": addr("greer"),
            "subject": "Release %s - referral for intake" % md(rel), "body": body, "date": d,
            "atts": [("ROI_%s.pdf" % l, make_pdf(rel_lines, "ROI"))], "patient": "%s %s" % (f, l)}

@reg("phi", "care")
def care6():
    f, l = person("M")
    d = rdate(h0=7, h1=19)
    hu = housing()
    first = ("Medical,\n%s %s in %s is asking AGAIN about his breathing machine his wife dropped off at property "
             "last Friday. Says he hasn't slept in 4 nights. Property has it logged, bin 88. Can someone "
             "tell me what the process is so I can tell him something?\n\nDep. T. Marchetti\n2nd shift, %s"
             % (f, l, hu, hu[0] + " Pod"))
    d2 = later(d, 30, 240)
    body = ("Deputy Marchetti - thanks for flagging. Please have property bring the machine and the mask/tubing "
            "to the medical unit. Nursing has to inspect it and check the cord before it goes to the housing "
            "unit, and he'll need to be moved to a cell with an outlet (classification knows which ones). "
            "I've put him on tomorrow's NP list so she can write the order. He can keep it in the cell at "
            "night, it gets logged out in the morning.\n\n"
            "Marcus" + sig("whitfield", 1) + gm_quote("Tony Marchetti", "tmarchetti@" + SO, d, first))
    return {"from": addr("whitfield"), "to": "Tony Marchetti <tmarchetti@%s>" % SO, "cc": addr("moss"),
            "subject": "Re: inmate %s - machine at property" % l, "body": body, "date": d2,
            "reply": True, "reply_dom": SO, "patient": "%s %s" % (f, l)}

@reg("phi", "care")
def care7():
    f, l = person("M")
    f2, l2 = person("F")
    d = rdate(h0=10, h1=15)
    body = ("Dr. Ochoa,\n\nFor Tuesday's dental line please add:\n\n"
            "%s %s - has turned in 3 slips since the 1st about the same tooth (lower right). Nurse gave him "
            "Tylenol at sick call x2. Wants it pulled, says he's done waiting.\n"
            "%s %s - denture adjustment, upper plate is rubbing. She can't eat the regular tray right now so "
            "she's on soft food until you see her.\n\n"
            "That makes 9 for Tuesday. I told the deputies we'd need the dental room from 0800. "
            "If you can't get through all of them let me know who to roll to next week.\n\n"
            "Joy" % (f, l, f2, l2)) + sig("ferraro", 1)
    return {"from": addr("ferraro"), "to": addr("ochoa"), "subject": "Tues dental list adds",
            "body": body, "date": d, "patient": "%s %s; %s %s" % (f, l, f2, l2)}

@reg("phi", "care")
def care8():
    f, l = person("F")
    d = rdate(h0=9, h1=16)
    hu = housing()
    end = d + datetime.timedelta(days=random.randint(20, 40))
    body = ("Kitchen / Aramark team,\n\n"
            "Diet order update, effective with tonight's dinner tray:\n\n"
            "Name: %s %s\nHousing: %s\nOrder: mechanical soft, double milk at breakfast, extra evening "
            "snack bag\nThrough: %s (NP will review before then)\n\n"
            "Please take her off the regular line. The bottom-bunk pass and extra blanket were also approved "
            "today - deputies have a copy.\n\n"
            "Thank you," % (f, l, hu, mdy(end))) + sig("castellano") + "\n\n" + DISC[2] + "\n"
    return {"from": addr("castellano"), "to": "MCDC Food Service <foodservice@%s>" % SO,
            "cc": addr("bristow"), "subject": "Diet order - %s %s %s" % (f, l, hu), "body": body,
            "html": True, "date": d, "patient": "%s %s" % (f, l)}

# ================================================================ PHI: ids
@reg("phi", "ids")
def ids1():
    d = rdate(h0=9, h1=16)
    bk = booking()
    bd = dob(1980, 2001)
    hv = d - datetime.timedelta(days=random.randint(20, 50))
    body = ("Good afternoon,\n\nOur office represents the individual held under booking no. %s (DOB %s) in "
            "State v. [sealed], Case No. 24CR-%s. Attached is a signed authorization. We are requesting copies "
            "of his intake screening, sick call requests and responses, and all records relating to the off-site "
            "visit on %s, including any discharge paperwork returned from the hospital.\n\n"
            "We have a hearing on the 22nd, so anything you can provide before then would be appreciated. "
            "Electronic copies to this address are fine.\n\n"
            "Thank you,\n\nRita Vance\nParalegal | Office of the Public Defender, 19th Circuit\n"
            "Direct %s | Fax %s\n\n%s\n"
            % (bk, dobs(bd, 1), digits(5), md(hv), phone("573"), phone("573"), DISC[3]))
    return {"from": addr("vance"), "to": "Medical Records <medrecords@%s>" % TC,
            "cc": addr("acheampong"), "subject": "Records request - Booking %s" % bk, "body": body,
            "date": d, "atts": [("auth_%s.png" % bk.replace("-", ""), scan_png())], "patient": ""}

@reg("phi", "ids")
def ids2():
    d = rdate(h0=8, h1=16)
    acct = digits(10)
    dos = d - datetime.timedelta(days=random.randint(30, 70))
    so = str(random.randint(110000, 229999))
    bd = dob(1970, 1995)
    body = ("Ms. Lamb,\n\nFollowing up on our statement dated %s. The balance below remains open and is now past "
            "60 days. Per the county agreement, inmate emergency services are billed to the Sheriff's Office at "
            "the contracted rate.\n\n"
            "  Guarantor:      Marrow County Sheriff's Office\n"
            "  Account #:      %s\n"
            "  Patient DOB:    %s\n"
            "  SO/Booking ref: %s\n"
            "  Date of svc:    %s  (Emergency Dept, level 4; imaging)\n"
            "  Billed:         $4,612.00\n"
            "  Contract adj:   -$1,983.16\n"
            "  Balance due:    $2,628.84\n\n"
            "If this was already paid please send check number and date. If the county believes the patient "
            "had outside coverage at the time of service, please let us know so we can rebill.\n\n"
            "Regards,\nDeShawn Pike\nPatient Financial Services, Government Accounts\n"
            "St. Anselm Regional Medical Center\n%s\n" % (mdy(dos + datetime.timedelta(days=12)), acct,
                                                         dobs(bd), so, mdy(dos), phone("636")))
    return {"from": "DeShawn Pike <dpike@%s>" % HOSP, "to": addr("lamb"), "cc": addr("okafor"),
            "subject": "Past due - acct %s" % acct, "body": body, "date": d, "patient": ""}

@reg("phi", "ids")
def ids3():
    d = rdate(h0=8, h1=16)
    mcd = digits(10)
    p = pin()
    rel = d - datetime.timedelta(days=random.randint(2, 6))
    body = ("Hi Neil,\n\nCan you look at why the community fill was rejected? Medicaid ID %s, our inmate PIN %s, "
            "released %s. His Medicaid was suspended during incarceration and the county sent the "
            "release notice to the state the same day, but the pharmacy is still getting a \"coverage "
            "terminated\" reject on the 30-day supply.\n\n"
            "He's at the Walgreens on Route 9 right now. Is there anything Bluejay can do as a bridge "
            "(7 days) until it's reinstated? We'd rather eat the cost than have him go without.\n\n"
            "Thanks,\nRenee" % (mcd, p, md(rel))) + sig("okafor")
    d2 = later(d, 15, 90)
    body2 = ("Renee - I can push a 7 day bridge from our retail partner, same store, billed to your facility "
             "account. Approval # BR-%s. He should be able to pick up in about an hour. You'll need to send "
             "the reinstatement confirmation when you get it so we can reverse.\n\nNeil" % digits(6)
             + sig("osterhout") + gm_quote(S["okafor"][0], S["okafor"][1], d, body))
    return {"from": addr("osterhout"), "to": addr("okafor"), "subject": "Re: rejected fill - PIN %s" % p,
            "body": body2, "date": d2, "reply": True, "reply_dom": TC, "patient": ""}

@reg("phi", "ids")
def ids4():
    d = rdate(h0=6, h1=12)
    rx = digits(7)
    pid = mrn()
    b1 = dob(1960, 1990)
    b2 = b1 + datetime.timedelta(days=10)
    body = ("*** Bluejay Institutional Pharmacy - Order Exception ***\n\n"
            "Facility: MARROW CO DETENTION CTR (Acct 40-2217)\n"
            "Exception type: DEMOGRAPHIC MISMATCH - ORDER HELD\n\n"
            "Rx #:          %s\n"
            "Patient ID:    %s\n"
            "DOB on order:  %s\n"
            "DOB on file:   %s\n"
            "Item:          levetiracetam 500 mg tab, 60 ct blister card\n"
            "Prescriber:    L. Castellano, FNP-C\n\n"
            "This order will not ship in tonight's tote until the discrepancy is resolved. Reply to this "
            "message or call the pharmacist on duty at 1-800-%s-%s.\n\n"
            "Do not reply with additional patient information beyond what is needed to resolve this exception.\n"
            % (rx, pid, dobs(b2), dobs(b1), digits(3), digits(4)))
    return {"from": "Bluejay Order Exceptions <exceptions@%s>" % RX, "to": "Medical Nursing <nursing@%s>" % TC,
            "subject": "ORDER HELD - Rx %s - DOB mismatch" % rx, "body": body, "date": d,
            "headers": [("Auto-Submitted", "auto-generated")], "patient": ""}

@reg("phi", "ids")
def ids5():
    d = rdate(h0=8, h1=15)
    inm = "A24-%04d" % random.randint(1000, 9999)
    first = ("Medical -\n\nDOC is picking up inmate %s Wednesday AM. Need medical clearance and transfer summary "
             "before 0700 or they won't take him. Is he good to go?\n\nCapt. Beale" % inm)
    d2 = later(d, 60, 300)
    body = ("Captain,\n\n%s is cleared for transport. He's on the chronic care list and is on 3 daily meds "
            "plus an inhaler; we'll send a 14-day supply sealed in the envelope with the transfer summary and "
            "his last lab results. His TB read was negative on the 8th. Please make sure the DOC officers "
            "keep the envelope with him and not in the property bin.\n\n"
            "He'll need his inhaler on his person for the ride.\n\nRenee" % inm) + sig("okafor") + \
        ol_quote(S["beale"][0] + " <" + S["beale"][1] + ">", d, "Medical Nursing", "DOC transfer %s" % inm, first)
    return {"from": addr("okafor"), "to": addr("beale"), "cc": addr("hargrove"),
            "subject": "RE: DOC transfer %s" % inm, "body": body, "date": d2, "reply": True,
            "reply_dom": SO, "patient": ""}

@reg("phi", "ids")
def ids6():
    d = rdate(h0=9, h1=16)
    clm = "24-%03d-%05d" % (random.randint(100, 200), random.randint(100, 99999))
    so = str(random.randint(110000, 229999))
    dos = d - datetime.timedelta(days=random.randint(20, 60))
    body = ("Claim Status Notification - CorrClaims Administrators\n\n"
            "Client: Marrow County Sheriff's Office / Tallow Creek Correctional Health\n"
            "Claim number:      %s\n"
            "Member (SO#):      %s\n"
            "Date(s) of service: %s\n"
            "Provider:          Harlan Springs Imaging Associates\n"
            "Status:            DENIED - CO-197 Precertification/authorization absent\n\n"
            "Action needed: please supply the off-site authorization number issued by the facility "
            "medical director for this date of service, or confirm the service was emergent. If no response "
            "is received in 30 days the claim will be closed and the provider may bill the facility directly.\n\n"
            "Portal: https://portal.%s/claims/%s\n\n"
            "This notice was generated automatically. Questions: claimsupport@%s\n"
            % (clm, so, mdy(dos), TPA, clm, TPA))
    d2 = later(d, 30, 400)
    body2 = ("Shawna - do we have an auth # for this one? I think this was the MRI Dr. Raman approved by phone "
             "on a weekend. Check the off-site log for that week.\n\nG" + fwd_block(
                 "CorrClaims Notifications <noreply@%s>" % TPA, d, "okafor@" + TC,
                 "Claim %s - action required" % clm, body))
    return {"from": addr("lindqvist"), "to": addr("pruitt"), "cc": addr("okafor"),
            "subject": "Fwd: Claim %s - action required" % clm, "body": body2, "date": d2, "patient": ""}

@reg("phi", "ids")
def ids7():
    d = rdate(h0=8, h1=16)
    cn = "2024-MH-%05d" % random.randint(100, 999)
    bd = dob(1988, 2002)
    hd = d + datetime.timedelta(days=random.randint(3, 7))
    body = ("Dana,\n\nThe probate court set the hearing on the petition in %s (respondent J.T., DOB %s) for "
            "%s at 1:30 in Courtroom 2B. The court will allow the treating clinician to appear by video. "
            "The county counselor's office needs your availability and a copy of the 72-hour evaluation you "
            "completed on the 3rd.\n\n"
            "Please also confirm whether the respondent is still on the observation level noted in the "
            "petition, since that affects whether he appears in person or from the facility.\n\n"
            "Thanks,\nMelanie Ortiz\nDeputy Court Clerk - Probate Division\nMarrow County Circuit Court\n%s\n"
            % (cn, dobs(bd, 1), longdate(hd), phone("573")))
    return {"from": "Melanie Ortiz <mortiz@courts.%s>" % CTY, "to": addr("kowalczyk"),
            "cc": "County Counselor <counselor@%s>" % CTY, "subject": "%s - hearing set" % cn,
            "body": body, "date": d, "patient": ""}

@reg("phi", "ids")
def ids8():
    d = rdate(h0=9, h1=16)
    last4 = digits(4)
    bd = dob(1960, 1972)
    inm = pin()
    body = ("Dr. Raman,\n\nSorry to bug you again on the SSI pre-release application. SSA field office called "
            "me back - they need the medical source statement signed by a physician, not the NP. Claimant "
            "info they have on file:\n\n"
            "  inmate # %s\n  SSN (last 4) xxx-xx-%s\n  DOB %s\n  projected release: 60-90 days\n\n"
            "It's the same form I left in your box on Monday, the one with the functional questions (sitting, "
            "standing, lifting). Chart is flagged. They want it back by Friday or the application goes to the "
            "back of the line.\n\n"
            "Thank you!!\nDana" % (inm, last4, dobs(bd, 1))) + sig("kowalczyk", 1)
    return {"from": addr("kowalczyk"), "to": addr("raman"), "subject": "SSA form - need MD signature",
            "body": body, "date": d, "patient": ""}

# ================================================================ PHI: lang
@reg("phi", "lang")
def lang1():
    d = rdate(h0=12, h1=22)
    bd = dob(1996, 2001)
    ph = phone("816")
    body = ("Buenas tardes,\n\n"
            "Mi nombre es Rosa Ortega y les escribo por mi hijo Jesús Ramírez Ortega, fecha de nacimiento %s. "
            "Lo arrestaron el lunes en la noche y está en la cárcel del condado.\n\n"
            "Él es diabético desde los 12 años y se pone insulina cuatro veces al día. Tengo mucho miedo porque "
            "cuando habló conmigo por teléfono me dijo que solo le han checado el azúcar una vez y que se siente "
            "mareado y con mucha sed. ¿Le están dando su insulina? Yo puedo llevar su medidor y sus plumas si "
            "las necesitan. También toma una pastilla para la presión en la mañana.\n\n"
            "Por favor que alguien me llame al %s. No hablo mucho inglés, si me pueden contestar en español "
            "se los agradezco mucho.\n\nQue Dios los bendiga,\nRosa Ortega\n" % (bd.strftime("%d/%m/%Y"), ph))
    return {"from": "Rosa Ortega <rosaortega77@pinemail.net>", "to": "Medical Unit <medical@%s>" % TC,
            "subject": "mi hijo Jesús Ramírez - insulina", "body": body, "date": d,
            "patient": "Jesús Ramírez Ortega"}

@reg("phi", "lang")
def lang2():
    d = rdate(h0=14, h1=21)
    hu = "F-1" + "%02d" % random.randint(1, 20)
    slip = ("SOLICITUD DE SERVICIO MEDICO\nNombre: Marisela Guzmán Ibarra   Celda: %s\n"
            "Tengo un dolor muy fuerte en el oído derecho desde hace 4 días, ya casi no oigo y anoche me salió "
            "como agua con sangre. No puedo dormir. También necesito mis lentes que quedaron en mi propiedad. "
            "Por favor ayúdenme. Gracias." % hu)
    body = ("Mari,\n\nLa señora Guzmán de la unidad F entregó esta solicitud hoy en la tarde, te la copio abajo "
            "tal cual. Ya le tomé signos: temp 38.1, presión 128/82, pulso 96. Tiene el oído rojo e hinchado por "
            "fuera. Le di Tylenol 650 según el protocolo y la puse en la lista de la NP para mañana temprano.\n\n"
            "¿La puedes ver tú primero en sick call para que no tenga que esperar al intérprete por teléfono? "
            "Ella no habla nada de inglés. Lo de los lentes ya lo pedí a propiedad.\n\n"
            "Gracias,\nMiguel\n\n-----\n%s\n" % slip)
    return {"from": addr("soto"), "to": addr("reyes"), "subject": "solicitud - Guzmán F pod",
            "body": body, "date": d, "patient": "Marisela Guzmán Ibarra"}

@reg("phi", "lang")
def lang3():
    d = rdate(h0=7, h1=21)
    bd = dob(1966, 1974)
    ph = phone("816")
    body = ("Kính gửi bộ phận y tế,\n\n"
            "Tôi là Trần Thị Hoa, vợ của anh Nguyễn Văn Thành (ngày sinh %s), hiện đang bị tạm giam tại nhà "
            "tù quận Marrow từ thứ Bảy tuần trước.\n\n"
            "Chồng tôi bị cao huyết áp và tiểu đường, mỗi ngày uống thuốc amlodipine 10mg và metformin 500mg "
            "hai lần. Khi bị bắt anh ấy không mang theo thuốc. Hôm qua anh ấy gọi điện về nói bị nhức đầu và "
            "chóng mặt. Xin quý vị kiểm tra huyết áp cho anh ấy và cho anh ấy uống thuốc đều đặn.\n\n"
            "Tôi có thể mang thuốc vào được không? Bác sĩ gia đình của anh ấy là BS. Lê Minh Tuấn, phòng khám "
            "Saigon Family Clinic, số điện thoại %s.\n\n"
            "Số điện thoại của tôi là %s. Tôi nói tiếng Anh không giỏi, xin gọi lại bằng tiếng Việt nếu có "
            "thể.\n\nXin chân thành cảm ơn,\nHoa\n" % (bd.strftime("%d/%m/%Y"), phone("816"), ph))
    return {"from": "Hoa Tran <hoatran.kc@lakeshoremail.com>", "to": "Medical Unit <medical@%s>" % TC,
            "subject": "Xin giúp đỡ - thuốc cho chồng tôi Nguyễn Văn Thành", "body": body, "date": d,
            "patient": "Nguyễn Văn Thành"}

@reg("phi", "lang")
def lang4():
    d = rdate(h0=8, h1=22)
    ph = phone("816")
    body = ("Bonjou,\n\n"
            "Mwen rele Nadège Baptiste, mwen se sè Wilner Baptiste ki nan prizon konte a depi vandredi pase a. "
            "Frè m nan gen maladi kriz (epilepsi) e li pran medikaman chak jou, Keppra 500 mg de fwa pa jou. "
            "Li pa t gen medikaman l sou li lè yo te arete l.\n\n"
            "Mwen pè anpil paske si li pa pran l li ka fè kriz, sa te deja rive l ane pase. Èske nou ka di m si "
            "l ap resevwa medikaman l? Mwen ka pote bwat medikaman an ak papye doktè a si sa nesesè. Doktè li "
            "se Dr. Étienne nan klinik Northside.\n\n"
            "Nimewo telefòn mwen se %s. Si nou ka rele m aprè 5è, paske m ap travay.\n\n"
            "Mèsi anpil, Bondye beni nou.\nNadège\n\nVoye depi telefòn mwen\n" % ph)
    return {"from": "Nadege B <nadegeb509@quickpost.net>", "to": "Medical Unit <medical@%s>" % TC,
            "subject": "Frè m Wilner Baptiste - medikaman", "body": body, "date": d,
            "patient": "Wilner Baptiste"}

@reg("phi", "lang")
def lang5():
    d = rdate(h0=6, h1=6)
    body = ("Mel,\n\n"
            "Pakitingnan mo agad si Bobby Gentry sa detox cell 2 pagpasok mo. Kagabi tumaas ang CIWA niya, 14 "
            "nung 0200, kaya binigyan ko na ng chlordiazepoxide per protocol. Nanginginig pa rin kanina at pawis "
            "na pawis, 0500 CIWA ay 11. Pinainom ko ng Gatorade pero halos ayaw niya, dalawang lagok lang.\n\n"
            "Paki-recheck ang vitals q2h at i-chart mo sa flowsheet, nasa clipboard sa pinto. Kung umabot ng 20 "
            "o nagha-hallucinate na, tawagan mo agad si Dr. Raman, huwag ka nang maghintay ng rounds. Na-inform ko "
            "na rin si deputy sa booking na bantayan siya.\n\n"
            "Salamat, ingat ka sa shift. Uuwi na ako, antok na antok na 'ko haha\n\nWeng\n")
    return {"from": addr("dizon"), "to": "Carmelita Santos <csantos@%s>" % TC,
            "subject": "detox cell 2 - Gentry", "body": body, "date": d, "patient": "Bobby Gentry"}

@reg("phi", "lang")
def lang6():
    d = rdate(h0=9, h1=21)
    ph = phone("636")
    body = ("Здравствуйте!\n\n"
            "Меня зовут Ольга Лебедева. Пишу вам по поводу моего отца, Лебедева Виктора Павловича, "
            "дата рождения 12.09.1954. С прошлой среды он находится в окружной тюрьме.\n\n"
            "Отцу 69 лет, у него больное сердце (мерцательная аритмия), он принимает варфарин и метопролол, "
            "и ему нужно регулярно сдавать кровь на МНО. Когда его задержали, лекарств при нём не было. "
            "Кроме того, дома остались его очки, без них он почти ничего не видит и боится упасть.\n\n"
            "Подскажите, пожалуйста, получает ли он лекарства и можно ли передать ему очки? Я готова привезти "
            "выписку от его кардиолога (д-р Хендерсон, Harlan Heart Center).\n\n"
            "Мой телефон: %s.\n\nСпасибо заранее.\nС уважением,\nОльга Лебедева\n" % ph)
    return {"from": "Olga Lebedeva <o.lebedeva@pinemail.net>", "to": "Medical Unit <medical@%s>" % TC,
            "cc": "Jail Inquiries <inquiries@%s>" % SO,
            "subject": "Лебедев Виктор - лекарства и очки", "body": body, "date": d,
            "patient": "Виктор Павлович Лебедев"}

@reg("phi", "lang")
def lang7():
    d = BASE + datetime.timedelta(days=random.randint(9, 30))
    d = d.replace(hour=random.randint(18, 23), minute=random.randint(0, 59))
    bk = booking()
    ph = phone("816")
    body = ("السلام عليكم،\n\n"
            "اسمي خالد منصور، وأنا أخو سامي منصور المحتجز في سجن المقاطعة منذ يوم الأحد، رقم الحجز %s.\n\n"
            "أخي مريض بالسكري ويأخذ الإنسولين مرتين في اليوم. نحن الآن في شهر رمضان وهو صائم، ويحتاج أن "
            "يتناول وجبة السحور قبل الفجر ووجبة الإفطار بعد المغرب، ولذلك يجب تعديل موعد جرعة الإنسولين. "
            "في السنة الماضية انخفض السكر عنده وهو صائم وأُغمي عليه.\n\n"
            "أرجو أن تتأكدوا أنه يحصل على الطعام في الوقت المناسب وأن تقيسوا السكر عنده. هو لا يتكلم "
            "الإنجليزية جيداً.\n\n"
            "رقم هاتفي: %s\n\n"
            "شكراً جزيلاً لكم،\nخالد منصور\n" % (bk, ph))
    return {"from": "Khaled Mansour <kmansour.family@lakeshoremail.com>",
            "to": "Medical Unit <medical@%s>" % TC, "subject": "أخي سامي منصور - رمضان والإنسولين",
            "body": body, "date": d, "patient": "Sami Mansour"}

@reg("phi", "lang")
def lang8():
    d = rdate(h0=7, h1=12)
    ph = phone("636")
    first = ("Boa tarde,\n\nMeu nome é Luciana Ferreira, sou esposa de Rogério Ferreira da Silva, que está preso "
             "na cadeia do condado desde março.\n\n"
             "Fiquei sabendo por outro detento que ele foi levado para o hospital ontem à noite com dor no peito. "
             "Ninguém me ligou!! Ele está bem? Ainda está no hospital St. Anselm? Posso visitá-lo?\n\n"
             "Ele tem pressão alta e toma losartana de 50 mg, e o pai dele morreu do coração com 52 anos. Por "
             "favor, me respondam, estou muito preocupada.\n\nMeu telefone é %s.\n\nObrigada,\nLuciana" % ph)
    d0 = earlier(d, 600, 900)
    body = ("Renee - fwd from the general inbox, it's his wife (Portuguese). She's asking if he's ok, if he's "
            "still at St. Anselm and if she can visit. She also called the lobby twice this morning. He came back "
            "at 0300, he's in medical obs. No ROI for her in the chart - want me to ask him to sign one today? "
            "I can call her back in Portuguese after.\n\n"
            "Marisol" + fwd_block("Luciana Ferreira <lu.ferreira82@quickpost.net>", d0,
                                  "medical@" + TC, "Meu marido Rogério - hospital", first))
    return {"from": addr("reyes"), "to": addr("okafor"),
            "subject": "Fwd: Meu marido Rogério - hospital", "body": body, "date": d,
            "patient": "Rogério Ferreira da Silva"}

# ================================================================ PHI: lists
def people(n, sex=None):
    return [person(sex) for _ in range(n)]

def pnames(ps, fmt="{f} {l}"):
    return "; ".join(fmt.format(f=f, l=l) for f, l in ps)

@reg("phi", "lists")
def lists1():
    d = rdate(h0=14, h1=14)
    ps = people(6)
    rows = [["NAME", "BOOKING", "CELL", "SCALE", "LAST", "TIME", "NEXT", "NOTE"]]
    notes = ["tremor, sweats", "vomiting x2, fluids encouraged", "refused 1200 check", "ok, eating",
             "bup induction day 2", "BP 162/98 recheck"]
    for i, (f, l) in enumerate(ps):
        sc = random.choice(["CIWA", "COWS"])
        rows.append(["%s, %s" % (l.upper(), f.upper()), booking(), "DX-%d" % (i + 1) if i < 4 else housing(), sc,
                     str(random.randint(3, 17)), "%02d%02d" % (random.randint(11, 13), random.choice([0, 15, 30, 45])),
                     random.choice(["q2h", "q4h", "q1h"]), notes[i]])
    body = ("Detox board as of 1400. Please keep this updated at each check, not just at end of shift. "
            "Two new from this morning's intake (bottom two).\n\n" + table(rows) +
            "\n\nReminder: anything CIWA >15 or COWS >12 gets a call to the provider, and don't clear anyone "
            "off watch without the NP signing.\n\nAlana") + sig("bristow", 1)
    return {"from": addr("bristow"), "to": "Medical Nursing <nursing@%s>" % TC, "cc": addr("castellano"),
            "subject": "detox board 1400", "body": body, "date": d, "patient": pnames(ps)}

@reg("phi", "lists")
def lists2():
    d = rdate(h0=5, h1=7)
    ps = people(7)
    reasons = ["tooth pain 3 days", "rash on arms/groin, itching", "wants glasses from property",
               "pain L wrist after fall in dayroom", "out of inhaler", "burning w/ urination", "headaches, asks for BP check"]
    pri = ["R", "R", "R", "U", "U", "R", "R"]
    lines = []
    for (f, l), r, p in zip(ps, reasons, pri):
        lines.append("%s, %s - %s - %s - %s %s" % (l, f, dobs(dob(), 4), housing(), r, "(URGENT)" if p == "U" else ""))
    body = ("Sick call slips pulled from the boxes at 0430, triaged:\n\n" + "\n".join(x.rstrip() for x in lines) +
            "\n\n2 urgents seen already by me, rest for NP line at 0900. 4 more slips were commissary/grievance, "
            "sent back to deputies.\n\nMiguel") + sig("soto", mobile=True)
    return {"from": addr("soto"), "to": addr("castellano"), "cc": addr("bristow"),
            "subject": "sick call %s" % md(d), "body": body, "date": d, "patient": pnames(ps)}

@reg("phi", "lists")
def lists3():
    d = rdate(h0=9, h1=15)
    ps = people(8)
    specs = ["Ortho", "Cardiology", "Ophthalmology", "OB/GYN", "GI - scope", "Oral surgery", "Nephrology - dialysis", "Imaging - CT"]
    places = ["St. Anselm Ortho Clinic", "Harlan Heart Center", "Vista Eye Associates", "St. Anselm Women's Clinic",
              "St. Anselm Endoscopy", "Marrow Oral & Facial Surgery", "Riverside Dialysis", "Harlan Springs Imaging"]
    rows = [["Last", "First", "Booking", "Housing", "Appt date", "Time", "Service", "Location", "Transport notes"]]
    for i, (f, l) in enumerate(ps):
        ad = d + datetime.timedelta(days=random.randint(2, 25))
        tn = random.choice(["", "wheelchair van", "no waist chain - abdominal", "NPO after midnight", "female deputy required",
                            "standing order MWF", "bring CD of prior imaging", ""])
        if i == 3:
            tn = "female deputy required; no restraints per policy"
        if i == 6:
            tn = "standing order MWF"
        rows.append([l, f, booking(), housing(), mdy(ad), "%02d:%02d" % (random.randint(7, 14), random.choice([0, 15, 30, 45])),
                     specs[i], places[i], tn])
    body = ("Sgt. Ruiz,\n\nAttached is the off-site schedule for the next few weeks (%d runs). The dialysis run is "
            "the standing 3x/week one, no change. Please note the OB appointment - restraint policy applies.\n\n"
            "Usual reminder: the spreadsheet stays with transport supervisors only, please don't post it in "
            "the briefing room.\n\nThanks,\nJoy" % (len(ps))) + sig("ferraro")
    return {"from": addr("ferraro"), "to": addr("ruiz"), "cc": addr("hargrove"),
            "subject": "offsite schedule - next 3 wks", "body": body, "date": d,
            "atts": [("offsite_schedule_%s.csv" % d.strftime("%Y%m%d"), csv_text(rows))], "patient": pnames(ps)}

@reg("phi", "lists")
def lists4():
    d = rdate(h0=9, h1=16)
    ps = people(12)
    conds = ["HTN", "DM2", "Asthma", "Seizure d/o", "HIV", "Hep C", "HTN/DM2", "COPD", "Opioid use d/o - MOUD",
             "CHF", "Hypothyroid", "Bipolar d/o"]
    rows = [["Name", "DOB", "Booking #", "Housing", "Chronic condition", "Last CCC visit", "Due", "Labs due"]]
    for (f, l), c in zip(ps, conds):
        last = d - datetime.timedelta(days=random.randint(20, 100))
        rows.append(["%s, %s" % (l, f), dobs(dob()), booking(), housing(), c, mdy(last),
                     mdy(last + datetime.timedelta(days=90)), random.choice(["CMP, A1c", "CBC", "viral load", "none", "lipids", "TSH", "level"])])
    body = ("Lauren / Dr. Raman -\n\nHere's the chronic care clinic roster for next month, pulled from the "
            "EHR report and cleaned up. 12 due, several are overdue because of the lockdown in %s. I "
            "highlighted the ones needing labs before the visit. Let me know which days you want and I'll "
            "build the lines.\n\nShawna" % BASE.strftime("%B")) + sig("pruitt")
    return {"from": addr("pruitt"), "to": "%s, %s" % (addr("castellano"), addr("raman")),
            "subject": "CCC roster", "body": body, "date": d,
            "atts": [("CCC_roster_%s.xlsx" % d.strftime("%b%Y"), make_xlsx(rows, "Due list"))], "patient": pnames(ps)}

@reg("phi", "lists")
def lists5():
    d = rdate(h0=7, h1=7)
    ps = people(5)
    lvls = ["Suicide watch - constant", "Suicide watch - 15 min", "MH obs - 15 min", "MH obs - 30 min", "Step-down - 30 min"]
    items = ["smock/blanket only, finger foods", "smock, no utensils", "regular clothing, no laces",
             "regular, ok for rec", "cleared for GP pending psych f/u"]
    hdr = "Name\tBooking\tCell\tLevel\tProperty/restrictions\tReviewed by"
    lines = [hdr]
    for (f, l), lv, it in zip(ps, lvls, items):
        lines.append("%s %s\t%s\t%s\t%s\t%s\tDK %s" % (f, l, booking(), random.choice(["MO-1", "MO-2", "MO-3", "H-104", "H-112"]),
                                                   lv, it, md(d)))
    body = ("Lt. Hargrove,\n\nMH watch list as of 0700, pasted from my tracker:\n\n" + "\n".join(lines) +
            "\n\nChanges since yesterday: %s %s stepped down from constant to 15 min. %s %s can go back to "
            "general population after her psych follow up tomorrow. Please make sure posts have this before "
            "shift change.\n\nDana" % (ps[1][0], ps[1][1], ps[4][0], ps[4][1])) + sig("kowalczyk")
    return {"from": addr("kowalczyk"), "to": addr("hargrove"), "cc": "Shift Sergeants <shiftsgts@%s>" % SO,
            "subject": "watch list 0700", "body": body, "date": d, "patient": pnames(ps)}

@reg("phi", "lists")
def lists6():
    d = rdate(h0=9, h1=16)
    ps = people(6)
    plant = d - datetime.timedelta(days=random.randint(4, 6))
    first_lines = []
    for f, l in ps:
        first_lines.append("- %s, %s (%s) planted %s - %s" % (l, f, booking(), md(plant - datetime.timedelta(days=random.randint(0, 2))),
                                                           random.choice(["not read", "not read", "released before read", "refused read"])))
    first = ("Marcus,\n\nAudit of intake PPDs for last week. These are the ones without a read documented in "
             "the 48-72 hr window:\n\n" + "\n".join(first_lines) +
             "\n\nTwo of these were placed by agency staff on nights. We'll need to re-plant the ones still "
             "in custody and do a symptom screen.\n\nThanks,\nShawna")
    d2 = later(d, 120, 900)
    body = ("Ok. I'll take care of the re-plants on Monday and talk to Northpoint about their orientation. "
            "Renee FYI for the QI meeting.\n\nM" + sig("whitfield", 1) +
            gm_quote(S["pruitt"][0], S["pruitt"][1], d, first))
    return {"from": addr("whitfield"), "to": addr("pruitt"), "cc": addr("okafor"),
            "subject": "Re: TB reads missing - intake wk of %s" % md(plant), "body": body, "date": d2,
            "reply": True, "patient": pnames(ps)}

@reg("phi", "lists")
def lists7():
    d = rdate(h0=8, h1=10)
    ps = people(7)
    rows = [["BOOKING", "NAME", "HOUSING", "EXP RELEASE", "TYPE"]]
    types = ["TIME SERVED", "BOND", "BOND", "TRANSFER-DOC", "BOND", "COURT ORDER", "BOND"]
    for (f, l), ty in zip(ps, types):
        rows.append([booking(), "%s, %s" % (l.upper(), f.upper()), housing(),
                     mdy(d + datetime.timedelta(days=random.randint(0, 3))), ty])
    first = ("Projected releases for the next 72 hrs. Subject to change per court.\n\n" + table(rows, sep="   ") +
             "\n\nMCSO Records Unit")
    d2 = later(d, 30, 200)
    notes = [
        "%s - 7 day supply + paper script ready in the med room, KOP." % ps[0][1],
        "%s - on buprenorphine. Needs the bridge appt at Riverbend, Dana is setting up. Do NOT release after hours "
        "without calling medical, we need to dose him first." % ps[2][1],
        "%s - transfer summary and sealed meds go with DOC." % ps[3][1],
        "%s - insulin pen + glucometer from property, plus 2 pen needles boxes." % ps[5][1],
    ]
    body = ("Records / Booking,\n\nMedical notes on today's list - please call the med window (x2210) before these "
            "walk out:\n\n" + "\n".join("  * " + n for n in notes) +
            "\n\nThe others have no meds to send.\n\nAlana") + sig("bristow") + \
        ol_quote("MCSO Records <jailrecords@%s>" % SO, d, "Medical Unit; Booking", "72 hr release list", first)
    return {"from": addr("bristow"), "to": "MCSO Records <jailrecords@%s>" % SO, "cc": addr("coyle"),
            "subject": "RE: 72 hr release list", "body": body, "date": d2, "reply": True, "reply_dom": SO,
            "patient": "; ".join("%s %s" % ps[i] for i in (0, 2, 3, 5))}

# ================================================================ PHI: names
@reg("phi", "names")
def names1():
    f, l = person("M")
    d = rdate(h0=12, h1=15)
    first = ("Mr. %s refused his evening insulin again last night and only ate the bread off his tray. "
             "Sugar at HS was 312. He keeps saying the nurses are poisoning him. That's 3 nights in a row.\n\n"
             "Tasha" % l)
    d0 = earlier(d, 200, 700)
    mid = ("Thanks Tasha. Lauren, can you see him today? I'd also like Dana to take a look - this is new for "
           "him, he was fine in March.\n\nMarcus")
    d1 = earlier(d, 30, 150)
    body = ("Saw him at 1030. He's more paranoid than last visit but oriented, no fever. I did a fingerstick "
            "(288) and he took the insulin from me without a fight after we talked. Switching him to a "
            "supervised pass at the med window instead of at the door so he can watch it being drawn up. "
            "Labs ordered for tomorrow AM. Dana is seeing him this afternoon.\n\nLauren"
            + gm_quote(S["whitfield"][0], S["whitfield"][1], d1, mid + gm_quote(S["greene"][0], S["greene"][1], d0, first)))
    return {"from": addr("castellano"), "to": "%s, %s" % (addr("whitfield"), addr("greene")), "cc": addr("kowalczyk"),
            "subject": "Re: evening insulin refusals", "body": body, "date": d, "reply": True,
            "patient": "%s %s" % (f, l)}

@reg("phi", "names")
def names2():
    f, l = person("M")
    d = rdate(h0=13, h1=17)
    body = ("Still no meds taken since Sunday - he's flushing them, deputy found the cup. Can psych see him today "
            "instead of Friday? He's talking to himself in the cell and wasn't eating lunch either. "
            "I'm putting him on 30 min checks til someone sees him.\n\nT")
    return {"from": addr("greene"), "to": "%s, %s" % (addr("kowalczyk"), addr("brandt")),
            "subject": "%s, %s" % (l, f), "body": body, "date": d, "patient": "%s %s" % (f, l)}

@reg("phi", "names")
def names3():
    f, l = person("M")
    d = rdate(h0=20, h1=22)
    hu = "D-1%02d" % random.randint(1, 20)
    body = ("Medical,\n\n\"Pops\" in D pod (%s %s, %s) slipped in the shower around 1945. He got himself up but "
            "he's limping bad on the right side and has a cut over his eye that's still bleeding some. "
            "Nurse Soto came and looked at him and put steri strips on it. He's 74 and moves slow to begin "
            "with. Sgt. wants to know if he needs to go out tonight or if you'll see him in the AM. Moved him to "
            "a lower bunk for now.\n\nDep. R. Haskell\nD Pod 2nd Shift\n\n%s\n" % (f, l, hu, DISC[1]))
    return {"from": "Ryan Haskell <rhaskell@%s>" % SO, "to": "Medical Nursing <nursing@%s>" % TC,
            "cc": "Shift Sergeants <shiftsgts@%s>" % SO, "subject": "fall in D pod shower",
            "body": body, "date": d, "patient": "%s %s" % (f, l)}

@reg("phi", "names")
def names4():
    f, l = person("F")
    d = rdate(h0=7, h1=10)
    d0 = earlier(d, 120, 700)
    first = ("Renee,\n\nFYI %s, %s was admitted to St. Anselm last night through the ED - they're keeping her at least "
             "2 nights on the step-down unit. Hospital guard post is staffed by 2 deputies per shift. Case management "
             "(Linda) wants a call re: what meds she was getting here and when her last doses were.\n\n"
             "KA" % (l, f))
    body = ("Linda,\n\nPer my voicemail, here's what you asked for on %s %s. She was getting her morning meds at "
            "0600 here yesterday, last evening dose 1800 the night before. MAR printout attached. She has "
            "also been seeing our mental health team weekly; please let us know before discharge so we can "
            "arrange the return trip and get the hospital orders reviewed by Dr. Raman.\n\n"
            "The sheriff's office will need at least 4 hours notice for pickup.\n\n"
            "Renee" % (f, l)) + sig("okafor") + ol_quote("%s <%s>" % (S["tran"][0], S["tran"][1]), d0,
                                                           addr("okafor"), "admit overnight", first)
    mar = ["MEDICATION ADMINISTRATION RECORD - MCDC MEDICAL UNIT", "",
           "Patient: %s, %s     Booking: %s     Housing: %s" % (l.upper(), f.upper(), booking(), housing()),
           "Allergies: penicillin (rash)", "",
           "Medication                        0600   1200   1800   2100",
           "sertraline 100 mg PO daily         TG      -      -      -",
           "metoprolol tartrate 25 mg PO BID   TG      -     MS      -",
           "prenatal vitamin PO daily          TG      -      -      -",
           "acetaminophen 650 mg PO PRN        -      -     MS      -", "",
           "Initials: TG = T. Greene LPN; MS = M. Soto LPN"]
    return {"from": addr("okafor"), "to": addr("farraday"), "cc": addr("tran"),
            "subject": "FW: admit overnight - %s, %s" % (l, f), "body": body, "date": d,
            "atts": [("MAR_%s.pdf" % l, make_pdf(mar, "MAR"))], "patient": "%s %s" % (f, l)}

@reg("phi", "names")
def names5():
    f, l = person("F")
    d = rdate(h0=14, h1=18)
    body = ("Dr. Brandt,\n\nSaw %s this afternoon for her weekly. She's sleeping 12-14 hrs a day, eating maybe half "
            "her trays, and she cried most of the session talking about her kids - CPS has them now and the "
            "visit got cancelled this week. Denies SI/HI, contracts for safety, but the deputies say she "
            "isn't coming out for rec at all.\n\n"
            "She was on sertraline before booking (verified with Walmart pharmacy, last fill in Jan) and asks "
            "if she can restart it. Can you add her to Thursday's telepsych? I'll keep her on my weekly.\n\n"
            "Dana" % f) + sig("kowalczyk")
    return {"from": addr("kowalczyk"), "to": addr("brandt"),
            "subject": "%s %s - add to Thurs telepsych" % (f, l[0] + "."), "body": body, "date": d,
            "patient": "%s %s" % (f, l)}

@reg("phi", "names")
def names6():
    f, l = person("F")
    d = rdate(h0=9, h1=16)
    wk = random.randint(18, 28)
    body = ("Priya,\n\nQuick update on Ms. %s: she's %d weeks by the ultrasound St. Anselm did on intake. OB "
            "wants to see her every 4 weeks and wants her on the prenatal vitamins + iron, which I've ordered. "
            "She's also on methadone from the Eastside clinic and we've been continuing her dose per our "
            "pregnancy protocol - I confirmed the dose with the clinic on Monday.\n\n"
            "Her next OB appt is the %s. Transport knows. Her due date lands after her court date so "
            "hopefully she's out by then, but I want a delivery plan in the chart just in case.\n\n"
            "Can we talk about her at Thursday's provider huddle?\n\nLauren"
            % (l, wk, random.choice(["14th", "21st", "9th", "27th"]))) + sig("castellano", 1)
    return {"from": addr("castellano"), "to": addr("raman"), "subject": "pregnant pt update",
            "body": body, "date": d, "patient": "%s %s" % (f, l)}

@reg("phi", "names")
def names7():
    f, l = person("M")
    d = rdate(h0=9, h1=15)
    d0 = earlier(d, 600, 1800)
    first = ("Ms. Okafor,\n\nI represent %s %s, who is currently held at the Detention Center. During my visit "
             "yesterday my client told me he has not received his seizure medication since he was booked nine "
             "days ago, and that he had what he described as a seizure in his cell on Saturday night. He says "
             "he put in several sick call requests.\n\n"
             "Please treat this as a formal request that he be evaluated and that his medication be continued. "
             "I would also ask that all related records be preserved. A signed authorization is on file with "
             "your records department.\n\nJordan Acheampong\nAssistant Public Defender\n%s" % (f, l, phone("573")))
    body = ("Mr. Acheampong,\n\nThank you for letting us know. Mr. %s was seen by our nurse practitioner this "
            "morning. His home medication was verified with his outside pharmacy on day 3 and he was started "
            "on it that day; our records show two refusals over the weekend, which we discussed with him today. "
            "The event on Saturday was documented by nursing and he is now on a 7-day check with the provider.\n\n"
            "I have asked medical records to preserve his chart. If you need copies, Shawna Pruitt can assist.\n\n"
            "Sincerely,\nRenee Okafor" % l) + sig("okafor") + gm_quote(S["acheampong"][0], S["acheampong"][1], d0, first)
    return {"from": addr("okafor"), "to": addr("acheampong"), "cc": "%s, %s" % (addr("lindqvist"), addr("pruitt")),
            "subject": "Re: my client %s %s - medication" % (f, l), "body": body, "date": d, "reply": True,
            "reply_dom": PD, "patient": "%s %s" % (f, l)}

@reg("phi", "names")
def names8():
    f, l = person("M")
    d = rdate(h0=8, h1=16)
    g = "GRV-24-%04d" % random.randint(100, 999)
    d0 = earlier(d, 2000, 5000)
    d1 = earlier(d, 400, 1500)
    deep = ("Reggie asked me about his tooth again at med pass. He says Dr. Ochoa told him last month it would "
            "come out \"next time\" and it's been 6 weeks. Face looks a little swollen on the left. I gave "
            "ibuprofen per protocol and added him to the dental list.\n\nTasha")
    deep = deep.replace("Reggie", f)
    mid = ("Marcus - the grievance came in on this. Can you pull together the timeline? Who saw him when, what "
           "was ordered. I need to answer by the 15th.\n\nRenee" + ol_quote(S["greene"][0], d0, S["whitfield"][0],
                                                                          "dental - %s" % l, deep))
    body = ("Greg,\n\nForwarding the thread on grievance %s so you have the background before the call with "
            "Capt. Beale. Short version: extraction was delayed because the dentist missed two Tuesdays last month "
            "(vehicle + illness) and the backlog wasn't re-prioritized. Tooth was pulled on the 3rd. We've changed "
            "the dental list so swelling/infection gets flagged to the NP the same day.\n\n"
            "Draft response attached for your review.\n\nRenee" % g) + sig("okafor") + \
        ol_quote(S["okafor"][0], d1, S["whitfield"][0], "FW: dental - %s" % l, mid)
    draft = ["**Grievance Response - %s" % g, "Inmate: %s %s" % (f, l), "",
             "Your grievance regarding a delay in dental care has been reviewed. Our records show that you were "
             "seen by nursing on four occasions and received pain medication. Your extraction was completed on "
             "the 3rd. We apologize for the delay and have changed our scheduling process.",
             "", "Grievance finding: Partially sustained.", "", "R. Okafor, HSA"]
    return {"from": addr("okafor"), "to": addr("lindqvist"), "subject": "FW: grievance %s" % g,
            "body": body, "date": d, "atts": [("%s_response_draft.docx" % g, make_docx(draft))],
            "patient": "%s %s" % (f, l)}

# ================================================================ PHI: self
@reg("phi", "self")
def self1():
    f, l = person("M")
    d = rdate(h0=10, h1=23)
    bd = dob(1985, 2000)
    body = ("hi i was released last week (%s) and i need a copy of my medical stuff from when i was in there. "
            "i got stitches in my hand in march from the fight in C pod and they took me to the ER and did an "
            "xray. my lawyer for the civil case says i need the records and the hospital says to ask you guys "
            "first. also i never got my blood pressure meds the last 3 days before i got out is that in there\n\n"
            "my birthday is %s. i dont have a printer so can you email them\n\n%s\n" % (md(d - datetime.timedelta(days=6)),
                                                                                 dobs(bd, 1), f.lower()))
    return {"from": "%s %s <%s%s%d@pinemail.net>" % (f, l, f.lower(), l.lower()[:3], random.randint(10, 99)),
            "to": "Medical Records <medrecords@%s>" % TC, "subject": "my records", "body": body, "date": d,
            "patient": "%s %s" % (f, l)}

@reg("phi", "self")
def self2():
    f, l = ("Corey", "Pettit")
    d = rdate(h0=7, h1=16)
    body = ("Hi Marcus,\n\nGot the call about my annual TB skin test - the nurse said my read was 14 mm and I need a "
            "chest x-ray before I can go back on post in the housing units. I had the BCG shot as a kid (grew up "
            "partly in the Philippines) so I'm not totally shocked, but nobody told me that last year.\n\n"
            "What do I need to do for the x-ray, is it through you guys or do I go to my own doctor? I'm on days "
            "this week and transport next week. Also does this go to HR or just stays with medical? I don't "
            "really want the whole shift knowing.\n\nThanks,\nDep. Corey Pettit\nBadge 4417\n"
            "Marrow County Sheriff's Office - Transport\n")
    return {"from": "Corey Pettit <cpettit@%s>" % SO, "to": addr("whitfield"),
            "subject": "my TB read", "body": body, "date": d, "patient": "Corey Pettit"}

@reg("phi", "self")
def self3():
    f, l = person("M")
    d = rdate(h0=9, h1=22)
    body = ("To whoever handles the medical charges,\n\n"
            "My name is %s %s, I was in the Marrow County jail from February to April this year. When I got my "
            "property and account balance back at release they had taken $45 out of my account for \"medical "
            "co-pay\". That is 9 sick calls at $5. I only put in 4 slips, and 2 of those were for my asthma "
            "which I was told was chronic care and not charged. The other times the nurse came to ME at med pass.\n\n"
            "I want a print out of what I was charged for and the dates, and I want the money back for the ones "
            "that were wrong. My family put that money on my books.\n\n"
            "You can reach me at this email or %s.\n\n%s %s\n" % (f, l, phone("660"), f, l))
    return {"from": "%s %s <%s.%s@lakeshoremail.com>" % (f, l, f.lower(), l.lower()),
            "to": "Inmate Accounts <inmateaccounts@%s>" % SO, "cc": "Medical Unit <medical@%s>" % TC,
            "subject": "wrong medical charges on my account", "body": body, "date": d,
            "patient": "%s %s" % (f, l)}

@reg("phi", "self")
def self4():
    f, l = person("M")
    p = pin()
    d = rdate(h0=0, h1=23)
    hu = housing()
    req = random.randint(200000, 299999)
    body = ("TabletLink Inmate Request - New Medical Request\n"
            "=============================================\n"
            "Request #:     %d\n"
            "Submitted:     %s\n"
            "Inmate:        %s, %s\n"
            "PIN:           %s\n"
            "Location:      %s\n"
            "Category:      Medical > Sick Call\n\n"
            "Request text:\n"
            "my tooth is killing me on the bottom left, i cant chew and my jaw is swolen up and hot. i put in a "
            "slip last week and nobody came. ive been taking the tylenol from commisary but it dont do nothing. "
            "please i need to see the dentist or something. also i am alergic to penicilin dont give me that\n"
            "- %s\n\n"
            "---------------------------------------------\n"
            "This request has been routed to: MEDICAL QUEUE (Tallow Creek)\n"
            "Respond in TabletLink Staff Portal. Do not reply to this email.\n"
            % (req, d.strftime("%m/%d/%Y %H:%M"), l.upper(), f.upper(), p, hu, f.lower()))
    return {"from": "TabletLink Notifications <no-reply@tabletlink-mcdc.net>",
            "to": "Medical Nursing <nursing@%s>" % TC,
            "subject": "[TabletLink] New Medical Request #%d - %s" % (req, hu), "body": body, "date": d,
            "headers": [("Auto-Submitted", "auto-generated"), ("X-Mailer", "TabletLink Notify 4.2")],
            "patient": "%s %s" % (f, l)}

@reg("phi", "self")
def self5():
    d = rdate(h0=8, h1=17)
    sd = d + datetime.timedelta(days=random.randint(15, 30))
    body = ("Hi Joy,\n\nI wanted to give you as much notice as I can - I'm having my right knee replaced on %s at "
            "Harlan Orthopedics. Dr. Kessler says 6 weeks off minimum and then light duty, and no stairs/med cart "
            "for a while after that. I know that's going to be a problem with the pod stairs.\n\n"
            "My last shift before would be the %s. I'll get the FMLA paperwork to Greg this week. I'm attaching "
            "the surgery letter from the office in case you need it for the schedule.\n\n"
            "Sorry to leave you short in summer!!\n\nRowena" % (md(sd), md(sd - datetime.timedelta(days=2)))) + sig("dizon")
    letter = ["HARLAN ORTHOPEDICS & SPORTS MEDICINE", "118 Commerce Park Dr, Harlan Springs", "",
              "Date: %s" % mdy(d), "", "RE: Rowena Dizon   DOB: %s" % dobs(dob(1968, 1980)), "",
              "The above patient is scheduled for right total knee arthroplasty on %s." % mdy(sd),
              "Anticipated time off work: 6 weeks, followed by restricted duty (no prolonged standing,",
              "no stair climbing, no lifting over 20 lb) for an additional 4-6 weeks.", "",
              "B. Kessler, MD"]
    return {"from": addr("dizon"), "to": addr("ferraro"), "subject": "time off - surgery",
            "body": body, "date": d, "atts": [("surgery_letter.pdf", make_pdf(letter, "Work note"))],
            "patient": "Rowena Dizon"}

@reg("phi", "self")
def self6():
    f, l = person("F")
    d = rdate(h0=7, h1=23)
    body = ("Hi this is %s %s I got out yesterday afternoon. They gave me my suboxone in the morning before I "
            "left but the nurse said I would get a appointment at riverbend and nobody called me yet. I only have "
            "the 2 strips they gave me and I'm scared I'm going to get sick tomorrow. I don't want to go back to "
            "using. Who do I call?? My phone is %s\n\n%s\n\nSent from my iPhone\n" % (f, l, phone("660"), f))
    return {"from": "%s <%s%s@quickpost.net>" % (f, f.lower(), random.randint(1990, 2003)),
            "to": "Medical Unit <medical@%s>" % TC, "subject": "need help with my appointment",
            "body": body, "date": d, "patient": "%s %s" % (f, l)}

@reg("phi", "self")
def self7():
    f, l = person("M")
    d = rdate(h0=9, h1=21)
    acct = digits(9)
    dos = d - datetime.timedelta(days=random.randint(60, 110))
    body = ("Hello,\n\nI received a bill from St. Anselm Regional for $2,340.18 (account %s) for an emergency room "
            "visit on %s. I was in custody at the Marrow County jail on that date and deputies took me there "
            "after I passed out in my cell. I was told at the time that the county pays for medical while you "
            "are locked up. Now it is going to collections.\n\n"
            "I have Medicaid now but I didn't then. Can someone from the jail medical office send the hospital "
            "whatever they need so this gets taken off me? I have a copy of my booking sheet if needed.\n\n"
            "Thank you,\n%s %s\n%s\n" % (acct, mdy(dos), f, l, phone("573")))
    return {"from": "%s %s <%s%s@pinemail.net>" % (f, l, f[0].lower(), l.lower()),
            "to": "Medical Unit <medical@%s>" % TC, "subject": "Bill from hospital while in jail",
            "body": body, "date": d, "atts": [("bill.png", scan_png())], "patient": "%s %s" % (f, l)}

# ================================================================ PHI: struct
MIME["hl7"] = ("application", "hl7-v2")

def hl7ts(d):
    return d.strftime("%Y%m%d%H%M%S")

@reg("phi", "struct")
def struct1():
    f, l = person("M")
    d = rdate(h0=0, h1=23)
    bd = dob()
    m = mrn()
    bk = booking()
    mid = "MCDC%09d" % random.randint(10 ** 8, 10 ** 9 - 1)
    segs = [
        "MSH|^~\\&|CORRECTEK|MCDC_MED|BLUEJAY_RX|BLUEJAY|%s||ADT^A04^ADT_A01|%s|P|2.5.1" % (hl7ts(d), mid),
        "EVN|A04|%s|||SOTOM^SOTO^MIGUEL" % hl7ts(earlier(d, 1, 5)),
        "PID|1||%s^^^MCDC^MR~%s^^^MCSO^BKG||%s^%s^%s||%s|M||2106-3|%d %s^^HARLAN SPRINGS^MO^%s||" % (
            m, bk, l.upper(), f.upper(), random.choice("AJLRTW"), bd.strftime("%Y%m%d"), random.randint(100, 4999),
            random.choice(["CEDAR LN", "OLD MILL RD", "N 9TH ST", "BRIARWOOD CT"]), "65%03d" % random.randint(100, 999)),
        "PV1|1|O|INTAKE^BKG^01^MCDC||||1386629145^RAMAN^PRIYA^^^MD|||||||||||%s" % digits(8),
        "AL1|1|DA|70618^PENICILLIN^RXNORM|MO|HIVES",
        "AL1|2|FA|^PEANUTS|SV|ANAPHYLAXIS",
        "DG1|1||E11.9^Type 2 diabetes mellitus without complications^I10|||W",
        "DG1|2||F11.20^Opioid dependence, uncomplicated^I10|||W",
    ]
    ack = ("MSH|^~\\&|BLUEJAY|BLUEJAY|CORRECTEK|MCDC_MED|%s||ACK^A04|ACK%s|P|2.5.1\n"
           "MSA|AE|%s|Allergy AL1-2 missing coded identifier\n"
           "ERR||AL1^2^3|103^Table value not found^HL70357|E" % (hl7ts(later(d, 0, 1)), digits(8), mid))
    body = ("INTERFACE ALERT - Bluejay Rx Inbound\n\nA message from MCDC_MED was accepted with errors and the "
            "allergy list was NOT loaded to the pharmacy profile. Orders for this patient will hold for "
            "pharmacist review until the allergy is re-sent with a coded value.\n\n"
            "--- Original message ---\n" + "\n".join(segs) + "\n\n--- ACK returned ---\n" + ack +
            "\n\nInterface Services | Bluejay Institutional Pharmacy | ifsupport@%s\n" % RX)
    d2 = later(d, 60, 400)
    cover = ("Miguel - this is the guy from your 2am intake. Can you fix the peanut allergy in CorrecTek "
             "(pick it from the list instead of free text) and re-send? His meds are holding at pharmacy.\n\n"
             "Marcus\n\n")
    return {"from": addr("whitfield"), "to": addr("soto"),
            "subject": "FW: Interface alert ADT A04 %s - AE" % mid, "body": cover + "-----Forwarded-----\n" + body,
            "date": d2, "patient": "%s %s" % (f, l)}

@reg("phi", "struct")
def struct2():
    f, l = person("F")
    d = rdate(h0=4, h1=7)
    bd = dob()
    m = mrn()
    ordn = digits(8)
    acc = "KR" + digits(9)
    coll = earlier(d, 900, 1500)
    res = [("2345-7", "Glucose", "212", "mg/dL", "70-99", "H"), ("2160-0", "Creatinine", "1.1", "mg/dL", "0.57-1.00", "H"),
           ("2951-2", "Sodium", "138", "mmol/L", "134-144", "N"), ("2823-3", "Potassium", "4.4", "mmol/L", "3.5-5.2", "N"),
           ("4548-4", "Hemoglobin A1c", "9.8", "%", "4.8-5.6", "H"), ("1742-6", "ALT", "64", "U/L", "0-32", "H")]
    segs = ["MSH|^~\\&|KEYSTONE|KRL|CORRECTEK|MCDC_MED|%s||ORU^R01^ORU_R01|%s|P|2.5.1" % (hl7ts(d), digits(10)),
            "PID|1||%s^^^MCDC^MR||%s^%s||%s|F" % (m, l.upper(), f.upper(), bd.strftime("%Y%m%d")),
            "ORC|RE|%s|%s||CM" % (ordn, acc),
            "OBR|1|%s|%s|80053^COMPREHENSIVE METABOLIC PANEL^C4~83036^HEMOGLOBIN A1C^C4|||%s|||||||%s||1649372018^CASTELLANO^LAUREN^^^NP||||||%s|||F" % (
                ordn, acc, hl7ts(coll), hl7ts(coll), hl7ts(d))]
    for i, (code, nm, v, u, rr, fl) in enumerate(res, 1):
        segs.append("OBX|%d|NM|%s^%s^LN||%s|%s|%s|%s|||F|||%s" % (i, code, nm, v, u, rr, fl, hl7ts(d)))
    segs.append("NTE|1||Specimen collected at MCDC, courier pickup 1400.")
    data = ("\r".join(segs) + "\r").encode("ascii")
    body = ("Keystone Reference Laboratory - Result Delivery\n\n"
            "Account: 7713 MARROW CO DETENTION CTR - MEDICAL\n"
            "Results attached: 1 message(s), %d observation(s), %d abnormal.\n"
            "Accession: %s\n\n"
            "Results were also posted to the LabLink portal. If your interface did not receive this file, "
            "import the attachment manually or call Client Services at 1-800-%s-%s.\n"
            % (len(res), sum(1 for r in res if r[5] == "H"), acc, digits(3), digits(4)))
    return {"from": "Keystone Lab Results <results@%s>" % LAB, "to": "Medical Records <medrecords@%s>" % TC,
            "subject": "Results available - Acc %s" % acc, "body": body, "date": d,
            "headers": [("Auto-Submitted", "auto-generated")],
            "atts": [("%s.hl7" % acc, data)], "patient": "%s %s" % (f, l)}

@reg("phi", "struct")
def struct3():
    f, l = person("M")
    d = rdate(h0=9, h1=15)
    bd = dob()
    so = str(random.randint(110000, 229999))
    dos = d - datetime.timedelta(days=random.randint(15, 40))
    clm = "HSI" + digits(8)
    ctl = digits(9)
    seg = [
        "ISA*00*          *00*          *ZZ*HSIMAGING      *ZZ*CORRCLAIMS     *%s*%s*^*00501*%s*0*P*:" % (
            d.strftime("%y%m%d"), d.strftime("%H%M"), ctl),
        "GS*HC*HSIMAGING*CORRCLAIMS*%s*%s*%s*X*005010X222A1" % (d.strftime("%Y%m%d"), d.strftime("%H%M"), ctl[-4:]),
        "ST*837*0001*005010X222A1",
        "BHT*0019*00*%s*%s*%s*CH" % (digits(6), d.strftime("%Y%m%d"), d.strftime("%H%M")),
        "NM1*41*2*HARLAN SPRINGS IMAGING ASSOCIATES*****46*HSI4410",
        "PER*IC*BILLING OFFICE*TE*%s" % digits(10),
        "NM1*40*2*CORRCLAIMS ADMINISTRATORS*****46*CCA01",
        "HL*1**20*1",
        "NM1*85*2*HARLAN SPRINGS IMAGING ASSOCIATES*****XX*1720044819",
        "N3*400 MEDICAL PARK DR",
        "N4*HARLAN SPRINGS*MO*65%03d" % random.randint(100, 999),
        "REF*EI*43%s" % digits(7),
        "HL*2*1*22*0",
        "SBR*P*18*MCSO-INMATE******CI",
        "NM1*IL*1*%s*%s****MI*SO%s" % (l.upper(), f.upper(), so),
        "DMG*D8*%s*M" % bd.strftime("%Y%m%d"),
        "NM1*PR*2*MARROW COUNTY SHERIFF OFFICE*****PI*MCSO1",
        "CLM*%s*1840.00***22:B:1*Y*A*Y*Y" % clm,
        "REF*G1*",
        "HI*ABK:S83.511A*ABF:M25.561",
        "LX*1",
        "SV1*HC:73721*1840.00*UN*1***1:2",
        "DTP*472*D8*%s" % dos.strftime("%Y%m%d"),
        "SE*23*0001",
        "GE*1*%s" % ctl[-4:],
        "IEA*1*%s" % ctl,
    ]
    edi = "~\n".join(seg) + "~\n"
    body = ("Renee,\n\nThe 837 below came in from Harlan Springs Imaging with an empty prior auth (REF*G1) for SO#%s, "
            "DOS %s (MRI knee). Under the contract we can't adjudicate without the facility authorization. "
            "If this was approved, please reply with the auth number and we'll release it for payment; otherwise "
            "we'll deny and the provider will be told to contact your office.\n\n"
            "Regards,\nAngela Whitcomb\nEDI/Claims Analyst, CorrClaims Administrators\n%s\n" % (so, mdy(dos), phone("816")))
    return {"from": "Angela Whitcomb <awhitcomb@%s>" % TPA, "to": addr("okafor"), "cc": addr("pruitt"),
            "subject": "837P missing auth - SO#%s" % so, "body": body, "date": d,
            "atts": [("HSI_837P_%s.edi" % d.strftime("%Y%m%d"), edi)], "patient": "%s %s" % (f, l)}

@reg("phi", "struct")
def struct4():
    f, l = person("F")
    d = rdate(h0=9, h1=15)
    bd = dob()
    mid = digits(10)
    ctl = digits(9)
    seg = [
        "ISA*00*          *00*          *ZZ*STATEMMIS      *ZZ*TCCH0042       *%s*%s*^*00501*%s*0*P*:" % (
            d.strftime("%y%m%d"), d.strftime("%H%M"), ctl),
        "GS*HB*STATEMMIS*TCCH0042*%s*%s*%s*X*005010X279A1" % (d.strftime("%Y%m%d"), d.strftime("%H%M"), ctl[-4:]),
        "ST*271*0001*005010X279A1",
        "BHT*0022*11*%s*%s*%s" % (digits(8), d.strftime("%Y%m%d"), d.strftime("%H%M")),
        "HL*1**20*1", "NM1*PR*2*STATE MEDICAID*****PI*SMCD1",
        "HL*2*1*21*1", "NM1*1P*2*TALLOW CREEK CORRECTIONAL HEALTH*****XX*1093817264",
        "HL*3*2*22*0", "TRN*2*%s*9TCCH00042" % digits(10),
        "NM1*IL*1*%s*%s****MI*%s" % (l.upper(), f.upper(), mid),
        "DMG*D8*%s*F" % bd.strftime("%Y%m%d"),
        "DTP*346*D8*%s" % d.strftime("%Y%m%d"),
        "EB*6**30**INCARCERATION SUSPENSION",
        "DTP*307*RD8*%s-%s" % ((d - datetime.timedelta(days=74)).strftime("%Y%m%d"), d.strftime("%Y%m%d")),
        "MSG*BENEFITS LIMITED TO INPATIENT 24HR+ WHILE SUSPENDED",
        "EB*1**30*MC*ADULT EXPANSION",
        "DTP*307*D8*%s" % (d + datetime.timedelta(days=3)).strftime("%Y%m%d"),
        "SE*18*0001", "GE*1*%s" % ctl[-4:], "IEA*1*%s" % ctl]
    body = ("Dana - eligibility came back on the one you asked about. Still suspended, but the reinstatement "
            "date is loaded for the day after her release, so the Riverbend appt on the 3rd should bill fine. "
            "Raw 271 below for your file.\n\nShawna\n\n" + "~\n".join(seg) + "~\n")
    return {"from": addr("pruitt"), "to": addr("kowalczyk"), "subject": "271 back - %s" % l,
            "body": body, "date": d, "patient": "%s %s" % (f, l)}

@reg("phi", "struct")
def struct5():
    f, l = person("M")
    d = rdate(h0=9, h1=15)
    bd = dob()
    m = mrn()
    pid = "pt-" + hexid(8)
    bundle = {
        "resourceType": "Bundle", "id": "rel-" + hexid(10), "type": "collection",
        "timestamp": d.isoformat(),
        "entry": [
            {"fullUrl": "urn:uuid:" + pid, "resource": {
                "resourceType": "Patient", "id": pid,
                "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9942.1", "value": m},
                               {"system": "https://marrowcountyso.org/booking", "value": booking()}],
                "name": [{"family": l, "given": [f]}], "gender": "male", "birthDate": bd.isoformat(),
                "telecom": [{"system": "phone", "value": phone("573", 1), "use": "mobile"}]}},
            {"resource": {"resourceType": "Condition", "clinicalStatus": {"coding": [{"code": "active"}]},
                          "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F11.20",
                                               "display": "Opioid dependence, uncomplicated"}]},
                          "subject": {"reference": "urn:uuid:" + pid}}},
            {"resource": {"resourceType": "MedicationRequest", "status": "active", "intent": "order",
                          "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm",
                                                                    "code": "1010600", "display": "buprenorphine 8 MG / naloxone 2 MG Sublingual Film"}]},
                          "subject": {"reference": "urn:uuid:" + pid},
                          "dosageInstruction": [{"text": "1 film SL daily"}],
                          "dispenseRequest": {"quantity": {"value": 7, "unit": "film"}, "numberOfRepeatsAllowed": 0}}},
            {"resource": {"resourceType": "MedicationRequest", "status": "active", "intent": "order",
                          "medicationCodeableConcept": {"coding": [{"display": "naloxone 4 MG/ACTUAT Nasal Spray"}]},
                          "subject": {"reference": "urn:uuid:" + pid},
                          "dosageInstruction": [{"text": "1 spray in nostril for suspected overdose; may repeat"}],
                          "dispenseRequest": {"quantity": {"value": 2, "unit": "device"}}}},
            {"resource": {"resourceType": "Appointment", "status": "booked",
                          "start": (d + datetime.timedelta(days=2)).replace(hour=10, minute=0).isoformat(),
                          "description": "MOUD bridge intake - Riverbend CBH",
                          "participant": [{"actor": {"reference": "urn:uuid:" + pid}, "status": "accepted"}]}},
        ]}
    body = ("Attached is the release packet for today's discharge in FHIR format (your portal said it accepts "
            "Bundle uploads). Paper copy went with the patient.\n\nThanks,\nShawna Pruitt\nMedical Records") + sig("pruitt")
    return {"from": addr("pruitt"), "to": addr("greer"), "cc": addr("kowalczyk"),
            "subject": "release packet - MOUD bridge", "body": body, "date": d,
            "atts": [("release_bundle_%s.json" % m, json.dumps(bundle, indent=2, ensure_ascii=False))],
            "patient": "%s %s" % (f, l)}

@reg("phi", "struct")
def struct6():
    d = rdate(h0=2, h1=3)
    ps = people(11)
    flags = ["DETOX-ETOH", "NONE", "SW-CONST", "DIET-DM", "NONE", "CPAP", "PREG", "NONE", "MOUD", "MH-OBS", "WHEELCHAIR"]
    lines = ["BOOKING_NO|PIN|LAST|FIRST|DOB|SEX|HOUSING|BOOK_DT|MED_FLAG|CLASS"]
    for (f, l), fl in zip(ps, flags):
        sx = "F" if f in FIRST_F else "M"
        if fl == "PREG" and sx == "M":
            fl = "NONE"
        lines.append("|".join([booking(), pin(), l.upper(), f.upper(), dob().strftime("%Y%m%d"), sx, housing(),
                               earlier(d, 60, 4000).strftime("%Y%m%d%H%M"), fl,
                               random.choice(["MED", "MIN", "MAX", "PEND"])]))
    body = ("JMS scheduled export completed.\n\nJob: MED_ROSTER_NIGHTLY\nRecords: %d\nRun: %s\n"
            "Destination: sftp.%s /inbound/roster\n\nA copy is attached per distribution list MED-ROSTER.\n"
            "-- Marrow County Sheriff's Office IT / Jail Management System\n" % (len(ps), d.strftime("%Y-%m-%d %H:%M"), TC))
    return {"from": "JMS Scheduler <jms-noreply@%s>" % SO, "to": "Medical Records <medrecords@%s>" % TC,
            "cc": addr("bristow"), "subject": "MED_ROSTER_NIGHTLY %s" % d.strftime("%Y%m%d"), "body": body,
            "date": d, "headers": [("Auto-Submitted", "auto-generated")],
            "atts": [("med_roster_%s.txt" % d.strftime("%Y%m%d"), "\n".join(lines) + "\n")],
            "patient": pnames([p for p, fl in zip(ps, flags) if fl != "NONE"])}

@reg("phi", "struct")
def struct7():
    f, l = person("M")
    d = rdate(h0=9, h1=15)
    bd = dob()
    m = mrn()
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.3.9942.2" extension="%s"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Transfer Summary - Marrow County Detention Center</title>
  <effectiveTime value="%s"/>
  <confidentialityCode code="R" codeSystem="2.16.840.1.113883.5.25"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.9942.1" extension="%s"/>
      <patient>
        <name><given>%s</given><family>%s</family></name>
        <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="%s"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author><time value="%s"/><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="1386629145"/>
    <assignedPerson><name><given>Priya</given><family>Raman</family><suffix>MD</suffix></name></assignedPerson>
  </assignedAuthor></author>
  <component><structuredBody>
    <component><section>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
      <title>Problems</title>
      <text><list><item>Essential hypertension (I10)</item><item>Hepatitis C, chronic (B18.2) - treatment not started</item><item>Major depressive disorder, recurrent, moderate (F33.1)</item></list></text>
    </section></component>
    <component><section>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="Medications"/>
      <title>Medications</title>
      <text><list><item>lisinopril 20 mg PO daily</item><item>sertraline 100 mg PO daily</item><item>14-day supply sent with patient</item></list></text>
    </section></component>
    <component><section>
      <code code="48765-2" codeSystem="2.16.840.1.113883.6.1" displayName="Allergies"/>
      <title>Allergies</title><text>Sulfa antibiotics - rash</text>
    </section></component>
    <component><section>
      <code code="30954-2" codeSystem="2.16.840.1.113883.6.1" displayName="Results"/>
      <title>Results</title>
      <text><table><tr><td>HCV RNA</td><td>1,240,000 IU/mL</td><td>%s</td></tr><tr><td>TB skin test</td><td>0 mm - negative</td><td>%s</td></tr></table></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
""" % (hexid(12), hl7ts(d), m, f, l, bd.strftime("%Y%m%d"), hl7ts(d),
       mdy(d - datetime.timedelta(days=33)), mdy(d - datetime.timedelta(days=70)))
    body = ("DOC Intake Health Services,\n\nPer your transfer checklist, the continuity of care document for the "
            "inmate transferring to your reception center tomorrow is attached (C-CDA). The sealed 14-day medication "
            "supply will travel with the transport officers.\n\nPlease confirm receipt.\n\n") + sig("okafor")[2:] + "\n\n" + DISC[2]
    return {"from": addr("okafor"), "to": "DOC Reception Health Services <rchealth@doc-reception.example.org>",
            "cc": addr("beale"), "subject": "Transfer CCD - MCDC to DOC reception",
            "body": body, "date": d, "atts": [("CCD_%s.xml" % m, xml)], "patient": "%s %s" % (f, l)}

# ================================================================ CLEAN: admin
@reg("clean", "admin")
def admin1():
    d = rdate(h0=9, h1=16)
    eff = d + datetime.timedelta(days=10)
    body = ("Hi Renee,\n\nHeads up on a couple of changes coming from our Springfield hub, effective %s:\n\n"
            "1. Nightly tote delivery moves from 1700 to 1930. Orders received by 1400 will still make the same-day "
            "tote. Anything after 1400 goes next day unless it's called in as STAT.\n"
            "2. STAT orders after hours will be filled by our backup retail partner (Route 9 Walgreens) and "
            "couriered. Please keep using the STAT order form - phone-only STATs won't be accepted anymore.\n"
            "3. Controlled substance cards (C-II) will now come in a separate sealed bag with its own "
            "manifest. Two signatures required at receipt - nurse and deputy is fine.\n"
            "4. Refrigerated items (insulin, vaccines, PPD) ship in the blue cooler. Please log fridge temps "
            "twice daily; our consultant pharmacist will review the logs at the quarterly inspection.\n\n"
            "Returns/credits process is unchanged. Let me know if the new delivery time causes any problem with "
            "your 2000 med pass and I'll see what we can do.\n\nNeil" % mdy(eff)) + sig("osterhout")
    return {"from": addr("osterhout"), "to": addr("okafor"), "cc": addr("whitfield"),
            "subject": "Delivery schedule + STAT process changes", "body": body, "date": d, "patient": ""}

@reg("clean", "admin")
def admin2():
    d = rdate(h0=10, h1=15)
    dt = d + datetime.timedelta(days=(6 - d.weekday()) % 7 or 7)
    body = ("PLANNED DOWNTIME - CorrecTek EHR (MCDC)\n\n"
            "When: %s, 0200 - 0600 Central\n"
            "Impact: EHR, eMAR, pharmacy interface and lab interface unavailable. TabletLink medical requests "
            "will queue and deliver after downtime.\n\n"
            "What nursing needs to do:\n"
            "- Print the downtime MAR report by 0130 (Reports > Downtime > MAR 24h). One copy per cart.\n"
            "- Use paper intake screening forms (Form TC-101) for any bookings during the window.\n"
            "- Document med pass on the paper MAR; back-enter by end of shift.\n"
            "- Downtime binder is in the charge nurse office, shelf 2.\n\n"
            "Questions: Service Desk, ext 4400 or servicedesk@%s. Ticket CHG0019%s.\n\n"
            "Tallow Creek IT Operations\n\n%s" % (longdate(dt), TC, digits(3), DISC[2]))
    return {"from": "TCCH IT Operations <itops@%s>" % TC, "to": "MCDC Medical Staff <mcdc-medical@%s>" % TC,
            "subject": "Planned EHR downtime %s 0200-0600" % md(dt), "body": body, "html": True, "date": d,
            "patient": ""}

@reg("clean", "admin")
def admin3():
    d = rdate(h0=9, h1=14)
    mt = (d + datetime.timedelta(days=14)).replace(hour=10, minute=0, second=0)
    desc = ("Quarterly Medical Administrative Committee\n"
            "1. Review of last quarter statistics (intakes, sick call volume, off-site trips)\n"
            "2. Detox / withdrawal protocol revision - CIWA-Ar and COWS thresholds\n"
            "3. MOUD program expansion - methadone partner clinic contract\n"
            "4. Staffing / vacancy report\n5. Grievance trends\n6. Mortality and morbidity review schedule\n"
            "7. Accreditation survey prep")
    body = ("Capt. Beale, Lt. Hargrove, all -\n\nSending the invite for the quarterly MAC meeting. Agenda is in the "
            "invite. Dr. Raman will present the draft withdrawal protocol; please look it over ahead of time if you "
            "can (it's on the shared drive under Policies > Draft).\n\nWe'll have the conference room in the admin "
            "building. Lunch will be provided.\n\nRenee") + sig("okafor")
    ics = make_ics("MCDC Quarterly MAC Meeting", mt, 90, "Sheriff Admin Bldg - Conf Rm B", desc,
                   (S["okafor"][0], S["okafor"][1]), "mac-%s@%s" % (mt.strftime("%Y%m%d"), TC))
    return {"from": addr("okafor"), "to": "%s, %s" % (addr("beale"), addr("hargrove")),
            "cc": "%s, %s, %s" % (addr("raman"), addr("whitfield"), addr("lindqvist")),
            "subject": "Quarterly MAC meeting - %s" % md(mt), "body": body, "date": d,
            "atts": [("invite.ics", ics)], "patient": ""}

@reg("clean", "admin")
def admin4():
    d = rdate(h0=8, h1=15)
    po = "PO-TC-%05d" % random.randint(10000, 99999)
    body = ("Joy,\n\nCan you put this through on the Medline account before Thursday's cutoff? Med room count "
            "this morning:\n\n"
            "- Naloxone 4mg nasal spray - 2 boxes left (need 6). Deputies took 4 for the new post kits.\n"
            "- Sharps containers 2 gal - need 1 case\n"
            "- AED pads adult - 2 sets (expiring)\n"
            "- Suture removal kits - 1 box\n"
            "- Glucometer strips (the Contour ones, not the generic) - 4 boxes\n"
            "- Tongue blades, alcohol preps, 4x4s - usual restock\n"
            "- Urine cups w/ temp strip - 2 cases (booking goes through them fast)\n"
            "- PPE: N95 size M x2 boxes, size S x1\n\n"
            "Also the restraint chair cleaner (Oxivir wipes) is out, the sheriff's office usually orders it but "
            "they said it's on us now.\n\n"
            "Put it on %s if you can, same cost center as last month.\n\nAlana" % po) + sig("bristow", 1)
    return {"from": addr("bristow"), "to": addr("ferraro"), "subject": "supply order before Thurs",
            "body": body, "date": d, "patient": ""}

@reg("clean", "admin")
def admin5():
    d = rdate(h0=9, h1=16)
    body = ("Greg,\n\nAttached is the draft of Amendment No. 3 to the Inmate Health Services Agreement for your "
            "review. The Commission will take it up at the second meeting next month. Main points:\n\n"
            "  - Average daily population band adjusted to 380-460 (per diem adjustment of $4.12/inmate/day "
            "above 460).\n"
            "  - Off-site cost cap raised from $350,000 to $425,000 per contract year; costs above the cap shared "
            "50/50.\n"
            "  - Hospital claims to be repriced at no more than 110%% of the state Medicaid fee schedule.\n"
            "  - MOUD program (buprenorphine and methadone continuation) moved into base services.\n"
            "  - Staffing penalty: unfilled RN hours credited at $62/hr after 30 days.\n\n"
            "Please send redlines by the 20th.\n\nTeresa Lamb\nContracts & Purchasing\nMarrow County\n%s\n" % phone("573"))
    doc = ["**AMENDMENT NO. 3 TO INMATE HEALTH SERVICES AGREEMENT",
           "Between Marrow County, acting by and through the Marrow County Sheriff, and Tallow Creek Correctional Health, LLC",
           "", "**Section 4.2 Compensation",
           "The annual base price shall be adjusted to reflect an average daily population (ADP) band of 380 to 460.",
           "For each inmate-day above 460, the County shall pay a per diem of $4.12.",
           "", "**Section 6.1 Off-Site Services",
           "Contractor shall be responsible for off-site inpatient, outpatient and emergency services up to an aggregate cap of $425,000 per contract year.",
           "", "**Section 7.3 Medication for Opioid Use Disorder",
           "Contractor shall provide continuation of verified MOUD and induction where clinically appropriate as part of base services.",
           "", "[DRAFT - FOR DISCUSSION ONLY]"]
    return {"from": addr("lamb"), "to": addr("lindqvist"), "cc": addr("beale"),
            "subject": "Amendment 3 draft - IHS agreement", "body": body, "date": d,
            "atts": [("IHS_Amendment3_DRAFT.docx", make_docx(doc))], "patient": ""}

@reg("clean", "admin")
def admin6():
    d = rdate(h0=7, h1=15)
    wo = "WO-%06d" % random.randint(100000, 999999)
    body = ("All,\n\nFacilities work order %s: the negative-pressure isolation room (Medical Observation MO-3) failed "
            "its monthly pressure check this morning (reading +0.002 in. w.c., needs to be negative). Johnson "
            "Controls is coming Tuesday to look at the exhaust fan.\n\n"
            "Until further notice:\n"
            "- MO-3 is NOT to be used for airborne isolation. Anyone needing respiratory isolation goes out to "
            "St. Anselm per the TB exposure control plan.\n"
            "- MO-1 and MO-2 are fine for regular medical observation.\n"
            "- Also, the eyewash station in the med room has low flow - facilities says a part is on order.\n\n"
            "I'll update when it passes the re-check.\n\nMarcus" % wo) + sig("whitfield")
    return {"from": addr("whitfield"), "to": "MCDC Medical Staff <mcdc-medical@%s>" % TC,
            "cc": "%s, MCDC Facilities <facilities@%s>" % (addr("hargrove"), SO),
            "subject": "MO-3 negative pressure room out of service", "body": body, "date": d, "patient": ""}

@reg("clean", "admin")
def admin7():
    d = rdate(h0=9, h1=16)
    first = ("Renee - the Commission asked whether we're still charging co-pays for chronic care and MOUD. Can you "
             "confirm what our policy says before I answer them?\n\nCapt. Beale")
    d0 = earlier(d, 120, 1200)
    body = ("Captain,\n\nShort answer: no. Current policy (J-HCP-04, rev. January) is:\n\n"
            "- $5 co-pay for inmate-initiated sick call visits only.\n"
            "- NO co-pay for: intake screening, chronic care clinic, follow-ups ordered by a provider, mental "
            "health services, MOUD/detox, emergencies, prenatal care, TB testing, or anything we initiate.\n"
            "- No one is denied care for inability to pay. If the account is at zero, the charge is waived, not "
            "carried as a debt after release.\n"
            "- Inmates can grieve a charge through the normal grievance process.\n\n"
            "The revision I'm proposing for July would drop the sick call co-pay for anyone under 18 and anyone "
            "who is indigent at the time of the visit. I'll bring numbers to the MAC meeting.\n\nRenee"
            ) + sig("okafor") + gm_quote(S["beale"][0], S["beale"][1], d0, first)
    return {"from": addr("okafor"), "to": addr("beale"), "subject": "Re: co-pay policy question",
            "body": body, "date": d, "reply": True, "reply_dom": SO, "patient": ""}

# ================================================================ CLEAN: lookalike
def ndc():
    return "%05d-%04d-%02d" % (random.randint(100, 76000), random.randint(1, 9999), random.randint(1, 99))

@reg("clean", "lookalike")
def look1():
    d = rdate(h0=5, h1=7)
    inv = "INV-%07d" % random.randint(1000000, 9999999)
    po = "PO-TC-%05d" % random.randint(10000, 99999)
    items = [("sertraline 50 mg tab", 30), ("lisinopril 10 mg tab", 30), ("buprenorphine/naloxone 8-2 mg film", 30),
             ("levetiracetam 500 mg tab", 60), ("albuterol HFA 90 mcg inhaler", 1), ("insulin glargine 100 u/mL pen", 5),
             ("naloxone 4 mg nasal spray", 2), ("acetaminophen 325 mg tab (stock)", 1000), ("ibuprofen 200 mg tab (stock)", 1000),
             ("tuberculin PPD 5 TU/0.1 mL vial", 1)]
    rows = [["Line", "NDC", "Description", "Qty", "Lot", "Exp", "Unit $", "Ext $"]]
    tot = 0
    for i, (desc, q) in enumerate(items, 1):
        up = round(random.uniform(0.02, 48), 2) if q > 5 else round(random.uniform(12, 240), 2)
        n = random.randint(1, 12)
        ext = round(up * n, 2)
        tot += ext
        rows.append([i, ndc(), desc, n, "%s%05d" % (random.choice(["A", "K", "M", "R"]), random.randint(10000, 99999)),
                     (d + datetime.timedelta(days=random.randint(200, 900))).strftime("%m/%Y"), "%.2f" % up, "%.2f" % ext])
    body = ("Bluejay Institutional Pharmacy\nINVOICE %s\n\n"
            "Bill to: Tallow Creek Correctional Health - MCDC (Acct 40-2217)\n"
            "PO: %s\nInvoice date: %s\nTerms: Net 30\nDelivery: Tote #%s, manifest %s\n\n"
            "%s\n\nSubtotal: $%.2f\nTax: $0.00\nTotal due: $%.2f\n\n"
            "Remit to: Bluejay Institutional Pharmacy, PO Box %d, Springfield. Questions: ar@%s\n"
            % (inv, po, mdy(d), digits(4), digits(8), table(rows), tot, tot, random.randint(1000, 9999), RX))
    return {"from": "Bluejay AR <ar@%s>" % RX, "to": "Accounts Payable <ap@%s>" % TC, "cc": addr("okafor"),
            "subject": "Invoice %s - %s" % (inv, po), "body": body, "date": d,
            "atts": [("%s.csv" % inv, csv_text(rows))], "patient": ""}

@reg("clean", "lookalike")
def look2():
    d = rdate(h0=9, h1=15)
    rows = [["Name / Role", "Ext", "Direct", "NPI", "Lic #"]]
    for k, lp in [("raman", "MD"), ("castellano", "APRN"), ("brandt", "MD"), ("ochoa", "DDS")]:
        rows.append([S[k][2], "22%02d" % random.randint(10, 99), phone("573"), "1" + digits(9),
                     lp + "-" + digits(6)])
    for k in ["okafor", "whitfield", "bristow", "tran", "kowalczyk", "pruitt", "ferraro"]:
        rows.append([S[k][2], "22%02d" % random.randint(10, 99), phone("573"), "", ""])
    extra = ("Medical window (booking)      x2210\nMed room / charge nurse       x2214\nMedical fax                   %s\n"
             "Pharmacy (Bluejay) 24h        1-800-%s-%s\nSt. Anselm ED charge          %s\nPoison Control                1-800-222-1222\n"
             "Central Control (jail)        x2000\nTransport Sgt                 x2051\n" % (UNIT_FAX, digits(3), digits(4), phone("636")))
    body = ("Updated phone list for the medical unit - please replace the one taped to the med cart. Changes: new "
            "direct numbers for providers, and the dental line now rings to the admin desk.\n\n" + table(rows) +
            "\n\n" + extra + "\nJoy") + sig("ferraro")
    return {"from": addr("ferraro"), "to": "MCDC Medical Staff <mcdc-medical@%s>" % TC, "cc": "Central Control <control@%s>" % SO,
            "subject": "UPDATED medical unit phone list %s" % d.strftime("%m/%y"), "body": body, "date": d,
            "atts": [("MCDC_med_phone_list.pdf", make_pdf([" | ".join(str(c) for c in r) for r in rows] + [""] + extra.split("\n"),
                                                          "Phone list"))], "patient": ""}

@reg("clean", "lookalike")
def look3():
    d = rdate(h0=9, h1=15)
    codes = [("99202-99205", "New patient office visit (off-site specialty)"), ("99281-99285", "ED visit levels 1-5"),
             ("73721", "MRI lower extremity joint w/o contrast"), ("71046", "Chest x-ray 2 views"),
             ("70450", "CT head w/o contrast"), ("D7140", "Extraction, erupted tooth"),
             ("90791", "Psychiatric diagnostic evaluation"), ("90837", "Psychotherapy 60 min"),
             ("86580", "TB skin test"), ("87389", "HIV-1/2 Ag/Ab"), ("80053", "Comprehensive metabolic panel"),
             ("H0020", "Methadone administration (OTP)"), ("J0572", "Buprenorphine/naloxone, oral, up to 3 mg")]
    icd = [("F10.239", "Alcohol dependence with withdrawal, unspecified"), ("F11.23", "Opioid dependence with withdrawal"),
           ("S01.81XA", "Laceration w/o FB, other part of head, initial"), ("Z11.1", "Encounter for screening for respiratory TB"),
           ("Z04.6", "Encounter for general psychiatric exam, requested by authority"), ("Z65.1", "Imprisonment and other incarceration")]
    body = ("Shawna / Greg,\n\nHere's the code crosswalk we use to reprice off-site claims against the Medicaid fee "
            "schedule under the new amendment. Rates are the 2024 state schedule x 1.10. This is just the reference "
            "table - no claims attached.\n\nCPT/HCPCS/CDT:\n" +
            "\n".join("  %-12s %-48s $%8.2f" % (c, t, random.uniform(14, 780)) for c, t in codes) +
            "\n\nCommon ICD-10-CM on jail claims (for the denial edit list):\n" +
            "\n".join("  %-10s %s" % c for c in icd) +
            "\n\nModifier notes: -25 only with separate E/M; POS 09 (prison/correctional facility) for on-site; "
            "POS 23 ED; POS 22 outpatient hospital.\n\nAngela Whitcomb\nCorrClaims Administrators\n%s\n" % phone("816"))
    return {"from": "Angela Whitcomb <awhitcomb@%s>" % TPA, "to": "%s, %s" % (addr("pruitt"), addr("lindqvist")),
            "subject": "repricing crosswalk 2024", "body": body, "date": d, "patient": ""}

@reg("clean", "lookalike")
def look4():
    d = rdate(h0=8, h1=12)
    mon = (d.replace(day=1) - datetime.timedelta(days=1))
    vals = dict(adp=random.randint(395, 455), intake=random.randint(780, 1150), hs=random.randint(700, 1100),
                sick=random.randint(900, 1400), ciwa=random.randint(90, 180), cows=random.randint(60, 140),
                sw=random.randint(20, 55), er=random.randint(8, 24), adm=random.randint(2, 7), oo=random.randint(30, 70),
                moud=random.randint(40, 90), dental=random.randint(40, 90), grv=random.randint(8, 30))
    rows = [["Metric", mon.strftime("%b %Y")],
            ["Average daily population", vals["adp"]], ["Bookings / receiving screenings", vals["intake"]],
            ["14-day health assessments completed", vals["hs"]], ["Sick call encounters", vals["sick"]],
            ["Alcohol withdrawal monitoring starts (CIWA)", vals["ciwa"]], ["Opioid withdrawal monitoring starts (COWS)", vals["cows"]],
            ["Suicide watch placements", vals["sw"]], ["ED transports", vals["er"]], ["Inpatient admissions", vals["adm"]],
            ["Scheduled off-site appointments", vals["oo"]], ["Patients on MOUD (month end)", vals["moud"]],
            ["Dental encounters", vals["dental"]], ["Medical grievances received", vals["grv"]],
            ["Deaths in custody", 0]]
    body = ("Attached is the %s monthly health services statistical report for MCDC. Highlights:\n\n"
            "- %d receiving screenings, %.1f%% completed within 4 hours of booking\n"
            "- %d withdrawal monitoring starts (%d alcohol, %d opioid)\n"
            "- %d ED transports, %d resulting in admission\n"
            "- MOUD census %d at month end\n\n"
            "Numbers are aggregate; no patient-level detail is included. Full report goes to the Sheriff with the "
            "invoice.\n\nGreg" % (mon.strftime("%B"), vals["intake"], random.uniform(93, 99.5), vals["ciwa"] + vals["cows"],
                                   vals["ciwa"], vals["cows"], vals["er"], vals["adm"], vals["moud"])) + sig("lindqvist")
    return {"from": addr("lindqvist"), "to": addr("beale"), "cc": addr("okafor"),
            "subject": "MCDC health services stats - %s" % mon.strftime("%B %Y"), "body": body, "date": d,
            "atts": [("MCDC_stats_%s.xlsx" % mon.strftime("%Y%m"), make_xlsx(rows, "Monthly"))], "patient": ""}

@reg("clean", "lookalike")
def look5():
    d = rdate(h0=6, h1=18)
    trk = "1Z%s%s" % (digits(6).upper(), digits(10))
    body = ("Your order has shipped!\n\n"
            "Order #: %s\nPO #: PO-TC-%05d\nShip to: Tallow Creek Correctional Health, Marrow County Detention Center, "
            "Attn: Medical Unit - Sally Port Receiving\nCarrier: UPS Ground\nTracking: %s\nEstimated delivery: %s\n\n"
            "Items:\n"
            "  1  HeartSine samaritan Pad-Pak adult   Cat# 11516-%s  Lot %s  Exp %s\n"
            "  1  AED cabinet w/ alarm                 SN  CB%s\n"
            "  2  Pediatric-Pak                        Cat# 11518-%s  Lot %s\n"
            "  1  Replacement battery                  SN  BT%s\n\n"
            "Device registration: please register AED serial numbers at the manufacturer site within 30 days for "
            "recall notifications.\n\nThank you for ordering from ResQ Medical Supply\n1-888-%s-%s | orders@resqmedsupply.net\n"
            % (digits(8), random.randint(10000, 99999), trk, mdy(d + datetime.timedelta(days=4)), digits(3),
               digits(7), (d + datetime.timedelta(days=1100)).strftime("%Y-%m"), digits(9), digits(3), digits(7),
               digits(8), digits(3), digits(4)))
    return {"from": "ResQ Medical Supply <shipping@resqmedsupply.net>", "to": addr("ferraro"),
            "subject": "Shipped: Order for PO-TC (tracking %s)" % trk, "body": body, "date": d,
            "headers": [("Auto-Submitted", "auto-generated")], "patient": ""}

@reg("clean", "lookalike")
def look6():
    d = rdate(h0=7, h1=20)
    inc = "INC00%s" % digits(5)
    body = ("Incident %s has been updated.\n\n"
            "Caller: Miguel Soto (msoto)\nLocation: MCDC - Booking / Intake Medical Station\n"
            "Asset tag: TC-WS-%s   Hostname: MCDC-INTAKE-02   IP: 10.41.%d.%d   MAC: 00:1B:%s:%s:%s:%s\n"
            "Category: Hardware > Label printer (Zebra ZD421)\nPriority: 3 - Moderate\nAssigned to: Field Services - Region 2\n\n"
            "Work notes (%s):\nPrinter prints wristband labels blank after ~10 labels. Replaced ribbon, ran calibration. "
            "Issue persists. Loaner printer (asset TC-PR-%s) installed and mapped to CorrecTek print queue INTAKE_WB. "
            "RMA %s opened with vendor.\n\n"
            "To view this incident: https://servicedesk.%s/inc/%s\n\nTallow Creek Service Desk - ext 4400\n"
            % (inc, digits(5), random.randint(1, 254), random.randint(1, 254), *[hexid(2).upper() for _ in range(4)],
               d.strftime("%m/%d %H:%M"), digits(5), "RMA" + digits(7), TC, inc))
    return {"from": "TCCH Service Desk <servicedesk@%s>" % TC, "to": addr("soto"), "cc": addr("bristow"),
            "subject": "%s updated - Intake wristband printer printing blank" % inc, "body": body, "date": d,
            "headers": [("Auto-Submitted", "auto-generated")], "patient": ""}

@reg("clean", "lookalike")
def look7():
    d = rdate(h0=9, h1=15)
    ppl = [("Alana Bristow", "RN"), ("Kim-Anh Tran", "RN"), ("Marisol Reyes", "RN"), ("Rowena Dizon", "RN"),
           ("Tasha Greene", "LPN"), ("Miguel Soto", "LPN"), ("Carmelita Santos", "LPN"), ("Devin Albright", "LPN (agency)")]
    rows = []
    for n, c in ppl:
        rows.append([n, c, ("RN" if c.startswith("RN") else "PN") + digits(7),
                     mdy(d + datetime.timedelta(days=random.randint(-10, 600))), "BLS " + digits(10),
                     mdy(d + datetime.timedelta(days=random.randint(20, 700)))])
    body = ("Marcus,\n\nQuarterly licence/certification verification for the accreditation binder. All checked "
            "against the Board of Nursing lookup on %s. One licence shows expired in the lookup - please follow up "
            "(it may just be a renewal that hasn't posted).\n\n" % mdy(d) +
            table([["Name", "Cred", "Licence #", "Lic. exp", "BLS card", "BLS exp"]] + rows, sep=" | ") +
            "\n\nProvider DEA and state CSR registrations are on the second tab of the binder spreadsheet.\n\nShawna") + sig("pruitt")
    return {"from": addr("pruitt"), "to": addr("whitfield"), "cc": addr("okafor"),
            "subject": "Q licence verification", "body": body, "date": d, "patient": ""}

# ================================================================ CLEAN: news
@reg("clean", "news")
def news1():
    d = rdate(h0=7, h1=9)
    issue = random.randint(30, 60)
    text = ("THE SALLY PORT DISPATCH - Tallow Creek Correctional Health, Issue %d\n\n"
            "FROM THE CEO\nThis quarter our teams completed more than 41,000 receiving screenings across 23 county "
            "facilities. Thank you for the work you do at 2 a.m. in booking when no one else is watching.\n\n"
            "MOUD EXPANSION\nFourteen of our sites now continue buprenorphine for every patient verified on it at "
            "booking, and nine offer induction. Sites with induction programs reported fewer post-release "
            "emergency visits in the first 30 days, according to our internal quality dashboard.\n\n"
            "NURSE OF THE QUARTER\nCongratulations to the night shift at the Marrow County Detention Center, "
            "recognized by the regional team for zero missed medication passes during the February ice storm.\n\n"
            "CONTINUING EDUCATION\nNew modules are live in the learning portal: Withdrawal Management Update 2024, "
            "Communicating with Custody Partners, and Recognizing Heat Illness in Housing Units.\n\n"
            "SAVE THE DATE\nRegional nursing leadership summit - September, details to follow.\n\n"
            "You are receiving this because you are a Tallow Creek employee. Manage preferences in the intranet." % issue)
    html = ('<html><body style="font-family:Georgia,serif;max-width:640px">'
            '<img src="cid:logo" alt="Tallow Creek" width="160" height="48"><h2>The Sally Port Dispatch</h2>'
            '<p><i>Issue %d</i></p>' % issue +
            "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in text.split("\n\n")[1:]) + "</body></html>")
    return {"from": "TCCH Communications <news@%s>" % TC, "to": "All Staff <allstaff@%s>" % TC,
            "subject": "The Sally Port Dispatch - Issue %d" % issue, "body": text, "html": html, "date": d,
            "inline": [("logo", "logo.png", logo_png())], "patient": ""}

@reg("clean", "news")
def news2():
    d = rdate(h0=9, h1=16)
    n = random.randint(38, 90)
    body = ("HEALTH ADVISORY - Hepatitis A in Congregate and Correctional Settings\n"
            "Distributed to: county jails, correctional health contractors, local health departments\n\n"
            "SUMMARY\nSince January, the state has recorded %d outbreak-associated hepatitis A cases, most among "
            "people who use drugs or are experiencing homelessness. At least %d cases reported recent "
            "incarceration. Jails are a key setting for vaccination.\n\n"
            "RECOMMENDATIONS FOR CORRECTIONAL FACILITIES\n"
            "1. Offer hepatitis A vaccine at intake or the 14-day health assessment to all persons at increased risk.\n"
            "2. Report suspected cases to the local health department within 24 hours.\n"
            "3. Food service workers with jaundice, vomiting or diarrhea should be excluded pending evaluation.\n"
            "4. State-supplied vaccine is available at no cost to county facilities; order through the usual "
            "immunization program form.\n\n"
            "CONTACT\nBureau of Communicable Disease Control, epi on-call line available 24/7.\n\n"
            "This advisory contains no individually identifiable information and may be shared with staff.\n"
            % (n, n // 4))
    return {"from": "State Health Alert Network <han@dhss-alerts.example.org>", "to": "HAN Correctional List <han-corrections@dhss-alerts.example.org>",
            "subject": "HEALTH ADVISORY: Hepatitis A - correctional settings", "body": body, "date": d, "patient": ""}

@reg("clean", "news")
def news3():
    d = rdate(h0=8, h1=11)
    body = ("MIDWEST JAIL HEALTH FORUM 2024\nRegistration is open!\n\n"
            "Join 600+ nurses, physicians, mental health professionals and jail administrators for three days of "
            "practical sessions on:\n"
            "  * Withdrawal management in the first 72 hours\n"
            "  * MOUD in small and rural jails\n"
            "  * Suicide prevention and safe housing design\n"
            "  * Working with public defenders and courts on competency and diversion\n"
            "  * Staffing and retention of correctional nurses\n\n"
            "Early bird rate $495 through the end of the month. Up to 18 contact hours (nursing CE and CME) available.\n\n"
            "Hotel block at the Riverfront Convention Center closes three weeks before the event.\n\n"
            "Register: https://www.midwestjailhealth.org/forum2024\n\n"
            "To unsubscribe from Forum announcements, click here.\n")
    return {"from": "Midwest Jail Health Forum <events@midwestjailhealth.org>", "to": addr("okafor"),
            "subject": "Registration open: Midwest Jail Health Forum 2024", "body": body, "html": True,
            "date": d, "patient": ""}

@reg("clean", "news")
def news4():
    d = rdate(h0=9, h1=15)
    body = ("Hi Renee,\n\nMany county jails are struggling to keep psychiatric coverage on-site. ClearView "
            "TeleBehavioral provides board-certified psychiatrists and psychiatric NPs by secure video, with "
            "same-week new evaluations and a 24/7 on-call line for crisis consults.\n\n"
            "What our partner facilities report after the first year:\n"
            "  - 38%% shorter wait for initial psychiatric evaluation\n"
            "  - Fewer off-site emergency transports for psychiatric evaluation\n"
            "  - Integrated with CorrecTek, TechCare and other correctional EHRs\n\n"
            "We'd love 20 minutes on your calendar to show you a demo. Reply to this email or book directly at "
            "clearviewtbh.com/demo.\n\n"
            "Best,\nJordan Pike\nBusiness Development, ClearView TeleBehavioral\n%s\n\n"
            "If you'd rather not hear from us, reply STOP.\n" % phone("816"))
    return {"from": "Jordan Pike <jpike@clearviewtbh.com>", "to": addr("okafor"),
            "subject": "Psychiatric coverage for Marrow County?", "body": body, "date": d, "patient": ""}

@reg("clean", "news")
def news5():
    d = rdate(h0=10, h1=15)
    body = ("FOR IMMEDIATE RELEASE\nMarrow County Sheriff's Office\n\n"
            "Sheriff Opens Expanded Medical Unit at Detention Center\n\n"
            "HARLAN SPRINGS - The Marrow County Sheriff's Office today opened a renovated 14-bed medical and mental "
            "health unit at the Marrow County Detention Center. The $2.1 million project, funded through the county "
            "capital improvement budget, adds two negative-pressure isolation rooms, a dedicated withdrawal "
            "observation area and a telehealth room.\n\n"
            "\"About one in four people booked into our jail needs some kind of medical monitoring in the first few "
            "days,\" the Sheriff said. \"This unit lets us do that safely here instead of sending deputies to the "
            "emergency room.\"\n\n"
            "Last year the jail booked more than 11,000 people. Medical services are provided under contract by "
            "Tallow Creek Correctional Health.\n\n"
            "Media contact: Public Information Officer, %s\n\n###\n" % phone("573"))
    return {"from": "MCSO Public Information <pio@%s>" % SO, "to": "Media List <media@%s>" % SO,
            "cc": addr("okafor"), "subject": "NEWS RELEASE: Expanded medical unit opens at MCDC", "body": body,
            "date": d, "atts": [("MCSO_release_medical_unit.pdf", make_pdf(body.split("\n"), "News release"))],
            "patient": ""}

@reg("clean", "news")
def news6():
    d = rdate(h0=7, h1=9)
    body = ("CORRECTIONAL HEALTH RESEARCH DIGEST - Monthly\n\n"
            "1) Overdose risk after release\nA retrospective cohort study of about 48,000 releases from county "
            "jails in three states found the overdose death rate in the first two weeks after release was roughly "
            "ten times the rate in the following year. Receipt of MOUD during incarceration was associated with "
            "a lower risk. (Summary; see the full article for methods and limitations.)\n\n"
            "2) Receiving screening accuracy\nA multi-site quality project compared nurse-administered intake "
            "screening with a structured tool and found improved identification of alcohol withdrawal risk.\n\n"
            "3) Heat and medications\nA review article discusses heat illness risk in facilities without air "
            "conditioning for people on antipsychotics, diuretics and anticholinergics.\n\n"
            "Digest prepared by the Tallow Creek Clinical Quality team for internal education. Articles are "
            "summarized, not endorsed.\n")
    return {"from": "Clinical Quality <quality@%s>" % TC, "to": "Clinical Staff <clinical@%s>" % TC,
            "subject": "Research Digest: post-release overdose, intake screening, heat", "body": body,
            "date": d, "patient": ""}

# ================================================================ CLEAN: staff
NURSES = [("Alana Bristow", "RN"), ("Kim-Anh Tran", "RN"), ("Marisol Reyes", "RN"), ("Rowena Dizon", "RN"),
          ("Tasha Greene", "LPN"), ("Miguel Soto", "LPN"), ("Carmelita Santos", "LPN"), ("Devin Albright", "LPN"),
          ("Brooke Yates", "CMA"), ("Imani Carter", "RN")]

@reg("clean", "staff")
def staff1():
    d = rdate(h0=10, h1=16)
    mon = (d.replace(day=1) + datetime.timedelta(days=32)).replace(day=1)
    rows = [["Name", "Cred", "Shift"] + ["%d" % i for i in range(1, 15)]]
    for n, c in NURSES:
        sh = random.choice(["D 0600-1830", "N 1800-0630", "D 0600-1830", "Mid 1000-2230"])
        pat = [random.choice(["X", "X", "X", "", "", "", "OT"]) for _ in range(14)]
        rows.append([n, c, sh] + pat)
    body = ("Hi all,\n\nThe nursing schedule for the first half of %s is attached. Please check your lines and "
            "let me know about mistakes by Friday. Open shifts are marked in yellow on the second tab - "
            "first come first served through the app.\n\n"
            "Reminder that all swaps need Marcus's OK in writing (email is fine). No more than 3 twelves in a row.\n\n"
            "Thanks!\nJoy" % mon.strftime("%B")) + sig("ferraro")
    return {"from": addr("ferraro"), "to": "MCDC Nursing <nursing-staff@%s>" % TC, "cc": addr("whitfield"),
            "subject": "%s schedule (1st half) posted" % mon.strftime("%B"), "body": body, "date": d,
            "atts": [("MCDC_nursing_%s_A.xlsx" % mon.strftime("%Y%m"), make_xlsx(rows, mon.strftime("%b") + " 1-14"))],
            "patient": ""}

@reg("clean", "staff")
def staff2():
    d = rdate(h0=9, h1=16)
    mon = (d.replace(day=1) + datetime.timedelta(days=32)).replace(day=1)
    wk = []
    provs = ["Dr. Raman (MD)", "L. Castellano (FNP)", "Dr. Okoye (MD, regional backup)"]
    for i in range(5):
        st = mon + datetime.timedelta(days=7 * i)
        wk.append("  Week of %-6s  Medical: %-32s Psych: %s" % (md(st), random.choice(provs),
                                                               random.choice(["Dr. Brandt", "Dr. Halvorsen (ClearView)"])))
    body = ("Provider on-call for %s:\n\n%s\n\n"
            "Nursing calls the on-call provider for: CIWA >15 / COWS >12, any chest pain, new suicide watch "
            "placements after hours (psych), and any ED send-out. Use the answering service at %s - do not "
            "text providers' personal cells.\n\n"
            "Dental emergencies after hours go to the ED per protocol.\n\nPriya" % (mon.strftime("%B"), "\n".join(wk), phone("800"))) + sig("raman")
    return {"from": addr("raman"), "to": "MCDC Medical Staff <mcdc-medical@%s>" % TC,
            "subject": "On-call schedule %s" % mon.strftime("%B"), "body": body, "date": d, "patient": ""}

@reg("clean", "staff")
def staff3():
    d = rdate(h0=8, h1=12)
    body = ("Team,\n\nTwo payroll items from corporate:\n\n"
            "1) Timesheets for the pay period ending on the 15th are due by 10:00 AM Monday (not Tuesday) because of "
            "the holiday. Missing punches need a corrected punch form signed by Marcus or me.\n\n"
            "2) Starting next pay period, night differential goes from $3.00 to $4.25/hr for RNs and LPNs, and the "
            "weekend differential of $2.00/hr now applies to Friday nights starting at 1800. Agency staff are not "
            "affected.\n\n"
            "If your paycheck looks wrong, email payroll@%s with your employee ID - not your SSN.\n\nRenee" % TC) + sig("okafor")
    return {"from": addr("okafor"), "to": "MCDC Medical Staff <mcdc-medical@%s>" % TC,
            "subject": "Payroll: timesheet deadline + differential change", "body": body, "date": d, "patient": ""}

@reg("clean", "staff")
def staff4():
    d = rdate(h0=9, h1=14)
    body = ("Please welcome Imani Carter, RN to the MCDC team! Imani comes to us from the St. Anselm ED where she "
            "worked for six years, and she'll be on days in booking/intake after orientation. She's shadowing "
            "Alana this week and Miguel next week.\n\n"
            "Also - it's Tasha's 10-year anniversary with Tallow Creek on Friday!! Potluck in the break room Friday "
            "from 1130-1330. Sign-up sheet is on the fridge. Deputies from booking are invited. Please no "
            "peanut stuff on the main table, we'll have a separate spot for it.\n\nJoy :)")
    return {"from": addr("ferraro"), "to": "MCDC Medical Staff <mcdc-medical@%s>" % TC,
            "cc": "%s, %s" % (addr("coyle"), addr("hargrove")), "subject": "Welcome Imani + Friday potluck!",
            "body": body, "html": True, "date": d, "patient": ""}

@reg("clean", "staff")
def staff5():
    d = rdate(h0=9, h1=16)
    st = d + datetime.timedelta(days=random.randint(10, 20))
    en = st + datetime.timedelta(days=11)
    body = ("Joy,\n\nFYI Tasha will be out on approved leave %s through %s. She'll be back on her regular days "
            "after that.\n\nCoverage:\n"
            "- Med pass days: Carmelita (M/W/F), Devin from Northpoint (T/Th/Sat)\n"
            "- Her chronic care med reconciliation work: Marisol\n"
            "- Keys to the med cart go to the charge nurse, not left in the lockbox\n\n"
            "Please update the schedule and the phone list. No need to share details beyond that she's on "
            "approved leave.\n\nMarcus" % (mdy(st), mdy(en))) + sig("whitfield", 1)
    return {"from": addr("whitfield"), "to": addr("ferraro"), "cc": addr("okafor"),
            "subject": "Tasha - leave coverage", "body": body, "date": d, "patient": ""}

@reg("clean", "staff")
def staff6():
    d = rdate(h0=9, h1=16)
    st = d + datetime.timedelta(days=14)
    body = ("Hi Marcus,\n\nConfirming the assignment below:\n\n"
            "  Clinician:      Devin Albright, LPN\n"
            "  Licence:        verified active, multistate (compact)\n"
            "  BLS:            current through next year\n"
            "  Background:     cleared; jail security clearance submitted to MCSO on %s\n"
            "  Start date:     %s (orientation 0700 in the medical unit)\n"
            "  Length:         13 weeks, 36 hrs/wk, days\n"
            "  Bill rate:      per MSA Schedule B (LPN - correctional)\n\n"
            "Devin has 2 years of correctional experience at the Greene County jail. Please have someone meet him "
            "at the lobby - he'll need a temporary ID from the Sheriff's office on day 1.\n\n"
            "Thanks!\nCassie" % (mdy(d), longdate(st))) + sig("dunmore")
    return {"from": addr("dunmore"), "to": addr("whitfield"), "cc": addr("ferraro"),
            "subject": "Assignment confirmation - D. Albright LPN - MCDC", "body": body, "date": d, "patient": ""}

@reg("clean", "staff")
def staff7():
    d = rdate(h0=9, h1=16)
    first = ("Holiday OT sign-up is posted for the 4th of July weekend. We need 2 extra on days and 1 on nights "
             "(booking gets busy with fireworks arrests). Time-and-a-half plus holiday pay. Reply all with your "
             "preference.\n\nMarcus")
    d0 = earlier(d, 60, 500)
    body = ("I can do the night of the 4th. Not the 5th, I have my kid that weekend.\n\n"
            "Kim-Anh" + gm_quote(S["whitfield"][0], S["whitfield"][1], d0, first))
    return {"from": addr("tran"), "to": "MCDC Nursing <nursing-staff@%s>" % TC, "cc": addr("whitfield"),
            "subject": "Re: July 4th OT sign-up", "body": body, "date": d, "reply": True, "patient": ""}

# ================================================================ CLEAN: training
@reg("clean", "training")
def train1():
    d = rdate(h0=9, h1=15)
    dd = d + datetime.timedelta(days=6)
    body = ("Lt. Hargrove / nursing,\n\nWe're running an unannounced-ish \"man down\" drill next week (%s, sometime "
            "2nd shift). The scenario below is fictional - the role player is Deputy volunteer, not an inmate.\n\n"
            "SCENARIO (FICTITIOUS): \"John Sample,\" 34, found unresponsive in cell E-112 by the rounding deputy. "
            "Shallow breathing, pinpoint pupils. Cellmate says he \"took something from the yard.\"\n\n"
            "Expected actions:\n"
            "  1. Deputy calls \"medical emergency, E pod\" on radio; Central Control pages medical.\n"
            "  2. Deputy administers naloxone from the post kit, starts rescue breathing.\n"
            "  3. Nursing arrives with the emergency bag + AED within 4 minutes.\n"
            "  4. Second naloxone dose at 2-3 min if no response; 911 called by Central Control.\n"
            "  5. Debrief at the sally port, 15 min.\n\n"
            "Evaluators: Marcus (nursing), Sgt. Ruiz (custody). Time stamps on the drill sheet.\n\nRenee" % mdy(dd)) + sig("okafor")
    return {"from": addr("okafor"), "to": "%s, MCDC Nursing <nursing-staff@%s>" % (addr("hargrove"), TC),
            "cc": addr("ruiz"), "subject": "Mock emergency drill - week of %s" % md(dd), "body": body, "date": d,
            "patient": ""}

@reg("clean", "training")
def train2():
    d = rdate(h0=9, h1=15)
    body = ("Withdrawal Management In-Service - Post-Quiz (answer key at bottom)\n\n"
            "Case study (de-identified composite): A 52-year-old man is booked at 2300 after a traffic stop. He "
            "reports drinking \"a fifth a day\" and his last drink was 8 hours ago. At 0600: HR 112, BP 158/96, "
            "moderate tremor with arms extended, drenching sweats, anxious, reports nausea without vomiting, "
            "oriented x4, no hallucinations, mild headache.\n\n"
            "1. Score each CIWA-Ar item you can from the case. What is the approximate total?\n"
            "2. Which score threshold in our protocol triggers a call to the provider?\n"
            "3. Name two factors that increase the risk of withdrawal seizures.\n"
            "4. True/False: A patient who is asleep should be woken for a scheduled CIWA.\n"
            "5. When is the COWS used instead of CIWA?\n\n"
            "------\nKEY: 1) ~16-18 (nausea 3, tremor 4, sweats 4-7, anxiety 2-4, headache 1, orientation 0) "
            "2) >15 or any hallucinations 3) prior seizures/DTs, multiple prior withdrawals, benzodiazepine use "
            "4) False - document asleep, recheck in 1 hour unless vitals are abnormal 5) opioid withdrawal\n\n"
            "Please turn in quizzes to Marcus by Friday. Completion counts toward your annual competencies.\n")
    return {"from": addr("whitfield"), "to": "MCDC Nursing <nursing-staff@%s>" % TC,
            "subject": "Withdrawal in-service quiz", "body": body, "date": d,
            "atts": [("CIWA_quiz.docx", make_docx([l for l in body.split("\n")]))], "patient": ""}

@reg("clean", "training")
def train3():
    d = rdate(h0=9, h1=15)
    body = ("CorrecTek 24.2 Upgrade - User Acceptance Test Script UAT-07 (Intake)\n"
            "Environment: TRAIN (https://mcdc-train.correctek-hosted.net) - DO NOT USE PRODUCTION\n\n"
            "Test patient: TEST, INTAKEPATIENT  |  Booking 99-000017  |  DOB 01/01/1990  |  MRN ZZ0000017\n\n"
            "Step  Action                                                 Expected result                 Pass/Fail\n"
            "1     Search booking 99-000017, open Receiving Screening     Form loads with JMS demographics\n"
            "2     Answer 'Yes' to alcohol use in last 24h                CIWA flowsheet auto-ordered q4h\n"
            "3     Enter allergy 'penicillin' from picklist               Allergy banner turns red\n"
            "4     Enter home med 'lisinopril 10 mg' as verified          Med rec task created for NP\n"
            "5     Answer 'Yes' to suicide screening Q3                   MH referral + alert to Central Control\n"
            "6     Sign screening                                         ADT A04 sent to pharmacy (check log)\n"
            "7     Print wristband                                        Label prints on INTAKE_WB queue\n\n"
            "Testers: Miguel, Marisol, Kim-Anh. Record results in the UAT tracker by Wednesday. Screenshots "
            "go in the UAT folder, not email.\n\nTCCH Clinical Informatics\n")
    return {"from": "Clinical Informatics <informatics@%s>" % TC, "to": "%s, %s, %s" % (addr("soto"), addr("reyes"), addr("tran")),
            "cc": addr("whitfield"), "subject": "UAT-07 intake test script - CorrecTek 24.2", "body": body,
            "date": d, "atts": [("UAT-07_intake.txt", body)], "patient": ""}

@reg("clean", "training")
def train4():
    d = rdate(h0=9, h1=15)
    body = ("Hi all,\n\nFor Thursday's suicide prevention refresher (deputies + nursing, 1 hour, roll-call room), "
            "we'll walk through the case below. It's a composite written for training - details are invented and "
            "it is not based on anyone currently or previously housed here.\n\n"
            "CASE: A woman in her 20s, first-time booking on a probation violation. At intake she answers 'no' to "
            "all suicide screening questions but is tearful, says her children are with her mother and asks "
            "several times when she can call. On day 2 she declines meals and gives away her commissary.\n\n"
            "Discussion:\n"
            "  - Which observations should prompt a referral even when the screening is negative?\n"
            "  - What can a housing deputy do in the first 10 minutes?\n"
            "  - What are the observation levels and who can change them?\n"
            "  - How do we document and hand off between custody and medical?\n\n"
            "Sign-in sheet counts for annual training hours.\n\nDana") + sig("kowalczyk")
    return {"from": addr("kowalczyk"), "to": "%s, MCDC Nursing <nursing-staff@%s>" % (addr("hargrove"), TC),
            "subject": "Thurs suicide prevention refresher - case study", "body": body, "date": d, "patient": ""}

@reg("clean", "training")
def train5():
    d = rdate(h0=9, h1=15)
    dates = [d + datetime.timedelta(days=i) for i in (5, 8, 12)]
    body = ("Naloxone training for custody staff - sign-up\n\n"
            "Sessions (30 min, roll-call room):\n" +
            "\n".join("  %s  0645 and 1845" % longdate(x) for x in dates) +
            "\n\nAll post officers must complete before the new kits go out. Bring your ID for the sign-in sheet.\n\n"
            "Post-test (10 questions, 80%% to pass) is attached - instructors have the key. Sample questions:\n"
            "  Q1. Signs of opioid overdose include: (a) pinpoint pupils (b) slow or no breathing "
            "(c) unresponsive (d) all of the above\n"
            "  Q2. How long should you wait before giving a second dose if there is no response?\n"
            "  Q3. True or False: naloxone can hurt someone who has not taken opioids.\n\n"
            "Questions: Marcus Whitfield, x2214\n")
    pdf = make_pdf(["NALOXONE POST-TEST - CUSTODY STAFF", "", "Name: ____________  Badge: ______  Date: ______", "",
                    "1. Signs of opioid overdose include: a) pinpoint pupils b) slow breathing c) unresponsive d) all",
                    "2. Naloxone nasal spray is given: a) in one nostril b) under the tongue c) in the arm",
                    "3. If no response in 2-3 minutes you should: ______________________",
                    "4. T / F  Naloxone can hurt someone who has not taken opioids.",
                    "5. After giving naloxone you must always: a) call medical b) document c) both",
                    "6. T / F  Fentanyl can be absorbed by touching a closed packet.",
                    "7. The recovery position means: ______________________",
                    "8. How long does naloxone last compared with most opioids?",
                    "9. Where are the post kits kept on your unit?",
                    "10. Who restocks a used kit?"], "Post-test")
    return {"from": addr("whitfield"), "to": "MCSO Custody Staff <custody-all@%s>" % SO, "cc": addr("hargrove"),
            "subject": "Naloxone training sign-up + post-test", "body": body, "date": d,
            "atts": [("naloxone_post_test.pdf", pdf)], "patient": ""}

@reg("clean", "training")
def train6():
    d = rdate(h0=9, h1=15)
    segs = ["MSH|^~\\&|CORRECTEK|MCDC_MED|BLUEJAY_RX|BLUEJAY|%s||ADT^A04^ADT_A01|TST000%s|T|2.5.1" % (hl7ts(d), digits(4)),
            "EVN|A04|%s" % hl7ts(d),
            "PID|1||ZZ0000031^^^MCDC^MR~99-000031^^^MCSO^BKG||ZZTEST^PHARMACY^A||19800101|U|||1 TEST WAY^^NOWHERE^MO^00000",
            "PV1|1|O|INTAKE^BKG^01^MCDC",
            "AL1|1|DA|70618^PENICILLIN^RXNORM|MO|HIVES",
            "AL1|2|FA|762952008^PEANUT^SCT|SV|ANAPHYLAXIS"]
    body = ("Neil / Bluejay interface team,\n\nFor the allergy coding fix we'd like to validate in your TEST "
            "environment before go-live. Below is the sample message (processing ID = T, fake patient ZZTEST). "
            "Expected: both AL1 segments load with coded values and MSA|AA is returned.\n\n" + "\n".join(segs) +
            "\n\nPlease send back the ACK and a screenshot of the test profile. No production data will be sent "
            "until both sides sign off.\n\nThanks,\nTCCH Interfaces Team\ninterfaces@%s\n" % TC)
    return {"from": "TCCH Interfaces <interfaces@%s>" % TC, "to": addr("osterhout"),
            "cc": "Bluejay Interface Services <ifsupport@%s>" % RX,
            "subject": "Interface validation - ADT A04 allergy coding (TEST env)", "body": body, "date": d,
            "patient": ""}

# ================================================================ main
EXPECTED = {("phi", "care"): 8, ("phi", "ids"): 8, ("phi", "lang"): 8, ("phi", "lists"): 7, ("phi", "names"): 8,
            ("phi", "self"): 7, ("phi", "struct"): 7, ("clean", "admin"): 7, ("clean", "lookalike"): 7,
            ("clean", "news"): 6, ("clean", "staff"): 7, ("clean", "training"): 6}

def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    counts = {}
    rows = []
    for label, kind, fn in REG:
        m = fn()
        n = counts.get((label, kind), 0) + 1
        counts[(label, kind)] = n
        name = "%s-%s-%03d.eml" % (label, kind, n)
        e = build(m)
        with open(os.path.join(out, name), "wb") as fh:
            fh.write(e.as_bytes(policy=policy.SMTP))
        rows.append([name, label, kind, m.get("patient", "") if label == "phi" else ""])
    with open(os.path.join(out, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    assert counts == EXPECTED, counts
    for (label, kind), n in counts.items():
        print("%s-%s: %d" % (label, kind, n))
    print("total: %d" % sum(counts.values()))

if __name__ == "__main__":
    main()
