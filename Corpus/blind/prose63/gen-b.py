#!/usr/bin/env python3
"""Blind evaluation mail set: community mental-health / addiction-treatment agency.
Run: python3 gen.py OUTDIR   (standard library only, deterministic)"""
import csv
import datetime
import email.policy
import io
import os
import random
import sys
import zipfile
from email.message import EmailMessage
from email.utils import format_datetime

SEED = 6302
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

ROWS = []
COUNT = {}
SERIAL = [0]


def when(y, mo, d, h, mi, tz=-5):
    return format_datetime(datetime.datetime(
        y, mo, d, h, mi, random.randint(0, 59),
        tzinfo=datetime.timezone(datetime.timedelta(hours=tz))))


def zbytes(files):
    """files: list of (name, str|bytes) -> deterministic zip bytes"""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 10, 28, 9, 15, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return buf.getvalue()


def xlsx(rows, sheet='Sheet1'):
    """Minimal valid .xlsx with inline strings."""
    def col(i):
        s = ''
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s

    def esc(v):
        return (str(v).replace('&', '&amp;').replace('<', '&lt;')
                .replace('>', '&gt;'))
    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = ''.join(
            '<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (col(c), r, esc(v))
            for c, v in enumerate(row))
        sheet_rows.append('<row r="%d">%s</row>' % (r, cells))
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
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % sheet),
        ('xl/_rels/workbook.xml.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         '<sheetData>%s</sheetData></worksheet>' % ''.join(sheet_rows)),
    ]
    return zbytes(files)


def mk(label, kind, patient, frm, to, subject, date, body, cc=None, html=None,
       atts=(), cte=None, headers=None):
    COUNT[(label, kind)] = COUNT.get((label, kind), 0) + 1
    n = COUNT[(label, kind)]
    SERIAL[0] += 1
    idx = SERIAL[0]
    fname = '%s-%s-%03d.eml' % (label, kind, n)
    msg = EmailMessage()
    msg['From'] = frm
    msg['To'] = to
    if cc:
        msg['Cc'] = cc
    msg['Subject'] = subject
    msg['Date'] = date
    dom = frm.split('@')[-1].strip('> ')
    msg['Message-ID'] = '<%d.%s%s%03d.%d@%s>' % (
        random.randint(10**8, 10**9), label, kind, n, SERIAL[0], dom)
    msg['MIME-Version'] = '1.0'
    for k, v in (headers or []):
        msg[k] = v
    if cte:
        msg.set_content(body, cte=cte)
    else:
        msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype='html')
    for a in atts:
        fn, data, mt, st = a
        if isinstance(data, str):
            msg.add_attachment(data, subtype=st, filename=fn)
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    j = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (idx, j))
            j += 1
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(msg.as_bytes(policy=email.policy.SMTP))
    ROWS.append((fname, label, kind, patient if label == 'phi' else ''))


AG = 'riverbendbh.org'
DISC = ("\n\nCONFIDENTIALITY NOTICE: This message may contain information protected by "
        "federal confidentiality rules (42 CFR Part 2) and HIPAA. If you are not the "
        "intended recipient, notify the sender and delete this message. Redisclosure "
        "is prohibited without written consent.")
DISC_SHORT = "\n--\nRiverbend Behavioral Health | 1400 Canal St, Millbrook | this email may contain confidential info"

# =====================================================================
# PHI: care
# =====================================================================
mk('phi', 'care', 'Whitfield',
   'Carla Benning <cbenning@riverbendbh.org>',
   'Dr. Samuel Otieno <sotieno@riverbendbh.org>',
   'Dontae W - missed doses / dose increase?', when(2024, 10, 15, 8, 42),
   """Dr O,

Dontae Whitfield missed Tues, Thurs and Sat dosing this past week. Came in
today, said he was "sick all weekend" and used on Saturday. UDS collected
10/14 came back pos for fentanyl + norfentanyl, neg for everything else.

He's at 80mg right now. He's asking for a bump, says he's still getting
cravings around 4-5pm. COWS this am was 9 before dosing. Can you see him
tomorrow for a dose review? I told him no promises, you'd decide.

Also his take-homes are suspended until he has 30 days clean screens again,
I already explained that.

Carla Benning, LCADC
Counselor II, Opioid Treatment Program
Riverbend Behavioral Health
(717) 555-0142 x218""" + DISC)

mk('phi', 'care', 'Pryce',
   'Night RN Detox <detox.nursing@riverbendbh.org>',
   'Owen Matthias <omatthias@riverbendbh.org>',
   'FW: discharge today - R. Pryce', when(2024, 10, 3, 11, 5),
   """Owen - forwarding since she's on your IOP list. See below.

-Beth

-----Original Message-----
From: Detox Unit Charge Nurse
Sent: Thursday, October 3, 2024 7:12 AM
To: Detox Nursing
Subject: discharge today - R. Pryce

Rhiannon Pryce discharged from residential detox at 0645 after 5 day stay.
Completed chlordiazepoxide taper without complication, last dose 10/2 2100.
CIWA scores 2-3 past 24 hrs. BP 128/82, HR 76. Tolerated diet.
Started on naltrexone 50mg daily 10/1, sent w/ 7 day supply + script to
Maple Street Pharmacy. Discussed relapse risk / loss of tolerance.

Follow-up: IOP intake Mon 10/7 at 10am with Owen M. Pt's sister picking
her up. Pt signed consent for us to talk w/ sister re: appointments only.

B. Kowalski, RN""")

mk('phi', 'care', 'Kowalczyk',
   'Tanya Morrow <tmorrow@riverbendbh.org>',
   'PO Gary Fennimore <gfennimore@tollisoncounty.gov>',
   'RE: Treatment compliance - Kowalczyk, Adam', when(2024, 11, 4, 14, 20),
   """Gary,

We have a signed consent on file for probation (exp 3/2025) so here's the
update you asked for.

Adam has attended 6 of the last 8 group sessions (missed 10/17 and 10/24,
both unexcused). Individual sessions every other week, he's been to all of
them. Random urine screens: 10/9 neg, 10/22 neg, 10/30 positive for THC
only. He admitted the THC use in session before the result came back.

Clinically I'd call it fair progress. He's engaged when he's there. I'd
like to move him from 2x/week group to 1x/week + individual if he has
four more clean screens. Happy to join the review hearing by phone if
that helps.

Tanya Morrow, MA, LPC
Outpatient Therapist | Court Services Liaison
Riverbend Behavioral Health

-----Original Message-----
From: Gary Fennimore <gfennimore@tollisoncounty.gov>
Sent: Friday, November 1, 2024 3:55 PM
To: Tanya Morrow <tmorrow@riverbendbh.org>
Subject: Treatment compliance - Kowalczyk, Adam

Tanya - need a status on Kowalczyk before his 11/13 review. Attendance
and UA results please. Judge Harmon is going to ask about the 10/17 no show.

Gary Fennimore
Senior Probation Officer
Tollison County Adult Probation & Parole
(717) 555-0188""" + DISC)

