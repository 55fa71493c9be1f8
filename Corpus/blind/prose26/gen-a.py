#!/usr/bin/env python3
"""Blind eval set: hand-written healthcare e-mail. Standard library only, deterministic."""
import csv, hashlib, io, os, random, zipfile, sys
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email import charset as _cs, encoders, message_from_bytes, policy

random.seed(2611)  # not otherwise used; all text is literal
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
M = []

def text_part(body, sub='plain', charset='utf-8', cte=None):
    """ASCII bodies go 7bit; others quoted-printable unless cte says 'b64'/'qp'."""
    from email.mime.nonmultipart import MIMENonMultipart
    c = _cs.Charset(charset)
    if cte is None:
        cte = '7bit' if body.isascii() else 'qp'
    c.body_encoding = {'qp': _cs.QP, 'b64': _cs.BASE64, '7bit': None}[cte]
    p = MIMENonMultipart('text', sub)
    p.set_payload(body, c)
    return p

def att(name, data, mtype='text/plain', charset='utf-8', cte=None):
    return ('att', name, data, mtype, charset, cte)

def fwd(msgobj):
    return ('rfc822', msgobj)

def zipped(zipname, inner_name, data):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        zi = zipfile.ZipInfo(inner_name, date_time=(2026, 12, 1, 9, 0, 0))
        z.writestr(zi, data.encode('utf-8') if isinstance(data, str) else data)
    return ('att', zipname, buf.getvalue(), 'application/zip', None, None)

def build(frm, to, subj, date, body=None, html=None, atts=(), charset='utf-8', cte=None,
          cc=None, hdrs=None, mid=None):
    if html is not None and body is not None:
        core = MIMEMultipart('alternative')
        core.attach(text_part(body, 'plain', charset, cte))
        core.attach(text_part(html, 'html', charset, cte))
    elif html is not None:
        core = text_part(html, 'html', charset, cte)
    else:
        core = text_part(body, 'plain', charset, cte)
    if atts:
        m = MIMEMultipart('mixed')
        m.attach(core)
        for a in atts:
            if a[0] == 'rfc822':
                m.attach(MIMEMessage(a[1]))
                continue
            _, name, data, mtype, chs, acte = a
            maj, mn = mtype.split('/')
            if maj == 'text':
                p = text_part(data, mn, chs or 'utf-8', acte)
            else:
                p = MIMEBase(maj, mn)
                p.set_payload(data if isinstance(data, bytes) else data.encode('utf-8'))
                encoders.encode_base64(p)
            p.add_header('Content-Disposition', 'attachment', filename=name)
            m.attach(p)
    else:
        m = core
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subj
    m['Date'] = date
    m['Message-ID'] = mid
    m['MIME-Version'] = '1.0'
    for k, v in (hdrs or {}).items():
        m[k] = v
    return m

def add(label, kind, patient, **kw):
    M.append((label, kind, patient, kw))

def inner(frm, to, subj, date, body, charset='utf-8'):
    m = MIMEText(body, 'plain', charset)
    m['From'] = frm; m['To'] = to; m['Subject'] = subj; m['Date'] = date
    return m

DISCL = ("CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the "
         "intended recipient(s) and may contain confidential and privileged information. Any "
         "unauthorized review, use, disclosure or distribution is prohibited. If you are not the "
         "intended recipient, please contact the sender by reply e-mail and destroy all copies.")

# ======================= PHI: care =======================
add('phi', 'care', 'Whitcomb',
    frm='"Gallagher, Nora RN" <nora.gallagher@hvhealth.org>',
    to='"4W Pharmacy Satellite" <rx4west@hvhealth.org>',
    subj='vanc trough 12W',
    date='Mon, 30 Nov 2026 05:42:10 -0600',
    body="""Hi pharm -

Dolores Whitcomb in 4W-12 had her vanc trough drawn at 0520 instead of 0430 (lab was backed up). Dose is due at 0600. Do you want me to hold til the level comes back or give as scheduled? She got 1250 q12 last night.

Thanks
Nora, 4 West
x4471
""")

add('phi', 'care', 'Okafor',
    frm='"Delgado, Pauline" <pauline.delgado@hvhealth.org>',
    to='"MRI Scheduling" <mri.sched@hvhealth.org>',
    subj='Reschedule request - Okafor',
    date='Mon, 30 Nov 2026 09:15:33 -0600',
    body="""Good morning,

Can we move Mr. Chidi Okafor's MRI lumbar spine w/o contrast from Wed 12/2 2:30pm to Thursday 12/3, first slot if possible? His nephew drives him and can only do mornings this week.

He said he's fine with the open magnet at Millbrook if that's easier.

Thank you!
Pauline Delgado
Patient Access Representative | Eastgate Family Medicine
Halvorsen Valley Health
P 608-274-3390
""",
    html="""<html><head><style>
p.MsoNormal{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}
.sig{color:#1F4E79;font-size:9.0pt}
</style></head><body lang=EN-US>
<div class=WordSection1>
<p class=MsoNormal>Good morning,</p><p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Can we move Mr. Chidi Okafor&#8217;s MRI lumbar spine w/o contrast from Wed 12/2 2:30pm to Thursday 12/3, first slot if possible? His nephew drives him and can only do mornings this week.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>He said he&#8217;s fine with the open magnet at Millbrook if that&#8217;s easier.</p>
<p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Thank you!</p>
<p class=MsoNormal><b><span class=sig>Pauline Delgado</span></b><br><span class=sig>Patient Access Representative | Eastgate Family Medicine<br>Halvorsen Valley Health<br>P 608-274-3390</span></p>
</div></body></html>""")

add('phi', 'care', 'Ruiz',
    frm='"Pham, Kevin MD" <kevin.pham@hvhealth.org>',
    to='"Eastgate RN Pool" <eastgate.rn@hvhealth.org>',
    subj='call back pls',
    date='Mon, 30 Nov 2026 12:02:48 -0600',
    body="""Can someone call Jennifer Ruiz today - A1c came back 8.9, up from 7.2 in June. I'd like her back in 2-3 wks, not February. Also remind her to bring her meter. Ok to double book me on a Tues.

KP
""")

add('phi', 'care', 'Baptiste',
    frm='"Moreno, Tasha" <tasha.moreno@hvhealth.org>',
    to='"Sorensen, Liv" <liv.sorensen@hvhealth.org>',
    subj='RE: colonoscopy auth - Harold Baptiste',
    date='Tue, 01 Dec 2026 10:47:19 -0600',
    body="""Liv,

Got it approved this morning. Auth# 9917-44820, valid 12/1/26-2/28/27, CPT 45378 and 45380. OK to keep him on the 12/16 schedule with Dr. Gunnarsson.

Tasha

-----Original Message-----
From: Sorensen, Liv
Sent: Monday, November 30, 2026 3:58 PM
To: Moreno, Tasha <tasha.moreno@hvhealth.org>
Subject: colonoscopy auth - Harold Baptiste

Hi Tasha, Harold Baptiste (DOB 7/30/1958) is booked 12/16 at the endo center. Medica shows auth required. Referral is in from Dr. Iverson. Can you check on it before I call him with prep instructions? Don't want him doing the prep for nothing.

Thx, Liv
GI Scheduling
""")

add('phi', 'care', 'Szymanski',
    frm='"Hollis, Grace (Case Mgmt)" <grace.hollis@hvhealth.org>',
    to='"5 North Charge RN" <5n.charge@hvhealth.org>',
    cc='"Lund, Eric MD" <eric.lund@hvhealth.org>',
    subj='D/C plan 5N-08',
    date='Tue, 01 Dec 2026 13:20:05 -0600',
    body="""Update on Mr. Szymanski (Eugene) in 08:

- Going home tomorrow AM with his wife, not SNF. He refused the SNF option again and has capacity per Dr. Lund.
- Home health PT/OT + RN through Lakeshore Home Care, start of care Thursday 12/3. Referral faxed, confirmation #LHC-20461.
- Front-wheeled walker and shower chair delivered to the room this afternoon (Apria).
- Follow up w/ Dr. Lund 12/10 @ 1:40, already scheduled.
- Wife wants to be there for teaching on the lovenox injections, she can come at 10.

Let me know if anything changes overnight.

Grace Hollis, RN, CCM
Case Management | 5 North / 6 North
pager 2217
""")

add('phi', 'care', 'Tejeda',
    frm='"Nurse Line Queue" <nurseline@hvhealth.org>',
    to='"Millbrook Internal Med Refills" <mb.refills@hvhealth.org>',
    subj='Refill request - TEJEDA, MARISOL',
    date='Tue, 01 Dec 2026 16:31:00 -0600',
    body="""*** Message created by the Nurse Line Call Center ***

Caller: Patient
Patient: TEJEDA, MARISOL    DOB: 04/17/1961
PCP: Schaefer, Anna MD
Callback: 608-315-0927 (cell, ok to leave msg)

Request: Refill lisinopril 20 mg tab, 1 daily, 90 day supply. Also asking for refill of metformin 500 mg BID.
Pharmacy: Walgreens #11402, 2210 Grand Ave

Notes: Pt states she has 3 pills left. Last office visit 05/2026. Advised pt office visit may be needed before further refills.

Taken by: R. Vang, RN  12/01/2026 16:28
""")

add('phi', 'care', 'Albrecht',
    frm='"Carlson, Beth" <beth.carlson@hvhealth.org>',
    to='"PFS Disputes" <pfs.disputes@hvhealth.org>',
    subj='FW: Bill question',
    date='Wed, 02 Dec 2026 08:55:41 -0600',
    body="""Forwarding from the ED manager inbox - this belongs to you guys. He's pretty upset, already called twice.

Beth

From: Tom Albrecht <talbrecht64@gmail.com>
Sent: Tuesday, December 1, 2026 9:12 PM
To: ED Manager <edmanager@hvhealth.org>
Subject: Bill question

To whom it may concern

I received a bill for my emergency room visit on October 14 for $2,914.00. The statement says level 4 visit and a CT. I was there for less than three hours and nobody told me the CT was going to be billed separately from the radiologist. My insurance is Quartz and they say you submitted it wrong. Account number on the statement is 40018827.

I want someone to call me before this goes to collections. 608-441-2093.

Thomas Albrecht
""")

add('phi', 'care', 'Whitfield',
    frm='"Ostrowski, Dana" <dana.ostrowski@hvhealth.org>',
    to='"OR Scheduling" <orsched@hvhealth.org>',
    subj='Add-on for tomorrow – Whitfield',
    date='Wed, 02 Dec 2026 14:07:52 -0600',
    charset='windows-1252',
    body="""Hi all – Dr. Kaur would like to add on:

Whitfield, Anne   MRN 2209184
Lap cholecystectomy w/ possible IOC
Est. 90 min, general, inpatient (currently on 6N)
Consent signed, H&P in chart, NPO after midnight.

She’s fine going after the 0730 hernia or at the end of the day – whatever works. Anesthesia pre-op already saw her.

Thanks!
Dana
Surgery Scheduling, Gen Surg Clinic
""")
# ======================= PHI: names =======================
add('phi', 'names', 'Gomez',
    frm='"Whitaker, Joan RN" <joan.whitaker@hvhealth.org>',
    to='"Wound Clinic Team" <woundclinic@hvhealth.org>',
    subj='Gomez, Rafael - no show again',
    date='Mon, 30 Nov 2026 11:03:27 -0600',
    body="""3rd no-show since October. Marcy tried his cell twice, straight to voicemail. Last time he came the dressing hadn't been changed in at least 4 days.

Can someone try the daughter (Yesenia)? Her number is on the contact sheet. I'd rather not just discharge him from clinic. Dr. Halvorsen-Reyes said she'd be ok with a home health referral if we can reach anyone.

Joan
""")

