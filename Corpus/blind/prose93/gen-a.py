#!/usr/bin/env python3
"""Blind evaluation set: cruise line shipboard medical centres + shoreside
medical department e-mail.  Everything here is invented.

Usage: python3 gen.py OUTDIR
"""
import sys, os, io, csv, json, zlib, struct, random, zipfile, datetime
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

SEED = 9301
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

ROWS = []
COUNTS = {}

# ----------------------------------------------------------------- helpers
def when(y, m, d, h=None, mi=None, off=-4):
    if h is None:
        h = random.randint(7, 21)
    if mi is None:
        mi = random.randint(0, 59)
    tz = datetime.timezone(datetime.timedelta(hours=off))
    return datetime.datetime(y, m, d, h, mi, random.randint(0, 59), tzinfo=tz)

def ago(d, **kw):
    return d - datetime.timedelta(**kw)

def _ampm(d):
    return "%d:%02d %s" % (d.hour % 12 or 12, d.minute, "AM" if d.hour < 12 else "PM")

def gmail_date(d):      # Wed, Apr 9, 2025 at 7:42 AM
    return "%s, %s %d, %d at %s" % (d.strftime("%a"), d.strftime("%b"), d.day, d.year, _ampm(d))

def outlook_date(d):    # Wednesday, April 9, 2025 7:42 AM
    return "%s, %s %d, %d %s" % (d.strftime("%A"), d.strftime("%B"), d.day, d.year, _ampm(d))

def euro_date(d):       # Tue, 18 Feb 2025 at 09:12
    return "%s, %d %s %d at %02d:%02d" % (d.strftime("%a"), d.day, d.strftime("%b"), d.year, d.hour, d.minute)

def q(text, mark="> "):
    out = []
    for line in text.strip("\n").split("\n"):
        out.append((mark + line) if line.strip() else mark.rstrip())
    return "\n".join(out)

def on_wrote(d, who, style="gmail"):
    if style == "euro":
        return "On %s, %s wrote:" % (euro_date(d), who)
    return "On %s, %s wrote:" % (gmail_date(d), who)

def original(frm, d, to, subj, cc=None):
    s = "-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\n" % (frm, outlook_date(d), to)
    if cc:
        s += "Cc: %s\n" % cc
    return s + "Subject: %s\n" % subj

def forwarded(frm, d, to, subj, cc=None):
    s = "---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n" % (
        frm, gmail_date(d), subj, to)
    if cc:
        s += "Cc: %s\n" % cc
    return s

def msgid(domain):
    h = "".join(random.choice("0123456789ABCDEF") for _ in range(12))
    return "<%s.%d.%s@%s>" % (h, random.randint(10000, 99999), random.choice(["mail", "ex", "smtp", "mx"]), domain)

def _domain(addr):
    a = addr.split("<")[-1].strip(" >")
    return a.split("@")[-1]

def emit(label, kind, frm, to, subject, body, date, cc=None, html=None, atts=(),
         patient="", headers=None, reply_to=None):
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to if isinstance(to, str) else ", ".join(to)
    if cc:
        msg["Cc"] = cc if isinstance(cc, str) else ", ".join(cc)
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = msgid(_domain(frm))
    for k, v in (headers or {}).items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype="html")
    for fname, mime, data in atts:
        maintype, subtype = mime.split("/", 1)
        if isinstance(data, str) and maintype == "text":
            msg.add_attachment(data, subtype=subtype, filename=fname)
        else:
            if isinstance(data, str):
                data = data.encode("utf-8")
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    n = COUNTS.get((label, kind), 0) + 1
    COUNTS[(label, kind)] = n
    fname = "%s-%s-%03d.eml" % (label, kind, n)
    with open(os.path.join(OUT, fname), "wb") as fh:
        fh.write(msg.as_bytes(policy=policy.SMTP))
    ROWS.append((fname, label, kind, patient))
    return msg["Message-ID"]

# ------------------------------------------------------ attachment builders
_ZDT = (2025, 1, 1, 0, 0, 0)

def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=_ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()

def xesc(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;").replace('"', "&quot;"))

def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def make_xlsx(rows, sheet="Sheet1"):
    xml_rows = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xesc(v)))
        xml_rows.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
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
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>'
          % "".join(xml_rows))
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", ws)])

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

def make_docx(paragraphs):
    ps = []
    for p in paragraphs:
        bold = p.startswith("**")
        t = p.strip("*")
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        ps.append('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, xesc(t)))
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
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s'
           '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>' % "".join(ps))
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])

def make_pdf(lines, title="Document"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    body = ["BT", "/F1 10 Tf", "13 TL", "50 760 Td", "(%s) Tj" % esc(title), "T*"]
    for ln in lines:
        body.append("(%s) '" % esc(ln))
    body.append("ET")
    stream = "\n".join(body).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)

def make_png(w, h, pix):
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            raw.extend(pix(x, y))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))

def logo_png():
    # navy banner with a white wave band and a small red cross
    import math
    def pix(x, y):
        wave = 40 + int(6 * math.sin(x / 9.0))
        if (18 <= y <= 30 and 56 <= x <= 64) or (22 <= y <= 26 and 50 <= x <= 70):
            return (200, 30, 45)
        if wave <= y <= wave + 8:
            return (255, 255, 255)
        return (16, 42, 84)
    return make_png(120, 64, pix)

def scan_png():
    # pale grey "blank scanned page" with a darker border, like a phone scan
    def pix(x, y):
        if x < 6 or y < 6 or x > 203 or y > 289:
            return (60, 60, 60)
        n = (x * 7 + y * 13) % 11
        v = 236 + n
        return (v, v, v - 3)
    return make_png(210, 296, pix)

def make_csv(rows):
    bio = io.StringIO()
    w = csv.writer(bio, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return bio.getvalue()

# ------------------------------------------------------------------ cast
CO = "solennecruises.com"
DISC = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended\n"
        "solely for the addressee(s). If you have received it in error, please notify the sender\n"
        "and delete it. Solenne Cruise Line Ltd. is registered in Nassau, The Bahamas.")
DISC_SHORT = "This message may contain confidential information. If received in error please delete and notify the sender."
SHORE = ("Fleet Medical Department | Solenne Cruise Line\n"
         "2750 Port Meridian Parkway, Suite 400, Fort Lauderdale, FL 33316\n"
         "T +1 954 555 0140 | 24h Medical Ops +1 954 555 0199 | F +1 954 555 0141")

HM = "Dr. Helena Marchetti <hmarchetti@solennecruises.com>"
SO = "Samuel Okafor <sokafor@solennecruises.com>"
RV = "Renata Vasquez <rvasquez@solennecruises.com>"
KB = "Kyle Brandt <kbrandt@solennecruises.com>"
PR = "Priya Raghunathan <praghunathan@solennecruises.com>"
TW = "Tomasz Wilk <twilk@solennecruises.com>"
JP = "Jolene Pritchard <jpritchard@solennecruises.com>"
ML = "Marcus Lee <mlee@solennecruises.com>"
BS = "Beatriz Salgado <bsalgado@solennecruises.com>"
KA = "Kenji Arakawa <karakawa@solennecruises.com>"
CA = "Corinne Abbott <cabbott@solennecruises.com>"
MEDOPS = "Fleet Medical Operations <medops@solennecruises.com>"
ACCESS = "Guest Access Desk <accessibility@solennecruises.com>"
MEDREC = "Medical Records <medrecords@solennecruises.com>"
FLEETMO = "Fleet Medical Officers <fleetmedicalofficers@solennecruises.com>"
ALLMED = "All Medical Staff <allmedical@solennecruises.com>"
GREL = "Guest Relations <guestrelations@solennecruises.com>"
GACC = "Guest Accounts <guestaccounts@solennecruises.com>"

AUR_MED = "Aurelia Medical Centre <medical.aurelia@solennecruises.com>"
RQ = "Dr. Rafael Quintero <smo.aurelia@solennecruises.com>"
AD = "Dr. Anjali Desai <doctor2.aurelia@solennecruises.com>"
MD = "Maricel Dizon <chiefnurse.aurelia@solennecruises.com>"
LF = "Liam Fraser <nurse.aurelia@solennecruises.com>"
AUR_GS = "Guest Services Aurelia <guestservices.aurelia@solennecruises.com>"
AUR_CREW = "Crew Office Aurelia <crewoffice.aurelia@solennecruises.com>"

VES_MED = "Vesper Medical Centre <medical.vesper@solennecruises.com>"
GF = "Dr. Giulia Ferraro <smo.vesper@solennecruises.com>"
WK = "Wanjiru Kamau <chiefnurse.vesper@solennecruises.com>"
KT = "Ketut Ardana <nurse.vesper@solennecruises.com>"
VES_GS = "Guest Services Vesper <guestservices.vesper@solennecruises.com>"
VES_HK = "Ruben Alcantara <executivehousekeeper.vesper@solennecruises.com>"

MAR_MED = "Marisol Medical Centre <medical.marisol@solennecruises.com>"
EL = "Dr. Erik Lindqvist <smo.marisol@solennecruises.com>"
JT = "Joanne Tay <chiefnurse.marisol@solennecruises.com>"
RB = "Ramon Bautista <nurse.marisol@solennecruises.com>"
MAR_GS = "Guest Services Marisol <guestservices.marisol@solennecruises.com>"

def sig(name, title, ship=None, extra=None):
    s = "%s\n%s" % (name, title)
    if ship:
        s += "\nMS Solenne %s" % ship
    if extra:
        s += "\n" + extra
    return s

SIG_RV = sig("Renata Vasquez, RN", "Medical Operations Coordinator") + "\n" + SHORE
SIG_KB = sig("Kyle Brandt", "Guest Medical Access Specialist") + "\n" + SHORE
SIG_PR = sig("Priya Raghunathan", "Crew Medical Case Manager") + "\n" + SHORE
SIG_ML = sig("Marcus Lee", "Medical Billing & Claims Analyst") + "\n" + SHORE
SIG_TW = sig("Tomasz Wilk", "Medical Supply & Pharmacy Logistics") + "\n" + SHORE
SIG_JP = sig("Jolene Pritchard, MPH, REHS", "Manager, Public Health & Outbreak Prevention") + "\n" + SHORE
SIG_HM = sig("Helena Marchetti, MD, FACEP", "Vice President & Fleet Medical Director") + "\n" + SHORE
SIG_SO = sig("Samuel Okafor, MD", "Associate Fleet Medical Director") + "\n" + SHORE
SIG_BS = sig("Beatriz Salgado, RN, MSN", "Clinical Education Lead, Fleet Medical") + "\n" + SHORE
SIG_KA = sig("Kenji Arakawa", "Clinical Systems Analyst | Medical Informatics",
             extra="Solenne Cruise Line | +1 954 555 0157")
SIG_RQ = sig("Dr. Rafael Quintero", "Senior Medical Officer", "Aurelia",
             "Medical Centre: ext. 3910 | Sat +870 773 555 041")
SIG_GF = sig("Dott.ssa Giulia Ferraro", "Senior Medical Officer", "Vesper",
             "Medical Centre ext. 3910 | Sat +870 773 555 012")
SIG_EL = sig("Erik Lindqvist, MD", "Senior Medical Officer", "Marisol",
             "Medical Centre ext. 3910 | Sat +870 773 555 066")

# ======================================================================
# PHI / care
# ======================================================================
d0 = when(2025, 6, 16, 19, 48)
orig = """Hi team,

Mr. Harold Benning (8142) stopped at the desk this evening. He's booked on the
Mendenhall Glacier tour tomorrow (meet 0815, pier B) and asked if:

1. a wheelchair + escort can meet him at the gangway, deck 4 fwd, at 0800. His
   wife says the walk down the pier is too long for him now
2. one of the nurses can come to the cabin before that to do his morning
   injection like you did on Monday, so he doesn't have to queue at the centre

I told him I'd check with you and call back by 2100. His daughter also rang the
ship-to-shore line asking "how dad is doing" - I didn't give anything out, just
took her number: Rachel, +1 614 555 0178.

Thanks!
Chloe

Chloe Durand | Guest Services Manager
MS Solenne Aurelia | ext. 4000"""
body = """Chloe,

Liam will be at 8142 at 0730 for the injection. Wheelchair + escort booked with
the gangway team for 0800 deck 4 fwd, and the tour desk knows he needs the front
seat on the coach.

Re the daughter - please tell Mr. Benning she called and let him ring her
himself. We can't update family without his OK. If he wants us to talk to her
he can tell us at the visit tomorrow and we'll note it.

Mari

Maricel Dizon, RN
Chief Nurse - Medical Centre, MS Solenne Aurelia
ext. 3912

""" + on_wrote(d0, "Guest Services Aurelia <guestservices.aurelia@solennecruises.com>") + "\n" + q(orig)
emit("phi", "care", MD, AUR_GS, "RE: Cabin 8142 - Mr Benning - gangway assist + nurse visit tmrw",
     body, when(2025, 6, 16, 20, 17, off=-8), cc=LF, patient="Harold Benning",
     headers={"In-Reply-To": msgid(CO), "Thread-Topic": "Cabin 8142 - Mr Benning - gangway assist + nurse visit tmrw"})

body = """Buenos dias Alejandro,

Please arrange the following for Vesper's call tomorrow (Fri 14 Mar, alongside
Punta Langosta 0700-1700, all aboard 1630):

Guest:        Mrs. Linda Okoro, booking SLN-4471-882, cabin 7031
Pick-up:      gangway, 0900
Vehicle:      van that takes a folding wheelchair - she can transfer with help
Destination:  Clinica Medica Isla Azul, Av. Rafael E. Melgar 1180 -
              appointment with Dr. Ponce at 0930 (booked by the ship's doctor
              this morning)
Escort:       her husband, Mr. Daniel Okoro, travels with her
Return:       please have the driver wait; back at the pier no later than 1530

Billing on our usual account, PO to follow from Marcus. The clinic sends its
invoice directly to the ship.

If the clinic wants to keep her longer, call the ship's medical centre
(Dr. Ferraro) first and then me on the 24h line. Please don't let the driver
leave without telling us.

Gracias,
Renata

""" + SIG_RV + "\n\n" + DISC
emit("phi", "care", RV, "Operaciones Caribe Nautica <ops@caribenautica.com>",
     "Vesper / Cozumel 14 Mar - transport for guest to clinic + return", body,
     when(2025, 3, 13, 15, 2), cc=[GF, ML], patient="Linda Okoro")

d_fw = when(2025, 4, 9, 7, 42)
fw = forwarded("Karen Strauss-Molina <kstraussmolina@orchardnet.com>", d_fw,
               "guestrelations@solennecruises.com",
               "My mother on the Vesper - PLEASE someone check on her")
body = """Dr. Ferraro / Wanjiru - please see below from the daughter of a guest in 6021.
Can someone look in on Mrs. Strauss today and let me know what I can tell the
family (if anything - I know she has to give permission first)? I've promised
Karen a call back by 5pm ET.

Thanks,
Natalie

Natalie Brooks
Guest Relations Specialist | Solenne Cruise Line
+1 954 555 0122

""" + fw + """

Hello,

My mother Evelyn Strauss (80) is on the Vesper, cabin 6021, sailed from Port
Canaveral on Saturday. She called me last night from the cabin phone very upset.
She says the doctor told her she has to stay in her room since Monday and she's
been alone the whole time, her meals come late and cold, and no one has told her
when she can come out. She is hard of hearing and I don't think she understood
everything they told her.

She also takes her heart pills at 8am and 8pm and I'm not sure she has enough
left, she only packed for the week.

Can someone please go and see her, make sure she has her pills and food, and
call me? My number is 407-555-0163. She travels alone, the booking is under her
name.

Thank you,
Karen
"""
emit("phi", "care", "Natalie Brooks <nbrooks@solennecruises.com>", [GF, WK],
     "Fwd: My mother on the Vesper - PLEASE someone check on her", body,
     when(2025, 4, 9, 9, 15), cc=GREL, patient="Evelyn Strauss",
     headers={"Importance": "High", "X-Priority": "1"})

body = """Hi Grace,

Welcome aboard Saturday! Only one open crew case to hand over, everything else is
on the whiteboard in the nurses' station.

Rodel Manalo - Asst Waiter (Horizon Restaurant), crew ID 504218, cabin B-212
 - dressing change daily at 0900 before his shift. supplies in drawer 3,
   labelled with his name
 - light duties until 22/05. F&B manager knows, the restaurant manager keeps
   "forgetting" so pls remind him
 - follow-up appt at the clinic in Nassau 24/05 at 1030. Lucayan Ship Services
   confirmed the car at 0945, crew gangway
 - he has to bring his hospital papers + the X-ray CD, told him twice already
 - next sick wage form goes to Priya shoreside on Friday

He's a sweetheart but he'll skip the dressing if he's running late, so chase him.

Keys for the controlled drugs cabinet are with Dr. Q until you sign the register
together.

Mari

Sent from Outlook for iOS"""
emit("phi", "care", MD, "Grace Oyelaran <grace.oyelaran@solennecruises.com>",
     "handover - crew follow up (Manalo)", body, when(2025, 5, 15, 23, 41), cc=PR,
     patient="Rodel Manalo")

body = """Kyle,

Confirming treatment times for Mr. Dwight Hollis on the 12 Oct Aurelia sailing
(Fort Lauderdale roundtrip, 7 nts):

  Mon 13 Oct   0700-1100
  Wed 15 Oct   0700-1100
  Fri 17 Oct   0700-1100

Treatment room: deck 3 aft next to the medical centre (same set-up as September).
Nurse: Ellie Marsh, RN (our staff, boards with her own kit).

His supplies (12 cases) ship to Port Everglades Terminal 25 on 10 Oct, consignee
"Solenne Aurelia / Medical", our ref SR-25-1012-HOL.

Mrs. Hollis asked whether he can have early seating dinner on treatment days and
a steward check on the cabin at 1200 - said I'd pass that on. She also wants to
know if he can skip the muster line and do the e-muster at the medical centre.
Please advise.

Nephrologist's clearance letter (22 Sep) is in our portal; let me know if your
doctors need the original.

Best,
Tamsin Ruiz
Patient Scheduling Coordinator | SeaRenal Services
+1 305 555 0112 | scheduling@searenal.net

This e-mail is intended for the addressee only."""
emit("phi", "care", "Tamsin Ruiz <scheduling@searenal.net>", KB,
     "Chair schedule confirmed - HOLLIS, Dwight - Aurelia 12 Oct (7 nts)", body,
     when(2025, 9, 30, 11, 6), cc=AUR_MED, patient="Dwight Hollis")

