#!/usr/bin/env python3
"""Generate a blind evaluation set of realistic email for a sexual and
reproductive health clinic network (Harborlight Sexual Health, invented).

Usage: python3 gen.py OUTDIR
Everything here is invented: people, numbers, organisations and addresses.
Standard library only; deterministic (random.seed(SEED)).
"""
import sys, os, io, csv, json, zlib, struct, zipfile, random, datetime
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

SEED = 8402
random.seed(SEED)

# ---------------------------------------------------------------- orgs
ORG = "harborlighthealth.org"       # the clinic network
LAB = "crescentdx.com"              # reference lab
PHD = "tricountyphd.org"            # public health district
PAYER = "bayviewchp.com"            # health plan
RX = "medleyrx.com"                 # pharmacy partner
YOUTH = "lanternhouse.org"          # youth services partner
RCM = "claimwisercm.com"            # billing vendor
SUPPLY = "northstarmedsupply.com"   # medical supplier
FPC = "coastalfpc.org"              # state family planning council


def S(local, name=None, dom=ORG):
    a = "%s@%s" % (local, dom)
    return "%s <%s>" % (name, a) if name else a


DISCLAIMER = (
    "CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole "
    "use of the intended recipient(s) and may contain confidential and privileged information. "
    "Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the "
    "intended recipient, please contact the sender by reply e-mail and destroy all copies of the "
    "original message.")

DISCLAIMER_SHORT = ("This message may contain confidential information. If you received it in "
                    "error please let the sender know and delete it.")

# ---------------------------------------------------------------- dates

def tz_for(d):
    dst = (3 < d.month < 11) or (d.month == 3 and d.day >= 10) or (d.month == 11 and d.day < 3)
    return datetime.timezone(datetime.timedelta(hours=-4 if dst else -5))


def dt(y, mo, d, h=None, mi=None):
    if h is None:
        h = random.randint(7, 18)
    if mi is None:
        mi = random.randint(0, 59)
    base = datetime.datetime(y, mo, d, h, mi, random.randint(0, 59))
    return base.replace(tzinfo=tz_for(base))


def rdt(start=(2024, 1, 8), end=(2025, 6, 27)):
    a = datetime.date(*start)
    b = datetime.date(*end)
    day = a + datetime.timedelta(days=random.randint(0, (b - a).days))
    return dt(day.year, day.month, day.day)


