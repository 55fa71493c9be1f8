#!/usr/bin/env python3
"""Blind evaluation mail set: county jail / juvenile detention health unit
run by a contracted correctional health company.  Everything is invented.
Usage: python3 gen.py OUTDIR
"""
import sys, os, io, csv, json, random, zipfile, zlib, struct
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime, formataddr
from xml.sax.saxutils import escape as xesc

SEED = 8502
random.seed(SEED)

# ---------------------------------------------------------------- domains
CO = "ridgelinech.com"            # Ridgeline Correctional Health (contractor)
SO = "brannockso.org"             # Brannock County Sheriff's Office (jail)
JUV = "brannockjuvenile.org"      # county juvenile services / JDC / probation
CRT = "brannockcourts.org"        # district court clerk
PD = "brannockpd.org"             # public defender
HOSP = "mercyvalleyrmc.org"       # outside hospital
ORTHO = "valleyorthoassoc.net"    # outside specialist
RX = "corepakrx.com"              # pharmacy vendor
LAB = "tristatereflab.net"        # reference lab
BH = "brannockbhc.org"            # community behavioral health
DSS = "dss.example.org"           # state Medicaid unit

ET = timezone(timedelta(hours=-5))
EDT = timezone(timedelta(hours=-4))


def A(name, addr):
    return formataddr((name, addr))


# ---------------------------------------------------------------- people
P = {
    "hsa": A("Dana Whitcomb", "dwhitcomb@" + CO),
    "don": A("Marisol Ortega", "mortega@" + CO),
    "md": A("Alan Petrosyan", "apetrosyan@" + CO),
    "psy": A("Nirav Desai", "ndesai@" + CO),
    "mh": A("Keisha Barnwell", "kbarnwell@" + CO),
    "lpn1": A("Tom Kessler", "tkessler@" + CO),
    "lpn2": A("Brianna Fogle", "bfogle@" + CO),
    "rn_fil": A("Maricel Santos", "msantos@" + CO),
    "lpn_fil": A("Joy Pascual", "jpascual@" + CO),
    "juvrn": A("Rachel Lindqvist", "rlindqvist@" + CO),
    "rec": A("Jolene Pruitt", "jpruitt@" + CO),
    "reentry": A("Andre Siqueira", "asiqueira@" + CO),
    "claims": A("Patrice Nwosu", "pnwosu@" + CO),
    "rvp": A("Greg Hollister", "ghollister@" + CO),
    "dds": A("Lorna Haas", "lhaas@" + CO),
    "np": A("Whitney Cole", "wcole@" + CO),
    "sched": A("Cassie Mayberry", "cmayberry@" + CO),
    "hr": A("Renee Tolliver", "rtolliver@" + CO),
    "it": A("Ridgeline IT Service Desk", "servicedesk@" + CO),
    "lt": A("Lt. Ray Delgado", "rdelgado@" + SO),
    "sgt": A("Sgt. Colleen Marsh", "cmarsh@" + SO),
    "trans": A("Cpl. Dwayne Hatch", "dhatch@" + SO),
    "class": A("Pete Yoder", "pyoder@" + SO),
    "capt": A("Capt. Laura Bingham", "lbingham@" + SO),
    "supt": A("Monique Farrow", "mfarrow@" + JUV),
    "jpo": A("Tasha Grimes", "tgrimes@" + JUV),
    "clerk": A("Sharon Kimball", "skimball@" + CRT),
    "apd": A("Evan Sokolov", "esokolov@" + PD),
    "edrn": A("Heather Lund RN", "hlund@" + HOSP),
    "pfs": A("Mercy Valley Patient Financial Services", "pfs-noreply@" + HOSP),
    "bhc": A("Lorraine Quist", "lquist@" + BH),
}
NURSING_DL = A("BCDC Nursing", "bcdc.nursing@" + CO)
MEDICAL_DL = A("BCDC Medical", "bcdc.medical@" + CO)

CONF_CO = ("CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use\n"
           "of the intended recipient(s) and may contain confidential health or legally\n"
           "privileged information. Any unauthorized review, use, disclosure or distribution\n"
           "is prohibited. If you are not the intended recipient, please contact the sender\n"
           "by reply e-mail and destroy all copies of the original message.")
CONF_SO = ("This message is from the Brannock County Sheriff's Office and may contain\n"
           "information that is confidential or exempt from disclosure under applicable law.\n"
           "If you received it in error, notify the sender and delete it.")
CONF_HOSP = ("Mercy Valley Regional Medical Center - This communication may contain confidential\n"
             "information protected by state and federal law. If you are not the intended\n"
             "recipient, you are hereby notified that any use or disclosure is strictly prohibited.")


def sig(key, phone=None, extra=None):
    table = {
        "hsa": "Dana Whitcomb, RN, BSN\nHealth Services Administrator\nRidgeline Correctional Health | Brannock County Detention Center\n1400 Courthouse Rd, Brannock Falls\nO: (573) 555-0182  F: (573) 555-0189",
        "don": "Marisol Ortega, RN\nDirector of Nursing - BCDC / JDC\nRidgeline Correctional Health\nDesk (573) 555-0184 | Cell (573) 555-2261",
        "md": "Alan Petrosyan, MD\nMedical Director\nRidgeline Correctional Health",
        "psy": "Nirav Desai, MD\nTelepsychiatry | Ridgeline Correctional Health",
        "mh": "Keisha Barnwell, LCSW\nMental Health Coordinator, BCDC\nRidgeline Correctional Health\n(573) 555-0187",
        "lpn1": "Tom Kessler, LPN\nNight shift, BCDC Medical",
        "lpn2": "Brianna Fogle, LPN",
        "rn_fil": "Maricel Santos, RN\nCharge Nurse (days)",
        "juvrn": "Rachel Lindqvist, RN\nJuvenile Health Services - Brannock Regional JDC\nRidgeline Correctional Health\nP (573) 555-0311  F (573) 555-0319",
        "rec": "Jolene Pruitt\nMedical Records / ROI\nRidgeline Correctional Health - BCDC\nFax (573) 555-0189",
        "reentry": "Andre Siqueira, MSW\nReentry & Discharge Planning Coordinator\nRidgeline Correctional Health\n(573) 555-0190 | asiqueira@ridgelinech.com",
        "claims": "Patrice Nwosu\nOff-site Claims Specialist\nRidgeline Correctional Health - Central Business Office\n(800) 555-0147 x2231",
        "rvp": "Greg Hollister\nRegional Operations Manager, Midwest\nRidgeline Correctional Health",
        "dds": "Lorna Haas, DDS",
        "np": "Whitney Cole, FNP-C\nRidgeline Correctional Health",
        "sched": "Cassie Mayberry\nMedical Scheduler / Off-site Coordinator\nBCDC Medical (573) 555-0185",
        "hr": "Renee Tolliver, SHRM-CP\nHR Generalist - Midwest Region\nRidgeline Correctional Health",
        "lt": "Lt. Ray Delgado #412\nJail Operations\nBrannock County Sheriff's Office",
        "sgt": "Sgt. C. Marsh #377\nB-Shift Supervisor, BCDC",
        "trans": "Cpl. D. Hatch #519\nTransport Unit\nBrannock County Sheriff's Office",
        "class": "Officer P. Yoder #602\nClassification\nBCDC",
        "capt": "Captain Laura Bingham\nJail Administrator\nBrannock County Sheriff's Office\n(573) 555-0100",
        "supt": "Monique Farrow\nSuperintendent\nBrannock Regional Juvenile Detention Center\n(573) 555-0300",
        "jpo": "Tasha Grimes\nJuvenile Probation Officer II\nBrannock County Juvenile Services",
        "clerk": "Sharon Kimball\nDeputy Clerk - Criminal Division\nBrannock County District Court",
        "apd": "Evan Sokolov\nAssistant Public Defender\nBrannock County Public Defender's Office\n(573) 555-0420",
    }
    s = table[key]
    if extra:
        s += "\n" + extra
    return s


# ---------------------------------------------------------------- random helpers
def hexs(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def digits(n):
    return "".join(random.choice("0123456789") for _ in range(n))


def msgid(domain):
    return "<%s.%s@%s>" % (hexs(12), digits(6), domain)


def rdate(m_lo=1, m_hi=10, h_lo=7, h_hi=18, tz=None):
    mo = random.randint(m_lo, m_hi)
    d = random.randint(1, 28)
    dt = datetime(2024, mo, d, random.randint(h_lo, h_hi), random.randint(0, 59), random.randint(0, 59))
    if tz is None:
        tz = EDT if 3 < mo < 11 else ET
    return dt.replace(tzinfo=tz)


def dob(lo, hi):
    y = 2024 - random.randint(lo, hi)
    return datetime(y, random.randint(1, 12), random.randint(1, 28))


def booking():
    return "2024-%05d" % random.randint(1200, 9800)


def so_id():
    return "0%06d" % random.randint(40000, 99999)


def mrn():
    return "MV%07d" % random.randint(1000000, 9999999)


def phone(ac=None):
    ac = ac or random.choice(["573", "636", "314", "660", "417"])
    return "(%s) %03d-%04d" % (ac, random.randint(201, 989), random.randint(1000, 9999))


def ssn():
    return "%03d-%02d-%04d" % (random.choice([random.randint(100, 599), random.randint(700, 765)]),
                               random.randint(10, 99), random.randint(1000, 9999))


def mdY(d):
    return d.strftime("%m/%d/%Y")


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def on_wrote(dt, who):
    return "On %s, %s wrote:" % (dt.strftime("%a, %b %d, %Y at %I:%M %p").replace(" 0", " "), who)


def orig_block(frm, sent, to, subject, body, cc=None):
    h = "-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\n" % (
        frm, sent.strftime("%A, %B %d, %Y %I:%M %p"), to)
    if cc:
        h += "Cc: %s\n" % cc
    h += "Subject: %s\n\n" % subject
    return h + body


def fwd_block(frm, sent, to, subject, body):
    return ("---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s"
            % (frm, sent.strftime("%a, %b %d, %Y at %I:%M %p"), subject, to, body))


# ---------------------------------------------------------------- attachment builders
def png(w, h, bg=(255, 255, 255), boxes=()):
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            c = bg
            for (x0, y0, x1, y1, col) in boxes:
                if x0 <= x < x1 and y0 <= y < y1:
                    c = col
            raw += bytes(c)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def logo_png():
    navy, teal = (24, 48, 92), (32, 150, 150)
    return png(120, 40, (255, 255, 255), [(4, 4, 36, 36, navy), (12, 12, 28, 28, teal), (44, 14, 116, 20, navy), (44, 24, 96, 28, teal)])


def pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT\n/F1 10 Tf\n13 TL\n50 760 Td\n" + "".join("(%s) Tj T*\n" % esc(l) for l in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Length %d >>\nstream\n%sendstream" % (len(stream.encode("latin-1")), stream),
    ]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)).encode()
    return out


def zbytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()


XMLH = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def docx(paragraphs):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(p) for p in paragraphs)
    doc = XMLH + ('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                  '<w:body>%s<w:sectPr/></w:body></w:document>' % body)
    ct = XMLH + ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 '</Types>')
    rels = XMLH + ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                   '</Relationships>')
    return zbytes([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def xlsx(rows, sheet="Sheet1"):
    def col(i):
        s, i = "", i + 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    sd = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (col(ci), ri)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, xesc(str(v))))
        sd.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    ws = XMLH + ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % "".join(sd))
    wb = XMLH + ('<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                 '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xesc(sheet))
    wbrels = XMLH + ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                     '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                     '</Relationships>')
    ct = XMLH + ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                 '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                 '</Types>')
    rels = XMLH + ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                   '</Relationships>')
    return zbytes([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                   ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", ws)])


def ics(uid, start, end, summary, location, desc, organizer):
    f = "%Y%m%dT%H%M%S"
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Ridgeline Correctional Health//Scheduler//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:%s\r\nDTSTAMP:%s\r\nDTSTART:%s\r\nDTEND:%s\r\n"
            "SUMMARY:%s\r\nLOCATION:%s\r\nDESCRIPTION:%s\r\nORGANIZER:mailto:%s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            % (uid, start.strftime(f), start.strftime(f), end.strftime(f), summary, location,
               desc.replace("\n", "\\n"), organizer))


def csv_text(rows):
    bio = io.StringIO()
    w = csv.writer(bio, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return bio.getvalue()


XLSX_T = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
DOCX_T = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


# ---------------------------------------------------------------- message builder
def build(frm, to, subject, date, body, cc=None, html=None, atts=(), reply_to=None,
          irt=None, headers=None):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to if isinstance(to, str) else ", ".join(to)
    if cc:
        m["Cc"] = cc if isinstance(cc, str) else ", ".join(cc)
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    dom = frm.rsplit("@", 1)[-1].strip(">").strip()
    m["Message-ID"] = msgid(dom)
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = irt
    if reply_to:
        m["Reply-To"] = reply_to
    for k, v in (headers or {}).items():
        m[k] = v
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    for data, mt, st, fn in atts:
        if isinstance(data, str):
            m.add_attachment(data, subtype=st, filename=fn)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return m


def html_wrap(inner, logo=False):
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + inner + "\n</body></html>")


def p2html(text):
    paras = text.strip("\n").split("\n\n")
    return "\n".join("<p>%s</p>" % xesc(p).replace("\n", "<br>") for p in paras)


REG = []


def reg(label, kind):
    def deco(f):
        REG.append((label, kind, f))
        return f
    return deco


# ======================================================================
# PHI - care
# ======================================================================
@reg("phi", "care")
def care_transport():
    d = rdate(2, 4)
    appt = d + timedelta(days=3)
    bk = booking()
    body = """Dwayne,

Need a run for Darnell Whitaker ({bk}, C-pod) to Valley Ortho on {day} for his 0930 recheck with Dr. Sandoval. They want him there by 0910 to get him back to the cast room first.

Couple things:
- Please cuff in front and leave the left arm out of the belly chain, the doctor doesn't want pressure on it.
- He needs to eat before he goes, I'll have the kitchen send a sack breakfast to booking at 0745.
- Bring back whatever paperwork they hand you, even if it looks like nothing. Last time we didn't get the follow-up date and had to call around for two days.

They're at 2210 Quarry Ridge Pkwy, Suite 300, use the back entrance off the parking garage. Their front desk is (573) 555-0644 if you're running late.

Thanks,
Cassie

{sig}
""".format(bk=bk, day=appt.strftime("%A %m/%d"), sig=sig("sched"))
    m = build(P["sched"], P["trans"], "Offsite %s - Whitaker - Valley Ortho 0930" % appt.strftime("%m/%d"),
              d, body, cc=[P["hsa"], P["class"]])
    return m, "Darnell Whitaker"


@reg("phi", "care")
def care_juvenile_mom():
    d1 = rdate(5, 8, 19, 22)
    d2 = d1 + timedelta(hours=14, minutes=12)
    mom = "Latrice Brooks"
    first = """Hi my name is Latrice Brooks and my son Jaylen Brooks was brought there Sunday night. He left his glasses at my house and he cant see the board in school without them. Can I drop them at the front? Also he takes a pill every morning that his doctor at Northside gave him and I want to make sure he is getting it. He said nobody gave him nothing yesterday morning. I also have his inhaler from home.

Please call me back {ph} I work till 4

Latrice""".format(ph=phone())
    body = """Ms. Brooks,

Thank you for reaching out. Yes, you can bring Jaylen's glasses to the front lobby any day between 8 am and 7 pm. Please put them in a case with his full name on it and the front desk officer will send them back to medical so we can check them in.

I spoke with Jaylen this morning. His morning medication started today after we verified it with the pharmacy at Northside, and he got his first dose at 0800. You're welcome to drop off the inhaler too, but it needs to be in the original box with the pharmacy label.

If you want to talk, I'm at the number below until 3:30.

Rachel

{sig}

{ow}
{q}
""".format(sig=sig("juvrn"), ow=on_wrote(d1, "Latrice Brooks <latrice.brooks82@gmail.com>"), q=quote(first))
    m = build(P["juvrn"], A(mom, "latrice.brooks82@gmail.com"), "RE: my son Jaylen glasses and his medicine",
              d2, body, cc=P["supt"], irt=msgid("gmail.com"))
    return m, "Jaylen Brooks"