mk('phi', 'care', 'Okafor-Reyes',
   'Crisis Follow-Up Team <crisisfu@riverbendbh.org>',
   'Leah Sandoval <lsandoval@riverbendbh.org>',
   'follow up call completed - Jasmine', when(2024, 10, 20, 10, 31),
   """Leah,

Called Jasmine Okafor-Reyes this morning re: her Saturday night call to the
line. She answered on second try. Said she's safe, slept at her aunt's, no
plan or intent today. We reviewed her safety plan, she removed the extra
pills from the apartment and gave them to her aunt.

She agreed to move her appt with you up - booked Thurs 10/24 2pm instead of
11/7. Can you confirm you can see her then? She also wants to ask about
restarting the sertraline she stopped in Sept.

Will call again tomorrow.

Andre P., Crisis Follow-Up Specialist""",
   html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Leah,</p>
<p>Called <b>Jasmine Okafor-Reyes</b> this morning re: her Saturday night call to the line.
She answered on second try. Said she's safe, slept at her aunt's, no plan or intent today.
We reviewed her safety plan, she removed the extra pills from the apartment and gave them to her aunt.</p>
<p>She agreed to move her appt with you up - booked <u>Thurs 10/24 2pm</u> instead of 11/7.
Can you confirm you can see her then? She also wants to ask about restarting the sertraline she stopped in Sept.</p>
<p>Will call again tomorrow.</p>
<p style="color:#555">Andre P., Crisis Follow-Up Specialist</p>
</body></html>""")

mk('phi', 'care', 'Boyle',
   'jr.castellanos@riverbendbh.org',
   'Michelle Gaines <mgaines@riverbendbh.org>',
   'tues notes', when(2024, 10, 29, 17, 48),
   """hey michelle quick rundown from today since i cant get into the ehr on my phone

- picked up terrence boyle at 9, took him to the 10:30 NA mtg at st marks. he stayed the whole time and talked to a guy about sponsorship!!
- then maple st pharmacy for his naltrexone tabs, they had it ready
- he's nervous about the vivitrol shot on 11/2, asked me to be there. ok if i go?
- he said his mom is letting him stay thru thanksgiving if he keeps going to meetings

ill put it in the ehr tmrw
jr

Sent from my Galaxy""")

mk('phi', 'care', 'Esposito',
   'Samuel Otieno MD <sotieno@riverbendbh.org>',
   'Outpatient Nursing <op.nursing@riverbendbh.org>',
   'New orders - Gloria Esposito', when(2024, 11, 6, 16, 2),
   """Nursing team,

Saw Gloria Esposito today for med management. Please:

1. Start lithium carbonate 300 mg PO BID (script e-sent to Walgreens on Route 9).
2. Stop quetiapine 100 mg after 7 days - taper to 50 mg x 7 days first.
3. Baseline labs before first dose if possible: BMP, TSH, CBC, urine hCG.
4. Lithium level 5 days after start, drawn 12 hrs post dose.
5. Schedule f/u with me in 2 weeks.

She knows to hold it and call if she gets vomiting/diarrhea or a tremor that
gets worse. She's been told about staying hydrated.

Thanks,
Samuel Otieno, MD
Medical Director, Psychiatry
Riverbend Behavioral Health
T 717-555-0100 | F 717-555-0109""" + DISC, cte='quoted-printable')

mk('phi', 'care', 'Delacroix-Hill',
   'Kristen Yoder <kyoder@riverbendbh.org>',
   'Paula Nash LCSW <pnash@stbrigidmed.org>',
   'RE: your client in our ED', when(2024, 10, 11, 3, 17),
   """Paula,

Confirmed w/ the OTP night line. Marcus is active with us; he last dosed
here 10/10 at 7:40am, 110 mg methadone, observed. No take-homes. We have a
consent on file that covers St. Brigid ED for coordination of care.

Please don't give additional methadone without calling the prescriber on
call, Dr. Otieno, 717-555-0100 opt 4. If he's admitted we can do a
hospital dose verification letter in the morning.

Kristen Yoder, RN
OTP Nurse Supervisor, Riverbend Behavioral Health

> On Fri, Oct 11, 2024 at 2:48 AM, Paula Nash <pnash@stbrigidmed.org> wrote:
>
> Hi - ED social work at St Brigid. We have Marcus Delacroix-Hill here,
> brought in by EMS around 1am after an overdose at a friend's house. Got
> narcan x2 in the field, now alert and talking. He says he doses at your
> methadone clinic daily. Can you confirm last dose date and amount? The
> ED doc wants to know before he decides about admitting for observation.
>
> Paula Nash, LCSW
> Emergency Department Social Work
> St. Brigid Regional Medical Center""" + DISC)

mk('phi', 'care', 'Goodwin',
   'Priya Raman <praman@riverbendbh.org>',
   'Trauma Services Intake <trauma.intake@riverbendbh.org>',
   'Internal referral - EMDR', when(2024, 10, 22, 12, 9),
   """Hi intake team,

Attached is my referral for Shanice Goodwin to the trauma track. She's
finished 12 sessions of CBT with me, good gains on the depression side
(PHQ-9 went 19 -> 8) but she's still waking up with nightmares 4-5 nights
a week and avoiding the bus route where the assault happened. PCL-5 is 51.

She's asked specifically about EMDR. She's available Mon/Wed mornings.

Thanks!
Priya

Priya Raman, LCSW
Outpatient Counseling""",
   atts=[('Referral_Goodwin_S.txt',
          """RIVERBEND BEHAVIORAL HEALTH - INTERNAL REFERRAL
Client: Goodwin, Shanice          Date: 10/22/2024
Referring clinician: P. Raman, LCSW
Referred to: Trauma Services (EMDR)
Reason: persistent trauma sx after 12 sessions CBT for depression.
Nightmares 4-5x/wk, avoidance, hypervigilance. PCL-5 = 51 (10/18).
Current meds: sertraline 100mg daily (PCP: Dr. Abernathy, Millbrook Family Med)
Substance use: alcohol 1-2 drinks/wk, no other.
Safety: no SI/HI at last 3 visits. Safety plan on file.
Availability: Mon/Wed AM
""", 'text', 'plain')])
# =====================================================================
# PHI: names
# =====================================================================
mk('phi', 'names', 'Nguyễn Thị Hạnh',
   'Mai Lindgren <mlindgren@riverbendbh.org>',
   'OTP Nursing <otp.nursing@riverbendbh.org>',
   'Nguyễn Thị Hạnh - bup induction tmrw 9am?', when(2024, 10, 16, 15, 40),
   """is she still on for 9? interpreter (Vietnamese) is booked for 8:45.
remind her no use after midnight, we need a COWS of at least 12 before
first dose. I'll be in group till 10 so page me if there's a problem.

mai""")

mk('phi', 'names', 'Adeyemi',
   'Front Desk OTP <otp.frontdesk@riverbendbh.org>',
   'Prescriber Pool <prescribers@riverbendbh.org>',
   'PA expired?', when(2024, 10, 24, 9, 12),
   """Good morning,

Adeyemi's pharmacy (CVS on Lancaster Ave) called - his Suboxone 8/2 films
got rejected, they say the prior auth with Keystone ran out 10/20. He has
2 days left. Can someone resubmit the PA or send a bridge script? He's
going to call back at noon.

Thanks,
Denise
Front Desk, OTP""")

mk('phi', 'names', 'Van der Berg',
   'Records Dept <records@riverbendbh.org>',
   'Joanne Whitley <jwhitley@riverbendbh.org>',
   'ROI needed before release', when(2024, 11, 1, 13, 55),
   """Joanne,

Got a records request from Lakeview Internal Medicine for:

   VAN DER BERG, PIETER J.

They want med mgmt notes + last 6 months of labs. Our ROI for his PCP
expired 9/30 (same day as his last med check w/ Dr. Kaur). Because it's
SUD treatment records we can't send without a current Part 2 consent.

Can you have him sign a new one at his next appt (11/12)? I'll hold the
request in the queue until then.

Ray Dominguez
Health Information Management""")

mk('phi', 'names', 'Lupe',
   'Colleen Harper <charper@riverbendbh.org>',
   'Detox Admissions <detox.admit@riverbendbh.org>',
   'bed tonight?', when(2024, 10, 28, 8, 3),
   """Hi team, just fyi Lupe from my Tuesday women's group called me this
morning - she relapsed over the weekend (drinking, and she thinks some
benzos from a friend), and she's asking to come back to detox. She did
well with you in June. She's shaky and scared of seizing again.

Any bed today? She can get a ride at 1pm. Her number is in the EHR.

Colleen Harper, CADC
Women's Program""")

mk('phi', 'names', 'Wiśniewska',
   'Agnieszka Dąbrowski <adabrowski@riverbendbh.org>',
   'Injection Clinic <injection.clinic@riverbendbh.org>',
   'Mrs. Wiśniewska - Vivitrol due', when(2024, 11, 8, 10, 26),
   """Hi,

Mrs. Łucja Wiśniewska is due for her next Vivitrol 380mg injection on 11/14
(last one 10/17, L glute). She asked if she can come at 8am before work.
Please also check the last injection site, she said it was sore and a bit
hard for about a week.

She prefers Polish, I can sit in if needed.

Agnieszka
Case Manager""")

mk('phi', 'names', 'Al-Haddad',
   'Intake Coordinator <intake@riverbendbh.org>',
   'Dr. Harpreet Kaur <hkaur@riverbendbh.org>',
   'new intake 11/5 - Mr. Al-Haddad', when(2024, 11, 4, 16, 12),
   """Dr. Kaur,

Mr. Abdel-Rahman Al-Haddad is on your schedule tomorrow at 1pm for a
psychiatric eval. Referred by his PCP. He screened PHQ-9 = 22 and GAD-7
= 17 at intake; answered "several days" on item 9. Crisis counselor did a
C-SSRS at intake - low risk, no plan. He'd like an Arabic interpreter,
we booked one through LanguageLine video.

He was on escitalopram before he moved here from Michigan, stopped in
August when he ran out.

Thanks,
Sofia
Intake""")

mk('phi', 'names', 'Venkataraman',
   'Ben Farrow <bfarrow@riverbendbh.org>',
   'DBT Team <dbt.team@riverbendbh.org>',
   'Re: Fwd: skills group roster changes', when(2024, 10, 9, 11, 40),
   """Works for me. I'll call Priyanka today to let her know about the move to
Thursday. She's on week 14 of the 24 so she'll finish in March.

Ben

On Wed, Oct 9, 2024 at 10:58 AM Nadia Quintero <nquintero@riverbendbh.org> wrote:
> Adding Ben since he has individual with her.
>
> ---------- Forwarded message ---------
> From: Martin Hsu <mhsu@riverbendbh.org>
> Date: Tue, Oct 8, 2024 at 4:30 PM
> Subject: skills group roster changes
>
> Priyanka Venkataraman asked to switch from the Monday evening DBT
> skills group to Thursday because of her new job schedule. She's had
> 2 self-harm urges this month but used her skills both times per her
> diary cards. Any objection?
>
> Martin""")

mk('phi', 'names', 'Hrytsenko',
   'Ilse Brandt <ibrandt@riverbendbh.org>',
   'Court Services <court.services@riverbendbh.org>',
   'Hrytsenko, O. -- residential placement', when(2024, 10, 30, 9, 50),
   """court services folks,

just got word hrytsenko was sentenced yesterday - judge ordered 90 day
residential as condition of probation, needs to report by 11/6. he's
still in county jail so we'll need to coordinate pickup. he was with us
for detox back in feb (opioids + alcohol) and left AMA day 3.

can someone pull the old assessment so we don't redo the whole ASAM?

Ilse Brandt, MSW
Court Liaison""")
# =====================================================================
# PHI: self
# =====================================================================
mk('phi', 'self', 'Bell',
   'Marcus Bell <marcusbell1979@gmail.com>',
   'Dana Whitcomb <dwhitcomb@riverbendbh.org>',
   'need to move thursday', when(2024, 10, 21, 22, 14),
   """Hi Dana,

This is Marcus Bell (DOB 7/22/1979, the front desk always asks). I need to
move my Thursday session if theres anything friday or next monday. Work
changed my shift.

Honestly its been a rough week. I started drinking again, not a lot, a
few beers most nights since my brother's thing. I didnt want to wait till
Thursday to say that. I'm not in danger or anything just wanted you to
know before I see you.

Thanks
Marcus""")

mk('phi', 'self', 'Porter',
   'Tamara Porter <tporter.home@outlook.com>',
   'Youth & Family Intake <youth.intake@riverbendbh.org>',
   "My son's intake on Wednesday", when(2024, 10, 14, 6, 55),
   """Hello,

My son Elijah Porter (he's 15, born 03/09/2009) has his intake with your
adolescent program on Wednesday at 3:30. I wanted to give you some
background before so he doesn't have to repeat everything in front of me.

Over the summer I found cuts on his arms and thighs. His school counselor
found vape cartridges with THC in his backpack in September, and last week
I found a bottle of my Xanax with about 10 missing. He says he didn't take
them but I don't believe him. His pediatrician Dr. Mensah said to call you.

He is on no medications. He did have a concussion playing football in
2022 if that matters.

Please call me at 717-555-0163 if there's anything I need to bring.

Thank you,
Tamara Porter""")

mk('phi', 'self', 'Achebe',
   'Rosalind Achebe <r.achebe@yahoo.com>',
   'OTP Counselors <otp.counselors@riverbendbh.org>',
   'take home request - family funeral', when(2024, 11, 12, 7, 30),
   """To whoever handles take-home requests,

My name is Rosalind Achebe and I dose every morning at the Canal St clinic.
I have been on 95 mg for over a year and my last 14 months of urines have
all been clean (my counselor is Carla B). My grandmother passed and the
funeral is in Atlanta on the 23rd. I would need to leave the 21st and be
back the 25th.

Is it possible to get take homes for those days or do I need to guest dose
somewhere in Atlanta? I have a lockbox already.

Thank you so much
Rosalind
404-555-0127""",
   html="""<div dir="ltr">To whoever handles take-home requests,<br><br>
My name is Rosalind Achebe and I dose every morning at the Canal St clinic. I have been on 95 mg for over a year and my last 14 months of urines have all been clean (my counselor is Carla B). My grandmother passed and the funeral is in Atlanta on the 23rd. I would need to leave the 21st and be back the 25th.<br><br>
Is it possible to get take homes for those days or do I need to guest dose somewhere in Atlanta? I have a lockbox already.<br><br>
Thank you so much<br>Rosalind<br>404-555-0127</div>""")

mk('phi', 'self', 'Mulroney',
   'jake mulroney <jmulroney88@gmail.com>',
   'court.services@riverbendbh.org',
   'letter for court', when(2024, 11, 7, 19, 3),
   """hi i need a letter for my court date on 11/18 saying i finished the 16
week dui program. last class was oct 31. my case number is CR-2024-00817
and my lawyer says it needs to be on letterhead and say my attendance and
that my breath tests were all clean. can you email it to me and my lawyer
(dkessler@kesslerlaw.net)?

thanks
Jake""")

mk('phi', 'self', 'Lindqvist',
   'Karin Lindqvist-Moore <karin.lm@comcast.net>',
   'Detox Unit <detox.admit@riverbendbh.org>',
   'My father Harold Lindqvist - admitted Saturday', when(2024, 10, 7, 12, 44),
   """Hello,

My dad, Harold Lindqvist, was admitted to your detox unit Saturday night
(10/5). I'm his healthcare power of attorney - I can send the paperwork.
He's 74 and has been drinking about a fifth of vodka a day since my mom
died. He also has atrial fibrillation and takes Eliquis and metoprolol,
and I'm not sure he brought his pills with him.

He called me this morning and sounded confused, didn't know what day it
was. Is that the withdrawal? Should he be in a hospital instead?

Please call me, 610-555-0191. I'm at work but will step out.

Karin Lindqvist-Moore""")

mk('phi', 'self', 'Harlow',
   'Destiny Harlow <destiny.harlow92@gmail.com>',
   'Gina Ruiz <gruiz@riverbendbh.org>',
   'zoloft', when(2024, 10, 18, 23, 51),
   """hey its destiny, can u tell dr patel the zoloft is making me sick to my
stomach since he went up to 100. like throwing up in the morning. can i go
back to 50 or do i need an appt. i have like 6 pills left of the old ones

Sent from my iPhone""")

mk('phi', 'self', 'Schreiber',
   'Benedikt Schreiber <b.schreiber@posteo.net>',
   'JR Castellanos <jr.castellanos@riverbendbh.org>',
   'Thank you + pharmacy question', when(2024, 11, 10, 20, 20),
   """JR,

I wanted to say thank you for everything in the last three months. Today
is 90 days sober for me (first time since I was 19). I would not have kept
going to meetings without the rides and the talks in the car.

One question - the pharmacy says they need my date of birth and the
prescriber name on the naltrexone refill, but they have my birthday wrong
in their system. It's 12 January 1986, not 1 December. Do I fix that with
them or does the clinic have to?

Benedikt""", cte='base64')
# =====================================================================
# PHI: ids
# =====================================================================
mk('phi', 'ids', '',
   'Detox Nursing <detox.nursing@riverbendbh.org>',
   'Dr. Lena Fairbanks <lfairbanks@riverbendbh.org>',
   'CIWA 18 bed 4', when(2024, 10, 26, 2, 37),
   """Dr F - bed 4, pt ID 00482917, dob 3.4.88, admitted tonight 2245.
CIWA 18 at 0200, tremor 4, diaphoretic, HR 118, BP 162/98. Last drink
reported ~1800. Gave librium 50mg per protocol at 0215, rechecking at
0315. Hx of withdrawal seizure 2021 per old chart. Want to add a
standing dose or keep symptom-triggered?

Nights RN, Detox""")

mk('phi', 'ids', 'Tillman',
   'Provider Services <provider.services@kchp-plan.com>',
   'Billing <billing@riverbendbh.org>',
   'Records request - claim 2024-1008-774193', when(2024, 10, 31, 10, 2),
   """Riverbend Behavioral Health Billing,

Keystone Community Health Plan requests supporting documentation for
the claim below before payment can be processed.

  Member:        TILLMAN, GRACE
  Member ID:     WXK882741136
  DOB:           19880304
  Claim #:       2024-1008-774193
  DOS:           10/02/2024 - 10/07/2024
  Rev code:      0126 (detox / residential)
  Billed:        $4,860.00

Please fax the admission assessment, daily nursing notes and discharge
summary to 1-888-555-0150 within 30 days. Reference request RR-55810.

Keystone Community Health Plan | Provider Services
This email was sent from an unmonitored mailbox.""")

mk('phi', 'ids', 'Castillo',
   'Maple Street Pharmacy <rx@maplestreetrx.com>',
   'OTP Prescribers <prescribers@riverbendbh.org>',
   'callback needed - bup script', when(2024, 11, 2, 11, 48),
   """Please call us back re: Suboxone script rec'd today.

Pt: Ramon Castillo
DOB: 4 Mar 1988
Addr on file: 412 Sycamore St Apt 3B, Millbrook
Ph: (717) 555-0147
Rx: buprenorphine/naloxone 8mg/2mg film, 1 1/2 films SL daily, #45

Qty doesn't match days supply written (14 days). Also PDMP shows a
tramadol fill from another prescriber 10/29. Need clarification before
we fill.

Maple Street Pharmacy, 717-555-0170
Pharmacist: T. Huang, RPh""")

mk('phi', 'ids', 'Reyes',
   'Northgate Toxicology Results <results@northgatetox.com>',
   'OTP Nursing <otp.nursing@riverbendbh.org>',
   'ABNORMAL RESULT ALERT Acct 7730-22918', when(2024, 10, 17, 6, 0),
   """NORTHGATE TOXICOLOGY - RESULT NOTIFICATION

Client Acct#: 7730-22918 (Riverbend BH - OTP)
Specimen ID:  24-UT-558102
Patient:      REYES, CARMEN L
Collected:    10/15/2024 08:10
Received:     10/16/2024 14:22

  Test                    Result     Cutoff
  Methadone/EDDP          POS        100 ng/mL
  Oxycodone               POS        100 ng/mL
  Fentanyl                NEG        1 ng/mL
  Creatinine              14 mg/dL   L  (<20 dilute)
  Specific gravity        1.002      L

Comment: specimen dilute; interpret negatives with caution.

Do not reply to this message. Log in to the provider portal for the full report.""")

mk('phi', 'ids', '',
   'Hector Salas <hsalas@riverbendbh.org>',
   'Eligibility <eligibility@riverbendbh.org>',
   'quick elig check', when(2024, 11, 5, 14, 3),
   """can you run this one, walk-in wanting to start methadone today

medicaid id 1029384756A
dob 1965-11-30
ssn last 4 4471
zip 17062

says she had Keystone before, switched to the state plan in July. if she's
active we can do the intake now, she's in withdrawal in the lobby.

hector""")

mk('phi', 'ids', '',
   'Crisis Line Supervisor <crisis.supv@riverbendbh.org>',
   'Crisis Follow-Up Team <crisisfu@riverbendbh.org>',
   'f/u list addition', when(2024, 11, 3, 5, 20),
   """Add to today's follow-ups:

caller ID 717-555-0193, male, 40s, chart #C-10552. Called 0340, SI with
plan (pills), had been drinking. Agreed to remove meds and call back;
callback at 0445 he answered, said he flushed them. Declined mobile crisis.
Lives at 27 Orchard Ln, Ashby. Has outpt therapist here (Monday clinic).

Please call by 10am and loop in his therapist.

- M. Oduya, crisis supervisor on duty""")

mk('phi', 'ids', 'Renaud',
   'Clerk of Court <clerk@tollisoncourts.gov>',
   'Court Services <court.services@riverbendbh.org>',
   'Order for treatment - Docket 24-CR-3391', when(2024, 10, 23, 15, 15),
   """Attached for your records is the court's order directing treatment.

Commonwealth v. Philippe Renaud
Docket No. 24-CR-3391
Defendant DOB: 02/17/1991
Order: Defendant shall complete a 90-day residential substance use
disorder treatment program at Riverbend Behavioral Health, followed by
outpatient aftercare as recommended, and shall sign releases permitting
the provider to report attendance and toxicology results to Adult
Probation. Your chart ref provided by defense: 88213.

Tollison County Court of Common Pleas - Criminal Division
Clerk's Office, 717-555-0110""")

mk('phi', 'ids', '',
   'Transport Desk <transport@riverbendbh.org>',
   'dispatch@lancerides-nemt.com',
   'standing ride request Mon-Sat', when(2024, 10, 10, 13, 30),
   """Hi Lance Rides dispatch,

Please set up a standing ride Mon-Sat starting 10/14:

Pickup 7:15am, 88 Elmwood Terrace Unit 2, Millbrook
Drop: Riverbend OTP, 1400 Canal St (methadone dosing)
Return pickup 8:30am same place
Member # 448120093 (state Medicaid NEMT)
Client uses a wheelchair, needs lift van. First initial D.

Auth # on our side NEMT-24-6612. Call me with questions.

Trish Albright
Transportation Coordinator, x240""")
# =====================================================================
# PHI: lists
# =====================================================================
mk('phi', 'lists', 'Sorensen',
   'Dr. Lena Fairbanks <lfairbanks@riverbendbh.org>',
   'Detox Team <detox.team@riverbendbh.org>',
   'huddle 10/29', when(2024, 10, 29, 7, 5),
   """Morning huddle - detox census 9/12

* Sorensen, Kyle (rm 2) - day 3 EtOH, CIWA 4-6, finishing librium taper tomorrow, wants IOP
* Matos, Bianca (rm 3) - day 2 opioid, COWS 11, started bup 4mg x2 yesterday, +nausea
* Greeley, Frank (rm 4) - NEW last night, CIWA 18 -> 10 after 2 doses, hx seizure. watch
* Abubakar, Zainab (rm 5) - day 4 benzo taper (clonazepam), anxious, pysch consult today
* Pham, Duc (rm 6) - d/c today to residential at Hope House, transport 11am
* Ellery, Jo (rm 7) - day 1 meth + EtOH, slept 14 hrs, eating, no w/d sx
* Marchetti, Lou (rm 8) - day 5, LFTs pending, wants to leave AMA - talk to him first thing
* Whitehorse, Ada (rm 9) - day 2 EtOH, BP high 170s, gave clonidine
* Kerr, Tommy (rm 11) - day 3 opioid, on methadone 30mg, OTP intake Thurs

open beds: 1, 10, 12. two pending from ED.

LF""")

otp_tab = ("Client\tClient #\tDose (mg)\tLast dosed\tMissed\tNote\n"
           "Ferreira, Joao\t20-1147\t85\t10/21\t3\tcalled, has flu\n"
           "Haynes, Latrice\t19-0832\t120\t10/19\t5\tno answer x2 - taper risk\n"
           "Ostrowski, Paul\t22-0415\t60\t10/22\t2\t\n"
           "Bui, Thanh\t23-0098\t45\t10/20\t4\tin jail per family?\n"
           "McCready, Shawn\t21-1560\t100\t10/22\t2\tcar broke down\n"
           "Olawale, Funmi\t24-0211\t30\t10/18\t6\tnew pt - restart protocol if returns\n")
mk('phi', 'lists', 'Ferreira',
   'Kristen Yoder <kyoder@riverbendbh.org>',
   'OTP Counselors <otp.counselors@riverbendbh.org>',
   'missed dose report wk of 10/21', when(2024, 10, 25, 14, 10),
   "Here's this week's missed dose list, copied out of the dosing system. "
   "Please outreach your own folks by Monday and chart it.\n\n"
   + otp_tab +
   "\nAnyone missing 5+ needs a dose reduction review before they dose again "
   "(Haynes, Olawale). Dr. O is aware.\n\nKristen")

mk('phi', 'lists', 'Whitaker',
   'PO Denise Arrington <darrington@tollisoncounty.gov>',
   'Court Services <court.services@riverbendbh.org>',
   'RE: monthly compliance - my caseload', when(2024, 11, 1, 9, 33),
   """Thanks Ilse. Confirming I have these as correct for the Nov report.
Let me know if any are off.

| Name               | DOB        | Program      | Attend | UA results Oct        |
|--------------------|------------|--------------|--------|-----------------------|
| Whitaker, Dale     | 06/11/1984 | IOP          | 11/12  | neg, neg, neg         |
| Santiago, Rosa     | 01/30/1990 | OP + MAT     | 4/4    | bup only x3           |
| Kaminski, Erik     | 09/02/1977 | DUI educ     | 6/8    | n/a (breath neg)      |
| Lowery, Tasha      | 12/25/1995 | IOP          | 7/12   | neg, COC pos, neg     |
| Begay, Nathan      | 03/14/1988 | Residential  | 30/30  | neg                   |

Lowery's positive will go to the judge - I'll call her.

Denise Arrington
Adult Probation Officer II, Tollison County
(717) 555-0186

> From: Ilse Brandt <ibrandt@riverbendbh.org>
> Sent: Thursday, October 31, 2024 4:40 PM
> Subject: monthly compliance - my caseload
>
> Denise - table below for your 5 (all have current consents). -Ilse""" + DISC)

grp_csv = ("group,date,client_name,dob,attended,ua_collected,notes\n"
           "Relapse Prevention PM,2024-10-22,Hollis Graham,1979-04-18,Y,Y,\n"
           "Relapse Prevention PM,2024-10-22,Ebony Stratton,1992-08-02,Y,N,left early - childcare\n"
           "Relapse Prevention PM,2024-10-22,Miguel Ángel Soto,1986-01-27,N,N,called out sick\n"
           "Relapse Prevention PM,2024-10-22,Ruth-Ann Pickering,1969-11-09,Y,Y,shared re: 60 days\n"
           "Relapse Prevention PM,2024-10-22,Darnell Akins,1998-05-30,Y,Y,\n"
           "Relapse Prevention PM,2024-10-22,Yusuf Demir,1983-07-14,Y,Y,cravings high - flag for indiv\n"
           "Relapse Prevention PM,2024-10-22,Colby Fraser,2001-02-21,N,N,no call no show (2nd)\n")
mk('phi', 'lists', 'Graham',
   'Owen Matthias <omatthias@riverbendbh.org>',
   'Billing <billing@riverbendbh.org>',
   'group attendance 10/22 for billing', when(2024, 10, 23, 8, 58),
   """Attendance sheet for last night's RP group attached (csv). 5 billable,
2 no shows. H0005 for everyone who attended, 90 min.

Owen""",
   atts=[('RP_group_2024-10-22.csv', grp_csv, 'text', 'csv')])

caseload = [
    ['Client', 'DOB', 'Program', 'Primary Dx', 'Meds', 'Next appt', 'New CM'],
    ['Abernathy, Lewis', '05/06/1971', 'CSP', 'Schizoaffective', 'clozapine 300', '11/04', 'J. Whitley'],
    ['Duarte, Sônia', '10/19/1985', 'OP', 'Bipolar I', 'lithium 900', '11/06', 'J. Whitley'],
    ['Gallagher, Maeve', '02/28/1993', 'OP+MAT', 'OUD, PTSD', 'bup 16', '11/05', 'A. Dabrowski'],
    ['Iwu, Chinedu', '07/07/1980', 'CSP', 'MDD w/ psychosis', 'sertraline 150, risperidone 2', '11/08', 'A. Dabrowski'],
    ['Lachance, Rémy', '12/01/1964', 'OP', 'AUD, GAD', 'naltrexone 50', '11/12', 'J. Whitley'],
    ['Mbeki, Thandiwe', '03/22/1999', 'OP', 'BPD', 'none', '11/07', 'H. Salas'],
    ['Novak, Jiří', '09/15/1958', 'CSP', 'Schizophrenia', 'Invega Sustenna 156 q4w', '11/15', 'H. Salas'],
]
mk('phi', 'lists', 'Abernathy',
   'Michelle Gaines <mgaines@riverbendbh.org>',
   'Case Management <case.mgmt@riverbendbh.org>',
   "Reassignment of Terri's caseload", when(2024, 10, 31, 16, 45),
   """All,

As you know Terri's last day is tomorrow. Attached is the reassignment
spreadsheet for her 7 clients. Please review your new folks' charts this
week and try to make a warm handoff call before the next appt listed.
Novak's injection is due on the 15th - Hector please make sure that
doesn't get missed.

Michelle Gaines, LCSW
Director of Case Management""",
   atts=[('Caseload_reassign_TerriM.xlsx', xlsx(caseload, 'Reassign'),
          'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet')])

noshow_csv = ("last_name,first_name,phone,address,program,last_visit,counselor,reason_flagged\n"
              "Pruitt,Alana,717-555-0121,\"19 Birch Ct, Millbrook\",OTP,2024-10-02,C. Benning,missed 14 days methadone\n"
              "Oyelaran,Tobi,717-555-0138,\"410 W Main St #5, Ashby\",IOP,2024-10-09,O. Matthias,3 consecutive no-shows\n"
              "Szabo,Krisztina,717-555-0144,\"7 Quarry Rd, Ashby\",OP,2024-09-30,P. Raman,post-crisis no f/u\n"
              "Hardwick,Levi,717-555-0156,\"2231 Route 9, Dunmore\",OTP,2024-10-11,C. Benning,positive fentanyl + missed\n"
              "Espinal,Yesenia,717-555-0168,\"55 Hill St Apt 1, Millbrook\",Bup clinic,2024-10-04,Dr. Kaur,script lapsed\n")
mk('phi', 'lists', 'Pruitt',
   'Data & Quality <dataquality@riverbendbh.org>',
   'Peer Recovery Coaches <peer.coaches@riverbendbh.org>',
   'outreach list - lapsed engagement (zip, pw by phone)', when(2024, 10, 28, 9, 30),
   """Peer team,

This month's lapsed-engagement outreach list is in the zip. Please try
each person twice this week (call + home visit if you can) and note
outcomes in the outreach tab of the EHR. Password for the zip was sent by
text to team leads.

(it's actually not encrypted this time - IT's 7-zip license expired, sorry -
please don't forward outside the agency)

Data & Quality Team""",
   atts=[('outreach_oct2024.zip',
          zbytes([('outreach_oct2024.csv', noshow_csv)]), 'application', 'zip')])

mk('phi', 'lists', 'Quintanilla',
   'Andre Price <aprice@riverbendbh.org>',
   'Weekend On-Call <oncall@riverbendbh.org>',
   'weekend crisis f/u sign-out 11/8-11/10', when(2024, 11, 8, 16, 58),
   """Sign-out for weekend on-call. Call each at least once/day unless noted.

NAME                 PHONE          RISK  SITUATION / PLAN
-------------------  -------------  ----  ----------------------------------------
Quintanilla, Bea     717-555-0102   HIGH  SI after breakup, gun removed by brother
                                          11/6. call Sat+Sun AM. therapist Leah S.
Oduya-Banks, Reggie  717-555-0115   MED   released from St Brigid psych 11/7,
                                          needs to pick up olanzapine Sat
Tran, Kim-Ly         717-555-0129   MED   panic attacks, ran out of hydroxyzine,
                                          Dr Kaur sent refill Fri
Fitzpatrick, Colm    717-555-0133   LOW   post-detox, 9 days sober, just check in
Haddad, Samira       717-555-0147   MED   mom called line worried re: not eating,
                                          ED eval? has intake Tue

Pager 717-555-0199 if anyone needs mobile crisis.
Andre""")
# =====================================================================
# PHI: struct
# =====================================================================
mk('phi', 'struct', 'Moyer',
   'Kevin Tsai <ktsai@riverbendbh.org>',
   'CareLedger Support <support@careledger-ehr.com>',
   'Case 00391822 - ADT feed not creating encounter', when(2024, 10, 19, 9, 12),
   """Hi support,

Following up on case 00391822. Detox admissions from last night are still
not creating an encounter on our side. Here's one of the messages from the
interface log exactly as it came in (the A01 processes but the PV1 looks
like it's getting dropped):

MSH|^~\\&|RBH_ADT|RIVERBEND|CARELEDGER|RBH|20241018223510||ADT^A01|MSG00048213|P|2.5.1
EVN|A01|20241018223500
PID|1||00517734^^^RBH^MR||MOYER^DANIEL^J||19820611|M|||340 FRONT ST^^MILLBROOK^PA^17062||(717)555-0175|||S||RBH5517734
PV1|1|I|DETOX^04^A^RBH||||1429^FAIRBANKS^LENA^^^MD|||SUB||||7|||1429^FAIRBANKS^LENA^^^MD|IP|V00921184|||||||||||||||||||||||||20241018223000
DG1|1||F10.239^Alcohol dependence with withdrawal, unspecified^I10|||A
IN1|1|KCHP01|880|KEYSTONE COMMUNITY HEALTH PLAN|||||||||||1|MOYER^DANIEL^J|01|19820611|||||||||||||||||||||WXK551203984

Our interface engine is Rhapsody 6.x. Let me know if you need the ACK.

Kevin Tsai
Interface Analyst, IT
Riverbend Behavioral Health""")

oru = ("MSH|^~\\&|NGTOX|NORTHGATE|RBH_LAB|RIVERBEND|20241016141500||ORU^R01|NG2410160042|P|2.5.1\r"
       "PID|1||00461120^^^RBH^MR||SANTOS^ISABEL^M||19940223|F|||12 CEDAR WAY^^ASHBY^PA^17035\r"
       "ORC|RE|RB884120|24-UT-559317\r"
       "OBR|1|RB884120|24-UT-559317|UDS12^Urine drug screen 12 panel|||20241015081500\r"
       "OBX|1|ST|BUP^Buprenorphine||POSITIVE||5|A|||F\r"
       "OBX|2|ST|NBUP^Norbuprenorphine||POSITIVE||5|A|||F\r"
       "OBX|3|ST|FEN^Fentanyl||POSITIVE||1|A|||F\r"
       "OBX|4|ST|AMP^Amphetamines||NEGATIVE||500|N|||F\r"
       "OBX|5|NM|CREAT^Creatinine||88|mg/dL|20-400|N|||F\r")
mk('phi', 'struct', 'Santos',
   'Lab Interface Alerts <lab.interface@riverbendbh.org>',
   'Kevin Tsai <ktsai@riverbendbh.org>',
   'Unmatched result - manual reconcile needed', when(2024, 10, 16, 14, 16),
   """An inbound result could not be matched to an open order.

Reason: ORC-2 placer order RB884120 not found (order may have been cancelled
in the bup clinic before collection). Message attached.

Please reconcile manually in Lab Inbox > Unmatched.

-- automated message, RBH Integration Engine --""",
   atts=[('NG2410160042.hl7', oru.encode('ascii'), 'application', 'octet-stream')])

mk('phi', 'struct', 'Greeley',
   'Sharon Tully <stully@riverbendbh.org>',
   'ClaimBridge Support <help@claimbridge.net>',
   'rejected 837 - 2300 loop?', when(2024, 11, 11, 10, 40),
   """Hi,

Our batch from Friday had one claim rejected with "2300 CLM05-3 invalid
frequency code". Pasting the claim segment below from the 837 (I cut out
the other claims). This is a residential detox stay and I don't see what's
wrong with it. Can someone look?

ST*837*0042*005010X222A1~
BHT*0019*00*RB24110801*20241108*1530*CH~
NM1*85*2*RIVERBEND BEHAVIORAL HEALTH*****XX*1629081145~
N3*1400 CANAL ST~
N4*MILLBROOK*PA*17062~
NM1*IL*1*GREELEY*FRANK*T***MI*WXK330719562~
N3*58 POPLAR AVE~
N4*DUNMORE*PA*18512~
DMG*D8*19660903*M~
CLM*RBH0091177*3240.00***55:B:7*Y*A*Y*Y~
HI*ABK:F10230*ABF:F1120~
LX*1~
SV1*HC:H0010*3240.00*UN*4***1~
DTP*472*RD8*20241028-20241101~
SE*15*0042~

Thanks,
Sharon Tully
Billing Specialist, Riverbend Behavioral Health
717-555-0100 x305""")

era = ("ISA*00*          *00*          *ZZ*KCHP01         *ZZ*RBH880         *241104*0600*^*00501*000004410*0*P*:~\n"
       "GS*HP*KCHP01*RBH880*20241104*0600*4410*X*005010X221A1~\n"
       "ST*835*0001~\n"
       "BPR*I*412.50*C*ACH*CCP*01*031000503*DA*8827105*1231234567**01*043000096*DA*2219980*20241106~\n"
       "TRN*1*8827105332*1231234567~\n"
       "N1*PR*KEYSTONE COMMUNITY HEALTH PLAN~\n"
       "N1*PE*RIVERBEND BEHAVIORAL HEALTH*XX*1629081145~\n"
       "CLP*RBH0090412*1*1230.00*412.50*0*MC*24300814470*11*1~\n"
       "NM1*QC*1*DUARTE*SONIA****MI*WXK772014555~\n"
       "DTM*232*20241002~\n"
       "SVC*HC:H0020*630.00*0*UN*21~\n"
       "CAS*CO*197*630.00~\n"
       "SVC*HC:99214*600.00*412.50*UN*1~\n"
       "CAS*CO*45*187.50~\n"
       "SE*14*0001~\n"
       "GE*1*4410~\n"
       "IEA*1*000004410~\n")
mk('phi', 'struct', 'Duarte',
   'Sharon Tully <stully@riverbendbh.org>',
   'Michelle Gaines <mgaines@riverbendbh.org>',
   'FW: Keystone denial - methadone admin no auth', when(2024, 11, 6, 11, 25),
   """Michelle - Keystone denied the methadone admin (H0020) for Sônia Duarte,
CARC 197 = no precert. The E&M paid. Her auth was supposed to be done when
she transferred from the Dunmore clinic in Sept. Do you know who did her
intake? I need the auth # or we eat $630. Raw 835 attached.

Sharon""",
   atts=[('KCHP_835_20241104.txt', era, 'text', 'plain')])

mk('phi', 'struct', 'Whitlock',
   'Hector Salas <hsalas@riverbendbh.org>',
   'Eligibility <eligibility@riverbendbh.org>',
   'RE: quick elig check', when(2024, 11, 5, 14, 52),
   """nvm got it myself thru the portal, she's active. pasting the 271 for the
chart since the portal screenshot is blurry

ST*271*0001*005010X279A1~
BHT*0022*11*EL88120445*20241105*1449~
HL*1**20*1~
NM1*PR*2*PA MEDICAL ASSISTANCE*****PI*PAMA01~
HL*2*1*21*1~
NM1*1P*2*RIVERBEND BEHAVIORAL HEALTH*****XX*1629081145~
HL*3*2*22*0~
NM1*IL*1*WHITLOCK*BRENDA*A***MI*1029384756A~
N3*9 KNOX ALLEY~
N4*MILLBROOK*PA*17062~
DMG*D8*19651130*F~
EB*1*IND*30*MC*HEALTHCHOICES BEHAVIORAL~
EB*1*IND*AI*MC**27*0~
DTP*291*RD8*20240701-20241231~
SE*14*0001~

starting her intake now

hector

> -----Original Message-----
> From: Hector Salas
> Sent: Tuesday, November 5, 2024 2:03 PM
> To: Eligibility
> Subject: quick elig check
>
> can you run this one, walk-in wanting to start methadone today""")

fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "rbh-00533871",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "00533871"}],
        "name": [{"family": "Kozlowski", "given": ["Tereza"]}],
        "gender": "female",
        "birthDate": "1990-06-14",
        "telecom": [{"system": "phone", "value": "717-555-0181"}],
        "address": [{"line": ["73 Laurel Dr"], "city": "Ashby", "state": "PA", "postalCode": "17035"}]
      }
    },
    {
      "resource": {
        "resourceType": "MedicationStatement",
        "id": "ms-77120",
        "status": "active",
        "medicationCodeableConcept": {"text": "buprenorphine-naloxone 8 mg-2 mg sublingual film"},
        "subject": {"reference": "Patient/rbh-00533871"},
        "effectivePeriod": {"start": "2024-03-11"},
        "dosage": [{"text": "2 films under the tongue daily"}]
      }
    },
    {
      "resource": {
        "resourceType": "Condition",
        "id": "cond-4410",
        "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F11.20", "display": "Opioid dependence, uncomplicated"}]},
        "subject": {"reference": "Patient/rbh-00533871"}
      }
    }
  ]
}
"""
mk('phi', 'struct', 'Kozlowski',
   'Dev Malhotra <dmalhotra@lumenhie.org>',
   'Kevin Tsai <ktsai@riverbendbh.org>',
   'Re: FHIR export test - Part 2 segmentation', when(2024, 10, 24, 16, 30),
   """Kevin,

