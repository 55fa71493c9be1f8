#!/usr/bin/env python3
"""Blind evaluation mail set: life & disability insurer, claims and underwriting.

Everything here is invented. Run:  python3 gen.py OUTDIR
Standard library only, deterministic (random.seed(SEED)).
"""
import sys
import os
import io
import csv
import json
import random
import zipfile
import datetime
from xml.sax.saxutils import escape as xesc
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

SEED = 7702
random.seed(SEED)

OUT = sys.argv[1] if len(sys.argv) > 1 else "."
os.makedirs(OUT, exist_ok=True)

ROWS = []
COUNTS = {}

# ----------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------

def when(y, m, d, hh=None, mm=None):
    if hh is None:
        hh = random.randint(7, 17)
    if mm is None:
        mm = random.randint(0, 59)
    off = -5 if 3 < m < 11 else -6
    tz = datetime.timezone(datetime.timedelta(hours=off))
    return datetime.datetime(y, m, d, hh, mm, random.randint(0, 59), tzinfo=tz)


def hexid(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def msgid(domain):
    return "<%s.%s@%s>" % (hexid(12), "".join(random.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10)), domain)


def qt(text):
    """quote a block with '> '"""
    out = []
    for line in text.split("\n"):
        out.append(">" if line == "" else "> " + line)
    return "\n".join(out)


def zput(z, name, data):
    zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
    zi.compress_type = zipfile.ZIP_DEFLATED
    if isinstance(data, str):
        data = data.encode("utf-8")
    z.writestr(zi, data)


def colname(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet="Sheet1"):
    srows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (colname(c), r)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xesc(str(v))))
        srows.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % "".join(srows))
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
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        zput(z, "[Content_Types].xml", ct)
        zput(z, "_rels/.rels", rels)
        zput(z, "xl/workbook.xml", wb)
        zput(z, "xl/_rels/workbook.xml.rels", wbrels)
        zput(z, "xl/worksheets/sheet1.xml", sheet_xml)
    return buf.getvalue()


def make_docx(paragraphs):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(p) for p in paragraphs)
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
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        zput(z, "[Content_Types].xml", ct)
        zput(z, "_rels/.rels", rels)
        zput(z, "word/document.xml", doc)
    return buf.getvalue()


def make_pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 10 Tf 54 740 Td 14 TL\n" + "".join("(%s) Tj T*\n" % esc(l) for l in lines) + "ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length %d >>\nstream\n%s\nendstream" % (len(content.encode("latin-1")), content),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1")
    x = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)).encode()
    return out


def fake_jpeg(n=900):
    head = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00"
            b"\xff\xdb\x00\x43\x00" + bytes(random.randint(1, 60) for _ in range(64)))
    return head + bytes(random.getrandbits(8) for _ in range(n)) + b"\xff\xd9"


def make_ics(uid, start, end, summary, location, desc, organizer):
    return "\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Ashgrove Mutual//Calendar 4.2//EN", "METHOD:REQUEST",
        "BEGIN:VEVENT", "UID:%s" % uid, "DTSTAMP:%s" % start, "DTSTART:%s" % start, "DTEND:%s" % end,
        "SUMMARY:%s" % summary, "LOCATION:%s" % location, "DESCRIPTION:%s" % desc,
        "ORGANIZER:mailto:%s" % organizer, "END:VEVENT", "END:VCALENDAR", ""])


def to_csv(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def emit(label, kind, patient, frm, to, subject, date, body, cc=None, html=None,
         attachments=(), headers=(), reply=False):
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to if isinstance(to, str) else ", ".join(to)
    if cc:
        msg["Cc"] = cc if isinstance(cc, str) else ", ".join(cc)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    dom = frm.rsplit("@", 1)[-1].strip(">").strip()
    msg["Message-ID"] = msgid(dom)
    if reply:
        ref = msgid(random.choice(["ashgrovemutual.com", "mail.example.net", dom]))
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in headers:
        msg[k] = v
    msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype="html")
    for att in attachments:
        fname, ctype, data = att
        maintype, subtype = ctype.split("/")
        if isinstance(data, EmailMessage):
            msg.add_attachment(data, filename=fname)
        elif isinstance(data, str):
            msg.add_attachment(data, subtype=subtype, filename=fname)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    key = (label, kind)
    COUNTS[key] = COUNTS.get(key, 0) + 1
    fn = "%s-%s-%03d.eml" % (label, kind, COUNTS[key])
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(msg.as_bytes(policy=policy.SMTP))
    ROWS.append((fn, label, kind, patient))


# ----------------------------------------------------------------------------
# the company and its people (all invented)
# ----------------------------------------------------------------------------

CO = "Ashgrove Mutual Life & Disability"
DOM = "ashgrovemutual.com"
ADDR = "7400 Marquette Ridge Pkwy, Suite 400 | Bloomington, MN 55438"
FAX = "612-555-0199"

STAFF = {
    "renee": ("Renee Castellano", "Senior Disability Claims Examiner", "rcastellano", "612-555-0143"),
    "marcus": ("Marcus Feld", "LTD Claims Specialist", "mfeld", "612-555-0147"),
    "janelle": ("Janelle Whitcomb", "Short-Term Disability Examiner", "jwhitcomb", "612-555-0131"),
    "priya": ("Priya Raman, RN, CCM", "Nurse Case Manager, Disability Claims", "praman", "612-555-0152"),
    "mercer": ("Alan Mercer, MD", "Medical Director, Underwriting & Claims", "amercer", "612-555-0110"),
    "hannah": ("Hannah Oyelaran", "Underwriter II, Individual Life", "hoyelaran", "612-555-0166"),
    "greg": ("Greg Tillotson, FALU, CLU", "Chief Underwriter", "gtillotson", "612-555-0102"),
    "bethann": ("Beth Ann Kasprzak, CRC", "Vocational Rehabilitation Consultant", "bkasprzak", "612-555-0157"),
    "kevin": ("Kevin Doyle", "Team Lead, Group Disability Claims", "kdoyle", "612-555-0140"),
    "dana": ("Dana Lindqvist", "Underwriting Assistant", "dlindqvist", "612-555-0168"),
    "sofia": ("Sofia Nguyen", "Customer Care Specialist", "snguyen", "612-555-0121"),
    "tomasz": ("Tomasz Wierzbicki", "Disability Claims Examiner", "twierzbicki", "612-555-0149"),
    "lucia": ("Lucia Ferreira", "Bilingual Disability Claims Examiner", "lferreira", "612-555-0138"),
    "yelena": ("Yelena Markova", "Senior Underwriter", "ymarkova", "612-555-0163"),
    "maribel": ("Maribel Santos", "Disability Claims Examiner", "msantos", "612-555-0135"),
    "wei": ("Wei Zhang", "Customer Care Specialist", "wzhang", "612-555-0124"),
    "jr": ("Jean-Robert Toussaint", "New Business Case Manager", "jtoussaint", "612-555-0170"),
    "shawna": ("Shawna Pruitt", "Claims Assistant", "spruitt", "612-555-0133"),
    "carmen": ("Carmen Iglesias", "Policy Service Representative, Life", "ciglesias", "612-555-0119"),
    "luann": ("LuAnn Berglund", "Benefits Specialist, Offsets & Recovery", "lberglund", "612-555-0145"),
    "nora": ("Nora Fitzpatrick", "Director, Claims Operations", "nfitzpatrick", "612-555-0101"),
    "derek": ("Derek Amundson", "Manager, Underwriting Requirements", "damundson", "612-555-0160"),
}


def who(k):
    n, t, e, p = STAFF[k]
    plain = n.split(",")[0]
    return '%s <%s@%s>' % (plain, e, DOM)


def sig(k, full=True):
    n, t, e, p = STAFF[k]
    if not full:
        return "%s\n%s | %s" % (n, t, p)
    return "%s\n%s\n%s\n%s\nP %s | F %s\n%s@%s" % (n, t, CO, ADDR, p, FAX, e, DOM)


DISC = ("CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use "
        "of the intended recipient(s) and may contain confidential and privileged information, including "
        "personal financial or medical information protected by state and federal law. Any unauthorized "
        "review, use, disclosure or distribution is prohibited. If you are not the intended recipient, "
        "please contact the sender by reply e-mail and destroy all copies of the original message.")

DISC_SHORT = ("This message may contain confidential information. If you received it in error, please "
              "notify the sender and delete it.")

INTAKE = "Disability Claims Intake <claimsintake@%s>" % DOM
UWREQ = "UW Requirements <uwrequirements@%s>" % DOM
NEWBIZ = "New Business <newbusiness@%s>" % DOM
LIFESVC = "Life Policy Service <lifeservice@%s>" % DOM


# ============================================================================
# PHI / care
# ============================================================================

emit("phi", "care", "Denise Harwood",
     who("janelle"), INTAKE, "callback for Denise Harwood - Tues AM",
     when(2024, 4, 12, 16, 41),
     """Hi team,

Can someone on the early shift call Denise Harwood back Tuesday morning before 10? She's at 651-555-0178 (home line, no cell). She's been off since 4/2 and is recovering at home. Her daughter Carla is staying with her through the end of the month and helps with the paperwork, so it's OK to talk to Carla if she picks up -- the authorization naming Carla is on file (signed 4/9).

Things to cover:
- she still hasn't gotten the claimant statement packet. Please MAIL it, don't email, she doesn't check email. Address on file is correct: 418 Linden Hollow Rd, Stillwater MN 55082
- her next appt with Dr. Osei is 4/18 -- let her know we'll request the office notes from that visit directly so she doesn't have to bring anything to us
- first payment went out 4/16 by check; the direct deposit form is in the packet if she wants to switch

Thanks!
Janelle

""" + sig("janelle") + "\n\n" + DISC,
     cc=who("kevin"))

emit("phi", "care", "Raymond Okafor",
     "Vantage Paramedical Scheduling <scheduling@vantageparamed.net>", UWREQ,
     "Exam rescheduled - OKAFOR, RAYMOND - Order VPS-2291847",
     when(2024, 6, 5, 13, 22),
     """Good afternoon,

The exam for Raymond Okafor (Ashgrove app 7726631) has been moved from Thursday 06/06 to Saturday 06/08 at 7:30 AM at his home:

    27 Birchwood Ct
    Eagan, MN 55122
    cell 651-555-0119

He asked for the earliest slot so he isn't fasting all morning. Examiner will be Tonya Reyes. He said he'll have his current medicine bottles out for the examiner to copy down, and his wife will let her in -- the front bell doesn't work, use the side door by the garage.

Order includes blood/urine kit, height/weight/BP x3, and the Part II medical questions. An EKG was NOT on the order. Face amount on the requisition is $1,500,000 -- please advise by Friday noon if you want the resting EKG added so Tonya can bring the machine.

Regards,

Kayla Brandvold
Scheduling Coordinator | Vantage Paramedical Services
Twin Cities Region
Ph 763-555-0184  Fx 763-555-0185
scheduling@vantageparamed.net
""",
     headers=[("X-Order-Ref", "VPS-2291847")])

emit("phi", "care", "Marisol Vega",
     who("bethann"), "Trish Lindahl <tlindahl@halvorsenmfg.net>",
     "RE: Marisol's return - start Monday",
     when(2024, 8, 7, 9, 5),
     """Hi Trish,

Good news -- Marisol Vega is released to come back Monday 8/12 on a transitional schedule:

  * weeks 1-2: 4 hrs/day (7:00-11:00)
  * weeks 3-4: 6 hrs/day
  * full shift starting 9/9 if all goes well

Until then: no lifting over 20 lbs, no ladder work, and she needs to be able to sit or stand as she wants (a stool at her station on the packing line would do it). She also has appointments Thursday afternoons at 2:30 through the end of September, so she'll need to leave by 2 on Thursdays.

Can you confirm the line lead is OK with the stool and the Thursday early out? I'll check in with Marisol after her first week and then with you.

Thanks,
Beth Ann

""" + sig("bethann") + """

On Tue, Aug 6, 2024 at 3:12 PM Trish Lindahl <tlindahl@halvorsenmfg.net> wrote:
> Beth Ann, any update on when Marisol can come back? We're short on 2nd line
> and her supervisor keeps asking me. Even part time would help.
>
> Trish Lindahl
> HR Generalist | Halvorsen Manufacturing
> 952-555-0177
""",
     cc="Marco Dufresne <mdufresne@halvorsenmfg.net>", reply=True)

emit("phi", "care", "Tom Beaulieu",
     who("priya"), who("marcus"),
     "coverage while I'm out 7/1-7/5 - Beaulieu",
     when(2024, 6, 28, 15, 50),
     """Marcus -- just one that needs a touch while I'm out.

Tom Beaulieu (LTD 4471-0092): his son Andre called Friday. Tom moved in with his sister in Sauk Rapids after the fall in May and he isn't going back to the Duluth apartment. New mailing address is 1207 Benton Dr N, Apt 3, Sauk Rapids MN 56379. I updated the address screen but the payment file won't pick it up until the 3rd, so please make sure the July check doesn't go to Duluth.

He still goes to the clinic in St. Cloud every other Wednesday, Andre drives him. Andre asked if we can help with mileage -- I said I'd check, can you ask Kevin whether the rehab provision covers it?

Also he'll need a new supplemental statement mailed to the sister's address, and her phone is 320-555-0164 if you need to reach them.

Thx, P

Priya Raman, RN, CCM | Nurse Case Manager | x0152
""")

emit("phi", "care", "Walter Prentiss",
     "Gloria Prentiss <gprentiss@example.net>", INTAKE,
     "Walter Prentiss - forms",
     when(2024, 11, 19, 13, 37),
     """To whom it may concern,

I am writing for my husband Walter Prentiss. He got your letter asking him to call about his long term disability but he isn't able to talk on the phone for very long these days. He sleeps most of the afternoon and the phone menus confuse him.

The home health nurse comes Mondays and Thursdays and the aide is here every morning to help him get up and dressed. I am the one who handles his mail and bills now.

Can you please send any forms to me and I will help him fill them out and sign. His claim number on the letter is LTD 88-20417. Our address is the same, 5512 Grand Ave, Duluth MN 55807.

I can be reached at 218-555-0112, best after 1 pm.

Thank you,
Gloria Prentiss
""")

emit("phi", "care", "Kevin Mroz",
     "Owen Pratt <opratt@northstarvoc.com>", who("bethann"),
     "Mroz - session notes 10/14",
     when(2024, 10, 15, 8, 12),
     """Beth Ann,

Met with Kevin Mroz at the Elk River library yesterday, about 90 minutes. He got there on the bus by himself, which is a step up from last month when his brother had to drive him.

What we did:
- updated his resume (attached to my report, coming with the invoice)
- set up his account on the state job board
- applied to 2 dispatcher openings (Ryder Freight, City of Rogers public works)

He brought up the forklift recert again. I reminded him that's outside his current restrictions and steered him toward the dispatch / customer service route for now. He was OK with it.

He asked if we'd pay for the 6-week Excel class at Anoka Tech ($389, starts 11/4, Tues/Thurs evenings). I think it's a good fit for the dispatch jobs -- can you approve?

Next session 10/28, same place, 10 am.

Owen

Owen Pratt, MS, CRC
Northstar Vocational Partners
(763) 555-0129
""", reply=False)

emit("phi", "care", "Angela Duchesne",
     who("marcus"), who("carmen"),
     "WOP continuation - policy 2207731-L (Duchesne)",
     when(2024, 9, 26, 10, 4),
     """Hi Carmen,

Please continue waiver of premium on Angela Duchesne's policy (2207731-L) through the next review date, 03/31/2025.

I spoke with her husband Luc yesterday -- she's still at home, not working, and has an aide coming in three days a week. The attending physician form came back signed 9/20 from her doctor's office (copy is in imaging under the claim). No change.

Also, a premium due notice went out to her on 9/15 by mistake. Can you reverse it and send the standard "premiums waived" letter so they aren't worried?

Thanks,
Marcus

""" + sig("marcus", full=False))