add('phi', 'names', 'Kowalczyk',
    frm='"Brennan, Shawna" <shawna.brennan@hvhealth.org>',
    to='"Adeyemi, Folake MD" <folake.adeyemi@hvhealth.org>',
    subj='FYI',
    date='Mon, 30 Nov 2026 14:40:12 -0600',
    body="""Dr. A,

Bev Kowalczyk's son called the front desk again (3rd time today). He wants to know his mom's PET results before Thursday's appt. I told him you'd be the one to go over them and that the release on file only lists his sister, not him. He wasn't happy.

He might show up in person, heads up. Tanya at the front knows.

Shawna
Oncology clinic, front office
""")

add('phi', 'names', 'Lindqvist',
    frm='"Nightingale, Amos RN" <amos.nightingale@hvhealth.org>',
    to='"6N Day Charge" <6n.charge@hvhealth.org>',
    subj='overnight',
    date='Tue, 01 Dec 2026 06:48:55 -0600',
    body="""Morning -

Quiet night mostly. Couple things:

Mrs. Lindqvist in 22 was found on the floor by the bathroom at 0310. Says she slipped, didn't hit her head, VS stable, no obvious injury. Dr. Soto (hospitalist) came and saw her, wants a hip xray this AM just to be safe. Incident report is in. Husband Arne was called at 0400 and is coming in around 9.

Bed alarm is on now. Please make sure day shift keeps it on, she will turn it off herself.

Pt in 17 finally slept.

Amos
""")

add('phi', 'names', 'Dubois',
    frm='"Fr. Michael Tran" <michael.tran@hvhealth.org>',
    to='"Spiritual Care" <spiritualcare@hvhealth.org>',
    subj='visits today',
    date='Tue, 01 Dec 2026 15:22:10 -0600',
    body="""Brief notes for the team log:

- Hank Dubois (7S) - saw him and his wife Maureen before tomorrow's bypass surgery. He asked for anointing, done. Maureen asked if someone could sit with her in the surgical waiting room tomorrow; Rev. Ellie can you take that? Surgery is scheduled 7:30.
- Visited the family in ICU 4 at the nurse's request; they declined further visits, ok.
- Chapel flowers need replacing.

Peace,
Fr. Michael
""")

add('phi', 'names', 'Maddox',
    frm='"Sandoval, Rita LCSW" <rita.sandoval@hvhealth.org>',
    to='"Peds Hospitalists" <peds.hosp@hvhealth.org>',
    cc='"5N Charge RN" <5n.charge@hvhealth.org>',
    subj='RE: Tyler',
    date='Wed, 02 Dec 2026 09:31:04 -0600',
    body="""Talked with mom (Crystal Maddox) this morning. She's ok with the adolescent IOP referral at Cedar Ridge and signed the ROI. Dad is not to receive information - there's an order for protection in place, copy is in the media tab. Please make sure Tyler's nurse knows, dad called the unit yesterday.

Tyler himself says he is "fine with whatever." Psych consult note should be in by noon.

Rita

> On Dec 1, 2026, at 4:10 PM, Bergstrom, Paul MD wrote:
>
> Rita - can you touch base with the Maddox family re: outpatient plan for Tyler? Hoping for d/c Thursday if psych agrees.
""")

add('phi', 'names', 'Abernathy',
    frm='"Kessler, Ann (Nurse Manager 3S)" <ann.kessler@hvhealth.org>',
    to='"3 South All Staff" <3south.all@hvhealth.org>',
    subj='Thank you, Kim and Raj',
    date='Wed, 02 Dec 2026 17:05:39 -0600',
    body="""Team,

I want to give a shout-out to Kim P. and Raj S. from Sunday evening. As many of you know, Mr. Abernathy passed away around 8pm after his family decided on comfort care that afternoon. Kim stayed more than an hour past her shift so his daughters weren't alone with strangers, and Raj got the chaplain and the family room set up without anyone asking.

His daughter Lorraine sent a card to the unit today - it's up in the break room.

This is what we do. Thank you.

Ann
""")

add('phi', 'names', 'Ferreira',
    frm='"Nakamura, Jun MD" <jun.nakamura@hvhealth.org>',
    to='"Oyelaran, Tolu MD" <tolu.oyelaran@hvhealth.org>',
    subj='curbside',
    date='Thu, 03 Dec 2026 12:14:20 -0600',
    body="""Tolu, quick one if you have a sec. Lucia Ferreira - you saw her in renal clinic in the spring. Her creatinine went from 1.3 to 2.1 after the CT angio last Tuesday. She's drinking ok, off the NSAIDs. Do you want to see her sooner than her March appt or just repeat BMP Monday and send it to you?

Thanks, Jun
""")

add('phi', 'names', 'Vance',
    frm='"Transport Dispatch" <transport@hvhealth.org>',
    to='"Pruitt, Deb" <deb.pruitt@hvhealth.org>',
    subj='RE: Eleanor Vance transport 12/4',
    date='Thu, 03 Dec 2026 13:45:02 -0600',
    body="""Confirmed. Wheelchair van, pickup 0930 at the Maple Court main entrance, drop at Millbrook Cardiology. Return pickup when they call.

Dispatch

-----Original Message-----
From: Pruitt, Deb
Sent: Thursday, December 3, 2026 11:20 AM
To: Transport Dispatch
Subject: Eleanor Vance transport 12/4

Need w/c van for tomorrow, appt 10:15. She'll have her oxygen with her. Niece may ride along.
""")
# ======================= PHI: self =======================
add('phi', 'self', 'Dunmore',
    frm='"MyHVHealth Portal" <noreply-portal@hvhealth.org>',
    to='"Brandt, Henrik MD Pool" <brandt.pool@hvhealth.org>',
    subj='New patient message: Question about new medication',
    date='Mon, 30 Nov 2026 07:12:44 -0600',
    body="""Patient: Carol A. Dunmore
MRN: 6120473
Sent: 11/29/2026 10:51 PM

Hi Dr. Brandt,

Since starting the amlodipine you gave me on the 18th my ankles have been really swollen by the end of the day, like my socks leave big marks. My readings at home are better though (mostly 130s over 80s). Should I keep taking it? I don't want to stop without asking. I am also still taking the hydrochlorothiazide in the morning.

Thank you,
Carol

--
Reply to this message through the MyHVHealth care team inbox. Do not reply to this e-mail.
""")

PRENTISS_BODY = """To Patient Relations,

My father, Walter Prentiss, DOB 2/9/1938, was brought to your emergency department on Sunday November 29 by ambulance after a fall at his assisted living. He has dementia and cannot advocate for himself. He sat in a hallway bed for SEVEN HOURS. Nobody called me even though I am his health care POA and my number is on everything. When I finally got there at 6pm he had not been given anything to eat or drink since breakfast and his brief had not been changed.

I understand you are busy. I am a retired nurse myself. But this is not acceptable and I would like a call from someone who can actually tell me what happened and what will be done about it.

He was discharged back to Willow Glen at 11pm with "no fracture." I am still waiting on whether anyone looked at the bruise on his hip.

Linda Prentiss-Ward
(414) 302-7716
"""
add('phi', 'self', 'Prentiss',
    frm='"Patient Relations" <patientrelations@hvhealth.org>',
    to='"Amundson, Kari (ED Nurse Manager)" <kari.amundson@hvhealth.org>',
    subj='FW: Complaint about my father\'s care in your ER',
    date='Tue, 01 Dec 2026 08:05:44 -0600',
    body="""Kari,

Attached complaint came in last night from the daughter/POA. Logged as grievance G-26-1184, so we owe her a written response within 7 days. Can you review the ED course and call her by Thursday? Let me know what you find.

Thanks,
Deb Lorenz
Patient Relations Specialist
""",
    atts=[fwd(inner('Linda Prentiss-Ward <lindapw@comcast.net>', 'patientrelations@hvhealth.org',
                    "Complaint about my father's care in your ER", 'Mon, 30 Nov 2026 19:33:08 -0600',
                    PRENTISS_BODY))])

add('phi', 'self', 'Hartley',
    frm='devon hartley <dhartley.88@yahoo.com>',
    to='medicalrecords@hvhealth.org',
    subj='records request',
    date='Tue, 01 Dec 2026 08:20:50 -0600',
    body="""hello,

i need a copy of all my records from my knee surgery in august (ACL repair, dr. whitmore) plus the physical therapy notes after. its for my workers comp attorney, they said they asked already but never got anything.

name Devon M Hartley
dob 11-05-1988
last 4 ssn 6631

can you email them or do i have to come pick up. thanks
""")

add('phi', 'self', 'Sutherland',
    frm='"Rachel Sutherland" <rachel.sutherland@outlook.com>',
    to='"billing@hvhealth.org" <billing@hvhealth.org>',
    subj='Question about bill for Amelia Sutherland',
    date='Tue, 01 Dec 2026 12:41:17 -0600',
    body="""Hello,

I got a bill today for $487.20 for my daughter Amelia (she is 6). It was for her visit at the Eastgate walk-in on September 3rd. They did a rapid strep and a culture. Our insurance (BCBS) shows it as paid and our responsibility as $35 copay, which I paid at the desk that day.

Guarantor account is 55109328. Can you please look at this and tell me why I got a bill for the whole amount?

Thanks,
Rachel Sutherland
""",
    html="""<div dir="ltr"><div>Hello,</div><div><br></div><div>I got a bill today for $487.20 for my daughter Amelia (she is 6). It was for her visit at the Eastgate walk-in on September 3rd. They did a rapid strep and a culture. Our insurance (BCBS) shows it as paid and our responsibility as $35 copay, which I paid at the desk that day.</div><div><br></div><div>Guarantor account is 55109328. Can you please look at this and tell me why I got a bill for the whole amount?</div><div><br></div><div>Thanks,</div><div>Rachel Sutherland</div></div>""")

add('phi', 'self', 'Lam',
    frm='Jessica Lam <jlam2207@icloud.com>',
    to='eastgate.frontdesk@hvhealth.org',
    subj='appt',
    date='Wed, 02 Dec 2026 21:04:33 -0600',
    body="""hi cant make my appt tmrw at 2 with dr ngo, work called me in. can i do next wk any afternoon? its the follow up for my thyroid bloodwork

Jessica Lam

Sent from my iPhone
""")

add('phi', 'self', 'Haugen',
    frm='Sandra Haugen <sandyhaugen@gmail.com>',
    to='4east.desk@hvhealth.org',
    subj='My husband Gerald in room 418',
    date='Thu, 03 Dec 2026 06:15:29 -0600',
    body="""Good morning,

My husband Gerald Haugen is in room 418 since Tuesday. I could not get through on the phone last night. A few questions if someone can pass them on to his nurse:

1. He takes his Sinemet at exactly 7, 11, 3 and 7 at home and gets very stiff if it is late. Yesterday it came at almost 9. Can that be fixed?
2. Is he still going for the swallow test today? Nobody told us a time.
3. Can our grandson visit, he is 11.

I will be there around 10.

Sandra Haugen
""")