body = """Tomasz,

Quick one. Guest Ana Lucia Brennan, 4417, left her weekly pill organiser at home
in Tampa. Her pharmacy (Bayshore Family Pharmacy, 813-555-0190) faxed her list to
the ship this morning. We can cover three of them from our own stock for the 6
days she has left.

The one we don't carry is her apixaban 5 mg twice a day. Roatan tomorrow - can
the agent pick up 14 tabs at a pharmacy in Coxen Hole if I email a script? She's
happy to pay. She needs to collect from us by 2000 tomorrow at the latest.

I've asked her to come by the centre at 1500 today for the rest.

Anjali

Dr. Anjali Desai, MBBS
Ship's Physician, MS Solenne Aurelia
Medical Centre ext. 3911"""
emit("phi", "care", AD, TW, "guest meds - can we source locally in Roatan?", body,
     when(2025, 2, 4, 10, 22, off=-6), cc=RQ, patient="Ana Lucia Brennan")

body = """Air desk team,

Mr. Gerald Paulsen (booking SLN-5120-337, cabin 9204) will leave the Marisol in
Ketchikan tomorrow morning on the ship doctor's recommendation. His wife Carol
(same booking) goes with him.

Please:
- cancel their return flights SEA-MSP on 22 Jun
- hold 3 nights at a hotel close to Tongass Harbor Medical Center, ground floor
  if possible
- hold open return KTN-SEA-MSP from 24 Jun; they'll confirm once he's been seen

Northpass: ambulance at the gangway 0715, ship alongside 0630. Mr. Paulsen goes
off on a stretcher; Mrs. Paulsen and 4 suitcases with the cabin steward
separately. Passport copies to follow from the Purser.

They have GlobeCover travel insurance. I've opened the case but payment isn't
confirmed yet, so please book on the guest card on file for now (Mrs. Paulsen
agreed by phone with the Guest Services Manager).

Thanks
Renata

""" + SIG_RV
emit("phi", "care", RV, "Guest Air & Hotel Desk <airdesk@solennecruises.com>",
     "URGENT - rebook air + hotel, Paulsen x2, disembarking Ketchikan tomorrow", body,
     when(2025, 6, 19, 18, 55), cc=[MAR_GS, "Northpass Shipping Agency <ketchikan@northpassagency.com>"],
     patient="Gerald Paulsen", headers={"X-Priority": "1", "Importance": "High"})

body = """Hi Priya,

Bongani Dlamini (Sous Chef, crew ID 488190) is back onboard from his hospital
visit in Bridgetown yesterday. Dr Quintero has him on light duty and he has to
see the doctor every 2nd day until Miami.

Few things:
- can shoreside arrange sign off MIA on the 3rd? flight to JNB via ATL, agent
  needs to know by tomorrow
- he asked for a lower bunk, we moved him to C-118 (single) for now
- his wife Thandeka calls the crew office every day, she's worried. I told her
  he's ok and he will call her. can your office speak with her?
  +27 82 555 0147
- P&I - do we open the case or does your team?

Rgds
Sandeep

Sandeep Nair
Crew Admin Manager | MS Solenne Aurelia
ext. 2200"""
emit("phi", "care", "Sandeep Nair <crewoffice.aurelia@solennecruises.com>", PR,
     "Bongani Dlamini - sign off MIA 3rd?", body, when(2025, 10, 28, 14, 9), cc=RQ,
     patient="Bongani Dlamini")

# ======================================================================
# PHI / ids
# ======================================================================
body = """Dear Medical Records Team,

We act for the insurer on the claim referenced above and kindly request copies of
all shipboard medical records relating to our insured, date of birth 11 March
1951, who sailed on MS Solenne Aurelia 14-21 September 2025, cabin 7205
(booking SLN-6618-204).

Specifically:
  - medical centre notes for the visits on 17 and 18 September
  - any ECG tracings and point-of-care lab values
  - itemised invoice of charges posted to the shipboard account
  - medical disembarkation form, if applicable

The insured's signed authorisation (form WA-AUTH-3, signed 2 October 2025) has
been uploaded to the provider portal under the claim number. Please reply quoting
our claim number only, in line with our data handling policy.

Kind regards,

Oksana Petrenko
Medical Claims Reviewer
Wayfarer Assist - Claims Services
T +1 312 555 0126 | F +1 312 555 0127
medicalreview@wayfarerassist.net

Wayfarer Assist processes personal data in accordance with its privacy notice."""
emit("phi", "ids", "Wayfarer Assist Claims <medicalreview@wayfarerassist.net>", MEDREC,
     "Records request - Claim WA-25-0917733 / Policy GCT-88410273", body,
     when(2025, 10, 6, 10, 40, off=-5), patient="")

d_prev = when(2025, 4, 22, 8, 12)
prev = """Marcus - guest in 10118 disputing the med charges at the desk, says her
insurer is paying. Can you confirm before she debarks Sat? Folio 88213-AUR-0415.
Dani"""
body = """Hi Dani,

Please reverse the medical centre charges on folio 88213-AUR-0415 (booking
SLN-3390-115, cabin 10118) - total USD 1,284.00 posted 04/15 (consult,
after-hours fee, IV fluids, 2 x meds). GlobeCover issued GOP GC-MED-770981 this
morning and will pay us direct, so nothing should be charged at debark.

If the card was already settled, refund to the same card and reference this
email.

Thanks,
Marcus

""" + SIG_ML + "\n\n" + original("Daniela Rossi <guestaccounts@solennecruises.com>", d_prev,
                                   "Marcus Lee", "folio 88213-AUR-0415 - med charges") + "\n" + prev
emit("phi", "ids", ML, "Daniela Rossi <guestaccounts@solennecruises.com>",
     "RE: folio 88213-AUR-0415 - med charges", body, when(2025, 4, 22, 11, 3), patient="")

body = """Dear Priya,

Further to our call, could you please confirm for the above seafarer (Seaman's
Book C0448812, signed off Vesper at Civitavecchia on 02.06.2025):

1. The date sick wages ended / will end
2. Number of outpatient visits since repatriation, and clinic invoices received
   to date (we hold two: PCM-CL-5521 and PCM-CL-5590)
3. Whether the attending physician in Manila has issued a final disability
   grading or a fit-to-work declaration

We will also need the 3rd physiotherapy progress report before we can release
the next reimbursement.

Regards,

Hamish Drummond
Claims Executive, Crew & Personal Injury
Northbridge Mutual P&I
T +44 20 7946 0381 | crewclaims@northbridgepandi.com"""
emit("phi", "ids", "Hamish Drummond <crewclaims@northbridgepandi.com>", PR,
     "Our ref NBM/CR/25/01876 - Crew ID 601337 - sick wages and outpatient visits",
     body, when(2025, 8, 12, 14, 30, off=1), patient="")

body = """Exec HK,

Case VES-GI-0912-07 (guest DOB 1958-07-22, cabin 10244) completed 48h
symptom-free at 0800 today. Isolation ended. Please release the cabin for full
Level 2 disinfection before the companion returns from tour (~1500). Steward can
go back to normal service after that.

Cabin-mate (VES-GI-0912-07b) never had symptoms - no restrictions.

VSP log updated.

W. Kamau, RN
Chief Nurse - MS Solenne Vesper"""
emit("phi", "ids", WK, VES_HK,
     "Case VES-GI-0912-07 - isolation ended, cab 10244 release for disinfection",
     body, when(2025, 9, 14, 8, 20), cc=[JP, VES_MED], patient="")

inv_lines = [
    "Aeromed Atlantic LLC - 4100 NW 135th St Hangar 7, Opa-locka FL 33054",
    "INVOICE AMA-55120          Date: 05 Feb 2025        Terms: Net 30",
    "Bill to: Solenne Cruise Line - Fleet Medical Dept, Attn M. Lee",
    "",
    "Patient ref: SCL MRN 0043872    DOB 07/30/1947    Aeromed case 25-0203-RTB",
    "Mission: RTB (Roatan) -> OPF, 03 Feb 2025, Learjet 35A, 1 flight MD + 1 flight RN",
    "Guarantee of payment: GlobeCover GC-MED-771204 (limit USD 38,000.00)",
    "",
    "Fixed-wing air ambulance, bedside-to-bedside ........ USD 36,900.00",
    "Ground ambulance RTB hospital -> airport ............ USD  1,100.00",
    "Ground ambulance OPF -> receiving hospital .......... USD    950.00",
    "Medical escort return travel ........................ USD  2,700.00",
    "TOTAL ............................................... USD 41,650.00",
    "Less GOP (insurer) .................................. USD 38,000.00",
    "Balance due from Solenne Cruise Line ................ USD  3,650.00",
]
body = """Dear Mr. Lee,

Please find attached invoice AMA-55120 for the fixed-wing air ambulance transport
on 03 Feb 2025, Roatan (RTB) to Miami-Opa Locka (OPF).

Patient ref: SCL MRN 0043872 / Aeromed case 25-0203-RTB
GOP: GlobeCover GC-MED-771204 (up to USD 38,000)
Total: USD 41,650.00 - the balance of USD 3,650.00 (ground legs and escort
return) is billed to Solenne per the agreement signed by Dr. Okafor on 02 Feb.

Payment terms net 30. Wire details are on the invoice.

Best regards,
Carla Nunes
Billing Coordinator | Aeromed Atlantic
+1 305 555 0170"""
emit("phi", "ids", "Aeromed Atlantic Billing <billing@aeromedatlantic.com>", ML,
     "Invoice AMA-55120 - Transport 03 Feb 2025 RTB-OPF", body,
     when(2025, 2, 5, 16, 44, off=-5), cc=SO, patient="",
     atts=[("AMA-55120.pdf", "application/pdf", make_pdf(inv_lines, "AEROMED ATLANTIC - INVOICE"))])

body = """Good day Ma'am Priya,

Please see PEME result for the above applicant, position Cabin Steward, joining
MS Solenne Marisol on 18 Aug 2025.

Clinic: Ermita Diagnostic & Medical Center (DOH accred. no. 13-0471-MNL)
Exam date: 29 Jul 2025
Result: FIT WITH RESTRICTION
 - needs 2 dental extractions before embarkation
 - BP 138/88 on repeat reading, advised recheck onboard within 2 weeks
 - chest x-ray, ECG, drug & alcohol screen: normal/negative

Kindly advise if we can proceed with visa processing or if the applicant has to
be re-examined after dental clearance.

Thank you and God bless,

Ma. Cristina Dela Pena
Medical Coordinator
Pacific Crest Manning Inc. | Ermita, Manila
+63 2 8555 0143"""
emit("phi", "ids", "Pacific Crest Manning - Medical <medical@pacificcrestmanning.com>", PR,
     "PEME result - applicant PCM-25-4471 (passport P7782143A) - FIT WITH RESTRICTION",
     body, when(2025, 7, 30, 9, 5, off=8), patient="")

body = """Marcus - the guest in 5510 (booking SLN-7782-019) came back to the desk
asking for the itemised medical bill with codes for her supplemental plan.

Plan details she gave us:
  Keystone Senior Supplement, Member ID XGH884720113, Group 00418

Visit was 11/2, she paid $612.40 on her folio. She says they need CPT + ICD
codes on it or they won't process. Can shoreside produce that or does the ship
doctor have to? She disembarks Saturday.

Thanks,
Ivana

Ivana Horvat
Guest Services Supervisor | MS Solenne Marisol"""
emit("phi", "ids", "Ivana Horvat <guestservices.marisol@solennecruises.com>", ML,
     "itemised bill w/ CPT codes - cabin 5510", body, when(2025, 11, 5, 13, 17),
     cc=EL, patient="")

d_prev = when(2025, 11, 20, 16, 2)
body = """Renata, discharge summary received from the hospital in Cartagena this
morning (pages 1-4 of 4). Uploaded to the case. Wife disembarks tomorrow to join
him; Guest Services handling luggage. Nothing further needed from the ship.

G.

""" + on_wrote(d_prev, RV, "euro") + "\n" + q("""Giulia, any news on the discharge paperwork for MD-VES-2025-0031? The
insurer is asking.

R.""")
emit("phi", "ids", GF, RV,
     "RE: MedDisembark MD-VES-2025-0031 - cab 3118 - discharge summary received",
     body, when(2025, 11, 21, 9, 48, off=-5), cc=MEDOPS, patient="")

# ======================================================================
# PHI / lang
# ======================================================================
body = """Magandang araw po Ma'am/Sir,

Ako po si Jerome Villanueva, Assistant Cook sa MS Solenne Aurelia, Crew ID 512077.
Nag-sign off po ako noong 15 Mayo sa Miami dahil sa operasyon sa tuhod ko (knee
arthroscopy) na ginawa sa ospital doon.

Itatanong ko lang po kung kailan ang schedule ng follow-up check-up ko dito sa
Maynila. Sabi po ng doktor sa barko kailangan ko ng physical therapy tatlong
beses isang linggo, pero hanggang ngayon wala pa po akong natatanggap na LOG
(letter of guarantee) para sa clinic.

Medyo masakit pa rin po ang tuhod ko lalo na pag umaakyat ng hagdan, at namamaga
pa rin sa gabi. Naubos na rin po yung gamot na binigay sa akin (celecoxib),
pwede po bang ma-refill?

Isa pa po, kailan po papasok ang sick wages ko? Kailangan po kasi namin para sa
pang-araw-araw.

Maraming salamat po.

Jerome Villanueva
0917 555 0124
Taguig City"""
emit("phi", "lang", "Jerome Villanueva <jvillanueva.crew@kestrelmail.com>",
     "Pacific Crest Manning - Medical <medical@pacificcrestmanning.com>",
     "Follow up check-up ko po - Jerome Villanueva (Asst Cook, Aurelia)", body,
     when(2025, 6, 3, 20, 12, off=8), cc=PR, patient="Jerome Villanueva")

body = """Buenas tardes Renata:

Le comparto la actualizacion que nos dio el Dr. Efrain Canul, medico tratante del
Sr. Thomas Whitfield (huesped del Vesper, cabina 8044) en el Hospital San Cosme:

- El paciente ingreso ayer a las 11:40 h, trasladado en ambulancia desde el muelle.
- Anoche le colocaron un marcapasos temporal; hoy esta estable, consciente y
  orientado.
- El cardiologo recomienda traslado a Miami en ambulancia aerea en cuanto la
  aseguradora lo autorice; estiman 48 a 72 h.
- La esposa, Sra. Patricia Whitfield, esta hospedada en el Hotel Coral Bay, hab.
  214. Le entregamos el equipaje y los pasaportes que bajo el barco.
- El hospital solicita carta de garantia de pago (GOP) por USD 18,500 antes del
  traslado. Nos dicen que ya enviaron el presupuesto a GlobeCover, caso
  GC-MED-774410.

Cualquier cosa quedo al pendiente en el celular +52 987 555 0133.

Saludos cordiales,

Alejandro Ruiz Peralta
Gerente de Operaciones
Caribe Nautica Agencia Maritima - Cozumel, Q. Roo
Tel. +52 987 555 0130"""
body = (body.replace("actualizacion", "actualización").replace("medico", "médico")
        .replace("huesped", "huésped").replace("ingreso ayer", "ingresó ayer")
        .replace("esta estable", "está estable").replace("cardiologo", "cardiólogo")
        .replace("aerea", "aérea").replace("esta hospedada", "está hospedada")
        .replace("bajo el barco", "bajó el barco").replace("garantia", "garantía")
        .replace("Nautica Agencia Maritima", "Náutica Agencia Marítima").replace("Efrain", "Efraín")
        .replace("traslado a Miami", "traslado a Miami"))
emit("phi", "lang", "Alejandro Ruiz Peralta <aruiz@caribenautica.com>", RV,
     "Actualización - huésped Sr. Thomas Whitfield - Hospital San Cosme Cozumel", body,
     when(2025, 3, 19, 17, 25, off=-5), cc=[GF, "ops@caribenautica.com"],
     patient="Thomas Whitfield")

body = """Boa tarde,

Meu pai, Antônio Carlos Ribeiro, 78 anos, vai embarcar no Solenne Marisol no dia
14/12 em Santos (reserva SLN-8840-552, cabine 6207). Ele usa oxigênio em casa 24
horas por dia (concentrador, 2 litros por minuto) por causa da DPOC.

Já preenchemos o formulário médico pré-embarque no site, mas ainda não recebemos
nenhuma confirmação. Gostaria de saber:

1. Vocês alugam o concentrador portátil ou precisamos levar o nosso?
2. Quantos cilindros de reserva podemos levar na cabine?
3. O médico de bordo precisa ver o laudo do pneumologista? Temos o relatório da
   Dra. Luciana Menezes de 20/11.

Minha mãe vai junto e eu não vou, por isso estou bem preocupado. Ele também toma
furosemida e às vezes as pernas incham bastante.

Obrigado,
Marcelo Ribeiro
(11) 95555-0187"""
emit("phi", "lang", "Marcelo Ribeiro <marcelo.ribeiro@tucanomail.com>",
     "Central de Atendimento <atendimento.br@solennecruises.com>",
     "Oxigênio para meu pai - cruzeiro Marisol 14/12 saindo de Santos", body,
     when(2025, 11, 24, 15, 33, off=-3), cc=ACCESS, patient="Antônio Carlos Ribeiro")

body = """Sehr geehrte Damen und Herren,

während unserer Reise mit der MS Solenne Vesper vom 3. bis 15. Mai 2025 (Kabine
7112) musste ich am 6. Mai wegen starker Seekrankheit das Bordhospital aufsuchen.
Ich habe eine Spritze gegen Übelkeit und eine Infusion bekommen und durfte danach
24 Stunden die Kabine nicht verlassen.

Auf meiner Bordrechnung wurden mir dafür 486,00 USD belastet (Konsultation 150,
Injektion 85, Infusion 196, Medikamente 55). Das halte ich für völlig überzogen,
zumal mir vorher niemand die Kosten genannt hat.

Ich bitte um eine detaillierte Rechnung mit Diagnose, damit ich sie bei meiner
Auslandskrankenversicherung (NordSchutz Reiseversicherung, Versicherungsnr.
NS-4471-2290-18) einreichen kann, sowie um Prüfung einer Teilerstattung.

Mit freundlichen Grüßen

Ingrid Hoffmann
Birkenweg 14
31134 Hildesheim
Tel. 05121 555019"""
emit("phi", "lang", "Ingrid Hoffmann <i.hoffmann@lindenpost.net>", GREL,
     "Beschwerde: Arztrechnung Bordhospital MS Solenne Vesper (Buchung SLN-2291-640)",
     body, when(2025, 5, 27, 10, 4, off=2), patient="Ingrid Hoffmann")

