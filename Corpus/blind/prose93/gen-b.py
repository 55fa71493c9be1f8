#!/usr/bin/env python3
"""Generate a blind evaluation set of clinical-research-site email (all content invented)."""
import sys, os, random, csv, io, zipfile, zlib, struct, json, html as htmlmod
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

SEED = 9302
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

# ---------------------------------------------------------------- helpers
EST = timezone(timedelta(hours=-5))
EDT = timezone(timedelta(hours=-4))
BASE = datetime(2024, 1, 8, 8, 0)

def rdate(lo=0, hi=520, h0=7, h1=19, weekend=False):
    d = BASE + timedelta(days=random.randint(lo, hi))
    if not weekend and d.weekday() >= 5:
        d += timedelta(days=7 - d.weekday())
    d = d.replace(hour=random.randint(h0, h1 - 1), minute=random.randint(0, 59), second=random.randint(0, 59))
    tz = EDT if 3 <= d.month <= 10 else EST
    return d.replace(tzinfo=tz)

def before(dt, mins_lo=20, mins_hi=60 * 30):
    return dt - timedelta(minutes=random.randint(mins_lo, mins_hi))

def on_line(dt, who, style=None):
    style = style if style is not None else random.randint(0, 3)
    if style == 0:
        return "On %s, %s wrote:" % (dt.strftime("%a, %b %-d, %Y at %-I:%M %p"), who)
    if style == 1:
        return "On %s %s wrote:" % (dt.strftime("%-m/%-d/%Y %-I:%M %p"), who)
    if style == 2:
        return "On %s, at %s, %s wrote:" % (dt.strftime("%b %-d, %Y"), dt.strftime("%-I:%M %p"), who)
    return "On %s, %s <%s> wrote:" % (dt.strftime("%A, %B %-d, %Y %-I:%M %p"), who.split(" <")[0], who.split("<")[-1].rstrip(">") if "<" in who else "noreply@example.com")

def quote(text):
    return "\n".join((">" + (" " + l if l else "")) for l in text.strip("\n").split("\n"))

def orig_block(frm, sent, to, subject, body, cc=None):
    s = "-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\n" % (frm, sent.strftime("%A, %B %-d, %Y %-I:%M %p"), to)
    if cc:
        s += "Cc: %s\n" % cc
    s += "Subject: %s\n\n%s" % (subject, body.strip("\n"))
    return s

def fwd_block(frm, sent, to, subject, body):
    return ("---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s"
            % (frm, sent.strftime("%a, %b %-d, %Y at %-I:%M %p"), subject, to, body.strip("\n")))

def hexid(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))

def msgid(addr):
    dom = addr.split("@")[-1].rstrip(">").strip()
    return "<%s.%d@%s>" % (hexid(16), random.randint(10000, 999999), dom)

def to_html(body, font="Calibri, Arial, sans-serif"):
    parts = []
    for para in body.strip("\n").split("\n\n"):
        esc = htmlmod.escape(para).replace("\n", "<br>\n")
        parts.append("<p>%s</p>" % esc)
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:%s;font-size:11pt">\n%s\n</body></html>\n'
            % (font, "\n".join(parts)))

COUNTS = {}
ROWS = []

def save(msg, label, kind, patient=""):
    key = (label, kind)
    COUNTS[key] = COUNTS.get(key, 0) + 1
    fn = "%s-%s-%03d.eml" % (label, kind, COUNTS[key])
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(msg.as_bytes(policy=SMTP))
    ROWS.append((fn, label, kind, patient))

def build(frm, to, subject, body, date, cc=None, html=False, atts=(), headers=(), reply_to=None,
          in_reply_to=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to if isinstance(to, str) else ", ".join(to)
    if cc:
        m["Cc"] = cc if isinstance(cc, str) else ", ".join(cc)
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid(frm)
    if in_reply_to or subject.lower().startswith(("re:", "re ", "aw:", "rv:")):
        ref = in_reply_to or msgid(m["To"].split(",")[0])
        m["In-Reply-To"] = ref
        m["References"] = ref
    m["MIME-Version"] = "1.0"
    for k, v in headers:
        m[k] = v
    m.set_content(body)
    if html:
        m.add_alternative(html if isinstance(html, str) else to_html(body), subtype="html")
    for a in atts:
        data, mt, st, fn = a
        if isinstance(data, str):
            if mt == "text":
                m.add_attachment(data, subtype=st, filename=fn)
            else:
                m.add_attachment(data.encode("utf-8"), maintype=mt, subtype=st, filename=fn)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return m

# ------------------------------------------------------------ attachments
ZDT = (2024, 5, 1, 9, 0, 0)

def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()

def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def make_xlsx(rows, sheet="Sheet1"):
    x = htmlmod.escape
    out = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, x(str(v))))
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
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % x(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet_xml)])

def make_docx(paragraphs):
    x = htmlmod.escape
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % x(p) for p in paragraphs)
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

def make_pdf(lines, title="Document"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = ["BT", "/F1 11 Tf", "14 TL", "56 760 Td"]
    for i, l in enumerate(lines):
        stream.append("(%s) Tj T*" % esc(l.encode("latin-1", "replace").decode("latin-1")))
    stream.append("ET")
    content = "\n".join(stream).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ("<< /Title (%s) /Producer (Scan2PDF 4.1) >>" % esc(title)).encode("latin-1"),
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

def make_png(w, h, color=(255, 255, 255), band=None):
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for xx in range(w):
            c = color
            if band and band[0] <= y < band[1]:
                c = band[2]
            raw.extend(c)
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))

def make_ics(uid, start, end, summary, location, desc, organizer):
    f = "%Y%m%dT%H%M%S"
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tamsin Ridge CR//Scheduler 2.3//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:%s\r\nDTSTAMP:%s\r\nDTSTART:%s\r\nDTEND:%s\r\nSUMMARY:%s\r\nLOCATION:%s\r\n"
            "DESCRIPTION:%s\r\nORGANIZER:mailto:%s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            % (uid, start.strftime(f), start.strftime(f), end.strftime(f), summary, location,
               desc.replace("\n", "\\n"), organizer))

def csv_text(rows, delim=","):
    bio = io.StringIO()
    w = csv.writer(bio, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return bio.getvalue()

# ------------------------------------------------------------ people, places
FEM = ["Rosa", "Bernice", "Latoya", "Anita", "Marjorie", "Deborah", "Yolanda", "Colleen", "Shirley", "Priya",
       "Gwendolyn", "Irene", "Tamika", "Lorraine", "Francine", "Heather", "Noreen", "Consuelo", "Elaine", "Wanda",
       "Patrice", "Kimberly", "Dolores", "Janelle", "Ruth", "Maureen", "Sonia", "Valerie", "Edith", "Carla"]
MASC = ["Harold", "Gerald", "Dwayne", "Tomas", "Curtis", "Leonard", "Reginald", "Stanley", "Marvin", "Benny",
        "Roland", "Wendell", "Clifford", "Terrence", "Darnell", "Vernon", "Russell", "Elliott", "Gordon", "Ignacio",
        "Melvin", "Walter", "Rodney", "Lamar", "Douglas", "Jerome", "Floyd", "Glenn", "Raymond", "Otis"]
LAST = ["Brennan", "Okoye", "Simmons", "Rao", "Castellano", "Mercer", "Finch", "Whitfield", "Lachance", "Dabrowski",
        "Pruitt", "Abernathy", "Kowalczyk", "Greenlee", "Ashby", "Holloway", "Mendenhall", "Vasquez", "Treadwell",
        "Fairbanks", "Oyelaran", "McCaffrey", "Szymanski", "Prendergast", "Delacroix", "Hutchins", "Lindqvist",
        "Baptiste", "Ridgeway", "Carmichael", "Stroud", "Nakashima", "Farrow", "Quintero", "Petrakis", "Gallagher",
        "Bellamy", "Thibodeaux", "Royster", "Engstrom", "Haddock", "Weatherby", "Marchand", "Obi", "Kaminski", "Lattimore",
        "Sorensen", "Villanueva", "Crenshaw", "Pham", "Goldfarb", "Underhill", "Maldonado", "Kessler", "Draper",
        "Youngblood", "Ferreira", "Hargrove", "Iverson", "Jablonski", "Kincaid", "Lockhart", "Mosley", "Novak",
        "Osei", "Pettway", "Rutledge", "Sandoval", "Tolliver", "Upton", "Vance", "Whitlock", "Yancey", "Zeller",
        "Ambrose", "Boudreau", "Cisneros", "Dunleavy", "Eckert", "Fontaine", "Gutierrez", "Hollis", "Ingram",
        "Jeffries", "Kowalski", "Lund", "Mabry", "Nichols", "Orozco", "Pulaski", "Rhodes", "Schaefer", "Tate",
        "Valdez", "Wozniak", "Albright", "Beaumont", "Cordova", "Dillard", "Esposito", "Galloway", "Hwang"]
_used = set()

def person(g=None):
    g = g or random.choice("FM")
    tries = 0
    while True:
        tries += 1
        f = random.choice(FEM if g == "F" else MASC)
        l = random.choice(LAST)
        if (f, l) not in _used and (tries > 60 or l not in {u[1] for u in _used}):
            _used.add((f, l))
            return f, l, g

STREETS = ["Wexford Ln", "Birchfield Ct", "Tillman Ave", "Orchard Hill Rd", "Pemberton St", "Larkspur Dr",
           "Cobb Mill Rd", "Delancey Pl", "Sycamore Bend", "Hartwell Ave", "Foxcroft Way", "Quarry Rd"]
TOWNS = [("Milbrook", "OH", "43" + "%03d"), ("Carver Falls", "OH", "44" + "%03d"), ("Dunmore Heights", "OH", "43" + "%03d"),
         ("East Fallow", "OH", "45" + "%03d")]

def address():
    t = random.choice(TOWNS)
    return "%d %s" % (random.randint(12, 9800), random.choice(STREETS)), t[0], t[1], t[2] % random.randint(0, 999)

def phone(area=None):
    return "(%s) %03d-%04d" % (area or random.choice(["614", "740", "937", "330", "419"]), random.randint(210, 989), random.randint(0, 9999))

def dob(y0=1942, y1=1990):
    return datetime(random.randint(y0, y1), random.randint(1, 12), random.randint(1, 28))

SITE = "tamsinridgecr.com"
SITE_NAME = "Tamsin Ridge Clinical Research"
SITE_ADDR = "2200 Corliss Ave, Suite 310, Milbrook, OH 43017"
SITE_MAIN = "(614) 555-0190"
SITE_FAX = "(614) 555-0193"

class S:  # staff directory (invented)
    menon = ("Rajiv Menon, MD", "rmenon", "Principal Investigator")
    okafor = ("Lauren Okafor, DO", "lokafor", "Sub-Investigator")
    dana = ("Dana Whitcombe, BSN, RN, CCRC", "dwhitcombe", "Lead Clinical Research Coordinator")
    marisol = ("Marisol Ybarra, CCRP", "mybarra", "Clinical Research Coordinator")
    kevin = ("Kevin Tran", "ktran", "Clinical Research Coordinator")
    teresa = ("Teresa Vallejo", "tvallejo", "Regulatory Specialist")
    park = ("Hyun-woo Park, PharmD", "hpark", "Investigational Drug Pharmacist")
    gloria = ("Gloria Pettiford", "gpettiford", "Research Finance Manager")
    marcus = ("Marcus Bell", "mbell", "Recruitment & Outreach Coordinator")
    shauna = ("Shauna Kilbride, MBA", "skilbride", "Site Director")
    irina = ("Irina Volkova", "ivolkova", "Clinical Research Coordinator")
    jasmine = ("Jasmine Ocampo, LPN", "jocampo", "Research Nurse")
    wen = ("Wen Li", "wli", "Data Coordinator")
    fabiola = ("Fabiola Joseph", "fjoseph", "Patient Navigator")
    nadia = ("Nadia Haddad", "nhaddad", "Research Assistant")
    bia = ("Beatriz Moura", "bmoura", "Clinical Research Coordinator")
    tyler = ("Tyler Greaves", "tgreaves", "IT Support")
    ana = ("Anastasia Pierce", "apierce", "Office Manager")

def who(s):
    """Display-name address for a staff tuple."""
    return "%s <%s@%s>" % (s[0].split(",")[0], s[1], SITE)

def addr(s):
    return "%s@%s" % (s[1], SITE)

def sig(s, style=0, phone_ext=None):
    name = s[0]
    ext = phone_ext or random.randint(210, 289)
    if style == 0:
        return "%s\n%s\n%s\n%s\nP: %s x%d | F: %s" % (name, s[2], SITE_NAME, SITE_ADDR, SITE_MAIN, ext, SITE_FAX)
    if style == 1:
        return "Thanks,\n%s\n%s | %s\n%s ext. %d" % (name.split(",")[0], s[2], SITE_NAME, SITE_MAIN, ext)
    if style == 2:
        return "-- \n%s\n%s" % (name.split(",")[0].split()[0], s[2])
    return "%s | %s\n%s" % (name, s[2], SITE_NAME)

DISC = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the intended "
        "recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, "
        "disclosure or distribution is prohibited. If you are not the intended recipient, please contact the "
        "sender by reply e-mail and destroy all copies of the original message.")
DISC2 = ("This message may contain information that is confidential or legally privileged. If you received it "
         "in error, please notify the sender immediately and delete it. Tamsin Ridge Clinical Research, LLC.")

CRA = "Priyanka Sethi <psethi@quillstonecro.com>"
CRA_SIG = "Priyanka Sethi, MS\nSenior Clinical Research Associate\nQuillstone CRO | Oncology & Cardiometabolic\nM: (312) 555-0147"
SPONSOR_PM = "Colin Ashworth <colin.ashworth@veridanetx.com>"
DEV_SPEC = "Bryce Halvorsen <bhalvorsen@ardentismed.com>"
MED_MON = "Dr. Elena Marchetti <emarchetti@quillstonecro.com>"
IRB = "Meridale IRB <submissions@meridaleirb.org>"
RIDE = "RideWell Scheduling <trips@ridewelltransit.net>"
HOMENURSE = "CareRoute Mobile Nursing <dispatch@careroutenursing.com>"
PAYTRIAL = "PayTrial Support <support@paytrialcards.net>"
BILLING = "St. Aldric Research Billing <researchbilling@staldricmc.org>"

PROT_HF = "VRD-301"
PROT_CGM = "ARD-204"
PROT_ASTH = "PLB-118"
PROT_MIG = "NXM-22"
PROT_KNEE = "LMN-07"

# ====================================================================== PHI: care
def care_1():
    f, l, g = person("M")
    a = address()
    d = rdate(10, 480)
    visit = d + timedelta(days=random.randint(3, 9))
    ph = phone()
    body = """Hi RideWell team,

Please book a round trip for one of our study participants:

Rider: {f} {l}
Pickup: {a0}, {a1}, {a2} {a3}
Phone: {ph} (home, he does not text)
Date: {vd}
Pickup time: 6:45 AM -- he has to be here by 7:30 fasting, so please don't be late on this one
Drop-off: Tamsin Ridge Clinical Research, 2200 Corliss Ave, Suite 310 (use the north entrance, the garage elevator is out)
Return: approx. 1:15 PM, we will call dispatch when he's ready

He uses a walker and needs a vehicle with a lift or at least a step stool. His wife may ride along.
Bill to our account TRCR-0441, cost center {prot}.

Thank you!

{sig}
""".format(f=f, l=l, a0=a[0], a1=a[1], a2=a[2], a3=a[3], ph=ph, vd=visit.strftime("%A %-m/%-d"),
           prot=PROT_HF, sig=sig(S.marisol, 1))
    m = build(who(S.marisol), RIDE, "Ride request - %s %s - %s" % (f[0], l, visit.strftime("%-m/%-d")), body, d,
              cc=addr(S.dana))
    save(m, "phi", "care", "%s %s" % (f, l))

def care_2():
    f, l, g = person("F")
    dau = random.choice(["Carmen", "Lisa", "Angela", "Monique"])
    d = rdate(20, 500)
    q = before(d, 300, 2000)
    fam_addr = "%s.%s%d@homewire.net" % (dau.lower(), l.lower(), random.randint(2, 88))
    stay = d + timedelta(days=random.randint(4, 8))
    reply = """Hi {dau},

Yes, you're welcome to stay with her for the overnight part. We have a recliner in the room and can get you a \
meal voucher for the cafe downstairs. Check-in is at 6 PM on {sd}, room 3B. She should bring her pill bottles \
(all of them, including the vitamins) and her own pillow if that helps her sleep.

She does NOT need to fast for this one. We'll wake her around 6 for the morning blood draw and she should be \
out by 10.

Call me if anything changes.

Dana
{sd2}""".format(dau=dau, sd=stay.strftime("%-m/%-d"), sd2=sig(S.dana, 3))
    orig = """Hello Dana, this is {dau}, {f} {l}'s daughter. Mom told me she has the overnight visit coming up next week \
and honestly she is pretty nervous about sleeping away from home, she hasn't done that since Dad passed. Is it ok if I \
stay in the room with her? Also does she need to do anything different with her morning pills or not eat?? She gets \
confused with the instructions sometimes so I'd rather hear it from you.

Thank you so much for everything, she really likes coming to see you all.
{dau}""".format(dau=dau, f=f, l=l)
    body = reply + "\n\n" + on_line(q, "%s %s <%s>" % (dau, l, fam_addr), 0) + "\n" + quote(orig) + "\n"
    m = build(who(S.dana), "%s %s <%s>" % (dau, l, fam_addr), "Re: Mom's overnight visit", body, d, html=True)
    save(m, "phi", "care", "%s %s" % (f, l))

def care_3():
    d = rdate(30, 500)
    p1 = person("F"); p2 = person("M"); p3 = person("F")
    body = """Hey Kevin -- handover for tomorrow since I'm out Thurs/Fri. Everything is in the binder on my desk too.

- {a} {b} ({p}) V4 at 8:00. Fasting. PK draws predose, 1h, 2h, 4h after dose so she'll be here till ~12:30. Give her \
the snack box AFTER the predose draw, not before. Her son drops her off, he'll want a call when she's done: {ph1}.
- {c} {d_} -- 14-day phone follow-up is due tomorrow, window closes Sat. Ask about the new sleeping pill his PCP \
started and get the name + dose. He's hard of hearing, call the landline not the cell.
- {e} {f_} is coming at 2 to pick up her new diary and return the old one. Count the returned capsules with her \
before she leaves and put the bottle in the IP return bin (not trash!).

Dr. Okafor is covering for sign-offs. Park already has the kits pulled for {a}.

thx!!
D
""".format(a=p1[0], b=p1[1], p=PROT_HF, ph1=phone(), c=p2[0], d_=p2[1], e=p3[0], f_=p3[1])
    m = build(who(S.dana), who(S.kevin), "handover thurs", body, d, cc=addr(S.okafor))
    save(m, "phi", "care", "; ".join("%s %s" % (p[0], p[1]) for p in (p1, p2, p3)))

