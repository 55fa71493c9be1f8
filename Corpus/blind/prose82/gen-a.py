#!/usr/bin/env python3
"""Blind evaluation mail set: a dialysis provider (in-centre haemodialysis units,
home dialysis training, transplant referral coordination) and its billing office.

Everything here is invented.  Standard library only, deterministic.
Usage: python3 gen.py OUTDIR
"""
import csv
import datetime
import html as htmlmod
import io
import json
import os
import random
import struct
import sys
import zipfile
import zlib
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

SEED = 8201
random.seed(SEED)

OUT = sys.argv[1] if len(sys.argv) > 1 else "."
os.makedirs(OUT, exist_ok=True)

D = "kestrelrenal.com"

EXPECTED = [
    ("phi", "care", 8), ("phi", "ids", 8), ("phi", "lang", 8), ("phi", "lists", 7),
    ("phi", "names", 8), ("phi", "self", 7), ("phi", "struct", 7),
    ("clean", "admin", 7), ("clean", "lookalike", 7), ("clean", "news", 6),
    ("clean", "staff", 7), ("clean", "training", 6),
]

# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

def _tz(month, day):
    # US Eastern, rough DST window
    dst = (3 < month < 11) or (month == 3 and day >= 9) or (month == 11 and day < 3)
    return datetime.timezone(datetime.timedelta(hours=-4 if dst else -5))


def when(y, m, d, h=None, mi=None):
    if h is None:
        h = random.randint(7, 17)
    if mi is None:
        mi = random.randint(0, 59)
    return datetime.datetime(y, m, d, h, mi, random.randint(0, 59), tzinfo=_tz(m, d))


def later(dt, minutes):
    return dt + datetime.timedelta(minutes=minutes)


def msgid(addr):
    dom = addr.rsplit("@", 1)[-1].strip(" >")
    return "<%012x.%d@%s>" % (random.getrandbits(48), random.randint(100000, 999999), dom)


def A(name, email):
    if any(c in name for c in ',.()"'):
        return '"%s" <%s>' % (name.replace('"', ''), email)
    return "%s <%s>" % (name, email)


def on_wrote(dt, who):
    """Gmail/Apple style attribution line."""
    return "On %s, %s wrote:" % (dt.strftime("%a, %b %d, %Y at %I:%M %p").replace(" 0", " "), who)


def outlook_hdr(frm, sent, to, subject, cc=None):
    lines = ["-----Original Message-----", "From: " + frm,
             "Sent: " + sent.strftime("%A, %B %d, %Y %I:%M %p").replace(" 0", " "),
             "To: " + to]
    if cc:
        lines.append("Cc: " + cc)
    lines.append("Subject: " + subject)
    return "\n".join(lines)


def fwd_hdr(frm, sent, to, subject):
    return ("---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s"
            % (frm, sent.strftime("%a, %b %d, %Y at %I:%M %p").replace(" 0", " "), subject, to))


def q(text):
    return "\n".join(("> " + l) if l.strip() else ">" for l in text.strip("\n").splitlines())


def to_html(text, font="Calibri, Arial, sans-serif"):
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = [htmlmod.escape(l) for l in para.splitlines()]
        if all(l.startswith("&gt;") for l in lines if l):
            inner = "<br>\n".join(l[4:].lstrip() if l.startswith("&gt;") else l for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % inner)
        else:
            out.append("<p>%s</p>" % "<br>\n".join(lines))
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:%s;font-size:11pt">\n%s\n</body></html>'
            % (font, "\n".join(out)))


def mk(frm, to, subject, body, date, cc=None, html=None, atts=(), reply_to_id=None,
       headers=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to if isinstance(to, str) else ", ".join(to)
    if cc:
        m["Cc"] = cc if isinstance(cc, str) else ", ".join(cc)
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid(frm.split("<")[-1] if "<" in frm else frm)
    if reply_to_id:
        m["In-Reply-To"] = reply_to_id
        m["References"] = reply_to_id
    for k, v in (headers or {}).items():
        m[k] = v
    m.set_content(body)
    if html is True:
        html = to_html(body)
    if html:
        m.add_alternative(html, subtype="html")
    for fn, data, ctype in atts:
        maint, sub = ctype.split("/")
        if isinstance(data, str) and maint == "text":
            m.add_attachment(data, subtype=sub, filename=fn)
        else:
            if isinstance(data, str):
                data = data.encode("utf-8")
            m.add_attachment(data, maintype=maint, subtype=sub, filename=fn)
    return m


def rid(domain):
    return "<%012x.%d@%s>" % (random.getrandbits(48), random.randint(100000, 999999), domain)


ROWS = []
COUNT = {}


def save(label, kind, msg, patient=""):
    COUNT[(label, kind)] = COUNT.get((label, kind), 0) + 1
    fn = "%s-%s-%03d.eml" % (label, kind, COUNT[(label, kind)])
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(msg.as_bytes(policy=policy.SMTP))
    ROWS.append((fn, label, kind, patient))


# ---- attachment builders --------------------------------------------------

def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 2, 8, 0, 0))
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


def xlsx(rows, sheet="Sheet1"):
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    out = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (_col(c), r)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                             % (ref, htmlmod.escape(str(v), quote=False)))
        out.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>' % (ns, "".join(out)))
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
          '<workbook xmlns="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % (ns, htmlmod.escape(sheet)))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet_xml)])


def docx(paragraphs):
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    ps = []
    for p in paragraphs:
        bold = p.startswith("**")
        t = htmlmod.escape(p.strip("*"), quote=False)
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        ps.append('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, t))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="%s"><w:body>%s<w:sectPr/></w:body></w:document>' % (w, "".join(ps)))
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


def pdf(lines, size=10):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    body = "BT /F1 %d Tf 54 750 Td %d TL\n" % (size, size + 4)
    body += "".join("(%s) Tj T*\n" % esc(l) for l in lines) + "ET"
    stream = body.encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def png(w, h, fn):
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            raw.extend(fn(x, y))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def logo_png():
    # teal badge with a white diagonal wing and a small circle: the "Kestrel" mark
    def px(x, y):
        cx, cy = 30, 30
        if (x - cx) ** 2 + (y - cy) ** 2 <= 36:
            return (255, 255, 255)
        if 50 <= x <= 170 and abs((y - 48) - (x - 50) * -0.25) < 4:
            return (255, 255, 255)
        return (18, 110, 118)
    return png(180, 60, px)


def scan_png():
    # near-white page with a faint grey frame, like a blank scanner page
    def px(x, y):
        if x < 3 or y < 3 or x > 196 or y > 256:
            return (205, 205, 205)
        return (250, 250, 248)
    return png(200, 260, px)