log_lines = [
    "PT Nusantara Crew Mandiri - Jl. Yos Sudarso Kav. 88, Jakarta Utara",
    "SURAT JAMINAN PEMBAYARAN (LETTER OF GUARANTEE) No. NCM/LOG/2025/0812",
    "",
    "Kepada Yth. RS Mitra Harapan Kelapa Gading - Bagian Penjaminan",
    "",
    "Dengan ini kami menjamin biaya pemeriksaan dan pengobatan untuk:",
    "Nama      : Agus Wicaksono",
    "Tgl lahir : 17-03-1986",
    "Jabatan   : Oiler, MS Solenne Vesper (Crew ID 497260)",
    "Diagnosa  : HNP lumbal L4-L5",
    "Layanan   : konsultasi dr. Sp.S, fisioterapi maks. 12 sesi, obat sesuai resep",
    "Berlaku   : 18 Agustus s/d 30 September 2025",
    "",
    "Tagihan dikirim ke PT Nusantara Crew Mandiri u.p. Dewi Lestari.",
    "Jakarta, 18 Agustus 2025",
]
body = """Selamat siang Pak Agus,

Menindaklanjuti telepon kemarin, berikut informasi dari kantor pusat Solenne (Ibu
Priya, Crew Medical):

1. Hasil MRI punggung bawah Bapak tanggal 12 Agustus sudah diterima. Dokter
   perusahaan menyatakan ada saraf terjepit (HNP L4-L5) dan Bapak belum fit untuk
   kembali bekerja di kapal.
2. Jadwal kontrol ke dr. Hendra Gunawan, Sp.S di RS Mitra Harapan Kelapa Gading
   hari Kamis, 21 Agustus 2025 jam 10.00. Mohon bawa kartu berobat dan surat
   jaminan (LOG) terlampir.
3. Fisioterapi dilanjutkan 2x seminggu, maksimal 12 sesi, biaya ditanggung P&I.
4. Sick wages bulan Agustus ditransfer paling lambat tanggal 28.

Kalau nyeri makin berat atau kaki terasa kebas, segera ke IGD dan kabari kami.

Salam,
Dewi Lestari
Crew Welfare Officer
PT Nusantara Crew Mandiri - Jakarta
+62 21 555 0172"""
emit("phi", "lang", "Dewi Lestari <dewi.lestari@nusantaracrew.com>",
     "Agus Wicaksono <agus.wicaks@kestrelmail.com>",
     "Jadwal kontrol dan hasil MRI - Bpk. Agus Wicaksono", body,
     when(2025, 8, 18, 13, 10, off=7), cc=PR, patient="Agus Wicaksono",
     atts=[("LOG_NCM-2025-0812.pdf", "application/pdf", make_pdf(log_lines, "SURAT JAMINAN"))])

body = """Gentili Colleghi,

vi invio la lettera di accompagnamento per il Sig. Franco Bellandi, nato il
04/02/1949, ospite della M/N Solenne Vesper (cabina 5026), che sarà sbarcato
questa mattina alle ore 08:00 e trasferito in ambulanza presso la vostra
struttura.

Anamnesi: ipertensione arteriosa in terapia (ramipril 5 mg), pregresso IMA nel
2016 trattato con PTCA. Allergie: nessuna nota.

Episodio attuale: ieri sera alle 22:30 dolore toracico oppressivo irradiato al
braccio sinistro, durata circa 40 minuti. ECG di bordo: sottoslivellamento ST
V4-V6. Troponina I (point of care) 0,09 ng/mL alle 23:15, ripetuta 0,21 ng/mL alle
02:30.

Terapia somministrata a bordo: ASA 300 mg, nitroglicerina s.l. x2, eparina 5000
UI e.v., O2 2 L/min.

Parametri alla dimissione: PA 138/82, FC 78 ritmica, SpO2 97% in aria ambiente,
dolore 0/10.

In allegato ECG e referto. Lo accompagna la moglie, Sig.ra Anna Maria Bellandi.

Resto a disposizione via telefono satellitare.

Cordiali saluti,

""" + SIG_GF
emit("phi", "lang", GF, "Accettazione - Clinica del Porto <accettazione@clinicadelporto.net>",
     "Trasferimento paziente dalla M/N Solenne Vesper - Sig. Franco Bellandi", body,
     when(2025, 10, 2, 6, 40, off=2), cc=MEDOPS, patient="Franco Bellandi")

body = """Bonjour,

Mon mari, Gilles Tremblay, est en hémodialyse trois fois par semaine (lundi,
mercredi, vendredi) à Montréal. Nous avons réservé la croisière de 10 nuits sur
le Solenne Aurelia au départ de Fort Lauderdale le 8 février (réservation
SLN-3015-771, cabine 8310).

Notre agente de voyages nous dit que vous travaillez avec une compagnie qui offre
la dialyse à bord. Pouvez-vous nous envoyer les formulaires? Son néphrologue, le
Dr Marc-André Gagnon, peut remplir ce qui est nécessaire.

Gilles a aussi du diabète (insuline le soir), il faudrait donc un petit frigo dans
la cabine.

Est-ce que la RAMQ rembourse les séances? Sinon, combien ça coûte par séance?

Merci beaucoup,
Sylvie Tremblay
514 555-0148

Envoyé de mon iPad"""
emit("phi", "lang", "Sylvie Tremblay <sylvie.tremblay@erablemail.com>", ACCESS,
     "Dialyse à bord – croisière du 8 février", body, when(2025, 11, 11, 21, 2),
     patient="Gilles Tremblay")

body = """Добрый день, Прия,

пишу по поводу моей медкомиссии (fitness for duty) перед следующим контрактом на
MS Solenne Marisol (посадка 3 ноября в Барселоне).

Клиника MariMed в Риге отправила вам результаты 14 октября. Врач сказал, что ЭКГ
в норме, но сахар крови натощак 7,1 ммоль/л, и нужно пересдать анализ и сделать
гликированный гемоглобин. Он поставил «временно не годен» до повторных анализов.

Я пересдал 20 октября, HbA1c 6,2%. Могу ли я прислать эти результаты напрямую
вам, или клиника должна перевыпустить сертификат? Очень не хочу потерять место
в контракте.

И ещё: мне назначили метформин 500 мг. Нужно ли указывать это в декларации для
судового врача?

С уважением,
Андрей Белов
2nd Engineer, Crew ID 470915
+371 2555 0163"""
emit("phi", "lang", "Андрей Белов <a.belov.eng@volnamail.net>", PR,
     "Результаты медкомиссии / fitness for duty — Белов А.С., 2nd Engineer", body,
     when(2025, 10, 21, 19, 30, off=3), patient="Andrei Belov")

# ======================================================================
# PHI / lists
# ======================================================================
body = """Jolene,

Day 4 numbers below. 6 new guest cases, 1 new crew. Cumulative guests 19/2,184
(0.87%), crew 4/912 (0.44%). Still under the reporting threshold but the trend is
up - we went to OPP level 2 at 0800. Stool samples x3 in the lab fridge for the
Juneau pick-up.

New cases 12 Jul
CABIN  NAME                    AGE  ONSET        SYMPTOMS           STATUS
7114   HARTLEY, Margaret       71   12/07 0340   V x4, D x2         isolated, antiemetic IM
7114   HARTLEY, Donald         74   12/07 0610   D x3               isolated
9051   PRZYBYLSKI, Adam        38   12/07 1015   V x2               isolated
5233   OYELARAN-COOK, Temi      9   12/07 1240   V x3, T 38.4       isolated, ORS, parents informed
10402  MACALUSO, Vincent       66   12/07 1500   D x5, dizzy        1L NS in MC, back to cabin 1930
6220   FINNEGAN, Rose          80   12/07 2105   D x2               isolated

CREW
C-341  SUAREZ, Jomar (asst waiter, Lido)  29  12/07 0800  V x2, D x1  off duty 48h, crew iso cab C-009

Case definitions per OPP rev 6. Full line list is in the VSP workbook on the
shared drive.

Erik

""" + SIG_EL
emit("phi", "lists", EL, JP, "Marisol GI log - day 4 of 7 - 23:59 cut-off", body,
     when(2025, 7, 13, 0, 22, off=-8),
     cc=[MEDOPS, "Hotel Director Marisol <hoteldirector.marisol@solennecruises.com>"],
     patient="Margaret Hartley; Donald Hartley; Adam Przybylski; Temi Oyelaran-Cook; Vincent Macaluso; Rose Finnegan; Jomar Suarez")

ffd = [["ship", "crew_id", "surname", "given_name", "dob", "rank", "exam_type", "due_date", "last_result", "notes"],
       ["Aurelia", "504218", "Manalo", "Rodel", "1991-02-17", "Asst Waiter", "post-injury FFD", "2025-08-20", "restricted", "post wound care - light duties; review before extension"],
       ["Aurelia", "488190", "Dlamini", "Bongani", "1984-09-03", "Sous Chef", "periodic", "2025-09-02", "fit", ""],
       ["Aurelia", "466021", "Oduya", "Michael", "1979-12-11", "Motorman", "post-illness FFD", "2025-08-15", "fit w/ restriction", "recurrent low back pain x3 since May - no heavy lifting"],
       ["Vesper", "497260", "Wicaksono", "Agus", "1986-03-17", "Oiler", "return-to-work", "2025-09-30", "unfit (temp)", "lumbar disc - awaiting neuro clearance"],
       ["Vesper", "512977", "Khumalo", "Nomvula", "1993-05-28", "Spa Therapist", "periodic", "2025-09-02", "fit w/ restriction", "BP 145/92 at PEME - GP letter pending"],
       ["Vesper", "530118", "Baptiste", "Jean-Robert", "1988-08-08", "Security Officer", "periodic", "2025-09-11", "fit", "colour vision retest requested"],
       ["Marisol", "470915", "Belov", "Andrei", "1981-06-30", "2nd Engineer", "pre-contract", "2025-10-25", "unfit (temp)", "FBG 7.1 - repeat HbA1c"],
       ["Marisol", "509331", "Pillai", "Arjun", "1995-01-19", "Cook 1st", "post-illness FFD", "2025-08-18", "fit w/ restriction", "cellulitis L leg - no galley until healed"],
       ["Marisol", "521604", "Mwangi", "Esther", "1990-10-02", "Housekeeping Supervisor", "periodic", "2025-09-20", "fit", "pregnancy 14 wks declared - reassign per policy at 24 wks"],
       ["Marisol", "515530", "Ocampo", "Ramil", "1988-04-12", "Bar Waiter", "return-to-work", "2025-08-01", "unfit (temp)", "post hernia repair 06/06 - no lifting 4 wks"]]
body = """Dear SMOs,

Attached are the crew whose periodic exams / post-illness fitness-for-duty
reviews fall due before 30 Sep. The "unfit" and "restricted" ones need a decision
before any contract extension is signed.

Please send back outcomes by 15 Aug (just fill in the last_result column and
reply-all).

Thanks,
Priya

""" + SIG_PR + "\n\n" + DISC
emit("phi", "lists", PR, FLEETMO, "Crew fitness-for-duty reviews due Aug/Sep - please action",
     body, when(2025, 8, 1, 9, 30), cc=[RQ, GF, EL], 
     patient="Rodel Manalo; Bongani Dlamini; Michael Oduya; Agus Wicaksono; Nomvula Khumalo; Jean-Robert Baptiste; Andrei Belov; Arjun Pillai; Esther Mwangi; Ramil Ocampo",
     atts=[("FFD_due_AugSep2025.csv", "text/csv", make_csv(ffd))])

body = """Hi Dr. Quintero,

Here's the roster of guests with special medical requirements from the pre-cruise
forms for the 12 Oct sailing. Dialysis guest is our regular (SeaRenal has
confirmed chair times). PortO2 delivers to one cabin; two guests bring their own
POCs.

| Booking      | Cabin | Guest               | DOB        | Need                                  | Notes                         |
|--------------|-------|---------------------|------------|---------------------------------------|-------------------------------|
| SLN-6102-118 | 8320  | Hollis, Dwight      | 05/19/1954 | Dialysis (SeaRenal) M/W/F 0700        | wife travelling               |
| SLN-6240-503 | 6115  | Kowalski, Barbara   | 12/02/1946 | O2 2 L/min continuous - PortO2        | 3 x E cyl + concentrator      |
| SLN-6371-220 | 9042  | Fenwick, Lorraine   | 08/15/1950 | O2 own POC, pulse 3, 4 batteries      | Rx on file                    |
| SLN-6390-007 | 7411  | Nakamura, Hiroshi   | 03/03/1958 | CPAP                                  | distilled water, no ext cord  |
| SLN-6402-615 | 5206  | Delacroix, Simone   | 01/26/1992 | pregnancy 23 wks at sail / 24 at end  | OB letter rec'd - borderline  |
| SLN-6455-330 | 4101  | Whitcombe, Arthur   | 03/14/1950 | wheelchair, insulin - cabin fridge    | accessible cabin              |
| SLN-6460-912 | 8017  | Banerjee, Rina      | 11/09/1961 | O2 own POC, 6 batteries               | pulmonary HTN per form        |

Simone Delacroix is right on the 24-week line on the last day - Dr. Okafor has
approved, but please see her at embarkation so it's documented.

Kyle

""" + SIG_KB
emit("phi", "lists", KB, AUR_MED, "Special medical needs - Aurelia 12 Oct sailing (pre-cruise forms)",
     body, when(2025, 10, 8, 12, 5), cc=[RQ, SO],
     patient="Dwight Hollis; Barbara Kowalski; Lorraine Fenwick; Hiroshi Nakamura; Simone Delacroix; Arthur Whitcombe; Rina Banerjee")

wk = [["Date", "Ship", "Port / position", "Type", "Pax/Crew", "Name", "Booking / Crew ID", "Age", "Reason", "Receiving facility", "Insurer / case", "Status"],
      ["2025-06-30", "Aurelia", "Cozumel", "Med disembark", "Pax", "Lindahl, Bertil", "SLN-5902-114", 72, "complete heart block", "Hospital San Cosme", "GlobeCover GC-MED-775013", "air amb to MIA 07-02"],
      ["2025-07-01", "Vesper", "Cartagena", "Med disembark", "Pax", "Ortega Lamb, Isabel", "SLN-6011-289", 58, "acute cholecystitis", "Clinica Bocagrande", "Wayfarer WA-25-0701553", "surgery done, discharged"],
      ["2025-07-02", "Marisol", "Gulf of Alaska 58N 141W", "Helicopter medevac", "Pax", "Reinholt, Gustav", "SLN-7220-046", 69, "suspected stroke", "Gastineau Regional MC", "self-pay", "admitted ICU"],
      ["2025-07-02", "Marisol", "Juneau", "Med disembark", "Crew", "Santos, Joel", "507781", 33, "appendicitis", "Gastineau Regional MC", "P&I NBM/CR/25/02210", "post-op, repat pending"],
      ["2025-07-03", "Aurelia", "George Town", "Med disembark", "Pax", "Fairweather, Joan", "SLN-5902-380", 77, "fall, hip fracture", "Cayman Islands Gen Hosp", "GlobeCover GC-MED-774519", "awaiting GOP"],
      ["2025-07-04", "Aurelia", "at sea", "Refused disembark (AMA)", "Pax", "Callahan, Patrick", "SLN-6011-502", 64, "NSTEMI", "-", "GlobeCover GC-MED-774602", "disembarked FLL 07-05"],
      ["2025-07-05", "Marisol", "Ketchikan", "Med disembark", "Pax", "Hargrove, Dennis", "SLN-7220-311", 81, "GI bleed", "Tongass Harbor MC", "GlobeCover GC-MED-774655", "stable, flying 07-09"],
      ["2025-07-05", "Aurelia", "Fort Lauderdale", "Crew sign-off (medical)", "Crew", "Reyes, Marvin", "519044", 41, "depression - fit to travel w/ escort", "home (Manila)", "P&I NBM/CR/25/02231", "escort arranged"]]
body = """All,

Week 27 summary (30 Jun - 6 Jul), detail in the attached sheet:

- 7 guest medical disembarkations / transfers, incl. 1 helicopter medevac
  (Marisol, Gulf of Alaska) and 1 refusal of disembarkation signed AMA
- 2 crew (1 acute surgical, 1 escorted sign-off)
- Open GOPs: 2 (GlobeCover) - Marcus is chasing
- No diversions this week

Risk: the George Town fall is already flagged by the family, see Helena's note.

Renata

""" + SIG_RV + "\n\n" + DISC
emit("phi", "lists", RV, [HM, SO, ML], "Weekly medical disembarkations & evacuations - wk 27",
     body, when(2025, 7, 7, 8, 50), cc="Risk Management <risk@solennecruises.com>",
     patient="Bertil Lindahl; Isabel Ortega Lamb; Gustav Reinholt; Joel Santos; Joan Fairweather; Patrick Callahan; Dennis Hargrove; Marvin Reyes",
     atts=[("MedDisembark_wk27_2025.xlsx", XLSX, make_xlsx(wk, "wk27"))])

body = """Erik / Ramon,

For the fridge log (Mon check) - guest meds we're holding in the MC pharmacy
fridge this week:

Whitcombe, Arthur - 03/14/1950 - insulin glargine + lispro pens, picks up 0730 & 1800
Osei, Abena - 11/30/1988 - enoxaparin syringes x10 (post-op clot prevention)
Castellanos, Mateo (6 yo) - 2019-04-02 - growth hormone pens, mum collects nightly
Lindholm, Ruth - 07/07/1961 - etanercept weekly, due Thu
Pereira, Joaquim - 09/23/1944 - latanoprost eye drops (spare bottles)

Temp log 2-8 C fine all week. Please nobody put staff lunch in there again :)

Jo

Joanne Tay, RN
Chief Nurse, MS Solenne Marisol"""
emit("phi", "lists", JT, EL, "MC fridge - guest meds stored this cruise", body,
     when(2025, 8, 25, 7, 55, off=-7), cc=RB,
     patient="Arthur Whitcombe; Abena Osei; Mateo Castellanos; Ruth Lindholm; Joaquim Pereira")

