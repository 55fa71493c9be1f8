#!/usr/bin/env python3
"""Blind evaluation mail set: retail pharmacy chain central fill and customer care centre.

Everything here is invented.  Run:  python3 gen.py OUTDIR
Standard library only, deterministic (random.seed(SEED)).
"""
import sys, os, io, csv, json, random, zlib, struct, zipfile, datetime, collections
import html as htmlmod
import email.policy
from email.message import EmailMessage
from email.utils import format_datetime

SEED = 10501
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

CO = "bellwoodrx.com"
ROWS = []
COUNT = collections.OrderedDict()

# ----------------------------------------------------------------- dates
def tz_for(d):
    if (datetime.date(2024, 3, 10) <= d < datetime.date(2024, 11, 3)
            or datetime.date(2025, 3, 9) <= d < datetime.date(2025, 11, 2)):
        return datetime.timezone(datetime.timedelta(hours=-4))
    return datetime.timezone(datetime.timedelta(hours=-5))


def when(lo=(2024, 8, 5), hi=(2025, 4, 25), h0=7, h1=20):
    a = datetime.date(*lo)
    b = datetime.date(*hi)
    d = a + datetime.timedelta(days=random.randint(0, (b - a).days))
    m = random.randint(h0 * 60, h1 * 60)
    return datetime.datetime(d.year, d.month, d.day, m // 60, m % 60,
                             random.randint(0, 59), tzinfo=tz_for(d))


def before(dt, lo=20, hi=60 * 26):
    x = dt - datetime.timedelta(minutes=random.randint(lo, hi))
    return x.replace(tzinfo=tz_for(x.date()))


def after(dt, lo=20, hi=60 * 26):
    x = dt + datetime.timedelta(minutes=random.randint(lo, hi))
    return x.replace(tzinfo=tz_for(x.date()))


def hm(dt):
    h = dt.hour % 12 or 12
    return f"{h}:{dt:%M} {'AM' if dt.hour < 12 else 'PM'}"


def long_date(dt):
    return f"{dt:%A}, {dt:%B} {dt.day}, {dt.year} {hm(dt)}"


def gdate(dt):
    return f"{dt:%a}, {dt:%b} {dt.day}, {dt.year} at {hm(dt)}"


def mdy(d):
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def md(d):
    return f"{d.month}/{d.day}"


def plus(dt, days):
    return dt + datetime.timedelta(days=days)


def rdate(y0, y1):
    a = datetime.date(y0, 1, 1)
    b = datetime.date(y1, 12, 28)
    return a + datetime.timedelta(days=random.randint(0, (b - a).days))

# ----------------------------------------------------------------- numbers
HEX = "0123456789abcdef"
ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def digits(n):
    return "".join(random.choice("0123456789") for _ in range(n))


def rxno():
    return str(random.randint(6000000, 7999999))


def phone(area=None, exch="555"):
    area = area or random.choice(["614", "937", "740", "513", "419", "330", "216"])
    return f"({area}) {exch}-{random.randint(100, 9999):04d}"


def msgid(dom=CO):
    return "<%s.%s@%s>" % ("".join(random.choice(HEX) for _ in range(14)),
                           "".join(random.choice(HEX) for _ in range(8)),
                           "mail." + dom if not dom.startswith("mail") else dom)


def mbi():
    # Medicare Beneficiary Identifier shape: 1AA1-AA1-AA11
    L = "ACDEFGHJKMNPQRTUVWXY"
    return (str(random.randint(1, 9)) + random.choice(L) + random.choice(L + "0123456789")
            + digits(1) + "-" + random.choice(L) + random.choice(L + "0123456789") + digits(1)
            + "-" + random.choice(L) + random.choice(L) + digits(2))

# ----------------------------------------------------------------- people
class P:
    def __init__(self, first, last, title="", dept="", dom=CO, addr=None, ph=None, fax=None):
        self.first, self.last, self.title, self.dept = first, last, title, dept
        self.addr = addr or (f"{first}.{last}".lower().replace("'", "").replace(" ", "") + "@" + dom)
        self.ph = ph or phone(exch=str(random.randint(220, 980)))
        self.fax = fax

    @property
    def name(self):
        return f"{self.first} {self.last}"

    @property
    def h(self):
        return f"{self.name} <{self.addr}>"


def box(name, addr):
    return f"{name} <{addr}>"


ST = dict(
    renee=P("Renee", "Castellano", "PharmD, Pharmacist in Charge", "Central Fill - Groveport", ph="(614) 555-0187", fax="(614) 555-0188"),
    darnell=P("Darnell", "Hughes", "Customer Care Specialist II", "Customer Care Center"),
    priya=P("Priya", "Raman", "PharmD, Clinical Services Pharmacist", "Prior Authorization Team"),
    kevin=P("Kevin", "O'Rourke", "District Manager, District 14", "Central Ohio Region"),
    lakisha=P("Lakisha", "Boyd", "CPhT, Transfer Desk Lead", "Customer Care Center"),
    tom=P("Tom", "Willoughby", "Operations Supervisor, 2nd shift", "Central Fill - Groveport"),
    yesenia=P("Yesenia", "Marquez", "Bilingual Care Specialist", "Customer Care Center"),
    brian=P("Brian", "Nakamura", "RPh, Pharmacy Manager", "Store #0418 Westerville"),
    courtney=P("Courtney", "Fleming", "Home Delivery Coordinator", "Mail Order & Delivery"),
    abdi=P("Abdi", "Warsame", "CPhT, Third Party Resolution", "Reimbursement Services"),
    heather=P("Heather", "Lindgren", "PharmD, Compounding Pharmacist", "Compounding Lab"),
    marcus=P("Marcus", "Pruitt", "RPh, Pharmacy Manager", "Store #0227 Hilliard"),
    ngozi=P("Ngozi", "Eze", "PharmD, Immunization Program Manager", "Clinical Programs"),
    sam=P("Samantha", "Kowalczyk", "HR Business Partner", "Human Resources"),
    jorge=P("Jorge", "Villalobos", "Team Lead, Evening Shift", "Customer Care Center"),
    emily=P("Emily", "Tran", "CPhT, Prior Authorization Specialist", "Prior Authorization Team"),
    raj=P("Raj", "Desai", "Pharmacy Systems Analyst", "Pharmacy IT"),
    dana=P("Dana", "Whitcomb", "Quality & Patient Safety Manager", "Pharmacy Quality"),
    greg=P("Greg", "Esposito", "Facilities Manager", "Central Fill - Groveport"),
    mei=P("Mei", "Lin", "RPh, Staff Pharmacist", "Store #0305 Kettering"),
    joy=P("Joy", "Dizon", "CPhT, Customer Care Specialist", "Customer Care Center"),
    alan=P("Alan", "Brookshire", "Director, Pharmacy Operations", "Bellwood Pharmacy"),
    tasha=P("Tasha", "Greer", "Customer Relations Specialist", "Guest Relations"),
    paul=P("Paul", "Vander Meer", "Managed Care Contracting", "Reimbursement Services"),
    nina=P("Nina", "Okafor", "RPh, Pharmacy Manager", "Store #0512 Zanesville"),
    ruth=P("Ruthann", "Mills", "Training & Development Specialist", "Pharmacy Learning"),
    eddie=P("Eddie", "Salazar", "CPhT, Central Fill Technician", "Central Fill - Groveport"),
    wendy=P("Wendy", "Harrington", "Payroll Specialist", "Payroll"),
)

STORES = {
    "0418": ("Westerville", "612 S State St, Westerville, OH 43081"),
    "0227": ("Hilliard", "3980 Main St, Hilliard, OH 43026"),
    "0305": ("Kettering", "2711 Far Hills Ave, Kettering, OH 45419"),
    "0512": ("Zanesville", "1450 Maple Ave, Zanesville, OH 43701"),
    "0139": ("Marion", "880 Delaware Ave, Marion, OH 43302"),
    "0412": ("Lancaster", "1121 N Memorial Dr, Lancaster, OH 43130"),
    "0266": ("Grove City", "3310 Broadway, Grove City, OH 43123"),
}


def store(n):
    return box(f"Bellwood Pharmacy #{n} {STORES[n][0]}", f"rx{n}@{CO}")


def sig(p, style=0, co=True):
    if style == 1:
        return f"\n{p.first}\n"
    if style == 2:
        return f"\nThanks,\n{p.name}\n{p.title}\n{p.ph}\n"
    lines = ["", "--", p.name, p.title]
    if p.dept:
        lines.append(p.dept + (" | Bellwood Pharmacy" if co else ""))
    ln = "Phone " + p.ph
    if p.fax:
        ln += "  |  Fax " + p.fax
    lines.append(ln)
    return "\n".join(lines) + "\n"


DISC = ("CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use "
        "of the intended recipient(s) and may contain confidential and privileged information protected "
        "by state and federal law. Any unauthorized review, use, disclosure or distribution is prohibited. "
        "If you are not the intended recipient, please contact the sender by reply e-mail and destroy all "
        "copies of the original message.")
DISC2 = ("This message is intended only for the addressee. It may contain information that is "
         "privileged, confidential and exempt from disclosure. If you received it in error, notify "
         "the sender and delete it. Bellwood Pharmacy, Inc. - 4100 Corporate Dr, Dayton OH 45414.")
CALL_DISC = ("*** Bellwood Pharmacy Customer Care - internal use only. Do not forward outside "
             "the company without Privacy Office approval. ***")

# ----------------------------------------------------------------- quoting
def q_gmail(text, who, dt):
    head = f"On {gdate(dt)} {who} wrote:"
    return head + "\n" + "\n".join(("> " + l) if l.strip() else ">" for l in text.strip("\n").splitlines())


def q_outlook(text, frm, to, subj, dt, cc=None):
    h = ["-----Original Message-----", f"From: {frm}", f"Sent: {long_date(dt)}", f"To: {to}"]
    if cc:
        h.append(f"Cc: {cc}")
    h.append(f"Subject: {subj}")
    return "\n".join(h) + "\n\n" + text.strip("\n")


def q_outlook2(text, frm, to, subj, dt, cc=None):
    h = ["________________________________", f"From: {frm}", f"Sent: {long_date(dt)}", f"To: {to}"]
    if cc:
        h.append(f"Cc: {cc}")
    h.append(f"Subject: {subj}")
    return "\n".join(h) + "\n\n" + text.strip("\n")


def q_fwd(text, frm, to, subj, dt, cc=None):
    h = ["---------- Forwarded message ---------", f"From: {frm}", f"Date: {gdate(dt)}",
         f"Subject: {subj}", f"To: {to}"]
    if cc:
        h.append(f"Cc: {cc}")
    return "\n".join(h) + "\n\n" + text.strip("\n")


def to_html(body, font="Calibri"):
    paras = body.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [htmlmod.escape(l) for l in p.split("\n")]
        if all(l.startswith("&gt;") for l in lines if l):
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + "<br>".join(l[4:].lstrip() for l in lines) + "</blockquote>")
        elif any("  " in l for l in lines) and len(lines) > 2:
            out.append("<pre style=\"font-family:Consolas,monospace;font-size:10pt\">" + "\n".join(lines) + "</pre>")
        else:
            out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            f"<body><div style=\"font-family:{font},Arial,sans-serif;font-size:11pt;color:#1f1f1f\">\n"
            + "\n".join(out) + "\n</div></body></html>\n")

# ----------------------------------------------------------------- attachments
ZDT = (2025, 1, 6, 9, 0, 0)


def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
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
            ref = f"{_col(c)}{r}"
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_x(v)}</t></is></c>')
        sd.append(f'<row r="{r}">' + "".join(cells) + "</row>")
    ns = "http://schemas.openxmlformats.org"
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         f'<Types xmlns="{ns}/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         f'<Relationships xmlns="{ns}/package/2006/relationships">'
         f'<Relationship Id="rId1" Type="{ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         f'<workbook xmlns="{ns}/spreadsheetml/2006/main" xmlns:r="{ns}/officeDocument/2006/relationships">'
         f'<sheets><sheet name="{_x(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         f'<Relationships xmlns="{ns}/package/2006/relationships">'
         f'<Relationship Id="rId1" Type="{ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ("xl/worksheets/sheet1.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         f'<worksheet xmlns="{ns}/spreadsheetml/2006/main"><sheetData>' + "".join(sd)
         + '</sheetData></worksheet>'),
    ]
    return _zip(files)


def docx(paras, table=None):
    """paras: list of strings (a string starting with '# ' is bold). table: list of rows, placed after paras."""
    ns = "http://schemas.openxmlformats.org"
    body = []
    for p in paras:
        if p.startswith("# "):
            body.append(f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{_x(p[2:])}</w:t></w:r></w:p>')
        else:
            body.append(f'<w:p><w:r><w:t xml:space="preserve">{_x(p)}</w:t></w:r></w:p>')
    if table:
        t = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
             '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
             '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
             '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>']
        for row in table:
            t.append("<w:tr>" + "".join(
                f'<w:tc><w:p><w:r><w:t xml:space="preserve">{_x(c)}</w:t></w:r></w:p></w:tc>' for c in row) + "</w:tr>")
        t.append("</w:tbl>")
        body.append("".join(t))
        body.append("<w:p/>")
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         f'<Types xmlns="{ns}/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         f'<Relationships xmlns="{ns}/package/2006/relationships">'
         f'<Relationship Id="rId1" Type="{ns}/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         f'<w:document xmlns:w="{ns}/wordprocessingml/2006/main"><w:body>' + "".join(body)
         + '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/></w:sectPr>'
         '</w:body></w:document>'),
    ]
    return _zip(files)


def pdf(lines, size=10):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    lines = [l.encode("latin-1", "replace").decode("latin-1") for l in lines]
    content = f"BT /F1 {size} Tf 54 750 Td {size + 3} TL\n" + "".join(f"({esc(l)}) Tj T*\n" for l in lines) + "ET"
    cb = content.encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Length " + str(len(cb)).encode() + b" >>\nstream\n" + cb + b"\nendstream"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offs).encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return out


def png(w, h, bg=(255, 255, 255), rects=()):
    rows = []
    base = bytes(bg) * w
    for y in range(h):
        row = bytearray(base)
        for (x0, y0, x1, y1, col) in rects:
            if y0 <= y < y1:
                row[x0 * 3:x1 * 3] = bytes(col) * (x1 - x0)
        rows.append(b"\x00" + bytes(row))
    raw = b"".join(rows)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def logo_png():
    g = (0, 104, 87)
    return png(180, 48, (255, 255, 255),
               [(6, 6, 42, 42, g), (20, 10, 28, 38, (255, 255, 255)), (10, 20, 38, 28, (255, 255, 255)),
                (52, 14, 172, 22, g), (52, 28, 140, 34, (120, 120, 120))])


def scan_png():
    return png(340, 440, (246, 246, 242), [(30, 40, 310, 44, (200, 200, 200)), (30, 60, 250, 63, (210, 210, 210))])