def ics(uid, start, end, summary, location, organizer, attendees, desc):
    fmt = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
             "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VTIMEZONE", "TZID:Eastern Standard Time",
             "BEGIN:STANDARD", "DTSTART:16011104T020000", "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11",
             "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "END:STANDARD", "BEGIN:DAYLIGHT",
             "DTSTART:16010311T020000", "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3",
             "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "END:DAYLIGHT", "END:VTIMEZONE",
             "BEGIN:VEVENT", "UID:" + uid,
             "DTSTAMP:" + start.strftime(fmt) + "Z",
             "DTSTART;TZID=Eastern Standard Time:" + start.strftime(fmt),
             "DTEND;TZID=Eastern Standard Time:" + end.strftime(fmt),
             "SUMMARY:" + summary, "LOCATION:" + location,
             "ORGANIZER;CN=%s:mailto:%s" % organizer]
    for cn, em in attendees:
        lines.append("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s" % (cn, em))
    lines += ["DESCRIPTION:" + desc.replace("\n", "\\n"), "STATUS:CONFIRMED", "SEQUENCE:0",
              "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


# --------------------------------------------------------------------------
# people & boilerplate
# --------------------------------------------------------------------------

def staff(name, user, title, unit="", phone=""):
    email = "%s@%s" % (user, D)
    sig = name + ("\n" + title if title else "")
    sig += "\nKestrel Renal Care" + (" | " + unit if unit else "")
    if phone:
        sig += "\n" + phone
    return {"name": name, "email": email, "addr": A(name, email), "sig": sig, "first": name.split()[0]}


DANA = staff("Dana Whitcombe", "dwhitcombe", "RN, BSN, CNN | Clinic Manager", "Ashford Dialysis Center",
             "o (330) 555-0140 x201 | c (330) 555-0191 | f (330) 555-0149")
LUIS = staff("Luis Echeverria", "lecheverria", "RN, Charge Nurse", "Pell Street Dialysis",
             "(330) 555-0160 x4 | fax (330) 555-0169")
PRIYA = staff("Priya Raman", "praman", "MSW, LSW | Social Worker", "Ashford & Pell Street",
              "(330) 555-0140 x212 | fax (330) 555-0149")
TOMASZ = staff("Tomasz Nowicki", "tnowicki", "MS, RD, LD | Renal Dietitian", "Pell Street / Drummond Park",
               "(330) 555-0160 x215")
GLORIA = staff("Gloria Ampofo", "gampofo", "RN, CNN | PD Training Nurse", "Home Therapies Center",
               "Home Therapies (330) 555-0150 | 24h on-call (330) 555-0159")
KEVIN = staff("Kevin Strand", "kstrand", "RN | Home Hemodialysis Nurse", "Home Therapies Center",
              "(330) 555-0150 x3")
MIREILLE = staff("Mireille Joseph", "mjoseph", "Transplant Referral Coordinator", "Ashford / Pell / Drummond",
                 "(330) 555-0145 | fax (330) 555-0146")
RENEE = staff("Renee Castellano", "rcastellano", "Billing Specialist II, CRCS", "Revenue Cycle Office",
              "400 Commerce Pkwy, Suite 210, Ashford | (330) 555-0188 x32")
MARCUS = staff("Marcus Oyelaran", "moyelaran", "Revenue Cycle Manager", "Revenue Cycle Office",
               "(330) 555-0188 x10 | fax (330) 555-0189")
JENNY = staff("Jenny Tran", "jtran", "Admissions & Insurance Coordinator", "Revenue Cycle Office",
              "(330) 555-0188 x21")
OLGA = staff("Olga Petrenko", "opetrenko", "RN", "Pell Street Dialysis", "(330) 555-0160")
ROSA = staff("Rosa Delgado", "rdelgado", "Patient Scheduling & Transient Coordinator", "Kestrel Renal Care",
             "(330) 555-0140 x230 | fax (330) 555-0148")
BETH = staff("Beth Kowalczyk", "bkowalczyk", "RN | Quality & Infection Prevention Coordinator", "Clinical Services",
             "(330) 555-0140 x240")
FARAH = staff("Farah Haddad", "fhaddad", "Biomedical Technician II, CBET", "Technical Services",
              "c (330) 555-0193")
CARLA = staff("Carla Mendes", "cmendes", "Unit Secretary", "Drummond Park Dialysis", "(330) 555-0170")
RAMON = staff("Ramon Villanueva", "rvillanueva", "Facility Administrator", "Drummond Park Dialysis",
              "(330) 555-0170 x100")
TED = staff("Teodoro Aquino", "taquino", "PCT, CCHT", "Pell Street Dialysis", "")
JOSIE = staff("Josefina Santos", "jsantos", "RN", "Pell Street Dialysis", "")
BAO = staff("Bao Nguyen", "bnguyen", "PCT, CCHT", "Ashford Dialysis Center", "")
ABDI = staff("Abdi Warsame", "awarsame", "PCT", "Drummond Park Dialysis", "")
NINA = staff("Nina Halloran", "nhalloran", "RN, MSN | Director, Home Therapies", "Home Therapies Center",
             "(330) 555-0150 x1")
GRANT = staff("Grant Ebersole", "gebersole", "Regional Director of Operations", "Kestrel Renal Care",
              "(330) 555-0100 x5")
SUNHEE = staff("Sun-hee Park", "spark", "PCT", "Ashford Dialysis Center", "")

KULK = {"name": "Anand Kulkarni, MD", "email": "akulkarni@hvnephro.com",
        "addr": A("Anand Kulkarni", "akulkarni@hvnephro.com")}
FAIR = {"name": "Helen Fairweather, MD", "email": "hfairweather@hvnephro.com",
        "addr": A("Helen Fairweather", "hfairweather@hvnephro.com")}

DISC = ("CONFIDENTIALITY NOTICE: This message, including any attachments, is for the sole use of the "
        "intended recipient(s) and may contain confidential and privileged information. Any unauthorized "
        "review, use, disclosure or distribution is prohibited. If you are not the intended recipient, "
        "please contact the sender by reply e-mail and destroy all copies of the original message.")
DISC_SHORT = "This email may contain confidential information. If received in error please notify the sender and delete."


# ==========================================================================
# PHI / care
# ==========================================================================

def care():
    # 001 - ride change, reply from transport dispatch quoting the social worker
    d0 = when(2025, 1, 9, 10, 12)
    orig = """Hi Marisol,

Can we move Ernest Mayfield's pickup to 5:15 am starting Monday 1/13? He's moving from 2nd shift to 1st shift MWF at Ashford, chair time 5:45. Return pickup would be around 10:00, the unit will call when he's off.

He's at 418 Alder Ct, Apt 3 (side entrance, the front steps are icy). He uses a wheelchair now so he'll need the lift van, not the sedan. His niece Tanya is the contact if he doesn't answer, (330) 555-0186.

Trip auth through his plan should already cover 3x/week - let me know if you need a new form.

Thanks!
Priya

""" + PRIYA["sig"]
    body = """Hi Priya - done. Lift van booked M/W/F 5:15 pickup starting 1/13, standing return at 10:00 with will-call if he runs long. Driver notes updated re side entrance.

Auth on file is good thru 3/31, no new form needed till then.

Marisol Quintero
Dispatch Lead | CareCab Rides
(330) 555-0122 | dispatch@carecabrides.com

""" + on_wrote(d0, PRIYA["addr"]) + "\n" + q(orig)
    m = mk(A("Marisol Quintero", "dispatch@carecabrides.com"), PRIYA["addr"],
           "RE: Pickup change starting Mon 1/13 - Ashford 1st shift", body, later(d0, 47),
           cc=DANA["addr"], reply_to_id=rid(D))
    save("phi", "care", m, "Ernest Mayfield")

    # 002 - daughter's worry, manager replies (html alternative)
    d0 = when(2024, 11, 18, 21, 4)
    orig = """Hello,

I'm not sure who the right person is so I'm sending this to the general email. My mother Beatrice Lindqvist comes Tues/Thurs/Sat mornings. The last couple of weeks she's been wiped out after treatment - falls asleep in the car before we're out of the parking lot and then doesn't want dinner at all. She says she's fine but she's not herself.

Also Saturday night the bandage on her left arm bled through onto her sweater. We held pressure and it stopped but it scared us.

Is it ok if I sit with her for the first hour on Thursday? I'd like to talk to someone about all this.

Thank you,
Annika Lindqvist-Moore
(330) 555-0133"""
    body = """Hi Annika,

Thank you for writing, and I'm glad you reached out. Yes, you're welcome to sit with your mom on Thursday - just check in at the front desk and we'll bring a chair over. Bao is usually her tech on Thursdays, and I'll be on the floor as well.

I've asked our dietitian Tomasz to stop by her chair Thursday to go over what she's eating, and I'll have the nurse look at the needle sites and check how much fluid we've been taking off. We may need to adjust her target weight.

If the arm ever bleeds again at home, hold firm pressure with clean gauze for 10 minutes without peeking. If it doesn't stop after 20 minutes, call 911. You can also call the unit or our after-hours line at (330) 555-0159.

See you Thursday,
Dana

""" + DANA["sig"] + "\n\n" + on_wrote(d0, "Annika Lindqvist-Moore <annika.lm@postmeadow.net>") + "\n" + q(orig) + "\n\n" + DISC
    m = mk(DANA["addr"], A("Annika Lindqvist-Moore", "annika.lm@postmeadow.net"),
           "Re: my mom - Beatrice Lindqvist (Tues/Thurs/Sat)", body, when(2024, 11, 19, 8, 33),
           cc="ashford@" + D, html=True, reply_to_id=rid("postmeadow.net"))
    save("phi", "care", m, "Beatrice Lindqvist")

    # 003 - home PD supply delivery reschedule
    body = """Hi Ridgeline team,

Please move Harold Voss's delivery from Wed 4/16 to Fri 4/18 - his wife Marlene says they won't be home Wednesday.

Ship his normal monthly order PLUS:
  - 1 extra case 2.5% 5L bags (he's been going through more since his fill volume went up)
  - 1 box cycler sets
  - 2 boxes of the blue minicaps

Leave in the garage, side door - driver notes have the code. If there's a problem call Marlene on her cell 330-555-0178, not the house phone.

Thank you,
Gloria

""" + GLORIA["sig"] + "\n\n" + DISC_SHORT
    m = mk(GLORIA["addr"], A("Ridgeline Home Delivery", "homeorders@ridgelinemed.com"),
           "Delivery reschedule - Harold Voss", body, when(2025, 4, 11), cc=NINA["addr"])
    save("phi", "care", m, "Harold Voss")

    # 004 - transient (guest) treatment packet, PDF attached
    pk = pdf([
        "KESTREL RENAL CARE - TRANSIENT PATIENT INFORMATION",
        "Home unit: Ashford Dialysis Center, 2200 Quarry Bend Rd, Ashford OH 44012",
        "Ph (330) 555-0140   Fax (330) 555-0148   Attending: Anand Kulkarni MD",
        "",
        "Patient: REYES-BRANDT, SOFIA M.         DOB: 03/27/1949     Sex: F",
        "Home address: 1120 Larchmere Blvd, Ashford OH 44012",
        "Phone: (330) 555-0137    Emergency contact: Lucia Brandt (daughter) (555) 014-2270",
        "Primary: Medicare A/B   MBI 8NC4-FD2-YJ19     Secondary: Keystone Senior Supplement G",
        "",
        "Requested dates: 07/08/2025 - 07/19/2025   Schedule: Tue/Thu/Sat, 2nd shift",
        "Modality: In-center HD   Access: L upper arm AVF, 15g needles, rope ladder",
        "EDW 61.5 kg   Avg IDWG 2.1 kg   Tx time 3h45m   Qb 400 Qd 600   Bath 2K/2.5Ca",
        "Heparin 2000u bolus, 500u/hr, stop 1h before end",
        "Hep B: HBsAg neg (05/06/2025), HBsAb 48 (immune)",
        "Last Kt/V 1.46 (06/03/2025)   Hgb 10.8   Alb 3.9",
        "Allergies: sulfa (rash), adhesive tape",
        "Meds in center: Mircera 75 mcg q4wk (last 06/24), Venofer 50 mg weekly",
        "",
        "Enclosed: H&P, last 3 run sheets, 3 mo labs, med list, CXR 01/2025, EKG 02/2025, PPD",
    ])
    body = """Good morning,

Please see the attached transient packet for Sofia Reyes-Brandt, requesting Tue/Thu/Sat 2nd shift at your unit 7/8 through 7/19 while she stays with her daughter. Her Medicare and supplement info are on page 1; we verified both this week.

A couple of non-medical notes: she uses a walker and is hard of hearing on the right side, so she does better if staff talk to her from her left. Her daughter will be driving her.

Let me know once chairs are confirmed and I'll call Sofia.

Thanks so much,
Rosa

""" + ROSA["sig"] + "\n\n" + DISC
    m = mk(ROSA["addr"], A("Lakeshore Kidney Center - Guest Services", "guestservices@lakeshorekidney.net"),
           "Transient request: S. Reyes-Brandt 7/8-7/19 - packet attached", body, when(2025, 6, 12),
           cc=DANA["addr"], atts=[("Reyes-Brandt_transient_packet.pdf", pk, "application/pdf")])
    save("phi", "care", m, "Sofia Reyes-Brandt")

    # 005 - quick refill ask
    body = """Hi Shauna - Tobias Grant (TTS 2nd shift Pell St) is down to about 4 days of his sevelamer, Walgreens on Lorain faxed you twice. Can Dr F sign today?

He's also asking for a new script for the lidocaine cream, he puts it on before his sticks.

thx
Olga

--
Olga Petrenko, RN
Pell Street Dialysis"""
    m = mk(OLGA["addr"], A("Shauna Pike", "spike@hvnephro.com"), "refill request", body,
           when(2025, 2, 25, 11, 2))
    save("phi", "care", m, "Tobias Grant")

    # 006 - monthly sera shipped to HLA lab
    body = """Hi all,

Monthly serum sample for Ruth Abernathy (DOB 09/14/1961) was drawn at Pell Street this morning - 2 red tops, spun and labeled per your instructions. Shipped FedEx Priority Overnight, tracking 7749 2210 8836. Requisition is in the box.

Kendra - Ruth asked me to check whether her dental clearance letter from Dr. Sato made it to you. Her dentist's office says they faxed it 3/2. If you don't have it I'll have her bring a paper copy to her next visit.

Thanks,
Mireille

""" + MIREILLE["sig"]
    m = mk(MIREILLE["addr"], "HLA Laboratory <hla.lab@marlowtransplant.org>",
           "Monthly sera - Ruth Abernathy - shipped today", body, when(2025, 3, 6, 13),
           cc=A("Kendra Boateng", "kboateng@marlowtransplant.org"))
    save("phi", "care", m, "Ruth Abernathy")

    # 007 - hospital discharge back to unit (Outlook thread)
    d0 = when(2025, 8, 19, 9, 41)
    orig = """Hi Deb,

Any update on Walter Ostrowski? We're holding his TTS 2nd shift chair but I need to know by tomorrow whether to give it to a transient next week.

Thanks,
Luis"""
    body = """Luis -

Walter is being discharged this afternoon. He'll resume with you Thursday on his regular 2nd shift. New med list and discharge summary faxed to 330-555-0169 at 1:40.

His wife Irene will drive him. He's still pretty weak so have a wheelchair ready at the door. He had HD here yesterday, 3.5 hrs, 2.4 kg off, no issues on the run.

Deb

Deborah Carrow, RN
Dialysis Liaison | St. Agnes Medical Center
(330) 555-0112 pager 4471

""" + outlook_hdr("Echeverria, Luis <lecheverria@kestrelrenal.com>", d0,
                  "Carrow, Deborah <dcarrow@stagnesmedical.org>", "Ostrowski return to unit") + "\n\n" + orig
    m = mk(A("Carrow, Deborah", "dcarrow@stagnesmedical.org"), LUIS["addr"], "RE: Ostrowski return to unit",
           body, later(d0, 300), cc="pellst.charge@" + D,
           headers={"X-MS-Has-Attach": "", "Thread-Topic": "Ostrowski return to unit"})
    save("phi", "care", m, "Walter Ostrowski")

    # 008 - missed treatments, social worker follows up
    d0 = when(2025, 5, 14, 15, 20)
    orig = """Priya,

Jamal Whitfield no-showed Mon and again today. I called his cell (330) 555-0117 twice, voicemail full. Called his emergency contact (brother, Dre) - no answer. Last Fri he signed off 45 min early, said he had a job interview.

Can you try to reach him / do a welfare check? Dr K is aware.

Luis"""
    body = """Got ahold of his brother this morning. Jamal's car died last week and he didn't know he could get rides through his plan - he was too embarrassed to call us. He's ok, a little swollen he says.

I set up CareCab for Fri pickup 10:15, he'll come 2nd shift Friday. Dr K wants him seen on the unit Fri so please flag the chart. I'll sit down with him Fri to do the transport paperwork and talk about the job schedule.

Priya

""" + on_wrote(d0, "Luis Echeverria") + "\n" + q(orig)
    m = mk(PRIYA["addr"], LUIS["addr"], "Re: Jamal - missed Mon & Wed", body, when(2025, 5, 15, 9, 5),
           cc=[DANA["addr"], "pellst.charge@" + D], reply_to_id=rid(D))
    save("phi", "care", m, "Jamal Whitfield")


# ==========================================================================
# PHI / ids
# ==========================================================================

def ids():
    # 001 - claim reconsideration, no name
    body = """Hello,

Requesting reprocessing of the claim below. Original was denied CARC 16 / RARC MA130 for a missing value code. The corrected claim (freq code 7) went out 12/18 through ClearPath with value code D5 (last Kt/V) added, but it is still showing denied on your portal as of today.

  Member ID:      BHP448201937
  Group:          0072451
  Orig claim #:   24318-0447219-00
  DOS:            11/01/2024 - 11/30/2024
  TOB:            721
  Rev 0821 x 13 / 0636 x 4
  Billed:         $5,213.00

Please advise whether the replacement claim was received or whether you need it on paper with a reconsideration form.

Thank you,
Renee

""" + RENEE["sig"] + "\n\n" + DISC
    m = mk(RENEE["addr"], A("Bluestem Provider Services", "provider.services@bluestemhp.com"),
           "Reconsideration - Claim 24318-0447219-00", body, when(2025, 1, 7, 10))
    save("phi", "ids", m, "")

    # 002 - MSP / coordination period question
    body = """Marcus,

New start admitted at Drummond Park 2/3. First dialysis was 1/27 inpatient at St. Agnes.

MBI 5KW2-HT7-RA63, DOB 02/11/1957. He's on his wife's group plan through Tri-County Schools (well over 20 employees) so I think we're in the 30-month coordination period with Bluestem primary and Medicare secondary once his entitlement kicks in. 2728 was signed 2/5.

He said he might be interested in home training later in the spring - does that change when Medicare starts if he trains before the 3rd month? I remember there's an exception but not the details.

Can you confirm before I build him in the system as Bluestem primary? Mr. W's wife is coming in Thurs with the cards.

Jenny"""
    m = mk(JENNY["addr"], MARCUS["addr"], "COB question - new admit 2/3 Drummond", body, when(2025, 2, 6, 14))
    save("phi", "ids", m, "")

    # 003 - lab critical value auto-notification, forwarded
    d0 = when(2025, 6, 10, 14, 12)
    auto = """*** CRITICAL VALUE NOTIFICATION ***

Client:        Kestrel Renal Care - Pell Street (Acct 88-20417)
Patient ID:    KR0048817
Initials:      R.T.   Sex: M   Age: 67
Accession:     SRL25-161-04472
Collected:     06/10/2025 06:42
Received:      06/10/2025 11:58

Test                 Result    Flag   Ref Range      Units
Potassium            6.9       HH     3.5 - 5.1      mmol/L
  (specimen not hemolyzed)

Called to:     L. ECHEVERRIA RN   06/10/2025 14:12   Read-back verified
Called by:     T. OKONKWO MLS

This is an automated message from Sentinel Renal Laboratory. Do not reply to this address.
Client Services (800) 555-0175"""
    body = """Dr K - FYI on the critical below. Pt was already off the machine at 10:30 (pre-dialysis draw). I reached him at home at 14:20, he says he feels ok, no palpitations, ate a lot of tomatoes/oranges over the weekend. Told him to go to St Agnes ED for a recheck + EKG and he agreed, wife is driving. I called the ED charge RN too.

Do you want a 2K bath added for Thursday or wait for the ED value?

Luis

""" + fwd_hdr("Sentinel Renal Lab Results <noreply@sentinelrenallab.com>", d0,
              "pellst.nurses@kestrelrenal.com", "CRITICAL VALUE NOTIFICATION - Acct 88-20417 - Pell Street") + "\n\n" + auto
    m = mk(LUIS["addr"], KULK["addr"], "Fwd: CRITICAL VALUE NOTIFICATION - Acct 88-20417 - Pell Street", body,
           later(d0, 21), cc=OLGA["addr"])
    save("phi", "ids", m, "")

    # 004 - transplant centre asks for missing referral items
    body = """Hi Mireille,

Still waiting on a few items for referral TR-24-0612 (DOB 07/22/1969) before we can put her in an evaluation class:

  1. CMS-2728
  2. Hepatitis B, hepatitis C and HIV results within the last 12 months
  3. Last 3 months of monthly labs
  4. Chest x-ray report (within 1 year)

Her insurance approved the evaluation on 11/4 (auth 6610-28841). Once we have the above, our scheduler will call her directly with a class date - we have openings the 2nd and 4th Wednesday of December.

Thanks!
Kendra

Kendra Boateng, RN, CCTC
Pre-Transplant Coordinator, Kidney & Pancreas Program
Marlow University Transplant Center
p (555) 014-3300 x6 | f (555) 014-3309

The information in this email is intended only for the recipient and may be privileged. If you have received it in error, notify the sender immediately."""
    m = mk(A("Kendra Boateng", "kboateng@marlowtransplant.org"), MIREILLE["addr"],
           "Referral TR-24-0612 - missing items", body, when(2024, 11, 13))
    save("phi", "ids", m, "")

    # 005 - front-desk payment, billing reply
    d0 = when(2025, 5, 28, 9, 50)
    orig = """Renee, pt came in today and paid $250.00 cash toward her balance, receipt #D-1187. Acct 700284115. She says it's for the April statement (coinsurance). Pls apply + let me know if you need the receipt scanned.

She asked if she can do $100/mo on the rest, I told her you'd call her.

Carla"""
    body = """Applied to acct 700284115 today. Remaining balance is $612.48 for DOS 04/01-04/30/2025 (20% coinsurance, secondary denied - she doesn't have one on file anymore). $100/mo is fine, I'll mail the payment plan form and call her this afternoon.

Yes please scan the receipt to the Billing Docs folder.

Renee

""" + on_wrote(d0, CARLA["addr"]) + "\n" + q(orig)
    m = mk(RENEE["addr"], CARLA["addr"], "Re: pmt at front desk - acct 700284115", body, later(d0, 95),
           reply_to_id=rid(D))
    save("phi", "ids", m, "")

    # 006 - Medicaid NEMT authorization notice
    body = """CARDINAL CARE MEDICAID - TRANSPORTATION AUTHORIZATION NOTICE

This notice confirms that the following transportation request has been APPROVED.

Reference #:        NEMT-25-0093314
Member Medicaid ID: 88120459B
Member DOB:         05/30/1983
Service:            Wheelchair van, round trip
Frequency:          3x weekly (Mon/Wed/Fri)
Origin:             Member residence on file
Destination:        Kestrel Renal Care - Drummond Park Dialysis, 915 Drummond Ave
Appointment type:   Outpatient hemodialysis
Effective:          04/01/2025 - 09/30/2025
Trips authorized:   156
Assigned vendor:    CareCab Rides (Vendor ID 30-11872)

Requested by: Priya Raman, MSW (Kestrel Renal Care)

Changes to pickup times must be made by calling the vendor at least 2 business days in advance. To add trips outside this schedule, submit a new request through the provider portal.

Please do not reply to this message. Cardinal Care Provider Line: 1-800-555-0161, option 4.
"""
    m = mk("Cardinal Care NEMT Authorizations <nemt.auth@cardinalmcd.net>", PRIYA["addr"],
           "Authorization Approved - Ref NEMT-25-0093314", body, when(2025, 3, 27, 16, 3),
           headers={"Auto-Submitted": "auto-generated"})
    save("phi", "ids", m, "")

    # 007 - Medigap crossover with SSN
    body = """Hello,

Our Medicare crossover claims for the insured below are not being picked up by your plan. Medicare has paid, the MSNs show "claim forwarded to supplemental insurer", but we have nothing from you after 60+ days.

  Policy #:   KS-4471902 (Plan G)
  SSN:        512-66-0938
  DOB:        11/03/1948
  DOS:        01/01/2025-01/31/2025, 02/01/2025-02/28/2025, 03/01/2025-03/31/2025
  TOB 721 (outpatient ESRD), provider NPI 1295837460

Can you confirm whether the crossover agreement is active for this policy, or should we bill you directly with the Medicare remits attached? If direct, please send the paper claims address for Plan G.

Thank you,

Marcus Oyelaran
Revenue Cycle Manager | Kestrel Renal Care
(330) 555-0188 x10 | fax (330) 555-0189

""" + DISC
    m = mk(MARCUS["addr"], A("Keystone Claims Intake", "claims@keystonesupp.com"),
           "Secondary claims not crossing over - policy KS-4471902", body, when(2025, 5, 20, 11))
    save("phi", "ids", m, "")

    # 008 - state renal assistance renewal, docx attached
    dx = docx([
        "**Tri-State Renal Assistance Fund - Annual Renewal**",
        "Case number: SKP-2025-00731",
        "Client initials: D.M.     DOB: 10/02/1966",
        "Dialysis facility: Kestrel Renal Care - Home Therapies Center",
        "Modality: Home peritoneal dialysis (CCPD) since 02/10/2025; in-center HD prior",
        "Coverage: Medicare A/B (ESRD), Part D - Meridian Rx Basic ($48.30/mo)",
        "Household size: 2     Monthly income: SSDI $1,412.00",
        "Assistance requested: Part D premium, phosphate binder copays",
        "Social worker: Priya Raman, MSW, LSW   Phone (330) 555-0140 x212",
        "Signature on file: yes (04/22/2025)",
    ])
    body = """Hello,

Attached is the renewal for case SKP-2025-00731. Her current enrollment expires 6/30.

Since the last renewal she switched from in-center to home PD (February) and her Part D premium went up, so I've updated the assistance request. SSDI award letter for 2025 will follow by fax - she's bringing it to clinic Tuesday.

Please let me know if anything else is needed.

Priya

""" + PRIYA["sig"]
    m = mk(PRIYA["addr"], "Tri-State Renal Assistance Fund <cases@rafund.org>",
           "Renewal - case SKP-2025-00731", body, when(2025, 4, 24),
           atts=[("SKP-2025-00731_renewal.docx", dx,
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
    save("phi", "ids", m, "")


# ==========================================================================
# PHI / lang
# ==========================================================================

def lang():
    # 001 - Spanish, son about father's transport
    body = """Buenas tardes señora Priya,

Le escribo porque mi papá, Rigoberto Cárdenas, otra vez se quedó esperando el transporte el lunes. Lo recogieron a las 7:40 y su turno en la clínica de Pell Street es a las 6:30, así que le cortaron la diálisis casi una hora. El viernes pasó lo mismo.

Él no maneja y yo trabajo en la mañana, no lo puedo llevar. ¿Se puede cambiar la compañía de transporte o pasarlo al segundo turno? Mi mamá dice que llega muy cansado y con los pies hinchados cuando no termina sus cuatro horas.

Su fecha de nacimiento es 14/03/1951 por si la necesita. Mi teléfono es (330) 555-0123, mejor después de las 3.

Gracias por todo,
Julio Cárdenas

Enviado desde mi iPhone"""
    m = mk(A("Julio Cárdenas", "julio.cardenas77@inboxly.com"), PRIYA["addr"],
           "Transporte para mi papá - Sr. Rigoberto Cárdenas", body, when(2025, 2, 11, 15, 48))
    save("phi", "lang", m, "Rigoberto Cárdenas")

    # 002 - Vietnamese, daughter to Vietnamese-speaking tech
    body = """Chào anh Bảo,

Em là Lan, con gái của bác Phạm Văn Hùng (chạy thận thứ Hai - Tư - Sáu, ca sáng ở Ashford). Ba em muốn hỏi tuần Tết (từ 27/1 đến 1/2) ba có thể đổi sang lịch Ba - Năm - Bảy được không, vì thứ Hai nhà em có đám giỗ ông nội ở Cleveland.

Với lại dạo này ba hay bị chuột rút ở chân vào giờ cuối, ba ngại không dám nói với y tá. Anh nói giúp với cô y tá được không ạ? Tuần trước ba về nhà chân còn đau tới tối.

Ba em cũng sắp hết thuốc gắn phốt-pho (uống lúc ăn cơm), bác sĩ đã gửi toa mới qua nhà thuốc chưa anh?

Cảm ơn anh nhiều.
Lan
(330) 555-0198"""
    m = mk(A("Phạm Thị Lan", "lanpham.nails@kmail-example.com"), BAO["addr"],
           "Lịch chạy thận của ba em tuần Tết", body, when(2025, 1, 14, 20, 17))
    save("phi", "lang", m, "Phạm Văn Hùng")

    # 003 - Haitian Creole, coordinator to patient's wife
    body = """Bonjou Madan Étienne,

Se Mireille Joseph, kowòdonatè transplantasyon nan Kestrel Renal. Mwen te pale ak biwo transplantasyon Marlow la jodi a. Yo bay Jean-Robert randevou pou evalyasyon an madi 18 mas, a 8è nan maten, nan 3yèm etaj bilding Weller la.

Tanpri pote:
- kat asirans li (Medicare ak Cardinal Care)
- lis tout medikaman li pran
- rezilta kolonoskopi li te fè an janvye a

Li pa dwe manje ni bwè anyen apre minwi paske y ap fè analiz san. Kòm li pap ka fè dyaliz madi maten an, nou deplase tretman li pou lendi 17 mas, nan 2yèm shift la. Luis ap rele l pou konfime lè a.

Si w gen nenpòt kesyon, rele m nan (330) 555-0145.

Mèsi anpil, e bon kouraj,
Mireille

""" + MIREILLE["sig"]
    m = mk(MIREILLE["addr"], A("Marie-Claude Étienne", "mc.etienne@postmeadow.net"),
           "Randevou evalyasyon transplantasyon Jean-Robert - 18 mas", body, when(2025, 3, 5, 16),
           cc=LUIS["addr"])
    save("phi", "lang", m, "Jean-Robert Étienne")

    # 004 - Russian, daughter to billing about mother's statement, scan attached
    body = """Здравствуйте!

Моя мама, Соколова Валентина Петровна (дата рождения 22.08.1944), получила от вас счёт на $1 186,40 за диализ в марте. Номер счёта 700311562. У неё Medicare и дополнительная страховка Keystone (план G), раньше таких счетов никогда не приходило.

Мама очень переживает и плохо говорит по-английски, поэтому пишу я. Проверьте, пожалуйста, отправили ли вы счёт во вторую страховку? Скан её карточки прикладываю (если плохо видно — могу привезти оригинал во вторник, она ходит на диализ вт/чт/сб в Pell Street).

Заранее спасибо,
Елена Соколова
тел. (330) 555-0174"""
    m = mk(A("Елена Соколова", "e.sokolova@postmeadow.net"), "Kestrel Billing <billing@kestrelrenal.com>",
           "Счёт за диализ - Соколова В.П.", body, when(2025, 4, 29, 19, 2),
           atts=[("scan_0429.png", scan_png(), "image/png")])
    save("phi", "lang", m, "Валентина Петровна Соколова")

    # 005 - Tagalog / Taglish endorsement between staff
    body = """Ate Jo,

Pasensya na, nakalimutan kong i-endorse kanina bago ako umalis. Si Mrs. Remedios Dizon (chair 7, TTS 1st shift) - bumaba ang BP niya sa 82/50 mga 3rd hour, binigyan ko ng NS bolus 200 mL at binaba namin ni Luis ang UF goal. Okay na siya pag-uwi pero medyo nahihilo pa rin daw. Sabi ng anak niya hindi raw siya nag-almusal bago dumating.

Paki-check mo ulit ang dry weight niya sa Huwebes, baka kailangan na i-adjust ni Dr. K. Nasa run sheet lahat pati yung vitals.

Salamat po!
Ted

Sent from my Galaxy"""
    m = mk(TED["addr"], JOSIE["addr"], "endorse - Mrs Dizon", body, when(2025, 9, 23, 18, 41))
    save("phi", "lang", m, "Remedios Dizon")

    # 006 - Arabic, patient asks about Ramadan schedule
    body = """السلام عليكم ورحمة الله،

أنا خالد المنصور، أغسل الكلى في مركز دروموند بارك أيام الاثنين والأربعاء والجمعة في الفترة الثانية. مع اقتراب شهر رمضان أرجو نقلي إلى الفترة المسائية إن أمكن، لأنني أريد أن أصوم في الأيام التي لا أغسل فيها إذا سمحت الدكتورة.

الدكتورة فيرويذر قالت لي أن أسأل أخصائي التغذية عن الأكل في السحور والإفطار بسبب البوتاسيوم والسوائل، وخاصة التمر. هل يمكن أن يتصل بي السيد توماس هذا الأسبوع؟

رقم هاتفي: (330) 555-0131

شكراً جزيلاً لكم،
خالد المنصور"""
    m = mk(A("Khalid Al-Mansour", "k.almansour@inboxly.com"), "Drummond Park Dialysis <drummondpark@kestrelrenal.com>",
           "طلب تغيير موعد الغسيل في رمضان", body, when(2025, 2, 17, 12, 30), cc=TOMASZ["addr"])
    save("phi", "lang", m, "Khalid Al-Mansour")

    # 007 - Portuguese, wife of home PD patient; nurse forwards for translation
    d0 = when(2025, 7, 2, 7, 14)
    orig = """Olá enfermeira Gloria,

Aqui é a Fernanda, esposa do Joaquim Ferreira da Silva. Ontem à noite a cicladora apitou várias vezes com "drenagem baixa" e o Joaquim quase não dormiu. Hoje de manhã o líquido que saiu estava meio turvo e ele está com dor na barriga, mas sem febre (36,8).

A senhora acha que precisamos ir à clínica hoje? Eu guardei a bolsa como a senhora ensinou no treinamento.

Também queria confirmar a entrega das caixas de solução na sexta, porque só temos bolsas para mais três dias.

Obrigada,
Fernanda
(330) 555-0152"""
    body = """Carla - can you read this and call her back right away? I think she's saying the fluid is cloudy. She needs to come in this morning with the bag. I'm paging Dr K now. Thank you!!

G

""" + fwd_hdr("Fernanda Ferreira <fernanda.fsilva@kmail-example.com>", d0, "Gloria Ampofo <gampofo@kestrelrenal.com>",
              "Joaquim - máquina e líquido") + "\n\n" + orig
    m = mk(GLORIA["addr"], CARLA["addr"], "Fwd: Joaquim - máquina e líquido", body, later(d0, 38),
           cc=NINA["addr"])
    save("phi", "lang", m, "Joaquim Ferreira da Silva")

    # 008 - Simplified Chinese, son to transplant coordinator
    body = """Joseph女士您好：

我是陈国华的儿子陈伟。我父亲在Ashford透析中心做血液透析（每周二、四、六上午）。上个月Marlow移植中心说他的心脏负荷超声需要重新做，但到现在还没有人联系我们预约。

另外，我母亲愿意做活体捐肾者，请问她应该打哪个电话报名？她的血型也是O型。

我父亲英语不太好，有消息的话麻烦先打我的电话：(330) 555-0166。

谢谢！
陈伟

发自我的手机"""
    m = mk(A("陈伟", "wei.chen.88@kmail-example.com"), MIREILLE["addr"], "关于我父亲陈国华的肾移植评估",
           body, when(2025, 10, 8, 21, 55))
    save("phi", "lang", m, "陈国华")


# ==========================================================================
# PHI / lists
# ==========================================================================

def lists():
    # 001 - chair assignments, aligned with spaces
    body = """Team,

Updated TTS 2nd shift for the week of 3/10. Changes marked with *. Transient in chair 11 Tue/Thu only. Please don't move anyone without telling me, the ride schedules are built off this.

Chair  Patient                  Start   Notes
-----  -----------------------  -----   ------------------------------------
  1    Hollis, Arthur           11:00
  2    Okonjo, Grace            11:00   wheelchair, needs Hoyer for scale
  3*   Marchetti, Lou           11:15   moved from 1st shift (work)
  4    Reardon, Phyllis         11:15   recheck EDW Thurs per Dr K
  5    Baptiste, Claudette      11:30
  6    Vang, Tou                11:30   interpreter (Hmong) Tue
  7*   Szymanski, Helen         11:45   new start 3/11 - orientation packet
  8    Pruitt, Dwayne           11:45   catheter (R IJ), no needles
  9    Albright, Noreen         12:00
 10    Kamara, Ibrahim          12:00   leaves 15 min early Sat for work
 11*   Lindgren, Paul           12:00   TRANSIENT 3/11, 3/13 only
 12    Esposito, Carmine        12:15   fall risk - escort to scale

Open: chair 13 (Sat only)

Rosa

""" + ROSA["sig"]
    m = mk(ROSA["addr"], "pellst.staff@" + D, "Pell St chair assignments wk of 3/10 - changes marked", body,
           when(2025, 3, 6, 15), cc=[LUIS["addr"], PRIYA["addr"]])
    save("phi", "lists", m, "Arthur Hollis; Grace Okonjo; Lou Marchetti; Phyllis Reardon; Claudette Baptiste; Tou Vang; Helen Szymanski; Dwayne Pruitt; Noreen Albright; Ibrahim Kamara; Paul Lindgren; Carmine Esposito")

    # 002 - QAPI outliers, pipe table, html too
    rows = [
        ("Patient", "MRN", "Hgb", "Kt/V", "Alb", "Phos", "PTH", "Plan"),
        ("Farrow, Lucille", "KR0041120", "8.9", "1.31", "3.4", "5.2", "412", "Mircera up to 150, r/o GI loss"),
        ("Greer, Thaddeus", "KR0039874", "11.4", "1.09", "3.8", "6.8", "688", "extend tx 30 min; access eval"),
        ("Nakamura, Joy", "KR0050331", "10.2", "1.48", "3.0", "4.1", "250", "RD: protein supplement bid"),
        ("Oduya, Samuel", "KR0046702", "9.6", "1.22", "3.6", "8.4", "1,120", "binder adherence, cinacalcet?"),
        ("Perales, Ana", "KR0052015", "12.3", "1.02", "3.9", "5.5", "301", "cath flow 250 -> tPA, IR referral"),
        ("Whitlock, Dolores", "KR0044389", "10.9", "1.18", "3.5", "7.1", "540", "fistulagram scheduled"),
    ]
    w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    table = "\n".join("| " + " | ".join(c.ljust(w[i]) for i, c in enumerate(r)) + " |" for r in rows)
    sep = "|" + "|".join("-" * (x + 2) for x in w) + "|"
    tl = table.splitlines()
    table = "\n".join([tl[0], sep] + tl[1:])
    body = """Hi all - February labs are final. Pell Street outliers for Thursday's QAPI below. Unit overall numbers will be in the slide deck.

""" + table + """

Dr K, can you look at Oduya before Thursday - 3rd month in a row over 1,000.

Thanks,
Beth

""" + BETH["sig"]
    hrows = "".join("<tr>%s</tr>" % "".join(("<th>%s</th>" if i == 0 else "<td>%s</td>") % htmlmod.escape(c) for c in r)
                    for i, r in enumerate(rows))
    html = ('<html><body style="font-family:Calibri,Arial;font-size:11pt"><p>Hi all - February labs are final. '
            'Pell Street outliers for Thursday\'s QAPI below. Unit overall numbers will be in the slide deck.</p>'
            '<table border="1" cellpadding="3" style="border-collapse:collapse">%s</table>'
            '<p>Dr K, can you look at Oduya before Thursday - 3rd month in a row over 1,000.</p>'
            '<p>Thanks,<br>Beth</p><p>%s</p></body></html>' % (hrows, BETH["sig"].replace("\n", "<br>")))
    m = mk(BETH["addr"], [DANA["addr"], LUIS["addr"], KULK["addr"], TOMASZ["addr"]],
           "Feb labs - Pell St pts outside target for QAPI Thurs", body, when(2025, 3, 4), html=html)
    save("phi", "lists", m, "; ".join(r[0] for r in rows[1:]))

    # 003 - transport roster CSV attachment
    buf = io.StringIO()
    wr = csv.writer(buf, lineterminator="\r\n")
    wr.writerow(["Last", "First", "DOB", "Address", "Phone", "Days", "Pickup", "Chair time", "Mobility", "Status"])
    data = [
        ("Al-Mansour", "Khalid", "08/19/1971", "62 Kestner Rd, Drummond OH 44099", "330-555-0131", "MWF", "10:30", "11:15", "ambulatory", ""),
        ("Bergstrom", "Ivy", "01/30/1940", "1455 Rolling Mill Dr #204, Drummond", "330-555-0109", "TTS", "05:10", "05:45", "walker", ""),
        ("Cotter", "Lyle", "12/12/1958", "9 Fenwick Ct, Drummond", "330-555-0114", "MWF", "05:00", "05:45", "wheelchair (lift)", "NEW 4/7"),
        ("Dunleavy", "Maureen", "04/04/1952", "300 Harbor View Apts #12, Ashford", "330-555-0128", "TTS", "10:15", "11:00", "ambulatory", ""),
        ("Estrada", "Benito", "09/21/1964", "77 Quill St, Drummond", "330-555-0103", "MWF", "14:45", "15:30", "cane", "NEW 4/7"),
        ("Fenn", "Orville", "06/06/1947", "2 Mill Pond Ln, Drummond", "330-555-0147", "TTS", "05:00", "05:45", "wheelchair (lift)", ""),
        ("Gutierrez", "Paloma", "11/15/1980", "418 Birch Hollow Rd, Drummond", "330-555-0158", "MWF", "10:30", "11:15", "ambulatory", "NEW 4/7"),
        ("Hartwell", "Everett", "03/09/1944", "1210 Saxon Ave, Drummond", "330-555-0195", "TTS", "14:30", "15:15", "walker", "REMOVE - transplanted"),
        ("Iqbal", "Sana", "07/27/1990", "55 Pinecrest Ter, Drummond", "330-555-0141", "MWF", "05:15", "06:00", "ambulatory", "REMOVE - moved to home PD"),
    ]
    for r in data:
        wr.writerow(r)
    body = """Marisol,

Attached is the updated standing ride list for Drummond Park, effective Monday 4/7. Three new riders and two to remove (see Status column). Everyone else is unchanged.

Mr. Cotter will need the lift van and someone to help him down the ramp - his wife says the ramp is steep.

Let me know if any of the new pickups don't work with your routes.

Rosa

""" + ROSA["sig"] + "\n\n" + DISC
    m = mk(ROSA["addr"], A("Marisol Quintero", "dispatch@carecabrides.com"),
           "Drummond Park standing rides - updated list eff 4/7", body, when(2025, 4, 2),
           cc=CARLA["addr"], atts=[("DrummondPark_standing_rides_2025-04-07.csv", buf.getvalue(), "text/csv")])
    save("phi", "lists", m, "; ".join(r[1] + " " + r[0] for r in data))

    # 004 - AR aging XLSX
    ar = [["Account", "Patient", "DOS", "Primary", "Secondary", "Pt Balance", "Last Stmt", "Days", "Notes"],
          ["700284115", "Kessler, Marianne", "04/2025", "Medicare", "none", 612.48, "05/05/2025", 94, "pmt plan $100/mo started"],
          ["700290047", "Ruiz, Fernando", "03/2025", "Bluestem PPO", "Medicare", 418.20, "04/03/2025", 126, "MSP - check COB, 30-mo period ends 6/25"],
          ["700301318", "Tully, Raymond", "03/2025", "Medicare", "Union supplemental", 1340.22, "04/03/2025", 126, "pt disputes - secondary never billed?"],
          ["700311562", "Sokolova, Valentina", "03/2025", "Medicare", "Keystone G", 1186.40, "04/03/2025", 126, "crossover issue, see Keystone ticket"],
          ["700266981", "Bright, Harlan", "02/2025", "Cardinal Medicaid", "", 75.00, "03/04/2025", 157, "copay - write off per policy?"],
          ["700279530", "Moua, Pa", "02/2025", "Medicare", "Medicaid QMB", 902.16, "03/04/2025", 157, "QMB - cannot bill pt, move to Medicaid"],
          ["700255104", "Castillo-Baker, Lorraine", "01/2025", "Bluestem HMO", "", 2250.00, "02/05/2025", 185, "termed 12/31? verify 271"],
          ["700248872", "Obi, Chinedu", "12/2024", "Self-pay", "", 3896.00, "01/06/2025", 215, "charity app sent 1/15, not returned"]]
    body = """Renee, Jenny -

Attached is the patient-responsibility aging > 90 days as of 6/30. Please work these before month-end close. A few are clearly our problem (Sokolova and Tully - secondary never crossed over, and Moua is QMB so the balance should never have gone to her).

For Obi, call once more about the charity care application, then we can discuss.

Thx,
Marcus"""
    m = mk(MARCUS["addr"], [RENEE["addr"], JENNY["addr"]], "Pt resp AR >90 days - please work before close", body,
           when(2025, 7, 1, 8), atts=[("PtResp_AR_over90_2025-06-30.xlsx", xlsx(ar, "AR>90"),
                                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
    save("phi", "lists", m, "; ".join(r[1] for r in ar[1:]))

    # 005 - transplant referral status, "Name - DOB - status" lines
    body = """Dr. Kulkarni, Dana,

Quarterly transplant status for Ashford before the IDT meeting. Anything in red on the unit whiteboard should match this.

ACTIVE ON WAITLIST (Marlow)
- Ruth Abernathy - 09/14/1961 - active since 11/2023, monthly sera going out
- Jean-Robert Etienne - 06/30/1966 - listed 5/2025, status 1
- Chen Guohua - 02/18/1959 - active, living donor (wife) being worked up

EVALUATION IN PROGRESS
- Curtis Langford - 04/02/1975 - eval 5/14, needs repeat stress echo + colonoscopy report
- Desmond Achterberg - 12/09/1970 - CCD sent 6/3, waiting on class date
- Norma Villalobos - 08/25/1963 - dental clearance outstanding

REFERRED, NOT YET SEEN
- Tyrell Banks - 01/11/1988 - referral faxed 5/28, insurance auth pending (Cardinal)
- Harriet Quinlan - 10/17/1955 - pt undecided, wants to talk to Dr K first

INACTIVE / ON HOLD
- Everett Hartwell - 03/09/1944 - TRANSPLANTED 3/30 at Marlow, remove from census
- Lucille Farrow - 07/01/1950 - on hold, BMI 42 (needs < 40 per Marlow), RD following

Total: 10 (3 active, 3 in eval, 2 referred, 2 inactive)

Mireille

""" + MIREILLE["sig"]
    m = mk(MIREILLE["addr"], [KULK["addr"], DANA["addr"]], "Transplant referral status - Ashford, Q2", body,
           when(2025, 6, 16, 14))
    save("phi", "lists", m, "Ruth Abernathy; Jean-Robert Etienne; Chen Guohua; Curtis Langford; Desmond Achterberg; Norma Villalobos; Tyrell Banks; Harriet Quinlan; Everett Hartwell; Lucille Farrow")

    # 006 - PD monthly supply orders pasted from spreadsheet (tabs)
    rows = [
        ["Patient", "Acct", "Ship to", "Deliver", "2.5% 5L", "1.5% 5L", "Icodextrin 2L", "Cycler sets", "Caps", "Notes"],
        ["Voss, Harold", "RHD-55102", "Ashford", "4/18", "8", "6", "0", "1 bx", "2 bx", "garage, call wife"],
        ["Kolar, Debra", "RHD-55817", "Ashford", "4/22", "4", "10", "30", "1 bx", "3 bx", "needs blue caps asap"],
        ["Ferreira da Silva, Joaquim", "RHD-56033", "Drummond", "4/25", "6", "8", "0", "1 bx", "1 bx", "Portuguese - call Carla to interpret"],
        ["Iqbal, Sana", "RHD-56410", "Drummond", "4/21", "0", "12", "30", "1 bx", "2 bx", "NEW - first full order, 2nd floor apt"],
        ["Mbatha, Dineo", "RHD-54998", "Pell St", "4/23", "5", "7", "30", "1 bx", "2 bx", ""],
    ]
    pasted = "\n".join("\t".join(r) for r in rows)
    body = """Hi Ridgeline,

May orders for our PD patients below (pasted from our tracker). Quantities are cases unless noted. Please confirm delivery dates by reply.

""" + pasted + """

Sana Iqbal is brand new to home - she finished training on 4/11 - so please have the driver bring everything upstairs, she's not supposed to lift yet.

Thanks,
Gloria

""" + GLORIA["sig"]
    m = mk(GLORIA["addr"], A("Ridgeline Home Delivery", "homeorders@ridgelinemed.com"),
           "Kestrel Home Therapies - PD orders for late April", body, when(2025, 4, 14, 9), cc=NINA["addr"])
    save("phi", "lists", m, "; ".join(r[0] for r in rows[1:]))

    # 007 - vaccines due list in a reply thread
    d0 = when(2024, 10, 28, 7, 55)
    orig = """Olga - can you send me who at Pell is still outstanding for flu and anyone whose hep B titer came back low on the October draw? State survey window opens next month and I want the list clean.

Beth"""
    body = """Here's what I have, pulled from the Oct labs + the vaccine log:

Farrow, Lucille -- flu: declined (form signed 10/2) -- HBsAb 6 (<10), booster due
Greer, Thaddeus -- flu: given 10/8 -- HBsAb 4, non-responder after 2 series, check w/ Dr K
Marchetti, Lou -- flu: not yet, pt wants to wait til after his cold -- HBsAb 112 ok
Pruitt, Dwayne -- flu: given at PCP 9/30 (need documentation) -- HBsAb 9, booster due
Vang, Tou -- flu: not yet, son wants to talk to us first -- HBsAb 27 ok
Szymanski, Helen -- flu: given 10/22 -- new start, series #1 dose 2 due 11/19

I'll give Lou and Tou's son another call this week.

Olga

""" + on_wrote(d0, BETH["addr"]) + "\n" + q(orig)
    m = mk(OLGA["addr"], BETH["addr"], "Re: flu + hep B titer stragglers - Pell", body, later(d0, 260),
           reply_to_id=rid(D))
    save("phi", "lists", m, "Lucille Farrow; Thaddeus Greer; Lou Marchetti; Dwayne Pruitt; Tou Vang; Helen Szymanski")


# ==========================================================================
# PHI / names
# ==========================================================================

def names():
    # 001 - access problem, vascular centre replies on top
    d0 = when(2024, 10, 17, 12, 20)
    orig = """Trish,

Mrs. Pettibone's left forearm graft has been giving us trouble. Venous pressures running 250+ the last three treatments and she's had prolonged bleeding after needle pull (25+ minutes) twice this week. Her Kt/V dropped to 1.08 on the October draw. Dr. Kulkarni would like a fistulagram as soon as you can get her in.

She runs TTS first shift so Mon/Wed/Fri afternoons are best. Her daughter Anne brings her and can be reached at 330-555-0162.

Thanks,
Olga Petrenko, RN
Pell Street Dialysis"""
    body = """Hi Olga,

Got her for Wednesday 10/23 at 1:00 pm, check-in 12:30 at the Northgate office (suite 140). Nothing to eat after 8 am, she can take her morning meds with a sip of water. Please send the last 3 run sheets with pressures if you can.

I'll call Anne to confirm.

Trish Barlow, RN
Access Coordinator | Northgate Vascular & Access Center
(330) 555-0119 | f (330) 555-0118

""" + on_wrote(d0, "Olga Petrenko <opetrenko@kestrelrenal.com>") + "\n" + q(orig)
    m = mk(A("Trish Barlow", "tbarlow@northgatevascular.com"), OLGA["addr"], "Re: Mrs. Pettibone's graft", body,
           later(d0, 130), cc=KULK["addr"], reply_to_id=rid(D))
    save("phi", "names", m, "Mrs. Pettibone")

    # 002 - name only in the subject line
    body = """Surgery center has her Tues 12:30. Can we put her on at 5:30 instead of 6:30 Tues so she's off by 9:30? Ride already knows. No heparin on Tues per Dr K, order is in.

- L"""
    m = mk(LUIS["addr"], [ROSA["addr"], "pellst.charge@" + D], "Dolores Whitlock - fistulagram Tues", body,
           when(2025, 3, 7, 16, 52))
    save("phi", "names", m, "Dolores Whitlock")

    # 003 - nickname, goals-of-care concern
    body = """Dr. K,

Wanted to give you a heads-up before rounds Thursday. Mike (Michael Tennant - "Big Mike," chair 9, MWF 1st shift) told Bao and me today that he's "done" and wants to stop dialysis after his granddaughter's graduation on the 14th.

He was calm about it, not in crisis. Says he's tired of the cramping, tired of being washed out every other day, and he doesn't want to go back in the hospital after last winter. His wife June knows and is supportive; his son Darnell doesn't know yet and June thinks he'll take it hard.

I think he's ready for a real goals-of-care conversation and possibly a hospice referral (Lantern Hospice has taken our folks before and will do the home visit). Could we set up a family meeting next week? I'll do a PHQ-9 with him Wednesday just to be thorough and make sure we're not missing depression.

Priya

""" + PRIYA["sig"]
    m = mk(PRIYA["addr"], KULK["addr"], "Big Mike", body, when(2025, 5, 28, 13, 37), cc=DANA["addr"])
    save("phi", "names", m, "Michael Tennant")

    # 004 - "Last, First" in a billing note
    body = """Jenny,

Haskins, Loretta - Bluestem termed her effective 5/31 (she retired, didn't elect COBRA). Medicare is primary starting 6/1 and she said she bought a Keystone supplement. Can you update her registration and grab a copy of the new card at her Tuesday treatment?

I'll hold June and rebill to Medicare once you've got the secondary in. Also she's on Mircera now instead of Epogen, so make sure the ESA line is pulling the right J-code on her claim.

thanks
Renee"""
    m = mk(RENEE["addr"], JENNY["addr"], "Haskins, Loretta - coverage change eff 6/1", body, when(2025, 6, 10, 10))
    save("phi", "names", m, "Loretta Haskins")

    # 005 - patient incident buried deep in a quoted staff-meeting thread
    d0 = when(2025, 4, 10, 16, 2)
    d1 = later(d0, 1200)
    first = """Hi all - a few things for next week's staff meeting:

1. New scale ramp is in the way of the chair 12 pathway.
2. Reminder on the new glove boxes at each station.
3. Summer vacation requests due 5/1.

Also FYI - Mr. Esposito caught his foot on the scale ramp Tuesday on his way out. He didn't go down all the way, Ted caught him. No injury, vitals fine, Dr K notified, his daughter was told at pickup, incident report is in. That's the second near-miss at that ramp so I'd like to talk about moving the scale.

Luis"""
    second = """Can we do 2:30 on Wednesday instead of 1:00? I have a call with Ridgeline at 1.

Dana

""" + on_wrote(d0, LUIS["addr"]) + "\n" + q(first)
    body = """2:30 works for me. I'll bring the floor plan for the scale move.

Farah

""" + on_wrote(d1, DANA["addr"]) + "\n" + q(second)
    m = mk(FARAH["addr"], [DANA["addr"], LUIS["addr"]], "Re: Re: agenda - Pell staff meeting", body,
           later(d1, 45), cc="pellst.staff@" + D, reply_to_id=rid(D))
    save("phi", "names", m, "Mr. Esposito")

    # 006 - dietitian to nurse, first name
    body = """Olga,

Yolanda's phos came back 7.9 again (third month over 7). I sat with her Tuesday and she admitted she's been skipping the sevelamer at lunch because she's at work and doesn't want coworkers seeing her take "a handful of pills." She's also been doing fast food most days since her hours changed.

I gave her the pocket list and we talked about the chewable option. Can you ask Dr. F at rounds about switching her to Velphoro so it's fewer pills? I'd also like to recheck in 2 weeks instead of waiting for the monthly.

Yolanda Briggs, TTS 2nd, chair 6 - in case the other Yolanda gets confused with her again!

Tomasz

""" + TOMASZ["sig"]
    m = mk(TOMASZ["addr"], OLGA["addr"], "Yolanda - phos", body, when(2025, 8, 14), cc=FAIR["addr"])
    save("phi", "names", m, "Yolanda Briggs")

    # 007 - transplant call, chair hold
    body = """Good morning everyone!!

Mr. Adeyemi got THE CALL last night - he's at Marlow and went into surgery around 4 am. His wife Folake called me at 6 to let us know. Please take him off the MWF 2nd shift for now but hold his chair for 2 weeks in case the kidney is slow to wake up and he needs a few treatments.

Rosa - please let CareCab know to cancel his rides.
Renee - FYI for billing, last treatment with us was Monday 9/8.

I'll update everyone when I hear more. Such good news for him after 6 years!

Mireille

""" + MIREILLE["sig"]
    m = mk(MIREILLE["addr"], [ROSA["addr"], LUIS["addr"], DANA["addr"]],
           "Chair hold - Mr. Adeyemi got the call!", body, when(2025, 9, 10, 7, 22), cc=RENEE["addr"])
    save("phi", "names", m, "Mr. Adeyemi")

    # 008 - home HD training progress
    body = """Nina,

Week 2 update on the Brandvolds. Carol is doing great - she sets up the cycler and primes on her own now and her pressures have been stable on the 3-hour runs. Jim is the one I'm worried about. He's still really nervous with the buttonhole cannulation and got a flash on the first try only twice this week. He admits he's been losing sleep over it.

My plan is to extend training by one week (through 11/21) and have Jim cannulate every session with me hands-off. I'd also like Farah to do the water and electrical check at their house on 11/12 so we're not waiting on that at the end.

Carol asked if she can still make her granddaughter's wedding in Erie on the 29th - I told her we'd work out a guest treatment or a home run that morning.

Kevin

""" + KEVIN["sig"]
    m = mk(KEVIN["addr"], NINA["addr"], "Training update - week 2 (Brandvold)", body, when(2025, 11, 7, 16), cc=FARAH["addr"])
    save("phi", "names", m, "Carol Brandvold")


# ==========================================================================
# PHI / self
# ==========================================================================

def self_():
    # 001 - patient disputes a bill
    body = """To whom it may concern,

I got a bill in the mail for $1,340.22 for "outpatient dialysis services" for March. Account number on it is 700301318.

I have been coming to the Ashford center three days a week since 2019 and Medicare has always paid. I also have supplemental insurance through my old union (Steamfitters Local, the card says Allied Benefit Trust). Nobody ever sent me a bill like this before.

I am on a fixed income and can't pay this. Please call me before you send it anywhere. My number is 330-555-0104. I am at dialysis Mon/Wed/Fri until about 1 pm.

Thank you,
Raymond Tully"""
    m = mk(A("Raymond Tully", "raymond.tully@postmeadow.net"), "billing@" + D, "question about my bill", body,
           when(2025, 4, 9, 14, 18), html=to_html(body, "Times New Roman, serif"))
    save("phi", "self", m, "Raymond Tully")

    # 002 - PD patient from her phone, lower case
    body = """gloria the machine kept alarming last nite, low drain volume like 6 times. i finally just did a manual drain at 4am. fluid looked clear tho and no pain. i'm so tired today

should i do an extra exchange this afternoon or just wait for tonight? also i'm out of the blue caps, down to like 3

deb

Sent from my iPhone"""
    m = mk(A("Debra Kolar", "debkolar62@inboxly.com"), GLORIA["addr"], "cycler", body, when(2025, 4, 15, 7, 3))
    save("phi", "self", m, "Debra Kolar")

    # 003 - employee writes to HR about her/his own surgery and leave
    body = """Hi People Team,

I'm scheduled for rotator cuff repair on my right shoulder on March 12 at Crestline Orthopedics (Dr. Baptiste). They're saying 6 weeks off at least, then PT twice a week and no lifting over 10 lbs for a while after that - which means no patient transfers or cannulating for a bit.

1. Do I need to fill out FMLA forms, and where do I send the doctor's part?
2. The surgeon's office says Bluestem hasn't approved the surgery yet. Is there someone in benefits who can help me with that?
3. Can I use my PTO first and then short-term disability?

My manager Ramon knows I'll be out but I haven't given him details.

Thank you,
Abdi Warsame
PCT, Drummond Park
Employee ID 10487"""
    m = mk(ABDI["addr"], "Kestrel People Team <peopleteam@kestrelrenal.com>", "Leave request - surgery in March",
           body, when(2025, 2, 3, 21, 30))
    save("phi", "self", m, "Abdi Warsame")

    # 004 - transplant candidate from his phone
    body = """hi Mireille its Curtis Langford. did Marlow get my colonoscopy results yet? Dr Patels office said they faxed it tuesday. also they want me to do a stress test AGAIN?? i just did one last year. can you find out if the one from Mercy counts

let me know. thanks
Curtis

Sent from my iPhone"""
    m = mk(A("Curtis Langford", "curtis.langford@kmail-example.com"), MIREILLE["addr"], "colonoscopy", body,
           when(2025, 6, 5, 18, 12))
    save("phi", "self", m, "Curtis Langford")

    # 005 - patient planning cruise dialysis
    d0 = when(2025, 7, 21, 10, 5)
    body = """Hi Rosa,

Thank you for calling me back last week. As we discussed, I'm a Mon/Wed/Fri patient at Drummond Park (DOB 6/19/1950) and I've booked a 7-night cruise October 12-19 out of Port Canaveral. The ship has a dialysis unit run by an outside company and they sent me a form that needs:

- last 3 months of labs and my hepatitis results
- an EKG from within the last 6 months (I had one in March at Dr. Fairweather's)
- my current orders (they asked for "dry weight and heparin dose")
- medication list
- a letter saying I'm stable to travel

They need it by August 25. I'll bring the form in on Wednesday. Also - do you know if Medicare will pay for treatments on a ship? The cruise company says no and it's $1,800 per treatment!

Thanks so much,
Pat Denholm
330-555-0151 (cell)"""
    m = mk(A("Patricia Denholm", "pdenholm@inboxly.com"), ROSA["addr"], "Dialysis on cruise in October", body, d0,
           cc=CARLA["addr"])
    save("phi", "self", m, "Patricia Denholm")

    # 006 - formal grievance about a cannulation
    body = """Mr. Villanueva,

I want to file a formal grievance about my treatment on Saturday 8/23.

A tech I didn't know (I think she was from another clinic) tried to put my needles in three times and blew my fistula on the second try. Nobody called the nurse until the third stick. My left arm is still swollen and purple today and I'm scared they ruined the access I waited a year for. When I asked for the charge nurse I was told she was "busy with someone else."

I have been coming to Drummond Park for 4 years and I've never complained about anything. I want someone to look at my arm and I want to know what's going to be done so this doesn't happen again. I'd prefer that tech not stick me again.

You can reach me at 330-555-0127 or at my chair, TTS 2nd shift.

Fernando Ruiz"""
    m = mk(A("Fernando Ruiz", "fruiz.1962@postmeadow.net"), RAMON["addr"], "complaint - Saturday treatment 8/23",
           body, when(2025, 8, 25, 8, 44))
    save("phi", "self", m, "Fernando Ruiz")

    # 007 - turning 65, confused about coverage
    body = """Hi Jenny,

You helped me with my insurance last year so I hope it's ok to write you directly.

I turn 65 in August. I've been on dialysis since March 2023 and I have Medicare A and B because of my kidneys, plus my husband's plan from work (Bluestem PPO), which I understand pays first for now.

Someone at Social Security told me my "kidney Medicare" ends when I turn 65 and I'd have to sign up all over again?? And my husband is retiring in December, so I don't know what happens with Bluestem then. Do I need to do anything before August so my treatments don't get denied? I can't afford a gap.

Please call me when you have a minute - 330-555-0139, I'm home Tues/Thurs/Sat afternoons after dialysis.

Gwen Oakes"""
    m = mk(A("Gwendolyn Oakes", "gwen.oakes@kmail-example.com"), JENNY["addr"], "Turning 65 / my insurance", body,
           when(2025, 5, 6, 19, 26))
    save("phi", "self", m, "Gwendolyn Oakes")


# ==========================================================================
# PHI / struct
# ==========================================================================

def seg(name, fields):
    n = max(fields)
    vals = [fields.get(i, "") for i in range(1, n + 1)]
    return name + "|" + "|".join(vals)


def x12(segs):
    return "~\n".join(segs) + "~\n"


def struct_():
    # 001 - HL7 ADT^A04 in body, forwarded to IT for a location mapping problem
    segs = [
        "MSH|^~\\&|EPIC|STAGNES|KRC_EMR|KRC_DRUM|20250203142207||ADT^A04^ADT_A01|STA2502031422000417|P|2.5.1",
        "EVN|A04|20250203142207",
        seg("PID", {1: "1", 3: "E4471902^^^STAGNES^MR~KR0051290^^^KRC^MR", 5: "WOJCIK^STANLEY^J^^^^L",
                    7: "19570211", 8: "M", 10: "2106-3^White^HL70005",
                    11: "77 BIRCHWOOD LN^^DRUMMOND^OH^44099^USA^H", 13: "^PRN^PH^^1^330^5550115",
                    16: "M^Married^HL70002", 18: "V0002290114", 19: "286-40-1175"}),
        seg("NK1", {1: "1", 2: "WOJCIK^BARBARA", 3: "SPO^Spouse^HL70063",
                    4: "77 BIRCHWOOD LN^^DRUMMOND^OH^44099", 5: "^PRN^PH^^1^330^5550116"}),
        seg("PV1", {1: "1", 2: "O", 3: "KRC_ASHF^^^KRC_ASHF", 7: "1689043215^KULKARNI^ANAND^^^^MD",
                    10: "NEP", 18: "OP", 19: "V0002290114", 44: "20250203"}),
        seg("DG1", {1: "1", 3: "N18.6^End stage renal disease^I10", 6: "A"}),
        seg("DG1", {1: "2", 3: "E11.22^Type 2 diabetes mellitus with diabetic chronic kidney disease^I10", 6: "A"}),
        seg("IN1", {1: "1", 2: "BHPPPO", 3: "BLUESTEM", 4: "BLUESTEM HEALTH PLAN",
                    5: "PO BOX 7710^^COLUMBUS^OH^43216", 8: "0072451", 9: "TRI-COUNTY SCHOOLS", 12: "20190801",
                    16: "WOJCIK^BARBARA", 17: "SPO", 18: "19590722", 36: "BHP448207731"}),
        seg("IN1", {1: "2", 2: "MCRAB", 3: "MEDICARE", 4: "MEDICARE PART A AND B", 12: "20250501",
                    16: "WOJCIK^STANLEY^J", 17: "SEL", 18: "19570211", 36: "5KW2HT7RA63"}),
    ]
    body = """Hi IT,

This A04 from St. Agnes came across this afternoon for our new Drummond Park admit, but it landed in the Ashford census instead of Drummond - looks like PV1-3 is mapping to KRC_ASHF even though MSH-6 says KRC_DRUM. This is the 2nd one this week. Can someone check the location table in the interface? I've manually moved him for now.

Raw message from the interface monitor:

""" + "\n".join(segs) + """

Thanks,
Jenny

""" + JENNY["sig"]
    m = mk(JENNY["addr"], "Kestrel IT Service Desk <servicedesk@kestrelrenal.com>",
           "ADT from St Agnes landing in wrong unit census", body, when(2025, 2, 3, 15, 10), cc=RAMON["addr"])
    save("phi", "struct", m, "Stanley Wojcik")

    # 002 - ORU^R01 rejected by the interface engine (auto alert)
    segs = [
        "MSH|^~\\&|SENTINEL_LIS|SENTINEL|KRC_EMR|KRC_PELL|20250304061522||ORU^R01^ORU_R01|SRL2503040615220931|P|2.5.1",
        seg("PID", {1: "1", 2: "KR0043316", 3: "KR0043316^^^KRC^MR", 5: "QUINLAN^HARRIET^R", 7: "19551017", 8: "F",
                    11: "3390 OVERLOOK DR^^ASHFORD^OH^44012"}),
        seg("PV1", {1: "1", 2: "O", 3: "KRC_PELL", 7: "1689043215^KULKARNI^ANAND"}),
        seg("ORC", {1: "RE", 2: "KRC88204170012", 3: "SRL25-063-01187"}),
        seg("OBR", {1: "1", 2: "KRC88204170012", 3: "SRL25-063-01187", 4: "ESRDMON^ESRD Monthly Panel^L",
                    7: "20250304054000", 22: "20250304061500", 25: "F"}),
        "OBX|1|NM|2823-3^Potassium^LN||5.6|mmol/L|3.5-5.1|H|||F",
        "OBX|2|NM|2777-1^Phosphorus^LN||6.2|mg/dL|2.5-4.5|H|||F",
        "OBX|3|NM|718-7^Hemoglobin^LN||9.8|g/dL|11.5-15.5|L|||F",
        "OBX|4|NM|1751-7^Albumin^LN||3.6|g/dL|3.5-5.2|N|||F",
        "OBX|5|NM|3094-0^BUN pre^LN||71|mg/dL|7-20|H|||F",
        "OBX|6|NM|3094-0^BUN post^LN||<18|mg/dL|7-20||||F",
        "OBX|7|NM|2731-8^PTH intact^LN||388|pg/mL|15-65|H|||F",
    ]
    body = """Mirth Connect - Channel Error

Server:        krc-int-02
Channel:       SENTINEL_ORU_IN (id 7c1e4b02-55f1)
Connector:     Destination 1 - KRC_EMR_RESULTS
Time:          2025-03-04 06:15:31
Error type:    DATATYPE_VALIDATION
Message:       OBX-5 value "<18" is not valid for value type NM (OBX[6])
Action:        Message QUEUED - will not retry until corrected

--- Raw message (segment separators shown as new lines) ---
""" + "\n".join(segs) + """
--- end ---

This is an automated alert. Manage alert rules in the Mirth Administrator."""
    m = mk("Mirth Alerts <interface-alerts@kestrelrenal.com>", "it-integration@" + D,
           "[ERROR] SENTINEL_ORU_IN - message queued (DATATYPE_VALIDATION)", body, when(2025, 3, 4, 6, 15),
           headers={"Auto-Submitted": "auto-generated", "X-Priority": "2"})
    save("phi", "struct", m, "Harriet Quinlan")

    # 003 - 837I attached, cover note to clearinghouse support
    segs = [
        "ISA*00*          *00*          *ZZ*KRC330555      *ZZ*CLEARPATH      *250312*0915*^*00501*000004417*0*P*:",
        "GS*HC*KRC330555*CLEARPATH*20250312*0915*4417*X*005010X223A2",
        "ST*837*0001*005010X223A2",
        "BHT*0019*00*KRC20250312A*20250312*0915*CH",
        "NM1*41*2*KESTREL RENAL CARE*****46*KRC330555",
        "PER*IC*RENEE CASTELLANO*TE*3305550188*EX*32",
        "NM1*40*2*CLEARPATH EDI*****46*CLEARPATH",
        "HL*1**20*1",
        "NM1*85*2*KESTREL RENAL CARE PELL STREET*****XX*1295837460",
        "N3*81 PELL ST",
        "N4*ASHFORD*OH*440121204",
        "REF*EI*341987620",
        "HL*2*1*22*0",
        "SBR*P*18*******MA",
        "NM1*IL*1*DUBOIS*MARGUERITE*A***MI*3QR9VM4PK52",
        "N3*2207 WEXFORD PL",
        "N4*ASHFORD*OH*44012",
        "DMG*D8*19430506*F",
        "NM1*PR*2*MEDICARE PART A*****PI*15999",
        "CLM*KR700318844*5986.40***72:A:1**A*Y*Y",
        "DTP*434*RD8*20250201-20250228",
        "CL1***30",
        "HI*ABK:N186",
        "HI*ABF:I120*ABF:D631*ABF:N2581",
        "HI*BE:A8:::71.4*BE:A9:::162*BE:D5:::1.38*BE:48:::10.6",
        "NM1*71*1*KULKARNI*ANAND****XX*1689043215",
    ]
    dates = ["20250201", "20250204", "20250206", "20250208", "20250211", "20250213", "20250215",
             "20250218", "20250220", "20250222", "20250225", "20250227"]
    n = 0
    for d_ in dates:
        n += 1
        segs += ["LX*%d" % n, "SV2*0821*HC:90999*466.20*UN*1", "DTP*472*D8*" + d_]
    n += 1
    segs += ["LX*%d" % n, "SV2*0636*HC:J0887*392.00*UN*100", "DTP*472*D8*20250204"]
    st_count = len(segs) - 2 + 1  # segments from ST through SE
    segs += ["SE*%d*0001" % st_count, "GE*1*4417", "IEA*1*000004417"]
    claim = x12(segs)
    body = """Hi ClearPath support,

Our batch KRC20250312A came back with a 277CA rejection on claim KR700318844 (Pell Street, Feb) - "A7:464 Value code amount" - but I don't see anything wrong with the HI*BE segment. Same format we've sent every month. Did the MAC edit change? The file is attached as we sent it.

Our submitter ID is KRC330555. Please call me if easier.

Thank you,
Renee

""" + RENEE["sig"] + "\n\n" + DISC
    m = mk(RENEE["addr"], A("ClearPath EDI Support", "support@clearpathedi.net"),
           "Ticket: 277CA rejection A7:464 - batch KRC20250312A", body, when(2025, 3, 13, 10),
           atts=[("KRC20250312A_837I.txt", claim, "text/plain")])
    save("phi", "struct", m, "Marguerite Dubois")

    # 004 - 835 pasted into the body
    era = x12([
        "ISA*00*          *00*          *ZZ*BLUESTEMHP     *ZZ*KRC330555      *250620*0402*^*00501*000771204*0*P*:",
        "GS*HP*BLUESTEMHP*KRC330555*20250620*0402*771204*X*005010X221A1",
        "ST*835*0001",
        "BPR*I*4170.4*C*ACH*CCP*01*041000124*DA*889100442*1416803217**01*044000037*DA*5510287744*20250620",
        "TRN*1*EFT8802214*1416803217",
        "N1*PR*BLUESTEM HEALTH PLAN",
        "N1*PE*KESTREL RENAL CARE*XX*1295837460",
        "LX*1",
        "CLP*KR700320011*1*5213*4170.4*1042.6*12*BS2516700481*13*1",
        "NM1*QC*1*HASKINS*LORETTA****MI*BHP330917726",
        "DTM*232*20250501",
        "DTM*233*20250531",
        "CAS*PR*2*1042.6",
        "CLP*KR700320087*4*4489.8*0**12*BS2516700482*13*1",
        "NM1*QC*1*BRIGHT*HARLAN****MI*BHP330988201",
        "DTM*232*20250501",
        "DTM*233*20250531",
        "CAS*CO*27*4489.8",
        "SE*17*0001",
        "GE*1*771204",
        "IEA*1*000771204",
    ])
    body = """Marcus - the Bluestem ERA from Friday. The first claim is fine (20% coins to pt). But the second one zero-paid with CO-27 (expenses incurred after coverage terminated) for all of May. Harlan Bright is Cardinal Medicaid now, Bluestem should never have been billed for May - I think Jenny's reg update didn't go through before the claim dropped. I'll void/rebill to Cardinal unless you want to handle it differently.

""" + era + """
Renee"""
    m = mk(RENEE["addr"], MARCUS["addr"], "Bluestem ERA 6/20 - CO-27 on one claim", body, when(2025, 6, 23, 9),
           cc=JENNY["addr"])
    save("phi", "struct", m, "Harlan Bright; Loretta Haskins")

    # 005 - home HD app sync failure, FHIR bundle attached
    bundle = {
        "resourceType": "Bundle", "type": "transaction", "id": "hfc-sync-7f3a91",
        "timestamp": "2025-11-18T22:41:09-05:00",
        "entry": [
            {"fullUrl": "urn:uuid:3c2b9d1e-8a41-4f0e-9d55-0b7e2f6c1a10",
             "resource": {"resourceType": "Patient",
                          "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "KR0049127"},
                                         {"system": "https://homeflowconnect.com/device-user", "value": "HFC-22817"}],
                          "name": [{"family": "Brandvold", "given": ["Carol", "Ann"]}],
                          "gender": "female", "birthDate": "1958-04-13",
                          "telecom": [{"system": "phone", "value": "330-555-0182", "use": "home"}],
                          "address": [{"line": ["4410 Stonegate Rd"], "city": "Ashford", "state": "OH",
                                       "postalCode": "44012"}]},
             "request": {"method": "PUT", "url": "Patient?identifier=KR0049127"}},
        ]}
    obs = [("29463-7", "Body weight", "pre", 78.9, "kg"), ("29463-7", "Body weight", "post", 76.8, "kg"),
           ("8480-6", "Systolic blood pressure", "pre", 148, "mm[Hg]"),
           ("8462-4", "Diastolic blood pressure", "pre", 84, "mm[Hg]"),
           ("8480-6", "Systolic blood pressure", "post", 121, "mm[Hg]"),
           ("8462-4", "Diastolic blood pressure", "post", 70, "mm[Hg]")]
    for i, (code, disp, phase, val, unit) in enumerate(obs):
        bundle["entry"].append({
            "fullUrl": "urn:uuid:9b1f0c2e-%04d-4c1d-8e7a-5f2a1d0e%04d" % (i, 4400 + i),
            "resource": {"resourceType": "Observation", "status": "final",
                         "code": {"coding": [{"system": "http://loinc.org", "code": code, "display": disp}],
                                  "text": "%s (%s-treatment)" % (disp, phase)},
                         "subject": {"reference": "urn:uuid:3c2b9d1e-8a41-4f0e-9d55-0b7e2f6c1a10"},
                         "effectiveDateTime": "2025-11-18T%s:00-05:00" % ("18:05" if phase == "pre" else "21:12"),
                         "valueQuantity": {"value": val, "unit": unit, "system": "http://unitsofmeasure.org",
                                           "code": unit}},
            "request": {"method": "POST", "url": "Observation"}})
    bundle["entry"].append({
        "fullUrl": "urn:uuid:d44e1f90-2b3c-4a5d-9e6f-7a8b9c0d1e2f",
        "resource": {"resourceType": "Procedure", "status": "completed",
                     "code": {"coding": [{"system": "http://snomed.info/sct", "code": "302497006",
                                          "display": "Hemodialysis"}], "text": "Home hemodialysis session"},
                     "subject": {"reference": "urn:uuid:3c2b9d1e-8a41-4f0e-9d55-0b7e2f6c1a10"},
                     "performedPeriod": {"start": "2025-11-18T18:10:00-05:00", "end": "2025-11-18T21:05:00-05:00"},
                     "note": [{"text": "UF 2.1 L. 2 alarms (arterial pressure), resolved by care partner."}]},
        "request": {"method": "POST", "url": "Procedure"}})
    body = """HomeFlow Connect - Clinic Sync Notification

Clinic:       Kestrel Renal Care - Home Therapies Center (site 0417)
Status:       SYNC FAILED (HTTP 422 from clinic endpoint)
Records:      1 treatment session, 6 vitals, 1 profile update
First try:    11/18/2025 22:41 EST
Retries:      3 of 3

The queued bundle is attached for your records. It will be resent automatically once the clinic endpoint accepts it. If you believe this is a configuration issue, contact HomeFlow Clinical Support at 1-888-555-0147.

You are receiving this because you are listed as a clinic administrator for site 0417."""
    m = mk("HomeFlow Connect <no-reply@homeflowconnect.com>", "homeprogram@" + D,
           "Sync failed: 1 session queued (site 0417)", body, when(2025, 11, 18, 22, 58),
           atts=[("hfc-sync-7f3a91.json", json.dumps(bundle, indent=2), "application/fhir+json")],
           headers={"Auto-Submitted": "auto-generated"})
    save("phi", "struct", m, "Carol Brandvold")

    # 006 - 271 pasted, coordinator asks billing what it means
    d0 = when(2025, 1, 8, 11, 40)
    resp = x12([
        "ISA*00*          *00*          *ZZ*BLUESTEMHP     *ZZ*KRC330555      *250108*1139*^*00501*000118832*0*P*:",
        "GS*HB*BLUESTEMHP*KRC330555*20250108*1139*118832*X*005010X279A1",
        "ST*271*0001*005010X279A1",
        "BHT*0022*11*KRC0108E7*20250108*1139",
        "HL*1**20*1",
        "NM1*PR*2*BLUESTEM HEALTH PLAN*****PI*BHP01",
        "HL*2*1*21*1",
        "NM1*1P*2*KESTREL RENAL CARE*****XX*1295837460",
        "HL*3*2*22*0",
        "TRN*2*KRC0108E7*9341987620",
        "NM1*IL*1*CASTILLO-BAKER*LORRAINE*M***MI*BHP221604455",
        "N3*18 CALLOWAY ST",
        "N4*ASHFORD*OH*44012",
        "DMG*D8*19670914*F",
        "DTP*346*D8*20210101",
        "DTP*347*D8*20241231",
        "EB*6**30",
        "MSG*COVERAGE TERMINATED - CONTACT EMPLOYER GROUP",
        "SE*17*0001",
        "GE*1*118832",
        "IEA*1*000118832",
    ])
    orig = """Renee, ran the monthly elig for Ashford and this one came back weird. Is this saying she's inactive? She was just here Tuesday and didn't say anything about losing her insurance.

""" + resp
    body = """Yep - EB*6 = inactive, and the 347 date means her plan ended 12/31/24. Probably lost it with the new year (job change or employer switched carriers). She's past her 30-month coordination so Medicare should be primary anyway - check the MBI in her chart and run a Medicare elig. If Medicare's active, we just need to move Bluestem off and rebill January. Ask her Thursday if she has new coverage.

R

""" + on_wrote(d0, JENNY["addr"]) + "\n" + q(orig)
    m = mk(RENEE["addr"], JENNY["addr"], "Re: 271 question", body, later(d0, 55), reply_to_id=rid(D))
    save("phi", "struct", m, "Lorraine Castillo-Baker")

    # 007 - C-CDA attached to a transplant referral
    ccd = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.3.9921.2" extension="CCD-KR0045510-20250603"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Kestrel Renal Care - Continuity of Care Document</title>
  <effectiveTime value="20250603101500-0400"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <languageCode code="en-US"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.9921.1" extension="KR0045510"/>
      <addr use="HP"><streetAddressLine>5120 Pinebrook Ct</streetAddressLine><city>Ashford</city><state>OH</state><postalCode>44012</postalCode></addr>
      <telecom use="HP" value="tel:+1-330-555-0176"/>
      <patient>
        <name use="L"><given>Desmond</given><given>R</given><family>Achterberg</family></name>
        <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19701209"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author>
    <time value="20250603101500-0400"/>
    <assignedAuthor>
      <id root="2.16.840.1.113883.4.6" extension="1689043215"/>
      <assignedPerson><name><given>Anand</given><family>Kulkarni</family><suffix>MD</suffix></name></assignedPerson>
    </assignedAuthor>
  </author>
  <custodian><assignedCustodian><representedCustodianOrganization>
    <id root="2.16.840.1.113883.4.6" extension="1295837460"/><name>Kestrel Renal Care</name>
  </representedCustodianOrganization></assignedCustodian></custodian>
  <component><structuredBody>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.5.1"/>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
      <title>Problems</title>
      <text><list>
        <item>End stage renal disease (N18.6) - on hemodialysis since 08/2022</item>
        <item>Hypertensive chronic kidney disease (I12.0)</item>
        <item>Secondary hyperparathyroidism of renal origin (N25.81)</item>
        <item>Obstructive sleep apnea (G47.33) - on CPAP</item>
      </list></text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.1.1"/>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="Medications"/>
      <title>Medications</title>
      <text><list>
        <item>Amlodipine 10 mg PO daily</item>
        <item>Sevelamer carbonate 800 mg PO 2 tabs with meals</item>
        <item>Cinacalcet 30 mg PO daily</item>
        <item>Epoetin alfa 6,000 units IV with dialysis TIW</item>
      </list></text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.3.1"/>
      <code code="30954-2" codeSystem="2.16.840.1.113883.6.1" displayName="Results"/>
      <title>Results (05/06/2025)</title>
      <text><table><thead><tr><th>Test</th><th>Value</th></tr></thead><tbody>
        <tr><td>Hemoglobin</td><td>10.9 g/dL</td></tr>
        <tr><td>Albumin</td><td>4.0 g/dL</td></tr>
        <tr><td>spKt/V</td><td>1.51</td></tr>
        <tr><td>HBsAg</td><td>Negative</td></tr>
        <tr><td>Anti-HCV</td><td>Negative</td></tr>
        <tr><td>HIV-1/2 Ag/Ab</td><td>Nonreactive</td></tr>
        <tr><td>ABO/Rh</td><td>A positive</td></tr>
      </tbody></table></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
    body = """Hi Kendra,

As discussed, CCD for our referral attached (exported from our EMR this morning). The 2728 and CXR report went by fax to 555-014-3309 at 10:20 - 6 pages total.

He's available any weekday except his TTS treatment mornings.

Thanks,
Mireille

""" + MIREILLE["sig"] + "\n\n" + DISC
    m = mk(MIREILLE["addr"], A("Kendra Boateng", "kboateng@marlowtransplant.org"),
           "Transplant referral - CCD attached", body, when(2025, 6, 3, 10, 31),
           atts=[("CCD_KR0045510_20250603.xml", ccd, "text/xml")])
    save("phi", "struct", m, "Desmond Achterberg")


# ==========================================================================
# clean / admin
# ==========================================================================

def admin():
    # 001 - acid concentrate backorder
    body = """All,

Ridgeline called this morning - the 2.0K / 2.5Ca / 1.0Mg acid concentrate (item RM-2251, 3.78 L jugs) is on backorder until at least 3/21. Our allocation is capped at 80% of the 90-day average.

What this means for each unit:
  - Ashford: on hand 214 jugs, par 180 - ok for ~2.5 weeks
  - Pell Street: on hand 96, par 150 - tight; Drummond will transfer 40 jugs Thursday
  - Drummond Park: on hand 230, par 160

Please do NOT switch any baths on your own to stretch supply. Any bath change still needs a physician order. If you run below 5 days on hand, call me and I'll coordinate a transfer.

The 3.0K and 1.0K acids are not affected. Bicarb cartridges (BC-760) are also fine.

Thanks,
Dana

""" + DANA["sig"] + "\n\n" + DISC
    m = mk(DANA["addr"], ["unitmanagers@" + D, FARAH["addr"]], "Acid concentrate backorder - 2K/2.5Ca jugs",
           body, when(2025, 2, 26, 9, 5), cc=GRANT["addr"], html=True)
    save("clean", "admin", m)

    # 002 - EMR downtime notice (html)
    body = """PLANNED DOWNTIME - KestrelChart EMR

When:     Sunday, April 13, 2025, 12:00 AM - 4:00 AM
Affects:  KestrelChart (all units), treatment flowsheet interface from dialysis machines, lab results inbound, e-prescribing
Not affected: Email, Teams, phones, the billing system

What units need to do:
  1. Print downtime run sheets and the current patient census for Monday 1st shift before you leave Saturday.
  2. Units opening before 4:00 AM Monday (Ashford, Drummond Park) - use paper flowsheets until the EMR is back, then back-enter within 24 hours.
  3. Machine data will buffer and upload automatically after the interface restarts. Do not power-cycle the machines.

Upgrade details: KestrelChart 11.4 -> 11.6 (new MAR layout, faster flowsheet load). Release notes are on the intranet.

Questions: Service Desk ext. 4357 or servicedesk@kestrelrenal.com
Ticket reference: CHG0013877"""
    html = ('<html><body style="font-family:Segoe UI,Arial;font-size:10.5pt">'
            '<div style="background:#126e76;color:#fff;padding:8px 12px;font-size:14pt"><b>PLANNED DOWNTIME - KestrelChart EMR</b></div>'
            '<p><b>When:</b> Sunday, April 13, 2025, 12:00 AM - 4:00 AM<br><b>Affects:</b> KestrelChart (all units), treatment flowsheet '
            'interface from dialysis machines, lab results inbound, e-prescribing<br><b>Not affected:</b> Email, Teams, phones, the billing system</p>'
            '<p><b>What units need to do:</b></p><ol><li>Print downtime run sheets and the current patient census for Monday 1st shift before you leave Saturday.</li>'
            '<li>Units opening before 4:00 AM Monday (Ashford, Drummond Park) - use paper flowsheets until the EMR is back, then back-enter within 24 hours.</li>'
            '<li>Machine data will buffer and upload automatically after the interface restarts. Do not power-cycle the machines.</li></ol>'
            '<p>Upgrade details: KestrelChart 11.4 &rarr; 11.6 (new MAR layout, faster flowsheet load).</p>'
            '<p style="color:#666">Questions: Service Desk ext. 4357 &middot; Ticket reference CHG0013877</p></body></html>')
    m = mk("Kestrel IT Service Desk <servicedesk@kestrelrenal.com>", "allstaff@" + D,
           "[Planned Downtime] KestrelChart EMR - Sun 4/13 12-4 AM", body, when(2025, 4, 7, 13, 0), html=html)
    save("clean", "admin", m)

    # 003 - billing policy reminder
    body = """Team,

A few reminders now that the CY2025 ESRD PPS changes are live in the billing system:

1. Base rate - the system is loaded with the new per-treatment base rate and wage index for our CBSA. If you see a January claim that priced at the 2024 rate, flag it to me before it drops.

2. Consolidated billing - labs and drugs on the ESRD-related list are in the bundle. Outside labs should NOT bill Medicare for those; if a patient calls about a lab bill from Sentinel, it's likely a CB edit on their side and we should route it to me, not tell the patient to pay.

3. AY modifier - only for non-ESRD-related labs/drugs billed by us, and the documentation has to support that it's unrelated. When in doubt, don't use it.

4. Home dialysis - condition code 74 + the right modality code; training treatments use condition code 73 and rev 0831/0841/0851. Training add-on applies only to treatments in a certified training program.

5. Value codes - D5 (Kt/V) and A8/A9 (weight/height) on every claim, and 48 for Hgb. Missing D5 was our #1 rejection in Q4.

Monthly billing close is the 5th business day. Please have all January claims out by 2/7.

Marcus

""" + MARCUS["sig"]
    m = mk(MARCUS["addr"], "billingteam@" + D, "CY2025 ESRD PPS - reminders before January claims drop", body,
           when(2025, 1, 21, 8, 30))
    save("clean", "admin", m)

    # 004 - payer contract amendment terms
    d0 = when(2025, 9, 2, 14, 0)
    orig = """Grant,

Attached for review is Amendment No. 3 to the Facility Services Agreement between Bluestem Health Plan and Kestrel Renal Care. Summary of changes:

  - Outpatient hemodialysis (rev 0821): per-treatment rate increases 3.0% effective 1/1/2026, with a 3.0% escalator each January through term end.
  - Home dialysis training: separate training add-on per session for up to 25 sessions (PD) and 25 sessions (home HD).
  - Timely filing: 180 days from date of service (was 120). Corrected claims: 365 days from original remit.
  - Term: extended through 12/31/2028, auto-renew 1 year, 120 days' notice to terminate without cause.
  - Medical necessity for >3 treatments/week: prior authorization required after the 13th treatment in a calendar month.

Please return a signed copy by 10/15 to keep the 1/1 effective date.

Regards,
Alicia Moreau
Provider Contracting, Bluestem Health Plan
(614) 555-0190"""
    body = """Marcus - can you run the numbers on the escalator vs. what we modeled? Timely filing change helps us. I'm not crazy about the PA after 13 treatments - that catches every 5-week month for a TTS patient. Let's push back on that one.

G

""" + fwd_hdr("Alicia Moreau <amoreau@bluestemhp.com>", d0, "Grant Ebersole <gebersole@kestrelrenal.com>",
              "Bluestem FSA - Amendment 3 for review") + "\n\n" + orig
    m = mk(GRANT["addr"], MARCUS["addr"], "Fwd: Bluestem FSA - Amendment 3 for review", body, later(d0, 1500))
    save("clean", "admin", m)

    # 005 - water room maintenance
    body = """Hi Ramon,

Plan for the Drummond water room this weekend:

Sat 6/7, after last patient off (approx. 7:30 pm)
  - Replace RO membranes (both vessels), new carbon tanks already on site
  - Sanitize loop (heat), full rinse
  - Total chlorine check post-carbon, worker and polisher tanks (target < 0.1 ppm)

Sun 6/8
  - AAMI cultures and endotoxin from the loop, the RO product, and 3 machines (stations 2, 9, 14)
  - Generator monthly load test 10:00 am - building will be on generator power ~20 min

Mon 6/9
  - I'll be in at 4:00 am to run the pre-shift chlorine tests and sign the log before the 1st shift starts at 5:45.

Culture results take 48-72 hours. If anything comes back over the action level I'll call you and Dr. Kulkarni right away. Also, the old membranes are going back to Aquanova for warranty credit (RMA 55019).

Farah

""" + FARAH["sig"]
    m = mk(FARAH["addr"], RAMON["addr"], "Drummond water room - RO membranes Sat 6/7", body, when(2025, 6, 3, 15),
           cc=[GRANT["addr"], "drummond.charge@" + D])
    save("clean", "admin", m)

    # 006 - QAPI meeting invite with ics
    start = datetime.datetime(2025, 3, 13, 13, 0)
    cal = ics("040000008200E00074C5B7101A82E0080000000026c1a9f3e4@kestrelrenal.com", start,
              start + datetime.timedelta(minutes=90), "QAPI - Pell Street (March)",
              "Pell Street conference room / Teams",
              ("Beth Kowalczyk", BETH["email"]),
              [("Dana Whitcombe", DANA["email"]), ("Luis Echeverria", LUIS["email"]),
               ("Anand Kulkarni", KULK["email"]), ("Tomasz Nowicki", TOMASZ["email"]),
               ("Priya Raman", PRIYA["email"]), ("Farah Haddad", FARAH["email"])],
              "Agenda: adequacy, anemia, mineral metabolism, vascular access (catheter rate), infection "
              "(BSI events, hand hygiene audits), water/dialysate, transplant & home referral rates, "
              "patient experience survey, staffing.")
    body = """Monthly QAPI for Pell Street - same as usual, 2nd Thursday.

Agenda
 1. Adequacy - % with spKt/V >= 1.2
 2. Anemia - Hgb distribution, ESA dosing protocol update
 3. Mineral metabolism - phos > 5.5 trend
 4. Vascular access - catheter > 90 days rate, fistula placement
 5. Infection control - BSI events, hand hygiene & station disinfection audits
 6. Water & dialysate cultures (Feb all < action level)
 7. Transplant waitlist and home modality referral rates
 8. ICH CAHPS survey timing
 9. Staffing / turnover

Please have your section's slides to me by Tuesday noon. Unit-level data only in the deck, please - patient-level review happens in the closed portion.

Beth

""" + BETH["sig"]
    m = mk(BETH["addr"], [DANA["addr"], LUIS["addr"], KULK["addr"], TOMASZ["addr"], PRIYA["addr"], FARAH["addr"]],
           "QAPI - Pell Street (March) - Thu 3/13 1:00 pm", body, when(2025, 3, 3, 10),
           atts=[("invite.ics", cal, "text/calendar")])
    save("clean", "admin", m)

    # 007 - infection prevention policy update
    body = """Good afternoon,

Policy IC-114 (Hepatitis B Isolation) has been revised. Effective Monday 11/3:

  - The isolation station must have its own dedicated machine, supplies cart, BP cuff, stethoscope and clamps. Nothing leaves the room.
  - Staff assigned to an HBsAg-positive patient may not care for susceptible patients on the same shift.
  - Disinfect with 1:100 bleach (500 ppm) for surfaces; 1:10 for visible blood. Use the new pre-mixed bottles (dated, good for 24 hours once opened).
  - Gowns and gloves on entry, removed before leaving. Hand hygiene on exit is audited.
  - Non-isolation units: if you get an HBsAg-positive transient request, do not accept until you confirm with me.

Also attached to the updated policy in PolicyStat: the bleach dilution chart and the station disinfection checklist. Each unit manager please have staff sign the read-and-acknowledge by 11/14.

Thanks,
Beth

""" + BETH["sig"] + "\n\n" + DISC
    m = mk(BETH["addr"], "clinicalstaff@" + D, "Revised policy IC-114 Hep B isolation - eff 11/3", body,
           when(2025, 10, 27, 14))
    save("clean", "admin", m)


# ==========================================================================
# clean / lookalike
# ==========================================================================

def lookalike():
    # 001 - supplier invoice with lots, NDCs, tracking; pdf attached
    lines = [
        ("HD-F180", "Dialyzer, high-flux, polysulfone 1.8 m2", "24", "RB4K1187", "2027-08-31", 41.25),
        ("BL-2208", "Bloodline set, AV, with transducer protectors", "24", "L250311C", "2027-03-31", 6.80),
        ("FN-15G1", "AVF needle 15G x 1in, back-eye, 12in tubing", "10", "N4417-22B", "2028-01-31", 18.40),
        ("NDC 63739-0920-25", "Heparin sodium 1,000 units/mL, 10 mL MDV", "25", "HP24C091", "2026-11-30", 4.95),
        ("NDC 63739-0455-10", "Sodium chloride 0.9% 1000 mL bag", "12", "SC5B0312", "2026-09-30", 3.10),
    ]
    t = "Item                Description                                         Qty(cs) Lot          Exp         Unit $\n"
    t += "-" * 118 + "\n"
    for it, desc, qty, lot, exp, price in lines:
        t += "%-19s %-51s %-7s %-12s %-11s %7.2f\n" % (it, desc, qty, lot, exp, price)
    body = """Thank you for your order. Invoice details below; a PDF copy is attached.

Invoice #:      INV-2025-118834
Invoice date:   05/14/2025
Customer acct:  400112  (Kestrel Renal Care - Pell Street)
PO #:           KRC-PO-77210
Terms:          Net 45
Ship via:       FedEx Freight, PRO 1842-2290-67; parcel 7730 1148 2205

""" + t + """
Subtotal: see PDF    Freight: $0.00 (contract)    Tax: exempt (cert #EX-0094471)

Remit to: Ridgeline Medical Supply, Dept 4471, PO Box 80119, Columbus OH 43218
Questions: ar@ridgelinemed.com | 1-800-555-0134 option 3

Ridgeline Medical Supply - Your dialysis supply partner since 1998"""
    pdfl = ["RIDGELINE MEDICAL SUPPLY                         INVOICE INV-2025-118834",
            "Bill to: Kestrel Renal Care, Accounts Payable, 400 Commerce Pkwy Ste 210, Ashford OH 44012",
            "Ship to: Kestrel Renal Care - Pell Street, 81 Pell St, Ashford OH 44012",
            "Customer acct 400112    PO KRC-PO-77210    Date 05/14/2025    Terms Net 45", ""]
    for it, desc, qty, lot, exp, price in lines:
        pdfl.append("%s  %s  qty %s  lot %s  exp %s  $%.2f" % (it, desc, qty, lot, exp, price))
    pdfl += ["", "Invoice total: $2,187.60", "Please reference invoice number with payment."]
    m = mk("Ridgeline Medical Supply <invoices@ridgelinemed.com>", "ap@" + D,
           "Invoice INV-2025-118834 for PO KRC-PO-77210", body, when(2025, 5, 14, 23, 12),
           cc=LUIS["addr"], atts=[("INV-2025-118834.pdf", pdf(pdfl, 9), "application/pdf")])
    save("clean", "lookalike", m)

    # 002 - chargemaster / code list, no patient
    body = """Hi Marcus,

Here are the code changes for the 1/1 chargemaster load. Please review before I send to IT on Friday.

CPT / HCPCS - dialysis
  90935   Hemodialysis, one evaluation                               keep
  90937   Hemodialysis, repeated evaluations                         keep
  90945   Dialysis other than HD (PD), one evaluation                keep
  90947   Dialysis other than HD, repeated evaluations               keep
  90989   Dialysis training, patient, completed course               keep
  90993   Dialysis training, per session                             keep
  90999   Unlisted dialysis procedure                                keep (rev 0821 line item)
  G0491   Dialysis procedure at Medicare-certified ESRD facility (AKI) keep
  G0492   Dialysis procedure w/ single eval, AKI                      keep

Drugs (rev 0636)
  J0887   Epoetin beta (Mircera), ESRD on dialysis, 1 mcg           NEW
  J1756   Iron sucrose, 1 mg                                         price update
  J2501   Paricalcitol, 1 mcg                                        price update
  J0604   Cinacalcet, oral, 1 mg (ESRD on dialysis)                  inactive in CDM (in PPS bundle)

ICD-10 defaults on the claim template
  N18.6   End stage renal disease
  Z99.2   Dependence on renal dialysis
  Z49.01  Encounter for fitting/adjustment of extracorporeal dialysis catheter (remove - not used)
  Z49.31  Encounter for adequacy testing for hemodialysis (remove - not used)

Total lines changed: 7 of 412.

Thanks,
Renee"""
    m = mk(RENEE["addr"], MARCUS["addr"], "CDM changes for 1/1 load - please review", body, when(2024, 12, 9, 11))
    save("clean", "lookalike", m)

    # 003 - credentialing roster with NPIs and licence numbers
    rows = [["Provider", "Specialty", "NPI", "OH License", "Lic Exp", "DEA exp", "Medicare PTAN", "Units"],
            ["Anand Kulkarni, MD", "Nephrology", "1689043215", "35.091244", "2026-07-01", "2027-02-28", "KRC0441A", "Ashford (Med Dir), Pell"],
            ["Helen Fairweather, MD", "Nephrology", "1730298845", "35.088107", "2026-01-01", "2026-09-30", "KRC0442B", "Pell, Drummond"],
            ["Rafael Okonkwo-Diaz, MD", "Nephrology", "1558872910", "35.102871", "2027-04-01", "2026-05-31", "KRC0450C", "Drummond (Med Dir)"],
            ["Leah Sorensen, CNP", "Nephrology NP", "1912457033", "NP.0027715", "2025-10-31", "2027-06-30", "KRC0458D", "Home Therapies"],
            ["Kestrel Renal Care - Ashford", "ESRD facility", "1295837460", "CCN 36-2714", "", "", "", ""],
            ["Kestrel Renal Care - Pell Street", "ESRD facility", "1407726195", "CCN 36-2731", "", "", "", ""],
            ["Kestrel Renal Care - Drummond Park", "ESRD facility", "1861594327", "CCN 36-2790", "", "", "", ""]]
    body = """Hi Alicia,

As requested for the Bluestem recredentialing cycle, attached is our current provider and facility roster (NPIs, state license numbers, expirations). Leah Sorensen's NP license renews 10/31 - I'll send the updated verification as soon as the board posts it.

CAQH IDs were attested in August for all four physicians/NPs.

Thank you,
Grant Ebersole
Regional Director of Operations | Kestrel Renal Care
(330) 555-0100 x5"""
    m = mk(GRANT["addr"], A("Alicia Moreau", "amoreau@bluestemhp.com"), "Recredentialing roster - Kestrel Renal Care",
           body, when(2025, 9, 15, 9, 20),
           atts=[("Kestrel_provider_roster_2025-09.xlsx", xlsx(rows, "Roster"),
                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
    save("clean", "lookalike", m)

    # 004 - phone / fax directory
    body = """Updated directory - please replace the copy taped at your station. Changes in CAPS.

KESTREL RENAL CARE - PHONE & FAX DIRECTORY (rev. 08/2025)

Ashford Dialysis Center, 2200 Quarry Bend Rd
  Main / front desk ........ (330) 555-0140
  Charge nurse ............. (330) 555-0140 x4
  Social work .............. x212     Dietitian ..... x215
  Fax (clinical) ........... (330) 555-0149
  Fax (scheduling) ......... (330) 555-0148

Pell Street Dialysis, 81 Pell St
  Main ..................... (330) 555-0160
  Charge nurse ............. (330) 555-0160 x4
  Fax ...................... (330) 555-0169

Drummond Park Dialysis, 915 Drummond Ave
  Main ..................... (330) 555-0170
  Administrator ............ x100
  FAX ...................... (330) 555-0179   <- NEW NUMBER 8/18

Home Therapies Center (Ashford, 2nd floor)
  Main ..................... (330) 555-0150
  24-hour on-call nurse .... (330) 555-0159

Revenue Cycle Office, 400 Commerce Pkwy Ste 210
  Main ..................... (330) 555-0188
  Fax ...................... (330) 555-0189

Transplant referral ........ (330) 555-0145   fax (330) 555-0146
Biomed on-call ............. (330) 555-0193
IT Service Desk ............ ext. 4357 / (330) 555-0100 x4357

Outside
  Sentinel Renal Lab client services ... (800) 555-0175
  Ridgeline customer service ........... (800) 555-0134
  CareCab dispatch ..................... (330) 555-0122
  St. Agnes dialysis liaison ........... (330) 555-0112

Carla Mendes | Unit Secretary, Drummond Park"""
    m = mk(CARLA["addr"], "allstaff@" + D, "Updated phone/fax directory - Drummond fax changed", body,
           when(2025, 8, 18, 10, 40))
    save("clean", "lookalike", m)

    # 005 - IT ticket notification with asset tags and serials
    body = """Incident INC0048213 has been updated.

Short description:  Label printer at Pell St nurse station not printing specimen labels
Caller:             Olga Petrenko
Location:           Pell Street Dialysis - Nurse Station 1
Priority:           3 - Moderate
State:              Resolved
Assigned to:        Derek Lam (Desktop Support)

Asset:              KRC-PRN-0317 (Zebra ZD421, S/N D5J221804471)
Connected PC:       KRC-WS-1129 (S/N 5CG3321KQ8), IP 10.40.12.117

Work notes (06/17/2025 14:02):
  Print queue stuck after driver auto-update 6.2.1 -> 6.3.0. Rolled back driver, cleared spooler, calibrated media (2.25 x 1.25 in). Test label printed OK. Added device to update deferral group GRP-CLIN-PRN.

Related: INC0048190 (Ashford station 2, same model) - also resolved.

If this issue is not resolved, reply to this email within 5 days to reopen the ticket.

Ref:MSG4471290_kR2q8"""
    m = mk("Kestrel IT Service Desk <servicedesk@kestrelrenal.com>", OLGA["addr"],
           "INC0048213 resolved - Label printer at Pell St nurse station", body, when(2025, 6, 17, 14, 3),
           headers={"Auto-Submitted": "auto-generated"})
    save("clean", "lookalike", m)

    # 006 - aggregate quality stats
    body = """Hi all,

Q2 2025 quality snapshot for the three units (all patients in-center > 90 days; home patients reported separately). These are unit-level numbers for the board packet - no patient detail.

                         Ashford   Pell St   Drummond   Target
Census (6/30)               118        84        101
spKt/V >= 1.2             96.4%     92.1%      94.8%      >= 93%
Hgb < 10 g/dL             14.2%     17.9%      12.5%      < 15%
Phos > 5.5 mg/dL          31.0%     38.6%      29.7%      < 35%
Catheter > 90 days         9.3%     13.1%       8.0%      < 10%
AVF in use                68.6%     61.9%      70.3%      >= 65%
BSI rate / 100 pt-months   0.42      0.88       0.31      < 0.5
Hospitalizations (SHR)     0.94      1.12       0.89      < 1.0
Missed treatments/month    2.1%      3.8%       2.4%      < 3%
Transplant waitlisted     17.8%     13.1%      15.8%
Home referral (new pts)     6/19      3/12       5/15

Notable: Pell Street catheter and BSI rates up after two new starts in April; action plan on page 4 of the QAPI minutes. Drummond had zero BSIs in May and June.

Next report due 10/10.

Beth

""" + BETH["sig"]
    m = mk(BETH["addr"], [GRANT["addr"], DANA["addr"], RAMON["addr"], LUIS["addr"]],
           "Q2 quality snapshot - unit level for board packet", body, when(2025, 7, 18, 11))
    save("clean", "lookalike", m)

    # 007 - device field safety notice with lots and machine serials
    body = """Team,

Forwarding the field safety notice from the bloodline manufacturer. Please pull the affected lots today and quarantine them in the biomed cage - DO NOT discard, they're going back for credit.

Affected product: AV bloodline set BL-2208
Affected lots:    L250203A, L250203B, L250211C
Issue:            possible kinking at the venous drip chamber outlet under high Qb
Our stock:        Ashford 6 cs (L250203B), Pell 0, Drummond 4 cs (L250211C)
Replacement:      Ridgeline shipping lot L250311C Thursday, tracking 7730 1152 0943

Separately, the machine software update (v4.12) is scheduled per unit. Serial numbers below are due:

  Ashford:  SN 2K8T-11873, 2K8T-11874, 2K8T-11902, 2K8T-12010
  Pell:     SN 2K8T-09911, 2K8T-09913
  Drummond: SN 2K8T-12755 through 2K8T-12761 (7 machines)

No adverse events reported at our units. Please document the quarantine in the equipment log (form TS-07) and reply when done.

Farah

""" + FARAH["sig"]
    m = mk(FARAH["addr"], ["unitmanagers@" + D, "charge.nurses@" + D], "FSN: bloodline lots L250203A/B, L250211C - pull today",
           body, when(2025, 3, 18, 8, 15), cc=BETH["addr"])
    save("clean", "lookalike", m)


# ==========================================================================
# clean / news
# ==========================================================================

def news():
    # 001 - internal newsletter with inline logo
    text = """THE KESTREL QUARTERLY - Spring 2025

IN THIS ISSUE
 * Drummond Park expands to 24 stations
 * National Kidney Month recap
 * Home therapies: record year for training
 * Staff spotlight: Technical Services
 * Dates to remember

DRUMMOND PARK EXPANDS
Construction on the east wing wraps up in May, adding six stations and a second isolation room. The expansion lets us add a third shift on MWF and shorten the waitlist for afternoon chairs. Thank you to Ramon Villanueva and the Drummond team for working around the noise all winter.

NATIONAL KIDNEY MONTH
In March our units hosted blood pressure screenings at three community events and the Ashford library, checking 412 people and handing out 600 "Know Your Kidney Numbers" cards. Our dietitians ran two cooking demos on lower-sodium comfort food.

HOME THERAPIES
The Home Therapies Center trained more patients in 2024 than any year since it opened - 38 on PD and 11 on home hemodialysis. Nationally, roughly 14% of dialysis patients now dialyze at home; our goal is 20% by 2027.

STAFF SPOTLIGHT: TECHNICAL SERVICES
Farah Haddad and the biomed crew keep 96 machines and three water rooms running. Farah just completed her CBET certification - congratulations!

DATES
 4/13  EMR upgrade (overnight)
 5/1   Summer PTO requests due
 5/14  Annual skills fair, Ashford training room
 6/20  Staff picnic, Riverside Park shelter B

Questions or story ideas: communications@kestrelrenal.com"""
    html = """<html><body style="margin:0;font-family:Georgia,serif;background:#f2f5f5">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:16px 24px;background:#126e76"><img src="cid:kqlogo01@kestrelrenal.com" alt="Kestrel Renal Care" width="180" height="60"></td></tr>
<tr><td style="padding:20px 24px"><h1 style="color:#126e76;font-size:22pt;margin:0">The Kestrel Quarterly</h1><p style="color:#777">Spring 2025</p>
<h2>Drummond Park expands to 24 stations</h2><p>Construction on the east wing wraps up in May, adding six stations and a second isolation room. The expansion lets us add a third shift on MWF and shorten the waitlist for afternoon chairs. Thank you to Ramon Villanueva and the Drummond team for working around the noise all winter.</p>
<h2>National Kidney Month</h2><p>In March our units hosted blood pressure screenings at three community events and the Ashford library, checking 412 people and handing out 600 &ldquo;Know Your Kidney Numbers&rdquo; cards. Our dietitians ran two cooking demos on lower-sodium comfort food.</p>
<h2>Home therapies</h2><p>The Home Therapies Center trained more patients in 2024 than any year since it opened &mdash; 38 on PD and 11 on home hemodialysis. Nationally, roughly 14% of dialysis patients now dialyze at home; our goal is 20% by 2027.</p>
<h2>Staff spotlight: Technical Services</h2><p>Farah Haddad and the biomed crew keep 96 machines and three water rooms running. Farah just completed her CBET certification &mdash; congratulations!</p>
<h2>Dates</h2><ul><li>4/13 EMR upgrade (overnight)</li><li>5/1 Summer PTO requests due</li><li>5/14 Annual skills fair, Ashford training room</li><li>6/20 Staff picnic, Riverside Park shelter B</li></ul>
<p style="font-size:9pt;color:#888">Questions or story ideas: communications@kestrelrenal.com</p></td></tr></table></body></html>"""
    m = EmailMessage()
    m["From"] = "Kestrel Communications <communications@kestrelrenal.com>"
    m["To"] = "allstaff@" + D
    m["Subject"] = "The Kestrel Quarterly - Spring 2025"
    m["Date"] = format_datetime(when(2025, 4, 3, 9, 0))
    m["Message-ID"] = msgid("communications@" + D)
    m.set_content(text)
    m.add_alternative(html, subtype="html")
    m.get_payload()[1].add_related(logo_png(), "image", "png", cid="<kqlogo01@kestrelrenal.com>",
                                   filename="kestrel_logo.png")
    save("clean", "news", m)

    # 002 - county public-health bulletin
    body = """ASHFORD COUNTY HEALTH DEPARTMENT
Health Advisory - Dialysis and Long-Term Care Facilities
Advisory #2025-07 | Issued October 6, 2025

Subject: Respiratory virus season and hepatitis B screening reminders for outpatient dialysis facilities

Summary
 - Influenza activity in the county moved from "minimal" to "low" in the week ending October 4. RSV detections are rising in children under 5.
 - Outpatient dialysis patients are at high risk of severe outcomes. Facilities should offer influenza vaccine to all patients and staff now and document declinations.
 - The updated 2025-26 COVID-19 vaccines are available through the usual distributors.

Hepatitis B
 - Screening of all new dialysis patients for HBsAg, anti-HBc and anti-HBs before admission remains the standard; susceptible patients should be vaccinated with a dialysis-formulated schedule and tested for anti-HBs 1-2 months after the final dose.
 - Two hepatitis B transmission events in outpatient dialysis settings were reported statewide in the past 18 months; both were linked to lapses in station disinfection and medication preparation.

Reporting
 - Suspected clusters of respiratory illness (3 or more epidemiologically linked cases in 72 hours) and any new hepatitis B or C seroconversion in a dialysis patient must be reported to the Communicable Disease Unit within 1 business day: (330) 555-0108, fax (330) 555-0109.

Resources: county health website > Providers > Advisories

You are receiving this because your facility is registered with the Health Alert Network. To update your contact, email han@ashfordcountyhealth.org."""
    m = mk("Ashford County Health Dept - HAN <han@ashfordcountyhealth.org>", "han-dialysis@ashfordcountyhealth.org",
           "Health Advisory 2025-07: Respiratory season & Hep B reminders for dialysis facilities", body,
           when(2025, 10, 6, 10, 30), headers={"Precedence": "bulk"})
    save("clean", "news", m)

    # 003 - journal club summary
    body = """Hi everyone,

Thanks to all who came to journal club Tuesday. For those who missed it, a quick summary:

Paper: a multicenter randomized trial of incremental (twice-weekly, advancing to thrice-weekly) vs. conventional thrice-weekly hemodialysis in incident patients with residual kidney function.

Design: ~300 adults starting HD with urine output > 500 mL/day and residual urea clearance >= 3 mL/min; 12-month follow-up. Primary outcome: change in residual kidney function. Secondary: hospitalization, mortality, quality of life, vascular access events.

Key findings (as presented):
  - Residual function declined more slowly in the incremental arm at 6 months; the difference narrowed by 12 months.
  - No significant difference in mortality or all-cause hospitalization (trial not powered for these).
  - Fluid overload admissions were slightly more common in the incremental arm early on.
  - Patients in the incremental arm reported better scores on the burden-of-kidney-disease scale.

Discussion points:
  - We'd need a protocol for measuring residual function (timed urine collections) - who collects, how often.
  - Billing: twice-weekly is payable but we'd need clear documentation of medical necessity for the schedule.
  - Chair scheduling gets complicated when patients step up from 2x to 3x.

Next month: Leah will present on PD-first / urgent-start PD. Same time, 12:15 in the Ashford conference room, lunch provided.

Helen

Helen Fairweather, MD
Harborview Nephrology Associates"""
    m = mk(FAIR["addr"], ["nephro-journalclub@hvnephro.com", "clinicalstaff@" + D],
           "Journal club recap - incremental HD trial", body, when(2025, 2, 20, 17, 5))
    save("clean", "news", m)

    # 004 - community marketing for home dialysis info night
    text = """Thinking about dialysis at home?

Join us for a free Home Dialysis Information Night
Thursday, September 18, 2025 | 6:00 - 7:30 pm
Kestrel Renal Care - Home Therapies Center, 2200 Quarry Bend Rd, Ashford (2nd floor)

Learn about:
 - Peritoneal dialysis (PD) and home hemodialysis: how they work, what training looks like
 - What a typical day looks like, travel, and work
 - Supplies, deliveries, and what's covered by insurance
 - Talking with your nephrologist about whether home is right for you

Care partners and family are welcome. Light dinner provided (kidney-friendly!). Spanish interpretation available - please let us know when you RSVP.

RSVP: (330) 555-0150 or homeprogram@kestrelrenal.com

You're receiving this because you subscribed to Kestrel Renal Care community updates. Unsubscribe: https://www.kestrelrenal.com/unsubscribe
Kestrel Renal Care, 2200 Quarry Bend Rd, Ashford OH 44012"""
    html = ('<html><body style="font-family:Arial;color:#233"><div style="max-width:600px;margin:auto">'
            '<h1 style="color:#126e76">Thinking about dialysis at home?</h1>'
            '<p style="font-size:13pt">Join us for a free <b>Home Dialysis Information Night</b><br>'
            'Thursday, September 18, 2025 &middot; 6:00&ndash;7:30 pm<br>Kestrel Renal Care &ndash; Home Therapies Center, '
            '2200 Quarry Bend Rd, Ashford (2nd floor)</p><ul><li>Peritoneal dialysis (PD) and home hemodialysis: how they work, '
            'what training looks like</li><li>What a typical day looks like, travel, and work</li><li>Supplies, deliveries, and '
            'what&rsquo;s covered by insurance</li><li>Talking with your nephrologist about whether home is right for you</li></ul>'
            '<p>Care partners and family are welcome. Light dinner provided (kidney-friendly!). Spanish interpretation available.</p>'
            '<p><a href="mailto:homeprogram@kestrelrenal.com" style="background:#126e76;color:#fff;padding:10px 18px;'
            'text-decoration:none">RSVP</a> or call (330) 555-0150</p><p style="font-size:8pt;color:#888">You&rsquo;re receiving '
            'this because you subscribed to Kestrel Renal Care community updates. <a href="https://www.kestrelrenal.com/unsubscribe">'
            'Unsubscribe</a></p></div></body></html>')
    m = mk("Kestrel Renal Care <news@kestrelrenal.com>", "community-updates@kestrelrenal.com",
           "You're invited: Home Dialysis Information Night, Sept 18", text, when(2025, 8, 28, 10, 0), html=html,
           headers={"List-Unsubscribe": "<https://www.kestrelrenal.com/unsubscribe>", "Precedence": "bulk"})
    save("clean", "news", m)

    # 005 - transplant centre referral-partner bulletin
    body = """MARLOW UNIVERSITY TRANSPLANT CENTER
Referring Partner Update - Kidney Program | Summer 2025

1. Waiting time and eGFR
As a reminder, national policy requires that kidney waiting time for eligible candidates be calculated using race-neutral eGFR. Our team has completed the review of all candidates on our list; referring units do not need to take any action, but you may receive questions from patients who received a letter about a waiting-time modification.

2. Referral turnaround
Median time from complete referral to first evaluation visit fell from 71 days (2023) to 44 days (first half of 2025). The most common reason a referral is "incomplete" remains missing infectious disease serologies within 12 months, followed by a missing CMS-2728.

3. Monthly sera
Please continue to send monthly serum samples for active candidates on the first business week of each month. New shipping labels with our updated lab address were mailed to all partner units in June.

4. Living donation
Our living donor program completed 62 living donor kidney transplants in 2024. Paired exchange is available for incompatible pairs. Potential donors can self-refer online or at (555) 014-3350.

5. Education for your staff
Free CE webinar: "Preparing your patients for transplant evaluation" - Wednesday, August 13, noon. 1.0 contact hour for nurses and social workers.

Questions: transplantreferrals@marlowtransplant.org | (555) 014-3300"""
    m = mk("Marlow Transplant Referral Services <transplantreferrals@marlowtransplant.org>", MIREILLE["addr"],
           "Referring Partner Update - Kidney Program, Summer 2025", body, when(2025, 7, 22, 12, 0),
           headers={"Precedence": "bulk"})
    save("clean", "news", m)

    # 006 - industry billing newsletter on the proposed rule
    body = """RenalBill Insights | Weekly Brief
---------------------------------------------------
ESRD PPS Proposed Rule: What Billing Offices Should Know

CMS released the CY2026 ESRD PPS proposed rule last week. Highlights for revenue cycle teams:

* Base rate: a proposed increase to the per-treatment base rate driven by the market basket update, partly offset by a productivity adjustment. Final numbers in November.
* Outlier policy: fixed-dollar loss thresholds would be updated; outlier payments have run below the 1% target for several years.
* TDAPA/TPNIES: no new products proposed for the add-on payment; several products transition into the base rate.
* Low-volume payment adjustment: proposed refinements to the tiering, important for small rural facilities.
* AKI dialysis: payment rate for AKI treatments set equal to the ESRD base rate, adjusted by wage index.
* ESRD QIP: measure set changes for PY2028, including updates to the hospitalization and transplant waitlisting measures.

Comment period closes in late August. Our webinar on August 6 will walk through the pricer impact with sample calculations.

---------------------------------------------------
You're receiving this because you subscribed at renalbillinsights.com. Manage preferences | Unsubscribe
RenalBill Insights, 1800 Commerce St, Suite 400, Columbus OH 43215"""
    m = mk("RenalBill Insights <brief@renalbillinsights.com>", MARCUS["email"],
           "Weekly Brief: ESRD PPS proposed rule - what billing offices should know", body, when(2025, 7, 9, 6, 0),
           headers={"Precedence": "bulk", "List-Unsubscribe": "<mailto:unsubscribe@renalbillinsights.com>"})
    save("clean", "news", m)


# ==========================================================================
# clean / staff
# ==========================================================================

def staff_():
    # 001 - December RN/PCT schedule table
    days = ["Mon 12/1", "Tue 12/2", "Wed 12/3", "Thu 12/4", "Fri 12/5", "Sat 12/6"]
    roster = [("Luis Echeverria, RN (charge)", ["D", "D", "D", "-", "D", "-"]),
              ("Olga Petrenko, RN", ["-", "D", "-", "D", "-", "D"]),
              ("Josefina Santos, RN", ["D", "-", "D", "D", "D", "-"]),
              ("Teodoro Aquino, PCT/CCHT", ["E", "E", "E", "-", "E", "E"]),
              ("Marisa Kent, PCT", ["E", "-", "E", "E", "E", "-"]),
              ("DeShawn Moss, PCT/CCHT", ["-", "E", "-", "E", "-", "E"]),
              ("Float: Hye-jin Cho, RN", ["-", "-", "-", "-", "-", "D"])]
    t = "%-30s" % "Staff" + "".join("%-10s" % d for d in days) + "\n" + "-" * 90 + "\n"
    for n, s in roster:
        t += "%-30s" % n + "".join("%-10s" % x for x in s) + "\n"
    body = """Hi Pell team,

First week of December below - full month is posted on the break room board and in the scheduling app. D = 5:00a-3:30p, E = 10:30a-9:00p.

""" + t + """
Holiday: Christmas Day we're closed; Mon/Tue shifts shift to Sun 12/21 and Tue 12/23. Volunteers for the Sunday shift get holiday rate - let me know by 11/20.

Swaps need both names and my OK in the app, not just a text to each other please!

Luis"""
    m = mk(LUIS["addr"], "pellst.staff@" + D, "December schedule - week 1 + holiday shifts", body, when(2025, 11, 10, 14))
    save("clean", "staff", m)

    # 002 - open enrollment
    body = """Open Enrollment for 2026 benefits runs November 3 - November 21.

What's new for 2026
 - Medical: Bluestem PPO and Bluestem HMO both return. PPO employee-only premium goes up $6.50 per paycheck; HMO stays the same.
 - Dental: new orthodontia rider for adults.
 - Vision: frames allowance increases to $175.
 - HSA: company contribution increases to $750 (single) / $1,500 (family) for employees in the HDHP.
 - Tuition assistance: up to $5,250 per year, now including CCHT and CNN exam fees.

What you need to do
 - If you want to keep your current medical, dental and vision elections, you don't need to do anything - EXCEPT FSA, which must be re-elected every year.
 - Log in to the benefits portal from the intranet (Employee Self-Service > Benefits).
 - Add or update dependents and beneficiaries.

Benefits office hours on each unit:
 - Ashford: Tue 11/4, 1-3 pm (break room)
 - Drummond Park: Thu 11/6, 12-2 pm
 - Pell Street: Tue 11/11, 1-3 pm
 - Home Therapies & Revenue Cycle: virtual, Wed 11/12, 12-1 pm

Questions? peopleteam@kestrelrenal.com or ext. 2700.

Kestrel People Team"""
    m = mk("Kestrel People Team <peopleteam@kestrelrenal.com>", "allstaff@" + D,
           "Open Enrollment 2026 starts Nov 3 - what's new", body, when(2025, 10, 28, 8, 0), html=True)
    save("clean", "staff", m)

    # 003 - payroll timesheet deadline
    body = """Managers / timekeepers,

Because of Thanksgiving, payroll for the 11/16-11/29 period closes early:

  - All timesheets approved by MONDAY 12/1 at 10:00 AM (normally Tuesday)
  - Thanksgiving (11/27) holiday pay posts automatically for eligible FT staff. If someone worked the holiday, make sure the "HOL-WRK" code is on the punch, not regular time.
  - Missed punches without a correction form will be paid at scheduled hours only.
  - Call-back pay for on-call nurses: enter as CB with the start and end time of the call, 2-hour minimum.

Paychecks / direct deposit: Friday 12/5.

Thank you!
Sandra Whitley
Payroll Specialist | Kestrel Renal Care | ext. 2710"""
    m = mk(A("Sandra Whitley", "swhitley@kestrelrenal.com"), ["managers@" + D, "timekeepers@" + D],
           "Payroll - early close for Thanksgiving week", body, when(2025, 11, 19, 11, 25))
    save("clean", "staff", m)

    # 004 - celebration
    body = """Hi Ashford family!!

Friday 6/27 is BAO'S 10 YEAR ANNIVERSARY with Kestrel! Bao started as a PCT trainee in June 2015 and has precepted more new techs than anyone on the unit (we counted 23). 

We're doing a potluck in the break room Friday between shifts (10:30-11:30 and again at 3:30 for 2nd shift). Sign-up sheet is on the fridge - we have plenty of desserts already, need mains and salads. Bao's favorite is Sun-hee's japchae so no pressure Sun-hee :)

Card is at the front desk, please sign it before Thursday. Don't say anything!!

Dana"""
    m = mk(DANA["addr"], "ashford.staff@" + D, "shhh - Bao's 10 year anniversary Friday", body,
           when(2025, 6, 23, 12, 5))
    save("clean", "staff", m)

    # 005 - home therapies on-call rota
    body = """Home Therapies on-call - July 2025

The 24h on-call line is (330) 555-0159 and forwards to the nurse listed. Hand-off at 8:00 am each day. Backup is the Director.

Week          PD on-call                Home HD on-call          Backup
Jul 1-7       Gloria Ampofo  555-0194   Kevin Strand   555-0196   Nina Halloran 555-0197
Jul 8-14      Marcy Dillard  555-0105   Kevin Strand   555-0196   Nina Halloran 555-0197
Jul 15-21     Gloria Ampofo  555-0194   Tom Reuben     555-0113   Nina Halloran 555-0197
Jul 22-28     Marcy Dillard  555-0105   Kevin Strand   555-0196   Nina Halloran 555-0197
Jul 29-Aug 4  Gloria Ampofo  555-0194   Tom Reuben     555-0113   Nina Halloran 555-0197

Reminders: document every call in the on-call log within 12 hours. If you need to go in to see someone, call the backup first.

Gloria has 7/4 - thank you, Gloria!

Nina

""" + NINA["sig"]
    m = mk(NINA["addr"], "homeprogram.rn@" + D, "Home Therapies on-call - July", body, when(2025, 6, 24, 16))
    save("clean", "staff", m)

    # 006 - staff leave coverage, no health details
    body = """Hi team,

Olga will be out on leave from Tuesday 5/6 through Friday 5/23. Please don't reach out to her about unit questions while she's away - route them to me or to Josie.

Coverage plan:
  - Olga's TTS assignments: Hye-jin Cho (float RN) 5/6-5/17, Josefina Santos 5/20-5/23
  - Her QAPI anemia slides: Josie has the template
  - Pell Street vaccine log: Luis
  - Her Thursday preceptor day with the new grad moves to me

Thanks everyone for pitching in.

Dana"""
    m = mk(DANA["addr"], "pellst.staff@" + D, "Coverage while Olga is out 5/6-5/23", body, when(2025, 4, 30, 15, 40),
           cc=LUIS["addr"])
    save("clean", "staff", m)

    # 007 - certification expirations list
    body = """Hi Ramon,

Credential expirations coming up for Drummond Park in the next 90 days (from the HR tracker, staff only):

Name                 Role        Credential           Expires      Status
-------------------  ----------  -------------------  -----------  ---------------------------
Abdi Warsame         PCT         BLS (AHA)            08/31/2025   class booked 8/14
Abdi Warsame         PCT         CCHT (NNCC)          10/15/2025   CE hours submitted
Carla Mendes         Unit Sec.   BLS (AHA)            09/30/2025   needs class
Nora Blessing        RN          RN license (OH)      10/31/2025   renewed online 7/2 - verify
Nora Blessing        RN          CNN                  12/31/2025   ok
Marco Ferri          PCT         CCHT (BONENT)        09/12/2025   exam-based renewal; needs 30 CE
Kim Ostrander        RN          ACLS                 08/20/2025   not required - FYI only

State rule: PCTs must hold a current national certification within 18 months of hire and maintain it. Anyone who lapses comes off the floor until renewed, so please nudge Marco this week.

BLS classes: Ashford training room 8/14 and 9/18, 8:00-12:00. Sign up with me.

Thanks,
Beth

""" + BETH["sig"]
    m = mk(BETH["addr"], RAMON["addr"], "Drummond credentials expiring next 90 days", body, when(2025, 7, 28, 9, 10))
    save("clean", "staff", m)


# ==========================================================================
# clean / training
# ==========================================================================

def training():
    # 001 - adequacy quiz
    body = """New hire RNs and PCTs - here's this week's practice quiz for the adequacy module. Answers go over in Thursday's huddle. All cases are made up.

1. A sample patient's pre-dialysis BUN is 80 mg/dL and post-dialysis BUN is 24 mg/dL. What is the URR? Does it meet the 65% target?

2. Using the same values, session length 4 hours, UF 3.0 L, post-weight 70 kg, estimate spKt/V with the Daugirdas II formula:
   Kt/V = -ln(R - 0.008 x t) + (4 - 3.5 x R) x UF/W
   (R = post/pre BUN, t = hours, UF in liters, W = post weight in kg)

3. List three reasons a post-BUN might be drawn incorrectly and make Kt/V look better than it really is.

4. True or false: recirculation in an AV fistula lowers the delivered dose of dialysis.

5. A fictitious patient's Kt/V drops from 1.45 to 1.10 over two months with no change in prescription. Name four things you would check.

Bonus: what's the difference between spKt/V and eKt/V, and which one goes on the monthly claim?

Good luck!
Gloria (for the Education Committee)

""" + GLORIA["sig"]
    m = mk(GLORIA["addr"], "newhire-cohort-sept@" + D, "Adequacy module - practice quiz #3", body,
           when(2025, 9, 22, 7, 30))
    save("clean", "training", m)

    # 002 - EMR release test script with test patients
    script = """KestrelChart 11.6 - UAT Script FLOW-07: Treatment flowsheet, machine data import
Environment: KCTEST (non-production)   Tester: ______   Date: ______

Test patients (TEST ENVIRONMENT ONLY - fictitious):
  ZZTEST, DIALYSIS ONE    MRN TST9000001   DOB 01/01/1950   Unit: ASHF-TRAIN   Chair T1
  ZZTEST, DIALYSIS TWO    MRN TST9000002   DOB 02/02/1960   Unit: ASHF-TRAIN   Chair T2
  ZZTEST, HOMEHD THREE    MRN TST9000003   DOB 03/03/1970   Unit: HOME-TRAIN

Step  Action                                                Expected result                          P/F
----  ----------------------------------------------------  ---------------------------------------  ---
1     Open DIALYSIS ONE, start new treatment                Flowsheet opens with order defaults
2     Enter pre-weight 82.4 kg, BP 150/88                   IDWG auto-calcs vs last post-weight
3     Link training machine SN TRN-0001                     Machine data arrives q15 min
4     Simulate arterial pressure alarm on machine           Alarm appears on flowsheet w/ timestamp
5     End treatment, enter post-weight 79.9 kg              UF discrepancy flag if > 0.5 kg
6     Sign flowsheet as RN                                  Status = Complete, locked
7     Repeat 1-6 for HOMEHD THREE using home template       Home fields (care partner) visible

Log defects in the UAT tracker with screenshots (training data only)."""
    body = """Hi super-users,

UAT for the 11.6 upgrade starts Monday. Attached is script FLOW-07. Please use ONLY the ZZTEST patients in KCTEST - do not look up real patients in the test environment, the prod refresh copied some of the census but those records are locked.

Each unit has one hour blocked with the training machine on Tue/Wed. Sign up on the sheet.

Thanks,
Derek Lam
Clinical Applications Analyst | Kestrel IT"""
    m = mk(A("Derek Lam", "dlam@kestrelrenal.com"), "superusers@" + D, "UAT - 11.6 test script FLOW-07 (flowsheet/machine import)",
           body, when(2025, 3, 28, 13, 45), atts=[("UAT_FLOW-07.txt", script, "text/plain")])
    save("clean", "training", m)

    # 003 - PD case study, de-identified
    body = """Case study for Wednesday's PD trainee session - de-identified composite, not a real patient.

Mr. A is a 58-year-old man with diabetic kidney disease who started CCPD three months ago. He lives with his adult daughter, who is his care partner. His prescription is 4 exchanges of 2.2 L over 9 hours on the cycler with a last fill of icodextrin.

Over the past week he reports:
  - cycler alarms for "low drain volume" most nights
  - constipation (no BM for 4 days)
  - clear effluent, no abdominal pain, no fever
  - weight up 2.5 kg, ankles more swollen

Discussion questions:
  1. What is the most likely cause of the drain alarms? What would you check first?
  2. How does constipation affect catheter function, and what would you recommend?
  3. What teaching points would you review with the care partner?
  4. When would this become a same-day clinic visit instead of a phone call?
  5. What changes in his solution strength or prescription might the nephrologist consider for the fluid gain?

Bring your training binders. We'll also practice a manual exchange on the demo mannequin.

Gloria"""
    m = mk(GLORIA["addr"], ["pd-trainees@" + D, NINA["addr"]], "Wed PD trainee session - case study (Mr. A)", body,
           when(2025, 5, 5, 15, 30))
    save("clean", "training", m)

    # 004 - HL7 interface validation with fictitious patient
    hl7 = "\r".join([
        "MSH|^~\\&|SENTINEL_LIS|SENTINEL|KRC_EMR|KRC_TEST|20250610093000||ORU^R01^ORU_R01|VALTEST0001|T|2.5.1",
        "PID|1||TST9000002^^^KRC^MR||ZZTEST^DIALYSIS TWO||19600202|M",
        "OBR|1|TSTORD0001|TSTACC0001|ESRDMON^ESRD Monthly Panel^L|||20250610090000|||||||||||||||20250610092500||||F",
        "OBX|1|NM|2823-3^Potassium^LN||4.4|mmol/L|3.5-5.1|N|||F",
        "OBX|2|NM|3094-0^BUN post^LN||18|mg/dL|7-20|N|||F",
        "OBX|3|ST|3094-0^BUN post^LN||<18|mg/dL|7-20||||F",
    ]) + "\r"
    body = """Sentinel team,

For the OBX-5 fix (our ticket INT-2291), here is the validation message we'll push through the TEST channel (processing ID "T"). Patient is our standard fictitious test record ZZTEST, DIALYSIS TWO, which only exists in KCTEST.

Expected: OBX 1-2 file as numeric, OBX 3 files as string with the "<" comparator preserved. Please send your version of the same panel with SN data type for the comparator case so we can test both ways.

Window: Tuesday 6/10, 9:30-10:30.

Derek Lam
Clinical Applications Analyst | Kestrel IT"""
    m = mk(A("Derek Lam", "dlam@kestrelrenal.com"), A("Sentinel Interfaces", "interfaces@sentinelrenallab.com"),
           "INT-2291 validation message (TEST channel)", body, when(2025, 6, 6, 16, 12),
           atts=[("VALTEST0001.hl7", hl7.encode("ascii"), "application/hl7-v2")])
    save("clean", "training", m)

    # 005 - cannulation competency checklist docx
    dx = docx([
        "**Kestrel Renal Care - Cannulation Competency Checklist (AVF/AVG)**",
        "Employee: ____________________   Preceptor: ____________________   Unit: __________",
        "Minimum: 3 observed successful cannulations on fistulas and 3 on grafts before independent practice.",
        "1. Reviews access assessment from previous treatment note and any cannulation plan.",
        "2. Performs hand hygiene; dons PPE (gloves, face shield, gown).",
        "3. Look, listen, feel: inspects for redness, drainage, aneurysm; auscultates bruit; palpates thrill.",
        "4. Cleans site per protocol (patient washes arm; antiseptic scrub with adequate dry time).",
        "5. Applies tourniquet (fistula only); selects rotation site per rope-ladder or buttonhole plan.",
        "6. Inserts needle at correct angle (25 degrees AVF / 45 degrees AVG), bevel up, flash confirmed.",
        "7. Flushes and secures needle; arterial and venous needles at least 1.5 in apart.",
        "8. Documents needle gauge, sites, attempts and any infiltration.",
        "9. Knows infiltration response: stop, clamp, remove needle, hold pressure, notify RN, ice.",
        "10. Removes needles at end of treatment; holds pressure; checks for hemostasis before bandaging.",
        "Preceptor sign-off: __________  Date: ______   Educator sign-off: __________  Date: ______",
    ])
    body = """Hi preceptors,

Attached is the updated cannulation competency checklist. Changes from the old version: added step 9 (infiltration response) and the minimum of 3 graft cannulations, since the new hires were signing off on fistulas only.

Please use this for the September cohort. Completed forms go to me for the education file.

Thanks,
Beth"""
    m = mk(BETH["addr"], "preceptors@" + D, "Updated cannulation competency checklist", body, when(2025, 8, 29, 10, 0),
           atts=[("Cannulation_Competency_Checklist_v3.docx", dx,
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
    save("clean", "training", m)

    # 006 - billing training exercise with fictitious remits
    body = """Billing team - training exercise for Friday's lunch-and-learn on reading 835s. ALL DATA IS FICTITIOUS / SAMPLE (payer and patients are made up).

Sample A
  CLP*SAMPLE001*1*4500*3600*900*MB*SAMPLEICN01*13*1
  NM1*QC*1*SAMPLE*PATIENT A****MI*000000000A
  CAS*PR*2*900

Sample B
  CLP*SAMPLE002*4*4500*0**MB*SAMPLEICN02*13*1
  NM1*QC*1*SAMPLE*PATIENT B****MI*000000000B
  CAS*CO*16*4500
  LQ*HE*MA130

Sample C
  CLP*SAMPLE003*22*-4500*-3600**MB*SAMPLEICN03*13*1
  NM1*QC*1*SAMPLE*PATIENT C****MI*000000000C

Questions:
  1. For Sample A, how much does the patient owe and why?
  2. What do CO-16 and MA130 together tell you about Sample B? What would you fix?
  3. What does claim status 22 mean in Sample C, and what should happen to the original payment?
  4. Which of these would you post as a denial in our system, and which as an adjustment?

We'll go through answers together. Pizza is on me.

Marcus"""
    m = mk(MARCUS["addr"], "billingteam@" + D, "Lunch & learn Friday - 835 exercise (sample data)", body,
           when(2025, 4, 16, 9, 55))
    save("clean", "training", m)


# ==========================================================================
# main
# ==========================================================================

def main():
    care()
    ids()
    lang()
    lists()
    names()
    self_()
    struct_()
    admin()
    lookalike()
    news()
    staff_()
    training()

    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "label", "kind", "patient_name"])
        for r in ROWS:
            w.writerow(r)

    ok = True
    for label, kind, n in EXPECTED:
        got = COUNT.get((label, kind), 0)
        flag = "" if got == n else "   <-- expected %d" % n
        ok = ok and got == n
        print("%-6s %-10s %3d%s" % (label, kind, got, flag))
    print("total %d" % len(ROWS))
    if not ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
