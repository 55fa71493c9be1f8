#!/usr/bin/env python3
"""Generate a set of .eml messages for an employee health / occupational medicine office."""
import sys, os, io, csv, random, zipfile, zlib, datetime, base64, json
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

SEED = 11802
random.seed(SEED)

ORG = "northbridge.example"
EH = "Employee Health <employeehealth@northbridge.example>"
DANA = "Dana Whitcombe <dwhitcombe@northbridge.example>"
ELLERY = "Marcus Ellery <mellery@northbridge.example>"
PRIYA = "Priya Raghunathan <praghunathan@northbridge.example>"
TOM = "Tom Kessler <tkessler@northbridge.example>"
LORENA = "Lorena Quintero <lquintero@northbridge.example>"
GRACE = "Grace Oyelaran <goyelaran@northbridge.example>"
BEN = "Ben Achterberg <bachterberg@northbridge.example>"

SIG_DANA = """--
Dana Whitcombe, RN, COHN-S
Nurse Manager, Employee Health & Occupational Medicine
Northbridge University | Halvorsen Hall, Room 140
Phone 555-0110 | Fax 555-0119"""
SIG_PRIYA = """Priya Raghunathan, FNP-BC
Employee Health & Occupational Medicine
Northbridge University
555-0114"""
SIG_GRACE = """Grace Oyelaran, RN
Employee Health & Occupational Medicine
Halvorsen Hall 140 | 555-0116"""
SIG_TOM = """Tom Kessler
Workers' Compensation Coordinator
Office of Risk Management, Northbridge University
555-0172 (office) | 555-0173 (fax)"""
SIG_LORENA = """Lorena Quintero
Clinic Coordinator | Employee Health & Occupational Medicine
Northbridge University | 555-0111"""
SIG_ELLERY = """Marcus Ellery, MD, MPH
Medical Director, Employee Health & Occupational Medicine
Northbridge University"""
DISCLAIMER = """CONFIDENTIALITY NOTICE: This message and any attachments are intended only for
the named recipient(s) and may contain information that is confidential or
legally privileged. If you received it in error, please notify the sender and
delete it. Northbridge University Employee Health & Occupational Medicine."""

_mid = [0]
def mid(domain=ORG):
    _mid[0] += 1
    return "<%s.%d@%s>" % ("".join(random.choice("0123456789abcdef") for _ in range(16)), _mid[0], domain)

def dt(m, d, h=9, mi=0, tz=-5):
    return format_datetime(datetime.datetime(2024, m, d, h, mi, random.randint(0, 59),
                                             tzinfo=datetime.timezone(datetime.timedelta(hours=tz))))

def mk(frm, to, subj, date, cc=None, reply_to=None, extra=None):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subj
    m["Date"] = date
    dom = frm.split("@")[-1].rstrip(">").strip()
    m["Message-ID"] = mid(dom)
    m["MIME-Version"] = "1.0"
    for k, v in (extra or {}).items():
        m[k] = v
    return m

def text(m, body, charset="utf-8", cte=None):
    if cte:
        m.set_content(body, charset=charset, cte=cte)
    else:
        m.set_content(body, charset=charset)
    return m

def html_only(m, html, charset="utf-8", cte="quoted-printable"):
    m.set_content(html, subtype="html", charset=charset, cte=cte)
    return m

def alt(m, plain, html, charset="utf-8", cte="quoted-printable"):
    m.set_content(plain, charset=charset, cte=cte)
    m.add_alternative(html, subtype="html", charset=charset, cte=cte)
    return m

def attach(m, data, filename, mime):
    main, sub = mime.split("/")
    if isinstance(data, str):
        if main == "text":
            m.add_attachment(data, subtype=sub, filename=filename)
            return m
        data = data.encode("utf-8")
    m.add_attachment(data, maintype=main, subtype=sub, filename=filename)
    return m

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def html_wrap(inner, font="Calibri, Arial, sans-serif"):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:%s;font-size:11pt">%s</body></html>' % (font, inner))

def p2html(plain):
    parts = []
    for para in plain.strip("\n").split("\n\n"):
        parts.append("<p>" + "<br>\n".join(esc(l) for l in para.split("\n")) + "</p>")
    return html_wrap("\n".join(parts))

def quote(s):
    return "\n".join((">" + l) if l.startswith(">") else ("> " + l if l else ">") for l in s.split("\n"))

# ---------- hand-built office files ----------
ZDATE = (2024, 3, 4, 10, 15, 0)

def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()

def make_zip(files):
    return _zip(files)

def xml_esc(s):
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
    sd = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xml_esc(v)))
        sd.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % "".join(sd))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xml_esc(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet_xml)])

def make_docx(paragraphs):
    body = []
    for p in paragraphs:
        bold = False
        if p.startswith("**"):
            bold, p = True, p[2:]
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        body.append('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, xml_esc(p)))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % "".join(body))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])

def make_pdf(lines, title="Document"):
    def pesc(s):
        s = s.encode("latin-1", "replace").decode("latin-1")
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    pages = [lines[i:i + 52] for i in range(0, max(len(lines), 1), 52)] or [[]]
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids_placeholder = len(objs)
    objs.append(b"")  # pages
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    page_ids = []
    for pg in pages:
        cs = ["BT", "/F1 10 Tf", "13 TL", "50 760 Td"]
        for ln in pg:
            cs.append("(%s) Tj T*" % pesc(ln))
        cs.append("ET")
        raw = "\n".join(cs).encode("latin-1")
        comp = zlib.compress(raw)
        objs.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(comp) + comp + b"\nendstream")
        cid = len(objs)
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % cid).encode())
        page_ids.append(len(objs))
    objs.append(("<< /Title (%s) /Producer (Northbridge Print Services) >>" % pesc(title)).encode("latin-1"))
    info_id = len(objs)
    objs[kids_placeholder] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % i for i in page_ids), len(page_ids))).encode()
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
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, info_id, xref))
    return out.getvalue()