add('phi', 'self', 'Obuya',
    frm='"Grace Obuya" <g.obuya@yahoo.com>',
    to='"Millbrook OB/GYN" <mb.obgyn@hvhealth.org>',
    subj='Glucose test - can I reschedule?',
    date='Fri, 04 Dec 2026 10:02:11 -0600',
    html="""<html><body><div style="font-family:Helvetica Neue,Helvetica,Arial,sans-serif;font-size:13px">
<div>Hi,</div><br>
<div>This is Grace Obuya, my due date is March 9. I'm supposed to do the 1 hour glucose test on Monday 12/7 at 8am but I'm traveling for my sister's wedding and won't be back until Wednesday. Is it ok to do it later that week, I'll be 27 weeks and a few days? Also do I need to fast for it?</div><br>
<div>My midwife is Karin Ostby.</div><br>
<div>Thank you!<br>Grace<br>715-829-3310</div>
</div>
<div style="color:#888;font-size:11px">Sent from Yahoo Mail for iPhone</div>
</body></html>""", cte='b64')
# ======================= PHI: lists =======================
add('phi', 'lists', 'Brekke',
    frm='"House Supervisor" <housesup@hvhealth.org>',
    to='"Bed Huddle DL" <bedhuddle@hvhealth.org>',
    subj='1400 bed huddle - pending admits',
    date='Mon, 30 Nov 2026 13:52:06 -0600',
    body="""Pending admits as of 1350. ED is holding 9.

ED bed  Patient              Age  Admit to    Svc        Notes
------  -------------------  ---  ----------  ---------  -------------------------
ED 04   Brekke, Solveig      81   Tele        Hosp B     needs 1:1 sitter
ED 07   Vasquez, Daniel      44   Med/Surg    Hosp A
ED 11   Thornton, Keisha     29   Med/Surg    Gen Surg   NPO, to OR tonight?
ED 15   Lowe, Raymond        67   ICU         CCM        on pressor, bed 3 ICU cleaning
ED 19   Nguyen, Thi Hoa      73   Tele        Cards      interpreter (Viet)
Hall 2  Pettersen, Carl      58   Med/Surg    Hosp C     isolation - contact

Discharges pending: 4W x3, 5N x2, 6N x4 (2 waiting on rides).

Please have d/c orders in by 1500.
-- Marit, House Sup
""")

add('phi', 'lists', 'Jorgensen',
    frm='"Fenske, Carla" <carla.fenske@hvhealth.org>',
    to='"Ward, Dianne (Clinic Mgr)" <dianne.ward@hvhealth.org>',
    subj='no shows last week',
    date='Mon, 30 Nov 2026 15:30:44 -0600',
    body="""Here's the list you asked for, pulled from the no-show report. Copied straight out of Excel so sorry for the formatting.

Appt Date\tTime\tPatient\tMRN\tProvider\tVisit Type
11/23/2026\t08:20\tJORGENSEN, KYLE\t3304718\tNGO, LINH\tFOLLOW UP
11/23/2026\t10:40\tHASSAN, FARHIYA\t4410982\tBRANDT, HENRIK\tNEW PATIENT
11/24/2026\t09:00\tCOLLINS, BRENDA\t2218876\tNGO, LINH\tANNUAL PHYSICAL
11/24/2026\t13:20\tMEYER, DUSTIN\t5591023\tSCHAEFER, ANNA\tMED CHECK
11/25/2026\t08:00\tRAMIREZ, ALMA\t1873390\tBRANDT, HENRIK\tFOLLOW UP
11/25/2026\t15:40\tJORGENSEN, KYLE\t3304718\tNGO, LINH\tFOLLOW UP

Kyle Jorgensen no-showed twice (rescheduled himself the same day and missed that too). Per policy that's his 3rd this year - do you want me to send the letter?

Carla
""")

add('phi', 'lists', 'Peltier',
    frm='"Moreno, Tasha" <tasha.moreno@hvhealth.org>',
    to='"Ortho Clinic Schedulers" <ortho.sched@hvhealth.org>',
    subj='Pending PAs - ortho - week of 11/30',
    date='Tue, 01 Dec 2026 09:05:13 -0600',
    body="""Status on the ortho prior auths as of this morning:

* Peltier, Denise - MRI R knee - Humana - APPROVED, auth 2261904, ok to schedule
* Xiong, Pao - R TKA 12/18 - UHC - pended for clinicals, I faxed Dr. Whitmore's notes Mon, f/u Thurs
* Oduya, Samuel - L shoulder arthroscopy - Medicaid (Network Health) - DENIED, not enough conservative tx documented. Peer to peer offered, deadline 12/7.
* Bjornstad, Erik - lumbar ESI - Medica - no auth needed per portal, ref# on file
* Kim, Sora - PT 12 visits - Aetna - approved 8 of 12

Please don't schedule Oduya until we hear back on the P2P.

Tasha
Prior Auth Team
""")

add('phi', 'lists', 'Lindahl',
    frm='"Olufemi, Ade PharmD" <ade.olufemi@hvhealth.org>',
    to='"ICU Charge RN" <icu.charge@hvhealth.org>',
    subj='heparin drips - anti-Xa due',
    date='Tue, 01 Dec 2026 23:10:37 -0600',
    body="""Night team - anti-Xa levels due on these before 0400:

  ICU 2  - Lindahl, Mark     - rate 18 u/kg/hr, last Xa 0.21 @1700 (increased)
  ICU 6  - Okonkwo, Beatrice - rate 14, last 0.48 (therapeutic, recheck q24)
  ICU 9  - Sorensen, Paul    - rate 12, held 1h at 2000 per protocol, restart 10 u/kg/hr, recheck 6h

Page me at 3319 if any come back >0.7.

Ade
""")

add('phi', 'lists', 'Hendricks',
    frm='"Bauer, Kristin" <kristin.bauer@hvhealth.org>',
    to='"PFS Denials Team" <pfs.denials@hvhealth.org>',
    subj='Denials worklist - Quartz - need help',
    charset='windows-1252',
    date='Wed, 02 Dec 2026 11:17:58 -0600',
    html="""<html><head><style>
table{border-collapse:collapse;font-family:Calibri,sans-serif;font-size:10pt}
td,th{border:1px solid #999;padding:2px 6px}
th{background:#DDEBF7}
</style></head><body>
<p style="font-family:Calibri,sans-serif;font-size:11pt">Hi team, these are the oldest Quartz denials on my worklist. Anyone who has a contact at Quartz provider relations, please share &#8211; I keep getting bounced.</p>
<table>
<tr><th>Acct</th><th>Patient</th><th>DOS</th><th>CPT</th><th>Billed</th><th>CARC</th><th>Days</th></tr>
<tr><td>40021177</td><td>HENDRICKS, WAYNE</td><td>08/19/2026</td><td>99285</td><td>$1,842.00</td><td>CO-50</td><td>104</td></tr>
<tr><td>40023309</td><td>ABDI, HODAN</td><td>08/27/2026</td><td>74177</td><td>$2,210.00</td><td>CO-197</td><td>96</td></tr>
<tr><td>40024461</td><td>MARSH, TIFFANY</td><td>09/02/2026</td><td>97110</td><td>$312.00</td><td>CO-151</td><td>90</td></tr>
<tr><td>40025980</td><td>GREER, OTIS</td><td>09/10/2026</td><td>93306</td><td>$1,105.00</td><td>CO-16</td><td>82</td></tr>
</table>
<p style="font-family:Calibri,sans-serif;font-size:11pt">Thanks,<br>Kristin Bauer<br>Patient Financial Services</p>
<p style="font-size:8pt;color:gray">""" + DISCL + """</p>
</body></html>""")

add('phi', 'lists', 'Castellano',
    frm='"Hollis, Grace (Case Mgmt)" <grace.hollis@hvhealth.org>',
    to='"CM/SW Team" <cm.sw@hvhealth.org>',
    subj='Avoidable days - who needs what',
    date='Thu, 03 Dec 2026 08:12:00 -0600',
    atts=[att('avoidable_days_1203.html', """<html><head><title>Avoidable Days Report</title></head><body>
<h3>HVMC Avoidable Days - Medically Ready for Discharge - 12/03/2026 07:00</h3>
<table border=1 cellspacing=0 cellpadding=3>
<tr><th>Unit-Bed</th><th>Patient</th><th>MRN</th><th>Payer</th><th>Ready Date</th><th>Barrier</th><th>Owner</th></tr>
<tr><td>4W-03</td><td>CASTELLANO, ROSA</td><td>1182093</td><td>MEDICARE</td><td>11/24/2026</td><td>LTC Medicaid pending</td><td>Hollis</td></tr>
<tr><td>5N-14</td><td>PRUITT, HARLAN</td><td>2290441</td><td>MEDICARE</td><td>11/20/2026</td><td>Guardianship</td><td>Sandoval</td></tr>
<tr><td>6N-21</td><td>YBARRA, LUIS</td><td>5510832</td><td>SELF PAY</td><td>11/30/2026</td><td>Home infusion / uninsured</td><td>Sandoval</td></tr>
<tr><td>6N-02</td><td>OLSON, MARGARET</td><td>0877214</td><td>HUMANA MA</td><td>12/01/2026</td><td>Family declining SNF</td><td>Hollis</td></tr>
<tr><td>4W-10</td><td>MBEKI, THANDI</td><td>6630158</td><td>WI MEDICAID</td><td>12/02/2026</td><td>DME - trach supplies</td><td>Hollis</td></tr>
</table></body></html>""", 'text/html')],
    body="""Morning all. Current medically-ready-but-stuck list (report attached too). Please update me by 2pm.

1. Castellano, Rosa (4W-03) - LTC Medicaid app pending, SNF bed at Oak Hollow held til Fri
2. Pruitt, Harlan (5N-14) - guardianship hearing 12/9, no d/c until then
3. Ybarra, Luis (6N-21) - needs IV abx x 4 wks, home infusion won't take him uninsured; SW working on presumptive eligibility
4. Olson, Margaret (6N-02) - family refusing SNF list, meeting today 1pm w/ Dr. Soto
5. Mbeki, Thandi (4W-10) - waiting for trach supplies to be delivered to home

Total avoidable days this month so far: 61.

Grace
""")

