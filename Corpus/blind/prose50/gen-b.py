#!/usr/bin/env python3
"""Blind evaluation mail set: urgent-care chain, retail walk-in clinics, university
student health + counselling. All people, numbers and organisations are invented.

Run:  python3 gen.py OUTDIR
"""
import sys
import os
import io
import csv
import json
import random
import zipfile
import email.policy
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta

SEED = 5002
random.seed(SEED)

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

ROWS = []
COUNTERS = {}
MSGNO = [0]

DISCLAIMER_BP = (
    "CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of\n"
    "the intended recipient(s) and may contain confidential and privileged information. Any\n"
    "unauthorized review, use, disclosure or distribution is prohibited. If you are not the\n"
    "intended recipient, please contact the sender by reply e-mail and destroy all copies.")

DISCLAIMER_HU = (
    "This message may contain confidential information protected by state and federal law.\n"
    "If you received it in error, please notify the sender and delete it.")


def when(s):
    """'2024-03-14 10:42' -> RFC 5322 date string (US Eastern-ish offset, no clock)."""
    dt = datetime.strptime(s, "%Y-%m-%d %H:%M")
    off = -4 if 4 <= dt.month <= 10 else -5
    dt = dt.replace(second=random.randint(0, 59), tzinfo=timezone(timedelta(hours=off)))
    return format_datetime(dt)


def mk(label, kind, frm, to, subject, body, date, pname="", cc=None, html=None,
       atts=(), cte=None, hdrs=None):
    key = (label, kind)
    COUNTERS[key] = COUNTERS.get(key, 0) + 1
    MSGNO[0] += 1
    n = MSGNO[0]
    fname = "%s-%s-%03d.eml" % (label, kind, COUNTERS[key])

    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = when(date)
    dom = frm.split("@")[-1].strip(">").strip()
    msg["Message-ID"] = "<%08x.%d.%s@%s>" % (random.getrandbits(32), n, kind, dom)
    msg["MIME-Version"] = "1.0"
    for k, v in (hdrs or []):
        msg[k] = v

    if not cte and body.isascii():
        cte = "7bit"          # plain ASCII mail goes out unencoded, as most clients do
    if cte:
        msg.set_content(body, cte=cte)
    else:
        msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype="html")
    for a in atts:
        fn, data, mtype = a
        maintype, subtype = mtype.split("/")
        if isinstance(data, str) and maintype != "text":
            data = data.encode("utf-8")
        if isinstance(data, str):
            msg.add_attachment(data, subtype=subtype, filename=fn,
                               cte="7bit" if data.isascii() else None)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)

    j = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary("----=_Part_%d_%d" % (n, j))
            j += 1

    with open(os.path.join(OUT, fname), "wb") as fh:
        fh.write(msg.as_bytes(policy=email.policy.SMTP))
    ROWS.append((fname, label, kind, pname if label == "phi" else ""))


def zip_bytes(files, dt=(2024, 9, 3, 8, 15, 0)):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content)
    return buf.getvalue()


def xlsx_bytes(rows, sheet="Sheet1"):
    def esc(s):
        return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))

    def col(i):
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s

    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (col(c), r)
            cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, esc(v)))
        sheet_rows.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % "".join(sheet_rows))
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % esc(sheet)),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ("xl/worksheets/sheet1.xml", sheet_xml),
    ]
    return zip_bytes(files)


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


# =========================================================================================
#  PHI - care
# =========================================================================================

mk("phi", "care",
   '"Tamsin Rowe, RN" <trowe@brightpathuc.com>',
   "Marcy Gallagher <mgallagher@kestrellogistics.com>",
   "Work status - D. Pruitt - visit 3/14",
   """Hi Marcy,

Following up on the employee you sent over this morning. Darnell Pruitt was seen at our
Eastgate location at 10:40. The cut on his right palm was cleaned and closed with 6
sutures, he got a Td booster since his last one was more than 10 yrs ago, and Dr. Okafor
started him on a 5 day course of cephalexin because the box cutter was dirty.

Work status: modified duty, no lifting/gripping with the right hand until the sutures
come out. He needs to come back here on 3/24 (Sunday is fine, we're open 8-8) to have
them removed and be re-checked.

The first report of injury and our work status form are being faxed to your office now.
Let me know if you need anything else.

Tamsin Rowe, RN
Occupational Health Coordinator
BrightPath Urgent Care | Eastgate
p 555-310-4477 | f 555-310-4478

""" + DISCLAIMER_BP + "\n",
   "2024-03-14 13:05", pname="Pruitt", cc="occmed@brightpathuc.com")

mk("phi", "care",
   "Deb Kowalski <dkowalski@shc.halvorsen.edu>",
   "CAPS Intake <caps-intake@halvorsen.edu>",
   "fyi priya r - seen in clinic today",
   """hey all - just a heads up since she mentioned she has an intake with you next week.

Priya Ramaswamy came in to clinic today for the sore throat / exhausted-all-the-time
thing, we drew a cbc and monospot and sent a throat culture. She also said the sertraline
makes her nauseous in the am and asked if she can switch to taking it at night - I told
her to ask whoever she sees at CAPS or her psychiatrist at home (Dr somebody in NJ).

she looked pretty wiped out and teary honestly. didnt want to push it.

results should be back tmrw, I'll route them to Dr. Abernathy.

Deb

--
Deb Kowalski, LPN
Halvorsen University Student Health Center
x4-2210
""",
   "2024-10-02 15:47", pname="Ramaswamy")

mk("phi", "care",
   "Miles Okafor MD <mokafor@brightpathuc.com>",
   "Riverside Callbacks <riverside.callbacks@brightpathuc.com>",
   "FW: Discrepancy - overread 02/02",
   """Can someone please call him today. Missed a small fracture on the ankle - he needs a
CAM boot and ortho referral. I'll sign the order in ChartWell. If we can't reach him after
2 tries send the certified letter.

-MO

-----Original Message-----
From: Teleradiology QA <qa@summitreads.com>
Sent: Monday, February 5, 2024 7:12 AM
To: Okafor, Miles <mokafor@brightpathuc.com>
Subject: Discrepancy - overread 02/02

BrightPath UC - Riverside
Patient: WIERZBICKI, TOMASZ
Exam: XR ANKLE LEFT 3+ VIEWS     Exam date: 02/02/2024 18:51
Prelim (site): No acute fracture.
Final: Small avulsion fracture off the tip of the lateral malleolus. Lateral soft tissue
swelling. Recommend follow-up radiographs in 10-14 days.
Discrepancy category: 2 (minor, may affect management)

Please acknowledge receipt by replying to this message.

Summit Reads Teleradiology - Quality Team
""",
   "2024-02-05 08:31", pname="Wierzbicki")

mk("phi", "care",
   '"Janelle Ortiz, CMA" <jortiz@brightpathuc.com>',
   "Nurse Bev <nurse@camptallpines.org>",
   "RE: Ellie Marchetti - missing immunization info",
   """Hi Bev,

Yes we have her. Ellie got her Tdap and her first meningococcal shot here on 5/22, and her
TB skin test was placed the same day and read 5/24 as negative (0 mm). I'll fax the
immunization printout to 555-0190 in a few minutes since our system won't let me attach
from the chart.

Her physical was done by Laura Finch PA-C and she's cleared for all activities incl.
swimming. Only note is she uses her albuterol inhaler before sports - dad said he'd pack
one in her bag with the pharmacy label on it.

Janelle

Janelle Ortiz, CMA
BrightPath Urgent Care - Riverside
555-310-4520

On Tue, Jun 11, 2024 at 3:02 PM Nurse Bev <nurse@camptallpines.org> wrote:
> Hello BrightPath Riverside,
>
> We received the camp physical form for Ellie Marchetti (session 2, cabin Bluejay) but
> the immunization section on page 2 is blank. Her father told us she had her shots at
> your clinic in May. Could you confirm what she received? We can't let campers check in
> on 6/23 without it.
>
> Thanks so much,
> Bev Lindgren, RN
> Camp Health Director, Camp Tall Pines
""",
   "2024-06-11 16:20", pname="Marchetti")