def ics(uid, start, end, summary, location, organizer, desc="", attendees=()):
    def f(dt):
        return dt.astimezone(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Bellwood Pharmacy//Clinic Scheduler 4.2//EN",
         "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{f(start - datetime.timedelta(days=3))}",
         f"DTSTART:{f(start)}", f"DTEND:{f(end)}", f"SUMMARY:{summary}", f"LOCATION:{location}",
         f"ORGANIZER;CN={organizer.name}:mailto:{organizer.addr}"]
    for a in attendees:
        L.append(f"ATTENDEE;CN={a.name};RSVP=TRUE:mailto:{a.addr}")
    if desc:
        L.append("DESCRIPTION:" + desc.replace("\n", "\\n").replace(",", "\\,"))
    L += ["STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(L) + "\r\n"


def csv_text(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator="\r\n")
    w.writerows(rows)
    return s.getvalue()

# ----------------------------------------------------------------- build/save
XLSX_T = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
DOCX_T = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


def build(frm, to, subject, body, date, cc=None, html=None, atts=(), dom=CO, irt=None,
          extra=None, reply_to=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = ", ".join(to) if isinstance(to, (list, tuple)) else to
    if cc:
        m["Cc"] = ", ".join(cc) if isinstance(cc, (list, tuple)) else cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid(dom)
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = irt
    for k, v in (extra or {}).items():
        m[k] = v
    m["MIME-Version"] = "1.0"
    m.set_content(body)
    if html:
        m.add_alternative(to_html(body) if html is True else html, subtype="html")
    for fn, data, mt, st in atts:
        if isinstance(data, str):
            m.add_attachment(data, subtype=st, filename=fn)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return m


def save(label, kind, msg, patient=""):
    key = (label, kind)
    COUNT[key] = COUNT.get(key, 0) + 1
    fn = f"{label}-{kind}-{COUNT[key]:03d}.eml"
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(msg.as_bytes(policy=email.policy.SMTP))
    ROWS.append((fn, label, kind, patient))


def irt():
    return msgid(random.choice([CO, "bellwoodrx.com"]))

# =================================================================== PHI: care
def phi_care():
    S = ST
    # care-1 missed delivery
    dt = when()
    ph_j = phone("740")
    body = f"""Hi Nina / 0512 team,

SwiftLane tried twice yesterday for Harold Ostrander at 14 Pine Ridge Ct and nobody came to the door. His daughter Janet called the care line this morning -- he's been out of his morning pills since Tuesday and she's pretty worried, she lives in Columbus and can't get there until the weekend.

She asked if the driver can leave the bag with the neighbor at #16 (Mrs. Albers, she has a key) or if the store can hold it so she can have her husband grab it after 5:30.

The tote is still on the van. Driver (Luis) will bring it back to you by about 2pm. Can someone call Janet at {ph_j} once it's on the will-call shelf? I put a note on his profile not to auto-release to the route again until we hear from her.

Thank you!
{sig(S['courtney'])}
{DISC}
"""
    save("phi", "care", build(S["courtney"].h, [store("0512")], "Missed delivery x2 - Ostrander, 14 Pine Ridge Ct",
                              body, dt, cc=[S["darnell"].h], html=True), "Harold Ostrander")

    # care-2 blister packs, reply with quoted original
    dt0 = when()
    dt = after(dt0, 60, 60 * 20)
    ray = phone("614")
    orig = f"""Can someone at care center call the family on this one? Lucille Barros -- her packs for the 1st are made and bagged but nobody has picked up, she's been on our will-call list 9 days now. House phone just rings. We'll have to RTS on Friday if we don't hear anything and I'd hate to do that to her.

Marcus
#0227"""
    body = f"""Marcus -- got ahold of her son Ray on his cell, {ray}. He'll be in Thursday after work (6ish) to get them.

Couple things he asked for:
- switch her to the weekly cards starting next cycle instead of the monthly, she was getting confused which day she was on
- sync everything to the 12th if we can
- please stop calling the house line, use his cell. I updated the contact pref.

He was very nice about it, said she's had a rough couple weeks and he's been the one handling things now.

Darnell

{q_gmail(orig, 'Marcus Pruitt <marcus.pruitt@bellwoodrx.com>', dt0)}
"""
    save("phi", "care", build(S["darnell"].h, [S["marcus"].h], "Re: packs not picked up - Barros", body, dt,
                              cc=[store("0227")], irt=irt()), "Lucille Barros")

    # care-3 vaccine clinic, reply with ics
    dt0 = when((2024, 9, 10), (2024, 10, 20))
    dt = after(dt0, 30, 300)
    clinic = plus(dt, ((5 - dt.weekday()) % 7) or 7)
    st = clinic.replace(hour=10, minute=20, second=0)
    orig = f"""Hi Ngozi, any chance we can squeeze Tomás and Alma Reyes into the Saturday clinic at St. Brendan's? Tomás is due for his second Shingrix and Alma wants her flu shot and asked about RSV. They don't drive anymore -- their grandson can bring them but only between 10 and 11.

Both have their cards on file at 0418 already.

Brian"""
    body = f"""Done - I put both of them in the 10:20 slot, they'll be first at the table by the door so they don't have to wait in line. Calendar hold attached so your team has it too.

Tell the grandson to check in with Mary at the sign-in desk, she'll have their paperwork pre-printed.

Ngozi

{q_gmail(orig, 'Brian Nakamura <brian.nakamura@bellwoodrx.com>', dt0)}
"""
    cal = ics(f"clinic-{digits(8)}@{CO}", st, st + datetime.timedelta(minutes=20),
              "Reyes x2 - St. Brendan's clinic", "St. Brendan Parish Hall, 220 Hillcrest Rd, Westerville OH",
              S["ngozi"], desc="Reyes, Tomas - Shingrix dose 2\nReyes, Alma - influenza HD + ask RSV\nride: grandson (10-11 only)",
              attendees=[S["brian"]])
    save("phi", "care", build(S["ngozi"].h, [S["brian"].h], "RE: Saturday clinic - two more?", body, dt,
                              irt=irt(), atts=[("invite.ics", cal, "text", "calendar")]),
         "Tomás Reyes; Alma Reyes")

    # care-4 cold chain reship
    dt = when()
    order = f"{random.randint(80, 89)}-{digits(6)}"
    body = f"""Courtney,

Grace Whitfield's pens (HD order {order}) came back RTS from the carrier this morning -- box sat at the hub all weekend, cold packs were room temp when we opened it. Per SOP we are NOT reshipping that product, it's been pulled to quarantine and logged.

I'm running a new fill on today's 1pm cold-chain wave (2 boxes Lantus SoloStar + pen needles). According to the account note she's got maybe 2 days left.

Can you call her and make sure she'll be home Wednesday AM to sign? If she won't be, we can route it to store 0266 instead and she can pick up there.

Tom
Central Fill 2nd shift
ext. 4471
"""
    save("phi", "care", build(S["tom"].h, [S["courtney"].h], f"RTS cold chain - Whitfield - reship needed",
                              body, dt, cc=[S["renee"].h]), "Grace Whitfield")

    # care-5 cancel CF order, short
    dt = when()
    r1, r2 = rxno(), rxno()
    body = f"""pls pull Dorothy Kim's 2 scripts out of tomorrow's tote for 0305 -- she came in today and we filled them here.
Rx {r1} and {r2}.

thx
Mei

Sent from my iPhone
"""
    save("phi", "care", build(S["mei"].addr, ["cf-exceptions@" + CO], "cancel CF order - Kim", body, dt),
         "Dorothy Kim")

    # care-6 aide authorization
    dt = when()
    body = f"""Hi Delivery team,

Adding an account note for Bertrand Ajayi (acct {digits(2)}-{digits(3)}-{digits(5)}), 57 Orchard Lane, Marion:

His home health aide, Marisol Peña, is now authorized to sign for deliveries and to pick up at store 0139. His daughter Funmi Ajayi (POA paperwork is scanned to the profile) called to set this up.

Mr. Ajayi is home most days but he's slow getting to the door -- please ask drivers to knock and wait a good two minutes before leaving a notice. Deliveries Mon/Thu, aide is there 9-1.

Let me know if anything else is needed on our end.

Best,
Joy Dizon, CPhT
Customer Care Specialist
Bellwood Pharmacy Customer Care Center
1-800-555-0142 ext 2218

{DISC}
"""
    save("phi", "care", build(S["joy"].h, ["Home Delivery <homedelivery@bellwoodrx.com>"],
                              "Authorized agent added - Ajayi", body, dt, cc=[store("0139")], html=True),
         "Bertrand Ajayi")

    # care-7 CRM case forwarded
    dt0 = when()
    dt = after(dt0, 10, 90)
    case = f"00{random.randint(400000, 499999)}"
    crm = f"""Case {case} has been updated.

Case Owner: Hughes, Darnell
Status: Open - Store Follow-up
Origin: Phone
Contact: Linda Sorensen (spouse)
Contact Phone: {phone('937')}
Regarding: SORENSEN, EDWARD
Home Store: #0305 Kettering

Description:
Caller asking if Ed's refills can all be lined up for one pickup date. Currently picks up 4x a month (different due dates). Ed stopped driving in Dec and she does all the errands, also works part time. Prefers first week of month. Also asked if 90-day supplies are possible for the ones he's been on a long time. Advised store pharmacist will review and call back within 2 business days.

--
This is an automated message from Bellwood CareConnect. Do not reply."""
    body = f"""Mei / Kettering -- can one of you take a look at this med sync request and call Mrs. Sorensen back? I told her 2 business days.

Thanks,
Darnell

{q_fwd(crm, 'CareConnect <careconnect-noreply@bellwoodrx.com>', 'darnell.hughes@bellwoodrx.com', f'Case {case} updated: Med sync request', dt0)}
"""
    save("phi", "care", build(S["darnell"].h, [S["mei"].h, store("0305")], f"Fw: Case {case} updated: Med sync request",
                              body, dt), "Edward Sorensen")

    # care-8 compounding, flavor
    dt0 = when()
    dt = after(dt0, 15, 120)
    r = rxno()
    orig = f"""Hi Heather -- Ava Lindqvist's mom is picking up the mouthwash at 4 today. Can you make sure it's the cherry flavor again? The last batch came unflavored and Ava (she's 6) wouldn't touch it, mom said it was a battle all week.

Same formula as Rx {r}, 120 mL.

Thanks!!
Brian"""
    body = f"""Yep, FLAVORx cherry, I'll note it on the worksheet so it sticks for future refills. It'll be on the 2:15 courier to 0418.

Sorry about last time, the flavor got dropped when the Rx was renewed.

H.

{q_gmail(orig, 'Brian Nakamura <brian.nakamura@bellwoodrx.com>', dt0)}
"""
    save("phi", "care", build(S["heather"].h, [S["brian"].h], "Re: mouthwash for Ava L. - flavoring", body, dt,
                              irt=irt()), "Ava Lindqvist")

# =================================================================== PHI: ids
def phi_ids():
    S = ST
    # ids-1 PA needed, member id + DOB only
    dt = when()
    mem = f"SVH{digits(8)}-01"
    key = "".join(random.choice(ALNUM) for _ in range(8))
    body = f"""Priya,

Member ID {mem}, DOB 03/14/1951 (Summit Valley Medicare Advantage, Grp {digits(5)}).
Claim for Ozempic 1 mg/dose rejected 75 / PA required, store 0227.

Prescriber office (Dr. Okafor at Fairmont Family Medicine) says they submitted through CoverMyMeds Tuesday -- key {key} -- but the plan tells me they have no record of it. I've been on hold 40 min twice.

Could you call the plan's pharmacist line? Store says member has 1 pen left.

Emily
{S['emily'].title}
{S['emily'].ph}
"""
    save("phi", "ids", build(S["emily"].h, [S["priya"].h], f"PA stuck - {mem}", body, dt), "")

    # ids-2 refill too soon / vacation override
    dt = when()
    r = rxno()
    last = before(dt, 60 * 24 * 8, 60 * 24 * 12).date()
    body = f"""Third party desk --

Rx {r}, pt DOB 11/02/1986.
BIN 610{digits(3)} / PCN NRXCOM / Grp BWELL{digits(3)}
Reject 79 refill too soon. Last fill {md(last)} qty 30 DS 30, plan says next fill date {md(plus(last, 24))}.

Pt is leaving the country {md(plus(dt, 5))} for 3 weeks and needs a vacation supply. I tried SCC 03 and it still bounced. Plan help desk keeps disconnecting me. Can you guys get an override or tell me what they want?

thanks
Nina Okafor RPh
#0512
"""
    save("phi", "ids", build(S["nina"].h, ["Third Party Resolution <tpr@bellwoodrx.com>"],
                             f"79 reject / vacation supply - Rx {r}", body, dt), "")

    # ids-3 PBM desk audit request
    dt = when()
    claims = []
    for _ in range(4):
        d = before(dt, 60 * 24 * 30, 60 * 24 * 160).date()
        claims.append((f"{d.year}{d.month:02d}{d.day:02d}{digits(5)}", rxno(), mdy(d), f"NRX{digits(8)}",
                       random.choice(["Eliquis 5mg", "Trulicity 1.5mg/0.5mL", "Januvia 100mg", "Xarelto 20mg"])))
    tbl = "\n".join(f"{c[0]:<18}  {c[1]:<10}  {c[2]:<11}  {c[3]:<14}  {c[4]}" for c in claims)
    aref = f"DA-{digits(6)}"
    body = f"""Bellwood Pharmacy #0227 (NCPDP {digits(7)})
Attn: Pharmacy Manager / Third Party Resolution

Northgate Rx Solutions has selected the following claims for a desk audit. Please provide the documentation listed below for each claim no later than {mdy(plus(dt, 21).date())}.

Claim Number        Rx Number   DOS          Cardholder ID   Product
{tbl}

Required for each claim:
 1. Copy of the original prescription (front and back) or e-Rx image
 2. Signature / pickup log or delivery confirmation
 3. Wholesaler invoice supporting the NDC billed
 4. Any prescriber clarification notes (days supply, directions)

Submit through the Northgate Audit Portal or fax to (866) 555-0193. Claims without supporting documentation by the due date will be recouped in full.

Northgate Rx Solutions | Pharmacy Audit Department
Audit Ref: {aref}
"""
    save("phi", "ids", build(box("Northgate Pharmacy Audit", "pharmacyaudit@northgaterx.net"),
                             [S["abdi"].h, store("0227")], f"Desk Audit Notice - Ref {aref} - Action Required",
                             body, dt, dom="northgaterx.net", html=True), "")

    # ids-4 transfer in
    dt = when()
    a, b = random.randint(880000, 889999), random.randint(880000, 889999)
    body = f"""Transfer in for 0418:

Pt DOB 07/09/1964, phone on file ends -{digits(4)}
From: Hartley Drug #22, {phone('614')}, RPh Sandra Gill
  Rx {a}  atorvastatin 40 mg  #90  3 RF left  last filled {md(before(dt, 60*24*20, 60*24*40))}
  Rx {b}  metformin ER 500 mg  #180  5 RF left
Pt wants both ready by Friday, prefers text when ready. New to us - insurance card is coming in with her, I only have the BIN ({"".join(random.choice('0123456789') for _ in range(6))}).

LB
"""
    save("phi", "ids", build(S["lakisha"].h, [store("0418")], "Transfer in x2 - DOB 07/09/1964", body, dt), "")

    # ids-5 Medicaid lock-in
    dt = when()
    rid = f"00{digits(7)}X"
    eff = plus(dt, 10).date().replace(day=1) if dt.day > 20 else dt.date().replace(day=1)
    body = f"""LOCK-IN PROGRAM NOTIFICATION

Recipient ID: {rid}
Recipient: M. C.
Program: Pharmacy & Prescriber Coordinated Services (Lock-In)
Effective: {mdy(eff)} through {mdy(eff.replace(year=eff.year + 1))}

Assigned Pharmacy: Bellwood Pharmacy #0412, 1121 N Memorial Dr, Lancaster OH (NPI {digits(10)})
Assigned Prescriber: Dr. Andrea Halvorsen-Pike, DO (NPI {digits(10)})

Controlled substance claims for this recipient submitted by any pharmacy other than the assigned pharmacy will reject with NCPDP code 7X. Emergency supplies (up to 72 hours) may be authorized by calling the Pharmacy Help Desk at 1-888-555-0117.

Please retain this notice in the recipient's pharmacy profile.

Lakeshore Community Care - Pharmacy Services
This is a system-generated notification.
"""
    save("phi", "ids", build(box("Lakeshore Pharmacy Services", "rx-notifications@lakeshorecare.org"),
                             ["Reimbursement Services <tpr@bellwoodrx.com>"], f"Lock-In Notice {rid}", body, dt,
                             dom="lakeshorecare.org"), "")

    # ids-6 refund request by account number
    dt = when()
    acct = f"55-200-{digits(5)}"
    trk = "1Z" + "".join(random.choice(ALNUM) for _ in range(6)) + digits(10)
    ship = before(dt, 60 * 24 * 3, 60 * 24 * 5)
    body = f"""Hi Finance,

Requesting a copay refund on acct {acct}.

Order 7781-{digits(4)}, shipped {md(ship)}, UPS {trk}. Refrigerated (Humira pen x2). Customer reported the box arrived warm, ice packs fully melted; carrier scan shows it sat in Zanesville overnight on a delay. We reshipped next day at no charge and the plan was only billed once, so the $60.00 she paid on the original should go back to the card on file (ending 3318).

Member ID on the account: SVH{digits(8)}-02. Credit memo # requested: CM-{digits(5)}.

Thanks,
Courtney Fleming
Home Delivery Coordinator
"""
    save("phi", "ids", build(S["courtney"].h, ["AR Refunds <ar-refunds@bellwoodrx.com>"], f"Refund request - acct {acct}",
                             body, dt), "")

    # ids-7 Board of pharmacy inquiry
    dt = when()
    r = rxno()
    case = f"2025-{random.randint(100, 999):04d}"
    body = f"""Nina,

We received a complaint notice from the State Board of Pharmacy, Case #{case}. I need your help pulling the documentation.

Details from the Board letter:
  - Date of dispensing: {md(before(dt, 60*24*25, 60*24*40))}
  - Rx #{r}, patient DOB 04/22/1979
  - Allegation: tablets dispensed were a different color/shape than previous fills and the patient was not counseled about the manufacturer change

Please send me by end of day Thursday:
  1. QRE / incident report if one was entered
  2. Pharmacist on duty and the verifying RPh initials
  3. NDC dispensed on that fill and NDC on the previous fill
  4. Counseling log / signature capture for that pickup

Do NOT contact the patient directly -- all communication goes through Legal on board matters.

Dana
{S['dana'].title}
{S['dana'].ph}

{DISC}
"""
    save("phi", "ids", build(S["dana"].h, [S["nina"].h], f"Board inquiry - Case #{case} - need docs by Thurs", body, dt,
                             cc=[S["kevin"].h], extra={"Importance": "high"}), "")

    # ids-8 subject-only identifier + fax confirmation pdf
    dt0 = when()
    dt = after(dt0, 30, 200)
    r = rxno()
    fax = phone("937")
    orig = f"""Office says they never got the PA form for this one. Can you refax to {fax}, attn Kelly? Thx"""
    body = f"""Refaxed at {hm(dt)}, confirmation attached. Kelly said she'd walk it back to Dr. Moyer today.

Emily

{q_outlook(orig, 'Lin, Mei', 'Tran, Emily', f'Rx {r} / DOB 9-03-1971 -- PA fax', dt0)}
"""
    conf = pdf(["FAX TRANSMISSION REPORT", "", f"Date/Time: {mdy(dt.date())} {hm(dt)}",
                "From: BELLWOOD RX PA TEAM  (937) 555-0160", f"To: {fax}", "Pages: 3", "Duration: 00:01:12",
                "Mode: ECM", "Result: OK", "", "Document: PA_REQ_FORM.pdf"])
    save("phi", "ids", build(S["emily"].h, [S["mei"].h], f"RE: Rx {r} / DOB 9-03-1971 -- PA fax", body, dt,
                             irt=irt(), atts=[("FaxConfirm.pdf", conf, "application", "pdf")]), "")

# =================================================================== PHI: lang
def phi_lang():
    S = ST
    # lang-1 Spanish: reply with quoted original from daughter
    dt0 = when()
    dt = after(dt0, 60, 60 * 18)
    ph = phone("614")
    orig = f"""Buenas tardes,

Les escribo por mi mamá, María Elena Ortiz Salgado, fecha de nacimiento 12/05/1948. Ella recibe sus medicinas por correo cada mes pero esta vez no le llegó la insulina ni las tiras para medirse el azúcar. Ya van 5 días de retraso y solo le queda una pluma. Llamé al número de servicio al cliente y me dejaron en espera más de media hora.

¿Me pueden decir si ya lo mandaron? La dirección es 2207 Linden Ave, Apt 3B, Columbus OH 43207.

Gracias,
Claudia Ortiz
{ph}"""
    body = f"""Hola Claudia,

Gracias por escribirnos y disculpe la espera en el teléfono. Revisé la cuenta de su mamá: el paquete con la insulina (Basaglar) y las tiras reactivas salió de nuestro centro el martes, pero la paquetería lo regresó porque el número de apartamento no estaba en la etiqueta. Ya corregí la dirección (Apt 3B) y lo volvemos a enviar hoy por entrega al día siguiente, sin costo para ustedes. Debe llegar mañana antes de las 12 y alguien tiene que firmar porque va refrigerado.

Si la pluma se le termina antes, la farmacia #0266 en Grove City le puede dar una pluma de emergencia. Ya les dejé una nota en el perfil.

Saludos cordiales,
Yesenia Marquez
Especialista de Atención al Cliente (bilingüe)
Bellwood Pharmacy | 1-800-555-0142 opción 2

{q_gmail(orig, f'Claudia Ortiz <claudia.ortiz.s@brightmail.net>', dt0)}
"""
    save("phi", "lang", build(S["yesenia"].h, ["Claudia Ortiz <claudia.ortiz.s@brightmail.net>"],
                              "RE: No llegó la insulina de mi mamá", body, dt, irt=msgid("brightmail.net"), html=True),
         "María Elena Ortiz Salgado")

    # lang-2 Vietnamese: son writes to customer care
    dt = when()
    body = f"""Kính gửi nhà thuốc Bellwood,

Tôi là Nguyễn Minh Tuấn, con trai của ông Nguyễn Văn Hùng (ngày sinh 02/03/1942). Bố tôi muốn chuyển toa thuốc huyết áp và thuốc tiểu đường từ nhà thuốc Hartley Drug trên đường Cleveland Ave sang nhà thuốc Bellwood số 0418 ở Westerville vì gần nhà hơn.

Các thuốc gồm:
- amlodipine 10mg, mỗi ngày 1 viên
- losartan 50mg, mỗi ngày 1 viên
- metformin 1000mg, ngày 2 lần

Bố tôi không nói được tiếng Anh, nên khi thuốc sẵn sàng xin vui lòng gọi cho tôi theo số {phone('614')}. Tôi cũng muốn hỏi là nhà thuốc có thể đóng gói thuốc theo từng ngày (vỉ thuốc) được không, vì mẹ tôi mới mất và bố tôi hay quên uống thuốc.

Cảm ơn rất nhiều.
Tuấn
"""
    save("phi", "lang", build("Tuan Nguyen <tuan.nguyen.minh@homenet-mail.com>", ["Customer Care <care@bellwoodrx.com>"],
                              "Chuyển toa thuốc cho bố tôi - Nguyễn Văn Hùng", body, dt, dom="homenet-mail.com"),
         "Nguyễn Văn Hùng")

    # lang-3 Chinese: daughter, mail order not received
    dt = when()
    order = f"7781-{digits(4)}"
    body = f"""您好，

我母亲陈秀英（Chen Xiuying，出生日期1946年8月19日）的药每个月都是邮寄到家里的。这次的订单（订单号 {order}）在网上显示三天前已经送达，但是我们没有收到包裹。里面有她的降压药和甲状腺的药，她现在只剩两天的量了。

地址是 4410 Kenny Rd Apt 12, Columbus OH 43220。我们白天都在家，快递员没有敲门。

请问可以重新寄一次吗？或者能不能先在 Hilliard 的药店领几天的药？

谢谢！
李伟（女儿）
手机：{phone('614')}

发自我的手机
"""
    save("phi", "lang", build("Li Wei <liwei.0819@peachtel.net>", ["Customer Care <care@bellwoodrx.com>"],
                              f"包裹没有收到 订单{order}", body, dt, dom="peachtel.net"), "Chen Xiuying")

    # lang-4 Russian: patient herself, refill too soon
    dt = when()
    body = f"""Здравствуйте!

Меня зовут Галина Петренко, дата рождения 15.06.1957. Вчера в аптеке №0227 (Hilliard) мне сказали, что страховка не оплачивает мой габапентин, потому что «слишком рано» для повторного получения. Но врач увеличил дозу с 300 мг до 600 мг три раза в день, и старые таблетки у меня закончились раньше. Новый рецепт доктор Брэдфорд отправил электронно на прошлой неделе.

Фармацевт сказал, что нужно разрешение от страховой компании. Сколько это займёт времени? Таблетки закончились в субботу, без них мне очень плохо — болят ноги, не могу спать.

Номер полиса: SVH{digits(8)}-01

С уважением,
Галина Петренко
тел. {phone('614')}
"""
    save("phi", "lang", build("Galina Petrenko <g.petrenko57@brightmail.net>", ["Customer Care <care@bellwoodrx.com>"],
                              "габапентин - отказ страховки", body, dt, dom="brightmail.net"), "Galina Petrenko")

    # lang-5 Haitian Creole: daughter, homebound vaccine; forwarded with English note
    dt0 = when((2024, 9, 1), (2024, 11, 15))
    dt = after(dt0, 30, 60 * 6)
    orig = f"""Bonjou,

Mwen rele Marie-Claude Jean-Baptiste. Mwen se pitit fi Yvette Jean-Baptiste ki fèt 11/30/1939. Manman m pa ka soti lakay ankò, li nan kabann pi fò tan depi li te tonbe an jiyè. Doktè li di li bezwen pran vaksen grip la ak vaksen pou nemoni an ane sa a.

Èske famasi Bellwood gen yon moun ki ka vin bay vaksen lakay? Nou rete 318 Oak St, Marion. Si se pa posib, èske mwen ka mennen l nan klinik la nan yon chèz woulant?

Asirans li se Medicare ak Medicaid.

Mèsi anpil,
Marie-Claude
{phone('740')}"""
    body = f"""Ngozi - homebound vaccine request below (in Creole). Daughter is asking if anyone can come to the house for flu + pneumonia for her mom, Marion area. Do we still do home visits out of 0139? If not she can bring her in a wheelchair.

Joy

{q_fwd(orig, 'Marie-Claude Jean-Baptiste <mcjeanbaptiste@inboxly.com>', 'care@bellwoodrx.com', 'vaksen pou manman m', dt0)}
"""
    save("phi", "lang", build(S["joy"].h, [S["ngozi"].h], "Fwd: vaksen pou manman m", body, dt, cc=[store("0139")]),
         "Yvette Jean-Baptiste")

    # lang-6 Tagalog / Taglish between staff, reply with quote
    dt0 = when()
    dt = after(dt0, 15, 120)
    rowena = P("Rowena", "Castro", "CPhT, Customer Care Specialist", "Customer Care Center")
    orig = f"""Hi Ate Joy,

Yung patient natin na si Mr. Danilo Mendoza (DOB 08/17/1955), tumawag ulit kaninang umaga. Hindi pa raw dumarating yung Eliquis niya sa mail order, 3 days na lang yung natitira sa kanya. Sabi ng system "shipped" na daw noong Lunes pero walang tracking update.

Pwede mo bang i-check sa central fill kung nasaan na? Kung wala pa, baka pwede natin i-transfer muna sa store 0266 para may makuha siya ngayong linggo. Ayaw niyang lumiban sa gamot kasi kaka-discharge lang niya sa ospital last month.

Salamat po!
Weng"""
    body = f"""Sige Weng, tinawagan ko na si Tom sa CF. Naiwan daw yung tote sa dock noong Lunes, hindi na-scan. Ipapadala nila ngayon overnight, darating bukas bago mag-10. Tinext ko na rin si Mr. Mendoza.

Joy

{q_gmail(orig, f'Rowena Castro <{rowena.addr}>', dt0)}
"""
    save("phi", "lang", build(S["joy"].h, [rowena.h], "Re: Mendoza - mail order Eliquis", body, dt, irt=irt()),
         "Danilo Mendoza")

    # lang-7 Portuguese: mother asking about compounded cream for son
    dt = when()
    body = f"""Olá, bom dia.

Meu nome é Rosângela Farias. O pediatra do meu filho Davi (3 anos, nascido em 14/02/2021) receitou uma pomada manipulada para a dermatite dele — hidrocortisona 1% com óxido de zinco. A farmácia de Zanesville disse que quem faz é o laboratório de manipulação de vocês.

Gostaria de saber quanto tempo demora para ficar pronta e se o plano Lakeshore cobre. A receita foi enviada pelo Dr. Pellegrino ontem.

Outra coisa: o Davi tem alergia a lanolina, por favor confirmem que a base não tem lanolina.

Obrigada,
Rosângela
{phone('740')}

Enviado do meu celular
"""
    save("phi", "lang", build("Rosangela Farias <rosangela.farias@example.com>", ["Compounding <compounding@bellwoodrx.com>"],
                              "pomada manipulada - Davi Farias", body, dt, dom="example.com"), "Davi Farias")

    # lang-8 Korean: daughter re PA denial
    dt = when((2025, 1, 6), (2025, 3, 20))
    body = f"""안녕하세요.

저는 김영숙 씨의 딸 박지현입니다. 어머니(김영숙, 1950년 3월 2일생)가 어제 문자로 '사전승인(prior authorization) 거절' 안내를 받으셨는데, 무슨 뜻인지 잘 모르셔서 대신 연락드립니다.

어머니는 Xarelto 20mg를 3년째 드시고 계시고, 올해 1월부터 보험이 Summit Valley Medicare로 바뀌었습니다. 담당 의사는 Dr. Hwang (Northside Cardiology)입니다.

약이 일주일치 정도 남았는데, 다른 약으로 바꿔야 하는 건지 아니면 의사 선생님이 서류를 다시 보내야 하는 건지 알려주시면 감사하겠습니다.

어머니는 영어를 잘 못하셔서 연락은 저에게 주세요: {phone('614')}

감사합니다.
박지현 드림
"""
    save("phi", "lang", build("Jihyun Park <jihyun.park@example.net>", ["Customer Care <care@bellwoodrx.com>"],
                              "어머니 약 사전승인 거절 문의 (김영숙)", body, dt, dom="example.net"), "김영숙 (Kim Young-sook)")

# =================================================================== PHI: lists
PATIENTS = [
    ("Beverly", "Hutchins"), ("Raymond", "Szabo"), ("Keisha", "Lawson"), ("Dale", "Pennington"),
    ("Fatima", "Haddad"), ("Gordon", "McAllister"), ("Imelda", "Santos"), ("Trevor", "Blanchard"),
    ("Shirley", "Vukovich"), ("Omar", "Farah"), ("Janice", "Whitaker"), ("Luis", "Carrillo"),
    ("Pauline", "Dobbins"), ("Wei", "Zhang"), ("Howard", "Greenlee"), ("Tamika", "Rollins"),
    ("Stanley", "Kowalski"), ("Arlene", "Fitzgerald"), ("Dmitri", "Volkov"), ("Rosa", "Benitez"),
    ("Clifford", "Amsel"), ("Norma", "Jean-Louis"), ("Eugene", "Baptiste"), ("Lorraine", "Kapoor"),
    ("Hector", "Ybarra"), ("Mildred", "Oyelaran"), ("Curtis", "Lindahl"), ("Bao", "Pham"),
    ("Joann", "Riggs"), ("Terrence", "Okoro"), ("Helen", "Marchetti"), ("Ruben", "Solis"),
    ("Agnes", "Halloran"), ("Yusuf", "Abdullahi"), ("Marlene", "Tuttle"), ("Frank", "DeLuca"),
    ("Sunita", "Rao"), ("Wendell", "Pryor"), ("Irene", "Sato"), ("Cecil", "Hargrove"),
    ("Lupe", "Gallardo"), ("Vernice", "Coleman"), ("Oksana", "Hrytsenko"), ("Glenn", "Ashby"),
    ("Adaeze", "Nwosu"), ("Patrick", "Kilbane"), ("Thu", "Le"), ("Maribel", "Ocasio"),
    ("Roland", "Fairbanks"), ("Geraldine", "Pote"), ("Kwame", "Asante"), ("Doreen", "Lusk"),
    ("Esperanza", "Villareal"), ("Milton", "Grubb"), ("Hye-jin", "Cho"), ("Lamar", "Winfield"),
    ("Bernadette", "Quigley"), ("Anwar", "Siddiqui"), ("Colleen", "Yoder"), ("Desiree", "Fontenot"),
]
random.shuffle(PATIENTS)
_pi = [0]


def take(n):
    out = PATIENTS[_pi[0]:_pi[0] + n]
    _pi[0] += n
    return out


def dob(y0=1938, y1=1990):
    return rdate(y0, y1)


DRUGS = ["atorvastatin 40mg", "lisinopril 20mg", "amlodipine 5mg", "levothyroxine 88mcg", "metformin ER 500mg",
         "sertraline 100mg", "Eliquis 5mg", "Jardiance 25mg", "gabapentin 300mg", "losartan 100mg",
         "tramadol 50mg", "Trulicity 1.5mg", "omeprazole 40mg", "hydrocodone/APAP 10-325", "montelukast 10mg",
         "clopidogrel 75mg", "Vyvanse 40mg", "Entresto 49-51mg", "carvedilol 12.5mg", "zolpidem 10mg"]


def phi_lists():
    S = ST
    # lists-1 RTS rejects aligned in body
    dt = when()
    pts = take(6)
    lines = ["PATIENT               DOB         RX#       DRUG                   LAST FILL  NEXT ELIG",
             "--------------------  ----------  --------  ---------------------  ---------  ---------"]
    for f, l in pts:
        d = dob()
        lf = before(dt, 60 * 24 * 4, 60 * 24 * 14).date()
        lines.append(f"{(l.upper() + ', ' + f.upper())[:20]:<20}  {mdy(d)}  {rxno():<8}  {random.choice(DRUGS):<21}  "
                     f"{mdy(lf)[:5]:<9}  {mdy(plus(lf, random.choice([23, 25, 26, 27])))[:5]}")
    tbl = "\n".join(lines)
    body = f"""Marcus,

Here are the 79/88 rejects for 0227 from the last 48 hrs that are still sitting in the queue. Most of these are just early by a few days -- please don't resubmit with SCC 05 unless the pharmacist documents a dose change or lost med. The two controls need RPh review regardless.

{tbl}

If the patient is asking, the NEXT ELIG date is what the plan gave us. Let me know which ones you want me to work with the plan on.

Abdi
Third Party Resolution
{S['abdi'].ph}
"""
    save("phi", "lists", build(S["abdi"].h, [S["marcus"].h], "RTS rejects - 0227 - last 48h", body, dt,
                               cc=[store("0227")]), "; ".join(f"{f} {l}" for f, l in pts))

    # lists-2 CSV attachment PA queue
    dt = when()
    pts = take(9)
    rows = [["case_id", "patient_name", "dob", "member_id", "plan", "drug", "prescriber", "submitted", "status"]]
    for f, l in pts:
        rows.append([f"PA-{digits(6)}", f"{l}, {f}", mdy(dob(1940, 2012)),
                     random.choice(["SVH", "NRX", "LCC"]) + digits(8),
                     random.choice(["Summit Valley MA", "Northgate Commercial", "Lakeshore Medicaid"]),
                     random.choice(["Ozempic 0.5mg", "Mounjaro 5mg", "Dupixent 300mg", "Vyvanse 30mg", "Xarelto 20mg",
                                    "Nurtec ODT 75mg", "Humira 40mg", "Linzess 145mcg"]),
                     random.choice(["Okafor", "Moyer", "Hwang", "Pellegrino", "Stratton", "Barnaby"]),
                     mdy(before(dt, 60 * 24, 60 * 24 * 12).date()),
                     random.choice(["Pending plan", "Need clinicals", "Pending MD", "Appeal filed", "Pending plan"])])
    body = f"""Priya - PA queue export from this morning attached. 9 open over 72 hrs, oldest at the top. The two "Need clinicals" are waiting on chart notes from the office, I've called both twice.

Can you take the Summit Valley ones? I'll keep working Lakeshore.

Em
"""
    save("phi", "lists", build(S["emily"].h, [S["priya"].h], "PA aging report", body, dt,
                               atts=[(f"PA_open_{dt:%m%d}.csv", csv_text(rows), "text", "csv")]),
         "; ".join(f"{f} {l}" for f, l in pts))

    # lists-3 XLSX vaccine clinic roster at senior living
    dt = when((2024, 9, 5), (2024, 10, 25))
    pts = take(8)
    cday = plus(dt, 6).date()
    rows = [["Resident", "DOB", "Apt", "Vaccine(s)", "Insurance", "Medicare ID", "Consent signed", "Notes"]]
    notes = ["", "", "egg allergy - use Flublok", "POA signs - son", "", "had Shingrix #1 at Hartley", "", "wheelchair, 2nd fl"]
    for i, (f, l) in enumerate(pts):
        rows.append([f"{f} {l}", mdy(dob(1928, 1952)), str(random.randint(101, 340)),
                     random.choice(["Flu HD", "Flu HD + COVID", "Flu HD + RSV", "Flu HD", "COVID", "Shingrix #2"]),
                     random.choice(["Medicare B", "Summit Valley MA", "Medicare B"]), mbi(),
                     random.choice(["Y", "Y", "Y", "N - pending"]), notes[i]])
    body = f"""Hi Brian,

Attached is the resident list from Maple Grove Senior Living for the {cday:%B} {cday.day} clinic (10am-1pm, community room). Activity director sent it over this morning. 8 so far, she expects a few more by Monday.

Please pre-bill the Medicare B ones and bring the VIS sheets. The one with the egg allergy note -- they want Flublok, I'll ship 2 extra with your order.

Thanks,
Ngozi
"""
    save("phi", "lists", build(S["ngozi"].h, [S["brian"].h, store("0418")], f"Maple Grove clinic {md(cday)} - resident list",
                               body, dt, atts=[("MapleGrove_clinic_roster.xlsx", xlsx(rows, "Roster"), *XLSX_T)]),
         "; ".join(f"{f} {l}" for f, l in pts))

    # lists-4 courier exception report, pipe table
    dt = when()
    pts = take(5)
    streets = ["Sunbury Rd", "Cleveland Ave", "Schrock Rd", "Karl Rd", "Morse Rd", "Dublin-Granville Rd"]
    exc = ["No answer - left tag", "Refused - pt says not ordered", "Wrong address / moved", "Dog in yard, no access",
           "Signature req'd - no adult home"]
    lines = ["| Stop | Patient            | Address                         | Bag ID    | Exception                        |",
             "|------|--------------------|---------------------------------|-----------|----------------------------------|"]
    for i, (f, l) in enumerate(pts):
        a = f"{random.randint(100, 9999)} {random.choice(streets)}, Columbus"
        lines.append(f"| {random.randint(3, 38):>4} | {(f + ' ' + l):<18} | {a:<31} | B{digits(7)} | {exc[i]:<32} |")
    body = f"""Bellwood Delivery - Daily Exception Report
Route: COL-NE-07   Driver: #2213   Date: {mdy(dt.date())}

{chr(10).join(lines)}

All exception bags returned to Store #0418 at {hm(after(dt.replace(hour=17, minute=5), 0, 50))}. Cold items: 0.

SwiftLane Courier Dispatch
dispatch@swiftlanecourier.com | (614) 555-0125
"""
    save("phi", "lists", build(box("SwiftLane Dispatch", "dispatch@swiftlanecourier.com"),
                               [S["courtney"].h, store("0418")], f"Exception Report COL-NE-07 {mdy(dt.date())}", body, dt,
                               dom="swiftlanecourier.com"), "; ".join(f"{f} {l}" for f, l in pts))

    # lists-5 transfer backlog "Name - DOB - reason" lines
    dt = when()
    pts = take(6)
    why = ["outside pharmacy closed, needs all 4 of his", "moving to HD, wants 90ds",
           "fax came in illegible - need to call Hartley #22", "CII - can't transfer, pt needs new Rx from MD, pls call her",
           "insulin + pen needles, pt out tomorrow", "from mail order competitor, 6 Rx's"]
    lst = "\n".join(f"{l}, {f} - {mdy(dob())} - {why[i]}" for i, (f, l) in enumerate(pts))
    body = f"""hi all,

transfer queue is backed up from yesterday's phone outage. These are the ones still open, please grab one and put your initials in the tracker before you start so we don't double call outside pharmacies.

{lst}

the CII one I already left a msg for the pt. everything else is fair game.

thank you!!
Lakisha
"""
    save("phi", "lists", build(S["lakisha"].h, ["Transfer Desk <transferdesk@bellwoodrx.com>"], "open transfers - pls grab",
                               body, dt), "; ".join(f"{f} {l}" for f, l in pts))

    # lists-6 compounding queue pasted from spreadsheet (tabs)
    dt = when()
    pts = take(5)
    forms = [("Magic mouthwash (lido/diphen/Maalox)", "240 mL"), ("Omeprazole 2mg/mL susp", "150 mL"),
             ("Progesterone 100mg caps", "30"), ("Ketoprofen 10% / lido 5% cream", "60 g"),
             ("Metronidazole 50mg/mL susp", "100 mL")]
    hdr = "Patient\tRx#\tFormula\tQty\tDue\tDeliver to"
    lines = [hdr]
    for i, (f, l) in enumerate(pts):
        lines.append(f"{f} {l}\t{rxno()}\t{forms[i][0]}\t{forms[i][1]}\t{md(plus(dt, random.randint(0, 2)))}\t"
                     f"#{random.choice(list(STORES))}")
    body = f"""Tomorrow's non-sterile queue below (copied from the tracker). The omeprazole is for a 4-month-old -- please double check the concentration against the MD note before we compound, the Rx came in as 20mg/mL which is wrong.

{chr(10).join(lines)}

Heather
"""
    save("phi", "lists", build(S["heather"].h, ["Compounding Lab <compounding@bellwoodrx.com>"],
                               f"NSC queue {md(plus(dt, 1))}", body, dt), "; ".join(f"{f} {l}" for f, l in pts))

    # lists-7 forwarded thread, list deep in the original
    dt0 = when()
    dt1 = after(dt0, 60 * 3, 60 * 30)
    dt = after(dt1, 60, 60 * 5)
    pts = take(5)
    rts = "\n".join(f"  {i + 1}. {f} {l} ({mdy(dob())}) - {random.choice(DRUGS)} x{random.choice([30, 90])}"
                    f" - {random.choice(['deceased per family', 'pt says never ordered', 'in hospital', 'switched to competitor', 'moved out of state'])}"
                    for i, (f, l) in enumerate(pts))
    orig1 = f"""Kevin,

As requested, here's where we ended up on the auto-refill RTS items from the HD pilot for last month. 31 total returned to stock; these 5 are the ones where the patient or family called upset that it was shipped at all:

{rts}

I think the bigger issue is the auto-refill enrollment default. Happy to walk through it.

Nina Okafor, RPh
Store #0512"""
    orig2 = f"""Alan -- see Nina's summary below. This is what I was talking about on the RX ops call. We're shipping to people who told a store they didn't want it anymore.

Kevin"""
    body = f"""Let's put this on Thursday's agenda. Courtney, can you pull the enrollment defaults before then?

Alan

{q_outlook(orig2 + chr(10) + chr(10) + q_outlook(orig1, 'Okafor, Nina', "O'Rourke, Kevin", 'HD auto-refill returns', dt0), "O'Rourke, Kevin", 'Brookshire, Alan', 'FW: HD auto-refill returns', dt1)}
"""
    save("phi", "lists", build(S["alan"].h, [S["kevin"].h, S["courtney"].h], "RE: FW: HD auto-refill returns", body, dt,
                               irt=irt(), html=True), "; ".join(f"{f} {l}" for f, l in pts))

# =================================================================== PHI: names
def phi_names():
    S = ST
    # names-1 Mrs. Petrakis
    dt = when()
    body = f"""Mei,

Mrs. Petrakis called again -- third time this week. She says the warfarin she picked up Saturday is a different color (peach instead of the tan ones she's always had) and she's afraid to take it. She has her INR check Monday at the anticoag clinic and doesn't want to "mess it up."

I explained it's probably a different manufacturer but she really wants to hear it from a pharmacist. She prefers mornings before 11, best # is the home phone on her profile.

Thanks,
Darnell
Customer Care Center | ext 2231
"""
    save("phi", "names", build(S["darnell"].h, [S["mei"].h, store("0305")], "call back pls - Petrakis", body, dt),
         "Mrs. Petrakis")

    # names-2 name only in subject
    dt = when()
    body = """He called asking whether he should take the folic acid on the same day as his weekly dose or skip that day. Said the paper from the rheumatologist's office and the bottle label don't match. Told him a pharmacist would call him back this afternoon.

Best # is the cell on the profile, he doesn't answer unknown numbers so leave a VM.

- Jorge
"""
    save("phi", "names", build(S["jorge"].h, [store("0418")], "Gerald Fontaine - methotrexate/folic acid question",
                               body, dt), "Gerald Fontaine")

    # names-3 Last, First in subject; thread
    dt0 = when()
    dt = after(dt0, 40, 60 * 8)
    orig = f"""Tom, we got Mr. Okonkwo's 90-day order from CF today and it only had 100 pen needles. He does 4 injections a day (Humalog with meals + Tresiba at night) so he needs 400 for 90 days. He's going to run out in about 3 weeks. Can you guys send the rest on tomorrow's tote? I'd rather not bill a new claim if we can fix the qty on the original.

Nina"""
    body = f"""Nina -- you're right, the sig on the pen needles got entered as "use daily" instead of "use 4x daily" when the Rx was renewed. We'll ship 300 more on tomorrow's tote under the same fill and I'll fix the sig in the system. Sorry about that.

I'm also flagging it for Dana's QRE log since it's a data entry error.

Tom

{q_outlook(orig, 'Okafor, Nina', 'Willoughby, Tom', 'Okonkwo, Chidi - pen needles short', dt0)}
"""
    save("phi", "names", build(S["tom"].h, [S["nina"].h], "RE: Okonkwo, Chidi - pen needles short", body, dt,
                               cc=[S["dana"].h], irt=irt()), "Chidi Okonkwo")

    # names-4 nickname
    dt = when()
    body = f"""Kevin,

Heads up before it turns into a complaint: Bobby Tran (Robert on the profile) was in this morning pretty upset because we didn't have his Suboxone films again. He's been stable with the Riverside recovery clinic for over a year and this is the second time this month we've had to send him somewhere else. He doesn't have a car and the other store is two buses.

I called the wholesaler -- we keep hitting our monthly CSOS threshold for buprenorphine around the 20th. Can you help me get the threshold raised, or can we at least keep 2 boxes set aside for him?

He's coming back Thursday for the rest of the partial.

Brian
{S['brian'].title}
{S['brian'].ph}
"""
    save("phi", "names", build(S["brian"].h, [S["kevin"].h], "buprenorphine threshold / patient issue", body, dt),
         "Robert (Bobby) Tran")

    # names-5 name only in quoted thread
    dt0 = when()
    dt = after(dt0, 20, 150)
    orig = f"""Lakisha,

Can you push the Eliquis transfer for Ruth Abernathy through today? She's down to two tablets and her cardiologist's office is closed until Monday. Outside pharmacy is Hartley Drug #14, she says they have 2 refills left on it.

Thanks,
Darnell"""
    body = f"""done -- sent to 0418, they'll call her when it's ready. Hartley had 2 RF like she said.

LB

{q_outlook(orig, 'Hughes, Darnell', 'Boyd, Lakisha', 'urgent transfer', dt0)}
"""
    save("phi", "names", build(S["lakisha"].h, [S["darnell"].h], "RE: urgent transfer", body, dt, irt=irt()),
         "Ruth Abernathy")

    # names-6 first name only, context
    dt = when()
    tech = P("Kayla", "Burris", "CPhT", "Store #0512 Zanesville")
    body = """Hey Nina,

Vernon was in again asking about the new binder -- his dialysis center changed him from the Renvela to Velphoro and he said the renal office was sending the Rx Tuesday. I don't see anything in the e-script queue. He's in Tues/Thurs/Sat for treatment so Friday is the only good day for him to pick up.

Can you call Dr. Sato's office tomorrow? I told him we'd have it by Friday and now I'm nervous lol

Kayla
"""
    save("phi", "names", build(tech.h, [S["nina"].h], "Vernon's binder", body, dt), "Vernon")

    # names-7 DM escalation
    dt0 = when()
    dt = after(dt0, 60, 60 * 20)
    orig = f"""Guest Relations Case GR-{digits(6)}

Customer: Luis Delgado (father)
Patient: Andres Delgado, age 9
Store: #0512 Zanesville

Mr. Delgado states that for the third month in a row the store could not fill his son's methylphenidate ER 27 mg and told him to "try somewhere else." He says nobody offered to check other Bellwood stores or call the doctor about a different strength. Andres missed 4 days of his medication and his teacher sent a note home about his behavior. Mr. Delgado posted about this on the Bellwood Facebook page and is asking for a call from a manager.

Tasha Greer
Guest Relations"""
    body = f"""Nina -- please call Mr. Delgado today and let me know how it goes. Going forward on stimulant shortages I want the store to check inventory at 0412 and 0266 and offer to contact the prescriber about the 18 mg x 1 + 9 mg or the IR before sending anyone away.

Kevin

{q_outlook2(orig, 'Greer, Tasha', "O'Rourke, Kevin", f'Escalation - store 0512 - Delgado', dt0)}
"""
    save("phi", "names", build(S["kevin"].h, [S["nina"].h], "FW: Escalation - store 0512 - Delgado", body, dt,
                               cc=[S["tasha"].h], html=True), "Andres Delgado")

    # names-8 pharmacist to prescriber office with reply
    dt0 = when()
    dt = after(dt0, 60, 60 * 6)
    office = P("Brandi", "Kostelnik", "Medical Assistant", "Fairmont Family Medicine", dom="fairmontfm.com")
    orig = f"""Hello,

Regarding your patient Annika Bergstrom: the amoxicillin-clavulanate 600 mg/5 mL suspension Dr. Stratton prescribed this morning is on national backorder and none of our stores in the area have it. She's 4 and weighs 38 lb per the Rx.

Options we can fill today: the 400 mg/5 mL at an adjusted volume, or chewable tablets if she can manage those. Could Dr. Stratton let us know which he prefers? Mom is waiting at the store.

Brian Nakamura, RPh
Bellwood Pharmacy #0418
{S['brian'].ph}  |  fax (614) 555-0419"""
    body = f"""Dr. Stratton says ok to use the 400mg/5mL, he wants 90 mg/kg/day divided BID x 10 days, please calculate volume. Mom can call us if any questions.

Brandi K, MA
Fairmont Family Medicine

{q_gmail(orig, f'Brian Nakamura <{S["brian"].addr}>', dt0)}
"""
    save("phi", "names", build(office.h, [S["brian"].h], "Re: Augmentin susp backorder - your patient", body, dt,
                               dom="fairmontfm.com", irt=irt()), "Annika Bergstrom")


# =================================================================== PHI: self
def phi_self():
    # self-1 insulin delivery
    dt = when()
    order = f"7781-{digits(4)}"
    body = f"""To whom it may concern,

I have been a home delivery customer for 4 years and this is the second month in a row my insulin has been late. I was told on the phone last Thursday it would be here Saturday. It is now Tuesday. Order # {order}. I have one vial of Humalog left and I am NOT going to ration it again like I had to in August.

I would like someone to call me today, not a form email. {phone('937')}.

Denise Carrow
1186 Wilmington Pike, Kettering OH 45420
"""
    save("phi", "self", build("Denise Carrow <dcarrow1962@brightmail.net>", ["Customer Care <care@bellwoodrx.com>"],
                              "LATE INSULIN AGAIN", body, dt, dom="brightmail.net"), "Denise Carrow")

    # self-2 lowercase phone
    dt = when()
    body = """hi its marcus, my adderall got rejected again says cant fill til the 5th?? i only got 20 pills last time bc you guys were out and said you'd owe me the rest. so how is it too soon. please fix i have finals

Sent from my iPhone
"""
    save("phi", "self", build("marcus odom <modom22@inboxly.com>", ["Bellwood Pharmacy 0227 <rx0227@bellwoodrx.com>"],
                              "adderall", body, dt, dom="inboxly.com"), "Marcus Odom")

    # self-3 employee about her own coverage
    dt = when()
    body = f"""Hi Samantha,

Sorry to bother you with this, I didn't know who else to ask. I'm on the Bellwood PPO (employee + spouse). My doctor prescribed Gonal-f and Menopur for our IVF cycle that starts next month and when I ran it at my own store it rejected with "plan limitation - benefit excluded."

Does our plan cover fertility medications at all? If not is there a separate rider or can I use my HSA? The cash price is over $4,000 for the first cycle so I need to know soon.

I'd rather this stay between us for now, my store doesn't know yet.

Thank you so much,
Krystal Dunn, CPhT
Store #0139 Marion
Employee ID {digits(6)}
"""
    save("phi", "self", build(f"Krystal Dunn <krystal.dunn@{CO}>", [ST["sam"].h], "question about my Rx coverage",
                              body, dt), "Krystal Dunn")

    # self-4 Medicare Part D copay, formal
    dt = when((2025, 1, 8), (2025, 3, 1))
    m = mbi()
    body = f"""Dear Sir or Madam,

I am writing regarding my prescription for Eliquis 5 mg, which I have filled at your Lancaster store (#0412) for the past three years.

In December my copay was $47.00 for a 30 day supply. On January 14 I was charged $212.18 for the same prescription. Nobody at the counter could explain why. I understand the Medicare drug plans changed this year but I was told my out of pocket would be capped at $2,000 for the year and I would like to know if I can spread the cost out over the year as I heard on the television.

I am on a fixed income and also take two other medications from your pharmacy for my heart.

My Medicare number is {m} and my date of birth is September 9, 1941. Please send a written explanation to the address below.

Sincerely,

Walter J. Brandt
2290 Coonpath Rd NW
Lancaster, Ohio 43130
"""
    save("phi", "self", build("Walter Brandt <wjbrandt41@homenet-mail.com>", ["Customer Care <care@bellwoodrx.com>"],
                              "Eliquis copay increase", body, dt, dom="homenet-mail.com"), "Walter J. Brandt")

    # self-5 shingles shot reaction
    dt = when()
    body = """Hi,
I got my second shingles shot at your Westerville store on Saturday and my arm is swollen and hot from my shoulder almost to my elbow, and it's red. Also had chills Saturday night. Is this normal? The pharmacist said I might be sore but didn't say anything about this. I don't have a regular doctor right now since mine retired. Should I go to urgent care or just wait it out?

Also the receipt says dose 1 of 2 but it was my second, I had the first one at Hartley in the spring. Can you fix that in the record so it counts?

Pam Reinholt
"""
    save("phi", "self", build("Pam Reinholt <pamreinholt@example.org>", ["Bellwood Pharmacy 0418 <rx0418@bellwoodrx.com>"],
                              "reaction to shingles shot", body, dt, dom="example.org"), "Pam Reinholt")

    # self-6 transfer all to mail order
    dt = when()
    body = f"""Hello,

I would like to move all of my prescriptions from the Grove City store to home delivery. My new insurance (Northgate through my husband's job) charges less for 90 days by mail.

These are what I take:
  lisinopril 20 mg once a day
  levothyroxine 75 mcg once a day
  atorvastatin 20 mg at night
  sertraline 50 mg once a day
  Vitamin D 50,000 units weekly

My date of birth is 6/30/1958. Address: 3675 Hoover Rd, Grove City OH 43123. Member ID on the new card is NRX{digits(8)}.

Please do not send the sertraline in a package that says what it is on the outside, my grandkids get the mail sometimes.

Thank you,
Gloria Estrada-Nuñez
{phone('614')}
"""
    save("phi", "self", build("Gloria Estrada-Nunez <gestradanunez@example.com>",
                              ["Home Delivery <homedelivery@bellwoodrx.com>"], "switch my prescriptions to mail order",
                              body, dt, dom="example.com", html=True), "Gloria Estrada-Nuñez")

    # self-7 reply to auto notification
    dt0 = when()
    dt = after(dt0, 30, 60 * 10)
    last4 = digits(4)
    auto = f"""Hi RON, your prescription is ready for pickup.

Bellwood Pharmacy #0305
2711 Far Hills Ave, Kettering OH 45419
Rx ending in {last4} - LISINOPRIL 10MG TAB
Ready since: {mdy(dt0.date())}

Prescriptions not picked up within 10 days will be returned to stock.
Manage notifications at bellwoodrx.com/alerts. This mailbox is not monitored."""
    body = f"""I don't take that anymore!! Dr. Feld stopped the lisinopril in January because of the cough, he put me on the losartan instead. This is the 3rd time you've refilled it. Please take it off auto refill and don't charge my insurance for it.

Ron Szymanski

{q_gmail(auto, 'Bellwood Pharmacy <noreply@bellwoodrx.com>', dt0)}
"""
    save("phi", "self", build("Ron Szymanski <ronszy@peachtel.net>", ["Bellwood Pharmacy <noreply@bellwoodrx.com>"],
                              "Re: Your prescription is ready for pickup", body, dt, dom="peachtel.net", irt=irt()),
         "Ron Szymanski")

# =================================================================== PHI: struct
def ts(dt):
    return dt.strftime("%Y%m%d%H%M%S")


def phi_struct():
    S = ST
    # struct-1 HL7 RDE^O11 errors in body, cover note
    dt = when()
    p1 = ("HUTCHINGS", "LEONA", "M", "19470311", "F", "88 CEDAR RUN DR^^ZANESVILLE^OH^43701", "(740)555-0148")
    p2 = ("ABERCROMBIE", "DESMOND", "R", "19620925", "M", "2015 LINDEN AVE^^ZANESVILLE^OH^43701", "(740)555-0193")
    msgs = []
    for i, p in enumerate((p1, p2)):
        r = rxno()
        mrn = f"BW{digits(8)}"
        mdt = before(dt, 60 * 3, 60 * 9)
        give = "" if i == 0 else ""
        msgs.append("\n".join([
            f"MSH|^~\\&|SCRIPTPOINT|BW0512|CFILL|GROVEPORT|{ts(mdt)}||RDE^O11^RDE_O11|CF0512{digits(6)}|P|2.5.1",
            f"PID|1||{mrn}^^^BWRX^PI||{p[0]}^{p[1]}^{p[2]}||{p[3]}|{p[4]}|||{p[5]}||{p[6]}",
            "PV1|1|O",
            f"ORC|NW|{r}^BWRX||||||||||1578{digits(6)}^PELLEGRINO^ANTHONY^J^^^MD",
            f"RXE|1^BID^^{mdt:%Y%m%d}|{give}|1||TAB|||||180|TAB|3||||||||||||||||||||{r}",
            f"RXR|PO",
        ]))
    body = f"""Renee / Tom,

Interface engine kicked these two back overnight -- RXE-2 (give code) is blank so CF couldn't map an NDC. Both came from 0512 after their 11pm sync. Looks like the store's drug file lost the NDC link on a product change (metformin ER, new mfr). I've opened INC00{digits(5)} with ScriptPoint. The store can refill locally today if the patients need them; otherwise I'll resend once the mapping is fixed.

Raw messages below.

{msgs[0]}

{msgs[1]}

Raj Desai
Pharmacy Systems Analyst | Pharmacy IT
{S['raj'].ph}
"""
    save("phi", "struct", build(S["raj"].h, [S["renee"].h, S["tom"].h], "CF interface errors - RDE rejects 0512",
                                body, dt, cc=[S["nina"].h]), "Leona Hutchings; Desmond Abercrombie")

    # struct-2 VXU rejected by registry; ACK in body, VXU attached
    dt = when((2024, 9, 15), (2024, 12, 10))
    ad = before(dt, 60 * 24, 60 * 24 * 3)
    cid = f"IMM0418-{digits(5)}"
    vxu = "\r".join([
        f"MSH|^~\\&|BWRX_IMM|BW0418|OHIIS|OHDOH|{ts(ad)}-0400||VXU^V04^VXU_V04|{cid}|P|2.5.1|||ER|AL|||||Z22^CDCPHINVS",
        f"PID|1||BW{digits(8)}^^^BWRX^MR||OSTERMAN^CAROL^JEAN||19520418|F||2106-3^White^CDCREC|"
        f"5530 N SUNBURY RD^^WESTERVILLE^OH^||^PRN^PH^^^614^5550172",
        "PD1|||||||||||02^Reminder/recall - any method^HL70215|N",
        f"ORC|RE||{digits(8)}^BWRX|||||||||{digits(10)}^NAKAMURA^BRIAN^^^^^^^^^^NPI",
        f"RXA|0|1|{ad:%Y%m%d}|{ad:%Y%m%d}|197^Influenza, high-dose, quadrivalent^CVX|0.7|mL^mL^UCUM||"
        f"00^New immunization record^NIP001|||||||UT{digits(4)}AA||PMC^Sanofi Pasteur^MVX|||CP|A",
        "RXR|C28161^Intramuscular^NCIT|LD^Left Deltoid^HL70163",
        f"OBX|1|CE|64994-7^Vaccine funding program eligibility category^LN|1|V01^Not VFC eligible^HL70064||||||F|||{ad:%Y%m%d}",
    ]) + "\r"
    ack = "\n".join([
        f"MSH|^~\\&|OHIIS|OHDOH|BWRX_IMM|BW0418|{ts(after(ad, 2, 30))}-0400||ACK^V04^ACK|ACK{digits(8)}|P|2.5.1",
        f"MSA|AE|{cid}",
        "ERR||PID^1^11^5|101^Required field missing^HL70357|E||||Patient address ZIP code is required",
        "ERR||PID^1^13|102^Data type error^HL70357|W||||Telephone number format; first occurrence used",
    ])
    body = f"""ImmuLink Submission Monitor - Rejected Message

Facility: Bellwood Pharmacy #0418 Westerville (OHIIS org {digits(5)})
Original control ID: {cid}
Status: AE - Application Error (record NOT added to registry)

Registry response:
{ack}

The original VXU is attached. Correct the demographic data in the pharmacy system and resubmit within 30 days per state reporting rules.

-- ImmuLink automated notification. Replies to this address are not read. --
"""
    save("phi", "struct", build(box("ImmuLink Monitor", "immulink-noreply@bellwoodrx.com"),
                                [store("0418"), S["ngozi"].h], f"[ImmuLink] Registry reject {cid}", body, dt,
                                atts=[(f"{cid}.hl7", vxu, "application", "hl7-v2")]), "Carol Jean Osterman")

    # struct-3 X12 835 remittance attachment, cover note
    dt = when()
    pdt = before(dt, 60 * 24, 60 * 24 * 4)
    chk = digits(10)
    pts = [("PRUETT", "HAROLD", "NRX" + digits(8), rxno(), "-84.17", "22"),
           ("VASQUEZ", "ELENA", "NRX" + digits(8), rxno(), "-412.90", "22"),
           ("LINDQUIST", "MARGARET", "NRX" + digits(8), rxno(), "12.44", "1")]
    segs = [f"ISA*00*          *00*          *ZZ*NORTHGATERX    *ZZ*BELLWOOD0227   *{pdt:%y%m%d}*{pdt:%H%M}*^*00501*{digits(9)}*0*P*:~",
            f"GS*HP*NORTHGATERX*BELLWOOD0227*{pdt:%Y%m%d}*{pdt:%H%M}*{random.randint(1000, 9999)}*X*005010X221A1~",
            "ST*835*0001~",
            f"BPR*I*-484.63*C*ACH*CCP*01*{digits(9)}*DA*{digits(10)}*{digits(10)}**01*{digits(9)}*DA*{digits(9)}*{pdt:%Y%m%d}~",
            f"TRN*1*{chk}*1{digits(9)}~",
            f"DTM*405*{pdt:%Y%m%d}~",
            "N1*PR*NORTHGATE RX SOLUTIONS~",
            "N3*PO BOX 77120~", "N4*SAINT PAUL*MN*55177~",
            f"N1*PE*BELLWOOD PHARMACY 0227*XX*{digits(10)}~"]
    for i, (l, f, mid, r, amt, st) in enumerate(pts, 1):
        d = before(pdt, 60 * 24 * 20, 60 * 24 * 80)
        segs += [f"LX*{i}~",
                 f"CLP*{r}*{st}*{amt.lstrip('-') if st == '1' else amt}*{amt}**13*{digits(15)}~",
                 f"NM1*QC*1*{l}*{f}****MI*{mid}~",
                 f"DTM*232*{d:%Y%m%d}~",
                 f"SVC*N4:{digits(11)}*{amt.lstrip('-')}*{amt}**{random.choice([30, 90])}~",
                 ("CAS*CR*94*" + amt.lstrip('-') + "~") if st == "22" else "CAS*PR*2*0~"]
    segs += [f"SE*{len(segs) - 1}*0001~", "GE*1*" + segs[1].split('*')[6] + "~", "IEA*1*" + segs[0].split('*')[13] + "~"]
    x12 = "\n".join(segs) + "\n"
    body = f"""Paul,

Northgate took back two claims on the last 835 for 0227 (Pruett and Vasquez -- both reversals, CARC 94 "processed in excess of charges") with no audit letter that I can find. Together it's almost $500. The 835 file is attached; the reversals are LX 1 and 2.

Is this the MAC appeal thing you mentioned or something new in the 2025 amendment? I want to dispute before the 30 day window closes on {md(plus(dt, 24))}.

Abdi
"""
    save("phi", "struct", build(S["abdi"].h, [S["paul"].h], f"Northgate recoupments - EFT {chk}", body, dt,
                                atts=[(f"NGRX_835_{pdt:%Y%m%d}_0227.txt", x12, "text", "plain")]),
         "Harold Pruett; Elena Vasquez; Margaret Lindquist")

    # struct-4 FHIR bundle from partner app
    dt = when()
    pid = f"pt-{digits(7)}"
    dd = before(dt, 60 * 24, 60 * 24 * 5)
    bundle = {
        "resourceType": "Bundle", "id": f"bw-disp-{digits(8)}", "type": "collection",
        "timestamp": dt.isoformat(),
        "entry": [
            {"fullUrl": f"urn:uuid:{pid}", "resource": {
                "resourceType": "Patient", "id": pid,
                "identifier": [{"system": "https://bellwoodrx.com/fhir/patient-id", "value": f"BW{digits(8)}"}],
                "name": [{"family": "Kaczmarek", "given": ["Theresa", "A"]}],
                "gender": "female", "birthDate": "1966-02-27",
                "telecom": [{"system": "phone", "value": phone('330'), "use": "mobile"}],
                "address": [{"line": ["811 Glenmont Ave"], "city": "Akron", "state": "OH", "postalCode": "44310"}]}},
            {"resource": {
                "resourceType": "MedicationDispense", "id": f"md-{digits(9)}", "status": "completed",
                "medicationCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/ndc",
                                                          "code": f"00002-{digits(4)}-80", "display": "Trulicity 1.5 mg/0.5 mL pen"}]},
                "subject": {"reference": f"urn:uuid:{pid}"},
                "quantity": {"value": 2, "unit": "mL"}, "daysSupply": {"value": 28, "unit": "days"},
                "whenHandedOver": dd.isoformat(),
                "dosageInstruction": [{"text": "Inject 1.5 mg subcutaneously once weekly"}]}},
            {"resource": {
                "resourceType": "MedicationDispense", "id": f"md-{digits(9)}", "status": "completed",
                "medicationCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/ndc",
                                                          "code": f"00093-{digits(4)}-01", "display": "Metformin 1000 mg tablet"}]},
                "subject": {"reference": f"urn:uuid:{pid}"},
                "quantity": {"value": 180, "unit": "TAB"}, "daysSupply": {"value": 90, "unit": "days"},
                "whenHandedOver": dd.isoformat(),
                "dosageInstruction": [{"text": "Take 1 tablet by mouth twice daily with meals"}]}},
        ]}
    vendor = P("Jonah", "Whitlock", "Integration Engineer", "CareSync Health", dom="caresynchealth.com")
    body = f"""Hi Raj,

Attached is the payload that's failing validation on our side for the med history feed. The issue is daysSupply on the Trulicity dispense -- our schema expects it in the extension, not the core element (we're still on R4 profile v1.2). This is one real record from your prod feed, sorry, it was the only one that reproduced it. Can you confirm whether your side can move it or should we relax the rule?

Thanks,
Jonah Whitlock
Integration Engineer, CareSync Health
"""
    save("phi", "struct", build(vendor.h, [S["raj"].h], "Med history feed - validation error on MedicationDispense",
                                body, dt, dom="caresynchealth.com",
                                atts=[("dispense_bundle_sample.json", json.dumps(bundle, indent=2), "application", "json")]),
         "Theresa Kaczmarek")

    # struct-5 fixed-width CF manifest attachment
    dt = when()
    pts = take(6)
    lines = ["H" + f"CFMANIFEST{dt:%Y%m%d}R07".ljust(30) + "GROVEPORT".ljust(12) + f"{len(pts):05d}"]
    for f, l in pts:
        d = dob()
        lines.append("D" + f"T{digits(7)}" + random.choice(list(STORES)) + rxno() + l.upper()[:15].ljust(15)
                     + f.upper()[:10].ljust(10) + d.strftime("%Y%m%d") + digits(11)
                     + f"{random.choice([30, 60, 90, 180]):06d}" + random.choice(["F", "F", "F", "H"]))
    lines.append("T" + f"{len(pts):05d}" + " " * 20)
    manifest = "\r\n".join(lines) + "\r\n"
    body = f"""Raj - route 7 manifest won't load in the dock scanner app again ("record length mismatch line 4"). File attached as pulled from the SFTP drop. Trucks leave at 4:30 so we're scanning totes by hand for now.

Tom
"""
    save("phi", "struct", build(S["tom"].h, [S["raj"].h], "R07 manifest load failure", body, dt,
                                atts=[(f"CFMANIFEST_{dt:%Y%m%d}_R07.txt", manifest, "text", "plain")]),
         "; ".join(f"{f} {l}" for f, l in pts))

    # struct-6 pipe-delimited delivery manifest in body
    dt = when()
    pts = take(4)
    rows = ["ROUTE|STOP|PATIENT_LAST|PATIENT_FIRST|ADDR1|CITY|ZIP|PHONE|RX_COUNT|COLD|SIG_REQ|NOTES"]
    for i, (f, l) in enumerate(pts, 1):
        rows.append(f"KET-03|{i}|{l.upper()}|{f.upper()}|{random.randint(100, 4999)} {random.choice(['Stroop Rd', 'Dorothy Ln', 'Wilmington Pike', 'Shroyer Rd'])}|"
                    f"KETTERING|4542{random.randint(0, 9)}|{phone('937').replace(' ', '')}|{random.randint(1, 5)}|"
                    f"{random.choice(['Y', 'N', 'N'])}|{random.choice(['Y', 'N'])}|"
                    f"{random.choice(['', 'side door', 'CII in bag - ID check', 'call on arrival', ''])}")
    body = "\n".join(rows) + f"""

-- generated by DeliveryHub {dt:%Y-%m-%d %H:%M} for store 0305 --
"""
    save("phi", "struct", build(box("DeliveryHub", "deliveryhub@bellwoodrx.com"), [store("0305"), "dispatch@swiftlanecourier.com"],
                                f"Route manifest KET-03 {dt:%m/%d}", body, dt), "; ".join(f"{f} {l}" for f, l in pts))

    # struct-7 JSON from mobile app in an alert
    dt = when()
    payload = {
        "requestId": "".join(random.choice(HEX) for _ in range(32)),
        "endpoint": "POST /v3/refills/batch",
        "client": {"app": "BellwoodRx iOS", "version": "8.14.1", "os": "iOS 17.6"},
        "user": {"profileId": f"u{digits(9)}", "firstName": "Darlene", "lastName": "Moorhouse",
                 "dob": "1959-12-04", "email": "darlenem59@example.net", "homeStore": "0266"},
        "items": [{"rxNumber": rxno(), "drug": "PANTOPRAZOLE 40MG TAB", "dependent": False},
                  {"rxNumber": rxno(), "drug": "BUPROPION XL 150MG TAB", "dependent": False},
                  {"rxNumber": rxno(), "drug": "AMOXICILLIN 400MG/5ML SUSP", "dependent": True,
                   "dependentName": "Kaylee Moorhouse", "dependentDob": "2019-05-22"}],
        "pickup": {"type": "DRIVE_THRU", "requestedDate": f"{plus(dt, 1):%Y-%m-%d}"},
        "error": {"status": 500, "code": "RX_ENGINE_TIMEOUT", "message": "upstream ScriptPoint refill service timed out after 30000ms"},
    }
    body = f"""[P3] refill-api: error rate above threshold

Service: refill-api (prod-east)
Window: {dt - datetime.timedelta(minutes=15):%H:%M} - {dt:%H:%M} ET
5xx rate: 7.8% (threshold 2.0%)
Top error: RX_ENGINE_TIMEOUT (412 events)

Sample event:
{json.dumps(payload, indent=2)}

Runbook: https://wiki.bellwoodrx.com/ops/runbooks/refill-api-5xx
Ack: reply ACK to this alert or use the on-call console.
"""
    save("phi", "struct", build(box("Bellwood Ops Alerts", "ops-alerts@bellwoodrx.com"),
                                ["Pharmacy IT On-Call <rxit-oncall@bellwoodrx.com>"], "[P3] refill-api: error rate above threshold",
                                body, dt, extra={"X-Priority": "3", "Auto-Submitted": "auto-generated"}),
         "Darlene Moorhouse; Kaylee Moorhouse")