def care_4():
    f, l, g = person("M")
    d = rdate(30, 500)
    kit = random.randint(4400, 4499); kit2 = kit + random.randint(3, 30)
    sid = "118-%03d-%04d" % (random.randint(10, 40), random.randint(1, 60))
    orig_d = before(d, 60, 600)
    orig = """Hyun-woo -- can you have IP ready for {f} {l} tomorrow, week 12 visit, appt 10:30. IRT already assigned \
kit {k1} and {k2}. He's bringing back his week 8 pens so we'll need the return log too.

He asked if he can get the next two months at once because his daughter is taking him to Florida in March -- I told \
him I'd ask. Not sure the protocol allows it.

Marisol""".format(f=f, l=l, k1=kit, k2=kit2)
    body = """Kits {k1}/{k2} are pulled and in the fridge labelled with his subject # ({sid}). Temp log is good.

Re: Florida -- the pharmacy manual only allows one dispensing interval (4 wks) plus the window. Would need a \
sponsor OK for an extra kit. I'd ask Priyanka before tomorrow so you can tell him in person. If they say yes we need \
a cooler bag + ice pack for travel and he has to keep them refrigerated at the hotel.

{sg}

{on}
{q}
""".format(k1=kit, k2=kit2, sid=sid, sg=sig(S.park, 1), on=on_line(orig_d, "Marisol Ybarra", 1), q=quote(orig))
    m = build(who(S.park), who(S.marisol), "RE: IP for tomorrow - %s" % l, body, d)
    save(m, "phi", "care", "%s %s" % (f, l))

def care_5():
    f, l, g = person("F")
    d = rdate(30, 500)
    vd = before(d, 1440 * 3, 1440 * 10)
    miles = random.randint(38, 92)
    park = random.choice([8, 10, 12])
    body = """Gloria,

Attached are the receipts for {f} {l}'s reimbursement from her {vd} visit (Visit 7, {prot}). Breakdown:

  Mileage: {mi} mi round trip x $0.67 = ${mt:.2f}
  Parking (Aldric garage): ${pk:.2f}
  Lunch (she was here 6 hrs for the infusion): $14.85

Total ${tot:.2f}. Please load to her PayTrial card along with the $125 visit stipend. She mentioned the last payment \
took almost 3 weeks, so anything you can do to speed it up is appreciated.

Thanks,
Jasmine

{disc}
""".format(f=f, l=l, vd=vd.strftime("%-m/%-d"), prot=PROT_ASTH, mi=miles, mt=miles * 0.67, pk=park,
           tot=miles * 0.67 + park + 14.85, disc=DISC)
    scan = make_pdf(["ALDRIC PARKING GARAGE  LEVEL 2", "Entry  %s 08:12" % vd.strftime("%m/%d/%Y"),
                     "Exit   %s 14:31" % vd.strftime("%m/%d/%Y"), "Amount paid: $%d.00   VISA ****" % park,
                     "", "Receipt for: %s %s  (reimbursement, visit 7)" % (f, l)], "receipt scan")
    m = build(who(S.jasmine), who(S.gloria), "reimbursement - %s %s" % (f, l), body, d,
              atts=[(scan, "application", "pdf", "receipts_%s.pdf" % l.lower())])
    save(m, "phi", "care", "%s %s" % (f, l))

def care_6():
    f, l, g = person("M")
    d = rdate(40, 500)
    body = """Dana,

Can we move Mr. {l}'s visit from Tuesday up to Friday morning? His wife called the after-hours line last night \
-- says his ankles are puffy again and he's had to sleep sitting up in the recliner two nights running. He's \
not short of breath at rest per her. I'd like to see him in person, get weights, labs (BMP + BNP from the local \
lab, not central) and an unscheduled ECG.

If Friday doesn't work for them, please tell them to go to urgent care instead of waiting.

RM

Sent from my iPhone""".format(l=l)
    m = build("Rajiv Menon <%s>" % addr(S.menon), who(S.dana), "%s - move up visit" % l, body, d)
    save(m, "phi", "care", "%s %s" % (f, l))

def care_7():
    f, l, g = person("F")
    a = address()
    d = rdate(40, 500)
    vd = d + timedelta(days=random.randint(2, 6))
    body = """CareRoute Mobile Nursing - Visit Confirmation

Confirmation #: CR-{cn}
Client site: Tamsin Ridge Clinical Research (acct 20117)
Protocol: {prot}  /  Visit: Week 20 home visit

Participant: {f} {l}
Address: {a0}, {a1}, {a2} {a3}
Contact: {ph}
Scheduled: {vd} 09:00 - 10:00
Nurse: Colleen Hart, RN

Tasks requested:
  [x] Vital signs + weight
  [x] Blood draw (central lab kit #{kit} - shipped to nurse)
  [x] Collect completed paper diary, drop off new diary
  [ ] Study drug administration
  [x] Notes: gate code 4471#, dog in back yard, please call from driveway

Reply to this message or call dispatch at (877) 555-0162 to change or cancel.
""".format(cn=random.randint(100000, 999999), prot=PROT_KNEE, f=f, l=l, a0=a[0], a1=a[1], a2=a[2], a3=a[3],
           ph=phone(), vd=vd.strftime("%a %m/%d/%Y"), kit=random.randint(7000000, 7999999))
    m = build(HOMENURSE, who(S.kevin), "Visit Confirmed: %s %s %s" % (f, l, vd.strftime("%m/%d")), body, d,
              html=True, headers=[("X-Auto-Response-Suppress", "All")])
    save(m, "phi", "care", "%s %s" % (f, l))

def care_8():
    f, l, g = person("M")
    a = address()
    d = rdate(40, 500)
    trk = "1Z%s%010d" % ("".join(random.choice("0123456789ABCDEFGHJK") for _ in range(6)), random.randint(0, 9999999999))
    orig_d = before(d, 200, 2000)
    orig = """Bryce, our {f} {l} ({prot}) ran through his sensor supply early -- the last two came off in the shower \
before day 10. He has 1 left. Can Ardentis ship 4 replacement sensors + the extra overpatches directly to his home \
so he isn't without one over the weekend? Address on file:
{a0}
{a1}, {a2} {a3}

Kevin""".format(f=f, l=l, prot=PROT_CGM, a0=a[0], a1=a[1], a2=a[2], a3=a[3])
    body = """Hi Kevin,

Shipped today, 2-day. UPS {trk}. Box has 4 sensors (lot on packing slip), 10 overpatches and a skin-prep wipe \
sample -- tell him to use the wipe and let it dry fully before applying, that usually fixes the shower issue.

Please log the early removals as device deficiencies in the EDC when you get a chance.

Bryce Halvorsen
Clinical Specialist, Ardentis Medical
(651) 555-0128

{on}
{q}
""".format(trk=trk, on=on_line(orig_d, "Kevin Tran <%s>" % addr(S.kevin), 3), q=quote(orig))
    m = build(DEV_SPEC, who(S.kevin), "RE: replacement sensors", body, d, cc=addr(S.dana))
    save(m, "phi", "care", "%s %s" % (f, l))

# ====================================================================== PHI: ids
def ids_1():
    d = rdate(40, 500)
    sid = "301-014-%04d" % random.randint(1, 80)
    bd = dob(1944, 1962)
    v3 = before(d, 1440 * 20, 1440 * 60)
    body = """Hi Dana,

A few open items from my remote SDV this morning, subject {sid} (DOB {dob}):

1. V3 ({v3}) - seated vitals are blank in the EDC but the source worksheet shows BP 142/88, HR 71. Please enter.
2. V3 - concomitant med log lists "furosemide 40 mg" starting 2 weeks before V3 but there is no matching entry \
in the CM page. If the dose changed please add an end date to the old entry.
3. ECG tracing from V3 is not in the shadow chart. Please upload the signed copy to the portal.
4. Query 88213 (weight discrepancy 84.1 vs 81.4 kg) is still open -- is this a transcription error?

Could you address by Friday? I'm planning my on-site for the week of the 20th.

Best,
{cra}

{disc}
""".format(sid=sid, dob=bd.strftime("%d-%b-%Y").upper(), v3=v3.strftime("%d%b%Y").upper(), cra=CRA_SIG, disc=DISC)
    m = build(CRA, who(S.dana), "%s SDV findings - Site 014 - %s" % (PROT_HF, sid), body, d, cc=addr(S.wen))
    save(m, "phi", "ids", "")

def ids_2():
    d = rdate(40, 500)
    mrn = "%08d" % random.randint(100000, 9999999)
    clm = "%010d" % random.randint(10 ** 9, 10 ** 10 - 1)
    svc = before(d, 1440 * 30, 1440 * 70)
    orig_d = before(d, 120, 3000)
    orig = """Gloria, we received a remittance on claim {clm} (MRN {mrn}, DOS {svc}) -- Medicare paid the echo \
(93306) and the CMP. Our coverage analysis flags both as sponsor-paid for {prot} Visit 5. Can you confirm so we can \
void and refund?

Thanks,
Denise Kowal
Research Billing Analyst, St. Aldric Medical Center
(614) 555-0176""".format(clm=clm, mrn=mrn, svc=svc.strftime("%m/%d/%Y"), prot=PROT_HF)
    body = """Denise -- confirmed. Per the CTA Exhibit B both the echo and CMP at V5 are sponsor-billable, so they \
should never have gone to Medicare. Please void and refund; we'll invoice Veridane. The ECG on that DOS is SOC \
and was correctly billed with the Q1 modifier, so leave that line.

Also for that same account, the 3 units of IV infusion on the next date look like they went out without the \
NCT number on the claim -- can you double-check?

Gloria Pettiford
Research Finance Manager | Tamsin Ridge Clinical Research

""" + orig_block("Denise Kowal <dkowal@staldricmc.org>", orig_d, "Gloria Pettiford", "claim %s - research charges?" % clm, orig)
    m = build(who(S.gloria), "Denise Kowal <dkowal@staldricmc.org>", "RE: claim %s - research charges?" % clm, body, d)
    save(m, "phi", "ids", "")

def ids_3():
    d = rdate(40, 500)
    mem = "XJH%09d" % random.randint(0, 999999999)
    pa = "PA-%s-%06d" % (d.strftime("%y"), random.randint(0, 999999))
    svc = d + timedelta(days=random.randint(5, 20))
    body = """Marcus,

Prior auth for the screening MRI came back DENIED again for member ID {mem} (Buckeye Horizon Health, group \
44120). Reference {pa}. The reviewer says "investigational -- not medically necessary." But the MRI is standard of \
care for her knee workup regardless of the study, it's in the ortho note.

Scheduled date is {svc} -- if we can't get it overturned we either need Ardentis to cover it (not in budget) or \
push the screening visit. Window closes 28 days after consent.

Can you pull the ortho note and the CA so I can send a peer-to-peer request today?

-Irina
""".format(mem=mem, pa=pa, svc=svc.strftime("%-m/%-d"))
    m = build(who(S.irina), who(S.marcus), "PA denial - %s" % mem[-4:], body, d, cc=addr(S.gloria))
    save(m, "phi", "ids", "")

def ids_4():
    d = rdate(40, 500)
    case = "VRD-SAE-%s-%04d" % (d.strftime("%Y"), random.randint(100, 999))
    sid = "014-%04d" % random.randint(1, 80)
    adm = before(d, 1440 * 4, 1440 * 9)
    dis = adm + timedelta(days=random.randint(2, 5))
    body = """Safety Case Follow-up Request

Case number: {case}
Protocol: {prot}   Site: 014 (Menon)
Subject: {sid}   Sex: M   Age: {age}
Event: hospitalization {a} - {b}, Aldric Medical Center
Reported term: "worsening shortness of breath"   Seriousness: hospitalization
Causality (investigator): not related   Action with study drug: interrupted

The following is required within 5 calendar days:
  - Discharge summary (redacted: remove name, address, MRN; retain subject ID)
  - Echo report from admission
  - Updated SAE form page 3 (outcome) signed by PI
  - Lab results: troponin, BNP, BMP from admission

Upload via the safety portal or fax to +1 (919) 555-0133. Do NOT reply with unredacted records.

Veridane Global Pharmacovigilance
pv-intake@veridanetx.com
""".format(case=case, prot=PROT_HF, sid=sid, age=random.randint(61, 82), a=adm.strftime("%d-%b-%Y"),
           b=dis.strftime("%d-%b-%Y"))
    m = build("Veridane Pharmacovigilance <pv-intake@veridanetx.com>", [addr(S.dana), addr(S.menon)],
              "ACTION REQUIRED: Follow-up %s" % case, body, d, headers=[("Importance", "high")])
    save(m, "phi", "ids", "")

def ids_5():
    d = rdate(40, 500)
    scr = "S-%04d" % random.randint(100, 400)
    ini = random.choice(["J-M", "R-T", "L-A", "K-D", "E-W"])
    by = random.randint(1950, 1985)
    cons = before(d, 1440 * 5, 1440 * 20)
    body = """Teresa,

Draft deviation for the IRB below -- can you review before I submit in the portal?

---
Protocol: {prot} (Meridale IRB #2023-1187)
Subject: screening # {scr}, initials {ini}, YOB {by}
Date of deviation: {cd}
Description: Subject was consented using ICF version 4.0 dated 12-Sep-2023. Version 5.0 (approved \
{apv}) was in effect. V5.0 adds the new risk language about injection-site reactions and the optional \
genetic sample. Screening labs were drawn the same day under the outdated consent.
Corrective action: Subject re-consented on v5.0 on {rc}; staff re-trained on ICF version control; \
superseded versions removed from the consent cabinet.
Impact on safety: none identified. Labs retained (subject agreed on re-consent).
---

Marisol
""".format(prot=PROT_ASTH, scr=scr, ini=ini, by=by, cd=cons.strftime("%d-%b-%Y"),
           apv=(cons - timedelta(days=12)).strftime("%d-%b-%Y"), rc=(cons + timedelta(days=3)).strftime("%d-%b-%Y"))
    m = build(who(S.marisol), who(S.teresa), "deviation draft - %s" % scr, body, d)
    save(m, "phi", "ids", "")

def ids_6():
    d = rdate(40, 500)
    acc = random.randint(70000000, 79999999)
    sid = "102-%04d" % random.randint(1, 99)
    bd = dob(1950, 1975)
    col = before(d, 600, 1800)
    body = """*** CENTRIX LABORATORIES - ALERT VALUE NOTIFICATION ***

This is an automated notification. Results meeting alert criteria have been released.

Study:        {prot}
Investigator: MENON, RAJIV (Site 014)
Subject:      {sid}
DOB / Sex:    {dob} / F
Visit:        WEEK 16
Accession:    {acc}
Collected:    {col}

  TEST                RESULT    UNITS     REF RANGE      FLAG
  Potassium           6.1       mmol/L    3.5 - 5.1      HH
  Creatinine          1.92      mg/dL     0.57 - 1.00    H
  eGFR (CKD-EPI)      27        mL/min    >59            L

Specimen comment: no visible hemolysis.

Please acknowledge receipt in the Centrix Investigator Portal within 24 hours.
Centrix Client Services +1 (800) 555-0119 | do not reply to this message
""".format(prot=PROT_HF, sid=sid, dob=bd.strftime("%d-%b-%Y").upper(), acc=acc,
           col=col.strftime("%d-%b-%Y %H:%M"))
    m = build("Centrix Alerts <no-reply@centrixlabs.com>", [addr(S.menon), addr(S.dana)],
              "ALERT VALUE - %s - Subj %s - Acc %d" % (PROT_HF, sid, acc), body, d)
    save(m, "phi", "ids", "")

def ids_7():
    d = rdate(40, 500)
    acct = "PTC-%08d" % random.randint(0, 99999999)
    last4 = random.randint(1000, 9999)
    bd = dob(1960, 1992)
    tk = random.randint(300000, 399999)
    orig_d = before(d, 300, 2000)
    orig = """Hello, I'm writing about participant account {acct}, card ending {l4}, participant DOB {dob}. The \
payments for her screening visit and her first infusion visit were approved on our end but never posted to the \
card. She's called us twice. Can you check?

Gloria Pettiford, Tamsin Ridge Clinical Research""".format(acct=acct, l4=last4, dob=bd.strftime("%m/%d/%Y"))
    body = """Hello Gloria,

Thank you for contacting PayTrial Support. Your ticket number is #{tk}.

We've reviewed account {acct}. Both payments ($75.00 Screening, $150.00 Visit 2 / Infusion) were held because \
the participant's W-9 information does not match the name on the card registration. Once the participant \
re-verifies her identity in the PayTrial app (or calls 1-855-555-0150), the funds will release within 1 business day.

Kind regards,
Renata
PayTrial Participant Payments

--- Original message ---
{orig}
""".format(tk=tk, acct=acct, orig=orig)
    m = build(PAYTRIAL, who(S.gloria), "[#%d] Payments not posted - %s" % (tk, acct), body, d)
    save(m, "phi", "ids", "")

def ids_8():
    d = rdate(40, 500)
    mrn = "%04d-%04d-%d" % (random.randint(1000, 9999), random.randint(0, 9999), random.randint(0, 9))
    ssn4 = "%04d" % random.randint(0, 9999)
    bd = dob(1940, 1958)
    body = """To: Health Information Management, Riverbend Cardiology Associates
Fax: (614) 555-0181

Please release the following records for a patient who has signed an authorization (attached) to \
participate in a research study at our site. We need these to confirm eligibility.

Patient MRN (your system): {mrn}
DOB: {dob}
SSN (last 4): {ssn}

Records requested:
  - Office notes, cardiology, 01/2022 to present
  - All echocardiogram reports
  - Most recent lipid panel and BMP
  - Medication list

Please fax to {fax} Attn: Dana Whitcombe, or reply securely to this email.

Thank you,
{sg}
""".format(mrn=mrn, dob=bd.strftime("%m/%d/%Y"), ssn=ssn4, fax=SITE_FAX, sg=sig(S.nadia, 0))
    auth = make_pdf(["AUTHORIZATION TO RELEASE HEALTH INFORMATION", "",
                     "Riverbend Cardiology MRN: %s     DOB: %s" % (mrn, bd.strftime("%m/%d/%Y")),
                     "I authorize Riverbend Cardiology Associates to release my records to",
                     "Tamsin Ridge Clinical Research for the purpose of research eligibility review.",
                     "Expires: one year from signature.", "", "Signature: ______________ (signed)   Date: %s"
                     % before(d, 1440, 4000).strftime("%m/%d/%Y")], "authorization")
    m = build(who(S.nadia), "Riverbend HIM <him-requests@riverbendcardio.com>", "Records request - MRN %s" % mrn,
              body, d, atts=[(auth, "application", "pdf", "signed_authorization.pdf")])
    save(m, "phi", "ids", "")