body = """Kyle,

Manifest for Saturday below (pasted from our dispatch sheet). Driver is Luis,
truck 14, ETA terminal 0930. Please make sure terminal security has the names.

Guest\tBooking\tCabin\tEquipment\tSetting\tQty\tPrescriber
Kowalski, Barbara\tSLN-6240-503\t6115\tStationary concentrator + E cyl\t2 L/min continuous\t1 + 3\tDr. P. Hendricks
Quill, Marjorie\tSLN-6377-148\t7209\tPOC rental + spare batteries\tpulse 2\t1 + 4\tDr. S. Amadi
Okonkwo-Bell, Desmond\tSLN-6381-552\t9310\tStationary concentrator\t3 L/min nocturnal\t1\tDr. L. Varga
Pruitt, Eleanor\tSLN-6399-071\t6044\tE cylinders + regulator\t2 L/min PRN\t4\tDr. M. Oyelaran

Pick-up on return Sat 19 Oct 0800 from the same cabins. Invoice to follow
against PO 4500182244.

Thanks,
Dwayne

Dwayne Merriweather
Dispatch Supervisor | PortO2 Medical Supply
+1 954 555 0188"""
emit("phi", "lists", "PortO2 Dispatch <dispatch@porto2supply.com>", KB,
     "Delivery manifest Port Everglades T25 - Sat 12 Oct - Solenne Aurelia", body,
     when(2025, 10, 9, 16, 12), cc=AUR_MED,
     patient="Barbara Kowalski; Marjorie Quill; Desmond Okonkwo-Bell; Eleanor Pruitt")

d3 = when(2025, 3, 28, 10, 15)
d2 = when(2025, 4, 3, 9, 2)
sarah = """Hi Marcus,

As discussed, these claims are pending because we're missing documents from
the ship. Once received we can settle within 10 business days.

Claim no.           Insured              Sailing             Amount (USD)   Missing
GC-CL-2025-10447    Brannigan, Luke      Aurelia 02 Mar      2,310.00       medical report, ECG
GC-CL-2025-10452    Vo, Thi Lan          Vesper 09 Mar         845.50       itemised bill
GC-CL-2025-10519    Adeyemi, Folake      Marisol 16 Mar     13,900.00       disembarkation form + transfer note
GC-CL-2025-10533    Sorensen, Nils       Aurelia 23 Mar        412.00       prescription copy

Kind regards,
Sarah Whitlock
Senior Claims Handler - Travel Medical | GlobeCover Travel Insurance
+1 860 555 0194"""
marcus = """Dr Okafor,

Reminder on the GlobeCover ones below - they are still waiting on the medical
reports. Two of them need your signature on the GOP reconciliation.

Marcus

""" + original("Sarah Whitlock <swhitlock@globecover-ins.com>", d3, "Marcus Lee",
               "Pending documents - Solenne claims March") + "\n" + sarah
body = """Marcus - see Sarah's list at the bottom. Can we close these before quarter
end? I've signed the two GOP letters, they're in your tray.

S.

""" + original(ML, d2, SO, "FW: Pending documents - Solenne claims March") + "\n" + marcus
emit("phi", "lists", SO, ML, "RE: FW: Pending documents - Solenne claims March", body,
     when(2025, 4, 3, 17, 40), patient="Luke Brannigan; Thi Lan Vo; Folake Adeyemi; Nils Sorensen")

# ======================================================================
# PHI / names
# ======================================================================
body = """Sam,

Saw Mrs. Abernathy again this morning. The vertigo is much better after 48h of
betahistine, she walked in by herself and no nystagmus today. Her daughter is
still pushing for a disembarkation in St. Maarten "just to be safe" but honestly I
don't see the indication. Told them we'll reassess at 0800 tomorrow before
arrival. If the family goes over my head to guest relations, now you know why.

BP still high-ish (162/94) - she'd stopped her amlodipine "because of the cruise",
I've restarted it. Will document.

R.

""" + SIG_RQ
emit("phi", "names", RQ, SO, "quick update - the vertigo lady", body,
     when(2025, 1, 22, 11, 37), patient="Mrs. Abernathy")

body = """Renata,

He is refusing disembarkation in Grand Cayman despite the troponin going up
overnight (0.04 -> 0.11). Wife is on our side but he wants to "finish the trip".
Signed the refusal form with the Staff Captain as witness. We'll keep him in the
ICU bed onboard tonight on the monitor.

Can you give GlobeCover a heads-up in case we need to divert or call a
helicopter after Cayman? We're ~26h from Fort Lauderdale.

Anjali

Dr. Anjali Desai
Ship's Physician, MS Solenne Aurelia"""
emit("phi", "names", AD, RV, "Callahan, Patrick - 8830", body,
     when(2025, 7, 4, 6, 12, off=-5), cc=RQ, patient="Patrick Callahan",
     headers={"Importance": "High"})

body = """mari,

big mike from the engine room (oduya, the motorman) was in again at 0200 with
his back, couldn't straighten up, same as last month. gave him diclofenac IM on
dr desai's phone order, he's off duty today. he keeps saying he can't afford to
sign off, school fees etc. i think he's been carrying the fuel filters on his own
again. can you raise it with the chief engineer? and we really need to do his
FFD review before the next port.

also he asked us not to tell his wife anything if she calls again, so fyi.

liam"""
emit("phi", "names", LF, MD, "big mike again", body, when(2025, 7, 29, 7, 3),
     patient="Mike Oduya")

d_q = when(2025, 2, 18, 9, 12, off=-5)
quoted = """Ruben,

Please note Mr. Terrence Oyelowo in 8120 has been vomiting since 3am - he meets
the GI case definition, isolated 48h from last symptom. His sister Ms. Gloria
Oyelowo next door in 8122 had diarrhoea yesterday but says she's fine now - treat
both as isolated until 1000 Thursday.

Dedicated steward please, no turndown, meals via room service in disposables.
Red bags for linen.

Thanks,
Wanjiru

W. Kamau, RN
Chief Nurse - MS Solenne Vesper"""
body = """Done - 8120 and 8122 completed with the Level 2 chlorine protocol at 1400,
linen bagged red. Steward rotation changed as you asked (Arnel only).

Ruben

Ruben Alcantara
Executive Housekeeper | MS Solenne Vesper

""" + on_wrote(d_q, WK, "euro") + "\n" + q(quoted)
emit("phi", "names", VES_HK, WK, "RE: deck 8 isolation cabins", body,
     when(2025, 2, 18, 14, 26, off=-5), patient="Terrence Oyelowo; Gloria Oyelowo")

body = """Hi Dr. Okafor,

Need your call on this one. Novak, Irena (Marisol 19 Jan, 14 nts, Barcelona to
Fort Lauderdale transatlantic) - her pre-cruise form gives an EDD of 12 April,
which puts her at 28 weeks at embarkation and 30 by the end. Policy is no guest
at 24+ weeks at any point in the cruise.

She's attached a letter from her OB saying she's "low risk, fit to travel" and
is asking for an exception because it's their honeymoon. She also mentions
gestational diabetes, diet-controlled.

I've drafted the decline with the FCC language but wanted you to see it first,
since she's already escalated through her travel agent.

Kyle

""" + SIG_KB
emit("phi", "names", KB, SO, "Novak, Irena - pre-cruise form - weeks at sailing", body,
     when(2025, 12, 2, 10, 18), patient="Irena Novak")

body = """Hi GS,

Dorothy in 6112 is still on isolation until tomorrow 1400 - another episode of
diarrhoea at lunchtime so the clock restarted. Please:

- cancel her tour tomorrow (Sandy Cay beach break) and refund per policy
- room service only
- she asked for ginger ale, crackers and an extra blanket

She's 84 and travelling with her friend Marion in 6114, who is fine. Could
someone give her a call around 5 just to check in? She gets lonely.

Ketut, RN
Medical Centre, MS Solenne Vesper"""
emit("phi", "names", KT, VES_GS, "Dorothy 6112 - still isolated + meals", body,
     when(2025, 1, 8, 13, 52), patient="Dorothy (cabin 6112)")

body = """Gavin,

Heads-up on a likely claim.

Mr. Reginald Ashworth-Pike (UK guest, 67) slipped on deck 12 by the aft pool at
about 1620 on 7 Aug. Seen in the medical centre: displaced distal radius fracture
right wrist, closed reduction and back-slab done onboard by Dr. Quintero, X-ray
onboard confirmed acceptable position. Small scalp laceration, 4 sutures. No loss
of consciousness.

He's on warfarin for AF, so we kept him overnight for neuro obs, which were
normal. He declined disembarkation in Cozumel and will see orthopaedics at home.
His son James has already mentioned "the wet deck and no signs" to the Guest
Services Manager.

Deck crew logged the area as wiped at 1545. CCTV request has gone to the Staff
Captain. The medical record is complete and locked; I'll send you the incident
summary but not the full notes unless counsel asks for them.

Helena

""" + SIG_HM + "\n\n" + DISC
emit("phi", "names", HM, "Gavin Thorne <gthorne@solennecruises.com>",
     "Pool deck fall - Aurelia 7 Aug - Mr. Ashworth-Pike", body, when(2025, 8, 8, 9, 41),
     cc=RQ, patient="Reginald Ashworth-Pike")

body = """Requesting paediatric teleconsult, priority 2 (within 1 h).

Patient: Sophie Lindgren, 4 y, approx 17 kg, guest travelling with parents
(cabin 9017).

HPI: fever since yesterday evening, max 39.6 C this morning, vomited x2, drinking
less, has passed urine twice since midnight. No rash. No meningism on my exam but
irritable. R TM bulging and red, L normal. Chest clear, RR 28, SpO2 98%.

Given: paracetamol 250 mg PO at 0700, ibuprofen 170 mg PO at 0930.

Questions: oral amoxicillin vs IM ceftriaxone given the vomiting? Criteria for
disembarking in Cartagena (14 h away)?

Video link available 1000-1400 ship time (UTC-5).

Dr. G. Ferraro, SMO Vesper
+870 773 555 012"""
emit("phi", "names", GF, "MaritimeMD Connect Consults <consults@maritimemdconnect.com>",
     "Paediatric consult request - Vesper - 4 y/o", body, when(2025, 3, 2, 9, 58, off=-5),
     cc=VES_MED, patient="Sophie Lindgren")

# ======================================================================
# PHI / self
# ======================================================================
body = """Hello,

My wife and I are sailing on the Aurelia March 8 (booking SLN-4902-316, cabin
7418). I have sleep apnea and use a CPAP every night, and since my lung surgery
last year I'm on 2 liters of oxygen at night only. I filled out the medical form
online but the confirmation said someone from your team would contact me and
nobody has.

Questions:
- will there be an outlet near the bed for the CPAP or do I bring an extension
  cord (I read those aren't allowed)
- can I bring my own concentrator (Philips) or do I have to rent from your vendor
- do I need a letter from Dr. Saxena (my pulmonologist)?

I'm 71 and otherwise in good health. Best number is 317-555-0119.

Thank you,
Walt Kinsella"""
emit("phi", "self", "Walter Kinsella <wkinsella54@pinemail.net>", ACCESS,
     "CPAP and oxygen on the Aurelia in March", body, when(2026, 1, 27, 14, 3, off=-5),
     patient="Walter Kinsella")

body = """hi, i just got back from the vesper (cabin 4409) and theres a charge of $389
on my card from the medical center. i went in for the seasick patch and they gave
me a shot bc i was throwing up but nobody said it was that much.

my insurance through work (BluePeak Health, member id BPK-22871940) says they'll
reimburse if i send an itemized bill w/ the diagnosis. can someone email that to
me? also i think i got charged twice for the nausea pills

thx
brianna tolliver

sent from my phone"""
emit("phi", "self", "brianna tolliver <bri.tolliver@tidewatermail.net>", GACC,
     "charge on my card from the medical center??", body, when(2025, 6, 9, 22, 47),
     patient="Brianna Tolliver")

body = """Dear Ma'am Priya,

Good day. This is Ramil Ocampo, Bar Waiter from MS Solenne Marisol, crew ID
530661. I was signed off in Seattle on 4 June and had my hernia operation there on
6 June. I am now home in Iloilo.

My wound is healing ok and I had my check-up with Dr. Soriano at Iloilo Doctors'
Medical Plaza on 20 June. He said I need 4 more weeks before lifting heavy things.

Ma'am, I have not received my sick wages for June yet. The agency said they are
still waiting for the medical report from Seattle. Can you please help me check?
Attached is the receipt for my medicines (PHP 1,850).

Thank you very much Ma'am.

Respectfully,
Ramil Ocampo
+63 917 555 0151"""
emit("phi", "self", "Ramil Ocampo <ramil.ocampo88@kestrelmail.com>", PR,
     "sick pay after my operation - Ramil Ocampo, crew id 530661", body,
     when(2025, 7, 2, 21, 15, off=8), patient="Ramil Ocampo",
     atts=[("IMG_20250702_receipt.png", "image/png", scan_png())])

body = """Hi there,

I'm booked on the Marisol Alaska cruise May 17 (booking SLN-7031-448) and just
found out I'm pregnant! Due date is Oct 29, which I think makes me about 16 weeks
when we sail, so I should be ok under your 24 week rule?

My OB (Dr. Kaur) says everything looks normal so far, but I had some spotting
early on. Do you need a letter from her and what does it need to say? Also is
there someone on the ship who can do an ultrasound if something happens? Kind of
nervous since we'll be far from a hospital some days.

Thanks!
Jess Alvarado"""
emit("phi", "self", "Jess Alvarado <jessalvarado@brightwave.net>", ACCESS,
     "Pregnant - can I still sail in May?", body, when(2026, 2, 11, 12, 26, off=-7),
     patient="Jess Alvarado")

body = """To whom it may concern,

I was a passenger on the Marisol (June 14 sailing, stateroom 10211) and was taken
off the ship in Juneau on June 18 after I passed out in the dining room. The
hospital found my heart was in an abnormal rhythm (atrial flutter) and I had a
procedure there.

I'm home now and my cardiologist wants the ship's records: the ECGs, the blood
work and what medications I was given onboard (I remember an IV and something to
slow the heart down). Please send them to me at this address or fax them to
Dr. Ellen Marquez at 612-555-0145.

I would also like to understand why I was charged $2,140 for one night in the
medical center when I was in the "hospital" room less than 12 hours.

Howard Pemberton
DOB 2/9/1949
2218 Ashcombe Lane, Edina MN 55436
952-555-0116"""
emit("phi", "self", "Howard Pemberton <hpemberton@lakeshoremail.com>", MEDREC,
     "Request for my medical records - disembarked in Juneau 6/18", body,
     when(2025, 7, 8, 9, 14, off=-5), cc=GREL, patient="Howard Pemberton")

body = """Hi Priya,

Hope you're well! I'm joining the Vesper again on 2 Sept as Spa Therapist and the
crew office needs a copy of my seafarer medical certificate. I did the exam at the
clinic in Cape Town on 11 July but they only gave me the certificate, not the
results.

The doctor mentioned my blood pressure was a bit high (I think 145/92) and said
your office might want me to see my GP before joining. I've since started
amlodipine 5 mg and my GP's readings last week were 128/84. Can I send you her
letter so there's no problem at sign-on?

Thanks so much,
Nomvula

Sent from my Galaxy"""
emit("phi", "self", "Nomvula Khumalo <nomvula.k@sunbirdmail.net>", PR,
     "Copy of my medical certificate and results please", body,
     when(2025, 8, 6, 18, 40, off=2), patient="Nomvula Khumalo")

body = """Hi, this is Brenda Sykes in 9120. I came to see you Tuesday for the seasick
shot and it helped for a day but I'm dizzy and sick again since the ship started
rocking last night, haven't kept anything down since breakfast. Can I come get
another shot or can someone come to the cabin? My husband wants to know if it's
the same charge as before. Also I'm wearing the patch behind the ear, is it ok to
have both?

Brenda

Sent from my iPhone"""
emit("phi", "self", "Brenda Sykes <brendasykes@mailhaven.com>", AUR_MED,
     "still sick - cabin 9120", body, when(2025, 11, 13, 14, 8), patient="Brenda Sykes")

# ======================================================================
# PHI / struct
# ======================================================================
hl7 = "\n".join([
    "MSH|^~\\&|SEACARE|VESPER_MC|MEDOPS|SOLENNE_HQ|20250309221405||ADT^A04^ADT_A01|VES250309221405|P|2.5.1",
    "EVN|A04|20250309221405|||FERRARO^GIULIA",
    "PID|1||VES-0098812^^^SEACARE^MR~SLN-5501-207^^^SOLENNE^AN||DUBOIS^CLAIRE^MARIE||19620814|F|||88 CHEMIN DU LAC-BRULE^^SAINTE-ADELE^QC^J8B 1A1^CA||^PRN^PH^^1^450^5550171|||||||",
    "PV1|1|E|MC^ICU^1^VESPER||||FERRARO^GIULIA^^^DR^^^^^^^^SMO|||EMER||||||||V25030901|||||||||||||||||||||||||20250309213000",
    "PV2|||R07.9^Chest pain, unspecified^I10",
    "DG1|1||R07.9^Chest pain, unspecified^I10||20250309|W",
    "DG1|2||I10^Essential (primary) hypertension^I10||20250309|W",
    "IN1|1|GCT|GLOBECOVER|GlobeCover Travel Insurance|||||||||||DUBOIS^CLAIRE^MARIE|SEL|19620814|||||||||||||||||GCT-90214477",
])
body = """Kenji,

The nightly feed from Vesper didn't post this encounter to the shoreside case
list. Message copied below from the ship's outbound queue (status "ERR - no ack").
Can you re-run it? Insurer already has a case open so I need it on our side
today.

""" + hl7 + """

Thanks,
Renata

""" + SIG_RV
emit("phi", "struct", RV, KA, "Vesper ADT didn't cross over - 9 Mar encounter", body,
     when(2025, 3, 10, 8, 45), cc="Medical Informatics <medinformatics@solennecruises.com>",
     patient="Claire Dubois")

