#!/usr/bin/env python3
"""Blind evaluation mail set: county child-welfare / foster-care health unit.
Everything here is invented. Standard library only. Deterministic (SEED 9401).
Usage: python3 gen.py OUTDIR
"""
import sys, os, random, io, csv, json, zipfile, zlib, struct, datetime
from datetime import timedelta, timezone
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime, formataddr

SEED = 9401
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else "."

AG = "carrowaycounty-dcfs.org"
AGENCY = "Carroway County Department of Children and Family Services"
UNIT = "Health Services Unit"
ADDR1 = "2210 Sumner Avenue, 3rd Floor"
CITY = "Lockport Falls"
ST = "IA"  # fictional county; postal abbreviation only used in addresses
ZIPC = "52718"

PERSONAL = ["example.com", "example.net", "mailbox.example.org", "riverlink.net",
            "prairiemail.com", "homewire.example.com", "inboxly.net"]

# ---------------------------------------------------------------- people
KF_F = ["Aaliyah", "Destiny", "Nevaeh", "Serenity", "Makayla", "Brielle", "Harmony",
        "Lyric", "Jazmine", "Trinity", "Ariana", "Skylar", "Leilani", "Khloe", "Imani",
        "Zariah", "Paisley", "Amaya", "Journee", "Kenzie", "Mia", "Rosalind", "Ximena",
        "Hadley", "Anaya"]
KF_M = ["Jaylen", "Mateo", "Kayden", "Elijah", "Josiah", "Dominic", "Isaiah", "Xavier",
        "Anthony", "Carter", "Gabriel", "Malik", "Ezekiel", "Damian", "Rowan", "Bryson",
        "Tristan", "Marcus", "Hunter", "Adrian", "Keandre", "Liam", "Oscar", "Bentley",
        "Cyrus"]
KL = ["Ortiz", "Whitfield", "Okafor", "Delgado", "Brennan", "McAllister", "Reyes",
      "Lindqvist", "Washington", "Castillo", "Hollis", "Morales", "Kowalski", "Fairbanks",
      "Ramirez", "Yazzie", "Santos", "Alvarado", "Chaudhry", "Haskins", "Villanueva",
      "Pruitt", "Mwangi", "Sandoval", "Kerrigan", "Osei", "Tolliver", "Espinoza",
      "Calloway", "Lozano", "Birch", "Stroud", "Quintero", "Ellery", "Vance", "Dorsey"]
AF = ["Tamara", "Denise", "Crystal", "Shawna", "Marisol", "LaToya", "Brenda", "Kelly",
      "Rhonda", "Angela", "Heather", "Yolanda", "Jolene", "Patrice", "Gwen", "Darlene"]
AM = ["Raymond", "Curtis", "Dwayne", "Travis", "Gerald", "Luis", "Terrence", "Dale",
      "Rodney", "Wesley", "Corey", "Andre"]
AL = ["Greer", "Dunmore", "Hollister", "Pacheco", "Lindahl", "Sutter", "Becwar",
      "Mayfield", "Kincaid", "Rourke", "Abernathy", "Strickland", "Voss", "Harlan",
      "Ingram", "Tomczak", "Fairweather", "Oduya"]

_used = set()


def child(sex=None, lo=0, hi=17, last=None):
    sex = sex or random.choice("fm")
    for _ in range(500):
        f = random.choice(KF_F if sex == "f" else KF_M)
        l = last or random.choice(KL)
        if (f, l) not in _used:
            break
    _used.add((f, l))
    age = random.randint(lo, hi)
    dob = datetime.date(2024 - age, 1, 1) + timedelta(days=random.randrange(365))
    return dict(first=f, last=l, full=f"{f} {l}", sex=sex, age=age, dob=dob,
                dobs=dob.strftime("%m/%d/%Y"),
                pid=str(random.randint(4100000, 5899999)),
                mcd="1" + "".join(random.choice("0123456789") for _ in range(9)),
                case="CW-%d-%06d" % (random.choice([2022, 2023, 2024]), random.randint(1000, 99999)),
                court="JV-%02d-%04d" % (random.choice([23, 24, 25]), random.randint(100, 1400)),
                he="she" if sex == "f" else "he", him="her" if sex == "f" else "him",
                his="her" if sex == "f" else "his")


def adult(sex=None, last=None):
    sex = sex or random.choice("fm")
    f = random.choice(AF if sex == "f" else AM)
    l = last or random.choice(AL)
    style = random.randrange(5)
    dom = random.choice(PERSONAL)
    if style == 0:
        em = f"{f.lower()}.{l.lower()}@{dom}"
    elif style == 1:
        em = f"{f[0].lower()}{l.lower()}{random.randint(2, 99)}@{dom}"
    elif style == 2:
        em = f"{l.lower()}family{random.choice(['', '4', '06', '22'])}@{dom}"
    elif style == 3:
        em = f"{f.lower()}{random.randint(70, 99)}@{dom}"
    else:
        em = f"{f.lower()}{l[0].lower()}.home@{dom}"
    return dict(first=f, last=l, full=f"{f} {l}", email=em, sex=sex)


def ph():
    return "(563) 555-01%02d" % random.randint(0, 99)


# unit / county staff (fixed roster, invented)
def S(first, last, title, ext, cred=""):
    return dict(first=first, last=last, full=f"{first} {last}", title=title,
                cred=cred, email=f"{first.lower()}.{last.lower()}@{AG}".replace(" ", ""),
                phone="(563) 555-01%02d ext. %d" % (random.randint(10, 60), ext))


RN1 = S("Renata", "Oyelaran", "Health Care Coordinator", 4417, "RN, BSN")
RN2 = S("Dana", "Kowalczyk", "Nurse Case Manager", 4421, "RN")
LPN = S("Miguel", "Arce", "Health Services Nurse", 4425, "LPN")
SUP = S("Tess", "Vandermolen", "Health Services Supervisor", 4400, "MSN, RN")
PHARM = S("Priya", "Raghunathan", "Consulting Pharmacist, Psychotropic Medication Review", 4430, "PharmD")
ELIG = S("Colette", "Baptiste-Ford", "Medicaid Eligibility Specialist", 4436)
PA = S("Jordan", "Ashby", "Program Assistant, Health Services", 4410)
CW1 = S("Kendra", "Boateng", "Ongoing Caseworker, Unit C", 3312)
CW2 = S("Luis", "Ferreira", "Placement Caseworker", 3340)
CW3 = S("Alyssa", "Strand", "CPS Investigator", 3201)
CW4 = S("Marcus", "Whitlow", "Caseworker II, Permanency", 3358)
CW5 = S("Hannah", "Greaves", "Kinship Support Worker", 3371)
CW6 = S("Yesenia", "Paredes", "Bilingual Caseworker (Spanish)", 3366)
CSUP = S("Rochelle", "Dupree", "Casework Supervisor, Unit C", 3300)
IT = S("Garrett", "Lunde", "IT Service Desk", 2100)
LIC = S("Monica", "Teague", "Foster Home Licensing Specialist", 3480)
ATTY = S("Adele", "Marsh", "Assistant County Attorney", 5102)
TRN = S("Cynthia", "Okoro", "Staff Development Trainer", 2260)
HR = S("Deb", "Hauser", "Payroll & Benefits, Human Resources", 2015)
CW7 = S("Thanh", "Le", "Caseworker I (Vietnamese/English)", 3374)
FAC = S("Ron", "Pichler", "Facilities Coordinator", 2044)
RN3 = S("Abena", "Mensah", "Health Care Coordinator", 4419, "RN")


def A(p):
    return formataddr((p["full"], p["email"]))


def sig(p, style=0):
    name = p["full"] + (", " + p["cred"] if p["cred"] else "")
    if style == 0:
        return (f"\n\n{name}\n{p['title']}\n{UNIT if 'Nurse' in p['title'] or 'Health' in p['title'] or 'Pharm' in p['title'] or 'Medicaid' in p['title'] else 'Carroway County DCFS'}\n"
                f"{AGENCY}\n{ADDR1}, {CITY}, {ST} {ZIPC}\nPh {p['phone']} | Fax (563) 555-0188\n")
    if style == 1:
        return f"\n\nThanks,\n{p['first']}\n\n{name} | {p['title']}\nCarroway County DCFS | {p['phone']}\n"
    if style == 2:
        return f"\n\n-{p['first']}\n"
    return f"\n\n{p['first']} {p['last'][0]}.\n{p['title']}\n"


DISC = ("\n\nCONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the "
        "sole use of the intended recipient(s) and may contain confidential information about "
        "children and families served by Carroway County DCFS that is protected by state and "
        "federal law. Any unauthorized review, use, disclosure or distribution is prohibited. "
        "If you are not the intended recipient, please contact the sender by reply e-mail and "
        "destroy all copies of the original message.\n")

MOBILE = ["\n\nSent from my iPhone\n", "\n\nSent from my Galaxy\n", "\n\nSent from Yahoo Mail on Android\n",
          "\n\nGet Outlook for iOS\n", "\n"]


# ---------------------------------------------------------------- dates / ids
def rdate(lo=(2024, 9, 3), span=270, hours=None):
    d = datetime.date(*lo) + timedelta(days=random.randrange(span))
    if d.weekday() >= 5 and random.random() < 0.8:
        d += timedelta(days=7 - d.weekday())
    h = random.choice(hours or [7, 8, 8, 9, 9, 10, 10, 11, 11, 13, 13, 14, 14, 15, 15, 16, 16, 17, 19, 21])
    off = -5 if 3 < d.month < 11 else -6
    return datetime.datetime(d.year, d.month, d.day, h, random.randrange(60), random.randrange(60),
                             tzinfo=timezone(timedelta(hours=off)))


def mid(domain):
    return "<%012x.%06x.%d@%s>" % (random.getrandbits(48), random.getrandbits(24),
                                    random.randint(1000, 99999), domain)


def fmt_on(d):
    h = d.hour % 12 or 12
    return f"{d.strftime('%a, %b')} {d.day}, {d.year} at {h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def fmt_sent(d):
    h = d.hour % 12 or 12
    return f"{d.strftime('%A, %B')} {d.day}, {d.year} {h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def short(d):
    return f"{d.month}/{d.day}"


def quote(text):
    return "\n".join(("> " + l) if l.strip() else ">" for l in text.strip("\n").split("\n"))


def on_wrote(d, name, email, text):
    return f"\n\nOn {fmt_on(d)}, {name} <{email}> wrote:\n" + quote(text) + "\n"


def orig(frm, d, to, subj, text, cc=None):
    s = f"\n\n-----Original Message-----\nFrom: {frm}\nSent: {fmt_sent(d)}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    return s + f"Subject: {subj}\n\n" + text.strip("\n") + "\n"


def outlook_hdr(frm, d, to, subj, text, cc=None):
    s = f"\n\n________________________________\nFrom: {frm}\nSent: {fmt_sent(d)}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    return s + f"Subject: {subj}\n\n" + text.strip("\n") + "\n"


def fwd(frm, d, to, subj, text):
    return ("\n\n---------- Forwarded message ---------\n"
            f"From: {frm}\nDate: {fmt_on(d)}\nSubject: {subj}\nTo: {to}\n\n" + text.strip("\n") + "\n")


# ---------------------------------------------------------------- attachments
ZDT = (2024, 11, 4, 9, 30, 0)


def _zip(files):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return b.getvalue()