emit("phi", "care", "Leonard Achterberg",
     "RecordRunner Order Desk <orders@recordrunner-rrs.net>", UWREQ,
     "Order update - ACHTERBERG, LEONARD - RR-2024-558120",
     when(2024, 6, 4, 11, 18),
     """Order #:        RR-2024-558120
Client ref:     Ashgrove UW App 7718204
Patient:        ACHTERBERG, LEONARD
Facility:       Bayside Neurology Associates, Roseville MN
Status:         PENDING - Appointment Scheduled

Note from retrieval specialist (M. Lund):
Spoke with the front desk (Kim). Patient has a follow-up visit on 06/12 and the office would rather release the full chart after that visit so the notes are complete. They'll fax to us by 06/19. Copy fee $25.00 prepaid 5/29.

We'll update this order when records are received. Reply to this message to add instructions.

RecordRunner Retrieval Services | Client Support 1-800-555-0142
""",
     html="""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<table cellpadding="3">
<tr><td><b>Order #</b></td><td>RR-2024-558120</td></tr>
<tr><td><b>Client ref</b></td><td>Ashgrove UW App 7718204</td></tr>
<tr><td><b>Patient</b></td><td>ACHTERBERG, LEONARD</td></tr>
<tr><td><b>Facility</b></td><td>Bayside Neurology Associates, Roseville MN</td></tr>
<tr><td><b>Status</b></td><td style="color:#b36b00">PENDING - Appointment Scheduled</td></tr>
</table>
<p><b>Note from retrieval specialist (M. Lund):</b><br>
Spoke with the front desk (Kim). Patient has a follow-up visit on 06/12 and the office would rather release the full chart after that visit so the notes are complete. They'll fax to us by 06/19. Copy fee $25.00 prepaid 5/29.</p>
<p style="color:#777">RecordRunner Retrieval Services | Client Support 1-800-555-0142</p>
</body></html>""")


# ============================================================================
# PHI / ids
# ============================================================================

emit("phi", "ids", "",
     who("marcus"), who("shawna"),
     "LTD-0048812 - APS 2nd request",
     when(2024, 5, 9, 16, 58),
     """Shawna, APS on LTD-0048812 still not back from the PCP office. 2nd request went out 5/3 by fax. Can you call them Monday and diary 14 days? If we have nothing by 5/20 send the 30-day letter to the claimant.

thx
M
""")

emit("phi", "ids", "",
     who("hannah"), who("dana"),
     "APP 2024-UW-118734 - order APS, hold offer",
     when(2024, 3, 14, 10, 26),
     """Dana --

Labs on 118734 came back: A1c 7.9, fasting glucose 162, urine micro/creat ratio 41. Proposed insured DOB 03/22/1969, 20-yr term $750k, applied preferred.

Rx check only shows metformin 1000 mg BID since 2021.

Please:
1. order APS from the PCP on the Part II (Dr. Anand, Riverbend Internal Medicine) -- last 3 years, include labs and any eye exam / podiatry referral
2. order MVR
3. hold the offer, note to agent that we're waiting on medical records

Thanks,
Hannah

""" + sig("hannah", full=False) + "\n\n" + DISC)

emit("phi", "ids", "",
     who("jr"), "Rob Pelletier <rpelletier@pvbenefits-example.com>",
     "RE: status? policy UL-5520147",
     when(2024, 2, 27, 14, 3),
     """Hi Rob,

We're waiting on the APS from his cardiologist -- ordered 2/14 through our retrieval vendor, the office told them 10-14 business days. Once it's in, Hannah can usually turn it in 2-3 days. I can't promise before 3/15 but I've flagged the age change on the file.

Everything else is in (paramed, blood/urine, EKG, Rx and MIB clear).

JR

""" + sig("jr") + """

-----Original Message-----
From: Rob Pelletier <rpelletier@pvbenefits-example.com>
Sent: Tuesday, February 27, 2024 11:48 AM
To: New Business <newbusiness@ashgrovemutual.com>
Subject: status? policy UL-5520147

Hi, checking on my client's UL app, policy # UL-5520147. Paramed was done 2/10, he said the blood draw went fine. Anything outstanding from the doctor? He's getting antsy and wants it placed before his birthday 3/15 (age change).

Thanks,
Rob Pelletier
Pelletier & Vance Benefits
o 952-555-0108 | c 612-555-0191
""", reply=True)

emit("phi", "ids", "",
     who("janelle"), "Ruth Ankeny <rankeny@kessingfoods.com>",
     "RE: STD claim 24-STD-09917 - RTW date?",
     when(2024, 4, 23, 9, 40),
     """Hi Ruth,

Per the most recent medical we have, estimated RTW is 5/13, full duty, no restrictions noted. If that changes I'll let you know.

Yes -- if your policy requires a fitness-for-duty form, please send it to her directly; it needs to be completed by her treating provider, we don't collect it on our side.

Janelle

""" + sig("janelle") + """

From: Ruth Ankeny <rankeny@kessingfoods.com>
Sent: Monday, April 22, 2024 4:15 PM
To: Disability Claims Intake <claimsintake@ashgrovemutual.com>
Subject: STD claim 24-STD-09917 - RTW date?

Hello,

Our employee (Emp ID 448120) has an open STD claim 24-STD-09917. Her last day worked was 3/29/2024. Can you tell us the expected return to work date? We need to plan coverage on 2nd shift.

Also, does she need a fitness for duty form from her doctor before she comes back?

Thank you,
Ruth Ankeny
HR Generalist, Kessing Foods Inc.
Plant 2 - Shakopee | 952-555-0155
""" + "\n" + DISC, reply=True)

emit("phi", "ids", "",
     "RecordRunner Order Desk <orders@recordrunner-rrs.net>", UWREQ,
     "NO RECORDS - RR-2024-771203",
     when(2024, 8, 21, 7, 2),
     """NO RECORDS FOUND

Order #:            RR-2024-771203
Client ref:         Ashgrove claim 3381-STD
Provider:           Maple Grove Urgent Care, 9870 Hemlock Ln N, Maple Grove MN
Identifiers given:  DOB 11/04/1958 | SSN ***-**-6621
Dates requested:    01/01/2022 - present

Provider response: No records located for the dates of service requested under the name or DOB provided. Provider checked the prior EHR as well.

The signed certification of no records is attached. This order is now closed; no charge.

RecordRunner Retrieval Services
""",
     attachments=[("RR-2024-771203_CertNoRecords.pdf", "application/pdf", make_pdf([
         "MAPLE GROVE URGENT CARE - HEALTH INFORMATION MANAGEMENT",
         "CERTIFICATION OF NO RECORDS",
         "",
         "Requestor: RecordRunner Retrieval Services, order RR-2024-771203",
         "On behalf of: Ashgrove Mutual Life & Disability, claim 3381-STD",
         "Patient DOB: 11/04/1958     SSN (last 4): 6621",
         "Dates of service requested: 01/01/2022 to present",
         "",
         "I certify that a diligent search was made of our medical records and",
         "no records were found for the above individual for the dates requested.",
         "",
         "Signed: T. Haugen, RHIT, Release of Information     Date: 08/20/2024",
     ]))])

emit("phi", "ids", "",
     who("luann"), who("marcus"),
     "SSDI award rec'd - 3309-LTD-2211 - overpayment calc",
     when(2024, 4, 2, 11, 31),
     """Marcus,

Received the SSA award letter for 3309-LTD-2211 today (scanned into imaging 4/2).

Primary award $2,140/mo eff 09/2023
Dependent (minor child) $1,070/mo eff 09/2023
Retro paid by SSA 03/2024

Reimbursement agreement is on file, signed 11/02/2023. SSN on the award letter matches the file (xxx-xx-4087).

Overpayment: 7 months x $3,210 = $22,470.00 (calc attached)
Net LTD going forward: $1,385.12/mo (gross $4,595.12 less $3,210.00 SSDI)

Please review before I send the OP letter -- I want to make sure you agree on the 9/2023 start since the claimant's attorney fee came out of the retro.

LuAnn

""" + sig("luann", full=False),
     attachments=[("3309-LTD-2211_OP_calc.csv", "text/csv", to_csv([
         ["claim", "month", "gross_ltd", "ssdi_primary", "ssdi_dependent", "net_should_have_paid", "net_paid", "overpaid"],
         ["3309-LTD-2211", "2023-09", "4595.12", "2140.00", "1070.00", "1385.12", "4595.12", "3210.00"],
         ["3309-LTD-2211", "2023-10", "4595.12", "2140.00", "1070.00", "1385.12", "4595.12", "3210.00"],
         ["3309-LTD-2211", "2023-11", "4595.12", "2140.00", "1070.00", "1385.12", "4595.12", "3210.00"],
         ["3309-LTD-2211", "2023-12", "4595.12", "2140.00", "1070.00", "1385.12", "4595.12", "3210.00"],
         ["3309-LTD-2211", "2024-01", "4595.12", "2140.00", "1070.00", "1385.12", "4595.12", "3210.00"],
         ["3309-LTD-2211", "2024-02", "4595.12", "2140.00", "1070.00", "1385.12", "4595.12", "3210.00"],
         ["3309-LTD-2211", "2024-03", "4595.12", "2140.00", "1070.00", "1385.12", "4595.12", "3210.00"],
         ["", "TOTAL", "", "", "", "", "", "22470.00"],
     ]))])

emit("phi", "ids", "",
     "ClaimsVision Notifications <noreply-claimsvision@ashgrovemutual.com>", who("janelle"),
     "[Diary] STD 5581930 - RTW date reached",
     when(2024, 6, 17, 6, 0),
     """*** AUTOMATED DIARY NOTIFICATION - DO NOT REPLY ***

Diary type:        RTW follow-up
Claim:             STD 5581930
Claimant ID:       C-00918822
Group / Division:  GL-30418 / 002
Examiner:          WHITCOMB, J.
Estimated RTW:     06/17/2024
Last medical rec'd:05/20/2024 - restrictions: no use of R hand, no keyboarding
Benefit paid thru: 06/16/2024

Action required: Confirm RTW with employer or obtain updated medical. Benefits will not be released past the paid-through date until this diary is cleared.

ClaimsVision 9.4 | prod-cv-app03
""",
     html="""<html><body style="font-family:Segoe UI,Arial;font-size:12px">
<p><b>AUTOMATED DIARY NOTIFICATION - DO NOT REPLY</b></p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><td>Diary type</td><td>RTW follow-up</td></tr>
<tr><td>Claim</td><td>STD 5581930</td></tr>
<tr><td>Claimant ID</td><td>C-00918822</td></tr>
<tr><td>Group / Division</td><td>GL-30418 / 002</td></tr>
<tr><td>Examiner</td><td>WHITCOMB, J.</td></tr>
<tr><td>Estimated RTW</td><td>06/17/2024</td></tr>
<tr><td>Last medical rec'd</td><td>05/20/2024 - restrictions: no use of R hand, no keyboarding</td></tr>
<tr><td>Benefit paid thru</td><td>06/16/2024</td></tr>
</table>
<p>Action required: Confirm RTW with employer or obtain updated medical.</p>
<p style="color:#888">ClaimsVision 9.4 | prod-cv-app03</p></body></html>""",
     headers=[("Auto-Submitted", "auto-generated"), ("X-CV-Diary-ID", "DRY-20240617-004471")])

emit("phi", "ids", "",
     who("yelena"), "Interview Team <teleinterview@lumencall-services.com>",
     "add questions - APP# 7730219 - Thurs 2pm call",
     when(2024, 10, 8, 15, 12),
     """Hi team,

For the tele-interview Thursday on APP# 7730219 (DOB 08/30/1975), please add the following. Rx check came back with:

  - gabapentin 300 mg, fills 02/2023 - 09/2023
  - sertraline 50 mg, ongoing, last fill 09/2024
  - prescriber: family medicine NP, North Loop Clinic

Applicant answered "no" to the nervous/mental and the neurological questions on the app.

Please ask:
  a) reason for each medication and who prescribed it
  b) dates of diagnosis / start
  c) any time off work, any ER visit or hospital stay
  d) name of any counselor or therapist seen in the last 5 years

Send the recording link along with the transcript. Thanks!

Yelena

""" + sig("yelena") + "\n\n" + DISC)


# ============================================================================
# PHI / lang
# ============================================================================

emit("phi", "lang", "José Luis Paredes",
     who("lucia"), "José Luis Paredes <jlparedes@example.com>",
     "RE: Reclamo de incapacidad - José Paredes - no he recibido pago",
     when(2024, 4, 3, 10, 15),
     """Buenos días Sr. Paredes:

Recibimos la declaración del Dr. Ramírez el 2 de abril, gracias. Su reclamo de incapacidad a corto plazo quedó aprobado del 21 de marzo al 9 de mayo. El primer pago se deposita en su cuenta en 3 a 5 días hábiles; en el portal va a cambiar de "pendiente" a "pagado" mañana.

Si el doctor le extiende la incapacidad después de la cita del 7 de mayo, pídale que nos mande por fax la nota actualizada al 612-555-0199 con su número de reclamo.

Saludos cordiales,

Lucia Ferreira
Examinadora de Reclamos de Incapacidad (Bilingüe)
Ashgrove Mutual Life & Disability
612-555-0138

-----Mensaje original-----
De: José Luis Paredes <jlparedes@example.com>
Enviado: lunes, 1 de abril de 2024 18:52
Para: lferreira@ashgrovemutual.com
Asunto: Reclamo de incapacidad - José Paredes - no he recibido pago

Buenas tardes Sra. Ferreira,

Le escribo porque todavía no he recibido el pago de mi incapacidad de corto plazo. Me operaron de la rodilla derecha el 14 de marzo en el hospital St. Luke's y el doctor me dijo que no puedo trabajar por lo menos 8 semanas. Ya mandé la forma que llenó el doctor Ramírez por fax el viernes pasado, pero en el portal todavía dice "pendiente".

Mi número de reclamo es STD-2024-0183347. Trabajo en Kessing Foods en el área de carga y como no puedo estar de pie mucho tiempo ni subir escaleras, no hay trabajo liviano para mí ahorita.

Tengo terapia física los martes y jueves, así que es mejor llamarme en la mañana al 952-555-0137.

¿Me puede decir cuándo van a depositar el pago? Tengo que pagar la renta el primero.

Gracias por su ayuda,
José Luis Paredes
""", reply=True)

emit("phi", "lang", "Krzysztof Wiśniewski",
     "Bożena Wiśniewska <bozena.wisniewska@example.net>", who("tomasz"),
     "Mąż - Krzysztof Wiśniewski - roszczenie LTD 5520-0318",
     when(2024, 2, 12, 19, 44),
     """Dzień dobry Panie Tomaszu,

piszę w imieniu męża, Krzysztofa Wiśniewskiego (numer roszczenia LTD 5520-0318). Od dwóch tygodni mąż leży na oddziale rehabilitacji w szpitalu Regions po udarze. Lekarz mówi, że zostanie tam jeszcze co najmniej trzy tygodnie, a potem będzie potrzebował fizjoterapii w domu, trzy razy w tygodniu.

Dostaliśmy list z prośbą o wypełnienie oświadczenia ubezpieczonego. Mąż na razie nie może pisać prawą ręką i ma kłopoty z mówieniem. Czy mogę podpisać formularz za niego? Mam pełnomocnictwo notarialne z 2021 roku - mogę przesłać skan.

Czy mógłby Pan też sprawdzić, czy szpital wysłał już dokumentację medyczną? Pani z oddziału mówiła, że wyślą faksem w tym tygodniu.

Pracodawca (Halvorsen Manufacturing) pytał mnie też, do kiedy mąż będzie na zwolnieniu - nie wiem, co im odpowiedzieć.

Z poważaniem
Bożena Wiśniewska
tel. 763-555-0126

Wysłano z aplikacji Poczta
""")

emit("phi", "lang", "Lê Thị Hoa",
     "Nguyen Thu Ha <thuha.nguyen@example.com>", who("sofia"),
     "Về hợp đồng của mẹ tôi - Lê Thị Hoa - miễn đóng phí",
     when(2024, 10, 2, 20, 8),
     """Chào chị Sofia,

Em là Hà, con gái của bà Lê Thị Hoa (số hợp đồng bảo hiểm nhân thọ 3390-1172-L). Mẹ em vừa nhận được thư yêu cầu nộp lại giấy xác nhận của bác sĩ để tiếp tục được miễn đóng phí bảo hiểm.

Mẹ em vẫn đang hóa trị mỗi ba tuần ở bệnh viện Abbott, và bác sĩ Phan nói phải điều trị thêm ít nhất 4 tháng nữa. Sau mỗi lần truyền mẹ em rất mệt, nằm cả tuần, nên không thể tự đi lấy giấy tờ được.

Em có thể mang mẫu đơn đến phòng khám nhờ bác sĩ ký rồi gửi fax cho chị được không ạ? Số fax vẫn là 612-555-0199 phải không chị?

Ngày sinh của mẹ em là 05/12/1957, địa chỉ vẫn như cũ: 3325 Cedar Ave S, Minneapolis MN 55407.

Em cảm ơn chị nhiều.
Hà
(612) 555-0158
""")