def hexid(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def dom_of(addr):
    a = addr.split("<")[-1].rstrip(">").strip()
    return a.split("@")[-1]


def mid(frm):
    return "<%s.%s@%s>" % (hexid(16), hexid(8), dom_of(frm))


def outlook_date(d):
    # e.g. "Monday, August 12, 2024 4:51 PM"
    h = d.hour % 12 or 12
    return "%s, %s %d, %d %d:%02d %s" % (d.strftime("%A"), d.strftime("%B"), d.day, d.year,
                                         h, d.minute, "AM" if d.hour < 12 else "PM")


def gmail_date(d):
    h = d.hour % 12 or 12
    return "%s, %s %d, %d at %d:%02d %s" % (d.strftime("%a"), d.strftime("%b"), d.day, d.year,
                                            h, d.minute, "AM" if d.hour < 12 else "PM")


def quote(text):
    return "\n".join(("> " + l) if l.strip() else ">" for l in text.strip("\n").split("\n"))

# ---------------------------------------------------------------- attachments

ZDT = (2024, 1, 2, 9, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def _x(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet="Sheet1"):
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
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for ri, row in enumerate(rows, 1):
        out.append('<row r="%d">' % ri)
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                out.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                out.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(v)))
        out.append('</row>')
    out.append('</sheetData></worksheet>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", "".join(out))])


def make_docx(paragraphs):
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
    body = []
    for p in paragraphs:
        bold = p.startswith("**")
        t = p.strip("*")
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        body.append('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, _x(t)))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(body) + '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def make_pdf(lines, title="Document"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    text = ["BT", "/F1 10 Tf", "13 TL", "54 744 Td"]
    for l in lines:
        text.append("(%s) '" % esc(l.encode("latin-1", "replace").decode("latin-1")))
    text.append("ET")
    stream = "\n".join(text).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (Harborlight DocGen 2.1) >>" % esc(title)).encode("latin-1"),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    x = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x))
    return out.getvalue()


def make_png(w, h, painter):
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            raw.extend(painter(x, y))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def logo_png():
    # teal tile with a pale "beam" and a lighthouse-ish bar
    def p(x, y):
        if 26 <= x <= 37 and 14 <= y <= 52:
            return (250, 246, 232)
        if y < 30 and abs((y - 18) - (x - 40) * 0.35) < 3 and x > 37:
            return (255, 214, 102)
        return (18, 112, 122)
    return make_png(64, 64, p)


def blank_scan_png():
    def p(x, y):
        if x < 3 or y < 3 or x > 236 or y > 148:
            return (212, 212, 210)
        return (247, 247, 244)
    return make_png(240, 152, p)


def make_ics(summary, start, end, location, desc, uid_dom=ORG, organizer=None):
    f = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Harborlight//Scheduler 4.2//EN",
             "METHOD:REQUEST", "BEGIN:VEVENT",
             "UID:%s@%s" % (hexid(20), uid_dom),
             "DTSTAMP:%sZ" % start.strftime(f),
             "DTSTART;TZID=America/New_York:%s" % start.strftime(f),
             "DTEND;TZID=America/New_York:%s" % end.strftime(f),
             "SUMMARY:%s" % summary, "LOCATION:%s" % location,
             "DESCRIPTION:%s" % desc.replace("\n", "\\n").replace(",", "\\,")]
    if organizer:
        lines.append("ORGANIZER:mailto:%s" % organizer)
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


MIMES = {
    "csv": ("text", "csv"), "txt": ("text", "plain"), "ics": ("text", "calendar"),
    "xml": ("text", "xml"), "html": ("text", "html"),
    "hl7": ("application", "octet-stream"), "json": ("application", "json"),
    "pdf": ("application", "pdf"), "png": ("image", "png"),
    "837": ("application", "EDI-X12"), "x12": ("application", "EDI-X12"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
}

# ---------------------------------------------------------------- message builder

def build(frm, to, subject, body, date, cc=None, html=None, atts=(), headers=None,
          reply=False):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to if isinstance(to, str) else ", ".join(to)
    if cc:
        m["Cc"] = cc if isinstance(cc, str) else ", ".join(cc)
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = mid(frm)
    if reply:
        ref = "<%s@%s>" % (hexid(24), dom_of(m["To"].split(",")[0]))
        m["In-Reply-To"] = ref
        m["References"] = ref
    for k, v in (headers or {}).items():
        m[k] = v
    m["MIME-Version"] = "1.0"
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    for fn, data in atts:
        ext = fn.rsplit(".", 1)[-1].lower()
        mt, st = MIMES.get(ext, ("application", "octet-stream"))
        if mt == "text":
            if isinstance(data, bytes):
                data = data.decode("utf-8")
            m.add_attachment(data, subtype=st, filename=fn)
        else:
            if isinstance(data, str):
                data = data.encode("utf-8")
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return m


def simple_html(text):
    paras = [p for p in text.strip().split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>%s</p>" % _x(p).replace("\n", "<br>\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + "\n".join(out) + "\n</body></html>")


REG = []


def reg(label, kind):
    def deco(f):
        REG.append((label, kind, f))
        return f
    return deco


# ---------------------------------------------------------------- staff (invented)
SIG_BILL = ("Danny Whelan, CPC\nRevenue Cycle Manager\nHarborlight Sexual Health\n"
            "2200 Harbor View Rd, Suite 400 | p 555-0100 x410 | f 555-0198")
SIG_SAMIR = "Samir Haddad\nPrEP Navigator | Harborlight Sexual Health\n555-0100 x330 | fax 555-0199"
MOBILE = ["Sent from my iPhone", "Sent from my Galaxy", "Get Outlook for Android",
          "Sent from my iPad", "sent from phone, pls excuse typos"]

# ================================================================ PHI: care

@reg("phi", "care")
def care_refill():
    body = """Hi all,

Tamsin Okafor called at 10:40 -- pharmacy told her there are no refills left on her pills and she takes the last one Friday. She'd rather not come in this week (work), asked if someone can send a 3 month supply to Medley on Carver St instead. Best # is 555-0142, ok to leave a msg.

She was last in here in Nov so I'm guessing a phone visit is fine? Up to you guys.

Thanks!
Corinne

Corinne Lisowski
Front Desk Lead | Harborlight Northfield
p 555-0100 x214
"""
    return build(S("clisowski", "Corinne Lisowski"), S("nf-nurses", "Northfield Nurse Line"),
                 "refill callback - Tamsin", body, dt(2024, 2, 6, 10, 52)), "Tamsin Okafor"


@reg("phi", "care")
def care_vas_ride():
    orig_d = dt(2024, 8, 12, 16, 51)
    body = """Dr. H -- update on Darnell Whitfield for Thursday 9:30: his brother is driving him now (not his wife), brother's cell is 555-0163 and he'll wait in the lot. Darnell confirmed he got the pre-procedure sheet and the valium script went to Medley on Carver.

He asked again whether he can go back to work Monday -- he's lifting boxes at a warehouse -- I told him you'd go over it with him on the day.

Consent was signed at the consult on 7/22, it's scanned into media.

Bea

Bea Okonkwo
Practice Manager, Mill Street
Harborlight Sexual Health | 555-0100 x501

-----Original Message-----
From: Owen Hartigan <ohartigan@harborlighthealth.org>
Sent: %s
To: Bea Okonkwo <bokonkwo@harborlighthealth.org>
Subject: Thurs AM procedure list

Bea, can you confirm rides for everyone Thursday? Last month we had to keep someone in recovery until 2 waiting for a driver.
O.

%s
""" % (outlook_date(orig_d), DISCLAIMER)
    return build(S("bokonkwo", "Bea Okonkwo"), S("ohartigan", "Owen Hartigan MD"),
                 "RE: Thurs AM procedure list - ride for Whitfield", body, dt(2024, 8, 13, 8, 14),
                 cc=S("millst-clinical", "Mill St Clinical"), reply=True), "Darnell Whitfield"


@reg("phi", "care")
def care_youth_casemgr():
    body = """Hi Riverside team,

I'm the case manager for Kayla Dunmore at Lanternhouse. I'll be bringing her to her 2:00 appointment on Tuesday (6/18). A couple of things she asked me to pass along:

1. She'd like to see a woman provider this time if at all possible.
2. She'd like me to wait in the lobby rather than come back with her.
3. I have another client at 3, so she'll need a way back to the house afterwards. Last time your front desk gave her a bus pass -- if that's still something you can do it would really help.

Her DOB is 03/09/2007 in case you need it to pull her up. My cell is below if anything changes.

Thank you for always being so kind with our youth.

Renata Vogel, MSW
Youth Case Manager
Lanternhouse Youth Services
cell 555-0171 | office 555-0170

Lanternhouse Youth Services -- This email may contain confidential client information. If you are not the intended recipient please notify the sender and delete this message.
"""
    return build(S("rvogel", "Renata Vogel", YOUTH), S("riverside", "Harborlight Riverside"),
                 "Tues appt for Kayla", body, dt(2024, 6, 13, 15, 27)), "Kayla Dunmore"


@reg("phi", "care")
def care_mother_worry():
    od = dt(2024, 4, 8, 7, 12)
    orig = """Hello,

My son Mateo Fuentes (he is 19) went to your Eastgate clinic last Wednesday and they took blood and said somebody would call in a few days. Nobody has called him and he is very nervous, he isn't sleeping well. I know he is an adult and you may not be able to tell me anything, I just want someone to call HIM please. His phone is 555-0129. He said it was ok for me to write to you.

Thank you for your help,
Gloria"""
    body = """Good morning Ms. Fuentes-Reyes,

Thank you for reaching out, and I'm sorry for the wait. We aren't able to share anything with you directly, but I've sent a message to our nurse team asking them to call Mateo today at the number you gave. He's also welcome to call the nurse line himself at 555-0100, option 3, between 8 and 4:30.

Warm regards,
Amira Sayegh
Patient Services Coordinator
Harborlight Sexual Health -- Eastgate

On %s Gloria Fuentes-Reyes <gloria.fr61@pinemail.net> wrote:
%s
""" % (gmail_date(od), quote(orig))
    return build(S("asayegh", "Amira Sayegh"), "Gloria Fuentes-Reyes <gloria.fr61@pinemail.net>",
                 "Re: my son's appointment last week", body, dt(2024, 4, 8, 9, 3),
                 html=simple_html(body), reply=True), "Mateo Fuentes"


@reg("phi", "care")
def care_handover():
    body = """quick handover since I'm off tomorrow:

- Priya Raman is in at 9:15 for her shot. She's about 2 wks past her window so do a urine hcg first and go over backup. She likes the left arm lol
- Josue Baptiste (the 10:30) wants his girlfriend in the room for his results visit, that's ok per him, he already signed the form
- Mrs. Ocampo's supplies came in, box is in the med room top shelf w/ her name on it. She's picking up before noon
- Callback list is in the shared folder, 2 left, both left vm

Fridge log done thru today. Van back at 4.

L

Luis Carrasco, RN
Nurse Manager -- Riverside
"""
    return build(S("lcarrasco", "Luis Carrasco"),
                 [S("hsato", "Hana Sato CNM"), S("riv-rn", "Riverside RN")],
                 "handover for Sat clinic", body, dt(2024, 10, 4, 17, 41)), "Priya Raman"


@reg("phi", "care")
def care_prep_pharmacy():
    body = """Hi Deb,

Could you hold Andre Lucas's 90-day fill until Thursday afternoon? He's with us for his lab draw at 1 and will walk over after. His manufacturer copay card should already be on file from April, DOB 10/30/1993.

If anything rings up over $0 please call me before he leaves -- he can't cover it this month and I'd rather sort it out on our end.

Thanks so much,

%s
""" % SIG_SAMIR
    return build(S("shaddad", "Samir Haddad"), S("carver", "Medley Pharmacy - Carver St", RX),
                 "hold for pickup Thurs - A. Lucas", body, dt(2024, 7, 16, 11, 5)), "Andre Lucas"


@reg("phi", "care")
def care_interpreter():
    od = dt(2024, 5, 28, 13, 20)
    orig = """Hello,

Please book an in-person Mandarin interpreter:

Date: Monday 6/3/2024
Time: 10:00 - 11:30 (counselling visit, please allow the full 90 min)
Location: Harborlight Eastgate, 1180 Eastgate Blvd, Suite 2 -- check in at front desk
Client: Ms. Wei Lin -- female interpreter strongly preferred
Provider: Joanne Pruitt, LCSW
Billing code: HSH-EG-LANG

Thank you,
Yesenia Ruiz, MA
Harborlight Sexual Health | 555-0100 x118"""
    body = """Hi Yesenia,

Confirmed. Job #LB-240603-118
Interpreter: Grace Zhou (in person, female)
Arrival: 9:50 AM

Please let us know 24 hours in advance of any cancellation to avoid the minimum charge.

Best,
Tomasz Wilk
Scheduling Team | LinguaBridge Interpreting
scheduling@linguabridgeservices.com | 555-0188

On %s Yesenia Ruiz <yruiz@harborlighthealth.org> wrote:
%s
""" % (gmail_date(od), quote(orig))
    return build("LinguaBridge Scheduling <scheduling@linguabridgeservices.com>",
                 S("yruiz", "Yesenia Ruiz"),
                 "Re: Interpreter request - Mandarin - 6/3 10:00 Eastgate", body,
                 dt(2024, 5, 28, 15, 2), html=simple_html(body), reply=True), "Wei Lin"


@reg("phi", "care")
def care_mail_supplies():
    od = dt(2024, 5, 15, 21, 48)
    body = """Can someone do this today? Plain envelope, no logo, return address just the PO box. 3 packs + the ring she picked (it's in the sample drawer). Thx

T

Tess Marchetti, FNP-C
Harborlight Eastgate

---------- Forwarded message ---------
From: Jordan Ellis <jordan.e.ellis@quickpost.com>
Date: %s
Subject: mailing stuff
To: Tess Marchetti <tmarchetti@harborlighthealth.org>

hi tess, thanks for the video visit yesterday. like we talked about i can't get to the clinic till july so can you mail everything to my new place? 42 Larkspur Ct Apt 3, Alder Falls 40417. please dont put harborlight on the outside, my roommate opens mail sometimes. thank you!!
jordan
""" % gmail_date(od)
    return build(S("tmarchetti", "Tess Marchetti"), S("eastgate-fd", "Eastgate Front Desk"),
                 "FW: mailing stuff", body, dt(2024, 5, 16, 8, 2)), "Jordan Ellis"

# ================================================================ PHI: ids

@reg("phi", "ids")
def ids_corrected_claim():
    body = """Hello,

Following up on the denial on the 3/29 remittance for the claim below. It was denied CARC 16 / RARC M51. We corrected the modifier on line 2 (added -25 to the E/M, the insertion was a separately identifiable service) and resubmitted electronically today as a frequency code 7 replacement.

Original claim #: 24074B55720
Member ID: BCH448810273
DOS: 03/14/2024
Billed: $612.00
Rendering NPI: 1457392018

Please let me know if you need the visit note on paper for the review.

Thank you,

%s

%s
""" % (SIG_BILL, DISCLAIMER)
    return build(S("dwhelan", "Danny Whelan"), S("provider.appeals", "Bayview Provider Appeals", PAYER),
                 "Corrected claim - Claim # 24074B55720 / Member BCH448810273", body,
                 dt(2024, 4, 2, 14, 31)), ""


@reg("phi", "ids")
def ids_specimen_reject():
    body = """*** AUTOMATED NOTICE - DO NOT REPLY ***

SPECIMEN REJECTION NOTICE
Crescent Diagnostics Client Services

Client account : HSH-RIV 20418  (Harborlight Sexual Health - Riverside)
Accession      : C24-118-00731
Patient MRN    : 0048213
Patient        : M****, K.
DOB            : 05/22/1996
Collected      : 04/26/2024 14:10
Received       : 04/27/2024 06:02
Tests          : RPR W/REFLEX TITER; HIV-1/2 AG/AB 4TH GEN
Reason         : Specimen grossly hemolyzed
Action         : Please recollect. Standing order remains active for 30 days.

Questions: Client Services 555-0120, option 2 (7am-7pm)

This notice was generated by LabLink v7. Results and notices are intended for the ordering provider.
"""
    return build("Crescent Diagnostics <noreply@crescentdx.com>", S("riv-lab", "Riverside Lab Inbox"),
                 "Specimen Rejected - Acc C24-118-00731", body, dt(2024, 4, 27, 6, 15),
                 headers={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}), "M****, K."


@reg("phi", "ids")
def ids_acct_recert():
    body = """Hi NF team,

Heads up: account 77120-3 has a visit on 6/12 (IUD check w/ Tess). Her sliding fee tier C expired 5/31 and there's a $140.00 balance from the March visit sitting at full charge because the recert never came in.

Can you collect proof of income at check-in (2 pay stubs or the self-attestation form) so we can rebill March at tier C? Please don't call the home number, there's an alert on the account -- cell only.

Thanks,
Billing Office
Harborlight Sexual Health
555-0100 x400
"""
    return build(S("billing", "Harborlight Billing Office"), S("northfield", "Northfield Front Desk"),
                 "acct 77120-3 - sliding fee recert before 6/12", body, dt(2024, 6, 4, 9, 47)), ""


@reg("phi", "ids")
def ids_medicaid_fp():
    od = dt(2024, 9, 10, 9, 8)
    body = """Checked -- she's on the limited family planning benefit (aid cat 47), eligible through 9/30/2024. The full-scope coverage is what termed, that's why the 271 looks scary. Go ahead, the Nexplanon is covered under FP. Bill to the FP plan ID not the old one.

Danny

-----Original Message-----
From: Corinne Lisowski <clisowski@harborlighthealth.org>
Sent: %s
To: Billing Office <billing@harborlighthealth.org>
Subject: medicaid termed??

Medicaid # 91-447-2031-B, DOB 11/02/1998 -- eligibility came back TERMINATED this am but she has the family planning card in her hand. She's in the lobby now for her 9:30 insertion. Can someone look fast?

Corinne
""" % outlook_date(od)
    return build(S("dwhelan", "Danny Whelan"), S("clisowski", "Corinne Lisowski"),
                 "RE: medicaid termed??", body, dt(2024, 9, 10, 9, 19), reply=True,
                 headers={"Importance": "High"}), ""


@reg("phi", "ids")
def ids_dis_case():
    body = """Good morning,

I'm working interview case STD-24-03318. The index patient reports being seen at your Riverside site on 2/27/2024 (DOB 07/19/2001, female). We have the reactive RPR from the lab, 1:16, but no treatment date on file.

Could someone confirm date, drug and dose -- and whether a titer was redrawn -- by fax to 555-0177 or reply to this secure message? Two partners named so far; I'll reach out again if either of them lists Harborlight as their provider.

Thank you,

Colleen Marsh
Disease Intervention Specialist
Tri-County Public Health District
Office 555-0175 | Secure fax 555-0177

This message was sent securely using ZixMail. The information contained is confidential and intended only for the use of the individual or entity named above.
"""
    return build(S("cmarsh", "Colleen Marsh", PHD),
                 [S("nkowalczyk", "Nadia Kowalczyk MD"), S("riv-rn", "Riverside RN")],
                 "[SECURE] Case STD-24-03318 - tx date needed", body, dt(2024, 3, 19, 8, 36)), ""


@reg("phi", "ids")
def ids_mrn_subject():
    body = """she called again at 3:15, 2nd time today. wants to know if she needs to come back in or if it's the pills making her feel like this. pls call before 5 if u can -- 555-0158

Keisha"""
    return build(S("kmonroe", "Keisha Monroe"), S("tmarchetti", "Tess Marchetti"),
                 "MRN 1029384 - callback re results", body, dt(2025, 1, 23, 15, 19)), ""


@reg("phi", "ids")
def ids_roi_request():
    od = dt(2025, 2, 11, 10, 2)
    letter = ["STERLING MUTUAL LIFE INSURANCE COMPANY", "Underwriting Requirements Unit",
              "PO Box 44190, Cedar Junction 60711   Fax 555-0196", "",
              "REQUEST FOR ATTENDING PHYSICIAN STATEMENT / MEDICAL RECORDS", "",
              "Date: 02/10/2025", "To: Medical Records, Harborlight Sexual Health",
              "Policy application no.: SML-7730-21948", "Proposed insured DOB: 04/09/1990",
              "SSN (last 4): 4471", "",
              "Records requested: all office notes, laboratory results, medication lists",
              "and procedure notes from 01/01/2022 to present.", "",
              "A signed authorization for release of information is enclosed (page 2).",
              "Fee: we will reimburse reasonable copy charges up to $35.00.", "",
              "Please reference the application number on all correspondence.",
              "Thank you, APS Coordinator, ext. 2270"]
    body = """Hi Marguerite,

Got this one by fax + email. Found the chart -- MRN 0061775, he was seen 2022-2023 (consult and the procedure at Mill St, then the follow-up semen analysis). The authorization is signed but it's dated 14 months ago. Is that still good for us or do I send it back for a new one?

Request attached.

Thanks,
Phuong

Phuong Tran
Health Information Specialist
Harborlight Sexual Health | x420

-----Original Message-----
From: APS Requests <aps.requests@sterlingmutual-life.com>
Sent: %s
To: records@harborlighthealth.org
Subject: APS request - Application SML-7730-21948

Please see the attached request for records. Kindly respond within 10 business days.
""" % outlook_date(od)
    return build(S("ptran", "Phuong Tran"), S("mbellamy", "Marguerite Bellamy, Privacy Officer"),
                 "FW: APS request - Application SML-7730-21948", body, dt(2025, 2, 11, 14, 40),
                 atts=[("SML-7730-21948_APS_request.pdf", make_pdf(letter, "APS request"))]), ""


@reg("phi", "ids")
def ids_pa_decision():
    body = """RxNexus Pharmacy Benefit Services
PRIOR AUTHORIZATION DETERMINATION

Request ID:        PA-24-6620145
Member ID:         8X2K0041977
Group:             BCH-COMM-0312
Medication:        emtricitabine 200 mg / tenofovir alafenamide 25 mg tablet, #30, 30 DS
Diagnosis code:    Z20.6
Prescriber:        Priyanka Desai, PharmD (collaborative practice) / Tess Marchetti, FNP-C
Prescriber NPI:    1811046723
Decision:          APPROVED
Effective:         05/01/2024 through 04/30/2025
Quantity limit:    30 tablets per 30 days

This determination has also been sent to the dispensing pharmacy on file. To view the full letter, sign in to the RxNexus provider portal.

Please do not reply to this email. Questions: 1-800-555-0140.
"""
    html = simple_html(body).replace("<p>RxNexus", "<p style='color:#0b4f6c'>RxNexus")
    return build("RxNexus PA Notifications <noreply@pa.rxnexuspbm.com>",
                 S("prep", "Harborlight PrEP Program"),
                 "PA Determination: APPROVED - Request PA-24-6620145", body, dt(2024, 5, 1, 2, 17),
                 html=html, headers={"Auto-Submitted": "auto-generated"}), ""

# ================================================================ PHI: lang

@reg("phi", "lang")
def lang_spanish():
    od = dt(2024, 3, 4, 19, 33)
    orig = """Buenas tardes,

Les escribo porque me toca mi inyección (la Depo) el 14 de marzo pero no voy a poder ir ese día porque me cambiaron el horario en el trabajo. ¿Me pueden dar cita el sábado 16 en la clínica de Riverside? Si no se puede, ¿cuántos días después puedo ir sin tener que hacerme otra prueba de embarazo?

Mi fecha de nacimiento es 02/08/1991 por si la necesitan.

Gracias,
Maricela Torres
555-0131"""
    body = """Hola Maricela,

Ya le cambié la cita al sábado 16 de marzo a las 9:40 en Riverside. Como va a ser solo dos días después de su fecha, no necesita prueba de embarazo, pero si se atrasa más de dos semanas sí se la tendríamos que hacer antes de la inyección.

Si tiene alguna otra pregunta me puede escribir aquí o llamar al 555-0100 ext. 118.

Saludos,
Yesenia Ruiz, MA
Harborlight Sexual Health -- Riverside

El %s, Maricela Torres <maricela.torres88@pinemail.net> escribió:
%s
""" % (od.strftime("%d/%m/%Y %H:%M"), quote(orig))
    return build(S("yruiz", "Yesenia Ruiz"), "Maricela Torres <maricela.torres88@pinemail.net>",
                 "RE: cita para la inyección", body, dt(2024, 3, 5, 8, 50), reply=True), "Maricela Torres"


@reg("phi", "lang")
def lang_vietnamese():
    od = dt(2024, 10, 14, 20, 5)
    body = """FYI -- pt's wife asking about recovery time + what they owe under sliding fee for Le Van Phuc, 10/22 w/ Dr. Hartigan. I'll call her back in Vietnamese this afternoon; can someone tell me what tier he was approved at?

Thuy

Thuy Pham, RN
Harborlight Sexual Health

-----Original Message-----
From: Hong Tran <hongtran.fam@pinemail.net>
Sent: %s
To: info@harborlighthealth.org
Subject: hỏi về cuộc hẹn của chồng tôi

Chào phòng khám,

Tôi tên là Trần Thị Hồng, vợ của anh Lê Văn Phúc. Chồng tôi có hẹn làm triệt sản nam (thắt ống dẫn tinh) vào ngày 22/10 ở phòng khám Mill Street với bác sĩ Hartigan. Anh ấy muốn hỏi là sau khi làm xong thì bao lâu mới đi làm lại được, và có cần người chở về không?

Ngoài ra, tuần trước chúng tôi đã nộp giấy tờ thu nhập để được giảm phí, nhưng vẫn chưa biết phải trả bao nhiêu tiền. Xin vui lòng gọi cho tôi số 555-0176, tôi nói tiếng Việt tốt hơn tiếng Anh.

Cảm ơn nhiều,
Hồng
""" % outlook_date(od)
    return build(S("tpham", "Thuy Pham"), S("millst", "Mill St Front Desk"),
                 "FW: hỏi về cuộc hẹn của chồng tôi", body, dt(2024, 10, 15, 10, 12)), "Lê Văn Phúc"


@reg("phi", "lang")
def lang_creole():
    body = """Bonjou,

Mwen se Wideline Joseph. Mwen te vin nan klinik Eastgate la jedi pase a, epi mis la te rele m pou l di m rezilta a pozitif pou klamidya. Mwen gentan pran grenn yo deja.

Men mwen ta renmen konnen si nou ka bay mennaj mwen grenn tou san li pa bezwen vini, paske li travay lannwit e li pa ka pran konje. Tanpri rele m nan 555-0148 apre 3è.

Mèsi anpil,
Wideline

%s""" % MOBILE[0]
    return build("Wideline Joseph <wjoseph.wj@quickpost.com>", S("nurseline", "Harborlight Nurse Line"),
                 "kesyon sou grenn pou mennaj mwen", body, dt(2024, 11, 18, 12, 44)), "Wideline Joseph"


@reg("phi", "lang")
def lang_portuguese():
    body = """Olá, boa tarde!

Meu nome é Luciana Ferreira Campos, coloquei o DIU de cobre na clínica de Northfield na segunda-feira (dia 9) com a enfermeira Tess. Desde ontem estou com cólica bem forte e um pouco de sangramento. Já tomei ibuprofeno mas não melhorou muito.

Isso é normal? Preciso voltar aí pra ver se ele está no lugar certo? Trabalho até as 16h mas posso sair mais cedo se for preciso.

Meu telefone é 555-0193 (pode mandar mensagem também).

Obrigada,
Luciana

Enviado do meu iPhone"""
    return build("Luciana Campos <lu.fcampos@inboxly.net>", S("northfield", "Harborlight Northfield"),
                 "dúvida depois de colocar o DIU", body, dt(2024, 12, 11, 13, 6)), "Luciana Ferreira Campos"


@reg("phi", "lang")
def lang_chinese():
    body = """你好，

我是陈浩（Chen Hao），一直在你们Eastgate诊所拿PrEP的药。我的药只剩一个星期了，但是上次护士说要先抽血检查肾功能和HIV才能续药。请问这个星期六上午可以去抽血吗？我平时上班到晚上六点，工作日去不了。

我的生日是1995年7月3日，电话555-0184，发短信也可以。

谢谢！
陈浩
"""
    return build("陈浩 <chenhao.0703@inboxly.net>", S("prep", "Harborlight PrEP Program"),
                 "PrEP续药和抽血预约", body, dt(2025, 3, 17, 21, 14)), "陈浩 (Chen Hao)"


@reg("phi", "lang")
def lang_russian():
    body = """Здравствуйте!

Меня зовут Ольга Петренко. Я получила счёт на 210 долларов за приём 12 января (анализы и консультация в клинике Riverside). Когда я была у вас, мне сказали, что по моему доходу мне положена скидка по шкале, и я приносила справку о зарплате. Почему тогда выставлена полная сумма? Номер счёта в письме: 100-52917.

И можно ли платить частями? Сейчас мне тяжело заплатить всё сразу.

С уважением,
Ольга Петренко
тел. 555-0152
"""
    return build("Olga Petrenko <o.petrenko@pinemail.net>", S("billing", "Harborlight Billing Office"),
                 "Вопрос по счёту 100-52917", body, dt(2025, 2, 3, 18, 27)), "Ольга Петренко"


@reg("phi", "lang")
def lang_arabic():
    body = """السلام عليكم،

اسمي ريم الخطيب. أجريت اختبار حمل في البيت يوم الأحد وكانت النتيجة إيجابية. أريد موعدًا للتحدث مع أحد عن الخيارات المتاحة لي، وأفضّل أن تكون الطبيبة أو المستشارة امرأة، ومع مترجمة عربية إن أمكن.

أرجو عدم الاتصال على هاتف البيت أبدًا، فقط على هاتفي المحمول 555-0167، وبعد الساعة الواحدة ظهرًا.

شكرًا لكم،
ريم
"""
    return build("Reem Alkhatib <reem.k.2290@quickpost.com>", S("info", "Harborlight Sexual Health"),
                 "طلب موعد", body, dt(2024, 9, 23, 11, 2)), "ريم الخطيب"


@reg("phi", "lang")
def lang_tagalog():
    body = """Hi Ate Marites,

Pasensya na sa abala. Si Reynaldo Santos (DOB 1/15/1984), yung vasectomy ni Dr. Hartigan nung June, tumawag kanina. Hindi pa daw niya naipapasa yung semen analysis kasi nawala yung cup at yung form. Pwede ba tayong magpadala ulit ng kit sa bahay niya? Same address pa rin daw, 77 Coral Way.

Sinabihan ko na siya na mag-condom pa rin hangga't wala pang clear na result. Ikaw na bahala kung kailangan pa niya ng bagong order kay doc.

Salamat po!
Jen

Jennalyn Cruz, MA
Mill Street"""
    return build(S("jcruz", "Jennalyn Cruz"), S("mdizon", "Marites Dizon RN"),
                 "si Reynaldo Santos - kit ulit", body, dt(2024, 9, 9, 14, 22)), "Reynaldo Santos"

# ================================================================ PHI: lists

FIRST = ["Alicia", "Brandon", "Camille", "Darius", "Esperanza", "Farah", "Gabriel", "Hailey",
         "Imani", "Jamal", "Kendra", "Lucas", "Mei", "Nia", "Oscar", "Paige", "Quentin",
         "Rosa", "Simone", "Terrell", "Uma", "Victor", "Whitney", "Xavier", "Yara", "Zoe",
         "Andres", "Brianna", "Cole", "Destiny", "Ethan", "Fatima", "Hector", "Ines"]
LAST = ["Acevedo", "Bishop", "Calloway", "Duarte", "Eastman", "Fairbanks", "Gutierrez",
        "Holloway", "Ibarra", "Jennings", "Kowalski", "Lindqvist", "Mbeki", "Nakamura",
        "Odom", "Pacheco", "Quarles", "Rahimi", "Stroud", "Tavares", "Underhill", "Vance",
        "Winslow", "Yilmaz", "Zamora", "Bergstrom", "Castro", "Delacroix", "Everly", "Gaines"]


def rname():
    return random.choice(FIRST), random.choice(LAST)


def rdob(y0=1975, y1=2006):
    return datetime.date(random.randint(y0, y1), random.randint(1, 12), random.randint(1, 28))


def rphone():
    return "555-01%02d" % random.randint(0, 99)


@reg("phi", "lists")
def lists_vas_schedule():
    rows = [("08:00", "Hollis, Grant", "05/02/1986", "0071142", "ride: wife (Dana) 555-0102"),
            ("08:45", "Abernathy, Curtis", "11/17/1979", "0069930", "hx vasovagal - lie flat for prep"),
            ("09:30", "Ng, Dominic", "02/28/1990", "0072201", "Cantonese interp booked 9:15"),
            ("10:15", "Quintero, Rafael", "07/09/1983", "0070418", "on aspirin - confirm held x7d"),
            ("11:00", "Sorensen, Kyle", "12/30/1992", "0072655", "SFS tier B, $0 due today"),
            ("13:00", "Adeyemi, Emmanuel", "04/14/1981", "0068870", "no-scalpel, anxious, asked re: nitrous")]
    lines = ["%-6s %-20s %-11s %-8s %s" % ("TIME", "PATIENT", "DOB", "MRN", "NOTES"),
             "%-6s %-20s %-11s %-8s %s" % ("-----", "-------", "---", "---", "-----")]
    lines += ["%-6s %-20s %-11s %-8s %s" % r for r in rows]
    body = """Team -- final list for Thursday 9/19. Please have valium pickups confirmed by Wed noon and drivers' numbers in the appt notes.

%s

Room 2 for all cases, room 3 is still waiting on the HVAC guy. Dr. H wants the 1:00 last so he can take his time.

Bea
""" % "\n".join(lines)
    return build(S("bokonkwo", "Bea Okonkwo"), S("millst-clinical", "Mill St Clinical"),
                 "Mill St procedure list Thu 9/19", body, dt(2024, 9, 16, 16, 5),
                 cc=S("ohartigan", "Owen Hartigan MD")), "; ".join(
        "%s %s" % (r[1].split(", ")[1], r[1].split(", ")[0]) for r in rows)


@reg("phi", "lists")
def lists_pos_callbacks():
    rows = [("Wainwright, Tia", "0051287", "08/21/2000", "CT+ (urine)", "10/01", "LVM x2"),
            ("Bell, Marcus", "0063390", "03/05/1997", "GC+ (pharyngeal)", "10/01", "no answer, # disconnected?"),
            ("Dragomir, Elena", "0058812", "12/12/1994", "CT+ / GC+", "10/02", "spoke 10/4, coming Mon"),
            ("Rucker, Jaylen", "0066015", "06/27/2003", "GC+ (rectal)", "10/02", "not called"),
            ("Castellanos, Sofia", "0049921", "01/19/1989", "CT+ (vaginal swab)", "10/03", "wants EPT for partner")]
    t = ["| Patient | MRN | DOB | Result | Collected | Call status |",
         "|---|---|---|---|---|---|"]
    t += ["| %s | %s | %s | %s | %s | %s |" % r for r in rows]
    body = """Hi all,

These are the positives from last week that still don't have treatment documented. Can the RN on phones today work through these? Jaylen needs the IM ceftriaxone so he has to come in; Marcus's number bounced so try the alt in demographics or send a letter.

%s

Please chart every attempt, the health dept asks for it on the GC ones.

Thanks,
Hana

Hana Sato, CNM
Riverside
""" % "\n".join(t)
    html = ("<html><body style='font-family:Arial;font-size:10pt'><p>Hi all,</p><p>These are the positives "
            "from last week that still don't have treatment documented. Can the RN on phones today work "
            "through these?</p><table border='1' cellpadding='3' cellspacing='0'><tr>"
            + "".join("<th>%s</th>" % h for h in ["Patient", "MRN", "DOB", "Result", "Collected", "Call status"])
            + "</tr>" + "".join("<tr>" + "".join("<td>%s</td>" % _x(c) for c in r) + "</tr>" for r in rows)
            + "</table><p>Please chart every attempt, the health dept asks for it on the GC ones.</p>"
            "<p>Thanks,<br>Hana</p></body></html>")
    return build(S("hsato", "Hana Sato"), S("riv-rn", "Riverside RN"),
                 "+ results needing tx - week of 9/30", body, dt(2024, 10, 7, 8, 12), html=html), \
        "; ".join("%s %s" % (r[0].split(", ")[1], r[0].split(", ")[0]) for r in rows)


@reg("phi", "lists")
def lists_prep_due_csv():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["last_name", "first_name", "dob", "mrn", "site", "last_hiv_test", "last_creatinine",
                "next_due", "phone", "no_contact_2x", "notes"])
    names = []
    sites = ["EG", "RIV", "NF", "MS"]
    notes = ["", "", "prefers text", "insurance changed 7/1", "", "travelling until 8/20", "",
             "STI screen also due", "", "uses copay card", "", "Spanish", "", "moved?"]
    for i in range(14):
        f, l = rname()
        names.append("%s %s" % (f, l))
        d = rdob(1978, 2004)
        last = datetime.date(2024, random.randint(3, 5), random.randint(1, 28))
        nxt = last + datetime.timedelta(days=90)
        w.writerow([l, f, d.strftime("%m/%d/%Y"), "00%05d" % random.randint(40000, 79999),
                    random.choice(sites), last.isoformat(), last.isoformat(), nxt.isoformat(),
                    rphone(), random.choice(["Y", "N", "N", "N"]), notes[i]])
    body = """Priyanka -- attached is the Q3 due list for quarterly labs, 14 people. Anyone with Y in no_contact_2x has had two attempts (call + text). I'll start letters for those Monday unless you want to handle them differently.

%s
""" % SIG_SAMIR
    return build(S("shaddad", "Samir Haddad"), S("pdesai", "Priyanka Desai PharmD"),
                 "Q3 PrEP labs due list", body, dt(2024, 7, 26, 15, 44),
                 atts=[("prep_q3_labs_due.csv", buf.getvalue())]), "; ".join(names)


@reg("phi", "lists")
def lists_writeoff_xlsx():
    hdr = ["Account", "Patient", "DOS", "Service", "SFS Tier", "Balance", "Days in AR", "Recommend"]
    services = ["Annual exam + pap", "IUD insertion", "STI panel + visit", "Vasectomy",
                "Nexplanon removal", "Depo + visit", "Colposcopy", "PrEP initiation labs"]
    rows = [hdr]
    names = []
    for i in range(11):
        f, l = rname()
        names.append("%s %s" % (f, l))
        dos = datetime.date(2024, random.randint(1, 4), random.randint(1, 28))
        rows.append(["%d-%d" % (random.randint(100, 100) , random.randint(30000, 59999)),
                     "%s, %s" % (l, f), dos.strftime("%m/%d/%Y"), random.choice(services),
                     random.choice(["A", "B", "C", "D"]), round(random.uniform(25, 480), 2),
                     random.randint(95, 240), random.choice(["Write off (hardship)", "Payment plan",
                                                            "Rebill SFS", "Collections hold"])])
    body = """Nadia, Kim --

Attached is the Q2 sliding-fee write-off review, 11 accounts over 90 days. I'd like sign-off on the hardship ones before the 15th so they clear before the audit sample is pulled. Per policy nothing goes to outside collections for anyone at tier A or B.

Happy to walk through it Thursday.

%s
""" % SIG_BILL
    return build(S("dwhelan", "Danny Whelan"),
                 [S("nkowalczyk", "Nadia Kowalczyk MD"), S("kfarrow", "Kim Farrow, CFO")],
                 "Q2 SFS write-off review - need sign-off", body, dt(2024, 7, 8, 9, 30),
                 atts=[("SFS_writeoff_review_Q2_2024.xlsx", make_xlsx(rows, "Q2 review"))]), "; ".join(names)


@reg("phi", "lists")
def lists_noshow():
    od = dt(2025, 3, 5, 17, 2)
    rows = [("Clarke, Desmond", "06/14/1999", "PrEP f/u + labs"),
            ("Ortega, Ana Lucia", "09/30/2002", "Depo (overdue)"),
            ("Whitlock, Shannon", "12/08/1988", "colpo"),
            ("Mensah, Kofi", "04/21/1995", "results review"),
            ("Poole, Brittany", "01/03/2004", "Nexplanon removal"),
            ("Ferrante, Luca", "10/10/1991", "vas consult")]
    body = """Hi Dolores, forwarding for outreach. The colpo and the PrEP one are the priority, Dr. K flagged both.

Corinne

-----Original Message-----
From: Eastgate Front Desk <eastgate-fd@harborlighthealth.org>
Sent: %s
To: Corinne Lisowski <clisowski@harborlighthealth.org>
Subject: no shows 3/5 Eastgate

no shows today:

%s

all got the reminder text yesterday per the log.
""" % (outlook_date(od), "\n".join("%s - %s - %s" % r for r in rows))
    return build(S("clisowski", "Corinne Lisowski"), S("dmayfield", "Dolores Mayfield, Outreach"),
                 "FW: no shows 3/5 Eastgate", body, dt(2025, 3, 6, 8, 25)), "; ".join(
        "%s %s" % (r[0].split(", ")[1], r[0].split(", ")[0]) for r in rows)


@reg("phi", "lists")
def lists_depo_tabs():
    names = []
    lines = ["Name\tDOB\tLast inj\tWindow opens\tWindow closes\tPhone\tNotes"]
    for i in range(8):
        f, l = rname()
        names.append("%s %s" % (f, l))
        last = datetime.date(2024, 11, 1) + datetime.timedelta(days=random.randint(0, 20))
        lines.append("%s %s\t%s\t%s\t%s\t%s\t%s\t%s" % (
            f, l, rdob(1985, 2006).strftime("%m/%d/%Y"), last.strftime("%m/%d"),
            (last + datetime.timedelta(days=77)).strftime("%m/%d"),
            (last + datetime.timedelta(days=105)).strftime("%m/%d"), rphone(),
            random.choice(["", "", "self-inject? asked about subQ", "text only", "", "needs SFS recert"])))
    body = """here's the depo due list for the next 2 wks from the report, pasted below. can you guys split the calls? i took the first 4

%s

thx
Yesenia
""" % "\n".join(lines)
    return build(S("yruiz", "Yesenia Ruiz"), [S("kmonroe", "Keisha Monroe"), S("riv-ma", "Riverside MAs")],
                 "depo due list", body, dt(2025, 1, 17, 11, 38)), "; ".join(names)


@reg("phi", "lists")
def lists_phd_syphilis():
    rows = [("STD-24-04102", "GARNER, TYRELL", "1997-08-03", "RPR 1:32 (5/2)", "no tx on record"),
            ("STD-24-04127", "HUDSON, MARISSA", "2000-02-11", "RPR 1:8 (5/6)", "pregnant per interview -- priority"),
            ("STD-24-04133", "OYELOWO, DAVID", "1986-12-24", "RPR 1:64 (5/7)", "tx 1 of 3 only?"),
            ("STD-24-04150", "KRAMER, JOSH", "1992-05-30", "TP-PA reactive, RPR NR (5/9)", "prior tx 2019 -- need hx"),
            ("STD-24-04161", "LOPEZ-BRAVO, CARMEN", "1979-09-17", "RPR 1:4 (5/10)", "no tx on record")]
    lines = ["%d) %s -- %s -- DOB %s -- %s -- %s" % ((i + 1,) + r) for i, r in enumerate(rows)]
    body = """Dr. Kowalczyk,

Below are the syphilis reports from the last two weeks where Harborlight was the ordering provider and we still have no treatment information. Could your team send dates/doses for each (or let me know if the person hasn't been reached)? Case #2 is our priority given the pregnancy.

%s

I can also pick these up by phone Thursday afternoon if that's easier.

Thanks,
Colleen

Colleen Marsh
Disease Intervention Specialist
Tri-County Public Health District
Office 555-0175 | Secure fax 555-0177
""" % "\n".join(lines)
    return build(S("cmarsh", "Colleen Marsh", PHD), S("nkowalczyk", "Nadia Kowalczyk MD"),
                 "[SECURE] open syphilis reports - tx info needed", body, dt(2024, 5, 14, 10, 4),
                 cc=S("lcarrasco", "Luis Carrasco RN")), "; ".join(
        "%s %s" % (r[1].split(", ")[1].title(), r[1].split(", ")[0].title()) for r in rows)

# ================================================================ PHI: names

@reg("phi", "names")
def names_delgado():
    body = """Keisha,

Mrs. Delgado's pap came back ASC-US with negative HPV, so nothing urgent -- she just needs co-testing again in 3 years instead of 5. Can you give her a call and let her know, and put a recall in? She was worried at the visit so please make it sound as boring as it is :)

She also asked for a refill on the patch, I sent that to the Walgreens on file.

thanks,
Tess
"""
    return build(S("tmarchetti", "Tess Marchetti"), S("kmonroe", "Keisha Monroe"),
                 "pap result", body, dt(2024, 8, 27, 12, 58)), "Mrs. Delgado"


@reg("phi", "names")
def names_henley():
    od = dt(2024, 11, 4, 9, 41)
    body = """I'll call him. 12 weeks is up on the 14th, so he can drop off any time after that. I'd rather he didn't stop using condoms until we've got the result back though -- can you re-send the instructions sheet?

OH

On %s, Jennalyn Cruz <jcruz@harborlighthealth.org> wrote:
> Dr. H,
>
> Henley, Marcus called asking when he can do his post-vas semen analysis and
> whether he "really has to." He also said he's had a dull ache on the right side
> off and on since the procedure (9/23), not worse, no fever. Wants to know if
> that's normal. Best # 555-0109.
>
> Jen
""" % gmail_date(od)
    return build(S("ohartigan", "Owen Hartigan"), S("jcruz", "Jennalyn Cruz"),
                 "Re: Henley, Marcus", body, dt(2024, 11, 4, 12, 30), reply=True), "Marcus Henley"


@reg("phi", "names")
def names_bree():
    od = dt(2025, 4, 2, 14, 11)
    body = """Agree. I'll see her Friday if she shows -- I'll bring up the implant and the hormonal IUD but honestly the ring might be an easier sell, she liked the idea of something she controls.

Tess

-----Original Message-----
From: Joanne Pruitt <jpruitt@harborlighthealth.org>
Sent: %s
To: Tess Marchetti <tmarchetti@harborlighthealth.org>
Subject: Bree

Hi Tess -- Bree (Breanna Holt) came in again today for emergency contraception, third time since February. She's 20, in a new relationship, says condoms "keep breaking." She was open to talking about something longer-term but didn't want to decide today. She booked with you Friday 4/4 at 3:30.

No concerns on the safety screen, she said the relationship is good, but I'd keep an eye out.

Joanne Pruitt, LCSW
Options & Support Counselling
""" % outlook_date(od)
    return build(S("tmarchetti", "Tess Marchetti"), S("jpruitt", "Joanne Pruitt"),
                 "RE: Bree", body, dt(2025, 4, 2, 16, 47), reply=True), "Breanna Holt"


@reg("phi", "names")
def names_subject_only():
    body = """Positive hcg today, LMP about 7 wks ago. She's undecided and wanted time. Booked her with Joanne Thursday 10am for options counselling.

Please do NOT call the home number -- cell only, and no voicemail that says Harborlight.

H.
"""
    return build(S("hsato", "Hana Sato"), [S("jpruitt", "Joanne Pruitt"), S("riverside", "Riverside Front Desk")],
                 "Ximena Rocha", body, dt(2024, 6, 25, 11, 49)), "Ximena Rocha"


@reg("phi", "names")
def names_quoted_deep():
    d1 = dt(2024, 2, 1, 9, 15)
    d2 = dt(2024, 2, 1, 10, 2)
    body = """Done -- faxed to TCPHD at 2:10, confirmation page is in the scan folder.

Luis

-----Original Message-----
From: Nadia Kowalczyk <nkowalczyk@harborlighthealth.org>
Sent: %s
To: Luis Carrasco <lcarrasco@harborlighthealth.org>
Subject: FW: records request

Luis, can you fax Lionel Ashby's Bicillin admin records (all 3 doses -- 1/8, 1/15 and 1/22) to Colleen? She's closing out the case. Please include the titer from 12/28 too.

Thanks, N

-----Original Message-----
From: Colleen Marsh <cmarsh@tricountyphd.org>
Sent: %s
To: Nadia Kowalczyk <nkowalczyk@harborlighthealth.org>
Subject: records request

Dr. Kowalczyk, for case STD-23-11873 I need documentation of the completed treatment series. Fax 555-0177 is fine. Thank you!
""" % (outlook_date(d2), outlook_date(d1))
    return build(S("lcarrasco", "Luis Carrasco"), S("nkowalczyk", "Nadia Kowalczyk"),
                 "RE: FW: records request", body, dt(2024, 2, 1, 14, 16), reply=True), "Lionel Ashby"


@reg("phi", "names")
def names_first_only():
    body = """hey -- Tomas from this morning (the 2pm walk-in w/ the rash on his palms) -- RPR came back 1:64. Dr K wants him back for Bicillin asap, tomorrow if possible. He said texting is best. Can you reach out before you leave? I already let Colleen know it's coming.

thx
-Hana

%s""" % MOBILE[1]
    return build(S("hsato", "Hana Sato"), S("riv-rn", "Riverside RN"),
                 "tomas - needs to come back", body, dt(2024, 7, 30, 17, 22)), "Tomas"


@reg("phi", "names")
def names_referral_docx():
    paras = ["**Harborlight Sexual Health - Eastgate", "1180 Eastgate Blvd, Suite 2 | Tel 555-0100 | Fax 555-0197", "",
             "August 19, 2024", "", "Dr. Ivy Chen", "Women's Health Associates of Alder Falls", "",
             "**RE: Aaliyah Brooks   DOB 06/02/1995", "",
             "Dear Dr. Chen,",
             "Thank you for seeing Ms. Brooks, a 29-year-old G1P1 whom I am referring for colposcopy. "
             "Her screening on 08/05/2024 showed HSIL with HPV 16 positive. Her prior screening in 2021 was "
             "normal. She uses a levonorgestrel IUD placed in 2022 and has no other medical history of note. "
             "She does not smoke.",
             "She is uninsured and has been approved for our sliding fee program; she has asked whether your "
             "office offers a self-pay discount. Her preferred phone is 555-0137.",
             "Please send your findings to our fax above. Many thanks.", "",
             "Sincerely,", "Tess Marchetti, FNP-C"]
    body = """Hi Dr. Chen's office,

Please find the referral letter for Aaliyah Brooks attached (colposcopy). Pathology and the screening report are coming by fax this afternoon. She's hoping for something in the next 2-3 weeks.

Thank you,
Amira Sayegh
Patient Services Coordinator, Harborlight Eastgate
p 555-0100 x122 | f 555-0197

%s
""" % DISCLAIMER
    return build(S("asayegh", "Amira Sayegh"), "Referrals - WHA <referrals@whaalderfalls.com>",
                 "Referral - colposcopy", body, dt(2024, 8, 19, 11, 3),
                 atts=[("Referral_Brooks_A.docx", make_docx(paras))]), "Aaliyah Brooks"


@reg("phi", "names")
def names_kessler():
    od = dt(2024, 12, 3, 16, 30)
    body = """Adding the front desk so this is everywhere it needs to be.

-----Original Message-----
From: Joanne Pruitt
Sent: %s
To: Hana Sato
Subject: Ms. Kessler - please read before Thursday

Hana,

Ruth Kessler (your Thurs 11:15) screened positive on the relationship safety questions today. She does not want her husband to know she's using contraception. She'd prefer the shot over pills so there's nothing to find at home. She asked that we NOT mail anything to the house, no appointment reminder calls, and that nothing shows up on the EOB if possible -- I told her I'd ask billing about confidential billing/self-pay.

She has the hotline number and a safety plan. If he comes with her Thursday please see her alone first.

Joanne
""" % outlook_date(od)
    return build(S("hsato", "Hana Sato"), [S("riverside", "Riverside Front Desk"), S("billing", "Billing Office")],
                 "FW: Ms. Kessler - please read before Thursday", body, dt(2024, 12, 4, 7, 55),
                 headers={"Sensitivity": "Private"}), "Ruth Kessler"

# ================================================================ PHI: self

@reg("phi", "self")
def self_jasmine():
    body = """hi its jasmine, i got a text saying my results are ready but the portal keeps saying my account is locked?? i tried resetting like 3 times. can someone just call me and tell me, i'm kind of freaking out. 555-0187. my birthday is 9/14/2001 if u need it

%s""" % MOBILE[0]
    return build("jasmine <jaz.w.0914@quickpost.com>", S("info", "Harborlight Sexual Health"),
                 "results??", body, dt(2025, 5, 6, 22, 41)), "jasmine"


@reg("phi", "self")
def self_bill():
    body = """To whom it may concern,

I received a statement dated March 2 showing a balance of $185.00 for my visit on February 9, 2024 at the Riverside clinic. At that visit I completed the sliding fee application and brought two pay stubs, and the woman at the front desk told me I qualified for the lowest tier and would owe $20, which I paid that day with my debit card.

Could you please review the account and send a corrected statement? The account number on the statement is 100-44821. I would prefer to handle this by email; my home phone is 555-0144 if needed.

Thank you,
Robert Kaminski
"""
    return build("Robert Kaminski <rkaminski52@pinemail.net>", S("billing", "Harborlight Billing Office"),
                 "Statement error - account 100-44821", body, dt(2024, 3, 7, 19, 2)), "Robert Kaminski"


@reg("phi", "self")
def self_prep():
    body = """Hey Samir,

Quick q -- I missed two days of my PrEP last week (Tues and Wed) because I was travelling for work and left the bottle at home. Back on it since Thursday. Do I need to do anything, like restart or get tested early? I had sex once that weekend, with a condom.

Also my next labs are supposed to be Sept 3 but I'm away, could we move it to the 10th?

thanks man
Dev
"""
    return build("Devansh Kulkarni <dev.kulkarni@inboxly.net>", S("shaddad", "Samir Haddad"),
                 "missed doses", body, dt(2024, 8, 19, 7, 58)), "Devansh Kulkarni"


@reg("phi", "self")
def self_vas_swelling():
    body = """Hello,

I had my vasectomy at the Mill Street clinic on Monday (Dr. Hartigan). It's now day 4 and there's still noticeable swelling on the left side, about the size of a golf ball, and it's more tender than yesterday. No fever. I've been icing and wearing the support like the sheet said. Is this normal or should I come in?

Greg Tollefson
DOB 3/3/1979
555-0112
"""
    return build("Greg Tollefson <gtollefson@fastpost.net>", S("millst", "Harborlight Mill Street"),
                 "swelling after procedure", body, dt(2024, 10, 31, 6, 47),
                 headers={"Importance": "High"}), "Greg Tollefson"


@reg("phi", "self")
def self_employee_leave():
    body = """Hi Margo,

I wanted to let you know before it gets obvious -- I'm pregnant, due date is November 3. My midwife diagnosed gestational diabetes at my last visit, so I'll have appointments every two weeks from now on and then weekly starting in September. Most are Tuesday mornings.

Could you send me the FMLA paperwork and let me know how intermittent leave works for the appointments? I'd also like to talk about what the short-term disability covers for after the baby comes.

Please keep this between us for now, I haven't told Corinne yet.

Thanks so much,
Alyssa

Alyssa Moreno, MA
Harborlight Northfield
"""
    return build(S("amoreno", "Alyssa Moreno"), S("mestrada", "Margo Estrada, HR"),
                 "leave question (private)", body, dt(2024, 5, 20, 12, 33),
                 headers={"Sensitivity": "Confidential"}), "Alyssa Moreno"


@reg("phi", "self")
def self_reschedule():
    body = """Hi, this is Marisol Quiñones -- I have an appointment on Wednesday 2/12 at 4:15 at Eastgate to get my IUD taken out but my daughter's school has a half day and I can't make it. Can I move it to the next week, any afternoon after 3? Also is it ok if I switch to the pill the same day or do I need to wait?

Thank you!
M.

%s""" % MOBILE[3]
    return build("Marisol Q <marisolq.home@pinemail.net>", S("eastgate-fd", "Harborlight Eastgate"),
                 "reschedule 2/12", body, dt(2025, 2, 9, 20, 19)), "Marisol Quiñones"


@reg("phi", "self")
def self_insurance():
    body = """Good afternoon,

I'm scheduled for a Nexplanon insertion at Northfield on July 22. My employer changed insurance on July 1 and I'm now on Bayview Community Health Plan (Silver PPO). Before the appointment I'd like to confirm the device and insertion will be covered at no cost to me, since my old plan covered it fully. Member ID BCH730019446, group 44102.

I've attached a scan of my new card -- apologies, the scanner at work isn't great, so let me know if it didn't come through and I'll bring the card to the visit.

Kind regards,

Patricia Nwosu
Senior Accountant | Delmare Logistics
555-0150 (mobile)
"""
    return build("Patricia Nwosu <patricia.nwosu@delmarelogistics.com>", S("billing", "Harborlight Billing Office"),
                 "Coverage question before my 7/22 appointment", body, dt(2024, 7, 9, 13, 27),
                 html=simple_html(body), atts=[("scan0007.png", blank_scan_png())]), "Patricia Nwosu"

# ================================================================ PHI: struct

ENC = "^~\\&"


@reg("phi", "struct")
def struct_oru_error():
    segs = [
        "MSH|%s|CRESCENT_LIS|CRESCENTDX|HSH_EHR|HARBORLIGHT|20240611143205||ORU^R01^ORU_R01|CDX0611143205882|P|2.5.1" % ENC,
        "PID|1||0057734^^^HSH^MR||DELLAPORTA^LENORE^J||19920314|F|||318 Birchwood Ave^^Alder Falls^ZZ^40415||^PRN^PH^^^555^0115",
        "PV1|1|O|EG^^^HSH||||1992847315^VOSS^ELAINE^^^^NP",
        "ORC|RE|ORD448120|C24-163-01922||CM",
        "OBR|1|ORD448120|C24-163-01922|87491^CT/NG NAA, URINE^CPT|||20240610091500|||||||20240610101200||1992847315^VOSS^ELAINE^^^^NP||||||20240611140000|||F",
        "OBX|1|ST|43304-5^Chlamydia trachomatis rRNA [Presence] in Specimen by NAA with probe detection^LN||DETECTED||NOT DETECTED|A|||F|||20240611140000",
        "OBX|2|ST|43305-2^Neisseria gonorrhoeae rRNA [Presence] in Specimen by NAA with probe detection^LN||NOT DETECTED||NOT DETECTED|N|||F|||20240611140000",
    ]
    body = """Interface: CRESCENT_RESULTS_IN (channel 14)
Status:    ERROR - message not filed
Time:      2024-06-11 14:32:07
Error:     AR-204 Ordering provider 1992847315 not found in provider master (PV1-7 / OBR-16)
Retries:   3 of 3

Action required: add or map the provider, then resend from the error queue.

----- raw message -----
%s
----- end -----

This is an automated message from Mirth Connect @ hsh-int-01. Do not reply.
""" % "\n".join(segs)
    return build("Interface Alerts <int-alerts@harborlighthealth.org>", S("it-interfaces", "IT Interfaces"),
                 "[ERROR] CRESCENT_RESULTS_IN - message not filed (AR-204)", body, dt(2024, 6, 11, 14, 32),
                 headers={"Auto-Submitted": "auto-generated", "X-Priority": "2"}), "Lenore Dellaporta"


@reg("phi", "struct")
def struct_siu_attach():
    segs = [
        "MSH|%s|BOOKNOW|HSH_WEB|HSH_PM|HARBORLIGHT|20250312081144||SIU^S12^SIU_S12|BN-7781240|P|2.3.1" % ENC,
        "SCH|AP-552913|AP-552913|||||IUDINS^IUD INSERTION^HSHLOCAL|NEW|60|MIN|^^60^20250319133000^20250319143000|||||||||||||||BOOKED",
        "PID|1||0074410^^^HSH^MR||KOVAC^MILA^R||19990127|F|||55 Quarry Hill Rd Apt 12^^Alder Falls^ZZ^40419||555-0124|||S|||||||||||N",
        "IN1|1|BCH-SILVER|BCH01|BAYVIEW COMMUNITY HEALTH PLAN|||||||||||KOVAC^MILA^R|SELF|19990127|||||||||||||||||BCH612004583",
        "RGS|1|A",
        "AIL|1|A|NF-EX2^^^NF|EXAM||20250319133000|||60|MIN",
        "AIP|1|A|1538207746^MARCHETTI^TESS^^^^FNP-C|PROVIDER||20250319133000|||60|MIN",
        "NTE|1||Pt note from web form: paragard if possible, prefers no hormones. asked re: cramping after",
    ]
    hl7 = ("\r".join(segs) + "\r").encode("ascii")
    body = """Hi Ray,

The BookNow feed dropped this one into the failed folder again -- the appointment type IUDINS isn't mapped at Northfield. It's on the schedule in the web tool but not in the PM, so the front desk won't see it. Raw message attached. Can you map it and replay? Appt is next Wednesday.

Thanks,
Corinne
"""
    return build(S("clisowski", "Corinne Lisowski"), S("rtolliver", "Ray Tolliver, IT"),
                 "BookNow failed msg - Northfield 3/19", body, dt(2025, 3, 12, 9, 6),
                 atts=[("BN-7781240.hl7", hl7)]), "Mila Kovac"


@reg("phi", "struct")
def struct_837_reject():
    isa = "ISA*00*          *00*          *ZZ*CLAIMWISE01    *ZZ*BAYVIEWCHP     *240415*1022*^*00501*000004127*0*P*:~"
    segs = [isa,
            "GS*HC*CLAIMWISE01*BAYVIEWCHP*20240415*1022*4127*X*005010X222A1~",
            "ST*837*0001*005010X222A1~",
            "BHT*0019*00*HSH0415A*20240415*1022*CH~",
            "NM1*41*2*CLAIMWISE RCM*****46*CW7781~",
            "PER*IC*EDI SUPPORT*TE*5550189~",
            "NM1*40*2*BAYVIEW COMMUNITY HEALTH PLAN*****46*BCH01~",
            "HL*1**20*1~",
            "NM1*85*2*HARBORLIGHT SEXUAL HEALTH*****XX*1093817264~",
            "N3*2200 HARBOR VIEW RD STE 400~",
            "N4*ALDER FALLS*ZZ*404150000~",
            "REF*EI*870012345~",
            "HL*2*1*22*0~",
            "SBR*P*18*44102******CI~",
            "NM1*IL*1*PARSONS*GWENDOLYN*A***MI*BCH44881O273~",
            "N3*1907 SALTMARSH LN~",
            "N4*ALDER FALLS*ZZ*40416~",
            "DMG*D8*19940806*F~",
            "NM1*PR*2*BAYVIEW COMMUNITY HEALTH PLAN*****PI*BCH01~",
            "CLM*HSH24-31907*612***11:B:1*Y*A*Y*Y~",
            "HI*ABK:Z30430*ABF:Z3009~",
            "NM1*82*1*MARCHETTI*TESS****XX*1538207746~",
            "PRV*PE*PXC*363LF0000X~",
            "LX*1~",
            "SV1*HC:58300*385*UN*1***1:2~",
            "DTP*472*D8*20240409~",
            "LX*2~",
            "SV1*HC:J7300*227*UN*1***1~",
            "DTP*472*D8*20240409~",
            "SE*30*0001~",
            "GE*1*4127~",
            "IEA*1*000004127~"]
    edi = "\n".join(segs) + "\n"
    body = """Hi Danny,

One claim from Monday's batch (4127) was rejected at the clearinghouse front end:

  Claim:    HSH24-31907   DOS 04/09/2024   $612.00
  Reject:   A7:164 -- Entity's contract/member number invalid (Loop 2010BA NM109)

Looks like the subscriber ID was keyed with a letter O instead of a zero. The original 837 is attached for reference. If you correct it in the PM we'll pick it up in tonight's batch.

Regards,
Nikhil Rao
Claims Analyst | Claimwise RCM
nrao@claimwisercm.com | 555-0189
"""
    return build("Nikhil Rao <nrao@claimwisercm.com>", S("dwhelan", "Danny Whelan"),
                 "Front-end reject - batch 4127 - 1 claim", body, dt(2024, 4, 16, 10, 40),
                 atts=[("HSH_batch4127_0415.837", edi)]), "Gwendolyn Parsons"


@reg("phi", "struct")
def struct_835_body():
    segs = ["ST*835*35021~", "BPR*I*0*C*NON************20240522~", "TRN*1*8830164492*1591234567~",
            "N1*PR*BAYVIEW COMMUNITY HEALTH PLAN~", "N1*PE*HARBORLIGHT SEXUAL HEALTH*XX*1093817264~",
            "LX*1~",
            "CLP*HSH24-22817*4*385*0**MC*240980045512*11*1~",
            "NM1*QC*1*FLORES*ADRIANA****MI*BCH551207784~",
            "NM1*82*1*SATO*HANA****XX*1679385520~",
            "DTM*232*20231204~", "DTM*233*20231204~",
            "SVC*HC:99214:25*210*0**1~", "DTM*472*20231204~", "CAS*CO*29*210~",
            "SVC*HC:87491*175*0**1~", "DTM*472*20231204~", "CAS*CO*29*175~",
            "SE*18*35021~"]
    body = """Shondra,

Can't auto-post this one -- it's a $0 zero-pay 835 and the posting rule kicks it to manual. Both lines denied CO-29 (timely filing), DOS 12/4/23. I think this is the one where Bayview had the wrong address on file and our first submission went to the old PO box, so I'm going to appeal with the clearinghouse acceptance report. Please post as denied with a hold, don't adjust off yet.

Relevant part of the file:

%s

D.
""" % "\n".join(segs)
    return build(S("dwhelan", "Danny Whelan"), S("sgrant", "Shondra Grant, Payment Posting"),
                 "manual post - Bayview 835 TRN 8830164492", body, dt(2024, 5, 23, 10, 18)), "Adriana Flores"


@reg("phi", "struct")
def struct_fhir_app():
    bundle = {
        "resourceType": "Bundle", "id": "dw-evt-%s" % hexid(12), "type": "collection",
        "timestamp": "2025-01-14T06:00:12-05:00",
        "entry": [
            {"resource": {"resourceType": "Patient", "id": "pt-88213",
                          "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.7731.1", "value": "0066871",
                                          "type": {"text": "MRN"}}],
                          "name": [{"family": "Boyd", "given": ["Terrence", "L"]}],
                          "birthDate": "1988-10-05", "gender": "male",
                          "telecom": [{"system": "phone", "value": "555-0116", "use": "mobile"}]}},
            {"resource": {"resourceType": "MedicationStatement", "id": "ms-40192", "status": "active",
                          "subject": {"reference": "Patient/pt-88213"},
                          "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm",
                                                                    "code": "1747691",
                                                                    "display": "emtricitabine 200 MG / tenofovir alafenamide 25 MG Oral Tablet"}]},
                          "dosage": [{"text": "1 tablet by mouth daily"}]}},
            {"resource": {"resourceType": "Observation", "id": "obs-adh-77120", "status": "final",
                          "code": {"text": "Doses missed in last 7 days (self-report)"},
                          "subject": {"reference": "Patient/pt-88213"},
                          "effectivePeriod": {"start": "2025-01-07", "end": "2025-01-13"},
                          "valueInteger": 4,
                          "note": [{"text": "User note: ran out, pharmacy said needs new auth"}]}},
        ]}
    body = """DoseWell Clinic Connect

A patient in your program has triggered an adherence alert.

  Alert:   4 or more missed doses in 7 days
  Program: Harborlight PrEP
  Event:   evt_%s

Open Clinic Connect to view details and message the patient. The event payload is attached (FHIR R4 Bundle).

You are receiving this because you are a care team member for this program. Manage alerts in Settings > Notifications.
DoseWell Health, Inc.
""" % hexid(10)
    return build("DoseWell Alerts <alerts@dosewellapp.com>", S("prep", "Harborlight PrEP Program"),
                 "Adherence alert - action suggested", body, dt(2025, 1, 14, 6, 0),
                 atts=[("event_payload.json", json.dumps(bundle, indent=2, ensure_ascii=False))],
                 headers={"Auto-Submitted": "auto-generated"}), "Terrence Boyd"


