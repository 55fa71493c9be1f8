#!/usr/bin/env python3
"""Generate a blind evaluation set of hospital risk-management / patient-safety /
security office email.  Everything here is invented.  Standard library only.
Usage: python3 gen.py OUTDIR
"""
import sys, os, io, csv, random, zipfile, zlib, struct, datetime, html as _html
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime, formataddr

SEED = 9101
random.seed(SEED)

ORG = "Calder Valley Regional Medical Center"
DOM = "cvrmc-health.org"
ORG_ADDR = "1400 Larkspur Avenue, Vernon Falls, OH 44890"

# ---------------------------------------------------------------- dates
def _tz(d):
    if datetime.date(d.year, 3, 10) <= d < datetime.date(d.year, 11, 3):
        return datetime.timezone(datetime.timedelta(hours=-4))
    return datetime.timezone(datetime.timedelta(hours=-5))

def D(m, d, h=None, mi=None, y=2024):
    if h is None:
        h = random.randint(7, 17)
    if mi is None:
        mi = random.randint(0, 59)
    return datetime.datetime(y, m, d, h, mi, random.randint(0, 59),
                             tzinfo=_tz(datetime.date(y, m, d)))

def gdate(dt):
    return "%s, %s %d, %d at %d:%02d %s" % (dt.strftime("%a"), dt.strftime("%b"), dt.day,
                                            dt.year, int(dt.strftime("%I")), dt.minute,
                                            dt.strftime("%p"))

def odate(dt):
    return "%s, %s %d, %d %d:%02d %s" % (dt.strftime("%A"), dt.strftime("%B"), dt.day,
                                         dt.year, int(dt.strftime("%I")), dt.minute,
                                         dt.strftime("%p"))

def mid(domain=DOM):
    return "<%s.%s@%s>" % ("".join(random.choice("0123456789ABCDEF") for _ in range(16)),
                           "".join(random.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(8)),
                           domain)

# ---------------------------------------------------------------- people
class P:
    def __init__(s, name, email, title="", dept="", phone="", fax="", org=ORG, addr=None, cell=""):
        s.name, s.email, s.title, s.dept = name, email, title, dept
        s.phone, s.fax, s.org, s.cell = phone, fax, org, cell
        s.addr_line = addr if addr is not None else (ORG_ADDR if org == ORG else "")

    @property
    def a(s):
        return formataddr((s.name, s.email))

    @property
    def first(s):
        return s.name.split()[0]

    def sig(s, style="full"):
        if style == "first":
            return s.first
        if style == "initial":
            return s.first[0]
        if style == "mobile":
            return s.first + "\n\nSent from my iPhone"
        lines = [s.name + ((", " + s.title) if s.title and style == "full" and "," not in s.name else "")]
        if style == "short":
            lines = [s.name]
            if s.title:
                lines.append(s.title)
            if s.phone:
                lines.append("x" + s.phone[-4:] if s.org == ORG else s.phone)
            return "\n".join(lines)
        if s.dept:
            lines.append(s.dept)
        if s.org:
            lines.append(s.org)
        if s.addr_line:
            lines.append(s.addr_line)
        ph = []
        if s.phone:
            ph.append("P: " + s.phone)
        if s.cell:
            ph.append("C: " + s.cell)
        if s.fax:
            ph.append("F: " + s.fax)
        if ph:
            lines.append(" | ".join(ph))
        return "\n".join(lines)

def rp(name, email, **kw):
    return P(name, email + "@" + DOM, **kw)

RM_DIR   = rp("Maureen Oyelaran", "moyelaran", title="RN, JD, CPHRM", dept="Director, Risk Management & Patient Safety", phone="(740) 362-4410", fax="(740) 362-4499", cell="(740) 816-2254")
PSS      = rp("Devin Castillo-Reyes", "dcastilloreyes", title="MSN, RN, CPPS", dept="Patient Safety Specialist, Office of Risk Management", phone="(740) 362-4416")
RISKMGR  = rp("Priya Venkataraman", "pvenkataraman", title="CPHRM", dept="Clinical Risk Manager", phone="(740) 362-4412", fax="(740) 362-4499")
PATREL   = rp("Tamsin Howell", "thowell", title="", dept="Patient Relations & Grievance Coordinator", phone="(740) 362-4430")
CLAIMS   = rp("Gregory Pascoe", "gpascoe", title="AIC", dept="Claims & Litigation Coordinator, Risk Management", phone="(740) 362-4414", fax="(740) 362-4499")
RMASST   = rp("Jolene Fairbanks", "jfairbanks", dept="Administrative Assistant, Risk Management", phone="(740) 362-4400")
SECDIR   = rp("Raymond Szabo", "rszabo", title="CHPA", dept="Director, Protective Services", phone="(740) 362-5100", cell="(740) 816-3390")
SECSUP   = rp("Keisha Montgomery", "kmontgomery", dept="Night Shift Supervisor, Protective Services", phone="(740) 362-5105")
SECOFF   = rp("Omar Haddad", "ohaddad", dept="Security Officer II, Protective Services", phone="(740) 362-5101")
SECOFF2  = rp("Trevor Blaylock", "tblaylock", dept="Security Officer, Protective Services", phone="(740) 362-5101")
NM4W     = rp("Bethany Lindqvist", "blindqvist", title="BSN, RN", dept="Nurse Manager, 4 West Med/Surg", phone="(740) 362-6140")
NMED     = rp("Carlos Amaral", "camaral", title="MSN, RN, CEN", dept="Nurse Manager, Emergency Department", phone="(740) 362-7000")
WOCN     = rp("Hollis Grant", "hgrant", title="BSN, RN, CWOCN", dept="Wound & Ostomy Nursing", phone="(740) 362-6188")
PHARM    = rp("Anjali Mehra", "amehra", title="PharmD, BCPS", dept="Medication Safety Officer, Pharmacy", phone="(740) 362-6600")
QA       = rp("Lucas Whitfield", "lwhitfield", dept="Quality Data Analyst, Quality & Patient Safety", phone="(740) 362-4421")
EMPH     = rp("Nadia Petrosyan", "npetrosyan", title="MSN, FNP-C", dept="Employee Health Services", phone="(740) 362-4800", fax="(740) 362-4801")
EDUC     = rp("Marisol Quintero", "mquintero", title="MSN, RN-BC", dept="Clinical Educator, Nursing Professional Development", phone="(740) 362-4720")
INTERP   = rp("Linh Tran", "ltran", dept="Coordinator, Interpreter & Language Services", phone="(740) 362-4550")
RNPH     = rp("Ma. Cristina Dela Cruz", "mdelacruz", title="RN", dept="5 North Telemetry", phone="(740) 362-6150")
RNPH2    = rp("Jerome Villanueva", "jvillanueva", title="RN", dept="5 North Telemetry", phone="(740) 362-6150")
HIM      = rp("Renata Silva", "rsilva", dept="Release of Information, Health Information Management", phone="(740) 362-3300", fax="(740) 362-3310")
PFS      = rp("Stuart Kemble", "skemble", dept="Supervisor, Patient Financial Services", phone="(740) 362-3520")
CNO      = rp("Sharon Okonjo-Bell", "sokonjobell", title="DNP, RN, NEA-BC", dept="Chief Nursing Officer", phone="(740) 362-4001")
SW       = rp("Danielle Ferrante", "dferrante", title="LCSW", dept="Care Management / Social Work", phone="(740) 362-6320")
CHAP     = rp("Rev. Thomas Achterberg", "tachterberg", dept="Spiritual Care", phone="(740) 362-6390")
HOSP     = rp("Elliot Marchetti", "emarchetti", title="MD", dept="Hospital Medicine", phone="(740) 362-6001")
BHU      = rp("Ingrid Solberg", "isolberg", title="RN", dept="Charge Nurse, Behavioral Health Unit", phone="(740) 362-6700")
FAC      = rp("Dwayne Kittredge", "dkittredge", dept="Facilities Operations Manager", phone="(740) 362-5300")
MM       = rp("Rosa Ybarra", "rybarra", dept="Buyer, Materials Management", phone="(740) 362-5410")
ITSD     = P("CVRMC IT Service Desk", "servicedesk@" + DOM)
SAFETRACK = P("SafeTrack Notifications", "safetrack-noreply@" + DOM)
PAYROLL  = rp("Helen Abramowicz", "habramowicz", dept="Payroll Services", phone="(740) 362-3050")
HR       = rp("Marcus Oduya", "moduya", dept="HR Business Partner", phone="(740) 362-3011")
SECLT    = rp("Gina Castellucci", "gcastellucci", dept="Day Shift Lieutenant, Protective Services", phone="(740) 362-5104")
SECOFF3  = rp("Abdi Warsame", "awarsame", dept="Security Officer, Protective Services", phone="(740) 362-5101")
ADJ      = P("Wendell Barrows", "wbarrows@cardinalmutual-hl.com", title="", dept="Senior Claims Adjuster, Professional & General Liability", phone="(614) 555-0187", fax="(614) 555-0190", org="Cardinal Mutual Healthcare Liability Co.", addr="250 Commerce Park Drive, Suite 400, Columbus, OH 43219")
ADJ2     = P("Carly Nakamura", "cnakamura@cardinalmutual-hl.com", dept="Claims Specialist", phone="(614) 555-0152", org="Cardinal Mutual Healthcare Liability Co.", addr="250 Commerce Park Drive, Suite 400, Columbus, OH 43219")
COUNSEL  = P("Alicia Fennimore", "afennimore@fennimorekwan-law.com", title="Esq.", dept="Partner", phone="(216) 555-0134", fax="(216) 555-0135", org="Fennimore & Kwan LLP", addr="1100 Superior Avenue East, Suite 1700, Cleveland, OH 44114")
POLICE   = P("Officer Dana Ruiz", "druiz@vernonfalls-pd.org", dept="Patrol Division, Badge #4471", phone="(740) 555-0110", org="Vernon Falls Police Department", addr="77 Mill Street, Vernon Falls, OH 44890")
DEPUTY   = P("Deputy Alan Prychodko", "aprychodko@holliscountysheriff-oh.org", dept="Transport & Court Services", phone="(740) 555-0166", org="Hollis County Sheriff's Office", addr="")
PLAINTIFF_FIRM = P("Bradley Torrance", "btorrance@torrancelawgroup.com", title="Paralegal", dept="", phone="(330) 555-0148", fax="(330) 555-0149", org="Torrance Law Group, LLC", addr="40 Public Square, Suite 210, Akron, OH 44308")

# ---------------------------------------------------------------- text helpers
DISC_CONF = ("CONFIDENTIALITY NOTICE: This message, including any attachments, is intended only for the "
             "use of the individual or entity to which it is addressed and may contain information that is "
             "privileged, confidential and exempt from disclosure under applicable law. If you are not the "
             "intended recipient, you are hereby notified that any dissemination, distribution or copying "
             "of this communication is strictly prohibited. If you have received this message in error, "
             "please notify the sender immediately and delete it.")
DISC_PSWP = ("PRIVILEGED AND CONFIDENTIAL - PATIENT SAFETY WORK PRODUCT. Prepared for the CVRMC Patient "
             "Safety Evaluation System and the Peer Review Committee pursuant to the Patient Safety and "
             "Quality Improvement Act of 2005 and Ohio Rev. Code 2305.252. Do not forward, print or place "
             "in the medical record.")
DISC_ATTY = ("ATTORNEY-CLIENT PRIVILEGED / ATTORNEY WORK PRODUCT. This communication is prepared in "
             "anticipation of litigation. Do not forward outside the Office of Risk Management.")
DISC_INS = ("This e-mail and any files transmitted with it are confidential and intended solely for the "
            "addressee. Cardinal Mutual Healthcare Liability Co. accepts no liability for any damage "
            "caused by any virus transmitted by this e-mail. Please consider the environment before "
            "printing.")
DISC_SHORT = "Internal use only - CVRMC. Please do not forward outside the organization."

def qlines(text, prefix="> "):
    out = []
    for l in text.rstrip("\n").split("\n"):
        out.append((prefix + l) if l else prefix.rstrip())
    return "\n".join(out)

def quote_g(person, dt, text):
    return "On %s %s <%s> wrote:\n%s\n" % (gdate(dt), person.name, person.email, qlines(text))

def quote_o(person, dt, to, subject, text, cc=None, style="dash"):
    tos = "; ".join(t.name if isinstance(t, P) else t for t in (to if isinstance(to, list) else [to]))
    head = "-----Original Message-----\n" if style == "dash" else "________________________________\n"
    head += "From: %s <%s>\nSent: %s\nTo: %s\n" % (person.name, person.email, odate(dt), tos)
    if cc:
        head += "Cc: %s\n" % "; ".join(c.name if isinstance(c, P) else c for c in cc)
    head += "Subject: %s\n\n" % subject
    return head + text.rstrip("\n") + "\n"

def fwd(person, dt, to, subject, text):
    tos = ", ".join(t.a if isinstance(t, P) else t for t in (to if isinstance(to, list) else [to]))
    return ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: %s\n\n%s\n"
            % (person.name, person.email, gdate(dt), subject, tos, text.rstrip("\n")))

def to_html(body):
    paras = body.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(_html.escape(l) for l in p.split("\n")) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n' + "\n".join(out) +
            "\n</body></html>\n")

# ---------------------------------------------------------------- attachment builders
def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()

def _x(s):
    return _html.escape(str(s), quote=True)

def _col(n):
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s

def xlsx(rows, sheet="Sheet1"):
    srows = []
    for i, row in enumerate(rows):
        cells = []
        for j, v in enumerate(row):
            ref = "%s%d" % (_col(j), i + 1)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(v)))
        srows.append('<row r="%d">%s</row>' % (i + 1, "".join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % "".join(srows))
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet)),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ("xl/worksheets/sheet1.xml", sheet_xml),
    ]
    return _zip(files)

def docx(paragraphs):
    ps = []
    for p in paragraphs:
        bold = p.startswith("**")
        t = p.strip("*")
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        ps.append('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, _x(t)))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % "".join(ps))
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ("word/document.xml", doc),
    ]
    return _zip(files)

def pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    body = "BT /F1 10 Tf 54 750 Td 14 TL\n" + "".join("(%s) Tj T*\n" % esc(l) for l in lines) + "ET\n"
    stream = body.encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream"]
    out = bytearray(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)

def _png(w, h, rows, color_type):
    raw = b"".join(b"\x00" + r for r in rows)
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, color_type, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

def logo_png(w=160, h=48):
    rows = []
    for y in range(h):
        r = bytearray()
        for x in range(w):
            if 8 <= y < 40 and 8 <= x < 40:
                r += bytes((0, 128, 128))          # teal square
            elif 20 <= y < 28 and 48 <= x < 150:
                r += bytes((20, 40, 90))           # navy bar
            else:
                r += bytes((255, 255, 255))
        rows.append(bytes(r))
    return _png(w, h, rows, 2)

def scan_png(w=170, h=220):
    rows = []
    for y in range(h):
        v = 246 if (y % 37) else 238
        rows.append(bytes([v]) * w)
    return _png(w, h, rows, 0)