mk("phi", "care",
   "Rosa Whitlock <rwhitlock@farrowhealth.com>",
   "Ingrid Solberg <ingrid@wayfarertravel.com>",
   "Re: Llewellyn - Tanzania trip",
   """Hi Ingrid,

Gareth came in this afternoon. He got his yellow fever shot and has the signed yellow
card with him, so he's set for the entry check. He also had the injectable typhoid (he
didn't want the capsules) and I gave him a prescription for Malarone - start 2 days
before he lands, keep going 7 days after he leaves. Hep A was already done in 2019 per
his records so nothing needed there.

He asked me to let you know since you're holding paperwork for the whole safari group.
He should be good for the 10/04 departure.

Rosa

Rosa Whitlock, MSN, FNP-C
Travel Medicine | Farrow Health Walk-In Clinic - Cedar Plaza
555-448-2100
""",
   "2024-09-12 17:02", pname="Llewellyn",
   html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi Ingrid,</p>
<p>Gareth came in this afternoon. He got his <b>yellow fever</b> shot and has the signed yellow
card with him, so he's set for the entry check. He also had the injectable typhoid (he
didn't want the capsules) and I gave him a prescription for Malarone &ndash; start 2 days
before he lands, keep going 7 days after he leaves. Hep A was already done in 2019 per
his records so nothing needed there.</p>
<p>He asked me to let you know since you're holding paperwork for the whole safari group.
He should be good for the 10/04 departure.</p>
<p>Rosa</p>
<p style="color:#555">Rosa Whitlock, MSN, FNP-C<br>Travel Medicine | Farrow Health Walk-In Clinic &ndash; Cedar Plaza<br>555-448-2100</p>
</body></html>
""")

mk("phi", "care",
   "lfinch@brightpathuc.com",
   "riverside.callbacks@brightpathuc.com",
   "callback",
   """pls call back the kid from this am - Jaylen Brooks - throat cx came back pos, rapid was
neg. sent amoxicillin to the Farrow's on 5th st. mom's # is in the chart
thx L
""",
   "2024-11-19 12:14", pname="Brooks")

mk("phi", "care",
   '"Nadia Ferreira, PhD" <nferreira@halvorsen.edu>',
   "Dr. Wei Chen <wchen@shc.halvorsen.edu>",
   "referral for med eval - H. Lindqvist",
   """Dr. Chen,

I'd like to refer Hannah Lindqvist (junior, nursing) for a medication evaluation. She has
been seeing me weekly for CBT since mid-September, 8 sessions so far. Her PHQ-9 came down
from 19 at intake to 14 last week, but sleep is still poor (4-5 hrs a night) and she's had
two panic attacks during lab this month. Her family doctor at home started fluoxetine
10 mg over Thanksgiving break and she isn't sure whether she should keep taking it while
she's here. No SI; safety plan on file from intake.

She's fine with us coordinating and signed the internal release. She's free Tue/Thu
afternoons.

Thanks,
Nadia

Nadia Ferreira, PhD
Staff Psychologist
Counseling & Psychological Services (CAPS) | Halvorsen University
(555) 702-3300

""" + DISCLAIMER_HU + "\n",
   "2024-12-03 10:26", pname="Lindqvist")

mk("phi", "care",
   "BrightPath Billing <billing@brightpathuc.com>",
   "Kevin Marsh <kmarsh@granitemutual-claims.com>",
   "WC claim 24-118820 - itemized services, Roberto Salgado",
   """Mr. Marsh,

Per your request, below is the list of services provided to Roberto Salgado under claim 24-118820 (employer: Dunmore Roofing & Gutters, date of injury 06/03/2024).

06/03/2024   Initial visit, new patient, moderate complexity
06/03/2024   X-ray lumbar spine, 2-3 views
06/03/2024   Ketorolac 60 mg IM injection
06/10/2024   Follow-up visit, work status update
06/12/2024   Physical therapy evaluation
06/19/2024   Physical therapy, therapeutic exercise x3 units

Total billed: $1,284.00 -- outstanding: $1,284.00

He is currently on restricted duty (no lifting over 20 lb, no ladders or roof work). Visit notes for each date were faxed to your office on 6/21. Please let us know if anything else is required to process payment.

Regards,

Alicia Brandt
Workers' Compensation Billing Specialist
BrightPath Urgent Care - Central Business Office
555-310-4000 ext 218
""",
   "2024-07-08 09:44", pname="Salgado", cte="quoted-printable")

# =========================================================================================
#  PHI - names
# =========================================================================================

mk("phi", "names",
   "Jo McAllister <jmcallister@farrowhealth.com>",
   "clinicals@daltoncc-nursing.edu",
   "Re: Nguyễn Thị Lan - TB skin test read",
   """read at 48 hrs today, 0 mm. signed form going back with her, she's good to start
clinicals monday.

- Jo
Jo McAllister, RN | Farrow Health Walk-In Clinic #14
""",
   "2024-08-22 11:09", pname="Nguyễn Thị Lan")

mk("phi", "names",
   "Priscilla Huang MD <phuang@brightpathuc.com>",
   "Lakeshore RNs <lakeshore.rn@brightpathuc.com>",
   "BP recheck f/u",
   """Mrs. Adebayo-Okafor was back today for her BP recheck - 158/96 sitting, 162/98 on repeat.
She admits she stopped the amlodipine about 3 weeks ago because of ankle swelling. I
switched her to losartan 25 and want a BMP in 1 week (order is in). Please make sure she
gets connected with a PCP, she said hers retired. If she calls back give her the Westside
Family Med new patient line.

Thanks
PH
""",
   "2024-04-17 18:22", pname="Adebayo-Okafor")

mk("phi", "names",
   "Sam Ortega <sortega@shc.halvorsen.edu>",
   "immunizations@shc.halvorsen.edu",
   "van der Berg's titers",
   """Got Pieter van der Berg's hep B surface antibody back and it's still nonreactive (<5)
even after the full 3 dose series. Per our policy for health sciences students he needs a
second series + retiter. Can someone get him on the schedule for dose 1 and let the
School of Dentistry compliance office know he's in progress so they don't block his
clinic rotation?

his varicella IgG was positive so that one's fine.

Sam
""",
   "2024-09-04 14:38", pname="van der Berg")

mk("phi", "names",
   '"Greer, Tonya" <tgreer@farrowhealth.com>',
   "Clinic Ops <clinicops@farrowhealth.com>",
   "chart correction - Chaudhary, Ananya",
   """Chaudhary, Ananya
Visit 10/08 - flu shot documented as given L deltoid, was actually R deltoid. Lot # is
correct. She noticed it on her after-visit summary and wants it fixed because she's having
a lymph node biopsy on the left side next week and the surgeon asked. Can I amend this
myself or does it have to go through you?

Tonya Greer, APRN, FNP-BC
Farrow Health Walk-In #22 (Brookfield)
""",
   "2024-10-10 09:03", pname="Chaudhary")

mk("phi", "names",
   '"Rhys Davies, ATC" <rdavies@athletics.halvorsen.edu>',
   "Sports Medicine <sportsmed@shc.halvorsen.edu>",
   "Mateo - still having headaches",
   """Hi Dr. Kwan,

The freshman from men's soccer you saw Tuesday after the head-to-head collision - Mateo -
says he's still getting headaches in the afternoon and the lights in the weight room bother
him. He's done nothing but the stationary bike at low intensity per your plan. I don't
think he's ready for step 3 of the return-to-play progression. Can you fit him in before
Friday? Match is Saturday and his coach is already asking.

Rhys

Rhys Davies, MS, ATC
Head Athletic Trainer, Men's Soccer
Halvorsen Athletics | 555-702-4180
""",
   "2024-09-25 08:12", pname="Mateo")

mk("phi", "names",
   "BrightPath Occupational Medicine <dot@brightpathuc.com>",
   "Greg Hollins <ghollins@kestrellogistics.com>",
   "DOT medical exam - Mr. Al-Hashimi",
   """Hello Greg,

Mr. Yusuf Al-Hashimi completed his DOT physical with us today but we could not certify him
yet. He did not meet the vision standard (20/50 left eye uncorrected and he didn't have
his glasses with him). Everything else on the exam was within standards. Once he's seen an
optometrist and comes back with corrective lenses we can re-test, no appointment needed.
Until then he is not certified to operate a CMV.

We issued a determination pending letter (valid 45 days).

BrightPath Urgent Care - Occupational Medicine
Harold Benning, DO - Certified Medical Examiner
Maple Ridge | 555-310-4600
""",
   "2024-05-09 14:51", pname="Al-Hashimi")

mk("phi", "names",
   "Marta Sokolova <msokolova@shc.halvorsen.edu>",
   "SHC Front Desk <frontdesk@shc.halvorsen.edu>",
   "allergy shot schedule - Dvořáková",
   """Hi front desk,

Zuzana Dvořáková brought her allergy extracts over from her allergist in Brno (they're in
the allergy fridge, top shelf, labelled). She's on maintenance, 0.5 mL every 4 weeks. She
had a large local reaction last time at home so she has to stay the full 30 minutes after
each injection - please don't let her leave early even if she has class.

Can you book her for every 4th Wednesday at 1:30 through December? Her next one is
10/16.

Thank you!
Marta Sokolova, RN
Allergy & Immunization Clinic, Student Health
""",
   "2024-10-01 11:40", pname="Dvořáková",
   html="""<div dir="ltr"><p>Hi front desk,</p>
<p>Zuzana Dvořáková brought her allergy extracts over from her allergist in Brno (they're in
the allergy fridge, top shelf, labelled). She's on maintenance, 0.5&nbsp;mL every 4 weeks. She
had a large local reaction last time at home so she has to stay the <u>full 30 minutes</u> after
each injection &ndash; please don't let her leave early even if she has class.</p>
<p>Can you book her for every 4th Wednesday at 1:30 through December? Her next one is 10/16.</p>
<p>Thank you!<br>Marta Sokolova, RN<br><i>Allergy &amp; Immunization Clinic, Student Health</i></p></div>
""")

mk("phi", "names",
   "Farrow Health Walk-In #9 <westbrook@farrowhealth.com>",
   "Colleen Harte <charte@westbrookschools.org>",
   "Re: sports clearance - Ní Dhomhnaill",
   """Hi Colleen,

Ms. Ní Dhomhnaill's physical (Siobhán, 8th grade, cross country) is done but I can't sign
full clearance yet. The NP heard a soft murmur that wasn't documented before and mom says
there's an uncle who died suddenly young, so we've referred her to pediatric cardiology
for an ECG and echo. She can do PE class but not competitive practice until cardiology
clears her. Mom has the referral and is calling them today.

I'll send the signed form as soon as we get their note.

Dana Kerrigan, MA
Farrow Health Walk-In Clinic #9 (Westbrook Plaza)
""",
   "2024-08-15 15:28", pname="Ní Dhomhnaill")

# =========================================================================================
#  PHI - self
# =========================================================================================

mk("phi", "self",
   "Kaitlyn Moreau <kmoreau24@students.halvorsen.edu>",
   "shc-nurse@halvorsen.edu",
   "test results??",
   """hi, this is Kaitlyn Moreau (dob 09/17/2003). I came in last wednesday for the STI panel
and pregnancy test and the portal says my results are "final" but when I click on them it
says I don't have access?? I've been checking all weekend and I'm kind of freaking out.
can someone just call me? 555-248-9913

thanks,
Kaitlyn

Sent from my iPhone
""",
   "2024-02-26 07:58", pname="Moreau")

mk("phi", "self",
   "Meredith Whitfield <mwhitfield.home@gmail.com>",
   "brookfield@farrowhealth.com",
   "Ethan's sports physical form - page 2 not signed",
   """Hello,

My son Ethan Whitfield (DOB 2/11/2011) had his sports physical at your Brookfield clinic
inside Farrow's last Thursday. The athletic office at Westbrook sent the form back because
page 2 (provider signature + clearance) isn't signed. Also the asthma section is blank -
he uses a Flovent inhaler every day and albuterol before practice, and the nurse
practitioner did listen to his lungs and said he was fine.

Tryouts are Monday. Is there any way someone can sign it and fax it to the athletic office
(555-0122)? I'm happy to come pick it up too.

Thank you!
Meredith Whitfield
555-377-0418
""",
   "2024-08-09 20:14", pname="Whitfield")

mk("phi", "self",
   "luis ortega <lortegaramos77@yahoo.com>",
   "occmed@brightpathuc.com",
   "follow up back",
   """hello my name is Luis Ortega-Ramos i work at Kestrel warehouse in Maple Ridge. i hurt my
back lifting on 4/2 and the dr gave me the muscle relaxer and naproxen and said come back
in a week. its been a week and it still hurts and now its going down my left leg, and the
relaxer makes me to sleepy to drive. do i come in or go to the ER?

also my supervisor says i need a paper that says i can do light duty can you send it to him

thank you
Luis
555-892-0046
""",
   "2024-04-09 06:47", pname="Ortega-Ramos")

mk("phi", "self",
   "Adaeze Nwosu <adaeze.nwosu@outlook.com>",
   "Travel Clinic <travelclinic@farrowhealth.com>",
   "Ghana trip - yellow fever + pregnancy question",
   """Good afternoon,

I have an appointment at your Cedar Plaza travel clinic on Saturday the 14th. I am
travelling to Accra on the 2nd of next month for my sister's wedding. I had the yellow
fever vaccine in 2015 in Lagos (I have the yellow card and will bring it).

The thing is I'm 14 weeks pregnant (my OB is Dr. Hale at Riverside Women's Health). I've
read conflicting things about whether I need a booster and whether I can take malaria
tablets while pregnant. My OB said to ask the travel clinic. Could the doctor look at this
before Saturday so I don't waste the appointment?

My date of birth is 22/07/1991 in case you need to pull up my file.

Many thanks,
Ada
""",
   "2024-09-09 13:31", pname="Nwosu")

mk("phi", "self",
   "Marcus Tellefsen <mtellefsen@students.halvorsen.edu>",
   "Rebecca Feld <rfeld@halvorsen.edu>",
   "thursday",
   """Hi Dr. Feld,

it's Marcus. I can't make it Thursday, my midterm got moved. Also the new lamotrigine dose
(the 100) is making me dizzy in the morning and I almost fell on the stairs yesterday. is
that normal or should I go back to 50? I haven't told Dr. Singh yet. can we do a phone
session next week instead

Marcus
""",
   "2024-10-21 23:52", pname="Tellefsen")

mk("phi", "self",
   "Geneviève Beaulieu <gbeaulieu@northmail.net>",
   "BrightPath Lakeshore <lakeshore@brightpathuc.com>",
   "Camp forms + EpiPen authorization for Sophie-Anne",
   """Bonjour / Hi,

My daughter Sophie-Anne Beaulieu (10 yrs old, DOB 04/03/2014) had her camp physical with
Dr. Huang on June 2. Camp Tall Pines now says they also need the medication authorization
form signed by the provider for her EpiPen Jr (severe peanut and tree nut allergy - she had
anaphylaxis in 2021) and for her daily cetirizine. The form is attached, I filled in my
part. Can Dr. Huang sign it? We leave June 22.

Merci,
Geneviève Beaulieu
(555) 871-2240
""",
   "2024-06-12 21:05", pname="Beaulieu",
   atts=[("Camp_Tall_Pines_Medication_Authorization.txt",
          """CAMP TALL PINES - MEDICATION AUTHORIZATION (2024)

Camper name: Sophie-Anne Beaulieu          Date of birth: 04/03/2014
Session: 2 (June 23 - July 6)               Cabin: Chickadee
Parent/guardian: Genevieve Beaulieu         Phone: 555-871-2240

Medication 1: EpiPen Jr 0.15 mg auto-injector
  Reason: severe peanut / tree nut allergy (anaphylaxis 2021)
  Directions: inject outer thigh for signs of anaphylaxis, call 911, 2nd dose in 5-15 min if needed
Medication 2: Cetirizine 5 mg tablet
  Directions: 1 tab by mouth once daily at breakfast

Parent signature: G. Beaulieu   Date: 06/12/2024

LICENSED PROVIDER SIGNATURE: ______________________   Date: ________
Provider name / practice: ______________________________________
""", "text/plain")])

mk("phi", "self",
   "Patient Accounts <billing@brightpathuc.com>",
   "Gerald Szymanski <gszymanski1958@gmail.com>",
   "RE: double charged for tests??",
   """Dear Mr. Szymanski,

Thank you for reaching out. I reviewed account 4471902. A rapid influenza A/B test and a
COVID-19 antigen test were both run from the same nasal swab on 03/03, which is why you
see two line items - they are two separate lab tests even though you were only swabbed
once. Your plan (Northstar Health) applied both to your deductible.

If it helps, we can set up a no-interest payment plan over 3 or 6 months. Just reply here
or call 555-310-4000 option 2.

Kind regards,
Alicia Brandt
Patient Accounts, BrightPath Urgent Care