x12 = "~\n".join([
    "ISA*00*          *00*          *ZZ*SOLENNECL      *ZZ*GLOBECOVER     *250411*1032*^*00501*000004471*0*P*:",
    "GS*HC*SOLENNECL*GLOBECOVER*20250411*1032*4471*X*005010X222A1",
    "ST*837*0001*005010X222A1",
    "BHT*0019*00*SCL250411-02*20250411*1032*CH",
    "NM1*41*2*SOLENNE CRUISE LINE FLEET MEDICAL*****46*SCL0001",
    "PER*IC*MARCUS LEE*TE*9545550140*EM*MLEE@SOLENNECRUISES.COM",
    "NM1*40*2*GLOBECOVER TRAVEL INSURANCE*****46*GCT01",
    "HL*1**20*1",
    "NM1*85*2*SOLENNE MEDICAL CENTRE MS SOLENNE VESPER*****XX*1588667744",
    "N3*2750 PORT MERIDIAN PARKWAY STE 400",
    "N4*FORT LAUDERDALE*FL*33316",
    "REF*EI*650044781",
    "HL*2*1*22*0",
    "SBR*P*18*******CI",
    "NM1*IL*1*HALVORSEN*KRISTIN****MI*GCT-88710342",
    "N3*1420 ALDER CREST DR",
    "N4*BELLINGHAM*WA*98226",
    "DMG*D8*19790522*F",
    "NM1*PR*2*GLOBECOVER TRAVEL INSURANCE*****PI*GCT01",
    "CLM*VES0305-118*389.00***11:B:1*Y*A*Y*Y",
    "HI*ABK:T753XXA*ABF:R112",
    "LX*1",
    "SV1*HC:99203*150.00*UN*1***1:2",
    "DTP*472*D8*20250305",
    "LX*2",
    "SV1*HC:J2550*85.00*UN*1***1:2",
    "DTP*472*D8*20250305",
    "LX*3",
    "SV1*HC:96372*74.00*UN*1***1",
    "DTP*472*D8*20250305",
    "LX*4",
    "SV1*HC:99070*80.00*UN*1***1",
    "DTP*472*D8*20250305",
    "HL*3*1*22*0",
    "SBR*P*18*******CI",
    "NM1*IL*1*OKONJO*CHARLES*E***MI*GCT-88722019",
    "N3*77 WESTBURY PARK RD",
    "N4*HOUSTON*TX*77035",
    "DMG*D8*19560130*M",
    "NM1*PR*2*GLOBECOVER TRAVEL INSURANCE*****PI*GCT01",
    "CLM*VES0307-041*845.50***11:B:1*Y*A*Y*Y",
    "HI*ABK:A084*ABF:E860",
    "LX*1",
    "SV1*HC:99205*225.00*UN*1***1:2",
    "DTP*472*D8*20250307",
    "LX*2",
    "SV1*HC:96360*280.00*UN*1***1:2",
    "DTP*472*D8*20250307",
    "LX*3",
    "SV1*HC:96361*140.50*UN*1***1",
    "DTP*472*D8*20250307",
    "LX*4",
    "SV1*HC:J2405*200.00*UN*2***1",
    "DTP*472*D8*20250307",
    "SE*53*0001",
    "GE*1*4471",
    "IEA*1*000004471",
]) + "~\n"
body = """Sarah,

Resubmitting the two claims rejected on 4/9 (the 999 said bad NM1*IL segment -
we were sending the booking number instead of the policy number). Corrected file
attached, ISA control 000004471.

Let me know if your EDI team still can't load it and I'll send paper.

Marcus

""" + SIG_ML
emit("phi", "struct", ML, "GlobeCover EDI Submissions <edi@globecover-ins.com>",
     "837P resubmission - batch SCL250411-02 (2 claims)", body, when(2025, 4, 11, 10, 41),
     cc="Sarah Whitlock <swhitlock@globecover-ins.com>", patient="Kristin Halvorsen; Charles Okonjo",
     atts=[("SCL250411-02.837", "application/edi-x12", x12.encode("ascii"))])

fhir = {
    "resourceType": "Bundle", "id": "mmd-25-06-1187", "type": "document",
    "timestamp": "2025-06-24T15:12:40Z",
    "entry": [
        {"fullUrl": "urn:uuid:7f1c2a9e-0b41-4e8e-9a3d-2b7e51d0c118",
         "resource": {"resourceType": "Patient", "id": "pt-509331",
                      "identifier": [{"system": "urn:solenne:crew-id", "value": "509331"},
                                     {"system": "urn:solenne:seacare:mrn", "value": "MAR-C-0051920"}],
                      "name": [{"family": "Pillai", "given": ["Arjun"]}],
                      "gender": "male", "birthDate": "1995-01-19",
                      "telecom": [{"system": "phone", "value": "+91 98475 55012"}]}},
        {"fullUrl": "urn:uuid:2b8e90aa-6d7c-4c3f-8a11-5d5a3a2e9f04",
         "resource": {"resourceType": "Encounter", "id": "enc-mmd-25-06-1187", "status": "finished",
                      "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "VR", "display": "virtual"},
                      "subject": {"reference": "Patient/pt-509331"},
                      "period": {"start": "2025-06-24T14:30:00Z", "end": "2025-06-24T14:52:00Z"},
                      "participant": [{"individual": {"display": "Naomi Feld, MD (MaritimeMD Connect)"}},
                                      {"individual": {"display": "Erik Lindqvist, MD (SMO Marisol)"}}]}},
        {"fullUrl": "urn:uuid:9d0f6c3e-1a2b-4f5c-8e7d-6a5b4c3d2e1f",
         "resource": {"resourceType": "Condition", "clinicalStatus": {"coding": [{"code": "active"}]},
                      "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "L03.116",
                                           "display": "Cellulitis of left lower limb"}]},
                      "subject": {"reference": "Patient/pt-509331"}, "onsetDateTime": "2025-06-22"}},
        {"fullUrl": "urn:uuid:4e3d2c1b-0a9f-4e8d-b7c6-a5f4e3d2c1b0",
         "resource": {"resourceType": "Observation", "status": "final",
                      "code": {"coding": [{"system": "http://loinc.org", "code": "8310-5", "display": "Body temperature"}]},
                      "subject": {"reference": "Patient/pt-509331"},
                      "effectiveDateTime": "2025-06-24T14:20:00Z",
                      "valueQuantity": {"value": 38.2, "unit": "Cel", "system": "http://unitsofmeasure.org", "code": "Cel"}}},
        {"fullUrl": "urn:uuid:1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
         "resource": {"resourceType": "MedicationRequest", "status": "active", "intent": "order",
                      "medicationCodeableConcept": {"text": "Cefalexin 500 mg capsule"},
                      "subject": {"reference": "Patient/pt-509331"},
                      "dosageInstruction": [{"text": "500 mg PO four times daily x 7 days; mark margin, review 48 h; unfit for galley duty until review"}]}},
    ],
}
body = """A consult summary has been completed for consult MMD-25-06-1187
(MS Solenne Marisol) by Naomi Feld, MD - Emergency Medicine.

The structured summary (FHIR R4 document bundle) is attached for import into
SeaCare. The narrative PDF is available in the portal under Consults > Completed.

This mailbox is not monitored. For clinical follow-up call the MaritimeMD 24/7
line: +1 617 555 0109.

MaritimeMD Connect | Telemedicine at sea"""
emit("phi", "struct", "MaritimeMD Connect <noreply@maritimemdconnect.com>", MAR_MED,
     "Consult summary available - MMD-25-06-1187 (Marisol)", body,
     when(2025, 6, 24, 11, 13), cc=SO, patient="Arjun Pillai",
     headers={"Auto-Submitted": "auto-generated"},
     atts=[("MMD-25-06-1187.fhir.json", "application/fhir+json", json.dumps(fhir, indent=2))])

medlog = [
    "ENC_ID|VISIT_TS|PT_TYPE|MR_NO|SURNAME|GIVEN|DOB|SEX|CABIN|BOOKING_OR_CREWID|CHIEF_COMPLAINT|ICD10|DISPOSITION|CHARGE_USD",
    "AUR250807-001|2025-08-07 07:12|CREW|AUR-C-0040321|NDLOVU|SIPHO|1990-11-04|M|C-227|520377|toothache|K08.89|RTD, dental ref Cozumel|0.00",
    "AUR250807-002|2025-08-07 08:05|GUEST|AUR-0101877|HAMMOND|LUCILLE|1948-02-20|F|7302|SLN-6890-115|motion sickness|T75.3XXA|meds, home|139.00",
    "AUR250807-003|2025-08-07 08:40|GUEST|AUR-0101878|GRECO|PAUL|1971-06-13|M|9115|SLN-6890-402|sunburn face/shoulders|L55.1|meds, home|162.00",
    "AUR250807-004|2025-08-07 09:55|GUEST|AUR-0101880|NGUYEN|BAO|2017-09-30|M|8211|SLN-6890-377|ear pain|H66.91|amoxicillin, review 48h|188.00",
    "AUR250807-005|2025-08-07 10:30|CREW|AUR-C-0038810|REYES|MARIFE|1994-03-08|F|B-118|533902|UTI symptoms|N39.0|nitrofurantoin, RTD|0.00",
    "AUR250807-006|2025-08-07 11:15|GUEST|AUR-0101881|OKAFOR-BELL|GRACE|1983-12-01|F|6208|SLN-6890-019|vomiting x3|A08.4|GI case - isolated|210.00",
    "AUR250807-007|2025-08-07 13:02|GUEST|AUR-0101882|STEIN|MORRIS|1940-05-27|M|10104|SLN-6890-560|fall in cabin, skin tear|S51.811A|dressing, home|245.00",
    "AUR250807-008|2025-08-07 14:47|GUEST|AUR-0101883|DUARTE|FELIPE|1966-08-19|M|5117|SLN-6890-288|chest tightness|R07.89|ECG, trop neg, home|612.00",
    "AUR250807-009|2025-08-07 16:20|GUEST|AUR-0101884|ASHWORTH-PIKE|REGINALD|1958-01-09|M|11022|SLN-6890-731|fall pool deck, wrist|S52.531A|reduction, backslab, admit obs|1896.00",
    "AUR250807-010|2025-08-07 17:05|CREW|AUR-C-0041155|KOWALCZYK|PIOTR|1987-07-15|M|A-044|508812|hand laceration galley|S61.412A|4 sutures, light duty 3d|0.00",
    "AUR250807-011|2025-08-07 19:40|GUEST|AUR-0101885|BELL|TAMARA|1999-04-22|F|4009|SLN-6890-644|allergic reaction - shellfish|T78.1XXA|IM epinephrine, obs 4h|734.00",
    "AUR250807-012|2025-08-07 21:10|GUEST|AUR-0101886|WHITLOCK|GORDON|1952-10-10|M|8440|SLN-6890-222|palpitations|I48.91|rate control, review am|520.00",
    "AUR250807-013|2025-08-07 22:35|GUEST|AUR-0101887|ALVES|RITA|1975-01-31|F|7018|SLN-6890-318|diarrhoea x4|A08.4|GI case - isolated|198.00",
    "AUR250807-014|2025-08-07 23:50|CREW|AUR-C-0039904|MENSAH|KWAME|1992-02-14|M|C-301|517640|alcohol intoxication|F10.129|obs, security informed|0.00",
]
body = """Scheduled report MEDLOG_DAILY generated 2025-08-08 00:15 ship time.
Ship: MS Solenne Aurelia
Rows: 14
File: AUR_MEDLOG_20250807.txt (pipe-delimited, UTF-8)

This is an automated message from SeaCare Reports. Do not reply."""
emit("phi", "struct", "SeaCare Reports <seacare-reports@solennecruises.com>", [JP, ML],
     "[Scheduled] MEDLOG daily extract - AURELIA - 2025-08-07", body,
     when(2025, 8, 8, 0, 15, off=-5), patient="; ".join(
         ["Sipho Ndlovu", "Lucille Hammond", "Paul Greco", "Bao Nguyen", "Marife Reyes",
          "Grace Okafor-Bell", "Morris Stein", "Felipe Duarte", "Reginald Ashworth-Pike",
          "Piotr Kowalczyk", "Tamara Bell", "Gordon Whitlock", "Rita Alves", "Kwame Mensah"]),
     headers={"Auto-Submitted": "auto-generated", "X-Report-Id": "MEDLOG_DAILY/AUR"},
     atts=[("AUR_MEDLOG_20250807.txt", "text/plain", "\n".join(medlog) + "\n")])

oru = "\n".join([
    "MSH|^~\\&|ISTAT1|MARISOL_MC|SEACARE|MARISOL|20250619031522||ORU^R01|MAR0619031522|P|2.3.1",
    "PID|1||MAR-C-0044107^^^SEACARE^MR||ESCOBAR^LUIS^ALBERTO||19850311|M|||||||||||514408",
    "OBR|1||LAB-3381|CHEM8^i-STAT CHEM8+|||20250619030500|||||||||LINDQVIST^ERIK",
    "OBX|1|NM|2951-2^Sodium^LN||131|mmol/L|138-146|L|||F",
    "OBX|2|NM|2823-3^Potassium^LN||6.4|mmol/L|3.5-4.9|HH|||F",
    "OBX|3|NM|2075-0^Chloride^LN||99|mmol/L|98-109|N|||F",
    "OBX|4|NM|1994-3^Calcium.ionized^LN||1.08|mmol/L|1.12-1.32|L|||F",
    "OBX|5|NM|2345-7^Glucose^LN||6.8|mmol/L|3.9-5.8|H|||F",
    "OBX|6|NM|3094-0^Urea nitrogen^LN||19.6|mmol/L|2.9-9.4|H|||F",
    "OBX|7|NM|2160-0^Creatinine^LN||256|umol/L|53-115|H|||F",
    "OBX|8|NM|2028-9^TCO2^LN||17|mmol/L|24-29|L|||F",
    "OBX|9|NM|718-7^Hemoglobin^LN||13.9|g/dL|13.0-17.0|N|||F",
])
body = """Sam - raw result off the analyser interface below, the PDF export is broken
again. The K is what worries me, ECG has peaked T's in V2-V4. Crew member, deck
dept, 3 days of vomiting + hardly peeing. Calcium gluconate and insulin/dextrose
going in now. Want to call the hospital in Sitka vs keep him to Juneau (11h).
Ring me on the sat phone.

E.

""" + oru + "\n\n" + SIG_EL
emit("phi", "struct", EL, SO, "i-STAT crew member - pls eyeball before I call the hospital",
     body, when(2025, 6, 19, 3, 26, off=-8), cc=MAR_MED, patient="Luis Alberto Escobar",
     headers={"Importance": "High", "X-Priority": "1"})

payload = {
    "event": "precruise_medical_form.submitted",
    "formId": "PCMF-2025-118204",
    "submittedAt": "2025-10-29T19:44:12-04:00",
    "booking": "SLN-9127-660",
    "sailing": {"ship": "Solenne Vesper", "departure": "2025-11-22", "port": "Port Canaveral", "nights": 7},
    "guest": {"firstName": "Gwendolyn", "lastName": "Ashby", "dateOfBirth": "1943-01-27",
              "cabin": "8206", "phone": "+1 843 555 0138", "email": "gwen.ashby@harbornet.com",
              "address": {"line1": "19 Palmetto Row", "city": "Beaufort", "state": "SC", "zip": "29902"}},
    "answers": {
        "oxygen": {"required": True, "flowLpm": 3, "mode": "continuous", "supplier": "own POC",
                   "batteries": 6},
        "mobility": {"device": "scooter", "transfers": "with assistance"},
        "dialysis": False, "pregnant": False, "cpap": False,
        "conditions": ["COPD", "atrial fibrillation"],
        "medications": ["apixaban 5 mg BID", "tiotropium inhaler", "prednisone 5 mg daily"],
        "allergies": ["penicillin"],
        "physician": {"name": "Dr. Howard Lyle", "phone": "+1 843 555 0190"},
    },
    "flags": ["OXYGEN_CONTINUOUS", "MOBILITY_SCOOTER", "ANTICOAGULANT"],
    "reviewQueue": "GUEST_ACCESS_MEDICAL",
}
body = """A pre-cruise medical information form has been submitted and flagged for
review (rules matched: OXYGEN_CONTINUOUS, MOBILITY_SCOOTER).

Open in Access Console: https://portal.solennecruises.com/access/forms/PCMF-2025-118204

Payload:
""" + json.dumps(payload, indent=2) + """

-- 
Solenne Guest Portal - automated notification. Please do not reply."""
emit("phi", "struct", "Solenne Guest Portal <no-reply@portal.solennecruises.com>", ACCESS,
     "New pre-cruise medical form submitted - SLN-9127-660 - requires review", body,
     when(2025, 10, 29, 19, 44), patient="Gwendolyn Ashby",
     headers={"Auto-Submitted": "auto-generated"})

