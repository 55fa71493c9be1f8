#!/usr/bin/env python3
"""Blind evaluation mail set: summer camp + youth sports organisation.
All people, numbers, organisations and addresses are invented.
Usage: python3 gen.py OUTDIR
"""
import sys, os, random, csv, io, json, zipfile, zlib, struct, datetime
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime
from xml.sax.saxutils import escape as xesc

SEED = 8902
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

EDT = datetime.timezone(datetime.timedelta(hours=-4))
CDT = datetime.timezone(datetime.timedelta(hours=-5))
PDT = datetime.timezone(datetime.timedelta(hours=-7))

RECORDS = []
COUNTS = {}
ORDER = [("phi", k) for k in ("care", "ids", "lang", "lists", "names", "self", "struct")] + \
        [("clean", k) for k in ("admin", "lookalike", "news", "staff", "training")]


def dt(m, d, h=None, mi=None, tz=EDT, y=2024):
    if h is None:
        h = random.randint(7, 21)
    if mi is None:
        mi = random.randint(0, 59)
    return datetime.datetime(y, m, d, h, mi, random.randint(0, 59), tzinfo=tz)


def fmt(d):
    return format_datetime(d)


def hdr_date(d):
    """Date as written in 'On ..., X wrote:' lines."""
    return d.strftime("%a, %b %d, %Y at %I:%M %p").replace(" 0", " ")


def outlook_date(d):
    return d.strftime("%A, %B %d, %Y %I:%M %p").replace(" 0", " ")


def mid(domain):
    a = "".join(random.choice("0123456789abcdef") for _ in range(16))
    b = random.randint(10000, 99999)
    return "<%s.%d@%s>" % (a, b, domain)


def quote(text):
    return "\n".join((">" + (" " + l if l and not l.startswith(">") else l)) for l in text.strip("\n").split("\n"))


def emit(label, kind, patient, frm, to, subject, body, date, cc=None, html=None,
         atts=None, extra=None, reply_to=None, in_reply_to=None):
    key = (label, kind)
    COUNTS[key] = COUNTS.get(key, 0) + 1
    fname = "%s-%s-%03d.eml" % (label, kind, COUNTS[key])
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to if isinstance(to, str) else ", ".join(to)
    if cc:
        msg["Cc"] = cc if isinstance(cc, str) else ", ".join(cc)
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Subject"] = subject
    msg["Date"] = fmt(date)
    dom = frm.split("@")[-1].strip(">").strip()
    msg["Message-ID"] = mid(dom)
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    if extra:
        for k, v in extra:
            msg[k] = v
    msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype="html")
    for a in (atts or []):
        fn, data, maintype, subtype = a
        if isinstance(data, str) and maintype == "text":
            msg.add_attachment(data, subtype=subtype, filename=fn)
        elif isinstance(data, str):
            msg.add_attachment(data.encode("utf-8"), maintype=maintype, subtype=subtype, filename=fn)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(msg.as_bytes(policy=policy.SMTP))
    RECORDS.append((fname, label, kind, patient))
    return msg["Message-ID"]


# ---------------------------------------------------------------- attachments
ZDATE = (2024, 7, 1, 9, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, content)
    return buf.getvalue()


def xlsx(rows, sheet="Sheet1"):
    def col(i):
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    rx = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xesc(str(v))))
        rx.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    x = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    ct = x + ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
              '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
              '</Types>')
    rels = x + ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                '</Relationships>')
    wb = x + ('<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
              'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
              '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xesc(sheet))
    wbr = x + ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
               '</Relationships>')
    sh = x + ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
              + "".join(rx) + '</sheetData></worksheet>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbr), ("xl/worksheets/sheet1.xml", sh)])


def docx(paragraphs):
    x = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    ct = x + ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '</Types>')
    rels = x + ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                '</Relationships>')
    ps = []
    for p in paragraphs:
        bold = p.startswith("**")
        t = p.strip("*")
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        ps.append('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, xesc(t)))
    doc = x + ('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
               + "".join(ps) + '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 11 Tf 72 740 Td 15 TL\n" + "".join("(%s) Tj T*\n" % esc(l) for l in lines) + "ET"
    cb = content.encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Length " + str(len(cb)).encode() + b" >>\nstream\n" + cb + b"\nendstream"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += str(i).encode() + b" 0 obj\n" + o + b"\nendobj\n"
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)).encode()
    return out


def png(w, h, pix):
    raw = b"".join(b"\x00" + b"".join(bytes(pix(x, y)) for x in range(w)) for y in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def pine_logo():
    def p(x, y):
        # simple pine tree on white: triangle + trunk
        cx = 24
        if 6 <= y <= 36 and abs(x - cx) <= (y - 6) * 0.55:
            return (31, 92, 52)
        if 37 <= y <= 43 and 21 <= x <= 27:
            return (110, 74, 40)
        return (255, 255, 255)
    return png(48, 48, p)


def blank_scan():
    def p(x, y):
        if x < 3 or y < 3 or x > 196 or y > 256:
            return (200, 200, 200)
        return (250, 250, 247)
    return png(200, 260, p)


def ics(uid, start, end, summary, location, desc):
    f = "%Y%m%dT%H%M%S"
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tall Pines Ops//Calendar 1.0//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:%s\r\nDTSTAMP:20240601T120000Z\r\nDTSTART;TZID=America/New_York:%s\r\n"
            "DTEND;TZID=America/New_York:%s\r\nSUMMARY:%s\r\nLOCATION:%s\r\nDESCRIPTION:%s\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n") % (uid, start.strftime(f), end.strftime(f), summary, location,
                                                 desc.replace("\n", "\\n").replace(",", "\\,"))


