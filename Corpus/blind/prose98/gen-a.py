#!/usr/bin/env python3
"""Generate a blind evaluation set of utility customer-care email
(medical-priority register) as .eml files plus labels.csv.

Usage: python3 gen.py OUTDIR
"""
import csv
import datetime as dt
import email.policy
import io
import os
import random
import struct
import sys
import zipfile
import zlib
from collections import Counter
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

SEED = 9801
random.seed(SEED)

UTIL = "Calder Basin Power & Water"
UD = "calderbasinutil.com"

# ---------------------------------------------------------------- helpers

SPECS = []


def add(label, kind, patient_name="", **kw):
    SPECS.append(dict(label=label, kind=kind, patient_name=patient_name, **kw))


def rdate(start=(2024, 2, 1), end=(2025, 9, 30)):
    a = dt.datetime(*start)
    b = dt.datetime(*end)
    secs = random.randint(0, int((b - a).total_seconds()))
    d = a + dt.timedelta(seconds=secs)
    # business-ish hours mostly
    if random.random() < 0.8:
        d = d.replace(hour=random.randint(7, 18))
    tz = dt.timezone(dt.timedelta(hours=random.choice([-5, -6, -5, -4])))
    return d.replace(tzinfo=tz)


def mid(domain):
    h = "".join(random.choice("0123456789abcdef") for _ in range(16))
    t = "".join(random.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(8))
    return f"<{h}.{t}@{domain}>"


def phone(area=None):
    area = area or random.choice(["509", "208", "406", "541", "360"])
    return f"{area}-555-01{random.randint(0, 99):02d}"


def acct():
    return f"{random.randint(1000, 9999)} {random.randint(1000, 9999)} {random.randint(10, 99)}"


def premise():
    return f"PR-{random.randint(100000, 999999)}"


def medcert(yy=None):
    yy = yy or random.choice(["24", "25"])
    return f"MC-{yy}-{random.randint(10000, 99999)}"


def wo():
    return f"WO-{random.randint(2100000, 2399999)}"


def dob(lo=1928, hi=1992, fmt="%m/%d/%Y"):
    d = dt.date(lo, 1, 1) + dt.timedelta(days=random.randint(0, (hi - lo) * 365))
    return d.strftime(fmt)


def street():
    n = random.randint(12, 4890)
    s = random.choice(["Larch St", "Wexford Ave", "Old Mill Rd", "Kestrel Ln", "Ferncliff Dr",
                       "Orchard St", "N 14th Ave", "Cottonwood Ct", "Sawyer Rd", "Bluff View Dr",
                       "Pioneer Way", "E Maple St", "Alder Creek Rd", "Harmon Pl", "Juniper Loop"])
    return f"{n} {s}"


TOWNS = ["Calder Falls", "Westbrook", "Millrace", "Tamarack", "North Calder", "Pine Hollow"]


def town():
    return random.choice(TOWNS)


def quote(text, prefix="> "):
    return "\n".join(prefix + l if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


# staff of the utility
STAFF = {
    "marisol": ("Marisol Quintero", "marisol.quintero", "Lead Customer Care Representative, Medical Priority Register"),
    "derek": ("Derek Huang", "derek.huang", "MPR Program Coordinator"),
    "tamsin": ("Tamsin Okafor", "tamsin.okafor", "Supervisor, Customer Care"),
    "luis": ("Luis Ferreira", "luis.ferreira", "Field Service Crew Lead - District 3"),
    "priya": ("Priya Raman", "priya.raman", "Credit & Collections Analyst"),
    "glen": ("Glen Markowitz", "glen.markowitz", "Outage Planning Coordinator"),
    "hannah": ("Hannah Voss", "hannah.voss", "Community Programs Manager"),
    "aaron": ("Aaron Teller", "aaron.teller", "CIS Business Analyst, IT"),
    "keisha": ("Keisha Drummond", "keisha.drummond", "Customer Care Representative II"),
    "bao": ("Bao Tran", "bao.tran", "Customer Care Representative (Bilingual)"),
    "colm": ("Colm Reardon", "colm.reardon", "Water Distribution Foreman"),
    "ana": ("Ana Ruiz, RN", "ana.ruiz", "Clinical Liaison, Medical Priority Register"),
    "sergei": ("Sergei Volkov", "sergei.volkov", "Customer Care Representative"),
    "jo": ("Jo Whitfield", "jo.whitfield", "Claims Adjuster, Risk Management"),
    "nadia": ("Nadia Haddad", "nadia.haddad", "Customer Care Representative (Bilingual)"),
    "pat": ("Pat Kimura", "pat.kimura", "Manager, Customer Care Operations"),
    "renee": ("Renee Castillo", "renee.castillo", "HR Business Partner"),
    "trev": ("Trevor Banks", "trevor.banks", "Dispatch Supervisor, Distribution Operations"),
}


def S(key):
    n, u, t = STAFF[key]
    return formataddr((n, f"{u}@{UD}"))


def sname(key):
    return STAFF[key][0]


def sig(key, style=None):
    n, u, t = STAFF[key]
    style = style or random.choice(["full", "full", "short", "mini"])
    if style == "mini":
        return f"\n{n.split()[0]}\n"
    if style == "short":
        return f"\n--\n{n}\n{t}\n{UTIL}\n"
    ph = phone("509")
    fx = phone("509")
    return (f"\nThank you,\n\n{n}\n{t}\n{UTIL} | Customer Care Center\n"
            f"1800 Riverside Pkwy, Calder Falls\nPh {ph}  |  Fax {fx}\n{u}@{UD}\n")


DISCLAIMERS = [
    "\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the intended "
    "recipient(s) and may contain confidential customer information. If you are not the intended "
    "recipient, please contact the sender by reply e-mail and destroy all copies of the original message.\n",
    "\n________________________________\nThis message is from Calder Basin Power & Water. It may contain "
    "information that is privileged or confidential. Any review, use or disclosure by anyone other than "
    "the intended recipient is prohibited.\n",
    "\n[EXTERNAL] This email originated outside Calder Basin Power & Water. Do not click links or open "
    "attachments unless you recognize the sender.\n",
]


def discl(i=None):
    return DISCLAIMERS[random.randrange(2) if i is None else i]


def html_of(text):
    esc = (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
    paras = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in esc.split("\n\n"))
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial,"
            f"sans-serif;font-size:11pt\">{paras}</body></html>")


# ------------------------------------------------------------ attachments

ZDT = (2024, 1, 1, 0, 0, 0)


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


def make_xlsx(rows, sheet="Sheet1"):
    def col(i):
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    xr = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = f"{col(ci)}{ri}"
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{_x(v)}</t></is></c>')
        xr.append(f'<row r="{ri}">{"".join(cells)}</row>')
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 f'<sheetData>{"".join(xr)}</sheetData></worksheet>')
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
          f'<sheets><sheet name="{_x(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet_xml)])


def make_docx(paragraphs):
    ps = "".join(f'<w:p><w:r><w:t xml:space="preserve">{_x(p)}</w:t></w:r></w:p>' for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f'<w:body>{ps}<w:sectPr/></w:body></w:document>')
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


def make_pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 11 Tf", "14 TL", "60 740 Td"]
    for l in lines:
        ops.append(f"({esc(l)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def make_png(w=160, h=48, bg=(255, 255, 255), fg=(0, 84, 140), box=True):
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            inside = box and (6 <= x < 42 and 6 <= y < h - 6)
            bar = box and (50 <= x < w - 8 and (14 <= y < 20 or 28 <= y < 34))
            c = fg if (inside or bar) else bg
            raw.extend(c)

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) +
            chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def make_ics(summary, start, end, location, desc, organizer):
    f = "%Y%m%dT%H%M%S"
    uid = "".join(random.choice("0123456789abcdef") for _ in range(24))
    return ("BEGIN:VCALENDAR\r\nPRODID:-//Calder Basin Power & Water//Outlook//EN\r\nVERSION:2.0\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            f"UID:{uid}@{UD}\r\nDTSTAMP:{start.strftime(f)}\r\n"
            f"DTSTART;TZID=America/Los_Angeles:{start.strftime(f)}\r\n"
            f"DTEND;TZID=America/Los_Angeles:{end.strftime(f)}\r\n"
            f"SUMMARY:{summary}\r\nLOCATION:{location}\r\n"
            f"DESCRIPTION:{desc}\r\nORGANIZER;CN={organizer}:mailto:{organizer.lower().replace(' ', '.')}@{UD}\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n")


LOGO = make_png()


# ================================================================ PHI: care
def gen_care():
    # care-1 : shift handover, husband's machine, planned outage
    d = rdate()
    a1 = street()
    ph = phone()
    body = f"""Hi Glen,

Handing this one over since I'm off at 4 and it needs a callback before Thursday.

Ruth Abernathy called (acct under her name, {a1}, {town()}). She saw the door hanger for the pole work on her block Thursday 8a-2p. Her husband Walt is the one who needs it -- his machine runs all night and most of the morning and she says the spare tanks only last him a few hours. She was pretty shaken.

What I told her:
 - we'd have the crew knock before they open anything
 - someone from outage planning would call her back with a firmer window
 - if the window can't move, Hannah's team may be able to drop off a loaner battery unit

Her cell is {ph}, best after 10am. Walt is not on MPR yet -- I emailed her the certificate form, she said their doctor's office is on Sawyer Rd and she'll take it in Monday.

Can you or whoever's on tomorrow call her back? I put a note on the account too.
{sig('keisha', 'short')}"""
    add("phi", "care", "Walt Abernathy", frm=S("keisha"), to=S("glen"), cc=S("marisol"),
        subject="Callback needed before Thurs pole work - Abernathy", body=body, date=d)

    # care-2 : crew lead to dispatch, loaner generator
    d = rdate()
    a2 = street()
    body = f"""trev - heads up for tmrw's switching on FDR 12-K3.

{a2}: Mrs Consuelo Delgado. Back bedroom, she's the one on the equipment. We dropped the loaner generator on the porch last spring, daughter says it never got picked up and it still runs, they tested it Sunday. Daughter (Lupe) is there till 6pm, after that it's just her mom and the home aide.

Pls have the crew knock at the side door not front, dog.

LF
Sent from my mobile"""
    add("phi", "care", "Consuelo Delgado", frm=S("luis"), to=S("trev"),
        subject=f"FDR 12-K3 switching - {a2}", body=body, date=d)

    # care-3 : daughter writing in, thread with CSR reply
    d = rdate()
    a3 = street()
    c3 = phone("406")
    orig = f"""Hello,

My mother Irene Kowalczyk lives by herself at {a3} in Millrace. She does her treatments at home three nights a week now and the nurse who set it up told us we should "let the power company know" so that she gets warning before the lights go off. I don't really know what that means or what you need from us.

Mom doesn't hear the phone very well so please call me instead, I'm her daughter and I help with her bills. My number is {c3}.

Thank you,
Barbara Kowalczyk-Lane"""
    reply = f"""Hi Barbara,

Thank you for reaching out, and yes, your mother's nurse gave you good advice. We keep a Medical Priority Register for customers who depend on power at home. Once your mother is on it we will:

  * call before any planned outage on her street (usually 3-7 days ahead)
  * put a hold on any shut-off for non-payment while the certificate is valid
  * flag her address for our crews during storms

I've attached the Medical Certificate form. Page 1 is for you/your mother, page 2 needs to be signed by the doctor or nurse practitioner who orders her home treatments. You can fax it to us or reply to this email with a photo.

I have added you as the contact for notifications on her account and noted that she is hard of hearing.

On {(d - dt.timedelta(days=1)).strftime('%a, %b %d, %Y at %I:%M %p')}, Barbara Kowalczyk-Lane <bklane@homewire.net> wrote:
{quote(orig)}"""
    body = reply + "\n" + sig("marisol", "full") + discl(1)
    pdf = make_pdf(["CALDER BASIN POWER & WATER", "MEDICAL PRIORITY REGISTER - CERTIFICATE OF MEDICAL NEED",
                    "", "Part A - Customer", "Account holder: ______________________  Account #: ____________",
                    "Service address: _________________________________________",
                    "Person using equipment: ______________________",
                    "", "Part B - Licensed medical practitioner",
                    "Equipment / need: [ ] oxygen  [ ] home dialysis  [ ] ventilator  [ ] other ______",
                    "Duration:  [ ] 12 months  [ ] permanent", "Signature ______________  Licence # ________",
                    "", "Fax completed form to 509-555-0142"])
    add("phi", "care", "Irene Kowalczyk", frm=S("marisol"),
        to=formataddr(("Barbara Kowalczyk-Lane", "bklane@homewire.net")),
        subject="RE: my mother needs to be on your list?", body=body, date=d,
        attachments=[(pdf, "application/pdf", "MPR_Medical_Certificate_Form.pdf")], html=True)

    # care-4 : Area Agency on Aging caseworker asks for hold
    d = rdate()
    a4 = street()
    body = f"""Good morning Priya,

I'm the case manager for Henry Osei at {a4}, {town()} (I believe the account is still in his late wife's name, Adwoa Osei). He comes home from St. Brendan's on Friday and the oxygen company is delivering his equipment that afternoon. I saw a final notice on his kitchen table when I did the home visit yesterday.

Could you please hold off on any disconnect until I can get the certificate paperwork signed and back to you? His discharge planner said she will fax it, but I'd rather not count on that. I'm visiting him again Monday at 11 and can help him set up a payment plan from there if you can give me the options.

Thanks so much,

Rosalind Petty, MSW
Care Manager | Harlow County Area Agency on Aging
t {phone('509')}  f {phone('509')}
rpetty@harlowaging.org
{DISCLAIMERS[2]}"""
    add("phi", "care", "Henry Osei", frm=formataddr(("Rosalind Petty", "rpetty@harlowaging.org")),
        to=S("priya"), cc=S("derek"), subject="Please hold disconnect - client coming home Friday",
        body=body, date=d)

    # care-5 : CSR notes to supervisor, courtesy calls done
    d = rdate()
    body = f"""Tamsin,

Courtesy calls for the 6/12 outage (Alder Creek Rd / Juniper Loop) are done except one.

- Bea Lindqvist: going to her son's in Westbrook for the day, he'll pick her up at 7:30 and bring her supplies along. Marked notified.
- Left 2 msgs for the last one, will try again at 5.

Bea asked that next time we call her son Nils first since she gets confused on the phone, I added him as alt contact ({phone('509')}).

k"""
    add("phi", "care", "Bea Lindqvist", frm=S("keisha"), to=S("tamsin"),
        subject="6/12 courtesy calls", body=body, date=d)

    # care-6 : outage desk, personal call tonight, reply
    d = rdate()
    ph6 = phone("541")
    orig = f"""Please make sure Tomas Reyes gets a personal call tonight if the restoration time slips again. His wife Dolores called twice, he can't be without the machine more than about 2 hrs and the battery pack only lasts that long. They're at {street()}, North Calder. Her cell {ph6}.

She asked if we can tell her honestly whether to call an ambulance to take him somewhere with power. I didn't want to guess."""
    body = f"""Called Dolores at 9:40pm. ETR is now 1:15am. She's taking him to her sister's in Tamarack, sister has power. Told her we'd call when restored. Closing my part.

-Trevor

-----Original Message-----
From: {sname('nadia')} <{STAFF['nadia'][1]}@{UD}>
Sent: {d.strftime('%A, %B %d, %Y %I:%M %p')}
To: Dispatch Desk <dispatch@{UD}>
Subject: MPR personal call - Reyes

{orig}

Nadia"""
    add("phi", "care", "Tomas Reyes", frm=S("trev"), to=S("nadia"), cc=f"Dispatch Desk <dispatch@{UD}>",
        subject="RE: MPR personal call - Reyes", body=body, date=d + dt.timedelta(hours=4))

    # care-7 : water main, home treatment needs water
    d = rdate()
    a7 = "77 Ferncliff Dr"
    body = f"""Colm,

For Tuesday's main replacement on Ferncliff: Mrs. Penelope Grant at {a7} does her treatments at home and her machine needs a steady supply of clean water for each session (she runs it overnight, roughly 9pm to 5am). The shutoff window you gave me was 8am-4pm so she should be ok if you're done by then, but if it runs late she'll need a heads-up by 3 so she can push her session or go in to the center.

Also she asked whether there will be a flushing/discolouration period after. Her home treatment nurse (Summit Home Therapies) wants to know so they can check her filters. Can someone call her the afternoon before and again when water is back on?

Her phone: {phone('509')}
{sig('derek')}"""
    add("phi", "care", "Penelope Grant", frm=S("derek"), to=S("colm"),
        subject="Ferncliff main shutoff Tues - customer needs water for overnight sessions",
        body=body, date=d)

    # care-8 : payment plan, sister handles mail
    d = rdate()
    body = f"""Hi Priya - set up the 6 month arrangement for Ray Duchesne today.

Balance $1,214.67, 6 x $202.45 starting 3/15 plus current charges. He moved in with his sister after his surgery in January and she's handling his mail, so please send the plan letter to her: Claudette Marchetti, {street()}, Pine Hollow. He's still the acct holder at the old address until they sell it, but nobody's there.

I told her we'd keep the shut-off hold on while the plan is current. His wheelchair charger and the bed are at her place now, not the old house, so the medical flag should really move with him -- can you check with Derek whether we can move the cert to her premise or if they need a new one?

Thanks!
Marisol"""
    add("phi", "care", "Ray Duchesne", frm=S("marisol"), to=S("priya"), cc=S("derek"),
        subject="Duchesne - payment arrangement + mailing address", body=body, date=d)