def xesc(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


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
            ref = f"{_col(c)}{r}"
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{xesc(v)}</t></is></c>')
        sd.append(f'<row r="{r}">' + "".join(cells) + "</row>")
    hdr = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    files = [
        ("[Content_Types].xml", hdr + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ("_rels/.rels", hdr + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ("xl/workbook.xml", hdr + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         f'<sheets><sheet name="{xesc(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels", hdr + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ("xl/worksheets/sheet1.xml", hdr + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         '<sheetData>' + "".join(sd) + '</sheetData></worksheet>'),
    ]
    return _zip(files)


def docx(paras):
    hdr = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{xesc(p)}</w:t></w:r></w:p>' for p in paras)
    files = [
        ("[Content_Types].xml", hdr + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels", hdr + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ("word/document.xml", hdr + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
         '<w:body>' + body + '<w:sectPr/></w:body></w:document>'),
    ]
    return _zip(files)


def pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT\n/F1 11 Tf\n14 TL\n54 750 Td\n" + "".join(f"({esc(l)}) Tj T*\n" for l in lines) + "ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            "/Resources << /Font << /F1 5 0 R >> >> >>",
            f"<< /Length {len(content.encode('latin-1'))} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return out


def png(w, h, fn):
    raw = b"".join(b"\x00" + bytes(v for x in range(w) for v in fn(x, y)) for y in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def logo_png():
    def f(x, y):
        if 8 <= y <= 31 and 8 <= x <= 31:
            return (255, 255, 255) if (x - 20) ** 2 + (y - 20) ** 2 < 60 else (24, 102, 115)
        if 14 <= y <= 18 and 40 <= x <= 150:
            return (24, 102, 115)
        if 23 <= y <= 25 and 40 <= x <= 120:
            return (120, 160, 170)
        return (255, 255, 255)
    return png(160, 40, f)


def scan_png():
    def f(x, y):
        if x < 3 or y < 3 or x > 176 or y > 236:
            return (200, 200, 200)
        v = 246 - ((x * 7 + y * 13) % 5)
        return (v, v, v - 2)
    return png(180, 240, f)


def ics(uid, start, end, summary, location, desc, org=None):
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Carroway County DCFS//Health Services//EN",
         "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20241101T150000Z",
         f"DTSTART;TZID=America/Chicago:{start.strftime('%Y%m%dT%H%M%S')}",
         f"DTEND;TZID=America/Chicago:{end.strftime('%Y%m%dT%H%M%S')}",
         f"SUMMARY:{summary}", f"LOCATION:{location}", f"DESCRIPTION:{desc}"]
    if org:
        L.append(f"ORGANIZER;CN={org['full']}:mailto:{org['email']}")
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(L) + "\r\n"


def csv_text(rows):
    b = io.StringIO()
    w = csv.writer(b, lineterminator="\r\n")
    w.writerows(rows)
    return b.getvalue()


# ---------------------------------------------------------------- message builder
RECORDS = []   # (label, kind, patient_name, EmailMessage)

MIME = {"csv": ("text", "csv"), "txt": ("text", "plain"), "ics": ("text", "calendar"),
        "hl7": ("text", "plain"), "json": ("application", "json"), "xml": ("text", "xml"),
        "pdf": ("application", "pdf"), "png": ("image", "png"), "x12": ("text", "plain"),
        "edi": ("application", "edi-x12"),
        "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")}


def mk(frm, to, subject, body, date=None, cc=None, html=None, atts=(), headers=(), reply=False):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to if isinstance(to, str) else ", ".join(to)
    if cc:
        m["Cc"] = cc if isinstance(cc, str) else ", ".join(cc)
    m["Subject"] = subject
    m["Date"] = format_datetime(date or rdate())
    dom = frm.split("@")[-1].strip(">").strip()
    m["Message-ID"] = mid(dom)
    if reply:
        ref = mid(random.choice([AG, dom]))
        m["In-Reply-To"] = ref
        m["References"] = ref
    for k, v in headers:
        m[k] = v
    m["MIME-Version"] = "1.0"
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    for fname, data in atts:
        ext = fname.rsplit(".", 1)[-1].lower()
        mt, st = MIME.get(ext, ("application", "octet-stream"))
        if isinstance(data, str):
            if mt == "text":
                m.add_attachment(data, subtype=st, filename=fname)
            else:
                m.add_attachment(data.encode("utf-8"), maintype=mt, subtype=st, filename=fname)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    return m


def add(label, kind, patient, m):
    RECORDS.append((label, kind, patient, m))


def html_wrap(text, logo=False):
    paras = "".join(f"<p>{xesc(p).replace(chr(10), '<br>')}</p>" for p in text.strip().split("\n\n"))
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;'
            'font-size:11pt">' + paras + "</body></html>")


# ================================================================ PHI: care
def care():
    # 1 foster mom needs a ride; caseworker forwards to transport
    k = child("m", 4, 9)
    fm = adult("f")
    d = rdate()
    d0 = d - timedelta(hours=3, minutes=12)
    appt = (d + timedelta(days=2)).strftime("%A %m/%d")
    inner = (f"Hi Kendra, is there anyway somebody from the county can take {k['first']} to his appt "
             f"{appt} at 9:40? its at Maplegrove Pediatrics on Dunham St. My car is in the shop til "
             f"next week and my husband works 1st shift. I can ride along with him if thats allowed. "
             f"Sorry for the short notice\n\n{fm['first']}")
    body = (f"Transport team - can you add this one? Child is {k['full']}, age {k['age']}, placed with "
            f"{fm['full']} (licensed foster home). Pickup at the foster home 9:00, return after. Foster "
            f"mom will ride along, she has the car seat/booster. Let me know if no driver is available "
            f"and I'll try to do it myself.\n" + sig(CW1, 1) + fwd(formataddr((fm['full'], fm['email'])), d0,
                                                             CW1['email'], f"ride for {k['first']}", inner))
    add("phi", "care", k["full"], mk(A(CW1), "DCFS Transport <transport.requests@%s>" % AG,
                                     f"Fwd: ride for {k['first']}", body, date=d,
                                     cc=A(PA)))

    # 2 nurse handover before vacation
    a = child("f", 1, 3, last=random.choice(KL))
    b = child("m", 6, 8, last=a["last"])
    fp = adult("f")
    d = rdate()
    body = (f"Hi Dana,\n\nThanks again for covering while I'm out next week. Only one family really needs "
            f"hands-on follow up - the {a['last']} sibs at the {fp['last']} home:\n\n"
            f"{a['first']} (DOB {a['dobs']}) - the WIC appointment got moved to Tuesday 10:30, foster mom knows. "
            f"She still needs the 18 month shots, Maplegrove said they can do them as a nurse visit any "
            f"morning, just call ahead. Foster mom asked for more of the thick diaper cream, I told her we "
            f"would drop a tube off with the next visit.\n\n"
            f"{b['first']} - refill was called in Friday, foster dad picks it up after work. His dentist "
            f"appointment on the 19th is the one we rescheduled twice already, please don't let it slip "
            f"again. Transport is booked (confirmation 22-4471).\n\n"
            f"Passports for both are in the top drawer of my desk, the blue folder. {fp['first']} "
            f"{fp['last']}'s cell is {ph()}, she prefers texts.\n\nOwe you one!" + sig(RN1, 1))
    add("phi", "care", f"{a['full']}; {b['full']}",
        mk(A(RN1), A(RN2), f"coverage 12/9-12/13 - {a['last']} kids", body, date=d, cc=A(SUP)))

    # 3 kinship grandmother asks for diapers/formula; nurse reply with quoted thread
    k = child("m", 0, 0)
    gm = adult("f", last=random.choice(AL))
    d = rdate()
    d0 = d - timedelta(days=1, hours=2)
    inner = (f"Hello Ms. Greaves\n\nI am running low on the formula for {k['first']}, the kind that "
             f"the hospital sent home with us (the sensitive one in the purple can). I have 2 cans left. "
             f"The WIC office said his paperwork is not transferred to me yet because the caseworker has "
             f"to send something. Also he is in size 2 diapers now. I get my check on the 3rd but I "
             f"can't get to the store before then.\n\nThank you,\n{gm['full']}\n{ph()}")
    body = (f"Hi Mrs. {gm['last']},\n\nI spoke with our nurse Abena this morning. We have 4 cans of the "
            f"same formula in the supply closet and a case of size 2 diapers, and I can bring them by "
            f"tomorrow between 1 and 3. I also sent the WIC transfer letter for {k['first']} to the WIC "
            f"office on Kimball Rd today so they should be able to load the benefits to your card next "
            f"week.\n\nAbena will call you Thursday to see how his feeding is going and to set up his "
            f"2 month visit.\n" + sig(CW5, 1) + on_wrote(d0, gm["full"], gm["email"], inner))
    add("phi", "care", k["full"], mk(A(CW5), formataddr((gm['full'], gm['email'])),
                                     f"RE: formula for {k['first']}", body, date=d, cc=A(RN3), reply=True))

    # 4 scheduling with .ics
    k = child("f", 2, 12)
    fm = adult()
    d = rdate()
    ap = (d + timedelta(days=9)).replace(hour=14, minute=15, second=0)
    body = (f"Good afternoon,\n\n{k['first']}'s initial well-child exam is scheduled:\n\n"
            f"  When:  {ap.strftime('%A, %B')} {ap.day} at 2:15 pm (please arrive 2:00)\n"
            f"  Where: Maplegrove Pediatrics, 418 Dunham St, Suite 200\n"
            f"  With:  Dr. Elaine Fitzwater\n\n"
            f"Please bring {k['his']} medical passport (the green binder), {k['his']} Medicaid card or the "
            f"temporary card letter, and the placement agreement. If {k['he']} takes anything at home, "
            f"bring the bottles. This visit has to happen within 30 days of placement so if the time "
            f"doesn't work please call me rather than cancelling with the clinic.\n\n"
            f"A calendar invite is attached.\n" + sig(PA, 0) + DISC)
    ic = ics(f"hsu-{random.getrandbits(32):08x}@{AG}", ap, ap + timedelta(minutes=45),
             f"Well-child exam - {k['full']}", "Maplegrove Pediatrics, 418 Dunham St Ste 200",
             f"Initial EPSDT exam (30-day). Bring medical passport + Medicaid card. DOB {k['dobs']}", PA)
    add("phi", "care", k["full"],
        mk(A(PA), formataddr((fm['full'], fm['email'])), f"Appointment for {k['first']} - {short(ap)} 2:15pm",
           body, date=d, cc=A(CW4), html=html_wrap(body), atts=[("invite.ics", ic)]))

    # 5 placement change - items left at old home
    k = child("f", 10, 14)
    old = adult("f")
    new = adult("f")
    d = rdate()
    body = (f"Renata - heads up, {k['first']} {k['last']} moved last night from the {old['last']} home "
            f"to {new['full']} (Oak Bluff). Emergency move, she's ok, just tired.\n\n"
            f"Things I know about:\n- her glasses are still at the {old['last']}s, I'm picking them up "
            f"tomorrow\n- she has the orthodontist Weds 3:30 at Riverbend Ortho, new foster mom can take "
            f"her but needs the paperwork\n- her meds: old foster mom sent the bottles in a bag, I "
            f"counted them with the new foster mom, there's about a week left of the morning one\n\n"
            f"Can you update the passport and send {new['first']} the med consent letter? Her number is "
            f"{ph()}.\n\nthx\nLuis\n\nSent from my iPhone")
    add("phi", "care", k["full"], mk(A(CW2), A(RN1), f"{k['first']} {k['last'][0]}. placement change",
                                     body, date=d))

    # 6 birth father worried about counseling attendance
    k = child("f", 8, 13)
    bf = adult("m", last=k["last"])
    d = rdate()
    d0 = d - timedelta(days=2, hours=5)
    inner = (f"i just want to know if my daughter {k['first']} is going to her counseling every week like "
             f"the judge said. her mom told me at the visit she missed 2 times. nobody tells me nothing "
             f"and im her father. i want a copy of when she went\n\n{bf['full']}")
    body = (f"Mr. {bf['last']},\n\nThank you for reaching out. I checked with {k['first']}'s foster parent "
            f"and with the counseling office. She has gone to her Tuesday sessions at Brightwater Family "
            f"Counseling every week since September except one week in October when she was home sick "
            f"and one week the office closed for the holiday. Both were rescheduled.\n\n"
            f"I can print the attendance list for you and bring it to Saturday's visit. If you want to "
            f"talk to her counselor yourself you would need to sign a release, and I can bring that too.\n"
            + sig(CW4, 0) + DISC + on_wrote(d0, bf["full"], bf["email"], inner))
    add("phi", "care", k["full"], mk(A(CW4), formataddr((bf['full'], bf['email'])),
                                     "Re: my daughter", body, date=d, cc=A(CSUP), reply=True))

    # 7 school nurse about noon medication
    k = child("m", 7, 11)
    d = rdate()
    sn = dict(full="Gretchen Oberholtz", email="goberholtz@carrowayusd.org")
    body = (f"Hi Mr. Whitlow,\n\nI am the nurse at Prairie View Elementary. {k['full']} (3rd grade, Mrs. "
            f"Lund's room) has come to my office at lunchtime three times this week saying he is supposed "
            f"to take a pill at school. We don't have a medication authorization on file for him and the "
            f"enrollment packet just lists the county as guardian.\n\nIf he does need a noon dose, the "
            f"foster parent will need to drop off the medicine in the original pharmacy-labeled bottle "
            f"along with our form (attached) signed by the prescriber and by whoever has legal consent. "
            f"Until then I can't give him anything. He was a little upset about that today so I wanted "
            f"you to know.\n\nThank you,\nGretchen Oberholtz, RN\nSchool Nurse, Prairie View Elementary\n"
            f"Carroway Unified School District\n(563) 555-0163  fax (563) 555-0164")
    form = pdf(["Carroway Unified School District", "AUTHORIZATION TO ADMINISTER MEDICATION AT SCHOOL", "",
                "Student name: ______________________   Grade: ____   School: _____________",
                "Medication: ______________________   Dose: ______   Time: ______",
                "Prescriber signature: _____________________   Date: ________",
                "Parent/guardian signature: ________________   Date: ________", "",
                "Medication must be delivered by an adult in the original pharmacy-labeled container."])
    add("phi", "care", k["full"], mk(formataddr((sn['full'], sn['email'])), A(CW4),
                                     f"{k['first']} - medication at school", body, date=d,
                                     atts=[("CUSD_med_authorization_form.pdf", form)]))

    # 8 foster dad short mobile note on refill / pharmacy
    k = child("f", 3, 9)
    fd = adult("m")
    d = rdate(hours=[18, 19, 20, 21])
    body = (f"picked up {k['first']}s refill tonite at the Hy-Vee pharmacy. pharmacist said the next one "
            f"will need a new prior auth from the doctor bc the plan changed in Jan?? she only has like 20 "
            f"days left. can somebody at the health unit call the dr office, I tried and got voicemail\n\n"
            f"{fd['first']}" + MOBILE[0])
    add("phi", "care", k["first"], mk(formataddr((fd['full'], fd['email'])), A(RN2), "refill", body,
                                      date=d, cc=A(CW1)))


# ================================================================ PHI: ids
MCO = "heartlandkidshealthplan.org"


def ids():
    # 1 MCO claim denial - member id only
    k = child()
    d = rdate()
    cl = "2024%03d%06d" % (random.randint(200, 330), random.randint(0, 999999))
    dos = (d - timedelta(days=random.randint(95, 140)))
    body = (f"Hello,\n\nThis is regarding claim {cl} for member ID {k['mcd']}, date of service "
            f"{dos.strftime('%m/%d/%Y')}, billed by Tallgrass Pediatric Dental (NPI 1467039921). The claim "
            f"denied with reason code 29 (time limit for filing has expired). Our records show the member's "
            f"eligibility segment was not loaded until the retro add from the state on "
            f"{(dos + timedelta(days=70)).strftime('%m/%d/%Y')}, so the provider may be eligible for a "
            f"timely filing exception if the county can send the placement/custody date in writing.\n\n"
            f"Please reply with the custody start date and we will route to reconsideration.\n\n"
            f"Shelby Kranz\nProvider Relations / Foster Care Liaison\nHeartland Kids Health Plan\n"
            f"1-800-555-0137 ext 2281\n\nThis message may contain confidential member information.")
    add("phi", "ids", "", mk(f"Shelby Kranz <skranz@{MCO}>", A(ELIG), f"Claim {cl} - timely filing",
                             body, date=d))

    # 2 caseworker: eligibility check by person ID + DOB
    k = child("f", 5, 12)
    d = rdate()
    body = (f"Colette can you look up PID {k['pid']} (DOB {k['dobs']})? Foster mom says the pharmacy told "
            f"her the card shows inactive and she couldn't get the antibiotic filled last night, she paid "
            f"$18 out of pocket. Placement hasn't changed since August so I don't know why it would term.\n"
            + sig(CW3, 2))
    add("phi", "ids", "", mk(A(CW3), A(ELIG), "medicaid showing inactive?", body, date=d))

    # 3 psychotropic consent - court case + initials + DOB to prescriber office
    k = child("m", 10, 15)
    d = rdate()
    od = d - timedelta(days=3)
    body = (f"Good morning,\n\nRe: {k['first'][0]}.{k['last'][0]}., DOB {k['dobs']}, Carroway County "
            f"Juvenile Court case {k['court']}\n\nThe court signed the order on the psychotropic medication "
            f"application on {od.strftime('%m/%d/%Y')}. Dr. Anand may start the medication as written in "
            f"the application (guanfacine ER, dose and titration as listed in section 4). A copy of the "
            f"signed order is attached for the chart. The consent is good for 180 days from the order "
            f"date; please send any dose change outside the listed range to me before it is made so we "
            f"can file an amended application.\n\nThe foster parent has been told the order is in and "
            f"will call your office to schedule the 4-week follow up.\n" + sig(RN2, 0) + DISC)
    order = pdf(["IN THE JUVENILE COURT OF CARROWAY COUNTY", f"Case No. {k['court']}", "",
                 "ORDER ON APPLICATION FOR PSYCHOTROPIC MEDICATION", "",
                 f"In the interest of: {k['first'][0]}.{k['last'][0]}., a child   DOB: {k['dobs']}", "",
                 "The Court, having reviewed the application filed by the Department and the",
                 "prescriber's statement, finds the proposed medication is in the best interest",
                 "of the child. The application is GRANTED as to: guanfacine ER.", "",
                 f"Dated: {od.strftime('%m/%d/%Y')}            /s/ Hon. R. Eckhardt, District Associate Judge"])
    add("phi", "ids", f"{k['first'][0]}.{k['last'][0]}.",
        mk(A(RN2), "Riverbend Child Psychiatry <referrals@riverbendchildpsych.com>",
           f"Signed med order - case {k['court']}", body, date=d, atts=[("signed_order.pdf", order)]))

    # 4 newborn medicaid application with SSN
    k = child("f", 0, 0)
    d = rdate()
    ssn = "%03d-%02d-%04d" % (random.choice([478, 481, 484, 485]), random.randint(10, 99), random.randint(1000, 9999))
    body = (f"Colette,\n\nSSN came back for Baby Girl {k['last']} (born {k['dobs']}, placed at hospital "
            f"discharge, NICU 11 days). SSN {ssn}. Birth certificate scan attached. Please add to the "
            f"foster care Medicaid application so the pending 30-day letter can be replaced with a real "
            f"card before her 2 month shots.\n\nCase {k['case']}.\n" + sig(CW2, 1))
    add("phi", "ids", f"Baby Girl {k['last']}",
        mk(A(CW2), A(ELIG), "SSN for newborn - MA app", body, date=d, cc=A(RN1),
           atts=[("scan_0041.png", scan_png())]))

    # 5 lab follow-up by PID only
    k = child("m", 1, 2)
    d = rdate()
    col = d - timedelta(days=6)
    body = (f"Hi, following up on the capillary lead screen for Person ID {k['pid']} collected "
            f"{col.strftime('%m/%d')} at the county clinic. Result is still showing pending in the portal. "
            f"If it's above 3.5 we need a venous confirm within 1 month for a child this age, so we'd like "
            f"to get it scheduled before the placement moves. Please fax to the health unit at "
            f"(563) 555-0188, attn Miguel.\n\nThanks\n" + sig(LPN, 3))
    add("phi", "ids", "", mk(A(LPN), "Carroway County Public Health Lab <labresults@carrowaypublichealth.org>",
                             f"pending lead result - PID {k['pid']}", body, date=d))

    # 6 hospital asking for guardian consent using MRN
    k = child("f", 11, 16)
    d = rdate()
    mrn = "SBM%08d" % random.randint(100000, 9999999)
    ad = d - timedelta(days=1)
    body = (f"To DCFS after-hours / health unit,\n\nWe have a patient in DCFS custody admitted "
            f"{ad.strftime('%m/%d/%Y')}, MRN {mrn}, DOB {k['dobs']}. Surgery is recommending a laparoscopic "
            f"appendectomy this afternoon. We need consent from the legal guardian. The foster parent "
            f"at bedside states she cannot sign. Please have the on-call supervisor call the 4 West charge "
            f"nurse at (563) 555-0119 as soon as possible.\n\nMarisa Quade, BSN, RN\nCharge Nurse, 4 West "
            f"Pediatrics\nSt. Brendan Medical Center")
    add("phi", "ids", "", mk("Marisa Quade <mquade@stbrendanmed.org>",
                             f"DCFS After Hours <afterhours@{AG}>", "URGENT consent needed - MRN " + mrn,
                             body, date=d, cc=A(SUP), headers=[("Importance", "High"), ("X-Priority", "1")]))

    # 7 pharmacy PA reject, member id, Rx number
    k = child("m", 6, 10)
    d = rdate()
    rx = str(random.randint(6000000, 6999999))
    body = (f"PHARMACY NOTICE - PRIOR AUTHORIZATION REQUIRED\n\n"
            f"Pharmacy: Hy-Vee Pharmacy #1184, Lockport Falls\nNCPDP: 1692245\n"
            f"Rx #: {rx}\nMember ID: {k['mcd']}\nMember DOB: {k['dobs']}\n"
            f"Drug: METHYLPHENIDATE ER 27MG TAB\nQty/DS: 30 / 30\n"
            f"Prescriber: Nadia Anand MD  NPI 1306984412\n"
            f"Reject: 75 - PRIOR AUTHORIZATION REQUIRED\n\n"
            f"The pharmacy has dispensed a 3-day emergency supply. Please contact the prescriber to "
            f"submit a PA to the health plan. The guardian of record on file with the plan is Carroway "
            f"County DCFS.\n\nThis is an automated message. Do not reply.")
    add("phi", "ids", "", mk(f"Hy-Vee Pharmacy Notices <noreply@hyveerx-notify.com>",
                             f"DCFS Health Unit <healthunit@{AG}>", f"PA required - Rx {rx}", body, date=d))

    # 8 county attorney asks for health summary for a hearing
    k = child("f", 3, 7)
    d = rdate()
    hr = d + timedelta(days=12)
    body = (f"Renata,\n\nFor the {hr.strftime('%m/%d')} review hearing in {k['court']} (the child born "
            f"{k['dobs']}), can you send me the health summary by the end of next week? Judge Eckhardt "
            f"has been asking specifically for:\n\n 1. date of last well-child exam and any follow-up "
            f"recommendations\n 2. date of last dental exam\n 3. immunization status (up to date / "
            f"behind)\n 4. any referrals still pending (she asked last time about the speech evaluation)\n\n"
            f"Mother's attorney has also requested the records, please do not send directly to them - "
            f"route through me.\n\nThank you,\nAdele\n\nAdele Marsh\nAssistant County Attorney\n"
            f"Carroway County Attorney's Office - Juvenile Division\n{ATTY['phone']}\n\n"
            f"ATTORNEY-CLIENT PRIVILEGED / ATTORNEY WORK PRODUCT")
    add("phi", "ids", "", mk(A(ATTY), A(RN1), f"health summary needed - {k['court']}", body, date=d,
                             cc=A(CW4)))


# ================================================================ PHI: lang
def rename(k, first, last=None):
    k["first"] = first
    if last:
        k["last"] = last
    k["full"] = f"{k['first']} {k['last']}"
    return k


def lang():
    # 1 Spanish - birth mother and bilingual caseworker
    k = rename(child("m", 7, 10), "Mateo", random.choice(["Reyes", "Quintero", "Espinoza"]))
    mom = dict(full=f"Marisol {k['last']}", email=f"marisol.{k['last'].lower()}83@{random.choice(PERSONAL)}")
    d = rdate()
    d0 = d - timedelta(hours=20)
    inner = (f"Buenas tardes señorita Yesenia\n\nle escribo para preguntarle si ya llevaron a mi hijo "
             f"{k['first']} al dentista. En la visita del sabado le vi un diente de atras negrito y me dijo "
             f"que le duele cuando come cosas frias. Tambien los lentes que le dieron se le quebraron en la "
             f"escuela y no ve bien el pizarron. Yo tengo su tarjeta de Medicaid vieja, la necesitan?\n\n"
             f"Gracias\nMarisol")
    ap = d + timedelta(days=6)
    body = (f"Hola Sra. {k['last']},\n\nGracias por avisarme. Hablé hoy con la mamá de crianza y {k['first']} "
            f"ya tiene cita con el dentista en Tallgrass Pediatric Dental el {ap.day} de "
            f"{['enero','febrero','marzo','abril','mayo','junio','julio','agosto','septiembre','octubre','noviembre','diciembre'][ap.month-1]} "
            f"a las 3:30. Le voy a pedir a la enfermera que le avise al dentista del diente que le duele.\n\n"
            f"Para los lentes, nuestra enfermera ya pidió un par nuevo a la óptica; Medicaid cubre el "
            f"reemplazo, tarda más o menos dos semanas. No necesitamos la tarjeta vieja, ya le llegó una "
            f"nueva a la casa de crianza, pero puede guardarla o tirarla.\n\nLe llamo después de la cita "
            f"para contarle cómo le fue. Si quiere, el sábado en la visita le llevo copia de la cita.\n\n"
            f"Saludos,\nYesenia Paredes\nTrabajadora social bilingüe | Carroway County DCFS\n{CW6['phone']}"
            + on_wrote(d0, mom["full"], mom["email"], inner))
    add("phi", "lang", k["full"], mk(A(CW6), formataddr((mom['full'], mom['email'])),
                                     "RE: dentista de Mateo", body, date=d, reply=True, cc=A(RN1)))

    # 2 Vietnamese - kinship grandmother, forwarded with short English note
    k = rename(child("f", 3, 6), random.choice(["Vy", "Linh", "My"]), random.choice(["Tran", "Pham", "Bui"]))
    gm = dict(full=f"Nguyen Thi Hoa", email=f"hoanguyen.{random.randint(50, 69)}@{random.choice(PERSONAL)}")
    d = rdate()
    d0 = d - timedelta(hours=2)
    inner = (f"Chào anh Thanh,\n\nBà là bà ngoại của bé {k['first']} ({k['full']}). Mấy đêm nay cháu ho nhiều, "
             f"sốt nhẹ khoảng 38 độ, ăn ít. Bà có cho cháu uống siro ho mua ở chợ nhưng vẫn chưa đỡ. "
             f"Thẻ Medicaid của cháu bà vẫn chưa nhận được nên bà không dám đưa cháu đi bác sĩ, sợ phải "
             f"trả tiền. Anh giúp bà đặt hẹn bác sĩ cho cháu được không? Bà nói tiếng Anh không giỏi nên "
             f"gọi điện thoại khó lắm.\n\nCảm ơn anh nhiều.\nBà Hoa\n{ph()}")
    body = (f"Abena - grandma (kinship placement) says {k['first']} has had cough + low fever ~38 for a few "
            f"nights, eating less. She hasn't gotten the Medicaid card yet so she won't take her in. Can we "
            f"get her a sick visit and the temp Medicaid letter? I'll go with her to interpret.\n\n"
            f"Thanh" + fwd(formataddr((gm['full'], gm['email'])), d0, CW7["email"], "cháu bị ho", inner))
    add("phi", "lang", k["full"], mk(A(CW7), A(RN3), "Fwd: cháu bị ho", body, date=d))

    # 3 Haitian Creole - birth mother about baby's shots
    k = rename(child("m", 0, 0), random.choice(["Woodley", "Jean-Marc", "Samuel"]), "Baptiste")
    mom = dict(full=f"Nadège {k['last']}", email=f"nadegeb{random.randint(10, 99)}@{random.choice(PERSONAL)}")
    d = rdate(hours=[20, 21, 22, 23])
    body = (f"Bonjou Madam Kendra,\n\nMwen se manman {k['first']}. Mwen vle konnen si pitit mwen an te pran "
            f"vaksen li yo pou 4 mwa. Lè m te wè l nan vizit la jedi, kuis li te anfle epi li t ap kriye "
            f"anpil lè m manyen l. Èske se piki yo ki fè sa? Pèsonn pa t di m yo t ap ba l piki.\n\n"
            f"Mwen ta renmen yo rele m anvan yo fè nenpòt bagay pou ti bebe a kay doktè. Mwen gen dwa "
            f"konnen. Tanpri voye ban m papye vaksen yo.\n\nMèsi,\nNadège\n{ph()}" + MOBILE[1])
    add("phi", "lang", k["full"], mk(formataddr((mom['full'], mom['email'])), A(CW1),
                                     f"vaksen {k['first']}", body, date=d))

    # 4 Arabic - kinship uncle, Medicaid card + tooth pain
    k = rename(child("m", 8, 12), random.choice(["Yusuf", "Omar", "Karim"]), random.choice(["Haddad", "Saleh", "Mansour"]))
    un = dict(full=f"Ahmad {k['last']}", email=f"ahmad.{k['last'].lower()}@{random.choice(PERSONAL)}")
    d = rdate()
    body = (f"السلام عليكم أستاذة هانا،\n\n"
            f"أنا خال الطفل {k['first']} الذي يعيش معي منذ شهر أغسطس. حتى الآن لم تصلنا بطاقة ميديكيد الخاصة به. "
            f"عنده ألم في أسنانه منذ أسبوع تقريباً، وخده منتفخ قليلاً من الجهة اليسرى، ولا يستطيع أن يأكل جيداً. "
            f"اتصلت بعيادة الأسنان في شارع كيمبول وقالوا إنهم يحتاجون رقم التأمين قبل أن يعطوه موعداً.\n\n"
            f"أرجو أن ترسلي لي رقم الميديكيد أو ورقة مؤقتة في أقرب وقت. وإذا كان هناك طبيب أسنان آخر يقبل الطفل "
            f"هذا الأسبوع أخبريني من فضلك.\n\n"
            f"تاريخ ميلاده: {k['dobs']}\n\nشكراً جزيلاً،\n{un['full']}\n{ph()}")
    add("phi", "lang", k["full"], mk(formataddr((un['full'], un['email'])), A(CW5),
                                     "بطاقة ميديكيد وموعد الأسنان", body, date=d))

    # 5 Somali - mother, dental appointment and transport
    k = rename(child("f", 6, 11), random.choice(["Hodan", "Ayaan", "Sagal"]), random.choice(["Abdi", "Warsame", "Hassan"]))
    mom = dict(full=f"Fadumo {k['last']}", email=f"fadumo.{k['last'].lower()}{random.randint(1, 9)}@{random.choice(PERSONAL)}")
    d = rdate()
    body = (f"Asc Kendra,\n\nWaxaan ahay hooyada {k['first']}. Waxaa la ii sheegay in gabadhayda ay ballan "
            f"ilkaha ugu jirto Khamiista soo socota saacadda 10:00 subaxnimo. Ma jiraa qof gaadiid ii qaban "
            f"kara si aan ula socdo? Waxaan rabaa inaan joogo markay dhakhtarka aragto, waayo way ka baqdaa "
            f"irbadaha.\n\nSidoo kale, daawada neefta (inhaler) ma haysataa guriga ay joogto? Toddobaadkii "
            f"hore markii aan booqday way qufacaysay.\n\nMahadsanid,\nFadumo\n{ph()}")
    add("phi", "lang", k["full"], mk(formataddr((mom['full'], mom['email'])), A(CW1),
                                     f"ballanta ilkaha {k['first']}", body, date=d))

    # 6 Russian - kinship aunt about psychiatric med dose change needing consent
    nm = random.choice([("Dmitri", "Дима", "Димы"), ("Artem", "Артём", "Артёма"), ("Nikita", "Никита", "Никиты")])
    k = rename(child("m", 11, 14), nm[0], random.choice(["Volkov", "Sokolov", "Petrov"]))
    aunt = dict(full=f"Olga {k['last']}a", email=f"olga.{k['last'].lower()}a@{random.choice(PERSONAL)}")
    d = rdate()
    d0 = d - timedelta(days=1, hours=1)
    inner = (f"Здравствуйте, Дана!\n\nЭто тётя {nm[2]} ({k['full']}). Вчера были у психиатра в "
             f"Riverbend. Врач хочет увеличить дозу арипипразола с 2 мг до 5 мг, но сказала, что сначала нужно "
             f"согласие от департамента и, кажется, от суда. Сколько времени это займёт? Он опять плохо спит, "
             f"и из школы звонили уже два раза на этой неделе.\n\nМогу ли я сама что-то подписать, чтобы "
             f"было быстрее?\n\nС уважением,\nОльга")
    body = (f"Ольга, здравствуйте.\n\nСпасибо, что написали. Нет, к сожалению, подписать согласие вы не "
            f"можете — по закону нужно новое заявление в суд. Я уже попросила у врача заполненную форму, "
            f"отправлю её адвокату округа сегодня. Обычно это занимает 7–10 дней. До решения суда "
            f"{nm[1]} продолжает принимать 2 мг, как сейчас.\n\nЕсли ночью будет совсем плохо, звоните "
            f"на дежурную линию: (563) 555-0100.\n\nДана Ковальчик, RN\n(ответ переведён через языковую "
            f"службу / translated via LanguageBridge)" + on_wrote(d0, aunt["full"], aunt["email"], inner))
    add("phi", "lang", k["full"], mk(A(RN2), formataddr((aunt['full'], aunt['email'])),
                                     f"Re: лекарство {nm[2]}", body, date=d, reply=True))

    # 7 Portuguese - foster mother, epinephrine pens for school
    k = child("m", 5, 8)
    fm = dict(full=f"Fernanda {random.choice(['Albuquerque', 'Moreira', 'Cavalcanti'])}",
              email=f"fe.{random.choice(['moreira', 'cavalcanti', 'albuq'])}{random.randint(1, 99)}@{random.choice(PERSONAL)}")
    d = rdate()
    body = (f"Oi Renata, tudo bem?\n\nAqui é a {fm['full'].split()[0]}, mãe acolhedora do {k['first']}. Ontem "
            f"na consulta o pediatra confirmou a alergia a amendoim (o exame de sangue deu alto) e receitou "
            f"duas canetas de epinefrina 0,15 mg. A farmácia só entregou uma caixa, falaram que o plano cobre "
            f"só uma por mês?? A escola precisa de uma lá e outra tem que ficar comigo.\n\nTambém a enfermeira "
            f"da escola pediu o plano de ação de alergia assinado pelo médico e pelo responsável legal. "
            f"Como o responsável é o condado, quem assina?\n\nObrigada!! Desculpa o português, é mais rápido "
            f"pra mim escrever assim.\n\nBeijos,\nFê\n{ph()}" + MOBILE[3])
    add("phi", "lang", k["first"], mk(formataddr((fm['full'], fm['email'])), A(RN1),
                                      f"canetas de epinefrina - {k['first']}", body, date=d))

    # 8 Chinese - grandfather about eye exam / glasses, forwarded by caseworker
    k = rename(child("m", 8, 11), random.choice(["Kevin", "Jason", "Leo"]), random.choice(["Chen", "Lin", "Zhou"]))
    gp = dict(full=f"{k['last']} Guohua", email=f"{k['last'].lower()}gh{random.randint(50, 66)}@{random.choice(PERSONAL)}")
    d = rdate()
    d0 = d - timedelta(hours=26)
    inner = (f"您好，\n\n我是{k['first']}（{k['full']}）的外公。学校视力检查的通知说他看黑板看不清楚，需要去眼科检查、"
             f"配眼镜。请问眼科检查和眼镜Medicaid可以付吗？我们应该去哪一家？他的医疗卡在寄养家庭那里，我这里没有。\n\n"
             f"还有，听说他下个月可能回家跟我们住，以后看医生、拿药是我带他去吗？需要签什么文件？\n\n谢谢！\n"
             f"{gp['full']}\n电话 {ph()}")
    body = (f"Renata/Abena - grandpa is in Chinese again. From what the language line read to me it's about the "
            f"school vision screen (failed) and whether Medicaid pays for an eye exam + glasses, and who takes "
            f"{k['first']} to appts after the trial home visit starts next month. Can one of you call him "
            f"with an interpreter? I'm in court all day.\n\n-Marcus" + fwd(formataddr((gp['full'], gp['email'])), d0,
                                                                         CW4["email"], "关于孩子的眼睛", inner))
    add("phi", "lang", k["full"], mk(A(CW4), [A(RN1), A(RN3)], "Fwd: 关于孩子的眼睛", body, date=d))


# ================================================================ PHI: lists
WORKERS = [CW1, CW2, CW4, CW5, CW6, CW7]


def lists():
    # 1 pipe table in body: overdue 30-day initial screens
    d = rdate()
    kids = [child() for _ in range(6)]
    rows = []
    for k in kids:
        pl = d - timedelta(days=random.randint(31, 58))
        w = random.choice(WORKERS)
        st = random.choice([f"appt {short(d + timedelta(days=random.randint(3, 12)))} Maplegrove", "no appt - FP not returning calls", "sched, cx'd by clinic",
                            "waiting on MA card", "appt made, need transport", "moved placements x2"])
        rows.append((f"{k['last']}, {k['first']}", k["dobs"], pl.strftime("%m/%d/%y"), w["first"] + " " + w["last"][0], st))
    tbl = "Child                 | DOB        | Placed   | Worker     | Status\n"
    tbl += "----------------------+------------+----------+------------+-------------------------------\n"
    for r in rows:
        tbl += f"{r[0]:<22}| {r[1]:<11}| {r[2]:<9}| {r[3]:<11}| {r[4]}\n"
    body = (f"All,\n\nBelow are the kids who are past the 30-day mark for the initial EPSDT exam as of this "
            f"morning's run. Please get me an update by Friday noon - state review pulls this measure next "
            f"month and we were at 81% last quarter.\n\n{tbl}\nIf the appointment is already made just reply "
            f"with the date. If the placement changed, tell me where the child is now.\n" + sig(SUP, 0) + DISC)
    add("phi", "lists", "; ".join(k["full"] for k in kids),
        mk(A(SUP), [A(CW1), A(CW2), A(CW4), A(CW5)], "Overdue initial health screens - need updates",
           body, date=d, cc=[A(CSUP), A(RN1)]))

    # 2 CSV attachment of new placements needing screens
    d = rdate()
    kids = [child() for _ in range(9)]
    rows = [["person_id", "last_name", "first_name", "dob", "placement_date", "placement_type",
             "medicaid_id", "screen_due", "dental_due", "worker"]]
    for k in kids:
        pl = d - timedelta(days=random.randint(1, 7))
        rows.append([k["pid"], k["last"], k["first"], k["dob"].isoformat(), pl.isoformat(),
                     random.choice(["FFH", "KIN", "KIN", "FFH", "SHELTER", "TFC"]),
                     random.choice([k["mcd"], k["mcd"], "PENDING"]),
                     (pl + timedelta(days=30)).isoformat(), (pl + timedelta(days=90)).isoformat(),
                     random.choice(WORKERS)["last"]])
    body = (f"Weekly new placement extract attached ({len(kids)} children). Jordan, please open passports "
            f"for anyone who doesn't have one yet and get the 72-hour screens on the calendar.\n\n"
            f"This report is generated automatically by CCWIS Reports. Do not reply to this message.\n")
    add("phi", "lists", "; ".join(k["full"] for k in kids),
        mk(f"CCWIS Reports <ccwis-reports@{AG}>", [A(PA), f"DCFS Health Unit <healthunit@{AG}>"],
           f"[Scheduled] New Placements - Health Follow-up - week ending {d.strftime('%m/%d/%Y')}",
           body, date=d.replace(hour=6, minute=0), atts=[(f"new_placements_{d.strftime('%Y%m%d')}.csv", csv_text(rows))]))

    # 3 XLSX attachment - psychotropic consents expiring; two called out in prose
    d = rdate()
    kids = [child(lo=6, hi=17) for _ in range(8)]
    meds = ["sertraline 50mg", "guanfacine ER 2mg", "methylphenidate ER 36mg", "aripiprazole 5mg",
            "fluoxetine 20mg", "clonidine 0.1mg HS", "lisdexamfetamine 30mg", "risperidone 0.5mg BID",
            "atomoxetine 40mg", "hydroxyzine 25mg PRN"]
    rows = [["Child", "DOB", "Court Case", "Medication(s)", "Prescriber", "Order Date", "Expires", "Worker"]]
    for k in kids:
        od = d - timedelta(days=random.randint(125, 178))
        rows.append([f"{k['last']}, {k['first']}", k["dobs"], k["court"], "; ".join(random.sample(meds, random.randint(1, 3))),
                     random.choice(["Anand", "Whitcomb", "Lefevre NP", "Osterberg"]), od.strftime("%m/%d/%Y"),
                     (od + timedelta(days=180)).strftime("%m/%d/%Y"), random.choice(WORKERS)["last"]])
    a, b = kids[0], kids[3]
    body = (f"Tess, Priya -\n\nAttached is the list of psychotropic consents that run out in the next 60 "
            f"days. Two I'm worried about: {a['first']} {a['last']} (prescriber hasn't returned the renewal "
            f"form, 2nd request sent Monday) and {b['first']} {b['last']} (new placement in Cedar Rapids, "
            f"may need a new prescriber before the renewal). Everyone else is on track.\n\n"
            f"Priya, can you do the chart reviews for the ones on 3+ meds before the committee on the 3rd?\n"
            + sig(RN2, 1))
    add("phi", "lists", "; ".join(k["full"] for k in kids),
        mk(A(RN2), [A(SUP), A(PHARM)], "psychotropic consents expiring - next 60 days", body, date=d,
           atts=[("Psychotropic_consent_expirations.xlsx", xlsx(rows, "Expiring"))]))

    # 4 "Name - DOB - reason" lines: dental van referrals
    d = rdate()
    kids = [child(lo=3, hi=14) for _ in range(7)]
    reasons = ["2 cavities lower molars, needs restorative", "broken front tooth, referral to ortho",
               "heavy plaque, gum bleeding - cleaning + fluoride recheck 3 mo", "abscess? needs seen this week",
               "sealants recommended", "no dental home, never seen before", "crowding, ortho consult when older",
               "pain upper left, x-ray recommended"]
    lines = "\n".join(f"{k['first']} {k['last']} - {k['dobs']} - {random.choice(reasons)}" for k in kids)
    body = (f"Hi Renata,\n\nThanks for having us at the Family Visitation Center on Saturday. Here are the kids "
            f"we screened who need follow-up. The ones marked this week please call us directly and we will "
            f"fit them in.\n\n{lines}\n\nAll other children screened had no urgent findings and got fluoride "
            f"varnish. Consent forms are in the envelope we left with Jordan.\n\nWarmly,\nDr. Ines Carvalho, DDS\n"
            f"Smiles On Wheels Mobile Dental - a program of Tallgrass Pediatric Dental\n(563) 555-0177")
    add("phi", "lists", "; ".join(k["full"] for k in kids),
        mk("Dr. Ines Carvalho <icarvalho@tallgrasspediatricdental.com>", A(RN1),
           "dental van follow-ups from Saturday", body, date=d, cc=A(PA)))

    # 5 tab-pasted spreadsheet: Medicaid cards pending
    d = rdate()
    kids = [child() for _ in range(5)]
    hdr = "Name\tPID\tDOB\tApp sent\tStatus\tNotes"
    lines = [hdr]
    for k in kids:
        sent = d - timedelta(days=random.randint(5, 40))
        lines.append("\t".join([f"{k['last']}, {k['first']}", k["pid"], k["dobs"], sent.strftime("%m/%d"),
                                random.choice(["pending", "pending", "RFI - need birth cert", "approved, card mailed",
                                               "pending - SSN app"]),
                                random.choice(["", "temp letter sent", "FP paying OOP for Rx - reimburse",
                                               "sibling already active", ""])]))
    body = (f"Here's where the MA apps stand for Unit C, pasted from my tracker:\n\n" + "\n".join(lines)
            + f"\n\nKendra - the one needing the birth cert, if you have it from the court packet please scan "
            f"to me. Otherwise I'll order from Vital Records (6-8 wks).\n" + sig(ELIG, 1))
    add("phi", "lists", "; ".join(k["full"] for k in kids),
        mk(A(ELIG), [A(CW1), A(CSUP)], "MA card status - Unit C", body, date=d))

    # 6 court report health sections due
    d = rdate()
    kids = [child() for _ in range(5)]
    body_lines = []
    for k in kids:
        hd = d + timedelta(days=random.randint(10, 35))
        miss = random.choice(["last dental date", "immunization record", "vision screen result",
                              "therapy attendance since June", "updated growth (ht/wt)", "psych med consent status"])
        body_lines.append(f"  * {k['full']} ({k['court']}) - hearing {hd.strftime('%m/%d')} - missing: {miss}")
    body = (f"Hi health team,\n\nI've got a pile of court reports coming up and need health sections for the "
            f"following. If you can just drop the info in the shared Court Reports folder under each kid I'll "
            f"pull it in:\n\n" + "\n".join(body_lines) +
            f"\n\nThe first two are the urgent ones (reports due to the CA 10 days before hearing).\n\nThanks so "
            f"much!!\nKendra")
    d0 = d + timedelta(hours=2)
    reply = (f"Kendra - I'll take the first three. Abena is doing the dental pull for the last two.\n\n"
             f"Renata" + orig(A(CW1), d, "DCFS Health Unit", "court reports - health sections needed", body))
    add("phi", "lists", "; ".join(k["full"] for k in kids),
        mk(A(RN1), A(CW1), "RE: court reports - health sections needed", reply, date=d0, cc=A(RN3), reply=True))

    # 7 group home flu clinic roster forwarded, with docx attachment of roster
    d = rdate(lo=(2024, 10, 1), span=60)
    kids = [child(lo=12, hi=17) for _ in range(8)]
    status = ["given L deltoid", "given", "refused", "given", "declined - says got it at school, verify",
              "given", "not present (AWOL)", "given R deltoid"]
    rost = [f"{i + 1}. {k['first']} {k['last'][0]}. ({k['dobs']}) -- {status[i]}" for i, k in enumerate(kids)]
    inner = ("Flu clinic summary for Cedar House, " + d.strftime("%m/%d") + ":\n\n" + "\n".join(rost) +
             "\n\nLot #s and VIS dates are on the attached roster. Please update immunization records. "
             "The resident who refused can be re-offered at the December clinic.\n\n"
             "Dawn Kessler, LPN\nCedar House Youth Residential\n(563) 555-0151")
    body = ("Miguel - forwarding for the IRIS entries. Also flagging #7, he's been gone since Tuesday, the "
            "worker knows.\n" + sig(RN1, 2) + fwd("Dawn Kessler <dkessler@cedarhouseyouth.org>",
                                                d - timedelta(hours=4), RN1["email"], "flu clinic results", inner))
    doc = docx(["Cedar House Youth Residential - Influenza Clinic Roster", f"Clinic date: {d.strftime('%m/%d/%Y')}",
                "Vaccine: Influenza, quadrivalent, 0.5 mL IM   Lot: FL4827A   Exp: 06/30/2025   VIS: 08/06/2021", ""]
               + [f"{k['last']}, {k['first']}   DOB {k['dobs']}   {status[i]}" for i, k in enumerate(kids)]
               + ["", "Administered by: D. Kessler, LPN"])
    add("phi", "lists", "; ".join(k["full"] for k in kids),
        mk(A(RN1), A(LPN), "Fwd: flu clinic results", body, date=d, atts=[("CedarHouse_flu_roster.docx", doc)]))


# ================================================================ PHI: names
def names():
    # 1 Mrs. X + first name, weight recheck
    k = child("m", 2, 5)
    fp = adult("f")
    d = rdate()
    body = (f"Kendra,\n\nTalked with Mrs. {fp['last']} this afternoon about {k['first']}. Dr. Fitzwater wants "
            f"him back in 2 weeks for a weight check - he's dropped from the 25th to under the 10th percentile "
            f"since May. Mrs. {fp['last']} says he's only eating crackers and milk since the move and gags on "
            f"anything with texture. They're going to try a food log and PediaSure twice a day. If he hasn't "
            f"gained by the recheck Dr. F will refer to feeding therapy at St. Brendan.\n\nCould you ask mom "
            f"at Thursday's visit what he ate at home? Might help.\n" + sig(RN3, 1))
    add("phi", "names", k["first"], mk(A(RN3), A(CW1), f"{k['first']} - weight", body, date=d))

    # 2 name only in subject ("Last, First"), care in body
    k = child("f", 4, 8)
    d = rdate()
    body = ("ENT (Dr. Salcedo) is recommending ear tubes - 4 infections since Aug plus the hearing screen was "
            "borderline on the right. Surgery scheduler needs DCFS consent signed before they'll put her on the "
            "calendar. Form attached. Can you get it signed by your supervisor by Friday? Foster mom is ok "
            "with it.\n\n-Dana")
    form = pdf(["St. Brendan Medical Center - Pediatric ENT", "CONSENT FOR SURGICAL PROCEDURE", "",
                f"Patient: {k['last']}, {k['first']}       DOB: {k['dobs']}",
                "Procedure: Bilateral myringotomy with tympanostomy tube placement", "Surgeon: R. Salcedo, MD", "",
                "Legal guardian / agency representative: _____________________________",
                "Relationship: Carroway County DCFS (custodial agency)      Date: ________"])
    add("phi", "names", k["full"], mk(A(RN2), A(CW2), f"{k['last']}, {k['first']} - ENT consent", body,
                                      date=d, atts=[("ENT_consent.pdf", form)]))

    # 3 name only in quoted earlier message
    k = child("m", 5, 9)
    fp = adult("m")
    d = rdate()
    d0 = d - timedelta(days=2, hours=3)
    inner = (f"Jordan, can you set up the allergy testing for {k['first']} (the {fp['last']} placement)? "
             f"Dr. Fitzwater's referral went to Midwest Allergy & Asthma. He broke out in hives twice after "
             f"school lunch and they're thinking eggs. Foster dad prefers mornings. Thx - Renata")
    body = ("Done - scheduled for the 14th at 8:30, Midwest Allergy on Grant St. He can't have any "
            "antihistamine for 5 days before, I told foster dad and put it in the passport. Transport not needed.\n\n"
            "Jordan" + orig(A(RN1), d0, A(PA), "allergy referral", inner))
    add("phi", "names", k["first"], mk(A(PA), A(RN1), "RE: allergy referral", body, date=d, reply=True))

    # 4 nickname; seizure at daycare
    k = child("m", 1, 3)
    fp = adult("f")
    d = rdate()
    body = (f"Hi Renata and Kendra -\n\nJust so you both know, Little Man ({k['first']}) had another seizure at "
            f"daycare today around 11. It lasted about 2 minutes per the daycare director, he was sleepy after "
            f"but ok. That's the second one this month. I called the neuro office and they moved his EEG up to "
            f"next Wednesday. They also want to know if anyone has the records from when he was at Children's "
            f"in Omaha as a baby - bio mom said he was seen there?\n\nHe's napping now and acting like himself.\n\n"
            f"{fp['first']} {fp['last']}\nfoster mom" + MOBILE[0])
    add("phi", "names", k["first"], mk(formataddr((fp['full'], fp['email'])), [A(RN1), A(CW1)],
                                       "Little Man update", body, date=d))

    # 5 "Last, First" in pharmacist review
    k = child("m", 12, 16)
    d = rdate()
    body = (f"Tess,\n\nFor the committee packet - {k['last']}, {k['first']} is flagged for polypharmacy review: "
            f"currently on three psychotropics (aripiprazole, sertraline, and clonidine at night) plus "
            f"hydroxyzine PRN. Weight is up 9 kg in 7 months per the last two visits and there's no fasting "
            f"lipid or A1c on file since the aripiprazole started. I'd recommend we ask Dr. Whitcomb for "
            f"baseline metabolic labs and a rationale for the clonidine, which was started at the shelter "
            f"and never revisited.\n\nI have not contacted the prescriber yet - wanted the committee to weigh in.\n\n"
            f"Priya\n\nPriya Raghunathan, PharmD\nConsulting Pharmacist | Psychotropic Medication Review\n{PHARM['phone']}")
    add("phi", "names", k["full"], mk(A(PHARM), A(SUP), "committee packet - polypharmacy flag", body, date=d,
                                      cc=A(RN2)))

    # 6 CASA volunteer about therapy / bedwetting
    k = child("f", 6, 9)
    d = rdate()
    cv = adult("f")
    body = (f"Hi Marcus,\n\nI visited {k['first']} at the foster home Sunday. She seemed happy and showed me her "
            f"new room. Foster mom mentioned the bedwetting has started again since the visits with dad went to "
            f"overnights, and that {k['first']} told her therapist she has bad dreams. Foster mom wasn't sure if "
            f"she was supposed to tell you or the therapist, so I said I'd pass it along.\n\nI'll be putting "
            f"this in my CASA report for the January hearing unless you think it shouldn't go in. Has the "
            f"therapist done an updated assessment?\n\nThanks,\n{cv['full']}\nCASA Volunteer, Carroway County "
            f"CASA\n{cv['first'].lower()}.{cv['last'].lower()}@carrowaycasa.org")
    add("phi", "names", k["first"], mk(formataddr((cv['full'], f"{cv['first'].lower()}.{cv['last'].lower()}@carrowaycasa.org")),
                                       A(CW4), f"visit w/ {k['first']} 12/1", body, date=d))

    # 7 court report draft excerpt with nurse's correction
    k = child("f", 2, 4)
    d = rdate()
    d0 = d - timedelta(hours=5)
    draft = (f"HEALTH: {k['first']} {k['last']} is up to date on well-child care. She was seen by Dr. Fitzwater "
             f"on 9/12 and is developing typically. She has no ongoing medical concerns. Dental: not yet "
             f"age appropriate.")
    inner = (f"Renata can you look over the health part of {k['first']}'s report before I file it?\n\n" + draft
             + "\n\nKendra")
    body = (f"Hi Kendra, a few fixes:\n\n- She's 2+, so she should have had a first dental visit - she hasn't. "
            f"I'd say 'dental referral made {short(d)}' instead of not age appropriate.\n- Dr. F referred her to "
            f"Early ACCESS for speech at the 9/12 visit (only about 10 words). Eval is 12/4. Please include it, "
            f"the judge asks.\n- 'developing typically' -> I'd take that out until the eval is done.\n\nOtherwise "
            f"good! Shots are current.\n" + sig(RN1, 1) + on_wrote(d0, CW1["full"], CW1["email"], inner))
    add("phi", "names", k["full"], mk(A(RN1), A(CW1), f"Re: {k['first']} court report health section",
                                      body, date=d, reply=True))

    # 8 licensing worker mentions asthma after cat, HTML alt
    k = child("m", 7, 12)
    fps = adult("m")
    d = rdate()
    body = (f"Renata,\n\nI was out at the {fps['last']} home for their renewal walk-through. Mr. and Mrs. "
            f"{fps['last']} told me {k['first']}'s asthma has been worse since they adopted a cat in October - he "
            f"used his rescue inhaler 4 times last week and missed 2 days of school. They're willing to rehome "
            f"the cat if the doctor thinks that's it. I told them I'd let the health unit know. Not a licensing "
            f"issue on my end, but might be worth an allergist referral.\n\nMonica Teague\nFoster Home "
            f"Licensing Specialist\n{LIC['phone']}")
    add("phi", "names", k["first"], mk(A(LIC), A(RN1), f"{fps['last']} home - FYI re: {k['first']}", body,
                                       date=d, html=html_wrap(body), cc=A(CW2)))


# ================================================================ PHI: self
def self_():
    # 1 former foster youth, ER bill, Medicaid to 26
    me = adult("f")
    me["first"], me["full"] = "destiny", "destiny " + me["last"].lower()
    me["email"] = f"destiny{me['last'][0].lower()}.{random.choice(['xo', '05', 'babygirl', 'd'])}@{random.choice(PERSONAL)}"
    d = rdate(hours=[22, 23, 0, 1])
    body = (f"hi ms colette its destiny {me['last'].lower()} i was in foster care til i was 18 (kendra was my "
            f"worker). i got a bill for $1,240 from st brendan ER from when i broke my wrist in august. i "
            f"thought i had medicaid til 26?? the bill says my insurance denied. i moved to an apartment in "
            f"davenport in july and never got the renewal letter i think. what do i do i cant pay that\n\n"
            f"my dob is {(datetime.date(2005, 3, 1) + timedelta(days=random.randrange(300))).strftime('%m/%d/%Y')}"
            + MOBILE[0])
    add("phi", "self", "Destiny " + me["last"], mk(formataddr(("destiny", me["email"])), A(ELIG),
                                                   "er bill", body, date=d))

    # 2 foster parent own positive TB test
    me = adult("f")
    d = rdate()
    body = (f"Hi Monica,\n\nOur license renewal is due in February and I went for my TB skin test last week. "
            f"It came back positive (12 mm). I had a chest x-ray Monday and it was clear, and the doctor at "
            f"the county clinic says it's latent TB, not active, and I'm not contagious. I'm starting 4 months "
            f"of rifampin on Monday.\n\nDoes this affect our license or the kids placed with us? I have the "
            f"x-ray report and the doctor's letter, I can scan them. I'd rather you hear it from me.\n\n"
            f"Thank you,\n{me['full']}\n{ph()}")
    add("phi", "self", me["full"], mk(formataddr((me['full'], me['email'])), A(LIC),
                                      "TB test for renewal", body, date=d))

    # 3 kinship grandmother own knee surgery
    me = adult("f")
    d = rdate()
    sd = d + timedelta(days=random.randint(20, 40))
    body = (f"Hannah,\n\nI wanted to let you know early. My orthopedic doctor finally scheduled my knee "
            f"replacement for {sd.strftime('%B')} {sd.day} at St. Brendan. They say 2-3 nights in the hospital "
            f"and then maybe 2 weeks at rehab on Locust St. before I can go home with a walker. I won't be able "
            f"to drive for 6 weeks.\n\nMy daughter can stay with the kids the first week but she has to go back "
            f"to work. I don't want them moved to strangers. Can we talk about respite or if my sister in "
            f"Clinton can be approved?\n\nGod bless,\n{me['first']} {me['last']}\n(Grandma)")
    add("phi", "self", me["full"], mk(formataddr((me['full'], me['email'])), A(CW5),
                                      "my surgery - need help with the kids", body, date=d))

    # 4 birth mother, own prenatal appointment conflict
    me = adult("f")
    d = rdate()
    body = (f"Hi Marcus this is {me['first']}. I have my OB appointment every other Thursday at 10 now at the "
            f"Women's Health Center because I'm 28 weeks and they're watching my blood pressure. It's the "
            f"same time as my visits with the boys. Can we move visits to Thursday afternoon or Friday? I "
            f"don't want to miss either one. I can bring the appointment card to show you. My phone is "
            f"{ph()} if easier to text.\n\n{me['first']} {me['last']}")
    add("phi", "self", me["full"], mk(formataddr((me['full'], me['email'])), A(CW4),
                                      "visits on thursday", body, date=d))

    # 5 caseworker (employee) own injury - workers comp
    d = rdate()
    inj = d - timedelta(days=1)
    clm = "WC-%d-%05d" % (d.year, random.randint(100, 9999))
    body = (f"Deb,\n\nFollowing up on the incident report. On {inj.strftime('%m/%d')} during a home visit on "
            f"Rutledge Rd I was bitten by the family's dog on the left forearm. I went to Carroway Urgent Care "
            f"afterward - they cleaned it, put in 3 stitches, gave me a tetanus booster and started me on "
            f"Augmentin for 7 days. I have a recheck on Friday and the stitches come out in 10 days.\n\n"
            f"Risk Management gave me claim number {clm}. Do I submit the urgent care bill and the pharmacy "
            f"receipt ($14.20 copay) to you or straight to the TPA? I'm working but can't type much with that "
            f"hand, so my notes are behind.\n\nThanks,\nAlyssa Strand\nCPS Investigator\n{CW3['phone']}")
    add("phi", "self", CW3["full"], mk(A(CW3), A(HR), f"workers comp - {clm}", body, date=d, cc=A(CSUP)))

    # 6 extended foster care youth - own psychiatrist + refills near college
    me = adult("f")
    me["first"] = random.choice(["Brielle", "Amaya", "Kenzie"])
    me["full"] = f"{me['first']} {me['last']}"
    me["email"] = f"{me['first'].lower()}{me['last'][0].lower()}{random.randint(2003, 2006)}@{random.choice(PERSONAL)}"
    d = rdate()
    body = (f"Hi Renata!\n\nIt's {me['first']}. So I'm doing the voluntary foster care thing until 21 and I "
            f"started at Kirkwood in August. My psychiatrist at Riverbend said she can't keep seeing me since I "
            f"live in Cedar Rapids now and she only did one telehealth. I have about 2 weeks left of my "
            f"lamotrigine and my sertraline. I really can't go off them, last time was bad.\n\nCan you help me "
            f"find someone up here that takes my Medicaid? Or can Riverbend do one more refill while I find "
            f"someone? I don't know how to do any of this lol.\n\nThank you!!\n{me['first']}")
    add("phi", "self", me["full"], mk(formataddr((me['full'], me['email'])), A(RN1),
                                      "need help with my meds", body, date=d))

    # 7 birth father - own Medicaid lost, can't afford buprenorphine
    me = adult("m")
    d = rdate()
    d0 = d + timedelta(hours=3)
    body_in = (f"Ms. Boateng\n\nI got a letter that my Medicaid got cancelled because I didn't send back some "
               f"paperwork (I never got it, I was staying at my brother's). The clinic says without insurance my "
               f"Suboxone is $180 a month and I can't pay that. I've been clean 7 months and I am scared of "
               f"messing it up right before the trial home visit. My UAs have all been clean and my counselor "
               f"Jenna at Bridgeway can tell you.\n\nCan somebody help me get it back on? Or does the county have "
               f"any help for this?\n\n{me['full']}\nDOB {(datetime.date(1988, 1, 1) + timedelta(days=random.randrange(1500))).strftime('%m/%d/%Y')}\n{ph()}")
    add("phi", "self", me["full"], mk(formataddr((me['full'], me['email'])), A(CW1), "medicaid cancelled",
                                      body_in, date=d))


# ================================================================ PHI: struct
def hl7ts(d):
    return d.strftime("%Y%m%d%H%M%S")


def struct_():
    # 1 ADT^A03 ED discharge notification in body
    k = child("f", 6, 12)
    d = rdate()
    arr = d - timedelta(hours=5)
    mrn = "SBM%08d" % random.randint(100000, 9999999)
    fp = adult("f")
    seg = [
        f"MSH|^~\\&|EPICADT|STBRENDAN|DCFSNOTIFY|CARROWAYDCFS|{hl7ts(d)}||ADT^A03^ADT_A03|SBM{random.randint(10**7, 10**8 - 1)}|P|2.5.1",
        f"EVN|A03|{hl7ts(d)}",
        f"PID|1||{mrn}^^^SBM^MR~{k['pid']}^^^CARDCFS^PI||{k['last'].upper()}^{k['first'].upper()}^||{k['dob'].strftime('%Y%m%d')}|F|||"
        f"{random.randint(100, 3999)} {random.choice(['ELM', 'WALNUT', 'PRAIRIE VIEW', 'N 7TH'])} ST^^LOCKPORT FALLS^IA^52718||{ph().replace(' ', '')}",
        f"NK1|1|{fp['last'].upper()}^{fp['first'].upper()}|FCP^FOSTER PARENT^HL70063|||{ph().replace(' ', '')}",
        f"NK1|2|CARROWAY COUNTY DCFS|GRD^GUARDIAN^HL70063|{ADDR1.upper()}^^LOCKPORT FALLS^IA^52718|(563)555-0100",
        f"PV1|1|E|ED^B12^01^SBM||||1750384920^KORVER^ALAN^^^MD||||||||||||E{d.strftime('%y%m%d')}{random.randint(100, 999)}|||||||||||||||||||01^HOME||||||||{hl7ts(arr)}|{hl7ts(d)}",
        "DG1|1||S52.521A^Torus fracture of lower end of right radius, initial encounter^I10|||F",
        "DG1|2||W09.8XXA^Fall from other playground equipment, initial encounter^I10|||F",
        f"IN1|1|IAMCD01|HKHP|HEARTLAND KIDS HEALTH PLAN||||||||||||{k['last'].upper()}^{k['first'].upper()}|19|{k['dob'].strftime('%Y%m%d')}||||||||||||||||||{k['mcd']}",
    ]
    msg = "\n".join(seg)
    body = ("Automated encounter notification for a child in Carroway County DCFS custody.\n"
            "Source: St. Brendan Medical Center HIE feed. Route: Health Services Unit queue.\n\n"
            "----- BEGIN HL7 -----\n" + msg + "\n----- END HL7 -----\n\n"
            "Discharge instructions given to foster parent. Ortho follow-up 7-10 days.\n"
            "Manage notification preferences in the DCFS HIE portal.")
    add("phi", "struct", k["full"], mk(f"HIE Notifications <hie-alerts@{AG}>", f"DCFS Health Unit <healthunit@{AG}>",
                                       f"ED Discharge Notification - {k['last'].upper()}, {k['first'][0]}.", body,
                                       date=d))

    # 2 ORU^R01 lead result as .hl7 attachment, short cover
    k = child("m", 1, 2)
    d = rdate()
    col = d - timedelta(days=4)
    seg = [
        f"MSH|^~\\&|LABSYS|CCPHLAB|DCFSHSU|CARROWAYDCFS|{hl7ts(d)}||ORU^R01^ORU_R01|L{random.randint(10**6, 10**7)}|P|2.5.1",
        f"PID|1||{k['pid']}^^^CARDCFS^PI~L{random.randint(10**5, 10**6)}^^^CCPHLAB^MR||{k['last'].upper()}^{k['first'].upper()}||{k['dob'].strftime('%Y%m%d')}|M",
        f"ORC|RE|HSU{random.randint(1000, 9999)}|{random.randint(10**6, 10**7)}",
        f"OBR|1|HSU{random.randint(1000, 9999)}|{random.randint(10**6, 10**7)}|5671-3^Lead [Mass/volume] in Blood^LN|||{hl7ts(col)}||||||||CAP^Capillary|1487720056^PRICE^JOANNA^^^NP||||||{hl7ts(d)}||CH|F",
        f"OBX|1|NM|5671-3^Lead [Mass/volume] in Blood^LN||{random.choice(['4.8', '5.6', '6.1'])}|ug/dL|<3.5|H|||F|||{hl7ts(col)}",
        "NTE|1||Capillary result at or above reference value. Confirm with venous sample.",
    ]
    body = ("Miguel,\n\nLead result you were waiting on finally came through, attached. It's elevated - let's get "
            "the venous confirm done this month and I'll let the caseworker know so the home gets the lead "
            "inspection referral.\n\n-Renata")
    add("phi", "struct", k["full"], mk(A(RN1), A(LPN), "RE: pending lead result", body, date=d, reply=True,
                                       atts=[(f"ORU_{k['pid']}.hl7", "\r".join(seg) + "\r")]))

    # 3 X12 271 pasted in body
    k = child("f", 4, 12)
    d = rdate()
    ctl = "%09d" % random.randint(1000, 99999)
    st = [
        f"ST*271*0001*005010X279A1",
        f"BHT*0022*11*REQ{random.randint(10000, 99999)}*{d.strftime('%Y%m%d')}*{d.strftime('%H%M')}",
        "HL*1**20*1", "NM1*PR*2*STATE MEDICAID PROGRAM*****PI*77MCD", "HL*2*1*21*1",
        "NM1*1P*2*CARROWAY COUNTY DCFS*****XX*1891047263", "HL*3*2*22*0",
        f"TRN*2*{random.randint(10**8, 10**9)}*9CARROWAYC",
        f"NM1*IL*1*{k['last'].upper()}*{k['first'].upper()}****MI*{k['mcd']}",
        f"N3*{random.randint(100, 999)} {random.choice(['CEDAR', 'MAPLE', 'LINCOLN'])} AVE",
        "N4*LOCKPORT FALLS*IA*52718",
        f"DMG*D8*{k['dob'].strftime('%Y%m%d')}*F",
        "EB*1*IND*30**FOSTER CARE MEDICAID TITLE IV-E",
        f"DTP*291*RD8*{(d - timedelta(days=120)).strftime('%Y%m%d')}-{(d + timedelta(days=245)).strftime('%Y%m%d')}",
        "EB*U*IND*30*HM*HEARTLAND KIDS HEALTH PLAN",
        "LS*2120", "NM1*P5*2*HEARTLAND KIDS HEALTH PLAN", "PER*IC**TE*8005550137", "LE*2120",
        "MSG*PCP ASSIGNED: MAPLEGROVE PEDIATRICS",
    ]
    st.append(f"SE*{len(st) + 1}*0001")
    x12 = ([f"ISA*00*          *00*          *ZZ*77MCD          *ZZ*CARROWAYC      *{d.strftime('%y%m%d')}*{d.strftime('%H%M')}*^*00501*{ctl}*0*P*:",
            f"GS*HB*77MCD*CARROWAYC*{d.strftime('%Y%m%d')}*{d.strftime('%H%M')}*{int(ctl)}*X*005010X279A1"]
           + st + [f"GE*1*{int(ctl)}", f"IEA*1*{ctl}"])
    body = (f"Kendra - she's active, it was a glitch on the pharmacy side (they had the old ID from her prior "
            f"episode). Raw response from the eligibility portal below in case the pharmacy wants to see it. "
            f"Tell foster mom to give them the ID ending {k['mcd'][-4:]}.\n\n" + "~\n".join(x12) + "~\n"
            + sig(ELIG, 1))
    add("phi", "struct", k["full"], mk(A(ELIG), A(CW1), "RE: medicaid showing inactive?", body, date=d, reply=True))

    # 4 X12 834 attachment, cover note
    d = rdate()
    kids = [child() for _ in range(4)]
    ctl = "%09d" % random.randint(1000, 99999)
    segs = ["ST*834*0001*005010X220A1", f"BGN*00*CARDCFS{d.strftime('%Y%m%d')}*{d.strftime('%Y%m%d')}*{d.strftime('%H%M')}****4",
            "N1*P5*CARROWAY COUNTY DCFS*FI*426001873", "N1*IN*HEARTLAND KIDS HEALTH PLAN*FI*391458862"]
    for i, k in enumerate(kids):
        term = (i == 3)
        segs += [f"INS*Y*18*{'024' if term else '021'}*{'07' if term else '28'}*A***FC",
                 f"REF*0F*{k['mcd']}", f"REF*1L*{k['pid']}",
                 f"DTP*{'357' if term else '356'}*D8*{(d - timedelta(days=random.randint(1, 9))).strftime('%Y%m%d')}",
                 f"NM1*IL*1*{k['last'].upper()}*{k['first'].upper()}****34*{k['mcd']}",
                 f"N3*{random.randint(100, 4999)} {random.choice(['OAK', 'PINE', 'HICKORY', 'RIVER'])} {random.choice(['ST', 'DR', 'RD'])}",
                 "N4*LOCKPORT FALLS*IA*52718",
                 f"DMG*D8*{k['dob'].strftime('%Y%m%d')}*{k['sex'].upper()}",
                 "HD*" + ("024" if term else "021") + "**HMO*FCKIDS*IND",
                 f"DTP*348*D8*{(d - timedelta(days=3)).strftime('%Y%m%d')}"]
    segs.append(f"SE*{len(segs) + 1}*0001")
    x = ([f"ISA*00*          *00*          *30*426001873      *30*391458862      *{d.strftime('%y%m%d')}*{d.strftime('%H%M')}*^*00501*{ctl}*0*P*:",
          f"GS*BE*CARDCFS*HKHP*{d.strftime('%Y%m%d')}*{d.strftime('%H%M')}*{int(ctl)}*X*005010X220A1"]
         + segs + [f"GE*1*{int(ctl)}", f"IEA*1*{ctl}"])
    body = ("Hi Shelby,\n\nAttached is this week's foster care enrollment file (3 adds, 1 term - placement ended, "
            "reunified 11/26). The adds are all new removals so please expedite the ID cards to the foster homes "
            "if you can; two of them have well-child exams scheduled next week.\n\nPlease confirm receipt with the "
            "999.\n" + sig(ELIG, 0) + DISC)
    add("phi", "struct", "; ".join(k["full"] for k in kids),
        mk(A(ELIG), f"Shelby Kranz <skranz@{MCO}>", f"834 enrollment file {d.strftime('%m%d%Y')}", body, date=d,
           cc=f"HKHP EDI <edi@{MCO}>", atts=[(f"CARDCFS_834_{d.strftime('%Y%m%d')}.x12", "~\n".join(x) + "~\n")]))

    # 5 FHIR Immunization Bundle from registry
    k = child("m", 4, 6)
    d = rdate()
    _o = [("08", "Hep B, adolescent or pediatric", 1), ("20", "DTaP", 62), ("10", "IPV", 62),
          ("20", "DTaP", 125), ("10", "IPV", 125), ("20", "DTaP", 190), ("08", "Hep B, adolescent or pediatric", 190),
          ("03", "MMR", 372), ("21", "varicella", 372), ("83", "Hep A, ped/adol, 2 dose", 372),
          ("88", "influenza, unspecified formulation", 640)]
    vx = [(c, n, (k["dob"] + timedelta(days=o + random.randint(0, 9))).isoformat()) for c, n, o in _o]
    pid_fhir = "siis-" + str(random.randint(10**7, 10**8))
    entries = []
    for i, (cvx, disp, dt) in enumerate(vx):
        entries.append({"fullUrl": f"https://siis.health.example.org/fhir/Immunization/{random.randint(10**6, 10**7)}",
                        "resource": {"resourceType": "Immunization", "status": "completed",
                                     "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": cvx, "display": disp}]},
                                     "patient": {"reference": f"Patient/{pid_fhir}"},
                                     "occurrenceDateTime": dt, "primarySource": False,
                                     "lotNumber": f"{random.choice('ABCDHKMRTU')}{random.randint(1000, 9999)}{random.choice('ABCX')}"}})
    bundle = {"resourceType": "Bundle", "type": "searchset", "total": len(entries) + 1,
              "entry": [{"fullUrl": f"https://siis.health.example.org/fhir/Patient/{pid_fhir}",
                         "resource": {"resourceType": "Patient", "id": pid_fhir,
                                      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9999.1", "value": pid_fhir},
                                                     {"system": "urn:carroway-dcfs:person-id", "value": k["pid"]}],
                                      "name": [{"family": k["last"], "given": [k["first"]]}],
                                      "gender": "male", "birthDate": k["dob"].isoformat()}}] + entries}
    body = (f"Kendra,\n\nRegistry pull for {k['first']} attached (JSON straight from SIIS, sorry it's ugly). "
            f"Bottom line: he is missing DTaP #4 and #5, IPV #3, MMR #2, varicella #2 and Hep A #2 - pretty much "
            f"the kindergarten shots. School will exclude him after 30 days without them. I can do them at our "
            f"clinic Tuesday if foster mom can bring him, or Maplegrove can.\n\nMiguel")
    add("phi", "struct", k["full"], mk(A(LPN), A(CW1), f"shot record - {k['first']}", body, date=d,
                                       atts=[(f"SIIS_{pid_fhir}.json", json.dumps(bundle, indent=2))]))

    # 6 C-CDA (CCD) from clinic after well-child visit
    k = child("f", 9, 13)
    d = rdate()
    vd = d - timedelta(days=2)
    fpl = adult("f")
    ccd = f'''<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.3.7714.2" extension="{random.randint(10**8, 10**9)}"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Maplegrove Pediatrics - Visit Summary</title>
  <effectiveTime value="{vd.strftime('%Y%m%d%H%M%S')}-0600"/>
  <confidentialityCode code="R" codeSystem="2.16.840.1.113883.5.25"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.7714.1" extension="MGP{random.randint(100000, 999999)}"/>
      <addr use="HP"><streetAddressLine>{random.randint(100, 999)} Juniper Ct</streetAddressLine><city>Lockport Falls</city><state>IA</state><postalCode>52718</postalCode></addr>
      <telecom use="HP" value="tel:{ph().replace(' ', '')}"/>
      <patient>
        <name use="L"><given>{k['first']}</given><family>{k['last']}</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="{k['dob'].strftime('%Y%m%d')}"/>
        <guardian>
          <code code="GUARD" codeSystem="2.16.840.1.113883.5.111" displayName="guardian"/>
          <guardianOrganization><name>Carroway County DCFS</name></guardianOrganization>
        </guardian>
      </patient>
    </patientRole>
  </recordTarget>
  <author><time value="{vd.strftime('%Y%m%d')}"/><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="1629075318"/>
    <assignedPerson><name><given>Elaine</given><family>Fitzwater</family><suffix>MD</suffix></name></assignedPerson></assignedAuthor></author>
  <custodian><assignedCustodian><representedCustodianOrganization><name>Maplegrove Pediatrics</name></representedCustodianOrganization></assignedCustodian></custodian>
  <component><structuredBody>
    <component><section><code code="11450-4" codeSystem="2.16.840.1.113883.6.1"/><title>Problems</title>
      <text><list><item>Iron deficiency anemia (D50.9) - new</item><item>Body mass index pediatric, 85-95th percentile (Z68.53)</item></list></text></section></component>
    <component><section><code code="10160-0" codeSystem="2.16.840.1.113883.6.1"/><title>Medications</title>
      <text><list><item>Ferrous sulfate 325 mg (65 mg elemental iron) PO daily with juice - started {vd.strftime('%m/%d/%Y')}</item></list></text></section></component>
    <component><section><code code="11369-6" codeSystem="2.16.840.1.113883.6.1"/><title>Immunizations</title>
      <text><list><item>Tdap - given {vd.strftime('%m/%d/%Y')}</item><item>Meningococcal ACWY - given {vd.strftime('%m/%d/%Y')}</item><item>HPV 9-valent #1 - given {vd.strftime('%m/%d/%Y')}</item></list></text></section></component>
    <component><section><code code="8716-3" codeSystem="2.16.840.1.113883.6.1"/><title>Vital Signs</title>
      <text>Ht 152.4 cm; Wt 49.1 kg; BMI 21.1; BP 108/66; Hgb 9.8 g/dL (POC)</text></section></component>
    <component><section><code code="18776-5" codeSystem="2.16.840.1.113883.6.1"/><title>Plan of Treatment</title>
      <text>Recheck CBC and ferritin in 8 weeks. Dental referral. Return for 12-year well visit. Discussed with foster parent {fpl['full']}.</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
'''
    body = (f"Hi Renata, attached is the visit summary for {k['first']} from Tuesday for her passport. Dr. Fitzwater "
            f"asked me to make sure DCFS knows about the iron and the lab recheck.\n\nThanks,\nCourtney\n"
            f"Referral Coordinator, Maplegrove Pediatrics\n(563) 555-0131 | fax (563) 555-0132")
    add("phi", "struct", k["full"], mk("Courtney Abels <cabels@maplegrovepeds.com>", A(RN1),
                                       "Visit summary (CCD)", body, date=d,
                                       atts=[("CCD_VisitSummary.xml", ccd)]))

    # 7 JSON export from a foster-parent medication log app
    k = child("m", 8, 13)
    fp = adult()
    d = rdate()
    start = (d - timedelta(days=7)).date()
    log = []
    for i in range(7):
        day = start + timedelta(days=i)
        log.append({"date": day.isoformat(), "time": "07:15", "medication": "Methylphenidate ER 36 mg",
                    "status": "given", "given_by": fp["first"]})
        st = "given" if i not in (2, 5) else random.choice(["refused", "missed"])
        log.append({"date": day.isoformat(), "time": "20:30", "medication": "Guanfacine ER 2 mg",
                    "status": st, "given_by": fp["first"] if st == "given" else None,
                    "note": None if st == "given" else random.choice(["said it makes him dizzy", "asleep on couch, skipped"])})
    payload = {"app": "HearthLog for Foster Families", "export_version": "2.3",
               "exported_at": d.strftime("%Y-%m-%dT%H:%M:%S%z"),
               "household": {"caregiver": fp["full"], "license_no": "FH-%05d" % random.randint(1000, 99999)},
               "child": {"name": k["full"], "dob": k["dob"].isoformat(), "agency_case": k["case"]},
               "medications": [{"name": "Methylphenidate ER", "strength": "36 mg", "schedule": "daily AM",
                                "prescriber": "N. Anand, MD", "rx_number": str(random.randint(6000000, 6999999))},
                               {"name": "Guanfacine ER", "strength": "2 mg", "schedule": "daily HS",
                                "prescriber": "N. Anand, MD", "rx_number": str(random.randint(6000000, 6999999))}],
               "administration_log": log}
    body = (f"{fp['full']} shared a weekly medication report with you.\n\n"
            f"Child: {k['first']} {k['last'][0]}.\nPeriod: {start.strftime('%m/%d/%Y')} - {(start + timedelta(days=6)).strftime('%m/%d/%Y')}\n"
            f"Doses logged: 14   Given: 12   Refused/missed: 2\n\n"
            f"The full report is attached as JSON. Open it in the HearthLog agency portal to view as a chart.\n\n"
            f"-- \nHearthLog | You are receiving this because a caregiver added you as their agency contact.\n"
            f"Unsubscribe: https://hearthlog.example.com/prefs")
    add("phi", "struct", k["full"], mk("HearthLog <reports@hearthlog.example.com>", A(RN2),
                                       f"Weekly medication report - {k['first']} {k['last'][0]}.", body, date=d,
                                       atts=[("medication_report.json", json.dumps(payload, indent=2))]))