# =================================================================== CLEAN: admin
def clean_admin():
    S = ST
    # admin-1 CF line downtime
    dt = when()
    pm = plus(dt, 3 + dt.weekday() % 2)
    body = f"""All,

Line 2 (the high-volume vial filler + capper) is down for scheduled PM on {pm:%A %m/%d} from 0200 to 0600. During that window:

  - All Line 2 cells (metformin, lisinopril, atorvastatin, amlodipine, sertraline, omeprazole) route to the manual bench
  - Expect tote close to run ~45 min late for routes 3, 5 and 9; dispatch has been told
  - Cold chain and CII vault are NOT affected
  - Pharmacist final verification stays at station 4 and 5 only

Eddie and Maria are on bench, I'll be on the floor from 0130. If the PM runs over I'll post in the CF-Ops Teams channel.

Tom Willoughby
Operations Supervisor, 2nd shift
Central Fill - Groveport
"""
    save("clean", "admin", build(S["tom"].h, ["CF All Staff <cf-allstaff@bellwoodrx.com>"],
                                 f"Line 2 PM - {pm:%a %m/%d} 0200-0600", body, dt, cc=[S["greg"].h, S["renee"].h]), "")

    # admin-2 vaccine fridge temperature excursion policy, PDF attached
    dt = when((2024, 8, 10), (2024, 9, 20))
    pol = pdf(["BELLWOOD PHARMACY - CLINICAL PROGRAMS", "Policy IMM-014  Vaccine Storage & Temperature Excursions",
               "Revision 6    Effective: 09/01/2024", "",
               "1. Refrigerated vaccines must be stored at 2-8 C (36-46 F); frozen at -50 to -15 C.",
               "2. Digital data loggers (DDL) with buffered probes are required in every unit.",
               "3. Min/max temperatures are reviewed and documented at the start of each business day.",
               "4. DDL files are downloaded weekly and uploaded to the Cold Chain portal.",
               "5. On any excursion: label product DO NOT USE, keep it in proper storage,",
               "   record time out of range, and contact the manufacturer for stability data.",
               "6. Notify the Immunization Program Manager within 24 hours.",
               "7. Do not discard product until disposition is received in writing.", "",
               "Approved: Pharmacy & Therapeutics Committee, 08/14/2024"])
    body = f"""Pharmacy Managers,

Ahead of flu season, a reminder of the updated storage policy (IMM-014 rev 6, attached). What changed:

1. Min/max review is now at OPEN, not mid-day. The state inspector flagged two of our stores last spring.
2. Weekly DDL download replaces the paper log entirely. Paper logs are no longer accepted for VFC inventory.
3. If you have an excursion, do NOT throw vaccine away on your own -- quarantine, label DO NOT USE, and call the manufacturer. Last year we wasted about $38K of product that turned out to be stable.

Spare DDLs are available from the DC (item #448120). Any questions, reply here or call me.

Ngozi Eze, PharmD
Immunization Program Manager | Clinical Programs
{S['ngozi'].ph}

{DISC2}
"""
    save("clean", "admin", build(S["ngozi"].h, ["All Pharmacy Managers <rx-managers@bellwoodrx.com>"],
                                 "Flu season: vaccine storage policy IMM-014 rev 6", body, dt, html=True,
                                 atts=[("IMM-014_rev6.pdf", pol, "application", "pdf")]), "")

    # admin-3 PBM contract amendment terms
    dt = when((2024, 11, 1), (2024, 12, 20))
    body = f"""Alan, Abdi,

Summary of the Northgate 2025 network amendment as signed yesterday. Full redline is on the Contracting SharePoint.

Retail 30 (commercial):
  Brand: AWP - 17.0% + $0.50 dispensing fee  (was AWP - 16.5% + $0.75)
  Generic: MAC or AWP - 82%, lesser of; GER guarantee 84.5%
Retail 90 / Home Delivery:
  Brand: AWP - 20.0% + $0.00
  Generic: MAC; GER 88.0%
Specialty (limited distribution excluded): AWP - 18.5%
Performance / DIR: moved to point-of-sale adjustment, quality measures unchanged (PDC diabetes, RAS antagonists, statins)
Audit: desk audit lookback reduced from 36 to 24 months; recoupment on clerical errors capped at the dispensing fee

Net impact modeled at -0.4% on Northgate gross margin. We held the line on the audit language which was the big one for the stores.

Effective 1/1. Please make sure the TPR team updates the reimbursement tables in ScriptPoint before the first January cycle.

Paul Vander Meer
Managed Care Contracting | Reimbursement Services
{S['paul'].ph}

{DISC}
"""
    save("clean", "admin", build(S["paul"].h, [S["alan"].h, S["abdi"].h], "Northgate 2025 amendment - summary of terms",
                                 body, dt), "")

    # admin-4 IT maintenance
    dt = when()
    mw = plus(dt, 6 - dt.weekday() if dt.weekday() < 6 else 7)
    body = f"""PHARMACY SYSTEMS - PLANNED MAINTENANCE

What: ScriptPoint 12.4 upgrade + PDMP gateway certificate renewal
When: {mw:%A %B} {mw.day}, 1:00 AM - 5:00 AM ET
Who is affected: all stores, Central Fill, Customer Care, Home Delivery

During the window:
  * ScriptPoint will be read-only from 1:00-3:30 AM, then fully down until ~5:00 AM
  * Incoming e-prescriptions (NewRx, RxRenewal, CancelRx) will queue at the hub and release after restart
  * PDMP lookups from the workflow screen will not be available; use the state portal directly
  * 24-hour stores: use downtime procedure DT-02 (paper log + manual labels)
  * IVR refill line will take requests but will not confirm fill dates

After the upgrade you'll see the new DUR override screen with required reason codes. A 10-minute LMS module is assigned to all pharmacists and techs.

Questions: Pharmacy IT Service Desk, x5000 or rxit@bellwoodrx.com. Ref: CHG00{digits(5)}
"""
    save("clean", "admin", build(box("Pharmacy IT", "rxit@bellwoodrx.com"), ["All Pharmacy <rx-all@bellwoodrx.com>"],
                                 f"[Planned Maintenance] ScriptPoint 12.4 - {mw:%a %m/%d} 1-5 AM", body, dt, html=True), "")

    # admin-5 DM call agenda with ics
    dt = when((2024, 8, 12), (2024, 9, 10))
    mt = plus(dt, 3).replace(hour=9, minute=0, second=0)
    body = f"""District 14 managers,

Agenda for {mt:%A}'s call (9:00-10:00, Teams link in the invite):

1. Flu/COVID/RSV clinic calendar - off-site clinics booked so far (Ngozi)
2. Vaccine inventory allocation and the new pre-book tool
3. Tech immunizer certification - who still needs the hands-on portion
4. Stimulant shortage - how we're handling partials and owed quantities
5. Central Fill cutoff moving from 2pm to 1pm starting next month (Renee)
6. Open floor

Please come with your store's clinic requests for October. If you can't make it send your PIC.

Kevin O'Rourke
District Manager, District 14
{S['kevin'].ph}
"""
    cal = ics(f"dm14-{digits(8)}@{CO}", mt, mt + datetime.timedelta(hours=1), "District 14 Managers Call",
              "Microsoft Teams Meeting", S["kevin"], desc="Agenda in email. Join from the Teams link.",
              attendees=[S["brian"], S["marcus"], S["mei"], S["nina"], S["ngozi"], S["renee"]])
    save("clean", "admin", build(S["kevin"].h, ["District 14 Pharmacy Managers <d14-rxmgrs@bellwoodrx.com>"],
                                 f"D14 managers call {mt:%m/%d} - agenda", body, dt, cc=[S["ngozi"].h, S["renee"].h],
                                 atts=[("invite.ics", cal, "text", "calendar")]), "")

    # admin-6 compounding cleanroom certification
    dt = when()
    c0 = plus(dt, 9)
    body = f"""Team,

Our semi-annual cleanroom certification is scheduled with Tri-State Controlled Environments for {c0:%A %m/%d} and {plus(c0, 1):%A %m/%d}.

What that means for us:
 - NO sterile compounding those two days. The ISO 5 hood (PEC-1) and the C-PEC in the hazardous room will both be under test.
 - Viable air and surface sampling happens day 2 -- please do the full clean with sporicidal the evening before (Jess and Omar are on that).
 - Non-sterile compounding can continue in the NSC room but keep the anteroom door traffic to a minimum.
 - Any BUD-sensitive sterile orders (the ophthalmic antibiotics especially) need to be made the Friday before or we refer them to the Cincinnati lab.

I've already let Customer Care know so they can set expectations on calls.

Heather Lindgren, PharmD
Compounding Pharmacist | Compounding Lab
{S['heather'].ph}
"""
    save("clean", "admin", build(S["heather"].h, ["Compounding Lab <compounding@bellwoodrx.com>"],
                                 "Cleanroom recert - no sterile compounding", body, dt, cc=[S["greg"].h, S["dana"].h]), "")

    # admin-7 policy change RTS / SCC overrides
    dt = when()
    body = f"""To: All pharmacists and Third Party Resolution staff

Effective {md(plus(dt, 14))}, the following changes apply to refill-too-soon (NCPDP reject 79) and prior authorization (reject 75) handling:

1. Submission Clarification Code 05 (therapy change) may only be used when the pharmacist has documented the new directions in the Rx notes. Technicians may not submit SCC 05 on their own.
2. SCC overrides are not permitted on any Schedule II prescription. Refer these to the pharmacist and, if needed, the prescriber.
3. Vacation supply overrides (SCC 03) are limited to one per patient per plan year unless the plan allows more.
4. PA rejections must be routed to the PA Team queue within the same business day. Stores should not call plans directly for PA status unless the PA Team asks them to.
5. Customer Care will quote the plan's "next eligible fill date" only from the reject message, never estimate it.

These changes come out of the Q3 Northgate and Summit Valley audit findings. Training slides are in the LMS (course RX-311).

Priya Raman, PharmD
Clinical Services | Prior Authorization Team
"""
    save("clean", "admin", build(S["priya"].h, ["All Pharmacy <rx-all@bellwoodrx.com>", "tpr@bellwoodrx.com"],
                                 "Policy update: RTS overrides and PA routing", body, dt, cc=[S["alan"].h]), "")