@reg("phi", "care")
def care_handover():
    d = rdate(3, 9, 5, 6)
    bk = booking()
    body = """Day shift -

Only thing carrying over: Kevin Pettibone ({bk}) came back from Mercy at 0215 with Cpl Hatch. Discharge papers are in the tray on the med room counter, not scanned yet. They changed two of his meds so hold the old cards until Dr P or Whitney signs the new orders. He's supposed to have a follow up at their clinic in 2 wks -- Cassie will need to schedule.

He's in the medical cell (M-2) for now. Vitals at 0230 and 0500 were fine. Ate a little at breakfast. Custody knows to let us know if he won't come to the door.

Pharmacy fax for the new scripts went through at 0440, confirmation sheet stapled to the packet.

-Tom
""".format(bk=bk)
    m = build(P["lpn1"], NURSING_DL, "night report", d, body)
    return m, "Kevin Pettibone"


@reg("phi", "care")
def care_release_bridge():
    d = rdate(4, 6)
    rel = d + timedelta(days=2)
    dobv = dob(31, 31)
    ph = phone()
    body = """Hi Lorraine,

Following up on our call. Luis Andrade-Moreno (DOB {dob}) is on the release list for {rel}; the court is releasing him to pretrial supervision, so the date should hold. He has asked to keep seeing someone at your clinic after he gets out.

What we are doing on our end:
 * 14-day bridge supply of his current meds going home with him in his property bag
 * a paper copy of his medication list and the last two progress notes
 * his Medicaid was suspended at booking, I've submitted the reinstatement so it should be active within a few days of release

What I need from you: a first appointment any time the week after release, preferably mornings because he'll be checking in with pretrial at 1 pm on Tuesdays. He'll be staying with his sister at 4412 Larkspur Ln, Apt 2, Brannock Falls, and her phone is {ph}. He doesn't have a phone of his own yet.

Can you send me the appointment date/time so I can put it on his release paperwork?

Thanks so much,
Andre

{sig}

{conf}
""".format(dob=mdY(dobv), rel=rel.strftime("%A %m/%d"), ph=ph, sig=sig("reentry"), conf=CONF_CO)
    m = build(P["reentry"], P["bhc"], "Intake appt needed - release %s" % rel.strftime("%m/%d"), d, body)
    return m, "Luis Andrade-Moreno"


@reg("phi", "care")
def care_pd_inquiry():
    d1 = rdate(2, 9)
    d2 = d1 + timedelta(hours=3, minutes=40)
    q1 = """Ms. Whitcomb,

My client Marcus Oyelaran has been in custody since the 3rd. He told me at our visit this morning he's put in several requests to be seen and has not heard anything back. He's also asking about a dentist. Can you tell me whether he's been seen by medical since booking? I have a signed release from him if you need it, attached.

Evan Sokolov
Assistant Public Defender"""
    body = """Mr. Sokolov,

Thanks, I received the signed authorization. Mr. Oyelaran was seen at intake on the 3rd and again on nurse sick call on the 9th and the 14th. He was referred to the dentist after the sick call on the 14th and is on the list for the next dental day, which is Thursday. He was also given over-the-counter pain relief in the meantime.

If he puts in another request he'll be seen again within 24 hours; the requests go through the tablet under "Medical".

Dana

{sig}

{ow}
{q}
""".format(sig=sig("hsa"), ow=on_wrote(d1, "Evan Sokolov <esokolov@brannockpd.org>"), q=quote(q1))
    m = build(P["hsa"], P["apd"], "RE: client Marcus Oyelaran - medical", d2, body, cc=P["rec"])
    return m, "Marcus Oyelaran"


@reg("phi", "care")
def care_bunk_pass():
    d = rdate(1, 10)
    bk = booking()
    until = d + timedelta(days=45)
    body = """Pete,

Please update classification for Ricky Dunaway, {bk}:
  - lower bunk / lower tier through {until}
  - extra mattress (medical issue, already cleared with Sgt Marsh)
  - wheelchair for court on Tuesday and for any movement longer than the pod - he can walk short distances in the pod

The signed pass is in his chart and a copy went to the B-pod officer station. Let me know if you need it on the pink form instead.

Whitney Cole, FNP-C
""".format(bk=bk, until=mdY(until))
    m = build(P["np"], P["class"], "lower bunk + wheelchair - Dunaway", d, body, cc=P["sgt"])
    return m, "Ricky Dunaway"


@reg("phi", "care")
def care_watch_stepdown():
    d = rdate(3, 8, 13, 15)
    bk = booking()
    body = """Sgt. Marsh / B-shift,

Effective {t} today, Amber Stallworth ({bk}, F-pod cell 6) is stepped down from constant observation to 15-minute checks.

She may have: regular jumpsuit, one blanket, her glasses during the day (officer to collect at lockdown), paper and a soft pen.
Still NOT allowed: shoelaces, sheets, towel left in the cell after shower.
Meals on a regular tray but officer stays at the door until tray is returned.

I'll see her again tomorrow at 0900 and Dr. Desai has her on the telepsych list Friday. Call me or the nurse on shift for any change - don't wait for the shift report.

Keisha

{sig}
""".format(t=d.strftime("%H%M"), bk=bk, sig=sig("mh"))
    m = build(P["mh"], P["sgt"], "Watch change - Stallworth - F6", d, body, cc=[P["lt"], NURSING_DL])
    return m, "Amber Stallworth"


@reg("phi", "care")
def care_ed_return():
    d = rdate(4, 9, 16, 20)
    m_ = mrn()
    body = """Hello,

I'm the charge nurse in the Mercy Valley ED. Your inmate Brandon Hale (our MRN {mrn}) is being sent back with your transport officer this evening.

He is going back with crutches - please let him keep them, the doctor was clear he should not put weight on the right foot for at least a week. There is one prescription on the discharge paperwork that he should start tonight, and he needs to see orthopedics in 5-7 days (referral is in the packet, the ortho office will call your scheduler).

The officer has the discharge papers in a sealed envelope. If anything is missing call the ED main desk at (573) 555-0700 and ask for the charge nurse.

Thank you,
Heather Lund, RN
Charge Nurse, Emergency Department
Mercy Valley Regional Medical Center

{conf}
""".format(mrn=m_, conf=CONF_HOSP)
    html = html_wrap(p2html(body.split("Thank you,")[0]) +
                     "<p>Thank you,<br><b>Heather Lund, RN</b><br>Charge Nurse, Emergency Department<br>"
                     "Mercy Valley Regional Medical Center</p><p style=\"font-size:8pt;color:#777\">%s</p>" % xesc(CONF_HOSP))
    m = build(P["edrn"], MEDICAL_DL, "Patient returning tonight - crutches / Rx", d, body, html=html)
    return m, "Brandon Hale"


# ======================================================================
# PHI - ids
# ======================================================================
@reg("phi", "ids")
def ids_claim_denial():
    d = rdate(3, 7)
    acct = "%09d" % random.randint(100000000, 999999999)
    clm = "24%09d" % random.randint(100000000, 999999999)
    dos = d - timedelta(days=random.randint(40, 70))
    body = """Patrice,

Our payer follow-up team is working the account below. The claim was sent to Ridgeline per the county agreement but came back unpaid with remark "patient not eligible on DOS". Please confirm the patient was in Brannock County custody on the date of service and reprocess, or tell us who to bill.

  Patient account:   {acct}
  Claim #:           {clm}
  MRN:               {mrn}
  DOS:               {dos}
  Billed:            $4,812.60
  Service:           ED visit w/ imaging, admitted to obs

If the patient was released before the DOS we will need the release date in writing for our file.

Thank you,
Gina Treadway
Patient Accounts Representative | Government & Contract Payers
Mercy Valley Regional Medical Center
(573) 555-0733

{conf}
""".format(acct=acct, clm=clm, mrn=mrn(), dos=mdY(dos), conf=CONF_HOSP)
    m = build(A("Gina Treadway", "gtreadway@" + HOSP), P["claims"],
              "Acct %s - custody verification needed" % acct, d, body)
    return m, ""


@reg("phi", "ids")
def ids_court_order():
    d = rdate(2, 9)
    case = "24CR-%05d" % random.randint(100, 9999)
    dobv = dob(36, 36)
    body = """Good afternoon,

Attached is the signed Order for Competency Evaluation entered today in State v. Pettibone, Case No. {case}. Defendant DOB {dob}.

Per paragraph 4 of the Order, the jail medical provider is directed to furnish the examiner with copies of all medical and mental health records generated since booking, including medication administration records, within ten (10) days. The examiner is Dr. Celia Nakamura, Forensic Evaluation Services; her office will contact you to arrange the records transfer and an in-person interview date.

Please reply to confirm receipt.

{sig}
""".format(case=case, dob=mdY(dobv), sig=sig("clerk"))
    att = pdf(["IN THE DISTRICT COURT OF BRANNOCK COUNTY",
               "CRIMINAL DIVISION",
               "",
               "STATE v. KEVIN J. PETTIBONE            Case No. %s" % case,
               "",
               "ORDER FOR COMPETENCY EVALUATION",
               "",
               "1. Defense counsel having raised the question of the defendant's competence,",
               "   the Court orders an evaluation of the defendant.",
               "2. Evaluator: Celia Nakamura, PhD, Forensic Evaluation Services.",
               "3. The defendant shall remain in the custody of the Brannock County Sheriff.",
               "4. The jail medical provider shall furnish all medical and mental health",
               "   records since booking, including medication administration records,",
               "   within ten (10) days of this Order.",
               "",
               "SO ORDERED.   Judge M. Ashcroft     %s" % mdY(d)])
    m = build(P["clerk"], [P["rec"], P["hsa"]], "Order - %s - competency eval" % case, d, body,
              cc=P["apd"], atts=[(att, "application", "pdf", "Order_%s.pdf" % case.replace("-", ""))])
    return m, "Kevin J. Pettibone"


@reg("phi", "ids")
def ids_medicaid_reinstate():
    d = rdate(4, 8)
    mid_ = "%011d" % random.randint(10000000000, 99999999999)
    bk = booking()
    rel = d + timedelta(days=random.randint(2, 6))
    body = """To: Inmate Eligibility Unit

Requesting reinstatement of suspended coverage for the individual below, releasing from Brannock County Detention Center.

Medicaid ID: {mid}
Facility booking #: {bk}
Anticipated release date: {rel}
Suspension date (booking): {sus}
Post-release address: on file (no change)

Individual has a scheduled outpatient follow-up the week of release and has ongoing prescriptions; please process before the release date if possible.

Andre Siqueira, MSW
Reentry Coordinator, Ridgeline Correctional Health (contract medical provider for BCDC)
Fax (573) 555-0189
""".format(mid=mid_, bk=bk, rel=mdY(rel), sus=mdY(d - timedelta(days=random.randint(60, 200))))
    m = build(P["reentry"], A("Inmate Eligibility Unit", "incarcerated.eligibility@" + DSS),
              "Reinstatement request - ID ending %s" % mid_[-4:], d, body)
    return m, ""


@reg("phi", "ids")
def ids_nonformulary():
    d = rdate(1, 10)
    pid = "%07d" % random.randint(40000, 99999)
    rx = "%07d" % random.randint(7000000, 7999999)
    dobv = dob(49, 49)
    body = """CorePak Pharmacy Services - Clinical Review Notification

Facility:      BRANNOCK CO DETENTION CTR (Acct 60418)
Patient ID:    {pid}
DOB:           {dob}
Rx #:          {rx}
Request type:  Non-formulary
Decision:      APPROVED - 30 days
Reviewer:      K. Baptiste, PharmD

Comments: Approved for 30 days. Formulary alternative may be considered at renewal if clinically appropriate. Reorder through eMAR; do not fax.

This is an automated message. Do not reply to this address. Questions: clinical.review@corepakrx.com / (888) 555-0161
""".format(pid=pid, dob=mdY(dobv), rx=rx)
    m = build(A("CorePak Clinical Review", "noreply-clinical@" + RX), P["md"],
              "NF request %s - APPROVED" % rx, d, body, cc=P["don"])
    return m, ""


@reg("phi", "ids")
def ids_juvenile_records():
    d1 = rdate(3, 8)
    d2 = d1 + timedelta(days=1, hours=2)
    case = "JV-24-%04d" % random.randint(100, 999)
    q = """Rachel, for {case} - the youth's follow-up visit got moved from 3/14 to 3/21 at the Northside clinic. Court review is 3/26 and the judge is going to ask whether the visit happened. Can you send me whatever you can share from the 3/21 visit once it's done? I have the parent's signed consent on file.

Tasha""".format(case=case)
    body = """Tasha - the 3/21 visit happened, D.C. went out with staff and was back by 11:30. I'll send the visit summary page through the secure fax once the clinic sends it over (they said Monday). The only thing on our end is a new appointment in 4 weeks, which we'll keep if D.C. is still with us.

R.

{ow}
{q}
""".format(ow=on_wrote(d1, "Tasha Grimes"), q=quote(q))
    m = build(P["juvrn"], P["jpo"], "RE: %s f/u visit" % case, d2, body)
    return m, "D.C."


@reg("phi", "ids")
def ids_critical_lab():
    d = rdate(2, 10, 3, 3)
    spec = "TS-24-%06d" % random.randint(100000, 999999)
    inm = so_id()
    body = """TRISTATE REFERENCE LABORATORY - CRITICAL VALUE NOTIFICATION

Client: RIDGELINE CH - BRANNOCK CO DETENTION (Client #40877)
Specimen ID: {spec}
Patient ID (client): {inm}
Collected: {col}
Test: POTASSIUM, SERUM
Result: 6.4 mmol/L  (ref 3.5-5.1)  ** CRITICAL HIGH **

Called to: T. KESSLER LPN at {called}, read back verified.
Called by: M. Osei, MLS(ASCP)

Full report will post to the client portal. This notification is informational; please do not reply.
""".format(spec=spec, inm=inm, col=(d - timedelta(hours=14)).strftime("%m/%d/%Y %H:%M"),
           called=d.strftime("%m/%d/%Y %H:%M"))
    m = build(A("TriState Lab Client Services", "critical-notify@" + LAB), [P["lpn1"], P["md"]],
              "CRITICAL VALUE - Specimen %s" % spec, d, body)
    return m, ""


@reg("phi", "ids")
def ids_prior_auth():
    d = rdate(5, 9)
    mem = "XJH%09d" % random.randint(100000000, 999999999)
    grp = "%05d" % random.randint(10000, 99999)
    pa = "PA%08d" % random.randint(10000000, 99999999)
    dobv = dob(42, 42)
    q1 = """Hi Patrice -- for the surgery Valley Ortho is booking, the detainee still has active commercial coverage through his employer, so we need to run it through them first before it comes out of the off-site pool. Subscriber DOB is {dob}. Can you start the auth?
-Cassie""".format(dob=mdY(dobv))
    body = """Auth came back approved.

Member ID: {mem}
Group: {grp}
Subscriber DOB: {dob}
Auth ref: {pa}
CPT 29881, 1 unit, outpatient, valid 60 days from today
Facility: Valley Orthopedic Surgery Center

Give Valley Ortho the auth number when they call to schedule. If the date slips past 60 days we have to redo it.

Patrice

{sig}

{ob}
""".format(mem=mem, grp=grp, dob=mdY(dobv), pa=pa, sig=sig("claims"),
           ob=orig_block(P["sched"], d - timedelta(days=2, hours=3), P["claims"], "auth needed - knee scope", q1))
    m = build(P["claims"], P["sched"], "RE: auth needed - knee scope", d, body)
    return m, ""


@reg("phi", "ids")
def ids_transfer_records():
    d = rdate(6, 9)
    so = so_id()
    dobv = dob(27, 27)
    s4 = "%04d" % random.randint(1000, 9999)
    body = """Medical Records,

We received an inmate from your facility on {tx} on a writ. Please fax the following to (660) 555-0278, attn: Health Services:

  SO# {so}
  DOB {dob}
  SSN (last 4) {s4}

- current MAR (last 30 days)
- last TB screening / skin test read
- any active problem list and allergy list
- last provider note

He arrived with a med sheet that was not signed. We need the above before our provider can continue orders.

Thank you,
Kendra Pohl, LPN
Health Services - Ashby County Jail
Ph (660) 555-0270  Fax (660) 555-0278
""".format(tx=mdY(d - timedelta(days=1)), so=so, dob=mdY(dobv), s4=s4)
    m = build(A("Kendra Pohl", "kpohl@ashbycountyjail.org"), P["rec"], "Records request - transfer", d, body)
    return m, ""


