#!/usr/bin/env python3
"""Generate a set of NICU / developmental follow-up clinic email messages (.eml) plus labels.csv.

Usage: python3 gen.py OUTDIR
Standard library only; deterministic.
"""
import sys
import os
import csv
import io
import random
import zipfile
import zlib
import datetime
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime
from xml.sax.saxutils import escape as xesc

SEED = 12001
random.seed(SEED)

OUT = sys.argv[1] if len(sys.argv) > 1 else "."

# --------------------------------------------------------------------------
# organisations / recurring people (all invented)
# --------------------------------------------------------------------------
H = "lakeshorewch.example"          # Lakeshore Women's & Children's Hospital
FU = "lakeshorewch.example"         # follow-up clinic is part of the hospital
MILK = "heartlandmilkbank.example"
SEAT = "carepathmobility.example"
NBS = "phl.lakelandhealth.example"
MCD = "carebridgehp.example"        # Medicaid managed care plan
PRIV = "northmarkhealth.example"
VOL = "lanternfamilies.example"

DISC = ("CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use "
        "of the intended recipient(s) and may contain confidential and privileged information. Any "
        "unauthorized review, use, disclosure or distribution is prohibited. If you are not the "
        "intended recipient, please contact the sender by reply e-mail and destroy all copies of the "
        "original message.")

DISC_SHORT = ("This message may contain confidential information. If you received it in error, please "
              "notify the sender and delete it.")

TZS = [datetime.timezone(datetime.timedelta(hours=-5)), datetime.timezone(datetime.timedelta(hours=-6))]


def when(y, mo, d, h=None, mi=None):
    if h is None:
        h = random.randint(6, 21)
    if mi is None:
        mi = random.randint(0, 59)
    tz = TZS[0] if 3 < mo < 11 else TZS[1]
    return format_datetime(datetime.datetime(y, mo, d, h, mi, random.randint(0, 59), tzinfo=tz))


def rdate():
    mo = random.randint(1, 10)
    return when(2024, mo, random.randint(1, 28))


def mid(domain):
    return "<%016x.%04d@%s>" % (random.getrandbits(64), random.randint(1000, 9999), domain)


def M(frm, to, subj, date=None, cc=None, reply_to=None, extra=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subj
    m["Date"] = date or rdate()
    dom = frm.split("@")[-1].strip(">").strip()
    m["Message-ID"] = mid(dom)
    for k, v in (extra or []):
        m[k] = v
    return m


def text(m, body, cs="utf-8", cte=None):
    m.set_content(body, charset=cs, cte=cte)
    return m


def html(m, body, cs="utf-8", cte=None):
    m.set_content(body, subtype="html", charset=cs, cte=cte)
    return m


def alt(m, body, hbody, cs="utf-8", cte=None, hcte=None):
    m.set_content(body, charset=cs, cte=cte)
    m.add_alternative(hbody, subtype="html", charset=cs, cte=hcte)
    return m


def attach(m, data, mime, filename):
    maintype, subtype = mime.split("/")
    if isinstance(data, str):
        if maintype == "text":
            m.add_attachment(data, subtype=subtype, filename=filename)
            return m
        data = data.encode("utf-8")
    m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return m


def quote(s):
    return "\n".join((">" + (" " + ln if ln else "")) for ln in s.strip("\n").split("\n")) + "\n"


def h2(s):
    """very small plain-text to html paragraphs"""
    paras = [p for p in s.strip().split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + xesc(p).replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


def wrap_html(inner, style="font-family:Calibri,Arial,sans-serif;font-size:11pt"):
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="%s">\n%s\n</body></html>\n'
            % (style, inner))


def table_html(rows, border=1):
    out = ['<table border="%d" cellpadding="4" cellspacing="0" style="border-collapse:collapse">' % border]
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, xesc(str(c)), tag) for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def fixed(rows, widths=None, sep="  "):
    if widths is None:
        widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for r in rows:
        lines.append(sep.join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip())
    return "\n".join(lines) + "\n"


def csv_text(rows):
    b = io.StringIO()
    w = csv.writer(b, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return b.getvalue()


# --------------------------------------------------------------------------
# hand-built office files
# --------------------------------------------------------------------------
ZDT = (2024, 1, 1, 0, 0, 0)


def _zip(files):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data if isinstance(data, bytes) else data.encode("utf-8"))
    return b.getvalue()


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Sheet1"):
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
    srows = []
    for ri, r in enumerate(rows):
        cells = []
        for ci, v in enumerate(r):
            ref = "%s%d" % (_col(ci), ri + 1)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xesc(str(v))))
        srows.append('<row r="%d">%s</row>' % (ri + 1, "".join(cells)))
    sh = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>'
          % "".join(srows))
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sh)])


def docx(blocks):
    """blocks: list of str (paragraph) or list-of-lists (table)"""
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

    def para(t):
        return '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(t)

    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append(para(b))
        else:
            trs = []
            for r in b:
                tcs = "".join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>%s</w:tc>' % para(str(c)) for c in r)
                trs.append("<w:tr>%s</w:tr>" % tcs)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
                        '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
                        '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
                        '</w:tblPr>%s</w:tbl>' % "".join(trs))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s'
           '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>' % "".join(body))
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def _pdfesc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, size=10):
    content = "BT /F1 %d Tf 50 750 Td %d TL\n" % (size, size + 3)
    for ln in lines:
        content += "(%s) Tj T*\n" % _pdfesc(ln)
    content += "ET\n"
    stream = zlib.compress(content.encode("latin-1", "replace"))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" /Filter /FlateDecode >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return bytes(out)


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

# --------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------
MESSAGES = []


def reg(label, kind, patient=""):
    def deco(fn):
        MESSAGES.append((label, kind, patient, fn))
        return fn
    return deco


# ==========================================================================
# PHI - care
# ==========================================================================
@reg("phi", "care", "Baby Girl Adeyemi")
def care_1():
    m = M("Tanya Brooks <tbrooks@%s>" % H, "NICU Day RN Team <nicu-day-rn@%s>" % H,
          "Pod B - possible discharges tomorrow", date=when(2024, 6, 3, 5, 48))
    return text(m, """Morning all -

Heads up for tomorrow's flow so we're not scrambling at 11.

Bed 14 (Baby Girl Adeyemi) passed her car seat challenge overnight, 90 min with
no events, and her hearing screen came back pass/pass. Mom and dad are rooming
in tonight in family suite 2. PCP follow-up is booked with Dr. Okafor at
Eastgate Pediatrics for Thursday at 9:40. CCHD done, hep B given 5/30, newborn
screen #2 sent Saturday. Bath + thermometer teaching is signed off; mom asked
for one more run-through mixing the 22 kcal formula, so whoever has her please
do that before 10.

Bed 9 is NOT going - team decided this morning to keep him through the weekend,
so don't start his paperwork.

Bed 11 still needs a car seat brought in. I left a message for dad.

Thanks,
Tanya

Tanya Brooks, RN BSN RNC-NIC
Charge Nurse, Neonatal Intensive Care Unit
Lakeshore Women's & Children's Hospital
Unit desk 555-0100 ext 4412
""")


@reg("phi", "care", "Mateo Castillo")
def care_2():
    nurse = """Hi Brandon,

Quick update since you asked me to text/email after rounds. Mateo took 28 of
his 40 mL by bottle at the 0900 feed and the rest went down his NG tube. He
gained again - 1,910 g tonight. The big news: we moved him from the isolette
to an open crib this afternoon and he's holding his temperature fine in a
hat and sleep sack. Next step is seeing if he can do 2 full bottles a shift.

The team talked about his last eye check and they'll look again in 2 weeks.

See you tonight,
Marisol Ortega, RN
Primary Nurse, NICU Pod A
"""
    body = """That is amazing, thank you so much for the pics!! Daniela cried when she
saw him in the crib lol. Does the NG tube have to come out before he can go
home or can some babies go home with it? We'll be there at 6 for skin to
skin. Should we bring his own clothes now that he's out of the isolette?

Brandon

On Tue, Apr 16, 2024 at 4:52 PM, Marisol Ortega <mortega@%s> wrote:
%s""" % (H, quote(nurse))
    m = M("Brandon Castillo <bcastillo.87@pmail.example>", "Marisol Ortega <mortega@%s>" % H,
          "Re: Mateo update", date=when(2024, 4, 16, 17, 31))
    hb = wrap_html(
        "<div>That is amazing, thank you so much for the pics!! Daniela cried when she saw him in the crib lol. "
        "Does the NG tube have to come out before he can go home or can some babies go home with it? We'll be "
        "there at 6 for skin to skin. Should we bring his own clothes now that he's out of the isolette?</div>"
        "<div><br></div><div>Brandon</div><br>"
        '<div class="gmail_quote">On Tue, Apr 16, 2024 at 4:52 PM, Marisol Ortega &lt;mortega@%s&gt; wrote:<br>'
        '<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote></div>'
        % (H, h2(nurse)), style="font-family:Arial")
    return alt(m, body, hb)


@reg("phi", "care", "Aiden Kowalczyk")
def care_3():
    m = M("Kayla Dubois <kdubois@%s>" % FU, "Denise Whitfield <dwhitfield@%s>" % H,
          "no-show this AM", date=when(2024, 7, 9, 11, 22))
    return text(m, """Hi Denise,

Aiden Kowalczyk no-showed for his 12 month corrected visit with Dr. Amsel and
the Bayley this morning - that's the second one missed since March. Mom's
cell goes straight to voicemail and the mailbox is full. The ride was booked
through the CareBridge transportation line and the driver says nobody came
to the door at 7:45.

Could you try the grandmother's number from the NICU social history? I don't
have it in our system. I'm holding 7/18 at 1:00 for him with PT in the same
block so it's one trip.

Thanks!
Kayla

Kayla Dubois | Patient Access Coordinator
NICU Developmental Follow-up Clinic, 3rd floor Pavilion B
Lakeshore Women's & Children's Hospital | 555-0131
""")


@reg("phi", "care", "Noah Bergström")
def care_4():
    m = M("Ifeoma Nwachukwu MD <inwachukwu@%s>" % H,
          "Sofia Bergström <sofia.bergstrom@webpost.example>, erik.bergstrom@webpost.example",
          "Noah - summary of today's family meeting", date=when(2024, 5, 22, 18, 5))
    body = """
<p>Dear Sofia and Erik,</p>
<p>Thank you for sitting down with us this afternoon. As promised, here is a short written summary so you
have it to look back on.</p>
<p><b>Head ultrasound.</b> Noah's repeat head ultrasound on day 28 looked the same as the one from his second
week &mdash; nothing new and nothing larger. We don't need to repeat it again before discharge.</p>
<p><b>MRI.</b> We are planning a brain MRI around his due date. It is booked for <b>Friday, June 14 at 10:30</b>.
He will not need sedation; we feed him, swaddle him and let him sleep in the scanner. You are welcome to
be there.</p>
<p><b>Eyes.</b> Tuesday's eye exam was unchanged. Dr. Salazar will see him again in two weeks.</p>
<p><b>Breathing.</b> He came off CPAP on Sunday and is on 1 liter of high-flow. We will keep weaning slowly.</p>
<p><b>Feeding.</b> Full feeds of Sofia's milk with fortifier, 160 mL/kg/day. Hannah from lactation will meet you
Thursday at 2 to start working on feeding at the breast.</p>
<p>After discharge Noah will be followed in our Developmental Follow-up Clinic; the first visit is usually
at about 4 months corrected age and they will call you.</p>
<p>Please call the unit any time with questions (555-0100), or ask the bedside nurse to page me.</p>
<p>Warmly,<br>
Dr. Ifeoma Nwachukwu<br>
Attending Neonatologist, Lakeshore Women's &amp; Children's Hospital</p>
<p style="font-size:8pt;color:#777">%s</p>
""" % DISC
    return html(m, wrap_html(body, "font-family:Georgia,serif;font-size:11pt"))


@reg("phi", "care", "Elena Marquez-Hill")
def care_5():
    m = M("Denise Whitfield <dwhitfield@%s>" % H,
          "Rev. Thomas Ogbu <togbu@%s>, Beth Ann Sorensen <bsorensen@%s>" % (H, VOL),
          "Marquez-Hill family - bed 22", cc="Colleen Fitzgerald <cfitzgerald@%s>" % H,
          date=when(2024, 2, 11, 7, 2))
    return text(m, """Thomas, Beth Ann,

Sad news. Elena Marquez-Hill died at 04:12 this morning, in her mom's arms,
with dad and maternal grandmother at the bedside. Comfort care was started a
little after 1 am following the family meeting yesterday evening.

What the family has asked for:
 - memory box (nights already did hand and foot molds and the ink prints -
   thank you Gina)
 - photographer from Lasting Light Portraits if she can come before 2 pm;
   I called the volunteer line, waiting to hear back
 - Thomas, they would like a blessing before they leave. Dad said anytime
   after 9.
 - no autopsy (declined, consent form in chart)

Please no cuddler assignments in pod C today and let the volunteers know the
room will stay closed until the family is ready to go. Funeral home is Rivera
& Sons; they will call the unit directly.

I'll be here until 5 and will do the bereavement follow-up calls (1 week,
1 month) myself.

Denise

Denise Whitfield, LCSW
NICU Social Work | pager 555-0177
Lakeshore Women's & Children's Hospital

%s
""" % DISC)


@reg("phi", "care", "Isaac Brennan")
def care_6():
    m = M("Trinh Le, PharmD <tle@%s>" % H, "NICU Nursing <nicu-rn-all@%s>" % H,
          "Brennan - caffeine off as of today", date=when(2024, 3, 2, 10, 41))
    return text(m, """FYI all -

Caffeine citrate was discontinued for Isaac Brennan (bed 31) this morning per
Dr. Lindqvist. Last dose was given at 0800 today 3/2. He needs 5 event-free
days off caffeine before discharge, so the earliest he can go is 3/8 if he
stays clean - please chart any brady/desat with the event flowsheet, not just
in the note.

Also: his vitamin D 400 IU daily is discontinued and replaced with poly-vi-sol
with iron 1 mL PO daily starting tomorrow AM. The old order is d/c'd in the
MAR but the bottle is still in his bin - I'll pull it when I come up at 2,
please don't give it.

Iron level and retic are ordered with Monday's labs.

Trinh

Trinh Le, PharmD, BCPPS
Clinical Pharmacist - NICU | ext 4470
""", cte="quoted-printable")


@reg("phi", "care", "Baby Boy Osei")
def care_7():
    orig = """Ren -

Can you bump Baby Boy Osei up? Team advanced him to 150 mL/kg/day this
morning, he's 1,220 g, so we'll need 8 x 45 mL/day for now. Mom (Abena) is
pumping 8x/day and bringing in what she can but it's still only covering
about a third, so donor is making up the rest. He's tolerating it well,
no residuals since Friday.

Consent is already on file from 3/4. Thanks!

Hannah Kowalski, RN, IBCLC
Lactation Services, Lakeshore WCH | 555-0126
"""
    body = """Hi Hannah,

Got it - we'll increase Baby Boy Osei to 8 x 45 mL/day starting with Tuesday's
courier. I'm sending lot 24-0317 (pasteurized 3/11, pooled, 20 kcal/oz
target). If the team wants one of the higher-protein pools for him let me
know and I'll swap it on Thursday's run.

I have the signed consent from mom dated 3/4 in our file too, so we're all
set on our end.

Renata

Renata Alves
Hospital Outreach Coordinator
Heartland Mothers' Milk Bank | 555-0190
www.heartlandmilkbank.example

-----Original Message-----
From: Hannah Kowalski <hkowalski@%s>
Sent: Monday, March 18, 2024 9:14 AM
To: Renata Alves <ralves@%s>
Subject: Donor milk - Baby Boy Osei

%s""" % (H, MILK, orig)
    m = M("Renata Alves <ralves@%s>" % MILK, "Hannah Kowalski <hkowalski@%s>" % H,
          "RE: Donor milk - Baby Boy Osei", date=when(2024, 3, 18, 13, 7))
    return text(m, body)


@reg("phi", "care", "Riley Thompson")
def care_8():
    t1 = """Luis,

Following up on the car bed question from rounds. Before I forget - the
delivery mix-up last week was on their end, the two car seats that came to
our dock were meant for the PICU (Derek called and apologized), so we're
fine on that one.

Now the actual ask: Riley Thompson in bed 7 did not pass the car seat
challenge twice (desat to 82% at 40 minutes on Sunday and again at 25
minutes yesterday). Dr. Amsel wants a car bed ordered for discharge and a
repeat screen in the car bed before he goes. Parents drive a 2016 Civic
and a Ford Ranger, so please make sure whatever CarePath sends fits in the
back seat of the Civic - dad sent me pictures. Target discharge is next
Thursday if the repeat goes well.

Also: the invoice for the seats we loaned out in January never got to the
DME office? Finance keeps emailing me.

Tanya
"""
    t0 = """Hi Tanya - re: the car seat stuff, can you send me what you need
in one email so I can forward to the vendor? They want it in writing.

Also, are we still doing the car seat safety in-service on the 28th?
Luis
"""
    inner_body = t1 + "\n\nOn Mon, Apr 8, 2024 at 2:06 PM Luis Echeverria <lecheverria@%s> wrote:\n%s" % (H, quote(t0))
    inner = M("Tanya Brooks <tbrooks@%s>" % H, "Luis Echeverria <lecheverria@%s>" % H,
              "Re: car seat / car bed stuff", date=when(2024, 4, 9, 15, 12))
    text(inner, inner_body)
    outer = M("Luis Echeverria <lecheverria@%s>" % H, "Derek Lam <orders@%s>" % SEAT,
              "FW: car bed order for discharge - Lakeshore NICU", date=when(2024, 4, 9, 16, 40))
    text(outer, """Derek,

See the attached email from our charge nurse. Can you confirm you have a car
bed that fits a 2016 Honda Civic and that you could deliver to the unit by
next Tuesday so we can repeat the screen before discharge Thursday? The PO
will come from our DME office (Sharon) - she has the Rx and insurance info.

Separately, Tanya's note about the January loaner invoice - can you resend it
to dme-office@%s?

Thanks,
Luis Echeverria, RN, CCM
Case Manager, NICU | Lakeshore Women's & Children's Hospital
555-0148

%s
""" % (H, DISC))
    outer.add_attachment(inner)
    return outer