-----Original Message-----
From: Gerald Szymanski <gszymanski1958@gmail.com>
Sent: Friday, March 22, 2024 4:18 PM
To: Patient Accounts <billing@brightpathuc.com>
Subject: double charged for tests??

I was seen at your Riverside urgent care on March 3rd (account 4471902). I was billed $89
for a rapid flu AND $74 for a covid test but they only swabbed me ONCE. I had the flu
(positive) and was given Tamiflu and that's fine but I'm not paying twice for one swab.

Gerald Szymanski
DOB 8/19/1958
""",
   "2024-03-25 10:10", pname="Szymanski")

# =========================================================================================
#  PHI - ids
# =========================================================================================

mk("phi", "ids",
   "Dr. Simone Achterberg <sachterberg@brightpathuc.com>",
   "Lakeshore Callbacks <lakeshore.callbacks@brightpathuc.com>",
   "hcg callback - needs call today",
   """pt dob 3.4.88, seen last night at Lakeshore, MRN BPU-0048213. serum hcg resulted this am
1,840. She was sent home with ibuprofen for the pelvic pain and no ultrasound was done.
Please call her and tell her to stop the ibuprofen, use tylenol instead, and she needs to
be seen by OB or in the ED within 24h for an ultrasound - if bleeding/worse pain go to the
ED now. document the call pls.

SA
""",
   "2024-01-18 07:22")

mk("phi", "ids",
   "Crestline Reference Lab - Client Services <clientservices@crestlinelabs.com>",
   "BrightPath Maple Ridge <mapleridge@brightpathuc.com>",
   "Specimen rejected - ACC 24UC118834",
   """SPECIMEN REJECTION NOTICE

Client:       BrightPath UC Maple Ridge (acct C-20417)
Accession:    24UC118834
Patient:      HALLORAN, B
DOB:          19950712
Collected:    2024-08-19 14:22
Tests:        BASIC METABOLIC PANEL; HEPATIC FUNCTION PANEL
Reason:       Specimen grossly hemolyzed - results cannot be reported
Action:       Please recollect. Courier pickup available until 18:00.

Questions: 1-800-555-0177, option 3. Reference ticket CS-557190.
""",
   "2024-08-20 06:15", pname="Halloran")

mk("phi", "ids",
   "Farrow Travel Clinic <travelclinic@farrowhealth.com>",
   "Group Desk <groups@bluecompasstours.com>",
   "rabies pre-exposure - Eze, Chidi",
   """Hello,

As requested for your group file:

Passenger: Chidi Eze
DOB: 4 Mar 1988
Passport: A09377152

Rabies pre-exposure prophylaxis: dose 1 on 12 Aug 2024, dose 2 on 19 Aug 2024 (2-dose
schedule, complete). Japanese encephalitis dose 1 on 12 Aug 2024, dose 2 due 9 Sep 2024 -
must be at least 1 week before the 20 Sep departure. He also received a prescription
for doxycycline for malaria prevention.

A signed vaccination letter will be given to him at the 9 Sep visit.

Farrow Health Travel Medicine - Cedar Plaza
555-448-2100
""",
   "2024-08-19 16:40", pname="Eze")

mk("phi", "ids",
   "BrightPath Referrals <referrals@brightpathuc.com>",
   "Northstar UM <um.requests@northstarhp.com>",
   "Prior auth request - MRI R knee",
   """Prior authorization request - outpatient imaging

Member ID: NSH884120537
Group: 22019
DOB: 11/30/1979
Phone on file: (555) 214-8890

Requesting: MRI right knee without contrast (CPT 73721)
Clinical: twisting injury at work 6 wks ago. Failed conservative treatment - PT x8 visits,
naproxen 500 bid, knee brace. Positive McMurray, 2 episodes of locking, effusion on
exam 8/28. X-ray negative for fracture.

Ordering provider: Priscilla Huang MD, NPI 1306849275
Site: BrightPath Urgent Care - Lakeshore, 555-310-4700, fax 555-310-4701

Please fax determination to the number above.
""",
   "2024-08-29 11:57")

mk("phi", "ids",
   "Keisha Danvers <kdanvers@farrowhealth.com>",
   "Dunmore Clinic Team <dunmore@farrowhealth.com>",
   "mail school physical form - Tyrese",
   """mom called, she can't get here before school starts and wants the school physical form +
immunization record MAILED instead of picked up:

Tyrese - DOB 2012-06-08
1142 Larkspur Ln Apt 3B
Dunmore, OH 44310
mom cell 555-660-2391

he got his 2nd HPV and Tdap at the visit on 8/6 so make sure those print on the record,
the first copy she got was missing them. thanks!!

Keisha
""",
   "2024-08-12 10:33", pname="Tyrese")

mk("phi", "ids",
   "CAPS After-Hours Coordinator <caps-afterhours@halvorsen.edu>",
   "CAPS Clinical Team <caps-clinical@halvorsen.edu>",
   "after-hours contact 11/14 - SID 900417552",
   """Overnight report from the after-hours line (ProtoCall):

Student ID 900417552 called at 01:40. Reported passive suicidal thoughts, no plan, no
intent, no access to firearms. Counselor on call completed a safety plan by phone;
roommate was present and aware. Student agreed to come in today.

Please schedule an urgent same-day appointment and reach out by noon at 555-702-3384. If
no response by noon, follow the welfare check protocol.

- J. Amundsen, LPC, After-Hours Coordinator
""",
   "2024-11-14 07:05")

mk("phi", "ids",
   "lfinch@brightpathuc.com",
   "riverside.callbacks@brightpathuc.com",
   "re 00719344",
   """flu neg, covid neg, rsv POS. 14 mo. sats were 95% at d/c. mom at 555-0147 - pls call and
go over return precautions (breathing fast, pulling in at the ribs, fewer wet diapers).
thx
""",
   "2024-12-09 19:48")

mk("phi", "ids",
   '"Tamsin Rowe, RN" <trowe@brightpathuc.com>',
   "Kestrel HR Onboarding <onboarding@kestrellogistics.com>",
   "Onboarding immunizations - acct 7781-22094",
   """Hi team,

Delgado, Rafael - last 4 SSN 6621, DOB Jan 9 1964 - employer acct 7781-22094

Completed 11/04:
 - Tdap
 - Hep B #2 of 3 (#3 due 02/2025)
 - 2-step TB skin test, step 1 placed - read Thursday 11/07
 - Respirator fit test PASSED, 3M 8210 N95 size M

He'll need to come back for the read Thursday or we have to start over.

Tamsin Rowe, RN
Occupational Health Coordinator, BrightPath Urgent Care
""",
   "2024-11-04 15:12", pname="Delgado")

# =========================================================================================
#  PHI - lists
# =========================================================================================

mk("phi", "lists",
   "Kim Tran <ktran@brightpathuc.com>",
   "Eastgate Team <eastgate@brightpathuc.com>",
   "huddle list sat 9/7",
   "Callbacks / pending for today - please initial when done\n\n"
   "Name\tDOB\tReason\tOwner\n"
   "Petrosyan, Anahit\t05/14/1976\tUA culture pending, on Macrobid\tKim\n"
   "Oduya, Samuel\t11/02/1990\tXR R wrist - final read disagrees, needs splint check\tDr O\n"
   "Hargreave, Lily\t08/30/2019\tstrep cx pos, amox sent\tKim\n"
   "Trinh, Bao\t01/19/1952\tINR 4.1 on warfarin - call his PCP\tDr O\n"
   "Castellanos, Mirta\t12/12/1985\tBP 172/104 - recheck today\tJess\n"
   "\nalso: flu shot clinic for Kestrel employees 1-3pm, need 2 MAs\n\n-Kim\n",
   "2024-09-07 07:41", pname="Petrosyan")

mk("phi", "lists",
   "Dr. Simone Achterberg <sachterberg@brightpathuc.com>",
   "Lakeshore Day Team <lakeshore.day@brightpathuc.com>",
   "sign out - lakeshore overnight 10/12 -> 10/13",
   """Sign-out for day team:

* Gunnar Eriksrud, 71 - chest pressure, EKG no STEMI, trop #1 neg, transferred to St.
  Brigid ED by EMS at 0410. Call St. Brigid for update, family asked.
* Sandoval kid (Aiden, 6) - nursemaid's elbow, reduced, using arm, d/c with mom
* Tabitha Greenleaf, 28F - UTI, started Macrobid, urine culture pending -> callback if
  resistant
* Okwuosa, Ifeanyi - 3 cm forehead lac repaired (5-0 nylon), sutures out in 5 days
* pending: CXR overread on rm 4 pt (Delacroix-Hunt) - prelim looked like RLL infiltrate,
  started on doxy

Also: Pyxis count off by 1 ondansetron 4mg ODT, pharmacy notified.

SA
""",
   "2024-10-13 07:02", pname="Eriksrud")

mk("phi", "lists",
   "Janelle Ortiz <jortiz@brightpathuc.com>",
   "Riverside Team <riverside@brightpathuc.com>",
   "Sat camp physical clinic - roster (updated)",
   """Updated roster for Saturday's camp physical block (9-12, rooms 2 & 3). Please pull
forms the night before.

NAME                    DOB         CAMP               NOTES
----------------------  ----------  -----------------  ------------------------------------
Kowal, Jakub            03/22/2013  Camp Tall Pines    needs Tdap; asthma action plan
Featherstone, Mia       09/09/2014  YMCA Day Camp      peanut allergy - epi auth form
Rahimi, Darius          07/01/2012  Camp Tall Pines    ADHD meds (Concerta) - med auth form
Oyelaran, Temi          02/28/2015  Lakeside Scouts    none
Hollister-Vance, Ruby   11/11/2013  Camp Tall Pines    type 1 DM - pump orders from endo
Quiroga, Benjamín       06/17/2011  Lakeside Scouts    hx seizure 2022, off meds, neuro ltr

Ruby's mom will bring the endo letter. Darius needs the controlled-substance section.

Janelle
""",
   "2024-06-13 16:55", pname="Kowal")

mk("phi", "lists",
   "BrightPath Occupational Medicine <occmed@brightpathuc.com>",
   "Marcy Gallagher <mgallagher@kestrellogistics.com>",
   "pre-employment screens wk of 7/15",
   """Hi Marcy,

Attached are results for last week's pre-employment screens. One is still with the MRO
(see notes) and one needs a recollect - please have her come in this week, any site.

Thanks,
Occ Med Team
BrightPath Urgent Care
""",
   "2024-07-22 09:20", pname="Fairweather",
   atts=[("Kestrel_preemployment_2024-07-15.csv", csv_text([
       ["donor_last", "donor_first", "dob", "collection_date", "service", "result",
        "mro_status", "notes"],
       ["Fairweather", "Dion", "1997-03-14", "2024-07-15", "10-panel UDS", "NEGATIVE",
        "final", ""],
       ["Ncube", "Thandiwe", "1993-10-02", "2024-07-15", "10-panel UDS",
        "NON-NEGATIVE AMPHETAMINE", "pending MRO", "donor reports Rx (Adderall)"],
       ["Kaczmarek", "Piotr", "1988-12-21", "2024-07-16", "10-panel UDS + DOT physical",
        "NEGATIVE", "final", "DOT card issued 2 yr"],
       ["Reyes-Aguilar", "Marisol", "2000-05-05", "2024-07-17", "10-panel UDS", "DILUTE",
        "recollect", "observed collection not required"],
       ["Lindahl", "Owen", "1979-08-30", "2024-07-18", "10-panel UDS + lift test",
        "NEGATIVE", "final", "lift test passed 50 lb"],
   ]), "text/csv")])

mk("phi", "lists",
   "SHC Immunization Compliance <immunizations@shc.halvorsen.edu>",
   "Registrar Holds <registrar-holds@halvorsen.edu>",
   "registration holds - immunization noncompliance (spring)",
   """Hi Tom,

Attached are the students who still have an immunization hold as of this morning. Please
keep the holds on until we clear them in Medicat. The MMR exemption one is under review by
Dr. Abernathy so leave that one too.

