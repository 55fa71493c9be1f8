#!/usr/bin/env python3
"""Generate a blind evaluation set of realistic email for a podiatry, wound-care and
hyperbaric-oxygen centre.  Everything in here is invented.

usage: python3 gen.py OUTDIR
"""
import csv
import datetime
import io
import json
import os
import random
import sys
import zipfile
from collections import OrderedDict
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

SEED = 7701
random.seed(SEED)

OUT = sys.argv[1] if len(sys.argv) > 1 else "."

# ---------------------------------------------------------------------------
# organisations and people (all invented)
# ---------------------------------------------------------------------------
CTR = "cedarridgewound.org"
CTR_NAME = "Cedar Ridge Wound & Hyperbaric Center"
CTR_ADDR = "1180 Tannery Road, Suite 200, Millbrook, NY 12545"
CTR_PHONE = "(845) 555-0100"
CTR_FAX = "(845) 555-0199"

STEP = "steprightpedorthics.com"
LAKE = "lakesidehh.org"
VASC = "tricountyvascular.net"
MAPLE = "maplecrestrehab.com"
WILLOW = "willowbrookliving.net"
KVHP = "kvhp-provider.com"
MERID = "meridianmedsupply.com"
GAS = "tristategas-example.net"


def P(name, user, dom=CTR):
    return '"%s" <%s@%s>' % (name, user, dom) if ("," in name or "." in name) else "%s <%s@%s>" % (name, user, dom)


OKAFOR = P("Renata Okafor, DPM", "rokafor")
BRIGHT = P("Samuel Brightwater, MD", "sbrightwater")
VENKAT = P("Priya Venkataraman", "pvenkataraman")
KESSLER = P("Lorraine Kessler", "lkessler")
DELGADO = P("Marcus Delgado", "mdelgado")
OBUYA = P("Tanya Obuya", "tobuya")
FARRADAY = P("Gwen Farraday", "gfarraday")
PIKUL = P("Jerome Pikul", "jpikul")
KMARSH = P("Keiko Marsh", "kmarsh")
SALINAS = P("Beto Salinas", "bsalinas")
AMBROSE = P("Dale Ambrose", "dambrose")
THUY = P("Thuy Nguyen", "tnguyen")
RUIZ = P("Carmen Ruiz", "cruiz")
FRONT = P("Cedar Ridge Front Desk", "frontdesk")
SCHED = P("Scheduling", "scheduling")
BILLING = P("CRWHC Billing", "billing")
HBOTEAM = P("Hyperbaric Team", "hbo-team")
ALLSTAFF = P("All Staff", "allstaff")
NOREPLY = P("Cedar Ridge Patient Portal", "no-reply")

STROUD = P("Hannah Stroud, CPed", "hstroud", STEP)
GREAVES = P("Fiona Greaves", "fgreaves", LAKE)
CARVALHO = P("Ines Carvalho", "icarvalho", LAKE)
LAKE_INTAKE = P("Lakeside Intake", "intake", LAKE)
MBEKI = P("Alistair Mbeki, MD", "ambeki", VASC)
ADEYEMI = P("Corinne Adeyemi", "cadeyemi", VASC)
VASC_SCHED = P("TCVA Scheduling", "schedule", VASC)
PETROV = P("Nadia Petrov", "npetrov", MAPLE)
DIZON = P("Joy Dizon", "jdizon", MAPLE)
QUINTERO = P("Rosa Quintero", "rquintero", WILLOW)

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
START = datetime.date(2024, 1, 8)


def tz_for(d):
    if datetime.date(d.year, 3, 10) <= d < datetime.date(d.year, 11, 3):
        return datetime.timezone(datetime.timedelta(hours=-4))
    return datetime.timezone(datetime.timedelta(hours=-5))


def rdt(lo=0, hi=320, h0=7, h1=18, weekend=False):
    while True:
        d = START + datetime.timedelta(days=random.randint(lo, hi))
        if weekend or d.weekday() < 5:
            break
    t = datetime.datetime(d.year, d.month, d.day, random.randint(h0, h1), random.randint(0, 59),
                          random.randint(0, 59), tzinfo=tz_for(d))
    return t


def back(dt, hours_lo=1, hours_hi=30):
    x = dt - datetime.timedelta(minutes=random.randint(hours_lo * 60, hours_hi * 60))
    return x.replace(tzinfo=tz_for(x.date()))


def ampm(dt):
    h = dt.hour % 12 or 12
    return "%d:%02d %s" % (h, dt.minute, "AM" if dt.hour < 12 else "PM")


def on_wrote(dt, who):
    return "On %s, %s %d, %d at %s, %s wrote:" % (dt.strftime("%a"), dt.strftime("%b"), dt.day, dt.year,
                                                   ampm(dt), who)


def gt(text):
    return "\n".join(("> " + l) if l.strip() else ">" for l in text.strip("\n").split("\n"))


def outlook_block(frm, dt, to, subject, body, cc=None):
    s = "-----Original Message-----\nFrom: %s\nSent: %s, %s %d, %d %s\nTo: %s\n" % (
        frm, dt.strftime("%A"), dt.strftime("%B"), dt.day, dt.year, ampm(dt), to)
    if cc:
        s += "Cc: %s\n" % cc
    s += "Subject: %s\n\n%s" % (subject, body.strip("\n"))
    return s


def fwd_block(frm, dt, to, subject, body):
    return ("---------- Forwarded message ---------\nFrom: %s\nDate: %s, %s %d, %d at %s\nSubject: %s\nTo: %s\n\n%s"
            % (frm, dt.strftime("%a"), dt.strftime("%b"), dt.day, dt.year, ampm(dt), subject, to, body.strip("\n")))


def mid(dom, style=None):
    style = style or random.choice(["hex", "outlook", "gmail", "plain"])
    if style == "outlook":
        a = "".join(random.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(12))
        return "<%sPR%02dMB%04d%s@%s>" % (random.choice(["BN8", "CH2", "DM6", "SJ0", "MN2"]),
                                          random.randint(1, 22), random.randint(1000, 9999), a,
                                          "mail." + dom)
    if style == "gmail":
        a = "".join(random.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
                    for _ in range(36))
        return "<CA+%s@mail.%s>" % (a, dom)
    if style == "plain":
        return "<%d.%d.%d@%s>" % (random.randint(10 ** 9, 10 ** 10), random.randint(100, 99999),
                                   random.randint(1, 9), dom)
    return "<%016x.%04x@%s>" % (random.getrandbits(64), random.getrandbits(16), dom)


def dom_of(addr):
    a = addr.split("<")[-1].rstrip(">").strip()
    return a.split("@")[-1]


MAILERS = ["Microsoft Outlook 16.0", None, None, "Apple Mail (2.3774.500.171.1.1)", None,
           "iPhone Mail (21E236)", None]


def build(frm, to, subject, body, date, cc=None, html=None, atts=(), irt=None, headers=(),
          mailer="auto", reply_to=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to if isinstance(to, str) else ", ".join(to)
    if cc:
        m["Cc"] = cc if isinstance(cc, str) else ", ".join(cc)
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = mid(dom_of(frm))
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = irt
    if reply_to:
        m["Reply-To"] = reply_to
    if mailer == "auto":
        mailer = random.choice(MAILERS)
    if mailer:
        m["X-Mailer"] = mailer
    for k, v in headers:
        m[k] = v
    m["MIME-Version"] = "1.0"
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    for data, mt, st, fn in atts:
        if mt == "text":
            m.add_attachment(data, subtype=st, filename=fn)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return m


def html_from(text, sig_html=""):
    import html as _h
    paras = text.strip().split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(_h.escape(l) for l in p.split("\n")) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n' + "\n".join(out) +
            sig_html + "\n</body></html>\n")


ZDT = (2024, 5, 1, 9, 0, 0)


def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()


def _x(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def xlsx(rows, sheet="Sheet1"):
    def col(i):
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    xr = []
    for ri, row in enumerate(rows, 1):
        cs = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cs.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cs.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(v)))
        xr.append('<row r="%d">%s</row>' % (ri, "".join(cs)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % "".join(xr))
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
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet_xml)])


def docx(paras):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p) for p in paras)
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


def pdf(lines, title="Document"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 10 Tf 14 TL 50 760 Td\n" + "".join("(%s) '\n" % esc(l) for l in lines) + "ET\n"
    cb = content.encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(cb) + cb + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ("<< /Title (%s) /Producer (Cedar Ridge DocPrint 2.1) >>" % esc(title)).encode("latin-1", "replace"),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out


def jpeg(n=2400):
    head = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00"
            b"\xff\xe1\x00\x16Exif\x00\x00MM\x00*\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00"
            b"\xff\xdb\x00\x43\x00")
    body = bytes(random.getrandbits(8) for _ in range(n))
    body = body.replace(b"\xff", b"\xfe")
    return head + bytes(range(1, 65)) + b"\xff\xc0\x00\x11\x08\x01\xe0\x02\x80\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01" \
        + b"\xff\xda\x00\x0c\x03\x01\x00\x02\x11\x03\x11\x00\x3f\x00" + body + b"\xff\xd9"