emit("phi", "lang", "Rafael Menezes",
     "Rafael Menezes <rafa.menezes@example.net>", who("lucia"),
     "Liberação do médico - volta ao trabalho",
     when(2024, 7, 23, 21, 3),
     """Olá Lucia, tudo bem?

Estive na consulta com o ortopedista ontem (dia 22) e ele me liberou para voltar ao trabalho a partir de segunda-feira, dia 29, mas só meio período nas duas primeiras semanas e sem ficar de pé por mais de uma hora seguida. Ainda estou usando a bota ortopédica por causa da fratura no tornozelo.

Já avisei a minha supervisora na Brightwater, a Denise, e ela disse que pode me colocar no escritório de despacho durante esse tempo.

Queria saber como fica o meu benefício nesse período de meio período. Vou receber alguma parte ainda? O número do meu sinistro é 24-STD-11240.

Mandei a carta do médico em anexo (tirei foto com o celular, espero que dê para ler).

Obrigado!
Rafael Menezes
(651) 555-0149

Enviado do meu iPhone
""",
     attachments=[("IMG_4471.jpg", "image/jpeg", fake_jpeg(1400))])

emit("phi", "lang", "Marie-Carmelle Joseph",
     "Marie-Carmelle Joseph <mcjoseph@example.com>", who("jr"),
     "Egzamen medikal pou asirans lavi a",
     when(2024, 5, 16, 7, 26),
     """Bonjou Mesye Toussaint,

Se Marie-Carmelle Joseph k ap ekri w. Mwen te aplike pou asirans lavi atravè Pelletier & Vance, e yo di m se ou menm k ap okipe dosye m nan (aplikasyon #7741093).

Enfimyè a te vin lakay mwen madi pase pou l pran san ak pipi, men jodi a yo rele m pou di fòk mwen refè egzamen an paske youn nan tib san yo te kase nan bwat la. Mwen pa konprann poukisa se mwen ki dwe rekòmanse.

Anplis, mwen te bliye di enfimyè a ke mwen pran yon grenn pou tansyon (lisinopril 10 mg) chak maten depi 2019. Èske sa ap chanje pri asirans lan?

Mwen disponib lendi oswa mèkredi maten anvan 9è, paske m travay aprè midi. Nimewo telefòn mwen se 763-555-0190.

Mèsi anpil,
Marie-Carmelle Joseph
""")

emit("phi", "lang", "Dmitri Sokolov",
     who("yelena"), "Dmitri Sokolov <d.sokolov81@example.net>",
     "RE: Результаты анализов - заявка 7729940",
     when(2024, 9, 11, 12, 20),
     """Дмитрий, добрый день.

Да, пересмотр возможен. Пришлите, пожалуйста, копию новых результатов (АЛТ, АСТ, ГГТ) с датой и названием лаборатории, а также короткую записку от терапевта про курс антибиотиков. Если всё в норме, мы сможем пересмотреть тариф без повторного обследования.

С уважением,
Елена Маркова
Senior Underwriter, Ashgrove Mutual Life & Disability
612-555-0163

-----Original Message-----
From: Dmitri Sokolov <d.sokolov81@example.net>
Sent: Tuesday, September 10, 2024 9:47 PM
To: Yelena Markova <ymarkova@ashgrovemutual.com>
Subject: Результаты анализов - заявка 7729940

Здравствуйте, Елена!

Агент сказал, что мне предложили полис не по стандартному тарифу, а с надбавкой из-за анализа крови (печёночные пробы). Можно узнать, какие именно показатели были повышены?

Дело в том, что за две недели до обследования я принимал антибиотики (амоксициллин) после удаления зуба, и мой терапевт считает, что это могло повлиять на результат. В прошлом месяце я пересдал анализы в клинике - АЛТ и АСТ в норме. Могу прислать копию.

Если пересмотр возможен, что для этого нужно? Номер заявки 7729940, дата рождения 17.06.1981.

С уважением,
Дмитрий Соколов
+1 (952) 555-0183
""", reply=True)

emit("phi", "lang", "Maricel Dizon",
     "Maricel Dizon <maricel.dizon@example.com>", who("maribel"),
     "STD claim ko - Maricel Dizon",
     when(2024, 8, 1, 22, 14),
     """Hi Ma'am Maribel,

Magandang gabi po. Ako po si Maricel Dizon, yung caregiver sa Evergreen Senior Living na nag-file ng short term disability noong July 8. Na-injure po ang likod ko habang binubuhat ko ang isang resident at hanggang ngayon masakit pa rin, lalo na pag matagal akong nakaupo o nakatayo.

Nagpa-MRI na po ako noong Martes at sabi ni Dr. Villanueva may herniated disc daw sa L4-L5. Bibigyan daw po niya ako ng bagong note na hindi pa ako pwedeng bumalik sa trabaho hanggang September 15. Saan ko po ba dapat ipadala yung note, dito sa email o sa fax?

Tanong ko lang din po kung kailan papasok yung unang bayad. Wala pa po kasi akong natatanggap simula nung huminto ako, at may binabayaran pa po ako na gamot at therapy.

Claim number ko po: 24-STD-10388

Maraming salamat po,
Maricel
(612) 555-0171

Sent from my Samsung Galaxy smartphone.
""")

emit("phi", "lang", "陈国良",
     "Lei Chen <chenlei.mn@example.com>", who("wei"),
     "关于我父亲陈国良的长期残障理赔 LTD-0051176",
     when(2024, 11, 6, 12, 55),
     """张先生您好，

我是陈国良的儿子陈磊。我父亲的长期残障理赔号码是 LTD-0051176。上个月您寄来的《主治医生声明》表格，我们已经请心脏科的刘医生填好了，但是医生办公室说他们只能直接传真给保险公司，不能交给家属。请问你们的传真号码是多少？

另外，我父亲八月份做了心脏搭桥手术以后，一直在做心脏康复训练，每周三次。医生说他至少还要六个月才能考虑回去工作。他以前是餐馆的厨师，需要长时间站立和搬重的东西。

父亲的英文不太好，以后有什么问题可以直接打电话给我：(651) 555-0124。父亲已经签了授权书，同意你们和我沟通。

谢谢！
陈磊
""")

# ============================================================================
# PHI / lists
# ============================================================================

aps_rows = [
    ("Hollis, Bradley J", "04/11/1972", "7719022", "Riverbend Internal Medicine", "04/02/24", "2nd req faxed 4/30"),
    ("Szabo, Irene", "09/30/1966", "7720418", "Twin Lakes Cardiology", "04/05/24", "office wants $75 fee - OK?"),
    ("Delacroix, Andre", "12/02/1980", "7720977", "North Loop Clinic (psych NP)", "04/09/24", "auth rejected - expired"),
    ("Mbeki, Thandiwe", "06/14/1977", "7721350", "Fairview Oncology Assoc", "04/11/24", "partial rec'd, labs missing"),
    ("Gunderson, Paul", "02/28/1959", "7721602", "Lakeview Family Medicine", "04/15/24", "scheduled pickup 5/15"),
    ("Ortiz-Bell, Camila", "10/19/1988", "7722045", "Orchard Hill Orthopaedics", "04/18/24", "no response x2"),
    ("Whitford, James", "07/07/1963", "7722211", "Metro GI Specialists", "04/22/24", "in QA at vendor"),
    ("Nakamura, Ken", "03/03/1970", "7722890", "Bayside Neurology Assoc", "04/25/24", "pending - pt appt 5/20"),
]
days = [41, 38, 34, 32, 28, 25, 21, 18]
tbl = ["| Applicant            | DOB        | App #   | Provider                        | Ordered  | Days | Status                          |",
       "|----------------------|------------|---------|---------------------------------|----------|------|---------------------------------|"]
for r, d in zip(aps_rows, days):
    tbl.append("| %-20s | %s | %s | %-31s | %s | %4d | %-31s |" % (r[0], r[1], r[2], r[3], r[4], d, r[5]))
emit("phi", "lists", "; ".join(r[0] for r in aps_rows),
     who("dana"), "Individual Life UW Team <uw-individual@%s>" % DOM,
     "Outstanding APS aging - wk of 5/13",
     when(2024, 5, 13, 8, 31),
     """Morning all,

Here's the APS aging for anything over 14 days. Highlights: Szabo's cardiologist wants a $75 copy fee (over our $50 cap, need approval), Delacroix needs a new auth -- the one on file expired 4/1, and Mbeki came in partial with no labs.

""" + "\n".join(tbl) + """

Let me know if any of these should be cancelled or if you want to go to the agent for the ones with no response.

Dana

""" + sig("dana", full=False) + "\n\n" + DISC,
     cc=who("derek"))

rr_rows = [["Order #", "Client Ref", "Patient Last", "Patient First", "DOB", "Facility", "Records Requested", "Ordered", "Status", "Days Open"]]
rr_data = [
    ("RR-2024-801144", "UW 7731002", "PELLEGRINO", "MARIA", "1971-05-22", "Twin Lakes Cardiology", "Office notes, echo, stress test 2021-present", "2024-09-03", "Awaiting provider", 36),
    ("RR-2024-801390", "LTD-0050712", "HAGEN", "ERIK", "1968-11-09", "Orchard Hill Orthopaedics", "Office notes, op report, PT notes 01/2024-present", "2024-09-05", "Fee invoice sent", 34),
    ("RR-2024-802017", "UW 7731566", "ABDI", "FARHIYA", "1985-02-17", "Cedar Riverside Community Clinic", "Complete chart 5 yrs", "2024-09-09", "Auth issue - sig missing", 30),
    ("RR-2024-802455", "STD 5590114", "KOWALSKI", "DEREK", "1979-08-30", "Lakeview Family Medicine", "Office notes 06/2024-present", "2024-09-11", "Scheduled pickup 10/14", 28),
    ("RR-2024-803001", "UW 7732010", "RIVERA", "LUZ", "1990-04-04", "Women's Health Partners", "Prenatal records 2024", "2024-09-16", "Awaiting provider", 23),
    ("RR-2024-803478", "LTD-0049920", "VOLLMER", "THERESA", "1974-12-12", "Northside Rheumatology", "Office notes, labs 2022-present", "2024-09-18", "Partial received", 21),
    ("RR-2024-803902", "UW 7732477", "LINDGREN", "OSCAR", "1958-07-01", "Metro Urology Group", "Office notes, PSA history, biopsy path", "2024-09-20", "In QA", 19),
    ("RR-2024-804230", "WOP 2207731-L", "DUCHESNE", "ANGELA", "1962-03-15", "United Neuro Rehab", "Progress notes 03/2024-present", "2024-09-23", "Awaiting provider", 16),
    ("RR-2024-804611", "STD 5590876", "THAO", "KOU", "1983-10-27", "HealthEast Sleep Center", "Sleep study, CPAP compliance", "2024-09-25", "Awaiting provider", 14),
    ("RR-2024-805002", "UW 7733120", "MORRISSEY", "COLLEEN", "1966-01-08", "Behavioral Health Associates", "Psychiatric eval and med mgmt notes", "2024-09-27", "Provider requires specific auth", 12),
    ("RR-2024-805377", "LTD-0051176", "CHEN", "GUOLIANG", "1961-06-19", "Heart & Vascular Clinic", "Cardiac rehab notes, op report CABG", "2024-09-30", "Awaiting provider", 9),
    ("RR-2024-805790", "UW 7733588", "BJORKLUND", "SIGRID", "1955-09-14", "Lakeview Family Medicine", "Office notes, labs 3 yrs", "2024-10-02", "New", 7),
]
for r in rr_data:
    rr_rows.append(list(r))
emit("phi", "lists", "; ".join("%s %s" % (r[3].title(), r[2].title()) for r in rr_data),
     "Jill Sandquist <jsandquist@recordrunner-rrs.net>", UWREQ,
     "Ashgrove Mutual - weekly open order report (acct 40-1187)",
     when(2024, 10, 9, 7, 45),
     """Hi Derek and team,

Attached is this week's open-order report for account 40-1187. 63 open orders total; the attachment is the 12 that are past 7 days and need attention. Two need action from your side:

  - one order needs a re-signed authorization (signature missing on page 2)
  - one behavioral health provider requires a specific authorization naming their practice

Let me know of any cancellations by Friday so they come off next week's invoice.

Thanks,
Jill

Jill Sandquist | Client Success Manager
RecordRunner Retrieval Services
direct 651-555-0193 | support 1-800-555-0142
www.recordrunner-rrs.net

""" + DISC_SHORT,
     cc=who("derek"),
     attachments=[("Ashgrove_OpenOrders_2024-10-09.csv", "text/csv", to_csv(rr_rows))])

kf_rows = [["Employee", "Emp ID", "Dept", "Leave Type", "Leave Start", "Exp RTW", "Ashgrove Claim #", "HR Notes"],
           ["Paredes, Jose Luis", "447913", "Shipping/Receiving", "STD", "03/15/2024", "05/10/2024", "STD-2024-0183347", "knee surgery 3/14, PT 2x/wk"],
           ["Ankrum, Tasha", "448120", "Production L2", "STD", "03/29/2024", "05/13/2024", "24-STD-09917", "FFD form sent 4/23"],
           ["Bui, Tien", "446502", "Sanitation", "STD", "04/08/2024", "06/03/2024", "24-STD-10044", "maternity - delivered 4/10"],
           ["Grell, Martin", "431077", "Maintenance", "LTD", "09/12/2023", "unknown", "LTD-0047210", "back surgery x2, on LTD since 3/2024"],
           ["Yusuf, Hodan", "449650", "QA Lab", "STD", "04/22/2024", "05/06/2024", "pending", "gallbladder removal, outpatient"],
           ["Sorensen, Kyle", "440318", "Production L1", "STD", "04/01/2024", "TBD", "24-STD-09985", "hospitalized 4/1-4/9 (psych) - intermittent after"],
           ["Marsh, Delia", "438884", "Office", "STD", "04/29/2024", "07/22/2024", "pending", "chemo - per employee, 12 wks"]]
emit("phi", "lists", "; ".join(r[0] for r in kf_rows[1:]),
     "Ruth Ankeny <rankeny@kessingfoods.com>", who("kevin"),
     "April leave reconciliation - Kessing Foods GL-30418",
     when(2024, 5, 1, 14, 9),
     """Hi Kevin,

Attached is our April leave reconciliation for Plant 2. Can your team compare to what you have open and let me know of any differences? Two of them show "pending" on our side because we haven't gotten the acknowledgment letter yet.

Also -- is there any way to get a monthly report from you instead of me building this by hand? Our broker (Rob at Pelletier & Vance) said other carriers do that.

Thank you!
Ruth

Ruth Ankeny
HR Generalist, Kessing Foods Inc.
Plant 2 - Shakopee | 952-555-0155
""",
     cc="Rob Pelletier <rpelletier@pvbenefits-example.com>",
     attachments=[("KF_Plant2_LOA_recon_Apr2024.xlsx",
                   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                   make_xlsx(kf_rows, "April LOA"))])

exam_lines = [
    ("07:00", "Farrah Osei-Bonsu", "02/19/1984", "full paramed + blood/urine + EKG", "1150 Ridgeview Ln, Plymouth", "hard stick per 2022 exam - use butterfly"),
    ("07:45", "Gregory Lindahl", "11/30/1961", "paramed + blood/urine + EKG + cognitive screen", "4408 Vernon Ave S, Edina", "age 62, $3M"),
    ("08:30", "Shirin Tehrani", "05/05/1979", "mini-med + blood/urine", "Ashgrove office - exam room B", ""),
    ("09:15", "Luis Ochoa", "08/21/1990", "blood/urine only", "ExamPoint Bloomington clinic", "type 1 diabetic - ok to eat after draw, bring juice"),
    ("10:30", "Pamela Krantz", "01/13/1957", "paramed + blood/urine + EKG", "220 Lakeshore Dr #5, Wayzata", "on oxygen at night - per agent"),
    ("11:15", "Jerome Whitaker", "07/02/1973", "paramed + blood/urine", "8791 Jewel Ln, Maple Grove", "reschedule #2"),
    ("13:00", "Anh Pham", "03/27/1986", "blood/urine + vitals", "Brightwater Logistics (employer site), Eagan", "EOI - group LTD buy-up"),
]
el = ["  %s  %s - %s - %s" % (t, n, d, r) + ("\n           %s%s" % (a, (" | " + note) if note else "")) for t, n, d, r, a, note in exam_lines]
emit("phi", "lists", "; ".join(e[1] for e in exam_lines),
     "Vantage Paramedical Scheduling <scheduling@vantageparamed.net>", UWREQ,
     "Tomorrow's Ashgrove exams - Twin Cities - Thu 6/20",
     when(2024, 6, 19, 16, 5),
     """Ashgrove Mutual - confirmed exams for Thursday 06/20/2024
Examiners: T. Reyes (AM), D. Whitebird (PM)

""" + "\n".join(el) + """

All kits shipped from Clearwater Lab, lot on kits CWL-24-0611. Fasting requested for all AM blood draws.

Please call by 7 PM tonight if any order should be cancelled.

Kayla Brandvold
Scheduling Coordinator | Vantage Paramedical Services
Ph 763-555-0184  Fx 763-555-0185
""")