We pulled the attached bundle from your production endpoint this afternoon -
this is a real patient, not the test tenant. The MedicationStatement and
Condition came through WITHOUT the 42 CFR Part 2 security label
(meta.security should carry "42CFRPart2"), so the HIE would have made it
visible to every participating provider. We've quarantined it on our side.

Can you check the export config before tomorrow's run?

Dev Malhotra
Integration Engineer, Lumen Health Information Exchange""",
   atts=[('export_bundle_1024.json', fhir.encode('utf-8'), 'application', 'json')])

ccd = """<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20241101"/>
  <recordTarget>
    <patientRole>
      <id extension="MRN4471902" root="2.16.840.1.113883.3.5501"/>
      <addr><streetAddressLine>1120 Wyndham Rd</streetAddressLine><city>Dunmore</city><state>PA</state><postalCode>18512</postalCode></addr>
      <patient>
        <name><given>Nkechi</given><family>Obi-Akande</family></name>
        <administrativeGenderCode code="F"/>
        <birthTime value="19770418"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section><title>Problems</title>
      <text>Major depressive disorder, recurrent, severe; Alcohol use disorder, moderate, in early remission</text>
    </section></component>
    <component><section><title>Medications</title>
      <text>venlafaxine ER 150 mg daily; acamprosate 666 mg TID</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>"""
mk('phi', 'struct', 'Obi-Akande',
   'Referrals <referrals@stbrigidmed.org>',
   'Intake <intake@riverbendbh.org>',
   'Referral: outpatient therapy + med mgmt', when(2024, 11, 1, 12, 5),
   """Good afternoon,