# =================================================================== CLEAN: lookalike
def clean_lookalike():
    S = ST
    # look-1 wholesaler invoice with NDCs, lots, csv
    dt = when()
    inv = f"INV{digits(8)}"
    po = f"PO-0227-{digits(6)}"
    items = [("00071-0155-23", "ATORVASTATIN 40MG TAB 90", 12), ("68180-0513-03", "LISINOPRIL 20MG TAB 1000", 2),
             ("00093-7214-01", "METFORMIN ER 500MG 100", 6), ("00003-0894-21", "ELIQUIS 5MG TAB 60", 10),
             ("00169-4132-12", "OZEMPIC 1MG/DOSE PEN", 4), ("59762-3304-01", "SERTRALINE 100MG 30", 8)]
    rows = [["Line", "NDC", "Description", "Lot", "Exp", "Qty", "Unit Cost", "Ext"]]
    lines = []
    for i, (ndc, desc, q) in enumerate(items, 1):
        lot = random.choice("ABCDEFGHKLMNPRT") + digits(5) + random.choice(["A", "B", "", "X"])
        exp = f"{random.randint(1, 12):02d}/{random.randint(2026, 2028)}"
        uc = round(random.uniform(3.5, 980), 2)
        rows.append([i, ndc, desc, lot, exp, q, f"{uc:.2f}", f"{uc * q:.2f}"])
        lines.append(f"{i:>3}  {ndc}  {desc:<26} {lot:<8} {exp}  {q:>3}  {uc:>9.2f}")
    body = f"""Keller-Ames Drug Distribution - Invoice Notification

Invoice: {inv}
Customer #: {digits(7)} (BELLWOOD PHARMACY #0227)
PO: {po}
Ship date: {mdy(dt.date())}   Terms: Net 15 EFT

Line NDC           Description                Lot      Exp      Qty  Unit Cost
{chr(10).join(lines)}

CSOS order #: none on this invoice. DSCSA transaction information/statement available in the Keller-Ames portal.

Customer Service 1-800-555-0160 | kellerames.com
"""
    save("clean", "lookalike", build(box("Keller-Ames Invoicing", "invoicing@kellerames.com"), [store("0227")],
                                     f"Invoice {inv} / {po}", body, dt, dom="kellerames.com",
                                     atts=[(f"{inv}.csv", csv_text(rows), "text", "csv")]), "")

    # look-2 recall notice
    dt = when()
    lots = [f"{random.choice('LMNR')}{digits(6)}" for _ in range(4)]
    body = f"""PRODUCT RECALL - CLASS II - PHARMACY LEVEL

Product: Metformin HCl Extended-Release Tablets USP, 500 mg, 100-count bottles
NDC: 62135-0412-90
Lots: {', '.join(lots)}
Expiration: 03/2026 - 09/2026
Reason: NDMA above the acceptable daily intake limit in stability testing

Action required by {mdy(plus(dt, 5).date())}:
  1. Check all on-hand inventory (shelf, will-call returns, Central Fill cells 2-14 through 2-16)
  2. Quarantine affected lots and complete the recall response in the Returns portal
  3. Patient-level notification is NOT required for this recall (pharmacy level only)

Chain exposure summary (from purchase history): 37 stores, 212 bottles, Central Fill 18 bottles.
Recall tracking #: RCL-{dt.year}-{digits(4)}

Pharmacy Quality | Bellwood Pharmacy
"""
    save("clean", "lookalike", build(S["dana"].h, ["All Pharmacy <rx-all@bellwoodrx.com>", "CF All Staff <cf-allstaff@bellwoodrx.com>"],
                                     f"RECALL RCL-{dt.year} - Metformin ER 500mg lots - pharmacy level", body, dt,
                                     extra={"Importance": "high"}, html=True), "")

    # look-3 supply shipment tracking
    dt = when()
    trks = ["1Z" + "".join(random.choice(ALNUM) for _ in range(6)) + digits(10) for _ in range(3)]
    body = f"""Hi Greg,

Your order has shipped.

Order #: SO-{digits(7)}   PO #: CF-{digits(5)}
Ship to: Bellwood Central Fill, Dock 3, 4800 Tamarack Industrial Pkwy, Groveport OH 43125

  Item                                        Qty   Carton       Tracking
  13 dram amber vial, push-down/turn cap      40cs  1 of 3       {trks[0]}
  Thermal label stock 4x6, 1000/roll          24rl  2 of 3       {trks[1]}
  Insulated shipper EPS 12x10x9 w/ gel pks    60ea  3 of 3       {trks[2]}

Estimated delivery: {mdy(plus(dt, 3).date())} by end of day. Dock hours on file: 6:00-14:00.

Thank you for your business,
Order Management | Meridian Packaging Supply
1-877-555-0133
"""
    save("clean", "lookalike", build(box("Meridian Packaging Orders", "orders@meridianpack.com"), [S["greg"].h],
                                     "Shipment confirmation SO# / 3 cartons", body, dt, dom="meridianpack.com"), "")

    # look-4 pharmacist directory NPIs/licences, csv
    dt = when()
    rows = [["Store", "City", "Phone", "Fax", "Store NPI", "DEA Reg", "PIC", "PIC License", "Immunizer"]]
    txt = []
    for (n, (city, _)), pic in zip(STORES.items(), ["Brian Nakamura", "Marcus Pruitt", "Mei Lin", "Nina Okafor",
                                                   "Deborah Sills", "Anthony Greco", "Farah Qureshi"]):
        ph = phone("614" if n in ("0418", "0227", "0266") else ("937" if n == "0305" else "740"))
        fx = ph[:-4] + f"{int(ph[-4:]) + 1:04d}"
        npi = "1" + digits(9)
        dea = random.choice("AFB") + random.choice("BW") + digits(7)
        lic = f"03-{digits(6)}"
        rows.append([n, city, ph, fx, npi, dea, pic, lic, "Y"])
        txt.append(f"#{n} {city:<11} {ph}  fax {fx}  NPI {npi}  PIC {pic} (RPh lic {lic})")
    body = f"""Updated District 14 store directory attached (CSV) -- includes the new PIC at Marion and the corrected fax for Kettering.

Quick view:
{chr(10).join(txt)}

Customer Care main line: 1-800-555-0142. Central Fill pharmacist line: (614) 555-0187.

Please use these for prescriber callbacks and transfers. Do not give out the DEA numbers over the phone without verifying the caller.

Kevin
"""
    save("clean", "lookalike", build(S["kevin"].h, ["District 14 Pharmacy Managers <d14-rxmgrs@bellwoodrx.com>", "care@bellwoodrx.com"],
                                     "D14 store directory - updated", body, dt,
                                     atts=[("D14_directory.csv", csv_text(rows), "text", "csv")]), "")

    # look-5 CPT/ICD code sheet for vaccine medical billing
    dt = when((2024, 8, 20), (2024, 10, 1))
    body = """Billing quick reference for 2024-25 respiratory season (medical benefit / Part B roster billing)

Admin codes
  G0008   Administration of influenza virus vaccine (Medicare)
  G0009   Administration of pneumococcal vaccine (Medicare)
  90480   Admin of COVID-19 vaccine, single dose
  90471   Immunization admin, first injection (commercial)
  90472   each additional injection

Product codes
  90662   Influenza, high dose, IIV, IM (Fluzone HD)
  90694   Influenza, adjuvanted, aIIV (Fluad)
  90682   Influenza, recombinant RIV (Flublok)
  91320   COVID-19 mRNA, 2024-2025 formula, 30 mcg/0.3 mL (12+)
  90678   RSV, bivalent, preF (Abrysvo)
  90679   RSV, preF adjuvanted (Arexvy)
  90677   Pneumococcal conjugate PCV20
  90750   Zoster recombinant, adjuvanted (Shingrix) - Part D, NOT Part B

Diagnosis
  Z23     Encounter for immunization (use on every vaccine claim)

Place of service: 60 for mass immunizer roster billing, 01 for pharmacy.
RSV and Shingrix for Medicare patients bill to Part D through ScriptPoint as usual.

Questions -> Clinical Programs or Reimbursement Services.
"""
    save("clean", "lookalike", build(S["ngozi"].h, ["All Pharmacy Managers <rx-managers@bellwoodrx.com>"],
                                     "Vaccine billing codes 2024-25 (save this)", body, dt, cc=[S["abdi"].h]), "")

    # look-6 IT ticket notifications
    dt = when()
    inc = f"INC00{digits(5)}"
    body = f"""Incident {inc} has been resolved.

Short description: Label printer 2 at Store #0418 printing blank vial labels
Caller: Store #0418 Westerville (Nakamura, Brian)
Configuration item: ZEBRA-ZD621-0418-02  S/N 52J{digits(9)}
Opened: {mdy(before(dt, 60*5, 60*30).date())}  Priority: 3 - Moderate
Assignment group: Pharmacy IT - Field Services
Resolved by: Desai, Raj

Resolution notes: Printhead pressure setting reset after driver update KB{digits(6)}. Calibrated media, printed 20 sample labels, confirmed with store. Related problem PRB00{digits(4)} remains open for the remaining 14 stores on the same driver version.

If the issue is not resolved, reply to this email within 5 days to reopen the incident.
"""
    save("clean", "lookalike", build(box("Bellwood Service Desk", "servicedesk@bellwoodrx.com"), [S["brian"].h, store("0418")],
                                     f"Incident {inc} resolved - label printer", body, dt,
                                     extra={"Auto-Submitted": "auto-generated"}), "")

    # look-7 aggregate KPI stats, xlsx
    dt = when()
    mon = (dt.replace(day=1) - datetime.timedelta(days=2))
    kpi = [["Metric", "Target", f"{mon:%b %Y}", "Prior month"],
           ["Calls offered", "", random.randint(82000, 96000), random.randint(80000, 95000)],
           ["Service level (80/60)", "80%", "74.1%", "78.9%"],
           ["Abandon rate", "<5%", "6.2%", "4.8%"],
           ["Avg handle time (sec)", "360", 402, 388],
           ["Transfer requests completed", "", random.randint(9000, 12000), random.randint(9000, 12000)],
           ["PA submitted", "", 3112, 2987], ["PA approved (%)", "", "71%", "69%"],
           ["RTS rejects worked (79/88)", "", 5406, 5122], ["HD orders shipped", "", 61244, 59810],
           ["HD on-time delivery", "97%", "95.6%", "96.8%"], ["Cold-chain reships", "<0.5%", "0.7%", "0.4%"]]
    body = f"""Leadership team,

{mon:%B} Customer Care + Home Delivery scorecard attached. Headlines:

- Service level dipped to 74.1% (target 80). Driven by the two ScriptPoint outages on the 9th and 22nd -- calls on those days were 2.3x normal.
- PA approval rate up to 71%. The Summit Valley GLP-1 step-therapy change is still the biggest driver of denials (38% of all denials).
- Cold-chain reships 0.7%, above the 0.5% ceiling. Almost all from the Zanesville hub delay. Courtney is meeting with SwiftLane on Tuesday.

Jorge Villalobos
Team Lead, Customer Care Center
"""
    save("clean", "lookalike", build(S["jorge"].h, [S["alan"].h, S["kevin"].h, S["courtney"].h],
                                     f"{mon:%B} scorecard - Customer Care / HD", body, dt,
                                     atts=[(f"CC_HD_scorecard_{mon:%Y%m}.xlsx", xlsx(kpi, "Scorecard"), *XLSX_T)]), "")

