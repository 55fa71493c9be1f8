#!/usr/bin/env python3
"""Blind evaluation mail set - telehealth / virtual-care company (Nuvolink Health).
All people, numbers and organisations are invented.
Run: python3 gen.py OUTDIR
"""
import sys, os, io, csv, random, zipfile, datetime
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

SEED = 6602
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

MSGS = []

def add(label, kind, patient, frm, to, subj, body, cc=None, html=None,
        atts=(), cte=None, headers=None):
    MSGS.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to,
                     subj=subj, body=body, cc=cc, html=html, atts=list(atts),
                     cte=cte, headers=headers or {}))

def zipbytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 3, 8, 16, 2, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return bio.getvalue()

def _xesc(s):
    return (str(s).replace('&', '&amp;').replace('<', '&lt;')
            .replace('>', '&gt;').replace('"', '&quot;'))

def xlsxbytes(rows, sheet='Sheet1'):
    def colname(n):
        s = ''
        n += 1
        while n:
            n, r = divmod(n - 1, 26)
            s = chr(65 + r) + s
        return s
    xr = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = '%s%d' % (colname(ci), ri)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _xesc(v)))
        xr.append('<row r="%d">%s</row>' % (ri, ''.join(cells)))
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
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _xesc(sheet)),
        ('xl/_rels/workbook.xml.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
         + ''.join(xr) + '</sheetData></worksheet>'),
    ]
    return zipbytes(files)

def csvtext(rows):
    bio = io.StringIO()
    w = csv.writer(bio, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return bio.getvalue()

DISCLAIMER = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the\n"
              "use of the addressee(s) and may contain information that is privileged and\n"
              "confidential. If you are not the intended recipient, please notify the sender\n"
              "and delete this message. Nuvolink Health, Inc.")

# =====================================================================
# PHI - care
# =====================================================================
add('phi', 'care', 'Edmundson',
    'Ruth Abernathy <rabernathy@nuvolinkhealth.com>',
    'Aisha Bello <abello@nuvolinkhealth.com>',
    'RPM escalation - Gloria Edmundson',
    """Aisha,

Flagging Gloria Edmundson (Corliss Mfg plan) for you. Her cuff has sent 168/102, 171/99 and
165/104 the last three mornings. I called her at 10:40 - she stopped taking the lisinopril about
two weeks ago because of the dry cough and didn't tell anyone. No headache, no vision changes,
no chest pain per her.

I told her not to restart anything until she talks to you and booked a video visit for Thurs
3/14 at 9:30 CT. Could you look at switching her to an ARB? Her BMP from January was fine,
K 4.2, creat 0.9.

She also asked if she can take readings in the evening instead bc she works 6am shifts.
I said yes as long as it's the same time each day.

Thanks,
Ruth

Ruth Abernathy, RN
Remote Monitoring Nurse | Nuvolink Health
p 614.555.0193 (ext 2207)

""" + DISCLAIMER)

add('phi', 'care', 'Szabo',
    'Janelle Ortiz <jortiz@nuvolinkhealth.com>',
    'Clinical Support Queue <clinsupport@nuvolinkhealth.com>',
    'ESC-18842 visit dropped, lab order never went out',
    """hi team - member Raymond Szabo called in upset. his video visit with Dr. Menon on 3/6 dropped at
about minute 12 and never reconnected. Dr Menon had told him she was ordering an A1c, lipid
panel and a urine microalbumin and that he should go to Corvane Labs fasting. He went this morning
and the lab had nothing.

I checked the visit record and the orders are sitting in "draft" - looks like the visit got closed
by the system when the session timed out. can a provider please sign + release them? He wants to go
back tomorrow AM before work.

his callback is on the account. he was nice about it but said this is the 2nd time.

Janelle Ortiz
Member Support Specialist II
Nuvolink Health""")

add('phi', 'care', 'Morrow',
    'Nurse Advice Line <nurseline@nuvolinkhealth.com>',
    'Helen Kowalczyk MD <hkowalczyk@nuvolinkhealth.com>',
    'FW: nurse line follow-up - Keisha Morrow',
    """Dr. K - forwarding per the follow-up protocol since this one ended in an admission.

-----Original Message-----
From: Bernadette Quill RN
Sent: Sunday, March 10, 2024 11:52 PM
To: Nurse Advice Line
Subject: nurse line follow-up - Keisha Morrow

Call 3/10 21:18. Keisha Morrow, 41 y/o, called with chest tightness x 2 hrs, worse lying flat,
some SOB walking up stairs. Took 2 ibuprofen, no relief. Advised ED now, not urgent care; she
agreed and her sister drove her to St. Vincent Westside.

Callback 3/10 23:40 - sister answered. They did an EKG and two troponins (both normal), chest
x-ray, and are keeping her overnight for observation and an echo in the morning.

Plan: nurse line to call 3/11 afternoon to check discharge and make sure she has a PCP
follow-up. She doesn't have a PCP, offered a Nuvolink primary care video visit, she'd like one.

Bernadette Quill, RN
Nurse Advice Line""")

add('phi', 'care', 'Ferreira-Lopes',
    'Kevin Tran PharmD <ktran@nuvolinkhealth.com>',
    'Dr. Sunil Menon <smenon@nuvolinkhealth.com>',
    'eRx reject - sertraline for Daniel Ferreira-Lopes',
    """Sunil,

Surescripts bounced back the sertraline 100 mg tabs you sent yesterday for Daniel Ferreira-Lopes -
the pharmacy (Lakeside Rx on Halsted) says his plan requires PA for the 100 strength but covers
50 mg with no PA. If you're ok with it I'd re-send as sertraline 50 mg, take 2 tabs daily, #60,
same as the dose you increased him to at Tuesday's visit.

He's out as of tomorrow so sooner is better. Reply "ok" and I'll push it through under your name
as a verbal.

Kevin

Kevin Tran, PharmD
Clinical Pharmacist, eRx Operations""")

add('phi', 'care', 'Thornbury',
    'Aisha Bello NP <abello@nuvolinkhealth.com>',
    'dr.fairweather@lindenfamilymed.com',
    'Visit summary: Abigail Thornbury (video visit 03/05/2024)',
    """Dr. Fairweather,

Sending a summary of today's video visit with your patient Abigail Thornbury, who was seen through
her employer's Nuvolink benefit.

- Fasting glucose on home meter 148-171 over the past 2 weeks; A1c drawn 2/20 was 7.4
- Started metformin ER 500 mg with dinner, increase to 1000 mg in 2 weeks if tolerated
- Enrolled in our remote glucose monitoring program; Bluetooth meter shipping to her home
- Referred to our diabetes educator for 3 sessions
- Follow-up video visit in 4 weeks; we'll send you the results

Please let me know if you'd prefer she follow up in your office instead.

Aisha Bello, MSN, FNP-C
Nuvolink Health | Virtual Primary Care
""",
    html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dr. Fairweather,</p>
<p>Sending a summary of today's video visit with your patient <b>Abigail Thornbury</b>, who was seen through
her employer's Nuvolink benefit.</p>
<ul>
<li>Fasting glucose on home meter 148-171 over the past 2 weeks; A1c drawn 2/20 was 7.4</li>
<li>Started metformin ER 500&nbsp;mg with dinner, increase to 1000&nbsp;mg in 2 weeks if tolerated</li>
<li>Enrolled in our remote glucose monitoring program; Bluetooth meter shipping to her home</li>
<li>Referred to our diabetes educator for 3 sessions</li>
<li>Follow-up video visit in 4 weeks; we'll send you the results</li>
</ul>
<p>Please let me know if you'd prefer she follow up in your office instead.</p>
<p style="color:#555">Aisha Bello, MSN, FNP-C<br>Nuvolink Health | Virtual Primary Care</p>
</body></html>""")

add('phi', 'care', 'Pike',
    'Care Coordination <carecoord@nuvolinkhealth.com>',
    'intake@riverbendpt.com',
    'PT referral - Leonard Pike',
    """Hello Riverbend intake,

Please see the attached referral for Leonard Pike for outpatient physical therapy, 2x/week for
6 weeks. He had a right knee arthroscopy (partial meniscectomy) on 2/27 with Dr. Osterhout and was
seen by our provider on 3/7 for post-op follow-up. He's walking with a cane and wants to get
off it before he goes back to work.

The visit note is attached. He prefers afternoon appointments.

Thank you,
Lorraine Adebayo
Care Coordinator, Nuvolink Health
fax 614-555-0122""",
    atts=[('Pike_L_referral_visitnote.txt', 'text', 'plain',
"""NUVOLINK HEALTH - VIDEO VISIT NOTE
Patient: Pike, Leonard J.      DOB: 06/19/1967
Visit date: 03/07/2024         Provider: Marcus Delgado, PA-C

S: 8 days s/p R knee arthroscopy, partial medial meniscectomy. Pain 3/10, using ice and
   acetaminophen. Stopped oxycodone day 3. Walking with single-point cane.
O: Incisions viewed on camera, clean/dry, no erythema. Mild effusion. ROM est 0-95.
A/P: Routine post-op course. Referral to outpatient PT 2x/wk x 6 wks, focus on quad
   strengthening and ROM. RTW light duty after PT eval. F/u PRN.
""")])

add('phi', 'care', 'Quintero',
    'Ruth Abernathy <rabernathy@nuvolinkhealth.com>',
    'rpm-nurses@nuvolinkhealth.com',
    'can someone call Marisol today',
    """fyi Marisol Quintero's glucose has been over 300 every reading since Sunday (highest 342 this am).
Dr Menon bumped her glargine to 18 units on Friday so it may just be settling but she also missed
her last check-in call. I'm in visits til 2 - can someone try her before lunch? spanish speaking,
use the language line.

thx
R""")

add('phi', 'care', 'Delacroix',
    'Tamsin Greer <tgreer@nuvolinkhealth.com>',
    'Behavioral Health Scheduling <bh-scheduling@nuvolinkhealth.com>',
    'Re: therapist transition - Owen Delacroix',
    """Hi all,

Following up on the transition list. Owen Delacroix is ready to move to biweekly sessions - he's
been in CBT with Dr. Lin weekly since September, PHQ-9 went from 19 at intake to 8 at his last
session, and he's back at work full time. Dr. Lin leaves 3/29, so please book him with Dr. Abara
starting the week of 4/8, Wednesdays after 5 if possible.

He's also still on the bupropion from his PCP - Dr. Abara should know he had the dose change in
January.

On Mon, Mar 11, 2024 at 9:02 AM BH Scheduling <bh-scheduling@nuvolinkhealth.com> wrote:
> Please reply with any patients on Dr. Lin's panel who need a specific handoff
> before she leaves. Everyone else will be auto-assigned.

Tamsin Greer, LCSW
Clinical Supervisor, Behavioral Health""")

# =====================================================================
# PHI - names
# =====================================================================
add('phi', 'names', 'Nwachukwu',
    'Device Support <devicesupport@nuvolinkhealth.com>',
    'Ruth Abernathy <rabernathy@nuvolinkhealth.com>',
    'Re: Nwachukwu - cuff not syncing, readings missing since 2/28',
    """Ruth - replacement cuff was delivered Friday and she paired it over the phone with us yesterday.
Readings are coming through again (3 so far). They're still running 150s/90s though so I flagged
it back to the NP queue.

Old cuff is coming back to VitalSync for RMA, tracking 1Z 88A 41F 03 7712 9043.

-Deshawn
Device Support Tier 2

> From: Ruth Abernathy
> Sent: Monday, March 4, 2024 8:15 AM
> Subject: Nwachukwu - cuff not syncing, readings missing since 2/28
>
> can someone help her re-pair? she says the light just blinks.""")

add('phi', 'names', 'Trần Thị Hoa',
    'Lorraine Adebayo <ladebayo@nuvolinkhealth.com>',
    'Interpreter Services <interpreters@nuvolinkhealth.com>',
    'Vietnamese interpreter needed - Mrs. Trần, Thursday 10am',
    """Hi,

Can we get a Vietnamese interpreter on the video visit for Mrs. Trần Thị Hoa this Thursday 3/14 at
10:00 ET with Dr. Kowalczyk? It's her follow-up on the thyroid labs (TSH came back low) and
the doctor wants to talk about starting methimazole, so it'll be a longer visit - plan 40 min.

Her daughter usually helps but she's traveling. Mrs. Tran prefers a female interpreter if
possible.

Thanks!
Lorraine""")

add('phi', 'names', 'Okonkwo',
    'Janelle Ortiz <jortiz@nuvolinkhealth.com>',
    'eRx Ops <erx-ops@nuvolinkhealth.com>',
    "Mr. Okonkwo's amlodipine refill",
    """Mr. Okonkwo's wife called on his behalf (she's on his HIPAA release). Emeka's amlodipine 10 mg