ltd_rev = [
    ("LTD-0046120", "Kowalczyk, Dorota", "Neuro - MS", "07/18/2024", "07/01/2024", "RC"),
    ("LTD-0046488", "Beaulieu, Thomas", "Musculoskel - hip fx / falls", "n/a (any occ)", "07/15/2024", "MF"),
    ("LTD-0047210", "Grell, Martin", "Musculoskel - lumbar", "09/12/2025", "08/01/2024", "MF"),
    ("LTD-0047795", "Petrakis, Helen", "Mental/nervous - MDD", "10/31/2025", "08/05/2024", "RC"),
    ("LTD-0048812", "Sandoval, Ruben", "Cardiac - CHF", "11/02/2025", "08/12/2024", "TW"),
    ("LTD-0049102", "Ellingson, Faye", "Cancer - breast", "01/20/2026", "08/19/2024", "TW"),
    ("LTD-0049920", "Vollmer, Theresa", "Rheum - fibromyalgia", "04/01/2026", "09/03/2024", "RC"),
    ("LTD-0050333", "Okeke, Emmanuel", "Renal - dialysis", "05/15/2026", "09/16/2024", "MS"),
]
tsv = ["Claim #\tClaimant\tDx category\tOwn occ ends\tNext review\tExaminer"]
for r in ltd_rev:
    tsv.append("\t".join(r))
emit("phi", "lists", "; ".join(r[1] for r in ltd_rev),
     who("kevin"), "LTD Claims Team <ltd-team@%s>" % DOM,
     "Q3 LTD reviews - please claim yours",
     when(2024, 6, 24, 8, 2),
     """Team,

Pasted below from the review tracker. These are the LTD files with a scheduled review in Q3. Examiner initials are my first pass -- swap with each other if you need to, just update the tracker.

""" + "\n".join(tsv) + """

Reminders:
- Kowalczyk and Petrakis have limitation/definition changes coming -- start the IME conversation now, not in month 23
- Okeke: dialysis schedule changed, confirm with the nephrology office before you send the APS

Thanks,
Kevin

""" + sig("kevin", full=False))

emit("phi", "lists", "Ofelia Brandt; Terrence Vail; Nadia Haddad; Curtis Wendt; Rosa Ybarra; Leonard Fisk",
     who("priya"), [who("renee"), who("tomasz"), who("maribel")],
     "NCM caseload for Monday huddle",
     when(2024, 8, 16, 16, 33),
     """Hi all - my active list for Monday. The ones with * need a decision from the examiner this week.

- Ofelia Brandt -- rotator cuff repair 6/28, PT 3x/wk at Viking PT, FCE scheduled 8/20. Surgeon expects MMI ~10/1.
- Terrence Vail * -- depression/anxiety, sees psychiatrist monthly + weekly therapy. RTW trial 7/1 didn't hold (2 days). Needs updated restrictions, psych office slow.
- Nadia Haddad -- 32 wks pregnant, on bed rest since 8/5 for pre-eclampsia. Delivery planned ~9/20. Normal maternity duration after.
- Curtis Wendt * -- post CABG 7/9, in cardiac rehab 3x/wk. Cardiologist note says no lifting >10 lb until 9/15. Employer has no light duty (mover).
- Rosa Ybarra -- carpal tunnel release R 8/2, L side scheduled 9/12. Splint, hand therapy.
- Leonard Fisk * -- ESRD, dialysis M/W/F. Was approved STD, transitioning to LTD 9/1. Need the LTD packet out Monday.

Thanks!
Priya

Priya Raman, RN, CCM
Nurse Case Manager, Disability Claims | x0152
""")

wop = [
    ("1198204-L", "Hargrove, Dennis M", "03/09/1955", "06/2019", "ALS", "05/2024", "11/15/2024"),
    ("2207731-L", "Duchesne, Angela", "03/15/1962", "02/2023", "CVA w/ R hemiparesis", "09/2024", "11/15/2024"),
    ("2310948-L", "Ferreira-Lopes, Antonio", "10/01/1968", "08/2021", "Parkinson's", "10/2023", "11/20/2024"),
    ("3390-1172-L", "Le, Thi Hoa", "12/05/1957", "04/2024", "Ovarian ca - chemo", "04/2024", "11/20/2024"),
    ("3402877-L", "Brooks, Calvin", "07/22/1971", "01/2022", "TBI - MVA", "11/2023", "11/22/2024"),
    ("3518826-UL", "Nystrom, Karen", "05/30/1964", "09/2020", "COPD, on home O2", "10/2023", "11/29/2024"),
]
wl = ["Policy         Insured                    DOB         Onset    Cause                   Last APS  Recert due",
      "-------------- -------------------------- ----------  -------  ----------------------  --------  ----------"]
for r in wop:
    wl.append("%-14s %-26s %-10s  %-7s  %-22s  %-8s  %s" % r)
emit("phi", "lists", "; ".join(r[1] for r in wop),
     who("carmen"), [who("marcus"), who("renee")],
     "WOP recerts due in November",
     when(2024, 10, 21, 9, 48),
     """Hi Marcus, Renee,

Here's the November waiver of premium recertification list. Letters go out 30 days before the due date unless you tell me to skip (ALS and Parkinson's cases we normally only do every 2 years -- confirm?).

""" + "\n".join(wl) + """

Carmen

""" + sig("carmen") + "\n\n" + DISC)


# ============================================================================
# PHI / names
# ============================================================================

emit("phi", "names", "Dorota Kowalczyk",
     who("renee"), who("marcus"),
     "Kowalczyk - own occ decision",
     when(2024, 2, 20, 15, 17),
     """Marcus,

Finished going through the neuro records on Mrs. Kowalczyk last night. The flare in January put her in Methodist for 4 days (IV steroids) and the new MRI shows two new enhancing lesions. Dr. Haldane's note says she can't do the sustained fine motor work her job needs -- she's a dental hygienist, so that's basically the whole job.

I think we approve through the own-occ period and set up an IME around month 20, before the definition changes. Any objection?

She also mentioned on the phone that she's starting Ocrevus infusions in March, every 6 months. I'll ask the office for the infusion schedule so we're not requesting records the week she's wiped out.

Renee
""")

emit("phi", "names", "Darnell",
     who("hannah"), who("mercer"),
     "quick look? app 7724415",
     when(2024, 1, 30, 11, 2),
     """Dr. Mercer,

Can you look at Darnell's file when you get a minute? 58 y/o male, $2M UL, broker is Ostrander.

Cardiology note from Sept: EF 35-40%, ICD placed 2022, NYHA class II, on Entresto, carvedilol, spironolactone. No shocks since placement per the device check. Still works full time as a civil engineer, walks 3 miles a day.

My read is decline per the manual, but Ostrander is pushing for a table 8 and says another carrier offered. Happy to be told I'm wrong.

Thanks,
Hannah
""")

emit("phi", "names", "Helen Petrakis",
     who("renee"), who("kevin"),
     "Petrakis, Helen - LTD 24-month M/N limitation",
     when(2024, 8, 28, 14, 25),
     """Kevin,

Heads up on this one because it'll probably end up in appeals.

She's been on LTD since 11/2022 for major depression. Inpatient at Prairie Care 10 days in Oct 2022, then a partial hospitalization program, now weekly therapy and monthly med checks with her psychiatrist (Dr. Lemke). Meds changed again in June. The 24-month mental/nervous limitation runs out 10/31/2024.

Dr. Lemke's latest APS says "unable to return to any work at this time" but doesn't list any physical condition, so under the policy benefits would end 10/31. She told me on the phone last week that she's also being worked up for a thyroid problem and has had "heart racing" -- if there's a physical diagnosis that independently supports disability, that changes things.

Plan: request PCP and endocrinology records now, send the 60-day notice of the limitation, and offer her a call with Beth Ann about vocational services.

Let me know if you want to staff it with Dr. Mercer first.

Renee

""" + sig("renee", full=False))

emit("phi", "names", "Robert (Bobby) Tran",
     who("bethann"), who("tomasz"),
     "Bobby - RTW plan",
     when(2025, 3, 6, 10, 40),
     """Tomasz,

Just got off the phone with Bobby -- Robert Tran on the claim, he goes by Bobby. Chemo cycle 6 done 2/28, port comes out next week. The oncologist wants one more PET in April before releasing him, so I don't expect anything in writing before end of April.

He wants to be back at the shop as foreman by May, even part time. He says his energy is "about 60%" and the numbness in his feet is the main thing (steel toes are rough). I suggested we talk to the employer about a graduated schedule and letting him spend the first weeks on paperwork/scheduling instead of the floor.

OK if I reach out to his HR now so it's set up when the release comes? I'd rather not wait.

Beth Ann
""")

emit("phi", "names", "Chidi Okonkwo",
     who("maribel"), who("kevin"),
     "Re: Chidi Okonkwo - pending",
     when(2024, 7, 12, 16, 2),
     """Spoke with the oncology office. Last infusion was 7/2, next scan end of August. They'll fax the notes Monday. I'll leave the claim pended until then and send the claimant a status letter today so he isn't left wondering.

-M
""", reply=True)

emit("phi", "names", "Shirley Abernathy",
     who("kevin"), [who("marcus"), who("janelle")],
     "RE: RE: STD extension - need 2nd opinion",
     when(2024, 7, 3, 8, 55),
     """Agree. Approve thru 8/31 and diary for updated wound care notes + the surgeon's f/u on 8/20.

Kevin

-----Original Message-----
From: Marcus Feld <mfeld@ashgrovemutual.com>
Sent: Tuesday, July 2, 2024 5:21 PM
To: Kevin Doyle <kdoyle@ashgrovemutual.com>
Cc: Janelle Whitcomb <jwhitcomb@ashgrovemutual.com>
Subject: RE: STD extension - need 2nd opinion

Kevin -- see Janelle's note below. I'd approve; the duration guideline for the original surgery doesn't really apply once she was readmitted. Your call.

M

-----Original Message-----
From: Janelle Whitcomb <jwhitcomb@ashgrovemutual.com>
Sent: Tuesday, July 2, 2024 2:48 PM
To: Marcus Feld <mfeld@ashgrovemutual.com>
Subject: STD extension - need 2nd opinion

Marcus, can I get a second set of eyes before I extend this one?

Claimant Shirley Abernathy, cashier at Kessing's retail store, off since 6/10 for gallbladder surgery. Normal duration would have her back around 6/24, but she developed an infection at the incision site and was readmitted 6/18-6/24. Now has a wound vac, home health nurse comes twice a week for dressing changes. Surgeon estimates another 6-8 weeks. She's also diabetic and the note says sugars have been hard to control, which is slowing the healing.

I'd like to extend to 8/31. Too long?

Thanks,
Janelle
""", reply=True)

emit("phi", "names", "Sean McAllister",
     who("yelena"), who("mercer"),
     "MD referral - McAllister, $1.5M term - AFib s/p ablation",
     when(2024, 4, 17, 13, 30),
     """Dr. Mercer,

Requesting your review:

Applicant: Sean McAllister, 52 M, 20-yr term $1.5M, applied preferred plus.
History: paroxysmal AFib dx 2019, failed flecainide, catheter ablation 2021 at Abbott. No recurrence on 2023 Holter per the cardiology APS. Still on Eliquis 5 mg BID, CHA2DS2-VASc 0 per the note (not sure why still anticoagulated -- cardiologist doesn't say).
Echo 2023: normal LV size/function, mild LA enlargement.
Labs: normal except NT-proBNP 142. BMI 27.4. Nonsmoker.

Manual gives standard to table 2 depending on time since ablation and on continued anticoagulation. I'm leaning standard. Does the ongoing Eliquis change your view?

Thanks,
Yelena

""" + sig("yelena", full=False),
     html="""<html><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Dr. Mercer,</p><p>Requesting your review:</p>
<p><b>Applicant:</b> Sean McAllister, 52 M, 20-yr term $1.5M, applied preferred plus.<br>
<b>History:</b> paroxysmal AFib dx 2019, failed flecainide, catheter ablation 2021 at Abbott. No recurrence on 2023 Holter per the cardiology APS. Still on Eliquis 5 mg BID, CHA2DS2-VASc 0 per the note (not sure why still anticoagulated -- cardiologist doesn't say).<br>
<b>Echo 2023:</b> normal LV size/function, mild LA enlargement.<br>
<b>Labs:</b> normal except NT-proBNP 142. BMI 27.4. Nonsmoker.</p>
<p>Manual gives standard to table 2 depending on time since ablation and on continued anticoagulation. I'm leaning standard. Does the ongoing Eliquis change your view?</p>
<p>Thanks,<br>Yelena</p>
<p style="font-size:9pt;color:#555">Yelena Markova<br>Senior Underwriter | 612-555-0163</p>
</body></html>""")

emit("phi", "names", "Lorraine Pickett",
     "Sara Ostrander <sara@ostranderbenefits.com>", who("renee"),
     "Fwd: IME letter",
     when(2024, 9, 5, 17, 44),
     """Hi Renee,

My client Lorraine asked me to pass this along -- see below. She's pretty anxious about the IME. Is there anything you can share about what it involves and whether she can bring her husband? I told her I'd ask.

Thanks,
Sara

Sara Ostrander
Principal | Ostrander Benefits Group
(952) 555-0117

---------- Forwarded message ---------
From: Lorraine Pickett <lpickett@example.net>
Date: Thu, Sep 5, 2024 at 2:10 PM
Subject: IME letter
To: Sara Ostrander <sara@ostranderbenefits.com>

Sara, I got a letter from Ashgrove saying I have to see a doctor in Minneapolis on 9/24 for an "independent medical exam". I can't drive that far with how bad the pain has been, the fibromyalgia flares every time I sit in the car more than 30 minutes and I'm on the gabapentin which makes me foggy. My rheumatologist already sent them everything. Why do they need this? Do I have to go? Can Gary come in the room with me?

Lorraine
""")


# ============================================================================
# PHI / self
# ============================================================================

emit("phi", "self", "Dale Hendricks",
     "Dale Hendricks <dhendricks52@example.net>", who("marcus"),
     "LTD payment not received - Dale Hendricks",
     when(2024, 3, 4, 7, 12),
     """Mr. Feld,

My LTD payment for February hasn't shown up in my account. It was always there by the 1st. I called the 800 number Friday and was on hold 40 minutes and then got disconnected.

I've been on LTD since my lumbar fusion in 2022 and I sent in the form from Dr. Carlsen in January like you asked, so I don't know what else you need. If there's a problem I'd appreciate a call instead of just stopping the check. I've got the pain clinic copay and my mortgage coming out this week.

Claim number is LTD-0045537.

Dale Hendricks
320-555-0146
""")

emit("phi", "self", "Jennifer Salo",
     "Jennifer Salo <jensalo88@example.com>", NEWBIZ,
     "my application",
     when(2024, 5, 30, 21, 47),
     """hi, i did the blood draw and all that last week (the lady came to my house thurs) and was wondering when i find out about my policy? the agent is on vacation

also i forgot to say on the questions that i take levothyroxine for my thyroid, 75 mcg, since like 2020. does that matter?? dont want it to be a problem later

thanks
- jen salo
612-555-0182

Sent from my iPhone
""")

emit("phi", "self", "Kayla Brenner",
     "Kayla Brenner <kbrenner.home@example.com>", INTAKE,
     "Question about STD for maternity leave",
     when(2024, 7, 22, 12, 18),
     """Hello,

I work at Brightwater Logistics (dispatch office) and I'm covered under your short-term disability plan through work. I'm due October 3rd, but my OB has scheduled a c-section for September 26th because the baby is breech and I had one with my first.

A few questions:
1. Can I start the claim now or do I have to wait until after the delivery?
2. Is it 6 weeks or 8 weeks for a c-section? HR said 8 but the booklet is confusing.
3. My doctor wants me to stop working a week early (around 9/19) because of my blood pressure. Would that week be covered too?
4. Does my husband need to be on anything since I'll be in the hospital?

My employee ID is 520388 and my date of birth is 02/14/1992 if you need it.

Thank you!
Kayla Brenner
(651) 555-0175
""")