# ==========================================================================
# PHI - names
# ==========================================================================
@reg("phi", "names", "Nguyễn Bảo Minh")
def names_1():
    prev = """Can someone update me on plan for tonight? Parents called twice.
- Bobbie Jo, unit desk"""
    m = M("Gina Park <gpark@%s>" % H, "NICU Pod C <nicu-podc@%s>" % H,
          "Re: Nguyễn Bảo Minh (bed 3)", date=when(2024, 8, 14, 18, 20))
    return text(m, """Moved to pod C this afternoon, on room air since 1400, sats 94-98 since.
Parents will be at bedside 6-9 pm. Dad is fine with updates in English, mom
prefers the Vietnamese interpreter (language line 555-0144, ask for Thu if
available). Please go over the feeding plan with them tonight - 30 mL q3h
PO/NG, cue-based, and what to do with the NG when he finishes a bottle.

Gina

-----
%s""" % quote(prev))


@reg("phi", "names", "Okonkwo-Bello, Chidera")
def names_2():
    m = M("Bobbie Jo Caldwell <bcaldwell@%s>" % H, "Peds Ophthalmology Scheduling <eye-sched@%s>" % H,
          "add-ons for Thursday eye round", date=when(2024, 5, 7, 14, 3))
    return text(m, """Hi Marcy,

Please add these two to Thursday's NICU eye round with Dr. Salazar:

  Okonkwo-Bello, Chidera - bed 18 - her 2 week follow up exam
  Wojcik, Antoni - bed 26 - first exam, turns 31 wks this week

Dilating drops at 1300 per the usual. Nurses will have them swaddled and
ready by 1345. If Dr. S can't get to Okonkwo-Bello before 3 please let me
know since mom wanted to be there and she's coming after work.

Thank you!!
Bobbie Jo
NICU Unit Secretary, x4400
""")


@reg("phi", "names", "Anika Venkataraman")
def names_3():
    m = M("Marisol Ortega <mortega@%s>" % H, "Denise Whitfield <dwhitfield@%s>" % H,
          "Venkataraman family", cc="Ifeoma Nwachukwu MD <inwachukwu@%s>" % H,
          date=when(2024, 9, 19, 15, 44))
    body = """Denise,

Mrs. Venkataraman called the desk three times today about Anika's discharge
teaching. She is worried we're rushing it. Mr. Venkataraman will be the one
doing the infant CPR class - I booked him for Saturday 10 am. Mom wants to
do the bottle prep and the med teaching herself on Friday.

Also heads up: Dr. Venkataraman (the grandfather, he's a retired
cardiologist in Chennai) has been emailing Dr. Nwachukwu directly asking for
Anika's echo report. Mom and dad said it's ok to talk to him but they haven't
signed anything.

One more thing - mom thinks Anika is going home on a monitor. She is not;
the team decided against it on Monday. Could you be there when we clarify
with them tomorrow? I think it would go better with you in the room.

Thanks,
Marisol
"""
    hb = wrap_html(h2(body))
    return alt(m, body, hb)


@reg("phi", "names", "Zofia Wiśniewska-Kowal")
def names_4():
    m = M("Beth Ann Sorensen <bsorensen@%s>" % VOL, "Tuesday/Thursday Cuddlers <cuddlers-tt@%s>" % VOL,
          "Tues/Thurs cuddler notes - pod A", date=when(2024, 10, 7, 20, 15))
    return text(m, """Hi all,

A few notes for this week's Tuesday and Thursday afternoon shifts.

Zofia Wiśniewska-Kowal's mom has asked that someone hold Zofia during her
2 pm care time on Tuesdays and Thursdays now that she's back at work. Zofia
is on a little nasal cannula now, so her nurse will do the transfer to you -
please don't pick her up on your own. She settles best lying on her left
side against your chest, and she likes the white noise machine on low. Her
mom left a blanket that smells like her in the bin - please use that one.

Reminder that pod C is still closed to volunteers this week.

And a big thank you to Margit for covering three extra shifts last month!

Warmly,
Beth Ann

Beth Ann Sorensen
Volunteer Coordinator, Lantern Families NICU Family Support
555-0158
""", cs="iso-8859-2", cte="quoted-printable")


@reg("phi", "names", "Baby girl de la Cruz")
def names_5():
    m = M("Paul Lindqvist MD <plindqvist@%s>" % H, "Luis Echeverria <lecheverria@%s>" % H,
          "de la Cruz / dos Santos - transfers", date=when(2024, 1, 26, 19, 2))
    return text(m, """Luis,

Two updates for your Monday list.

Baby girl de la Cruz (mother María José de la Cruz Fernández) is cleared to
go back to St. Anne's level II nursery on Monday by our transport team. The
accepting physician is Dr. van der Berg; I spoke with him this afternoon and
sent the summary. Mom is aware and happy, since St. Anne's is 10 minutes
from home. Please make sure the donor milk consent transfers with her - they
use the same milk bank.

Thiago dos Santos stays with us. Surgery has him on the board Wednesday for
his G-tube, so he won't be ready for back-transfer until at least the
following week. His parents asked about parking vouchers again; could you
or Denise follow up?

Paul

Paul Lindqvist, MD
Neonatology | Lakeshore Women's & Children's Hospital
""")


@reg("phi", "names", "Yusuf Al-Hashimi")
def names_6():
    m = M("Hannah Kowalski <hkowalski@%s>" % H, "Denise Whitfield <dwhitfield@%s>" % H,
          "re: Al-Hashimi twins", date=when(2024, 6, 25, 12, 37))
    return text(m, """Hi Denise,

Saw your note. Mrs. Al-Hashimi (Noor) is pumping for both Yusuf and Maryam,
about 900 mL/day, which is honestly great for twins at 5 weeks. She asked for
a female Arabic interpreter for the pump and storage teaching - the phone
interpreter yesterday was male and she was uncomfortable, so I stopped and
rescheduled. Could you help me book an in-person one for Thursday 11 am?

Abu Yusuf (dad, Khalid) would like to be there for the bottle part but not
the pumping part, so we'll split it.

Feeding-wise, Yusuf is going to the breast twice a day now and doing well.
Maryam is still all gavage; OT is seeing her Friday.

Hannah

Hannah Kowalski, RN, IBCLC
Lactation Services | 555-0126
""")


@reg("phi", "names", "Dmitri Kuznetsov")
def names_7():
    m = M("Kayla Dubois <kdubois@%s>" % FU, "Samira Haddad, PT, DPT <shaddad@%s>" % FU,
          "Kuznetsov 18 mo - moved to 8/21", date=when(2024, 8, 2, 9, 55))
    return text(m, """Hi Samira,

Dmitri Kuznetsov's 18-month visit got moved to Wednesday 8/21 at 9:00 (mom
had a work conflict on the 14th). Mrs. Kuznetsova said on the phone that Dima
started walking two weeks ago and she'd really like PT to see him that same
day so she doesn't have to take another morning off. Can you add him to your
9:45? Dr. Amsel is fine with PT going second.

She'll need a Russian interpreter again - I put in the request.

Also, Ondřej Dvořák's family called to cancel their 8/21 PT, so that slot
is open if you need to shuffle.

Thanks,
Kayla
""")


@reg("phi", "names", "Léa-Noëlle Beauchêne")
def names_8():
    m = M("Ifeoma Nwachukwu MD <inwachukwu@%s>" % H, "Paul Lindqvist MD <plindqvist@%s>" % H,
          "Sign-out: Beauchêne, Eze", date=when(2024, 11, 2, 18, 58))
    body = """
<div>Paul &ndash; two to watch tonight, everyone else is boring (in a good way).</div>
<br>
<div><b>L&eacute;a-No&euml;lle Beauch&ecirc;ne</b> &mdash; stable on CPAP 5, FiO2 25&ndash;30%. Full feeds, tolerating.
Parents (Claire and Yannick) are very anxious about the bili, it was 9.8 this AM, recheck with 0400 labs. If
&gt;11 restart lights. Dad is francophone, mom fine in English.</div>
<br>
<div><b>Emeka</b> (Chukwuemeka Eze, bed 40) &mdash; got 15 mL/kg PRBC at 1600 for hct 24. Post-transfusion hct
with AM labs. Mom Ngozi will call around 10 pm, she works nights; ok to give her the update by phone.</div>
<br>
<div>Ifeoma</div>
<div style="color:#888;font-size:9pt">Sent from Lakeshore WCH Outlook Web</div>
"""
    return html(m, wrap_html(body), cte="quoted-printable")


# ==========================================================================
# PHI - self
# ==========================================================================
@reg("phi", "self", "Keisha")
def self_1():
    m = M("Keisha M <keishamarie.w@hotbox.example>", "Hannah Kowalski <hkowalski@%s>" % H,
          "supply dropping", date=when(2024, 5, 13, 23, 48))
    body = """Hi Hannah,

It's Keisha (Jaylen's mom, bed 12). My pumping output has gone from about
20 oz a day to maybe 12 over the last week since I went back to work. I'm
using the rental hospital-grade pump 8 times a day on my days off but at work I can
only get 5 sessions in. My right side has been sore and kind of red and
warm to the touch since Saturday, no fever that I know of.

Is it ok to take the fenugreek capsules my sister gave me? The NP at my OB's
office mentioned domperidone but said to ask you first because of the baby.

Also can I still bring in the milk I pumped while I was taking the
ibuprofen?

Thank you for everything,
Keisha

Sent from my Galaxy
"""
    return text(m, body)


@reg("phi", "self", "Ashley Nguyen-Price")
def self_2():
    m = M("Ashley Nguyen-Price <ash.np@inboxly.example>", "Denise Whitfield <dwhitfield@%s>" % H,
          "the therapist referral", date=when(2024, 7, 24, 1, 12))
    body = """Hi Denise,

You told me to email you if I wanted to talk to someone, so I'm doing that
before I change my mind. I did the questionnaire with the nurse again on
Monday and I think it came out to 15 this time, it was 11 before. I'm not
sleeping even when I could be, and I cry in the car after every visit.
I haven't had thoughts of hurting myself or the baby, I want to be clear
about that.

My OB started me on sertraline 25 mg last Friday. She said it takes a few
weeks.

Can you give me the name of the therapist who does virtual visits? For the
referral: Ashley Nguyen-Price, DOB 04/11/1995, my insurance is Northmark
through my husband's job.

Thank you for being kind to me.
Ashley
"""
    hb = wrap_html('<div dir="ltr">' + h2(body) + "</div>")
    return alt(m, body, hb)


@reg("phi", "self", "Walter Dunmore")
def self_3():
    m = M("Walt Dunmore <wdunmore1951@oldmail.example>", "NICU Front Desk <nicu-desk@%s>" % H,
          "Visiting question - grandfather", date=when(2024, 3, 27, 8, 3))
    return text(m, """To whom it may concern,

My name is Walter Dunmore. I am the grandfather of baby Harper in room 16,
my daughter is Kristen Dunmore-Lowe.

I broke out with shingles on my lower back last Tuesday. My doctor put me
on valacyclovir and today is day 6. The spots have all scabbed over and I
feel fine. I would very much like to visit on Saturday. Do I need a note
from my doctor, and who should I give it to?

For your records I had my flu shot and the whooping cough booster in
January at the pharmacy.

Thank you,
Walt
""", cs="us-ascii")


@reg("phi", "self", "Marcus")
def self_4():
    m = M("Marcus T. <mtaylor.home@pmail.example>", "Marisol Ortega <mortega@%s>" % H,
          "cant come in tonight", date=when(2024, 1, 8, 7, 19))
    body = """Hey Marisol, tested positive for covid this morning. Fever was 101.4
last night and my throat is killing me. I know I can't come in - how long
do I have to stay out? Does it count from the test or when I started
feeling sick (Saturday night)? Tasha tested negative so far, she'll be
there at noon.

Tell the little man daddy misses him.
Marcus

Sent from my iPhone"""
    hb = wrap_html("<div>" + xesc(body).replace("\n", "<br>") + "</div>",
                   style="font-family:-apple-system,Helvetica;font-size:14px")
    return alt(m, body, hb)


@reg("phi", "self", "Jenna Morales")
def self_5():
    m = M("Jenna Morales <jmorales@%s>" % H, "Colleen Fitzgerald <cfitzgerald@%s>" % H,
          "leave dates / light duty", date=when(2024, 4, 2, 14, 50))
    return text(m, """Hi Colleen,

My surgeon's office finally gave me a date - I'm having my gallbladder taken
out laparoscopically on Wednesday May 8 at Riverside Surgical Center. They're
saying 2 weeks off and then no lifting over 15 lb for another 4 weeks, so
I'd need light duty for those weeks (no admissions, no lifting isolettes).
Could I do discharge teaching or help Lisa with the education stuff?

I'll pick up the FMLA packet from HR this week and have Dr. Hsu's office
fill out the certification. I already took my name off the May self-schedule
for 5/6-5/22.

Sorry for the short notice, the gallstone attacks have been getting worse.

Thanks,
Jenna

Jenna Morales, RN
NICU Nights
""")


@reg("phi", "self", "Chioma")
def self_6():
    m = M("Chioma Obi <chioma.obi@fastpost.example>", "NICU Pod B <nicu-podb@%s>" % H,
          "Skin to skin question", date=when(2024, 10, 5, 9, 31))
    body = """
<div>Good morning,</div>
<div><br></div>
<div>This is Chioma, Amara Obi's mum (pod B). I had my C-section on the 2nd and since yesterday the incision on
the left side is oozing a bit of yellow and it feels warm. I went to my OB this morning and she swabbed it and
started me on Keflex 500 four times a day.</div>
<div><br></div>
<div>Is it still ok for me to do skin to skin with Amara today? I don't want to give her anything. Should I
wear a gown over the dressing? And can I keep pumping while on the antibiotic?</div>
<div><br></div>
<div>Thank you,</div>
<div>Chioma</div>
"""
    return html(m, wrap_html(body), cte="base64")


@reg("phi", "self", "Destiny Harlan")
def self_7():
    m = M("Destiny Harlan <destinyh99@pmail.example>", "Member Services <memberservices@%s>" % MCD,
          "my coverage after delivery", date=when(2024, 4, 3, 21, 0))
    return text(m, """Hello,

My name is Destiny Harlan, member ID CBH-552017843, DOB 9/2/1999. I had my
baby March 18 at Lakeshore by emergency c-section (she is still in the NICU)
and I got a letter in the mail saying my pregnancy coverage is ending.

I still have my 6 week postpartum appointment on 4/29 and my blood pressure
medication (labetalol 200 mg twice a day) runs out on the 20th. The doctor
said my pressures are still high and I need to keep taking it.

I read that the state has 12 months of postpartum coverage now. Do I qualify?
What do I need to send you? My phone is 555-0193.

Thank you,
Destiny Harlan
""", cte="base64")


# ==========================================================================
# PHI - identifiers
# ==========================================================================
@reg("phi", "ids", "GUTIERREZ, SANTIAGO")
def ids_1():
    m = M("CareBridge Utilization Management <um-pharmacy@%s>" % MCD,
          "Luis Echeverria <lecheverria@%s>" % H,
          "Prior Authorization Determination - APPROVED - PA-24-0091877", date=when(2023, 11, 14, 10, 2))
    return text(m, """CareBridge Health Plan - Pharmacy Prior Authorization
DETERMINATION NOTICE

Determination: APPROVED
PA Number:     PA-24-0091877
Date:          11/14/2023

Member Name:   GUTIERREZ, SANTIAGO
Member ID:     7710438826
Member DOB:    11/02/2023
Plan:          CareBridge Medicaid - Lakeland

Requested Drug:   palivizumab (Synagis) 100 mg/mL injection
Directions:       15 mg/kg IM once monthly, max 5 doses
Approved Period:  11/14/2023 - 03/31/2024
Quantity:         per current weight, dispensed monthly

Prescriber:       Paul Lindqvist, MD  NPI 1093847561
Requesting Site:  Lakeshore Women's & Children's Hospital - NICU

Dose 1 may be administered prior to discharge from the inpatient setting.
Subsequent doses to be dispensed by the plan's specialty pharmacy partner,
Crescent Specialty Rx, 555-0170, and delivered to the member's home or
to the administering pediatric office.

Questions: Pharmacy UM line 555-0172, option 3, Mon-Fri 8-6.

This notice is intended for the requesting provider. %s
""" % DISC_SHORT, cte="base64")