Thanks,
Sam Ortega
Immunization Compliance, Student Health Center
""",
   "2025-01-06 08:48", pname="Abara",
   atts=[("immunization_holds_spring2025.xlsx", xlsx_bytes([
       ["Student ID", "Last", "First", "DOB", "Missing", "Notes"],
       ["900512233", "Abara", "Chiamaka", "2005-01-30", "MMR #2", "titer drawn 12/18, pending"],
       ["900498812", "Sørensen", "Mikkel", "2004-11-11", "MenACWY booster", ""],
       ["900530047", "Villanueva", "Corazon", "2006-02-14", "TB screening",
        "IGRA positive - needs CXR"],
       ["900501996", "Petrović", "Luka", "2005-07-07", "Hep B #3", ""],
       ["900522310", "Hashemi", "Leila", "2005-09-19", "MMR", "medical exemption under review"],
       ["900517764", "O'Donoghue", "Ciaran", "2004-03-03", "Tdap", "says done at home - no record"],
   ], sheet="Holds"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])

mk("phi", "lists",
   "Rosa Whitlock <rwhitlock@farrowhealth.com>",
   "Study Abroad Office <studyabroad@halvorsen.edu>",
   "Peru program - group vaccine status",
   """Hi Meghan,

Here's the zip with the group's status as of today. Two still need to come in before
the 5/20 pre-departure deadline (Baptiste and Yilmaz). Note the yellow fever waiver for
Giulia - she should carry the letter with her passport.

Rosa
Farrow Health Travel Medicine
""",
   "2024-05-02 12:30", pname="Albright",
   atts=[("peru_group_status.zip", zip_bytes([
       ("peru_group_status.csv", csv_text([
           ["last", "first", "dob", "hepA", "typhoid", "yellow_fever", "rabies_pre",
            "malaria_rx", "notes"],
           ["Albright", "Connor", "2003-02-11", "done", "done", "done", "no", "Malarone", ""],
           ["Delacroix", "Amélie", "2004-06-29", "done", "done", "done", "yes", "Malarone",
            "egg allergy - YF given w/ 30 min observation"],
           ["Mensah", "Kwame", "2002-12-01", "done 2019", "done", "done", "no", "doxy", ""],
           ["Yilmaz", "Deniz", "2003-09-15", "dose 1", "not yet", "not yet", "no", "",
            "no-show 4/25"],
           ["Baptiste", "Jonas", "2004-01-08", "not yet", "not yet", "not yet", "no", "",
            "rescheduled"],
           ["Ferraro", "Giulia", "2003-04-22", "done", "done", "WAIVER", "no", "Malarone",
            "on methotrexate - YF contraindicated, waiver letter issued"],
       ]).encode("utf-8")),
   ], dt=(2024, 5, 2, 12, 20, 0)), "application/zip")])

mk("phi", "lists",
   "Dr. Helen Marsh-Obi <hmarshobi@halvorsen.edu>",
   "CAPS Clinicians <caps-clinical@halvorsen.edu>",
   "waitlist review for thursday team mtg",
   """Hi all - please look this over before Thursday so we can assign quickly. Ximena has
priority; Colton we may route to BASICS first.

| Name            | Intake | PHQ-9 | GAD-7 | Pref              | Notes                         |
|-----------------|--------|-------|-------|-------------------|-------------------------------|
| Jonah Beckwith  | 9/30   | 16    | 12    | male clinician    | grief, father died in Aug     |
| Ximena Paredes  | 10/01  | 21    | 18    | Spanish-speaking  | item 9 = 1, f/u call done 10/2|
| Tariq Mahmood   | 10/03  | 9     | 15    | any               | restricting, r/o ED -> RD ref |
| Eun-ji Baek     | 10/03  | 13    | 10    | any               | int'l student, visa stress    |
| Colton Reese    | 10/04  | 18    | 7     | any               | alcohol, 2nd conduct referral |

Helen

Helen Marsh-Obi, PsyD
Clinical Director, CAPS
""",
   "2024-10-07 17:18", pname="Beckwith")

# =========================================================================================
#  PHI - struct
# =========================================================================================

mk("phi", "struct",
   "Ben Yoshida <byoshida@brightpathuc.com>",
   "Crestline Interface Support <interfaces@crestlinelabs.com>",
   "ORU not filing - culture results going to error queue",
   """Hi Crestline team,