def ics(uid, summary, start, end, location, organizer, desc):
    f = lambda d: d.astimezone(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    return ("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:%s\r\nDTSTAMP:%s\r\nDTSTART:%s\r\nDTEND:%s\r\n"
            "SUMMARY:%s\r\nLOCATION:%s\r\nORGANIZER;CN=%s:mailto:%s\r\nDESCRIPTION:%s\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n" % (uid, f(start), f(start), f(end), summary, location,
                                                organizer.name, organizer.email,
                                                desc.replace("\n", "\\n").replace(",", "\\,")))

def csv_text(rows):
    b = io.StringIO()
    w = csv.writer(b, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return b.getvalue()

# attachment tuples: (data, maintype, subtype, filename)
def A_csv(rows, fn):  return (csv_text(rows), "text", "csv", fn)
def A_txt(text, fn):  return (text, "text", "plain", fn)
def A_xlsx(rows, fn, sheet="Sheet1"):
    return (xlsx(rows, sheet), "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", fn)
def A_docx(paras, fn):
    return (docx(paras), "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", fn)
def A_pdf(lines, fn): return (pdf(lines), "application", "pdf", fn)
def A_png(data, fn):  return (data, "image", "png", fn)
def A_ics(text, fn):  return (text, "text", "calendar", fn)
def A_bin(data, mt, st, fn): return (data, mt, st, fn)

# ---------------------------------------------------------------- message builder
def _addr(x):
    if isinstance(x, P):
        return x.a
    return x

def build(m):
    msg = EmailMessage()
    msg["From"] = _addr(m["frm"])
    tos = m["to"] if isinstance(m["to"], list) else [m["to"]]
    msg["To"] = ", ".join(_addr(t) for t in tos)
    if m.get("cc"):
        ccs = m["cc"] if isinstance(m["cc"], list) else [m["cc"]]
        msg["Cc"] = ", ".join(_addr(c) for c in ccs)
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(m["date"])
    frm_email = m["frm"].email if isinstance(m["frm"], P) else m["frm"].split("@")[-1].strip(">")
    dom = frm_email.split("@")[-1] if "@" in frm_email else frm_email
    msg["Message-ID"] = mid(dom)
    if m.get("reply"):
        r = mid(DOM if random.random() < 0.6 else dom)
        msg["In-Reply-To"] = r
        msg["References"] = r
    for k, v in m.get("headers", {}).items():
        msg[k] = v
    msg.set_content(m["body"])
    if m.get("html") is True:
        msg.add_alternative(to_html(m["body"]), subtype="html")
    elif m.get("html"):
        msg.add_alternative(m["html"], subtype="html")
    for data, mt, st, fn in m.get("att", []):
        if isinstance(data, str):
            msg.add_attachment(data, subtype=st, filename=fn)
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return msg

def M(frm, to, subject, body, date, cc=None, html=None, att=None, patient="", reply=None, headers=None):
    if reply is None:
        reply = subject.lower().startswith(("re:", "fw:", "fwd:", "re :", "aw:", "rv:"))
    return dict(frm=frm, to=to, cc=cc, subject=subject, body=body, date=date, html=html,
                att=att or [], patient=patient, reply=reply, headers=headers or {})

KINDS = {}
def kind(label, name):
    def deco(fn):
        KINDS.setdefault((label, name), []).append(fn)
        return fn
    return deco

# ====================================================================== PHI: care
@kind("phi", "care")
def care1():
    body = """Bethany,

Mr. Okafor in 412 asked his nurse this morning about his hearing aids. They were logged into the security safe Tuesday night when he came up from the ED (envelope #S-0931, two hearing aids in a blue case, a wallet and a wedding band). He wants the hearing aids back today, the rest can stay in the safe till he goes home.

I can bring them up after 1400 but someone from the unit needs to sign the property release with me at the bedside. Who should I ask for?

Thanks
Omar Haddad
Security Officer II, Protective Services
x5101 / radio ch. 3"""
    return M(SECOFF, NM4W, "hearing aids for Augustin Okafor rm 412", body, D(2, 15, 10, 22),
             patient="Augustin Okafor")

@kind("phi", "care")
def care2():
    body = """Keisha - handoff for tonight, ED side.

Bay 9: Dustin Farrow. VFPD hold, Ofc. Ruiz is with him until 1900 then Ofc. Petit relieves. He stays on a 1:1 sitter the whole time, meals on a paper tray, no utensils, no cords in the room. PD says no visitors at all, family included. His mom has called the front desk 4 times today (Linda Farrow, 740-555-0173) -- please route her to the house supervisor, not the unit, and don't confirm anything beyond "he is here" unless the house sup OKs it.

If they move him upstairs tonight we need an officer to walk with transport. Dr. Abiodun expects a decision before midnight.

Bay 14 is clear now, the gentleman from this morning left AMA with his brother at 1320.

Gina
Day Shift Lt., Protective Services
x5104"""
    return M(SECLT, SECSUP, "ED handoff 1845", body, D(3, 6, 18, 44), cc=[NMED],
             patient="Dustin Farrow")

@kind("phi", "care")
def care3():
    d1 = D(4, 9, 16, 5)
    orig = """Hi Bethany,

I took a call this afternoon from Joanne Whitcombe-Reese, daughter of Eleanor Whitcombe (4W room 438). She says her mom pressed the call light around 0630 Sunday and nobody came for close to 40 minutes, and by then she had tried to get up to the bathroom on her own. Joanne was on the phone with her at the time and could hear her asking for help. She is very upset and said her mom "is scared to be left alone now."

She would like a meeting with you and someone from my office. She is available Thursday after 2 and her cell is 740-555-0199. Could you pull the call light log for that morning and check who had her? I'm opening a grievance file (G-2024-0142) so the 7-day letter clock is running.

Tamsin"""
    body = """Tamsin - thanks. Pulled the call light report, the light went on at 06:31 and was answered 06:58 (27 min, not 40, still way too long). It was change of shift and our CNA was with the patient in 440. I talked to the night RN.

Since then we put her on hourly rounding, moved the commode to the bedside and she has a chair alarm when she's up. Thursday at 2:30 works for me, I'll book the 4W conference room. Can you send Joanne the invite or do you want me to call her?

Bethany Lindqvist, BSN, RN
Nurse Manager, 4 West Med/Surg
x6140

""" + quote_g(PATREL, d1, orig)
    return M(NM4W, PATREL, "RE: call light complaint - Whitcombe 4W", body, D(4, 10, 8, 12),
             cc=[RISKMGR], html=True, patient="Eleanor Whitcombe")

@kind("phi", "care")
def care4():
    body = """Danielle,

Following up on our hallway conversation. Tobias Renner (4W, 421) is going home today. His glasses were lost somewhere between the ED and the floor on the 20th and he can't read his discharge paperwork or his pill bottles without them, so please have the nurse go through everything out loud with him and his wife before he leaves.

Risk will cover:
- a cab voucher home (he lives out on Quarry Rd in Dunmore, his wife doesn't drive at night)
- a replacement pair at Brightline Optical on Main St. I called them, they have his prescription on file from last year and will bill us directly, reference PO to follow from Jolene.

His wife is Carol, 740-555-0126. She asked that we call her, not him, when the glasses are ready.

Can you let me know once he's out? I'll close the lost property file after that.

Thanks,
Priya

""" + RISKMGR.sig() + "\n\n" + DISC_CONF
    return M(RISKMGR, SW, "Renner - ride home + glasses", body, D(5, 23, 11, 3), cc=[RMASST],
             patient="Tobias Renner")

@kind("phi", "care")
def care5():
    body = """ingrid fyi - pruitt in room 6 asked again at 0415 for her phone to call her son, told her we'd check with you at 0900. she's calm now, ate the sandwich, wants a blanket and her glasses from the property bag (bag #BH-2207, it's in the locker behind the desk). officer warsame is outside the door until 0700.

k

Sent from my iPhone"""
    return M(SECSUP, BHU, "janelle pruitt", body, D(6, 2, 4, 41), patient="Janelle Pruitt")

@kind("phi", "care")
def care6():
    letter = [
        "**Calder Valley Regional Medical Center - Patient Relations",
        "April 18, 2024",
        "Mr. Wen-Jie Hsu",
        "2281 Orchard Hill Lane",
        "Vernon Falls, OH 44890",
        "RE: Your concerns - reference G-2024-0117",
        "Dear Mr. Hsu,",
        "Thank you for taking the time to share your concerns about your visit to our Emergency Department on the evening of March 3, 2024. We are sorry that you waited more than five hours to be seen, that you were not kept informed about the delay, and that your wife's coat and handbag were misplaced when you were moved from the waiting area to room 22.",
        "We reviewed your visit with the Emergency Department leadership and with Protective Services. The handbag was located in our Lost and Found on March 5 and was returned to your wife on March 8. The coat has not been found. As a courtesy we will reimburse you $180 for the coat; a check will be mailed to the address above.",
        "We have also removed the facility charge for your March 3 visit from your account. You do not need to do anything; your next statement will show a zero balance for that date.",
        "If you have any further concerns, please call me directly at (740) 362-4430.",
        "Sincerely,",
        "Tamsin Howell, Patient Relations & Grievance Coordinator",
    ]
    body = """Maureen,

Draft response for the Hsu grievance is attached. Carlos has signed off on the ED piece. The only thing I need from you is OK on the $180 reimbursement for the coat and the write-off of the facility charge (Stuart in PFS is holding the account until I confirm).

Letter has to go out by Monday the 22nd to stay inside our 30 days.

Thanks!
Tamsin

Tamsin Howell
Patient Relations & Grievance Coordinator
Calder Valley Regional Medical Center
(740) 362-4430"""
    return M(PATREL, RM_DIR, "Hsu grievance response letter - draft for approval", body, D(4, 18, 14, 37),
             att=[A_docx(letter, "G-2024-0117 Hsu response DRAFT v2.docx")], patient="Wen-Jie Hsu")

@kind("phi", "care")
def care7():
    d0 = D(7, 14, 21, 48)
    son = """To whom it may concern,

My father Walter Brandt has been on 3 East since July 9th. When my sister visited today his lower denture was gone. The nurses think it went out with a breakfast tray on Friday. He can't really eat the regular food without it and he's too embarrassed to ask for help so he just isn't eating. He is 88.

Can someone PLEASE check with the kitchen and lost and found, and make sure he gets food he can manage until it's found or replaced? We'd also like to know who pays for a new one if it's gone. His dentist is Dr. Kaminski in Dunmore.

Thank you,
Kurt Brandt
(614) 555-0109"""
    body = """Omar / Keisha - can security check L&F and the dish room for a lower denture, probably in a napkin on a tray from 3E on Fri 7/12? Pt is Walter Brandt, 3E-314.

Dietary has been asked to send soft items starting with lunch today. Son's email below.

Tamsin

""" + fwd(P("Kurt Brandt", "kbrandt.home@mailbox-east.net"), d0, "patientrelations@" + DOM,
          "My father's dentures", son)
    return M(PATREL, [SECOFF, SECSUP], "Fwd: My father's dentures", body, D(7, 15, 8, 20),
             cc=["Food & Nutrition Services <fns-supervisors@%s>" % DOM], patient="Walter Brandt")

@kind("phi", "care")
def care8():
    d0 = D(8, 20, 13, 2)
    q = """Deputy Prychodko,

Luis Arteaga's mother (Mrs. Graciela Arteaga) has asked our chaplain twice whether she can visit her son. I understand he is in your custody while he is here on 6 South. She speaks Spanish only; we can have an interpreter at the bedside. Would a 20-minute visit tomorrow at 3 pm be permitted under your agency's rules? If so, what does she need to bring?

Danielle Ferrante, LCSW
Care Management / Social Work
(740) 362-6320"""
    body = """Ms. Ferrante,

Supervisor approved one visit, 20 minutes max, tomorrow 1500-1520. Rules:
- She needs a government photo ID and must be on the approved visitor list (I added her this morning).
- No bags, food, phones, or items passed to the inmate. Deputy stays in the room.
- No physical contact except a brief hug at the start and end.
- Nothing discussed about his case or court date.

Please have her check in with your security desk at 1445 so they can walk her up. If his room changes let us know. Also FYI transport may pick him up Friday if your doctor clears him to go back, so this may be the only window.

Dep. A. Prychodko #229
Hollis County Sheriff's Office
Transport & Court Services

""" + quote_o(SW, d0, DEPUTY, "Visit request", q, style="line")
    return M(DEPUTY, SW, "RE: Visit request", body, D(8, 20, 16, 48),
             cc=[CHAP, SECDIR, INTERP], patient="Luis Arteaga")

# ====================================================================== PHI: ids
@kind("phi", "ids")
def ids1():
    d0 = D(3, 27, 9, 30)
    q = """Greg,

We have received the attached notice of claim. Please send the following at your earliest convenience so I can set reserves:

1. The incident/occurrence report and any follow-up (I understand this may be privileged; a summary is fine).
2. Complete chart for the admission, MRN 00483921, admit 02/10/2024, discharge 02/16/2024.
3. Itemized bill for the admission and any post-discharge ED visit.
4. Names of the staff on duty 02/11 night shift, 5N.

Claim No.: CM-PL-24-018877
Insured: Calder Valley Regional Medical Center
Date of loss: 02/11/2024

Thank you,
Wendell Barrows
Senior Claims Adjuster, Professional & General Liability
Cardinal Mutual Healthcare Liability Co.
(614) 555-0187"""
    body = """Wendell,

Items 1 and 4 are with Priya, you'll have the summary and the staffing list by Friday. HIM is pulling the chart for 00483921 now, I asked for it on disc. The itemized bill shows the post-discharge ED visit on 2/19 under a different account (HAR 600197442), I'll include both.

One correction: she was on 5N for the first night only and transferred to 4W on 2/11 around 1600, so the fall happened on 4W. I'll send you the unit census for that night too.

Greg

Gregory Pascoe, AIC
Claims & Litigation Coordinator, Risk Management
Calder Valley Regional Medical Center
P: (740) 362-4414 | F: (740) 362-4499

""" + DISC_ATTY + "\n\n" + quote_o(ADJ, d0, CLAIMS, "CM-PL-24-018877 / CVRMC / DOL 02/11/2024", q)
    return M(CLAIMS, ADJ, "RE: CM-PL-24-018877 / CVRMC / DOL 02/11/2024", body, D(3, 27, 15, 12),
             cc=[RISKMGR])

@kind("phi", "ids")
def ids2():
    body = """pt MRN 7720184 on 4W fell again this am ~0540, found on floor next to bed, 2nd fall this admission (1st was 4/28). hospitalist saw him, no new injury, CT not ordered. bed alarm was on but the volume was turned all the way down.

do we want to do a full RCA on this one or is an apparent cause enough? my vote is RCA since it's a repeat on the same pt.

devin"""
    return M(PSS, RISKMGR, "repeat fall 4W", body, D(5, 3, 9, 17), cc=[NM4W])

@kind("phi", "ids")
def ids3():
    req = [
        "TORRANCE LAW GROUP, LLC",
        "40 Public Square, Suite 210, Akron, OH 44308   Tel (330) 555-0148   Fax (330) 555-0149",
        "",
        "May 6, 2024",
        "",
        "Calder Valley Regional Medical Center",
        "Attn: Health Information Management / Release of Information",
        "1400 Larkspur Avenue, Vernon Falls, OH 44890",
        "",
        "RE:   Our client:        R. Gallo",
        "      Date of birth:     06/22/1958",
        "      Account no.:       4410092837",
        "      Dates of service:  01/08/2024 - 01/12/2024",
        "",
        "Please provide a complete certified copy of all medical records, including nursing notes,",
        "medication administration records, fall risk assessments, incident-related documentation",
        "to the extent it is in the designated record set, imaging reports, and the itemized bill",
        "for the above dates of service. A signed patient authorization is enclosed.",
        "",
        "Kindly direct any invoice for copying charges to the undersigned.",
        "",
        "Bradley Torrance, Paralegal",
    ]
    d0 = D(5, 8, 10, 4)
    q = """Please see the attached records request for the above patient.
Bradley Torrance
Paralegal | Torrance Law Group, LLC
(330) 555-0148"""
    body = """Hi Greg - flagging per the attorney request policy. This is the Jan 4W fall (I think it's the one with the wrist fx?). I'm logging it and will not release until you give me the OK, we have 30 days from 5/8.

Renata

Renata Silva
Release of Information, Health Information Management
P: (740) 362-3300 | F: (740) 362-3310

""" + fwd(PLAINTIFF_FIRM, d0, "roi@" + DOM, "Records Request - Acct 4410092837", q)
    return M(HIM, CLAIMS, "FW: Records Request - Acct 4410092837", body, D(5, 8, 13, 55),
             att=[A_pdf(req, "Gallo_records_request_050624.pdf")], patient="R. Gallo")

@kind("phi", "ids")
def ids4():
    d0 = D(9, 14, 2, 10)
    q = """Security,

Re: VFPD case #24-003318. Our subject was transported to your ED at approx 2340 hrs and is admitted or being held under acct 90011827 per your registration. Can you give me an ETA for medical clearance? We need to know when he is fit for booking so I can schedule the transport unit.

Ofc. D. Ruiz #4471
Vernon Falls PD"""
    body = """Officer Ruiz,

Per the ED charge nurse, acct 90011827 is still waiting on a CT of the head and repeat labs, and they want behavioral health to see him before he's cleared. Earliest they are guessing is late morning. I'll call dispatch at (740) 555-0110 as soon as the physician signs the clearance form.

Your officer at bedside is relieved at 0700 per the schedule you sent.

Keisha Montgomery
Night Shift Supervisor, Protective Services
Calder Valley Regional Medical Center
(740) 362-5105

""" + quote_g(POLICE, d0, q)
    return M(SECSUP, POLICE, "Re: VFPD 24-003318 medical clearance", body, D(9, 14, 4, 36), cc=[NMED])

@kind("phi", "ids")
def ids5():
    body = """*** This is an automated message from SafeTrack. Do not reply. ***

A new event has been submitted and assigned to you for review.

Event ID:        ME-2024-0412
Event type:      Medication / IV fluid - Wrong rate
Severity (rptr): E - Temporary harm, intervention required
Location:        ICU-2, Bed 07
Event date/time: 04/12/2024 03:15
Patient MRN:     5561203
Reported by:     (anonymous)

Brief description:
Heparin infusion running at 18 units/kg/hr; order was 12 units/kg/hr after the 0000 aPTT. Discovered at 0700 handoff. aPTT at 0600 was 112. Infusion held 1 hr per protocol and restarted at correct rate. Provider notified. Pump library was bypassed (basic infusion mode).

Review due:      04/19/2024

Open event: https://safetrack.cvrmc-health.org/events/ME-2024-0412

You are receiving this because you are the Medication Safety reviewer for ICU-2."""
    html = """<html><body style="font-family:Segoe UI,Arial;font-size:10pt">
<p style="color:#888">*** This is an automated message from SafeTrack. Do not reply. ***</p>
<p>A new event has been submitted and assigned to you for review.</p>
<table cellpadding="3" style="border-collapse:collapse;font-size:10pt">
<tr><td><b>Event ID</b></td><td>ME-2024-0412</td></tr>
<tr><td><b>Event type</b></td><td>Medication / IV fluid - Wrong rate</td></tr>
<tr><td><b>Severity (rptr)</b></td><td>E - Temporary harm, intervention required</td></tr>
<tr><td><b>Location</b></td><td>ICU-2, Bed 07</td></tr>
<tr><td><b>Event date/time</b></td><td>04/12/2024 03:15</td></tr>
<tr><td><b>Patient MRN</b></td><td>5561203</td></tr>
<tr><td><b>Reported by</b></td><td>(anonymous)</td></tr>
</table>
<p><b>Brief description:</b><br>Heparin infusion running at 18 units/kg/hr; order was 12 units/kg/hr after the 0000 aPTT. Discovered at 0700 handoff. aPTT at 0600 was 112. Infusion held 1 hr per protocol and restarted at correct rate. Provider notified. Pump library was bypassed (basic infusion mode).</p>
<p>Review due: 04/19/2024</p>
<p><a href="https://safetrack.cvrmc-health.org/events/ME-2024-0412">Open event</a></p>
<p style="color:#888;font-size:8pt">You are receiving this because you are the Medication Safety reviewer for ICU-2.</p>
</body></html>"""
    return M(SAFETRACK, PHARM, "[SafeTrack] New event assigned: ME-2024-0412 (Medication)", body,
             D(4, 12, 7, 42), html=html, headers={"Auto-Submitted": "auto-generated", "X-Priority": "3"})

@kind("phi", "ids")
def ids6():
    body = """Greg,

Update on the needlestick from 4/2 so you can update the WC file.

Employee ID: 30419
WC claim #: 77-WC-220931 (BWC)
Date of injury: 04/02/2024, ~1410, 5N med room

- Baseline HIV/HBV/HCV drawn 4/2, all negative. Titer shows immune to Hep B.
- Source patient (MRN 3309175) consented and tested 4/2, all negative, so no PEP was started.
- 6-week follow-up labs scheduled 5/14 at 0730 in Employee Health, 12-week on 6/25.
- Employee missed no time from work. Only charges so far are the 4/2 lab panel and the ED triage fee, which should go to the WC claim, not her health plan - can you make sure PFS has the claim number?

Nadia Petrosyan, MSN, FNP-C
Employee Health Services
P: (740) 362-4800 | F: (740) 362-4801

This message contains confidential employee medical information. Do not place in the personnel file."""
    return M(EMPH, CLAIMS, "WC 77-WC-220931 follow up", body, D(4, 9, 12, 6))

@kind("phi", "ids")
def ids7():
    d0 = D(6, 12, 10, 15)
    q = """Greg,

We are finalizing the settlement on CM-GL-23-007215 (claimant D.K., visitor slip and fall, main lobby 09/18/2023). Because the claimant is a Medicare beneficiary we need the following for the Section 111 report before the TPOC date of 06/17/2024:

- Medicare Beneficiary Identifier (MBI)
- Date of birth and gender
- ICD-10 codes for the injuries claimed

Thanks,
Carly Nakamura
Claims Specialist | Cardinal Mutual Healthcare Liability Co.
(614) 555-0152"""
    body = """Carly,

From the ED record and the claimant's attorney:

MBI: 1EG4-TE5-MK73
DOB: 11/30/1949
Gender: F
ICD-10: S72.001A (fx right femoral neck, initial), W01.0XXA, S01.81XA (forehead laceration)
Settlement: $85,000, TPOC 06/17/2024

Her attorney confirmed no conditional payment letter yet; they requested it from BCRC on 5/30. Please copy me on the final query response.

Greg

""" + DISC_ATTY + "\n\n" + quote_o(ADJ2, d0, CLAIMS, "Section 111 info needed - CM-GL-23-007215", q)
    return M(CLAIMS, ADJ2, "RE: Section 111 info needed - CM-GL-23-007215", body, D(6, 12, 14, 51),
             cc=[ADJ])

@kind("phi", "ids")
def ids8():
    d0 = D(5, 13, 9, 5)
    q = """Stuart,

Please place a bill hold on HAR 600238114 (DOS 05/09/2024, ED + obs). This was an in-hospital fall with injury (CT head, facial lac repair in the ED). Per service recovery we are waiving the charges that resulted from the fall - the CT and the lac repair - but the rest of the stay bills normally.

Guarantor acct is 7002231. Please do not send to collections or to the secondary until I confirm.

Priya"""
    body = """Done - HAR 600238114 is on hold (reason code RM-HOLD), expires 6/12 unless extended. I'll need the CPT codes you want adjusted off, I see 70450 and 12051 on the account but there's also a 99285. Do you want the ED E/M removed too or just the two procedures?

Also heads up the primary (Medicare Advantage) was already billed on 5/11 so we may need a corrected claim.

Stuart Kemble
Supervisor, Patient Financial Services
x3520

""" + quote_o(RISKMGR, d0, PFS, "bill hold request", q)
    return M(PFS, RISKMGR, "RE: bill hold request", body, D(5, 13, 11, 40))

# ====================================================================== PHI: lang
@kind("phi", "lang")
def lang1():
    fam = P("Verónica Martínez", "vero.martinez.q@correo-rapido.net")
    d0 = D(6, 10, 19, 22)
    orig = """Buenas tardes,

Les escribo porque mi mamá, Rosa Elena Martínez Quiroga, está internada en el cuarto 512 desde el 3 de junio. El domingo en la madrugada se cayó en el baño y nadie de la familia fue avisado hasta el lunes a mediodía, cuando yo llegué y la vi con el ojo morado y una venda en la frente. La enfermera me dijo que le hicieron una tomografía y que "todo salió bien", pero nadie nos explicó nada más.

Mi mamá no habla inglés y dice que cuando tocó el timbre nadie le entendió. Pedimos tres cosas:
1. Que siempre le pongan intérprete cuando le expliquen algo.
2. Que alguien de la familia pueda quedarse con ella en la noche.
3. Que nos llamen de inmediato si vuelve a pasar algo.

Quiero poner una queja formal. Mi número es (740) 555-0138, llamen después de las 4 de la tarde por favor porque trabajo.

Atentamente,
Verónica Martínez
(hija)"""
    body = """Tamsin - this came into the language services inbox last night. Short version: daughter of the patient in 512 (fall in the bathroom early Sunday, family not told until Monday noon, mom doesn't speak English and says nobody understood her call light). She wants to file a formal grievance. I can join the call with her, she asks for after 4 pm.

Linh

""" + fwd(fam, d0, "languageservices@" + DOM, "Queja - mi mamá cuarto 512", orig)
    return M(INTERP, PATREL, "Fwd: Queja - mi mamá cuarto 512", body, D(6, 11, 8, 3),
             patient="Rosa Elena Martínez Quiroga")

@kind("phi", "lang")
def lang2():
    body = """Kính gửi bộ phận An ninh bệnh viện,

Tôi là Nguyễn Thị Hồng, con gái của ông Nguyễn Văn Thành (sinh ngày 14/02/1951). Ba tôi được đưa vào phòng cấp cứu tối ngày 22 tháng 7 rồi chuyển lên ICU. Khi vào viện ba tôi có mang theo ví (trong có thẻ Medicare và khoảng 300 đô), điện thoại Samsung màu đen và nhẫn cưới bằng vàng. Hôm nay gia đình lên thăm thì y tá nói không tìm thấy những đồ này trong tủ.

Xin bệnh viện kiểm tra giúp ở phòng cấp cứu và nơi giữ đồ thất lạc. Ba tôi hiện vẫn đang thở máy nên không thể tự hỏi được. Nếu tìm thấy, xin gọi cho tôi số (740) 555-0182. Tôi nói được tiếng Anh một chút nhưng muốn có thông dịch viên tiếng Việt nếu được.

Cảm ơn nhiều.
Hồng"""
    return M(P("Hong Nguyen", "hongnguyen1978@mailbox-east.net"),
             "Protective Services <security@%s>" % DOM,
             "Đồ thất lạc của ba tôi - ICU", body, D(7, 24, 20, 15), patient="Nguyễn Văn Thành")

@kind("phi", "lang")
def lang3():
    body = """您好，

我是李国华的妻子王秀兰。我丈夫四月二十六日住进五楼北区（5 North）509房。昨天晚上大约九点，护士给他吃了一颗白色的小药片，说是降血压的药。吃完不到一个小时，他就头晕、出冷汗，量血压很低。后来另一位护士告诉我们，那颗药是隔壁病人的，不是他的。

我们非常担心，也很生气。医院到现在都没有人正式跟我们解释发生了什么，也没有说以后会怎样防止这种事。我丈夫七十六岁，有心脏病，平时自己的药我都记得很清楚。

请安排一位懂中文的翻译，我们希望和负责的人见面谈一谈。我的电话是 (740) 555-0157，白天都可以打。

王秀兰
2024年4月28日

(Sent on behalf of Mrs. Wang by her granddaughter - please reply to this email, thank you. Amy)"""
    return M(P("Amy Li", "amy.li.vf@quickpost-mail.com"), "patientrelations@" + DOM,
             "关于我丈夫李国华用错药的投诉 / complaint about medication", body, D(4, 28, 10, 40),
             patient="Li Guohua")

@kind("phi", "lang")
def lang4():
    orig = """Здравствуйте,

Пишу по поводу моей мамы, Соколовой Галины Петровны, 1939 г.р. Она лежала у вас в отделении 4 West со 2 по 11 марта после операции на бедре. Когда её перевели в реабилитационный центр «Пайнгроув», тамошние медсёстры сразу обнаружили у неё большой пролежень на крестце и покраснение на обеих пятках. В выписке о пролежнях ни слова. Нам сказали, что это уже третья стадия.

Как такое могло случиться за девять дней? Её переворачивали? Был ли у неё противопролежневый матрас? Я хочу получить копию всех медицинских записей и письменное объяснение от руководства больницы.

С уважением,
Ирина Соколова-Берг
тел. (614) 555-0171"""
    body = """Priya, Hollis -

Russian-language complaint from the daughter of a 4W patient (Sokolova, Galina, discharged 3/11 to Pinegrove rehab). Rough translation from Google: she says the SNF found a stage 3 sacral PI and redness on both heels on arrival and nothing about it was in the discharge summary. Wants records and a written explanation. I've asked Linh for a certified translation and opened G-2024-0098.

Hollis, can you look at the skin assessments for 3/2-3/11 before we call her?

Tamsin

-----Original Message-----
From: Irina Sokolova-Berg <irina.sberg@postbox-ru.net>
Sent: Friday, March 15, 2024 11:02 PM
To: Patient Relations
Subject: Жалоба - Соколова Г.П.

""" + orig
    return M(PATREL, [RISKMGR, WOCN], "FW: Жалоба - Соколова Г.П.", body, D(3, 18, 9, 26),
             patient="Galina Petrovna Sokolova")

@kind("phi", "lang")
def lang5():
    body = """Bonjou,

Mwen rele Mirlande Joseph, mwen se nyès Jean-Robert Pierre-Louis ki nan chanm 3 nan inite sante mantal la (Behavioral Health). Yè swa yo di nou sekirite te oblije mare l sou kabann nan paske li te ajite anpil. Jodi a lè m vin vizite l, m wè de ponyèt li ble e anfle, epi li di m yon gad te peze do l ak jenou l. Li pa pale angle byen, epi pèsonn pa t eksplike l anyen nan lang li.

Fanmi an vle konnen kiyès ki te la, konbyen tan yo te kite l mare, e si yon doktè te egzamine ponyèt li apre sa. Nou vle fè yon plent ofisyèl.

Tanpri rele m nan (740) 555-0114 apre 5è di swa. Mèsi anpil.

Mirlande Joseph"""
    return M(P("Mirlande Joseph", "mirlandej@haitimail-fam.net"), "patientrelations@" + DOM,
             "Plent pou tonton m Jean-Robert", body, D(8, 6, 21, 3), patient="Jean-Robert Pierre-Louis")

@kind("phi", "lang")
def lang6():
    body = """Jerome,

Pasensya na, nakalimutan kong i-file yung incident report kagabi bago ako umuwi, sobrang toxic ng shift. Pwede mo ba akong tulungan mamaya pagpasok mo?

Para kay Mr. Harlan Beaumont sa 5N-507 (yung 82 y/o na naka-tele, may bed alarm). Around 0315 nakita ko siyang nakaupo sa sahig tabi ng kama, sabi niya pupunta daw siya sa CR. May maliit na bukol sa likod ng ulo, nag-CT head na at negative naman daw sabi ni Dr. Marchetti. Na-notify ko na yung anak niya (si Lorraine) around 0400, sabi niya pupunta siya ngayong umaga.

Ang di ko sure ay kung anong severity ang ilalagay sa SafeTrack - "no harm" ba o "minor harm" kasi may bukol? Tsaka kailangan ko bang ilagay na wala pa yung sitter nung oras na yun? Ayokong mapagalitan si Ate Joy.

Salamat talaga, libre kita ng kape mamaya :)

Tina
Sent from my Galaxy"""
    return M(RNPH, RNPH2, "IR para kay Beaumont 507", body, D(5, 19, 8, 12), patient="Harlan Beaumont")

@kind("phi", "lang")
def lang7():
    body = """السلام عليكم،

أنا ابن المريض محمود الخطيب، الذي دخل قسم الطوارئ يوم ١٢ أغسطس ثم نُقل إلى الطابق الرابع (غرفة 426). أكتب لتقديم شكوى رسمية بخصوص ما حدث ليلة ١٣ أغسطس.

والدي عمره ٧٩ سنة ولا يتكلم الإنجليزية. عندما حاولت والدتي البقاء معه بعد الساعة التاسعة مساءً، صرخ عليها أحد رجال الأمن وطلب منها المغادرة أمام المرضى الآخرين. بعد ذهابها سقط والدي من السرير أثناء محاولته الذهاب إلى الحمام، ولم يتصل بنا أحد حتى الصباح.

نطلب ما يلي:
١. توضيح سياسة بقاء المرافق مع المريض كبير السن.
٢. مترجماً عربياً عند كل شرح طبي.
٣. اجتماعاً مع إدارة المستشفى ومدير الأمن.

رقم هاتفي: 740-555-0193

مع الشكر،
يوسف محمود الخطيب"""
    return M(P("Yousef Al-Khatib", "y.alkhatib@netmail-ohio.com"),
             ["patientrelations@" + DOM, "security@" + DOM],
             "شكوى رسمية - والدي محمود الخطيب غرفة 426", body, D(8, 14, 13, 47),
             patient="Mahmoud Al-Khatib")

@kind("phi", "lang")
def lang8():
    body = """Dzień dobry,

piszę w imieniu mojej mamy, Haliny Wiśniewskiej (ur. 03.09.1944), która była pacjentką oddziału 4 West od 15 do 19 stycznia. Podczas pobytu zginął jej aparat słuchowy (prawe ucho, w małym szarym etui), prawdopodobnie razem z pościelą. Pielęgniarka spisała zgłoszenie, ale od tamtej pory nikt się z nami nie skontaktował.

Dodatkowo mama dostała rachunek na 412,50 USD za "materiały i zaopatrzenie", chociaż Medicare i jej ubezpieczenie dodatkowe powinny pokryć cały pobyt. Numer konta na rachunku: 600114730. Czy mogą Państwo to sprawdzić?

Bez aparatu mama prawie nic nie słyszy, co bardzo utrudnia jej wizyty u kardiologa.

Z poważaniem,
Agnieszka Wiśniewska-Hart
tel. 440-555-0121

--
Wysłano z telefonu"""
    return M(P("Agnieszka Wisniewska-Hart", "aga.wh@pocztex-mail.net"), "patientrelations@" + DOM,
             "Zaginiony aparat słuchowy i rachunek - Halina Wiśniewska", body, D(2, 7, 18, 30),
             patient="Halina Wiśniewska")

# ====================================================================== PHI: lists
@kind("phi", "lists")
def lists1():
    body = """Falls Committee -

Falls reported in SafeTrack for the week of 5/12-5/18. Eight total, 3 with injury. Bolded ones (**) are on the agenda Thursday for apparent cause review.

Patient               | MRN      | Unit | Date/time   | Injury level     | Notes
----------------------|----------|------|-------------|------------------|-------------------------------
Beaumont, Harlan      | 7731402  | 5N   | 5/18 0315   | Minor            | occipital hematoma, CT neg
**Delacorte, Ruth     | 6620915  | 4W   | 5/13 2210   | Moderate         | L wrist fx, splinted, ortho f/u
Ostrowski, Paul       | 7719023  | 4W   | 5/14 0540   | None             | found on floor, bed alarm volume low
**Fairweather, June   | 5908817  | 3E   | 5/15 1345   | Major            | R hip fx, to OR 5/16
Bakshi, Nalini        | 7740066  | ICU2 | 5/15 0130   | None             | slid from chair, assisted down
Tillman, George       | 4478120  | 5N   | 5/16 1800   | None             | unassisted to BR, no alarm on
Rourke, Maeve         | 7702551  | BHU  | 5/17 0900   | Minor            | abrasion R knee
Santangelo, Vincent   | 6691730  | 4W   | 5/17 2330   | None             | 2nd fall this admit

Rate for the week: 3.6 per 1,000 patient days (goal < 2.9). 4W had three of the eight.

Devin

Devin Castillo-Reyes, MSN, RN, CPPS
Patient Safety Specialist, Office of Risk Management
(740) 362-4416

""" + DISC_PSWP
    return M(PSS, "Falls Prevention Committee <fallscommittee@%s>" % DOM, "Weekly falls - 5/12 to 5/18", body,
             D(5, 20, 7, 55), html=True,
             patient="Harlan Beaumont; Ruth Delacorte; Paul Ostrowski; June Fairweather; Nalini Bakshi; George Tillman; Maeve Rourke; Vincent Santangelo")

@kind("phi", "lists")
def lists2():
    body = """Night shift report 9/14-9/15  (K. Montgomery)

IN CUSTODY / POLICE HOLDS - current at 0600:
 - Dwayne Oakes - DOB 03/11/1990 - ED bay 9 - VFPD - Ofc Petit (relieved 0700 by Ofc Ruiz) - waiting on CT head + BH eval, acct 90011827
 - Tasha Kimbrough - DOB 12/02/1985 - 6S-611 - Hollis Co SO - Dep. Vargas - post-op day 2, shackled L ankle per SO policy
 - Marcus Bellweather - DOB 07/19/2001 - BHU-4 - pink slip (72hr emergency hold), no LE - 1:1 sitter
 - Arturo Quiñones - DOB 05/30/1977 - ICU2-03 - ODRC - 2 officers, intubated, no visitors

BEHAVIORAL / CODE GRAY:
 - 0140 Code Gray ED hallway 4 - Oakes spit at tech, 4-pt restraints 0145-0330, MD at bedside, no staff injury.
 - 0415 BHU - Bellweather tried to follow staff out through sallyport, redirected, no hands on.

ESCORTS: 6 (2 staff to garage C, 3 patient transports w/ custody, 1 morgue)
LOST & FOUND: 1 iPhone turned in from 4W lounge, logged #LF-24-0811.

Nothing else. Radios 4 and 7 need new batteries.

K"""
    return M(SECSUP, [SECDIR, SECLT], "night report 9/14-15", body, D(9, 15, 6, 21),
             patient="Dwayne Oakes; Tasha Kimbrough; Marcus Bellweather; Arturo Quiñones")

@kind("phi", "lists")
def lists3():
    rows = [["Grievance #", "Received", "Patient", "MRN", "Unit", "Category", "Summary", "Owner", "7-day ltr sent", "Status"],
            ["G-2024-0131", "03/28/2024", "Pemberton, Alice", "6604418", "ED", "Wait time / communication", "Waited 6 hrs, left without being seen, returned next day by ambulance", "C. Amaral", "Y", "Open"],
            ["G-2024-0135", "04/01/2024", "Mwangi, Joseph", "7712039", "5N", "Medication", "States he did not get his insulin before dinner x2", "A. Mehra", "Y", "Open"],
            ["G-2024-0138", "04/03/2024", "Castro, Lidia", "5523310", "4W", "Lost property", "Upper denture missing after transfer", "T. Howell", "Y", "Pending reimbursement"],
            ["G-2024-0140", "04/04/2024", "Oyelowo, Bisi", "7733891", "L&D", "Staff attitude", "Husband says security was rough during escort out", "R. Szabo", "Y", "Open"],
            ["G-2024-0142", "04/08/2024", "Whitcombe, Eleanor", "6617724", "4W", "Call light response", "27 min call light, tried to get up alone", "B. Lindqvist", "Y", "Family mtg 4/11"],
            ["G-2024-0144", "04/09/2024", "Haskell, Dean", "4409951", "OP Imaging", "Billing", "Charged for MRI that was cancelled due to claustrophobia", "S. Kemble", "N", "Open"],
            ["G-2024-0146", "04/10/2024", "Rivera-Soto, Amparo", "7741206", "3E", "Pressure injury", "Daughter found sore on heel, wants to know why", "H. Grant", "N", "Open"]]
    body = """Hi all, attached is the open grievance log for Thursday's Grievance Committee. Two 7-day letters are still outstanding (0144 and 0146), please get me your responses by Wed noon.

Thanks,
Tamsin"""
    return M(PATREL, [RM_DIR, RISKMGR, NMED, PHARM, SECDIR, PFS, WOCN, NM4W],
             "Grievance Committee 4/11 - open log", body, D(4, 9, 15, 30),
             att=[A_csv(rows, "open_grievances_2024-04-09.csv")],
             patient="Alice Pemberton; Joseph Mwangi; Lidia Castro; Bisi Oyelowo; Eleanor Whitcombe; Dean Haskell; Amparo Rivera-Soto")

@kind("phi", "lists")
def lists4():
    rows = [["HAPI tracking - Q2 2024", "", "", "", "", "", "", ""],
            ["Patient", "MRN", "DOB", "Unit", "Date identified", "Location", "Stage", "Device-related"],
            ["Abernathy, Lorraine", "5580124", "02/14/1941", "5N", "2024-04-03", "Sacrum", "3", "N"],
            ["Kowalczyk, Teresa", "6692217", "08/30/1948", "ICU2", "2024-04-17", "L heel", "Unstageable", "N"],
            ["Fairweather, June", "5908817", "10/05/1936", "3E", "2024-05-21", "Coccyx", "2", "N"],
            ["Mendoza, Iliana", "7726654", "01/22/1962", "ICU2", "2024-05-29", "Bridge of nose", "2", "Y - BiPAP mask"],
            ["Greaves, Anthony", "4401983", "06/09/1957", "4W", "2024-06-04", "R ear", "DTPI", "Y - O2 tubing"],
            ["Thibodeaux, Claire", "7750129", "11/13/1944", "5N", "2024-06-18", "Sacrum", "3", "N"],
            ["", "", "", "", "", "", "", ""],
            ["Total stage 3+/unstageable/DTPI:", 4, "", "", "", "", "", ""]]
    body = """Priya,

Here's the Q2 HAPI list you asked for the quarterly report. Two stage 3s, one unstageable and one DTPI. Abernathy and Thibodeaux both had the low air loss mattress delayed >24 h because the rental company was out - that's the common thread I would look at.

Photos are in the wound tab in the chart for all of them.

Hollis

Hollis Grant, BSN, RN, CWOCN
Wound & Ostomy Nursing
x6188"""
    return M(WOCN, RISKMGR, "Q2 HAPI list", body, D(7, 2, 13, 17), cc=[PSS],
             att=[A_xlsx(rows, "HAPI_Q2_2024.xlsx", sheet="Q2")],
             patient="Lorraine Abernathy; Teresa Kowalczyk; June Fairweather; Iliana Mendoza; Anthony Greaves; Claire Thibodeaux")

@kind("phi", "lists")
def lists5():
    body = ("Ray - here's the L&F items still unclaimed from July that belong to patients, copied out of the log. "
            "Anything older than 30 days goes to disposal/donation per policy unless you want to hold it. "
            "Brandt denture has been returned so it's off the list.\n\n"
            "Log #\tDate in\tPatient\tRoom/Unit\tItem\tNotes\n"
            "LF-24-0702\t07/02\tHollister, Wayne\tED 17\tBlack wallet, Ohio DL, $42\tcalled pt 7/3, 7/10 - no answer 740-555-0144\n"
            "LF-24-0709\t07/05\tSzymanski, Dorota\t4W-431\tReading glasses, rosary\tpt discharged to SNF Meadowbrook\n"
            "LF-24-0715\t07/08\tAmin, Farid\tICU2-05\tiPhone 13, cracked case\tpt deceased 7/9, family notified by SW\n"
            "LF-24-0721\t07/11\tCoulter, Brianna\tL&D 6\tDiaper bag, breast pump parts\tmom asked us to hold till 8/1\n"
            "LF-24-0730\t07/16\tunknown (ED waiting rm)\tED WR\tInsulin pen, Lantus, no label\tsent to pharmacy for disposal\n"
            "LF-24-0736\t07/19\tOduya-Price, Samuel\t6S-604\tCPAP machine + mask\tcustody pt, property w/ SO? check\n"
            "LF-24-0741\t07/23\tNguyen, Van Thanh\tICU2-02\tWedding ring (gold)\tfound in ED linen - daughter Hong called, pickup 7/26\n\n"
            "Omar\n")
    return M(SECOFF, SECDIR, "unclaimed L&F july", body, D(8, 1, 10, 2),
             patient="Wayne Hollister; Dorota Szymanski; Farid Amin; Brianna Coulter; Samuel Oduya-Price; Van Thanh Nguyen")

@kind("phi", "lists")
def lists6():
    body = """Med Safety Committee - events for May with harm score C or above, for discussion:

- ME-2024-0488 - Tremblay, Denise (MRN 6641902) - 5N - metoprolol 50 mg given to wrong pt (roommate's order); HR 48, BP 86/50, monitored, no further tx. Score E. BCMA overridden "scanner not working".
- ME-2024-0491 - Okonkwo, Chidi (MRN 7729340) - ED - vancomycin 1.5 g infused over 30 min instead of 90; red man reaction, diphenhydramine given. Score E.
- ME-2024-0503 - Lindahl, Margit (MRN 4412087) - 4W - missed 2 doses of apixaban after transfer from ICU (order not reconciled). Score C, no harm. 
- ME-2024-0517 - Barros, Tiago (MRN 7736512) - ICU2 - insulin drip programmed as 10 units/hr vs 1.0; BG 41 at next check, D50 given. Score F. RCA chartered.
- ME-2024-0520 - Whitlock, Ada (MRN 5590033) - 3E - home oxycodone brought in by family and taken in addition to ordered doses; naloxone x1. Score F. Security searched belongings w/ pt consent after.

Two of five involved BCMA overrides. Pump library compliance on 4W and ICU2 was 81% and 77% for May.

Anjali Mehra, PharmD, BCPS
Medication Safety Officer
x6600

""" + DISC_PSWP
    return M(PHARM, "Medication Safety Committee <medsafety@%s>" % DOM, "May med events for committee", body,
             D(6, 4, 16, 48),
             patient="Denise Tremblay; Chidi Okonkwo; Margit Lindahl; Tiago Barros; Ada Whitlock")

@kind("phi", "lists")
def lists7():
    d0 = D(10, 1, 9, 12)
    q = """Hi Greg - can you send me an updated status on the open CVRMC files before our quarterly claims review on 10/8? I'll bring updated reserves.

Wendell"""
    body = """Wendell,

Here's where we are. Reserves are yours from the August bordereaux, I haven't changed anything.

Claim #            Claimant                 DOL        Allegation                                   Status
CM-PL-24-018877    Gallo, Rosemarie         02/11/24   Unwitnessed fall 4W, distal radius fx        Suit filed 8/30, Fennimore assigned
CM-GL-23-007215    Kessler, Doris           09/18/23   Visitor slip, lobby, femoral neck fx         Settled 6/17, closing
CM-PL-24-019502    Sokolova, Galina         03/02/24   Stage 3 sacral PI, failure to reposition     Pre-suit, records sent 7/12
CM-PL-24-020118    Arteaga, Luis            08/19/24   Restraint injury (custody pt) - wrist        Notice only, SO also named
CM-PL-24-020344    Barros, Tiago            05/28/24   Insulin drip error, hypoglycemia             Pre-suit demand $250k, RCA done
CM-PL-24-020561    Pierre-Louis, Jean-R.    08/05/24   Restraint / bruising, BHU                    Grievance only so far, notice 9/20

Can we add 30 min on the agenda for Barros? Counsel wants to talk about early disclosure/offer.

Greg

Gregory Pascoe, AIC
Claims & Litigation Coordinator, Risk Management
P: (740) 362-4414

""" + DISC_ATTY + "\n\n" + quote_g(ADJ, d0, q)
    return M(CLAIMS, ADJ, "Re: open files - quarterly review", body, D(10, 2, 11, 27), cc=[RM_DIR],
             patient="Rosemarie Gallo; Doris Kessler; Galina Sokolova; Luis Arteaga; Tiago Barros; Jean-Robert Pierre-Louis")

# ====================================================================== PHI: names
@kind("phi", "names")
def names1():
    body = """Priya,

Heads up - Mrs. Abernathy on 5N (room 522) has a new stage 3 on her sacrum, I staged it this morning. It was documented as "blanchable redness" on 3/30 and nobody re-measured it over the weekend. She's been on a regular mattress since she came up from ICU on the 28th; the low air loss bed was ordered 3/29 and didn't arrive until yesterday afternoon.

Her son was at the bedside when I did the dressing and asked me straight out whether this happened here. I told him yes and that the attending and the nurse manager would talk to him today. I think this needs a proper disclosure conversation, he's a retired paramedic and he's going to ask good questions.

I entered it in SafeTrack (PI-2024-0061). Happy to be in the room for the conversation.

Hollis"""
    return M(WOCN, RISKMGR, "new stage 3 - 5N", body, D(4, 3, 11, 48), cc=[CNO],
             patient="Lorraine Abernathy")

@kind("phi", "names")
def names2():
    d0 = D(4, 17, 15, 2)
    q = """Hollis can you take a look at the L heel today? family asking, she's going back to OR tomorrow and I want it staged before that
Priya"""
    body = """Saw her this afternoon. L heel is unstageable, 4 x 3.5 cm, eschar, boggy edges. R heel intact but I floated both heels in Prevalon boots and put in for a wound consult order. Photos are in the chart under the wound tab.

This is probably from the OR positioning on 4/12 (8 hr case), the first documented skin check after that was 4/14. I'll send you the timeline.

Hollis

""" + quote_g(RISKMGR, d0, q)
    return M(WOCN, RISKMGR, "Re: Kowalczyk, Teresa", body, D(4, 17, 17, 30), patient="Teresa Kowalczyk")

@kind("phi", "names")
def names3():
    body = """Ray,

FYI "Big Mike" is back in the ED (Michael Dunleavy, the one who was trespassed in March). Came in by squad at 0210, intoxicated, wanted to leave, swung at the triage RN and we called a Code Gray. Dr. Ostrander ordered 4-point restraints 0225-0440 and a dose of haloperidol + lorazepam. No staff injuries. He's sleeping it off in bay 12 with an officer outside.

He keeps telling the nurses he's going to sue because of his shoulder - he had a dislocated shoulder in January and says we "wrecked it" again tonight. Officer Blaylock has body cam from the take-down, I asked him to tag it and not delete.

Question for you and risk: do we renew the no-trespass order when he's discharged or let it ride since he came in for care? The last one expired 6/30.

Keisha"""
    return M(SECSUP, SECDIR, "Big Mike again", body, D(7, 22, 5, 6), cc=[RISKMGR],
             patient="Michael Dunleavy")

@kind("phi", "names")
def names4():
    d0 = D(2, 26, 8, 2)
    d1 = D(2, 26, 11, 40)
    d2 = D(2, 27, 9, 15)
    orig = """All -

We need to charter an RCA for the wrong-side nerve block on Harold Jeffries in the Same Day Surgery block room on 2/22 (right interscalene done, left shoulder scheduled). Block was recognized before the incision and the case proceeded with GA; Mr. Jeffries had a 24-hour hemidiaphragm paresis and went home 2/24. Disclosure was done by Dr. Pruett and me on 2/23 with his wife present.

This is a serious safety event and reportable to the Joint Commission sentinel event database at our discretion. Please send me your availability for a 2-hour kickoff in the next 10 days.

Maureen"""
    m1 = """I'm out 3/4-3/6. Anything else works. - Anjali"""
    m2 = """Tues 3/5 is bad for anesthesia, they have the department meeting. Could we do Thurs 3/7 at 0730 before the first cases? Dr. Pruett and the block nurse can come then.

Devin"""
    body = """Thursday 3/7 0730 it is, Board Room B. Invite to follow. Please don't forward the thread - I'll send the charter separately.

Maureen Oyelaran, RN, JD, CPHRM
Director, Risk Management & Patient Safety
(740) 362-4410

""" + DISC_PSWP + "\n\n" + quote_o(PSS, d2, RM_DIR, "RE: RCA kickoff - SDS block event", m2, cc=[PHARM, CNO]) + "\n" + \
        quote_o(PHARM, d1, RM_DIR, "RE: RCA kickoff - SDS block event", m1) + "\n" + \
        quote_o(RM_DIR, d0, [PSS, PHARM, CNO, "Kenji Pruett, MD"], "RCA kickoff - SDS block event", orig)
    return M(RM_DIR, [PSS, PHARM, CNO], "RE: RCA kickoff - SDS block event", body, D(2, 27, 10, 2),
             patient="Harold Jeffries")

@kind("phi", "names")
def names5():
    body = """Anjali -

Nguyen-Park, Soraya (5N-509B) got her roommate's metoprolol tartrate 50 at 2100 last night. Nurse scanned the roommate's wristband by mistake - the wristbands were on the bedside table because both patients had IVs restarted. HR dropped to 46 and BP 88/52, rapid response called, no meds given, she was fine by 0100. Husband was told by the night nurse this morning.

The event is in SafeTrack, but I wanted you to know before the huddle. The unit is going to re-educate on scanning the band on the patient's wrist only.

Bethany"""
    return M(NM4W, PHARM, "med error 5N last night", body, D(4, 27, 7, 58), patient="Soraya Nguyen-Park")

@kind("phi", "names")
def names6():
    body = """Devin - quick one. Denise in 12 on ICU step-down (Denise Marlowe) pulled her IV and her NG again at 0300, this is the 3rd night. She's sundowning pretty bad, keeps asking for her husband who passed last year. Night doc wants soft wrist restraints, I'd rather get her a sitter. Is there anything in the sitter budget this week or do I need to go to the house sup?

Her daughter Pam said she can sit with her tomorrow night if we let her stay past 9.

thx
Marcy
Sent from my iPhone"""
    return M(P("Marcy Tolliver", "mtolliver@" + DOM), PSS, "sitter ?", body, D(9, 9, 6, 51),
             patient="Denise Marlowe")

@kind("phi", "names")
def names7():
    body = """Maureen,

Notes from today's family meeting - for the CANDOR file only, please don't forward.

Present: Dr. Marchetti, Sharon Okonjo-Bell, me, Rev. Achterberg; Mr. Castellanos' wife Beatriz, his two sons Andrés and Julio.

- Dr. Marchetti explained that Mr. Castellanos' fever and low blood pressure on the evening of 6/8 were not recognized as sepsis until the next morning, about 9 hours after the first abnormal vitals. He said plainly that earlier antibiotics might have changed the course, and apologized.
- Beatriz asked why the nurse's call to the covering doctor at 2200 did not lead to anything. We said we are reviewing that and will share what we can.
- The family asked about the ICU bill. Sharon told them charges from 6/9 onward are on hold and we will be in touch about them.
- Andrés asked whether they need a lawyer. We said they are free to consult one and that our offer to meet again stands.

Follow-up: meeting in 2 weeks, I'm the contact. Beatriz's number is 740-555-0160.

Priya

""" + DISC_ATTY
    return M(RISKMGR, RM_DIR, "Castellanos family meeting 6/14", body, D(6, 14, 16, 22),
             patient="Rafael Castellanos")

@kind("phi", "names")
def names8():
    body = """Code Gray debrief - 3 East, 8/29 ~1410

What happened: Patient Ashok Varma (3E-318), delirious after his surgery, swung at his RN when she tried to check his dressing and hit her in the jaw. Charge nurse called Code Gray. Officers Haddad and Warsame responded in under 2 min, used verbal de-escalation, no hands on. Dr. Linwood gave IM olanzapine at 1425. Pt calm by 1440.

RN (J.S.) went to Employee Health, no injury beyond bruising, finished her shift.

What went well:
- Fast response, officers stayed back while the RN stepped out.
- Son was reached by phone and came in, which helped a lot.

What to improve:
- Pt had been pulling at lines since the morning and nobody had called for a sitter or a delirium consult.
- The behavioral flag on the door wasn't up.

Action items: delirium screening reminder at 3E huddle (Marisol), sitter request process review (Devin).

Raymond Szabo, CHPA
Director, Protective Services"""
    return M(SECDIR, [PSS, EDUC, RISKMGR], "Code Gray debrief 3E 8/29", body, D(8, 30, 9, 40),
             att=[A_png(logo_png(), "image001.png")], patient="Ashok Varma")

# ====================================================================== PHI: self
@kind("phi", "self")
def self1():
    body = """hello,

i was a patient on your 4th floor from feb 8 to feb 10. on the night of the 9th i fell in the bathroom because nobody came when i pressed the button and i hit my elbow and my hip. they did an xray of my elbow the next morning.

now i got a bill for $286.40 for the xray (account 600221905). i dont think i should have to pay for an xray i only needed because i fell in your hospital. my insurance (Anthem) paid part of it but not the rest.

can somebody call me about this? 740-555-0131. i'm home after 3.

thank you
darlene fitch"""
    return M(P("Darlene Fitch", "dfitch62@mailbox-east.net"), "patientrelations@" + DOM,
             "bill for xray after i fell", body, D(3, 12, 20, 17), patient="Darlene Fitch")

@kind("phi", "self")
def self2():
    body = """Hi this is Frank Moretti I was in room 427 last week (discharged Saturday). I left my hearing aids on the tray table and also my bottom partial. Nurse said they would check but nobody called me. They cost me almost $4000. Please call my wife's cell 740-555-0189

Frank

Sent from my iPhone"""
    return M(P("Frank Moretti", "fmoretti1949@quickpost-mail.com"), "security@" + DOM,
             "Lost hearing aids", body, D(10, 15, 9, 7), patient="Frank Moretti")

@kind("phi", "self")
def self3():
    d0 = D(8, 30, 16, 5)
    q = """Hi Jasmine, I'm so sorry about yesterday. Attached is the workers' comp packet. Please fill out the first report of injury and let me know how your PT is going. Greg Pascoe in Risk handles the claim side.
Nadia"""
    body = """Hi Nadia and Greg,

Thanks for checking on me. Update on my jaw from the 3E incident on 8/29:

- I saw Dr. Ferris (oral surgeon) on 9/3. X-ray showed no fracture but my TMJ is swollen and I can't open my mouth all the way. He wants me on soft food and anti-inflammatories for 2 weeks.
- I have PT twice a week starting 9/10 at Riverside Rehab (Tue/Thu 7:30am) so I can still work my 3 shifts.
- I've already got a bill from the oral surgeon's office for $340 - they billed my Aetna instead of workers comp. Do I forward it to you?

My BWC claim number is 24-318877. I turned in the FROI on 8/31.

Honestly I'm also having a hard time going back into patient rooms on 3E, is there anyone I can talk to through EAP?

Thanks,
Jasmine Sutherland, RN
3 East"""
    return M(rp("Jasmine Sutherland", "jsutherland"), [EMPH, CLAIMS], "RE: checking in after 8/29",
             body + "\n\n" + quote_g(EMPH, d0, q), D(9, 5, 21, 14), patient="Jasmine Sutherland")

@kind("phi", "self")
def self4():
    d0 = D(11, 4, 10, 0)
    q = """Mr. Albright,

I am the adjuster assigned to your claim for the fall in the Calder Valley Regional parking garage (Level C) on 10/19/2024. To evaluate your claim, please send copies of the medical bills and records related to the fall and any time lost from work.

Claim No. CM-GL-24-009931

Carly Nakamura
Claims Specialist | Cardinal Mutual Healthcare Liability Co.
(614) 555-0152"""
    body = """Ms. Nakamura,

Thank you for your letter. Here is what I have so far:

1. ER visit at Calder Valley on 10/19 - they stitched my chin and x-rayed my right wrist (sprain, not broken). Bill is $1,912 and my insurance hasn't paid yet.
2. Follow-up with my family doctor, Dr. Shah, on 10/28 - $165 copay I paid.
3. Physical therapy for the wrist, 6 visits so far, $40 copay each.
4. I missed 4 days of work at the warehouse (10/21-10/24). My supervisor can confirm.

I scanned the ER bill and discharge papers and attached them. The ice in the garage had not been salted at all - I took a picture that morning.

My date of birth is 04/07/1971 if you need it.

Thank you,
Curtis Albright
(740) 555-0177

""" + quote_g(ADJ2, d0, q)
    return M(P("Curtis Albright", "c.albright71@netmail-ohio.com"), ADJ2,
             "Re: Claim CM-GL-24-009931 - Curtis Albright", body, D(11, 6, 19, 33),
             att=[A_png(scan_png(), "ER_bill_scan.png"),
                  A_pdf(["Calder Valley Regional Medical Center - Emergency Department",
                         "DISCHARGE INSTRUCTIONS",
                         "Patient: ALBRIGHT, CURTIS    DOB: 04/07/1971    MRN: 7768120",
                         "Visit date: 10/19/2024",
                         "Diagnoses: Laceration of chin, repaired (6 sutures). Sprain of right wrist.",
                         "Follow up: Primary care in 7-10 days for suture removal.",
                         "Wrist splint as needed. Ice 20 minutes 3-4 times a day.",
                         "Ibuprofen 600 mg every 6 hours as needed for pain with food.",
                         "Return to the ED for numbness, increasing swelling, fever or wound drainage."],
                        "ED_discharge_10-19.pdf")],
             patient="Curtis Albright")

@kind("phi", "self")
def self5():
    body = """To whoever handles complaints,

I had my gallbladder out on Monday and was on 5 North until Wednesday. Tuesday night I asked for my pain medicine at 11pm and did not get it until almost 2am. I was told my nurse had "too many patients" and that the pharmacy had to send it up. I was crying from the pain and nobody came to check on me. My husband called the desk twice.

I'm not trying to get anybody in trouble but it shouldn't happen to someone else. I'd like to hear back about what you're going to do.

Michelle
(Michelle Dorsey, DOB 9/14/1983)"""
    return M(P("Michelle Dorsey", "shelly.dorsey83@quickpost-mail.com"), "patientrelations@" + DOM,
             "5 North pain med wait", body, D(5, 24, 14, 50), patient="Michelle Dorsey")

@kind("phi", "self")
def self6():
    body = """Good morning,

My name is Rosemarie Gallo (DOB 06/22/1958). I was a patient on 4 West in February and I fell on the night of February 11th and broke my wrist. I have since had surgery on it at another hospital.

I am requesting a copy of my complete medical record from that admission (Feb 10-16, 2024), including the nursing notes from that night, and a copy of the incident report that the nurse told me she filled out. I would also like the name of the nurse who was assigned to me that night.

Please let me know if there is a form I need to sign or a fee. My mailing address is 619 Beech Street, Dunmore, OH 44893.

Sincerely,
Rosemarie Gallo
(330) 555-0106"""
    return M(P("Rosemarie Gallo", "rgallo.dunmore@mailbox-east.net"),
             ["roi@" + DOM, "riskmanagement@" + DOM], "Request for my records and incident report",
             body, D(3, 4, 9, 11), patient="Rosemarie Gallo")

@kind("phi", "self")
def self7():
    body = """hey so i was the guy in custody on 6th floor last month (oduya-price) they took me straight from the hospital to the county and my property bag and my CPAP never came with me. also they had me on the blood pressure pills and antibiotics and i only got a paper script, the jail nurse says she needs the hospital records to give them. 

i been out since monday. can i come pick up my stuff at security, what do i need to bring. also how do i get my discharge papers sent to my doctor at the free clinic on 3rd st

sam
740 555 0128"""
    return M(P("Sam Oduya-Price", "samop2024@quickpost-mail.com"), "security@" + DOM,
             "my property + papers", body, D(8, 21, 23, 58), patient="Samuel Oduya-Price")

# ====================================================================== PHI: struct
import json

@kind("phi", "struct")
def struct1():
    hl7 = "\n".join([
        r"MSH|^~\&|EPICADT|CVRMC|SECCENSUS|CVRMC-PS|20240914234512||ADT^A01^ADT_A01|MSG000482215|P|2.5.1",
        r"EVN|A01|20240914234500|||EDREG014^HOLLOWAY^SHARI",
        r"PID|1||7761093^^^CVRMC^MR~90011827^^^CVRMC^AN||OAKES^DWAYNE^TERRELL||19900311|M||2106-3|1180 CANAL ST APT 2^^VERNON FALLS^OH^44890||(740)555-0147|||S||90011827",
        r"NK1|1|OAKES^BERNADETTE|MTH|1180 CANAL ST APT 2^^VERNON FALLS^OH^44890|(740)555-0153",
        r"PV1|1|E|ED^BAY09^01^CVRMC||||1730528841^ABIODUN^FOLASADE^^^MD|||EM||||7|||1730528841^ABIODUN^FOLASADE^^^MD|ER|90011827|SELF||||||||||||||||||CVRMC|||||20240914234000",
        r"PV2|||^ALTERED MENTAL STATUS; IN POLICE CUSTODY",
        r"ZPH|Y|VFPD|24-003318|RUIZ^DANA^^^OFC^4471|20240914234000|ARREST",
        r"IN1|1|MCD01|OHMCD|OHIO MEDICAID||||||||||||OAKES^DWAYNE^TERRELL|01|19900311|||||||||||||||||||||||109822415730",
    ])
    body = """Ray,

Here is what the ADT feed actually sends for a custody patient, so you can see what the security census screen can pick up. This is last night's A01 for ED bay 9 (pulled from the interface engine log). The custody info is in our custom ZPH segment: field 1 = hold Y/N, 2 = agency, 3 = agency case #, 4 = officer, 5 = start time, 6 = hold type.

""" + hl7 + """

The vendor says they can map ZPH-2 through ZPH-4 onto the census tile. They do NOT need PID-11/13 or IN1, I'll ask them to filter those out before it lands in their cloud.

Let me know if you want me to set up a call.

Kyle Brandvold
Integration Analyst II, IS Clinical Interfaces
x3871"""
    return M(rp("Kyle Brandvold", "kbrandvold"), SECDIR, "ADT sample for security census project", body,
             D(9, 15, 10, 12), att=[A_txt(hl7.replace("\n", "\r") + "\r", "ADT_A01_MSG000482215.hl7")],
             patient="Dwayne Oakes")

@kind("phi", "struct")
def struct2():
    oru = "\n".join([
        r"MSH|^~\&|RADPACS|CVRMC|EPIC|CVRMC|20240518044215||ORU^R01^ORU_R01|RAD20240518044215|P|2.5.1",
        r"PID|1||7731402^^^CVRMC^MR||BEAUMONT^HARLAN^JAMES||19411102|M|||44 WILLOW BEND RD^^DUNMORE^OH^44893||(740)555-0119",
        r"PV1|1|I|5N^507^A^CVRMC||||1649327705^MARCHETTI^ELLIOT^^^MD",
        r"ORC|RE|ORD7731402-01|RAD55120934||CM",
        r"OBR|1|ORD7731402-01|RAD55120934|70450^CT HEAD WO CONTRAST^CPT4|||20240518033500|||||||20240518035800||1649327705^MARCHETTI^ELLIOT^^^MD||||||20240518044200||CT|F",
        r"OBX|1|TX|70450^CT HEAD WO CONTRAST^CPT4|1|INDICATION: Unwitnessed fall from bed at 0315. Occipital hematoma. On apixaban.||||||F",
        r"OBX|2|TX|70450^CT HEAD WO CONTRAST^CPT4|2|FINDINGS: No acute intracranial hemorrhage, mass effect or midline shift. Chronic small vessel ischemic change. No calvarial fracture.||||||F",
        r"OBX|3|TX|70450^CT HEAD WO CONTRAST^CPT4|3|IMPRESSION: Left occipital scalp hematoma. No acute intracranial abnormality.||||||F",
        r"OBX|4|TX|70450^CT HEAD WO CONTRAST^CPT4|4|Electronically signed by: Gwendolyn Assefa, MD 05/18/2024 04:41||||||F",
    ])
    body = """Devin,

For the Beaumont fall timeline: this is the result message from the PACS interface. Times from the HL7:
  order entered     0335
  scan started      0358 (OBR-14)
  result final      0442 (OBR-22)
so 67 min order-to-result, which is inside our 90 min target for anticoagulated head strikes. Raw message attached too in case you want it for the RCA binder.

Lucas

""" + oru + "\n"
    return M(QA, PSS, "CT timing - 5N fall 5/18", body, D(5, 21, 14, 3),
             att=[A_txt(oru + "\n", "ORU_RAD20240518044215.txt")], patient="Harlan Beaumont")

def _x12(segs, isa, iea):
    st_idx = [i for i, s in enumerate(segs) if s.startswith("ST*")][0]
    n = len(segs) - st_idx + 1
    segs = segs + ["SE*%d*0001" % n]
    return "~\n".join([isa] + segs + ["GE*1*4471", iea]) + "~\n"

@kind("phi", "struct")
def struct3():
    isa = "ISA*00*          *00*          *ZZ*CVRMC0001      *ZZ*CLEARHSE01     *240514*1032*^*00501*000004471*0*P*:"
    segs = [
        "GS*HC*CVRMC0001*CLEARHSE01*20240514*1032*4471*X*005010X223A2",
        "ST*837*0001*005010X223A2",
        "BHT*0019*00*600238114C*20240514*1032*CH",
        "NM1*41*2*CALDER VALLEY REGIONAL MEDICAL CENTER*****46*CVRMC0001",
        "PER*IC*PATIENT FINANCIAL SERVICES*TE*7403623520",
        "NM1*40*2*HORIZONCARE MEDICARE ADVANTAGE*****46*HCMA77",
        "HL*1**20*1",
        "NM1*85*2*CALDER VALLEY REGIONAL MEDICAL CENTER*****XX*1588342209",
        "N3*1400 LARKSPUR AVENUE",
        "N4*VERNON FALLS*OH*44890",
        "REF*EI*341122887",
        "HL*2*1*22*0",
        "SBR*P*18*HCMA-GRP-0042******16",
        "NM1*IL*1*TREADWELL*MARJORIE*A***MI*H7781220451",
        "N3*88 HICKORY LN",
        "N4*VERNON FALLS*OH*44890",
        "DMG*D8*19440819*F",
        "NM1*PR*2*HORIZONCARE MEDICARE ADVANTAGE*****PI*HCMA77",
        "CLM*600238114*3418.75***13:A:7**A*Y*Y",
        "DTP*434*RD8*20240509-20240510",
        "CL1*1*7*01",
        "REF*F8*HC24131550221",
        "NTE*ADD*CORRECTED CLAIM - LINES REMOVED PER PROVIDER REVIEW",
        "HI*ABK:R55",
        "HI*ABN:W1830XA",
        "NM1*71*1*ABIODUN*FOLASADE****XX*1730528841",
        "LX*1", "SV2*0450*HC:99285*1250*UN*1", "DTP*472*D8*20240509",
        "LX*2", "SV2*0762*HC:G0378*1680*UN*20", "DTP*472*D8*20240509",
        "LX*3", "SV2*0300*HC:80053*148.75*UN*1", "DTP*472*D8*20240509",
        "LX*4", "SV2*0250**340*UN*1", "DTP*472*D8*20240510",
    ]
    edi = _x12(segs, isa, "IEA*1*000004471")
    body = """Priya,

Corrected claim (freq code 7) for HAR 600238114 is built and sitting in the edit queue. I removed the CT head (70450) and the lac repair (12051) lines; the ED E/M, obs hours, labs and pharmacy stay on. New total $3,418.75 vs $5,906.75 originally billed. The 837I is attached if you want to look - Anita in billing says you like to see these.

Reply "OK to release" and I'll send it to the clearinghouse tonight. Patient balance after the payer adjudicates should be just her MA copay.

Stuart Kemble
Supervisor, Patient Financial Services
x3520"""
    return M(PFS, RISKMGR, "corrected claim ready - HAR 600238114", body, D(5, 14, 10, 41),
             att=[A_txt(edi, "600238114_837I_freq7.edi")], patient="Marjorie Treadwell")

@kind("phi", "struct")
def struct4():
    bundle = {
        "resourceType": "Bundle", "type": "collection", "timestamp": "2024-06-03T02:00:14-04:00",
        "entry": [
            {"fullUrl": "urn:uuid:5b0c2e1a-8f44-4c7e-9d61-2a07c3a1f001",
             "resource": {"resourceType": "Patient", "id": "pt-7736512",
                          "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.7740.1", "value": "7736512", "type": {"text": "MRN"}}],
                          "name": [{"family": "Barros", "given": ["Tiago", "M"]}],
                          "gender": "male", "birthDate": "1958-03-27",
                          "address": [{"line": ["2290 Sycamore Ct"], "city": "Vernon Falls", "state": "OH", "postalCode": "44890"}]}},
            {"fullUrl": "urn:uuid:5b0c2e1a-8f44-4c7e-9d61-2a07c3a1f002",
             "resource": {"resourceType": "AdverseEvent", "id": "ME-2024-0517",
                          "actuality": "actual",
                          "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/adverse-event-category", "code": "medication-mishap"}]}],
                          "event": {"text": "Insulin infusion programmed at 10 units/hr instead of 1.0 units/hr"},
                          "subject": {"reference": "urn:uuid:5b0c2e1a-8f44-4c7e-9d61-2a07c3a1f001"},
                          "date": "2024-05-28T04:10:00-04:00",
                          "detected": "2024-05-28T05:02:00-04:00",
                          "location": {"display": "ICU2 Bed 11"},
                          "seriousness": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/adverse-event-seriousness", "code": "serious"}]},
                          "outcome": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/adverse-event-outcome", "code": "resolved"}]},
                          "resultingCondition": [{"display": "Hypoglycemia, blood glucose 41 mg/dL"}],
                          "suspectEntity": [{"instance": {"display": "insulin regular human 100 units/100 mL in NS"}}],
                          "extension": [{"url": "https://safetrack.cvrmc-health.org/fhir/harm-score", "valueString": "F"}]}},
        ]}
    js = json.dumps(bundle, indent=2, ensure_ascii=False)
    body = """Hi Lucas,

We ran the June state-reporting extract from the SafeTrack FHIR endpoint. The attached bundle is the only serious event for May. Before we submit to the Ohio patient safety portal can you confirm the Patient resource is supposed to be in there? Our mapping spec says the state only wants age band and sex, not name/MRN/address.

Thanks,
Priyanka Sood
Implementation Consultant | Sentinel Loop Analytics
support@sentinelloop-analytics.com | (877) 555-0144"""
    return M(P("Priyanka Sood", "psood@sentinelloop-analytics.com"), QA, "June extract - question before submission",
             body, D(6, 3, 11, 20), cc=[PSS], att=[A_txt(js, "cvrmc_safetrack_2024-05_bundle.json")],
             patient="Tiago Barros")