# ================================================================ PHI: ids
def gen_ids():
    # ids-1
    d = rdate()
    a = acct()
    mc = medcert()
    body = f"""Acct {a}
Med cert rec'd via fax from physician office today. LSE: home O2 concentrator (continuous). Valid through 11/30/2025. Cert # {mc}.
Pls flag in CIS + add DNP. Orig in scan queue.

thx
{sname('keisha').split()[0]}"""
    add("phi", "ids", "", frm=S("keisha"), to=f"MPR Team <mpr@{UD}>",
        subject=f"cert rec'd - {a}", body=body, date=d)

    # ids-2 claims spoilage
    d = rdate()
    pr = premise()
    clm = f"CLM-25-{random.randint(10000, 99999)}"
    body = f"""Jo,

Claim {clm} / premise {pr}: customer is claiming spoiled refrigerated medication after the 7/9 feeder outage (approx 14 hrs). Items listed on the claim form: 6 insulin pens and 2 vials, pharmacy receipt attached to the claim in the portal, total $612.40. She's on the MPR for a separate reason (CPAP) so she was on the notification list, but it was an unplanned outage.

Outage record for that premise shows OUT-25-04417, 07/09 02:12 - 16:40. Do you need anything else from our side?

{sname('derek')}"""
    add("phi", "ids", "", frm=S("derek"), to=S("jo"), subject=f"{clm} - medication spoilage",
        body=body, date=d)

    # ids-3 verification
    d = rdate()
    dd = dob(1940, 1965)
    l4 = random.randint(1000, 9999)
    body = f"""Caller verified DOB {dd} and last 4 of SSN {l4} for account ending -{random.randint(1000, 9999)}.
Requesting medical baseline add - uses BiPAP nightly and a powered hospital bed. Sent cert form to email on file.
Callback # on file is current.
No further action needed from collections.

-- auto-copied from CIS contact note by {sname('sergei')} --"""
    add("phi", "ids", "", frm=S("sergei"), to=S("priya"),
        subject="contact note: med baseline request", body=body, date=d)

    # ids-4 LIHEAP pledge from community action
    d = rdate()
    case = f"LH-2025-{random.randint(10000, 99999)}"
    a = acct()
    body = f"""PLEDGE NOTIFICATION

Agency: Community Action of Calder County
Program: LIHEAP Crisis
Case #: {case}
Utility account: {a}
Pledge amount: $450.00
Pledge date: {d.strftime('%m/%d/%Y')}

Notes from worker: Household member on home dialysis (machine + water). Client already has a medical certificate on file with you per client. Please apply crisis hold while pledge is processed. Client has a 48-hour notice dated last week.

Worker: J. Ambrose  {phone('509')}
This is an automated message from the CAC Energy Assistance system. Replies to this address are not monitored."""
    add("phi", "ids", "", frm="CAC Energy Assistance <noreply@caldercommunityaction.org>",
        to=f"Energy Assistance Pledges <pledges@{UD}>", subject=f"Pledge {case} - acct {a}",
        body=body, date=d)

    # ids-5 doctor's office fax cover forwarded, partial name
    d = rdate()
    mcaid = f"{random.randint(100000, 999999)}{random.choice('ABCDEFGH')}{random.randint(10, 99)}"
    dd = dob(1935, 1955)
    fwd = f"""FAX COVER
To: Calder Basin Power & Water - Medical Priority    Fax: 509-555-0142
From: Ridgeview Family Medicine                      Fax: 509-555-0187
Pages: 3 (incl. cover)
Re: Pt DOB {dd}, Medicaid ID {mcaid}
Certification of medical necessity - ventilator, 24 hr dependence.
Physician: Dr. Anand Mehra
Please contact our office with questions. Mr. K's daughter will bring the utility account number."""
    body = f"""Derek - fax came into the general inbox, the scan is in the MPR folder. There's no acct # on it, only the DOB and Medicaid number. Can you match it? I think it's the one on Bluff View that called on Tuesday but I don't want to guess.

---------- Forwarded message ---------
From: Fax Server <faxserver@{UD}>
Date: {d.strftime('%a, %b %d, %Y at %I:%M %p')}
Subject: Inbound fax from 5095550187 (3 pages)

{fwd}
"""
    add("phi", "ids", "", frm=S("bao"), to=S("derek"), subject="Fwd: Inbound fax from 5095550187 (3 pages)",
        body=body, date=d + dt.timedelta(hours=2))

    # ids-6 collections, DNP expiring, initial + surname
    d = rdate()
    a = acct()
    body = f"""Priya,

Acct {a} - shut-off protection lapsed 5/31 because the med cert expired. Customer (J. Marsh) told Sergei the renewal is with her pulmonologist and she has an appt on the 18th. Please do NOT send the 48-hr notice in this cycle -- I've extended the DNP manually to 6/30. If it isn't renewed by then it'll drop again.

{sname('tamsin')}"""
    add("phi", "ids", "J. Marsh", frm=S("tamsin"), to=S("priya"), subject=f"DNP extended - {a}",
        body=body, date=d)

    # ids-7 PUC complaint
    d = rdate()
    comp = f"2025-C-{random.randint(1000, 9999)}"
    a = acct()
    body = f"""Pat,

We received informal complaint #{comp} from the Public Utility Commission consumer affairs office this morning. Response due in 10 business days.

Account: {a}
Premise: {premise()}
Summary from PUC: Customer states her 9-year-old son relies on an overnight feeding pump and a suction machine, that she gave us a doctor's letter in March, and that she was not called before the 8/22 planned outage. Customer requests the account be put on the priority list and a credit for the cost of a hotel room ($189).

I checked: there's a scanned letter on the account from 3/11 but it was never coded as a med cert (it's on clinic letterhead, not our form). I'll draft the response but we should decide on the credit.

{sname('derek')}
{discl(0)}"""
    add("phi", "ids", "", frm=S("derek"), to=S("pat"), cc=S("tamsin"),
        subject=f"PUC informal complaint #{comp}", body=body, date=d)

    # ids-8 id in subject, thin content
    d = rdate()
    mc = medcert("24")
    body = f"""she says her 3/14 appt is when she'll get the form signed, can we leave the flag on till then?

On {(d - dt.timedelta(days=2)).strftime('%m/%d/%Y %I:%M %p')}, {sname('derek')} wrote:
> This one expires end of month. Renewal letter went out 2/1, no response.
> Flagged for removal in the 3/1 batch unless we hear back."""
    add("phi", "ids", "", frm=S("sergei"), to=S("derek"),
        subject=f"Re: {mc} renewal - 1100 block Larch", body=body, date=d)


