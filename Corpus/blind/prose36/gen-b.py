#!/usr/bin/env python3
"""Blind evaluation mail set: one ordinary Tuesday of outgoing mail from a
250-bed community hospital (Bramblewood General Hospital).  All people,
numbers and organisations are invented."""
import csv, io, os, random, sys, zipfile
from email.message import EmailMessage
import email.policy

SEED = 3602
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

H = 'bramblewoodgh.org'
MSGS = []
COUNT = {}


def add(label, kind, patient, frm, to, subject, body, cc=None, html=None,
        atts=(), cte=None, date=None, headers=None):
    MSGS.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to,
                     subject=subject, body=body, cc=cc, html=html, atts=atts,
                     cte=cte, date=date, headers=headers or {}))


def zipbytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as zf:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 10, 14, 6, 48, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zf.writestr(zi, data)
    return buf.getvalue()


def xlsx(rows, sheet='Sheet1'):
    def esc(s):
        return (str(s).replace('&', '&amp;').replace('<', '&lt;')
                .replace('>', '&gt;'))
    cols = 'ABCDEFGHIJKLMNOP'
    xr = []
    for r, row in enumerate(rows, 1):
        cells = ''.join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>'
                        % (cols[c], r, esc(v)) for c, v in enumerate(row))
        xr.append('<row r="%d">%s</row>' % (r, cells))
    files = [
        ('[Content_Types].xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ('_rels/.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ('xl/workbook.xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % esc(sheet)),
        ('xl/_rels/workbook.xml.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         '<sheetData>%s</sheetData></worksheet>' % ''.join(xr)),
    ]
    return zipbytes(files)


def csvtext(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator='\r\n')
    w.writerows(rows)
    return s.getvalue()


DISCL = """
CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the
sole use of the intended recipient(s) and may contain confidential and
privileged information. Any unauthorized review, use, disclosure or
distribution is prohibited. If you are not the intended recipient, please
contact the sender by reply e-mail and destroy all copies of the original
message."""

# =====================================================================
# PHI: care
# =====================================================================
add('phi', 'care', 'Okafor',
    'Renee Tolliver RN <rtolliver@%s>' % H, 'Dr. Sunil Varghese <svarghese@%s>' % H,
    'K+ 3.1 rm 412',
    """Dr V -

Mr. Okafor in 412 -- AM potassium came back 3.1 (was 3.6 yesterday). I started
the oral KCl 40 mEq per the replacement protocol at 0715 and ordered a repeat
BMP for 1400. He's still on the lasix drip at 10/hr, UOP 2.1 L overnight.
Do you want to keep the drip going or switch back to IV push? Family is asking
if he can go home Thursday.

Renee
4 West, ext 4417
""")

add('phi', 'care', 'Dolores Whitcombe',
    'OR Scheduling <orsched@%s>' % H,
    'Anesthesia Group <anesthesia-sched@%s>; periop-charge@%s' % (H, H),
    'ADD-ON today OR 3 second case',
    """Add-on for today per Dr. Halvorsen:

Dolores Whitcombe, 71F
Lap chole, OR 3, to follow the 0730 hernia (approx 1000 start)
NPO since midnight per floor
Last Eliquis dose Sunday AM per her daughter -- please verify with pt
Consent signed on 5 East last night, H&P in chart
Needs type & screen, drawn at 0540, pending

Thanks,
Kathy B.
Perioperative Scheduling | Bramblewood General Hospital
p 555-0142 x2210
""")

add('phi', 'care', 'Brandt',
    'Tomasz Zielinski PT, DPT <tzielinski@%s>' % H, 'Case Management 3E <cm3east@%s>' % H,
    'PT eval - Brandt 318B',
    """hi all, saw harold brandt (318B) for initial eval this am.

- sup to sit w/ mod A x1, sit to stand min A x2 from elevated bed
- amb 40 ft w/ RW, CGA, 2 standing rest breaks, SpO2 dropped to 88% on RA, back to 94 on 2L
- stairs not attempted
- lives alone, 2nd floor walkup, 14 steps no rail

my rec is SNF for short term rehab, he's not safe to d/c home yet. he was not
thrilled to hear that lol. spoke w/ his niece by phone, she's on board.
will see him again tomorrow.

Tomasz Zielinski, PT, DPT
Inpatient Rehabilitation Services
""")

add('phi', 'care', 'Kessler',
    'Anjali Mehra PharmD <amehra@%s>' % H, 'Dr. Brian Coyle <bcoyle@%s>' % H,
    'RE: vanc level',
    """Dr. Coyle,

Following up from this morning -- the trough came back 24.6 (drawn 30 min before
the 0600 dose, which was held). Creatinine bumped from 0.9 to 1.4 since Saturday.
I'd recommend holding vanc today and re-checking a random level at 1800, then
re-dosing per AUC once she's under 15. I can also switch her to cefazolin if the
cultures finalize as MSSA later today -- micro says it's looking that way.

Let me know and I'll put the orders in.

Anjali Mehra, PharmD, BCPS
Clinical Pharmacist, Internal Medicine
Bramblewood General Hospital | pager 3381

-----Original Message-----
From: Brian Coyle
Sent: Tuesday, October 14, 2025 7:02 AM
To: Anjali Mehra
Subject: vanc level

Anjali can you look at Kessler, Marianne on 5E, I think her trough is high and
her kidneys are not loving it. thx
-BC
""")

add('phi', 'care', 'Ruth Ann Pellegrino',
    'Fr. Michael Dunleavy <mdunleavy@%s>' % H, 'Spiritual Care Team <spiritualcare@%s>' % H,
    'ICU 6 - family at bedside',
    """Good morning all,

A note for whoever is on this afternoon. I visited Ruth Ann Pellegrino in ICU bed 6
around 8:30. The team had the family meeting yesterday and she is being
transitioned to comfort care this afternoon after the vent is withdrawn, likely
around 2pm once her son arrives from Columbus.

I anointed her this morning (sacrament of the sick) at the family's request. Her
husband Sal would appreciate someone sitting with him during the extubation -- he
asked specifically for a chaplain, not just the nurse. He likes to talk about the
Steelers, fwiw.

Peace,
Fr. Mike
Catholic Chaplain, Department of Spiritual Care
ext. 3090
""")

add('phi', 'care', 'Lindqvist',
    'Speech Pathology <slp@%s>' % H, 'Diet Office <dietoffice@%s>' % H,
    'diet change 228',
    """Please change the tray for Mr. Lindqvist rm 228 starting with lunch:
pureed (IDDSI level 4) with mildly thick liquids (level 2). Bedside swallow this
morning showed coughing with thin liquids, MBS scheduled for Thursday.
No straws. Meds crushed in puree. Order is in.

thanks - Lauren (SLP)
""")

add('phi', 'care', 'Gwendolyn Ashby',
    'Dr. Farid Nasser <fnasser@%s>' % H, 'Dr. Ellen Prouty <eprouty@millbrookfamilymed.com>',
    'Your patient seen in our ED last night',
    """Dr. Prouty,

Quick courtesy note: your patient Gwendolyn Ashby came through our ED around 23:00
last night after a fall at home (tripped on a rug, no LOC per her). CT head was
negative. I repaired a 3 cm laceration over the left eyebrow with 5-0 nylon,
6 sutures. Tetanus was updated. She's on warfarin; INR was 2.8, so we did not
change anything but I'd suggest a recheck this week.

Sutures out in 5-7 days -- she said she'd rather come to you than back to us.

Best,
Farid Nasser, MD
Emergency Medicine, Bramblewood General Hospital
""",
    html="""<html><body><p>Dr. Prouty,</p>
<p>Quick courtesy note: your patient <b>Gwendolyn Ashby</b> came through our ED around 23:00
last night after a fall at home (tripped on a rug, no LOC per her). CT head was
negative. I repaired a 3&nbsp;cm laceration over the left eyebrow with 5-0 nylon,
6 sutures. Tetanus was updated. She's on warfarin; INR was 2.8, so we did not
change anything but I'd suggest a recheck this week.</p>
<p>Sutures out in 5-7 days -- she said she'd rather come to you than back to us.</p>
<p>Best,<br>Farid Nasser, MD<br><span style="color:#666">Emergency Medicine, Bramblewood General Hospital</span></p>
</body></html>""")

add('phi', 'care', 'Samuel Ferreira-Nunes',
    'CT Lead Tech <ct-lead@%s>' % H, 'Radiology Quality <radquality@%s>' % H,
    'contrast reaction this AM - CT2',
    """Logging this for the contrast reaction tracker:

Samuel Ferreira-Nunes, outpatient, CT abd/pelvis w/ contrast at 07:40.
Got 100 mL Omnipaque 350 via R AC 20g. About 10 min after, developed hives
across chest and both arms, itching, no wheeze, no throat tightness, BP 138/84.
Dr. Kaminski came down, gave diphenhydramine 50 mg IV. Observed 1 hr in holding,
hives resolving, discharged with his wife at 09:05. Allergy added to chart.
He'll need 13-hr premed prednisone protocol for any future contrast study.

Marcus Dellinger, RT(R)(CT)
CT Lead Technologist
""", cte='quoted-printable')

# =====================================================================
# PHI: names
# =====================================================================
add('phi', 'names', 'Nguyễn Thị Lan',
    'Joy Santillan RN <jsantillan@%s>' % H, 'Transport Desk <transport@%s>' % H,
    'Nguyễn Thị Lan - d/c tomorrow 10am?',
    """can you guys confirm she's on the list for the 10:00 wheelchair van? her daughter
said someone called her but nobody put it in the system. she's on 3W. thx
""")

add('phi', 'names', 'Adeyemi',
    'Carla Broussard <cbroussard@%s>' % H, 'Wound Ostomy Nurses <wocn@%s>' % H,
    'wound vac 5E again',
    """Hi -- Mrs. Adeyemi's wound vac is alarming again (leak alarm), we reinforced
the seal twice since 0400 and it keeps losing suction at the lower edge of the
abdominal incision. Can someone from wound care come up this morning? She's in 517.
Her dressing change is due tomorrow anyway so maybe just do it early.

Carla
5 East charge
""")

add('phi', 'names', 'Van der Berg',
    'Dr. Lisette Moreau <lmoreau@%s>' % H, 'Ortho Consults <orthoconsult@%s>' % H,
    'consult: Van der Berg, Pieter',
    """Van der Berg, Pieter
ED bay 14
82M, mechanical fall this AM, shortened externally rotated R leg, xray shows
displaced intertrochanteric fx. on aspirin only. Family (son, Willem) in the
waiting room. Admitting to hospitalist, please see for OR planning.

LM
""")

add('phi', 'names', 'Priyanka',
    'Sarah Whitlow RN <swhitlow@%s>' % H, 'Dr. Meena Rao <mrao@%s>' % H,
    'Priyanka rm 9',
    """Dr Rao, priyanka in 9 (your PPH from Saturday night) -- repeat hgb this morning is
8.1, up from 7.4 after the 2 units. she's feeling a lot better, up to the bathroom
without dizziness, baby is nursing well. she's asking about going home tomorrow
and whether she needs iron. can you stop by before clinic?

Sarah, L&D/Mother-Baby
""")

add('phi', 'names', 'Al-Rashidi',
    'Cath Lab Scheduling <cathlab@%s>' % H, 'Interpreter Services <interpreters@%s>' % H,
    'Arabic interpreter 1300 - cath lab consent',
    """Hello,

We need an in-person Arabic interpreter (video is ok if no one is available) at
1300 today in Cath Lab pre-procedure bay 2 for consent. Patient is Mr. Khalid
Al-Rashidi, coming up from CCU. Dr. Brennan will be doing the consent for a left
heart cath with possible stent. Wife and adult son will also be present.

Thank you!
Denise Kohler, RN
Cardiac Cath Lab | x5120
""")

add('phi', 'names', 'Wojciechowska',
    'Security Dispatch <security@%s>' % H, 'Behavioral Health Unit <bhu-charge@%s>' % H,
    'belongings - Wojciechowska',
    """BHU,

The belongings for Ms. Wojciechowska (transferred from ED bay 12 to you at 0310)
are logged in security locker 7: one purse, phone, house keys, a bottle of
sertraline and a bottle of lorazepam (counted 11 tabs, witnessed by ED RN).
Meds will go down to pharmacy per policy unless you want them sent up.
Property form #SEC-25-3318.

Officer D. Pruitt
Bramblewood GH Security Services
555-0199 ext 0
""")

add('phi', 'names', "O'Sullivan-Baptiste",
    'Grace Ihejirika <gihejirika@%s>' % H, 'Patient Access <registration@%s>' % H,
    "RE: name spelling issue - O'Sullivan-Baptiste",
    """Hi team,

Registration pulled her in as "OSULLIVANBAPTISTE, AOIFE" without the apostrophe or
the hyphen, and now her path results from the breast biopsy last week aren't
matching to the outpatient encounter. Her correct legal name is Aoife
O'Sullivan-Baptiste. Can someone merge/fix so the surgeon's office can see the
report before her appointment Thursday?

Thanks,
Grace Ihejirika
HIM Data Integrity Specialist

> On Mon, Oct 13, 2025 at 4:51 PM, Breast Surgery Clinic wrote:
> we still can't see Ms. O'Sullivan-Baptiste's path. Can HIM look?
""")

add('phi', 'names', 'José Ángel Muñoz',
    'Dr. Hannah Kirchner <hkirchner@%s>' % H, 'Dr. Raúl Espinoza <respinoza@%s>' % H,
    'handoff - hospitalist service',
    """Raúl,

Couple of people for you today. The one I'd worry about is José Ángel Muñoz in 221:
still spiking to 38.9 overnight, blood cx from Sunday growing GNR, switched to
cefepime at 0200. Lactate 1.6. Wife speaks Spanish only, she'll be in at noon.

The rest are stable, see the list in the handoff tool.

Hannah
""",
    html="""<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Raúl,</p>
<p>Couple of people for you today. The one I'd worry about is <b>José Ángel Muñoz in 221</b>:
still spiking to 38.9 overnight, blood cx from Sunday growing GNR, switched to
cefepime at 0200. Lactate 1.6. Wife speaks Spanish only, she'll be in at noon.</p>
<p>The rest are stable, see the list in the handoff tool.</p>
<p>Hannah</p></div></body></html>""")

add('phi', 'names', 'Siobhán Ní Bhriain',
    'Volunteer Services <volunteers@%s>' % H, 'Patricia Lemke <plemke@%s>' % H,
    'FW: request for a visit',
    """Pat -- can one of the No One Dies Alone volunteers sit with this lady this
evening? Hospice team asked. She's in 604, no family in the country.

---------- Forwarded message ---------
From: Ingrid Solberg <isolberg@%s>
Date: Tue, Oct 14, 2025 at 9:12 AM
Subject: request for a visit

Siobhán Ní Bhriain in 604 is actively dying, probably within the next day or
two. Her only family is a sister in Galway. She likes Irish music and poetry if
someone wants to read to her. Thank you so much.
Ingrid (palliative care SW)
""" % H)

# =====================================================================
# PHI: self
# =====================================================================
add('phi', 'self', 'Brenda Kowalczyk',
    'Brenda Kowalczyk <bkowal61@gmail.com>', 'Patient Financial Services <billing@%s>' % H,
    'question about bill',
    """Hello,

My name is Brenda Kowalczyk, date of birth 7/22/1961. I had a colonoscopy at your
hospital on September 30 and I got a bill for $1,140 for anesthesia. My insurance
said screening colonoscopies are covered 100% but they said it was coded
as diagnostic because the doctor took out 2 polyps. Can someone explain this to
me? I was told before the procedure I wouldn't owe anything.

Thank you
Brenda
cell 555-0178
""", cte='base64')

add('phi', 'self', 'Tyler Haugen',
    'Kristin Haugen <khaugen.family@outlook.com>', 'Pediatric ENT Clinic <peds-ent@%s>' % H,
    'Tyler - still not eating after tonsils',
    """Hi, this is Kristin, Tyler Haugen's mom (he was born 03/02/2017). Tyler had
his tonsils and adenoids out with Dr. Ibsen last Wednesday. He's still barely
eating, mostly popsicles and some applesauce, and last night he said his ear hurts
really bad. No fever, no bleeding. We're alternating the Tylenol and Motrin like
the sheet says. Is this normal at day 6? Should we bring him in?

Thanks,
Kristin
555-0163
""", cte='quoted-printable')

add('phi', 'self', 'Margaret Ellery',
    'Marge Ellery <margeellery@comcast.net>', 'Foundation Office <giving@bramblewoodfoundation.org>',
    'donation in honor of 3rd floor nurses',
    """Dear Foundation folks,

I finished my last round of chemo on the 3rd floor infusion center in August and
my scans last week were clear. I would like to make a gift of $500 in honor of
the nurses there, especially Tanya and Luis who got me through 6 months of
Tuesdays. Can I do this by check, and can it go directly to their unit?

Gratefully,
Marge (Margaret Ellery)
""")

add('phi', 'self', 'Darnell Whitfield',
    'Darnell Whitfield <dwhitfield88@yahoo.com>', 'Health Information Management <roi@%s>' % H,
    'records request - MRI left knee',
    """To whom it may concern

please send my MRI of my left knee from october 3rd and the report to my new
orthopedic doctor, Dr. Sato at Lakeshore Orthopedics, fax 555-0120. They said they
need the actual images not just the report. My name is Darnell Whitfield, DOB
05-19-1988. I signed the release form at the front desk last week.

thanks
D. Whitfield
""")

add('phi', 'self', 'Ines Carvalho',
    'Paula Carvalho-Reed <paula.reed@gmail.com>', 'Outpatient Pharmacy <rxrefill@%s>' % H,
    "my mom's meds",
    """Hi,

I'm writing for my mother Ines Carvalho, she was discharged from your hospital
Friday after her stroke. The discharge list says Plavix 75 mg daily AND aspirin
81, but her pill bottle from your pharmacy only has the Plavix. Her cardiologist
also has her on metoprolol which isn't on the list at all anymore. Is she
supposed to still take the metoprolol? I don't want to mess this up.

Paula (daughter, I'm on her HIPAA form)
555-0131
""")

add('phi', 'self', 'Gerald Finch',
    'Gerald Finch <gfinch.retired@gmail.com>', 'Volunteer Services <volunteers@%s>' % H,
    'volunteering',
    """hello, I went through cardiac rehab in your program this spring after my bypass
(Feb) and I'm doing great now, walking 3 miles a day. I would love to give back by
volunteering, maybe talking to other heart patients who are just starting out.
Is there a program for that? I'm retired so flexible on days.

Gerry Finch
""")

add('phi', 'self', 'Deborah Fairweather',
    'Deb Fairweather <debfairweather@icloud.com>', 'Breast Imaging Center <breastimaging@%s>' % H,
    'Re: Appointment reminder',
    """Hi, I can't make Thursday for the callback mammogram and ultrasound (the one for
the spot on my right side). Could I come next Tues or Wed instead, any time after
3? honestly I'm pretty anxious about it so sooner is better if anything opens up.

Deb
Deborah Fairweather

Sent from my iPhone

> On Oct 13, 2025, at 10:02 AM, Breast Imaging Center <breastimaging@%s> wrote:
>
> This is a reminder of your appointment on Thursday, October 16 at 9:15 AM
> at the Bramblewood Breast Imaging Center. Please do not wear deodorant.
""" % H)

# =====================================================================
# PHI: ids
# =====================================================================
add('phi', 'ids', '',
    'Lab Processing <labprocessing@%s>' % H, '3 West <3west-charge@%s>' % H,
    'hemolyzed - redraw needed',
    """Specimen acc L25-287-00412 (BMP + Mg), collected 05:10, bed 3W-14, pt DOB
19880304, was grossly hemolyzed, K+ not reportable. Please redraw ASAP, provider
wants K before the 10am dialysis. Call 4480 with questions.
-- lab
""")

add('phi', 'ids', 'Lorraine Pettibone',
    'Home Health Intake <hhintake@%s>' % H, 'referrals@riverbendhomecare.com',
    'New referral - SN/PT',
    """Hi Riverbend,

New home health referral, d/c from us today:

Lorraine Pettibone
DOB 4 Mar 1948
1142 Larkspur Lane, Apt 3B, Millbrook
Home (555) 014-2298, daughter Jeanette cell 555-0187
Medicare 4TR7-QX2-HN61

Needs SN for wound care (stage 2 sacrum) and INR checks, PT for gait/strengthening.
Orders and face-to-face are attached in the portal. First visit requested by
Thursday.

Thank you,
Monique Dawes, RN CCM
Transitions of Care
""")

add('phi', 'ids', 'Castellanos',
    'Patient Financial Services <pfs@%s>' % H, 'Provider Services <provider.services@heartlandmutual.com>',
    'Claim status - acct 7700312845',
    """Good morning,

Checking on the status of the claim below. It's been 62 days with no payment or
denial on our end.

Patient: CASTELLANOS, VICTOR M
Member ID: XQH889201734   Group 04417
Acct: 7700312845
DOS: 07/28/2025 - 08/01/2025 (inpatient, DRG 470 - major joint replacement)
Billed: $58,214.00

Please advise. Ref # from last call was 25-0812-4471.

Shonda Greer
Patient Financial Services, Bramblewood General Hospital
555-0150 x3302
""" + DISCL, cte='quoted-printable')

add('phi', 'ids', '',
    'Ortho Clinic <orthoclinic@%s>' % H, 'Radiology Scheduling <radsched@%s>' % H,
    'need MRI slot',
    """can you squeeze in an MR L-spine w/o this week for chart #552190 (dob 3.4.88)?
foot drop on the left since Sunday, Dr. Oyelaran wants it before Friday. pt is
claustrophobic, will need ativan beforehand.
thx -- Jen, ortho clinic x2280
""")

add('phi', 'ids', '',
    'Dr. Amit Chaudhary <achaudhary@%s>' % H, 'Radiology Reading Room <readingroom@%s>' % H,
    'wet read please - Acc RAD2510140037',
    """Can someone give me a wet read on Acc# RAD2510140037, CT chest PE protocol,
pt born 1957-06-18, 6 North. She's tachy to 120s and on 4L now. Pager 2215.
Thanks
AC
""")

add('phi', 'ids', 'Harlan Beaudry',
    'Specialty Pharmacy <specialtyrx@%s>' % H, 'PA Dept <priorauth@bluecrestrx.com>',
    'Prior auth - adalimumab - member # W2240018876',
    """Hello,

Submitting additional documentation for the PA for Humira 40 mg q2wk.

Member # W2240018876
Name: Harlan Beaudry
DOB: Nov. 9, 1979
Prescriber: Dr. Celeste Ormond, Rheumatology, NPI 1093847261

He has failed methotrexate (12 wks at 20 mg/wk, stopped for elevated LFTs) and
sulfasalazine (GI intolerance). Chart notes with DAS28 scores attached to the
fax sent 10/13. Please call 555-0144 with a case number.

Tasha Ruiz, CPhT
Bramblewood Specialty Pharmacy
""")

add('phi', 'ids', '',
    'Officer Kevin Marchetti <kmarchetti@%s>' % H, 'Security Leadership <security-mgmt@%s>; ED Nurse Manager <ed-mgr@%s>' % (H, H),
    'Incident report - ED bay 7 0245',
    """Incident #SEC-25-3321
Location: ED bay 7
Time: 02:45

Patient (MRN 6620417, DOB 12/30/1996) became agitated after being told he would
be held for psych eval. Threw a chair toward the nursing station, no staff hit.
Code Gray called, 4 officers responded. Pt was placed in 4-point restraints per
Dr. Lowell's order at 02:52 and given IM haldol/ativan by RN. Restraints removed
at 04:10. Pt is now calm, sitter at bedside. Damage: chair, monitor arm.

Video from camera ED-07 saved to the incident folder.

K. Marchetti
Security Officer II
""")

add('phi', 'ids', 'Ortiz',
    'Wound Care Clinic <woundclinic@%s>' % H, 'Dr. Philip Stroud <pstroud@stroudpodiatry.com>',
    'FW: your referral',
    """Dr. Stroud,

Got your referral. We have your patient down for Monday 10/20 at 1:30.
R plantar ulcer, A1c 9.4 per your note. We'll get ABIs the same visit.

Tell him to bring his shoes and all his meds.

Thanks,
Wound Care Clinic
Bramblewood GH

-----Original Message-----
From: Stroud Podiatry
Sent: Monday, October 13, 2025 3:40 PM
Subject: referral

Ortiz, Rafael  SSN xxx-xx-4471  acct 20-55810  ph 555-0196
Diabetic foot ulcer R 1st MTH x 6 wks, not healing, please eval for offloading/HBO
""")

# =====================================================================
# PHI: lists
# =====================================================================
add('phi', 'lists', 'Haddad',
    'Nicole Ferrante RN <nferrante@%s>' % H, '4 West Day Charge <4west-charge@%s>' % H,
    'night sign out 4W',
    """night -> day, 4W, 10/14

* 402 Haddad, Samir - CHF, diuresing, I/O -1.8L, K 3.4 replaced. tele.
* 405 Brennan-Whitley, June - post op day 2 R TKA, pain ok on oxy, PT today
* 407 Mr. Osei - NEW ADMIT 0130 COPD flare, on bipap overnight, now 3L NC. abg at 0600 fine
* 411 Lindgren - confused overnight, pulled IV x1, sitter requested, UA sent
* 414 Ms. Petrakis - d/c today, needs teaching on lovenox shots
* 416 EMPTY (terminal clean done)

staffing: 5 RN + 2 PCT for days, one sick call (Bri), covered by float.
""")

add('phi', 'lists', 'Tran',
    'ICU Charge <icu-charge@%s>' % H, 'Bed Management <bedboard@%s>' % H,
    'ICU census 0600',
    "ICU census 0600 - 11/12 beds\n\n"
    "Bed\tPatient\tDx\tVent\tStatus\n"
    "1\tTran, Minh Quoc\tsepsis/UTI\tN\tstepdown today?\n"
    "2\tKowalski, Edward\tSAH\tY\tstable\n"
    "3\tBlackfeather, Renata\tDKA\tN\tinsulin gtt off 0400, to floor\n"
    "4\tAbernathy, Louis\tcardiac arrest, TTM\tY\tday 2\n"
    "5\tEMPTY\t\t\t\n"
    "6\tPellegrino, Ruth Ann\tresp failure\tY\tcomfort care PM\n"
    "7\tSingh, Harjit\tGI bleed\tN\t2u PRBC o/n\n"
    "8\tMoreno, Luz\tpost-op AAA\tN\tstable\n"
    "9\tDuBois, Claude\tpneumonia\tY\tweaning trial\n"
    "10\tOkonkwo, Chiamaka\tpreeclampsia/HELLP\tN\tmag gtt\n"
    "11\tFischer, Anna\tstroke s/p tPA\tN\tneuro q1h\n"
    "12\tWashington, Earl\tCHF/cardiogenic shock\tN\tdobutamine\n\n"
    "Potential transfers out: 1, 3. Can take 1 from ED (Dr. Lowell's pt) after 1000.\n"
    "-- Kim, ICU charge\n")

add('phi', 'lists', 'Ellison',
    'Dialysis Unit <dialysis@%s>' % H, 'Transport Desk <transport@%s>' % H,
    'HD schedule today',
    """Transport - today's inpatient HD schedule, please have them down 15 min early.

| Time  | Room  | Patient            | Notes                          |
|-------|-------|--------------------|--------------------------------|
| 0700  | 5E-509| Ellison, Barbara   | bed, O2 2L                      |
| 0700  | 3W-14 | Quarles, Dennis    | wheelchair, redraw K first      |
| 1030  | 6N-612| Abubakar, Fatima   | stretcher, isolation - contact  |
| 1030  | ICU-7 | Singh, Harjit      | CRRT->iHD, RN will accompany   |
| 1400  | 4W-402| Haddad, Samir      | tele box                        |

Thanks!
Bev, HD charge, x4600
""")

add('phi', 'lists', 'Marchand',
    'Perioperative Services <periop@%s>' % H, 'Sterile Processing <spd@%s>' % H,
    'OR schedule 10/14 - trays',
    """SPD - final OR list for today with tray needs. Please stage by 0630 tomorrow for
the first cases too (sent separately).

RM  TIME  SURGEON      PATIENT               PROCEDURE                 TRAYS
--  ----  -----------  --------------------  ------------------------  ---------------
1   0730  Halvorsen    MARCHAND, GILBERT     R inguinal hernia lap     lap basic, hernia
1   1000  Halvorsen    WHITCOMBE, DOLORES    lap chole (add-on)        lap basic
2   0730  Ostrowski    NAKAMURA, HIRO        R TKA                     Zimmer TKA set x2
2   1130  Ostrowski    BELL, TAMIKA          L carpal tunnel release   hand tray
3   0745  Fitzgerald   QUINTERO, ALMA        hysterectomy, robotic     Xi robot, GYN major
4   0800  Patel        AKINOLA, TUNDE        cysto/ureteral stent L    cysto set
4   0930  Patel        GRUBER, HANS-PETER    TURP                      resecto

Thx, Rhonda
""")

add('phi', 'lists', 'Feeney',
    'Lab Client Services <labclient@%s>' % H, 'Emergency Dept Nurse Manager <ed-mgr@%s>' % H,
    'ED culture callbacks pending',
    """Hi Megan,

Attached is the list of ED discharges with positive cultures that still need
callbacks. 3 of these are more than 48h out. Can the ED callback RN get to these
today? The two urines on cipro are resistant.

Thanks
Yolanda Price, MLS(ASCP)
Microbiology Supervisor
""",
    atts=[(csvtext([
        ['MRN', 'Patient', 'DOB', 'Phone', 'Collected', 'Source', 'Organism', 'Discharge Rx', 'Susceptible?'],
        ['4471920', 'FEENEY, COLLEEN', '1990-02-11', '555-0115', '2025-10-11', 'Urine', 'E. coli >100K', 'ciprofloxacin', 'R'],
        ['3318740', 'BAPTISTE, JEAN-ROBERT', '1968-09-03', '555-0116', '2025-10-11', 'Wound', 'MRSA', 'cephalexin', 'R'],
        ['5520183', 'LOWRY, MADISON', '2004-12-22', '555-0117', '2025-10-12', 'Urine', 'Klebsiella pneumoniae', 'ciprofloxacin', 'R'],
        ['2209871', 'PHAM, DUC ANH', '1975-05-30', '555-0118', '2025-10-12', 'Throat', 'Group A strep', 'none', 'S to PCN'],
        ['6004418', 'GREENE, ABIGAIL (minor)', '2019-07-14', '555-0119', '2025-10-13', 'Stool', 'Salmonella sp.', 'none', 'pending'],
    ]), 'text', 'csv', 'ED_culture_callbacks_1014.csv')])

add('phi', 'lists', 'Rosenthal',
    'Transitions of Care <toc@%s>' % H, 'Quality Department <quality@%s>' % H,
    '30-day post-discharge call log (week of 10/6)',
    """Hi Quality team,

Attached is the call log for last week's CHF/PNA discharges. Two readmits
(Rosenthal and Bui) flagged in yellow in the original, sorry the color didn't
survive the export. Let me know if you need the notes column expanded.

Monique
""",
    atts=[(xlsx([
        ['Patient', 'MRN', 'DOB', 'Dx', 'D/C date', 'Call date', 'Reached?', 'Readmit?', 'Notes'],
        ['Rosenthal, Irving', '1187702', '02/14/1941', 'CHF', '10/06/2025', '10/08/2025', 'Y', 'Y 10/10', 'wt up 6 lb, SOB, back thru ED'],
        ['Bui, Thanh Huong', '3340952', '11/23/1955', 'PNA', '10/06/2025', '10/08/2025', 'Y', 'Y 10/12', 'fever returned'],
        ['Kirkland, Mae', '2207315', '07/07/1939', 'CHF', '10/07/2025', '10/09/2025', 'N', 'N', 'left VM x2'],
        ['Obi, Emmanuel', '4470018', '03/30/1962', 'PNA', '10/07/2025', '10/09/2025', 'Y', 'N', 'finished abx, doing well'],
        ['Sørensen, Karin', '1902264', '09/09/1950', 'CHF', '10/08/2025', '10/10/2025', 'Y', 'N', 'confused about lasix dose, clarified'],
    ], 'calls'), 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'TOC_calls_wk1006.xlsx')])

add('phi', 'lists', 'Yilmaz',
    'Infection Prevention <infectionprevention@%s>' % H, 'county.epi@millbrookcountyhealth.gov',
    'Weekly reportable conditions - BGH',
    """Hi Dana,

Zipped CSV of this week's reportables from Bramblewood GH attached per our usual.
Password is the one we set up by phone in August. Call if anything looks off.

Ruth Okeke, MPH, CIC
Infection Preventionist
Bramblewood General Hospital | 555-0152 x3710
""",
    atts=[(zipbytes([('BGH_reportables_2025-10-14.csv', csvtext([
        ['last', 'first', 'dob', 'sex', 'address', 'condition', 'specimen_date', 'lab'],
        ['YILMAZ', 'EMRE', '1984-01-19', 'M', '88 Chestnut St, Millbrook', 'Legionellosis (urine Ag +)', '2025-10-09', 'BGH'],
        ['HOLLOWAY', 'PRISCILLA', '1991-06-02', 'F', '401 Quarry Rd #2, Ashby Falls', 'Pertussis (PCR +)', '2025-10-10', 'BGH'],
        ['NWOSU', 'CHIDI', '2016-03-15', 'M', '17 Fenwick Ct, Millbrook', 'Salmonellosis', '2025-10-11', 'BGH'],
        ['GREENE', 'ABIGAIL', '2019-07-14', 'F', '2230 Orchard Way, Millbrook', 'Salmonellosis', '2025-10-13', 'BGH'],
        ['DELACROIX', 'MARIE-THERESE', '1947-11-27', 'F', '5 Abbey Ln, Pell City', 'Hepatitis B, acute', '2025-10-12', 'BGH'],
    ]))]), 'application', 'zip', 'BGH_reportables_wk42.zip')])

# =====================================================================
# PHI: struct
# =====================================================================
add('phi', 'struct', 'Szabo',
    'Interface Team <interfaces@%s>' % H, 'support@carelinkintegration.com',
    'RE: Ticket 88213 - ADT A01 not crossing to PACS',
    """Hi Raj,

Here's one of the messages that didn't cross this morning, copied right from the
engine. PID-3 looks fine to me but maybe the PV1-3 location format is the issue
since 6N is the new unit code.

MSH|^~\\&|EPIC|BGH|PACS|BGHRAD|20251014061522||ADT^A01|MSG00048213|P|2.5.1
EVN|A01|20251014061500
PID|1||8830142^^^BGH^MR||SZABO^ISTVAN^L||19520811|M|||47 Birchwood Dr^^Millbrook^OH^44901||(555)014-3371|||M||7700319921
PV1|1|I|6N^612^A^BGH||||1928374^AMARI^NADIA^^^MD|||MED||||7|||1928374^AMARI^NADIA^^^MD|IN||||||||||||||||||||||||20251014061200
DG1|1||J18.9^Pneumonia, unspecified organism^I10

Let me know what you find.

Chris Albrecht
Integration Analyst, IS
""")

add('phi', 'struct', 'Moorehouse',
    'Lab Information Systems <lis@%s>' % H, 'Outreach Support <support@sunvalleyclinicemr.com>',
    'ORU results rejected by your side',
    """Attached is the ORU that your system rejected with "AE - OBX-5 invalid".
We think it's the '<' on the HbA1c value. Can you confirm?

Thx,
Greg Samuels, LIS Analyst
""",
    atts=[("""MSH|^~\\&|SUNQUEST|BGHLAB|SVCEMR|SUNVALLEY|20251014081102||ORU^R01|L2510140811|P|2.3
PID|1||2294471^^^BGH||MOOREHOUSE^CYNTHIA^A||19660429|F|||912 Sycamore Ave^^Ashby Falls^OH^44903||555-0124
PV1|1|O|LABOUT||||55120^GRANT^OLIVIA^^^MD
ORC|RE|A88123|L25-287-01177
OBR|1|A88123|L25-287-01177|HBA1C^Hemoglobin A1c|||20251013143000
OBX|1|NM|4548-4^Hemoglobin A1c^LN||8.9|%|<5.7|H|||F
OBR|2|A88123|L25-287-01178|LIPID^Lipid panel|||20251013143000
OBX|1|NM|2093-3^Cholesterol^LN||241|mg/dL|<200|H|||F
OBX|2|NM|2571-8^Triglyceride^LN||<300|mg/dL|<150||||F
OBX|3|NM|13457-7^LDL calc^LN||158|mg/dL|<100|H|||F
""", 'text', 'plain', 'rejected_ORU_L2510140811.txt')])

add('phi', 'struct', 'Pulaski',
    'Billing Systems <billingsys@%s>' % H, 'EDI Support <edisupport@claimbridge.net>',
    '837P rejecting at 2010BA - sample',
    """Hello ClaimBridge,

We keep getting 999 rejects on our professional batch at the subscriber loop.
Here's the relevant chunk from one claim (rest of file on the SFTP as
BGH_837P_20251014_01.txt). Is it the DMG format?

NM1*IL*1*PULASKI*THEODORE*J***MI*YRH447210093~
N3*2840 WINSLOW RD~
N4*MILLBROOK*OH*449015512~
DMG*D8*19580317*M~
NM1*PR*2*HEARTLAND MUTUAL*****PI*60054~
CLM*BGH2510140031*385.00***11:B:1*Y*A*Y*Y~
HI*ABK:M17.11*ABF:Z96.652~
LX*1~
SV1*HC:20610*385.00*UN*1***1~
DTP*472*D8*20251009~

Thanks,
Leticia Fonseca
Revenue Cycle Systems Analyst
""")

add('phi', 'struct', 'Dorsey',
    'Cash Posting <cashposting@%s>' % H, 'PFS Supervisors <pfs-sup@%s>' % H,
    'weird 835 adjustment - Dorsey',
    """Can someone look at this? The payer took back the whole payment with a WO
adjustment and I don't know what to post it against. Pulled from today's ERA:

CLP*BGH2508220114*22*4120.55*-4120.55**MC*1525090012744*11*1~
CAS*PI*WO*4120.55~
NM1*QC*1*DORSEY*ANGELA*M***MI*88120047731~
NM1*82*2*BRAMBLEWOOD GENERAL HOSPITAL*****XX*1467039281~
DTM*232*20250822~
DTM*233*20250824~
AMT*AU*0~

she was an obs stay in aug. original payment posted 9/15.

-Trish
""")

add('phi', 'struct', 'Gutierrez',
    'Patient Access <registration@%s>' % H, 'Rev Cycle IT <revcycle-it@%s>' % H,
    '271 coming back inactive but pt has card',
    """Hi, pt is at the front desk for outpatient PT with a card that says effective
09/01/2025 but the eligibility response says inactive. Raw 271 below from the
response viewer. Are we sending the wrong payer ID?

HL*3*2*22*0~
TRN*2*25101409421*9BGHELIG~
NM1*IL*1*GUTIERREZ*MARISOL****MI*HMU553018822~
N3*77 PINE HOLLOW CT~
N4*ASHBY FALLS*OH*44903~
DMG*D8*19930705*F~
INS*Y*18*001*25~
EB*6**30~
DTP*356*D8*20240101~
DTP*357*D8*20250831~
MSG*COVERAGE TERMINATED~

She is here now, waiting. ext 2001
Alma
""")

add('phi', 'struct', 'Sato',
    'Dr. Owen Pritchard <opritchard@%s>' % H, 'api-support@vitalthreadhealth.io',
    'FHIR Observation posting with wrong subject reference',
    """Hi VitalThread team,

Our RPM pilot is posting weights from your scale app to the wrong patient in
some cases. Example payload from your logs below -- the subject reference points
to our patient 4471903 but the identifier in the contained Patient is a different
person. This one should have gone to Mr. Sato.

{
  "resourceType": "Observation",
  "id": "wt-20251014-0712",
  "status": "final",
  "code": {"coding": [{"system": "http://loinc.org", "code": "29463-7", "display": "Body weight"}]},
  "subject": {"reference": "Patient/4471903"},
  "effectiveDateTime": "2025-10-14T07:12:44-05:00",
  "valueQuantity": {"value": 94.8, "unit": "kg"},
  "contained": [{
    "resourceType": "Patient",
    "id": "p1",
    "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.8841.1", "value": "4471930"}],
    "name": [{"family": "Sato", "given": ["Kenji"]}],
    "birthDate": "1949-02-21",
    "telecom": [{"system": "phone", "value": "555-0133"}]
  }]
}

He's in our CHF remote monitoring program, a 2 kg gain would trigger a nurse call,
so this matters. Can we get a call today?

Owen Pritchard, MD, CMIO
""")

add('phi', 'struct', 'Halloran',
    'HIM Release of Information <roi@%s>' % H, 'records@lakeshoreortho.com',
    'CCD for referral - the portal stripped the attachment',
    """Your portal keeps stripping the attachment so here's the section pasted.
Full document follows by fax.

<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20251014093000-0500"/>
  <recordTarget><patientRole>
    <id extension="3092817" root="2.16.840.1.113883.3.8841.1"/>
    <addr><streetAddressLine>19 Tamarack Way</streetAddressLine><city>Millbrook</city><state>OH</state><postalCode>44901</postalCode></addr>
    <telecom value="tel:+1-555-014-8862"/>
    <patient>
      <name><given>Bridget</given><family>Halloran</family></name>
      <administrativeGenderCode code="F"/>
      <birthTime value="19720312"/>
    </patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section>
      <title>Problems</title>
      <text><list><item>Primary osteoarthritis, right hip</item><item>Hypothyroidism</item></list></text>
    </section></component>
    <component><section>
      <title>Medications</title>
      <text><list><item>levothyroxine 75 mcg daily</item><item>meloxicam 15 mg daily</item></list></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>

Release of Information
Bramblewood General Hospital
""")

# =====================================================================
# PHI: lang
# =====================================================================
add('phi', 'lang', 'Rosa Elena Bautista',
    'Servicios de Intérprete <interpreters@%s>' % H, 'Marisela Bautista <mari.bautista22@gmail.com>',
    'Instrucciones de alta - su mamá',
    """Hola Marisela,

Como le prometí por teléfono, le mando el resumen de las instrucciones de alta de
su mamá, la señora Rosa Elena Bautista:

- Tomar la metformina 500 mg dos veces al día con comida (empezó nueva hoy).
- Revisar el azúcar en la mañana antes de comer y anotarlo.
- Cita con la doctora Grant el 21 de octubre a las 10:30 para revisar la herida
  del pie.
- Si tiene fiebre, o la herida se pone roja o con pus, venir a emergencias.

Cualquier pregunta me puede llamar al 555-0148.

Saludos,
Lucía Ortega
Intérprete médica certificada
Hospital General Bramblewood
""")

add('phi', 'lang', 'Conceição',
    'Fernanda Lopes RN <flopes@%s>' % H, 'Família Conceição <conceicao.familia@hotmail.com>',
    'Atualização sobre o seu Antônio',
    """Boa tarde, dona Graça,

Só para atualizar: o seu Antônio Conceição passou bem a noite. A fisioterapia
conseguiu levantá-lo da cama hoje de manhã e ele andou até a porta do quarto
com o andador. A febre não voltou e o médico disse que, se o exame de sangue de
amanhã vier bom, ele troca o antibiótico da veia para comprimido.

Ele pediu para a senhora trazer os óculos de leitura e o barbeador.

Um abraço,
Fernanda Lopes, enfermeira
5º andar Leste - Hospital Bramblewood
""")

add('phi', 'lang', 'Phạm Văn Hùng',
    'Trần Minh Khoa <khoa.tran.family@gmail.com>', 'Cardiology Clinic <cardiology@%s>' % H,
    'Hỏi về thuốc của bố tôi - Phạm Văn Hùng',
    """Chào bác sĩ,

Tôi là con trai của ông Phạm Văn Hùng (sinh ngày 12/05/1950). Bố tôi mới xuất
viện hôm thứ Sáu sau khi đặt stent tim. Bác sĩ cho bố tôi uống Brilinta hai lần
một ngày, nhưng từ hôm qua bố bị khó thở nhẹ khi nằm và chảy máu chân răng.
Bố tôi có nên ngừng thuốc không, hay phải đến khám ngay?

Số điện thoại của tôi: 555-0161.

Cảm ơn bác sĩ,
Khoa
""")

add('phi', 'lang', 'Jean-Baptiste',
    'Wilner Jean-Baptiste <wjeanbaptiste@gmail.com>', 'Clinique Diabète <diabetes-ed@%s>' % H,
    'randevou mwen',
    """Bonjou,

Mwen rele Wilner Jean-Baptiste. Mwen te fè yon randevou pou klas dyabèt la jedi
16 oktòb, men mwen pa ka vini paske mwen gen travay. Eske mwen ka chanje pou
semèn pwochèn? Doktè a te di m sik mwen te twò wo (A1c 10) e li te ogmante
ensilin mwen a 30 inite chak swa. Mwen pa fin konprann kijan pou m sèvi ak
plim ensilin nan.

Mèsi anpil,
Wilner
555-0172
""")

add('phi', 'lang', 'Volkova',
    'Dr. Yelena Sorokina <ysorokina@%s>' % H, 'Dr. Andrei Belov <abelov@%s>' % H,
    'Волкова, палата 608',
    """Андрей, привет.

По Волковой Галине Петровне (608): ночью опять была фибрилляция с ЧСС до 140,
дали метопролол 5 мг в/в дважды, сейчас ритм синусовый. Калий утром 3,4 — я
назначила хлорид калия. Дочь очень просит поговорить с врачом сегодня после 17:00,
она работает до пяти. Эхо назначено на завтра утром.

Лена
""")

add('phi', 'lang', 'Dela Cruz',
    'Maricel Dumalagan RN <mdumalagan@%s>' % H, 'Jonalyn Ocampo RN <jocampo@%s>' % H,
    're: si Lola sa 309',
    """Jona, yung pasyente natin sa 309, si Mrs. Dela Cruz (Remedios), nag-desat kagabi
hanggang 86% kaya naka-2L na siya ngayon. Nag-order si Dr. Amari ng chest xray at
nebs q4. Yung anak niya tumawag, pupunta daw mamayang hapon, paki-update mo na
lang siya. Yung Lasix niya binago na to 40 BID.

Salamat! ingat sa shift.
Maricel
""")

add('phi', 'lang', '王秀英',
    '李明 <liming.family@163.com>', 'Oncology Infusion Center <infusion@%s>' % H,
    '关于我母亲王秀英的化疗',
    """您好，

我是王秀英的女儿李明。我母亲（出生日期 1958年3月8日）本周四在你们的输液中心
做第四次化疗。她上周验血白细胞很低，医生说可能要推迟。请问周四的化疗还照常
进行吗？另外她这几天手脚发麻，需要告诉医生吗？

我的电话：555-0157

谢谢！
李明
""")

add('phi', 'lang', 'Haddad',
    'Interpreter Services <interpreters@%s>' % H, 'Nadia Haddad <nadia.haddad.88@gmail.com>',
    'تعليمات الخروج - والدك سمير حداد',
    """مرحباً نادية،

كما اتفقنا على الهاتف، هذه تعليمات خروج والدك السيد سمير حداد من الطابق الرابع:

- دواء لازكس 40 ملغ مرة واحدة صباحاً.
- وزن نفسه كل صباح، وإذا زاد الوزن أكثر من كيلوغرامين في يومين يجب الاتصال بنا.
- موعد عيادة القلب يوم الاثنين 20 أكتوبر الساعة 9:00 صباحاً.
- تقليل الملح في الطعام.

مع التحية،
سامي خوري
مترجم طبي - مستشفى برامبلوود العام
""")

# =====================================================================
# CLEAN: admin
# =====================================================================
add('clean', 'admin', '',
    'Janelle Morales RN <jmorales@%s>' % H, '4 West Nursing Staff <4west-staff@%s>' % H,
    'nights coverage next week - still need 2',
    """Hi everyone,

Still short for nights next week. Here's where we are:

Sun 10/19 - Kwame A., Leah S., Rosie (float), *need 1*
Mon 10/20 - Kwame A., Devin P., Marisa T., Bri K.
Tue 10/21 - Leah S., Devin P., *need 1*
Wed 10/22 - full
Thu 10/23 - Marisa T., Kwame A., Jess W., agency (Tom)

Incentive pay is approved for the open shifts (+$12/hr). Text me at 555-0183 or
just put your name in the book at the desk. Thank you all!!

Janelle Morales, BSN, RN
Nurse Manager, 4 West Medical/Telemetry
""")

add('clean', 'admin', '',
    'IT Service Desk <servicedesk@%s>' % H, 'Charlene Vogt <cvogt@%s>' % H,
    '[INC0048213] Resolved - label printer 3E nursing station',
    """Hello Charlene,

Your incident INC0048213 has been marked RESOLVED.

Short description: Zebra label printer at 3E station printing blank specimen labels
Resolution: Replaced print head, re-mapped printer 3E-ZEB-02 to workstation
BGH-3E-WS14. Test labels printed successfully.
Technician: Dwayne Okoro, ext 5555

If the issue persists, reply to this email within 5 business days to reopen.

Bramblewood GH Information Services
"Technology in service of care"
""")

add('clean', 'admin', '',
    'Revenue Cycle Systems <billingsys@%s>' % H, 'All Revenue Cycle <revcycle-all@%s>' % H,
    'Planned downtime Sat 10/18 - billing system upgrade',
    """All,

The patient accounting system will be down for the version 24.3 upgrade:

  Saturday 10/18/2025, 22:00 through Sunday 10/19/2025, 04:00

During downtime:
 - Claims scrubber and ERA posting unavailable
 - Registration will use downtime packets (printed in each department's red binder)
 - Charge entry queues will be held and released after go-live validation

Vendor change order CO-7781-B, invoice INV-2025-30418 has been approved by
Finance. Questions to Leticia Fonseca x3315 or Raymond Oduya x3316.

Thank you,
Revenue Cycle Systems Team
""")

add('clean', 'admin', '',
    'Talent Acquisition <hr-recruiting@%s>' % H, 'Nurse Managers <nurse-managers@%s>' % H,
    'New hire orientation roster - Mon 10/20',
    """Good afternoon,

Here is the roster for general orientation on Monday 10/20, 0800, Education Center
Room B. Please plan for your new hires to report to the unit Wednesday.

Emp ID   Name                 Position                  Dept
E30871   Aaliyah Thornton     RN                        4 West
E30872   Benedikt Schäfer     RN                        ICU
E30873   Carmen Villalobos    Patient Care Tech         5 East
E30874   Dae-jung Ko          Pharmacy Technician       Pharmacy
E30875   Esther Mwangi        Unit Secretary            ED
E30876   Frank DiNapoli       Environmental Services    EVS

Badges and photos at Security 0730. Employee health clearance has already been
completed for all six, so no need to send them down.

Thanks!
Whitney Calder
Talent Acquisition Specialist | 555-0140 x1402
""")

add('clean', 'admin', '',
    'Facilities Work Control <workcontrol@%s>' % H, 'Perioperative Services <periop@%s>' % H,
    'WO-25-11873 OR 4 humidity',
    """Periop,

Work order WO-25-11873 (OR 4 relative humidity reading 64%, alarm at 60%) -- the
tech found a stuck damper on AHU-6. Repaired 09:40. Humidity back to 48% as of
10:15 and trending down. Room can be released for the 1300 case. Logging was
sent to Infection Prevention for their records.

Contractor: Apex Mechanical, PO 4500219931
Contact: Eddie Navarro, Facilities Supervisor, 555-0111 x6200
""")

add('clean', 'admin', '',
    'Accounts Payable <ap@%s>' % H, 'ar@meridianmedsupply.com',
    'Remittance advice - invoices 88104, 88139, 88170',
    """Hello Meridian,

Payment was issued today by ACH for the invoices below.

Vendor #: V-002231
Invoice 88104   PO 4500218840   $12,480.00   (IV start kits, cs 40)
Invoice 88139   PO 4500219102    $3,216.75   (patient belongings bags)
Invoice 88170   PO 4500219377    $7,905.10   (blood culture bottles, aerobic/anaerobic)
Total: $23,601.85   ACH trace 071000013841266

Invoice 88151 is on hold pending a receiving discrepancy (short 4 cases of
exam gloves, size M). Please send a credit memo.

Accounts Payable
Bramblewood General Hospital
""")

add('clean', 'admin', '',
    'Linda Voss <lvoss@%s>' % H, 'Volunteer Team <volunteer-list@%s>' % H,
    'November schedule - gift shop & info desk',
    """Hi friends!

November schedule is posted on the board by the cafeteria and below. If you need
to swap, please call me (555-0106) or Harriet (555-0107) -- no texting the front
desk please!

Info Desk, Main Lobby
  Mon AM  Walt & Dorothy       Mon PM  Sunita
  Tue AM  Ed Kessler           Tue PM  Grace & Bill
  Wed AM  Marvin               Wed PM  OPEN
Gift Shop
  Mon-Fri 10-2  rotating, see sign-up sheet

Flu shots for volunteers are Thursday in the Education Center. Cookies to follow
:)

Linda Voss
Director, Volunteer Services
""")

# =====================================================================
# CLEAN: lookalike
# =====================================================================
add('clean', 'lookalike', '',
    'Dana Whitaker <dwhitaker@%s>' % H, 'Greg Whitaker <gregwhit77@gmail.com>',
    'FW: Biscuit - dental & bloodwork results',
    """fyi. so she needs 2 extractions. ugh. can you call them about the estimate?

---------- Forwarded message ---------
From: Cedar Hill Veterinary Clinic <frontdesk@cedarhillvet.com>
Date: Mon, Oct 13, 2025 at 5:48 PM
Subject: Biscuit - dental & bloodwork results

Dear Dana,

Thank you for bringing Biscuit (Patient ID 20931, canine, Beagle, F/S, 9 yrs)
in today. Her pre-anesthetic bloodwork was normal except a mildly elevated ALT
(142 U/L). Dr. Ferris recommends proceeding with the dental cleaning under
anesthesia, with likely extraction of two fractured premolars. Estimate
attached: $684-$912.

Please call 555-0170 to schedule. Biscuit should have no food after 10pm the
night before.

Cedar Hill Veterinary Clinic
""")

add('clean', 'lookalike', '',
    'Corey Lindahl <clindahl@%s>' % H, 'frontdesk@ironworksfitness.com',
    'Re: Member #44821 - freeze my membership',
    """Hi, I'd like to freeze my membership for November and December. Work schedule
is crazy. Member #44821. Also can you cancel my personal training (PT) sessions
with Coach Dana for the rest of the month? Thanks.

Corey

> On Oct 12, 2025, at 8:15 AM, Iron Works Fitness wrote:
> Hi Corey! Your body composition scan from Saturday: body fat 21.4%,
> lean mass 142 lb, BMI 26.1, visceral fat rating 9. Great progress!
> Your next assessment is due 11/8.
""", cte='base64')

add('clean', 'lookalike', '',
    'Pam Ostrowski <postrowski@%s>' % H, 'Lending <loans@millbrookcreditunion.org>',
    'member # 0098812 - auto loan payoff',
    """Hi,

Please send a payoff letter for my auto loan, member # 0098812, loan suffix L04.
I'm selling the car this week. Fax is 555-0190 (attn: Pam) or email is fine.

Thank you,
Pamela Ostrowski
""")

add('clean', 'lookalike', '',
    'Travel Desk <travel@%s>' % H, 'Dr. Nadia Amari <namari@%s>' % H,
    'Your itinerary - SHM conference - confirmation QZ7K4P',
    """Dr. Amari,

Your conference travel is booked:

Record locator: QZ7K4P
Passenger: AMARI/NADIA DR
Frequent flyer: UA 882 110 4471
Ticket: 0162398114470

Wed 11/05  UA 1182  CLE 07:10 -> DEN 08:51   Seat 14C
Sun 11/09  UA 2290  DEN 16:40 -> CLE 21:58   Seat 12D

Hotel: Hyatt Regency, conf #81720044, 4 nights.
Meal request: gluten-free (noted in your traveler profile).

Please submit receipts within 30 days for reimbursement.
Travel Desk, Finance
""")

add('clean', 'lookalike', '',
    'Ray Kaminski <rkaminski@%s>' % H, 'claims@keystoneautoins.com',
    'Claim 7714-22-0913 - adjuster photos',
    """Hello,

Attaching the repair estimate from Dunmore Collision for claim 7714-22-0913
(policy KA-4480192). As I told the adjuster, no injuries -- it was a parking
lot backing incident in the hospital garage, level 3. The other driver's
insurer is Tri-County Mutual, their claim # TC25-00871.

Damage is rear bumper, trunk lid, and the backup camera, which is now in
critical condition (ha). Rental needed through Friday.

Ray Kaminski
""")

add('clean', 'lookalike', '',
    'Facilities Grounds <grounds@%s>' % H, 'Eddie Navarro <enavarro@%s>' % H,
    'FW: Arborist report - front entrance elms',
    """Eddie, see below. Recommend we approve the removal before the winter storms.

-----Original Message-----
From: Hartwell Tree Surgeons <office@hartwelltree.com>
Sent: Monday, October 13, 2025 2:11 PM
Subject: Arborist report - Bramblewood main entrance

Assessment of the three American elms along the main drive:

Tree #1 (nearest ED ambulance bay): Diagnosis: Dutch elm disease, confirmed by
vascular streaking in sampled limb. Prognosis: poor. Crown dieback ~40%.
Recommend removal, stump grinding. Amputation of the lower limb over the
ambulance canopy should happen this week regardless as it is a hazard.

Tree #2: healthy, recommend preventive fungicide injection (Arbotect), $480.
Tree #3: early symptoms, treat and re-evaluate in spring.

Quote #HT-2025-1147: $6,850 for removal + treatment.
Certified Arborist OH-1188A
""")

add('clean', 'lookalike', '',
    'Ravi Subramanian <rsubramanian@%s>' % H, 'IS Integration Team <is-integration@%s>' % H,
    'postmortem: patient-worker crash loop last night',
    """Team,

Short postmortem on last night's page.

- 23:14 the `patient-sync` worker pod on int-node-03 went into CrashLoopBackOff
- root cause: OOM. the child process kept forking and the parent never reaped
  them, so we had ~400 zombie (defunct) processes by the time I triaged
- I killed the orphaned children (kill -9 on PIDs 18812-19211), restarted the
  parent, heap dump saved to /var/dumps/patient-sync-20251014.hprof
- no messages lost; queue depth peaked at 2,104 and drained by 00:30
- vitals on the node (CPU/mem) normal since 01:00

Action: add memory limit + liveness probe. Ticket CHG0031177.

Ravi
""")

# =====================================================================
# CLEAN: news
# =====================================================================
add('clean', 'news', '',
    'Bramblewood Pulse <communications@%s>' % H, 'All Staff <allstaff@%s>' % H,
    'Bramblewood Pulse - October edition',
    """BRAMBLEWOOD PULSE | October 2025

NEW CATH LAB OPENS
Our second cardiac catheterization lab opened Oct 6, cutting average door-to-
balloon time for STEMI patients. Thanks to the Foundation donors who made it
possible.

DAISY AWARD
Congratulations to Renee Tolliver, RN, 4 West, nominated by a grateful family
for "always explaining everything twice without ever making us feel dumb."

EMPLOYEE OF THE MONTH
Dwayne Okoro, IS Service Desk, who has now fixed more printers than anyone
alive.

FLU SHOTS
Employee flu clinics run through Oct 31. Stop by Employee Health or catch the
rolling cart. Current staff vaccination rate: 71%. Goal: 90%.

CAFETERIA
Taco Tuesday is back. You're welcome.
""",
    html="""<html><body style="font-family:Arial,sans-serif">
<h1 style="color:#1b4f72">BRAMBLEWOOD PULSE <small>October 2025</small></h1>
<h2>New Cath Lab Opens</h2><p>Our second cardiac catheterization lab opened Oct 6, cutting average door-to-balloon time for STEMI patients. Thanks to the Foundation donors who made it possible.</p>
<h2>DAISY Award</h2><p>Congratulations to <b>Renee Tolliver, RN</b>, 4 West, nominated by a grateful family for &ldquo;always explaining everything twice without ever making us feel dumb.&rdquo;</p>
<h2>Employee of the Month</h2><p>Dwayne Okoro, IS Service Desk, who has now fixed more printers than anyone alive.</p>
<h2>Flu Shots</h2><p>Employee flu clinics run through Oct 31. Current staff vaccination rate: 71%. Goal: 90%.</p>
<h2>Cafeteria</h2><p>Taco Tuesday is back. You're welcome.</p>
</body></html>""")

add('clean', 'news', '',
    'Infection Prevention <infectionprevention@%s>' % H, 'Medical Staff <medstaff@%s>' % H,
    'FW: County respiratory virus surveillance - week 41',
    """FYI from the county. RSV starting to climb in the under-2s.

-----Original Message-----
From: Millbrook County Health Department <epi-bulletin@millbrookcountyhealth.gov>
Sent: Monday, October 13, 2025 4:00 PM
Subject: Respiratory Virus Surveillance - MMWR Week 41

Week 41 (Oct 5-11, 2025), Millbrook County

Influenza:   18 lab-confirmed cases (week 40: 9), 2 hospitalizations
RSV:         31 cases (week 40: 17), 61% in children under 2
COVID-19:    44 cases (week 40: 52), 5 hospitalizations, 0 deaths
ED visits for ILI: 2.9% of all visits (baseline 2.2%)

Wastewater: SARS-CoV-2 moderate and declining; influenza A low but rising.

Providers: consider nirsevimab for eligible infants, and offer the 2025-26 flu
vaccine to all patients 6 months and older.
""")

add('clean', 'news', '',
    'Pharmacy Department <pharmacy@%s>' % H, 'Nursing Leadership <nursing-leaders@%s>' % H,
    'RECALL: ondansetron 4 mg/2 mL vials, lot OND24117',
    """Nursing leaders,

Class II recall from the manufacturer (Halcyon Injectables) for ondansetron
injection 4 mg/2 mL single-dose vials, lot OND24117, exp 08/2026, due to
possible visible particulates.

Pharmacy has already pulled the lot from the Pyxis machines and central stock
this morning. If you find any on your unit (crash carts, procedural areas,
anesthesia workstations), bag it, label RECALL, and send it to pharmacy.
Replacement stock is from lot OND25022.

No patient harm reports to date. Questions: pharmacy buyer, Gina Moretti x4102.

Pharmacy Department
""")

add('clean', 'news', '',
    'Quality Department <quality@%s>' % H, 'Department Directors <directors@%s>' % H,
    'Q3 quality dashboard',
    """Directors,

Q3 2025 highlights (full dashboard on the intranet):

Hand hygiene compliance       94.1%  (goal 95%)
CLABSI per 1,000 line days    0.82   (NHSN SIR 0.71)
CAUTI per 1,000 cath days     1.10
C. diff (HO) per 10,000 pd    3.9
Falls with injury             0.41 per 1,000 pd
30-day readmit, CHF           19.8%  (down from 22.4%)
HCAHPS "would recommend"      72nd percentile
Sepsis bundle (SEP-1)         68%

Great work on CHF readmissions -- the Transitions of Care call program is
clearly helping. Sepsis bundle compliance remains our biggest gap.

Quality & Patient Safety
""")

add('clean', 'news', '',
    'Bramblewood Foundation <news@bramblewoodfoundation.org>', 'Foundation Friends <friends@bramblewoodfoundation.org>',
    'Thank you! Harvest Gala raised $412,000',
    """Dear Friends,

Thanks to you, the 2025 Harvest Gala raised $412,000 for the Bramblewood Cancer
Center's new infusion chairs and the Patient Assistance Fund.

Special thanks to our presenting sponsor, Millbrook Savings Bank, to honorary
chairs Dr. Thomas and Elaine Whitcombe-Hayes, and to the 310 guests who bid on
everything from a week in Door County to a pie a month from Marge's Bakery.

Save the date: Golf Classic, June 8, 2026.

With gratitude,
Catherine Bellamy
President, Bramblewood Foundation
555-0100 | bramblewoodfoundation.org

To unsubscribe, reply with UNSUBSCRIBE in the subject line.
""")

add('clean', 'news', '',
    'Spiritual Care <spiritualcare@%s>' % H, 'All Staff <allstaff@%s>' % H,
    'Blessing of the Hands - Thursday & Friday',
    """Dear colleagues,

In honor of Pastoral Care Week, the chaplains will offer a Blessing of the Hands
for all staff:

  Thursday 10/16 - 7:00 AM and 7:00 PM, Main Chapel
  Friday 10/17  - 11:30 AM, Cafeteria (we'll bring it to you)
  Night shift   - we'll round on the units at 2:00 AM Friday

All faiths and none are welcome. It takes two minutes. Hand lotion provided :)

Also: the Interfaith Memorial Service for patients who died in our care this
past year will be Sunday Nov 2, 3 PM. Families have been invited by letter.

Rev. Dr. Abigail Stroud, BCC
Director, Spiritual Care
""")

# =====================================================================
# CLEAN: staff
# =====================================================================
add('clean', 'staff', '',
    'Dr. Paul Halvorsen <phalvorsen@%s>' % H, 'Anesthesia Group <anesthesia@%s>; Pharmacy Clinical <rx-clinical@%s>' % (H, H),
    'apixaban reversal before urgent surgery - what is our process?',
    """Quick question for anesthesia and pharmacy.

Had a case this week: 60s male on apixaban for afib, last dose about 10 hrs
prior, needed an urgent (not emergent) lap procedure. We ended up waiting 24 hrs,
which was probably fine, but it raised the question of whether we have a
standard pathway. Do we stock andexanet or are we just using 4F-PCC 50 u/kg? And
who decides -- surgery, anesthesia, or heme?

Not looking to relitigate this patient, just want to know the policy so I stop
guessing.

Paul Halvorsen, MD, FACS
General Surgery
""")

add('clean', 'staff', '',
    'Pharmacy & Therapeutics <pt-committee@%s>' % H, 'Nursing Leadership <nursing-leaders@%s>' % H,
    'Heparin nomogram revision effective 11/1',
    """All,

P&T approved the revised weight-based heparin nomogram (VTE indication) at the
October meeting. Key changes:

 - Anti-Xa monitoring replaces aPTT for all adult heparin infusions
 - Target anti-Xa 0.3-0.7 units/mL
 - Bolus capped at 10,000 units; max initial rate 2,000 units/hr
 - Dosing weight = actual body weight, capped at 150 kg
 - Anti-Xa drawn 6 h after start or any rate change

Order set update goes live 11/1 at 0700. Education modules are in the LMS
(HEP-2025). Super-users on each unit will get hands-on sessions next week.

Anjali Mehra, PharmD, BCPS, for the P&T Committee
""")

add('clean', 'staff', '',
    'House Supervisor <housesup@%s>' % H, 'Nursing Leadership <nursing-leaders@%s>' % H,
    '0700 capacity update',
    """Good morning,

Census 226/250 at 0700. ED holding 9 admits (3 tele, 4 med-surg, 1 ICU, 1 peds).
4 West and 6 North at capacity. Expected discharges by noon: 23 per bed board,
realistic 15.

Staffing: 3 RN sick calls on days (5E, 6N, ICU). Float pool covered 5E and ICU.
6N will flex to 1:6 until 1100 when the agency RN arrives.

Please push your discharge-before-noon candidates and get d/c orders written
early. Bed huddle at 1000 in the nursing office.

Marguerite Olsen, MSN, RN
House Supervisor, Days
""")

add('clean', 'staff', '',
    'Dr. Caleb Yoon <cyoon@%s>' % H, 'Infectious Disease <id-group@%s>' % H,
    'vanc dosing in obesity - do we cap loading dose?',
    """General question, not about one pt specifically -- when you're loading vanc in
someone >150 kg, do you cap the loading dose at 3 g or go full 25 mg/kg actual
weight? Pharmacy has been capping at 3 g, I've seen 3.5 g used at my last
hospital. Any data either way? Also is AUC dosing standard on all units now or
only ICU?

thanks
Caleb Yoon, DO
Hospitalist
""")

add('clean', 'staff', '',
    'Laboratory Administration <labadmin@%s>' % H, 'Nursing Leadership <nursing-leaders@%s>; Medical Staff <medstaff@%s>' % (H, H),
    'Critical value call policy update (LAB-114)',
    """Effective Monday 10/20, the lab will make critical value calls directly to the
ordering provider (or covering provider) for OUTPATIENTS and ED patients, and to
the primary RN for inpatients.

New critical limits added:
  - Troponin I hs > 52 ng/L (first result only)
  - Lactate > 4.0 mmol/L
  - Glucose < 50 or > 450 mg/dL (unchanged)

Read-back of name, DOB and value is still required. Target: call completed
within 30 minutes of result verification. Our Q3 median was 11 min.

Policy LAB-114 rev. 7 is on the policy site.

Frederick Haas, MD
Medical Director, Laboratory
""")

add('clean', 'staff', '',
    'Imaging Services <imaging-director@%s>' % H, 'Medical Staff <medstaff@%s>' % H,
    'IV contrast conservation - please read',
    """Colleagues,

Our supplier has notified us of a 3-4 week allocation limit on iohexol (Omnipaque
350). Until further notice:

 1. CT with contrast for ED and inpatients continues as usual.
 2. Outpatient CT with contrast: radiologist protocols each order; expect some
    converted to non-contrast or MR.
 3. Please don't order CT A/P "with and without" unless truly needed (renal
    mass, adrenal protocol). Single-phase is fine for most indications.
 4. CTA chest: we'll use the 50 mL bolus-tracking protocol.

We'll update weekly. Thanks for helping.

Imaging Services Leadership
""")

add('clean', 'staff', '',
    'Infection Prevention <infectionprevention@%s>' % H, '5 East Nursing <5east-staff@%s>' % H,
    'C. diff on 5E - huddle tomorrow 0715',
    """Hi 5E,

We've had two hospital-onset C. diff cases on 5 East in the past 12 days, which
meets our cluster threshold. Nothing to panic about, but we need to tighten up:

 - Soap and water (not foam) after every contact-plus room
 - Bleach wipes for all shared equipment (commodes, vitals machines, bladder scanner)
 - Dedicated stethoscopes in isolation rooms
 - EVS will do UV disinfection on discharge of any contact-plus room

We'll do a 10-minute huddle at 0715 and 1915 tomorrow. Pizza at the night one.

Ruth Okeke, MPH, CIC
""")

# =====================================================================
# CLEAN: training
# =====================================================================
add('clean', 'training', '',
    'Clinical Informatics Education <ci-education@%s>' % H, 'New Hire RNs <newhire-rn@%s>' % H,
    'Epic class tomorrow - login info for the TRAINING environment',
    """Hi all,

For tomorrow's inpatient documentation class (0800-1600, IS Training Room 2):

Environment: TRN (do NOT log into PRD)
Username: your network ID + "TRN" (e.g. jdoeTRN), password Welcome2025!

Your practice patients are already assigned:
  ZZTEST, MICKEY      MRN 999000101  DOB 01/01/1950  "CHF exacerbation"
  ZZTEST, MINNIE      MRN 999000102  DOB 02/02/1960  "post-op day 1 lap appy"
  ZZTEST, DONALD      MRN 999000103  DOB 03/03/1970  "sepsis, r/o PNA"

These are fictional training patients. Please don't chart real patient info in
the training environment.

Bring your badge. Lunch is provided.

Alicia Brandvold, RN-BC
Clinical Informatics Educator
""")

add('clean', 'training', '',
    'Sarah Pemberton <spemberton@infusenseclinical.com>', 'Biomed & Pharmacy <pumpproject@%s>' % H,
    'Demo recording + sample drug library report',
    """Thanks for joining the InfuSense demo this morning!

Recording: https://infusenseclinical.com/demo/rec/bgh-20251014
Attached below is the sample Continuous Quality Improvement report from our DEMO
server. All patient names are fictitious (John Doe / Jane Doe series).

  Device   Pt (demo)   Drug            Limit type   Event
  IS-0041  DOE, JOHN   heparin 25000u  hard max     override blocked
  IS-0057  DOE, JANE   insulin regular soft max     rate accepted after alert
  IS-0063  DOE, JOHN2  vancomycin 1.5g soft min     reprogrammed

Next step is your drug library build workshop, tentatively 11/4. I'll send an
invite.

Sarah Pemberton, PharmD
Clinical Consultant, InfuSense
""")

add('clean', 'training', '',
    'Interface Team <interfaces@%s>' % H, 'LIS Team <lis@%s>' % H,
    'test message for the new ED order interface - please confirm receipt',
    """Sending a test ORM through the TEST channel (port 6671). Please confirm your
side ack'd it. It's the standard test patient, nothing real.

MSH|^~\\&|EPIC|BGH|SUNQUEST|BGHLAB|20251014101500||ORM^O01|TEST0001|T|2.3
PID|1||TEST0001^^^BGH^MR||TEST^PATIENT^ONE||19000101|U|||123 TEST ST^^TESTVILLE^OH^00000
PV1|1|E|EDTEST^T1
ORC|NW|TESTORD1
OBR|1|TESTORD1||CBC^Complete blood count

Processing ID is T so it won't file to any chart.

Chris Albrecht
Integration Analyst
""")

add('clean', 'training', '',
    'Simulation Center <simcenter@%s>' % H, 'ED Nursing <ed-staff@%s>' % H,
    'Mock code Thursday - scenario packet',
    """ED team,

Mock code this Thursday 10/16 at 1400 in trauma bay 2 (unannounced to the rest
of the department, so keep it quiet!).

Scenario: "Stan" (our SimMan 3G) -- 58 yo male, chest pain x 1 hr, walks in,
arrests in triage -> VF -> shock x2 -> ROSC after amio. Learners should call
STEMI alert and activate cath lab (we've warned the cath lab it's a drill).

Debrief 1430 in the staff lounge. Objectives and the vitals timeline are on the
sim shared drive.

Jared Kowal, BSN, RN, CHSE
Simulation Educator
""", cte='quoted-printable')

add('clean', 'training', '',
    'HIM Education <him-education@%s>' % H, 'Coding Team <coding@%s>' % H,
    'coding refresher - sample record exercise',
    """Coders,

For Friday's refresher, please review the sample record below and assign codes
before the session. This is a SAMPLE record built for training; the patient is
fictional.

  SAMPLE RECORD -- FOR TRAINING ONLY
  Name: Jane Sample          DOB: 01/01/1900       MRN: SAMPLE-0001
  Admit: 01/01/2025          Discharge: 01/04/2025
  Principal: acute on chronic systolic heart failure
  Secondary: CKD stage 3a, type 2 DM with hyperglycemia, long-term insulin use
  Procedures: none

Hint: watch the combination codes and the sequencing of the CKD.

Priya Natarajan, RHIA, CCS
Coding Education Coordinator
""")

add('clean', 'training', '',
    'Nursing Education <nursing-education@%s>' % H, 'Night Shift Educators <night-educators@%s>' % H,
    'BCMA competency - test wristbands are in the pyxis bins',
    """Hi night educators,

For the barcode med admin competency this week, the test wristbands and test
meds are in the gray bins on each unit labeled TRAINING ONLY. Test patients:

  ZZZTRAIN, ALPHA   MRN 999888001
  ZZZTRAIN, BETA    MRN 999888002   (has the allergy-alert scenario - PCN)
  ZZZTRAIN, GAMMA   MRN 999888003   (wrong-patient scan scenario)

Please don't let the test wristbands leave the bin -- last year one ended up on a
real med cart and scared the daylights out of pharmacy.

Checklist is attached to the LMS module BCMA-2025.

Thanks,
Hollis Reyes, MSN, RN
Clinical Nurse Educator
""")


# =====================================================================
# build
# =====================================================================
def build(i, m):
    msg = EmailMessage()
    msg['From'] = m['frm']
    msg['To'] = m['to']
    if m['cc']:
        msg['Cc'] = m['cc']
    msg['Subject'] = m['subject']
    if m['date']:
        msg['Date'] = m['date']
    else:
        hh = random.randint(6, 18)
        mm = random.randint(0, 59)
        ss = random.randint(0, 59)
        msg['Date'] = 'Tue, 14 Oct 2025 %02d:%02d:%02d -0400' % (hh, mm, ss)
    dom = m['frm'].split('@')[-1].rstrip('>').strip()
    msg['Message-ID'] = '<%08x.%d.%d@%s>' % (random.getrandbits(32), SEED, i, dom)
    msg['MIME-Version'] = '1.0'
    for k, v in m['headers'].items():
        msg[k] = v
    cte = m['cte']
    if not cte and m['body'].isascii() and max(
            len(l) for l in m['body'].splitlines()) <= 200:
        cte = '7bit'
    if cte:
        msg.set_content(m['body'], cte=cte)
    else:
        msg.set_content(m['body'])
    if m['html']:
        msg.add_alternative(m['html'], subtype='html')
    for data, maintype, subtype, fname in m['atts']:
        if isinstance(data, str):
            msg.add_attachment(data, subtype=subtype, filename=fname)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype,
                               filename=fname)
    j = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (i, j))
            j += 1
    return msg


def main():
    rows = [['file', 'label', 'kind', 'patient_name']]
    for i, m in enumerate(MSGS, 1):
        key = (m['label'], m['kind'])
        COUNT[key] = COUNT.get(key, 0) + 1
        fname = '%s-%s-%03d.eml' % (m['label'], m['kind'], COUNT[key])
        msg = build(i, m)
        with open(os.path.join(OUT, fname), 'wb') as f:
            f.write(msg.as_bytes(policy=email.policy.SMTP))
        rows.append([fname, m['label'], m['kind'],
                     m['patient'] if m['label'] == 'phi' else ''])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='',
              encoding='utf-8') as f:
        csv.writer(f, lineterminator='\n').writerows(rows)
    for k in sorted(COUNT):
        print('%s-%s: %d' % (k[0], k[1], COUNT[k]))
    print('total:', sum(COUNT.values()))


if __name__ == '__main__':
    main()
