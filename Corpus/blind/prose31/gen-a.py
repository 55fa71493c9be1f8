#!/usr/bin/env python3
"""Blind eval set prose31a: sent mail of twelve people at Valley Ridge Health, week of 16 Nov 2026.
All names, numbers and situations are invented. Standard library only, deterministic."""
import os, io, csv, zipfile, sys
from email.message import EmailMessage
from email.parser import BytesParser
from email import policy

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

# the twelve senders
NM = 'Denise Okafor <dokafor@valleyridgehealth.org>'            # nurse manager 4 West
BR = 'Marcus Tillman <mtillman@valleyridgehealth.org>'          # billing rep, PFS
FP = '"Raghunathan, Priya MD" <priya.raghunathan@valleyridgehealth.org>'  # family physician
PA = 'Yesenia Cruz <ycruz@valleyridgehealth.org>'               # patient access
RX = '"Haverkamp, Tom (PharmD)" <thaverkamp@valleyridgehealth.org>'  # pharmacist
IT = 'Kevin Dao <kevin.dao@valleyridgehealth.org>'              # IT interface analyst
SW = '"Tran, Linh LCSW" <ltran@valleyridgehealth.org>'          # social worker
MA = 'Brittany Sosa <bsosa@valleyridgehealth.org>'              # medical assistant
QA = 'Gregory Feld <gfeld@valleyridgehealth.org>'               # quality analyst
EA = 'Carol Whitfield <cwhitfield@valleyridgehealth.org>'       # exec assistant to CMO
SO = 'Ray Boudreaux <rboudreaux@valleyridgehealth.org>'         # security officer
RD = 'Magdalena Wiśniewska <mwisniewska@valleyridgehealth.org>'                # dietitian

MSGS = []
def add(label, kind, pname, frm, to, subj, date, body=None, html=None, cc=None,
        atts=(), cs='utf-8', cte=None, hdrs=()):
    MSGS.append(dict(label=label, kind=kind, pname=pname, frm=frm, to=to, subj=subj,
                     date=date, body=body, html=html, cc=cc, atts=atts, cs=cs, cte=cte, hdrs=hdrs))

def inner(frm, to, subj, date, body, cs='utf-8'):
    m = EmailMessage()
    m['From'] = frm; m['To'] = to; m['Subject'] = subj; m['Date'] = date
    m.set_content(body, charset=cs)
    return m