add('phi', 'lists', 'Ahmed',
    frm='"Schultz, Ben" <ben.schultz@hvhealth.org>',
    to='"Surgical Services Leads" <surg.leads@hvhealth.org>',
    subj='Tomorrow OR board - Fri 12/4',
    date='Thu, 03 Dec 2026 16:48:31 -0600',
    body="""Final-ish board for tomorrow. Room 5 still has a gap after 1300 if anyone has an add-on.

OR 1  0730  Kaur        Ahmed, Yusuf       Lap appy
OR 1  1000  Kaur        Brandvold, Ingrid  Lap inguinal hernia repair, bilat
OR 2  0730  Whitmore    Xiong, Pao         --> bumped, auth pending
OR 2  0730  Whitmore    Larkin, Dennis     R TKA
OR 2  1100  Whitmore    Pham, Quyen        L carpal tunnel release
OR 3  0730  Gunnarsson  Stahl, Robert      EGD/colonoscopy (moved from endo, needs anesthesia)
OR 5  0800  Feld        Norquist, Ann      R breast lumpectomy w/ SLNB

Anesthesia assignments to follow.
Ben
""")
# ======================= PHI: struct =======================
add('phi', 'struct', 'Marchetti',
    frm='"Integration Engine Alerts" <cloverleaf-alerts@hvhealth.org>',
    to='"Interface Team" <interfaces@hvhealth.org>',
    subj='[ALERT] ADT_OUT_LAB thread error - msg held (1)',
    date='Mon, 30 Nov 2026 02:17:40 -0600',
    body="""Thread: adt_out_sunquest
Site: hvprod01
Error: Field PV1-3 (Assigned Patient Location) failed table lookup: value '4W^412^B' not found in LOCMAP
Action: Message placed in error database. Resend after correction.

Message:
MSH|^~\\&|EPIC|HVMC|SUNQUEST|HVMC|20261130021702||ADT^A01|88120473|P|2.3
EVN|A01|20261130021650
PID|1||4471290^^^HVMC^MR||MARCHETTI^PAUL^J||19570322|M|||1188 WILLOW CREEK RD^^VERONA^WI^53593||(608)845-2271|||M||40031127
PV1|1|I|4W^412^B^HVMC||||1234567^SOTO^ELENA^^^MD|||MED||||7|||1234567^SOTO^ELENA^^^MD|IN||MCR|||||||||||||||||||||||||20261130021500
IN1|1|MCR|00001|MEDICARE PART A||||||||||||MARCHETTI^PAUL^J|01|19570322|||||||||||||||||||||||||1EG4TE5MK73
""")

add('phi', 'struct', 'Kowalski',
    frm='"Lab Information Systems" <lis.support@hvhealth.org>',
    to='"Interface Team" <interfaces@hvhealth.org>',
    subj='RE: results not filing for Millbrook - sample attached',
    date='Mon, 30 Nov 2026 10:44:01 -0600',
    body="""Hi Sam,

Attached is one of the ORUs that rejected overnight so you can see it. Looks like the OBR-16 ordering provider ID is coming over blank when the order was placed as a standing order. 23 results stuck in the queue, this is just the first one.

Can we get it fixed before the 2pm clinic session? The providers are already calling.

Dawn
LIS Analyst

> From: Sam Rehnquist
> Sent: Monday, November 30, 2026 9:58 AM
> Can you send me an example message? I don't see anything in the engine error db.
""",
    atts=[att('ORU_reject_0001.hl7',
"""MSH|^~\\&|SUNQUEST|HVMC|EPIC|HVMC|20261130013355||ORU^R01|SQ2611300133551|P|2.3\r
PID|1||5820917^^^HVMC^MR||KOWALSKI^DIANE^M||19690804|F|||422 E JOHNSON ST^^MADISON^WI^53703||(608)251-7732\r
PV1|1|O|MBIM^^^MILLBROOK||||||||||||||||50012294\r
ORC|RE|ORD88120|LAB60044|||||||||\r
OBR|1|ORD88120|LAB60044|LIPID^LIPID PANEL^L|||20261129081500|||||||20261129083000||^^^^^^^^^^^^|||||||20261130013300||CH|F\r
OBX|1|NM|CHOL^Cholesterol^L||242|mg/dL|<200|H|||F\r
OBX|2|NM|TRIG^Triglycerides^L||188|mg/dL|<150|H|||F\r
OBX|3|NM|HDL^HDL Cholesterol^L||41|mg/dL|>39||||F\r
OBX|4|NM|LDLC^LDL Calculated^L||163|mg/dL|<100|H|||F\r
""", 'application/octet-stream')])

add('phi', 'struct', 'Engstrom',
    frm='"Rasmussen, Tove" <tove.rasmussen@hvhealth.org>',
    to='"EDI Support - Clearinghouse" <support@claimbridge-edi.com>',
    subj='Ticket 448201 - 837P rejected 999 IK5*R',
    date='Tue, 01 Dec 2026 09:37:26 -0600',
    body="""Hello,

Following up on ticket 448201. The attached 837P file was rejected on the 999 with IK3 NM1 / 2010BA. I have compared it with accepted files and I don't see the difference. It's one claim. Can your team look at the raw file?

Thank you,
Tove Rasmussen
Billing Systems Analyst, Halvorsen Valley Health
""",
    atts=[att('HVH_837P_20261130_01.x12',
"""ISA*00*          *00*          *ZZ*HVH4417        *ZZ*CLAIMBRIDGE    *261130*1612*^*00501*000004471*0*P*:~
GS*HC*HVH4417*CLAIMBRIDGE*20261130*1612*4471*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*HVH20261130001*20261130*1612*CH~
NM1*41*2*HALVORSEN VALLEY HEALTH*****46*HVH4417~
PER*IC*TOVE RASMUSSEN*TE*6082740000~
NM1*40*2*QUARTZ HEALTH SOLUTIONS*****46*39180~
HL*1**20*1~
NM1*85*2*HALVORSEN VALLEY MEDICAL GROUP*****XX*1457398821~
N3*700 HALVORSEN PKWY~
N4*MADISON*WI*537190000~
REF*EI*391827364~
HL*2*1*22*0~
SBR*P*18*QHS4410*****CI~
NM1*IL*1*ENGSTROM*LARS*K***MI*Q88210447301~
N3*5519 OLD SAUK RD~
N4*MADISON*WI*53705~
DMG*D8*19750612*M~
NM1*PR*2*QUARTZ HEALTH SOLUTIONS*****PI*39180~
CLM*HVH40019982*245.00***11:B:1*Y*A*Y*Y~
HI*ABK:M5416~
NM1*82*1*WHITMORE*JAMES****XX*1730284419~
LX*1~
SV1*HC:99214*245.00*UN*1***1~
DTP*472*D8*20261117~
SE*24*0001~
GE*1*4471~
IEA*1*000004471~
""", 'text/plain')])

add('phi', 'struct', 'Yang',
    frm='"Hmielewski, Pat" <pat.hmielewski@hvhealth.org>',
    to='"Cash Posting" <cashposting@hvhealth.org>',
    subj='835 from Network Health - one line not auto-posting',
    date='Tue, 01 Dec 2026 14:22:09 -0600',
    body="""This CLP won't auto-post, I think because the patient control number has a trailing space. Pasting the loop here. Can someone manually post to acct 40027715? Paid amount 118.42, PR-2 of 30.00.

CLP*40027715 *1*310.00*118.42*30.00*MC*2026331880117*11*1~
NM1*QC*1*YANG*MAI*C***MI*W00518832~
NM1*82*1*NGO*LINH****XX*1568920034~
DTM*232*20261020~
DTM*233*20261020~
SVC*HC:99213*185.00*88.42**1~
CAS*CO*45*66.58~
CAS*PR*2*30.00~
SVC*HC:36415*25.00*0**1~
CAS*CO*97*25.00~
SVC*HC:80053*100.00*30.00**1~
CAS*CO*45*70.00~

Pat
""")

add('phi', 'struct', 'Soto',
    frm='"Eligibility Bot" <rte-noreply@hvhealth.org>',
    to='"Eastgate Front Desk" <eastgate.frontdesk@hvhealth.org>',
    subj='Eligibility check FAILED - appt 12/2 09:40',
    date='Wed, 02 Dec 2026 06:01:12 -0600',
    body="""Automated real-time eligibility (270/271) result for tomorrow's schedule.

Appointment: 12/02/2026 09:40  NGO, LINH MD  - OFFICE VISIT EST
Status: INACTIVE COVERAGE

Raw 271 response:
ST*271*0001*005010X279A1~
BHT*0022*11*HVH2612010600*20261201*0600~
HL*1**20*1~
NM1*PR*2*ANTHEM BCBS WI*****PI*00950~
HL*2*1*21*1~
NM1*1P*2*HALVORSEN VALLEY MEDICAL GROUP*****XX*1457398821~
HL*3*2*22*0~
TRN*2*HVH261201447*9HVHEALTH~
NM1*IL*1*SOTO*MIGUEL*A***MI*XWE902214561~
DMG*D8*19830127*M~
DTP*346*D8*20250101~
DTP*347*D8*20261031~
EB*6**30~
MSG*COVERAGE TERMINATED 10/31/2026~
SE*14*0001~

Please verify insurance with the patient at check-in.
""")

add('phi', 'struct', 'Lindgren',
    frm='"Vang, Mai" <mai.vang@hvhealth.org>',
    to='"Reporting & Analytics" <analytics@hvhealth.org>',
    subj='Flu shot outreach export - duplicates?',
    date='Wed, 02 Dec 2026 15:33:21 -0600',
    body="""Hi, the outreach list you sent for Eastgate has what look like duplicate rows (same MRN, different phone). First few rows attached. Which phone should we call?

Mai Vang, CMA
""",
    atts=[att('eastgate_flu_outreach_first50.csv',
"""MRN,LastName,FirstName,DOB,Phone,PCP,LastFluVax,DueFor
3390127,LINDGREN,ASTRID,1941-06-02,608-271-4419,SCHAEFER,2025-10-14,INFLUENZA;PNEUMO
3390127,LINDGREN,ASTRID,1941-06-02,608-335-0172,SCHAEFER,2025-10-14,INFLUENZA;PNEUMO
2281054,OKAFOR,CHIDI,1952-11-19,608-446-9013,NGO,,INFLUENZA
4410982,HASSAN,FARHIYA,1990-03-08,608-556-2201,BRANDT,2024-11-02,INFLUENZA;TDAP
5571660,DUNCAN,ROBERT,1948-08-30,608-271-7785,NGO,2025-09-29,INFLUENZA;SHINGRIX
5571660,DUNCAN,ROBERT,1948-08-30,,NGO,2025-09-29,INFLUENZA;SHINGRIX
""", 'text/csv')])

add('phi', 'struct', 'Reyes',
    frm='"dev-integration" <dev-integration@northstar-rcm.io>',
    to='"Rehnquist, Sam" <sam.rehnquist@hvhealth.org>',
    subj='FHIR bundle from prod - Observation missing subject ref',
    date='Thu, 03 Dec 2026 10:19:45 -0600',
    body="""Sam,

This is the bundle your prod endpoint returned for our nightly pull at 02:10. Observation/obs-77812 has no subject reference so our loader drops it. Patient is in the same bundle. Is this expected? Zipped since our mail gateway strips .json.

- Priya, Northstar RCM integration
""",
    atts=[zipped('bundle_20261203_0210.zip', 'bundle_20261203_0210.json', """{
  "resourceType": "Bundle",
  "type": "searchset",
  "total": 2,
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "pt-3307714",
        "identifier": [{"system": "urn:oid:1.2.840.114350.1.13.441.2.7.5.737384.14", "value": "3307714"}],
        "name": [{"family": "Reyes", "given": ["Carmen", "Lucia"]}],
        "gender": "female",
        "birthDate": "1966-09-21",
        "telecom": [{"system": "phone", "value": "608-249-5108", "use": "home"}],
        "address": [{"line": ["2905 Commercial Ave Apt 4"], "city": "Madison", "state": "WI", "postalCode": "53704"}]
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "id": "obs-77812",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "4548-4", "display": "Hemoglobin A1c/Hemoglobin.total in Blood"}]},
        "effectiveDateTime": "2026-11-30T08:41:00-06:00",
        "valueQuantity": {"value": 9.4, "unit": "%", "system": "http://unitsofmeasure.org", "code": "%"}
      }
    }
  ]
}
""")])