ccd = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.3.9301.1" extension="AUR-MD-2025-0119"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summary of episode note"/>
  <title>Transfer Summary - MS Solenne Aurelia Medical Centre</title>
  <effectiveTime value="20250211062000-0500"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <languageCode code="en-US"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.9301.2" extension="AUR-0098214"/>
      <addr use="HP"><streetAddressLine>Lindenstrasse 42</streetAddressLine><city>Graz</city><postalCode>8010</postalCode><country>AT</country></addr>
      <telecom use="MC" value="tel:+43-664-555-0193"/>
      <patient>
        <name><given>Margarethe</given><family>Vogel</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19550618"/>
        <languageCommunication><languageCode code="de"/></languageCommunication>
      </patient>
    </patientRole>
  </recordTarget>
  <author>
    <time value="20250211062000-0500"/>
    <assignedAuthor><id root="2.16.840.1.113883.3.9301.3" extension="SMO-AUR"/>
      <assignedPerson><name><prefix>Dr.</prefix><given>Rafael</given><family>Quintero</family></name></assignedPerson>
    </assignedAuthor>
  </author>
  <custodian><assignedCustodian><representedCustodianOrganization>
    <id root="2.16.840.1.113883.3.9301"/><name>Solenne Cruise Line Fleet Medical</name>
  </representedCustodianOrganization></assignedCustodian></custodian>
  <component><structuredBody>
    <component><section>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
      <title>Problems</title>
      <text><list><item>Acute pyelonephritis (N10) - onset 09 Feb 2025</item><item>Type 2 diabetes mellitus (E11.9)</item><item>Hypotension responsive to fluids</item></list></text>
    </section></component>
    <component><section>
      <code code="48765-2" codeSystem="2.16.840.1.113883.6.1" displayName="Allergies"/>
      <title>Allergies</title>
      <text>Sulfonamides - rash</text>
    </section></component>
    <component><section>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="Medications"/>
      <title>Medications given onboard</title>
      <text><table><tbody>
        <tr><td>Ceftriaxone 2 g IV</td><td>10 Feb 2025 01:30, 11 Feb 2025 01:30</td></tr>
        <tr><td>Sodium chloride 0.9% 2,500 mL IV total</td><td>10-11 Feb 2025</td></tr>
        <tr><td>Paracetamol 1 g IV</td><td>q6h</td></tr>
        <tr><td>Metformin 1 g PO BID (home med) - held</td><td></td></tr>
      </tbody></table></text>
    </section></component>
    <component><section>
      <code code="8716-3" codeSystem="2.16.840.1.113883.6.1" displayName="Vital signs"/>
      <title>Vital signs at transfer</title>
      <text>BP 104/62, HR 98, T 38.1 C, RR 20, SpO2 96% RA, glucose 11.2 mmol/L</text>
    </section></component>
    <component><section>
      <code code="42349-1" codeSystem="2.16.840.1.113883.6.1" displayName="Reason for referral"/>
      <title>Reason for transfer</title>
      <text>Persistent fever and borderline BP after 36 h IV antibiotics; needs imaging and blood cultures not available onboard. Travelling with husband (Herbert Vogel). Insurer: Wayfarer Assist, case WA-25-0211087.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
body = """Dear colleagues,

Please find attached the transfer summary (C-CDA) generated from our shipboard
record for the guest being transferred to you by ambulance at 0730 this morning.
ECG printouts and the lab sheet travel with the patient in a sealed envelope.

I can be reached on the ship's satellite line until we sail at 1700.

Kind regards,

""" + SIG_RQ + "\n\n" + DISC
emit("phi", "struct", RQ, "Transfer Desk - New Providence Medical Centre <transfers@npmedcentre.org>",
     "Transfer summary (CCD) - guest disembarking 0730 - ref AUR-MD-2025-0119", body,
     when(2025, 2, 11, 6, 24, off=-5), cc=[MEDOPS, "Wayfarer Assist Ops <ops@wayfarerassist.net>"],
     patient="Margarethe Vogel",
     atts=[("AUR-MD-2025-0119_transfer_summary.xml", "application/xml", ccd.encode("utf-8"))])

# ======================================================================
# CLEAN / admin
# ======================================================================
body = """Dear SMOs and Chief Nurses,

Q4 formulary restock: cut-off for orders is this Friday 1700 ET. Please submit
through the SeaCare Stores module, not by email - anything emailed after Friday
will roll into the January consolidation.

Changes this quarter:

1. Promethazine 25 mg/mL ampoules remain on manufacturer backorder (ETA
   February). Until then, stock ondansetron 4 mg ODT and 4 mg/2 mL ampoules at
   1.5x par level for motion sickness and GI. The nausea protocol (MC-PROT-014)
   has been updated - Dr. Okafor signed it off yesterday.
2. Scopolamine patches: new supplier, same strength. Boxes look different
   (green band) - please tell Guest Services so they don't panic at the
   pharmacy window.
3. Alteplase: Aurelia and Vesper kits expire in March - replacements ship with
   the dry-dock containers, do not discard until the new kits are logged in.
4. Controlled drugs register reconciliation is due before each ship's dry dock.
   Dual signatures, photos of the final page to me.

Par levels for the 2026 itineraries (Alaska + South America) are in the shared
drive under Formulary > 2026 Pars. Shout if anything looks low for a 14-night
transatlantic.

Thanks,
Tomasz

""" + SIG_TW + "\n\n" + DISC
emit("clean", "admin", TW, FLEETMO, "Q4 formulary restock - cut-off Fri + ondansetron substitution",
     body, when(2025, 10, 14, 9, 12), cc=HM)

html = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<p>Dear Medical Centre teams,</p>
<p><b>SeaCare EMR 7.4</b> will be installed on <b>MS Solenne Vesper</b> on <b>14 November, 0100-0500 ship time</b>.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Function</th><th>During downtime</th></tr>
<tr><td>Encounter documentation</td><td>Paper form MC-01 (encounter sheet)</td></tr>
<tr><td>Medication administration</td><td>Paper MAR MC-07</td></tr>
<tr><td>i-STAT / ECG interface</td><td>Paused - print results and attach</td></tr>
<tr><td>Folio charge posting</td><td>Manual charge slip to Guest Services</td></tr>
</table>
<p>All paper encounters must be back-entered within 24 h. Label printers will be re-paired by IT on the morning of the 14th.</p>
<p>Kenji Arakawa<br>Clinical Systems Analyst | Medical Informatics</p>
</body></html>"""
body = """Dear Medical Centre teams,

SeaCare EMR 7.4 will be installed on MS Solenne Vesper on 14 November,
0100-0500 ship time.

During the downtime:
 - Encounter documentation: paper form MC-01 (encounter sheet)
 - Medication administration: paper MAR MC-07
 - i-STAT / ECG interface: paused - print results and attach
 - Folio charge posting: manual charge slip to Guest Services

All paper encounters must be back-entered within 24 h. Label printers will be
re-paired by IT on the morning of the 14th. Aurelia follows on 28 Nov, Marisol in
dry dock.

""" + SIG_KA
emit("clean", "admin", KA, [VES_MED, GF, WK], "SeaCare EMR 7.4 upgrade - Vesper downtime 14 Nov 0100-0500 ship time",
     body, when(2025, 11, 3, 15, 30), cc=[FLEETMO, MEDOPS], html=html)

body = """Helena, Sam,

Summary of what changes in the GlobeCover direct billing addendum (effective
1 January), before it goes to Legal for signature:

- GOP turnaround: GlobeCover commits to 4 h for shipboard inpatient/observation
  and 2 h for medical disembarkations (currently "best efforts")
- Rates: consult USD 150 in hours / 225 after hours; observation bed USD 980 per
  12 h block; IV therapy bundled at USD 280 first hour
- Timely filing: 90 days from date of service (was 180). We'll need the ships to
  close encounters within 72 h or we'll miss it.
- Medical record requests come through their provider portal only, with the
  insured's authorisation attached - no more emailed requests
- No balance billing of covered guests above the GOP amount except deductibles
- Air ambulance: they contract directly; our role ends at bedside handover

Open point: they want ICD-10 on every line, which the ships don't always code.
I'd suggest Beatriz adds a short coding refresher to the nurse orientation.

Marcus

""" + SIG_ML
emit("clean", "admin", ML, [HM, SO], "GlobeCover direct billing addendum - summary of changes (eff. 1 Jan)",
     body, when(2025, 11, 18, 16, 4), cc="Legal - Commercial <legalcommercial@solennecruises.com>")

body = """Helena, Rafael,

Confirming medical centre scope for the Aurelia dry dock (Freeport, 2-16 Feb):

 1. Isolation room 2: new HEPA unit and negative pressure monitor (target -2.5 Pa),
    door closer replaced
 2. Exam rooms 1-3: LED exam lights, new hand-wash sinks with sensor taps
 3. X-ray room: lead lining survey + new warning light at door
 4. Oxygen manifold: 2 new high-pressure hoses, alarm panel recalibrated
 5. Body storage (2 berths): compressor overhaul, alarm to bridge
 6. Pharmacy: new lockable fridge with data logger (replaces the domestic unit)
 7. Flooring in waiting area + ramp threshold for wheelchairs

The medical centre must be fully operational by 15 Feb 1200 for the sea trial.
While exam rooms 1-3 are closed (3-9 Feb) crew clinics run from the crew
training room on deck 2 with the portable kit.

Bram

Bram de Vries
Project Manager, Fleet Technical Projects
Solenne Cruise Line | +1 954 555 0163"""
emit("clean", "admin", "Bram de Vries <bdevries@solennecruises.com>", [HM, RQ],
     "Aurelia dry dock - medical centre scope & isolation room HVAC", body,
     when(2025, 12, 9, 11, 20), cc=[MD, TW, "Fleet Technical Projects <techprojects@solennecruises.com>"])

ics = """BEGIN:VCALENDAR
PRODID:-//Solenne Cruise Line//Fleet Medical//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/New_York
BEGIN:STANDARD
DTSTART:20241103T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:20250309T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:fmops-2025-03-06@solennecruises.com
DTSTAMP:20250220T150000Z
DTSTART;TZID=America/New_York:20250306T140000
DTEND;TZID=America/New_York:20250306T150000
SUMMARY:Monthly Fleet Medical Ops Call
LOCATION:Teams / HQ Conf Room 4B
ORGANIZER;CN=Helena Marchetti:mailto:hmarchetti@solennecruises.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Fleet Medical Officers:mailto:fleetmedicalofficers@solennecruises.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Fleet Medical Operations:mailto:medops@solennecruises.com
DESCRIPTION:Agenda: OPP rev 6\\, medevac debrief (process only)\\, telemedicine contract renewal\\, Q2 formulary
END:VEVENT
END:VCALENDAR
"""
body = """Hi all,

Monthly ops call moves to Thursday this month because of the Vesper turnaround.

Agenda
 1. OPP revision 6 - Jolene (15 min)
 2. Medevac debrief - process only, the Gulf of Mexico helicopter hoist (Sam)
 3. MaritimeMD contract renewal - video quality, paediatric cover
 4. Q2 formulary + promethazine shortage - Tomasz
 5. AOB

Ship time is UTC-5 for all three ships that day, so 1400 ET works. SMOs, if
you're in port and can't dial in, send a note to Renata beforehand.

Helena

""" + SIG_HM
emit("clean", "admin", HM, [FLEETMO, MEDOPS], "Invitation: Monthly Fleet Medical Ops Call - Thu 6 Mar 1400 ET",
     body, when(2025, 2, 20, 10, 0), atts=[("invite.ics", "text/calendar", ics)])

pol = [
    "OUTBREAK PREVENTION PLAN - REV 6 - SUMMARY OF LEVELS",
    "Effective 1 May 2025. Supersedes rev 5 (Aug 2023).",
    "",
    "Case definition (GI): 3+ loose stools in 24 h, OR vomiting plus one of:",
    "  abdominal cramps, headache, myalgia, fever > 38.0 C.",
    "",
    "LEVEL 1 (baseline): routine sanitation, hand hygiene stations at venues.",
    "LEVEL 2: guest cases >= 1.0% of POB or crew >= 0.5% within voyage;",
    "  self-service buffets staffed, public restroom cleaning every 30 min.",
    "LEVEL 3: guest cases >= 2.0% or crew >= 1.0%; notify Fleet Medical and",
    "  regulatory reporting per itinerary; embarkation-day deep clean.",
    "",
    "Isolation: guests 48 h after last symptom; crew food handlers 72 h.",
    "Disinfectant: chlorine 1000 ppm or approved norovirus-claim product.",
]
body = """To all Hotel Directors, SMOs and Chief Nurses,

Revision 6 of the Outbreak Prevention Plan takes effect on 1 May. The main
changes are lower triggers for Level 2 and a longer isolation period for crew
food handlers (72 h after last symptom instead of 48 h). Summary of levels
attached - please print it for the medical centre, the galley and housekeeping
offices.

Case counting: the medical centre remains the single source of truth for case
numbers. Please don't circulate separate counts from housekeeping or guest
services.

Training for housekeeping supervisors will be run onboard by the Chief Nurse
before the first voyage under rev 6.

Jolene

""" + SIG_JP + "\n\n" + DISC
emit("clean", "admin", JP, ["All Hotel Directors <hoteldirectors@solennecruises.com>", FLEETMO],
     "OPP rev 6 - GI outbreak levels & triggers (effective 1 May)", body,
     when(2025, 4, 14, 13, 45), cc=[HM, SO],
     atts=[("OPP_rev6_levels_summary.pdf", "application/pdf", make_pdf(pol, "SOLENNE CRUISE LINE - FLEET MEDICAL"))])

body = """Hello all,

2025 schedule for AED consumables and medical oxygen cylinders. Please check
against your own equipment log and tell me by 31 Jan if anything is off.

AEDs (pads + batteries)
  Aurelia   22 units   pads expire 04/2025   batteries 09/2025
  Vesper    19 units   pads expire 06/2025   batteries 06/2025
  Marisol   24 units   pads expire 03/2025   batteries 11/2025

Medical O2 cylinders - hydrostatic inspection due
  Aurelia   D x 14, E x 10   due 05/2025 (send ashore Fort Lauderdale)
  Vesper    D x 12, E x 8    due 08/2025
  Marisol   D x 16, E x 12   due 07/2025 (Seattle turnaround)

Monthly AED checks stay with the nursing team (green tag, initials, date). The
quarterly check of the crew-area AEDs moves to the Safety Officer from March.

Thanks,
Femi

Femi Adebayo
Biomedical Equipment Coordinator | Fleet Medical
+1 954 555 0148"""
emit("clean", "admin", "Femi Adebayo <fadebayo@solennecruises.com>", [FLEETMO, MD, WK, JT],
     "AED pads/batteries + O2 cylinder inspection schedule 2025", body,
     when(2025, 1, 13, 9, 5), cc=TW)

# ======================================================================
# CLEAN / lookalike
# ======================================================================
inv = [
    "PortO2 Medical Supply, Inc. - 1801 SE 17th St Bay 6, Fort Lauderdale FL 33316",
    "INVOICE INV-2025-08817     Invoice date 10/21/2025     Customer acct SCL-00219",
    "PO 4500182244     Terms Net 45     Sales rep: D. Merriweather",
    "",
    "Line  Item                                   Asset/Serial       Qty   Unit      Amount",
    "1     Stationary concentrator 5L - rental     PO2-C5-11842        1   210.00    210.00",
    "2     Stationary concentrator 5L - rental     PO2-C5-11907        1   210.00    210.00",
    "3     POC 3-setting - rental                  PO2-P3-40277        1   245.00    245.00",
    "4     E cylinder medical O2 (filled)          lot 25-1009-E      11    38.50    423.50",
    "5     Regulator 0-15 L/min                    PO2-R15-8812        2    22.00     44.00",
    "6     Terminal delivery/pick-up Port Evgl T25                     2    95.00    190.00",
    "",
    "Subtotal 1,322.50   Tax 0.00   TOTAL USD 1,322.50",
    "Remit: PortO2 Medical Supply, ACH ref CUST-00219; questions ar@porto2supply.com",
]
body = """Good afternoon,

Please find attached invoice INV-2025-08817 against PO 4500182244 (customer
account SCL-00219), Port Everglades T25 deliveries 10/12 and pick-ups 10/19.

Invoice total: USD 1,322.50, terms net 45 (due 12/05/2025).
Tracking for the regulators shipped separately: 1Z 8R4 F21 03 5512 7740.

Statement of account shows 2 open items:
  INV-2025-08590   09/23/2025   USD 1,088.00   31 days
  INV-2025-08817   10/21/2025   USD 1,322.50   current

Thank you for your business!

Accounts Receivable
PortO2 Medical Supply, Inc.
T +1 954 555 0186 | F +1 954 555 0187"""
emit("clean", "lookalike", "PortO2 Accounts Receivable <ar@porto2supply.com>",
     "Accounts Payable <ap@solennecruises.com>",
     "Invoice INV-2025-08817 | PO 4500182244 | Account SCL-00219", body,
     when(2025, 10, 21, 14, 2), cc=TW,
     atts=[("INV-2025-08817.pdf", "application/pdf", make_pdf(inv, "PORTO2 MEDICAL SUPPLY - INVOICE"))])

body = """Maricel,