# ================================================================ CLEAN: admin
def admin():
    # 1 supplies
    d = rdate()
    body = ("Hi Jordan,\n\nCan you put in the quarterly clinic room restock? We're low on:\n\n"
            "- disposable otoscope specula, 2.5 mm and 4 mm (1 box each)\n- pediatric BP cuffs, child + small adult\n"
            "- capillary lead collection kits (we have 6 left, need 50)\n- alcohol prep pads, 2x2 gauze, spot bandages\n"
            "- 1 mL and 3 mL syringes w/ 25g 1\" needles\n- digital fridge/freezer data loggers - one of ours failed calibration\n"
            "- sharps containers, 2 gal (x4)\n- the hypoallergenic exam table paper, not the crinkly one\n\n"
            "Budget line is 4410-6120 Medical Supplies. Henry Schein quote from August is still valid thru 12/31.\n\n"
            "Thanks!\n" + sig(LPN, 3))
    add("clean", "admin", "", mk(A(LPN), A(PA), "clinic room restock", body, date=d, cc=A(SUP)))

    # 2 room booking for medication review committee
    d = rdate()
    body = ("The Psychotropic Medication Review Committee will meet in Conference Room 3B (Sumner Ave) on the first "
            "Tuesday of each month from 1:00-3:00 pm starting in January. The room has the ceiling mic for Teams so "
            "Dr. Lefevre and Dr. Osterberg can join remotely.\n\nIf your unit has a standing meeting in 3B on those "
            "afternoons please let me know by 12/15 and I'll move you to 2A.\n\nJordan Ashby\nProgram Assistant, "
            f"Health Services\n{PA['phone']}")
    add("clean", "admin", "", mk(A(PA), f"DCFS Sumner All Staff <sumner-allstaff@{AG}>",
                                 "3B reserved 1st Tuesdays - Med Review Committee", body, date=d))

    # 3 IT downtime for passport module
    d = rdate()
    body = ("SERVICE NOTICE\n\nSystem: CCWIS - Health & Education module (Medical Passport)\n"
            "Window: Saturday 02:00 - 10:00 CT\nImpact: Health records, passport printing and medication logs will "
            "be unavailable. Case notes and intake are NOT affected.\nReason: Quarterly patch (release 24.4.2), "
            "database index maintenance.\n\nDuring the window, after-hours staff should use the paper Health "
            "Information Form (HSU-12) and enter it Monday. Blank forms are on the S: drive under Health\\Forms.\n\n"
            f"Questions: IT Service Desk x2100 or servicedesk@{AG}\nChange ticket: CHG0031775")
    add("clean", "admin", "", mk(A(IT), f"DCFS All Users <allusers@{AG}>",
                                 "[Planned Maintenance] Medical Passport unavailable Saturday", body, date=d,
                                 html=html_wrap(body)))

    # 4 billing policy
    d = rdate()
    body = ("Team,\n\nReminder on how the plans are handling EPSDT and psychotropic billing for kids in care, effective "
            "1/1:\n\n1. Initial health screens done within 30 days of removal are billed as a preventive visit even "
            "if the child had a well visit in the last 12 months. Clinics were getting frequency denials - the plans "
            "have agreed to override with the foster care indicator.\n2. Any antipsychotic for a child under 6 "
            "requires a prior auth AND a second-opinion review by the state's child psychiatry consult line. Pharmacy "
            "will give a 72-hour emergency supply only.\n3. Dental: 2 cleanings per 12 months, no exceptions for "
            "placement changes. If a new placement dentist wants to repeat an exam, they need to request it.\n\n"
            "None of this changes our consent process. Full policy memo is in the Health Unit SharePoint.\n"
            + sig(SUP, 0) + DISC)
    add("clean", "admin", "", mk(A(SUP), f"Health Services Unit <hsu-staff@{AG}>",
                                 "billing reminders for 2025 - EPSDT / psychotropics", body, date=d))

    # 5 payer contract terms
    d = rdate()
    body = ("Tess,\n\nAs discussed, redlines from Heartland on Amendment 3 to the care coordination agreement:\n\n"
            "  Sec. 4.2  Care coordination rate: $38.50 PMPM for children in out-of-home placement (was $34.00)\n"
            "  Sec. 4.5  Initial health screen incentive: $125 per child screened within 30 days, paid quarterly\n"
            "  Sec. 6.1  Plan to notify county of ER visits within 1 business day via HIE feed\n"
            "  Sec. 7.3  Term: 01/01/2025 - 12/31/2026, 90-day termination without cause\n"
            "  Exhibit C Reporting: quarterly aggregate dashboard, no member-level data in the dashboard\n\n"
            "County Attorney's Office is fine with 4.x and 6.1. They want 7.3 at 180 days. Please let me know if "
            "Health Services has concerns before I send back Thursday.\n\nBrent Yoakum\nContracts Administrator, "
            "Carroway County DCFS\n(563) 555-0172")
    add("clean", "admin", "", mk(f"Brent Yoakum <brent.yoakum@{AG}>", A(SUP), "HKHP Amendment 3 - redlines",
                                 body, date=d, cc=A(ATTY)))

    # 6 monthly meeting agenda (HTML)
    d = rdate()
    txt = ("Health Services Unit - Monthly Staff Meeting\nThursday 9:30-11:00, Room 2A / Teams\n\n"
           "1. Welcome / introductions (Tess)\n2. State review prep - initial screen and dental timeliness (Renata)\n"
           "3. Medicaid renewals for 18-21 youth - new portal steps (Colette)\n4. Psychotropic consent workflow: "
           "who sends what to the County Attorney (Dana, Adele)\n5. Flu clinic schedule + vaccine storage audit "
           "(Miguel)\n6. Open floor\n\nPlease bring your caseload counts.")
    html = ("<html><body style='font-family:Segoe UI,Arial'><h3 style='color:#186673'>Health Services Unit - Monthly "
            "Staff Meeting</h3><p><b>Thursday 9:30-11:00</b>, Room 2A / Teams</p><ol><li>Welcome / introductions "
            "(Tess)</li><li>State review prep - initial screen and dental timeliness (Renata)</li><li>Medicaid "
            "renewals for 18-21 youth - new portal steps (Colette)</li><li>Psychotropic consent workflow: who sends "
            "what to the County Attorney (Dana, Adele)</li><li>Flu clinic schedule + vaccine storage audit "
            "(Miguel)</li><li>Open floor</li></ol><p>Please bring your caseload counts.</p></body></html>")
    add("clean", "admin", "", mk(A(SUP), f"Health Services Unit <hsu-staff@{AG}>", "Agenda - HSU monthly meeting",
                                 txt, date=d, html=html, cc=A(ATTY)))

    # 7 facilities: biohazard pickup / vaccine fridge outlet
    d = rdate()
    d0 = d - timedelta(hours=4)
    inner = ("Ron, the outlet the vaccine refrigerator is on in the clinic room tripped again this morning. "
             "Data logger shows it was off about 40 min, temp peaked at 9.1 C. We've moved stock to the backup "
             "unit and called the state vaccine program per protocol. Can we get that outlet on its own circuit "
             "with a 'do not unplug' cover? Also the biohazard pickup was missed last Thursday.\n\nMiguel")
    body = ("Miguel,\n\nElectrician (Kessel Electric, WO 24-1187) is scheduled Monday 7 am to run a dedicated 20A "
            "circuit and put a locking cover on it. Stericycle confirmed the missed pickup - they'll come Tuesday "
            "between 8 and noon, manifest #ST-55902. Please have the containers by the loading dock door.\n\n"
            "Ron Pichler\nFacilities Coordinator\n(563) 555-0144" + on_wrote(d0, LPN["full"], LPN["email"], inner))
    add("clean", "admin", "", mk(A(FAC), A(LPN), "RE: clinic room outlet / biohazard pickup", body, date=d,
                                 reply=True, cc=A(SUP)))