add('phi', 'struct', 'Bergquist',
    frm='"RightFax Server" <fax@hvhealth.org>',
    to='"Eastgate Referrals" <eastgate.referrals@hvhealth.org>',
    subj='Fax received from 6083287740 (3 pages)',
    date='Fri, 04 Dec 2026 11:26:03 -0600',
    body="""You have received a fax. Pages: 3. OCR text of cover page follows; full fax in the document queue.

-------------------------------------------------------------
            SUGAR RIVER CHIROPRACTIC & WELLNESS
               410 Main St, Belleville WI 53508
          Phone 608-328-7700    Fax 608-328-7740
-------------------------------------------------------------
                    FAX COVER SHEET

TO: Eastgate Family Medicine / Dr. Linh Ngo
FAX: 608-274-3399
FROM: Dr. Cole Amundsen, DC
DATE: 12/04/2026
RE: Referral - Bergquist, Janet   DOB 01/22/1964

[ ] Urgent  [X] For Review  [ ] Please Reply

Comments: Pt seen x6 visits since 10/20 for low back, minimal
improvement. Requesting PCP eval and imaging order. Progress
notes and intake attached. Pt phone 608-424-1180.

This facsimile contains confidential information intended only
for the addressee. If received in error please call 608-328-7700.
-------------------------------------------------------------
""")
# ======================= PHI: ids =======================
add('phi', 'ids', 'Kristofferson',
    frm='"Hoang, Lisa" <lisa.hoang@hvhealth.org>',
    to='"HIM Chart Correction" <him.correction@hvhealth.org>',
    subj='possible duplicate MRN',
    date='Mon, 30 Nov 2026 10:06:55 -0600',
    body="""MRN 00482913 and 00482931 look like the same person - same DOB 08/11/1979 and same address, name spelled Kristofferson vs Kristoferson. The echo from 11/30 went to 00482931 and the cardiology note is on the other one. Please merge / move.

Lisa, Echo Lab
""")

add('phi', 'ids', '',
    frm='"Bauer, Kristin" <kristin.bauer@hvhealth.org>',
    to='provider.relations@quartzbenefits.com',
    subj='Claim 26A334719002 - reconsideration',
    date='Tue, 01 Dec 2026 11:50:30 -0600',
    body="""Hello,

Requesting reconsideration on the claim below. Auth was obtained prior to service; auth number was left off the original claim in error.

Claim #: 26A334719002
Member ID: Q88204917701
DOS: 10/22/2026
CPT: 72148 (MRI lumbar w/o)
Denial: CO-197
Auth #: QA-2026-0918834 (approved 10/09/2026)

Corrected claim was sent electronically 11/30 with frequency code 7. Please let me know if you need anything else.

Kristin Bauer
Patient Financial Services | Halvorsen Valley Health
608-274-5812
""")

add('phi', 'ids', '',
    frm='"Registration QA" <reg.qa@hvhealth.org>',
    to='"Millbrook Registration" <mb.registration@hvhealth.org>',
    subj='Acct 7710042938',
    date='Tue, 01 Dec 2026 14:03:17 -0600',
    body="""pls update COB on acct 7710042938 before the 11/18 PT eval bills - Medicare is secondary, employer plan primary (pt still working). ins card scan is in media.
""")

add('phi', 'ids', '',
    frm='"Jaeger, Tom" <tom.jaeger@hvhealth.org>',
    to='"Radiology IT" <rad.it@hvhealth.org>',
    subj='results not crossing',
    date='Wed, 02 Dec 2026 02:41:10 -0600',
    body="""CT head w/o from 0105 tonight, MRN 3381907, DOB 03/14/1972, acc# CT26120200417. Read is final in PowerScribe but not showing in Epic. ED doc needs it to dispo. Called the help desk, they said email you. Can someone look at it asap.

Tom J, ED charge
""")

add('phi', 'ids', '',
    frm='"Lab Specimen Processing" <lab.processing@hvhealth.org>',
    to='"ED Charge RN" <ed.charge@hvhealth.org>',
    subj='recollect',
    date='Wed, 02 Dec 2026 09:14:08 -0600',
    body="""ED 14 - MRN 5520183 - PT/INR and K+ hemolyzed, need recollect. Also the troponin tube was unlabeled, can't run, please redraw.
""")

add('phi', 'ids', '',
    frm='"Brooks, Janelle RN" <jbrooks@wihealthpartners-um.com>',
    to='"HVMC Utilization Review" <ur@hvhealth.org>',
    subj='Ref UM-2026-118842 - clinicals needed today',
    date='Thu, 03 Dec 2026 09:30:00 -0600',
    body="""Good morning,

For the inpatient stay below we have not received clinicals since day 2. Please send updated clinicals (vitals, labs, current treatment, d/c plan) by 3:00 PM CT today or days 4+ will be reviewed without them.

Ref #: UM-2026-118842
Member ID: XJH449201733
Admit date: 11/29/2026
Facility: HVMC, Madison
Attending: Soto, Elena

Fax 1-877-402-6610 or upload in the provider portal.

Janelle Brooks, RN
Utilization Management
Wisconsin Health Partners
""" + "\n" + DISCL + "\n")

add('phi', 'ids', '',
    frm='"HVH Specialty Pharmacy" <specialtyrx@hvhealth.org>',
    to='"Millbrook IM Pool" <mb.im.pool@hvhealth.org>',
    subj='PA needed - Rx 6042291',
    date='Fri, 04 Dec 2026 08:12:39 -0600',
    body="""Rx# 6042291 rejected at adjudication:
  Member: 100293847-01
  Drug: Repatha 140 mg/mL SureClick, 2 pens / 28 days
  Reject: 75 - Prior Authorization Required
  Plan: Navitus, BIN 610602

Prescriber: Schaefer, Anna. Patient has 1 week of supply left per fill history. Please start PA in CoverMyMeds (key B4TQ7XRW) or reply with an alternative.
""")
# ======================= PHI: lang =======================
add('phi', 'lang', 'Hernández',
    frm='=?iso-8859-1?Q?Mar=EDa_Hern=E1ndez?= <mariahdz1975@hotmail.com>',
    to='eastgate.frontdesk@hvhealth.org',
    subj='Cita del doctor para mi esposo',
    date='Mon, 30 Nov 2026 16:25:02 -0600',
    charset='iso-8859-1', cte='qp',
    body="""Buenas tardes,

Le escribo por mi esposo, José Luis Hernández Soto, fecha de nacimiento 12/05/1970. Él tiene cita con la doctora Schaefer el jueves 3 de diciembre a las 10:20 pero no puede faltar al trabajo ese día. ¿Se puede cambiar para el sábado o para la próxima semana en la tarde?

También se le están acabando las pastillas de la presión (losartán) y la de colesterol. Le quedan como cinco días. ¿Puede la doctora mandar la receta a la farmacia Walgreens de la calle Park mientras tanto?

Mi número es 608-358-1904. Por favor si llaman que sea con intérprete, él no habla mucho inglés.

Gracias,
María Hernández
""")

add('phi', 'lang', 'Tran',
    frm='Tran Thi Ngoc Anh <ngocanh.tran82@gmail.com>',
    to='interpreter.services@hvhealth.org',
    subj='Kết quả xét nghiệm của mẹ tôi - Tran Thi Hoa',
    date='Tue, 01 Dec 2026 20:47:15 -0600',
    cte='b64',
    body="""Chào anh chị,

Tôi là con gái của bà Trần Thị Hoa (sinh ngày 15/03/1953). Mẹ tôi đã làm siêu âm tim và xét nghiệm máu ở phòng khám tim mạch Millbrook hôm thứ Sáu tuần trước. Bác sĩ nói sẽ gọi lại nhưng đến nay chưa có ai gọi.

Mẹ tôi không nói được tiếng Anh. Xin cho một thông dịch viên tiếng Việt gọi cho tôi ở số 608-301-6627 để giải thích kết quả. Tôi có tên trong giấy cho phép của mẹ tôi.

Cảm ơn nhiều,
Ngọc Anh
""")

add('phi', 'lang', 'Pierre-Louis',
    frm='"Joseph, Marie-Ange (Interpreter)" <marieange.joseph@hvhealth.org>',
    to='"Eastgate RN Pool" <eastgate.rn@hvhealth.org>',
    subj='Mesaj pou Dr. Ngo - Wilner Pierre-Louis',
    date='Wed, 02 Dec 2026 10:10:48 -0600',
    body="""Hi team, patient left this voicemail on the Creole line this morning. Original + my translation below.

Original (transcribed):
"Bonjou, se Wilner Pierre-Louis. Mwen te vin wè doktè Ngo semèn pase. Li ban m yon nouvo grenn pou sik la, men depi m ap pran l vant mwen fè m mal anpil e m gen dyare. Èske m ka sispann li? Tanpri rele m nan 608-287-4403. Mèsi."

Translation:
"Hello, this is Wilner Pierre-Louis. I came to see Dr. Ngo last week. She gave me a new pill for the sugar, but since I've been taking it my stomach hurts a lot and I have diarrhea. Can I stop it? Please call me at 608-287-4403. Thank you."

Please call him back with the Creole line (x5530), he doesn't read English well.

Marie-Ange
""")

add('phi', 'lang', 'Nascimento',
    frm='"Rocha, Fernanda" <fernanda.rocha@hvhealth.org>',
    to='"Pereira, Tiago" <tiago.pereira@hvhealth.org>',
    subj='dona Conceição',
    date='Wed, 02 Dec 2026 13:36:59 -0600',
    body="""Tiago, a dona Conceição Nascimento (6N-15) tá perguntando de novo sobre a alta. Expliquei que o Dr. Soto quer esperar o resultado da hemocultura de amanhã antes de mandar ela pra casa. She's ok with it but her son keeps calling the unit. Você pode ligar pra ele hoje? O número tá no facesheet. Ele só fala português, e o interpreter line tá com espera de 20 min.

Valeu!
Fer
""")

add('phi', 'lang', 'Volkova',
    frm='=?utf-8?B?0JPQsNC70LjQvdCwINCS0L7Qu9C60L7QstCw?= <g.volkova55@mail.ru>',
    to='mb.refills@hvhealth.org',
    subj='Рецепт / refill please',
    date='Thu, 03 Dec 2026 08:44:20 -0600',
    cte='b64',
    body="""Здравствуйте,

Меня зовут Галина Волкова (Galina Volkova), дата рождения 22.07.1955. Мой врач — доктор Шефер (Dr. Schaefer). У меня заканчиваются таблетки левотироксин 75 мкг и аторвастатин 40 мг. Пожалуйста, отправьте рецепт в аптеку Costco на Mineral Point Rd.

Я также хотела спросить, когда мне нужно сдать анализ крови на щитовидку — в прошлый раз это было в мае.

Спасибо,
Галина
608-824-3317
""")