# ================================================================ PHI: lang
def gen_lang():
    # lang-1 Spanish
    d = rdate()
    ad = street()
    ph = phone("509")
    body = f"""Buenas tardes,

Le escribo por mi papá, Rogelio Navarro Ibarra, que vive en {ad}, {town()}. Recibimos una carta que dice que van a cortar la luz el martes de 9 a 3 por trabajos en la línea. Mi papá usa un concentrador de oxígeno todo el día y solo tiene dos tanques de reserva que le duran como 4 horas.

¿Pueden cambiar la hora o por lo menos avisarnos cuando regrese la luz? Ya tenemos el certificado del doctor, se lo mandé por fax el mes pasado pero no sé si lo recibieron porque nadie me llamó.

Por favor llámenme a mí al {ph}, él casi no oye bien por teléfono.

Gracias,
Yesenia Navarro

Enviado desde mi Galaxy"""
    add("phi", "lang", "Rogelio Navarro Ibarra", frm=formataddr(("Yesenia Navarro", "yesenia.nav88@mailhaven.net")),
        to=f"Customer Care <customercare@{UD}>", subject="corte de luz martes - mi papá usa oxígeno",
        body=body, date=d)

    # lang-2 Vietnamese, with blank scan png
    d = rdate()
    a = acct()
    body = f"""Chào anh chị,

Tôi là Phạm Quốc Huy, con trai của bà Nguyễn Thị Lan, chủ tài khoản số {a} tại địa chỉ {street()}, {town()}.

Mẹ tôi đang lọc thận tại nhà 4 lần một tuần, máy cần điện và nước liên tục. Tháng trước mẹ tôi phải nằm viện hai tuần nên gia đình bị trễ hóa đơn, và hôm qua chúng tôi nhận được thông báo cắt điện.

Xin cho gia đình tôi được trả góp có được không? Bác sĩ đã ký giấy chứng nhận y tế năm ngoái, tôi gửi kèm bản chụp. Nếu cần gọi điện, xin gọi số {phone('206')}, tôi nói tiếng Việt và tiếng Anh đều được.

Xin cảm ơn nhiều,
Huy"""
    scan = make_png(420, 540, bg=(250, 250, 248), fg=(200, 200, 200), box=False)
    add("phi", "lang", "Nguyễn Thị Lan", frm=formataddr(("Huy Pham", "huy.pham.q@brightpost.com")),
        to=f"Customer Care <customercare@{UD}>", subject="Xin trả góp hóa đơn - mẹ tôi lọc thận tại nhà",
        body=body, date=d, attachments=[(scan, "image/png", "giay_chung_nhan_scan.png")])

    # lang-3 Chinese
    d = rdate()
    body = f"""您好，

我父亲陈国华住在{street()}，{town()}。他现在24小时都要用家用呼吸机，上周刚从圣布伦丹医院出院。医院的社工说我们应该向电力公司登记“医疗优先名单”。

请问需要填什么表格？医生可以直接把表格传真给你们吗？

另外，以后如果有计划停电，请提前打电话给我（他女儿），电话 {phone('509')}。我父亲不会说英语，也听不太清楚。

谢谢！
陈美玲

发自我的iPhone"""
    add("phi", "lang", "陈国华", frm=formataddr(("Meiling Chen", "meiling.chen@example.net")),
        to=f"Customer Care <customercare@{UD}>", subject="呼吸机 医疗优先登记",
        body=body, date=d)

    # lang-4 Russian, reply from CSR (Russian speaker)
    d = rdate()
    a = acct()
    orig = f"""Здравствуйте!

Пишу по поводу моей матери, Галины Петровны Соколовой, лицевой счёт № {a}, адрес {street()}, {town()}.

Она круглосуточно пользуется кислородным концентратором. Вчера свет отключали почти на шесть часов, и нам никто не позвонил, хотя справку от врача мы сдавали ещё в январе. Баллоны закончились, пришлось вызывать скорую.

Пожалуйста, проверьте, есть ли она в вашем списке, и позвоните мне: {phone('509')}.

С уважением,
Андрей Соколов"""
    reply = f"""Андрей, добрый день.

Проверил: справка на Галину Петровну есть в системе, но она была привязана к старому адресу (до переезда). Я перенёс отметку на текущий адрес, теперь при плановых отключениях вам будут звонить. Вчерашнее отключение было аварийным, но я передал ваш случай руководителю.

Приношу извинения.

Сергей Волков
Calder Basin Power & Water

-----Original Message-----
From: Andrei Sokolov <a.sokolov@quickpost.net>
Sent: {(d - dt.timedelta(days=1)).strftime('%A, %B %d, %Y %I:%M %p')}
To: Customer Care <customercare@{UD}>
Subject: Отключение света, мама на кислороде

{orig}"""
    add("phi", "lang", "Галина Петровна Соколова", frm=S("sergei"),
        to=formataddr(("Andrei Sokolov", "a.sokolov@quickpost.net")), cc=S("tamsin"),
        subject="RE: Отключение света, мама на кислороде", body=reply, date=d)

    # lang-5 Haitian Creole
    d = rdate()
    body = f"""Bonjou,

Mwen rele Mirlande Joseph, mwen rete {street()}, {town()}. Pitit gason mwen Woodley gen 6 an, li sèvi ak yon machin pou ede l respire lannwit ak yon ponp pou l manje. Kouran an te koupe twa fwa semèn sa a e chak fwa mwen pè anpil.

Mwen bezwen konnen si nou sou lis moun ki gen bezwen medikal la. Doktè l nan lopital timoun yo te di m li te voye papye a ba nou depi mwa pase.

Tanpri rele m nan {phone('509')}. Mwen pale yon ti kras angle men mwen pito pale kreyòl.

Mèsi anpil,
Mirlande"""
    add("phi", "lang", "Woodley Joseph", frm=formataddr(("Mirlande Joseph", "mirlandej@homewire.net")),
        to=f"Customer Care <customercare@{UD}>", subject="pitit mwen sou machin - kouran koupe",
        body=body, date=d)

    # lang-6 Tagalog caregiver
    d = rdate()
    body = f"""Magandang araw po,

Ako po si Josefina Dizon, caregiver po ni Lola Remedios Santos sa {street()}, {town()}. Naka-oxygen po siya 24 oras at may nebulizer din po tuwing umaga at gabi.

Nakatanggap po kami ng abiso na may brownout sa Huwebes mula 8 ng umaga hanggang 4 ng hapon. Puwede po bang malaman kung may generator na puwedeng hiramin? Dalawang tangke lang po ang reserba namin.

Ang anak niya pong si Arnel Santos ang may hawak ng account, nasa Seattle po siya ngayon kaya ako na po ang sumusulat. Naka-cc po siya dito.

Salamat po,
Josie
{phone('509')}"""
    add("phi", "lang", "Remedios Santos", frm=formataddr(("Josefina Dizon", "josie.dizon@mailhaven.net")),
        to=f"Customer Care <customercare@{UD}>",
        cc=formataddr(("Arnel Santos", "arnel.santos@example.com")),
        subject="Brownout sa Huwebes - si Lola ay naka-oxygen", body=body, date=d)

    # lang-7 Arabic, with short English note from bilingual CSR
    d = rdate()
    a = acct()
    ar = f"""السلام عليكم،

أنا خالد منصور، صاحب الحساب رقم {a}، العنوان {street()}، {town()}.
زوجتي سلمى تقوم بغسيل الكلى في البيت كل ليلة، والجهاز يحتاج إلى ماء نظيف وكهرباء طوال الجلسة.

وصلتنا رسالة أن الماء سيُقطع يوم الأربعاء بسبب إصلاح الأنابيب في الشارع. هل يمكن أن تخبرونا بالوقت بالضبط؟ وهل توفّرون ماءً للمشتركين المسجّلين في القائمة الطبية؟

رقم هاتفي {phone('509')}

شكراً جزيلاً
خالد"""
    body = f"""Colm - customer email below in Arabic, I'm handling the callback. Short version: wife does home treatments nightly, needs water + power, asking exact shutoff time Wed and whether we deliver water. What's the window?

Nadia

---------- Forwarded message ---------
From: Khaled Mansour <k.mansour@brightpost.com>
Subject: قطع الماء يوم الأربعاء

{ar}"""
    add("phi", "lang", "سلمى منصور", frm=S("nadia"), to=S("colm"),
        subject="Fwd: قطع الماء يوم الأربعاء", body=body, date=d)

    # lang-8 Portuguese with English forward
    d = rdate()
    pt = f"""Boa tarde,

Meu nome é Sebastião Alves Pereira, moro na {street()}, {town()}. Faço diálise peritoneal em casa todas as noites com a máquina cicladora, e ontem recebi o aviso de corte de luz por falta de pagamento.

Fiquei internado em julho e atrasei as contas. Posso fazer um parcelamento? Tenho o atestado do meu nefrologista, posso mandar por e-mail. Por favor não cortem a luz, a máquina não funciona sem energia.

Meu telefone é {phone('509')}.

Obrigado,
Sebastião"""
    body = f"""Priya -- Portuguese, customer asking for a payment plan. Says he does home dialysis overnight and got the disconnect notice. Can we get Language Line to call him? I put a temp hold on.

M.

---------- Forwarded message ---------
From: Sebastiao Pereira <sebastiao.ap@quickpost.net>
Date: {d.strftime('%a, %b %d, %Y')}
Subject: aviso de corte - preciso de ajuda

{pt}"""
    add("phi", "lang", "Sebastião Alves Pereira", frm=S("marisol"), to=S("priya"),
        subject="Fwd: aviso de corte - preciso de ajuda", body=body, date=d)


# ================================================================ PHI: lists
FIRST = ["Dolores", "Harold", "Annette", "Vernon", "Gladys", "Curtis", "Mei", "Oksana", "Rafael",
         "Yolanda", "Earl", "Bernadette", "Kwame", "Lorraine", "Dwight", "Imelda", "Faye", "Otis",
         "Rosa", "Ivan", "Lucille", "Mohamed", "Phyllis", "Duane", "Aiyana", "Stanislaw", "Hattie",
         "Leroy", "Noreen", "Thuy", "Elmer", "Marguerite", "Bashir", "Juanita", "Clifford"]
LAST = ["Whitcomb", "Pruitt", "Okonkwo", "Bjornstad", "Villanueva", "Tran", "Halvorsen", "Yazzie",
        "McAllister", "Dubois", "Kaminski", "Farrow", "Esposito", "Lindahl", "Abubakar", "Greer",
        "Castellano", "Nakamura", "Petrov", "Sandoval", "Hollis", "Rasmussen", "O'Dell", "Begay",
        "Fontaine", "Gutierrez", "Szymanski", "Ashby", "Mwangi", "Doherty"]
EQUIP = ["O2 concentrator", "home hemodialysis", "ventilator", "CPAP/BiPAP", "PD cycler",
         "suction machine", "enteral feeding pump", "powered wheelchair", "hospital bed/air mattress",
         "infusion pump", "apnea monitor", "O2 concentrator"]


def people(n):
    used = set()
    out = []
    while len(out) < n:
        f, l = random.choice(FIRST), random.choice(LAST)
        if (f, l) in used:
            continue
        used.add((f, l))
        out.append((f, l))
    return out


def gen_lists():
    # lists-1 aligned planned outage call list
    d = rdate()
    ps = people(6)
    rows = []
    for f, l in ps:
        rows.append((f"{l}, {f}", street(), random.choice(EQUIP), phone("509"),
                     random.choice(["notified", "notified", "LM x2", "no answer", "notified - going to family",
                                    "wrong #"])))
    lines = [f"{'Customer':<22}{'Address':<24}{'Equip':<27}{'Phone':<15}Status",
             "-" * 95]
    for r in rows:
        lines.append(f"{r[0]:<22}{r[1]:<24}{r[2]:<27}{r[3]:<15}{r[4]}")
    body = f"""Glen,

Call results for planned outage PO-25-0317 (FDR 7-M1, Sat 7:00-15:00). 6 MPR premises on the segment.

{chr(10).join(lines)}

Anyone I couldn't reach I'll try again tomorrow; if still nothing we'll need a door knock Friday.

{sname('bao')}"""
    add("phi", "lists", "; ".join(f"{f} {l}" for f, l in ps), frm=S("bao"), to=S("glen"),
        cc=S("marisol"), subject="PO-25-0317 MPR call results", body=body, date=d)

    # lists-2 pipe table for field crews
    d = rdate()
    ps = people(5)
    tb = ["| # | Address | Customer | Need | Notes |", "|---|---|---|---|---|"]
    notes = ["knock side door", "daughter on site till 5", "has loaner gen (ser. GX-44821)",
             "deaf - knock hard/text", "aide there mornings"]
    for i, (f, l) in enumerate(ps, 1):
        tb.append(f"| {i} | {street()} | {f[0]}. {l} | {random.choice(EQUIP)} | {notes[i - 1]} |")
    body = f"""Crews -

Courtesy knocks before switching Thursday. Please knock and make contact before you open the cutouts. If no answer, call the desk and WAIT for a go-ahead.

{chr(10).join(tb)}

Sheet is also in the truck binder.
{sig('luis', 'short')}"""
    add("phi", "lists", "; ".join(f"{f[0]}. {l}" for f, l in ps), frm=S("luis"),
        to=f"District 3 Crews <d3crews@{UD}>", subject="Thurs switching - MPR knocks", body=body,
        date=d)

    # lists-3 CSV attachment renewals due
    d = rdate()
    ps = people(9)
    csvbuf = io.StringIO()
    w = csv.writer(csvbuf)
    w.writerow(["acct_no", "customer_name", "service_addr", "equipment", "cert_no", "cert_exp", "certifying_provider", "phone"])
    for f, l in ps:
        exp = (d + dt.timedelta(days=random.randint(3, 30))).strftime("%Y-%m-%d")
        w.writerow([acct().replace(" ", ""), f"{l.upper()}, {f.upper()}", f"{street()} {town()}",
                    random.choice(EQUIP), medcert(), exp,
                    random.choice(["Ridgeview Family Medicine", "Calder Pulmonary Assoc", "Northgate Kidney Care",
                                   "St Brendan Peds Complex Care", "Dr. L. Amaral"]), phone("509")])
    body = f"""Hi team,

Attached is this month's list of med certs expiring in the next 30 days. Renewal letters went out on the 1st. Please make one reminder call each and note the outcome in CIS. Anyone we can't reach goes to Ana for a clinical follow-up call before the flag drops.

{sname('derek')}
MPR Program Coordinator"""
    add("phi", "lists", "; ".join(f"{f} {l}" for f, l in ps), frm=S("derek"),
        to=f"MPR Team <mpr@{UD}>", cc=S("ana"), subject="Cert renewals due - next 30 days",
        body=body, date=d, attachments=[(csvbuf.getvalue(), "text/csv", f"mpr_renewals_{d.strftime('%Y%m')}.csv")])

    # lists-4 XLSX heat wave check-ins from AAA
    d = rdate((2024, 7, 1), (2024, 8, 30))
    ps = people(7)
    rows = [["Client", "DOB", "Address", "Equipment", "Utility acct", "Check-in 1", "Check-in 2", "Notes"]]
    for f, l in ps:
        rows.append([f"{f} {l}", dob(1930, 1950), street(), random.choice(EQUIP), acct(),
                     random.choice(["OK", "OK", "no answer", "OK - fan only"]),
                     random.choice(["OK", "", "needs cooling center ride", "son visiting"]),
                     random.choice(["", "AC broken", "lives alone", "hard of hearing", "afraid of bill"])])
    x = make_xlsx(rows, "Heat checkins")
    body = f"""Hi Hannah,

As promised on Tuesday's call, here is our heat-event check-in sheet for the shared clients who are also on your medical list. Two of them told our volunteers they're turning the AC off because of the bill -- can your team look at whether any bill help applies?

Thank you for partnering on this.

Rosalind Petty, MSW
Harlow County Area Agency on Aging
{phone('509')}
{DISCLAIMERS[2]}"""
    add("phi", "lists", "; ".join(f"{f} {l}" for f, l in ps),
        frm=formataddr(("Rosalind Petty", "rpetty@harlowaging.org")), to=S("hannah"),
        subject="Heat event check-ins - shared clients", body=body, date=d,
        attachments=[(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "heat_checkins_shared.xlsx")])

    # lists-5 Name - DOB - reason lines from dialysis social worker
    d = rdate()
    ps = people(5)
    lines = []
    for f, l in ps:
        lines.append(f"{f} {l} - {dob(1945, 1985)} - {random.choice(['home hemo, NxStage', 'PD cycler nightly', 'home hemo + RO water unit', 'PD cycler nightly'])} - {street()}")
    body = f"""Hello,

I'm the social worker for Northgate Kidney Care's home program. The following patients of ours are Calder Basin customers and started home therapy this quarter. Each has signed a release for us to share this with you for registration, and each of their nephrologists will send your certificate form separately.

{chr(10).join(lines)}

Please let me know if you need the account numbers; the patients have them but I do not.

Kind regards,
Teresa Okwu, LCSW
Northgate Kidney Care - Home Therapies
tel {phone('509')} | fax {phone('509')}"""
    add("phi", "lists", "; ".join(f"{f} {l}" for f, l in ps),
        frm=formataddr(("Teresa Okwu", "tokwu@northgatekidney.com")), to=f"Medical Priority Register <mpr@{UD}>",
        subject="New home therapy patients - MPR registration", body=body, date=d)

    # lists-6 tab-separated paste of holds expiring
    d = rdate()
    ps = people(6)
    hdr = "Acct\tName\tHold Type\tHold Exp\tBal\tMed"
    rows = []
    for f, l in ps:
        rows.append(f"{acct().replace(' ', '')}\t{l}, {f}\t{random.choice(['MED', 'MED', 'MED+DPP'])}\t"
                    f"{(d + dt.timedelta(days=random.randint(1, 14))).strftime('%m/%d')}\t"
                    f"${random.randint(80, 2400)}.{random.randint(0, 99):02d}\t{random.choice(EQUIP)}")
    body = f"""pasting from the collections report, these holds expire in the next 2 wks. can someone from MPR confirm which ones are renewing before they go back into the disco queue?

{hdr}
{chr(10).join(rows)}

thanks
P"""
    add("phi", "lists", "; ".join(f"{f} {l}" for f, l in ps), frm=S("priya"),
        to=f"MPR Team <mpr@{UD}>", subject="holds expiring - pls review", body=body, date=d)

    # lists-7 list deep in quoted thread
    d = rdate()
    ps = people(4)
    lst = "\n".join(f"- {f} {l}, {street()} -- {random.choice(EQUIP)}, {random.choice(['battery ~4h', 'no backup', 'tanks only', 'gen on site'])}"
                    for f, l in ps)
    inner = f"""Trevor,

PSPS watch for the Pine Hollow circuits Fri-Sat. These are the 4 MPR customers on the affected segments with the least backup. We've called all of them; 2 are staying put.

{lst}

Ana is doing welfare calls every 4 hrs once we de-energize.

Derek"""
    mid_msg = f"""Adding Pat so she's aware. Derek - did the two staying put accept the battery units?

Trevor

On {(d - dt.timedelta(hours=5)).strftime('%a, %b %d, %Y at %I:%M %p')}, {sname('derek')} <{STAFF['derek'][1]}@{UD}> wrote:
{quote(inner)}"""
    body = f"""Yes both did, delivered this afternoon. See below.

D.

On {(d - dt.timedelta(hours=1)).strftime('%a, %b %d, %Y at %I:%M %p')}, {sname('trev')} <{STAFF['trev'][1]}@{UD}> wrote:
{quote(mid_msg)}"""
    add("phi", "lists", "; ".join(f"{f} {l}" for f, l in ps), frm=S("derek"), to=S("trev"),
        cc=S("pat"), subject="RE: PSPS watch Pine Hollow - MPR", body=body, date=d)