@reg("phi", "ids", "Lily Tran")
def ids_2():
    m = M("Northmark Health <noreply-claims@%s>" % PRIV, "Thanh Tran <thanh.tran.82@inboxly.example>",
          "Your Explanation of Benefits is ready - Claim NM-2024-0318-77214", date=when(2024, 5, 6, 4, 15))
    t = """Hi Thanh,

A new Explanation of Benefits (EOB) is available for a member on your plan.

Patient:            Lily Tran
Patient DOB:        14-Mar-2024
Member ID:          NMH 600418223-02
Group:              44120 (Vantage Engineering LLC)
Claim number:       NM-2024-0318-77214
Provider:           Lakeshore Women's & Children's Hospital
Service dates:      03/14/2024 - 04/02/2024
Service:            Inpatient - Neonatal intensive care (level III), room & board, respiratory
                    support, lab, pharmacy

Billed:             $187,420.16
Plan discount:      $96,310.55
Plan paid:          $89,659.61
Your share:         $1,450.00 (applied to out-of-pocket maximum)

This is not a bill. Your provider may bill you for your share.
View the full EOB (attached) or sign in at member.northmarkhealth.example.

Northmark Health Member Services 555-0105
"""
    hb = wrap_html(
        '<table width="600" style="font-family:Arial;font-size:13px"><tr><td>'
        '<h2 style="color:#0b4f6c">Your EOB is ready</h2>' + h2(t.split("\n\n", 1)[1]).replace("<p>Patient:", "<p style=\"font-family:monospace\">Patient:")
        + '</td></tr></table>')
    alt(m, t, hb)
    eob = pdf([
        "NORTHMARK HEALTH - EXPLANATION OF BENEFITS",
        "THIS IS NOT A BILL",
        "",
        "Subscriber: Thanh Tran            Member ID: NMH 600418223-00",
        "Patient:    Lily Tran             Member ID: NMH 600418223-02",
        "Patient DOB: 03/14/2024           Relationship: Child",
        "Claim No.: NM-2024-0318-77214     Received: 04/19/2024   Processed: 05/03/2024",
        "Provider: Lakeshore Women's & Children's Hospital   Acct# 7720044512",
        "",
        "Svc Dates          Description                       Billed       Allowed     Paid",
        "03/14-04/02/24     NICU Level III R&B (19 days)     142,500.00    70,110.00   70,110.00",
        "03/14-04/02/24     Respiratory svcs - CPAP           18,204.00     8,930.11    8,930.11",
        "03/14-04/02/24     Laboratory                        14,876.40     6,102.50    6,102.50",
        "03/14-04/02/24     Pharmacy                          11,839.76     5,967.00    4,517.00",
        "",
        "TOTALS                                              187,420.16    91,109.61   89,659.61",
        "Member responsibility: 1,450.00 (coinsurance)",
        "",
        "Remark N130: Consult plan benefit documents for coverage limitations.",
        "Appeal rights: you may request a review within 180 days of this notice.",
    ])
    attach(m, eob, "application/pdf", "EOB_NM-2024-0318-77214.pdf")
    return m


@reg("phi", "ids", "BABY BOY CHEN-WATANABE")
def ids_3():
    m = M("Newborn Screening Follow-up <nbs.followup@%s>" % NBS, "NICU Nurse Manager <cfitzgerald@%s>" % H,
          "Repeat specimen requested - NBS24-0081237",
          cc="Paul Lindqvist MD <plindqvist@%s>" % H, date=when(2024, 3, 8, 13, 26))
    return text(m, """Lakeland Department of Health - Public Health Laboratory
Newborn Screening Program, Follow-up Unit

REQUEST FOR REPEAT SPECIMEN

Infant:            BABY BOY CHEN-WATANABE
Mother:            Akiko Chen-Watanabe
Specimen ID:       NBS24-0081237      Kit serial: 4412907
Infant DOB/time:   2024-03-05  03:12
Collected:         2024-03-05  21:40  (age at collection 18.5 h)
Birth weight:      1,385 g   GA 30 wk
Feeding:           TPN
Transfusion:       none reported
Submitter:         Lakeshore WCH NICU (facility code 0412)
Provider:          Paul Lindqvist, MD

Result:  UNSATISFACTORY - collected <24 h of age; amino acid / acylcarnitine
         profile not interpretable on TPN. Thyroid and CAH results reported
         separately as within normal limits for age and weight.

Action requested: collect repeat specimen at 48-72 h of age or as soon as
possible, and a routine 2-week specimen per low-birth-weight protocol.
Please mark "REPEAT" on the card and reference the specimen ID above.

Lab contact: Janelle Price, RN, Follow-up Coordinator, 555-0115
Fax results questions to 555-0116.

CONFIDENTIAL: This communication contains information about a newborn that
is protected under state law. Do not forward outside the care team.
""")


@reg("phi", "ids", "Kamila Rashidova")
def ids_4():
    m = M("Denise Whitfield <dwhitfield@%s>" % H, "Intake - Lakeland Birth to Three <intake@btt-lakeland.example>",
          "Early Intervention referral - Rashidova", date=when(2024, 2, 20, 11, 5))
    return text(m, """Hello,

Please accept this referral to Birth to Three for a NICU graduate.

Child:          Kamila Rashidova
DOB:            June 3rd, 2023 (born at 26 weeks 1 day)
Birth weight:   790 g
Parent:         Dilnoza Rashidova (mother)
Phone:          (555) 014-7782 - texting preferred
Address:        4410 Larkspur Ct, Apt 2B, Fairview, LK 60433
Language:       Uzbek; Russian ok. Please use an interpreter.
Insurance:      CareBridge Medicaid, ID 7710520087

Reason for referral: automatic eligibility by birth weight / gestational
age. At her 6 month corrected visit on 2/15 our PT noted she is not yet
bearing weight through her arms and keeps her hands fisted on the right.
Feeding is slow (40 min per bottle). We are requesting PT and a feeding
evaluation; the family would prefer home visits since mom does not drive.

Her next follow-up clinic visit is 5/16. Please send the IFSP to our fax
555-0132 or to this email.

Denise Whitfield, LCSW
NICU Social Work | 555-0177
Lakeshore Women's & Children's Hospital

%s
""" % DISC)


@reg("phi", "ids", "Owen Fitzpatrick")
def ids_5():
    parent = """Hi, I got a statement for $2,310.44 for my son Owen. I thought
Medicaid was covering the NICU stay? There is also a line for a
"phototherapy unit" that we never had at home. Can someone explain?
The account number on the bill is 7720019934.

Thanks,
Caitlin Fitzpatrick
555-0139"""
    m = M("Patient Financial Services <pfs-help@%s>" % H, "Caitlin Fitzpatrick <cait.fitz@webpost.example>",
          "RE: question about my son's bill - Acct 7720019934", date=when(2024, 4, 22, 15, 33))
    return text(m, """Dear Ms. Fitzpatrick,

Thank you for reaching out. I reviewed the account:

  Guarantor Account:  7720019934
  Patient:            Owen Fitzpatrick
  Med Rec #:          W-3391827
  Date of Birth:      January 9th, 2024
  Dates of Service:   01/09/24 - 02/27/24 (NICU inpatient stay)

The balance you see is what your primary insurance (Northmark) applied to
the deductible and coinsurance. Medicaid is on file as secondary but the
claim was denied because the newborn had not yet been added to your
Medicaid case when we billed. Once Owen is linked to the case we will
rebill and the balance should go to $0. I have put a 60-day hold on the
account so you will not get collection letters in the meantime.

The "phototherapy unit" charge is for the bili lights he had in the NICU
during his first week, not equipment at home.

Please call us at 555-0109 once you have his Medicaid ID number.

Sincerely,
Rochelle Banks
Patient Account Representative
Patient Financial Services, Lakeshore Women's & Children's Hospital

-----Original Message-----
From: Caitlin Fitzpatrick
Sent: Friday, April 19, 2024 8:47 PM
Subject: question about my son's bill

%s""" % parent)


@reg("phi", "ids", "Emmanuel Boateng")
def ids_6():
    m = M("CarePath Order Desk <orders@%s>" % SEAT, "Luis Echeverria <lecheverria@%s>" % H,
          "Order Confirmation CP-88142 - Boateng", date=when(2024, 3, 28, 16, 10))
    rows = [["Field", "Value"],
            ["Order #", "CP-88142"],
            ["Patient", "Emmanuel Boateng"],
            ["DOB", "02/17/24"],
            ["Item", "Infant car bed, rental (CP model HCB-200)"],
            ["Reason / Rx", "Did not tolerate semi-reclined car seat - infant car seat screen x2"],
            ["Prescriber", "Rachel Amsel, MD"],
            ["Insurance", "CareBridge Medicaid, ID 7710551093"],
            ["Deliver to", "88 Orchard Hill Rd, Millbrook, LK 60419"],
            ["Contact", "Akosua Boateng (mother) 555-0187"],
            ["Delivery window", "Tue 4/2, 10a-2p, fitting at hospital NICU lobby"]]
    t = "Hi Luis,\n\nConfirming the order below. Fitting will be done with mom at the NICU lobby before discharge.\n\n"
    t += fixed(rows) + "\nThanks,\nDerek Lam\nCarePath Mobility & Seating | 555-0182\n"
    hb = wrap_html("<p>Hi Luis,</p><p>Confirming the order below. Fitting will be done with mom at the NICU lobby "
                   "before discharge.</p>" + table_html(rows) +
                   "<p>Thanks,<br>Derek Lam<br>CarePath Mobility &amp; Seating | 555-0182</p>")
    return alt(m, t, hb, hcte="quoted-printable")


@reg("phi", "ids", "Zainab Musa")
def ids_7():
    m = M("Aerolink Home Respiratory <intake@aerolink-resp.example>", "Luis Echeverria <lecheverria@%s>" % H,
          "Setup scheduled - pediatric O2 - Musa", date=when(2024, 2, 5, 12, 44))
    return text(m, """Good afternoon,

The home oxygen setup for your discharge is scheduled.

Pt:        Zainab Musa
DOB:       05.02.2024
MRN:       01-447-392 (Lakeshore)
Order:     O2 via infant nasal cannula 1/8 LPM continuous; pulse oximeter
           for overnight/prn spot checks; 2 E-tanks + concentrator
Address:   17 Birchwood Terr., Unit 4, Eastgate LK 60422
Tel.:      +1 555 0162 (father, Ibrahim Musa) / +1 555 0163 (mother, Hauwa)
Setup:     Wed 02/07, RT visit 4-6 pm; RT will also teach at bedside Tue

Please send updated face sheet and signed CMN by Tue noon. Payer on file:
CareBridge Medicaid.

Regards,
Olu Adebayo, RRT
Aerolink Home Respiratory - Pediatric Intake
555-0167
""")


@reg("phi", "ids", "Baby Girl Okafor-Reed")
def ids_8():
    m = M("Denise Whitfield <dwhitfield@%s>" % H, "Eligibility Unit <newborns@medicaid.lakelandhealth.example>",
          "Newborn add request - infant of Jasmine Okafor-Reed", date=when(2024, 7, 25, 9, 12))
    return text(m, """Good morning,

Requesting deemed-newborn coverage for the infant below. Baby was born at
29 weeks and has been in our NICU since birth, so we need the newborn linked
before we can arrange any services.

Mother:            Jasmine Okafor-Reed
Mother SSN:        412-55-8821
Mother DOB:        1998-12-04
Mother case #:     LM-2203187
Infant:            Baby Girl Okafor-Reed (name pending: "Zuri")
Infant DOB:        07/22/24 at 06:51
Hospital MRN:      00482917
Admit:             07/22/24, NICU, Lakeshore Women's & Children's Hospital

Please reply with the infant's Medicaid ID once issued. Mom has no phone
at the moment; messages can go through me at 555-0177.

Thank you,
Denise Whitfield, LCSW
NICU Social Work
""")


# ==========================================================================
# PHI - lists
# ==========================================================================
@reg("phi", "lists", "Jaylen Whitaker")
def lists_1():
    rows = [["Bed", "Name", "GA/CGA", "DOL", "Wt(g)", "Resp", "Feeds", "Notes"],
            ["1", "Whitaker, Jaylen", "31/35+2", "29", "1980", "RA", "PO/NG 38q3", "CST Fri"],
            ["2", "BG Adeyemi", "35/36+4", "8", "2410", "RA", "ad lib", "d/c Tue"],
            ["3", "Nguyen, Bao Minh", "30/33+1", "22", "1640", "RA", "30 q3", "interp Viet"],
            ["5", "Castillo, Mateo", "32/36", "28", "1910", "RA", "PO/NG 40q3", "open crib"],
            ["7", "Thompson, Riley", "34/37+1", "22", "2350", "RA", "ad lib", "car bed order"],
            ["9", "BB Osei", "27/29+3", "17", "1220", "CPAP 6", "DBM 45q3", "SW f/u"],
            ["12", "Sokolova, Varvara", "27/31", "28", "1370", "HFNC 2L", "MBM+HMF 28q3", "ROP Thu"],
            ["14", "Brennan, Isaac", "33/35+5", "18", "2050", "RA", "PO 45q3", "caff off 3/2"]]
    m = M("Tanya Brooks <tbrooks@%s>" % H, "NICU Charge RNs <nicu-charge@%s>" % H,
          "census 0600", cc="Colleen Fitzgerald <cfitzgerald@%s>" % H)
    return text(m, """Pod A/B census at 0600. 2 pending admits from L&D (twins 33 wk, mom in
triage). Staffing: 11 RNs, 1 float.

""" + fixed(rows) + """
BB Osei - mom has not visited in 3 days, SW aware.
Please update me by 1000 with any discharges.

T. Brooks, charge
""")


@reg("phi", "lists", "Kamila Rashidova")
def lists_2():
    hdr = ["Time", "Patient", "DOB", "Corr age", "Visit", "Provider", "Interp"]
    rows = [hdr,
            ["8:30", "Kamila Rashidova", "06/03/2023", "10 mo", "Bayley-4 + MD", "Amsel / Haddad", "Uzbek"],
            ["9:00", "Theo Lindgren", "11/21/2022", "18 mo", "MD + SLP", "Amsel / Ruiz", ""],
            ["9:45", "Dmitri Kuznetsov", "01/29/2023", "16 mo", "PT", "Haddad", "Russian"],
            ["10:30", "Amara Obi", "10/02/2023", "4 mo", "first visit", "Nwachukwu", ""],
            ["11:15", "Santiago Gutierrez", "11/02/2023", "4 mo", "MD + nutrition", "Amsel / Park", "Spanish"],
            ["1:00", "Aiden Kowalczyk", "05/12/2023", "12 mo", "Bayley-4 (resched)", "Amsel / Haddad", ""],
            ["1:45", "Lily Tran", "03/14/2024", "1 mo", "hearing recheck + MD", "Amsel", ""],
            ["2:30", "Priya & Rohan Iyer (twins)", "08/30/2022", "24 mo", "Bayley-4", "Amsel / Haddad", ""]]
    body = "Clinic list for Tuesday 7/16. Rooms 3, 4, 5 and the gym.\n\n"
    body += "\n".join("\t".join(r) for r in rows) + "\n"
    body += "\nNutrition will weigh/measure everyone in room 3 first. Please print growth charts the day before.\n\nKayla\n"
    m = M("Kayla Dubois <kdubois@%s>" % FU, "Follow-up Clinic Team <nicu-fu-team@%s>" % FU,
          "Tue 7/16 clinic list", date=when(2024, 7, 15, 15, 2))
    return text(m, body, cte="quoted-printable")


@reg("phi", "lists", "Tran, Lily")
def lists_3():
    m = M("Rebecca Hollis, AuD <rhollis@%s>" % H, "Kayla Dubois <kdubois@%s>" % FU,
          "hearing rescreen list - May", date=when(2024, 5, 2, 10, 30))
    lines = [
        "| Patient              | MRN       | DOB        | Inpt screen           | Rescreen   |",
        "|----------------------|-----------|------------|-----------------------|------------|",
        "| Tran, Lily           | 00471930  | 03/14/2024 | refer R / pass L      | 05/09 9:00 |",
        "| Carvalho Souza, Davi | 00476102  | 03/29/2024 | refer R / pass L      | 05/09 9:45 |",
        "| Mensah, Kofi         | 00468877  | 02/22/2024 | pass both; ECMO hx    | 05/16 9:00 |",
        "| Haddad, Lina         | 00479315  | 04/08/2024 | refer both            | 05/16 9:45 |",
        "| Petrov, Aleksandr    | 00470054  | 03/11/2024 | pass both; CMV+ urine | 05/23 9:00 |",
    ]
    return text(m, """Kayla,

Outpatient ABR rescreens for May below. All need to come in sleepy and
hungry - please remind families to keep them awake on the drive. Davi's
family needs a Portuguese interpreter.

""" + "\n".join(lines) + """

If anyone refers again I'll book the sedated ABR and the ENT consult myself.

Rebecca Hollis, AuD, CCC-A
Pediatric Audiology
""")