@kind("phi", "struct")
def struct5():
    ccd = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.3.7740.2" extension="CCD-20230918-55120"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Emergency Department Visit Summary</title>
  <effectiveTime value="20230918163000-0400"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.7740.1" extension="6638014"/>
      <addr use="HP"><streetAddressLine>415 Elm Terrace</streetAddressLine><city>Vernon Falls</city><state>OH</state><postalCode>44890</postalCode></addr>
      <telecom use="HP" value="tel:+1-740-555-0108"/>
      <patient>
        <name><given>Doris</given><given>M</given><family>Kessler</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19491130"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.5.1"/>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
      <title>Encounter Diagnoses</title>
      <text><list>
        <item>Displaced fracture of right femoral neck, initial encounter (S72.001A)</item>
        <item>Laceration of forehead, initial encounter (S01.81XA)</item>
        <item>Fall on same level from slipping (W01.0XXA) - main lobby, wet floor</item>
      </list></text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.1.1"/>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="Medications"/>
      <title>Medications Administered</title>
      <text><list>
        <item>Fentanyl 50 mcg IV x2</item>
        <item>Ondansetron 4 mg IV</item>
        <item>Lidocaine 1% local, 5 mL</item>
      </list></text>
    </section></component>
    <component><section>
      <code code="46240-8" codeSystem="2.16.840.1.113883.6.1" displayName="Encounters"/>
      <title>Disposition</title>
      <text>Admitted to Orthopedics, 09/18/2023 21:40. Hemiarthroplasty 09/19/2023.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
    body = """Mr. Barrows,

Per Greg Pascoe's request, attached is the ED visit summary (CCD) for your claim CM-GL-23-007215. The certified paper copy of the full admission was mailed today by USPS, tracking 9405 5118 9956 1827 4430 12.

Regards,

Renata Silva
Release of Information, Health Information Management
Calder Valley Regional Medical Center
P: (740) 362-3300 | F: (740) 362-3310

""" + DISC_CONF
    return M(HIM, ADJ, "Records - CM-GL-23-007215", body, D(1, 22, 15, 9), cc=[CLAIMS],
             att=[A_bin(ccd.encode("utf-8"), "application", "xml", "CCD_ED_20230918.xml")],
             patient="Doris Kessler")

