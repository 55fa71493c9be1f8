#!/usr/bin/env python3
"""Blind evaluation mail set: university student health & counselling centre.
Deterministic; standard library only.  Usage: python3 gen.py OUTDIR"""
import csv, hashlib, io, os, random, sys, zipfile
import email.policy
from email.message import EmailMessage
from datetime import datetime, timezone, timedelta

SEED = 4102
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

MSGS = []
COUNT = {}


def d(y, mo, da, h, mi, tz=-4):
    dt = datetime(y, mo, da, h, mi, random.randint(0, 59), tzinfo=timezone(timedelta(hours=tz)))
    return email.utils.format_datetime(dt)

import email.utils


def add(label, kind, frm, to, subj, date, body, patient='', cc=None, html=None,
        atts=(), cte=None, html_cte=None, extra=None):
    MSGS.append(dict(label=label, kind=kind, frm=frm, to=to, subj=subj, date=date,
                     body=body, patient=patient, cc=cc, html=html, atts=atts, cte=cte,
                     html_cte=html_cte, extra=extra or {}))


def zip_bytes(files, when=(2024, 11, 1, 8, 30, 0)):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as zf:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zf.writestr(zi, data)
    return bio.getvalue()


def xlsx_bytes(rows, sheet='Sheet1'):
    from xml.sax.saxutils import escape
    def col(i):
        s = ''
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    srows = []
    for ri, row in enumerate(rows, 1):
        cells = ''.join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (col(ci), ri, escape(str(v)))
                        for ci, v in enumerate(row))
        srows.append('<row r="%d">%s</row>' % (ri, cells))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % ''.join(srows))
    files = [
        ('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
        ('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % sheet),
        ('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
        ('xl/worksheets/sheet1.xml', sheet_xml),
    ]
    return zip_bytes(files)


def csv_text(rows):
    bio = io.StringIO()
    w = csv.writer(bio, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return bio.getvalue()


SHC_DISCLAIMER = """
CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is intended only for
the named recipient(s) and may contain information that is privileged, confidential
or protected by law. If you are not the intended recipient, please notify the sender
and delete this message. Wexley Student Health & Counselling Centre, Northbrook State University."""

# =====================================================================
# PHI: care
# =====================================================================
add('phi', 'care', 'Brett Kalani <bkalani@athletics.nbsu.edu>',
    'Ingrid Solberg <isolberg@athletics.nbsu.edu>', 'Kofi - ankle',
    d(2024, 10, 17, 7, 52),
    """Doc,

Kofi Mensah-Boateng (MSOC #14) rolled his L ankle in the 2nd half vs. Carver
yesterday. swelling over the lateral side, couldn't bear weight on the sideline.
Sent him over to Lakeshore Imaging first thing this morning for 3 views - prelim
read is no fx, but they want a stress view if he's still tender at 7 days.

For now: boot, crutches, ice/compression, no practice. I've got him in the AT
room daily at 2:30 for rehab. He's already asking about Saturday, I told him
that's your call not mine.

Can you see him at Thursday clinic?

Brett

--
Brett Kalani, MS, ATC, LAT
Assistant Athletic Trainer - Men's Soccer / Men's Lacrosse
Northbrook State University Sports Medicine
o: 555-0142 x3 | c: 555-0199
""", patient='Mensah-Boateng', cc='sportsmed-staff@athletics.nbsu.edu')

add('phi', 'care', 'Chidi Okafor MD <chidi.okafor@health.nbsu.edu>',
    'Campus Pharmacy <pharmacy@health.nbsu.edu>', 'hold refill - Raghunathan',
    d(2024, 10, 9, 13, 27),
    """Helen / team -

pls hold the sertraline refill for Priya Raghunathan that auto-queued this
morning. I'm going up from 50 to 100 mg daily after we talked today, new script
will be in the EHR within the hour. she'll swing by after her 3pm lab draw.

also she mentioned you charged her for a 90 day supply last time even though
she's on the student plan -- can someone look into that?

thx
CO

--
Chidi Okafor, MD
Staff Psychiatrist, Counselling & Psychological Services (CAPS)
Wexley Student Health & Counselling Centre
""", patient='Raghunathan')

_rb_txt = """To the Student Health Center,

Your student Emily Farnsworth was seen at our Pine Street clinic on Saturday
10/12/2024 at approx. 01:40. She arrived with friends after a night out with
repeated vomiting and lightheadedness. Friends reported several drinks; no head
injury, no loss of consciousness.

Treatment: 2 L normal saline IV, ondansetron 4 mg IV. Observed 3 hours.
Discharged 05:10 to roommate, tolerating oral fluids, ambulating independently.

She was asked to follow up with her primary care provider (your clinic) within
48-72 hours. Patient consented to this summary being sent to you.

Riverbend Urgent Care - Pine Street
Phone 555-0170 | Fax 555-0177

CONFIDENTIALITY NOTICE: This message contains confidential patient information
intended only for the recipient's continuing care of the patient.
"""
_rb_html = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>To the Student Health Center,</p>
<p>Your student <b>Emily Farnsworth</b> was seen at our Pine Street clinic on Saturday 10/12/2024 at approx. 01:40.
She arrived with friends after a night out with repeated vomiting and lightheadedness. Friends reported several
drinks; no head injury, no loss of consciousness.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td><b>Treatment</b></td><td>2 L normal saline IV, ondansetron 4 mg IV</td></tr>
<tr><td><b>Observation</b></td><td>3 hours</td></tr>
<tr><td><b>Disposition</b></td><td>Discharged 05:10 to roommate, tolerating oral fluids</td></tr>
</table>
<p>She was asked to follow up with her primary care provider (your clinic) within 48-72 hours.
Patient consented to this summary being sent to you.</p>
<p style="color:#555">Riverbend Urgent Care &ndash; Pine Street<br>Phone 555-0170 | Fax 555-0177</p>
<p style="font-size:10px;color:#888">CONFIDENTIALITY NOTICE: This message contains confidential patient information
intended only for the recipient's continuing care of the patient.</p>
</body></html>"""
add('phi', 'care', 'Riverbend Urgent Care <records@riverbendurgentcare.com>',
    'shc-referrals@health.nbsu.edu', 'Visit summary - NBSU student - E. Farnsworth',
    d(2024, 10, 12, 9, 3), _rb_txt, patient='Farnsworth', html=_rb_html)

add('phi', 'care', 'Dana Whitfield <dana.whitfield@health.nbsu.edu>',
    'Marcus Ebner <marcus.ebner@health.nbsu.edu>', 'RE: Jordan W. - psych referral',
    d(2024, 10, 22, 16, 40),
    """Marcus - yes, please go ahead and book the psych intake. Saw Jordan Whitlock
again this afternoon (session 4). We went over his safety plan again - he's
agreed to give his roommate the spare key to the car and he'll call the crisis
line if things spike over the weekend. Sleep still 3-4 hrs a night. He asked for
someone before midterms are over so the 10/29 slot with Dr. O is fine.

Dana

Dana Whitfield, LCSW
Staff Counsellor | CAPS
Wexley Student Health & Counselling Centre
555-0150 x221

-----Original Message-----
From: Marcus Ebner
Sent: Tuesday, October 22, 2024 9:12 AM
To: Dana Whitfield
Subject: Jordan W. - psych referral

Hi Dana, Dr O has an opening 10/29 at 10am. Do you still want the referral for
Jordan? I'll hold it till noon tomorrow.
M
""", patient='Whitlock', extra={'In-Reply-To': '<a71c2.ebner@health.nbsu.edu>'})

add('phi', 'care', 'Renata Szabo RN <renata.szabo@health.nbsu.edu>',
    'Campus Pharmacy <pharmacy@health.nbsu.edu>', 'amox for brandt',
    d(2024, 11, 6, 11, 15, -5),
    """Throat culture on Hailey Brandt (the 2pm sore throat yesterday, Dr. Lindgren's pt) came back positive for group A strep. Dr. Lindgren OK'd amoxicillin 500 mg BID x 10 days – order is in the queue. NKDA per chart. She's picking up around 3.

Can you remind her at pickup to stay off her shift at the Harmon dining hall until she's been on the antibiotic a full 24 hrs? She works the salad bar. Thanks!!

Renata Szabo, RN, BSN
Nurse Triage – Wexley Student Health & Counselling Centre
555-0150 x204
""", patient='Brandt', cte='quoted-printable')

add('phi', 'care', 'St. Aldric Care Coordination <carecoord@staldric.org>',
    'Student Health Nurse Line <nurseline@health.nbsu.edu>', 'Admission notification',
    d(2024, 11, 3, 14, 22, -5),
    """Good afternoon,

This is to let you know that Marcus Delacroix-Reyes, who listed Wexley Student
Health as his primary care, came to our ED on 11/02 with right lower quadrant
pain and was taken to the OR that night for a laparoscopic appendectomy.
Uncomplicated. He's on 4 West now, expected discharge tomorrow morning on oral
pain medication.

Surgical follow-up in 2 weeks with Dr. Ambrose's office; the wound check could
be done at your clinic at 7-10 days if that's easier for him.

He asked us to "let the school know" he'll miss class this week - we've told
him that goes through the Dean of Students, not us.

Regards,

Theresa Gwynn, RN
Care Coordination / Transitions of Care
St. Aldric Regional Medical Center
555-0123 ext 4410

This e-mail and any attachments may contain confidential information protected
by state and federal law. If you received it in error, notify the sender and
destroy all copies.
""", patient='Delacroix-Reyes')

add('phi', 'care', 'Ana Lucia Prado NP <aprado@health.nbsu.edu>',
    'Renata Szabo <renata.szabo@health.nbsu.edu>', 'travel clinic f/u',
    d(2024, 12, 2, 15, 48, -5),
    """Hi R,

Yuki Tanabe came in today for her pre-departure visit (spring semester in Accra,
leaves Jan 6). Done today: Hep A #1, typhoid (inj), flu shot. Malaria ppx - rx
for atovaquone/proguanil sent to campus pharmacy, start 2 days before travel,
continue 7 days after.

She still needs yellow fever, we don't stock it - gave her the county travel
clinic info. Could you call her in ~2 wks and make sure she got YF + the yellow
card? She'll need Hep A #2 in 6 mo, she'll be abroad, so flag it for when she's
back.

thanks
Ana Lucia

Ana Lucia Prado, MSN, FNP-BC
Nurse Practitioner, Primary Care & Travel Health
""", patient='Tanabe')

add('phi', 'care', 'Lauren Pike <lpike@athletics.nbsu.edu>',
    'Ingrid Solberg <isolberg@athletics.nbsu.edu>', "RTP update - O'Rourke",
    d(2024, 10, 18, 17, 5),
    """Dr. S / Coach,

Quick update on Sadie O'Rourke (WSOC). Completed stage 3 today (moderate
aerobic - 20 min bike + light jog) with no symptom provocation, symptom score
2 -> 1. Still limiting screen time, and her academic accommodations letter
went through Accessibility for this week. Repeat ImPACT is Monday 8am in the
AT room. If she's back at baseline we'll go to non-contact drills Tuesday.

Coach - she cannot do any heading until Dr. Solberg clears her, so please keep
her out of the crossing drill.

Lauren

Lauren Pike, MS, ATC
Head Athletic Trainer - Olympic Sports
Northbrook State Sports Medicine | 555-0142 x1
""", patient="O'Rourke", cc='Coach Ellen Marsh <emarsh@athletics.nbsu.edu>')

# =====================================================================
# PHI: names
# =====================================================================
add('phi', 'names', 'Renata Szabo <renata.szabo@health.nbsu.edu>',
    'nurseline-team@health.nbsu.edu', 'Nguyen Thi Mai Anh - MMR titer',
    d(2024, 11, 12, 10, 2, -5),
    """result came back - no immunity to measles or mumps. she needs MMR #1 before
spring reg or the hold stays on. can someone call her today, she doesn't check
her student email much. cell is in the chart.

thx
R
""", patient='Nguyen Thi Mai Anh')

add('phi', 'names', 'Helen Marsh <hmarsh@health.nbsu.edu>',
    'Erik Lindgren MD <elindgren@health.nbsu.edu>', 'insulin pens / student plan',
    d(2024, 10, 24, 16, 31),
    """Dr. Lindgren,

Mr. Oyelaran came by the pharmacy again this afternoon about his insulin pens.
Keystone is still rejecting the Humalog KwikPen (non-formulary, they want
Admelog instead) and he's down to about 3 days. I gave him one pen from our
emergency stock so he isn't without.

Could you either send a new rx for the formulary alternative or start the PA?
I'd rather not switch him mid-semester without you looking at his numbers - he
mentioned his sugars have been running in the 250s since he moved into the
dorm.

Thanks,
Helen

Helen Marsh, PharmD
Pharmacist-in-Charge, Campus Pharmacy
Wexley Student Health & Counselling Centre
""" + SHC_DISCLAIMER, patient='Oyelaran')

add('phi', 'names', 'Cedar Hollow Orthopaedics <scheduling@cedarhollowortho.com>',
    'referrals@health.nbsu.edu', 'RE: Szymańska, Agnieszka — referral received',
    d(2024, 11, 5, 8, 44, -5),
    """Hi,

Referral rec'd for Szymańska, Agnieszka. She is scheduled with Dr. Petrov on
11/14 at 9:20 for the R knee (ACL reconstruction consult). Please have her
bring her MRI disc from Lakeshore, our system still can't pull their images.

Kindly,
Jolene
Patient Access Coordinator
Cedar Hollow Orthopaedics & Sports Medicine
P: 555-0133  F: 555-0134

> From: referrals@health.nbsu.edu
> Sent: Monday, November 4, 2024 2:14 PM
> To: scheduling@cedarhollowortho.com
> Subject: referral
>
> Please see referral for our student (club volleyball), R knee instability
> after a landing injury 10/20, MRI c/w complete ACL tear. Thank you.
""", patient='Szymańska')

add('phi', 'names', 'Dana Whitfield <dana.whitfield@health.nbsu.edu>',
    'Sam Oduya <sam.oduya@health.nbsu.edu>', 'can you cover 2pm thurs?',
    d(2024, 11, 19, 12, 10, -5),
    """Sam -- any chance you could take my 2pm Thursday? The DSO meeting moved on me.

It's Tariq, the engineering PhD student with the panic attacks I brought to case
consult. We've been doing interoceptive exposure and he's doing a lot better but
I don't want him going 2 weeks without a session right before his qualifying
exam. He said he's fine seeing someone else once. Notes from the last 3
sessions are in Titanium.

Thanks!!
D
""", patient='Tariq')

add('phi', 'names', 'Erik Lindgren <elindgren@health.nbsu.edu>',
    'SHC Lab <lab@health.nbsu.edu>', 'add-on?',
    d(2024, 10, 30, 10, 55),
    """Can you add a TSH and ferritin to Juan Carlos de la Fuente's draw from this
morning if there's enough left in the tube? He's been exhausted for 3 weeks and
I forgot to check the boxes. If not enough, I'll have him come back, he lives
in Brandt Hall across the street.

-- E. Lindgren
""", patient='de la Fuente')

add('phi', 'names', 'Meera Pillai <mpillai@nbsu.edu>',
    'SHC Medical Records <records@health.nbsu.edu>',
    'Mr Al-Qahtani - reduced course load (medical)',
    d(2024, 11, 20, 9, 37, -5),
    """Hello,

Abdulrahman Al-Qahtani (F-1, Mechanical Engineering) has applied for a Reduced
Course Load for medical reasons for the spring term. For SEVIS I need a letter
from a licensed physician. He tells me Dr. Lindgren has been managing his heart
rhythm problem since his ER visit in September and that he is waiting for an
ablation procedure at St. Aldric in January.

Could the clinic send the RCL letter directly to me rather than through the
student? It needs to state the condition requires a reduced load and for which
term. I need it by December 2 to get it into SEVIS before the break.

Many thanks,

Meera Pillai
International Student & Scholar Advisor
Office of International Students & Scholars | Northbrook State University
555-0190 | she/her
""", patient='Al-Qahtani', cte='quoted-printable')

add('phi', 'names', 'Renata Szabo <renata.szabo@health.nbsu.edu>',
    'Gregory Hollis <ghollis@nbsu.edu>', 'RE: Shreya V. - absences in CHEM 341',
    d(2024, 10, 9, 8, 20),
    """Dr. Hollis,

Yes, she was seen here on 9/30 and again on 10/7. She has mono and was told to
rest at least two weeks and stay out of lab until her spleen is no longer
enlarged. She should be able to come back around 10/21. Please work with her on
the missed labs.

Renata Szabo, RN
Nurse Triage

-----Original Message-----
From: Gregory Hollis <ghollis@nbsu.edu>
Sent: Tuesday, October 8, 2024 4:51 PM
To: Student Health Nurse Line <nurseline@health.nbsu.edu>
Subject: Shreya V. - absences in CHEM 341

Hello,

I have a student, Venkataramanan, Shreya (ID 900512264) who has missed 4 lab
sessions and says she's been sick. Can your office confirm she has been seen?
I need something for the lab safety records.

Greg Hollis
Associate Professor, Chemistry
Northbrook State University
""", patient='Venkataramanan')

add('phi', 'names', 'CallPath Voicemail <voicemail@health.nbsu.edu>',
    'nurseline@health.nbsu.edu', 'New voicemail from (555) 014-3392 - 0:48',
    d(2024, 11, 13, 7, 43, -5),
    """You received a new voicemail.

From:      (555) 014-3392
Received:  Wed 11/13/2024 7:42 AM
Duration:  0:48
Mailbox:   4201 (Nurse Line)

Transcription (automatic, may contain errors):
"Hi this is Ngozi Okwuosa um I'm a student, I had the um the mole taken off my
back last week by doctor Lindgren and they said the biopsy would take like 7 to
10 days and it's been 12 so I'm just calling to see um if it came back. You can
call me back at this number. Thank you. Bye."

--
Voicemail transcription by CallPath Unified Messaging. Reply to this message to
forward the audio.
""", patient='Okwuosa')
# =====================================================================
# PHI: self
# =====================================================================
add('phi', 'self', 'Lucas Ferreira Alves <lucas.falves@student.nbsu.edu>',
    'CAPS <caps@health.nbsu.edu>', 'change appointment time + side effect question',
    d(2024, 10, 16, 22, 48),
    """Hello,

My name is Lucas Ferreira Alves, I had my intake with Dana on Oct 3 and I've been
coming wednesdays at 11. My lab schedule changed so now I can only come after
4pm, is that possible? Same counsellor if possible.

Also Dr. Okafor started me on fluoxetine 10mg two weeks ago and I feel nauseous
most mornings and I'm not sleeping well. Is that normal or should I stop? I
didn't want to stop without asking first.

Thank you,
Lucas
""", patient='Ferreira Alves')

_grace = """Hello,

My daughter Grace Whitaker-Lowe (DOB 05/22/2005) was seen at your clinic this past
Tuesday for a UTI and was given an antibiotic (nitrofurantoin I think?). She called
me last night with a fever of 101.8 and pain in her side/lower back. I'm six hours
away and I'm worried this has turned into a kidney infection. She says she's "fine"
but she isn't.

Can someone please check on her or get her in today? Her cell is 555-0161.

I know she's 19 and you may not be able to tell me anything, I just want to make
sure someone sees her.

Thank you,
Deborah Whitaker-Lowe
"""
add('phi', 'self', 'Deborah Whitaker-Lowe <deb.whitakerlowe@outlook.com>',
    'nurseline@health.nbsu.edu', "my daughter's visit Tuesday",
    d(2024, 10, 25, 6, 58), _grace, patient='Whitaker-Lowe',
    html='<div dir="ltr">' + _grace.replace('&', '&amp;').replace('\n\n', '</div><div><br></div><div>').replace('\n', ' ') + '</div>')

add('phi', 'self', 'ava pratt <avapratt03@gmail.com>',
    'pharmacy@health.nbsu.edu', 'refill pickup',
    d(2024, 11, 7, 9, 12, -5),
    """hi! its ava pratt, I think I have a refill of my birth control (sprintec) ready? can
i pick it up thurs instead of today, I have an exam. also my insurance changed
to my moms new plan (bluewater health?? i'll bring the card). thank u!!

sent from my iphone
""", patient='Pratt')

add('phi', 'self', 'Tomasz Wiśniewski <twisniewski@student.nbsu.edu>',
    'Lauren Pike <lpike@athletics.nbsu.edu>', 'shoulder still clicking',
    d(2024, 10, 14, 21, 3),
    """Hi Lauren,

Coach Darby told me to email you. I'm Tomasz Wiśniewski, men's rowing (2 seat,
varsity 8). My right shoulder is still clicking and hurting on the catch since
the cortisone shot Dr. Solberg gave me on 10/1. it was better for like 10 days
and now its back to the same. I did all the band exercises from the sheet.

Should I keep erging or sit out? We have Head of the Marlowe on the 26th.

Tomasz
""", patient='Wiśniewski')

add('phi', 'self', 'Mariam Haddad <mariam.haddad@student.nbsu.edu>',
    'SHC Medical Records <records@health.nbsu.edu>', 'records request - transferring',
    d(2024, 11, 26, 13, 19, -5),
    """Dear Medical Records,

I'm transferring to another university in January and they need my immunization
records and my TB test result. My details:

Name: Mariam Haddad
DOB: 12 Feb 2003
Student ID: 900441827

I had the TB blood test (QuantiFERON) in August 2023 at your clinic and it was
negative. I also got my 2nd Hep B and the meningitis B here last spring.

Please send to: Health Services, Easton Valley University, fax 555-0188, or just
email them back to me.

Thank you,
Mariam Haddad
""", patient='Haddad')

_dc = """ST. ALDRIC REGIONAL MEDICAL CENTER - EMERGENCY DEPARTMENT
DISCHARGE INSTRUCTIONS

Patient: CALLAGHAN, RHYS T          DOB: 02/17/2004
MRN: SA-4471902                     Visit: 10/20/2024 23:08 - 10/21/2024 05:56
Attending: M. Osei, MD

Diagnosis: Left ureteral stone (4 mm, distal)
Studies: CT abdomen/pelvis without contrast; urinalysis

Medications:
  - Tamsulosin 0.4 mg by mouth once daily x 14 days
  - Ketorolac 10 mg by mouth every 6 hours as needed for pain (max 5 days)
  - Ondansetron 4 mg ODT every 8 hours as needed for nausea

Instructions: Drink plenty of fluids. Strain urine. Rest 48 hours.
Return to ED for fever > 100.4, uncontrolled pain or vomiting.
Follow up with primary care (NBSU Student Health) in 3-5 days.
"""
add('phi', 'self', 'Rhys Callaghan <rcallaghan@student.nbsu.edu>',
    'Prof. Anneliese Lindqvist <alindqvist@nbsu.edu>', 'missed midterm ECON 210 - ER visit',
    d(2024, 10, 21, 10, 34),
    """Professor Lindqvist,

I'm really sorry I missed the midterm this morning. I was in the St. Aldric ER from
about 11pm Sunday until 6am with a kidney stone - they did a CT and gave me pain
meds and tamsulosin and told me to rest for 48 hours. I've attached the discharge
instructions as proof. I can take a make-up whenever works for you.

Thank you for understanding,
Rhys Callaghan
ECON 210 section 3
""", patient='Callaghan', cc='Dean of Students <deanofstudents@nbsu.edu>',
    atts=[('discharge_instructions.txt', 'text', 'plain', _dc)])

add('phi', 'self', 'Beatriz Solano <bsolano@student.nbsu.edu>',
    'Kim Arceneaux <karceneaux@health.nbsu.edu>', 'thurs?',
    d(2024, 11, 4, 23, 51, -5),
    """hi kim, can we move my weigh-in + meal plan check to thurs 10am? I have an exam
fri morning. I did 3/3 snacks every day this week except sunday

bea
""", patient='Solano')

# =====================================================================
# PHI: ids
# =====================================================================
add('phi', 'ids', 'Rosa Quintanilla <rquintanilla@health.nbsu.edu>',
    'Keystone Provider Services <providers@keystonecollegiate.com>',
    'Claim denial - PT visits - please reprocess',
    d(2024, 10, 28, 11, 2),
    """Hi,

Following up on claim denials for physical therapy (97110 / 97140) for dates
of service 9/9, 9/16 and 9/23/2024.

Member: Liang Wei
Member ID: KCH-447120983
DOB: 3.4.02
Group: NBSU-STU-2425

The denial says "no referral on file" but Dr. Solberg's referral was faxed on
9/3 (we have the confirmation). Please reprocess, or let me know what else you
need from us.

Rosa Quintanilla
Billing Specialist | Wexley Student Health & Counselling Centre
555-0148 | fax 555-0149
""", patient='Liang Wei')

add('phi', 'ids', 'SHC Lab <lab@health.nbsu.edu>',
    'Erik Lindgren <elindgren@health.nbsu.edu>', 'call back',
    d(2024, 11, 8, 15, 30, -5),
    """MRN 0078812 / acc 24-SH-018834 - RPR reactive, titer 1:32. HIV 4th gen
nonreactive. you wanted to know right away. pt asked to be called not emailed:
555-014-2290, ok to leave msg "call the health centre" only, nothing else.

-tk
""", patient='')

add('phi', 'ids', 'Easton Valley Health Services <healthrecords@eastonvalley.edu>',
    'records@health.nbsu.edu', 'Records request - incoming transfer',
    d(2024, 12, 3, 9, 5, -5),
    """Good morning,

We are requesting the immunization history for an incoming transfer student:

  BEAULIEU, CAMILLE ANNE
  DOB 20040917
  Your chart# SH-22914 (per student)

Specifically we need her Tdap date and varicella titer result. Release signed by
the student is on file with us; we can fax it to you if needed.

Thank you,
Marguerite Oyelowo
Health Records Coordinator
Easton Valley University Health Services
""", patient='Beaulieu')

add('phi', 'ids', 'Erik Lindgren MD <elindgren@health.nbsu.edu>',
    'St. Aldric Sleep Center <sleepcenter@staldric.org>', 'sleep study referral',
    d(2024, 11, 14, 16, 12, -5),
    """Referral - polysomnography

Pt: Reuben Castellano-Ortiz
DOB: 4 Mar 2003
Address: 1142 W Alder St, Apt 3B, Northbrook OH 43999
Phone: 555-0166
Insurance: Keystone Collegiate, ID KCH-510877342

Reason: loud snoring, witnessed apneas per roommate, daytime sleepiness (Epworth
16), fell asleep at the wheel once last month. BMI 34. Please schedule ASAP -
I've advised him not to drive until evaluated.

Erik Lindgren, MD
Medical Director, Wexley Student Health & Counselling Centre
NPI 1649305512 | ph 555-0150 | fax 555-0151
""", patient='Castellano-Ortiz')

add('phi', 'ids', 'Campus Pharmacy <pharmacy@health.nbsu.edu>',
    'Chidi Okafor MD <chidi.okafor@health.nbsu.edu>', 'PA needed - Rx #6618302',
    d(2024, 11, 18, 10, 41, -5),
    """Rx #6618302 / Adderall XR 20 mg #30 / pt: K. Asante
Rejected by Keystone - PA required (step therapy, wants a methylphenidate trial
first). Acct 00419-22. Pt phone on file (555) 014-2277. He runs out tomorrow.

do you want to do the PA or switch him?

- Jamal, CPhT
Campus Pharmacy
""", patient='Asante')

add('phi', 'ids', 'Meera Pillai <mpillai@nbsu.edu>',
    'Renata Szabo <renata.szabo@health.nbsu.edu>', 'TB clearance - SEVIS N0031245678',
    d(2024, 11, 21, 14, 2, -5),
    """Hi Renata,

Checking on TB clearance for Farhan Siddiqui - SEVIS ID N0031245678, NBSU ID
900-61-4471. The compliance hold is blocking his spring registration. He told me
his IGRA came back positive and that he had a chest x-ray at Lakeshore on 11/8.
Is he cleared, or does he still need to start the preventive treatment first? I
don't need details, just yes/no on the hold.

Thanks,
Meera
""", patient='Siddiqui')

add('phi', 'ids', 'SHC Patient Accounts <billing@health.nbsu.edu>',
    'jlaurent4@student.nbsu.edu', 'Statement - Account 7700-1452-09',
    d(2024, 11, 1, 8, 0),
    """Hello J. Laurent,

This is a courtesy statement for account 7700-1452-09 (DOB on file: Sept 9, 2004).

Date        Service                                        Amount
09/30/2024  Laceration repair, simple, 2.5 cm (12002)     $185.00
09/30/2024  Tdap vaccine + administration                   $62.00
10/08/2024  Suture removal / wound check                     $0.00
            Insurance paid (Keystone Collegiate)          -$198.40
            ---------------------------------------------------------
            Balance due                                     $48.60

Pay online through the patient portal or at the front desk. Questions: 555-0148.

Wexley Student Health & Counselling Centre - Patient Accounts
""", patient='Laurent')

add('phi', 'ids', 'Lakeshore Diagnostics Results <results@lakeshoreimaging.net>',
    'lab@health.nbsu.edu', 'Result report 24-L-88213',
    d(2024, 10, 28, 14, 47),
    """LAKESHORE DIAGNOSTIC LABORATORY - RESULT REPORT
-------------------------------------------------------------
Patient: HOLLOWAY, DEREK J        Sex: M     DOB: 11/07/2001
MRN: 00231877    Acct: L-88213    Collected: 10/28/2024 08:14
Ordering: LINDGREN, ERIK MD - NBSU Student Health
-------------------------------------------------------------
TEST                      RESULT     FLAG   REF
Heterophile Ab (Mono)     POSITIVE    A     Negative
WBC                       11.8        H     4.0-10.5 K/uL
Lymphocytes               58          H     20-45 %
Atypical lymphs           present
ALT                       88          H     7-52 U/L
AST                       61          H     13-39 U/L
-------------------------------------------------------------
Report faxed to 555-0151. Page 1 of 1.
""", patient='Holloway', cte='base64')
# =====================================================================
# PHI: lists
# =====================================================================
add('phi', 'lists', 'Lauren Pike <lpike@athletics.nbsu.edu>',
    'sportsmed-staff@athletics.nbsu.edu', 'Daily injury report 10/17',
    d(2024, 10, 17, 18, 20),
    "Injury report for today. Coaches get the status column only, not the notes.\n\n"
    "Name\tSport\tInjury\tStatus\tNotes\n"
    "Kofi Mensah-Boateng\tMSOC\tL ankle sprain gr II\tOUT\tboot, Dr S Thu\n"
    "Sadie O'Rourke\tWSOC\tconcussion\tOUT\tRTP stage 3, ImPACT Mon\n"
    "Dénes Horváth\tMTEN\tR wrist ECU tendinopathy\tLIMITED\tno serves, splint\n"
    "Aaliyah Brooks\tWBB\tL hamstring strain\tLIMITED\tno sprints x1wk\n"
    "Tomasz Wiśniewski\tMROW\tR shoulder impingement\tFULL\ts/p steroid inj 10/1, monitor\n"
    "Siosaia Fifita\tFB\tR MCL sprain\tOUT\tbrace, MRI Fri Lakeshore\n"
    "\n-LP\n", patient='Mensah-Boateng')

add('phi', 'lists', 'Marcus Ebner <marcus.ebner@health.nbsu.edu>',
    'caps-clinical@health.nbsu.edu', 'Monday huddle - watch list 11/18',
    d(2024, 11, 18, 7, 45, -5),
    """Huddle list for this morning (please don't fwd outside CAPS)

* J. Whitlock - passive SI last wk, psych intake done 10/29, now on sertraline;
  checks in with Dana Tues
* Kenji Morimoto - inpatient at St. Aldric behavioral 11/12-11/15, discharged
  Fri; needs f/u within 72h -> on Sam's schedule today 1pm
* Brianna Tull - ED, weight down again per Kim; dietitian + PCP, discussing
  higher level of care, parents aware (she signed ROI)
* "Alex" R. (Alejandro Ruiz) - no-show x2, welfare check via RA on Fri, he's ok,
  rescheduled Wed
* Hana Petrović - medical leave paperwork pending, Dean's office signed off

Marcus Ebner, MSW
Case Manager, CAPS
""", patient='Morimoto')

_imm = csv_text([
    ['student_id', 'last_name', 'first_name', 'dob', 'missing_requirement', 'notes'],
    ['900518822', 'Abubakar', 'Hauwa', '2005-01-30', 'MMR x2', 'titer neg 10/2, MMR #1 given 10/9'],
    ['900520417', 'Kowalczyk', 'Dawid', '2004-07-11', 'Meningococcal ACWY', 'booster after 16 not documented'],
    ['900521090', 'Nguyen', 'Thi Mai Anh', '2005-03-02', 'MMR x2', 'titer neg measles+mumps 11/12'],
    ['900522378', 'Siddiqui', 'Farhan', '2002-09-14', 'TB clearance', 'IGRA pos, CXR 11/8 neg, LTBI tx pending'],
    ['900523145', 'Okonkwo', 'Chiamaka', '2005-12-01', 'Hep B series', 'dose 2 of 3 due 12/1'],
    ['900524602', 'Ibarra-Mora', 'Sebastián', '2004-05-27', 'Tdap', 'last Td 2013'],
    ['900525519', 'Lefèvre', 'Zoë', '2005-08-19', 'Varicella', 'hx of disease, needs titer'],
])
add('phi', 'lists', 'Renata Szabo <renata.szabo@health.nbsu.edu>',
    'Registrar Compliance <reg-holds@nbsu.edu>', 'immunization holds - spring 25',
    d(2024, 11, 22, 11, 30, -5),
    """Hi Courtney,

Attached is the current list of students who still have an immunization hold for
spring. Please keep the hold on for all of these until I send an update. A few
are in progress (see notes col).

Renata
""", patient='Abubakar', atts=[('spring25_imm_holds.csv', 'text', 'csv', _imm)])

add('phi', 'lists', 'Priscilla Nakamura NP <pnakamura@health.nbsu.edu>',
    'shc-clinicians@health.nbsu.edu', 'weekend on-call sign-out 11/9-11/10',
    d(2024, 11, 11, 7, 10, -5),
    """weekend calls, fyi for mon am. everyone needs a f/u call today.

DAY  TIME  STUDENT              REASON                            DISPO
---  ----  -------------------  --------------------------------  ---------------------------
Sat  0215  Patel, Rohan         fever 103, sore throat, drooling  sent to St Aldric ED (PTA?)
Sat  1130  Chen, Olivia         missed 2 doses lamotrigine        restart full dose, f/u Mon
Sun  0340  Mbeki, Thandiwe      sexual assault, wants exam        SANE at St Aldric, advocate paged
Sun  1415  Lefèvre, Zoë         UTI sx, on OCP, no fever          nitrofurantoin called in
Sun  2210  Kowalczyk, Dawid     ankle inj intramural football     RICE/ACE, clinic 9am Mon

Patel was admitted for peritonsillar abscess drainage per ED, call St. Aldric
4W for update. Thandiwe asked for CAPS contact, pls have Marcus reach out.

Priscilla Nakamura, DNP, FNP-C
""", patient='Patel')

_cii = csv_text([
    ['rx_no', 'fill_date', 'patient', 'dob', 'drug', 'qty', 'days', 'prescriber'],
    ['6617720', '2024-10-01', 'ASANTE, KWAME', '2003-04-22', 'AMPHETAMINE ER 20MG CAP', '30', '30', 'OKAFOR'],
    ['6617744', '2024-10-02', 'BRANDT, HAILEY', '2005-06-09', 'METHYLPHENIDATE ER 36MG TAB', '30', '30', 'OKAFOR'],
    ['6617801', '2024-10-04', 'RUIZ, ALEJANDRO', '2004-02-17', 'LISDEXAMFETAMINE 40MG CAP', '30', '30', 'NAKAMURA'],
    ['6617958', '2024-10-09', 'TULL, BRIANNA', '2004-11-30', 'LORAZEPAM 0.5MG TAB', '10', '10', 'OKAFOR'],
    ['6618020', '2024-10-11', 'HORVATH, DENES', '2003-01-05', 'AMPHETAMINE SALTS 10MG TAB', '60', '30', 'LINDGREN'],
    ['6618133', '2024-10-16', 'PRATT, AVA', '2005-07-28', 'METHYLPHENIDATE 10MG TAB', '60', '30', 'NAKAMURA'],
    ['6618290', '2024-10-23', 'FIFITA, SIOSAIA', '2002-10-12', 'OXYCODONE/APAP 5/325 TAB', '12', '3', 'SOLBERG'],
])
add('phi', 'lists', 'Campus Pharmacy <pharmacy@health.nbsu.edu>',
    'Chidi Okafor MD <chidi.okafor@health.nbsu.edu>', 'Oct CII dispensing log (zipped)',
    d(2024, 11, 1, 16, 5),
    """Dr. Okafor, Dr. Lindgren -

October controlled substance dispensing log for your review/sign-off before the
quarterly audit. Zipped because the mail filter keeps flagging the csv.

Helen
""", patient='Asante', cc='Erik Lindgren <elindgren@health.nbsu.edu>',
    atts=[('oct2024_CII_log.zip', 'application', 'zip', zip_bytes([('oct2024_CII_dispensing.csv', _cii)]))])

_tb = xlsx_bytes([
    ['Name', 'Country', 'SEVIS ID', 'Arrival', 'IGRA', 'CXR', 'Status'],
    ['Siddiqui, Farhan', 'Pakistan', 'N0031245678', '2024-08-14', 'POSITIVE', '11/8 neg', 'LTBI - start rifampin'],
    ['Osei-Bonsu, Akosua', 'Ghana', 'N0031198822', '2024-08-17', 'negative', '-', 'cleared'],
    ['Ramírez Quispe, Lucía', 'Peru', 'N0031207745', '2024-08-20', 'indeterminate', 'pending', 'repeat IGRA 12/3'],
    ['Pham, Quoc Bao', 'Vietnam', 'N0031221039', '2024-08-12', 'POSITIVE', '10/30 neg', 'LTBI - declined tx, counselled'],
    ['Kuznetsova, Daria', 'Kazakhstan', 'N0031230416', '2024-08-25', 'negative', '-', 'cleared'],
    ['Adeyemi, Oluwaseun', 'Nigeria', 'N0031244901', '2024-09-02', 'not done', '-', 'HOLD'],
], sheet='TB fall 2024')
add('phi', 'lists', 'Renata Szabo <renata.szabo@health.nbsu.edu>',
    'Meera Pillai <mpillai@nbsu.edu>', 'TB screening - new intl students fall 24',
    d(2024, 11, 25, 15, 12, -5),
    """Meera,

Here's the spreadsheet you asked for with where everyone is on TB screening. The
two LTBI folks are not contagious - they just need treatment, they can stay in
housing. Adeyemi has never come in, can your office nudge him?

R
""", patient='Siddiqui',
    atts=[('TB_screening_intl_fall2024.xlsx', 'application',
           'vnd.openxmlformats-officedocument.spreadsheetml.sheet', _tb)])

_ml_txt = """Meera,

Current F-1 students on approved medical leave / RCL as of today:

| Student              | NBSU ID   | Leave type | Reason (brief)               | Planned return |
|----------------------|-----------|------------|------------------------------|----------------|
| Petrović, Hana       | 900499310 | full leave | MDD, inpatient stay Oct      | Fall 2025      |
| Al-Qahtani, Abdulrahman | 900503377 | RCL spring | cardiac ablation Jan      | Spring 2025    |
| Zhou, Haoran         | 900510864 | full leave | post-concussion syndrome     | Spring 2025    |
| Mwangi, Njeri        | 900512031 | RCL fall   | pregnancy, due Dec           | Spring 2025    |

Let me know if SEVIS needs anything else from us.

Marcus
"""
_ml_html = """<html><body><p>Meera,</p><p>Current F-1 students on approved medical leave / RCL as of today:</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:12px">
<tr style="background:#dde"><th>Student</th><th>NBSU ID</th><th>Leave type</th><th>Reason (brief)</th><th>Planned return</th></tr>
<tr><td>Petrovi&#263;, Hana</td><td>900499310</td><td>full leave</td><td>MDD, inpatient stay Oct</td><td>Fall 2025</td></tr>
<tr><td>Al-Qahtani, Abdulrahman</td><td>900503377</td><td>RCL spring</td><td>cardiac ablation Jan</td><td>Spring 2025</td></tr>
<tr><td>Zhou, Haoran</td><td>900510864</td><td>full leave</td><td>post-concussion syndrome</td><td>Spring 2025</td></tr>
<tr><td>Mwangi, Njeri</td><td>900512031</td><td>RCL fall</td><td>pregnancy, due Dec</td><td>Spring 2025</td></tr>
</table><p>Let me know if SEVIS needs anything else from us.</p><p>Marcus</p></body></html>"""
add('phi', 'lists', 'Marcus Ebner <marcus.ebner@health.nbsu.edu>',
    'Meera Pillai <mpillai@nbsu.edu>', 'F-1 students on med leave / RCL',
    d(2024, 12, 4, 10, 18, -5), _ml_txt, patient='Petrović', html=_ml_html)
# =====================================================================
# PHI: struct
# =====================================================================
add('phi', 'struct', 'Devin Achebe <dachebe@nbsu.edu>',
    'SHC IT <shc-it@health.nbsu.edu>', 'result not filing to chart - can you look',
    d(2024, 11, 7, 13, 58, -5),
    r"""Hey all,

This one from Lakeshore has been sitting in the error queue since yesterday
("PID-3 assigning authority not found"). Pasting the raw msg below. I think
their side is sending LKSH instead of NBSUSHC in PID-3.4 - can you confirm the
mapping before I re-process?

MSH|^~\&|LKSH_LIS|LAKESHORE|PYRAMED|NBSUSHC|20241106153312||ORU^R01|LK2411061533120044|P|2.5.1
PID|1||00244519^^^LKSH^MR~900523145^^^NBSU^SS||OKONKWO^CHIAMAKA^A||20051201|F|||88 Birchwood Ct^^Northbrook^OH^43999||^PRN^PH^^^555^0145
PV1|1|O|SHC^^^NBSUSHC||||1649305512^LINDGREN^ERIK^^^MD
ORC|RE|SH2411050031|LK24110500877
OBR|1|SH2411050031|LK24110500877|HBSAB^Hepatitis B surface antibody^L|||20241105091500|||||||||1649305512^LINDGREN^ERIK
OBX|1|NM|HBSAB^Hep B sAb quant^L||4.2|mIU/mL|>=10|L|||F|||20241106150100
NTE|1||Non-immune. Recommend repeat Hep B series.

Thanks,
Devin Achebe
Integration Analyst, University IT - Health Sciences Apps
""", patient='Okonkwo')

_adt = '\r'.join([
    r'MSH|^~\&|STALDRIC_ADT|STA|PYRAMED|NBSUSHC|20241115142207||ADT^A03|STA000918834|P|2.3',
    r'EVN|A03|20241115141500',
    r'PID|1||SA-5520173^^^STA^MR||MORIMOTO^KENJI^||20030826|M|||Rm 312 Calloway Hall, 40 Campus Dr^^Northbrook^OH^43999||555-014-3310|||S||SA-ACCT-771204',
    r'PV1|1|I|BH3^312^B^STA||||20991^VANCE^HELENA^^^MD|||PSY||||||||IP|||||||||||||||||||||||||20241112021000|20241115141500',
    r'DG1|1|I10|F32.2^Major depressive disorder, single episode, severe without psychotic features^I10',
    r'DG1|2|I10|R45.851^Suicidal ideations^I10',
]) + '\r'
add('phi', 'struct', 'St. Aldric Interface Team <hl7-support@staldric.org>',
    'SHC IT <shc-it@health.nbsu.edu>', 'ADT discharge feed - msg STA000918834 NAK',
    d(2024, 11, 15, 15, 40, -5),
    """Hello,

Our engine received an AE (application error) back from your endpoint for the
attached A03. Error text: "PV1-3 location BH3 not in table". Could you add the
behavioral health unit locations (BH1-BH4) to your location table so these
stop bouncing? Original message attached for reference.

Regards,
Interface Support - St. Aldric Regional IT
ticket ref: STA-IFX-20441
""", patient='Morimoto', atts=[('STA000918834.hl7', 'application', 'hl7-v2', _adt.encode())])

add('phi', 'struct', 'Rosa Quintanilla <rquintanilla@health.nbsu.edu>',
    'ClaimBridge Support <support@claimbridge-edi.com>', '837P rejected - 2010BA?',
    d(2024, 11, 5, 14, 41, -5),
    """Hi ClaimBridge,

Batch 20241105-03 came back with a 999 reject, AK2/IK3 pointing at loop 2010BA.
I'm pasting the claim in question below (just the one). I can't see what's wrong
with the subscriber segment, the member ID matches the card.

ISA*00*          *00*          *ZZ*NBSUSHC        *ZZ*CLAIMBRIDGE    *241105*1422*^*00501*000004471*0*P*:~
GS*HC*NBSUSHC*CLAIMBRIDGE*20241105*1422*4471*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*SH24110503*20241105*1422*CH~
NM1*85*2*NBSU STUDENT HEALTH*****XX*1588204417~
HL*2*1*22*0~
SBR*P*18*NBSU-STU-2425******CI~
NM1*IL*1*ACHTERBERG*WILLEM****MI*KCH-338201776~
N3*455 COLLEGE AVE APT 12~
N4*NORTHBROOK*OH*43999~
DMG*D8*20030611*M~
NM1*PR*2*KEYSTONE COLLEGIATE*****PI*KCH01~
CLM*SH24110503*145***11:B:1*Y*A*Y*Y~
HI*ABK:J029*ABF:R509~
LX*1~
SV1*HC:99213*145*UN*1***1:2~
DTP*472*D8*20241101~
SE*17*0001~

thanks,
Rosa Quintanilla
Billing Specialist, Wexley SHCC | 555-0148
""", patient='Achterberg')

add('phi', 'struct', 'Front Desk <frontdesk@health.nbsu.edu>',
    'Rosa Quintanilla <rquintanilla@health.nbsu.edu>', "271 looks weird - is she covered for counselling??",
    d(2024, 10, 29, 9, 26),
    """Rosa can you read this? She has her first therapy appt with Sam on Thursday
and I can't tell if mental health is covered or if she's inactive. this is what
came back from the eligibility check:

ST*271*0001*005010X279A1~
BHT*0022*11*ELG88213*20241029*0921~
HL*1**20*1~
NM1*PR*2*KEYSTONE COLLEGIATE*****PI*KCH01~
HL*2*1*21*1~
NM1*1P*2*NBSU STUDENT HEALTH*****XX*1588204417~
HL*3*2*22*0~
TRN*2*ELG88213*9NBSUSHC~
NM1*IL*1*FONTAINE*MARIE-CLAUDE****MI*KCH-612094458~
N3*77 WESTGATE RD~
N4*NORTHBROOK*OH*43999~
DMG*D8*20050314*F~
DTP*346*D8*20240815~
EB*1*IND*30*HM*NBSU STUDENT PLAN~
EB*6*IND*MH~
MSG*MENTAL HEALTH BENEFIT TERMINATED - SEE PLAN RIDER~
EB*1*IND*AI~
SE*18*0001~

the EB*6 on MH means inactive right?? she's going to be upset.

-Tasha, front desk
""", patient='Fontaine')

_fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "timestamp": "2024-11-11T10:02:44-05:00",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "mgfm-77310",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.7720.1", "value": "MG-0077310"}],
        "name": [{"family": "Nwosu", "given": ["Adaeze", "Chioma"]}],
        "gender": "female",
        "birthDate": "2005-02-08",
        "telecom": [{"system": "phone", "value": "555-014-6628"}],
        "address": [{"line": ["19 Quarry Hill Rd"], "city": "Fenwick", "state": "OH", "postalCode": "43987"}]
      }
    },
    {
      "resource": {
        "resourceType": "Immunization",
        "status": "completed",
        "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "03", "display": "MMR"}]},
        "patient": {"reference": "Patient/mgfm-77310"},
        "occurrenceDateTime": "2010-03-22"
      }
    },
    {
      "resource": {
        "resourceType": "Immunization",
        "status": "completed",
        "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "115", "display": "Tdap"}]},
        "patient": {"reference": "Patient/mgfm-77310"},
        "occurrenceDateTime": "2016-08-04"
      }
    },
    {
      "resource": {
        "resourceType": "Condition",
        "clinicalStatus": {"coding": [{"code": "active"}]},
        "code": {"text": "Sickle cell trait"},
        "subject": {"reference": "Patient/mgfm-77310"}
      }
    }
  ]
}
"""
add('phi', 'struct', 'Maple Grove Family Medicine <records@maplegrovefm.com>',
    'records@health.nbsu.edu', 'Requested records - Nwosu',
    d(2024, 11, 11, 10, 9, -5),
    """Hello,

Per the signed request from your student, attached is her immunization record
and problem list exported from our EHR (FHIR bundle, as your office asked for
electronic format).

Best,
Carla Dunmore
Medical Records, Maple Grove Family Medicine
555-0139
""", patient='Nwosu', atts=[('nwosu_records_bundle.json', 'application', 'fhir+json', _fhir.encode())])

add('phi', 'struct', 'SHC IT <shc-it@health.nbsu.edu>',
    'PyraMed Support <support@pyramed-ehr.com>', 'Case 00731992 - CCD import fails on problems section',
    d(2024, 11, 26, 11, 48, -5),
    """Hi PyraMed support,

Following up on case 00731992. CCD import from outside providers keeps failing
with "templateId mismatch" on the problems section. Here's the relevant chunk of
the document that failed this morning (the student transferred in from out of
state):

<recordTarget>
  <patientRole>
    <id extension="448120" root="2.16.840.1.113883.19.5.99999.2"/>
    <addr use="HP"><streetAddressLine>2104 Linden Ave</streetAddressLine>
      <city>Dayton</city><state>OH</state><postalCode>45402</postalCode></addr>
    <telecom value="tel:+1-555-014-7781" use="MC"/>
    <patient>
      <name><given>Sebastián</given><family>Ibarra-Mora</family></name>
      <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime value="20040527"/>
    </patient>
  </patientRole>
</recordTarget>
...
<section>
  <templateId root="2.16.840.1.113883.10.20.22.2.5"/>
  <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
  <entry><act classCode="ACT" moodCode="EVN">
    <entryRelationship typeCode="SUBJ"><observation classCode="OBS" moodCode="EVN">
      <value xsi:type="CD" code="46635009" codeSystem="2.16.840.1.113883.6.96"
             displayName="Type 1 diabetes mellitus"/>
    </observation></entryRelationship>
  </act></entry>
</section>

Note the problems section templateId has no extension - is 24.2 expecting the
2015-08-01 R2.1 version?

Thanks,
Owen Tallis
Systems Administrator, Wexley SHCC
""", patient='Ibarra-Mora')

add('phi', 'struct', 'Rosa Quintanilla <rquintanilla@health.nbsu.edu>',
    'Dwayne Kellerman <dkellerman@keystonecollegiate.com>', 'FW: 835 - payment applied to wrong member?',
    d(2024, 12, 9, 10, 3, -5),
    """Dwayne,

Forwarding the piece of the 835 from check EFT 0098813207. The CLP below pays
90834 x4 for Tobias but the NM1*QC has a different member ID than we have on file
(his card says KCH-290441836). Can you confirm which is right before I post it?

CLP*SH24111802*1*560*392**12*24KC0088120017*11*1~
NM1*QC*1*HARGREAVE*TOBIAS*J***MI*KCH-290441863~
NM1*82*1*ODUYA*SAMUEL****XX*1730518847~
DTM*232*20241104~
DTM*233*20241125~
SVC*HC:90834*140*98**1~
DTM*472*20241104~
CAS*PR*2*42~
SVC*HC:90834*140*98**1~
DTM*472*20241111~
CAS*PR*2*42~
SVC*HC:90834*140*98**1~
DTM*472*20241118~
CAS*PR*2*42~
SVC*HC:90834*140*98**1~
DTM*472*20241125~
CAS*PR*2*42~

Thanks,
Rosa

-----Original Message-----
From: ClaimBridge ERA Notifications <era@claimbridge-edi.com>
Sent: Monday, December 9, 2024 6:00 AM
Subject: New 835 available - payer KCH01 - $4,118.60
""", patient='Hargreave')
# =====================================================================
# PHI: lang
# =====================================================================
add('phi', 'lang', 'Graciela Montoya <gracielamontoya71@yahoo.com>',
    'nurseline@health.nbsu.edu', 'Mi hijo Santiago - inhalador',
    d(2024, 10, 3, 19, 22),
    """Buenas tardes,

Soy la mamá de Santiago Montoya Rivas, estudiante de primer año. Él tiene asma
desde niño y usa el inhalador de albuterol y el Symbicort. Me dice que se le acabó
el Symbicort y que en la farmacia del campus le dijeron que necesita una receta
nueva de un médico de aquí. ¿Puede el doctor verlo esta semana? Anoche tuvo que
usar el albuterol 4 veces y eso me preocupa mucho.

Su celular es 555-0173. Su fecha de nacimiento es 14/08/2006 por si la necesitan.

Muchas gracias,
Graciela Montoya
""", patient='Montoya Rivas', cte='quoted-printable')

add('phi', 'lang', 'Larissa Conceição <larissa.conceicao@student.nbsu.edu>',
    'CAPS <caps@health.nbsu.edu>', 'Sessão de terapia - posso remarcar?',
    d(2024, 11, 12, 23, 5, -5),
    """Olá,

Desculpa escrever em português, fico mais à vontade assim. Sou a Larissa
Conceição, faço acompanhamento com a Dana às quintas. Essa semana tive duas crises
de ansiedade fortes (uma dentro da biblioteca, achei que era um ataque do coração)
e não consegui ir às aulas. Posso adiantar minha sessão para terça? Também queria
saber se o Dr. Okafor pode conversar comigo sobre remédio, porque a respiração que
eu aprendi não está adiantando.

Obrigada,
Larissa
""", patient='Conceição', cte='quoted-printable')

add('phi', 'lang', 'Trần Minh Khoa <khoa.tran@student.nbsu.edu>',
    'nurseline@health.nbsu.edu', 'Kết quả xét nghiệm máu',
    d(2024, 10, 30, 20, 40),
    """Chào bác sĩ,

Em là Trần Minh Khoa, sinh viên năm hai ngành kỹ thuật. Tuần trước em đã đi xét
nghiệm máu ở phòng khám vì em bị mệt, khát nước nhiều và sụt 5 kg. Em chưa nhận
được kết quả. Bác sĩ Lindgren nói có thể em bị tiểu đường. Xin bác sĩ cho em biết
kết quả và em có cần đến tái khám không ạ?

Ngày sinh của em: 21/06/2004.

Em cảm ơn ạ,
Khoa
""", patient='Trần Minh Khoa')

add('phi', 'lang', 'Wisly Jean-Baptiste <wjeanbaptiste@student.nbsu.edu>',
    'nurseline@health.nbsu.edu', 'Medikaman tansyon mwen',
    d(2024, 11, 19, 13, 14, -5),
    """Bonjou,

Mwen se Wisly Jean-Baptiste. Doktè Lindgren te ban mwen yon medikaman pou
tansyon (amlodipine 5 mg) mwa pase. Depi kèk jou pye m anfle epi tèt mwen fè m
mal. Tansyon m te 158/96 yè swa nan machin ki nan famasi kanpis la. Èske m dwe
kontinye pran grenn nan oswa vin wè doktè a? Mwen disponib apre 2è.

Mèsi anpil,
Wisly
""", patient='Jean-Baptiste')

add('phi', 'lang', 'Ирина Волкова <irina.volkova1972@mail.example.ru>',
    'nurseline@health.nbsu.edu', 'Дочь в больнице — Анастасия Волкова',
    d(2024, 11, 28, 3, 16, -5),
    """Здравствуйте,

Я мама Анастасии Волковой, студентки второго курса (ID 900388150). Вчера её
увезли на скорой в больницу St. Aldric с сильной болью в животе, сейчас ей делают
УЗИ и анализы, подозревают перекрут кисты яичника, возможно операция. Когда она
волнуется, ей трудно говорить по-английски. Пожалуйста, может ли кто-нибудь из
вашего центра связаться с ней или помочь с переводчиком? И нужно ли сообщить в
международный отдел, что она пропустит занятия?

С уважением,
Ирина Волкова
+7 912 555-01-84
""", patient='Волкова', cte='base64')

add('phi', 'lang', 'Maricel Dizon <mdizon@health.nbsu.edu>',
    'Jocelyn Bautista <jbautista@health.nbsu.edu>', 'si Angelo sa room 3',
    d(2024, 10, 10, 13, 36),
    """Joy, pakicheck mo nga si Angelo Dela Cruz sa room 3 - yung freshman na may
allergic reaction sa peanut sa dining hall. Binigyan na siya ni Dr. L ng
diphenhydramine IM at prednisone 40 mg. Kailangan obserbahan ng 1 hour bago
pauwiin, i-recheck mo BP at O2 sat every 15 mins. Kung bumaba ang BP or nahihirapan
huminga, tawag agad ng 911, nasa crash cart yung EpiPen. Nasa meeting ako
hanggang 3.

Salamat!
Maricel

Maricel Dizon, RN
Clinic Nurse, Wexley SHCC
""", patient='Dela Cruz')

add('phi', 'lang', 'Yousef Al-Zahrani <yalzahrani@student.nbsu.edu>',
    'Campus Pharmacy <pharmacy@health.nbsu.edu>', 'بخصوص الأنسولين',
    d(2024, 10, 7, 8, 50),
    """السلام عليكم،

أنا يوسف الزهراني، طالب دولي من السعودية (رقم الطالب 900617730). أنا مريض بالسكري
من النوع الأول، وقد نفدت مني أقلام الأنسولين (نوفورابيد) لأن الشحنة من أهلي تأخرت
في الجمارك. قراءة السكر اليوم صباحاً كانت 290. هل يمكنني الحصول على وصفة من طبيب
العيادة اليوم؟ وهل يغطي التأمين الطلابي ذلك؟

شكراً جزيلاً،
يوسف
""", patient='Al-Zahrani', cte='base64')

add('phi', 'lang', '王思雨 <siyu.wang@student.nbsu.edu>',
    'CAPS <caps@health.nbsu.edu>', '心理咨询预约和药物问题',
    d(2024, 11, 6, 0, 32, -5),
    """您好，

我是王思雨，学号900702215，研究生一年级。上周我在咨询中心做了初次评估，咨询师建议我去看精神科医生。
我最近两个月睡眠很差，每天凌晨三四点就醒，情绪很低落，也没有胃口，体重掉了四公斤。
请问我可以预约Okafor医生吗？我希望能用中文交流，如果有翻译就更好了。

另外，我在国内的时候吃过舍曲林（每天50毫克），不知道这里能不能继续开。

谢谢！
思雨
""", patient='王思雨', cte='base64')
# =====================================================================
# CLEAN: admin
# =====================================================================
add('clean', 'admin', 'NBSU IT Service Desk <servicedesk@nbsu.edu>',
    'Renata Szabo <renata.szabo@health.nbsu.edu>',
    '[INC0048213] PyraMed login failure - SHC exam rooms 110-118 - Updated',
    d(2024, 11, 5, 11, 4, -5),
    """Hello Renata Szabo,

Your incident INC0048213 has been updated.

Short description: PyraMed EHR login failing on exam room workstations (110-118)
Priority:          2 - High
Assigned to:       Desktop Support - Health Sciences (Tyrell Moss)
State:             Work in Progress

Work notes (11/05/2024 10:58):
Root cause identified: the Citrix Workspace update pushed 11/4 overnight broke SSO on
the thin clients. Rolled back on WS-SHC-110 through WS-SHC-114; 115-118 are scheduled
for 12:30 today when the rooms are empty per the front desk (Tasha Greer x200).
After rollback please have staff use badge-tap login, not the manual password.

Related change: CHG0012877 (paused for Health Sciences OU)

If you need to reach us: 555-0100, option 2, or reply to this email keeping the
incident number in the subject line.

NBSU IT Service Desk - "We're here 24/7"
""" + SHC_DISCLAIMER, cte='quoted-printable')

add('clean', 'admin', 'Joanne Whitcombe RN <jwhitcombe@health.nbsu.edu>',
    'shc-all@health.nbsu.edu', 'Flu clinic staffing - Oct 15/16/17 (Student Union Ballroom B)',
    d(2024, 10, 4, 14, 20),
    """Hi all,

Final staffing for the mass flu clinics. Please check your slot and tell me by
Wed if there's a problem. Parking passes for Lot 7 are in the break room.

DATE    SHIFT        VACCINATORS                         SCREENER / FLOW      PHARM
10/15   8-12         Szabo, Dizon, Bautista              Greer (front)        Marsh
10/15   12-4         Prado, Whitcombe, PharmD int. Kiel  Greer                Marsh
10/16   8-12         Dizon, Bautista, PharmD int. Liu    Ramos                Ogunleye
10/16   12-4         Szabo, Nakamura                     Ramos                Ogunleye
10/17   10-2         Whitcombe, Prado, Dizon             Greer                Marsh

Reminders:
- VIS sheets + consent tablets come from IT (Tyrell, 555-0100) morning of
- emergency kit + epi from pharmacy, Helen is signing them out
- Sharps pickup scheduled w/ Stericycle-ish vendor 10/17 4:30pm

Thank you!! We did 3,100 last year, let's beat it.

Joanne Whitcombe, RN, MSN
Nurse Manager, Wexley Student Health & Counselling Centre
555-0150 x210
""")

_inv_csv = csv_text([
    ['line', 'item_no', 'description', 'qty', 'uom', 'unit_price', 'ext'],
    ['1', 'TMS-44120', 'Nitrile exam gloves, M, powder-free', '10', 'CS', '68.40', '684.00'],
    ['2', 'TMS-31207', 'Disposable otoscope specula 2.75mm', '4', 'BX', '17.95', '71.80'],
    ['3', 'TMS-80911', 'Rapid Strep A test kit (25 tests)', '6', 'KT', '142.00', '852.00'],
    ['4', 'TMS-20033', 'Specimen cup, sterile, 4 oz', '2', 'CS', '39.50', '79.00'],
    ['5', 'TMS-61540', 'Sharps container 2 gal', '12', 'EA', '6.25', '75.00'],
])
add('clean', 'admin', 'Trident Medical Supply AR <ar@tridentmedsupply.com>',
    'SHC Purchasing <purchasing@health.nbsu.edu>', 'Invoice INV-2024-118834 / PO 45-22019',
    d(2024, 10, 21, 6, 15),
    """Dear Customer,

Please find attached invoice INV-2024-118834 for PO 45-22019.

Customer account: 100-44871 (Northbrook State Univ - Student Health)
Invoice date:     10/18/2024
Terms:            Net 30
Amount due:       $1,761.80

Remit to: Trident Medical Supply, PO Box 7781, Columbus OH 43299
Questions: AR desk 555-0117, ar@tridentmedsupply.com

Thank you for your business.
""", html="""<html><body><p>Dear Customer,</p><p>Please find attached invoice <b>INV-2024-118834</b> for PO 45-22019.</p>
<table><tr><td>Customer account</td><td>100-44871</td></tr><tr><td>Invoice date</td><td>10/18/2024</td></tr>
<tr><td>Terms</td><td>Net 30</td></tr><tr><td>Amount due</td><td>$1,761.80</td></tr></table>
<p>Remit to: Trident Medical Supply, PO Box 7781, Columbus OH 43299</p></body></html>""",
    atts=[('INV-2024-118834.csv', 'text', 'csv', _inv_csv)])

add('clean', 'admin', 'NBSU Human Resources <hr-onboarding@nbsu.edu>',
    'Joanne Whitcombe <jwhitcombe@health.nbsu.edu>', 'Onboarding - Priscilla Nakamura, DNP (start 11/18)',
    d(2024, 11, 8, 9, 42, -5),
    """Hi Joanne,

Priscilla Nakamura's onboarding is set for Monday 11/18. Summary:

Position:          Nurse Practitioner II (Req #HS-24-0771)
Employee ID:       E0048812
Orientation:       11/18 8:30am, Alder Hall 110 (benefits session 10:00)
Badge/ID card:     Card Services, bring photo ID
Parking:           Lot 7 permit ordered, #P7-22041
Credentialing:     OH APRN license verified 11/6; DEA + NPI copies received;
                   CPR card expires 03/2025 - please remind her to renew
Background check:  cleared 11/4

She'll need PyraMed access (ticket submitted, RITM0091442) and a pharmacy
e-prescribing token. Let me know if the cost center for the token is different
from 4410-220.

Thanks,
Keisha Brandt-Owens
HR Business Partner, Health & Student Affairs
555-0112
""")

add('clean', 'admin', 'Facilities Work Control <workcontrol@nbsu.edu>',
    'Campus Pharmacy <pharmacy@health.nbsu.edu>', 'WO#233918 - Pharmacy vaccine fridge alarm / HVAC - Completed',
    d(2024, 10, 26, 8, 5),
    """Work Order 233918 has been COMPLETED.

Building:     Wexley Health Center (Bldg 41), Room 118 - Pharmacy
Requested by: Helen Marsh, 555-0146
Problem:      Vaccine refrigerator #2 high temp alarm, 9.1 C at 02:40; room hot
Technician:   R. Delgado (HVAC shop)
Resolution:   Condenser fan motor on RTU-3 failed, replaced. Room back to 21 C by
              06:15. Fridge #2 recovered to 4.2 C at 07:30. Recommend pharmacy
              check data logger and contact manufacturer re: stability for the
              stock that was moved to backup unit.
Labor:        3.5 hrs    Parts: fan motor 1/3 HP (stock #HV-2281)

Please rate your service: https://workcontrol.nbsu.edu/survey?wo=233918
""")

add('clean', 'admin', 'ClaimBridge Notifications <notices@claimbridge-edi.com>',
    'billing@health.nbsu.edu', 'Scheduled maintenance Sat 11/16 02:00-06:00 ET (837/835/270)',
    d(2024, 11, 12, 17, 0, -5),
    """Dear ClaimBridge customer (Submitter ID NBSUSHC),

ClaimBridge will perform scheduled maintenance on Saturday, November 16, 2024
from 02:00 to 06:00 ET.

During this window:
  - 837P/837I batches submitted will be queued and processed after 06:00
  - 270/271 real-time eligibility will be unavailable
  - 835 ERA files will be delayed up to 4 hours
  - 277CA acknowledgements may arrive out of order

No action is required. If you have questions, contact support at 555-0105 or
support@claimbridge-edi.com and reference notice MN-2024-1116.

The ClaimBridge Team
""")

add('clean', 'admin', 'CAPS Front Office <caps-admin@health.nbsu.edu>',
    'Room Scheduling <roomsched@nbsu.edu>', 'Room 204 booking - spring group therapy',
    d(2024, 12, 10, 10, 30, -5),
    """Hello,

Requesting Wexley 204 for the following recurring bookings, Jan 21 - May 2:

  Tue 4:00-5:30   "Anxiety Toolbox" skills group      (facilitator: Dana Whitfield)
  Wed 3:00-4:30   Grief & Loss support group          (facilitator: Sam Oduya)
  Thu 12:00-1:00  Grad Student Support group          (facilitators: Dana / Sam)

Setup: circle of 10 chairs, no tables. Please DO NOT put the group names on the
room display screen outside the door - just "Reserved - CAPS". Same as last spring.

Thanks!
Lorraine Abernathy
Office Coordinator, Counselling & Psychological Services
555-0150 x220
""")

# =====================================================================
# CLEAN: lookalike
# =====================================================================
add('clean', 'lookalike', 'NBSU Campus Recreation <rec-members@nbsu.edu>',
    'Devon Achterberg <dachterberg@student.nbsu.edu>', 'Your personal training package - Member #RC-20331',
    d(2024, 10, 1, 7, 30),
    """Hi Devon,

Thanks for purchasing the 6-session personal training package! Your details:

Member #:      RC-20331
Package:       PT-6 (expires 12/13/2024)
Trainer:       Kayla Moreno, NSCA-CPT
First session: Thu 10/3, 6:00pm, Fitness Floor 2

Before your first session please complete the PAR-Q readiness form online (it
just takes 2 minutes) and bring water + a towel. Free InBody scans are available
at the front desk Mon/Wed 4-7pm.

Also check out our Injury Prevention for Runners workshop on 10/10!

See you on the floor,
Campus Rec Member Services | 555-0180
""")

_vet_txt = """Discharge Instructions - Maplewood Veterinary Hospital

Patient: Biscuit           Species: Canine (Beagle mix)    Patient ID: 44821
Client:  Tom Reyes         Client #: C-10377               Date: 11/09/2024
Doctor:  Hannah Feld, DVM

Procedures today:
 - Pre-anesthetic bloodwork (CBC, chemistry) - within normal limits
 - Dental cleaning and polishing under general anesthesia
 - Extraction of 2 teeth (upper left premolars) - dental x-rays taken
 - Nail trim

Medications going home:
 - Carprofen 25 mg: 1 tablet by mouth every 12 hours with food x 5 days
 - Clindamycin 75 mg: 1 capsule every 12 hours x 7 days

Soft food only for 7 days. Recheck in 10-14 days (no charge).
Call us at 555-0127 if Biscuit is not eating by tomorrow evening.
"""
add('clean', 'lookalike', 'Maplewood Veterinary Hospital <frontdesk@maplewoodvet.com>',
    'Tom Reyes <treyes.home@gmail.com>', "Biscuit's discharge instructions",
    d(2024, 11, 9, 16, 44, -5), _vet_txt,
    html='<html><body><pre style="font-family:Verdana">' + _vet_txt.replace('&', '&amp;') + '</pre><p>Thank you for trusting us with Biscuit! &#128062;</p></body></html>')

add('clean', 'lookalike', 'Northbrook Educators Credit Union <alerts@nbecu.org>',
    'Renata Szabo <rszabo.home@gmail.com>', 'Member #0047731 - payment reminder',
    d(2024, 11, 10, 8, 0, -5),
    """Dear Renata Szabo,

This is a reminder that your auto loan payment is coming up.

Member number:   ****7731
Loan:            Auto Loan - Share ID L14
Amount due:      $312.44
Due date:        11/15/2024

Your Health Savings Account (HSA) contribution of $150.00 will also post on 11/15
per your standing transfer. Log in to Online Banking to review.

Northbrook Educators Credit Union never asks for your password or PIN by email.
Questions? Call Member Services at 555-0130.

Federally insured by NCUA.
""")

add('clean', 'lookalike', 'SkyHarbor Airlines <reservations@skyharborair.com>',
    'NBSU Athletics Travel <travel@athletics.nbsu.edu>', 'Itinerary change - Record locator QX7H2M - NBSU Women\'s Soccer',
    d(2024, 11, 1, 12, 25),
    """SCHEDULE CHANGE NOTIFICATION

Record locator: QX7H2M   Group: NBSU WOMEN'S SOCCER (28 passengers)
Group contact: Ellen Marsh, 555-0143

Your flight has changed:
  OLD: SH 1182  CMH 07:10 -> BNA 08:25   Fri 15NOV
  NEW: SH 1186  CMH 09:40 -> BNA 10:55   Fri 15NOV

Passenger name list (partial): MARSH/ELLEN MS, PIKE/LAUREN MS, OROURKE/SADIE MS,
BROOKS/AALIYAH MS, TANABE/YUKI MS ... (+23)

Special items: 1 x athletic training kit (checked, sports equipment), 1 x ice
chest (checked). Seats are held together; no action required unless the new
time does not work for your group.

Manage your trip at skyharborair.com/groups. Ticket numbers remain unchanged.
""", cte='base64')

add('clean', 'lookalike', 'Pinecrest Mutual Claims <claims@pinecrestmutual.com>',
    'Tyrell Moss <tmoss.personal@outlook.com>', 'Claim #AC-2024-0918837 - Policy PMA-4412-0087',
    d(2024, 10, 29, 13, 10),
    """Dear Mr. Moss,

We've received your report of the collision on 10/21/2024 in the parking lot of
the Wexley Health Center, Northbrook State University. Per your statement and
the other driver's, no injuries were reported by either party, so bodily injury
and medical payments coverage do not apply to this claim.

Claim number: AC-2024-0918837
Policy:       PMA-4412-0087 (2019 Honda Civic, VIN ending 4471)
Adjuster:     Corinne Baptiste, 555-0135 ext 22
Next step:    Appraisal Thursday 10/31 between 9-11am at your workplace

Your collision deductible is $500. Please have your vehicle accessible and the
keys available for the appraiser.

Sincerely,
Pinecrest Mutual Auto Claims
""")

add('clean', 'lookalike', 'Oakridge Arborists <office@oakridgearbor.com>',
    'Facilities Grounds <grounds@nbsu.edu>', 'Quote #Q-5512 - red oak at Student Health entrance',
    d(2024, 10, 15, 15, 2),
    """Hi Pete,

Following our assessment on 10/11, here is our diagnosis and treatment plan for
the large red oak (tree tag #0419) beside the Wexley Student Health entrance:

Diagnosis: Hypoxylon canker on the south leader, ~30% crown dieback, decay pocket
at 4 m confirmed with resistograph. Prognosis is poor; the south leader is over
the walkway and ambulance drop-off lane.

Recommended treatment:
  1. Remove south leader, crown reduction on remaining canopy ... $2,850
  2. Cabling of the north union ................................ $640
  3. Re-inspection in 6 months .................................. included
  (Alternative: full removal + stump grinding .................. $4,900)

We would need the drop-off lane coned for one day. Certified arborist: Gareth
Lindqvist, ISA OH-7712A.

Regards,
Oakridge Arborists | 555-0124
""")

add('clean', 'lookalike', 'Owen Tallis <otallis@health.nbsu.edu>',
    'shc-it@health.nbsu.edu', 'postmortem: shc-app-03 "patient zero" for Tuesday\'s outage',
    d(2024, 12, 5, 16, 55, -5),
    """team,

short postmortem for tuesday:

- triage: at 09:12 the kube node shc-app-03 went NotReady. vital signs looked bad -
  disk pressure 97%, memory fine, CPU pegged by the kubelet.
- diagnosis: the logrotate job on that node had been failing since 11/28 (cron
  typo), so /var/log grew until the node went sick. that's our "patient zero";
  the other two nodes caught the overflow traffic and started thrashing.
- treatment: cordoned + drained shc-app-03, cleared logs, fixed the cron, uncordoned.
  discharged back into the pool 10:40.
- follow-up: add a disk usage alert at 80%, and a health check on the logrotate
  job itself.

no data loss, portal was read-only for ~85 min. ticket INC0049907.

Owen
""")
# =====================================================================
# CLEAN: news
# =====================================================================
_nl_txt = """WEXLEY WELLNESS WEEKLY - November 2024
Wexley Student Health & Counselling Centre, Northbrook State University

FLU CLINICS: THANK YOU!
Our October mass clinics vaccinated 3,412 students, faculty and staff - a new
record. Missed them? Walk-in flu shots continue at the Campus Pharmacy, Mon-Fri
9-5, no cost with your student ID.

MEET OUR NEW NURSE PRACTITIONER
Priscilla Nakamura, DNP, FNP-C joins us on Nov 18 from a rural health clinic
where she specialised in adolescent and young adult care. Say hi!

FINALS SEASON SUPPORT
CAPS adds drop-in "Let's Talk" hours Dec 2-13 in the library (room L-214),
Tue/Thu 1-3pm. No appointment or paperwork needed. After-hours support line:
555-0199 (24/7).

HOLIDAY HOURS
Closed Nov 28-29 and Dec 21 - Jan 5. The nurse advice line stays open.

You are receiving this because you are subscribed to Wexley Wellness Weekly.
Unsubscribe: wellness-news-leave@lists.nbsu.edu
"""
_nl_html = """<html><body style="margin:0;font-family:Georgia,serif">
<table width="600" align="center" cellpadding="12"><tr><td style="background:#1d4e6e;color:#fff">
<h1 style="margin:0">Wexley Wellness Weekly</h1><p>November 2024</p></td></tr>
<tr><td><h2>Flu clinics: thank you!</h2><p>Our October mass clinics vaccinated <b>3,412</b> students, faculty and staff &mdash; a new record.
Missed them? Walk-in flu shots continue at the Campus Pharmacy, Mon&ndash;Fri 9&ndash;5, no cost with your student ID.</p>
<h2>Meet our new nurse practitioner</h2><p>Priscilla Nakamura, DNP, FNP-C joins us on Nov 18 from a rural health clinic where she specialised in adolescent and young adult care.</p>
<h2>Finals season support</h2><p>CAPS adds drop-in &ldquo;Let's Talk&rdquo; hours Dec 2&ndash;13 in the library (L-214), Tue/Thu 1&ndash;3pm. After-hours support line: 555-0199 (24/7).</p>
<h2>Holiday hours</h2><p>Closed Nov 28&ndash;29 and Dec 21&ndash;Jan 5. The nurse advice line stays open.</p>
</td></tr><tr><td style="font-size:11px;color:#777">Unsubscribe: wellness-news-leave@lists.nbsu.edu</td></tr></table></body></html>"""
add('clean', 'news', 'Wexley Wellness Weekly <wellness-news@lists.nbsu.edu>',
    'wellness-news@lists.nbsu.edu', 'Wexley Wellness Weekly - record flu season, new NP, finals support',
    d(2024, 11, 4, 7, 0, -5), _nl_txt, html=_nl_html)

add('clean', 'news', 'Halden County Public Health <alerts@haldencountyhealth.org>',
    'Health Partners List <partners@lists.haldencountyhealth.org>', 'HEALTH ADVISORY: Measles exposure at Northbrook airport 11/3',
    d(2024, 11, 6, 18, 30, -5),
    """HALDEN COUNTY PUBLIC HEALTH - HEALTH ADVISORY #2024-17
Distributed to: hospitals, urgent cares, college health services, pharmacies

SUMMARY
A confirmed measles case has been identified in an unvaccinated adult traveler who
passed through Northbrook Regional Airport (Concourse B, gates B2-B6 and the food
court) on Sunday, November 3, 2024 between 2:00 PM and 5:30 PM.

ACTIONS REQUESTED
1. Consider measles in patients with fever and rash, especially with exposure on
   the above date/time. Symptom onset possible through November 24.
2. Mask and isolate suspect patients immediately; do not use the waiting room.
3. Report suspect cases by phone to Communicable Disease at 555-0160 (24/7).
4. Collect NP/throat swab for measles PCR + serum IgM.
5. Review MMR status of staff; post-exposure MMR within 72 hours is effective.

Colleges: please remind students that MMR records are required for on-campus
housing.

Dr. Lorna Achebe-Frost, Health Commissioner
"This message is intended for healthcare providers. Please distribute as appropriate."
""", cte='quoted-printable')

add('clean', 'news', 'Campus Pharmacy <pharmacy@health.nbsu.edu>',
    'shc-clinicians@health.nbsu.edu', 'FW: Recall - Breathaire albuterol HFA lots BA24-0613/0617',
    d(2024, 11, 20, 12, 2, -5),
    """FYI all - we dispensed 14 inhalers from the affected lots since August. Jamal is
pulling the fill list and we'll contact those students directly to exchange,
nothing needed from you unless someone calls with a question.

Helen

---------- Forwarded message ---------
From: Trident Medical Supply Recalls <recalls@tridentmedsupply.com>
Date: Wed, Nov 20, 2024 at 9:14 AM
Subject: Voluntary recall - Breathaire (albuterol sulfate) Inhalation Aerosol 90 mcg

URGENT: DRUG RECALL - PHARMACY/RETAIL LEVEL

Product:    Breathaire (albuterol sulfate) Inhalation Aerosol, 90 mcg/actuation,
            200 metered inhalations, NDC 55150-0412-01
Lots:       BA24-0613 (exp 06/2026), BA24-0617 (exp 06/2026)
Reason:     Some units may have a defective actuator that fails to deliver a
            full dose. No adverse events reported to date.

Instructions: Quarantine remaining stock from the listed lots and return using the
enclosed BRC. Patients who received affected units should be offered a
replacement; patients should not stop using their inhaler before obtaining one.

Manufacturer contact: Alderbrook Pharmaceuticals, 1-800-555-0102
""")

add('clean', 'news', 'Erik Lindgren MD <elindgren@health.nbsu.edu>',
    'shc-all@health.nbsu.edu', 'October by the numbers',
    d(2024, 11, 7, 17, 33, -5),
    """Hi everyone - October dashboard below. Busiest month since 2019, thank you all.

PRIMARY CARE
  Visits: 2,184 (Oct '23: 1,902)   Same-day: 61%   No-show: 7.8%
  Top visit reasons: URI/sore throat 19%, flu shots (not incl. mass clinics),
  STI testing 9%, MSK injury 8%, UTI 5%, rash 4%, mono 3%
  Rapid strep positivity: 22%

CAPS
  Intakes: 312   Individual sessions: 1,846   Median wait for intake: 6.4 days
  After-hours line calls: 118   Hospitalizations: 3

PHARMACY
  Rx filled: 4,012   OTC sales: $18,440   Flu shots (walk-in): 388

SPORTS MEDICINE
  Athlete encounters: 1,120   Concussions: 9 (7 football/soccer)

INTERNATIONAL
  TB screenings completed: 214 of 226 new F-1/J-1 students

Erik
""", html="""<html><body><p>Hi everyone - October dashboard below. Busiest month since 2019, thank you all.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th colspan="2">Primary care</th></tr><tr><td>Visits</td><td>2,184 (Oct '23: 1,902)</td></tr>
<tr><td>Same-day</td><td>61%</td></tr><tr><td>No-show</td><td>7.8%</td></tr>
<tr><th colspan="2">CAPS</th></tr><tr><td>Intakes</td><td>312</td></tr><tr><td>Median wait for intake</td><td>6.4 days</td></tr>
<tr><td>Hospitalizations</td><td>3</td></tr>
<tr><th colspan="2">Pharmacy</th></tr><tr><td>Rx filled</td><td>4,012</td></tr>
<tr><th colspan="2">Sports medicine</th></tr><tr><td>Concussions</td><td>9</td></tr>
<tr><th colspan="2">International</th></tr><tr><td>TB screenings completed</td><td>214 of 226</td></tr>
</table><p>Erik</p></body></html>""")

add('clean', 'news', 'CHPA Bulletin <bulletin@chpa-college.org>',
    'Erik Lindgren <elindgren@health.nbsu.edu>', 'CHPA Fall Bulletin: survey results, RED-S webinar, posters',
    d(2024, 10, 23, 10, 0),
    """COLLEGIATE HEALTH PRACTITIONERS ASSOCIATION - FALL BULLETIN

1) 2024 MEMBER SURVEY
   412 campus health centres responded. Highlights:
   - 71% report counselling demand up over 2023; median intake wait 9 days
   - 58% now offer in-house pharmacy or pharmacist-led clinics
   - 44% have an embedded clinician in athletics; 23% in international services
   Full report in the members' area.

2) WEBINAR - Relative Energy Deficiency in Sport (RED-S) in college athletes
   Thu Nov 14, 2:00 ET. Speakers: Dr. Amara Quist (sports medicine) and Jonah
   Feld, RD, CSSD. 1.0 CME/CE.

3) CALL FOR POSTERS - 2025 Annual Meeting, Savannah
   Deadline Jan 15. Quality-improvement projects especially welcome; remember
   to de-identify all case material.

You are receiving this as a CHPA member (member ID CHPA-20877). Manage
preferences at chpa-college.org/prefs.
""")

add('clean', 'news', 'International Student & Scholar Services <iso@nbsu.edu>',
    'intl-students@lists.nbsu.edu', 'ISSS Newsletter: winter travel, health insurance waiver, flu shots',
    d(2024, 11, 15, 9, 0, -5),
    """Dear international students and scholars,

WINTER TRAVEL
Traveling home for the break? Check your I-20/DS-2019 travel signature (valid 12
months) and request one by Dec 6. Study abroad students going to regions with
dengue or malaria should book a travel health visit at Wexley Student Health at
least 4 weeks before departure.

HEALTH INSURANCE
The spring waiver deadline for the Keystone Collegiate student plan is Jan 24.
Your member ID card (KCH-xxxxxxxxx) is available in the Keystone app. Reminder:
the student plan covers counselling at CAPS and prescriptions at the Campus
Pharmacy.

FLU SHOTS
Still free at the Campus Pharmacy with your NBSU ID card.

OFFICE HOURS
Walk-in advising Mon-Thu 1-4pm, Gilman Hall 2nd floor. Phone 555-0190.

Warm regards,
Meera Pillai, Yusuf Demir and Ling Zhao
International Student & Scholar Services
""")

# =====================================================================
# CLEAN: staff
# =====================================================================
add('clean', 'staff', 'Ingrid Solberg <isolberg@athletics.nbsu.edu>',
    'Erik Lindgren <elindgren@health.nbsu.edu>', 'mono + contact sport clearance - your practice?',
    d(2024, 11, 12, 20, 5, -5),
    """Erik -

general question. What's your practice for clearing athletes back to contact
sport after mono? Literature is all over the place - 3 wks from symptom onset vs
4 wks, and whether anyone actually gets an ultrasound for spleen size.

Scenario I've got in mind: 19yo F, contact sport, monospot + ~2 weeks ago,
afebrile now, spleen not palpable but she's tall and I don't trust my exam.
Would you image or just go by calendar?

Curious what you do so we're consistent between clinic and athletics.

Ingrid

Ingrid Solberg, MD, CAQSM
Head Team Physician, Northbrook State Athletics
""")

add('clean', 'staff', 'Erik Lindgren <elindgren@health.nbsu.edu>',
    'shc-clinicians@health.nbsu.edu', 'on-call swap Fri 11/22?',
    d(2024, 11, 13, 12, 40, -5),
    """Anyone able to swap the Fri 11/22 overnight on-call? My kid's thing got moved.
I'll take any of your Dec dates in return (12/6 or 12/13 preferred).

Current Nov/Dec call:
  11/15  Nakamura (first solo - Priscilla, I'm backup, cell 555-0194)
  11/22  Lindgren  <- need swap
  11/29  Prado (holiday weekend, comp day TBD)
  12/06  Okafor (psych call only, primary backup Prado)
  12/13  Lindgren

Thanks
Erik
""")

add('clean', 'staff', 'Sam Oduya <sam.oduya@health.nbsu.edu>',
    'caps-clinical@health.nbsu.edu', "Thursday case consult - de-identified case",
    d(2024, 11, 25, 15, 20, -5),
    """For Thursday's case consult I'd like input on a de-identified case:

Early-20s international graduate student, first semester in the US. Presents with
insomnia, headaches and stomach pain (PCP workup negative), intense fear of
failing, and says the family has invested "everything" in the degree. Declines
the word "anxiety", prefers to talk about sleep. Uses language apps to
communicate in session at times.

Questions for the group:
 - culturally adapted approaches that have worked for you when the presentation
   is mostly somatic
 - when/how to involve ISSS without the client feeling their visa is at risk
 - whether anyone has used interpreters for therapy here and how that went

No identifying info in the notes please - just themes.

Sam Oduya, PhD
Staff Psychologist, CAPS
""")

add('clean', 'staff', 'Erik Lindgren MD <elindgren@health.nbsu.edu>',
    'shc-all@health.nbsu.edu', 'REMINDER: faculty asking whether a student was seen',
    d(2024, 10, 11, 8, 15),
    """All,

We've had several emails this week from faculty (Chemistry, Economics, Nursing)
asking us to confirm that a student was seen or to explain an absence. Reminder:

  * We do NOT confirm or deny that anyone is a patient here - not to faculty,
    coaches, RAs, or parents - without a signed release.
  * Do not reply with any details, dates of visits, or "she was here Tuesday".
  * Students who need absence documentation should go through the Dean of
    Students office (555-0115), which handles verification.

Template reply (in PyraMed > Letters > "Faculty inquiry"):

  "Thank you for your message. Because of federal and state privacy laws, the
  Wexley Student Health & Counselling Centre cannot confirm or deny whether any
  individual has received services. Please direct questions about absences to
  the Office of the Dean of Students."

If you already replied to one of these with details, tell me or Joanne today so
we can document it - no blame, we just need to handle it properly.

Erik Lindgren, MD
Medical Director
""")

add('clean', 'staff', 'Helen Marsh <hmarsh@health.nbsu.edu>',
    'shc-clinicians@health.nbsu.edu', 'Keystone 2025 formulary changes - heads up',
    d(2024, 12, 11, 14, 5, -5),
    """Prescribers,

Keystone Collegiate sent their 2025 formulary. Changes that will hit us Jan 1:

  - Escitalopram and sertraline stay tier 1; bupropion XL 300 moves to tier 2
  - Humalog pens -> non-formulary; Admelog / insulin lispro (unbranded) preferred
  - Methylphenidate ER now required before amphetamine ER (step therapy, new
    starts only - current patients grandfathered through 6/30)
  - Nitrofurantoin macro stays $0; ondansetron ODT quantity limit 12/30 days
  - Plan B / levonorgestrel EC remains $0 OTC at our counter

I'll run a report of who is affected and reach out to individual prescribers
before break, but please start new patients on the preferred agents now.

Helen Marsh, PharmD
Campus Pharmacy
""")

add('clean', 'staff', 'Marcus Ebner <marcus.ebner@health.nbsu.edu>',
    'caps-clinical@health.nbsu.edu', 'CAPS staff meeting agenda - Wed 12/4',
    d(2024, 12, 2, 16, 0, -5),
    """Agenda - CAPS staff meeting, Wed 12/4, 9:00-10:30, Wexley 204

1. Numbers (Marcus)
   - active clients: avg 41/clinician (range 28-55)
   - waitlist: 23 (down from 38 in Oct)
   - hospitalizations this semester: 7 (vs 4 last fall)
   - after-hours line: 118 calls in Oct, 96 in Nov
2. Finals drop-in coverage sign-up (Dana)
3. Group therapy spring line-up + room 204 (Lorraine)
4. Case consult schedule for spring (Sam)
5. Documentation reminder: notes within 24h, safety plans scanned to chart
6. Holiday party - potluck sign-up sheet on the fridge

Marcus
""")

add('clean', 'staff', 'Lauren Pike <lpike@athletics.nbsu.edu>',
    'head-coaches@athletics.nbsu.edu', 'Winter sports baseline concussion testing - schedule',
    d(2024, 12, 16, 11, 0, -5),
    """Coaches,

Baseline ImPACT + SCAT6 testing for winter sports is in the AT computer lab (Field
House 112). Please send every rostered athlete, including walk-ons:

  Mon 1/6   8-10am   Women's Basketball
  Mon 1/6   10-12    Men's Basketball
  Tue 1/7   8-11am   Wrestling
  Tue 1/7   1-3pm    Swimming & Diving (W + M)
  Wed 1/8   9-11am   Indoor Track (throws/sprints)
  Wed 1/8   1-3pm    Indoor Track (distance)

Athletes with any prior concussion history need the extended questionnaire (we'll
hand it out at check-in). Nobody practices after 1/10 without a baseline on file -
that's an NCAA requirement, not mine.

Thanks,
Lauren Pike, MS, ATC
Head Athletic Trainer - Olympic Sports
""")
# =====================================================================
# CLEAN: training
# =====================================================================
add('clean', 'training', 'SHC Clinical Informatics <informatics@health.nbsu.edu>',
    'shc-all@health.nbsu.edu', 'PyraMed 24.2 training - practice patients in TRAIN',
    d(2024, 11, 25, 8, 30, -5),
    """Hi all,

Before the 24.2 upgrade on 12/16 please complete the 3 practice exercises in the
TRAIN environment (https://train.pyramed.nbsu.edu - NOT production!). Use your
normal login; TRAIN has a yellow banner.

Practice patients (fictitious, exist only in TRAIN):
  ZZTEST, ALPHA    MRN 9000001   DOB 01/01/1990   F
  ZZTEST, BRAVO    MRN 9000002   DOB 02/02/1992   M
  ZZTEST, CHARLIE  MRN 9000003   DOB 03/03/1999   X

Exercise 1: Open ZZTEST, ALPHA. Document a sore-throat visit with the new
            "Acute visit - SmartNote", order a rapid strep, result it positive,
            and e-prescribe amoxicillin to "TRAIN PHARMACY - DO NOT FILL".
Exercise 2: For ZZTEST, BRAVO, create a CAPS intake appointment and complete
            the PHQ-9 using the new flowsheet (any answers).
Exercise 3: Release an immunization record for ZZTEST, CHARLIE to "TEST SCHOOL"
            via the new Release of Information wizard.

Completion is tracked automatically. Questions: informatics@health.nbsu.edu or
Owen x230.
""")

add('clean', 'training', 'Devin Achebe <dachebe@nbsu.edu>',
    'Lakeshore Interfaces <interfaces@lakeshoreimaging.net>', 'NBSUSHC validation - test ORU batch 3',
    d(2024, 10, 2, 10, 20),
    r"""Hi Lakeshore team,

Validation batch 3 looks good on our side except the NTE is being truncated at 80
chars. Sample from your TEST system for reference - test patient only:

MSH|^~\&|LKSH_LIS|LAKESHORE|PYRAMED|NBSUSHC|20241001101500||ORU^R01|TEST0000031|T|2.5.1
PID|1||TST0000001^^^NBSUSHC^MR||ZZTEST^PATIENT^ONE||19000101|U|||123 TEST ST^^ANYTOWN^OH^00000
PV1|1|O|SHC^^^NBSUSHC||||9999999999^PROVIDER^TEST^^^MD
OBR|1|TST-ORD-001|TST-FIL-001|CBC^Complete blood count^L|||20241001090000
OBX|1|NM|WBC^White blood cell count^L||7.1|K/uL|4.0-10.5|N|||F
NTE|1||*** TEST MESSAGE - DO NOT FILE TO A REAL CHART *** this note is long on purpose to check truncation.

Note MSH-11 = T (training/test). Once the NTE length is fixed we can move to
cutover planning.

Devin Achebe
Integration Analyst, University IT
""")

_demo_html = """<html><body style="font-family:Helvetica,Arial"><h2>Your CampusConnect Telehealth demo is booked!</h2>
<p>Hi Joanne,</p><p>Thanks for scheduling a demo for <b>Wexley Student Health</b>. Here's what we'll walk through on <b>Tue Dec 3, 11:00 ET</b>:</p>
<ol><li>Student self-scheduling &mdash; our sample student <b>Jane Sample</b> (fictional, DOB 01/01/2000) books a same-day video visit</li>
<li>Intake forms and PHQ-9/GAD-7 screeners pre-filled with demo answers</li>
<li>Provider view &mdash; &ldquo;Dr. John Doe&rdquo; conducts the visit, e-prescribes to a demo pharmacy</li>
<li>Interpreter add-on (40+ languages) and crisis escalation workflow</li>
<li>Integration with PyraMed via HL7/FHIR</li></ol>
<p>All data in the demo tenant is synthetic.</p><p>Best,<br>Brynn Castellanos<br>Account Executive, CampusConnect Health<br>555-0108</p></body></html>"""
add('clean', 'training', 'Brynn Castellanos <brynn@campusconnecthealth.com>',
    'Joanne Whitcombe <jwhitcombe@health.nbsu.edu>', 'Your CampusConnect Telehealth demo - Tue Dec 3',
    d(2024, 11, 22, 13, 0, -5),
    """Hi Joanne,

Thanks for scheduling a demo for Wexley Student Health. Here's what we'll walk
through on Tue Dec 3, 11:00 ET:

 1. Student self-scheduling - our sample student Jane Sample (fictional, DOB
    01/01/2000) books a same-day video visit
 2. Intake forms and PHQ-9/GAD-7 screeners pre-filled with demo answers
 3. Provider view - "Dr. John Doe" conducts the visit, e-prescribes to a demo
    pharmacy
 4. Interpreter add-on (40+ languages) and crisis escalation workflow
 5. Integration with PyraMed via HL7/FHIR

All data in the demo tenant is synthetic.

Best,
Brynn Castellanos
Account Executive, CampusConnect Health
555-0108
""", html=_demo_html)

add('clean', 'training', 'Joanne Whitcombe RN <jwhitcombe@health.nbsu.edu>',
    'shc-nursing@health.nbsu.edu', 'Mock code drill Wed 11/20 - anaphylaxis scenario',
    d(2024, 11, 15, 9, 55, -5),
    """Nursing team,

Mock code drill Wednesday 11/20 at 7:30am (before clinic opens), exam room 3.
Scenario script below - don't share with the front desk, they're part of it.

SCENARIO: "Casey Simulation," 20 y/o manikin (SimMan), walks in after a bee sting
at intramural soccer. Hives -> wheeze -> BP drops to 82/50 at minute 4.

Expected actions:
  - recognize anaphylaxis, call for help, overhead page "Code Blue, room 3"
  - epinephrine 0.5 mg IM (adult autoinjector) within 2 minutes
  - O2, legs up, large-bore IV, 1 L NS bolus
  - 911 called by minute 5, second epi at minute 9 if no improvement
  - documentation on the code sheet (practice form, shred after debrief)

Debrief 8:15-8:45. Coffee on me.

Joanne Whitcombe, RN, MSN
Nurse Manager
""")

_837train = """837P ANATOMY - TRAINING HANDOUT (SAMPLE DATA ONLY - NOT A REAL CLAIM)

ISA*00*          *00*          *ZZ*SUBMITTERTEST  *ZZ*RECEIVERTEST   *240101*1200*^*00501*000000001*0*T*:~
GS*HC*SUBMITTERTEST*RECEIVERTEST*20240101*1200*1*X*005010X222A1~
ST*837*0001*005010X222A1~
NM1*85*2*SAMPLE CLINIC*****XX*9999999999~     <- billing provider (loop 2010AA)
SBR*P*18*GROUP123******CI~                    <- subscriber info (2000B)
NM1*IL*1*SUBSCRIBER*TEST****MI*TEST000000001~ <- subscriber name + member ID (2010BA)
N3*123 MAIN ST~
N4*ANYTOWN*OH*00000~
DMG*D8*19000101*U~                            <- DOB + gender
CLM*SAMPLE001*100***11:B:1*Y*A*Y*Y~           <- claim: ID, charge, place of service
HI*ABK:Z0000~                                 <- dx code (Z00.00 = general exam)
SV1*HC:99213*100*UN*1***1~                    <- service line: CPT, charge, units
DTP*472*D8*20240101~                          <- date of service
SE*13*0001~

Exercise: find the segment that would cause a rejection if the member ID were
missing. Answer key on page 2.
"""
add('clean', 'training', 'Rosa Quintanilla <rquintanilla@health.nbsu.edu>',
    'Front Desk <frontdesk@health.nbsu.edu>', 'lunch & learn handout - reading an 837',
    d(2024, 10, 17, 11, 45),
    """Hi front desk crew,

For tomorrow's lunch & learn (12:15, break room, pizza!) attached is the 837P
handout. It's all fake sample data so you can mark it up. We'll also go over
how to read the 271 eligibility response, since that's what you see most.

Rosa
""", atts=[('837P_training_handout_SAMPLE.txt', 'text', 'plain', _837train)])

add('clean', 'training', 'Owen Tallis <otallis@health.nbsu.edu>',
    'Devin Achebe <dachebe@nbsu.edu>', 'FHIR sandbox creds + synthetic test patients',
    d(2024, 12, 12, 15, 10, -5),
    """Devin,

Sandbox is up: https://fhir-sandbox.pyramed-ehr.com/nbsushc/R4
client_id: nbsu-sandbox-int   (secret in the vault, not here)

It's seeded with synthetic patients only (Synthea-style). Example you can GET at
Patient/test-0001:

{
  "resourceType": "Patient",
  "id": "test-0001",
  "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason",
                    "code": "HTEST", "display": "test health data"}]},
  "name": [{"family": "Testpatient", "given": ["Zzfhir"]}],
  "gender": "unknown",
  "birthDate": "1900-01-01"
}

Please don't load anything from PROD into it - if you need realistic volumes use
the generator script in the repo (tools/synth_gen.py).

Owen
""")

# =====================================================================
# writer
# =====================================================================
def build(i, m):
    msg = EmailMessage()
    msg['From'] = m['frm']
    msg['To'] = m['to']
    if m['cc']:
        msg['Cc'] = m['cc']
    msg['Subject'] = m['subj']
    msg['Date'] = m['date']
    dom = m['frm'].split('@')[-1].rstrip('>').strip()
    h = hashlib.sha1(('%d-%s-%s-%d' % (SEED, m['label'], m['kind'], i)).encode()).hexdigest()[:20]
    msg['Message-ID'] = '<%s@%s>' % (h, dom)
    msg['MIME-Version'] = '1.0'
    for k, v in m['extra'].items():
        msg[k] = v
    cte = m['cte']
    if not cte:
        # most mail is sent as plain 7bit/8bit; only the chosen few are QP/base64
        cte = '7bit' if m['body'].isascii() else '8bit'
    msg.set_content(m['body'], cte=cte)
    if m['html']:
        if m['html_cte']:
            msg.add_alternative(m['html'], subtype='html', cte=m['html_cte'])
        else:
            msg.add_alternative(m['html'], subtype='html')
    for fn, maintype, subtype, data in m['atts']:
        if isinstance(data, str):
            msg.add_attachment(data, subtype=subtype, filename=fn)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
    for part in msg.walk():
        if part is not msg and 'MIME-Version' in part:
            del part['MIME-Version']
    j = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (i, j))
            j += 1
    return msg


def main():
    os.makedirs(OUT, exist_ok=True)
    rows = []
    for i, m in enumerate(MSGS, 1):
        key = (m['label'], m['kind'])
        COUNT[key] = COUNT.get(key, 0) + 1
        fn = '%s-%s-%03d.eml' % (m['label'], m['kind'], COUNT[key])
        with open(os.path.join(OUT, fn), 'wb') as f:
            f.write(build(i, m).as_bytes(policy=email.policy.SMTP))
        rows.append([fn, m['label'], m['kind'], m['patient'] if m['label'] == 'phi' else ''])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    for k in sorted(COUNT):
        print('%s-%s: %d' % (k[0], k[1], COUNT[k]))
    print('total', len(rows))


if __name__ == '__main__':
    main()