@reg("phi", "lists", "Ramírez, Dylan")
def lists_4():
    rows = [["dispense_date", "recipient", "mrn", "unit_bed", "lot", "kcal_oz", "volume_ml", "courier"],
            ["2024-06-10", "Ramírez, Dylan", "00490021", "NICU-21", "24-0611", "20", "960", "Tue AM"],
            ["2024-06-10", "Osei, Baby Boy", "00486613", "NICU-09", "24-0611", "20", "1440", "Tue AM"],
            ["2024-06-10", "Al-Hashimi, Maryam", "00488140", "NICU-33", "24-0598", "22", "720", "Tue AM"],
            ["2024-06-10", "Sokolova, Varvara", "00485371", "NICU-12", "24-0598", "22", "840", "Tue AM"],
            ["2024-06-13", "Joseph, Widlène", "00491188", "NICU-27", "24-0620", "20", "600", "Thu PM"],
            ["2024-06-13", "Dela Rosa, Sofia", "00490877", "NICU-16", "24-0620", "20", "480", "Thu PM"],
            ["2024-06-13", "Lin, Xiaoyu", "00491045", "NICU-04", "24-0620", "20", "360", "Thu PM"]]
    m = M("Renata Alves <ralves@%s>" % MILK, "Hannah Kowalski <hkowalski@%s>" % H,
          "weekly dispense report - Lakeshore NICU - wk of 6/10", date=when(2024, 6, 14, 16, 5))
    text(m, """Hi Hannah,

Attached is the dispense report for your unit this week for your records
and the monthly reconciliation. Let me know if any of these babies came off
donor milk so I can adjust next week's standing order.

Thanks,
Renata
Heartland Mothers' Milk Bank
""")
    attach(m, csv_text(rows), "text/csv", "Lakeshore_NICU_dispense_2024-06-10.csv")
    return m


@reg("phi", "lists", "Beauchêne, Léa-Noëlle")
def lists_5():
    rows = [["ROP exam schedule - week of 11/11/2024", "", "", "", "", "", ""],
            ["Bed", "Patient", "MRN", "GA at birth", "PMA", "Last exam / finding", "Due"],
            ["04", "Beauchêne, Léa-Noëlle", "00502217", "25+4", "32+1", "11/04 zone II stage 1 OU", "11/11"],
            ["12", "Sokolova, Varvara", "00485371", "27+0", "34+0", "10/28 immature zone II", "11/11"],
            ["18", "Okonkwo-Bello, Chidera", "00499930", "26+2", "33+6", "11/04 zone II stage 2 OD, pre-plus", "11/08"],
            ["26", "Wójcik, Antoni", "00500412", "28+1", "31+5", "first exam", "11/11"],
            ["40", "Eze, Chukwuemeka", "00501886", "24+6", "30+2", "not yet due", "11/18"],
            ["33", "Al-Hashimi, Yusuf", "00488139", "29+3", "36+4", "10/28 mature OU - signed off", "-"]]
    m = M("Bobbie Jo Caldwell <bcaldwell@%s>" % H, "Luis Salazar MD <lsalazar@%s>" % H,
          "ROP list for Monday", date=when(2024, 11, 8, 15, 40), cc="NICU Charge RNs <nicu-charge@%s>" % H)
    text(m, "Dr. Salazar,\n\nAttached is Monday's list. Chidera Okonkwo-Bello was moved up to Friday 11/8 per your note.\n\n"
            "Bobbie Jo\nNICU Unit Secretary x4400\n")
    attach(m, xlsx(rows, "ROP"), XLSX, "ROP_exams_2024-11-11.xlsx")
    return m


@reg("phi", "lists", "Harper Dunmore-Lowe")
def lists_6():
    blocks = ["Lantern Families - Cuddler Assignments",
              "Week of April 1, 2024 - Pod A and Pod B (Pod C closed to volunteers)",
              "Please check in with the bedside nurse before every hold. Hand hygiene and gown at the door.",
              [["Day/Time", "Volunteer", "Bed", "Baby", "Notes from nurse/family"],
               ["Mon 10-12", "Harold J.", "16", "Harper Dunmore-Lowe", "withdrawal scoring q3 - hold upright, dim lights, no rocking"],
               ["Mon 2-4", "Margit S.", "21", "Dylan Ramirez", "on NG feeds, hold during tube feed ok"],
               ["Tue 10-12", "Pat O.", "09", "Baby Boy Osei", "family visits rarely - extra holds please"],
               ["Tue 2-4", "Margit S.", "12", "Varvara Sokolova", "high flow - nurse transfers"],
               ["Wed 6-8pm", "Deb K.", "27", "Widlene Joseph", "mom visits 8pm, finish before"],
               ["Thu 10-12", "Harold J.", "16", "Harper Dunmore-Lowe", "same as Mon"],
               ["Fri 2-4", "Pat O.", "05", "Mateo Castillo", "parents ok with holding, open crib"]],
              "Questions: Beth Ann 555-0158"]
    m = M("Beth Ann Sorensen <bsorensen@%s>" % VOL, "Cuddler Volunteers <cuddlers@%s>" % VOL,
          "Cuddler schedule wk of 4/1", date=when(2024, 3, 29, 17, 0))
    text(m, "Hi everyone,\n\nThis week's assignments are attached. Harold, thank you for taking both of "
            "Harper's shifts - the nurses say she does so much better with you.\n\nBeth Ann\n")
    attach(m, docx(blocks), DOCX, "Cuddler_Assignments_wk0401.docx")
    return m


@reg("phi", "lists", "Gutierrez, Santiago")
def lists_7():
    lines = [
        "LAKESHORE WCH NICU - RSV IMMUNIZATION TRACKING   Season 2023-24   printed 01/05/2024",
        "",
        "Name                      MRN        DOB         Product       Dose  Date given   Next due",
        "------------------------  ---------  ----------  ------------  ----  -----------  ----------",
        "Gutierrez, Santiago       00461207   11/02/2023  palivizumab   2/5   12/13/2023   01/10/2024",
        "Petrov, Aleksandr         00462550   10/19/2023  nirsevimab    1/1   11/30/2023   --",
        "Mensah, Kofi              00463018   09/28/2023  palivizumab   3/5   12/20/2023   01/17/2024",
        "Lindgren, Theo (sib)      --         --          n/a           --    --           --",
        "Haddad, Lina              00464471   12/01/2023  nirsevimab    1/1   12/28/2023   --",
        "Abiodun, Tomi             00465120   12/22/2023  nirsevimab    1/1   01/03/2024   --",
        "Nakamura, Hana            00465902   12/18/2023  nirsevimab    0/1   due at d/c   d/c",
        "",
        "palivizumab doses after discharge via Crescent Specialty Rx; PCP to confirm.",
        "Nirsevimab shortage - prioritize <29 wk and CLD per unit guidance 10/23.",
    ]
    m = M("Trinh Le, PharmD <tle@%s>" % H, "Luis Echeverria <lecheverria@%s>" % H,
          "RSV tracking sheet Jan", date=when(2024, 1, 5, 12, 12))
    text(m, "Luis - current RSV tracking attached as PDF. Nakamura needs nirsevimab before discharge, please "
            "make sure it's on the d/c checklist.\n\nTrinh\n")
    attach(m, pdf(lines, size=8), "application/pdf", "RSV_tracking_2024-01-05.pdf")
    return m


# ==========================================================================
# PHI - structured
# ==========================================================================
@reg("phi", "struct", "OYELARAN, BABY BOY")
def struct_1():
    hl7 = "\n".join([
        "MSH|^~\\&|EPICADT|LWCH|BEDBOARD|LWCH|20240612031522||ADT^A01^ADT_A01|LW8812094|P|2.5.1",
        "EVN|A01|20240612031500|||RNGPARK^Park^Gina",
        "PID|1||00503318^^^LWCH^MR~7720061188^^^LWCH^AN||OYELARAN^BABY BOY^^^^^L||20240612024700|M|||2231 Wexford Ave^^Fairview^LK^60433^USA||^PRN^PH^^1^555^0121||||||||||Y|1",
        "NK1|1|OYELARAN^FOLASADE^^^^^L|MTH^Mother|2231 Wexford Ave^^Fairview^LK^60433|^PRN^PH^^1^555^0121",
        "PV1|1|I|NICU^^^LWCH^^^^NICU||||1093847561^Lindqvist^Paul^^^MD|||NIC||||1|||1093847561^Lindqvist^Paul^^^MD|IN||MCD|||||||||||||||||||LWCH||A|||20240612031500",
        "PV2|||^29 WEEKS GESTATION, RESPIRATORY SUPPORT",
        "IN1|1|MCD01|CBH|CAREBRIDGE HEALTH PLAN|||||||||||OYELARAN^FOLASADE|MTH|19960317||||||||||||||||||7710563302",
    ])
    m = M("Devon Clarke <dclarke@%s>" % H, "Integration Team <hl7-support@%s>" % H,
          "A01 not landing on NICU bed board", cc="Tanya Brooks <tbrooks@%s>" % H,
          date=when(2024, 6, 12, 7, 40))
    return text(m, """Team,

Charge nurse reported that an overnight NICU admit never showed on the bed
board. I pulled the A01 from the engine - it went out at 03:15 but the bed
board rejected it with "PV1-3.2 room required". Looks like L&D admitted to
the unit without a bed assignment. Raw message below. Can someone reprocess
once the bed is assigned (charge says bed 11)?

%s

Error: BB-VAL-117 Required field PV1-3.2 missing (msg LW8812094)

Thanks,
Devon Clarke
Clinical Applications Analyst - Interfaces
""" % hl7)


@reg("phi", "struct", "SOKOLOVA, VARVARA")
def struct_2():
    segs = [
        "MSH|^~\\&|NBSLIMS|LKPHL|EPICLAB|LWCH|20240129111804||ORU^R01^ORU_R01|PHL24012900731|P|2.5.1|||AL|NE",
        "PID|1||NBS24-0009215^^^LKPHL^SID~00485371^^^LWCH^MR||SOKOLOVA^VARVARA^^^^^L||20240112|F|||77 Ridgeview Ln^^Eastgate^LK^60422",
        "NK1|1|SOKOLOVA^ELENA|MTH",
        "ORC|RE||NBS24-0009215|||||||||1093847561^Lindqvist^Paul",
        "OBR|1||NBS24-0009215|57128-1^Newborn screening panel^LN|||20240126063000|||||||||1093847561^Lindqvist^Paul||||||20240129111500|||F",
        "OBX|1|CE|57718-9^Sample quality^LN||LA12432-3^Acceptable^LN||||||F",
        "OBX|2|NM|29575-8^TSH^LN||21.4|m[IU]/L|<20|H|||F",
        "OBX|3|NM|54090-4^T4 total^LN||5.1|ug/dL|>6.5|L|||F",
        "OBX|4|CE|57721-3^Reason for lab test in dried blood spot^LN||LA16150-7^Repeat - low birth weight^LN||||||F",
        "OBX|5|TX|57130-7^Newborn screening report summary^LN||Thyroid: borderline abnormal. Recommend serum TSH and free T4 within 48 hours. All other disorders screened within normal limits.||||||F",
        "NTE|1||Follow-up coordinator J. Price 555-0115. Report faxed to submitter.",
    ]
    data = "\r".join(segs) + "\r"
    m = M("Newborn Screening Follow-up <nbs.followup@%s>" % NBS, "NICU Lab Results <nicu-results@%s>" % H,
          "Secure: NBS borderline result requiring action - 1 infant", date=when(2024, 1, 29, 11, 30))
    text(m, """A newborn screening result requiring follow-up has been issued for an
infant in your facility. The HL7 result is attached for direct import.
A phone call to the ordering provider is also being made today.

Lakeland Public Health Laboratory - Newborn Screening Program
555-0115 | fax 555-0116
""")
    attach(m, data.encode("ascii"), "application/hl7-v2", "PHL24012900731.hl7")
    return m


@reg("phi", "struct", "NWOSU, ADAEZE")
def struct_3():
    segs = [
        "ISA*00*          *00*          *ZZ*CAREBRIDGEHP   *ZZ*LAKESHOREWCH   *240515*0930*^*00501*000004471*0*P*:",
        "GS*HP*CAREBRIDGEHP*LAKESHOREWCH*20240515*0930*4471*X*005010X221A1",
        "ST*835*0001",
        "BPR*I*48210.77*C*ACH*CCP*01*999988880*DA*4410021987*1456789012**01*071000039*DA*1122334455*20240517",
        "TRN*1*EFT88102234*1456789012",
        "DTM*405*20240515",
        "N1*PR*CAREBRIDGE HEALTH PLAN",
        "N3*PO BOX 4410",
        "N4*FAIRVIEW*LK*60433",
        "N1*PE*LAKESHORE WOMENS AND CHILDRENS HOSPITAL*XX*1588667720",
        "CLP*7720052281*1*61230*41022.5**MC*2024128000411*21*1",
        "NM1*QC*1*NWOSU*ADAEZE****MI*7710410055",
        "NM1*82*2*LAKESHORE WOMENS AND CHILDRENS HOSPITAL*****XX*1588667720",
        "DTM*232*20240402",
        "DTM*233*20240419",
        "SVC*NU:0174*52400*35108*0174*17",
        "SVC*NU:0410*8830*5914.5*0410*17",
        "CAS*CO*45*20207.5",
        "CLP*7720053310*1*9410*7188.27**MC*2024128000598*11*1",
        "NM1*QC*1*HADDAD*LINA****MI*7710512278",
        "DTM*232*20240408",
        "SVC*HC:99468*4120*3066.2**1",
        "SVC*HC:92585*1290*1122.07**1",
        "SVC*HC:99469*4000*3000**1",
        "CAS*CO*45*2221.73",
        "SE*26*0001",
        "GE*1*4471",
        "IEA*1*000004471",
    ]
    data = "~\n".join(segs) + "~\n"
    m = M("EDI Remittance <edi-remit@%s>" % MCD, "Hospital Billing EDI <edi@%s>" % H,
          "835 ERA - Check/EFT EFT88102234 - 05/15/2024", date=when(2024, 5, 15, 9, 31))
    text(m, """Your electronic remittance advice is attached.

Payer: CareBridge Health Plan
Payee NPI: 1588667720
EFT trace: EFT88102234   Amount: $48,210.77
Claims in file: 2

Do not reply to this mailbox. For remittance questions call Provider Services 555-0174.
""")
    attach(m, data.encode("ascii"), "application/edi-x12", "ERA_1588667720_20240515.835")
    return m


@reg("phi", "struct", "MUSA, ZAINAB")
def struct_4():
    req = "\n".join([
        "ISA*00*          *00*          *ZZ*LAKESHOREWCH   *ZZ*CAREBRIDGEHP   *240202*1411*^*00501*000000912*0*P*:~",
        "GS*HS*LAKESHOREWCH*CAREBRIDGEHP*20240202*1411*912*X*005010X279A1~",
        "ST*270*0001*005010X279A1~",
        "BHT*0022*13*LW270-20240202-17*20240202*1411~",
        "HL*1**20*1~",
        "NM1*PR*2*CAREBRIDGE HEALTH PLAN*****PI*CBH01~",
        "HL*2*1*21*1~",
        "NM1*1P*2*LAKESHORE WOMENS AND CHILDRENS HOSPITAL*****XX*1588667720~",
        "HL*3*2*22*0~",
        "NM1*IL*1*MUSA*ZAINAB****MI*7710567741~",
        "DMG*D8*20240205*F~",
        "DTP*291*D8*20240202~",
        "EQ*30~",
        "SE*12*0001~",
    ])
    resp = "\n".join([
        "ST*271*0001*005010X279A1~",
        "BHT*0022*11*LW270-20240202-17*20240202*1411~",
        "HL*1**20*1~",
        "NM1*PR*2*CAREBRIDGE HEALTH PLAN*****PI*CBH01~",
        "HL*2*1*21*1~",
        "NM1*1P*2*LAKESHORE WOMENS AND CHILDRENS HOSPITAL*****XX*1588667720~",
        "HL*3*2*22*0~",
        "NM1*IL*1*MUSA*ZAINAB****MI*7710567741~",
        "N3*17 BIRCHWOOD TERR UNIT 4~",
        "N4*EASTGATE*LK*60422~",
        "DMG*D8*20240205*F~",
        "EB*1*IND*30**MEDICAID NEWBORN~",
        "DTP*291*RD8*20240205-20250228~",
        "EB*1*IND*DM**DURABLE MEDICAL EQUIPMENT~",
        "MSG*PRIOR AUTH REQUIRED FOR HOME OXYGEN >30 DAYS~",
        "SE*15*0001~",
    ])
    m = M("Sharon Whitcomb <swhitcomb@%s>" % H, "Luis Echeverria <lecheverria@%s>" % H,
          "elig check for the O2 setup", date=when(2024, 2, 2, 14, 25))
    return text(m, """Luis,

Ran eligibility for the Musa baby before Aerolink sets up the oxygen.
She's active on newborn Medicaid back to birth, DME covered, but look at
the MSG segment - they need a PA if she's on O2 more than 30 days, which
she will be. I'll start the PA today with the CMN.

270 we sent:
%s

271 back:
%s

Sharon Whitcomb
DME / Patient Access Specialist
""" % (req, resp))