Culture results from you have been landing in our ChartWell error queue since the 3/11
update with "patient not found". Looks like PID-3 is coming over with CRL as the
assigning authority instead of BPUC. Example below (copied from prod, sorry - we need
this fixed today, providers aren't seeing positives):

MSH|^~\\&|CRESTLINE|CRL|CHARTWELL|BPUC_RIV|202403121432||ORU^R01|CRL0312143200871|P|2.5.1
PID|1||BPU0061177^^^CRL^MR||PARAMESWARAN^DIVYA^S||19980615|F|||77 Orchard Hill Rd^^Maple Ridge^OH^44123||5554417720
ORC|RE|RIV22841|CRL557102
OBR|1|RIV22841|CRL557102|STRC^Throat culture, beta strep^L|||202403101615|||||||||1679483021^FINCH^LAURA^^^^PA-C
OBX|1|CE|STRC^Culture result^L||Group A Streptococcus isolated||||||F|||202403121430
NTE|1||Called to clinic? N

Ticket on our side is INC0047790.

Ben Yoshida
Integration Analyst, BrightPath IT
555-310-4090
""",
   "2024-03-12 15:02", pname="Parameswaran")

adt = "\r".join([
    "MSH|^~\\&|CHARTWELL|FHWC22|STATEIIS|OHDH|20241008093012||ADT^A04^ADT_A01|FH2210080930|P|2.5.1",
    "EVN|A04|20241008093012",
    "PID|1||FH0092231^^^FHWC^MR||MORALES-QUINTERO^VALERIA^^^^^L||19940227|F|||412 Beechwood Ct^^Brookfield^OH^44212^USA||^PRN^PH^^1^555^2017745|||S||FH77120044",
    "PV1|1|O|||||2231^GREER^TONYA^^^^APRN|||||||||||FH77120044",
    "IN1|1|NSPPO|NSHP01|NORTHSTAR HEALTH PLAN|||||22019||||||MORALES-QUINTERO^VALERIA|01|19940227|||||||||||||||||||NSH610044587",
    "DG1|1||R50.9^Fever, unspecified^I10",
]) + "\r"
mk("phi", "struct",
   "Ben Yoshida <byoshida@brightpathuc.com>",
   "ChartWell Support <support@chartwell-ehr.com>",
   "Case 00451872 - A04 from retail sites missing PV1-3",
   """Hi Priya,

As discussed on the call - attached is a sample A04 from the Brookfield retail site
(Farrow #22) that went out this morning. PV1-3 is empty for all of the Farrow locations,
so the state registry can't map the facility. The urgent care sites populate it fine.

Let me know if you need more samples.

Ben
""",
   "2024-10-08 10:14", pname="Morales-Quintero",
   atts=[("sample_A04_FHWC22.hl7", adt.encode("ascii"), "application/octet-stream")])

mk("phi", "struct",
   "Alicia Brandt <abrandt@brightpathuc.com>",
   "ClaimBridge Support <support@claimbridge.net>",
   "rejected claim BPU24041501 - HI segment",
   """Hi, this claim came back on the 277CA with "HI01-2 invalid diagnosis code" and I can't
figure out what's wrong. Snippet from the file we sent:

ISA*00*          *00*          *ZZ*BRIGHTPATHUC   *ZZ*CLAIMBRIDGE    *240415*1022*^*00501*000004417*0*P*:~
GS*HC*BRIGHTPATHUC*CLAIMBRIDGE*20240415*1022*4417*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*BPU4417*20240415*1022*CH~
NM1*85*2*BRIGHTPATH URGENT CARE LLC*****XX*1518933246~
HL*2*1*22*0~
SBR*P*18*22019******CI~
NM1*IL*1*FONTAINE*MARGUERITE****MI*NSH552019844~
N3*88 WILLOW BEND DR~
N4*EASTGATE*OH*441340000~
DMG*D8*19670923*F~
CLM*BPU24041501*185***20:B:1*Y*A*Y*Y~
DTP*434*D8*20240412~
HI*ABK:J019*ABF:R059~
LX*1~
SV1*HC:99213*135*UN*1***1:2~
LX*2~
SV1*HC:87880*50*UN*1***1~

thanks,
Alicia
""",
   "2024-04-16 09:37", pname="Fontaine")

mk("phi", "struct",
   "Jess Albrecht <jalbrecht@brightpathuc.com>",
   "Kim Tran <ktran@brightpathuc.com>",
   "what does this 271 mean??",
   """kim can you look at this, he's in the lobby for his ankle. is $50 his copay or does the
deductible apply first? also what's the counseling line about

NM1*PR*2*NORTHSTAR HEALTH PLAN*****PI*NSHP01~
NM1*1P*2*BRIGHTPATH URGENT CARE LLC*****XX*1518933246~
NM1*IL*1*OKONJO*CHUKWUEMEKA****MI*NSH771200394~
N3*19 CANAL ST APT 2~
N4*EASTGATE*OH*44134~
DMG*D8*20011104*M~
DTP*346*D8*20240101~
EB*1*IND*30**NORTHSTAR PPO GOLD~
EB*B*IND*UC*HM**27*50~
EB*C*IND*30*****1500~
EB*C*IND*30****29*1105.50~
EB*A*IND*MH*****.2~
MSG*BEHAVIORAL HEALTH OUTPATIENT REQUIRES PCP REFERRAL~
""",
   "2024-05-14 14:03", pname="Okonjo")

fhir = {
    "resourceType": "Bundle",
    "type": "transaction",
    "entry": [
        {"fullUrl": "urn:uuid:3f1c9b2e-7a44-4d1e-9f0a-21c5d8e7b601",
         "resource": {
             "resourceType": "Patient",
             "identifier": [{"system": "https://shc.halvorsen.edu/mrn", "value": "SHC-204417"}],
             "name": [{"family": "Rasmussen", "given": ["Freya", "Elise"]}],
             "gender": "female",
             "birthDate": "2004-05-17",
             "telecom": [{"system": "phone", "value": "555-702-9918", "use": "mobile"}],
             "address": [{"line": ["Ostrander Hall 314"], "city": "Maple Ridge",
                          "state": "OH", "postalCode": "44123"}]},
         "request": {"method": "POST", "url": "Patient"}},
        {"fullUrl": "urn:uuid:8b2d6e10-5c31-4b8a-a7d2-90e4f3c1a702",
         "resource": {
             "resourceType": "Immunization",
             "status": "completed",
             "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx",
                                         "code": "MENB", "display": "MenB-4C"}]},
             "patient": {"reference": "urn:uuid:3f1c9b2e-7a44-4d1e-9f0a-21c5d8e7b601"},
             "occurrenceDateTime": "2024-09-12T10:20:00-04:00",
             "lotNumber": "BX7720",
             "site": {"text": "left deltoid"},
             "doseQuantity": {"value": 0.5, "unit": "mL"},
             "protocolApplied": [{"doseNumberPositiveInt": 1, "seriesDosesPositiveInt": 2}]},
         "request": {"method": "POST", "url": "Immunization"}},
    ]}
mk("phi", "struct",
   "Nikhil Varma <nvarma@halvorsen.edu>",
   "IIS Onboarding Support <iis.support@ohregistry-hub.org>",
   "FHIR submission rejected - Immunization.vaccineCode",
   """Hello,

Our test submission yesterday (prod endpoint, sorry - the test one was down) was rejected
with OperationOutcome "invalid vaccineCode". I think our mapping table is sending our
internal code instead of the CVX. Full bundle attached so you can see exactly what went
over. Can you confirm the expected code for MenB-4C?

Nikhil Varma
Clinical Informatics, Halvorsen University Student Health
""",
   "2024-09-13 13:45", pname="Rasmussen",
   atts=[("bundle_rejected_0912.json", json.dumps(fhir, indent=2, ensure_ascii=False) + "\n",
          "application/json")])

mk("phi", "struct",
   "SHC Health Information <him@shc.halvorsen.edu>",
   "Records - Lakeview Family Practice <records@lakeviewfp.com>",
   "Records request - continuity of care document",
   """Good morning,

Per the signed authorization you faxed on 3/4, our portal export is down so I've pasted
the summary section of the CCD below. The full document will follow by fax.

<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.9921.1" extension="SHC-188230"/>
      <addr use="HP"><streetAddressLine>2209 Linden Ave</streetAddressLine>
        <city>Maple Ridge</city><state>OH</state><postalCode>44123</postalCode></addr>
      <telecom value="tel:+1-555-702-6643"/>
      <patient>
        <name><given>Thabo</given><family>Mokoena</family></name>
        <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="20030418"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <section><title>Problems</title>
      <text>Asthma, mild persistent (onset 2015); Allergic rhinitis</text></section>
    <section><title>Medications</title>
      <text>Budesonide-formoterol 80/4.5 2 puffs BID; Albuterol HFA PRN</text></section>
    <section><title>Results</title>
      <text>Spirometry 2024-02-20: FEV1 82% predicted, +14% post-bronchodilator</text></section>
    <section><title>Encounters</title>
      <text>2024-02-20 Student Health Center - asthma follow-up, Dr. W. Chen</text></section>
  </structuredBody></component>
</ClinicalDocument>

Regards,
Lorraine Pike, RHIT
Health Information Management, Halvorsen University Student Health Center
""",
   "2024-03-06 09:05", pname="Mokoena")

mk("phi", "struct",
   "Alicia Brandt <abrandt@brightpathuc.com>",
   "Renee Calloway <rcalloway@brightpathuc.com>",
   "835 denial CO-197 - retro auth?",
   """Renee - Northstar denied the knee MRI for this one, no auth on file. I'm pretty sure
referrals faxed it but there's no auth number in the chart. Do we try retro auth or
appeal? 835 piece below.

CLP*BPU24052207*4*1450*0*0*12*NS24052207118*11*1~
NM1*QC*1*VASQUEZ-ORTIZ*ELENA****MI*NSH390018223~
NM1*82*1*HUANG*PRISCILLA****XX*1306849275~
DTM*232*20240522~
DTM*233*20240522~
SVC*HC:73721:RT*1450*0**1~
DTM*472*20240522~
CAS*CO*197*1450~
REF*6R*BPU24052207-1~
LQ*HE*N54~

Alicia
""",
   "2024-06-18 15:26", pname="Vasquez-Ortiz", cte="base64")

# =========================================================================================
#  PHI - lang
# =========================================================================================

mk("phi", "lang",
   "Lucía Mendoza <lucia.mendoza82@gmail.com>",
   "BrightPath Eastgate <eastgate@brightpathuc.com>",
   "Examen físico escolar de mi hijo - vacunas",
   """Buenas tardes,

Mi hijo Santiago Mendoza Ríos (fecha de nacimiento 14/05/2013) tuvo su examen físico para
la escuela el martes en su clínica de Eastgate. La doctora dijo que le faltaba la vacuna
del meningococo y la segunda dosis del VPH y que regresáramos para ponérselas. ¿Puedo
llevarlo el sábado sin cita?

También tiene asma y usa el inhalador de albuterol antes de educación física. ¿La doctora
puede llenar el formulario de medicamentos para la enfermera de la escuela? Lo dejé en la
recepción.

Muchas gracias,
Lucía Mendoza
Cel. 555-237-1184
""",
   "2024-08-14 17:36", pname="Mendoza Ríos")

mk("phi", "lang",
   "Anderson de Souza Lima <anderson.lima.sp@hotmail.com>",
   "occmed@brightpathuc.com",
   "atestado e retorno - acidente no trabalho",
   """Bom dia,

Meu nome é Anderson de Souza Lima, trabalho na Kestrel Logistics (turno da noite). Fui
atendido na unidade de Maple Ridge no dia 12/08 por causa do corte no dedo indicador
esquerdo, levei 4 pontos e o médico receitou cefalexina.

Hoje o dedo está mais inchado, vermelho e saiu um pouco de pus. É normal? Preciso voltar
antes do dia de tirar os pontos? Também preciso do atestado para o RH dizendo que posso
trabalhar só com a mão direita.

Obrigado,
Anderson
(555) 914-3307
""",
   "2024-08-15 06:58", pname="de Souza Lima")

mk("phi", "lang",
   "Trần Văn Hùng <tranvanhung64@gmail.com>",
   "Farrow Health Cedar Plaza <cedarplaza@farrowhealth.com>",
   "Hỏi kết quả xét nghiệm máu",
   """Chào phòng khám,

Tôi là Trần Văn Hùng, sinh ngày 03/02/1964. Tuần trước tôi đến phòng khám Farrow ở Cedar
Plaza để thử máu đường (A1C) và mỡ máu. Bác sĩ nói sẽ gọi điện báo kết quả nhưng tôi chưa
nhận được. Xin cho tôi biết kết quả, và tôi có cần tăng liều thuốc metformin không? Dạo
này tôi hay khát nước và đi tiểu nhiều vào ban đêm.

Số điện thoại: 555-431-0982 (con gái tôi là Linh nói tiếng Anh, có thể gọi cho cháu).

Cảm ơn nhiều.
Hùng
""",
   "2024-07-30 19:12", pname="Trần")

mk("phi", "lang",
   "Marie-Claude Joseph <mcjoseph.fanmi@gmail.com>",
   "BrightPath Riverside <riverside@brightpathuc.com>",
   "pitit mwen an - fyèv la toujou la",
   """Bonjou,

Mwen se manman Woodley Joseph, li gen 4 an. Nou te vini nan klinik Riverside yè swa paske
li te gen fyèv ak mal zòrèy. Doktè a te ba li amoksisilin. Jodi a fyèv la toujou 102, epi
li vomi medikaman an de fwa. Èske m dwe retounen la a oswa ale nan ijans?

Tanpri rele m nan 555-219-6634.

Mèsi anpil,
Marie-Claude
""",
   "2024-01-23 08:25", pname="Joseph")

mk("phi", "lang",
   "Анастасия Волкова <avolkova@students.halvorsen.edu>",
   "CAPS <caps@halvorsen.edu>",
   "Запись к психиатру",
   """Здравствуйте,

Меня зовут Анастасия Волкова, я студентка второго курса (ID 900488120). Я была у
консультанта Dr. Ferreira два раза, и она посоветовала записаться к психиатру. Дома в
Казани мне назначили эсциталопрам 10 мг, но таблетки заканчиваются через неделю, а рецепт
из России здесь не принимают. Без лекарства у меня опять начинаются панические атаки.

Можно ли записаться на приём до конца месяца? Я свободна по понедельникам и средам после 14:00.

Спасибо,
Настя
""",
   "2024-10-16 22:40", pname="Волкова")

mk("phi", "lang",
   "Rowena Dizon RN <rdizon@brightpathuc.com>",
   "Maricel Santos <msantos@brightpathuc.com>",
   "pasa ko sa'yo si Lola Ramos",
   """Cel, pasensya na hindi ko natapos bago mag-out.

Si Mrs. Erlinda Ramos (yung 78 y/o sa bed 2 kanina) - nabigyan na ng nebulizer x2 at
prednisone 40mg PO pero 91% pa rin ang O2 sat niya sa room air. Tinawag na ni Dr. Huang
ang ambulansya papuntang St. Brigid, ETA 20 mins. Pakitawagan yung anak niya si Jun
(555-780-1123) para sabihan na ita-transfer na siya, hindi ko siya ma-contact kanina.
Nasa folder na yung copy ng EKG at meds list.

Salamat!! -Weng
""",
   "2024-12-17 15:31", pname="Ramos")

mk("phi", "lang",
   "عبد الرحمن الزهراني <a.alzahrani75@gmail.com>",
   "Travel Clinic <travelclinic@farrowhealth.com>",
   "شهادة لقاح الحمى الشوكية للحج",
   """السلام عليكم،

أنا عبد الرحمن الزهراني، تاريخ الميلاد 1975/10/02. أخذت لقاح الحمى الشوكية (ACWY) ولقاح
الإنفلونزا في عيادتكم في Cedar Plaza يوم 15 أبريل، لكن الشهادة التي أعطيتموني لا تحتوي على
رقم التشغيلة (lot number) وتوقيع الطبيب، ووكالة الحج تطلبها قبل إصدار التأشيرة.

أرجو إرسال شهادة جديدة بالبريد الإلكتروني في أقرب وقت. أنا مصاب بالسكري وأتناول الإنسولين،
فهل أحتاج إلى رسالة من الطبيب للسفر بالإبر؟

شكراً جزيلاً،
عبد الرحمن
هاتف: 555-604-7781
""",
   "2024-04-22 12:02", pname="الزهراني")

mk("phi", "lang",
   "王思雨 Siyu Wang <swang27@students.halvorsen.edu>",
   "SHC Nurse Line <shc-nurse@halvorsen.edu>",
   "关于TB检测结果和胸片",
   """您好，

我是王思雨，国际学生，学号 900533401，出生日期 2005年3月8日。上周在学生健康中心做了TB
血液检测（QuantiFERON），护士打电话说结果是阳性，需要拍胸片。我小时候在中国打过卡介苗
（BCG），是不是因为这个？我没有咳嗽也没有发烧。

胸片需要预约吗？我下周三下午有空。如果需要吃药，要吃多久？

谢谢！
思雨
""",
   "2024-09-18 21:17", pname="王思雨")

# =========================================================================================
#  CLEAN - admin
# =========================================================================================

mk("clean", "admin",
   "Danielle Okoro <dokoro@brightpathuc.com>",
   "Eastgate Staff <eastgate@brightpathuc.com>, Riverside Staff <riverside@brightpathuc.com>",
   "Memorial Day weekend coverage - Eastgate + Riverside",
   """Hi all,

Here's the holiday weekend schedule. Please check your name and tell me by Wed if anything
is wrong.

EASTGATE
Sat 5/25  Dr. Okafor 8-4 | L. Finch PA-C 12-8 | MAs: Janelle, Kim, Jess | Rad: Tom B.
Sun 5/26  Dr. Huang 8-8 | MAs: Kim, Priya L. | Rad: Tom B. (on call after 4)
Mon 5/27  holiday hours 9-5 | Dr. Achterberg | MAs: Jess, Rowena

RIVERSIDE
Sat 5/25  Dr. Achterberg 8-8 | MAs: Maricel, Dana
Sun 5/26  T. Greer APRN (float from Farrow) 8-4 | L. Finch 12-8 | MAs: Janelle, Dana
Mon 5/27  CLOSED

Holiday pay is 1.5x for Mon. If you need to swap, text me at 555-310-4409 and put the swap
in ShiftBoard so payroll picks it up.

Thanks everyone!
Danielle Okoro
Regional Operations Manager, BrightPath Urgent Care
""",
   "2024-05-13 16:02")

mk("clean", "admin",
   "BrightPath IT Service Desk <servicedesk@brightpathuc.com>",
   "Rowena Dizon <rdizon@brightpathuc.com>",
   "[INC0048812] ChartWell login lockouts - Lakeshore front desk",
   """Incident INC0048812 has been updated.

Caller:        Rowena Dizon (Lakeshore)
Category:      Application > ChartWell EHR > Authentication
Priority:      P2 - multiple users affected
Assigned to:   Network & Identity (Ben Yoshida)
Opened:        2024-06-03 07:14

Update from Ben Yoshida:
The lockouts started after the password policy change went live Saturday night. Citrix
Receiver on the two front desk PCs (asset tags BPU-DT-00412, BPU-DT-00415) was still
caching the old credentials and hammering AD until the accounts locked. I cleared the
credential cache and re-pushed the Receiver config. Please have users sign out fully and
back in. If anyone locks out again, use the self-service reset at https://reset.brightpathuc.com
or call the desk at 555-310-4090.

Reply to this email to add comments. Do not change the subject line.
""",
   "2024-06-03 09:41")

mk("clean", "admin",
   "Radiance Imaging Service <ar@radianceimaging-svc.com>",
   "Accounts Payable <ap@brightpathuc.com>",
   "Invoice INV-20931 - preventive maintenance, DR room 2 (Riverside)",
   """Please find invoice details below.

Invoice:        INV-20931
Invoice date:   07/31/2024
PO number:      4500018832
Site:           BrightPath Urgent Care - Riverside, 2440 River Rd, X-ray room 2
Equipment:      DRX-Compass digital radiography system, S/N 71C-30448
Service:        Semi-annual preventive maintenance, detector calibration, tube
                heat test, collimator alignment, dose output check
Technician:     Marco Bellini, FSE #118
Labor:          3.5 hrs @ $185.00         $647.50
Parts:          Collimator bulb kit        $112.40
Total due:                                 $759.90
Terms:          Net 30 (due 08/30/2024)

Remit to: Radiance Imaging Service LLC, PO Box 4471, Columbus OH 43216
Questions: ar@radianceimaging-svc.com or 555-620-1190
""",
   "2024-07-31 14:20",
   html="""<html><body style="font-family:Arial;font-size:10pt">
<h3 style="color:#1d4e89">Radiance Imaging Service &ndash; Invoice INV-20931</h3>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td>Invoice date</td><td>07/31/2024</td></tr>
<tr><td>PO number</td><td>4500018832</td></tr>
<tr><td>Site</td><td>BrightPath Urgent Care &ndash; Riverside, X-ray room 2</td></tr>
<tr><td>Equipment</td><td>DRX-Compass DR system, S/N 71C-30448</td></tr>
<tr><td>Labor</td><td>3.5 hrs @ $185.00 = $647.50</td></tr>
<tr><td>Parts</td><td>Collimator bulb kit $112.40</td></tr>
<tr><td><b>Total due</b></td><td><b>$759.90</b> (Net 30, due 08/30/2024)</td></tr>
</table>
<p>Remit to: Radiance Imaging Service LLC, PO Box 4471, Columbus OH 43216</p>
</body></html>
""")

mk("clean", "admin",
   "Farrow Health HR <hr@farrowhealth.com>",
   "All Clinic Staff <allstaff@farrowhealth.com>",
   "Reminder: 2025 open enrollment closes Nov 15 + employee flu vaccine deadline",
   """Hi everyone,

Two quick reminders from HR:

1) Open enrollment for 2025 benefits closes Friday, November 15 at 5 pm. If you do nothing, your current medical, dental and vision elections roll over but your FSA/HSA contributions do NOT - you must re-elect them. Log into the benefits portal with your employee ID. The plan comparison sheet is on the intranet under HR > Benefits.

2) All clinic-based employees must receive the 2024-25 flu vaccine or submit a declination form by December 1. You can get the vaccine free at any Farrow Health Walk-In during your shift - just show your badge. If you got it elsewhere, upload your documentation in the employee portal.