@reg("phi", "struct")
def struct_ccda():
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.3.9921.2" extension="CCD-%s"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20241008141500-0400"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.9921.1" extension="RC-0208817"/>
      <addr use="HP"><streetAddressLine>611 Tannery Row</streetAddressLine><city>Alder Falls</city><state>ZZ</state><postalCode>40418</postalCode></addr>
      <telecom use="MC" value="tel:+1-555-0135"/>
      <patient>
        <name use="L"><given>Nathaniel</given><given>J</given><family>Greer</family></name>
        <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19830222"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author><time value="20241008141500-0400"/><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="1306658421"/>
    <assignedPerson><name><given>Marisa</given><family>Okoro</family><suffix>MD</suffix></name></assignedPerson>
    <representedOrganization><name>Riverbend Community Health Center</name></representedOrganization></assignedAuthor></author>
  <component><structuredBody>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.5.1"/>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
      <title>Problems</title>
      <text><list><item>Essential hypertension (I10) - active</item><item>Encounter for sterilization counseling (Z30.09) - active</item></list></text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.1.1"/>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="Medications"/>
      <title>Medications</title>
      <text><list><item>lisinopril 10 mg tablet, 1 daily</item><item>aspirin 81 mg, 1 daily (hold 7 days before procedure)</item></list></text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.6.1"/>
      <code code="48765-2" codeSystem="2.16.840.1.113883.6.1" displayName="Allergies"/>
      <title>Allergies</title>
      <text>Lidocaine - rash (reported, mild)</text>
    </section></component>
    <component><section>
      <code code="42349-1" codeSystem="2.16.840.1.113883.6.1" displayName="Reason for referral"/>
      <title>Reason for Referral</title>
      <text>41 y/o M, 3 children, requests vasectomy. Counseled on permanence. Note reported lidocaine reaction - please review anesthetic plan.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