# =================================================================== CLEAN: news
def clean_news():
    S = ST
    # news-1 internal newsletter
    dt = when()
    body = f"""THE CENTRAL FILL DISPATCH
Groveport | {dt:%B %Y} edition

BY THE NUMBERS
Last month Central Fill filled 412,880 prescriptions for 96 stores and Home Delivery, with a verified accuracy rate of 99.996%. Average tote close time moved up 11 minutes thanks to the new conveyor merge on Line 3.

NEW ROBOT, NEW NAME
The second vial filler arrives on the 14th. Per tradition, 2nd shift gets to name it -- suggestions to Tom by Friday. (No, it cannot be "Kirby 2.")

COLD CHAIN WINS
Our insulated shipper redesign cut gel pack use by 18% and passed summer qualification at 40 C for 48 hours. Thank you to the packaging team and to Dana's quality group.

SAFETY CORNER
Reminder that the CII vault cycle count is every Tuesday and Thursday. Two people, two signatures, every time.

WELCOME
Please welcome three new technicians to 1st shift and our new facilities lead for the dock.

Questions or story ideas: cf-dispatch@bellwoodrx.com
"""
    save("clean", "news", build(box("CF Dispatch", "cf-dispatch@bellwoodrx.com"), ["CF All Staff <cf-allstaff@bellwoodrx.com>"],
                                f"The Central Fill Dispatch - {dt:%B %Y}", body, dt, html=True,
                                atts=[("cf_logo.png", logo_png(), "image", "png")]), "")

    # news-2 county public health bulletin
    dt = when((2024, 9, 1), (2024, 10, 30))
    body = f"""FRANKLIN COUNTY PUBLIC HEALTH - PROVIDER BULLETIN
Respiratory Virus Season 2024-2025 | Issued {mdy(dt.date())}

Situation
Influenza activity in central Ohio is currently LOW; COVID-19 wastewater levels are MODERATE and rising in 3 of 7 sewersheds. RSV lab detections remain at baseline.

Recommendations for pharmacies and immunizers
- Influenza: everyone 6 months and older. Adults 65+ should preferentially receive high-dose, adjuvanted, or recombinant vaccine.
- COVID-19: 2024-2025 formula for everyone 6 months and older.
- RSV: a single dose for all adults 75+, and adults 60-74 at increased risk. Not an annual vaccine.
- Co-administration of flu, COVID-19 and RSV vaccines at the same visit is acceptable.

Reporting
All doses must be reported to the state immunization information system within 24 hours of administration.

Resources
Vaccine Information Statements in 20+ languages are available from the CDC and immunize.org.

This bulletin is distributed to licensed healthcare providers in the county. To unsubscribe, reply REMOVE.
"""
    save("clean", "news", build(box("FCPH Provider Bulletin", "bulletin@fcph-ohio.org"), ["rx-managers@bellwoodrx.com"],
                                "Provider Bulletin: Respiratory Virus Season 2024-2025", body, dt, dom="fcph-ohio.org"), "")

    # news-3 marketing email to customers
    dt = when((2024, 8, 25), (2024, 10, 10))
    body = """Your flu shot is ready when you are.

Walk in any time the pharmacy is open, or book a time that works for you in the Bellwood app. Most insurance plans cover flu shots at no cost to you.

Also available at most locations:
  - Updated COVID-19 vaccine
  - RSV vaccine for adults 60+ (ask your pharmacist if it's right for you)
  - Shingles and pneumonia vaccines

Get your shot, get 500 Bellwood Rewards points.*

Schedule now: bellwoodrx.com/vaccines

*Points offer valid through 12/31. Vaccines subject to availability; age restrictions apply. Not valid where prohibited by law.

You are receiving this email because you signed up for Bellwood Rewards. Unsubscribe | Privacy Policy
Bellwood Pharmacy, 4100 Corporate Dr, Dayton, OH 45414
"""
    html = ("<html><body style=\"font-family:Arial,sans-serif;background:#f4f4f4\">"
            "<table width=\"600\" align=\"center\" style=\"background:#fff\"><tr><td style=\"padding:20px\">"
            "<img src=\"cid:logo\" alt=\"Bellwood Pharmacy\" width=\"180\" height=\"48\">"
            "<h1 style=\"color:#006857\">Your flu shot is ready when you are.</h1>"
            "<p>Walk in any time the pharmacy is open, or book a time in the Bellwood app. Most insurance plans cover flu shots at no cost to you.</p>"
            "<ul><li>Updated COVID-19 vaccine</li><li>RSV vaccine for adults 60+</li><li>Shingles and pneumonia vaccines</li></ul>"
            "<p><b>Get your shot, get 500 Bellwood Rewards points.*</b></p>"
            "<p><a href=\"https://bellwoodrx.com/vaccines\" style=\"background:#006857;color:#fff;padding:10px 18px;text-decoration:none\">Schedule now</a></p>"
            "<p style=\"font-size:10px;color:#777\">*Points offer valid through 12/31. Vaccines subject to availability; age restrictions apply.<br>"
            "Unsubscribe | Privacy Policy<br>Bellwood Pharmacy, 4100 Corporate Dr, Dayton, OH 45414</p>"
            "</td></tr></table></body></html>")
    m = build(box("Bellwood Pharmacy", "offers@e.bellwoodrx.com"), ["rewards-member@example.com"],
              "Flu shots are here - plus 500 bonus points", body, dt, html=html, dom="e.bellwoodrx.com",
              extra={"List-Unsubscribe": "<https://e.bellwoodrx.com/u/unsub>", "Precedence": "bulk"})
    m.get_payload()[1].add_related(logo_png(), maintype="image", subtype="png", cid="<logo>", filename="logo.png")
    save("clean", "news", m, "")

    # news-4 research summary med sync
    dt = when()
    body = f"""Clinical Programs - Outcomes Brief

Medication Synchronization Pilot: 12-Month Results

Background: In the pilot, 24 stores enrolled eligible patients taking 3+ chronic maintenance medications in appointment-based med sync with a monthly pharmacist check-in call.

Population: 4,118 enrolled patients vs. 6,902 matched comparison patients at non-pilot stores (matched on age band, payer type and number of chronic meds). Median age 67.

Results (proportion of days covered, PDC >= 80%):
  Statins                 71.2% -> 83.4%   (comparison 70.8% -> 72.1%)
  RAS antagonists         73.5% -> 85.0%   (comparison 72.9% -> 73.6%)
  Oral diabetes agents    68.9% -> 80.7%   (comparison 69.4% -> 70.2%)

Operational: average pickups per patient per month dropped from 3.1 to 1.2. Refill-too-soon rejects in the pilot group fell 41%. Staff time per enrolled patient averaged 6.5 minutes per month.

Limitations: not randomized; enrollment was opt-in.

Next step: chain-wide rollout proposal goes to the P&T committee next quarter. Full report on the Clinical Programs SharePoint.
"""
    save("clean", "news", build(S["priya"].h, ["Pharmacy Leadership <rx-leadership@bellwoodrx.com>", "rx-managers@bellwoodrx.com"],
                                "Outcomes brief: med sync pilot 12-month results", body, dt, cc=[S["ngozi"].h], html=True,
                                atts=[("MedSync_OutcomesBrief.pdf", pdf(body.splitlines()[:40], 9), "application", "pdf")]), "")

    # news-5 drug shortage bulletin
    dt = when()
    body = f"""Weekly Drug Shortage Update - week of {mdy(dt.date())}

NEW / WORSENING
  * Methylphenidate ER (all strengths, generic) - manufacturer allocation; expect partial fills through next month
  * Amoxicillin/clavulanate 600mg/5mL suspension - backordered at Keller-Ames; 400mg/5mL available
  * Semaglutide 0.25/0.5 mg pens - intermittent; do not promise fill dates

IMPROVING
  * Amoxicillin 400mg/5mL suspension - supply normal
  * Lisdexamfetamine 30mg and 40mg - back to normal allocation

RESOLVED
  * Albuterol HFA inhalers (generic) - resolved
  * Cefdinir 250mg/5mL - resolved

Reminders
  * Check sister-store inventory in ScriptPoint before referring a patient elsewhere.
  * Document owed quantities on partial fills so Customer Care can answer callbacks.
  * Therapeutic alternatives require prescriber authorization.

Source: Bellwood Procurement, Keller-Ames allocation reports, FDA and ASHP shortage listings.
"""
    save("clean", "news", build(box("Rx Procurement", "rx-procurement@bellwoodrx.com"), ["All Pharmacy <rx-all@bellwoodrx.com>"],
                                f"Drug Shortage Update - {dt:%m/%d}", body, dt), "")

    # news-6 state association legislative update
    dt = when()
    body = """OHIO STATE PHARMACY ALLIANCE - LEGISLATIVE UPDATE

Technician immunization rule finalized
The Board has finalized the rule allowing certified pharmacy technicians to administer vaccines to patients age 7 and older under pharmacist supervision, after completing an ACPE-accredited training program and maintaining CPR certification. Stores will need written protocols on file before technicians begin.

Test-and-treat bill moves to committee
HB 2218 would allow pharmacists to test and treat for influenza and strep throat under a statewide protocol. Hearings are expected this spring. Members are encouraged to submit testimony.

PBM reform
The Senate passed a bill requiring PBMs to reimburse independent and chain pharmacies no less than the National Average Drug Acquisition Cost plus a professional dispensing fee. The House version differs on the fee amount.

Upcoming
Annual Legislative Day at the Statehouse - register by the end of the month. Continuing education credit is available.

You are receiving this as a member of OSPA. Manage preferences at ospa-rx.org/preferences.
"""
    save("clean", "news", build(box("OSPA Updates", "updates@ospa-rx.org"), [S["alan"].h],
                                "OSPA Legislative Update: tech immunizers, test-and-treat, PBM reform", body, dt,
                                dom="ospa-rx.org", html=True), "")


