#!/usr/bin/env python3
"""Generate a blind evaluation set of email for a university disability
resources / accommodations office. Standard library only, deterministic."""
import sys, os, random, csv, io, zipfile, zlib, struct, json
from email.message import EmailMessage
from email.headerregistry import Address
from email import policy
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from xml.sax.saxutils import escape as xesc

SEED = 9601
random.seed(SEED)

DOM = "halloran-u.org"
SDOM = "mail.halloran-u.org"
TZ = timezone(timedelta(hours=-5))
PERSONAL = ["quickpost.net", "lakemail.net", "myinbox-mail.com", "northpost.com", "zipmail-home.net"]

FIRST = ["Marisol", "Jordan", "Tomas", "Ethan", "Priya", "Devon", "Aisha", "Gregory", "Kayla",
         "Henrik", "Robert", "Nadia", "Marcus", "Olivia", "Caleb", "Hannah", "Isaiah", "Mei",
         "Zoe", "Dominic", "Leah", "Xavier", "Brianna", "Owen", "Fatima", "Lucas", "Sofia",
         "Malik", "Chloe", "Ryan", "Grace", "Elijah", "Amara", "Connor", "Jasmine", "Noah",
         "Ava", "Mateo", "Lily", "Darius", "Rachel", "Kenji", "Ines", "Tyler", "Savannah",
         "Andre", "Maya", "Julian", "Hailey", "Gabriel", "Keisha", "Brendan", "Yasmin", "Colin"]
LAST = ["Ortega", "Pike", "Reyes", "Walsh", "Raman", "Bello", "Hale", "Lindqvist", "Chen",
        "Farouk", "Abernathy", "Okafor", "Brennan", "Kowalczyk", "Nakamura", "Delacroix",
        "Hughes", "Patel", "Morrison", "Fitzgerald", "Adeyemi", "Sorensen", "Vasquez",
        "Whitaker", "Gallagher", "Novak", "Ibrahim", "Thornton", "Castillo", "Mensah", "Park",
        "Horvath", "Dunleavy", "Espinoza", "Kaminski", "Oyelaran", "Rasmussen", "Bishop",
        "Truong", "Ferreira", "McAllister", "Yilmaz", "Holloway", "Quintero", "Lindgren",
        "Acheampong", "Stroud", "Pacheco", "Winslow", "Gutierrez", "Sato", "O'Rourke"]

_used = set()
def student():
    """A unique invented person (first, last)."""
    while True:
        f, l = random.choice(FIRST), random.choice(LAST)
        if (f, l) not in _used and f not in {x[0] for x in _used if len(_used) < 40}:
            _used.add((f, l))
            return f, l

def sid():
    return "900" + "".join(random.choice("0123456789") for _ in range(6))

def digits(n):
    return "".join(random.choice("0123456789") for _ in range(n))

def phone(area=None):
    return f"({area or random.choice(['608', '414', '715', '920', '262'])}) 555-01{random.randint(10, 99)}"

def slug(s):
    return "".join(c for c in s.lower() if c.isalpha())

def stu_email(f, l):
    return f"{slug(f)[0]}{slug(l)}{random.randint(2, 98)}@{SDOM}"

def home_email(f, l, style=None):
    style = style or random.choice(["dot", "run", "num"])
    base = {"dot": f"{slug(f)}.{slug(l)}", "run": f"{slug(f)}{slug(l)}",
            "num": f"{slug(f)}{slug(l)[:3]}{random.randint(1, 99)}"}[style]
    return f"{base}@{random.choice(PERSONAL)}"

def dob(lo=2000, hi=2006):
    return datetime(random.randint(lo, hi), random.randint(1, 12), random.randint(1, 28))

# ---------------------------------------------------------------- staff
# key: (name, user, title, dept, phone)
S = {
    "dir": ("Lorraine Whitcomb", "lwhitcomb", "Director", "Disability Resource Center", "(608) 555-0140"),
    "jamal": ("Jamal Okonkwo", "jokonkwo", "Access Coordinator", "Disability Resource Center", "(608) 555-0143"),
    "beth": ("Beth Sandoval", "bsandoval", "Senior Access Coordinator", "Disability Resource Center", "(608) 555-0144"),
    "tiff": ("Tiffany Marsh", "tmarsh", "Access Coordinator", "Disability Resource Center", "(608) 555-0145"),
    "ray": ("Ray Delgado", "rdelgado", "Testing Center Coordinator", "DRC Testing Center", "(608) 555-0151"),
    "wen": ("Wen Liu", "wliu", "Assistive Technology Specialist", "Disability Resource Center", "(608) 555-0147"),
    "colleen": ("Colleen Brandt", "cbrandt", "Interpreter & CART Services Coordinator", "Disability Resource Center", "(608) 555-0148"),
    "gloria": ("Gloria Pettaway", "gpettaway", "Administrative Specialist", "Disability Resource Center", "(608) 555-0141"),
    "steven": ("Steven Asher", "sasher", "ADA/504 Coordinator", "Office of Human Resources", "(608) 555-0162"),
    "naomi": ("Naomi Feld", "nfeld", "Staff Counselor, LPC", "Counseling & Psychological Services", "(608) 555-0170"),
    "kristen": ("Kristen Yoder", "kyoder", "Assistant Director, Housing Accommodations", "Residence Life", "(608) 555-0180"),
    "duq": ("Alan Duquette", "aduquette", "Associate Professor", "Department of Chemistry", "(608) 555-0122"),
    "varma": ("Sunita Varma", "svarma", "Professor", "Department of Psychology", "(608) 555-0127"),
    "gellar": ("Mark Gellar", "mgellar", "Lecturer", "Department of History", "(608) 555-0131"),
    "minh": ("Minh Tran", "mtran", "Lead Proctor", "DRC Testing Center", "(608) 555-0152"),
    "pat": ("Patrice Holcomb", "pholcomb", "Nurse Manager", "Student Health Services", "(608) 555-0190"),
    "derek": ("Derek Amundsen", "damundsen", "Systems Analyst", "Information Technology Services", "(608) 555-0110"),
}
OFFICE = Address("Disability Resource Center", addr_spec=f"drc@{DOM}")
TESTING = Address("DRC Testing Center", addr_spec=f"testingcenter@{DOM}")
NOREPLY = Address("AccessPortal", addr_spec=f"noreply-accessportal@{DOM}")

def A(key):
    n, u = S[key][0], S[key][1]
    return Address(n, addr_spec=f"{u}@{DOM}")

def P(name, email):
    if "@" not in email:
        raise ValueError(email)
    u, d = email.split("@")
    return Address(name, u, d)

def first(key):
    return S[key][0].split()[0]

def sig(key, style="full", pron=False):
    n, u, t, d, ph = S[key]
    if style == "short":
        return f"{n.split()[0]}"
    if style == "mid":
        return f"{n}\n{t}, {d}\n{ph}"
    lines = [n + (" (she/her)" if pron and key in ("beth", "tiff", "gloria", "colleen", "kristen", "naomi") else ""), t, d]
    if d.startswith("Disability") or d.startswith("DRC"):
        lines += ["Halloran University | Kessler Hall, Room 140", f"Phone {ph} | Fax (608) 555-0149",
                  "drc.halloran-u.org"]
    else:
        lines += ["Halloran University", f"{ph}"]
    return "\n".join(lines)

DISCL = ("CONFIDENTIALITY NOTICE: This message and any attachments are intended only for the\n"
         "named recipient(s) and may contain information that is confidential under FERPA,\n"
         "the ADA and Halloran University policy. If you received it in error, please notify\n"
         "the sender and delete it. Do not forward outside the University.")
DISCL_SHORT = "This email may contain confidential information. If received in error please delete."

# ---------------------------------------------------------------- dates
START = datetime(2024, 8, 19, tzinfo=TZ)
def rdate(day_lo=0, day_hi=118, late=False):
    d = START + timedelta(days=random.randint(day_lo, day_hi))
    h = random.choice([22, 23, 0, 1]) if late else random.randint(7, 17)
    d = d.replace(hour=h % 24, minute=random.randint(0, 59), second=random.randint(0, 59))
    if d.weekday() >= 5 and not late:
        d += timedelta(days=7 - d.weekday())
    return d

def earlier(d, lo_min=20, hi_min=60 * 48):
    e = d - timedelta(minutes=random.randint(lo_min, hi_min))
    if e.hour < 7 or e.hour > 19:
        e = (e - timedelta(days=1)).replace(hour=random.randint(9, 17))
    return e

def hm(d):
    h = d.hour % 12 or 12
    return f"{h}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"

def on_wrote(d, name, email):
    return f"On {d:%a}, {d:%b} {d.day}, {d.year} at {hm(d)}, {name} <{email}> wrote:"

def quote(text):
    return "\n".join(("> " + l) if l.strip() else ">" for l in text.splitlines())

def outlook_block(frm, to, d, subj, body, cc=None):
    h = [
        "-----Original Message-----",
        f"From: {frm}",
        f"Sent: {d:%A}, {d:%B} {d.day}, {d.year} {hm(d)}",
        f"To: {to}",
    ]
    if cc:
        h.append(f"Cc: {cc}")
    h.append(f"Subject: {subj}")
    return "\n".join(h) + "\n\n" + body

def fwd_block(frm, to, d, subj, body):
    return ("---------- Forwarded message ---------\n"
            f"From: {frm}\nDate: {d:%a}, {d:%b} {d.day}, {d.year} at {hm(d)}\n"
            f"Subject: {subj}\nTo: {to}\n\n" + body)

def usd(d):
    return f"{d.month}/{d.day}/{d.year}"

def usd2(d):
    return f"{d.month:02d}/{d.day:02d}/{d.year}"

def html_of(text, font="Calibri, Arial, sans-serif"):
    paras = []
    for block in text.split("\n\n"):
        b = xesc(block).replace("\n", "<br>\n")
        paras.append(f"<p>{b}</p>")
    return (f'<html><head><meta charset="utf-8"></head><body style="font-family:{font};font-size:11pt">\n'
            + "\n".join(paras) + "\n</body></html>\n")

# ---------------------------------------------------------------- attachments
ZDATE = (2024, 9, 3, 10, 15, 0)

def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()

XMLH = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