# ======================================================================
# PHI - lang
# ======================================================================
@reg("phi", "lang")
def lang_spanish():
    d1 = rdate(2, 6, 18, 22)
    d2 = d1 + timedelta(hours=13, minutes=5)
    ph = phone()
    first = """Buenas tardes,

Mi nombre es Araceli Ruiz, soy la mamá de Carlos Méndez Ruiz, fecha de nacimiento 14/03/2001. Lo arrestaron el domingo en la noche y está en la cárcel del condado. Él toma levetiracetam 500 mg dos veces al día para las convulsiones y no ha tomado su medicina desde el domingo. Ayer me dijo por teléfono que se siente mareado y que le duele mucho la cabeza.

Tengo el frasco de la farmacia con su receta del Dr. Ibarra. ¿Puedo llevarlo a la recepción? ¿A qué hora?

Por favor que alguien me conteste, estoy muy preocupada. Mi número es {ph}.

Gracias,
Araceli Ruiz""".format(ph=ph)
    body = """Sra. Ruiz:

Recibimos su mensaje. Hoy en la mañana la enfermera vio a su hijo Carlos y el médico ya ordenó su medicamento para las convulsiones; empezó a recibirlo hoy a las 8 de la mañana. No es necesario que traiga el frasco, pero si quiere traerlo, puede dejarlo en la recepción de la cárcel (1400 Courthouse Rd) de lunes a viernes de 8 a 4. Tiene que estar en el frasco original con la etiqueta de la farmacia.

Si él se siente mal, puede pedir ver a la enfermera por la tableta en cualquier momento.

Atentamente,
Marisol Ortega, RN
Directora de Enfermería

{ow}
{q}
""".format(ow=on_wrote(d1, "Araceli Ruiz <araceliruiz.77@yahoo.com>"), q=quote(first))
    m = build(P["don"], A("Araceli Ruiz", "araceliruiz.77@yahoo.com"),
              "RE: medicamento de mi hijo Carlos Méndez", d2, body, cc=P["hsa"])
    return m, "Carlos Méndez Ruiz"


@reg("phi", "lang")
def lang_vietnamese():
    d = rdate(3, 9, 20, 23)
    ph = phone("314")
    body = """Kính gửi phòng y tế,

Tôi là Trần Thị Mai, con gái của ông Trần Văn Hòa (sinh ngày 02/09/1958). Ba tôi đang bị tạm giữ tại nhà tù quận Brannock từ thứ Năm tuần trước.

Ba tôi bị tiểu đường, phải chích insulin mỗi ngày hai lần, sáng và tối, và uống thuốc huyết áp. Ba tôi nói tiếng Anh rất ít nên tôi sợ ba không biết cách xin thuốc hoặc nói với y tá khi thấy mệt. Hôm qua ba gọi điện nói là bị chóng mặt và run tay.

Xin cho tôi biết ba tôi có được chích insulin và đo đường huyết hàng ngày không. Nếu cần, tôi có thể mang toa thuốc và giấy của bác sĩ gia đình (bác sĩ Phạm, phòng khám Southside) đến.

Cảm ơn rất nhiều.

Trần Thị Mai
ĐT: {ph}
""".format(ph=ph)
    m = build(A("Mai Tran", "maitran.stl@outlook.com"), MEDICAL_DL,
              "Ba tôi Trần Văn Hòa - thuốc tiểu đường", d, body)
    return m, "Trần Văn Hòa"


@reg("phi", "lang")
def lang_creole():
    d = rdate(4, 8)
    ph = phone()
    body = """Bonjou,

Mwen se Nadège Célestin, madanm Jean-Robert Célestin. Yo arete l jedi pase a e li nan prizon konte Brannock la. Mari m gen tansyon wo ak sik (dyabèt), li pran grenn chak maten. Li di m nan telefòn ke li poko pran grenn li depi twa jou e tèt li fè l mal anpil. Li pa pale angle byen.

Tanpri, èske yon enfimyè ka wè l? Èske m ka pote grenn li yo ak papye doktè a? Li gen yon randevou ak doktè li nan klinik Eastgate 22 me, kisa pou m fè pou randevou sa a?

Mèsi anpil,
Nadège Célestin
{ph}
""".format(ph=ph)
    m = build(A("Nadege Celestin", "nadegecelestin@gmail.com"), MEDICAL_DL,
              "Mari m Jean-Robert Celestin - grenn tansyon", d, body)
    return m, "Jean-Robert Célestin"


@reg("phi", "lang")
def lang_russian():
    d = rdate(1, 5)
    ph = phone("636")
    body = """Здравствуйте!

Меня зовут Ольга Коваленко, я сестра Дмитрия Коваленко (дата рождения 23.07.1990). Сейчас он находится в окружной тюрьме Браннок (Brannock County Detention Center).

У брата тяжёлая астма, он всегда носит с собой ингалятор (альбутерол), но при аресте ингалятор у него забрали. Вчера он позвонил и сказал, что ночью ему было трудно дышать и он не мог спать.

Пожалуйста, проверьте, выдали ли ему ингалятор. Я могу привезти новый ингалятор в оригинальной упаковке и выписку от его врача. Также он плохо понимает по-английски, ему нужен переводчик, когда он разговаривает с медсестрой.

Заранее спасибо,
Ольга Коваленко
тел. {ph}

Отправлено с iPhone
""".format(ph=ph)
    m = build(A("Olga Kovalenko", "olga.kovalenko90@mail.com"), MEDICAL_DL,
              "Дмитрий Коваленко - ингалятор (астма)", d, body)
    return m, "Дмитрий Коваленко"


@reg("phi", "lang")
def lang_arabic():
    d = rdate(6, 9)
    ph = phone("314")
    body = """السلام عليكم،

أنا سمير حداد، والد يوسف حداد (تاريخ الميلاد 11/05/2008)، الموجود حاليًا في مركز احتجاز الأحداث في مقاطعة برانوك.

ابني مصاب بالسكري من النوع الأول ويستخدم مضخة الأنسولين، وقد أخبرني أنهم أخذوا المضخة منه عند الدخول. أرجو أن تخبروني هل يحصل على الأنسولين في مواعيده، وهل يتم فحص السكر في الدم قبل الوجبات وقبل النوم. طبيبة الغدد الخاصة به هي الدكتورة ليلى منصور في مستشفى ميرسي فالي، ويمكنها إرسال التعليمات مباشرة إليكم.

أنا لا أتكلم الإنجليزية جيدًا، لذلك أرجو الرد بالعربية إن أمكن أو الاتصال بي على الرقم {ph}.

شكرًا جزيلاً،
سمير حداد
""".format(ph=ph)
    m = build(A("Samir Haddad", "samir.haddad.stl@gmail.com"), [P["juvrn"], P["supt"]],
              "ابني يوسف حداد - الأنسولين", d, body)
    return m, "يوسف حداد"


@reg("phi", "lang")
def lang_tagalog():
    d = rdate(2, 10, 18, 19)
    body = """Hi Joy,

Pasensya na, hindi na kita naabutan kanina sa endorsement. Si Dunaway sa B-pod (bed 14), hindi pa rin niya iniinom yung Eliquis niya since kagabi, sabi niya masakit daw yung tiyan niya. Na-document ko na yung refusal sa MAR pero paki-follow up mo kay Dr. P bukas ng umaga. BP niya kanina 168/94, nirecheck ko after 30 mins 160/90.

Tsaka yung bagong intake kahapon na si Okonkwo (D-pod, yung may tungkod), wala pa yung insulin niya galing CorePak, naka-order na. Pakicheck na lang kung dumating sa 1400 delivery, kung wala tawagan mo na sila.

Salamat, ingat ka pauwi!
Maricel

Sent from my Galaxy
"""
    m = build(P["rn_fil"], P["lpn_fil"], "endorse - Dunaway / Okonkwo", d, body)
    return m, "Ricky Dunaway; Okonkwo"


@reg("phi", "lang")
def lang_chinese():
    d = rdate(5, 9, 20, 23)
    bk = booking()
    ph = phone("314")
    body = """您好，

我是陈建国的妻子刘丽华。我丈夫陈建国（出生日期：1972年11月3日，登记号 {bk}）上周五被关押在Brannock县看守所。

他有乙型肝炎，一直在吃恩替卡韦（Entecavir），每天一片，医生说绝对不能停药。他的肝病医生是Mercy Valley医院的王医生，下个月十号有复查，需要抽血和做B超。

请问看守所的医生能不能继续给他吃药？复查的预约怎么办？我可以把药和病历送过去。

我英文不好，麻烦用中文回复，或者打我电话 {ph}。

谢谢！
刘丽华
""".format(bk=bk, ph=ph)
    m = build(A("Lihua Liu", "liulihua1975@163.com"), MEDICAL_DL, "关于我丈夫陈建国的药", d, body)
    return m, "陈建国"


@reg("phi", "lang")
def lang_portuguese():
    d = rdate(6, 6)
    body = """Boa tarde,

Meu nome é Marcos Ferreira, sou irmão de Paulo Henrique Ferreira, que foi preso na segunda-feira e está na cadeia do condado de Brannock.

O Paulo fez uma cirurgia de pedra no rim há duas semanas no Mercy Valley e ainda está com um cateter (stent) que precisa ser retirado até o dia 28 deste mês. A consulta com o urologista, Dr. Hargrove, está marcada para 27/06 às 10h.

Ele quase não fala inglês. Vocês vão levar ele na consulta? Se precisar, eu mando os papéis da alta do hospital por e-mail.

Obrigado,
Marcos Ferreira

Enviado do meu celular
"""
    m = build(A("Marcos Ferreira", "marcosferreira.br@hotmail.com"), MEDICAL_DL,
              "Paulo Henrique Ferreira - consulta urologista 27/06", d, body)
    return m, "Paulo Henrique Ferreira"


# ======================================================================
# PHI - lists
# ======================================================================
@reg("phi", "lists")
def lists_offsite_day():
    d = rdate(2, 9, 14, 16)
    day = d + timedelta(days=1)
    rows = [
        ("Whitaker, Darnell", booking(), "Valley Ortho", "0930", "cast check; L arm out of chain"),
        ("Hale, Brandon", booking(), "Valley Ortho", "1045", "crutches - needs van w/ lift"),
        ("Rourke, Tiffany", booking(), "Mercy Valley OB clinic", "1300", "female officer"),
        ("Tuttle, Michael", booking(), "Mercy Valley Imaging", "1400", "NPO after midnight"),
        ("Ceja, Maria G.", booking(), "Brannock Oral Surgery", "1515", "escort to return same day"),
    ]
    lines = ["%-20s %-11s %-24s %-5s %s" % ("NAME", "BOOKING", "DESTINATION", "TIME", "NOTES"),
             "%-20s %-11s %-24s %-5s %s" % ("-" * 20, "-" * 10, "-" * 23, "----", "-" * 30)]
    for r in rows:
        lines.append("%-20s %-11s %-24s %-5s %s" % r)
    body = """Transport -

Tomorrow's ({day}) outside appointments below. Five runs, two to Valley Ortho back to back so one trip if you can.

{tbl}

Tuttle's imaging appt needs him fasting - I've told night shift to pull his breakfast tray. Rourke is a female transport.

Cassie

{sig}
""".format(day=day.strftime("%a %m/%d"), tbl="\n".join(lines), sig=sig("sched"))
    html_rows = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % xesc(c) for c in r) for r in rows)
    html = html_wrap("<p>Transport -</p><p>Tomorrow's (%s) outside appointments below. Five runs, two to Valley Ortho back to back so one trip if you can.</p>"
                     "<table border=\"1\" cellpadding=\"3\" style=\"border-collapse:collapse\"><tr><th>NAME</th><th>BOOKING</th><th>DESTINATION</th><th>TIME</th><th>NOTES</th></tr>%s</table>"
                     "<p>Tuttle's imaging appt needs him fasting - I've told night shift to pull his breakfast tray. Rourke is a female transport.</p><p>Cassie</p>"
                     % (day.strftime("%a %m/%d"), html_rows))
    m = build(P["sched"], [P["trans"], P["lt"]], "Offsite list %s" % day.strftime("%m/%d"), d, body,
              cc=P["hsa"], html=html)
    return m, "; ".join(r[0] for r in rows)


@reg("phi", "lists")
def lists_watch_csv():
    d = rdate(3, 10, 6, 7)
    names = [("Stallworth", "Amber", "F-6", "15 min", "constant -> 15 min 2 days ago"),
             ("Okafor", "Emmanuel", "M-1", "constant", "new - placed at intake"),
             ("Pettibone", "Kevin", "M-2", "15 min", "tele-psych Fri"),
             ("Vance", "Cody", "B-22", "30 min", "step-down, re-eval Thurs"),
             ("Lujan", "Desiree", "F-2", "15 min", "")]
    rows = [["Last", "First", "Booking", "DOB", "Cell", "Watch level", "Start date", "Notes"]]
    for ln, fn, cell, lvl, note in names:
        rows.append([ln, fn, booking(), mdY(dob(19, 55)), cell, lvl,
                     mdY(d - timedelta(days=random.randint(0, 9))), note])
    body = """Morning,

Attached is today's watch census for the 0700 huddle. Okafor is new overnight, placed on constant at intake; I'll see him first thing. Vance stays on 30s until I re-eval Thursday.

Please don't forward outside of the medical/shift supervisor list.

Keisha

{sig}
""".format(sig=sig("mh"))
    m = build(P["mh"], [P["sgt"], P["lt"], NURSING_DL], "Watch census %s" % d.strftime("%m/%d"), d, body,
              atts=[(csv_text(rows), "text", "csv", "watch_census_%s.csv" % d.strftime("%Y%m%d"))])
    return m, "; ".join("%s %s" % (fn, ln) for ln, fn, _, _, _ in names)


@reg("phi", "lists")
def lists_court_docket():
    d1 = rdate(4, 8, 9, 11)
    d2 = d1 + timedelta(hours=2)
    people = [("Tuttle, Michael R.", dob(40, 40)), ("Ceja, Maria Guadalupe", dob(29, 29)),
              ("Lyle, Jerome", dob(51, 51)), ("Andrade-Moreno, Luis", dob(31, 31))]
    q = """Medical,

The following are on Judge Ashcroft's 9:00 docket tomorrow and the deputies have them flagged as "medical hold - check before transport". Are any of them unable to come over? If so we'll set video.

{lst}

Sharon Kimball
Deputy Clerk""".format(lst="\n".join("%s  DOB %s" % (n, mdY(b)) for n, b in people))
    reasons = ["post-op, on crutches; OK for court by wheelchair",
               "OK to transport - dental extraction done Monday, no restrictions",
               "NOT ok - on oxygen in medical cell, please set video",
               "OK to transport; needs his noon meds sent in a blister card if court runs past 12"]
    ans = "\n".join("%s - %s - %s" % (n, mdY(b), r) for (n, b), r in zip(people, reasons))
    body = """Sharon,

Here's where they stand:

{ans}

Dana

{sig}

{ow}
{q}
""".format(ans=ans, sig=sig("hsa"), ow=on_wrote(d1, "Sharon Kimball <skimball@brannockcourts.org>"), q=quote(q))
    m = build(P["hsa"], P["clerk"], "RE: medical holds - tomorrow's 9:00 docket", d2, body, cc=P["trans"])
    return m, "; ".join(n for n, _ in people)


@reg("phi", "lists")
def lists_juv_intakes_xlsx():
    d = rdate(5, 10)
    youths = [("Coble", "Destiny", "F", 16, "pregnancy test +, OB referral sent"),
              ("Mann", "Tyrell", "M", 15, "asthma - inhaler from home checked in"),
              ("Haddad", "Yusuf", "M", 16, "T1DM - pump removed, insulin per endo orders"),
              ("Garza", "Eli", "M", 14, "no concerns"),
              ("Pham", "Kimberly", "F", 17, "MAYSI-2 flagged, MH to see within 24h"),
              ("Brooks", "Jaylen", "M", 15, "glasses, ADHD med verified w/ Northside")]
    rows = [["Youth last", "Youth first", "Sex", "Age", "JV case", "Admit date", "Screen by", "Follow-up"]]
    for ln, fn, sx, age, fu in youths:
        rows.append([ln, fn, sx, age, "JV-24-%04d" % random.randint(100, 999),
                     mdY(d - timedelta(days=random.randint(0, 6))), random.choice(["RL", "RL", "BF"]), fu])
    body = """Monique,

Weekly intake screening summary for the JDC is attached (6 admissions this week). Two need you to know about for housing: the pregnant youth should stay on the lower level, and the youth with the insulin needs snack times protected.

Rachel

{sig}
""".format(sig=sig("juvrn"))
    m = build(P["juvrn"], P["supt"], "JDC intake screenings - week of %s" % (d - timedelta(days=6)).strftime("%m/%d"),
              d, body, atts=[(xlsx(rows, "Intakes"), XLSX_T[0], XLSX_T[1], "JDC_intake_screens_wk%s.xlsx" % d.strftime("%U"))])
    return m, "; ".join("%s %s" % (fn, ln) for ln, fn, _, _, _ in youths)