# ================================================================ PHI: names
def gen_names():
    # names-1
    d = rdate()
    body = f"""Tamsin,

Mrs. Albescu called again this morning, third time this week. Her husband is on oxygen round the clock and she's convinced we're going to shut them off because the bill shows "past due" in red. I explained the hold is on and the past-due amount just displays, but she wants something in writing and a direct number that isn't the main queue.

Can I give her the MPR desk line? I know we normally don't. She's very anxious and I think a letter from us on letterhead saying the account is protected through the cert date would calm her down.

Keisha"""
    add("phi", "names", "Mr. Albescu", frm=S("keisha"), to=S("tamsin"),
        subject="Albescu - wants letter re: shut-off protection", body=body, date=d)

    # names-2 "Last, First" in subject
    d = rdate()
    body = f"""Her nephew Chidi called on her behalf (he's on the acct as authorized). She's switched to the Mon/Wed/Fri evening slot at the center and now needs her morning power for the home machine on the other days -- he wants to make sure our outage calls go to him and not the landline, since she's at treatment 3 evenings a week and doesn't pick up.

Also asked whether her cert needs to be redone since her doctor changed. I said no, the cert is still valid till Oct, but told him we'd confirm.

Updated the contact preference. Derek, can you confirm on the cert question?

- Bao"""
    add("phi", "names", "Grace Okonkwo", frm=S("bao"), to=S("derek"),
        subject="Okonkwo, Grace - cert question / contact change", body=body, date=d)

    # names-3 nickname
    d = rdate()
    body = f"""Big Al on Wexford again. Says his concentrator alarm went off 4x last night when the lights flickered and he's blaming us. I checked -- there were two momentary ops on that circuit at 2:10 and 2:14am (squirrel on the recloser, per Trevor's log).

Told him we'd send someone to look at his service drop. Luis, can your guys swing by? He'll talk your ear off, fair warning, but he was a lineman for 30 years so he knows his stuff. Also he mentioned his tanks were low, might be worth a nudge to his supplier if we have the number on file.

Marisol"""
    add("phi", "names", "Al (Wexford Ave)", frm=S("marisol"), to=S("luis"), cc=S("trev"),
        subject="Wexford flicker complaint", body=body, date=d)

    # names-4 name only in quoted text
    d = rdate()
    orig = f"""Can you add Doreen Fitch to MPR? She's been on a vent since June and her daughter brought the form into the Millrace walk-in office yesterday. Form's in interoffice mail but I scanned it to the shared folder. She's at {street()}, acct should be under Doreen.

thanks!!
Wendy (Millrace office)"""
    body = f"""done, updated. flag is live.

D

________________________________
From: Wendy Sato <wendy.sato@{UD}>
Sent: {(d - dt.timedelta(hours=3)).strftime('%A, %B %d, %Y %I:%M %p')}
To: {sname('derek')} <{STAFF['derek'][1]}@{UD}>
Subject: new one from walk-in

{orig}"""
    add("phi", "names", "Doreen Fitch", frm=S("derek"), to=formataddr(("Wendy Sato", f"wendy.sato@{UD}")),
        subject="RE: new one from walk-in", body=body, date=d)

    # names-5 crew observation
    d = rdate()
    body = f"""Luis,

Writing up something from the meter exchange at the Petrakis house yesterday. Mr. Petrakis has the home ventilator in the front room and while we were there the unit's battery warning kept going. His wife said the backup battery hasn't held a charge in weeks and the equipment company keeps rescheduling.

Nothing wrong on our side, service is fine. But I figured MPR should know, because if we lose that line he's got basically nothing. Mrs. Petrakis said it's fine to pass it along.

Dale Kinsey
Meter Tech II"""
    add("phi", "names", "Mr. Petrakis", frm=formataddr(("Dale Kinsey", f"dale.kinsey@{UD}")), to=S("luis"),
        cc=S("derek"), subject="FYI - Petrakis, backup battery", body=body, date=d)

    # names-6 coaching about a call
    d = rdate()
    body = f"""Hi Sergei,

I listened to your call with Lorna Baptiste from Tuesday for QA. You handled it really well overall. A couple of things for next time:

1. When she started crying about her son's seizures and the suction machine, you paused and let her talk -- great. But then you jumped straight to the cert form. Try acknowledging first ("that sounds really frightening") before moving to process.
2. You told her the hold would be "permanent". It's tied to the cert (12 months for Jaylen's). Please correct that on a callback so she isn't surprised next year.
3. Nice job offering the Harlow County referral.

Score sheet is in your QA folder. Happy to go through it at our 1:1.

Tamsin"""
    add("phi", "names", "Jaylen Baptiste", frm=S("tamsin"), to=S("sergei"),
        subject="QA feedback - Tues call", body=body, date=d)

    # names-7 name in subject only
    d = rdate()
    body = """his oxygen supplier called, backup battery replaced + 6 extra tanks delivered this am. ok to take the urgent flag off for the storm list, leave the regular one on.

Ana"""
    add("phi", "names", "Harold Lindgren", frm=S("ana"), to=S("derek"), subject="Harold Lindgren",
        body=body, date=d)

    # names-8 deceased customer
    d = rdate()
    orig = f"""Hi Marisol,

Mrs. Haskell called this morning to let us know Mr. Haskell passed away on Saturday at home. She asked us to take the medical flag off and remove the equipment note, and to transfer the account into her name. She was very gracious. She mentioned the hospice team will pick up the bed and oxygen this week so the usage will drop.

Can you send the condolence card and do the name change? I've put the death notice note on the account.

Nadia"""
    body = f"""Done - card went in today's mail, name change submitted (effective next bill). I also waived the transfer fee. Removed from MPR and the storm list.

Marisol

-----Original Message-----
From: {sname('nadia')}
Sent: {(d - dt.timedelta(days=1)).strftime('%A, %B %d, %Y %I:%M %p')}
To: {sname('marisol')}
Subject: Haskell - account holder deceased

{orig}"""
    add("phi", "names", "Mr. Haskell", frm=S("marisol"), to=S("nadia"),
        subject="RE: Haskell - account holder deceased", body=body, date=d)


# ================================================================ PHI: self
def gen_self():
    # self-1 iPhone
    d = rdate()
    body = f"""Hi I got a notice on my door about work on the lines next week. I am on oxygen 24/7 and my concentrator needs power. Am I on the list to get a call? I sent my doctors paper in last year I think. What do I do if it goes longer than they say, I only have 2 tanks.

Thank you
Gloria Venters
{street()}

Sent from my iPhone"""
    add("phi", "self", "Gloria Venters", frm=formataddr(("Gloria Venters", "gventers52@example.com")),
        to=f"Customer Care <customercare@{UD}>", subject="Work on lines next week", body=body, date=d)

    # self-2 lowercase dana
    d = rdate()
    body = f"""hi its dana on pioneer way. i do dialysis at home (pd, overnight) and my bill is behind like 3 months because i was out of work. i got the pink notice. can i get on a payment plan?? i cant lose power the machine wont run. my nephrologist can send whatever paper you need.

acct is in my name dana ruiz-hollister

thx
dana"""
    add("phi", "self", "Dana Ruiz-Hollister", frm="dana.rh@mailhaven.net",
        to=f"Customer Care <customercare@{UD}>", subject="pink notice help", body=body, date=d)

    # self-3 formal letter with PDF cert attached
    d = rdate()
    a = acct()
    body = f"""To whom it may concern,

Please find attached my completed Certificate of Medical Need. I use a bilevel ventilator every night (approx. 10 hours) and an oxygen concentrator as needed during the day, following a diagnosis of ALS in 2023. My physician, Dr. Helena Marsh at Calder Pulmonary Associates, has signed Part B.

I would also like to enroll in the medical baseline rate if I qualify.

Account number: {a}
Service address: {street()}, {town()}

Sincerely,

Walter T. Brandvold
{phone('509')}"""
    pdf = make_pdf(["CALDER BASIN POWER & WATER - CERTIFICATE OF MEDICAL NEED", "",
                    "Part A", f"Account holder: Walter T. Brandvold      Account #: {a}",
                    f"Person using equipment: Walter T. Brandvold   DOB: {dob(1948, 1958)}",
                    "", "Part B - Licensed medical practitioner",
                    "Equipment: [X] ventilator (BiPAP ST, nocturnal)  [X] oxygen concentrator",
                    "Diagnosis: Amyotrophic lateral sclerosis (G12.21)", "Duration: [X] permanent",
                    "Practitioner: Helena Marsh, MD   Calder Pulmonary Associates",
                    f"Signed: H. Marsh   Date: {d.strftime('%m/%d/%Y')}"])
    add("phi", "self", "Walter T. Brandvold", frm=formataddr(("Walter Brandvold", "wtbrandvold@homewire.net")),
        to=f"Medical Priority Register <mpr@{UD}>", subject="Certificate of Medical Need - enclosed",
        body=body, date=d, attachments=[(pdf, "application/pdf", "Brandvold_CMN_signed.pdf")])

    # self-4 reply to automated billing notice, after hospital stay
    d = rdate()
    a = acct()
    auto = f"""Calder Basin Power & Water
Your bill is past due.

Account ending in {a[-6:].replace(' ', '')}
Amount past due: $486.22
Please pay by {(d + dt.timedelta(days=7)).strftime('%m/%d/%Y')} to avoid further collection activity.

This is an automated message. Please do not reply."""
    body = f"""I know it says don't reply but I don't know who else to email. I was in St Brendan's for 11 days after a heart attack and then rehab and I just got home and found this. I'm not working for at least another month. Can I split this up? I'm also supposed to be careful with stress right now so please don't shut anything off while I figure it out.

Kevin Ostrowski

On {(d - dt.timedelta(days=3)).strftime('%a, %b %d, %Y')}, Calder Basin Power & Water <noreply@{UD}> wrote:
{quote(auto)}"""
    add("phi", "self", "Kevin Ostrowski", frm=formataddr(("Kevin Ostrowski", "k.ostrowski@brightpost.com")),
        to=f"noreply@{UD}", subject="Re: Your bill is past due", body=body, date=d)

    # self-5 angry CPAP
    d = rdate()
    body = f"""I am on your medical list for my CPAP and I got NO call before the power went out last night for 7 hours. I sleep with that machine every night because I stop breathing without it. I sat up in a chair all night. What is the point of the list if nobody calls?? I want to know who is responsible and I want it fixed.

Roberta Yancey
{street()}, Westbrook
{phone('509')}"""
    add("phi", "self", "Roberta Yancey", frm=formataddr(("Roberta Yancey", "ryancey@quickpost.net")),
        to=f"Customer Care <customercare@{UD}>", subject="NO CALL - again", body=body, date=d,
        html=True)

    # self-6 water side, boil advisory
    d = rdate()
    body = f"""Hello,

I got the boil-water text for the North Calder zone this morning. I do home hemodialysis 5 days a week and my machine makes dialysate from the tap through its own RO filter. My home training nurse is off today. Is it safe for me to run my treatment tonight or should I go to the center? Do you know how long the advisory will last?

I'm registered with you as a medical priority customer (I think under my husband's account, Peter Lindahl).

Thanks,
Marta Lindahl
Sent from my phone"""
    add("phi", "self", "Marta Lindahl", frm=formataddr(("Marta Lindahl", "marta.lindahl@example.net")),
        to=f"Water Quality <waterquality@{UD}>", subject="boil water advisory + home dialysis",
        body=body, date=d)

    # self-7 reply to renewal reminder with DOB
    d = rdate()
    mc = medcert("24")
    auto = f"""Dear Customer,

Our records show that your Medical Priority Register certificate {mc} will expire on {(d + dt.timedelta(days=21)).strftime('%B %d, %Y')}. To keep your notification and shut-off protections, please have your medical practitioner complete the enclosed form.

Medical Priority Register
Calder Basin Power & Water"""
    body = f"""Hi, I'm replying for myself, my doctor changed offices. I'm Samuel Adeyemi-Park, DOB {dob(1960, 1980)}. I still use the feeding pump and the suction at home, nothing has changed. My new doctor is at Ridgeview Family Medicine and I see her on the 9th -- can I bring the form then and send it after? Please keep me on the list.

Sam A-P

{quote(auto)}"""
    add("phi", "self", "Samuel Adeyemi-Park", frm=formataddr(("Samuel Adeyemi-Park", "sam.ap@mailhaven.net")),
        to=f"Medical Priority Register <mpr@{UD}>", subject=f"RE: Certificate {mc} renewal reminder",
        body=body, date=d)