# ================================================================ CLEAN: lookalike
def lookalike():
    # 1 vendor invoice with PO / tracking
    d = rdate()
    inv = "INV-%07d" % random.randint(10**6, 10**7 - 1)
    body = (f"Thank you for your order.\n\nInvoice: {inv}\nPO Number: PO-2025-004418\nCustomer Account: 80017734\n"
            f"Ship To: Carroway County DCFS - Health Services, {ADDR1}, {CITY} IA {ZIPC}\n\n"
            "Item        Description                                 Qty   Unit     Ext\n"
            "1046883     Otoscope specula 2.5mm, 850/bx               1   18.40   18.40\n"
            "1046884     Otoscope specula 4mm, 850/bx                 1   18.40   18.40\n"
            "9003120     BP cuff child reusable                       2   22.75   45.50\n"
            "5721107     Capillary lead kit, EDTA microtainer        50    2.19  109.50\n"
            "1127742     Sharps container 2 gal red                   4    6.95   27.80\n"
            "6660019     Data logger, glycol probe, NIST cert         1  164.00  164.00\n"
            "                                                    Subtotal         383.60\n"
            "                                                    Tax exempt #  42-6001873\n"
            "                                                    Total            383.60\n\n"
            f"Shipped via UPS Ground, tracking 1Z8W4A170394418821, 2 cartons. Payment terms Net 30.\n\n"
            "Henry Schein Medical | Customer Service 1-800-555-0110 | Remit: PO Box 91205, Chicago IL")
    add("clean", "lookalike", "", mk("Henry Schein Medical <invoices@hsm-orders.example.com>", A(PA),
                                     f"Invoice {inv} for PO-2025-004418", body, date=d,
                                     atts=[(f"{inv}.pdf", pdf(["Henry Schein Medical - INVOICE", inv,
                                                               "PO-2025-004418   Account 80017734", "Total due: $383.60  Net 30"]))]))

    # 2 vaccine lot numbers, NDCs, expiration
    d = rdate()
    body = ("Vaccine inventory - HSU clinic fridge, end of month count\n\n"
            "Vaccine              NDC            Lot       Exp        Doses\n"
            "Flu quad 0.5 PFS     49281-0424-50  UT8401HA  06/30/25   14\n"
            "Tdap (Boostrix)      58160-0842-52  9K7T3     11/14/26    6\n"
            "MenACWY (MenQuadfi)  49281-0590-05  U7711AA   03/02/26    4\n"
            "HPV9 (Gardasil 9)    00006-4121-02  Y004127   08/21/26    9\n"
            "MMR II               00006-4681-00  Y018832   01/09/26    5\n"
            "Hep A ped            58160-0825-52  XT33B     05/30/26    7\n\n"
            "Temp excursions this month: 1 (see facilities ticket WO 24-1187, stock moved, no loss per state program).\n"
            "VFC PIN 067231. Next ordering window opens the 1st.\n\n" + sig(LPN, 3))
    add("clean", "lookalike", "", mk(A(LPN), [A(SUP), A(RN1)], "vaccine inventory - month end", body, date=d))

    # 3 CPT/ICD list for EPSDT billing
    d = rdate()
    body = ("Reference sheet the clinics asked for - codes the plans expect on initial screens for children in care:\n\n"
            "Preventive E/M (new pt):  99381 (<1y)  99382 (1-4)  99383 (5-11)  99384 (12-17)\n"
            "Preventive E/M (est pt):  99391  99392  99393  99394\n"
            "Developmental screen:     96110      Emotional/behavioral screen: 96127 (x2 max)\n"
            "Hearing / vision:         92551 / 99173, instrument-based 99177\n"
            "Lead, capillary:          83655 + 36416\n"
            "Dental (oral eval):       D0150 comp, D0120 periodic, D1206 fluoride varnish\n"
            "Dx:                       Z00.121 / Z00.129 routine child exam w/ or w/o abnormal findings\n"
            "                          Z62.21 child in welfare custody (secondary)\n"
            "Modifier:                 EP on Medicaid EPSDT lines; 25 if sick visit same day\n\n"
            "Foster care indicator on the claim: value code FC in loop 2300 NTE. This is per the HKHP provider bulletin 2024-17.")
    add("clean", "lookalike", "", mk(A(RN1), "Maplegrove Billing <billing@maplegrovepeds.com>",
                                     "codes for initial screens (kids in care)", body, date=d, cc=A(SUP)))

    # 4 provider directory with NPIs
    d = rdate()
    rows = [["Provider", "Specialty", "NPI", "Phone", "Fax", "Accepting Medicaid", "Ages"],
            ["Maplegrove Pediatrics (Fitzwater, Price NP)", "Pediatrics", "1629075318", "(563) 555-0131", "(563) 555-0132", "Yes", "0-18"],
            ["Tallgrass Pediatric Dental", "Pediatric dentistry", "1467039921", "(563) 555-0177", "(563) 555-0178", "Yes", "1-18"],
            ["Riverbend Child Psychiatry", "Child & adolescent psychiatry", "1306984412", "(563) 555-0155", "(563) 555-0156", "Waitlist", "4-21"],
            ["Midwest Allergy & Asthma", "Allergy/immunology", "1932210075", "(563) 555-0149", "(563) 555-0150", "Yes", "all"],
            ["Clearview Family Eye Care", "Optometry", "1578834402", "(563) 555-0166", "(563) 555-0167", "Yes", "3+"],
            ["Brightwater Family Counseling", "Outpatient therapy / TF-CBT", "1093847721", "(563) 555-0121", "(563) 555-0122", "Yes", "3-21"]]
    body = ("Updated community provider list attached (Dec). Changes: Riverbend moved to waitlist for new "
            "patients, Clearview added Saturday hours. NPIs verified against NPPES 12/2.\n\n" + sig(RN3, 1))
    add("clean", "lookalike", "", mk(A(RN3), f"DCFS Caseworkers <caseworkers@{AG}>", "Provider list - Dec update",
                                     body, date=d, atts=[("provider_directory_Dec.csv", csv_text(rows))]))

    # 5 helpdesk ticket notification
    d = rdate()
    t = "INC00%05d" % random.randint(40000, 49999)
    body = (f"Ticket {t} has been updated.\n\nShort description: Label printer in clinic room (Zebra ZD421, asset "
            f"CC-004417) prints blank medication labels\nCaller: Miguel Arce\nAssigned to: Desktop Support - Tier 2\n"
            f"State: In Progress\nPriority: 3 - Moderate\n\nWork notes: Replaced ribbon, recalibrated media sensor. "
            f"Driver updated to 8.6.1.2155. Will confirm with caller by 12/10.\n\nView ticket: "
            f"https://servicedesk.carrowaycounty-dcfs.org/nav_to.do?uri=incident.do?sysparm_query=number={t}\n\n"
            "This is an automated notification from Carroway County IT.")
    add("clean", "lookalike", "", mk(f"IT Service Desk <servicedesk@{AG}>", A(LPN), f"{t} updated - In Progress",
                                     body, date=d))

    # 6 aggregate quarterly stats
    d = rdate()
    body = ("Q1 FFY25 Health Timeliness - Carroway County (all units)\n\n"
            "Children entering care this quarter:            312\n"
            "Initial health screen within 72 hours:          289  (92.6%)\n"
            "Comprehensive EPSDT exam within 30 days:        256  (82.1%)  target 90%\n"
            "Dental exam within 90 days (age 1+):            198 of 271  (73.1%)\n"
            "Children on 1+ psychotropic medication:         147 of 1,038 in care  (14.2%)\n"
            "  on 3+ concurrently:                            19  (1.8%)\n"
            "Court consent on file for all psychotropics:    143 of 147  (97.3%)\n"
            "Medicaid active on day 30:                      97.4%\n\n"
            "Unit C improved 11 points on the 30-day exam. Counts exclude youth in trial home visits. Source: CCWIS "
            "Health module, run date 01/06. No child-level data in this report.\n\n" + sig(SUP, 1))
    add("clean", "lookalike", "", mk(A(SUP), f"DCFS Managers <managers@{AG}>", "Q1 health timeliness numbers",
                                     body, date=d))

    # 7 phone / fax directory
    d = rdate()
    body = ("HEALTH SERVICES UNIT - QUICK DIRECTORY (please print & post)\n\n"
            "Main line ................................. (563) 555-0100\n"
            "Health Unit fax (secure) .................. (563) 555-0188\n"
            "After-hours on-call nurse (pager) ......... (563) 555-0199, then enter callback #\n"
            "Tess Vandermolen, MSN, RN - Supervisor .... x4400\n"
            "Renata Oyelaran, RN - Coordinator ......... x4417\n"
            "Abena Mensah, RN - Coordinator ............ x4419\n"
            "Dana Kowalczyk, RN - Psychotropic consents  x4421\n"
            "Miguel Arce, LPN - Clinic / immunizations . x4425\n"
            "Priya Raghunathan, PharmD ................. x4430 (Tue/Thu)\n"
            "Colette Baptiste-Ford - Medicaid .......... x4436\n"
            "Jordan Ashby - scheduling/passports ....... x4410\n\n"
            "HKHP foster care liaison: 1-800-555-0137 x2281 | State Medicaid provider line: 1-800-555-0105\n"
            "Poison Control: 1-800-222-1222\n\nRevised 01/2025")
    add("clean", "lookalike", "", mk(A(PA), f"DCFS All Users <allusers@{AG}>", "updated HSU phone list", body,
                                     date=d, atts=[("HSU_directory.pdf", pdf(body.split("\n")))]))