@kind("phi", "struct")
def struct6():
    hdr = "EVENT_ID|EVENT_TYPE|EVENT_DT|UNIT|MRN|PT_LAST|PT_FIRST|PT_DOB|HARM|SUMMARY"
    rows = [
        "FA-2024-0311|FALL|5/18/2024 3:15 AM|5N|7731402|BEAUMONT|HARLAN|1941-11-02|MINOR|Found sitting on floor beside bed, occipital hematoma, CT neg",
        "PI-2024-0077|PRESSURE INJ|5/21/2024 10:00 AM|3E|5908817|FAIRWEATHER|JUNE|1936-10-05|MINOR|Stage 2 coccyx, post hip fx repair",
        "SE-2024-0140|SECURITY|5/22/2024 11:48 PM|ED|7744310|ROURKE|DECLAN|1999-01-15|NONE|Elopement attempt from ED hallway bed, returned by officers, 1:1 sitter",
    ]
    body = """Kyle -

Last night's SafeTrack -> QDW load rejected 3 rows, all with EVENT_DT in 12-hr format instead of ISO. Looks like the new "quick entry" form on the mobile app is writing a different date format. Rejected rows from the error file:

""" + hdr + "\n" + "\n".join(rows) + """

Error: ORA-01843 not a valid month (col EVENT_DT)

Can you have the vendor fix the app, and can we re-run 5/18-5/22 once it's fixed? I need these in before the Thursday dashboard.

Lucas Whitfield
Quality Data Analyst, Quality & Patient Safety
x4421"""
    return M(QA, rp("Kyle Brandvold", "kbrandvold"), "QDW load errors - SafeTrack 5/23", body, D(5, 23, 8, 14),
             cc=[ITSD], patient="Harlan Beaumont; June Fairweather; Declan Rourke")