def ics(uid, start, end, summary, location, desc, organizer):
    f = "%Y%m%dT%H%M%S"
    return ("BEGIN:VCALENDAR\r\nPRODID:-//Cedar Ridge//Scheduler 4.2//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:%s\r\nDTSTAMP:20240101T120000Z\r\nDTSTART;TZID=America/New_York:%s\r\n"
            "DTEND;TZID=America/New_York:%s\r\nSUMMARY:%s\r\nLOCATION:%s\r\nDESCRIPTION:%s\r\n"
            "ORGANIZER:mailto:%s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            % (uid, start.strftime(f), end.strftime(f), summary, location, desc.replace("\n", "\\n"), organizer))


def ph(area="845"):
    return "(%s) 555-01%02d" % (area, random.randint(0, 99))


def mrn():
    return "%08d" % random.randint(300000, 699999)


def dob(y0=1936, y1=1972):
    d = datetime.date(random.randint(y0, y1), random.randint(1, 12), random.randint(1, 28))
    return d.strftime("%m/%d/%Y")


CONF = ("CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the "
        "intended recipient(s) and may contain confidential and privileged information. Any unauthorized "
        "review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please "
        "contact the sender by reply e-mail and destroy all copies of the original message.")

CONF_SHORT = ("This message may contain confidential information. If you received it in error please notify "
              "the sender and delete it.")


def sig(name, title, ext=None, cell=None, extra=""):
    s = "%s\n%s\n%s\n%s\np %s%s | f %s" % (name, title, CTR_NAME, CTR_ADDR, CTR_PHONE,
                                          (" x%s" % ext) if ext else "", CTR_FAX)
    if cell:
        s += "\nc %s" % cell
    if extra:
        s += "\n" + extra
    return s


REG = []  # (label, kind, fn, patient_name)


def reg(label, kind, patient=""):
    def deco(fn):
        REG.append((label, kind, fn, patient))
        return fn
    return deco


# ===========================================================================
# PHI / care
# ===========================================================================
@reg("phi", "care", "Walter Henning")
def care_ride():
    d0 = rdt(60, 150, 8, 11)
    d1 = back(d0, 1, 5)
    orig = """Hi Dispatch,

Can you set up standing rides for Walter Henning for his treatments here, Mon-Fri, he needs to be in the building by 7:30am (chamber starts at 8 sharp, we can't hold it). Pickup is 4 Orchard Ln, Apt 2, Millbrook. He uses a walker and has the boot on his right foot so he needs the lift van not a sedan. Return pickup around 10:15.

Through 6/20 for now, we'll let you know if it gets extended.
His daughter Karen is the contact if he doesn't answer: (845) 555-0183

Thanks!
Beto"""
    body = """Hi Beto,

All set. Standing order #GM-77415 created, M-F, lift van, PU 6:55 AM / return 10:15 AM, start date Monday. Driver will call Mr. Henning the night before the first trip. If he needs to cancel please have him or you call us by 5pm the day before or it counts as a no-show on his Medicaid trip count.

Trip confirmations will come from noreply@goldenmiletransport.com.

Thank you,
Lidia Marchetti
Dispatch Supervisor
GoldenMile Medical Transport
(845) 555-0162 | dispatch@goldenmiletransport.com

%s

%s""" % (on_wrote(d1, "Beto Salinas <bsalinas@%s>" % CTR), gt(orig))
    return build("Lidia Marchetti <dispatch@goldenmiletransport.com>", SALINAS,
                 "RE: ride request - Henning, Walter - M-F thru 6/20", body, d0)


@reg("phi", "care", "Evelyn Marsh")
def care_daughter():
    d = rdt(135, 145, 19, 23, weekend=True)
    d = d + datetime.timedelta(days=6 - d.weekday())
    body = """Hi Lorraine,

This is Denise, Evelyn Marsh's daughter, we met at mom's appt last Wednesday. I'm sorry to bother you on the weekend but I'm a little worried. She keeps taking the boot off at night and walking to the bathroom without it, she says it's too heavy and it wakes her up. I stayed over Saturday and found her in the kitchen barefoot in the morning making coffee like nothing. I know Dr. Okafor said she has to wear it every time she stands up.

Is there something lighter she could use at night just for the bathroom? Or would it be ok to leave the walker by the bed? She won't listen to me but she will listen to you guys lol.

Also her ride fell through for Friday, can I bring her myself at 11 instead of 9:30? I work until 10.

Thanks so much for everything, she really likes you.
Denise

Sent from my iPad"""
    return build('"Denise Marsh-Tollefson" <dtollefson@example.net>', KESSLER, "mom - the boot", body, d,
                 mailer="iPad Mail (21D61)")


@reg("phi", "care", "Chidi Okonkwo")
def care_homehealth():
    d0 = rdt(150, 156, 12, 16)
    d1 = back(d0, 40, 80)
    orig = """Fiona,

Orders attached for Chidi Okonkwo (Lakeside referral #L-24-3318). Dressing changes 3x/week M/W/F, cleanse with normal saline, pat dry, silver foam cut to size, secure with rolled gauze and light tape, NOT too tight. Wife has been shown how to do it for the weekend. He is back to see us 2 weeks from Tuesday.

Please call if the drainage picks up or it smells, or if he's walking on it more than he should.

Lorraine Kessler, RN, CWOCN
Wound Care Coordinator
Cedar Ridge Wound & Hyperbaric Center
p (845) 555-0100 x230"""
    body = """Lorraine - saw Mr. Okonkwo this AM. Dressing changed per your orders, wife did fine with it over the weekend, edges look about the same, no odor. He's down to 3 of the silver foam pads and maybe half a box of the 4x4s. Can you guys send more or should we pull from our supplier? (our supplier takes 5-7 days fyi)

Next visit Thursday. He asked AGAIN when the cast is going on, told him I'd ask you. Also he says he isn't sleeping great, sitting in the recliner a lot with the leg down - I told him to get it up.

Fiona

Fiona Greaves, RN
Case Manager, Wound Program
Lakeside Home Health
o (845) 555-0144 | c (845) 555-0177

%s

%s""" % (outlook_block("Lorraine Kessler <lkessler@%s>" % CTR, d1, "Fiona Greaves <fgreaves@%s>" % LAKE,
                       "Okonkwo - home orders", orig), CONF_SHORT)
    return build(GREAVES, KESSLER, "RE: Okonkwo - home orders", body, d0, cc=SCHED, mailer="Microsoft Outlook 16.0")


@reg("phi", "care", "Gloria Banks")
def care_refill():
    d = rdt(10, 300, 9, 16)
    body = """Hi Route 9 team,

Dr. Venkataraman OK'd a refill for Gloria Banks, DOB 03/09/1957 - urea 40% cream, 1 tube, apply to both heels at bedtime, 2 refills. Script was e-sent this morning but she says you don't have it yet, can you check the queue? She's planning to pick up tomorrow after 3.

Call me with questions 845-555-0100 x214.

Thanks,
Tanya Obuya, CMA
Cedar Ridge Foot & Ankle"""
    return build(OBUYA, "Route 9 Pharmacy <rx@route9rx-example.com>", "refill - G. Banks", body, d)


@reg("phi", "care", "Donald Frye")
def care_reschedule():
    d0 = rdt(245, 247, 9, 17)
    d1 = back(d0, 1, 4)
    d2 = back(d1, 1, 3)
    q2 = """Donald's son can only drive him Wednesdays now (new job). Can we move his cast change from Mon 9/16 to Wed 9/18 w/ Dr O? Is the cast room open at 1:30? He's been good about the cast, no calls this week.

-Keiko"""
    q1 = """Cast room 2 is free at 1:30 Wed. Dr O is in clinic till 4 so that works. I'll move it unless you say otherwise

T"""
    inner = q1 + "\n\n" + on_wrote(d2, "Keiko Marsh <kmarsh@%s>" % CTR) + "\n" + gt(q2)
    body = """Moved. Wed 9/18 1:30 cast room 2 w/ Dr Okafor, told the son by phone, he repeated it back. Son also asked if we can do a note for his employer saying he has to bring his dad, I said I'd ask - do we do those or does he need to get it from the PCP?

Tanya

%s
%s""" % (on_wrote(d1, "Tanya Obuya <tobuya@%s>" % CTR), gt(inner))
    return build(OBUYA, KMARSH, "Re: Frye cast change Mon -> Wed?", body, d0, mailer=None)


@reg("phi", "care", "Patricia Lindqvist")
def care_fitter():
    d = rdt(255, 262, 10, 17)
    body = """Dr. V,

Delivered Patricia Lindqvist's extra-depth shoes and 3 pair of custom inserts today. Fit was good overall, she had a little pressure at the left 5th met head so I ground down the edge on that insert and added a relief. She's going to break them in 1 hr the first day and add an hour a day, I gave her the handout. Her husband will check her feet at night since she can't see the bottoms well.

I'd like her back in 2 weeks for a fit check, she has an appt with us 10/2 at 2:15. Signed delivery receipt attached for your chart + the Medicare paperwork.

Hannah

Hannah Stroud, CPed
StepRight Pedorthics
22 Canal St, Millbrook NY | (845) 555-0121
"Every step, fitted right."
"""
    att = pdf(["StepRight Pedorthics - Proof of Delivery",
               "22 Canal St, Millbrook NY 12545   Tel (845) 555-0121",
               "",
               "Patient: Patricia Lindqvist          DOB: 11/24/1949",
               "Address: 71 Quarry Hill Rd, Stanfordville NY 12581",
               "Ordering provider: Priya Venkataraman, DPM",
               "",
               "Items delivered:",
               "  A5500  Extra-depth shoe, pair (New Balance 928, W 8.5 2E)     1",
               "  A5513  Custom molded insert, each                             6",
               "",
               "Fit checked by: H. Stroud CPed     Date of delivery: see below",
               "I received the items listed above in good condition and was",
               "instructed in their use and care.",
               "",
               "Patient signature: Patricia A. Lindqvist"], "POD Lindqvist")
    return build(STROUD, VENKAT, "Patricia Lindqvist - delivered", body, d,
                 atts=[(att, "application", "pdf", "POD_Lindqvist_P.pdf")])


@reg("phi", "care", "Agnes Pruitt")
def care_nursinghome():
    d = rdt(30, 300, 8, 15)
    body = """Good morning Tanya,

Can you add one more to Thursday's visit? Agnes Pruitt in 118B - her son called us yesterday asking that she be seen when your podiatrist comes. He says her toenails are long again and she's been saying her shoes hurt, she won't let the aides near her feet. He'd like to be there, could she be first at 9? He has to be at work by 10:30.

Consent and insurance card are in her chart here, I can fax again if you need them.

Thank you!
Rosa

Rosa Quintero, RN
Director of Nursing
Willowbrook Senior Living
(845) 555-0135 ext 4 | fax (845) 555-0136

%s""" % CONF
    return build(QUINTERO, OBUYA, "Thursday visit - add Mrs Pruitt?", body, d, cc=FRONT)


@reg("phi", "care", "Leon Castellano")
def care_hbo_handoff():
    d = rdt(50, 300, 16, 17)
    txt = """2pm dive handoff:

Leon Castellano - tx 14 of 40, chamber 2
- came in nervous today, offered warm blanket + put the movie on, he settled after descent
- slow to clear ears on the way down, held at 10 fsw ~1 min then fine. Dr B aware, no further action
- pre BG 168, post 141, snack given
- skin check done, nothing new
- says his wife can't drive this week (her surgery), so he needs transport Thu/Fri. Beto can you set that up? Same address on file.

Back tomorrow 2pm.

Marcus"""
    sig_t = "\n\nMarcus Delgado, CHT\nSafety Director, Hyperbaric Medicine\nCedar Ridge Wound & Hyperbaric Center | x250"
    sig_h = ("<p style='color:#555;font-size:9pt'>Marcus Delgado, CHT<br>Safety Director, Hyperbaric Medicine<br>"
             "Cedar Ridge Wound &amp; Hyperbaric Center | x250</p>")
    return build(DELGADO, HBOTEAM, "2pm dive handoff", txt + sig_t, d, cc=SALINAS,
                 html=html_from(txt, sig_h), mailer="Microsoft Outlook 16.0")


# ===========================================================================
# PHI / ids
# ===========================================================================
@reg("phi", "ids", "")
def ids_corrected_claim():
    d = rdt(80, 200, 9, 16)
    body = """Hello Provider Relations,

Following up on the denial below. Corrected claim was submitted today through the clearinghouse (batch 0412-CRW-07), frequency code 7, original ICN referenced.

  Original claim #:  2024118830192
  Member ID:         KVH448201937-01
  DOS:               03/14/2024
  Billed:            99183, G0277 x4
  Denial:            CARC 4 / RARC N519 - modifier inconsistent

The G0277 units were billed correctly, the issue was the missing place-of-service on line 2. If the corrected claim doesn't auto-adjudicate in 30 days please route this to reconsideration, our reference is CRW-REC-2291.

Thank you,

Jerome Pikul
Revenue Cycle Lead
Cedar Ridge Wound & Hyperbaric Center
p (845) 555-0100 x240 | f (845) 555-0199
NPI 1457392086 | TIN 14-5583021

%s""" % CONF
    return build(PIKUL, "Provider Relations <provrel@%s>" % KVHP, "Claim 2024118830192 - corrected claim resubmitted",
                 body, d, cc=BILLING, mailer="Microsoft Outlook 16.0")


@reg("phi", "ids", "")
def ids_prior_auth():
    d = rdt(60, 280, 9, 15)
    body = """*** This is a secure message from Keystone Valley Health Plan Utilization Management. ***

Reference #: PA-55019283
Request type: Outpatient - Hyperbaric oxygen therapy
Requested services: 99183 x 30, G0277 x 120
Member ID: KVH530117842-02
Member DOB: 10/02/1955
Requesting provider: Samuel Brightwater, MD (NPI 1629047713)
Status: PENDED - ADDITIONAL INFORMATION REQUIRED

The following is needed to complete medical necessity review per policy UM-HBO-014:
  1. Wagner grade and wound measurements at start of standard wound care
  2. Documentation of at least 30 days of standard wound care without measurable improvement
  3. Most recent vascular assessment (ABI/TBI or TcPO2)
  4. HbA1c within 90 days

Please submit within 14 calendar days of this notice via the provider portal or fax (888) 555-0173, referencing the number above. If information is not received the request will be reviewed as submitted.

Do not reply to this message. Questions: UM Department (888) 555-0170, option 3.
"""
    return build("KVHP Utilization Management <um-noreply@%s>" % KVHP, "priorauth@%s" % CTR,
                 "Additional information requested - Ref PA-55019283", body, d, mailer=None)


@reg("phi", "ids", "")
def ids_balance_call():
    d = rdt(70, 160, 10, 16)
    body = """jerome - pt called re her 3/14 visit balance, says her secondary should have picked up the $186.40 and she's getting collection-ish letters from us. MRN 00482291, acct 7720014. she was pretty upset. can you look before she calls back tmrw? she said she'd call at 10.

she also said the EOB from her secondary says "not a covered benefit" for the debridement?? i told her you'd figure it out

b"""
    return build(SALINAS, PIKUL, "balance question mrn 00482291", body, d, mailer=None)


@reg("phi", "ids", "J. Rutherford")
def ids_dme_order():
    d = rdt(30, 300, 9, 16)
    body = """Meridian DME Orders,

Please process the attached order for a pneumatic offloading walker (L4361) and one extra liner.

Pt initials J.R.
Medicare MBI: 3HQ7-RM4-YK52
DOB: 06/18/1946
Ship to: pt home address on the order (NOT our office please, last one came here)
Size: L, right foot
Ordering: Renata Okafor, DPM  NPI 1386614902

Face-to-face note and SWO are attached. Let me know if you need the proof of delivery returned by fax or the portal.

Keiko Marsh, RN
Intake / Authorization
Cedar Ridge Wound & Hyperbaric Center
x218"""
    swo = pdf(["STANDARD WRITTEN ORDER - DMEPOS",
               "Beneficiary: J. Rutherford      MBI: 3HQ7RM4YK52     DOB: 06/18/1946",
               "Order date: see signature     Item: L4361 Walking boot, pneumatic, prefab, off-the-shelf",
               "Quantity: 1   Side: RT   Size: L",
               "Prescriber: Renata Okafor, DPM   NPI 1386614902",
               "Signature on file - electronically signed"], "SWO")
    return build(KMARSH, "DME Orders <dmeorders@%s>" % MERID, "order - offloading walker - MBI ending YK52", body, d,
                 atts=[(swo, "application", "pdf", "SWO_L4361.pdf")])


@reg("phi", "ids", "")
def ids_medicaid_case():
    d0 = rdt(40, 300, 9, 16)
    d1 = back(d0, 20, 60)
    orig = """Good afternoon,

I'm the Medicaid care coordinator for a member we'd like to refer for wound care visits at home plus follow up at your clinic.

Case # 2024-HH-01187
Medicaid ID: MC71402285
DOB 07/22/1951
Open area L heel, has been there since about April per daughter, home health currently 2x/week for meds only.

Can someone call me to get him on the schedule? He is homebound most days and will need transport arranged.

Thank you,
Shantelle Boyd, MSW
Care Coordinator, Dutchess Care Management Partners
(845) 555-0108"""
    body = """Hi Shantelle,

Thanks - we got the referral. We'll need his most recent office note from the PCP and med list before we can schedule. Our intake fax is (845) 555-0199. Once we have those I'll call you to book a new patient slot with Dr. Okafor and we can set up the transport through his plan.

Keiko

%s
%s""" % (on_wrote(d1, '"Shantelle Boyd" <sboyd@dutchesscmp-example.org>'), gt(orig))
    return build(KMARSH, '"Shantelle Boyd" <sboyd@dutchesscmp-example.org>', "Re: new referral Case # 2024-HH-01187",
                 body, d0)


@reg("phi", "ids", "")
def ids_workcomp():
    d = rdt(135, 160, 9, 16)
    body = """Dear Records Department,

I am the assigned adjuster on the workers' compensation claim below and am requesting copies of treatment records and itemized billing for dates of service 05/02/2024 and 05/16/2024.

  WCB Claim No.:       WC-24-078812
  Carrier Case No.:    HMI-3390417
  Claimant DOB:        04/30/1979
  Claimant SSN:        xxx-xx-4417
  Date of injury:      04/11/2024
  Employer:            Hudson River Freight LLC

A signed C-3 authorization is on file with the Board; copy attached for your records. Please forward records to the fax or address in my signature.

Regards,

Martin Esposito
Senior Claims Adjuster, Workers' Compensation
Hudson Mutual Insurance
PO Box 4410, Albany NY 12204
T (518) 555-0196  F (518) 555-0197"""
    auth = pdf(["AUTHORIZATION FOR RELEASE OF HEALTH INFORMATION",
                "WCB Case Number: WC-24-078812",
                "Claimant DOB: 04/30/1979     SSN: 211-48-4417",
                "Provider: Cedar Ridge Wound & Hyperbaric Center",
                "Records: office notes, procedure notes, itemized bill for DOS 05/02/2024 - 05/16/2024",
                "Signed: on file     Date: 05/20/2024"], "Authorization")
    return build('"Esposito, Martin" <mesposito@hudsonmutual-example.com>', "records@%s" % CTR,
                 "Records request - WC-24-078812", body, d, atts=[(auth, "application", "pdf", "C3_auth_078812.pdf")],
                 mailer="Microsoft Outlook 16.0")


@reg("phi", "ids", "")
def ids_statement():
    d = rdt(60, 300, 2, 4)
    body = """A new statement is available in your Cedar Ridge patient portal.

Account number: 55190-02
Statement date: %s
Date(s) of service: 04/02/2024
Insurance paid: $311.22
Adjustments: -$96.18
Amount due: $142.60
Due by: 30 days from statement date

View and pay your statement: https://portal.%s/billing

Questions about your bill? Call our billing office at (845) 555-0100 option 4, Monday-Friday 8:30-4:30.

This is an automated message. Please do not reply to this email.
Cedar Ridge Wound & Hyperbaric Center | %s
""" % (d.strftime("%m/%d/%Y"), CTR, CTR_ADDR)
    html = html_from(body)
    return build(NOREPLY, "kjmarino1962@example.com", "Your statement is ready", body, d, html=html, mailer=None,
                 headers=[("Auto-Submitted", "auto-generated")])


@reg("phi", "ids", "")
def ids_lab():
    d = rdt(154, 155, 11, 15)
    body = """Please route to Dr. Okafor - final on the bone culture from last week. Paper copy going in the tray too.

Accession S24-11873
MRN 00519044
Specimen: bone, L 2nd toe, proximal phalanx
Collected 06/04  Final 06/10

Result text attached. Micro called it as critical at 0912 and I read it back.

Thuy"""
    res = """VALLEY REGIONAL REFERENCE LAB - MICROBIOLOGY FINAL REPORT
Accession: S24-11873          MRN: 00519044
Collected: 06/04/2024 10:42    Received: 06/04/2024 15:20    Final: 06/10/2024 09:05
Source: BONE - LEFT 2ND TOE
Ordering: OKAFOR, RENATA DPM

GRAM STAIN: Moderate WBC. Few gram positive cocci in clusters.
CULTURE: Moderate growth Staphylococcus aureus (methicillin susceptible).
         Rare growth Corynebacterium species, probable contaminant.

SUSCEPTIBILITY (S. aureus)         MIC     INTERP
  Cefazolin                        <=2     S
  Clindamycin                      <=0.25  S
  Oxacillin                        0.5     S
  Trimethoprim/Sulfa               <=10    S
  Vancomycin                       1       S
  Doxycycline                      <=0.5   S

Critical value called to T. Nguyen RN 06/10/2024 09:12 - read back verified.
"""
    return build(THUY, [OKAFOR, "Clinic Inbox <clinic@%s>" % CTR], "bone cx final - S24-11873", body, d,
                 atts=[(res, "text", "plain", "S24-11873_final.txt")])


# ===========================================================================
# PHI / lang
# ===========================================================================
@reg("phi", "lang", "Dolores Ybarra")
def lang_es():
    d = rdt(20, 300, 12, 20)
    body = """Buenas tardes,

Les escribo de parte de mi mamá, la señora Dolores Ybarra (fecha de nacimiento 14/08/1952). Ella tiene cita el jueves a las 10:00 con la Dra. Okafor para el cambio del yeso. Queríamos saber si se puede cambiar para el viernes porque mi esposo es el que la lleva y el jueves trabaja.

También les quería comentar que desde el sábado tiene la pierna un poco hinchada arriba del yeso y dice que le aprieta. No tiene fiebre y el azúcar en la mañana le salió 132. ¿Es normal o la debemos llevar antes?

Ella no habla inglés, por favor si nos llaman pidan una intérprete o llámenme a mí al (845) 555-0129.

Muchas gracias,
Marisol Ybarra de León"""
    return build('"Marisol Ybarra" <marisol.ybarra.leon@example.com>', FRONT,
                 "Cita de mi mamá Dolores Ybarra - cambio de día", body, d, mailer=None)


@reg("phi", "lang", "Trần Văn Phúc")
def lang_vi():
    d = rdt(20, 300, 17, 22)
    body = """Chào cô Thúy,

Tôi là Trần Văn Phúc, bệnh nhân của bác sĩ Brightwater, đang chữa oxy cao áp mỗi sáng lúc 8 giờ. Tuần sau tôi phải đi tái khám mắt vào sáng thứ Ba, nên xin cô đổi buổi thứ Ba sang buổi chiều được không?

Vết thương ở bàn chân trái đã đỡ nhiều, không còn chảy nước như trước. Nhưng hai tai tôi vẫn hơi đau sau mỗi lần vào buồng, nhất là tai phải. Cô nói với bác sĩ giúp tôi.

Cám ơn cô nhiều.
Phúc
ĐT: 845-555-0152

Sent from my Galaxy"""
    return build('"Phuc Tran" <phuctran.vn58@example.net>', THUY, "Xin đổi lịch chữa oxy thứ Ba", body, d, mailer=None)


@reg("phi", "lang", "李国华")
def lang_zh():
    d = rdt(20, 300, 8, 21)
    body = """您好，

我是李国华的儿子李明。我父亲上周二在你们诊所右脚打了全接触石膏（Dr. Okafor）。这两天他说石膏里面有点痒，晚上睡不好，今天早上我发现石膏边上有一点黄色的渍。他没有发烧，早上血糖是156。

请问需要提前过来换石膏吗？还是等到下周二的预约就可以？我父亲英文不太好，如果打电话请打我的手机 845-555-0117。

另外，他的止痛药快吃完了，能不能帮他续一下？药房还是 Route 9 那家。

谢谢！
李明 (Ming Li)"""
    return build('"Ming Li" <mingli.ny@example.com>', FRONT, "关于我父亲李国华的石膏 (Li Guohua)", body, d, mailer=None)


@reg("phi", "lang", "Борис Ковалёв")
def lang_ru():
    d = rdt(20, 300, 7, 9)
    body = """Здравствуйте!

Пишу по поводу моего мужа, Ковалёва Бориса Николаевича, 1949 г.р. Он проходит у вас барокамеру (кислородную терапию) по утрам, уже третью неделю. Вчера после сеанса у него сильно болело правое ухо, ночью почти не спал, а сегодня утром на подушке была капля крови. Мы решили сегодня не приезжать.

Скажите, пожалуйста, что нам делать — приезжать завтра или сначала к ЛОР-врачу? Доктор Брайтуотер говорил, что пропускать нельзя, поэтому я волнуюсь. Таблетки от давления он пьёт как обычно.

Он плохо говорит по-английски, лучше звонить мне: (845) 555-0140.

С уважением,
Галина Ковалёва"""
    return build('"Galina Kovaleva" <g.kovaleva@example.org>', HBOTEAM, "Ковалёв Борис — сегодня не придёт (ухо)",
                 body, d, mailer=None)


@reg("phi", "lang", "Josette Pierre-Louis")
def lang_ht():
    d = rdt(20, 300, 10, 14)
    body = """Bonjou Marie-Carmel,

Mwen te pase kay Madan Josette Pierre-Louis maten an. Li di m pye goch li ap fè l mal anpil depi yè swa, epi bandaj la te mouye lè m rive. Mwen pa touche l paske se pa travay mwen, men mwen te santi yon ti move sant. Pitit fi li a di li pa manje byen depi 2 jou.

Li gen randevou nan klinik pye a (Cedar Ridge) jedi, men mwen pa konnen si li ta dwe tann jiska jedi. Eske ou ka rele l oswa voye enfimyè a vin gade l jodi a? Nimewo pitit fi a se 845-555-0111.

Mèsi anpil,
Wideline
HHA - Lakeside Home Health"""
    return build('"Wideline Jean-Baptiste" <wjeanbaptiste@%s>' % LAKE,
                 '"Marie-Carmel Dorvil" <mdorvil@%s>' % LAKE, "Madan Pierre-Louis jodi a", body, d,
                 mailer="iPhone Mail (21E236)")


@reg("phi", "lang", "Ernesto Bautista")
def lang_tl():
    d0 = rdt(20, 300, 13, 19)
    d1 = back(d0, 20, 50)
    q = """Hi Joy, kumusta na si Lolo Bautista after nung Thursday? Sabi ni Dr V hindi natapos yung nails niya. -Marivic"""
    body = """Hi Marivic,

Pasensya na sa late reply, ang gulo ng floor namin this week. Si Lolo Ernesto Bautista (Rm 207), ayaw pa rin talaga magpagupit ng kuko. Nung Thursday nung dumating si Dr. V, nagalit siya at tinulak yung tray. Tapos ngayon may pula na sa gilid ng kuko ng right big toe niya, medyo namamaga at masakit daw pag naka-sapatos. Na-inform ko na yung attending namin, nag-order siya ng warm soaks muna.

Pwede ba siyang isingit sa schedule ninyo bago ng next visit? Kung pwede, umaga na lang kasi mas kalmado siya pag umaga, after breakfast. Yung anak niya si Ate Lorna, okay lang daw sa kanya, siya na magsa-sign ng consent kung kailangan.

Salamat ha! Ingat.
Joy

Joy Dizon, RN
Unit Manager, 2 West
Maple Crest Nursing & Rehabilitation
(845) 555-0158

%s
%s""" % (on_wrote(d1, '"Marivic Ocampo" <mocampo@%s>' % CTR), gt(q))
    return build(DIZON, '"Marivic Ocampo" <mocampo@%s>' % CTR, "Re: Lolo Bautista - nails", body, d0)


@reg("phi", "lang", "Maria das Graças Souza")
def lang_pt():
    d0 = rdt(20, 300, 9, 12)
    d1 = back(d0, 12, 20)
    orig = """Olá Carmen, tudo bem?

Aqui é a Maria das Graças Souza, paciente da Dra. Venkataraman. Recebi os sapatos especiais e as palmilhas da loja StepRight semana passada, mas o sapato do pé direito está machucando em cima dos dedos, apareceu uma bolha ontem à noite. Tirei e estou usando o chinelo em casa. Será que eu posso voltar na loja pra ajustar ou tenho que marcar consulta com a doutora primeiro? A bolha não está aberta, só vermelha e um pouco inchada.

Meu telefone é (845) 555-0191, pode ligar depois das 4 que eu saio do trabalho.

Obrigada, beijos
Graça"""
    body = """Dr. V - fwd from Mrs. Souza (Portuguese). Short version: new shoes from StepRight are rubbing the top of the R toes, blister since last night, not open. Asking if she can go straight back to StepRight or needs to see you first. Let me know and I'll call her after 4.

Carmen

%s""" % fwd_block('"Graca Souza" <gracasouza77@example.com>', d1, "Carmen Ruiz <cruiz@%s>" % CTR,
                  "sapato machucando", orig)
    return build(RUIZ, VENKAT, "Fwd: sapato machucando", body, d0, cc=P("Hannah Stroud", "hstroud", STEP))


@reg("phi", "lang", "김정호")
def lang_ko():
    d = rdt(265, 268, 19, 23)
    body = """안녕하세요,

저는 김정호 환자의 아들 김성민입니다. 아버지께서 지난주 금요일에 오른발에 통깁스(total contact cast)를 하셨는데, 어제부터 깁스 위쪽 종아리가 조금 붓고 빨개졌습니다. 열은 없고 혈당은 아침에 140 정도입니다.

다음 예약이 10월 8일 화요일인데 그 전에 가서 봐야 할까요? 아버지는 영어를 잘 못하셔서 저에게 연락 주시면 감사하겠습니다. 제 번호는 845-555-0166입니다.

그리고 깁스하고 샤워할 때 쓰는 커버를 어디서 살 수 있는지도 알려주시면 좋겠습니다.

감사합니다.
김성민 드림"""
    return build('"Sungmin Kim" <sungmin.kim@example.net>', FRONT, "김정호 환자 깁스 관련 문의", body, d, mailer=None)


# ===========================================================================
# PHI / lists
# ===========================================================================
@reg("phi", "lists", "Harold Beamish; Louise Tremblay; Francis Oduya; Mildred Castagna; Wendell Pike; Irene Sobczak; Raymond Vasquez-Hill; Opal Whitford; Stanislaw Nowicki; Dorothy Fenn")
def lists_maple():
    d = rdt(120, 140, 8, 12)
    rows = [("112A", "Beamish, Harold", "02/17/1931", "nails, thick/long, family coming 10am"),
            ("112B", "Tremblay, Louise", "09/03/1938", "callus R heel, DM"),
            ("118", "Oduya, Francis", "12/22/1944", "nails + check L 2nd toe, on blood thinner"),
            ("121A", "Castagna, Mildred", "06/30/1929", "nails, hard of hearing - use L side"),
            ("126", "Pike, Wendell", "04/11/1940", "ingrown R hallux again, dtr asking for call"),
            ("130B", "Sobczak, Irene", "08/08/1935", "callus sub 2nd met bilat, DM"),
            ("204", "Vasquez-Hill, Raymond", "01/19/1951", "nails, NEW admit - consent signed 5/2"),
            ("207", "Whitford, Opal", "03/27/1933", "corn L 5th, shoe too tight per aide"),
            ("215", "Nowicki, Stanislaw", "10/05/1942", "nails, refuses sometimes - try after lunch"),
            ("219A", "Fenn, Dorothy", "07/14/1937", "skip if still in hospital")]
    tbl = "Rm     Resident                 DOB         Notes\n" + "-" * 78 + "\n"
    for r in rows:
        tbl += "%-6s %-24s %-11s %s\n" % r
    body = """Hi Tanya,

Here's the list for Thursday's podiatry visit on 1 West and 2 West. Dr. V can use the treatment room across from the nurses station again. 10 total this time.

%s
Mrs. Fenn went out to Vassar on Sunday, I'll let you know Wednesday if she's back.

Please send the visit notes back by fax like last time so I can put them in the charts.

Thanks,
Nadia

Nadia Petrov, LPN
Resident Care Coordinator
Maple Crest Nursing & Rehabilitation
11 Maple Crest Dr, Pleasant Valley NY 12569
(845) 555-0155 | fax (845) 555-0156

%s""" % (tbl, CONF)
    return build(PETROV, OBUYA, "Thursday podiatry list - 1W/2W", body, d, cc=VENKAT)


@reg("phi", "lists", "Leon Castellano; Theodora Vance; Arturo Benedetti; Gerald Oyelaran; Marjorie Sklar; Phuc Tran; Dennis Kowalski; Yvette Laramie")
def lists_chamber():
    d = rdt(50, 300, 6, 7)
    body = """Chamber schedule for tomorrow - please check your assignments. Safety check 0700, first descent 0800.

 Time  | Ch | Patient               | Tx #   | Indication                 | Notes
-------+----+-----------------------+--------+----------------------------+---------------------------
 0800  | 1  | Benedetti, Arturo     | 22/40  | DFU R plantar, W3          | BG check, bring glucometer
 0800  | 2  | Tran, Phuc            | 9/40   | DFU L hallux, W3           | ears - PE tubes? Dr B f/u
 0800  | 3  | Kowalski, Dennis      | 31/40  | chronic osteo L calcaneus  |
 1000  | 1  | Sklar, Marjorie       | 5/30   | delayed rad injury bladder | first week, anxious
 1000  | 2  | Laramie, Yvette       | 18/40  | compromised flap L foot    | wheelchair, 2 assist
 1400  | 1  | Castellano, Leon      | 15/40  | DFU R heel, W3             | needs transport home
 1400  | 2  | Vance, Theodora       | 3/40   | DFU L forefoot, W4         | vasc f/u pending
 1400  | 3  | Oyelaran, Gerald      | 1/40   | DFU R midfoot, W3          | FIRST DIVE - claustro, Dr B present

Tech assignments: AM Marcus/Priscilla, PM Marcus/Jonah. Dr. Brightwater supervising all day, Dr. Okafor backup 1400.

Reminder: grounding check and cotton-only gowns for everyone, no exceptions. Mr. Oyelaran wears a hearing aid - has to come out before he goes in.

Marcus"""
    return build(DELGADO, HBOTEAM, "HBO schedule - tomorrow", body, d, mailer="Microsoft Outlook 16.0")


@reg("phi", "lists", "Harriet Nkemelu; Bernard Szabo; Elaine Fitzhugh; Jamal Whitaker; Rosalind Parrish; Teodoro Almonte; Cheryl Ann Duffy")
def lists_noshow_csv():
    d = rdt(154, 156, 7, 8)
    rows = [["patient_name", "mrn", "dob", "appt_datetime", "provider", "appt_type", "status", "phone", "attempts"],
            ["Nkemelu, Harriet", "00488120", "05/12/1958", "2024-06-03 09:15", "OKAFOR", "WOUND F/U", "NO SHOW", "845-555-0102", "2"],
            ["Szabo, Bernard", "00501377", "11/30/1947", "2024-06-03 10:45", "VENKATARAMAN", "NAIL DEBRIDE", "NO SHOW", "845-555-0115", "1"],
            ["Fitzhugh, Elaine", "00462059", "02/08/1962", "2024-06-04 08:00", "BRIGHTWATER", "HBO TX", "NO SHOW", "845-555-0120", "3"],
            ["Whitaker, Jamal", "00519903", "09/21/1971", "2024-06-04 13:30", "OKAFOR", "TCC CHANGE", "LATE CANCEL", "845-555-0133", "1"],
            ["Parrish, Rosalind", "00477716", "07/04/1953", "2024-06-05 11:00", "VENKATARAMAN", "NEW PT", "NO SHOW", "845-555-0147", "0"],
            ["Almonte, Teodoro", "00498842", "12/15/1966", "2024-06-06 09:45", "OKAFOR", "WOUND F/U", "NO SHOW", "845-555-0159", "2"],
            ["Duffy, Cheryl Ann", "00455021", "03/03/1944", "2024-06-07 14:15", "VENKATARAMAN", "ROUTINE FOOT CARE", "LATE CANCEL", "845-555-0168", "1"]]
    s = io.StringIO()
    csv.writer(s, lineterminator="\r\n").writerows(rows)
    body = """Team,

Attached is last week's no-show / late cancel report. Please work your call list by Wednesday and note outcomes in the tracking column. Ms. Fitzhugh is her 3rd missed dive - Dr. B wants a call from him directly before we rebook.

Gwen

Gwen Farraday
Practice Manager
Cedar Ridge Wound & Hyperbaric Center
(845) 555-0100 x201"""
    return build(FARRADAY, [SCHED, FRONT], "No show report wk of 6/3", body, d,
                 atts=[(s.getvalue(), "text", "csv", "noshow_0603_0607.csv")], mailer="Microsoft Outlook 16.0")


@reg("phi", "lists", "Jamal Whitaker; Evelyn Marsh; Chidi Okonkwo; Donald Frye; Li Guohua; Dolores Ybarra; Kim Jeongho; Ruth Abramowitz; Clyde Abernathy")
def lists_tcc_xlsx():
    d = rdt(157, 159, 16, 18)
    rows = [["Patient", "MRN", "Side", "Wound location", "TCC start", "Last change", "Next change", "Provider", "Notes"],
            ["Whitaker, Jamal", "00519903", "L", "plantar 1st MPJ", "05/20/2024", "06/10/2024", "06/17/2024", "Okafor", "late cancel 6/4"],
            ["Marsh, Evelyn", "00470338", "R", "plantar midfoot", "05/29/2024", "06/12/2024", "06/19/2024", "Okafor", "dtr worried re night walking - boot at night"],
            ["Okonkwo, Chidi", "00507761", "L", "plantar heel", "pending", "", "06/18/2024", "Okafor", "HH Lakeside, wants cast ASAP"],
            ["Frye, Donald", "00492214", "R", "sub 5th met", "04/30/2024", "06/12/2024", "06/19/2024", "Okafor", "Weds only - son drives"],
            ["Li, Guohua", "00510092", "R", "plantar hallux", "06/04/2024", "06/11/2024", "06/18/2024", "Okafor", "son Ming is contact, Mandarin"],
            ["Ybarra, Dolores", "00503345", "L", "sub 1st met", "05/16/2024", "06/13/2024", "06/20/2024", "Okafor", "Spanish interp, Fri pref"],
            ["Kim, Jeongho", "00511874", "R", "plantar midfoot", "06/07/2024", "06/07/2024", "06/14/2024", "Venkataraman", "Korean - son Sungmin"],
            ["Abramowitz, Ruth", "00466613", "L", "lat 5th met", "05/08/2024", "06/11/2024", "06/18/2024", "Venkataraman", "skin tear at prox edge 6/11"],
            ["Abernathy, Clyde", "00497756", "R", "plantar heel", "HOLD", "", "", "Venkataraman", "HOLD - needs ABI first (TCVA)"]]
    body = """Updated TCC tracker attached (through this week). Highlighted rows from last week didn't carry over, sorry - the Hold on Abernathy is still current.

-Lorraine"""
    return build(KESSLER, [OKAFOR, VENKAT, OBUYA], "TCC tracker - updated", body, d,
                 atts=[(xlsx(rows, "TCC"), "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        "TCC_tracker_current.xlsx")])


@reg("phi", "lists", "Samuel Oyelowo; Bettina Marchand; Curtis Wayne Holloway; Ana Lucia Ferreira; Reginald Sturdevant")
def lists_hh_referrals():
    d = rdt(182, 184, 9, 16)
    body = """Hi Lakeside Intake,

Five new home health referrals from us this week, orders and face-to-face notes faxed this morning (confirmation page attached to each). Please confirm SOC dates when you have them.

Samuel Oyelowo - 08/14/1950 - dressing changes R plantar foot 3x/wk, med rec, DM teaching - Medicare A
Bettina Marchand - 01/27/1944 - L lower leg wound care 2x/wk + compression, lives alone - Medicare A / MVP secondary
Curtis Wayne Holloway - 10/09/1963 - post partial 4th ray amp L, wound vac check 3x/wk - KVHP commercial, auth # KV-HH-228104
Ana Lucia Ferreira - 06/02/1958 - TCC pt, skin checks + DM teaching 1x/wk, Portuguese speaker - Medicaid MC
Reginald Sturdevant - 03/15/1939 - heel offloading, wife is caregiver, PT eval for transfers - Medicare A

Mr. Holloway's vac supplies are coming from KCI direct, delivery set for Friday.

Thanks!
Keiko Marsh, RN
Intake / Authorization | x218"""
    return build(KMARSH, LAKE_INTAKE, "5 new HH referrals - week of 7/8", body, d, cc=GREAVES)


@reg("phi", "lists", "Clyde Abernathy; Theodora Vance; Norbert Ulrich; Gerald Oyelaran; Fernanda Reyes-Whitcomb; Mae Ellen Cobb")
def lists_vasc_tsv():
    d0 = rdt(60, 300, 10, 16)
    d1 = back(d0, 3, 24)
    rows = [("Name", "DOB", "Side", "Needs", "Ref date", "Status"),
            ("Abernathy, Clyde", "01/05/1952", "R", "ABI/TBI before TCC", "5/28", "not scheduled - pt hasn't called"),
            ("Vance, Theodora", "09/18/1949", "L", "angio? TcPO2 18", "5/30", "sched 6/14 w/ Mbeki"),
            ("Ulrich, Norbert", "04/22/1956", "R", "arterial duplex", "6/3", "pending ins"),
            ("Oyelaran, Gerald", "12/01/1961", "R", "TcPO2 pre-HBO", "6/4", "done 6/6 - results?"),
            ("Reyes-Whitcomb, Fernanda", "07/30/1960", "L", "post bypass f/u", "6/5", "seen 6/10, ok to debride"),
            ("Cobb, Mae Ellen", "02/14/1945", "L", "ABI, non-compressible?", "6/7", "sched 6/20")]
    tsv = "\n".join("\t".join(r) for r in rows)
    q = """Can you send me where we are on the TCVA referrals? Dr. O asked at huddle and I didn't have it.
G"""
    body = """Pasted from the referral sheet:

%s

Abernathy is the one I'm worried about, we've called him 3x. I'll try his sister's number tomorrow.

Keiko

%s
%s""" % (tsv, on_wrote(d1, "Gwen Farraday <gfarraday@%s>" % CTR), gt(q))
    return build(KMARSH, FARRADAY, "Re: TCVA referral status", body, d0, mailer=None)


@reg("phi", "lists", "Stanley Wojcik; Patricia Lindqvist; Hollis Granger; Beatriz Ocasio; Leonard Feltz; Vera Dunleavy")
def lists_shoes():
    d0 = rdt(268, 275, 9, 16)
    d1 = back(d0, 20, 70)
    d2 = back(d1, 2, 20)
    q2 = """Priya - running list of diabetic shoe orders still stuck on paperwork on our end. Medicare won't let me dispense without the certifying statement from the PCP. Can your office chase these?

- Stanley Wojcik - needs certifying stmt from Dr. Halvorsen (PCP), we have your Rx + foot exam
- Hollis Granger - certifying stmt signed but PCP note doesn't mention foot, needs addendum
- Beatriz Ocasio - no foot exam note in last 6 mo, needs visit with you
- Leonard Feltz - all done, just need his shoe size choice, he keeps not calling back
- Vera Dunleavy - Medicaid, needs prior auth (we submitted 9/20)

Pat Lindqvist is done, delivered last week.

Hannah"""
    q1 = """Thanks Hannah, I'll have Keiko work on these. Bea Ocasio has an appt with me on the 24th, I'll do the exam then.
PV"""
    inner = q1 + "\n\n" + on_wrote(d2, "Hannah Stroud <hstroud@%s>" % STEP) + "\n" + gt(q2)
    body = """Update: Wojcik cert statement received from Halvorsen's office, faxing to you now. Granger addendum requested, they said 3-5 business days. Still nothing on Dunleavy PA.

Keiko

%s
%s""" % (on_wrote(d1, "Priya Venkataraman <pvenkataraman@%s>" % CTR), gt(inner))
    return build(KMARSH, STROUD, "Re: diabetic shoe orders pending", body, d0, cc=VENKAT)


# ===========================================================================
# PHI / names
# ===========================================================================
@reg("phi", "names", "Mrs. Kowalczyk")
def names_kowalczyk():
    d = rdt(30, 300, 12, 17)
    body = """Dr. O,

Quick update since you're out tomorrow - Mrs. Kowalczyk's heel is finally granulating, measured 2.1 x 1.6 x 0.3 today (was 2.8 x 2.0 two weeks ago). Much less slough, I did a light sharp debridement at the edge and switched her from the alginate to the collagen. Husband is doing the dressing on weekends now and honestly doing a better job than the agency was.

She's asking if she can stop the boot for church on Sunday. I said that's a you question.

L.

Lorraine Kessler, RN, CWOCN
Wound Care Coordinator | x230"""
    return build(KESSLER, OKAFOR, "heel update", body, d)


@reg("phi", "names", "Reggie")
def names_reggie():
    d = rdt(30, 300, 9, 16)
    body = """did Reggie ever get his boot?? he came in for his dive today still in the post-op shoe and the spot on the ball of his foot looked bigger to me. told him not to walk to the bus stop on it. can someone call Meridian, i think the order is stuck

also he said his sugar was 290 this morning, Dr B checked him and cleared him to dive but wants you to know

jonah"""
    return build('"Jonah Whitfield" <jwhitfield@%s>' % CTR, FRONT, "boot??", body, d, cc=KMARSH, mailer=None)


@reg("phi", "names", "Clyde Abernathy")
def names_abernathy():
    d = rdt(60, 300, 10, 16)
    body = """Hi Corinne,

Sending over a patient I'd like Dr. Mbeki to see soon: Abernathy, Clyde. Non-healing plantar heel ulcer R foot x 10 weeks, probes to subQ, no bone. Pedal pulses nonpalpable on the R, monophasic DP on doppler in our office. I'd like to put him in a total contact cast but I don't want to do that without knowing his perfusion - ABI/TBI at minimum, TcPO2 if you can.

He's been hard to reach. His sister Darlene is the best contact, number is on the referral. He does drive.

Referral, last two notes, and med list are in the fax that went over at 2:10.

Thanks,
Priya

Priya Venkataraman, DPM, FACFAS
Cedar Ridge Foot & Ankle
at Cedar Ridge Wound & Hyperbaric Center
(845) 555-0100 x212

%s""" % CONF
    return build(VENKAT, ADEYEMI, "referral - needs ABI before TCC", body, d, cc=VASC_SCHED)


@reg("phi", "names", "Louis Santangelo")
def names_biglou():
    d = rdt(30, 300, 14, 20)
    body = """Hey Tanya - heads up for Thursday. Big Lou (Santangelo, 2W) refused nail care again this week for the aides and now the 2 big toenails are curling into the next toe. His wife says he'll do it for the "foot doctor with the accent" lol so hopefully Dr V. He's also got a dark spot on the side of his R heel that the night nurse noticed, it's not open but she circled it with a marker. Attending wants your guys to look.

He likes to be seen after his lunch, he's cranky before.

Joy

Sent from my iPhone"""
    return build(DIZON, OBUYA, "Big Lou", body, d, mailer="iPhone Mail (21E236)")


@reg("phi", "names", "Theodora Vance")
def names_subject_only():
    d0 = rdt(145, 150, 11, 17)
    d1 = back(d0, 2, 20)
    q = """Her TcPO2 came back 18 on the dorsal L foot and 22 at the ankle, even with O2 challenge it only came up to 31. Not sure HBO is going to do much for her unless she gets revascularized first. Can we hold the next dives until Mbeki sees her?

Sam"""
    body = """Agree. I called TCVA, she's on for 6/14 and they'll likely angio her that week. I'll cancel the dives through the 21st and let her know. She's going to be upset, she liked coming in.

Renata

%s
%s""" % (on_wrote(d1, "Samuel Brightwater <sbrightwater@%s>" % CTR), gt(q))
    return build(OKAFOR, BRIGHT, "Re: Theodora Vance", body, d0, cc=HBOTEAM)


@reg("phi", "names", "Earl Haskins")
def names_deep_quote():
    d0 = rdt(60, 300, 9, 17)
    d1 = back(d0, 1, 6)
    d2 = back(d1, 10, 40)
    d3 = back(d2, 2, 8)
    q3 = """Hi all - please make sure Earl Haskins gets the Tues/Fri slots with Lorraine for the next 3 weeks, his toe amputation site is still open at the medial edge and Dr. O wants to look every visit. He can't do Mondays, dialysis. Also he's going to need another pair of the surgical shoes, the one he has is falling apart.

Thanks,
Keiko"""
    q2 = """I can do Tues at 10:15 and Fri at 1:00 for 3 wks, does that work with his dialysis pickups?

T"""
    q1 = """Yes that works. Confirmed with his wife.

K"""
    inner2 = q2 + "\n\n" + on_wrote(d3, "Keiko Marsh <kmarsh@%s>" % CTR) + "\n" + gt(q3)
    inner1 = q1 + "\n\n" + on_wrote(d2, "Tanya Obuya <tobuya@%s>" % CTR) + "\n" + gt(inner2)
    body = """ok thx, will do. booking now

%s
%s""" % (on_wrote(d1, "Keiko Marsh <kmarsh@%s>" % CTR), gt(inner1))
    return build(OBUYA, KMARSH, "Re: Tues/Fri slots", body, d0, cc=KESSLER, mailer=None)


@reg("phi", "names", "Gerald Oyelaran")
def names_claustro():
    d0 = rdt(60, 300, 15, 18)
    d1 = back(d0, 1, 3)
    q = """FYI Gerald Oyelaran's first dive did not go well. Got to about 15 fsw and he started hyperventilating, banging on the hull, wanted out. We brought him up slowly, he was fine once out but embarrassed. He says he's had trouble with MRIs too, which he did not tell us at consult.

Marcus"""
    body = """Thanks Marcus. I talked with him afterwards. He wants to try again. I'm going to give him lorazepam 0.5 mg 30 min before the next one and have his wife drive. Let's put him in chamber 1 (the one facing the window) and have Jonah stay at the console talking him down. If it happens again we'll stop and re-discuss with Dr. Okafor whether HBO is the right plan for his foot.

Also can someone make sure his TcPO2 results from TCVA are scanned in.

SB

%s
%s""" % (on_wrote(d1, "Marcus Delgado <mdelgado@%s>" % CTR), gt(q))
    return build(BRIGHT, DELGADO, "Re: today's 2pm - first dive", body, d0, cc=[HBOTEAM, OKAFOR])


@reg("phi", "names", "Fernanda Reyes-Whitcomb")
def names_vasc():
    d = rdt(100, 300, 17, 20)
    body = """Renata,

Saw Ms. Reyes-Whitcomb today, POD 19 from her L fem-pop bypass. Graft is patent on duplex, good DP signal now, incisions healed except a small superficial opening at the distal thigh incision that I'm treating. ABI went from 0.48 preop to 0.91.

From my standpoint she's cleared for you to go ahead with the debridement of the L hallux wound and whatever else you had planned (she mentioned a possible partial hallux amp?). Please avoid a tourniquet on the left. Keep her on the aspirin/clopidogrel, no need to hold for office debridement.

I'll see her back in 6 weeks with a graft surveillance duplex. Call me anytime.

Alistair

Alistair Mbeki, MD, RPVI
Tri-County Vascular Associates
450 Route 44, Pleasant Valley NY
(845) 555-0170  cell (845) 555-0171

The information in this email is confidential and intended only for the addressee."""
    return build(MBEKI, OKAFOR, "your pt - post bypass, ok to proceed", body, d, cc=ADEYEMI, mailer="iPhone Mail (21E236)")


# ===========================================================================
# PHI / self
# ===========================================================================
@reg("phi", "self", "Ray Dunmore")
def self_bill():
    d = rdt(60, 300, 20, 23)
    body = """hi, i got a bill in the mail today for $2,340.00 for the oxygen treatments in april and may. my insurance (keystone) sent me a letter saying they paid and i only owe my copay which i already paid at the front desk every time ($25 x 20 visits, i have the receipts). can someone please look at this before it goes to collections, the bill says 30 days.

account # on the bill is 88120-01

this is ray dunmore, my number is 845 555 0124 but i work days so email is better

thanks
ray"""
    return build('"ray dunmore" <rdunmore54@example.com>', BILLING, "bill question", body, d, mailer=None)


@reg("phi", "self", "Carla Jimenez")
def self_boot():
    d = rdt(30, 300, 7, 22, weekend=True)
    body = """Hi Dr Okafor the boot you gave me is rubbing on my shin at the top, there's a blister now about the size of a quarter. Is it ok to put a bandaid on it and keep wearing it or should I stop? The spot on my foot seems better, less drainage on the gauze.

Also I forgot to ask, am I allowed to drive with it on the right foot??

Carla Jimenez

Sent from my iPhone"""
    return build('"Carla Jimenez" <carlajmz@example.net>', OKAFOR, "boot rubbing", body, d, mailer="iPhone Mail (21E236)")


@reg("phi", "self", "Desmond Achterberg")
def self_employee():
    d0 = rdt(60, 300, 9, 16)
    d1 = back(d0, 20, 60)
    orig = """Hello,

My claim for custom orthotics (claim # 24-0517-33891) was denied as "not medically necessary". I have plantar fasciitis in both feet diagnosed by Dr. Venkataraman in March, I did 8 weeks of PT and night splints first like the plan requires, and she wrote a letter. I'm on my feet 10 hours a day at the warehouse and the pain is bad by the end of the shift.

How do I appeal? I'm attaching the letter and the denial.

Desmond Achterberg
Employee ID 40-2281, Hudson River Freight"""
    body = """Hi Desmond,

Thanks for sending this over. Because the plan is self-funded, the appeal goes to our administrator, not to HR - I've copied Pinnacle Benefit Services here so they can open it. Please send them your PT discharge summary too, they told me that's usually what's missing.

You have 180 days from the denial date so you're fine on time.

Regards,
Colleen Hardesty
Benefits Specialist, Human Resources
Hudson River Freight LLC

%s
%s""" % (on_wrote(d1, '"Desmond Achterberg" <d.achterberg@example.com>'), gt(orig))
    letter = docx(["Cedar Ridge Foot & Ankle",
                   "Letter of Medical Necessity",
                   "RE: Desmond Achterberg   DOB 02/09/1984",
                   "Mr. Achterberg has been under my care since March for bilateral plantar fasciitis with pes planus. "
                   "He has completed 8 weeks of physical therapy, night splints and OTC arch supports without adequate relief. "
                   "Custom functional foot orthoses (L3000 x2) are medically necessary to control pronation and reduce plantar fascia strain.",
                   "Priya Venkataraman, DPM"])
    return build('"Colleen Hardesty" <chardesty@hudsonriverfreight-example.com>',
                 '"Desmond Achterberg" <d.achterberg@example.com>', "RE: orthotics claim denied - how do I appeal",
                 body, d0, cc="appeals@pinnaclebenefits-example.com",
                 atts=[(letter, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "LMN_Achterberg.docx")])


@reg("phi", "self", "Harriet Nkemelu")
def self_sugars():
    d = rdt(60, 300, 18, 22)
    body = """Dear Dr. Okafor,

I wanted to let you know my blood sugars have been running high since the infection started, 180s in the morning and up to 220 after dinner. I called Dr. Amadi's office (my PCP) and they increased my Lantus to 28 units. Is that ok with the antibiotic you gave me (the doxycycline)? I finish it Friday.

Also I'm running low on the silver dressings you sent home with me, I have 2 left. Can I pick more up at the front desk or do I need to order them?

I'm sorry I missed my appointment on the 3rd, my daughter's car broke down. I have rescheduled for the 17th.

Thank you,
Harriet Nkemelu"""
    html = html_from(body)
    return build('"Harriet Nkemelu" <hnkemelu@example.org>', OKAFOR, "My sugars and dressings", body, d, html=html,
                 mailer="Microsoft Outlook 16.0")


@reg("phi", "self", "Phil Garrity")
def self_cancel():
    d = rdt(30, 300, 5, 7)
    body = """Morning - I woke up with a bad head cold, stuffed up and ears feel full. Marcus told me never to dive with a cold so I'm not coming in today for #26. Will call later to see about tomorrow.

Phil"""
    return build("phil.garrity@example.net", HBOTEAM, "not coming today", body, d, mailer="iPhone Mail (21E236)")


@reg("phi", "self", "Stanley Wojcik")
def self_medicare_shoes():
    d = rdt(30, 300, 10, 15)
    body = """To whom it may concern,

My name is Stanley Wojcik. I am a patient of Dr. Venkataraman for my diabetic feet. Last year I got the special shoes through Medicare from StepRight and they are worn out now. The lady at StepRight says I need new paperwork from my regular doctor before Medicare will pay.

Can you tell me what my regular doctor (Dr. Halvorsen) has to send? I would like to get this done before the winter.

My Medicare number is 7TN2-WE8-KP41 and my birthday is 1/30/1941 in case you need it.

Thank you very much,
Stanley J. Wojcik
14 Birch Hollow Rd
Salt Point NY 12578
(845) 555-0189"""
    return build('"Stanley Wojcik" <swojcik41@example.com>', "info@%s" % CTR, "Diabetic shoes - Medicare", body, d,
                 mailer=None)


@reg("phi", "self", "Beverly Tanaka")
def self_photo():
    d = rdt(30, 300, 19, 23, weekend=True)
    body = """is this normal?? took the dressing off for my shower like you said and the edges are kind of white and wrinkly and theres a little bit of yellow in the middle. no pain really, i can't feel much down there anyway. picture attached

appt is tues with dr v

bev tanaka"""
    return build('"Bev Tanaka" <bevtanaka@example.org>', "clinic@%s" % CTR, "foot pic", body, d,
                 atts=[(jpeg(), "image", "jpeg", "IMG_4471.jpg")], mailer="iPhone Mail (21E236)")


# ===========================================================================
# PHI / struct
# ===========================================================================
@reg("phi", "struct", "Yusuf Haddad")
def struct_adt():
    d = rdt(60, 300, 8, 11)
    ts = d.strftime("%Y%m%d%H%M%S")
    segs = [
        "MSH|^~\\&|CRW_EHR|CEDARRIDGE|HIE_ENGINE|DUTCHESS_HIE|%s||ADT^A04^ADT_A01|MSG00041877|P|2.5.1" % ts,
        "EVN|A04|%s|||BSALINAS" % ts,
        "PID|1||00521187^^^CRW^MR~211-57-0932^^^SSA^SS||Haddad^Yusuf^K^^^^L||19580311|M|||88 Millpond Rd^^Hyde Park^NY^12538^USA^H||^PRN^PH^^1^845^5550127|||M||7720391^^^CRW^AN",
        "PD1|||Hudson Valley Primary Care^^4471|1730214458^Amadi^Chukwuemeka^^^MD",
        "NK1|1|Haddad^Leila|SPO|88 Millpond Rd^^Hyde Park^NY^12538|^PRN^PH^^1^845^5550128",
        "PV1|1|O|CRW^POD1^01||||1386614902^Okafor^Renata^^^DPM||1730214458^Amadi^Chukwuemeka^^^MD|POD||||1|||1386614902^Okafor^Renata^^^DPM|OP|V00098812^^^CRW^VN|||||||||||||||||||||||||%s" % ts,
        "DG1|1||E11.621^Type 2 diabetes mellitus with foot ulcer^I10|||A",
        "DG1|2||L97.412^Non-pressure chronic ulcer of right heel and midfoot with fat layer exposed^I10|||A",
        "IN1|1|KVHPPPO|KVHP1|Keystone Valley Health Plan|PO Box 7700^^Harrisburg^PA^17105||(888)555-0170|GRP20991|||||||Haddad^Yusuf^K|18|19580311|88 Millpond Rd^^Hyde Park^NY^12538|||1||||||||||||||KVH710339264-01",
    ]
    body = """Sandra,

This A04 from this morning is erroring at the engine - PV1-3 has the bed field populated with "01" and DUTCHESS_HIE rejects anything with a bed on an outpatient class. I think it's the new POD1 room build. Message below, can you have registration re-trigger after I push the room fix at noon?

%s

Error: AE|ERR|||207^Application internal error^HL70357|PV1-3.3 not permitted for patient class O

Dale

Dale Ambrose
Systems & Interfaces Analyst
Cedar Ridge Wound & Hyperbaric Center | x260""" % "\n".join(segs)
    return build(AMBROSE, '"Sandra Kellerman" <skellerman@%s>' % CTR, "A04 rejects - PV1-3 bed on outpt", body, d,
                 cc="interfaces@%s" % CTR, mailer="Microsoft Outlook 16.0")


@reg("phi", "struct", "Arturo Benedetti")
def struct_oru():
    d = rdt(60, 300, 13, 16)
    ts = d.strftime("%Y%m%d%H%M")
    segs = [
        "MSH|^~\\&|VRRL_LIS|VALLEYREGIONAL|CRW_EHR|CEDARRIDGE|%s||ORU^R01^ORU_R01|VR2024-0883152|P|2.5.1" % ts,
        "PID|1||00498101^^^CRW^MR||Benedetti^Arturo^P||19540623|M|||303 Academy St^^Poughkeepsie^NY^12601||(845)555-0161",
        "PV1|1|O|CRW^WC^02||||1386614902^Okafor^Renata^^^DPM",
        "ORC|RE|CRW448120|VR24M-22017||CM",
        "OBR|1|CRW448120|VR24M-22017|87070^Culture, aerobic, wound^CPT|||%s|||||||%s|Wound^R plantar foot|1386614902^Okafor^Renata^^^DPM||||||%s|||F" % (ts, ts, ts),
        "OBX|1|TX|664-3^Gram stain^LN||Few WBC. Moderate gram negative rods.||||||F",
        "OBX|2|CE|11475-1^Microorganism identified^LN|1|112283007^Escherichia coli^SCT||||||F",
        "OBX|3|CE|11475-1^Microorganism identified^LN|2|3092008^Staphylococcus aureus^SCT||||||F",
        "OBX|4|ST|18864-9^Ampicillin [Susceptibility]^LN|1|>=32|ug/mL||R|||F",
        "OBX|5|ST|18928-2^Gentamicin [Susceptibility]^LN|1|<=1|ug/mL||S|||F",
        "OBX|6|ST|18993-6^Trimethoprim+Sulfamethoxazole [Susceptibility]^LN|1|<=20|ug/mL||S|||F",
        "OBX|7|ST|18964-7^Oxacillin [Susceptibility]^LN|2|>=4|ug/mL||R|||F",
        "NTE|1||MRSA isolated. Contact precautions per facility policy.",
    ]
    msg = "\r".join(segs) + "\r"
    body = """Hi Thuy - the lab's result interface was down from about 11 to 2 today so they sent the file for this one directly. Can you confirm it crossed into the chart after I re-ran the inbound queue? If not I'll manually file it.

Dale"""
    return build(AMBROSE, THUY, "wound cx result - manual resend from VRRL", body, d,
                 atts=[(msg.encode("ascii"), "application", "hl7-v2", "VR24M-22017.hl7")])


def x12(segs, elem_sep="*"):
    return "~\n".join(segs) + "~\n"


@reg("phi", "struct", "Dennis Kowalski")
def struct_837():
    d = rdt(60, 300, 14, 17)
    dt8 = d.strftime("%Y%m%d")
    dt6 = d.strftime("%y%m%d")
    hm = d.strftime("%H%M")
    dos = (d - datetime.timedelta(days=2)).strftime("%Y%m%d")
    st = [
        "ST*837*0001*005010X222A1",
        "BHT*0019*00*CRW4417*%s*%s*CH" % (dt8, hm),
        "NM1*41*2*CEDAR RIDGE WOUND AND HYPERBARIC*****46*CRWHC",
        "PER*IC*JEROME PIKUL*TE*8455550100*FX*8455550199",
        "NM1*40*2*KEYSTONE VALLEY HEALTH PLAN*****46*KVHP1",
        "HL*1**20*1",
        "NM1*85*2*CEDAR RIDGE WOUND AND HYPERBARIC*****XX*1457392086",
        "N3*1180 TANNERY ROAD STE 200",
        "N4*MILLBROOK*NY*125451022",
        "REF*EI*145583021",
        "HL*2*1*22*0",
        "SBR*P*18*GRP20991******CI",
        "NM1*IL*1*KOWALSKI*DENNIS*J***MI*KVH622048175",
        "N3*17 RIVERVIEW TER",
        "N4*POUGHKEEPSIE*NY*12601",
        "DMG*D8*19520907*M",
        "NM1*PR*2*KEYSTONE VALLEY HEALTH PLAN*****PI*KVHP1",
        "CLM*CRW%s01*1840***11:B:1*Y*A*Y*Y" % dt8,
        "REF*G1*PA-54877120",
        "HI*ABK:M86672*ABF:E1169",
        "NM1*82*1*BRIGHTWATER*SAMUEL****XX*1629047713",
        "PRV*PE*PXC*207RU0002X",
        "LX*1",
        "SV1*HC:99183*460*UN*1***1:2",
        "DTP*472*D8*%s" % dos,
        "LX*2",
        "SV1*HC:G0277*1380*UN*4***1:2",
        "DTP*472*D8*%s" % dos,
    ]
    st.append("SE*%d*0001" % (len(st) + 1))
    segs = (["ISA*00*          *00*          *ZZ*CRWHC          *ZZ*CLEARHSE01     *%s*%s*^*00501*000004417*0*P*:" % (dt6, hm),
             "GS*HC*CRWHC*CLEARHSE01*%s*%s*4417*X*005010X222A1" % (dt8, hm)] + st +
            ["GE*1*4417", "IEA*1*000004417"])
    body = """Priscilla,

This one keeps bouncing at the clearinghouse with "2300 HI diagnosis pointer invalid" - I don't see it. Raw file attached, can you open a ticket with them? Ref our batch 4417.

Thanks
J"""
    return build(PIKUL, '"Priscilla Haney" <phaney@%s>' % CTR, "837 batch 4417 rejected", body, d,
                 atts=[(x12(segs), "text", "plain", "CRW_837P_4417.txt")])


@reg("phi", "struct", "Reginald Sturdevant; Candelaria Ortiz")
def struct_835():
    d = rdt(150, 175, 9, 12)
    dt8 = d.strftime("%Y%m%d")
    segs = [
        "ST*835*1001",
        "BPR*I*512.44*C*ACH*CCP*01*021000089*DA*4471882390*1123456789**01*021909300*DA*5530912241*%s" % dt8,
        "TRN*1*EFT88301952*1123456789",
        "DTM*405*%s" % dt8,
        "N1*PR*MEDICARE PART B NY",
        "N1*PE*CEDAR RIDGE WOUND AND HYPERBARIC*XX*1457392086",
        "LX*1",
        "CLP*CRW2024052102*4*228*0**MB*24151008812040*11*1",
        "NM1*QC*1*STURDEVANT*REGINALD*T***MI*5XK3RE7TM24",
        "NM1*82*1*OKAFOR*RENATA****XX*1386614902",
        "DTM*232*20240521",
        "SVC*HC:11042*228*0**1",
        "CAS*CO*50*228",
        "LQ*HE*N115",
        "CLP*CRW2024052103*1*640*512.44*0*MB*24151008812041*11*1",
        "NM1*QC*1*ORTIZ*CANDELARIA****MI*2JP8WD4YA77",
        "SVC*HC:29445*640*512.44**1",
        "CAS*CO*45*127.56",
        "SE*19*1001",
    ]
    body = """Jerome - pasted the relevant part of the Medicare 835 from Friday. Sturdevant's 11042 from 5/21 came back CO-50 (not med necessary) with N115 - looks like the LCD thing again, the note didn't document depth. Ortiz cast paid fine.

%s

Do you want me to send it back to Dr. O for an addendum or just write it off?

Priscilla Haney
Billing Specialist | x242""" % "~\n".join(segs)
    return build('"Priscilla Haney" <phaney@%s>' % CTR, PIKUL, "835 - Sturdevant 11042 denied", body, d)


@reg("phi", "struct", "Yvette Laramie")
def struct_fhir():
    d = rdt(189, 190, 6, 9)
    bundle = OrderedDict([
        ("resourceType", "Bundle"),
        ("id", "b7f3e0c2-51aa-4c3d-9e1a-0f22d7c4a913"),
        ("type", "transaction"),
        ("entry", [
            {"fullUrl": "urn:uuid:7d1c2a10-3b2f-4e44-8f63-1a8b4b0f9e21",
             "resource": OrderedDict([
                 ("resourceType", "Patient"),
                 ("identifier", [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "00509932"}]),
                 ("name", [{"family": "Laramie", "given": ["Yvette", "M"]}]),
                 ("gender", "female"),
                 ("birthDate", "1957-03-02"),
                 ("telecom", [{"system": "phone", "value": "845-555-0139", "use": "mobile"},
                              {"system": "email", "value": "ylaramie@example.net"}]),
                 ("address", [{"line": ["5 Stonewall Ct"], "city": "Wappingers Falls", "state": "NY",
                               "postalCode": "12590"}])]),
             "request": {"method": "PUT", "url": "Patient?identifier=00509932"}},
            {"fullUrl": "urn:uuid:2f6a0b33-77c1-4d0e-a5d2-c3f1e8a04b55",
             "resource": OrderedDict([
                 ("resourceType", "Appointment"),
                 ("status", "booked"),
                 ("serviceType", [{"coding": [{"system": "http://snomed.info/sct", "code": "18946005",
                                               "display": "Hyperbaric oxygen therapy"}]}]),
                 ("reasonCode", [{"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "T86.821",
                                              "display": "Skin graft (allograft) (autograft) failure"}]}]),
                 ("description", "HBO tx 19/40 - wheelchair, 2 assist"),
                 ("start", "2024-07-16T10:00:00-04:00"),
                 ("end", "2024-07-16T12:00:00-04:00"),
                 ("participant", [{"actor": {"reference": "urn:uuid:7d1c2a10-3b2f-4e44-8f63-1a8b4b0f9e21"},
                                   "status": "accepted"},
                                  {"actor": {"reference": "Practitioner/1629047713",
                                             "display": "Samuel Brightwater, MD"}, "status": "accepted"},
                                  {"actor": {"reference": "Location/chamber-2", "display": "Monoplace Chamber 2"},
                                   "status": "accepted"}])]),
             "request": {"method": "POST", "url": "Appointment"}}])])
    payload = json.dumps(bundle, indent=2, ensure_ascii=False)
    body = """Automated alert from CareSync Integration Hub

Tenant:        cedarridgewound
Flow:          scheduling -> transport-portal (FHIR R4)
Event:         Appointment.create
Result:        FAILED (HTTP 422 Unprocessable Entity)
Retry:         3 of 3 attempts exhausted
Correlation:   cs-9f14a2e7-0c31

Response from target: "Patient.address[0].line is required to include unit number for wheelchair pickups"

The failed payload is attached. Resolve in the Integration Hub console or contact support@caresync-example.io (ticket auto-created: CS-218840).
"""
    return build('"CareSync Alerts" <alerts@caresync-example.io>', "interfaces@%s" % CTR,
                 "[CareSync] FAILED Appointment.create cs-9f14a2e7-0c31", body, d,
                 atts=[(payload.encode("utf-8"), "application", "fhir+json", "payload_cs-9f14a2e7.json")],
                 mailer=None, headers=[("Auto-Submitted", "auto-generated")])


@reg("phi", "struct", "Norbert Ulrich")
def struct_ccda():
    d = rdt(170, 200, 10, 16)
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.14" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.3.7714.2" extension="TCVA-REF-0061742"/>
  <code code="57133-1" codeSystem="2.16.840.1.113883.6.1" displayName="Referral note"/>
  <title>Referral Note - Tri-County Vascular Associates</title>
  <effectiveTime value="%s"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.7714.1" extension="TCV-0093318"/>
      <addr use="HP"><streetAddressLine>240 Creek Rd</streetAddressLine><city>Clinton Corners</city><state>NY</state><postalCode>12514</postalCode></addr>
      <telecom use="HP" value="tel:+1-845-555-0114"/>
      <patient>
        <name use="L"><given>Norbert</given><given>F</given><family>Ulrich</family></name>
        <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19560422"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author>
    <time value="%s"/>
    <assignedAuthor>
      <id root="2.16.840.1.113883.4.6" extension="1952388104"/>
      <assignedPerson><name><given>Alistair</given><family>Mbeki</family><suffix>MD</suffix></name></assignedPerson>
    </assignedAuthor>
  </author>
  <component><structuredBody>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.5.1"/>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
      <title>Problems</title>
      <text><list>
        <item>Atherosclerosis of native arteries of right leg with ulceration of heel (I70.234)</item>
        <item>Type 2 diabetes mellitus with diabetic peripheral angiopathy (E11.51)</item>
        <item>Chronic kidney disease stage 3a (N18.31)</item>
      </list></text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.1.1"/>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="Medications"/>
      <title>Medications</title>
      <text><list>
        <item>Cilostazol 100 mg PO BID</item>
        <item>Atorvastatin 80 mg PO nightly</item>
        <item>Aspirin 81 mg PO daily</item>
        <item>Insulin glargine 34 units SC nightly</item>
      </list></text>
    </section></component>
    <component><section>
      <code code="42349-1" codeSystem="2.16.840.1.113883.6.1" displayName="Reason for referral"/>
      <title>Reason for Referral</title>
      <text>s/p R SFA atherectomy and stent 06/2024. Inline flow to foot on completion angiogram. Please resume wound care and consider HBO per your protocol. ABI R 0.62 -&gt; 0.88 post-procedure.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
""" % (d.strftime("%Y%m%d%H%M%S-0400"), d.strftime("%Y%m%d%H%M%S-0400"))
    body = """Dr. Okafor,

Please find the referral summary attached for the patient we discussed by phone. Post-procedure he's ready for wound care to resume. Dr. Mbeki's full op note will follow once signed.

Best,
Corinne Adeyemi, MSN, FNP-BC
Tri-County Vascular Associates
(845) 555-0170 ext 3

This message was sent via secure Direct messaging. The information contained in this transmission is confidential."""
    return build(ADEYEMI, '"Renata Okafor, DPM" <rokafor@direct.%s>' % CTR, "Referral summary - TCVA", body, d,
                 atts=[(xml.encode("utf-8"), "application", "xml", "TCVA_referral_CCDA.xml")])


@reg("phi", "struct", "Bernard Szabo; Opal Whitford; Leonard Feltz; Hollis Granger")
def struct_fixedwidth():
    d = rdt(151, 154, 7, 9)
    rows = [("0004501377", "SZABO", "BERNARD", "19471130", "20240603", "A5500", "RT", "01", "00012500", "1457392086"),
            ("0004501377", "SZABO", "BERNARD", "19471130", "20240603", "A5513", "  ", "06", "00087000", "1457392086"),
            ("0004488302", "WHITFORD", "OPAL", "19330327", "20240605", "L3000", "LT", "01", "00042500", "1457392086"),
            ("0004479115", "FELTZ", "LEONARD", "19500812", "20240606", "A5500", "  ", "02", "00025000", "1457392086"),
            ("0004463088", "GRANGER", "HOLLIS", "19441017", "20240607", "L4361", "RT", "01", "00031800", "1457392086")]
    lines = ["HDRCRWDME  %sCRWHC     DME CHARGE EXTRACT v3" % d.strftime("%Y%m%d")]
    for r in rows:
        lines.append("D%-10s%-15s%-12s%8s%8s%-5s%-2s%2s%9s%-10s" % r)
    lines.append("TRL%06d%012d" % (len(rows), sum(int(r[8]) for r in rows)))
    body = """Attached is the nightly DME charge extract (fixed width, layout v3) for posting. Record count and control total are in the trailer.

- MedBill Partners file services (do not reply)"""
    return build('"MedBill Partners" <fileservices@medbillpartners-example.com>', BILLING,
                 "CRWHC DME extract %s" % d.strftime("%Y%m%d"), body, d,
                 atts=[("\r\n".join(lines) + "\r\n", "text", "plain", "CRWDME_%s.dat" % d.strftime("%Y%m%d"))],
                 mailer=None)


# ===========================================================================
# CLEAN / admin
# ===========================================================================
@reg("clean", "admin")
def admin_supplies():
    d = rdt(20, 300, 14, 17)
    tbl = """Item                                   Par   On hand  Order
-------------------------------------  ----  -------  -----
Fiberglass cast tape 3"                  48       11     40
Fiberglass cast tape 4"                  48       20     30
Cast padding 4" (synthetic)              60       18     48
Stockinette 3" roll                       6        2      4
Felt, 1/4" adhesive, sheets              40        9     30
Silver foam 4x4                          50       14     40
Collagen sheet 2x2                       30       12     20
Calcium alginate 4x4                     40       31      -
Rolled gauze 4"                         120       44     96
Saline 100 mL bullets                   200       80    120
#15 blades / curettes 3mm               100       40     60
Post-op shoes M/L/XL                  10 ea    3/1/0  yes"""
    body = """Gwen,

End of month count for the cast room and wound clinic is below. We went through cast tape a lot faster than usual (we're up to 9 TCCs this month), so I bumped the par on the 3" for next month. Calcium alginate we're fine, we're using less since we switched most people to the foam.

%s

Can you get this to Meridian before Thursday's cutoff? Also the Mölnlycke rep is coming Tuesday at noon to do the in-service on the new border foam, lunch is on them.

Thanks,
Lorraine

Lorraine Kessler, RN, CWOCN
Wound Care Coordinator
Cedar Ridge Wound & Hyperbaric Center | x230

%s""" % (tbl, CONF)
    return build(KESSLER, FARRADAY, "supply count / order for next week", body, d, mailer="Microsoft Outlook 16.0")


@reg("clean", "admin")
def admin_chamber_safety():
    d = rdt(20, 300, 16, 18)
    txt = """Weekly chamber safety checks are done, summary:

Chamber 1 (Sechrist 3300H, SN 33H-1187) - PASS. Grounding 0.4 ohm, door seal OK, comms OK.
Chamber 2 (Sechrist 3300H, SN 33H-1342) - PASS. Replaced exhaust filter.
Chamber 3 (Perry Sigma 40) - OUT OF SERVICE. O2 analyzer drifting 1.8% on 2-point cal, vendor tech coming Thursday AM. Please do not schedule ch 3 until I send the all clear.

Other items:
- LOX bulk tank delivery Tuesday 6:00 AM from Tri-State. Back lot gate will be unlocked at 5:45, please don't park in the tanker lane Monday night.
- Fire extinguisher (water mist) in the chamber room had its monthly check today, tagged.
- Reminder the pre-dive checklist (form HBO-07) is the NEW version with the hand-warmer and lotion questions. Old forms are in the shred bin, not the drawer.
- Emergency decompression drill is scheduled for the 3rd Wednesday, 7:00 AM, before first dive. Everyone on the HBO team must attend or make it up.

Marcus"""
    sig_t = ("\n\nMarcus Delgado, CHT\nSafety Director, Hyperbaric Medicine\n%s\n%s | x250" % (CTR_NAME, CTR_PHONE))
    return build(DELGADO, HBOTEAM, "weekly chamber checks + ch 3 down", txt + sig_t, d, cc=[BRIGHT, FARRADAY],
                 html=html_from(txt))


@reg("clean", "admin")
def admin_downtime():
    d = rdt(20, 300, 10, 15)
    body = """All,

Our EHR vendor is applying the quarterly upgrade this Saturday. Planned downtime is Saturday 10:00 PM to Sunday 4:00 AM.

What this means for you:
- Saturday HBO dives finish by 4 PM so no impact on chamber documentation.
- The on-call podiatrist will not have remote chart access during the window. Use the read-only downtime viewer (desktop icon "BCA Viewer") on the two PCs at the front desk - it refreshes every 2 hours until 9:45 PM.
- Paper downtime forms (progress note, wound assessment, HBO treatment record) are in the red binder at each nurses' station.
- After we come back up, anything documented on paper has to be back-entered by Monday noon.

New in this release: the wound measurement flowsheet finally auto-calculates area, and e-prescribing will show the formulary tier for Keystone plans.

Help desk ticket for issues after go-live: x260 or helpdesk@%s.

Dale Ambrose
Systems & Interfaces Analyst""" % CTR
    return build(AMBROSE, ALLSTAFF, "EHR downtime Sat 10pm-4am", body, d)


@reg("clean", "admin")
def admin_billing_policy():
    d0 = rdt(150, 165, 9, 16)
    d1 = back(d0, 24, 72)
    orig = """Gwen,

Summary of the KVHP amendment effective 7/1, I've read the whole thing so you don't have to:

1. HBO (99183) rate goes from 118% to 112% of Medicare; G0277 stays at 115%.
2. Prior auth now required for HBO after the 30th treatment (was 40th). Auth request must include updated wound measurements.
3. Debridement 11042-11047: documentation must state depth AND tissue removed, or they'll down-code to 97597. Same as the Medicare LCD.
4. Timely filing drops from 180 to 120 days.
5. Skin substitutes (Q41xx) - they're moving to a fixed per-application rate, exhibit C.

Items 2 and 4 worry me. We need to change the auth trigger in the scheduling workflow and tighten up the lag on the HBO charges.

Jerome"""
    body = """Thanks Jerome, this is great. Let's put it on the agenda for Tuesday's leadership meeting. I want Dr. Brightwater there for #2 since it changes how we plan treatment courses. For #3 I'll ask Lorraine to do a 10-minute refresher at the providers' meeting.

Can you also pull what percent of our HBO claims were filed after 120 days last quarter? My guess is very few but I'd rather know.

Gwen

%s""" % outlook_block("Jerome Pikul", d1, "Gwen Farraday", "KVHP contract amendment - 7/1", orig)
    return build(FARRADAY, PIKUL, "RE: KVHP contract amendment - 7/1", body, d0, cc=BRIGHT, mailer="Microsoft Outlook 16.0")


@reg("clean", "admin")
def admin_meeting():
    d = rdt(20, 300, 8, 12)
    start = (d + datetime.timedelta(days=7)).replace(hour=12, minute=0, second=0, tzinfo=None)
    end = start.replace(hour=13)
    body = """Wound & Hyperbaric Quality Committee - monthly

When: %s, 12:00-1:00 PM
Where: Conference Room B (2nd floor) / Teams link in the invite

Agenda
1. Approve last month's minutes
2. Healing rate & days-to-heal dashboard (Jerome)
3. TCC skin complication review - process only, no case discussion (Lorraine)
4. Chamber 3 downtime and vendor response (Marcus)
5. Updated pre-dive checklist HBO-07 roll-out
6. Offloading boot stock - standardize on two brands?
7. Patient experience survey comments - Q2
8. Open floor

Lunch provided (Tuscan Grill). Please RSVP by Monday so we order enough.

Gwen Farraday
Practice Manager""" % start.strftime("%A, %B %d")
    cal = ics("wq-%d@%s" % (random.randint(10000, 99999), CTR), start, end,
              "Wound & Hyperbaric Quality Committee", "Conference Room B / Teams",
              "Monthly quality committee. Agenda in email.", "gfarraday@%s" % CTR)
    return build(FARRADAY, [OKAFOR, BRIGHT, VENKAT, KESSLER, DELGADO, PIKUL], "Quality Committee - agenda", body, d,
                 atts=[(cal, "text", "calendar", "invite.ics")])


@reg("clean", "admin")
def admin_facilities():
    d0 = rdt(130, 230, 9, 16)
    d1 = back(d0, 2, 6)
    q = """Gwen, cast room is 81 degrees again this afternoon. The fiberglass sets way too fast in this heat and we had to redo one. Also the sink in wound room 3 is draining slow.
Lorraine"""
    body = """Hi Gwen,

Building maintenance says the rooftop unit over the south wing (RTU-4) has a failed condenser fan motor. Part is ordered, ETA Wednesday, install Thursday morning. Until then they're bringing two portable AC units for the cast room and wound room 2 - should be there by 3 today.

Plumber is scheduled for the wound room 3 sink Monday 7:30 AM before clinic.

Also heads up: the parking lot resurfacing is confirmed for the weekend of the 20th. The lot will be closed Saturday 6 AM to Sunday 8 PM, so Saturday HBO patients and staff will need to use the church lot across Tannery Rd (they've agreed). I'll put signs up.

Rich Tomasello
Facilities Manager
Tannery Road Medical Arts Building
(845) 555-0105 | after hours (845) 555-0106

%s
%s""" % (on_wrote(d1, "Gwen Farraday <gfarraday@%s>" % CTR), gt("fwding from Lorraine:\n\n" + q))
    return build('"Rich Tomasello" <rtomasello@tannerymedarts-example.com>', FARRADAY,
                 "Re: cast room temp / sink", body, d0, cc=KESSLER)


@reg("clean", "admin")
def admin_nh_contract():
    d = rdt(20, 300, 10, 16)
    body = """Hi Nadia and Rosa,

As we start the new agreement year, here's a recap of how podiatry visits at your buildings will run so everyone's on the same page:

Visit cadence
- Maple Crest: every other Thursday, 9:00-1:00 (1W/2W), plus 2 West on the alternating Tuesdays when needed
- Willowbrook: first and third Thursday, 1:30-4:30

What we need from each building
- A treatment room or private area with a sink, good light, and a chair that reclines
- The visit list by the Monday before (room, name, DOB, reason, payer)
- Signed consent and a copy of the insurance card for anyone new
- A nurse or CNA available during the visit for transfers

Routine foot care for Medicare residents is only covered with a qualifying systemic condition and class findings, so please don't be surprised if a few names on your list are scheduled as private pay or skipped - our billing office will send a letter to the resident or family before anything is charged.

Visit notes are faxed back within 48 hours. Urgent findings will be called to the charge nurse the same day.

Let me know if you want to meet to go over any of this.

Tanya Obuya, CMA
Clinic & Outreach Scheduling
Cedar Ridge Foot & Ankle | x214

%s""" % CONF
    return build(OBUYA, [PETROV, QUINTERO], "podiatry visits - how it'll work this year", body, d, cc=VENKAT)


# ===========================================================================
# CLEAN / lookalike
# ===========================================================================
@reg("clean", "lookalike")
def look_invoice():
    d = rdt(20, 300, 5, 7)
    inv = "INV-%07d" % random.randint(1000000, 9999999)
    lines = ["MERIDIAN MEDICAL SUPPLY - INVOICE",
             "Invoice: %s     Date: %s     Terms: Net 30" % (inv, d.strftime("%m/%d/%Y")),
             "Bill to: Cedar Ridge Wound & Hyperbaric Center, Acct 40-118820",
             "PO: CRW-PO-24-0917     Ship via: UPS Ground 1Z8A73W20392771846",
             "",
             "Item        Description                      Lot         Exp       Qty   Ext",
             "MS-44021    Fiberglass cast tape 3in          FC2405118   2026-11   40    $212.00",
             "MS-44032    Synthetic cast padding 4in        SP2403390   2027-02   48    $96.48",
             "MS-61107    Silver foam dressing 4x4 (10)     AGF240612   2026-06   4     $388.40",
             "MS-61210    Collagen sheet 2x2 (10)           CL2404077   2026-04   2     $171.00",
             "NDC 50484-0010-01  Collagenase oint 30g       C24031B     2025-12   6     $1,644.30",
             "NDC 0409-4888-10   Sodium chloride 0.9% 10mL  2188461     2026-01   2     $38.90",
             "",
             "Subtotal $2,551.08   Freight $0.00   Tax exempt #  EX-4410291   TOTAL $2,551.08"]
    body = """Please find attached invoice %s for PO CRW-PO-24-0917.

Remit to: Meridian Medical Supply, PO Box 88120, Albany NY 12212
ACH: routing and account on file. Reference the invoice number with payment.

Two items were backordered (MS-70014 rolled gauze 4", MS-52290 post-op shoe XL) and will ship separately on a new invoice.

Accounts Receivable
Meridian Medical Supply | (800) 555-0142""" % inv
    return build('"Meridian AR" <ar@%s>' % MERID, "ap@%s" % CTR, "Invoice %s - PO CRW-PO-24-0917" % inv, body, d,
                 cc=FARRADAY, atts=[(pdf(lines, inv), "application", "pdf", "%s.pdf" % inv)], mailer=None)


@reg("clean", "lookalike")
def look_tracking():
    d = rdt(20, 300, 8, 18)
    body = """Your order has shipped!

Order #:        SO-2024-118832
Customer #:     CRW0042
Ship date:      %s
Carrier:        FedEx Ground
Tracking:       7849 2231 0047 (box 1 of 3)
                7849 2231 0058 (box 2 of 3)
                7849 2231 0069 (box 3 of 3)

Qty  Part #       Description                                 Serial / Lot
  4  AW-PN-M      AeroWalk pneumatic walker, tall, M          SN AWP24M-00381 to -00384
  4  AW-PN-L      AeroWalk pneumatic walker, tall, L          SN AWP24L-00912 to -00915
  2  AW-PN-XL     AeroWalk pneumatic walker, tall, XL         SN AWP24X-00107, -00108
 10  AW-LNR-U     Replacement liner, universal                Lot LNR-2405-22
  2  AW-PUMP      Hand bulb pump                              Lot PMP-2402-09

Estimated delivery: 2 business days.
Questions? Reply to this email or call Customer Care 1-800-555-0190 and reference your order number.

AeroWalk Orthopedic Products
""" % d.strftime("%m/%d/%Y")
    return build('"AeroWalk Orders" <orders@aerowalk-example.com>', "purchasing@%s" % CTR,
                 "Shipped: Order SO-2024-118832", body, d, html=html_from(body), mailer=None)


@reg("clean", "lookalike")
def look_superbill():
    d = rdt(150, 250, 10, 16)
    rows = [["section", "code", "description", "modifier_notes"],
            ["E/M", "99203", "New pt, low MDM", ""],
            ["E/M", "99213", "Est pt, low MDM", "-25 if procedure same day"],
            ["E/M", "99214", "Est pt, moderate MDM", "-25 if procedure same day"],
            ["Debridement", "11042", "Debride subq tissue, first 20 sq cm", "document depth + tissue"],
            ["Debridement", "11045", "Debride subq tissue, each addl 20 sq cm", "add-on"],
            ["Debridement", "97597", "Selective debridement, first 20 sq cm", ""],
            ["Nails", "11720", "Debride nails 1-5", "Q7/Q8/Q9 class findings"],
            ["Nails", "11721", "Debride nails 6+", "Q7/Q8/Q9 class findings"],
            ["Callus", "11055", "Paring, single lesion", ""],
            ["Cast", "29445", "Application of rigid total contact leg cast", "RT/LT"],
            ["HBO", "99183", "Physician attendance & supervision, HBO, per session", ""],
            ["HBO", "G0277", "HBO under pressure, full body chamber, per 30 min", "units"],
            ["Vascular", "93922", "Limited bilateral noninvasive physiologic studies", ""],
            ["Dx", "E11.621", "Type 2 DM with foot ulcer", "pair with L97.x"],
            ["Dx", "L97.412", "Non-pressure chronic ulcer R heel/midfoot, fat layer exposed", ""],
            ["Dx", "L97.522", "Non-pressure chronic ulcer oth part L foot, fat layer exposed", ""],
            ["Dx", "M86.671", "Other chronic osteomyelitis, R ankle and foot", ""],
            ["Dx", "B35.1", "Tinea unguium", ""],
            ["Dx", "L84", "Corns and callosities", ""]]
    s = io.StringIO()
    csv.writer(s, lineterminator="\r\n").writerows(rows)
    body = """Providers - attached is the draft of the new superbill code list for the fall template refresh. Please look at your section and tell me by Friday if anything is missing. I dropped 11043/11044 since we haven't billed them in a year (those go to the OR).

The ICD-10 list is just the top 20 by volume, the full picklist stays in the EHR.

Jerome"""
    return build(PIKUL, [OKAFOR, VENKAT, BRIGHT], "superbill refresh - draft code list", body, d,
                 atts=[(s.getvalue(), "text", "csv", "superbill_codes_draft_v2.csv")])


@reg("clean", "lookalike")
def look_credentialing():
    d = rdt(20, 300, 9, 15)
    body = """Hi Gwen,

For the KVHP recredentialing packet, here's what I have on file. Please confirm nothing has changed and send me updated malpractice face sheets for everyone.

Provider                     NPI          NY Lic #     Lic exp     CAQH ID    Board
Renata Okafor, DPM           1386614902   POD-004812   10/31/2025  14419822   ABFAS
Priya Venkataraman, DPM      1902278315   POD-005377   03/31/2026  15022871   ABFAS
Samuel Brightwater, MD       1629047713   MD-241190    07/31/2025  11873304   ABEM / UHM
Lorraine Kessler, RN         n/a          RN-588214    05/31/2026  n/a        WOCNCB

Group NPI 1457392086, TIN 14-5583021, Medicare PTAN CRW44871.

DEA registrations are expiring for Dr. Okafor on 11/30 - she'll need to renew before the packet goes in.

Thanks!
Alyssa Brandt
Credentialing Coordinator
ProCred Services | (518) 555-0187"""
    return build('"Alyssa Brandt" <abrandt@procredservices-example.com>', FARRADAY,
                 "KVHP recred - provider data verification", body, d, mailer="Microsoft Outlook 16.0")


@reg("clean", "lookalike")
def look_directory():
    d = rdt(20, 300, 9, 15)
    body = """Updated phone list - please print and replace the one by your phone. Changes marked *

CEDAR RIDGE WOUND & HYPERBARIC CENTER - INTERNAL DIRECTORY
Main (845) 555-0100   Fax (845) 555-0199   Records fax (845) 555-0198

Front desk ......................... x200 / x201
Scheduling ......................... x214
Intake / auth (Keiko) .............. x218
Podiatry MA line ................... x215
Wound nurse (Lorraine) ............. x230
Hyperbaric console ................. x250  *direct (845) 555-0151
Chamber room emergency ............. x251
Billing (Jerome / Priscilla) ....... x240 / x242
Practice manager (Gwen) ............ x202
IT help desk (Dale) ................ x260
Cast room .......................... x233 *new

Outside
StepRight Pedorthics ............... (845) 555-0121
Lakeside Home Health intake ........ (845) 555-0144
Tri-County Vascular ................ (845) 555-0170
Meridian Medical Supply ............ (800) 555-0142
Tri-State Oxygen (LOX emergencies) . (800) 555-0193 acct 77-30418
Valley Regional Ref Lab ............ (845) 555-0109 client # 44821
Building maintenance ............... (845) 555-0105 / after hrs 0106

Gwen"""
    return build(FARRADAY, ALLSTAFF, "phone list - updated", body, d)


@reg("clean", "lookalike")
def look_dashboard():
    d = rdt(60, 300, 8, 12)
    txt = """Q2 outcomes dashboard (all sites, de-duplicated by episode)

Active wound episodes (end of quarter):       148
New episodes opened:                           97
Episodes healed:                               83
Healing rate (healed / closed episodes):       71.6%
Median days to heal:                           58   (Q1: 64)
DFU episodes, Wagner 3 or higher:              31
Major amputation within episode:               2    (1.4%)
Minor amputation within episode:               6    (4.1%)

Hyperbaric
Courses started:                               22
Treatments delivered:                          611
Mean treatments per completed course:          33.8
Courses stopped early (all reasons):           4
Confinement anxiety requiring stop:            1
Middle ear barotrauma (any grade):             5    (0.8 per 100 tx)

Total contact casts applied:                   64
TCC skin complications:                        3    (4.7%)

Age bands, new episodes: <50: 9 | 50-64: 31 | 65-74: 35 | 75+: 22

No patient-level data in this email - drill-down is in the BI workspace (access restricted).

Jerome Pikul
Revenue Cycle & Analytics"""
    return build(PIKUL, [FARRADAY, OKAFOR, BRIGHT, VENKAT, KESSLER], "Q2 dashboard", txt, d, html=html_from(txt))


@reg("clean", "lookalike")
def look_maint_log():
    d0 = rdt(20, 300, 10, 15)
    body = """Marcus,

Service report for today's visit, ticket HB-SR-24-01873.

Unit: Perry Sigma 40, SN PS40-2019-0447, asset tag CRW-HB-003
Site: Cedar Ridge, chamber room, bay 3
Arrived 07:42, departed 11:15

Findings
- O2 analyzer (Teledyne, SN T7-882130) sensor at end of life, 2-pt cal drift 1.8%
- Replaced sensor, lot R17-2404, exp 2026-03
- Post-replacement cal: 20.9% (air) read 20.9, 100% O2 read 99.7 - within spec
- Pressure relief valve test: lift at 3.05 ATA (spec 3.0 +/- 0.1) PASS
- Leak-down test: 2.4 ATA held 10 min, loss 0.01 ATA PASS
- Door interlock, comms, ground continuity 0.3 ohm PASS

Unit returned to service at 11:05. Next PM due 90 days, est. window week of the 14th.

Parts: 1x O2 sensor P/N 00-0214 ($318.00). Labor covered under service agreement SA-CRW-2023-11.

Gene Falcone
Field Service Engineer, HyperTech Services
(877) 555-0114 | gfalcone@hypertechsvc-example.com"""
    return build('"Gene Falcone" <gfalcone@hypertechsvc-example.com>', DELGADO,
                 "Service report HB-SR-24-01873 - ch 3 back in service", body, d0, cc=FARRADAY)


# ===========================================================================
# CLEAN / news
# ===========================================================================
@reg("clean", "news")
def news_newsletter():
    d = rdt(250, 262, 6, 8)
    txt = """CEDAR RIDGE CONNECTION - news for our referring partners

A THIRD CHAMBER IS HERE
Our new monoplace chamber is installed and in service, bringing capacity to 12 treatment slots a day. Wait time from referral to first treatment is now under 5 business days for most covered indications. Referral forms are on our website.

DIABETIC FOOT: WHEN TO SEND
Please send us any diabetic foot wound that hasn't improved 50% in 4 weeks of good care, anything that probes to bone, and any new Charcot changes (warm, red, swollen foot with intact skin). Early referral is still the single best thing we can do together to prevent amputation.

FREE CE EVENING
"Offloading that works: TCC, walkers and footwear" - Thursday, October 17, 6:00 PM, with Dr. Renata Okafor and Hannah Stroud, CPed of StepRight Pedorthics. 1.5 contact hours for nurses. Dinner provided. RSVP to events@cedarridgewound.org.

STAFF SPOTLIGHT
Marcus Delgado, CHT, our hyperbaric safety director, just passed 10 years with the center and was elected secretary of the regional hyperbaric society. Congratulations Marcus!

To stop receiving this newsletter, reply with "unsubscribe"."""
    return build('"Cedar Ridge Connection" <news@%s>' % CTR, "referring-partners@lists.%s" % CTR,
                 "Cedar Ridge Connection - Fall issue", txt + "\n\n" + CTR_NAME + " | " + CTR_ADDR, d,
                 html=html_from(txt, "<hr><p style='font-size:8pt'>%s | %s</p>" % (CTR_NAME, CTR_ADDR)),
                 headers=[("List-Unsubscribe", "<mailto:news@%s?subject=unsubscribe>" % CTR),
                          ("Precedence", "bulk")], mailer=None)


@reg("clean", "news")
def news_county():
    d = rdt(60, 300, 9, 11)
    body = """DUTCHESS-ULSTER REGIONAL HEALTH BULLETIN
Chronic Disease Surveillance Update - Diabetes and Lower-Extremity Complications

Key points for clinicians
- Estimated adult diabetes prevalence in the region rose to 11.2% (2022 BRFSS-based estimate), up from 9.8% in 2016.
- Hospital discharges with a non-traumatic lower-extremity amputation and diabetes as any diagnosis: 3.9 per 1,000 adults with diabetes (2022), compared with 3.1 in 2015.
- Rates were highest among adults 65-74 and among residents of ZIP codes with the lowest median household income quintile (2.1 times the highest quintile).
- Fewer than half of Medicare beneficiaries with diabetes in the region had a documented annual foot exam.

What you can do
1. Check feet at every diabetes visit - remove the socks.
2. Use the 10 g monofilament and document protective sensation annually.
3. Refer early to podiatry or a wound center for any ulcer, Charcot suspicion, or loss of protective sensation with deformity.
4. Screen for peripheral arterial disease; ABI is inexpensive and available in many offices.

The full data brief, with methods and ZIP-level maps, is available on the Department website.

Division of Chronic Disease Prevention
Dutchess-Ulster Regional Health Department
Please do not reply to this mailbox."""
    return build('"Regional Health Bulletin" <bulletin@durhd-example.org>', "undisclosed-recipients:;",
                 "Health Bulletin: Diabetes & Lower-Extremity Amputation Trends", body, d,
                 headers=[("Precedence", "bulk")], mailer=None)


@reg("clean", "news")
def news_journalclub():
    d = rdt(60, 300, 15, 17)
    body = """Journal club digest for Thursday - 3 papers, 1 page each. Print if you want to write on them.

1) Adjunctive HBOT for chronic DFU - meta-analysis of 14 RCTs (n=1,142)
   - Higher complete healing at 12 months (RR ~1.9) but wide heterogeneity
   - Effect on major amputation less certain; several trials small and unblinded
   - Take-away: patient selection (perfusion, Wagner 3+) matters more than number of sessions

2) TCC vs removable walker made irremovable - multicenter RCT (n=220)
   - Healing at 12 weeks similar (~65% vs 62%); fewer skin complications with the irremovable walker
   - Adherence again the main driver - removable devices worn a median of 28% of steps

3) Transcutaneous oximetry thresholds predicting HBO response - retrospective cohort (n=310)
   - In-chamber TcPO2 >200 mmHg associated with better response; baseline <20 with no O2 challenge rise = poor candidates
   - Supports our current pre-HBO TcPO2 practice

Discussion questions: should we change our walker-first protocol for plantar forefoot wounds? Do we have a reason to stop doing in-chamber TcPO2 on everyone?

Pizza at 12:15, conference room B.

Priya"""
    return build(VENKAT, [OKAFOR, BRIGHT, KESSLER, DELGADO, THUY, KMARSH], "journal club Thurs - digest", body, d)


@reg("clean", "news")
def news_vendor():
    d = rdt(60, 300, 10, 14)
    txt = """Introducing the AeroWalk Pro II

Lighter. Taller. Easier to keep on.

Clinicians told us adherence is everything in offloading. The AeroWalk Pro II pneumatic walker is 18% lighter than the original, with a rocker sole that reduces forefoot plantar pressure by up to 40% in lab testing, and an optional tamper-evident strap kit that turns it into an irremovable device in seconds.

- Sizes XS-XL, tall and short
- Replaceable honeycomb liner, washable
- HCPCS L4361 / L4360 eligible (coverage determined by payer)

Book a 15-minute virtual demo or request samples for your clinic: reply to this email or call your AeroWalk territory manager, Kyle Brennan, at (518) 555-0148.

Limited launch offer: 10% off your first case order through December 31.

AeroWalk Orthopedic Products | 900 Commerce Pkwy, Albany NY
You are receiving this because you purchased from AeroWalk. Unsubscribe | Privacy"""
    return build('"AeroWalk" <marketing@aerowalk-example.com>', "purchasing@%s" % CTR,
                 "New: AeroWalk Pro II - lighter offloading, better adherence", txt, d, html=html_from(txt),
                 headers=[("List-Unsubscribe", "<https://aerowalk-example.com/unsub?c=CRW0042>"), ("Precedence", "bulk")],
                 mailer=None)


@reg("clean", "news")
def news_society():
    d = rdt(300, 320, 7, 9)
    body = """NORTHEAST UNDERSEA & HYPERBARIC SOCIETY - MEMBER BULLETIN

ANNUAL MEETING
Registration is open for the Annual Scientific Meeting, April 3-5, Saratoga Springs. Early rate through January 31. Abstract deadline December 15 (case series and QI projects welcome).

CHT EXAM
The next regional Certified Hyperbaric Technologist exam sitting is March 8. Eligibility requires 480 hours of clinical experience and completion of an approved 40-hour introductory course.

SAFETY ALERT
Members have reported two near-misses this year involving chemical hand warmers and petroleum-based lip products found on patients during pre-treatment checks. Please review your pre-dive screening questions and make sure they include hand warmers, lotions, hair products, and hearing aids and other battery devices. A sample checklist is in the members' library.

COMMITTEE NEWS
The Safety Committee welcomes its new secretary, Marcus Delgado, CHT (Millbrook, NY).

Northeast Undersea & Hyperbaric Society
www.neuhs-example.org"""
    return build('"NEUHS Bulletin" <bulletin@neuhs-example.org>', "mdelgado@%s" % CTR,
                 "NEUHS Member Bulletin - Winter", body, d, headers=[("Precedence", "bulk")], mailer=None)


@reg("clean", "news")
def news_patient_ed():
    d = rdt(300, 330, 9, 11)
    txt = """Healthy Feet This Winter - tips from the Cedar Ridge team

Cold weather is hard on feet, especially if you have diabetes or poor circulation. A few simple habits can prevent most winter foot problems:

* Check your feet every day. Use a mirror or ask a family member. Look for redness, blisters, cracks or cuts.
* Never use heating pads, hot water bottles or space heaters on your feet. If you have numbness you may not feel a burn.
* Keep feet dry. Change damp socks right away, and choose moisture-wicking socks over cotton.
* Moisturize the heels and tops of your feet, but not between the toes.
* Wear boots that fit, with room for warm socks. Tight boots cut off circulation.
* Don't walk barefoot, even indoors.

Call us the same day at (845) 555-0100 if you see a wound, a change in color, or swelling. Don't wait for your next visit.

Our office will be closed December 25 and January 1. Hyperbaric treatments will run on the Saturday schedule those weeks.

You're receiving this because you signed up for health tips from Cedar Ridge. To unsubscribe, click here."""
    return build('"Cedar Ridge Wound & Hyperbaric" <news@%s>' % CTR, "health-tips@lists.%s" % CTR,
                 "Healthy feet this winter", txt, d, html=html_from(txt),
                 headers=[("Precedence", "bulk"), ("List-Unsubscribe", "<mailto:news@%s?subject=unsubscribe>" % CTR)],
                 mailer=None)


# ===========================================================================
# CLEAN / staff
# ===========================================================================
@reg("clean", "staff")
def staff_oncall():
    d = rdt(150, 170, 10, 15)
    body = """July call & HBO supervision schedule (final):

Week of      Podiatry call        HBO supervising MD     HBO backup
Jul 1        Okafor               Brightwater            Dr. Lindgren (per diem)
Jul 8        Venkataraman         Brightwater            Okafor*
Jul 15       Okafor               Lindgren (per diem)    Brightwater
Jul 22       Venkataraman         Brightwater            Okafor*
Jul 29       Okafor               Brightwater            Lindgren

* Okafor can back up HBO only for established patients per credentialing - no first dives on her backup days.

July 4 - clinic closed, no dives. Podiatry call as above. Answering service: (845) 555-0107.

Techs: Marcus and Jonah alternate Saturdays; Priscilla from the float pool covers Jul 13.

Gwen"""
    return build(FARRADAY, ALLSTAFF, "July call / HBO supervision", body, d)


@reg("clean", "staff")
def staff_open_enroll():
    d = rdt(270, 300, 9, 12)
    body = """Hi everyone,

Open enrollment for 2025 benefits runs November 1-15. This is the only time you can change your medical, dental or vision plan, add or drop dependents, or enroll in the FSA unless you have a qualifying life event.

What's changing for 2025
- The KVHP PPO premium goes up 4.5%% for employee-only coverage; the HDHP premium stays flat and the employer HSA contribution increases to $1,000 / $2,000.
- Vision adds an annual $150 frame allowance.
- FSA limit increases to $3,200.

Benefits fair: Wednesday Nov 6, 11:30-1:30, Conference Room B. Reps from KVHP, Delta and the 401(k) provider will be there. Lunch provided.

If you don't make changes, your current elections roll over EXCEPT the FSA, which you must re-elect every year.

Log in to the HR portal to review and elect. Questions - come find me.

Danielle Ortega
HR Generalist
Cedar Ridge Wound & Hyperbaric Center | x205

%s""" % CONF
    return build('"Danielle Ortega" <dortega@%s>' % CTR, ALLSTAFF, "Open Enrollment Nov 1-15 - benefits fair 11/6",
                 body, d, html=html_from(body))


@reg("clean", "staff")
def staff_party():
    d = rdt(250, 255, 10, 14)
    body = """Shhhh - do not reply all!!

After 20 years with Cedar Ridge, Lorraine is hanging up her measuring tape at the end of the month :( We're throwing her a surprise send-off:

Friday the 27th, 4:30 PM, conference room B (she thinks it's a quality meeting - Gwen is in on it)

- Card is going around in the cast room cabinet, sign it before Wednesday
- Collection for a gift (she's been talking about a trip to Portugal) - envelope at the front desk, any amount
- Potluck! Sign up sheet on the break room fridge. Marcus is bringing his famous empanadas

Dr. Okafor is going to say a few words and we're putting together a slideshow - send me any photos you have (holiday parties, the year the chamber room flooded, etc.)

Tanya"""
    return build(OBUYA, '"Everyone but Lorraine" <allstaff-minus-lk@%s>' % CTR, "SURPRISE for Lorraine - don't tell!",
                 body, d, mailer=None)


@reg("clean", "staff")
def staff_leave():
    d0 = rdt(30, 300, 15, 17)
    d1 = back(d0, 1, 4)
    q = """Gwen - confirming I'll be out all next week, back the following Monday. Keiko said she can cover the outreach scheduling. The Willowbrook and Maple Crest lists are in the shared drive under Outreach > current.
Tanya"""
    body = """Thanks Tanya, approved in the timekeeping system. Enjoy the time.

All - Tanya is out next week. Keiko is covering outreach scheduling and nursing home lists; front desk covers the MA line x215. Please don't schedule any new nursing home visits until she's back unless Dr. V asks.

Gwen

%s
%s""" % (on_wrote(d1, "Tanya Obuya <tobuya@%s>" % CTR), gt(q))
    return build(FARRADAY, [OBUYA, KMARSH, FRONT], "Re: out next week", body, d0)


@reg("clean", "staff")
def staff_payroll():
    d = rdt(130, 320, 9, 12)
    body = """Reminder - because of the holiday, timesheets for this pay period are due by 10:00 AM TUESDAY instead of Wednesday. Managers please approve by 3:00 PM Tuesday.

Hyperbaric staff: please make sure Saturday dive coverage is coded as SAT-DIFF, not OT, so the differential applies. Per diem techs use code PD-HBO.

Direct deposit will still post on Friday. Paper checks (2 people) will be at the front desk Friday after 10.

If you picked up extra shifts for the clinic at Maple Crest or Willowbrook, code mileage under MILE-OUT with the odometer readings in the comment box.

Thanks!
Payroll - Danielle / Gwen"""
    return build('"Payroll" <payroll@%s>' % CTR, ALLSTAFF, "Timesheets due TUESDAY this week", body, d)


@reg("clean", "staff")
def staff_credentials():
    d = rdt(268, 280, 10, 14)
    rows = [["Name", "Role", "Credential", "Expires", "BLS", "ACLS", "Notes"],
            ["Marcus Delgado", "Safety Director", "CHT", "2025-09-30", "2025-04-30", "", ""],
            ["Jonah Whitfield", "Hyperbaric Tech", "CHT", "2024-12-31", "2025-01-31", "", "recert packet due 11/1"],
            ["Priscilla Moreau", "Hyperbaric Tech (per diem)", "CHT", "2026-03-31", "2024-11-30", "", "BLS due"],
            ["Lorraine Kessler", "Wound Care Coordinator", "RN, CWOCN", "2026-05-31", "2025-06-30", "", ""],
            ["Thuy Nguyen", "Staff Nurse", "RN, CWS", "2025-08-31", "2024-12-31", "2025-02-28", ""],
            ["Keiko Marsh", "Intake RN", "RN", "2025-10-31", "2025-03-31", "", ""],
            ["Tanya Obuya", "Medical Assistant", "CMA (AAMA)", "2026-01-31", "2025-05-31", "", ""],
            ["Samuel Brightwater", "HBO Medical Director", "MD, UHM board", "2031-12-31", "2025-07-31", "2025-07-31", ""],
            ["Renata Okafor", "Podiatrist", "DPM, ABFAS", "2030-12-31", "2025-02-28", "2025-02-28", "HBO backup ACLS required"]]
    body = """Gwen, credential tracker attached. Two things coming up: Jonah's CHT recert packet is due Nov 1 and Priscilla's BLS lapses Nov 30 - she's signed up for the Nov 12 class. Everything else is current.

Accreditation survey asks for this so I'll keep it updated monthly.

Marcus"""
    return build(DELGADO, FARRADAY, "staff credential tracker - Oct", body, d,
                 atts=[(xlsx(rows, "Credentials"), "application",
                        "vnd.openxmlformats-officedocument.spreadsheetml.sheet", "credential_tracker_Oct.xlsx")])


@reg("clean", "staff")
def staff_newhire():
    d = rdt(20, 300, 9, 12)
    body = """Please welcome Amara Ruiz-Eklund, RN, who joins us Monday as a staff nurse in the wound clinic! Amara comes to us from the burn unit at Albany Med and is working toward her CWS. She'll be with Lorraine for her first two weeks.

Orientation schedule
Mon  8:00  HR paperwork & badge (Danielle) / 10:00 EHR training (Dale) / 1:00 clinic tour
Tue  all day shadow Lorraine, wound clinic
Wed  7:00  Chamber safety orientation (Marcus) - required before entering the chamber room
Thu  shadow Dr. Okafor, cast room
Fri  8:30  nursing home outreach with Dr. V (Maple Crest)

Her email is aruizeklund@cedarridgewound.org and her extension will be x231. Stop by and say hi!

Gwen"""
    return build(FARRADAY, ALLSTAFF, "Welcome Amara!", body, d, html=html_from(body))


# ===========================================================================
# CLEAN / training
# ===========================================================================
@reg("clean", "training")
def train_ehr_script():
    d = rdt(20, 300, 9, 16)
    body = """Super users,

Test scripts for Thursday's wound module validation are below. Use ONLY the test patients in the TRAIN environment (banner is orange). Do not use real patients in TRAIN - if you see a real name, stop and tell me.

Script WM-04  Wound assessment flowsheet
 Patient: ZZTEST, WOUNDONE     MRN T0000041   DOB 01/01/1950 (fictitious)
 1. Open encounter type "Wound F/U"
 2. Add wound #1: location R plantar heel, etiology "Diabetic", Wagner 2
 3. Enter L 2.0 / W 1.5 / D 0.3 - verify area auto-calculates to 3.00 cm2
 4. Add photo (use sample_wound.jpg from the shared drive)
 5. Sign - verify the wound appears on the summary with trend arrow

Script WM-07  HBO treatment record
 Patient: ZZTEST, HYPERBARIC    MRN T0000042   DOB 02/02/1960 (fictitious)
 1. Open "HBO Treatment" - protocol 2.0 ATA x 90 min with 2 air breaks
 2. Complete pre-dive checklist HBO-07 - answer YES to "hand warmers" and verify hard stop fires
 3. Correct to NO, complete treatment, enter pre/post BG 150 / 128
 4. Verify charge capture drops 99183 x1 and G0277 x4

Log results in the validation sheet (pass/fail + screenshot of any failure).

Dale"""
    return build(AMBROSE, [KESSLER, THUY, DELGADO, OBUYA], "TRAIN - wound module test scripts for Thurs", body, d)


@reg("clean", "training")
def train_quiz():
    d = rdt(20, 300, 12, 16)
    body = """Here's this month's 10-minute in-service quiz for the nursing and MA staff. Answers at the bottom - no peeking :)

1. A full-thickness ulcer with exposed tendon but no abscess or osteomyelitis is Wagner grade:
   a) 1   b) 2   c) 3   d) 4
2. The most important factor in healing a plantar neuropathic ulcer is:
   a) antibiotic choice  b) offloading  c) dressing type  d) HBO
3. Before a total contact cast is applied, we need (select all):
   a) documented perfusion  b) no active infection  c) patient able to return weekly  d) HbA1c under 7
4. Before each hyperbaric treatment, which items must be removed? (select all)
   a) hearing aids  b) hand warmers  c) cotton gown  d) petroleum lip balm
5. TRUE/FALSE: A patient with a cold and ear fullness should still dive so they don't lose their place in the course.

Answers: 1-b  2-b  3-a,b,c  4-a,b,d  5-False (call the HBO physician; usually hold)

Hand in to Lorraine by Friday for your CE log.

Thuy Nguyen, RN, CWS
Clinical Educator (interim)"""
    return build(THUY, [KMARSH, OBUYA, SALINAS, '"Jonah Whitfield" <jwhitfield@%s>' % CTR], "in-service quiz - Wagner & HBO safety",
                 body, d)


@reg("clean", "training")
def train_case_study():
    d = rdt(20, 300, 10, 16)
    case = ["Case study for nursing in-service (de-identified)",
            "A man in his 60s with long-standing type 2 diabetes and peripheral neuropathy presents with a plantar forefoot ulcer of about 8 weeks' duration. "
            "It began under a callus after he started a job that requires prolonged standing. He has been using a removable walker 'most of the time'.",
            "Exam: 2.2 x 1.8 cm ulcer under the 1st metatarsal head, granular base, hyperkeratotic rim, no probe to bone. Palpable pedal pulses. Loss of protective sensation bilaterally.",
            "Questions for discussion:",
            "1. What is the most likely reason the wound has not healed?",
            "2. What offloading options would you consider and why?",
            "3. What patient education would you give about footwear after healing?",
            "4. When would you consider referral for hyperbaric oxygen therapy in a case like this, and what would you need first?",
            "All details are composite and altered; this case does not describe any single patient."]
    body = """Attached is the case for Wednesday's huddle in-service. It's a composite - I changed enough that it doesn't match anyone we've seen. We'll spend 15 minutes on it.

Lorraine"""
    return build(KESSLER, [THUY, KMARSH, '"Amara Ruiz-Eklund" <aruizeklund@%s>' % CTR], "Wed in-service case",
                 body, d, atts=[(docx(case), "application", "vnd.openxmlformats-officedocument.wordprocessingml.document",
                                 "case_study_forefoot_ulcer.docx")])


@reg("clean", "training")
def train_fire_drill():
    d = rdt(20, 300, 14, 17)
    body = """HBO team - scenario for next Wednesday's 7:00 AM emergency drill. We will run it on chamber 2 with the training mannequin ("Pat Simulated") at surface pressure - NO oxygen, chamber stays vented.

SCENARIO (fictitious)
0700  Sim patient in chamber 2, treatment minute 34 at 2.4 ATA (simulated)
0701  Tech observes smoke/sparks near patient's chest (prop: red light stick)
0701  Tech calls "FIRE IN CHAMBER 2" - expected actions:
        - Switch chamber to air / shut off O2 supply at the manifold
        - Emergency vent per HBO-EP-03 (simulated, call out timing)
        - Second tech calls x251 and announces overhead
        - Open door as soon as at surface, water mist extinguisher to the chamber room
0703  Patient removal with 2 staff + transfer to stretcher; simulated burn/ABC assessment
0706  Debrief

Objectives: time to O2 shutoff under 15 sec, time to surface by protocol, roles called out clearly. I'll be timing and Dr. Brightwater will run the debrief.

Wear closed-toe shoes, no phones in the chamber room during the drill.

Marcus"""
    return build(DELGADO, HBOTEAM, "drill scenario - Wed 0700", body, d, cc=[BRIGHT, FARRADAY])


@reg("clean", "training")
def train_hl7_test():
    d = rdt(20, 300, 10, 16)
    ts = d.strftime("%Y%m%d%H%M%S")
    segs = [
        "MSH|^~\\&|CRW_EHR|CEDARRIDGE_TST|TRANSPORT_TST|GOLDENMILE|%s||SIU^S12^SIU_S12|TST000101|T|2.5.1" % ts,
        "SCH|TST-APT-0001||||||HBO^Hyperbaric treatment|||120|min|^^120^%s" % ts,
        "PID|1||T0000042^^^CRW^MR||ZZTEST^HYPERBARIC^^^^^T||19600202|U|||100 TEST ST^^TESTVILLE^NY^00000||(000)000-0000",
        "RGS|1",
        "AIL|1||CRW^HB^CH2",
        "AIP|1||9999999999^TESTDOC^TRAINING^^^MD",
    ]
    body = """Hi GoldenMile IT,

For the scheduling interface test next week, here's a sample SIU^S12 from our TEST environment (processing ID = T). Patient is our standard fictitious test record, nothing real. Please confirm your engine maps SCH-11 duration and AIL-3 location correctly and send back the ACK you generate.

%s

Expected ACK: MSA|AA|TST000101

We'll send 20 more test messages Tuesday 9-11 AM (test IDs TST000102-TST000121), including 5 cancels (S15) and 3 reschedules (S13).

Dale Ambrose
Systems & Interfaces Analyst, Cedar Ridge | x260""" % "\n".join(segs)
    return build(AMBROSE, '"GoldenMile IT" <it@goldenmiletransport.com>', "SIU test messages - interface validation",
                 body, d)


@reg("clean", "training")
def train_tcc_lab():
    d = rdt(262, 268, 10, 16)
    body = """TCC skills lab - sign up!

Dr. Okafor is running a hands-on total contact cast lab for nurses, MAs and the new staff. Two sessions, pick one:
  - Tuesday the 8th, 5:00-7:00 PM
  - Saturday the 12th, 9:00-11:00 AM
Location: cast room + wound room 2. Wear clothes you don't mind getting fiberglass on.

You'll apply and remove a cast on a partner (volunteers, healthy legs only!) and practise the documentation. Sample documentation template below - use this for the lab, it's a made-up patient.

  SAMPLE - NOT A REAL PATIENT
  Patient: Sample, Patient A.     MRN: SAMPLE-001
  Procedure: TCC application, R lower extremity
  Pre-cast skin check: intact except plantar wound (sample), no edema, no maceration
  Padding: felt over malleoli, tibial crest, 1st/5th met heads; stockinette; 3 rolls padding
  Cast: 2 rolls 3" + 2 rolls 4" fiberglass, walking heel applied
  Post-cast: cap refill <3 sec all toes, patient instructed (handout given)
  Next change: 7 days

Sign up with Lorraine by Friday. Max 6 per session.

Lorraine"""
    return build(KESSLER, ALLSTAFF, "TCC skills lab - sign up", body, d, html=html_from(body))


# ===========================================================================
# main
# ===========================================================================
def main():
    os.makedirs(OUT, exist_ok=True)
    counts = OrderedDict()
    rows = []
    for label, kind, fn, patient in REG:
        key = (label, kind)
        counts[key] = counts.get(key, 0) + 1
        fname = "%s-%s-%03d.eml" % (label, kind, counts[key])
        msg = fn()
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        rows.append((fname, label, kind, patient))
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    total = 0
    for (label, kind), n in counts.items():
        print("%s-%s: %d" % (label, kind, n))
        total += n
    print("total: %d" % total)


if __name__ == "__main__":
    main()