@reg("phi", "struct", "Theo Lindgren")
def struct_5():
    bundle = """{
  "resourceType": "Bundle",
  "id": "fu-visit-20240716-0009",
  "type": "collection",
  "timestamp": "2024-07-16T10:12:44-05:00",
  "entry": [
    {
      "fullUrl": "urn:uuid:6f1c2a0e-9b7d-4d52-8a1e-2d1f0e7a4c11",
      "resource": {
        "resourceType": "Patient",
        "id": "pt-00458830",
        "identifier": [
          {"system": "urn:oid:2.16.840.1.113883.3.9999.1", "type": {"text": "MRN"}, "value": "00458830"}
        ],
        "name": [{"use": "official", "family": "Lindgren", "given": ["Theo", "Anders"]}],
        "gender": "male",
        "birthDate": "2022-11-21",
        "address": [{"line": ["512 Quarry Rd"], "city": "Millbrook", "state": "LK", "postalCode": "60419"}],
        "contact": [{"relationship": [{"text": "mother"}], "name": {"text": "Karin Lindgren"},
                     "telecom": [{"system": "phone", "value": "555-0128"}]}]
      }
    },
    {
      "fullUrl": "urn:uuid:0a3b9d1e-5c44-4e1c-b7a0-88e2b1f4d920",
      "resource": {
        "resourceType": "Encounter",
        "status": "finished",
        "class": {"code": "AMB"},
        "type": [{"text": "NICU Developmental Follow-up - 18 month corrected"}],
        "subject": {"reference": "Patient/pt-00458830"},
        "period": {"start": "2024-07-16T09:00:00-05:00", "end": "2024-07-16T10:05:00-05:00"}
      }
    },
    {
      "fullUrl": "urn:uuid:b2e4c6a8-1f3d-4b5a-9c7e-0d2f4a6b8c10",
      "resource": {
        "resourceType": "Observation",
        "status": "final",
        "category": [{"coding": [{"code": "vital-signs"}]}],
        "code": {"coding": [{"system": "http://loinc.org", "code": "29463-7", "display": "Body weight"}]},
        "subject": {"reference": "Patient/pt-00458830"},
        "effectiveDateTime": "2024-07-16T09:08:00-05:00",
        "valueQuantity": {"value": 9.42, "unit": "kg"}
      }
    },
    {
      "fullUrl": "urn:uuid:c9d0e1f2-3a4b-4c5d-8e6f-7a8b9c0d1e2f",
      "resource": {
        "resourceType": "Observation",
        "status": "final",
        "code": {"text": "Bayley-4 Language composite"},
        "subject": {"reference": "Patient/pt-00458830"},
        "effectiveDateTime": "2024-07-16T09:40:00-05:00",
        "valueQuantity": {"value": 79, "unit": "score"},
        "interpretation": [{"text": "below average - SLP referral placed"}]
      }
    }
  ]
}
"""
    m = M("FU Clinic Data Export <fhir-export@%s>" % FU, "Rachel Amsel MD <ramsel@%s>" % FU,
          "Research registry export failed validation - 1 record", date=when(2024, 7, 16, 10, 15))
    text(m, """The nightly export to the Lakeland Neonatal Follow-up Registry rejected 1
record. Validation message:

  Observation[2].code: missing coding for Bayley-4 composite (text only)

The rejected bundle is attached. Please correct the flowsheet mapping or
mark the record for manual entry.

-- automated message from FUCLINIC-INTEGRATION (prod) --
""")
    attach(m, bundle, "application/fhir+json", "fu-visit-20240716-0009.json")
    return m


@reg("phi", "struct", "Emmanuel Boateng")
def struct_6():
    m = M("Marisol Ortega <mortega@%s>" % H, "Luis Echeverria <lecheverria@%s>" % H,
          "car seat screen form - Boateng (for CarePath)", date=when(2024, 3, 26, 22, 18))
    return text(m, """Luis - here's the screen documentation CarePath asked for. Copied from
the flowsheet.

INFANT CAR SEAT TOLERANCE SCREEN
Patient name: Emmanuel Boateng
MRN: 00489177
DOB: 02/17/2024
GA at birth: 33 wk 2 d          PMA on test date: 38 wk 5 d
Weight on test date: 2,240 g
Test date/time: 03/26/2024 19:40
Car seat: family's own infant seat, rear facing, 45 deg recline
Duration planned: 90 min
Duration completed: 34 min
Baseline HR / SpO2: 152 / 98%
Events: SpO2 84% x 22 sec at 31 min, HR 88 at 34 min; stimulated, test stopped
Result: DID NOT PASS
Previous attempt: 03/24/2024 - did not pass (desat at 47 min)
Plan: car bed per Dr. Amsel; repeat screen in car bed prior to discharge
Performed by: Marisol Ortega, RN
Parents present: yes (mother, Akosua)

Marisol
""")