""" % hexid(10)
    body = """Hello,

Referral for vasectomy consult attached as a CCD. Please note the reported lidocaine allergy in the file. Patient prefers morning appointments and is aware of your sliding fee program.

Referral coordinator
Riverbend Community Health Center
Ph 555-0161 | Fax 555-0162

This transmission is confidential and intended solely for the recipient.
"""
    return build("Riverbend CHC Referrals <referrals@riverbendchc.org>", S("millst", "Harborlight Mill Street"),
                 "New referral - vasectomy consult", body, dt(2024, 10, 8, 14, 22),
                 atts=[("CCD_RC-0208817.xml", xml)]), "Nathaniel Greer"


@reg("phi", "struct")
def struct_sfs_extract():
    hdr = "ACCT|MRN|LAST|FIRST|DOB|HH_SIZE|ANNUAL_INCOME|FPL_PCT|SFS_TIER|EFF_DATE|EXP_DATE|VERIF|LAST_VISIT_SVC"
    rows = []
    names = []
    svcs = ["CONTRACEPTION VISIT", "STI SCREEN", "PREP F/U", "IUD INSERT", "PREG TEST/COUNSEL", "VAS CONSULT"]
    for i in range(9):
        f, l = rname()
        names.append("%s %s" % (f, l))
        hh = random.randint(1, 5)
        inc = random.randint(9, 62) * 1000
        fpl = int(inc / (15060 + 5380 * (hh - 1)) * 100)
        tier = "A" if fpl <= 100 else "B" if fpl <= 150 else "C" if fpl <= 200 else "D" if fpl <= 250 else "FULL"
        eff = datetime.date(2024, random.randint(1, 9), random.randint(1, 28))
        rows.append("|".join(["100-%05d" % random.randint(30000, 69999), "00%05d" % random.randint(40000, 79999),
                              l.upper(), f.upper(), rdob(1970, 2005).strftime("%Y%m%d"), str(hh), str(inc),
                              str(fpl), tier, eff.strftime("%Y%m%d"),
                              (eff + datetime.timedelta(days=365)).strftime("%Y%m%d"),
                              random.choice(["PAYSTUB", "ATTEST", "TAX RTN", "ATTEST"]), random.choice(svcs)]))
    data = hdr + "\n" + "\n".join(rows) + "\nTRL|%d|EOF\n" % len(rows)
    body = """Nightly extract SFS_ELIG completed.