Referring the patient below for outpatient therapy and psychiatric
medication management after her inpatient stay (11/1 discharge). Our
system exports the CCD as text when the Direct address bounces, so it's
pasted here:

""" + ccd + """

Please contact the patient to schedule. Her discharge summary will follow
by fax.

St. Brigid Regional Medical Center - Behavioral Health Referrals
Tel 717-555-0400 | Fax 717-555-0401""")
# =====================================================================
# PHI: lang
# =====================================================================
mk('phi', 'lang', 'Ruiz Beltrán',
   'Guadalupe Beltrán <lupitabeltran71@hotmail.com>',
   'Nadia Quintero <nquintero@riverbendbh.org>',
   'Mi hijo Alejandro - desintoxicación', when(2024, 10, 16, 21, 30),
   """Buenas noches señora Nadia,

Le escribe Guadalupe Beltrán, la mamá de Alejandro Ruiz Beltrán. Él
ingresó a la unidad de desintoxicación el lunes y me llamó hoy muy
nervioso, dice que no puede dormir y que le duelen mucho los huesos.
¿Le están dando algo para la abstinencia? Antes usaba pastillas
(Percocet) y últimamente fentanilo, él mismo me lo confesó.

También quería saber si después de la desintoxicación puede empezar con
la Suboxona aquí con ustedes o si tiene que ir a otro lugar. Él firmó el
permiso para que ustedes hablen conmigo.