@kind("phi", "struct")
def struct7():
    payload = {
        "event": "property.intake.created",
        "site": "CVRMC-MAIN",
        "intake_id": "BH-2207",
        "created_at": "2024-06-02T01:12:44-04:00",
        "patient": {"name": "PRUITT, JANELLE R", "mrn": "7749021", "dob": "1987-08-14",
                    "location": "BHU-06", "legal_status": "EMERGENCY_HOLD"},
        "items": [
            {"qty": 1, "desc": "iPhone, pink case", "stored": "BHU locker 3"},
            {"qty": 1, "desc": "eyeglasses, black frames", "stored": "BHU locker 3"},
            {"qty": 1, "desc": "belt (removed - ligature risk)", "stored": "BHU locker 3"},
            {"qty": 1, "desc": "prescription bottles x3 (sertraline, trazodone, hydroxyzine)", "stored": "to pharmacy"},
            {"qty": 1, "desc": "cash $23.00", "stored": "main safe, env S-1044"},
        ],
        "officer": {"name": "Warsame, Abdi", "badge": "PS-118"},
        "witness": {"name": "Solberg, Ingrid RN"},
        "signature_captured": True,
    }
    js = json.dumps(payload, indent=2)
    body = """PatrolPoint Alert - Webhook delivery failed

Endpoint:  https://ps-integrations.cvrmc-health.org/hooks/property
Status:    503 Service Unavailable (3 retries exhausted)
Event:     property.intake.created
Time:      2024-06-02 01:13:02 EDT

The payload below was not delivered and has been queued. It will be retried automatically every 30 minutes for 24 hours.

Payload:
""" + js + """

-- 
PatrolPoint Mobile | Guard tour, incident and property management
You are receiving this because you are an administrator for site CVRMC-MAIN.
Manage notifications: https://app.patrolpoint-software.com/settings/notifications"""
    return M(P("PatrolPoint Alerts", "alerts@patrolpoint-software.com"), SECDIR,
             "[PatrolPoint] Webhook delivery failed - property.intake.created (BH-2207)", body,
             D(6, 2, 1, 13), headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
             patient="Janelle Pruitt")