def csv_text(rows, delim=","):
    bio = io.StringIO()
    w = csv.writer(bio, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return bio.getvalue()

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

REG = []
def reg(label, kind, patient=""):
    def deco(fn):
        REG.append((label, kind, patient, fn))
        return fn
    return deco

# =====================================================================
# phi-care
# =====================================================================
@reg("phi", "care", "Tamara Jennings-Holt")
def care1():
    m = mk(GRACE, PRIYA, "TST read this morning - needs follow up", dt(2, 7, 8, 42),
           cc=DANA)
    return text(m, """Priya,

Read Tamara Jennings-Holt's TST at 8:15 (placed Monday 2/5, left forearm). 12 mm
induration, measured twice. She's a new hire in the Vet Med teaching hospital,
start date was supposed to be 2/12.

I drew a QuantiFERON before she left and put in for a 2-view chest film at
Radiology. She's on the books with you Friday at 1:30 for the symptom review. I
told her not to panic and that we'd call once the blood work is back, probably
Thursday afternoon.

Hiring manager is Dr. Okafor - I have NOT told him anything other than
"clearance pending", so if he calls please keep it to that.

Grace

""" + SIG_GRACE + "\n")

@reg("phi", "care", "Derek Loomis")
def care2():
    m = mk(PRIYA, "Marcus Ellery <mellery@northbridge.example>",
           "Exposure tonight - Loomis, Animal Resources", dt(3, 12, 22, 17))
    body = html_wrap("""
<p>Marcus &ndash;</p>
<p>Quick rundown since you're on call for the hotline this week.</p>
<ul>
<li><b>Employee:</b> Derek Loomis, animal care tech, Comparative Medicine (Barlow Bldg vivarium)</li>
<li><b>Event:</b> 20:40 &ndash; stuck through glove with a used 25g needle while restraining a macaque for a blood draw. Washed 10 min at the sink per protocol.</li>
<li><b>Source animal:</b> rhesus #R-1147, B-virus serology submitted by the attending vet.</li>
<li>Seen here in the after-hours room at 21:25. Baseline serum drawn and frozen, wound cultured.</li>
<li>Started valacyclovir 1 g PO TID &times; 14 days, first dose given 21:50. Gave him the printed handout and our cell numbers.</li>
</ul>
<p>He's pretty shaken up. I told him he can come in late tomorrow. Recheck visit with you Thursday 3/14 at 10:00 &ndash; Lorena has it on the calendar.</p>
<p>I'll finish the sharps log entry in the morning.</p>
<p>P.</p>
<p style="color:#666;font-size:9pt">Sent from the Employee Health after-hours workstation</p>
""")
    return html_only(m, body)

@reg("phi", "care", "Francine Abernathy")
def care3():
    inner = mk("Ridgeline Occupational Care <noreply-records@ridgelineoc.example>",
               "employeehealth@northbridge.example",
               "Work Status Report - ABERNATHY, FRANCINE", dt(3, 4, 16, 3, tz=-5))
    text(inner, """Ridgeline Occupational Care - Work Status Report

Patient: Francine Abernathy
Employer: Northbridge University - Dining Services
Visit date: 03/04/2024
Provider: L. Castellanos, PA-C

Seen today for recheck. Ice and home exercise program continued. Referred to
physical therapy, 2x/week for 3 weeks (Ridgeline PT, Ph 555-0188).

Work status: MODIFIED DUTY effective 03/05/2024
 - No lifting over 10 lbs
 - No repetitive reaching overhead with the right arm
 - May stand/walk as tolerated
Next appointment: 03/18/2024 at 9:40 AM

This report was generated electronically and transmitted to the employer of record.
""")
    m = mk(LORENA, "Carla Benedetti <cbenedetti@northbridge.example>",
           "Fwd: Work Status Report - ABERNATHY, FRANCINE", dt(3, 5, 8, 20),
           cc=TOM)
    text(m, """Hi Carla,

Forwarding Francine's work status from Ridgeline - she's OK to come back
tomorrow on modified duty. Can you confirm you have something that fits the
restrictions (cashier or the salad station should work)? If not, let Tom know
today so he can sort out the lost-time piece with Keystone.

Her PT is Mon/Wed mornings, she'll need about an hour and a half off those days.

Thanks,
Lorena

""" + SIG_LORENA + "\n")
    m.add_attachment(inner)
    return m

@reg("phi", "care", "Kofi Mensah")
def care4():
    m = mk(BEN, "Rachel Dunmore <rdunmore@northbridge.example>",
           "Fit test - Kofi Mensah (3rd missed appt)", dt(4, 9, 14, 5),
           cc=DANA)
    plain = """Hi Rachel,

Kofi Mensah didn't show for his respirator fit test again today (2:00 slot).
That's the third one since January - 1/23, 3/8 and today. His medical clearance
from Priya is good through October so it's only the fit test that's holding him
up, but until he's fit tested on the 3M 1870+ he can't go into the
BSL-3 suite per the respiratory protection program.

Can you talk with him? I have openings Thursday 4/11 at 9:30 and 10:00, or
Monday 4/15 any time after 1. It takes about 25 minutes.

Thanks,
Ben Achterberg
Fit Test / Audiometry Technician
Employee Health & Occupational Medicine
"""
    html = html_wrap("""<p>Hi Rachel,</p>
<p><b>Kofi Mensah</b> didn't show for his respirator fit test again today (2:00 slot). That's the third one since January &ndash; 1/23, 3/8 and today. His medical clearance from Priya is good through October so it's only the fit test that's holding him up, but until he's fit tested on the 3M 1870+ he can't go into the BSL-3 suite per the respiratory protection program.</p>
<p>Can you talk with him? I have openings Thursday 4/11 at 9:30 and 10:00, or Monday 4/15 any time after 1. It takes about 25 minutes.</p>
<p>Thanks,<br>Ben Achterberg<br><span style="color:#555">Fit Test / Audiometry Technician<br>Employee Health &amp; Occupational Medicine</span></p>""")
    return alt(m, plain, html)

@reg("phi", "care", "Rebecca Tan")
def care5():
    m = mk(GRACE, "Rebecca Tan <rtan4@northbridge.example>",
           "Your hepatitis B series - next steps", dt(5, 2, 11, 30))
    return text(m, """Hi Rebecca,

Thanks for coming in this morning. For your records:

  - Heplisav-B dose #2 given today 5/2/2024, right deltoid, lot 8H39C
  - Dose #1 was 4/1/2024
  - You're now done with the series.

Next step is a blood draw for your antibody level (anti-HBs) 1-2 months after
today - so any time between June 3 and July 2. You don't need an appointment
for the draw, just walk in Mon-Thu 7:30-11:00. We'll email when results are in.

If the arm is sore for a day or two that's normal. Call us if you have anything
more than that.

Grace

""" + SIG_GRACE + "\n\n" + DISCLAIMER + "\n", cte="quoted-printable")

@reg("phi", "care", "Alan Whitfield")
def care6():
    m = mk("Sandra Kowalczyk <skowalczyk@northbridge.example>", LORENA,
           "RE: RE: RE: New hires for the vivarium - onboarding dates", dt(6, 20, 15, 12),
           cc="Jorge Villanueva <jvillanueva@northbridge.example>")
    return text(m, """Thanks Lorena, that works. I'll tell the three of them to bring their
badges and wear short sleeves for the PPD.

Sandra

-----Original Message-----
From: Lorena Quintero <lquintero@northbridge.example>
Sent: Thursday, June 20, 2024 2:48 PM
To: Sandra Kowalczyk <skowalczyk@northbridge.example>
Cc: Jorge Villanueva <jvillanueva@northbridge.example>
Subject: RE: RE: New hires for the vivarium - onboarding dates

Hi Sandra,

I can do Tuesday 6/25 at 8:00, 8:30 and 9:00 for the three new techs. Each visit
is about 45 minutes (questionnaire, TST placement, fit test). They'll need to
come back Thursday for the TST read.

Separate thing - FYI on Alan Whitfield from the May group: his fit test was fine
but his spirometry came in below the lower limit of normal, so Dr. Ellery wants
to repeat it before he signs the respirator clearance. Alan's booked 6/27 at
7:45. Until then he should stay out of the rooms that need the N95.

Lorena

-----Original Message-----
From: Sandra Kowalczyk
Sent: Thursday, June 20, 2024 11:02 AM
To: Lorena Quintero
Cc: Jorge Villanueva
Subject: RE: New hires for the vivarium - onboarding dates

Lorena - any chance for early next week? We're really short on the
weekend rotation and I'd like them on the floor by July 1.

-----Original Message-----
From: Jorge Villanueva
Sent: Wednesday, June 19, 2024 4:30 PM
To: Lorena Quintero
Cc: Sandra Kowalczyk
Subject: New hires for the vivarium - onboarding dates

Hello,

We have three animal care techs starting (names in the attached HR sheet,
all three are external hires). What dates do you have for the pre-placement?

Jorge Villanueva
Operations Manager, Comparative Medicine Resources
""")

@reg("phi", "care", "Harold Pruitt")
def care7():
    m = mk(DANA, "Employee Health Staff <eh-staff@northbridge.example>",
           "Re: Grounds crew audiograms Thursday", dt(7, 15, 9, 5))
    return text(m, """All,

Sad news I just got from Mike Trevino in Grounds - Harold Pruitt passed away
Saturday night at St. Anselm's. He was admitted there last Tuesday and went
to the ICU on Thursday. Mike didn't know much more than that and I didn't ask.

Please:
 - Ben, pull him from Thursday's audiogram list
 - Lorena, cancel his pesticide applicator medical surveillance recall for August
 - I'll close out the file and let Tom know in case anything is open on the comp side

Harold came in for his hearing tests every year for something like 26 years.
He always brought us tomatoes in August. I'll send the service info when
I have it.

Dana

On Fri, Jul 12, 2024 at 3:40 PM Ben Achterberg <bachterberg@northbridge.example> wrote:
> Thursday 7/18 Grounds crew audiograms, booth 1:
> 7:00 Trevino, 7:20 Pruitt, 7:40 Salas, 8:00 Hendricks, 8:20 Boateng
> Reminder they need 14 hours quiet before the test, please tell the crew lead.
> Ben

""" + SIG_DANA + "\n")

@reg("phi", "care", "Lena Marsh")
def care8():
    m = mk(ELLERY, "Lt. Gary Ostrowski <gostrowski@police.northbridge.example>",
           "Fitness for duty - Officer Lena Marsh", dt(8, 2, 13, 44),
           cc=DANA)
    return text(m, """Lt. Ostrowski,

Following up on the fitness-for-duty referral for Officer Lena Marsh (badge 2291).

I saw her on 7/30 and reviewed the records her treating physician sent over.
Her medication was adjusted in early July and she has been on a stable dose
for three weeks. Her post-adjustment visit notes and today's reassessment support
a return to full duty, including firearm carry, without restrictions,
effective Monday 8/5/2024.

I'd like to see her back in 90 days (early November) for a brief recheck; our
office will schedule it directly with her. The department does not need to take
any action on that.

Please contact me directly rather than the main line if you have questions.

""" + SIG_ELLERY + "\n555-0112\n\n" + DISCLAIMER + "\n", cte="base64")

# =====================================================================
# phi-names
# =====================================================================
@reg("phi", "names", "Chukwuemeka Okonkwo-Eze")
def names1():
    m = mk("Meridian Client Services <clientservices@meridianlabs.example>",
           GRACE, "Okonkwo-Eze, Chukwuemeka", dt(2, 14, 10, 2))
    return text(m, """Grace - per your call this morning, confirming the result:

Anti-HBs quantitative: <3.1 mIU/mL (non-reactive)
Collected 02/09, resulted 02/13.

Hard copy went out with the afternoon courier batch. Let us know if you want
the repeat drawn here or at your site.

Theresa
Meridian Reference Laboratories - Client Services
Ph 555-0140
""")

@reg("phi", "names", "Nguyễn Thị Hồng")
def names2():
    m = mk(PRIYA, "Beth Ann Sorensen <bsorensen@northbridge.example>",
           "Re: Nguyễn, Thị Hồng - glove accommodation", dt(3, 19, 16, 25))
    return text(m, """Beth Ann,

Yes, I saw Ms. Nguyễn today. She does need non-latex gloves at her
workstation in the histology core, and the powdered latex ones that the
lab next door uses need to go too - she broke out again last week just from
the shared bench. I've written it up on the accommodation form (no details
of her exam on it, just the functional need). Signed copy is in your inbox.

I'd also like her to carry her epinephrine auto-injector at work - she has
one, she just keeps it in her car. I told her that.

Priya

On Tue, Mar 19, 2024 at 9:02 AM Beth Ann Sorensen <bsorensen@northbridge.example> wrote:
> Hi Priya, Hong Nguyen's supervisor asked about the glove situation again.
> Were you able to see her? I need the accommodation paperwork back by Friday.
> Thanks - BA
""", cte="quoted-printable")

@reg("phi", "names", "Ananya Subramaniam")
def names3():
    m = mk(BEN, DANA, "Ananya Subramaniam's audiogram - STS", dt(4, 22, 11, 15))
    plain = """Dana,

Ananya Subramaniam's annual audiogram this morning shows a standard threshold
shift in the left ear compared with her 2021 baseline (avg 2k/3k/4k change of
12 dB). Right ear is unchanged. She's the research engineer in the
turbine test cell in Mechanical Eng.

She said she had a cold last week. I'd like to retest her in 30 days before we
call it, per the program. Ananya also said the earmuffs they hand out don't fit
over her safety glasses, so I gave her foam plugs and showed her how to
insert them.

Can you sign off on the retest and the 30-day letter?

Ben
"""
    return alt(m, plain, p2html(plain))

@reg("phi", "names", "Yusuf Al-Khatib")
def names4():
    m = mk(ELLERY, "Dr. Helen Ferreira-Lowe <hferreiralowe@chem.northbridge.example>",
           "Dr. Al-Khatib - this afternoon's incident", dt(5, 8, 17, 50),
           cc="EHS Lab Safety <labsafety@northbridge.example>")
    return text(m, """Helen,

Letting you know as department chair: Dr. Yusuf Al-Khatib came over to us at
about 2:30 after a splash of the acid quench to his right eye in the Ruiz Hall
synthesis lab. His students had already done 15 minutes at the eyewash, which
made all the difference.

We irrigated further, checked pH until neutral, and he saw ophthalmology at the
medical center at 4:15. He's home with drops and a recheck there tomorrow
morning. Dr. Al-Khatib should not drive for the rest of today.

EHS is copied for the incident investigation; I've left out anything they
don't need. Please don't forward this.

Marcus
""" + "\n" + SIG_ELLERY + "\n")

@reg("phi", "names", "Małgorzata Wiśniewska")
def names5():
    m = mk("Rudy Pham <rpham@facilities.northbridge.example>", EH,
           "injury on loading dock today - Gosia", dt(1, 24, 7, 58))
    return text(m, """Hi employee health,

One of my custodians, Małgorzata Wiśniewska (everybody calls her Gosia), went
down on the ice at the Kerrigan Library loading dock around 6:15 this morning.
She thinks she rolled her left ankle. It's swelling up pretty good and she
can't put weight on it.

I have her sitting in the break room with ice. Do I send her over to you or
to Ridgeline? She doesn't drive so I'd bring her myself. Her English is OK but
she's more comfortable in Polish, her daughter can translate on the phone if
needed.

I'll do the supervisor's report of injury for Tom as soon as I'm back at my
desk.

Rudy Pham
Custodial Supervisor, Zone 3
Facilities Management | 555-0155
""")

@reg("phi", "names", "José Luis de la Cruz")
def names6():
    m = mk(TOM, "Keystone Claims Administrators <newclaims@keystoneclaims.example>",
           "First report of injury - de la Cruz", dt(6, 3, 10, 20))
    return text(m, """Hello,

Please open a new claim for the following. The signed state first report form
will follow by fax this afternoon.

Mr. José Luis de la Cruz, HVAC mechanic II, Facilities Management, was pulling
a 60 lb compressor motor out of a rooftop unit on the Fenwick Science Center
on Friday 5/31 at approx. 1:30 PM when he felt a sharp pull in his lower
back. He reported it to his lead the same day. Mr. de la Cruz was seen at
Ridgeline Occupational Care Saturday 6/1, given a muscle relaxant and anti-
inflammatory and placed off work through 6/5. Follow-up there 6/5.

No prior claims for him on our side that I can find.

Please send the acknowledgment and the adjuster assignment to me.

Thanks,
""" + SIG_TOM + "\n")

@reg("phi", "names", "Siobhán O'Donoghue")
def names7():
    m = mk(DANA, "Dr. Peter Lindqvist <plindqvist@anatomy.northbridge.example>",
           "re: Siobhán O'Donoghue", dt(9, 10, 12, 32))
    return text(m, """Dr. Lindqvist,

re: Siobhán O'Donoghue - she gave me permission to loop you in. She is 20
weeks along, and after talking it over with her obstetrician and Dr. Ellery,
we're recommending she not do dissection prep or work in the gross anatomy
lab with the formaldehyde tanks for the rest of the pregnancy. She's fine to
keep teaching the lecture sections and the histology lab.

Siobhán wanted you to hear it from us first rather than having to explain it
herself. She'd like to talk about coverage for the Tuesday lab sessions when
you have a minute.

Thank you,
Dana

""" + SIG_DANA + "\n")

@reg("phi", "names", "Dragomir Petrović")
def names8():
    m = mk(PRIYA, "Grace Oyelaran <goyelaran@northbridge.example>",
           "Petrović - start 4R Monday?", dt(10, 17, 15, 2), cc=ELLERY)
    return text(m, """Grace,

Mr Petrović came back in today to go over things. QFT positive (his first ever
test with us, he'd had BCG as a kid in Serbia), chest film read as clear by
radiology Tuesday, no symptoms. Dr. Ellery agrees with treating.

Drago wants to start the 4 months of rifampin Monday 10/21 - I sent the Rx to
the campus pharmacy. Can you set up monthly check-ins (first one ~11/18) and
the LFTs at baseline? He works evenings in the Mathematics building so late
afternoon appointments are best for him.

Also he asked if his wife should get tested. I told him to ask her own doctor
but gave him the county TB clinic number.

P.
""")

# =====================================================================
# phi-self
# =====================================================================
@reg("phi", "self", "Jordan Reyes-Whitaker")
def self1():
    m = mk("Jordan Reyes-Whitaker <jreyeswhitaker@northbridge.example>", EH,
           "question about the meds", dt(3, 14, 6, 51))
    return text(m, """hi,

I'm the person from the vet school who got stuck Tuesday night (Priya saw me).
I've been taking the pills 3x a day like she said but I've been nauseous pretty
much all day yesterday and threw up after the morning dose today. Is that normal??
Should I keep taking them or skip one? I don't want to mess it up.

Also do I still come in Thursday at 10 or should I come in sooner.

thanks
Jordan

Sent from my iPhone
""")

@reg("phi", "self", "Marisol Vega")
def self2():
    m = mk("Marisol Vega <mvega@northbridge.example>", EH,
           "Flu vaccine declination - Marisol Vega", dt(9, 26, 13, 5))
    text(m, """Hello,

I'm a nurse educator in the School of Nursing and I got the reminder about
the mandatory flu vaccine for people who teach at clinical sites.

I need to decline for medical reasons. I had Guillain-Barré syndrome in
November 2019, about three weeks after a flu shot, and was in the hospital for
9 days. My neurologist has told me not to get it again. I've attached the
declination form filled out and a letter from her office.

I understand I'll need to wear a mask at clinical sites during flu season.

Thank you,
Marisol Vega, MSN, RN
DOB 06/14/1988
Employee ID 00318842
""")
    pdf = make_pdf([
        "NORTHBRIDGE UNIVERSITY - EMPLOYEE HEALTH & OCCUPATIONAL MEDICINE",
        "SEASONAL INFLUENZA VACCINE DECLINATION FORM  2024-2025",
        "",
        "Name: Marisol Vega                      Employee ID: 00318842",
        "Department: School of Nursing            Date of birth: 06/14/1988",
        "",
        "Reason for declining (check one):",
        "  [X] Medical contraindication (documentation attached)",
        "  [ ] Religious belief",
        "  [ ] Personal preference",
        "",
        "Details: History of Guillain-Barre syndrome within 6 weeks of",
        "influenza vaccination (Nov 2019). Neurology advises against revaccination.",
        "",
        "I understand the risks of influenza to patients and co-workers and agree",
        "to follow the masking requirement at clinical sites.",
        "",
        "Signature: /s/ Marisol Vega              Date: 09/26/2024",
    ], title="Flu declination - Vega")
    return attach(m, pdf, "Flu_Declination_Vega_M.pdf", "application/pdf")

@reg("phi", "self", "Walt Brandt")
def self3():
    m = mk("Walter Brandt <wbrandt@facilities.northbridge.example>", LORENA,
           "back to work after knee", dt(3, 6, 19, 40))
    return text(m, """Lorena

This is Walt Brandt from the Steam Plant. My knee replacement was Feb 12 at
County General, went good. Dr Haskins says I can go back March 18 but I'll
still be using a cane for a while and no ladders for 6 weeks. He gave me a
paper that says that.

What do I need to bring in and when. My supervisor Dale said I have to see you
folks before I can punch in. I'm still doing PT at home twice a week.

Walt
555-0126 (cell)
""")

@reg("phi", "self", "Keisha Lamont")
def self4():
    m = mk("Keisha Lamont <klamont@northbridge.example>", BEN,
           "N95 - can I get a PAPR instead?", dt(10, 1, 10, 12))
    plain = """Hi Ben,

I'm due for my fit test next week (Tuesday at 11). I wanted to ask ahead of
time: I really struggle in the N95. I have panic attacks and some
claustrophobia, which I've been in treatment for since last year, and after
about an hour in the mask on the unit I feel like I can't breathe and have to
step out. Last month I had a full panic attack in the dirty utility room.

Is it possible to be trained on a PAPR instead? I know they're bulkier but the
hood doesn't bother me the same way. My therapist said she'd write a letter if
that helps.

Thanks for understanding,
Keisha
Respiratory Therapy, Northbridge Medical Center
"""
    return alt(m, plain, p2html(plain))

@reg("phi", "self", "Hannah Goldfarb")
def self5():
    m = mk("Hannah Goldfarb <hgoldfarb@northbridge.example>", EH,
           "TB test while pregnant?", dt(5, 20, 8, 3))
    body = html_wrap("""<div>Good morning,</div>
<div><br></div>
<div>I got an email saying my annual TB test is overdue (I work in the Microbiology teaching labs). I'm currently 14 weeks pregnant with my first and wanted to check before I come in &mdash; is the skin test safe? My OB said it's fine but I wanted to hear from you too. If the blood test is an option I'd prefer that.</div>
<div><br></div>
<div>I'm also on a low dose of levothyroxine if that makes any difference.</div>
<div><br></div>
<div>Thanks so much,</div>
<div>Hannah Goldfarb</div>
<div style="color:#888">Lab Coordinator, Dept. of Biology<br>Pryor Hall 210 &middot; 555-0137</div>
""", font="Georgia, serif")
    return html_only(m, body, cte="base64")

@reg("phi", "self", "Bao Tran")
def self6():
    m = mk("Bao Tran <btran22@northbridge.example>", TOM,
           "Re: your workers comp claim - mileage and next visit", dt(7, 9, 21, 14))
    return text(m, """Hi Tom,

Thanks for explaining. Answers below.

My hands are still numb at night, especially the right one, and I'm dropping
things at work sometimes. The splints help a little. The hand surgeon at
Ridgeline wants to do the nerve test first and then talk about surgery on the
right side. That appointment is July 23 at 2pm.

I drove 18 miles each way to PT 6 times so far. I'll fill out the mileage form.

Bao

On Mon, Jul 8, 2024 at 4:55 PM Tom Kessler <tkessler@northbridge.example> wrote:
> Hi Bao,
>
> Checking in on your claim with Keystone (claim KCA-24-0031907). A couple of things:
>
> 1. You can be reimbursed for mileage to and from your treatment visits.
>    The form is attached - send it to me and I'll forward it.
> 2. How are you doing with the splints? The adjuster asked me for an update
>    and I'd rather hear it from you.
>
> Tom
>
""" + quote(SIG_TOM) + "\n")

@reg("phi", "self", "Priyanka Deshmukh")
def self7():
    m = mk("Priyanka Deshmukh <pdeshmukh@northbridge.example>",
           "Carol Whitman <cwhitman@northbridge.example>",
           "out this week", dt(11, 4, 7, 2), cc=EH)
    plain = """Hi Carol,

I'm sorry for the short notice. I'm going to be out through Friday. My
migraines have come back pretty hard the last two weeks (3 in the last
5 days) and my neurologist increased my topiramate yesterday, which is making
me really foggy while I adjust. I don't think I can safely do the instrument
calibrations like this.

I'm copying Employee Health because my leave paperwork from last year
mentioned I'd need to check in with them if this happened again. I can email
the neurologist's note once I have it.

I'll keep an eye on email for anything urgent on the grant report.

Priyanka
"""
    return alt(m, plain, p2html(plain), cte="base64")

# =====================================================================
# phi-ids
# =====================================================================
@reg("phi", "ids", "Nathaniel Corrigan")
def ids1():
    m = mk(GRACE, "Records Request <records@northbridge.example>",
           "TB clearance letter for transfer - Corrigan", dt(1, 30, 14, 18))
    return text(m, """Hi,

Please prepare a TB clearance letter for the following employee who is
transferring to the medical center campus:

  Name:         Nathaniel Corrigan
  DOB:          03/07/1979
  EID:          004417823
  Dept:         Central Sterile Processing -> NBMC Perioperative Services

Annual screen: QuantiFERON-TB Gold Plus collected 01/22/2024, NEGATIVE
(nil 0.04, TB1-nil 0.01, TB2-nil 0.00, mitogen-nil >10). Symptom screen
negative. No prior positive results on file.

He'd like it by Friday; he's picking it up himself at the front desk.

Thanks,
Grace
""")

@reg("phi", "ids", "Earl Dobbins")
def ids2():
    m = mk("Vanessa Tillman <vtillman@keystoneclaims.example>", TOM,
           "Claim KCA-23-0071846 / Dobbins / IME scheduled", dt(2, 28, 11, 5))
    return text(m, """Tom,

Independent medical exam has been set for your employee:

Claimant:       Earl Dobbins
Claim No.:      KCA-23-0071846
DOB:            1966-11-02
DOI:            2023-09-14
Body part:      R shoulder
IME physician:  Dr. Raymond Falk, orthopaedics
Date/time:      Tuesday 03/19/2024, 10:30 AM
Location:       Falk Orthopaedic Associates, 400 Quarry Rd Ste 210

Mr. Dobbins has had 14 PT visits and one steroid injection since the rotator cuff
repair in November. Treating surgeon is requesting 8 more visits; we need the
IME before authorizing. Please have him bring photo ID and a list of current
medications. Notice letter went to his home address on file.

Vanessa Tillman
Senior Claims Adjuster | Keystone Claims Administrators
555-0190 ext. 214
""")

@reg("phi", "ids", "Lucia Benavides")
def ids3():
    m = mk("Ridgeline Occupational Care <results@ridgelineoc.example>", EH,
           "Results: Post-exposure baseline labs", dt(3, 13, 17, 22))
    plain = """RIDGELINE OCCUPATIONAL CARE - RESULTS NOTIFICATION

Patient Name:    BENAVIDES, LUCIA
MRN:             M00482217
Acct#:           7734-220-19
Employer:        Northbridge University (Client 0412)
Collected:       03/12/2024 16:05
Ordering:        P. Raghunathan, FNP

TEST                              RESULT          FLAG   REF
HIV-1/2 Ag/Ab 4th gen screen      Nonreactive            Nonreactive
Hepatitis C Ab                    Nonreactive            Nonreactive
Hepatitis B surface Ag            Nonreactive            Nonreactive
Hepatitis B surface Ab, quant     412 mIU/mL             >=10
ALT                               61 U/L          H      7-52

Comment: baseline for occupational exposure 03/12/2024. Repeat HIV/HCV at
6 weeks and 4 months per protocol.

Please do not reply to this automated message. Questions: 555-0181.
"""
    html = html_wrap("<pre style='font-family:Consolas,monospace'>" + esc(plain) + "</pre>")
    return alt(m, plain, html)

@reg("phi", "ids", "Imani Whitlock")
def ids4():
    m = mk("Denise Harbaugh <dharbaugh@northbridge.example>", LORENA,
           "insurance info for Imani's follow-up labs", dt(4, 24, 9, 41))
    return text(m, """Lorena,

Billing at Meridian bounced the 6-week bloodborne follow-up labs for Imani Whitlock
because they ran it under her personal insurance instead of the university
account. Here's what they had on file so you can tell them to back it out:

  BlueHarbor Health PPO
  Member ID: XQH884120335
  Group #: 44810
  Subscriber: Imani Whitlock
  DOB 8/19/93

The draw was 4/22 (HIV, HCV, and the hep C RNA Dr. Ellery added). It should all be
on cost center 61-4410 under the exposure protocol. Imani got an explanation of
benefits at home and was understandably confused.

Denise Harbaugh
Business Manager, Employee Health & Occupational Medicine
""")

@reg("phi", "ids", "Alejandro Fuentes")
def ids5():
    m = mk(DANA, "Ruth Adeyemi <radeyemi@county-health.example>",
           "Measles contact - NBU employee under quarantine, home address", dt(5, 29, 16, 48),
           cc=ELLERY)
    return text(m, """Ruth,

As discussed on the phone - this is the one employee from the Student Health
waiting room exposure on 5/24 without documented immunity. His IgG came back
negative this morning so he's excluded from work days 5-21 (through 6/14).

  Alejandro Fuentes
  1184 Larkspur Ct, Apt 3B, Millbrook
  Cell 555-0143
  DOB 11 Sept 1995

He agreed to the home monitoring calls and knows to call you before going to
any clinic if he develops fever or rash. He got MMR #1 from us today at
15:30. He speaks English and Spanish.

Dana Whitcombe, RN
555-0110
""")

@reg("phi", "ids", "Gretchen Halvorsen-Moody")
def ids6():
    m = mk(BEN, "Dr. Lars Nyquist <lnyquist@ridgelineoc.example>",
           "Audiology referral - chart no. 22-01947", dt(6, 11, 10, 10))
    return text(m, """Dr. Nyquist,

Referring an employee for diagnostic audiology per our hearing conservation
program:

Gretchen Halvorsen-Moody, born 14 Feb 1972
Our chart no. 22-01947
Woodshop supervisor, Theater & Dance

Confirmed STS left ear (retest 6/10 matched 5/8), plus she reports ringing in
the left ear for about two months and the word "muffled". Last three audiograms
attached as one PDF. She's asked for a morning appointment; phone 555-0129.

Thank you,
Ben Achterberg
Employee Health & Occupational Medicine, Northbridge University
""")

@reg("phi", "ids", "Raymond Oduya")
def ids7():
    m = mk(TOM, "Janet Pike <jpike@northbridge.example>",
           "Corrected C-2 for Raymond Oduya", dt(8, 20, 9, 32))
    text(m, """Janet,

The state board rejected the first report for Raymond Oduya because the SSN was
transposed. Corrected fields below; I've updated the form and attached it.
Please don't send it through campus mail - I'll walk it over.

Employee: Raymond Oduya
SSN: 412-68-3390
D.O.B. 9.22.85
Employee #: 00529176
Date of injury: 08/13/2024
Injury: laceration to L palm from box cutter, 6 sutures at NBMC ED
Lost time: none (returned 8/14 with dressing)

Tom
""")
    pdf = make_pdf([
        "EMPLOYER'S FIRST REPORT OF WORK-RELATED INJURY OR ILLNESS (C-2) - CORRECTED",
        "",
        "Employer: Northbridge University           Policy/Self-insured #: SI-00417",
        "Employee: Raymond Oduya                    SSN: 412-68-3390",
        "Date of birth: 09/22/1985                  Employee #: 00529176",
        "Job title: Mail Services Clerk II",
        "Date/time of injury: 08/13/2024 10:20 AM",
        "Describe: opening carton with box cutter; blade slipped, cut left palm.",
        "Treatment: NBMC Emergency Dept, laceration repair (6 sutures).",
        "Returned to work: 08/14/2024 full duty.",
        "",
        "Prepared by: T. Kessler, Risk Management   Date: 08/20/2024",
    ], title="C-2 corrected")
    return attach(m, pdf, "C2_Oduya_corrected.pdf", "application/pdf")

@reg("phi", "ids", "Farah Siddiqui")
def ids8():
    m = mk("NBMC Lab Interface <labnotify@nbmc.example>", "employeehealth@northbridge.example",
           "Critical/positive result notification", dt(1, 8, 6, 14))
    body = html_wrap("""
<h3 style="color:#8a1c1c">Positive Result Notification</h3>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr><td><b>Patient</b></td><td>SIDDIQUI, FARAH</td></tr>
<tr><td><b>Date of birth</b></td><td>July 3, 1990</td></tr>
<tr><td><b>MRN</b></td><td>000-55-812</td></tr>
<tr><td><b>Encounter #</b></td><td>E2291047</td></tr>
<tr><td><b>Location</b></td><td>EMPLOYEE HEALTH (EHOM)</td></tr>
<tr><td><b>Test</b></td><td>SARS-CoV-2 / Influenza A/B / RSV PCR panel</td></tr>
<tr><td><b>Result</b></td><td>Influenza A: <b>DETECTED</b>; SARS-CoV-2: not detected; Influenza B: not detected; RSV: not detected</td></tr>
<tr><td><b>Collected</b></td><td>01/07/2024 15:42</td></tr>
<tr><td><b>Resulted</b></td><td>01/08/2024 05:58</td></tr>
</table>
<p style="font-size:9pt">Ordering provider has been paged. Call the lab at 555-0199 with questions.<br>
This notification is generated automatically. Do not reply.</p>
""")
    return html_only(m, body)

# =====================================================================
# phi-lists
# =====================================================================
@reg("phi", "lists", "Evelyn Castro")
def lists1():
    m = mk(GRACE, PRIYA, "Positive TSTs/IGRAs this cycle - need your review", dt(2, 21, 15, 30))
    return text(m, """Priya - here's everyone from the January-February annual cycle who needs
provider review before we can clear them. Sorry it's a long list this time.

| Name                 | Dept              | Test     | Date   | Result        | CXR        | Next            |
|----------------------|-------------------|----------|--------|---------------|------------|-----------------|
| Evelyn Castro        | Dining - Harlow   | TST      | 01/17  | 15 mm         | 01/24 neg  | INH/RPT talk    |
| Bogdan Rusu          | Facilities HVAC   | QFT      | 01/19  | POS 0.89      | ordered    | appt 2/27       |
| Amara Nwachukwu      | Vet Med ICU       | QFT      | 01/29  | indeterminate | --         | redraw          |
| Thomas Eagleheart    | Research Animal   | TST      | 02/02  | 11 mm         | 02/09 neg  | refused tx      |
| Mei-Ling Zhou        | Biology Labs      | QFT      | 02/06  | POS 2.41      | 02/13 neg  | 3HP start 2/26  |
| Raúl Santiesteban    | Athletics - Train | TST      | 02/12  | 10 mm (conv.) | pending    | appt 2/28       |

Thomas E. is the one who declined treatment last year too; he'll need the
annual symptom screen and the declination re-signed.

Grace
""")

@reg("phi", "lists", "Kwame Asante")
def lists2():
    m = mk(BEN, "Fit Test Schedule <eh-staff@northbridge.example>",
           "Fit test schedule wk of 4/15 + med clearance flags", dt(4, 12, 16, 45))
    rows = [
        ["Mon 4/15", "08:00", "Kwame Asante", "Vet Med", "3M 1870+", "CLEARED"],
        ["Mon 4/15", "08:30", "Dolores Whitehorse", "Nursing", "Halyard 46727", "FLAG - asthma hx, see NP first"],
        ["Mon 4/15", "09:00", "Ivan Kuznetsov", "Chemistry", "3M 6000 half-face", "CLEARED"],
        ["Tue 4/16", "13:00", "Patrice Ouellet", "Comp Med", "3M 1870+", "FLAG - recent MI, cardiology note pending"],
        ["Tue 4/16", "13:30", "Sunita Bhattacharya", "Microbiology", "PAPR (no fit test)", "CLEARED"],
        ["Wed 4/17", "10:00", "Leon Fairweather", "Facilities", "3M 7500 half-face", "FLAG - beard, rescheduled x1"],
        ["Thu 4/18", "14:00", "Hyun-woo Park", "Athletics", "3M 1860", "CLEARED"],
    ]
    tbl = "\n".join("\t".join(r) for r in [["Day", "Time", "Employee", "Dept", "Respirator", "Medical"]] + rows)
    return text(m, """Schedule for next week below (tab separated, paste into Excel if you want).
Two flags need Priya before they can be tested - please don't start those
fit tests until the NP signs off in the system.

""" + tbl + """

Ben
""")

@reg("phi", "lists", "Aisha Bello")
def lists3():
    m = mk(GRACE, "Maureen Fitzgerald <mfitzgerald@nursing.northbridge.example>",
           "Hep B titers - spring clinical faculty", dt(3, 27, 12, 5))
    text(m, """Maureen,

Attached are the hepatitis B titer results for the clinical instructors who
came in during March. Four are non-immune and need a booster plus a repeat
titer before they can supervise students at County General in May - I've
marked them. I emailed each of them directly as well.

Please keep this file on the secure drive, not the shared Teams folder.

Grace
""")
    rows = [["last_name", "first_name", "emp_id", "dob", "draw_date", "anti_hbs_miu_ml", "interpretation", "action"],
            ["Bello", "Aisha", "00411273", "1984-02-11", "2024-03-04", "245", "immune", "none"],
            ["Kaminski", "Teresa", "00298811", "1971-07-30", "2024-03-04", "<3.1", "non-immune", "booster + retiter"],
            ["Duarte", "Fernanda", "00450902", "1990-12-01", "2024-03-06", "8.7", "non-immune", "booster + retiter"],
            ["Ocampo", "Rizalino", "00377154", "1979-05-19", "2024-03-06", "61", "immune", "none"],
            ["Hargreaves", "Wendell", "00199340", "1965-10-08", "2024-03-11", "<3.1", "non-immune", "booster + retiter; 2nd series already done 2019 - provider review"],
            ["Lindgren", "Astrid", "00466015", "1993-03-23", "2024-03-13", ">1000", "immune", "none"],
            ["Mbeki", "Thandiwe", "00402288", "1987-08-14", "2024-03-13", "4.2", "non-immune", "booster + retiter"]]
    return attach(m, csv_text(rows), "HepB_titers_clinical_faculty_Mar2024.csv", "text/csv")

@reg("phi", "lists", "Darnell Whitaker")
def lists4():
    m = mk(DANA, "Sharon Leclerc <sleclerc@ehs.northbridge.example>",
           "Q2 sharps injury log for the safety committee", dt(7, 3, 10, 50))
    text(m, """Sharon,

Q2 sharps injury log is attached for the Biosafety Committee packet. This
is the working version with names - please use the de-identified tab only
for the committee slides and keep the named version within EHS.

7 injuries this quarter, 3 of them with the same retractable syringe model
in the teaching labs, which I'd like to bring up under new business.

Dana
""")
    rows = [["Case #", "Date", "Employee", "Job", "Location", "Device", "Procedure", "Source known", "Follow-up"],
            ["SI-24-011", "2024-04-02", "Darnell Whitaker", "Research tech", "Barlow B214", "25g hypodermic", "IP injection, mouse", "Y - animal", "baseline only"],
            ["SI-24-012", "2024-04-09", "Sophie Marchetti", "Grad student", "Fenwick 3.112", "Scalpel #10", "Dissection", "N", "baseline, 6wk, 4mo"],
            ["SI-24-013", "2024-04-18", "Ngozi Eze", "Nursing instructor", "County General 4W", "Insulin pen needle", "Teaching SQ inj", "Y - patient", "PEP offered, declined"],
            ["SI-24-014", "2024-05-06", "Cole Ruiz-Ambrose", "Phlebotomy trainee", "NBMC Lab Draw", "21g butterfly", "Venipuncture", "Y - patient", "source HCV Ab pos; RNA 3wk"],
            ["SI-24-015", "2024-05-21", "Tuyet Vo", "Custodian", "Pryor Hall 1st fl", "Unknown needle in trash", "Emptying bin", "N", "baseline, hep B booster"],
            ["SI-24-016", "2024-06-04", "Mark Osei-Bonsu", "Vet student", "Teaching Hosp", "22g hypodermic", "Recapping", "Y - animal", "none needed"],
            ["SI-24-017", "2024-06-26", "Ilse Baumgartner", "Research tech", "Barlow B214", "25g hypodermic", "IP injection, rat", "Y - animal", "baseline only"]]
    return attach(m, make_xlsx(rows, "Named log"), "Sharps_Injury_Log_Q2_2024.xlsx", XLSX)

@reg("phi", "lists", "Ernesto Villalobos")
def lists5():
    m = mk(PRIYA, "Rudy Pham <rpham@facilities.northbridge.example>",
           "Current work restrictions - Facilities Zone 3", dt(8, 12, 14, 20),
           cc="Beth Ann Sorensen <bsorensen@northbridge.example>")
    text(m, """Rudy,

As requested, attached is the list of your staff with active work
restrictions as of today and the end dates. I've only put the functional
limits, not the reasons. Please plan assignments around these and call me
if something doesn't fit.

Priya
""")
    docx = make_docx([
        "**Facilities Management Zone 3 - Active Work Restrictions (as of 08/12/2024)",
        "Prepared by Employee Health & Occupational Medicine. Confidential - supervisor use only.",
        "",
        "**Ernesto Villalobos - Custodian II",
        "No lifting over 20 lb; no mopping/buffing (repetitive twisting). Through 09/03/2024. Recheck 08/27.",
        "**Adaeze Okafor - Custodian I",
        "Seated breaks 10 min every 2 hours; no ladder use. Through 10/01/2024.",
        "**Pierre-Luc Gagnon - Custodian II",
        "Right hand: no gripping tools, dressing must stay dry. Through 08/23/2024 (post-laceration repair).",
        "**Maribel Sotomayor - Lead Custodian",
        "Day shift only (no overnight); no chemical floor stripping. Through 12/31/2024 - accommodation on file.",
        "**Wojciech Nowak - Custodian I",
        "Light duty, sedentary tasks only. Through 08/19/2024 - cleared for full duty after 8/19 visit if PT reports on track.",
    ])
    return attach(m, docx, "Zone3_restrictions_2024-08-12.docx", DOCX)

@reg("phi", "lists", "Samuel Achebe")
def lists6():
    m = mk(LORENA, "EH Clinical <eh-staff@northbridge.example>",
           "Tomorrow's clinic (Tue 9/3) - pre-placement + recalls", dt(9, 2, 17, 5))
    text(m, """Team - tomorrow's schedule is attached (PDF, printed version for the rooms).
Heavy morning with the fall semester new hires. Interpreter (Spanish) booked
for 10:40. Mr. Achebe is the one whose lab drew the wrong tube last week so
he's back for the redraw.

Lorena
""")
    pdf = make_pdf([
        "EMPLOYEE HEALTH & OCCUPATIONAL MEDICINE - CLINIC SCHEDULE",
        "Tuesday 09/03/2024                               Printed 09/02/2024 17:01",
        "",
        "TIME   PROV  EMPLOYEE                 DOB         VISIT TYPE                NOTES",
        "07:30  GO    Samuel Achebe            04/18/1981  Lab redraw - QFT          prior tube hemolyzed",
        "08:00  PR    Yolanda Treviño          12/02/1996  Pre-placement (Nursing)   needs MMR titer, Tdap",
        "08:30  PR    Harrison Quayle          07/07/1958  Fitness for duty          HR referral, 60 min",
        "09:30  GO    Min-jun Seo              01/29/2000  Pre-placement (Vet Med)   rabies series #1",
        "10:00  BA    Cornelius Van Wyk        03/15/1970  Audiogram + fit test      STS retest",
        "10:40  PR    Guadalupe Ortiz Nava     10/10/1975  Return to work            post-op, interpreter ES",
        "11:20  GO    Precious Dlamini         06/21/1992  Exposure f/u 6 wk         HIV/HCV repeat",
        "13:00  ME    Harrison Quayle          07/07/1958  FFD - physician review    see 08:30",
        "13:30  BA    Siddharth Menon          09/09/1988  Respirator fit test       PAPR training",
        "14:00  GO    Kateryna Bondarenko      05/05/1985  TST read                  placed 8/30 (holiday)",
    ], title="Clinic schedule 2024-09-03")
    return attach(m, pdf, "EHOM_schedule_2024-09-03.pdf", "application/pdf")

@reg("phi", "lists", "Colleen Brannigan")
def lists7():
    m = mk(GRACE, DANA, "Flu declinations with medical reason - for Dr. Ellery's sign-off",
           dt(10, 28, 11, 11))
    body = """Dana,

These are the medical-exemption declinations that came in since 10/1. Dr.
Ellery needs to sign off on each one. Full export zipped (it's big with the
scanned letters), summary here:

Name                    Dept                Reason given                        Letter
Colleen Brannigan       Nursing             Anaphylaxis to prior flu vaccine    Y
Tariq Haddad            Pharmacy            Guillain-Barre hx 2017              Y
Lorraine St. Cyr        Dining              On chemotherapy - oncologist advice Y
Benedikt Hofmann        Vet Med             "egg allergy"                       N
Ximena Paredes          Athletics           Pregnancy 1st trimester             N

Benedikt's isn't actually a contraindication anymore (egg allergy) - I'll
call him. Ximena's isn't a contraindication either, I sent her the handout.

Grace
"""
    text(m, body)
    csvrows = [["name", "emp_id", "dept", "date_received", "reason", "letter_attached", "status"],
               ["Colleen Brannigan", "00233109", "Nursing", "2024-10-02", "Anaphylaxis to prior influenza vaccine (2016)", "Y", "pending MD"],
               ["Tariq Haddad", "00389920", "Pharmacy", "2024-10-07", "Guillain-Barre syndrome 2017", "Y", "pending MD"],
               ["Lorraine St. Cyr", "00150877", "Dining", "2024-10-15", "Active chemotherapy; oncologist letter", "Y", "pending MD"],
               ["Benedikt Hofmann", "00471306", "Vet Med", "2024-10-21", "Egg allergy", "N", "RN to call"],
               ["Ximena Paredes", "00480014", "Athletics", "2024-10-25", "Pregnant, first trimester", "N", "education sent"]]
    z = make_zip([("flu_declinations_medical_2024-10-28.csv", csv_text(csvrows)),
                  ("README.txt", "Export from OccuLink 10/28/2024 11:02 by goyelaran. Scanned letters in OccuLink documents tab.\r\n")])
    return attach(m, z, "flu_medical_declinations_Oct2024.zip", "application/zip")

# =====================================================================
# phi-struct
# =====================================================================
@reg("phi", "struct", "Oksana Hrytsenko")
def struct1():
    m = mk("Kevin Albrecht <kalbrecht@it.northbridge.example>", DANA,
           "RE: QFT results not filing into OccuLink", dt(2, 6, 13, 37))
    hl7 = "\r\n".join([
        "MSH|^~\\&|MERIDIAN_LIS|MERIDIAN|OCCULINK|NBU_EHOM|20240205163012||ORU^R01|MRL0205163012447|P|2.5.1",
        "PID|1||00462219^^^NBU^EI~M00510388^^^MERIDIAN^MR||HRYTSENKO^OKSANA^V||19880412|F|||77 Pell St Apt 2^^Millbrook^ST^01999||555-0164",
        "ORC|RE|EH240131-07|MRL88120456",
        "OBR|1|EH240131-07|MRL88120456|QFTPLUS^QuantiFERON-TB Gold Plus|||202401311015|||||||||RAGHUNATHAN^PRIYA^^^^^NP||||||202402051630||LAB|F",
        "OBX|1|ST|QFT-RES^QuantiFERON Result||Positive||Negative|A|||F",
        "OBX|2|NM|QFT-NIL^Nil||0.06|IU/mL||N|||F",
        "OBX|3|NM|QFT-TB1^TB1 minus Nil||1.27|IU/mL|<0.35|H|||F",
        "OBX|4|NM|QFT-TB2^TB2 minus Nil||1.44|IU/mL|<0.35|H|||F",
        "OBX|5|NM|QFT-MIT^Mitogen minus Nil||>10.00|IU/mL||N|||F",
    ])
    return text(m, """Dana,

Found it. The interface is rejecting results where the PID-3 has the Meridian
MR number listed first; this one came across with ours second so it didn't
match. Raw message from the error queue below - I've manually re-queued it and
it filed at 13:31. Can someone confirm it's on her chart? I'll have the vendor
fix the matching rule.

""" + hl7 + """

Kevin Albrecht
Clinical Applications Analyst, University IT
""")

@reg("phi", "struct", "Terrence Mwangi")
def struct2():
    m = mk("NBMC Lab Interface <labnotify@nbmc.example>", "employeehealth@northbridge.example",
           "Batch: EHOM exposure panel results 2024-05-15", dt(5, 15, 5, 30))
    segs = [
        "MSH|^~\\&|NBMC_LAB|NBMC|EHOM|NBU|20240515052811||ORU^R01^ORU_R01|NBL240515-0091|P|2.5.1|||AL|NE",
        "PID|1||E00771425^^^NBMC^MR||MWANGI^TERRENCE^K||19910227|M|||19 Orchard Ln^^Millbrook^ST^01998||555-0175|||||A4412098",
        "PV1|1|O|EHOM^^^NBU||||RAGHUNATHAN^PRIYA",
        "OBR|1|EXP-2405-014||EXPPNL^Occupational exposure baseline|||202405141545|||||||||ELLERY^MARCUS||||||202405150527||LAB|F",
        "OBX|1|ST|HIVAGAB^HIV-1/2 Ag/Ab||Nonreactive||Nonreactive|N|||F",
        "OBX|2|ST|HCVAB^Hepatitis C Ab||Nonreactive||Nonreactive|N|||F",
        "OBX|3|NM|HBSAB^Hep B surface Ab||6.2|mIU/mL|>=10|L|||F",
        "NTE|1||Employee non-immune to HBV. Source patient HBsAg reactive. Give HBIG + vaccine per protocol.",
        "PID|2||E00771431^^^NBMC^MR||PAK^SOOJIN||19680903|F",
        "OBR|2|EXP-2405-014S||SRCPNL^Source patient panel|||202405141610",
        "OBX|1|ST|HBSAG^Hep B surface Ag||Reactive||Nonreactive|A|||F",
        "OBX|2|ST|HIVAGAB^HIV-1/2 Ag/Ab||Nonreactive||Nonreactive|N|||F",
    ]
    text(m, "Automated result batch attached (1 file, 12 segments). Do not reply.\n\nNBMC Laboratory Information Systems\n")
    return attach(m, "\r".join(segs) + "\r", "EHOM_ORU_20240515.hl7", "application/hl7-v2")

@reg("phi", "struct", "Carmen Ibarra-Solis")
def struct3():
    m = mk("Billing Department <billing@ridgelineoc.example>", TOM,
           "Workers comp 837P - resubmission copy", dt(6, 18, 14, 2))
    x12 = "~\n".join([
        "ISA*00*          *00*          *ZZ*RIDGELINEOC    *ZZ*KEYSTONECLM    *240618*1358*^*00501*000004417*0*P*:",
        "GS*HC*RIDGELINEOC*KEYSTONECLM*20240618*1358*4417*X*005010X222A1",
        "ST*837*0001*005010X222A1",
        "BHT*0019*00*RZ240618A*20240618*1358*CH",
        "NM1*41*2*RIDGELINE OCCUPATIONAL CARE*****46*RLOC0091",
        "PER*IC*BILLING*TE*5550181",
        "NM1*40*2*KEYSTONE CLAIMS ADMIN*****46*KCA01",
        "HL*1**20*1",
        "NM1*85*2*RIDGELINE OCCUPATIONAL CARE*****XX*1234567893",
        "N3*2200 COMMERCE PKWY",
        "N4*MILLBROOK*ST*01998",
        "REF*EI*991234567",
        "HL*2*1*22*0",
        "SBR*P*18*******WC",
        "NM1*IL*1*IBARRA-SOLIS*CARMEN****MI*KCA240022815",
        "N3*455 W HOLLOWAY AVE APT 9",
        "N4*MILLBROOK*ST*01998",
        "DMG*D8*19790130*F",
        "REF*Y4*KCA-24-0022815",
        "NM1*PR*2*KEYSTONE CLAIMS ADMIN*****PI*KCA01",
        "CLM*RZ240618A*412.00***11:B:7*Y*A*Y*Y",
        "DTP*439*D8*20240603",
        "HI*ABK:S61412A*ABF:W260XXA",
        "LX*1",
        "SV1*HC:99203*185.00*UN*1***1",
        "DTP*472*D8*20240603",
        "LX*2",
        "SV1*HC:12002*227.00*UN*1***1",
        "DTP*472*D8*20240603",
        "SE*29*0001",
        "GE*1*4417",
        "IEA*1*000004417",
    ]) + "~\n"
    text(m, """Tom,

Keystone rejected the 6/3 claim for your employee because the claim number
in REF*Y4 was missing. Corrected file attached for your records; it was
resubmitted to Keystone this morning. No action needed unless the adjuster
contacts you.

Ridgeline Billing
""")
    return attach(m, x12, "837P_RZ240618A.x12", "application/edi-x12")

@reg("phi", "struct", "Oluwaseun Adebayo")
def struct4():
    m = mk("Denise Harbaugh <dharbaugh@northbridge.example>", LORENA,
           "eligibility check came back - paste", dt(9, 12, 10, 44))
    x12 = """ISA*00*          *00*          *ZZ*BLUEHARBOR     *ZZ*NBUEHOM        *240912*1039*^*00501*000018830*0*P*:~
GS*HB*BLUEHARBOR*NBUEHOM*20240912*1039*18830*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*EH0912-03*20240912*1039~
HL*1**20*1~
NM1*PR*2*BLUEHARBOR HEALTH*****PI*BHH77~
HL*2*1*21*1~
NM1*1P*2*NORTHBRIDGE UNIV EMPLOYEE HEALTH*****XX*1098765432~
HL*3*2*22*0~
TRN*2*EH0912-03*9NBUEHOM~
NM1*IL*1*ADEBAYO*OLUWASEUN*T***MI*XQH771204558~
N3*38 BRIARWOOD TER~
N4*MILLBROOK*ST*01997~
DMG*D8*19870615*M~
INS*Y*18*001*25~
DTP*346*D8*20230901~
EB*1*IND*30**BLUEHARBOR PPO~
EB*C*IND*30***23*500~
EB*B*IND*98***27*30~
MSG*SPECIALIST VISIT COPAY APPLIES~
SE*20*0001~
GE*1*18830~
IEA*1*000018830~"""
    return text(m, """Lorena - here's the 271 for Oluwaseun Adebayo. He's active on BlueHarbor PPO,
$500 deductible, $30 specialist copay. That's for the sleep study referral
Dr. Ellery made after the fitness-for-duty visit (shuttle driver, daytime
sleepiness) - since that part isn't work related it goes to his own insurance.
Let him know before he books.

""" + x12 + """

Denise
""")

@reg("phi", "struct", "Hoang Van Duc")
def struct5():
    m = mk("OccuLink Integration <integration@occulink.example>", "Kevin Albrecht <kalbrecht@it.northbridge.example>",
           "FHIR export sample for state IIS onboarding (live record)", dt(10, 9, 15, 15),
           cc=DANA)
    bundle = {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {"resource": {
                "resourceType": "Patient",
                "id": "nbu-00493301",
                "identifier": [{"system": "urn:nbu:employee-id", "value": "00493301"}],
                "name": [{"family": "Hoang", "given": ["Van", "Duc"], "text": "Hoang Van Duc"}],
                "gender": "male",
                "birthDate": "1983-07-21",
                "telecom": [{"system": "phone", "value": "555-0158"}],
                "address": [{"line": ["612 Alder Way"], "city": "Millbrook", "postalCode": "01997"}]}},
            {"resource": {
                "resourceType": "Immunization",
                "id": "imm-2024-88121",
                "status": "completed",
                "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "18", "display": "rabies, intramuscular injection"}]},
                "patient": {"reference": "Patient/nbu-00493301"},
                "occurrenceDateTime": "2024-10-07T09:40:00-04:00",
                "lotNumber": "RB4471K",
                "site": {"text": "left deltoid"},
                "protocolApplied": [{"series": "pre-exposure", "doseNumberPositiveInt": 2, "seriesDosesPositiveInt": 2}]}},
            {"resource": {
                "resourceType": "Observation",
                "id": "obs-rfftt-771",
                "status": "final",
                "code": {"text": "Rabies neutralizing antibody (RFFIT)"},
                "subject": {"reference": "Patient/nbu-00493301"},
                "effectiveDateTime": "2024-09-23",
                "valueString": "0.2 IU/mL (below 0.5 IU/mL)",
                "interpretation": [{"text": "inadequate - booster given"}]}},
        ]}
    text(m, """Kevin,

As requested, one live record exported from your tenant so the state registry
team can validate the Bundle format. Please send it to them over the secure
file transfer only, not email. Attached as JSON.

OccuLink Integration Services
""")
    return attach(m, json.dumps(bundle, indent=2, ensure_ascii=False), "export_00493301.json", "application/json")