appeal = [
    "Theresa Vollmer",
    "2290 Fernwood Ln, Woodbury, MN 55125",
    "September 30, 2024",
    "Ashgrove Mutual Life & Disability - Appeals Unit",
    "RE: Request for appeal of LTD denial, claim LTD-0049920",
    "",
    "To the Appeals Committee:",
    "",
    "I am writing to appeal the decision dated August 12, 2024 to terminate my long term disability benefits. "
    "The letter says my records do not support restrictions that prevent sedentary work. I disagree.",
    "",
    "I have been diagnosed with fibromyalgia (2019) and chronic fatigue syndrome (2021) by Dr. Naomi Sahli at "
    "Northside Rheumatology. I also see Dr. Peter Ruud for sleep and have been treated for major depression since 2022. "
    "My current medications are duloxetine 60 mg, pregabalin 150 mg twice a day, trazodone 50 mg and low dose naltrexone.",
    "",
    "On a good day I can sit for about 30 minutes before the pain in my hips and back makes me get up. I need to lie down "
    "for 2 to 3 hours every afternoon. I cannot predict which days will be bad, and I had 14 bad days in August alone (log attached).",
    "",
    "Your reviewing doctor never examined me. I am asking that my file be reviewed again with the enclosed letter from "
    "Dr. Sahli dated 9/18/2024 and the functional capacity evaluation from Courage Kenny dated 9/9/2024, which found I can "
    "sit for less than 2 hours total in an 8 hour day.",
    "",
    "Sincerely,",
    "Theresa Vollmer",
]
emit("phi", "self", "Theresa Vollmer",
     "Theresa Vollmer <tvollmer@example.com>", "Appeals <appeals@%s>" % DOM,
     "Appeal - LTD-0049920 - Theresa Vollmer",
     when(2024, 9, 30, 23, 5),
     """To whom it may concern,

Attached is my appeal letter for the termination of my long term disability benefits (claim LTD-0049920). I am also mailing a paper copy with the FCE report and Dr. Sahli's letter by certified mail today.

Please confirm you received this. I was told I have 180 days but I don't want any question about whether it was on time.

Theresa Vollmer
651-555-0102
""",
     attachments=[("Vollmer_appeal_LTD-0049920.docx",
                   "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                   make_docx(appeal))])

emit("phi", "self", "Harold Benning",
     "Harold Benning <hbenning@example.org>", LIFESVC,
     "Waiver of premium - policy 1877402-L",
     when(2024, 11, 8, 10, 30),
     """Good morning,

I received the form asking me to confirm I am still disabled so my premiums stay waived on policy 1877402-L. I had the stroke in March of last year and I still can't use my left arm and I'm not able to go back to driving truck. My neurologist wrote the attached letter and I had her office fill out your form too, they said they faxed it Tuesday.

My wife typed this for me. If you need anything else please call the house, 507-555-0131.

Thank you,
Harold Benning
""",
     attachments=[("Dr_Ostby_letter_Benning.pdf", "application/pdf", make_pdf([
         "SOUTHERN LAKES NEUROLOGY",
         "1400 Bridge St, Mankato MN 56001   Tel 507-555-0188   Fax 507-555-0189",
         "",
         "November 4, 2024",
         "",
         "To Whom It May Concern:",
         "",
         "Harold Benning (DOB 04/02/1958) has been under my care since his right MCA",
         "ischemic stroke on 03/11/2023. He has persistent left upper extremity weakness",
         "(2/5 grip), left visual field deficit and fatigue. He is not able to perform",
         "the duties of a commercial truck driver or any occupation requiring use of",
         "both hands. I do not expect meaningful improvement. He remains on",
         "clopidogrel, atorvastatin and lisinopril and attends outpatient OT monthly.",
         "",
         "Ingrid Ostby, MD",
     ]))])

emit("phi", "self", "Nathan Greer",
     "Nathan Greer <ngreer@example.net>", who("hannah"),
     "Re: your offer - sleep apnea rating",
     when(2024, 12, 3, 13, 59),
     """Hi Hannah,

My agent forwarded your note that the policy was approved at table 4 because of my sleep apnea. I understand it's a risk but I've been on CPAP every night since 2021 and my last sleep study showed the AHI went from 38 to 3 with the machine. I've lost 40 lbs since then too.

I've attached the 90-day compliance download from my ResMed app -- average use is 7 hrs 12 min a night, 98% of nights over 4 hours.

Would you reconsider? Standard or even table 2 I'd take today.

Thanks,
Nathan Greer
App 7734012
""",
     attachments=[("cpap_compliance_90day.csv", "text/csv", to_csv(
         [["date_range", "nights_used", "nights_over_4h", "avg_usage_hrs", "avg_ahi", "leak_95pct_Lmin", "pressure_95pct_cmH2O"]] +
         [["2024-09-01..2024-09-30", "30", "29", "7.1", "3.2", "18.4", "11.6"],
          ["2024-10-01..2024-10-31", "31", "31", "7.3", "2.9", "17.0", "11.4"],
          ["2024-11-01..2024-11-29", "29", "28", "7.2", "3.1", "19.2", "11.8"]]))],
     reply=True)

emit("phi", "self", "Alyssa Moreau",
     "Alyssa Moreau <alyssa.m@example.com>", who("tomasz"),
     "part time question",
     when(2024, 10, 17, 18, 40),
     """Hi Tomasz, my therapist thinks I could try 20 hrs/week starting in November. I still have EMDR Tues and my psychiatrist every other Fri, so I'd need those afternoons off. How would that work with my LTD payments? I don't want to lose everything if it doesn't work out like last time.

Alyssa

Sent from my Galaxy
""")

# ============================================================================
# PHI / struct
# ============================================================================

hl7 = "\r".join([
    "MSH|^~\\&|CWLIS|CLEARWATER INS LAB|ASHGROVE_UW|ASHGROVE|20240612041502||ORU^R01|CWL0612004471|P|2.5.1",
    "PID|1||CWL-24-0611-00318^^^CWL^SR~7726631^^^ASHGROVE^AN||OKAFOR^RAYMOND^C||19710109|M|||27 BIRCHWOOD CT^^EAGAN^MN^55122||^PRN^PH^^1^651^5550119",
    "ORC|RE|VPS-2291847|CWL0612004471",
    "OBR|1|VPS-2291847|CWL0612004471|INSPROF^INSURANCE PROFILE BLOOD/URINE^L|||20240608073500|||||||20240610091200||||||||20240612041500|||F",
    "OBX|1|NM|2093-3^Cholesterol^LN||231|mg/dL|<200|H|||F",
    "OBX|2|NM|2085-9^HDL^LN||38|mg/dL|>39|L|||F",
    "OBX|3|NM|9830-1^Chol/HDL ratio^LN||6.1||<5.0|H|||F",
    "OBX|4|NM|2345-7^Glucose^LN||118|mg/dL|70-99|H|||F",
    "OBX|5|NM|4548-4^Hemoglobin A1c^LN||6.3|%|<5.7|H|||F",
    "OBX|6|NM|2324-2^GGT^LN||88|U/L|0-65|H|||F",
    "OBX|7|NM|1742-6^ALT^LN||52|U/L|0-44|H|||F",
    "OBX|8|NM|2160-0^Creatinine^LN||1.02|mg/dL|0.70-1.30||||F",
    "OBX|9|NM|33762-6^NT-proBNP^LN||61|pg/mL|<125||||F",
    "OBX|10|ST|10366-3^Cotinine^LN||NEGATIVE||NEGATIVE||||F",
    "OBX|11|ST|7918-6^HIV 1+2 Ab^LN||NONREACTIVE||NONREACTIVE||||F",
    "OBX|12|NM|2161-8^Urine creatinine^LN||142|mg/dL|20-400||||F",
    "OBX|13|ST|5792-7^Urine glucose^LN||NEGATIVE||NEGATIVE||||F",
    "OBX|14|ST|20518-7^Urine cocaine metab^LN||NEGATIVE||NEGATIVE||||F",
    "NTE|1||Specimen received ambient, 2 days in transit. Fasting status per examiner: 11 hrs.",
])
emit("phi", "struct", "Raymond Okafor",
     "Clearwater Insurance Laboratory <results@cwinslab.com>", UWREQ,
     "CWL results - Ashgrove - specimen CWL-24-0611-00318",
     when(2024, 6, 12, 4, 15),
     "Automated result delivery for Ashgrove Mutual. HL7 message follows; the same file has been posted to your SFTP folder /outbound/2024/06/12.\n\n"
     + hl7.replace("\r", "\n") +
     "\n\nClearwater Insurance Laboratory | Client Services 1-800-555-0176\n",
     attachments=[("CWL0612004471.hl7", "application/hl7-v2", hl7.encode("ascii"))],
     headers=[("Auto-Submitted", "auto-generated")])

edi = "~\n".join([
    "ISA*00*          *00*          *ZZ*BRIGHTWATERLOG *ZZ*ASHGROVEMUT    *240401*0615*^*00501*000004471*0*P*:",
    "GS*BE*BRIGHTWATERLOG*ASHGROVEMUT*20240401*0615*4471*X*005010X220A1",
    "ST*834*0001*005010X220A1",
    "BGN*00*BWL20240401*20240401*0615****4",
    "REF*38*GL-41207",
    "DTP*007*D8*20240401",
    "N1*P5*BRIGHTWATER LOGISTICS LLC*FI*410000000",
    "N1*IN*ASHGROVE MUTUAL LIFE AND DISABILITY*FI*410000001",
    "INS*Y*18*021*28*A***FT",
    "REF*0F*521907644",
    "REF*1L*GL-41207",
    "DTP*336*D8*20190715",
    "NM1*IL*1*PHAM*ANH****34*521907644",
    "PER*IP**HP*6515550166",
    "N3*2210 CLIFF RD APT 114",
    "N4*EAGAN*MN*55122",
    "DMG*D8*19860327*F",
    "HD*021**LTD*LTD BUY-UP 66.67PCT",
    "DTP*348*D8*20240401",
    "REF*17*EOI PENDING - PARAMED 06/20/2024",
    "INS*Y*18*021*28*A***FT",
    "REF*0F*498330172",
    "REF*1L*GL-41207",
    "DTP*336*D8*20121001",
    "NM1*IL*1*BRENNER*KAYLA****34*498330172",
    "N3*775 HOMESTEAD LN",
    "N4*WOODBURY*MN*55129",
    "DMG*D8*19920214*F",
    "HD*021**STD*STD 60PCT WK1 DAY8",
    "DTP*348*D8*20240101",
    "HD*021**VLI*SUPP LIFE 3X SALARY",
    "DTP*348*D8*20240401",
    "REF*17*EOI APPROVED 03/22/2024",
    "INS*Y*18*024*AC*A***FT",
    "REF*0F*477201559",
    "REF*1L*GL-41207",
    "DTP*336*D8*20150302",
    "NM1*IL*1*MENEZES*RAFAEL****34*477201559",
    "N3*94 MAPLE ST E",
    "N4*SAINT PAUL*MN*55117",
    "DMG*D8*19880911*M",
    "HD*024**LTD*LTD CORE 60PCT",
    "DTP*349*D8*20240331",
    "REF*17*TERM REASON LEAVE - ON STD CLAIM 24-STD-11240",
    "SE*43*0001",
    "GE*1*4471",
    "IEA*1*000004471",
]) + "~\n"
emit("phi", "struct", "Anh Pham; Kayla Brenner; Rafael Menezes",
     "Benefits Admin <benefits@brightwaterlog.net>", "EDI Enrollment <edi-enrollment@%s>" % DOM,
     "834 file - Brightwater Logistics - GL-41207 - 04/01/2024",
     when(2024, 4, 1, 6, 20),
     """Hi,

Attached is our 834 change file for 4/1. Three changes this cycle. Please note the Menezes record -- our system termed his LTD core in error when his leave started, please DO NOT process that term; he is still an active employee on leave. I'll send a corrected file Monday.

Thanks,
Kim Thorsen
Benefits Administrator
Brightwater Logistics LLC | 651-555-0140
""",
     attachments=[("BWL_834_20240401.edi", "application/edi-x12", edi.encode("ascii"))])

fhir = {
    "resourceType": "Bundle",
    "type": "collection",
    "timestamp": "2024-09-19T14:02:11-05:00",
    "entry": [
        {"resource": {"resourceType": "Patient", "id": "pt-88120",
                      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "MRN00481733"}],
                      "name": [{"family": "Hagen", "given": ["Erik", "J"]}],
                      "gender": "male", "birthDate": "1968-11-09",
                      "telecom": [{"system": "phone", "value": "952-555-0161"}],
                      "address": [{"line": ["6120 Blue Heron Trl"], "city": "Chanhassen", "state": "MN", "postalCode": "55317"}]}},
        {"resource": {"resourceType": "Condition", "id": "c1",
                      "subject": {"reference": "Patient/pt-88120"},
                      "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "M75.121",
                                           "display": "Complete rotator cuff tear, right shoulder, not traumatic"}]},
                      "onsetDateTime": "2024-01-08", "clinicalStatus": {"text": "active"}}},
        {"resource": {"resourceType": "Procedure", "id": "p1", "status": "completed",
                      "subject": {"reference": "Patient/pt-88120"},
                      "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "29827",
                                           "display": "Arthroscopic rotator cuff repair"}]},
                      "performedDateTime": "2024-02-14"}},
        {"resource": {"resourceType": "Encounter", "id": "e7", "status": "finished",
                      "subject": {"reference": "Patient/pt-88120"},
                      "period": {"start": "2024-08-29T09:40:00-05:00"},
                      "reasonCode": [{"text": "Post-op follow up, 28 wks. Persistent weakness in external rotation. Continue restrictions: no overhead reaching R arm, lift max 10 lb."}]}},
        {"resource": {"resourceType": "MedicationStatement", "id": "m1", "status": "active",
                      "subject": {"reference": "Patient/pt-88120"},
                      "medicationCodeableConcept": {"text": "meloxicam 15 mg tablet daily"}}},
    ],
}
emit("phi", "struct", "Erik Hagen",
     "Records Release <roi@orchardhillortho.org>", "RecordRunner Intake <intake@recordrunner-rrs.net>",
     "Records - order RR-2024-801390 - electronic copy",
     when(2024, 9, 19, 14, 10),
     """Per your request and the authorization on file, the requested records are attached as a FHIR export from our patient portal. Paper op report and PT notes will follow by fax.

Please remit the $18.50 electronic copy fee per the invoice sent 9/12.

Release of Information
Orchard Hill Orthopaedics | 952-555-0150 | Fax 952-555-0151
""",
     attachments=[("RR-2024-801390_export.json", "application/json", json.dumps(fhir, indent=2))])

ccda = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="CCD-20240911-4471"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Lakeview Family Medicine - Continuity of Care Document</title>
  <effectiveTime value="20240911101500-0500"/>
  <recordTarget>
    <patientRole>
      <id extension="LFM-220871" root="2.16.840.1.113883.19.5.99999.2"/>
      <addr><streetAddressLine>3907 Oakridge Ct</streetAddressLine><city>Savage</city><state>MN</state><postalCode>55378</postalCode></addr>
      <telecom value="tel:+1-952-555-0132"/>
      <patient>
        <name><given>Derek</given><family>Kowalski</family></name>
        <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19790830"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
      <title>Problems</title>
      <text><list>
        <item>Acute lumbar radiculopathy, left (M54.16) - onset 06/03/2024</item>
        <item>Hypertension, essential (I10)</item>
        <item>Obesity, BMI 34 (E66.9)</item>
      </list></text>
    </section></component>
    <component><section>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="Medications"/>
      <title>Medications</title>
      <text><list>
        <item>cyclobenzaprine 10 mg at bedtime</item>
        <item>naproxen 500 mg twice daily</item>
        <item>amlodipine 5 mg daily</item>
      </list></text>
    </section></component>
    <component><section>
      <code code="46240-8" codeSystem="2.16.840.1.113883.6.1" displayName="Encounters"/>
      <title>Encounters</title>
      <text>08/27/2024 office visit - Dr. M. Sundberg. Pain 6/10, positive SLR left. Epidural injection scheduled 9/16. Off work until re-eval 9/30. No lifting &gt; 15 lb, no prolonged driving.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
emit("phi", "struct", "Derek Kowalski",
     "Lakeview Family Medicine - Medical Records <records@lakeviewfamilymed.org>", "RecordRunner Intake <intake@recordrunner-rrs.net>",
     "Re: Records request RR-2024-802455",
     when(2024, 9, 11, 10, 22),
     """Hello,

We do not complete third-party attending physician forms. Attached is the CCD summary for the dates requested in lieu of the form. Full office notes can be sent for the standard copy fee if the insurer still needs them.

Thank you,
Medical Records Dept.
Lakeview Family Medicine
Ph 952-555-0190 / Fax 952-555-0191
""",
     attachments=[("CCD_RR-2024-802455.xml", "application/xml", ccda)],
     reply=True)