def xlsx(rows, sheet="Sheet1"):
    def col(i):
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    out = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{col(c)}{r}"
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{xesc(str(v))}</t></is></c>')
        out.append(f'<row r="{r}">{"".join(cells)}</row>')
    files = [
        ("[Content_Types].xml", XMLH +
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ("_rels/.rels", XMLH +
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ("xl/workbook.xml", XMLH +
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         f'<sheets><sheet name="{xesc(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels", XMLH +
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ("xl/worksheets/sheet1.xml", XMLH +
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
         + "".join(out) + '</sheetData></worksheet>'),
    ]
    return _zip(files)

def docx(paragraphs):
    body = []
    for p in paragraphs:
        bold = p.startswith("**")
        t = p.strip("*")
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        body.append(f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{xesc(t)}</w:t></w:r></w:p>')
    files = [
        ("[Content_Types].xml", XMLH +
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels", XMLH +
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ("word/document.xml", XMLH +
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
         + "".join(body) +
         '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/></w:sectPr>'
         '</w:body></w:document>'),
    ]
    return _zip(files)

def pdf(lines, title="Document"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    y = 740
    ops = ["BT", "/F1 11 Tf", "14 TL", f"72 {y} Td"]
    for ln in lines:
        ops.append(f"({esc(ln)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Title (" + esc(title).encode("latin-1", "replace") + b") /Producer (Halloran DRC) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n".encode()
    out += b"0000000000 65535 f \n"
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)

def png(w=160, h=48, bg=(255, 255, 255), fg=(122, 28, 46), box=True):
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            on = box and (6 <= y < h - 6) and (6 <= x < 6 + h - 12 or (h <= x < w - 8 and h // 2 - 3 <= y < h // 2 + 3))
            row += bytes(fg if on else bg)
        rows.append(bytes(row))
    raw = b"".join(rows)
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

def ics(summary, start, minutes, location, desc, organizer, uid):
    end = start + timedelta(minutes=minutes)
    f = lambda d: d.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    desc = desc.replace("\n", "\\n").replace(",", "\\,")
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Halloran University//Outlook Sync//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            f"UID:{uid}\r\nDTSTAMP:{f(start - timedelta(days=3))}\r\nDTSTART:{f(start)}\r\nDTEND:{f(end)}\r\n"
            f"SUMMARY:{summary}\r\nLOCATION:{location}\r\nDESCRIPTION:{desc}\r\n"
            f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n")

def csv_text(rows, delim=","):
    bio = io.StringIO()
    w = csv.writer(bio, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return bio.getvalue()

def table(rows, sep="  "):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for r in rows:
        out.append(sep.join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip())
    return "\n".join(out)

def pipe_table(rows):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for k, r in enumerate(rows):
        out.append("| " + " | ".join(str(c).ljust(widths[i]) for i, c in enumerate(r)) + " |")
        if k == 0:
            out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(out)

# attachment tuple: (data, maintype, subtype, filename)
def att_text(text, sub, name):
    return (text, "text", sub, name)
def att_bin(data, main, sub, name):
    return (data, main, sub, name)
XLSX_T = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
DOCX_T = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")

# ---------------------------------------------------------------- message
def msgid(domain):
    return f"<{digits(14)}.{''.join(random.choice('abcdef0123456789') for _ in range(12))}@{domain}>"

def build(m):
    msg = EmailMessage()
    frm = m["frm"]
    msg["From"] = frm
    to = m["to"]
    msg["To"] = to if isinstance(to, (list, tuple)) else [to]
    if m.get("cc"):
        cc = m["cc"]
        msg["Cc"] = cc if isinstance(cc, (list, tuple)) else [cc]
    msg["Subject"] = m["subject"]
    d = m.get("date") or rdate()
    msg["Date"] = format_datetime(d)
    dom = frm.domain if isinstance(frm, Address) else DOM
    msg["Message-ID"] = msgid(dom)
    if m.get("reply"):
        rid = msgid(random.choice([DOM, SDOM]))
        msg["In-Reply-To"] = rid
        msg["References"] = rid
    for k, v in m.get("headers", {}).items():
        msg[k] = v
    msg.set_content(m["body"])
    if m.get("html"):
        msg.add_alternative(m["html"] if m["html"] is not True else html_of(m["body"]), subtype="html")
    for data, main, sub, name in m.get("atts", []):
        if isinstance(data, str):
            msg.add_attachment(data, subtype=sub, filename=name)
        else:
            msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return msg

# =====================================================================
# PHI: care
# =====================================================================
def care_1():
    f, l = student()
    d = rdate(40, 75)
    exam = d + timedelta(days=2)
    body = f"""Hi all,

Quick heads up for Thursday. {f} {l} is booked for the CHEM 201 midterm at 2:00 in Room B (the small one by the window, not the carrel room). Dr. Duquette dropped the exam off already, it's in the locked drawer.

Couple things for whoever is proctoring:
- she gets double time so she won't be done before 5:30, please don't start packing up around her
- she's allowed a juice box and crackers at the desk, and her phone can stay face up on the desk as long as only the glucose app is open
- if she asks to stop the clock and step out, let her, write the time out/in on the sheet
- if she looks off or says she feels shaky, walk her to the front desk and call me, don't leave her alone

She's been in before and is really easygoing. Thanks!

{sig('ray', 'mid')}
"""
    return dict(frm=A("ray"), to=[A("minh"), Address("Testing Center Proctors", addr_spec=f"tc-proctors@{DOM}")],
                subject=f"Thurs 2pm - {f} {l}, CHEM 201", body=body, date=d, patient=f"{f} {l}")

def care_2():
    f, l = student()
    d = rdate(5, 30)
    room = f"{random.choice(['Caldwell', 'Marston', 'Beecher'])} Hall {random.randint(1, 1)}0{random.randint(2, 9)}"
    body = f"""Hi Kristen,

Following up on our call. We're good to go with moving {f} {l} into {room} (ground floor single) before the weekend. A few things that need to be in the room before {f} moves in, if facilities can swing it:

1. Bed shaker + strobe for the fire alarm (the portable kit, we have two in our storage closet, Wen can bring one over)
2. Doorbell flasher -- {f} won't hear a knock
3. A note to the RA that texting is the best way to reach {f}, not calling

{f}'s mom is driving up Saturday morning to help with the move so anytime Friday would be ideal for the install. The room key can be picked up at the Caldwell desk.

Let me know if there's anything you need from our end.

Thanks so much,
{sig('beth', pron=True)}

{DISCL}
"""
    return dict(frm=A("beth"), to=A("kristen"), cc=A("wen"),
                subject=f"RE: room change - {l}", body=body, date=d, reply=True, html=True,
                patient=f"{f} {l}")

def care_3():
    f, l = student()
    d = rdate(0, 14)
    body = f"""Hi Colleen,

Can you set up interpreters for {f} {l} for BIO 110 lab this term? Lab is Tue/Thu 1:00-3:50 in Langdon Science 214. Since it's almost 3 hours I'm assuming we need a team of two. Lecture (MWF 10:00, Langdon Aud) is already covered by Dana per the schedule you sent.

{f} said they'd prefer not to have the same interpreter pair who did CHEM last spring if possible -- nothing wrong, just had trouble with the vocab. Also {f} mentioned the lab instructor talks with her back to the room a lot, so it might be worth having the interpreter sit closer to the bench.

Thanks!
{first('jamal')}

--
{sig('jamal')}
"""
    return dict(frm=A("jamal"), to=A("colleen"), subject=f"BIO 110 lab interpreters - {f} {l}",
                body=body, date=d, patient=f"{f} {l}")

def care_4():
    f, l = student()
    pf = random.choice(["Denise", "Carol", "Angela", "Linda", "Teresa"])
    d = rdate(30, 90, late=True)
    pe = home_email(pf, l)
    body = f"""To whom it may concern,

My son {f} {l} is a sophomore and gets services through your office. I'm writing because I'm worried. He normally calls me Sundays and I haven't heard from him in almost two weeks. His pharmacy texted me (I'm still on the account) that his refill at the campus pharmacy has been sitting there since the 3rd and hasn't been picked up. When he stops taking it things go downhill pretty fast, he stops going to class and stops answering.

I know he's an adult and I know you probably can't tell me much but could someone just check that he's okay? Or tell me who to call. His roommate doesn't have my number. I don't want to get him in trouble with his professors, I just want to know he's eating and going to class.

My cell is {phone('715')}, please call anytime.

Thank you,
{pf} {l}

Sent from my iPad"""
    return dict(frm=P(f"{pf} {l}", pe), to=OFFICE, subject=f"checking on my son {f}",
                body=body, date=d, patient=f"{f} {l}")

def care_5():
    f1, l1 = student(); f2, l2 = student(); f3, l3 = student()
    d = rdate(60, 80)
    body = f"""Tiff,

Since I'm out starting Monday, here's where things stand with the three I mentioned who need hands-on follow up. Everything else is in AccessPortal notes.

{f1} {l1} -- we've been doing check-ins every other Tuesday at 11. She's missed the last two. I sent the CAPS referral on 10/2 and she said she'd call them but I don't know if she did. Please try her by text first (she said email stresses her out). Her mom has called twice, no release on file, so nothing to mom.

{f2} {l2} -- waiting on the updated letter from his provider for the reduced course load for spring. He said the appointment is the 24th. Once it's in, it needs to go to committee. He's nervous about financial aid so reassure him the RCL form covers that.

{f3} {l3} -- the new chair and the keyboard came in for the lab, she just needs someone to show her the dictation setup again. Wen has the laptop. She's back in the sling for another few weeks so anything handwritten still goes through the scribe.

Call me if anything weird comes up, I'll check email here and there.

B
"""
    return dict(frm=A("beth"), to=A("tiff"), cc=A("dir"), subject="handoff while I'm out",
                body=body, date=d, patient=f"{f1} {l1}; {f2} {l2}; {f3} {l3}")

def care_6():
    f, l = student()
    d = rdate(20, 60)
    body = f"""Transportation request #{random.randint(3000, 3999)} -- submitted via DRC

Rider: {f} {l}
Pickup: Hartley Hall, east entrance (ramp side)
Drop off: Science Quad / Langdon Hall loading dock
Days: Mon, Wed, Fri
Time: 8:40 AM pickup, return 11:55 AM from same spot
Mobility device: manual wheelchair (temporary, until the cast comes off -- est. 6 weeks)
Start date: {usd(d + timedelta(days=3))}
End date: {usd(d + timedelta(days=45))}

Notes from coordinator: {f} can transfer but needs the ramp, not the lift. Please have drivers text {phone('608')} when 5 min out. If icy, he'd rather be dropped at the Langdon front doors.

Requested by: {S['tiff'][0]}, Access Coordinator
"""
    return dict(frm=A("tiff"), to=P("Campus Shuttle Dispatch", f"shuttle-dispatch@{DOM}"),
                subject=f"Accessible van request - {l}", body=body, date=d, patient=f"{f} {l}")

def care_7():
    f, l = student()
    d = rdate(10, 35)
    nf, nl = random.choice([("Ben", "Carraway"), ("Sasha", "Morrell"), ("Leila", "Dunbar")])
    body = f"""Hi {nf},

Thank you for volunteering as the peer note-taker for ECON 210 (section 3, MWF 9:00)! The student you'll be uploading notes for is {f} {l}. You won't need to meet in person -- just upload a scan or typed copy to the NoteShare folder within 24 hours after each class. {f} will see your notes under the course name, not your name, and your name won't be shared with {f} unless you both want that.

Please keep the student's name to yourself -- don't mention it to the professor or other classmates. The fact that someone in the class uses our services is private.

Stipend paperwork is attached in a separate email from Gloria.

Thanks again,
{sig('jamal')}
"""
    return dict(frm=A("jamal"), to=P(f"{nf} {nl}", stu_email(nf, nl)),
                subject="ECON 210 note-taker match", body=body, date=d, patient=f"{f} {l}")

def care_8():
    f, l = student()
    d = rdate(30, 70)
    start = d + timedelta(days=10)
    body = f"""Hi Facilities team,

Per the approved accommodation plan for {f} {l} (Office of the Registrar, Kessler Hall 210, desk 4), please arrange the following:

  * sit/stand desk converter (the 36" model on the contract list)
  * anti-glare monitor filter, 24"
  * relocate desk 4 away from the overhead fluorescent bank if possible, or install the diffuser panels
  * task lamp with warm bulb

{f.split()[0]}'s modified schedule (10:00-6:30, with a 30 min mid-afternoon break) starts {usd(start)}. The supervisor, Diane, is aware and has signed off. Please coordinate install times with Diane directly, not with {f}.

Work order can be charged to the ADA accommodation fund, 20-4417-ADA.

Thank you,
{sig('steven')}
"""
    return dict(frm=A("steven"), to=P("Facilities Work Control", f"workcontrol@{DOM}"),
                cc=P("Diane Kovac", f"dkovac@{DOM}"),
                subject=f"Work order - workstation setup, Registrar desk 4", body=body, date=d,
                patient=f"{f} {l}")

CARE = [care_1, care_2, care_3, care_4, care_5, care_6, care_7, care_8]

# =====================================================================
# PHI: ids
# =====================================================================
def ids_1():
    s = sid()
    case = f"DRC-2024-{random.randint(1000, 1999)}"
    d = rdate(0, 30)
    body = f"""*** This is an automated message from AccessPortal. Please do not reply. ***

A new document has been uploaded and is awaiting review.

  Student ID:        {s}
  Case number:       {case}
  Document type:     Psychoeducational / ADHD evaluation (external provider)
  Pages:             14
  Uploaded by:       Student
  Uploaded on:       {usd2(d)} {hm(d)}
  Assigned to:       Okonkwo, Jamal
  Requested items:   Extended time (1.5x), reduced-distraction testing, recorded lectures

Log in to review: https://accessportal.{DOM}/staff/cases/{case}

You are receiving this because you are the assigned coordinator.
"""
    return dict(frm=NOREPLY, to=A("jamal"), subject=f"[AccessPortal] New documentation - Case {case}",
                body=body, date=d, headers={"Auto-Submitted": "auto-generated"}, patient="")

def ids_2():
    s = sid()
    f, l = student()
    d = rdate(95, 112)
    ex = d + timedelta(days=random.randint(3, 8))
    body = f"""Dr. Varma,

Your student {f[0]}. {l} (ID {s}) has booked the PSYC 101 final with us for {ex:%A} {usd(ex)} at 8:00 AM. Per the LOA on file the approved accommodations are 1.5x time and a reduced-distraction room, so the exam will run until 11:00 for a 2-hr final.

Please upload the exam to the Faculty Exam Portal by noon the business day before, or drop a paper copy at Kessler 140.

Thank you,
Testing Center Staff
DRC Testing Center | Kessler Hall 140 | {S['ray'][4]}
"""
    return dict(frm=TESTING, to=A("varma"), subject=f"Final exam booking confirmation - PSYC 101 - {s}",
                body=body, date=d, patient=f"{f[0]}. {l}")

def ids_3():
    d = rdate(40, 90)
    mid = f"HLU{digits(8)}"
    claim = f"SHP-24-{digits(7)}"
    bd = dob()
    body = f"""Hi Gloria,

The claim is {claim}, member ID {mid}, DOB {usd2(bd)}. Date of service {usd2(d - timedelta(days=38))}. It was denied under code CO-50 (not medically necessary) for CPT 96132/96133. The plan is saying that neuropsych testing for accommodation purposes is excluded, which I understand, but the referral came from the student health psychiatrist, not from your office.

Can your office send a letter saying the DRC did NOT require this evaluation? That's what their appeals unit said would help. Fax to the plan at (866) 555-0178, attention Appeals, and please reference the claim number above.

Thanks,
Renee Lachapelle
Billing Coordinator, Student Health Services
{S['pat'][4].replace('0190', '0193')}
"""
    return dict(frm=P("Renee Lachapelle", f"rlachapelle@{DOM}"), to=A("gloria"),
                subject=f"claim {claim} - letter needed", body=body, date=d, patient="")

def ids_4():
    d = rdate(60, 100)
    emp = f"E{random.randint(10000, 99999)}"
    case = f"ADA-24-{random.randint(10, 99):03d}"
    exp = d + timedelta(days=random.randint(10, 30))
    body = f"""Hi Steven,

Quick question on case {case} (employee #{emp}, Grounds). The provider note on file for the lifting restriction (no more than 20 lb, no ladder work) runs out on {usd(exp)}. Supervisor is asking whether he should put him back on the mowing crew after that date or wait.

Do we need an updated note or does the accommodation auto-continue? I don't want to guess on this one.

Thx,
Tom Berglund
HR Generalist, Facilities & Grounds
"""
    return dict(frm=P("Tom Berglund", f"tberglund@{DOM}"), to=A("steven"),
                subject=f"{case} restriction end date", body=body, date=d, patient="")

def ids_5():
    s = sid()
    bd = dob(2004, 2006)
    d = rdate(20, 70)
    body = f"""CAPS intake referral (DRC)

Student ID: {s}
DOB: {usd2(bd)}
Preferred name: Sam
Phone: {phone('608')}
Referral reason: reports panic attacks before and during exams, two missed midterms this term, not currently seeing anyone. Interested in group or individual. Would like a female clinician if possible.
Urgency: routine (denies safety concerns when asked)
Consent to share with CAPS: yes, signed {usd(d)}

Please confirm when intake is scheduled so I can note it in the file.

{first('tiff')}
"""
    return dict(frm=A("tiff"), to=P("CAPS Intake", f"caps-intake@{DOM}"), subject="Referral - " + s,
                body=body, date=d, patient="Sam")

def ids_6():
    s = sid()
    d = rdate(80, 110)
    body = f"""Hello Registrar's Office,

Please process a Reduced Course Load for Spring 2025 for student {s}. This is an approved disability-related accommodation through our office (minimum 6 credits). The student should retain full-time status for housing, insurance and financial aid purposes per policy 4.12.

The signed RCL form is attached.

Thank you,
{sig('beth', 'mid')}

{DISCL}
"""
    form = pdf([
        "HALLORAN UNIVERSITY - DISABILITY RESOURCE CENTER",
        "REDUCED COURSE LOAD (RCL) ACCOMMODATION - NOTICE TO REGISTRAR",
        "",
        f"Student ID: {s}",
        "Term: Spring 2025",
        "Approved minimum load: 6 credit hours",
        "Basis: documented disability (documentation on file at DRC, not released)",
        "Full-time equivalency: YES - housing, SHIP, financial aid",
        "",
        f"Access Coordinator: Beth Sandoval      Date: {usd(d)}",
        "Director approval: L. Whitcomb",
    ], "RCL notice")
    return dict(frm=A("beth"), to=P("Office of the Registrar", f"registrar@{DOM}"),
                subject=f"RCL Spring 2025 - {s}", body=body, date=d,
                atts=[att_bin(form, "application", "pdf", f"RCL_{s}.pdf")], patient="")

def ids_7():
    d = rdate(50, 110)
    case = f"{random.randint(20, 24)}-{digits(5)}-C"
    auth = f"A{digits(6)}"
    last4 = digits(4)
    inv = f"DRC-VR-{random.randint(200, 299)}"
    body = f"""Ms. Pettaway,

I've received invoice {inv} for interpreter services. To process payment we need the invoice to reference the VR case number and authorization, not your internal student ID. Please re-send with:

   VR case no.: {case}
   Authorization: {auth} (ASL interpreting, Fall term, not to exceed 180 hrs)
   Consumer SSN (last 4): {last4}

The hours billed (64.5) are within the authorization. Also, the consumer's IPE was updated last month -- the vocational goal changed -- so next term's authorization will need a new request from the counselor.

Regards,
Harold Nyquist
Fiscal Technician
Ridgeland Dept. of Rehabilitation Services
(920) 555-0135 | fax (920) 555-0136
"""
    return dict(frm=P("Harold Nyquist", "hnyquist@ridgeland-drs.org"), to=A("gloria"),
                subject=f"RE: Invoice {inv}", body=body, date=d, reply=True, patient="")

def ids_8():
    d = rdate(10, 60)
    bd = dob(2001, 2005)
    mrn = digits(7)
    body = f"""FAX COVER - BRIGHTFIELD NEUROPSYCHOLOGY & BEHAVIORAL HEALTH

To: Halloran University Disability Resource Center
Fax: (608) 555-0149
From: Medical Records, Brightfield Neuropsychology
Pages (incl. cover): 5
Re: Patient DOB {usd2(bd)}, MRN {mrn}

Enclosed: Disability Verification Form (completed by treating provider), summary of findings, and release of information signed by patient.

This transmission was converted to email by our e-fax service. The attached document contains confidential information. If you are not the intended recipient you are notified that any review, disclosure, copying or distribution is prohibited.
"""
    att = pdf([
        "Disability Verification Form - Halloran University DRC",
        f"Patient MRN: {mrn}     DOB: {usd2(bd)}",
        "Diagnosis: Major depressive disorder, recurrent, moderate (F33.1); GAD (F41.1)",
        "Date of most recent evaluation: " + usd2(d - timedelta(days=21)),
        "Functional limitations: concentration, sleep disruption, attendance during flares",
        "Recommended: flexible attendance, deadline extensions up to 48 hrs, reduced-distraction testing",
        "Provider: Corinne Abati, PsyD   License PSY-31077",
    ], "DVF")
    return dict(frm=P("Brightfield eFax", "efax-noreply@brightfieldneuro.com"), to=OFFICE,
                subject=f"Fax from 9205550177 - 5 pages", body=body, date=d,
                atts=[att_bin(att, "application", "pdf", f"fax_{digits(10)}.pdf")], patient="")

IDS = [ids_1, ids_2, ids_3, ids_4, ids_5, ids_6, ids_7, ids_8]

# =====================================================================
# PHI: lang
# =====================================================================
def lang_1():  # Spanish, parent + staff reply in Spanish
    son = random.choice(["Daniel", "Emilio", "Andrés"])
    ln = random.choice(["Quintero", "Barragán", "Villalobos"])
    mom = random.choice(["Rosa", "Guadalupe", "Maribel"])
    d0 = rdate(3, 20, late=True)
    d = d0 + timedelta(hours=15)
    me = home_email(mom, ln, "dot")
    orig = f"""Buenas noches,

Mi nombre es {mom} {ln}, soy la mamá de {son} {ln}, estudiante de primer año en ingeniería. {son} tiene autismo y en la preparatoria tenía un plan 504 con tiempo extra en los exámenes y un salón tranquilo. Me dice que todavía no ha hablado con nadie en su oficina y ya tiene exámenes la próxima semana.

¿Qué documentos necesitan? Tengo la evaluación de la Dra. Salinas del 2022 y la carta de su psiquiatra. ¿Se los puedo mandar yo o tiene que ser él?

Perdón por no escribir en inglés, me expreso mejor en español.

Gracias,
{mom} {ln}
Cel. {phone('414')}"""
    body = f"""Estimada Sra. {ln}:

Gracias por escribirnos. Con gusto le explico el proceso. Como {son} ya es mayor de 18 años, él tiene que crear su solicitud en AccessPortal y firmar el consentimiento; después de eso usted puede mandarnos la evaluación y la carta del psiquiatra a este correo o por fax al (608) 555-0149, y nosotros las agregamos a su expediente.

El plan 504 de la preparatoria también nos sirve como documentación de apoyo. Le sugiero que {son} haga una cita de admisión (intake) esta misma semana; tenemos citas disponibles el jueves y el viernes. Si los exámenes son antes de que tenga su carta de acomodaciones, puede hablar con sus profesores y decirles que el trámite está en proceso.

Quedo a sus órdenes,

Beth Sandoval
Coordinadora de Acceso / Senior Access Coordinator
Disability Resource Center, Halloran University
(608) 555-0144

{on_wrote(d0, f"{mom} {ln}", me)}
{quote(orig)}
"""
    return dict(frm=A("beth"), to=P(f"{mom} {ln}", me), subject=f"RE: ayuda para mi hijo {son}",
                body=body, date=d, reply=True, patient=f"{son} {ln}")

def lang_2():  # Vietnamese, parent, scanned note as PNG
    d = rdate(20, 60)
    body = """Kính gửi Văn phòng Hỗ trợ Sinh viên Khuyết tật,

Tôi là Trần Thị Hoa, mẹ của Nguyễn Thị Lan, sinh viên năm hai ngành Điều dưỡng (mã số sinh viên %s).

Tuần trước Lan bị tai nạn xe đạp và bị gãy chân phải, bác sĩ nói phải bó bột khoảng 8 tuần. Cháu đi lại rất khó khăn bằng nạng, mà phòng ký túc xá của cháu ở tầng ba khu Beecher, không có thang máy. Cháu cũng đang bị đau nhiều và phải uống thuốc giảm đau nên hay buồn ngủ trong giờ học.

Xin hỏi văn phòng có thể giúp cháu:
- đổi phòng xuống tầng một trong thời gian này,
- cho cháu thêm thời gian làm bài kiểm tra,
- và có xe đưa đón từ ký túc xá đến lớp không?

Tôi gửi kèm giấy của bác sĩ (bản chụp). Lan đã đồng ý cho tôi liên lạc với văn phòng. Tiếng Anh của tôi không tốt, nếu có thể xin trả lời bằng tiếng Việt hoặc gọi cho Lan.

Xin chân thành cảm ơn.

Trân trọng,
Trần Thị Hoa
ĐT: %s
""" % (sid(), phone("262"))
    scan = png(220, 300, bg=(250, 250, 248), fg=(230, 230, 228), box=False)
    return dict(frm=P("Tran Thi Hoa", "tranthihoa68@northpost.com"), to=OFFICE,
                subject="Xin giúp đỡ cho con gái tôi - Nguyễn Thị Lan", body=body, date=d,
                atts=[att_bin(scan, "image", "png", "giay_bac_si_scan001.png")],
                patient="Nguyễn Thị Lan")

def lang_3():  # Chinese, international student to Chinese-speaking staff
    s = sid()
    d = rdate(30, 70, late=True)
    body = f"""刘老师您好，

我是化学系研究生一年级的王晓雨（学号 {s}）。不好意思这么晚打扰您。

上个月我在学校心理咨询中心（CAPS）见了Feld医生，她诊断我是中度抑郁和焦虑，建议我来残障资源中心申请学业便利。现在我晚上基本睡不着，早上八点的课经常起不来，实验室的报告也一直拖着。我很怕导师知道这件事。

想请问：
1. 申请需要哪些材料？我在国内医院的诊断证明是中文的，需要翻译吗？
2. 如果申请减少学分（Reduced Course Load），会不会影响我的F-1签证身份？
3. 便利信（LOA）会写我的诊断吗？我不希望导师看到具体的病名。

谢谢您！

王晓雨
发自我的手机"""
    return dict(frm=P("Xiaoyu Wang", f"xwang{random.randint(10, 99)}@{SDOM}"), to=A("wen"),
                subject="关于申请学业便利的问题", body=body, date=d, patient="王晓雨")

def lang_4():  # Korean, mother's email forwarded by student with English cover
    s_f, s_l = "Jihoon", "Park"
    d = rdate(15, 50)
    d0 = earlier(d, 300, 2000)
    mom = "jihoonmom.kim@zipmail-home.net"
    kor = f"""지훈아, 엄마야.

보청기 수리 맡긴 거 서비스센터에서 연락 왔어. 왼쪽 보청기는 고칠 수가 없어서 새로 사야 한대. 학생 보험으로는 처리가 안 된다고 하니까 엄마가 여기서 알아볼게. 새 거 오려면 3주 정도 걸린대.

그동안 수업 때 교수님 말씀이 잘 안 들린다고 했잖아. 학교 장애지원센터에 꼭 연락해서 자막(CART) 서비스나 노트 도와주는 사람 신청해. 이비인후과 선생님 소견서는 엄마가 스캔해서 보내줄게. 청력검사 결과도 같이.

밥 잘 챙겨 먹고. 힘들면 전화해.

엄마가"""
    body = f"""Hi, sorry this is mostly in Korean, it's from my mom. Basically my left hearing aid can't be fixed and the replacement won't come for like 3 weeks. I can't really follow lectures right now with just the right one. Can I get CART or a note taker for my classes until then? My mom is getting the audiologist letter + hearing test scanned. I'm {s_f} {s_l}, ID {sid()}.

thanks
jihoon

---------- Forwarded message ---------
From: 김미경 <{mom}>
Date: {d0:%a}, {d0:%b} {d0.day}, {d0.year} at {hm(d0)}
Subject: 보청기
To: Jihoon Park <jpark{random.randint(10, 99)}@{SDOM}>

{kor}
"""
    return dict(frm=P("Jihoon Park", f"jpark{random.randint(10, 99)}@{SDOM}"), to=OFFICE,
                subject="Fwd: 보청기", body=body, date=d, patient="Jihoon Park")

def lang_5():  # Arabic, father
    d = rdate(5, 25)
    body = """السلام عليكم ورحمة الله،

أنا خالد الحداد، والد الطالبة مريم الحداد في السنة الأولى بكلية الهندسة (رقم الطالبة %s).

ابنتي مصابة بالسكري من النوع الأول منذ كانت في الثامنة، وتستخدم مضخة إنسولين وجهاز قياس مستمر للسكر مرتبط بتطبيق على هاتفها. في المدرسة الثانوية كان يُسمح لها بإدخال الهاتف ووجبة خفيفة وعصير إلى قاعة الامتحان، وبأخذ استراحة إذا انخفض السكر.

نرجو إفادتنا بالإجراءات المطلوبة حتى تحصل على نفس التسهيلات هنا، خصوصاً أن لديها امتحان كيمياء بعد أسبوعين. لدينا تقرير من طبيبة الغدد الصماء الدكتورة سلمى عبد الرحمن ويمكننا إرساله فوراً.

مع جزيل الشكر،
خالد الحداد
هاتف: %s
""" % (sid(), phone("920"))
    return dict(frm=P("Khaled Alhaddad", "k.alhaddad@lakemail.net"), to=OFFICE,
                subject="طلب تسهيلات لابنتي مريم الحداد", body=body, date=d,
                patient="مريم الحداد")

def lang_6():  # Portuguese, doctoral student / TA
    d = rdate(20, 80)
    body = """Olá, boa tarde.

Meu nome é Thiago Ferreira Lopes, sou doutorando em Engenharia Civil e também trabalho como monitor (TA) em duas turmas de Estática. Desculpe escrever em português, quando estou cansado fica difícil escrever em inglês.

Em julho fui diagnosticado com esclerose múltipla. Estou começando o tratamento com infusão a cada seis meses e, nos dias depois da infusão, fico com muita fadiga. Também tenho tido crises de visão embaçada no olho esquerdo, principalmente no fim do dia.

Queria saber:
- se posso pedir adaptações nas minhas disciplinas (prazos mais flexíveis, provas em tela com fonte maior);
- se a adaptação no meu trabalho de monitor é com vocês ou com o RH;
- se meu orientador precisa saber o diagnóstico ou só as adaptações.

Tenho o laudo da neurologista, Dra. Priscila Amaral, em inglês. Posso enviar pelo portal.

Obrigado pela atenção,
Thiago
(608) 555-0119
"""
    return dict(frm=P("Thiago Ferreira Lopes", f"tflopes@{SDOM}"), to=OFFICE,
                subject="Pedido de informação - adaptações (doutorando/TA)", body=body, date=d,
                patient="Thiago Ferreira Lopes")

def lang_7():  # Haitian Creole, mother
    d = rdate(10, 50, late=True)
    body = """Bonjou,

Mwen se Marie-Ange Joseph, manman Widlene Joseph ki nan premye ane nan inivèsite a.

Widlene gen yon pwoblèm nan je li depi li te piti, li pa ka li ti lèt nan liv yo ak sou tablo a. Doktè je a, Dr. Pierre-Louis, di li bezwen liv an gwo karaktè oswa yon pwogram sou òdinatè ki ka li pou li. Nan lekòl segondè li te gen yon moun ki te konn ede l pran nòt.

Li di m li pè vin nan biwo nou an paske li pa konnen kiyès pou l pale. Èske nou ka rele l oswa voye yon mesaj ba li? Nimewo li se %s.

Mwen gen papye doktè a, m ka voye l ban nou.

Mèsi anpil pou èd nou.
Marie-Ange Joseph
""" % phone("414")
    return dict(frm=P("Marie-Ange Joseph", "mangejoseph@myinbox-mail.com"), to=OFFICE,
                subject="Pitit fi mwen Widlene Joseph - je li", body=body, date=d,
                patient="Widlene Joseph")

def lang_8():  # Russian, employee to HR ADA coordinator, docx attachment
    d = rdate(40, 90)
    emp = f"E{random.randint(10000, 99999)}"
    body = f"""Здравствуйте, Стивен!

Меня зовут Ольга Петренко, я работаю уборщицей в общежитии Марстон, ночная смена (табельный номер {emp}).

В сентябре мне сделали операцию на правом плече. Врач запретил поднимать больше 5 кг и работать с поднятыми руками до конца декабря, также мне нужно два раза в неделю ходить на физиотерапию по утрам. Мой начальник говорит, что лёгкой работы для меня нет и что я должна взять неоплачиваемый отпуск.

Можно ли попросить временное изменение обязанностей? Например, я могу работать на стойке или мыть полы без ведра. Справку от врача прикладываю.

Если нужно, моя дочь может помочь с переводом на встрече.

С уважением,
Ольга Петренко
{phone('608')}
"""
    doc = docx([
        "**Westfield Orthopedic & Sports Medicine",
        "Work Status Note",
        "Patient: Olga Petrenko",
        f"Date of visit: {usd(d - timedelta(days=5))}",
        "Status: Modified duty",
        "Restrictions: no lifting over 10 lb (5 kg) with right arm; no overhead reaching; no pushing carts over 20 lb.",
        "Physical therapy: 2x/week, morning appointments.",
        "Expected duration: through 12/31/2024, re-evaluate at follow-up.",
        "Nina Castellano, PA-C",
    ])
    return dict(frm=P("Olga Petrenko", "olga.petrenko71@northpost.com"), to=A("steven"),
                subject="Просьба о временном изменении обязанностей", body=body, date=d,
                atts=[att_bin(doc, *DOCX_T, "spravka_vracha.docx")], patient="Olga Petrenko")

LANG = [lang_1, lang_2, lang_3, lang_4, lang_5, lang_6, lang_7, lang_8]

# =====================================================================
# PHI: lists
# =====================================================================
ACC = ["1.5x time", "2x time", "1.5x + RD room", "reader/scribe", "2x + breaks", "enlarged print 18pt",
       "screen reader (JAWS)", "1.5x, snack/water", "RD room, noise-cancel", "computer for essays"]

def lists_1():
    d = rdate(45, 80)
    rows = [["Time", "Student", "SID", "Course", "Length", "Accoms", "Room"]]
    names = []
    for t in ["8:00", "8:00", "9:30", "10:00", "12:30", "1:00", "2:00", "3:30"]:
        f, l = student()
        names.append(f"{f} {l}")
        rows.append([t, f"{l}, {f}", sid(), random.choice(["CHEM 201", "MATH 152", "PSYC 101", "BIO 110",
                     "ECON 210", "HIST 120", "PHYS 141", "SPAN 102"]), random.choice(["50m", "75m", "110m"]),
                     random.choice(ACC), random.choice(["A", "B", "C", "Carrel 3", "Carrel 6", "Rm 140F"])])
    body = f"""Roster for {d + timedelta(days=1):%A %m/%d}. {len(rows) - 1} booked, 2 still waiting on exam from instructor (marked *).

{pipe_table(rows)}

* MATH 152 and the 3:30 -- haven't received exam yet, I emailed both profs.
Reminder: the reader/scribe student needs the room with the door that closes, not the carrel area.

Minh
"""
    return dict(frm=A("minh"), to=Address("Testing Center Proctors", addr_spec=f"tc-proctors@{DOM}"),
                cc=A("ray"), subject=f"tomorrow's roster", body=body, date=d, patient="; ".join(names))

def lists_2():
    d = rdate(0, 12)
    rows = [["student_last", "student_first", "sid", "service", "course", "days", "time", "location", "provider", "status"]]
    names = []
    for _ in range(6):
        f, l = student()
        names.append(f"{f} {l}")
        svc = random.choice(["ASL team", "ASL single", "CART remote", "CART onsite", "TypeWell"])
        rows.append([l, f, sid(), svc, random.choice(["BIO 110", "ENG 101", "SOC 205", "MATH 121", "ART 130", "COMM 200"]),
                     random.choice(["MWF", "TR", "MW"]), random.choice(["9:00-9:50", "11:00-12:15", "1:00-3:50", "2:00-3:15"]),
                     random.choice(["Langdon 214", "Pruitt 102", "Kessler 301", "Zoom"]),
                     random.choice(["Signwell", "in-house", "CaptionWorks"]), random.choice(["confirmed", "confirmed", "pending"])])
    body = f"""Hi Colleen,

Attached is the fall access services schedule export (as of this morning). A few are still pending because the room isn't posted yet. Can you double check the TR ones against the Signwell confirmations?

Thanks,
{first('gloria')}
"""
    return dict(frm=A("gloria"), to=A("colleen"), subject="Fall interp/CART schedule export",
                body=body, date=d, atts=[att_text(csv_text(rows), "csv", "fall_access_services_schedule.csv")],
                patient="; ".join(names))

def lists_3():
    d = rdate(8, 25)
    lines = []
    names = []
    for _ in range(3):
        f, l = student()
        names.append(f"{f} {l}")
        lines.append(f"{f} {l} - {sid()} - " + random.choice([
            "extended time 1.5x on exams and quizzes; reduced-distraction setting; may leave briefly during class",
            "flexible attendance (up to 2 additional absences, disability-related flares); deadline extensions by agreement",
            "preferential seating near front; instructor to use mic; captioned videos",
            "note-taking assistance; permission to audio record lectures; 2x time in Testing Center"]))
    body = f"""Dear Professor Gellar,

The following students enrolled in HIST 120-02 have requested that their accommodation letters be sent to you for Fall 2024. Full letters are available in the Faculty Portal.

{chr(10).join(lines)}

Please contact the student privately to discuss how these will be carried out in your course. Do not discuss accommodations in front of other students. Questions about implementation can come to me directly.

{sig('tiff')}

{DISCL}
"""
    return dict(frm=A("tiff"), to=A("gellar"), subject="Accommodation letters - HIST 120-02",
                body=body, date=d, html=True, patient="; ".join(names))

def lists_4():
    d = rdate(0, 25)
    rows = [["Req #", "Student", "SID", "Hall pref", "Request", "Documentation", "Provider type", "Rec.", "Notes"]]
    names = []
    reqs = [("Emotional support animal (cat)", "letter - therapist", "LCSW", "approve", "lease addendum pending"),
            ("Single room", "letter - psychiatrist", "MD", "approve", "roommate conflict triggers symptoms"),
            ("Air-conditioned room", "form - allergist", "MD", "approve", "severe asthma, 2 ER visits Aug"),
            ("Kitchen access / meal plan exemption", "form - GI", "MD", "more info", "celiac; dining can't guarantee"),
            ("Ground floor / elevator bldg", "form - PCP", "DO", "approve", "knee surgery Sept"),
            ("Emotional support animal (dog)", "online cert only", "n/a", "deny", "no treating relationship"),
            ("Private bathroom", "letter - urology", "MD", "approve", "Crohn's flares"),
            ]
    for r in reqs:
        f, l = student()
        names.append(f"{f} {l}")
        rows.append([f"H-{random.randint(400, 499)}", f"{l}, {f}", int(sid()), random.choice(["Caldwell", "Marston", "Beecher", "Any"]),
                     r[0], r[1], r[2], r[3], r[4]])
    body = f"""Hi all,

Spreadsheet for Thursday's housing accommodation committee is attached. 7 requests. Two flagged for discussion (the meal plan one and the ESA with the online certificate).

Please don't print this one -- we'll have it on the screen.

Kristen
"""
    return dict(frm=A("kristen"), to=[A("beth"), A("jamal"), A("dir")],
                subject="Housing Accom Committee - agenda + requests", body=body, date=d,
                atts=[att_bin(xlsx(rows, "Requests"), *XLSX_T, "HAC_requests_week3.xlsx")],
                patient="; ".join(names))

def lists_5():
    d = rdate(20, 45)
    rows = []
    names = []
    for _ in range(5):
        f, l = student()
        names.append(f"{f} {l}")
        rows.append("\t".join([f"{l}, {f}", sid(), random.choice(["intake done", "intake scheduled", "no intake"]),
                               random.choice(["need current eval (last one 2017)", "provider form unsigned",
                                              "letter missing functional limitations", "need dx date",
                                              "only IEP - need med doc for seizure protocol"]),
                               random.choice(["JO", "TM", "BS"])]))
    body = f"""ok here's what's still outstanding from the docs audit, pasted from the tracker:

Name\tSID\tIntake\tMissing\tCoord
""" + "\n".join(rows) + f"""

Can each of you reach out to yours by Friday? Use the "documentation incomplete" template.

--{first('beth')}
"""
    return dict(frm=A("beth"), to=[A("jamal"), A("tiff")], subject="outstanding documentation",
                body=body, date=d, patient="; ".join(names))

def lists_6():
    d = rdate(85, 100)
    lines, names = [], []
    for _ in range(9):
        f, l = student()
        names.append(f"{f} {l}")
        lines.append(f"{sid()} -- {l.upper()}, {f} -- {random.choice(['PR-DIS', 'PR-DIS', 'PR-DIS/VET'])} -- "
                     + random.choice(["mobility", "chronic health", "psych", "deaf/HoH", "learning", "vision", "ADHD"]))
    body = f"""Hi Registrar folks,

Here is the DRC priority registration group for Spring 2025 (window opens 11/11 at 7am). Category column is for our office's reporting only and should NOT be loaded into Banner -- just the SID and the PR-DIS attribute please. Sorry, I know last time the whole line got pasted into the comment field.

""" + "\n".join(lines) + f"""

Full list of 212 coming in the secure transfer, these are the late adds.

Gloria Pettaway
Administrative Specialist, DRC
"""
    return dict(frm=A("gloria"), to=P("Registration Services", f"registration@{DOM}"),
                subject="Priority reg late adds - Spring 25", body=body, date=d, patient="; ".join(names))

def lists_7():
    d = rdate(100, 112)
    d1 = earlier(d, 60, 600)
    d2 = earlier(d1, 600, 3000)
    names = []
    rows = [["Name", "Section", "Final?", "Accommodation", "Booked TC?"]]
    for _ in range(4):
        f, l = student()
        names.append(f"{f} {l}")
        rows.append([f"{f} {l}", random.choice(["001", "002", "003"]), "yes", random.choice(ACC), random.choice(["yes", "no", "?"])])
    inner = f"""Hi Linda,

For the MATH 121 common final, these are the students in my sections who have DRC letters. I need to know whether they booked with the testing center or if we need to give them a separate room here. Can you check with the DRC?

{table(rows, '   ')}

Thanks,
Prof. Halvorsen"""
    mid = f"""Forwarding to DRC -- can you confirm which of these are booked?

Linda Okafor-Reese
Administrative Assistant, Dept. of Mathematics

{fwd_block('Erik Halvorsen <ehalvorsen@' + DOM + '>', 'Linda Okafor-Reese <lokaforreese@' + DOM + '>', d2, 'MATH 121 final - DRC students', inner)}"""
    body = f"""Ray, I checked -- 2 are booked, 1 isn't, and the 4th doesn't have a letter in his section at all. Can you reply to Linda? I'm out tomorrow.

Minh

{outlook_block('Linda Okafor-Reese', 'DRC Testing Center', d1, 'FW: MATH 121 final - DRC students', mid)}
"""
    return dict(frm=A("minh"), to=A("ray"), subject="FW: MATH 121 final - DRC students", body=body, date=d,
                patient="; ".join(names))

LISTS = [lists_1, lists_2, lists_3, lists_4, lists_5, lists_6, lists_7]

# =====================================================================
# PHI: names
# =====================================================================
def names_1():
    f, l = student()
    d = rdate(30, 70)
    body = f"""Hi Jamal,

{f} signed the release this morning so I can talk with you now. She's been coming in weekly since mid-September. Mostly we're working on the panic symptoms around exams and she's started meds through the psychiatrist at Student Health, just in the last two weeks, so she's still adjusting and has been pretty wiped out in the mornings.

From my end I'd support the reduced-distraction room and some flexibility on deadlines for the next month or so. I'll put it in a letter on our letterhead if that's what you need -- just tell me which form.

Naomi

Naomi Feld, MA, LPC
Staff Counselor
Counseling & Psychological Services | Halloran University
{S['naomi'][4]}
*This email is not monitored after hours. If you are in crisis call the 24/7 line at (608) 555-0100 or 988.*
"""
    return dict(frm=A("naomi"), to=A("jamal"), subject=f"{f} {l[0]}. - release signed", body=body, date=d,
                patient=f"{f} {l}")

def names_2():
    f, l = student()
    d = rdate(5, 30)
    d0 = earlier(d, 120, 1500)
    orig = f"""Hi,

I just got an accommodation letter saying Ms. {l} will have a service dog with her in CHEM 201. I'm fine with that in lecture but the lab has open flames, glassware and solvents on the bench. Is there a rule for labs? I'm not trying to be difficult, I just don't want the dog or anybody else to get hurt.

Alan Duquette"""
    body = f"""Hi Alan,

Totally fair question. Service animals are allowed in labs unless there's a specific hazard that can't be managed, and we do a walk-through for that. I already talked with Ms. {l} -- the dog is trained to alert before she has a seizure, so having him near her at the bench is really the point. What we usually do:

- dog stays in a down-stay at the end of the bench, on a mat, away from the burners
- dog wears booties in the lab (she already has them)
- she sits at the bench closest to the door

If she does have a seizure in lab, the plan is: turn off her burner, clear the space around her, time it, call campus police at 5-0111 if it lasts more than 5 minutes. She said they've been well controlled since her medication change over the summer, so hopefully none of this comes up.

Could we do the walk-through Thursday at 3?

Tiffany

{sig('tiff')}

{on_wrote(d0, 'Alan Duquette', 'aduquette@' + DOM)}
{quote(orig)}
"""
    return dict(frm=A("tiff"), to=A("duq"), subject=f"RE: Ms. {l}'s service dog in lab", body=body,
                date=d, reply=True, patient=f"Ms. {l}")

def names_3():
    f, l = student()
    d = rdate(50, 90)
    body = f"""Dr. Varma,

He's back on campus as of Monday. He was in the hospital for two nights and the neurologist's discharge sheet says no more than 20 min of screen time at a stretch for the next two weeks and no bright lights, so the online quiz on Friday isn't going to work. Can he take it on paper in our office the week after, or can you drop it?

He's embarrassed about the whole thing and didn't want to email you himself. He did say it's fine for me to tell you why.

Thanks,
Jamal
"""
    return dict(frm=A("jamal"), to=A("varma"), subject=f"{l}, {f} - extension request",
                body=body, date=d, patient=f"{f} {l}")

def names_4():
    d = rdate(40, 80)
    f, l = "Robert", random.choice(["Chen", "Szabo", "Adair"])
    while (f, l) in _used:
        l += "e"
    _used.add((f, l))
    body = f"""Tiff -- Bobby came by again today (Robert {l}, the senior in accounting). The migraines are getting worse, he said he's had 3 this week and he's missing his 8am with Hargrove because of them. The neurologist put him on a new preventive in October and it's not kicking in yet.

He asked if he can switch to the online section of ACCT 410. I told him that's really an advising question but that we could add flexible attendance to his letter in the meantime. He's going to bring the updated note from the neuro.

Can you look at his file when you get a sec? I didn't want to change anything without you since he's on your caseload.

Jamal
"""
    return dict(frm=A("jamal"), to=A("tiff"), subject="Bobby", body=body, date=d,
                patient=f"Robert {l}")

def names_5():
    f, l = student()
    d = rdate(60, 100)
    d1 = earlier(d, 60, 300)
    d2 = earlier(d1, 1000, 5000)
    first_msg = f"""Hi Pat,

For the evening exam block in Kessler 140 we'll have a student, {f} {l}, who has a seizure protocol on file with you. Can someone from Student Health confirm the rescue med stays with her in her bag and that our proctors are allowed to give it? Her mom said the neurologist wrote it up but I want to make sure we're following yours.

Ray"""
    second = f"""Hi Ray -- yes, she carries the nasal spray and anyone trained can give it. I can do a 20 minute refresher for the evening proctors. Pick a day.

Patrice Holcomb, RN
Nurse Manager, Student Health Services

{on_wrote(d2, 'Ray Delgado', 'rdelgado@' + DOM)}
{quote(first_msg)}"""
    body = f"""Great, Thursday at 4:30 works for us. We'll have 5 proctors and I'll book 140F so we have space. I'll bring the sign-in sheet.

Also could you bring a couple extra of the laminated cards for the wall?

Ray

{on_wrote(d1, 'Patrice Holcomb', 'pholcomb@' + DOM)}
{quote(second)}
"""
    return dict(frm=A("ray"), to=A("pat"), cc=A("minh"), subject="RE: proctor refresher - Kessler 140",
                body=body, date=d, reply=True, patient=f"{f} {l}")

def names_6():
    f, l = student()
    d = rdate(20, 60)
    d0 = earlier(d, 200, 2000)
    orig = f"""Hi DRC,

I have a student, {f}, in my 11:00 section of HIST 120 (last name {l}) who told me after class that he has ADHD and needs extra time on the midterm next week. He doesn't have a letter from you as far as I can tell. He seemed really stressed about it, he said he ran out of his prescription and the pharmacy can't fill it until his doctor calls back. Should I just give him the extra time? I want to help but I don't know what I'm allowed to do.

Mark Gellar"""
    body = f"""Hi Mark,

Thanks for checking first. Without a letter from us you're not obligated to provide anything, and we'd ask you not to set up something informal since it can create problems later. The best path is to point {f} to us -- he can request an intake this week and we can sometimes issue a provisional letter in a few days if his documentation is straightforward.

I'd also gently suggest he talk to Student Health about the prescription issue; they can sometimes bridge it.

If he comes in, we'll take it from there.

Lorraine

{sig('dir')}

{on_wrote(d0, 'Mark Gellar', 'mgellar@' + DOM)}
{quote(orig)}
"""
    return dict(frm=A("dir"), to=A("gellar"), subject="RE: student asking for extra time",
                body=body, date=d, reply=True, patient=f"{f} {l}")

def names_7():
    f, l = student()
    d = rdate(40, 90)
    body = f"""Hi Beth,

Quick one on {l}, {f} (women's soccer). She had the ACL repair on the 9th and is on crutches for at least 4 more weeks, non weight bearing. Our athletic trainer says she's cleared to be in class but can't get up the Pruitt stairs and she's still pretty foggy on the pain meds in the afternoons.

Can she get temporary accommodations (elevator key for Pruitt, rides, maybe extra time)? She's got a stats exam on the 21st. I have a note from Dr. Munoz in sports med, happy to send.

Thanks!
Kelsey Marchetti
Academic Advisor, Student-Athlete Support Services
(608) 555-0166
"""
    return dict(frm=P("Kelsey Marchetti", f"kmarchetti@{DOM}"), to=A("beth"),
                subject=f"temp accommodations - {l}", body=body, date=d, patient=f"{f} {l}")

def names_8():
    f, l = student()
    d = rdate(0, 20)
    body = f"""Case notes - return from medical leave meeting

Attendees: L. Whitcomb (DRC), B. Sandoval (DRC), Dean of Students rep (K. Imhoff), Mrs. {l} (mother), {f} (student)

{f} is returning for fall after a spring medical withdrawal. She completed a residential program for an eating disorder in March-May and has been in the outpatient program at home since. Mrs. {l} did most of the talking at the beginning; {f} was quieter but engaged once we moved to the class schedule.

Agreed:
- {f} will keep weekly appointments with the campus dietitian and CAPS; she's OK with CAPS confirming attendance to Dean of Students only (release signed today)
- accommodation letter: flexible attendance for scheduled appointments, meal break allowed during exams over 2 hrs
- she'd like a single room -- Kristen to follow up
- Mrs. {l} asked to be called if {f} misses appointments; we explained we can't do that without {f}'s written consent. {f} declined for now.

Next check-in: 3 weeks.

BS
"""
    return dict(frm=A("beth"), to=A("dir"), cc=P("Karen Imhoff", f"kimhoff@{DOM}"),
                subject="notes from this morning", body=body, date=d, patient=f"{f} {l}")

NAMES = [names_1, names_2, names_3, names_4, names_5, names_6, names_7, names_8]

# =====================================================================
# PHI: self
# =====================================================================
def self_1():
    f, l = student()
    d = rdate(5, 40, late=True)
    body = f"""hi im a freshman and i want to request extended time for tests. i had it in high school. i have a letter from dr. kessler that says i have dyslexia and adhd, can i just email it to you or do i have to come in? my first test is next wed

thanks
{f.lower()}

Sent from my iPhone"""
    return dict(frm=P(f"{f} {l}", stu_email(f, l)), to=OFFICE, subject="extended time",
                body=body, date=d, patient=f"{f} {l}")

def self_2():
    f, l = student()
    d = rdate(30, 70)
    body = f"""Hi Steven,

I'm an office manager in the School of Nursing (been here 11 years). I was diagnosed with breast cancer last month and I start chemo on the 14th, every other Thursday for 16 weeks. My oncologist says I'll probably be pretty wiped out Friday and Monday after each round.

I'd really like to keep working if I can. Would it be possible to work from home on the Fridays and Mondays after treatment, and come in the rest of the week? My supervisor is supportive but she said it has to go through you.

I can get whatever paperwork you need from the cancer center. I'd prefer this not go further than HR and my supervisor.

Thank you,
{f} {l}
Office Manager, School of Nursing
{phone('608')}
"""
    return dict(frm=P(f"{f} {l}", f"{slug(f)[0]}{slug(l)}@{DOM}"), to=A("steven"),
                subject="accommodation question - treatment schedule", body=body, date=d,
                patient=f"{f} {l}")

def self_3():
    f, l = student()
    d = rdate(5, 30, late=True)
    d0 = earlier(d, 3000, 8000)
    orig = f"""Hi {f},

Your request for an emotional support animal is still under review. We received the letter from your therapist on {usd(d0 - timedelta(days=2))} and it will go to the housing accommodation committee on Thursday.

Kristen Yoder
Residence Life"""
    body = f"""hey so its been like 2 weeks since the committee, did it go through?? my therapist said the letter was all good. my cat is at my moms and im not doing great without her honestly, i havent been sleeping. can i at least know when

- {f.lower()}

{on_wrote(d0, 'Kristen Yoder', 'kyoder@' + DOM)}
{quote(orig)}"""
    return dict(frm=P(f"{f} {l}", stu_email(f, l)), to=A("kristen"), subject="Re: ESA request",
                body=body, date=d, reply=True, patient=f"{f} {l}")

def self_4():
    f, l = student()
    d = rdate(20, 60)
    due = d + timedelta(days=random.randint(60, 90))
    body = f"""Hello,

I'm a second-year PhD student in Sociology and I'm pregnant, due around {due:%B} {due.day}. My OB says I'm high-risk because of blood pressure, so I'll have appointments every week from now on, and she wants me off my feet as much as possible.

I'm teaching a discussion section (SOC 101, Tue/Thu) and taking two seminars. I'd like to ask about:
- remote attendance for my seminars on days I have appointments
- a parking permit closer to Pruitt Hall
- what happens with my TA appointment once the baby comes -- is that you or the Graduate School?

I have a letter from my OB. Could I set up an intake appointment? Mornings are best.

Best,
{f} {l}
PhD Candidate, Department of Sociology
"""
    return dict(frm=P(f"{f} {l}", stu_email(f, l)), to=OFFICE, subject="Pregnancy-related accommodations",
                body=body, date=d, patient=f"{f} {l}")

def self_5():
    f, l = student()
    d = rdate(40, 80)
    s = sid()
    body = f"""Dear Director Whitcomb,

I am writing to formally appeal the decision dated {usd(d - timedelta(days=6))} denying my request for a reduced course load and a single room (case DRC-2024-{random.randint(1000, 1999)}, Student ID {s}).

The denial letter says my documentation did not establish a current substantial limitation. I want to explain the situation more fully. I have had Crohn's disease since I was 15. This fall I had a flare that put me in the hospital at Mercy Valley for five days in September. I am now on an infusion every eight weeks and on prednisone, which is being tapered. During flares I can need the bathroom 10-15 times a day, which is why a shared bathroom is extremely difficult, and the fatigue makes five classes unrealistic.

My gastroenterologist, Dr. Fenwick, has written an updated letter (attached to my portal) that describes these limitations in more detail. The earlier letter was short because I submitted it from the hospital.

I would also like to ask that in the future the decision letter explain what was missing, so I can fix it.

Thank you for considering my appeal. I'm available to meet any time except Tuesday mornings.

Sincerely,
{f} {l}
{phone()}
"""
    return dict(frm=P(f"{f} {l}", stu_email(f, l)), to=A("dir"), cc=OFFICE,
                subject="Appeal of accommodation decision", body=body, date=d, html=True,
                patient=f"{f} {l}")

def self_6():
    f, l = student()
    d = rdate(50, 95)
    inj = d - timedelta(days=4)
    body = f"""Hi,

I got a concussion playing intramural volleyball on {usd(inj)} and the urgent care doctor said I need to limit reading and screens for at least a week. I'm supposed to have a BIO 110 exam and a paper due this week. Can I get temporary accommodations? The doctor's note is attached.

Thank you,
{f} {l}
"""
    note = pdf([
        "Parkway Urgent Care",
        "1880 Commerce Ave, Suite 3",
        "",
        f"Date: {usd(inj)}",
        f"Patient: {f} {l}    DOB: {usd2(dob(2003, 2006))}",
        "",
        "To whom it may concern:",
        "The above patient was seen today for a head injury and was diagnosed with a concussion.",
        "Recommend cognitive rest: limited reading/screen time, no exams for 7 days,",
        "then gradual return. Follow up with primary care if symptoms persist.",
        "",
        "Hollis Mbatha, MD",
    ], "Work/School note")
    return dict(frm=P(f"{f} {l}", stu_email(f, l)), to=OFFICE, subject="Concussion - temporary accommodations",
                body=body, date=d, atts=[att_bin(note, "application", "pdf", "school_note.pdf")],
                patient=f"{f} {l}")

def self_7():
    f, l = student()
    d = rdate(60, 100)
    body = f"""Hello,

I got a bill from Student Health for $1,840 for "psychological testing" from {usd(d - timedelta(days=55))}. I was told by the DRC that I needed updated testing for my learning disability accommodations, and the psychologist at Student Health said the student insurance (SHIP) would cover it. Now the statement says insurance denied it.

Is there any way to set up a payment plan or appeal this? I really can't pay this all at once. My student ID is {sid()}.

Thanks,
{f}
"""
    return dict(frm=P(f"{f} {l}", home_email(f, l)), to=P("Student Health Billing", f"shs-billing@{DOM}"),
                subject="question about my bill", body=body, date=d, patient=f"{f} {l}")

SELF = [self_1, self_2, self_3, self_4, self_5, self_6, self_7]

# =====================================================================
# PHI: struct
# =====================================================================
def hl7ts(d):
    return d.strftime("%Y%m%d%H%M%S")

def struct_1():
    f, l = student()
    d = rdate(20, 70)
    bd = dob()
    s = sid()
    bundle = {
        "resourceType": "Bundle", "type": "collection", "timestamp": d.isoformat(),
        "entry": [
            {"resource": {"resourceType": "Patient", "id": f"shs-{digits(6)}",
                          "identifier": [{"system": "urn:halloran:sid", "value": s},
                                         {"system": "urn:halloran:shs:mrn", "value": digits(7)}],
                          "name": [{"family": l, "given": [f]}], "gender": random.choice(["female", "male"]),
                          "birthDate": bd.strftime("%Y-%m-%d"),
                          "telecom": [{"system": "email", "value": stu_email(f, l)}]}},
            {"resource": {"resourceType": "Condition", "id": f"cond-{digits(5)}",
                          "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
                          "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "H90.3",
                                               "display": "Sensorineural hearing loss, bilateral"}]},
                          "subject": {"reference": "Patient/shs-xxxx"}, "recordedDate": (d - timedelta(days=400)).strftime("%Y-%m-%d")}},
            {"resource": {"resourceType": "DocumentReference", "id": f"doc-{digits(5)}", "status": "current",
                          "type": {"text": "Disability verification - audiology"},
                          "date": (d - timedelta(days=3)).isoformat(),
                          "content": [{"attachment": {"contentType": "application/pdf", "title": "DVF_audiology.pdf"}}]}},
        ]}
    body = f"""Wen, Beth --

This is the payload that failed on the SHS -> AccessPortal feed overnight (validation error: Condition.subject reference doesn't resolve, their side is sending a placeholder). I'm pulling it out of the dead-letter queue so you can see what it would have loaded. Please don't forward, it's a real record. I'll delete the copy from the share once the vendor confirms the fix.

Ticket INC0{digits(6)}.

Derek

{sig('derek', 'mid')}
"""
    return dict(frm=A("derek"), to=[A("wen"), A("beth")], subject="failed FHIR bundle from SHS feed",
                body=body, date=d, atts=[att_text(json.dumps(bundle, indent=2), "plain", "bundle_failed.json")],
                patient=f"{f} {l}")

def struct_2():
    f, l = student()
    d = rdate(10, 80)
    bd = dob()
    mid = f"MSG{digits(8)}"
    hl7 = "\r".join([
        f"MSH|^~\\&|PYRAMED|HALLORAN_SHS|ACCESSPORTAL|HALLORAN_DRC|{hl7ts(d)}||ADT^A04^ADT_A01|{mid}|P|2.5.1",
        f"EVN|A04|{hl7ts(d)}",
        f"PID|1||{sid()}^^^HALLORAN^SID~{digits(7)}^^^SHS^MR||{l.upper()}^{f.upper()}^||{bd:%Y%m%d}|{random.choice('FM')}|||{random.randint(100, 999)} {random.choice(['Elm', 'Orchard', 'Lakeview', 'Regent'])} St Apt {random.randint(1, 12)}^^Madison^WI^53703||{phone('608').replace(' ', '')}|||S",
        f"PV1|1|O|SHS^BH2^^HALLORAN||||{digits(10)}^ABATI^CORINNE^^^^PSYD|||||||||||V{digits(8)}",
        "DG1|1||F90.0^Attention-deficit hyperactivity disorder, predominantly inattentive type^I10||" + d.strftime("%Y%m%d") + "|W",
        "ZDR|Y|DRC_REFERRAL|Eval for accommodations",
    ])
    body = f"""Interface alert: channel SHS_ADT_TO_ACCESSPORTAL

Status: ERROR (AE)
Time: {d:%Y-%m-%d %H:%M:%S}
Error: Segment ZDR not defined in inbound profile v3. Message held.
Control ID: {mid}

Raw message:
{hl7.replace(chr(13), chr(10))}

-- Mirth Connect @ hu-intg-02
"""
    return dict(frm=P("Integration Alerts", f"intg-alerts@{DOM}"), to=[A("derek")],
                subject=f"[ALERT] SHS_ADT_TO_ACCESSPORTAL error {mid}", body=body, date=d,
                headers={"Auto-Submitted": "auto-generated"}, patient=f"{f} {l}")

def struct_3():
    f, l = student()
    d = rdate(40, 90)
    bd = dob()
    mid = f"HLU{digits(8)}"
    ctl = digits(9)
    dos = (d - timedelta(days=30)).strftime("%Y%m%d")
    segs = [
        f"ISA*00*          *00*          *ZZ*BRIGHTFLD01    *ZZ*CARDINALSHP    *{d:%y%m%d}*{d:%H%M}*^*00501*{ctl}*0*P*:",
        f"GS*HC*BRIGHTFLD01*CARDINALSHP*{d:%Y%m%d}*{d:%H%M}*{int(ctl) % 10000}*X*005010X222A1",
        "ST*837*0001*005010X222A1",
        f"BHT*0019*00*{digits(8)}*{d:%Y%m%d}*{d:%H%M}*CH",
        "NM1*41*2*BRIGHTFIELD NEUROPSYCHOLOGY*****46*BF40021",
        "PER*IC*BILLING*TE*9205550177",
        "NM1*40*2*CARDINAL STUDENT HEALTH PLAN*****46*CSHP01",
        "HL*1**20*1",
        "NM1*85*2*BRIGHTFIELD NEUROPSYCHOLOGY*****XX*1548290173",
        "N3*2200 CAPITOL PKWY STE 410", "N4*MADISON*WI*53704",
        "REF*EI*391234567",
        "HL*2*1*22*0",
        "SBR*P*18*HLU-STU-24******CI",
        f"NM1*IL*1*{l.upper()}*{f.upper()}****MI*{mid}",
        f"N3*{random.randint(100, 999)} UNIVERSITY AVE APT {random.randint(1, 30)}", "N4*MADISON*WI*53715",
        f"DMG*D8*{bd:%Y%m%d}*{random.choice('FM')}",
        "NM1*PR*2*CARDINAL STUDENT HEALTH PLAN*****PI*CSHP01",
        f"CLM*{digits(10)}*1650***11:B:1*Y*A*Y*Y",
        "HI*ABK:F81.0*ABF:F90.0",
        "NM1*82*1*ABATI*CORINNE****XX*1669482037",
        "LX*1", f"SV1*HC:96132*1050*UN*1***1:2", f"DTP*472*D8*{dos}",
        "LX*2", f"SV1*HC:96133*600*UN*2***1:2", f"DTP*472*D8*{dos}",
        "SE*29*0001", f"GE*1*{int(ctl) % 10000}", f"IEA*1*{ctl}",
    ]
    x12 = "~\n".join(segs) + "~\n"
    body = f"""Gloria, per our call -- this is the 837 we resubmitted for the evaluation. The plan says it's excluded as "educational testing". We're asking them to reprocess since the referral came from SHS psychiatry. If DRC can confirm you did not require it, that should close it out.

Corrina Vance
Billing, Brightfield Neuropsychology
"""
    return dict(frm=P("Corrina Vance", "cvance@brightfieldneuro.com"), to=A("gloria"),
                subject="837 resubmission copy", body=body, date=d,
                atts=[att_text(x12, "plain", f"837P_{ctl}.txt")], patient=f"{f} {l}")

def struct_4():
    f, l = student()
    d = rdate(0, 40)
    bd = dob()
    mid = f"HLU{digits(8)}"
    ctl = digits(9)
    segs = [
        f"ISA*00*          *00*          *ZZ*CARDINALSHP    *ZZ*HALLORANSHS    *{d:%y%m%d}*{d:%H%M}*^*00501*{ctl}*0*P*:",
        f"GS*HB*CARDINALSHP*HALLORANSHS*{d:%Y%m%d}*{d:%H%M}*{int(ctl) % 1000}*X*005010X279A1",
        "ST*271*0001*005010X279A1", f"BHT*0022*11*{digits(10)}*{d:%Y%m%d}*{d:%H%M}",
        "HL*1**20*1", "NM1*PR*2*CARDINAL STUDENT HEALTH PLAN*****PI*CSHP01",
        "HL*2*1*21*1", "NM1*1P*2*HALLORAN UNIVERSITY STUDENT HEALTH*****XX*1730288451",
        "HL*3*2*22*0", f"TRN*2*{digits(10)}*9HALLORAN",
        f"NM1*IL*1*{l.upper()}*{f.upper()}****MI*{mid}", f"DMG*D8*{bd:%Y%m%d}*{random.choice('FM')}",
        f"DTP*346*D8*20240815",
        "EB*1*IND*30**STUDENT SHIP 24-25",
        "EB*B*IND*A4***27*25*****Y", "MSG*OUTPATIENT MENTAL HEALTH OFFICE VISIT COPAY",
        "EB*C*IND*30***23*250", "EB*I*IND*BD****N", "MSG*PSYCHOLOGICAL TESTING FOR EDUCATIONAL OR ACCOMMODATION PURPOSES EXCLUDED",
        "SE*17*0001", f"GE*1*{int(ctl) % 1000}", f"IEA*1*{ctl}",
    ]
    body = f"""Pat,

Eligibility came back on the student you asked about ({f[0]}. {l}). Active on SHIP, $25 copay for outpatient MH, but look at the MSG line -- testing for accommodation purposes is excluded. So if CAPS refers for a full eval it won't be covered unless it's diagnostic. Raw response below.

{"~".join(segs)}~

Renee
"""
    return dict(frm=P("Renee Lachapelle", f"rlachapelle@{DOM}"), to=A("pat"),
                subject="271 - eligibility response", body=body, date=d, patient=f"{f} {l}")

def struct_5():
    d = rdate(30, 100)
    hdr = "SID|LAST|FIRST|EMAIL|TERM|ACCOM_CODE|ACCOM_DESC|TIME_MULT|ROOM_REQ|EFF_DATE|EXP_DATE"
    lines, names = [hdr], []
    codes = [("ET15", "Extended time 1.5x", "1.5", "N"), ("ET20", "Extended time 2x", "2.0", "N"),
             ("RDR", "Reduced distraction room", "1.0", "Y"), ("SCRB", "Scribe", "1.5", "Y"),
             ("BRK", "Stop-the-clock breaks", "1.0", "N"), ("CMP", "Computer w/ spellcheck", "1.0", "N"),
             ("LPR", "Large print 18pt", "1.0", "N"), ("MED", "Medical supplies/snacks at desk", "1.0", "N")]
    for _ in range(7):
        f, l = student()
        names.append(f"{f} {l}")
        for c in random.sample(codes, random.randint(1, 3)):
            lines.append("|".join([sid(), l.upper(), f.upper(), stu_email(f, l), "2248", c[0], c[1], c[2], c[3],
                                   "20240826", "20241220"]))
    body = f"""Nightly export AP_TESTING_ACCOMS completed.
Rows: {len(lines) - 1}
File: AP_TESTING_ACCOMS_{d:%Y%m%d}.txt
Destination: sftp://tc-sched.{DOM}/inbound/

This is an automated message.
"""
    return dict(frm=NOREPLY, to=[A("ray"), A("derek")], subject=f"[AccessPortal] Export complete: AP_TESTING_ACCOMS {d:%Y-%m-%d}",
                body=body, date=d, headers={"Auto-Submitted": "auto-generated"},
                atts=[att_text("\n".join(lines) + "\n", "plain", f"AP_TESTING_ACCOMS_{d:%Y%m%d}.txt")],
                patient="; ".join(names))

def struct_6():
    f, l = student()
    d = rdate(40, 110)
    ex = d + timedelta(days=5)
    payload = {
        "event": "exam_booking.updated", "id": f"evt_{digits(12)}", "created": d.isoformat(),
        "data": {"booking_id": f"BK-{digits(6)}", "student": {"sid": sid(), "name": f"{f} {l}",
                 "email": stu_email(f, l), "phone": phone("608")},
                 "course": "STAT 201-004", "instructor": "Okonjo, P.",
                 "start": ex.replace(hour=13, minute=0).isoformat(), "duration_min": 150,
                 "accommodations": ["2x time", "stop-the-clock breaks", "blood glucose monitor/phone permitted",
                                    "food/drink at desk"],
                 "notes": "student may need to check CGM mid-exam; do not collect phone",
                 "status": "confirmed", "changed_fields": ["start", "room"], "room": "Kessler 140C"}}
    body = f"""hey Derek, the webhook to the proctor dashboard is double-posting updates again. Here's one of the bodies from the log (came in twice, 2 sec apart). Can you look?

{json.dumps(payload, indent=2)}

thx
Ray
"""
    return dict(frm=A("ray"), to=A("derek"), subject="webhook dupes again", body=body, date=d,
                patient=f"{f} {l}")

def struct_7():
    f, l = student()
    d = rdate(20, 90)
    ap = d + timedelta(days=random.randint(2, 9))
    ap = ap.replace(hour=random.choice([9, 10, 13, 14]), minute=0)
    bd = dob()
    hl7 = "\n".join([
        f"MSH|^~\\&|TITANIUM|HALLORAN_CAPS|ACCESSPORTAL|HALLORAN_DRC|{hl7ts(d)}||SIU^S12^SIU_S12|{digits(9)}|P|2.5",
        f"SCH|{digits(6)}^CAPS||||||INTAKE^Initial intake assessment|60|MIN|^^60^{hl7ts(ap)}^{hl7ts(ap + timedelta(minutes=60))}|||||||||||||||BOOKED",
        f"PID|1||{sid()}^^^HALLORAN^SID||{l.upper()}^{f.upper()}||{bd:%Y%m%d}|{random.choice('FMU')}",
        "PV1|1|O|CAPS^RM4",
        "RGS|1",
        f"AIS|1||INTAKE^Initial intake assessment|{hl7ts(ap)}|||60|MIN",
        "AIP|1||NFELD^FELD^NAOMI^^^LPC|PRIMARY",
        "NTE|1||Referred by DRC (T. Marsh). Test anxiety / panic. Prefers female clinician.",
    ])
    body = f"""FYI -- this is the scheduling message that's supposed to feed the referral tracker. The NTE is coming through with the referral reason in plain text, which we agreed wouldn't go to AccessPortal. Can we strip NTE on the DRC route?

{hl7}

Naomi
"""
    return dict(frm=A("naomi"), to=A("derek"), cc=A("tiff"), subject="SIU feed - NTE segment",
                body=body, date=d, patient=f"{f} {l}")

STRUCT = [struct_1, struct_2, struct_3, struct_4, struct_5, struct_6, struct_7]

# =====================================================================
# CLEAN: admin
# =====================================================================
def admin_1():
    d = rdate(70, 90)
    body = f"""Hi Scheduling,

The Testing Center needs overflow space for finals week. Could we reserve the following?

  Pruitt Hall 102 and 104
  Mon 12/9 through Fri 12/13, 7:30 AM - 9:00 PM daily

Requirements (same as last year): blinds that close, wall clock visible from all seats, no class-change bell, a working outlet at every other desk, and a table at the door for check-in. We'll bring our own dividers and white-noise machines.

We're projecting about 1,450 exam sessions for finals, up from 1,280 last December, so Kessler 140 alone won't hold it.

Thanks,
{sig('ray')}
"""
    return dict(frm=A("ray"), to=P("Room Scheduling", f"roomsched@{DOM}"), subject="Finals overflow rooms - Pruitt 102/104",
                body=body, date=d)

def admin_2():
    d = rdate(10, 40)
    body = f"""Hi Gloria,

Can you put in an order for the following for the Testing Center? We're running low before midterms.

- foam earplugs, 200 ct box x 4
- noise-cancelling headphones (the Koss ones, not the cheap ones) x 6
- white-noise machines x 3 (two died)
- digital countdown timers x 10
- handheld magnifiers 3x/5x x 4
- colored reading overlays, assorted pack x 2
- disinfectant wipes x 6 canisters
- #2 pencils, 144 ct x 2

Charge to 20-4410-TC supplies. Total should be under $900.

Thanks!
Minh
"""
    return dict(frm=A("minh"), to=A("gloria"), cc=A("ray"), subject="supply order - testing center",
                body=body, date=d)

def admin_3():
    d = rdate(30, 60)
    w = d + timedelta(days=9)
    body = f"""SCHEDULED MAINTENANCE NOTICE

System: AccessPortal (accommodations management) - staff, student and faculty portals
Window: {w:%A, %B} {w.day}, 10:00 PM - {w + timedelta(days=1):%A} 2:00 AM
Impact: All portals unavailable. Exam booking, letter requests and note uploads will be down. Scheduled notifications will be queued and delivered after the window.

What's changing: vendor upgrade to release 24.3 (new faculty letter acknowledgment screen, SSO certificate renewal). No action needed from users.

Questions: IT Service Desk, (608) 555-0100 option 2, or servicedesk@{DOM}.

Information Technology Services
Halloran University
"""
    return dict(frm=P("ITS Change Management", f"its-change@{DOM}"), to=P("DRC Staff", f"drc-staff@{DOM}"),
                subject=f"[Planned] AccessPortal maintenance {w:%m/%d}", body=body, date=d, html=True)

def admin_4():
    d = rdate(0, 30)
    body = f"""Lorraine,

Here are the key terms from the renewal draft Signwell sent over, so you don't have to read all 14 pages:

- ASL interpreting: $68/hr per interpreter (up from $64), 2-hr minimum
- Team required for assignments over 90 minutes or technical content
- CDI/deaf interpreter: $75/hr
- CART remote: $2.10/min; onsite $145/hr
- Cancellation: under 48 business hours billed in full; under 5 business days 50%
- Travel: mileage at IRS rate beyond 25 miles
- Net 45 payment terms, invoices by the 5th of the following month
- Term: 7/1/2025 - 6/30/2027, one renewal option

At current volume that's about a 6% increase, roughly $38K over the year. I'd push back on the 48-hour cancellation -- for classes that get cancelled by the instructor same-day we have no control.

Colleen
"""
    return dict(frm=A("colleen"), to=A("dir"), subject="Signwell renewal - terms summary", body=body, date=d)

def admin_5():
    d = rdate(0, 20)
    body = f"""Team,

As discussed at the retreat, we're updating the documentation guidelines effective this semester. Summary:

1. A high school IEP or 504 plan may be accepted as sufficient documentation for provisional accommodations for one semester.
2. Documentation should come from a licensed professional qualified to diagnose the condition and should describe current functional limitations, not just the diagnosis.
3. We are removing the "within 3 years" rule for conditions that are stable and lifelong (e.g., blindness, deafness, cerebral palsy). Coordinators may use judgment for conditions that change over time.
4. Student self-report, observation and interaction during intake are all legitimate sources of information.
5. We will not require students to pay for new testing when existing documentation plus intake establishes need.

Updated guidelines PDF is on the shared drive under Policies/2024. Please stop using the old checklist.

Lorraine

{sig('dir')}
"""
    return dict(frm=A("dir"), to=P("DRC Staff", f"drc-staff@{DOM}"), subject="Documentation guidelines update",
                body=body, date=d)

def admin_6():
    d = rdate(20, 60)
    mt = (d + timedelta(days=6)).replace(hour=14, minute=0, second=0)
    body = f"""Hi all,

Agenda for the monthly Accommodation Review Committee. No individual requests this month -- it's a process meeting.

1. Review of turnaround times (median days from complete documentation to letter)
2. Temporary accommodations for injuries -- who approves, and for how long
3. Lab safety and service animals: draft walk-through checklist from Chemistry / EHS
4. Final exam season staffing
5. Faculty complaints process -- draft language

Calendar invite attached. Kessler 145 or Zoom.

Gloria
"""
    inv = ics("Accommodation Review Committee (process)", mt, 60, "Kessler 145 / Zoom",
              "Monthly ARC meeting. Agenda in email.", ("Gloria Pettaway", f"gpettaway@{DOM}"),
              f"{digits(10)}@{DOM}")
    return dict(frm=A("gloria"), to=[A("dir"), A("beth"), A("jamal"), A("tiff"), A("kristen")],
                subject="ARC meeting agenda", body=body, date=d,
                atts=[att_text(inv, "calendar", "invite.ics")])

def admin_7():
    d = rdate(30, 100)
    body = f"""ACCESSIBILITY ALERT

The passenger elevator in Pruitt Hall (west) is out of service starting {usd(d)} for a controller replacement. Estimated return: {usd(d + timedelta(days=10))}.

- The freight elevator (east) is available with a key. Keys may be borrowed from the Pruitt Hall main office (Room 101), 7:30 AM - 5:00 PM.
- Instructors teaching on floors 2-4 who have been notified that a student needs an accessible room should contact Room Scheduling; we will relocate sections to the ground floor as space permits.
- The accessible entrance on the north side remains open.

We apologize for the inconvenience.

Facilities Management & the Disability Resource Center
"""
    return dict(frm=P("Facilities Management", f"facilities@{DOM}"), to=P("Faculty & Staff", f"all-faculty-staff@{DOM}"),
                subject="Pruitt Hall west elevator out of service", body=body, date=d)

ADMIN = [admin_1, admin_2, admin_3, admin_4, admin_5, admin_6, admin_7]

# =====================================================================
# CLEAN: lookalike
# =====================================================================
def look_1():
    d = rdate(40, 110)
    inv = f"SW-{digits(6)}"
    po = f"P{digits(7)}"
    rows = [["Date", "Course/Event", "Svc", "Hrs", "Interp ID", "Rate", "Amount"]]
    tot = 0
    for _ in range(7):
        dd = d - timedelta(days=random.randint(5, 30))
        h = random.choice([1.5, 2, 2, 3, 3.5])
        rate = random.choice([64, 64, 72])
        tot += h * rate
        rows.append([f"{dd:%m/%d}", random.choice(["BIO 110 lab", "ENG 101", "SOC 205", "Convocation", "MATH 121", "COMM 200"]),
                     random.choice(["ASL", "ASL-T", "CDI"]), f"{h:.1f}", f"NIC-{digits(5)}", f"${rate}", f"${h * rate:,.2f}"])
    body = f"""Please find attached invoice {inv} for services rendered. Reference PO {po}.

{table(rows)}

Subtotal: ${tot:,.2f}
Terms: Net 45
Remit to: Signwell Interpreting LLC, PO Box 4471, Madison WI 53701
Federal Tax ID: 39-{digits(7)}

Thank you for your business!
Accounts Receivable | Signwell Interpreting | (608) 555-0133
"""
    return dict(frm=P("Signwell AR", "ar@signwell-interp.com"), to=A("gloria"),
                subject=f"Invoice {inv} / PO {po}", body=body, date=d)

def look_2():
    d = rdate(20, 80)
    trk = f"1Z{digits(4)}X{digits(2)}{digits(10)}"
    body = f"""Your shipment is on the way!

Order #: HIMS-{digits(7)}
Ship to: Halloran University DRC, Kessler Hall Rm 140, Madison WI 53706
Carrier: UPS Ground
Tracking: {trk}
Estimated delivery: {usd(d + timedelta(days=4))}

Item                                   Qty   Serial / Lot
Braille embosser, 60 cps               1     SN EB60-{digits(8)}
Tactile graphics paper, 11x11.5        2     LOT 24{digits(4)}-B
Refreshable braille display, 40 cell   1     SN BD40-{digits(8)}
Extended warranty, 3 yr                1     WTY-{digits(9)}

PO: P{digits(7)}   Customer acct: 00{digits(6)}

Questions? Reply to this email or call 1-800-555-0148.
"""
    return dict(frm=P("HumanWare Orders", "orders@accesstech-supply.com"), to=A("wen"),
                subject=f"Shipped: order HIMS-{digits(7)}", body=body, date=d, html=True)

def look_3():
    d = rdate(0, 40)
    rows = [["Asset tag", "Item", "Serial", "Location", "License key / ID", "Expires"]]
    for i in range(12):
        item = random.choice(["Dell Latitude 5440", "JAWS Pro (site)", "ZoomText Fusion", "Kurzweil 3000", "Dragon Prof 16",
                              "Livescribe pen", "CCTV magnifier 24\"", "Sit-stand desk"])
        rows.append([f"HU-{digits(6)}", item, digits(3) + "-" + digits(6), random.choice(["TC-01", "TC-04", "TC-07", "Loaner", "AT Lab"]),
                     f"{digits(4)}-{digits(4)}-{digits(4)}" if "(" in item or "Fusion" in item or "Kurzweil" in item or "Dragon" in item else "",
                     random.choice(["06/30/2025", "08/31/2025", ""])])
    body = f"""Attached is the AT inventory for the annual audit. Loaner pool is 9 laptops, 4 pens, 2 magnifiers. Two Dragon licenses are unassigned if anyone needs them for a workstation.

Wen
"""
    return dict(frm=A("wen"), to=A("gloria"), subject="AT inventory - annual audit", body=body, date=d,
                atts=[att_bin(xlsx(rows, "Inventory"), *XLSX_T, "AT_inventory_FY25.xlsx")])

def look_4():
    d = rdate(0, 15)
    lines = [("Main line", "(608) 555-0140"), ("Fax", "(608) 555-0149"), ("Videophone (ASL)", "(608) 555-0150"),
             ("Testing Center front desk", "(608) 555-0151")]
    for k in ["dir", "beth", "jamal", "tiff", "ray", "minh", "wen", "colleen", "gloria"]:
        lines.append((f"{S[k][0]} - {S[k][2]}", S[k][4] + f"  {S[k][1]}@{DOM}"))
    body = "DRC Quick Directory - Fall 2024 (updated)\n\n" + "\n".join(f"{a:<52} {b}" for a, b in lines) + f"""

After hours / emergencies: Campus Police (608) 555-0111
Relay: dial 711
Counseling 24/7 line: (608) 555-0100

Please print and post by your desk. -G
"""
    return dict(frm=A("gloria"), to=P("DRC Staff", f"drc-staff@{DOM}"), subject="updated phone list", body=body, date=d)

def look_5():
    d = rdate(60, 100)
    rows = [["Primary category", "Students", "% of registered"],
            ["ADHD", 402, "31.3%"], ["Psychological / mental health", 377, "29.4%"], ["Learning disability", 168, "13.1%"],
            ["Chronic health", 141, "11.0%"], ["Autism", 63, "4.9%"], ["Mobility", 48, "3.7%"],
            ["Deaf / hard of hearing", 29, "2.3%"], ["Blind / low vision", 22, "1.7%"], ["Temporary injury", 34, "2.6%"],
            ["Total", 1284, "100%"]]
    body = f"""For the Provost's annual report -- Fall 2024 census numbers (as of the 10th day):

{table(rows, '    ')}

Other numbers:
- 9,412 exams proctored (Fall 23: 8,077)
- 318 housing accommodation requests, 271 approved
- 2,146 interpreting/CART hours
- median time from complete documentation to letter: 4 business days

Categories under 10 are suppressed in anything that goes outside the office. Please double-check my math before I send.

Lorraine
"""
    return dict(frm=A("dir"), to=[A("beth"), A("gloria")], subject="fall census numbers for Provost", body=body, date=d)

def look_6():
    d = rdate(10, 60)
    body = f"""Hi Lorraine,

You asked which codes show up when students get evaluations through SHS, so your staff know what they're looking at on a superbill. Reference only:

CPT
  96130 / 96131  Psychological testing evaluation, first hr / each add'l hr
  96132 / 96133  Neuropsychological testing evaluation, first hr / each add'l hr
  96136 / 96137  Test administration by professional, first 30 min / each add'l
  90791          Psychiatric diagnostic evaluation
  92557          Comprehensive audiometry
  92004          Ophthalmological exam, new patient, comprehensive

Common ICD-10-CM codes on DRC-related visits
  F90.0 / F90.2   ADHD, inattentive / combined
  F81.0           Specific reading disorder
  F84.0           Autistic disorder
  F41.1           Generalized anxiety disorder
  H90.3           Sensorineural hearing loss, bilateral
  G43.909         Migraine, unspecified

SHIP covers the evaluation codes when medically necessary; it excludes testing done solely for academic accommodation. NPI for SHS billing is 1730288451.

Renee Lachapelle
Billing Coordinator, Student Health Services
"""
    return dict(frm=P("Renee Lachapelle", f"rlachapelle@{DOM}"), to=A("dir"), subject="codes reference for your team",
                body=body, date=d)

def look_7():
    d = rdate(10, 100)
    inc = f"INC0{digits(6)}"
    body = f"""Incident {inc} has been updated.

Short description: TC-07 (Kessler 140) - Dragon not launching after Windows update
Caller: Wen Liu
Priority: 3 - Moderate
Assignment group: ITS Desktop Support - East
Assigned to: Derek Amundsen
State: In Progress
Opened: {d - timedelta(days=1):%Y-%m-%d %H:%M:%S}
Asset: HU-{digits(6)}  Serial: 5CG{digits(7)}  MAC: 3C:52:82:{digits(2)}:{digits(2)}:{digits(2)}

Work notes:
Rolled back KB50{digits(5)}; Dragon 16.10 launches under admin but not standard user. Reinstalling with per-machine profile path. Related: {inc[:-1]}{(int(inc[-1]) + 3) % 10}, CHG00{digits(5)}.

View: https://servicedesk.{DOM}/nav_to.do?uri=incident.do?sys_id={''.join(random.choice('abcdef0123456789') for _ in range(32))}
"""
    return dict(frm=P("ITS Service Desk", f"servicedesk@{DOM}"), to=A("wen"), subject=f"Incident {inc} updated",
                body=body, date=d, headers={"Auto-Submitted": "auto-generated"})

LOOK = [look_1, look_2, look_3, look_4, look_5, look_6, look_7]

# =====================================================================
# CLEAN: news
# =====================================================================
LOGO = None
def logo():
    global LOGO
    if LOGO is None:
        LOGO = png(180, 50, bg=(255, 255, 255), fg=(122, 28, 46))
    return LOGO

def news_1():
    d = rdate(30, 50)
    body = f"""ACCESS MATTERS -- the DRC newsletter | October 2024

IN THIS ISSUE
- Welcome to our newest coordinator
- Testing Center: book midterms 7 days ahead
- New: AccessPortal mobile view
- By the numbers

TESTING CENTER REMINDER
Midterm season is here. Students must book exams at least 7 days in advance (14 days for finals). Faculty: please upload exams by noon the business day before. Last fall we ran 8,000+ exams; this fall we're on track for more than 9,000.

ACCESSPORTAL MOBILE
Students can now request letters and book exams from their phone. Faculty can acknowledge letters without logging into the desktop portal.

BY THE NUMBERS
1,284 students registered with the DRC this fall -- about 1 in 12 Halloran students.

Questions? drc@{DOM} | (608) 555-0140 | Kessler Hall 140
You are receiving this because you are a Halloran faculty or staff member. Unsubscribe: https://lists.{DOM}/drc-news
"""
    html = html_of(body).replace("<body style=\"font-family:Calibri, Arial, sans-serif;font-size:11pt\">",
                                 "<body style=\"font-family:Arial;font-size:11pt\"><img src=\"https://drc.halloran-u.org/img/logo.png\" alt=\"DRC\"><br>")
    return dict(frm=OFFICE, to=P("Faculty & Staff", f"all-faculty-staff@{DOM}"), subject="Access Matters - October 2024",
                body=body, html=html, date=d, atts=[att_bin(logo(), "image", "png", "drc_logo.png")])

def news_2():
    d = rdate(35, 42)
    body = f"""Disability Awareness Month at Halloran -- October events

Tues 10/8, 12:00  "Invisible Disabilities" panel, Student Union Ballroom B (ASL + CART provided)
Thurs 10/10, 4:00  Accessible Design Jam with the School of Engineering, Langdon 120
Wed 10/16, 7:00  Film screening + discussion: "Crip Camp," Pruitt Auditorium (open captions)
Mon 10/21, all day  Adaptive sports demo -- sit volleyball & wheelchair basketball, Rec Center
Thurs 10/24, 3:00  Faculty workshop: Universal Design for Learning in 20 minutes, Kessler 145

All events are free and open to the campus community. To request an accommodation for an event, contact drc@{DOM} at least 5 days before.

Co-sponsored by the Disability Resource Center, Student Government Association and Disabled Students Union.
"""
    return dict(frm=P("Campus Events", f"events@{DOM}"), to=P("All Students", f"all-students@{DOM}"),
                subject="October is Disability Awareness Month - events", body=body, html=True, date=d)

def news_3():
    d = rdate(50, 90)
    body = f"""Teaching & Learning Research Brief, No. 14

Universal Design and Exam Extended Time: Findings from a Three-Year Pilot

Summary. From 2021 to 2024, 22 course sections at Halloran piloted untimed or "generously timed" exams (time limits set at 2x the instructor's estimate) for ALL students. Compared with 19 matched sections using standard timing, pilot sections showed:

- no significant change in mean exam score (+1.2 points, 95% CI -0.8 to 3.1)
- a 41% reduction in requests to the Testing Center for those courses
- higher student-reported sense of fairness (4.1 vs 3.4 on a 5-point scale)
- most students (78%) finished within 1.25x the original estimate

Limitations: non-random assignment of sections; self-selected instructors; data aggregated at section level only.

Implications. Building flexibility into course design may reduce the need for individual accommodations while preserving rigor. Individual accommodations remain necessary for many students.

Full report: https://ctl.{DOM}/briefs/14
Center for Teaching & Learning
"""
    return dict(frm=P("Center for Teaching & Learning", f"ctl@{DOM}"), to=P("Faculty", f"all-faculty@{DOM}"),
                subject="Research brief: UDL and timed exams", body=body, date=d)

def news_4():
    d = rdate(35, 60)
    body = f"""Student Health Services -- Health Bulletin

FLU & COVID VACCINE CLINICS
No appointment needed. Bring your student/employee ID and insurance card (no cost to you on SHIP or most plans).
  - Student Union, Oct 15 & 16, 10 AM - 3 PM
  - Rec Center lobby, Oct 22, 11 AM - 6 PM
  - SHS clinic, weekdays 9-4 through November

All clinic sites are wheelchair accessible. Seated waiting and a quiet room are available on request -- just ask the check-in table. ASL interpreters available with 48 hrs notice via drc@{DOM}.

RESPIRATORY SEASON
Campus wastewater surveillance shows rising influenza A this month. Stay home when sick, wash hands, and consider a mask in crowded indoor spaces. Students who miss class due to illness should follow their instructor's attendance policy; SHS does not provide absence notes for short illnesses.

Student Health Services | (608) 555-0190 | shs.{DOM}
"""
    return dict(frm=P("Student Health Services", f"shs@{DOM}"), to=P("All Students", f"all-students@{DOM}"),
                subject="Flu & COVID vaccine clinics + respiratory season update", body=body, date=d, html=True)

def news_5():
    d = rdate(0, 10)
    body = f"""Faculty Friday Tips -- Accessible Syllabi

Start of term is the best time to make a few small changes that help every student:

1. Include the DRC statement on your syllabus. Suggested text: "Halloran University is committed to providing equitable access. If you anticipate barriers related to the format or requirements of this course, please contact the Disability Resource Center (drc@{DOM}, 608-555-0140)."
2. Use real headings (Heading 1/2) in Word and Canvas, not bold text -- screen readers depend on them.
3. Caption every video you assign. Canvas Studio auto-captions, but please edit for accuracy.
4. Post slides before class when you can.
5. Avoid scanned PDFs; request accessible versions from the library's Alternate Format desk.

Accommodation letters: you'll receive them through the Faculty Portal. Please acknowledge them within 5 days.

DRC | Center for Teaching & Learning
"""
    return dict(frm=OFFICE, to=P("Faculty", f"all-faculty@{DOM}"), subject="Faculty Friday Tips: accessible syllabi",
                body=body, date=d, html=True)

def news_6():
    d = rdate(60, 100)
    body = f"""Dear Colleagues,

Beginning Spring 2025, all video and audio content posted to University websites, Canvas courses and official social media must be captioned, and all posted documents must meet WCAG 2.1 AA. This aligns Halloran with the updated federal rule for public entities, which sets compliance dates in 2026.

Support available:
- free professional captioning for instructional media through the DRC (request 5 business days ahead)
- Accessibility Office hours every Wednesday 1-3 PM, Library 2nd floor
- self-paced module "Accessible Documents 101" in the Learning Center

We know this is a significant change. Thank you for your work to make Halloran open to everyone.

Provost Miriam Castellanos
Office of the Provost
"""
    return dict(frm=P("Office of the Provost", f"provost@{DOM}"), to=P("Faculty & Staff", f"all-faculty-staff@{DOM}"),
                subject="New University Digital Accessibility Standard", body=body, date=d)

NEWS = [news_1, news_2, news_3, news_4, news_5, news_6]

# =====================================================================
# CLEAN: staff
# =====================================================================
def staff_1():
    d = rdate(85, 95)
    rows = [["Day", "7:30-11:30", "11:30-3:30", "3:30-7:30", "7:30-9:00 close"]]
    pool = ["Minh T.", "Ray D.", "Ashley K.", "Jorge P.", "Hannah W.", "Devika S.", "Trevor L.", "Simone R.", "Gloria P."]
    for day in ["Mon 12/9", "Tue 12/10", "Wed 12/11", "Thu 12/12", "Fri 12/13"]:
        rows.append([day] + [", ".join(random.sample(pool, 2)) for _ in range(3)] + [random.choice(pool)])
    body = f"""Finals week proctor schedule is below and on the Teams channel. If you need to swap, find someone and let me know -- don't just not show up please :)

{pipe_table(rows)}

Overflow rooms (Pruitt 102/104) will be staffed by whoever is listed first in each slot. Closing person does the exam return run to the drop box.

Pizza Wednesday.

Ray
"""
    return dict(frm=A("ray"), to=Address("Testing Center Proctors", addr_spec=f"tc-proctors@{DOM}"),
                subject="FINALS proctor schedule", body=body, date=d)

def staff_2():
    d = rdate(20, 30)
    body = f"""Hi everyone,

Please join me in welcoming Tiffany Marsh, who starts Monday as our newest Access Coordinator! Tiffany comes to us from Lakeshore Community College, where she spent six years in their Accessibility Services office, and before that she was a special education teacher. She has an M.Ed. in Higher Education Administration and is a certified ADA Coordinator (ADACP).

Tiffany will take the caseload for last names A-F starting October 1, so expect some reassignments in AccessPortal.

She'll be in Kessler 140D. Stop by and say hi -- and maybe bring her coffee, she's been warned about the Kessler machine.

Lorraine
"""
    return dict(frm=A("dir"), to=P("DRC Staff", f"drc-staff@{DOM}"), cc=P("Student Affairs Leadership", f"sa-leadership@{DOM}"),
                subject="Welcome Tiffany Marsh!", body=body, date=d, html=True)

def staff_3():
    d = rdate(0, 15)
    rows = [["Name", "Credentials", "Availability", "Cell"],
            ["Dana Whitfield", "NIC, Ed:K-12", "M-F days", phone("608")],
            ["Marcus Oyelowo", "NIC Advanced", "MWF, evenings", phone("608")],
            ["Ruth Castellano", "CDI", "by request", phone("414")],
            ["Kim Nguyen-Hart", "NIC, BEI Basic", "TR, weekends", phone("608")],
            ["Paul Esterhazy", "CART (CRC)", "remote, M-F", phone("920")]]
    body = f"""Fall on-call roster for short-notice requests (staff interpreters + contracted). Please call in the order listed for the day. For CDI requests go through me first.

{table(rows, '   ')}

Reminder that on-call hours are logged in Kronos under code OC-INT, not regular hours.

Colleen
{sig('colleen', 'mid')}
"""
    return dict(frm=A("colleen"), to=P("DRC Staff", f"drc-staff@{DOM}"), subject="Interpreter on-call roster - Fall",
                body=body, date=d)

def staff_4():
    d = rdate(40, 60)
    s = d + timedelta(days=7)
    e = s + timedelta(days=11)
    body = f"""Hi team,

Jamal will be out of the office from {usd(s)} through {usd(e)}. During that time Tiffany is covering his caseload (last names M-R) and Beth is covering intake appointments on his calendar. Gloria will move his appointments this week.

Please don't contact Jamal during his leave. His out-of-office will direct students to the front desk.

Thanks for pitching in,
Lorraine
"""
    return dict(frm=A("dir"), to=P("DRC Staff", f"drc-staff@{DOM}"), subject="coverage for Jamal's caseload",
                body=body, date=d)

def staff_5():
    d = rdate(0, 110)
    body = f"""Hi note-takers and student proctors,

Reminder that timesheets for the pay period ending Friday are due in Workday by Monday at 10 AM. Late timesheets won't be paid until the next cycle -- payroll can't make exceptions.

Note-takers: stipends for the first half of the semester will post on the 11/15 check if your uploads are up to date in NoteShare. If you think your count is wrong, email me with the course number by Friday.

Student proctors: please clock in/out on the Testing Center kiosk, not your phone.

Thanks!
Gloria Pettaway
Administrative Specialist | DRC
(608) 555-0141
"""
    return dict(frm=A("gloria"), to=P("DRC Student Employees", f"drc-studentstaff@{DOM}"),
                subject="Timesheets due Monday 10 AM", body=body, date=d)

def staff_6():
    d = rdate(95, 115)
    body = f"""Hi all!!

Our end-of-semester potluck is Friday 12/20 at noon in Kessler 145. We made it through finals!!

Sign up for a dish here or just reply to me:
- mains: Ray (his famous pulled pork), Wen (dumplings)
- sides: ?
- desserts: Gloria (peach cobbler), Minh
- drinks/plates: Tiffany

Also Beth's 10 year work anniversary is this month so there will be cake :)

Colleen
"""
    return dict(frm=A("colleen"), to=P("DRC Staff", f"drc-staff@{DOM}"), subject="potluck 12/20!!",
                body=body, date=d)

def staff_7():
    d = rdate(20, 70)
    body = f"""Lorraine,

Requesting approval for conference travel for the AHEAD 2025 annual conference (July, Chicago). Proposed attendees:

  Beth Sandoval, M.S., CRC -- presenting on temporary injury accommodations
  Wen Liu, ATP -- AT strand
  Colleen Brandt, NIC, Ed:K-12 -- interpreting services strand

Estimated cost: registration $725 x 3 (early bird), hotel 3 nights x 3 rooms at the conference rate, economy airfare or mileage. Roughly $6,400 total from the professional development line 20-4410-PD. Beth's session counts for CRC CEUs; Colleen's for RID CEUs.

Happy to talk at 1:1.

Beth
"""
    return dict(frm=A("beth"), to=A("dir"), subject="AHEAD 2025 travel request", body=body, date=d)

STAFF = [staff_1, staff_2, staff_3, staff_4, staff_5, staff_6, staff_7]

# =====================================================================
# CLEAN: training
# =====================================================================
def train_1():
    d = rdate(0, 20)
    body = f"""New staff -- here is the case study for Thursday's training. Read it before the session; we'll work through it as a group. All details are invented.

CASE STUDY 3: "Student A" (fictitious)

Student A is a first-year student who arrives at intake with a one-paragraph note from a family physician stating "ADHD -- please give extra time." Student A describes difficulty finishing timed tests in high school, losing track of multi-step instructions, and being easily distracted by noise. There is no IEP or 504 plan; the family didn't pursue one. Student A has a chemistry exam in 9 days.

Discussion questions
1. Is the physician's note sufficient on its own? What else could establish need?
2. What role does Student A's own description play?
3. What provisional accommodations, if any, would you consider?
4. How would you explain the process to a parent who calls demanding 2x time?

Bring your answers. No right/wrong -- we want to see how you reason through it.

Beth
"""
    return dict(frm=A("beth"), to=[P("Andrea Villanueva", f"avillanueva@{DOM}"), P("Keith Osei", f"kosei@{DOM}")],
                cc=A("dir"), subject="Training case study #3 - read before Thurs", body=body, date=d)

def train_2():
    d = rdate(5, 30)
    qs = [
        "**Faculty Accommodation Quiz (practice) - answer key included",
        "1. A student tells you privately they have a disability but has no letter. You should: (a) give them extra time; (b) refer them to the DRC; (c) ask for their diagnosis. ANSWER: (b)",
        "2. True/False: You may ask a student what their disability is. ANSWER: False.",
        "3. A letter says 1.5x time. Your exam is 50 minutes. How long does the student get? ANSWER: 75 minutes.",
        "4. True/False: Accommodations apply retroactively to exams taken before the letter was delivered. ANSWER: False.",
        "5. A service animal may be excluded from your lab if: (a) you are allergic; (b) there is a documented hazard that can't be mitigated; (c) other students complain. ANSWER: (b)",
        "6. Where should you discuss a student's accommodations? ANSWER: privately, in office hours or by email -- never in front of the class.",
    ]
    body = f"""Hi Sunita,

Here's the practice quiz for your department meeting, with the answer key. Feel free to cut questions. Takes about 10 minutes.

Tiffany
"""
    return dict(frm=A("tiff"), to=A("varma"), subject="quiz for Psych dept meeting", body=body, date=d,
                atts=[att_bin(docx(qs), *DOCX_T, "Faculty_Accommodation_Quiz_practice.docx")])

def train_3():
    d = rdate(20, 50)
    rows = [["Step", "Action", "Test data", "Expected result", "Pass/Fail"],
            ["1", "Log in to UAT as coordinator", "user: uat_coord1", "Dashboard loads", ""],
            ["2", "Open student record", "TEST, STUDENT ONE / SID 999000001", "Profile shows 'TEST RECORD' banner", ""],
            ["3", "Add accommodation ET15 (1.5x)", "TEST, STUDENT ONE", "Accommodation listed as pending", ""],
            ["4", "Approve + generate letter", "course TEST 101-001", "Letter PDF created; faculty TEST, INSTRUCTOR notified", ""],
            ["5", "Book exam as student", "TEST, STUDENT TWO / SID 999000002", "Booking confirmed; time = 1.0x (no accom)", ""],
            ["6", "Run export AP_TESTING_ACCOMS", "UAT env only", "File has 2 rows, both SIDs 999xxxxxx", ""]]
    body = f"""UAT round 2 for AccessPortal 24.3. Please run the script below against the UAT site only (https://accessportal-uat.{DOM}) and mark pass/fail by Wednesday. All records are synthetic test records -- do NOT use real student info in UAT.

{table(rows, ' | ')}

Derek
"""
    return dict(frm=A("derek"), to=[A("wen"), A("gloria"), A("ray")], subject="AccessPortal 24.3 UAT script - round 2",
                body=body, date=d, atts=[att_text(csv_text(rows), "csv", "UAT_round2_script.csv")])

def train_4():
    d = rdate(30, 70)
    body = f"""Supervisor Training: The Interactive Process (module 2 of 3)

SCENARIO (fictitious employee)
"Jordan Sample" is a library assistant who asks their supervisor whether they can start at 10:00 instead of 8:00 "for medical reasons." The supervisor replies, "We need everyone here at 8."

What went wrong?
- The request was an accommodation request even though the words "ADA" or "accommodation" were not used.
- The supervisor should have referred Jordan to HR's ADA coordinator and not made a decision.
- Supervisors should NOT ask for a diagnosis; HR handles medical documentation confidentially.

What should happen next?
1. Supervisor forwards the request to HR within 2 business days.
2. HR meets with the employee, requests documentation of limitations (not diagnosis) if needed.
3. HR, employee and supervisor discuss options (e.g., 10-6:30 schedule, 9-5:30, remote work part of the week).
4. HR documents the decision in writing.

Complete the 5-question check in the Learning Center to receive credit.

Office of Human Resources -- Learning & Development
"""
    return dict(frm=P("HR Learning & Development", f"hr-learning@{DOM}"), to=P("Supervisors", f"supervisors@{DOM}"),
                cc=A("steven"), subject="Module 2: The Interactive Process", body=body, date=d, html=True)

def train_5():
    d = rdate(5, 25)
    body = f"""Committee members -- for our training session before the first review, here are three de-identified sample requests based loosely on past years (details changed, no real students). We'll score them with the rubric.

SAMPLE 1: ESA (dog). Letter from a licensed counselor who has seen the student for 8 months; describes anxiety limiting sleep and the animal's role. -> Discuss: nexus between limitation and animal?

SAMPLE 2: ESA (rabbit). Certificate purchased online after a 10-minute video call; no ongoing treatment relationship. -> Discuss: reliability of documentation.

SAMPLE 3: Single room. Letter states student "would benefit from privacy." No functional limitations described. -> Discuss: preference vs. need; what follow-up to request.

Rubric is on the shared drive (Housing/ARC/Rubric_v2.pdf).

Kristen
"""
    return dict(frm=A("kristen"), to=[A("beth"), A("jamal"), P("Housing Accommodations Committee", f"hac@{DOM}")],
                subject="committee training - sample requests", body=body, date=d)

def train_6():
    d = rdate(15, 45)
    t = d.strftime("%Y%m%d%H%M%S")
    msgs = "\n\n".join([
        f"MSH|^~\\&|PYRAMED|HALLORAN_SHS|ACCESSPORTAL|HALLORAN_DRC|{t}||ADT^A04|TST0001|T|2.5.1\n"
        "EVN|A04|" + t + "\n"
        "PID|1||999000001^^^HALLORAN^SID||TEST^PATIENTONE||20000101|U|||1 TEST ST^^ANYTOWN^WI^00000\n"
        "PV1|1|O|SHS^TEST",
        f"MSH|^~\\&|PYRAMED|HALLORAN_SHS|ACCESSPORTAL|HALLORAN_DRC|{t}||ADT^A08|TST0002|T|2.5.1\n"
        "EVN|A08|" + t + "\n"
        "PID|1||999000002^^^HALLORAN^SID||ZZTEST^SAMPLE||19990101|U\n"
        "PV1|1|O|SHS^TEST\n"
        "DG1|1||Z00.00^General adult exam w/o abnormal findings (TEST)^I10",
    ])
    body = f"""Vendor's test harness messages for the new route. Processing ID is T and every record is a 999-series TEST patient -- these are safe to paste anywhere. Send them through the UAT channel and confirm nothing lands in prod.

{msgs}

Derek
"""
    return dict(frm=A("derek"), to=P("Integration Team", f"intg-team@{DOM}"), subject="test msgs for SHS->AP route (UAT)",
                body=body, date=d)

TRAINING = [train_1, train_2, train_3, train_4, train_5, train_6]

# =====================================================================
# main
# =====================================================================
PLAN = [
    ("phi", "care", CARE, 8), ("phi", "ids", IDS, 8), ("phi", "lang", LANG, 8), ("phi", "lists", LISTS, 7),
    ("phi", "names", NAMES, 8), ("phi", "self", SELF, 7), ("phi", "struct", STRUCT, 7),
    ("clean", "admin", ADMIN, 7), ("clean", "lookalike", LOOK, 7), ("clean", "news", NEWS, 6),
    ("clean", "staff", STAFF, 7), ("clean", "training", TRAINING, 6),
]

def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(outdir, exist_ok=True)
    rows = [["file", "label", "kind", "patient_name"]]
    counts = {}
    for label, kind, funcs, n in PLAN:
        assert len(funcs) == n, (kind, len(funcs), n)
        for i, fn in enumerate(funcs, 1):
            m = fn()
            msg = build(m)
            name = f"{label}-{kind}-{i:03d}.eml"
            with open(os.path.join(outdir, name), "wb") as fh:
                fh.write(msg.as_bytes(policy=policy.SMTP))
            rows.append([name, label, kind, m.get("patient", "") if label == "phi" else ""])
            counts[(label, kind)] = counts.get((label, kind), 0) + 1
    with open(os.path.join(outdir, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerows(rows)
    total = 0
    for (label, kind), c in counts.items():
        print(f"{label}-{kind}: {c}")
        total += c
    print(f"total: {total}")

if __name__ == "__main__":
    main()