# ================================================================ PHI: struct
def gen_struct():
    import json
    # struct-1 JSON webhook from outage-notification app
    d = rdate()
    a = acct().replace(" ", "")
    payload = {
        "event": "notification.failed",
        "event_id": f"evt_{random.randint(10**9, 10**10)}",
        "created": d.isoformat(),
        "campaign": {"id": "PO-25-0412", "type": "planned_outage", "window_start": (d + dt.timedelta(days=4)).strftime("%Y-%m-%dT07:00:00"),
                     "window_end": (d + dt.timedelta(days=4)).strftime("%Y-%m-%dT15:00:00")},
        "recipient": {
            "account_number": a,
            "premise_id": premise(),
            "name": "HOLLIS, VERNON J",
            "service_address": f"{street().upper()}, {town().upper()}",
            "life_support": True,
            "lse_type": ["OXYGEN_CONCENTRATOR", "HOSPITAL_BED"],
            "contacts": [{"channel": "voice", "value": "+1" + phone('509').replace('-', ''), "status": "no_answer", "attempts": 3},
                         {"channel": "sms", "value": "+1" + phone('509').replace('-', ''), "status": "undeliverable"}],
        },
        "escalation_required": True,
    }
    body = f"""MPR desk - the notifier kicked this one out after 3 tries. Raw payload below. Need a door knock before Saturday.

{json.dumps(payload, indent=2)}

-- Outage Notification Service (automated relay)"""
    add("phi", "struct", "Vernon J Hollis", frm=f"Outage Notify Relay <notify-relay@{UD}>",
        to=f"MPR Team <mpr@{UD}>", subject=f"[ESCALATION] notification.failed {payload['campaign']['id']} acct {a}",
        body=body, date=d)

    # struct-2 fixed-width extract attached
    d = rdate()
    ps = people(8)
    lines = []
    for f, l in ps:
        nm = f"{l.upper()},{f.upper()}"
        lines.append(f"{acct().replace(' ', ''):<12}{nm:<26}{street().upper():<28}{random.choice(['O2', 'HD', 'PD', 'VENT', 'CPAP', 'SUCT', 'FEED']):<6}"
                     f"{phone('509').replace('-', ''):<12}{'Y':<2}{(d + dt.timedelta(days=random.randint(30, 400))).strftime('%Y%m%d')}")
    hdr = f"HDR{d.strftime('%Y%m%d')}CBPW MPR DAILY EXTRACT      REC={len(lines):06d}"
    trl = f"TRL{len(lines):06d}"
    txt = hdr + "\n" + "\n".join(lines) + "\n" + trl + "\n"
    body = f"""Hi Jen,

Today's MPR extract for the notification platform is attached (fixed width, layout v3 -- acct 12, name 26, addr 28, equip 6, phone 12, DNP 1+1, cert exp 8). Sorry it's late, the batch hung overnight.

{sname('aaron')}
{STAFF['aaron'][2]}"""
    add("phi", "struct", "; ".join(f"{f} {l}" for f, l in ps), frm=S("aaron"),
        to=formataddr(("Jen Morales", "jmorales@alertbridge-notify.com")),
        subject=f"CBPW MPR extract {d.strftime('%Y-%m-%d')}", body=body, date=d,
        attachments=[(txt, "text/plain", f"CBPW_MPR_{d.strftime('%Y%m%d')}.txt")])

    # struct-3 pipe-delimited medical baseline renewals in body
    d = rdate()
    ps = people(5)
    rows = ["ACCT|PREMISE|CUST_NAME|DOB|MB_QTY_KWH|EQUIP_CODE|CERT_NO|CERT_EXP|STATUS"]
    for f, l in ps:
        rows.append(f"{acct().replace(' ', '')}|{premise()}|{l.upper()} {f.upper()}|{dob(1935, 1975, '%Y%m%d')}|"
                    f"{random.choice([500, 750, 1000])}|{random.choice(['OXC', 'HHD', 'VNT', 'APM', 'PWC'])}|{medcert()}|"
                    f"{(d + dt.timedelta(days=random.randint(-5, 30))).strftime('%Y%m%d')}|{random.choice(['RENEW', 'RENEW', 'PEND', 'LAPSE'])}")
    body = "Job MB_RENEW_0400 completed with 5 exceptions. Exception records:\n\n" + "\n".join(rows) + \
        "\n\nThis message was generated by CIS batch scheduler. Contact IT Service Desk x4400 with questions.\n"
    add("phi", "struct", "; ".join(f"{f} {l}" for f, l in ps), frm=f"CIS Batch <cis-batch@{UD}>",
        to=f"MPR Team <mpr@{UD}>", subject="MB_RENEW_0400 - completed with exceptions", body=body, date=d)

    # struct-4 HL7 ADT^A03 from hospital discharge liaison program
    d = rdate()
    mrn = f"SB{random.randint(1000000, 9999999)}"
    ts = d.strftime("%Y%m%d%H%M")
    addr = street().upper()
    hl7 = "\n".join([
        f"MSH|^~\\&|EPICADT|STBRENDAN|CBPW_MPR|CBPW|{ts}||ADT^A03|MSG{random.randint(100000, 999999)}|P|2.5.1",
        f"EVN|A03|{ts}",
        f"PID|1||{mrn}^^^SBRH^MR||QUILLEN^MARGARET^ANNE||{dob(1938, 1950, '%Y%m%d')}|F|||{addr}^^{town().upper()}^WA^99{random.randint(100, 999)}||{phone('509').replace('-', '')}",
        "PV1|1|I|4W^412^B||||1234567890^NGUYEN^THANH^^^MD|||MED||||||||IP|||||||||||||||||01|||||||" + ts,
        "DG1|1||J96.11^Chronic respiratory failure with hypoxia^I10",
        "OBX|1|TX|DME^Durable medical equipment||Home O2 concentrator 3 L/min continuous; portable tanks||||||F",
        "ZMP|1|Y|UTILITY NOTIFY CONSENT SIGNED|" + d.strftime("%Y%m%d"),
    ]) + "\n"
    body = f"""Hi Ana,

Per our discharge-notification pilot, attached is the ADT feed message for a patient discharged home today on oxygen who signed the utility notification consent. The consent form is on file with us; she is a Calder Basin customer per the patient.

Best,
Corinne Aldana, RN, CCM
Discharge Planning | St. Brendan Regional Hospital
{phone('509')}

CONFIDENTIALITY: This message contains information protected by federal and state privacy law. If received in error, notify the sender and delete."""
    add("phi", "struct", "Margaret Anne Quillen", frm=formataddr(("Corinne Aldana", "caldana@stbrendanhealth.org")),
        to=S("ana"), subject="Discharge notification - pilot feed", body=body, date=d,
        attachments=[(hl7, "text/plain", f"ADT_A03_{ts}.hl7")])

    # struct-5 FHIR bundle from home-health referral portal
    d = rdate()
    pid = f"pt-{random.randint(10000, 99999)}"
    bundle = {
        "resourceType": "Bundle", "type": "collection", "timestamp": d.isoformat(),
        "entry": [
            {"resource": {"resourceType": "Patient", "id": pid,
                          "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9999.1", "value": f"HH{random.randint(100000, 999999)}"}],
                          "name": [{"family": "Esposito", "given": ["Dominic", "R"]}],
                          "birthDate": dob(1941, 1955, "%Y-%m-%d"),
                          "telecom": [{"system": "phone", "value": phone('509')}],
                          "address": [{"line": [street()], "city": "Tamarack", "state": "WA"}]}},
            {"resource": {"resourceType": "DeviceRequest", "id": "dr-1", "status": "active", "intent": "order",
                          "codeCodeableConcept": {"text": "Home mechanical ventilator, invasive (trach)"},
                          "subject": {"reference": f"Patient/{pid}"},
                          "occurrencePeriod": {"start": d.strftime("%Y-%m-%d")}}},
            {"resource": {"resourceType": "Condition", "id": "c-1", "subject": {"reference": f"Patient/{pid}"},
                          "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "Z99.11",
                                               "display": "Dependence on respirator [ventilator] status"}]}}},
        ]}
    body = f"""Meadowlark Home Health has shared a referral with you via CareLink Exchange.

Referral type: Utility medical priority notification
Shared by: Sharon Ebbing, RN (Meadowlark Home Health)
Note: "Trach/vent patient starting home service Monday. Family asked that you be notified. Utility acct # to follow from son."

The structured referral is attached (FHIR R4 JSON).

CareLink Exchange - do not reply to this message."""
    add("phi", "struct", "Dominic R Esposito", frm="CareLink Exchange <notifications@carelink-exchange.net>",
        to=f"Medical Priority Register <mpr@{UD}>", subject="New referral shared with Calder Basin Power & Water",
        body=body, date=d, attachments=[(json.dumps(bundle, indent=2), "application/json", "referral_bundle.json")])

    # struct-6 XML CIS record
    d = rdate()
    a = acct().replace(" ", "")
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<MedicalPriorityRecord xmlns="urn:cbpw:cis:mpr:v2">
  <Account number="{a}" status="ACTIVE">
    <Holder><Last>Szymanski</Last><First>Bernadette</First><Middle>M</Middle></Holder>
    <Premise id="{premise()}"><Address>{street()}</Address><City>{town()}</City></Premise>
  </Account>
  <Certificate id="{medcert('25')}">
    <Beneficiary relation="SELF">Bernadette M Szymanski</Beneficiary>
    <Equipment code="IFP">Home infusion pump (TPN), 12h/day</Equipment>
    <Equipment code="PWC">Power wheelchair</Equipment>
    <Provider npi="1{random.randint(100000000, 999999999)}">Calder Gastro &amp; Nutrition</Provider>
    <Issued>{(d - dt.timedelta(days=10)).strftime('%Y-%m-%d')}</Issued>
    <Expires>{(d + dt.timedelta(days=355)).strftime('%Y-%m-%d')}</Expires>
  </Certificate>
  <Protections><DNP>true</DNP><PlannedOutageNotice days="3"/><MedicalBaselineKwh>500</MedicalBaselineKwh></Protections>
</MedicalPriorityRecord>"""
    body = f"""Aaron - this is the record that won't save in the MPR screen (error MPR-E217 "beneficiary relation invalid"). I exported the XML from the debug pane. Works if I change SELF to OTHER, which is wrong.