# =================================================================== CLEAN: staff
def clean_staff():
    S = ST
    # staff-1 weekend schedule
    dt = when()
    sat = plus(dt, (5 - dt.weekday()) % 7 or 7)
    names = ["Darnell H", "Joy D", "Rowena C", "Yesenia M", "Tyler B", "Amina S", "Craig P", "Lakisha B", "Kelsey R", "Mo A"]
    random.shuffle(names)
    body = f"""Weekend coverage for {sat:%m/%d}-{plus(sat, 1):%m/%d}:

SAT {md(sat)}
  7a-3:30p   {names[0]}, {names[1]}, {names[2]} (bilingual SP)
  11a-7:30p  {names[3]}, {names[4]}
  Lead       Jorge (remote after 2)

SUN {md(plus(sat, 1))}
  8a-4:30p   {names[5]}, {names[6]}, {names[7]}
  12p-8:30p  {names[8]}, {names[9]}
  Lead       Darnell

Transfer desk is closed Sunday; queue transfers for Monday. PA team is off both days -- urgent PA calls go to the RPh on-call line.

If you need to swap, post in the swap channel and get it approved by Wednesday. No swaps after Thursday noon.

Jorge
"""
    save("clean", "staff", build(S["jorge"].h, ["CCC Team <ccc-team@bellwoodrx.com>"], f"Weekend schedule {md(sat)}-{md(plus(sat, 1))}",
                                 body, dt), "")

    # staff-2 clinic staffing roster with license numbers (xlsx)
    dt = when((2024, 8, 20), (2024, 10, 5))
    staff = [("Brian Nakamura", "RPh"), ("Mei Lin", "RPh"), ("Farah Qureshi", "PharmD"), ("Anthony Greco", "RPh"),
             ("Kayla Burris", "CPhT"), ("Jess Holloway", "CPhT"), ("Omar Haidari", "CPhT"), ("Deborah Sills", "PharmD")]
    rows = [["Name", "Credential", "OH License #", "Immunization cert date", "CPR exp", "Clinic", "Date", "Hours"]]
    clinics = ["Maple Grove SL", "St. Brendan's", "Hilliard Rec Ctr", "Westerville Library", "Kettering Senior Ctr"]
    for n, c in staff:
        lic = ("03-" if c != "CPhT" else "09-") + digits(6)
        cday = plus(dt, random.randint(7, 30)).date()
        rows.append([n, c, lic, mdy(rdate(2016, 2023)), f"{random.randint(1, 12):02d}/{random.randint(2025, 2026)}",
                     random.choice(clinics), mdy(cday), random.choice(["9-1", "10-2", "1-5", "9-3"])])
    body = f"""Hi all,

Attached is the off-site clinic staffing roster for October. Every clinic needs at least one RPh and one certified immunizer on site. Techs listed are the ones who finished the hands-on portion; Jess and Omar, please bring your cert cards.

If your CPR expires before the clinic date, you can't be scheduled -- renew through the LMS link.

Ngozi
"""
    save("clean", "staff", build(S["ngozi"].h, ["District 14 Pharmacy Managers <d14-rxmgrs@bellwoodrx.com>"],
                                 "October off-site clinic staffing", body, dt,
                                 atts=[("Oct_clinic_staffing.xlsx", xlsx(rows, "October"), *XLSX_T)]), "")

    # staff-3 HR open enrollment
    dt = when((2024, 10, 20), (2024, 11, 10))
    body = f"""Hello Bellwood team members,

Open Enrollment for 2025 benefits runs from November 4 through November 18.

What's new for 2025:
  - Medical: the PPO deductible stays the same; the HSA plan employer contribution increases to $750 (single) / $1,500 (family)
  - Pharmacy: 90-day maintenance medications filled at any Bellwood store are now $0 copay on the HSA plan after deductible
  - Dental and vision premiums unchanged
  - New: voluntary pet insurance and legal plan

You must actively enroll if you want to contribute to an FSA or HSA in 2025; these elections do not roll over.

Benefits fairs: Groveport Central Fill break room (11/6, 11/7 -- all three shifts), Customer Care Center (11/8).

Questions? Contact the Benefits Service Center at 1-866-555-0199 or reach out to your HR Business Partner.

Samantha Kowalczyk
HR Business Partner | Human Resources
"""
    save("clean", "staff", build(S["sam"].h, ["All Employees <all-employees@bellwoodrx.com>"],
                                 "Open Enrollment starts Nov 4 - what's new for 2025", body, dt, html=True), "")

    # staff-4 retirement party
    dt = when()
    party = plus(dt, 12).replace(hour=15, minute=0, second=0)
    body = f"""Friends,

After 31 years with Bellwood -- starting as a cashier at the old Broad St store, then pharmacist, then the first PIC of Central Fill -- Bill Haskins is retiring at the end of the month!

Please join us to celebrate:
  {party:%A, %B} {party.day}, 3:00-5:00 PM
  Central Fill training room (and the patio if the weather cooperates)
  Cake, BBQ from Ray Ray's, and a slideshow Greg has been working on for weeks

If you'd like to sign the card or chip in for the gift (a fishing trip to Lake Erie), see Renee in the pharmacist office by the 20th. Remote folks can add a message at the link in the Teams channel.

Bill, we'll miss your puns and your legendary ability to find a missing tote in under 5 minutes.

Renee
"""
    save("clean", "staff", build(S["renee"].h, ["CF All Staff <cf-allstaff@bellwoodrx.com>"], "Celebrating Bill Haskins!",
                                 body, dt, cc=[S["alan"].h], html=True), "")

    # staff-5 on-call list
    dt = when()
    wk = plus(dt, (7 - dt.weekday()) % 7 or 7)
    body = f"""On-call rotation, week of {mdy(wk.date())}

Central Fill RPh on-call (after 11pm and weekends):
  Mon-Wed   Renee Castellano     {S['renee'].ph}
  Thu-Sun   Derek Amundsen       {phone('614', str(random.randint(300, 900)))}
Operations / maintenance:
  All week  Greg Esposito        {S['greg'].ph}
  Backup    Eddie Salazar        {S['eddie'].ph}
Compounding (sterile issues, BUD questions):
  All week  Heather Lindgren     {S['heather'].ph}
Pharmacy IT:
  All week  Raj Desai            {S['raj'].ph}   (pager via on-call console)

Escalation: Alan Brookshire, Director of Pharmacy Operations.

Reminder: on-call means phone on and ability to be at the facility in 60 minutes.
"""
    save("clean", "staff", build(S["tom"].h, ["CF Leads <cf-leads@bellwoodrx.com>"], f"On-call week of {md(wk)}",
                                 body, dt), "")

    # staff-6 leave coverage without health details
    dt = when()
    ls = plus(dt, 10)
    body = f"""Hi everyone,

Dana will be out on leave starting {mdy(ls.date())} and expects to return around {mdy(plus(ls, 45).date())}.

While she's out:
  - QRE / incident reports: route to Heather Lindgren
  - Board of Pharmacy correspondence: Alan Brookshire
  - Recall coordination: Procurement (rx-procurement@) with Heather as pharmacist sign-off
  - Monthly quality dashboard: Jorge will publish from the existing template

Please don't email or text Dana about work while she's away. Thanks for helping cover!

Alan
"""
    save("clean", "staff", build(S["alan"].h, [S["heather"].h, S["jorge"].h, "rx-managers@bellwoodrx.com"],
                                 "Coverage while Dana is out", body, dt), "")

    # staff-7 payroll timecard deadline
    dt = when((2024, 11, 15), (2024, 12, 18))
    body = f"""Reminder: Holiday payroll schedule

Because of the holiday, timecards for the pay period ending {mdy(plus(dt, 4).date())} must be approved by managers by 10:00 AM Monday (not Tuesday).

  - Holiday premium (1.5x) applies to hours worked on the holiday itself
  - Central Fill shift differentials (2nd +$1.50, 3rd +$2.25) are paid automatically, no need to code them
  - Missed punches must be corrected in Kronos before approval; email corrections will not be accepted after the deadline

Paychecks and direct deposits will be issued on the normal date.

Wendy Harrington
Payroll Specialist | Payroll
{S['wendy'].ph}

{DISC2}
"""
    save("clean", "staff", build(S["wendy"].h, ["People Managers <people-managers@bellwoodrx.com>"],
                                 "ACTION: timecard approval deadline moved up", body, dt), "")