Mi teléfono es 717-555-0158, trabajo de 7 a 3.

Muchas gracias por todo,
Guadalupe""")

mk('phi', 'lang', 'Sousa',
   'Renata Campos <rcampos@riverbendbh.org>',
   'Wellington Sousa <wsousa.pa@gmail.com>',
   'Lembrete: consulta e exame de urina - quinta-feira', when(2024, 10, 29, 15, 5),
   """Olá Sr. Wellington,

Tudo bem? Só para lembrar da sua consulta de aconselhamento na quinta
(31/10) às 10h, comigo, na clínica da Canal St. Depois da consulta o
senhor precisa fazer o exame de urina, porque o último (22/10) deu
positivo para cocaína e o Dr. Otieno quer repetir antes de mudar a
dose de metadona.

Sobre a sua pergunta: sim, o senhor pode continuar tomando a
gabapentina que o médico de família receitou, mas ele pediu para trazer
o frasco na quinta para conferir a dose.

Qualquer coisa me liga: (717) 555-0142 ramal 231.

Abraço,
Renata Campos, LPC
Conselheira - Programa de Tratamento com Opioides
Riverbend Behavioral Health""" + DISC, cte='quoted-printable')

mk('phi', 'lang', 'Trần Văn Minh',
   'Tran Thu Huong <thuhuong.tran@gmail.com>',
   'OTP Front Desk <otp.frontdesk@riverbendbh.org>',
   'Về liều methadone của bố tôi - Trần Văn Minh', when(2024, 11, 4, 18, 12),
   """Chào phòng khám,

Bố tôi là Trần Văn Minh, sinh ngày 12/05/1958, đang uống methadone 70mg
mỗi sáng tại phòng khám Canal St. Tuần này bố tôi bị ngã và phải vào
bệnh viện St. Brigid, bác sĩ ở đó cho bố uống thêm thuốc giảm đau
oxycodone. Bố tôi hỏi có được uống chung với methadone không, và nếu bố
nằm viện thêm vài ngày thì ai sẽ cho bố uống methadone?

Bố tôi không nói được tiếng Anh nhiều, xin vui lòng gọi cho tôi (con
gái) ở số 717-555-0196.

Cảm ơn,
Hương""")

mk('phi', 'lang', 'Joseph',
   'Wilner Joseph <wilnerjoseph509@gmail.com>',
   'Leah Sandoval <lsandoval@riverbendbh.org>',
   'randevou jedi', when(2024, 10, 23, 7, 41),
   """Bonjou Madam Leah,

Se Wilner Joseph. Mwen pa ka vini randevou terapi mwen jedi a paske mwen
gen travay. Eske nou ka fè l vandredi oswa lendi?

Tou, medikaman doktè a ban mwen an (mirtazapine) fè m dòmi twòp, mwen pa
ka leve pou m al travay. Kochma yo diminye men mwen toujou santi m tris
anpil lè m panse ak fanmi m ki rete Ayiti. Eske mwen ka pale ak doktè a
pou l chanje dòz la?

Mèsi anpil,
Wilner""")

mk('phi', 'lang', 'Морозов',
   'Сергей Морозов <s.morozov79@mail.ru>',
   'OTP Counselors <otp.counselors@riverbendbh.org>',
   'Просьба о дозах на дом', when(2024, 11, 9, 9, 2),
   """Здравствуйте,

Меня зовут Сергей Павлович Морозов, дата рождения 14.09.1979. Я получаю
метадон 90 мг каждое утро в вашей клинике уже 2 года. Мой консультант -
Карла Беннинг.

Я нашёл новую работу на стройке, смена начинается в 6 утра в Харрисберге,
и я не успеваю приходить на дозировку. Можно ли мне получать дозы на
дом хотя бы на 3 дня в неделю? Последние анализы мочи у меня все
чистые с марта.

Если нужно, я могу прийти к врачу в субботу.

Спасибо,
Сергей
тел. 717-555-0117""", cte='base64')

mk('phi', 'lang', 'Dela Cruz',
   'Maricel Dela Cruz-Ramos <maricel.dcr@yahoo.com>',
   'Residential Program <residential@riverbendbh.org>',
   'Tungkol kay Jerome Dela Cruz (residential)', when(2024, 10, 27, 13, 20),
   """Magandang araw po,

Ako po si Maricel, ate ni Jerome Dela Cruz na nasa residential program
ninyo simula noong Oct 15. Tumawag po siya kahapon at sabi niya gusto na
raw niyang umalis kasi hindi siya makatulog at palagi siyang
kinakabahan. Nag-aalala po ako kasi last time na umalis siya nang maaga
sa rehab, nag-overdose siya after 2 weeks (shabu at alak).

Pwede po bang makausap ang counselor niya? May pirmadong consent po siya
para sa akin. Puwede rin po ba siyang bisitahin ngayong Linggo?

Salamat po,
Maricel
0917-555-0124 / 717-555-0124""")

mk('phi', 'lang', 'Benali',
   'Youssef Hamdan <yhamdan@riverbendbh.org>',
   'Priya Raman <praman@riverbendbh.org>',
   'ملاحظات الجلسة / session notes - Fatima Benali', when(2024, 11, 7, 14, 35),
   """Priya - my interpreter notes from today, Arabic first then my English
summary for you.

المريضة: فاطمة الزهراء بن علي
الجلسة: ٧ نوفمبر ٢٠٢٤
قالت إنها لا تنام أكثر من ثلاث ساعات في الليل منذ شهرين، وإنها تسمع
صوت الانفجارات في أحلامها. تتناول دواء البرازوسين ١ ملغ قبل النوم كما
وصفه الدكتور، وتقول إنه ساعد قليلاً. لا توجد أفكار انتحارية.
طلبت أن تكون الجلسات القادمة مع معالجة امرأة.