pay_hdr = "REC_TYPE|CLAIM_NO|CLAIMANT_NAME|SSN|DOB|PAY_FROM|PAY_TO|GROSS|SSDI_OFFSET|OTHER_OFFSET|FIT|NET|PRIMARY_DX|PAY_METHOD"
pay_rows = [
    "D|LTD-0045537|HENDRICKS, DALE R|472-51-0983|1962-04-18|2024-02-01|2024-02-29|3850.00|1612.00|0.00|223.80|2014.20|M43.16|EFT",
    "D|LTD-0046120|KOWALCZYK, DOROTA|398-20-4417|1975-01-26|2024-02-01|2024-02-29|4210.55|0.00|0.00|421.06|3789.49|G35|EFT",
    "D|LTD-0046488|BEAULIEU, THOMAS E|471-08-2256|1957-09-03|2024-02-01|2024-02-29|2600.00|1488.00|0.00|0.00|1112.00|S72.002D|CHK",
    "D|LTD-0047795|PETRAKIS, HELEN|465-77-3190|1970-06-11|2024-02-01|2024-02-29|3125.00|0.00|412.00|271.30|2441.70|F33.2|EFT",
    "D|LTD-0048812|SANDOVAL, RUBEN|502-39-8861|1966-12-30|2024-02-01|2024-02-29|5000.00|2236.00|0.00|276.40|2487.60|I50.22|EFT",
    "D|3309-LTD-2211|ARNESON, CRAIG L|476-02-4087|1969-08-08|2024-02-01|2024-02-29|4595.12|0.00|0.00|459.51|4135.61|C18.7|EFT",
]
pay = "H|ASHGROVE|LTDPAY|20240301|BATCH 0301-A\n" + pay_hdr + "\n" + "\n".join(pay_rows) + "\nT|6|23380.67|5336.00|412.00|1652.07|15980.60\n"
emit("phi", "struct", "Dale Hendricks; Dorota Kowalczyk; Thomas Beaulieu; Helen Petrakis; Ruben Sandoval; Craig Arneson",
     "Claims Batch <claims-batch@%s>" % DOM, "Disbursements <disbursements@%s>" % DOM,
     "LTD payment batch 0301-A - held items",
     when(2024, 3, 1, 5, 30),
     """Batch LTDPAY 0301-A generated 03/01/2024 05:28. 6 records held for manual release (reason: prior month EFT returns / offset change). Extract attached. See ops runbook CLM-OPS-112 for release steps.

-- claims-batch (prod-cv-batch01)
""",
     attachments=[("LTDPAY_0301A_HELD.txt", "text/plain", pay)],
     headers=[("Auto-Submitted", "auto-generated")])

# fixed-width Rx / MIB check response
fw_lines = [
    "HDR ASHGROVE  RXCHK  20241007 0800 BATCH000418",
    "APP#    LAST            FIRST       DOB      G ST FILLDT   DRUG                           STR     QTY DAYS PRESCRIBER TYPE",
    "7730219 DELGADO         MARCUS      19750830 M MN 20230214 GABAPENTIN                     300MG    90  30 NP-FAMILY MED",
    "7730219 DELGADO         MARCUS      19750830 M MN 20230912 GABAPENTIN                     300MG    90  30 NP-FAMILY MED",
    "7730219 DELGADO         MARCUS      19750830 M MN 20240915 SERTRALINE HCL                 50MG     30  30 NP-FAMILY MED",
    "7730488 OYAMA           LISA        19820403 F MN 20240611 ALBUTEROL SULFATE HFA          90MCG     1  25 MD-PULMONOLOGY",
    "7730488 OYAMA           LISA        19820403 F MN 20240611 FLUTICASONE/SALMETEROL         250/50   60  30 MD-PULMONOLOGY",
    "7730512 HALVERSON       NEIL        19690117 M WI 20240801 ATORVASTATIN                   40MG     90  90 MD-INTERNAL MED",
    "7730512 HALVERSON       NEIL        19690117 M WI 20240801 CLOPIDOGREL                    75MG     90  90 MD-CARDIOLOGY",
    "MIB     7730219 CODE 300 NERV/MENTAL  REPORTED 2023 BY ANOTHER MEMBER CO",
    "MIB     7730512 CODE 411 CORONARY     REPORTED 2024 BY ANOTHER MEMBER CO",
    "TRL 000009",
]
emit("phi", "struct", "Marcus Delgado; Lisa Oyama; Neil Halverson",
     who("dana"), [who("yelena"), who("hannah")],
     "FW: Rx/MIB hits from this morning's batch",
     when(2024, 10, 7, 8, 22),
     """Morning -- 3 apps with hits on today's batch. Raw lines below, the 7730219 one is Yelena's (tele-interview Thursday). 7730512 looks like a stent, Hannah yours.

""" + "\n".join(fw_lines) + """

Dana
""")

app_json = {
    "submissionId": "mob-7f3c21e0-5d44",
    "channel": "AshgroveClaims iOS 3.8.1",
    "submittedAt": "2024-11-12T22:41:07-06:00",
    "claimType": "STD",
    "group": {"policy": "GL-30418", "employer": "Kessing Foods Inc.", "division": "002"},
    "claimant": {
        "firstName": "Tyrell", "lastName": "Washburn", "dob": "1994-07-19",
        "ssnLast4": "3306", "phone": "612-555-0114", "email": "twashburn94@example.com",
        "address": {"line1": "1822 Knox Ave N", "city": "Minneapolis", "state": "MN", "zip": "55411"}},
    "employment": {"jobTitle": "Forklift operator", "lastDayWorked": "2024-11-08", "hoursPerWeek": 40},
    "condition": {
        "description": "broke my wrist playing basketball saturday, cast for 6 wks",
        "firstSymptomDate": "2024-11-09", "isWorkRelated": False, "hospitalized": False,
        "treatingProvider": {"name": "Urgent Care - North Memorial", "phone": "763-555-0158"},
        "surgeryScheduled": {"planned": True, "date": "2024-11-15", "procedure": "ORIF left distal radius"}},
    "attachments": [{"name": "discharge_instructions.jpg", "bytes": 812233}],
    "consents": {"authorizationSigned": True, "eSignatureTimestamp": "2024-11-12T22:40:51-06:00"},
}
emit("phi", "struct", "Tyrell Washburn",
     "AshgroveClaims App <noreply-mobile@%s>" % DOM, INTAKE,
     "[New STD submission] mob-7f3c21e0-5d44 - GL-30418",
     when(2024, 11, 12, 22, 41),
     "New claim submission received via mobile app. Payload below for intake review; create the claim in ClaimsVision and attach the image from the document queue.\n\n"
     + json.dumps(app_json, indent=2) + "\n",
     headers=[("Auto-Submitted", "auto-generated")])

# ============================================================================
# CLEAN / admin
# ============================================================================

emit("clean", "admin", "",
     "IT Service Desk <itservicedesk@%s>" % DOM, "Claims & Underwriting - All <claims-uw-all@%s>" % DOM,
     "Planned outage: ClaimsVision and UW Workbench - Sat 3/23 6:00 AM - 2:00 PM",
     when(2024, 3, 18, 9, 0),
     """What: ClaimsVision 9.3 -> 9.4 upgrade and UW Workbench database patching
When: Saturday 3/23, 6:00 AM to 2:00 PM Central
Impact:
  - ClaimsVision, UW Workbench and the imaging viewer will be unavailable
  - Diary batch will be paused; diaries due 3/23-3/24 will fire Monday morning
  - The fax server stays up; inbound faxes will queue and load to imaging when the system returns
  - Mobile app claim submissions will be held and processed after the window
  - Payment batch LTDPAY will run Monday 3/25 instead of Saturday (no payment dates affected)

What's new in 9.4: restriction/limitation fields on the medical tab, new "vendor order" link to RecordRunner, SSDI status picklist.

Questions: IT Service Desk x4357 or itservicedesk@ashgrovemutual.com
""",
     html="""<html><body style="font-family:Segoe UI,Arial;font-size:13px">
<h3 style="color:#1f4e79">Planned outage: ClaimsVision and UW Workbench</h3>
<p><b>When:</b> Saturday 3/23, 6:00 AM to 2:00 PM Central</p>
<ul><li>ClaimsVision, UW Workbench and the imaging viewer will be unavailable</li>
<li>Diary batch paused; diaries due 3/23-3/24 fire Monday morning</li>
<li>Fax server stays up; inbound faxes queue and load to imaging afterwards</li>
<li>Mobile app submissions held and processed after the window</li>
<li>LTDPAY runs Monday 3/25 (no payment dates affected)</li></ul>
<p><b>New in 9.4:</b> restriction/limitation fields on the medical tab, vendor order link to RecordRunner, SSDI status picklist.</p>
<p>IT Service Desk x4357</p></body></html>""")

emit("clean", "admin", "",
     "Facilities <facilities@%s>" % DOM, "4th Floor Occupants <floor4@%s>" % DOM,
     "Records room badge access + shred bin swap Thursday",
     when(2024, 5, 20, 13, 45),
     """Hi 4th floor,

Two things this week:

1. Starting Monday 5/27 the medical records room (4-112) will be badge-only. Claims examiners, nurse case managers, the medical director's office and underwriting assistants are already loaded. If you need access and it doesn't work, send your manager's OK to facilities@ and we'll add you within a day.

2. Shred-It is swapping the locked consoles Thursday between 7 and 9 AM. Please don't leave APS copies, claim files or exam reports in the open-top bins by the printers -- only the locked consoles go to the shredder. The open bins are recycling.

Reminder: the fax machine by 4-118 is being retired 6/1; use e-fax to imaging.

Thanks,
Bev Lindstrom
Facilities Coordinator | x0188
""")

emit("clean", "admin", "",
     who("derek"), "Clearwater Insurance Laboratory - Supplies <supplies@cwinslab.com>",
     "Kit reorder - Ashgrove home office exam room (acct 22-0907)",
     when(2024, 7, 8, 10, 11),
     """Hi,

Please ship the following for our in-office exam room (acct 22-0907, ship to 7400 Marquette Ridge Pkwy, Suite 400, attn Derek Amundson):

  Blood/urine insurance profile kits (std)     x 50
  Blood-only kits (SST + lavender)              x 25
  Oral fluid kits                               x 20
  Urine cups w/ temp strip                      x 100
  Biohazard return paks (FedEx)                 x 60
  Centrifuge tube adapters                      x 4

We're running low on the short-dated blood kits -- please send kits with at least 6 months before expiry. Last shipment had 40 kits expiring within 8 weeks.

PO to follow from purchasing.

Thanks,
Derek

""" + sig("derek") + "\n\n" + DISC)

emit("clean", "admin", "",
     who("nora"), ["Disability Claims - All <disability-all@%s>" % DOM, "Individual Life UW Team <uw-individual@%s>" % DOM],
     "APS / medical record fee policy - effective 8/1",
     when(2024, 7, 15, 11, 0),
     """All,

Effective August 1 we're updating how we handle provider charges for attending physician statements and medical record copies:

- Standard cap remains $50 per APS or record set. Vendor processes these without approval.
- $50.01 - $100: team lead approval in ClaimsVision (new "fee approval" task). Approve only if the records are needed for a decision, not just to complete a file.
- Over $100: manager approval + note why we can't get the info another way (claimant-supplied records, a narrower date range, a phone call with the office).
- State statutory copy fees (MN, WI, IA, ND, SD) always override -- the vendor has the schedule.
- Rush fees are NOT reimbursable unless the claim is in appeal or litigation.

We spent $412K on record fees last year, up 18%. Most of the increase was from requesting "complete chart" when a 12-month date range would have done it.

Questions to your team lead. Thanks for helping with this.

Nora Fitzpatrick
Director, Claims Operations

""" + DISC)

emit("clean", "admin", "",
     who("kevin"), "Disability Claims - All <disability-all@%s>" % DOM,
     "Claims roundtable - Thurs 10/17 - agenda",
     when(2024, 10, 14, 15, 20),
     """Hi all,

Agenda for Thursday's roundtable (Conf Rm 4-Willow + Teams). Dr. Mercer and Priya will join for the first half.

1. (15 min) Dr. Mercer - how to read a functional capacity evaluation: what "consistency of effort" really tells you
2. (10 min) Priya - new nurse referral criteria; when to refer vs. call the office yourself
3. (10 min) Beth Ann - vocational services update, transferable skills reports now 10 business days
4. (10 min) LuAnn - SSDI offset estimates: when we estimate and when we wait for the award
5. (15 min) Open - bring a file you're stuck on (de-identify it on the slide please)

Invite attached in case it's not on your calendar.

Kevin
""",
     attachments=[("Claims_roundtable_1017.ics", "text/calendar", make_ics(
         "rt-20241017-ashgrove@%s" % DOM, "20241017T150000Z", "20241017T161000Z",
         "Disability Claims Roundtable", "Conf Rm 4-Willow / Teams",
         "Agenda: FCE interpretation (Dr. Mercer)\\, nurse referral criteria\\, voc update\\, SSDI offsets\\, open discussion",
         "kdoyle@%s" % DOM))])

emit("clean", "admin", "",
     "Jill Sandquist <jsandquist@recordrunner-rrs.net>", who("derek"),
     "Amendment 3 - SLA and fee schedule - for signature",
     when(2024, 12, 2, 9, 12),
     """Hi Derek,

Attached (below for convenience) are the terms we agreed on the call Tuesday for Amendment 3 to the Master Services Agreement dated 01/15/2021. Once your legal team is OK with it I'll send it through DocuSign.

Turnaround targets (business days from valid authorization to delivery):
  Standard APS / office notes ........ 12 days, 85% of orders
  Hospital records ................... 15 days, 80% of orders
  Rush (appeal/litigation only) ...... 5 days, 90% of orders
Service credits: 3% of monthly invoice for each target missed by more than 5 points, max 9%.

Fees:
  Retrieval fee per order ............ $38.00 (was $36.50)
  Rush add-on ........................ $25.00
  Provider copy fees ................. pass-through, capped per your fee policy
  Cancelled before provider contact .. no charge

Data: all deliveries via SFTP or the portal only; no email delivery of records. Records purged from our systems 90 days after delivery.

Term: 01/01/2025 - 12/31/2026, auto-renew 1 year.

Thanks!
Jill

Jill Sandquist | Client Success Manager
RecordRunner Retrieval Services | 651-555-0193
""", cc="Ashgrove Vendor Management <vendormgmt@%s>" % DOM)

emit("clean", "admin", "",
     who("greg"), "Individual Life UW Team <uw-individual@%s>" % DOM,
     "UW manual update 2025-01: diabetes, build, NT-proBNP",
     when(2025, 1, 6, 8, 40),
     """Team,

The 2025-01 manual update is live in the UW Workbench today. Summary of changes:

Type 2 diabetes
 - Preferred now possible with A1c <= 6.5 on oral meds only, age 50+, no complications, dx > 5 yrs
 - A1c 8.0-8.9 moves from +100 to +125 at ages under 40

Build
 - Preferred plus max BMI raised to 30.0 for ages 60+; no change under 60
 - Underweight (BMI < 18.5) no longer auto-postpone; use the new debit table

NT-proBNP
 - Age-banded thresholds replace the single 125 pg/mL cutoff (see table 4.12)

Older age
 - Cognitive screen now required at 70+ (was 75+) for face amounts over $1M

Reinsurer (Nordvik Re) has agreed to all of these for automatic binding. Please re-read the diabetes section before you touch a pending case; cases already offered will not be re-rated.

Greg

""" + sig("greg") + "\n\n" + DISC)


# ============================================================================
# CLEAN / lookalike
# ============================================================================

inv_lines = [
    "RECORDRUNNER RETRIEVAL SERVICES",
    "450 Wabasha St N, Suite 210, St. Paul MN 55102   Tax ID 41-0000000",
    "",
    "INVOICE  INV-2024-10-1187        Date: 11/01/2024      Terms: Net 30",
    "Bill to: Ashgrove Mutual Life & Disability, Accounts Payable",
    "Account: 40-1187        PO: 4500218874",
    "",
    "Description                              Qty      Rate        Amount",
    "Standard retrieval - October            412    $36.50    $15,038.00",
    "Rush add-on                               38    $25.00       $950.00",
    "Provider copy fees (pass-through)        297   various     $9,114.62",
    "Cancelled orders (no charge)              21     $0.00         $0.00",
    "Service credit - hospital TAT miss          1               -$451.17",
    "",
    "TOTAL DUE                                                 $24,651.45",
    "Remit ACH: routing 091000019  acct ****7741  ref INV-2024-10-1187",
]
emit("clean", "lookalike", "",
     "RecordRunner Billing <billing@recordrunner-rrs.net>", "Accounts Payable <ap@%s>" % DOM,
     "Invoice INV-2024-10-1187 - PO 4500218874 - $24,651.45",
     when(2024, 11, 1, 6, 5),
     """Your invoice for October services is attached.

Invoice:  INV-2024-10-1187
PO:       4500218874
Account:  40-1187
Amount:   $24,651.45
Due:      12/01/2024

Order-level detail is available in the client portal under Reports > Billing > Oct 2024.

RecordRunner Billing | 1-800-555-0142 opt 3
""",
     cc=who("derek"),
     attachments=[("INV-2024-10-1187.pdf", "application/pdf", make_pdf(inv_lines))])