Job:        EPM_EXPORT_SFS_ELIG
Run:        2024-10-01 02:00:03 -> 02:00:41
Rows:       9 (changed since last run)
Output:     sfs_elig_delta_20241001.txt (attached)
Target:     sftp://grants-reporting (upload OK)

-- Harborlight Practice Management scheduler
"""
    return build("EPM Scheduler <epm-jobs@harborlighthealth.org>", S("grants", "Grants & Compliance"),
                 "[EPM] SFS_ELIG export OK - 9 rows", body, dt(2024, 10, 1, 2, 1),
                 atts=[("sfs_elig_delta_20241001.txt", data)],
                 headers={"Auto-Submitted": "auto-generated"}), "; ".join(names)

# ================================================================ CLEAN: admin

@reg("clean", "admin")
def admin_supplies():
    body = """Hi Felix,

Eastgate is running low on a few things ahead of the Saturday LARC clinic. Can you add these to this week's Northstar order?

- Nexplanon kits: we have 4, need 15 (par is 20)
- Mirena: 3 on hand, need 6
- Paragard: 2 on hand, need 6
- Specula, disposable, medium: 1 case
- Specula, disposable, small: 1 case
- Tenaculum, single-use: 2 boxes
- Uterine sounds: 1 box
- Urine hCG cassettes: 2 boxes (25ct)
- Aptima swab kits (multitest): 3 boxes -- Crescent says they'll send these free if we order through their portal, I'll do that part

Also the exam room 4 light has been flickering since Monday, not urgent.

Thanks!
Tess
"""
    return build(S("tmarchetti", "Tess Marchetti"), S("fbrandt", "Felix Brandt, Facilities & Supply"),
                 "EG supply order - LARC clinic Sat", body, dt(2024, 9, 24, 12, 10)), ""


@reg("clean", "admin")
def admin_hvac():
    body = """All,

The compressor for procedure room 3 at Mill Street failed overnight and the room was at 81F this morning. The HVAC vendor (Corbett Mechanical, work order 55817) can't get the part until Thursday.

Until then:
- All vasectomy and IUD/implant procedures move to room 2. Dr. Hartigan's Tuesday block will run 8:00-12:30 instead of 8:00-4:00.
- Front desk will call anyone affected by the afternoon cancellations today and offer the first open slots next week. Please do not double book room 2.
- The autoclave in 3 is fine but please run it with the door to the hallway open.

I'll update when the part arrives.

Felix Brandt
Facilities & Supply Manager
Harborlight Sexual Health | 555-0100 x600 | cell 555-0106

%s
""" % DISCLAIMER_SHORT
    return build(S("fbrandt", "Felix Brandt"), S("millst-all", "Mill Street All Staff"),
                 "Procedure room 3 down - Mill St", body, dt(2024, 7, 15, 8, 3),
                 cc=[S("ohartigan", "Owen Hartigan"), S("bokonkwo", "Bea Okonkwo")],
                 headers={"Importance": "High"}), ""


@reg("clean", "admin")
def admin_downtime():
    start = datetime.datetime(2024, 11, 16, 22, 0)
    end = datetime.datetime(2024, 11, 17, 2, 0)
    body = """PLANNED EHR DOWNTIME -- Saturday, November 16, 10:00 PM to Sunday 2:00 AM

The EHR and the practice management system will be unavailable while we apply the vendor's quarterly upgrade (v24.3). No clinics are open during the window, but the on-call provider will not have chart access.