Ticket INC0088{random.randint(100, 999)}.

{sname('derek')}

{xml}"""
    add("phi", "struct", "Bernadette M Szymanski", frm=S("derek"), to=S("aaron"),
        subject="MPR-E217 on save - XML attached inline", body=body, date=d)

    # struct-7 IVR outbound call log JSON attachment
    d = rdate()
    ps = people(6)
    log = []
    for f, l in ps:
        log.append({"acct": acct().replace(" ", ""), "name": f"{f} {l}", "phone": phone("509"),
                    "lse": random.choice(["O2", "HHD", "VENT", "CPAP", "FEED"]),
                    "result": random.choice(["HUMAN_ACK", "HUMAN_ACK", "VOICEMAIL", "BUSY", "NO_ANSWER"]),
                    "dtmf": random.choice(["1", "1", "", "9"]),
                    "ts": (d - dt.timedelta(minutes=random.randint(5, 300))).strftime("%Y-%m-%dT%H:%M:%S")})
    body = f"""Glen, IVR log for tonight's emergency switching callout attached. Anyone without HUMAN_ACK needs a live call. 

- {sname('nadia').split()[0]}"""
    add("phi", "struct", "; ".join(f"{f} {l}" for f, l in ps), frm=S("nadia"), to=S("glen"),
        subject="IVR callout log - emergency switching", body=body, date=d,
        attachments=[(json.dumps(log, indent=1), "application/json", "ivr_callout_log.json")])


# ================================================================ CLEAN: admin
def gen_admin():
    # admin-1 policy update
    d = rdate()
    body = f"""All,

Effective the 1st of next month, the following changes to the Medical Priority Register procedure (CC-PRO-114) take effect:

1. Certificate duration. For equipment tied to a permanent condition (e.g. ventilator dependence, home hemodialysis, long-term oxygen therapy), a practitioner may tick "permanent" and the certificate will be valid for 24 months instead of 12. Temporary needs (post-surgical equipment, short-term oxygen) stay at 90 days or 12 months as certified.
2. Practitioner types. Nurse practitioners and physician assistants may now sign Part B. Respiratory therapists may NOT sign, but can co-sign.
3. Renewal outreach. Letters at 45 days, reminder call at 21 days, clinical liaison call at 7 days before a flag drops.
4. Collections. No account with an active MPR flag goes to field disconnect without supervisor sign-off, even if the payment plan has defaulted.

Updated procedure and FAQ are on the intranet under Customer Care > Procedures. Please read and acknowledge in the LMS by the 25th.

{sname('pat')}
{STAFF['pat'][2]}
{discl(1)}"""
    add("clean", "admin", frm=S("pat"), to=f"Customer Care All <cc-all@{UD}>",
        subject="MPR procedure update - cert duration, signers, renewals", body=body, date=d, html=True)

    # admin-2 IT release notes
    d = rdate()
    body = f"""CIS Release 25.3 - Customer Care impacts (deploys Saturday 22:00-02:00)

CHG0041{random.randint(100, 999)} | Medical Priority
 - New "Equipment" multi-select on the MPR tab (replaces free-text). Values: oxygen concentrator, home hemodialysis, peritoneal dialysis cycler, ventilator (invasive / non-invasive), CPAP/BiPAP, suction, enteral feeding pump, infusion pump, apnea monitor, powered mobility, hospital bed / pressure mattress, other.
 - Existing free-text entries migrate to "other" and will need cleanup; a worklist will appear for the MPR team.
 - Fix for MPR-E217 ("beneficiary relation invalid") when the certificate beneficiary is the account holder.

CHG0041{random.randint(100, 999)} | Collections
 - DNP flag now auto-syncs with the MPR certificate expiry.

During the outage window CIS is read-only; use the downtime contact log (paper form CC-F-09).

Aaron Teller
CIS Business Analyst | IT Applications"""
    add("clean", "admin", frm=S("aaron"), to=f"Customer Care All <cc-all@{UD}>", cc=S("pat"),
        subject="CIS 25.3 release notes - MPR equipment field + E217 fix", body=body, date=d)

    # admin-3 meeting agenda + ics
    d = rdate()
    st = (d + dt.timedelta(days=9)).replace(hour=10, minute=0, second=0, tzinfo=None)
    ics = make_ics("Quarterly MPR Working Group", st, st + dt.timedelta(hours=1, minutes=30),
                   "Riverside Pkwy - Conf Rm 2B / Teams", "Agenda in email", "Hannah Voss")
    body = f"""Hi all,

Invite attached for the quarterly MPR working group with our hospital and agency partners.

Agenda
1. Discharge-notification pilot with St. Brendan's - volumes, consent form wording (Corinne)
2. Home dialysis water-outage protocol - draft from Water Distribution (Colm)
3. Battery loaner program - inventory and return rates (Hannah)
4. Heat-season outreach plan with Harlow County AAA (Rosalind)
5. Open items / next meeting

Please send any additions by Friday.

Hannah Voss
Community Programs Manager
{phone('509')}"""
    add("clean", "admin", frm=S("hannah"),
        to=f"{S('derek')}, {S('ana')}, {S('colm')}, Corinne Aldana <caldana@stbrendanhealth.org>, Rosalind Petty <rpetty@harlowaging.org>",
        subject="Quarterly MPR Working Group - agenda", body=body, date=d,
        attachments=[(ics, "text/calendar", "invite.ics")])

    # admin-4 battery unit purchase
    d = rdate()
    body = f"""Hi Procurement,

Requesting approval to replenish the portable battery loan pool before fire season. Current state: 38 units in pool, 11 out on loan, 6 failed capacity check.

Request: 20 x lithium portable power stations, 2 kWh, pure sine wave, minimum 1,800 W continuous (enough for a 5 L/min oxygen concentrator ~8 hrs or a home ventilator ~20 hrs). Budget line 6420-CCP-MPR. Quote from two vendors attached to the requisition (REQ-25-00{random.randint(100, 999)}).

Also need replacement charging cables for the older units (qty 10).

Thanks,
Hannah"""
    add("clean", "admin", frm=S("hannah"), to=f"Procurement <procurement@{UD}>", cc=S("pat"),
        subject="Req - battery loan pool replenishment", body=body, date=d)

    # admin-5 letter template with docx
    d = rdate()
    docx = make_docx([
        "Calder Basin Power & Water", "{{LetterDate}}", "", "{{CustomerName}}", "{{MailingAddress1}}",
        "{{MailingCity}}, {{MailingState}} {{MailingZip}}", "",
        "Re: Your Medical Priority Register certificate {{CertNumber}}", "",
        "Dear {{Salutation}},",
        "Our records show that the medical certificate on file for the account above will expire on {{CertExpiry}}. "
        "To continue receiving advance notice of planned outages and protection from disconnection for non-payment, "
        "please ask your doctor, nurse practitioner or physician assistant to complete the enclosed form.",
        "If the equipment is no longer needed, no action is required.",
        "Questions? Call the Medical Priority desk at 509-555-0140, Monday to Friday, 8am-5pm.",
        "", "Sincerely,", "Medical Priority Register Team"])
    body = f"""Pat / Tamsin -- revised renewal letter template attached (plain language review from Legal is done). Changes: added NP/PA as signers, removed "life support" wording per the accessibility feedback, moved the phone number up. Merge fields unchanged so no IT work needed.

If ok I'll send to print vendor for the next cycle.

Derek"""
    add("clean", "admin", frm=S("derek"), to=f"{S('pat')}, {S('tamsin')}",
        subject="Renewal letter template v4", body=body, date=d,
        attachments=[(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "MPR_Renewal_Letter_v4.docx")])

    # admin-6 facilities / fax down
    d = rdate()
    body = f"""FYI - the fax line at the Millrace walk-in office (509-555-0161) is down until the carrier replaces the card, est. Thursday. Physician offices sending medical certificates should use the main MPR fax (509-555-0142) in the meantime. Front desk has a sign up and the IVR message is updated.

Also, the Millrace lobby will be closed Friday 12-1 for the HVAC contractor.

Facilities Help Desk
ext. 4410"""
    add("clean", "admin", frm=f"Facilities Help Desk <facilities@{UD}>", to=f"Customer Care All <cc-all@{UD}>",
        subject="Millrace fax line down / lobby closure Fri", body=body, date=d)

    # admin-7 answering service contract
    d = rdate()
    body = f"""Pat,

Summary of the redlined renewal for the after-hours answering service (Vigil Answering Group), for your sign-off:

- Term: 3 years, auto-renew 1 yr, 90-day termination for convenience
- Life-support/MPR calls: answered in <= 20 sec for 90% of calls; warm transfer to on-call dispatcher within 2 minutes; if no dispatcher acknowledgment in 10 min, escalate to duty manager
- They do NOT receive the MPR list; the agent flags "medical equipment" from the caller and transfers
- Rate: $1.42/min, up from $1.31; storm surge pricing capped at 1.5x
- Data: call recordings retained 18 months, SOC 2 Type II report annually
- Penalty: 5% monthly credit if SLA missed two consecutive months

Legal had no further comments. Signature page is in DocuSign.

Regards,
Gail Ostergaard
Contracts Specialist, Supply Chain
{phone('509')}
{discl(0)}"""
    add("clean", "admin", frm=formataddr(("Gail Ostergaard", f"gail.ostergaard@{UD}")), to=S("pat"),
        subject="Vigil Answering - renewal terms summary", body=body, date=d)


# ================================================================ CLEAN: lookalike
def gen_lookalike():
    # lookalike-1 invoice
    d = rdate()
    inv = f"INV-{random.randint(400000, 499999)}"
    po = f"PO 45{random.randint(10000000, 99999999)}"
    serials = [f"PS2K-{random.randint(100000, 999999)}" for _ in range(6)]
    body = f"""Please find attached invoice {inv} for {po}.

Qty  Item                                   Unit     Ext
 6   VoltHaven PS-2000 power station        $1,149   $6,894.00
 6   AC charging cable 2m                   $24      $144.00
     Freight                                         $96.50
                                           TOTAL    $7,134.50

Serial numbers shipped: {', '.join(serials)}
Lot: VH-{d.strftime('%y%m')}-07
Tracking: 1Z{random.randint(10**15, 10**16 - 1)}
Terms: Net 30. Remit to VoltHaven Supply, Account #{random.randint(10000000, 99999999)}.

Accounts Receivable
VoltHaven Supply | ar@volthavensupply.com | 800-555-0117"""
    pdf = make_pdf(["VOLTHAVEN SUPPLY - INVOICE", f"Invoice: {inv}    {po}", f"Bill to: Calder Basin Power & Water, Community Programs",
                    "1800 Riverside Pkwy, Calder Falls", "", "6 x PS-2000 power station    6,894.00",
                    "6 x AC charging cable          144.00", "Freight                         96.50",
                    "TOTAL                        7,134.50", "", "Serials: " + ", ".join(serials[:3]),
                    "         " + ", ".join(serials[3:])])
    add("clean", "lookalike", frm="VoltHaven Supply AR <ar@volthavensupply.com>", to=S("hannah"),
        cc=f"Accounts Payable <ap@{UD}>", subject=f"Invoice {inv} / {po}", body=body, date=d,
        attachments=[(pdf, "application/pdf", f"{inv}.pdf")])

    # lookalike-2 equipment power draw reference
    d = rdate()
    body = f"""Team - reference table Ana put together for sizing loaner batteries and estimating how long customers can ride through. Typical draws, not any particular customer's equipment:

Equipment                       Typical W    Hrs on 2 kWh unit
Oxygen concentrator 5 L/min     300-350      5-6
Oxygen concentrator 10 L/min    550-600      3
Home hemodialysis (NxStage)     ~1,000       ~2 (not recommended)
PD cycler                       ~150         11-12
Home ventilator (NIV)           40-60        25+
CPAP w/ humidifier              50-90        18-30
Suction pump                    ~100         on demand
Enteral feeding pump            ~10          days
Air pressure mattress           ~80          20

Source: manufacturer spec sheets (models listed in the shared folder). Please don't quote these to customers as guarantees.

Derek"""
    add("clean", "lookalike", frm=S("derek"), to=f"MPR Team <mpr@{UD}>",
        subject="Equipment wattage reference (for battery loans)", body=body, date=d)

    # lookalike-3 outage event summary aggregate
    d = rdate()
    rows = []
    for _ in range(6):
        rows.append(f"OUT-25-{random.randint(1000, 9999)}  FDR {random.randint(1, 24)}-{random.choice('KMNPR')}{random.randint(1, 5)}  "
                    f"{random.randint(40, 2600):>5} cust  {random.randint(0, 14):>3} MPR  {random.randint(0, 9)}:{random.randint(0, 59):02d}  "
                    f"{random.choice(['tree contact', 'failed insulator', 'MVA pole', 'animal', 'UG cable fault', 'unknown'])}")
    body = f"""Storm event summary {d.strftime('%m/%d')} (06:00-22:00)

Ticket          Feeder     Affected     MPR  Dur    Cause
{chr(10).join(rows)}

Total MPR premises affected: {random.randint(20, 45)}. All received automated calls; {random.randint(3, 9)} required live follow-up; {random.randint(0, 3)} battery units deployed; 0 escalations to 911 reported.