EN: Fatima Benali - sleeping ~3 hrs/night x2 months, nightmares of
explosions, prazosin 1mg qhs helping a little, denies SI, requests a
female therapist going forward (you're fine). Next session 11/14.

Youssef Hamdan
Medical Interpreter (Arabic/French)""")

mk('phi', 'lang', '李建国',
   '王秀英 <wangxy1968@163.com>',
   'Detox Unit <detox.admit@riverbendbh.org>',
   '关于我丈夫李建国的出院问题', when(2024, 10, 12, 20, 8),
   """您好，

我是李建国的妻子王秀英。我丈夫上周六（10月5日）住进你们的戒酒中心，
他说医生让他下周一出院。他出生于1963年8月2日。

我想问一下：
1. 他出院以后还需要继续吃什么药吗？护士说有一种叫纳曲酮的药，是每天吃还是打针？
2. 他的肝功能检查结果怎么样？家庭医生说他的肝酶以前很高。
3. 出院以后可以参加中文的心理辅导吗？

我的电话是 717-555-0166。谢谢！

王秀英""")
# =====================================================================
# CLEAN: admin
# =====================================================================
mk('clean', 'admin', '',
   'RBH IT Service Desk <itservicedesk@riverbendbh.org>',
   'All Staff <allstaff@riverbendbh.org>',
   '[Planned Outage] CareLedger EHR upgrade Sat 11/16 10pm-2am - INC0048812',
   when(2024, 11, 12, 12, 0),
   """Hello Riverbend staff,

CareLedger (EHR) will be unavailable Saturday 11/16 from 10:00 PM until
approximately 2:00 AM Sunday for the v24.3 upgrade. Change ticket
CHG0011290 / incident INC0048812.

During the outage:
  - Detox and Residential: use the paper downtime packets in the nursing
    station (blue binder). Enter into CareLedger after go-live.
  - OTP dosing: the dosing system (MethaTrack) is NOT affected.
  - Crisis line: call logging continues in the phone system.

Downtime read-only reports will be printed at 9:30 PM by the house
supervisor.

Questions: Service Desk x4400 or 717-555-0144, or reply to this ticket.

Kevin Tsai, Interface Analyst
Rob Lindahl, IT Manager""",
   html="""<html><body><h3 style="color:#1a4d7a">Planned Outage: CareLedger EHR upgrade</h3>
<p><b>When:</b> Saturday 11/16, 10:00 PM - approx. 2:00 AM Sunday<br>
<b>Tickets:</b> CHG0011290 / INC0048812</p>
<ul><li>Detox and Residential: use the paper downtime packets (blue binder).</li>
<li>OTP dosing: MethaTrack is <b>not</b> affected.</li>
<li>Crisis line: call logging continues in the phone system.</li></ul>
<p>Questions: Service Desk x4400 or 717-555-0144.</p>
<p>Kevin Tsai, Interface Analyst<br>Rob Lindahl, IT Manager</p></body></html>""")

mk('clean', 'admin', '',
   'Human Resources <hr@riverbendbh.org>',
   'All Staff <allstaff@riverbendbh.org>',
   'Open Enrollment closes Nov 22 - benefits fair Tues', when(2024, 11, 4, 8, 30),
   """Hi everyone,

Open enrollment for 2025 benefits runs through Friday, November 22. If you
don't make changes your current medical, dental and vision elections roll
over, EXCEPT FSA/HSA, which you must re-elect every year.

Benefits fair: Tuesday 11/12, 11:30-1:30, Canal St conference room B.
Reps from Keystone (medical), DentaFirst and our EAP will be there. Lunch
provided by the wellness committee.

New for 2025: the employee assistance program now covers 8 free
counseling sessions per issue (up from 6), through an outside provider -
nothing goes through Riverbend.

Your new member ID cards will be mailed to your home in mid-December.

Questions: Lorraine Batts, HR Generalist, x212 / lbatts@riverbendbh.org

Riverbend Human Resources""")

mk('clean', 'admin', '',
   'Dale Krebs <dkrebs@krebsmechanical.com>',
   'Facilities <facilities@riverbendbh.org>',
   'Invoice 24-3381 - residential bldg boiler', when(2024, 10, 18, 16, 20),
   """Hi Marty,

Attached invoice 24-3381 for the emergency boiler call at the residential
building (2 Foundry Rd) on 10/14. Replaced ignitor and flame sensor,
cleaned burner assembly. Recommend replacing the circulator pump before
January - it's running hot. Quote to follow.

Labor 4.5 hrs @ $118  = $531.00
Parts                 = $287.40
After-hours fee       = $150.00
Total due             = $968.40  (Net 30)

PO # on your side was RBH-PO-77142.

Dale Krebs
Krebs Mechanical LLC | PA HIC #PA118830
717-555-0177""",
   atts=[('Invoice_24-3381.txt',
          "KREBS MECHANICAL LLC\nINVOICE 24-3381   DATE 10/18/2024\nBILL TO: Riverbend Behavioral Health, Facilities\n"
          "SITE: 2 Foundry Rd (Residential)\nPO: RBH-PO-77142\n\nEmergency boiler service 10/14/2024\n"
          "Labor 4.5 hr x 118.00 ........ 531.00\nIgnitor HW-22 ................ 112.40\nFlame sensor FS-9 ............. 175.00\n"
          "After-hours fee .............. 150.00\nTOTAL ......................... 968.40\nTerms: Net 30\n", 'text', 'plain')])

mk('clean', 'admin', '',
   'ClaimBridge Billing <accounts@claimbridge.net>',
   'Sharon Tully <stully@riverbendbh.org>',
   'Your ClaimBridge statement - Account CB-00418827', when(2024, 11, 1, 4, 0),
   """Dear Riverbend Behavioral Health,

Your monthly statement for clearinghouse services is ready.

Account:          CB-00418827
Statement date:   11/01/2024
Billing period:   10/01/2024 - 10/31/2024
Claims submitted: 1,842 @ $0.29
ERA files:        31 included
Eligibility txns: 611 @ $0.10
Amount due:       $595.28
Autopay date:     11/15/2024 (ACH ending 7710)

To view your statement, log in at portal.claimbridge.net. Please do not
reply to this email.

ClaimBridge Network Services | Customer ID 55-0418827""")

mk('clean', 'admin', '',
   'Dr. Lena Fairbanks <lfairbanks@riverbendbh.org>',
   'Prescriber Pool <prescribers@riverbendbh.org>',
   'December on-call calendar (draft) - please check your dates', when(2024, 11, 13, 19, 44),
   """Hi all - draft Dec on-call below. Swap requests to me by 11/22 please.
Detox medical backup is whoever is on for OTP that weekend.

Week of      Primary            Backup             Cell (primary)
12/02        S. Otieno MD       H. Kaur MD         717-555-0101
12/09        H. Kaur MD         L. Fairbanks DO    717-555-0104
12/16        L. Fairbanks DO    R. Adjei NP        717-555-0105
12/23        R. Adjei NP        S. Otieno MD       717-555-0106  (holiday - double pay)
12/30        S. Otieno MD       L. Fairbanks DO    717-555-0101

Reminder that Richard's DEA renewal is due 12/31 - Richard, send a copy
to credentialing once it comes through.

Lena Fairbanks, DO
Associate Medical Director""")

mk('clean', 'admin', '',
   'Credentialing <credentialing@riverbendbh.org>',
   'Tanya Morrow <tmorrow@riverbendbh.org>',
   'License expiring - action needed', when(2024, 10, 8, 9, 0),
   """Hi Tanya,

Our records show your Pennsylvania LPC license (PC008812) expires on
11/30/2024. Please upload proof of renewal to the credentialing folder
by 11/15 so we can update your enrollment with Keystone, Medicaid and
the court contract. You'll also need your 30 CE hours documented -
3 must be in ethics and 2 in suicide prevention.

Also, your NPI (1548201937) shows your old Ashby address in NPPES.
Can you update it to 1400 Canal St?

Thanks,
Wendy Sauer
Credentialing & Contracts Coordinator, x209""")

mk('clean', 'admin', '',
   'Marty Oberholtzer <moberholtzer@riverbendbh.org>',
   'Peer Recovery Coaches <peer.coaches@riverbendbh.org>',
   'Van #3 back in service + mileage logs', when(2024, 10, 25, 15, 10),
   """Peer team,

Van #3 (white Transit, plate KLM-4471) is back from Millbrook Auto with new
brakes and rotors. Keys in the lockbox at the front desk, code unchanged.
Van #1 goes in Monday for inspection, so please book #2 or #3 on the
calendar for client rides next week.

Reminder: mileage logs are due the 1st. Only start/end odometer,
date, driver and "client transport" - do NOT write client names or where
you took them on the log sheet, the logs go to the insurance carrier.

Fuel card PIN is still 4 digits, ask me if you forgot.

Marty
Facilities & Fleet, 717-555-0179""")
# =====================================================================
# CLEAN: lookalike
# =====================================================================
mk('clean', 'lookalike', '',
   'IronWorks Fitness <hello@ironworksfit.com>',
   'bfarrow@riverbendbh.org',
   'Ben, your membership renews 11/30 + new recovery yoga class', when(2024, 11, 2, 7, 0),
   """Hi Ben,

Your IronWorks Fitness membership (Member #IW-220914) renews on
11/30/2024 at $39.99/mo. Nothing to do if you'd like to keep training!

NEW THIS MONTH
- "Recovery Yoga" Sundays 9am - gentle mobility for sore muscles after
  leg day. Great post-injury too.
- Free body composition scan with any personal training intake session
- Holiday hours: closed 11/28

Your last check-in: 10/31 at 6:12 AM. Streak: 14 days. Keep it up!

Questions? Call the front desk at 717-555-0115.

IronWorks Fitness, 88 Mill Rd, Millbrook
Unsubscribe | Manage preferences""",
   html="""<html><body style="font-family:Arial"><h2>Hi Ben,</h2>
<p>Your IronWorks Fitness membership (<b>Member #IW-220914</b>) renews on 11/30/2024 at $39.99/mo.</p>
<h3>NEW THIS MONTH</h3><ul><li>"Recovery Yoga" Sundays 9am</li><li>Free body composition scan with any personal training intake session</li>
<li>Holiday hours: closed 11/28</li></ul><p>Your last check-in: 10/31 at 6:12 AM. Streak: 14 days.</p>
<p style="font-size:9pt;color:#888">IronWorks Fitness, 88 Mill Rd, Millbrook | Unsubscribe</p></body></html>""")

mk('clean', 'lookalike', '',
   'Millbrook Veterinary Hospital <frontdesk@millbrookvet.com>',
   'Colleen Harper <charper.home@gmail.com>',
   "Biscuit's discharge instructions", when(2024, 10, 30, 16, 40),
   """Hi Colleen,

Thanks for trusting us with Biscuit today! Here are his discharge
instructions after his dental cleaning and two extractions.

Patient: Biscuit (canine, beagle mix, 9 yrs, 11.2 kg)
Patient ID: 44871
Procedure: dental prophylaxis under general anesthesia, extraction 108 & 208
Medications:
  - Carprofen 25 mg - 1 tablet by mouth every 12 hrs with food x 5 days
  - Gabapentin 100 mg - 1 capsule every 8-12 hrs as needed for pain
Diet: soft food only for 10 days. No chew toys.
Recheck: 11/13 at 3:30pm with Dr. Amsel.

Call us at 717-555-0190 if he vomits, won't eat, or the gums bleed.

Millbrook Veterinary Hospital""")

mk('clean', 'lookalike', '',
   'Keystone Federal Credit Union <alerts@keystonefcu.org>',
   'dwhitcomb@gmail.com',
   'Security alert: new device sign-in (Member # ending 4471)', when(2024, 10, 19, 23, 2),
   """Dear Member,

We noticed a sign-in to online banking from a new device.

Member #:        *****4471
Date/Time:       10/19/2024 10:58 PM ET
Device:          Chrome on Windows
Location:        Millbrook, PA (approx.)

If this was you, no action is needed. If not, call us immediately at
1-800-555-0136, 24/7, and reference case SEC-2024-118820.

Keystone FCU will never ask for your PIN, password or one-time code by
phone, text or email.

Federally insured by NCUA.""")

mk('clean', 'lookalike', '',
   'Allegheny Air <noreply@alleghenyair-mail.com>',
   'Samuel Otieno <sotieno@riverbendbh.org>',
   'Your trip confirmation - Record locator QX7T4M', when(2024, 11, 5, 10, 14),
   """Thanks for booking with Allegheny Air, Samuel.

CONFIRMATION / RECORD LOCATOR: QX7T4M

Passenger:   OTIENO/SAMUEL MR
Date of birth (Secure Flight): 08MAR1969
Known Traveler #: 98812044
SkyMiles-style #: AA 5503 9912 41

FLT 2218  MDT -> ORD  Thu 12/05  06:40 - 07:55   Seat 14C
FLT 2231  ORD -> MDT  Sun 12/08  18:15 - 21:20   Seat 11A

Special service requests: none
Bags: 1 carry-on included

Traveling to the ASAM Fall Conference? Show your badge at the Chicago
Airport Marriott for 15% off.

Allegheny Air | Changes: 1-800-555-0165""")

mk('clean', 'lookalike', '',
   'Lancaster Mutual Auto Claims <claims@lancmutual.com>',
   'Trish Albright <trish.albright@verizon.net>',
   'Claim 7-440-19832 update - glass only', when(2024, 10, 22, 13, 33),
   """Hello Patricia,

Update on claim 7-440-19832 (policy PA-AUT-0093318, 2019 Honda CR-V):

- Damage type: windshield crack (comprehensive, glass)
- Deductible: $0 (full glass coverage)
- Injury reported: No
- Repair shop: SafeView Glass, appt 10/24 8:00 AM at your home address

Your adjuster is Marcus Feld, 717-555-0132 ext 4. No further action
required. You'll get a survey after the repair.

Lancaster Mutual Insurance""")

mk('clean', 'lookalike', '',
   'Hollis Tree Care <estimates@hollistreecare.com>',
   'Facilities <facilities@riverbendbh.org>',
   'Arborist assessment - red oak at 2 Foundry Rd', when(2024, 10, 10, 11, 0),
   """Hi Marty,

Here's the write-up from yesterday's visit.

Specimen: Northern red oak, approx. 80 yrs, 31" DBH, by the residential
parking lot.
Diagnosis: advanced root rot (Armillaria) on the north side, ~30% crown
dieback, fruiting bodies at the root flare. Prognosis is poor.
Treatment options:
  1. Crown reduction + soil injection (Prescription: phosphite treatment
     2x/yr) - buys maybe 3-5 years, doesn't cure.
  2. Removal + stump grind - recommended given the target (cars, people).

Estimate #HT-2291: removal $3,850, stump grind $420.

Certified Arborist: Joel Hollis, ISA PD-4412A
Hollis Tree Care, 717-555-0153""")

mk('clean', 'lookalike', '',
   'Jenkins CI <ci@dev.riverbendbh.org>',
   'Dev Team <devteam@riverbendbh.org>',
   '[FAILED] patient-sync worker #1184 - recovery-daemon exited with code 137', when(2024, 10, 27, 3, 14),
   """Build #1184 of job "patient-sync-worker" FAILED.

Stage: integration-tests
Container: recovery-daemon:2.8.1
Exit code: 137 (OOMKilled)

Last 12 lines of log:
  [03:13:52] INFO  detox(): purging stale session cache (412 MB)
  [03:13:55] INFO  dose_scheduler: tick interval=500ms
  [03:14:01] WARN  patient-zero queue depth 18,204 > threshold 10,000
  [03:14:02] WARN  heartbeat missed x3 on node rbh-k8s-04
  [03:14:05] ERROR withdrawal(): connection pool exhausted (max=50)
  [03:14:07] ERROR admit_batch: timeout after 30000ms
  [03:14:09] FATAL kernel: Out of memory: Killed process 9921 (recovery-daemon)

No PHI in test fixtures (synthetic set fx-2024-10).
Triggered by: commit 4b1e9c7 "bump relapse retry backoff to 3x" (k.tsai)
Console: https://ci.dev.riverbendbh.org/job/patient-sync-worker/1184/""")
# =====================================================================
# CLEAN: news
# =====================================================================
mk('clean', 'news', '',
   'State Office of Behavioral Health <bulletin@sobh-pa.org>',
   'Provider Network List <providers-list@sobh-pa.org>',
   'OBH Bulletin Vol. 12 No. 10 - Q2 overdose surveillance', when(2024, 10, 15, 9, 0),
   """OFFICE OF BEHAVIORAL HEALTH - PROVIDER BULLETIN
Vol. 12, No. 10 | October 2024

1. Q2 2024 OVERDOSE SURVEILLANCE
Suspected overdose ED visits statewide fell 11% compared with Q2 2023.
Fentanyl remained involved in an estimated 74% of fatal overdoses;
xylazine was detected in 31% of fentanyl-involved deaths.

  County        ED visits Q2   Rate per 100k   Change vs Q2 2023
  Tollison            212          138.4            -9%
  Dunmore Co.         347          161.0            -14%
  Ashby Co.            98           87.2            +3%

2. REMINDER: TAKE-HOME METHADONE FLEXIBILITIES
Opioid treatment programs should update policies to reflect the final
federal rule on take-home doses. Guidance webinar 11/6 at noon.

3. PEER CERTIFICATION
The next Certified Recovery Specialist exam window opens 1/13/2025.

Questions: obhinfo@sobh-pa.org | 1-800-555-0112
You are receiving this as a licensed provider. Unsubscribe.""")

mk('clean', 'news', '',
   'MedSafe Recall Alerts <alerts@medsafe-recalls.com>',
   'Pharmacy & Nursing <pharmacy.nursing@riverbendbh.org>',
   'RECALL: Naloxone HCl Nasal Spray 4 mg - select lots (Class II)', when(2024, 10, 2, 14, 45),
   """DRUG RECALL NOTICE - CLASS II

Product:      Naloxone Hydrochloride Nasal Spray, 4 mg/0.1 mL, 2-pack
Manufacturer: Harbor Generics, Inc.
NDC:          70112-0410-02
Lots:         NS24A117, NS24A118, NS24B003 (exp 03/2026)
Reason:       Some devices may fail to deploy full dose due to a defective
              plunger seal found in stability testing.

Action: Quarantine affected lots; return via Inmar return ID 24-HG-0915.
Patients/community members holding kits from these lots should get a
replacement kit; there have been no reported adverse events to date.

This recall is being conducted with the knowledge of the FDA.""",
   html="""<html><body><table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th colspan="2" style="background:#c00;color:#fff">DRUG RECALL NOTICE - CLASS II</th></tr>
<tr><td>Product</td><td>Naloxone Hydrochloride Nasal Spray, 4 mg/0.1 mL, 2-pack</td></tr>
<tr><td>NDC</td><td>70112-0410-02</td></tr>
<tr><td>Lots</td><td>NS24A117, NS24A118, NS24B003 (exp 03/2026)</td></tr>
<tr><td>Reason</td><td>Possible defective plunger seal</td></tr>
<tr><td>Action</td><td>Quarantine; return ID 24-HG-0915</td></tr></table></body></html>""")

mk('clean', 'news', '',
   'Riverbend Communications <comms@riverbendbh.org>',
   'All Staff <allstaff@riverbendbh.org>',
   'The Riverbend Current - November 2024', when(2024, 11, 1, 8, 0),
   """THE RIVERBEND CURRENT | November 2024

WELCOME NEW STAFF
Please welcome Renata Campos, LPC (OTP counselor, fluent in Portuguese
and Spanish), Andre Price (Crisis Follow-Up) and Youssef Hamdan (Arabic/
French interpreter).

RECOVERY WALK RECAP
Over 300 people walked the river trail on Sept 28 for Recovery Month. We
gave out 412 naloxone kits and 60 fentanyl test strip packs. Thanks to JR
Castellanos and the peer team for organizing!

BY THE NUMBERS (Q3)
- 1,118 people served in outpatient counseling
- 486 people enrolled in the OTP on an average day
- 211 detox admissions, 74% completed
- 2,930 crisis line calls answered, median answer time 14 seconds

STAFF ANNIVERSARIES
Kristen Yoder, RN - 15 years | Ray Dominguez - 10 years | Colleen Harper - 5 years

Thanksgiving potluck: Nov 26, 12-2, conference room B. Sign up on the
fridge!""")

mk('clean', 'news', '',
   'Tollison County Health Department <alerts@tollisonhealth.gov>',
   'Community Partners <partners@tollisonhealth.gov>',
   'HEALTH ALERT: xylazine-associated wounds and overdose cluster', when(2024, 10, 24, 17, 30),
   """TOLLISON COUNTY HEALTH ALERT NETWORK
Health Advisory 2024-14 | October 24, 2024

SUMMARY
Between Oct 17 and Oct 23, county EMS responded to 19 suspected opioid
overdoses in the Millbrook and Dunmore areas, 4 fatal - roughly triple the
weekly average. Drug checking at two syringe service programs found
fentanyl with xylazine and, in 3 samples, medetomidine.

RECOMMENDATIONS FOR PROVIDERS
- Naloxone still works on the opioid part; give rescue breaths.
- Sedation may persist after naloxone; do not give repeated doses just
  to wake someone.
- Assess for necrotic wounds at injection and non-injection sites; refer
  to wound care.
- Medetomidine withdrawal may present with severe hypertension and
  tachycardia; consider inpatient management.

Report clusters to the Epidemiology line: 717-555-0300.
Dr. Elaine Ostrander, MD, MPH, County Health Officer""")

mk('clean', 'news', '',
   'Addiction Medicine Weekly <digest@amweekly-news.com>',
   'sotieno@riverbendbh.org',
   'This week: high-dose bup inductions, contingency management payouts, XR-NTX adherence',
   when(2024, 11, 8, 6, 0),
   """ADDICTION MEDICINE WEEKLY - Issue 311

1. Rapid high-dose buprenorphine induction in the ED
A retrospective cohort of 1,604 ED visits found 32 mg day-one dosing was
not associated with more precipitated withdrawal than standard dosing
(0.8% vs 0.9%). Authors call for prospective trials. (J Subst Use Treat)

2. Contingency management at scale
A statewide Medicaid pilot paying up to $599/year for stimulant-negative
urine tests reported 57% of participants with 8+ consecutive negative
samples.

3. Extended-release naltrexone: who stays on it?
In a multi-site registry, 38% of patients received a third monthly
injection. Housing instability and prior incarceration predicted dropout.

4. Commentary: "Methadone take-homes two years on" - Dr. P. Lindqvist

Read more at amweekly-news.com. Manage your subscription.""")

mk('clean', 'news', '',
   'Quality Improvement <qi@riverbendbh.org>',
   'Leadership Team <leadership@riverbendbh.org>',
   'Q3 dashboard - aggregate measures', when(2024, 10, 21, 11, 15),
   """Leadership,

Q3 2024 dashboard attached (aggregate, no client-level data).
Headlines:

Measure                                       Q2      Q3     Target
7-day follow-up after crisis call             71%     78%    80%
Detox completion rate                         69%     74%    70%
Detox -> next level of care within 14 days    52%     58%    60%
OTP 90-day retention                          81%     83%    80%
IOP no-show rate                              22%     19%    <15%
PHQ-9 response at 12 weeks (OP)               44%     47%    50%

Cells under 11 are suppressed per our small-numbers policy.

Joelle Nakamura, MPH
Quality Improvement Manager""",
   atts=[('Q3_2024_dashboard.csv',
          "measure,q2,q3,target\n7d_fu_after_crisis,0.71,0.78,0.80\ndetox_completion,0.69,0.74,0.70\n"
          "detox_to_next_loc_14d,0.52,0.58,0.60\notp_90d_retention,0.81,0.83,0.80\n"
          "iop_noshow,0.22,0.19,0.15\nphq9_response_12wk,0.44,0.47,0.50\n", 'text', 'csv')])
# =====================================================================
# CLEAN: staff
# =====================================================================
mk('clean', 'staff', '',
   'Dr. Harpreet Kaur <hkaur@riverbendbh.org>',
   'Prescriber Pool <prescribers@riverbendbh.org>',
   'micro-induction protocol draft v3 - comments by Fri', when(2024, 10, 10, 18, 25),
   """Hi all,

v3 of the bup micro-induction (low-dose) protocol below. Mostly aimed at
people on illicit fentanyl who can't tolerate waiting for COWS 12+.

Day 1: 0.5 mg SL once
Day 2: 0.5 mg BID
Day 3: 1 mg BID
Day 4: 2 mg BID
Day 5: 3 mg BID
Day 6: 4 mg BID
Day 7: 12 mg daily, stop full agonist

Case that prompted this: a man in his 40s, daily fentanyl smoking,
precipitated withdrawal twice with standard induction elsewhere. Went
smoothly with the Bernese method last month, no PW.

Open question: do we allow continued fentanyl use during days 1-6 or
require a short-acting full agonist from us? I lean toward the first for
harm reduction but want the group's thoughts.

Harpreet Kaur, MD
Addiction Psychiatry""")

mk('clean', 'staff', '',
   'House Supervisor <house.supervisor@riverbendbh.org>',
   'Detox Team <detox.team@riverbendbh.org>',
   'URGENT: need RN coverage Sat night 11/9', when(2024, 11, 8, 13, 5),
   """Hi team,

We're down one RN for Saturday night (11/9, 1900-0730). Census is 11 of 12
and we're expecting 2 admits from the ED. We can't safely run with 1 RN +
1 tech at that census.

Incentive pay is approved (+$15/hr). Reply to me or text 717-555-0185.
If nobody picks it up by 5pm I'll have to go on diversion for new admits
Saturday, which nobody wants.

Thanks,
Lorna Haskins, RN, BSN
Nursing Supervisor, Residential & Detox""")

mk('clean', 'staff', '',
   'Ben Farrow <bfarrow@riverbendbh.org>',
   'Nadia Quintero <nquintero@riverbendbh.org>',
   'Re: lithium + ibuprofen q', when(2024, 10, 17, 12, 51),
   """Thanks Nadia, that's what I thought. I'll tell folks in psychoeducation
group generally to check with the prescriber before taking OTC pain
meds, and to use acetaminophen as the default.

> On Thu, Oct 17, 2024 at 12:30 PM Nadia Quintero wrote:
> General rule: NSAIDs (ibuprofen, naproxen) can raise lithium levels by
> 25% or more, and ACE inhibitors and thiazides do the same. Aspirin and
> acetaminophen are usually ok. Anyone on lithium who starts a regular
> NSAID should get a level in about 5 days. Not a reason to panic over one
> or two Advil, but worth a level if they're symptomatic (tremor, GI upset,
> confusion).
>
> Nadia Quintero, PMHNP-BC
>
>> On Thu, Oct 17, 2024 at 11:02 AM Ben Farrow wrote:
>> Quick general q for the handout I'm making - is ibuprofen actually a
>> problem with lithium, or is that one of those myths?""")

mk('clean', 'staff', '',
   'Priya Raman <praman@riverbendbh.org>',
   'Clinical Consult Group <consult.group@riverbendbh.org>',
   'consult group Wed - de-identified case', when(2024, 11, 11, 16, 30),
   """For Wednesday's consult group. Details changed/removed.

Woman in her 30s, two school-age children, employed part time. Referred
for depression; on intake endorsed daily alcohol use she hadn't disclosed
to her PCP. Has been engaged for about 8 sessions. Recently disclosed
ongoing emotional abuse by a partner but does not want to leave or make
a report, and there is no indication of risk to the children at this point.

Questions for the group:
 1. How do we pace trauma/DV work while she's still in the relationship?
 2. Would you refer to the women's IOP now or wait?
 3. Mandated reporting - anyone see a trigger here I'm missing?

Please don't try to figure out who this is - and don't discuss it in
the hallway.

Priya""")

mk('clean', 'staff', '',
   'Compliance Officer <compliance@riverbendbh.org>',
   'All Clinical Staff <clinical@riverbendbh.org>',
   'Part 2 consent form updated - use new version starting 11/1', when(2024, 10, 28, 10, 0),
   """All,

Under the 2024 changes to 42 CFR Part 2, we've updated the client consent
form (RBH-ROI-2 rev. 10/2024). What changed:

- A single consent can now cover future uses for treatment, payment and
  health care operations.
- Clients must be told of their right to get a list of disclosures.
- Records shared for TPO can be redisclosed per HIPAA, BUT still can't
  be used in legal proceedings against the client without a court order.

Old forms signed before 11/1 remain valid until they expire. Do not use
old blank forms after 11/1 - recycle them (shred bin is fine).

Training slides are on the intranet under Compliance > Part 2.

Dolores Fenstermacher, JD, CHC
Compliance & Privacy Officer""")

mk('clean', 'staff', '',
   'Kristen Yoder <kyoder@riverbendbh.org>',
   'OTP Nursing <otp.nursing@riverbendbh.org>',
   'naloxone + FTS inventory count', when(2024, 10, 31, 15, 55),
   """End-of-month count:

Item                          On hand   Par   Order
Naloxone 4mg nasal (2-pk)        142    200     60
Naloxone IM 0.4mg vials           38     40      0
Fentanyl test strips (10-pk)      75    100     25
Xylazine test strips (10-pk)      12     50     40
Wound care kits                    9     30     25

Reminder: check lot numbers against the Harbor Generics recall, NS24A117/
NS24A118/NS24B003 all pulled from the shelf already (there were 14 kits).

Kristen""")

mk('clean', 'staff', '',
   'Michelle Gaines <mgaines@riverbendbh.org>',
   'Case Management <case.mgmt@riverbendbh.org>',
   'supervision schedule + caseload sizes', when(2024, 10, 7, 9, 20),
   """Team,

Group supervision moves to Tuesdays 8:30-9:30 starting next week.
Individual supervision:

  Joanne Whitley       - 1st & 3rd Thurs 2pm
  Agnieszka Dabrowski  - 2nd & 4th Thurs 2pm
  Hector Salas         - Fridays 10am (new staff, weekly for 90 days)

Current caseloads (target 25 for CSP, 40 for OP):
  JW 27 CSP | AD 38 OP | HS 19 CSP + 12 OP

I know everyone's stretched. If you have clients who are stable enough
to step down to quarterly check-ins, bring a list (initials only in
email) to Tuesday's meeting.

Michelle""")

# =====================================================================
# CLEAN: training
# =====================================================================
mk('clean', 'training', '',
   'CareLedger Training <training@careledger-ehr.com>',
   'EHR Super Users <ehr.superusers@riverbendbh.org>',
   'v24.3 training - practice patients for your sessions', when(2024, 11, 6, 13, 0),
   """Hi super users,

The training environment (TRN) is refreshed for the v24.3 go-live. Please
use ONLY these practice patients in your sessions:

  ZZTEST, METHADONE        MRN 999000101   DOB 01/01/1950
  ZZTEST, DETOX ADMIT      MRN 999000102   DOB 02/02/1960
  ZZTEST, CRISIS FOLLOWUP  MRN 999000103   DOB 03/03/1970
  ZZTEST, COURTORDERED     MRN 999000104   DOB 04/04/1980

Scenarios in the workbook: dose change with second-signature, detox
admission with CIWA flowsheet, crisis follow-up task, and printing a
probation attendance letter from a Part 2 consent.

TRN URL: https://trn.careledger-ehr.com/rbh  (not production!)

CareLedger Client Education""")

mk('clean', 'training', '',
   'Scott Brennan <sbrennan@erxpress-demo.com>',
   'Dr. Harpreet Kaur <hkaur@riverbendbh.org>',
   'Follow-up from today\'s eRxpress demo (EPCS for buprenorphine)', when(2024, 10, 15, 17, 40),
   """Dr. Kaur,

Thanks for your time today. As promised, here's a recap of the demo flow
we walked through with our sample patient John Doe (DOB 01/01/1970, demo
MRN 123456):

1. Search "Doe, John" -> open demo chart
2. New Rx: buprenorphine/naloxone 8-2 mg film, 2 SL daily, #14
3. PDMP check launched in-context (sandbox returned 0 fills)
4. Two-factor sign with token -> sent to "Demo Pharmacy #1"

Pricing for 9 prescribers is in the attached quote, valid through 12/31.
Happy to set up a sandbox login for your team.

Scott Brennan
Account Executive, eRxpress
(610) 555-0145""",
   atts=[('eRxpress_quote_RBH.txt',
          "eRxpress QUOTE Q-24-0913\nCustomer: Riverbend Behavioral Health\n"
          "EPCS licenses x 9 @ $39/mo ..... $351/mo\nPDMP integration ............... $0\n"
          "Implementation (one time) ...... $1,500\nValid through 12/31/2024\n", 'text', 'plain')])

mk('clean', 'training', '',
   'Kevin Tsai <ktsai@riverbendbh.org>',
   'Interface Team <interface.team@riverbendbh.org>',
   'test messages for lab interface validation (TEST patients only)', when(2024, 10, 3, 10, 10),
   """Team - use these for the Northgate validation scripts on Monday. All
TEST patients, TRN facility code, processing ID = T.

MSH|^~\\&|NGTOX|NORTHGATE|RBH_LAB|RIVERBEND|20241003100000||ORU^R01|TEST0001|T|2.5.1
PID|1||TEST900001^^^RBH^MR||ZZTEST^PATIENT^ONE||19000101|U|||123 TEST ST^^TESTVILLE^PA^00000
OBR|1|TST0001|TST-UT-0001|UDS12^Urine drug screen 12 panel|||20241003090000
OBX|1|ST|BUP^Buprenorphine||POSITIVE||5|A|||F
OBX|2|ST|FEN^Fentanyl||NEGATIVE||1|N|||F

MSH|^~\\&|NGTOX|NORTHGATE|RBH_LAB|RIVERBEND|20241003100100||ORU^R01|TEST0002|T|2.5.1
PID|1||TEST900002^^^RBH^MR||ZZTEST^PATIENT^TWO||19000101|U
OBR|1|TST0002|TST-UT-0002|ETG^Ethyl glucuronide|||20241003090500
OBX|1|NM|ETG^Ethyl glucuronide||1250|ng/mL|<500|H|||F

Expected: #1 files to ZZTEST PATIENT ONE, #2 fires the high-EtG task.

Kevin""")

mk('clean', 'training', '',
   'Clinical Training <clinical.training@riverbendbh.org>',
   'New Hires - Oct Cohort <newhires.oct@riverbendbh.org>',
   'Week 2 - progress note (DAP) sample', when(2024, 10, 14, 8, 0),
   """Welcome to week 2! Below is the SAMPLE DAP note we'll review Tuesday.
The client is fictional ("Jane Sample"). Please write your own practice
note for the role-play video before class.

---------------- SAMPLE RECORD - NOT A REAL CLIENT ----------------
Client: Jane Sample     Record #: SAMPLE-0001     DOB: 01/01/1985
Service: Individual therapy, 53 min (90837)

D: Client reports 3 days since last drink, attended 2 AA meetings.
   States cravings 6/10 in evenings. Denies SI/HI.
A: Client engaged, affect anxious but congruent. Making progress toward
   goal 1 (abstinence). Coping skills use improving.
P: Continue weekly sessions. Client to practice urge surfing daily and
   call sponsor when cravings > 7/10. Next session 1 week.
---------------------------------------------------------------------

Clinical Training Team""")

mk('clean', 'training', '',
   'Crisis Line Training <crisis.training@riverbendbh.org>',
   'Crisis Volunteers <crisis.volunteers@riverbendbh.org>',
   'Role-play script #4 (suicide risk assessment) - for Saturday', when(2024, 10, 31, 20, 0),
   """Volunteers,

Saturday we practice the C-SSRS screener. Pairs will take turns as caller
and counselor. Caller script below - the caller is FICTIONAL.

CALLER: "Alex" (fictional), age 22, college student
Background for the actor: Alex recently failed two classes and broke up
with a partner. Has been drinking more. If asked directly, Alex says "I
have thought about not waking up." If asked about a plan, Alex hesitates,
then mentions a bottle of pills in the dorm. No prior attempts. Has a
roommate and a supportive older sister.

Counselor goals: ask directly about suicide, complete the 6 screener
questions, collaborate on a safety plan (means restriction!), offer
follow-up call within 24 hours.

Debrief afterwards. Remember: self-care, this material can be heavy.

Dwayne Ecker, Crisis Line Training Coordinator""")

sample837 = ("ISA*00*          *00*          *ZZ*RBHTEST        *ZZ*CLAIMBRIDGE    *241001*1200*^*00501*000000001*0*T*:~\n"
             "ST*837*0001*005010X222A1~\n"
             "NM1*85*2*SAMPLE BEHAVIORAL CLINIC*****XX*1234567893~\n"
             "NM1*IL*1*TESTPATIENT*SAMPLE****MI*TEST00000001~\n"
             "DMG*D8*19000101*U~\n"
             "CLM*TEST-CLAIM-001*100.00***11:B:1*Y*A*Y*Y~\n"
             "HI*ABK:Z0000~\n"
             "SV1*HC:H0004*100.00*UN*4***1~\n"
             "DTP*472*D8*20241001~\n"
             "SE*9*0001~\n")
mk('clean', 'training', '',
   'ClaimBridge Academy <academy@claimbridge.net>',
   'Billing <billing@riverbendbh.org>',
   'Webinar materials: Reading your 837P (sample file attached)', when(2024, 10, 4, 15, 0),
   """Thanks for attending "Reading your 837P, loop by loop."

Attached is the SAMPLE test file from the session. It uses our standard
test identifiers (TESTPATIENT/SAMPLE, NPI 1234567893, ISA15 = T) and
should only ever be sent to the test gateway.

Key takeaways:
 - CLM05 = place of service : facility qualifier : frequency code
 - Frequency 7 = replacement, 8 = void; resubmitting an original as 1
   after a denial causes duplicates.
 - Behavioral health HCPCS (H-codes) often need a units check vs. auth.

Recording: academy.claimbridge.net/webinars/837p-101

ClaimBridge Academy""",
   atts=[('sample_837P_TEST.txt', sample837, 'text', 'plain')])

# =====================================================================
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for r in ROWS:
        w.writerow(r)
print('wrote %d messages to %s' % (len(ROWS), OUT))