# ====================================================================== CLEAN: admin
@kind("clean", "admin")
def admin1():
    st = D(3, 21, 7, 30)
    st = st.replace(minute=30, second=0)
    en = st + datetime.timedelta(minutes=90)
    agenda = """Patient Safety Committee - March meeting
Thursday 3/21, 0730-0900, Board Room B (Teams link in the invite)

1. Approval of February minutes
2. SafeTrack report volume - Feb (Lucas)
3. Falls with injury trend and bed alarm audit results (Devin)
4. Medication safety: pump library compliance, BCMA override report (Anjali)
5. HAPI prevention - low air loss mattress rental contract update (Hollis / Materials)
6. Workplace violence: Code Gray volume, de-escalation training completion (Ray)
7. Open RCAs and action plan status (Maureen)
8. Joint Commission NPSG readiness - tracer schedule
9. Good Catch award nominations

Reminder: committee materials are patient safety work product. Please leave printed copies in the shred bin on the way out.

Jolene Fairbanks
Administrative Assistant, Risk Management
(740) 362-4400"""
    return M(RMASST, "Patient Safety Committee <psc-members@%s>" % DOM, "Patient Safety Committee - 3/21 agenda",
             agenda, D(3, 14, 13, 5),
             att=[A_ics(ics("PSC-20240321@" + DOM, "Patient Safety Committee", st, en,
                            "Board Room B / Microsoft Teams", RMASST, "March PSC. Agenda attached to the email."),
                        "invite.ics")])

@kind("clean", "admin")
def admin2():
    d0 = D(2, 5, 9, 44)
    q = """Rosa - can you check on the chair alarm pads (the 12x15 ones) and the floor mats for 4W and 5N? The units say they've been out for a week and they're borrowing from 3E. We need them for the falls bundle.

Devin"""
    body = """Hi Devin,

The chair pads (item 4471-CP, 12"x15" 1-year pad) are on manufacturer backorder until 2/26. I can sub the 10"x15" 90-day pad (item 4471-CP90) at $3.10 more per unit, same connector, works with the existing monitors. I put in for 60 of those to split between 4W and 5N; should be here Thursday.

Bedside floor mats: 20 on the shelf in central supply, I'll send 8 each to 4W and 5N today. The beveled ones with the antimicrobial cover are the only ones we stock now, the old blue ones were pulled in December because they were curling at the edges (that was the trip hazard complaint from EVS).

Let me know if you want me to set a PAR level on the units so they don't run out again.

Rosa Ybarra
Buyer, Materials Management
x5410

""" + quote_g(PSS, d0, q)
    return M(MM, PSS, "Re: chair alarm pads / fall mats backorder", body, D(2, 5, 14, 20), cc=[NM4W])

@kind("clean", "admin")
def admin3():
    body = """PLANNED DOWNTIME: SafeTrack Event Reporting

When: Saturday, April 20, 2024, 2200 - Sunday, April 21, 0200
What: SafeTrack will be upgraded to version 11.4. The reporting form, manager review and dashboards will all be unavailable.

During the downtime:
- Use the paper Event Report form (Form RM-101, rev 01/2024). Downtime binders are at every nurses' station and in the Security Command Center.
- Serious events (death, serious harm, wrong-site, abduction, elopement) still need an immediate phone call to the Administrator on Call via the operator (dial 0).
- Place completed paper forms in the red "Risk Management" interoffice envelope. Do NOT put them in the chart.
- After the upgrade, Risk Management will enter all paper reports. You do not need to re-enter them.

New in 11.4: mobile-friendly quick entry form, anonymous reporting toggle moved to the top of the form, and a new "Security/Behavioral" event category.

Questions: IT Service Desk x4357 or Devin Castillo-Reyes x4416.

CVRMC Information Services - Change CHG0031187"""
    return M(ITSD, "All CVRMC Users <allusers@%s>" % DOM, "PLANNED DOWNTIME - SafeTrack Sat 4/20 2200-0200", body,
             D(4, 15, 16, 0), html=True)

@kind("clean", "admin")
def admin4():
    body = """Colleagues,

Policy RI-214, "Restraint and Seclusion (Non-Violent and Violent/Self-Destructive)", is out for comment until May 10. Red-lined draft is attached. Main changes:

1. Adds Protective Services' role during violent restraint application (officers may assist with holds under RN direction; officers do not initiate restraint).
2. Face-to-face evaluation within 1 hour now documented on the new flowsheet row, not a free-text note.
3. Removes the "PRN restraint" language entirely (it was still in section 4.2).
4. Clarifies that handcuffs/shackles applied by law enforcement are NOT hospital restraints and are not governed by this policy, but the RN still monitors circulation and skin every 2 hours and documents it.
5. Debrief within 24 hours of any violent restraint episode, using form RI-214B.

Please send comments to me or to Marisol (education piece). The final version goes to the Policy Committee on 5/16 and to MEC in June.

Thanks,
Priya

Priya Venkataraman, CPHRM
Clinical Risk Manager
Calder Valley Regional Medical Center
(740) 362-4412

""" + DISC_SHORT
    return M(RISKMGR, ["Nursing Leadership <nursingleaders@%s>" % DOM, SECDIR, EDUC, BHU],
             "Restraint & Seclusion policy RI-214 - out for comment", body, D(4, 24, 10, 15),
             att=[A_docx(["**RI-214 Restraint and Seclusion - DRAFT rev. 2024-04 (redline)",
                          "1. Purpose. To establish standards for the safe use of restraint and seclusion.",
                          "2. Scope. All inpatient units, the Emergency Department and the Behavioral Health Unit.",
                          "3. Definitions. Restraint means any manual method, physical or mechanical device that immobilizes or reduces the ability of a patient to move freely.",
                          "4.2 [DELETED: PRN orders for restraint may be written for ...]",
                          "4.5 Protective Services officers may assist with physical holds under the direction of the RN. Officers do not initiate restraint.",
                          "6.1 Law enforcement devices (handcuffs, shackles) are not hospital restraints. Nursing monitors circulation and skin integrity every 2 hours.",
                          "8. Debrief. A debrief using form RI-214B occurs within 24 hours of any violent restraint episode."],
                         "RI-214 Restraint and Seclusion DRAFT redline.docx")])

@kind("clean", "admin")
def admin5():
    d0 = D(10, 28, 15, 30)
    q = """Maureen,

Attached is the renewal proposal for the 1/1/2025 term. Headline numbers:
- Hospital professional liability: $1M/$3M primary, self-insured retention stays at $250,000 per claim
- General liability: $1M/$3M, no change
- Excess/umbrella: $20M (was $15M)
- Premium: $2,184,600 (+6.8%), driven mostly by the two large verdicts in the region and the move to $20M excess
- New endorsement: sublimit of $500,000 for claims arising from sexual misconduct/abuse, and a workplace violence endorsement (costs of crisis response, not bodily injury)

We would also like the 2025 risk management plan by 12/1 so the 2% RM credit can be applied.

Wendell"""
    body = """Wendell,

Thanks. A few questions before I take this to the CFO:

1. Can you price the excess at $15M and $20M side by side? The Board asked for both.
2. Does the workplace violence endorsement cover security officer injuries, or only the crisis response/PR costs? We had 41 Code Grays with staff injury last year, so I need to be clear with Ray about what's in and what's out.
3. Is there any flexibility on the retention if we go to $500k? Our loss run for 2019-2023 supports it.

The 2025 RM plan will be done by 11/22.

Maureen

Maureen Oyelaran, RN, JD, CPHRM
Director, Risk Management & Patient Safety
(740) 362-4410

""" + quote_o(ADJ, d0, RM_DIR, "CVRMC 2025 renewal proposal", q)
    return M(RM_DIR, ADJ, "RE: CVRMC 2025 renewal proposal", body, D(10, 30, 9, 2),
             cc=["Jeremy Feld <jfeld@" + DOM + ">"])

@kind("clean", "admin")
def admin6():
    body = """All,

Starting Monday 7/8:

- BHU sallyport: badge access limited to BHU staff, Protective Services, house supervisors and the on-call psychiatrists. Everyone else (lab, EVS, dietary, transport) will need to call the BHU desk x6700 to be let in. Please let your teams know - we've had the outer door propped twice this month.
- ED ambulance bay: 4 new cameras (2 exterior, 2 in the decon corridor) going in 7/8-7/12, contractor is Lakeline Integrated Systems. They'll be working 0900-1500 with an officer escort. Expect the bay doors to be on manual for short periods.
- The panic buttons at ED registration and the Main Lobby info desk were tested 6/28, all 6 worked. Response time averaged 58 seconds.
- Weapons screening at the ED walk-in entrance will now run 24/7 (was 1900-0700). Extra officer post is covered by the new FTE.

Call me with questions.

Ray

Raymond Szabo, CHPA
Director, Protective Services
Calder Valley Regional Medical Center
P: (740) 362-5100 | C: (740) 816-3390"""
    return M(SECDIR, ["Department Directors <directors@%s>" % DOM, "House Supervisors <housesup@%s>" % DOM],
             "Security changes starting 7/8 - BHU access, ED cameras, screening", body, D(7, 2, 15, 44))

@kind("clean", "admin")
def admin7():
    body = """Reminder for all officers and unit secretaries - the new patient property process is live as of today.

1. Patient property envelopes: new stock is the white tamper-evident envelope with the pre-printed S-number (S-1000 and up). The old manila envelopes should be sent back to the Command Center, do not use them.
2. Valuables (cash over $20, jewelry, cards, phones if the patient can't keep them) go to the main safe. Two signatures on the envelope: officer + RN or unit secretary.
3. Items left on a unit after discharge go to Lost & Found with a log number (LF-24-xxxx). We hold for 30 days, then clothing goes to the Shepherd's Closet donation program and electronics are wiped and recycled through IT.
4. Medications brought from home go to pharmacy, never to security.
5. Dentures, hearing aids and glasses: label the case at admission. These are our most expensive reimbursement category - $18,400 paid out last year.

Quick reference card is attached. Posting it at the Command Center and each nurses' station.

Gina Castellucci
Day Shift Lieutenant, Protective Services
x5104"""
    card = ["CVRMC Protective Services - PATIENT PROPERTY QUICK REFERENCE (rev. 05/2024)",
            "",
            "VALUABLES -> Main safe, white S-envelope, two signatures",
            "HOME MEDICATIONS -> Pharmacy (never Security)",
            "LEFT BEHIND AFTER DISCHARGE -> Lost & Found, log LF-24-xxxx, hold 30 days",
            "DENTURES / HEARING AIDS / GLASSES -> label case at admission",
            "QUESTIONS -> Security Command Center x5100 (24/7)"]
    return M(SECLT, ["Protective Services <ps-all@%s>" % DOM, "Unit Secretaries <unitsecretaries@%s>" % DOM],
             "New patient property process - live today", body, D(5, 6, 7, 35),
             att=[A_pdf(card, "Property_Quick_Reference.pdf")])

# ====================================================================== CLEAN: lookalike
@kind("clean", "lookalike")
def look1():
    body = """Dear Customer,

Thank you for your order. Your invoice is attached and summarized below.

Invoice #:        INV-2024-0338812
Invoice date:     03/04/2024
Customer acct:    CV-004471
PO #:             4500187723
Ship to:          Calder Valley Regional Medical Center, Receiving Dock 2, 1400 Larkspur Ave, Vernon Falls OH 44890
Terms:            Net 45

Line  Item       Description                                   Qty   Unit      Ext
1     4471-CP90  Chair sensor pad 10x15, 90-day                60    $21.85    $1,311.00
2     4471-BP    Bed sensor pad 10x30, 1-year                  40    $38.40    $1,536.00
3     9012-MON   Fall monitor, 3 tone, w/ nurse call cable      10    $112.00   $1,120.00
                                                      Subtotal             $3,967.00
                                                      Freight              $64.20
                                                      Total                $4,031.20

Lot numbers: 4471-CP90 lot 23K1187 (exp 11/2025); 4471-BP lot 24A0342 (exp 01/2026)
Monitor serials: FM3-0029931 through FM3-0029940
Shipped 03/04/2024 via UPS Ground, tracking 1Z 8V4 117 03 4418 2296

Remit to: Sentry Patient Safety Products, PO Box 77108, Louisville, KY 40277
Questions: ar@sentrypsp-supply.com | 1-800-555-0175 ext 2

Sentry Patient Safety Products"""
    return M(P("Sentry PSP Accounts Receivable", "ar@sentrypsp-supply.com"), MM,
             "Invoice INV-2024-0338812 for PO 4500187723", body, D(3, 4, 16, 12),
             att=[A_pdf(["SENTRY PATIENT SAFETY PRODUCTS", "INVOICE INV-2024-0338812   Date 03/04/2024",
                         "Bill to: Calder Valley Regional Medical Center, Accounts Payable", "PO 4500187723   Acct CV-004471",
                         "4471-CP90  Chair sensor pad 10x15 90-day   60 @ 21.85   1,311.00",
                         "4471-BP    Bed sensor pad 10x30 1-year     40 @ 38.40   1,536.00",
                         "9012-MON   Fall monitor 3 tone             10 @ 112.00  1,120.00",
                         "Freight 64.20     TOTAL DUE 4,031.20     Terms Net 45"], "INV-2024-0338812.pdf")])