refill from Monday never made it to the Kroger pharmacy - pharmacy says they got nothing. He has
2 pills left. Can someone check if the script errored out? thanks

- Janelle""")

add('phi', 'names', 'Van der Berg',
    'Ruth Abernathy <rabernathy@nuvolinkhealth.com>',
    'Priya Raman <praman@nuvolinkhealth.com>',
    'non-adherent list - one to add',
    """Priya, add this one to Thursday's review:

Van der Berg, Pieter - no glucometer readings for 9 days, enrolled in the diabetes program
since Dec. Left 2 VMs. His wife said he's been in the hospital in Grand Rapids for his foot
(she didn't know more) and he'll call when he's home.

Do we pause his enrollment or leave it active? Not sure what we did last time.

Ruth""")

add('phi', 'names', 'Beatriz',
    'Sam Whitlock <swhitlock@nuvolinkhealth.com>',
    'Janelle Ortiz <jortiz@nuvolinkhealth.com>',
    'callback pls',
    """Hey Janelle, can you call back Beatriz from the Harbortown schools account when you get a sec? She's
the lady whose A1c came back 9.8 last week - she got the new glucose meter but she's confused about
which strips go with it and she thinks she's been using the old lancets wrong. She said mornings
are best, she's a cafeteria manager and gets busy after 10.

Her number's in the ticket (ESC-18907).

thanks!! Sam""")

add('phi', 'names', 'Al-Hashimi',
    'Dr. Nikhil Patel <npatel@nuvolinkhealth.com>',
    'Aisha Bello <abello@nuvolinkhealth.com>',
    'covering - Ms. Al-Hashimi',
    """Aisha - covering for you this afternoon. Saw Ms. Al-Hashimi (Noor) at 2:15, dysuria and frequency
x2 days, no fever, no flank pain, not pregnant. Sent nitrofurantoin 100 mg BID x 5 days to her
Walgreens. Told her to message us if not better in 48h or if fever. Urine culture not done since
she couldn't get to a lab today.

Just so you're not surprised when she shows up on your panel.

Nikhil""")

add('phi', 'names', 'Venkataraghavan',
    'Kevin Tran <ktran@nuvolinkhealth.com>',
    'Helen Kowalczyk <hkowalczyk@nuvolinkhealth.com>',
    'statin question',
    """Dr. Kowalczyk,

Quick one on Venkataraghavan, Lakshmi S. - she messaged that she stopped the atorvastatin again
because of the leg aches (this is the second statin; rosuvastatin did the same thing last year).
Her LDL was 162 on the last panel. Would you like me to draft an ezetimibe 10 mg order for you to
sign, or do you want to see her first? She's asking for a video visit either way.

Thanks,
Kevin""")

add('phi', 'names', 'Wójcik-Brzezińska',
    'Marta Sobczak <msobczak@nuvolinkhealth.com>',
    'Helen Kowalczyk <hkowalczyk@nuvolinkhealth.com>',
    'FW: Holter wyniki / Holter results',
    """Helen, the cardiology office sent this over for Zofia Wójcik-Brzezińska, forwarding so it gets
into her chart. Pani Wójcik asked me (in Polish) to make sure you see it before her visit Friday.

---------- Forwarded message ---------
From: Records <records@lakeshoreheart.org>
Date: Tue, Mar 12, 2024 at 4:31 PM
Subject: Holter results
To: <msobczak@nuvolinkhealth.com>

Attached please find the 48-hour Holter summary for Zofia Wojcik-Brzezinska. Predominant sinus
rhythm, frequent PACs, two runs of SVT (longest 9 beats), no pauses. Patient-reported palpitations
correlated with PAC burden. Dr. Haddad recommends a trial of metoprolol succinate 25 mg and
follow-up in 3 months.

Lakeshore Heart Associates - Medical Records""")

# =====================================================================
# PHI - self
# =====================================================================
add('phi', 'self', 'Benedetti',
    'Carla Benedetti <carla.benedetti79@gmail.com>',
    'support@nuvolinkhealth.com',
    'prescription not at pharmacy',
    """Hi,

My name is Carla Benedetti, date of birth 07/14/1979. I had a video visit yesterday afternoon
for my asthma flare and the doctor (I think Dr. Patel?) said she would send prednisone and a new
albuterol inhaler to the Walgreens on Route 9 in Marlboro. I went this morning and they have nothing
from you. I'm still wheezing at night so I really need these today.

Can someone please check and call me back?

Thank you,
Carla""")

add('phi', 'self', 'Ellison',
    'Rebecca Ellison <bex.ellison@yahoo.com>',
    'Nuvolink Support <support@nuvolinkhealth.com>',
    'Question about my daughter after visit',
    """Hello,

I'm writing about my daughter Maya Ellison (she's 7, born 2/9/2017). We did a video visit Saturday
night and the pediatrician said it was probably a virus and to watch her fever and give
Tylenol/Motrin. It's now Tuesday and she still has 102.4 tonight and now she's saying her ear hurts.
Should I book another video visit or take her in somewhere? Her regular pediatrician can't see
her until Friday.

Also can I get a school note for Monday through today?