# ====================================================================== PHI: lang
def lang_1():  # Spanish
    d = rdate(40, 500)
    q = before(d, 90, 900)
    ph = phone()
    orig = """Buenas tardes Marisol,

Le escribo de parte de mi esposo Ignacio Quintero. Desde que empezó con las pastillas nuevas del estudio (las de \
la caja blanca) se ha sentido mareado cuando se levanta en la mañana, dos veces casi se cae en el baño. Ayer le \
tomé la presión con la maquinita que nos dieron y salió 98/60. ¿Debe seguir tomándolas? No queremos salir del \
estudio pero me preocupa.

También quería preguntarle si podemos cambiar la cita del jueves para la tarde porque mi hija es la que maneja y \
trabaja en la mañana.

Muchas gracias,
Graciela Quintero
{ph}""".format(ph=ph)
    body = """Hola Sra. Graciela,

Gracias por avisarme. Ya hablé con el Dr. Menon: por favor que Ignacio NO tome la pastilla del estudio mañana y \
que siga con sus otras medicinas como siempre. Queremos verlo antes, ¿pueden venir mañana a las 2:00 pm? Si se \
siente peor, si se desmaya o tiene dolor de pecho, vayan a emergencias o llamen al 911.

Sí podemos cambiar la cita del jueves para la tarde, se la dejo a la 1:30.

Saludos,
Marisol Ybarra
Coordinadora de Investigación Clínica
Tamsin Ridge Clinical Research | {main}

{on}
{q}
""".format(main=SITE_MAIN, on=on_line(q, "Graciela Quintero <gquintero61@correoplus.net>", 1), q=quote(orig))
    m = build(who(S.marisol), "Graciela Quintero <gquintero61@correoplus.net>", "Re: mareos de Ignacio", body, d,
              cc=addr(S.menon), html=True)
    save(m, "phi", "lang", "Ignacio Quintero")

def lang_2():  # Vietnamese
    d = rdate(40, 500)
    q = before(d, 60, 600)
    orig = """Chào anh Kevin,

Em là Minh, con trai của ông Nguyễn Văn Hùng (bệnh nhân trong nghiên cứu cảm biến đường huyết). Mấy đêm nay máy \
đo của bố em cứ báo động lúc 2-3 giờ sáng, số đo xuống 58, 61. Bố em dậy uống nước cam rồi ngủ lại được, nhưng cả \
nhà lo lắm. Bố em vẫn tiêm insulin buổi tối 22 đơn vị như bác sĩ dặn.

Anh hỏi giúp bác sĩ xem có cần giảm liều không? Thứ Năm này bố em có hẹn lúc 9 giờ sáng, em sẽ chở bố đến. Có cần \
mang theo máy đọc không ạ?

Cảm ơn anh nhiều.
Minh

Gửi từ iPhone của tôi"""
    body = """Chào Minh,

Anh đã báo bác sĩ Okafor rồi. Bác sĩ dặn tối nay giảm insulin buổi tối xuống 18 đơn vị, và nếu số đo dưới 54 hoặc \
bố em thấy run, vã mồ hôi mà uống nước cam không đỡ thì gọi ngay số trực 24 giờ (614) 555-0199.

Thứ Năm nhớ mang theo máy đọc, cuốn nhật ký và tất cả các lọ thuốc nhé. Bố không cần nhịn ăn.

Anh Kevin
Tamsin Ridge Clinical Research

{on}
{q}
""".format(on=on_line(q, "Minh Nguyen <minh.nguyen.hvn@vnmailbox.net>", 0), q=quote(orig))
    m = build(who(S.kevin), "Minh Nguyen <minh.nguyen.hvn@vnmailbox.net>", "Re: Bố em - máy đo báo động ban đêm",
              body, d, cc=addr(S.okafor))
    save(m, "phi", "lang", "Nguyễn Văn Hùng")

def lang_3():  # Chinese, forwarded with short English note
    d = rdate(40, 500)
    q = before(d, 30, 300)
    ph = phone()
    orig = """李老师您好：

我是王秀英，上周二在你们那里打了膝盖的试验针（LMN-07研究）。打完以后右边膝盖有点肿，晚上疼得睡不好，走路也比以前\
慢。我吃了两片泰诺，好一点。请问这正常吗？需要回去给医生看一下吗？

另外，上次的交通费和停车费还没收到，卡里显示还是零。

下次复诊是不是3月18号上午十点？我女儿会陪我一起去，她可以帮忙翻译。

谢谢！
王秀英
电话：{ph}""".format(ph=ph)
    body = """Dr. Okafor - quick translation: Ms. Wang (LMN-07, injected last Tues) has R knee swelling, pain at \
night, took 2 Tylenol w/ some relief, asking if she should come in. Also asking about her missed reimbursement \
(I'll handle w/ Gloria). Can she come in tomorrow PM?

Wen

---------- Forwarded message ---------
From: 王秀英 <wangxiuying1957@hmail-cn.com>
Date: {qd}
Subject: 关于膝盖注射后的情况
To: Wen Li <{wl}>

{orig}
""".format(qd=q.strftime("%a, %b %-d, %Y at %-I:%M %p"), wl=addr(S.wen), orig=orig)
    m = build(who(S.wen), who(S.okafor), "Fwd: 关于膝盖注射后的情况", body, d, cc=addr(S.gloria))
    save(m, "phi", "lang", "王秀英 (Wang Xiuying)")

def lang_4():  # Russian
    d = rdate(40, 500)
    q = before(d, 60, 900)
    orig = """Ирина, добрый день!

Это Людмила Петрова. Хотела предупредить, что в пятницу не смогу прийти на укол — у меня с понедельника сильный \
кашель, температура 37,8, и одышка по ночам стала сильнее, пришлось два раза пользоваться ингалятором (синим). \
Участковый врач назначил мне азитромицин на 5 дней. Можно перенести визит на следующую неделю? Не нарушит ли это \
график исследования?

И ещё вопрос: можно ли принимать азитромицин вместе с исследуемым препаратом?

Спасибо,
Людмила

Отправлено с мобильного"""
    body = """Людмила, здравствуйте!

Спасибо, что сообщили. Визит можно перенести — окно по протоколу ±7 дней, записала вас на вторник на 10:00. \
Азитромицин принимать можно, я внесу его в список сопутствующих препаратов — пришлите, пожалуйста, фото упаковки. \
Если одышка усилится или температура поднимется выше 38,5 — обращайтесь в неотложку и обязательно позвоните нам.

Выздоравливайте!

Ирина Волкова
Координатор клинических исследований
Tamsin Ridge Clinical Research, {main}

{on}
{q}
""".format(main=SITE_MAIN, on=on_line(q, "Людмила Петрова <l.petrova58@inboxru.net>", 2), q=quote(orig))
    m = build(who(S.irina), "Людмила Петрова <l.petrova58@inboxru.net>", "Re: Перенос визита", body, d)
    save(m, "phi", "lang", "Людмила Петрова")

def lang_5():  # Haitian Creole
    d = rdate(40, 500)
    q = before(d, 120, 1500)
    ph = phone()
    orig = """Bonjou Fabiola,

Se Mackenson Pierre-Louis. Mwen te ale nan magazen an yè pou m achte manje epi kat PayTrial la pa t mache, yo di m \
pa gen kòb sou li. Ou te di m yo t ap mete $100 apre vizit mwen 12 fevriye a pou tès kè a (ekokadyogram nan). Èske \
w ka tcheke pou mwen?

Epitou, doktè a te di m pou m vini ankò nan 4 semèn pou yo pran san. Mwen pa gen machin kounye a, èske nou ka \
voye yon transpò pou mwen ankò?

Mèsi anpil,
Mackenson
{ph}""".format(ph=ph)
    body = """Bonjou Mackenson,

Mwen tcheke ak Gloria nan biwo finans lan. Peman an te bloke paske non ki sou kat la pa t menm ak non ki sou fòm \
W-9 la. Nou korije l, kòb la ap disponib nan 2 jou.

Pou transpò a, pa gen pwoblèm. M ap rezève RideWell pou ou pou vizit 12 mas la, y ap vin chèche w a 7è30 di \
maten. Pa manje anyen apre minwi anvan vizit sa a paske y ap pran san.

Fabiola Joseph
Navigatè Pasyan | Tamsin Ridge Clinical Research
{main}

{on}
{q}
""".format(main=SITE_MAIN, on=on_line(q, "Mackenson Pierre-Louis <mackpl@zapmail.net>", 0), q=quote(orig))
    m = build(who(S.fabiola), "Mackenson Pierre-Louis <mackpl@zapmail.net>", "Re: Kat peman an pa mache", body, d,
              cc=addr(S.gloria))
    save(m, "phi", "lang", "Mackenson Pierre-Louis")

def lang_6():  # Tagalog / Taglish
    d = rdate(40, 500)
    q = before(d, 45, 500)
    orig = """Hi Ms. Jasmine,

Si Cherry po ito, anak ni Leticia Dimaculangan. Pasensya na po sa abala. Yung app po para sa migraine diary ni \
Nanay hindi na po nagbubukas simula noong Sabado, kaya sa papel na lang po niya sinusulat. Tatlong beses po siyang \
inatake ng sakit ng ulo ngayong linggo, yung isa po sobrang lala, nagsuka pa siya at hindi nakapasok sa trabaho. \
Uminom po siya ng study tablet sa loob ng isang oras gaya ng sabi ninyo.

Okay lang po ba na papel muna? Dadalhin po namin sa visit sa Huwebes.

Salamat po!
Cherry"""
    body = """Hi Cherry!

Okay lang po yung papel, pakidala na lang sa Huwebes kasama yung box ng tablets. I-reset natin yung app pagdating \
niyo, baka kailangan lang i-update. Pakisabi kay Nanay na kung lalong lumala yung sakit ng ulo, o kung may \
panghihina ng braso o mukha, o hirap magsalita, dumiretso na sa ER at tawagan kami.

Ingat kayo!
Jasmine

Jasmine Ocampo, LPN
Research Nurse, Tamsin Ridge Clinical Research

{on}
{q}
""".format(on=on_line(q, "Cherry D. <cherryd.rn2@mailbox-quick.net>", 1), q=quote(orig))
    m = build(who(S.jasmine), "Cherry D. <cherryd.rn2@mailbox-quick.net>", "Re: migraine diary ni Nanay", body, d)
    save(m, "phi", "lang", "Leticia Dimaculangan")

def lang_7():  # Arabic
    d = rdate(40, 500)
    q = before(d, 60, 800)
    orig = """السلام عليكم أخت نادية،

أنا يوسف، ابن محمود الخطيب المشارك في دراسة القلب. والدي يسأل عن موعده القادم، هل هو يوم الاثنين الساعة التاسعة \
صباحاً؟ وهل يجب أن يكون صائماً قبل التحليل؟

أيضاً منذ أسبوع تقريباً يشعر بتعب وتورّم خفيف في القدمين في المساء، ووزنه زاد حوالي كيلوغرامين. هو يأخذ الدواء \
بانتظام كل صباح.

هل يمكن توفير مترجم عربي في الزيارة؟ أنا لا أستطيع الحضور هذه المرة بسبب العمل.

شكراً جزيلاً،
يوسف الخطيب"""
    body = """وعليكم السلام يوسف،

نعم، الموعد يوم الاثنين الساعة ٩ صباحاً، ويجب أن يكون صائماً من منتصف الليل (الماء مسموح). سأكون موجودة بنفسي \
للترجمة، فلا داعي للقلق.

بخصوص التورّم وزيادة الوزن، أبلغت الدكتور مينون وسيتصل بوالدك اليوم بعد الظهر. إذا شعر بضيق في التنفس فليتوجه إلى \
الطوارئ فوراً.

مع التحية،
نادية حداد
Research Assistant, Tamsin Ridge Clinical Research

{on}
{q}
""".format(on=on_line(q, "Yousef Alkhatib <y.alkhatib@desertmail.net>", 0), q=quote(orig))
    m = build(who(S.nadia), "Yousef Alkhatib <y.alkhatib@desertmail.net>", "Re: موعد والدي محمود الخطيب", body, d,
              cc=addr(S.menon))
    save(m, "phi", "lang", "محمود الخطيب (Mahmoud Al-Khatib)")

def lang_8():  # Portuguese
    d = rdate(40, 500)
    q = before(d, 60, 700)
    orig = """Oi Beatriz, tudo bem?

Aqui é o Rogério Tavares, do estudo do joelho. Desde a aplicação de quinta o joelho direito ficou inchado e um \
pouco quente, hoje acordei com dificuldade de dobrar. Não tive febre. Coloquei gelo como vocês falaram. Preciso ir \
aí antes da consulta de revisão?

Outra coisa, minha esposa não vai poder me levar na próxima visita, vocês ainda oferecem o transporte?

Abraço,
Rogério

Enviado do meu celular"""
    body = """Oi Rogério!

Obrigada por avisar. Falei com a Dra. Okafor e ela quer te ver amanhã às 11h para examinar o joelho — pode ser \
que ela faça uma punção para tirar um pouco do líquido. Continue com o gelo e evite subir escadas hoje. Se aparecer \
febre ou uma vermelhidão que vai espalhando, vá direto ao pronto-socorro e me ligue.

Sobre o transporte: sim! Já agendei com a RideWell, eles te buscam às 10h amanhã.

Abraço,
Bia

Beatriz Moura | Coordenadora de Pesquisa Clínica
Tamsin Ridge Clinical Research

{on}
{q}
""".format(on=on_line(q, "Rogério Tavares <rogerio.tavares@brmail.net>", 2), q=quote(orig))
    m = build(who(S.bia), "Rogério Tavares <rogerio.tavares@brmail.net>", "Re: inchaço no joelho depois da aplicação",
              body, d, cc=addr(S.okafor), html=True)
    save(m, "phi", "lang", "Rogério Tavares")

# ====================================================================== PHI: lists
def lists_1():  # pipe table schedule
    d = rdate(40, 500)
    monday = d + timedelta(days=(7 - d.weekday()) % 7 or 7)
    rows = []
    names = []
    studies = [(PROT_HF, ["V4", "V5", "V6 (PK)", "Unsched", "EOT"]), (PROT_CGM, ["Insert", "Wk 2", "Wk 6", "Explant"]),
               (PROT_ASTH, ["Inj 3", "Inj 4", "Wk 24 spiro"]), (PROT_MIG, ["Screen", "Rand", "Mo 1"])]
    staff = ["DW", "MY", "KT", "IV", "BM", "JO"]
    for i in range(9):
        p = person()
        names.append("%s %s" % (p[0], p[1]))
        st, vs = random.choice(studies)
        day = monday + timedelta(days=random.randint(0, 4))
        rows.append((day, random.choice(["08:00", "08:30", "09:00", "10:30", "11:00", "13:00", "14:30"]),
                     "%s, %s" % (p[1], p[0]), st, random.choice(vs),
                     random.choice(["fasting", "needs ride", "bring diary", "ECG + labs", "Spanish interp", "", "", "PK x4",
                                    "spouse accompanies", "late start ok"]), random.choice(staff)))
    rows.sort(key=lambda r: (r[0], r[1]))
    lines = ["Day       | Time  | Subject               | Study   | Visit        | Notes             | CRC",
             "----------|-------|-----------------------|---------|--------------|-------------------|----"]
    for r in rows:
        lines.append("%-9s | %s | %-21s | %-7s | %-12s | %-17s | %s" % (r[0].strftime("%a %-m/%-d"), r[1], r[2], r[3], r[4], r[5], r[6]))
    body = """Team,

Here's next week. Two things: the infusion room is booked Tues AM for the {a} inj visits so don't put anything else \
in there; and Priyanka is on site Wed 9-4 in the small conf room -- please have your binders out.

{tbl}

Let me know about conflicts by Friday noon.

{sg}
""".format(a=PROT_ASTH, tbl="\n".join(lines), sg=sig(S.dana, 1))
    m = build(who(S.dana), "TRCR Coordinators <crc-team@%s>" % SITE, "Visit schedule wk of %s" % monday.strftime("%-m/%-d"),
              body, d, cc=[addr(S.menon), addr(S.okafor)])
    save(m, "phi", "lists", "; ".join(names))

def lists_2():  # prescreen CSV
    d = rdate(40, 500)
    hdr = ["Last", "First", "MRN", "DOB", "Phone", "HA days/mo (last note)", "Current preventive", "Failed preventives",
           "Last neuro visit", "Comment"]
    rows = [hdr]
    names = []
    prevs = ["topiramate 50 bid", "propranolol 80", "none", "amitriptyline 25 qhs", "erenumab", "Botox q12wk", "none"]
    for i in range(random.randint(10, 13)):
        p = person("F" if random.random() < .75 else "M")
        names.append("%s %s" % (p[0], p[1]))
        rows.append([p[1], p[0], "%08d" % random.randint(1000000, 9999999), dob(1968, 2002).strftime("%m/%d/%Y"), phone(),
                     random.choice([4, 6, 8, 9, 10, 12, 15, 18, 22]), random.choice(prevs),
                     random.randint(0, 4), rdate(0, 300).strftime("%m/%d/%Y"),
                     random.choice(["", "", "pregnant? check", "on Botox - exclusion", "good candidate", "Spanish only",
                                    "prior study 2022", "daily opioid - excl"])])
    body = """Dr. Menon,

Attached is this month's EMR query for {p} prescreening (episodic migraine, 4-14 HA days, <=2 prior preventive \
failures). {n} hits after I removed people already contacted. Can you mark OK-to-contact in the last column and send \
back? I'd like to start calls Monday.

Marcus
""".format(p=PROT_MIG, n=len(rows) - 1)
    m = build(who(S.marcus), who(S.menon), "%s prescreen list - %s" % (PROT_MIG, d.strftime("%B")), body, d,
              atts=[(csv_text(rows), "text", "csv", "NXM22_prescreen_%s.csv" % d.strftime("%Y%m"))])
    save(m, "phi", "lists", "; ".join(names))