@reg("phi", "struct", "Brianna Kowalski")
def struct6():
    m = mk(PRIYA, ELLERY, "Respirator questionnaire - needs your eyes before clearance",
           dt(1, 17, 11, 58))
    return text(m, """Marcus - questionnaire flagged by the system. My notes at the bottom. She's
scheduled for fit test 1/22 so I'd like to decide by Friday.

---------- OSHA Respirator Medical Evaluation Questionnaire ----------
Employee name: ........... Brianna Kowalski
Employee ID: ............. 00488120
Date of birth: ........... 05/02/1995
Job title: ............... Research Technician, Environmental Health Sciences
Respirator type: ......... Full-face elastomeric, P100/OV cartridges
Date completed: .......... 01/16/2024

Part A Section 2
  Q1  Current smoker: .................................. No
  Q3a Seizures: ........................................ No
  Q3c Allergic reactions that interfere with breathing:  Yes
  Q3d Claustrophobia: .................................. No
  Q4a Asbestosis: ...................................... No
  Q4b Asthma: .......................................... Yes
  Q5  Shortness of breath walking on level ground: ..... Yes - "when it's cold out"
  Q7  Medication for breathing problems: ............... Yes - albuterol inhaler, daily controller
  Q9  Problems using respirator in the past: ........... Yes - "felt tight in chest after 2 hrs"
  Q10 Would like to talk to provider about answers: .... Yes

NP notes: spoke by phone 1/17. Asthma since childhood, one ED visit 2022,
none since. Peak flow diary looks stable. Recommend spirometry before
clearing for full-face with heavy work; she may do better in a PAPR.
""")