Thanks so much,
Rebecca Ellison
(Maya's mom)""")

add('phi', 'self', 'Grimsby',
    'hgrimsby1951@aol.com',
    'Nuvolink Remote Monitoring <rpm-noreply@nuvolinkhealth.com>',
    'Re: Your recent blood pressure readings',
    """THIS IS HAROLD GRIMSBY. my numbers are high because i ran out of my water pill (furosemide 40)
last week and the mail order hasnt come. also my ankles are swelling up again. can the doctor
call in a refill to the CVS on Main st so i can get it today. I dont know if anyone reads this
email.

Hal

-----Original Message-----
From: Nuvolink Remote Monitoring <rpm-noreply@nuvolinkhealth.com>
Sent: Wed, Mar 13, 2024 7:00 am
Subject: Your recent blood pressure readings

Hi Harold, your last 3 blood pressure readings were higher than the range your care team set.
A nurse will reach out within 1 business day. If you have chest pain, severe headache or
trouble breathing, call 911.
Please do not reply to this email.""")

add('phi', 'self', 'Kline',
    'Deborah Kline <debkline@icloud.com>',
    'support@nuvolinkhealth.com',
    'work note',
    """Hi it's Deborah Kline, i need a note for work for my visit on Tuesday 3/5. The doctor said it
was a migraine and that i should stay out 2 days and she gave me sumatriptan. My supervisor at
Meridian Logistics needs it by Friday or it counts as an unexcused absence. Can you email it to me
at this address?

thank you!!
Deb

Sent from my iPhone""",
    html="""<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>
<body dir="auto"><div dir="ltr">Hi it's Deborah Kline, i need a note for work for my visit on Tuesday 3/5. The doctor said it was a migraine and that i should stay out 2 days and she gave me sumatriptan. My supervisor at Meridian Logistics needs it by Friday or it counts as an unexcused absence. Can you email it to me at this address?</div><div dir="ltr"><br></div><div dir="ltr">thank you!!</div><div dir="ltr">Deb</div><div dir="ltr"><br><div dir="ltr">Sent from my iPhone</div></div></body></html>""")

add('phi', 'self', 'Osei',
    'Abena Osei-Mensah <abena.om@outlook.com>',
    'Nuvolink Care Team <care@nuvolinkhealth.com>',
    "My father's blood pressure program - hospital stay",
    """Good afternoon,

My father Wendell Osei is enrolled in your blood pressure monitoring program through my mother's
plan with Silverpine. I'm his daughter and I handle his appointments (I believe I'm listed as his
contact).

I wanted to let you know he had a fall last Wednesday and was in Mercy General for 2 nights. They
said his pressure was dropping when he stood up and they stopped his hydrochlorothiazide and cut his
metoprolol in half. He's 81. So if his readings look different that's why. He also has a walker now
and can't always get to the cuff in the morning, so some readings will be later.

Could his nurse call me instead of him? He doesn't hear well on the phone. My cell is
(404) 555-0176.

Thank you,
Abena Osei-Mensah""")

add('phi', 'self', 'Okafor-Reid',
    'Jasmine Okafor-Reid <jokaforreid@corlissmfg.com>',
    'billing@nuvolinkhealth.com',
    'Bill for telehealth visits - should be covered',
    """To whom it may concern,

I'm Jasmine Okafor-Reid, Corliss Manufacturing employee ID 44817. I have been seeing one of your
therapists by video every other week since November for anxiety and panic attacks, which my HR
department told me was 100% covered. I just got a bill for $340 for four sessions in January.

I would rather not have to go through my HR department about this for obvious reasons. Please fix
this or tell me who to call.

Jasmine Okafor-Reid
Quality Technician, Plant 2""",
    cc='Dana Whitfield <dwhitfield@corlissmfg.com>')

add('phi', 'self', 'Ruiz-Tagle',
    'ignacio rt <iruiztagle@hotmail.com>',
    'appointments@nuvolinkhealth.com',
    'cancel my appt',
    """pls cancel my therapy appt thursday 3pm, Ignacio Ruiz-Tagle, dob 11-30-85. got called into work.
can i get the next one with the same counselor. thx""")

# =====================================================================
# PHI - ids
# =====================================================================
add('phi', 'ids', '',
    'Deshawn Pruitt <dpruitt@nuvolinkhealth.com>',
    'Fulfillment <fulfillment@vitalsyncdevices.com>',
    'strip reorder - urgent',
    """Hi VitalSync,

Please expedite a 100-ct test strip reorder for member MRN NV-0048812, DOB 3.4.88. She's on insulin
and is down to about 10 strips. Standard shipping address on file. Bill to the Silverpine program
PO.

Thanks,
Deshawn Pruitt
Device Support, Nuvolink Health""")

add('phi', 'ids', '',
    'Tomás Herrera <therrera@nuvolinkhealth.com>',
    'Greg Nakamura <gnakamura@silverpinehp.com>',
    'termed member still has active RPM device',
    """Greg,

In this week's 834 from Silverpine one of our active RPM members came through with a term date of
02/29/2024. Subscriber ID SLP448120937, dependent 01, birth date 19880304 in the file. She's in the
hypertension program and her cuff has uploaded 11 readings since the term date, two of them above
170 systolic - our nurses have been following up.

Can you confirm whether the term is correct? If it is, we need to close out her program and
arrange a hand-off to her PCP; if not, please resend a correction.

Thanks,
Tomás

Tomás Herrera | Eligibility Data Analyst | Nuvolink Health""")

add('phi', 'ids', '',
    'claims@nuvolinkhealth.com',
    'Provider Relations <provrel@bluecrestplan.org>',
    'Claim inquiry - DOS 03/01/2024',
    """Provider Relations,

We received a denial (CARC 27 - expenses incurred after coverage terminated) for the telehealth
visit below. Our eligibility check on the date of service showed active coverage.

Member ID: BCP 7710 2284 19
Patient DOB: 4 Mar 1988
Date of service: 01 Mar 2024
CPT 99213-95, POS 10, dx J02.9
Billed: $118.00
Our claim #: NVH-24-0031877

Please advise whether the member's coverage was retro-termed.

Nuvolink Health Revenue Cycle
claims@nuvolinkhealth.com | 614-555-0140""")

add('phi', 'ids', '',
    'Deshawn Pruitt <dpruitt@nuvolinkhealth.com>',
    'shipping@vitalsyncdevices.com',
    'address change before you ship',
    """Before you ship order VS-220913 (glucometer + 50 strips + lancets), please update the address to:

1147 Larkspur Ln Apt 3B
Dayton OH 45419

Member phone 937-555-0148. She's insulin dependent and her old meter died this weekend, so overnight
it if you can and charge the program.

thx""")

add('phi', 'ids', 'Reyes',
    'Results Desk <results@corvanelabs.com>',
    'Lab Integration <labint@nuvolinkhealth.com>',
    'RE: Accession A24-0931187 filed to wrong chart',
    """Confirmed on our side. Accession A24-0931187 (lipid panel + CMP, collected 03/07/2024) was ordered
for Reyes, Antonio but the ORU went out with your chart #448120, which belongs to a different
member. We've sent a corrected result with chart #448210. Please remove the original from chart
448120.

Corvane Labs Client Services
800-555-0199 opt 3

-----Original Message-----
From: Lab Integration <labint@nuvolinkhealth.com>
Sent: Friday, March 8, 2024 2:47 PM
Subject: Accession A24-0931187 filed to wrong chart

The lipid result with this accession landed in the wrong member's chart. Our provider caught it
when the cholesterol didn't match the patient she was talking to. Please check the chart # you
sent.""")

add('phi', 'ids', '',
    'Janelle Ortiz <jortiz@nuvolinkhealth.com>',
    'claims@nuvolinkhealth.com',
    'lookup pls',
    """can you look up 8830014521-02 - dependent (teenage son) had a video visit 3/2 for an ear infection,
got amoxicillin, and the parent just got an EOB saying claim denied not covered. mom is on the
line w/ me holding. thx""")

add('phi', 'ids', '',
    'Kevin Tran <ktran@nuvolinkhealth.com>',
    'PA Team <pa-team@nuvolinkhealth.com>',
    'PA needed - semaglutide',
    """PA request to start for the following:

acct 00731822
DOB: 1975-11-23
Drug: semaglutide (Ozempic) 0.25 mg weekly x4 wks then 0.5 mg
Dx: T2DM, A1c 8.6 on metformin 1000 BID x 6 mo, BMI 34
Plan: BlueCrest commercial, step therapy on file?
Prescriber: A. Bello NP

Pharmacy is holding the script. Please start by EOD.""")

add('phi', 'ids', '',
    'Nurse Advice Line <nurseline@nuvolinkhealth.com>',
    'Callback Queue <callbacks@nuvolinkhealth.com>',
    'callback - dizziness on new BP med',
    """Caller verified w/ last4 SSN 4471 and DOB Jan 9 1962. Started losartan 50 on Monday (Rx from
outside cardiologist), now lightheaded when standing, one near-fall in bathroom. Home BP 98/60 per
caller. Advised sit/lie down, fluids, do not take tonight's dose until talking to prescriber.
Caller's cardiologist office closed - please call back 1st thing AM at 216-555-0137 and check in.

B. Quill RN""")

# =====================================================================
# PHI - lists
# =====================================================================
add('phi', 'lists', 'Halvorsen',
    'Priya Raman <praman@nuvolinkhealth.com>',
    'rpm-nurses@nuvolinkhealth.com',
    'RPM alerts not yet closed - Tues',
    "Morning all - these are still open from yesterday, please grab one and put your initials in the thread.\n\n"
    "Member\tDOB\tProgram\tLast reading\tNote\n"
    "Halvorsen, Ingrid\t05/02/1958\tHTN\t182/104 (3/11 18:02)\tno answer x2\n"
    "Mbeki, Thandiwe\t11/19/1971\tDM\tglucose 41 (3/11 06:15)\tsaid she ate, recheck 88\n"
    "Castellanos, Ruben\t08/30/1964\tHTN\t176/98\tout of amlodipine\n"
    "Pham, Quoc Bao\t01/07/1980\tDM\tglucose 388\tnew to insulin, teach-back needed\n"
    "O'Rourke, Siobhan\t12/12/1949\tHTN\t88/52\tdizzy, on 3 BP meds\n"
    "\nThe Pham one is priority. Thanks - Priya\n\n"
    "Priya Raman, BSN, RN\nClinical Operations Manager, Remote Monitoring\n")

add('phi', 'lists', 'Fitzgerald',
    'Bernadette Quill <bquill@nuvolinkhealth.com>',
    'Nurse Advice Line <nurseline@nuvolinkhealth.com>',
    'overnight callback queue 3/12',
    """Handing off the overnight callbacks. All need a call before 10am.

| Caller               | Phone         | Reason                                  | Disposition       |
|----------------------|---------------|-----------------------------------------|-------------------|
| Fitzgerald, Moira    | 513-555-0102  | toddler croup cough, used steam         | home care, recheck|
| Adeyemi, Tunde       | 513-555-0161  | gout flare L foot, on allopurinol       | VV booked 9:00    |
| Sandoval, Lupe       | 859-555-0184  | 32 wks preg, decreased fetal movement   | sent to L&D       |
| Kowalski, Edward     | 513-555-0117  | chest wall pain after fall, on Eliquis  | ED advised        |
| Begay, Raymond       | 928-555-0143  | insulin pump site infection?            | UC today          |

Sandoval went in - please confirm she was seen. Kowalski refused ED, wants a call from a doc.

Bernadette""")

add('phi', 'lists', 'Lindqvist',
    'eRx Ops <erx-ops@nuvolinkhealth.com>',
    'Kevin Tran <ktran@nuvolinkhealth.com>',
    'Failed transmissions report 03/11/2024',
    """Kevin - failed NewRx transmissions from yesterday, pulled from the Surescripts error log. Most are
pharmacy NCPDP mismatches. Can you re-route?

PATIENT                 DOB         DRUG                          PHARMACY NCPDP  ERROR
----------------------  ----------  ----------------------------  --------------  -----------------
LINDQVIST, ERIK         09/14/1977  escitalopram 10mg tab         4412087         900 invalid dest
OYELOWO, FOLAKE         03/22/1990  norethindrone 0.35mg          3319920         602 pharmacy closed
NGUYEN, THI MAI         06/05/1955  levothyroxine 75mcg           4412087         900 invalid dest
HAMMOND-PRICE, DARLENE  10/28/1968  lisinopril 20mg               0577341         601 timeout
ABDULLAH, YUSUF         02/11/2001  albuterol HFA 90mcg           3319920         602 pharmacy closed

Generated 03/12/2024 06:00 by erx-monitor
""")

add('phi', 'lists', 'Brennan',
    'Aisha Bello <abello@nuvolinkhealth.com>',
    'Marcus Delgado <mdelgado@nuvolinkhealth.com>',
    'sign-out tonight + huddle items',
    """Marcus, my sign-out for tonight. Nothing crazy.

Pending:
  * Colleen Brennan - strep swab at CVS MinuteClinic, result should post tonight; if +, send amoxicillin
    (pen allergy = NO), she's ok with a text
  * Mr. Achterberg (Willem) - K was 5.6 on this afternoon's lab, I held his spironolactone and asked
    him to get a repeat BMP tomorrow AM. Call if it's worse.
  * baby Ishaan Mehta, 9 mo - mom calling back re: rash after amox; if hives/swelling -> ED

For tomorrow's huddle:
  - Gloria Edmundson - BP still high, switched to losartan today
  - Nwachukwu - new cuff ok, readings 150s, recheck Friday
  - Raymond Szabo - labs finally released, f/u on A1c

thanks!
A""")

add('phi', 'lists', 'Yilmaz',
    'Tomás Herrera <therrera@nuvolinkhealth.com>',
    'Dana Whitfield <dwhitfield@corlissmfg.com>',
    'Eligibility mismatches - February file',
    """Hi Dana,

Attached are the records from the February eligibility file that we couldn't match to our enrolled
members. Most are DOB or name-spelling differences. A few of these folks are currently in our
remote monitoring programs so we'd like to get them fixed before the March billing run.

Could your benefits team review and send a corrected file or let me know which side is right?

Thanks,
Tomás Herrera
Eligibility Data Analyst | Nuvolink Health
614-555-0158""",
    atts=[('corliss_elig_mismatch_2024-02.csv', 'text', 'csv', csvtext([
        ['emp_id', 'last_name', 'first_name', 'dob_file', 'dob_nuvolink', 'relationship', 'program', 'issue'],
        ['44102', 'Yilmaz', 'Emre', '1983-07-21', '1983-07-12', 'EE', 'HTN-RPM', 'DOB mismatch'],
        ['44102', 'Yilmaz', 'Selin', '2015-04-03', '2015-04-03', 'CH', '', 'missing from file'],
        ['44377', 'Dubois-Marchetti', 'Claire', '1970-01-30', '1970-01-30', 'EE', 'DM-RPM', 'name spelling (Dubois Marchetti)'],
        ['44590', 'Karimi', 'Farhad', '1961-11-08', '1961-11-08', 'EE', 'HTN-RPM', 'term date 01/31 but active device'],
        ['44817', 'Okafor-Reid', 'Jasmine', '1992-06-17', '1992-06-17', 'EE', 'BH', 'plan code BH not mapped'],
        ['45003', 'Lozano', 'Marisela', '1958-09-25', '1958-09-29', 'SP', 'DM-RPM', 'DOB mismatch'],
    ]))])

add('phi', 'lists', 'Abernethy-Cole',
    'Greg Nakamura <gnakamura@silverpinehp.com>',
    'Priya Raman <praman@nuvolinkhealth.com>',
    'Care gap outreach list - Q1 RPM',
    """Priya,

As discussed on Tuesday's call, attached is the Q1 list of Silverpine members in your hypertension
program with an open care gap (no BP controlled reading <140/90 in the measurement year) or a
recent ED visit. Please prioritize outreach to the ones flagged ED.

Greg Nakamura
Manager, Care Management Partnerships
Silverpine Health Plan""",
    atts=[('Silverpine_RPM_caregap_Q1.xlsx', 'application',
           'vnd.openxmlformats-officedocument.spreadsheetml.sheet',
           xlsxbytes([
               ['Member ID', 'Last Name', 'First Name', 'DOB', 'Last BP', 'Last BP Date', 'ED visit last 90d', 'PCP'],
               ['SLP330019284', 'Abernethy-Cole', 'Vivian', '04/16/1955', '158/94', '02/27/2024', 'Y', 'Dr. Santoro'],
               ['SLP330021177', 'Goldfarb', 'Milton', '12/01/1948', '149/88', '03/02/2024', 'N', 'Dr. Oyelaran'],
               ['SLP330044610', 'Ramírez Soto', 'Luz María', '07/09/1966', '171/101', '03/05/2024', 'Y', 'Dr. Santoro'],
               ['SLP330051902', 'Tsosie', 'Harrison', '09/30/1972', '144/92', '02/19/2024', 'N', 'Dr. Kim'],
               ['SLP330058835', 'Petrosyan', 'Anahit', '05/22/1960', '163/97', '03/08/2024', 'Y', 'Dr. Halloran'],
           ], sheet='Care Gaps'))])

_zcsv = csvtext([
    ['member_id', 'name', 'dob', 'phone', 'device_serial', 'program', 'readings_30d', 'avg_sys', 'avg_dia', 'avg_glucose'],
    ['NV-0051201', 'Gutierrez, Alma', '1962-03-15', '702-555-0119', 'VS-BP-771203', 'HTN', '27', '151', '93', ''],
    ['NV-0051388', 'Kaczmarek, Tomasz', '1957-10-02', '702-555-0164', 'VS-BP-771488', 'HTN', '30', '138', '84', ''],
    ['NV-0051420', 'Oduya, Grace', '1979-12-19', '702-555-0105', 'VS-GL-330917', 'DM', '58', '', '', '186'],
    ['NV-0051477', 'Hollis, Bradley', '1969-06-28', '725-555-0172', 'VS-GL-330962', 'DM', '12', '', '', '241'],
    ['NV-0051502', 'Farouk, Samira', '1985-02-07', '702-555-0138', 'VS-BP-771590', 'HTN', '19', '146', '97', ''],
])
add('phi', 'lists', 'Gutierrez',
    'Marcus Oyelaran <moyelaran@nuvolinkhealth.com>',
    'reporting@meridianlogistics.net',
    'RPM monthly extract - Feb 2024',
    """Hi Carol,

Here's the February RPM extract you asked for. I zipped it since the mail gateway keeps stripping
CSVs. Going forward this should come through the SFTP instead of email - can we get that set up
before the March run?

Marcus Oyelaran
Senior Integration Engineer, Nuvolink Health""",
    atts=[('meridian_rpm_202402.zip', 'application', 'zip',
           zipbytes([('meridian_rpm_202402.csv', _zcsv)]))])

# =====================================================================
# PHI - struct
# =====================================================================
add('phi', 'struct', 'BALOGUN',
    'Marcus Oyelaran <moyelaran@nuvolinkhealth.com>',
    'interfaces@lindenfamilymed.com',
    'ADT feed rejecting - PID-7?',
    """Hey Linden interface team,

Your A04s started rejecting on our side around 2am. Our engine says "PID-7 invalid date". Here's one
of them straight out of the error queue, looks like the DOB is coming across with dashes now:

MSH|^~\\&|LINDENEHR|LFM|NUVOLINK|NVH|20240312021544||ADT^A04^ADT_A01|LFM0312021544883|P|2.5.1
EVN|A04|20240312021544
PID|1||LFM00729931^^^LFM^MR||BALOGUN^OLUWASEUN^T||1986-08-14|M|||2290 Cedar Bluff Rd^^Knoxville^TN^37923||(865)555-0127|||S||LFM7731184
PV1|1|O|TELE^^^LFM||||1457736221^FAIRWEATHER^ANNE^^^MD|||||||||||V88213
DG1|1||I10^Essential (primary) hypertension^I10|||A

Did something change in your build last night? We had 37 of these overnight.

Marcus Oyelaran
Senior Integration Engineer | Nuvolink Health""")

_oru = ("MSH|^~\\&|CORVANE|CVL|NUVOLINK|NVH|20240307164402||ORU^R01|CVL240307164402117|P|2.5.1\r"
        "PID|1||448210^^^NVH^MR~A24-0931187^^^CVL^AN||REYES^ANTONIO^M||19710522|M|||88 Birchmont Ave^^Columbus^OH^43214\r"
        "ORC|RE|NVH-ORD-552210|A24-0931187\r"
        "OBR|1|NVH-ORD-552210|A24-0931187|80061^LIPID PANEL^CPT|||20240307081500\r"
        "OBX|1|NM|2093-3^Cholesterol total^LN||242|mg/dL|<200|H|||F\r"
        "OBX|2|NM|2571-8^Triglyceride^LN||310|mg/dL|<150|H|||F\r"
        "OBX|3|NM|2085-9^HDL^LN||38|mg/dL|>39|L|||F\r"
        "OBX|4|NM|13457-7^LDL calc^LN||142|mg/dL|<100|H|||F\r")
add('phi', 'struct', 'REYES',
    'Lab Integration <labint@nuvolinkhealth.com>',
    'Marcus Oyelaran <moyelaran@nuvolinkhealth.com>',
    'corrected ORU from Corvane - please reprocess',
    """Marcus,

Attached is the corrected ORU Corvane resent for the mis-filed lipid panel (see the earlier thread).
The engine didn't pick it up because it came in on the manual channel. Can you drop it into the
inbound queue and then delete the original OBX set from chart 448120?

Raw file attached as they sent it.

thanks,
Nadia
Lab Integration Analyst""",
    atts=[('CVL_ORU_A24-0931187_corrected.hl7', 'application', 'octet-stream', _oru.encode('ascii'))])

add('phi', 'struct', 'DOMINGUEZ',
    'Revenue Cycle <claims@nuvolinkhealth.com>',
    'support@claimbridge.net',
    'Ticket 551903 - 837P rejected at payer, loop 2010BA',
    """ClaimBridge support,

The claim below is getting rejected by BlueCrest with "A7:164 - subscriber ID invalid" but the ID
matches the card the member uploaded. Pasting the relevant part of the 837P. Can you see if the
NM1 is getting reformatted on your side?

ST*837*0021*005010X222A1~
BHT*0019*00*NVH240311A*20240311*1412*CH~
HL*1**20*1~
NM1*85*2*NUVOLINK HEALTH PC*****XX*1639204418~
HL*2*1*22*0~
SBR*P*18*BCP44021**** ***CI~
NM1*IL*1*DOMINGUEZ*ALEJANDRO*R***MI*BCP 6620 1183 04~
N3*415 W ORCHARD ST~
N4*AURORA*IL*60506~
DMG*D8*19790203*M~
CLM*NVH-24-0032210*95***10:B:1*Y*A*Y*Y~
HI*ABK:F41.1~
SV1*HC:90834:95*95*UN*1***1~
DTP*472*D8*20240305~

Thanks,
Yvette Cormier
Billing Specialist, Nuvolink Health""")

add('phi', 'struct', 'SHARMA',
    'Tomás Herrera <therrera@nuvolinkhealth.com>',
    'eligibility-eng@nuvolinkhealth.com',
    '271 parse issue - plan dates in wrong segment',
    """Eng - our 271 parser is reading the plan begin date as the member DOB for Silverpine responses.
Example from this morning's real-time check (member was trying to start a video visit and got
blocked as "not eligible"):

ISA*00*          *00*          *ZZ*SILVERPINE     *ZZ*NUVOLINK       *240311*0904*^*00501*000004471*0*P*:~
GS*HB*SILVERPINE*NUVOLINK*20240311*0904*4471*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*NVH-EV-7781023*20240311*0904~
HL*3*2*22*0~
TRN*2*NVH-EV-7781023*9NUVOLINK~
NM1*IL*1*SHARMA*ANJALI*K***MI*SLP228104477~
N3*7 PRIMROSE CT~
N4*WESTERVILLE*OH*43081~
DMG*D8*19910618*F~
DTP*346*D8*20240101~
EB*1*IND*30*HM*SILVERPINE GOLD 2500~
EB*B*IND*98***27*25*****Y~
MSG*TELEHEALTH VISITS $25 COPAY~

DMG is 1991-06-18 but the app showed her DOB as 01/01/2024 and failed the match. Ticket ELIG-2291.

Tomás""")

add('phi', 'struct', 'Castellanos',
    'Priyanka Iyer <piyer@nuvolinkhealth.com>',
    'rpm-platform@nuvolinkhealth.com',
    'FHIR push to Silverpine failing on Observation - sample payload',
    """Team, Silverpine's FHIR endpoint is returning 422 on our BP Observations since the 3/9 deploy. I
think it's the missing category. Here's the bundle we sent (copied from the prod log, sorry - it's
the only failing one I could grab quickly):

{
  "resourceType": "Bundle",
  "type": "transaction",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "nv-0047715",
        "identifier": [{"system": "https://silverpinehp.com/member-id", "value": "SLP330039822"}],
        "name": [{"family": "Castellanos", "given": ["Ruben", "Ignacio"]}],
        "gender": "male",
        "birthDate": "1964-08-30",
        "telecom": [{"system": "phone", "value": "614-555-0181"}]
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "85354-9", "display": "Blood pressure panel"}]},
        "subject": {"reference": "Patient/nv-0047715"},
        "effectiveDateTime": "2024-03-11T07:12:44-05:00",
        "component": [
          {"code": {"coding": [{"system": "http://loinc.org", "code": "8480-6"}]}, "valueQuantity": {"value": 176, "unit": "mm[Hg]"}},
          {"code": {"coding": [{"system": "http://loinc.org", "code": "8462-4"}]}, "valueQuantity": {"value": 98, "unit": "mm[Hg]"}}
        ]
      }
    }
  ]
}

Response: {"issue":[{"severity":"error","code":"required","diagnostics":"Observation.category: minimum required = 1"}]}

-- Priyanka""")

add('phi', 'struct', 'Lindgren',
    'Greg Nakamura <gnakamura@silverpinehp.com>',
    'Marcus Oyelaran <moyelaran@nuvolinkhealth.com>',
    'RE: CCD format for transition of care docs',
    """Marcus,

Our document team says the CCDs you're sending are missing the author section. Here's the top of
the one that failed validation yesterday so you can compare:

<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Nuvolink Health Continuity of Care Document</title>
  <effectiveTime value="20240311140233-0500"/>
  <recordTarget>
    <patientRole>
      <id extension="SLP330062218" root="2.16.840.1.113883.3.9921"/>
      <addr use="HP"><streetAddressLine>3310 Hollow Oak Dr</streetAddressLine>
        <city>Gahanna</city><state>OH</state><postalCode>43230</postalCode></addr>
      <telecom value="tel:+1-614-555-0166" use="HP"/>
      <patient>
        <name><given>Margit</given><family>Lindgren</family></name>
        <administrativeGenderCode code="F"/>
        <birthTime value="19530417"/>
      </patient>
    </patientRole>
  </recordTarget>
  ...
  <section><title>Medications</title>
    <text>apixaban 5 mg BID; metoprolol tartrate 25 mg BID; atorvastatin 40 mg daily</text>
  </section>

Can you add the author/assignedAuthor block and resend?

Greg

> -----Original Message-----
> From: Marcus Oyelaran
> Sent: Friday, March 8, 2024 5:10 PM
> Are you able to take C-CDA 2.1 CCDs or do you need the older R1.1?""")

add('phi', 'struct', 'WASHINGTON',
    'Yvette Cormier <ycormier@nuvolinkhealth.com>',
    'Revenue Cycle <claims@nuvolinkhealth.com>',
    '835 - underpaid RPM codes',
    """BlueCrest paid 99454 at $0 again on this ERA. Remit snippet below - CARC 119 (benefit max).
Pretty sure that's wrong, she's only been billed 99454 once this month. I'll appeal unless
someone objects.

CLP*NVH-24-0029118*2*148.00*47.00**12*BC2403080044711*10*1~
NM1*QC*1*WASHINGTON*LORETTA*J***MI*BCP 5520 9914 02~
NM1*82*2*NUVOLINK HEALTH PC*****XX*1639204418~
DTM*232*20240201~
DTM*233*20240229~
SVC*HC:99457*52.00*47.00**1~
SVC*HC:99454*64.00*0**1~
CAS*CO*119*64.00~
SVC*HC:99453*32.00*0**1~
CAS*CO*97*32.00~

Yvette""")

# =====================================================================
# PHI - lang
# =====================================================================
add('phi', 'lang', 'Quintero',
    'Marisol Quintero <marisolq62@gmail.com>',
    'care@nuvolinkhealth.com',
    'azucar muy alta',
    """Buenas tardes,

Soy Marisol Quintero. Mi azúcar está muy alta desde el domingo, esta mañana el aparato marcó 342.
El doctor Menon me subió la insulina a 18 unidades el viernes pero no baja. Tengo mucha sed y voy
al baño a cada rato. ¿Alguien me puede llamar hoy? No entiendo bien los mensajes en inglés.

Mi teléfono es 614-555-0109.

Gracias,
Marisol""")

add('phi', 'lang', 'Carvalho',
    'Fernanda Lima <flima@nuvolinkhealth.com>',
    'Helen Kowalczyk <hkowalczyk@nuvolinkhealth.com>',
    'Nota da interpretação - Sr. Carvalho (resumo em inglês abaixo)',
    """Dra. Kowalczyk,

Segue a nota da consulta por vídeo de hoje com o Sr. Joaquim Carvalho (interpretação em português):

- Relata tontura ao levantar há uma semana, desde que começou a tomar a tansulosina.
- Pressão em casa: 102/64 de manhã.
- Dr. Delgado orientou tomar a tansulosina à noite e levantar devagar; se continuar, suspender e
  marcar retorno.
- Pediu a receita da metformina renovada na farmácia Drogaria Popular (ele vai passar o verão em
  Fall River).

EN summary: Mr. Carvalho, dizzy on standing since starting tamsulosin, home BP 102/64. Advised to
take it at bedtime; stop and follow up if it persists. Needs metformin refill sent.

Fernanda Lima
Intérprete Médica Certificada (CMI-Portuguese)""",
    cte='quoted-printable')

add('phi', 'lang', 'Lê Văn Thành',
    'Lê Ngọc Anh <ngocanh.le@gmail.com>',
    'support@nuvolinkhealth.com',
    'Về việc đo huyết áp của bố tôi - Lê Văn Thành',
    """Chào anh chị,

Tôi là con gái của ông Lê Văn Thành (sinh ngày 12/08/1949). Bố tôi đang tham gia chương trình đo
huyết áp tại nhà của công ty. Mấy hôm nay máy đo báo huyết áp của bố là 178/96 và bố bị nhức đầu.
Bác sĩ có dặn uống thêm thuốc amlodipine 5mg nhưng nhà thuốc nói chưa nhận được đơn.

Nhờ anh chị kiểm tra giúp và gọi lại cho tôi số 408-555-0153. Bố tôi không nói được tiếng Anh.

Cảm ơn anh chị nhiều.
Ngọc Anh""")

add('phi', 'lang', 'Jean-Baptiste',
    'Wideline Jean-Baptiste <wjeanbaptiste@yahoo.com>',
    'appointments@nuvolinkhealth.com',
    'Renouvle medikaman',
    """Bonjou,

Mwen se Wideline Jean-Baptiste, dat nesans mwen se 22 oktòb 1976. Mwen te fè yon vizit videyo ak
doktè a semèn pase pou tansyon mwen. Li te di m l ap voye renouvèlman pou lisinopril la ak
metfòmin lan nan famasi Walgreens sou Flatbush Ave, men famasi a di yo pa resevwa anyen.

Mwen gen sèlman 3 grenn ki rete. Tanpri rele m nan 718-555-0133. Mwen pale kreyòl, yon ti kras
angle.

Mèsi anpil,
Wideline""")

add('phi', 'lang', 'Kuznetsova',
    'Ольга Кузнецова <o.kuznetsova58@mail.ru>',
    'care@nuvolinkhealth.com',
    'Результаты анализов',
    """Здравствуйте,

Меня зовут Ольга Кузнецова, дата рождения 03.11.1958. На прошлой неделе доктор Бело по видео
назначила мне анализ крови на гормоны щитовидной железы и холестерин. Я сдала кровь в
лаборатории Corvane 6 марта, но в приложении результаты не показываются.

Также доктор говорила, что может поменять дозу левотироксина. Пожалуйста, сообщите результаты
и нужно ли менять дозу. Английский я понимаю плохо, лучше писать по-русски.

С уважением,
Ольга Кузнецова""")

add('phi', 'lang', 'Dimaculangan',
    'Rosario Villanueva RN <rvillanueva@nuvolinkhealth.com>',
    'Jocelyn Santos RN <jsantos@nuvolinkhealth.com>',
    'si Lola Dimaculangan',
    """Jo, pa-check naman si Mrs. Dimaculangan (Erlinda) bukas ng umaga. Tumawag siya kanina, nahihilo daw
siya at yung glucose niya 58 bago mag-almusal. Sabi ko kumain muna siya ng kanin at juice, tapos
nag-recheck 104 na. Kakabago lang ng glipizide niya, 10mg na ngayon galing sa 5mg, baka yun ang
dahilan. Na-message ko na si Dr. Menon pero wala pang sagot.

Tagalog lang siya comfortable, kaya ikaw na ang tumawag ha. Salamat!

Rose""")

add('phi', 'lang', '王秀英',
    '陈明 <chenming.sf@163.com>',
    'support@nuvolinkhealth.com',
    '关于我母亲王秀英的视频问诊',
    """您好，

我是王秀英的儿子陈明。我母亲今年72岁，出生日期1952年5月9日，在贵公司的血糖监测项目里。
上周三她和医生视频问诊后，医生说要把二甲双胍加到每天两次，每次1000毫克，还要给她做糖化血红蛋白检查。
但是药房说没有收到新的处方，化验单也没有寄来。她最近早上血糖都在200左右。

麻烦帮忙查一下，母亲不会说英语，请打我的电话 415-555-0128 联系。

谢谢！
陈明""",
    cte='base64')

# =====================================================================
# CLEAN - admin
# =====================================================================
add('clean', 'admin', '',
    'Priya Raman <praman@nuvolinkhealth.com>',
    'nurseline-staff@nuvolinkhealth.com',
    'Nurse line on-call schedule wk of 3/18 (updated)',
    """Updated on-call for next week - Bernadette and Rosario swapped Tues/Thurs. Please double check your
shifts and tell me by Friday if anything's wrong.

Day         Overnight (7p-7a)        Backup               Cell
Mon 3/18    Bernadette Quill RN      Jocelyn Santos RN    614-555-0171
Tue 3/19    Rosario Villanueva RN    Ruth Abernathy RN    614-555-0188
Wed 3/20    Jocelyn Santos RN        Bernadette Quill RN  614-555-0104
Thu 3/21    Bernadette Quill RN      Rosario Villanueva   614-555-0171
Fri 3/22    Ruth Abernathy RN        Jocelyn Santos RN    614-555-0193
Sat/Sun     Rosario Villanueva RN    Priya Raman RN       614-555-0188

Physician backup all week is Dr. Kowalczyk (pager via the answering service, acct 40912).

Priya Raman, BSN, RN
Clinical Operations Manager""")

add('clean', 'admin', '',
    'Nuvolink IT Service Desk <servicedesk@nuvolinkhealth.com>',
    'Sunil Menon <smenon@nuvolinkhealth.com>',
    '[INC-20240311-0042] Okta MFA reset - resolved',
    """Hello Sunil,

Your ticket INC-20240311-0042 "can't log into EHR after phone replacement" has been resolved.

Resolution: Okta Verify factor reset; user re-enrolled new device (iPhone 15) at 08:52 ET. Confirmed
access to the EHR, Surescripts EPCS token and the video visit console.

If you still have issues, reply to this email within 5 business days to reopen the ticket, or call
the service desk at x4357 (x-HELP).

Assigned to: Tyrone Baptiste, IT Support Analyst
Priority: P2 - clinician unable to see patients
Opened: 03/11/2024 07:31  Closed: 03/11/2024 09:04

Nuvolink IT Service Desk""")

add('clean', 'admin', '',
    'AR Department <ar@vitalsyncdevices.com>',
    'Accounts Payable <ap@nuvolinkhealth.com>',
    'Invoice INV-88213 - PO 4500071294',
    """Dear Accounts Payable,

Please find below invoice INV-88213 for the February device shipment.

PO:           4500071294
Invoice date: 03/01/2024
Terms:        Net 45
Items:
  VS-BP200 cellular blood pressure cuff, adult L     500 @ $48.50   = $24,250.00
  VS-GL10 cellular glucometer kit                    300 @ $36.00   = $10,800.00
  Test strips 50ct                                 1,200 @  $9.25   = $11,100.00
  Drop-ship fees                                     800 @  $4.00   =  $3,200.00
                                                            Total   = $49,350.00

Remit to: VitalSync Devices LLC, PO Box 71129, Minneapolis MN 55471
ACH details on file. Questions: Gina Marsh, AR Specialist, 612-555-0140.

Thank you for your business!""")

add('clean', 'admin', '',
    'People Team <people@nuvolinkhealth.com>',
    'all-staff@nuvolinkhealth.com',
    'Reminder: benefits open enrollment + onsite flu/COVID shot clinic',
    """Hi everyone,

Two quick reminders from the People Team:

1) Open enrollment for our own employee benefits closes Friday, March 22 at 5 PM ET. Log into
   Workday > Benefits to confirm your medical, dental, vision, FSA and HSA elections. If you do
   nothing, your current elections roll over except the FSA, which must be re-elected.

2) The Columbus office shot clinic is Wednesday 3/20, 10-2, in the Maple room. No appointment
   needed; bring your insurance card. Remote folks can get reimbursed up to $40 - submit the receipt
   in Expensify under "Wellness".

Questions? Reach out to Keiko Albright (HR Business Partner, x2231) or reply here.

Thanks!
The People Team""",
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hi everyone,</p><p>Two quick reminders from the People Team:</p>
<ol><li><b>Open enrollment</b> for our own employee benefits closes <b>Friday, March 22 at 5 PM ET</b>. Log into Workday &gt; Benefits to confirm your medical, dental, vision, FSA and HSA elections. If you do nothing, your current elections roll over except the FSA, which must be re-elected.</li>
<li>The Columbus office <b>shot clinic</b> is Wednesday 3/20, 10-2, in the Maple room. No appointment needed; bring your insurance card. Remote folks can get reimbursed up to $40 - submit the receipt in Expensify under &quot;Wellness&quot;.</li></ol>
<p>Questions? Reach out to Keiko Albright (HR Business Partner, x2231) or reply here.</p>
<p>Thanks!<br>The People Team</p></body></html>""")

add('clean', 'admin', '',
    'Facilities <facilities@nuvolinkhealth.com>',
    'columbus-office@nuvolinkhealth.com',
    'Sat 3/16 HVAC work + badge readers offline',
    """Columbus folks -

Crestline Mechanical will be replacing the rooftop unit over the 3rd floor this Saturday, 3/16,
7 AM - 3 PM. The 3rd floor (including the clinical ops pod and the two provider video rooms) will
be closed. Providers who normally work from rooms 312/314 on Saturday should work from home or use
rooms 205/207.

The badge readers on the north stairwell will also be offline 7-9 AM. Use the main lobby.

Contact for the day: Luis Ferraro, facilities, 614-555-0125.

Thanks,
Facilities""")

add('clean', 'admin', '',
    'Tomás Herrera <therrera@nuvolinkhealth.com>',
    'Dana Whitfield <dwhitfield@corlissmfg.com>',
    'RE: 834 file schedule change starting April',
    """Hi Dana,

That works for us. Confirming the new setup:

- File: CORLISS_834_YYYYMMDD.txt (full file, not changes-only)
- Drop: SFTP sftp.nuvolinkhealth.com, folder /inbound/corliss/834
- Day: every Tuesday by 6 AM ET, starting 4/2/2024
- PGP key: our 2024 public key (fingerprint ends 7C1A 9E40) - I'll send it separately
- We'll send an acknowledgment email with record counts by 10 AM. Last week's file had 1,284
  subscribers / 2,917 total lives, for reference.

Our go-live test will be on 3/26 with a test file - please use your test environment data for that.

Thanks,
Tomás

On Thu, Mar 7, 2024 at 3:12 PM Dana Whitfield <dwhitfield@corlissmfg.com> wrote:
> Hi Tomás - our payroll vendor is moving us to weekly files. Can we switch to Tuesdays?
> Dana Whitfield | Benefits Manager | Corliss Manufacturing | 419-555-0190""")

add('clean', 'admin', '',
    'Finance <finance@nuvolinkhealth.com>',
    'Greg Nakamura <gnakamura@silverpinehp.com>',
    'Silverpine - February PMPM invoice NVH-INV-2024-0217',
    """Greg,

Attached is our February invoice. Summary:

  Eligible lives (Feb avg)            38,412  x $1.15 PMPM   = $44,173.80
  Video visit fees (2,106 visits)             x $42.00      = $88,452.00
  RPM enrollment fees (new, 118)              x $65.00      =  $7,670.00
  RPM monthly (avg 1,342 enrolled)            x $52.00      = $69,784.00
                                                     Total   = $210,079.80

Utilization detail by program and by group number is in the usual aggregate report on the portal.
Payment due 4/14/2024. Please reference NVH-INV-2024-0217 on the remittance.

Regards,
Owen Castellano
Senior Billing Analyst, Finance""")

# =====================================================================
# CLEAN - lookalike
# =====================================================================
add('clean', 'lookalike', '',
    'IronLeaf Fitness <members@ironleaffitness.com>',
    'tjwalsh88@gmail.com',
    'Your membership renews 04/01 - Member #004417',
    """Hi TJ,

Your IronLeaf Fitness membership (Member #004417, Plan: All-Access Monthly) renews on 04/01/2024 at
$49.99. Nothing to do if you'd like to keep training with us!

New this month:
  - Heart Rate Zone Training, Tues/Thurs 6:15 AM with Coach Dani
  - Recovery & Mobility (foam roller + stretching), Sundays 9 AM
  - Free InBody body composition scan with any personal training package

Want to freeze your membership for an injury or travel? Stop by the front desk or reply to this email.

See you on the floor,
IronLeaf Fitness - Hilliard
(614) 555-0150""",
    html="""<html><body style="background:#f4f4f4;font-family:Arial"><table width="600" align="center" style="background:#fff;padding:20px"><tr><td>
<h2 style="color:#2e7d32">Hi TJ,</h2>
<p>Your IronLeaf Fitness membership (<b>Member #004417</b>, Plan: All-Access Monthly) renews on <b>04/01/2024</b> at $49.99. Nothing to do if you'd like to keep training with us!</p>
<h3>New this month</h3><ul><li>Heart Rate Zone Training, Tues/Thurs 6:15 AM with Coach Dani</li><li>Recovery &amp; Mobility (foam roller + stretching), Sundays 9 AM</li><li>Free InBody body composition scan with any personal training package</li></ul>
<p>Want to freeze your membership for an injury or travel? Stop by the front desk or reply to this email.</p>
<p>See you on the floor,<br>IronLeaf Fitness - Hilliard<br>(614) 555-0150</p></td></tr></table></body></html>""")

add('clean', 'lookalike', '',
    'Oakbrook Animal Hospital <frontdesk@oakbrookvet.com>',
    'Martin Hargrove <mhargrove@comcast.net>',
    "Biscuit's dental cleaning + bloodwork results",
    """Dear Mr. Hargrove,

Biscuit did great today! Here's a summary of his visit.

Patient: Biscuit (canine, beagle mix, neutered male)
Patient ID: 55821
DOB: 04/12/2016   Weight: 31.4 lb

- Pre-anesthetic bloodwork (CBC/chemistry): all values within normal limits; BUN slightly high
  normal, we'll recheck at his next wellness visit
- Dental cleaning under anesthesia with full-mouth x-rays
- Two extractions (upper left premolars) due to fractured roots
- Discharged with carprofen 25 mg, 1 tab by mouth twice daily x 5 days, and soft food for a week

Please call us at 555-0162 if he isn't eating by tomorrow evening or you notice bleeding.

Dr. Priscilla Vance, DVM
Oakbrook Animal Hospital""")

add('clean', 'lookalike', '',
    'Heartland Federal Credit Union <alerts@heartlandfcu.org>',
    'Renee Castillo <renee.castillo@outlook.com>',
    'Your auto loan application - Member # 88120-4471',
    """Hello Renee,

Thank you for applying for an auto loan with Heartland Federal Credit Union.

Member #: 88120-4471
Application ID: AL-2024-030918
Requested amount: $24,500.00
Status: Conditionally approved - pending proof of income

Please upload your two most recent pay stubs in online banking under Documents > Loan Uploads, or
bring them to any branch. Your rate will be locked for 30 days from 03/09/2024.

Questions? Call Member Services at 800-555-0167, Mon-Sat 8am-6pm.

Heartland FCU will never ask for your PIN or full SSN by email.
Federally insured by NCUA.""")

add('clean', 'lookalike', '',
    'Skyline Air <itinerary@skylineair.com>',
    'GREGORY PALMQUIST <g.palmquist@nuvolinkhealth.com>',
    'Your trip confirmation - QX7R2M - Columbus to Denver',
    """Confirmation code: QX7R2M

Passenger: PALMQUIST/GREGORY MR
Date of birth (as on ID): 17 Feb 1981
Known Traveler Number: 9921774550
SkyMiles #: 2248 9910 7742

Flight SA 1418   Tue 02 Apr 2024   CMH 07:05 -> DEN 08:41   Seat 14C   Main Cabin
Flight SA 2207   Fri 05 Apr 2024   DEN 17:30 -> CMH 22:18   Seat 21A   Main Cabin

Need special assistance, wheelchair service or to travel with medical equipment? Let us know at
least 48 hours before departure at skylineair.com/assistance.

Total charged to Visa ending 0915: $412.60""")

add('clean', 'lookalike', '',
    'Claims - Granite Mutual Auto <claims@granitemutual.com>',
    'lena.voss@gmail.com',
    'Claim 7-44120-AU update: estimate approved',
    """Dear Lena Voss,

This is an update on your collision claim.

Claim number: 7-44120-AU
Policy number: GMA-3381029-04
Date of loss: 02/27/2024
Vehicle: 2019 Honda CR-V, VIN ending 48812

The estimate from Westgate Collision ($4,318.22) has been approved. Your $500 deductible will be
paid directly to the body shop. No injuries were reported on this claim; if that changes, please
contact your adjuster right away so we can open a medical payments line.

Rental coverage is approved for up to 10 days at $40/day through Enterprise, reservation 55902817.

Your adjuster: Brandon Okoye, 877-555-0114 ext 3302

Granite Mutual Insurance Company""")

add('clean', 'lookalike', '',
    'Caleb Finnegan <caleb@finneganarborcare.com>',
    'Joanne Pruett <jpruett62@yahoo.com>',
    'Re: the big oak out back',
    """Hi Joanne,

Went back out today with the resistograph to confirm - the diagnosis is Ganoderma root and butt rot
on the north side of the white oak. About 30% decay at the root flare, so the patient isn't dying
tomorrow but that big limb over your garage is a real risk.

Treatment plan I'd recommend:
  1. Remove the north limb (crane job, about half a day)
  2. Crown reduction ~15% to take weight off
  3. Soil decompaction + mulch ring, and a follow-up check in 6 months

Quote #FA-2291: $3,850 for 1 and 2, $450 for 3. We could schedule the week of April 8th.

Honestly if the decay is past 40% next year I'd talk about removal.

Caleb Finnegan
ISA Certified Arborist OH-6671A
Finnegan Arbor Care | 614-555-0179""")

add('clean', 'lookalike', '',
    'Ravi Subramanian <rsubramanian@nuvolinkhealth.com>',
    'platform-eng@nuvolinkhealth.com',
    'postmortem: video-gw health checks failing (zombie procs)',
    """Postmortem draft for Saturday's video gateway incident (INC-20240309-0007). Comments by Wed.

Summary: the health check on video-gw-03 started failing at 02:14 UTC. The supervisor was killing
the worker (PID 44812) on heartbeat timeout but its child ffmpeg processes were orphaned and
re-parented to PID 1, where they never got reaped. ~2,300 zombie processes by 04:00; the node ran out
of PIDs and new sessions were refused.

"Patient zero" was a single stuck transcoding job - after it hung, every restart left more orphans.

Symptoms: elevated 503s on /session/join (peak 11.4%), p99 latency 8.2s, no data loss.

Fixes:
  - add tini as PID 1 in the container so children get reaped
  - kill the whole process group (kill -- -PGID) on timeout instead of just the parent
  - new alert: zombie count > 50 on any node

Treatment was a rolling restart at 04:22; all nodes healthy at 04:41.

Ravi
SRE, Platform""")

# =====================================================================
# CLEAN - news
# =====================================================================
add('clean', 'news', '',
    'Nuvolink Internal Comms <comms@nuvolinkhealth.com>',
    'all-staff@nuvolinkhealth.com',
    'The Pulse - Q1 2024 edition',
    """THE PULSE | Nuvolink Health internal newsletter | Q1 2024

BY THE NUMBERS
  * 41,280 video visits completed in Q1 (up 12% vs Q4)
  * Median wait to see a provider: 7 minutes
  * Remote monitoring enrollment passed 6,000 members; 71% of hypertension members now have a
    controlled average reading after 90 days
  * Nurse advice line answered 18,904 calls, 94% within 60 seconds

WINS
Harbortown Unified School District went live 2/1 with 4,100 eligible employees. Huge thanks to
Tomás Herrera and the eligibility team for turning around their first 834 file in two days.

WELCOME
Please welcome Dr. Sunil Menon (internal medicine), Fernanda Lima (Portuguese medical interpreter)
and Priyanka Iyer (platform engineering).

SHOUT-OUT
Bernadette Quill, RN was nominated by three different members this quarter for "going above and
beyond" on the overnight nurse line. Thank you, Bernadette!

Have news for the next issue? Email comms@nuvolinkhealth.com.""")

add('clean', 'news', '',
    'Franklin Valley Public Health <alerts@fvph.example.gov>',
    'partners-list@fvph.example.gov',
    'HEALTH ADVISORY: Measles cases confirmed in Franklin Valley',
    """HEALTH ADVISORY - FOR HEALTHCARE PROVIDERS
March 11, 2024

Franklin Valley Public Health has confirmed 3 cases of measles in county residents since March 4.
All three were unvaccinated children; two are linked to the same household. Possible exposure
locations and times are posted at fvph.example.gov/measles.

Recommendations for clinicians:
  - Consider measles in any patient with fever and rash, especially with cough, coryza or
    conjunctivitis, regardless of travel history.
  - Do not send suspected cases to the waiting room; telehealth providers should direct patients
    to call ahead before arriving at any facility.
  - Report suspected cases immediately to the county epidemiology line, 555-0100 (24/7).
  - Verify MMR status of staff; two documented doses are considered presumptive evidence of
    immunity.

Free MMR clinics: Saturdays in March, 9 am - 1 pm, at the Eastside Health Center.

This message is for healthcare providers and partners. Please share within your organization.""")

add('clean', 'news', '',
    'Kevin Tran PharmD <ktran@nuvolinkhealth.com>',
    'prescribers@nuvolinkhealth.com',
    'FW: Voluntary recall - metformin ER 500 mg, specific lots',
    """Prescribers - FYI, no action needed on our side other than awareness. Members may ask about it.
Our eRx system doesn't prescribe by manufacturer, so pharmacies will substitute from other lots.
Tell members not to stop metformin on their own; they can bring the bottle to their pharmacy to
check the lot.

Kevin

-----Original Message-----
From: Drug Safety Alerts <noreply@rxsafetywire.example.com>
Sent: Monday, March 11, 2024 6:00 AM
Subject: Voluntary recall - metformin ER 500 mg (Halbrook Pharma)

Halbrook Pharmaceuticals is voluntarily recalling 4 lots of metformin hydrochloride
extended-release tablets, 500 mg, to the retail level due to N-nitrosodimethylamine (NDMA) above
the acceptable daily intake limit.

Product: Metformin HCl ER Tablets USP, 500 mg, 100-count bottles
NDC: 71933-0412-01
Lots: HB23-1187, HB23-1188, HB23-1204, HB23-1219 (exp 08/2025 - 11/2025)

Patients taking the affected product should continue taking their medication until a pharmacist
or doctor provides a replacement or alternative treatment. Adverse reactions may be reported to
the manufacturer at 1-800-555-0175.""")

add('clean', 'news', '',
    'Silverpine Health Plan <employers@silverpinehp.com>',
    'Dana Whitfield <dwhitfield@corlissmfg.com>',
    'Employer Wellness Bulletin - March: Know Your Numbers',
    """SILVERPINE EMPLOYER WELLNESS BULLETIN - MARCH 2024

Know Your Numbers
Nearly half of U.S. adults have high blood pressure, and many don't know it. This month, help your
employees "know their numbers" with these ready-to-share resources:

  * Printable flyer: "What your blood pressure numbers mean" (English/Spanish)
  * Your members can get a free connected blood pressure cuff through the Nuvolink remote
    monitoring program if they have a hypertension diagnosis - no copay on Gold and Platinum plans
  * Onsite biometric screening events can be booked through your account manager (minimum 25
    participants; results are confidential and only reported to employers in aggregate)

Webinar: "Building a heart-healthy workplace" - Thursday, March 28, 12:00 ET. Presented by
Dr. Elaine Fortescue, Silverpine Chief Medical Officer.

Questions? Contact your Silverpine account manager or employers@silverpinehp.com.

You're receiving this because you're a benefits contact for a Silverpine group. Unsubscribe.""",
    html="""<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#1b5e20">Know Your Numbers</h1>
<p>Nearly half of U.S. adults have high blood pressure, and many don't know it. This month, help your employees &ldquo;know their numbers&rdquo; with these ready-to-share resources:</p>
<ul><li>Printable flyer: &ldquo;What your blood pressure numbers mean&rdquo; (English/Spanish)</li>
<li>Your members can get a free connected blood pressure cuff through the Nuvolink remote monitoring program if they have a hypertension diagnosis &mdash; no copay on Gold and Platinum plans</li>
<li>Onsite biometric screening events can be booked through your account manager (minimum 25 participants; results are confidential and only reported to employers in aggregate)</li></ul>
<p><b>Webinar:</b> &ldquo;Building a heart-healthy workplace&rdquo; &mdash; Thursday, March 28, 12:00 ET. Presented by Dr. Elaine Fortescue, Silverpine Chief Medical Officer.</p>
<p style="font-size:9pt;color:#777">You're receiving this because you're a benefits contact for a Silverpine group. <a href="https://silverpinehp.com/unsub">Unsubscribe</a>.</p>
</body></html>""")

add('clean', 'news', '',
    'Analytics <analytics@nuvolinkhealth.com>',
    'Clinical Leadership <clin-leads@nuvolinkhealth.com>',
    'Nurse line monthly stats - February 2024',
    """Nurse Advice Line - February 2024 summary (all clients, aggregate)

Total calls: 6,211   Avg handle time: 11m 40s   Abandon rate: 2.9%

Top call reasons                 Calls    % of total
Upper respiratory symptoms       1,402    22.6%
Fever (pediatric)                  788    12.7%
Medication questions               701    11.3%
Abdominal pain / GI                533     8.6%
Rash / skin                        410     6.6%
Blood pressure / RPM alert         388     6.2%
Mental health / crisis             164     2.6%
Other                            1,825    29.4%

Dispositions: home care 48%, video visit booked 27%, urgent care 13%, ED 9%, 911 2%, other 1%.
ED referral rate is flat vs January. Crisis calls were all warm-transferred per protocol.

No member-level data in this report; drill-down is in the Looker dashboard (restricted).

- Analytics team""")

add('clean', 'news', '',
    'Virtual Care Weekly <digest@virtualcareweekly.example.com>',
    'Helen Kowalczyk <hkowalczyk@nuvolinkhealth.com>',
    'Virtual Care Weekly: RPM billing changes, DEA telehealth rule, state licensure updates',
    """VIRTUAL CARE WEEKLY - Issue #212

1. RPM billing: what the 2024 physician fee schedule changed
   CMS clarified that 99453 and 99454 require at least 16 days of data in a 30-day period, and that
   only one practitioner can bill them per patient per period. New: RPM can be billed for
   established patients of FQHCs and RHCs. Analysts expect payer audits of 99457/99458 time
   documentation to increase.

2. DEA extends telemedicine flexibilities through end of 2024
   Prescribing of controlled substances via telehealth without a prior in-person visit remains
   allowed while the agency finalizes a special registration rule.

3. Licensure
   Two more states joined the Interstate Medical Licensure Compact; the Nurse Licensure Compact now
   covers 41 jurisdictions.

4. Survey: 62% of employers plan to expand virtual behavioral health benefits in 2025.

Forward to a colleague | Manage preferences""")

# =====================================================================
# CLEAN - staff
# =====================================================================
add('clean', 'staff', '',
    'Helen Kowalczyk MD <hkowalczyk@nuvolinkhealth.com>',
    'rpm-nurses@nuvolinkhealth.com',
    'RPM escalation thresholds - proposed changes, feedback by 3/22',
    """Team,

Proposed changes to the hypertension RPM escalation protocol, effective April 1:

  - SBP >= 180 or DBP >= 110 (single reading) with ANY symptoms (chest pain, SOB, neuro changes,
    severe headache, vision change): call within 15 min, direct to 911/ED. No change.
  - SBP >= 180 or DBP >= 110 without symptoms: nurse call within 1 hour (was 4), repeat reading in
    5 min, provider notified same day.
  - SBP < 90 with symptoms: call within 1 hour, review meds for recent changes.
  - 3 consecutive readings > 160/100: route to provider queue for med titration within 2 business
    days.

I'd especially like input from the overnight nurses on whether the 1-hour window is realistic
with current staffing.

Helen

Helen Kowalczyk, MD, FACP
Medical Director, Nuvolink Health""")

add('clean', 'staff', '',
    'Priya Raman <praman@nuvolinkhealth.com>',
    'Leadership Clinical <clin-leads@nuvolinkhealth.com>',
    'Texas / Florida licensure gap for April',
    """Hi all,

Harbortown and Meridian both have big Texas populations and we're short on TX-licensed providers
for evenings. Current state:

  TX: 6 NPs/PAs, 3 MDs licensed; only 2 cover after 5pm CT
  FL: 4 NPs, 2 MDs; Dr. Patel's FL license renewal is pending (submitted 2/2)

Asks:
  1. Can we fast-track Aisha and Marcus's TX applications (both in the NLC for nursing, but PA/NP
     prescriptive authority still needs separate TX registration)?
  2. Approve 2 per-diem TX NPs through Medlynx staffing for April-June?

Wait times after 6pm CT in TX averaged 23 minutes last week vs. 7 overall.

Priya""")

add('clean', 'staff', '',
    'Marcus Delgado PA-C <mdelgado@nuvolinkhealth.com>',
    'Providers <providers@nuvolinkhealth.com>',
    'curbside: resistant HTN in RPM, what would you do?',
    """Curbside for the group, de-identified:

60s male, RPM for about 5 months. On amlodipine 10, losartan 100, chlorthalidone 25, all
confirmed adherent by pharmacy fill data. Home averages still ~152/94. No CKD, K normal, BMI 33,
snores - never had a sleep study. Drinks 2-3 beers most nights.

Options I'm weighing: add spironolactone 25, screen for primary aldosteronism first, or push a
sleep study referral. Our program doesn't do in-person, so any workup has to go through his PCP.

How are others handling aldosterone/renin screening for RPM folks - do you order it yourselves or
hand off?

Marcus""")

add('clean', 'staff', '',
    'Dr. Nikhil Patel <npatel@nuvolinkhealth.com>',
    'Kevin Tran <ktran@nuvolinkhealth.com>',
    'controlled substances over video - still ok?',
    """Kevin,

General question, not about a specific member. With the DEA extension, are we still allowed to
start someone on a schedule IV (e.g. a short course of a sleep med) at a first video visit if they
have never been seen in person? And does our EPCS setup require anything new after the extension,
like a different state registration for the member's location?

I've been telling people no as a default, just want to make sure our policy matches.

Thanks,
Nikhil

Nikhil Patel, MD
Internal Medicine | Nuvolink Health""")

add('clean', 'staff', '',
    'Quality Team <quality@nuvolinkhealth.com>',
    'Providers <providers@nuvolinkhealth.com>',
    'Peer review meeting Thursday 3/21 - agenda',
    """Peer review - Thursday 3/21, 12:00-1:00 ET (Zoom link in the invite)

Chair: Dr. Helen Kowalczyk. Presenting: Dr. Sunil Menon, Aisha Bello NP.

Cases (de-identified; full details only in the secure peer review folder, not in email):
  Case A - 30s female, video visit for UTI symptoms; antibiotic choice vs. local resistance data
  Case B - pediatric fever call, nurse line -> ED; review of the triage decision timing
  Case C - RPM member with repeated low readings after a med change; communication with outside
           cardiologist

Reminder: peer review discussions are confidential and privileged. Please don't forward this
agenda or take notes outside the secure folder.

Quality & Patient Safety""")

add('clean', 'staff', '',
    'Bernadette Quill RN <bquill@nuvolinkhealth.com>',
    'Nurse Advice Line <nurseline@nuvolinkhealth.com>',
    're: chest pain protocol question from huddle',
    """Following up on the question from this morning's huddle about when we can send chest pain callers to
urgent care instead of the ED.

Per the current adult chest pain protocol (rev. Jan 2024), ED disposition is required for:
  - age over 30 with chest pain not clearly reproducible by pressing on the chest wall
  - any chest pain with SOB, sweating, nausea, or radiation to arm/jaw/back
  - known cardiac history, or on blood thinners after trauma
Urgent care is only ok for clearly musculoskeletal pain in a young, otherwise-healthy caller with a
clear mechanism (lifting, coughing), and no red flags.

When in doubt, ED. Dr. Kowalczyk said she'd rather we over-triage these than under-triage.

Bernie""")

add('clean', 'staff', '',
    'Kevin Tran PharmD <ktran@nuvolinkhealth.com>',
    'prescribers@nuvolinkhealth.com',
    'GLP-1 shortage - substitution guidance for March',
    """Prescribers,

Quick update on GLP-1 availability. Pharmacies in our network are still reporting intermittent
shortages of the lower starting doses of semaglutide and dulaglutide. Suggested approach:

  - Don't switch stable patients between products just because of a one-week delay.
  - For new starts, check the pharmacy's stock before sending (call or use the stock lookup
    in the eRx tool) - this avoids a lot of abandoned scripts.
  - If switching is necessary, use the conversion chart on the clinical wiki (Pharmacy > GLP-1) and
    document the reason. Don't jump to a higher dose of the new drug.
  - Compounded semaglutide: we do not prescribe it. Refer questions to me.

Prior auths are still averaging 3-4 business days with BlueCrest and 1-2 with Silverpine.

Kevin Tran, PharmD, BCACP""")

# =====================================================================
# CLEAN - training
# =====================================================================
add('clean', 'training', '',
    'Clinical Education <clined@nuvolinkhealth.com>',
    'new-hires-march@nuvolinkhealth.com',
    'Week 1 EHR sandbox exercises',
    """Welcome to week 1! Please complete these exercises in the EHR TRAINING environment
(https://train-ehr.nuvolinkhealth.com - NOT production) before Thursday's session.

Log in with your training ID (trn_<firstname>). Use only these test patients:

  ZZTEST, ALPHA     MRN TST-000101   DOB 01/01/1950   (hypertension RPM scenario)
  ZZTEST, BRAVO     MRN TST-000102   DOB 02/02/1985   (URI video visit scenario)
  ZZTEST, CHARLIE   MRN TST-000103   DOB 03/03/2015   (pediatric fever, nurse line scenario)

Exercises:
  1. Open ZZTEST, ALPHA and document a BP alert call; escalate to the provider queue.
  2. Start a video visit for ZZTEST, BRAVO; write a SOAP note and e-prescribe amoxicillin to the
     "TEST PHARMACY - DO NOT FILL" (NCPDP 9999999).
  3. For ZZTEST, CHARLIE, complete the nurse line triage form using the pediatric fever protocol.

If you ever see a real member's name in the training environment, stop and report it to
privacy@nuvolinkhealth.com.

Clinical Education Team""")

add('clean', 'training', '',
    'Jordan Blake <jblake@medibridgefhir.com>',
    'Marcus Oyelaran <moyelaran@nuvolinkhealth.com>',
    'MediBridge FHIR sandbox demo - follow up',
    """Hi Marcus,

Thanks for your time on the demo today. As promised, here are your sandbox credentials and the
sample request we walked through.

Sandbox base URL: https://sandbox.medibridgefhir.com/r4
Client ID: nuvolink-demo-7731 (secret sent via separate email)

Sample (synthetic data only - the sandbox doesn't accept real PHI):

GET /Patient?family=Doe&given=John

{
  "resourceType": "Patient",
  "id": "example-john-doe",
  "meta": {"tag": [{"system": "http://medibridgefhir.com/tags", "code": "SYNTHETIC"}]},
  "name": [{"family": "Doe", "given": ["John"]}],
  "gender": "male",
  "birthDate": "1970-01-01",
  "address": [{"line": ["123 Main St"], "city": "Anytown", "state": "XX", "postalCode": "00000"}]
}

The sandbox also includes 50 Synthea-generated patients if you want to test bulk $export.

Happy to set up a technical deep dive with our solutions engineer next week.

Best,
Jordan Blake
Account Executive, MediBridge FHIR""")

add('clean', 'training', '',
    'Marcus Oyelaran <moyelaran@nuvolinkhealth.com>',
    'integration-newhires@nuvolinkhealth.com',
    'HL7 101 - sample ADT from the interface spec',
    """For tomorrow's HL7 101 session, this is the sample A04 from page 14 of our inbound interface spec.
All values are dummy values from the spec - don't go looking for this person.

MSH|^~\\&|SENDINGAPP|SENDFAC|NUVOLINK|NVH|20240101120000||ADT^A04^ADT_A01|MSG00001|T|2.5.1
EVN|A04|20240101120000
PID|1||000000001^^^SENDFAC^MR||DOE^JANE^Q||19000101|F|||123 ANY STREET^^ANYTOWN^ZZ^00000||(555)555-5555
PV1|1|O|TELE^^^SENDFAC||||0000000000^PROVIDER^TEST^^^MD

Things to notice:
  - MSH-11 processing ID is "T" (test). Prod messages will be "P".
  - PID-3 is a repeating field (~), with the assigning authority in component 4.
  - PID-7 must be YYYYMMDD - this is exactly what broke the Linden feed last week.

Bring a laptop with the HL7 Inspector tool installed.

Marcus""")

add('clean', 'training', '',
    'Support Training <support-training@nuvolinkhealth.com>',
    'member-support@nuvolinkhealth.com',
    'Role-play script: identity verification + PHI on the phone',
    """Role-play for Friday's refresher. Pair up; one person is the agent, one the caller. Use ONLY
the sample member below.

SAMPLE RECORD (fictional):
  Member: Jane Sample          Member ID: SAMPLE-000-0000
  DOB: 01/01/1980              Employer: Acme Test Co.
  Program: hypertension RPM    Phone on file: 555-555-0000

Scenario 1: Caller says she's Jane's sister and wants to know why Jane's cuff is "beeping".
  Agent goal: do not confirm Jane is a member or enrolled in any program without a release on
  file. Offer to have Jane call back.

Scenario 2: Jane calls herself but can't remember her member ID.
  Agent goal: verify with 2 identifiers (full name + DOB + address or phone). Then help.

Scenario 3: An HR contact from Jane's employer asks whether Jane "used the therapy benefit".
  Agent goal: decline. Employers only get aggregate utilization reports.

Debrief questions are on the last page of the deck.""")

add('clean', 'training', '',
    'QA Automation <qa@nuvolinkhealth.com>',
    'release-2024-11@nuvolinkhealth.com',
    'Regression test plan - RPM onboarding (release 2024.11)',
    """Test data for the 2024.11 regression run. All accounts are in the QA tenant (qa.nuvolinkhealth.com),
eligibility loaded from the synthetic file QA_834_SYNTH_20240311.txt.

ID      Test member              DOB         Scenario                              Expected
TC-101  ZZQA, MICKEY             1928-11-18  enroll HTN RPM, ship cuff              order created, status SHIPPED
TC-102  ZZQA, MINNIE             1928-11-18  enroll DM RPM, glucometer             order created
TC-103  ZZQA, DONALD             1934-06-09  term in 834, active device            alert to elig queue
TC-104  ZZQA, GOOFY              1932-05-25  reading 185/115 no symptoms           nurse task due in 1h
TC-105  TESTPATIENT, DO NOT USE  1900-01-01  duplicate member merge               merged, audit logged

Please log defects in Jira under RPM-ONB with the TC number. Do not use production member IDs in
screenshots.

- QA""",
    atts=[('rpm_onboarding_regression_2024.11.csv', 'text', 'csv', csvtext([
        ['tc_id', 'last', 'first', 'dob', 'scenario', 'expected'],
        ['TC-101', 'ZZQA', 'MICKEY', '1928-11-18', 'enroll HTN RPM', 'order SHIPPED'],
        ['TC-102', 'ZZQA', 'MINNIE', '1928-11-18', 'enroll DM RPM', 'order created'],
        ['TC-103', 'ZZQA', 'DONALD', '1934-06-09', 'term in 834 with device', 'elig alert'],
        ['TC-104', 'ZZQA', 'GOOFY', '1932-05-25', 'BP 185/115 asymptomatic', 'nurse task 1h'],
        ['TC-105', 'TESTPATIENT', 'DO NOT USE', '1900-01-01', 'duplicate merge', 'merged'],
    ]))])

add('clean', 'training', '',
    'Privacy Office <privacy@nuvolinkhealth.com>',
    'all-staff@nuvolinkhealth.com',
    'Annual HIPAA refresher due 3/31 - "What counts as PHI?"',
    """Hi all,

Annual HIPAA & privacy training is due by March 31 in the LMS. It takes about 25 minutes.

This year's module has a new section, "What counts as PHI?". A preview:

  PHI is health information linked to an identifier. For example, the made-up line
  "John Smith, DOB 1/1/1980, diabetes, seen 3/2" is PHI. So is "the member at 12 Example Rd who
  called about her insulin" - even without a name.
  NOT PHI: "we had 388 calls about BP alerts in February" (aggregate), or a de-identified case
  like "a 60s male with resistant hypertension."

Reminders:
  - Use the secure "[SECURE]" subject tag when emailing member info outside Nuvolink.
  - Never put member details in Slack channels or calendar invites.
  - Report possible incidents to privacy@nuvolinkhealth.com or the hotline, 614-555-0111.

Thank you,
Naomi Feld, JD, CHPC
Privacy Officer""",
    cte='quoted-printable')

# a few messages sent as quoted-printable / base64 by their mail clients
CTE_OVERRIDE = {
    'FW: nurse line follow-up - Keisha Morrow': 'quoted-printable',
    'Claim inquiry - DOS 03/01/2024': 'base64',
    'RPM alerts not yet closed - Tues': 'quoted-printable',
    "Biscuit's dental cleaning + bloodwork results": 'quoted-printable',
    'HEALTH ADVISORY: Measles cases confirmed in Franklin Valley': 'base64',
    'Week 1 EHR sandbox exercises': 'quoted-printable',
    'prescription not at pharmacy': 'base64',
}
for _m in MSGS:
    if _m['subj'] in CTE_OVERRIDE:
        _m['cte'] = CTE_OVERRIDE[_m['subj']]

# =====================================================================
# build
# =====================================================================
MAILERS = [None, None, 'Microsoft Outlook 16.0', 'Apple Mail (2.3774.500.171.1.1)',
           'iPhone Mail (21D61)', None, 'Microsoft Outlook 16.0']
TZS = [-5, -5, -4, -6, -5, -7, -8]

def domain_of(addr):
    a = addr.split('<')[-1].rstrip('>').strip()
    return a.split('@')[-1] if '@' in a else 'nuvolinkhealth.com'

def build(i, m):
    msg = EmailMessage()
    msg['From'] = m['frm']
    msg['To'] = m['to']
    if m['cc']:
        msg['Cc'] = m['cc']
    msg['Subject'] = m['subj']
    day = random.randint(1, 15)
    hour = random.randint(6, 22)
    minute = random.randint(0, 59)
    sec = random.randint(0, 59)
    tz = datetime.timezone(datetime.timedelta(hours=random.choice(TZS)))
    dt = datetime.datetime(2024, 3, day, hour, minute, sec, tzinfo=tz)
    msg['Date'] = format_datetime(dt)
    msg['Message-ID'] = '<%s.%04d.%d@%s>' % (dt.strftime('%Y%m%d%H%M%S'), i,
                                            random.randint(100000, 999999), domain_of(m['frm']))
    mailer = random.choice(MAILERS)
    if mailer:
        msg['X-Mailer'] = mailer
    for k, v in m['headers'].items():
        msg[k] = v
    cte = m['cte']
    if cte is None:
        try:
            m['body'].encode('ascii')
            cte = '7bit'
        except UnicodeEncodeError:
            cte = None
    if cte:
        msg.set_content(m['body'], cte=cte)
    else:
        msg.set_content(m['body'])
    if m['html']:
        msg.add_alternative(m['html'], subtype='html')
    for fname, mt, st, data in m['atts']:
        if isinstance(data, str):
            msg.add_attachment(data, subtype=st, filename=fname)
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fname)
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
            f.write(msg.as_bytes(policy=policy.SMTP))
        rows.append([fname, m['label'], m['kind'], m['patient'] if m['label'] == 'phi' else ''])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    summary = {}
    for r in rows:
        summary[(r[1], r[2])] = summary.get((r[1], r[2]), 0) + 1
    for k in sorted(summary):
        print('%s-%s: %d' % (k[0], k[1], summary[k]))
    print('total:', len(rows))

if __name__ == '__main__':
    main()