add('phi', 'lang', 'Chen',
    frm='Kevin Chen <kchen.madison@gmail.com>',
    to='"Millbrook Cardiology" <mb.cardiology@hvhealth.org>',
    subj='My father Chen Guoliang - Holter monitor 父亲的心电监测',
    date='Thu, 03 Dec 2026 19:02:37 -0600',
    cte='b64',
    body="""Hello, I am writing for my father, Chen Guoliang (DOB 1948-04-11). He doesn't read English so I include Chinese so he can see what I wrote.

He wore the 48-hour Holter monitor and returned it on Monday 11/30. When will Dr. Feld have the result? He is worried because his heart "jumps" at night.

您好，我替我父亲陈国梁写信。他星期一（11月30日）已经把48小时心电监测仪还回去了。请问Feld医生什么时候能看结果？他晚上常常觉得心跳不规律，有点担心。他的降压药还要继续吃吗？

Thank you / 谢谢
Kevin Chen
608-772-0941
""")

add('phi', 'lang', 'Santos',
    frm='"Dela Cruz, Mylene RN" <mylene.delacruz@hvhealth.org>',
    to='"Bautista, Jonathan RN" <jonathan.bautista@hvhealth.org>',
    subj='re: endorsement bed 9',
    date='Fri, 04 Dec 2026 07:22:13 -0600',
    body="""Jon, pasensya na rushed endorsement kanina. Additional lang for bed 9, si Mr. Santos (Ricardo):

- yung foley niya tinanggal na 0500, need to void by 1100, if hindi pa bladder scan ka muna then call Dr. Soto
- yung 0600 potassium niya 3.2, may order na ng KCl 40 PO, hindi pa naibigay kasi tulog siya. Pakibigay na lang pag gising.
- wife niya darating around 10, gusto niya kausapin si case management about sa rehab

Salamat! Ingat sa shift.
Mylene
""")
# ======================= CLEAN: staff =======================
add('clean', 'staff', '',
    frm='"Pereira, Tiago" <tiago.pereira@hvhealth.org>',
    to='"6N RN Staff" <6n.rn@hvhealth.org>',
    subj='anyone want to swap 12/19?',
    date='Mon, 30 Nov 2026 20:11:05 -0600',
    body="""Hey all, I'm on nights Sat 12/19 and my brother's wedding got moved to that weekend. I can take any of your days 12/26-12/31 in exchange (yes even NYE). Text me 608-512-0034 or reply here.

Tiago
""")

add('clean', 'staff', '',
    frm='"Kessler, Ann (Nurse Manager 3S)" <ann.kessler@hvhealth.org>',
    to='"3 South All Staff" <3south.all@hvhealth.org>',
    subj='Week in review + holiday potluck',
    date='Fri, 04 Dec 2026 15:40:00 -0600',
    body="""Hi 3 South,

Quick recap of the week:
- Census averaged 31 of 32 beds, with 4 days at full capacity. Thank you for flexing.
- Zero falls with injury for the 3rd month in a row.
- HCAHPS "nurse communication" came in at 84th percentile for October.
- 2 new grads (welcome Sadie and Luis!) start orientation Monday.

Holiday potluck is Thursday 12/17, 11a-2p and 11p-1a for nights, in the conference room. Sign-up sheet is on the fridge. Please no more than 4 crockpots on one outlet this year, facilities asked nicely.

Have a restful weekend,
Ann
""")

add('clean', 'staff', '',
    frm='"Brandt, Henrik MD" <henrik.brandt@hvhealth.org>',
    to='"Eastgate Scheduling" <eastgate.sched@hvhealth.org>',
    subj='Friday afternoon',
    date='Tue, 01 Dec 2026 17:58:49 -0600',
    body="""Hi, I need to block my Friday 12/11 afternoon (1-5) - my kid's school thing. I think there are 6 or 7 people booked already. Please offer them Dr. Ngo's open slots that week or my Tues 12/15 afternoon, whichever they prefer. Anything urgent can go to the nurse line.

Sorry for the short notice.
Henrik
""")

add('clean', 'staff', '',
    frm='"Olufemi, Ade PharmD" <ade.olufemi@hvhealth.org>',
    to='"Nursing Leadership" <nursing.leaders@hvhealth.org>',
    subj='Heparin premix concentration change effective 12/8',
    date='Wed, 02 Dec 2026 10:30:15 -0600',
    body="""Hello,

Due to the national shortage of the 25,000 unit/500 mL premixed heparin bags, pharmacy will be switching to the 25,000 unit/250 mL (100 units/mL) concentration starting Tuesday 12/8 at 0700.

What changes:
- The Alaris drug library entry "Heparin 100 units/mL" will be activated; the old 50 units/mL entry will be retired after all existing bags are used.
- Rates in mL/hr will be HALF of what staff are used to for the same units/kg/hr dose. The pump calculates this if programmed in units/kg/hr - please do not program in mL/hr.
- Double-check at bag changes remains required.

A one-page tip sheet is attached on the intranet (Pharmacy > Drug Shortages). Please share at huddles this week.

Ade Olufemi, PharmD
Clinical Pharmacy Manager
""")

add('clean', 'staff', '',
    frm='"Gallagher, Nora RN" <nora.gallagher@hvhealth.org>',
    to='"Kessler, Ann" <ann.kessler@hvhealth.org>',
    subj='RE: Pyxis override',
    date='Wed, 02 Dec 2026 07:51:33 -0600',
    body="""Thanks Ann. Found it on the policy site - it's MM-214 not MM-241, that's why search wasn't finding it. I'll print it for the binder.

Nora

> On Tue, Dec 1, 2026 at 9:12 PM, Kessler, Ann <ann.kessler@hvhealth.org> wrote:
> Nora - the override list policy is under Medication Management. Only the meds on the approved override list can be pulled before pharmacist verification, and every override gets reviewed the next day. Let me know if you can't find it.
>
>> On Tue, Dec 1, 2026, Gallagher, Nora RN wrote:
>> Where do I find the current Pyxis override policy? One of the travelers asked and I realized I didn't know what the list looks like now.
""")

add('clean', 'staff', '',
    frm='"Nightingale, Amos RN" <amos.nightingale@hvhealth.org>',
    to='"Facilities Work Orders" <workorders@hvhealth.org>',
    subj='6N room 22 - sink + call light',
    date='Thu, 03 Dec 2026 03:12:44 -0600',
    body="""Room 22 on 6 North: sink is leaking under the cabinet again (3rd time this month), there's a towel down. Also the call light in the bathroom only works if you pull it twice.

Room is occupied so please knock and check with the charge nurse before going in.

Amos, 6N nights x6622
""")