@reg("phi", "struct", "Reginald Ashworth")
def struct7():
    m = mk(BEN, "Hearing Conservation <hcp@ehs.northbridge.example>",
           "annual audiometry export - Power Plant crew", dt(11, 20, 15, 40))
    hdr = "EMPID   NAME                      DOB       TESTDT    EAR 500 1K  2K  3K  4K  6K  8K  STS BASELINE"
    lines = [
        "00110472ASHWORTH REGINALD T       1962031420241118  L   25  30  40  55  65  60  55  Y   20190212",
        "00110472ASHWORTH REGINALD T       1962031420241118  R   20  25  35  45  50  50  45  N   20190212",
        "00298450NAKAMURA KENJI            1977110820241118  L   10  10  15  20  30  25  20  N   20150601",
        "00298450NAKAMURA KENJI            1977110820241118  R   10  15  15  25  35  30  25  N   20150601",
        "00355619OYELOWO FUNMILAYO A       1984092520241119  L   05  05  10  10  15  20  15  N   20200917",
        "00355619OYELOWO FUNMILAYO A       1984092520241119  R   05  10  10  15  15  15  10  N   20200917",
        "00401982MCALLISTER DUNCAN         1990012220241119  L   15  15  20  35  45  40  35  Y   20210311",
        "00401982MCALLISTER DUNCAN         1990012220241119  R   15  15  20  30  40  35  30  Y   20210311",
    ]
    text(m, """Fixed-width export from the audiometer software for the November Power Plant
testing, attached and pasted. Two STS flagged (Ashworth left, McAllister both
ears). Follow-up letters going out this week; Ashworth's left ear is
now in the range where we refer for a medical evaluation and recordability review.

""" + hdr + "\n" + "\n".join(lines) + "\n\nBen\n")
    return attach(m, hdr + "\r\n" + "\r\n".join(lines) + "\r\n", "AUDIO_PWRPLANT_202411.txt", "text/plain")