def lists_3():  # stipend XLSX
    d = rdate(40, 500)
    rows = [["Participant", "Study", "Visit", "Visit date", "Stipend", "Travel", "Card last 4", "Approved by"]]
    names = []
    tot = 0
    for i in range(random.randint(11, 16)):
        p = person()
        names.append("%s %s" % (p[0], p[1]))
        st = random.choice([PROT_HF, PROT_CGM, PROT_ASTH, PROT_KNEE, PROT_MIG])
        stip = random.choice([50, 75, 100, 125, 150])
        trav = random.choice([0, 0, 18.76, 32.16, 44.22, 61.64])
        tot += stip + trav
        rows.append(["%s, %s" % (p[1], p[0]), st, random.choice(["Scr", "V2", "V3", "V4", "Wk12", "Wk24", "EOS"]),
                     before(d, 1440 * 2, 1440 * 30).strftime("%m/%d/%Y"), stip, trav, "%04d" % random.randint(0, 9999),
                     random.choice(["GP", "GP", "SK"])])
    body = """Hi Renata,

Attached is our batch for this cycle, {n} payments totalling ${t:,.2f}. Two of them (rows 4 and 9) are re-sends \
from last cycle that bounced. Please confirm when loaded.

Thanks,
Gloria

Gloria Pettiford
Research Finance Manager | Tamsin Ridge Clinical Research
P {main} x231

{disc}
""".format(n=len(rows) - 1, t=tot, main=SITE_MAIN, disc=DISC2)
    m = build(who(S.gloria), PAYTRIAL, "Payment batch %s - TRCR" % d.strftime("%Y-%m-%d"), body, d,
              atts=[(make_xlsx(rows, "Batch"), "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                     "TRCR_stipends_%s.xlsx" % d.strftime("%Y%m%d"))])
    save(m, "phi", "lists", "; ".join(names))

def lists_4():  # Name - DOB - reason
    d = rdate(40, 500)
    lines = []
    names = []
    reasons = ["due V6 next week", "consented v3.0, never reconsented on v4.0", "LAR signs (daughter)",
               "needs Spanish short form + witness", "phone reconsent OK per IRB then sign at V7", "due Wk 24",
               "hearing impaired - use large print"]
    for i in range(random.randint(6, 8)):
        p = person()
        names.append("%s %s" % (p[0], p[1]))
        lines.append("%s %s - %s - %s" % (p[0], p[1], dob(1940, 1975).strftime("%m/%d/%Y"), random.choice(reasons)))
    body = """All,

Meridale approved ICF v5.0 for {p} yesterday (new hepatic monitoring language). Everyone currently on treatment \
needs to be re-consented at their NEXT visit, no later than 30 days out. Stamped copies are in the reg folder. \
Please shred any v4.0 copies you have in your visit packets.

Active subjects:
{ls}

Mark the date in the reconsent tracker once done.

Teresa Vallejo
Regulatory Specialist
{site} | {main} x244
""".format(p=PROT_HF, ls="\n".join(lines), site=SITE_NAME, main=SITE_MAIN)
    m = build(who(S.teresa), [addr(S.dana), addr(S.marisol), addr(S.kevin)], "%s ICF v5.0 - reconsent list" % PROT_HF,
              body, d, cc=addr(S.menon))
    save(m, "phi", "lists", "; ".join(names))

def lists_5():  # tab-pasted AE log
    d = rdate(40, 500)
    terms = [("injection site redness", "1", "N", "Possible"), ("headache", "1", "N", "Unlikely"),
             ("URI", "2", "N", "Not related"), ("fall - bruised hip", "2", "N", "Not related"),
             ("hyperkalemia K 5.9", "2", "N", "Possible"), ("dizziness on standing", "1", "N", "Possible"),
             ("pneumonia - admitted", "3", "Y", "Not related"), ("nausea", "1", "N", "Probable"),
             ("rash L forearm", "1", "N", "Possible"), ("UTI", "2", "N", "Not related")]
    lines = ["Subject\tName\tStudy\tAE term\tOnset\tGrade\tSAE\tPI causality"]
    names = []
    for i in range(random.randint(6, 8)):
        p = person()
        names.append("%s %s" % (p[0], p[1]))
        t = random.choice(terms)
        lines.append("%03d-%04d\t%s %s\t%s\t%s\t%s\t%s\t%s\t%s" % (random.choice([14, 102, 118]), random.randint(1, 90),
                     p[0], p[1], random.choice([PROT_HF, PROT_ASTH, PROT_KNEE]), t[0],
                     before(d, 1440 * 2, 1440 * 40).strftime("%m/%d/%y"), t[1], t[2], ""))
    body = """Dr. M -- these are the AEs sitting without your causality assessment. Pasted from the tracker, last \
column is blank for you. Priyanka's visit is Wed so I'd love to have them signed by Tues.

{tb}

The pneumonia one is already reported as an SAE, just needs your sign-off on the follow-up page.

Dana""".format(tb="\n".join(lines))
    m = build(who(S.dana), who(S.menon), "AEs pending your assessment", body, d, html=True)
    save(m, "phi", "lists", "; ".join(names))

def lists_6():  # aligned ride list
    d = rdate(40, 500)
    nxt = d + timedelta(days=(7 - d.weekday()) % 7 or 7)
    lines = ["DATE   PICKUP  RIDER                 PHONE           FROM                              RETURN  NOTES",
             "-----  ------  --------------------  --------------  --------------------------------  ------  ----------------"]
    names = []
    for i in range(random.randint(5, 7)):
        p = person()
        names.append("%s %s" % (p[0], p[1]))
        a = address()
        lines.append("%-5s  %-6s  %-20s  %-14s  %-32s  %-6s  %s" % (
            (nxt + timedelta(days=random.randint(0, 4))).strftime("%m/%d"), random.choice(["06:45", "07:15", "08:00", "09:30", "12:00"]),
            "%s %s" % (p[0], p[1]), phone(), ("%s, %s" % (a[0], a[1]))[:32], random.choice(["12:30", "13:00", "call", "15:00"]),
            random.choice(["wheelchair", "walker", "", "oxygen tank", "", "escort rides", "Spanish"])))
    body = """Hi, standing rides for next week below. Same account as always (TRCR-0441). Please send confirmations \
to me and copy trcr-frontdesk@{s}.

{tb}

Thank you,
Marisol Ybarra, CCRP
{s2}
""".format(s=SITE, tb="\n".join(lines), s2=SITE_NAME)
    m = build(who(S.marisol), RIDE, "Rides week of %s" % nxt.strftime("%-m/%-d"), body, d)
    save(m, "phi", "lists", "; ".join(names))

def lists_7():  # dashes list in forwarded thread
    d = rdate(40, 500)
    q = before(d, 120, 2000)
    names = []
    lines = []
    for i in range(random.randint(5, 7)):
        p = person()
        names.append("%s %s" % (p[0], p[1]))
        st = random.choice([PROT_HF, PROT_CGM, PROT_ASTH, PROT_MIG])
        lines.append("- %s %s (%s) - missed %s on %s - %s" % (p[0], p[1], st, random.choice(["V5", "V6", "Wk 8", "Mo 3", "inj 5"]),
                     before(q, 1440, 1440 * 25).strftime("%-m/%-d"), random.choice(["left 2 VMs", "said car broke down",
                     "daughter says he's in rehab after hip surgery", "no answer, mailbox full", "rescheduled then no-show again",
                     "moving to Tampa, may withdraw", "work conflict, wants evenings"])))
    orig = """Shauna,

No-shows/missed visits for last month, as requested:

{ls}

Total {n} missed visits across 4 studies. Retention is hurting us on {hf} especially.

Dana""".format(ls="\n".join(lines), n=len(lines), hf=PROT_HF)
    body = """Marcus - can you take retention calls for these this week? Use the script, offer rides/evening slots, \
and let Dana know who's likely to withdraw. Thanks. -S

""" + fwd_block(who(S.dana), q, "Shauna Kilbride <%s>" % addr(S.shauna), "missed visits - last month", orig)
    m = build("Shauna Kilbride <%s>" % addr(S.shauna), who(S.marcus), "Fwd: missed visits - last month", body, d,
              cc=addr(S.dana))
    save(m, "phi", "lists", "; ".join(names))

# ====================================================================== PHI: names
def names_1():
    f, l, g = person("F")
    d = rdate(40, 500)
    qtc = random.randint(476, 492)
    body = """Dana,

Looked at Mrs. {l}'s V2 ECG. Machine read QTc {q} (Fridericia) -- it was 441 at screening. She's also on the \
citalopram her PCP started in between visits, which I don't think we knew about. Hold study drug, repeat triplicate \
ECG in 48-72h, and get a K and Mg. Please ask her to bring the citalopram bottle.

I'll call her this afternoon myself to explain. She was anxious last time so let's not make it sound like an \
emergency.

Raj

{sg}
""".format(l=l, q=qtc, sg=sig(S.menon, 3))
    m = build(who(S.menon), who(S.dana), "V2 ECG", body, d, html=True)
    save(m, "phi", "names", "%s %s" % (f, l))

def names_2():
    f, l, g = person("M")
    d = rdate(40, 500)
    body = """Looked at the last 7 days from the cloud portal. 3 nights in a row < 60 between 2 and 4 am, lowest 49 \
Tues. Daytime is fine. He's still taking the full 30u of glargine at bedtime even though we talked about 26 at the \
last visit -- I think the change didn't stick. Can someone call him today and walk through it again, and ask if he's \
been skipping dinner (he mentioned new shifts at the warehouse).

Not a device issue as far as I can tell, sensor accuracy vs fingersticks looks good.

LO
"""
    m = build(who(S.okafor), [addr(S.kevin)], "%s %s" % (f, l), body, d, cc=addr(S.dana))
    save(m, "phi", "names", "%s %s" % (f, l))

def names_3():
    f, l = random.choice([("Chidi", "Okonkwo"), ("Tobias", "Renwick"), ("Adaeze", "Okonkwo")])
    d = rdate(40, 500)
    q = before(d, 60, 1200)
    egfr = random.randint(31, 39)
    orig = """Hi Priyanka / Dr. Marchetti,

Eligibility question before we randomize:

{l}, {f} - screening labs: eGFR {e} (central), UACR 410. Inclusion 6 requires eGFR >= 40. His local lab from 2 \
weeks ago was 43. Is a repeat central draw within the screening window allowed, or is this a screen fail?

Thanks,
Dana""".format(l=l, f=f, e=egfr)
    body = """Dana,

Per protocol section 5.1 only one repeat of screening labs is permitted, and only for values "within 10% of the \
threshold." {e} is more than 10% below 40 so it's a screen fail. He can be rescreened once after 8 weeks if his \
nephrologist adjusts therapy -- please document in the screening log.

Elena Marchetti, MD
Medical Monitor, Quillstone CRO

{fw}
""".format(e=egfr, fw=orig_block(who(S.dana), q, "%s; %s" % (CRA, MED_MON), "Eligibility - eGFR", orig))
    m = build(MED_MON, who(S.dana), "RE: Eligibility - eGFR", body, d, cc=CRA)
    save(m, "phi", "names", "%s %s" % (f, l))

def names_4():
    d = rdate(40, 500)
    l = random.choice(LAST)
    body = """Hi all,

Heads up that Miss Dot is in Thursday at 10 for her 18-month visit, and Thursday is also her 81st birthday -- \
Jasmine is bringing a cupcake. :)

On a less fun note, her daughter pulled me aside last time and said Dot's been forgetting her morning pill a few \
times a week and got lost driving home from church. Pill count at last visit was 71% compliant. Dr. Menon wants to \
do the MoCA again at this visit and talk with the daughter about whether she should be the one handling the \
bottles. Please make sure the daughter's in the room for that part.

Also please use the big-print diary for her.

Marisol
"""
    m = build(who(S.marisol), "TRCR Coordinators <crc-team@%s>" % SITE, "Thursday - Miss Dot", body, d)
    save(m, "phi", "names", "Dorothy (\"Miss Dot\")")

def names_5():
    d = rdate(40, 500)
    f = random.choice(["Priya", "Colleen", "Tamika", "Janelle"])
    body = """{f} called at 4:40, still nauseous since the dose went up to 2 tabs, threw up twice today, keeping \
fluids down. told her to hold tonight's dose and call us in the AM. pls call her back first thing and loop in Dr O \
re: dose reduction. number is in the chart.

-kt""".format(f=f)
    m = build(who(S.kevin), [addr(S.irina), addr(S.okafor)], "call back - %s" % f, body, d)
    save(m, "phi", "names", f)

def names_6():
    d = rdate(40, 500)
    p = person("M")
    q1 = before(d, 60, 600)
    q2 = before(q1, 120, 1500)
    q3 = before(q2, 300, 2500)
    deep = """Priyanka,

Confirming the SAE for {f} {l} was reported in the safety portal within 24h. He was admitted to Aldric {ad} with \
chest pain, cath showed a 90% LAD lesion, got a stent and went home 2 days later on clopidogrel. Study drug was \
held during the admission and restarted by Dr. Menon on {rs}. Discharge summary is in the shadow chart (name \
redacted copy uploaded).

Dana""".format(f=p[0], l=p[1], ad=(q3 - timedelta(days=18)).strftime("%-m/%-d"),
               rs=(q3 - timedelta(days=11)).strftime("%-m/%-d"))
    mid = """Thanks Dana. I'll review source for that one when I'm on site. Can we also look at the temp excursion \
from the IP fridge? -P

{on}
{q}""".format(on=on_line(q3, "Dana Whitcombe <%s>" % addr(S.dana), 1), q=quote(deep))
    mid2 = """Yes, both. Do you still need the small conf room both days or just Wednesday?

{on}
{q}""".format(on=on_line(q2, CRA, 0), q=quote(mid))
    body = """Just Wednesday now -- Thursday I'll do remote. I'll need EDC access on the room laptop and the \
reg binder for the delegation log. Arriving ~9.

{cs}

{on}
{q}
""".format(cs=CRA_SIG, on=on_line(q1, "Dana Whitcombe <%s>" % addr(S.dana), 0), q=quote(mid2))
    m = build(CRA, who(S.dana), "RE: monitoring visit logistics", body, d)
    save(m, "phi", "names", "%s %s" % p[:2])

def names_7():
    p = person("M")
    d = rdate(40, 500)
    body = """Hi Dr. Marchetti,

Quick one on Mr. {l} (screening for {pr}). His outside records show an episode of acute pancreatitis in \
2019, gallstone-related, resolved after cholecystectomy. No recurrence, lipase normal at screening. Exclusion 14 \
says "history of pancreatitis" without a time limit. He's otherwise a great candidate and very motivated -- \
his brother was in the phase 2. Would you consider a waiver, or is it a hard exclusion?

I can send a redacted op note if helpful.

Regards,
Rajiv Menon, MD
Principal Investigator, Site 014
""".format(l=p[1], pr=PROT_HF)
    m = build(who(S.menon), MED_MON, "Exclusion 14 question - site 014", body, d, cc=[CRA, addr(S.dana)])
    save(m, "phi", "names", "%s %s" % p[:2])

def names_8():
    f, l, g = person("F")
    d = rdate(40, 500)
    q = before(d, 40, 400)
    orig = """Dr. Okafor - {f} called this morning, she fell in her kitchen Saturday, tripped on the rug. Went to \
the Aldric ED, x-ray negative, they wrapped her wrist and sent her home. No dizziness before the fall per her. \
Is this an SAE? She wasn't admitted.

Irina""".format(f=f)
    body = """Not an SAE -- ED visit without admission doesn't meet criteria unless something else does. Log as AE \
(fall, grade 1, wrist sprain), not related. Get the ED record for the file and ask if she's had any other near \
falls. If she has, let's check orthostatics at her next visit since she's on the higher dose arm-- well, we don't \
know the arm, but you know what I mean.

LO

{on}
{q}
""".format(on=on_line(q, "Irina Volkova", 1), q=quote(orig))
    m = build(who(S.okafor), who(S.irina), "RE: %s's fall" % f, body, d)
    save(m, "phi", "names", "%s %s" % (f, l))

# ====================================================================== PHI: self
def self_1():
    f = "Marvin"; l = random.choice(LAST)
    d = rdate(40, 500, 6, 23, weekend=True)
    body = """hi its marvin, i got the rash again on my arm where the sensor goes. its red and itchy and kind of \
bumpy about the size of a quarter. should i still wear it or take it off? i put the new one on the other arm for \
now. my next appt is the 22nd i think

Sent from my iPhone"""
    m = build("marvin %s <mlw%d@phonemail.net>" % (l.lower(), random.randint(10, 99)), who(S.kevin), "rash", body, d)
    save(m, "phi", "self", "Marvin %s" % l)

def self_2():
    f, l, g = person("F")
    d = rdate(40, 500)
    body = """Hello Gloria,

I'm a participant in the asthma injection study ({p}). I was told I would receive $125 per visit on my card. I \
have not received payment for visit 4 ({d4}) or visit 5 ({d5}). My card balance is $0.00. I have been coming in \
every 4 weeks faithfully and taking time off work for these appointments, so I would appreciate it if this could \
be fixed.

My card ends in {c4}.

Thank you,
{f} {l}
{ph}
""".format(p=PROT_ASTH, d4=before(d, 1440 * 30, 1440 * 40).strftime("%B %-d"), d5=before(d, 1440 * 2, 1440 * 8).strftime("%B %-d"),
           c4=random.randint(1000, 9999), f=f, l=l, ph=phone())
    m = build("%s %s <%s.%s@homewire.net>" % (f, l, f.lower(), l.lower()), who(S.gloria), "Missing stipend payments",
              body, d)
    save(m, "phi", "self", "%s %s" % (f, l))

def self_3():
    f, l, g = person("M")
    d = rdate(40, 500)
    body = """Dear Dr. Menon and Dana,

After a lot of thought I have decided to withdraw from the {p} study. Since the dose was increased in \
{mon} I have felt wiped out most days, I am dizzy when I stand up, and my legs cramp at night. My wife and I \
feel it is not worth it anymore. I know I was told I could leave at any time.

I am willing to come in for the final visit if it helps your research, and you can keep using the information \
you already collected. I still have about 10 days of pills, I will bring those back.

Thank you all for your kindness over the past year.

Sincerely,
{f} {l}
""".format(p=PROT_HF, mon=before(d, 1440 * 30, 1440 * 60).strftime("%B"), f=f, l=l)
    m = build("%s %s <%s%s@starlinkmail.com>" % (f, l, f[0].lower(), l.lower()), [addr(S.menon), addr(S.dana)],
              "Withdrawing from the study", body, d, html=True)
    save(m, "phi", "self", "%s %s" % (f, l))

def self_4():
    f, l, g = person("F")
    d = rdate(40, 500, 6, 23, weekend=True)
    body = """Hi Dana
quick question, my back has been killing me since i moved furniture sunday. can i take advil or aleve with the \
heart study pills? i remember something about no ibuprofen but cant find the sheet. i only have tylenol and \
advil in the house. i take the study pill at 8am with my other ones (metoprolol and the water pill)

thanks
{f}""".format(f=f.lower())
    m = build("%s %s <%s.%s%d@mailbox-quick.net>" % (f, l, f.lower()[0], l.lower(), random.randint(1, 9)), who(S.dana),
              "can i take advil", body, d)
    save(m, "phi", "self", "%s %s" % (f, l))

def self_5():
    f, l, g = person("F")
    d = rdate(40, 500)
    acct = random.randint(40000000, 49999999)
    svc = before(d, 1440 * 30, 1440 * 60)
    body = """Hello,

I received a bill from St. Aldric Medical Center for ${amt:,.2f} for an MRI of my right knee on {s}, account number \
{a}. This MRI was part of the knee study I'm in at Tamsin Ridge ({p}) and I was told in the consent meeting that \
all study procedures would be paid for by the sponsor. My insurance (Buckeye Horizon) denied it as investigational.

I'm attaching a photo of the bill. Please let me know who I should contact, I don't want this going to \
collections.

{f} {l}
DOB {dob}
""".format(amt=random.choice([1840.0, 2215.5, 1978.25]), s=svc.strftime("%m/%d/%Y"), a=acct, p=PROT_KNEE, f=f, l=l,
           dob=dob(1950, 1970).strftime("%m/%d/%Y"))
    billpdf = make_pdf(["ST. ALDRIC MEDICAL CENTER - PATIENT STATEMENT", "",
                        "Patient: %s %s        Account: %d" % (f.upper(), l.upper(), acct),
                        "Service date: %s   MRI KNEE W/O CONTRAST (73721)" % svc.strftime("%m/%d/%Y"),
                        "Insurance: BUCKEYE HORIZON HEALTH - DENIED (investigational)", "Amount due: see balance",
                        "Please pay within 30 days."], "statement")
    m = build("%s %s <%s_%s@zapmail.net>" % (f, l, f.lower(), l.lower()), "Research Billing <billing@%s>" % SITE,
              "Bill for study MRI", body, d, atts=[(billpdf, "application", "pdf", "statement.pdf")])
    save(m, "phi", "self", "%s %s" % (f, l))

def self_6():
    f, l, g = person("F")
    d = rdate(40, 500)
    bd = dob(1978, 1998)
    body = """Hi,

I saw your Facebook ad for the migraine study and filled out the form but never heard back so I'm emailing. About \
me: I'm {age}, DOB {dob}. I've had migraines since I was a teenager, right now about 10-12 a month, with aura \
maybe half the time. I take sumatriptan when they hit (works about half the time) and I tried topiramate last year \
but stopped because of the brain fog and tingling. I'm not pregnant and on the pill. My neurologist is Dr. Haskins \
at Riverbend.

Does the study pay? And are visits in the evening possible? I work 7-3:30.

Thanks!
{f} {l}
{ph}
""".format(age=(d.year - bd.year), dob=bd.strftime("%-m/%-d/%Y"), f=f, l=l, ph=phone())
    m = build("%s %s <%s%s%d@gmailbox.example.com>" % (f, l, f.lower(), l.lower()[:3], bd.year % 100),
              "Study Inquiries <studies@%s>" % SITE, "migraine study", body, d)
    save(m, "phi", "self", "%s %s" % (f, l))

def self_7():
    f, l, g = person("M")
    d = rdate(40, 500, 6, 23, weekend=True)
    body = """Dr Menon,

Wanted to let you know I was at Mercy ER Saturday night with chest pains. They did the blood tests and an EKG \
and kept me overnight for observation and a stress test Sunday morning, which they said was normal. They think \
it might be my stomach. Sent home with pantoprazole. I did take my study pill Sunday and today.

Do I need to come in early? My next visit is {nv}.

{f}
{ph}

Sent from my Galaxy""".format(nv=(d + timedelta(days=random.randint(5, 20))).strftime("%-m/%-d"), f=f, ph=phone())
    m = build("%s %s <%s.%s@starlinkmail.com>" % (f, l, f.lower(), l.lower()), who(S.menon), "ER visit this weekend",
              body, d, cc=addr(S.dana))
    save(m, "phi", "self", "%s %s" % (f, l))

# ====================================================================== PHI: struct
def hl7ts(dt):
    return dt.strftime("%Y%m%d%H%M%S")

def struct_1():  # ADT A04
    p = person()
    d = rdate(40, 500)
    a = address()
    bd = dob(1945, 1970)
    mrn = "%08d" % random.randint(100000, 9999999)
    fin = random.randint(400000000, 499999999)
    sid = "301-014-%04d" % random.randint(1, 90)
    ts = hl7ts(d)
    segs = [
        "MSH|^~\\&|EPIC|STALDRIC|CTMS_RX|TRCR|%s||ADT^A04^ADT_A01|MSG%09d|P|2.5.1|||AL|NE" % (ts, random.randint(0, 10 ** 9)),
        "EVN|A04|%s|||RSCHREG^PETTIFORD^GLORIA" % ts,
        "PID|1||%s^^^STALDRIC^MR||%s^%s^%s||%s|%s|||%s^^%s^%s^%s^USA||%s^PRN^PH|||%s|||||||||||N" % (
            mrn, p[1].upper(), p[0].upper(), random.choice("ABCDEJLMR"), bd.strftime("%Y%m%d"), p[2], a[0].upper(),
            a[1].upper(), a[2], a[3], phone().replace(" ", ""), random.choice(["M", "S", "W"])),
        "PD1|||ST ALDRIC PRIMARY CARE^^1204",
        "PV1|1|O|TRCR^RSCH^01^STALDRIC||||1427583960^MENON^RAJIV^^^MD^^^NPI|||RES||||1|||1427583960^MENON^RAJIV^^^MD|R|%d|RSCH||||||||||||||||||||||||%s" % (fin, ts),
        "PV2|||^RESEARCH VISIT %s||||||||||||||||||||||N" % PROT_HF,
        "IN1|1|RSCH01^RESEARCH SPONSOR|900441|VERIDANE THERAPEUTICS INC|1 HARBORLIGHT PLZ^^WILMINGTON^DE^19801||||||||||%s^%s|SP" % (p[1].upper(), p[0].upper()),
        "ZRS|1|%s|%s|NCT0%07d|ENROLLED|%s" % (PROT_HF, sid, random.randint(0, 9999999), d.strftime("%Y%m%d")),
    ]
    msg = "\r".join(segs) + "\r"
    body = """Gloria / Dana --

The research registration for the new {p} subject came through the interface but the CTMS side rejected the ZRS \
segment (study status "ENROLLED" isn't mapped, CTMS expects "ON STUDY"). Raw message below. I've fixed the mapping \
table; can one of you confirm the research linkage shows in Epic for this encounter before his visit so charges \
route to the research account?

{msg}

Tyler
IT Support / Interfaces
""".format(p=PROT_HF, msg=msg.replace("\r", "\n"))
    m = build(who(S.tyler), [addr(S.gloria), addr(S.dana)], "ADT A04 reject - ZRS mapping", body, d)
    save(m, "phi", "struct", "%s %s" % p[:2])

def struct_2():  # ORU R01 attachment
    p = person("F")
    d = rdate(40, 500)
    bd = dob(1950, 1978)
    mrn = "%08d" % random.randint(100000, 9999999)
    coll = before(d, 300, 1500)
    acc = random.randint(70000000, 79999999)
    obx = [("2823-3", "Potassium", "5.3", "mmol/L", "3.5-5.1", "H"), ("2951-2", "Sodium", "138", "mmol/L", "136-145", "N"),
           ("2160-0", "Creatinine", "1.31", "mg/dL", "0.57-1.00", "H"), ("33914-3", "eGFR", "44", "mL/min/1.73m2", ">59", "L"),
           ("33762-6", "NT-proBNP", "1288", "pg/mL", "<125", "H"), ("6690-2", "WBC", "7.2", "10*3/uL", "3.4-10.8", "N")]
    segs = ["MSH|^~\\&|CENTRIX|CENTRIXLAB|TRCR_EHR|TRCR|%s||ORU^R01^ORU_R01|CX%s|P|2.5.1" % (hl7ts(d), acc),
            "PID|1||%s^^^TRCR^MR~301-014-%04d^^^VRD301^RI||%s^%s||%s|F" % (mrn, random.randint(1, 90), p[1].upper(), p[0].upper(), bd.strftime("%Y%m%d")),
            "ORC|RE|%d|%d" % (acc, acc),
            "OBR|1|%d|%d|PNL-WK16^VRD301 WEEK 16 PANEL|||%s|||||||%s|^^^SERUM|1427583960^MENON^RAJIV" % (acc, acc, hl7ts(coll), hl7ts(coll))]
    for i, o in enumerate(obx, 1):
        segs.append("OBX|%d|NM|%s^%s^LN||%s|%s|%s|%s|||F|||%s" % (i, o[0], o[1], o[2], o[3], o[4], "" if o[5] == "N" else o[5], hl7ts(d)))
    msg = "\r".join(segs) + "\r"
    body = """Interface Engine Notification - TRCR-IE-02

Channel: CENTRIX_ORU_IN
Status: ERROR (queued for manual review)
Reason: PID-3 identifier type 'RI' not recognized; patient match confidence 71% (< 90% threshold)
Received: {r}
Message control ID: CX{acc}

The original message is attached. Resolve in the Work Queue > Unmatched Results, or reprocess after updating \
identifier rules.

This is an automated message from the TRCR integration server. Do not reply.
""".format(r=d.strftime("%Y-%m-%d %H:%M:%S"), acc=acc)
    m = build("Interface Engine <ie-alerts@%s>" % SITE, [addr(S.tyler), addr(S.wen)],
              "[IE-02] ERROR CENTRIX_ORU_IN CX%d" % acc, body, d,
              atts=[(msg.encode("utf-8"), "application", "hl7-v2", "CX%d.hl7" % acc)])
    save(m, "phi", "struct", "%s %s" % p[:2])

def struct_3():  # SIU S12 in body
    d = rdate(40, 500)
    names = []
    blocks = []
    for i in range(2):
        p = person()
        names.append("%s %s" % p[:2])
        appt = d + timedelta(days=random.randint(2, 12), hours=random.randint(-3, 4))
        mrn = "%08d" % random.randint(100000, 9999999)
        segs = ["MSH|^~\\&|CTMS|TRCR|EPIC|STALDRIC|%s||SIU^S12|SIU%06d|P|2.3" % (hl7ts(d), random.randint(0, 999999)),
                "SCH|%d|%d|||||RSCH^Research visit|%s %s|60|MIN|^^60^%s^%s" % (
                    random.randint(10000, 99999), random.randint(10000, 99999), PROT_CGM,
                    random.choice(["WEEK 6", "SENSOR INSERTION", "WEEK 12"]), hl7ts(appt),
                    hl7ts(appt + timedelta(hours=1))),
                "PID|1||%s^^^STALDRIC^MR||%s^%s||%s|%s|||||%s" % (mrn, p[1].upper(), p[0].upper(),
                                                                   dob(1955, 1990).strftime("%Y%m%d"), p[2], phone()),
                "RGS|1",
                "AIS|1||RSCH-CGM^CGM research visit|%s|0|MIN|60|MIN" % hl7ts(appt),
                "AIL|1||TRCR^EXAM3",
                "AIP|1||1689045127^OKAFOR^LAUREN^^^DO|ATTENDING"]
        blocks.append("\n".join(segs))
    body = """Kevin,

These two SIU messages from CTMS didn't create appointments in Epic (no error back, they just never landed). \
Probably the AIL location code -- EXAM3 isn't built on the hospital side. Can you put these visits in manually for \
now so the research billing flag is on them?

{b}

Thanks
Tyler
""".format(b="\n\n".join(blocks))
    m = build(who(S.tyler), who(S.kevin), "SIU msgs not landing in Epic", body, d)
    save(m, "phi", "struct", "; ".join(names))

def struct_4():  # FHIR bundle from eConsent
    p = person()
    d = rdate(40, 500)
    a = address()
    bd = dob(1960, 1995)
    pid = hexid(8) + "-" + hexid(4) + "-" + hexid(4) + "-" + hexid(4) + "-" + hexid(12)
    bundle = {
        "resourceType": "Bundle", "type": "transaction", "timestamp": d.isoformat(),
        "entry": [
            {"fullUrl": "urn:uuid:" + pid, "resource": {
                "resourceType": "Patient",
                "identifier": [{"system": "https://tamsinridgecr.com/fhir/mrn", "value": "TR%06d" % random.randint(0, 999999)}],
                "name": [{"family": p[1], "given": [p[0]]}], "gender": "female" if p[2] == "F" else "male",
                "birthDate": bd.strftime("%Y-%m-%d"),
                "telecom": [{"system": "phone", "value": phone()},
                            {"system": "email", "value": "%s.%s@homewire.net" % (p[0].lower(), p[1].lower())}],
                "address": [{"line": [a[0]], "city": a[1], "state": a[2], "postalCode": a[3]}]},
             "request": {"method": "POST", "url": "Patient"}},
            {"resource": {
                "resourceType": "ResearchSubject", "status": "candidate",
                "study": {"reference": "ResearchStudy/%s" % PROT_ASTH},
                "individual": {"reference": "urn:uuid:" + pid},
                "identifier": [{"system": "https://pellucidbio.com/studies/plb118/screening", "value": "S-%04d" % random.randint(100, 500)}]},
             "request": {"method": "POST", "url": "ResearchSubject"}},
            {"resource": {
                "resourceType": "Consent", "status": "active",
                "scope": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/consentscope", "code": "research"}]},
                "patient": {"reference": "urn:uuid:" + pid}, "dateTime": d.isoformat(),
                "sourceAttachment": {"contentType": "application/pdf", "title": "PLB-118 ICF v5.0 signed"},
                "provision": {"type": "permit", "provision": [
                    {"type": "deny", "code": [{"text": "Optional genetic sample"}]}]}},
             "request": {"method": "POST", "url": "Consent"}},
            {"resource": {
                "resourceType": "Observation", "status": "final",
                "code": {"coding": [{"system": "http://loinc.org", "code": "20150-9", "display": "FEV1"}]},
                "subject": {"reference": "urn:uuid:" + pid},
                "valueQuantity": {"value": round(random.uniform(1.4, 2.3), 2), "unit": "L"},
                "note": [{"text": "Pre-bronchodilator, eligibility screening; 2 exacerbations requiring OCS in past 12 mo"}]},
             "request": {"method": "POST", "url": "Observation"}}]}
    body = """eConsent Sync Report

A signed consent was completed and posted to your FHIR endpoint. The server returned HTTP 422 for 1 of 4 entries \
(Observation: missing 'category'). The full transaction bundle is attached for reprocessing.

Study: {p}   Site: Tamsin Ridge Clinical Research
Completed: {d}

-- ConsentFlow Notifications (noreply@consentflow.net)
""".format(p=PROT_ASTH, d=d.strftime("%Y-%m-%d %H:%M %Z"))
    m = build("ConsentFlow <noreply@consentflow.net>", [addr(S.marisol), addr(S.tyler)], "Sync partially failed: %s consent" % PROT_ASTH,
              body, d, atts=[(json.dumps(bundle, indent=2), "application", "fhir+json", "bundle_%s.json" % hexid(6))])
    save(m, "phi", "struct", "%s %s" % p[:2])

def struct_5():  # X12 837P
    p = person("F")
    d = rdate(40, 500)
    a = address()
    bd = dob(1946, 1958)
    mem = "%s%09d" % (random.choice(["XJH", "BHH", "MCR"]), random.randint(0, 999999999))
    dos = before(d, 1440 * 5, 1440 * 25)
    ctl = random.randint(100000000, 999999999)
    clm = "TR%s%03d" % (dos.strftime("%y%m%d"), random.randint(0, 999))
    def pad(s, n):
        return (s + " " * n)[:n]
    segs = [
        "ISA*00*%s*00*%s*ZZ*%s*ZZ*%s*%s*%s*^*00501*%09d*0*P*:" % (pad("", 10), pad("", 10), pad("TRCR0441", 15), pad("BHH01", 15),
                                                              d.strftime("%y%m%d"), d.strftime("%H%M"), ctl),
        "GS*HC*TRCR0441*BHH01*%s*%s*%d*X*005010X222A1" % (d.strftime("%Y%m%d"), d.strftime("%H%M"), ctl % 100000),
        "ST*837*0001*005010X222A1",
        "BHT*0019*00*%s*%s*%s*CH" % (clm, d.strftime("%Y%m%d"), d.strftime("%H%M")),
        "NM1*41*2*TAMSIN RIDGE CLINICAL RESEARCH*****46*TRCR0441",
        "PER*IC*GLORIA PETTIFORD*TE*6145550190",
        "NM1*40*2*BUCKEYE HORIZON HEALTH*****46*BHH01",
        "HL*1**20*1",
        "NM1*85*2*TAMSIN RIDGE CLINICAL RESEARCH*****XX*1427583960",
        "N3*2200 CORLISS AVE STE 310", "N4*MILBROOK*OH*430171204", "REF*EI*311234567",
        "HL*2*1*22*0",
        "SBR*P*18*44120******CI",
        "NM1*IL*1*%s*%s****MI*%s" % (p[1].upper(), p[0].upper(), mem),
        "N3*%s" % a[0].upper(), "N4*%s*%s*%s" % (a[1].upper(), a[2], a[3]),
        "DMG*D8*%s*F" % bd.strftime("%Y%m%d"),
        "NM1*PR*2*BUCKEYE HORIZON HEALTH*****PI*BHH01",
        "CLM*%s*262***11:B:1*Y*A*Y*Y" % clm,
        "REF*P4*0%07d" % random.randint(0, 9999999),
        "HI*ABK:I5032*ABF:Z006*ABF:E1122",
        "NM1*82*1*MENON*RAJIV****XX*1427583960",
        "LX*1", "SV1*HC:99214:Q1*176*UN*1***1:2", "DTP*472*D8*%s" % dos.strftime("%Y%m%d"),
        "LX*2", "SV1*HC:93000:Q1*86*UN*1***1", "DTP*472*D8*%s" % dos.strftime("%Y%m%d"),
    ]
    segs.append("SE*%d*0001" % (len(segs) - 2 + 1))
    segs += ["GE*1*%d" % (ctl % 100000), "IEA*1*%09d" % ctl]
    x12 = "~\n".join(segs) + "~\n"
    body = """Denise,

Attached is the corrected 837P for the routine-cost visit we talked about (Q1 on both lines, Z00.6 secondary, NCT \
in REF*P4). The original went out without the clinical trial indicator and was denied CO-50. Can you resubmit \
through the clearinghouse as a replacement claim (freq 7) referencing the original ICN?

Gloria
""".format()
    m = build(who(S.gloria), "Denise Kowal <dkowal@staldricmc.org>", "corrected 837 - %s" % clm, body, d,
              atts=[(x12, "text", "plain", "%s_837P.txt" % clm)])
    save(m, "phi", "struct", "%s %s" % p[:2])

def struct_6():  # C-CDA CCD XML
    p = person("M")
    d = rdate(40, 500)
    a = address()
    bd = dob(1944, 1960)
    mrn = "%07d" % random.randint(0, 9999999)
    x = htmlmod.escape
    ccd = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="{docid}"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summary of episode note"/>
  <title>Riverbend Cardiology Associates - Continuity of Care Document</title>
  <effectiveTime value="{eff}"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.19.5.99999.2" extension="{mrn}"/>
      <addr use="HP"><streetAddressLine>{a0}</streetAddressLine><city>{a1}</city><state>{a2}</state><postalCode>{a3}</postalCode></addr>
      <telecom value="tel:{ph}" use="HP"/>
      <patient>
        <name use="L"><given>{f}</given><family>{l}</family></name>
        <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="{bd}"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
      <title>Problems</title>
      <text><list>
        <item>Heart failure with preserved ejection fraction (I50.32), onset 2021</item>
        <item>Type 2 diabetes mellitus with CKD stage 3a (E11.22)</item>
        <item>Atrial fibrillation, paroxysmal (I48.0)</item>
      </list></text>
    </section></component>
    <component><section>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="Medications"/>
      <title>Medications</title>
      <text><table><thead><tr><th>Medication</th><th>Sig</th></tr></thead><tbody>
        <tr><td>furosemide 40 mg tab</td><td>1 tab PO daily</td></tr>
        <tr><td>apixaban 5 mg tab</td><td>1 tab PO BID</td></tr>
        <tr><td>metformin 500 mg tab</td><td>1 tab PO BID</td></tr>
        <tr><td>empagliflozin 10 mg tab</td><td>1 tab PO daily</td></tr>
      </tbody></table></text>
    </section></component>
    <component><section>
      <code code="18748-4" codeSystem="2.16.840.1.113883.6.1" displayName="Diagnostic imaging"/>
      <title>Results</title>
      <text>Echo {echo}: LVEF 58%, grade II diastolic dysfunction, LA volume index 41 mL/m2.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
""".format(docid=hexid(12), eff=hl7ts(d), mrn=mrn, a0=x(a[0]), a1=a[1], a2=a[2], a3=a[3], ph=phone().replace(" ", ""),
           f=p[0], l=p[1], bd=bd.strftime("%Y%m%d"), echo=before(d, 1440 * 60, 1440 * 200).strftime("%m/%d/%Y"))
    body = """Attached is the CCD you requested via our HIM portal, request #HIM-{r}. Please note the echo images \
themselves must be requested separately from imaging.

Riverbend Cardiology Associates
Health Information Management
Fax (614) 555-0181

This transmission contains confidential health information that is legally privileged. If you are not the \
intended recipient, you are notified that any disclosure, copying, distribution or action taken in reliance on the \
contents of these documents is strictly prohibited.
""".format(r=random.randint(20000, 89999))
    m = build("Riverbend HIM <him-requests@riverbendcardio.com>", who(S.nadia), "Records response HIM-request", body, d,
              atts=[(ccd.encode("utf-8"), "application", "xml", "CCD_%s.xml" % mrn)])
    save(m, "phi", "struct", "%s %s" % p[:2])

def struct_7():  # device app JSON + pipe extract
    p = person()
    d = rdate(40, 500)
    sid = "204-%04d" % random.randint(1, 150)
    start = before(d, 600, 700)
    readings = []
    v = random.randint(110, 150)
    for i in range(24):
        v = max(45, min(260, v + random.randint(-22, 20)))
        readings.append({"ts": (start + timedelta(minutes=30 * i)).isoformat(), "mg_dl": v})
    payload = {
        "event": "upload.completed", "api_version": "2024-03",
        "study": PROT_CGM, "site": "TRCR-014",
        "participant": {"subject_id": sid, "display_name": "%s %s" % p[:2],
                        "email": "%s%s@mailbox-quick.net" % (p[0][0].lower(), p[1].lower()), "timezone": "America/New_York"},
        "device": {"transmitter_sn": "AS2-%08d" % random.randint(0, 99999999), "sensor_lot": "L%05d" % random.randint(10000, 99999),
                   "sensor_day": random.randint(3, 13), "firmware": "3.4.11"},
        "alerts": [{"type": "urgent_low", "value": min(r["mg_dl"] for r in readings),
                    "ack_by_user": False}],
        "readings": readings}
    body = """Ardentis SENTRY Cloud -- Webhook delivery failed (attempt 5 of 5)

Your endpoint https://ctms.{s}/hooks/ardentis returned 500. Payload attached. Delivery will not be retried. \
Subjects with unacknowledged urgent-low alerts are listed below:

subject_id|name|alert|value|sensor_day
{sid}|{n}|URGENT_LOW|{v}|{sd}

Manage webhook settings at portal.ardentismed.com/settings/webhooks
""".format(s=SITE, sid=sid, n="%s %s" % p[:2], v=payload["alerts"][0]["value"], sd=payload["device"]["sensor_day"])
    m = build("SENTRY Cloud <noreply@sentry.ardentismed.com>", [addr(S.kevin), addr(S.tyler)],
              "Webhook delivery failed - upload.completed", body, d,
              atts=[(json.dumps(payload, indent=1), "application", "json", "payload_%s.json" % hexid(8))])
    save(m, "phi", "struct", "%s %s" % p[:2])

# ====================================================================== CLEAN: admin
def admin_1():
    d = rdate(40, 500)
    mon = d + timedelta(days=20)
    body = """Hi all,

Room bookings for monitoring visits next month are in the shared calendar. Summary:

  Small conf room (3A)  - Quillstone (Priyanka) {a} and {b}, 9-4
  Small conf room (3A)  - Pellucid CRA (new, Jordan Kemp) {c}, 9-3
  Large conf room (3C)  - Ardentis device training {e}, 1-3, lunch for 12

Reminder that the monitor laptop in 3A does NOT have EDC certificates installed for the Pellucid portal yet -- \
Tyler has a ticket in. Please don't book 3C over lunch on Fridays, that's the PI meeting.

Invite for the Ardentis training is attached.

Anastasia Pierce
Office Manager, {site}
{main}

{disc}
""".format(a=mon.strftime("%-m/%-d"), b=(mon + timedelta(days=1)).strftime("%-m/%-d"),
           c=(mon + timedelta(days=8)).strftime("%-m/%-d"), e=(mon + timedelta(days=10)).strftime("%-m/%-d"),
           site=SITE_NAME, main=SITE_MAIN, disc=DISC)
    st = (mon + timedelta(days=10)).replace(hour=13, minute=0, tzinfo=None)
    ics = make_ics("%s@%s" % (hexid(20), SITE), st, st + timedelta(hours=2), "Ardentis SENTRY device refresher training",
                   "Large conf room 3C", "Hands-on insertion/removal refresher for all CGM study staff. Lunch provided.",
                   addr(S.ana))
    m = build(who(S.ana), "TRCR All Staff <allstaff@%s>" % SITE, "Monitoring visit room bookings - %s" % mon.strftime("%B"),
              body, d, atts=[(ics, "text", "calendar", "invite.ics")])
    save(m, "clean", "admin")

def admin_2():
    d = rdate(40, 500, 5, 8)
    body = """Morning all,

The -80 in the lab (Freezer #2, the Thermo upright) alarmed at 02:14 and peaked at -61 C before the backup \
compressor kicked in; it was back under -70 by 03:05. Excursion was about 50 minutes. I've printed the chart and \
put it in the temperature log binder.

Action items:
  1. Each study lead please check which sponsor samples are in Freezer #2 (shelves 1-4) and file a temp excursion \
form per your lab manual. Most sponsors want notification within 24h.
  2. Facilities is coming at 10 to look at the door gasket -- please keep the door shut until then.
  3. Dry ice delivery is moved up to today 1 PM so we can ship the backlog of PK boxes.

Don't pull anything to the backup freezer without logging the move.

Thanks,
Wen Li
Data & Lab Coordinator
""".format()
    m = build(who(S.wen), "TRCR Coordinators <crc-team@%s>" % SITE, "-80 Freezer #2 alarm overnight", body, d,
              cc=[addr(S.shauna), "Facilities <facilities@%s>" % SITE])
    save(m, "clean", "admin")

def admin_3():
    d = rdate(40, 500)
    q = before(d, 60, 500)
    orig = """Hi Anastasia, FedEx is changing our building's last pickup from 4:30 to 3:45 starting the 1st. \
Ambient and frozen lab kits need to be ready at the front desk by 3:30 or they will miss the day. Also reminder \
that FedEx won't pick up frozen shipments on Fridays for Monday delivery.

Jordan
Centrix Courier Services"""
    body = """Team -- see below. New rule: all lab kits for same-day shipment at the front desk by 3:30, no \
exceptions. If your visit runs long, process and store per the lab manual and ship next morning. No frozen \
shipments Fri.

Also, Centrix kits with expiry this month (ambient kits A2, A4) -- please use those first. I have 14 expiring \
kits total on the shelf; the rest go back for credit.

-A

{on}
{q}
""".format(on=on_line(q, "Jordan Reyes <courier@centrixlabs.com>", 0), q=quote(orig))
    m = build(who(S.ana), "TRCR Coordinators <crc-team@%s>" % SITE, "FW: FedEx pickup time change", body, d)
    save(m, "clean", "admin")

def admin_4():
    d = rdate(40, 500)
    siv = (d + timedelta(days=14)).replace(hour=9, minute=0, tzinfo=None)
    body = """Dear Dr. Menon and team,

Thank you for confirming the Site Initiation Visit for {p} (Nexmara Pharma) on {dt}. Proposed agenda:

09:00  Welcome, introductions, delegation of authority log
09:20  Protocol overview: design, endpoints, visit schedule (Dr. Farrow, Nexmara medical lead)
10:15  Eligibility criteria deep-dive, headache diary and ePRO device
11:00  Break
11:15  IP management: storage 2-8 C, IRT randomization, accountability, returns
12:00  Lunch
12:45  Safety reporting: AE/SAE definitions, reporting timelines, pregnancy reporting
13:30  EDC, query management, source documentation expectations
14:15  Central lab kits and shipping
14:45  Regulatory binder review, ICF version control
15:15  Site tour (pharmacy, freezer, exam rooms) and Q&A

Attendees required: PI, sub-I(s), lead CRC, pharmacist, regulatory. Please ensure the 1572, CVs and GCP \
certificates are uploaded before the visit.

Best regards,
Holly Brandt
Clinical Operations Lead, Nexmara Pharma
hbrandt@nexmarapharma.com | +1 (617) 555-0152
""".format(p=PROT_MIG, dt=siv.strftime("%A, %B %-d"))
    ics = make_ics("%s@nexmarapharma.com" % hexid(16), siv, siv + timedelta(hours=7), "%s Site Initiation Visit - Site 014" % PROT_MIG,
                   SITE_ADDR.replace(",", "\\,"), "SIV agenda attached in email.", "hbrandt@nexmarapharma.com")
    m = build("Holly Brandt <hbrandt@nexmarapharma.com>", who(S.menon), "%s SIV agenda - Site 014" % PROT_MIG, body, d,
              cc=[addr(S.dana), addr(S.teresa), addr(S.park)], html=True,
              atts=[(ics, "text", "calendar", "SIV_%s.ics" % PROT_MIG)])
    save(m, "clean", "admin")

def admin_5():
    d = rdate(40, 500)
    st = d + timedelta(days=3)
    body = """SCHEDULED MAINTENANCE NOTICE

System: Veridane Clinical Data Platform (EDC, IRT, ePRO admin console)
Studies affected: all active Veridane studies incl. {p}
Window: {a} 20:00 ET through {b} 02:00 ET

During this window:
  - EDC data entry and query responses will be unavailable
  - IRT randomization and kit assignment will be UNAVAILABLE. If a randomization is needed during the \
window, call the 24/7 IRT helpdesk: +1 (888) 555-0171 (manual randomization procedure)
  - ePRO devices will continue to collect data offline and sync after the window

Release notes (v8.12): new query aging report, updated SAE form layout, MedDRA 27.0 upgrade.

This is an automated message. Please do not reply.
Veridane Clinical Systems Support | systems-support@veridanetx.com
""".format(p=PROT_HF, a=st.strftime("%a %d-%b-%Y"), b=(st + timedelta(days=1)).strftime("%a %d-%b-%Y"))
    m = build("Veridane Clinical Systems <noreply-systems@veridanetx.com>", "Site Users <site-users@veridanetx.com>",
              "[Maintenance] Veridane EDC/IRT downtime %s" % st.strftime("%d-%b"), body, d, html=True)
    save(m, "clean", "admin")

def admin_6():
    d = rdate(40, 500)
    body = """All,

A few billing policy changes effective the first of next month, after our meeting with St. Aldric revenue cycle:

1. Coverage analysis (CA) must be finalized and uploaded to OnCore before the first subject is consented. No \
exceptions -- we had two studies last year where SOC vs research designations were set after enrollment and it \
took months to clean up.
2. Routine costs in qualifying trials: Q1 modifier on the line, Z00.6 secondary dx, NCT number on the claim. Items \
paid by the sponsor are never billed to insurance, period.
3. Medicare Advantage: for qualifying trials, routine costs go to traditional Medicare, not the MA plan. The MA \
plan then covers the cost-sharing difference. Front desk has the updated cheat sheet.
4. Commercial payers: Buckeye Horizon's contract now requires prior auth for SOC imaging even when done at a \
research visit (section 7.3 of the 2024 amendment). Build 10 business days into screening windows.
5. Research charges hold: all encounters with a research flag hold for 5 business days for coordinator review. \
Please review your work queue daily.

Questions to me. Slides from the meeting are on the S: drive under Finance/Billing Policy.

Gloria Pettiford
Research Finance Manager
{site} | {main} x231

{disc}
""".format(site=SITE_NAME, main=SITE_MAIN, disc=DISC2)
    m = build(who(S.gloria), "TRCR All Staff <allstaff@%s>" % SITE, "Research billing policy updates", body, d,
              cc=addr(S.shauna))
    save(m, "clean", "admin")

def admin_7():
    d = rdate(40, 500)
    body = """Hi Anastasia,

Supply order for this week please (McKesson acct 66120):

- ECG electrodes, tab style, 10 pk x 20
- 10 mL red/gray SST tubes x 2 boxes
- 4 mL lavender K2EDTA x 2 boxes
- 21G butterfly sets x 3 boxes
- Sharps containers 2 gal x 6
- Alcohol prep pads x 4 boxes
- Exam table paper 21" x 1 case
- Nitrile gloves S, M (2 each), L (1)
- Tourniquets, latex-free x 1 bag

Also the BP cuff in exam 2 (large adult) has a leak -- can we order a replacement cuff, Welch Allyn #5082-LRG? \
And the pediatric scale we never use can go to surplus.

Thanks!
Jasmine
"""
    m = build(who(S.jasmine), who(S.ana), "supply order", body, d)
    save(m, "clean", "admin")

# ====================================================================== CLEAN: lookalike
def look_1():
    d = rdate(40, 500)
    inv = "TRCR-INV-%s-%03d" % (d.strftime("%y"), random.randint(10, 200))
    po = "PO-%07d" % random.randint(0, 9999999)
    n3 = random.randint(8, 16); nscr = random.randint(3, 9); nq = random.randint(1, 4)
    lines = [("Per-visit fees, Visit 3 (completed)", n3, 1850.00), ("Screen failure fees", nscr, 620.00),
             ("Unscheduled visits", nq, 480.00), ("SAE reporting fee", 1, 350.00), ("IRB continuing review pass-through", 1, 1275.00),
             ("Pharmacy dispensing fee (quarterly)", 1, 900.00)]
    tbl = "\n".join("  %-42s %4d x %10s = %12s" % (l, q, "${:,.2f}".format(u), "${:,.2f}".format(q * u)) for l, q, u in lines)
    tot = sum(q * u for _, q, u in lines)
    body = """Accounts Payable,

Please find attached invoice {inv} for {p}, Site 014, period ending {pe}. Reference PO {po}.

{tbl}
  {sp:-<78}
  TOTAL DUE {tot:>66}

Remit to: Tamsin Ridge Clinical Research LLC, ACH routing on file, Tax ID 31-1234567. Net 45 per CTA section 6.2.

Gloria Pettiford
Research Finance Manager
""".format(inv=inv, p=PROT_HF, pe=before(d, 1440, 1440 * 10).strftime("%m/%d/%Y"), po=po, tbl=tbl, sp="",
           tot="${:,.2f}".format(tot))
    pdf = make_pdf(["INVOICE %s" % inv, "Bill to: Veridane Therapeutics - Clinical Accounts Payable",
                    "PO: %s   Protocol: %s   Site: 014" % (po, PROT_HF), ""] +
                   ["%s  qty %d  @ $%.2f  = $%.2f" % (l, q, u, q * u) for l, q, u in lines] +
                   ["", "TOTAL DUE: $%.2f" % tot, "Terms: Net 45"], "invoice")
    m = build(who(S.gloria), "Veridane AP <clinical-ap@veridanetx.com>", "Invoice %s / %s" % (inv, po), body, d,
              atts=[(pdf, "application", "pdf", "%s.pdf" % inv)])
    save(m, "clean", "lookalike")

def look_2():
    d = rdate(40, 500)
    shp = "SHP-%08d" % random.randint(0, 99999999)
    k0 = random.randint(4400, 4600)
    lot = "VRD301-%s%03d" % (random.choice("ABCD"), random.randint(100, 999))
    trk = "7%011d" % random.randint(0, 99999999999)
    body = """IRT SHIPMENT NOTIFICATION

Shipment ID:      {shp}
Protocol:         {p}
Site:             014 - Menon, Rajiv (Tamsin Ridge Clinical Research)
Ship date:        {sd}
Courier / AWB:    World Courier {trk}
Storage:          15-25 C, protect from light
Temp logger S/N:  TL-{tl}

Contents:
  Kit type   Kit numbers          Qty   Lot            Expiry
  A (30ct)   {a1}-{a2}          12    {lot}   {ex}
  B (30ct)   {b1}-{b2}          12    {lot}   {ex}

Upon receipt: stop the logger, confirm receipt in IRT within 24 h and upload the logger PDF. Do NOT dispense \
until the shipment status is "Available".

This is an automated notification from Veridane IRT. Ref {ref}.
""".format(shp=shp, p=PROT_HF, sd=d.strftime("%d-%b-%Y"), trk=trk, tl=random.randint(100000, 999999),
           a1=k0, a2=k0 + 11, b1=k0 + 12, b2=k0 + 23, lot=lot, ex=(d + timedelta(days=400)).strftime("%b-%Y"),
           ref=hexid(10).upper())
    m = build("Veridane IRT <irt-noreply@veridanetx.com>", [addr(S.park), addr(S.dana)], "Shipment %s dispatched - Site 014" % shp,
              body, d)
    save(m, "clean", "lookalike")

def look_3():
    d = rdate(40, 500)
    rows = [["Visit", "Procedure", "CPT/HCPCS", "Billing designation", "Rationale"],
            ["Screening", "Office visit, est. pt, moderate", "99214", "Sponsor", "Protocol-required eligibility"],
            ["Screening", "Comprehensive metabolic panel", "80053", "Sponsor", "Central lab"],
            ["Screening", "MRI knee w/o contrast", "73721", "SOC (Q1)", "Routine in OA workup per NCD 310.1"],
            ["Screening", "X-ray knee 3 views", "73562", "SOC (Q1)", "Routine"],
            ["Day 1", "Arthrocentesis, major joint", "20610", "Sponsor", "Study procedure"],
            ["Day 1", "Study device injection", "C9399", "Sponsor", "Investigational device"],
            ["Wk 4", "Office visit, est. pt, low", "99213", "Sponsor", "Protocol"],
            ["Wk 12", "Ultrasound, extremity, limited", "76882", "Sponsor", "Study endpoint"],
            ["Wk 24", "MRI knee w/o contrast", "73721", "Sponsor", "Study endpoint, not SOC at this interval"],
            ["Any", "Treatment of device complication", "varies", "SOC (Q1) / sponsor per CTA 9.4", "Subject injury clause"]]
    dx = "Primary dx codes in scope: M17.11, M17.12, M17.0; secondary Z00.6 on all Q1 lines."
    body = """Gloria, Irina --

Draft coverage analysis for {p} attached and summarized below for quick review. Sponsor budget assumes MRI at \
screening is SOC; I agree given the ortho workup pathway, but the Wk 24 MRI must be sponsor-paid.

{tbl}

{dx}
NCT number pending registration; billing grid will be locked once we have it.

Thanks,
Theo Lindahl
Coverage Analyst, St. Aldric Office of Research
""".format(p=PROT_KNEE, tbl="\n".join(" | ".join(r) for r in rows), dx=dx)
    m = build("Theo Lindahl <tlindahl@staldricmc.org>", [addr(S.gloria), addr(S.irina)], "CA draft - %s" % PROT_KNEE, body, d,
              atts=[(make_xlsx(rows, "Billing grid"), "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                     "%s_CA_draft_v0.3.xlsx" % PROT_KNEE)])
    save(m, "clean", "lookalike")

def look_4():
    d = rdate(40, 500)
    body = """Teresa,

Updated investigator info for the revised 1572 (adding Dr. Okafor as sub-I for {p} and updating our lab):

Section 1 - Investigator
  Rajiv Menon, MD   NPI 1427583960   Ohio Med. Lic. 35.098114   exp 10/01/2026
Section 3 - Facility
  {site}, {addr}
  Phone {main}   Fax {fax}
Section 4 - Clinical laboratory
  Centrix Laboratories, 800 Lakeview Pkwy, Vernon Hills, IL 60061   CLIA 14D2081234   CAP 7191582
  St. Aldric Medical Center Laboratory   CLIA 36D0654321
Section 6 - Sub-investigators
  Lauren Okafor, DO   NPI 1689045127   Ohio Osteo. Lic. 34.011762   exp 04/01/2025
  Dana Whitcombe, RN  Ohio RN Lic. RN.412233

IRB: Meridale IRB, IORG0009981 / IRB00011873, (800) 555-0137

Let me know if you want me to sign the CVs today.

Raj
""".format(p=PROT_ASTH, site=SITE_NAME, addr=SITE_ADDR, main=SITE_MAIN, fax=SITE_FAX)
    m = build(who(S.menon), who(S.teresa), "1572 update info - %s" % PROT_ASTH, body, d)
    save(m, "clean", "lookalike")

def look_5():
    d = rdate(40, 500)
    sites = []
    for s in ["014 Tamsin Ridge", "021 Coastal Heart", "033 Pinebrook", "040 Lakemont", "052 Cedar Valley", "067 Elmhurst"]:
        scr = random.randint(18, 60)
        rnd = random.randint(6, scr // 2)
        sites.append((s, scr, scr - rnd, rnd, round(100 * (scr - rnd) / scr)))
    tot_s = sum(s[1] for s in sites); tot_r = sum(s[3] for s in sites)
    tbl = ["Site                 Screened  Screen-fail  Randomized  SF rate",
           "-------------------  --------  -----------  ----------  -------"]
    tbl += ["%-19s  %8d  %11d  %10d  %6d%%" % s for s in sites]
    tbl.append("%-19s  %8d  %11d  %10d  %6d%%" % ("US total", tot_s, tot_s - tot_r, tot_r, round(100 * (tot_s - tot_r) / tot_s)))
    body = """Hi investigators and coordinators,

US enrolment snapshot for {p} as of {dt}:

{tbl}

Top screen-fail reasons (all sites): eGFR < 40 (31%), NT-proBNP below threshold (22%), recent HF hospitalization \
outside window (14%), withdrew consent before randomization (9%).

Global target is 2,400 randomized by Q3; we're at 1,512 (63%). Thanks for the push -- site 014 had the most \
randomizations in the US last month.

Colin Ashworth
Study Manager, Veridane Therapeutics
""".format(p=PROT_HF, dt=d.strftime("%d %b %Y"), tbl="\n".join(tbl))
    m = build(SPONSOR_PM, "HORIZON-HF US Sites <horizonhf-us@veridanetx.com>", "%s enrolment snapshot %s" % (PROT_HF, d.strftime("%d-%b")),
              body, d, html=True)
    save(m, "clean", "lookalike")

def look_6():
    d = rdate(40, 500)
    inc = "INC%07d" % random.randint(0, 9999999)
    body = """Ticket {inc} has been updated.

Requested by:  Jasmine Ocampo
Assigned to:   Tyler Greaves (TRCR IT)
Priority:      3 - Moderate
Category:      Clinical Equipment > ECG cart
Status:        Resolved

Configuration item:
  Asset tag:  TRCR-00{at}
  Model:      MAC 2000 resting ECG
  Serial:     SN {sn}
  MAC addr:   00:1A:4B:{m1:02X}:{m2:02X}:{m3:02X}
  IP:         10.40.{i1}.{i2}

Work notes:
  {wd} - Device failed to transmit to cardiology server (error E-304). Updated DNS, re-pushed CA cert, \
sent 2 sample transmissions successfully. Device time was 7 min off; NTP re-enabled.

If the issue recurs, reply to reopen within 7 days. Survey: https://itsm.{s}/survey/{inc}
""".format(inc=inc, at=random.randint(1000, 9999), sn="%s%07d" % (random.choice(["SDX", "SCK"]), random.randint(0, 9999999)),
           m1=random.randint(0, 255), m2=random.randint(0, 255), m3=random.randint(0, 255), i1=random.randint(1, 254),
           i2=random.randint(1, 254), wd=d.strftime("%m/%d/%Y %H:%M"), s=SITE)
    m = build("TRCR Service Desk <servicedesk@%s>" % SITE, addr(S.jasmine), "%s resolved - ECG cart will not transmit" % inc, body, d)
    save(m, "clean", "lookalike")

def look_7():
    d = rdate(40, 500)
    eq = [("Centrifuge (refrigerated)", "Eppendorf 5810R", "58100%05d" % random.randint(0, 99999)),
          ("-80 freezer #1", "Thermo TSX60086", "10%08d" % random.randint(0, 99999999)),
          ("-80 freezer #2", "Thermo TSX60086", "10%08d" % random.randint(0, 99999999)),
          ("Pharmacy fridge", "Helmer iPR120", "2%06d" % random.randint(0, 999999)),
          ("Scale (exam 1)", "Seca 703", "5%012d" % random.randint(0, 999999999999)),
          ("Stadiometer", "Seca 264", "5%012d" % random.randint(0, 999999999999)),
          ("Spirometer", "Vyaire SentrySuite", "VS-%06d" % random.randint(0, 999999)),
          ("Thermometer (digital, pharmacy)", "Fisher Traceable 15-081-111", "%09d" % random.randint(0, 999999999))]
    lines = ["%-32s %-28s %-16s %s   %s" % (e[0], e[1], e[2], (d - timedelta(days=random.randint(0, 20))).strftime("%m/%d/%Y"),
                                           (d + timedelta(days=365)).strftime("%m/%d/%Y")) for e in eq]
    body = """Hi Anastasia,

Annual calibration/PM completed today. Certificates attached (one PDF). Summary:

Equipment                        Model                        Serial           Cal date     Next due
{ls}

Notes: refrigerated centrifuge rotor A-4-62 showed wear on bucket 3, recommend replacement within 6 months (quote \
Q-{q} to follow). All other items within tolerance. Scale tested at 20/50/100/150 kg, max deviation 0.1 kg.

Ryan Castaneda
Field Service Engineer, BioCal Services | (513) 555-0184
""".format(ls="\n".join(lines), q=random.randint(10000, 99999))
    pdf = make_pdf(["BIOCAL SERVICES - CERTIFICATE OF CALIBRATION", "Customer: %s" % SITE_NAME, ""] +
                   ["%s | %s | S/N %s | PASS" % e for e in eq] + ["", "Technician: R. Castaneda   Standard traceable to NIST"],
                   "calibration certs")
    m = build("Ryan Castaneda <rcastaneda@biocalservices.net>", who(S.ana), "Calibration certificates - TRCR", body, d,
              cc=addr(S.wen), atts=[(pdf, "application", "pdf", "TRCR_cal_certs_%s.pdf" % d.strftime("%Y"))])
    save(m, "clean", "lookalike")

# ====================================================================== CLEAN: news
def news_1():
    d = rdate(40, 500)
    q = (d.month - 1) // 3 + 1
    body = """THE RIDGE REPORT -- Tamsin Ridge Clinical Research quarterly newsletter, Q{q} {y}

NOW ENROLLING
  * {mig} -- episodic migraine, ages 18-65, 4-14 headache days a month. Oral preventive vs placebo, 6 visits.
  * {knee} -- knee osteoarthritis, single injection with 12-month follow-up.
  * {cgm} -- adults with type 1 or insulin-treated type 2 diabetes, 180-day implantable sensor.

BY THE NUMBERS THIS QUARTER
  412 study visits completed | 37 new participants enrolled | 96% visit retention | 3 studies closed out

MILESTONES
  Our {hf} team was the top US enroller last month. The {asth} study completed enrolment two months early.

STAFF SPOTLIGHT
  Please welcome Beatriz Moura, CRC, who joins us from Cedar Valley Research and speaks Portuguese and Spanish, \
and congratulations to Kevin Tran on passing the ACRP CCRC exam!

COMMUNITY
  We'll be at the Milbrook Senior Center health fair on the 14th doing free blood pressure checks and answering \
questions about research. Stop by!

Questions about studies: studies@{s} | {main}
You're receiving this because you subscribed at tamsinridgecr.com. Unsubscribe: https://{s}/unsub
""".format(q=q, y=d.year, mig=PROT_MIG, knee=PROT_KNEE, cgm=PROT_CGM, hf=PROT_HF, asth=PROT_ASTH, s=SITE, main=SITE_MAIN)
    logo = make_png(120, 40, (255, 255, 255), (14, 26, (23, 92, 140)))
    m = build("Tamsin Ridge Clinical Research <news@%s>" % SITE, "subscribers@%s" % SITE,
              "The Ridge Report - Q%d %d" % (q, d.year), body, d, html=True,
              atts=[(logo, "image", "png", "ridge_logo.png")], headers=[("List-Unsubscribe", "<https://%s/unsub>" % SITE)])
    save(m, "clean", "news")

def news_2():
    d = rdate(40, 500)
    body = """HORIZON-HF Study Newsletter -- Issue {n}

Dear investigators and study teams,

ENROLMENT: 1,512 of 2,400 participants randomized across 212 sites in 18 countries. The US, Poland and Brazil \
lead enrolment. Screen-fail rate is 48% globally, driven mainly by renal function and NT-proBNP thresholds.

PROTOCOL AMENDMENT 3: Approved by most IRBs/ECs. Key changes: added hepatic monitoring at Weeks 4 and 8, \
clarified concomitant use of SGLT2 inhibitors (permitted if stable >= 8 weeks), and extended the visit window for \
Week 52 to +/- 14 days.

DATA QUALITY TIP: The most common query this quarter was missing time of last dose on PK visits. Please capture \
the time the participant reports, even if approximate.

RETENTION: Sites using reminder calls 48 h before visits have a 7% lower missed-visit rate. Remember rides and \
meals are reimbursable per the CTA.

Thank you for your dedication.
The HORIZON-HF Study Team, Veridane Therapeutics
""".format(n=random.randint(9, 14))
    m = build("HORIZON-HF Study Team <horizonhf@veridanetx.com>", "HORIZON-HF Sites <horizonhf-sites@veridanetx.com>",
              "HORIZON-HF Newsletter - %s" % d.strftime("%B %Y"), body, d, html=True)
    save(m, "clean", "news")

def news_3():
    d = rdate(40, 500)
    body = """MERIDALE IRB BULLETIN

1. eConsent: Effective next quarter, Meridale will accept eConsent platforms validated under 21 CFR Part 11 \
without a separate review, provided the platform is listed on our pre-reviewed vendor list. Submit screenshots of \
any study-specific content as usual.

2. Single IRB: For multi-site federally funded studies, submit reliance agreements through the SMART portal.

3. Recruitment materials: Social media ads must include the study's IRB number and must not promise \
"free treatment" or emphasize compensation in a larger font than the study description.

4. Reportable events: Reminder that protocol deviations that do not affect safety or data integrity may be \
reported at continuing review rather than within 10 days. See Policy 4.02 rev. F.

5. Office closures: The IRB office will be closed for the holiday; board meetings continue as scheduled.

Meridale Independent Review Board | 1400 Quarry Park Dr, Columbus OH | (800) 555-0137
""".format()
    m = build("Meridale IRB <bulletin@meridaleirb.org>", "Meridale Sites <sites-list@meridaleirb.org>",
              "Meridale IRB Bulletin - %s" % d.strftime("%B %Y"), body, d, html=True)
    save(m, "clean", "news")

def news_4():
    d = rdate(40, 500)
    body = """Hi all -- sharing this summary from the ACRP chapter meeting since a few of you asked.

Decentralized trial elements: key takeaways
- The FDA's final guidance (2024) allows visits at home or local health-care facilities and use of local labs, \
provided the protocol describes how data will be collected and who is responsible.
- Investigators remain responsible for oversight of local HCPs doing trial activities; task logs should reflect \
this and a delegation log entry is not always required for routine SOC tasks.
- Telehealth visits: state licensure rules still apply to where the participant is physically located.
- Diversity action plans: sponsors of phase 3 trials will need to submit enrolment goals by race, ethnicity, sex \
and age group. Expect more sponsor requests for our catchment demographics and outreach plans.
- Data from the chapter survey: 62% of sites use at least one decentralized element; the most common is home \
nursing (41%), followed by eConsent (38%) and direct-to-participant IP shipment (19%).

Slides are in Teams > Education. Worth a read before our next feasibility questionnaires.

Shauna
""".format()
    m = build("Shauna Kilbride <%s>" % addr(S.shauna), "TRCR All Staff <allstaff@%s>" % SITE, "FYI - DCT guidance summary",
              body, d)
    save(m, "clean", "news")

def news_5():
    d = rdate(40, 500)
    body = """Struggling with binders, paper source and endless monitor requests?

SourceLine eSource & eReg is built for research sites:
  - eSource templates built from your protocol in 48 hours
  - Remote monitoring portal with audit trail (21 CFR Part 11)
  - eReg binder with automatic expiry alerts for licenses, CVs and GCP certificates
  - Works with major CTMS and EDC systems

Join our free webinar: "From Paper to eSource in 30 Days" -- {wd}, 1 PM ET.
Hear how a 6-coordinator site cut monitoring visit time by 40% and query rates by a third.

Register: https://sourceline-clinical.com/webinar
Questions? Reply to this email or call (844) 555-0166.

SourceLine Clinical Inc., 55 Market Sq, Suite 900, Pittsburgh PA 15222
You are receiving this email because you attended SCRS 2023. Unsubscribe | Privacy
""".format(wd=(d + timedelta(days=12)).strftime("%A, %B %-d"))
    m = build("SourceLine Clinical <hello@sourceline-clinical.com>", addr(S.shauna),
              "Cut monitoring visit time by 40% - free webinar", body, d, html=True)
    save(m, "clean", "news")

def news_6():
    d = rdate(40, 500)
    body = """Dear research participant,

Thank you for taking part in the PLB-118 "CLEARAIR" study. The study has now ended and the sponsor, Pellucid Bio, \
has prepared this plain-language summary of the overall results.

Who took part: 618 adults with severe asthma at 94 research sites in 11 countries. The average age was 52; \
61% were women.

What was tested: an injection given every 4 weeks, compared with a placebo (dummy) injection, for 52 weeks.

What were the results: People who got the study drug had on average 54% fewer severe asthma attacks than those \
who got placebo. Lung function (FEV1) improved by about 140 mL more than with placebo.

Side effects: The most common were injection site reactions (9% vs 4%), headache and sore throat. Serious side \
effects were similar between groups.

These are overall results. They do not tell you which treatment you received or your own results. If you would \
like to know your treatment group, please call us -- the sponsor will release this information in the coming months.

Thank you again. Research is only possible because of volunteers like you.

The research team at Tamsin Ridge Clinical Research
{main}
""".format(main=SITE_MAIN)
    pdf = make_pdf(["CLEARAIR (PLB-118) - Lay Summary of Results", "Pellucid Bio", "",
                    "618 participants, 94 sites, 11 countries", "Severe asthma attacks: 54% fewer vs placebo",
                    "FEV1: +140 mL vs placebo", "Most common side effects: injection site reactions, headache",
                    "", "This summary contains overall results only."], "lay summary")
    m = build("Tamsin Ridge Clinical Research <studies@%s>" % SITE, "undisclosed-recipients:;",
              "Thank you - CLEARAIR study results summary", body, d,
              atts=[(pdf, "application", "pdf", "CLEARAIR_lay_summary.pdf")])
    save(m, "clean", "news")

# ====================================================================== CLEAN: staff
def staff_1():
    d = rdate(40, 500)
    first = d.replace(day=1) + timedelta(days=32)
    first = first.replace(day=1)
    crew = [("Dana Whitcombe, RN", "(614) 555-0111"), ("Kevin Tran", "(614) 555-0112"), ("Irina Volkova", "(614) 555-0113"),
            ("Marisol Ybarra", "(614) 555-0114"), ("Beatriz Moura", "(614) 555-0115"), ("Jasmine Ocampo, LPN", "(614) 555-0116")]
    docs = ["Dr. Menon", "Dr. Okafor"]
    lines = []
    for w in range(5):
        c = crew[(w + random.randint(0, 5)) % len(crew)]
        lines.append("Week of %-8s  %-20s %s    Backup MD: %s" % ((first + timedelta(days=7 * w)).strftime("%b %-d"), c[0], c[1], docs[w % 2]))
    body = """After-hours study phone rotation for {m}. Handoff is Monday 8 AM -- forward the study line to your \
cell (*72 + number) and send a quick text to the next person when you're done.

{ls}

Trades are fine, just update the shared calendar and tell me. Reminder: you log every after-hours call in the \
call log within 1 business day; anything that sounds like an SAE goes to the backup MD immediately.

Dana
""".format(m=first.strftime("%B"), ls="\n".join(lines))
    m = build(who(S.dana), "TRCR Coordinators <crc-team@%s>" % SITE, "On-call rotation - %s" % first.strftime("%B"), body, d,
              cc=[addr(S.menon), addr(S.okafor)])
    save(m, "clean", "staff")

def staff_2():
    d = rdate(40, 500)
    body = """Coverage next week (front desk + lab):

            Mon           Tue           Wed           Thu           Fri
Front desk  A. Pierce     A. Pierce     N. Haddad     A. Pierce     N. Haddad
Lab/PK      W. Li         J. Ocampo LPN W. Li         J. Ocampo LPN W. Li
Pharmacy    H. Park PharmD H. Park     (remote)      H. Park       H. Park
MD onsite   Menon MD      Okafor DO     Menon MD      Okafor DO     Menon MD (AM)

Saturday clinic ({sat}): K. Tran, B. Moura, Dr. Okafor 8-12.

Nadia is covering front desk Wed/Fri while I'm at the SCRS conference. Please be nice to her. :)

Anastasia
""".format(sat=(d + timedelta(days=(12 - d.weekday()) % 7 or 7)).strftime("%-m/%-d"))
    m = build(who(S.ana), "TRCR All Staff <allstaff@%s>" % SITE, "Next week coverage", body, d)
    save(m, "clean", "staff")

def staff_3():
    d = rdate(300, 320)
    rows = [["Staff", "Role", "GCP (CITI) exp", "IATA/DOT shipping exp", "HSP exp", "CV signed"],
            ["Rajiv Menon, MD", "PI", "03/2025", "n/a", "03/2025", "01/2024"],
            ["Lauren Okafor, DO", "Sub-I", "11/2025", "n/a", "11/2025", "06/2024"],
            ["Dana Whitcombe, RN, CCRC", "Lead CRC", "08/2025", "02/2025", "08/2025", "01/2024"],
            ["Kevin Tran", "CRC", "01/2025", "01/2025", "01/2025", "09/2023"],
            ["Irina Volkova", "CRC", "05/2026", "07/2025", "05/2026", "02/2024"],
            ["Jasmine Ocampo, LPN", "Research Nurse", "12/2024", "12/2024", "12/2024", "12/2022"],
            ["Hyun-woo Park, PharmD", "IDS Pharmacist", "09/2025", "n/a", "09/2025", "03/2024"]]
    body = """Hi everyone,

Pulled from the training tracker -- the following certifications expire in the next few months. Please renew and send me \
the new certificate (PDF) so I can file it in every reg binder you're on:

{t}

Jasmine and Kevin, yours are the closest -- please do these this week. CITI login is through the St. Aldric \
portal. Shipping cert is the Centrix online module (about 90 min).

Full tracker attached.

Teresa
""".format(t="\n".join("  - %s: %s" % (r[0], ", ".join("%s (%s)" % (h.replace(" exp", ""), v) for h, v in zip(rows[0][2:5], r[2:5]) if v in ("12/2024", "01/2025", "02/2025", "03/2025"))) for r in rows[1:] if any(v in ("12/2024", "01/2025", "02/2025", "03/2025") for v in r[2:5])))
    m = build(who(S.teresa), "TRCR Coordinators <crc-team@%s>" % SITE, "Certifications expiring - please renew", body, d,
              cc=[addr(S.menon), addr(S.park)], atts=[(csv_text(rows), "text", "csv", "training_tracker.csv")])
    save(m, "clean", "staff")

def staff_4():
    d = rdate(40, 500)
    body = """Hi all!

Dana's 10-year anniversary with Tamsin Ridge is next Friday (she started when we had 2 studies and one exam room!). \
We're doing a surprise lunch in the large conf room at 12:15. Mediterranean from Olive & Vine -- I'll order for 20.

Card is at the front desk, please sign by Wednesday. If you want to chip in for the gift (spa gift card), Venmo \
me or drop cash in the envelope in my top drawer. $10 suggested, totally optional.

SHHH don't tell her. Dr. Menon is keeping her busy in a "budget meeting" until 12:15.

Anastasia
"""
    m = build(who(S.ana), "TRCR Staff (minus Dana) <staff-party@%s>" % SITE, "shhh - Dana's 10 years!", body, d, html=True)
    save(m, "clean", "staff")

def staff_5():
    d = rdate(40, 500)
    a = d + timedelta(days=random.randint(10, 25))
    b = a + timedelta(days=random.randint(30, 60))
    body = """Team,

Kevin will be out on leave from {a} through approximately {b}. Please don't contact him about work while he's out.

Coverage:
  - {cgm}: Irina (primary), Dana (backup). Ardentis contact is Bryce Halvorsen.
  - {mig} startup: Marisol will attend the SIV in his place.
  - Kevin's after-hours weeks are covered by Beatriz; the rotation is updated.
  - Open EDC queries on his studies will be reassigned by Wen on Monday.

Kevin has done a great handover binder, it's on the shelf in the coordinator office. Let me know if you have \
questions.

Shauna Kilbride, MBA
Site Director, {site}
""".format(a=a.strftime("%-m/%-d"), b=b.strftime("%-m/%-d"), cgm=PROT_CGM, mig=PROT_MIG, site=SITE_NAME)
    m = build("Shauna Kilbride <%s>" % addr(S.shauna), "TRCR All Staff <allstaff@%s>" % SITE, "Coverage while Kevin is out", body, d)
    save(m, "clean", "staff")

def staff_6():
    d = rdate(40, 500)
    body = """Hi all,

Payroll reminders:

1. Timesheets for the pay period ending this Saturday are due in Paylocity by Monday 10 AM (holiday week -- \
payroll processes a day early).
2. Saturday clinic hours are paid at the weekend differential (+$3.00/hr for non-exempt staff). Make sure you \
use the "SAT-CLINIC" earning code, not regular hours, or it won't apply.
3. Mileage for sponsor meetings/home visits: submit in Expensify with the Google Maps screenshot by the 5th.
4. Open enrollment for benefits closes on the 15th. HR office hours Tues/Thurs 2-4 in the small conf room.

W-2 address changes go to me directly.

Thanks,
Lorna Fitch
HR & Payroll, {site}
""".format(site=SITE_NAME)
    m = build("Lorna Fitch <lfitch@%s>" % SITE, "TRCR All Staff <allstaff@%s>" % SITE, "Payroll reminders - holiday week", body, d)
    save(m, "clean", "staff")

def staff_7():
    d = rdate(40, 500)
    day = d + timedelta(days=random.randint(3, 9))
    body = """Hi Dana, Irina,

Interview schedule for the CRC II opening, {dd}:

  9:00-9:45    Candidate 1 - Alicia Brandt (CRC at Pinebrook Research, 3 yrs, CCRP)
  10:00-10:45  Candidate 2 - Jonah Whitaker (new grad BSN, research assistant experience)
  1:00-1:45    Candidate 3 - Mei-Ling Ocasio (CRA at a CRO, wants to move to site side)

Panel: Dana, Irina, me. Dr. Menon joins for the last 15 min of each. Resumes and the scoring rubric are in the \
Hiring folder. Please use the standard question set, plus the protocol-deviation scenario for the experienced \
candidates.

Offer range approved: $62-70K depending on certification.

Shauna
""".format(dd=day.strftime("%A %-m/%-d"))
    m = build("Shauna Kilbride <%s>" % addr(S.shauna), [addr(S.dana), addr(S.irina)], "CRC II interviews %s" % day.strftime("%-m/%-d"),
              body, d, cc=addr(S.menon))
    save(m, "clean", "staff")

# ====================================================================== CLEAN: training
def train_1():
    d = rdate(40, 500)
    doc = make_docx(["SAMPLE SOURCE DOCUMENT - FOR TRAINING ONLY - FICTITIOUS SUBJECT",
                     "Protocol: TRAIN-001 (not a real study)",
                     "Subject: TEST, PATIENT   Subject ID: 999-0001   DOB: 01/01/1900",
                     "Visit: Week 4   Date: [training date]",
                     "Vitals: BP 128/76 (seated, R arm, after 5 min rest), HR 72, Temp 36.8 C, Wt 80.0 kg",
                     "AE review: 'Any new symptoms since your last visit?' -- subject reports mild headache x2 days, resolved.",
                     "Conmeds: acetaminophen 500 mg PRN (new) -- add to CM log.",
                     "IP accountability: dispensed 30, returned 2, expected 2 -> compliance 100%.",
                     "Signature/date of person completing: ________  (ALCOA+: attributable, legible, contemporaneous...)"])
    body = """Welcome Beatriz (and refresher for everyone else)!

Attached is our sample source document for onboarding. The subject is fictitious (TEST, PATIENT, DOB 01/01/1900) \
-- it's the same record we use in the EDC training environment. Please go through it before Thursday's session \
and find the 5 documentation errors I planted (hint: one is about late entries, one about the AE). We'll go over \
answers together.

Remember: never use real participant documents for training. If you want more examples, use the ones in \
Training > Sample Source.

Dana Whitcombe, CCRC
Lead CRC / Training
"""
    m = build(who(S.dana), [addr(S.bia)], "Onboarding - sample source doc exercise", body, d, cc="TRCR Coordinators <crc-team@%s>" % SITE,
              atts=[(doc, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", "Sample_Source_TRAINING.docx")])
    save(m, "clean", "training")

def train_2():
    d = rdate(40, 500)
    body = """UAT Script - {p} EDC build v1.2 (UAT environment ONLY)

Tester: Wen Li      Environment: uat.edc.nexmarapharma.com      Site: 999 (TEST SITE)

Step  Action                                                     Expected                               Result
1     Create subject 999-9001 (test), sex F, YOB 1980            Subject created, status Screening      PASS
2     Enter headache diary day count = 15 for Month -1           Edit check fires: '>14 days, exclude'  PASS
3     Enter eligibility all Y, randomize 999-9001                IRT returns kit number, arm masked     PASS
4     Create subject 999-9002 (test), enter DOB making age 17    Edit check fires: age < 18             FAIL - no fire
5     Enter AE 'nausea' grade 2, serious = Y for 999-9001        SAE form auto-triggers, email to PV     PASS
6     Enter pregnancy test = positive for 999-9002               Pregnancy form triggered               PASS
7     Sign casebook as PI role (test account)                    Signature manifest shown               PASS

Issue log: step 4 - age edit check compares against consent date instead of screening date. Logged as \
UAT-0047. All other checks pass. Test data will be purged before go-live.
""".format(p=PROT_MIG)
    m = build(who(S.wen), "Holly Brandt <hbrandt@nexmarapharma.com>", "%s EDC UAT results - 1 failure" % PROT_MIG, body, d,
              cc=addr(S.dana), atts=[(body, "text", "plain", "UAT_results_NXM22_v1.2.txt")])
    save(m, "clean", "training")

def train_3():
    d = rdate(40, 500)
    body = """Hi team -- here's this month's 10-minute safety reporting quiz. Answers at the bottom, no peeking. \
These are made-up scenarios.

1. A participant in a drug study tells you at a visit that she went to urgent care for a sprained ankle last \
week and was sent home. Is this an AE? An SAE?
2. A participant is admitted overnight for a planned knee replacement that was scheduled before he consented. \
SAE?
3. A participant's potassium comes back 6.2 at a study visit. The PI decides it is clinically significant. AE?
4. A participant's spouse calls to say he died at home over the weekend. What is your reporting timeline to the \
sponsor?
5. A device study participant's sensor falls off on day 3 with no injury. How is this recorded?

Answers:
1. AE yes (if new since consent); not an SAE -- no hospitalization or other seriousness criterion.
2. Not an SAE if the procedure was planned before enrolment and the condition didn't worsen -- document it.
3. Yes, a clinically significant lab abnormality is recorded as an AE.
4. Within 24 hours of site awareness.
5. Device deficiency (not an AE, since no adverse health effect).

Jasmine
"""
    m = build(who(S.jasmine), "TRCR Coordinators <crc-team@%s>" % SITE, "Monthly safety quiz :)", body, d, html=True)
    save(m, "clean", "training")

def train_4():
    d = rdate(40, 500)
    body = """Case study for Wednesday's GCP refresher (de-identified composite, adapted from an FDA warning letter):

A site enrolled a participant into an oncology study. The consent form was signed by the participant on day 1, \
but the screening biopsy had been performed 3 days earlier "to save time," and the tissue was used for \
eligibility. The coordinator backdated the consent to match the biopsy. The monitor found the discrepancy when the \
consent-tracking log showed a different version date.

Discussion questions:
  a) What GCP principles were violated? (ICH E6(R3) 2.8, 3.x, 21 CFR 50.20)
  b) Whose responsibility was it to make sure consent came first?
  c) How should the site have documented the error once found?
  d) What CAPA would you propose?