# ================================================================ CLEAN: news
def news():
    # 1 unit newsletter, HTML + logo
    d = rdate()
    txt = ("HEALTHY PLACEMENTS - Health Services Unit Newsletter, Winter Edition\n\n"
           "WINTER ILLNESS SEASON\nRSV, flu and COVID are all circulating in our region. Flu shots are available at "
           "the Sumner Ave clinic Tuesdays and Thursdays 1-4 pm for any child in care 6 months and older - no "
           "appointment needed, just bring the medical passport.\n\n"
           "DENTAL TIMELINESS\nWe are at 73% for dental exams within 90 days. Tallgrass Pediatric Dental has opened "
           "Saturday slots reserved for children in care. Call Jordan to book.\n\n"
           "NEW: PASSPORT PRINTING\nCaseworkers can now print an updated passport summary directly from CCWIS. "
           "Look for the 'Health Summary' button on the child's page.\n\n"
           "STAFF NEWS\nWelcome to Abena Mensah, RN, our newest Health Care Coordinator!\n\n"
           "Questions or story ideas: hsu-staff@" + AG)
    html = ("<html><body style='font-family:Georgia,serif;max-width:640px'>"
            "<h2 style='color:#186673'>Healthy Placements</h2><p><i>Health Services Unit Newsletter - Winter Edition</i></p>"
            "<h4>Winter illness season</h4><p>RSV, flu and COVID are all circulating in our region. Flu shots are "
            "available at the Sumner Ave clinic Tuesdays and Thursdays 1-4 pm for any child in care 6 months and "
            "older - no appointment needed, just bring the medical passport.</p><h4>Dental timeliness</h4><p>We are "
            "at 73% for dental exams within 90 days. Tallgrass Pediatric Dental has opened Saturday slots reserved for "
            "children in care. Call Jordan to book.</p><h4>New: passport printing</h4><p>Caseworkers can now print an "
            "updated passport summary directly from CCWIS.</p><h4>Staff news</h4><p>Welcome to Abena Mensah, RN, our "
            "newest Health Care Coordinator!</p></body></html>")
    add("clean", "news", "", mk(f"Health Services Unit <hsu-staff@{AG}>", f"DCFS All Users <allusers@{AG}>",
                                "Healthy Placements - Winter newsletter", txt, date=d, html=html,
                                atts=[("hsu_logo.png", logo_png())]))

    # 2 state Medicaid bulletin - former foster youth
    d = rdate()
    body = ("STATE MEDICAID PROGRAM - INFORMATIONAL LETTER NO. 2417-MC\n\nTo: County child welfare agencies, "
            "managed care organizations, community partners\nRe: Former Foster Care Youth (FFCY) coverage group - "
            "renewal changes\n\nBeginning with renewals due in March, youth enrolled in the Former Foster Care Youth "
            "coverage group (ages 18-25) will be renewed ex parte using available data sources whenever possible. "
            "Youth who cannot be renewed ex parte will receive a pre-populated renewal form and 60 days (previously "
            "30) to respond.\n\nCounties are encouraged to remind transitioning youth to keep their mailing address "
            "current. Youth who moved to another state after aging out may be eligible in that state under the "
            "SUPPORT Act provisions effective 1/1/2023.\n\nThe updated FFCY fact sheet in English, Spanish and "
            "Vietnamese is available on the provider portal.\n\nQuestions: medicaid.policy@medicaid.example.org")
    add("clean", "news", "", mk("State Medicaid Policy <medicaid.policy@medicaid.example.org>",
                                "Child Welfare Partners List <cw-partners@lists.medicaid.example.org>",
                                "Informational Letter 2417-MC: FFCY renewal changes", body, date=d))

    # 3 public health measles advisory
    d = rdate()
    body = ("HEALTH ADVISORY - Carroway County Public Health\n\nMeasles cases reported in neighboring state; no cases "
            "in Carroway County at this time.\n\nSummary: Three confirmed measles cases have been reported in the "
            "region this month, all in unvaccinated individuals. Measles is highly contagious through the air and "
            "can remain in a room for up to 2 hours.\n\nRecommendations for partners serving children:\n"
            "- Verify MMR status for children in your care; 2 doses are recommended (12-15 months and 4-6 years)\n"
            "- Children new to care with unknown records may receive MMR; extra doses are not harmful\n"
            "- Anyone with fever, rash, cough and red eyes should CALL AHEAD before visiting a clinic or ER\n\n"
            "Free MMR is available at the Public Health clinic Mon-Fri 8-4:30, 700 Kimball Rd.\n\n"
            "Carroway County Public Health | Epidemiology | (563) 555-0180")
    add("clean", "news", "", mk("Carroway County Public Health <alerts@carrowaypublichealth.org>",
                                "Community Partners <partners@carrowaypublichealth.org>",
                                "HEALTH ADVISORY: Measles in region - verify MMR status", body, date=d))

    # 4 foster parent association newsletter
    d = rdate()
    body = ("Carroway Foster & Adoptive Parent Association - January News\n\n"
            "Hi everyone! Happy new year from your board.\n\n"
            "* Training hours: Our next in-service is 'Trauma and Sleep' with a nurse from the county Health Services "
            "Unit, Jan 23, 6:30 pm at First Lutheran (childcare provided, 2 credit hours).\n"
            "* Medical passport tips: always bring the passport and the Medicaid card to every appointment, and ask "
            "the clinic to fax visit notes to the health unit (563-555-0188).\n"
            "* Clothing closet: open 2nd Saturdays. We need winter boots sizes 1-5!\n"
            "* Respite swap sign-up sheet is on our Facebook page.\n\n"
            "Thank you for all you do.\n- Gail Sorensen, President, CFAPA")
    add("clean", "news", "", mk("CFAPA <newsletter@carrowayfosterparents.org>", "CFAPA Members <members@carrowayfosterparents.org>",
                                "CFAPA January News", body, date=d, html=html_wrap(body)))

    # 5 research digest - aggregate psychotropic prescribing
    d = rdate()
    body = ("Child Welfare Research Digest - Issue 38\n\n"
            "Psychotropic prescribing to children in foster care: a 10-state claims analysis\n"
            "Researchers examined Medicaid pharmacy claims for roughly 240,000 children in foster care between 2017 "
            "and 2022. Overall, 18% received at least one psychotropic medication during the study period, compared "
            "with about 6% of other Medicaid-enrolled children. Concurrent use of three or more classes fell from "
            "3.1% to 2.2% in states that implemented a mandatory second-opinion review. Antipsychotic use among "
            "children under 6 was rare (<0.5%) but declined most in states requiring prior authorization.\n\n"
            "Implications: Oversight programs combining consent requirements, pharmacist review and prescriber "
            "consultation lines were associated with lower polypharmacy without increases in psychiatric "
            "hospitalization.\n\nFull article (subscription): Journal of Child Welfare Health Policy, 14(2).\n\n"
            "You are receiving this digest as a member of the Midwest Child Welfare Health Network.")
    add("clean", "news", "", mk("MCWHN Digest <digest@mcwhn.org>", A(PHARM), "Research Digest #38: psychotropics in foster care",
                                body, date=d))

    # 6 vendor marketing - telehealth for child welfare
    d = rdate()
    body = ("Hi Tess,\n\nCounty child welfare agencies like yours are using KinConnect Telehealth to get kids in "
            "care seen faster:\n\n  - initial health screens by video within 72 hours of placement\n"
            "  - on-demand pediatric urgent care for foster families, 24/7\n  - psychiatry consults for prescriber "
            "second opinions\n\nOne Midwest county cut its average time-to-screen from 11 days to 3. We'd love to "
            "show you a 20-minute demo - grab a time on my calendar: https://kinconnect.example.com/demo\n\n"
            "Best,\nTyler Brandvold\nAccount Executive, Public Sector | KinConnect Telehealth\n(312) 555-0184\n\n"
            "If you'd rather not hear from us, reply STOP or unsubscribe here: https://kinconnect.example.com/u")
    add("clean", "news", "", mk("Tyler Brandvold <tyler.b@kinconnect.example.com>", A(SUP),
                                "Faster initial screens for kids in care", body, date=d, html=html_wrap(body)))