@reg("phi", "lists")
def lists_refusals_tab():
    d = rdate(2, 9, 22, 23)
    recs = [("Rourke, Tiffany", "F-4", "sertraline 100mg", "2100", "refused x2, counseled"),
            ("Dunaway, Ricky", "B-14", "apixaban 5mg", "2100", "refused - c/o stomach"),
            ("Vance, Cody", "B-22", "olanzapine 10mg", "2100", "not at door, officer attempted"),
            ("Embry, Curtis", "C-9", "insulin glargine 22u", "2100", "refused, FSBS 244"),
            ("Lujan, Desiree", "F-2", "buprenorphine 8mg SL", "0800", "held - sedated per RN")]
    hdr = "Patient\tHousing\tMedication\tPass\tComment"
    tbl = hdr + "\n" + "\n".join("\t".join(r) for r in recs)
    body = """pasting from the refusal log for today, 3rd refusal in a row for Rourke and Dunaway so they need provider referral per policy

{tbl}

Brianna
""".format(tbl=tbl)
    m = build(P["lpn2"], [P["don"], P["np"]], "med refusals %s" % d.strftime("%m/%d"), d, body)
    return m, "; ".join(r[0] for r in recs)


@reg("phi", "lists")
def lists_release_pipe():
    d = rdate(3, 9)
    people = ["Andrade-Moreno, Luis", "Stallworth, Amber", "Lyle, Jerome", "Okafor, Emmanuel", "Rourke, Tiffany"]
    needs = ["14d bridge, BHC intake appt set", "MH f/u BHC, naloxone kit", "O2 vendor set up, PCP f/u",
             "pending court - possible", "OB appt + prenatal vitamins 30d"]
    lines = ["| Inmate                | Booking    | Exp. release | Medicaid   | Needs                              |",
             "|-----------------------|------------|--------------|------------|------------------------------------|"]
    for n, nd in zip(people, needs):
        rel = d + timedelta(days=random.randint(1, 10))
        lines.append("| %-21s | %-10s | %-12s | %-10s | %-34s |" % (n, booking(), mdY(rel),
                                                                  random.choice(["reinstate", "active", "apply", "reinstate"]), nd))
    body = """Release planning list for the next 10 days. Okafor is a maybe depending on Thursday's hearing.

{tbl}

I still need the naloxone kits restocked - we're down to 4.

Andre

{sig}
""".format(tbl="\n".join(lines), sig=sig("reentry"))
    m = build(P["reentry"], [P["hsa"], P["mh"]], "Upcoming releases - planning list", d, body)
    return m, "; ".join(people)


@reg("phi", "lists")
def lists_tb_reads():
    d = rdate(1, 10)
    ppl = ["Ceja, Maria", "Okafor, Emmanuel", "Vance, Cody", "Pham, Kimberly (JDC)", "Nguyen, Bao",
           "Greer, Shawna", "Whitaker, Darnell"]
    lines = []
    for n in ppl:
        placed = d - timedelta(days=2)
        lines.append("%s - %s - placed %s - read due %s" % (n, booking(), placed.strftime("%m/%d"),
                                                             d.strftime("%m/%d")))
    lines[4] += "  ** hx of positive, needs CXR instead **"
    body = """TB skin test reads due today. Please read before 1500 or they fall outside the 72 hr window and we have to re-place.

{lst}

Whitaker refused placement once already, if he refuses again document and notify me.

M. Ortega RN
""".format(lst="\n".join(lines))
    m = build(P["don"], NURSING_DL, "PPD reads due today", d, body)
    return m, "; ".join(ppl)


# ======================================================================
# PHI - names
# ======================================================================
@reg("phi", "names")
def names_tiffany():
    d = rdate(3, 9, 15, 17)
    body = """Alan -

Tiffany came back from court around 2 and was really upset, crying in the sally port and telling the officer she "can't do this anymore". Keisha saw her at 2:30 and put her on 15s, no plan that she'd share. She's refused her evening meds since Tuesday and Dr. Desai wanted a Depakote level drawn before he adjusts anything - I don't think it ever got drawn.

Can you see her before evening pass? I'd like the level drawn tonight if she'll let us.

Dana
Sent from my iPhone
"""
    m = build(P["hsa"], P["md"], "can you see Tiffany before pm pass", d, body, cc=P["mh"])
    return m, "Tiffany Rourke"


@reg("phi", "names")
def names_withdrawal():
    d1 = rdate(2, 10, 1, 3)
    d2 = d1 + timedelta(minutes=35)
    q = """Medical, what's going on with Mr. Pettibone in M-2? Officer Rios says he's shaking, sweating through his jumpsuit and threw up twice. He says he was using before he got picked up. Does someone need to come look at him?

Sgt. Marsh"""
    body = """Sgt,

Yes - he's on our withdrawal protocol since intake. I just checked him: COWS score 14, BP 152/96, HR 108. Gave his scheduled comfort meds and started fluids by mouth. He needs to be checked by us every 4 hours overnight and I'll do it myself. Please have the officer keep a trash can and water in the cell and call us right away if he can't keep fluids down or gets confused.

Tom Kessler LPN

{ow}
{q}
""".format(ow=on_wrote(d1, "Sgt. Colleen Marsh"), q=quote(q))
    m = build(P["lpn1"], P["sgt"], "RE: M-2 inmate sick", d2, body)
    return m, "Kevin Pettibone"


@reg("phi", "names")
def names_subject_only():
    d = rdate(1, 10, 4, 5)
    body = """sugar 48 at 0400, awake but sweaty and slow to answer. gave 2 tubes glucose gel + juice, recheck 0420 = 112, 0445 = 138. he skipped supper per officer. held nothing else. please see on rounds, think his evening dose needs looked at

-TK
"""
    m = build(P["lpn1"], [P["np"], P["md"]], "Whitaker", d, body)
    return m, "Whitaker"


@reg("phi", "names")
def names_destiny_ob():
    d1 = rdate(4, 8)
    d2 = d1 + timedelta(hours=5)
    q = """Rachel, how is Destiny doing? Staff on Unit 2 said she was sick again at breakfast. Her mom called asking if she's been to a doctor yet. Do we need to do anything different with her schedule or PE?

Monique"""
    body = """Hi Monique,

Destiny has her first OB appointment at the Mercy Valley women's clinic on Thursday at 10:40 - staff will need to take her, female staff please. The morning sickness should ease up in a few weeks; for now she can have crackers on the unit before breakfast and should sit out PE until the OB clears her (walking is fine). She's also on prenatal vitamins as of yesterday.

I haven't talked with her mom yet - Destiny said it was OK to share with mom, but I want to get that in writing from her first. I'll take care of that today.

Rachel

{sig}

{ow}
{q}
""".format(sig=sig("juvrn"), ow=on_wrote(d1, "Monique Farrow"), q=quote(q))
    m = build(P["juvrn"], P["supt"], "RE: Destiny - Unit 2", d2, body)
    return m, "Destiny Coble"


@reg("phi", "names")
def names_pd_fwd():
    d0 = rdate(5, 9)
    d1 = d0 + timedelta(hours=20)
    inner = """Ms. Barnwell,

Re: Brooks, Jaylen (juvenile, JDC). I represent Jaylen in his delinquency matter. His grandmother reports he has been having nightmares and not eating since his admission, and that he was seeing a counselor at Northside for anxiety before he was detained. I'd like to request a mental health evaluation and ask that his counselor be contacted. Release signed by the guardian is attached.

Thank you,
Evan Sokolov
Assistant Public Defender"""
    body = """Rachel - forwarding since Jaylen is at the JDC, not the main jail. I can see him Wednesday when I'm over there but can you check on him today and let me know if he's eating? I'll reach out to the Northside counselor.

K

{fw}
""".format(fw=fwd_block("Evan Sokolov <esokolov@brannockpd.org>", d0, "Keisha Barnwell <kbarnwell@ridgelinech.com>",
                        "MH evaluation request - juvenile client", inner))
    m = build(P["mh"], P["juvrn"], "Fwd: MH evaluation request - juvenile client", d1, body)
    return m, "Jaylen Brooks"


@reg("phi", "names")
def names_big_mike():
    d = rdate(2, 9, 12, 14)
    body = """Lt,

FYI on the shower fall this morning in C-pod - it was Big Mike (Tuttle). We sent him to Mercy as you know. X-ray showed no fracture, it's a bad sprain of the wrist and a bump on the head, CT of the head was clear. He's back in C-pod with a splint and ice 3x a day. He can't do kitchen work for 2 weeks, so please take him off the trustee roster until we clear him.

Also - the shower floor in C-pod lower is really slick, this is the second fall this month.

Marisol
"""
    m = build(P["don"], P["lt"], "C-pod fall this AM", d, body, cc=P["hsa"])
    return m, "Michael Tuttle"


@reg("phi", "names")
def names_deep_quote():
    d0 = rdate(3, 8)
    d1 = d0 + timedelta(hours=4)
    d2 = d1 + timedelta(days=1, hours=1)
    d3 = d2 + timedelta(hours=2)
    m0 = """Dr. Haas, can we get a second chair for Thursday? The list is at 14 and we keep bumping people.

One that can't wait: Mrs. Ceja in F-pod, her face is swollen on the left side and she can't chew. Whitney started her on an antibiotic yesterday but she needs the extraction.

Cassie"""
    m1 = """I can do a long day Thursday, 0730-1700, if custody can give me an officer for the whole day. Put Ceja first.
LH"""
    m2 = """We can do an officer for the whole day Thursday but the dental room needs to be opened by 0715, can medical get the key from shift command?
Lt. Delgado"""
    body = """Yes, I'll pick up the key at 0700 from shift command and have the room open. Thanks everyone. Updated Thursday list going out tomorrow.

Cassie

{ob2}

{ob1}

{ob0}
""".format(
        ob2=orig_block(P["lt"], d2, P["sched"], "RE: RE: dental Thursday", m2, cc=P["dds"]),
        ob1=orig_block(P["dds"], d1, P["sched"], "RE: dental Thursday", m1),
        ob0=orig_block(P["sched"], d0, P["dds"], "dental Thursday", m0, cc=P["lt"]))
    m = build(P["sched"], [P["lt"], P["dds"]], "RE: RE: RE: dental Thursday", d3, body)
    return m, "Maria Ceja"


@reg("phi", "names")
def names_mrs_okonkwo():
    d = rdate(6, 9)
    body = """Whitney,

Mrs. Okonkwo (the older lady in D-pod with the cane) - her pressures have been running high since she came in, 178/100 this morning and 170/96 at noon. She says she ran out of her pills about a week before she got arrested. Insulin came in from CorePak yesterday and she's been taking it fine, sugars 140s-190s.

Could you see her on tomorrow's provider line? She also asked about her eye doctor appointment that she's missing next week - I told her we'd look into it.

Thanks!
Maricel

{sig}
""".format(sig=sig("rn_fil"))
    m = build(P["rn_fil"], P["np"], "D-pod - pressures", d, body)
    return m, "Okonkwo"


# ======================================================================
# PHI - self
# ======================================================================
@reg("phi", "self")
def self_bill():
    d = rdate(4, 9)
    acct = "%09d" % random.randint(100000000, 999999999)
    ph = phone()
    body = """To whom it may concern,

I received a bill from Mercy Valley hospital for $2,340.18 (account {acct}) for when I was taken to the emergency room from your jail on January 19. I was in custody at the time and the officer drove me there. I was told that the jail pays for medical care while you're locked up. The hospital said I need to contact you.

I was released Feb 2. I have Medicaid now but the hospital says it wasn't active on that date.

Please tell me what I need to do. I can't pay this and it's already gone to a second notice.

Thank you,
Shawna Greer
{ph}
""".format(acct=acct, ph=ph)
    m = build(A("Shawna Greer", "shawnagreer88@gmail.com"), P["claims"],
              "Bill for ER visit while I was in jail", d, body)
    return m, "Shawna Greer"


@reg("phi", "self")
def self_tablet():
    d = rdate(1, 10, 20, 23)
    rid = digits(8)
    body = """JailLink Tablet Message
Request ID: {rid}
Category: Medical - Sick Call
Facility: Brannock County Detention Center
Housing: B-POD / 14
From: DUNAWAY, RICKY L

Message:
i need to see the dr my tooth on the bottom right is killing me i cant eat nothing on that side and my jaw is swole. also my blood thinner makes me sick on a empty stomach can i get it with food. i put in a request sunday and nobody came. please

-- Ricky Dunaway

This message was submitted through the JailLink inmate tablet system. Replies posted in the Medical queue are delivered to the inmate's tablet. Do not reply to this email.
""".format(rid=rid)
    m = build(A("JailLink Messaging", "no-reply@jaillinkmsg.com"), MEDICAL_DL,
              "[Sick Call] New request %s - DUNAWAY, RICKY L" % rid, d, body,
              reply_to=A("Ricky Dunaway (tablet)", "r.dunaway.b14@jaillinkmsg.com"))
    return m, "Ricky Dunaway"


@reg("phi", "self")
def self_records_phone():
    d = rdate(3, 8, 7, 22)
    body = """hi i was in brannock county jail from march to may this year. i need my records from when i was there, my new doctor wants to see what meds i was on and my blood work results. also the shot record bc they gave me a hep b shot in there. can you email them or do i need to come in. my dob is 6/22/1994

thanks
tyler vance

Sent from my iPhone
"""
    m = build(A("Tyler Vance", "tylervance94@icloud.com"), P["rec"], "medical records", d, body)
    return m, "Tyler Vance"


@reg("phi", "self")
def self_officer_tb():
    d1 = rdate(2, 6)
    d2 = d1 + timedelta(hours=6)
    q = """Officer Yoder, your annual TB skin test was read today at 12 mm, which is positive. This doesn't mean you're sick. The next step is a chest x-ray and a visit with occupational health; Renee in HR has the referral. Please don't miss it - you can't be cleared for duty until it's done.

Marisol Ortega, RN"""
    body = """Ms. Ortega

Thanks for letting me know. I got the chest x-ray done at the Occ Health clinic on Main this afternoon, they said results in 1-2 days. I also told them I had the BCG shot as a kid in Ukraine, the nurse there said that can make the skin test read positive. Do you want me to bring the x-ray report to you or to HR? Also my hep B series - I think I still need the 3rd shot, can I get that at medical or only at Occ Health?

Pete Yoder
Classification, BCDC

{ow}
{q}
""".format(ow=on_wrote(d1, "Marisol Ortega"), q=quote(q))
    m = build(P["class"], P["don"], "RE: your TB test result", d2, body, cc=P["hr"])
    return m, "Pete Yoder"


@reg("phi", "self")
def self_suboxone():
    d = rdate(5, 10, 8, 12)
    body = """Hello,

My name is Desiree Lujan. I got released Tuesday. While I was in there I was on suboxone 8 mg every morning (started in the jail program). I went to the clinic on 5th street yesterday to keep going and they said they need a letter from the jail doctor saying what dose I was on and the last day I got it, or they have to start me over on the waiting list.

I only have 2 days left of what they sent home with me. Can someone please send the letter to the clinic? Their fax is (573) 555-0862, it's Riverbend Recovery. My birthday is 9/30/1991.

thank you so much
Desiree
"""
    m = build(A("Desiree Lujan", "desireelujan91@yahoo.com"), [P["reentry"], MEDICAL_DL],
              "need letter for suboxone clinic asap", d, body)
    return m, "Desiree Lujan"