@reg("phi", "struct", "CARVALHO SOUZA, DAVI")
def struct_7():
    hdr = "REC SPECIMEN-ID     INFANT-LAST         INFANT-FIRST  DOB      SEX FAC  STATUS   DISORDER-GRP    DUE-ACTION"
    rows = [
        ("D", "NBS24-0041120", "CARVALHO SOUZA", "DAVI", "20240329", "M", "0412", "OPEN", "HEARING-NBS", "DIAG AUD BY 0520"),
        ("D", "NBS24-0038815", "PETROV", "ALEKSANDR", "20240311", "M", "0412", "OPEN", "CCMV", "ID CONSULT/ABR"),
        ("D", "NBS24-0042007", "NAKAMURA", "HANA", "20231218", "F", "0412", "CLOSED", "CH-BORDERLINE", "NONE"),
        ("D", "NBS24-0043390", "JOSEPH", "WIDLENE", "20240521", "F", "0412", "OPEN", "HGB-FS", "HB ELECTRO 2MO"),
        ("D", "NBS24-0044102", "RAMIREZ", "DYLAN", "20240601", "M", "0412", "OPEN", "UNSAT-TPN", "REPEAT DBS"),
    ]
    widths = [3, 15, 19, 13, 8, 3, 4, 8, 15, 16]
    lines = ["H LKPHL-NBS OPEN CASE EXTRACT FAC=0412 LAKESHORE WCH RUN=20240612 0500", hdr]
    for r in rows:
        lines.append(" ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip())
    lines.append("T RECORDS=000005")
    data = "\r\n".join(lines) + "\r\n"
    m = M("Janelle Price <jprice@%s>" % NBS, "Colleen Fitzgerald <cfitzgerald@%s>" % H,
          "Monthly open-case extract - facility 0412", date=when(2024, 6, 12, 8, 5))
    text(m, """Hi Colleen,

Here is this month's open-case extract for Lakeshore (fixed-width, same
layout as always, zipped per our secure-mail rules). The Carvalho Souza diagnostic audiology is the one I'm
most worried about - we have no appointment on file yet and he's past
2 months. Can your follow-up clinic confirm a date?

Janelle Price, RN
Newborn Screening Follow-up Coordinator
Lakeland Public Health Laboratory | 555-0115
""")
    z = _zip([("NBS_OPEN_0412_20240612.txt", data)])
    attach(m, z, "application/zip", "NBS_OPEN_0412_20240612.zip")
    return m


# ==========================================================================
# PHI - other languages
# ==========================================================================
@reg("phi", "lang", "Dylan Ramírez")
def lang_1():
    m = M("Yesenia Ramírez <yese.ramirez@pmail.example>", "Marisol Ortega <mortega@%s>" % H,
          "Pregunta sobre Dylan", date=when(2024, 6, 6, 7, 55))
    return text(m, """Hola Marisol,

Soy Yesenia, la mamá de Dylan Ramírez (cuna 21). ¿Cómo pasó la noche mi niño?
La doctora Nwachukwu me dijo ayer que le iban a bajar el oxígeno a medio litro
y que si lo aguantaba bien le quitaban la cánula el viernes. ¿Ya le quitaron la
sonda de la nariz o todavía come por ahí? También quería saber a qué hora es la
prueba de audición, porque mi esposo quiere estar.

Hoy no puedo ir hasta las 4 porque tengo cita con mi doctora para que me quiten
los puntos de la cesárea. Le dejé leche congelada en el refrigerador de la
unidad, 6 biberones con su nombre.

Muchas gracias por cuidarlo tanto.

Yesenia Ramírez

Enviado desde mi teléfono
""", cs="iso-8859-1", cte="quoted-printable")


@reg("phi", "lang", "Trần Gia Huy")
def lang_2():
    m = M("Nguyễn Thị Hoa <hoa.nguyen.1956@inboxly.example>", "NICU Pod A <nicu-poda@%s>" % H,
          "Hỏi thăm bé Trần Gia Huy giường số 8", date=when(2024, 9, 3, 6, 40))
    return text(m, """Chào cô y tá,

Tôi là bà nội của bé Trần Gia Huy, giường số 8. Con dâu tôi mới sinh mổ nên
chưa vào thăm được. Hôm qua bác sĩ nói bé bị vàng da phải nằm đèn chiếu.
Hôm nay bé còn nằm đèn không? Chỉ số bilirubin hôm nay là bao nhiêu?
Bé bú được bao nhiêu ml mỗi cữ, có tăng cân không?

Gia đình muốn biết khi nào bé được xuất viện. Cô có thể gọi cho con trai tôi
là anh Trần Văn Phúc, số 555-0135, vì tôi không nói được tiếng Anh.

Cảm ơn cô rất nhiều.
Bà Nguyễn Thị Hoa
""", cte="base64")


@reg("phi", "lang", "Варвара Соколова")
def lang_3():
    m = M("Андрей Соколов <a.sokolov@pochta-mail.example>", "Rachel Amsel MD <ramsel@%s>" % FU,
          "Варя Соколова - визит в клинику 3 сентября", cc="Kayla Dubois <kdubois@%s>" % FU,
          date=when(2024, 8, 19, 20, 31))
    return text(m, """Здравствуйте, доктор Амсел!

Пишет Андрей Соколов, папа Варвары Соколовой (родилась 12.01.2024 на 27-й
неделе, лежала у вас в отделении интенсивной терапии новорождённых). Нам
пришло письмо, что осмотр в клинике наблюдения перенесли на 3 сентября.

Хотел уточнить: нужно ли ещё раз делать МРТ головного мозга перед визитом?
В прошлый раз невролог сказал, что результат "в пределах нормы для срока",
но просил повторить в год.

Также Варя до сих пор плохо набирает вес - 6,8 кг в 7 месяцев
(скорректированный возраст 4,5 месяца). Педиатр назначил смесь повышенной
калорийности. Можно ли показаться диетологу в тот же день?

Если можно, пригласите русского переводчика - жена плохо понимает
по-английски.

С уважением,
Андрей Соколов
тел. 555-0146
""", cs="koi8-r", cte="8bit")


@reg("phi", "lang", "林小雨")
def lang_4():
    m = M("Wei Zhang <wzhang@%s>" % H, "Amy Wang RN <awang@%s>" % H,
          "FW: 林小雨妈妈的留言 / message from Lin Xiaoyu's mother", date=when(2024, 6, 19, 9, 5))
    return text(m, """Amy,

Mrs. Lin left this message on the family portal last night and asked me to
pass it to you. Original and my translation below.

Wei Zhang, CMI
Language Services - Mandarin/Cantonese | 555-0140

---------- 原文 ----------
王护士您好：

我是林小雨的妈妈。小雨昨天的胆红素是多少？医生说如果今天还高就要再照蓝光。
她现在每次吃多少毫升？我挤的奶够不够？我明天上午十点来医院，想学习给她洗澡。

谢谢！
林太太（陈美玲）

---------- Translation ----------
Hello Nurse Wang,

I'm Lin Xiaoyu's mom. What was Xiaoyu's bilirubin yesterday? The doctor said
if it is still high today she will go back under the blue lights. How many mL
is she taking each feed now? Is the milk I pump enough? I'm coming tomorrow at
10 am and would like to learn how to bathe her.

Thank you!
Mrs. Lin (Chen Meiling)
""", cs="gb2312", cte="base64")


@reg("phi", "lang", "ليان الحربي")
def lang_5():
    m = M("عبد الرحمن الحربي <a.alharbi@webpost.example>", "Ifeoma Nwachukwu MD <inwachukwu@%s>" % H,
          "بخصوص عملية ليان", date=when(2024, 10, 15, 22, 47))
    body = """
<div dir="rtl" style="font-family:Tahoma,Arial;font-size:12pt">
<p>مرحباً دكتورة نواتشوكو،</p>
<p>أنا عبد الرحمن الحربي، والد الطفلة ليان الحربي في السرير رقم 30. أخبرتنا الممرضة أمس أن ليان
ستحتاج إلى عملية لإغلاق القناة الشريانية في القلب يوم الخميس. هل العملية خطيرة؟ وكم يوماً ستبقى على
جهاز التنفس بعدها؟</p>
<p>زوجتي تريد أن تحملها قبل العملية، هل هذا ممكن؟</p>
<p>نرجو أن يكون هناك مترجم عربي عند توقيع الموافقة.</p>
<p>شكراً جزيلاً،<br>عبد الرحمن الحربي<br>555-0151</p>
</div>
"""
    return html(m, wrap_html(body), cte="base64")


@reg("phi", "lang", "Davi Carvalho Souza")
def lang_6():
    m = M("Juliana Carvalho <ju.carvalho@fastpost.example>", "Rebecca Hollis, AuD <rhollis@%s>" % H,
          "Teste da orelhinha do Davi", date=when(2024, 5, 3, 13, 17))
    return text(m, """Olá Dra. Hollis,

Aqui é a Juliana, mãe do Davi Carvalho Souza (nasceu dia 29/03 e ficou 3
semanas na UTI neonatal). A enfermeira disse que o teste da orelhinha falhou
no ouvido direito antes da alta e que precisamos repetir. Recebi uma carta do
laboratório do estado dizendo que ele precisa de um exame de audição
diagnóstico antes de 20 de maio, mas ainda não temos horário marcado.

Preciso de intérprete de português, por favor. Meu marido trabalha de manhã,
então prefiro à tarde. Meu telefone é 555-0153.

Obrigada,
Juliana Carvalho
""", cs="iso-8859-1", cte="quoted-printable")


@reg("phi", "lang", "Widlène Joseph")
def lang_7():
    m = M("Rose-Merline Joseph <rosemerline.j@hotbox.example>", "Hannah Kowalski <hkowalski@%s>" % H,
          "Lèt donè pou Widlène", date=when(2024, 5, 24, 21, 9))
    return text(m, """Bonjou Madan Hannah,

Se mwen menm, manman Widlène Joseph, nan kabann 27. Mwen siyen papye pou lèt
donè a yè swa, men mwen ta renmen konnen: èske lèt donè a an sekirite pou
tibebe a? Kilè yo pral retire tib nan nen li a pou l ka bwè nan bibon?

Mwen ap ponpe 6 fwa pa jou men se sèlman 2 ons mwen jwenn. Doktè a te di m
tansyon m te wo apre akouchman an. Èske mwen ka vin wè w demen a 2è?

Mèsi anpil,
Rose-Merline Joseph
555-0156
""")


@reg("phi", "lang", "Sofia Dela Rosa")
def lang_8():
    m = M("Mark Dela Rosa <markdr.ph@pmail.example>", "Tanya Brooks <tbrooks@%s>" % H,
          "Baby Sofia Dela Rosa - blood culture", date=when(2024, 6, 11, 12, 2))
    body = """Hi po Ma'am Tanya,

Si Mark po ito, tatay ni Baby Sofia Dela Rosa sa bed 16. Tanong ko lang po
kung okay na yung result ng blood culture niya kahapon? Sabi po ni
Dr. Lindqvist kung negative after 48 hours, i-stop na daw yung antibiotics.
Si misis po kasi nag-aalala, hindi pa rin po siya nakakatulog nang maayos.

Tsaka po pala, pwede po ba dumalaw yung lola niya this Sunday? Galing po
siya ng Pilipinas last week, nakapag-flu shot at Tdap na po siya.

Salamat po talaga sa pag-aalaga kay Sofia.

Mark Dela Rosa
555-0161
"""
    return alt(m, body, wrap_html(h2(body)))


# ==========================================================================
# CLEAN - staff
# ==========================================================================
@reg("clean", "staff")
def staff_1():
    rows = [["Date", "Day attending", "Night attending", "Backup", "Fellow"],
            ["Sat 6/1", "Nwachukwu", "Lindqvist", "Osterhout", "Kapoor"],
            ["Sun 6/2", "Nwachukwu", "Lindqvist", "Osterhout", "Kapoor"],
            ["Mon 6/3", "Lindqvist", "Ramanathan", "Nwachukwu", "Bello"],
            ["Tue 6/4", "Lindqvist", "Ramanathan", "Nwachukwu", "Bello"],
            ["Wed 6/5", "Osterhout", "Nwachukwu", "Lindqvist", "Kapoor"],
            ["Thu 6/6", "Osterhout", "Kapoor (moonlight)", "Ramanathan", "--"],
            ["Fri 6/7", "Ramanathan", "Osterhout", "Lindqvist", "Bello"]]
    dirs = [["Name", "Cell", "Pager"],
            ["Ifeoma Nwachukwu, MD", "555-0191", "4471"],
            ["Paul Lindqvist, MD", "555-0192", "4472"],
            ["Karen Osterhout, DO", "555-0194", "4474"],
            ["Vikram Ramanathan, MD", "555-0195", "4475"],
            ["Anjali Kapoor, MD (fellow)", "555-0196", "4480"],
            ["Tunde Bello, MD (fellow)", "555-0197", "4481"]]
    m = M("Neonatology Scheduling <neo-sched@%s>" % H, "Neonatology Division <neonatology@%s>" % H,
          "June call schedule - week 1 (FINAL)", date=when(2024, 5, 28, 16, 45))
    body = ("All,\n\nFinal call for the first week of June is below. Swaps after today go through me AND must be "
            "updated in the paging directory, or the operators will page the wrong person.\n\n"
            + fixed(rows) + "\nContact numbers:\n\n" + fixed(dirs) +
            "\nTransport calls from outside hospitals go to the night attending after 1700.\n\n"
            "Linda Oyelowo\nDivision Coordinator, Neonatology\n")
    hb = wrap_html("<p>All,</p><p>Final call for the first week of June is below. Swaps after today go through me "
                   "<b>and</b> must be updated in the paging directory, or the operators will page the wrong person.</p>"
                   + table_html(rows) + "<p>Contact numbers:</p>" + table_html(dirs) +
                   "<p>Transport calls from outside hospitals go to the night attending after 1700.</p>"
                   "<p>Linda Oyelowo<br>Division Coordinator, Neonatology</p>")
    return alt(m, body, hb)


@reg("clean", "staff")
def staff_2():
    rows = [["Name", "Credentials", "Role", "Days", "Ext", "Vocera"],
            ["Hannah Kowalski", "RN, IBCLC", "Lead lactation consultant, NICU", "Mon-Thu", "4426", "Lactation 1"],
            ["Grace Oduya", "IBCLC, CLC", "Lactation consultant, Mother-Baby", "Tue-Sat", "4427", "Lactation 2"],
            ["Mei-Ling Cho", "RD, CSP", "Neonatal dietitian", "Mon-Fri", "4431", "NICU Dietitian"],
            ["Patricia Ruiz", "MS, CCC-SLP", "Feeding specialist (SLP)", "Mon, Wed, Fri", "4433", "--"],
            ["Alma Jovanović", "OTR/L, NTMTC", "Occupational therapist", "Tue-Fri", "4434", "NICU OT"],
            ["Donor milk room", "", "Milk tech on site 0700-1530", "daily", "4429", "Milk Room"]]
    m = M("Hannah Kowalski <hkowalski@%s>" % H, "NICU All Staff <nicu-all@%s>" % H,
          "Updated feeding team contacts (print for the pods)", date=when(2024, 2, 1, 10, 0))
    inner = ("<p>Hi everyone,</p><p>Grace is joining us from Mother-Baby two days a week, so here is the updated "
             "feeding/lactation contact list. Please tape a copy inside each pod's supply cabinet and toss the "
             "old one.</p>" + table_html(rows) +
             "<p>Weekend lactation coverage is by page through the operator (ask for lactation on call).</p>"
             "<p>Hannah</p><p style='font-size:8pt;color:#888'>" + xesc(DISC) + "</p>")
    return html(m, wrap_html(inner), cte="quoted-printable")


@reg("clean", "staff")
def staff_3():
    m = M("Lisa Abernathy <labernathy@%s>" % H, "NICU RN All <nicu-rn-all@%s>" % H,
          "Reminder: late preterm glucose protocol", date=when(2024, 8, 20, 13, 15))
    return text(m, """Hi all,

We've had a run of late preterm and IDM admits from L&D the last couple
of weeks, and a few questions came up about when to escalate, so here is a
quick reminder of the unit guideline (full version on the intranet under
Nursing > Neonatal > Hypoglycemia):

 - First glucose by 1-2 h of life, then before feeds x 12 h (24 h for
   late preterm / SGA / LGA).
 - < 4 h of life: goal > 25 mg/dL before feeds; 25-40 -> feed and recheck
   in 1 h; dextrose gel 40% 0.5 mL/kg is an option in the first 48 h.
 - 4-24 h: goal > 35 mg/dL; 35-45 -> feed/gel and recheck.
 - Two gel doses without response, or any value < 25 after 4 h, call the
   provider for IV dextrose.
 - After 48 h, target > 60 mg/dL.

Document gel doses on the MAR, not just in the note. The audit last month
found 6 of 20 charts missing a pre-feed check - let's get that down.

Thanks for everything you do,
Lisa

Lisa Abernathy, MSN, RNC-NIC
Clinical Nurse Educator, NICU
""")


@reg("clean", "staff")
def staff_4():
    rows = [["employee_id", "name", "role", "shift", "NRP_expires", "STABLE_expires", "BLS_expires", "status"],
            ["104221", "Brooks, Tanya", "RN - charge", "days", "2025-03-31", "2025-06-30", "2025-01-31", "current"],
            ["108814", "Ortega, Marisol", "RN", "days", "2024-09-30", "2025-02-28", "2024-10-31", "DUE"],
            ["110023", "Park, Gina", "RN", "nights", "2025-05-31", "2024-08-31", "2025-04-30", "DUE"],
            ["111907", "Morales, Jenna", "RN", "nights", "2024-10-31", "2025-11-30", "2025-07-31", "DUE"],
            ["112460", "Nakashima, Ryo", "RN", "nights", "2026-01-31", "2025-09-30", "2025-12-31", "current"],
            ["113381", "Wang, Amy", "RN", "days", "2025-02-28", "2025-02-28", "2024-09-30", "DUE"],
            ["114002", "Okafor, Chinedu", "RT", "days", "2025-08-31", "n/a", "2025-05-31", "current"],
            ["114510", "Delgado, Ruth", "NNP", "rotating", "2024-11-30", "n/a", "2025-03-31", "DUE"]]
    m = M("Lisa Abernathy <labernathy@%s>" % H, "Colleen Fitzgerald <cfitzgerald@%s>" % H,
          "NRP / STABLE / BLS due list for Q4", date=when(2024, 8, 26, 9, 30))
    text(m, """Colleen,

Attached is the Q4 certification due list pulled from the LMS. Anything
marked DUE expires before 12/31. I've opened NRP skills sessions on 9/12,
9/19 and 10/3 (sim lab B, 0730 and 1500). Can you nudge Gina and Ryan on
STABLE? Ruth said she'll do NRP with the NNP group in November.

Lisa
""")
    attach(m, csv_text(rows), "text/csv", "NICU_cert_due_Q4_2024.csv")
    return m


@reg("clean", "staff")
def staff_5():
    m = M("Anjali Kapoor MD <akapoor@%s>" % H, "Neonatology Division <neonatology@%s>" % H,
          "Journal club Thursday - caffeine for late preterm apnea", date=when(2024, 4, 22, 20, 10))
    body = """Hi all,

For Thursday's journal club (noon, conference room 4B, lunch provided by
the fellowship) we'll look at the recent multicenter trial of caffeine
citrate in infants 33-36 weeks and the accompanying editorial.

Questions to think about:
  1. The primary outcome was time to discharge. Is that the right outcome
     for us given how we currently count event-free days?
  2. Our own numbers: in 2023, 41 infants 33-36 wk received caffeine in our
     unit, median 9 days, and median length of stay was 4 days longer than
     for those who didn't. Confounding by indication is obvious - what would
     a fair comparison look like?
  3. Would anyone change the 5-day event-free countdown after stopping
     caffeine? Some units use 3 days for infants > 34 wk PMA.

PDFs are in the shared drive under Education/JournalClub/2024-04.

Anjali
PGY-5 Neonatal-Perinatal Medicine Fellow
"""
    return text(m, body, cte="quoted-printable")


@reg("clean", "staff")
def staff_6():
    a = """Anyone able to take my 7p on Wed 6/12? I'll give you my Sat 6/15 7a
or pick up one of your nights in July. - Gina"""
    b = """I can do the 12th if you take my 6/22 night. Let me know before
Colleen closes the schedule Friday. - Ryo"""
    c = """Deal!! Thank you Ryo. I'll put it in the swap log and email Colleen.
- G"""
    m = M("Ryo Nakashima <rnakashima@%s>" % H, "Gina Park <gpark@%s>" % H,
          "Re: Re: shift swap 6/12?", cc="NICU Nights <nicu-nights@%s>" % H, date=when(2024, 6, 4, 23, 2))
    return text(m, """Perfect. Colleen also wants both of us to initial the paper log at the
desk, she doesn't trust the app.

Ryo

On Tue, Jun 4, 2024, 10:41 PM Gina Park <gpark@%s> wrote:
%s
> On Tue, Jun 4, 2024 at 9:15 PM Ryo Nakashima <rnakashima@%s> wrote:
%s>
>> On Tue, Jun 4, 2024 at 8:02 PM Gina Park wrote:
%s""" % (H, quote(c), H, quote(quote(b)), quote(quote(quote(a)))))


@reg("clean", "staff")
def staff_7():
    m = M("Rachel Amsel MD <ramsel@%s>" % FU, "Follow-up Clinic Team <nicu-fu-team@%s>" % FU,
          "July clinic staffing + rooms", date=when(2024, 6, 24, 12, 0))
    rows = [["Clinic day", "MD", "Psychometrist", "PT", "OT", "SLP", "Dietitian", "Rooms"],
            ["Tue 7/2", "Amsel", "Haddad (Bayley)", "Haddad", "Jovanovic", "--", "Park", "3,4,5,gym"],
            ["Tue 7/9", "Amsel", "Kline", "Haddad", "--", "Ruiz", "Park", "3,4,gym"],
            ["Tue 7/16", "Amsel", "Haddad (Bayley)", "Haddad", "Jovanovic", "Ruiz", "Park", "3,4,5,gym"],
            ["Tue 7/23", "Nwachukwu", "Kline", "Tran-Bui", "Jovanovic", "--", "Cho", "3,4"],
            ["Tue 7/30", "CLOSED - staff retreat", "", "", "", "", "", ""]]
    body = ("Team,\n\nJuly staffing is below. I'm at the AACPDM meeting the week of 7/22 so Dr. Nwachukwu is "
            "covering. Templates are open for 8 visits per clinic day max; Kayla will cap at 6 on days without "
            "SLP.\n\n" + fixed(rows, sep=" | ") +
            "\nReminder: Bayley kits go back to the locked cabinet in room 5 at the end of each day.\n\nRachel\n\n"
            "Rachel Amsel, MD, FAAP\nMedical Director, NICU Developmental Follow-up Clinic\n")
    return text(m, body)


# ==========================================================================
# CLEAN - admin
# ==========================================================================
@reg("clean", "admin")
def admin_1():
    m = M("IT Change Management <itchange@%s>" % H, "NICU All Staff <nicu-all@%s>" % H,
          "[Planned Downtime] NICU central monitoring - Tue 9/10",
          cc="Clinical Engineering <clineng@%s>" % H, date=when(2024, 9, 3, 14, 0))
    body = """CHANGE RECORD: CHG0048812
Service: Patient monitoring - NICU central station (CentralView 7)
Window:  Tuesday 9/10/2024, 01:00 - 05:00
Impact:  Central station and remote views unavailable for up to 45 min
         during the window. Bedside monitors continue to alarm locally.
         Vitals will NOT auto-file to the EHR flowsheet during the outage.

What nursing needs to do:
 1. Charge RN assigns a "monitor watcher" per pod for the outage.
 2. Bedside alarm volumes to level 7 minimum; doors open where possible.
 3. Chart vitals manually q1h (or per order) on the downtime flowsheet;
    back-enter after go-live.
 4. Call the IT command center at 555-0111 if any bedside monitor shows
    "no central" for more than 60 min after 05:00.

Clinical Engineering will round on all 48 bed spaces after the upgrade to
verify each monitor reconnects and the bed label matches the bed.

Thank you for your patience,
IT Change Management | Lakeshore Women's & Children's Hospital
"""
    return text(m, body)


@reg("clean", "admin")
def admin_2():
    m = M("Facilities Work Control <workcontrol@%s>" % H, "Colleen Fitzgerald <cfitzgerald@%s>" % H,
          "WO 24-118340 - Pod A air handler replacement, infection control risk assessment",
          cc="Infection Prevention <ip@%s>" % H, date=when(2024, 7, 1, 11, 20))
    return text(m, """Colleen,

Following up on our walk-through. Work order 24-118340 (AHU-6 replacement
serving Pod A, beds 1-12) is scheduled to start Monday 7/22 and run 10
working days.

ICRA class: IV (patient care area, high-risk population)
 - Hard barrier wall with anteroom at the Pod A corridor door
 - Negative pressure in work zone, continuous monitoring, daily log
 - HEPA units running 24/7; sticky mats changed twice per shift
 - No ceiling tiles lifted outside the barrier

Beds 1-12 will need to be vacated for the duration. Per our discussion the
unit will consolidate into Pods B and C and the old step-down rooms. Bed
count available during the project: 36.

Contractor: Brightline Mechanical, superintendent Rob Hale 555-0184.
Noise-generating work limited to 0900-1500, no work 1500-0900 or weekends.

Please sign the attached ICRA permit and return by 7/12.

Dennis Varga
Project Manager, Facilities Planning & Construction
555-0183
""")


@reg("clean", "admin")
def admin_3():
    lines = [
        "CarePath Mobility & Seating                           INVOICE",
        "4120 Commerce Pkwy, Fairview LK 60433                 Invoice #: INV-20417",
        "Tel 555-0182   billing@carepathmobility.example          Date: 04/30/2024",
        "",
        "Bill to: Lakeshore Women's & Children's Hospital      PO #: 4500872211",
        "         Materials Management - DME Office            Terms: Net 45",
        "         1200 Lakeshore Dr, Fairview LK 60433",
        "",
        "Qty  Item       Description                                 Unit       Ext",
        "  4  HCB-200    Infant car bed, loaner fleet                289.00   1,156.00",
        "  6  SNR-35     Infant car seat, rear-facing, demo stock   179.00   1,074.00",
        "  1  SVC-INSP   Quarterly fleet inspection & cleaning      350.00     350.00",
        "  2  SVC-INSV   CPST in-service, NICU staff (2 hrs)        150.00     300.00",
        "  1  FRT        Freight                                     42.50      42.50",
        "",
        "                                               Subtotal            2,922.50",
        "                                               Tax exempt              0.00",
        "                                               TOTAL DUE           2,922.50",
        "",
        "Remit ACH to First Lakeland Bank, routing 071000039, acct ending 4420.",
    ]
    m = M("CarePath Billing <billing@%s>" % SEAT, "Accounts Payable <ap@%s>" % H,
          "Invoice INV-20417 / PO 4500872211", cc="Sharon Whitcomb <swhitcomb@%s>" % H,
          date=when(2024, 4, 30, 15, 55))
    text(m, """Hello,

Please find attached invoice INV-20417 for PO 4500872211 (loaner car beds,
demo seats, Q2 fleet inspection and the staff in-service on 4/23).

Also resending INV-20288 (January loaner) as requested by your NICU team.

Thank you for your business,
Mandy Torres
Accounts Receivable, CarePath Mobility & Seating
""")
    attach(m, pdf(lines), "application/pdf", "INV-20417.pdf")
    attach(m, _zip([("INV-20288.pdf", pdf([ln.replace("INV-20417", "INV-20288").replace("04/30/2024", "01/31/2024") for ln in lines[:8]]
                  + ["", "  3  HCB-200    Infant car bed, loaner fleet                289.00     867.00",
                     "", "                                               TOTAL DUE             867.00"]))]),
           "application/zip", "CarePath_INV-20288_resend.zip")
    return m


@reg("clean", "admin")
def admin_4():
    m = M("Colleen Fitzgerald <cfitzgerald@%s>" % H,
          "Hannah Kowalski <hkowalski@%s>, Renata Alves <ralves@%s>, Supply Chain <contracts@%s>" % (H, MILK, H),
          "Notes - donor milk agreement renewal mtg 8/6", date=when(2024, 8, 6, 16, 30))
    return text(m, """Thanks everyone for meeting today. Notes below - please correct anything
I got wrong.

Attendees: C. Fitzgerald (NICU), H. Kowalski (Lactation), R. Alves and
J. Moreau (Heartland Mothers' Milk Bank), T. Ingram (Supply Chain)

1. Pricing. Heartland proposes $4.75/oz standard pooled (from $4.50) and
   $5.25/oz for high-protein / 24 kcal-target pools. 3-year term with a
   3% annual cap. Tom to compare with the two other banks' quotes.
2. Volume. FY24 usage was ~38,400 oz. We expect similar in FY25 with the
   Pod A closure offset by the new step-down beds.
3. Courier. Move from Tue/Fri to Tue/Thu. Heartland is fine with it.
4. Freezer. Our -20 in the milk room is 11 years old; Heartland can loan a
   monitored unit as part of the agreement (no charge, 12-month trial).
5. Documentation. Lot tracking will stay in the milk management system;
   no change to the consent workflow.
6. Next steps: redlines from Legal by 8/30; target signature 9/15;
   current agreement expires 9/30.

Colleen Fitzgerald, MSN, RN, NE-BC
Nurse Manager, NICU
""")


@reg("clean", "admin")
def admin_5():
    m = M("Lakeshore HR Benefits <benefits@%s>" % H, "All Employees <all-staff@%s>" % H,
          "Open Enrollment starts Oct 28 - what's changing for 2025", date=when(2024, 10, 21, 8, 0))
    t = """Open Enrollment: October 28 - November 15, 2024

What's new for 2025
 - Medical: the Northmark PPO and HDHP remain; the EPO is replaced by the
   Lakeshore Select network plan (lowest premiums, Lakeshore providers).
 - HSA: employer seed increases to $750 single / $1,500 family.
 - Dental: orthodontia lifetime max rises to $2,000.
 - New: fertility and family-building benefit through Northmark, and
   backup child care (10 days/yr).
 - Premiums: average increase of 4.2%; see the rate sheet on the portal.

You must actively re-enroll in FSA / dependent care FSA every year.

Benefits fairs: 10/29 cafeteria B (7-9 am and 6-8 pm), 11/5 Pavilion B lobby.
Questions: benefits@lakeshorewch.example or 555-0102.
"""
    hb = wrap_html("<h2 style='color:#2a6f97'>Open Enrollment: October 28 &ndash; November 15, 2024</h2>" + h2(t.split("\n\n", 1)[1]))
    return alt(m, t, hb, hcte="base64")


@reg("clean", "admin")
def admin_6():
    blocks = ["NICU Quality & Safety Committee - Minutes",
              "Date: September 18, 2024   Time: 0730-0830   Location: Conf Rm 4B / Teams",
              "Present: Nwachukwu (chair), Fitzgerald, Abernathy, Le, Whitfield, Kapoor, Delgado, Infection Prevention (M. Sato)",
              "1. Infection metrics (Q2 2024)",
              [["Metric", "Q1", "Q2", "Target"],
               ["CLABSI per 1,000 line days", "0.9", "0.6", "<1.0"],
               ["Central line utilization ratio", "0.21", "0.19", "--"],
               ["Hand hygiene compliance (observed)", "91%", "94%", ">95%"],
               ["Unplanned extubations per 100 vent days", "1.4", "1.1", "<1.0"]],
              "Discussion: no CLABSI since May. Hand hygiene gaps on nights at milk prep station; IP will do 2 weeks of targeted observation.",
              "2. Breast milk at discharge: 58% of VLBW infants discharged on any human milk (Q1 52%). Lactation to present pump-loaner data next month.",
              "3. Car seat screen documentation audit: 27/30 complete. Action: add required field for recline angle.",
              "4. Medication safety: 3 near-misses involving look-alike oral syringes; pharmacy switching to purple ENFit syringes for all enteral meds by 10/15.",
              "Next meeting: October 16, 2024.",
              "Minutes recorded by: L. Oyelowo"]
    m = M("Linda Oyelowo <loyelowo@%s>" % H, "NICU Quality Committee <nicu-quality@%s>" % H,
          "Minutes - NICU Q&S 9/18", date=when(2024, 9, 19, 10, 5))
    text(m, "Attached are the minutes from yesterday. Please send corrections by Friday.\n\nLinda\n")
    attach(m, docx(blocks), DOCX, "NICU_QS_minutes_2024-09-18.docx")
    return m


@reg("clean", "admin")
def admin_7():
    m = M("PumpSupply Direct Logistics <shipping@pumpsupply-direct.example>", "NICU Materials <nicu-materials@%s>" % H,
          "Shipment notification - Order SO-771203 - 3 packages", date=when(2024, 5, 20, 6, 32))
    rows = [["Pkg", "Carrier", "Tracking #", "Contents", "Serial #"],
            ["1/3", "UPS Ground", "1Z 8F4 471 03 1182 6640", "Hospital-grade pump, multi-user", "HGP-24-118830"],
            ["2/3", "UPS Ground", "1Z 8F4 471 03 1182 6657", "Hospital-grade pump, multi-user", "HGP-24-118831"],
            ["3/3", "UPS Ground", "1Z 8F4 471 03 1182 6664", "Initiation kits (case of 40), pump stand", "--"]]
    t = ("Your order has shipped.\n\nCustomer: Lakeshore Women's & Children's Hospital - NICU\nCustomer #: 440018\n"
         "PO: 4500879904\nOrder: SO-771203\nEstimated delivery: 05/23/2024\n\n" + fixed(rows) +
         "\nWarranty registration for the serial numbers above is automatic. For service call 555-0186.\n")
    return alt(m, t, wrap_html("<p>Your order has shipped.</p><p>Customer: Lakeshore Women's &amp; Children's "
                                "Hospital - NICU<br>Customer #: 440018<br>PO: 4500879904<br>Order: SO-771203<br>"
                                "Estimated delivery: 05/23/2024</p>" + table_html(rows) +
                                "<p>Warranty registration for the serial numbers above is automatic. For service "
                                "call 555-0186.</p>"))


# ==========================================================================
# CLEAN - lookalike
# ==========================================================================
@reg("clean", "lookalike")
def look_1():
    m = M("Lakeshore Healthcare Employees Credit Union <estatements@lhecu.example>",
          "Marisol Ortega <marisol.ortega@pmail.example>",
          "Your September eStatement is ready - Member #48810273", date=when(2024, 10, 2, 5, 0))
    t = """Dear Marisol Ortega,

Your eStatement for the period 09/01/2024 - 09/30/2024 is now available in
Online Banking.

Member #:            48810273
Share Savings (S01): ending balance $2,418.06
Checking (S10):      ending balance $1,067.55
Auto Loan (L02):     next payment $412.90 due 10/15/2024

Reminder: Lakeshore employees can set up payroll deduction for any share
account. Visit the branch on the Pavilion A ground floor (next to the
outpatient pharmacy), open Mon-Fri 8:30-5.

We will never ask for your password or PIN by email.

Lakeshore Healthcare Employees Credit Union
Federally insured by NCUA | 555-0107
"""
    hb = wrap_html('<table width="600"><tr><td style="background:#16506e;color:#fff;padding:12px;font-size:18px">'
                   'LHECU eStatements</td></tr><tr><td>' + h2(t) + '</td></tr></table>')
    return alt(m, t, hb)


@reg("clean", "lookalike")
def look_2():
    m = M("Northstar Airlines <reservations@northstar-air.example>", "Paul Lindqvist <plindqvist@%s>" % H,
          "Your trip confirmation - Hot Topics in Neonatology - QX7R2M", date=when(2024, 10, 30, 12, 12))
    t = """Thank you for booking with Northstar Airlines.

Confirmation code:   QX7R2M
Passenger:           PAUL LINDQVIST
NorthStar Rewards #: 4482 1190 7736 (Gold Medallion)
Known Traveler #:    on file

Flight  Date        From                 To                   Depart   Arrive  Seat
NS 1142 Sun 08DEC   Fairview (FVW)       Washington (DCA)     07:05    10:12   4C
NS 1487 Thu 12DEC   Washington (DCA)     Fairview (FVW)       17:40    19:01   4C

Fare: $486.20   Paid with card ending 4417
Trip note you added: "Hot Topics in Neonatology - reimbursable, cost center 6120 NICU"

Baggage: 1 checked bag free for Gold members.
Need special assistance or a medical device on board? Manage your trip at
northstar-air.example/manage.
"""
    return text(m, t)


@reg("clean", "lookalike")
def look_3():
    m = M("LakeFit Wellness Center <members@lakefit.example>", "Tanya Brooks <tbrooks.home@webpost.example>",
          "Membership freeze confirmed - Member ID 00291837", date=when(2024, 5, 29, 18, 40))
    return text(m, """Hi Tanya,

Your membership freeze request has been processed.

Member ID:       00291837
Plan:            Healthcare Heroes Monthly (employee rate)
Freeze dates:    06/01/2024 - 07/31/2024
Reason:          Travel
Freeze fee:      $10.00/month, billed on the 1st
Billing resumes: 08/01/2024 at $32.00/month

Your personal training package (4 sessions remaining) and your locker
(#118) are held during the freeze. Classes booked in June have been
cancelled automatically.

See you in August!
LakeFit Wellness Center - Front Desk
555-0119
""")


@reg("clean", "lookalike")
def look_4():
    m = M("Keystone Mutual Insurance <policyservice@keystonemutual.example>",
          "Gina Park <ginapark.home@inboxly.example>",
          "Your auto policy renewal - Policy AUT-4471-0923", date=when(2024, 8, 12, 9, 0))
    body = """Dear Gina Park,

Your Keystone Mutual auto policy renews on 09/23/2024. No action is needed
if your information is current.

Policy number:       AUT-4471-0923
Named insured:       Gina Park
Vehicle:             2019 Honda Odyssey EX, VIN ending 3381
Drivers:             Gina Park, Daniel Park

Coverage                               Limit                Premium (6 mo)
Bodily injury liability                $100,000 / $300,000      $214.40
Property damage liability              $100,000                  $96.10
Medical payments                       $5,000 per person         $18.70
Uninsured/underinsured motorist        $100,000 / $300,000       $42.55
Collision (deductible $500)                                     $201.30
Comprehensive (deductible $250)                                  $63.85
Total 6-month premium                                           $636.90

Good news: your safe driver discount increased to 15%. Add roadside
assistance for $9/term in the app.

Keystone Mutual Insurance | Claims 24/7: 555-0123
"""
    return text(m, body, cte="quoted-printable")


@reg("clean", "lookalike")
def look_5():
    m = M("Little Sprout Baby Co. <orders@littlesprout.example>", "Bobbie Jo Caldwell <bcaldwell@%s>" % H,
          "Order #LS-1124-80973 has shipped!", date=when(2024, 11, 4, 14, 22))
    rows = [["Item", "Size", "Qty", "Price"],
            ["Preemie snap-front sleeper, NICU-friendly (lead access)", "P (3-5 lb)", "24", "$215.76"],
            ["Micro-preemie kimono top", "MP (1-3 lb)", "12", "$95.88"],
            ["Isolette cover, quilted, 'Little Lantern' print", "std", "6", "$179.70"],
            ["Knit hats, assorted", "P/NB", "48", "$143.52"]]
    t = ("Hi Bobbie Jo,\n\nGood news - your order is on its way.\n\nOrder #: LS-1124-80973\n"
         "Ship to: Lakeshore WCH NICU, attn: Family Closet, 1200 Lakeshore Dr, 4th fl, Fairview LK 60433\n"
         "Carrier: FedEx Home  Tracking: 7712 4409 3318\n"
         "Paid with: Lantern Families donation card ending 0093\n\n" + fixed(rows) +
         "\nSubtotal $634.86 | Nonprofit discount -$95.23 | Shipping FREE | Total $539.63\n\n"
         "Thank you for dressing the littlest ones!\nLittle Sprout Baby Co.\n")
    hb = wrap_html("<p>Hi Bobbie Jo,</p><p>Good news - your order is on its way.</p>"
                   "<p><b>Order #:</b> LS-1124-80973<br><b>Tracking:</b> FedEx 7712 4409 3318</p>"
                   + table_html(rows) + "<p>Total $539.63</p><p>Thank you for dressing the littlest ones!</p>")
    return alt(m, t, hb)


@reg("clean", "lookalike")
def look_6():
    m = M("Priya Natarajan <pnatarajan@%s>" % H, "NICU Super Users <nicu-superusers@%s>" % H,
          "Validation needed in TST: new donor milk order panel", date=when(2024, 9, 12, 10, 40))
    return text(m, """Hi super users,

The new donor milk / human milk fortifier order panel is built in the TST
environment and we need 2-3 of you to validate before it moves to PRD on
9/24. Please use ONLY these test patients (they do not exist in PRD):

  ZZTEST, NICUBABY ONE    MRN 99000123   DOB 01/01/2024   bed TST-NICU-01
  ZZTEST, NICUBABY TWO    MRN 99000124   DOB 01/01/2024   bed TST-NICU-02
  ZZTEST, MOM NICU        MRN 99000120   (linked as mother)

Scripts to run:
  1. Order donor milk 20 kcal, 45 mL q3h, with signed consent attached to
     ZZTEST, MOM NICU. Confirm the consent flag shows on the baby's banner.
  2. Add fortifier 24 kcal; verify the label prints with barcode in the
     milk room printer TST-MILK-PRN1.
  3. Discontinue donor milk, switch to maternal milk only; verify the
     milk management system receives the D/C.

Log issues in the tracker (project DM-2024-07). Please do not enter
anything into a real patient's chart in PRD while testing.

Thanks!
Priya Natarajan
Clinical Informatics Analyst - Women & Infants
""")


@reg("clean", "lookalike")
def look_7():
    q = """Hi, I got married in May and want to add my husband to my dental and vision
plans (not medical, he has his own through work). Is it too late? Do I need
to wait until open enrollment? My employee ID is 204417.

Thanks,
Amy Wang, RN - NICU"""
    m = M("HR Benefits Service Center <benefits@%s>" % H, "Amy Wang <awang@%s>" % H,
          "RE: adding spouse to dental/vision - Case #BSC-0098812", date=when(2024, 6, 18, 11, 5))
    return text(m, """Hi Amy,

Congratulations! Marriage is a qualifying life event, and you have 31 days
from the date of marriage to make changes - you're within the window if
your wedding was on or after May 18. Please submit the change in the
benefits portal under Life Events > Marriage and upload a copy of your
marriage certificate within 10 days.

Coverage for your spouse will be effective the first of the month after
approval. Your new per-paycheck deduction will be:
  Dental (Employee + Spouse):  $14.22
  Vision (Employee + Spouse):   $4.10

Let us know if you have any other questions.

Jordan Ellis
HR Benefits Service Center | 555-0102
Case #BSC-0098812

-----Original Message-----
From: Amy Wang
Sent: Monday, June 17, 2024 7:58 PM
To: HR Benefits Service Center
Subject: adding spouse to dental/vision

%s""" % q)


# ==========================================================================
# CLEAN - news
# ==========================================================================
@reg("clean", "news")
def news_1():
    m = M("Lantern Families <news@%s>" % VOL, "NICU Families Mailing List <families@lists.%s>" % VOL,
          "The Lantern - NICU family newsletter, Summer 2024", date=when(2024, 7, 1, 10, 0))
    inner = """
<table width="640" align="center" style="font-family:Verdana,Arial;font-size:13px;color:#333">
<tr><td style="background:#f2a541;padding:16px;font-size:22px;color:#fff">The Lantern &mdash; Summer 2024</td></tr>
<tr><td>
<h3>NICU Graduate Reunion Picnic</h3>
<p>Save the date! Saturday, September 14, 11 am&ndash;2 pm at Millbrook Lakeside Park, Shelter 3. Bubbles, face
painting, a photo booth and lunch for the whole family. RSVP by September 1 so we can order enough cupcakes.</p>
<h3>The new Family Lounge is open</h3>
<p>Thanks to a grant from the Fairview Community Foundation, the 4th-floor family lounge now has two recliners,
a kitchenette, a washer and dryer, and a quiet room for phone calls. Open 24/7 to parents and two designated
support people.</p>
<h3>Volunteer spotlight: Harold Jenkins</h3>
<p>Harold has been part of our Tuesday and Thursday crew since 2016. A retired postal carrier, he does the
newspaper crossword in pen and claims to know every dog on his old route by name. &ldquo;The nurses tell me I have
the right kind of quiet,&rdquo; he says. Thank you, Harold, for eight years and counting!</p>
<h3>Coffee &amp; Conversation</h3>
<p>Every Wednesday at 10 am in the Family Lounge, hosted by our parent mentors. Come for the pastries, stay for
the company.</p>
<p style="font-size:11px;color:#888">You are receiving this because you signed up for Lantern Families updates.
Lantern Families, 1200 Lakeshore Dr, Fairview LK 60433. <a href="https://lanternfamilies.example/unsubscribe">Unsubscribe</a></p>
</td></tr></table>
"""
    return html(m, wrap_html(inner), cte="quoted-printable")


@reg("clean", "news")
def news_2():
    m = M("NICU Follow-up Clinic <nicu-followup@%s>" % FU, "Follow-up Clinic Families <fu-families@lists.%s>" % H,
          "RSV season is coming: how to protect your baby", date=when(2024, 10, 1, 9, 0))
    t = """Dear families,

RSV (respiratory syncytial virus) season usually starts in our area in
October and lasts through March. For most adults it is a cold, but for
babies born early it can mean a hospital stay. Here is what you can do.

1. Ask about RSV protection. There are now two ways to protect infants:
   a long-acting antibody shot (nirsevimab) given to babies before or
   during their first RSV season, and an RSV vaccine given during
   pregnancy at 32-36 weeks. Some children born very early or with lung
   or heart conditions qualify for a dose in their second season too.
   Ask your pediatrician or bring it up at your next clinic visit.
2. Wash hands often, and ask visitors to do the same.
3. Keep your baby away from people with colds, and avoid crowds in the
   first months when you can.
4. Don't smoke or vape around your baby, in the house or the car.
5. Call your doctor if your baby is breathing fast, working hard to
   breathe, feeding much less, or has fewer wet diapers.

Safe sleep reminder: Alone, on their Back, in a Crib - every sleep.

Questions? Call the clinic at 555-0131.

NICU Developmental Follow-up Clinic
Lakeshore Women's & Children's Hospital
"""
    return alt(m, t, wrap_html(h2(t)))


@reg("clean", "news")
def news_3():
    m = M("Rachel Amsel MD <ramsel@%s>" % FU, "Neonatology Division <neonatology@%s>" % H,
          "2023 Follow-up Clinic outcomes summary", cc="NICU All Staff <nicu-all@%s>" % H,
          date=when(2024, 3, 14, 12, 30))
    body = """Colleagues,

Here is our annual summary for 2023. The full report with methods goes to
the quality committee next month.

 - 312 infants were eligible for follow-up (born < 32 wk or < 1,500 g, or
   other high-risk criteria); 271 (87%) attended at least one visit.
 - Attendance at the 12-month corrected visit: 84% (2022: 78%). Reminder
   texts and Medicaid ride scheduling accounted for most of the gain.
 - Bayley-4 at 18-24 months (n = 146): median cognitive composite 94,
   language 89, motor 91. 22% had at least one composite < 85.
 - 18% were referred to Early Intervention by the 6-month visit, median
   time from referral to first EI service 41 days (target < 30).
 - Hearing: 4 infants with permanent hearing loss were identified through
   the program, all fitted with amplification before 6 months.
 - Interpreter use: 29% of visits; Spanish, Vietnamese, Arabic and Russian
   were the most common languages.

Goals for 2024: a combined PT/Bayley visit to cut the number of trips, a
feeding clinic half-day, and reaching families who miss two visits in a row.

Thanks to everyone in the NICU who helps families get to us.

Rachel Amsel, MD
Medical Director, NICU Developmental Follow-up Clinic
"""
    return text(m, body)


@reg("clean", "news")
def news_4():
    m = M("Lakeland Newborn Screening Program <nbs-news@%s>" % NBS, "Birthing Facility Coordinators <nbs-coordinators@lists.%s>" % NBS,
          "Program update: SMA and X-ALD added to the Lakeland panel", date=when(2024, 4, 1, 8, 30))
    t = """NEWBORN SCREENING PROGRAM UPDATE - April 2024

Effective for specimens collected on or after May 1, 2024, the Lakeland
newborn screening panel will include spinal muscular atrophy (SMA) and
X-linked adrenoleukodystrophy (X-ALD). No change to the collection card or
the timing of collection (24-48 hours of age).

2023 at a glance
 - Infants screened: 61,204
 - Confirmed disorders: 98 (1 in 625)
 - Unsatisfactory specimens: 1.2% statewide; top reasons were
   "collected < 24 h" and "layered/clotted spots"
 - Median time from collection to receipt at the lab: 1.6 days
   (goal: 1 day). Thank you to the couriers and weekend crews.

Birthing facilities with unsatisfactory rates above 2% will receive a
quality report and an offer of on-site training.

Webinar for coordinators: April 17, noon - 1 pm. Register on the program
website.

Lakeland Department of Health - Public Health Laboratory
Newborn Screening Program | 555-0114
"""
    return text(m, t, cte="base64")


@reg("clean", "news")
def news_5():
    m = M("Lakeshore Foundation <events@foundation.%s>" % H, "Lakeshore Community <community@lists.%s>" % H,
          "Light up purple for World Prematurity Day - Nov 17", date=when(2024, 10, 28, 11, 0))
    inner = """
<div style="font-family:Arial;font-size:14px;max-width:600px">
<h1 style="color:#6a1b9a">World Prematurity Day &mdash; Sunday, November 17</h1>
<p>About 1 in 10 babies in our state is born too soon. On November 17 the Lakeshore Pavilion tower will be lit
purple, and we invite everyone to join us:</p>
<ul>
<li><b>Purple Walk</b> around Lakeshore Park, 9 am, 2 miles, strollers and dogs welcome. Registration $15, kids free.</li>
<li><b>Sock drive</b>: new preemie and newborn socks and hats, drop boxes in all main lobbies through 11/22.</li>
<li><b>Lantern lighting</b> at 5 pm on the Pavilion lawn, with remarks from our neonatology team.</li>
</ul>
<p>Every dollar raised supports family meals, parking passes and the new NICU family lounge.</p>
<p><a href="https://foundation.lakeshorewch.example/purple">Register or donate</a></p>
<p style="font-size:11px;color:#777">Lakeshore Women's &amp; Children's Foundation is a 501(c)(3) organization.</p>
</div>
"""
    return html(m, wrap_html(inner))


@reg("clean", "news")
def news_6():
    m = M("Heartland Mothers' Milk Bank <hello@%s>" % MILK, "Heartland Friends <friends@lists.%s>" % MILK,
          "Heartland Highlights - Fall 2024", date=when(2024, 9, 25, 7, 30))
    t = """HEARTLAND HIGHLIGHTS - FALL 2024

New milk drop-off depot in Eastgate
Our 9th community depot opens October 7 at Eastgate Family Pharmacy,
1830 Main St. Approved donors can drop off frozen milk Mon-Sat 9-6.

By the numbers (January - August 2024)
 - 312,000 oz of pasteurized donor milk dispensed
 - 41 hospitals served in 4 states
 - 620 new approved donors

Volunteer spotlight: Dale Whitford
Dale has driven our Tuesday courier route for five years - more than
40,000 miles, never once late, and always with a thermos of terrible
coffee. Thank you, Dale!

Thank you, Millbrook Rotary
The Rotary Club of Millbrook funded two new deep freezers this summer,
adding storage for 18,000 oz.

Want to donate? Screening is free and starts with a 10-minute phone call:
555-0190.

Heartland Mothers' Milk Bank - a nonprofit member of the milk banking
association. Unsubscribe: heartlandmilkbank.example/unsubscribe
"""
    return text(m, t)


# ==========================================================================
# CLEAN - training / templates / policy
# ==========================================================================
@reg("clean", "training")
def train_1():
    blocks = ["NICU DISCHARGE SUMMARY - TEMPLATE (v3.2, approved 06/2024)",
              "Instructions: replace every field in [brackets]. Delete any section that does not apply. Do not paste from another patient's summary.",
              [["Field", "Entry"],
               ["Patient name", "[LAST, FIRST]"],
               ["MRN", "[MRN]"],
               ["DOB / time", "[MM/DD/YYYY hh:mm]"],
               ["GA at birth / BW", "[__ wk __ d] / [____ g]"],
               ["Admission date", "[MM/DD/YYYY]"],
               ["Discharge date / PMA / weight", "[MM/DD/YYYY] / [__ wk] / [____ g]"],
               ["Primary care provider", "[Name, practice, phone]"]],
              "Hospital course by system: Respiratory [ ]  Cardiovascular [ ]  FEN/GI [ ]  Heme/bili [ ]  ID [ ]  Neuro [ ]  Eyes (ROP) [ ]",
              "Screens: Newborn screen #1 [date/result]  #2 [date/result]  Hearing [pass/refer]  CCHD [ ]  Car seat screen [pass/car bed]",
              "Immunizations: Hep B [date]  RSV product [name/date]  2-month vaccines [dates]",
              "Discharge medications: [drug, dose, route, frequency]",
              "Follow-up: PCP [date]  Follow-up Clinic [date]  Ophthalmology [date]  Audiology [date]  Early Intervention referral [Y/N, date]",
              "Attending signature: ______________________"]
    m = M("Lisa Abernathy <labernathy@%s>" % H, "NICU Providers <nicu-providers@%s>" % H,
          "Updated discharge summary template (v3.2)", date=when(2024, 6, 28, 15, 0))
    text(m, "Hi all,\n\nAttached is the updated discharge summary template approved at June's practice council. "
            "Changes: RSV product line, car seat screen result, and the EI referral field. The smart phrase "
            ".NICUDCSUM will be updated in the EHR on 7/8.\n\nLisa\n")
    attach(m, docx(blocks), DOCX, "NICU_Discharge_Summary_Template_v3.2.docx")
    return m


@reg("clean", "training")
def train_2():
    m = M("Lisa Abernathy <labernathy@%s>" % H, "NICU New Grad Cohort <nicu-newgrads@%s>" % H,
          "Week 3 charting quiz (fictional case)", date=when(2024, 2, 14, 16, 0))
    return text(m, """Hi new grads,

This week's quiz is below. The case is FICTIONAL and made up for teaching -
"Baby Girl Sample" is not a patient here and any resemblance is accidental.
Reply to me with your answers by Friday; we'll go over them in Monday huddle.

CASE (fictional): Baby Girl Sample, 31 wk GA, day of life 6, weight
1,450 g, on CPAP 5 / 21%, feeds 20 mL q3h maternal milk via OG, last
temp 36.4 axillary in an isolette set at 33.5 C air mode.

1. The baby has 3 desaturations to 85% in your shift, each self-resolving
   within 10 seconds. Where and how do you document them?
2. The 1200 gastric residual is 6 mL of partially digested milk. What else
   do you assess before calling the provider?
3. Which of these belongs in the nursing note versus the flowsheet:
   a) parent visit and skin-to-skin for 60 min
   b) isolette temperature changes
   c) your conversation with mom about pumping
4. True/False: you may copy the previous shift's assessment and edit it.
5. Write an SBAR for a temperature of 36.1 C after a bath.

Lisa Abernathy, MSN, RNC-NIC
Clinical Nurse Educator
""")


@reg("clean", "training")
def train_3():
    lines = [
        "LAKESHORE WOMEN'S & CHILDREN'S HOSPITAL - NURSING POLICY",
        "Title: Human Milk Handling, Storage and Administration (NICU)     Policy NSG-NEO-031",
        "Effective: 03/01/2024   Review: 03/01/2027   Owner: NICU Practice Council",
        "",
        "1. PURPOSE: To ensure expressed maternal milk and pasteurized donor milk are",
        "   stored, prepared and given safely, and to prevent misadministration.",
        "2. SCOPE: NICU RNs, milk technicians, lactation consultants, dietitians.",
        "3. STORAGE",
        "   3.1 Fresh maternal milk: refrigerate at 2-4 C, use within 96 hours.",
        "   3.2 Frozen milk: -20 C or colder, use within 3 months (12 months at -70 C).",
        "   3.3 Thawed milk: use within 24 hours; never refreeze.",
        "   3.4 Donor milk is stored separately from maternal milk, by lot number.",
        "4. VERIFICATION",
        "   4.1 Every bottle is scanned against the patient wristband before feeding.",
        "   4.2 If the scan fails, two-person verification is required before use.",
        "   4.3 Wrong-milk events are reported in the safety system within 24 hours",
        "       and follow the exposure algorithm in Appendix B.",
        "5. DONOR MILK",
        "   5.1 Written parental consent is required before the first feeding.",
        "   5.2 Donor milk is offered to infants < 34 wk or < 1,800 g when maternal",
        "       milk is not available, and continued until 34 wk PMA unless ordered.",
        "6. FORTIFICATION: prepared in the milk room under the hood per dietitian recipe.",
        "",
        "Appendix A: storage chart. Appendix B: wrong-milk exposure algorithm.",
        "Approved: C. Fitzgerald, Nurse Manager; I. Nwachukwu, MD, Medical Director",
    ]
    m = M("Policy Management <policytech@%s>" % H, "NICU All Staff <nicu-all@%s>" % H,
          "Policy published: NSG-NEO-031 Human Milk Handling (NICU) - attestation due 3/31",
          date=when(2024, 3, 1, 6, 0))
    text(m, """A policy assigned to you has been published and requires your attestation.

Policy:  NSG-NEO-031 Human Milk Handling, Storage and Administration (NICU)
Version: 4
Due:     03/31/2024

Summary of changes: frozen storage limits aligned with the milk bank's
guidance; scanning failure now requires two-person verification; donor
milk eligibility threshold changed from 32 to 34 weeks.

The policy is attached. To attest, log in to PolicyTech and select
"I have read and understood".
""")
    attach(m, pdf(lines, size=9), "application/pdf", "NSG-NEO-031_v4.pdf")
    return m


@reg("clean", "training")
def train_4():
    m = M("Sharon Whitcomb <swhitcomb@%s>" % H, "Patient Access Trainees <pa-training@%s>" % H,
          "Training: reading a 271 eligibility response (sample file)", date=when(2024, 5, 9, 13, 0))
    sample = "\n".join([
        "ST*271*0001*005010X279A1~",
        "BHT*0022*11*TRAIN0001*20240101*0900~",
        "HL*1**20*1~",
        "NM1*PR*2*SAMPLE HEALTH PLAN*****PI*SMPL01~",
        "HL*2*1*21*1~",
        "NM1*1P*2*EXAMPLE HOSPITAL*****XX*0000000000~",
        "HL*3*2*22*0~",
        "NM1*IL*1*DOE*JANE*SAMPLE***MI*XX0000000~",
        "DMG*D8*20240101*F~",
        "EB*1*IND*30**MEDICAID NEWBORN~",
        "DTP*291*RD8*20240101-20241231~",
        "EB*B*IND*98***27*0~",
        "MSG*THIS IS A TRAINING EXAMPLE~",
        "SE*13*0001~",
    ])
    text(m, """Hi all,

For Thursday's session, please look over the sample 271 below (also attached
as a text file for the exercise) before class.
All names and numbers in it are invented training values ("DOE, JANE
SAMPLE", payer "SAMPLE HEALTH PLAN", NPI of all zeros) - it is not a real
member and will not run against any payer.

%s

What to find:
  - NM1*IL: subscriber/patient name and member ID (MI qualifier)
  - DMG: date of birth and sex
  - EB*1: active coverage; EB*6 would mean inactive
  - DTP*291: plan dates
  - EB*B ... *27*0: copay amount for the visit type
  - MSG: free-text messages from the payer (PA requirements often live here)

Homework: for a newborn added to mom's Medicaid, which segment would you
check to confirm the coverage start date matches the date of birth?

Sharon Whitcomb
Patient Access - Lead Trainer
""" % sample)
    attach(m, sample + "\n", "text/plain", "sample_271_TRAINING.txt")
    return m


@reg("clean", "training")
def train_5():
    m = M("Karen Osterhout DO <kosterhout@%s>" % H, "NICU Sim Faculty <nicu-sim@%s>" % H,
          "Sim scenario for 10/9: delivery room resuscitation, 28 wk (mannequin)", date=when(2024, 10, 2, 17, 20))
    body = """Faculty,

Scenario script for next Wednesday's in-situ simulation in L&D OR 2. This
is a simulated case with the premature infant mannequin ("Baby Hope");
no real patients are involved and the OR will be blocked off.

SCENARIO: 28+0 wk, 1,050 g, mother with preterm labor, received
betamethasone x1 and magnesium. Clear fluid.

  0:00  Infant delivered, apneic, HR 80 (faculty calls out), placed in
        plastic wrap under radiant warmer.
  0:30  Expected: PPV with T-piece, PIP 20-25 / PEEP 5, FiO2 30%,
        pulse ox right hand, ECG leads.
  1:30  HR 60 despite PPV. Expected: MR SOPA corrective steps.
  2:30  If effective ventilation not achieved: intubation (2.5 ETT),
        confirm with CO2 detector.
  3:30  HR > 100 after effective ventilation. Transition to CPAP vs.
        continued ventilation; discuss surfactant.
  5:00  END. Debrief (20 min) using PEARLS.

Learning objectives: ventilation corrective steps, temperature control
for < 32 wk, closed-loop communication, role clarity.

Roles needed: 2 RNs, 1 RT, 1 resident, 1 NNP or fellow, 1 confederate as
the OB. Faculty: me (operator), Lisa (debrief), Chinedu (RT lead).

Karen Osterhout, DO
Neonatology | NICU Simulation Director
"""
    return alt(m, body, wrap_html(h2(body)))


@reg("clean", "training")
def train_6():
    m = M("Denise Whitfield <dwhitfield@%s>" % H, "NICU Social Work & Case Management <nicu-swcm@%s>" % H,
          "How to fill out the new Birth to Three referral form (worked example)",
          date=when(2024, 1, 17, 11, 45))
    return text(m, """Team,

The county sent a new Early Intervention referral form. Below is a worked
example with MADE-UP values so you can see what goes where. Please don't
reuse any of the example text.

  ---------------- EXAMPLE ONLY - NOT A REAL CHILD ----------------
  Child name:          Example, Test Child
  DOB:                 01/01/20XX
  Birth weight:        [grams]
  GA at birth:         [weeks + days]
  Parent/guardian:     Example, Parent
  Phone:               555-0100 (unit main line used as placeholder)
  Address:             [street, city, ZIP]
  Language:            [language]  Interpreter needed: [Y/N]
  Reason for referral: Established condition - birth weight < 1,500 g
                       (automatic eligibility; no evaluation needed
                       to establish eligibility)
  Concerns observed:   [brief, functional - e.g., "feeding takes > 30
                       min", "not yet rolling at __ mo corrected"]
  Referral source:     Lakeshore NICU Social Work, 555-0177
  -----------------------------------------------------------------

Tips:
  - Automatic eligibility criteria are on page 2; check the box and you
    do not need to attach notes.
  - Parent consent to share must be signed on page 3 before we fax.
  - The county wants corrected age, not chronological, in the concerns
    section.

Denise
""")


# ==========================================================================
# main
# ==========================================================================
EXPECTED = {
    ("phi", "care"): 8, ("phi", "names"): 8, ("phi", "self"): 7, ("phi", "ids"): 8,
    ("phi", "lists"): 7, ("phi", "struct"): 7, ("phi", "lang"): 8,
    ("clean", "staff"): 7, ("clean", "admin"): 7, ("clean", "lookalike"): 7,
    ("clean", "news"): 6, ("clean", "training"): 6,
}


def main():
    os.makedirs(OUT, exist_ok=True)
    counts = {}
    labels = []
    for label, kind, patient, fn in MESSAGES:
        key = (label, kind)
        counts[key] = counts.get(key, 0) + 1
        fname = "%s-%s-%03d.eml" % (label, kind, counts[key])
        msg = fn()
        data = msg.as_bytes(policy=policy.SMTP)
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(data)
        labels.append((fname, label, kind, patient))
    assert counts == EXPECTED, counts
    assert sum(counts.values()) == 86
    assert sum(v for (l, k), v in counts.items() if l == "phi") == 53
    assert sum(v for (l, k), v in counts.items() if l == "clean") == 33
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "label", "kind", "patient_name"])
        for row in labels:
            w.writerow(row)
    for (l, k) in EXPECTED:
        print("%s-%s: %d" % (l, k, counts[(l, k)]))
    print("total: %d" % sum(counts.values()))


if __name__ == "__main__":
    main()
