#!/usr/bin/env python3
"""Generate a blind evaluation set of sleep-medicine clinic / home sleep test / CPAP supply email.
Usage: python3 gen.py OUTDIR
Everything here is invented.
"""
import sys, os, io, csv, json, random, zipfile, zlib, struct, datetime
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

SEED = 10301
random.seed(SEED)

CLINIC = "brightwatersleep.org"
DME = "bwhomerespiratory.com"
CLINIC_NAME = "Brightwater Sleep Center"
DME_NAME = "Brightwater Home Respiratory"
CLINIC_ADDR = "2200 Kessler Pkwy, Suite 310, Dalton Ridge, OH 43219"
DME_ADDR = "418 Foundry Ct, Dalton Ridge, OH 43219"
CLINIC_PH = "(614) 482-7730"
CLINIC_FAX = "(614) 482-7731"
DME_PH = "(614) 482-7790"
DME_TF = "(866) 390-2217"
DME_FAX = "(614) 482-7795"

EST = datetime.timezone(datetime.timedelta(hours=-5))
EDT = datetime.timezone(datetime.timedelta(hours=-4))


def tzfor(d):
    # crude US DST: mid-March to early November
    return EDT if (3, 10) <= (d.month, d.day) <= (11, 3) else EST


def rdt(start=(2024, 1, 8), end=(2025, 6, 27), hours=(7, 18), weekday=True):
    s = datetime.date(*start)
    e = datetime.date(*end)
    while True:
        d = s + datetime.timedelta(days=random.randrange((e - s).days))
        if not weekday or d.weekday() < 5:
            break
    h = random.randint(*hours)
    return datetime.datetime(d.year, d.month, d.day, h, random.randint(0, 59), random.randint(0, 59), tzinfo=tzfor(d))


def before(dt, hours_min=1, hours_max=30):
    return dt - datetime.timedelta(minutes=random.randint(hours_min * 60, hours_max * 60))


def after_days(dt, lo, hi):
    return (dt + datetime.timedelta(days=random.randint(lo, hi))).date()


def md(d):
    return f"{d.month}/{d.day}"


def mdy(d):
    return d.strftime("%m/%d/%Y")


def mdy_short(d):
    return f"{d.month}/{d.day}/{d.strftime('%y')}"


def long_date(d):
    return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y")


def hl7ts(d):
    return d.strftime("%Y%m%d%H%M")


def rhex(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def msgid(domain):
    return f"<{rhex(12)}.{random.randint(10000, 999999)}@{domain}>"


def on_wrote(dt, who):
    t = dt.strftime("%I:%M %p").lstrip("0")
    return f"On {dt.strftime('%a, %b')} {dt.day}, {dt.year} at {t}, {who} wrote:"


def outlook_hdr(frm, dt, to, subj, cc=None):
    t = dt.strftime("%I:%M %p").lstrip("0")
    s = f"-----Original Message-----\nFrom: {frm}\nSent: {dt.strftime('%A, %B')} {dt.day}, {dt.year} {t}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    return s + f"Subject: {subj}\n"


def quote(text, depth=1):
    p = ">" * depth
    return "\n".join((p + " " + l) if l.strip() else p for l in text.strip("\n").splitlines())


# ---------------------------------------------------------------- people
FIRST_F = ["Linda", "Patricia", "Denise", "Marisol", "Tamika", "Rosalind", "Judith", "Heather", "Brenda", "Yolanda",
           "Carol", "Sharon", "Kimberly", "Gloria", "Renee", "Alicia", "Bethany", "Darlene", "Wanda", "Crystal",
           "Janelle", "Meredith", "Trudy", "Connie", "Ingrid", "Latoya", "Noreen", "Felicia", "Paula", "Ruthann"]
FIRST_M = ["Gary", "Dennis", "Raymond", "Terrence", "Curtis", "Walter", "Douglas", "Leon", "Harold", "Randall",
           "Alvin", "Earl", "Victor", "Clifford", "Duane", "Reginald", "Stanley", "Wesley", "Floyd", "Bernard",
           "Kenneth", "Tyrone", "Glenn", "Howard", "Russell", "Dale", "Lamar", "Everett", "Jerome", "Calvin"]
LAST = ["Kowalczyk", "Tolliver", "Abernathy", "Pruitt", "Castellanos", "Whitfield", "Lindqvist", "Okonkwo", "Brannigan",
        "Hollister", "McCready", "Szabo", "Fairweather", "Delacroix", "Huddleston", "Yarbrough", "Stroud", "Villareal",
        "Gorski", "Ambrose", "Pettigrew", "Rasmussen", "Dunleavy", "Keplinger", "Oyelaran", "Marchetti", "Bledsoe",
        "Quintero", "Sandoval", "Whitcomb", "Ferrante", "Haskins", "Lutz", "Mabry", "Nordquist", "Ostrowski",
        "Pennington", "Rutledge", "Stoltzfus", "Tidwell", "Upchurch", "Vandermeer", "Wojcik", "Zeller", "Blevins",
        "Crenshaw", "Dombrowski", "Eckhardt", "Gallardo", "Hinojosa", "Ackerly", "Barnhill", "Cavanaugh", "Dreyer",
        "Emberton", "Fitzhugh", "Gutowski", "Halvorsen", "Ingersoll", "Jablonski", "Kimbrough", "Lattimore", "Mancuso",
        "Nwachukwu", "Oberholtzer", "Pacheco", "Quarles", "Reinholt", "Sauceda", "Thibodeaux", "Underhill", "Varga",
        "Wheatley", "Yancey", "Zamudio", "Abernethy-Lowe", "Bettencourt", "Chowdhury", "Darrow", "Espinal", "Forsythe",
        "Grzelak", "Hargrove", "Iverson", "Jimenez", "Kuykendall", "Lindgren", "Mabrey", "Nakashima", "Ochoa",
        "Pulaski", "Rambeau", "Stallworth", "Trevino", "Ulrich", "Voss", "Winslow", "Yoder", "Zielinski", "Amsel",
        "Burkhalter", "Cisneros", "Dunaway", "Everly", "Fugate", "Gaskins", "Hembree", "Imhoff", "Judd", "Kessinger"]
_used = set()


def pname(sex=None):
    tries = 0
    while True:
        tries += 1
        s = sex or random.choice("FM")
        f = random.choice(FIRST_F if s == "F" else FIRST_M)
        l = random.choice(LAST)
        if (f, l) in _used:
            continue
        if tries < 200 and l in {u[1] for u in _used}:
            continue
        _used.add((f, l))
        return f, l


def dob(lo=24, hi=84):
    y = random.randint(2025 - hi, 2025 - lo)
    return datetime.date(y, random.randint(1, 12), random.randint(1, 28))


def phone(area=None):
    a = area or random.choice(["614", "740", "380", "937", "419", "330", "567"])
    return f"({a}) {random.randint(201, 989)}-{random.randint(1000, 9999)}"


def phone_dash(area=None):
    a = area or random.choice(["614", "740", "380", "937"])
    return f"{a}-{random.randint(201, 989)}-{random.randint(1000, 9999)}"


STREETS = ["Maple Hollow Dr", "Birchwood Ln", "Carrington Ave", "Old Mill Rd", "Sycamore St", "Tanager Ct",
           "Westbury Blvd", "Hickory Ridge Rd", "Lantern Way", "Ashgrove Ave", "Ridgeview Ter", "Cobblestone Ln",
           "Pheasant Run", "Quarry Rd", "Elmhurst Pl", "Fenwick St"]
TOWNS = [("Dalton Ridge", "43219"), ("Millbrook", "43062"), ("Cranford Falls", "43125"), ("East Harlow", "43147"),
         ("Pickett", "43160"), ("Vinton Springs", "43082"), ("Loudon Mills", "43338"), ("Shelby Crossing", "43230")]


def address(apt=False):
    t, z = random.choice(TOWNS)
    a = f"{random.randint(12, 9870)} {random.choice(STREETS)}"
    if apt:
        a += f" Apt {random.randint(1, 4)}{random.randint(0, 2)}{random.randint(1, 9)}"
    return a, t, "OH", z


def addr1(apt=False):
    a, t, s, z = address(apt)
    return f"{a}, {t}, {s} {z}"


def mrn():
    return str(random.randint(1000000, 8999999))


def member_id(prefix):
    return prefix + str(random.randint(100000000, 999999999))


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    N = "0123456789"
    c = [random.choice("123456789"), random.choice(L), random.choice(L + N), random.choice(N),
         random.choice(L), random.choice(L + N), random.choice(N), random.choice(L), random.choice(L),
         random.choice(N), random.choice(N)]
    return "".join(c)


def ssn():
    return f"{random.randint(101, 665)}-{random.randint(10, 99)}-{random.randint(1000, 9999)}"


def ups():
    return "1Z" + "".join(random.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)) + \
        "".join(random.choice("0123456789") for _ in range(10))


# clinic and DME staff: key -> (display, email, title, phone)
STAFF = {
    "raman": ("Priya Raman, MD", "praman@" + CLINIC, "Medical Director, Sleep Medicine", CLINIC_PH),
    "achter": ("Thomas Achterberg, DO", "tachterberg@" + CLINIC, "Sleep Medicine Physician", CLINIC_PH),
    "haddad": ("Nadia Haddad", "nhaddad@" + CLINIC, "FNP-C, Sleep Medicine", CLINIC_PH),
    "marcus": ("Marcus Bell", "mbell@" + CLINIC, "RPSGT, Lead Night Technologist", "(614) 482-7736"),
    "keisha": ("Keisha Dorsey", "kdorsey@" + CLINIC, "RPSGT, RST", "(614) 482-7736"),
    "owen": ("Owen Fairbanks", "ofairbanks@" + CLINIC, "CRT, Polysomnographic Technician", "(614) 482-7736"),
    "hannah": ("Hannah Liebowitz", "hliebowitz@" + CLINIC, "RRT, CPAP Clinic", "(614) 482-7742"),
    "carmen": ("Carmen Ibarra", "cibarra@" + CLINIC, "Scheduling Coordinator", "(614) 482-7733"),
    "danielle": ("Danielle Pruett", "dpruett@" + CLINIC, "Patient Services Representative", CLINIC_PH),
    "ruth": ("Ruth Okafor", "rokafor@" + CLINIC, "Revenue Cycle Manager", "(614) 482-7748"),
    "jolene": ("Jolene Park", "jpark@" + CLINIC, "Practice Administrator", "(614) 482-7739"),
    "ben": ("Ben Whitlock", "bwhitlock@" + CLINIC, "IT / Systems Analyst", "(614) 482-7755"),
    "sofia": ("Sofia Marquez", "smarquez@" + CLINIC, "Bilingual Patient Coordinator", "(614) 482-7734"),
    "lorena": ("Lorena Dabrowski", "ldabrowski@" + CLINIC, "Prior Authorization Specialist", "(614) 482-7747"),
    "vic": ("Victor Amadi", "vamadi@" + CLINIC, "Billing Specialist", "(614) 482-7749"),
    "greg": ("Greg Szymanski", "gszymanski@" + DME, "Operations Manager", DME_PH),
    "tasha": ("Tasha Monroe", "tmonroe@" + DME, "Customer Care Specialist", DME_PH),
    "minh": ("Minh Tran", "mtran@" + DME, "Resupply Coordinator", DME_PH),
    "ana": ("Ana Paula Ferreira", "aferreira@" + DME, "Patient Care Coordinator (Português/Español)", DME_PH),
    "jin": ("Jin-ho Seo", "jseo@" + CLINIC, "Billing Specialist", "(614) 482-7749"),
    "hst": ("Rebecca Strand", "rstrand@" + DME, "HST Program Coordinator", "(614) 482-7793"),
}


def who(k):
    d, e, t, p = STAFF[k]
    return f"{d} <{e}>"


def em(k):
    return STAFF[k][1]


def nm(k):
    return STAFF[k][0].split(",")[0]


def fn(k):
    return STAFF[k][0].split()[0]


def sig(k, full=True):
    d, e, t, p = STAFF[k]
    org = DME_NAME if e.endswith(DME) else CLINIC_NAME
    if not full:
        return f"{d}\n{t}"
    fax = DME_FAX if e.endswith(DME) else CLINIC_FAX
    return f"{d}\n{t}\n{org}\nP {p} | F {fax}\n{e}"


DISC_CLINIC = ("CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the "
               "intended recipient(s) and may contain confidential and privileged information, including protected "
               "health information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are "
               "not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the "
               "original message.")
DISC_DME = ("This message is intended only for the addressee and may contain information that is confidential. "
            "If you received it in error please notify " + DME_NAME + " at " + DME_TF + " and delete it. "
            "Thank you.")

# ---------------------------------------------------------------- file builders
ZDT = (2024, 1, 2, 9, 0, 0)


