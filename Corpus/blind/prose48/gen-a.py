#!/usr/bin/env python3
"""Blind evaluation mail set (orthopaedic & spine group setting). SEED=4801.
Run: python3 gen.py OUTDIR"""
import sys, os, io, csv, zipfile, random, datetime
from email.message import EmailMessage
import email.policy
from email.utils import format_datetime

SEED = 4801
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

MSGS = []


def d(y, mo, day, h, mi, tz=-4, s=None):
    if s is None:
        s = random.randint(0, 59)
    t = datetime.datetime(y, mo, day, h, mi, s,
                          tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))
    return format_datetime(t)


def add(label, kind, patient, frm, to, subj, date, body, html=None, atts=(),
        cte=None, cc=None, hdrs=()):
    MSGS.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to,
                     subj=subj, date=date, body=body, html=html, atts=list(atts),
                     cte=cte, cc=cc, hdrs=list(hdrs)))


ZIPDATE = (2024, 5, 1, 9, 0, 0)


def make_zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, text in files:
            zi = zipfile.ZipInfo(name, date_time=ZIPDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, text.encode('utf-8'))
    return buf.getvalue()


def xml_esc(s):
    return (s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
             .replace('"', '&quot;'))


def col_letter(n):
    s = ''
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet='Sheet1'):
    """Minimal but valid xlsx with inline strings."""
    sheet_rows = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, val in enumerate(row):
            ref = '%s%d' % (col_letter(ci), ri)
            cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, xml_esc(str(val))))
        sheet_rows.append('<row r="%d">%s</row>' % (ri, ''.join(cells)))
    files = [
        ('[Content_Types].xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ('_rels/.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ('xl/workbook.xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xml_esc(sheet)),
        ('xl/_rels/workbook.xml.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
         + ''.join(sheet_rows) + '</sheetData></worksheet>'),
    ]
    return make_zip(files)


def csv_text(rows):
    b = io.StringIO()
    w = csv.writer(b, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return b.getvalue()


RO_DISCLAIMER = """CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the
sole use of the intended recipient(s) and may contain confidential and
privileged information. Any unauthorized review, use, disclosure or
distribution is prohibited. If you are not the intended recipient, please
contact the sender by reply e-mail and destroy all copies of the original."""

LAW_DISCLAIMER = """This message is from a law firm and may contain attorney-client privileged
or work product material. If you received it in error please notify us and
delete it. Nothing in this email creates an attorney-client relationship."""

# =====================================================================
# PHI — care
# =====================================================================

add('phi', 'care', 'Delgado',
    'Shauna Pruett, PT, DPT <spruett@ridgelinept.com>',
    'Anjali Reyes MD <areyes@ridgelineortho.com>',
    'delgado 6wk ACL update',
    d(2024, 5, 14, 16, 52),
    """Dr Reyes -

Quick update on Mr. Delgado (Hector), R ACL recon w/ BTB autograft 4/2.
Seen today for his 11th visit. Knee flexion 118, ext -3, still has a small quad
lag on SLR (~5 deg) and mild effusion after the stairs drills. Pain 2/10.
He admitted he's been skipping the home NMES unit because "it tickles" lol.

Plan: keep him at 2x/wk, start light closed chain / leg press 0-60, hold
off on the stationary bike resistance until the lag is gone. He asked about
going back to pickup basketball in July, I told him that's your call but
realistically no.

Let me know if you want him back in clinic sooner than the 12 wk visit.

Shauna

Shauna Pruett, PT, DPT
Ridgeline Physical Therapy - Eastgate
p 555-0142 x 2 | f 555-0149
""")

add('phi', 'care', 'Whitlock',
    'Crestview Surgery Center - PreAdmission <preadmit@crestviewsc.com>',
    'Spine scheduling <spinesched@ridgelineortho.com>',
    'Pre-op: K. Whitlock 6/3 L4-5 microdiscectomy - anticoag',
    d(2024, 5, 20, 9, 15),
    """Hi team,

Did the pre-admission phone screen with Karen Whitlock this morning for her
L4-5 microdiscectomy with Dr. Marchetti on Monday 6/3 (first case, 0730).

Couple of things:
 - She's on apixaban 5 mg BID for a-fib. Her cardiologist (Dr. Amadi at
   Lakeside Heart) has OK'd holding it 3 days -- last dose Thursday evening
   5/30. Can someone from your office confirm that's what Dr M wants? We
   need it in writing on the chart before DOS.
 - BMP and CBC drawn at Quest last week, K+ was 3.3. Faxed to your office,
   not sure if anyone looked at it.
 - She'll need a walker at discharge per her. Lives alone, 2nd floor walk-up.

Her ride is her neighbor. Arrival 0600.

Thanks,
Beth Carranza, RN
Pre-Admission Testing
Crestview Surgery Center
555-0163
""" + "\n" + RO_DISCLAIMER + "\n")

add('phi', 'care', 'Boyd',
    'Neil Fenwick MD <nfenwick@ridgelineortho.com>',
    'Tasha Linde <tlinde@ridgelineortho.com>',
    'FW: MBB results - Boyd',
    d(2024, 6, 4, 13, 7),
    """Tasha - pls get him on the RFA schedule, R L3-L5 (L3, L4 med branch + L5 dorsal ramus).
Needs the second confirmatory block documented first per his plan, it's in
the note from 5/21. Then submit the auth.
NF

-----Original Message-----
From: Ridgeline Pain Procedure Suite <painproc@ridgelineortho.com>
Sent: Tuesday, June 4, 2024 11:48 AM
To: Neil Fenwick MD <nfenwick@ridgelineortho.com>
Subject: MBB results - Boyd

Terrence Boyd, 58
Procedure: R L3-L5 medial branch blocks (bupivacaine 0.5%, 0.5 mL/level), 5/21 + 6/4
Pain diary today: pre 7/10, 30 min 2/10, 2h 1/10, 6h 3/10.
Reports ~80% relief for about 6 hrs. Able to stand at kitchen counter 20 min
without sitting (usually 5 min).
No complications. Discharged ambulatory with wife.

-- procedure suite
""")

add('phi', 'care', 'Ferreira-Nunes',
    'Marco Bianchi, RRT <mbianchi@summithomemed.com>',
    'Sleep Lab Referrals <referrals@valleysleepcenter.org>',
    'Compliance download - Gloria Ferreira-Nunes',
    d(2024, 3, 11, 10, 3, tz=-5),
    """Hello,

Attached summary is from the 30-day download for Gloria Ferreira-Nunes, set
up 2/8 on an AirSense-type APAP 6-14 cmH2O.

Usage days >=4h: 17 of 30 (57%) -- she does NOT meet the 70% threshold yet.
Average use on days used: 4.2 h. AHI 3.1, median pressure 9.8, 95th 12.4.
Large leak most nights, she says the full face mask slides when she turns
on her side. I switched her to nasal pillows (medium) on 3/8 and added a chin
strap. Will re-download on 4/5, still inside the 90 day window for Medicare.

Can Dr. Haskins see her before 5/8 for the face-to-face re-eval? Without that
we'll have to pick up the machine.

Thanks,
Marco

Marco Bianchi, RRT
Respiratory Therapist | Summit Home Medical Supply
555-0171 ext 4
""", cte='quoted-printable')

add('phi', 'care', 'Pettaway',
    'Janelle Ortiz <jortiz@harlanfreight.com>',
    'Workers Comp Coordinator <wcintake@ridgelineortho.com>',
    'Dwayne Pettaway - work status after shoulder surgery?',
    d(2024, 7, 9, 8, 31, tz=-5),
    """Good morning,

I'm the HR/safety coordinator at Harlan Freight. Our driver Dwayne Pettaway had
his rotator cuff repaired at your surgery center on 6/18 and I have his
first post-op work slip that says "no use of R arm". His 6 week appointment
is supposed to be this Thursday.

Can you send me the updated work status after that visit? We have a
light duty job in dispatch (seated, phone and computer, no lifting) if the
doctor will clear him for it. Our carrier Plainsview needs the restriction
form too.

Thank you!
Janelle Ortiz
HR & Safety Coordinator
Harlan Freight Logistics
Office 555-0118 | Cell 555-0193
""",
    html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Good morning,</p>
<p>I'm the HR/safety coordinator at Harlan Freight. Our driver <b>Dwayne Pettaway</b> had
his rotator cuff repaired at your surgery center on 6/18 and I have his
first post-op work slip that says &quot;no use of R arm&quot;. His 6 week appointment
is supposed to be this Thursday.</p>
<p>Can you send me the updated work status after that visit? We have a
light duty job in dispatch (seated, phone and computer, no lifting) if the
doctor will clear him for it. Our carrier Plainsview needs the restriction
form too.</p>
<p>Thank you!<br>
<span style="color:#1F4E79"><b>Janelle Ortiz</b><br>HR &amp; Safety Coordinator<br>
Harlan Freight Logistics<br>Office 555-0118 | Cell 555-0193</span></p>
</body></html>""")

add('phi', 'care', 'Sturgeon',
    'Priya Nand, Paralegal <pnand@whitcombesayre.com>',
    'Release of Information <roi@ridgelineortho.com>',
    'Records request - our client Melissa Sturgeon (MVA 01/06/2024)',
    d(2024, 4, 22, 15, 40),
    """To whom it may concern,

This office represents Melissa Sturgeon in connection with a motor vehicle
collision on January 6, 2024. A HIPAA-compliant authorization signed by Ms.
Sturgeon is attached to the fax we sent today.

Please provide complete records and itemized billing for all treatment
at Ridgeline Orthopaedic & Spine and Ridgeline Pain Management from 01/06/2024
to present, including but not limited to:

  - office notes of Dr. Marchetti
  - the cervical MRI of 2/2/2024 and the radiologist's report
  - procedure notes for the C6-7 interlaminar epidural steroid injections
    (we understand there were two, in March and April)
  - physical therapy daily notes and discharge summary

Our client reports she is still having injections and is considering the
surgery Dr. Marchetti discussed, so please also let us know if any surgery
has been scheduled.

Kind regards,

Priya Nand
Senior Paralegal to Daniel Sayre, Esq.
Whitcombe & Sayre LLP
555-0124

""" + LAW_DISCLAIMER + "\n")

add('phi', 'care', 'Ocampo',
    'Loretta Fike <lfike@ridgelineortho.com>',
    'Kevin Brandt <kbrandt@keystonemutual.com>',
    'RE: PIP claim 7731-04-2291 / Rafael Ocampo - PT notes',
    d(2024, 8, 2, 11, 26),
    """Kevin,

Notes for visits 1-12 are uploaded to your portal as of this morning. Last
visit was 7/30. He's been discharged to a home program -- lumbar ROM is
WNL per the discharge eval, still some tenderness at the R SI joint with
prolonged sitting. Dr. Reyes has him following up PRN only.

Bill for the last 4 visits (97110 x2, 97140, 97530) went out 7/31.

Loretta Fike
Billing Specialist, Ridgeline Orthopaedic & Spine
555-0131

-----Original Message-----
From: Kevin Brandt <kbrandt@keystonemutual.com>
Sent: Thursday, August 1, 2024 4:02 PM
To: Loretta Fike <lfike@ridgelineortho.com>
Subject: PIP claim 7731-04-2291 / Rafael Ocampo - PT notes

Hi Loretta, I'm missing PT notes after visit 8 for our insured Rafael
Ocampo (lumbar strain after the 5/12 rear-end). Can't release payment on the
last batch without them. Is he still going?

Kevin Brandt | PIP Claims Adjuster
Keystone Mutual Insurance
""")

add('phi', 'care', 'Kowalczyk',
    'Thomas Whitford MD <twhitford@ridgelineortho.com>',
    'Dr. Sandra Ebbs <sebbs@millbrookfamilymed.com>',
    'Edith Kowalczyk - 3 month TKA check',
    d(2024, 9, 17, 18, 44),
    """Sandra,

Saw Edith Kowalczyk back today, 3 months out from her right total knee. She
looks great. Films show well-fixed, well-aligned components, no lucency.
ROM 0-115. She's walking without the cane indoors, uses it for the parking lot.

She's completely off the oxycodone (stopped ~week 5) and just taking
acetaminophen 1 g twice a day as needed. I told her she can stop the aspirin
now - DVT prophylaxis course is done. Continue outpatient PT 2x/wk for another
4 weeks and then home exercise.

The left knee is bothering her more now that the right one is fixed (isn't
that always the way). We'll get standing films of the left at her 6 month
visit and talk about whether she wants to do it next spring.

Best,
Tom

Thomas Whitford, MD
Adult Reconstruction - Ridgeline Orthopaedic & Spine
""", cte='quoted-printable')

# =====================================================================
# PHI — names
# =====================================================================

add('phi', 'names', 'Nguyen',
    'Ximena Ruiz <xruiz@ridgelineortho.com>',
    'Front Desk Millbrook <fd.millbrook@ridgelineortho.com>',
    'Nguyen Thi Lan - lumbar MRI auth came back',
    d(2024, 2, 6, 14, 12, tz=-5),
    """approved, 1 unit 72148, valid thru 3/31. auth # is in the notes field.
can someone call her to schedule? she prefers her daughter get the call,
number's on the contact sheet. she'll need the open MRI (claustrophobic)

x
""")

add('phi', 'names', "O'Donnell-Baptiste",
    'Summit Home Medical - Intake <intake@summithomemed.com>',
    'Case Management <cm@stjudesregional.org>',
    "RE: O'Donnell-Baptiste, Siobhan -- walker + BSC before d/c Friday",
    d(2024, 10, 2, 12, 5),
    """Got it. Front-wheeled walker and 3-in-1 commode are on Thursday's truck,
driver will leave them with the family at the house so they're there when
she gets home. Delivery window 1-5pm.

We still don't have the signed order for the commode -- can you get
Dr. Whitford or the hospitalist to sign the one I faxed at 10:40?

Denise
Summit Home Medical Supply | Intake
555-0176

> On Wed, Oct 2, 2024 at 11:18 AM, Case Management <cm@stjudesregional.org> wrote:
> O'Donnell-Baptiste, Siobhan - POD2 L hip hemiarthroplasty, going home
> Friday w/ home health. Needs FWW and bedside commode. Daughter will be
> at the house. Thanks - Renee, RN CM
""")

add('phi', 'names', 'van der Berg',
    'Alicia Moreau <amoreau@crestviewsc.com>',
    'Thomas Whitford MD <twhitford@ridgelineortho.com>',
    'schedule change 11/7',
    d(2024, 10, 28, 7, 58),
    """Dr. W,

Mrs. van der Berg's hip revision got bumped to the 14th -- the rep can't get
the revision acetabular system here before the 11th. I moved her to 0730 on
11/14 and called her husband. He wanted to know if she should keep taking the
prednisone for her RA up to surgery, I said you'd let them know.

That opens your 11/7 afternoon. Want me to pull Mr. Haddad's scope up?

Alicia
OR Scheduler, Crestview
""")

add('phi', 'names', 'Chiamaka',
    'Kendra Voss, MA <kvoss@ridgelineortho.com>',
    'Anjali Reyes MD <areyes@ridgelineortho.com>, Orthotics <orthotics@summithomemed.com>',
    'brace rubbing - volleyball girl from tues',
    d(2024, 11, 7, 10, 21, tz=-5),
    """Chiamaka from your 2:40 on Tuesday (the 15 yo with the L5 pars fracture, plays
club volleyball) -- her mom called this am. The TLSO is rubbing a raw spot
on her left hip bone and she's been taking it off at school. mom is worried
bc you told her 23 hrs a day.

Orthotics - can you get her in this week to adjust/pad it? mom's cell is on
the referral. Dr R, do you want to see her sooner than the 6 wk CT?

Kendra
""")

add('phi', 'names', 'Al-Masri',
    'Tasha Linde <tlinde@ridgelineortho.com>',
    'Paul Marchetti MD <pmarchetti@ridgelineortho.com>',
    'AL-MASRI, YOUSSEF -- post op question from son',
    d(2024, 12, 3, 16, 33, tz=-5),
    """Dr Marchetti,

Son (Karim) called re his father, 2 wks s/p ACDF C5-6. States dad is having
more trouble swallowing solids than last week, no fever, incision looks fine
per son. Voice slightly hoarse. Taking the Medrol dose pack you gave? -- son
not sure if he finished it.

Son speaks English, dad mostly Arabic, interpreter needed for any visit.
Want me to bring him in tomorrow or send for a swallow study?

Tasha Linde, LPN
Spine Team
""")

add('phi', 'names', 'Subramaniam',
    'Rohan Mehta <rmehta@ridgelineortho.com>',
    'Patient Financial Services <pfs@ridgelineortho.com>',
    "Lakshmi Subramaniam's daughter - kyphoplasty estimate",
    d(2025, 1, 14, 9, 47, tz=-5),
    """Hi PFS,

Got a call from Priya, Lakshmi Subramaniam's daughter. Her mom (79) is scheduled
for the T12 kyphoplasty with Dr. Marchetti on 1/29 at Crestview and the
daughter wants a cost estimate before they commit. Mom has Medicare + an
AARP supplement. Also asking whether the bone density scan and the
follow-up xrays are separate bills.

Can someone call her back today? She's at 555-0108, says after 4 is best.

thanks
Rohan
Patient Access Rep
""")

add('phi', 'names', 'Dvořáková',
    'Grace Oyelaran MD <goyelaran@ridgelineortho.com>',
    'Hand Therapy <handtherapy@ridgelinept.com>',
    'Zuzana Dvořáková – splint + therapy after trigger finger release',
    d(2025, 2, 19, 17, 2, tz=-5),
    """Hi hand team,

Paní Dvořáková had her R long and ring finger trigger releases today, plus a
de Quervain release on the same side. Could you see her Monday or Tuesday
for a forearm-based thumb spica, wound check, and start gentle tendon
glides? No restrictions on the fingers otherwise.

She's a professional pianist so she'll be very motivated -- and anxious. Her
English is good but she likes things written down.

Thanks,
Grace

Grace Oyelaran, MD, FAAOS
Hand & Upper Extremity
""", cte='base64')

add('phi', 'names', 'de la Cruz',
    'Meredith Lowe <mlowe@ridgelineortho.com>',
    'Grace Oyelaran MD <goyelaran@ridgelineortho.com>',
    'Re: José Luis - nerve study?',
    d(2025, 3, 4, 8, 12, tz=-5),
    """Yes that's him -- José Luis de la Cruz Íñiguez, the landscaper with both
hands numb at night. The EMG/NCS came back from Neuro Associates: moderate
bilateral carpal tunnel, R worse than L. Report is scanned into his chart
under Outside Records.

Mr. de la Cruz wants to do the right one first and asked if it can be after
the 20th because of work. want me to get him on the surgery consult list?

Meredith

On Mon, Mar 3, 2025 at 5:55 PM Grace Oyelaran MD <goyelaran@ridgelineortho.com> wrote:
> Did the nerve test come back on José Luis? the one from Feb clinic
> w/ numbness both hands. I don't see it yet.
> G
""")

# =====================================================================
# PHI — self
# =====================================================================

add('phi', 'self', 'Talley',
    'Brenda Talley <btalley61@yahoo.com>',
    'Eastgate PT <eastgate@ridgelinept.com>',
    'cancel tomorrow',
    d(2024, 4, 3, 21, 14),
    """Hi this is Brenda Talley, DOB 07/22/1961. I need to cancel my PT
tomorrow at 10. My knee is really swollen since the gel shot Dr Whitford did
Monday and I can barely bend it. Is that normal?? Should I still do the
exercises or ice it?

I can come Friday if you have something.

Brenda

Sent from my iPhone
""")

add('phi', 'self', 'Guerrero',
    'Ana Guerrero <anaguerrero.home@gmail.com>',
    'Ridgeline Ortho Pediatric <peds@ridgelineortho.com>',
    'Mateo Guerrero - wrist brace itching',
    d(2024, 6, 26, 19, 40),
    """Hello,

My son Mateo Guerrero (dob 3/9/2012) was seen by Dr. Reyes last Thursday for his
buckle fracture and they gave him a removable wrist brace instead of a cast.
He's been wearing it all the time like they said but now the skin under it
is red and bumpy and he keeps scratching. He's going to camp Monday.

Can he take it off to wash his arm? Can we put anything on the rash? And do
we still need the xray on July 15 or can we skip it if he feels better?

Thank you,
Ana (Mateo's mom)
555-0137
""")

add('phi', 'self', 'Lamb',
    'Curtis Lamb <curtlamb@outlook.com>',
    'Ridgeline Pain Management <painclinic@ridgelineortho.com>',
    'refill',
    d(2024, 8, 15, 7, 5),
    """morning. Im going to run out of my gabapentin saturday. I take the 300s three times a
day. Dr Fenwick said at my last appt he would up it to 600 at night if the burning in my
feet was still bad at night and it is. also the pharmacy changed, its the Walgreens on
Route 9 now not the one by the mall

thanks
-- Curtis
""")

add('phi', 'self', 'Bixby',
    'Harold Bixby <hbixby1944@icloud.com>',
    'Summit Home Medical <orders@summithomemed.com>',
    'CPAP mask cushions',
    d(2024, 9, 30, 13, 22),
    """To Summit Home Medical:

My name is Harold Bixby. I have been getting my CPAP supplies from you since
my sleep apnea test in 2021. I am due for new cushions and the hose. The
last ones you sent were the wrong size (small) and I need medium. My Medicare
number is the same as before. Please do not send the humidifier chamber, I
still have 2.

Also the machine is making a whistling sound. Does someone need to look at it?

Harold Bixby
22 Orchard Lane
Fenwick Falls
555-0165
""")

add('phi', 'self', 'Kessler',
    'deb k <debkessler.nurse@gmail.com>',
    'Paul Marchetti MD <pmarchetti@ridgelineortho.com>',
    'questions before the 12th',
    d(2024, 11, 4, 23, 51, tz=-5),
    """hi dr marchetti its deb kessler, sorry to email so late i cant sleep. my fusion is on the
12th (L4-S1) and i have a few questions i forgot to ask at the pre op

1. do i stop the meloxicam now or the week before. your nurse said one thing and the
   pharmacy said another
2. i still smoke like 3-4 a day, i know i know. will you cancel the surgery if the
   nicotine test is positive?? i have the patches
3. how long before i can drive. my husband works nights
4. the bone growth stimulator - do i have to buy that or does insurance

also my right leg has been worse this week, numb on the outside of the foot now which is
new. is that something i should worry about before surgery?

thank you for everything, i've been in pain for 3 yrs and this is the first time i feel
like someone is actually going to fix it

Deb
""")

add('phi', 'self', 'Pruitt',
    'Carol Pruitt-Hayes <carolph@comcast.net>',
    'Summit Home Medical <orders@summithomemed.com>',
    "Dad's power wheelchair evaluation",
    d(2025, 1, 22, 12, 30, tz=-5),
    """Hello,

I am writing on behalf of my father, Walter Pruitt. He is 88 and since his
stroke last fall he can't use the manual chair on his own anymore -- his
left arm is too weak and he gets exhausted after 10 feet. His PT at the
rehab said he should be evaluated for a power wheelchair and that you do the
seating evals.

His doctor (Dr. Ebbs at Millbrook Family Medicine) already did the face to face
visit on 1/10. What is the next step? He has Medicare and a Mutual of Omaha
supplement. I'm his health care proxy; I can send that paperwork.

He lives with me, 14 Birchwood Dr, single level, one step at the front door.

Thank you,
Carol Pruitt-Hayes
555-0158
""")

add('phi', 'self', 'Imbert',
    'Rosa Imbert <rosa.imbert@gmail.com>',
    'Billing <billing@ridgelineortho.com>',
    'Re: Your statement from Ridgeline Orthopaedic & Spine',
    d(2025, 2, 11, 18, 2, tz=-5),
    """Hi,

I got this bill for $1,842.00 for my carpal tunnel release and the follow up
visits. This was supposed to go to workers comp!! It's a work injury, I
work on the line at Tri-State Packaging and my claim was approved in
October. The claim number is WC-24-0613377 and the adjuster is Tom Grady at
Plainsview. Please send it to them and take it off my account, I can't pay
this.

Rosa Imbert

On Mon, Feb 10, 2025 at 6:00 AM, Ridgeline Orthopaedic & Spine <statements@ridgelineortho.com> wrote:
> Your statement is ready. Amount due: $1,842.00. Log in to the patient
> portal to view and pay. Please do not reply to this email.
""",
    html="""<div dir="ltr">Hi,<div><br></div><div>I got this bill for $1,842.00 for my carpal tunnel release and the follow up
visits. This was supposed to go to workers comp!! It's a work injury, I
work on the line at Tri-State Packaging and my claim was approved in
October. The claim number is WC-24-0613377 and the adjuster is Tom Grady at
Plainsview. Please send it to them and take it off my account, I can't pay
this.</div><div><br></div><div>Rosa Imbert</div><br><div class="gmail_quote"><div class="gmail_attr">On Mon, Feb 10, 2025 at 6:00 AM, Ridgeline Orthopaedic &amp; Spine &lt;statements@ridgelineortho.com&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Your statement is ready. Amount due: $1,842.00. Log in to the patient portal to view and pay. Please do not reply to this email.</blockquote></div></div>""")

# =====================================================================
# PHI — ids
# =====================================================================

add('phi', 'ids', '',
    'Ximena Ruiz <xruiz@ridgelineortho.com>',
    'Radiology Scheduling <imaging@ridgelineortho.com>',
    'need a slot',
    d(2024, 3, 19, 11, 2),
    """pt dob 3.4.88, MRN RO-0048213 -- L knee MRI w/o contrast, r/o meniscal tear,
dr reyes wants it before his 4/2 f/u. he can only do after 3pm (works 6-2).
thx
""")

add('phi', 'ids', 'Haldane',
    'Raymond Osei <rosei@ridgelineortho.com>',
    'Records <records@ridgelineortho.com>',
    'Outside films - wrong patient merged?',
    d(2024, 4, 25, 14, 39),
    """Records,

The CD from Lakeside Imaging for Margaret Haldane (DOB 19520917) got loaded
under the wrong account. The lumbar CT myelogram Acc# LKS-CT-2290184 is showing
in her chart but the images are of a male pt. Her real study was Acc#
LKS-CT-2290148 (digits swapped). Please pull it before Dr Marchetti's 8am
tomorrow, she's the first pt and it's for surgical planning.

Chart 2207145 for her.

Raymond Osei
Clinical Informatics
""")

add('phi', 'ids', 'Amankwah',
    'Route Dispatch <dispatch@summithomemed.com>',
    'Driver 07 <driver07@summithomemed.com>',
    'Add-on delivery today - hospital bed',
    d(2024, 5, 29, 9, 4),
    """ADD-ON - do after the Brookside stop

Customer: Kwabena Amankwah
Acct# SH-118204
4417 Larkspur Ct Apt 2B, Fenwick Falls
Ph 555-0143 (wife Abena 555-0144)
Items: semi-electric hospital bed E0260 + pressure-reducing overlay, trapeze
Notes: pt is non-weight bearing R leg after ankle ORIF, coming home from
Crestview around 2pm. Set bed up in the living room. Gate code 2290#.
""")

add('phi', 'ids', 'Castellanos',
    'Eligibility Desk <elig@ridgelineortho.com>',
    'Jorge Benitez <jbenitez@ridgelineortho.com>',
    'FW: elig check failed',
    d(2024, 6, 12, 10, 48),
    """Jorge - payer is rejecting this one, can you call provider services? Sched
for an L5-S1 TFESI Friday.

Patient: CASTELLANOS, MARIBEL
DOB 11/30/1975
Member ID XJH884120397   Group 55102
Subscriber: spouse (Eduardo)
Payer says "subscriber not found". Card in the chart has a different
member suffix (-01 vs -02).
""")

add('phi', 'ids', '',
    'Plainsview Insurance - WC Claims <wcclaims@plainsviewins.com>',
    'Workers Comp Coordinator <wcintake@ridgelineortho.com>',
    'Claim 24-WC-118830 - request for IME scheduling',
    d(2024, 7, 23, 15, 11, tz=-5),
    """Re: Claimant DOB 1969-08-14, SSN xxx-xx-4471
Employer: Tri-County School District (custodial)
DOI: 02/27/2024, lumbar injury lifting trash bins
Claim #: 24-WC-118830

We have scheduled an independent medical examination for the above claimant
on 08/19/2024. Please forward the lumbar MRI, the EMG, and office notes
for the last 3 visits including the L4-5 fusion recommendation to our office by
08/09/2024 so the examiner can review.

Plainsview Insurance Company
Workers' Compensation Claims Unit
Fax 555-0199
""")

add('phi', 'ids', 'Rahimi',
    'fax2mail <fax2mail@ridgelineortho.com>',
    'Pain Mgmt Inbox <painclinic@ridgelineortho.com>',
    'Fax from 5550187 - 3 pages',
    d(2024, 8, 28, 16, 20),
    """You have received a 3-page fax.
From: 555-0187 (WESTSIDE PHARMACY)
Received: 08/28/2024 4:19 PM

[OCR text, page 1]
PHARMACY PRESCRIBER CALLBACK REQUEST
RE: Pt: RAHIMI, FARSHID   DOB: 02/17/1953   Acct 7781-2290
Rx: oxycodone/APAP 10/325 #90 written 08/27 by N. Fenwick MD
Issue: early fill requested (10 days early). PDMP shows tramadol from
another prescriber 08/14. Please call to confirm before dispensing.
Pharmacist: L. Cho, RPh
""")

add('phi', 'ids', 'Mattox',
    'Front Desk Eastgate <fd.eastgate@ridgelinept.com>',
    'Summit Home Medical <orders@summithomemed.com>',
    'phone msg',
    d(2024, 10, 15, 11, 55),
    """pls call back Lorraine at 555-0187 (or 555-0112 home) re her husband Gene
Mattox, dob 12-1-47 - his wheelchair cushion is flat and he's getting a sore
on his tailbone again. she said you delivered it in Aug. he's one of our PT
pts here too (post CVA) so we told her we'd pass it on

-eastgate front desk
""")

add('phi', 'ids', 'Sokolova',
    'Crestview Business Office <business@crestviewsc.com>',
    'Keystone Mutual - Medical Payments <medpay@keystonemutual.com>',
    'Itemized bill / Acct 40019823 / DOS 4 Mar 2024',
    d(2024, 4, 9, 10, 30),
    """Good morning,

As requested, itemized statement and operative report for your claimant:

Name: Irina Sokolova
DOB: 4 Mar 1988 (yes, same day as the DOS -- she had surgery on her birthday)
Account: 40019823
Your claim: 7731-02-8850
Procedure: open reduction internal fixation, L distal radius (CPT 25607)
Anesthesia: regional block + MAC
Total charges: $14,612.00

Mailing address on file: 61 Quarry Rd, Unit 4, Millbrook.
Please reference the account number on payment.

Crestview Surgery Center Business Office
555-0166
""", atts=[('Sokolova_itemized.txt', 'text', 'plain',
"""CRESTVIEW SURGERY CENTER - ITEMIZED STATEMENT
Patient: SOKOLOVA, IRINA     DOB 03/04/1988    Acct 40019823
DOS 03/04/2024   Surgeon: G. Oyelaran MD
REV  CPT/HCPCS  DESCRIPTION                         UNITS   CHARGE
0360 25607      ORIF DISTAL RADIUS EXTRA-ART          1    9,850.00
0278 C1713      VOLAR LOCKING PLATE + SCREWS          1    3,112.00
0370            ANESTHESIA SUPPLIES                   1      780.00
0710            RECOVERY ROOM                         1      620.00
0250            PHARMACY                              1      250.00
                                              TOTAL      14,612.00
""")])

# =====================================================================
# PHI — lists
# =====================================================================

add('phi', 'lists', 'Hollings',
    'Alicia Moreau <amoreau@crestviewsc.com>',
    'Crestview OR Staff <or-staff@crestviewsc.com>',
    'OR board for Thurs 5/16 (final)',
    d(2024, 5, 15, 15, 45),
    "Final for tomorrow, the 2nd room is Dr W all day. Reps confirmed.\n\n"
    "Time\tRm\tPatient\tAge\tProcedure\tSurgeon\tNotes\n"
    "0730\t1\tHollings, Ray\t67\tL TKA\tWhitford\tDM2, check BG on arrival\n"
    "0730\t2\tPak, Soo-jin\t44\tR shoulder scope/SAD\tReyes\tinterpreter (Korean)\n"
    "0945\t1\tBrennan, Maureen\t71\tR TKA\tWhitford\tlatex allergy!!\n"
    "1000\t2\tAkinola, Tunde\t29\tR ACL recon BTB\tReyes\t\n"
    "1230\t2\tFitzgerald, Liam\t52\tL CTR + trigger thumb\tOyelaran\tadd-on\n"
    "1300\t1\tOstrowski, Helena\t63\tL UKA\tWhitford\tOSA - bring CPAP\n"
    "\nAlicia\n")

add('phi', 'lists', 'Yilmaz',
    'Eastgate Front Desk <fd.eastgate@ridgelinept.com>',
    'Shauna Pruett, PT, DPT <spruett@ridgelinept.com>',
    'no shows this week',
    d(2024, 6, 21, 17, 30),
    """Shauna, here's the no show / late cancel list for the week. 3 of them are
2nd no-show so per policy they need a call from the treating PT before we
rebook.

| Patient            | DOB        | Dx / referral               | Date  | #  |
|--------------------|------------|-----------------------------|-------|----|
| Yilmaz, Emre       | 05/02/1990 | R ankle sprain, Reyes       | 6/17  | 2  |
| Whitaker, Joan     | 11/18/1949 | L TKA post-op, Whitford     | 6/18  | 1  |
| Mbeki, Thandiwe    | 08/30/1983 | cervical radic, Marchetti   | 6/18  | 2  |
| Lindqvist, Erik    | 01/07/1977 | R RTC repair, Reyes         | 6/20  | 1  |
| Ocampo, Rafael     | 09/12/1986 | lumbar strain (PIP)         | 6/21  | 2  |

thx
""")

add('phi', 'lists', 'Grabowski',
    'Dr. Owen Tate <otate@ridgelineortho.com>',
    'Ortho Call Team <orthocall@ridgelineortho.com>',
    'weekend signout - St Judes ortho service',
    d(2024, 7, 12, 18, 10),
    """Signout for the weekend. 6 on the list. Sorry it's long.

RM   NAME                  AGE  DX/PROC                    ISSUES / TO DO
412  Grabowski, Stanislaw  81   L IT fx s/p IMN 7/10        Hgb 7.4 -> transfuse 1u if <7, PT eval, SNF placement
415  Reyes-Tam, Lucia      34   open R tib/fib, ex-fix      back to OR Mon for IMN, q4 NV checks, on cefazolin
420  Hunt, Darnell         19   L distal radius, CRPP       d/c Sat if pain ok, f/u Oyelaran 1 wk
422  Castillo, Miguel      56   L2 burst fx, TLSO           neuro intact, MRI read pending, Marchetti to see
426  Pham, Van Duc         73   periprosthetic R hip fx     medicine consult re: AFib, hold eliquis, NPO p MN
430  Ellery, Judith        88   R hip hemi POD1             delirium overnight, avoid benzos, family at bedside

Pager 5502 all weekend. Call if anything.
Owen Tate, MD (PGY-4)
""")

add('phi', 'lists', 'Morrow',
    'Tasha Linde <tlinde@ridgelineortho.com>',
    'Pain Clinic Team <painteam@ridgelineortho.com>',
    'huddle tmrw 7:45',
    d(2024, 9, 9, 17, 2),
    """Huddle items for tomorrow:

* Gary Morrow - 9:00 - UDS last visit neg for prescribed hydrocodone, pos for
  THC. Dr F wants to discuss before refilling. Pt contract on file 2023.
* Mrs. Iwu (Ngozi) - 9:30 - SCS trial day 5, coming in for lead pull. Had ~60%
  relief, wants the permanent. Needs psych eval before we submit.
* Dale Pinkerton - 10:15 - new pt, referral from Marchetti, failed back after
  L4-5 fusion. Bring outside MRI.
* Lucy Ferrante - 11:00 - SI joint inj, on warfarin, INR from Fri was 1.4, ok.
* Hamid - (Sadeghi) - cancelled, reschedule his genicular RFA, he's in Iran till Oct

Lunch is from the Boston Market rep. Remember to sign the sheet.
""")

add('phi', 'lists', 'Whitcomb',
    'Route Dispatch <dispatch@summithomemed.com>',
    'Delivery Drivers <drivers@summithomemed.com>',
    'Tomorrow routes - north',
    d(2024, 10, 10, 16, 48),
    """Routes attached. North truck is heavy tomorrow, Deshawn is riding along.
Two CPAP setups need the RT (Marco) so do those last.
""", atts=[('routes_north_2024-10-11.csv', 'text', 'csv', csv_text([
        ['stop', 'patient', 'dob', 'address', 'phone', 'items', 'hcpcs', 'notes'],
        ['1', 'Whitcomb, Arthur', '1941-06-02', '9 Heron Way, Fenwick Falls', '555-0120', 'standard wheelchair + cushion', 'K0001;E2601', 'post L hip fx'],
        ['2', 'Dlamini, Sipho', '1968-12-19', '300 Mill St Apt 11, Millbrook', '555-0121', 'CPAP setup', 'E0601;A7030', 'RT required - new OSA dx'],
        ['3', 'Kaminski, Beata', '1955-03-27', '48 Elm Ter, Northvale', '555-0122', 'rolling walker', 'E0143', 'after TKA 10/9'],
        ['4', "O'Neill, Patrick", '1979-08-08', '1220 County Rd 6, Northvale', '555-0123', 'knee scooter rental', 'E0118', 'NWB L foot'],
        ['5', 'Torres, Yesenia', '1991-02-14', '77 Pine St, Millbrook', '555-0125', 'CPAP setup', 'E0601;A7034', 'RT required; Spanish'],
        ['6', 'Brandt, Eloise', '1937-11-30', '15 Sunset Ln, Fenwick Falls', '555-0126', 'hospital bed pickup', 'E0260', 'pt deceased - family home after 3'],
    ]))])

add('phi', 'lists', 'Szabo',
    'Marisol Pena <mpena@ridgelineortho.com>',
    'Jorge Benitez <jbenitez@ridgelineortho.com>',
    'prior auth tracker - wk of 11/18',
    d(2024, 11, 22, 12, 1, tz=-5),
    """Jorge,

Updated tracker attached. The 3 red ones (Szabo, Hakimi, Ofori) have been
pending > 10 days, please escalate to peer-to-peer. Szabo's surgery is 12/2.

Marisol
Prior Authorization | Ridgeline Orthopaedic & Spine
""", atts=[('PA_tracker_1118.xlsx', 'application',
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            make_xlsx([
                ['Patient', 'DOB', 'MRN', 'Payer', 'Service', 'CPT', 'Submitted', 'Status'],
                ['Szabo, Gabor', '07/14/1962', 'RO-0051177', 'Anthem', 'L4-5 TLIF', '22630', '11/05', 'PENDING - clinicals requested'],
                ['Hakimi, Nadia', '02/09/1984', 'RO-0049920', 'Aetna', 'Cervical MRI', '72141', '11/07', 'PENDING'],
                ['Ofori, Kwame', '10/23/1958', 'RO-0050311', 'UHC', 'R TKA', '27447', '11/08', 'PENDING - P2P offered'],
                ['Lindgren, Paula', '05/05/1971', 'RO-0047765', 'Cigna', 'L RFA L3-L5', '64635', '11/12', 'APPROVED'],
                ['Baptiste, Roland', '12/30/1966', 'RO-0052008', 'Medicaid', 'Power WC eval', 'K0823', '11/14', 'DENIED - appeal'],
            ], sheet='Week 11-18'))])

add('phi', 'lists', 'Kovacs',
    'Loretta Fike <lfike@ridgelineortho.com>',
    'Janelle Ortiz <jortiz@harlanfreight.com>',
    'RE: Q3 visit summary for your injured employees',
    d(2024, 10, 7, 9, 20),
    """Janelle,

Per your request and the WC authorization on file, attached is the Q3 visit log for
Harlan employees with open WC claims (zipped CSV, password is the one Dan gave you
on the phone). Work status column is as of last visit.

Loretta

> From: Janelle Ortiz <jortiz@harlanfreight.com>
> Can you send a list of which of our guys have been in and what their status
> is? Our carrier wants it for the quarterly review.
""", atts=[('harlan_wc_q3_2024.zip', 'application', 'zip', make_zip([
        ('harlan_wc_q3_2024.csv', csv_text([
            ['employee', 'dob', 'claim_no', 'injury', 'visits_q3', 'last_visit', 'work_status', 'provider'],
            ['Kovacs, Bela', '1980-04-11', 'PV-24-55120', 'L shoulder RTC tear - repaired 7/2', '9', '2024-09-26', 'Off work', 'Reyes'],
            ['Pettaway, Dwayne', '1975-01-29', 'PV-24-55087', 'R RTC repair 6/18', '11', '2024-09-30', 'Light duty - no lifting >10lb', 'Reyes'],
            ['Adeyemi, Folake', '1988-09-03', 'PV-24-55233', 'lumbar strain', '4', '2024-08-15', 'Full duty', 'Marchetti'],
            ['Reinholt, Garrett', '1969-12-12', 'PV-24-55301', 'R knee medial meniscus tear - scope 9/12', '3', '2024-09-27', 'Seated work only', 'Reyes'],
        ])),
    ]))])

# =====================================================================
# PHI — struct
# =====================================================================

HL7_ADT = "\r".join([
    "MSH|^~\\&|EPICADT|RIDGELINE|INTF|SUMMITHME|20240611083015||ADT^A04^ADT_A01|MSG00038127|P|2.5.1",
    "EVN|A04|20240611083015",
    "PID|1||RO-0050993^^^RIDGELINE^MR||OKAFOR^CHINEDU^E||19710414|M|||882 HIGHLAND AVE^^MILLBROOK^ST^00931||(555)555-0148|||M||A10059931|",
    "PV1|1|O|EASTPT^^^EASTGATE||||1234567890^REYES^ANJALI^^^MD|||PT||||||||OP|||||||||||||||||||||||||20240611",
    "DG1|1||M75.121^Complete rotator cuff tear of right shoulder, not traumatic^I10|||W",
    "IN1|1|BCBS01|00451|BLUE CROSS BLUE SHIELD|||||GRP8812|||||||OKAFOR^CHINEDU^E|SEL|19710414|||||||||||||||||||YGH772019384",
]) + "\r"

add('phi', 'struct', 'Okafor',
    'Raymond Osei <rosei@ridgelineortho.com>',
    'Summit HME Interface Support <it@summithomemed.com>',
    'ADT feed - A04 not creating customer on your side',
    d(2024, 6, 11, 9, 2),
    """Hi Summit IT,

Another one that hit your listener this morning and got an AA back but no
customer record got created on your end (orders for his sling/cryo unit are
stuck). Pasting the raw message below - is it the DG1 with the long
description? We started sending ICD-10 text last week.

""" + HL7_ADT.replace("\r", "\n") + """
Thanks,
Raymond Osei
Clinical Informatics Analyst, Ridgeline Orthopaedic & Spine
555-0130
""")

HL7_ORU = "\r".join([
    "MSH|^~\\&|RIS|RIDGELINEIMG|EHR|RIDGELINE|20240802151233||ORU^R01|RAD7781203|P|2.3",
    "PID|1||RO-0046612^^^RIDGELINE^MR~812-44-0917^^^SSA^SS||VASQUEZ-LOPEZ^ADRIANA^M||19830519|F|||45 CEDAR HOLLOW RD^^NORTHVALE^ST^00944||5550152",
    "PV1|1|O|IMG^^^RIDGELINE||||2233445566^MARCHETTI^PAUL",
    "ORC|RE|ORD558210|ACC-MR-24-0091837",
    "OBR|1|ORD558210|ACC-MR-24-0091837|72148^MRI LUMBAR SPINE WO CONTRAST^CPT|||20240802140500|||||||||2233445566^MARCHETTI^PAUL||||||20240802151200||MR|F",
    "OBX|1|TX|72148^MRI LUMBAR SPINE^CPT||FINDINGS: L4-5 broad-based disc protrusion with superimposed right paracentral extrusion migrating inferiorly, severe right lateral recess stenosis contacting the traversing right L5 nerve root.||||||F",
    "OBX|2|TX|72148^MRI LUMBAR SPINE^CPT||IMPRESSION: 1. Right paracentral L4-5 extrusion with right L5 root impingement. 2. Mild facet arthropathy L5-S1.||||||F",
]) + "\r"

add('phi', 'struct', 'Vasquez-Lopez',
    'Interface Engine Alerts <cloverleaf-alerts@ridgelineortho.com>',
    'Raymond Osei <rosei@ridgelineortho.com>',
    '[ALERT] ORU inbound error - PID-3 repeat not mapped (1 msg)',
    d(2024, 8, 2, 15, 13),
    """Route: RIS_IN -> EHR_RESULTS
Error: PID-3 repetition 2 (assigning authority SSA) not in mapping table
Action: message held in error queue; see attachment for raw message.

-- automated message, do not reply --
""", atts=[('ACC-MR-24-0091837.hl7', 'text', 'plain', HL7_ORU)])

X12_837 = "~\n".join([
    "ISA*00*          *00*          *ZZ*RIDGELINE01    *ZZ*CLEARHSE       *240910*1422*^*00501*000004471*0*P*:",
    "GS*HC*RIDGELINE01*CLEARHSE*20240910*1422*4471*X*005010X222A1",
    "ST*837*0001*005010X222A1",
    "BHT*0019*00*RO240910A*20240910*1422*CH",
    "NM1*85*2*RIDGELINE ORTHOPAEDIC AND SPINE*****XX*1457382910",
    "NM1*IL*1*BECKFORD*TAMARA*J***MI*W44718209301",
    "N3*17 JUNIPER ST",
    "N4*FENWICK FALLS*ST*00912",
    "DMG*D8*19790223*F",
    "CLM*RO88120*1240***11:B:1*Y*A*Y*Y",
    "HI*ABK:M5416*ABF:M5126",
    "NM1*82*1*MARCHETTI*PAUL****XX*2233445566",
    "LX*1",
    "SV1*HC:64483:RT*1040*UN*1***1",
    "DTP*472*D8*20240905",
    "LX*2",
    "SV1*HC:77003*200*UN*1***1",
    "SE*17*0001",
]) + "~"

add('phi', 'struct', 'Beckford',
    'Loretta Fike <lfike@ridgelineortho.com>',
    'Clearinghouse Support <support@medclaimbridge.com>',
    'Rejected claim RO88120 - 2300 CLM05 error?',
    d(2024, 9, 11, 8, 40),
    """Hi,

We got a 277CA rejection on this claim with "A7:21 - invalid place of service"
but POS 11 is correct for an office TFESI. Can you look at the segment? Raw
837 from our outbound folder:

""" + X12_837 + """

Ticket from the portal was CS-20931 if that helps.

Thanks
Loretta Fike | Billing Specialist
Ridgeline Orthopaedic & Spine | 555-0131
""")

X12_835 = "~".join([
    "ISA*00*          *00*          *ZZ*PLAINSVIEWINS  *ZZ*RIDGELINE01    *241002*0915*^*00501*000009912*0*P*:",
    "GS*HP*PLAINSVIEWINS*RIDGELINE01*20241002*0915*9912*X*005010X221A1",
    "ST*835*1001",
    "BPR*I*412.38*C*ACH*CCP*01*011000015*DA*0048813*1112223333**01*021000021*DA*7730019*20241002",
    "TRN*1*EFT0099120*1112223333",
    "N1*PR*PLAINSVIEW INSURANCE CO",
    "N1*PE*RIDGELINE ORTHOPAEDIC AND SPINE*XX*1457382910",
    "LX*1",
    "CLP*RO87702*2*860*412.38**WC*PV2409301177*11",
    "NM1*QC*1*IMBERT*ROSA****MI*WC240613377",
    "NM1*82*1*OYELARAN*GRACE****XX*3344556677",
    "DTM*232*20240814",
    "SVC*HC:64721:RT*860*412.38**1",
    "CAS*CO*45*447.62",
    "SE*14*1001",
]) + "~"

add('phi', 'struct', 'Imbert',
    'Jorge Benitez <jbenitez@ridgelineortho.com>',
    'Loretta Fike <lfike@ridgelineortho.com>',
    'FW: 835 for Plainsview - only paid half on the CTR',
    d(2024, 10, 3, 14, 4),
    """Loretta this is the one Rosa Imbert keeps calling about. Plainsview paid
412.38 on the carpal tunnel and adjusted the rest CO-45 (fee schedule). So
the balance should be written off, NOT billed to her. She got a statement
anyway. Can you fix the account and make sure statements are suppressed on WC?

Raw 835 line from the remit:

""" + X12_835 + """

J
""")

X12_271 = "~\n".join([
    "ST*271*0001*005010X279A1",
    "BHT*0022*11*ELIG88201*20241104*0812",
    "HL*1**20*1",
    "NM1*PR*2*KEYSTONE HEALTH PLAN*****PI*60054",
    "HL*2*1*21*1",
    "NM1*1P*2*RIDGELINE PAIN MANAGEMENT*****XX*1457382910",
    "HL*3*2*22*0",
    "TRN*2*93175-012547*9877281234",
    "NM1*IL*1*PETROVIC*DRAGAN*M***MI*KHP00918273",
    "N3*2210 OLD MILL PIKE",
    "N4*NORTHVALE*ST*00944",
    "DMG*D8*19600612*M",
    "EB*1**30**GOLD PPO",
    "EB*C*IND*30***23*1500*****Y",
    "EB*C*IND*30***29*212.44*****Y",
    "EB*A*IND*30***27**.2****Y",
    "EB*CB*IND*BF****P3*1**Y",
    "MSG*SPINAL INJECTIONS REQUIRE PRIOR AUTHORIZATION",
    "SE*18*0001",
]) + "~"

add('phi', 'struct', 'Petrovic',
    'Eligibility Desk <elig@ridgelineortho.com>',
    'Pain Clinic Team <painteam@ridgelineortho.com>',
    'elig for Petrovic 11/6 - needs auth',
    d(2024, 11, 4, 8, 20, tz=-5),
    """FYI 271 back for Mr. Petrovic (Dragan), he's on for bilateral L4-5 facet injections
Wed. Ded met except $212.44, 20% coins, and the plan wants PA for spinal
injections. There's no auth on file. Either get one today/tomorrow or move him.

""" + X12_271 + "\n")

FHIR = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "pt-88213",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "RO-0053340"}],
        "name": [{"family": "Haddad", "given": ["Samir", "Elias"]}],
        "gender": "male",
        "birthDate": "1966-10-03",
        "telecom": [{"system": "phone", "value": "555-0139", "use": "mobile"}],
        "address": [{"line": ["3 Lantern Sq"], "city": "Millbrook", "postalCode": "00931"}]
      }
    },
    {
      "resource": {
        "resourceType": "Procedure",
        "id": "proc-55120",
        "status": "completed",
        "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "29881",
                  "display": "Arthroscopy, knee, surgical; with meniscectomy (medial OR lateral)"}]},
        "subject": {"reference": "Patient/pt-88213"},
        "performedDateTime": "2024-11-07T13:42:00-05:00",
        "bodySite": [{"text": "Left knee"}],
        "performer": [{"actor": {"display": "Thomas Whitford, MD"}}]
      }
    }
  ]
}"""

add('phi', 'struct', 'Haddad',
    'Nikhil Varma <nvarma@ridgelineortho.com>',
    'dev-integrations <dev-integrations@ridgelineortho.com>',
    'Re: outcomes app push failing on Procedure.bodySite',
    d(2024, 11, 8, 10, 37, tz=-5),
    """ok so this is the real payload from prod that blew up last night (sorry, should have
scrubbed it, it's Mr. Haddad's scope from yesterday). the vendor's validator chokes
on bodySite without a coding, only text. I think we just add the SNOMED code for
left knee structure. patch up in a sec.

```
""" + FHIR + """
```

nik

On Fri, Nov 8, 2024 at 9:58 AM Raymond Osei <rosei@ridgelineortho.com> wrote:
> PROMs vendor says 14 procedure pushes failed overnight with 422. Can you
> grab one and see what's wrong?
""")

CCD = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <realmCode code="US"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <id root="2.16.840.1.113883.3.9921" extension="CCD-2024-0771"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Ridgeline Orthopaedic &amp; Spine - Continuity of Care Document</title>
  <effectiveTime value="20241203101500-0500"/>
  <recordTarget>
    <patientRole>
      <id extension="RO-0044871" root="2.16.840.1.113883.3.9921.1"/>
      <addr use="HP"><streetAddressLine>118 Quince St</streetAddressLine><city>Northvale</city><postalCode>00944</postalCode></addr>
      <telecom value="tel:+1-555-555-0161" use="HP"/>
      <patient>
        <name use="L"><given>Mirela</given><family>Constantinescu</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19580121"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
      <title>Problems</title>
      <text><list><item>Lumbar spinal stenosis with neurogenic claudication</item>
      <item>Status post L3-L5 laminectomy (2024-09-16)</item><item>Type 2 diabetes</item></list></text>
    </section></component>
    <component><section>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="Medications"/>
      <title>Medications</title>
      <text><list><item>Pregabalin 75 mg PO BID</item><item>Metformin 1000 mg PO BID</item>
      <item>Tramadol 50 mg PO q6h PRN pain</item></list></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

add('phi', 'struct', 'Constantinescu',
    'Medical Records <records@ridgelineortho.com>',
    'Intake <intake@northvalerehab.org>',
    'CCD for transfer of care - M. Constantinescu',
    d(2024, 12, 3, 10, 22, tz=-5),
    """Attached is the C-CDA for the patient transferring to your outpatient
program. Op note and last 2 PT progress notes follow by fax.

Medical Records
Ridgeline Orthopaedic & Spine | 555-0135
""" + "\n" + RO_DISCLAIMER + "\n",
    atts=[('CCD_RO-0044871.xml', 'application', 'xml', CCD.encode('utf-8'))])

# =====================================================================
# PHI — lang
# =====================================================================

add('phi', 'lang', 'Villalobos',
    'Lupita Villalobos <lupitav63@hotmail.com>',
    'Eastgate PT <eastgate@ridgelinept.com>',
    'Consulta sobre la terapia de mi esposo',
    d(2024, 9, 24, 15, 18),
    """Buenas tardes,

Les escribo por mi esposo, Ernesto Villalobos Paredes (fecha de nacimiento
14/08/1963). Le hicieron la fusión lumbar L4-L5 con el Dr. Marchetti el 2 de
septiembre y empezó la terapia física en la clínica de Eastgate la semana pasada.

Desde la última sesión tiene más dolor en la pierna derecha y casi no duerme.
El terapeuta le puso ejercicios nuevos y creemos que fueron demasiado. ¿Puede
seguir tomando el tramadol que le recetaron o tiene que llamar al doctor?

También necesitamos una carta para su trabajo (es mecánico en Harlan Freight)
que diga cuándo puede regresar.

Muchas gracias,
Lupita Villalobos
555-0104
""", cte='quoted-printable')

add('phi', 'lang', 'Nascimento Araújo',
    'Thiago Araujo <thiago.n.araujo@gmail.com>',
    'Fisioterapia Millbrook <millbrook@ridgelinept.com>',
    'sessões de fisioterapia - ombro direito',
    d(2024, 11, 12, 20, 3, tz=-5),
    """Olá, boa noite

Meu nome é Thiago Nascimento Araújo, nasci em 22/01/1990. Fiz a cirurgia de
reparo do manguito rotador no ombro direito com a Dra. Reyes no dia 10 de outubro.
Estou fazendo fisioterapia duas vezes por semana na clínica de Millbrook, mas o
meu plano só aprovou 12 sessões e já usei 9. A fisioterapeuta (Jess) disse que eu
preciso de mais, ainda não consigo levantar o braço acima do ombro.

Vocês podem pedir mais sessões para o convênio? E queria saber se posso voltar a
trabalhar na obra (sou pedreiro), o atestado acaba dia 30.

Obrigado
Thiago
""")

add('phi', 'lang', 'Trần',
    'Linh Nguyen <linh.nguyen.1979@yahoo.com>',
    'Ridgeline Ortho <info@ridgelineortho.com>',
    'Mẹ tôi bị sưng đầu gối sau khi tiêm',
    d(2024, 12, 5, 8, 44, tz=-5),
    """Chào phòng khám,

Tôi là con gái của bà Trần Thị Hoa (sinh ngày 05/06/1948). Mẹ tôi được bác sĩ
Whitford tiêm thuốc vào đầu gối trái hôm thứ Ba. Từ hôm qua đầu gối bị sưng,
nóng và đỏ, và tối qua mẹ tôi bị sốt 38 độ. Mẹ tôi có cần đến phòng khám ngay
không, hay phải đi cấp cứu?

Mẹ tôi không nói được tiếng Anh, xin gọi cho tôi ở số 555-0109.

Cảm ơn,
Linh (Nguyễn Thị Linh)
""", cte='base64')

add('phi', 'lang', 'Pierre-Louis',
    'JB Pierre-Louis <jbpierrelouis58@gmail.com>',
    'Summit Home Medical <orders@summithomemed.com>',
    'machè a kase',
    d(2025, 1, 8, 10, 16, tz=-5),
    """Bonjou,

Mwen rele Jean-Baptiste Pierre-Louis. Mwen te fè operasyon nan jenou dwat mwen
(yo ranplase jenou an) sa gen 3 semèn ak Dr. Whitford. Machè (walker) nou te
voye ban mwen an kase, youn nan pye yo pa bloke byen e mwen pè tonbe nan
twalèt la. Èske nou ka voye yon lòt machè pi vit posib?

Mwen rete 58 Linden Ave, Fenwick Falls. Telefòn mwen se 555-0116, si mwen pa
reponn rele pitit fi mwen Nadège 555-0117.

Mèsi anpil,
Jean-Baptiste
""")

add('phi', 'lang', 'Белова',
    'Людмила Белова <l.belova57@mail.example.ru>',
    'Ridgeline Pain Management <painclinic@ridgelineortho.com>',
    'Вопрос после инъекции',
    d(2024, 11, 26, 9, 5, tz=-5),
    """Здравствуйте, доктор Фенвик!

Меня зовут Людмила Аркадьевна Белова, дата рождения 19.02.1957. 12 ноября мне
сделали эпидуральную инъекцию стероидов (L5-S1). Первую неделю стало намного
лучше, но сейчас боль в левой ноге вернулась, и появилось онемение в стопе.

Ещё у меня сильно поднялся сахар, до 14 ммоль/л (у меня диабет 2 типа). Это
может быть от укола? Нужно ли мне записаться на повторный приём или сразу на
вторую инъекцию?

С уважением,
Людмила Белова
тел. 555-0127
""")

add('phi', 'lang', 'Dimaculangan',
    'Marites Santos <maritessantos.cg@gmail.com>',
    'Shauna Pruett, PT, DPT <spruett@ridgelinept.com>',
    'Update po kay Lola Consolacion',
    d(2025, 2, 3, 19, 27, tz=-5),
    """Hi po Ma'am Shauna,

Si Marites po ito, caregiver ni Lola Consolacion (Mrs. Consolacion Dimaculangan).
Update lang po - since nung last PT session niya noong Huwebes, masakit daw po
yung kaliwang balakang niya kapag tumatayo galing sa kama. Ginagawa po namin yung
exercises araw-araw pero hindi pa po siya makalakad nang walang walker. Yung
incision po okay naman, walang nana, tuyo.

Pwede po bang ilipat yung appointment niya sa Martes ng umaga? May dialysis po kasi
siya ng Lunes, Miyerkules at Biyernes, pagod na pagod siya pagkatapos.

Salamat po,
Marites
""")

add('phi', 'lang', 'Qasim',
    'Karim Qasim <karim.qasim@outlook.com>',
    'Spine Team <spine@ridgelineortho.com>',
    'استفسار عن والدي Mahmoud Qasim',
    d(2025, 1, 29, 22, 40, tz=-5),
    """السلام عليكم،

أكتب إليكم بخصوص والدي محمود قاسم (تاريخ الميلاد ١٩٥٠/٣/١٥). أجرى عملية تثبيت
الفقرات القطنية مع الدكتور ماركيتي يوم ٢٠ يناير. منذ يومين لاحظنا إفرازات من
الجرح وارتفاعاً في الحرارة (٣٨٫٥). هل يجب أن نأتي إلى العيادة أم نذهب إلى
الطوارئ؟ موعد المتابعة القادم في ١٠ فبراير.

رقم هاتفي: 555-0182

شكراً جزيلاً،
كريم قاسم
""", cte='base64')

add('phi', 'lang', '王建国',
    '王丽 <wangli.family@163.example.com>',
    'Ridgeline Ortho <info@ridgelineortho.com>',
    '关于我父亲膝关节置换后的止痛药',
    d(2025, 3, 10, 12, 15, tz=-4),
    """您好，

我是王建国的女儿王丽。我父亲（出生日期：1945年7月8日）上个月22号在Crestview手术中心
做了右膝关节置换手术，主刀是Whitford医生。现在他每周做三次物理治疗，但是膝盖还是弯不过
90度，晚上疼得睡不着。医生开的止痛药（羟考酮）快吃完了。请问可以再开一些吗？还是应该换
别的药？

他的病历号是 RO-0049102。

谢谢！
王丽
电话：555-0191
""")

# =====================================================================
# CLEAN — admin
# =====================================================================

add('clean', 'admin', '',
    'Ridgeline IT Service Desk <servicedesk@ridgelineortho.com>',
    'All Staff <allstaff@ridgelineortho.com>',
    'PLANNED DOWNTIME Sat 6/8 0100-0500 - EHR, PACS viewer, e-prescribing (CHG0048213)',
    d(2024, 6, 3, 12, 0),
    """All,

The EHR vendor will apply the quarterly upgrade this Saturday, June 8, from
1:00 AM to 5:00 AM. During that window:

  * EHR (clinics, PT, pain, ASC) - read-only via the downtime viewer at 0100,
    fully down 0130-0430
  * PACS web viewer - unavailable
  * e-prescribing (incl. EPCS) - unavailable; use paper Rx pads in the locked
    drawer, controlled substances require the downtime log
  * Summit HME order interface - queued, will flush after 0500

Downtime forms are on the S: drive under IT > Downtime > 2024. Crestview ASC
has no cases scheduled Saturday. Call center will transfer urgent calls to
the on-call surgeon as usual.

Change ticket CHG0048213. Questions: Raymond Osei x4130 or the desk at x4000.

Thanks,
Ridgeline IT Service Desk
555-0100 opt 2
""",
    html="""<html><body><p>All,</p><p>The EHR vendor will apply the quarterly upgrade this <b>Saturday, June 8, from 1:00 AM to 5:00 AM</b>.</p>
<ul><li>EHR (clinics, PT, pain, ASC) - read-only via the downtime viewer at 0100, fully down 0130-0430</li>
<li>PACS web viewer - unavailable</li>
<li>e-prescribing (incl. EPCS) - unavailable; use paper Rx pads in the locked drawer, controlled substances require the downtime log</li>
<li>Summit HME order interface - queued, will flush after 0500</li></ul>
<p>Downtime forms are on the S: drive under IT &gt; Downtime &gt; 2024. Crestview ASC has no cases scheduled Saturday.</p>
<p>Change ticket <b>CHG0048213</b>. Questions: Raymond Osei x4130 or the desk at x4000.</p>
<p>Thanks,<br>Ridgeline IT Service Desk<br>555-0100 opt 2</p></body></html>""")

add('clean', 'admin', '',
    'Heather Quinlan <hquinlan@ridgelineortho.com>',
    'All Employees <allstaff@ridgelineortho.com>',
    'Open enrollment closes 11/15 - medical, dental, vision, FSA',
    d(2024, 10, 30, 8, 0),
    """Hi everyone,

Reminder that benefits open enrollment closes Friday, November 15 at 5 PM.
If you don't make a selection, your current medical, dental and vision
elections roll over but your FSA / dependent care elections DO NOT.

What's new for 2025:
 - The HDHP medical plan deductible goes to $1,800 single / $3,600 family
 - Physical therapy at any Ridgeline PT clinic has a $0 copay on both plans
 - Employee contribution for the PPO goes up about $6 per paycheck
 - New: Hinge-style virtual MSK program (free for employees)

Benefit fair: Tues 11/5, 11:30-1:30, Millbrook conference room B. Reps from
the carrier will be there. Pizza.

Questions? Me (x4111) or Jamal Burke (x4112) in HR. Please don't send us
any medical details about yourself or family by email - call us.

Heather Quinlan, SHRM-CP
HR Manager, Ridgeline Orthopaedic & Spine
""")

add('clean', 'admin', '',
    'Victor Salcedo <vsalcedo@tricountymech.com>',
    'Facilities <facilities@ridgelineortho.com>',
    'Invoice INV-20931 - MRI suite chiller service',
    d(2024, 7, 17, 14, 30),
    """Hi Doug,

Attached is invoice INV-20931 for the emergency call on 7/12 (MRI suite
chiller, Millbrook). Replaced the compressor contactor and recharged
R-410A, 4.5 hrs labor. The unit is 14 years old and the coil is corroded,
I'd budget for replacement next FY -- quote to follow.

Amount due: $2,318.40, Net 30. PO # on your end was 24-0771.

Also heads up, the magnet room humidity sensor is reading 8% high against
our calibrated meter. Siemens-type service should look at it on their next PM.

Victor Salcedo
Service Manager | Tri-County Mechanical
Cell 555-0188 | Office 555-0189
""", atts=[('INV-20931.txt', 'text', 'plain',
"""TRI-COUNTY MECHANICAL  INVOICE INV-20931   DATE 07/16/2024
BILL TO: Ridgeline Orthopaedic & Spine - Facilities, 400 Millbrook Pkwy
PO: 24-0771      TERMS: NET 30
LABOR  Emergency service (after hours) 4.5 h @ 185.00     832.50
PARTS  Contactor 3P 40A                                     96.90
PARTS  R-410A 12 lb                                        389.00
TRIP   After-hours trip charge                            1,000.00
                                                 TOTAL  2,318.40
""")])

add('clean', 'admin', '',
    'Jess Albright, PT <jalbright@ridgelinept.com>',
    'Ridgeline PT Staff <pt-staff@ridgelinept.com>',
    'Dec coverage / holiday schedule - please check your name',
    d(2024, 11, 25, 16, 12, tz=-5),
    """Hi all - draft holiday coverage. Reply by Friday if something's wrong.

Date      Eastgate               Millbrook              Northvale
12/23     Pruett, Okoro (PTA)    Albright, Chen         Delacroix
12/24     Okoro (PTA) - half     Chen - half            CLOSED
12/26     Pruett, Hartman        Albright               Delacroix, Wu (PTA)
12/27     Hartman                Chen, Morales (PTA)    Delacroix
12/31     Pruett - half          Albright - half        CLOSED
1/2       full staff            full staff             full staff

Hand therapy: Morgan covers 12/23 + 12/27 only. Aquatic pool at Millbrook is
closed 12/23-1/1 for resurfacing.

Dr. Reyes is the ortho on call 12/24-12/26 if you need a surgeon for a
post-op question; Marchetti has 12/31-1/1.

Jess Albright, PT, DPT, OCS
Clinical Director, Ridgeline Physical Therapy
555-0140
""")

add('clean', 'admin', '',
    'Accounts Receivable <ar@medclaimbridge.com>',
    'Jorge Benitez <jbenitez@ridgelineortho.com>',
    'MedClaimBridge account RO-4471 - annual renewal + invoice 2025-0114',
    d(2025, 1, 6, 9, 30, tz=-5),
    """Dear Jorge,

Your MedClaimBridge clearinghouse agreement (customer account RO-4471) renews
on February 1, 2025. Invoice 2025-0114 is attached to your portal.

  Professional claims (837P)       unlimited       $489.00/mo
  Institutional claims (837I)      unlimited       $210.00/mo   (Crestview ASC)
  ERA / 835 enrollment             14 payers       included
  Real-time eligibility (270/271)  up to 6,000/mo  $0.12 per txn over
  Total annual                                      $8,388.00

Payment by ACH to account ending 0091 or by check to PO Box 4410. If you would
like to add the Summit HME entity (DMEPOS claims) we can quote that separately.

Best regards,
Shanice Howell
Accounts Receivable, MedClaimBridge
555-0177
""")

add('clean', 'admin', '',
    'Credentialing <credentialing@ridgelineortho.com>',
    'Payer Enrollment <enrollment@ridgelineortho.com>',
    'New provider start 3/3 - Dr. Imani Kessington (spine) - enrollment checklist',
    d(2025, 1, 27, 13, 40, tz=-5),
    """Team,

Dr. Imani Kessington, MD (orthopaedic spine surgery, fellowship at Lakeshore
University) starts March 3. Please start payer enrollment now so she isn't
sitting on unbillable clinics.

  NPI (individual): 1928374650
  State license: MD.0771204, exp 06/30/2026
  DEA: on file (copy in credentialing folder)
  CAQH ID: 14482093 - attested 1/20
  Board status: board eligible, ABOS Part II scheduled July
  Hospital privileges: St. Jude's Regional (in process), Crestview ASC (app
  goes to MEC 2/18)

Priority payers: Medicare, Medicaid MCOs (3), BCBS, Aetna, UHC, Plainsview WC,
Keystone Mutual auto (PIP). Her first clinic is Millbrook 3/5.

Thanks!
Gina Ferraro, CPCS
Credentialing Specialist | 555-0133
""")

add('clean', 'admin', '',
    'Crestview Materials Mgmt <materials@crestviewsc.com>',
    'Orthomed Implants Customer Service <orders@orthomed-implants.example.com>',
    'PO 24-1187 - consignment restock + lot recall check',
    d(2024, 8, 20, 10, 5),
    """Hello,

Please restock consignment per PO 24-1187:

  QTY  REF          DESCRIPTION
  2    TK-FEM-5L    Femoral component, size 5, left, CR
  2    TK-TIB-4     Tibial baseplate size 4
  4    TK-PE-10     Poly insert 10 mm CR
  1    ACL-BTB-KIT  ACL reconstruction instrument kit (loaner return 8/26)
  6    ANCH-4.75    Suture anchor 4.75 mm, knotless

Also, can you confirm none of our on-shelf tibial baseplates are in the lot
range from your 8/14 field notice (lots 2406A110-2406A140)? Our count shows
lots 2405B022 and 2407A015 on the shelf.

Ship to: Crestview Surgery Center, Receiving Dock 2.
Contact: Omar Whitfield, Materials Manager, 555-0168

Thanks
""")

# =====================================================================
# CLEAN — lookalike
# =====================================================================

add('clean', 'lookalike', '',
    'IronPeak Fitness <hello@ironpeakfitness.example.com>',
    'Derek Salas <dsalas.lifts@gmail.com>',
    'Member #0048213 - your knee-friendly mobility class starts Monday!',
    d(2024, 3, 1, 6, 30, tz=-5),
    """Hi Derek,

Thanks for signing up for STRONG KNEES, our 6-week low-impact mobility
program! Your membership # 0048213 (Platinum, renews 04/15/2024) covers all
six sessions.

Coach Tara Billings, CSCS, designed the class with a licensed physical
therapist. We'll work on hip hinge patterns, step-downs, terminal knee
extension with bands, and balance drills. Great if you've had a past
injury or surgery -- but check with your own doctor first.

Bring: water, a towel, and shoes with a flat sole.
Where: Studio B, IronPeak Millbrook
When: Mon & Thu 6:15 PM

Questions? Reply here or call the front desk at 555-0150.

Stay strong,
The IronPeak Team

You are receiving this because you are a member of IronPeak Fitness. Unsubscribe.
""",
    html="""<html><body style="font-family:Arial"><h2 style="color:#d35400">STRONG KNEES starts Monday!</h2>
<p>Hi Derek,</p><p>Thanks for signing up for <b>STRONG KNEES</b>, our 6-week low-impact mobility program! Your membership # 0048213 (Platinum, renews 04/15/2024) covers all six sessions.</p>
<p>Coach Tara Billings, CSCS, designed the class with a licensed physical therapist. We'll work on hip hinge patterns, step-downs, terminal knee extension with bands, and balance drills.</p>
<p><b>Where:</b> Studio B, IronPeak Millbrook<br><b>When:</b> Mon &amp; Thu 6:15 PM</p>
<p>Stay strong,<br>The IronPeak Team</p><p style="font-size:9px;color:#999">Unsubscribe</p></body></html>""")

add('clean', 'lookalike', '',
    'Northvale Veterinary Surgical <surgery@northvalevet.example.com>',
    'Kim Andersen <kimandersen@comcast.net>',
    "Biscuit's TPLO - discharge instructions",
    d(2024, 5, 6, 17, 45),
    """Hi Kim,

Biscuit did great today! Here's a summary of his discharge instructions.

Patient: Biscuit (canine, Labrador mix, 6 yr, 34.2 kg)
Procedure: Right TPLO (tibial plateau leveling osteotomy) for cranial
cruciate ligament rupture, with medial meniscal release
Patient ID: NVS-20418

Medications:
  - Carprofen 75 mg: 1 tablet by mouth twice daily with food x 14 days
  - Gabapentin 300 mg: 1 capsule every 8-12 hours for pain x 7 days
  - Trazodone 100 mg: 1/2 to 1 tablet as needed for restlessness

Activity: strict crate rest, leash walks for bathroom only, no stairs, no
jumping on the couch (we know...). Cone on at all times.
Recheck: suture removal in 14 days, radiographs at 8 weeks.

Rehab: we'd recommend underwater treadmill starting week 3 at our canine
rehab center.

Call us at 555-0155 if there is swelling, discharge, or he stops eating.

Dr. Hannah Lowry, DVM, DACVS
Northvale Veterinary Surgical Specialists
""")

add('clean', 'lookalike', '',
    'Fenwick Falls Community Credit Union <alerts@ffccu.example.org>',
    'Patricia Nwosu <pnwosu@gmail.com>',
    'Member # 88120397: verify your identity to finish your auto loan',
    d(2024, 8, 8, 11, 11),
    """Dear Patricia Nwosu,

We need one more step to finish your auto loan application (#AL-2024-0771).

Member number: ****0397
Loan amount: $18,400.00
Vehicle: 2021 Subaru Outback, VIN ending 4471

Please log in to Online Banking and confirm your date of birth and the last
four digits of your SSN in the secure message center. We will never ask
for this information by email.

If you have questions, call a Member Service Rep at 555-0102, Mon-Fri 8-6.

Fenwick Falls Community Credit Union
Federally insured by NCUA. Equal Housing Lender.
""")

add('clean', 'lookalike', '',
    'Keystone Mutual Claims <autoclaims@keystonemutual.com>',
    'Brian Okoye <brian.okoye@yahoo.com>',
    'Claim 24-AU-0093311 - vehicle inspection scheduled',
    d(2024, 9, 3, 14, 2),
    """Hello Brian,

Thank you for reporting the loss on 08/30/2024. This is a property damage only
claim; per your report no one was injured.

Claim number: 24-AU-0093311
Policy: KM-AUTO-5510882
Vehicle: 2019 Honda CR-V
Damage: rear bumper cover, liftgate, R tail lamp assembly

Appraiser Dave Kimura will inspect the vehicle at Millbrook Collision on
09/05/2024 between 10 AM and 12 PM. Your collision deductible is $500.

Your rental reimbursement coverage pays up to $40/day for 30 days.

Sincerely,
Alyssa Trent, Property Damage Adjuster
Keystone Mutual Insurance | 555-0119
""")

add('clean', 'lookalike', '',
    'Ben Halloway <ben@hallowaytreecare.example.com>',
    'Margaret Lin <mlin.garden@gmail.com>',
    'Re: the big oak - diagnosis & quote',
    d(2024, 10, 1, 18, 20),
    """Margaret,

Had a proper look at the red oak yesterday. Honest diagnosis: there's a
decay pocket at the base on the north side (Ganoderma, the shelf fungus you
saw) and two of the big scaffold limbs over the garage have included bark
unions. It's not an emergency but the patient needs surgery, as we say.

What I'd recommend:
  1. Crown reduction ~20%, remove the deadwood over the roof     $1,450
  2. Cable and brace the two co-dominant stems                    $  600
  3. Resistograph test at the root flare to see how much sound wood is left   $  275
  4. Stump grind the old maple by the fence (while we're there)  $  180

If the resistograph shows less than 1/3 sound wood we should talk about
removal. Can do the work the week of the 14th.

Ben Halloway
ISA Certified Arborist MA-0412A | Halloway Tree Care
555-0106

> On Sun, Sep 29, 2024, Margaret Lin wrote:
> Hi Ben, there's a big mushroom thing growing at the bottom of the oak and
> a crack up high. Is it sick? Can it be saved?
""")

add('clean', 'lookalike', '',
    'Priyanka Rao <priyanka@parcelgrid.example.io>',
    'platform-eng <platform-eng@parcelgrid.example.io>',
    'postmortem: "patient" retry worker OOM + spine service restarts',
    d(2024, 12, 12, 11, 0, tz=-5),
    """Summary of yesterday's incident (INC-4471), all times ET.

- 02:14 the "patient" retry worker (the one that waits out carrier API
  backoffs, named because it's patient, not because of anything medical)
  hit OOM, got killed, and came back in a crash loop. Heap dump showed
  ~1.2M pending shipment records held in memory because the DLQ consumer
  was paused.
- 02:20 spine-svc (our core routing backbone) started restarting because
  its readiness probe depends on the retry queue depth. 37 restarts.
- 03:05 on-call (Marcus Fleet) unpaused the DLQ, memory recovered.

Root causes: unbounded in-memory buffer; readiness probe coupled to a
downstream queue. Action items:
  1. cap buffer at 50k records, spill to Redis (owner: Tomás Echeverría)
  2. decouple spine-svc readiness from queue depth (owner: me)
  3. rename "patient" worker? (it confuses the new folks. bikeshed in #eng)

Blameless review Thursday 2pm.

Priyanka Rao, Staff SRE
""")

add('clean', 'lookalike', '',
    'SkyHarbor Airlines <noreply@skyharbor.example.com>',
    'Helen Matsuda <hmatsuda@icloud.com>',
    'Your trip confirmation - record locator QX7PLM',
    d(2025, 2, 2, 4, 15, tz=-5),
    """Hello Helen Matsuda,

Your trip is confirmed.

Record locator: QX7PLM
Ticket number: 0162215590127
Frequent flyer #: SH 881 204 397 (Silver)

Sat 15 Mar 2025  Flight SH 412  Fenwick Regional (FWK) 07:05 -> Chicago (ORD) 08:40  Seat 14C
Sat 15 Mar 2025  Flight SH 1187 Chicago (ORD) 10:20 -> Denver (DEN) 12:05           Seat 9A

Baggage: 1 checked bag included with Silver status.
Need assistance at the airport, such as a wheelchair, or traveling with a
medical device like a CPAP? Add a Special Service Request in Manage Trip up
to 48 hours before departure. Medical devices don't count toward your
carry-on allowance.

Thank you for flying SkyHarbor.
""")

# =====================================================================
# CLEAN — news
# =====================================================================

add('clean', 'news', '',
    'Ridgeline Communications <news@ridgelineortho.com>',
    'All Staff <allstaff@ridgelineortho.com>',
    'The Ridgeline Rundown - September 2024',
    d(2024, 9, 3, 7, 0),
    """THE RIDGELINE RUNDOWN | September 2024

CRESTVIEW HITS 10,000 CASES
Our ambulatory surgery center passed its 10,000th case in August, three years
after opening. Thank you to Alicia Moreau and the whole OR team. Total joints
now make up 22% of our volume, up from 4% in year one.

FALL PREVENTION WEEK (Sept 22-28)
PT clinics will offer free balance screens to the community. Sign-up sheets
are at each front desk. Summit Home Medical will have a booth with grab bars,
shower chairs and walkers.

STAFF SPOTLIGHT: MARCO BIANCHI, RRT
Marco has been with Summit for 11 years and has set up more than 4,000 CPAP
machines. When he's not fitting masks he coaches U12 soccer in Northvale.

WELCOME
 - Owen Tate, MD - spine fellow starting Oct 1
 - Kendra Voss, MA - sports medicine, Millbrook
 - Dolores Fenn - Summit billing

REMINDER: flu shots for staff start 10/1 in the Millbrook break room.
""")

add('clean', 'news', '',
    'State Dept of Health - Health Alert Network <han@health.example.gov>',
    'HAN Subscribers <han-list@health.example.gov>',
    'HAN Advisory: rise in xylazine-associated wounds; naloxone guidance for outpatient prescribers',
    d(2024, 4, 18, 13, 0),
    """HEALTH ADVISORY  |  HAN-2024-017  |  April 18, 2024

Summary
The Department is seeing an increase in chronic soft-tissue wounds linked to
illicit fentanyl adulterated with xylazine. From January through March 2024,
emergency departments in the state reported 212 visits with xylazine-associated
wounds, compared with 64 in the same period of 2023. Overdose deaths involving
fentanyl remained stable (n = 318, provisional).

Recommendations for clinicians
1. Co-prescribe naloxone to patients receiving >= 50 MME/day, patients on
   concurrent benzodiazepines, and patients with a history of overdose.
2. Check the Prescription Drug Monitoring Program before each opioid
   prescription, as required by state law.
3. Xylazine is not reversed by naloxone, but naloxone should still be given
   for suspected opioid overdose.
4. Refer wounds to wound care early; avoid repeated debridement in
   outpatient settings without a plan.

Free naloxone is available to practices through the state program (form DOH-88).

This message was distributed to orthopaedics, pain medicine, emergency
medicine, primary care and pharmacy subscribers.
""")

add('clean', 'news', '',
    'Summit Home Medical - Compliance <compliance@summithomemed.com>',
    'Summit Staff <staff@summithomemed.com>, Ridgeline Clinical Leads <clinleads@ridgelineortho.com>',
    'URGENT: Manufacturer recall - CPAP humidifier chamber lots / cervical collar',
    d(2024, 6, 19, 10, 0),
    """URGENT DEVICE RECALL NOTICE - please read and act today

1) Humidifier water chambers, model HC-300 (used with our rental APAP units)
   Lots 23K114 through 23K190. Chamber may crack at the base seam and leak
   water into the device. FDA Class II recall, firm-initiated 6/14/2024.
   Action: pull all on-shelf HC-300 chambers in the affected lots, quarantine
   in the red bin. Customer Service will run a report of customers shipped an
   affected chamber and mail replacements - do NOT email customer lists.

2) Adult cervical collar, model CC-2 (size M and L), lots 2402-0007 to 2402-0031.
   Chin support may detach. Class II. Check the Ridgeline clinic closets and the
   Crestview PACU stock.

Manufacturer notices (PDF) are on the shared drive under Compliance > Recalls.
Return authorization numbers: RA-55102 (chambers), RA-55103 (collars).

Dolores Fenn
Compliance Officer, Summit Home Medical Supply
555-0170
""")

add('clean', 'news', '',
    "State Workers' Compensation Board <bulletins@wcb.example.gov>",
    'Provider Bulletin List <providers@wcb.example.gov>',
    'Provider Bulletin 2024-09: 2025 medical fee schedule changes (orthopaedics, PT, DME)',
    d(2024, 11, 1, 9, 0, tz=-5),
    """PROVIDER BULLETIN 2024-09

The Board has adopted the 2025 Medical Fee Schedule, effective for dates of
service on or after January 1, 2025.

Highlights
 - Conversion factor for surgery increases 2.1%.
 - Physical medicine: CPT 97110, 97112, 97140 and 97530 limited to 4 units
   per visit combined, unless prior authorized.
 - New requirement: functional improvement must be documented every 6 visits
   using a validated outcome measure (e.g., Oswestry, QuickDASH, LEFS).
 - DME: rental-to-purchase for wheelchairs (K0001-K0007) after 10 months.
 - Independent medical exams: report due within 15 days of exam.
 - Spinal cord stimulator trials (63650) now require a psychological
   evaluation on file before authorization.

Full schedule and redline available on the Board website.
Questions: Medical Policy Unit, 555-0198.
""")

add('clean', 'news', '',
    'Midwest Spine Society <events@midwestspine.example.org>',
    'Members <members@midwestspine.example.org>',
    'Call for abstracts: 2025 Annual Meeting - deadline Jan 31',
    d(2024, 12, 2, 8, 0, tz=-5),
    """MIDWEST SPINE SOCIETY | 2025 ANNUAL MEETING
April 24-26, 2025 | Lakeshore Convention Center

Call for abstracts is open through January 31.

Topics:
  - Endoscopic decompression: early outcomes and learning curve
  - Cost and value in ambulatory spine surgery (ASC vs. hospital)
  - Opioid-sparing protocols after lumbar fusion
  - Sagittal balance in the elderly
  - Radiofrequency ablation: durability beyond 12 months

Keynote: Dr. Miriam Adebayo-Cole, "Twenty years of disc replacement: what did
we learn?"  Panel on workers' compensation and return to work moderated by
Dr. Paul Marchetti.

Abstracts must not include patient-identifying information or images in
which patients could be recognized.

Register by March 1 for the early rate ($495 members / $695 non-members).
""")

add('clean', 'news', '',
    'HomeCare Supplier Weekly <newsletter@hcsweekly.example.com>',
    'Dolores Fenn <dfenn@summithomemed.com>',
    'HCS Weekly: competitive bidding round update, CPAP resupply audits, power mobility PA',
    d(2025, 1, 15, 6, 0, tz=-5),
    """HCS WEEKLY - January 15, 2025

1. COMPETITIVE BIDDING: CMS confirmed the next round will include CPAP
   devices and supplies (E0601, A7030-A7039) and standard walkers (E0143),
   but not power mobility devices. Comment period closes March 3.

2. RESUPPLY AUDITS ON THE RISE: Auditors denied 41% of sampled CPAP supply
   claims in Q4, mostly for missing documentation that the beneficiary
   requested the refill. Tip: keep the contact log with date, method and
   the items the beneficiary said they needed.

3. POWER MOBILITY PRIOR AUTH: The PA program for K0856 and K0861 is now
   nationwide. Median turnaround is 6 business days; affirmations are valid
   for 6 months.

4. PEOPLE: Renata Okonjo named CEO of the state HME association.

You're receiving this because you subscribed at hcsweekly.example.com.
""")

# =====================================================================
# CLEAN — staff
# =====================================================================

add('clean', 'staff', '',
    'Thomas Whitford MD <twhitford@ridgelineortho.com>',
    'Joint Surgeons <joints@ridgelineortho.com>',
    'VTE prophylaxis after TKA/THA - proposal to standardize on aspirin',
    d(2024, 2, 20, 20, 15, tz=-5),
    """Colleagues,

We're all over the map on VTE prophylaxis and the ASC nurses are getting
confused. Proposal for Crestview and St. Jude's going forward:

  - Standard risk primary TKA/THA: aspirin 81 mg BID x 35 days, start POD0
    evening, plus mechanical compression while in bed
  - High risk (prior VTE, active cancer, known thrombophilia, BMI > 45,
    immobile): enoxaparin 40 mg daily x 14d then aspirin to day 35, OR
    apixaban 2.5 BID x 35d
  - Patients already anticoagulated: resume home agent POD1 if hemostasis OK

Our own numbers last year: 4 symptomatic DVTs and 1 PE in 611 primary joints
(0.8%), no difference between aspirin and LMWH groups but small numbers.

Can we discuss at the Tuesday section meeting? Pharmacy wants a decision
before they rebuild the order sets.

Tom
""")

add('clean', 'staff', '',
    'Jess Albright, PT <jalbright@ridgelinept.com>',
    'Eastgate PT Team <eastgate-team@ridgelinept.com>',
    'staffing Mon/Tue - we are short',
    d(2024, 8, 16, 15, 33),
    """hey team,

Hartman is out next week (paternity leave!! congrats Luis) and the per diem
fell through, so Mon/Tue we'll have 3 PTs and 1 PTA at Eastgate.

- evals stay with PTs only, obviously
- Okoro (PTA) takes as many established post-op knees as she can
- I'll come over Mon AM from Millbrook to cover the 8-12 block
- front desk please don't overbook past 11 pts/therapist, and no new WC
  evals Mon (they take 90 min with all the forms)

If anyone wants to pick up a Saturday shift in Sept for the backlog, OT
approved. Tell me by Wed.

Jess
""")

add('clean', 'staff', '',
    'Paul Marchetti MD <pmarchetti@ridgelineortho.com>',
    'Imani Kessington <ikessington@lakeshoreu.example.edu>',
    'curbside - 60s male stenosis, fuse or not?',
    d(2024, 10, 18, 21, 40),
    """Imani,

Want your fellowship-fresh opinion before you join us. De-identified:

60s male, retired, active (golfs). 18 months of bilateral buttock/thigh
claudication, walks ~1 block. MRI: severe central stenosis L4-5, grade 1
degenerative spondylolisthesis (~6 mm) that does NOT move on flex/ex films.
Failed PT, two ESIs with 3-4 weeks relief each. No back pain to speak of,
it's all legs. Mild osteopenia.

I'm inclined to do a decompression alone (bilateral laminotomies, preserve
the midline) since it's stable, but our group has been fusing almost all of
these. Literature is split. What are they teaching at Lakeshore now?

Paul
""")

add('clean', 'staff', '',
    'Neil Fenwick MD <nfenwick@ridgelineortho.com>',
    'Pain Clinic Team <painteam@ridgelineortho.com>',
    'UDS policy - changes starting Oct 1',
    d(2024, 9, 18, 12, 20),
    """Team,

After the compliance review, here's what's changing for patients on chronic
opioid therapy:

1. Random UDS at least 2x/yr for everyone, 4x/yr if > 90 MME or any prior
   unexpected result. Random means random -- front desk will get a list from
   the EHR report each morning, don't tip people off.
2. Immunoassay positive for something unexpected -> send for confirmatory
   LC-MS/MS before we act on it. No discharging anyone off a screen alone.
3. THC alone is no longer an automatic taper. Document the conversation.
4. Pill counts: only if clinically indicated, not routine.

The updated opioid agreement template is in the EHR under Letters > Pain.
Questions at Thursday's staff meeting.

NF
""")

add('clean', 'staff', '',
    'Infection Prevention <ip@crestviewsc.com>',
    'Crestview Medical Executive Committee <mec@crestviewsc.com>',
    'Q3 2024 SSI and quality dashboard',
    d(2024, 10, 14, 8, 5),
    """MEC members,

Q3 2024 quality summary (July-Sept):

                          cases   SSI   rate    benchmark
Total joint arthroplasty   143     1    0.7%    < 1.0%
Spine (decompression/ACDF) 118     1    0.8%    < 1.5%
Arthroscopy (knee/shoulder)201     0    0.0%    < 0.5%
Hand                        96     0    0.0%    < 0.5%
TOTAL                      558     2    0.4%

Other measures
 - Unplanned transfer to hospital: 3 (0.5%) - 2 urinary retention, 1 chest pain r/o
 - Hand hygiene observation compliance: 94% (goal 95%)
 - Pre-op CHG wipe documentation: 88% -> action plan with pre-admission RNs
 - Same-day joint discharge success: 91%

No sentinel events. Both SSIs were superficial, treated with oral antibiotics,
no return to OR. Case reviews are in the peer review folder (not for email).

Ingrid Solberg, RN, CIC
Infection Prevention, Crestview Surgery Center
""")

add('clean', 'staff', '',
    'Marco Bianchi, RRT <mbianchi@summithomemed.com>',
    'Summit Intake <intake@summithomemed.com>',
    'Re: what do we need for a power chair again?',
    d(2024, 12, 9, 9, 12, tz=-5),
    """General checklist, for the new intake folks. This is the Medicare version,
commercial payers vary:

 1. Face-to-face mobility exam by the treating practitioner, documented in
    their note (not just a checkbox form). Has to say why a cane, walker,
    manual chair and scooter won't work.
 2. 7-element order / written order prior to delivery, received within 45
    days of the F2F.
 3. Specialty evaluation by PT/OT (for group 2 complex rehab and up), and
    the ATP has to be present at the seating eval.
 4. Home assessment before or at delivery - doorways, turning radius, the
    bathroom.
 5. Prior auth for K0856/K0861 before delivery.

Most of our denials last year were #1 -- the doctor's note just says
"needs power wheelchair". Call the office and ask them to addend.

Marco

> On Fri, Dec 6, 2024 at 4:40 PM, Summit Intake wrote:
> Marco can you send us the list of what Medicare needs for a power
> wheelchair? Trying to stop getting these kicked back.
""")

add('clean', 'staff', '',
    'Anjali Reyes MD <areyes@ridgelineortho.com>',
    'Sports Med Journal Club <sportsjc@ridgelineortho.com>',
    'journal club Thurs - BTB vs hamstring in young pivoting athletes',
    d(2025, 2, 24, 14, 0, tz=-5),
    """Hi all,

This Thursday 7am, Millbrook conf room B, breakfast from Panera.

Article: the Scandinavian registry paper comparing revision rates after
BTB vs hamstring autograft in patients under 25 (Lindahl, Arnesen et al.,
2024). Kendra has the PDF on the Teams channel.

Questions to think about:
  1. Their revision rate for hamstring in the 15-19 group was nearly double.
     Does that change what we offer our high school soccer players?
  2. Kneeling pain with BTB -- they didn't measure it. How much do we care?
  3. How should we counsel a 17 yo with an 8 mm hamstring graft?

Shauna will present the PT perspective on quad strength return by graft type.

Anjali
""")

# =====================================================================
# CLEAN — training
# =====================================================================

add('clean', 'training', '',
    'EHR Training <ehrtraining@ridgelineortho.com>',
    'New Hires - February <newhires@ridgelineortho.com>',
    'EHR class homework - use the TEST patients only',
    d(2025, 2, 5, 16, 0, tz=-5),
    """Welcome again to the front desk / MA EHR class!

Before Thursday please practice in the TRAINING environment (the login with
the yellow banner - NOT production). Use only these test patients:

  ZZTEST, ORTHO         MRN 999000001   DOB 01/01/1950
  ZZTEST, SPINE         MRN 999000002   DOB 02/02/1960
  ZZTEST, PAINCLINIC    MRN 999000003   DOB 03/03/1970
  ZZTEST, PEDS          MRN 999000004   DOB 04/04/2015

Exercises:
  1. Schedule ZZTEST, ORTHO for a post-op visit with Dr. Whitford (fake TKA)
  2. Add a Blue Cross test policy (member ID TEST0001) and run eligibility
  3. Print a PT referral for ZZTEST, SPINE ("lumbar radiculopathy" - pick any
     diagnosis from the list)
  4. Check in ZZTEST, PEDS with a guardian

If you accidentally open a real chart, close it and tell the trainer. All
access is audited.

Renee Costa, EHR Trainer
x4150
""")

add('clean', 'training', '',
    'Solutions Engineering <demo@bridgeworks-integration.example.com>',
    'Raymond Osei <rosei@ridgelineortho.com>',
    'Demo follow-up: HL7 mapping for your DME order interface (sample messages)',
    d(2024, 5, 2, 13, 30),
    """Hi Raymond,

Thanks for joining the demo yesterday. As promised, here are the sample
messages we used. These are synthetic -- John Doe / Jane Doe, made-up MRNs,
nothing from any customer.

MSH|^~\\&|DEMOEHR|DEMOFAC|BRIDGEWORKS|DEMOHME|20240501100000||ORM^O01|DEMO0001|T|2.5.1
PID|1||TEST123456^^^DEMOFAC^MR||DOE^JOHN^Q||19000101|M|||123 MAIN ST^^ANYTOWN^ST^00000||(555)555-0100
ORC|NW|DEMO-ORD-1
OBR|1|DEMO-ORD-1||E0143^WALKER FOLDING WHEELED^HCPCS

MSH|^~\\&|DEMOEHR|DEMOFAC|BRIDGEWORKS|DEMOHME|20240501100500||ORM^O01|DEMO0002|T|2.5.1
PID|1||TEST654321^^^DEMOFAC^MR||DOE^JANE||19000101|F|||123 MAIN ST^^ANYTOWN^ST^00000
ORC|NW|DEMO-ORD-2
OBR|1|DEMO-ORD-2||E0601^CPAP DEVICE^HCPCS

Note MSH-11 = T (test). In production your engine would route these to the
Summit HME order queue. The pricing sheet is attached to the previous email.

Best,
Lauren Pike
Solutions Engineer, BridgeWorks Integration
555-0185
""")

add('clean', 'training', '',
    'Compliance Office <compliance@ridgelineortho.com>',
    'All Workforce <allstaff@ridgelineortho.com>',
    'Annual HIPAA refresher due 3/31 - what counts as PHI?',
    d(2025, 3, 3, 8, 0, tz=-5),
    """Hello all,

The annual HIPAA privacy & security module is live in the LMS and due
March 31. It takes about 25 minutes.

Quick refresher on what counts as PHI (the module has more):
  - Any health information that can be tied to a person: a name, address,
    phone, DOB, MRN, account or claim number, photo, etc., together with
    something about their care, condition or payment.
  - Example of PHI: an email that says a named person had a knee scope.
  - NOT PHI: "we did 143 joint replacements last quarter."
  - Don't forward patient lists to personal email. Use [SECURE] in the
    subject line to encrypt anything going outside our domains.

Reminder: attorneys, employers and auto insurers need a signed
authorization before we release records, except for workers' comp where
state law allows release to the carrier.

Questions: Sophie Adler, Privacy Officer, x4190.
""", html="""<html><body><p>Hello all,</p><p>The annual <b>HIPAA privacy &amp; security module</b> is live in the LMS and due <b>March 31</b>.</p>
<p>Quick refresher on what counts as PHI:</p><ul>
<li>Any health information that can be tied to a person (name, address, phone, DOB, MRN, account or claim number, photo) together with something about their care, condition or payment.</li>
<li>Example of PHI: an email that says a named person had a knee scope.</li>
<li>NOT PHI: &quot;we did 143 joint replacements last quarter.&quot;</li>
<li>Use [SECURE] in the subject line to encrypt anything going outside our domains.</li></ul>
<p>Questions: Sophie Adler, Privacy Officer, x4190.</p></body></html>""")

add('clean', 'training', '',
    'Jess Albright, PT <jalbright@ridgelinept.com>',
    'PT Residents <pt-residents@ridgelinept.com>',
    'Documentation module 3 - sample eval note (fake patient)',
    d(2024, 9, 9, 7, 30),
    """Residents,

For Wednesday's documentation workshop, critique this SAMPLE note. It's
made up (the "patient" is our usual Jane Sample) and has 6 deliberate
errors. Find them.

-------------------------------------------------------------
SAMPLE RECORD - FOR TRAINING ONLY
Patient: Jane Sample     DOB: 01/01/1900     MRN: SAMPLE-0001
Referral: "R knee pain" - Dr. Example
S: 54 yo F c/o R knee pain x 3 mo, worse on stairs. 6/10.
O: AROM R knee 0-125, L 0-140. MMT quads 4/5 R. + patellar grind.
   LEFS 52/80.
A: Presentation consistent w/ PFPS. Good rehab potential.
P: 2x/wk x 6 wk. Ther ex, manual, NMES. HEP given.
Goals: pt will be "better" in 6 wk.
-------------------------------------------------------------

Hint: look at the goals, the age vs DOB, and what's missing for billing.

Jess
""", atts=[('sample_eval_note_TRAINING.txt', 'text', 'plain',
"""SAMPLE RECORD - FOR TRAINING ONLY - NOT A REAL PATIENT
Patient: Jane Sample   DOB 01/01/1900   MRN SAMPLE-0001
(see email for exercise instructions)
""")])

add('clean', 'training', '',
    'EDI Enrollment <edi-enroll@medclaimbridge.com>',
    'Loretta Fike <lfike@ridgelineortho.com>',
    'Test file for Crestview 837I onboarding - please send back in T mode',
    d(2025, 1, 20, 11, 45, tz=-5),
    """Hi Loretta,

To finish onboarding the Crestview institutional submitter, send us one test
batch in test mode (ISA15 = T). You can use this template as-is; it uses our
standard dummy patient ZZTEST^PATIENT, which our system recognizes and never
forwards to a payer.

ISA*00*          *00*          *ZZ*CRESTVIEW01    *ZZ*CLEARHSE       *250120*1100*^*00501*000000001*0*T*:~
GS*HC*CRESTVIEW01*CLEARHSE*20250120*1100*1*X*005010X223A2~
ST*837*0001*005010X223A2~
NM1*IL*1*ZZTEST*PATIENT****MI*TEST000000001~
DMG*D8*19000101*U~
CLM*TEST0001*100***83:B:1*Y*A*Y*Y~
SE*6*0001~

Once we get a clean 999 and 277CA back, we'll flip you to production (P).

EDI Enrollment Team
MedClaimBridge | 555-0178
""")

add('clean', 'training', '',
    'Sim Lab <simlab@stjudesregional.org>',
    'Ortho Residents <orthores@ridgelineortho.com>',
    'Mock code / simulation Friday - "Mr. SimMan" scenario briefing',
    d(2024, 11, 13, 14, 0, tz=-5),
    """Ortho residents,

Friday 7:00-9:00, Sim Lab room 3. Scenario briefing below -- this is a
manikin case, nobody real.

Scenario: "SimMan Stanley", 72 yo (manikin), POD0 after an elective hip
replacement in PACU. At T+4 min he becomes hypotensive and hypoxic (bone
cement implantation syndrome / fat embolism). Team must recognize, call the
rapid response, and manage. At T+10 the manikin codes (PEA).

Learning objectives:
  - closed-loop communication
  - early recognition of BCIS
  - ACLS for PEA, H's and T's

Debrief follows. Wear scrubs. Coffee provided.

Dr. Fiona Marsh, Simulation Director
St. Jude's Regional Medical Center
""")


# =====================================================================
# build
# =====================================================================

def build(i, m, domain_fallback='ridgelineortho.com'):
    msg = EmailMessage()
    msg['From'] = m['frm']
    msg['To'] = m['to']
    if m['cc']:
        msg['Cc'] = m['cc']
    msg['Subject'] = m['subj']
    msg['Date'] = m['date']
    dom = m['frm'].rsplit('@', 1)[-1].rstrip('>').strip() or domain_fallback
    msg['Message-ID'] = '<%d.%d.%08x@%s>' % (SEED, i, random.getrandbits(32), dom)
    msg['MIME-Version'] = '1.0'
    for k, v in m['hdrs']:
        msg[k] = v
    kw = {}
    if m['cte']:
        kw['cte'] = m['cte']
    msg.set_content(m['body'], charset='utf-8', **kw)
    if m['html']:
        msg.add_alternative(m['html'], subtype='html', charset='utf-8')
    for fname, maintype, subtype, data in m['atts']:
        if isinstance(data, str):
            msg.add_attachment(data, subtype=subtype, charset='utf-8', filename=fname)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    j = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (i, j))
            j += 1
    return msg


def main():
    os.makedirs(OUT, exist_ok=True)
    counters = {}
    rows = []
    for i, m in enumerate(MSGS, 1):
        key = (m['label'], m['kind'])
        counters[key] = counters.get(key, 0) + 1
        fname = '%s-%s-%03d.eml' % (m['label'], m['kind'], counters[key])
        msg = build(i, m)
        with open(os.path.join(OUT, fname), 'wb') as f:
            f.write(msg.as_bytes(policy=email.policy.SMTP))
        rows.append([fname, m['label'], m['kind'], m['patient'] if m['label'] == 'phi' else ''])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    print('wrote %d messages to %s' % (len(rows), OUT))


if __name__ == '__main__':
    main()