# =====================================================================
# phi-lang
# =====================================================================
@reg("phi", "lang", "Rosa Elena Márquez")
def lang1():
    m = mk("Hilda Carrasco <hcarrasco@facilities.northbridge.example>", LORENA,
           "Sra. Rosa Elena Márquez - lastimada en el trabajo", dt(2, 20, 6, 35))
    return text(m, """Buenos días, Lorena:

Le escribo por la señora Rosa Elena Márquez, del turno de noche en el edificio
Fenwick. Anoche, como a las 2 de la mañana, se lastimó la espalda al levantar
una bolsa de basura muy pesada en el tercer piso. Dice que siente un dolor
fuerte en la parte baja de la espalda que le baja por la pierna derecha. Hoy no
pudo venir a trabajar.

¿Le pueden dar una cita para hoy o mañana? Ella casi no habla inglés y prefiere
que le hablen en español. Su teléfono es el 555-0132.

Ya le avisé a Tom Kessler para el reporte de compensación.

Muchas gracias,
Hilda Carrasco
Supervisora de custodia, turno de noche
Facilities Management
""", charset="iso-8859-1", cte="quoted-printable")

@reg("phi", "lang", "Ирина Волкова")
def lang2():
    m = mk("Ирина Волкова <ivolkova@chem.northbridge.example>", EH,
           "Положительный анализ на туберкулёз - вопрос", dt(3, 5, 18, 22))
    return text(m, """Здравствуйте!

Меня зовут Ирина Волкова, я работаю лаборантом на кафедре химии (корпус
Руис-Холл). На прошлой неделе у меня взяли анализ крови на туберкулёз
(QuantiFERON), и сегодня медсестра позвонила и сказала, что результат
положительный. Я очень волнуюсь. В детстве мне делали прививку БЦЖ — может
быть, поэтому?

Мне сказали сделать рентген грудной клетки. Можно ли записаться на четверг
после 15:00? И можно ли, чтобы на приёме был переводчик, говорящий
по-русски, — мне так будет проще понять врача.

Спасибо,
Ирина Волкова
дата рождения: 12.03.1979
""", charset="windows-1251", cte="base64")

@reg("phi", "lang", "Trần Thị Mai")
def lang3():
    m = mk("Linh Phạm <lpham@dining.northbridge.example>", GRACE,
           "Chị Trần Thị Mai bị bỏng tay - can we come at 11?", dt(4, 3, 9, 48))
    return text(m, """Chào chị Grace,

Em là Linh ở bếp Harlow Dining. Chị Trần Thị Mai (ca sáng) bị bỏng tay phải
sáng nay khoảng 9 giờ, do nước sôi từ nồi hấp bắn vào. Em đã cho chị ấy xả
nước mát 20 phút rồi. Tay bị phồng rộp to cỡ lòng bàn tay, chị ấy đau lắm.

Chị Mai không nói được nhiều tiếng Anh nên em sẽ đi cùng để phiên dịch. Bọn em
qua phòng khám lúc 11 giờ được không ạ?

(English: Mai from the morning shift burned her right hand with steam from the
steamer around 9, big blister about palm size. I'll come with her to
interpret. Can we come at 11?)

Thanks chị,
Linh Phạm
Harlow Dining Hall - Kitchen Lead
""", cte="base64")

@reg("phi", "lang", "王伟")
def lang4():
    m = mk("Xiaoyan Liu <xliu@iso.northbridge.example>", PRIYA,
           "Visiting scholar question (confidential) - 王伟", dt(5, 14, 10, 3))
    return text(m, """Hi Priya,

Dr. 王伟 (Wang Wei), the new visiting scholar in Chemistry, asked me to pass this
along because he wasn't sure how to say it in English. His message and my
translation are below. He asked that it stay between our offices.

王伟博士原文：
您好，我是化学系新来的访问学者王伟。入职体检时护士给我抽血查了乙肝。
我在国内就知道自己是乙肝表面抗原阳性（“小三阳”），一直在吃恩替卡韦，
肝功能每半年查一次，都正常。请问这会影响我在实验室的工作吗？
我的导师还不知道，我希望暂时保密。谢谢！

My translation: He already knew from China that he is hepatitis B surface
antigen positive, he takes entecavir and his liver tests every six months are
normal. He wants to know if this affects his lab work. His PI does not know
and he would like to keep it private for now.

He can meet with you any afternoon; he's fine with English in person if you
speak slowly.

Xiaoyan Liu
International Scholars Office
""", charset="gb18030", cte="base64")

@reg("phi", "lang", "أحمد المنصوري")
def lang5():
    m = mk("Fatima Al-Mansouri <fatima.mansouri@mailbox.example>", EH,
           "بخصوص زوجي أحمد المنصوري - Grounds", dt(7, 24, 8, 15))
    return text(m, """السلام عليكم،

أنا فاطمة، زوجة أحمد المنصوري الذي يعمل في فريق الحدائق والمساحات الخضراء في
الجامعة. أمس بعد الظهر أُغمي على زوجي أثناء العمل تحت الشمس، ونقلوه بالإسعاف
إلى قسم الطوارئ في مستشفى نورثبريدج. أعطوه سوائل في الوريد وخرج في الليل.

قال الطبيب إنه يجب أن يرتاح يومين، وأعطانا ورقة. هل يجب أن يأتي إلى مكتب صحة
الموظفين قبل أن يعود إلى العمل؟ وماذا نفعل بالورقة؟

شكراً جزيلاً،
فاطمة

Please call me 555-0147, my English is not so good. Thank you.
""", charset="utf-8", cte="quoted-printable")

@reg("phi", "lang", "João Batista Ferreira")
def lang6():
    m = mk(GRACE, "João Batista Ferreira <jbferreira@transport.northbridge.example>",
           "Seu exame admissional - pressão arterial", dt(8, 27, 14, 12))
    return text(m, """Prezado Sr. João Batista Ferreira,

Obrigada por ter vindo ao exame admissional ontem. A maior parte está tudo
certo, mas a sua pressão arterial estava alta nas duas medidas: 168/102 e
164/100. Para o cargo de motorista do ônibus do campus, precisamos de uma
pressão abaixo de 140/90 para liberar o atestado do DOT.

O senhor comentou que parou de tomar o remédio da pressão há uns meses.
Por favor, procure o seu médico esta semana. Depois volte aqui para medir de
novo - pode vir sem hora marcada, de segunda a quinta, das 7h30 às 11h.

Se preferir, posso explicar por telefone: 555-0116.

Atenciosamente,
Grace Oyelaran, RN
Saúde do Funcionário - Northbridge University
""", charset="iso-8859-1", cte="quoted-printable")

@reg("phi", "lang", "Roseline Pierre-Louis")
def lang7():
    m = mk(GRACE, "Roseline Pierre-Louis <rpierrelouis@dental.northbridge.example>",
           "Rezilta tès san ou / Your blood test results", dt(3, 14, 10, 30))
    plain = """Bonjou Madan Roseline Pierre-Louis,

Se Grace ki ekri w nan biwo Sante Anplwaye yo. Rezilta tès san ou te fè 12 mas
la tounen: ou pa gen pwoteksyon kont lawoujòl (measles) ak ribeyòl (rubella).
Ou bezwen pran vaksen MMR la anvan ou kòmanse travay nan klinik dantè a.

Nou mete yon randevou pou ou madi 19 mas a 9è nan maten. Si lè sa a pa bon
pou ou, rele nou nan 555-0111.

Mèsi anpil,
Grace

--- English ---
Hello Ms. Pierre-Louis, your blood test from March 12 shows you are not immune
to measles or rubella. You need the MMR vaccine before you start in the
dental clinic. We booked you Tuesday 3/19 at 9:00 AM. Call 555-0111 to change it.

""" + SIG_GRACE + "\n"
    return alt(m, plain, p2html(plain))

@reg("phi", "lang", "Maria Cristina Dizon")
def lang8():
    m = mk("Joy Macaraeg <jmacaraeg@northbridge.example>", GRACE,
           "QFT ni Maria Cristina Dizon", dt(11, 13, 16, 52))
    return text(m, """Hi Ate Grace,

Si Maria Cristina Dizon, yung bagong hire sa NICU ng NBMC - positive yung
QuantiFERON niya kahapon (TB2-nil 0.78). Sabi niya may BCG siya noong bata sa
Pilipinas at nag-6 months treatment na raw siya noong 2015 sa Manila pero wala
siyang papeles. Nag-order na ako ng chest x-ray, bukas ng 8 AM.

Pwede mo ba siyang tawagan mamaya? Mas komportable siya mag-Tagalog. Number
niya 555-0138. Start date niya sa NICU is 11/25 so medyo rush.

Salamat po!
Joy

Joy Macaraeg, RN (per diem)
Employee Health & Occupational Medicine
""")

# =====================================================================
# clean-staff
# =====================================================================
@reg("clean", "staff")
def staff1():
    m = mk(DANA, "EH Clinical <eh-staff@northbridge.example>",
           "Exposure hotline on-call - March/April", dt(2, 23, 12, 0))
    return text(m, """Here's the after-hours exposure hotline rotation for the next two months.
Swaps are fine, just reply-all so Lorena can update the answering service.

Week of   Primary (RN)          Cell       Backup (provider)          Cell
------------------------------------------------------------------------------
03/04     Grace Oyelaran, RN    555-0116   Priya Raghunathan, FNP-BC  555-0114
03/11     Joy Macaraeg, RN      555-0120   Marcus Ellery, MD          555-0112
03/18     Dana Whitcombe, RN    555-0110   Priya Raghunathan, FNP-BC  555-0114
03/25     Grace Oyelaran, RN    555-0116   Marcus Ellery, MD          555-0112
04/01     Joy Macaraeg, RN      555-0120   Priya Raghunathan, FNP-BC  555-0114
04/08     Dana Whitcombe, RN    555-0110   Marcus Ellery, MD          555-0112
04/15     Grace Oyelaran, RN    555-0116   Priya Raghunathan, FNP-BC  555-0114
04/22     Joy Macaraeg, RN      555-0120   Marcus Ellery, MD          555-0112

Reminders:
- The PEP starter kits are in the locked cabinet in Room 142; the code changed
  on 2/15 (ask me in person).
- If a caller is a student, not an employee, route them to Student Health
  on-call (555-0150) - they have their own protocol.
- Document every call in OccuLink the next business morning, even if it was
  just a question.

""" + SIG_DANA + "\n")

@reg("clean", "staff")
def staff2():
    m = mk(LORENA, "All EHOM <ehom-all@northbridge.example>",
           "Updated office directory (new extensions after the phone migration)", dt(1, 10, 9, 20))
    rows = [
        ("Marcus Ellery, MD, MPH", "Medical Director", "x0112", "mellery", "Rm 148"),
        ("Dana Whitcombe, RN, COHN-S", "Nurse Manager", "x0110", "dwhitcombe", "Rm 146"),
        ("Priya Raghunathan, FNP-BC", "Nurse Practitioner", "x0114", "praghunathan", "Rm 144"),
        ("Grace Oyelaran, RN", "Occupational Health Nurse", "x0116", "goyelaran", "Rm 143"),
        ("Joy Macaraeg, RN", "Occupational Health Nurse (per diem)", "x0120", "jmacaraeg", "Rm 143"),
        ("Ben Achterberg, CAOHC", "Audiometric & Fit Test Technician", "x0118", "bachterberg", "Rm 150 (booth)"),
        ("Lorena Quintero", "Clinic Coordinator", "x0111", "lquintero", "Front desk"),
        ("Denise Harbaugh", "Business Manager", "x0115", "dharbaugh", "Rm 141"),
        ("Tom Kessler", "Workers' Comp Coordinator (Risk Mgmt)", "555-0172", "tkessler", "Admin Bldg 310"),
    ]
    trs = "\n".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s@northbridge.example</td><td>%s</td></tr>" % tuple(map(esc, r)) for r in rows)
    html = html_wrap("""<p>Hi all &ndash; the phone migration is done. Please update your signatures by Friday. Main line stays 555-0111, fax is now 555-0119.</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#1f3b63;color:#fff"><th>Name</th><th>Title</th><th>Ext.</th><th>Email</th><th>Office</th></tr>
%s
</table>
<p>Halvorsen Hall, Room 140 &middot; Walk-in hours Mon&ndash;Thu 7:30&ndash;11:00 &middot; Clinic by appointment Mon&ndash;Fri 7:30&ndash;4:30</p>
<p>Lorena</p>""" % trs)
    plain = "Hi all - the phone migration is done. Please update your signatures by Friday.\n\n" + \
        "\n".join("%-30s %-40s %-9s %s@northbridge.example  %s" % r for r in rows) + "\n\nLorena\n"
    return alt(m, plain, html)