# ================================================================ CLEAN: staff
def staff():
    # 1 on-call nurse rota
    d = rdate(lo=(2024, 11, 18), span=10)
    rota = ("Week of 12/2   Renata Oyelaran, RN      (563) 555-0147\n"
            "Week of 12/9   Dana Kowalczyk, RN       (563) 555-0126\n"
            "Week of 12/16  Abena Mensah, RN         (563) 555-0139\n"
            "Week of 12/23  Tess Vandermolen, RN     (563) 555-0118  (holiday - backup Miguel Arce, LPN)\n"
            "Week of 12/30  Renata Oyelaran, RN      (563) 555-0147")
    body = ("December after-hours nurse on-call schedule is below and on the shared calendar. On-call starts Monday "
            "8 am and ends the following Monday 8 am. Swaps are fine, just tell me and the after-hours supervisor.\n\n"
            + rota + "\n\nAfter-hours supervisors have the pager number. Stipend codes: OC1 weekday, OC2 "
            "weekend/holiday.\n" + sig(SUP, 1))
    add("clean", "staff", "", mk(A(SUP), [f"Health Services Unit <hsu-staff@{AG}>", f"After Hours Supervisors <ah-sups@{AG}>"],
                                 "December nurse on-call", body, date=d))

    # 2 welcome new RN
    d = rdate()
    body = ("Hi all,\n\nPlease join me in welcoming Abena Mensah, RN to the Health Services Unit! Abena comes to us "
            "from 8 years in pediatric home health and the school nurse program in Davenport. She will be a Health "
            "Care Coordinator covering Units B and D. Her first two weeks she'll be shadowing Renata and doing "
            "CCWIS training.\n\nAbena's desk is 3-114, ext. 4419. Stop by and say hi - and yes, she brought "
            "banana bread.\n\nTess")
    add("clean", "staff", "", mk(A(SUP), f"DCFS Sumner All Staff <sumner-allstaff@{AG}>",
                                 "Welcome Abena Mensah, RN", body, date=d))

    # 3 payroll/timesheet + holiday
    d = rdate(lo=(2024, 12, 10), span=8)
    body = ("Reminder: because of the holiday, timesheets for pay period 26 (12/15-12/28) are due in Workday by "
            "Friday 12/20 at NOON. Please estimate hours for 12/23-12/28 and correct afterwards if needed.\n\n"
            "Holiday codes: HOL (12/24 half day, 12/25), FH floating holiday. On-call stipend OC1/OC2 must be "
            "entered on the day the shift started.\n\nW-2s will be available electronically January 24. Update your "
            "address in Workday > Personal Information by 12/31.\n\nDeb Hauser\nPayroll & Benefits | Carroway County HR\n"
            "(563) 555-0115" + DISC)
    add("clean", "staff", "", mk(A(HR), f"DCFS All Users <allusers@{AG}>", "Timesheets due EARLY - PP26", body, date=d))

    # 4 leave coverage without health details
    d = rdate()
    body = ("Team,\n\nDana will be out on leave from 3/10 through 3/28. While she's out:\n\n"
            "- psychotropic consent applications: Renata (primary), Tess (backup)\n"
            "- Riverbend and Whitcomb prescriber calls: Renata\n- committee packet for April: Priya will assemble\n\n"
            "Please don't contact Dana while she's away. Her voicemail and auto-reply will point people to Renata.\n\n"
            "Thanks for covering, everyone.\nTess")
    add("clean", "staff", "", mk(A(SUP), f"Health Services Unit <hsu-staff@{AG}>", "coverage while Dana is out",
                                 body, date=d, cc=[A(ATTY), A(PHARM)]))

    # 5 retirement party
    d = rdate()
    body = ("You're invited!\n\nAfter 31 years with Carroway County - first as a public health nurse and the last "
            "14 leading our Health Services Unit - Tess Vandermolen is retiring.\n\nFriday, June 13, 3:00-5:00 pm\n"
            "Riverside Room, Sumner Ave\nCake, punch, and a slideshow (send Jordan your photos by 6/6!)\n\n"
            "We're collecting for a gift - envelope is at the front desk on 3. Shh, it's a surprise about the gift, "
            "not the party.\n\nJordan")
    add("clean", "staff", "", mk(A(PA), f"DCFS Sumner All Staff <sumner-allstaff@{AG}>", "Tess's retirement party 6/13!",
                                 body, date=d, html=html_wrap(body),
                                 atts=[("retirement_invite.ics", ics(f"party-{random.getrandbits(32):08x}@{AG}",
                                                                     datetime.datetime(2025, 6, 13, 15, 0),
                                                                     datetime.datetime(2025, 6, 13, 17, 0),
                                                                     "Tess Vandermolen retirement party", "Riverside Room, Sumner Ave",
                                                                     "Cake and punch. All welcome.", PA))]))

    # 6 credential tracker
    d = rdate()
    rows = [["Staff", "Credential", "License #", "Expires", "CPR/BLS exp", "Mandated reporter trng"],
            ["Tess Vandermolen", "RN (MSN)", "RN-087741", "09/15/2026", "04/2025", "10/2026"],
            ["Renata Oyelaran", "RN (BSN)", "RN-112093", "03/15/2025", "11/2025", "01/2027"],
            ["Dana Kowalczyk", "RN", "RN-098815", "06/15/2026", "02/2025", "05/2026"],
            ["Abena Mensah", "RN", "RN-130472", "12/15/2026", "08/2026", "due"],
            ["Miguel Arce", "LPN", "LPN-40218", "06/30/2025", "05/2025", "03/2027"],
            ["Priya Raghunathan", "PharmD", "PH-21977", "06/30/2026", "n/a", "09/2026"]]
    body = ("Annual credential check for the state review file. Renata - your license renewal is due 3/15, "
            "Dana - BLS in Feb. Abena, your mandated reporter "
            "certificate from your last job doesn't transfer - please do the 2-hour state course in the LMS.\n\nTracker attached.\n\nJordan")
    add("clean", "staff", "", mk(A(PA), f"Health Services Unit <hsu-staff@{AG}>", "credential renewals coming up",
                                 body, date=d, atts=[("HSU_credentials_2025.xlsx", xlsx(rows, "Credentials"))]))

    # 7 caseworker liaison assignments
    d = rdate()
    body = ("Starting Monday, nurse liaisons by casework unit:\n\n"
            "  Unit A (Intake/CPS)      - Abena Mensah, RN\n  Unit B (Ongoing)         - Abena Mensah, RN\n"
            "  Unit C (Ongoing)         - Renata Oyelaran, RN\n  Unit D (Permanency)      - Renata Oyelaran, RN\n"
            "  Kinship Support          - Dana Kowalczyk, RN\n  Residential/Group homes  - Miguel Arce, LPN\n\n"
            "Supervisors: please share with your workers and invite your liaison to one unit meeting a month. "
            "Psychotropic consent questions still go to Dana regardless of unit.\n\nTess Vandermolen, MSN, RN")
    add("clean", "staff", "", mk(A(SUP), f"DCFS Casework Supervisors <cw-sups@{AG}>", "New nurse liaison assignments",
                                 body, date=d, cc=f"Health Services Unit <hsu-staff@{AG}>"))