Questions? Contact your HR partner:
 - Clinics 1-12: Yolanda Pierce, 555-448-2030
 - Clinics 13-26: Farid Haddad, 555-448-2031

Thank you,
Farrow Health Human Resources
""",
   "2024-10-28 08:00", cte="quoted-printable")

mk("clean", "admin",
   "Halvorsen Facilities Work Control <workcontrol@halvorsen.edu>",
   "SHC Admin <shc-admin@halvorsen.edu>",
   "WO-2024-11873 Student Health Center - HVAC exam rooms 104-110",
   """Work Order WO-2024-11873 has been SCHEDULED.

Building:     Student Health Center (Bldg 42)
Location:     Exam rooms 104-110, corridor B; mechanical room 1M
Request:      Rooms 104-110 running 80F+ in afternoons. Replace failed actuator on VAV
              box 42-B3, rebalance airflow.
Requested by: Carla Vennes, SHC Operations (x4-2201)
Assigned:     Greg Tanaka, HVAC Tech II (x4-5501)
Scheduled:    Tue 06/18, 07:00-11:00

Notes: The vaccine storage room (112) is on a separate circuit and will not be affected.
Counseling suite (2nd floor) may hear noise from the mechanical room 8-9 am. No water
shutoff required.
""",
   "2024-06-12 13:26")

mk("clean", "admin",
   "BrightPath Credentialing <credentialing@brightpathuc.com>",
   "Dr. Amara Osei <aosei@brightpathuc.com>",
   "Action needed: DEA registration expiring 09/30 - Dr. Osei",
   """Dr. Osei,

Our records show the following items are coming due. Please upload renewals to the
credentialing portal at least 30 days before expiration so we don't have to pull you from
the schedule.

  DEA registration FO4418362 (Ohio) ........ expires 09/30/2024  <-- ACTION NEEDED
  Ohio medical license 35.118842 ........... expires 01/01/2026
  NPI 1447263810 ........................... n/a
  Board certification (ABFM) ............... through 12/31/2031
  BLS / ACLS ............................... expires 03/2025

If you've already renewed, just reply with a copy of the new certificate.

Thanks,
Heather Lund, CPCS
Medical Staff Credentialing, BrightPath Urgent Care
555-310-4012
""",
   "2024-08-01 10:45")

mk("clean", "admin",
   "Farrow Payroll <payroll@farrowhealth.com>",
   "Clinic Managers <clinicmanagers@farrowhealth.com>",
   "Timecard corrections needed - pay period ending 08/17",
   """Managers,

The following timecards have exceptions that must be approved by Tuesday noon or the
employee's check will be short. Please fix in Kronos and approve.

Emp ID   Name               Clinic  Date   Issue
004471   Jo McAllister      #14     08/14  missed out-punch
004502   Keisha Danvers     #31     08/12  missed meal break attestation
003988   Tonya Greer        #22     08/16  OT not pre-approved (2.5 h)
004610   Dana Kerrigan      #9      08/15  punched at wrong clinic (#14)
004233   Rosa Whitlock      #7      08/13  PTO code missing

Thanks,
Stephanie Ruiz
Payroll Specialist | 555-448-2044
""",
   "2024-08-19 09:12")

# =========================================================================================
#  CLEAN - lookalike
# =========================================================================================

mk("clean", "lookalike",
   "FitHaven Athletic Club <noreply@fithavenclub.com>",
   "Jordan Pellegrino <jpellegrino88@gmail.com>",
   "Your fitness assessment is booked, Jordan!",
   """Hi Jordan,

Welcome to FitHaven Maple Ridge! Your complimentary fitness assessment is booked:

  Member #: 88412
  Coach: Brianna Sato, NASM-CPT
  When: Tuesday 3/19 at 6:30 pm
  Where: Studio B (2nd floor, past the smoothie bar)

We'll measure body composition, resting heart rate and blood pressure, and do a quick
mobility screen so Brianna can build your 12-week plan. Please fill out the PAR-Q
readiness questionnaire in the app before you arrive, wear workout clothes, and skip the
big meal 2 hours before.

Need to reschedule? Reply to this email or call the front desk at 555-318-7720.

See you soon,
The FitHaven Team
""",
   "2024-03-15 12:00", cte="base64")

mk("clean", "lookalike",
   "Maple Ridge Animal Hospital <frontdesk@mapleridgevet.com>",
   "Karen Lindahl <klindahl@northmail.net>",
   "Reminder: Biscuit is due for vaccines",
   """Dear Karen,

Our records show that Biscuit (canine, beagle, 5 yrs) is due for the following:

  - Rabies (3-year)          due 04/02/2024
  - DHPP booster             due 04/02/2024
  - Bordetella               OVERDUE
  - Annual heartworm test    due 04/02/2024

Patient ID: 22814
Last visit: 10/11/2023 - dental cleaning with 2 extractions, Dr. Sunita Rao, DVM.
Current meds on file: carprofen 50 mg as needed, Simparica Trio monthly.

Book online at mapleridgevet.com/appointments or call us at 555-336-9012. If Biscuit is
still a little nervous at the vet, ask about our fear-free visit options!

Maple Ridge Animal Hospital
""",
   "2024-03-20 09:30")

mk("clean", "lookalike",
   "Cedar Valley Federal Credit Union <estatements@cedarvalleyfcu.org>",
   "Thomas Achebe <tachebe@northmail.net>",
   "Your e-Statement is ready - Member #0041877",
   """Hello Thomas,

Your monthly e-Statement for member account ending in 1877 is now available in online
banking.

  Statement period:        09/01/2024 - 09/30/2024
  Share savings (S01):     $4,118.22
  Checking (S10):          $1,902.47
  Health Savings (S40):    $2,650.00  - 2024 contributions: $2,650 of $4,150 limit
  Auto loan (L02):         payment of $386.14 due 10/15/2024

Reminder: Cedar Valley FCU will never ask for your PIN or full card number by email or
phone. If you get a suspicious call, hang up and dial 555-290-1100.

Cedar Valley Federal Credit Union | Federally insured by NCUA
""",
   "2024-10-02 05:10")

mk("clean", "lookalike",
   "Skylark Air <itinerary@skylarkair.com>",
   "Rachel Simms <rsimms.travels@gmail.com>",
   "Your trip confirmation QX7H2L - Cleveland to Lima",
   """Thanks for booking with Skylark Air!

Confirmation code: QX7H2L

Passengers
  RACHEL SIMMS      SkyMiles # 3307 118 402    Seat 14C
  DANIEL SIMMS      SkyMiles # 3307 118 419    Seat 14D

Flights
  SK 1182  CLE 06:05 -> MIA 09:14   Mon 06 May 2024
  SK 945   MIA 11:40 -> LIM 17:55   Mon 06 May 2024

Travel requirements: Check entry rules for Peru before you go. Some destinations recommend
vaccinations (for example, yellow fever for certain jungle regions) - talk to a travel
health provider at least 4-6 weeks before departure. Special meal requests (vegetarian,
gluten-free) can be added in Manage Trip up to 24 hours before departure.

Manage your booking: skylarkair.com/manage
""",
   "2024-02-14 18:22",
   html="""<html><body style="font-family:Helvetica,Arial">
<h2 style="color:#0a5ca8">Thanks for booking with Skylark Air!</h2>
<p>Confirmation code: <b style="font-size:16pt">QX7H2L</b></p>
<table cellpadding="4"><tr><th align="left">Passenger</th><th>SkyMiles #</th><th>Seat</th></tr>
<tr><td>RACHEL SIMMS</td><td>3307 118 402</td><td>14C</td></tr>
<tr><td>DANIEL SIMMS</td><td>3307 118 419</td><td>14D</td></tr></table>
<p>SK 1182 CLE 06:05 &rarr; MIA 09:14 &middot; Mon 06 May 2024<br>
SK 945 MIA 11:40 &rarr; LIM 17:55 &middot; Mon 06 May 2024</p>
<p style="font-size:9pt;color:#666">Travel requirements: Check entry rules for Peru before you go. Some destinations
recommend vaccinations (for example, yellow fever for certain jungle regions) &ndash; talk to a travel
health provider at least 4&ndash;6 weeks before departure.</p>
</body></html>
""")

mk("clean", "lookalike",
   "Ridgeline Auto Insurance Claims <claims@ridgelineauto.com>",
   "Victor Osterhout <vosterhout@northmail.net>",
   "Claim #AU-2291-0087 - appraisal scheduled",
   """Dear Victor Osterhout,

We've scheduled the damage appraisal for your claim.

  Claim number:     AU-2291-0087
  Policy number:    RLA-55120934
  Date of loss:     07/02/2024
  Vehicle:          2019 Honda CR-V, VIN 2HKRW2H59KH6****1
  Damage reported:  rear bumper, tailgate, left rear quarter panel
  Injuries:         none reported at first notice of loss

Appraiser Dana Whitcomb will meet you at Dunmore Collision Center on 07/09 between 10
and noon. Your policy includes rental reimbursement up to $40/day for 30 days.

Your claims adjuster is Paul Ferencz, 555-604-2200 ext 3318.

Ridgeline Auto Insurance
""",
   "2024-07-05 11:03")

mk("clean", "lookalike",
   "Hartwood Tree Surgeons <office@hartwoodtree.com>",
   "Helen Brandvold <hbrandvold@northmail.net>",
   "Diagnosis & treatment plan - red oak at 18 Fernhill Rd",
   """Hi Helen,

Thanks for having us out Tuesday. Here's the write-up on the big red oak in the back yard.

Diagnosis: the canopy dieback on the north side plus the bracket fungus at the root flare
points to Ganoderma root and butt rot. Resistograph readings at 3 points found about 35%
decay in the lower trunk - significant but the tree is not in immediate danger of failure.

Treatment plan:
  1. Crown reduction ~20% to take weight off the north side
  2. Install 2 dynamic cables between the main leaders
  3. Deep-root fertilisation + mulch ring, no more mowing over the roots
  4. Re-inspect with resistograph in 6 months; if decay passes 50% we'll talk removal

Quote Q-3381: $2,450 (cables + pruning), $180 per follow-up inspection.

Arlo Hartwood
ISA Certified Arborist OH-6612A | Hartwood Tree Surgeons | 555-771-0345
""",
   "2024-05-23 18:40")

mk("clean", "lookalike",
   "Priya Lal <priya.lal@lumenstack.io>",
   "eng-platform@lumenstack.io",
   "postmortem: triage-worker OOM (patient zero was ip-10-2-14-77)",
   """tl;dr the triage-worker pods went into a crash loop Tue 14:02-15:47 UTC. Root cause was
a leaking child process in the thumbnail step.

Timeline
- 14:02 health check /healthz on triage-worker-3 starts failing, pod restarted
- 14:09 patient zero identified: node ip-10-2-14-77, every pod scheduled there OOMKilled
- 14:30 we "performed surgery" on the deployment (raised memory limit 512Mi -> 1Gi),
  symptoms improved but the underlying leak was still there
- 15:20 found orphaned child processes from ImageMagick never reaped -> zombies
- 15:47 hotfix deployed (tini as PID 1), all pods healthy, node discharged from cordon