What to do:
- On-call: use the downtime binder (red binder, each site's med room) and the read-only BCA report emailed to on-call at 9:30 PM.
- Lab results received during downtime will queue and file automatically when the system is back.
- The patient portal will show a maintenance page. The nurse line voicemail will be updated.

After the upgrade you'll notice a new SFS eligibility banner on the check-in screen and the contraceptive method field on the visit template is now required. Tip sheets are on the intranet.

Calendar hold attached. Questions to the IT service desk, x700.

Ray Tolliver
IT Systems Manager
"""
    return build(S("rtolliver", "Ray Tolliver"), S("allstaff", "Harborlight All Staff"),
                 "Planned EHR downtime Sat 11/16 10pm-2am", body, dt(2024, 11, 8, 15, 30),
                 atts=[("EHR_downtime.ics", make_ics("EHR downtime (v24.3 upgrade)", start, end, "All sites",
                                                    "EHR and PM unavailable. Use downtime binder.",
                                                    organizer="rtolliver@harborlighthealth.org"))]), ""


@reg("clean", "admin")
def admin_sfs_2025():
    tiers = [("A", "0 - 100%", "$0 (nominal $0)", "$0"),
             ("B", "101 - 150%", "$20", "25% of charge"),
             ("C", "151 - 200%", "$35", "50% of charge"),
             ("D", "201 - 250%", "$50", "75% of charge"),
             ("Full", "over 250%", "full fee", "full fee")]
    txt = "\n".join("  %-5s %-12s %-18s %s" % t for t in tiers)
    body = """Team,

The 2025 federal poverty guidelines were published last week, so the sliding fee scale is updated effective February 1, 2025. The tier cut-offs are the same percentages; the dollar thresholds move up.

  Tier  FPL          Visit fee          Labs/devices
%s

Reminders:
- Nobody is turned away for inability to pay, and we do not send tier A or B balances to collections.
- Income verification may be self-attested when documents aren't available; use form SFS-2.
- Confidential minors and anyone requesting confidential services are assessed on their own income.
- Payer contracted rates still apply for insured patients; the scale applies to the patient responsibility only if it's lower.

The new threshold table (by household size) is on the intranet under Billing > Policies and will be printed at each front desk by Friday.

Danny Whelan
Revenue Cycle Manager
""" % txt
    html = ("<html><body style='font-family:Calibri'><p>Team,</p><p>The 2025 federal poverty guidelines were "
            "published last week, so the sliding fee scale is updated effective <b>February 1, 2025</b>.</p>"
            "<table border='1' cellspacing='0' cellpadding='4'><tr><th>Tier</th><th>FPL</th><th>Visit fee</th>"
            "<th>Labs/devices</th></tr>" + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % _x(c) for c in t)
                                                    for t in tiers)
            + "</table><p>Nobody is turned away for inability to pay.</p><p>Danny Whelan<br>Revenue Cycle Manager</p>"
            "</body></html>")
    return build(S("dwhelan", "Danny Whelan"), S("frontdesk-all", "Front Desk - All Sites"),
                 "2025 sliding fee scale - effective 2/1", body, dt(2025, 1, 21, 10, 45), html=html,
                 cc=S("nkowalczyk", "Nadia Kowalczyk")), ""


@reg("clean", "admin")
def admin_contract():
    body = """Danny,

Following our call, here is a summary of the proposed Amendment 4 to the Bayview Participating Provider Agreement (contract BCH-PPA-2019-0417), effective 07/01/2024:

1. Fee schedule: Family planning E/M and procedure codes move from 118% to 125% of the 2024 state Medicaid fee schedule. Device J-codes (J7296-J7300, J7307) reimbursed at ASP + 6%%.
2. Same-day LARC: Bayview will pay the device and insertion on the same claim as the E/M with modifier 25, no prior authorization.
3. Vasectomy (55250): moves off the prior-auth list.
4. Timely filing extends from 90 to 180 days from date of service for clean claims.
5. Confidential EOBs: Bayview will honour member requests to route EOBs for sensitive services to an alternate address, per the state statute.

Redline attached to the DocuSign envelope you'll receive Monday. Signature needed by 6/21 to load rates for July.

Best regards,
Gwen Halvorsen
Provider Contracting Manager
Bayview Community Health Plan
555-0147 | ghalvorsen@bayviewchp.com
"""
    return build(S("ghalvorsen", "Gwen Halvorsen", PAYER), S("dwhelan", "Danny Whelan"),
                 "Amendment 4 - summary of terms", body.replace("%%", "%"), dt(2024, 6, 7, 16, 12),
                 cc=S("kfarrow", "Kim Farrow")), ""


@reg("clean", "admin")
def admin_qi_agenda():
    paras = ["**Quality Improvement Committee -- Agenda", "Wednesday, March 12, 2025, 12:00-1:00, Eastgate conf room / Teams", "",
             "**1. Minutes from February (vote)",
             "**2. Chart audit results, Q4 2024 (L. Carrasco)",
             "   120 charts audited across 4 sites (30 per site)",
             "   Contraceptive counselling documented: 93% (goal 90%)",
             "   Chlamydia screening, females 16-24: 78% (goal 80%) -- Northfield 69%",
             "   HIV test offered at STI visit: 96%",
             "   PrEP eligibility assessed when indicated: 71% (new measure)",
             "**3. Same-day LARC access: time from request to insertion, median 0 days (Eastgate), 9 days (Northfield)",
             "**4. Vasectomy post-procedure semen analysis return rate: 58% -- discussion of mail-in kits",
             "**5. Title X annual report timeline (FPAR due 2/15, submitted)",
             "**6. Patient experience survey: 412 responses, 94% would recommend",
             "**7. Open floor"]
    body = """Hi all, agenda for next Wednesday is attached. Please review the audit numbers ahead of time -- we'll spend most of the hour on Northfield's CT screening and the semen analysis return rate.

Lunch is from Alder Deli, reply by Monday if you have dietary needs.

Nadia

Nadia Kowalczyk, MD
Medical Director, Harborlight Sexual Health
"""
    return build(S("nkowalczyk", "Nadia Kowalczyk"), S("qi-committee", "QI Committee"),
                 "QI Committee 3/12 - agenda + audit numbers", body, dt(2025, 3, 5, 13, 40),
                 atts=[("QI_agenda_2025-03-12.docx", make_docx(paras))]), ""


@reg("clean", "admin")
def admin_fridge():
    body = """Temperature excursion -- Northfield vaccine refrigerator (unit NF-VR1, data logger SN 40-22871)

Over the weekend the logger recorded a high of 10.4C between Sat 23:10 and Sun 04:50 (about 5 h 40 min above 8C). Cause looks like the door didn't latch after Friday's delivery.

Action taken Monday 7:15 am:
- All product quarantined in the fridge, labelled DO NOT USE
- Manufacturer stability calls placed:
    Gardasil 9, lot W018441, exp 2026-03 -- 14 doses -- Merck ref case 03119284: OK to use
    Heplisav-B, lot 7G552, exp 2025-11 -- 6 doses -- awaiting callback
    Bexsero, lot AMB12X9, exp 2025-08 -- 5 doses -- awaiting callback
- State VFC program notified (report # VFC-EX-24-0913)
- Door alarm tested and working; latch adjusted

No doses were given from this unit since Friday. Will update when the other two manufacturers call back.

Luis Carrasco, RN
Nurse Manager
"""
    return build(S("lcarrasco", "Luis Carrasco"), [S("nkowalczyk", "Nadia Kowalczyk"), S("fbrandt", "Felix Brandt")],
                 "NF vaccine fridge excursion 9/14-15", body, dt(2024, 9, 16, 9, 12),
                 cc=S("northfield", "Northfield Front Desk")), ""

# ================================================================ CLEAN: lookalike

@reg("clean", "lookalike")
def lk_invoice():
    lines = ["NORTHSTAR MEDICAL SUPPLY, INC.", "1400 Commerce Pkwy, Building C  |  Remit to: PO Box 88120",
             "", "INVOICE  No. INV-2024-0918-44731        Date: 09/18/2024",
             "Customer Acct: 300-118-2207 (Harborlight Sexual Health)", "PO No.: HSH-PO-24-1187",
             "Ship to: Harborlight Eastgate, 1180 Eastgate Blvd Ste 2", "Terms: Net 30   Due: 10/18/2024", "",
             "Item      Description                         Lot        Exp       Qty   Unit      Ext",
             "NX-68     Nexplanon 68 mg implant kit           U019882    2027-05   15    $851.12  $12,766.80",
             "MR-52     Mirena 52 mg IUS                      TU0CK2A    2026-11    6    $998.40   $5,990.40",
             "PG-380    Paragard T380A                        2304117    2028-02    6    $912.00   $5,472.00",
             "SPM-M     Speculum disp medium 100/cs           KS24-0712  n/a        1    $118.50     $118.50",
             "SPM-S     Speculum disp small 100/cs            KS24-0655  n/a        1    $118.50     $118.50",
             "TEN-SU    Tenaculum single-use 10/bx            TN883021   2029-01    2     $64.00     $128.00",
             "HCG-25    hCG urine cassette 25/bx              HC4471B    2025-10    2     $22.75      $45.50",
             "", "Subtotal $24,639.70   Freight $0.00   Tax exempt (cert 88-2201137)   TOTAL $24,639.70",
             "", "NDC: Nexplanon 0052-4330-01 | Mirena 50419-0423-01 | Paragard 51285-0204-01",
             "340B account: invoice priced at 340B ceiling where eligible. Questions: AR 555-0192"]
    body = """Please find attached invoice INV-2024-0918-44731 for PO HSH-PO-24-1187.

Shipment tracking: 1Z 7X4 11F 03 4429 8817 (3 cartons)

Thank you for your business.
Northstar Medical Supply -- Accounts Receivable
ar@northstarmedsupply.com | 555-0192
"""
    return build("Northstar AR <ar@northstarmedsupply.com>", S("ap", "Harborlight Accounts Payable"),
                 "Invoice INV-2024-0918-44731 / PO HSH-PO-24-1187", body, dt(2024, 9, 18, 17, 3),
                 cc=S("fbrandt", "Felix Brandt"),
                 atts=[("INV-2024-0918-44731.pdf", make_pdf(lines, "Invoice INV-2024-0918-44731"))]), ""


@reg("clean", "lookalike")
def lk_tracking():
    body = """Your order has shipped!

Order #:          CDX-SUP-0019944
Account:          HSH-NF 20421
Ship date:        Tue, Jan 14, 2025
Carrier:          FedEx Priority Overnight
Tracking:         7849 2210 6631
Est. delivery:    Wed, Jan 15, 2025 by 10:30 AM

Items
  APTIMA Multitest Swab Specimen Collection Kit   PN 303163    x 4 boxes (50/bx)
  APTIMA Urine Specimen Collection Kit            PN 301040    x 2 boxes (50/bx)
  SST 5 mL gold top tubes                         PN 367986    x 1 case (1000)
  Biohazard specimen bags w/ pocket               PN BB-2-912  x 3 packs
  Requisition forms, STI panel (v11)              FORM-STI-11  x 200

Need to change something? Call Client Supply at 555-0121 or reply to this email with your order number.

Crescent Diagnostics -- Client Supply
This is an automated message.
"""
    return build("Crescent Client Supply <supply@crescentdx.com>", S("northfield", "Harborlight Northfield"),
                 "Shipped: order CDX-SUP-0019944", body, dt(2025, 1, 14, 16, 44),
                 headers={"Auto-Submitted": "auto-generated"}), ""


@reg("clean", "lookalike")
def lk_cdm():
    codes = [("99202-99205", "New pt E/M", "", ""), ("99212-99215", "Est pt E/M", "", ""),
             ("99401", "Preventive counselling 15 min", "Z30.09", "$62"),
             ("58300", "IUD insertion", "Z30.430", "$385"), ("58301", "IUD removal", "Z30.432", "$240"),
             ("11981", "Implant insertion", "Z30.017", "$310"), ("11982", "Implant removal", "Z30.46", "$295"),
             ("11983", "Implant removal w/ reinsertion", "Z30.46", "$480"),
             ("96372", "Injection, IM/SQ (DMPA)", "Z30.42", "$35"), ("J1050", "Medroxyprogesterone 1 mg", "", "$0.52/unit"),
             ("55250", "Vasectomy", "Z30.2", "$1,150"), ("89321", "Semen analysis, sperm presence", "Z98.52", "$85"),
             ("87491", "Chlamydia NAA", "Z11.3", "$120"), ("87591", "Gonorrhea NAA", "Z11.3", "$120"),
             ("86780", "Treponema pallidum antibody", "Z11.3", "$40"), ("87389", "HIV-1/2 Ag/Ab", "Z11.4", "$55"),
             ("81025", "Urine pregnancy test", "Z32.02", "$18"), ("S4993", "Contraceptive pills, cycle", "", "$15")]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["code", "description", "typical_dx", "2025_gross_charge"])
    for c in codes:
        w.writerow(c)
    body = """Hi all,

Attached is the proposed 2025 chargemaster update for the family planning and STI lines. Summary of changes:

- 11983 added (removal with reinsertion) -- previously billed as 11982 + 11981
- J1050 unit price updated to 340B acquisition + handling
- 89321 replaces 89300 for post-vasectomy checks
- Typical dx column is guidance only (Z30.x for contraceptive management, Z11.3/Z11.4 for screening)

No changes to the sliding-fee percentages. Please send comments by 12/13 so we can load for 1/1.

Danny
"""
    return build(S("dwhelan", "Danny Whelan"), [S("nkowalczyk", "Nadia Kowalczyk"), S("coding", "Coding Team")],
                 "2025 CDM update - FP/STI lines", body, dt(2024, 12, 2, 11, 20),
                 atts=[("CDM_2025_FP_STI_draft.csv", buf.getvalue())]), ""


@reg("clean", "lookalike")
def lk_directory():
    rows = [("Nadia Kowalczyk, MD", "Medical Director", "1245339810", "MD.0061724", "555-0100 x101", "Eastgate"),
            ("Owen Hartigan, MD", "Urology / Vasectomy", "1184726633", "MD.0058802", "555-0100 x502", "Mill St"),
            ("Tess Marchetti, FNP-C", "Nurse Practitioner", "1538207746", "APRN.0019337", "555-0100 x121", "Eastgate/NF"),
            ("Hana Sato, CNM", "Nurse-Midwife", "1679385520", "CNM.0004418", "555-0100 x301", "Riverside"),
            ("Elaine Voss, NP", "Nurse Practitioner", "1992847315", "APRN.0023105", "555-0100 x302", "Riverside"),
            ("Priyanka Desai, PharmD", "Clinical Pharmacist", "1811046723", "RPH.0031178", "555-0100 x331", "PrEP program")]
    lines = ["%-24s %-20s %-11s %-13s %-14s %s" % ("Provider", "Role", "NPI", "State lic.", "Phone", "Site")]
    lines += ["%-24s %-20s %-11s %-13s %-14s %s" % r for r in rows]
    body = """Updated provider directory for payer credentialing (CAQH re-attestation due 7/31). Group NPI 1093817264, TIN on file.

%s

Main fax numbers: Eastgate 555-0197 | Riverside 555-0195 | Northfield 555-0194 | Mill St 555-0193
After-hours on-call line: 555-0100 option 9

Please use this version (rev. 2024-07-02) and discard earlier copies.

Maribel Oduya
Credentialing Specialist
""" % "\n".join(lines)
    return build(S("moduya", "Maribel Oduya"), [S("dwhelan", "Danny Whelan"), S("credentialing", "Credentialing")],
                 "Provider directory rev 2024-07-02 (NPI/licence)", body, dt(2024, 7, 2, 14, 5)), ""


@reg("clean", "lookalike")
def lk_ticket():
    body = """Ticket INC0048213 has been updated.

Short description: Label printer at Riverside lab station not printing specimen labels
Caller:            Luis Carrasco
Location:          Riverside - Lab alcove (asset HSH-PRN-0117, Zebra ZD421, SN D4J221803391)
Priority:          2 - High
State:             Resolved
Assigned to:       Ray Tolliver
Opened:            2024-10-22 08:11
Resolved:          2024-10-22 09:47

Resolution notes:
Driver reverted after Windows update KB5044284. Reinstalled ZDesigner 10.6.10, re-set label stock to 2.25 x 1.25, printed 3 test labels with dummy accession 00-000-00000. Working.

If the issue persists, reply to this email within 5 days to reopen. Otherwise the ticket will close automatically on 2024-10-27.

Harborlight IT Service Desk | x700 | servicedesk@harborlighthealth.org
"""
    return build("IT Service Desk <servicedesk@harborlighthealth.org>", S("lcarrasco", "Luis Carrasco"),
                 "INC0048213 resolved - Riverside label printer", body, dt(2024, 10, 22, 9, 48),
                 headers={"Auto-Submitted": "auto-replied"}), ""


@reg("clean", "lookalike")
def lk_dashboard():
    sites = [("Eastgate", 1412, 388, 6.1, 0.9, 84, 17), ("Riverside", 1187, 341, 7.4, 1.3, 66, 0),
             ("Northfield", 903, 229, 5.2, 0.6, 38, 0), ("Mill St", 655, 97, 3.9, 0.0, 12, 41),
             ("Mobile van", 214, 140, 9.8, 2.1, 9, 0)]
    hdr = "%-11s %7s %8s %8s %8s %9s %6s" % ("Site", "Visits", "STI tst", "CT pos%", "GC pos%", "PrEP new", "Vas")
    tl = [hdr] + ["%-11s %7d %8d %8.1f %8.1f %9d %6d" % s for s in sites]
    body = """Monthly dashboard -- August 2024 (all sites)

%s

Network totals: 4,371 visits (+6%% vs Aug 2023); 1,195 STI testing encounters; 159 new PrEP starts; 58 vasectomies.
Contraception: 61%% of contraceptive clients left with a most/moderately effective method; same-day LARC 212.
Age 15-19: 14%% of visits; age 20-24: 27%%. Cells under 11 suppressed in the external version.
Pregnancy tests: 402 (positive 31%%); options counselling visits: 118.
No-show rate 11.8%% (goal <10%%). Average cycle time 52 min.

Source: EPM reporting warehouse, run 2024-09-03 06:00. Definitions on the intranet (Data > Dashboard glossary).

-- Analytics
""" % "\n".join(tl)
    body = body.replace("%%", "%")
    html = ("<html><body style='font-family:Segoe UI,Arial'><h3>Monthly dashboard -- August 2024</h3>"
            "<table border='1' cellspacing='0' cellpadding='4'><tr>"
            + "".join("<th>%s</th>" % h for h in ["Site", "Visits", "STI tests", "CT pos %", "GC pos %", "PrEP new", "Vasectomy"])
            + "</tr>" + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % c for c in s) for s in sites)
            + "</table><p>Network totals: 4,371 visits; 159 new PrEP starts; 58 vasectomies.</p></body></html>")
    return build("Harborlight Analytics <analytics@harborlighthealth.org>", S("leadership", "Leadership Team"),
                 "Dashboard - August 2024", body, dt(2024, 9, 3, 6, 5), html=html), ""


@reg("clean", "lookalike")
def lk_recall():
    body = """URGENT: VOLUNTARY MARKET WITHDRAWAL -- RETAIL/CLINIC LEVEL

Product:   GuardWell Premium latex condoms, 144-count clinic dispenser box
Item no.:  GW-144-CL
UPC:       0 84412 30071 6
Lots:      GW24A1187, GW24A1188, GW24A1193
Mfg dates: 2024-01-09 to 2024-01-22
Exp:       2029-01

Reason: Internal QC found a subset of units from these lots below specification on the airburst test. No adverse events have been reported. This withdrawal is precautionary.

Action requested:
1. Check inventory for the lots above (lot number is printed on the box end flap and each foil).
2. Quarantine and complete the attached response form even if you have no affected product.
3. Return product using prepaid label, RMA #RMA-552190. Credit will be issued to your account.

Distributed to 1,840 customers. Reference: Recall event 2024-GW-03.

GuardWell Health Products -- Quality Assurance
qa@guardwellhp.com | 1-800-555-0133
"""
    return build("GuardWell QA <qa@guardwellhp.com>", S("fbrandt", "Felix Brandt"),
                 "URGENT: market withdrawal - GW-144-CL lots GW24A1187/88/93", body, dt(2024, 3, 28, 13, 0),
                 headers={"Importance": "High"}), ""

# ================================================================ CLEAN: news

@reg("clean", "news")
def news_newsletter():
    text = """THE BEACON -- Harborlight staff & partner newsletter, May 2025

SATURDAY HOURS AT NORTHFIELD
Starting June 7, Northfield opens Saturdays 9-1 for walk-in STI testing, emergency contraception and PrEP starts. Thank you to the Northfield team for piloting this.

BY THE NUMBERS (Q1 2025)
- 12,840 visits across four sites and the mobile van
- 471 people started PrEP, up 22% from Q1 2024
- 96% of STI visits included an HIV test offer
- 1 in 4 contraceptive clients chose a LARC method

WELCOME
Please welcome Elaine Voss, NP (Riverside) and Jennalyn Cruz, MA (Mill Street), and congratulations to Luis Carrasco on 10 years with Harborlight!

DOXY-PEP PROTOCOL
Our doxycycline post-exposure prophylaxis protocol went live April 1. Training slides are on the intranet; questions to Priyanka Desai.

COMMUNITY
Harborlight will be at the Alder Falls Pride festival June 21 with free testing on the van. Sign up to volunteer on the intranet.

Questions or story ideas: beacon@harborlighthealth.org
To unsubscribe from partner mailings, reply with UNSUBSCRIBE."""
    html = """<html><body style="font-family:Georgia,serif;max-width:640px">
<table width="100%%"><tr><td><img src="cid:logo" alt="Harborlight" width="64" height="64"></td>
<td><h1 style="color:#12707a">The Beacon</h1><p>May 2025</p></td></tr></table>
%s
</body></html>""" % "".join("<p>%s</p>" % _x(p).replace("\n", "<br>") for p in text.split("\n\n")[1:])
    m = build("The Beacon <beacon@harborlighthealth.org>", S("partners", "Harborlight Staff & Partners"),
              "The Beacon - May 2025: Saturday hours, Q1 numbers, welcomes", text, dt(2025, 5, 2, 10, 0),
              html=html, headers={"List-Unsubscribe": "<mailto:beacon@harborlighthealth.org?subject=unsubscribe>"})
    # attach the logo as an inline related part of the HTML alternative
    for part in m.walk():
        if part.get_content_type() == "text/html":
            part.add_related(logo_png(), maintype="image", subtype="png", cid="<logo>", filename="logo.png")
            break
    return m, ""


@reg("clean", "news")
def news_health_advisory():
    body = """TRI-COUNTY PUBLIC HEALTH DISTRICT
HEALTH ADVISORY #2024-07 -- Continued increase in syphilis, including congenital syphilis

Date: August 5, 2024
To: Primary care, obstetric, emergency, urgent care and sexual health providers

SUMMARY
- 214 cases of infectious (primary, secondary, early non-primary non-secondary) syphilis were reported in the district in the first half of 2024, compared with 151 in the first half of 2023 (+42%).
- Cases among women of reproductive age rose 61%.
- 6 congenital syphilis cases were reported in 2023, the highest in two decades.

RECOMMENDATIONS
1. Screen all pregnant patients at the first prenatal visit, at 28 weeks and at delivery.
2. Offer syphilis testing to all sexually active patients aged 15-44 who have not been tested in the past year, and at every STI visit.
3. Treat presumptively when clinical suspicion is high; do not wait for confirmatory results.
4. Benzathine penicillin G remains the treatment of choice. Report supply shortages to the district pharmacy line.
5. Report all cases within 1 working day. Disease intervention specialists will follow up on partner services.

RESOURCES
Provider reporting line: 555-0174 | Fax: 555-0177
Treatment guidelines and reporting forms: tricountyphd.org/syphilis

This advisory may be shared with clinical staff. Please do not reply to this distribution list.
"""
    return build("TCPHD Health Alert Network <han@tricountyphd.org>", "HAN Providers <han-providers@tricountyphd.org>",
                 "HEALTH ADVISORY 2024-07: Syphilis and congenital syphilis increase", body, dt(2024, 8, 5, 12, 0),
                 html=simple_html(body), headers={"Precedence": "bulk"}), ""


@reg("clean", "news")
def news_journal_club():
    body = """Journal club digest -- October

Thanks to everyone who came Thursday. Quick recap for those who missed it:

Paper: doxycycline as post-exposure prophylaxis for bacterial STIs (open-label RCT, MSM and transgender women on PrEP or living with HIV)
- 200 mg doxycycline within 72 h of condomless sex
- About a two-thirds relative reduction in incident gonorrhea, chlamydia or syphilis per quarter
- Effect weakest for gonorrhea; tetracycline resistance in gonococcal isolates was higher in the doxy arm
- Few adverse events, mostly GI
- Cisgender women: a separate trial in Kenya showed no significant benefit (adherence was an issue)

Discussion points:
- Who to offer it to under our protocol (current draft: anyone with a bacterial STI in the last 12 months and on PrEP)
- How to monitor resistance -- Crescent can do culture on request but turnaround is 5 days
- Whether to prescribe for 30 days at a time

Next month: Hana is presenting on self-administered subcutaneous DMPA and continuation rates. Article will go out a week ahead.

Priyanka
"""
    return build(S("pdesai", "Priyanka Desai"), S("clinicians", "All Clinicians"),
                 "Journal club recap - doxy-PEP", body, dt(2024, 10, 18, 15, 2)), ""


@reg("clean", "news")
def news_vendor():
    text = """Hi Harborlight team,

Sexual health clinics using VivaVisit Telehealth saw 31% fewer no-shows in 2024.

What's new this spring:
- Asynchronous contraception refills: patients complete a 3-minute questionnaire, your clinician reviews when it suits them
- Built-in sliding fee attestation at booking
- Discreet mode: neutral sender names on texts and emails
- Integrates with your EHR via HL7 and FHIR

Join our 30-minute webinar on April 10 at 1 PM ET, or book a demo with your account rep.

The VivaVisit Team
VivaVisit Health, 500 Market Row, Suite 900
You're receiving this because you attended a VivaVisit session at the Coastal FPC conference. Unsubscribe | Preferences"""
    html = ("<html><body style='font-family:Helvetica,Arial;background:#f4f6f8'><div style='max-width:600px;margin:auto;"
            "background:#fff;padding:24px'><h2 style='color:#5a3ea8'>31% fewer no-shows.</h2>"
            + "".join("<p>%s</p>" % _x(p).replace("\n", "<br>") for p in text.split("\n\n"))
            + "<p><a href='https://www.vivavisit-health.com/webinar?utm_source=email&amp;utm_campaign=spring25'>"
            "Save my seat</a></p></div></body></html>")
    return build("VivaVisit Telehealth <hello@vivavisit-health.com>", S("nkowalczyk", "Nadia Kowalczyk"),
                 "Cut no-shows by 31%: new async refills for contraception", text, dt(2025, 3, 25, 9, 30),
                 html=html, headers={"List-Unsubscribe": "<https://www.vivavisit-health.com/u/8821af>",
                                     "Precedence": "bulk"}), ""


@reg("clean", "news")
def news_partner():
    body = """LANTERNHOUSE YOUTH SERVICES -- Partner Update, Summer 2024

Hello partners!

This summer our drop-in center served 640 young people ages 14-24, and our street outreach team handed out more than 9,000 safer-sex kits (thank you Harborlight for keeping us stocked!).

Upcoming:
- July 18: Partner lunch & learn, "Talking to youth about consent" -- Lanternhouse community room, noon
- August 3: Back-to-school supply drive. Drop-off bins at all Harborlight sites
- August 24: Youth health fair with Harborlight's mobile van -- HIV/STI testing, contraception info, haircuts, food

New staff: please welcome Renata Vogel, MSW, our new youth case manager, and Darnell Pierce, outreach lead.

Program stat: 87% of youth connected to a health provider kept their first appointment (up from 71% last year).

With gratitude,
The Lanternhouse team
lanternhouse.org | 555-0170
"""
    return build("Lanternhouse Youth Services <news@lanternhouse.org>", "Partners <partners@lanternhouse.org>",
                 "Lanternhouse Partner Update - Summer 2024", body, dt(2024, 7, 1, 8, 30),
                 html=simple_html(body), headers={"Precedence": "bulk"}), ""


@reg("clean", "news")
def news_policy():
    body = """Coastal Family Planning Council -- Policy Update

Members,

1) Title X: The state's continuation award for the 2025 budget period was announced Friday. Funding is flat relative to 2024. Subrecipient allocations will be shared at the April 15 members' call. The final rule requirements for counselling and referral are unchanged.

2) State legislation: HB 1142 (pharmacist-prescribed hormonal contraception) passed the House committee 9-4 and heads to the floor. SB 388 (confidential explanation-of-benefits for sensitive services) was signed into law and takes effect January 1, 2026; payers must honour alternate-address requests for EOBs.

3) Medicaid family planning waiver: the renewal application was submitted and the public comment period closes May 2. A template comment letter is on the member portal.

4) Data: the statewide FPAR summary shows 112,400 family planning users in 2024 (down 3%), with 41% uninsured.

Upcoming: Annual conference, October 9-10, Harbor Convention Center. Call for abstracts closes June 30.

Coastal FPC Policy Team
policy@coastalfpc.org
"""
    return build("Coastal FPC Policy <policy@coastalfpc.org>", "CFPC Members <members@coastalfpc.org>",
                 "Policy Update: Title X award, HB 1142, SB 388", body, dt(2025, 4, 7, 11, 15),
                 headers={"Precedence": "list", "List-Id": "CFPC members <members.coastalfpc.org>"}), ""

# ================================================================ CLEAN: staff

@reg("clean", "staff")
def staff_schedule():
    body = """Provider schedule, week of 3/10

            Mon           Tue            Wed            Thu            Fri           Sat
Eastgate    Marchetti     Marchetti      Kowalczyk(am)  Marchetti      Voss          LARC clinic
            Kowalczyk                    Marchetti      Kowalczyk                    (Marchetti)
Riverside   Sato          Sato, Voss     Voss           Sato           Sato          --
Northfield  Voss          --             Marchetti(pm)  --             Marchetti     walk-in 9-1 (Sato)
Mill St     Hartigan(proc) Hartigan      --             Hartigan(proc) --            --
Van         --            Eastside lot   --             Lanternhouse   College Ave   --

RN coverage: Carrasco (RIV), Pham (EG), Dizon (MS), float: Brennan
PrEP nav: Haddad Mon/Wed/Fri EG, Tue/Thu RIV
Counselling: Pruitt EG Mon/Wed/Thu, RIV Tue

Changes to me by Thursday please. Swaps need both names and the manager's ok.

Bea
"""
    return build(S("bokonkwo", "Bea Okonkwo"), S("clinical-all", "Clinical Staff - All Sites"),
                 "provider schedule wk of 3/10", body, dt(2025, 3, 3, 16, 20)), ""


@reg("clean", "staff")
def staff_oncall():
    body = """On-call -- April 2025

Provider on call (nights/weekends, via answering service 555-0100 opt 9):
  Apr 1-6     Hana Sato, CNM         cell 555-0103
  Apr 7-13    Tess Marchetti, FNP-C  cell 555-0104
  Apr 14-20   Nadia Kowalczyk, MD    cell 555-0105
  Apr 21-27   Elaine Voss, NP        cell 555-0107
  Apr 28-30   Hana Sato, CNM         cell 555-0103

Vasectomy post-op questions: Owen Hartigan, MD (backup all month) cell 555-0108
Admin on call: Bea Okonkwo 555-0101
IT after hours: 555-0100 x799

Answering service reminder: page the provider for any call, log everything in the on-call note, and hand over at 8 am huddle.

Thanks!
Corinne (for Nadia)
"""
    return build(S("clisowski", "Corinne Lisowski"), S("oncall", "On-call group"),
                 "April on-call calendar", body, dt(2025, 3, 27, 14, 0),
                 cc=S("answering", "Tidewater Answering Service", "tidewateranswering.com")), ""


@reg("clean", "staff")
def staff_openenroll():
    body = """Hi everyone,

Open enrollment for 2025 benefits runs November 4 -- November 22. This is the one time each year you can change medical, dental, vision and FSA elections without a qualifying event.

What's changing:
- Medical premiums go up 4%% on the PPO and stay flat on the HDHP
- HSA employer contribution increases to $750 single / $1,500 family
- New: a second EAP provider with evening counselling sessions
- Dependent care FSA limit stays at $5,000

If you don't make changes, your current elections roll over EXCEPT the FSA, which you must re-elect.

Benefits fair: Wednesday 11/6, Eastgate conference room, 11:30-2:00 (lunch provided). Our broker will be there to answer questions.

Also a payroll reminder: the last day to update direct deposit for the 11/15 pay date is 11/8.

Margo Estrada
HR Generalist | Harborlight Sexual Health
555-0100 x220

%s
""" % DISCLAIMER_SHORT
    return build(S("mestrada", "Margo Estrada"), S("allstaff", "Harborlight All Staff"),
                 "Open enrollment Nov 4-22 + payroll deadline", body, dt(2024, 10, 28, 9, 0),
                 html=simple_html(body)), ""


@reg("clean", "staff")
def staff_farewell():
    od = dt(2024, 6, 3, 10, 12)
    body = """count me in for the lemon bars!! and I'll bring the big coffee urn from Riverside

Luis

On %s, Bea Okonkwo <bokonkwo@harborlighthealth.org> wrote:
> Friends,
>
> After 22 years at Harborlight (she started when it was one clinic above a
> laundromat!), Dolores Mayfield is retiring at the end of June. Please join us
> for a potluck send-off on Friday 6/28, 12-2 in the Eastgate break room. Sign-up
> sheet for dishes is on the fridge and on Teams.
>
> We're also putting together a card and a group gift -- Venmo or cash to
> Corinne by 6/21.
>
> Bea
""" % gmail_date(od)
    return build(S("lcarrasco", "Luis Carrasco"), S("allstaff", "Harborlight All Staff"),
                 "Re: Dolores's send-off 6/28", body, dt(2024, 6, 3, 11, 4), reply=True), ""


@reg("clean", "staff")
def staff_leave_coverage():
    body = """Hi Riverside team,

Hana will be on leave from Monday 7/8 through Friday 8/16, returning 8/19. Please don't contact her during that time -- route anything to me or to Nadia.

Coverage:
- Mon/Wed/Fri: Elaine Voss
- Tue/Thu: Tess Marchetti (am), Nadia Kowalczyk (pm)
- CNM-specific visits (IUD insertions with Hana's regulars who asked to wait) are being rebooked after 8/19 -- front desk has the list
- Her on-call week 7/22 swapped with Tess (Tess takes 7/22, Hana takes 9/2)

Thanks for helping cover, I know the summer is busy.

Luis Carrasco, RN
Nurse Manager -- Riverside
"""
    return build(S("lcarrasco", "Luis Carrasco"), S("riverside-all", "Riverside All Staff"),
                 "Hana out 7/8 - 8/16: coverage plan", body, dt(2024, 6, 24, 15, 33)), ""


@reg("clean", "staff")
def staff_licences():
    rows = [("Hana Sato, CNM", "CNM.0004418", "2024-10-31", "DEA renewal also 11/2024"),
            ("Luis Carrasco, RN", "RN.0214773", "2024-10-31", ""),
            ("Thuy Pham, RN", "RN.0238816", "2024-10-31", ""),
            ("Keisha Monroe, MA", "CMA 0112904 (AAMA)", "2024-12-31", "CEUs: 52 of 60 logged"),
            ("Elaine Voss, NP", "APRN.0023105", "2025-01-31", "needs controlled substance reg"),
            ("Samir Haddad", "CHW cert 7710", "2024-11-15", "")]
    lines = ["  %-22s %-22s %-12s %s" % r for r in rows]
    body = """Hello,

Per our credential tracker the following licences/certifications expire in the next 90 days. Please upload proof of renewal to the HR portal (My Profile > Credentials) once complete. BLS cards for everyone are current through 2025.

%s

Anyone whose licence lapses can't be scheduled for clinical shifts until it's renewed -- please don't leave it to the last week. Renewal fees are reimbursable through the professional development fund.

Thanks,
Margo Estrada
HR Generalist
""" % "\n".join(["  %-22s %-22s %-12s %s" % ("Name", "Licence/cert", "Expires", "Notes")] + lines)
    return build(S("mestrada", "Margo Estrada"), [S(x) for x in ["hsato", "lcarrasco", "tpham", "kmonroe", "evoss", "shaddad"]],
                 "Licence renewals due - next 90 days", body, dt(2024, 8, 12, 10, 30),
                 cc=S("lcarrasco", "Luis Carrasco")), ""


@reg("clean", "staff")
def staff_interviews():
    start = datetime.datetime(2025, 4, 15, 9, 0)
    end = datetime.datetime(2025, 4, 15, 12, 0)
    body = """Hi Tess and Keisha,

Thanks for joining the panel for the Eastgate bilingual MA position. Schedule for Tuesday 4/15 (Eastgate conference room):

  9:00   Candidate 1 -- Daniela Prieto (currently MA at a pediatric practice, Spanish)
  10:00  Candidate 2 -- Khoa Nguyen (new grad, externship at Riverbend CHC, Vietnamese)
  11:00  Candidate 3 -- Sharon Blevins (8 yrs MA, OB/GYN, limited Spanish)

Each slot: 40 min interview + 15 min skills check (vitals, rooming, specimen labelling) with Keisha. Resumes and the scoring rubric are in the Teams folder. Please submit your scores by end of day Wednesday.

Calendar invite attached.

Margo
"""
    return build(S("mestrada", "Margo Estrada"), [S("tmarchetti", "Tess Marchetti"), S("kmonroe", "Keisha Monroe")],
                 "Interview panel - bilingual MA - Tue 4/15", body, dt(2025, 4, 9, 13, 50),
                 atts=[("MA_interviews.ics", make_ics("Interview panel - bilingual MA", start, end,
                                                     "Eastgate conference room", "3 candidates. Rubric in Teams.",
                                                     organizer="mestrada@harborlighthealth.org"))]), ""

# ================================================================ CLEAN: training

@reg("clean", "training")
def tr_sandbox():
    body = """Hi new hires,

Before your EHR class on Thursday, please log into the TRAINING environment (not production!) -- the URL is on the sticky note in your welcome folder and the environment has an orange banner across the top.

Use these fictitious test patients for the exercises. They exist only in the training environment:

  ZZTEST, CONTRACEPTION   MRN T900001   DOB 01/01/2000   -- practice a Depo visit + SFS assessment
  ZZTEST, PREPSTART       MRN T900002   DOB 01/01/1990   -- practice PrEP initiation labs order set
  ZZTEST, VASCONSULT      MRN T900003   DOB 01/01/1980   -- practice consent + scheduling a procedure
  ZZTEST, MINORCONF       MRN T900004   DOB 01/01/2009   -- practice confidential-visit flags

Exercises:
1. Check in ZZTEST, CONTRACEPTION, complete the sliding fee screen at 140% FPL, and confirm the tier shows B.
2. Place the STI screening panel on ZZTEST, PREPSTART and print a specimen label (it will print with TRAINING watermark).
3. Book ZZTEST, VASCONSULT into a 45-min Mill St procedure slot.

Never enter a real patient's information in the training environment.

See you Thursday!
Ray Tolliver
IT Systems Manager / EHR trainer
"""
    return build(S("rtolliver", "Ray Tolliver"), S("newhires", "New Hire Cohort - Jan"),
                 "EHR training prep - sandbox logins + test patients", body, dt(2025, 1, 13, 8, 40)), ""


@reg("clean", "training")
def tr_case_study():
    paras = ["**Partner Services Training -- Case Study 3 (de-identified, composite case)", "",
             "A person in their mid-twenties presents to a sexual health clinic with a painless genital ulcer "
             "of 10 days' duration. Rapid treponemal test is reactive; RPR is 1:32. They report three sex "
             "partners in the past 90 days: a regular partner and two partners met through an app, for whom "
             "they have only usernames.",
             "", "**Discussion questions",
             "1. What stage of syphilis is most likely, and what is the recommended treatment?",
             "2. What is the interview period for partner elicitation at this stage?",
             "3. How would you approach notification for the two app-based partners?",
             "4. The regular partner is pregnant. What are the priorities and who do you involve?",
             "5. The patient asks that the regular partner not be told who exposed them. How do you respond?",
             "", "**Facilitator notes",
             "Primary syphilis; benzathine penicillin G 2.4 million units IM once. Interview period 3 months plus "
             "duration of symptoms. Many health departments can use app-based notification. Pregnant partner: "
             "same-day testing and treatment, notify her prenatal provider with consent. Anonymity of the "
             "index patient is always maintained in health department notification."]
    body = """Hi all,

Attached is case study 3 for Friday's partner services session with Tri-County. It's a composite case -- no real patient -- so feel free to print it. Please read it beforehand and jot down your answers to the discussion questions; facilitator notes are at the end, try not to peek :)

Colleen Marsh from TCPHD will co-facilitate.

Joanne
"""
    return build(S("jpruitt", "Joanne Pruitt"), S("clinicians", "All Clinicians"),
                 "Partner services training Fri - case study 3", body, dt(2024, 4, 22, 12, 15),
                 cc=S("cmarsh", "Colleen Marsh", PHD),
                 atts=[("PS_case_study_3.docx", make_docx(paras))]), ""


@reg("clean", "training")
def tr_quiz():
    body = """Annual STI treatment competency -- quiz (10 questions, 80% to pass)

1. First-line treatment for uncomplicated urogenital gonorrhea in adults weighing <150 kg:
   a) azithromycin 2 g PO  b) ceftriaxone 500 mg IM x1  c) cefixime 800 mg PO  d) doxycycline 100 mg BID x7d
2. Recommended treatment for chlamydia in non-pregnant adults:
   a) doxycycline 100 mg BID x7 days  b) azithromycin 1 g x1  c) amoxicillin  d) metronidazole
3. Expedited partner therapy is appropriate for partners of patients with: (select all)
   a) chlamydia  b) gonorrhea  c) syphilis  d) trichomoniasis
4. A patient who started PrEP needs an HIV test how often?  ____
5. Bicillin L-A for late latent syphilis is given as: ____
6. True/False: a quick-start hormonal method can be given the same day if pregnancy is reasonably excluded.
7. Window for repeat DMPA injection without pregnancy testing: ____ weeks
8. After vasectomy, contraception is needed until: ____
9. Test of cure is recommended for chlamydia in: ____
10. Name two situations where you would consult the on-call provider before giving EPT.

Answer key (for educators only -- in the attached file):
1 b | 2 a | 3 a, b, d | 4 every 3 months | 5 2.4 million units IM weekly x3 | 6 True | 7 15 | 8 semen analysis confirms azoospermia or rare non-motile sperm | 9 pregnancy | 10 e.g. partner pregnant, symptoms of PID/epididymitis, MSM partner for GC

Submit answers on the LMS by 10/31.

Hana Sato, CNM -- Clinical Education
"""
    return build(S("hsato", "Hana Sato"), S("clinicians", "All Clinicians"),
                 "STI treatment competency quiz - due 10/31", body, dt(2024, 10, 1, 9, 20)), ""


@reg("clean", "training")
def tr_interface_test():
    segs = [
        "MSH|%s|CRESCENT_LIS|CRESCENTDX|HSH_EHR|HARBORLIGHT|20250220100000||ORU^R01^ORU_R01|TST0001|T|2.5.1" % ENC,
        "PID|1||T900099^^^HSH^MR||TEST^PATIENT^ONE||20000101|U|||1 TEST ST^^TESTVILLE^ZZ^00000",
        "OBR|1|TORD0001|TACC0001|87491^CT/NG NAA^CPT|||20250220090000",
        "OBX|1|ST|43304-5^Chlamydia trachomatis rRNA^LN||DETECTED||NOT DETECTED|A|||F",
        "OBX|2|ST|43305-2^Neisseria gonorrhoeae rRNA^LN||NOT DETECTED||NOT DETECTED|N|||F",
    ]
    body = """Interface validation -- Crescent results feed v2 (test environment)

Test script TS-LAB-07, steps 1-6. Processing ID is T (test); messages go to HSH-TEST only.

Step 1  Send ORU with abnormal flag A on OBX-1 -> expect result files to TEST, PATIENT ONE and generates abnormal-result task to ordering provider pool.
Step 2  Send same message with OBX-11 = C (corrected) -> expect original result marked corrected, new task.
Step 3  Send with unknown ordering NPI -> expect AR-204 error and alert email.
Step 4  Send with PID-3 not in MPI -> expect unsolicited result queue.
Step 5  Send RPR titer 1:16 as NM with units -> expect numeric display "1:16".
Step 6  Confirm nothing from test appears in production inbox.

Sample message for step 1:

%s

Please run steps 1-3 today and record pass/fail in the validation log (TS-LAB-07.xlsx in the project folder). I'll do 4-6 tomorrow.

Ray
""" % "\n".join(segs)
    return build(S("rtolliver", "Ray Tolliver"), [S("lcarrasco", "Luis Carrasco"), S("it-interfaces", "IT Interfaces")],
                 "Crescent feed v2 - validation script TS-LAB-07", body, dt(2025, 2, 20, 10, 5)), ""


@reg("clean", "training")
def tr_sfs_scenario():
    body = """Front desk training -- sliding fee scenarios (fictitious)

Work these through on paper before Wednesday's huddle. All people below are made up for training.

Scenario A
"Jane Sample" is 23, household of 1, works part-time with annual income of $19,800. She is uninsured and here for an STI screening visit with labs.
- What % FPL is she at (use the 2025 table)?
- Which tier? What does she pay today?

Scenario B
"John Example" is 34, household of 3 (himself, partner, one child), annual household income $52,000. He has insurance with a $2,500 deductible not yet met and wants a vasectomy consult.
- Do we apply the sliding fee? Which amount does he owe -- the payer's allowed amount or the SFS amount?

Scenario C
"Sam Placeholder" is 16 and asks for confidential services. Their parent's income is unknown.
- Whose income is used? What documentation do we need?

Scenario D
A patient says they have no pay stubs because they're paid in cash.
- Which form do we use and what do you write in the verification field?

Answers will be reviewed at huddle. Bring questions!

Danny & Corinne
"""
    return build(S("dwhelan", "Danny Whelan"), S("frontdesk-all", "Front Desk - All Sites"),
                 "SFS training scenarios for Wed huddle", body, dt(2025, 2, 10, 15, 15),
                 cc=S("clisowski", "Corinne Lisowski"), html=simple_html(body)), ""


@reg("clean", "training")
def tr_sim_drill():
    body = """Simulation drill -- Mill Street, Friday 5/17, 7:30-8:15 am (before clinic)

Scenario: vasovagal reaction during a procedure (LARC insertion / vasectomy). Manikin: "SimMan" in procedure room 2. There is no real patient involved -- the scenario script is below.

Roles
- Provider: Dr. Hartigan
- Primary RN: Marites Dizon
- MA / runner: Jennalyn Cruz
- Recorder: Bea Okonkwo
- Observer/debrief: Nadia Kowalczyk

Script
0:00  Simulated patient reports feeling "hot and dizzy" during the procedure. HR 48, BP 78/40.
0:30  Expected: stop procedure, Trendelenburg, call for help, apply O2, recheck vitals.
2:00  No improvement -> atropine discussion per protocol, emergency cart to room, consider 911.
4:00  Recovery: HR 72, BP 104/66. Debrief.

Checklist items we are timing: time to call for help, time to emergency cart arrival, whether the AED is brought, whether roles were called out.

Please make sure the emergency cart is checked Thursday (seal numbers on the log). Coffee and bagels after.

Marites Dizon, RN
Clinical Educator, Mill Street
"""
    return build(S("mdizon", "Marites Dizon"), S("millst-clinical", "Mill St Clinical"),
                 "Sim drill Fri 5/17 7:30 - vasovagal scenario", body, dt(2024, 5, 13, 12, 2),
                 cc=S("nkowalczyk", "Nadia Kowalczyk")), ""

# ================================================================ main

EXPECTED = {("phi", "care"): 8, ("phi", "ids"): 8, ("phi", "lang"): 8, ("phi", "lists"): 7,
            ("phi", "names"): 8, ("phi", "self"): 7, ("phi", "struct"): 7,
            ("clean", "admin"): 7, ("clean", "lookalike"): 7, ("clean", "news"): 6,
            ("clean", "staff"): 7, ("clean", "training"): 6}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    counts = {}
    rows = []
    for label, kind, fn in REG:
        key = (label, kind)
        counts[key] = counts.get(key, 0) + 1
        name = "%s-%s-%03d.eml" % (label, kind, counts[key])
        m, patient = fn()
        with open(os.path.join(out, name), "wb") as fh:
            fh.write(m.as_bytes(policy=policy.SMTP))
        rows.append([name, label, kind, patient or ""])
    with open(os.path.join(out, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    assert counts == EXPECTED, counts
    for (label, kind), n in sorted(counts.items()):
        print("%s-%s: %d" % (label, kind, n))
    print("total: %d" % len(rows))


if __name__ == "__main__":
    main()