add('clean', 'staff', '',
    frm='"Schultz, Ben" <ben.schultz@hvhealth.org>',
    to='"Surgical Services Leads" <surg.leads@hvhealth.org>',
    subj='OR utilization Nov',
    date='Fri, 04 Dec 2026 09:00:20 -0600',
    body="""November numbers for the huddle:

Prime-time utilization: 78% (goal 80)
First case on-time starts: 71% (Oct 64%) - nice improvement
Avg turnover: 31 min
Same-day cancellations: 22 cases, 9 of them for auth/insurance issues, 6 for NPO violations, rest patient no-shows or illness

Auth-related cancellations are the big one. Tasha and the PA team are meeting with scheduling next week to move auth checks to 10 days out.

Ben
""")
# ======================= CLEAN: admin =======================
add('clean', 'admin', '',
    frm='"Hmielewski, Pat" <pat.hmielewski@hvhealth.org>',
    to='"Revenue Cycle Leadership" <rc.leaders@hvhealth.org>',
    subj='Q3 denials summary',
    date='Mon, 30 Nov 2026 08:30:00 -0600',
    html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>All,</p>
<p>Q3 initial denial rate was 11.8% (Q2: 10.4%). Breakdown by top CARC below. CO-197 (no auth) is the main driver and is up 14% over Q2, mostly imaging and outpatient surgery.</p>
<table border="1" cellpadding="3" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#D9E1F2"><th>CARC</th><th>Description</th><th>Count</th><th>$ Denied</th><th>% of total</th></tr>
<tr><td>CO-197</td><td>Precert/authorization absent</td><td>1,412</td><td>$3,118,904</td><td>31%</td></tr>
<tr><td>CO-16</td><td>Missing/incomplete info</td><td>988</td><td>$1,002,117</td><td>22%</td></tr>
<tr><td>CO-50</td><td>Not medically necessary</td><td>611</td><td>$1,840,552</td><td>13%</td></tr>
<tr><td>CO-29</td><td>Timely filing</td><td>203</td><td>$288,410</td><td>4%</td></tr>
<tr><td>Other</td><td></td><td>1,354</td><td>$2,066,300</td><td>30%</td></tr>
</table>
<p>Payer detail is on the shared drive (RevCycle &gt; Denials &gt; 2026Q3). We'll go through it Thursday.</p>
<p>Pat Hmielewski<br>Director, Patient Financial Services</p>
</body></html>""")

add('clean', 'admin', '',
    frm='"HVH Benefits" <benefits@hvhealth.org>',
    to='"All Employees" <allstaff@hvhealth.org>',
    subj='Open enrollment ends Friday 12/11',
    date='Tue, 01 Dec 2026 07:00:00 -0600',
    body="""Reminder: 2027 benefits open enrollment closes Friday, December 11 at 11:59 PM.

What's new for 2027:
- HVH Choice PPO premiums are unchanged for employee-only coverage; family tier increases 3.5%.
- The HSA-eligible plan employer contribution increases to $750 (single) / $1,500 (family).
- Dental now covers adult orthodontia at 50%, lifetime max $1,500.
- Vision exam copay drops to $10.

If you do nothing, your current medical, dental and vision elections roll over, but FSA elections DO NOT. You must re-enroll in the health care FSA or dependent care FSA each year.

Log in to Workday > Benefits > Open Enrollment. Questions: benefits@hvhealth.org or x2200.

HVH Human Resources - Benefits Team
""")

add('clean', 'admin', '',
    frm='"IT Change Management" <itchange@hvhealth.org>',
    to='"All Epic Users" <epic.users@hvhealth.org>',
    subj='PLANNED DOWNTIME: Epic upgrade Sun 12/6 0100-0500',
    date='Tue, 01 Dec 2026 12:00:00 -0600',
    html="""<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt">
<table width="600" style="border:2px solid #C00000"><tr><td style="background:#C00000;color:white;padding:6px"><b>PLANNED DOWNTIME</b></td></tr>
<tr><td style="padding:8px">
<p><b>When:</b> Sunday, December 6, 2026, 01:00&#8211;05:00 CST<br><b>What:</b> Epic quarterly upgrade (Nov 2026 release)<br><b>Impact:</b> Hyperspace, Haiku, Rover, MyHVHealth unavailable. BCA downtime reports will run at 00:30.</p>
<p>Units: print your downtime census and MAR at 00:45. Use paper downtime forms (in the red binder). Lab and radiology orders go on paper requisitions; results will be called for critical values.</p>
<p>Questions: IT Service Desk x4357</p>
</td></tr></table>
</body></html>""")

add('clean', 'admin', '',
    frm='"Ward, Dianne (Clinic Mgr)" <dianne.ward@hvhealth.org>',
    to='"Eastgate Scheduling" <eastgate.sched@hvhealth.org>',
    subj='Template changes Jan 2027',
    date='Wed, 02 Dec 2026 16:20:07 -0600',
    body="""Starting Jan 4:

- Dr. Ngo: Tuesday AM becomes all same-day/acute slots (20 min). New patient visits move to Thursday AM.
- Dr. Brandt: adds Wednesday evening clinic 4:30-7:30 every other week.
- Karin Ostby CNM: moves from Eastgate to Millbrook OB full time. Her Eastgate slots close 12/31; please don't book her past that date here.
- All providers: annual physicals go from 40 to 30 min; Medicare wellness stays at 40.

Build team has the request. I'll send the final grid when it's in.

Dianne
""")

add('clean', 'admin', '',
    frm='"Privacy Office" <privacy@hvhealth.org>',
    to='"All Employees" <allstaff@hvhealth.org>',
    subj='Reminder: sending patient information by e-mail',
    date='Thu, 03 Dec 2026 08:00:00 -0600',
    body="""Dear colleagues,

We have seen an increase in outbound messages containing patient information sent to personal or outside e-mail addresses without encryption. A reminder of the rules:

1. Inside HVH (@hvhealth.org to @hvhealth.org) e-mail is encrypted. Use the minimum necessary.
2. To anyone outside HVH, type [secure] anywhere in the subject line. This includes payers, vendors and patients.
3. Never send patient information to your own personal e-mail, even to work from home.
4. Don't put patient names or MRNs in the subject line of any message.
5. If you sent something to the wrong person, report it to the Privacy Office within 24 hours. Self-reporting is treated as a learning opportunity.

Thank you for protecting our patients' privacy.

Heather Lindqvist, JD, CHPC
Chief Privacy Officer
""")

add('clean', 'admin', '',
    frm='"AP Invoices" <ap@hvhealth.org>',
    to='"Okeke, Samuel (Supply Chain)" <samuel.okeke@hvhealth.org>',
    subj='Invoice 88312-B Crescent Linen - PO mismatch',
    date='Thu, 03 Dec 2026 13:10:56 -0600',
    body="""Hi Samuel,

Invoice 88312-B from Crescent Linen Services ($41,227.18, service period November) doesn't match PO 4500199201 - invoice includes 2,400 lbs of isolation gowns that aren't on the PO. Can you confirm whether those were ordered or if we should short-pay?

Invoice is in the OnBase queue.

Thanks,
Accounts Payable
""")

add('clean', 'admin', '',
    frm='"Medical Staff Office" <medstaff@hvhealth.org>',
    to='"Feld, Aaron MD" <aaron.feld@hvhealth.org>',
    subj='Reappointment packet due 12/31',
    date='Fri, 04 Dec 2026 10:45:22 -0600',
    body="""Dr. Feld,

Your medical staff reappointment period ends 02/28/2027. To stay on the February credentials committee agenda we need the following by 12/31:

- Signed reappointment application (sent via DocuSign 11/15)
- Current DEA registration (on file: FF4418820, exp 03/31/2027 - ok)
- Wisconsin license (on file, exp 10/31/2027 - ok)
- Board certification verification - we'll pull this
- Updated TB screen and flu vaccine attestation
- Case logs: 24 months of procedures for privileges renewal

NPI on file: 1649281103. Please let us know if anything has changed.

Thanks,
Jolene Marsh, CPMSM
Medical Staff Services
""")
# ======================= CLEAN: lookalike =======================
add('clean', 'lookalike', '',
    frm='"Prairie Paws Veterinary Clinic" <reminders@prairiepawsvet.com>',
    to='kristin.bauer@hvhealth.org',
    subj='Biscuit is due for vaccines!',
    date='Mon, 30 Nov 2026 06:00:00 -0600',
    html="""<html><body style="font-family:Arial,sans-serif;color:#333">
<h2 style="color:#2E7D32">Hi Kristin,</h2>
<p><b>Biscuit</b> (Canine, Golden Retriever, DOB 05/14/2019) is due for the following:</p>
<ul><li>Rabies (3 yr) &#8211; due 12/12/2026</li><li>DHPP booster &#8211; due 12/12/2026</li><li>Heartworm test &#8211; overdue</li></ul>
<p>Book online or call us at 608-833-4120. Patient ID: PP-20931</p>
<p>Prairie Paws Veterinary Clinic &middot; 6601 Mineral Point Rd &middot; Madison WI</p>
<p style="font-size:10px;color:#999">You are receiving this because you are a client of Prairie Paws. Unsubscribe</p>
</body></html>""")

add('clean', 'lookalike', '',
    frm='"Badger Mutual Auto Claims" <claims@badgermutual.com>',
    to='tom.jaeger@hvhealth.org',
    subj='Claim BM-AU-2026-447109 - estimate approved',
    date='Tue, 01 Dec 2026 11:11:11 -0600',
    body="""Dear Thomas Jaeger,

Your claim BM-AU-2026-447109 (date of loss 11/21/2026, 2019 Subaru Outback) has been reviewed. The repair estimate from Capitol Collision of $3,882.40 is approved, less your $500 collision deductible.

Policy: PA-4481920-03
Adjuster: Renee Gustafson, 800-555-0143 ext 2214

Rental coverage is active up to $40/day for 15 days. No injuries were reported on this claim.

Badger Mutual Insurance
""")

add('clean', 'lookalike', '',
    frm='"Hometown Pharmacy Rewards" <rewards@hometownrx-rewards.com>',
    to='grace.hollis@hvhealth.org',
    subj='Grace, you have $10 in Bonus Bucks!',
    date='Wed, 02 Dec 2026 05:30:00 -0600',
    html="""<html><body style="font-family:Verdana,sans-serif;font-size:12px">
<div style="background:#E21836;color:white;padding:10px;font-size:18px">Hometown Pharmacy Rewards</div>
<p>Hi Grace,</p>
<p>Your Rewards # 7004 4419 2208 has <b>$10.00 Bonus Bucks</b> ready to use through 12/31/2026. Plus, get 2X points on holiday gift sets, greeting cards and cold &amp; flu essentials this week.</p>
<p>Don't forget &#8211; flu shots are available without an appointment at all locations. Most insurance accepted.</p>
<p style="font-size:10px;color:#777">Hometown Pharmacy Rewards &middot; Manage preferences &middot; Unsubscribe</p>
</body></html>""")

add('clean', 'lookalike', '',
    frm='"Capitol Fitness" <frontdesk@capitolfitness.com>',
    to='deb.pruitt@hvhealth.org',
    subj='Your personal training session is confirmed',
    date='Wed, 02 Dec 2026 18:20:40 -0600',
    body="""Hi Deb!

You're booked with trainer Marcus for a 60-minute session on Saturday 12/5 at 8:00 AM at our Fitchburg location. Your intro package includes a body composition check and a goal-setting consult.

Member #: CF-118204
Membership: Premier (renews 01/15/2027)

Need to cancel? Please give us 24 hours notice or the session will be counted.

See you soon!
Capitol Fitness
""")

add('clean', 'lookalike', '',
    frm='"Summit Credit Union" <alerts@summitcu-mail.org>',
    to='jun.nakamura@hvhealth.org',
    subj='Your HSA statement is ready',
    date='Thu, 03 Dec 2026 04:00:00 -0600',
    body="""Dear Jun Nakamura,

Your November 2026 Health Savings Account statement is now available in online banking.

Account ending: 8820
Beginning balance: $6,412.77
Contributions: $325.00
Distributions: $0.00
Interest: $3.18
Ending balance: $6,740.95

2026 contribution to date: $3,575.00 of $4,400.00 limit.

Summit Credit Union. Federally insured by NCUA.
""")

add('clean', 'lookalike', '',
    frm='"Jared Voss" <jared.voss@meridianinfusion.com>',
    to='"Okeke, Samuel (Supply Chain)" <samuel.okeke@hvhealth.org>',
    subj='Following up - Meridian SmartRate pump demo',
    date='Thu, 03 Dec 2026 14:55:09 -0600',
    body="""Hi Samuel,

Thanks for the call last week. As promised, a quick follow-up on the SmartRate LVP:

- Dose error reduction library with bidirectional EHR integration (validated with Epic, Cerner)
- 12-hour battery, 3.1 lb
- Pricing for 400 channels under your Vizient agreement: $2,290/channel with 5-year service

We'd love to set up a 2-week trial on a med-surg unit and the ICU. Our clinical specialist, Amy Roth RN, can do in-services on all shifts.

Would the week of January 11 work?

Jared Voss
Regional Account Executive, Meridian Infusion Systems
612-408-3391
""")

add('clean', 'lookalike', '',
    frm='"Alyssa from TravelCare Staffing" <alyssa.k@travelcarestaffing.com>',
    to='mylene.delacruz@hvhealth.org',
    subj='ICU travel contract - Denver - $2,850/wk',
    date='Fri, 04 Dec 2026 08:40:00 -0600',
    body="""Hi Mylene!

I came across your profile and think you'd be a great fit for this one:

ICU RN - 13 weeks - Denver, CO
Start: 01/11/2027
Shift: 3x12 nights
Pay: $2,850/week gross (incl. housing stipend)
Requirements: 2 yrs ICU, BLS/ACLS, CCRN preferred

Let me know if you want me to submit you - they're interviewing this week!

Alyssa Kowalski
Senior Recruiter, TravelCare Staffing
""")
# ======================= CLEAN: news =======================
add('clean', 'news', '',
    frm='"HVH Employee Health" <employeehealth@hvhealth.org>',
    to='"All Employees" <allstaff@hvhealth.org>',
    subj='Flu vaccine: we\'re at 88% - last walk-in clinics this week',
    date='Mon, 30 Nov 2026 07:30:00 -0600',
    body="""Thank you! As of Friday, 88% of employees have received their flu vaccine or submitted an exemption. Our goal is 95% by December 15.

Top departments: Pharmacy (100%), 3 South (98%), Lab (97%).

Last walk-in clinics:
- Tue 12/1, 0630-0830 and 1830-2030, HVMC Cafeteria Annex
- Thu 12/3, 1100-1400, Millbrook Clinic Lobby
- Employee Health office, Mon-Fri 0700-1530, no appointment needed

Got your shot elsewhere? Upload proof in Workday > Health Requirements.

Employee Health Services
""")

add('clean', 'news', '',
    frm='"Dane County Public Health" <phnotice@danecountyph.org>',
    to='"HVH Infection Prevention" <ip@hvhealth.org>',
    subj='FW: HEALTH ADVISORY - measles exposure, Dane County',
    date='Tue, 01 Dec 2026 16:45:00 -0600',
    body="""Forwarding for distribution to ED, urgent care and primary care leaders.

---------- Forwarded message ---------
HEALTH ADVISORY - December 1, 2026

Summary: Public Health Madison & Dane County has confirmed two measles cases in unvaccinated children who are residents of Dane County. Both are linked to international travel. Possible public exposures occurred at:
- Dane County Regional Airport, Concourse B, Nov 24, 2:00-6:00 PM
- East Towne Mall food court, Nov 26, 11:00 AM-2:30 PM

Recommendations for clinicians:
1. Consider measles in patients with fever and rash, especially with exposure at the above sites.
2. Mask and isolate suspected patients immediately in an airborne infection isolation room; do not allow them to wait in common areas.
3. Call Public Health at 608-266-4821 before sending specimens.
4. Verify MMR status of staff.

More information: publichealthmdc.com/measles
""")

add('clean', 'news', '',
    frm='"HVH Communications" <news@hvhealth.org>',
    to='"All Employees" <allstaff@hvhealth.org>',
    subj='HVH News: Kessel Family Cancer Center opens in March',
    date='Wed, 02 Dec 2026 09:00:00 -0600',
    html="""<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#1F4E79">Kessel Family Cancer Center to open March 2027</h1>
<p>Halvorsen Valley Health will open the $84 million Kessel Family Cancer Center on the Millbrook campus in March 2027, bringing medical oncology, radiation oncology, infusion and survivorship services under one roof.</p>
<p>The 62,000-square-foot center includes 36 infusion chairs, two linear accelerators, a rooftop healing garden and an on-site specialty pharmacy. It was made possible in part by a $12 million gift from Richard and Helen Kessel of Verona.</p>
<p>&#8220;Our patients have told us for years that driving between three buildings on treatment days is exhausting,&#8221; said Dr. Aaron Feld, medical director of oncology services. &#8220;This changes that.&#8221;</p>
<p>Hiring for 48 new positions begins in January. Watch the careers page.</p>
<hr><p style="font-size:9pt;color:#666">HVH News is published weekly by Marketing &amp; Communications.</p>
</body></html>""")

add('clean', 'news', '',
    frm='"NEJM Journal Watch" <alerts@jwatch-mail.org>',
    to='kevin.pham@hvhealth.org',
    subj='This week in General Medicine',
    date='Thu, 03 Dec 2026 05:00:00 -0600',
    body="""JOURNAL WATCH GENERAL MEDICINE - December 3, 2026

* Once-weekly insulin vs daily basal insulin in type 2 diabetes: a 78-week randomized trial found similar A1c reductions with slightly more level 1 hypoglycemia in the weekly group.

* Deprescribing aspirin for primary prevention in adults over 70: a pragmatic trial across 140 practices showed no increase in cardiovascular events at 2 years.

* Home blood-pressure telemonitoring in postpartum patients reduced readmissions by 40% in a US cohort of 3,200 patients.

* Shingles vaccine and dementia risk: another natural-experiment study adds to the evidence.

Read summaries and commentary at jwatch.org. CME credit available.
""")

add('clean', 'news', '',
    frm='"Infection Prevention" <ip@hvhealth.org>',
    to='"Clinical Leaders" <clinical.leaders@hvhealth.org>',
    subj='Respiratory virus update - week 48',
    date='Thu, 03 Dec 2026 15:15:00 -0600',
    body="""Week 48 (11/22-11/28) respiratory update:

HVMC positive tests: Influenza A 61 (up from 38), Influenza B 3, RSV 44, COVID-19 19
Inpatients with influenza on 11/30: 14 (2 in ICU)
Pediatric RSV admissions this week: 9
Statewide influenza activity: HIGH (WI DHS)

Reminder: masking is now required for all staff in patient care areas through at least January 15. Visitors with respiratory symptoms should be asked to postpone visits.

Hand hygiene compliance for November: 91%.

IP Team
""")

add('clean', 'news', '',
    frm='"Wisconsin Hospital Association" <newsletter@wha-update.org>',
    to='pat.hmielewski@hvhealth.org',
    subj='WHA Weekly: Medicaid rate update, price transparency enforcement',
    date='Fri, 04 Dec 2026 06:30:00 -0600',
    body="""WHA WEEKLY UPDATE

State budget: Medicaid hospital rates. The Joint Finance Committee approved a 3% increase to Medicaid inpatient and outpatient hospital rates effective July 1, 2027. WHA continues to advocate for the access payment to be restored.

Price transparency. CMS issued 14 warning letters to hospitals nationally in November for incomplete machine-readable files. Members should confirm their files include negotiated rates for all payers.

Workforce. Registered nurse vacancy rates in Wisconsin fell to 8.2% in 2026, down from 11.5% in 2023, according to WHA's annual workforce report.

Upcoming webinar: "Prior Authorization Reform in 2027: What Changes for Providers," December 10, noon.
""")

# ======================= CLEAN: training =======================
add('clean', 'training', '',
    frm='"Epic Training Team" <epic.training@hvhealth.org>',
    to='"New Hires - December" <newhires.dec@hvhealth.org>',
    subj='Epic ambulatory class prep - test patients',
    date='Mon, 30 Nov 2026 13:00:00 -0600',
    body="""Welcome! For Wednesday's Epic Ambulatory class (0800-1600, Training Room B), you'll log into the TRN environment with the ID in your welcome packet.

You will use these training patients. They exist only in TRN:

  ZZTEST, ADULT ONE      MRN 99900101   DOB 01/01/1970
  ZZTEST, PEDS TWO       MRN 99900102   DOB 06/15/2018
  ZZTEST, MEDICARE THREE MRN 99900103   DOB 03/03/1950

Exercises: check in an appointment, reconcile meds, place a lab order, route a refill, close the encounter.

Please do NOT open real patient charts in PRD during class for practice.

Epic Training Team
""")

add('clean', 'training', '',
    frm='"Rehnquist, Sam" <sam.rehnquist@hvhealth.org>',
    to='"Interface Team" <interfaces@hvhealth.org>',
    subj='Lunch & learn slides - HL7 ADT basics',
    date='Tue, 01 Dec 2026 11:30:00 -0600',
    body="""Thanks for coming to the lunch & learn. Here's the sample message we walked through. Made-up data, from the HL7 spec example set with our facility codes dropped in.

MSH|^~\\&|EPIC|HVMC|TESTAPP|HVMC|20260101120000||ADT^A04|MSG00001|T|2.3
EVN|A04|20260101120000
PID|1||999999999^^^HVMC^MR||TEST^PATIENT^A||19000101|U|||123 ANY STREET^^ANYTOWN^WI^00000
PV1|1|O|TRAIN^^^HVMC||||0000000^DOCTOR^TEST

Things to remember:
- PID-3 is the identifier list (repeatable), PID-5 is name (family^given^middle)
- MSH-11 "T" = training/test, "P" = production. Anything going to prod with T gets rejected by the engine.
- A04 = register outpatient, A01 = admit, A03 = discharge, A08 = update

Slides are in the team Teams channel. Next session: ORU results and OBX value types.

Sam
""")

add('clean', 'training', '',
    frm='"Coding Education" <coding.ed@hvhealth.org>',
    to='"Pro Fee Coders" <profee.coders@hvhealth.org>',
    subj='Monthly coding quiz - December',
    date='Wed, 02 Dec 2026 08:15:00 -0600',
    body="""December quiz - answers due 12/11. 5 CEUs pending approval.

Case 1: A 67-year-old established patient presents with worsening shortness of breath. The physician reviews outside records and an ECG, orders a BNP and chest x-ray, and adjusts diuretic dose. Total time 35 minutes. What E/M level do you assign, and why?

Case 2: A 42-year-old new patient has a 1.2 cm lesion excised from the back, benign on pathology, with intermediate layered closure of 2.5 cm. Which CPT codes?

Case 3: Screening colonoscopy converted to diagnostic when a polyp is removed by snare in a Medicare patient. Which modifier(s)?

All cases are fictional. Don't look up real encounters to "check" your answers.

Coding Education
""")

add('clean', 'training', '',
    frm='"Simulation Center" <simcenter@hvhealth.org>',
    to='"ICU Nursing" <icu.rn@hvhealth.org>',
    subj='Sim Day 12/9 - sepsis scenario',
    date='Wed, 02 Dec 2026 14:45:00 -0600',
    body="""ICU team,

Mandatory sim day is Wednesday 12/9, sessions at 0800, 1000, 1300 (sign up in HealthStream).

Scenario: "Mr. Jones," our SimMan 3G, will arrive from the ED as a 58-year-old with pneumonia who deteriorates into septic shock 20 minutes in. You'll practice the hour-1 bundle, pressor initiation and the new rapid-response escalation pathway.

Wear scrubs. Sim Center is lower level of the Education Building, room LL-20. Parking in Ramp C.

Debriefing is confidential - what happens in sim stays in sim.

Sim Center staff
""")

add('clean', 'training', '',
    frm='"HealthStream" <no-reply@healthstream-mail.com>',
    to='tasha.moreno@hvhealth.org',
    subj='Assignment due: 2027 HIPAA & Privacy Annual Training',
    date='Thu, 03 Dec 2026 06:00:00 -0600',
    body="""Hello Tasha Moreno,

You have been assigned: 2027 HIPAA & Privacy Annual Training (HVH-COMP-101)
Due date: 12/31/2026
Estimated time: 25 minutes

Preview question:
"Jane Sample, a nurse, sees that her neighbor has been admitted to the hospital. She opens the neighbor's chart just to check that he's okay. Is this a privacy violation?"
   a) No, because she is a nurse
   b) No, if she doesn't tell anyone
   c) Yes - accessing a record without a job-related reason is a violation
   d) Only if the neighbor complains