@reg("clean", "staff")
def staff3():
    m = mk(PRIYA, "EH Clinical <eh-staff@northbridge.example>",
           "Coverage for Thursday fit-test clinic 5/9?", dt(5, 1, 14, 48))
    return text(m, """Hi all,

I'm at the AOHP regional meeting in Providence May 8-10 and forgot I was on for
the Thursday 5/9 afternoon respirator clearance clinic (the Vet Med and
Chemistry batch, 11 people). Ben can still run the fit tests, but someone
with a license needs to review the flagged questionnaires before they go in.

Marcus said he can do the 1-3 block if someone takes 3-4:30. Joy, any chance?
I'll owe you a Tuesday.

All the questionnaires are already triaged in OccuLink so it should be mostly
sign-offs.

Thanks!
Priya
""" + "\n" + SIG_PRIYA + "\n")

@reg("clean", "staff")
def staff4():
    m = mk(ELLERY, "EH Clinical <eh-staff@northbridge.example>",
           "Change to annual TB screening starting July 1", dt(6, 5, 16, 30))
    return text(m, """Team,

Following the discussion at the May meeting and the updated CDC and state
guidance, here's what changes on July 1:

1. Annual TB screening for employees without a prior positive becomes a
   symptom questionnaire plus education only, EXCEPT for the higher-risk
   groups (BSL-3 staff, non-human primate handlers, the NBMC pulmonary and ED
   units, and anyone with a known exposure). Those groups keep annual IGRA.
2. We're moving from TST to IGRA (QuantiFERON) for baseline testing at hire
   for everyone. TST stays available only for the rare person who can't
   have blood drawn.
3. Employees with a prior positive: annual symptom review only, no repeat
   chest film unless they report symptoms. Nothing changes there.
4. Anyone with a new positive still gets the chest film and a provider visit
   before clearance, and we still offer the short-course regimens (3HP, 4R)
   first.

I'll present the numbers behind this at the July staff meeting - roughly 3,100
fewer tests a year. Dana is updating the standing orders; please don't
start the new workflow before she sends them out.

Marcus
""")

@reg("clean", "staff")
def staff5():
    m = mk(DANA, "All EHOM <ehom-all@northbridge.example>",
           "Staff meeting notes - Wed 8/14", dt(8, 14, 15, 10))
    plain = """Staff meeting 8/14/2024 - notes
Present: Ellery, Whitcombe, Raghunathan, Oyelaran, Macaraeg, Achterberg, Quintero, Harbaugh
Guest: Kevin Albrecht (IT)

1. QuantiFERON tubes: Meridian switched to the new lot with the shorter
   incubation window. Draws must reach the lab courier by 2:30 PM now. Lorena
   will stop booking QFT draws after 1:45.
2. PEP starter kits: restocked 8/9. Two kits expire 9/30 - Grace to swap.
3. PortaCount annual calibration is due 9/5; Ben will run qualitative
   (Bitrex) fit tests while it's out, about a week.
4. OccuLink upgrade scheduled 9/21 (Saturday). Kevin walked through the
   downtime forms. Paper packets are in the blue binder.
5. Fall new-hire surge: Nursing and Vet Med are sending ~140 people over
   3 weeks. Adding Wednesday late clinic 4-6 PM through 9/25.
6. Flu clinics: 14 campus sites this year, starting 10/1. Volunteer sign-up
   goes out next week.

Next meeting 9/11.
Dana
"""
    return alt(m, plain, p2html(plain))

@reg("clean", "staff")
def staff6():
    m = mk("Denise Harbaugh <dharbaugh@northbridge.example>", DANA,
           "Licensure & certification tracker - renewals due in Q4", dt(9, 30, 11, 25))
    text(m, """Dana,

Attached is the updated credentials tracker. Three renewals are due before
year end (highlighted in the Notes column): Joy's BLS, Ben's CAOHC, and
Priya's DEA. Marcus's state license is good through 2026.

I need copies of the renewed cards for the personnel files by the due date so
we stay clean for the Joint Commission survey at NBMC.

Denise
""")
    rows = [["Staff", "Credential", "Number", "Issued", "Expires", "Notes"],
            ["Marcus Ellery", "MD license (state)", "MD.0048821", "2022-06-30", "2026-06-30", ""],
            ["Marcus Ellery", "ABPM board cert (Occ Med)", "OM-20113", "2015-01-01", "2025-12-31", "MOC in progress"],
            ["Priya Raghunathan", "APRN license", "APRN.0091177", "2023-02-28", "2025-02-28", ""],
            ["Priya Raghunathan", "DEA registration", "MR4417720", "2021-11-30", "2024-11-30", "RENEW - due Q4"],
            ["Dana Whitcombe", "RN license", "RN.0620019", "2023-08-31", "2025-08-31", ""],
            ["Dana Whitcombe", "COHN-S", "C-77410", "2020-03-01", "2025-03-01", ""],
            ["Grace Oyelaran", "RN license", "RN.0719942", "2024-04-30", "2026-04-30", ""],
            ["Joy Macaraeg", "BLS (AHA)", "BLS-245901", "2022-12-08", "2024-12-31", "RENEW - due Q4"],
            ["Ben Achterberg", "CAOHC certification", "CAOHC-118332", "2019-11-15", "2024-11-15", "RENEW - due Q4"],
            ["Ben Achterberg", "PortaCount operator", "TSI-PC-55610", "2023-09-12", "2025-09-12", ""]]
    return attach(m, make_xlsx(rows, "Credentials"), "EHOM_credentials_tracker_2024-09.xlsx", XLSX)

@reg("clean", "staff")
def staff7():
    m = mk(GRACE, "Dana Whitcombe <dwhitcombe@northbridge.example>",
           "vaccine fridge count before the flu order", dt(9, 16, 16, 40),
           cc="Joy Macaraeg <jmacaraeg@northbridge.example>")
    return text(m, """Dana - Joy and I did the fridge count this afternoon. Temps log is clean
(2.8-6.1 C all month).

Product              Lot         Exp         On hand   Par
Tubersol 5 TU/0.1mL  C5821AA     2025-02-28  2 vials   6
Heplisav-B           8H39C       2025-06-30  14        20
Engerix-B            AHBVC911B   2025-01-31  6         10
MMR II               Y014433     2025-03-15  9         10
Tdap (Boostrix)      7X2WE       2025-09-30  22        15
Imovax Rabies        W2P441M     2025-05-31  4         6
Varivax              Z1180Q      2024-12-31  3         5

We need Tubersol even with the IGRA switch, for the few who can't do a
blood draw. Flu vaccine is separate - first shipment of 600 is due 9/23.

Grace
""")

# =====================================================================
# clean-admin
# =====================================================================
@reg("clean", "admin")
def admin1():
    m = mk("University IT Change Management <itchange@it.northbridge.example>",
           "EHOM Staff <ehom-all@northbridge.example>",
           "[Scheduled Maintenance] OccuLink 11.4 upgrade - Sat 9/21 06:00-14:00", dt(9, 10, 8, 0))
    plain = """CHANGE NOTICE CHG0048812

System:     OccuLink Occupational Health (production)
Window:     Saturday 09/21/2024 06:00 - 14:00
Impact:     Full outage. Interfaces (Meridian lab results, NBMC ADT, Workday
            new-hire feed) will queue and replay after the upgrade.
Action:     Use downtime forms (blue binder). Do not enter results into the
            training environment during the outage.

What's new in 11.4: respirator questionnaire e-signature, updated CVX code
table, fixes to the duplicate-employee merge tool.

Questions: Kevin Albrecht, Clinical Applications, 555-0191.
"""
    html = html_wrap("""<table width="100%" style="border:1px solid #c8102e"><tr><td style="background:#c8102e;color:white;padding:6px"><b>Scheduled Maintenance &ndash; CHG0048812</b></td></tr>
<tr><td style="padding:8px">
<p><b>System:</b> OccuLink Occupational Health (production)<br>
<b>Window:</b> Saturday 09/21/2024 06:00 &ndash; 14:00<br>
<b>Impact:</b> Full outage. Interfaces (Meridian lab results, NBMC ADT, Workday new-hire feed) will queue and replay after the upgrade.</p>
<p><b>Action:</b> Use downtime forms (blue binder). Do not enter results into the training environment during the outage.</p>
<p>What's new in 11.4: respirator questionnaire e-signature, updated CVX code table, fixes to the duplicate-employee merge tool.</p>
<p>Questions: Kevin Albrecht, Clinical Applications, 555-0191.</p></td></tr></table>""")
    return alt(m, plain, html)

@reg("clean", "admin")
def admin2():
    m = mk("AirSeal Fit Testing LLC <ar@airseal.example>",
           "Denise Harbaugh <dharbaugh@northbridge.example>",
           "Invoice INV-2024-0719 - Northbridge University (PO 4500218871)", dt(7, 19, 10, 30))
    text(m, """Hello Denise,

Please find attached invoice INV-2024-0719 for on-site quantitative fit
testing provided June 3-7 and June 24-26, 2024. Net 30. Remit to the address
on the invoice or by ACH (details on file).

Thank you for your business!
Accounts Receivable
AirSeal Fit Testing LLC | 555-0102
""")
    pdf = make_pdf([
        "AirSeal Fit Testing LLC",
        "880 Industrial Row, Unit 4, Fairhaven ST 01990    555-0102",
        "",
        "INVOICE INV-2024-0719                    Date: 07/19/2024",
        "Bill to: Northbridge University - Employee Health & Occupational Medicine",
        "         Halvorsen Hall Rm 140, Attn: D. Harbaugh",
        "PO: 4500218871            Terms: Net 30",
        "",
        "Description                                      Qty    Rate      Amount",
        "Quantitative fit test, N95 (PortaCount)           212   $28.00   $5,936.00",
        "Quantitative fit test, elastomeric half-face       41   $32.00   $1,312.00",
        "Full-face fit test                                  9   $45.00     $405.00",
        "Technician day rate, on-site (8 days)               8  $350.00   $2,800.00",
        "Mileage                                           312    $0.67     $209.04",
        "",
        "                                             Subtotal:          $10,662.04",
        "                                             Tax (exempt):           $0.00",
        "                                             TOTAL DUE:         $10,662.04",
        "",
        "Individual fit test records were delivered via the secure portal on 06/28/2024.",
    ], title="INV-2024-0719")
    return attach(m, pdf, "INV-2024-0719.pdf", "application/pdf")

@reg("clean", "admin")
def admin3():
    m = mk("Facilities Work Control <workcontrol@facilities.northbridge.example>", DANA,
           "WO 24-118305: Halvorsen 140 exam rm 3 exhaust fan/pressure monitor", dt(4, 16, 13, 5))
    return text(m, """Work Order 24-118305
Requested by: Dana Whitcombe (EHOM)
Location: Halvorsen Hall, Room 140 suite, Exam Room 3 (airborne isolation)
Problem: Room pressure monitor alarming intermittently; exhaust fan noisy.

Status update 04/16 13:00:
HVAC shop inspected. Exhaust fan EF-H-07 belt worn and the pressure sensor
tube was kinked behind the ceiling tile. Belt replacement scheduled Thursday
04/18 07:00-09:00. Room 3 will be out of service during that window and
until Controls re-certifies the negative pressure (target -0.01 in. w.c.),
expected same day by noon.

Please do not use Exam Room 3 for airborne precautions until you receive
the certification sheet from Controls.

Facilities Work Control | 555-0160 | Ticket portal: workcontrol.northbridge.example
""")

@reg("clean", "admin")
def admin4():
    m = mk("Talent Acquisition <careers@hr.northbridge.example>", DANA,
           "Posting approved: Occupational Health Nurse II (Req 24-0917)", dt(5, 23, 15, 0))
    plain = """Hi Dana,

Your requisition has been approved and is now live on the careers site and
the state nursing association job board.

Req 24-0917 - Occupational Health Nurse II (1.0 FTE, exempt)
Department: Employee Health & Occupational Medicine
Salary range: Grade N4
Posting closes: 06/21/2024

Minimum qualifications: active RN license in the state, 3 years clinical
experience, BLS. Preferred: COHN or COHN-S, experience with bloodborne
pathogen exposure management, TB screening programs and respirator medical
clearance, Spanish or Portuguese language skills.

Search committee: Dana Whitcombe (chair), Priya Raghunathan, Grace Oyelaran,
Beth Ann Sorensen (HR). Please complete the search committee training in
Workday before reviewing applications.

Talent Acquisition | Human Resources
"""
    return alt(m, plain, p2html(plain))

@reg("clean", "admin")
def admin5():
    m = mk("Denise Harbaugh <dharbaugh@northbridge.example>",
           "Financial Services <fin-journal@northbridge.example>",
           "FY24 Q3 EHOM service chargebacks - journal backup", dt(4, 8, 9, 15),
           cc=DANA)
    text(m, """Hi,

Backup for the Q3 (Jan-Mar) interdepartmental chargeback journal is
attached. Rates are the FY24 approved service rates. Totals tie to JE
24-Q3-0412.

Departments with no services this quarter are not listed.

Denise Harbaugh
Business Manager, EHOM
""")
    rows = [["cost_center", "department", "preplacement_exams", "tb_screens", "fit_tests", "audiograms", "vaccines", "total_usd"],
            ["61-2210", "Comparative Medicine Resources", 14, 88, 61, 0, 37, 9874.00],
            ["61-3105", "School of Nursing", 22, 140, 35, 0, 96, 12440.50],
            ["61-3340", "Veterinary Teaching Hospital", 19, 102, 77, 12, 58, 13102.00],
            ["62-0120", "Facilities Management", 11, 9, 24, 118, 14, 8955.00],
            ["62-0455", "Dining Services", 27, 31, 0, 0, 8, 4120.00],
            ["63-1010", "Chemistry", 6, 4, 29, 0, 2, 2763.00],
            ["63-1840", "Mechanical Engineering", 2, 0, 5, 22, 0, 1698.00],
            ["64-0700", "University Police", 3, 45, 45, 40, 12, 5230.00]]
    return attach(m, csv_text(rows), "EHOM_chargebacks_FY24Q3.csv", "text/csv")