@reg("phi", "self")
def self_prenatal():
    d = rdate(6, 9)
    body = """Hi Andre,

this is Tiffany Rourke, you helped me with my release papers. I'm 22 weeks now and I finally got an appointment with a OB at Mercy Valley women's clinic next week but they want my records from the jail, the ultrasound and the blood work they did when I was in there, and my medication list. They gave me a form to fill out I attached a picture of it.

Also I'm still taking the prenatal vitamins and the sertraline and I only have a few days left of the sertraline, is there a way to get it refilled till my appointment?

thanks
Tiff
"""
    scan = png(200, 260, (250, 250, 248), [(20, 20, 180, 32, (60, 60, 60)), (20, 50, 180, 54, (150, 150, 150)),
                                          (20, 70, 180, 74, (150, 150, 150)), (20, 90, 140, 94, (150, 150, 150)),
                                          (20, 220, 100, 222, (40, 40, 40))])
    m = build(A("Tiffany Rourke", "tiffrourke.2024@gmail.com"), P["reentry"], "records for my OB appt",
              d, body, atts=[(scan, "image", "png", "IMG_4471.png")])
    return m, "Tiffany Rourke"


@reg("phi", "self")
def self_needlestick():
    d1 = rdate(3, 9)
    d2 = d1 + timedelta(days=8)
    body = """Renee,

Quick update on my workers' comp claim from the needlestick on the {dt} (claim # WC-24-{cn}). I went back for the 6-week bloodwork at Occ Health yesterday and everything was negative again, they said just one more draw at 3 months. I finished the 28 days of the HIV prevention meds last week, the nausea was rough but I didn't miss any shifts.

Do I need to send you the visit paperwork or does Occ Health send it straight to the carrier? Also the pharmacy charged me a $35 copay for the last refill - how do I get that reimbursed?

Thanks,
Brianna Fogle, LPN
""".format(dt=(d1 - timedelta(days=42)).strftime("%m/%d"), cn=digits(5))
    m = build(P["lpn2"], P["hr"], "my WC claim - needlestick follow up", d2, body)
    return m, "Brianna Fogle"


# ======================================================================
# PHI - struct
# ======================================================================
def hl7ts(dt):
    return dt.strftime("%Y%m%d%H%M")


@reg("phi", "struct")
def struct_adt():
    d = rdate(2, 9, 3, 6)
    bk = booking()
    m_ = mrn()
    b = dob(36, 36)
    ctl = "MV" + digits(9)
    segs = [
        "MSH|^~\\&|EPIC_ADT|MERCYVALLEY|RCH_EHR|BRANNOCK_BCDC|%s||ADT^A01^ADT_A01|%s|P|2.5.1" % (hl7ts(d), ctl),
        "EVN|A01|%s|||HLUND^LUND^HEATHER^^^RN" % hl7ts(d - timedelta(minutes=4)),
        "PID|1||%s^^^MVRMC^MR~%s^^^BCSO^PI||PETTIBONE^KEVIN^JAMES||%s|M|||1400 COURTHOUSE RD^^BRANNOCK FALLS^MO^65109||(573)555-0100|||S||%s" % (m_, bk, b.strftime("%Y%m%d"), "A" + digits(9)),
        "PV1|1|I|4W^412^A^MVRMC||||1487263390^PATEL^RAJESH^^^MD|||MED||||7|||1487263390^PATEL^RAJESH^^^MD|IN||CORR|||||||||||||||||||MVRMC||ADM|||%s" % hl7ts(d - timedelta(hours=3)),
        "PV2|||K85.90^ACUTE PANCREATITIS W/O NECROSIS OR INFECTION^I10",
        "IN1|1|CORR01|RCH001|RIDGELINE CORRECTIONAL HEALTH|PO BOX 4410^^NASHVILLE^TN^37202||||BRANNOCK CO|||||||PETTIBONE^KEVIN^JAMES|01|%s" % b.strftime("%Y%m%d"),
        "DG1|1||K85.90^ACUTE PANCREATITIS W/O NECROSIS OR INFECTION^I10||%s|A" % hl7ts(d),
        "GT1|1||RIDGELINE CORRECTIONAL HEALTH||PO BOX 4410^^NASHVILLE^TN^37202",
    ]
    msg = "\r\n".join(segs) + "\r\n"
    body = """Ridgeline team - our interface to your EHR is still down per your IT ticket, so per the downtime agreement I am sending the admit notification manually. Raw message below and attached.

Bed 4W-412. Custody officer is at bedside.

Mercy Valley Interface Services
interfaces@mercyvalleyrmc.org | (573) 555-0760

""" + "\n".join(segs) + "\n\n" + CONF_HOSP + "\n"
    m = build(A("MVRMC Interface Services", "interfaces@" + HOSP), [MEDICAL_DL, P["claims"]],
              "Manual ADT A01 - BCSO inmate admitted 4W", d, body,
              atts=[(msg, "text", "plain", "ADT_A01_%s.hl7" % ctl)])
    return m, "Kevin James Pettibone"


@reg("phi", "struct")
def struct_oru():
    d = rdate(1, 10, 6, 9)
    inm = so_id()
    b = dob(47, 47)
    acc = "TS" + digits(8)
    col = d - timedelta(hours=20)
    segs = [
        "MSH|^~\\&|TSRL_LIS|TRISTATE|RCH_EHR|BCDC|%s||ORU^R01|%s|P|2.3.1" % (hl7ts(d), digits(10)),
        "PID|1|%s|%s^^^BCDC||WHITAKER^DARNELL^L||%s|M" % (inm, inm, b.strftime("%Y%m%d")),
        "ORC|RE|%s|%s||CM" % ("RCH" + digits(7), acc),
        "OBR|1|%s|%s|CMP^COMPREHENSIVE METABOLIC PANEL|||%s|||||||%s|BLD|1982736451^COLE^WHITNEY^^^FNP" % ("RCH" + digits(7), acc, hl7ts(col), hl7ts(col + timedelta(hours=3))),
        "OBX|1|NM|2345-7^GLUCOSE^LN||287|mg/dL|70-99|H|||F",
        "OBX|2|NM|2160-0^CREATININE^LN||1.42|mg/dL|0.70-1.30|H|||F",
        "OBX|3|NM|2823-3^POTASSIUM^LN||4.6|mmol/L|3.5-5.1|N|||F",
        "OBX|4|NM|2951-2^SODIUM^LN||134|mmol/L|136-145|L|||F",
        "OBX|5|NM|33914-3^EGFR^LN||58|mL/min/1.73m2|>=60|L|||F",
        "OBR|2|%s|%s|4548-4^HEMOGLOBIN A1C^LN|||%s|||||||%s|BLD" % ("RCH" + digits(7), acc + "A", hl7ts(col), hl7ts(col + timedelta(hours=3))),
        "OBX|1|NM|4548-4^HEMOGLOBIN A1C^LN||10.8|%|4.0-5.6|H|||F",
    ]
    body = "\n".join(segs) + "\n"
    m = build(A("TSRL Results Delivery", "results-delivery@" + LAB), A("RCH HL7 Inbound", "hl7.inbound@" + CO),
              "ORU %s BCDC" % acc, d, body, headers={"X-Mailer": "TSRL-LIS Outbound 4.2"})
    return m, "Darnell L. Whitaker"


@reg("phi", "struct")
def struct_837():
    d = rdate(4, 8)
    b = dob(29, 29)
    ctl = "%09d" % random.randint(1, 999999999)
    clm = "VOA" + digits(7)
    dos = (d - timedelta(days=21)).strftime("%Y%m%d")
    seg = [
        "ISA*00*          *00*          *ZZ*VALLEYORTHO    *ZZ*RIDGELINECH    *%s*%s*^*00501*%s*0*P*:" % (d.strftime("%y%m%d"), d.strftime("%H%M"), ctl),
        "GS*HC*VALLEYORTHO*RIDGELINECH*%s*%s*%d*X*005010X222A1" % (d.strftime("%Y%m%d"), d.strftime("%H%M"), int(ctl[-4:])),
        "ST*837*0001*005010X222A1",
        "BHT*0019*00*%s*%s*%s*CH" % ("B" + digits(6), d.strftime("%Y%m%d"), d.strftime("%H%M")),
        "NM1*41*2*VALLEY ORTHOPEDIC ASSOCIATES*****46*VOA4471",
        "PER*IC*BILLING OFFICE*TE*5735550650",
        "NM1*40*2*RIDGELINE CORRECTIONAL HEALTH*****46*RCH001",
        "HL*1**20*1",
        "NM1*85*2*VALLEY ORTHOPEDIC ASSOCIATES*****XX*1639274015",
        "N3*2210 QUARRY RIDGE PKWY STE 300",
        "N4*BRANNOCK FALLS*MO*651091234",
        "REF*EI*431928774",
        "HL*2*1*22*0",
        "SBR*P*18*BCDC*******CI",
        "NM1*IL*1*HALE*BRANDON*T***MI*BCSO%s" % digits(6),
        "N3*1400 COURTHOUSE RD",
        "N4*BRANNOCK FALLS*MO*65109",
        "DMG*D8*%s*M" % b.strftime("%Y%m%d"),
        "NM1*PR*2*RIDGELINE CORRECTIONAL HEALTH*****PI*RCH001",
        "CLM*%s*412.00***11:B:1*Y*A*Y*Y" % clm,
        "HI*ABK:S92.351A*ABF:W19XXXA",
        "NM1*82*1*SANDOVAL*ERIC****XX*1295730846",
        "LX*1",
        "SV1*HC:99204*285.00*UN*1***1",
        "DTP*472*D8*%s" % dos,
        "LX*2",
        "SV1*HC:29515*127.00*UN*1***1",
        "DTP*472*D8*%s" % dos,
        "SE*29*0001",
        "GE*1*%d" % int(ctl[-4:]),
        "IEA*1*%s" % ctl,
    ]
    x12 = "~\n".join(seg) + "~\n"
    body = """Patrice,

Resubmitting the attached 837 for the detainee we saw on %s - the first one bounced from your clearinghouse for a bad payer ID. Let me know if it rejects again and I'll mail a paper 1500.

Thanks,
Jen Albrecht
Billing Office, Valley Orthopedic Associates
(573) 555-0650
""" % mdY(d - timedelta(days=21))
    m = build(A("Jen Albrecht", "jalbrecht@" + ORTHO), P["claims"], "837 resubmission - claim %s" % clm, d, body,
              atts=[(x12, "text", "plain", "VOA_837P_%s.txt" % clm)])
    return m, "Brandon T. Hale"


@reg("phi", "struct")
def struct_fhir():
    d = rdate(5, 10)
    bk = booking()
    b = dob(33, 33)
    bundle = {
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": d.isoformat(),
        "entry": [
            {"resource": {
                "resourceType": "Patient", "id": "pt-" + hexs(8),
                "identifier": [{"system": "urn:brannockso:booking", "value": bk},
                               {"system": "urn:corepak:patient", "value": digits(7)}],
                "name": [{"family": "Lujan", "given": ["Desiree", "Ann"]}],
                "gender": "female", "birthDate": b.strftime("%Y-%m-%d")}},
            {"resource": {
                "resourceType": "MedicationRequest", "id": "mr-" + hexs(8), "status": "active",
                "intent": "order",
                "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm",
                                                          "code": "1010606",
                                                          "display": "buprenorphine 8 MG / naloxone 2 MG Sublingual Film"}]},
                "subject": {"reference": "Patient/pt"},
                "authoredOn": (d - timedelta(days=30)).strftime("%Y-%m-%d"),
                "requester": {"display": "Alan Petrosyan, MD"},
                "dosageInstruction": [{"text": "1 film SL every morning, observed"}],
                "dispenseRequest": {"quantity": {"value": 14, "unit": "film"}}}},
            {"resource": {
                "resourceType": "MedicationRequest", "id": "mr-" + hexs(8), "status": "active",
                "intent": "order",
                "medicationCodeableConcept": {"text": "naloxone 4 mg nasal spray"},
                "subject": {"reference": "Patient/pt"},
                "note": [{"text": "release kit - send with property"}]}},
        ],
    }
    js = json.dumps(bundle, indent=2, ensure_ascii=False).encode("utf-8")
    body = """Release med packet export from CorePak eMAR for tomorrow's discharge. The JSON is what the Riverbend clinic's system will take - Andre asked for it in that format. Please eyeball the dose before it goes.

Brianna
"""
    m = build(P["lpn2"], [P["reentry"], P["np"]], "release export - Lujan", d, body,
              atts=[(js, "application", "json", "release_meds_%s.json" % bk)])
    return m, "Desiree Ann Lujan"


@reg("phi", "struct")
def struct_jms_extract():
    d = rdate(2, 9, 6, 7)
    hdr = "BOOKING_NO|LAST|FIRST|DOB|BOOKED_DT|HOUSING|MED_FLAG|MH_FLAG|DETOX_FLAG|SCREEN_NOTE"
    recs = [
        ("OKAFOR", "EMMANUEL", "N", "Y", "N", "SI statements at booking - constant obs"),
        ("NGUYEN", "BAO", "Y", "N", "N", "hx positive TB test - CXR needed"),
        ("GREER", "SHAWNA", "Y", "N", "Y", "ETOH last drink 6h prior CIWA 9"),
        ("EMBRY", "CURTIS", "Y", "N", "N", "IDDM - insulin glargine 22u hs verified"),
        ("PHAM", "KIMBERLY", "N", "Y", "N", "JUV - transfer to JDC"),
        ("LYLE", "JEROME", "Y", "N", "N", "home O2 2L - medical cell"),
    ]
    lines = [hdr]
    for ln, fn, mf, mh, dx, note in recs:
        bd = dob(17, 58)
        bt = d - timedelta(hours=random.randint(1, 20), minutes=random.randint(0, 59))
        lines.append("|".join([booking(), ln, fn, bd.strftime("%Y%m%d"), bt.strftime("%Y%m%d%H%M"),
                               random.choice(["BKG-H1", "BKG-H2", "M-1", "F-INT", "B-INT"]), mf, mh, dx, note]))
    txt = "\n".join(lines) + "\n"
    body = """FYI the nightly intake screening import failed again (error 0x2F "unexpected delimiter"). I pulled the raw JMS extract so nursing can work from it this morning - it's attached and pasted below. Ticket INC-%s open with IT.

%s
Jolene
""" % (digits(6), txt)
    m = build(P["rec"], [NURSING_DL, P["hsa"]], "intake import failed - raw extract attached", d, body,
              atts=[(txt, "text", "plain", "JMS_INTAKE_%s.txt" % d.strftime("%Y%m%d"))])
    return m, "; ".join("%s %s" % (r[1].title(), r[0].title()) for r in recs)


@reg("phi", "struct")
def struct_ccda():
    d = rdate(3, 9)
    m_ = mrn()
    b = dob(58, 58)
    adm = d - timedelta(days=4)
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.8" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="{docid}"/>
  <code code="18842-5" codeSystem="2.16.840.1.113883.6.1" displayName="Discharge Summary"/>
  <title>Discharge Summary</title>
  <effectiveTime value="{eff}"/>
  <confidentialityCode code="R" codeSystem="2.16.840.1.113883.5.25"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.19.5.99999.2" extension="{mrn}"/>
      <addr use="H"><streetAddressLine>1400 Courthouse Rd</streetAddressLine><city>Brannock Falls</city><state>MO</state><postalCode>65109</postalCode></addr>
      <patient>
        <name><given>Curtis</given><given>Lyle</given><family>Embry</family></name>
        <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="{dob}"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <code code="46241-6" codeSystem="2.16.840.1.113883.6.1" displayName="Hospital admission diagnosis"/>
      <title>Admission Diagnosis</title>
      <text>Diabetic ketoacidosis, type 1 diabetes mellitus</text>
    </section></component>
    <component><section>
      <code code="8648-8" codeSystem="2.16.840.1.113883.6.1" displayName="Hospital course"/>
      <title>Hospital Course</title>
      <text>Admitted {adm} from county detention with glucose 612, anion gap 24. Treated with IV insulin infusion and fluids per DKA protocol; gap closed hospital day 2. Transitioned to basal-bolus regimen. Diabetes educator saw patient. Stable for return to facility.</text>
    </section></component>
    <component><section>
      <code code="10183-2" codeSystem="2.16.840.1.113883.6.1" displayName="Discharge medications"/>
      <title>Discharge Medications</title>
      <text><list>
        <item>insulin glargine 26 units subcut at bedtime</item>
        <item>insulin lispro 6 units subcut with meals plus correction scale</item>
        <item>atorvastatin 20 mg by mouth daily</item>
      </list></text>
    </section></component>
    <component><section>
      <code code="18776-5" codeSystem="2.16.840.1.113883.6.1" displayName="Plan of care"/>
      <title>Follow-up</title>
      <text>Endocrinology clinic in 2 weeks. Fingerstick glucose before meals and at bedtime. Return to ED for glucose over 400 or vomiting.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