Packing list for shipment SCL-AUR-0925 (arrives Port Everglades Sat, loads with
ship's stores at 0700). Cold chain items are in the blue totes with data loggers -
please download the loggers before signing the receipt.

NDC            Description                              Lot          Exp        Qty
0409-4888-02   Lidocaine HCl 1% 20 mL vial               24-118-DK    2026-11    25
63323-0262-01  Ondansetron 4 mg/2 mL inj                 7720341      2026-06    60
0781-3204-95   Ceftriaxone 1 g vial                      LK4471B      2027-01    30
0143-9875-10   Epinephrine 1 mg/mL 1 mL amp              F0092A       2026-03    40
0169-4060-13   Insulin aspart 100 U/mL 10 mL (COLD)      PT55Q07      2026-08     6
0006-4119-02   Tetanus/diphtheria vaccine (COLD)         Y021154      2026-02    10

Data loggers: TL-55102, TL-55103 (range 2-8 C)
Pallet seal: 0078412 / 0078413
Courier AWB: 176-4410 2281

Any variance, note it on the receiving screen in SeaCare Stores and copy me.

Tomasz

""" + SIG_TW
emit("clean", "lookalike", TW, MD, "Shipment SCL-AUR-0925 packing list - lots & expiries (cold chain)",
     body, when(2025, 9, 24, 17, 15), cc=RQ)

body = """All,

Updated Fleet Medical directory below (Sept 2025). Please delete older copies.

SHORESIDE - Fort Lauderdale                         Direct            Mobile
Dr. Helena Marchetti, Fleet Medical Director        +1 954 555 0142   +1 954 555 0110
  FL lic. ME 118426 | NPI 1457392018
Dr. Samuel Okafor, Assoc. Fleet Medical Director    +1 954 555 0143   +1 954 555 0111
  FL lic. ME 129905 | NPI 1639284410
Renata Vasquez, RN, Medical Ops Coordinator         +1 954 555 0144   +1 954 555 0112
24h Medical Operations line                         +1 954 555 0199
Fax (medical records)                               +1 954 555 0141

SHIPS                 Medical centre   Emergency   SMO line   Sat (Inmarsat)
MS Solenne Aurelia    ext 3910         ext 911     ext 3901   +870 773 555 041
MS Solenne Vesper     ext 3910         ext 911     ext 3901   +870 773 555 012
MS Solenne Marisol    ext 3910         ext 911     ext 3901   +870 773 555 066

Current SMOs: Dr. R. Quintero (Aurelia, MCI reg. 77140), Dr. G. Ferraro (Vesper,
OMCeO Roma 61022), Dr. E. Lindqvist (Marisol, Socialstyrelsen 8804417)

MaritimeMD Connect 24/7 consult line: +1 617 555 0109, account SCL-7731

Renata

""" + SIG_RV
emit("clean", "lookalike", MEDOPS, [FLEETMO, ALLMED], "Updated Fleet Medical directory - Sept 2025",
     body, when(2025, 9, 2, 8, 30))

body = """Helena, Sam,

GI surveillance summary Q2 (1 Apr - 30 Jun). Aggregates only, line lists stay
with each ship.

Ship      Voyages  Guest-days  Guest cases  Rate/1,000 gd  Crew cases  Peak day %  Outbreak (>=2%)
Aurelia   13       201,440     71           0.35           9           0.9%        No
Vesper    12       176,820     118          0.67           22          2.3%        Yes (V0514, 14-21 May)
Marisol   11       184,975     62           0.34           7           0.8%        No
FLEET     36       563,235     251          0.45           38          -           1 of 36

Compared with Q1 the fleet rate fell from 0.58 to 0.45 per 1,000 guest-days.
The single outbreak voyage (Vesper, 14-21 May) peaked at 2.3% on day 5; 4 of 5
stool samples returned norovirus GII.4.

Median time from first symptom to MC visit: 6.5 h (Q1: 9 h). Hand hygiene
compliance at buffet entrances (observed): 71% / 68% / 74%.

Full report in SharePoint > Public Health > 2025 > Q2.

Jolene

""" + SIG_JP
emit("clean", "lookalike", JP, [HM, SO], "GI surveillance Q2 - fleet summary", body,
     when(2025, 7, 15, 11, 45), cc=FLEETMO)

body = """Dear SMOs / Guest Accounts,

The 2026 fee schedule is final. Posting codes and the CPT / typical ICD-10
mapping used on itemised invoices are below. Prices in USD.

Posting  Description                          CPT     Typical ICD-10           Price
MC-101   Consultation, medical centre hours   99203   -                        150.00
MC-102   Consultation, after hours            99205   -                        225.00
MC-110   Cabin visit                          99342   -                        260.00
MC-201   IM/SC injection                      96372   -                         74.00
MC-202   IV hydration, first hour             96360   E86.0                    280.00
MC-203   IV hydration, addl hour              96361   E86.0                    140.50
MC-301   12-lead ECG w/ interpretation        93000   R07.9, R00.2             165.00
MC-302   Point-of-care chemistry panel        80047   -                        185.00
MC-401   Laceration repair simple <2.5 cm     12001   S01.81XA, S61.412A       210.00
MC-501   Observation, per 12 h block          99218   -                        980.00
MC-601   Motion sickness pack                 -       T75.3XXA                  39.00

Common diagnosis codes for quick reference: A08.4 viral gastroenteritis,
T75.3XXA motion sickness, J06.9 acute URI, L55.1 sunburn 2nd degree, H66.91
otitis media, N39.0 UTI.

Loads into the folio system on 2 Jan (change ticket CHG0019430).

Marcus

""" + SIG_ML
emit("clean", "lookalike", ML, [FLEETMO, GACC], "2026 medical centre fee schedule - code mapping for folio posting",
     body, when(2025, 12, 15, 15, 22))

body = """Incident INC0048812 has been updated.

Short description:   ECG cart not syncing to SeaCare - Marisol medical centre
Caller:              Erik Lindqvist (smo.marisol)
Opened:              2025-06-20 07:42 UTC
Priority:            3 - Moderate
Assignment group:    Shipboard IT - Marisol
Configuration item:  MC-MAR-0173 (ECG cart, model CL-12)
Serial number:       4410-882-1943
MAC / IP:            00:1B:3C:7F:22:91 / 10.44.18.73
State:               In Progress

Work notes (2025-06-21 02:10 UTC, Rizal Hamdan):
  Replaced DICOM gateway cert (expired 2025-06-18). Test transmission from
  cart to gateway OK (job #55217). Waiting for medical centre to confirm next
  live ECG appears in SeaCare before closing.

To view the incident, open the Service Portal and search INC0048812.

Solenne IT Service Desk | ext 7000 | +1 954 555 0100"""
emit("clean", "lookalike", "Solenne IT Service Desk <servicedesk@solennecruises.com>", EL,
     "[INC0048812] Updated: ECG cart not syncing to SeaCare - Marisol", body,
     when(2025, 6, 20, 22, 11), cc=MAR_MED, headers={"Auto-Submitted": "auto-generated"})

body = """Tomasz,

Medical stores consolidation for the Marisol Europe season:

Container:     SCLU 448120-7 (40' reefer, set +5 C)
Seal:          SL 2207714
B/L:           FTL-BCN-25-10883
Vessel/voy:    MV Atlantic Verano / 0441E
ETD Port Everglades 07 Oct - ETA Barcelona 28 Oct
Pallets:       14 (6 medical, 8 hotel)  Gross 6,412 kg
HS codes:      3004.90 (medicaments), 9018.90 (instruments), 9019.20 (O2 therapy apparatus)
Temp loggers:  TL-60211 to TL-60216

Customs broker in Barcelona: Aduanas Levante, ref AL-77410, +34 93 555 0178.
Delivery to ship on 31 Oct, 0800-1000, quay Adossat D.

Please send the final medical packing list (with controlled drug declaration)
by 3 Oct so the broker can file.

Thanks,
Lucia

Lucia Ferreira
Marine Logistics Coordinator | Solenne Cruise Line
+1 954 555 0175"""
emit("clean", "lookalike", "Solenne Marine Logistics <logistics@solennecruises.com>", TW,
     "Medical stores consolidation - SCLU 448120-7 - ETA Barcelona 28 Oct", body,
     when(2025, 9, 29, 10, 3), cc="Provision Master Marisol <provisions.marisol@solennecruises.com>")

# ======================================================================
# CLEAN / news
# ======================================================================
news_html = """<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#102a54">The Ship's Surgeon</h1>
<p><i>Fleet Medical Newsletter &middot; Autumn 2025</i></p>
<h3>From the Fleet Medical Director</h3>
<p>Thank you to every doctor and nurse who carried us through a record summer. Across the three ships the medical
centres logged <b>11,482 visits</b> between June and August, arranged <b>63 medical disembarkations</b> and coordinated
<b>4 helicopter evacuations</b> - every one of them without a single delay attributable to the ship.</p>
<h3>Telemedicine: paediatrics 24/7</h3>
<p>From 1 October our telemedicine partner provides a paediatric emergency physician around the clock. Average time to
video in Q3 was 11 minutes.</p>
<h3>Norovirus season is coming</h3>
<p>OPP rev 6 is now in force fleet-wide. Remember: the medical centre is the single source of case counts.</p>
<h3>Dates for your diary</h3>
<ul><li>ACLS renewal course, Fort Lauderdale - 18-19 Nov</li>
<li>Fleet Medical Conference - 27 Jan, HQ and online</li></ul>
<p>- Dr. Helena Marchetti</p>
<p style="font-size:11px;color:#777">Internal newsletter for Solenne Cruise Line medical staff.</p>
</body></html>"""
news_txt = """THE SHIP'S SURGEON - Fleet Medical Newsletter, Autumn 2025

FROM THE FLEET MEDICAL DIRECTOR
Thank you to every doctor and nurse who carried us through a record summer.
Across the three ships the medical centres logged 11,482 visits between June and
August, arranged 63 medical disembarkations and coordinated 4 helicopter
evacuations - every one without a delay attributable to the ship.

TELEMEDICINE: PAEDIATRICS 24/7
From 1 October our telemedicine partner provides a paediatric emergency physician
around the clock. Average time to video in Q3 was 11 minutes.

NOROVIRUS SEASON IS COMING
OPP rev 6 is now in force fleet-wide. The medical centre is the single source of
case counts.

DATES
- ACLS renewal course, Fort Lauderdale - 18-19 Nov
- Fleet Medical Conference - 27 Jan, HQ and online

- Dr. Helena Marchetti

Internal newsletter for Solenne Cruise Line medical staff."""
emit("clean", "news", "Fleet Medical Department <fleetmedical-news@solennecruises.com>", ALLMED,
     "The Ship's Surgeon - Fleet Medical Newsletter, Autumn 2025", news_txt,
     when(2025, 9, 26, 10, 0), html=news_html,
     atts=[("solenne_fleet_medical.png", "image/png", logo_png())])

body = """PUBLIC HEALTH BULLETIN 2025-07
Southern Hemisphere influenza season - Marisol South America deployment

Summary
Influenza activity in Chile, Argentina and southern Brazil typically peaks between
June and August. Marisol's South America season overlaps the tail of the season.
Regional surveillance reports show predominantly influenza A(H3N2) this year.

Actions for the ship
1. Crew vaccination: Southern Hemisphere formulation offered to all crew at
   sign-on in Valparaiso. Fleet uptake last season was 82%; target 90%.
2. ILI case definition: fever >= 38.0 C AND cough or sore throat.
3. Crew with ILI: off duty, cabin isolation until 24 h fever-free without
   antipyretics; food handlers 48 h.
4. Antivirals: oseltamivir stock at 2x par for the deployment. Treatment and
   prophylaxis per MC-PROT-022.
5. Reporting: daily ILI count to Fleet Medical with the GI log. A cluster of 3+
   crew in one department within 72 h triggers a call with Public Health.

Guest messaging
Guest-facing hygiene messaging ("cover your cough") runs on cabin TV from
embarkation; Guest Services has the FAQ.

Jolene Pritchard, Public Health & Outbreak Prevention"""
emit("clean", "news", JP, ["All Ships - Medical & Hotel <allships-medhotel@solennecruises.com>"],
     "Public Health Bulletin 2025-07: Southern Hemisphere influenza - Marisol SA deployment",
     body, when(2025, 10, 20, 12, 0), cc=HM)

mk_html = """<html><body style="font-family:Helvetica,Arial;color:#222">
<table width="600" align="center"><tr><td style="background:#102a54;color:#fff;padding:18px">
<h2 style="margin:0">Accessible Cruising Guide 2026</h2><p style="margin:4px 0 0">For our valued travel partners</p></td></tr>
<tr><td style="padding:16px">
<p>More of your clients can cruise with confidence. Our updated guide explains, step by step:</p>
<ul><li><b>Oxygen</b> - bring your own portable concentrator or have equipment delivered to the stateroom by our approved vendor</li>
<li><b>Dialysis at sea</b> - hemodialysis on selected sailings through our partner, booked at least 90 days ahead</li>
<li><b>Mobility</b> - 84 accessible staterooms across the fleet, scooter rental, tender-port guidance</li>
<li><b>Pregnancy &amp; infants</b> - travel policy and required documentation</li></ul>
<p>Remind clients to complete the pre-cruise medical form at least 30 days before sailing.</p>
<p><a href="https://trade.solennecruises.com/accessible">Download the guide (PDF)</a></p>
</td></tr><tr><td style="font-size:10px;color:#888;padding:10px">You are receiving this because you are a registered Solenne travel partner.
<a href="https://trade.solennecruises.com/unsubscribe">Unsubscribe</a> &middot; Solenne Cruise Line Ltd., Nassau, The Bahamas</td></tr></table>
</body></html>"""
mk_txt = """ACCESSIBLE CRUISING GUIDE 2026 - for our valued travel partners

More of your clients can cruise with confidence. Our updated guide explains:
- Oxygen: bring your own portable concentrator or have equipment delivered to
  the stateroom by our approved vendor
- Dialysis at sea: hemodialysis on selected sailings through our partner, booked
  at least 90 days ahead
- Mobility: 84 accessible staterooms across the fleet, scooter rental, tender
  port guidance
- Pregnancy & infants: travel policy and required documentation

Remind clients to complete the pre-cruise medical form at least 30 days before
sailing.

Download the guide: https://trade.solennecruises.com/accessible

You are receiving this because you are a registered Solenne travel partner.
Unsubscribe: https://trade.solennecruises.com/unsubscribe"""
emit("clean", "news", "Solenne Trade Partners <trade@solennecruises.com>",
     "Travel Partner <partners@solenne-trade-list.com>",
     "New: Accessible Cruising guide 2026 - oxygen, dialysis & mobility made easy", mk_txt,
     when(2025, 11, 4, 9, 30), html=mk_html,
     headers={"List-Unsubscribe": "<https://trade.solennecruises.com/unsubscribe>", "Precedence": "bulk"})

body = """Journal club digest - October
Topic: motion sickness management at sea

This month's three papers, in one paragraph each (full texts on the shared drive):

1. Review of pharmacological prophylaxis. Transdermal scopolamine and first-
   generation antihistamines remained the most effective preventive options;
   ondansetron performed poorly for prevention of motion sickness, though it
   helps once vomiting is established. Take-home: don't reach for ondansetron
   first in a guest who isn't vomiting yet.

2. Observational study on a passenger vessel (~2,400 guests). Visits for motion
   sickness clustered in the first 36 h of a voyage and on days with swell over
   3 m; midship lower-deck cabins had roughly half the visit rate of forward
   upper-deck cabins.

3. Small randomised trial of ginger vs placebo. No significant difference in
   symptom scores; adverse events similar. Harmless, but don't oversell it.

Discussion points for Thursday:
 - Should we stock scopolamine patches at the guest services shop, not just in
   the medical centre?
 - Is our IM promethazine use justified while it's on shortage?

Bea

""" + SIG_BS
emit("clean", "news", BS, ALLMED, "Journal club digest - motion sickness management at sea (Oct)",
     body, when(2025, 10, 6, 8, 15))

vn_txt = """MaritimeMD Connect - Quarterly update

WHAT'S NEW
- 24/7 paediatric emergency cover for all cruise partners from 1 October
- ECG upload straight from the consult screen (12-lead PDF or image)
- Dermatology photo consults answered within 4 hours

2025 BY THE NUMBERS (all partners, Jan-Sep)
- 6,940 consults, 38% crew / 62% guests
- Median time to physician: 9 minutes
- 14% of consults led to a change of disposition (e.g. disembarkation avoided)

WEBINAR
"Chest pain 400 miles from shore" - 12 November, 1500 UTC. Register in the portal.

You're receiving this as a MaritimeMD partner contact. Manage preferences in the
portal. MaritimeMD Connect LLC, Boston MA."""
emit("clean", "news", "MaritimeMD Connect <news@maritimemdconnect.com>", SO,
     "MaritimeMD Connect Quarterly: 24/7 paediatrics, ECG upload, and our 2025 numbers", vn_txt,
     when(2025, 10, 15, 11, 0, off=-4), headers={"Precedence": "bulk"})

body = """SMEM BULLETIN - Society for Maritime & Expedition Medicine

CALL FOR ABSTRACTS - 14th Symposium, Lisbon, 22-24 April 2026
Themes: cruise ship medicine, remote telemedicine, outbreak management at sea,
crew mental health, medevac logistics and decision-making.
Deadline: 15 January 2026. Abstracts max 300 words; case reports must be fully
de-identified and accompanied by a signed consent statement.

NEW GUIDANCE
The Society's updated consensus statement on minimum medical centre equipment
for vessels with more than 2,000 persons on board is open for member comment
until 30 November.

FELLOWSHIP
Applications for the Diploma in Maritime Medicine (2026 cohort) open 1 December.

Society for Maritime & Expedition Medicine | bulletin@smem-society.org
To unsubscribe, reply with UNSUBSCRIBE."""
emit("clean", "news", "SMEM Bulletin <bulletin@smem-society.org>", HM,
     "SMEM Bulletin - Call for abstracts, Lisbon 2026 symposium", body,
     when(2025, 10, 30, 7, 0, off=0), headers={"Precedence": "bulk"})

# ======================================================================
# CLEAN / staff
# ======================================================================
rot = [["Ship", "Role", "Name", "Credentials", "Sign-on", "Sign-off", "Port"],
       ["Aurelia", "SMO", "Dr. Rafael Quintero", "MD, ATLS, ACLS", "2026-01-03", "2026-04-25", "Fort Lauderdale"],
       ["Aurelia", "Ship's Physician", "Dr. Anjali Desai", "MBBS, MRCEM", "2026-02-14", "2026-06-06", "Freeport"],
       ["Aurelia", "Chief Nurse", "Grace Oyelaran", "RN, BSN, ACLS", "2026-01-03", "2026-04-25", "Fort Lauderdale"],
       ["Aurelia", "Nurse", "Liam Fraser", "RN, PALS", "2026-01-17", "2026-05-09", "Fort Lauderdale"],
       ["Vesper", "SMO", "Dr. Giulia Ferraro", "MD, FEM", "2026-01-10", "2026-05-02", "Port Canaveral"],
       ["Vesper", "Chief Nurse", "Wanjiru Kamau", "RN, BScN", "2026-02-07", "2026-05-30", "Port Canaveral"],
       ["Vesper", "Nurse", "Ketut Ardana", "RN, ACLS", "2026-01-10", "2026-05-02", "Port Canaveral"],
       ["Marisol", "SMO", "Dr. Erik Lindqvist", "MD, DTM&H", "2026-01-19", "2026-05-11", "Barcelona"],
       ["Marisol", "Chief Nurse", "Joanne Tay", "RN, ACLS, PALS", "2026-01-19", "2026-05-11", "Barcelona"],
       ["Marisol", "Nurse", "Ramon Bautista", "RN", "2026-02-02", "2026-05-25", "Fort Lauderdale"]]
body = """Hi all,

Final Q1 2026 medical rotations below and attached. Flights go out from Crew
Travel next week; if your dates don't work, tell me by Friday - after that
changes need Dr. Marchetti's OK.

""" + "\n".join("%-8s %-16s %-22s %-16s %s -> %s  %s" % tuple(r) for r in rot[1:]) + """

Relief cover for Vesper Chief Nurse 10 Jan - 6 Feb: Ketut Ardana (acting), with
a relief nurse from the pool (TBC).

Corinne

Corinne Abbott
Medical Staffing Manager | Fleet Medical
+1 954 555 0151"""
emit("clean", "staff", CA, [FLEETMO, MD, WK, JT], "Q1 2026 medical rotations - FINAL", body,
     when(2025, 11, 26, 14, 20), cc=HM,
     atts=[("Q1_2026_medical_rotations.xlsx", XLSX, make_xlsx(rot, "Q1 2026"))])

body = """Team,

Holiday on-call rota for the shoreside 24h medical line (Dec 20 - Jan 4).
Primary carries the duty phone (+1 954 555 0199 forwards automatically).

Dates            Primary (RN)          Backup (RN)          Physician on call
Dec 20-22        Renata Vasquez        Kyle Brandt*         Dr. Okafor
Dec 23-25        Priya Raghunathan     Renata Vasquez       Dr. Marchetti
Dec 26-28        Kyle Brandt*          Priya Raghunathan    Dr. Okafor
Dec 29-Jan 1     Renata Vasquez        Priya Raghunathan    Dr. Marchetti
Jan 2-4          Priya Raghunathan     Kyle Brandt*         Dr. Okafor

*Kyle covers access-desk and logistics calls; clinical questions escalate to the
physician on call.

Mobiles: Renata 954-555-0112, Priya 954-555-0113, Kyle 954-555-0114,
Dr. Okafor 954-555-0111, Dr. Marchetti 954-555-0110.

Handover at 0800 by phone each change day. Thank you all for giving up part of
your holidays.

Renata

""" + SIG_RV
emit("clean", "staff", RV, "Fleet Medical - Shoreside <fmd-shore@solennecruises.com>",
     "Holiday on-call rota Dec 20 - Jan 4", body, when(2025, 12, 1, 16, 5))

d_req = when(2025, 9, 3, 21, 40, off=-5)
req = """Dear Corinne,

I would like to request 10 days' leave in December (10-19 Dec) during my next
vacation, for a family wedding in Nairobi. I will be signing off in Port
Canaveral on 6 Dec as planned. Ketut has agreed to cover as acting chief nurse if
that works for you.

Kind regards,
Wanjiru"""
body = """Hi Wanjiru,

Approved - enjoy the wedding! I've logged it in the crew HR system (code LV-ANN,
10 days), and Ketut is confirmed as acting chief nurse 6-20 Dec with a relief
nurse from the pool joining in Port Canaveral.

Your return flight is now 20 Dec, Crew Travel will send the e-ticket.

Corinne

""" + on_wrote(d_req, WK) + "\n" + q(req)
emit("clean", "staff", CA, WK, "RE: leave request - 10 days Dec", body,
     when(2025, 9, 4, 10, 12), cc=[GF, "Crew HR <crewhr@solennecruises.com>"])

body = """Dear all,

After 22 years at sea, eleven ships and more night calls than anyone could
count, Dr. Henrik Aalto retires at the end of this month.

Henrik joined Solenne in 2003 as a ship's physician, became our first SMO on the
Marisol and trained a whole generation of our doctors and nurses in trauma and
resuscitation - many of you learned to run a code from him in the crew bar at
2 a.m. during drills.

Please join us:
  Friday 28 Nov, 1600-1800, HQ 4th floor terrace (cake + Finnish coffee)
  Online link for the ships will be in the calendar invite.

There's a card circulating at reception and an e-card link for those at sea
(https://cards.solennecruises.com/aalto). Contributions for a gift to Kyle by
Wednesday.

Helena

""" + SIG_HM
emit("clean", "staff", HM, ALLMED, "Farewell to Dr. Henrik Aalto - Fri 28 Nov", body,
     when(2025, 11, 17, 9, 0))

body = """To all shipboard physicians and nurses,

1. Licence & CME allowance 2026
   - Physicians: up to USD 1,800 per calendar year
   - Nurses: up to USD 900 per calendar year
   Claims via the Crew Portal > Expenses, category LIC-CME, with receipts.
   Deadline for 2025 claims: 15 January 2026.

2. Tax forms
   Non-US staff: please confirm your W-8BEN is current (valid 3 years). US
   persons: update W-4 if anything changed. Forms that are expired on 31 Dec
   will cause 30% withholding on the January payroll.

3. Payslips
   From January payslips are only in the Crew Portal. Paper copies on request
   from the ship's crew office.

Questions: crewpayroll@solennecruises.com or ext 6100.

Crew Payroll | Solenne Cruise Line

""" + DISC
emit("clean", "staff", "Crew Payroll <crewpayroll@solennecruises.com>",
     "Medical Officers & Nurses <medical-crew@solennecruises.com>",
     "2026 licence & CME allowance + W-8BEN / W-4 reminders", body, when(2025, 12, 3, 8, 0))

body = """Hi all,

The following certifications expire before or during your next contract. Please
book a course (HQ dates below) or send me proof of renewal before sign-on.

Name                 Role          Ship      ACLS      PALS      ATLS      Licence expiry
Dr. A. Desai         Physician     Aurelia   03/2026   -         01/2026   GMC 7029114 - 11/2026
Liam Fraser          Nurse         Aurelia   02/2026   02/2026   -         NMC 19B0442E - 06/2026
Ketut Ardana         Nurse         Vesper    04/2026   05/2026   -         STR 31.1.20.07 - 03/2026
Ramon Bautista       Nurse         Marisol   01/2026   -         -         PRC 0584412 - 12/2025 (!)
Dr. E. Lindqvist     SMO           Marisol   -         06/2026   02/2026   -

HQ course dates: ACLS 18-19 Nov, 20-21 Jan; PALS 22 Jan; ATLS via partner
centre, 9-11 Feb.

Ramon - your licence renewal is the urgent one, we can't sign you on without it.

Bea

""" + SIG_BS
emit("clean", "staff", BS, [LF, KT, RB, AD, EL], "ACLS/PALS/ATLS & licence expiries - action before next contract",
     body, when(2025, 11, 6, 10, 30), cc=CA)

body = """Helena, Sam,

Interview schedule for the ship physician vacancies (2 x Ship's Physician, 1 x
SMO pipeline). All on Teams, 60 min, panel = you two + Corinne.

Mon 10 Nov  0900  Dr. Katarzyna Wrobel   - EM registrar, Krakow; 2 yrs expedition ships
Mon 10 Nov  1400  Dr. Tunde Bakare       - GP + ATLS, Lagos/London; offshore oil & gas
Tue 11 Nov  1000  Dr. Mariana Echeverri  - internal medicine, Medellin; cruise (other line)
Wed 12 Nov  0900  Dr. Oliver Grant       - ED physician, Auckland; RFDS experience
Wed 12 Nov  1500  Dr. Sana Qureshi       - EM, Toronto; wilderness medicine diploma
Thu 13 Nov  1100  Dr. Luca Bianchi       - anaesthesia, Genoa; SMO candidate

CVs and references are in the Talent folder. Scoring sheet attached to each
calendar invite. Please send me your scores within 24 h of each interview.

Thanks,
Haruka

Haruka Sato
Talent Acquisition - Marine Medical | Solenne Cruise Line
+1 954 555 0158"""
emit("clean", "staff", "Haruka Sato <medicalrecruiting@solennecruises.com>", [HM, SO],
     "Ship physician interviews - week of 10 Nov (6 candidates)", body,
     when(2025, 10, 31, 15, 45), cc=CA)

# ======================================================================
# CLEAN / training
# ======================================================================
scen = [
    "**MOCK CODE ALPHA - SCENARIO PACK - FICTITIOUS PATIENT - DRILL ONLY**",
    "Ship: MS Solenne Aurelia    Date: Wednesday 0930    Location: Theatre, deck 5 fwd",
    "**Patient (fictitious)**",
    "Name: 'Drill Guest Alpha' (no real booking - do NOT open a SeaCare record; use training MRN TRN-0000)",
    "62-year-old male, collapses during the afternoon show. Played by the Cruise Director's deputy.",
    "**Timeline**",
    "T+0  Bystander calls 911 onboard. Bridge announces Code Alpha, Theatre.",
    "T+2  First responders arrive: unresponsive, not breathing normally. Start CPR.",
    "T+4  AED applied - shockable rhythm (VF) on the simulator. Shock 1.",
    "T+6  Medical team arrives with grab bag + monitor. IO access, adrenaline 1 mg.",
    "T+8  Shock 2. Consider amiodarone 300 mg.",
    "T+12 ROSC. Transfer by stretcher via crew corridor and service lift C to medical centre.",
    "**Observers check**",
    "Time to first compression / first shock; closed-loop communication; stretcher route clear; guest crowd control by security.",
    "**Debrief**",
    "15 min in the medical centre after the drill. Results go on the drill log, not in any patient record.",
]
body = """Hi Mari, hi team,

Scenario pack for Wednesday's mock Code Alpha attached. Rafael has seen it. It's
the theatre collapse again, but this time the service lift is "out of order" so
you'll have to use the crew stairs with the scoop stretcher - I want to see how
long that takes.

Role-player is briefed. The simulator and the training AED (yellow case) come up
from the training room Tuesday night.

Reminder: nothing goes into SeaCare - paper drill log only.

Bea

""" + SIG_BS
emit("clean", "training", BS, AUR_MED, "Mock Code Alpha drill - Aurelia Wed 0930 - scenario pack", body,
     when(2025, 3, 10, 12, 40), cc=[RQ, "Safety Officer Aurelia <safety.aurelia@solennecruises.com>"],
     atts=[("MockCodeAlpha_Aurelia_scenario.docx", DOCX, make_docx(scen))])

body = """UAT group,

Test script TS-07 (medical disembarkation workflow) for SeaCare 7.4. Run it in
the UAT environment only (https://seacare-uat.solennecruises.com) - production
will reject the test MRNs anyway.

Test patients (synthetic, UAT only):
  ZZTEST, DISEMBARK ONE   MRN TEST-000701   DOB 01/01/1900   cabin 0001   booking TST-0000-001
  ZZTEST, DISEMBARK TWO   MRN TEST-000702   DOB 01/01/1901   crew ID 000000
  ZZTEST, PAEDS           MRN TEST-000703   DOB 01/01/2020   cabin 0002

Steps
 1. Open encounter for TEST-000701, add diagnosis "Z00.00 test" and a vitals set.
 2. Start "Medical disembarkation" wizard; choose port = TESTPORT, facility = UAT
    Hospital. Check the insurer field accepts a dummy GOP "GOP-TEST-1".
 3. Generate transfer summary (CCD). Confirm it downloads and the title reads
    "Transfer Summary".
 4. Print the disembarkation form - check the watermark "UAT - NOT FOR CLINICAL USE".
 5. Repeat for TEST-000702 with crew flow - P&I notification should fire to the
    UAT mailbox only.
 6. Repeat for TEST-000703 - the paediatric weight field must be mandatory.

Record pass/fail in the TS-07 sheet. Defects into Jira project SEACARE, label
UAT-7.4.

""" + SIG_KA
emit("clean", "training", KA, "SeaCare UAT Group <seacare-uat@solennecruises.com>",
     "SeaCare 7.4 UAT - test script TS-07 (med disembark workflow) + test patients", body,
     when(2025, 10, 22, 13, 10))

quiz = """ORIENTATION QUIZ - GI ILLNESS & ISOLATION (answer key)

1. What is the GI case definition in OPP rev 6?
   A: 3+ loose stools in 24 h, or vomiting plus one other symptom (cramps,
      headache, myalgia, fever > 38.0 C).
2. How long is a guest isolated?  A: 48 h after the last symptom.
3. How long is a crew food handler excluded from work?  A: 72 h after last symptom.
4. Who keeps the official case count?  A: The medical centre.
5. Which disinfectant concentration for norovirus?  A: chlorine 1000 ppm (or an
   approved product with norovirus claim).
6. Alcohol gel alone is enough against norovirus - true/false?  A: False - soap
   and water first.
7. At what guest attack rate does the ship move to Level 2?  A: 1.0% of POB.
8. A guest in isolation wants to go ashore for a tour. What do you do?
   A: Explain the policy, inform Guest Services to refund the tour, document.
9. What goes on the door of an isolation cabin?  A: Nothing identifying - a
   discreet "Do not disturb - service by arrangement" card.
10. Who do you call first at Level 3?  A: SMO, then Fleet Medical 24h line.
"""
body = """Welcome to the fleet!

Attached is the GI illness & isolation quiz from day 2 of orientation, with the
answer key. Go through it before your first sailing - we'll run the same
questions again in the onboard sign-off.

Bea

""" + SIG_BS
emit("clean", "training", BS, "New Nurses Jan 2026 <newnurses-jan26@solennecruises.com>",
     "Orientation quiz - GI illness & isolation (answers attached)", body,
     when(2026, 1, 14, 17, 30), atts=[("GI_isolation_quiz_answers.txt", "text/plain", quiz)])

body = """Colleagues,

Case for Thursday's M&M (de-identified; details changed; please don't try to
work out which voyage it was).

A guest in their late 60s on a 7-night Caribbean itinerary presents on day 3
with "flu" - fever, aches, mild confusion noted by the spouse. Seen in hours,
vitals recorded as T 38.6, HR 112, BP 108/70, RR not recorded. Diagnosed as
viral illness, paracetamol, return to cabin. Represents 14 h later via Code
Alpha: BP 78/40, lactate (POC) 5.1, urinary source suspected. Fluids and IV
antibiotics started onboard; medical disembarkation at the next port 9 h later;
ICU admission ashore; survived.

Questions
 1. Which qSOFA / NEWS2 elements were present at the first visit?
 2. What stopped us from measuring RR and SpO2 at the first visit?
 3. Should a fever + confusion in a guest over 65 trigger a mandatory doctor
    review and a 4-hourly cabin check?
 4. Did the disembarkation decision timing follow our protocol?

Please come with one system fix each - not "be more careful".

Sam

""" + SIG_SO
emit("clean", "training", SO, FLEETMO, "M&M case for Thursday - delayed recognition of sepsis (de-identified)",
     body, when(2025, 5, 12, 15, 2), cc=BS)

cards = [["card_no", "role_player (crew volunteer)", "scenario (FICTIONAL)", "moulage", "expected_triage"],
         ["SIM-01", "Dan Ferreira (entertainment)", "fictional guest, open lower leg fracture after stair collapse", "bone prop + blood gel", "RED"],
         ["SIM-02", "Aiko Mori (spa)", "fictional guest, minor forearm abrasions, walking", "abrasion wax", "GREEN"],
         ["SIM-03", "Pedro Lima (deck)", "fictional crew, smoke inhalation, hoarse", "soot make-up", "YELLOW"],
         ["SIM-04", "Hannah Kerr (shops)", "fictional guest, not breathing after airway opened", "pale make-up", "BLACK"],
         ["SIM-05", "Samir Haddad (bar)", "fictional guest, panic, hyperventilating", "none", "GREEN"],
         ["SIM-06", "Lotte Jansen (youth staff)", "fictional child (adult actor) with head wound, drowsy", "scalp laceration prop", "RED"],
         ["SIM-07", "Ricardo Sousa (galley)", "fictional crew, partial thickness burns both hands", "burn gel", "YELLOW"]]
body = """Hi Dr. Lindqvist, Joanne,

For Saturday's mass casualty drill (scenario: stair collapse in the atrium during
the evening, 0900 drill time while alongside), attached are the casualty cards
and moulage list. All casualties are SIMULATED - the role-players are crew
volunteers and none of this goes on anyone's medical record.

Timings: role-players in position 0845, Code Alpha x3 announced 0900, END OF
EXERCISE called by the bridge at 1015. Hot debrief in the crew bar 1030.

Please bring 20 triage tags from the MCI box; the training set only has 12.

Rgds,
Mateus

Mateus Oliveira
Safety Training Officer | MS Solenne Marisol"""
emit("clean", "training", "Mateus Oliveira <safety.marisol@solennecruises.com>", [EL, JT],
     "MCI drill Sat - casualty cards (SIMULATION) & moulage list", body,
     when(2025, 8, 28, 11, 5, off=2), cc=MAR_MED,
     atts=[("MCI_drill_casualty_cards_SIM.csv", "text/csv", make_csv(cards))])

sample = "\n".join([
    "MSH|^~\\&|SEACARE_TRN|TRAINING_MC|MEDOPS_TRN|SOLENNE_TRN|20250101120000||ADT^A04^ADT_A01|TRN0001|T|2.5.1",
    "EVN|A04|20250101120000",
    "PID|1||TEST0001^^^SEACARE_TRN^MR||ZZTEST^PATIENT^ONE||19000101|U|||1 TEST STREET^^TESTVILLE^FL^00000^US",
    "PV1|1|O|MC^EXAM^1^TRAINING||||TRAINER^DEMO^^^DR",
    "DG1|1||Z00.00^Encounter for general adult examination^I10",
])
body = """Bea,

For module 4 (interfaces) of the clinical systems onboarding, here are the sample
messages. Everything is synthetic: processing ID "T" in MSH-11, ZZTEST patient,
MRN TEST0001, DOB 1900-01-01, address TESTVILLE. Trainees should be able to point
out:

 - which segment identifies the patient (PID) and the encounter (PV1)
 - why MSH-11 = T means the shoreside engine should never post it to production
 - where the diagnosis code sits (DG1-3)

""" + sample + """

I'll add an ORU example with the i-STAT fields next week.

Kenji

""" + SIG_KA
emit("clean", "training", KA, BS, "Interface training module - sample HL7 messages (synthetic)",
     body, when(2025, 6, 5, 14, 50))

# ======================================================================
# labels + summary
# ======================================================================
with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["file", "label", "kind", "patient_name"])
    for r in ROWS:
        w.writerow(r)

EXPECTED = {("phi", "care"): 8, ("phi", "ids"): 8, ("phi", "lang"): 8, ("phi", "lists"): 7,
            ("phi", "names"): 8, ("phi", "self"): 7, ("phi", "struct"): 7,
            ("clean", "admin"): 7, ("clean", "lookalike"): 7, ("clean", "news"): 6,
            ("clean", "staff"): 7, ("clean", "training"): 6}
for k in sorted(EXPECTED):
    flag = "" if COUNTS.get(k) == EXPECTED[k] else "   <-- expected %d" % EXPECTED[k]
    print("%s-%s: %d%s" % (k[0], k[1], COUNTS.get(k, 0), flag))
print("total: %d" % len(ROWS))