@reg("clean", "admin")
def admin6():
    m = mk(ELLERY, "Procurement - Contracts <contracts@northbridge.example>",
           "Ridgeline Occupational Care renewal - meeting notes 10/2", dt(10, 2, 16, 20),
           cc="Denise Harbaugh <dharbaugh@northbridge.example>, " + TOM)
    return text(m, """Notes from today's renewal call with Ridgeline Occupational Care
(contract NBU-SVC-2021-0334, expires 12/31/2024).

Attendees: M. Ellery, D. Harbaugh, T. Kessler (NBU); J. Castellanos (Ridgeline
clinic director), A. Moretti (Ridgeline contracts).

1. Term: Ridgeline proposes 3 years + two 1-year options. OK with us pending
   Legal.
2. Rates: 4.5% increase on the fee schedule. We countered at 3%; they'll
   come back by 10/16. New-patient work injury visit would go from $185 to
   $191 at 3%.
3. After-hours: they agreed to keep the 24/7 exposure line for our
   employees, response-time standard 30 min.
4. Reporting: monthly utilization report (counts by service line and
   department only - no individual data needed for that report). Work status
   reports continue by secure fax/portal within 24 h of each visit, as now.
5. Business associate agreement and data security addendum to be re-signed
   with the new template from the Privacy Office.

Action items: Denise - send Legal the redline by 10/9. Tom - pull last
year's comp turnaround numbers. Me - confirm the exposure line staffing.

Marcus
""")

@reg("clean", "admin")
def admin7():
    m = mk("Sonic Acoustics Sales <quotes@sonicacoustics.example>", BEN,
           "Quote Q-55018 - double-walled audiometric booth", dt(2, 2, 11, 45))
    text(m, """Hi Ben,

Thanks for the site visit last week. Quote attached for the replacement booth,
installed in Room 150. Lead time is 10-12 weeks from PO.

Let me know if Procurement needs a sole-source letter.

Marta Lindqvist
Sonic Acoustics | 555-0108
""")
    docx = make_docx([
        "**Sonic Acoustics - Quotation Q-55018",
        "Customer: Northbridge University, Employee Health & Occupational Medicine (Attn: Ben Achterberg)",
        "Date: 02/02/2024    Valid for 60 days",
        "",
        "1 x Model SA-250 double-walled audiometric booth, 48\" x 44\" interior, ANSI S3.1 compliant - $18,940.00",
        "1 x Ventilation kit with silencers - $1,210.00",
        "1 x Cable pass-through panel (audiometer, response switch) - $385.00",
        "Freight, white-glove delivery and installation - $2,600.00",
        "Post-install ambient noise certification - $450.00",
        "",
        "Total: $23,585.00",
        "Terms: Net 30. Removal of existing booth not included (add $900).",
    ])
    return attach(m, docx, "Q-55018_Northbridge_booth.docx", DOCX)

# =====================================================================
# clean-lookalike
# =====================================================================
@reg("clean", "lookalike")
def look1():
    m = mk("Northbridge Community Credit Union <alerts@nbccu.example>",
           "Grace Oyelaran <goyelaran@northbridge.example>",
           "Your October eStatement is ready - Member #0048817-22", dt(11, 1, 5, 2))
    html = html_wrap("""<div style="max-width:560px;margin:auto;border:1px solid #ddd">
<div style="background:#00563f;color:#fff;padding:12px;font-size:16pt">Northbridge Community Credit Union</div>
<div style="padding:14px">
<p>Hello GRACE O.,</p>
<p>Your eStatement for <b>October 2024</b> is now available in Online Banking.</p>
<table style="font-size:10pt">
<tr><td>Member number:</td><td>****817-22</td></tr>
<tr><td>Account:</td><td>Share Savings (S01), Checking (S09), Auto Loan (L14)</td></tr>
<tr><td>Statement date:</td><td>10/31/2024</td></tr>
</table>
<p>Payroll direct deposit from NORTHBRIDGE UNIV was received on 10/25/2024.</p>
<p>Reminder: NBCCU will <b>never</b> ask for your PIN or one-time passcode by email or phone.</p>
<p style="font-size:8pt;color:#777">Federally insured by NCUA. Equal Housing Opportunity. 1400 University Ave, Millbrook. 555-0100. To stop eStatement emails, update your preferences in Online Banking.</p>
</div></div>""")
    return html_only(m, html)

@reg("clean", "lookalike")
def look2():
    m = mk("Skyline Air <reservations@skylineair.example>",
           "Priya Raghunathan <praghunathan@northbridge.example>",
           "Your trip confirmation: MLB to PVD, May 8 (Conf. QK7R2M)", dt(4, 2, 19, 30))
    plain = """SKYLINE AIR - TRIP CONFIRMATION

Confirmation code: QK7R2M
Passenger: RAGHUNATHAN/PRIYA MS
SkyMiles Member #: 7301 448 2219 (Silver)
Ticket #: 3372104558129

Wed 08 MAY  SK 1184  Millbrook (MLB) 07:10 -> Providence (PVD) 08:52  Seat 14C
Fri 10 MAY  SK 1191  Providence (PVD) 18:25 -> Millbrook (MLB) 20:04  Seat 12A

Fare: $286.40 (Main)  Paid: Corporate card ending 4471
Travel approved under Northbridge University trip TR-24-03318 (AOHP regional conference)

Known Traveler Number on file. Checked bag fees may apply.
Need special assistance? Manage your trip at skylineair.example/manage.
"""
    return alt(m, plain, p2html(plain))

@reg("clean", "lookalike")
def look3():
    m = mk("Tyrone Gaskins <tgaskins@library.northbridge.example>",
           "HR Benefits <benefits@hr.northbridge.example>",
           "adding my wife to my plans - qualifying event", dt(6, 24, 12, 12),
           cc=EH)
    return text(m, """Hello,

I got married on June 15 and want to add my wife, Danielle Gaskins, to my
medical and dental plans. I'm currently on the BlueHarbor PPO (employee only)
and Delta Dental basic. My member ID on the medical card is XQH550193007,
group 44810.

Questions:
1. How long do I have to make the change after the wedding? Someone said 30
   days, someone said 60.
2. Do you need the marriage certificate or is the county license OK?
3. Will the new premium come out of the July 15 paycheck or August?
4. Do I need to do anything with Employee Health? I copied them because the
   portal sent me there, not sure if it's right.

Thanks,
Tyrone Gaskins
Library Services, Access Desk
Employee ID 00266104
""")

@reg("clean", "lookalike")
def look4():
    m = mk("Kevin Albrecht <kalbrecht@it.northbridge.example>",
           "OccuLink Integration <integration@occulink.example>",
           "TEST env: inbound ORU validation - all 6 ZZTEST cases passed", dt(9, 4, 17, 10),
           cc=DANA)
    hl7 = "\r\n".join([
        "MSH|^~\\&|MERIDIAN_LIS|MERIDIAN|OCCULINK|NBU_EHOM_TST|20240904161522||ORU^R01|TST0904-0003|T|2.5.1",
        "PID|1||999999903^^^NBU^EI||ZZTEST^PATIENTTHREE^^^^^L||19000101|U|||1 TEST ST^^TESTVILLE^ST^00000||555-0000",
        "OBR|1|TST-0003|MRLTST0003|QFTPLUS^QuantiFERON-TB Gold Plus|||202409041500|||||||||TEST^PROVIDER||||||202409041515||LAB|F",
        "OBX|1|ST|QFT-RES^QuantiFERON Result||Positive||Negative|A|||F",
        "OBX|2|NM|QFT-TB1^TB1 minus Nil||9.99|IU/mL|<0.35|H|||F",
    ])
    return text(m, """Hi team,

Ran the validation script against the TEST tenant this afternoon (processing
ID = T). All six ZZTEST patients filed correctly:

 ZZTEST, PATIENTONE    MRN 999999901  QFT negative  - filed, no alert (expected)
 ZZTEST, PATIENTTWO    MRN 999999902  QFT indeterminate - filed, RN task created (expected)
 ZZTEST, PATIENTTHREE  MRN 999999903  QFT positive  - filed, provider alert (expected)
 ZZTEST, PATIENTFOUR   MRN 999999904  HBsAb <3.1    - filed, non-immune flag (expected)
 ZZTEST, PATIENTFIVE   MRN 999999905  wrong MR order in PID-3 - now matched (fix confirmed)
 ZZTEST, PATIENTSIX    MRN 999999906  unknown employee - error queue (expected)

Sample of case 3 below for your log. These are dummy records that only
exist in TEST; nothing went to production.

""" + hl7 + """

OK to promote the matching-rule fix to PROD in the 9/21 window.

Kevin Albrecht
Clinical Applications Analyst, University IT
""")

@reg("clean", "lookalike")
def look5():
    m = mk("NBU Rec & Wellness <recmembership@rec.northbridge.example>",
           "Lorena Quintero <lquintero@northbridge.example>",
           "Membership renewal - Faculty/Staff Annual (Member #RW-220914)", dt(8, 1, 7, 0))
    html = html_wrap("""<p>Hi Lorena,</p>
<p>Your <b>Faculty/Staff Annual</b> membership at the Northbridge Recreation &amp; Wellness Center renews on <b>08/31/2024</b>.</p>
<table cellpadding="3" style="font-size:10pt">
<tr><td>Member #</td><td>RW-220914</td></tr>
<tr><td>Plan</td><td>Faculty/Staff Annual + Guest Pass add-on</td></tr>
<tr><td>Payment</td><td>Payroll deduction, $21.50 per pay period</td></tr>
<tr><td>Locker</td><td>W-118 (renewal $40/yr)</td></tr>
</table>
<p>No action needed to keep payroll deduction. To cancel or change plans, visit the front desk with your ID card before 08/25.</p>
<p>New this fall: lap swim opens at 6:00 AM, and group fitness passes are included for all annual members.</p>
<p>See you at the Rec!<br>Membership Services &middot; 555-0170</p>""")
    return html_only(m, html, cte="base64")

@reg("clean", "lookalike")
def look6():
    m = mk("Harborline Mutual Auto Claims <claims@harborline.example>",
           "Benjamin Achterberg <bachterberg@northbridge.example>",
           "Claim 24-AU-7718203 - estimate approved", dt(10, 22, 14, 38))
    return text(m, """Dear Benjamin Achterberg,

Re:   Claim number 24-AU-7718203
      Policy HMA-5520-90418-01 (2019 Subaru Outback)
      Date of loss: 10/14/2024, Lot 7 parking structure, Northbridge University

We reviewed the estimate from Millbrook Collision Center. The approved amount
for the rear bumper cover, tailgate trim and parking sensor is $2,184.37, less
your $500 collision deductible. Payment of $1,684.37 will be issued directly to
the repair shop.

Your policy includes rental reimbursement up to $40/day for 10 days. Reference
the claim number when you pick up the rental.

We are pursuing recovery from the other driver's carrier and will refund your
deductible if we are successful.

Sincerely,
R. Okoye, Claims Representative
Harborline Mutual | 555-0105 ext. 6620
""")

@reg("clean", "lookalike")
def look7():
    m = mk("MedSource Supply Orders <orders@medsource.example>",
           "Employee Health <employeehealth@northbridge.example>",
           "Shipped: Order #MS-20931174 (PO 4500220415)", dt(9, 18, 13, 2))
    plain = """Your order has shipped!

Order #:        MS-20931174
Customer #:     NBU-004412
PO:             4500220415
Ship to:        Northbridge University, Employee Health, Halvorsen Hall Rm 140
Carrier:        ParcelStar Ground (cold chain)
Tracking #:     1P 884 220 731 5549 02
Est. delivery:  09/19/2024 by 12:00

Item                                       Qty  Lot        Exp
Tubersol 5 TU/0.1 mL, 1 mL vial            6    C5940AB    2025-08-31
QuantiFERON-TB Gold Plus blood coll. kit   10   QF24H117   2025-03-31
Tuberculin syringe 27g x 1/2", bx 100      2    SY77120    2028-01-31
Sharps container 2 gal                     12   --         --
Alcohol prep pads, bx 200                  10   AP55401    2027-06-30

Refrigerated items: please unpack and store at 2-8 C on arrival.
Questions? Customer Care 555-0106, Mon-Fri 7-7.
"""
    return alt(m, plain, html_wrap("<pre>" + esc(plain) + "</pre>"))

# =====================================================================
# clean-news
# =====================================================================
@reg("clean", "news")
def news1():
    m = mk("Northbridge Today <today@news.northbridge.example>",
           "All Faculty and Staff <allstaff@northbridge.example>",
           "Free flu shots on campus start Oct. 1 - find a clinic near you", dt(9, 24, 7, 30))
    html = html_wrap("""<h2 style="color:#1f3b63">Roll up your sleeve, Northbridge!</h2>
<p>Employee Health &amp; Occupational Medicine is bringing free seasonal flu vaccine to 14 campus locations this fall. No appointment needed &ndash; just bring your university ID. Students can get their shots through Student Health.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#eef"><th>Date</th><th>Location</th><th>Time</th></tr>
<tr><td>Tue 10/1</td><td>Kerrigan Library lobby</td><td>9:00&ndash;1:00</td></tr>
<tr><td>Wed 10/2</td><td>Fenwick Science Center atrium</td><td>10:00&ndash;2:00</td></tr>
<tr><td>Thu 10/3</td><td>Facilities Ops Center, break room</td><td>5:30&ndash;8:30 AM</td></tr>
<tr><td>Mon 10/7</td><td>Vet Teaching Hospital, Conf. Rm B</td><td>7:00&ndash;11:00</td></tr>
<tr><td>Wed 10/9</td><td>Harlow Dining Hall (staff entrance)</td><td>2:00&ndash;5:00</td></tr>
</table>
<p>Full schedule at northbridge.example/flu. Employees in clinical roles who need to decline must submit the declination form by November 15.</p>
<p><b>Why it matters:</b> Flu sends thousands of healthy adults to the hospital every year, and vaccination is the best protection for you, your family and the people you work with.</p>
<p style="font-size:9pt;color:#666">Northbridge Today is published by University Communications. You are receiving this because you are a current employee.</p>""")
    return html_only(m, html)

@reg("clean", "news")
def news2():
    m = mk(ELLERY, "Occupational Health Advisory Committee <ohac@northbridge.example>",
           "EHOM FY2024 annual summary (aggregate) for Thursday's meeting", dt(7, 29, 10, 0))
    return text(m, """Committee members,

Ahead of Thursday, here is the summary of FY2024 (July 2023 - June 2024)
activity. All figures are counts or rates; the detailed report is on the
committee SharePoint.

  Pre-placement evaluations ................. 1,284  (+9%)
  TB screens (TST + IGRA) ................... 3,912
     New positives .......................... 23     (0.6%)
     Started preventive treatment ........... 17 of 23
  Respirator medical clearances ............. 1,050
  Fit tests ................................. 1,188
  Audiograms ................................ 640
     Confirmed standard threshold shifts .... 31
  Influenza vaccination, clinical staff ..... 96.2% (goal 95%)
  Bloodborne pathogen exposures ............. 96     (down 12% from FY23)
     Seroconversions ........................ 0
  Workers' comp claims (new) ................ 212
     Lost-time claims ....................... 47
     Top cause: slips/trips/falls ........... 31%

Two things I'd like the committee to discuss: (1) the cluster of sharps
injuries with one retractable syringe model in teaching labs, and (2) the
rise in lifting injuries in Dining after the Harlow renovation.

Marcus Ellery, MD, MPH
Medical Director
""")

@reg("clean", "news")
def news3():
    m = mk(EH, "Facilities Grounds & Outdoor Crews <grounds-all@facilities.northbridge.example>",
           "Heat safety this week - work/rest schedule and warning signs", dt(7, 8, 6, 15))
    plain = """Good morning,

The forecast is calling for heat index values of 100-105 F Tuesday through
Friday. Please review these reminders at your crew huddles.

WORK/REST: At heat index 100+, 15 minutes rest in shade every hour for heavy
work. Crew leads, schedule mowing and hardscape work before 11 AM.

WATER: One cup (8 oz) every 15-20 minutes, even if you're not thirsty. Coolers
are restocked at the Ops Center at 6 AM and noon.

NEW OR RETURNING WORKERS: Anyone new to outdoor work or back from more than a
week off needs to build up over 5-7 days. Lighter loads the first days.

WATCH FOR: heavy sweating, cramps, dizziness, headache, nausea, confusion.
If someone is confused, stops sweating, or passes out - call 555-0911
(campus emergency) right away, move them to shade and cool them with water.

Questions: Employee Health 555-0111.
"""
    return alt(m, plain, p2html(plain))