Log in: hvhealth.healthstream.com
""")

add('clean', 'training', '',
    frm='"Nurse Residency Program" <nurseresidency@hvhealth.org>',
    to='"Dec 2026 Nurse Residents" <nr.dec2026@hvhealth.org>',
    subj='Week 1 schedule',
    date='Fri, 04 Dec 2026 12:00:00 -0600',
    html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Welcome to the December 2026 Nurse Residency cohort! Here is your first week.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#E2EFDA"><th>Day</th><th>Time</th><th>Session</th><th>Location</th></tr>
<tr><td>Mon 12/7</td><td>0800-1630</td><td>HVH welcome, badge photos, benefits</td><td>Education Bldg 110</td></tr>
<tr><td>Tue 12/8</td><td>0800-1630</td><td>Epic Inpatient Nursing (TRN environment)</td><td>Training Room A</td></tr>
<tr><td>Wed 12/9</td><td>0800-1200</td><td>Med pass skills lab, Pyxis, Alaris</td><td>Skills Lab</td></tr>
<tr><td>Thu 12/10</td><td>0700-1930</td><td>First shift with preceptor</td><td>Home unit</td></tr>
<tr><td>Fri 12/11</td><td>0900-1100</td><td>Resident reflection circle</td><td>Education Bldg 112</td></tr>
</table>
<p>Bring: photo ID, Social Security card or passport for I-9, proof of immunizations if not already submitted to Employee Health.</p>
<p>Nurse Residency Program<br>Halvorsen Valley Health</p>
</body></html>""")

# ======================= write =======================
def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml') or f == 'labels.csv':
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, (label, kind, patient, kw) in enumerate(M, 1):
        kw = dict(kw)
        dom = kw['frm'].split('@')[-1].rstrip('>').strip()
        kw.setdefault('mid', '<%s@%s>' % (hashlib.sha1(('%s|%s' % (kw['date'], kw['subj'])).encode()).hexdigest()[:24].upper(), dom))
        m = build(**kw)
        name = '%s-%s-%03d.eml' % (label, kind, i)
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(m.as_bytes())
        rows.append((name, label, kind, patient))
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    print(len(rows), 'messages written')

if __name__ == '__main__':
    main()