def zbuild(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def xesc(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def colname(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Sheet1"):
    out = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{colname(c)}{r}"
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{xesc(v)}</t></is></c>')
        out.append(f'<row r="{r}">' + "".join(cells) + "</row>")
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                 + "".join(out) + "</sheetData></worksheet>")
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
          f'<sheets><sheet name="{xesc(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return zbuild([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                   ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet_xml)])


def docx(paragraphs):
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{xesc(p)}</w:t></w:r></w:p>' for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + body + '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>')
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
    return zbuild([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def pdf(lines, size=10):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = f"BT /F1 {size} Tf 54 744 Td {size + 4} TL\n"
    for ln in lines:
        content += f"({esc(ln)}) Tj T*\n"
    content += "ET"
    cb = content.encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Length " + str(len(cb)).encode() + b" >>\nstream\n" + cb + b"\nendstream"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return out


def png(w, h, pix):
    raw = b"".join(b"\x00" + b"".join(bytes(pix(x, y)) for x in range(w)) for y in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def logo_png():
    # navy banner with a pale crescent moon
    def pix(x, y):
        dx, dy = x - 26, y - 20
        dx2, dy2 = x - 33, y - 15
        if dx * dx + dy * dy < 196 and not (dx2 * dx2 + dy2 * dy2 < 150):
            return (244, 226, 160)
        if 50 <= x <= 150 and 17 <= y <= 22:
            return (120, 170, 210)
        return (22, 44, 84)
    return png(160, 40, pix)


def blank_scan_png():
    def pix(x, y):
        if x < 3 or y < 3 or x > 196 or y > 256:
            return (205, 205, 200)
        return (250, 250, 246)
    return png(200, 260, pix)


def ics(uid, summary, start, end, location, desc, organizer):
    def f(d):
        return d.astimezone(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    return ("BEGIN:VCALENDAR\r\nPRODID:-//Brightwater//Scheduler 2.1//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\n"
            f"UID:{uid}\r\nDTSTAMP:{f(start - datetime.timedelta(days=6))}\r\nDTSTART:{f(start)}\r\nDTEND:{f(end)}\r\n"
            f"SUMMARY:{summary}\r\nLOCATION:{location}\r\nDESCRIPTION:{desc}\r\n"
            f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n")


# ---------------------------------------------------------------- message builder
def mk(frm, to, subject, body, date, cc=None, html=None, atts=None, headers=None, reply=False):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to if isinstance(to, str) else ", ".join(to)
    if cc:
        m["Cc"] = cc if isinstance(cc, str) else ", ".join(cc)
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    dom = frm.split("@")[-1].rstrip(">").strip()
    m["Message-ID"] = msgid(dom)
    if reply:
        ref = msgid(random.choice([CLINIC, DME, "mail.example.com"]))
        m["In-Reply-To"] = ref
        m["References"] = ref
    for k, v in (headers or {}).items():
        m[k] = v
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    for fname, ctype, data in (atts or []):
        mt, st = ctype.split("/", 1)
        if mt == "text":
            if isinstance(data, bytes):
                data = data.decode("utf-8")
            m.add_attachment(data, subtype=st, filename=fname)
        else:
            if isinstance(data, str):
                data = data.encode("utf-8")
            m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    return m


def html_wrap(text, extra_style=""):
    paras = []
    for block in text.strip().split("\n\n"):
        paras.append("<p>" + xesc(block).replace("\n", "<br>\n") + "</p>")
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;'
            f'font-size:11pt;{extra_style}">\n' + "\n".join(paras) + "\n</body></html>")


XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# ================================================================ PHI: care
def care_1():
    f, l = pname("F")
    d = rdt()
    appt = after_days(d, 2, 4)
    while appt.weekday() > 4:
        appt += datetime.timedelta(days=1)
    ph = phone()
    body = f"""Hi Hannah,

{f} {l} called again this morning -- she says the cushion on her mask is "all stretched out" and her husband can hear it hissing from across the room. I put her on your {appt.strftime('%A')} ({md(appt)}) at 2:00, the 30 min slot.

She's asking if she can just swap it while she's here instead of waiting on the mail order. Can someone from DME bring a medium up to the 3rd floor? (She thinks it's a medium, the one with the forehead piece.) Her cell is {ph} if you need to confirm anything with her before then.

Thanks!!
Danielle

{sig('danielle')}
"""
    m = mk(who("danielle"), who("hannah"), f"pt coming {appt.strftime('%a').lower()} 2pm - needs new cushion", body, d,
           cc=who("tasha"))
    return m, f"{f} {l}"


def care_2():
    f, l = pname("M")
    df = random.choice(FIRST_F)
    dl = random.choice(["Hale", "Simmons", "Avery", l])
    b = dob(78, 86)
    ph = phone()
    ad = addr1()
    d0 = rdt()
    d1 = d0 + datetime.timedelta(hours=random.randint(1, 4), minutes=random.randint(3, 50))
    orig = f"""Hello,

My name is {df} {dl}, I'm the daughter of {f} {l} (DOB {mdy(b)}) who sees Dr. Achterberg. Dad got his machine about three weeks ago and I'm staying with him this week while my brother is out of town.

He puts it on when he goes to bed but every morning I find it on the floor next to the bed. He says it "blows too hard" when he first lies down and he pulls it off without waking up all the way. He's {2025 - b.year} and doesn't hear the phone well so please call me instead at {ph}.

Is there someone who could come by the house and show him again how it works? He lives at {ad}. I can be there any afternoon.

Thank you,
{df}
"""
    top = f"""Hi {df},

Thank you for reaching out, and I'm glad you're with him this week. I've passed this along to Hannah, our respiratory therapist, and to our home equipment team. They can turn on the setting that lets the air start out soft and build up slowly after he falls asleep -- that usually helps a lot with the "blowing too hard" feeling.

Our home team (Brightwater Home Respiratory) can do a visit at the house. Tasha Monroe will call you at {ph} to set up a day this week; afternoons are fine.

Please don't hesitate to call us at {CLINIC_PH} with anything else.

Warm regards,
{sig('carmen')}

{on_wrote(d0, f'{df} {dl} <{df.lower()}.{dl.lower()}@inboxly.net>')}
{quote(orig)}
"""
    m = mk(who("carmen"), f"{df} {dl} <{df.lower()}.{dl.lower()}@inboxly.net>", "Re: my father - machine at night",
           top, d1, cc=[who("hannah"), who("tasha")], reply=True)
    return m, f"{f} {l}"


def care_3():
    f, l = pname("M")
    wife = random.choice(FIRST_F)
    d = rdt()
    old = after_days(d, 3, 8)
    while old.weekday() > 3:
        old += datetime.timedelta(days=1)
    new = old + datetime.timedelta(days=7)
    body = f"""Marcus -

moving {f} {l} from {md(old)} to {md(new)} ({new.strftime('%A')}). He uses a power chair and will need Room 2 (the ADA room w/ the wider bathroom door). His wife {wife} will be staying overnight with him, she helps him with transfers, so we'll need the recliner brought in from the break room like last time.

Arrival 8:30p. I already told him to eat dinner before, bring his own pillow and his evening meds, and that the chair has to charge in the hallway outlet not in the room.

Let me know if the {new.strftime('%a')} crew is ok w/ that, otherwise I can look at the following Mon.

-C

{sig('carmen', full=False)}
"""
    m = mk(who("carmen"), who("marcus"), f"Room 2 for {new.strftime('%a')} night - power chair + wife staying", body, d)
    return m, f"{f} {l}"


def care_4():
    f, l = pname("F")
    d = rdt(hours=(5, 6))
    body = f"""Hannah / Dr. Raman -

Quick handover before I head out. {f} {l} (Room 3) had a rough start -- she was up at midnight crying, said she felt like she was being smothered. Sat with her about 20 min, we tried the pillows mask instead of the nasal and turned the ramp down and she went back to sleep about 1:15 and stayed on it til 5:20.

She asked me three times whether she "passed." I told her the doctor would go over everything at her follow-up. She also wants to talk to someone before she leaves about whether she can take the machine on a cruise in August. Her ride isn't until 7:30 so she'll be in the lobby if one of you is in early.

Her overnight bag is still in 3, she said she'd grab it.

Owen
{sig('owen', full=False)}
night shift
"""
    m = mk(who("owen"), [who("hannah"), who("raman")], f"handover - Rm 3 {l}", body, d)
    return m, f"{f} {l}"


def care_5():
    f, l = pname("F")
    d = rdt()
    trip = after_days(d, 4, 10)
    while trip.weekday() > 3:
        trip += datetime.timedelta(days=1)
    ret = trip + datetime.timedelta(days=1)
    a, t, s, z = address(apt=True)
    ph = phone()
    auth = f"TR{random.randint(1000000, 9999999)}"
    body = f"""Hello,

Please schedule a round trip for the following rider:

Rider: {f} {l}
Pickup address: {a}, {t}, {s} {z}
Phone: {ph}
Mobility: ambulatory with a cane, needs help with one step at the front door
Trip authorization from her plan: {auth}

Outbound: {long_date(trip)}, pickup 7:45 PM
  Destination: {CLINIC_NAME}, {CLINIC_ADDR} (use the east entrance by the parking garage -- main doors lock at 6 PM, driver can call the lab at (614) 482-7736)
Return: {long_date(ret)}, pickup 6:15 AM from same location back to home address

She is staying with us overnight so the return time is firm. If the 6:15 isn't available please call me before confirming anything with her, she gets confused with changes.

Thank you,
{sig('carmen')}
"""
    m = mk(who("carmen"), "Dispatch <dispatch@metroaccessrides.com>", f"Trip request - {l}, {f} - {md(trip)} & {md(ret)}", body, d)
    return m, f"{f} {l}"


def care_6():
    f, l = pname("F")
    d = rdt()
    a, t, s, z = address(apt=True)
    cm = random.choice(["Joyce Whalen", "Andrea Kim", "Marjorie Fitch"])
    cm_first = cm.split()[0]
    trk = ups()
    body = f"""Hi {cm_first},

Confirming we shipped {f} {l}'s filters, tubing and a new headgear today, UPS tracking {trk}. Should arrive at her apartment ({a}) by Tuesday.

She'd asked that we let you know since she doesn't always check the mailbox and the last box sat in the lobby for a week. If you're out there for your Wednesday visit could you make sure it gets opened and the old filter gets swapped? The white one goes behind the gray one.

She's due for the mask itself in {random.choice(['June', 'August', 'October'])}, I'll reach out then.

Thanks so much,
Minh

{sig('minh')}

{DISC_DME}
"""
    m = mk(who("minh"), f"{cm} <{cm.split()[0][0].lower()}{cm.split()[1].lower()}@evergreenhomehealth.org>",
           f"supplies shipped for {f} {l[0]}.", body, d)
    return m, f"{f} {l}"


def care_7():
    f, l = pname("M")
    d = rdt()
    out = (d - datetime.timedelta(days=random.randint(16, 25))).date()
    kit = f"HST-{random.randint(300, 620):04d}"
    town, z = random.choice(TOWNS[3:])
    a = f"{random.randint(100, 9800)} {random.choice(STREETS)}, {town}"
    body = f"""Tasha,

Kit {kit} is still out with {f} {l}, went out {md(out)}. I've left him two voicemails and sent the return reminder letter. He's way out in {town} and told me at pickup he doesn't drive at night.

Can you see if the courier can swing by his place Friday when they do the {town} route? Address is {a}. He said he'd leave it in the box on the porch if he's not home. The prepaid label is already in the case.

We need that kit back -- we're down to 3 available for next week and Dr. Raman has him flagged to read as soon as it's in.

Thx
Rebecca

{sig('hst')}
"""
    m = mk(who("hst"), who("tasha"), f"kit {kit} not back yet", body, d)
    return m, f"{f} {l}"


def care_8():
    f, l = pname("F")
    son = random.choice(FIRST_M)
    d0 = rdt()
    d1 = d0 + datetime.timedelta(hours=random.randint(1, 5))
    nurse = random.choice(["Gwen Ostrander, LPN", "Maribel Santos, RN", "Terri Boyle, LPN"])
    apt = random.randint(110, 240)
    ext = random.randint(210, 260)
    orig = f"""Hello,

I'm the evening nurse at Maplecrest Senior Living. Our resident {f} {l} in apartment {apt} uses one of your machines at night. The aides have been filling the water part every evening, but for the last few nights the screen says something about the tube and it stops blowing around 2 or 3 in the morning. Her son {son} also brought in a new mask he bought online last weekend and we weren't sure if that is okay for her to use or if it has to come from you.

Could someone call me at the nurses' station, (740) 318-2200 ext {ext}? I'm here 3p-11p Mon-Fri.

{nurse}
Maplecrest Senior Living
"""
    top = f"""Hi {nurse.split()[0]},

Thanks for the heads up. That message usually means the heated tube isn't seated all the way at the machine end -- it needs to click. I'll call you this evening after 3 to walk the aides through it.

On the mask: please hold off on the one her son bought until we see it. If it's a different size or style, her settings may need a tweak. I can look at it when our tech drops off a new tube Thursday.

Hannah

{sig('hannah')}

{DISC_CLINIC}

{outlook_hdr(f'{nurse.split(",")[0]} <nursing@maplecrestliving.com>', d0, 'CPAP Clinic <cpapclinic@' + CLINIC + '>', 'machine stopping at night - apt ' + str(apt))}
{orig}"""
    m = mk(who("hannah"), f"{nurse.split(',')[0]} <nursing@maplecrestliving.com>",
           f"RE: machine stopping at night - apt {apt}", top, d1, cc=who("tasha"), reply=True)
    return m, f"{f} {l}"


# ================================================================ PHI: ids
def ids_1():
    d = rdt()
    mid = member_id("NGH")
    pa = f"PA-{d.strftime('%y')}-{random.randint(1000000, 9999999)}"
    dos = after_days(d, 10, 25)
    body = f"""NorthGate Health Plan - Utilization Management

Authorization Request: {pa}
Status: PENDED - ADDITIONAL INFORMATION REQUIRED

Member ID: {mid}
Requested DOS: {mdy(dos)}
Requesting Provider NPI: 1487{random.randint(100000, 999999)}
Service: CPT 95810 - Polysomnography, age 6 or older, 4+ additional parameters, attended by technologist
Place of Service: 11

The clinical information submitted does not meet criteria for facility-based polysomnography. Per NorthGate Medical Policy SLP-004, in-lab testing is considered when home sleep apnea testing is contraindicated or was technically inadequate/non-diagnostic.

Please submit within 14 calendar days:
  - Office visit note(s) within the last 90 days
  - Epworth Sleepiness Scale score
  - Documentation of the comorbidity or limitation making HSAT inappropriate (e.g., significant cardiopulmonary disease, neuromuscular condition, prior failed HSAT with report attached)

Fax clinicals to (855) 402-7719 referencing the authorization number, or upload via the provider portal.

This is an automated message from NorthGate Provider Services. Please do not reply to this e-mail.
"""
    m = mk("NorthGate UM Notifications <um-noreply@northgatehealthplan.com>", who("lorena"),
           f"Auth {pa} - Additional Information Needed", body, d)
    return m, ""


def ids_2():
    d = rdt()
    acct = str(random.randint(20000000, 29999999))
    b = dob(62, 79)
    svc = (d - datetime.timedelta(days=random.randint(40, 70))).date()
    f, l = pname("F")
    body = f"""Ruth,

Acct# {acct} -- pt ({f[0]}.{l[0]}., DOB {mdy(b)}) called re: her stmt for the HST on {mdy(svc)}. Medicare paid, but the $38.71 coinsurance went to her as self-pay. She says her Medigap (Keystone Select Plan G) should have picked it up and I don't see a crossover on the 835 at all.

I checked the reg and the secondary is on file but the policy # has only 8 digits, I think it's missing one. Can I resubmit to the secondary directly or do we need her to send a copy of the card? She was nice about it but she's gotten 2 statements now. I put a 30 day hold on the acct for now.

Victor

{sig('vic', full=False)}
x7749
"""
    m = mk(who("vic"), who("ruth"), f"acct {acct} - secondary didn't cross over", body, d)
    return m, f"{f[0]}.{l[0]}."


def ids_3():
    d0 = rdt()
    d1 = d0 + datetime.timedelta(hours=random.randint(2, 26))
    claim = f"{d0.strftime('%y%m%d')}{random.randint(10000, 99999)}01"
    mem = f"SCI{random.randint(10000000, 99999999)}"
    l = random.choice(["Castellanos", "Whitfield", "Gallardo", "Rutledge"])
    fi = random.choice("RJDM")
    dos = (d0 - datetime.timedelta(days=random.randint(30, 60))).date()
    setup = dos - datetime.timedelta(days=random.randint(95, 120))
    orig = f"""Claim Status Notification - Summit Crest Insurance

Claim Number: {claim}
Member ID: {mem}
Date(s) of Service: {mdy(dos)} - {mdy(dos + datetime.timedelta(days=30))}
Billed: E0601 RR KX  $118.50   A7030 NU  $164.20
Claim Status: DENIED
Reason: CO-50 These are non-covered services because this is not deemed a 'medical necessity' by the payer.
Remark: N115 This decision was based on a Local Coverage Determination (LCD). Documentation of adherence (use >= 4 hrs/night on 70% of nights during a consecutive 30-day period within the first 3 months) and clinical re-evaluation between day 31 and day 91 was not received.

Appeal rights: You may request a redetermination within 120 days of this notice.
"""
    top = f"""Greg - this one's yours I think. {fi}. {l}, setup was {mdy(setup)}. I need the 30-day download that shows the 70% and the face-to-face note from Dr. Haddad's re-eval. If the F2F happened after day 91 we're going to have a problem.

Can you pull the download from AirTrack and drop it in the shared drive / Appeals folder? I'll do the redetermination.

Ruth

{sig('ruth')}

---------- Forwarded message ---------
From: Summit Crest Provider Notices <notices@summitcrestins.net>
Date: {d0.strftime('%a, %b')} {d0.day}, {d0.year}
Subject: Claim {claim} - Denied
To: {em('ruth')}

{orig}"""
    m = mk(who("ruth"), who("greg"), f"Fwd: Claim {claim} - Denied", top, d1, cc=who("vic"))
    return m, f"{fi}. {l}"


def ids_4():
    d = rdt()
    right = mrn()
    wrong = right[:5] + right[6] + right[5]
    if wrong == right:
        wrong = right[:-1] + str((int(right[-1]) + 1) % 10)
    study = (d - datetime.timedelta(days=random.randint(3, 14))).date()
    b = dob(35, 70)
    req = f"HIM-{random.randint(40000, 49999)}"
    lines = ["BRIGHTWATER SLEEP CENTER - HEALTH INFORMATION MANAGEMENT",
             "DOCUMENT CORRECTION REQUEST", "",
             f"Request #: {req}        Date: {mdy(d)}",
             "", f"Document: CPAP Titration Report (PSG 95811)   Study date: {mdy(study)}",
             f"Filed under MRN: {wrong}", f"Should be filed under MRN: {right}   DOB on report: {mdy(b)}",
             "", "Reason: Transposed digits at scanning/indexing.",
             "Action: Remove from incorrect chart, re-index to correct chart, notify reading physician.",
             "", "Requested by: K. Dorsey, RPSGT        HIM reviewer: ______________"]
    body = f"""Hi Keisha,

The titration report from {md(study)} for MRN {right} got indexed into MRN {wrong} (transposed digits). I've pulled it from {wrong} but the correction needs your sign-off since you scored it. Form attached -- please sign and send back and I'll re-index it tonight. Also can you let Dr. Achterberg know, he signed it in the wrong chart so he'll need to re-sign.

Thanks,
Dolores Vance
Health Information Management
{CLINIC_NAME}
"""
    m = mk(f"Dolores Vance <dvance@{CLINIC}>", who("keisha"), f"Doc correction {req} - MRN {right}", body, d,
           atts=[(f"{req}_correction.pdf", "application/pdf", pdf(lines))])
    return m, ""


def ids_5():
    d = rdt()
    b = dob(70, 88)
    m_ = mbi()
    mbi_f = f"{m_[:4]}-{m_[4:7]}-{m_[7:]}"
    exp = (d - datetime.timedelta(days=random.randint(5, 40))).date()
    office = random.choice(["Cranford Falls Family Practice", "Dalton Ridge Internal Medicine", "Pickett Valley Primary Care"])
    body = f"""Good afternoon,

We need an updated Standard Written Order for CPAP supplies for the Medicare beneficiary below. The prior order on file expired {mdy(exp)} and we are unable to ship further supplies until a new one is received.

MBI: {mbi_f}
DOB: {mdy(b)}
Items: A7030 full face mask 1/3 mo, A7031 cushion 1/mo, A7035 headgear 1/6 mo, A7037 tubing 1/3 mo, A7038 disposable filter 2/mo, A7039 non-disposable filter 1/6 mo, A7046 water chamber 1/6 mo
Length of need: 99 months

Please have the ordering practitioner sign and date (with NPI) and fax to {DME_FAX}. A blank SWO template is available on request. If the patient is no longer under your care please let us know so we can reach out to them.

Thank you,
{sig('tasha')}

{DISC_DME}
"""
    m = mk(who("tasha"), f"Referrals <referrals@{office.lower().replace(' ', '')[:18]}.com>",
           "Updated SWO needed - CPAP supplies", body, d)
    return m, ""


def ids_6():
    d = rdt()
    case = f"MR-{d.year}-{random.randint(100000, 999999)}"
    dl = f"{random.choice('RKTPS')}{random.choice('KLMR')}{random.randint(100000, 999999)}"
    b = dob(30, 60)
    due = after_days(d, 28, 30)
    body = f"""STATE BUREAU OF MOTOR VEHICLES - MEDICAL REVIEW UNIT

RE: Case No. {case}
Licensee DL#: {dl}    DOB: {mdy(b)}    Class: A (CDL)

Dear Provider,

The Medical Review Unit has received a referral regarding the above licensee. The licensee has identified your practice as the treating provider for a sleep-related condition. In order to complete our review, please have the treating physician complete the enclosed Sleep Disorder Medical Report (Form MR-22S), including:

  1. Diagnosis and date of diagnosis
  2. Current treatment and the treating physician's assessment of adherence
  3. Objective device usage data for the most recent 30-day period (download summary)
  4. Physician's opinion as to whether the licensee can safely operate a motor vehicle

Response is due by {mdy(due)}. Failure to respond may result in suspension of driving privileges pending review. Completed forms may be returned by secure fax to (614) 555-0194 or through the provider upload link included in the original letter.

Medical Review Unit
Secure correspondence - do not forward
"""
    m = mk("Medical Review Unit <medicalreview@statemvmedical.org>", f"Records <records@{CLINIC}>",
           f"Case {case} - Request for Medical Report", body, d,
           atts=[("MR-22S_Sleep_Disorder_Report.pdf", "application/pdf",
                  pdf(["SLEEP DISORDER MEDICAL REPORT  (Form MR-22S)", "", f"Case No.: {case}",
                       f"Licensee DL#: {dl}     DOB: {mdy(b)}", "",
                       "Section A - Diagnosis: ____________________  Date dx: __________",
                       "Section B - Treatment: [ ] PAP  [ ] Oral appliance  [ ] Surgery  [ ] Other",
                       "Section C - Usage (last 30 days): days >=4h ____ / 30   avg hrs ____",
                       "Section D - Physician opinion: [ ] Safe to drive  [ ] Not safe  [ ] Re-evaluate in ___ mo",
                       "", "Physician signature ____________________  NPI __________  Date ________"]))])
    return m, ""


def ids_7():
    d = rdt()
    claim = f"WC-{random.randint(1000, 9999)}-{random.randint(10, 99)}-{random.randint(1000, 9999)}"
    doi = (d - datetime.timedelta(days=random.randint(80, 160))).date()
    visit = (d - datetime.timedelta(days=random.randint(10, 30))).date()
    adj = random.choice(["Kristin Mahler", "Dwayne Upshaw", "Lisa Carbone"])
    l = random.choice(LAST)
    body = f"""Good morning,

I am the adjuster assigned to the below workers' compensation claim. Please forward records and an itemized bill for the visit on {mdy(visit)} (shift work / sleepiness evaluation ordered by the panel physician).

Claim #: {claim}
Employer: Tri-County Freight Lines
Date of Injury: {mdy(doi)}
Claimant: Mr. {l}
Claimant DOB: {mdy(dob(28, 58))}

Bills should be submitted on a CMS-1500 to the address below with the claim number on every page. Please do not bill the claimant's group health carrier for this date of service. If a polysomnogram is recommended, prior authorization is required through our office before scheduling.

Thank you,
{adj}
Claims Adjuster II
Great Lakes Mutual Casualty | Workers' Compensation
P.O. Box 44817, Columbus, OH 43244
P (614) 901-{random.randint(1000, 9999)} | F (614) 901-4400
"""
    m = mk(f"{adj} <{adj.split()[0][0].lower()}{adj.split()[1].lower()}@greatlakesmutual.com>", f"Records <records@{CLINIC}>",
           f"Records request - Claim # {claim}", body, d, cc=who("ruth"))
    return m, f"Mr. {l}"


def ids_8():
    d0 = rdt(hours=(19, 22))
    d1 = d0 + datetime.timedelta(hours=random.randint(10, 13))
    pid = random.randint(400000, 499999)
    ph = phone()
    notif = f"""You have a new patient message in the Brightwater Patient Portal.

Patient ID: {pid}
Category: Equipment / Supplies
Received: {d0.strftime('%m/%d/%Y %I:%M %p')}
Preferred contact: Phone {ph[:-4]}****

Message preview:
"machine wont turn on since the storm last nite, plugged it in diff outlet still nothing. what do i do tonight??"

Log in to the staff console to read and respond. Do not reply to this email.
"""
    top = f"""Tasha can someone on your team call this one back first thing? Acct {pid}, full number's on the account. Sounds like the power supply or the brick. Thx

-Danielle

Begin forwarded message:

From: Brightwater Portal <portal-noreply@{CLINIC}>
Subject: New patient message - Equipment/Supplies
Date: {d0.strftime('%B')} {d0.day}, {d0.year} at {d0.strftime('%I:%M %p').lstrip('0')}
To: frontdesk@{CLINIC}

{notif}
Sent from my iPhone"""
    m = mk(who("danielle"), who("tasha"), "Fwd: New patient message - Equipment/Supplies", top, d1)
    return m, ""


# ================================================================ PHI: lang
def lang_1():  # Spanish
    f = random.choice(["María Guadalupe", "Rosa Elena", "Leticia", "Yesenia"])
    l = random.choice(["Hernández Ruiz", "Contreras", "Villalobos", "Ortega Mejía"])
    b = dob(40, 65)
    ph = phone()
    d0 = rdt()
    d1 = d0 + datetime.timedelta(hours=random.randint(2, 22))
    orig = f"""Buenas tardes Sofía,

le escribe {f} {l}, fecha de nacimiento {mdy(b)}. Le quería comentar que la mascarilla que me dieron el mes pasado se me sale el aire por los lados y me despierto con la boca bien seca. Mi esposo dice que ya no ronco, gracias a Dios, pero yo casi no la aguanto más de 3 o 4 horas y luego me la quito dormida.

¿Será que me pueden cambiar a otra más pequeña? Puedo ir el martes o el jueves en la mañana, porque después de las 11 entro a trabajar. Mi teléfono es {ph}, si no contesto me deja mensaje por favor.

Muchas gracias y que Dios la bendiga.
{f.split()[0]}
"""
    top = f"""Hola Sra. {l.split()[0]},

Gracias por avisarnos. Le hice cita con Hannah, la terapeuta respiratoria, para el jueves a las 9:30 de la mañana para probarle una mascarilla de otro tamaño y un humidificador más alto para la resequedad. Traiga por favor su máquina, la mascarilla y la manguera.

Si necesita cambiar la cita me puede llamar directamente al (614) 482-7734.

Saludos cordiales,
{sig('sofia')}

El {d0.day}/{d0.month}/{d0.year}, {f} {l} <{f.split()[0].lower()}.{l.split()[0].lower()}@correo-hogar.net> escribió:
{quote(orig)}
"""
    m = mk(who("sofia"), f"{f} {l} <{f.split()[0].lower()}.{l.split()[0].lower()}@correo-hogar.net>",
           "RE: problema con la mascarilla", top, d1, reply=True)
    return m, f"{f} {l}"


def lang_2():  # Vietnamese
    mother = random.choice(["Nguyễn Thị Hoa", "Trần Thị Mai", "Lê Thị Bích"])
    daughter = random.choice(["Phạm Ngọc Anh", "Đỗ Thu Trang", "Võ Kim Liên"])
    b = dob(66, 82)
    ph = phone()
    d = rdt()
    body = f"""Chào anh Minh,

Em là {daughter}, con gái của bà {mother} (ngày sinh {mdy(b)}). Máy CPAP của mẹ em mấy hôm nay cứ báo lỗi màu đỏ trên màn hình rồi tự tắt lúc nửa đêm, mẹ em ngủ không được và sáng dậy rất mệt.

Mẹ em cũng cần thay mặt nạ và ống dây mới vì cái cũ đã bị nứt. Bảo hiểm Medicaid của mẹ em có trả cho mấy thứ này không anh? Lần trước anh gửi đồ về địa chỉ cũ, bây giờ mẹ em ở với em tại {addr1()}.

Anh gọi cho em số {ph} sau 5 giờ chiều nhé, mẹ em không nghe điện thoại được vì tai yếu.

Cảm ơn anh nhiều.
{daughter.split()[-1]}
"""
    m = mk(f"{daughter} <{daughter.split()[-1].lower()}.{random.randint(70, 99)}@homenet-mail.com>", who("minh"),
           f"Máy CPAP của mẹ em - {mother}", body, d)
    return m, mother


def lang_3():  # Chinese
    name = random.choice(["王建国", "李秀英", "陈志强", "张丽华"])
    pin = {"王建国": "wang.jianguo", "李秀英": "li.xiuying", "陈志强": "chen.zhiqiang", "张丽华": "zhang.lihua"}[name]
    b = dob(38, 70)
    d = rdt()
    kit = f"HST-{random.randint(300, 620):04d}"
    ph = phone()
    body = f"""您好，

我是{name}（出生日期 {b.year}年{b.month}月{b.day}日），上周五在你们诊所领取了家用睡眠监测仪（编号 {kit}）。昨晚我按照说明书戴上了，但是手指上的血氧夹子半夜掉了，早上才发现，不知道数据还算不算？需要我今晚再做一次吗？

另外，设备应该什么时候还回去？我周三上午可以送到二楼前台。如果需要重做，请打我手机 {ph}，下午五点以后比较方便。

谢谢！
{name}
"""
    m = mk(f"{name} <{pin}{random.randint(1, 99)}@inboxly.net>", f"HST Program <hst@{DME}>", "关于家用睡眠监测仪的问题",
           body, d, html=html_wrap(body))
    return m, name


def lang_4():  # Russian
    name = random.choice(["Сергей Волков", "Андрей Кузнецов", "Дмитрий Морозов"])
    lat = {"Сергей Волков": "s.volkov", "Андрей Кузнецов": "a.kuznetsov", "Дмитрий Морозов": "d.morozov"}[name]
    b = dob(35, 58)
    d = rdt()
    exam = after_days(d, 6, 14)
    body = f"""Здравствуйте!

Меня зовут {name}, дата рождения {b.strftime('%d.%m.%Y')}. Я наблюдаюсь у доктора Рамана, аппарат СИПАП получил в прошлом году.

Мне нужна справка о том, что я пользуюсь аппаратом каждую ночь (распечатка за последние 30 дней), для медкомиссии DOT на работе — я водитель грузовика, права CDL. Медосмотр у меня {exam.day}.{exam.month:02d}. Без этой справки мне дадут карточку только на 3 месяца.

Можно ли прислать справку по электронной почте или мне нужно приехать в клинику? Если нужно, могу приехать в субботу.

С уважением,
{name}
тел. {phone()}

Отправлено с iPhone
"""
    m = mk(f"{name} <{lat}.trucking@fastpost-mail.com>", f"Brightwater Sleep Center <info@{CLINIC}>",
           "Справка для DOT / compliance letter", body, d)
    return m, name


def lang_5():  # Haitian Creole
    name = random.choice(["Jean-Robert Pierre-Louis", "Marie-Claude Jean-Baptiste", "Wilner Désir", "Nadège Fils-Aimé"])
    d = rdt()
    appt = after_days(d, 2, 6)
    ph = phone()
    body = f"""Bonjou,

Mwen se {name}. Mwen te gen randevou pou egzamen dòmi lannwit lan {appt.strftime('%d/%m')} a, men mwen pa ka vini paske yo mete m travay lannwit semèn sa a nan lopital la. Èske nou ka chanje l pou semèn pwochèn, yon lendi oswa yon madi?

Doktè Haddad te di m se pou m fè egzamen an paske mwen toujou fatige epi mwen dòmi nan machin. Mwen pa vle pèdi plas mwen.

Nimewo telefòn mwen se {ph}. Mèsi anpil.

{name.split()[0]}
"""
    m = mk(f"{name} <{name.split()[0].lower().replace('-', '')}{random.randint(10, 99)}@inboxly.net>",
           f"Scheduling <scheduling@{CLINIC}>", "Chanje randevou egzamen dòmi", body, d)
    return m, name


def lang_6():  # Tagalog / Taglish
    wife = random.choice(["Maricel", "Rowena", "Jocelyn", "Analyn"])
    hus = random.choice(["Rogelio", "Ernesto", "Danilo", "Reynaldo"])
    ln = random.choice(["Dela Cruz", "Macapagal", "Villanueva", "Bautista"])
    b = dob(45, 66)
    d = rdt()
    body = f"""Magandang araw po.

Ako po si {wife} {ln}, asawa ni {hus} {ln} (DOB {mdy(b)}). Nag-aalala po ako kasi napakalakas ng hilik niya at minsan parang tumitigil ang paghinga niya habang natutulog, tapos bigla siyang hihingal. Sa araw naman po antok na antok siya, nakakatulog pa minsan habang nanonood ng TV at kahit nagmamaneho pauwi galing trabaho.

Na-refer na po siya ni Dr. Santiago last month para sa sleep study pero wala pa pong tumatawag sa amin. Kailan po ang pinakamaagang schedule? Pwede po ba sa weekend kasi night shift po siya Monday to Friday?

Cell ko po {phone()}. Maraming salamat po.

{wife}
"""
    m = mk(f"{wife} {ln} <{wife.lower()}.{ln.replace(' ', '').lower()}@inboxly.net>", f"Scheduling <scheduling@{CLINIC}>",
           f"Sleep study para sa asawa ko - {hus} {ln}", body, d)
    return m, f"{hus} {ln}"


def lang_7():  # Portuguese (staff to patient)
    name = random.choice(["José Carlos Teixeira", "Antônio Rodrigues", "Paulo Henrique Souza"])
    d = rdt()
    avg = round(random.uniform(5.4, 7.6), 1)
    pct = random.randint(82, 97)
    trk = ups()
    body = f"""Olá Sr. {name.split()[0]},

Tudo bem? Aqui é a Ana Paula, da Brightwater Home Respiratory.

Conforme conversamos por telefone ontem, o seu plano de saúde cobre almofadas novas para a máscara a cada mês e a máscara completa a cada 3 meses. Já enviamos hoje o seu pedido (2 almofadas, 1 máscara nasal tamanho M e 6 filtros descartáveis). Código de rastreamento UPS: {trk}.

Também verifiquei os dados do seu aparelho: nos últimos 30 dias o senhor usou em média {str(avg).replace('.', ',')} horas por noite e {pct}% das noites acima de 4 horas. Muito bom! O Dr. Achterberg vai ficar contente na consulta de retorno.

Lembre-se de trocar a água do umidificador todos os dias e usar só água destilada.

Qualquer dúvida, pode me ligar: {DME_PH} ramal 14.

Abraços,
{sig('ana')}

{DISC_DME}
"""
    m = mk(who("ana"), f"{name} <{name.split()[0].lower()}.{name.split()[-1].lower()}@correio-web.com>",
           "Seu pedido de suprimentos CPAP foi enviado", body, d, html=html_wrap(body))
    return m, name


def lang_8():  # Korean
    name = random.choice(["김영수", "박지은", "이상훈", "최미경"])
    rom = {"김영수": "youngsoo.kim", "박지은": "jieun.park", "이상훈": "sanghoon.lee", "최미경": "mikyung.choi"}[name]
    b = dob(40, 72)
    d = rdt()
    amt = f"${random.randint(280, 640)}.{random.randint(10, 99)}"
    mem = member_id("NGH")
    svc = (d - datetime.timedelta(days=random.randint(35, 70))).date()
    body = f"""안녕하세요.

저는 {name}입니다 (생년월일 {b.year}년 {b.month}월 {b.day}일). {svc.month}월 {svc.day}일에 받은 수면다원검사 청구서에 대해 문의드립니다.

검사 전에 보험사에서 사전 승인을 받았다고 들었는데, 어제 {amt}이 본인 부담금으로 청구된 청구서를 받았습니다. 보험 회원번호는 {mem}입니다. 보험 처리가 제대로 되었는지 확인 부탁드립니다.

한국어가 편하지만 영어로 답장 주셔도 괜찮습니다. 전화는 {phone()} 로 주세요.

감사합니다.
{name} 드림
"""
    m = mk(f"{name} <{rom}@hanmail-example.net>", f"Billing <billing@{CLINIC}>", "수면검사 청구서 문의", body, d,
           cc=who("jin"))
    return m, name


# ================================================================ PHI: lists
def lists_1():
    d = rdt(hours=(13, 16))
    night = d.date()
    rows = []
    names = []
    types = [("PSG", "diag"), ("SPLIT", "split night"), ("TITR", "CPAP titration"), ("TITR", "BiPAP titration"),
             ("PSG+MSLT", "PSG, MSLT in AM")]
    random.shuffle(types)
    for bed in range(1, 5):
        f, l = pname()
        names.append(f"{f} {l}")
        b = dob(22, 80)
        t = types[bed - 1]
        note = random.choice(["", "wheelchair - Rm 2", "Spanish interp - Sofia to call", "claustrophobic, bring FFM + pillows",
                              "O2 2L at home - bring tank", "latex allergy", "needs 5:30 wake for work", "hard of hearing"])
        rows.append(f"{bed}    {l + ', ' + f:<22}{mdy(b):<12}{t[0]:<10}{t[1]:<18}{note}")
    body = f"""Tonight ({night.strftime('%a')} {md(night)}) - lab schedule

Bed  Patient               DOB         Study     Type              Notes
---  --------------------  ----------  --------  ----------------  -----------------------------
""" + "\n".join(rows) + f"""

Tech: {random.choice(['Marcus + Owen', 'Keisha + Owen', 'Marcus + Keisha'])}. All 4 confirmed by phone today. Bed 4 auth is good thru end of month.
Reminder the MSLT pt (if any) needs the 5 naps starting 7:30a -- day tech is coming in at 7.

Carmen
"""
    m = mk(who("carmen"), f"Night Lab <nightlab@{CLINIC}>", f"Tonight's schedule {md(night)}", body, d, cc=who("raman"))
    return m, "; ".join(names)


def lists_2():
    d = rdt()
    rows = [["patient_name", "dob", "phone", "setup_date", "payer", "days_used_ge4h_last30", "pct_compliant", "avg_hrs",
             "day90_deadline"]]
    names = []
    for _ in range(random.randint(7, 10)):
        f, l = pname()
        names.append(f"{f} {l}")
        su = (d - datetime.timedelta(days=random.randint(25, 80))).date()
        du = random.randint(6, 20)
        rows.append([f"{l}, {f}", mdy(dob(30, 78)), phone_dash(), mdy(su),
                     random.choice(["Medicare", "NorthGate", "Summit Crest", "Ohio Medicaid MCO", "BluePeak PPO"]),
                     str(du), f"{round(du / 30 * 100)}%", f"{random.uniform(1.5, 4.4):.1f}", mdy(su + datetime.timedelta(days=90))])
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    body = f"""Hi team,

Attached is this week's under-70% list from AirTrack (pulled this morning). {len(rows) - 1} pts. Please prioritize anyone whose day-90 date is inside the next 3 weeks -- those are the ones we lose on the rental if we can't get them over the line.

Call script is the usual one in the shared drive. Document every attempt in the notes tab, and if someone says they want to return the machine, route to me before scheduling the pickup.

Greg

{sig('greg')}

{DISC_DME}
"""
    m = mk(who("greg"), [who("minh"), who("tasha"), who("ana")], "Compliance outreach list - week of " + md(d.date()),
           body, d, atts=[(f"under70_{d.strftime('%Y%m%d')}.csv", "text/csv", buf.getvalue())])
    return m, "; ".join(names)


def lists_3():
    d = rdt()
    rows = [["Kit #", "Device S/N", "Patient", "DOB", "Phone", "Date Out", "Due Back", "Status", "Notes"]]
    names = []
    for _ in range(random.randint(6, 9)):
        f, l = pname()
        names.append(f"{f} {l}")
        out = (d - datetime.timedelta(days=random.randint(1, 12))).date()
        st = random.choice(["Out", "Out", "Returned - uploading", "Overdue", "Returned - failed study", "Out"])
        rows.append([f"HST-{random.randint(300, 620):04d}", f"NP{random.randint(2100000, 2199999)}", f"{f} {l}",
                     mdy(dob(25, 80)), phone_dash(), mdy(out), mdy(out + datetime.timedelta(days=3)), st,
                     random.choice(["", "", "mailed kit", "picked up in office", "2nd night requested", "pt lost oximeter clip"])])
    body = f"""Attached is the HST tracker as of this morning. Two overdue, one failed (oximetry dropout) that needs a repeat night -- Dr. Raman already OK'd it.

Rebecca
"""
    m = mk(who("hst"), [who("raman"), who("carmen")], "HST kit tracker", body, d,
           atts=[(f"HST_tracker_{d.strftime('%m%d%y')}.xlsx", XLSX_CT, xlsx(rows, "Kits"))])
    return m, "; ".join(names)


def lists_4():
    d = rdt()
    lines = []
    names = []
    for _ in range(random.randint(6, 8)):
        f, l = pname()
        names.append(f"{f} {l}")
        items = random.sample(["A7031 cushion", "A7032 pillows", "A7034 nasal mask", "A7030 FFM", "A7035 headgear",
                               "A7037 tubing", "A4604 heated tube", "A7038 filters x2", "A7046 chamber"], k=random.randint(2, 4))
        lines.append(f"{random.randint(500000, 599999)} | {l}, {f} | {mdy(dob(35, 85))} | "
                     f"{random.choice(['MCR', 'NGH', 'SCI', 'MCD', 'BPK'])} | {', '.join(items)} | "
                     f"{random.choice(['email', 'text', 'call', 'text'])}")
    body = f"""Minh - pasted from the resupply report, these are eligible as of {md(d.date())} and haven't responded to the auto text. Can you do calls tomorrow?

Acct   | Name                | DOB        | Payer | Eligible items | Pref
""" + "\n".join(lines) + """

Thx,
Tasha
"""
    m = mk(who("tasha"), who("minh"), "resupply no-response list", body, d)
    return m, "; ".join(names)


def lists_5():
    d = rdt()
    names = []
    lines = []
    for _ in range(random.randint(5, 7)):
        f, l = pname()
        names.append(f"{f} {l}")
        day = after_days(d, 3, 9)
        lines.append(f"{f} {l} - {mdy_short(dob(25, 80))} - {day.strftime('%a')} {md(day)} "
                     f"{random.choice(['PSG', 'split', 'titration', 'HST pickup', 'CPAP f/u', 'new pt consult'])} - "
                     f"{random.choice(['car trouble', 'no reason given', 'sick (cold)', 'work conflict', 'insurance changed, needs new auth', 'family emergency', 'wants a Friday'])}")
    body = f"""Hi Carmen,

Cancellations that came in yesterday + this morning for next week, so you can backfill from the wait list:

""" + "\n".join(lines) + f"""

The insurance one I already sent to Lorena.

Danielle
Sent from my iPhone
"""
    m = mk(who("danielle"), who("carmen"), "cxl for next wk", body, d, cc=who("lorena"))
    return m, "; ".join(names)


def lists_6():
    d = rdt()
    hdr = "Patient\tMember ID\tPayer\tCPT\tSubmitted\tStatus\tRef #"
    names = []
    lines = [hdr]
    for _ in range(random.randint(5, 8)):
        f, l = pname()
        names.append(f"{f} {l}")
        pay = random.choice([("NorthGate", "NGH"), ("Summit Crest", "SCI"), ("BluePeak PPO", "BPK"), ("Heartland Medicaid MCO", "HMC")])
        sub = (d - datetime.timedelta(days=random.randint(2, 20))).date()
        lines.append("\t".join([f"{l}, {f}", member_id(pay[1]), pay[0], random.choice(["95810", "95811", "95806", "G0399", "95805"]),
                                mdy_short(sub), random.choice(["Pended", "In review", "Peer-to-peer req", "Approved", "Denied"]),
                                f"{random.randint(10000000, 99999999)}"]))
    body = "Jolene - here's where we're at on open auths, pasted from my tracker. The two peer-to-peers need Dr. Raman this week.\n\n" + \
           "\n".join(lines) + f"\n\n{sig('lorena')}\n"
    m = mk(who("lorena"), who("jolene"), "open auths - status", body, d)
    return m, "; ".join(names)


def lists_7():
    d = rdt()
    names = []
    rows = []
    for _ in range(random.randint(5, 7)):
        f, l = pname()
        names.append(f"{f} {l}")
        st = random.choice(["PSG", "HST", "Split", "Titration"])
        ahi = round(random.uniform(2.1, 68.0), 1)
        rows.append((f"{l}, {f}", mrn(), st, (d - datetime.timedelta(days=random.randint(1, 6))).date(), ahi,
                     random.randint(74, 93), random.choice(["", "", "PLMs++", "central events - look", "poor sleep eff", "rescore resp"])))
    text = f"Dr. Achterberg,\n\nStudies scored and waiting for interpretation (oldest first):\n\n"
    for r in rows:
        text += f"- {r[0]} -- MRN {r[1]} -- {r[2]} {md(r[3])} -- AHI {r[4]} / nadir {r[5]}%" + (f" -- {r[6]}" if r[6] else "") + "\n"
    text += "\nTwo of these are past the 5-day turnaround already. I flagged the central one for you.\n\nKeisha\n"
    html = ("<html><body style=\"font-family:Arial;font-size:10pt\"><p>Dr. Achterberg,</p><p>Studies scored and waiting for "
            "interpretation (oldest first):</p><table border=\"1\" cellpadding=\"3\" cellspacing=\"0\"><tr><th>Patient</th>"
            "<th>MRN</th><th>Study</th><th>Date</th><th>AHI</th><th>SpO2 nadir</th><th>Note</th></tr>")
    for r in rows:
        html += (f"<tr><td>{xesc(r[0])}</td><td>{r[1]}</td><td>{r[2]}</td><td>{md(r[3])}</td><td>{r[4]}</td>"
                 f"<td>{r[5]}%</td><td>{xesc(r[6])}</td></tr>")
    html += "</table><p>Two of these are past the 5-day turnaround already. I flagged the central one for you.</p><p>Keisha</p></body></html>"
    m = mk(who("keisha"), who("achter"), "reading queue", text, d, html=html)
    return m, "; ".join(names)


# ================================================================ PHI: names
def names_1():
    f, l = pname("F")
    d = rdt()
    body = f"""Hannah,

Saw Mrs. {l} today for her 3-month. She's doing really well on the nasal pillows, using it most nights and says she hasn't felt this awake in years. Main complaint is dry mouth in the morning -- husband says her mouth falls open around 3am. Download shows leak creeping up after 0300 so that fits.

Can you fit her for a chin strap and bump the humidity to 5? I'd leave the pressure at 10. If she still has mouth leak in a month we'll try the FFM. She's ok with you calling her, number's in the chart.

Thanks,
Priya

{sig('raman')}
"""
    m = mk(who("raman"), who("hannah"), f"{l} - chin strap", body, d)
    return m, f"Mrs. {l}"


def names_2():
    f, l = pname("F")
    d0 = rdt()
    d1 = d0 + datetime.timedelta(hours=random.randint(1, 6))
    orig = """Can you widen her range? Download still shows residual events in the high teens on the nights she's on it, mostly supine clusters toward morning. Try 8-14 and recheck in 2 wks.

T."""
    body = f"""done. changed to APAP 8-14 remotely, she knows to call if it feels like too much air at the start. rechk set for 2 wks.

-H

{on_wrote(d0, who('achter'))}
{quote(orig)}
"""
    m = mk(who("hannah"), who("achter"), f"Re: {l}, {f}", body, d1, reply=True)
    return m, f"{f} {l}"


def names_3():
    l = random.choice(["Pruitt", "Huddleston", "Yarbrough", "Bledsoe"])
    f = "James"
    _used.add((f, l))
    d = rdt()
    body = f"""Hey Hannah,

Guess who finally showed up -- Big Jim from Tri-County Freight ({f} {l}). He's the guy who no-showed 3 times last year. His company told him no CPAP proof, no more driving, so he's motivated now lol.

He's set up on the AirSense-style unit we had in the back, nasal mask, 6-15 auto. He is a big guy and the medium headgear was maxed out, so I ordered the large. He's going to need a 30-day compliance printout by the {random.choice(['12th', '20th', '3rd'])} for his DOT card so please make sure his modem is reporting -- he lives way out past Pickett and the signal out there is trash.

He's also asking about a letter for his dispatcher about not running nights for the first few weeks. I told him that's a Dr. Raman question.

-Tasha
"""
    m = mk(who("tasha"), who("hannah"), "Big Jim is back", body, d)
    return m, f"{f} {l}"


def names_4():
    f, l = pname("M")
    d0 = rdt()
    d1 = d0 + datetime.timedelta(hours=random.randint(3, 9))
    d2 = d1 + datetime.timedelta(hours=random.randint(1, 20))
    d3 = d2 + datetime.timedelta(hours=random.randint(1, 4))
    m0 = f"""Morning all - couple of housekeeping things from last night:

1. Rm 4 thermostat is stuck on 78 again, I put in a facilities ticket.
2. We're out of the 10 mL paste tubes, using the big jar for now.
3. FYI Mr. {l} in Rm 3 got up to the bathroom around 3am without calling and fell next to the bed. No injury that I could see, he was embarrassed more than anything. Vitals fine, he declined the ED. Incident report is in, and I called his wife at 6 like he asked. Please make sure Dr. Raman sees the report before his follow-up.

Keisha"""
    m1 = f"""Thanks Keisha. I'll make sure Dr. R sees the incident report today. For the paste -- order went in Monday, should be here Thursday.

Jolene"""
    m2 = f"""Jolene, unrelated, but can we book the big conference room on the 2nd Thursday for the scorer agreement review? 12-1:30. Lunch would be nice :)

Marcus"""
    top = f"""Booked, 12-1:30 in Conf A. I'll order sandwiches from the place downstairs -- send me dietary stuff by Tuesday.

Jolene

{on_wrote(d2, who('marcus'))}
{quote(m2)}
>
> {on_wrote(d1, who('jolene'))}
{quote(m1, 2)}
>>
>> {on_wrote(d0, who('keisha'))}
{quote(m0, 3)}
"""
    m = mk(who("jolene"), who("marcus"), "Re: Re: night notes + conf room", top, d3, cc=[who("keisha")], reply=True)
    return m, f"Mr. {l}"


def names_5():
    f, l = pname()
    d = rdt()
    pcp = random.choice(["Dr. Ellison", "Dr. Nakamura", "Dr. Osei", "Dr. Brandt"])
    body = f"""{l}, {f} -- please fax the titration report from last week and Dr. Haddad's f/u note to PCP {pcp} at (740) 366-{random.randint(1000, 9999)}. PCP office called, pt has a pre-op appt on the {random.choice(['14th', '21st', '9th'])} and anesthesia wants to know what pressure she's on and whether she should bring the machine for the surgery.

Also pt wants a copy mailed to home -- signed release is in the media tab.

Thanks
Brianna, MA
"""
    m = mk(f"Brianna Cho <bcho@{CLINIC}>", f"Medical Records <records@{CLINIC}>", "records - pre-op", body, d)
    return m, f"{f} {l}"


def names_6():
    f = random.choice(["Rosalind", "Trudy", "Ingrid", "Noreen"])
    l = random.choice(LAST)
    d = rdt(hours=(12, 16))
    body = f"""Did anyone call back {f} (the 10:40 today, {f} {l[0]}.)? She left a message on the main line saying her machine beeps every time she turns over and she's been sleeping without it since Saturday. She sounded pretty frustrated. She's asking if she can bring it in tomorrow morning instead of waiting for her appt on the 28th.

I don't have access to the DME schedule so I'm just putting it out there. If nobody can, I'll call her back and tell her the 28th.

Danielle
"""
    m = mk(who("danielle"), [who("hannah"), f"CPAP Clinic <cpapclinic@{CLINIC}>"], f"callback - {f}", body, d)
    return m, f"{f} {l[0]}."


def names_7():
    f, l = pname("M")
    d = rdt()
    pcp = random.choice(["Renata Silva, MD", "Kwame Boateng, DO", "Heidi Lundgren, MD"])
    em_ = pcp.split(',')[0].lower().replace(' ', '.')
    body = f"""Dr. Raman,

I'd like to refer my patient {f} {l} for evaluation. He is a 41-year-old ICU nurse who has worked rotating nights for about six years. Over the last several months he's reported falling asleep at red lights on the drive home after night shifts, and last month he drifted onto the rumble strip on I-71. Epworth today was 16. He snores per his partner but no witnessed apneas. BMI 27. He tried melatonin on his own without much help and is drinking 5-6 energy drinks a shift.

He's very worried about his license and his job, and I told him you might be able to help with both the workup and a letter for his employer about scheduling. His cell is {phone()} and he's fine with a call or text.

Referral and my last note are in the portal. Thanks as always.

{pcp}
Millbrook Family Medicine
"""
    m = mk(f"{pcp.split(',')[0]} <{em_}@millbrookfamilymed.com>", who("raman"),
           f"Referral - {f} {l} - shift work / drowsy driving", body, d, cc=f"Referrals <referrals@{CLINIC}>")
    return m, f"{f} {l}"


def names_8():
    f, l = pname("M")
    d = rdt()
    body = f"""Greg,

Heads up -- Mr. {l} came in this morning pretty upset. He says this is the third mask we've given him that "doesn't fit" and that nobody has called him back in two weeks. He was loud in the lobby and a couple of people waiting for their appointments were uncomfortable. I took him into the fitting room and we tried the small FFM and the nasal cradle; he liked the cradle best and left calmer. I swapped it out no charge.

He's asked to speak to a manager about the callback issue. His phone's on his account. Honestly I think he has a point, his ticket was sitting in the shared queue since the 2nd.

Can you call him today? I promised someone would.

Hannah
"""
    m = mk(who("hannah"), who("greg"), f"complaint - {l}", body, d, cc=who("jolene"))
    return m, f"Mr. {l}"


# ================================================================ PHI: self
def self_1():
    f, l = pname("M")
    d = rdt(hours=(6, 22), weekday=False)
    body = f"""hi its {f.lower()}. machine says high leak again, the mask hisses by my ear all nite and i woke up like 4 times. tightened the straps and it just leaves marks on my face. can someone call me, im off tuesdays. {phone()}

thanks

Sent from my iPhone"""
    m = mk(f"{f} {l} <{f.lower()}{l.lower()}{random.randint(60, 80)}@inboxly.net>", f"Brightwater Home Respiratory <care@{DME}>",
           "mask", body, d)
    return m, f"{f} {l}"


def self_2():
    f, l = pname("M")
    b = dob(34, 60)
    d = rdt()
    exam = after_days(d, 7, 15)
    body = f"""To whom it may concern,

My name is {f} {l}, date of birth {mdy(b)}. I have been on CPAP since last spring under Dr. Achterberg. I hold a commercial driver's license and my DOT medical exam is scheduled for {long_date(exam)}. The medical examiner requires a compliance report showing at least 4 hours of use on 70% of nights for the last 30 days, plus a note from the treating provider stating that my sleep apnea is being treated effectively.

Could you please email both to me at this address or fax them to the examiner's office (Dalton Ridge Occupational Health) at (614) 877-{random.randint(1000, 9999)}? If I need to sign a release I can come by on Saturday morning.

Thank you for your help.

{f} {l}
{phone()}
"""
    m = mk(f"{f} {l} <{f[0].lower()}{l.lower()}.cdl@fastpost-mail.com>", f"Records <records@{CLINIC}>",
           "Compliance report request - DOT exam", body, d)
    return m, f"{f} {l}"


def self_3():
    f, l = pname("F")
    d = rdt()
    svc = (d - datetime.timedelta(days=random.randint(50, 90))).date()
    acct = random.randint(20000000, 29999999)
    amt = f"{random.randint(600, 1900)}.{random.randint(10, 99)}"
    body = f"""Hello,

I received a bill (account #{acct}) for ${amt} for my overnight sleep study on {mdy(svc)}. I was told by your office before the study that it had been approved by my insurance and my out of pocket would be my $250 copay, which I paid that night.

My insurance EOB (scan attached) says the claim was processed as out-of-network because it was billed under a different facility tax ID. I have never been to any other facility. I'd like someone to review this and re-bill my insurance correctly before I pay anything more. Please put the account on hold so it doesn't go to collections.

My member ID is {member_id('BPK')} (BluePeak PPO).

Thank you,
{f} {l}
{addr1()}
{phone()}
"""
    m = mk(f"{f} {l} <{f.lower()}.{l.lower()}@homenet-mail.com>", f"Billing <billing@{CLINIC}>",
           f"Disputed bill - acct {acct}", body, d,
           atts=[("EOB_scan.png", "image/png", blank_scan_png())])
    return m, f"{f} {l}"


def self_4():
    f, l = pname("F")
    d = rdt()
    hosp = random.choice(["Riverside Regional", "St. Albans Medical Center", "Franklin Valley Hospital"])
    body = f"""Hi Nadia,

I saw you in March for the shift work thing. The melatonin timing and the blackout curtains have helped a little but I'm still falling asleep on the drive home after my 3rd night in a row, and last week I caught myself drifting on 315.

My manager at {hosp} (4 West) said she can move me to straight days if I get a letter from a provider saying it's medically necessary. Is that something you could write? It doesn't need to say a lot, just that I should avoid rotating nights for at least 6 months. My next appointment isn't until August.

Thank you so much,
{f} {l}, RN
{phone()}

Sent from my Galaxy"""
    m = mk(f"{f} {l} <{f.lower()}{l.lower()[0]}{random.randint(10, 99)}@inboxly.net>", who("haddad"),
           "letter for my manager", body, d)
    return m, f"{f} {l}"


def self_5():
    f, l = pname("F")
    d0 = rdt()
    d1 = d0 + datetime.timedelta(hours=random.randint(1, 30))
    a = addr1(apt=True)
    auto = f"""Hi {f},

Good news! Based on your insurance guidelines, you're eligible for new CPAP supplies:

  - Nasal cushion (x2)
  - Disposable filters (x6)
  - Standard tubing (x1)

Reply YES to this email to have them shipped to the address on file, or call us at {DME_TF}. Replacing your supplies on schedule helps your therapy work the way it should.

Brightwater Home Respiratory Resupply Team
"""
    body = f"""yes pls send the cushions and filters but NOT the tubing, i still have 2 new ones in the closet from last time.

also my address changed, it's {a} now. dont send to the old one

thx
{f}

{on_wrote(d0, f'Brightwater Resupply <resupply@{DME}>')}
{quote(auto)}
"""
    m = mk(f"{f} {l} <{f.lower()}.{l.lower()}.{random.randint(1, 9)}@inboxly.net>", f"Brightwater Resupply <resupply@{DME}>",
           "Re: You're eligible for new CPAP supplies", body, d1, reply=True)
    return m, f"{f} {l}"


def self_6():
    f, l = pname("M")
    d = rdt()
    body = f"""Dear Brightwater,

I got a letter from you saying my insurance may not keep paying for my CPAP because I haven't used it enough in the first 90 days and you may need to pick it up. I want to explain. I was admitted to the hospital for almost two weeks in February (gallbladder surgery with complications) and I couldn't use the machine there, and then I was at my daughter's for another week recovering and forgot the power cord.

Since I got home I've used it every single night. I feel a lot better with it and I really don't want to lose it. Is there anything I can send you from the hospital to show why I missed those nights? Can Dr. Raman write something to the insurance?

Please let me know what I need to do.

Sincerely,
{f} {l}
DOB {mdy(dob(60, 78))}
{phone()}
"""
    m = mk(f"{f} {l} <{f.lower()}.{l.lower()}@fastpost-mail.com>", f"Brightwater Home Respiratory <care@{DME}>",
           "Please don't take my machine", body, d, cc=f"Brightwater Sleep Center <info@{CLINIC}>")
    return m, f"{f} {l}"


def self_7():
    f, l = pname("F")
    d = rdt(hours=(18, 22))
    study = after_days(d, 1, 3)
    body = f"""Hi,

I'm scheduled for my overnight sleep study on {long_date(study)} and I'm honestly really anxious about it. I've had panic attacks in small spaces since I was a kid and the idea of wires on my head and someone watching me on a camera all night is making me not sleep at all this week, which I know is ironic.

Could I either cancel and do the home test instead, or is there something that can be done to make it easier (can my sister stay with me? can the door stay open?). If I have to cancel I'd rather do it now than no-show.

Thanks,
{f} {l}
{phone()}
"""
    html = html_wrap(body) .replace("<body", "<body dir=\"ltr\"")
    m = mk(f"{f} {l} <{f.lower()}_{l.lower()}@inboxly.net>", f"Scheduling <scheduling@{CLINIC}>",
           f"Sleep study on {md(study)} - anxious, want to cancel or change", body, d, html=html)
    return m, f"{f} {l}"


# ================================================================ PHI: struct
def struct_1():
    f, l = pname()
    d = rdt()
    b = dob(25, 80)
    mr = mrn()
    appt = after_days(d, 3, 14)
    a, t, s, z = address()
    start = datetime.datetime(appt.year, appt.month, appt.day, 20, 30)
    sex = random.choice("FM")
    hl7 = "\r".join([
        f"MSH|^~\\&|BWSCHED|BRIGHTWATER|SLEEPLAB|BRIGHTWATER|{d.strftime('%Y%m%d%H%M%S')}||SIU^S12^SIU_S12|{random.randint(100000, 999999)}|P|2.5.1",
        f"SCH|{random.randint(700000, 799999)}^BWSCHED|||||PSG^Polysomnogram attended^L|ROUTINE|600|MIN|^^600^{hl7ts(start)}^{hl7ts(start + datetime.timedelta(hours=10))}",
        f"PID|1||{mr}^^^BW^MR||{l.upper()}^{f.upper()}||{b.strftime('%Y%m%d')}|{sex}|||{a}^^{t}^{s}^{z}||{phone().replace(' ', '')}",
        f"PV1|1|O|SLEEPLAB^RM{random.randint(1, 4)}",
        "RGS|1",
        "AIS|1||95810^PSG ATTENDED^CPT",
        f"AIL|1||SLEEPLAB^RM{random.randint(1, 4)}^^BRIGHTWATER",
        f"AIP|1||1{random.randint(100000000, 999999999)}^ACHTERBERG^THOMAS^^^DO|READING"])
    body = f"""Ben,

SIU from the scheduler is still not crossing to the lab system -- this one got booked yesterday and never showed up on the night board. Copied the raw message out of the interface log below. I think it's the AIL segment, the room code doesn't match what the lab side expects (they want RM-2 with a dash?). Can you look before 4? Carmen's going to hand-enter it in the meantime.

{hl7.replace(chr(13), chr(10))}

Thanks
Jolene
"""
    m = mk(who("jolene"), who("ben"), "SIU not crossing again", body, d, cc=who("carmen"))
    return m, f"{f} {l}"


def struct_2():
    f, l = pname()
    d = rdt(hours=(6, 9))
    b = dob(30, 78)
    mr = mrn()
    study = (d - datetime.timedelta(days=random.randint(2, 5))).date()
    ahi = round(random.uniform(8, 55), 1)
    seg = [
        f"MSH|^~\\&|SCORESUITE|BW_SLEEPLAB|EHR|BRIGHTWATER|{d.strftime('%Y%m%d%H%M%S')}||ORU^R01^ORU_R01|SS{random.randint(1000000, 9999999)}|P|2.5.1",
        f"PID|1||{mr}^^^BW^MR||{l.upper()}^{f.upper()}^{random.choice('ABCDEJKLMR')}||{b.strftime('%Y%m%d')}|{random.choice('FM')}",
        f"OBR|1|{random.randint(500000, 599999)}|{random.randint(900000, 999999)}|95810^POLYSOMNOGRAPHY^CPT|||{study.strftime('%Y%m%d')}2112|||||||||1{random.randint(100000000, 999999999)}^RAMAN^PRIYA^^^MD||||||{d.strftime('%Y%m%d%H%M')}||PSG|F",
        f"OBX|1|NM|AHI^Apnea-Hypopnea Index^L||{ahi}|/h|<5|{'H' if ahi >= 5 else 'N'}|||F",
        f"OBX|2|NM|RDI^Respiratory Disturbance Index^L||{round(ahi + random.uniform(1, 6), 1)}|/h||||F",
        f"OBX|3|NM|SPO2NADIR^SpO2 nadir^L||{random.randint(72, 88)}|%|>=88|L|||F",
        f"OBX|4|NM|T90^Time SpO2<90%^L||{round(random.uniform(0.5, 22), 1)}|%||||F",
        f"OBX|5|NM|TST^Total sleep time^L||{random.randint(290, 410)}|min||||F",
        f"OBX|6|NM|SE^Sleep efficiency^L||{random.randint(68, 92)}|%||||F",
        f"OBX|7|NM|PLMI^PLM index^L||{round(random.uniform(0, 30), 1)}|/h||||F",
        f"OBX|8|TX|IMPR^Impression^L||Obstructive sleep apnea, {'severe' if ahi >= 30 else 'moderate' if ahi >= 15 else 'mild'}. Recommend PAP titration or APAP trial.||||||F"]
    msg = "\r".join(seg) + "\r"
    body = f"""Interface Engine Alert

Message rejected by destination EHR (ACK AE): PID-3 identifier not found in master patient index.
Channel: SCORESUITE_ORU_OUT
Control ID: {seg[0].split('|')[9]}
Retries: 3 of 3 - message moved to error queue

The original message is attached. Reprocess from the interface console after correcting the patient identifier.
"""
    m = mk(f"Interface Engine <ie-alerts@{CLINIC}>", [who("ben"), f"HIM <him@{CLINIC}>"],
           f"[IE-ALERT] ORU rejected - {seg[0].split('|')[9]}", body, d,
           atts=[(f"ORU_{seg[0].split('|')[9]}.hl7", "application/octet-stream", msg.encode())])
    return m, f"{f} {l}"


def struct_3():
    d = rdt()
    pts = []
    segs = ["ISA*00*          *00*          *ZZ*BWHR7790       *ZZ*CLRHOUSE01     *" + d.strftime('%y%m%d') + "*" + d.strftime('%H%M') + "*^*00501*0000" + str(random.randint(10000, 99999)) + "*0*P*:~",
            f"GS*HC*BWHR7790*CLRHOUSE01*{d.strftime('%Y%m%d')}*{d.strftime('%H%M')}*{random.randint(1000, 9999)}*X*005010X222A1~",
            "ST*837*0001*005010X222A1~",
            f"BHT*0019*00*{random.randint(100000, 999999)}*{d.strftime('%Y%m%d')}*{d.strftime('%H%M')}*CH~",
            "NM1*41*2*BRIGHTWATER HOME RESPIRATORY*****46*BWHR7790~",
            "PER*IC*BILLING*TE*6144827790~",
            "NM1*40*2*SUMMIT CREST INSURANCE*****46*SCI01~",
            "HL*1**20*1~",
            "NM1*85*2*BRIGHTWATER HOME RESPIRATORY*****XX*1720" + str(random.randint(100000, 999999)) + "~",
            "N3*418 FOUNDRY CT~", "N4*DALTON RIDGE*OH*43219~", "REF*EI*31" + str(random.randint(1000000, 9999999)) + "~"]
    hl = 2
    for i in range(2):
        f, l = pname()
        pts.append(f"{f} {l}")
        b = dob(35, 75)
        a, t, s, z = address()
        dos = (d - datetime.timedelta(days=random.randint(5, 30))).date()
        segs += [f"HL*{hl}*1*22*0~", "SBR*P*18*******CI~",
                 f"NM1*IL*1*{l.upper()}*{f.upper()}****MI*SCI{random.randint(10000000, 99999999)}~",
                 f"N3*{a.upper()}~", f"N4*{t.upper()}*{s}*{z}~", f"DMG*D8*{b.strftime('%Y%m%d')}*{random.choice('FM')}~",
                 "NM1*PR*2*SUMMIT CREST INSURANCE*****PI*SCI01~",
                 f"CLM*{random.randint(100000, 999999)}*282.70***12:B:1*Y*A*Y*Y~",
                 "HI*ABK:G4733~",
                 f"NM1*DK*1*RAMAN*PRIYA****XX*1{random.randint(100000000, 999999999)}~",
                 "LX*1~", "SV1*HC:E0601:RR:KX*118.50*UN*1***1~", f"DTP*472*D8*{dos.strftime('%Y%m%d')}~",
                 "LX*2~", "SV1*HC:A7030:NU*164.20*UN*1***1~", f"DTP*472*D8*{dos.strftime('%Y%m%d')}~"]
        hl += 1
    segs.append(f"SE*{len(segs) - 1}*0001~")
    segs += [f"GE*1*{segs[1].split('*')[6]}~", f"IEA*1*{segs[0].split('*')[13]}~"]
    edi = "\n".join(segs)
    body = f"""Your batch was REJECTED at the front end.

Batch ID: {segs[0].split('*')[13]}
Submitter: BWHR7790
Error: 2010BB NM1*PR - Payer ID SCI01 not valid for 837P; use SCI-DME for durable medical equipment claims.
Claims in batch: 2   Accepted: 0   Rejected: 2

Correct and resubmit. Original file attached for reference.

-- ClearPath Claims Exchange, automated notice
"""
    m = mk(f"ClearPath Claims <noreply@clearpathclaims.net>", f"DME Billing <billing@{DME}>",
           f"Batch {segs[0].split('*')[13]} REJECTED - 837P", body, d,
           atts=[(f"837P_{segs[0].split('*')[13]}.txt", "text/plain", edi)])
    return m, "; ".join(pts)


def struct_4():
    f, l = pname()
    d = rdt()
    b = dob(30, 70)
    mem = member_id("NGH")
    x = "\n".join([
        f"ISA*00*          *00*          *ZZ*NORTHGATE      *ZZ*BRIGHTWTR      *{d.strftime('%y%m%d')}*{d.strftime('%H%M')}*^*00501*000{random.randint(100000, 999999)}*0*P*:~",
        f"GS*HB*NORTHGATE*BRIGHTWTR*{d.strftime('%Y%m%d')}*{d.strftime('%H%M')}*{random.randint(100, 999)}*X*005010X279A1~",
        "ST*271*0001*005010X279A1~",
        f"BHT*0022*11*{random.randint(10000000, 99999999)}*{d.strftime('%Y%m%d')}*{d.strftime('%H%M')}~",
        "HL*1**20*1~", "NM1*PR*2*NORTHGATE HEALTH PLAN*****PI*NGH01~",
        "HL*2*1*21*1~", f"NM1*1P*2*BRIGHTWATER SLEEP CENTER*****XX*1487{random.randint(100000, 999999)}~",
        "HL*3*2*22*0~", f"NM1*IL*1*{l.upper()}*{f.upper()}****MI*{mem}~",
        f"DMG*D8*{b.strftime('%Y%m%d')}*{random.choice('MF')}~",
        f"DTP*346*D8*{d.year}0101~",
        "EB*1*IND*30**NGH GOLD PPO 2500~",
        "EB*C*IND*30***23*2500.00*****Y~", f"EB*C*IND*30***29*{random.randint(300, 2400)}.{random.randint(10, 99)}*****Y~",
        "EB*A*IND*30*****0.20****Y~",
        "EB*CB*IND*12***27*****Y~", "MSG*DME RENTAL REQUIRES PRIOR AUTHORIZATION AFTER 3 MONTHS~",
        "EB*A*IND*BG**NGH GOLD PPO 2500*27**0.20****Y~", "MSG*SLEEP STUDY FACILITY BASED REQUIRES PA~",
        "SE*20*0001~", "GE*1*1~", "IEA*1*000000001~"])
    body = f"""Lorena - here's the raw 271 for the pt I asked about. Deductible shows partly met, 20% coins after. Facility PSG needs PA, HST doesn't per the MSG line. Can you start the auth?

{x}

Vic
"""
    m = mk(who("vic"), who("lorena"), "271 - elig for PSG", body, d)
    return m, f"{f} {l}"


def struct_5():
    f, l = pname()
    d = rdt(hours=(2, 4), weekday=False)
    b = dob(30, 80)
    pid = f"at-{rhex(8)}-{rhex(4)}"
    sn = f"2{random.randint(2000000000, 2999999999)}"
    days = []
    base = d.date() - datetime.timedelta(days=7)
    for i in range(7):
        day = base + datetime.timedelta(days=i)
        use = round(random.choice([0, random.uniform(2, 8.5), random.uniform(4, 8.5)]), 2)
        days.append({"date": day.isoformat(), "usageHours": use, "ahi": round(random.uniform(0.8, 9), 1),
                     "leak95": round(random.uniform(4, 38), 1), "p95Pressure": round(random.uniform(7, 13.5), 1)})
    bundle = {
        "resourceType": "Bundle", "type": "collection", "timestamp": d.isoformat(),
        "entry": [
            {"resource": {"resourceType": "Patient", "id": pid,
                          "identifier": [{"system": "urn:brightwater:mrn", "value": mrn()}],
                          "name": [{"family": l, "given": [f]}], "birthDate": b.isoformat(),
                          "telecom": [{"system": "phone", "value": phone_dash()}]}},
            {"resource": {"resourceType": "Device", "id": f"dev-{sn}", "serialNumber": sn,
                          "deviceName": [{"name": "AutoPAP 11 with humidifier", "type": "user-friendly-name"}],
                          "patient": {"reference": f"Patient/{pid}"}}},
        ] + [{"resource": {"resourceType": "Observation", "status": "final",
                           "code": {"text": "PAP daily therapy summary"},
                           "subject": {"reference": f"Patient/{pid}"},
                           "effectiveDateTime": x["date"],
                           "component": [
                               {"code": {"text": "usage"}, "valueQuantity": {"value": x["usageHours"], "unit": "h"}},
                               {"code": {"text": "residual AHI"}, "valueQuantity": {"value": x["ahi"], "unit": "/h"}},
                               {"code": {"text": "leak 95th pct"}, "valueQuantity": {"value": x["leak95"], "unit": "L/min"}},
                               {"code": {"text": "pressure 95th pct"}, "valueQuantity": {"value": x["p95Pressure"], "unit": "cmH2O"}}]}}
             for x in days]}
    body = f"""AirTrack Cloud - Scheduled Export

Export: weekly_fhir_push (Brightwater Home Respiratory)
Run: {d.strftime('%Y-%m-%d %H:%M')} UTC-0{5 if d.tzinfo == EST else 4}
Status: PARTIAL - 1 record failed schema validation at destination (Observation.component[0].valueQuantity.value = 0 rejected as 'missing usage')

Failed record attached as JSON. Fix the mapping or resend manually.

You are receiving this because you are an administrator of this AirTrack organization.
"""
    m = mk("AirTrack Cloud <no-reply@airtrackcloud.net>", who("greg"), "Export weekly_fhir_push: PARTIAL (1 failed)", body, d,
           atts=[(f"failed_{pid}.json", "application/json", json.dumps(bundle, indent=2))])
    return m, f"{f} {l}"


def struct_6():
    d = rdt()
    names = []
    lines = []
    hdr = "ACCT    LAST           FIRST       DOB       SETUP     PAYER DAYS4H PCT  AVGH  AHI  LEAK"
    for _ in range(random.randint(6, 9)):
        f, l = pname()
        names.append(f"{f} {l}")
        b = dob(30, 82)
        su = (d - datetime.timedelta(days=random.randint(30, 300))).date()
        d4 = random.randint(8, 30)
        lines.append(f"{random.randint(500000, 599999):<8}{l.upper()[:14]:<15}{f.upper()[:11]:<12}{b.strftime('%Y%m%d'):<10}"
                     f"{su.strftime('%Y%m%d'):<10}{random.choice(['MCR', 'NGH', 'SCI', 'MCD', 'BPK']):<6}{d4:>6}"
                     f"{round(d4 / 30 * 100):>4}{random.uniform(2, 8):>6.1f}{random.uniform(0.5, 12):>5.1f}{random.uniform(3, 40):>6.1f}")
    txt = "BWHR COMPLIANCE EXTRACT  RUN " + d.strftime('%Y%m%d') + "  PERIOD LAST30\n" + hdr + "\n" + "\n".join(lines) + \
          f"\nREC COUNT {len(lines):06d}\n"
    body = f"""Attached is the fixed-width compliance extract for the payer audit, same layout as last quarter (spec in the SOP). Let me know if they want it as CSV instead.

Greg
"""
    m = mk(who("greg"), who("ruth"), "compliance extract for audit", body, d,
           atts=[(f"BWHR_COMPL_{d.strftime('%Y%m%d')}.txt", "text/plain", txt)])
    return m, "; ".join(names)


def struct_7():
    f, l = pname()
    d = rdt()
    b = dob(40, 75)
    mr = mrn()
    a, t, s, z = address()
    gender = random.choice(["M", "F"])
    ccd = f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.14" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.{random.randint(1000, 9999)}" extension="{rhex(10)}"/>
  <code code="57133-1" codeSystem="2.16.840.1.113883.6.1" displayName="Referral note"/>
  <title>Referral Note - Sleep Medicine</title>
  <effectiveTime value="{d.strftime('%Y%m%d%H%M%S')}-0500"/>
  <recordTarget>
    <patientRole>
      <id extension="{mr}" root="2.16.840.1.113883.19.5.77"/>
      <addr use="HP"><streetAddressLine>{a}</streetAddressLine><city>{t}</city><state>{s}</state><postalCode>{z}</postalCode></addr>
      <telecom use="HP" value="tel:{phone_dash()}"/>
      <patient>
        <name><given>{f}</given><family>{l}</family></name>
        <administrativeGenderCode code="{gender}" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="{b.strftime('%Y%m%d')}"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <code code="42349-1" codeSystem="2.16.840.1.113883.6.1" displayName="Reason for referral"/>
      <title>Reason for Referral</title>
      <text>Loud snoring, witnessed apneas, morning headaches. ESS 14. Resistant hypertension on 3 agents. Please evaluate for OSA; HST acceptable.</text>
    </section></component>
    <component><section>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="Medications"/>
      <title>Medications</title>
      <text><list><item>amlodipine 10 mg daily</item><item>lisinopril 40 mg daily</item><item>chlorthalidone 25 mg daily</item><item>atorvastatin 20 mg nightly</item></list></text>
    </section></component>
    <component><section>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
      <title>Problems</title>
      <text><list><item>I10 Essential hypertension</item><item>E66.9 Obesity</item><item>R06.83 Snoring</item></list></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
    body = f"""Please see attached referral (C-CDA). Patient prefers mornings. Thank you.

Referral Coordinator
Vinton Springs Cardiology Associates
Ph (740) 342-{random.randint(1000, 9999)}  Fax (740) 342-{random.randint(1000, 9999)}

This transmission was sent via DirectTrust secure messaging.
"""
    m = mk(f"Referrals <referrals@direct.vintonspringscardio.com>", f"Referrals <referrals@direct.{CLINIC}>",
           "Referral - Sleep Medicine", body, d,
           atts=[(f"CCDA_Referral_{rhex(6)}.xml", "application/xml", ccd)])
    return m, f"{f} {l}"


# ================================================================ CLEAN: admin
def admin_1():
    d = rdt()
    tk = f"FAC-{random.randint(20000, 29999)}"
    body = f"""Hi Building Services,

Following up on ticket {tk}. Sleep lab Room 4 (suite 310, north hallway) is still running 77-79F overnight regardless of the thermostat setting. We run attended studies in that room from 8 PM to 6 AM and a warm room measurably affects sleep onset and sweat artifact on the EEG leads, so we've had to block the room two nights this week.

Could someone check the VAV box above the ceiling tile by the door? Last time it was the damper actuator. Access: the lab is empty 7 AM-7 PM weekdays; please check in with the front desk for the key. Please do not come in after 8 PM when patients are asleep unless it's an emergency.

Also, the ceiling tile in Room 1 above the headboard has a small water stain, same corner as last spring.

Thank you,
{sig('jolene')}
"""
    return mk(who("jolene"), "Building Services <service@kesslerparkproperties.com>", f"RE: {tk} - Sleep lab Rm 4 temperature",
              body, d, cc=who("marcus"), reply=True)


def admin_2():
    d = rdt()
    items = [("Gold cup EEG electrodes, 10/pk", 6), ("Ten20 conductive paste 8oz", 12), ("Nuprep skin prep gel", 8),
             ("Disposable snore sensors", 40), ("Nasal pressure cannula, adult", 150), ("Thermistor airflow sensor", 4),
             ("RIP belts, XL", 6), ("Pulse oximeter finger probes, disposable", 120), ("Collodion 4oz", 2),
             ("Paper tape 1in", 36), ("Alcohol prep pads, box", 20), ("Gauze 2x2, sleeve", 30)]
    lines = "\n".join(f"  {n:<44}{q:>5}" for n, q in items)
    body = f"""Marcus,

Here's what I have for the monthly lab supply order. Anything to add before I submit Thursday? Budget's tight this quarter so I cut the cannulas back from 200 to 150 -- we were carrying almost 2 months of stock.

  Item                                         Qty
{lines}

Also Hannah asked for 2 more demo FFMs for the fitting room (S and M), I'll put those on the DME side.

Jolene
"""
    return mk(who("jolene"), who("marcus"), "monthly lab supply order", body, d)


def admin_3():
    d = rdt()
    sat = d.date() + datetime.timedelta(days=(5 - d.weekday()) % 7 + 7)
    start = datetime.datetime(sat.year, sat.month, sat.day, 10, 0, tzinfo=tzfor(sat))
    body = f"""All,

Scoring software upgrade (v8.3 -> v9.0) is scheduled for Saturday {md(sat)}, 10:00 AM to approx. 4:00 PM. The lab is dark that night so no acquisition impact.

During the window:
- Remote scoring and the review stations in the reading room will be unavailable.
- Studies acquired Friday night should be closed and uploaded by 8 AM Saturday. Anything still open at 10 will need to be re-imported manually afterward.
- The HST upload station at the front desk is also affected. HST kits returned Saturday morning should be set aside and uploaded Monday.

After the upgrade, everyone will need to log in once with their network password to re-sync their scoring profile. Saved montages and custom event keys carry over. Please report any issues via the help desk at x7755 or helpdesk@{CLINIC}.

Calendar hold attached.

Ben Whitlock
IT / Systems Analyst
"""
    cal = ics(f"{rhex(16)}@{CLINIC}", "Scoring software upgrade - systems unavailable", start,
              start + datetime.timedelta(hours=6), "Reading room / remote", "v8.3 to v9.0 upgrade", ("Ben Whitlock", em("ben")))
    return mk(who("ben"), f"All Staff <allstaff@{CLINIC}>", f"Scoring software upgrade Sat {md(sat)}", body, d,
              atts=[("upgrade.ics", "text/calendar", cal)])


def admin_4():
    d = rdt()
    eff = after_days(d, 20, 40).replace(day=1)
    body = f"""Team,

Effective {mdy(eff)}, NorthGate and Summit Crest both align their PAP rental policy with the Medicare adherence rule. Summary of what changes for us:

1. Initial coverage is 3 months. Continued coverage requires (a) objective usage >= 4 hrs/night on 70% of nights in a consecutive 30-day window within the first 90 days and (b) a face-to-face re-evaluation between day 31 and day 91 that documents benefit.
2. The download must be signed/reviewed by the treating practitioner -- a DME printout alone won't be accepted.
3. If a patient fails the 90-day window, a repeat in-lab titration or re-evaluation is needed before a new trial; no simple restart.
4. Resupply frequencies do not change.

What I need:
- Front desk: when scheduling the 30/90 follow-up, book it on or after day 31, not before. The scheduler will now flag this.
- DME: run the day-45 and day-75 adherence reports weekly, not monthly.
- Providers: please use the updated "PAP adherence re-eval" smart phrase; it pulls in the 30-day window automatically.

The payer bulletins are in the Billing > Policies folder. Happy to walk through it at Tuesday's huddle.

Ruth

{sig('ruth')}

{DISC_CLINIC}
"""
    return mk(who("ruth"), [f"Providers <providers@{CLINIC}>", f"Front Desk <frontdesk@{CLINIC}>", who("greg")],
              "Payer PAP adherence policy change - effective " + md(eff), body, d, cc=who("jolene"))


def admin_5():
    d = rdt()
    mtg = after_days(d, 5, 12)
    start = datetime.datetime(mtg.year, mtg.month, mtg.day, 12, 0, tzinfo=tzfor(mtg))
    body = f"""Quality meeting - {long_date(mtg)}, 12:00-1:00, Conf A / Teams

Agenda
1. Inter-scorer reliability Q{(mtg.month - 1) // 3 + 1}: overall agreement 91.4%, hypopnea agreement 84.7% (target 85%). Review of discordant epochs.
2. HST failure rate: 6.8% last quarter (target < 8%). Main cause oximetry dropout.
3. Turnaround time: median 3.2 business days scored-to-signed; 11 studies > 5 days.
4. Accreditation reminders: emergency cart log, eyewash weekly check, O2 cylinder inventory.
5. Open floor

Please review the reliability epochs in the QA folder before the meeting.

Dr. Priya Raman
Medical Director
"""
    cal = ics(f"{rhex(16)}@{CLINIC}", "Quality Meeting", start, start + datetime.timedelta(hours=1), "Conference Room A / Teams",
              "Monthly quality review", ("Priya Raman", em("raman")))
    return mk(who("raman"), [f"Providers <providers@{CLINIC}>", f"Night Lab <nightlab@{CLINIC}>", who("jolene"), who("hst")],
              f"Quality meeting {md(mtg)} - agenda", body, d, atts=[("invite.ics", "text/calendar", cal)])


def admin_6():
    d = rdt()
    rates = [("95806", "HSAT, unattended, HR/O2/airflow/effort", "168.40"), ("G0399", "HST, type III", "172.15"),
             ("95810", "PSG, attended, 4+ params", "612.30"), ("95811", "PSG with PAP titration", "648.90"),
             ("95805", "MSLT/MWT", "520.00"), ("94660", "CPAP initiation/management", "52.75"),
             ("E0601", "CPAP device, monthly rental (x10 then cap)", "88.20"), ("E0562", "Heated humidifier, rental", "19.45")]
    tbl = "\n".join(f"  {c:<7}{ds:<46}${r:>8}" for c, ds, r in rates)
    body = f"""Jolene, Ruth,

Summary of the proposed BluePeak PPO amendment for next year, per our call. Rates are professional + technical combined where applicable (global):

  Code   Description                                    Rate
{tbl}

Other terms:
- Timely filing moves from 180 to 120 days from DOS.
- PA still required for in-lab PSG/titration; HSAT no PA when ordered by a sleep specialist.
- Escalator: 2.0% annually in years 2 and 3.
- Termination without cause: 120 days' notice.
- Clean-claim payment within 30 days; interest at 1%/mo after.

I'd push back on the timely filing change and ask for 2.5% escalators. Let me know if you want me to counter before the 15th.

Rob Castellano
Managed Care Consultant, Ridgeline Practice Advisors
(614) 220-{random.randint(1000, 9999)}
"""
    return mk(f"Rob Castellano <rcastellano@ridgelineadvisors.com>", [who("jolene"), who("ruth")],
              "BluePeak amendment - rate summary", body, d)


def admin_7():
    d = rdt()
    body = f"""Hi all,

Reminder: warehouse reprocessing area will be closed Wednesday 7-11 AM for the floor coating. Please do NOT leave returned devices on the intake cart during that window -- stage them in the cage by dock 2.

While we're on it, a few reprocessing reminders after last week's audit:
- Every returned PAP device gets a new inlet filter and the humidifier chamber is discarded, not cleaned and reused.
- Wipe-down with the approved disinfectant, 3 min wet contact time, log the lot number of the wipes on the sheet.
- Run the device for 10 min on the test bench, check pressure at 10 cmH2O with the manometer, and record.
- Tag with the green "clean/ready" tag and date. No tag = not ready to go out.
- Any device with water damage or a cracked housing goes on the red shelf for the vendor RMA.

Thanks for keeping this tight -- the accreditor commented that our log was one of the cleaner ones they've seen.

Greg

{sig('greg')}
"""
    return mk(who("greg"), f"DME Warehouse <warehouse@{DME}>", "Wed floor closure + reprocessing reminders", body, d)


# ================================================================ CLEAN: lookalike
def look_1():
    d = rdt()
    inv = f"INV-{random.randint(4000000, 4999999)}"
    po = f"PO-{d.year}-{random.randint(1000, 9999)}"
    lines = [("RW-N20-M", "RestWell N20 nasal mask, medium", 48, 38.50, f"L{random.randint(230000, 239999)}"),
             ("RW-F30-S", "RestWell F30 full face mask, small", 24, 61.75, f"L{random.randint(230000, 239999)}"),
             ("RW-F30-M", "RestWell F30 full face mask, medium", 36, 61.75, f"L{random.randint(230000, 239999)}"),
             ("RW-HT-6", "Heated tube 6 ft", 60, 22.10, f"L{random.randint(240000, 249999)}"),
             ("RW-FLT-D", "Disposable filter, 100/pk", 10, 31.00, f"L{random.randint(240000, 249999)}")]
    tot = sum(q * p for _, _, q, p, _ in lines)
    trk = ups()
    rows = "\n".join(f"{sku:<10}{desc:<38}{q:>4}  ${p:>7.2f}  ${q * p:>9.2f}  {lot}" for sku, desc, q, p, lot in lines)
    body = f"""RestWell Devices - Invoice

Invoice: {inv}     Invoice date: {mdy(d)}     Terms: Net 45
Customer PO: {po}     Account: 70{random.randint(10000, 99999)}
Ship to: {DME_NAME}, {DME_ADDR}
Carrier: UPS Ground  Tracking: {trk}

SKU       Description                            Qty   Unit       Ext        Lot
{rows}

Subtotal ${tot:,.2f}   Freight $0.00   Tax exempt (cert on file)   TOTAL DUE ${tot:,.2f}

Remit to: RestWell Devices, Dept 4471, P.O. Box 88120, Louisville, KY 40288
Questions: ar@restwelldevices.com | (800) 555-0148
"""
    pdfl = ["RestWell Devices", f"INVOICE {inv}", f"Date {mdy(d)}   PO {po}", ""] + \
           [f"{sku}  {desc}  x{q}  ${q * p:.2f}  lot {lot}" for sku, desc, q, p, lot in lines] + ["", f"TOTAL DUE ${tot:,.2f}"]
    return mk("RestWell Accounts Receivable <ar@restwelldevices.com>", f"AP <ap@{DME}>", f"Invoice {inv} for PO {po}",
              body, d, atts=[(f"{inv}.pdf", "application/pdf", pdf(pdfl))])


def look_2():
    d = rdt()
    body = f"""URGENT FIELD SAFETY NOTICE - VOLUNTARY RECALL
Reference: FSN-{d.year}-{random.randint(10, 99)}  |  Product: DreamFlow Auto 2 PAP device with integrated humidifier

Dear Valued DME Partner,

{random.choice(['Solenne Medical', 'Vireo Respiratory'])} is voluntarily recalling a limited number of DreamFlow Auto 2 devices because a capacitor on the humidifier heater board may fail, causing the heater plate to stop warming. There is no risk of overheating. Affected units are:

  Model DF-A2-US, serial numbers 23A104400 through 23A109950
  Model DF-A2-US, serial numbers 23C200010 through 23C201875
  Manufactured between 04/11/2023 and 08/02/2023 (date code on rating label)
  UDI-DI (01)00{random.randint(10000000000, 99999999999)}

Action required:
1. Check your inventory for affected serial numbers and quarantine them.
2. Complete the attached response form within 30 days even if you have no affected units.
3. For units already placed, use the serial lookup at the partner portal; we will ship replacement heater modules at no charge.

Distributor account reference: BWHR-7790. Questions: fieldaction@vireorespiratory.com or (877) 555-0117.

Regulatory Affairs
"""
    body = body.replace("Solenne Medical", "Vireo Respiratory")
    return mk("Vireo Respiratory Field Action <fieldaction@vireorespiratory.com>", who("greg"),
              "Field Safety Notice - DreamFlow Auto 2 (serial range)", body, d, cc=f"Quality <quality@{DME}>")


def look_3():
    d = rdt()
    body = f"""Coding quick reference - sleep (updated {md(d.date())})

DIAGNOSTIC
95806   HSAT unattended, min HR/O2 sat/resp analysis
G0398   HST type II
G0399   HST type III (4 channels)
G0400   HST type IV (min 3 channels)
95810   PSG attended, >=4 addl params
95811   PSG attended with CPAP/BPAP titration
95805   MSLT / MWT
95782/95783  pediatric (<6y) - we don't bill these

DX (common)
G47.33  Obstructive sleep apnea (adult)(pediatric)
G47.31  Primary central sleep apnea
G47.37  Central sleep apnea in conditions classified elsewhere
G47.411 Narcolepsy with cataplexy / G47.419 without
G47.26  Circadian rhythm sleep disorder, shift work type
G47.00  Insomnia, unspecified
R06.83  Snoring
G25.81  Restless legs syndrome
Z99.89  Dependence on other enabling machines (PAP)

DME
E0601 CPAP | E0470 BPAP w/o backup | E0471 BPAP with backup (ST) | E0562 heated humidifier
A7030 FFM 1/3mo | A7031 FFM cushion 1/mo | A7034 nasal mask 1/3mo | A7032 nasal cushion 2/mo | A7033 pillows 2/mo
A7035 headgear 1/6mo | A7036 chinstrap 1/6mo | A7037 tubing 1/3mo | A4604 heated tubing 1/3mo
A7038 disp filter 2/mo | A7039 non-disp filter 1/6mo | A7046 chamber 1/6mo

Modifiers: RR rental, NU new, KX documentation on file, KH/KI/KJ rental month 1 / 2-3 / 4-15

Print and keep at the billing desk; do not tape inside cabinet doors (accreditation).

Victor
"""
    return mk(who("vic"), [f"Billing Team <billing-team@{CLINIC}>", who("tasha"), who("minh")], "coding cheat sheet (reprint)", body, d)


def look_4():
    d = rdt()
    provs = [("Priya Raman, MD", "1487" + str(random.randint(100000, 999999)), f"35.{random.randint(100000, 199999)}", "ABIM-Sleep", "exp 01/31/2026"),
             ("Thomas Achterberg, DO", "1932" + str(random.randint(100000, 999999)), f"34.{random.randint(10000, 99999)}", "AOBIM-Sleep", "exp 07/31/2025"),
             ("Nadia Haddad, FNP-C", "1265" + str(random.randint(100000, 999999)), f"NP.{random.randint(10000, 99999)}", "AANP", "exp 10/31/2025"),
             ("Hannah Liebowitz, RRT", "—", f"RCP.{random.randint(10000, 99999)}", "NBRC", "exp 06/30/2025"),
             ("Marcus Bell, RPSGT", "—", f"RPSGT #{random.randint(10000, 39999)}", "BRPT", "exp 12/31/2026")]
    rows = "\n".join(f"{n:<26}{npi:<13}{lic:<18}{b:<13}{e}" for n, npi, lic, b, e in provs)
    body = f"""Jolene,

Credentialing roster for the NorthGate re-cred packet. Please confirm nothing's changed before I upload. Dr. Achterberg's state license is coming up -- renewal shows 'pending' on the board lookup, I'll check again Friday.

Name                      NPI          License           Board        Expiry
{rows}

Group NPI 1720{random.randint(100000, 999999)} | Tax ID 31-{random.randint(1000000, 9999999)} | CLIA n/a | Facility accreditation # SLF-{random.randint(1000, 9999)}

Thanks,
Marianne Poole
Credentialing Specialist, Ridgeline Practice Advisors
"""
    return mk("Marianne Poole <mpoole@ridgelineadvisors.com>", who("jolene"), "re-cred roster - please verify", body, d)


def look_5():
    d = rdt()
    entries = [("Main line / front desk", CLINIC_PH), ("Fax - clinical", CLINIC_FAX), ("Fax - billing", "(614) 482-7751"),
               ("Scheduling", "(614) 482-7733"), ("Night lab (7P-7A)", "(614) 482-7736"), ("CPAP clinic", "(614) 482-7742"),
               ("Prior auth", "(614) 482-7747"), ("Billing office", "(614) 482-7749"), ("IT help desk", "x7755"),
               ("Brightwater Home Respiratory", DME_PH), ("DME toll-free", DME_TF), ("DME fax", DME_FAX),
               ("HST program", "(614) 482-7793"), ("Building security (24h)", "(614) 482-1100"),
               ("Answering service (after hours)", "(614) 555-0163")]
    body = "Updated phone/fax list - please replace the one at your desk.\n\n" + \
           "\n".join(f"{a:<34}{b}" for a, b in entries) + \
           "\n\nProvider on-call after hours goes through the answering service only; do not give out cell numbers.\n\nDanielle\n"
    return mk(who("danielle"), f"All Staff <allstaff@{CLINIC}>", "updated phone list", body, d)


def look_6():
    d = rdt()
    tk = f"INC{random.randint(1000000, 1999999)}"
    body = f"""Ticket {tk} has been updated.

Short description: Night lab acquisition PC #3 - amplifier not detected after Windows update
Priority: 2 - High
Asset tag: BW-{random.randint(10000, 19999)}   Serial: 5CG{random.randint(1000000, 9999999)}   Location: Suite 310 / Room 3
Amplifier: SN A{random.randint(100000, 999999)}   Firmware 4.11.2
Opened: {(d - datetime.timedelta(days=1)).strftime('%m/%d/%Y %H:%M')}   Opened by: Bell, Marcus
Assigned to: Whitlock, Ben

Work notes:
- Rolled back USB driver to 10.2.1, amplifier detected.
- Paused feature updates on all acquisition PCs (BW-10411, BW-10412, BW-10413, BW-10414) for 35 days.
- Room 3 cleared for tonight.

State: Resolved. This ticket will close automatically in 3 days. Reply to reopen.

{CLINIC_NAME} IT Service Desk
"""
    return mk(f"IT Service Desk <servicedesk@{CLINIC}>", who("marcus"), f"{tk} updated - Resolved", body, d)


def look_7():
    d = rdt()
    mon = (d.replace(day=1) - datetime.timedelta(days=1))
    rows = [["Metric", "This month", "Prior month", "12-mo avg"],
            ["In-lab PSG (95810)", random.randint(70, 95), random.randint(70, 95), 82],
            ["Titrations (95811)", random.randint(40, 60), random.randint(40, 60), 51],
            ["HSAT dispensed", random.randint(150, 210), random.randint(150, 210), 176],
            ["HSAT technically inadequate %", 6.4, 7.9, 7.1],
            ["New PAP setups", random.randint(110, 160), random.randint(110, 160), 134],
            ["90-day adherence met %", 74.2, 71.8, 72.5],
            ["Median AHI at diagnosis", 23.6, 22.9, 23.1],
            ["No-show rate, overnight %", 5.1, 6.3, 5.8],
            ["Resupply orders shipped", random.randint(900, 1200), random.randint(900, 1200), 1040]]
    body = f"""Attached is the {mon.strftime('%B')} dashboard. Highlights:

- 90-day adherence up to 74.2%, best month this year. The day-45 outreach calls seem to be working.
- HSAT inadequate rate down to 6.4% since we switched oximeter probes.
- No-shows down after the text reminder change.

All numbers are aggregate; drill-downs are on the shared drive for managers.

Jolene
"""
    return mk(who("jolene"), [who("raman"), who("greg"), who("ruth")], f"{mon.strftime('%B')} dashboard", body, d,
              atts=[(f"dashboard_{mon.strftime('%Y_%m')}.xlsx", XLSX_CT, xlsx(rows, "Summary"))])


# ================================================================ CLEAN: news
def news_1():
    d = rdt()
    body = f"""THE NIGHT SHIFT - Brightwater staff newsletter, {d.strftime('%B %Y')}

WELCOME
Please welcome two new team members: Brianna Cho, MA (clinic) and Luis Andrade (DME delivery driver). Say hi if you see them!

SLEEP AWARENESS WEEK
We'll have a table in the building lobby Tuesday-Thursday with Epworth score cards and snoring info sheets. Volunteers sign up with Sofia.

BY THE NUMBERS
Last month we ran 88 overnight studies and sent out 190 home test kits. Thank you night crew!

DAYLIGHT SAVING REMINDER
Clocks change this month. Night techs working the switch night: the acquisition software handles the time change, but please note it in the tech log.

KUDOS
To the DME warehouse team for a clean reprocessing audit, and to Keisha for presenting our scorer-agreement project at the regional meeting.

POTLUCK
Last Friday of the month, break room, noon. Theme: breakfast for dinner (in honor of the night shift).
"""
    return mk(f"Brightwater Communications <news@{CLINIC}>", f"All Staff <allstaff@{CLINIC}>", f"The Night Shift - {d.strftime('%B')} issue",
              body, d, html=html_wrap(body))


def news_2():
    d = rdt()
    body = f"""Regional Traffic Safety Coalition - Bulletin

DROWSY DRIVING: WHAT THE NUMBERS SAY

- In statewide crash data for the last 5 years, drowsiness was listed as a contributing factor in about 1 in 45 injury crashes, with a peak between 2 and 6 AM and a second peak mid-afternoon.
- Drivers working night or rotating shifts were roughly three times as likely to report nodding off while driving in the past month than day workers, in our 2023 commuter survey (n = 2,410).
- Commercial drivers with untreated sleep-disordered breathing showed higher crash rates in multiple published studies; treatment with good adherence is associated with rates similar to unaffected drivers.

WHAT EMPLOYERS CAN DO
Offer nap rooms or rest breaks for night staff, avoid scheduling more than three consecutive night shifts, and publicize ride-share or shuttle options after overnight shifts.

WHAT CLINICIANS CAN DO
Ask about near-misses and drowsiness at the wheel, especially in shift workers; counsel about not driving when sleepy; know your state's reporting rules.

Share this bulletin freely. Data sources listed on our website.
"""
    return mk("Traffic Safety Coalition <bulletin@regionaltrafficsafety.org>", f"Info <info@{CLINIC}>",
              "Bulletin: Drowsy driving by the numbers", body, d)


def news_3():
    d = rdt()
    body = f"""Journal club - {d.strftime('%B')}

Article: a multicenter randomized trial of telemonitoring plus automated messaging vs usual care for CPAP adherence in newly diagnosed adults (n = 1,455).

Key findings
- Mean nightly use at 90 days: 5.1 h vs 4.2 h.
- Proportion meeting 4h/70% threshold: 78% vs 63%.
- Effect was largest in the first 2 weeks, and in participants with lower baseline sleepiness.
- No difference in mask change rate; modest increase in staff workload (about 6 minutes per patient per month).

Discussion points for us
1. We already get modem data on ~90% of setups; are we acting on it fast enough in week 1?
2. Would automated texts at day 3/7/14 reduce our day-45 calls?
3. Cost of staff time vs rental revenue retained.

Limitations: industry funded; adherence was device-measured only; 12% lost to follow-up.

Thursday 7:30 AM, Conf A. Coffee provided. Presenter: Dr. Haddad.
"""
    return mk(who("haddad"), f"Providers <providers@{CLINIC}>", f"Journal club {d.strftime('%b')} - CPAP telemonitoring RCT",
              body, d, cc=who("hannah"))


def news_4():
    d = rdt()
    text = f"""Meet the RestWell N20 Air - our lightest nasal mask yet.

- 40% fewer parts than the N10, reassembles in seconds
- Magnetic-free clips, safe for patients with implants
- Memory-foam cushion option for sensitive skin
- Fits 94% of faces with just two sizes in our fitting study

Partner pricing: $36.90/unit through {(d + datetime.timedelta(days=60)).strftime('%B %d')} on orders of 24+. Fitting kits for your clinic free while supplies last.

Request samples: partners@restwelldevices.com | HCPCS A7034 / A7032 cushions

RestWell Devices, 1200 Harbor Pkwy, Louisville, KY 40202. Unsubscribe: reply STOP.
"""
    html = f"""<html><body style="font-family:Helvetica,Arial;background:#f4f6f8">
<table width="600" align="center" style="background:#ffffff"><tr><td><img src="cid:logo" alt="RestWell"></td></tr>
<tr><td><h2 style="color:#162c54">Meet the RestWell N20 Air</h2><p>Our lightest nasal mask yet.</p>
<ul><li>40% fewer parts than the N10</li><li>Magnetic-free clips</li><li>Memory-foam cushion option</li><li>Fits 94% of faces with two sizes</li></ul>
<p><b>Partner pricing: $36.90/unit</b> on orders of 24+.</p>
<p style="font-size:9pt;color:#888">RestWell Devices, 1200 Harbor Pkwy, Louisville, KY 40202. Reply STOP to unsubscribe.</p></td></tr></table></body></html>"""
    m = mk("RestWell Devices <marketing@restwelldevices.com>", who("greg"), "New: the N20 Air nasal mask - partner pricing inside",
           text, d, html=html)
    m.get_payload()[1].add_related(logo_png(), maintype="image", subtype="png", cid="<logo>", filename="restwell_logo.png",
                                    disposition="inline")
    return m


def news_5():
    d = rdt()
    body = f"""NATIONAL SLEEP PRACTICE ASSOCIATION - MEMBER UPDATE

Coding and policy
- Proposed physician fee schedule: small decrease in the conversion factor; HSAT (95806/G0399) technical component roughly flat; in-lab PSG professional component down ~1.5%. Comment period open for 60 days.
- The DME MACs published a draft revision to the PAP LCD clarifying that telehealth visits satisfy the day 31-91 re-evaluation. NSPA submitted supportive comments.

Accreditation
- Facility standard 4.2 (emergency equipment checks) now accepts electronic logs with audit trails.

Education
- Annual meeting early registration closes the 30th. New track on circadian disorders and shift work.
- Free webinar: "Scoring hypopneas: 3% vs 4% and why your payers care."

Workforce
- Technologist shortage survey: 61% of member facilities report at least one unfilled night position.

You are receiving this as a member of NSPA. Manage preferences at nationalsleeppractice.org.
"""
    return mk("NSPA Member Update <updates@nationalsleeppractice.org>", who("raman"), "NSPA Member Update - coding, LCD, annual meeting",
              body, d)


def news_6():
    d = rdt()
    text = """Brightwater Better Sleep Tips

Keeping your CPAP equipment clean
- Daily: empty the water chamber, rinse and let it air dry. Wipe the mask cushion with a damp cloth or unscented wipe.
- Weekly: wash the mask, tubing and chamber in warm water with mild dish soap. Rinse well and hang the tubing to dry out of direct sun.
- Filters: check monthly; disposable filters should be replaced when discolored or at least twice a month.
- Avoid bleach, scented soaps and alcohol on the mask -- they can break down the silicone.

Traveling this summer?
Most PAP devices are medical devices and don't count as a carry-on. Bring a copy of your prescription and an extension cord. Use distilled water where you can, or travel without humidification for short trips.

Did you know you may be eligible for new supplies? Call us at (866) 390-2217 or reply to this email.

Brightwater Home Respiratory - 418 Foundry Ct, Dalton Ridge, OH. You're receiving this because you subscribed to our tips list. Unsubscribe anytime.
"""
    return mk(f"Brightwater Home Respiratory <tips@{DME}>", f"Tips Subscribers <tips-list@{DME}>", "Better Sleep Tips: cleaning + summer travel",
              text, d, html=html_wrap(text, "color:#222;"))


# ================================================================ CLEAN: staff
def staff_1():
    d = rdt()
    techs = ["Marcus Bell, RPSGT", "Keisha Dorsey, RPSGT, RST", "Owen Fairbanks, CRT", "Alyssa Grimaldi, RPSGT", "Desmond Kline (trainee)"]
    start = d.date() + datetime.timedelta(days=(6 - d.weekday()) % 7 + 1)
    lines = []
    for i in range(14):
        day = start + datetime.timedelta(days=i)
        if day.weekday() == 5:
            lines.append(f"{day.strftime('%a %m/%d')}   LAB CLOSED")
            continue
        a, b = random.sample(techs[:4], 2)
        extra = "  + D. Kline (shadow)" if random.random() < 0.3 else ""
        lines.append(f"{day.strftime('%a %m/%d')}   {a:<28}{b}{extra}")
    body = "Night lab schedule, next two weeks (7P-7A). Swaps go through me, not directly -- I need to keep the RPSGT on every night for accreditation.\n\n" + \
           "\n".join(lines) + "\n\nMarcus\n" + sig("marcus", full=False) + "\n"
    return mk(who("marcus"), f"Night Lab <nightlab@{CLINIC}>", f"night schedule {md(start)} - {md(start + datetime.timedelta(days=13))}",
              body, d, cc=who("jolene"))


def staff_2():
    d = rdt()
    fri = d.date() + datetime.timedelta(days=(4 - d.weekday()) % 7)
    body = f"""Weekend coverage {md(fri)}-{md(fri + datetime.timedelta(days=3))}:

Physician on call (phone via answering service): Dr. Achterberg Fri 5P - Sun 8A; Dr. Raman Sun 8A - Mon 8A
Night lab lead: Keisha Fri, Owen Sun (lab closed Sat)
DME on-call (equipment failures only): Luis Andrade, pager via answering service
IT on-call: Ben Whitlock

Answering service: (614) 555-0163. Please make sure your cell is current with them.

Jolene
"""
    return mk(who("jolene"), f"All Staff <allstaff@{CLINIC}>", f"weekend on-call {md(fri)}", body, d)


def staff_3():
    d = rdt()
    body = f"""Hi everyone,

Open enrollment for next year's benefits runs November 1-15. This year:

- Medical: same two plans (PPO and HDHP with HSA). Employee premium on the PPO goes up $11/paycheck; HDHP premium unchanged and the employer HSA contribution increases to $750.
- Dental and vision: no changes.
- New: a voluntary pet insurance option and a legal plan.
- If you do nothing, your current elections roll over EXCEPT the FSA, which you must re-elect.

Benefits fair: Tuesday the 5th, 11-2 in Conf A (and 6:30-7:30 PM for the night crew, with pizza). Reps from the carriers will be there.

Enroll through the HR portal. Questions to me directly.

Thanks,
Colleen Hart
HR Generalist
{CLINIC_NAME} / {DME_NAME}
"""
    return mk(f"Colleen Hart <chart@{CLINIC}>", [f"All Staff <allstaff@{CLINIC}>", f"All DME <all@{DME}>"],
              "Open enrollment Nov 1-15", body, d)


def staff_4():
    d = rdt()
    body = f"""Team!!

Please join me in congratulating Owen Fairbanks, who passed his RPSGT exam on Friday! That's after a year of studying on his nights off, which is no joke. He'll be moving to the RPSGT pay band and taking a lead night starting next month.

Cake in the break room Wednesday at 7 PM (so night crew can have some) and leftovers for day shift Thursday morning, if there are any.

Congrats Owen!

Marcus
"""
    html = html_wrap(body).replace("<p>Congrats Owen!</p>", "<p style=\"font-size:14pt;color:#1a5f9e\"><b>Congrats Owen! &#127881;</b></p>")
    return mk(who("marcus"), f"All Staff <allstaff@{CLINIC}>", "Congrats Owen - RPSGT!", body, d, html=html)


def staff_5():
    d = rdt()
    st = after_days(d, 7, 20)
    en = st + datetime.timedelta(days=random.randint(35, 70))
    body = f"""Hi all,

Hannah will be out on leave from {mdy(st)} through {mdy(en)}. During that time:

- CPAP clinic visits: Tues/Thurs with Renee Vaught, RRT (per diem) -- same room, same templates.
- Mask fittings on Mon/Wed/Fri will be covered by the DME clinical team at the Foundry Ct office; scheduling will book them there.
- Remote pressure changes: Dr. Raman and Dr. Achterberg will make these directly in AirTrack; send requests to the CPAP clinic inbox, not Hannah's.

Please don't reach out to Hannah while she's out. Thanks for covering for her!

Jolene
"""
    return mk(who("jolene"), [f"Providers <providers@{CLINIC}>", f"Front Desk <frontdesk@{CLINIC}>", who("greg"), who("carmen")],
              "Coverage while Hannah is out", body, d)


def staff_6():
    d = rdt()
    body = f"""Payroll reminders for this period:

1. Night differential increases from $2.50 to $3.25/hr for hours worked 7 PM-7 AM, effective with the first full pay period next month.
2. Timesheets are due Monday by 10 AM. Night crew: please approve before you leave Sunday night/Monday morning.
3. If you picked up an extra shift, put the swap note in the comments so managers can approve.
4. W-4 updates go through the HR portal only.

Thanks,
Payroll
{CLINIC_NAME}

This message was sent to all employees. Please do not reply-all.
"""
    return mk(f"Payroll <payroll@{CLINIC}>", f"All Staff <allstaff@{CLINIC}>", "Payroll: night differential + timesheet deadline", body, d)


def staff_7():
    d = rdt()
    day = after_days(d, 3, 9)
    start = datetime.datetime(day.year, day.month, day.day, 10, 0, tzinfo=tzfor(day))
    cand = random.choice(["Marisa Delgado-Cole, RRT", "Jordan Ekwueme, RRT", "Tessa Vang, RRT-SDS"])
    body = f"""Interview schedule for {cand} (CPAP clinic RT position):

10:00  Jolene Park - intro / HR basics
10:30  Hannah Liebowitz - clinical, mask fitting demo
11:15  Greg Szymanski - DME workflow, AirTrack
11:45  Dr. Raman - 15 min
12:00  Lunch with the team (optional)

Candidate has 6 years of hospital RT experience, RRT-SDS exam planned. Resume attached to the invite. Please send feedback to me by end of day.

Colleen
"""
    cal = ics(f"{rhex(16)}@{CLINIC}", f"Interview - {cand}", start, start + datetime.timedelta(hours=2), "Conf B",
              "CPAP clinic RT interview", ("Colleen Hart", f"chart@{CLINIC}"))
    return mk(f"Colleen Hart <chart@{CLINIC}>", [who("jolene"), who("hannah"), who("greg"), who("raman")],
              f"Interview {md(day)} - RT candidate", body, d, atts=[("interview.ics", "text/calendar", cal)])


# ================================================================ CLEAN: training
def tr_1():
    d = rdt()
    body = f"""Scoring refresher - Case 7 (de-identified teaching study)

This is a de-identified study from our teaching library. All identifiers have been removed; dates shifted.
Adult, 2-hr excerpt, diagnostic PSG. Hypopnea rule: 3% desat or arousal (AASM recommended).

Epochs to score: 212-260
Questions:
1. Epoch 218: 14-s reduction in nasal pressure to ~40% of baseline with a 3% desat. Hypopnea or not?
2. Epoch 231: absent airflow for 12 s with continued effort. Obstructive apnea? (check the duration criterion)
3. Epochs 240-244: crescendo-decrescendo pattern with absent effort -- what would you call this, and what extra info would you want?
4. Epoch 252: leg movements every 25 s, 0.8 s duration. Count as PLMs?

Send your answers to Keisha by Friday. We'll review the key in Tuesday's huddle. This counts toward your CEC hours.

Keisha Dorsey, RPSGT, RST
Education lead
"""
    return mk(who("keisha"), f"Night Lab <nightlab@{CLINIC}>", "Scoring refresher - Case 7 (teaching)", body, d)


def tr_2():
    d = rdt()
    rows = [["Step", "Action", "Test patient", "Expected result", "Pass/Fail"],
            ["1", "Register new patient", "TEST, SLEEPY (MRN 9990001, DOB 01/01/1980)", "MRN assigned, no duplicate warning", ""],
            ["2", "Schedule PSG in Rm 2 for tonight", "TEST, SLEEPY", "Appears on night board", ""],
            ["3", "Check in at 8:30 PM", "TEST, SLEEPY", "Status = arrived; SIU S14 sent", ""],
            ["4", "Attach scored study", "TEST, SLEEPY", "ORU posts to chart, result routing to Raman", ""],
            ["5", "Create CPAP order", "ZZTEST, DREAMER (MRN 9990002)", "Order goes to DME queue", ""],
            ["6", "Cancel appointment", "ZZTEST, DREAMER", "SIU S15; slot reopens", ""]]
    body = f"""Hi all,

Here's the UAT script for the scheduler/lab interface go-live. Use ONLY the test patients listed (MRNs starting 999 in the TRAIN environment). Don't run any of these in production.

Fill in Pass/Fail and send back by Wednesday. Screenshots of any failures to the ticket.

Ben
"""
    return mk(who("ben"), [who("carmen"), who("marcus"), who("danielle")], "UAT script - scheduling interface (TRAIN env)", body, d,
              atts=[("UAT_scheduling_interface.xlsx", XLSX_CT, xlsx(rows, "UAT"))])


def tr_3():
    d = rdt()
    body = f"""Mask fitting in-service - handout

Case scenario (fictional):
"Patient A" is a 60-something retiree, new to CPAP, full beard, breathes through the mouth when congested, and sleeps on their side. Pressure 9 cm H2O fixed.

Discuss:
1. Which interfaces are likely to seal with a full beard? (hint: think pillows or under-nose FFM)
2. How would you address mouth breathing without going straight to a full face mask?
3. What would you look for on a 2-week download that tells you the fit is failing?
4. Side sleepers: which headgear designs and tube routing help?

Hands-on: each pair fits the demo head with two interfaces, checks leak at 9 cm on the bench unit, and documents like a real fitting.

Tuesday 2 PM, fitting room. Bring your own questions from the floor.

Hannah
"""
    return mk(who("hannah"), [f"DME Clinical <clinical@{DME}>", who("tasha"), who("minh")], "In-service Tues: mask fitting scenarios",
              body, d, atts=[("mask_fitting_inservice.pdf", "application/pdf",
                              pdf(["Mask Fitting In-Service", "", "Case: Patient A (fictional)", "Beard, mouth breathing, side sleeper",
                                   "Pressure 9 cm H2O", "", "Stations: pillows, nasal cradle, under-nose FFM, FFM"]))])


def tr_4():
    d = rdt()
    paras = ["HST Kit - New Hire Knowledge Check", "Name: ____________  Date: ________", "",
             "1. A caller says the finger sensor fell off at 3 AM. What do you tell them? (a) The study is fine (b) Note the time and keep going; we'll review (c) Start over tomorrow",
             "2. How many nights does a standard kit go out for?",
             "3. Which items must be in the case on return? (device, nasal cannula, belt, oximeter, charger)",
             "4. A caller asks what their results mean. Who do you route them to?",
             "5. True/False: It's OK to leave a kit on a porch without the patient's permission.",
             "", "Answer key is with Rebecca. Passing score 4/5."]
    body = f"""Welcome aboard, Luis and Priscilla!

Attached is the HST knowledge check from this morning's session. Please fill it in and bring it to me by Thursday. It's open-book -- use the kit SOP.

Rebecca
"""
    return mk(who("hst"), ["Luis Andrade <landrade@" + DME + ">", "Priscilla Nwosu <pnwosu@" + DME + ">"],
              "HST knowledge check", body, d, atts=[("HST_knowledge_check.docx", DOCX_CT, docx(paras))])


def tr_5():
    d = rdt()
    hl7 = "\n".join([
        f"MSH|^~\\&|BWSCHED|BRIGHTWATER|SLEEPLAB|BRIGHTWATER|{d.strftime('%Y%m%d%H%M%S')}||ADT^A04^ADT_A01|TST0001|T|2.5.1",
        f"EVN|A04|{d.strftime('%Y%m%d%H%M%S')}",
        "PID|1||9990003^^^BW^MR||ZZTEST^INTERFACE^A||19000101|U|||1 TEST ST^^TESTVILLE^OH^00000||000-000-0000",
        "PV1|1|O|SLEEPLAB^TRAIN"])
    body = f"""Vendor team,

Sending the canned test message we'll use for connectivity tomorrow. Processing ID is T, patient is our standard dummy (ZZTEST^INTERFACE, MRN 9990003, DOB 1900-01-01). Please confirm your side is pointed at the TRAIN endpoint (port 6661) and not prod before we fire it.

{hl7}

Expect AA back. If you get AE, send me the ACK.

Ben Whitlock
{CLINIC_NAME} IT
"""
    return mk(who("ben"), "Integration Team <integration@scoresuite-sleep.com>", "connectivity test tomorrow - TRAIN", body, d)


def tr_6():
    d = rdt()
    body = f"""Role-play scripts for Friday's phone training. All callers are fictitious.

SCRIPT 1 - "Jane Sample" (sample caller)
Caller: Hi, I got a letter that says I need to bring the machine back?
You: Verify identity (two identifiers) -> explain the 90-day adherence rule in plain words -> offer a same-week fitting with the RT -> document the call.
Watch for: caller getting upset; don't argue about the insurance rule, explain what we CAN do.

SCRIPT 2 - "John Example" (sample caller)
Caller: My machine is blowing too hard and I took it off at night.
You: Ask about ramp and mask fit -> offer to have the clinic review the download -> never change settings over the phone yourself.

SCRIPT 3 - a family member calls for "Mr. Test"
Practice: what you can and can't share without the patient's authorization on file.

Pair up, switch roles, and use the scoring sheet. We'll debrief at 11:30.

Tasha
"""
    return mk(who("tasha"), f"DME Customer Care <customercare@{DME}>", "Friday phone training - role play scripts", body, d)


# ================================================================ main
PLAN = [
    ("phi", "care", [care_1, care_2, care_3, care_4, care_5, care_6, care_7, care_8]),
    ("phi", "ids", [ids_1, ids_2, ids_3, ids_4, ids_5, ids_6, ids_7, ids_8]),
    ("phi", "lang", [lang_1, lang_2, lang_3, lang_4, lang_5, lang_6, lang_7, lang_8]),
    ("phi", "lists", [lists_1, lists_2, lists_3, lists_4, lists_5, lists_6, lists_7]),
    ("phi", "names", [names_1, names_2, names_3, names_4, names_5, names_6, names_7, names_8]),
    ("phi", "self", [self_1, self_2, self_3, self_4, self_5, self_6, self_7]),
    ("phi", "struct", [struct_1, struct_2, struct_3, struct_4, struct_5, struct_6, struct_7]),
    ("clean", "admin", [admin_1, admin_2, admin_3, admin_4, admin_5, admin_6, admin_7]),
    ("clean", "lookalike", [look_1, look_2, look_3, look_4, look_5, look_6, look_7]),
    ("clean", "news", [news_1, news_2, news_3, news_4, news_5, news_6]),
    ("clean", "staff", [staff_1, staff_2, staff_3, staff_4, staff_5, staff_6, staff_7]),
    ("clean", "training", [tr_1, tr_2, tr_3, tr_4, tr_5, tr_6]),
]
EXPECTED = {"care": 8, "ids": 8, "lang": 8, "lists": 7, "names": 8, "self": 7, "struct": 7,
            "admin": 7, "lookalike": 7, "news": 6, "staff": 7, "training": 6}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    rows = []
    counts = {}
    for label, kind, funcs in PLAN:
        assert len(funcs) == EXPECTED[kind], kind
        for i, fnc in enumerate(funcs, 1):
            res = fnc()
            if isinstance(res, tuple):
                msg, patient = res
            else:
                msg, patient = res, ""
            if label == "clean":
                patient = ""
            fname = f"{label}-{kind}-{i:03d}.eml"
            with open(os.path.join(out, fname), "wb") as fh:
                fh.write(msg.as_bytes(policy=policy.SMTP))
            rows.append([fname, label, kind, patient])
            counts[(label, kind)] = counts.get((label, kind), 0) + 1
    with open(os.path.join(out, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    for (label, kind), n in counts.items():
        print(f"{label}-{kind}: {n}")
    print(f"total: {sum(counts.values())}")


if __name__ == "__main__":
    main()