@reg("clean", "news")
def news4():
    m = mk("Volunteer Services <volunteers@northbridge.example>",
           "Volunteer Newsletter <volunteer-news@northbridge.example>",
           "Volunteer Spotlight: Gloria Hastings, 11 years of flu clinics", dt(11, 12, 9, 0))
    html = html_wrap("""<h2>Volunteer Spotlight</h2>
<p><b>Gloria Hastings</b> retired from the School of Nursing faculty in 2013 and has been back every October since &mdash; checking in colleagues, handing out stickers and keeping the lines moving at our campus flu clinics. This year she worked 9 of the 14 clinics.</p>
<p>&ldquo;I taught half the nurses in this building,&rdquo; Gloria laughs. &ldquo;Now they have to listen to me tell them to roll up their sleeves.&rdquo;</p>
<p>When she isn't volunteering, Gloria sings with the Millbrook Community Chorale and tends a famous dahlia garden on Birch Street. She and her husband, Frank, have four grandchildren.</p>
<p>Dana Whitcombe, nurse manager at Employee Health, says the clinics &ldquo;simply run better when Gloria is at the door.&rdquo;</p>
<p><b>Thank you, Gloria!</b></p>
<hr><p style="font-size:9pt">Interested in volunteering at spring wellness events? Reply to this email or call 555-0177.</p>""")
    return alt(m, "Volunteer Spotlight: Gloria Hastings retired from the School of Nursing faculty in 2013 and has volunteered at every campus flu clinic season since. This year she worked 9 of the 14 clinics. Thank you, Gloria!\n", html)

@reg("clean", "news")
def news5():
    m = mk("Research Digest <digest@research.northbridge.example>",
           "Research Digest Subscribers <research-digest@northbridge.example>",
           "Study: Rotating night shifts and sleep in university health workers", dt(3, 18, 8, 0))
    return text(m, """NORTHBRIDGE RESEARCH DIGEST - March 2024

Rotating night shifts linked to shorter sleep, more near-miss incidents

A School of Nursing team led by Dr. Abigail Thornton surveyed 412 nurses,
respiratory therapists and animal care technicians across Northbridge
University and the medical center between 2021 and 2023. Participants wore
wrist actigraphy devices for two weeks.

Key findings (published in the Journal of Occupational Sleep Science):
- Workers on rotating schedules averaged 5.9 hours of sleep on work days,
  versus 6.8 hours for fixed day shift.
- Self-reported near-miss incidents (including needlestick near-misses)
  were 1.7 times more common in the week after a rotation change.
- Two consecutive rest days after night blocks reduced the gap by about half.

"This isn't about individuals being tired," Thornton said. "It's about how we
build schedules." The team is now piloting a forward-rotating schedule on two
units with Employee Health & Occupational Medicine.

Funding: National Institute for Occupational Research (grant R01-OH-884120).
All data were analyzed in aggregate; no individual results were shared with
employers.
""")

@reg("clean", "news")
def news6():
    m = mk("Office of the Provost <provost@northbridge.example>",
           "All Faculty, Staff and Students <everyone@northbridge.example>",
           "Measles in the region - please check your immunization records", dt(4, 30, 12, 0))
    plain = """Dear Northbridge community,

The County Health Department has confirmed measles cases in the Millbrook area
over the past two weeks. There are no known cases on our campus at this time.

Measles spreads very easily through the air. Two doses of MMR vaccine are
about 97% effective. Please take a few minutes to:

 - Employees: check your immunization record in Workday > My Health
   Requirements, or call Employee Health (555-0111) to find out if we have
   your records. Employees in clinical, childcare and lab animal roles are
   already required to show immunity.
 - Students: check your record in the Student Health portal.
 - Anyone unsure of their status can get a free MMR at Employee Health
   (walk in Mon-Thu 7:30-11:00) or Student Health.

If you develop fever with a rash, call your health care provider BEFORE
going in, so they can prepare.

More information: northbridge.example/measles and the County Health Department
hotline 555-0123.

Sincerely,
Office of the Provost, in partnership with Employee Health & Occupational
Medicine and Student Health Services
"""
    return alt(m, plain, p2html(plain))

# =====================================================================
# clean-training
# =====================================================================
@reg("clean", "training")
def train1():
    m = mk(DANA, "EH Clinical <eh-staff@northbridge.example>",
           "Updated return-to-work letter template (use this one from now on)", dt(1, 16, 14, 0))
    tpl = """TEMPLATE - RETURN TO WORK CLEARANCE (supervisor copy)
Do not include diagnosis, treatment or medication details in this letter.

Date: [MM/DD/YYYY]

To: [Supervisor Name], [Department]
Re: [Employee Name], Employee ID [########]

[Employee First Name] was seen in Employee Health & Occupational Medicine on
[visit date] and is cleared to return to work on [return date]:

[ ] Full duty, no restrictions
[ ] Modified duty through [end date]:
      [ ] Lifting limit: [__] lb
      [ ] No ladders / heights
      [ ] Seated work [__] % of shift
      [ ] Other: [functional limitation only]

Follow-up visit in Employee Health: [date] (we will schedule with the employee)

Questions about restrictions may be directed to Employee Health at 555-0111.
Please do not ask the employee about their medical condition.

[Provider name, credentials]
Employee Health & Occupational Medicine
"""
    text(m, """Hi all,

After the question from HR last month, I've revised the RTW letter template.
The big changes: no "reason for visit" line anymore, and the restriction
checkboxes are functional only. Template below and attached as a text file
so you can paste it into OccuLink's letter tool.

""" + tpl + "\n" + SIG_DANA + "\n")
    return attach(m, tpl, "RTW_letter_template_v3.txt", "text/plain")

@reg("clean", "training")
def train2():
    m = mk("Learning & Development <ld@hr.northbridge.example>",
           "Lab Personnel <lab-personnel@northbridge.example>",
           "2024 Bloodborne Pathogens annual refresher - knowledge check", dt(2, 1, 8, 30))
    plain = """2024 BLOODBORNE PATHOGENS ANNUAL REFRESHER - KNOWLEDGE CHECK
Complete by March 31 in Workday Learning (course BBP-2024). 80% to pass.

The scenario below is fictional. "Sam Sample" is not a real employee.

SCENARIO: Sam Sample, a research technician, is injecting a mouse when the
needle slips and punctures Sam's gloved thumb. It is 4:45 PM on a Friday.

1. What should Sam do FIRST?
   a) Finish the injection so the mouse isn't stressed
   b) Wash the wound with soap and water
   c) Squeeze the wound to make it bleed
   d) Call the PI to ask whether to report it

2. Who should Sam call after washing?
   a) Nobody until Monday
   b) The Employee Health exposure hotline, 555-0117 (24/7)
   c) Their own primary care doctor
   d) Facilities

3. True or False: If the source is a lab animal that has never been exposed to
   human material, no report is needed.

4. Which of these is an engineering control?
   a) Gloves   b) Hepatitis B vaccine   c) A sharps container   d) Training

5. Hepatitis B vaccine is offered to employees with occupational exposure
   risk at:
   a) No cost  b) A $25 copay  c) Cost of the vaccine  d) Only after an exposure

Answer key is released after the close date. Questions: biosafety@northbridge.example
"""
    return alt(m, plain, p2html(plain))

@reg("clean", "training")
def train3():
    m = mk(ELLERY, "Policy Office <policy@northbridge.example>",
           "Policy EH-104 Tuberculosis Screening - revised draft for posting", dt(6, 25, 11, 0),
           cc=DANA)
    text(m, """Hello,

Attached is the revised Policy EH-104 (Tuberculosis Screening of Employees),
reflecting the July 1 changes approved by the Occupational Health Advisory
Committee on 6/20. Please post for the 30-day comment period.

Marcus Ellery, MD, MPH
""")
    docx = make_docx([
        "**Northbridge University Policy EH-104: Tuberculosis Screening of Employees",
        "Responsible office: Employee Health & Occupational Medicine. Effective: July 1, 2024. Revised draft v4.",
        "**1. Purpose",
        "To protect employees, patients, students and research animals from tuberculosis by identifying latent and active TB infection in employees with occupational risk.",
        "**2. Scope",
        "Applies to all employees, volunteers and contractors in positions designated as TB-risk by Environmental Health & Safety and EHOM.",
        "**3. Baseline screening",
        "All covered individuals complete a TB risk assessment, symptom review and an interferon-gamma release assay (IGRA) before assignment. A tuberculin skin test may be used only when an IGRA cannot be obtained.",
        "**4. Annual screening",
        "4.1 Employees in high-risk groups (Appendix A) receive annual IGRA testing. 4.2 All other covered employees complete an annual symptom questionnaire and education module.",
        "**5. Positive results",
        "Employees with a new positive test receive a chest radiograph and clinical evaluation by an EHOM provider before clearance. Treatment for latent TB infection is offered at no cost. Supervisors are informed only of clearance status.",
        "**6. Confidentiality",
        "Test results are maintained in the confidential employee health record, separate from personnel files, and are disclosed only as permitted by law.",
        "**Appendix A - High-risk groups",
        "BSL-3 laboratory personnel; non-human primate handlers; NBMC emergency department, pulmonary and bronchoscopy staff; employees with a documented exposure.",
    ])
    return attach(m, docx, "EH-104_TB_Screening_rev4.docx", DOCX)

@reg("clean", "training")
def train4():
    m = mk("Denise Harbaugh <dharbaugh@northbridge.example>",
           "Front Desk Team <eh-frontdesk@northbridge.example>",
           "Training: reading an eligibility response (sample, not a real person)", dt(10, 15, 13, 30))
    return text(m, """Hi front desk team,

For Thursday's billing huddle. We occasionally need to check whether a
non-work-related referral goes to someone's own insurance. Below is a
SAMPLE 271 eligibility response from the payer's companion guide - the
subscriber "SAMPLE, PERSON" and all IDs are made up by the payer for
training. Walk through the segments marked with arrows.

ISA*00*          *00*          *ZZ*PAYERSAMPLE    *ZZ*PROVSAMPLE     *240101*1200*^*00501*000000001*0*T*:~
ST*271*0001*005010X279A1~
NM1*IL*1*SAMPLE*PERSON****MI*SAMPLE0000001~    <-- subscriber name and member ID
DMG*D8*19000101*U~                             <-- date of birth / gender (placeholder)
EB*1*IND*30**EXAMPLE PPO~                      <-- "1" = active coverage
EB*C*IND*30***23*500~                          <-- "C" = deductible, 23 = calendar year, $500
EB*B*IND*98***27*30~                           <-- "B" = copay, 98 = professional visit, $30
SE*7*0001~

Things to remember:
 - ISA15 = "T" means a test file; production is "P".
 - Never use a real employee's 271 for training - use this one.
 - Work-related visits (exposures, injuries, surveillance) are NEVER billed to
   personal insurance; they go to the department or workers' comp.

Denise
""")

@reg("clean", "training")
def train5():
    m = mk(TOM, "Facilities Supervisors <fac-supervisors@facilities.northbridge.example>",
           "How to fill out the Supervisor's Report of Injury - worked example", dt(3, 1, 10, 0))
    text(m, """Supervisors,

Several reports this winter came to me missing key fields, which delays
claims. Attached is a one-page guide with a completed EXAMPLE. The example
employee "Jane Doe" and everything about her is made up.

Key points:
 - Report within 24 hours, even if the employee says they're fine.
 - Describe what happened, not what you think caused it.
 - Don't write medical opinions. "Says her wrist hurts" is fine;
   "probably sprained" is not your call.
 - Send it to me, not to Employee Health - I route it.

""" + SIG_TOM + "\n")
    pdf = make_pdf([
        "SUPERVISOR'S REPORT OF INJURY - HOW TO COMPLETE (WORKED EXAMPLE)",
        "*** EXAMPLE ONLY - FICTITIOUS EMPLOYEE - DO NOT SUBMIT ***",
        "",
        "Employee name:    Jane Doe (example)          Employee ID: 00000000",
        "Department:       Facilities - Custodial Zone 9 (example)",
        "Date/time:        01/01/20XX  06:30",
        "Location:         Example Hall, loading dock",
        "What happened:    Employee reports slipping on ice while carrying",
        "                  recycling bins to the dumpster; landed on outstretched hand.",
        "Body part:        Left wrist (as reported by employee)",
        "Witnesses:        John Roe (example), custodian",
        "Reported to supervisor: 01/01/20XX 06:40",
        "Sent for care:    [X] Employee Health  [ ] Ridgeline  [ ] ED  [ ] Declined",
        "Corrective action: Ice melt added to dock inspection checklist.",
        "",
        "Send completed form to Risk Management, fax 555-0173 or tkessler@northbridge.example",
    ], title="Supervisor report of injury - example")
    return attach(m, pdf, "Supervisor_Report_of_Injury_GUIDE.pdf", "application/pdf")

@reg("clean", "training")
def train6():
    m = mk(BEN, "Respirator Program Contacts <resp-contacts@ehs.northbridge.example>",
           "Blank respirator medical questionnaire (2024) for new hires", dt(8, 5, 9, 45))
    return text(m, """Hi all,

Several departments asked for the blank form so new hires can fill it out
before their appointment. It's the OSHA Appendix C questionnaire with our
cover page. Employees should bring it in a sealed envelope or complete it
online in OccuLink - supervisors should not read the answers.

---------- Respirator Medical Evaluation Questionnaire (BLANK) ----------
Employee name: ...........
Employee ID: .............
Date of birth: ...........
Job title: ...............
Respirator type: ......... [ ] N95  [ ] Half-face  [ ] Full-face  [ ] PAPR
Date completed: ..........

Part A Section 2 (answer Yes / No)
  Q1  Current smoker: ..................................
  Q3a Seizures: ........................................
  Q3c Allergic reactions that interfere with breathing:
  Q3d Claustrophobia: ..................................
  Q4b Asthma: ..........................................
  Q5  Shortness of breath walking on level ground: .....
  Q7  Medication for breathing problems: ...............
  Q9  Problems using respirator in the past: ...........
  Q10 Would like to talk to provider about answers: ....

The reviewing provider will contact the employee directly if needed.
Supervisors receive only: cleared / not cleared / cleared with conditions.

Ben Achterberg
Fit Test / Audiometry Technician, EHOM | 555-0118
""")

# =====================================================================
# main
# =====================================================================
EXPECTED = {
    ("phi", "care"): 8, ("phi", "names"): 8, ("phi", "self"): 7, ("phi", "ids"): 8,
    ("phi", "lists"): 7, ("phi", "struct"): 7, ("phi", "lang"): 8,
    ("clean", "staff"): 7, ("clean", "admin"): 7, ("clean", "lookalike"): 7,
    ("clean", "news"): 6, ("clean", "training"): 6,
}

def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(outdir, exist_ok=True)
    counts = {}
    rows = []
    for label, kind, patient, fn in REG:
        counts[(label, kind)] = counts.get((label, kind), 0) + 1
        n = counts[(label, kind)]
        msg = fn()
        fname = "%s-%s-%03d.eml" % (label, kind, n)
        with open(os.path.join(outdir, fname), "wb") as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        rows.append((fname, label, kind, patient))
    assert counts == EXPECTED, counts
    assert sum(counts.values()) == 86 and len(rows) == 86
    assert sum(v for (l, k), v in counts.items() if l == "phi") == 53
    assert sum(v for (l, k), v in counts.items() if l == "clean") == 33
    with open(os.path.join(outdir, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "label", "kind", "patient_name"])
        for r in rows:
            w.writerow(r)
    for (label, kind), c in EXPECTED.items():
        print("%s-%s: %d" % (label, kind, counts[(label, kind)]))
    print("total: %d" % len(rows))

if __name__ == "__main__":
    main()