Bring your answers. We'll also talk about the difference between a late entry and falsification -- a late \
entry is fine if it's dated when written and explained.

Teresa Vallejo
Regulatory Specialist
"""
    m = build(who(S.teresa), "TRCR All Staff <allstaff@%s>" % SITE, "GCP refresher - case study", body, d)
    save(m, "clean", "training")

def train_5():
    d = rdate(40, 500)
    body = """Hi all,

The OnCore CTMS sandbox is set up for Friday's training. Log in at https://oncore-train.{s} with your \
normal username; password is your network password.

Practice records (all fictitious, training environment only -- they do not exist in production):
  - Mickey Testperson, MRN TST000001, DOB 01/01/1950 -- use for registration and consent entry
  - Minnie Sample, MRN TST000002, DOB 02/02/1960 -- use for visit tracking and stipend payment
  - Donald Trainee, MRN TST000003 -- use for off-study and withdrawal

Exercises:
  1. Register Mickey to study TRAIN-CGM, record consent v2.0
  2. Mark Minnie's Week 4 visit complete and trigger a $50 stipend
  3. Take Donald off study (reason: withdrew consent) and confirm the calendar clears

Don't enter any real participant info in the sandbox.

Tyler Greaves
IT Support
""".format(s=SITE)
    m = build(who(S.tyler), "TRCR Coordinators <crc-team@%s>" % SITE, "CTMS training sandbox - Friday", body, d)
    save(m, "clean", "training")

def train_6():
    d = rdate(40, 500)
    body = """Role-play for next week's consent workshop. Pair up; one person is the coordinator, one is the \
"participant." Scenarios are invented.