Action items
- JIRA PLAT-2291: add liveness probe on queue depth, not just /healthz
- JIRA PLAT-2292: vitals dashboard for worker memory per node
- Kill the 512Mi default in the helm chart

No customer data affected. Thanks Omar and Jess for the late night.

Priya
""",
   "2024-04-10 10:15")

# =========================================================================================
#  CLEAN - news
# =========================================================================================

mk("clean", "news",
   "Lake Erie Regional Health District <alerts@lerhd.org>",
   "Healthcare Partners List <partners-list@lerhd.org>",
   "HEALTH ADVISORY: Measles exposure sites, March 2-4",
   """LAKE ERIE REGIONAL HEALTH DISTRICT - HEALTH ADVISORY
Distributed to: urgent care centers, retail clinics, EDs, college health services

The Health District has confirmed one case of measles in an unvaccinated adult
who recently returned from international travel. People who were at the following
locations may have been exposed:

  - Maple Ridge Greyhound terminal, Sat 3/2, 1:00-5:00 pm
  - Halvorsen University Commons dining hall, Sun 3/3, 11:00 am-2:30 pm
  - Eastgate Plaza shopping center food court, Mon 3/4, 6:00-9:00 pm

Guidance for clinicians:
  * Consider measles in any patient with fever, rash and cough/coryza/conjunctivitis,
    especially with exposure on these dates. Symptoms may appear through March 25.
  * Do NOT have suspected cases wait in the lobby. Call ahead, mask, and isolate in an
    airborne isolation room if available.
  * Report suspected cases immediately by phone: 555-880-4100 (24/7).
  * Collect a nasopharyngeal swab for measles PCR plus serum IgM.
  * Offer MMR to exposed, non-immune persons within 72 hours of exposure.

This advisory contains no identifying information about the case.
Dr. Renata Kolb, MD, MPH, Medical Director
""",
   "2024-03-06 16:00")

mk("clean", "news",
   "Farrow Pharmacy Quality <rxquality@farrowhealth.com>",
   "All Clinic & Pharmacy Managers <managers-all@farrowhealth.com>",
   "URGENT: Voluntary recall - Amoxicillin for Oral Suspension 400 mg/5 mL",
   """VOLUNTARY RECALL NOTICE - PHARMACY AND CLINIC LEVEL

Product:       Amoxicillin for Oral Suspension USP, 400 mg/5 mL, 100 mL bottle
Manufacturer:  Veltrix Pharmaceuticals, Inc.
NDC:           70011-0442-10
Lots:          VX24A118, VX24A119, VX24A127 (exp 01/2026)
Reason:        Some bottles labelled 400 mg/5 mL may contain 250 mg/5 mL powder.

Action required by end of business Friday:
  1. Check stock in the pharmacy AND the clinic dispensing cabinet.
  2. Quarantine affected lots, tag "RECALL - DO NOT DISPENSE".
  3. Complete the response form in the QA portal even if you have zero units.
  4. Return via Inmar using return authorization RA-77120.

Patient-level notification is NOT required per the manufacturer. Dispensing pharmacists
should follow up per SOP RX-214 if they have concerns about a specific fill.

Questions: Pharmacy Quality, 555-448-2090.
""",
   "2024-11-06 09:15")

mk("clean", "news",
   "Healthy Halvorsen <shc-news@halvorsen.edu>",
   "all-students@halvorsen.edu",
   "Healthy Halvorsen | October: flu clinics, Let's Talk drop-ins, free STI testing week",
   """HEALTHY HALVORSEN - October edition

FLU CLINICS
Free flu shots for students with your Halvorsen ID:
  Oct 8  - Commons lobby, 10 am - 3 pm
  Oct 15 - Rec Center, 11 am - 4 pm
  Oct 22 - Student Health Center, walk-in all day
COVID boosters are available by appointment at Student Health.

LET'S TALK
Free, informal, confidential 20-minute drop-in chats with a CAPS counselor. No
appointment, no paperwork. Mondays 2-4 pm in the Library (room 210), Thursdays 12-2 pm
in the Multicultural Center.

STI TESTING WEEK (Oct 21-25)
Free, fast, confidential testing at the Student Health Center. Results in the patient
portal within 3 days.

NEED HELP NOW? The 24/7 CAPS line is 555-702-3300 (press 2), or call/text 988.

You are receiving this because you are an enrolled student. Student Health Center,
Halvorsen University.
""",
   "2024-10-01 07:00",
   html="""<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#7a1f2b">Healthy Halvorsen</h1><p><i>October edition</i></p>
<h2>Flu clinics</h2>
<ul><li>Oct 8 &ndash; Commons lobby, 10&ndash;3</li><li>Oct 15 &ndash; Rec Center, 11&ndash;4</li>
<li>Oct 22 &ndash; Student Health Center, walk-in all day</li></ul>
<h2>Let's Talk</h2>
<p>Free, informal, confidential 20-minute drop-in chats with a CAPS counselor. Mondays 2&ndash;4 in the Library (210),
Thursdays 12&ndash;2 in the Multicultural Center.</p>
<h2>STI Testing Week (Oct 21&ndash;25)</h2>
<p>Free, fast, confidential testing at the Student Health Center.</p>
<p style="background:#fde8ea;padding:8px"><b>Need help now?</b> 24/7 CAPS line 555-702-3300 (press 2), or call/text 988.</p>
</body></html>
""")

mk("clean", "news",
   "BrightPath Analytics <analytics@brightpathuc.com>",
   "Leadership Team <leadership@brightpathuc.com>",
   "Q3 volume dashboard summary",
   """Q3 2024 summary (Jul 1 - Sep 30). Full dashboard in Tableau; site-level CSV attached.

Total visits: 41,886 (+7.4% vs Q3 2023)
Median door-to-provider: 17 min (goal 20)
Left without being seen: 2.1%
Occupational medicine visits: 3,412 (DOT exams 1,108; drug screens 1,640)
Camp/school/sports physicals: 5,930 (peak week of 8/12)

Top visit reasons (% of visits)
  1. Upper respiratory symptoms ........ 17.8%
  2. Sore throat / strep testing ....... 9.6%
  3. Physicals (all types) ............. 14.2%
  4. Injury / laceration ............... 8.1%
  5. Urinary symptoms .................. 5.3%
  6. Rash / skin ....................... 4.9%
  7. COVID/flu testing only ............ 4.4%

No patient-level data is included in this summary.
-- Analytics Team
""",
   "2024-10-09 08:30",
   atts=[("q3_2024_site_volume.csv", csv_text([
       ["site", "visits", "median_door_to_provider_min", "lwbs_pct", "occmed_visits",
        "physicals"],
       ["Eastgate", "11204", "15", "1.8", "1021", "1603"],
       ["Riverside", "9877", "19", "2.6", "744", "1488"],
       ["Lakeshore", "10112", "18", "2.3", "611", "1377"],
       ["Maple Ridge", "10693", "16", "1.7", "1036", "1462"],
   ]), "text/csv")])

mk("clean", "news",
   "TravelWell Clinician Brief <brief@travelwell-network.org>",
   "Rosa Whitlock <rwhitlock@farrowhealth.com>",
   "Clinician brief: YF vaccine supply, dengue in the Caribbean, Hajj MenACWY reminder",
   """TRAVELWELL CLINICIAN BRIEF - Issue 2024-07

1. Yellow fever vaccine supply
The distributor reports stock is stable through Q4, but allocation limits remain at 40
doses/month per certified site. Register any new stamping sites with your state health
department before ordering.

2. Dengue activity
Several Caribbean and Central American countries have declared dengue emergencies this
season. Counsel travelers on daytime mosquito protection; there is no dengue vaccine
recommended for most travelers from the US.

3. Hajj and Umrah
Saudi Arabia requires proof of quadrivalent meningococcal (ACWY) vaccination for
pilgrims. Certificates must show the date of vaccination and be issued at least 10 days
before arrival. Conjugate vaccine is valid for 5 years.

4. Webinar: "Pre-travel consults for pregnant travelers" - Aug 14, 12 pm ET, 1.0 CME.

Unsubscribe | TravelWell Network, 400 Harbor Pl, Baltimore MD
""",
   "2024-07-15 06:00")

mk("clean", "news",
   "BrightPath Communications <comms@brightpathuc.com>",
   "All BrightPath <all@brightpathuc.com>",
   "The Pulse | Lakeshore reopens, new occ med van, staff spotlight: Janelle Ortiz",
   """THE PULSE - BrightPath Urgent Care staff newsletter, September

LAKESHORE IS BACK
After 6 weeks of renovation, Lakeshore reopened on 9/3 with 2 new exam rooms, a
dedicated procedure room and a new digital X-ray suite. Thank you to the Lakeshore team
for covering at Eastgate and Maple Ridge all summer.

ON THE ROAD
Our new mobile occupational health van starts visiting employer sites in October -
drug screens, DOT physicals and fit testing on site. Contact Tamsin Rowe to schedule.

STAFF SPOTLIGHT: JANELLE ORTIZ, CMA (Riverside)
Janelle has been with BrightPath for 8 years and this summer she single-handedly ran the
Saturday camp physical clinic - over 600 kids! "I love seeing the same families every
year," she says. Janelle is also studying for her LPN. Congrats Janelle!

BY THE NUMBERS
Our four sites cared for more than 14,000 patients in August.

Have news for The Pulse? Email comms@brightpathuc.com.
""",
   "2024-09-16 12:00",
   html="""<html><body style="font-family:Verdana;font-size:10pt">
<h1 style="color:#e2611a">The Pulse</h1><p>BrightPath Urgent Care staff newsletter &middot; September</p>
<h3>Lakeshore is back</h3><p>After 6 weeks of renovation, Lakeshore reopened on 9/3 with 2 new exam rooms,
a dedicated procedure room and a new digital X-ray suite.</p>
<h3>On the road</h3><p>Our new mobile occupational health van starts visiting employer sites in October.</p>
<h3>Staff spotlight: Janelle Ortiz, CMA (Riverside)</h3><p>Janelle has been with BrightPath for 8 years and this
summer she single-handedly ran the Saturday camp physical clinic &ndash; over 600 kids!</p>
<h3>By the numbers</h3><p>Our four sites cared for more than 14,000 patients in August.</p>
</body></html>
""")

# =========================================================================================
#  CLEAN - staff
# =========================================================================================

mk("clean", "staff",
   "Dr. Harold Benning <hbenning@brightpathuc.com>",
   "Laura Finch <lfinch@brightpathuc.com>",
   "RE: sports physicals - ECG screening?",
   """Laura,

Short answer: no, we don't do routine ECGs on preparticipation physicals. We follow the
standard PPE history and exam. Get an ECG (and refer) if there's exertional chest pain or
syncope, a concerning murmur, or family history of sudden death under 50. Halvorsen
athletics does its own ECG screening for varsity athletes through the team physicians, so
their new form is just asking us to attach results IF we did one.

I'll put a one-pager in the provider folder this week.

Harold

Harold Benning, DO
Medical Director, BrightPath Urgent Care

-----Original Message-----
From: Finch, Laura
Sent: Wednesday, July 24, 2024 6:12 PM
To: Benning, Harold
Subject: sports physicals - ECG screening?

Are we supposed to be doing ECGs on college athletes' preparticipation physicals now?
Halvorsen athletics sent a new form with an ECG box on it. We only have the one machine at
Riverside and Saturdays are already packed.

Laura Finch, PA-C
""",
   "2024-07-25 08:05")

mk("clean", "staff",
   "Miles Okafor MD <mokafor@brightpathuc.com>",
   "Quality Committee <qi-committee@brightpathuc.com>",
   "case for next M&M - STEMI transfer delay",
   """For next month's M&M I'd like to present a transfer case. De-identified summary:

A man in his 60s walked in with about an hour of chest pressure. EKG within 6 minutes of
arrival showed inferior ST elevation. We called 911 right away but EMS took 36 minutes to
arrive because our call was routed as a non-emergent "facility transfer". Door-to-departure
was 52 minutes. He did well at the receiving hospital per their follow-up.

Discussion points:
  1. Scripting for 911 calls from the front desk ("STEMI" in the first sentence)
  2. Should we stock chewable aspirin at the triage station instead of the med room?
  3. Do we pre-alert the cath lab ourselves or leave it to EMS?

Please don't bring the chart to the meeting - I'll present from slides.

Miles
""",
   "2024-05-20 21:14")

mk("clean", "staff",
   "Dana Kerrigan <dkerrigan@brightpathuc.com>",
   "Riverside MAs <riverside.ma@brightpathuc.com>",
   "short an MA sat - anyone??",
   """hey guys, Kim called out for Saturday (family thing) so we need someone 8-4 at Riverside.