""".format(docid=digits(10), eff=d.strftime("%Y%m%d%H%M%S-0500"), mrn=m_, dob=b.strftime("%Y%m%d"),
           adm=adm.strftime("%m/%d/%Y"))
    body = """Please find the discharge summary (CCD) for your patient attached for continuity of care. The patient was returned to your facility today with custody transport.

This message was sent from the Mercy Valley Health Information Management Direct mailbox. Replies to this address are not monitored. For questions call HIM at (573) 555-0715.

""" + CONF_HOSP + "\n"
    m = build(A("Mercy Valley HIM", "him.direct@" + HOSP), A("BCDC Medical Records", "records.bcdc@" + CO),
              "Continuity of Care Document - Discharge", d, body,
              atts=[(xml.encode("utf-8"), "application", "xml", "DischargeSummary_%s.xml" % m_)])
    return m, "Curtis Lyle Embry"


@reg("phi", "struct")
def struct_271():
    d = rdate(4, 9)
    mid_ = "%011d" % random.randint(10000000000, 99999999999)
    b = dob(31, 31)
    ctl = "%09d" % random.randint(1, 999999999)
    seg = [
        "ISA*00*          *00*          *ZZ*STATEMCD       *ZZ*RIDGELINECH    *%s*%s*^*00501*%s*0*P*:" % (d.strftime("%y%m%d"), d.strftime("%H%M"), ctl),
        "GS*HB*STATEMCD*RIDGELINECH*%s*%s*1*X*005010X279A1" % (d.strftime("%Y%m%d"), d.strftime("%H%M")),
        "ST*271*0001*005010X279A1",
        "BHT*0022*11*%s*%s*%s" % (digits(8), d.strftime("%Y%m%d"), d.strftime("%H%M")),
        "HL*1**20*1",
        "NM1*PR*2*STATE MEDICAID PROGRAM*****PI*SMCD01",
        "HL*2*1*21*1",
        "NM1*1P*2*RIDGELINE CORRECTIONAL HEALTH*****XX*1730465128",
        "HL*3*2*22*0",
        "TRN*2*%s*9RIDGELINE" % digits(10),
        "NM1*IL*1*ANDRADE MORENO*LUIS****MI*%s" % mid_,
        "N3*4412 LARKSPUR LN APT 2",
        "N4*BRANNOCK FALLS*MO*65109",
        "DMG*D8*%s*M" % b.strftime("%Y%m%d"),
        "DTP*346*D8*%s" % (d + timedelta(days=2)).strftime("%Y%m%d"),
        "EB*1*IND*30*MC*MO HEALTHNET",
        "EB*1*IND*88*MC",
        "EB*1*IND*MH*MC",
        "MSG*INCARCERATION SUSPENSION LIFTED EFF %s" % (d + timedelta(days=2)).strftime("%m/%d/%Y"),
        "SE*18*0001",
        "GE*1*1",
        "IEA*1*%s" % ctl,
    ]
    body = """Eligibility came back - coverage shows active effective the release date, pharmacy and MH included. Raw 271 below for the file.

""" + "~\n".join(seg) + "~\n\nAndre\n"
    m = build(P["reentry"], P["rec"], "271 - Andrade Moreno - active on release", d, body, cc=P["bhc"])
    return m, "Luis Andrade-Moreno"


# ======================================================================
# CLEAN - admin
# ======================================================================
@reg("clean", "admin")
def admin_supplies():
    d = rdate(1, 10)
    body = """Marisol,

Supply check for the BCDC med room and the JDC clinic before I place Thursday's order with Medline:

- Sharps containers 2 gal: 3 left (par 12). JDC has 1.
- Glucometer strips: 9 boxes, expiring 11/2024 - use these first, rotate new stock behind.
- AED pads: the pair in the booking AED expire next month, the C-pod AED pads are fine until 2026.
- Naloxone nasal 4 mg: 18 kits in the med room, 6 in the booking crash bag, reentry asked for 20 more.
- Exam gloves M/L low, XL fine.
- Urine cups and pregnancy test kits: JDC is out of kits, borrowed 25 from BCDC.
- Crash cart check log for July is missing two days (7/13, 7/14) - whoever was charge those days please initial.

If you want anything added tell me by Wednesday noon.

Thanks,
Brianna
"""
    m = build(P["lpn2"], P["don"], "supply order thurs - please review", d, body, cc=P["juvrn"])
    return m, ""


@reg("clean", "admin")
def admin_negative_pressure():
    d = rdate(2, 8)
    body = """All,

Facilities will be doing the annual airflow verification on the two negative pressure isolation cells (M-1 and M-3) on {day} from 0800 to about 1130. Both cells need to be empty during the test. If we have anyone on respiratory isolation that day, the backup is the Mercy Valley agreement - call the house supervisor.

Also, exam room 2 will be closed the same morning while they replace the ceiling diffuser. Sick call will run out of exam room 1 and the dental room.

The smoke-tube readings and the monitor calibration certificate will be posted on the medical clipboard for the accreditation binder.

Dana

{sig}
""".format(day=(d + timedelta(days=6)).strftime("%A %m/%d"), sig=sig("hsa"))
    m = build(P["hsa"], [MEDICAL_DL, P["lt"]], "Negative pressure cell test + exam room 2 closed", d, body,
              cc=A("Brannock County Facilities", "facilities@brannockco.org"))
    return m, ""


@reg("clean", "admin")
def admin_ehr_downtime():
    d = rdate(3, 9)
    when = d + timedelta(days=4)
    body = """PLANNED DOWNTIME NOTICE

System: CareLogix EHR and eMAR (all Midwest sites)
Start: {st} 01:00 CT
End (expected): {st} 04:00 CT
Impact: EHR, eMAR and the sick-call queue will be unavailable. Lab interface messages will queue and post after the system is back.

What sites need to do:
1. Charge nurse prints the downtime MAR report by 23:30 the night before (Reports > Downtime > MAR 24h).
2. Use paper downtime forms (in the red binder) for any med pass, intake screening or sick call during the window.
3. After the system returns, enter all paper documentation by end of shift and file paper forms with medical records.

Questions: Ridgeline IT Service Desk, (800) 555-0199 option 2, or reply to this message with your site name.

Ridgeline IT Service Desk
""".format(st=when.strftime("%a %m/%d/%Y"))
    html = html_wrap("<h3 style=\"color:#18305c\">PLANNED DOWNTIME NOTICE</h3>" + p2html(body.split("\n\n", 1)[1]))
    m = build(P["it"], A("Midwest Site Leaders", "midwest.siteleads@" + CO), "Planned downtime - CareLogix EHR/eMAR %s" % when.strftime("%m/%d"),
              d, body, html=html)
    return m, ""


@reg("clean", "admin")
def admin_mac_meeting():
    d = rdate(4, 8)
    mt = (d + timedelta(days=9)).replace(hour=10, minute=0, second=0)
    agenda = """Medical Audit Committee - Quarterly Meeting
Brannock County Detention Center / Regional JDC

Date: {dt}
Time: 10:00 - 11:30
Location: Sheriff's Office Training Room B (and Teams)

Agenda
1. Call to order, minutes from last quarter
2. Contract performance indicators (HSA)
   - intake screening within 4 hours of booking
   - sick call triage within 24 hours
   - off-site trips and ED sends (totals only)
3. Mental health: watch utilization, telepsych coverage
4. Pharmacy: formulary changes, CorePak delivery times
5. Juvenile unit: staffing, school physicals schedule
6. Jail operations: transport coverage for outside appointments, officer escort for dental days
7. Accreditation prep - standards self-survey status
8. Open items / next meeting

Please send agenda additions to Dana by the Friday before.""".format(dt=mt.strftime("%A, %B %d, %Y"))
    body = agenda + "\n\n" + sig("hsa") + "\n"
    cal = ics("mac-%s@ridgelinech.com" % hexs(8), mt, mt + timedelta(minutes=90),
              "Medical Audit Committee - Q%d" % ((mt.month - 1) // 3 + 1), "BCSO Training Room B / Teams",
              "Quarterly MAC meeting. Agenda in email.", "dwhitcomb@ridgelinech.com")
    m = build(P["hsa"], [P["capt"], P["lt"], P["supt"], P["md"], P["mh"], P["rvp"]],
              "MAC meeting %s - agenda" % mt.strftime("%m/%d"), d, body,
              atts=[(cal, "text", "calendar", "invite.ics")])
    return m, ""


@reg("clean", "admin")
def admin_offsite_billing_policy():
    d = rdate(1, 6)
    body = """Team,

Reminder on how off-site invoices are handled for the Brannock contract, since we've had a few come in sideways this quarter:

1. Every hospital or specialist bill for someone in custody comes to the Central Business Office (claims@ridgelinech.com). Don't accept invoices at the site and don't forward them to the Sheriff's Office.
2. Per section 7.3 of the county agreement, outside claims are repriced to 110% of the state Medicaid fee schedule. Providers who signed our network agreement have already agreed to that rate.
3. If the person was an inpatient 24 hours or more and Medicaid eligible, the hospital bills Medicaid - not us. Sites must send the admit date and expected discharge to CBO within one business day.
4. Off-site pool: costs above the $250,000 annual cap are passed through to the County at cost. We report pool usage monthly.
5. Anything from a provider that isn't on the approved list needs a pre-authorization number from the site medical director before the visit unless it's an emergency.

Questions to me or Patrice.

Greg

{sig}

{conf}
""".format(sig=sig("rvp"), conf=CONF_CO)
    m = build(P["rvp"], [P["hsa"], P["sched"], P["claims"]], "Off-site invoices - process reminder", d, body)
    return m, ""


@reg("clean", "admin")
def admin_contract_amendment():
    d1 = rdate(5, 9)
    d2 = d1 + timedelta(days=1, hours=3)
    q = """Greg, attached is the County's redline of Amendment 3. The main changes: per-diem moves from $14.62 to $15.38 for the adult facility, the juvenile per-diem stays flat, and they want a staffing credit if the RN post at the JDC goes unfilled more than 48 hours in a month. They also want the telepsych hours written in as a minimum (16/week). Can you get me your comments by Friday?

Capt. Bingham"""
    body = """Captain,

Thanks. We can accept the per-diem change and the telepsych minimum. On the staffing credit, we'd ask that it be calculated per shift rather than per 48-hour block, and that agency RN coverage counts as filled. I've marked those in the attached. Legal will sign once the county attorney has initialed the redline.

Greg

{sig}

{ob}
""".format(sig=sig("rvp"), ob=orig_block(P["capt"], d1, P["rvp"], "Amendment 3 - county redline", q))
    att = docx(["AMENDMENT NO. 3 TO THE AGREEMENT FOR INMATE HEALTH SERVICES",
                "Between Brannock County, acting by and through the Brannock County Sheriff, and Ridgeline Correctional Health, LLC",
                "1. Section 5.1 (Compensation) is amended: the adult facility per-diem rate shall be $15.38 per inmate per day based on the average daily population.",
                "2. Section 4.6 (Mental Health) is amended to add: Contractor shall provide not less than sixteen (16) hours per week of psychiatric provider services, on-site or by telehealth.",
                "3. Section 4.9 (Staffing) is amended to add: If a required RN post at the Juvenile Detention Center is unfilled for a shift, Contractor shall credit the County at the contract hourly rate for that shift. [RCH comment: agency RN coverage counts as filled.]",
                "4. All other terms remain in full force and effect."])
    m = build(P["rvp"], P["capt"], "RE: Amendment 3 - county redline", d2, body,
              atts=[(att, DOCX_T[0], DOCX_T[1], "Amendment3_RCH_comments.docx")])
    return m, ""


@reg("clean", "admin")
def admin_fridge_generator():
    d = rdate(6, 8, 7, 9)
    body = """heads up - generator load test tonight 2200-2230, power to the medical unit will flip over to generator for ~30 sec twice.

- med room vaccine fridge is on the red (emergency) outlet, should be fine, but please log the temp right before and right after
- the pill room AC is NOT on emergency power. if the test runs long, keep the door shut
- glucometers and the nebulizer are charged, the suction unit on the crash cart is plugged into red

Temps this week have all been in range (36-46F) so no excursions to report.

Tom
"""
    m = build(P["lpn1"], NURSING_DL, "generator test tonight - fridge temps", d, body)
    return m, ""


# ======================================================================
# CLEAN - lookalike
# ======================================================================
@reg("clean", "lookalike")
def look_invoice():
    d = rdate(2, 9)
    inv = "INV-%07d" % random.randint(1000000, 9999999)
    po = "PO-BCDC-%05d" % random.randint(10000, 99999)
    lines = [("0904-6727-61", "ACETAMINOPHEN 325MG TAB UD 100", "AB3321", "08/2026", 40, 4.12),
             ("0536-1051-01", "IBUPROFEN 200MG TAB 500CT", "K71990", "03/2027", 12, 9.85),
             ("69547-353-02", "NALOXONE HCL 4MG NASAL SPRAY 2PK", "N24C117", "11/2026", 20, 47.50),
             ("0054-0018-25", "LEVETIRACETAM 500MG TAB UD 100", "L0931A", "05/2026", 4, 18.60),
             ("0088-5021-01", "INSULIN GLARGINE 100U/ML 10ML VL", "GL8844X", "02/2026", 10, 118.30),
             ("0173-0682-20", "ALBUTEROL HFA 90MCG INH 18G", "AV2271", "09/2025", 25, 22.40)]
    tbl = ["%-14s %-36s %-9s %-8s %4s %9s %10s" % ("NDC", "DESCRIPTION", "LOT", "EXP", "QTY", "UNIT", "EXT")]
    total = 0
    for ndc, desc, lot, exp, q, u in lines:
        ext = q * u
        total += ext
        tbl.append("%-14s %-36s %-9s %-8s %4d %9.2f %10.2f" % (ndc, desc, lot, exp, q, u, ext))
    body = """CorePak Pharmacy Services
Invoice {inv}     Invoice date: {dt}
Bill to: Ridgeline Correctional Health - Brannock Co Detention Ctr (Acct 60418)
Customer PO: {po}
Terms: Net 30     Ship via: CorePak courier, route 7

{tbl}

                                                     Subtotal   {tot:>10.2f}
                                                     Delivery        0.00
                                                     TOTAL DUE  {tot:>10.2f}

Stock order only - patient-specific blister cards are billed separately on the monthly statement.
Remit to: CorePak Pharmacy Services, PO Box 77120, Columbia, MO 65205
Questions: ar@corepakrx.com / (888) 555-0160
""".format(inv=inv, dt=mdY(d), po=po, tbl="\n".join(tbl), tot=total)
    att = pdf(body.split("\n"))
    m = build(A("CorePak Accounts Receivable", "ar@" + RX), A("RCH Accounts Payable", "ap@" + CO),
              "Invoice %s / %s" % (inv, po), d, body, cc=P["don"],
              atts=[(att, "application", "pdf", "%s.pdf" % inv)])
    return m, ""


@reg("clean", "lookalike")
def look_credentialing():
    d = rdate(1, 7)
    body = """Dana,

Credentialing tracker for Brannock providers - items expiring in the next 90 days:

Provider                 Type     NPI          State Lic #      Lic Exp     DEA #        DEA Exp
Alan Petrosyan, MD       MD       1548302917   2009031447       01/31/2025  BP4471902    10/31/2024
Whitney Cole, FNP-C      APRN     1912074365   2016028810       {e1}  MC3390716    04/30/2026
Nirav Desai, MD          MD       1376651092   2014019923       01/31/2025  FD2218457    07/31/2025
Lorna Haas, DDS          DDS      1063389214   DEN-2011-0442    03/31/2025  AH5530921    {e2}
Marisol Ortega, RN       RN       n/a          RN-2008014731    04/30/2025  n/a          n/a