def zipped(name, text):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
        zi = zipfile.ZipInfo(name, date_time=(2026, 11, 18, 9, 12, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, text)
    return b.getvalue()

def build(m, n):
    msg = EmailMessage()
    msg['From'] = m['frm']
    msg['To'] = m['to']
    if m['cc']:
        msg['Cc'] = m['cc']
    msg['Subject'] = m['subj']
    msg['Date'] = m['date']
    msg['Message-ID'] = '<%s.%04d.%s@valleyridgehealth.org>' % (
        m['date'][5:16].replace(' ', ''), n * 37 + 1011, m['kind'].replace('-', ''))
    for k, v in m['hdrs']:
        msg[k] = v
    kw = {'charset': m['cs']}
    if m['cte']:
        kw['cte'] = m['cte']
    if m['body'] is not None:
        msg.set_content(m['body'], **kw)
        if m['html'] is not None:
            msg.add_alternative(m['html'], subtype='html', **kw)
    else:
        msg.set_content(m['html'], subtype='html', **kw)
    for a in m['atts']:
        fn, ctype, data = a[0], a[1], a[2]
        if ctype == 'message/rfc822':
            msg.add_attachment(data)
            continue
        mt, st = ctype.split('/')
        if isinstance(data, str) and mt == 'text':
            akw = {'subtype': st, 'filename': fn}
            if len(a) > 3:
                akw['cte'] = a[3]
            msg.add_attachment(data, **akw)
        else:
            if isinstance(data, str):
                data = data.encode('utf-8')
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    for i, part in enumerate(msg.walk()):   # fixed boundaries so output is deterministic
        if part.is_multipart():
            part.set_boundary('----=_NextPart_%03d_%02d_VRH2611' % (n, i))
    return msg

# ====================================================================== phi-care
add('phi', 'phi-care', 'Halvorsen', NM,
    '4W Charge RNs <4W-charge@valleyridgehealth.org>',
    'IR today - 412', 'Mon, 16 Nov 2026 07:48:03 -0500', body="""\
Morning all,

Quick one before huddle. Mr. Halvorsen in 412 (Arne) is on the IR board for a PICC at 1400. He is NPO after breakfast tray, so please pull the tray by 0830 and make sure transport is called by 1330 -- last time IR sent him back because nobody had the consent signed. His son is the one who signs, number is on the whiteboard.

Also he needs the 1200 vanc trough drawn BEFORE he goes down, not after.

Thanks,
Denise

Denise Okafor, MSN, RN
Nurse Manager, 4 West Medical/Surgical
Valley Ridge Medical Center | ext. 4471
""")

add('phi', 'phi-care', 'Pruitt', FP,
    'Brittany Sosa <bsosa@valleyridgehealth.org>',
    'labs before Jan', 'Mon, 16 Nov 2026 12:15:40 -0500', body="""\
Brittany - can you get Janet Pruitt set up for fasting labs (lipid panel, CMP, A1c, TSH) sometime the week of Jan 4, before her 1/12 physical with me? She prefers early mornings at the Elm St draw station. Orders are in, just need the appt made and a reminder that fasting = water only.

thx
PR

Sent from my iPhone""")

add('phi', 'phi-care', 'Esposito', RX,
    '"Raghunathan, Priya MD" <priya.raghunathan@valleyridgehealth.org>',
    'Refill request - Walter Esposito - lisinopril', 'Mon, 16 Nov 2026 14:02:11 -0500',
    body="""\
Dr. Raghunathan,

Refill request for your patient Walter Esposito (DOB 07/22/1949).
Lisinopril 20 mg tab, 1 daily, #90. Last filled 08/14/2026, no refills remaining.
He said he has an appointment with you in December. OK to send a 90-day bridge?

Tom Haverkamp, PharmD
Valley Ridge Outpatient Pharmacy | 555-0148 ext 2
""", html="""\
<html><head><style>p.MsoNormal{margin:0;font-size:11.0pt;font-family:Calibri,sans-serif}</style></head>
<body lang=EN-US><div class=WordSection1>
<p class=MsoNormal>Dr. Raghunathan,</p><p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Refill request for your patient <b>Walter Esposito</b> (DOB 07/22/1949).</p>
<p class=MsoNormal>Lisinopril 20 mg tab, 1 daily, #90. Last filled 08/14/2026, no refills remaining.</p>
<p class=MsoNormal>He said he has an appointment with you in December. OK to send a 90-day bridge?</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal><span style='color:#1F4E79'>Tom Haverkamp, PharmD<br>Valley Ridge Outpatient Pharmacy | 555-0148 ext 2</span></p>
<p class=MsoNormal><span style='font-size:8.0pt;color:gray'>CONFIDENTIALITY NOTICE: This e-mail may contain privileged information intended only for the addressee.</span></p>
</div></body></html>""")

add('phi', 'phi-care', 'Kowalczyk', MA,
    'Front Desk Elm St <elmst-frontdesk@valleyridgehealth.org>',
    'kowalczyk', 'Tue, 17 Nov 2026 08:06:55 -0500', body="""\
mrs kowalczyk's 2:40 today needs moved to thurs, she has to get her INR drawn first and the lab cant get her till 11 tmrw. she knows. pls put her w dr R thurs pm if anything open

b""")

add('phi', 'phi-care', 'Baptiste', RD,
    'Jenna Marsh RN <jmarsh@valleyridgehealth.org>',
    'calorie count 318', 'Tue, 17 Nov 2026 10:31:27 -0500', body="""\
Hi Jenna,

I saw Ronald Baptiste in 318 this morning. I started 72 hour calorie count beginning with lunch today. Could you please let the aides know to NOT throw away the trays until someone writes what % he ate on the sheet on the door? Also I ordered Ensure Plus BID with meals, vanilla only, he does not like the chocolate.

I will weigh him again Thursday.

Thank you!
Magda

Magdalena Wiśniewska, MS, RD, LDN
Clinical Nutrition | pager 2290
""")

add('phi', 'phi-care', 'Fairweather', SW,
    'Pam Okonkwo RN CM <pokonkwo@valleyridgehealth.org>',
    'RE: Fairweather home health', 'Tue, 17 Nov 2026 15:44:09 -0500', body="""\
Referral went to Bayside Home Health at 2:10, they accepted. SOC visit is Thursday 11/19 in the afternoon, PT eval Friday. I gave the daughter their intake number. Walker is being delivered to the house tomorrow by Apria.

Linh

-----Original Message-----
From: Okonkwo, Pam RN CM
Sent: Tuesday, November 17, 2026 11:02 AM
To: Tran, Linh LCSW
Subject: Fairweather home health

Linh, Edna Fairweather in 5E-22 is going home tomorrow per Dr. Lutz. Needs HH PT/RN, she has traditional Medicare. Can you send the referral? Daughter Lorraine wants Bayside if possible.

Pam
""")

add('phi', 'phi-care', 'Numan', BR,
    'gnuman58@gmail.com',
    'Re: question about my bill', 'Wed, 18 Nov 2026 09:20:33 -0500', body="""\
Mr. Numan,

Thank you for your patience. I looked into the statement you received for your colonoscopy on 10/14/2026 at the Valley Ridge Endoscopy Center. The $412.60 balance is the facility portion after your Highmark plan applied it to your deductible. The pathology charge is billed separately by Tri-County Pathology, so you may get one more statement from them.

If you would like to set up a payment plan I can do 6 months with no interest. Just reply or call me at 412-555-0193.

Sincerely,
Marcus Tillman
Patient Financial Services Representative
Valley Ridge Health

> On Nov 16, 2026, at 8:47 PM, Gerald Numan <gnuman58@gmail.com> wrote:
>
> I got a bill for $412.60 and I thought this was covered as a screening. Can someone explain?
> Gerald Numan
""")

add('phi', 'phi-care', 'Marchetti', SO,
    'ED Charge Nurse <ed-charge@valleyridgehealth.org>',
    'Escort 0310 - ED discharge', 'Thu, 19 Nov 2026 03:41:15 -0500', body="""\
FYI, per your request Officer Pruett and myself escorted patient Leon Marchetti from ED Room 14 to the ambulance bay at 0310 after his discharge. Cab (Yellow #227) picked him up at 0318. He still had the IV site bandage on his left arm and his discharge papers. He was cooperative, no issues. Logged under activity 26-11-0419.

R. Boudreaux
Security Officer, Main Campus
""")

# ====================================================================== phi-names
add('phi', 'phi-names', 'Delacroix', NM,
    'Tasha Greene <tgreene@valleyridgehealth.org>, Marcus Lee <marlee@valleyridgehealth.org>',
    'Re: Mr. Delacroix (409)', 'Mon, 16 Nov 2026 16:22:48 -0500', body="""\
Tasha, Marcus -

His daughter called me AGAIN about the wound vac alarm going off overnight. I told her we'd have wound care (Shelly) look at the seal first thing. Can one of you make sure Shelly actually gets there before 10? Delacroix is very anxious about it and frankly so is the family. Marcus I know you had him Sat night, did the dressing get changed or just reinforced?

D

On Mon, Nov 16, 2026 at 2:05 PM Tasha Greene wrote:
> Family of 409 at the desk asking for you
""")

add('phi', 'phi-names', 'Abernathy', EA,
    '"Hale, Jonathan MD (CMO)" <jhale@valleyridgehealth.org>',
    'call from Bill Abernathy', 'Mon, 16 Nov 2026 10:12:30 -0500', body="""\
Dr. Hale,

Bill Abernathy (board) called this morning. His mother, Frances, is supposed to have her hip replacement with Dr. Sorensen but the surgery date got pushed to January and he is not happy about it. He asked if you could call him personally today -- cell 412-808-3317. I did not promise anything.

Carol
""")

add('phi', 'phi-names', 'Castellanos', QA,
    'Patient Safety Committee <psc@valleyridgehealth.org>',
    'RCA scheduling - Castellanos, Ruth (fall 11/8)', 'Tue, 17 Nov 2026 09:05:00 -0500',
    cc='Denise Okafor <dokafor@valleyridgehealth.org>', body="""\
All,

The RCA for the 11/8 fall with injury on 4 West (Castellanos, Ruth) is set for Thursday 11/19, 1:00-2:30, Admin Conf Room B. Attendees: Denise Okafor, Dr. Yuen, Jenna Marsh, PT rep (Aaron?), and me. Please bring your timeline notes; I will have the bed alarm logs printed.

Reminder: RCA materials are privileged and confidential -- don't forward.

Greg Feld
Quality & Patient Safety Analyst
""")

add('phi', 'phi-names', 'Tarantino', MA,
    'Kelsey Ruiz <kruiz@valleyridgehealth.org>',
    'big joe', 'Tue, 17 Nov 2026 11:48:02 -0500', body="""\
lol Big Joe came in again for his B12 shot, wanted to show everybody pics of his grandkids again. Joe Tarantino I mean. he asked for you!! told him your on lunch. he's coming back the 15th so you can see him then haha
""")

add('phi', 'phi-names', 'Lindqvist', FP,
    '"Obi, Chuka MD" <cobi@valleyridgehealth.org>',
    'Howie', 'Wed, 18 Nov 2026 18:30:44 -0500', body="""\
Chuka,

Your patient Howard Lindqvist -- Howie's wife caught me in the parking lot today (they're my neighbors). She says he hasn't been taking the new pill since the cardiology visit because of the swelling in his ankles, and he won't tell you himself. Thought you'd want to know before his follow-up. Didn't discuss anything with her beyond listening.

Priya
""")

add('phi', 'phi-names', 'Obuya', SW,
    'Chaplain Rev. Ellen Storch <estorch@valleyridgehealth.org>',
    'visit request 5 East', 'Wed, 18 Nov 2026 13:17:51 -0500', body="""\
Ellen,

Would you be able to stop by 5 East today or tomorrow? Mr. Obuya's sister (Grace) has been at the bedside since Sunday and is having a really hard time with the news from the family meeting. They are Catholic, and she asked whether someone could pray with them. Peter is still able to talk in the mornings.

Thank you,
Linh
""")

add('phi', 'phi-names', 'Reese', PA,
    'Lorena Salgado <lsalgado@valleyridgehealth.org>',
    'the twins mom', 'Thu, 19 Nov 2026 14:55:20 -0500', body="""\
Lorena,

Remember the lady with the twins from last week? Tamika Reese. She came back today for the boys shots and she finally brought the new Medicaid card, so I updated it for Jayden and Jordan both. Can you rebill the 11/10 visit for them? It denied because we had the old card.

Thx
Yesenia
""")

add('phi', 'phi-names', 'Ferreira', RX,
    'Outpt Pharmacy Techs <rx-techs@valleyridgehealth.org>',
    'Ferreira compound', 'Thu, 19 Nov 2026 16:40:00 -0500', body="""\
If Mr. Ferreira's wife calls today -- his compounded cream (the ketoprofen/lidocaine one) won't be ready until Friday after 2. We're waiting on the base. Please don't tell her today again, that's the second time.

Tom
""")
# ====================================================================== phi-self
add('phi', 'phi-self', 'Oyelaran', BR,
    'Sheila Burke <sburke@valleyridgehealth.org>',
    'FW: complaint - unacceptable billing', 'Mon, 16 Nov 2026 13:33:19 -0500', body="""\
Sheila - forwarding this one to you as it mentions going to the AG. I have not responded yet. Acct shows the MRI was coded outpatient but he was in obs, that may be the issue.

Marcus

---------- Forwarded message ---------
From: Daniel Oyelaran <d.oyelaran@outlook.com>
Date: Sun, Nov 15, 2026 at 10:58 PM
Subject: unacceptable billing
To: billing@valleyridgehealth.org

To whom it may concern,

I was in your hospital from October 2 to October 4 after I passed out at work. I was told I was "under observation" and now I have a bill for $2,870 for an MRI of my brain that my insurance says they never got a claim for. I have called four times. Each time I am on hold for 40 minutes. I am a diabetic on a fixed income and I cannot pay this. If this is not fixed I will file a complaint with the Attorney General.

Daniel Oyelaran
1140 Sycamore Ln, Apt 3
Carnegie PA 15106
""")

add('phi', 'phi-self', 'Sosa', MA,
    'Ridgeview Family Medicine <ridgeviewfm@valleyridgehealth.org>',
    'my MRI results?', 'Mon, 16 Nov 2026 21:14:07 -0500', body="""\
Hi, this is Brittany Sosa (DOB 5/30/1997) -- I know I work here lol but I'm writing as a patient. I had the knee MRI at the Oakmont imaging center last Wednesday and I can see in MyChart that it's resulted but nobody has called me. Can Dr. Obi or his nurse look at it? The knee is still really swollen and I'm on my feet all day. Thanks!!

Brittany
412-390-7721 (cell)
""")

add('phi', 'phi-self', 'Wiśniewski', RD,
    'Karen Doyle <kdoyle@valleyridgehealth.org>',
    'time off next week - family', 'Tue, 17 Nov 2026 07:55:46 -0500', body="""\
Dear Karen,

I am sorry for the late notice. My father, Jerzy Wiśniewski, is having triple bypass surgery at Allegheny General on Monday 11/23, and I would like to take Monday through Wednesday off to be with him and my mother. He will be in the CTICU after and my mother does not drive. I can ask Renata to cover my 5 East patients, she already agreed. Do I need to fill out FMLA paperwork for this or only PTO?

Thank you for understanding,
Magda
""")

add('phi', 'phi-self', 'Dao', IT,
    'Ridgeview Family Medicine <ridgeviewfm@valleyridgehealth.org>',
    'Refill - Kevin Dao', 'Tue, 17 Nov 2026 12:03:58 -0500', body="""\
Hello,

My name is Kevin Dao, DOB 03/04/1988. I'm a patient of Dr. Raghunathan. I'm almost out of my sertraline 100mg and the pharmacy says the prescription expired. Could she send a new one to the CVS on Washington Rd? I have about 3 days left.

Thank you,
Kevin
""")

add('phi', 'phi-self', 'Boudreaux', SO,
    'Employee Health <employeehealth@valleyridgehealth.org>',
    'Injury 11/12 follow up', 'Wed, 18 Nov 2026 16:10:12 -0500',
    cc='Lt. Mark Iverson <miverson@valleyridgehealth.org>', body="""\
Employee Health,

Following my injury on 11/12 (restraint assist in the ED), I went to Concentra on Banksville Rd like you told me. They put 6 stitches in my right hand and gave me a tetanus shot. They want me back on 11/20 to check it and take the stitches out on the 23rd. Dr said light duty, no restraints for 2 weeks. Attached is the work status form (I'll bring the original in).

Do I need to fill anything else out for workers comp?

Ray Boudreaux
Badge 4417
Security, Main Campus
""", atts=[('work_status_11-12.txt', 'text/plain', """\
CONCENTRA - WORK STATUS REPORT
Patient: Boudreaux, Raymond    DOB: 06/02/1981
Employer: Valley Ridge Health
Date of service: 11/12/2026
Injury: laceration R hand, 3.5 cm, sutured (6)
Work status: Modified duty - no use of R hand for restraint/lifting >10 lb
Next visit: 11/20/2026 9:15 AM
Provider: A. Kessler, PA-C
""")])

add('phi', 'phi-self', 'Pellegrino', SW,
    'Pam Okonkwo RN CM <pokonkwo@valleyridgehealth.org>',
    'FW: about my mother', 'Thu, 19 Nov 2026 10:26:37 -0500', body="""\
Pam, see below from the daughter -- she really does not think mom can go home alone. Let's talk before the 2pm meeting. I'm leaning toward a SNF referral if PT agrees.

Linh
""", atts=[('message', 'message/rfc822', inner(
    'Angela Pellegrino-Ross <angela.pross@yahoo.com>',
    'ltran@valleyridgehealth.org',
    'about my mother',
    'Wed, 18 Nov 2026 22:41:00 -0500',
    """\
Ms. Tran,

Thank you for calling me today. I wanted to write down what I was trying to say on the phone because I was upset.

My mother, Rose Pellegrino, is 84 and she has fallen three times since the summer. Since this hospital stay she doesn't always know what day it is and twice she asked me where my dad is (he passed in 2019). She lives alone in a two story house. I work full time in Ohio. I don't think she can go home alone after this and I am scared she will fall again and nobody will find her.

Can we please talk about rehab or a nursing home? I can come in Friday.

Angela Pellegrino-Ross
330-555-0146
"""))])

add('phi', 'phi-self', 'Whitfield', EA,
    '"Hale, Jonathan MD (CMO)" <jhale@valleyridgehealth.org>',
    'Out Thursday', 'Fri, 20 Nov 2026 15:02:41 -0500', body="""\
Dr. Hale,

Just a heads-up for next week -- I'll be out Thursday 12/3 for my colonoscopy (they finally got me in at the Endo Center), and I'll be leaving at noon Wednesday because of the prep. Deb in the President's office will cover your calendar. I've blocked it on both our calendars.

Carol
""")

# ====================================================================== phi-lists
add('phi', 'phi-lists', 'Greaves', NM,
    '4W Night Shift <4W-nights@valleyridgehealth.org>',
    'tonight - watch list', 'Mon, 16 Nov 2026 18:50:30 -0500', body="""\
Night team, here's who I'm worried about tonight. Please call me (cell) if anything changes, I don't care what time.

Rm   Pt                  Concern
401  Greaves, Harold     Q2 neuro checks, restless, sitter approved
406  Amoah, Patience     2u PRBC ordered, 2nd unit due ~2200
411  Dunleavy, Michael   NPO after MN for OR 0730, consent NOT signed yet
415  Shah, Rupal         new admit from ED, family very involved, lang line Gujarati
419  Mertz, Clara        DNR, comfort care, family staying overnight

Staffing: 6 RNs + 2 NAs, Beth floating to 5E at 0300.

Denise
""")

add('phi', 'phi-lists', 'Kimura', QA,
    'Dr. Helen Yuen <hyuen@valleyridgehealth.org>',
    '30-day readmits Oct - for your review', 'Tue, 17 Nov 2026 14:20:11 -0500', body="""\
Dr. Yuen,

Below are the October 30-day readmissions for the Hospitalist group that hit the HF cohort, pasted from the dashboard. Can you flag which ones you think were potentially preventable before Tuesday's meeting?

MRN	Patient	Index D/C	Readmit	Days	Attending
01184422	KIMURA, TAKESHI	10/02/2026	10/19/2026	17	Patel
00973310	BRENNAN, MAUREEN	10/05/2026	10/08/2026	3	Yuen
01200587	OKAFOR-JAMES, CLIFFORD	10/11/2026	11/06/2026	26	Lutz
00655019	ZABOROWSKI, IRENE	10/14/2026	10/30/2026	16	Patel
01207741	HUTCHINS, DARNELL	10/21/2026	10/24/2026	3	Lutz

Thanks,
Greg
""")

add('phi', 'phi-lists', 'Lozano', PA,
    'Elm St Schedulers <elmst-sched@valleyridgehealth.org>',
    'no-show calls for tomorrow', 'Tue, 17 Nov 2026 16:05:44 -0500', body="""\
Hi ladies, can we split these calls before we leave? These are people who no-showed last week and are on again tomorrow (Wed) -- please call to confirm, and if no answer leave the callback # only, no details.

* Maria Lozano - 8:20 Dr. Obi - 412-771-0923
* Dwayne Pitts - 9:00 Dr. Raghunathan - 412-296-4410 (cell, text ok)
* Hoa Nguyen - 10:40 lab draw - 412-881-3356 (needs Vietnamese interp)
* Shirley Catanzaro - 1:15 Dr. Obi - 724-555-0182
* Bobby Wade Jr. - 3:30 Dr. Raghunathan (mom brings him) - 412-327-9058

I'll take Maria and Hoa.
Yesenia
""")

add('phi', 'phi-lists', 'Adeyemi', RD,
    'Renata Kowal RD <rkowal@valleyridgehealth.org>',
    'handoff 5E', 'Wed, 18 Nov 2026 15:30:00 -0500', body="""\
Renata - my 5E list for tomorrow since I'm at the diabetes class in the morning:

- 5E-03 Adeyemi, Folake: TF Jevity 1.5 @ 55, goal 65, check residuals/tolerance
- 5E-09 Kostelnik, Walter: renal diet education not done yet, wife comes ~11
- 5E-14 Burrell, Anne: on calorie count day 2, sheet on door
- 5E-17 Moreau, Jacques: new consult, wt loss 9 kg since Aug per daughter
- 5E-21 Pappas, Stella: just follow up, was eating 75% yesterday

thanks, owe you one!!
M.
""")

add('phi', 'phi-lists', 'Szabo', RX,
    'Anticoag Clinic <anticoag@valleyridgehealth.org>',
    'INR follow-ups missed - week of 11/9', 'Wed, 18 Nov 2026 11:11:11 -0500',
    body="Patients below missed INR follow-up last week. Please outreach.\n\n"
         "Szabo, Eva - last INR 4.1 on 11/2 - warfarin 5 mg\n"
         "Hollins, Reginald - last INR 1.6 on 10/30 - warfarin 7.5 mg\n"
         "Tuan, Minh - last INR 2.4 on 11/3 - warfarin 3 mg\n"
         "Becker, Joan - last INR 3.6 on 11/4 - warfarin 2.5/5 alt\n\nTom\n",
    html="""\
<html><body style="font-family:Calibri;font-size:11pt">
<p>Patients below missed their INR follow-up last week. Please outreach &ndash; Eva Szabo is the priority.</p>
<table border=1 cellpadding=4 style="border-collapse:collapse;font-size:10pt">
<tr style="background:#D9E1F2"><th>Patient</th><th>DOB</th><th>Last INR</th><th>Date</th><th>Warfarin</th><th>Phone</th></tr>
<tr><td>Szabo, Eva</td><td>02/11/1940</td><td>4.1</td><td>11/2</td><td>5 mg daily</td><td>412-344-1208</td></tr>
<tr><td>Hollins, Reginald</td><td>09/19/1957</td><td>1.6</td><td>10/30</td><td>7.5 mg daily</td><td>412-681-4930</td></tr>
<tr><td>Tuan, Minh</td><td>12/01/1962</td><td>2.4</td><td>11/3</td><td>3 mg daily</td><td>412-922-0071</td></tr>
<tr><td>Becker, Joan</td><td>04/27/1951</td><td>3.6</td><td>11/4</td><td>2.5/5 alternating</td><td>724-229-3310</td></tr>
</table>
<p>Tom Haverkamp, PharmD</p></body></html>""")

add('phi', 'phi-lists', 'Drummond', BR,
    'Sheila Burke <sburke@valleyridgehealth.org>',
    'UPMC Health Plan denials - need coding review', 'Thu, 19 Nov 2026 10:47:29 -0500',
    html="""\
<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8">
<style>table.x{border-collapse:collapse} td{border:solid #999 1px;padding:2px 6px;font-family:Calibri;font-size:10pt}</style></head>
<body><p style="font-family:Calibri">Sheila,</p>
<p style="font-family:Calibri">These are the ones from this week's UPMCHP remit that denied CO-197 (no auth). I think at least 3 of them had auths on file, the ref #s just didn't go on the claim. Can coding/UR look before I appeal?</p>
<table class=x>
<tr><td><b>Acct</b></td><td><b>Patient</b></td><td><b>DOS</b></td><td><b>Service</b></td><td><b>Billed</b></td><td><b>Auth on file?</b></td></tr>
<tr><td>40031877</td><td>Drummond, Keith</td><td>10/06/26</td><td>CT abd/pelvis w contrast</td><td>$3,412.00</td><td>Y - 78Q2210</td></tr>
<tr><td>40032590</td><td>Velasquez, Ana</td><td>10/09/26</td><td>MRI L-spine</td><td>$2,980.00</td><td>Y - 78Q2317</td></tr>
<tr><td>40033004</td><td>Harrow, Tobias</td><td>10/13/26</td><td>PT eval + 4 visits</td><td>$1,145.00</td><td>N</td></tr>
<tr><td>40033851</td><td>Ng, Wilson</td><td>10/20/26</td><td>Sleep study, in-lab</td><td>$2,260.00</td><td>Y - 78Q2598</td></tr>
</table>
<p style="font-family:Calibri">Thanks,<br>Marcus Tillman<br>Patient Financial Services<br>Valley Ridge Health | 412-555-0193</p>
<p style="font-family:Arial;font-size:7pt;color:#888">This message and any attachments are intended solely for the named recipient and may contain confidential information. If you received this in error, please notify the sender and delete.</p>
</body></html>""")

add('phi', 'phi-lists', 'Halloran', FP,
    'Brittany Sosa <bsosa@valleyridgehealth.org>',
    'normal results - pls call', 'Fri, 20 Nov 2026 07:12:03 -0500', body="""\
B -- all normal, please call and let them know, then close the encounters:

Kathleen Halloran - mammogram
Tyrese Owens - CBC/CMP
Lupe Fonoti - urine culture, no growth
Dr. Menon's mother (Sarala Menon) - TSH, she'll want the number: 2.1
Arthur Glickman - PSA 1.4

ty
PR
""")
# ====================================================================== phi-struct
add('phi', 'phi-struct', 'Mbeki', IT,
    'Cerner Interface Support <interfaces@valleyridgehealth.org>',
    'ADT A08 rejected - PID-7 format (ticket INC0048817)', 'Mon, 16 Nov 2026 09:41:20 -0500',
    body=r"""Team,

The downstream RIS rejected this A08 from registration at 09:12 with "PID-7 invalid date". Registration keyed the DOB with slashes. I fixed it in the engine and resent, but we need a front-end edit check. Original message below.

MSH|^~\&|REG|VRMC|RIS|VRIMG|202611160912||ADT^A08|MSG00448172|P|2.3
EVN|A08|202611160912
PID|1||00917734^^^VRMC^MR||MBEKI^THANDIWE^N||10/03/1988|F|||72 HILLCREST AVE^^MCKEES ROCKS^PA^15136||(412)555-0137|||S||40035512
PV1|1|O|IMG^CT1^01||||1442^OBI^CHUKA|||||||||||40035512|||||||||||||||||||||||||202611160845
IN1|1|HPUPMC|77|UPMC HEALTH PLAN||||||||||||MBEKI^THANDIWE^N|SEL|10/03/1988

ACK:
MSA|AE|MSG00448172|PID-7 invalid date

Kevin Dao
Clinical Interfaces, IT
""")

add('phi', 'phi-struct', 'Rudd', IT,
    'Lab Systems <labsys@valleyridgehealth.org>',
    'ORU errors overnight - Sunquest -> Epic', 'Tue, 17 Nov 2026 06:58:02 -0500',
    body="""\
Morning,

3 results errored overnight because the order number didn't match an open order in Epic (looks like the orders were cancelled and re-ordered in the ED). File attached. These need to be manually resulted or the ED needs to re-link -- the potassium on the first one is 6.1 so someone should probably look at that now.

Kevin
""", atts=[('oru_errors_20261117.hl7', 'application/octet-stream', r"""MSH|^~\&|SUNQUEST|VRMCLAB|EPIC|VRMC|202611170214||ORU^R01|SQ7781204|P|2.5.1
PID|1||01193356^^^VRMC^MR||RUDD^CALVIN^J||19620514|M|||||||||||40036120
OBR|1|E2611170031|SQ113390|BMP^BASIC METABOLIC PANEL|||202611170140|||||||||||||||F
OBX|1|NM|2823-3^POTASSIUM^LN||6.1|mmol/L|3.5-5.1|HH|||F
OBX|2|NM|2951-2^SODIUM^LN||136|mmol/L|135-145|N|||F
OBX|3|NM|2160-0^CREATININE^LN||2.3|mg/dL|0.7-1.3|H|||F
MSH|^~\&|SUNQUEST|VRMCLAB|EPIC|VRMC|202611170322||ORU^R01|SQ7781266|P|2.5.1
PID|1||00451872^^^VRMC^MR||ESCOBAR^LUZ||19900221|F|||||||||||40036133
OBR|1|E2611170044|SQ113402|HCG^HCG QUANT|||202611170301|||||||||||||||F
OBX|1|NM|21198-7^HCG^LN||2240|mIU/mL|<5|H|||F
MSH|^~\&|SUNQUEST|VRMCLAB|EPIC|VRMC|202611170409||ORU^R01|SQ7781301|P|2.5.1
PID|1||01202219^^^VRMC^MR||FITZPATRICK^SEAN^M||19751108|M|||||||||||40036149
OBR|1|E2611170052|SQ113417|TROP^TROPONIN I HS|||202611170350|||||||||||||||F
OBX|1|NM|89579-7^TROPONIN I HS^LN||14|ng/L|<20|N|||F
ERR|||AR|E|Order number not found
""")])

add('phi', 'phi-struct', 'Lowery', BR,
    'EDI Support <edi@valleyridgehealth.org>',
    '835 not posting - Highmark batch 11/13', 'Tue, 17 Nov 2026 13:47:55 -0500',
    body="""\
Hi EDI team,

The Highmark 835 from 11/13 didn't auto-post for at least one claim (Lowery). It's sitting in the unmatched queue. I pulled the segment for that claim out of the file, attached. I think the patient control number has an extra digit. Can you check the rest of the file?

Thanks,
Marcus
""", atts=[('highmark_835_excerpt.x12', 'text/plain', """\
ISA*00*          *00*          *ZZ*54771          *ZZ*VRHEALTH       *261113*0615*^*00501*000078112*0*P*:~
GS*HP*54771*VRHEALTH*20261113*0615*78112*X*005010X221A1~
ST*835*0001~
BPR*I*842.19*C*ACH*CCP*01*043000096*DA*1029334*1250800000**01*031000053*DA*7730021*20261113~
TRN*1*0021774460*1250800000~
N1*PR*HIGHMARK BCBS~
N1*PE*VALLEY RIDGE MEDICAL CENTER*XX*1528803317~
CLP*400298817*1*1650*842.19*150*12*2026102200481*13*1~
NM1*QC*1*LOWERY*PATRICIA*A***MI*YHM884420157~
DTM*232*20261015~
SVC*HC:45378*1650*842.19**1~
CAS*PR*1*150~
CAS*CO*45*657.81~
SE*13*0001~
""", 'quoted-printable')])

add('phi', 'phi-struct', 'Ibarra', PA,
    'Lorena Salgado <lsalgado@valleyridgehealth.org>',
    'eligibility came back weird', 'Wed, 18 Nov 2026 08:32:14 -0500', body="""\
Lorena, the 271 for the patient coming in at 10 (Ibarra) says inactive but she has a card that says effective 11/1. I copied the response from the clearinghouse screen. Do I register as self-pay or wait?

ISA*00*          *00*          *ZZ*CLEARHS        *ZZ*VRHEALTH       *261118*0829*^*00501*000331872*0*P*:~
GS*HB*CLEARHS*VRHEALTH*20261118*0829*331872*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*EL44128831*20261118*0829~
HL*1**20*1~
NM1*PR*2*AETNA BETTER HEALTH*****PI*23228~
HL*2*1*21*1~
NM1*1P*2*VALLEY RIDGE MEDICAL CENTER*****XX*1528803317~
HL*3*2*22*0~
NM1*IL*1*IBARRA*SOFIA****MI*W771203344~
DMG*D8*19930719*F~
EB*6**30~
MSG*COVERAGE TERMINATED 10/31/2026~
SE*13*0001~

Her appt is OB ultrasound w/ Dr. Hanley.
Y
""")

add('phi', 'phi-struct', 'Whitcomb', IT,
    'Ravi Subramaniam (Orion Health) <ravi.s@orionhealth-partner.com>',
    'RE: FHIR Encounter missing class - sample', 'Wed, 18 Nov 2026 15:06:31 -0500',
    body="""\
Ravi,

Attached is the bundle you asked for that shows the Encounter.class coming through empty. This is from PROD (we don't get the issue in TST), so please handle accordingly and delete after -- we have a BAA but I'd rather not have it sitting in Jira.

Kevin

> From: Ravi Subramaniam
> Sent: Wednesday, November 18, 2026 1:40 PM
> Can you send one real example? The test patients all have class populated.
""", atts=[('bundle_enc_4412.json', 'application/json', """\
{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {
      "resourceType": "Patient",
      "id": "vr-01177590",
      "identifier": [{"system": "urn:oid:1.2.840.114350.1.13.88.2.7.5.737384.14", "value": "01177590"}],
      "name": [{"family": "Whitcomb", "given": ["Eleanor", "May"]}],
      "gender": "female",
      "birthDate": "1938-12-29",
      "address": [{"line": ["19 Orchard Ct"], "city": "Bethel Park", "state": "PA", "postalCode": "15102"}]
    }},
    {"resource": {
      "resourceType": "Encounter",
      "id": "enc-99120344",
      "status": "finished",
      "class": {},
      "type": [{"text": "Cardiology Follow Up"}],
      "subject": {"reference": "Patient/vr-01177590"},
      "period": {"start": "2026-11-12T10:20:00-05:00", "end": "2026-11-12T10:55:00-05:00"},
      "serviceProvider": {"display": "Valley Ridge Heart & Vascular"}
    }}
  ]
}
""")])

add('phi', 'phi-struct', 'Gorski', QA,
    'Sepsis Committee <sepsis-cmte@valleyridgehealth.org>',
    'SEP-1 abstraction Oct - fallouts', 'Thu, 19 Nov 2026 11:25:40 -0500',
    body="""\
Attached are the October SEP-1 fallouts (n=6) for case review at Monday's meeting. Overall compliance was 61% (11/18). Most common fallout was the repeat lactate. CSV is from the abstraction tool -- please don't forward outside the committee.

Greg
""", atts=[('SEP1_fallouts_Oct2026.csv', 'text/csv', """\
Encounter,MRN,Last Name,First Name,DOB,Arrival,Unit,Fallout Element,Abstractor
40028510,01099231,GORSKI,STANLEY,1944-03-17,2026-10-03 21:14,ED->ICU,Repeat lactate not drawn w/in 6h,GF
40029177,00877215,FONTAINE,MARIE,1951-08-30,2026-10-07 11:02,ED->4W,Blood cx after abx,GF
40030045,01188702,HASSAN,YUSUF,1967-01-05,2026-10-12 02:47,ED->5E,30 mL/kg fluids not documented,GF
40030982,00312490,DOYLE,PATRICK,1939-11-22,2026-10-16 18:30,ED->ICU,Repeat lactate not drawn w/in 6h,KM
40031560,01200914,ALVARADO,CRISTINA,1985-06-14,2026-10-19 09:55,ED->4W,Abx >3h,KM
40032211,00788133,PRICE,WENDELL,1958-02-28,2026-10-27 23:18,ED->ICU,Vasopressor timing,GF
""")])

add('phi', 'phi-struct', 'Kessler', MA,
    'Three Rivers Orthopedics Fax <fax4128831190@efax.valleyridgehealth.org>',
    'Referral - Kessler', 'Thu, 19 Nov 2026 14:18:00 -0500', body="""\
Fax cover attached as text + referral sent separately. Please call 412-555-0120 with appt.

Brittany
""", atts=[('faxcover_kessler.txt', 'text/plain', """\
                         FAX TRANSMITTAL
          RIDGEVIEW FAMILY MEDICINE - VALLEY RIDGE HEALTH
          2200 Elm Street, Suite 110, Bethel Park PA 15102
          Phone 412-555-0120      Fax 412-555-0121

TO:       Three Rivers Orthopedics - New Patient Referrals
FAX:      412-883-1190
FROM:     Brittany Sosa, MA for Priya Raghunathan, MD
DATE:     11/19/2026
PAGES:    7 (including cover)

RE:       Patient: KESSLER, AMANDA J     DOB: 01/16/1979
          Reason: R shoulder pain x 4 mo, failed PT, MRI 10/28 enclosed
          Insurance: Highmark PPO  ID YHM553018826
          Urgency: Routine - pt requests Dr. Farouk

Enclosed: referral order, last 2 office notes, MRI report, PT discharge summary

CONFIDENTIAL: This facsimile contains protected health information. If you
have received it in error, notify the sender immediately at 412-555-0120 and
destroy all copies.
""")])

add('phi', 'phi-struct', 'Oduya', IT,
    'Meditech Scheduling Vendor <support@qscheduling-vendor.com>',
    'Case 55102 - recurring appts dropping', 'Fri, 20 Nov 2026 10:02:39 -0500',
    body="""\
Hi,

Per your request on case 55102, zipped extract attached of the recurring infusion appointments that dropped off the schedule after the 11/14 patch. Password sent separately by phone. 4 rows only.

Kevin Dao
Valley Ridge Health IT
""", atts=[('case55102_extract.zip', 'application/zip', zipped('dropped_appts.csv', """\
APPT_ID,PAT_MRN,PAT_NAME,PAT_DOB,DEPT,APPT_TYPE,SERIES_START,DROPPED_DATE
8810233,01030017,"ODUYA, GRACE",1972-09-14,INFUSION CTR,IVIG INFUSION,2026-09-01,2026-11-24
8810487,00945560,"LEMIEUX, PAUL",1955-04-02,INFUSION CTR,IRON SUCROSE,2026-10-06,2026-11-23
8811092,01201338,"BRANDT, KATRINA",1988-12-19,INFUSION CTR,INFLIXIMAB,2026-08-15,2026-11-25
8811240,00611874,"YOUNG, HAROLD",1949-07-07,INFUSION CTR,IV HYDRATION,2026-11-02,2026-11-23
"""))])

# ====================================================================== phi-ids
add('phi', 'phi-ids', '', BR,
    'Coding Team <coding@valleyridgehealth.org>',
    'acct 40028817', 'Mon, 16 Nov 2026 15:55:12 -0500', body="""\
Acct 40028817 / claim 2026110400381 -- resubmitted w/ mod 25 on the E&M per your note. DOS 10/29 office visit + joint injection. Will watch for the remit.
MT""")

add('phi', 'phi-ids', '', PA,
    'HIM Data Integrity <him-di@valleyridgehealth.org>',
    'dup MRN merge request', 'Tue, 17 Nov 2026 11:40:23 -0500', body="""\
Please merge:
MRN 00839217 (created 2019, correct)
MRN 00839271 (created today in ED by mistake, transposed digits)
same DOB 04/17/1961, same SSN last 4 (6610)
ED visit from 11/14 is on the bad MRN, lab results attached there too.

Yesenia Cruz
Patient Access - ED Registration x3302
""")

add('phi', 'phi-ids', '', RX,
    'Ridgeview FM Nurses <ridgeviewfm-rn@valleyridgehealth.org>',
    'PA approved', 'Wed, 18 Nov 2026 09:14:50 -0500', body="""\
FYI PA approved -- Rx# 6021447, member ID XJH448201937, semaglutide 1 mg pen, approved thru 05/17/2027. Ref 2611-PA-88213. Filling today, pt notified.
-TH""")

add('phi', 'phi-ids', '', MA,
    'Elm St Lab <elmst-lab@valleyridgehealth.org>',
    'redraw', 'Wed, 18 Nov 2026 13:30:06 -0500', body="""\
MRN 2204418 needs CBC + BMP redraw, hemolyzed per lab. pt coming back 3pm""")

add('phi', 'phi-ids', '', QA,
    '"Yuen, Helen MD" <hyuen@valleyridgehealth.org>',
    'peer review referral PR-26-041', 'Thu, 19 Nov 2026 08:45:31 -0500', body="""\
Dr. Yuen,

New referral for surgical peer review, PR-26-041.
MRN 01174520, acct 40031102, admit 10/30/2026, index procedure lap chole 10/31, unplanned return to OR 11/02, transferred ICU 11/02-11/05.
Referred by: automated trigger (return to OR within 72h).
Attending and chart access are in the peer review folder. Please complete the reviewer form by 12/4.

Greg Feld
Quality & Patient Safety
PRIVILEGED & CONFIDENTIAL - PEER REVIEW DOCUMENT (PA Peer Review Protection Act)
""")

add('phi', 'phi-ids', '', SW,
    'Heritage Manor Admissions <admissions@heritagemanor-snf.com>',
    'SNF referral - insurance info', 'Thu, 19 Nov 2026 17:02:18 -0500', body="""\
Hi Dana,

Here's the insurance info you asked for on the referral I sent this afternoon (the gentleman in 7-14):

PA Medicaid (CHC - Keystone First) ID 9188204571
Medicare MBI 4TX7-HN2-WK93
DOB 02/03/1946
Anticipated d/c Monday 11/23, needs skilled PT/OT, no IV.

Let me know if you can accept.
Linh Tran, LCSW
Care Management | 412-555-0177
""")

add('phi', 'phi-ids', '', SO,
    'Security Supervisors <sec-sups@valleyridgehealth.org>',
    'Incident 26-1187 - elopement 6N', 'Fri, 20 Nov 2026 00:12:44 -0500', body="""\
Incident 26-1187
Date/time: 11/19/2026 2215
Location: 6 North -> Route 19 bus shelter
Subject: inpatient, MRN 03320981, DOB 02/09/1979, on 1:1 sitter status
Summary: Subject left unit during sitter shift change, exited via stairwell C. Code Purple called 2218. Located by Bethel Park PD at bus shelter 2241, returned to unit 2256 with PD and Officer Lindgren. No injuries. RN and house supervisor notified. Full report in Silvertrac.

R. Boudreaux #4417
""")
# ====================================================================== phi-lang
add('phi', 'phi-lang', 'Hernández', PA,
    'Rosa Hernández <rosahdz1985@hotmail.com>',
    'Cita de Mateo - jueves', 'Mon, 16 Nov 2026 11:22:05 -0500', cs='iso-8859-1', cte='quoted-printable',
    body="""\
Buenos días Sra. Hernández,

Le escribo de Valley Ridge, registro de pacientes. Le confirmo la cita de su hijo Mateo Hernández López para el jueves 19 de noviembre a las 9:40 con la Dra. Raghunathan (chequeo de los 4 años y vacunas). Por favor llegue 15 minutos antes y traiga la tarjeta nueva de Medicaid, porque la que tenemos salió vencida.

Si necesita cambiar la cita llame al 412-555-0120 y marque 2 para español.

Saludos,
Yesenia Cruz
Registro de Pacientes / Patient Access
Valley Ridge Health
""")

add('phi', 'phi-lang', 'Phạm', SW,
    'Phạm Văn Đức <ducpham.pgh@gmail.com>',
    'Kế hoạch xuất viện của mẹ anh - bà Phạm Thị Lan', 'Tue, 17 Nov 2026 16:48:10 -0500',
    body="""\
Chào anh Đức,

Em là Linh, nhân viên xã hội ở bệnh viện Valley Ridge. Em viết để tóm tắt lại buổi họp gia đình chiều nay về mẹ anh, bà Phạm Thị Lan (phòng 5E-11).

- Bác sĩ Lutz dự định cho bà xuất viện thứ Sáu 20/11 nếu kết quả xét nghiệm máu sáng thứ Năm ổn.
- Bà sẽ về nhà với oxy 2 lít, công ty Lincare sẽ giao bình oxy tới nhà anh thứ Năm.
- Y tá tại nhà (Bayside Home Health) sẽ đến thăm tuần 2 lần.
- Lịch tái khám với bác sĩ phổi: thứ Ba 1/12 lúc 10 giờ sáng.

Nếu anh có câu hỏi gì, anh gọi em số 412-555-0177 nhé.

Linh Tran, LCSW
Care Management - Valley Ridge Medical Center
""")

add('phi', 'phi-lang', 'Zielińska', RD,
    'Halina Zielińska <h.zielinska@wp.pl>',
    'Dieta po wizycie - materiały', 'Wed, 18 Nov 2026 12:04:37 -0500', cs='utf-8', cte='base64',
    body="""\
Szanowna Pani Halino,

dziękuję za wczorajszą wizytę w poradni żywieniowej. Tak jak rozmawiałyśmy, przesyłam plan posiłków z ograniczeniem sodu do 2000 mg dziennie i listę produktów do unikania (wędliny, sery żółte, zupy w proszku). Proszę ważyć się codziennie rano i zapisywać wagę w zeszycie – jeżeli waga wzrośnie o więcej niż 1 kg w ciągu doby, proszę zadzwonić do gabinetu dr Patela.

Następna wizyta u mnie: 9 grudnia, godz. 13:30.

Pozdrawiam serdecznie,
Magdalena Wiśniewska, RD
Valley Ridge Health – Poradnia Żywieniowa
""", atts=[('plan_posilkow_Zielinska.txt', 'text/plain', """\
PLAN POSIŁKÓW – Halina Zielińska – 2000 mg sodu/dobę
Śniadanie: owsianka na mleku, banan, herbata
II śniadanie: jogurt naturalny, jabłko
Obiad: pierś z kurczaka pieczona bez soli, ziemniaki, surówka z marchwi
Kolacja: chleb niskosodowy, twarożek, pomidor
""")])

add('phi', 'phi-lang', 'Galarza', MA,
    'Kelsey Ruiz <kruiz@valleyridgehealth.org>',
    'la señora galarza', 'Wed, 18 Nov 2026 15:21:44 -0500', body="""\
Kelsey, la señora Galarza called otra vez about her husband's results, Ernesto. Le dije que el doctor todavia no los ha visto pero she's super worried porque the biopsy was like 2 weeks ago ya. can u ask Dr R antes de que se vaya hoy?? she said she'll call back at 4:30. su numero es 412-247-8819

gracias!! b
""")

add('phi', 'phi-lang', 'Carvalho', NM,
    'Interpreter Services <interpreters@valleyridgehealth.org>',
    'FW: Mensagem da família - Sr. Carvalho 4W-416', 'Thu, 19 Nov 2026 09:37:52 -0500', cs='windows-1252',
    body="""\
Hi -- can someone translate this for me today? It came in to the unit e-mail overnight from Mr. Carvalho's family and I want to make sure we answer before the care conference at 3. I got the gist from Google but don't trust it.

Thank you,
Denise Okafor, RN, Nurse Manager 4W

----- Forwarded Message -----
From: Beatriz Carvalho <bia.carvalho@uol.com.br>
Sent: Wednesday, November 18, 2026 11:52 PM
To: 4West Unit
Subject: Mensagem da família - Sr. Carvalho

Boa noite,

Sou filha do Sr. Antônio Carvalho, que está no quarto 416 desde sábado. Moro no Brasil e não consigo falar com nenhum médico. Minha irmã disse que ele fez uma cirurgia na perna ontem e que ainda está confuso e não está comendo. Gostaria de saber se a cirurgia correu bem e quando ele poderá receber alta. Ele toma remédio para pressão e para diabetes – por favor confirmem que ele está recebendo.

Obrigada,
Beatriz Carvalho
+55 11 98812-4470
""")

add('phi', 'phi-lang', 'Chen', RX,
    'Chen Xiaoyan <xiaoyan.chen88@163.com>',
    '您父亲陈建国的用药说明 / medication instructions for Mr. Chen', 'Thu, 19 Nov 2026 17:10:26 -0500', cte='base64',
    body="""\
陈女士您好，

以下是今天出院时给您父亲陈建国先生（出生日期 1946年3月8日）的用药说明，已由医院口译服务翻译：

1. 阿哌沙班 (Eliquis) 5毫克，每天两次，早晚各一次。不要漏服。
2. 美托洛尔 25毫克，每天两次。如果心跳低于每分钟55次，请先不要服药并打电话给我们。
3. 停止服用阿司匹林。

如有出血（牙龈出血、黑便、尿中带血），请立即就医。

如有任何问题，请致电药房 412-555-0148。

Tom Haverkamp, PharmD
Valley Ridge 门诊药房
(Translated by VRH Interpreter Services - L. Zhou)
""")

add('phi', 'phi-lang', 'Volkova', FP,
    'Irina Volkova <ivolkova1961@mail.ru>',
    'Результаты анализов', 'Fri, 20 Nov 2026 11:48:30 -0500', cs='utf-8', cte='quoted-printable',
    body="""\
Уважаемая Ирина Сергеевна,

Ваши анализы крови от 16 ноября готовы. Уровень гемоглобина 10,9 – немного ниже нормы, поэтому я назначила Вам препарат железа (сульфат железа 325 мг, один раз в день). Рецепт отправлен в аптеку Giant Eagle на Brownsville Rd. Пожалуйста, запишитесь на повторный анализ через 8 недель.

Если будут вопросы, позвоните в клинику: 412-555-0120 (переводчик по телефону доступен).

С уважением,
д-р Прия Рагхунатан
Ridgeview Family Medicine

(Перевод: служба переводчиков Valley Ridge Health)
""")
# ====================================================================== clean-staff
add('clean', 'clean-staff', '', NM,
    '4W All Staff <4W-all@valleyridgehealth.org>',
    'Holiday schedule - swaps due Friday', 'Mon, 16 Nov 2026 14:40:00 -0500', body="""\
Hi team,

The Christmas/New Year's schedule is posted in the break room and on the shared drive. If you want to swap, both of you initial the request sheet and get it to me by Friday 11/20. After that it goes to staffing office and I can't change it.

Reminder: everyone works one of the two holidays unless you worked both last year (Tasha, Ify, Marcus -- you're off the hook).

Also -- whoever keeps leaving the pulse ox probes in the clean utility room pocket, please stop, they're walking off.

Thanks!
Denise
""")

add('clean', 'clean-staff', '', MA,
    'Kelsey Ruiz <kruiz@valleyridgehealth.org>',
    'running late', 'Tue, 17 Nov 2026 07:31:12 -0500', body="""\
car wont start AGAIN. my brother is coming to jump it, prob 20-30 min late. can u room dr Rs first 2 for me?? ill owe u coffee""")

add('clean', 'clean-staff', '', SO,
    'Facilities Work Control <workcontrol@valleyridgehealth.org>',
    'Garage B level 3 lights out', 'Tue, 17 Nov 2026 23:55:08 -0500', body="""\
Work Control,

During patrol at 2330 found the east half of Garage B level 3 completely dark (approx. 8 fixtures, rows near stairwell 2). This is where 2nd shift nurses park. Also the emergency call box on level 3 (CB-14) is not lighting up when pressed. I put cones at the ramp and we are doing extra drive-throughs until fixed.

Please submit a priority ticket.

Ray Boudreaux
Security Officer, Main Campus, Badge 4417
""")

add('clean', 'clean-staff', '', IT,
    'Clinical Informatics <clin-informatics@valleyridgehealth.org>',
    'Sat 11/21 downtime - interface queue plan', 'Wed, 18 Nov 2026 10:10:10 -0500', body="""\
All,

For the Saturday 0200-0400 Epic upgrade downtime:
- All inbound interfaces (lab, rad, ADT) will queue in Cloverleaf. I'll hold them and release in order after the BCA check.
- Expect ~20-30 min of lag after go-live while the queue drains. Don't re-send anything from source systems.
- I'll be on the bridge line the whole time; Nate is backup.

Downtime paper forms are in the red binders on every unit per the usual process.

Kevin Dao
""")

add('clean', 'clean-staff', '', RD,
    'Clinical Nutrition Team <nutrition@valleyridgehealth.org>',
    'Thanksgiving potluck!!', 'Wed, 18 Nov 2026 12:45:00 -0500', body="""\
Hello everyone!

Our department potluck is Tuesday 11/24 at 12:00 in the Nutrition office. I will bring pierogi (potato-cheese and sauerkraut). Please write on the list what you are bringing so we don't have 5 pumpkin pies again like last year :)

Renata - gluten free desserts please, for Ahmed.

Magda
""")

add('clean', 'clean-staff', '', FP,
    '"Obi, Chuka MD" <cobi@valleyridgehealth.org>',
    'call swap Dec 12-13?', 'Thu, 19 Nov 2026 20:05:00 -0500', body="""\
Chuka, any chance you could take my Dec 12-13 weekend call? My daughter's recital got moved. I'd take your Jan 9-10 in exchange, or Christmas Eve if you'd rather. No pressure, I'm asking Sam too.

P
""")

add('clean', 'clean-staff', '', RX,
    'Pharmacy Staff <pharmacy-all@valleyridgehealth.org>',
    'LR / NS shortage - conservation reminder', 'Fri, 20 Nov 2026 08:30:00 -0500', body="""\
All,

Baxter allocation is still at 70% for 1 L NS and LR. Until further notice:
- Default to 250/500 mL bags for piggybacks where compatible
- IV push instead of mini-bag for eligible meds per the P&T-approved list (posted on the wiki)
- Please do NOT pull 1 L bags from the ED Pyxis to restock floors

We have about 9 days on hand at current use. I'll update Monday.

Tom Haverkamp, PharmD
Clinical Pharmacist
""")

# ====================================================================== clean-admin
add('clean', 'clean-admin', '', EA,
    'Board Quality Committee <bqc@valleyridgehealth.org>',
    'December Board Quality Committee - date change', 'Mon, 16 Nov 2026 09:00:00 -0500',
    html="""\
<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Good morning,</p>
<p>On behalf of Dr. Hale, please note that the December Board Quality Committee meeting has moved to <b>Thursday, December 10, 7:30&ndash;9:00 AM</b> in the Foundation Board Room (breakfast will be served). Zoom link remains the same.</p>
<p>Agenda items and pre-reads are due to me by Thursday, December 3.</p>
<table style="font-size:10pt"><tr><td>Contact:</td><td>Carol Whitfield, Executive Assistant to the CMO</td></tr>
<tr><td>Phone:</td><td>412-555-0102</td></tr></table>
<p style="font-size:8pt;color:#777">Valley Ridge Health &bull; Compassion. Excellence. Community.</p>
</body></html>""")

add('clean', 'clean-admin', '', BR,
    'Sheila Burke <sburke@valleyridgehealth.org>',
    'week ending 11/13 numbers', 'Mon, 16 Nov 2026 16:30:45 -0500', body="""\
Sheila,

Team numbers for w/e 11/13:
- Calls handled: 1,284 (abandon rate 9.6%, up from 7.1%)
- Payment plans set up: 57
- Statements held for review: 212
- AR > 90 days self-pay: $1.94M (down $88K)
- Charity applications received: 31, approved 22

The abandon rate was mostly Tuesday when we had 3 out sick. I'll send the full dashboard Wednesday.

Marcus
""")

add('clean', 'clean-admin', '', QA,
    'Nursing Leadership <nursing-leaders@valleyridgehealth.org>',
    'Q3 CLABSI/CAUTI by unit', 'Tue, 17 Nov 2026 12:00:00 -0500', body="""\
Leaders,

Q3 device infection rates (NHSN definitions), per 1,000 device days:

Unit      CLABSI   Central line days   CAUTI   Catheter days
ICU       1.1      1,822               0.9     2,210
4 West    0.0      604                 1.6     1,240
5 East    2.3      431                 0.0     980
6 North   0.0      212                 2.9     690
Total     0.98     3,069               1.17    5,120

5 East has 1 CLABSI this quarter on a small denominator, so the rate looks high -- not a trend yet. 6 North CAUTI is 2 events. I'll have the SIR in the board report.

Greg Feld
""")

add('clean', 'clean-admin', '', PA,
    'Patient Access Staff <pas-all@valleyridgehealth.org>',
    'Starting 12/1: scan BOTH sides of insurance cards', 'Wed, 18 Nov 2026 14:14:14 -0500', body="""\
Hi everyone,

From Lorena: starting Tuesday 12/1, we have to scan the front AND back of every insurance card at every visit, even if it's the same card we already have. The back has the claims address and a lot of the denials last month were because it was missing. The scanners at ED reg 2 and Elm St window 3 are being replaced this week.

If the patient only has a digital card on their phone, take a screenshot with the iPad and upload as "INS CARD - DIGITAL".

Questions to me or Lorena.
Yesenia
""")

add('clean', 'clean-admin', '', EA,
    'Jonathan Hale <jhale@valleyridgehealth.org>',
    'Your IHI Forum itinerary', 'Thu, 19 Nov 2026 13:25:00 -0500', body="""\
Dr. Hale,

Itinerary for the IHI National Forum:

Sun 12/6 - United 1422 PIT 2:05 PM -> MCO 4:31 PM, seat 7C (confirmation KQ8TZL)
Hotel: Gaylord Palms, conf. #78123309, 4 nights, check-out Thu 12/10
Mon 12/7 - 6:30 PM dinner with the Geisinger group at Primo (reservation under your name)
Thu 12/10 - United 1689 MCO 11:15 AM -> PIT 1:40 PM

Registration badge pick-up is Sunday 3-7 PM. Your minicourse is Monday morning. I put everything in your calendar too.

Carol
""")

add('clean', 'clean-admin', '', NM,
    'Karen Doyle <kdoyle@valleyridgehealth.org>',
    'FY27 FTE request - 4 West', 'Thu, 19 Nov 2026 17:40:22 -0500', body="""\
Karen,

Attaching my justification for 2.4 additional RN FTEs for FY27. Short version: our ADC went from 26.1 to 29.4 over the last 12 months, agency spend was $418K YTD, and overtime is running 7.8% of worked hours. Turnover was 22% (6 RNs), 4 of them cited workload in exit interviews.

Happy to walk through it before budget review on the 2nd.

Denise
""", atts=[('4W_FTE_justification_FY27.txt', 'text/plain', """\
4 WEST - FY27 STAFFING REQUEST
Average daily census: FY25 26.1 | FY26 29.4
Worked hours per patient day: target 8.9 | actual 9.6
Agency spend YTD: $418,200
Overtime % of worked hours: 7.8%
RN turnover (rolling 12 mo): 22% (6 of 27)
Request: +2.4 RN FTE (nights), +0.9 NA FTE
""")])

add('clean', 'clean-admin', '', SW,
    'Care Management Dept <cm-dept@valleyridgehealth.org>',
    'Updated community resources - winter 2026', 'Fri, 20 Nov 2026 09:50:00 -0500', body="""\
Hi all,

I updated the community resource sheet on the shared drive (CM > Resources > Winter2026.docx). Main changes:
- Greater Pittsburgh Food Bank mobile pantry now 2nd & 4th Saturdays at the Bethel Park Community Center, 10-12
- LIHEAP crisis grants open 11/2 - apply through COMPASS or the county office
- Salvation Army warming center (Carrick) opens 12/1, 8 PM - 7 AM
- Lyft Healthcare rides: new request form, fax number changed to 412-555-0199

Please toss old printed copies.

Linh
""")
# ====================================================================== clean-lookalike
add('clean', 'clean-lookalike', '', SO,
    'Danielle Boudreaux <dani.boudreaux@gmail.com>',
    'FW: Your Erie Insurance claim 00447-2281-A', 'Mon, 16 Nov 2026 12:20:00 -0500', body="""\
Babe, adjuster finally called back. They're covering the bumper minus the $500 deductible. Rental is approved thru Friday. See below.

-------- Forwarded --------
From: Erie Insurance Claims <claims-noreply@erieinsurance-mail.com>
Subject: Your Erie Insurance claim 00447-2281-A

Dear RAYMOND BOUDREAUX,

We have completed our review of claim 00447-2281-A (date of loss 11/10/2026, 2019 Ford F-150, policy Q08 3317742).

Collision coverage: approved
Estimate: $2,184.37   Deductible: $500.00   Payment: $1,684.37
Rental reimbursement: up to $40/day, 7 days
Bodily injury: none reported

Your adjuster is Kim Sato, 800-555-0164 ext 3312.
""")

add('clean', 'clean-lookalike', '', RD,
    'Southpointe Animal Hospital <reminders@southpointevet.com>',
    'Re: Bella - booster appointment', 'Tue, 17 Nov 2026 19:30:15 -0500', body="""\
Hello, yes Saturday 11/28 at 10:00 is fine for Bella's rabies and DHPP boosters. Also could Dr. Mattingly look at her ear? She keeps scratching the left one. She is 6 years old now, 24 kg. Please send the reminder to this email, not the old one.

Thank you,
Magdalena Wiśniewska

> Patient: BELLA (Canine, Labrador mix)   Client: Wisniewska, Magdalena
> Vaccines due: Rabies 3yr, DHPP
> Please reply to confirm your appointment.
""")

add('clean', 'clean-lookalike', '', IT,
    'Member Services - Lifetime Fitness <memberservices@lt-fitness-club.com>',
    'Double charge - member #2208-8811', 'Tue, 17 Nov 2026 20:44:00 -0500', body="""\
Hi,

I was charged twice for my November dues ($89.00 on 11/1 and again on 11/3) on the card ending 0042. Member # 2208-8811, Bethel Park club. I also cancelled the personal training package in October (trainer was Mike) but there is still a $60 "PT session" line on my statement.

Can you refund the duplicate and the PT session?

Kevin Dao
""")

add('clean', 'clean-lookalike', '', BR,
    'Accounts Payable <ap@valleyridgehealth.org>',
    'FW: Medline statement - acct 1199-4420 past due?', 'Wed, 18 Nov 2026 10:05:00 -0500', body="""\
AP - this came to the PFS inbox by mistake, it's a supply vendor statement not a patient account. Forwarding to you.

Marcus

> MEDLINE INDUSTRIES - CUSTOMER STATEMENT
> Customer: VALLEY RIDGE HEALTH - RIDGEVIEW FAMILY MED   Acct 1199-4420
> Invoice 2290417781  10/12/2026  Exam gloves nitrile M (10 cs)      $612.40
> Invoice 2290422160  10/19/2026  Sterile gauze 4x4, specimen cups   $284.15
> Invoice 2290430093  10/28/2026  Sharps containers 2 gal (24)       $198.00
> Past due over 30 days: $1,094.55   Please remit to PO Box 92301, Chicago IL
""")

add('clean', 'clean-lookalike', '', MA,
    'Kelsey Ruiz <kruiz@valleyridgehealth.org>',
    'FW: Your order has shipped! #114-8830291-5527704', 'Wed, 18 Nov 2026 21:02:33 -0500', body="""\
the figs scrubs finally shipped!! i got the ceil blue AND the charcoal, u said charcoal right?

---------- Forwarded message ---------
From: Amazon.com <shipment-tracking@amazon.com>
Subject: Your order has shipped! #114-8830291-5527704

Hello Brittany,
Your package is on the way. Arriving Friday, Nov 20.
Ship to: Brittany Sosa, 88 Maple Ave Apt 2, Pittsburgh PA 15216
- FIGS Women's Casma Top, Charcoal, M (Qty 1)
- FIGS Women's Livingston Pants, Ceil Blue, M (Qty 1)
- Compression socks, 3-pack (Qty 1)
Order total: $118.47
""")

add('clean', 'clean-lookalike', '', EA,
    '"Marsh, Diane (Foundation)" <dmarsh@vrhfoundation.org>',
    'gift acknowledgment letter - for Dr. Hale signature', 'Thu, 19 Nov 2026 11:11:00 -0500', body="""\
Diane,

Dr. Hale signed the acknowledgment letter for the PNC Foundation gift; I'm sending the scan back to you. Text below for your records.

Carol

  Dear Ms. Petrakis,
  On behalf of everyone at Valley Ridge Health, thank you for the PNC Foundation's
  generous gift of $150,000 toward the new NICU Family Lounge. Families of our
  smallest patients will have a place to rest, eat and be together close to their
  babies. We look forward to welcoming you at the ribbon cutting in March.
  With gratitude,
  Jonathan Hale, MD, Chief Medical Officer
""")

add('clean', 'clean-lookalike', '', RX,
    'Karen Haverkamp <khaverkamp@comcast.net>',
    'FW: Your Rite Aid rewards statement', 'Fri, 20 Nov 2026 12:40:00 -0500', body="""\
We have $10 in rewards, use it when you get the wrapping paper and batteries this weekend. Expires 11/30.

T

> Rite Aid Rewards - Member: THOMAS HAVERKAMP   Card ****7781
> Points this month: 1,120   Bonus Cash available: $10.00 (expires 11/30/2026)
> Recent purchases: Duracell AA 16pk, Hallmark cards, Coca-Cola 12pk
> Shop this week's deals on holiday decor and candy!
""")

# ====================================================================== clean-news
add('clean', 'clean-news', '', QA,
    'Infection Prevention <ip@valleyridgehealth.org>',
    'FW: PA DOH Respiratory Virus Update - Week 45', 'Mon, 16 Nov 2026 08:10:00 -0500', body="""\
FYI for the dashboard -- flu activity in our region moved to "moderate" this week.

Greg

----- Forwarded -----
Pennsylvania Department of Health - Weekly Respiratory Virus Surveillance, MMWR Week 45
- Influenza: 1,942 lab-confirmed cases statewide (+38% from prior week); predominant strain A(H3N2)
- RSV: 1,104 cases; pediatric hospitalizations increasing in the Southwest region
- COVID-19: ED visits 1.9% of all visits, stable
- Southwest region influenza activity: MODERATE
Providers are reminded to offer influenza vaccination to all patients 6 months and older.
""")

add('clean', 'clean-news', '', RD,
    'Clinical Nutrition Team <nutrition@valleyridgehealth.org>',
    'interesting study - Mediterranean diet & falls in older adults', 'Tue, 17 Nov 2026 13:02:00 -0500', body="""\
Hi all, I found this in JAND this month and I think it is useful for our geri patients.

Prospective cohort, 6,200 adults aged 65+ in Spain and Italy, followed 8 years. Highest adherence to Mediterranean diet had 23% lower risk of falls with fracture vs lowest adherence, after adjustment for physical activity and BMI. Protein intake seemed to explain part of it.

Limitations: observational, self-reported food frequency questionnaire. But it supports what we say in education anyway.

Link on the shared drive under Journal Club > Nov 2026.

Magda
""")

add('clean', 'clean-news', '', EA,
    'All Staff <allstaff@valleyridgehealth.org>',
    'Ridge Report - November 2026', 'Wed, 18 Nov 2026 07:00:00 -0500',
    html="""\
<html><body style="margin:0;font-family:Georgia,serif;background:#f4f4f4">
<table width="640" align="center" style="background:#fff;padding:20px">
<tr><td><h1 style="color:#00558C">The Ridge Report</h1><p><i>News for the Valley Ridge Health family &bull; November 2026</i></p></td></tr>
<tr><td><h2>Second cardiac cath lab opens at Main Campus</h2>
<p>Our new $6.2 million catheterization lab opened November 9, cutting average door-to-balloon time and letting the Heart &amp; Vascular team add 600 procedures a year. &ldquo;This is about getting care closer to home,&rdquo; said Dr. Anil Mehta, director of interventional cardiology.</p></td></tr>
<tr><td><h2>Welcome, new physicians</h2><p>Dr. Sarah Kowalski (Pediatrics, Elm St), Dr. Luis Ortega (Hospital Medicine) and Dr. Fatima Idris (OB/GYN) joined us this month.</p></td></tr>
<tr><td><h2>Flu shots: 84% and counting</h2><p>Employee Health has vaccinated 84% of staff. Walk-in clinics continue Tuesdays and Thursdays in the Atrium, 7&ndash;9 AM.</p></td></tr>
<tr><td style="font-size:9pt;color:#777">Questions? Reply to Carol Whitfield, Office of the CMO.</td></tr>
</table></body></html>""")

add('clean', 'clean-news', '', FP,
    'FM Residents <fm-residents@valleyridgehealth.org>',
    'for Thursday journal club - updated lipid guideline', 'Wed, 18 Nov 2026 21:40:00 -0500', body="""\
Residents,

For Thursday: please read the 2026 ACC/AHA dyslipidemia guideline focused update (PDF in the Teams folder). Key changes to think about:

1. LDL-C targets are back -- <70 for most secondary prevention, <55 for very high risk.
2. PREVENT calculator replaces PCE for 10-yr risk.
3. Lp(a) once in every adult's lifetime.
4. Clearer language on when to add ezetimibe vs. PCSK9i.

Come ready to argue about #3. Tanya is presenting.

Dr. R
""")

add('clean', 'clean-news', '', NM,
    '4W All Staff <4W-all@valleyridgehealth.org>',
    'FW: HAP advisory - visitor restrictions start Monday', 'Fri, 20 Nov 2026 11:20:00 -0500', body="""\
FYI -- our hospital is joining this starting Monday 11/23. Security will be screening at the main entrance. Please be kind to families, it's not their decision.

Denise

>>> Hospital & Healthsystem Association of Pennsylvania - Advisory 2026-31
>>> Due to rising influenza and RSV activity in western Pennsylvania, member hospitals in the region are
>>> implementing temporary visitor guidelines effective November 23, 2026:
>>>   * No visitors under age 14 on inpatient units (exceptions: end-of-life, maternity with approval)
>>>   * Maximum two visitors per patient at one time
>>>   * Visitors with fever, cough or sore throat asked not to visit
>>> Guidelines will be reviewed weekly.
""")

add('clean', 'clean-news', '', RX,
    'P&T Committee <pt-committee@valleyridgehealth.org>',
    'FDA recall - metformin ER lot (we are not affected)', 'Fri, 20 Nov 2026 14:55:00 -0500', body="""\
Committee,

FDA announced a voluntary Class II recall of metformin ER 500 mg, Granules lots MX26071 and MX26074, for NDMA above the acceptable intake limit. I checked with our wholesaler and inventory: we have neither lot on hand in inpatient or outpatient pharmacy, and we haven't dispensed either since July.

No patient notification needed from our side. I'll put it on the December agenda for the record.

Tom
""")

# ====================================================================== clean-training
add('clean', 'clean-training', '', IT,
    'Interface Team Trainees <interface-trainees@valleyridgehealth.org>',
    'HL7 101 - homework for Thursday', 'Mon, 16 Nov 2026 15:15:00 -0500',
    body=r"""Hi new folks,

For Thursday, take the sample message below (from our TRN environment, fake patient) and identify: the message type, the MRN field, the patient class and the attending. Then tell me what would break if PV1-2 were blank.

MSH|^~\&|REG|VRMC_TRN|RIS|VRIMG_TRN|202611011200||ADT^A01|TRN000123|T|2.3
PID|1||99900001^^^VRMC^MR||ZZTEST^PATIENT^ONE||19000101|U|||123 TEST ST^^ANYTOWN^PA^00000
PV1|1|I|4W^401^A||||9999^DOCTOR^TEST

Note MSH-11 = T (training). Never paste PROD messages in training docs.

Kevin
""")

add('clean', 'clean-training', '', PA,
    'New Hire Reg Class <reg-newhires@valleyridgehealth.org>',
    'practice registrations in PLY', 'Tue, 17 Nov 2026 09:30:00 -0500', body="""\
Welcome again everybody!

Today in the PLY (playground) environment please practice these registrations. They are fake patients, don't worry if you mess up.

1. ZZTRAIN, DONALD  DOB 01/01/1950  Medicare + AARP supplement
2. ZZTRAIN, DAISY   DOB 02/02/1985  Highmark PPO, subscriber = spouse
3. ZZTRAIN, HUEY    DOB 03/03/2015  Medicaid (CHC), guardian = Daisy

For each one: check eligibility, scan the sample card (in the folder), and pick the right financial class. We will review at 2.

Yesenia
""")

add('clean', 'clean-training', '', QA,
    'Hospital Medicine <hospitalists@valleyridgehealth.org>',
    'M&M case summary - Dec 1 (de-identified)', 'Wed, 18 Nov 2026 16:00:00 -0500', body="""\
For the December 1 M&M conference (de-identified per policy):

A man in his late 60s with a history of atrial fibrillation on anticoagulation presented with a fall at home. Initial head CT was negative. He was admitted to a medical floor for observation. Neuro checks were ordered q4h but documented inconsistently overnight. Approximately 14 hours later he developed new confusion; repeat CT showed a delayed subdural hematoma. Reversal was given and he went to the OR.

Discussion points:
1. Repeat imaging criteria for anticoagulated head injury
2. Neuro check documentation and escalation
3. Handoff between ED and admitting team

Greg Feld, Quality
""")

add('clean', 'clean-training', '', NM,
    '4W All Staff <4W-all@valleyridgehealth.org>',
    'Skills fair 12/8-12/10 - sign up', 'Wed, 18 Nov 2026 17:10:00 -0500', body="""\
Annual skills fair stations this year:
- Restraint application & documentation
- Blood administration (new scanning workflow)
- Alaris pump - secondary infusions
- Wound vac dressing change
- Sepsis screening/BPA response
- Fall prevention: bed alarm set-up

Sign up for a 2-hour slot on the sheet at the desk. Everyone must complete by 12/10 or you'll be off the schedule until you do. No exceptions this year, sorry!

Denise
""")

add('clean', 'clean-training', '', RX,
    'PGY1 Residents <pgy1@valleyridgehealth.org>',
    'kinetics practice problems', 'Thu, 19 Nov 2026 12:00:00 -0500', body="""\
Practice before Monday's vanc dosing topic discussion:

Patient A: 62 yo M, 88 kg, SCr 1.4, trough 8.2 on 1,250 mg q12h. Target AUC 400-600. What's your new regimen?
Patient B: 35 yo F, 60 kg, SCr 0.6, started on 1 g q8h. Levels at 2 and 8 h post-infusion: 31 and 12. Calculate AUC.
Patient C: 80 yo M, 55 kg, on CRRT. How would you approach initial dosing?

These are hypothetical. Bring your work, not just the answer.

Tom
""")

add('clean', 'clean-training', '', SW,
    'Care Management Dept <cm-dept@valleyridgehealth.org>',
    'HIPAA refresher - minimum necessary scenarios', 'Fri, 20 Nov 2026 13:30:00 -0500', body="""\
Hi team,

For Tuesday's in-service, we'll walk through these scenarios (all fictional):

1. "Jane Doe's" neighbor calls the unit asking how she's doing. Jane has not listed the neighbor as a contact. What can you say?
2. A SNF admissions coordinator asks for "the whole chart." What do you send?
3. A patient's adult son wants the discharge summary faxed to his work. Patient is alert and oriented. What do you do first?
4. You see your cousin's name on the census board. Can you look her up "just to check"?

Answers and policy references will be in the handout.

Linh
""")

# ====================================================================== write
def main():
    counters = {}
    rows = []
    for n, m in enumerate(MSGS):
        key = '%s' % m['kind']
        counters[key] = counters.get(key, 0) + 1
        fn = '%s-%03d.eml' % (m['kind'], counters[key])
        msg = build(m, n)
        with open(os.path.join(OUT, fn), 'wb') as f:
            f.write(msg.as_bytes())
        rows.append((fn, m['label'], m['kind'], m['pname']))
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    # parse check
    for fn, *_ in rows:
        with open(os.path.join(OUT, fn), 'rb') as f:
            p = BytesParser(policy=policy.default).parse(f)
        for part in p.walk():
            if not part.is_multipart():
                part.get_content()
    print(len(rows), 'messages')

if __name__ == '__main__':
    main()