Danielle approved an extra $3/hr. We have the camp physical block 9-12 plus 2 DOT exams
and it's gonna be busy. Reply here or text me 555-310-4522.

ty!! Dana
""",
   "2024-06-19 14:48")

mk("clean", "staff",
   "Dr. Helen Marsh-Obi <hmarshobi@halvorsen.edu>",
   "CAPS Clinicians <caps-clinical@halvorsen.edu>, CAPS Trainees <caps-trainees@halvorsen.edu>",
   "case consultation moving to Wednesdays + de-identification reminder",
   """Hi everyone,

Starting next week, group case consultation moves to Wednesdays 3:00-4:30 in the
conference room (Zoom link unchanged for trainees at the satellite office).

Reminder on de-identification, since our campus is small:
  - No names, initials, majors, hometowns, residence halls, or team/club affiliations.
  - "A second-year graduate student presenting with panic symptoms" is fine.
  - "The goalie from women's hockey" or "the RA in Ostrander" is NOT fine, even without a
    name - people can figure it out.
  - Don't bring printed notes; if you need to share a measure score, say it out loud.

Trainees: your case presentations for the semester are due by the 15th (template on the
shared drive, folder "Training > Case Conf").

Thanks,
Helen

Helen Marsh-Obi, PsyD
Clinical Director, CAPS | Halvorsen University
""",
   "2024-09-03 12:10")

mk("clean", "staff",
   "Keisha Danvers <kdanvers@farrowhealth.com>",
   "Pharmacy Quality <rxquality@farrowhealth.com>",
   "temp excursion - vaccine fridge #2, Cedar Plaza, 6/8 overnight",
   """Reporting a temperature excursion per SOP VAX-07.

Unit: Fridge #2 (travel vaccines), Cedar Plaza clinic
Data logger: max 9.4 C, above 8 C for 3 h 10 min (approx 01:20 - 04:30, 6/8). Power
blip in the plaza overnight per the landlord.

Affected stock (all moved to fridge #1 and labelled DO NOT USE pending manufacturer
guidance):
  Hepatitis A vaccine adult       lot HA2287C   x14
  Typhoid Vi polysaccharide       lot T4410B    x9
  Yellow fever vaccine            lot YF0771    x6 (5-dose vials)
  Tdap                            lot TD88120   x20

No doses were administered from fridge #2 after the excursion - the clinic opened at 9 and
I caught it on the morning log check. I've called both manufacturers; reference numbers
in the QA portal.

Keisha Danvers, LPN
Clinic Lead, Farrow Health Walk-In - Cedar Plaza
""",
   "2024-06-08 10:27")

mk("clean", "staff",
   "Tonya Greer <tgreer@farrowhealth.com>",
   "Keisha Danvers <kdanvers@farrowhealth.com>",
   "RE: tetanus for wound care",
   """Yep you've got it. Quick version to tape inside the supply cabinet:

Clean, minor wound -> Td/Tdap if last dose >10 yrs ago or unknown/<3 doses
All other wounds (dirty, puncture, bite, crush) -> Td/Tdap if last dose >5 yrs ago
TIG only if <3 lifetime doses or unknown AND it's a dirty/major wound - we don't stock
TIG, so those go to the ED.

Tdap preferred if they've never had it as an adult.

T

-----Original Message-----
From: Danvers, Keisha
Sent: Thursday, May 2, 2024 1:48 PM
To: Greer, Tonya
Subject: tetanus for wound care

what's our rule for tetanus when someone comes in with a dirty wound and doesn't know when
their last shot was? and do we ever give the immune globulin here? had a guy ask today and
I blanked

Keisha
""",
   "2024-05-02 14:20")

mk("clean", "staff",
   "Owen Tillery <otillery@brightpathuc.com>",
   "Marcy Gallagher <mgallagher@kestrellogistics.com>",
   "2025 occ med services pricing - Kestrel Logistics",
   """Hi Marcy,

Great talking with you and Greg last week. As promised, here is the proposed 2025 pricing
for Kestrel's occupational health services (all 4 BrightPath sites + the mobile van):

  DOT physical (incl. dipstick UA) .............. $95
  10-panel drug screen, lab-based + MRO ......... $48
  DOT 5-panel drug screen + MRO ................. $52
  Breath alcohol test ........................... $35
  Respirator fit test (qualitative) ............. $40
  TB skin test (2 visits) ....................... $30
  Work injury care .............................. per Ohio BWC fee schedule
  Mobile van on-site day (min. 25 employees) .... $450 trip fee

Pricing is held for 12 months from 1/1/2025. Monthly invoicing to account 7781 as today.
If this looks good I'll send the MSA amendment for signature.

Owen Tillery
Business Development Manager, Occupational Health
BrightPath Urgent Care | 555-310-4015
""",
   "2024-11-12 11:33")

# =========================================================================================
#  CLEAN - training
# =========================================================================================

mk("clean", "training",
   "ChartWell Training Team <training@brightpathuc.com>",
   "New Hires - October <newhires-oct@brightpathuc.com>",
   "New hire EHR training - TRAIN environment login + practice patients",
   """Welcome to BrightPath! Before your first shift, please complete the ChartWell practice
exercises in the TRAIN environment (NOT production):

  URL:      https://train.chartwell.brightpathuc.com
  Username: your network ID
  Password: Welcome2024! (you'll be forced to change it)

Practice patients (fictional - these exist only in TRAIN):
  ZZTEST, ALPHA     MRN 900000001   DOB 01/01/1950   sore throat, do a rapid strep order
  ZZTEST, BRAVO     MRN 900000002   DOB 06/15/2015   camp physical, complete the form
  ZZTEST, CHARLIE   MRN 900000003   DOB 03/03/1985   work injury, complete work status

Never look up a real patient in TRAIN, and never enter real patient data there.
Complete exercises 1-6 and the quiz by your orientation date.

Questions: training@brightpathuc.com or x4095.
""",
   "2024-10-01 08:15")

mk("clean", "training",
   "BridgeLink Integration <demos@bridgelink-int.com>",
   "Ben Yoshida <byoshida@brightpathuc.com>",
   "Demo recap + sample messages for your sandbox",
   """Hi Ben,

Thanks for joining the demo today. As promised, here are the sample messages we used so
you can load them into your sandbox channel. All sample data is fictitious.

MSH|^~\\&|DEMOAPP|DEMOFAC|BRIDGELINK|SANDBOX|20240101120000||ADT^A04|DEMO0001|T|2.5.1
EVN|A04|20240101120000
PID|1||123456^^^DEMO^MR||DOE^JOHN^Q||19800101|M|||123 MAIN ST^^ANYTOWN^ZZ^00000||5550000000
PV1|1|O|DEMOCLINIC^^^DEMO||||9999^TEST^PROVIDER

MSH|^~\\&|DEMOLAB|DEMOFAC|BRIDGELINK|SANDBOX|20240101130000||ORU^R01|DEMO0002|T|2.5.1
PID|1||123457^^^DEMO^MR||DOE^JANE||19900101|F
OBR|1|ORD1|FIL1|TEST^Test panel^L
OBX|1|NM|TEST1^Sample analyte^L||42|units|1-100||||F

Note MSH-11 = T (test). Channel templates and the filter for routing on MSH-11 are in the
shared folder. Let's schedule the build kickoff for next week.

Ashley Rourke
Solutions Engineer, BridgeLink Integration
""",
   "2024-02-21 16:50")

mk("clean", "training",
   "Marisa Coelho RN <mcoelho@brightpathuc.com>",
   "Lakeshore Team <lakeshore@brightpathuc.com>",
   "Mock code Thursday 2pm - scenario script (DO NOT SHARE W/ PARTICIPANTS)",
   """Team leads only - scenario for Thursday's drill. Please don't share before the drill.

SIMULATED PATIENT: "Jane Doe", SimMan manikin, 54-year-old woman
Setting: exam room 3, 5 minutes after a flu shot in the vaccine chair
Prompt: "I feel itchy and my throat is tight"

Progression:
  0:00  hives, wheeze, BP 100/60, HR 118
  2:00  if no epi: BP 78/40, stridor
  2:00  if epi given IM (0.5 mg): improving, BP 104/66
  5:00  EMS arrives (role: Dana + Tom)

Critical actions: call for help, epi IM within 2 min, call 911, position supine with legs
up, O2, second epi at 5-15 min if no improvement, document times.

Debrief in the break room after. Manikin and crash cart trainer will be set up by 1:30.

Marisa Coelho, MSN, RN
Clinical Educator, BrightPath Urgent Care
""",
   "2024-04-15 13:40")

mk("clean", "training",
   "Farrow Front Desk Training <fdtraining@farrowhealth.com>",
   "New Front Desk Staff <newfrontdesk@farrowhealth.com>",
   "Registration training - worked examples (SAMPLE DATA)",
   """Hi all,

Attached are the worked examples for Module 3 (registration). These are SAMPLE records
for practice only - the names, dates and member IDs are made up. Type them into the
training registration screen and compare to the answer key.

Example 1: "Pat Sample" walks in for a flu shot with a TEST insurance card. Check the
eligibility response, then collect the $0 copay.
Example 2: a parent registers "Chris Example" (minor) for a camp physical. Make sure the
guarantor is the parent, not the child.

Reminder: in real life always verify 2 identifiers (name + DOB) and scan the ID card.

Front Desk Training, Farrow Health
""",
   "2024-03-04 10:00",
   atts=[("module3_sample_registrations.csv", csv_text([
       ["example", "last", "first", "dob", "insurance", "member_id", "visit_type", "note"],
       ["1", "SAMPLE", "PAT", "01/01/2000", "TEST PLAN", "TEST000001", "flu shot",
        "SAMPLE DATA - NOT A REAL PATIENT"],
       ["2", "EXAMPLE", "CHRIS", "02/02/2014", "TEST PLAN", "TEST000002", "camp physical",
        "SAMPLE DATA - guarantor = parent"],
       ["3", "ZZTRAIN", "ALEX", "03/03/1990", "SELF-PAY", "", "DOT physical",
        "SAMPLE DATA - employer bill"],
   ]), "text/csv")])

mk("clean", "training",
   "Halvorsen Compliance Office <compliance@halvorsen.edu>",
   "SHC & CAPS Supervisors <shc-caps-supervisors@halvorsen.edu>",
   "Annual privacy training - quiz answer key for supervisors",
   """Supervisors,

Below is the answer key for this year's privacy quiz so you can go over it at staff
meetings. All scenarios are fictional.

Q1. A parent calls asking whether their 19-year-old ("Student A") attended a counseling
appointment. Can you confirm?
   A: No. Without the student's written authorization you cannot confirm or deny that the
   student is a client, even to a parent who pays tuition.

Q2. A coach emails asking when "Student B" can return to practice after an injury.
   A: Only with a signed release that covers athletics; share only the return-to-play
   status, not the clinical details.

Q3. You see your neighbor's name on the clinic schedule. Can you look at the chart to see
why they're coming in?
   A: No. Access only what you need for your job. Access is audited.

Q4. Which of these is NOT an identifier? (a) student ID (b) dorm room (c) the phrase "a
student in their 20s" (d) email address
   A: (c)

Completion deadline: November 30. Questions: compliance@halvorsen.edu, x4-1150.
""",
   "2024-10-15 09:00")

mk("clean", "training",
   "Nikhil Varma <nvarma@halvorsen.edu>",
   "SHC Informatics Group <shc-informatics@halvorsen.edu>",
   "FHIR sandbox is up - synthetic patients only",
   """Hi all,

The FHIR R4 sandbox is live at https://fhir-sandbox.shc.halvorsen.edu/r4 . It's loaded
with 500 synthetic patients generated for testing - none are real. Please use it for the
immunization registry mapping work instead of prod.

Example resource from the sandbox:

{
  "resourceType": "Patient",
  "id": "synthetic-0001",
  "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason",
                    "code": "HTEST", "display": "test health data"}]},
  "identifier": [{"system": "urn:sandbox:mrn", "value": "TEST-0001"}],
  "name": [{"family": "Testpatient", "given": ["Zz", "Sandbox"]}],
  "gender": "unknown",
  "birthDate": "1900-01-01"
}

Credentials are in the team vault. Ping me if you can't get in.

Nikhil
""",
   "2024-08-27 14:05")

# =========================================================================================
with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["file", "label", "kind", "patient_name"])
    for r in ROWS:
        w.writerow(r)

print("wrote %d messages to %s" % (len(ROWS), OUT))