emit("clean", "lookalike", "",
     "Clearwater Insurance Laboratory - Supplies <supplies@cwinslab.com>", who("derek"),
     "Shipment confirmation - SO-558812 - acct 22-0907",
     when(2024, 7, 10, 15, 33),
     """Your order has shipped.

Sales order:  SO-558812        Your PO: 4500209931
Carrier:      FedEx Ground
Tracking:     7844 1290 5523 (box 1 of 3)
              7844 1290 5534 (box 2 of 3)
              7844 1290 5545 (box 3 of 3)

Item                                   Qty   Lot           Exp
CW-BU100 Blood/urine profile kit        50   CWL-24-0611   2025-03-31
CW-BO020 Blood-only kit                 25   CWL-24-0598   2025-02-28
CW-OF010 Oral fluid kit                 20   OF-24-1142    2025-06-30
CW-UC200 Urine cup w/ temp strip       100   UC-24-3307    2026-01-31
CW-BP060 Biohazard return pak            60   n/a           n/a
CW-CA004 Centrifuge adapter              4   SN 0047710-0047713

Kit requisition serial range: 24A0071200 - 24A0071294

All blood kits ship with at least 8 months before expiry per your note.

Clearwater Insurance Laboratory | 1-800-555-0176 | supplies@cwinslab.com
""")

ime = [
    ("Karl Engstrom, MD", "Orthopedic Surgery", "1649302218", "MN 41877", "Edina", "952-555-0171", "952-555-0172"),
    ("Patrice Oduya, MD", "Physical Med & Rehab", "1932570041", "MN 52203", "Minneapolis", "612-555-0173", "612-555-0174"),
    ("Helena Voss, DO", "Neurology", "1285611937", "MN 38816", "St. Paul", "651-555-0176", "651-555-0177"),
    ("Samuel Greenberg, MD", "Psychiatry", "1508842260", "MN 29904", "Bloomington", "952-555-0178", "952-555-0179"),
    ("Anita Rao, PhD, LP", "Neuropsychology", "1730491105", "MN LP5521", "Minnetonka", "952-555-0180", "952-555-0181"),
    ("Marcus Holm, MD", "Rheumatology", "1194037726", "WI 61722-20", "Hudson WI", "715-555-0182", "715-555-0183"),
    ("Joy Kittelson, MD", "Cardiology", "1477250983", "MN 47310", "Maple Grove", "763-555-0186", "763-555-0187"),
]
lines = ["%-22s %-22s %-11s %-12s %-13s %-13s %s" % ("Physician", "Specialty", "NPI", "License", "City", "Phone", "Fax"),
         "-" * 112]
for r in ime:
    lines.append("%-22s %-22s %-11s %-12s %-13s %-13s %s" % r)
emit("clean", "lookalike", "",
     who("priya"), "Disability Claims - All <disability-all@%s>" % DOM,
     "Updated IME panel - Q4 2024",
     when(2024, 10, 1, 9, 15),
     """Hi all,

Updated IME panel for Q4. Two changes: Dr. Holm (rheum) added for the western WI claims, and Dr. Lindeman retired, so send PM&R referrals to Dr. Oduya. Scheduling still goes through MedEval Partners (order form on the SharePoint), not directly to the physician.

""" + "\n".join(lines) + """

Typical lead time is 3-4 weeks; neuropsych is running 6+ weeks, so order early.

Priya
""" + "\n" + DISC)

icd = [
    ("M54.50", "Low back pain, unspecified", "7", "14", "28"),
    ("M51.16", "Intervertebral disc disorder w/ radiculopathy, lumbar", "28", "56", "98"),
    ("M75.101", "Rotator cuff tear, R, unspecified", "42", "84", "140"),
    ("S82.891A", "Other fracture of lower leg, initial", "42", "70", "112"),
    ("K80.20", "Calculus of gallbladder w/o obstruction (lap chole)", "14", "21", "42"),
    ("O82", "Encounter for cesarean delivery w/o indication", "56", "56", "70"),
    ("F32.1", "Major depressive disorder, single episode, moderate", "28", "56", "112"),
    ("I21.4", "NSTEMI (no intervention)", "28", "42", "84"),
    ("G56.01", "Carpal tunnel syndrome, R (release)", "14", "28", "56"),
]
t = ["ICD-10    Description                                              Min  Opt  Max (days)"]
for c in icd:
    t.append("%-9s %-56s %4s %4s %4s" % c)
emit("clean", "lookalike", "",
     who("kevin"), "STD Examiners <std-examiners@%s>" % DOM,
     "Duration guideline table refresh - top 9 codes",
     when(2024, 2, 5, 14, 0),
     """Team -- with the guideline vendor update, these are the new durations for our nine most common STD codes. These are for sedentary/light jobs; add the physical-demand adjustment from the tool for medium/heavy.

""" + "\n".join(t) + """

Use "Max" as the point to ask for updated medical, not as an automatic cutoff. O82 is fixed by plan language (8 weeks), the guideline doesn't change that.

Kevin
""")

emit("clean", "lookalike", "",
     "Claims Analytics <claims-analytics@%s>" % DOM, [who("nora"), who("kevin")],
     "Q2 2024 disability dashboard",
     when(2024, 7, 9, 7, 30),
     """Q2 2024 - Group & Individual Disability - summary

                              Q2 2024    Q1 2024    Q2 2023
STD claims opened               1,284      1,371      1,199
STD approval rate               88.4%      87.9%      89.1%
STD avg duration (days)          46.2       44.8       47.0
STD decision TAT (median days)    4.0        5.0        4.0
LTD claims opened                 118        131        102
LTD approval rate               71.2%      69.5%      73.5%
LTD open inventory              2,406      2,377      2,290
APS avg retrieval (days)         17.3       19.8       16.4
Appeals received                   41         38         33
Appeals overturned               9 (22%)    7 (18%)    8 (24%)

Top STD categories by count: musculoskeletal 31%, maternity 22%, mental health 14%, GI 7%, cancer 6%.
Top LTD categories: musculoskeletal 29%, cancer 17%, mental health 15%, neuro 11%, cardio 8%.

Full workbook on the Analytics SharePoint (Dashboards > Disability > 2024Q2). Counts exclude claims with fewer than 5 in a cell.

-- Claims Analytics
""")

emit("clean", "lookalike", "",
     "IT Service Desk <itservicedesk@%s>" % DOM, who("shawna"),
     "[INC0048812] Fax line 612-555-0199 dropping pages - Updated",
     when(2024, 9, 12, 11, 48),
     """Incident INC0048812 has been updated.

Caller:        Shawna Pruitt (x0133)
Opened:        09/10/2024 08:14
Category:      Telephony > Fax > Inbound
CI:            FAXSRV-02 (10.44.12.31)
Priority:      P3
Assigned to:   Network Services - T. Jablonski

Work notes (09/12/2024 11:46):
Carrier ticket CX-77120458 opened with the SIP provider. Pages failing on T.38 re-INVITE from two senders (area codes 320 and 507). Temporary fix: forced G.711 passthrough on DID 612-555-0199 and backup DID 612-555-0198. Please monitor and reply with the date/time and page count of any partial faxes.

Related: CHG0011093 (FAXSRV firmware 7.2.1, scheduled 09/21 22:00).

To view or update this incident, reply to this email keeping the [INC0048812] tag in the subject.
""",
     headers=[("Auto-Submitted", "auto-generated")])

emit("clean", "lookalike", "",
     "Premium Accounting <premium-acctg@%s>" % DOM, "Ruth Ankeny <rankeny@kessingfoods.com>",
     "Remittance received - GL-30418 - November 2024",
     when(2024, 11, 4, 9, 3),
     """Hello,

We received your ACH remittance for November. Thank you.

Group policy:    GL-30418 (Kessing Foods Inc.)
Bill number:     B-30418-202411
Billed:          $48,219.06
Received:        $48,219.06   (ACH trace 091000012345678, 11/01/2024)
Lines:           Basic Life/AD&D $11,402.50 | STD $17,330.12 | LTD $16,880.44 | Supp Life $2,606.00
Lives billed:    1,142 (STD 1,098 / LTD 1,027)

Next bill generates 11/15/2024. Self-bill reconciliation for October is due 11/10.

Premium Accounting | Ashgrove Mutual Life & Disability | 612-555-0196
""" + "\n" + DISC)


# ============================================================================
# CLEAN / news
# ============================================================================

emit("clean", "news", "",
     "Claims Communications <claimscomms@%s>" % DOM, "Claims & Underwriting - All <claims-uw-all@%s>" % DOM,
     "The Claims Ledger - Fall 2024",
     when(2024, 10, 25, 10, 0),
     """THE CLAIMS LEDGER - Fall 2024

From Nora
Our STD decision time is down to a 4-day median -- the best it's been since we started tracking. Thank you to everyone who jumped on the new intake triage.

By the numbers (YTD)
- 3,904 STD claims decided
- 352 LTD claims approved
- 1,200+ APS orders through the new RecordRunner link
- 96% of payments released on time

Mental health claims keep growing
Across the industry, mental health is now the third most common reason for STD claims and is growing fastest among workers under 35. Our Q3 book follows the same pattern. Priya's team will host a session on supporting claimants with anxiety and depression through return to work in November.

Welcome
Keisha Darden (STD examiner), Paul Ng (underwriting assistant), and Dr. Renata Fiala, who joins Dr. Mercer as associate medical director in January.

Milestones
Carmen Iglesias - 15 years! Greg Tillotson - 25 years.

Reminder: the food shelf drive ends 11/15. Bins by the 4th floor elevators.
""",
     html="""<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#2e5e4e">The Claims Ledger</h1><p><i>Fall 2024</i></p>
<h3>From Nora</h3><p>Our STD decision time is down to a 4-day median -- the best it's been since we started tracking.</p>
<h3>By the numbers (YTD)</h3><ul><li>3,904 STD claims decided</li><li>352 LTD claims approved</li><li>1,200+ APS orders through the new RecordRunner link</li><li>96% of payments released on time</li></ul>
<h3>Mental health claims keep growing</h3><p>Across the industry, mental health is now the third most common reason for STD claims and is growing fastest among workers under 35.</p>
<h3>Welcome</h3><p>Keisha Darden, Paul Ng, and Dr. Renata Fiala.</p>
<h3>Milestones</h3><p>Carmen Iglesias - 15 years! Greg Tillotson - 25 years.</p>
</body></html>""")

emit("clean", "news", "",
     "Nordvik Re Research <research@nordvikre.com>", who("greg"),
     "Nordvik Re Insights: post-pandemic disability incidence - what the data says",
     when(2024, 6, 13, 6, 45),
     """NORDVIK RE INSIGHTS | June 2024

Post-pandemic disability incidence: what the data says

Our pooled study of 41 group disability carriers (2019-2023, 6.2 million exposure years) shows:

* LTD incidence rose 7% in 2021-2022 versus the 2019 baseline, then eased to +3% in 2023.
* Claims citing post-COVID conditions made up 1.1% of new LTD claims in 2022 and 0.6% in 2023. Median duration of closed claims was 11 months.
* Mental/nervous claims grew from 10% to 14% of new LTD claims; claimants under 40 drove most of the increase.
* Recovery rates in the first 24 months improved slightly (+2 pts), which we attribute partly to wider use of remote and part-time return-to-work arrangements.

Implications for pricing and claims management
- Expect incidence assumptions to settle near pre-pandemic levels, with a higher mental health mix.
- Early vocational contact (before month 6) is associated with 18% shorter durations in our data.

Full report and webinar replay: nordvikre.com/insights (client login required).

You are receiving this because you are a Nordvik Re client contact. Unsubscribe | Preferences
Nordvik Re Life & Health, 200 Harbor View Pl, Hartford CT 06103
""")

emit("clean", "news", "",
     who("priya"), "Disability Claims - All <disability-all@%s>" % DOM,
     "FYI - new public health data on work-related MSDs",
     when(2024, 11, 14, 12, 5),
     """Sharing this since musculoskeletal is still our #1 STD category. Summary of the new state occupational health report (2023 data):

- Musculoskeletal disorders were 31% of all injury/illness cases with days away from work
- Median days away from work for MSDs: 14 (all cases: 9)
- Highest rates: warehousing, nursing and residential care, food manufacturing
- Back injuries were 38% of MSD cases; shoulder 14%; wrist/hand 11%
- Employers with a formal stay-at-work program had 23% fewer lost days per case

The food manufacturing and warehousing numbers line up with what we see in our two biggest groups. Something to keep in mind when you talk with employers about transitional duty.

Link is on the team SharePoint under Resources > Public Health.

Priya
""")

emit("clean", "news", "",
     "Ashgrove Broker Marketing <brokernews@%s>" % DOM, "Broker Partners <brokers-mn@%s>" % DOM,
     "New: Ashgrove Express Term - no labs up to $1M, decisions in minutes",
     when(2024, 4, 9, 9, 30),
     """Dear broker partner,

Starting May 1, your clients ages 18-60 can apply for Ashgrove Express Term with no paramedical exam and no blood or urine for face amounts up to $1,000,000.

How it works
- 20-minute online application with e-signature
- We use prescription history, MIB, motor vehicle and public records data to decide in real time
- About 55% of applicants are expected to get an instant decision; others are routed to an underwriter with a tele-interview, and only a small share will need an exam or APS

Products: 10, 15, 20 and 30-year term, preferred plus through standard non-tobacco.

Commission: same as our fully underwritten term schedule, plus a 5% bonus on Express cases placed by 9/30.

Join a 30-minute product webinar: Tuesday 4/23 or Thursday 4/25 at 11 AM CT. Register at ashgrovemutual.com/brokers.

Ashgrove Mutual Life & Disability | Broker Sales Desk 1-800-555-0150
For broker use only. Not for distribution to the public. Products may not be available in all states.
""",
     html="""<html><body style="font-family:Helvetica,Arial;max-width:600px">
<div style="background:#2e5e4e;color:#fff;padding:16px"><h2>Ashgrove Express Term</h2><p>No labs up to $1M. Decisions in minutes.</p></div>
<p>Starting May 1, your clients ages 18-60 can apply with no paramedical exam and no blood or urine for face amounts up to $1,000,000.</p>
<ul><li>20-minute online application</li><li>Real-time decisions using Rx, MIB, MVR and public records</li><li>About 55% instant decisions</li></ul>
<p><a href="https://ashgrovemutual.com/brokers">Register for the webinar</a></p>
<p style="font-size:10px;color:#777">For broker use only. Not for distribution to the public.</p></body></html>""")

emit("clean", "news", "",
     "RecordRunner <marketing@recordrunner-rrs.net>", who("derek"),
     "Webinar: cutting APS turnaround in half with provider EHR connections",
     when(2024, 8, 27, 11, 0),
     """Hi Derek,

Life and disability carriers are waiting an average of 19 days for an APS. It doesn't have to be that way.

Join us Wednesday, September 18 at 1 PM CT for "From Fax to FHIR: Faster Medical Evidence for Underwriting and Claims".

You'll learn:
- How direct EHR connections to 2,800+ clinics cut our median retrieval time to 6 days
- What the new federal interoperability rules mean for insurer requests
- How one regional carrier moved 40% of APS orders to electronic delivery in six months

Speakers: Dana Whitlock, VP Product, RecordRunner; and a panel of underwriting and claims leaders.

Register: recordrunner-rrs.net/webinars/fax-to-fhir

RecordRunner Retrieval Services | 450 Wabasha St N, Suite 210, St. Paul MN 55102
Unsubscribe from marketing emails
""")