# ================================================================ CLEAN: training
def training():
    # 1 consent training with fictitious case
    d = rdate()
    body = ("Psychotropic Medication Consent - Refresher Training\nWed 2/12, 1:00-3:30, Training Room A (or Teams)\n\n"
            "Required for all ongoing and permanency caseworkers hired before 2023.\n\nWe'll walk through a "
            "fictitious case: 'Sam', a 10-year-old in a new placement whose prescriber wants to add a second "
            "stimulant. Participants will complete a mock application and identify what the court will ask.\n\n"
            "Register in the LMS (course PSY-201). 2.5 CEUs.\n\nCynthia Okoro\nStaff Development Trainer\n(563) 555-0160")
    add("clean", "training", "", mk(A(TRN), f"DCFS Caseworkers <caseworkers@{AG}>",
                                    "Training: Psychotropic consent refresher 2/12", body, date=d))

    # 2 quiz with answers
    d = rdate()
    body = ("New Worker Academy - Week 3 Health Module - QUIZ ANSWER KEY (trainers only)\n\n"
            "1. Within how many days of placement must a child have a comprehensive EPSDT exam?  -> 30 days\n"
            "2. Dental exam timeframe for children age 1 and older?  -> 90 days\n"
            "3. Who may consent to a psychotropic medication for a child in DCFS custody?  -> Only the court, on "
            "the Department's application (foster parents may not)\n"
            "4. True/False: the medical passport travels with the child at every placement change.  -> True\n"
            "5. A foster parent says the pharmacy rejected a prescription. First step?  -> Check Medicaid "
            "eligibility with the Eligibility Specialist; give temp letter if pending\n"
            "6. Name two items a foster parent brings to every appointment.  -> passport, Medicaid card/letter\n\n"
            "Average score last cohort: 84%.")
    add("clean", "training", "", mk(A(TRN), [A(RN1), A(SUP)], "Week 3 health quiz - key", body, date=d))

    # 3 UAT test script with test records
    d = rdate()
    script = ("UAT SCRIPT HSU-24.4-07  Medical Passport - placement change transfer\nEnvironment: CCWIS-TRAIN (not production)\n\n"
              "Test records:\n  TESTCHILD, ALPHA    DOB 01/01/2015   PID 9990001   Medicaid 9999999901\n"
              "  TESTCHILD, BRAVO    DOB 02/02/2019   PID 9990002   Medicaid 9999999902\n"
              "  Test placement provider: ZZTEST FOSTER HOME #1 / #2\n\n"
              "Steps:\n 1. Log in as hsu_tester1. Open TESTCHILD, ALPHA.\n 2. End placement at ZZTEST #1, begin at "
              "ZZTEST #2 with today's date.\n 3. Verify passport shows new caregiver and the medication list carries over.\n"
              " 4. Verify task 'Notify HSU of placement change' generated for the test nurse queue.\n"
              " 5. Print Health Summary; confirm no prior caregiver address prints.\n\nExpected: all pass. Log defects in "
              "Jira project CCWIS with label 'passport'.")
    body = ("Hi Renata and Miguel,\n\nThanks for volunteering as testers for the 24.4 release. Script attached; please "
            "run by Thursday and mark pass/fail in the sheet. Use only the TESTCHILD records.\n\nGarrett\nIT Service Desk / CCWIS release team")
    add("clean", "training", "", mk(A(IT), [A(RN1), A(LPN)], "UAT - passport transfer script", body, date=d,
                                    atts=[("UAT_HSU-24.4-07.txt", script)]))

    # 4 de-identified case study for orientation
    d = rdate()
    body = ("For Thursday's orientation group discussion (de-identified composite case, details changed):\n\n"
            "A 7-year-old enters care after a neglect finding. No health records come with the child. Foster "
            "parent reports the child hoards food, has several decayed teeth and wakes screaming at night. The "
            "birth parent reports the child 'had shots as a baby' but cannot name a clinic.\n\nDiscussion:\n"
            "1. What must happen in the first 72 hours? In 30 days?\n2. How would you find immunization history?\n"
            "3. Who do you involve about the nightmares, and what would need court consent?\n"
            "4. What goes in the passport on day 1?\n\nCynthia")
    add("clean", "training", "", mk(A(TRN), f"New Worker Academy Cohort 14 <nwa14@{AG}>", "case study for Thursday",
                                    body, date=d, cc=A(RN3)))

    # 5 sample court report health section (fictitious)
    d = rdate()
    doc = docx(["SAMPLE - FOR TRAINING ONLY - FICTITIOUS CHILD", "",
                "Court Report - Health Section (model language)", "",
                "Child: Jane Sample (fictitious)   DOB: 00/00/0000   Case: JV-00-0000", "",
                "Well-child care: Jane was seen for a comprehensive EPSDT exam on [date], within 30 days of placement. "
                "The provider recommended [follow-up].",
                "Dental: Jane was seen on [date]. [Findings / treatment plan].",
                "Immunizations: Up to date per State Immunization Information System as of [date].",
                "Behavioral health: [Service, frequency, attendance].",
                "Medications: [None / list with court consent date].", "",
                "Tip: report facts and dates, avoid diagnoses you cannot source, and cite the record."])
    body = ("Attached is the model health section we'll use in Court Report Writing (NWA Week 5). It uses a "
            "made-up child so it's fine to share with the cohort.\n\n-Cynthia")
    add("clean", "training", "", mk(A(TRN), [A(RN1), A(ATTY)], "model health section for court report training",
                                    body, date=d, atts=[("SAMPLE_court_report_health_section.docx", doc)]))

    # 6 vendor sample HL7 for interface testing, TEST patient
    d = rdate()
    hl7 = ("MSH|^~\\&|EPICADT|STBRENDAN|DCFSNOTIFY|CARROWAYDCFS|20250114090000||ADT^A03^ADT_A03|TEST000001|T|2.5.1\r"
           "EVN|A03|20250114090000\r"
           "PID|1||ZZ0000001^^^SBM^MR||TEST^PATIENT^ONE||20100101|U|||123 TEST ST^^ANYTOWN^IA^00000\r"
           "PV1|1|E|ED^T01^01^SBM||||0000000000^DOCTOR^TEST||||||||||||ZZ00001\r")
    body = ("Hi Garrett,\n\nPer our call, attached is a sample A03 for your interface validation. Processing ID is T "
            "and the patient is a synthetic record (TEST^PATIENT^ONE) - nothing real. Once you confirm your parser "
            "accepts it we'll turn on the TEST feed to the CCWIS-TRAIN endpoint.\n\nJeff Olander\nIntegration "
            "Analyst, St. Brendan Medical Center\n(563) 555-0127")
    add("clean", "training", "", mk("Jeff Olander <jolander@stbrendanmed.org>", A(IT), "sample ADT for interface testing",
                                    body, date=d, atts=[("sample_A03_TEST.hl7", hl7)]))


# ================================================================ main
def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in (care, ids, lang, lists, names, self_, struct_, admin, lookalike, news, staff, training):
        fn()
    counters = {}
    rows = [["file", "label", "kind", "patient_name"]]
    for label, kind, patient, m in RECORDS:
        key = (label, kind)
        counters[key] = counters.get(key, 0) + 1
        fname = f"{label}-{kind}-{counters[key]:03d}.eml"
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(m.as_bytes(policy=policy.SMTP))
        rows.append([fname, label, kind, patient])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    for (label, kind), n in counters.items():
        print(f"{label}-{kind}: {n}")
    print(f"total: {sum(counters.values())}")


if __name__ == "__main__":
    main()