@kind("clean", "lookalike")
def look2():
    rows = [["Schedule of Insured Employed Providers - effective 01/01/2025", "", "", "", "", ""],
            ["Provider", "Specialty", "NPI", "OH License", "DEA (last 4)", "Prior acts date"],
            ["Abiodun, Folasade MD", "Emergency Medicine", "1730528841", "35.148822", "x4471", "07/01/2019"],
            ["Marchetti, Elliot MD", "Hospital Medicine", "1649327705", "35.139004", "x0912", "08/15/2017"],
            ["Pruett, Kenji MD", "Anesthesiology", "1821094476", "35.152117", "x3380", "01/01/2021"],
            ["Assefa, Gwendolyn MD", "Radiology", "1093382510", "35.127765", "x7216", "03/01/2016"],
            ["Linwood, Terrence DO", "Psychiatry", "1457719023", "34.011298", "x5053", "10/01/2022"],
            ["Ostrander, Paige MD", "Emergency Medicine", "1366028814", "35.160441", "x2289", "06/01/2023"],
            ["Castro-Whitney, Ana CRNA", "Nurse Anesthesia", "1285173390", "RN.418822 / APRN.0099", "n/a", "01/01/2020"]]
    body = """Wendell,

For the renewal application, attached is the schedule of employed providers with NPIs, license numbers and prior acts dates. Two changes from last year: Dr. Ostrander joined 6/1/2023 (ED) and Dr. Hendry left 9/30/2024 - please move Hendry to the extended reporting endorsement.

Medical Staff Office confirmed all licenses are active through the next renewal cycle (physicians 1/1/2026).

Greg"""
    return M(CLAIMS, ADJ, "Provider schedule for 2025 renewal", body, D(11, 12, 10, 30), cc=[RM_DIR],
             att=[A_xlsx(rows, "CVRMC_provider_schedule_2025.xlsx", sheet="Providers")])

@kind("clean", "lookalike")
def look3():
    body = """Q2 2024 falls - by unit (from SafeTrack, validated against the census)

Unit    Pt days   Falls   Rate/1,000   w/ injury   Inj rate/1,000   Q1 rate
4W       5,812      22       3.79          6            1.03          3.11
5N       6,104      14       2.29          3            0.49          2.64
3E       4,977      12       2.41          4            0.80          2.20
ICU2     1,866       3       1.61          0            0.00          1.07
BHU      2,210       9       4.07          2            0.90          3.88
6S       3,350       6       1.79          1            0.30          2.02
-----------------------------------------------------------------------
House   24,319      66       2.71         16            0.66          2.58

NDNQI median (adult med/surg, our bed size): 2.85 / 0.62.
4W is above the median for the 3rd quarter in a row. 41% of 4W falls happened between 0400 and 0700.
Bed alarm "on and audible" compliance on spot audit: 4W 72%, 5N 88%, 3E 91%.

Lucas

Lucas Whitfield | Quality Data Analyst
Quality & Patient Safety | x4421"""
    return M(QA, [PSS, RISKMGR, NM4W], "Q2 falls numbers", body, D(7, 9, 9, 58), html=True)

@kind("clean", "lookalike")
def look4():
    body = """Hi all - per the question from the coding huddle, here is the quick reference for pressure injury coding. Use it together with the WOCN's staging in the flowsheet, not the bedside RN's note, when they disagree.

L89.1xx  Pressure ulcer of back (sacral region = L89.15-)
  L89.150  sacral, unstageable
  L89.151  sacral, stage 1
  L89.152  sacral, stage 2
  L89.153  sacral, stage 3
  L89.154  sacral, stage 4
  L89.156  sacral, pressure-induced deep tissue damage
L89.6xx  Pressure ulcer of heel (L89.61- right, L89.62- left)
  L89.620  left heel, unstageable
  L89.626  left heel, deep tissue damage
L89.30-  buttock;  L89.2-  hip;  L89.81-  head
Device-related injuries code to the site (e.g. L89.81- for ear/nose under tubing) - there is no separate "device" code.

POA indicator: if the WOCN documents it within 24h of admission, POA = Y. Stage 3/4 and unstageable HAPIs with POA = N feed the PSI-03 measure and the HAC program.

Questions to me.

Janelle Voss, RHIA, CCS
Coding Quality Lead, HIM
x3342"""
    return M(rp("Janelle Voss", "jvoss"), ["HIM Coding <himcoding@%s>" % DOM, WOCN, QA],
             "pressure injury coding reference (L89)", body, D(8, 13, 11, 5))

@kind("clean", "lookalike")
def look5():
    body = """Updated contact list - Risk Management, Patient Safety & Protective Services (rev. 09/2024)

OFFICE OF RISK MANAGEMENT                 Ext.    Direct           Pager
Maureen Oyelaran, Director                4410    740-362-4410     740-551-0410
Priya Venkataraman, Clinical Risk Mgr     4412    740-362-4412     740-551-0412
Gregory Pascoe, Claims & Litigation       4414    740-362-4414     --
Devin Castillo-Reyes, Patient Safety      4416    740-362-4416     740-551-0416
Tamsin Howell, Patient Relations          4430    740-362-4430     --
Jolene Fairbanks, Admin Asst              4400    740-362-4400     --
Risk Mgmt fax                                     740-362-4499
Risk Manager on call (after hours)                via operator, dial 0

PROTECTIVE SERVICES
Command Center (24/7)                     5100    740-362-5100
Raymond Szabo, Director                   5102    cell 740-816-3390
Gina Castellucci, Day Lt.                 5104
Keisha Montgomery, Night Supervisor       5105
Emergency (Code Gray / Silver / Pink)     7777

EXTERNAL
Cardinal Mutual claims reporting line             1-800-555-0163
Vernon Falls PD non-emergency                     740-555-0110
Hollis County Sheriff - transport                 740-555-0166
State survey agency complaint line                1-800-555-0148

Please replace the old list at your nurses' station. Pager numbers are new as of 9/1.

Jolene"""
    return M(RMASST, "All Nurse Managers <nursemanagers@%s>" % DOM, "Updated RM / Security contact list",
             body, D(9, 3, 8, 47), att=[A_png(logo_png(), "cvrmc_logo.png")])

@kind("clean", "lookalike")
def look6():
    body = """Incident INC0048213 has been updated.

Short description: Badge reader offline - BHU sallyport inner door
Caller:            Omar Haddad (Protective Services)
Assignment group:  Facilities - Access Control
Priority:          2 - High
State:             Work in Progress

Configuration item: ACR-BHU-02 (HID iCLASS SE R40)
Asset tag:          CV-0071844
Serial number:      R40-5C7A11E0D3
MAC:                00:06:8E:4B:2F:19
Controller:         Mercury LP1502 SN 1502-0091337, panel BHU-P1, port 2

Work notes (Dwayne Kittredge, 07/11/2024 14:22):
Reader reboots every 3-4 min. Replaced PoE injector, same result. Ordered replacement reader, PO 4500191204, ETA 7/12. Door is on mechanical key override, officer posted per Security. Related change: CHG0031420 (camera install in ED).

To view the incident: https://cvrmc.servicenow-example.com/nav_to.do?uri=incident.do?sys_id=48213

This is an automated message. Replies to this address are added to the incident as comments."""
    return M(ITSD, [SECOFF, SECDIR], "INC0048213 updated - Badge reader offline - BHU sallyport", body,
             D(7, 11, 14, 23), cc=[FAC], headers={"Auto-Submitted": "auto-generated"})

@kind("clean", "lookalike")
def look7():
    body = """URGENT: Medical Device Recall - Action Required
Recall ID (internal): RCL-2024-117  |  Manufacturer ref: FA-2024-0614

Product: LVP infusion pump, model Medura 7100, software v3.2.1
Issue:   Possible upstream occlusion alarm failure when used with administration set 71-4402. No serious injuries have been reported to the manufacturer.

Affected serial numbers at CVRMC (from Clinical Engineering asset list):
  M71-2201458   M71-2201462   M71-2201490   M71-2201503
  M71-2201517   M71-2201522   M71-2201561   M71-2201598
Affected administration set lots: 71-4402 lot 2403118, lot 2403204, lot 2404011 (NDC not applicable - device)

Related pharmacy notice: heparin 25,000 units/250 mL premix, NDC 0338-0550-02, lots P340188 and P340201 - manufacturer relabel (concentration font), no change to product. Replace stock at next exchange.

Actions:
1. Clinical Engineering will swap the 8 pumps above by 6/21 (tags will be red).
2. Units: quarantine administration set lots listed above; Materials will deliver replacement lot 2405090.
3. Any pump malfunction: sequester the pump AND the tubing, call Clinical Engineering x5600, enter a SafeTrack device event.

Anjali Mehra, PharmD, BCPS - Medication Safety Officer
Hank Dubrow, CBET - Clinical Engineering"""
    return M(PHARM, "Nursing Leadership <nursingleaders@%s>" % DOM, "RECALL RCL-2024-117: Medura 7100 pumps + heparin relabel",
             body, D(6, 17, 12, 10), cc=[PSS, MM], headers={"Importance": "high", "X-Priority": "1"}, html=True)

# ====================================================================== CLEAN: news
@kind("clean", "news")
def news1():
    body = """SAFETY MATTERS - CVRMC Patient Safety Newsletter - May 2024

GOOD CATCH OF THE MONTH
Congratulations to Ebony Marsh, RN (5N) who noticed that two patients with similar names had been assigned adjacent beds and asked for one to be moved before the first med pass. Ebony receives the Good Catch pin and a lunch for her unit.

BY THE NUMBERS (April)
- 412 events reported in SafeTrack (up 9% from March) - more reporting is a good sign!
- 61% of reports were near misses or no-harm events
- Falls with injury: 5 (house rate 0.62 per 1,000 patient days)
- Code Grays: 38; staff injuries from patient aggression: 4

WHAT WE LEARNED
A recent apparent-cause review found that bed alarms were set but the volume was turned down in several rooms. Starting June 1, the alarm check is part of bedside shift report: "Is it on, and can you hear it from the hallway?"

DID YOU KNOW?
You can report anonymously in SafeTrack. Reports are used to fix systems, not to discipline individuals who make honest mistakes (see our Just Culture policy HR-118).

Questions or ideas: patientsafety@cvrmc-health.org"""
    html = """<html><body style="margin:0;font-family:Arial,Helvetica,sans-serif;background:#f3f6f8">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#14285a;color:#fff;padding:16px">
<span style="font-size:22px;font-weight:bold">SAFETY MATTERS</span><br><span style="font-size:12px">CVRMC Patient Safety Newsletter &middot; May 2024</span></td></tr>
<tr><td style="padding:16px"><h3 style="color:#008080">Good Catch of the Month</h3>
<p>Congratulations to <b>Ebony Marsh, RN (5N)</b> who noticed that two patients with similar names had been assigned adjacent beds and asked for one to be moved before the first med pass. Ebony receives the Good Catch pin and a lunch for her unit.</p>
<h3 style="color:#008080">By the numbers (April)</h3>
<ul><li>412 events reported in SafeTrack (up 9% from March) &ndash; more reporting is a good sign!</li>
<li>61% of reports were near misses or no-harm events</li>
<li>Falls with injury: 5 (house rate 0.62 per 1,000 patient days)</li>
<li>Code Grays: 38; staff injuries from patient aggression: 4</li></ul>
<h3 style="color:#008080">What we learned</h3>
<p>A recent apparent-cause review found that bed alarms were set but the volume was turned down in several rooms. Starting June 1, the alarm check is part of bedside shift report: <i>&ldquo;Is it on, and can you hear it from the hallway?&rdquo;</i></p>
<h3 style="color:#008080">Did you know?</h3>
<p>You can report anonymously in SafeTrack. Reports are used to fix systems, not to discipline individuals who make honest mistakes (see our Just Culture policy HR-118).</p>
<p style="font-size:11px;color:#666">Questions or ideas: <a href="mailto:patientsafety@cvrmc-health.org">patientsafety@cvrmc-health.org</a></p>
</td></tr></table></body></html>"""
    return M(P("CVRMC Patient Safety", "patientsafety@" + DOM), "All CVRMC Staff <allstaff@%s>" % DOM,
             "Safety Matters - May 2024", body, D(5, 8, 6, 30), html=html)

@kind("clean", "news")
def news2():
    body = """FYI - the state's annual serious reportable events summary came out this morning. Highlights below for the committee; full PDF is on the Department of Health website.

Ohio Department of Health - Serious Reportable Events in Hospitals, CY2023 (statewide, 212 reporting hospitals)
- Total SREs reported: 1,118 (1,046 in 2022)
- Falls with serious injury or death: 412 (37%) - still the #1 category for the 6th year
- Stage 3, 4 and unstageable pressure injuries acquired after admission: 288 (26%)
- Retained foreign objects: 71
- Wrong site / wrong patient procedures: 38
- Medication errors with serious harm: 64
- Patient elopement / abduction: 19
- Assaults on patients or staff within the facility: 126 (up 22%)

The report notes that hospitals with hourly rounding and bedside shift report had 18% fewer falls with injury, and recommends standardized behavioral flags in the EHR to reduce assaults.

Our CY2023 numbers are in line with peer hospitals except for assaults, where we're a little above. Lucas will put the comparison in the Q3 dashboard.

Devin"""
    return M(PSS, [RM_DIR, RISKMGR, SECDIR, CNO], "State SRE report CY2023 is out", body, D(8, 8, 13, 15))

@kind("clean", "news")
def news3():
    body = """CARDINAL MUTUAL RISK INSIGHTS - Q3 2024

In this issue:
1. Falls remain the top driver of hospital professional liability claims
2. Webinar: "Custody Patients in the Hospital: Who Is Responsible for What?"
3. Early disclosure and resolution programs: 5-year data from our insureds

1. FALLS
Across 340 insured hospitals, falls accounted for 19% of closed hospital liability claims in 2019-2023, with an average indemnity of $187,000. Claims where the fall risk reassessment was documented after a change in condition closed for 40% less.

2. WEBINAR - Thursday, October 17, 12:00-1:00 pm ET
Law enforcement holds, shackles vs. restraints, visitor rules, and when the officer leaves. Speakers: a hospital security director, a sheriff's office transport commander and defense counsel. 1.0 contact hour (nursing) and 1.0 CPHRM credit. Register at https://learn.cardinalmutual-hl.com/custody2024

3. EARLY DISCLOSURE
Insureds with a formal communication-and-resolution program had a median time to close of 9.5 months, vs. 27 months for those without.

Cardinal Mutual Healthcare Liability Co. | 250 Commerce Park Drive, Suite 400, Columbus, OH 43219
You are receiving this because you are a risk management contact for an insured facility. Unsubscribe: https://cardinalmutual-hl.com/prefs

""" + DISC_INS
    return M(P("Cardinal Mutual Risk Services", "riskservices@cardinalmutual-hl.com"), RM_DIR,
             "Risk Insights Q3: falls claims data + custody patient webinar", body, D(9, 24, 10, 0), html=True,
             headers={"List-Unsubscribe": "<https://cardinalmutual-hl.com/prefs>"})

@kind("clean", "news")
def news4():
    body = """PROTECTIVE SERVICES BULLETIN - Workplace Violence Prevention Week, Oct 21-25

Why it matters: In the last 12 months our staff reported 446 incidents of verbal or physical aggression. 52 resulted in a staff injury, and most of those happened in the ED, BHU and 3E. Nationally, health care workers account for nearly three-quarters of nonfatal workplace violence injuries.

This week:
- Mon 10/21 - Open house at the Security Command Center, 1100-1400. Meet the officers, see the camera wall, try the new personal duress badges.
- Tue 10/22 - "Recognizing escalation" 30-min huddle talk on every unit (Ray and Gina will rotate).
- Wed 10/23 - CPI refresher, 2 sessions, Classroom 3. Sign up in the LMS.
- Thu 10/24 - Lunch & learn: "Reporting violence is not 'part of the job'" with Employee Health and Risk.
- Fri 10/25 - Coffee cart on nights, 0200, all units.

Reminders:
- Report every event in SafeTrack under the new "Security/Behavioral" category - even if nobody was hurt.
- Duress badges: press and hold 3 seconds. Officers are dispatched to your location.
- Code Gray: dial 7777.

Stay safe,
Protective Services"""
    return M(SECDIR, "All CVRMC Staff <allstaff@%s>" % DOM, "Workplace Violence Prevention Week - Oct 21-25",
             body, D(10, 16, 7, 0), html=True, att=[A_png(logo_png(), "ps_banner.png")])

@kind("clean", "news")
def news5():
    body = """Journal club - Nursing Practice Council, June

Article: "Bed and chair alarms vs. structured hourly rounding for fall prevention in adult medical units: a cluster-randomized trial" (published 2023, 24 units in 8 hospitals, 31,640 admissions)

Summary:
- Units were randomized to alarm-based prevention or to structured hourly rounding with the 4 Ps (pain, position, potty, possessions).
- Falls: 3.1 vs 2.6 per 1,000 patient days (not significant). Falls with injury: 0.71 vs 0.52 (significant).
- Alarm fatigue: alarm units averaged 29 bed-alarm activations per patient day, 86% false or non-actionable.
- Staff time: rounding added an estimated 18 minutes per nurse per shift.

Discussion questions for Thursday:
1. Our 4W rate is above the median despite high alarm use. Would a rounding pilot on 4W be feasible with current staffing?
2. How would we measure alarm fatigue locally?
3. What do we tell families who ask for a bed alarm?

Bring a copy or read it on the shared drive (Nursing > Journal Club > 2024-06).

Marisol Quintero, MSN, RN-BC
Clinical Educator"""
    return M(EDUC, "Nursing Practice Council <npc@%s>" % DOM, "June journal club - falls alarms vs rounding",
             body, D(6, 10, 15, 20))

@kind("clean", "news")
def news6():
    body = """Hi Maureen,

Hospitals like Calder Valley are under more pressure than ever to keep patients, visitors and staff safe - while documenting everything for surveyors, insurers and counsel.

Meet VigilantEdge 5: one platform for incident reporting, grievances, claims and security.

- Report an event from any phone in under 60 seconds
- Grievance letters generated automatically within 7 and 30 days
- Claims module with reserves, counsel invoices and loss runs
- Security dispatch, guard tours and patient property tracking in the same system
- Built-in RCA2 and FMEA tools

"We retired three separate systems and cut our grievance response time by half." - Director of Risk, 400-bed community hospital

Join a 20-minute demo: https://vigilantedge-software.com/demo
Or reply to this email and I'll send some times.

Best,
Logan Pryce
Account Executive, Midwest | VigilantEdge Software
(312) 555-0191

VigilantEdge Software, 200 W. Madison St., Chicago, IL 60606. Unsubscribe: https://vigilantedge-software.com/unsub"""
    return M(P("Logan Pryce", "lpryce@vigilantedge-software.com"), RM_DIR,
             "Maureen - one system for incidents, grievances, claims and security?", body, D(2, 20, 9, 14),
             html=True)