# =================================================================== CLEAN: training
def clean_training():
    S = ST
    # training-1 quiz on reject codes, fictitious patients
    dt = when()
    body = """Week 3 quiz - Third Party Rejects (new hire cohort)

All patients below are fictitious and made up for practice. Answer in the LMS, not by reply.

1. "Patient" Sample Alpha, DOB 01/01/1950, fills atorvastatin 40 mg #30 on day 1. On day 20 the claim rejects 79. What does 79 mean and what is the earliest date the plan will likely pay (assume 75% rule)?

2. Test patient "Bravo Testcase" has a new prescription for Ozempic; claim rejects 75 with message "PA REQUIRED - CALL 1-800-XXX". Who does the store route this to and within what timeframe?

3. A claim rejects 70. Name two things you would check before calling the plan.

4. True or false: a technician may resubmit a refill-too-soon claim with SCC 05 if the patient says the dose changed.

5. Fictitious patient "Charlie Practice" is going on a cruise for 4 weeks. Which SCC do you try first, and how many times per plan year can we use it under the new policy?

Answer key will be released after Friday's session.

Ruthann Mills
Training & Development Specialist | Pharmacy Learning
"""
    save("clean", "training", build(S["ruth"].h, ["New Hire Cohort 24-11 <nh-2411@bellwoodrx.com>"],
                                    "Week 3 quiz - third party rejects", body, dt), "")

    # training-2 IVR test script with test patients
    dt = when()
    body = f"""IVR 5.2 UAT - Refill line test script (run in QA environment ONLY)

Test accounts (QA data, not real patients):
  TEST, PATIENTONE     DOB 01/01/1900   Rx 9000001 (QA)   phone 614-555-0100
  TEST, PATIENTTWO     DOB 02/02/1900   Rx 9000002 (QA)   phone 614-555-0101 - has 0 refills
  ZZTEST, CONTROLLED   DOB 03/03/1900   Rx 9000003 (QA)   CII - IVR must refuse

Script
  TC-01  Call 614-555-0190 (QA IVR), enter Rx 9000001, confirm pickup store 9999 -> expect "ready by 5 PM tomorrow"
  TC-02  Enter Rx 9000002 -> expect "no refills remaining, we will contact your prescriber"
  TC-03  Enter Rx 9000003 -> expect transfer to pharmacist queue, no refill request created
  TC-04  Spanish menu (press 2), repeat TC-01 -> verify Spanish prompts
  TC-05  Enter invalid Rx 1234 three times -> expect transfer to agent

Log results in the UAT tracker with the call timestamp. Defects go to Jira project IVR.

Raj
"""
    save("clean", "training", build(S["raj"].h, ["IVR UAT Testers <ivr-uat@bellwoodrx.com>"], "IVR 5.2 UAT script - refill line",
                                    body, dt, cc=[S["jorge"].h]), "")

    # training-3 de-identified case study, docx
    dt = when()
    doc = docx([
        "# Case Study: Concentration Error in a Compounded Pediatric Suspension (de-identified)",
        "Prepared by Pharmacy Quality for the Compounding Safety module. All identifying details have been removed or changed.",
        "# What happened",
        "An infant was prescribed omeprazole oral suspension. The prescription was transcribed as 20 mg/mL instead of 2 mg/mL. "
        "The compounding worksheet auto-populated from the transcribed concentration. A pharmacist questioned the volume during "
        "final check and the error was caught before dispensing.",
        "# Contributing factors",
        "1. Free-text concentration field on e-prescriptions. 2. No hard stop for pediatric dose range in the compounding software. "
        "3. End-of-shift workload.",
        "# Discussion questions",
        "a) At which step could the error have been caught earliest? b) What independent double check would you add? "
        "c) How would you counsel the caregiver if the error had reached the patient?",
        "# Actions taken",
        "Pediatric dose-range check added to the compounding worksheet; concentration must be verified against the MD note for all patients under 2.",
    ])
    body = f"""Hi Heather,

Attached is the draft case study for the compounding safety module. I took out everything that could point to the actual event (dates, store, age in months, the prescriber). Can you check the clinical details are still accurate before I load it to the LMS?

Thanks,
Ruthann
"""
    save("clean", "training", build(S["ruth"].h, [S["heather"].h], "Draft case study for review - compounding module",
                                    body, dt, cc=[S["dana"].h],
                                    atts=[("CaseStudy_Compounding_Concentration_DRAFT.docx", doc, *DOCX_T)]), "")

    # training-4 onboarding PA call script
    dt = when()
    body = """New Hire Onboarding - Day 4: Prior Authorization calls

Role-play script (fictional patient)

Caller (trainer as patient): "Hi, this is Jane Sample. My pharmacy said my new medicine needs a prior authorization. What does that mean?"

Specialist: "Thank you for calling, Ms. Sample. Before I look at your account, can I verify your date of birth and the phone number on file?"
  (Practice data: DOB 04/01/1980, phone 555-0100 -- fictional, use the training environment only.)

Specialist: "Your plan needs some information from your doctor before it will cover this medication. We've sent a request to your doctor's office. That usually takes 2 to 5 business days. We'll text you as soon as we hear back."

Caller: "Can I just pay for it?"
Specialist: explain cash price lookup, coupon card eligibility (commercial only, NOT Medicare/Medicaid), and that paying cash doesn't stop the PA.

Key points to cover
  - Never promise an approval or a date
  - Don't give clinical advice; offer a pharmacist callback
  - Document the call in CareConnect with the PA case number

Pair up and take turns. Ruthann will observe and score using the rubric on page 2 of your workbook.
"""
    save("clean", "training", build(S["ruth"].h, ["New Hire Cohort 24-11 <nh-2411@bellwoodrx.com>"],
                                    "Day 4 materials - PA role play", body, dt, cc=[S["emily"].h], html=True), "")

    # training-5 UAT delivery app with test records JSON
    dt = when()
    sample = {"env": "uat", "routeId": "UAT-R01", "stops": [
        {"stop": 1, "patient": {"name": "TEST, ALPHA", "dob": "1900-01-01", "testRecord": True},
         "address": "100 Test Way, Columbus OH 43215", "bags": 1, "cold": False, "signatureRequired": False},
        {"stop": 2, "patient": {"name": "TEST, BRAVO", "dob": "1900-01-02", "testRecord": True},
         "address": "200 Test Way, Columbus OH 43215", "bags": 2, "cold": True, "signatureRequired": True},
        {"stop": 3, "patient": {"name": "TEST, CHARLIE-CII", "dob": "1900-01-03", "testRecord": True},
         "address": "300 Test Way, Columbus OH 43215", "bags": 1, "cold": False, "signatureRequired": True,
         "idCheck": True}]}
    body = f"""SwiftLane folks + Courtney,

For Thursday's UAT of the driver app v2.3, please load the attached route file into the UAT tenant. All three stops are synthetic test records (TEST, ALPHA / BRAVO / CHARLIE-CII). Nothing should be pointing to prod.

Scenarios to run:
  1. Stop 1 - leave at door, photo proof
  2. Stop 2 - cold bag, signature capture, temp strip photo
  3. Stop 3 - controlled substance, ID scan required; try to complete without ID and confirm the app blocks it
  4. Offline mode for 10 minutes then sync

Raj
"""
    save("clean", "training", build(S["raj"].h, ["qa@swiftlanecourier.com", S["courtney"].h], "Driver app 2.3 UAT - route file",
                                    body, dt, atts=[("uat_route_R01.json", json.dumps(sample, indent=2), "application", "json")]), "")

    # training-6 immunization mock clinic scenario
    dt = when((2024, 8, 15), (2024, 9, 30))
    body = """Tech Immunizer Hands-On Session - Mock Clinic Scenarios

Each station gets one scenario card. All "patients" are fictitious; the volunteers will play them.

Station A - "Mr. Practice" (fictitious), 68 y/o, wants flu + COVID + RSV today. Screen using the standard questionnaire. Which vaccines can be given today and which site for each?

Station B - "Ms. Demo" (fictitious), 35 y/o, reports fainting after her last blood draw. How do you set up the chair and how long is the observation period?

Station C - "Sample child" (fictitious), age 8, with parent. Confirm age limits under the new tech immunizer rule and which VIS to hand out.

Station D - Anaphylaxis drill. Locate the epinephrine kit, calculate the adult auto-injector dose, call 911 script, document.

Remember: landmarking the deltoid, needle length by weight, and documentation in the clinic app all count toward your sign-off.

Ngozi Eze, PharmD
"""
    save("clean", "training", build(S["ngozi"].h, ["Tech Immunizer Cohort <tech-imm-cohort@bellwoodrx.com>"],
                                    "Hands-on session scenarios (print for stations)", body, dt, cc=[S["ruth"].h],
                                    atts=[("station_cards.pdf", pdf(body.splitlines(), 10), "application", "pdf")]), "")


# =================================================================== main
EXPECT = {("phi", "care"): 8, ("phi", "ids"): 8, ("phi", "lang"): 8, ("phi", "lists"): 7, ("phi", "names"): 8,
          ("phi", "self"): 7, ("phi", "struct"): 7, ("clean", "admin"): 7, ("clean", "lookalike"): 7,
          ("clean", "news"): 6, ("clean", "staff"): 7, ("clean", "training"): 6}


def main():
    phi_care()
    phi_ids()
    phi_lang()
    phi_lists()
    phi_names()
    phi_self()
    phi_struct()
    clean_admin()
    clean_lookalike()
    clean_news()
    clean_staff()
    clean_training()
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(ROWS)
    for k, v in EXPECT.items():
        assert COUNT.get(k) == v, (k, COUNT.get(k), v)
    for (label, kind), n in COUNT.items():
        print(f"{label}-{kind}: {n}")
    print(f"total: {sum(COUNT.values())}")


if __name__ == "__main__":
    main()