Dr. Petrosyan's DEA renewal needs to be submitted this month. Whitney's collaborative practice agreement also needs to be re-signed by the Medical Director.

Board verification printouts (primary source) are in the shared drive under Credentialing > 2024 > Brannock.

Thanks,
Angela Ruiz-Barton
Credentialing Coordinator, Ridgeline Correctional Health
(800) 555-0147 x2264
""".format(e1=mdY(d + timedelta(days=61)), e2=mdY(d + timedelta(days=77)))
    m = build(A("Angela Ruiz-Barton", "aruizbarton@" + CO), P["hsa"], "Credentialing - 90 day expirations", d, body,
              cc=P["md"])
    return m, ""


@reg("clean", "lookalike")
def look_directory():
    d = rdate(1, 3)
    body = """Updated phone list - please print and replace the one taped by the med room phone.

BRANNOCK COUNTY DETENTION CENTER - MEDICAL UNIT
Main medical desk ................ (573) 555-0185
Medical fax ...................... (573) 555-0189
Med room (pill room) ............. ext 2241
Exam room 1 ...................... ext 2243
Dental ........................... ext 2247
HSA - Dana Whitcomb .............. (573) 555-0182 / cell (573) 555-3318
DON - Marisol Ortega ............. (573) 555-0184 / cell (573) 555-2261
Mental Health - K. Barnwell ...... (573) 555-0187
Reentry - A. Siqueira ............ (573) 555-0190
On-call provider (after hours) ... (573) 555-0666 (answering service)

REGIONAL JUVENILE DETENTION CENTER - CLINIC
Clinic ........................... (573) 555-0311
Fax .............................. (573) 555-0319
Superintendent office ............ (573) 555-0300

OUTSIDE
Mercy Valley ED charge nurse ..... (573) 555-0700
Mercy Valley HIM ................. (573) 555-0715
Valley Ortho front desk .......... (573) 555-0644
CorePak pharmacy (24h) ........... (888) 555-0161
TriState Lab client services ..... (800) 555-0192
Poison Control ................... (800) 222-1222

Shift command (BCSO) ............. ext 2000
Transport (Cpl Hatch) ............ ext 2019

Jolene
"""
    m = build(P["rec"], MEDICAL_DL, "phone list - updated", d, body)
    return m, ""


@reg("clean", "lookalike")
def look_vaccine_shipment():
    d = rdate(9, 10)
    trk = "1Z%s%s" % ("".join(random.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)), digits(10))
    body = """Shipment Notification

Order #: SO-{so}
Ship to: RIDGELINE CH - BRANNOCK CO DETENTION / MEDICAL, 1400 COURTHOUSE RD, BRANNOCK FALLS
Carrier: UPS Next Day Air Early
Tracking: {trk}
Estimated delivery: {eta} by 10:30 AM

Contents:
  Influenza vaccine, quadrivalent PFS 0.5 mL   10 x 10-pack   Lot FL4492B  Exp 06/30/2025
  Hepatitis B vaccine (adult) 1 mL vial        5 x 10-pack    Lot HB71206  Exp 01/31/2026
  Tdap vaccine 0.5 mL PFS                      2 x 10-pack    Lot TD88015  Exp 09/30/2025

Cold chain: shipped 2-8C with data logger S/N TL-{ser}. Download the logger with the QR card in the box before placing vials in the refrigerator. Report any alarm within 2 hours: coldchain@vaxdistro-example.com.

Please do not reply to this automated message.
""".format(so=digits(8), trk=trk, eta=mdY(d + timedelta(days=1)), ser=digits(7))
    m = build(A("VaxDistro Shipping", "shipping@vaxdistro-example.com"), P["don"],
              "Your order has shipped - tracking %s" % trk, d, body)
    return m, ""


@reg("clean", "lookalike")
def look_code_list():
    d = rdate(2, 5)
    body = """Sites,

Below are the most common off-site codes we're seeing on Brannock claims this year, with the repricing rule that applies. This is to help schedulers pick the right pre-auth category - no patient info needed on the auth form beyond what the CBO portal asks.

CPT / HCPCS
  99283-99285   ED visits, levels 3-5             110% Medicaid FS
  99204/99214   New/established office visit     110% Medicaid FS
  29515         Short leg splint application     110% Medicaid FS
  70450         CT head w/o contrast             110% Medicaid FS, tech + prof split
  71046         Chest x-ray 2 views              flat $48.00 (in-house mobile vendor)
  D7140         Simple extraction                dental schedule B
  A0427         ALS ambulance emergency          county EMS rate

Top ICD-10 categories (count of claims YTD, all sites)
  S62.-  wrist/hand fracture              41
  S93.-  ankle sprain                     37
  K08.-  dental disorders                 35
  E11.-  type 2 diabetes                  29
  F10.2- alcohol dependence               26
  O09.-  supervision of pregnancy         12

Patrice

{sig}
""".format(sig=sig("claims"))
    m = build(P["claims"], A("Midwest Schedulers", "midwest.schedulers@" + CO), "Off-site code crosswalk - 2024",
              d, body)
    return m, ""


@reg("clean", "lookalike")
def look_ticket():
    d1 = rdate(3, 10)
    d2 = d1 + timedelta(hours=26)
    t = "INC%07d" % random.randint(1000000, 9999999)
    body = """Ticket {t} has been updated.

Status: Resolved
Short description: Med cart barcode scanner not pairing - BCDC med cart #2
Configuration item: Zebra DS8178 S/N 2315-0026-{sn} / Asset tag RCH-{tag}
Assignment group: Midwest Field Support
Resolution notes: Scanner cradle firmware updated to CAACXS00-007-R03; re-paired to cart laptop RCH-LT-{lap}. Tested scanning 10 sample barcodes from the pharmacy test sheet - all read. Replaced cradle power brick (old one left with HSA for RMA #{rma}).

If your issue is not fixed, reply to this email within 5 days to reopen. To reach the Service Desk call (800) 555-0199.

--- Original request ({opened}) ---
Caller: Kessler, Tom
Phone: ext 2241
"scanner on cart 2 keeps beeping and won't connect. we're doing the whole 2000 pass by hand."
""".format(t=t, sn=digits(5), tag=digits(6), lap=digits(5), rma=digits(8), opened=d1.strftime("%m/%d/%Y %H:%M"))
    m = build(P["it"], P["lpn1"], "%s resolved - Med cart barcode scanner" % t, d2, body, cc=P["don"])
    return m, ""


@reg("clean", "lookalike")
def look_monthly_stats():
    d = rdate(2, 10)
    mo = (d.replace(day=1) - timedelta(days=1))
    rows = [["Indicator", "BCDC", "JDC", "Total", "Target"],
            ["Bookings / admissions", 1284, 61, 1345, ""],
            ["Intake screens completed", 1279, 61, 1340, ""],
            ["Intake screen within 4 hrs (%)", 97.6, 100, 97.7, "95"],
            ["Sick call requests", 2011, 143, 2154, ""],
            ["Sick call triaged within 24 hrs (%)", 98.9, 100, 99.0, "95"],
            ["Provider visits", 612, 58, 670, ""],
            ["Off-site appointments", 47, 6, 53, ""],
            ["ED sends", 19, 2, 21, ""],
            ["Inpatient admissions", 4, 0, 4, ""],
            ["Suicide watch placements", 38, 5, 43, ""],
            ["Avg. hours on constant observation", 31.2, 18.5, 29.7, ""],
            ["MOUD patients (avg daily)", 64, 0, 64, ""],
            ["Naloxone kits at release", 88, 0, 88, ""],
            ["Grievances (medical)", 9, 1, 10, ""]]
    body = """Captain Bingham,

Attached is the {m} statistical report for BCDC and the JDC. Highlights: screening and triage timeliness stayed above target; off-site appointments were down from 61 to 53; naloxone kits given at release continue to rise (88 this month).

No deaths, no hospital admissions over 7 days. One sentinel-event review from last month is closed - summary will be presented at the MAC.

Dana

{sig}
""".format(m=mo.strftime("%B %Y"), sig=sig("hsa"))
    m = build(P["hsa"], P["capt"], "Monthly health services statistics - %s" % mo.strftime("%B"), d, body,
              cc=[P["rvp"], P["supt"]],
              atts=[(xlsx(rows, mo.strftime("%b %Y")), XLSX_T[0], XLSX_T[1], "BCDC_JDC_stats_%s.xlsx" % mo.strftime("%Y%m"))])
    return m, ""


# ======================================================================
# CLEAN - news
# ======================================================================
@reg("clean", "news")
def news_company():
    d = rdate(3, 9)
    text = """RIDGELINE ROUNDS - Midwest Region Newsletter

In this issue
- Naloxone at release goes system-wide
- Meet your new Regional Pharmacist
- Accreditation wins: three sites re-accredited
- Nurses Week photo roundup
- Policy corner: updated sick-call policy (HS-31)

NALOXONE AT RELEASE GOES SYSTEM-WIDE
Starting this month every Ridgeline site will offer a naloxone kit to every person leaving custody, not only those flagged at intake. Sites that piloted the program last year gave out more than 2,400 kits. Reentry coordinators will receive training materials next week.

MEET YOUR NEW REGIONAL PHARMACIST
Dr. Kwame Baptiste, PharmD, joins us from a large hospital system where he ran the formulary committee. He will visit every site this quarter - bring your questions about the formulary and the non-formulary review process.

ACCREDITATION WINS
Congratulations to the Brannock County Detention Center, Hollis County Jail and the Tri-County Juvenile Center on successful re-accreditation surveys with zero essential standards findings.

POLICY CORNER
HS-31 (Sick Call) now requires face-to-face nurse triage within 24 hours of receipt for all requests, including those submitted by tablet. Read and sign in the learning portal by the end of the month.

You are receiving this because you are a Ridgeline team member. Unsubscribe is not available for internal communications.
"""
    html = html_wrap("<div style=\"background:#18305c;color:#fff;padding:10px\"><b>RIDGELINE ROUNDS</b> - Midwest Region Newsletter</div>" + p2html(text.split("\n\n", 1)[1]))
    m = build(A("Ridgeline Communications", "communications@" + CO), A("All Midwest Staff", "midwest.all@" + CO),
              "Ridgeline Rounds - %s edition" % d.strftime("%B"), d, text, html=html,
              atts=[(logo_png(), "image", "png", "ridgeline_logo.png")])
    return m, ""


@reg("clean", "news")
def news_hepa_bulletin():
    d = rdate(4, 7)
    body = """STATE DEPARTMENT OF HEALTH AND SENIOR SERVICES - HEALTH ADVISORY

To: Correctional health providers, local public health agencies, emergency departments
Subject: Increase in Hepatitis A cases - southeast and central regions

Summary
Since January, 87 confirmed cases of hepatitis A have been reported in 9 counties, compared with an average of 11 for the same period in the last five years. Sixty-one percent of cases reported drug use or unstable housing; 23% reported recent incarceration. There have been 52 hospitalizations and 1 death.

Recommendations for correctional facilities
1. Offer hepatitis A vaccine at intake to all persons in custody without documented immunity, regardless of expected length of stay.
2. Offer vaccine to food-service workers and staff with direct contact.
3. Report suspected cases to the local health department within 24 hours.
4. Reinforce hand hygiene and environmental cleaning in housing units and kitchens.

Vaccine through the state program is available at no cost to county detention facilities - contact the Immunization Program at (573) 555-0900.

This advisory is for public health professionals. Additional guidance will be posted on the department website.
"""
    m = build(A("State Health Alert Network", "han-alerts@health.example.org"), A("HAN subscribers", "han-list@health.example.org"),
              "HEALTH ADVISORY: Hepatitis A increase - correctional settings", d, body)
    return m, ""


@reg("clean", "news")
def news_conference():
    d = rdate(1, 4)
    body = """Midwest Forum on Correctional Health 2024 - registration now open

September 18-20 | Riverfront Convention Center | Kansas City

Highlights this year:
- Keynote: "Ninety Days Out" - what happens to health care continuity after release
- Workshops on medications for opioid use disorder in short-stay jails
- Juvenile detention track: trauma-informed intake screening, school-based health partnerships
- Nursing skills lab: emergency response drills in housing units
- Legal update: recent court decisions on jail health care

Earn up to 18 contact hours (nursing) and 15 CME credits.

Early registration: $495 through July 15. Group rates for 5+ from one agency.

Register at forumcorrectionalhealth.org/2024. Questions: info@forumcorrectionalhealth.org

You are receiving this email because you attended a previous Forum event. Unsubscribe | Update preferences
Midwest Forum on Correctional Health, 900 Walnut St, Suite 1200, Kansas City, MO 64106
"""
    html = html_wrap("<h2>Midwest Forum on Correctional Health 2024</h2>" + p2html(body.split("\n\n", 1)[1]))
    m = build(A("Midwest Forum on Correctional Health", "events@forumcorrectionalhealth.org"), P["don"],
              "Registration open: Midwest Forum on Correctional Health 2024", d, body, html=html)
    return m, ""


@reg("clean", "news")
def news_research():
    d = rdate(5, 8)
    body = """Research roundup - shared by Dr. Petrosyan for the provider meeting

1. MOUD in jails and post-release overdose
A multi-state cohort study (about 13,000 people released from county jails) found that people who received buprenorphine or methadone while in custody had roughly 30-40% lower overdose death rates in the first month after release compared with those who did not. The effect was largest when treatment continued without a gap at release.

2. Short-stay jails and continuity
A review of 22 programs found that linkage appointments scheduled before release, plus a bridge supply of medication, roughly doubled the proportion of people who made it to a community visit within 14 days.

3. Juvenile detention and screening tools
A validation study of a brief mental health screening instrument in detained youth found good sensitivity for suicidal ideation but weaker performance for substance use; the authors recommend a follow-up structured interview within 48 hours.

Discussion questions for Thursday:
- Are we giving bridge supplies consistently at release?
- Can we book community appointments before release for more people?

Full citations are on the shared drive under Provider Meeting > Readings.
"""
    m = build(P["md"], [P["np"], P["psy"], P["mh"], P["reentry"]], "readings for Thursday's provider meeting", d, body)
    return m, ""


@reg("clean", "news")
def news_county_press():
    d = rdate(6, 9)
    body = """FOR IMMEDIATE RELEASE

Brannock County opens renovated medical wing at Regional Juvenile Detention Center

BRANNOCK FALLS - Brannock County officials today opened a renovated medical and behavioral health wing at the Regional Juvenile Detention Center. The $1.2 million project, funded through county capital funds and a state juvenile justice grant, adds two exam rooms, a private counseling room, a dental chair and a telehealth station.

"Young people who come through our doors often haven't seen a doctor or dentist in years," said Superintendent Monique Farrow. "This space lets our medical partners meet those needs in a setting that feels like a clinic, not a cell."

The center admits about 700 youth per year. Health services are provided under contract by Ridgeline Correctional Health.

Media contact: Kara Jennings, County Communications, (573) 555-0050, kjennings@brannockco.org
###
"""
    m = build(A("Brannock County Communications", "news@brannockco.org"), A("Media and partners", "pressrelease-list@brannockco.org"),
              "NEWS RELEASE: Renovated medical wing opens at Regional JDC", d, body)
    return m, ""


@reg("clean", "news")
def news_vendor_marketing():
    d = rdate(2, 10)
    body = """Hi Dana,

Psychiatric coverage gaps at night and on weekends are the #1 issue we hear from jail health leaders. TeleMind Correctional connects your facility to board-certified psychiatrists 24/7, with an average connect time under 15 minutes.

Join our free 30-minute webinar, "Telepsychiatry in County Jails: Building a Program That Holds Up in Court," on {dt} at 1 PM CT:
- Staffing models for facilities of 200-2,000 beds
- Workflow for suicide-watch evaluations by video
- Documentation that meets accreditation standards
- Pricing: per-encounter vs. block hours

Reserve your spot: telemindcorrectional.com/webinar

Best,
Jordan Pace
Account Executive, TeleMind Correctional
(312) 555-0177

TeleMind Correctional | 455 N Wells St, Chicago, IL | Unsubscribe
""".format(dt=(d + timedelta(days=12)).strftime("%B %d"))
    html = html_wrap(p2html(body))
    m = build(A("Jordan Pace", "jpace@telemindcorrectional.com"), P["hsa"],
              "Webinar: telepsychiatry in county jails", d, body, html=html)
    return m, ""


# ======================================================================
# CLEAN - staff
# ======================================================================
@reg("clean", "staff")
def staff_schedule():
    d = rdate(2, 9)
    start = d + timedelta(days=(7 - d.weekday()) % 7 or 7)
    staff = [("Maricel Santos, RN", "D"), ("Marisol Ortega, RN", "D"), ("Joy Pascual, LPN", "D"),
             ("Brianna Fogle, LPN", "E"), ("Keon Daniels, LPN", "E"), ("Tom Kessler, LPN", "N"),
             ("Ashley Brandt, RN", "N"), ("Rachel Lindqvist, RN (JDC)", "D"), ("Sam Oduya, CMA (JDC)", "E")]
    days = [(start + timedelta(days=i)).strftime("%a %d") for i in range(7)]
    hdr = "%-28s" % "Staff" + "".join("%-8s" % x for x in days)
    lines = [hdr, "-" * len(hdr)]
    for n, sh in staff:
        row = "%-28s" % n
        for i in range(7):
            row += "%-8s" % (sh if random.random() > 0.3 else "off")
        lines.append(row)
    body = """Schedule for the week of {wk} is below and posted on the board. D = 0600-1830, E = 1400-2230, N = 1800-0630.

{tbl}

Open shifts: Sat N (1), Sun E (1). Sign up on the sheet - first come first served, OT approved.
Reminder: no swaps without my ok in writing.

Marisol
""".format(wk=start.strftime("%m/%d"), tbl="\n".join(lines))
    m = build(P["don"], NURSING_DL, "schedule wk of %s" % start.strftime("%m/%d"), d, body)
    return m, ""


@reg("clean", "staff")
def staff_oncall():
    d = rdate(6, 6)
    rows = [["Week", "Provider on call", "Credential", "Cell", "Psych on call"]]
    provs = [("Alan Petrosyan", "MD", "(573) 555-3301"), ("Whitney Cole", "FNP-C", "(573) 555-3302"),
             ("Daniel Orr", "PA-C", "(573) 555-3303"), ("Alan Petrosyan", "MD", "(573) 555-3301"),
             ("Whitney Cole", "FNP-C", "(573) 555-3302")]
    wk = datetime(2024, 7, 1)
    for i, (n, c, ph) in enumerate(provs):
        rows.append([(wk + timedelta(days=7 * i)).strftime("%m/%d"), n, c, ph, random.choice(["N. Desai, MD", "R. Albrecht, MD"])])
    body = """July on-call is attached. Hand-off is Monday at 0800. If you trade a week, update the answering service yourself at (573) 555-0666 and copy me.

Daniel Orr is new to the rotation - welcome Dan. He'll shadow Whitney for his first weekend.

Alan

{sig}
""".format(sig=sig("md"))
    m = build(P["md"], [P["hsa"], P["don"], P["np"], A("Daniel Orr", "dorr@" + CO)], "July provider on-call", d, body,
              atts=[(csv_text(rows), "text", "csv", "oncall_2024_07.csv")])
    return m, ""


@reg("clean", "staff")
def staff_payroll():
    d = rdate(11, 11, 9, 11)
    body = """Hi all,

Because of the Thanksgiving holiday, timecards for the pay period ending 11/30 must be approved by Monday 11/25 at noon (not Tuesday).

- Holiday pay: staff working Thanksgiving Day get 1.5x for hours worked plus holiday pay per the handbook.
- Shift differential for nights (1800-0630) stays at $3.00/hr; weekend differential $1.50/hr.
- If you picked up an open shift at the JDC, make sure your timecard uses cost center 4412, not 4410.
- Missing punches: fix them in the app or send Marisol a missed-punch form with your signature.

W-2 addresses: if you moved this year, update your address in the HR portal by 12/15.

Thanks,
Renee

{sig}
""".format(sig=sig("hr"))
    m = build(P["hr"], A("BCDC/JDC Staff", "brannock.staff@" + CO), "Timecards due early - Thanksgiving week", d, body)
    return m, ""


@reg("clean", "staff")
def staff_nurses_week():
    d = rdate(4, 4)
    body = """Happy (almost) Nurses Week!

Monday 5/6 - breakfast burritos in the break room from 0600 (thank you Lt. Delgado and B-shift for chipping in!)
Tuesday 5/7 - chair massages 1100-1400, sign-up sheet on the med room door
Wednesday 5/8 - potluck lunch, theme is "food from home" - bring a dish and your recipe
Thursday 5/9 - night shift gets their own breakfast at 0530, Tom is in charge of the griddle
Friday 5/10 - awards: Rookie of the Year, Unsung Hero and the Golden Glucometer

Nominate a coworker by dropping a note in the box at the front desk. 

Thank you for everything you do in a place that doesn't always say thank you.

Dana
"""
    html = html_wrap("<h2 style=\"color:#2096a0\">Happy (almost) Nurses Week!</h2>" + p2html(body.split("\n\n", 1)[1]))
    m = build(P["hsa"], A("BCDC/JDC Staff", "brannock.staff@" + CO), "Nurses Week schedule!!", d, body, html=html,
              cc=[P["lt"], P["capt"]])
    return m, ""


@reg("clean", "staff")
def staff_leave_cover():
    d = rdate(7, 7)
    body = """Team,

Brianna will be on approved leave from 8/5 through 9/16. Please don't contact her about work while she's out.

Coverage:
- Her evening med pass on Mon/Wed/Fri: Keon
- Tue/Thu: Joy (moving from days for those 6 weeks)
- Weekend rotation unchanged
- Supply ordering: Maricel

Brianna's last day before leave is 8/2 - cake at 1500 in the break room.

Marisol
"""
    m = build(P["don"], NURSING_DL, "coverage 8/5 - 9/16", d, body, cc=P["hr"])
    return m, ""


@reg("clean", "staff")
def staff_hr_openings():
    d = rdate(3, 8)
    body = """Hi Dana,

Current open reqs for Brannock and where they stand:

Req #      Position                         Site   Status
RCH-5521   RN (nights, FT)                  BCDC   2 interviews next week
RCH-5530   LPN (evenings, FT)               BCDC   offer accepted - Keon Daniels, start 6/3
RCH-5544   Certified Medical Asst (PT)      JDC    posting live
RCH-5548   Mental Health Professional (FT)  BCDC   on hold pending budget

New hire orientation for Keon: day 1 is HR paperwork and the online modules (PREA, suicide prevention, bloodborne pathogens, CPR check). Day 2 is the Sheriff's Office security orientation - BCSO needs his background packet by 5/24 for a badge. He'll need his TB test and fit testing done before he starts on the floor.

Renee

{sig}
""".format(sig=sig("hr"))
    m = build(P["hr"], P["hsa"], "Brannock open positions + Keon orientation", d, body)
    return m, ""


@reg("clean", "staff")
def staff_shift_swap():
    d1 = rdate(2, 10, 10, 16)
    d2 = d1 + timedelta(hours=1, minutes=10)
    d3 = d2 + timedelta(minutes=40)
    q1 = """Joy can you take my Sat day shift the 14th? I'll take your Tues eve the 17th. My son has a tournament.
Keon"""
    q2 = """Yes that works for me! Marisol ok?
Joy"""
    body = """Approved, I updated the schedule. Thanks for working it out.

M

{ow2}
{qq2}
>
> {ow1}
{qq1}
""".format(ow2=on_wrote(d2, "Joy Pascual"), qq2=quote(q2), ow1=on_wrote(d1, "Keon Daniels"),
           qq1=quote(quote(q1)))
    m = build(P["don"], [P["lpn_fil"], A("Keon Daniels", "kdaniels@" + CO)], "RE: swap sat 14th", d3, body)
    return m, ""


# ======================================================================
# CLEAN - training
# ======================================================================
@reg("clean", "training")
def train_ehr_test():
    d = rdate(2, 4)
    body = """Nurses,

Before go-live of the new intake screening form, please run through the script below in the CareLogix TRAINING environment (train.carelogix-example.com - NOT production). Use only the test patients listed; they are fictitious and reset every night.

Test patients
  ZZTEST, ADULTONE     DOB 01/01/1980   Booking TEST-0001
  ZZTEST, ADULTTWO     DOB 02/02/1975   Booking TEST-0002
  ZZTEST, JUVENILE     DOB 03/03/2009   Booking TEST-J001

Script
 1. Open ZZTEST, ADULTONE. Start "Receiving Screening v4".
 2. Answer YES to "currently taking medication" - confirm the med verification task appears in the nursing queue.
 3. Answer YES to the suicide risk question - confirm the form forces a mental health referral and the watch-level prompt.
 4. On ZZTEST, JUVENILE confirm the juvenile screening section opens automatically.
 5. Sign the form. Screenshot the task list and email to Jolene.

Report any form that lets you sign without the required fields.

Thanks,
Marisol
"""
    m = build(P["don"], NURSING_DL, "intake form testing - training environment", d, body, cc=P["it"])
    return m, ""


@reg("clean", "training")
def train_suicide_quiz():
    d = rdate(5, 7)
    body = """Annual suicide prevention in-service - post-test
(Fictional scenarios for training purposes only)

1. A newly booked man says at intake, "It doesn't matter what happens to me now." He denies a plan. What is the correct next step?
   a) Document and move on, since he denied a plan
   b) Place on observation per policy and refer to mental health
   c) Ask custody to decide on housing
   d) Schedule for sick call tomorrow