emit("clean", "news", "",
     "Ashgrove Employer Services <employerservices@%s>" % DOM, "HR Partners <hr-partners@%s>" % DOM,
     "Employer Bulletin: October is National Disability Employment Awareness Month",
     when(2024, 10, 1, 8, 0),
     """EMPLOYER BULLETIN - October 2024

October is National Disability Employment Awareness Month

Three things you can do this month:

1. Review your transitional duty options. Employees who return on a modified schedule are back to full duty about three weeks sooner on average than those who wait for a full release.

2. Check workstations. Our ergonomic checklist (attached to the HR portal) covers chair height, monitor distance, and standing-desk setup in 10 minutes per desk.

3. Remind employees about your EAP. Early support for stress and anxiety reduces the chance a short absence turns into a long one.

Did you know? Ashgrove's return-to-work consultants can meet with your managers at no extra cost as part of your group LTD contract. Contact your account manager to schedule.

Webinar for HR: "Accommodations that work" - Oct 22, noon CT.

Ashgrove Mutual Life & Disability - Employer Services
You are receiving this because you are listed as an HR contact on a group policy.
""")


# ============================================================================
# CLEAN / staff
# ============================================================================

emit("clean", "staff", "",
     who("kevin"), "Disability Claims - All <disability-all@%s>" % DOM,
     "Thanksgiving week coverage + on-call",
     when(2024, 11, 13, 16, 10),
     """Coverage for Thanksgiving week. Office closed Thu 11/28 and Fri 11/29.

Date        Phone queue (8-5)                  Payment release       On-call (after hrs)
Mon 11/25   Shawna Pruitt, Keisha Darden       Marcus Feld           Kevin Doyle
Tue 11/26   Maribel Santos, Tomasz Wierzbicki  Marcus Feld           Kevin Doyle
Wed 11/27   Janelle Whitcomb, Lucia Ferreira   Renee Castellano      Renee Castellano
Thu 11/28   CLOSED                             --                    Renee Castellano
Fri 11/29   CLOSED                             --                    Marcus Feld

Nurse line: Priya Raman, RN, CCM Mon-Tue; Olga Berg, RN Wed.
Medical director on call: Dr. Alan Mercer (cell in the on-call binder).

If you need to swap, find your own cover and let me know by 11/20. Thanks everyone -- enjoy the break.

Kevin
""")

emit("clean", "staff", "",
     who("greg"), "Individual Life UW Team <uw-individual@%s>" % DOM,
     "Phyllis's retirement - Friday 6/28 at 3",
     when(2024, 6, 17, 9, 55),
     """Hi all,

After 31 years at Ashgrove -- starting as a policy typist in 1993, then underwriting assistant, underwriter, and for the last 12 years our senior jumbo-case underwriter -- Phyllis Hedlund, FALU, FLMI is retiring at the end of the month.

Please join us Friday 6/28 at 3:00 in the 5th floor cafe for cake and a few (short!) stories. If you'd like to chip in for a gift (she's been talking about a kayak for the cabin), Dana is collecting through Wednesday -- cash or Venmo.

There's also a card going around; it'll be at Dana's desk.

Greg

""" + sig("greg", full=False))

emit("clean", "staff", "",
     "Payroll <payroll@%s>" % DOM, "All Employees <all-employees@%s>" % DOM,
     "Timesheets due early - holiday pay period",
     when(2024, 12, 16, 10, 0),
     """Because of the holidays, timesheets for the pay period ending 12/28 are due Friday 12/20 at noon (not Monday as usual). Managers must approve by 12/23 at 10 AM.

- Enter 12/24 (half day) and 12/25 as HOL. Non-exempt staff working the 12/24 afternoon phone shift enter hours as REG; you'll also get the holiday half day as floating PTO.
- Estimate hours for 12/23-12/27 and correct on the next timesheet if needed.
- Paychecks and direct deposits will post Monday 12/30.

W-2s will be available in Workday by 1/24. Make sure your home address is current.

Questions: payroll@ashgrovemutual.com or x0190.
""")

emit("clean", "staff", "",
     who("kevin"), [who("marcus"), who("renee"), who("shawna")],
     "Tamara out 6/3 - 7/12 - diary routing",
     when(2024, 5, 28, 14, 20),
     """Hi all,

Tamara will be out on leave starting Monday 6/3 through 7/12. Please don't reach out to her with work questions while she's out.

Her caseload split:
  claim numbers ending 0-4 -> Marcus
  claim numbers ending 5-9 -> Renee
Shawna will move the diaries over Friday afternoon and forward her voicemail to the team line.

Her scheduled IME reviews the week of 6/10 move to Renee. I'll take any appeals prep.

Thanks for picking this up.

Kevin
""")

emit("clean", "staff", "",
     who("nora"), "Claims & Underwriting - All <claims-uw-all@%s>" % DOM,
     "Welcome Olga Berg, RN - Nurse Case Manager",
     when(2024, 9, 3, 8, 30),
     """Please welcome Olga Berg, RN, BSN, who joins Priya on the nurse case management team today.

Olga comes to us from 9 years in cardiac step-down nursing and 4 years as a utilization review nurse at a regional health plan. She's working on her CCM and will focus on our cardiac, cancer and renal claims.

She's at desk 4-140, x0154. Say hello, and examiners -- expect some "can I sit in on a call" requests her first few weeks.

Nora
""")

emit("clean", "staff", "",
     who("bethann"), [who("kevin"), who("priya"), who("renee")],
     "Interview schedule - Voc Rehab Consultant candidate (Mon 2/10)",
     when(2025, 2, 5, 11, 25),
     """Hi all,

We have our final candidate for the second VR consultant role coming in Monday 2/10. Resume is in the hiring folder (Jordan Amadi, MS, CRC -- 6 years at a workers' comp vocational firm).

 9:00 - 9:45   Beth Ann + Kevin (background, caseload mgmt)
 9:45 - 10:30  Priya (working with nurse case managers, medical restrictions)
10:30 - 11:00  Renee (examiner partnership, a mock TSA review)
11:00 - 11:30  tour + lunch w/ team

Room 4-Birch. Calendar hold attached. Please send your scorecards in Workday by end of day Tuesday.

Thanks!
Beth Ann
""",
     attachments=[("VRC_interview_0210.ics", "text/calendar", make_ics(
         "vrc-int-20250210@%s" % DOM, "20250210T150000Z", "20250210T173000Z",
         "Interview - Vocational Rehab Consultant (J. Amadi)", "Conf Rm 4-Birch",
         "Panel interview. Scorecards due in Workday by EOD Tuesday.", "bkasprzak@%s" % DOM))])

emit("clean", "staff", "",
     "Learning & Development <learning@%s>" % DOM, "Claims & Underwriting - All <claims-uw-all@%s>" % DOM,
     "2025 designation reimbursement - FLMI, FALU, CLU, CEBS, CDMS",
     when(2025, 1, 13, 9, 0),
     """Reminder: Ashgrove reimburses exam and course fees for approved industry designations when you pass.

Approved: FLMI, ACS, FALU, FLHI, CLU, CEBS, CDMS, CCM (nurses), CRC renewal (vocational staff).
Pass bonus: $250 per course, $1,000 on completing the designation.
Study time: up to 2 hours/week on work time with your manager's OK.

Congrats to last year's finishers: Renee Castellano (CDMS), Hannah Oyelaran (FALU), Dana Lindqvist (ACS) and Tomasz Wierzbicki (FLMI).

Submit pre-approval in Workday > Learning > Tuition Request before you register.

Learning & Development | x0195
""")


# ============================================================================
# CLEAN / training
# ============================================================================

emit("clean", "training", "",
     who("kevin"), "New Examiner Cohort <new-examiners-2024@%s>" % DOM,
     "Week 2 case study - read before Thursday",
     when(2024, 9, 9, 8, 0),
     """Hi all,

Please read this de-identified case before Thursday's session. It's a composite built from several old files; none of the details belong to a real claimant.

CASE STUDY 2-B (fictional composite)

Claimant A is a 44-year-old warehouse selector (heavy physical demand) at a food distributor. She stopped work after reporting low back pain that started over a weekend. Her family physician took her off work for 2 weeks, then extended 4 more weeks with "MRI pending". The MRI shows a disc bulge at L5-S1 without nerve compression. She attends physical therapy twice a week. At week 6 the physician writes "unable to work" with no restrictions listed. The employer has a transitional duty program (light picking, 20 lb max).

Questions for discussion:
1. What's the duration guideline for this condition and job class? Where does this claim sit?
2. What's missing from the medical to support continued disability?
3. Who do you call first -- the doctor's office, the claimant, or the employer -- and what do you ask?
4. Would you refer to the nurse case manager? At what point?
5. Draft the two-sentence note you'd put in the file after your calls.

Kevin
""")

quiz = """UNDERWRITING FUNDAMENTALS - QUIZ 4 (answers at bottom -- no peeking)

1. An applicant's BP readings at the exam are 148/92, 144/90, 146/88. Which reading does the manual use?
   a) the first  b) the lowest  c) the average  d) the highest
2. NT-proBNP is primarily used to screen for:
   a) liver disease  b) cardiac dysfunction  c) kidney disease  d) diabetes
3. A cotinine-positive urine with a "no tobacco in 12 months" answer should be:
   a) declined  b) rated tobacco and the agent notified  c) ignored if below 500 ng/mL  d) re-tested in 30 days
4. What does an MIB code indicate?
   a) a diagnosis confirmed by a physician  b) information reported by another member company  c) a criminal record  d) a prescription fill
5. True/False: An elevated GGT alone with normal ALT/AST is an automatic decline.

ANSWERS: 1-c, 2-b, 3-b, 4-b, 5-False (consider alcohol questionnaire, Rx history, CDT)
"""
emit("clean", "training", "",
     who("greg"), "UW Trainees <uw-trainees@%s>" % DOM,
     "Quiz 4 for Friday",
     when(2024, 5, 29, 15, 45),
     "Hi trainees -- quiz for Friday's session is below and attached. Open book is fine, the point is to learn where to look in the manual.\n\nGreg\n\n" + quiz,
     attachments=[("UW_Fundamentals_Quiz4.txt", "text/plain", quiz)])

uat = [["Step", "Test record", "Action", "Expected result", "Pass/Fail", "Tester"],
       ["1", "TEST, CLAIMANT ONE (DOB 01/01/1900, SSN 999-00-0001)", "Create STD claim, group TST-00001", "Claim # TSTSTD-000001 created; acknowledgment letter queued", "", ""],
       ["2", "TEST, CLAIMANT ONE", "Enter restrictions: lift 10 lb, no overhead R arm", "Restrictions show on medical tab and on employer letter preview", "", ""],
       ["3", "TEST, CLAIMANT TWO (DOB 02/02/1900)", "Order APS via vendor link", "Vendor order TST-RR-0002 created in RecordRunner sandbox", "", ""],
       ["4", "TEST, CLAIMANT TWO", "Enter SSDI status = Awarded, $1,000/mo", "Net benefit recalculates; OP estimate task created", "", ""],
       ["5", "ZZTEST, SAMPLE", "Trigger RTW diary (set est RTW = today)", "Diary notification email sent to tester", "", ""],
       ["6", "ZZTEST, SAMPLE", "Close claim - RTW full duty", "Payment stops; closure letter queued", "", ""]]
emit("clean", "training", "",
     "Anil Deshmukh <adeshmukh@%s>" % DOM, [who("shawna"), who("janelle"), who("marcus")],
     "UAT round 2 - ClaimsVision 9.4 - scripts for Tue/Wed",
     when(2024, 3, 8, 14, 30),
     """Hi testers,

Attached are the UAT scripts for round 2. Please use ONLY the test records in the UAT region (cv-uat02). They're all fictitious -- TEST/ZZTEST names, 1900 birth dates, 999- SSNs. Don't key anything from a real claim.

Please fill in Pass/Fail and your initials and send back by Wednesday 5 PM. Screenshots of failures to the defect log.

Thanks!
Anil Deshmukh
QA Analyst, Claims Systems | x0177
""",
     attachments=[("CV94_UAT_round2_scripts.xlsx",
                   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                   make_xlsx(uat, "Round2"))])

tmpl = [
    "[Ashgrove letterhead]",
    "",
    "[Date]",
    "",
    "[Provider Name]",
    "[Practice Name]",
    "[Street Address]",
    "[City, State ZIP]",
    "",
    "RE: [Claimant/Applicant Full Name]   DOB: [MM/DD/YYYY]   Our reference: [Claim or Application #]",
    "",
    "Dear [Dr. Last Name / Medical Records]:",
    "",
    "We are evaluating a [disability claim / application for life insurance] for the person named above, who has "
    "authorized the release of medical information to Ashgrove Mutual Life & Disability. A copy of the signed "
    "authorization is enclosed.",
    "",
    "Please complete the enclosed Attending Physician Statement OR send copies of office notes, test results and "
    "consultation reports for the period [start date] to [end date].",
    "",
    "We will reimburse reasonable copy charges up to $50.00. Please contact us before incurring charges above that amount.",
    "",
    "Please return by fax to 612-555-0199 or by mail to the address above within 14 days.",
    "",
    "Sincerely,",
    "[Examiner/Underwriter Name], [Title]",
    "[Phone]",
]
emit("clean", "training", "",
     who("derek"), "UW Requirements Team <uwreq-team@%s>" % DOM,
     "Updated APS request letter template (v2024.2)",
     when(2024, 8, 5, 10, 50),
     """Team,

Attached is the updated APS request letter template. Changes: fee cap language now matches the 8/1 fee policy, and we dropped the "complete chart" checkbox -- always put a date range in.

Please delete your old saved copies. The template is also in the Forms library (FRM-UW-014).

Derek

""" + sig("derek") + "\n\n" + DISC,
     attachments=[("APS_request_template_v2024-2.docx",
                   "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                   make_docx(tmpl))])

emit("clean", "training", "",
     who("mercer"), ["Individual Life UW Team <uw-individual@%s>" % DOM, "Disability Claims - All <disability-all@%s>" % DOM],
     "Lunch & learn Wed: 'The sample applicant' - reading an echo report",
     when(2024, 11, 18, 12, 30),
     """Hello all,

For Wednesday's lunch and learn (noon, 5th floor training room) we'll walk through a fictitious applicant. "Jane Sample" is made up -- the echo and lab values below are a teaching set, not from any file.

Jane Sample, 61, applying for $500k 15-yr term. Nonsmoker.
  Echo: LVEF 55%, mild concentric LVH, grade I diastolic dysfunction, mild MR, normal RV.
  BP at exam 138/84. NT-proBNP 96. eGFR 74.

Bring your answers to:
  - Which findings matter for mortality and which are "normal aging"?
  - What additional requirements, if any, would you order?
  - Where would you place her, and why?

Second half: same concepts for disability -- when does "grade I diastolic dysfunction" appear in an APS and what does it mean (usually very little) for work capacity.

Pizza provided. Bring a question.

Dr. Mercer

""" + sig("mercer", full=False))

emit("clean", "training", "",
     "Vantage Paramedical - Client Training <training@vantageparamed.net>", UWREQ,
     "How to: order and track exams in the new VantageLink portal",
     when(2025, 2, 18, 13, 0),
     """Hello Ashgrove team,

VantageLink 3.0 goes live for your account on 3/3. Quick guide below, with a screenshot of the new order screen. The screenshot uses our sample applicant "SAMPLE, APPLICANT" (DOB 01/01/1970, order VPS-DEMO-0001) from the training environment -- it is not a real person.

1. Log in at vantagelink.vantageparamed.net with your existing username.
2. New Order > choose carrier product > pick requirements (paramed, blood/urine, EKG, cognitive screen).
3. Scheduling preferences now include "examiner language" and "home / office / employer site".
4. Track: the order timeline shows Scheduled > Completed > Kit shipped > Lab received.
5. Results: the Part II and EKG tracing PDF post to the order within 24 hours of the exam.

Training sessions (30 min): 2/25 and 2/27 at 10 AM CT. Reply to register.

Vantage Paramedical Services - Client Training
Ph 763-555-0184
""",
     attachments=[("VantageLink_new_order_screen.jpg", "image/jpeg", fake_jpeg(2200))])


# ============================================================================
# labels + counts
# ============================================================================

with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["file", "label", "kind", "patient_name"])
    for r in ROWS:
        w.writerow(r)

EXPECTED = {
    ("phi", "care"): 8, ("phi", "ids"): 8, ("phi", "lang"): 8, ("phi", "lists"): 7,
    ("phi", "names"): 8, ("phi", "self"): 7, ("phi", "struct"): 7,
    ("clean", "admin"): 7, ("clean", "lookalike"): 7, ("clean", "news"): 6,
    ("clean", "staff"): 7, ("clean", "training"): 6,
}
for k in EXPECTED:
    flag = "" if COUNTS.get(k, 0) == EXPECTED[k] else "   <-- expected %d" % EXPECTED[k]
    print("%-6s %-10s %3d%s" % (k[0], k[1], COUNTS.get(k, 0), flag))
print("total  %d" % sum(COUNTS.values()))