# ====================================================================== CLEAN: staff
@kind("clean", "staff")
def staff1():
    body = """Schedule for pay period 13 (6/16 - 6/29). Post Command Center. Swaps go through me, not each other.

OFFICER            SUN MON TUE WED THU FRI SAT | SUN MON TUE WED THU FRI SAT
Castellucci, G     --  D   D   D   D   D   --  | --  D   D   D   D   D   --
Haddad, O          D   D   --  --  D   D   D   | D   --  --  D   D   D   D
Warsame, A         E   E   E   --  --  E   E   | E   E   --  --  E   E   E
Blaylock, T        --  E   E   E   E   --  --  | E   E   E   E   --  --  --
Okafor-Reyes, J    D   --  --  D   D   D   --  | --  D   D   --  --  D   D
Montgomery, K      N   N   N   --  --  --  N   | N   N   --  --  --  N   N
Pettigrew, L       N   --  --  N   N   N   N   | --  --  N   N   N   N   --
Sandoval, R (PRN)  --  --  N   N   --  --  --  | --  N   --  --  --  --  --

D = 0700-1930   E = 1100-2330   N = 1900-0730
ED screening post: first D and first E officer on the list each day.
Open shifts: Sat 6/22 N, Wed 6/26 D. Sign up on the board by 6/12.

Gina"""
    return M(SECLT, "Protective Services <ps-all@%s>" % DOM, "Schedule PP13 (6/16-6/29)", body, D(6, 5, 14, 40))

@kind("clean", "staff")
def staff2():
    body = """Hi everyone,

Please join me in welcoming Devin Castillo-Reyes, MSN, RN, CPPS, to the Office of Risk Management as our new Patient Safety Specialist, starting Monday, January 8.

Devin comes to us from 9 years at Lakeview Health, most recently as ICU charge nurse and chair of their falls committee. Devin has a master's in nursing quality and safety from Kent State and earned the CPPS last year. At CVRMC Devin will lead our event review process in SafeTrack, facilitate RCAs, and staff the Falls and Patient Safety Committees.

Outside work Devin coaches youth soccer and is, we're told, a serious sourdough baker - consider yourselves warned.

Devin's office is in the Risk suite (Admin Building, 2nd floor, room 214), x4416.

Welcome, Devin!

Maureen"""
    return M(RM_DIR, ["Nursing Leadership <nursingleaders@%s>" % DOM, "Department Directors <directors@%s>" % DOM],
             "Welcome Devin Castillo-Reyes, Patient Safety Specialist", body, D(1, 5, 11, 30), html=True,
             att=[A_png(logo_png(), "image001.png")])

@kind("clean", "staff")
def staff3():
    rows = [["Week starting", "Administrator on Call", "AOC cell", "Risk Manager on Call", "RM cell", "Security Mgr on Call"],
            ["07/01/2024", "Sharon Okonjo-Bell", "740-816-2001", "Priya Venkataraman", "740-816-2412", "Raymond Szabo"],
            ["07/08/2024", "Jeremy Feld", "740-816-2010", "Maureen Oyelaran", "740-816-2254", "Gina Castellucci"],
            ["07/15/2024", "Alana Roos", "740-816-2022", "Priya Venkataraman", "740-816-2412", "Raymond Szabo"],
            ["07/22/2024", "Sharon Okonjo-Bell", "740-816-2001", "Gregory Pascoe", "740-816-2414", "Keisha Montgomery"],
            ["07/29/2024", "Victor Halloran", "740-816-2031", "Maureen Oyelaran", "740-816-2254", "Gina Castellucci"],
            ["08/05/2024", "Jeremy Feld", "740-816-2010", "Priya Venkataraman", "740-816-2412", "Raymond Szabo"]]
    body = """Attached is the Q3 on-call calendar for the AOC, risk manager on call and security manager on call (July-Aug so far, September to follow once the AOC draw is done).

On-call handoff is Monday 0800. Please update the operator (dial 0) directly if you swap a week.

Jolene"""
    return M(RMASST, ["Administration <admin-team@%s>" % DOM, "PBX Operators <operators@%s>" % DOM, SECDIR],
             "Q3 on-call calendar - AOC / Risk / Security", body, D(6, 24, 9, 15),
             att=[A_xlsx(rows, "Q3_oncall_2024.xlsx", sheet="On call")])

@kind("clean", "staff")
def staff4():
    body = """Hi all,

Tamsin will be out of the office from Monday, June 3 through Monday, July 15. Please don't reach out to her directly during that time.

Coverage while she's out:
- New grievances and patient complaint calls: Jolene will log them (x4400, patientrelations@ inbox), and Priya will review daily.
- Grievance Committee on 6/13 and 7/11: Priya will chair.
- 7-day and 30-day letters: Priya signs.
- Tamsin's voicemail will redirect to x4400.

Thanks for helping us keep things moving.

Maureen"""
    return M(RM_DIR, ["Risk Management <riskmgmt-team@%s>" % DOM, NMED, NM4W, SECDIR],
             "Patient Relations coverage 6/3 - 7/15", body, D(5, 28, 16, 2))

@kind("clean", "staff")
def staff5():
    body = """Reminder - timecard approvals for pay period ending 09/14/2024 are due in Kronos by 10:00 am Monday 9/16. Payday is Friday 9/20.

Managers:
- Labor Day (9/2) holiday premium: pay code HOL-WK for anyone who worked the holiday, HOL-NW for benefit-eligible staff who were off. Security and ED night shift that crossed midnight into 9/3 - only hours on 9/2 get HOL-WK.
- Code Gray call-back: use CB-SEC, minimum 2 hours.
- Missed punches: please document a reason. We had 317 edits without a reason last period.
- Overtime approvals over 12 hrs in a week need a director signature in the comment.

Questions: payroll@cvrmc-health.org or x3050.

Helen Abramowicz
Payroll Services
Calder Valley Regional Medical Center"""
    return M(PAYROLL, "Timekeeping Managers <kronos-approvers@%s>" % DOM, "Timecard approvals due Mon 9/16 10am",
             body, D(9, 12, 15, 55))

@kind("clean", "staff")
def staff6():
    body = """After 31 years keeping all of us safe, Lt. Bernard "Bernie" Kowalski is retiring!

Bernie started at CVRMC in 1993 as a night officer when the "Security office" was a desk in the old ER waiting room. He trained most of our current officers, wrote our first Code Pink drill, and has walked more people to their cars in the snow than anyone can count.

Please join us:
Friday, December 13, 2:00-4:00 pm
Cafeteria Conference Rooms A & B
Cake, coffee and a few stories that are mostly true.

If you'd like to sign the card or contribute to the gift (a fishing trip to Lake Erie), see Gina at the Command Center by 12/10.

Protective Services"""
    return M(SECLT, "All CVRMC Staff <allstaff@%s>" % DOM, "Retirement celebration - Lt. Bernie Kowalski, 12/13", body,
             D(11, 25, 10, 5), html=True)

@kind("clean", "staff")
def staff7():
    body = """Ray,

CPI (Nonviolent Crisis Intervention) certifications expiring in the next 90 days, from the LMS report:

Name                    Dept                  Role                 Cert expires   Refresher booked
Haddad, Omar            Protective Services   Security Officer II  09/30/2024     10/23 session
Blaylock, Trevor        Protective Services   Security Officer     10/14/2024     no
Sandoval, Rene          Protective Services   Security Officer PRN 10/02/2024     no
Solberg, Ingrid RN      Behavioral Health     Charge RN            11/05/2024     10/23 session
Tolliver, Marcy RN      ICU Step-down         RN                   11/18/2024     no
Gutierrez, Paolo        Emergency Dept        ED Tech              12/01/2024     no
Amaral, Carlos RN       Emergency Dept        Nurse Manager        12/09/2024     no

Per policy, officers with an expired cert can't be assigned to the BHU or the ED screening post. Can you nudge Trevor and Rene? I'll take care of the nursing staff.

Marisol Quintero, MSN, RN-BC
Clinical Educator, Nursing Professional Development
x4720"""
    return M(EDUC, SECDIR, "CPI certs expiring next 90 days", body, D(9, 4, 11, 17), cc=[BHU, NMED])

# ====================================================================== CLEAN: training
@kind("clean", "training")
def train1():
    body = """Hi team - here's the 10-question quiz for the incident reporting module (annual competency). Pass mark is 80%. Answer key is in the LMS, not in this email.

1. A nurse finds a patient sitting on the floor; the patient says they "just slid down". Is this a fall that should be reported?
   a) No, it was a controlled descent  b) Yes  c) Only if injured
2. Which of the following is a near miss?
   a) Wrong dose given, no harm  b) Wrong dose caught at the bedside scan before administration  c) Allergy documented late
3. True/False: Incident reports are filed in the patient's medical record.
4. A visitor slips in the lobby. Who should complete the SafeTrack report?
5. Name two events that also require an immediate call to the Administrator on Call.
6. True/False: You can submit a SafeTrack report anonymously.
7. A patient's hearing aids are missing at discharge. Which event category do you choose?
8. What is the difference between an apparent cause analysis and a root cause analysis?
9. True/False: In a Just Culture, an employee who knowingly skips a required safety step is treated the same as one who made an honest mistake.
10. Within how many hours must a Code Gray with restraint be debriefed?

Marisol"""
    return M(EDUC, "Unit Educators <uniteducators@%s>" % DOM, "Incident reporting competency quiz 2024", body,
             D(1, 16, 13, 44), att=[A_docx(["**Incident Reporting Competency - 2024", "10 questions. Pass mark 80%.",
                                           "Q1. A nurse finds a patient sitting on the floor ...",
                                           "Q2. Which of the following is a near miss?",
                                           "Q3. True/False: Incident reports are filed in the patient's medical record."],
                                          "IR_quiz_2024.docx")])

@kind("clean", "training")
def train2():
    body = """RCA facilitator training - case study for Thursday's workshop (de-identified, composite case; details changed)

Patient A is a 78-year-old admitted to a medical unit for pneumonia. On day 3 at 0430 Patient A is found on the floor beside the bed with a scalp laceration. The bed alarm was on but muted. The assigned nurse had 6 patients; the CNA was on break. Patient A had received a sleeping medication at 2200. The fall risk score was last updated at admission.

Small group tasks:
1. Build the timeline (use the sticky-note template).
2. Draw the cause-and-effect diagram: people, process, equipment, environment, policy.
3. Write 3 causal statements using the five rules of causation.
4. Propose one strong, one intermediate and one weak action using the action hierarchy.

Remember: the goal is to find system causes, not to name who made the mistake.

Please read the attached RCA2 summary before the session.

Devin Castillo-Reyes, MSN, RN, CPPS
Patient Safety Specialist"""
    return M(PSS, "RCA Facilitator Cohort <rca-cohort@%s>" % DOM, "Case study for RCA workshop Thursday", body,
             D(3, 11, 16, 12), att=[A_pdf(["RCA2 - Root Cause Analysis and Action - Summary for facilitators",
                                           "1. Charter the team within 72 hours of event awareness.",
                                           "2. Interview staff individually; walk the process on the unit.",
                                           "3. Five rules of causation: show cause and effect, use specific descriptors,",
                                           "   identify preceding causes, procedural deviations must have a cause,",
                                           "   failure to act is only causal when there was a pre-existing duty.",
                                           "4. Action hierarchy: stronger (forcing functions), intermediate, weaker (training).",
                                           "Composite case for training use only. Not a real patient."], "RCA2_summary.pdf")])

@kind("clean", "training")
def train3():
    body = """Test script - SafeTrack 11.4 upgrade validation (TEST environment only: safetrack-tst.cvrmc-health.org)

Use ONLY the test patients below. They exist in the TST EHR and SafeTrack TST. Do not look up or enter real patients in TST.

TC-01  Fall event, no harm          Pt: ZZTEST, FALLONE     MRN 99900001  DOB 01/01/1950  Unit TST4W
       Expected: routes to 4W manager + Patient Safety, no AOC page
TC-02  Fall event, major harm       Pt: ZZTEST, FALLTWO     MRN 99900002  DOB 02/02/1945  Unit TST4W
       Expected: AOC page fires, event flagged for RCA screening
TC-03  Medication event, score E    Pt: ZZTEST, MEDERROR    MRN 99900003  DOB 03/03/1960  Unit TSTICU
       Expected: routes to Med Safety Officer, pharmacy reviewer
TC-04  Security/Behavioral, staff injury  Pt: ZZTEST, CODEGRAY  MRN 99900004  DOB 04/04/1988  Unit TSTED
       Expected: routes to Protective Services + Employee Health
TC-05  Lost property                Pt: ZZTEST, PROPERTY    MRN 99900005  DOB 05/05/1972  Unit TST5N
       Expected: routes to Patient Relations; form shows property envelope field
TC-06  Anonymous report, any type   (no patient)
       Expected: reporter name hidden in all views including admin

Record pass/fail and screenshots in the tracker. Sign-off due Friday 4/19 before the 4/20 go-live.

Kyle Brandvold
Integration Analyst II, IS"""
    return M(rp("Kyle Brandvold", "kbrandvold"), [PSS, QA, SECOFF, PHARM], "SafeTrack 11.4 test script - TST", body,
             D(4, 16, 8, 30), att=[A_csv([["TC", "Tester", "Pass/Fail", "Notes"], ["TC-01", "", "", ""], ["TC-02", "", "", ""],
                                          ["TC-03", "", "", ""], ["TC-04", "", "", ""], ["TC-05", "", "", ""], ["TC-06", "", "", ""]],
                                         "SafeTrack_11.4_test_tracker.csv")])

@kind("clean", "training")
def train4():
    body = """Code Gray drill - ED - Wednesday 8/14, 1400

Scenario (fictitious; actor from the simulation center plays the patient):
"Jordan Sample", a 34-year-old, arrives by private car with a friend. In triage becomes loud and paces, refuses vitals, then picks up a chair. Friend says Jordan "hasn't slept in days." No weapon.

Objectives:
1. Triage RN recognizes escalation and calls Code Gray (7777) - target < 1 minute.
2. Officers arrive < 3 minutes, one officer takes lead, verbal de-escalation first.
3. Charge RN clears the area, assigns a team leader, provider at bedside for any restraint decision.
4. Documentation: restraint order, face-to-face within 1 hr, SafeTrack entry, debrief (RI-214B).

Observers: Ray Szabo, Marisol Quintero, Devin Castillo-Reyes. Debrief immediately after in ED conference room.

Please DO NOT overhead page "this is a drill" in the waiting room - signs will be posted and the operator will announce "Code Gray ED triage - DRILL".

Carlos Amaral, MSN, RN, CEN
Nurse Manager, Emergency Department"""
    return M(NMED, ["ED Staff <ed-staff@%s>" % DOM, SECDIR, EDUC, PSS], "Code Gray drill 8/14 1400 - scenario", body,
             D(8, 9, 12, 0))

@kind("clean", "training")
def train5():
    body = """New required module: "Just Culture and Event Reporting" (25 min), due by March 31 for all clinical and security staff.

The module uses three sample narratives (all fictional) to practice the algorithm:

Sample 1 - Human error: A nurse programs a pump at 100 mL/hr instead of 10 mL/hr. The pump library was available and used. Response: console the employee, look at the system (screen design, interruptions).

Sample 2 - At-risk behavior: An officer skips the two-signature step on a property envelope because "everybody does it on nights." Response: coach; find out why the shortcut feels normal.

Sample 3 - Reckless behavior: A staff member knowingly disables a bed alarm on a high-risk patient to "get some quiet" and leaves the floor. Response: accountability, and still a system review.

Find it in the LMS under Required > Patient Safety. Completion counts toward annual competencies.

Office of Risk Management & Patient Safety"""
    return M(P("CVRMC Learning", "learning@" + DOM), "All Clinical Staff <clinicalstaff@%s>" % DOM,
             "Required: Just Culture & Event Reporting module (due 3/31)", body, D(2, 26, 7, 15), html=True)

@kind("clean", "training")
def train6():
    body = """Greg,

For the managers' session on "What happens after a claim," here's the de-identified sample claim file we talked about. I stripped anything that could point to a real person and changed the dates, unit and injury. Feel free to adapt.

SAMPLE CLAIM (fictional, for training only)
- Claim type: professional liability, fall with injury
- Claimant: "Patient X", age 70s
- Unit: "Medical Unit 1"
- Timeline: notice letter received month 1 -> records request month 2 -> expert review month 5 -> suit filed month 11 -> depositions months 14-18 -> mediation month 20
- Discovery issues: late charting entry 3 days after the event; incident report details were copied into a progress note (so privilege was lost for that content)
- Reserve history: $50k initial -> $150k after expert review

Discussion points for managers:
1. Never write "incident report filed" in the medical record.
2. Don't alter or add to the record after you learn of a claim.
3. Deposition prep: answer only the question asked; it's OK to say "I don't remember."

Alicia Fennimore, Esq.
Fennimore & Kwan LLP
(216) 555-0134"""
    return M(COUNSEL, CLAIMS, "sample claim for manager training", body, D(10, 21, 17, 40), cc=[RM_DIR])

# ====================================================================== main
ORDER = [("phi", "care", 8), ("phi", "ids", 8), ("phi", "lang", 8), ("phi", "lists", 7), ("phi", "names", 8),
         ("phi", "self", 7), ("phi", "struct", 7),
         ("clean", "admin", 7), ("clean", "lookalike", 7), ("clean", "news", 6), ("clean", "staff", 7),
         ("clean", "training", 6)]

def main():
    if len(sys.argv) < 2:
        print("usage: python3 gen.py OUTDIR")
        sys.exit(1)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    rows = []
    counts = {}
    for label, kd, n in ORDER:
        fns = KINDS.get((label, kd), [])
        assert len(fns) == n, (label, kd, len(fns), n)
        for i, fn in enumerate(fns, 1):
            m = fn()
            msg = build(m)
            fname = "%s-%s-%03d.eml" % (label, kd, i)
            with open(os.path.join(out, fname), "wb") as f:
                f.write(msg.as_bytes(policy=policy.SMTP))
            rows.append([fname, label, kd, m["patient"] if label == "phi" else ""])
            counts[(label, kd)] = counts.get((label, kd), 0) + 1
    with open(os.path.join(out, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    total = 0
    for (label, kd), c in counts.items():
        print("%s-%s: %d" % (label, kd, c))
        total += c
    print("total: %d" % total)

if __name__ == "__main__":
    main()