2. True or False: A person on constant observation may be left alone for up to 5 minutes if the officer is called away.

3. Name three high-risk periods in a jail stay.

4. Scenario: A 15-year-old at the JDC tears a sheet into strips and hides them in a pillowcase. Staff find them during a room search. List, in order, what nursing and custody staff should do.

5. Which items are usually removed for someone on 15-minute checks? (select all that apply)
   shoelaces / sheets / glasses / paper / plastic utensils

Answer key will be posted after the session. Passing score is 80%.
"""
    att = docx(body.split("\n"))
    m = build(P["mh"], A("BCDC/JDC Staff", "brannock.staff@" + CO), "Suicide prevention in-service - post-test",
              d, "Post-test for Thursday's in-service is attached. Please complete before you leave.\n\nKeisha\n\n" + sig("mh") + "\n",
              atts=[(att, DOCX_T[0], DOCX_T[1], "SP_posttest_2024.docx")])
    return m, ""


@reg("clean", "training")
def train_mock_code():
    d = rdate(3, 10)
    body = """Mock Code Debrief - "Man Down, B-pod" drill

Scenario (fictional): officer finds an unresponsive adult in a B-pod cell at 1410; no pulse. Volunteer role-player was Officer J. Moss with the CPR manikin.

Timeline
  14:10  Radio call "man down B-pod, medical respond"
  14:12  Nurse with crash bag at door (goal < 4 min) - MET
  14:12  CPR started by officer on scene - MET
  14:13  AED arrival - pads on at 14:14, first analysis 14:14
  14:15  Naloxone given (scenario prompt: suspected overdose)
  14:17  911 called by shift command - LATE, goal immediate
  14:22  "EMS" arrival at sally port; escort to pod took 3 min

What went well: fast response, good compressions, clear roles.
Improve: shift command should call 911 as soon as "man down" is called; sally port officer needs the EMS route card; crash bag was missing a BVM mask size large (restocked).

Next drill: JDC, evening shift, next month.

Marisol Ortega, RN
"""
    m = build(P["don"], [NURSING_DL, P["lt"], P["sgt"]], "mock code debrief - B-pod drill", d, body)
    return m, ""


@reg("clean", "training")
def train_mar_checklist():
    d = rdate(1, 3)
    body = """Med pass competency checklist for new LPNs - SAMPLE MAR included for the skills check. All patient information on the sample is fictitious.

Checklist
[ ] Verifies identity with two identifiers (name + booking number / wristband) before each med
[ ] Checks the MAR against the blister card: drug, dose, route, time
[ ] Watches the patient swallow; mouth check for crush/float meds
[ ] Documents refusals with reason and counsel given
[ ] Reports 3 consecutive refusals to the provider
[ ] Keeps the cart locked when out of sight

SAMPLE MAR (training only)
Patient: SAMPLE, PATIENT A   Booking: SAMPLE-000   DOB: 00/00/0000
  Lisinopril 10 mg PO daily         0800  [ ]
  Metformin 500 mg PO BID           0800  [ ]  2000 [ ]
  Sertraline 50 mg PO daily         0800  [ ]

Return signed checklists to Marisol.
"""
    att = pdf(body.split("\n"))
    m = build(P["don"], [P["lpn_fil"], A("Keon Daniels", "kdaniels@" + CO)], "med pass competency - sample MAR", d,
              "Keon, Joy - attached is the checklist for your med pass check-off next week. Bring it with you.\n\nMarisol\n",
              atts=[(att, "application", "pdf", "MedPass_Competency_SAMPLE.pdf")])
    return m, ""


@reg("clean", "training")
def train_case_study():
    d = rdate(4, 9)
    body = """For Friday's peer review / M&M - de-identified case, please read ahead. Do not try to figure out who it is; it's been stripped and details changed.

Case
A man in his 40s was booked on a weekend with a history of daily heavy alcohol use. Intake screening recorded "last drink this morning" and a withdrawal score of 6. He was housed in general population with 8-hour checks. On day 2 his score was 17 and he was confused; he was sent to the ED and admitted for severe withdrawal. He recovered.

Questions
1. Was the initial housing decision reasonable given the screening results?
2. What in our protocol would have triggered more frequent checks?
3. How do weekend staffing patterns affect withdrawal monitoring?
4. What one change would you make?

Alan Petrosyan, MD
"""
    m = build(P["md"], [P["np"], A("Daniel Orr", "dorr@" + CO), P["don"]], "M&M Friday - case for review", d, body)
    return m, ""


@reg("clean", "training")
def train_interface_test():
    d = rdate(8, 9)
    segs = ["MSH|^~\\&|TSRL_LIS|TRISTATE|RCH_EHR|BCDC_TEST|%s||ORU^R01|T%s|T|2.3.1" % (hl7ts(d), digits(8)),
            "PID|1||ZZ999001^^^BCDC||ZZTEST^LABPATIENT||19000101|U",
            "OBR|1|TST0001|TST0001|CBC^CBC W/O DIFF|||%s" % hl7ts(d),
            "OBX|1|NM|6690-2^WBC^LN||7.1|10*3/uL|4.0-11.0|N|||F",
            "OBX|2|NM|718-7^HGB^LN||14.0|g/dL|13.0-17.0|N|||F"]
    body = """Hi Jolene,

We're validating the new results interface in your TEST environment (processing ID = T). Please confirm the message below posted to test patient ZZTEST, LABPATIENT (MRN ZZ999001) and that the WBC and HGB display with units and reference ranges. This is a synthetic record - no real patient data is used in interface testing.

{msg}

Test cases remaining: abnormal flag display (H/L), critical flag routing, corrected result (status C). I'll send those tomorrow.

Thanks,
Raj Menon
Interface Analyst, TriState Reference Laboratory
""".format(msg="\n".join(segs))
    m = build(A("Raj Menon", "rmenon@" + LAB), P["rec"], "Interface validation - test msg 1 of 4", d, body, cc=P["it"])
    return m, ""


# ======================================================================
# main
# ======================================================================
EXPECTED = {("phi", "care"): 8, ("phi", "ids"): 8, ("phi", "lang"): 8, ("phi", "lists"): 7,
            ("phi", "names"): 8, ("phi", "self"): 7, ("phi", "struct"): 7,
            ("clean", "admin"): 7, ("clean", "lookalike"): 7, ("clean", "news"): 6,
            ("clean", "staff"): 7, ("clean", "training"): 6}


def main():
    if len(sys.argv) < 2:
        print("usage: python3 gen.py OUTDIR")
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    counts = {}
    rows = []
    for label, kind, fn in REG:
        msg, pname = fn()
        k = (label, kind)
        counts[k] = counts.get(k, 0) + 1
        name = "%s-%s-%03d.eml" % (label, kind, counts[k])
        with open(os.path.join(out, name), "wb") as fh:
            fh.write(msg.as_bytes(policy=policy.SMTP))
        rows.append([name, label, kind, pname])
    with open(os.path.join(out, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    assert counts == EXPECTED, counts
    for (label, kind), n in sorted(counts.items()):
        print("%s-%s: %d" % (label, kind, n))
    print("total: %d" % sum(counts.values()))


if __name__ == "__main__":
    main()