Distribution Ops - Dispatch"""
    add("clean", "lookalike", frm=S("trev"), to=f"Ops Leadership <opsleads@{UD}>", cc=S("pat"),
        subject=f"Storm event summary {d.strftime('%m/%d')}", body=body, date=d)

    # lookalike-4 partner directory
    d = rdate()
    body = f"""Updated partner directory for the MPR desk (please print for the binder):

Harlow County Area Agency on Aging   main {phone('509')}   fax {phone('509')}   after-hrs {phone('509')}
Community Action of Calder (LIHEAP)  {phone('509')}   pledges portal: caldercommunityaction.org/pledge
St. Brendan Regional - Discharge     {phone('509')}   fax {phone('509')}
Northgate Kidney Care - Home Prog    {phone('509')}
Summit Home Respiratory (24/7)       {phone('800')}
Meadowlark Home Health intake        {phone('509')}
Calder County Emergency Mgmt EOC     {phone('509')}
Red Cross Cascades - shelter line    {phone('800')}
2-1-1 Calder                          dial 211

Internal: MPR desk x4412, Dispatch x4600, Water Dist. on-call x4700, Collections x4520

{sname('marisol')}"""
    add("clean", "lookalike", frm=S("marisol"), to=f"MPR Team <mpr@{UD}>",
        subject="Partner phone directory - updated", body=body, date=d)

    # lookalike-5 print shipment
    d = rdate()
    body = f"""Hello,

Your order has shipped.