def csv_text(rows):
    b = io.StringIO()
    w = csv.writer(b, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return b.getvalue()


# ---------------------------------------------------------------- people & boilerplate
CAMP = "tallpinescamp.org"
LEAGUE = "rbyal.org"
HC = "Camp Tall Pines Health Center <healthcenter@tallpinescamp.org>"
MARISOL = "Marisol Ortega <mortega@tallpinescamp.org>"
DENISE = "Denise Farrow <dfarrow@tallpinescamp.org>"
BECCA = "Rebecca Lindholm <rlindholm@tallpinescamp.org>"
TAMSIN = "Tamsin Hale <thale@tallpinescamp.org>"
REG = "Camp Tall Pines Registration <registration@tallpinescamp.org>"
JORDAN = "Jordan Pike <jpike@tallpinescamp.org>"
GARY = "Gary Voss <gvoss@tallpinescamp.org>"
JESS = "Jess Amari <jamari@tallpinescamp.org>"
THEO = "Theo Brandt <tbrandt@tallpinescamp.org>"
KAYLA = "Kayla Mensah <kmensah@tallpinescamp.org>"
LUIS = "Luis Cabrera <lcabrera@tallpinescamp.org>"
NADIA = "Nadia Whitaker <nwhitaker@tallpinescamp.org>"
SAM = "Sam Okoro <sokoro@tallpinescamp.org>"
WALT = "Walt Henning <whenning@tallpinescamp.org>"
GREG = "Greg Tallis <gtallis@tallpinescamp.org>"
KITCHEN = "Bernie Saucier <food@tallpinescamp.org>"
KRISTIN = "Kristin Oyelaran <koyelaran@rbyal.org>"
DARNELL = "Darnell Price <dprice@rbyal.org>"
SHARON = "Sharon Beck <sbeck@rbyal.org>"
MIKE = "Mike Sorensen <coach.sorensen@rbyal.org>"
ANGELA = "Angela Ruiz <aruiz@rbyal.org>"
PETE_ADDR = "Pete Kowal <petekowal@harvestmail.net>"

SIG_MARISOL = """Marisol Ortega, RN
Health Center Director | Camp Tall Pines
Health Center 802-555-0100 x4 | Fax 802-555-0109"""

SIG_KRISTIN = """Kristin Oyelaran, MS, ATC
Head Athletic Trainer
Riverbend Youth Athletic League
cell 802-555-0158 | rbyal.org/sportsmed"""

SIG_TAMSIN = """Tamsin Hale
Registrar / Camper Records
Camp Tall Pines | 1140 Loon Lake Road, Granby Hollow, VT 05999
802-555-0100 x1 | fax 802-555-0108"""

SIG_SHARON = """Sharon Beck
League Operations Manager
Riverbend Youth Athletic League
PO Box 412, Riverbend, VT 05998 | 802-555-0150"""

CAMP_DISC = """CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of
the intended recipient(s) and may contain confidential information. If you are
not the intended recipient, please notify the sender by reply e-mail and delete
all copies. Camp Tall Pines, 1140 Loon Lake Road, Granby Hollow, VT 05999."""

LEAGUE_DISC = """--
This message was sent on behalf of the Riverbend Youth Athletic League, a
volunteer-run 501(c)(3). The information contained herein is confidential and
intended only for the named recipient(s)."""

MOBILE = ["Sent from my iPhone", "Sent from my phone", "Sent from Outlook for Android",
          "sent from mobile, pls excuse typos", "Get Outlook for iOS"]

# =====================================================================
# PHI / care
# =====================================================================
emit("phi", "care", "Noah Brennan", GARY, MARISOL, "van for Noah B. thurs", """Marisol,

Confirming the town run Thursday 7/11. Van #3 leaves the lodge lot at 9:15
and I'll have Noah Brennan (Cabin 12, Birch) at Dr. Sayegh's office on Elm St
for his 10:00. Jess Amari is riding along as the second adult. Should be back
before lunch period ends.

Mom said they'll be tightening the wires and he'll probably be sore after --
can you make sure there's something soft set aside for him at dinner? I told
Bernie in the kitchen but just flagging it for you too.

Does he need to bring anything? I'm assuming the copy of his insurance card is
in his folder in your office, I'll grab the folder at 9.

Gary

Gary Voss | Transportation & Grounds
Camp Tall Pines | 802-555-0147 (cell)
""", dt(7, 9, 16, 12), cc=JESS)

d0 = dt(7, 8, 20, 12)
orig = """Hi there,

This is Ava Castellano's mom (Cabin 3, session 2). Her grandmother Linda
Pruitt will be picking her up Wednesday 7/10 at 1pm to take her to her
allergist appointment in Burlington -- it was the only opening they had before
August. Linda will have her back by 5:30 at the latest. She's already on the
authorized pickup list.

Can someone make sure Ava has her EpiPen pouch with her when she leaves and
that it comes back with her? She'll try to hand it to the wrong person.

Thanks so much,
Danielle Castellano
802-555-0126"""
emit("phi", "care", "Ava Castellano", TAMSIN, "Danielle Castellano <dcastellano@brightpost.com>",
     "Re: Ava - pickup Wednesday", """Hi Danielle,

Got it -- I've logged the early pickup for Wednesday at 1:00 and your mom is
confirmed on Ava's pickup list. Linda will need to show ID at the office
window and sign her out; same on the way back in.

I've copied the health center so Marisol can have Ava's pouch ready at the
office at 12:45 and check it back in when she returns.

Have a great week,
%s

On %s, Danielle Castellano <dcastellano@brightpost.com> wrote:
%s
""" % (SIG_TAMSIN, hdr_date(d0), quote(orig)), dt(7, 9, 8, 41), cc=HC)

emit("phi", "care", "Mateo Ruiz; Hazel Moreau", DENISE, MARISOL, "overnight - Mateo Ruiz + misc",
     """M -- quiet night mostly.

Mateo R. (Cabin 4) stayed in the HC again, 2nd night. Checked him at 12, 2
and 4. Took water + crackers at 2 and kept it down. Up at 6:15 asking for his
counselor. Told Luis he can walk him to breakfast but bring him back by 8:30 so
you can see him before rounds. Mom (Gabriela) wants a call after your morning
rounds, her cell is on the card in the top tray.

Hazel Moreau (Cab 9) came by at 10:40 for her bedtime dose -- she forgot at 9.
Gave it, logged it. Maybe remind her counselor?

Cot 2 sheets in the wash. We're down to 1 box of the small gloves.

D
""", dt(7, 10, 6, 48))

emit("phi", "care", "Ella Whitford", MARISOL, "Karen Whitford <kwhitford@lakeviewmail.net>",
     "Ella's morning medication - supply running low", """Hi Karen,

Quick note from the Health Center. Ella (Cabin 6) has 4 of her morning tablets
left, so her supply will run out on Sunday 7/21. Could you either:

  1) mail a new bottle in the original pharmacy-labeled container to
     Camp Tall Pines, Attn: Health Center, 1140 Loon Lake Road,
     Granby Hollow, VT 05999, or
  2) call in a refill to Millbrook Pharmacy (802-555-0190). They deliver to
     camp on Tuesdays and Fridays.

Either is fine, just let me know which so I can watch for it.

She's doing great, by the way -- she passed her swim check and got moved up to
the deep-water group yesterday. She was very proud.

Warmly,
%s

%s
""" % (SIG_MARISOL, CAMP_DISC), dt(7, 17, 13, 5),
     html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Karen,</p>
<p>Quick note from the Health Center. Ella (Cabin 6) has <b>4</b> of her morning tablets left, so her
supply will run out on <b>Sunday 7/21</b>. Could you either:</p>
<ol><li>mail a new bottle in the original pharmacy-labeled container to Camp Tall Pines, Attn: Health Center,
1140 Loon Lake Road, Granby Hollow, VT 05999, or</li>
<li>call in a refill to Millbrook Pharmacy (802-555-0190). They deliver to camp on Tuesdays and Fridays.</li></ol>
<p>Either is fine, just let me know which so I can watch for it.</p>
<p>She's doing great, by the way -- she passed her swim check and got moved up to the deep-water group yesterday.
She was very proud.</p>
<p>Warmly,<br>Marisol Ortega, RN<br>Health Center Director | Camp Tall Pines<br>Health Center 802-555-0100 x4 | Fax 802-555-0109</p>
<p style="font-size:10px;color:#777">CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of
the intended recipient(s) and may contain confidential information.</p>
</body></html>""")

emit("phi", "care", "Jaylen Harris", KRISTIN, MIKE, "Jaylen - plan for this week", """Mike,

Plan for Jaylen Harris this week:

Mon/Tue - jog, passing and shooting drills only. No scrimmage, no 1v1.
Wed     - I'll watch him cut and sprint before practice. If he looks good...
Thu     - full practice
Sat     - game, if Thu goes fine

He needs to be taped before every session, he knows to come find me at the
trainer's tent 20 min early. Ice 15 min after, bags are in the blue cooler.

Talked to his dad at pickup Friday, he's on board with the plan.

K

%s
""" % SIG_KRISTIN, dt(7, 14, 19, 30))

emit("phi", "care", "Sophie Tran", JORDAN, [BECCA, MARISOL], "Sophie T. - Cabin 2", """Becca, Marisol --

Sophie Tran (Cabin 2, age 9) has had a rough couple of nights. Tearful at
lights out both nights, asking to go home, and she's skipped second helpings at
dinner which her counselors say is not like her. During the day she's mostly
fine -- loved arts & crafts and the lake.

What we've done so far:
- moved her to the bunk next to Kayla's
- Kayla is doing a 5-min check-in with her after rest hour
- her dad (Minh) is set up for a phone call tomorrow at 7pm in the office. I
  told him per our usual approach we'll keep it ~10 min and upbeat.

Marisol, could you see her at morning meds? She says her tummy hurts "every
night around 9". Probably related but I'd rather you lay eyes on her.

Thanks,
Jordan

Jordan Pike
Head Counselor, Camp Tall Pines
""", dt(7, 11, 22, 18))

d1 = dt(7, 19, 21, 4, tz=CDT)
orig = """Hi,

This is Chris Aldana, Owen's dad (Cabin 8). We got our phone call with him
tonight and honestly he sounded off. Quiet, said he was tired and didn't feel
like eating. That's not Owen. His mom is pretty worried. Is it possible for
someone from the health center to check on him tomorrow? We don't want to make
a big deal in front of the other boys.

Thank you,
Chris
312-555-0177"""
emit("phi", "care", "Owen Aldana", MARISOL, "Chris Aldana <chris.aldana@northmail.net>",
     "Re: Owen - phone call tonight", """Hi Chris,

I saw Owen this morning at breakfast and then again privately at the Health
Center. Temperature was normal, he ate about half a pancake and some fruit,
and he told me he stayed up late "talking" with his bunkmates the last two
nights, which I think explains a lot of the tiredness.

Plan for today: he's going to rest at the Health Center during the afternoon
hike instead of going along, and I'll see him again before dinner. His
counselor Theo knows to keep an eye on how much he eats. I'll email you
tonight either way.

Best,
Marisol

%s

On %s, Chris Aldana <chris.aldana@northmail.net> wrote:
%s
""" % (SIG_MARISOL, hdr_date(d1), quote(orig)), dt(7, 20, 10, 22), cc=THEO)

emit("phi", "care", "Marcus Bell", BECCA, [WALT, MARISOL], "Session 2 arrival - Marcus Bell (Cabin 14)", """Walt, Marisol,

Marcus Bell arrives with session 2 on Sunday 7/14. A few things to have in
place before then:

Walt
- portable ramp on the Cabin 14 porch (the aluminum one from storage, not
  the wooden one)
- shower chair in the Cabin 14 bathhouse stall nearest the door
- a golf cart on standby at meal times; his counselor will drive him if
  it rains

Marisol
- his mom is shipping a box of his supplies ahead, labeled "MB / Health
  Center", should land around 7/12. Please have it go straight into the HC
  storage room, not the mail room.
- she'd like a quick call with you on Sunday afternoon after drop-off to go
  over his routine. She mentioned he usually needs help with the evening
  routine around 8:30.

I'll walk the site with Marcus and his mom at drop-off.

Thanks all,
Becca

Rebecca Lindholm
Camp Director | Camp Tall Pines
802-555-0100 x2
""", dt(7, 8, 11, 55))

# =====================================================================
# PHI / ids
# =====================================================================
emit("phi", "ids", "", "Summit Mutual Claims <claims@summitmutualsports.com>", SHARON,
     "Claim SMA-24-0187734 - additional documentation required", """RE: Claim No. SMA-24-0187734
    Policyholder: Riverbend Youth Athletic League
    Policy No. YSA-55120-24 (Excess Participant Accident)
    Date of Loss: 06/15/2024
    Claimant DOB: 03/08/2012

Dear Ms. Beck,

We are reviewing the above claim for a participant injured during the
Riverbend U12 tournament. In order to continue processing we require:

  1. Completed Coach/Supervisor Incident Report (Form SM-11)
  2. Itemized bill(s) from the treating facility (UB-04 or CMS-1500)
  3. Explanation of Benefits from the claimant's primary carrier showing the
     primary's determination, or a letter stating no other coverage exists

If we do not receive these items within 45 days of this notice the file will
be closed without payment and may be reopened upon receipt.

Please reference the claim number on all correspondence. Documents may be
uploaded at the policyholder portal or faxed to 877-555-0119.

Sincerely,

Oriana Delvecchio
Claims Examiner, Sports Accident Unit
Summit Mutual Sports Accident Insurance Co.
Direct 877-555-0114 | Fax 877-555-0119

This communication is intended for the addressee only and may contain
information that is privileged or confidential.
""", dt(7, 2, 10, 3, tz=CDT))

emit("phi", "ids", "", REG, "Brian Doyle <bdoyle@copperfieldmail.com>",
     "Camper #24-0317 - health form incomplete", """Hello Mr. Doyle,

Our records for camper ID 24-0317 (Session 2, arriving Sunday 7/7) show the
health form is not yet complete:

  - Page 3 physician signature and date: missing
  - Immunizations: dates for the second MMR and the Tdap booster are blank
  - Physical exam date must be within 12 months of arrival

Please upload the completed pages through the parent portal or fax them to
802-555-0108 before Wednesday 7/3. Campers cannot be checked in at the Health
Center without a complete form.

Thank you,
%s
""" % SIG_TAMSIN, dt(6, 27, 14, 20))

emit("phi", "ids", "", "Nicole Varga <nvarga@pinecrestmail.com>", SHARON,
     "secondary claim info", """Hi Sharon,

Here's what you asked for on the phone for the secondary claim:

Primary ins: Green Mountain Health Plan
Member ID: XJH448201937   Group 00781
Subscriber: me, DOB 09/14/1980
Dependent (my son) DOB 04/11/2012
ER visit 7/9 at Riverbend Memorial, hospital acct # RM-7731902

The EOB says they paid $612 and applied the rest to our deductible so we owe
$940. Let me know if you need the actual paper copy and I'll drop it at the
field Saturday.

Thanks!
Nicole

%s
""" % MOBILE[0], dt(7, 24, 21, 47))

emit("phi", "ids", "", "Tasha M <tashamoreland@riverstonemail.net>", HC,
     "PT visits while at camp", """Hi nurse,

My daughter is in Cabin 8 this session. Her physical therapist at home said
she should keep doing 2 visits a week and gave us the name of the PT place in
Granby Hollow. Her Medicaid ID is 009471228 (VT). Can the clinic bill Medicaid
directly or do I have to pay and get reimbursed? Also can camp take her there
Tues and Fri? I can send the referral.

Thank you
Tasha
""", dt(7, 15, 12, 9))

emit("phi", "ids", "", "Lakeside Urgent Care Records <records@lakesideurgentcare.net>", HC,
     "RE: Case 55-20931 / visit 07/14/2024 - consent needed", """Camp Tall Pines Health Center,

Our records show the minor seen at our Granby Hollow location on 07/14/2024
at 16:40 was accompanied by camp staff, and a signed guardian consent to treat
is not on file.

  Case #:    55-20931
  Acct #:    100928811
  DOB:       11/30/2013

Please fax the signed guardian consent form (or your camp's medical
authorization signed by the parent/guardian) to 802-555-0166, referencing the
case number above, within 10 business days so we can finalize billing to the
family's insurance.

Thank you,
Medical Records Dept.
Lakeside Urgent Care | 802-555-0160

*** This email was sent from an unmonitored mailbox. ***
""", dt(7, 16, 9, 2))

emit("phi", "ids", "", KRISTIN, SHARON, "baseline for RYAL-U14-0932?", """Sharon - do we have a preseason baseline on file for player reg # RYAL-U14-0932?
The post-injury test is set for 8/2 and I need the baseline to compare.
It should have been done at the May physicals night. If it's not in the
shared drive can you check the paper binder?

thx
K

%s
""" % MOBILE[2], dt(7, 30, 17, 11))

emit("phi", "ids", "", "Millbrook Pharmacy <rx@millbrookrx.com>", HC,
     "Delivery confirmation - Rx 6120448", """Millbrook Pharmacy - Delivery Notice

Rx #:        6120448
Patient DOB: 02/19/2011
Qty:         30
Refills remaining: 2
Delivery:    Friday 07/19, afternoon route (Camp Tall Pines - Health Center)
Copay:       $10.00 billed to guardian account ending 4471

Reply to this email or call 802-555-0190 with questions. Please have a staff
member available to sign for controlled medications.

Millbrook Pharmacy, 12 Main St, Granby Hollow VT 05999
""", dt(7, 18, 15, 31))

emit("phi", "ids", "", TAMSIN, "Summit Mutual Claims <claims@summitmutualsports.com>",
     "Fwd: claim form - policy YSA-55120-24, DOI 7/2", """Hi Oriana,

Forwarding the completed claim form for the 7/2 injury at the U14 softball
game (Field 3, Hartwell Park). The incident report is attached on the league
side, Sharon is sending that separately.

Note: the guardian wrote the player's Social Security number in the "Insured
ID" box (531-47-8820) instead of the league participant number. Please let me
know if you need the participant # instead (it's RYAL-U14-1107) and I'll get
a corrected form.

Thanks,
Tamsin

-----Original Message-----
From: Sharon Beck <sbeck@rbyal.org>
Sent: Monday, July 15, 2024 4:02 PM
To: Tamsin Hale <thale@tallpinescamp.org>
Subject: claim form - policy YSA-55120-24, DOI 7/2

T - parent dropped this off at your office by mistake. Can you fwd to Summit?
Policy # is YSA-55120-24.  Thx - S
""", dt(7, 16, 9, 47), cc=SHARON)

# =====================================================================
# PHI / lang
# =====================================================================
d2 = dt(7, 6, 19, 40)
orig = """Buenas tardes, enfermera Ortega:

Le escribo porque mi hijo Diego Salas (cabaña 5, sesión 2) toma
metilfenidato de 18 mg todas las mañanas con el desayuno. Se lo mandé en el
frasco original de la farmacia, pero se me olvidó poner el inhalador de
rescate (albuterol) en la maleta. Mañana se lo llevo a la oficina antes de las
10. ¿Me puede confirmar si él lo tiene que cargar en la mochila o si lo guardan
ustedes en la enfermería? El año pasado le dio un ataque de asma en la
caminata y me quedé muy preocupada.

También le aviso que a veces no quiere almorzar por la medicina. Si pueden
fijarse que coma algo en la merienda se los agradecería mucho.

Muchas gracias,
Verónica Salas
Cel. 802-555-0123"""
emit("phi", "lang", "Diego Salas", MARISOL, "Verónica Salas <vero.salas@correoverde.net>",
     "Re: Medicamentos de Diego Salas - cabaña 5", """Hola Sra. Salas,

Gracias por avisar. Sí, tráigalo a la oficina mañana; lo recibo yo. Diego
puede llevar el inhalador en la mochila durante las caminatas y actividades en
el lago, y el resto del tiempo lo guardamos en la enfermería. Ya le dije a su
consejero lo de la merienda.

Saludos,
Marisol

%s

El %s, Verónica Salas <vero.salas@correoverde.net> escribió:
%s
""" % (SIG_MARISOL, d2.strftime("%d/%m/%Y %H:%M"), quote(orig)), dt(7, 6, 21, 2))

emit("phi", "lang", "Nguyễn Bảo Ngọc (Ruby Nguyen)", "Nguyen Thi Lan <lan.nguyen82@saigonpost.net>", HC,
     "Nhờ y tá để ý giúp cháu Ruby Nguyễn - Cabin 10", """Kính gửi phòng y tế trại Tall Pines,

Tôi là mẹ của cháu Ruby Nguyễn (Nguyễn Bảo Ngọc), cabin 10, khóa 2. Hôm qua
cháu gọi điện về khóc rất nhiều, nói là nhớ nhà và bị đau bụng mỗi tối, không
ngủ được. Ở nhà cháu cũng hay bị như vậy mỗi khi lo lắng. Bác sĩ nhi khoa của
cháu có dặn nếu cháu đau bụng thì cho uống một ít nước ấm và cho nằm nghỉ,
không cần uống thuốc.

Nhờ cô y tá để ý giúp cháu, và nếu cháu vẫn không ăn được thì xin gọi cho tôi
ở số 802-555-0178 (sau 5 giờ chiều, vì ban ngày tôi đi làm).

Cảm ơn cô rất nhiều.
Nguyễn Thị Lan
""", dt(7, 16, 22, 31))

emit("phi", "lang", "Kevin Zhou (周子轩)", "李敏 <limin.zhou@jadepost.com>", HC,
     "周子轩 (Kevin Zhou) 过敏及EpiPen - 第三期 Cabin 11", """护士您好，

我是Kevin Zhou（周子轩）的妈妈，他这周日开始参加第三期营（Cabin 11）。
他对花生和腰果严重过敏，去年在学校发生过一次严重过敏反应，当时用了肾上腺素笔，
后来在急诊观察了四个小时。

报到那天我会交两支EpiPen Jr.（有效期到2025年3月）：一支请放在医务室，另一支希望
能让辅导员随身带着，尤其是外出活动、划船和吃饭的时候。他自己也知道怎么用，但是
才十岁，还是有点担心。

请问食堂能不能提供不含坚果的餐点？如果需要医生签字的过敏行动计划表，我可以再发一份。

谢谢您！
周太太（李敏）
电话：802-555-0139
""", dt(7, 17, 8, 15))

emit("phi", "lang", "Артём Волков", "Ирина Волкова <i.volkova@ramblermail.net>", KRISTIN,
     "Артём Волков - справка от невролога", """Здравствуйте, Кристин!

Пишу по поводу моего сына Артёма Волкова (U14, команда Riverbend Rapids).
Невролог осмотрел его вчера, 29 июля, после удара головой на игре 20-го.
Головные боли прошли примерно неделю назад, спит нормально, в школе летнего
лагеря жалоб нет. Врач разрешил начать поэтапное возвращение к тренировкам,
справку прикрепляю (фото).

Скажите, пожалуйста, с какого этапа он начинает и когда можно будет играть в
матче? Тренер Майк сказал, что нужно именно ваше разрешение.

Спасибо большое,
Ирина Волкова
+1 802 555 0152

Отправлено с iPhone
""", dt(7, 30, 20, 26), atts=[("spravka_nevrolog.png", blank_scan(), "image", "png")])

emit("phi", "lang", "Wesley Jean-Baptiste", "Marie-Claude Jean-Baptiste <mcjeanbaptiste@lakoumail.net>", HC,
     "Wesley Jean-Baptiste kabin 7 - ponp pou opresyon", """Bonjou Mis Ortega,

Se manman Wesley Jean-Baptiste mwen ye, li nan kabin 7 sesyon 2. Wesley gen
opresyon (asm), li dwe pran ponp li (albuterol) 2 pif anvan li fè espò oswa
anvan li naje. Mwen mete ponp lan nan valiz li ak papye doktè a ki di kijan
pou l pran l.

Tanpri, èske ou ka asire w li pote l avè l lè y ap fè ekskisyon nan mòn nan?
Si li kòmanse touse anpil lannwit, rele m nenpòt lè: 802-555-0114. Papa l
ap vin chèche l samdi 20 jiyè.

Mèsi anpil, Bondye beni nou.
Marie-Claude Jean-Baptiste
""", dt(7, 13, 18, 3))

emit("phi", "lang", "Bea Santos", "Liza Santos <lizasantos77@islandpost.net>", ANGELA,
     "Bea Santos #12 - daliri", """Hi Coach Angela,

Magandang gabi po. Ako po ang nanay ni Bea Santos (#12, U14 softball).
Nagpa-X-ray po kami kanina sa Lakeside Urgent Care dahil sa daliri niya na
natamaan ng bola noong Sabado sa game vs Hartwell. Sabi po ng doktor, may
maliit na bali (hairline fracture) sa kanang hinliliit, kailangan po ng splint
ng 3 linggo, tapos babalik kami for another X-ray.

Hindi po muna siya makakapaglaro, pero gusto pa rin niyang sumama sa practice
para manood at tumulong. Okay lang po ba? Ipapadala ko rin po yung sulat ng
doktor para sa insurance claim ng liga, kay Ms. Sharon po ba?

Salamat po,
Liza Santos
802-555-0183
""", dt(7, 8, 21, 14), cc=KRISTIN)

emit("phi", "lang", "Lucas Ferreira", "Rafael Ferreira <rafa.ferreira@mailcasa.net>", SHARON,
     "Seguro de acidente - Lucas Ferreira (sub-12)", """Olá, Sra. Beck,

Sou o pai do Lucas Ferreira, jogador do time sub-12 de futebol (técnico Mike).
O Lucas torceu o tornozelo no jogo do dia 15 de junho e foi atendido no
pronto-socorro do Riverbend Memorial, depois fez uma consulta com o ortopedista
na Northway no dia 18, onde colocaram uma bota imobilizadora.

Recebi hoje a conta do hospital (US$ 1.284,00) e o nosso plano de saúde só
cobriu uma parte. O técnico disse que a liga tem um seguro de acidentes
secundário. Poderia me mandar o formulário de sinistro? Já tenho o relatório do
técnico e a explicação de benefícios (EOB) do nosso plano.

Data de nascimento do Lucas: 08/03/2012.

Obrigado,
Rafael Ferreira
(802) 555-0186
""", dt(6, 28, 19, 52))

emit("phi", "lang", "박서준", "김지현 <jihyun.kim@hanbitmail.net>", HC,
     "3기 박서준(Cabin 1) 복용약 문의", """안녕하세요, 보건실 선생님.

3기 캠프에 참가하는 박서준(Cabin 1) 엄마입니다. 서준이가 매일 아침 먹는
ADHD 약(콘서타 27mg)과 알레르기 약(세티리진 10mg)을 체크인 날 직접 가져가려고
합니다. 약국 라벨이 붙은 원래 병 그대로 가져가야 하는지, 아니면 일주일치씩
나눠 담아 가도 되는지 궁금합니다.

그리고 서준이가 벌에 쏘이면 많이 붓는 편이라 소아과에 에피펜이 필요한지
물어봤는데, 지금은 필요 없다고 하셨어요. 참고로 알려드립니다.
혹시 약 시간 때문에 전화가 필요하시면 802-555-0161로 연락 주세요.

감사합니다.
김지현 드림
""", dt(7, 18, 23, 7))

# =====================================================================
# PHI / lists
# =====================================================================
emit("phi", "lists", "Ava Castellano; Mateo Ruiz; Ella Whitford; Hazel Moreau; Kevin Zhou; Noah Brennan; Diego Salas; Wesley Jean-Baptiste",
     MARISOL, [JORDAN, "Counselors - Session 2 <counselors-s2@tallpinescamp.org>"],
     "Med pass times - wk of 7/15 (please post in cabins)", """All -- updated med pass list for this week. Please make sure your campers show up at
the HC window at these times. If they're on a trip, come see me the day before.

CABIN  CAMPER               MED / ITEM                  TIME     NOTES
-----  -------------------  --------------------------  -------  ---------------------------
 3     Ava Castellano       cetirizine 10 mg            8:00a    w/ breakfast
 4     Mateo Ruiz           --                          --       HC check-in after lunch
 5     Diego Salas          methylphenidate ER 18 mg    7:45a    + albuterol inh (carries)
 6     Ella Whitford        levothyroxine 50 mcg        7:15a    empty stomach, BEFORE brkfst
 7     Wesley Jean-Baptiste albuterol inh 2 puffs       pre-swim carries on trips
 9     Hazel Moreau         melatonin 3 mg              9:00p    keeps forgetting - remind pls
11     Kevin Zhou           EpiPen Jr x2                all day  1 w/ counselor, 1 in HC
12     Noah Brennan         ibuprofen 200 mg PRN        --       sore after ortho 7/11

Thanks!
Marisol
""", dt(7, 14, 21, 20))

allergy_rows = [
    ["last", "first", "cabin", "dob", "allergy", "reaction_hx", "epinephrine", "epi_location", "table"],
    ["Zhou", "Kevin", "11", "2014-01-22", "peanut; cashew", "anaphylaxis 2023", "Y", "counselor pack + HC", "4"],
    ["Whitfield", "Grace", "9", "2012-06-30", "peanut", "hives, throat tightness", "Y", "self-carry + HC", "4"],
    ["Castellano", "Ava", "3", "2013-09-12", "tree nuts", "hives", "Y", "HC", "4"],
    ["Lindqvist", "Anders", "12", "2012-02-14", "shellfish", "vomiting", "N", "", "7"],
    ["Okafor", "Tobi", "13", "2011-11-03", "sesame", "lip swelling", "Y", "HC", "4"],
    ["Marsh", "Isabella", "2", "2015-04-27", "dairy (intolerance)", "GI upset", "N", "", "2"],
    ["Raman", "Priya", "staff", "", "none", "", "N", "", "staff"],
    ["Delacroix", "Imani", "10", "2012-10-02", "egg", "hives", "Y", "HC", "5"],
    ["Pruitt-Hayes", "Jonah", "14", "2013-03-19", "bee stings", "large local rxn", "Y", "self-carry", "6"],
    ["Bell", "Marcus", "14", "2012-12-08", "latex", "contact rash", "N", "see HC binder", "6"],
]
emit("phi", "lists", "Kevin Zhou; Grace Whitfield; Ava Castellano; Anders Lindqvist; Tobi Okafor; Isabella Marsh; Imani Delacroix; Jonah Pruitt-Hayes; Marcus Bell",
     MARISOL, KITCHEN, "updated allergy/epi list for dining hall binder", """Bernie,

Attached is the updated allergy list for session 2 for the dining hall binder.
Please print it and replace the copy on the servery wall (the one there now is
from June). Anyone with "Y" in the epinephrine column has an auto-injector --
table 4 is still the nut-free table.

Two adds this week: Delacroix and Pruitt-Hayes.

Thanks,
Marisol
""", dt(7, 13, 16, 40), cc=JORDAN,
     atts=[("S2_allergy_epi_list_0713.csv", csv_text(allergy_rows), "text", "csv")])

emit("phi", "lists", "Jaylen Harris; Sam Whitcombe; Ruby Alcott; Mike Delgado; Tyrell Gaines; Annika Forsberg; Chidi Okonkwo",
     KRISTIN, [DARNELL, SHARON], "Sat 7/20 tournament - injury log", """Darnell, Sharon -- log from Saturday. Incident reports for the two transports are in
the shared drive. Parents were notified for all of these before they left the
complex.

| Time  | Fld | Player          | Team        | What happened                     | Action                      | Parent |
|-------|-----|-----------------|-------------|-----------------------------------|-----------------------------|--------|
| 08:52 | 2   | Jaylen Harris   | U12 Rapids  | L ankle, rolled on landing        | taped, returned to play     | dad on site |
| 09:40 | 4   | Sam Whitcombe   | U10 Otters  | bloody nose, collision            | pressure, RTP after 15 min  | yes |
| 10:15 | 1   | Ruby Alcott     | U14 Comets  | head-to-head, dizzy, HA           | removed, SCAT5, no RTP      | mom took to UC |
| 11:30 | 2   | Mike Delgado    | U12 Rapids  | R ankle again, couldn't bear wt   | splint, ice, ref to ortho   | yes |
| 12:05 | 3   | Tyrell Gaines   | U14 Comets  | heat cramps, calves               | shade, fluids, electrolytes | yes |
| 13:20 | 4   | Annika Forsberg | U10 Otters  | bee sting R forearm, no sx        | ice, observed 30 min        | yes |
| 14:48 | 1   | Chidi Okonkwo   | U14 Hawks   | FOOSH R wrist, swelling           | splint, EMS declined, x-ray | dad drove to Northway |

Totals: 7 evaluated, 1 removed w/ suspected concussion, 2 referred out.

%s
""" % SIG_KRISTIN, dt(7, 21, 9, 5))

rtp = [
    ["Player", "DOB", "Team", "Date of injury", "Mechanism", "Symptom-free since", "Stage (1-6)", "Physician clearance", "Notes"],
    ["Volkov, Artem", "2010-05-11", "U14 Rapids", "2024-07-20", "header collision", "2024-07-23", 2, "Dr. Patel 7/29 (letter rec'd)", "light aerobic only"],
    ["Alcott, Ruby", "2010-09-04", "U14 Comets", "2024-07-20", "head-to-head", "", 1, "", "still HA per mom 7/24"],
    ["Washington, Andre 'Dre'", "2010-01-17", "U14 Hawks", "2024-07-06", "fall, head to turf", "2024-07-12", 6, "Dr. Patel 7/30", "CLEARED full play"],
    ["Brooks, Emmett", "2012-03-28", "U12 Otters", "2024-06-29", "ball to head", "2024-07-02", 5, "Dr. Lin (peds) 7/15", "full contact practice 7/25"],
    ["Kessler, Ben", "2013-08-09", "camp - Cabin 12", "2024-07-14", "fell from top bunk", "", 1, "camp MD rounds 7/18", "camp, not league - FYI only"],
]
emit("phi", "lists", "Artem Volkov; Ruby Alcott; Andre Washington; Emmett Brooks; Ben Kessler", KRISTIN, DARNELL,
     "RTP tracker - updated 7/31", """Updated tracker attached. Dre is done, Artem started stage 2 today.
Ruby's mom still says headaches so she stays at 1.

K
""", dt(7, 31, 18, 2), atts=[("RTP_tracker_2024-07-31.xlsx",
                                xlsx(rtp, "RTP"), "application",
                                "vnd.openxmlformats-officedocument.spreadsheetml.sheet")])

emit("phi", "lists", "Cole Abernathy; Imani Delacroix; Finn Castellanos-Reed; Harper Quist; Mohamed Abdi; Lucy Tanaka-Ross",
     TAMSIN, MARISOL, "Outstanding health forms - Session 3 (arrives 7/21)", """Marisol,

These six still have problems with their health forms as of this morning. I've
emailed/called all of the families at least once. Could you look at the ones
marked (*) -- I'm not sure if what they sent is acceptable.

Abernathy, Cole - 05/17/2013 - immunization record missing Tdap
Delacroix, Imani - 10/02/2012 - physician signature missing; physical dated 5/3/2023 (>12 mo)
Castellanos-Reed, Finn - 01/29/2014 - med authorization for guanfacine not signed by parent
Quist, Harper - 07/07/2011 - (*) religious exemption letter for vaccines, not on our form
Abdi, Mohamed - 12/12/2012 - (*) allergy action plan in Somali only, no English copy
Tanaka-Ross, Lucy - 03/03/2014 - insurance card front only, need back

Thanks --
T

%s
""" % SIG_TAMSIN, dt(7, 16, 10, 26))

trip = "\n".join("\t".join(r) for r in [
    ["Camper", "Cabin", "DOB", "Meds to pack", "Dose/time", "Allergy", "Notes"],
    ["Okafor, Tobi", "13", "11/03/2011", "EpiPen x2", "PRN", "sesame", "stitches out 7/19, hand ok to paddle?"],
    ["Pruitt-Hayes, Jonah", "14", "03/19/2013", "EpiPen x2", "PRN", "bee stings", ""],
    ["Lindqvist, Anders", "12", "02/14/2012", "Focalin XR 10mg", "7:30a", "shellfish", "controlled - sign out sheet"],
    ["Raymond, Caleb", "5", "06/21/2013", "", "", "", "homesick first week, doing better"],
    ["Ng, Oliver", "12", "10/10/2012", "albuterol inh", "PRN", "", "carries"],
    ["Sutter, Mia", "13", "04/02/2011", "sertraline 25mg", "8:00p", "", ""],
])
emit("phi", "lists", "Tobi Okafor; Jonah Pruitt-Hayes; Anders Lindqvist; Caleb Raymond; Oliver Ng; Mia Sutter",
     LUIS, MARISOL, "canoe trip 7/24-7/26 roster + meds", """Hi Marisol, here's the roster for the overnight canoe trip, pasted from the trip
sheet. Can you pack the meds bag by Tues night? We leave Wed 7am from the
waterfront.

%s

Theo and I are the leaders, both have WFR. Radio check-in 7pm each night.

Luis
""" % trip, dt(7, 22, 14, 58), cc=THEO)

emit("phi", "lists", "Lucas Ferreira; Bea Santos; Jaylen Harris; Chidi Okonkwo; Pete Kowal", SHARON,
     "Summit Mutual Claims <claims@summitmutualsports.com>",
     "RYAL - July claim submissions, policy YSA-55120-24", """Hi Oriana,

Below are the claims we submitted in July under YSA-55120-24, with what we have
sent so far. Could you confirm which are complete on your end?

- Lucas Ferreira / DOB 03/08/2012 / DOI 6/15 / L ankle sprain / ER Riverbend Memorial + Northway / SMA-24-0187734 / EOB sent 7/19
- Bea Santos / DOB 05/21/2010 / DOI 7/6 / R pinky fx / Lakeside UC / SMA-24-0190211 / MD note + bill sent, EOB pending
- Jaylen Harris / DOB 11/30/2011 / DOI 7/13 / L ankle / AT only, no bill yet / notice only
- Chidi Okonkwo / DOB 05/04/2011 / DOI 7/20 / R wrist sprain, xray neg / Northway / SMA-24-0192046 / all docs sent 7/26
- Pete Kowal (volunteer coach, AD&D/volunteer rider) / DOI 6/29 / calf strain / Northway PT / SMA-24-0188902 / PT notes sent

Thank you!
%s

%s
""" % (SIG_SHARON, LEAGUE_DISC), dt(7, 31, 11, 44))

# =====================================================================
# PHI / names
# =====================================================================
d3 = dt(7, 16, 20, 51)
orig = """Kristin -- Big Mike (Mike Delgado, the tall kid at center back -- we call him
Big Mike so nobody confuses him with me lol) went down on the same ankle at
tonight's game vs Hartwell. Walked off on his own but was limping pretty
good by the end. Had him ice on the bench for the second half. You taped it
for him last week. Should he see someone or just rest it? Dad asked me and I
didn't know what to tell him.

Coach Mike"""
emit("phi", "names", "Mike Delgado", KRISTIN, MIKE, "Re: big mike", """Mike -- second time in two weeks on the same side, so yes, I'd like him seen.
Tell his dad Northway does sports walk-in hours Thursday 4-7, no referral
needed. Until then no running, crutches if it hurts to walk. I'll look at him
before practice Wed and decide about Saturday.

K

On %s, Mike Sorensen <coach.sorensen@rbyal.org> wrote:
%s
""" % (hdr_date(d3), quote(orig)), dt(7, 16, 22, 3))

d4 = dt(7, 16, 21, 40)
orig = """hey marisol - the kid in my cabin who fell off the top bunk sunday says his head
still hurts when the lights come on in the morning and he skipped swim today
bc he "didnt feel like it". eating ok. should i bring him by?
- kayla"""
emit("phi", "names", "Ben Kessler", MARISOL, KAYLA, "Re: Ben Kessler", """Yes, bring him by after breakfast. I spoke with his mom this afternoon -- she
wants him seen by Dr. Whitcomb on Thursday rounds, so I've put him on the list.
Until then: no swim, no climbing wall, quiet activities, lights out on time.
Come get me right away if he vomits, gets confused or is hard to wake.

M

On %s, Kayla Mensah <kmensah@tallpinescamp.org> wrote:
%s
""" % (hdr_date(d4), quote(orig)), dt(7, 16, 22, 15))

emit("phi", "names", "Grace Whitfield", BECCA, [KAYLA, "Pat Oduya <poduya@tallpinescamp.org>"],
     "cabin change tonight", """Kayla, Pat,

Whitfield, Grace is moving from Cabin 8 to Cabin 9 effective tonight after
dinner (family request, nothing behavioral). Kayla, you've done the
auto-injector training so you're all set -- her peanut allergy means she sits
at table 4 at every meal and her EpiPen moves with her. Marisol will hand you
the pouch at the HC window before dinner; the one she self-carries stays in her
daypack.

Pat, please help her carry her trunk over during rest hour.

Becca
""", dt(7, 18, 15, 2))

d5a = dt(7, 15, 9, 12)
d5b = dt(7, 15, 8, 30)
emit("phi", "names", "Tobi Okafor", WALT, BECCA, "RE: HC deep clean + Friday schedule", """Becca,

Friday works for us. We'll do the Health Center deep clean between 1 and 3
while the nurses are at the waterfront, and swap the cot mattresses then too.
Gary says he can still do the town run at 10, he'll be back by noon.

Walt

-----Original Message-----
From: Rebecca Lindholm <rlindholm@tallpinescamp.org>
Sent: %s
To: Walt Henning <whenning@tallpinescamp.org>
Cc: Gary Voss <gvoss@tallpinescamp.org>
Subject: FW: HC deep clean + Friday schedule

Walt, can your crew do the HC on Friday? See Marisol's note below re: timing.
Gary -- note the ride.

-----Original Message-----
From: Marisol Ortega <mortega@tallpinescamp.org>
Sent: %s
To: Rebecca Lindholm <rlindholm@tallpinescamp.org>
Subject: HC deep clean + Friday schedule

Becca, Friday 1-3 is best for the cleaning, Denise and I will be at the
waterfront for the swim checks then.

Also FYI Mrs. Okafor called -- Tobi's stitches come out Friday at Lakeside
UC, she's asked that we take him rather than her driving up from Hartford.
Can Gary do a 10:00 ride? He needs to keep the hand dry until then so he's
still off swim, and he'll need a note for the canoe trip leaders.

Thanks,
Marisol
""" % (outlook_date(d5a), outlook_date(d5b)), dt(7, 15, 11, 40), cc=GARY)

emit("phi", "names", "Isabella Marsh", KAYLA, [JORDAN, MARISOL], "Bug", """Hi both,

Bug (Isabella Marsh, my youngest in Cabin 2) had another wet night, that's 3 of
the last 4. I handled it quietly -- swapped her sheets during flag raising so
nobody saw, and the bag is with the laundry. Her mom mentioned on the form
that she sometimes has accidents when she's away from home so I think this is
that.

Could I get one of the waterproof mattress covers from the HC and keep a
small stash of the overnight pull-ups in my trunk so she doesn't have to walk
to the HC in front of everyone? Also she's been limiting what she drinks
after lunch, which I don't love with this heat.

Kayla
""", dt(7, 18, 7, 58))

emit("phi", "names", "Anders Lindqvist", TAMSIN, MARISOL, "Mrs. Lindqvist called (again)", """Marisol,

Mrs. Lindqvist called the office again this morning about her son's ADHD
meds. She says Anders told her he got his afternoon dose late twice this week
(once "not until dinner") and that he's been having trouble at rest hour
because of it. She was upset but polite. She'd like you to call her back
today, 617-555-0140, she's free after 2.

She also asked whether his Focalin can be given by the counselor on the
climbing trip Thursday. I said I'd ask you.

Tamsin
""", dt(7, 17, 10, 14))

emit("phi", "names", "Caleb; Ravi", THEO, JORDAN, "cabin 5 notes - day 3", """Jordan,

Cabin 5 day 3:

- Caleb cried at flagpole again this morning, 3rd day in a row. Marisol saw
  him at the HC after breakfast and thinks it's homesickness, nothing else.
  He's eating ok at dinner, less at breakfast. He wrote a letter home during
  rest hour and seemed better after. I'm pairing him with Oliver for
  activities since they both like fishing.
- Ravi's sunburn on his shoulders is peeling, he's using the aloe from the HC
  and wearing a rash guard at the lake now.
- Bunk 3 has a broken slat, put in a ticket with Walt.
- Cabin won inspection!! pizza night claimed for Friday.

Theo
""", dt(7, 17, 21, 48))

emit("phi", "names", "Dre Washington", DARNELL, [ANGELA, KRISTIN], "Dre - cleared", """Angela, Kristin,

Dre Washington is cleared by Dr. Patel at Northway as of yesterday (7/30).
He finished all the steps of the return-to-play progression with Kristin last
week with no symptoms, and the clearance letter is in his file. He can play
Saturday.

Angela -- please ease him back in (he'll want to play the whole game) and pull
him right away if he says anything about headaches or seems off. His mom asked
that he not head the ball in practice for the rest of the summer, which I
think is reasonable.

Darnell

Darnell Price
Athletic Director, Riverbend Youth Athletic League
802-555-0151
""", dt(7, 31, 8, 20), html="""<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Angela, Kristin,</p>
<p><b>Dre Washington</b> is cleared by Dr. Patel at Northway as of yesterday (7/30). He finished all the steps of the
return-to-play progression with Kristin last week with no symptoms, and the clearance letter is in his file.
He can play Saturday.</p>
<p>Angela -- please ease him back in (he'll want to play the whole game) and pull him right away if he says anything
about headaches or seems off. His mom asked that he not head the ball in practice for the rest of the summer,
which I think is reasonable.</p>
<p>Darnell<br><br>Darnell Price<br>Athletic Director, Riverbend Youth Athletic League<br>802-555-0151</p>
</div></body></html>""")

# =====================================================================
# PHI / self
# =====================================================================
emit("phi", "self", "Hannah Lowry", "Hannah Lowry <hannah.lowry@quadmail.net>", HC,
     "forgot something on my staff health form", """Hi!

I'm one of the new counselors (Cabin 10). On my staff health form I forgot to
put that I'm allergic to bee stings -- I had a bad reaction when I was 15 and
I carry my own EpiPen (2-pack, expires 01/2025). Should I leave one of them at
the HC too, or keep both on me?

Also I take sertraline 50 mg every morning. Do I need to check it in with you
or can I keep it locked in my trunk like my other stuff?

Thanks so much, see you at orientation!
Hannah Lowry
""", dt(6, 20, 17, 36))

emit("phi", "self", "Maddie Kowalczyk", "maddie k <maddie.kowalczyk@skipmail.net>", HC,
     "knee", """hey its maddie (CIT, cabin 3). my knee is still kinda swollen from the soccer
thing on monday and it clicks when i go down stairs. can i come by the HC
before lunch? also my mom said i'm supposed to ask about the insurance form
for when i saw the dr at home last week?? idk what form

maddie

%s
""" % MOBILE[0], dt(7, 11, 10, 2))

emit("phi", "self", "Pete Kowal", PETE_ADDR, SHARON, "volunteer coach injury - coverage?", """Sharon,

Pete Kowal here, U10 flag football coach (Otters). I tore my calf in the
coaches vs. parents game on 6/29 -- heard it pop going for the flag. Went to
Northway the next Monday, Dr. Feld said grade 2 gastrocnemius strain and put me
in a boot, then PT twice a week.

My health plan (Trailhead HMO, member #TH0093381204) approved 12 PT visits
and then denied the rest. Northway says I owe $1,140 so far. Does the league's
volunteer accident policy pick any of that up? If so send me whatever form
and I'll fill it out. DOB 10/02/1979 if you need it.

Thanks,
Pete
802-555-0132
""", dt(7, 22, 7, 15))

emit("phi", "self", "Walt Henning", WALT, NADIA, "leave in August - surgery", """Nadia,

Wanted to give you a heads up early. I'm scheduled for rotator cuff repair
on my right shoulder on Aug 20 at Northway (Dr. Feld). He says six weeks no
lifting, so I'll be out through end of September at least, maybe light duty
after that.

Two questions:
1. How do I apply for the short-term disability? I signed up for it in
   January.
2. Does the FSA cover the surgery co-pay ($750) and the sling/ice machine?

Gary can cover grounds in the meantime, I already talked to him.

Walt Henning
Facilities Manager, Camp Tall Pines
802-555-0146
""", dt(7, 25, 14, 32))

emit("phi", "self", "Jake Morrow", "Jake Morrow <jakemorrow.lg@fastwave.net>", NADIA,
     "urgent care bill from dock thing", """Hi Nadia,

So I got a bill in the mail for when I cut my foot on the dock ladder on 7/3
(4 stitches at Lakeside UC, Marisol sent me there). It's $245 and it says my
insurance denied it as a work injury?? Is this supposed to go through workers
comp? I filled out the incident report with Marisol that day.

Account # on the bill is LUC-100931147 if that helps.

Thanks
Jake Morrow (waterfront / lifeguard)
""", dt(7, 29, 23, 12))

emit("phi", "self", "Rosa Alvarado", "rosa alvarado <rosa.alvarado@mailpueblo.net>", NADIA,
     "doctor note", """hi nadia its rosa from kitchen. the doctor say i have to stay off my feet 2 days
because of my back, i attach the note. i can come back thursday for breakfast
shift. i told bernie already. sorry

rosa

%s
""" % MOBILE[1], dt(7, 15, 13, 47),
     atts=[("nota_medico.pdf", pdf([
         "Granby Hollow Family Medicine",
         "44 Church Street, Granby Hollow, VT 05999   Tel 802-555-0171",
         "",
         "Date: 07/15/2024",
         "",
         "RE: Rosa Alvarado    DOB: 04/22/1978",
         "",
         "The above patient was seen in our office today.",
         "Diagnosis: acute lumbar strain.",
         "Please excuse from work 07/15/2024 through 07/17/2024.",
         "May return 07/18/2024 with no lifting over 20 lb for one week.",
         "",
         "Helen Marchetti, PA-C",
     ]), "application", "pdf")])

emit("phi", "self", "Priya Raman", "Priya Raman <priya.raman@mountainlark.net>", [HC, JORDAN],
     "insulin storage + a heads up about my night alarms", """Hi Marisol and Jordan,

I'm the senior counselor in Cabin 15 this summer. I have type 1 diabetes and
I'm on a pump and a CGM -- it's very well controlled and I've done camp for
four summers, but a few practical things:

- I'd like to keep my backup insulin vials (2-3) in the HC fridge. I'll keep
  the one I'm using with me.
- My glucagon kit is in the front pocket of my red backpack, which lives on
  the hook by the cabin door. I'd like the nurses and my co-counselor to know
  that in case I ever can't tell you myself.
- My CGM alarms on my phone at night if I go low. It might wake the campers
  once in a while -- sorry in advance!
- I'll need to keep juice boxes and glucose tabs in the cabin, which I know is
  technically against the no-food rule.

Happy to meet for 10 min at orientation if that's easier.

Thanks!
Priya Raman
Senior Counselor, Cabin 15
""", dt(6, 18, 20, 5))

# =====================================================================
# PHI / struct
# =====================================================================
adt = "\r".join([
    r"MSH|^~\&|LUC_EHR|LAKESIDE_UC|CAMPNOTIFY|TALLPINES_HC|20240714164212||ADT^A04^ADT_A01|LUC20240714164212031|P|2.5.1|||AL|NE",
    r"EVN|A04|20240714164200|||LUCREG04^BOUCHARD^ELLEN",
    r"PID|1||LUC00481127^^^LUC^MR~100931002^^^LUC^AN||DUNMORE^TESSA^JANE||20131130|F|||41 BRAMBLE CT^^WESTBURY^CT^06999^USA||^PRN^PH^^1^860^5550133|||||100931002",
    r"NK1|1|DUNMORE^ERIC^^^^|FTH^Father^HL70063|41 BRAMBLE CT^^WESTBURY^CT^06999|^PRN^PH^^1^860^5550133",
    r"NK1|2|CAMP TALL PINES HEALTH CENTER|OTH^Other^HL70063|1140 LOON LAKE RD^^GRANBY HOLLOW^VT^05999|^WPN^PH^^1^802^5550100",
    r"PV1|1|O|UC^EXAM3^^LAKESIDE_UC||||1588204731^NAKASHIMA^LEAH^^^^PA-C|||URG||||7|||1588204731^NAKASHIMA^LEAH^^^^PA-C|UC|V100931002|||||||||||||||||||||||||20240714164000",
    r"PV2|||^LACERATION LEFT FOREARM - DOCK",
    r"AL1|1|DA|^PENICILLIN|MO|RASH",
    r"IN1|1|BCCT01^BLUE CARD CT|77120|ANTHEM BCBS CT|PO BOX 5310^^NORTH HAVEN^CT^06999||||GRP 440182|||||||DUNMORE^ERIC|01|19780611|41 BRAMBLE CT^^WESTBURY^CT^06999|||||||||||||||||XKC552104998",
    r"GT1|1||DUNMORE^ERIC||41 BRAMBLE CT^^WESTBURY^CT^06999|^PRN^PH^^1^860^5550133||19780611|M||FTH",
]) + "\r"
emit("phi", "struct", "Tessa Dunmore", "Lakeside UC Interface <noreply-hl7@lakesideurgentcare.net>", HC,
     "[Notify] Registration - Camp Tall Pines - 07/14/2024 16:42", """This is an automated notification from Lakeside Urgent Care.

A patient registered today lists Camp Tall Pines Health Center as a
notification contact. The registration message is attached in HL7 v2.5.1
format for import into your records system.

Do not reply to this message. For questions call 802-555-0160.
""", dt(7, 14, 16, 43), atts=[("LUC_ADT_A04_20240714164212.hl7", adt.encode("ascii"), "application", "hl7-v2")])

oru = "\n".join([
    r"MSH|^~\&|NW_RIS|NORTHWAY|RYAL_AT|RYAL|20240722091500||ORU^R01^ORU_R01|NW240722091500114|P|2.5.1",
    r"PID|1||NW2207781^^^NW^MR||OKONKWO^CHIDI^E||20110504|M|||17 TANNERY LN^^RIVERBEND^VT^05998||^PRN^PH^^1^802^5550191",
    r"PV1|1|O|NWRAD^XR2^^NORTHWAY||||1497382650^FELD^AARON^M^^^MD",
    r"ORC|RE|ORD55812|RAD240722-114||CM",
    r"OBR|1|ORD55812|RAD240722-114|73110^XR WRIST 3+ VIEWS RIGHT^CPT4|||20240722083000|||||||||1497382650^FELD^AARON^M^^^MD||||||20240722091200||RAD|F",
    r"OBX|1|TX|73110^XR WRIST RT^CPT4|1|FINDINGS: Three views of the right wrist. No acute fracture or dislocation. Physes open and symmetric. Mild dorsal soft tissue swelling.||||||F",
    r"OBX|2|TX|73110^XR WRIST RT^CPT4|2|IMPRESSION: No fracture identified. Soft tissue swelling, likely sprain. If snuffbox tenderness persists, repeat films in 10-14 days.||||||F",
    r"NTE|1||Read by: Sunita Raghavan MD, 07/22/2024 09:12",
])
emit("phi", "struct", "Chidi Okonkwo", "Northway Results <results@northwayortho.com>", KRISTIN,
     "FW: Result notification - RAD240722-114", """Kristin -- forwarding the read on the Hawks kid from Saturday per the release his dad
signed. Dr. Feld wants him in a thumb spica for a week and back in clinic 8/1.
Raw result below.

- Joanne, Northway front desk

--- result message ---
%s
--- end ---
""" % oru, dt(7, 22, 10, 4))


def x12(segs, isa_ctrl, sender, receiver, gs_code, version, when):
    d6, d8, hm = when.strftime("%y%m%d"), when.strftime("%Y%m%d"), when.strftime("%H%M")
    st_body = segs
    n = len(st_body) + 2
    isa = "ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*%s*^*00501*%09d*0*P*:" % (sender, receiver, d6, hm, isa_ctrl)
    out = [isa, "GS*%s*%s*%s*%s*%s*%d*X*%s" % (gs_code, sender, receiver, d8, hm, isa_ctrl % 100000, version)]
    out += ["ST*%s*0001*%s" % (version and ("837" if gs_code == "HC" else "835"), version)]
    out += st_body
    out += ["SE*%d*0001" % n, "GE*1*%d" % (isa_ctrl % 100000), "IEA*1*%09d" % isa_ctrl]
    return "~\n".join(out) + "~\n"


c837 = x12([
    "BHT*0019*00*NW24071800417*20240718*0932*CH",
    "NM1*41*2*NORTHWAY ORTHOPEDICS AND SPORTS MEDICINE*****46*NW0417",
    "PER*IC*BILLING OFFICE*TE*8025550172",
    "NM1*40*2*SUMMIT MUTUAL SPORTS ACCIDENT*****46*SMSAI00031",
    "HL*1**20*1",
    "NM1*85*2*NORTHWAY ORTHOPEDICS AND SPORTS MEDICINE*****XX*1679345821",
    "N3*220 MILL POND RD STE 4",
    "N4*RIVERBEND*VT*05998",
    "REF*EI*036612874",
    "HL*2*1*22*0",
    "SBR*S*18*YSA5512024******CI",
    "NM1*IL*1*FERREIRA*LUCAS****MI*YSA55120-0412",
    "N3*88 ORCHARD HILL DR",
    "N4*RIVERBEND*VT*05998",
    "DMG*D8*20120308*M",
    "NM1*PR*2*SUMMIT MUTUAL SPORTS ACCIDENT*****PI*SMSAI00031",
    "CLM*NW240615LF*412***11:B:1*Y*A*Y*Y*P*OA",
    "DTP*439*D8*20240615",
    "HI*ABK:S93401A*ABN:W2101XA",
    "NM1*82*1*FELD*AARON*M***XX*1497382650",
    "PRV*PE*PXC*207XS0114X",
    "SBR*P*01*00781******CI",
    "NM1*IL*1*FERREIRA*RAFAEL****MI*GMH55820173",
    "NM1*PR*2*GREEN MOUNTAIN HEALTH PLAN*****PI*GMHP1",
    "LX*1",
    "SV1*HC:99204*285*UN*1***1",
    "DTP*472*D8*20240618",
    "LX*2",
    "SV1*HC:29540*127*UN*1***1",
    "DTP*472*D8*20240618",
], 4417, "NWORTHO0417", "SMSAI00031", "HC", "005010X222A1", datetime.datetime(2024, 7, 18, 9, 32))
emit("phi", "struct", "Lucas Ferreira", "Northway Billing <billing@northwayortho.com>", SHARON,
     "secondary claim resubmitted - acct NW240615LF", """Hi Sharon,

As discussed, we resubmitted the secondary claim to Summit Mutual today with
the primary EOB info added (loop 2320). A copy of the 837 file is attached for
your records in case Summit asks you about it.

Thanks,
Lorraine Abbott
Billing Specialist | Northway Orthopedics & Sports Medicine
802-555-0172 | fax 802-555-0173
""", dt(7, 18, 10, 11), atts=[("NW_837P_20240718_4417.txt", c837, "text", "plain")])

r835 = x12([
    "BPR*I*168.4*C*ACH*CCP*01*011000015*DA*0048812201*1234567890**01*021000089*DA*7700281934*20240805",
    "TRN*1*EFT0088120455*1234567890",
    "DTM*405*D8*20240802",
    "N1*PR*SUMMIT MUTUAL SPORTS ACCIDENT",
    "N3*900 CORPORATE PKWY",
    "N4*NAPERVILLE*IL*60599",
    "PER*BL*PROVIDER SERVICES*TE*8775550110",
    "N1*PE*NORTHWAY ORTHOPEDICS AND SPORTS MEDICINE*XX*1679345821",
    "LX*1",
    "CLP*NW240615LF*2*412*168.4*0*15*SM24080200177*11*1",
    "NM1*QC*1*FERREIRA*LUCAS****MI*YSA55120-0412",
    "DTM*232*D8*20240618",
    "SVC*HC:99204*285*126.4**1",
    "DTM*472*D8*20240618",
    "CAS*OA*23*100",
    "CAS*CO*45*58.6",
    "SVC*HC:29540*127*42**1",
    "DTM*472*D8*20240618",
    "CAS*OA*23*60",
    "CAS*CO*45*25",
], 8812, "SMSAI00031", "NWORTHO0417", "HP", "005010X221A1", datetime.datetime(2024, 8, 2, 10, 15))
emit("phi", "struct", "Lucas Ferreira", "Lorraine Abbott <labbott@northwayortho.com>", SHARON,
     "FW: 835 remit - Summit paid on Ferreira", """fyi the secondary finally paid on the Ferreira ankle claim, $168.40. Remaining
balance to the family should be $0 after the contractual write-off. 835 below
in case the dad calls you.

L

%s""" % r835, dt(8, 2, 13, 20))

fhir = {
    "resourceType": "Bundle",
    "id": "hf-24-0561-export",
    "type": "collection",
    "timestamp": "2024-07-19T22:14:08-04:00",
    "entry": [
        {"resource": {"resourceType": "Patient", "id": "camper-24-0561",
                      "identifier": [{"system": "https://portal.tallpinescamp.org/camper-id", "value": "24-0561"}],
                      "name": [{"family": "Abdi", "given": ["Mohamed"]}], "gender": "male", "birthDate": "2012-12-12",
                      "address": [{"line": ["2210 Cedar Ave Apt 3B"], "city": "Burlington", "state": "VT", "postalCode": "05998"}],
                      "contact": [{"relationship": [{"text": "mother"}], "name": {"text": "Hodan Warsame"},
                                   "telecom": [{"system": "phone", "value": "802-555-0129"}]}]}},
        {"resource": {"resourceType": "AllergyIntolerance", "id": "alg-1",
                      "patient": {"reference": "Patient/camper-24-0561"},
                      "code": {"text": "Peanut"}, "criticality": "high",
                      "reaction": [{"manifestation": [{"text": "hives, wheezing"}], "severity": "severe"}]}},
        {"resource": {"resourceType": "MedicationStatement", "id": "med-1", "status": "active",
                      "subject": {"reference": "Patient/camper-24-0561"},
                      "medicationCodeableConcept": {"text": "Epinephrine auto-injector 0.3 mg"},
                      "dosage": [{"text": "IM to thigh as needed for anaphylaxis; carry 2"}]}},
        {"resource": {"resourceType": "MedicationStatement", "id": "med-2", "status": "active",
                      "subject": {"reference": "Patient/camper-24-0561"},
                      "medicationCodeableConcept": {"text": "Cetirizine 10 mg tablet"},
                      "dosage": [{"text": "1 tab by mouth daily in the morning"}]}},
        {"resource": {"resourceType": "Immunization", "id": "imm-1", "status": "completed",
                      "patient": {"reference": "Patient/camper-24-0561"},
                      "vaccineCode": {"text": "Tdap"}, "occurrenceDateTime": "2023-12-20"}},
        {"resource": {"resourceType": "Immunization", "id": "imm-2", "status": "completed",
                      "patient": {"reference": "Patient/camper-24-0561"},
                      "vaccineCode": {"text": "MMR dose 2"}, "occurrenceDateTime": "2017-01-09"}},
        {"resource": {"resourceType": "Coverage", "id": "cov-1", "status": "active",
                      "beneficiary": {"reference": "Patient/camper-24-0561"},
                      "payor": [{"display": "Vermont Medicaid"}], "subscriberId": "009318842"}},
    ],
}
emit("phi", "struct", "Mohamed Abdi", "Camp Health Portal <no-reply@portal.tallpinescamp.org>", [TAMSIN, HC],
     "Health profile updated - Camper 24-0561 (Session 3)", """A parent/guardian has updated a camper health profile.

Camper ID: 24-0561
Session:   3 (arrives 07/21/2024)
Sections changed: Allergies, Medications, Immunizations, Insurance

The full profile is attached (FHIR R4 JSON). Log in to the staff portal to
review and mark the form complete.

-- Camp Health Portal (automated message, do not reply)
""", dt(7, 19, 22, 14), atts=[("camper_24-0561_profile.json", json.dumps(fhir, indent=2, ensure_ascii=False), "application", "json")])

healthlog = {
    "export": "healthlog.daily_encounters",
    "site": "Camp Tall Pines Health Center",
    "date": "2024-07-23",
    "generated_at": "2024-07-23T23:59:02-04:00",
    "encounters": [
        {"id": "E-24-3318", "time": "08:05", "camper": {"name": "Hazel Moreau", "cabin": "9", "camper_id": "24-0288"},
         "type": "med_pass", "item": "melatonin 3 mg (missed 7/22 HS)", "staff": "DF"},
        {"id": "E-24-3319", "time": "10:42", "camper": {"name": "Oliver Ng", "cabin": "12", "camper_id": "24-0302"},
         "type": "visit", "complaint": "wheezing after run", "vitals": {"temp_f": 98.4, "hr": 104, "spo2": 96},
         "treatment": "albuterol 2 puffs own inhaler, recheck 20 min spo2 99", "disposition": "returned to activity", "staff": "MO"},
        {"id": "E-24-3320", "time": "13:15", "camper": {"name": "Mia Sutter", "cabin": "13", "camper_id": "24-0340"},
         "type": "visit", "complaint": "headache, poor sleep", "vitals": {"temp_f": 98.9},
         "treatment": "acetaminophen 500 mg, fluids, rest 1 hr", "disposition": "parent call requested", "staff": "MO"},
        {"id": "E-24-3321", "time": "16:30", "camper": {"name": "Jonah Pruitt-Hayes", "cabin": "14", "camper_id": "24-0351"},
         "type": "visit", "complaint": "bee sting R hand", "treatment": "ice, cetirizine 10 mg, observed 45 min, no systemic sx",
         "disposition": "returned to cabin; EpiPen not used", "staff": "DF"},
    ],
}
emit("phi", "struct", "Hazel Moreau; Oliver Ng; Mia Sutter; Jonah Pruitt-Hayes", "HealthLog <noreply@healthlog-app.net>", MARISOL,
     "Daily encounter export - Camp Tall Pines - 2024-07-23", """Your scheduled export is ready.

%s

You are receiving this because you are an administrator for Camp Tall Pines
Health Center. Manage exports in Settings > Data > Scheduled.
""" % json.dumps(healthlog, indent=2), dt(7, 23, 23, 59))

ccd = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="MPP-CCD-884120"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Maple Park Pediatrics - Continuity of Care Document</title>
  <effectiveTime value="20240701113000-0400"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.19.5.99999.2" extension="MPP0047715"/>
      <addr use="HP"><streetAddressLine>19 Larkspur Way</streetAddressLine><city>Essex</city><state>VT</state><postalCode>05998</postalCode></addr>
      <telecom value="tel:+1-802-555-0137" use="HP"/>
      <patient>
        <name use="L"><given>Finn</given><family>Castellanos-Reed</family></name>
        <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="20140129"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author><time value="20240701"/><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="1326049187"/>
    <assignedPerson><name><given>Renata</given><family>Lin</family><suffix>MD</suffix></name></assignedPerson></assignedAuthor></author>
  <component><structuredBody>
    <component><section>
      <code code="48765-2" codeSystem="2.16.840.1.113883.6.1" displayName="Allergies"/>
      <title>Allergies</title>
      <text>No known drug allergies. Seasonal allergic rhinitis.</text>
    </section></component>
    <component><section>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="Medications"/>
      <title>Medications</title>
      <text><table><thead><tr><th>Medication</th><th>Sig</th><th>Start</th></tr></thead>
        <tbody><tr><td>guanfacine ER 1 mg tablet</td><td>1 tab by mouth at bedtime</td><td>2023-10-04</td></tr>
        <tr><td>fluticasone 50 mcg nasal spray</td><td>1 spray each nostril daily PRN</td><td>2022-04-18</td></tr></tbody></table></text>
    </section></component>
    <component><section>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem List"/>
      <title>Problems</title>
      <text><list><item>ADHD, combined type (F90.2) - since 2023</item><item>Allergic rhinitis (J30.2)</item></list></text>
    </section></component>
    <component><section>
      <code code="11369-6" codeSystem="2.16.840.1.113883.6.1" displayName="Immunizations"/>
      <title>Immunizations</title>
      <text><table><tbody><tr><td>DTaP #5</td><td>2018-02-12</td></tr><tr><td>MMR #2</td><td>2018-02-12</td></tr>
        <tr><td>Varicella #2</td><td>2018-02-12</td></tr><tr><td>Influenza</td><td>2023-10-04</td></tr></tbody></table></text>
    </section></component>
    <component><section>
      <code code="29762-2" codeSystem="2.16.840.1.113883.6.1" displayName="Social History"/>
      <title>Vital Signs (last visit 2024-07-01)</title>
      <text>Ht 137 cm, Wt 31.2 kg, BP 102/64, HR 78. Cleared for all camp activities without restriction.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
emit("phi", "struct", "Finn Castellanos-Reed", "Maple Park Pediatrics <frontdesk@mapleparkpeds.com>", REG,
     "Records request - camp physical", """Good afternoon,

At the parent's request, attached is the continuity of care document from
the patient's physical on 7/1, including the medication list and
immunizations, for your camp health file. The signed medication authorization
will be faxed separately by the family.

Maple Park Pediatrics
802-555-0135 | fax 802-555-0136

This message may contain confidential health information. If you are not the
intended recipient, please notify the sender and delete this message.
""", dt(7, 17, 14, 3), atts=[("CCD_MPP0047715.xml", ccd, "application", "xml")])

# =====================================================================
# CLEAN / admin
# =====================================================================
emit("clean", "admin", "", MARISOL, GREG, "HC restock before session 3", """Greg,

Restock list for the Health Center before session 3 starts 7/21. Quantities
are what we need to order, not what we need total.

- instant cold packs, case of 24 .................. 3 cases
- gauze 4x4 sterile, box of 100 .................... 4
- elastic bandage 3" .............................. 12
- nitrile gloves M / L ............................ 5 boxes each
- digital thermometer probe covers ................ 2 boxes
- sunscreen SPF 50, 1-gal pump .................... 3
- aloe gel, 16 oz ................................. 6
- electrolyte powder packets ...................... 200
- stock epinephrine auto-injectors 0.3 mg x2-pk ... 2  (ours expire 8/31)
- stock epinephrine auto-injectors 0.15 mg x2-pk .. 2  (same)
- AED pads, adult, for lodge unit ................. 1 set (exp 09/2024)
- AED pads, pediatric ............................. 1 set

The stock epi goes through the camp's standing order with Dr. Whitcomb, so
please use the same supplier as last year so the paperwork matches.

Thanks,
%s
""" % SIG_MARISOL, dt(7, 10, 15, 22), cc=BECCA)

emit("clean", "admin", "", WALT, [MARISOL, DENISE], "HC air conditioner + cots", """Marisol, Denise,

The tech from Valley Mechanical came out this morning. The compressor on the
Health Center window unit in the overnight room is shot, not worth fixing. New
unit is ordered and should be installed Monday 7/15. Until then I put two box
fans in there and the portable unit from the office is in the exam room.

Also, the two cots you flagged (the ones with the torn vinyl) are out. I have
two replacements coming from the supply order, in the meantime there are
folding cots in the lodge closet if you get more than 4 overnight.

Walt
""", dt(7, 11, 12, 48))

emit("clean", "admin", "", SAM, ["Health Center Staff <hcstaff@tallpinescamp.org>"], "HealthLog tablets - app update tonight", """Hi all,

HealthLog is pushing version 4.2 tonight between 11pm and 1am. After the
update:

  * You'll be asked to sign in again with your own login (no more shared
    "HC-desk" login -- please don't write your password on the tablet case)
  * The med pass screen has a new "missed / refused" button
  * Offline mode now syncs automatically when the tablet reconnects to
    wifi, so you don't need to hit Sync manually at the waterfront

If the tablet at the waterfront station won't connect after the update, reboot
it and try the "TallPines-Staff" network, not "TallPines-Guest".

Password resets: reply to this email or call me at x7.

Sam Okoro
IT & Systems, Camp Tall Pines
802-555-0100 x7

%s
""" % CAMP_DISC, dt(7, 12, 16, 5))

reg_html = """<html><body style="font-family:Georgia,serif;color:#223">
<h2 style="color:#1f5c34">Session 3 Health Forms &amp; Medication Check-In</h2>
<p>Dear Tall Pines Families,</p>
<p>Session 3 begins <b>Sunday, July 21</b>. A few reminders from the Registration Office and the Health Center:</p>
<ul>
<li><b>Health forms</b> must be complete in the parent portal by <b>Wednesday, July 17</b>, including the physician signature and an exam dated within the last 12 months.</li>
<li><b>All medications</b> (prescription and over-the-counter, including vitamins) must come in the original labeled container and be handed to a nurse at check-in. Please do not pack medication in trunks.</li>
<li>If your camper uses an <b>epinephrine auto-injector</b> or a rescue inhaler, please send <b>two</b>.</li>
<li>Check-in at the Health Center tent runs 1:00-4:00 pm. Expect a short wait between 1:30 and 2:30.</li>
</ul>
<p>Questions? Call the office at 802-555-0100 x1.</p>
<p>See you soon!<br>Camp Tall Pines Registration Office</p>
</body></html>"""
emit("clean", "admin", "", REG, "Session 3 Families <session3-families@lists.tallpinescamp.org>",
     "Session 3: health forms & medication check-in reminders", """Dear Tall Pines Families,

Session 3 begins Sunday, July 21. A few reminders from the Registration
Office and the Health Center:

* Health forms must be complete in the parent portal by Wednesday, July 17,
  including the physician signature and an exam dated within the last 12
  months.
* All medications (prescription and over-the-counter, including vitamins)
  must come in the original labeled container and be handed to a nurse at
  check-in. Please do not pack medication in trunks.
* If your camper uses an epinephrine auto-injector or a rescue inhaler,
  please send two.
* Check-in at the Health Center tent runs 1:00-4:00 pm. Expect a short wait
  between 1:30 and 2:30.

Questions? Call the office at 802-555-0100 x1.

See you soon!
Camp Tall Pines Registration Office
""", dt(7, 12, 9, 0), html=reg_html)

emit("clean", "admin", "", "Dana Whitlock <dwhitlock@granitestatebrokers.com>", [SHARON, DARNELL],
     "2025 participant accident renewal - Summit Mutual terms", """Sharon, Darnell,

Summit Mutual has released renewal terms for the 2025 season. Summary vs.
this year:

                                   2024            2025 (proposed)
  Coverage type                    Excess          Excess
  Medical max per injury           $25,000         $25,000
  Deductible                       $0              $250
  Dental (per tooth)               $500            $500
  Accidental death                 $10,000         $10,000
  Benefit period                   52 wks          52 wks
  Premium per participant          $2.35           $2.60
  Volunteer/coach rider            $4.10 each      $4.25 each
  Concussion baseline benefit      n/a             included ($50 / participant)

The $250 deductible is the big change. If you want to keep $0 it's $3.05 per
participant. With ~1,150 participants that's about a $520 difference.

Binding deadline is Nov 15. Happy to get on a call.

Dana Whitlock
Granite State Sports Insurance Brokers
603-555-0188
""", dt(10, 14, 11, 20))

emit("clean", "admin", "", DARNELL, [KRISTIN, SHARON, MIKE, ANGELA, "Dr. Sanjay Patel <spatel@northwayortho.com>"],
     "Concussion protocol review - agenda for Tues 8/13", """Hi all,

Agenda for our end-of-season concussion protocol review, Tuesday 8/13, 6:30pm,
league office (Zoom link below for Dr. Patel).

1. Season numbers (Kristin) -- aggregate only
2. Baseline program: May physicals night turnout, what to change
3. Sideline removal: coach feedback on the "when in doubt, sit them out" card
4. Return-to-play paperwork: one clearance form for all providers?
5. Heading limits for U12 and below -- align with US Soccer guidance
6. State law update (Act 68 amendments effective Jan 1)
7. Budget for second ATC at Saturday tournaments

Zoom: https://meet.rbyal.org/j/88120455  passcode 4471

Darnell
""", dt(8, 6, 9, 5), atts=[("concussion_review_0813.ics",
                             ics("rbyal-ccr-20240813@rbyal.org", datetime.datetime(2024, 8, 13, 18, 30),
                                 datetime.datetime(2024, 8, 13, 20, 0), "Concussion protocol review",
                                 "RYAL league office / Zoom", "Agenda in email"), "text", "calendar")])

emit("clean", "admin", "", KRISTIN, [DARNELL, "Field Marshals <marshals@rbyal.org>"], "AT coverage + EAP for Sat 7/20 tournament", """All,

Coverage plan for Saturday:

- ATC tent between Fields 2 and 3, 7:30am-5pm. Me all day; Aiden Kwan, ATC
  (Northway) 10am-3pm, he'll roam Fields 1 and 4.
- AEDs: one at the ATC tent, one at the concession stand, one in the Field 4
  equipment shed. Marshals -- please check the green ready light at 7:30.
- Ice: 20 bags delivered at 7, refill at noon. Cold tub for heat illness at
  the tent (hose at the shed).
- EMS access: Gate B off Mill Pond Rd. DO NOT let anyone park in front of it.
- Lightning: horn = everyone to cars, 30 min from last strike.
- WBGT readings every hour; at 87+ we go to mandatory water breaks each
  quarter/half.

Radio channel 4 for medical. If you call 911, send someone to Gate B.

%s
""" % SIG_KRISTIN, dt(7, 18, 20, 30))

# =====================================================================
# CLEAN / lookalike
# =====================================================================
emit("clean", "lookalike", "", "Northline Medical Supply <orders@northlinemedsupply.com>", GREG,
     "Invoice INV-2024-118734 / PO TP-24-0412", """NORTHLINE MEDICAL SUPPLY
88 Industrial Way, Concord NH 03399   Tel 800-555-0142

INVOICE INV-2024-118734          Invoice date: 07/12/2024
Customer #: C-004471             PO #: TP-24-0412
Bill to: Camp Tall Pines, Attn: Accounts Payable, 1140 Loon Lake Rd,
         Granby Hollow VT 05999
Terms: Net 30                    Due: 08/11/2024

Ln  Item #      NDC / Mfr #       Description                       Lot       Exp      Qty  Unit     Ext
1   EPI-03-2PK  71352-0150-02     Epinephrine auto-inj 0.3mg 2-pk    K24117A   2025-06  2    $182.50  $365.00
2   EPI-15-2PK  71352-0151-02     Epinephrine auto-inj 0.15mg 2-pk   K24093C   2025-05  2    $182.50  $365.00
3   CP-24       NL-44810          Instant cold pack 6x9 cs/24        2406-118  2027-06  3    $28.90   $86.70
4   GZ-44S      NL-10044          Gauze 4x4 sterile bx/100           G552901   2028-01  4    $11.25   $45.00
5   AED-PAD-A   HS-M5071A         AED pads adult                     R991045   2026-03  1    $64.00   $64.00
6   AED-PAD-P   HS-M5072A         AED pads infant/child              R990877   2026-02  1    $89.00   $89.00

                                                        Subtotal   $1,014.70
                                                        Shipping      $18.00
                                                        Tax (exempt)   $0.00
                                                        TOTAL      $1,032.70

Shipped 07/12/2024 via UPS Ground, tracking 1Z 88W 412 03 4471 0925
Remit to: Northline Medical Supply, PO Box 9912, Concord NH 03399
Questions: ar@northlinemedsupply.com
""", dt(7, 12, 15, 47), atts=[("INV-2024-118734.pdf", pdf([
    "NORTHLINE MEDICAL SUPPLY - INVOICE INV-2024-118734",
    "Customer C-004471   PO TP-24-0412   Invoice date 07/12/2024",
    "1  EPI-03-2PK  NDC 71352-0150-02  Lot K24117A  Exp 2025-06  Qty 2  $365.00",
    "2  EPI-15-2PK  NDC 71352-0151-02  Lot K24093C  Exp 2025-05  Qty 2  $365.00",
    "3  CP-24  Instant cold pack cs/24  Qty 3  $86.70",
    "4  GZ-44S  Gauze 4x4 sterile  Qty 4  $45.00",
    "5  AED-PAD-A  Lot R991045  Qty 1  $64.00",
    "6  AED-PAD-P  Lot R990877  Qty 1  $89.00",
    "TOTAL DUE  $1,032.70   Terms Net 30",
]), "application", "pdf")])

emit("clean", "lookalike", "", "ShipTrack Notifications <notify@shiptrack-alerts.com>", "Walt Henning <whenning@tallpinescamp.org>",
     "Your shipment 1Z88W4120344710925 is out for delivery", """Hello,

Your package is out for delivery today, Monday 07/15/2024.

  Tracking number:  1Z88W4120344710925
  Reference 1:      PO TP-24-0412
  Reference 2:      AED-CAB-02 (wall cabinet), SN AC-2207-33108
  Ship to:          CAMP TALL PINES, 1140 LOON LAKE RD, GRANBY HOLLOW VT 05999
  Weight:           14.2 lb   Pieces: 2 of 2
  Est. delivery:    by 6:00 PM

Delivery attempt 1 of 3. Signature required.

Manage your delivery: https://shiptrack-alerts.com/t/1Z88W4120344710925

This is an automated message. Please do not reply.
""", dt(7, 15, 6, 12))

emit("clean", "lookalike", "", DARNELL, ["Coaches <coaches@rbyal.org>"], "2024 sports medicine provider directory", """Coaches -- updated provider directory for the season. Please keep this in your
bag. Parents can be pointed here for follow-up care; the league has no
financial arrangement with any of them.

NAME                       ROLE                 NPI         VT LIC #       PHONE          FAX
Sanjay Patel, MD           Team physician       1528014736  042.0117451    802-555-0170   802-555-0173
Aaron M. Feld, MD          Orthopedics          1497382650  042.0109930    802-555-0170   802-555-0173
Renata Lin, MD             Pediatrics           1326049187  042.0121884    802-555-0135   802-555-0136
Leah Nakashima, PA-C       Urgent care          1588204731  055.0030412    802-555-0160   802-555-0166
Kristin Oyelaran, MS, ATC  League ATC           n/a         ATC #095.0000812  802-555-0158  --
Aiden Kwan, ATC            Per-diem ATC         n/a         ATC #095.0001096  802-555-0162  --

Walk-in sports clinic: Northway, Thursdays 4-7pm, 220 Mill Pond Rd Ste 4.
Nearest ED: Riverbend Memorial, 1 Hospital Dr, 802-555-0199.

Darnell Price
Athletic Director
""", dt(6, 3, 19, 10))

emit("clean", "lookalike", "", KRISTIN, ["Aiden Kwan <akwan@northwayortho.com>"], "code cheat sheet for SOAP notes", """Aiden,

Here's the cheat sheet we use on the tablet for documentation so the clinic
can match things up when kids get referred. Not for billing by us -- we
don't bill -- it's just so the codes in the referral note are consistent.

ICD-10 (common at our events)
  S93.401A  Sprain of unsp ligament of R ankle, initial
  S93.402A  Sprain of unsp ligament of L ankle, initial
  S06.0X0A  Concussion w/o LOC, initial
  S63.501A  Sprain of R wrist, initial
  S00.83XA  Contusion of other part of head, initial
  T67.2XXA  Heat cramp, initial
  T63.441A  Toxic effect of venom of bees, accidental, initial
  W21.01XA  Struck by football
  W21.02XA  Struck by soccer ball
  Y93.66    Activity, soccer

CPT the clinic usually uses after our referrals
  99203/99204  new pt office visit
  73600/73610  x-ray ankle 2 / 3+ views
  73100/73110  x-ray wrist 2 / 3+ views
  29540        strapping, ankle
  97110        therapeutic exercise, each 15 min
  97140        manual therapy, each 15 min

K
""", dt(6, 25, 21, 2))

emit("clean", "lookalike", "", DARNELL, ["RYAL Board <board@rbyal.org>"], "2024 season injury summary (aggregate)", """Board members,

Aggregate injury numbers for the 2024 summer season (June 1 - July 31), from
Kristin's tent logs. No individual data here; detailed logs stay with the AT.

  Registered participants ............... 1,148
  Games + practices with ATC coverage ... 212
  Athlete-exposures (est.) .............. 18,640
  Injuries evaluated by ATC ............. 97
    - sprains/strains ................... 41 (42%)
    - contusions ........................ 22
    - suspected concussion .............. 9
    - heat-related ...................... 8
    - lacerations/nosebleeds ............ 11
    - fractures (confirmed) ............. 3
    - other ............................. 3
  Referred to physician/UC/ED ........... 19
  EMS transports ........................ 2
  Injury rate ........................... 5.2 per 1,000 AE (2023: 6.1)
  Concussion rate ....................... 0.48 per 1,000 AE (2023: 0.71)

Insurance: 11 claims opened with Summit Mutual (2023: 14), 7 closed to date.

Darnell
""", dt(8, 5, 8, 44))

emit("clean", "lookalike", "", "Camp Tall Pines IT Helpdesk <helpdesk@tallpinescamp.org>", MARISOL,
     "[INC-20417] HealthLog tablet sync error - Waterfront station", """Ticket INC-20417 has been updated.

  Status:       Resolved
  Priority:     P2
  Opened:       07/15/2024 10:42 by Marisol Ortega
  Assigned:     Sam Okoro
  Device:       Tablet WF-02, asset TP-IT-00318, SN R9KT40Q7H2M
  Category:     Application > HealthLog > Sync

Resolution note (07/15/2024 14:06, S. Okoro):
  Tablet was joined to the guest network after the AP reboot. Rejoined to
  TallPines-Staff, forced sync, 14 queued records uploaded, 0 errors. Added
  network priority profile to WF-01 and WF-02.

Reply to this email to reopen the ticket within 7 days.
""", dt(7, 15, 14, 7))

emit("clean", "lookalike", "", SHARON, ["Coaches <coaches@rbyal.org>", "Team Parents <teamparents@rbyal.org>"],
     "Physicals night + fall registration dates", """Hi all,

Dates for the calendar (ics attached for physicals night):

  Sat 08/17  Fall registration opens 9:00am   (season code F24-RYAL)
  Tue 08/27  Physicals & baseline night, Riverbend MS gym, 5-8pm
             Team slots: U10-0412 5:00 | U10-0413 5:30 | U12-0521 6:00 |
             U12-0522 6:30 | U14-0633 7:00 | U14-0634 7:30
             $25 per athlete, checks to RYAL. Bus 14 runs from the Y at 4:40.
  Sat 09/07  Fall opener, fields 1-4, Hartwell Park
  Fri 09/13  Insurance roster due to Summit Mutual (policy YSA-55120-25)

Questions: 802-555-0150 or reply here.

%s
""" % SIG_SHARON, dt(8, 1, 12, 30), atts=[("physicals_night_0827.ics",
                                            ics("rbyal-phys-20240827@rbyal.org", datetime.datetime(2024, 8, 27, 17, 0),
                                                datetime.datetime(2024, 8, 27, 20, 0), "RYAL physicals & baseline night",
                                                "Riverbend Middle School gym", "Team slots in email. Bring completed forms."),
                                            "text", "calendar")])

# =====================================================================
# CLEAN / news
# =====================================================================
heat_txt = """THE PINE CONE - Family Newsletter, Week 3
Camp Tall Pines | July 2024

FROM THE HEALTH CENTER: KEEPING COOL IN A HOT WEEK

The forecast says upper 80s all week, so here's what we're doing and how you
can help from home:

* Water breaks every 30 minutes during activities, and every counselor
  carries a refill jug. Campers get a reusable bottle at check-in -- please
  label the one you send too!
* Midday activities move to shade or the lake between 12 and 3 when the
  heat index is over 90.
* Sunscreen stations at every cabin and the waterfront. Counselors lead a
  "sunscreen minute" after lunch.
* Our nurses watch for headache, dizziness, cramps and unusual tiredness --
  all early signs of heat illness -- and campers know they can come to the
  Health Center any time.

Letters from home are the #1 thing campers ask about. Mail goes out at 4pm
daily; email-a-camper printouts are delivered with lunch.

UPCOMING: Color War starts Thursday! Wear green or gold on Visiting Day.

Camp Tall Pines, 1140 Loon Lake Road, Granby Hollow, VT 05999
You are receiving this because you have a camper enrolled. Unsubscribe:
https://tallpinescamp.org/u
"""
heat_html = """<html><body style="margin:0;background:#f3f1ea"><table width="600" align="center" style="background:#fff;font-family:Verdana,sans-serif;font-size:13px">
<tr><td style="background:#1f5c34;color:#fff;padding:14px"><img src="cid:logo" alt="" width="48" height="48" style="vertical-align:middle"> <b style="font-size:20px">THE PINE CONE</b> &middot; Week 3</td></tr>
<tr><td style="padding:16px"><h3>From the Health Center: keeping cool in a hot week</h3>
<p>The forecast says upper 80s all week, so here's what we're doing and how you can help from home:</p>
<ul><li>Water breaks every 30 minutes during activities; every counselor carries a refill jug.</li>
<li>Midday activities move to shade or the lake between 12 and 3 when the heat index is over 90.</li>
<li>Sunscreen stations at every cabin and the waterfront.</li>
<li>Our nurses watch for headache, dizziness, cramps and unusual tiredness -- early signs of heat illness.</li></ul>
<p><b>Upcoming:</b> Color War starts Thursday! Wear green or gold on Visiting Day.</p></td></tr>
<tr><td style="font-size:10px;color:#888;padding:10px">Camp Tall Pines, 1140 Loon Lake Road, Granby Hollow, VT 05999 &middot; <a href="https://tallpinescamp.org/u">Unsubscribe</a></td></tr></table></body></html>"""
emit("clean", "news", "", "The Pine Cone <news@tallpinescamp.org>", "Tall Pines Families <families@lists.tallpinescamp.org>",
     "The Pine Cone - Week 3: beating the heat, Color War, mail times", heat_txt, dt(7, 15, 7, 0),
     html=heat_html, atts=[("pinecone_logo.png", pine_logo(), "image", "png")])

emit("clean", "news", "", "Orleans-Lamoille County Health Dept <bulletin@olchd-vt.org>", "Youth Program Partners <partners@lists.olchd-vt.org>",
     "Tick-Borne Illness Bulletin - July 2024", """TICK-BORNE ILLNESS BULLETIN
County Health Department | Issue 2024-07

Summary (reported through 07/26/2024, county residents, all ages)

                      2024 YTD     2023 same period     5-yr avg
  Lyme disease          142              118               109
  Anaplasmosis           37               22                19
  Babesiosis              4                2                 1

Ages 5-14 account for 18% of 2024 Lyme reports, up from 13% last year.
Cases peak late June through August.

Recommendations for camps and youth sports programs:
  - Daily tick checks for campers (scalp, behind ears, waistband, behind
    knees); add a check after field and trail activities.
  - Keep field edges mowed; avoid leaf litter during games.
  - EPA-registered repellents (DEET 20-30%, picaridin 20%) or permethrin-
    treated clothing for staff.
  - Remove attached ticks with fine-tipped tweezers; note the date. Families
    should be told so they can watch for rash or fever for 30 days.

Free laminated tick-check cards for cabins are available: call 802-555-0101.

County Health Department, Epidemiology Program
""", dt(7, 29, 10, 0))

emit("clean", "news", "", "RYAL Bulletin <bulletin@rbyal.org>", "RYAL Families <families@lists.rbyal.org>",
     "RYAL Bulletin: new state concussion rules take effect this fall", """RIVERBEND YOUTH ATHLETIC LEAGUE - BULLETIN

NEW STATE CONCUSSION RULES THIS FALL

Starting with the fall season, the updated state youth sports concussion law
applies to community leagues like ours, not only schools. What changes for
families:

1. Every coach completes annual concussion training (ours already do).
2. Any athlete suspected of a concussion is removed from play that day and
   may not return the same day -- no exceptions.
3. Return to play requires written clearance from a licensed health care
   provider trained in concussion management, plus completion of a graduated
   return-to-play plan:
     Step 1 symptom-limited activity
     Step 2 light aerobic exercise
     Step 3 sport-specific exercise
     Step 4 non-contact training drills
     Step 5 full-contact practice
     Step 6 return to competition
4. Parents and athletes sign an annual information sheet at registration.

Baseline testing will again be offered at Physicals Night (Aug 27).

Questions: Darnell Price, Athletic Director, 802-555-0151.
""", dt(8, 9, 18, 0))

emit("clean", "news", "", "Nurse's Corner <healthcenter@tallpinescamp.org>", "Tall Pines Families <families@lists.tallpinescamp.org>",
     "Nurse's Corner: how to pack medications for camp", """NURSE'S CORNER -- Packing medications for camp

Every summer the most common question we get before check-in is "how do I
send my child's medicine?" Here's the short version:

- Original containers only, with the pharmacy label matching the
  instructions on the health form. We can't give medication from a
  baggie or pill organizer.
- Send enough for the whole session plus three extra days.
- Over-the-counter items (allergy pills, vitamins, melatonin) count too.
  We stock common OTC medicines under our physician's standing orders, so you
  usually don't need to send pain relievers.
- Inhalers and epinephrine auto-injectors: send two, check the expiration
  dates, and tell us on the form whether your camper carries one.
- Medication check-in happens at the Health Center tent on opening day. A
  nurse will review each medicine with you -- plan on ten minutes.

Most campers come to the Health Center window for their medicine at meal
times and bedtime. It's quick, and for many kids it's just part of the
routine.

-- The Health Center team
""", dt(6, 24, 8, 30))

emit("clean", "news", "", "Northway Orthopedics & Sports Medicine <events@northwayortho.com>", "Community List <community@lists.northwayortho.com>",
     "Back-to-school sports physicals - Saturday Aug 24, walk-ins welcome", """NORTHWAY ORTHOPEDICS & SPORTS MEDICINE
Back-to-School Sports Physicals Day

Saturday, August 24, 8am - 1pm
220 Mill Pond Road, Riverbend

* $20 sports physicals for ages 8-18 (proceeds to the RYAL scholarship fund)
* Forms for school, camp and league accepted
* Free concussion education for parents at 10am and 11:30am
* Meet our athletic trainers and get tips on injury prevention

Bring: your form, glasses/contacts, and your child's immunization record if
your school requires it. Parent or guardian must attend for athletes under 18.

Book a time at northwayortho.com/physicals or just walk in.

You received this because you subscribed to community updates from Northway.
Unsubscribe | Privacy
""", dt(8, 7, 12, 0),
     html="""<html><body style="font-family:Helvetica,Arial,sans-serif"><div style="max-width:560px;margin:auto;border:1px solid #ddd">
<div style="background:#0d3b66;color:#fff;padding:18px;font-size:22px">Back-to-School Sports Physicals Day</div>
<div style="padding:18px"><p><b>Saturday, August 24, 8am - 1pm</b><br>220 Mill Pond Road, Riverbend</p>
<ul><li>$20 sports physicals for ages 8-18 (proceeds to the RYAL scholarship fund)</li><li>Forms for school, camp and league accepted</li>
<li>Free concussion education for parents at 10am and 11:30am</li></ul>
<p><a href="https://northwayortho.com/physicals" style="background:#f4a259;color:#000;padding:8px 14px;text-decoration:none">Book a time</a></p></div>
<div style="font-size:10px;color:#999;padding:10px">You received this because you subscribed to community updates from Northway. Unsubscribe | Privacy</div></div></body></html>""")

emit("clean", "news", "", "Camp Health Research Digest <digest@camphealthdigest.org>", MARISOL,
     "Digest #41: homesickness, sleep, and first-week visits to the camp nurse", """CAMP HEALTH RESEARCH DIGEST  |  Issue 41  |  August 2024

FEATURED SUMMARY
Homesickness, sleep and first-week health center visits at residential camps

A multi-camp survey across 14 overnight camps (n = 3,412 campers aged 8-15)
looked at first-week visits to the camp health center.

Key findings (aggregate):
  - 31% of campers visited the health center at least once in week 1 for a
    non-injury complaint; stomach-ache and headache were most common.
  - Campers reporting moderate-to-severe homesickness on day 2 were about
    twice as likely to make such a visit (adjusted OR 2.1).
  - Average sleep in the first three nights was 7.6 h vs. 8.9 h at home.
  - Camps with a structured "first-night routine" (counselor check-in,
    consistent lights-out) saw 22% fewer week-1 visits.

Practical takeaways for camp nurses: document non-injury visits, coordinate
with counselors on sleep routines, and avoid framing early phone calls home
as the default fix.

ALSO IN THIS ISSUE
  * Epinephrine stock programs at camps: a 5-state policy scan
  * Heat index thresholds used by 40 youth sports leagues

Unsubscribe or change preferences at camphealthdigest.org/prefs
""", dt(8, 1, 6, 30))

# =====================================================================
# CLEAN / staff
# =====================================================================
emit("clean", "staff", "", MARISOL, ["Health Center Staff <hcstaff@tallpinescamp.org>", BECCA],
     "HC on-call schedule - Session 2 (7/7 - 7/20)", """Team,

On-call grid for session 2. Overnight = 9pm-7am in the HC apartment. Backup
must be on property and reachable by radio (ch 2).

DATE        DAY                   OVERNIGHT                    BACKUP
7/7-7/9     Marisol Ortega, RN    Denise Farrow, LPN           Tyler Gage, EMT
7/10-7/12   Denise Farrow, LPN     Marisol Ortega, RN           Tyler Gage, EMT
7/13        Marisol Ortega, RN    Tyler Gage, EMT (w/ RN ph)   Marisol
7/14-7/16   Marisol Ortega, RN    Denise Farrow, LPN           Anne Rourke, RN (per diem)
7/17-7/19   Anne Rourke, RN       Denise Farrow, LPN           Marisol
7/20        Marisol Ortega, RN    Marisol Ortega, RN           Tyler Gage, EMT

Camp physician (phone): Dr. Alan Whitcomb, 802-555-0175, rounds Thursdays 9am.

Days off: Denise 7/13, Marisol 7/17-7/18 (Anne covering), Tyler 7/15.
Swaps go through me, not each other please.

M
""", dt(7, 3, 20, 15))

emit("clean", "staff", "", DARNELL, [KRISTIN, "Aiden Kwan <akwan@northwayortho.com>", "Jenna Morse <jmorse@rbyal.org>"],
     "ATC roster - August tournaments", """Kristin, Aiden, Jenna,

Roster for the August weekends. Please confirm by Friday.

Date     Site                 Lead ATC                   2nd ATC / student
8/3      Hartwell Park        Kristin Oyelaran, ATC      Jenna Morse (ATS, UVM)
8/10     Hartwell Park        Aiden Kwan, ATC            Jenna Morse (ATS, UVM)
8/17     Riverbend HS turf    Kristin Oyelaran, ATC      Aiden Kwan, ATC
8/24     Hartwell Park        Kristin Oyelaran, ATC      --

Per-diem rate for Aiden is $45/hr, invoices to Sharon by the 5th. Jenna's
hours count toward her clinical rotation -- Kristin will sign her log.

Reminder: current CPR/AED for professional rescuers card on file with Sharon
before your first shift.

Darnell
""", dt(7, 26, 10, 12))

emit("clean", "staff", "", NADIA, ["All Seasonal Staff <staff@tallpinescamp.org>"], "Payroll date change + timesheets this week", """Hi everyone,

Because of the bank holiday schedule, this pay period's direct deposit will
land on Thursday 7/18 instead of Friday 7/19.

Timesheets: counselors are salaried and don't need to submit. Health Center,
kitchen, waterfront hourly and maintenance staff -- please have your
timesheets approved by your supervisor in the payroll portal by Monday 7/15
at noon. Late timesheets roll to the next cycle.

Reminder that days off must be entered in the portal too, even if your
supervisor already knows.

Questions -> me, x3, or stop by the office between 1 and 2.

Nadia Whitaker
HR & Payroll, Camp Tall Pines
802-555-0100 x3

%s
""" % CAMP_DISC, dt(7, 11, 9, 40))

emit("clean", "staff", "", BECCA, ["All Seasonal Staff <staff@tallpinescamp.org>"], "Denise's 10th summer!!", """Hi all!

This Saturday is Denise Farrow's 10TH summer at Tall Pines -- she started as
a counselor in 2009 and has been our LPN in the Health Center since 2016. If
you've ever gotten a popsicle and a pep talk at 2am, you know.

We're doing cake at staff meeting Saturday night (9:15, lodge), and there's a
card going around in the office -- please sign it before Friday. Kitchen is
making her favourite (lemon).

Shhh, it's a surprise-ish.

Becca
""", dt(7, 10, 14, 3))

emit("clean", "staff", "", JORDAN, [KAYLA, "Pat Oduya <poduya@tallpinescamp.org>", THEO], "Luis out 7/18-7/22 - coverage", """Hi all,

Luis will be away Thursday 7/18 through Monday 7/22 for a family matter. He'll
be back for dinner Monday. Please don't ask him about it, he'll share if he
wants to.

Coverage:
- Cabin 4 nights: Pat (Thu, Fri), Theo (Sat, Sun)
- Waterfront 2nd period: Kayla
- Archery: closed Fri, open Sat with Theo

The canoe trip prep (7/24) is still Luis's, he's already handed me the
packing list.

Thanks for flexing,
Jordan
""", dt(7, 16, 21, 20))

emit("clean", "staff", "", NADIA, [JORDAN, MARISOL], "CPR / first aid certification - expiring before end of summer", """Jordan, Marisol,

Per the ACA standards we need current certifications on file for everyone
through the last day of camp (8/17). These staff have cards that expire
before then:

Name              Role              Cert                     Expires
Kayla Mensah      Counselor         CPR/AED + First Aid      07/31/2024
Pat Oduya         Counselor         CPR/AED                  08/02/2024
Jake Morrow       Lifeguard         Lifeguard/CPR-PR         08/09/2024
Luis Cabrera      Trip leader       WFR                      08/12/2024
Tyler Gage        EMT               BLS                      08/15/2024

Marisol is running a CPR/AED + First Aid renewal class on Tuesday 7/23,
1-4pm in the lodge -- Kayla, Pat and Jake should sign up. Luis's WFR renewal
has to be done off-site; the camp will reimburse the course fee.

Thanks,
Nadia
""", dt(7, 8, 13, 25))

emit("clean", "staff", "", DARNELL, ["RYAL Staff & Board <staff@rbyal.org>"], "Welcome Aiden Kwan, ATC", """Everyone,

Please welcome Aiden Kwan, ATC, who is joining us as our per-diem athletic
trainer for the rest of the summer and into the fall season. Aiden comes
from Northway Orthopedics, where he's covered high school football for three
seasons, and he did his master's at UVM. He's certified by the BOC and
licensed in Vermont.

He'll be at the tournaments on 7/20 and in August (see the roster). Kristin
will be showing him our tent setup and the EAP binder this Saturday.

Aiden's league email is akwan@rbyal.org (forwarding to his Northway address
for now), cell 802-555-0162.

Darnell
""", dt(7, 15, 17, 50), cc="Aiden Kwan <akwan@northwayortho.com>")

# =====================================================================
# CLEAN / training
# =====================================================================
emit("clean", "training", "", KRISTIN, ["Coaches <coaches@rbyal.org>"], "Concussion recognition quiz - due before 1st practice", """Coaches,

Please complete this short quiz before your first practice and send your
answers back to me. It takes 5 minutes. Answer key is at the bottom -- no
peeking, I'm trusting you.

1. A player takes a ball to the face, says she's "fine" but looks dazed. You:
   a) let her keep playing if she passes a quick question
   b) remove her for the rest of the day and tell a parent
   c) sit her 15 minutes and re-check
2. True or false: a concussion requires loss of consciousness.
3. Name three signs you might observe (not ones the athlete reports).
4. Who can clear a player to return after a suspected concussion in our league?
5. What's step 1 of the return-to-play progression?

---- answer key ----
1 b.  2 False.  3 e.g. slow to get up, clutching head, balance problems,
blank look, confusion about the play/score.  4 A licensed health care provider
trained in concussion management, in writing, and the league ATC signs off on
the stepwise return.  5 Symptom-limited daily activity.

%s
""" % SIG_KRISTIN, dt(6, 5, 19, 0), atts=[("coach_concussion_quiz_2024.docx", docx([
    "**RYAL Coach Concussion Recognition Quiz - 2024**",
    "Name: ____________________   Team: __________",
    "1. A player takes a ball to the face, says she is fine but looks dazed. What do you do?",
    "2. True or false: a concussion requires loss of consciousness.",
    "3. Name three signs you might observe.",
    "4. Who can clear a player to return after a suspected concussion?",
    "5. What is step 1 of the return-to-play progression?",
]), "application", "vnd.openxmlformats-officedocument.wordprocessingml.document")])

emit("clean", "training", "", MARISOL, ["Counselors - Session 2 <counselors-s2@tallpinescamp.org>"], "Orientation case study: anaphylaxis at the cookout", """Counselors -- please read before Thursday's orientation block. This is a
made-up scenario based on the kind of thing we plan for; no real camper.

CASE: "Camper A," age 11, has a known tree-nut allergy and an auto-injector
in the counselor's pack. At the Friday cookout, Camper A eats a cookie from
a parent-sent care package shared at the table. Ten minutes later Camper A
says their mouth itches, then starts coughing and looks flushed. Hives
appear on the neck.

Discuss:
 1. What are the signs here that point to anaphylaxis rather than a mild
    reaction?
 2. Who gives the epinephrine and when? (Hint: don't wait for the nurse.)
 3. Who calls 911, who radios the Health Center, who stays with the other
    campers?
 4. What do you do with the used auto-injector?
 5. What went wrong before the reaction, and how do we prevent it?

We'll practice with trainer auto-injectors (no needle) in small groups.

Marisol
""", dt(7, 2, 8, 10))

emit("clean", "training", "", SAM, [MARISOL, DENISE], "HealthLog 4.2 - UAT script for Friday", """Marisol, Denise,

Before we turn on 4.2 for real, can you each run through this on the
training tablet (TP-IT-TRAIN-01) on Friday? It's pointed at the sandbox
site, not our live data. Use only the TEST campers listed.

Test records in sandbox:
  TESTCAMPER, ALPHA   DOB 01/01/2010  Cabin 99  camper_id T-0001
  TESTCAMPER, BRAVO   DOB 02/02/2011  Cabin 99  camper_id T-0002
  TESTCAMPER, CHARLIE DOB 03/03/2012  Cabin 98  camper_id T-0003

Steps
  1. Log in with your own account. Expect: home screen shows "SANDBOX" banner.
  2. Open TESTCAMPER, ALPHA > Med pass > record "Sample Med 10 mg" given.
     Expect: green check, timestamp.
  3. Open TESTCAMPER, BRAVO > Med pass > tap new "missed/refused" button,
     reason "camper on trip". Expect: yellow flag on roster.
  4. Airplane mode ON. Create visit for TESTCAMPER, CHARLIE: complaint
     "scraped knee", treatment "cleaned, bandage". Airplane mode OFF.
     Expect: auto-sync within 60 s, no duplicate.
  5. Run Reports > Daily export. Expect: JSON with 3 test records only.

Note pass/fail on the sheet taped to the tablet case.

Thanks!
Sam
""", dt(7, 10, 11, 30))

sample_form = docx([
    "**SAMPLE - FOR TRAINING USE ONLY - FICTITIOUS CAMPER**",
    "Camp Tall Pines Medication Check-In Form",
    "Camper: Jordan Sample (fictitious)     Cabin: 00     DOB: 01/01/2000",
    "Medication: Example-ol 5 mg tablet     Dose: 1 tab     Time: 8:00 am",
    "Container: original pharmacy label? YES / NO     Count received: 21",
    "Parent signature: ______________     Nurse initials: ____",
    "Notes: Practice spotting the mismatch between the label and the form.",
])
emit("clean", "training", "", DENISE, ["Health Center Staff <hcstaff@tallpinescamp.org>"], "role-play for med check-in practice", """Hi all,

For Saturday's check-in practice I made a sample form (attached) with a
fictitious camper, "Jordan Sample." One of us plays the parent, one plays
the nurse. The form has three deliberate mistakes -- label dose doesn't match
the form, count is off, and one medication isn't in its original container.
See how many you catch in 5 minutes.

Then we'll switch and do the version where the "parent" is in a hurry and
wants to leave the pills in a baggie. Practice saying no nicely :)

Denise
""", dt(7, 5, 16, 44), atts=[("SAMPLE_med_checkin_form.docx", sample_form, "application",
                              "vnd.openxmlformats-officedocument.wordprocessingml.document")])

emit("clean", "training", "", JORDAN, ["All Seasonal Staff <staff@tallpinescamp.org>"], "Heat illness drill Tuesday - scenario cards", """All,

Tuesday during rest hour we'll run a tabletop heat illness drill in the lodge.
Everyone gets one scenario card. All names on the cards are fictional -- the
"campers" are Captain Sunscreen, Pickles and Bunk Bed Betty, so no one gets
confused with a real camper.

Sample card:
  "Pickles" (fictional), age 12, played 2 hours of gaga in the afternoon sun,
  now has a headache, is pale and sweaty, and says they feel dizzy. Their
  water bottle is still full.
  Q: What stage of heat illness is this likely to be? What do you do first?
  Who do you radio? When does this become a 911 call?

Marisol and Kristin (from the league) will go through the answers and the
cold-water immersion setup at the waterfront afterward.

Jordan
""", dt(7, 13, 9, 15), cc=[MARISOL, KRISTIN])

emit("clean", "training", "", BECCA, ["Leadership Team <leadership@tallpinescamp.org>"], "De-identified incident review for staff training - week 2", """Leadership team,

For Sunday's staff training, here is the week-2 incident review written up
in de-identified form. Please don't add details that would let anyone figure
out who was involved.

Incident 1: A camper (elementary age) fell from a bunk during the night.
  What went well: the counselor radioed the Health Center right away and did
  not move the camper until the nurse arrived.
  What we changed: guard rails checked on all top bunks; youngest campers
  on bottom bunks only.

Incident 2: A camper with a food allergy was served from the wrong line at
  the cookout. No reaction occurred.
  What went well: the camper asked before eating.
  What we changed: allergy-aware line is now marked with a flag at every
  outdoor meal, and counselors walk those campers through the line.

Incident 3: A staff member was cut on the dock ladder.
  What we changed: ladder edge covered, added to daily waterfront checklist.

Discussion question for groups: which of these would have been caught by our
opening-day walkthrough?

Becca
""", dt(7, 20, 16, 30))

# =====================================================================
# labels + summary
# =====================================================================
with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["file", "label", "kind", "patient_name"])
    for r in RECORDS:
        w.writerow(r)

total = 0
for key in ORDER:
    n = COUNTS.get(key, 0)
    total += n
    print("%s-%s: %d" % (key[0], key[1], n))
print("total: %d" % total)