Scenario A: A 70-year-old man with heart failure (fictional) comes to the consent visit with his adult son. He \
says "just tell me where to sign, the doctor said this is good for me." Practice: slowing down, teach-back, \
making clear participation is voluntary and that the study drug might not help.

Scenario B: A Spanish-speaking woman (fictional) whose reading level is low. Practice: using the IRB-approved \
Spanish ICF vs the short form + interpreter + witness, and who signs what.

Scenario C: A participant asks "what happens if I get hurt?" Practice: explaining the subject injury section \
without promising anything the CTA doesn't cover.

Scoring sheet attached. Marisol and I will rotate between pairs.

Dana
"""
    rubric = csv_text([["Skill", "1 - needs work", "2 - adequate", "3 - strong"],
                       ["Explains purpose & voluntariness", "", "", ""],
                       ["Uses teach-back", "", "", ""],
                       ["Checks understanding of risks", "", "", ""],
                       ["Allows time for questions", "", "", ""],
                       ["Correct signature/date process", "", "", ""]])
    m = build(who(S.dana), "TRCR Coordinators <crc-team@%s>" % SITE, "consent workshop role-play", body, d, cc=addr(S.marisol),
              atts=[(rubric, "text", "csv", "consent_roleplay_rubric.csv")])
    save(m, "clean", "training")

# ====================================================================== main
GENS = ([care_1, care_2, care_3, care_4, care_5, care_6, care_7, care_8],
        [ids_1, ids_2, ids_3, ids_4, ids_5, ids_6, ids_7, ids_8],
        [lang_1, lang_2, lang_3, lang_4, lang_5, lang_6, lang_7, lang_8],
        [lists_1, lists_2, lists_3, lists_4, lists_5, lists_6, lists_7],
        [names_1, names_2, names_3, names_4, names_5, names_6, names_7, names_8],
        [self_1, self_2, self_3, self_4, self_5, self_6, self_7],
        [struct_1, struct_2, struct_3, struct_4, struct_5, struct_6, struct_7],
        [admin_1, admin_2, admin_3, admin_4, admin_5, admin_6, admin_7],
        [look_1, look_2, look_3, look_4, look_5, look_6, look_7],
        [news_1, news_2, news_3, news_4, news_5, news_6],
        [staff_1, staff_2, staff_3, staff_4, staff_5, staff_6, staff_7],
        [train_1, train_2, train_3, train_4, train_5, train_6])

def main():
    for group in GENS:
        for g in group:
            g()
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "label", "kind", "patient_name"])
        for r in ROWS:
            w.writerow(r)
    tot = 0
    for (label, kind), n in COUNTS.items():
        print("%s-%s: %d" % (label, kind, n))
        tot += n
    print("total: %d" % tot)

if __name__ == "__main__":
    main()