Order #: PRT-{random.randint(100000, 999999)}
Job: Door hanger - "Planned Outage / Medical Equipment? Call us" (2-sided, 4/4, 100# gloss cover)
Quantity: 25,000
Lot / press run: DH-{random.randint(1000, 9999)}-B
Cartons: 10 (2,500/ctn)
Carrier: FedEx Freight, PRO {random.randint(100000000, 999999999)}
Est. delivery: {(d + dt.timedelta(days=3)).strftime('%m/%d/%Y')}
Ship to: Calder Basin Power & Water, Warehouse Dock 3, attn: Community Programs

Thank you for your business!
Cascade Print Works | orders@cascadeprintworks.com"""
    add("clean", "lookalike", frm="Cascade Print Works <orders@cascadeprintworks.com>", to=S("hannah"),
        subject="Order shipped - door hangers", body=body, date=d)

    # lookalike-6 monthly stats + xlsx
    d = rdate()
    tot = random.randint(2900, 3400)
    rows = [["Metric", "This month", "Last month", "YoY"],
            ["Active MPR accounts", tot, tot - random.randint(10, 60), "+6.2%"],
            ["New enrollments", random.randint(60, 110), random.randint(60, 110), "+11%"],
            ["Renewals processed", random.randint(150, 260), random.randint(150, 260), "-2%"],
            ["Flags expired (no renewal)", random.randint(20, 45), random.randint(20, 45), "+1%"],
            ["Oxygen (%)", 41.3, 41.0, ""], ["Dialysis home (%)", 6.8, 6.7, ""],
            ["Ventilator (%)", 3.9, 4.0, ""], ["CPAP/BiPAP (%)", 28.5, 28.1, ""],
            ["Avg days cert rec'd to flag", 2.4, 3.1, ""], ["Planned-outage notices sent", random.randint(400, 900), random.randint(400, 900), ""]]
    body = f"""Monthly MPR dashboard attached. Headlines: enrollment up again (discharge pilot accounts for ~15 of the new ones), turnaround under 3 days for the first time.

Derek"""
    add("clean", "lookalike", frm=S("derek"), to=S("pat"), cc=S("hannah"),
        subject=f"MPR dashboard - {d.strftime('%B %Y')}", body=body, date=d,
        attachments=[(make_xlsx(rows, "Dashboard"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                      f"MPR_dashboard_{d.strftime('%Y%m')}.xlsx")])

    # lookalike-7 practitioner licence verification
    d = rdate()
    provs = [("Helena Marsh, MD", "Pulmonology"), ("Anand Mehra, MD", "Family Medicine"),
             ("Lucia Amaral, ARNP", "Nephrology"), ("Thanh Nguyen, MD", "Hospital Medicine"),
             ("Ruth Castellanos, PA-C", "Pediatrics"), ("Ibrahim Sayed, DO", "Neurology")]
    lines = [f"{n:<26}{sp:<20}NPI {random.randint(1000000000, 1999999999)}  Lic {random.choice(['MD', 'AP', 'PA', 'OP'])}{random.randint(10000000, 69999999)}  exp {(d + dt.timedelta(days=random.randint(90, 900))).strftime('%m/%Y')}  VERIFIED"
             for n, sp in provs]
    body = f"""Monthly practitioner spot-check for certificate signers (per audit recommendation 24-07). Licences checked against the state DOH lookup on {d.strftime('%m/%d/%Y')}:

{chr(10).join(lines)}

No lapsed or restricted licences found. Next check in 30 days.

Ana Ruiz, RN
Clinical Liaison"""
    add("clean", "lookalike", frm=S("ana"), to=S("derek"), cc=f"Internal Audit <audit@{UD}>",
        subject="Signer licence spot-check - all verified", body=body, date=d)


# ================================================================ CLEAN: news
def gen_news():
    # news-1 customer newsletter (html + logo)
    d = rdate()
    txt = f"""CALDER BASIN CONNECTIONS - Customer Newsletter

Do you or someone in your home depend on medical equipment?

If you use an oxygen concentrator, a home dialysis machine, a ventilator, a CPAP, a feeding or infusion pump, or other powered medical equipment, our free Medical Priority Register can help:

 - We call you before planned outages on your street.
 - Your account is protected from disconnection for non-payment while your certificate is valid.
 - During storms and wildfire-safety shutoffs, we check in with you.

Sign up at calderbasinutil.com/medical or call 509-555-0140. Your doctor, nurse practitioner or physician assistant will need to sign a short form.

Remember: the register does not guarantee uninterrupted power. Please always have a backup plan - a charged battery, spare oxygen tanks, or a place to go.

Also in this issue: new payment-plan options, summer rates, and how to read your water meter.

You are receiving this because you are a Calder Basin customer. Unsubscribe: calderbasinutil.com/prefs"""
    html = html_of(txt).replace("<p>CALDER BASIN CONNECTIONS", "<h2 style=\"color:#00548c\">CALDER BASIN CONNECTIONS</h2><p>", 1)
    add("clean", "news", frm=f"Calder Basin Power & Water <news@{UD}>", to="undisclosed-recipients:;",
        subject="Depend on medical equipment at home? We can help", body=txt, date=d, html_raw=html,
        attachments=[(LOGO, "image/png", "cbpw_logo.png")])

    # news-2 county public health heat advisory
    d = rdate((2024, 6, 15), (2024, 8, 31))
    body = f"""CALDER COUNTY PUBLIC HEALTH - HEAT ADVISORY BULLETIN #{random.randint(3, 9)}
For partners: utilities, senior services, home health, dialysis centers, shelters

The National Weather Service has issued an Excessive Heat Warning for the Calder Basin through Sunday, with highs of 104-108F and overnight lows above 75F.

Who is at highest risk: adults over 65, infants, people with heart, lung or kidney disease, people using oxygen or other powered equipment, people taking diuretics or certain psychiatric medications, and people who live alone.

Last summer's event: 212 heat-related ED visits countywide and 4 deaths (preliminary, all ages). 

Cooling centers: Calder Falls Library, Westbrook Community Center, Tamarack Senior Hall (extended hours 10am-10pm).

Partners: please prioritize check-ins for clients who rely on powered medical equipment and coordinate with the electric utility's medical priority program if outages occur.

Calder County Public Health | Emergency Preparedness
phep@caldercountyhealth.org"""
    add("clean", "news", frm="Calder County Public Health <phep@caldercountyhealth.org>",
        to=f"Partners List <partners-l@caldercountyhealth.org>", subject="HEAT ADVISORY BULLETIN - partners",
        body=body, date=d)

    # news-3 internal newsletter
    d = rdate()
    body = f"""THE CARE LINE - Customer Care internal newsletter

* MPR passes 3,000 households. Thanks to everyone who helped with the spring enrollment push. Oxygen users remain the largest group (about 41%), followed by CPAP/BiPAP.
* Discharge pilot with St. Brendan's: 6 months in, 88 referrals, median 1 day from discharge to flag.
* Shout-out to Bao and Nadia for covering 140+ in-language calls during the March windstorm.
* Reminder: Heat season starts June 1. Battery loaner sign-out sheet is now in the MPR SharePoint.
* Potluck Thursday in the break room - theme is "foods from home".

Questions or story ideas: email {STAFF['tamsin'][1]}@{UD}"""
    add("clean", "news", frm=S("tamsin"), to=f"Customer Care All <cc-all@{UD}>",
        subject="The Care Line - spring edition", body=body, date=d, html=True)

    # news-4 water quality bulletin (general dialysis guidance)
    d = rdate()
    body = f"""WATER QUALITY NOTICE - GUIDANCE FOR HOME DIALYSIS USERS AND DIALYSIS FACILITIES

A precautionary boil-water advisory has been issued for the North Calder pressure zone following a main break. This guidance is general and is shared with all dialysis providers in the service area.

- Boiled water is NOT suitable for making dialysate. Home hemodialysis users should follow their equipment maker's and home-training nurse's instructions; most home systems with reverse osmosis and carbon filtration are designed to handle municipal water but should not be used during an advisory without the dialysis provider's approval.
- Peritoneal dialysis uses pre-made bags and is not affected, but hand-washing for exchanges should use boiled-then-cooled water or alcohol-based sanitizer.
- Dialysis clinics in the zone have been notified directly.
- After the advisory is lifted, flush household taps for 5 minutes before using home equipment.

For questions: Water Quality line 509-555-0150 (24 hrs).

Calder Basin Power & Water - Water Quality Division"""
    add("clean", "news", frm=f"Water Quality <waterquality@{UD}>", to="undisclosed-recipients:;",
        subject="Boil-water advisory: guidance for home dialysis", body=body, date=d)

    # news-5 research digest
    d = rdate()
    body = f"""UTILITY CUSTOMER PROGRAMS DIGEST - issue {random.randint(40, 80)}

Research roundup: power outages and health
 - A multi-state analysis of Medicare claims found that electricity-dependent beneficiaries (about 2.7 per 1,000) were more likely to visit an emergency department within 7 days of a prolonged outage. Authors recommend utilities share aggregate counts with emergency managers.
 - A survey of 31 utilities found only 40% verify medical certificates after enrollment; 55% re-certify annually.
 - Qualitative study: caregivers of ventilator-dependent children report that "courtesy calls" are most useful 72+ hours in advance and when they include an estimated restoration time.

Program spotlight: battery loaner programs - what works
Webinar recording available to members.

Upcoming: Customer Programs Forum, Spokane, Oct 14-16.

You're receiving this as a member of the Western Utility Customer Programs Association. Manage subscription: wucpa.org/subscribe"""
    add("clean", "news", frm="WUCPA Digest <digest@wucpa.org>", to=S("hannah"),
        subject="Digest: outages & electricity-dependent customers; battery loaners", body=body, date=d)

    # news-6 webinar marketing
    d = rdate()
    body = f"""Wildfire Season Readiness for Medically Vulnerable Customers
Free webinar - Thursday, 11:00 AM Pacific

Public Safety Power Shutoffs can last 24-72 hours. Is your program ready?

You will learn:
  - How to segment life-support customers by backup capability
  - Scripts for 72/48/24-hour notifications
  - Partnering with home health agencies and independent living centers
  - Measuring outcomes without collecting more data than you need

Speakers: a utility program manager, an emergency management director, and a respiratory therapist.

Register: resilientgrid-events.com/psps-ready

ResilientGrid Events | 400 Market St, Suite 900 | unsubscribe"""
    add("clean", "news", frm="ResilientGrid Events <events@resilientgrid-events.com>", to=S("derek"),
        subject="Webinar: PSPS readiness for medically vulnerable customers", body=body, date=d, html=True)


# ================================================================ CLEAN: staff
def gen_staff():
    # staff-1 on-call roster
    d = rdate()
    body = f"""MPR escalation on-call - next 4 weekends

Weekend of       Primary            Backup             Clinical (phone consult)
{(d + dt.timedelta(days=3)).strftime('%m/%d')}            Marisol Quintero   Keisha Drummond    Ana Ruiz, RN
{(d + dt.timedelta(days=10)).strftime('%m/%d')}            Bao Tran           Sergei Volkov      Ana Ruiz, RN
{(d + dt.timedelta(days=17)).strftime('%m/%d')}            Derek Huang        Nadia Haddad       (on-call RN via Summit)
{(d + dt.timedelta(days=24)).strftime('%m/%d')}            Keisha Drummond    Marisol Quintero   Ana Ruiz, RN

On-call phone is in the lockbox, code unchanged. Swaps: email me AND update the SharePoint calendar.

Tamsin"""
    add("clean", "staff", frm=S("tamsin"), to=f"MPR Team <mpr@{UD}>", subject="MPR weekend on-call roster",
        body=body, date=d)

    # staff-2 leave notice
    d = rdate()
    body = f"""Hi all,

Derek will be out on leave from {(d + dt.timedelta(days=7)).strftime('%B %d')} through {(d + dt.timedelta(days=32)).strftime('%B %d')}. While he's away:

- Certificate approvals: Marisol
- Partner/agency questions: Hannah
- CIS worklists and the monthly dashboard: Keisha (Aaron will help with the report)

Please don't send him work email during his leave. Thanks for pitching in.

Tamsin"""
    add("clean", "staff", frm=S("tamsin"), to=f"MPR Team <mpr@{UD}>", cc=S("pat"),
        subject="Coverage while Derek is out", body=body, date=d)

    # staff-3 celebration
    d = rdate()
    body = f"""Save the date!

Marisol is celebrating 20 years with Calder Basin this month. She started in the Westbrook walk-in office when we still took payments in cash drawers, and she's been the heart of the Medical Priority desk since it launched.

Cake and coffee in the 2nd floor break room, Thursday at 2:30. There's a card going around (it's in Keisha's cube) and a collection for a gift card -- Venmo or cash to Keisha by Wednesday.

Pat"""
    add("clean", "staff", frm=S("pat"), to=f"Customer Care All <cc-all@{UD}>",
        subject="20 years - Marisol!", body=body, date=d, html=True,
        attachments=[(make_png(200, 60, fg=(200, 60, 90)), "image/png", "celebrate.png")])

    # staff-4 payroll storm OT codes
    d = rdate()
    body = f"""Reminder for timecards covering the {d.strftime('%m/%d')} windstorm:

- Storm callout hours: pay code STM1 (1.5x) / STM2 (2x after 16 consecutive hrs)
- Work order for customer care storm support: {wo()}
- Meal allowance: code MEAL, $18 per 5-hour block
- Remote on-call standby: code STBY

Timecards lock Monday at noon. Supervisors approve by 3pm.

Payroll Services | ext 4150"""
    add("clean", "staff", frm=f"Payroll Services <payroll@{UD}>", to=f"Customer Care All <cc-all@{UD}>",
        subject="Storm timecard codes", body=body, date=d)

    # staff-5 heat-wave schedule with credentials
    d = rdate((2025, 6, 10), (2025, 7, 20))
    rows = [["Date", "07:00-15:30", "11:30-20:00", "Clinical liaison", "Interpreter coverage"]]
    names = ["M. Quintero", "K. Drummond", "B. Tran", "S. Volkov", "N. Haddad", "D. Huang"]
    for i in range(5):
        rows.append([(d + dt.timedelta(days=i)).strftime("%a %m/%d"), names[i % 6], names[(i + 3) % 6],
                     "A. Ruiz, RN" if i != 2 else "J. Pell, RRT (contract)", "VI/AR/RU in-house; others LanguageLine"])
    body = """Heat-event extended hours schedule attached. Desk opens early and closes late Mon-Fri. Please check your shifts and flag conflicts today.

Tamsin"""
    add("clean", "staff", frm=S("tamsin"), to=f"MPR Team <mpr@{UD}>", subject="Heat-event schedule",
        body=body, date=d,
        attachments=[(make_xlsx(rows, "Schedule"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                      "heat_event_schedule.xlsx")])

    # staff-6 new hire
    d = rdate((2024, 2, 1), (2024, 4, 1))
    body = f"""Please welcome Ana Ruiz, RN, who joins us Monday as our first Clinical Liaison for the Medical Priority Register.

Ana spent 12 years in home health and respiratory care, most recently as a field nurse with a home health agency in the Tri-Cities. She'll take the clinical follow-up calls, review unusual certificates, and work with Hannah on our hospital and agency partnerships. Ana is bilingual in English and Spanish.

She'll sit in 2B next to the MPR desk. Stop by and say hello!

Pat Kimura
Manager, Customer Care Operations"""
    add("clean", "staff", frm=S("pat"), to=f"Customer Care All <cc-all@{UD}>", subject="Welcome Ana Ruiz, RN",
        body=body, date=d)

    # staff-7 QA scores
    d = rdate()
    names = ["Quintero", "Drummond", "Tran", "Volkov", "Haddad"]
    lines = "\n".join(f"{n:<12} {random.randint(86, 99)}%   {random.randint(8, 14)} calls   AHT {random.randint(6, 11)}:{random.randint(0, 59):02d}"
                      for n in names)
    body = f"""Q{(d.month - 1) // 3 + 1} QA scores for the MPR desk:

{lines}

Team avg is above the 90% target. Empathy statements and verification steps improved; the most common miss is not reading back the callback number. 1:1s next week.

Tamsin"""
    add("clean", "staff", frm=S("tamsin"), to=f"MPR Team <mpr@{UD}>", cc=S("pat"), subject="Quarterly QA scores",
        body=body, date=d)


# ================================================================ CLEAN: training
def gen_training():
    # training-1 quiz
    d = rdate()
    body = f"""New-hire module 6: Medical Priority Register - knowledge check (10 questions, 80% to pass)

1. Who may sign Part B of the Certificate of Medical Need?
   a) any registered nurse  b) MD, DO, NP or PA  c) the customer  d) the equipment supplier
2. A customer says her CPAP is "life or death". She has no certificate. What do you do first?
3. True/False: An MPR flag guarantees uninterrupted power.
4. How many days' notice do we aim to give MPR customers before a planned outage?
5. A caller's husband uses home hemodialysis and the WATER will be shut off. Which team do you contact?
6. What is the certificate duration for equipment marked "permanent"?
7. Name two things you must NOT promise during a storm.
8. When does a DNP flag drop?
9. A relative who is not on the account asks whether her father is on the register. What can you say?
10. What is the escalation path if a customer reports they are out of backup oxygen?

Answers are in the facilitator guide. Complete in the LMS by Friday.

Training & Quality"""
    add("clean", "training", frm=f"Training & Quality <ccTraining@{UD}>", to=f"New Hire Cohort 25-B <nh25b@{UD}>",
        subject="Module 6 knowledge check - MPR", body=body, date=d)

    # training-2 UAT script with test customer
    d = rdate()
    body = f"""UAT script MPR-UAT-07 (CIS 25.3) - run in QA2 only

Test data (QA2, synthetic):
  Acct 9999 0000 71   TESTCUST, MEDFLAG ONE    123 TEST ST, CALDER FALLS
  Acct 9999 0000 72   TESTCUST, MEDFLAG TWO    125 TEST ST, CALDER FALLS

Steps
 1. Open acct ...71 > MPR tab > Add certificate. Beneficiary = SELF, Equipment = oxygen concentrator + hospital bed, Expiry = today + 365. Save.
    Expected: saves with no MPR-E217; DNP auto-set.
 2. Change Expiry to today - 1. Run job MB_RENEW_0400 in QA2.
    Expected: exception record created, DNP cleared.
 3. On acct ...72 add Equipment = "other" with free text "TEST ONLY". Expected: appears on migration worklist.
 4. Generate planned outage notice for FDR QA-1. Expected: both test accts on the call list.

Record pass/fail in the UAT tracker. Do NOT use production accounts.

Aaron"""
    add("clean", "training", frm=S("aaron"), to=f"{S('keisha')}, {S('derek')}",
        subject="UAT script MPR-UAT-07 - test accounts", body=body, date=d)

    # training-3 de-identified case study
    d = rdate()
    body = f"""Case study for Thursday's team huddle (de-identified; details changed)

A customer in her 70s uses an oxygen concentrator continuously. During a windstorm the power was out 19 hours. She was on the register and received the automated call, but her landline was down with the power, so the call went unanswered. Her portable tanks ran out overnight, and a neighbor called 911.

Discussion:
 - What failed: the process, the technology, or the assumption that one phone number is enough?
 - What could a live follow-up call at hour 4 have changed?
 - How should we ask customers about their backup plan at enrollment without sounding like we're shifting responsibility?
 - Which partners could we have called?

Come ready with one idea each.

Tamsin"""
    add("clean", "training", frm=S("tamsin"), to=f"MPR Team <mpr@{UD}>", subject="Huddle case study - windstorm",
        body=body, date=d)

    # training-4 role-play with fictitious names, docx
    d = rdate()
    docx = make_docx([
        "ROLE-PLAY SCENARIOS - FICTITIOUS CUSTOMERS (training use only)", "",
        "Scenario A: 'Ms. Jane Sample' (fictitious) calls because her father uses a ventilator at night and a planned outage notice was left on the door. She is upset and wants the outage cancelled.",
        "Learner goals: acknowledge, check register status, explain options (reschedule request, battery loan, alternate location), set callback.",
        "", "Scenario B: 'Mr. John Example' (fictitious) has a past-due balance and says he uses home dialysis. No certificate is on file.",
        "Learner goals: explain the certificate, place a temporary hold per procedure, offer payment arrangement.",
        "", "Scenario C: A social worker from a fictitious agency asks for a list of all register customers in a ZIP code.",
        "Learner goals: decline politely, explain privacy policy, offer aggregate numbers via Community Programs.",
    ])
    body = """Facilitators - role-play scenarios for the cohort attached. All customers are made up. Pair learners up; observer uses the checklist on p. 2.

Training & Quality"""
    add("clean", "training", frm=f"Training & Quality <ccTraining@{UD}>", to=f"{S('tamsin')}, {S('marisol')}",
        subject="Role-play scenarios - cohort 25-B", body=body, date=d,
        attachments=[(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "MPR_roleplays_fictitious.docx")])

    # training-5 ics invite
    d = rdate()
    st = (d + dt.timedelta(days=14)).replace(hour=13, minute=0, second=0, tzinfo=None)
    ics = make_ics("Serving customers who rely on medical equipment - refresher", st, st + dt.timedelta(hours=2),
                   "Training Room 1 / Teams", "Annual refresher. Presenter: Ana Ruiz RN. Bring headset.", "Tamsin Okafor")
    body = """Annual refresher, required for all Customer Care reps. Topics: common home equipment and what an outage means for each, backup planning questions, recognising an emergency on the phone, when to call 911 vs. dispatch.

Ana will bring a demo oxygen concentrator and a PD cycler (no patient data, display units from Summit).

Tamsin"""
    add("clean", "training", frm=S("tamsin"), to=f"Customer Care All <cc-all@{UD}>",
        subject="Invitation: Medical equipment refresher training", body=body, date=d,
        attachments=[(ics, "text/calendar", "refresher.ics")])

    # training-6 sample data file for vendor
    d = rdate()
    sample = io.StringIO()
    w = csv.writer(sample)
    w.writerow(["record_type", "acct_no", "customer_name", "phone", "lse_code", "cert_exp", "note"])
    for i in range(1, 6):
        w.writerow(["SAMPLE", f"000000000{i}", f"SAMPLE CUSTOMER {i}", f"509-555-01{i:02d}",
                    random.choice(["O2", "HHD", "VENT", "CPAP"]), "2099-12-31", "fictitious - format test"])
    body = f"""Jen,

As discussed, here's a sample file in the new CSV layout so your team can validate the parser before we send the real feed. All five records are fictitious (SAMPLE in record_type, 509-555-01xx numbers, expiry 2099).

Field spec is the same as the fixed-width v3 except phone is now formatted with dashes.

Aaron"""
    add("clean", "training", frm=S("aaron"), to=formataddr(("Jen Morales", "jmorales@alertbridge-notify.com")),
        subject="Sample file - new CSV layout", body=body, date=d,
        attachments=[(sample.getvalue(), "text/csv", "CBPW_MPR_SAMPLE.csv")])


# ================================================================ build
MAILERS = ["Microsoft Outlook 16.0", "Apple Mail (2.3774)", "iPhone Mail (21F90)", None, None]


def build(spec):
    msg = EmailMessage()
    frm = spec["frm"]
    msg["From"] = frm
    msg["To"] = spec["to"]
    if spec.get("cc"):
        msg["Cc"] = spec["cc"]
    msg["Subject"] = spec["subject"]
    msg["Date"] = format_datetime(spec["date"])
    dom = frm.rsplit("@", 1)[-1].rstrip(">").strip() if "@" in frm else UD
    msg["Message-ID"] = mid(dom)
    subj = spec["subject"].lower()
    if subj.startswith(("re:", "rv:")):
        ref = mid(random.choice([UD, "mailhaven.net", "example.net"]))
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    mailer = random.choice(MAILERS)
    if mailer:
        msg["X-Mailer"] = mailer
    msg["MIME-Version"] = "1.0"
    msg.set_content(spec["body"])
    if spec.get("html_raw"):
        msg.add_alternative(spec["html_raw"], subtype="html")
    elif spec.get("html"):
        msg.add_alternative(html_of(spec["body"]), subtype="html")
    for data, ctype, fname in spec.get("attachments", []):
        maintype, subtype = ctype.split("/", 1)
        if isinstance(data, str):
            msg.add_attachment(data, subtype=subtype, filename=fname)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return msg


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(outdir, exist_ok=True)
    for g in (gen_care, gen_ids, gen_lang, gen_lists, gen_names, gen_self, gen_struct,
              gen_admin, gen_lookalike, gen_news, gen_staff, gen_training):
        g()
    counter = Counter()
    rows = []
    for spec in SPECS:
        key = (spec["label"], spec["kind"])
        counter[key] += 1
        fname = f"{spec['label']}-{spec['kind']}-{counter[key]:03d}.eml"
        msg = build(spec)
        with open(os.path.join(outdir, fname), "wb") as fh:
            fh.write(msg.as_bytes(policy=email.policy.SMTP))
        rows.append([fname, spec["label"], spec["kind"], spec["patient_name"]])
    with open(os.path.join(outdir, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    for (label, kind), n in sorted(counter.items()):
        print(f"{label}-{kind}: {n}")
    print(f"total: {sum(counter.values())}")


if __name__ == "__main__":
    main()
