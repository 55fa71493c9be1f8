#!/usr/bin/env python3
# Blind evaluation mail set: eating-disorder programme + hospital nutrition/diabetes education.
# All people, numbers and organisations are invented.
import sys, os, io, csv, zipfile, random
import email.policy
from email.message import EmailMessage

SEED = 7402
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

ROWS = []
COUNT = {}
IDX = [0]

# organisations (invented)
ED = 'aldercreek-recovery.org'        # Alder Creek Eating Recovery (RTC / PHP / IOP)
HOSP = 'mvhealth.org'                 # Meridian Valley Hospital, Outpatient Nutrition & Diabetes Education
INS = 'cascadiacrest-hp.com'          # Cascadia Crest Health Plan (UR)
INS2 = 'northfieldmutual.com'
SCH = 'briarglen-sd.org'

ZDT = (2024, 3, 11, 7, 30, 0)


def zipbytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as zf:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zf.writestr(zi, data.encode('utf-8') if isinstance(data, str) else data)
    return bio.getvalue()


def xlsxbytes(rows, sheet='Sheet1'):
    from xml.sax.saxutils import escape
    def col(i):
        s = ''
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    xr = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = '%s%d' % (col(c), r)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, escape(str(v))))
        xr.append('<row r="%d">%s</row>' % (r, ''.join(cells)))
    files = [
        ('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
        ('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % escape(sheet)),
        ('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
        ('xl/worksheets/sheet1.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % ''.join(xr)),
    ]
    return zipbytes(files)


def csvtext(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return s.getvalue()


def mk(label, kind, frm, to, subj, date, body, patient='', cc=None, html=None,
       cte=None, atts=(), hdrs=None):
    IDX[0] += 1
    n = COUNT.get((label, kind), 0) + 1
    COUNT[(label, kind)] = n
    fn = '%s-%s-%03d.eml' % (label, kind, n)
    msg = EmailMessage()
    msg['From'] = frm
    msg['To'] = to
    if cc:
        msg['Cc'] = cc
    msg['Subject'] = subj
    msg['Date'] = date
    dom = frm.split('@')[-1].strip('> ')
    msg['Message-ID'] = '<%08x.%d.%s@%s>' % (random.getrandbits(32), IDX[0], kind, dom)
    for k, v in (hdrs or []):
        msg[k] = v
    def natcte(t):
        try:
            t.encode('ascii')
            return '7bit'
        except UnicodeEncodeError:
            return '8bit'
    msg.set_content(body, cte=cte or natcte(body))
    if html:
        msg.add_alternative(html, subtype='html', cte=cte or natcte(html))
    for a in atts:
        fname, data, mtype = a
        maintype, subtype = mtype.split('/')
        if isinstance(data, str):
            msg.add_attachment(data, subtype=subtype, filename=fname, cte=natcte(data))
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    j = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (IDX[0], j))
            j += 1
    with open(os.path.join(OUT, fn), 'wb') as f:
        f.write(msg.as_bytes(policy=email.policy.SMTP))
    ROWS.append((fn, label, kind, patient if label == 'phi' else ''))


# =====================================================================
# PHI / care
# =====================================================================
mk('phi', 'care',
   'Jess Pruitt <jpruitt@%s>' % ED,
   'Miriam Castellane MD <mcastellane@%s>' % ED,
   'Maddie O-L - can we talk before rounds',
   'Tue, 05 Mar 2024 07:42:10 -0800',
"""Miriam -

Quick one before rounds. Maddie Okafor-Lund had a rough weekend. Blind weight this
morning was down 0.8 kg from Friday, and nursing caught her doing sit-ups in the
bathroom after dinner Sat. Orthostatics this am were HR 58 lying -> 96 standing, so
she's back on bedrest-with-wheelchair until you see her.

She's also asking (again) to come off the olanzapine because of "the weight thing".
I told her that's your call. Her mom is pushing the other way and wants it increased.
Can you see her today? Family session is Thurs 3pm if you want to join for 10 min.

thx
Jess

--
Jessica Pruitt, LCSW
Primary Therapist, Residential
Alder Creek Eating Recovery
""", patient='Okafor-Lund')

mk('phi', 'care',
   'Hannah Oyelaran RD <hoyelaran@%s>' % ED,
   'PHP Team <php-team@%s>' % ED,
   'RE: Jonah W meal plan',
   'Wed, 06 Mar 2024 13:05:51 -0800',
"""team - updating after today's lunch:

Jonah Whitcombe finished 100% of lunch (first time this week!!) incl. the fear food
challenge (pizza). Still leaving ~half of AM snack so I'm adding Ensure Plus x2/day
(one w/ AM snack, one HS) until he's consistently 100%. Meal plan bumped from 3200 to
3500 kcal starting tomorrow - 4 starch / 3 protein / 2 fat at dinner.

Dad asked about him going to the basketball banquet Sat. I said only if he completes
Friday's meals and vitals are stable, and that he needs a plan for the dinner there.

Hannah

-----Original Message-----
From: Tomas Ibarra RN
Sent: Wednesday, March 6, 2024 11:58 AM
To: PHP Team
Subject: Jonah W meal plan

vitals fine today. 1 episode of dizziness in group, sat down, resolved. wt per
blind check +0.4. fyi dietary - he asked for "less sauce" again.
""", patient='Whitcombe')

mk('phi', 'care',
   'Tomas Ibarra RN <tibarra@%s>' % ED,
   'Rachel Obi PMHNP <robi@%s>' % ED,
   'refeeding labs - Tessa',
   'Thu, 07 Mar 2024 06:18:33 -0800',
"""Rachel, AM labs back on Tessa Marchetti (day 3 of refeeding):

Phos 2.1 (was 3.0 on admit)
K 3.2
Mg 1.7
Glucose 61 fasting

I gave the K-Phos Neutral 250mg per standing order and repeated the fingerstick
after breakfast (88). Holding off on the second dose until you call back. She also
had pedal edema at the ankles this morning, new. Weight not discussed with her.

pls call the nurses station x214

Tomas
""", patient='Marchetti')

mk('phi', 'care',
   'Paula Greenhalgh RN CDCES <pgreenhalgh@%s>' % HOSP,
   'Owen Falk MD <ofalk@%s>' % HOSP,
   'Harlan Boateng - pump start 3/14',
   'Fri, 08 Mar 2024 10:22:00 -0500',
"""Dr. Falk,

Saw Mr. Boateng in the education center this morning for his pre-pump visit. His A1c
came down from 9.8 in November to 8.1 this month since he started the Dexcom. He's
doing carb counting pretty well now (we went over restaurant meals again, he
underestimates rice portions).

Plan:
- pump start Thurs 3/14 at 9am, 2 hr visit
- stop the glargine the night before, he'll take his last dose 3/13 at 9pm
- I'll send you the starting settings to sign: basal 0.9 u/hr, ICR 1:10, ISF 1:45

His wife will come to the start visit. He asked if he still needs the 6 month eye exam,
I told him yes.

Thanks,
Paula

Paula Greenhalgh, RN, CDCES
Outpatient Nutrition & Diabetes Education
Meridian Valley Hospital | ext 4471
""", patient='Boateng')

mk('phi', 'care',
   'Devin Sato <dsato@%s>' % ED,
   'Miriam Castellane MD <mcastellane@%s>' % ED,
   'FW: Continued stay review - BRANDT, KAYLEE',
   'Mon, 11 Mar 2024 15:40:09 -0700',
"""Dr C - see below, they only gave us through 4/2 and want a peer to peer for anything
past that. Can you do Tuesday 3/26 at 11:30? I'll send the clinicals over Friday.

Devin Sato
UR Coordinator, Alder Creek Eating Recovery

-----Original Message-----
From: Linda Morrow RN <lmorrow@%s>
Sent: Monday, March 11, 2024 2:12 PM
To: Devin Sato
Subject: Continued stay review - BRANDT, KAYLEE

Hi Devin,

Thank you for the update on Kaylee. Based on the clinicals submitted (weight gain of
1.1 kg over the review period, still requiring NG supplementation for 1 of 3 meals,
ongoing purging behaviors x2 this week per nursing) continued residential treatment
is approved for 14 additional days, 03/20/2024 through 04/02/2024.

Further days will require a peer-to-peer with our medical director. Please note that
member must have a documented step-down plan to PHP at next review.

Ref: CC-UR-24-0031877

Linda Morrow, RN
Utilization Review, Behavioral Health
Cascadia Crest Health Plan

CONFIDENTIALITY NOTICE: This message may contain protected health information.
""" % INS, patient='Brandt')

mk('phi', 'care',
   'Colleen Vasquez-Hale <cvasquezhale@%s>' % ED,
   'Admissions <admissions@%s>; Residential Nursing <res-nursing@%s>' % (ED, ED),
   'admit tomorrow - transfer from MVH',
   'Tue, 12 Mar 2024 17:55:42 -0700',
"""All,

We're admitting Rosalind Achterberg to res tomorrow ~1pm, transfer from Meridian Valley
5 West. She's had 6 days of inpatient refeeding there, NG tube came out yesterday.
Still on telemetry until tonight for the bradycardia, they'll send the last strip.

She'll need:
- BMP/phos/mg on arrival and daily x 5
- 1:1 meal support all meals + 30 min post-meal obs
- bathroom checks
- ECG on day 1

Mom is driving her over. Insurance auth is done (Devin has it).

Colleen
Program Director
""", patient='Achterberg')

mk('phi', 'care',
   'Sana Rahimi LMFT <srahimi@%s>' % ED,
   'IOP Team <iop-team@%s>' % ED,
   'Eli N step down Monday',
   'Thu, 14 Mar 2024 16:03:27 -0700',
"""hey all

confirming Eli Navarro steps down from PHP to IOP starting Mon 3/18 - M/W/Th evenings,
dinner group + process group. FBT sessions with his parents continue weekly w/ me on Tues.

medical: last weight check he was at 94% of target. the DEXA he had in January showed
low bone density for his age so Dr. Castellane wants a repeat in 12 months and he's
staying on calcium + vit D. no sports til cleared.

he's nervous about eating dinner w/ a new group so pls pair him with a peer mentor
the first week.

Sana
""", patient='Navarro')

mk('phi', 'care',
   'Samir Qureshi RD CDCES <squreshi@%s>' % HOSP,
   'Dr. Ingrid Solberg <isolberg@lakesidefamilymed.com>',
   'Gwen Halloran - nutrition follow up',
   'Fri, 15 Mar 2024 11:30:00 -0500',
"""Dr. Solberg,

Thank you for referring Gwen Halloran. Summary of today's visit below.

Gwen told me she has been skipping or underdosing insulin to control her weight,
most days since the fall. This is consistent with the DKA admission in February
and A1c of 12.4. We reviewed her CGM download: time in range 18%, frequent readings
over 300 in the evenings.

Plan: weekly CGM review with me; referral to Alder Creek outpatient ED program for
assessment (she agreed); please consider increasing check-in frequency with you.

Samir Qureshi, MS, RD, CDCES
Meridian Valley Hospital - Outpatient Nutrition & Diabetes Education
""",
   html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dr. Solberg,</p>
<p>Thank you for referring <b>Gwen Halloran</b>. Summary of today's visit below.</p>
<p>Gwen told me she has been skipping or underdosing insulin to control her weight,
most days since the fall. This is consistent with the DKA admission in February
and A1c of 12.4. We reviewed her CGM download: time in range 18%, frequent readings
over 300 in the evenings.</p>
<ul><li>Weekly CGM review with me</li>
<li>Referral to Alder Creek outpatient ED program for assessment (she agreed)</li>
<li>Please consider increasing check-in frequency with you</li></ul>
<p>Samir Qureshi, MS, RD, CDCES<br>Meridian Valley Hospital - Outpatient Nutrition &amp; Diabetes Education</p>
</body></html>""", patient='Halloran')

# =====================================================================
# PHI / names
# =====================================================================
mk('phi', 'names',
   'Brianna Fultz <bfultz@%s>' % ED,
   'Residential Nursing <res-nursing@%s>' % ED,
   'Okonkwo, Chiamaka -- weight check moved to Thurs',
   'Mon, 04 Mar 2024 20:11:45 -0800',
"""she got really escalated at the blind weigh this morning (saw the number on the
screen bc the cover was off) so Jess says move her to Thursday and do it facing the
wall. Also she skipped HS snack, logged as refusal, offered Boost, refused.

- Bri (MHT, nights)
""", patient='Okonkwo')

mk('phi', 'names',
   'Paula Greenhalgh <pgreenhalgh@%s>' % HOSP,
   'Front Desk Nutrition <nutrition-desk@%s>' % HOSP,
   'pls reschedule',
   'Tue, 05 Mar 2024 09:15:03 -0500',
"""Hi Marisol,

Can you please call Ms. Lucía de la Fuente-Ortiz and move her gestational diabetes
class from Thursday to next Monday? She's 29 weeks and her OB just started her on
night NPH so I'd like her to do the insulin teaching session too (add 30 min).
Spanish interpreter please.

Thanks!
P.
""", patient='de la Fuente-Ortiz')

mk('phi', 'names',
   'Jess Pruitt <jpruitt@%s>' % ED,
   'Kat Lindgren <klindgren@%s>' % ED,
   "Huong's mom called",
   'Tue, 05 Mar 2024 14:47:19 -0800',
"""Kat, Huong's mom called the main line again (3rd time today). She wants to know why
Huong lost weight when "she is eating everything". I can't tell her numbers over the
phone w/o the release on file being updated - the ROI we have is for her dad only.
Can you get Mrs. Nguyen to sign the new ROI when she comes for family session?

For the chart: pt is NGUYEN THI THANH HUONG, she goes by Huong, not Nguyen, please
fix the whiteboard. She was really upset that staff kept calling her "Nguyen".

J
""", patient='Nguyen Thi Thanh Huong')

mk('phi', 'names',
   'Rachel Obi PMHNP <robi@%s>' % ED,
   'Pharmacy <rx@%s>' % ED,
   'med rec question',
   'Wed, 06 Mar 2024 10:02:37 -0800',
"""Hi pharmacy -

Al-Rashid, Yasmin came in on fluoxetine 40 AND sertraline 50 per the outside med list
from her PCP - I think that's a transcription error from when they switched her.
Holding sertraline, continuing fluoxetine 40 daily. Can you double check with
Walgreens on Fairmont which one was actually filled last?

Also pls add MVI and thiamine x 7 days.

Rachel Obi, PMHNP-BC
""", patient='Al-Rashid')

mk('phi', 'names',
   'Kat Lindgren <klindgren@%s>' % ED,
   'Jess Pruitt <jpruitt@%s>' % ED,
   'Re: group tonight',
   'Wed, 06 Mar 2024 21:30:55 -0800',
"""yeah Anjali (the 16yo in room 4 who came in from Sacramento last week) left dinner
group in tears after the dessert challenge, she only got through half the brownie.
She told me she's been purging in the shower - I told her I had to share that with the
team. Bathroom checks started tonight, please follow up tomorrow.

> On Wed, Mar 6, 2024 at 6:41 PM Jess Pruitt <jpruitt@aldercreek-recovery.org> wrote:
> how did group go? anything I need to know before tmrw?

-Kat
""", patient='Anjali')

mk('phi', 'names',
   'Samir Qureshi <squreshi@%s>' % HOSP,
   'Paula Greenhalgh <pgreenhalgh@%s>' % HOSP,
   'Mr Venkataraman',
   'Thu, 07 Mar 2024 12:12:12 -0500',
"""Paula - Mr. Venkataraman (Subramaniam, the retired engineer, comes with his son)
was in today. His fasting sugars are better but he's been having lows around 3am, 2
readings in the 50s this week. He's still on glipizide 10 bid from his PCP. I told
him to call Dr. Falk's office today re: dose. Can you follow up Monday? He prefers
calls after 10.

S
""", patient='Venkataraman')

mk('phi', 'names',
   'Hannah Oyelaran <hoyelaran@%s>' % ED,
   'Rachel Obi <robi@%s>' % ED,
   'RE: Dvořáková, Markéta – tube feeds',
   'Fri, 08 Mar 2024 08:45:30 -0800',
"""Rachel,

For Markéta: she's now taking 75% of meals by mouth so I'd like to step the overnight
NG feeds down from 1000 mL to 500 mL Isosource starting tonight. If she has two days at
>75% we can talk about pulling the tube on Monday. Weight trend is ok (+0.9 kg/wk).

Dvořáková also keeps asking about going home for her sister's wedding on the 23rd. That
one's for the team.

Hannah Oyelaran, MS, RD, LD
Senior Dietitian
""", patient='Dvořáková')

mk('phi', 'names',
   'Dale Fenwick <dfenwick@%s>' % SCH,
   'Jess Pruitt <jpruitt@%s>' % ED,
   'Siobhán - return to school plan',
   'Fri, 08 Mar 2024 14:20:00 -0800',
"""Ms. Pruitt,

Thank you for the call yesterday. Ms. Ní Bhriain (mom) signed the release this morning
so I'm following up in writing. For Siobhán's return after her residential stay, we can
do:

- lunch in my office with a staff member for the first 2 weeks
- excused from PE until her doctor clears her
- 504 meeting on 3/22 at 8:00 am

Please let me know if the team wants her doing snack in the nurse's office too.

Dale Fenwick
School Counselor, Briar Glen High School
(541) 555-0177
""", patient='Ní Bhriain')

# =====================================================================
# PHI / self
# =====================================================================
mk('phi', 'self',
   'lily c <lilybean.castellanos@gmail.com>',
   'Jess Pruitt <jpruitt@%s>' % ED,
   'thursday',
   'Mon, 04 Mar 2024 23:48:02 -0800',
"""hi its lily (castellanos, from tuesday IOP)

i really dont want to do the weigh in thursday. i know ur going to say its blind but i
can tell from the way the nurse looks at the chart. i've been doing my meal plan mostly
except i skipped the afternoon snack like 3 times this week and i didnt log it. sorry

can we talk about it before group instead

lily
""", patient='Castellanos')

mk('phi', 'self',
   'Marcus Tjahjono <mtjahjono79@outlook.com>',
   'Diabetes Education <diabetes-ed@%s>' % HOSP,
   'question about my metformin',
   'Tue, 05 Mar 2024 19:02:44 -0500',
"""Hello,

This is Marcus Tjahjono, DOB 11/02/1979. I'm in the Tuesday evening diabetes class with
Samir. Since my doctor increased my metformin to 1000mg twice a day two weeks ago my
sugars after dinner are still in the 250s and I have been having stomach problems most
mornings. Should I keep taking it? I don't want to stop without asking.

Also can I get a copy of the carb counting handout from last week, I missed it.

Thank you
Marcus
(971) 555-0136
""", patient='Tjahjono')

mk('phi', 'self',
   'Karin Lindqvist-Hart <karin.lindqvisthart@yahoo.com>',
   'Sana Rahimi <srahimi@%s>' % ED,
   'Sophie - weekend pass',
   'Wed, 06 Mar 2024 07:14:29 -0800',
"""Hi Sana,

My daughter Sophie Lindqvist-Hart is in your PHP program (she's 15). We did the
weekend meal plan like you said but Saturday she refused dinner entirely and on
Sunday I found laxatives in her backpack. I took them. She doesn't know I'm telling you.

Her pediatrician also called with her bloodwork from last week, said her potassium was
"a bit low" and wants it rechecked. Can your nurse do that at program so she doesn't
have to miss more school?

I'm so tired. Please call me, my cell is 503-555-0191.

Karin
""", patient='Lindqvist-Hart')

mk('phi', 'self',
   'Dani K <dkovacs.writes@protonmail.com>',
   'Alumni Support <alumni@%s>' % ED,
   'i think im relapsing',
   'Wed, 06 Mar 2024 02:33:10 -0800',
"""I was discharged from residential in January (room 7, Dr. Castellane was my doctor)
and I'm not doing well. Purging 2-3x a day again for about three weeks. I stopped going
to my outpatient therapist because I was embarrassed. I fainted at work on Friday.

I don't know if I need to come back in or what. I don't want to lose my job again.

- Dani
Danielle Kovacs
""", patient='Kovacs')

mk('phi', 'self',
   'Oluwaseun Adeyemi <seun.adeyemi01@gmail.com>',
   'Medical Records <hIM@%s>' % ED,
   'records request',
   'Thu, 07 Mar 2024 12:40:00 -0800',
"""To whom it may concern,

I need my treatment records sent to my new therapist in Portland. I was in your PHP
program June - August 2023.

Name: Oluwaseun Adeyemi
DOB: 07/19/2001
New provider: Dr. Lena Hartwig, PsyD, fax 503-555-0148

I already signed the form at discharge but my therapist says she never got anything.
Please include the dietitian notes and my lab results.

Thanks,
Seun
""", patient='Adeyemi')

mk('phi', 'self',
   'Fatima Haddad <fatima.haddad88@gmail.com>',
   'Paula Greenhalgh <pgreenhalgh@%s>' % HOSP,
   'Re: Your appointment on March 12',
   'Thu, 07 Mar 2024 21:15:33 -0500',
"""Hi Paula,

Yes I will come on the 12th. My fasting numbers are still 101-108 even with the 8 units
at night, do I go up to 10 like you said or wait? Baby is measuring big at the last
ultrasound so my OB wants them under 95.

Fatima

On Thu, Mar 7, 2024 at 9:00 AM Meridian Valley Diabetes Education <no-reply@mvhealth.org> wrote:
> This is a reminder of your appointment with Paula Greenhalgh, RN, CDCES on
> Tuesday, March 12, 2024 at 10:30 AM.
> Outpatient Nutrition & Diabetes Education, 2nd floor, Building C.
> Reply to this email or call (541) 555-0120 to reschedule.
""", patient='Haddad')

mk('phi', 'self',
   'Ray Makoa-Reyes <raymakoareyes@icloud.com>',
   'Samir Qureshi <squreshi@%s>' % HOSP,
   "Keanu's pump at school",
   'Fri, 08 Mar 2024 16:20:48 -0800',
"""Samir,

Keanu's dad here. Two things happened at school this week:
1) he skipped his lunch bolus Tues and Wed, came home at 380 both days with ketones
   small. He says he "forgot" but I think he doesn't want the nurse to see him.
2) pump site came out in PE on Thursday, the school nurse didn't have a spare.

He's 13, Keanu Makoa-Reyes, DOB 5/30/2010 if you need it. Can we come in next week to
go over the school plan again? I can do any afternoon after 3.

Ray
""", patient='Makoa-Reyes')

mk('phi', 'self',
   'Bex Thornbury <bex.thornbury@gmail.com>',
   'Hannah Oyelaran <hoyelaran@%s>' % ED,
   'Re: Outpatient nutrition appt Tues',
   'Sat, 09 Mar 2024 10:05:00 -0800',
"""yes I'll be there tues!

also fyi my PCP did bloodwork and my potassium came back at 3.1 so she put me on
supplements, and she wants to know if I'm still purging. honestly it's been about
twice a week. I haven't told her. is that something you'd have to tell her??

Bex
""",
   html="""<div dir="ltr">yes I'll be there tues!<div><br></div><div>also fyi my PCP did bloodwork and my potassium came back at 3.1 so she put me on supplements, and she wants to know if I'm still purging. honestly it's been about twice a week. I haven't told her. is that something you'd have to tell her??</div><div><br></div><div>Bex</div></div>""",
   patient='Thornbury')

# =====================================================================
# PHI / ids
# =====================================================================
mk('phi', 'ids',
   'Tomas Ibarra <tibarra@%s>' % ED,
   'MVH Lab Outreach <lab-outreach@%s>' % HOSP,
   'add-on request',
   'Mon, 04 Mar 2024 09:33:00 -0800',
"""Hi lab,

Can you add a magnesium and phos onto this morning's draw? Same tube should be ok.

Pinto, Renata  DOB 3.4.88  MRN 00719364
drawn 0645 at Alder Creek, courier pickup 0800

thanks - Tomas RN, x214
""", patient='Pinto')

mk('phi', 'ids',
   'Devin Sato <dsato@%s>' % ED,
   'Prior Auth <bh-priorauth@%s>' % INS2,
   'PHP auth request - member NFM448120937',
   'Tue, 05 Mar 2024 11:11:11 -0800',
"""Please see attached clinical for partial hospitalization admission request.

Member: Jordan Ellery-Park
Member ID: NFM448120937   Group 00781
DOB 19950817
Requested LOC: PHP, 5 days/wk, start 03/11/2024
Dx: F50.02
Current wt 44.2 kg, 78% of IBW, HR 48 resting

Attending: Miriam Castellane MD, NPI 1467302958

Devin Sato | UR Coordinator | (503) 555-0163 | fax (503) 555-0164
""", patient='Ellery-Park')

mk('phi', 'ids',
   'Colleen Vasquez-Hale <cvasquezhale@%s>' % ED,
   'Meal Support Outreach <mealsupport@%s>' % ED,
   'home meal support - new family',
   'Tue, 05 Mar 2024 16:48:22 -0800',
"""New FBT home meal support referral, starting next week, dinners Mon/Wed:

Theo Marchbank, born 4 Mar 2006
2218 Larkspur Ct, Apt 3B, Eugene OR 97404
Mom (Jennifer) cell 541-555-0119, home 541-555-0120
Gate code 4471#. There's a dog.

He's been ARFID since childhood, mostly "safe foods" - plan from Hannah attached
in the chart. Please don't mention weight at all in the home.

C.
""", patient='Marchbank')

mk('phi', 'ids',
   'Rachel Obi <robi@%s>' % ED,
   'Tomas Ibarra <tibarra@%s>' % ED,
   'critical K',
   'Wed, 06 Mar 2024 05:55:40 -0800',
"""lab just called a critical on MRN 00482911 (dob 12/1/2003) - K 2.9, accession
L24-0038817. she's on the 2nd floor. give 40 mEq KCl PO now, repeat BMP at noon,
ECG this morning. I'll put orders in when I'm logged in.
""", patient='')

mk('phi', 'ids',
   'Patient Accounts <patientaccounts@%s>' % ED,
   'greg.sorensen55@comcast.net',
   'Statement - Account 7730-22841',
   'Wed, 06 Mar 2024 14:00:00 -0800',
"""Dear Mr. Sorensen,

This is regarding account 7730-22841 for services provided to Abigail Sorensen
(patient DOB 09-Jun-2007) in our Partial Hospitalization Program, 01/08/2024 -
02/16/2024.

Your insurer processed 26 of 30 PHP days. 4 days (01/29-02/01) were denied as
"not medically necessary"; patient responsibility for those days is $3,480.00.
You may file an appeal with Cascadia Crest (claim # 24011900482) or set up a payment
plan with us at (503) 555-0150.

Sincerely,
Patient Accounts
Alder Creek Eating Recovery
""", patient='Sorensen')

mk('phi', 'ids',
   'Nutrition Desk <nutrition-desk@%s>' % HOSP,
   'Samir Qureshi <squreshi@%s>' % HOSP,
   'fax came in for you - retyped',
   'Thu, 07 Mar 2024 08:30:14 -0500',
"""Fax from Lakeside Family Medicine came through garbled, here's what I could read:

REFERRAL - Medical Nutrition Therapy
Pt: Desmond Achebe-Whitfield
DOB: 1961-10-23
Chart #: LFM-118204
Phone: 541.555.0182 (cell)
Ins: Medicare, MBI 4TX7-WQ2-HM81
Reason: new T2DM, A1c 8.9, BMI 36, CKD 3a, pls diet education + DSMES x 10 hrs

Marisol
""", patient='Achebe-Whitfield')

mk('phi', 'ids',
   'Kat Lindgren <klindgren@%s>' % ED,
   'Jess Pruitt <jpruitt@%s>' % ED,
   'vm from last night',
   'Thu, 07 Mar 2024 09:10:00 -0800',
"""transcribing the after hours vm for you:

"hi this is Nadia, um, Nadia Petrenko, I'm in the Thursday IOP, my date of birth is
March 9th, 1992. I won't be at group tonight, I was in the ER last night, they said my
heart rate was 41 and gave me fluids. They want me to follow up with you guys. My new
number is 458-555-0107. Thanks."

she sounded ok but pls call her today
""", patient='Petrenko')

mk('phi', 'ids',
   'Devin Sato <dsato@%s>' % ED,
   'Eligibility <elig@%s>' % INS,
   'Re: Medicaid secondary',
   'Fri, 08 Mar 2024 13:22:00 -0800',
"""Confirming the secondary for our residential pt:

OHP ID: RX40917725
Name: Maribel Quintanilla-Soto
Address: 1402 NE Alder St, Salem OR 97301
DOB 02/14/08
Primary Cascadia Crest member 900218843-02

Admit 02/27/2024, RTC rev code 1001. Can you confirm coordination of benefits on file?

> Please send member ID, DOB and address to verify.
""", patient='Quintanilla-Soto')

# =====================================================================
# PHI / lists
# =====================================================================
mk('phi', 'lists',
   'Tomas Ibarra <tibarra@%s>' % ED,
   'Treatment Team <tx-team@%s>' % ED,
   'Mon AM weights + vitals (res)',
   'Mon, 04 Mar 2024 08:02:15 -0800',
"Blind weights this AM, gowned, post-void:\n\n"
"Name\tRm\tWt kg\tchg\tHR\tBP\tnotes\n"
"Okonkwo, C\t2\t47.1\t-0.3\t54\t92/58\tmoved wt check to Thu\n"
"Marchetti, T\t3\t41.8\t+0.6\t61\t98/60\tphos low, see Rachel\n"
"Huong N\t5\t39.9\t-0.2\t49\t88/54\torthostatic +34\n"
"Dvorakova, M\t6\t44.0\t+0.9\t66\t100/64\tNG 500 tonight\n"
"Brandt, K\t8\t50.3\t+0.4\t58\t96/62\t\n"
"\nTomas\n",
   patient='Okonkwo; Marchetti; Nguyen; Dvořáková; Brandt')

mk('phi', 'lists',
   'Brianna Fultz <bfultz@%s>' % ED,
   'Residential Nursing <res-nursing@%s>' % ED,
   'night sign out 3/5',
   'Wed, 06 Mar 2024 06:58:00 -0800',
"""night shift sign-out:

* Anjali S (rm 4) - purging disclosure in group, bathroom checks q shift, locked
  bathroom after meals. slept ok.
* Tessa M (rm 3) - K-Phos given 2200, repeat labs AM. c/o ankle swelling, elevated legs.
* Rosalind A (rm 9) - 1st night, 1:1 obs till 2300 then q15. ate 50% HS snack + Boost.
* Chiamaka O - refused HS snack, Boost refused. tearful re: weight. Jess aware.
* Yasmin A-R - new meds started (thiamine), no issues.

all vitals WNL except Huong HR 47 at 0400 (asymptomatic, rechecked 51).

Bri
""", patient='Anjali; Marchetti; Achterberg; Okonkwo; Al-Rashid; Nguyen')

mk('phi', 'lists',
   'Colleen Vasquez-Hale <cvasquezhale@%s>' % ED,
   'Leadership <leadership@%s>' % ED,
   'PHP census wk of 3/11',
   'Fri, 08 Mar 2024 17:30:00 -0800',
"""PHP census for next week - 11 pts, 2 pending:

+----------------------+-----+--------+-------------+----------+------------------+
| Patient              | Age | Payer  | Auth thru   | Therapist| Notes            |
+----------------------+-----+--------+-------------+----------+------------------+
| Whitcombe, Jonah     | 16  | CCHP   | 03/22/2024  | Rahimi   | 3500 kcal        |
| Lindqvist-Hart, S    | 15  | NFM    | 03/15/2024  | Rahimi   | K recheck Mon    |
| Ellery-Park, Jordan  | 28  | NFM    | pending     | Pruitt   | new admit 3/11   |
| Sorensen, Abigail    | 16  | CCHP   | 03/29/2024  | Pruitt   | appeal in proc.  |
| Navarro, Eli         | 14  | CCHP   | 03/15/2024  | Rahimi   | -> IOP 3/18      |
| Farouk, Leila        | 31  | self   | n/a         | Pruitt   | BED, sliding fee |
| Tran, Bao            | 19  | OHP    | 03/20/2024  | Lindgren |                  |
+----------------------+-----+--------+-------------+----------+------------------+

Colleen
""", patient='Whitcombe; Lindqvist-Hart; Ellery-Park; Sorensen; Navarro; Farouk; Tran')

roster = csvtext([
    ['last', 'first', 'dob', 'mrn', 'dx', 'last_a1c', 'a1c_date', 'class', 'phone'],
    ['Tjahjono', 'Marcus', '11/02/1979', '00633018', 'T2DM', '8.4', '2024-02-02', 'Tue PM', '971-555-0136'],
    ['Venkataraman', 'Subramaniam', '04/17/1951', '00211946', 'T2DM', '7.9', '2024-01-29', 'Tue PM', '541-555-0166'],
    ['Achebe-Whitfield', 'Desmond', '10/23/1961', '00844102', 'T2DM CKD3a', '8.9', '2024-02-28', 'Tue PM', '541-555-0182'],
    ['Lowery', 'Charmaine', '07/07/1970', '00590227', 'T2DM', '10.2', '2024-02-15', 'Tue PM', '541-555-0103'],
    ['Ibrahimović', 'Amra', '12/30/1984', '00712855', 'prediabetes', '6.1', '2024-02-20', 'Tue PM', '458-555-0129'],
])
mk('phi', 'lists',
   'Samir Qureshi <squreshi@%s>' % HOSP,
   'Paula Greenhalgh <pgreenhalgh@%s>' % HOSP,
   'Tuesday DSMES roster',
   'Mon, 04 Mar 2024 15:45:00 -0500',
"""Paula here's the roster for tues evening cohort w/ latest A1cs pulled from Epic.
Charmaine hasn't been since week 2 - can you try calling her?

S
""", atts=[('DSMES_Tue_cohort_Mar2024.csv', roster, 'text/csv')],
   patient='Tjahjono; Venkataraman; Achebe-Whitfield; Lowery; Ibrahimović')

labs = csvtext([
    ['MRN', 'PatientName', 'DOB', 'CollectDT', 'Test', 'Result', 'Units', 'Flag'],
    ['00719364', 'PINTO, RENATA', '1988-03-04', '2024-03-04 06:45', 'PHOS', '2.3', 'mg/dL', 'L'],
    ['00719364', 'PINTO, RENATA', '1988-03-04', '2024-03-04 06:45', 'MG', '1.6', 'mg/dL', 'L'],
    ['00482911', 'KOWALCZYK, ZOFIA', '2003-12-01', '2024-03-06 05:10', 'K', '2.9', 'mmol/L', 'LL'],
    ['00482911', 'KOWALCZYK, ZOFIA', '2003-12-01', '2024-03-06 05:10', 'HCO3', '34', 'mmol/L', 'H'],
    ['00731150', 'MARCHETTI, TESSA', '2006-08-19', '2024-03-07 06:00', 'PHOS', '2.1', 'mg/dL', 'L'],
    ['00731150', 'MARCHETTI, TESSA', '2006-08-19', '2024-03-07 06:00', 'GLU', '61', 'mg/dL', 'L'],
    ['00740087', 'ACHTERBERG, ROSALIND', '1999-05-02', '2024-03-13 13:40', 'PHOS', '2.8', 'mg/dL', ''],
])
mk('phi', 'lists',
   'MVH Lab Outreach <lab-outreach@%s>' % HOSP,
   'Rachel Obi <robi@%s>' % ED,
   'Weekly abnormal results export - Alder Creek',
   'Fri, 15 Mar 2024 06:00:00 -0500',
"""Attached is the weekly abnormal results export for client ALDERCRK. The file is
zipped per our outreach policy. Password sent separately.

Meridian Valley Hospital Laboratory Outreach
(541) 555-0199
""", atts=[('ALDERCRK_abn_20240315.zip', zipbytes([('ALDERCRK_abn_20240315.csv', labs)]), 'application/zip')],
   patient='Pinto; Kowalczyk; Marchetti; Achterberg')

xl = xlsxbytes([
    ['Patient', 'MRN', 'LOC', 'Admit', 'Payer', 'Member ID', 'Next review', 'Days left', 'Reviewer'],
    ['Brandt, Kaylee', '00729981', 'RTC', '2024-02-19', 'Cascadia Crest', '900331207-01', '2024-04-02', 14, 'L. Morrow'],
    ['Quintanilla-Soto, Maribel', '00735410', 'RTC', '2024-02-27', 'Cascadia Crest/OHP', '900218843-02', '2024-03-19', 4, 'L. Morrow'],
    ['Ellery-Park, Jordan', '00741236', 'PHP', '2024-03-11', 'Northfield Mutual', 'NFM448120937', 'pending', 0, 'T. Greaves'],
    ['Whitcombe, Jonah', '00722170', 'PHP', '2024-02-05', 'Cascadia Crest', '900412776-03', '2024-03-22', 7, 'L. Morrow'],
    ['Sorensen, Abigail', '00698822', 'PHP', '2024-01-08', 'Cascadia Crest', '900129934-02', 'appeal', 0, 'J. Whitley'],
], sheet='UR tracker')
mk('phi', 'lists',
   'Devin Sato <dsato@%s>' % ED,
   'Colleen Vasquez-Hale <cvasquezhale@%s>' % ED,
   'UR tracker - updated',
   'Mon, 11 Mar 2024 16:10:00 -0700',
"""Updated tracker attached. Quintanilla-Soto is the one I'm worried about, only 4
days left and they're hinting at a step-down even though she's still on NG.

Devin
""", atts=[('UR_tracker_0311.xlsx', xl, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')],
   patient='Brandt; Quintanilla-Soto; Ellery-Park; Whitcombe; Sorensen')

mk('phi', 'lists',
   'Hannah Oyelaran <hoyelaran@%s>' % ED,
   'Dietary <dietary@%s>; MHT Staff <mht@%s>' % (ED, ED),
   'meal completion today + tray changes',
   'Tue, 12 Mar 2024 19:40:00 -0700',
"""meal completion 3/12 (B / L / D):

Rosalind      50 / 75 / 100   -> add Boost Plus w/ dinner x 3 days
Anjali        100 / 100 / 50  -> dessert challenge again Thurs
Tessa         75 / 100 / 100
Chiamaka      25 / 50 / 75    -> NG backup if <50% tomorrow (per Dr C)
Yasmin        100 / 100 / 100 -> ok to move to self-plating lunch
Markéta       75 / 75 / 100   -> NG 500 mL overnight continues

tray changes: NO peanut for Anjali (true allergy, not a preference). Rosalind is
lactose intolerant - Lactaid milk only.

Hannah
""", patient='Achterberg; Anjali; Marchetti; Okonkwo; Al-Rashid; Dvořáková')

mk('phi', 'lists',
   'Owen Falk MD <ofalk@%s>' % HOSP,
   'Diabetes Education <diabetes-ed@%s>' % HOSP,
   'huddle list thurs',
   'Thu, 14 Mar 2024 07:15:00 -0500',
"""for huddle:

- Boateng - pump start today 9am (Paula). settings signed.
- Haddad, Fatima - GDM, 31 wks, fasting still ~105 on NPH 8u -> increase to 10u
- Halloran - insulin omission, ED referral sent to Alder Creek, CGM review Fri
- Makoa-Reyes (13yo) - missed school boluses, dad coming Tues 3:30
- Venkataraman - 3am lows on glipizide, I decreased to 5 bid yesterday
- Lowery - no show x3, pls try again / send letter

OF
""", patient='Boateng; Haddad; Halloran; Makoa-Reyes; Venkataraman; Lowery')

# =====================================================================
# PHI / struct
# =====================================================================
mk('phi', 'struct',
   'Luis Carrasco <lcarrasco@%s>' % HOSP,
   'Interface Team <interfaces@%s>' % HOSP,
   'ORU not crossing to Alder Creek - example',
   'Mon, 04 Mar 2024 11:47:00 -0500',
"""This one errored on the outbound to ALDERCRK (OBX-5 too long?). Pasting raw from the
engine log:

MSH|^~\\&|MVHLAB|MVH|ACER_EHR|ALDERCRK|202403040912||ORU^R01|MVH0304091200217|P|2.5.1
PID|1||00719364^^^MVH^MR||PINTO^RENATA^L||19880304|F|||877 Willamette Blvd^^Eugene^OR^97401||5415550174
PV1|1|O|OUTREACH^^^ALDERCRK||||1467302958^CASTELLANE^MIRIAM
ORC|RE|AC240304-11|L24-0037702
OBR|1|AC240304-11|L24-0037702|BMP^BASIC METABOLIC PANEL|||202403040645
OBX|1|NM|2823-3^Potassium^LN||3.4|mmol/L|3.5-5.1|L|||F
OBX|2|NM|2777-1^Phosphorus^LN||2.3|mg/dL|2.5-4.5|L|||F
OBX|3|NM|19123-9^Magnesium^LN||1.6|mg/dL|1.7-2.4|L|||F
OBX|4|TX|COMMENT^Comment||Specimen drawn at Alder Creek Eating Recovery, refeeding protocol day 2. Provider notified of low phos by phone 0921, read back.||||||F

Luis Carrasco
Integration Analyst II, Meridian Valley IS
""", patient='Pinto')

adt = ("MSH|^~\\&|ACER_EHR|ALDERCRK|MVH_ADT|MVH|202403131342||ADT^A01|ACR2024031300091|P|2.3\r"
       "EVN|A01|202403131340\r"
       "PID|1||00740087^^^ACER^MR~552-41-7730^^^SSA^SS||ACHTERBERG^ROSALIND^J||19990502|F||W|3310 Pine Hollow Rd^^Springfield^OR^97477||(541)555-0158|||S\r"
       "NK1|1|ACHTERBERG^MARGRIET|MTH|3310 Pine Hollow Rd^^Springfield^OR^97477|(541)555-0159\r"
       "PV1|1|I|RTC^209^A^ALDERCRK||||1467302958^CASTELLANE^MIRIAM|||PSY||||7|||1467302958^CASTELLANE^MIRIAM|RES||CCHP\r"
       "DG1|1||F50.01^Anorexia nervosa, restricting type^I10\r"
       "IN1|1|CCHP01|CCHP|Cascadia Crest Health Plan|||||||||||||||||||||||||||||||||900377415-01\r")
mk('phi', 'struct',
   'Kevin Ostrowski <kostrowski@%s>' % ED,
   'Luis Carrasco <lcarrasco@%s>' % HOSP,
   'RE: A01 feed test - real msg attached',
   'Wed, 13 Mar 2024 14:05:00 -0700',
"""Luis, attaching the actual A01 from today's admit that your side rejected (PID-3
repetition?). Sorry it's a live one, the test patient wasn't triggering the same error.
Please delete after.

Kevin Ostrowski
IT / EHR Admin, Alder Creek
""", atts=[('ACR2024031300091.hl7', adt.encode('ascii'), 'application/octet-stream')],
   patient='Achterberg')

x837 = """ISA*00*          *00*          *ZZ*ALDERCRK01     *ZZ*CCHP0001       *240308*1412*^*00501*000004417*0*P*:~
GS*HC*ALDERCRK01*CCHP0001*20240308*1412*4417*X*005010X223A2~
ST*837*0001*005010X223A2~
BHT*0019*00*ACR0308A*20240308*1412*CH~
NM1*85*2*ALDER CREEK EATING RECOVERY*****XX*1295847731~
N3*4100 RIVERBEND PKWY~
N4*EUGENE*OR*97401~
REF*EI*931847562~
HL*2*1*22*0~
SBR*P*18*00781******CI~
NM1*IL*1*SORENSEN*ABIGAIL*M***MI*900129934-02~
N3*6120 CEDAR GLEN DR~
N4*EUGENE*OR*97405~
DMG*D8*20070609*F~
CLM*ACR24-002281*3480***13:A:1**A*Y*Y~
DTP*434*RD8*20240129-20240201~
HI*ABK:F5002~
SV2*0913**3480*UN*4~
SE*17*0001~
GE*1*4417~
IEA*1*000004417~"""
mk('phi', 'struct',
   'Billing Office <billing@%s>' % ED,
   'Provider Relations <provider.relations@%s>' % INS,
   'Corrected claim - 837I resubmission ACR24-002281',
   'Fri, 08 Mar 2024 14:30:00 -0800',
"""Hello,

Per our call today, below is the corrected 837I for the denied PHP days (rev 0913).
The original was rejected for missing the admission type. Please route to the appeals
queue along with the appeal letter we faxed 3/6.

""" + x837 + """

Thank you,
Renee Albright, CPC
Billing Office, Alder Creek Eating Recovery
""", patient='Sorensen')

x271 = """ISA*00*          *00*          *ZZ*NFMUTUAL       *ZZ*ALDERCRK01     *240305*0931*^*00501*000118820*0*P*:~
GS*HB*NFMUTUAL*ALDERCRK01*20240305*0931*118820*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*ELG0305-7*20240305*0931~
HL*1**20*1~
NM1*PR*2*NORTHFIELD MUTUAL*****PI*NFM01~
HL*2*1*21*1~
NM1*1P*2*ALDER CREEK EATING RECOVERY*****XX*1295847731~
HL*3*2*22*0~
NM1*IL*1*ELLERY-PARK*JORDAN****MI*NFM448120937~
N3*88 SE HAWTHORNE AVE APT 12~
N4*PORTLAND*OR*97214~
DMG*D8*19950817*U~
EB*1*IND*MH*PS*GOLD PPO 1500~
EB*C*IND*MH***23*1500*****Y~
EB*B*IND*MH*****150*****Y~
MSG*PARTIAL HOSPITALIZATION REQUIRES PRIOR AUTHORIZATION~
SE*16*0001~
GE*1*118820~
IEA*1*000118820~"""
mk('phi', 'struct',
   'Devin Sato <dsato@%s>' % ED,
   'Colleen Vasquez-Hale <cvasquezhale@%s>' % ED,
   'fyi 271 for Jordan - deductible not met',
   'Tue, 05 Mar 2024 09:40:00 -0800',
"""271 came back. $1500 deductible not met, $150 copay per day for PHP once they approve.
Jordan's going to have a big bill - might want to loop in financial counseling before
admit.

""" + x271 + "\n\nD\n", patient='Ellery-Park')

fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "acer-00722170",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "00722170"}],
        "name": [{"family": "Whitcombe", "given": ["Jonah", "Alexander"]}],
        "gender": "male",
        "birthDate": "2007-11-03",
        "address": [{"line": ["19 Quarry Ridge Rd"], "city": "Cottage Grove", "state": "OR", "postalCode": "97424"}]
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "id": "wt-20240306",
        "status": "final",
        "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "vital-signs"}]}],
        "code": {"coding": [{"system": "http://loinc.org", "code": "29463-7", "display": "Body weight"}]},
        "subject": {"reference": "Patient/acer-00722170"},
        "effectiveDateTime": "2024-03-06T07:05:00-08:00",
        "valueQuantity": {"value": 52.6, "unit": "kg", "system": "http://unitsofmeasure.org", "code": "kg"},
        "note": [{"text": "Blind weight, gowned, post-void. PHP day 22."}]
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "id": "hr-20240306",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "8867-4", "display": "Heart rate"}]},
        "subject": {"reference": "Patient/acer-00722170"},
        "effectiveDateTime": "2024-03-06T07:05:00-08:00",
        "valueQuantity": {"value": 52, "unit": "/min"}
      }
    }
  ]
}
"""
mk('phi', 'struct',
   'Kevin Ostrowski <kostrowski@%s>' % ED,
   'support@nourishtrack-app.io',
   'Case 88213 - bundle rejected by your import endpoint',
   'Wed, 06 Mar 2024 16:22:00 -0800',
"""Hi NourishTrack support,

Your /import endpoint returns 422 on the attached bundle (exported from our EHR this
afternoon). Error text is "subject reference unresolved". As far as I can tell the
Patient is in the bundle. Can you take a look? We're live with this family portal on
Monday.

Kevin Ostrowski
EHR Admin | Alder Creek Eating Recovery
""", atts=[('bundle_00722170.json', fhir.encode('utf-8'), 'application/fhir+json')],
   patient='Whitcombe')

ccd = """<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20240307153000-0500"/>
  <recordTarget>
    <patientRole>
      <id extension="00844102" root="2.16.840.1.113883.3.7711.1"/>
      <addr use="HP"><streetAddressLine>45 Orchard View Ln</streetAddressLine><city>Junction City</city><state>OR</state><postalCode>97448</postalCode></addr>
      <telecom value="tel:+1-541-555-0182" use="MC"/>
      <patient>
        <name><given>Desmond</given><family>Achebe-Whitfield</family></name>
        <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19611023"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
      <text><list><item>Type 2 diabetes mellitus (E11.65)</item><item>CKD stage 3a (N18.31)</item><item>Obesity, BMI 36</item></list></text>
    </section></component>
    <component><section>
      <code code="30954-2" codeSystem="2.16.840.1.113883.6.1" displayName="Results"/>
      <text>HbA1c 8.9 % (2024-02-28); eGFR 52 mL/min/1.73m2 (2024-02-28)</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>"""
mk('phi', 'struct',
   'Samir Qureshi <squreshi@%s>' % HOSP,
   'Epic Analyst Team <epic-analysts@%s>' % HOSP,
   'CCD from Lakeside not importing problem list',
   'Thu, 07 Mar 2024 15:45:00 -0500',
"""Hi team, the CCD we got from Lakeside Family Medicine for a new DSMES referral isn't
reconciling - problem list section comes in blank in Epic. Here's the relevant chunk
of the XML I copied out of Care Everywhere:

""" + ccd + """

Is it the missing <entry> elements? It's only in <text>.

Thanks
Samir
""", patient='Achebe-Whitfield')

x835 = """ISA*00*          *00*          *ZZ*CCHP0001       *ZZ*ALDERCRK01     *240314*0605*^*00501*000220913*0*P*:~
GS*HP*CCHP0001*ALDERCRK01*20240314*0605*220913*X*005010X221A1~
ST*835*0001~
BPR*I*18240*C*ACH*CCP*01*121000358*DA*4401882037*1931447720**01*323371076*DA*0098213344*20240314~
TRN*1*EFT0314882*1931447720~
N1*PR*CASCADIA CREST HEALTH PLAN~
N1*PE*ALDER CREEK EATING RECOVERY*XX*1295847731~
LX*1~
CLP*ACR24-001977*1*21000*18240**13*24050200117*13*1~
NM1*QC*1*BRANDT*KAYLEE****MI*900331207-01~
DTM*232*20240219~
DTM*233*20240303~
SVC*NU:1001*21000*18240**14~
CAS*CO*45*2760~
SE*13*0001~
GE*1*220913~
IEA*1*000220913~
"""
mk('phi', 'struct',
   'Renee Albright <ralbright@%s>' % ED,
   'Devin Sato <dsato@%s>' % ED,
   'ERA for Brandt RTC 2/19-3/3',
   'Thu, 14 Mar 2024 10:12:00 -0700',
"""Devin - raw 835 segment below for Kaylee's first two weeks of residential. They paid
18,240 of 21,000, CO-45 on the rest (contractual), so we're fine. Just want you to see
it before the next review.

""" + x835 + """
Renee
""", cte='base64', patient='Brandt')

# =====================================================================
# PHI / lang
# =====================================================================
mk('phi', 'lang',
   'Graciela Echeverría <graciela.echeverria70@hotmail.com>',
   'Sana Rahimi <srahimi@%s>' % ED,
   'Valentina - preocupada',
   'Sun, 03 Mar 2024 22:10:00 -0800',
"""Hola Sana,

Perdón que le escriba en español, mi inglés no es muy bueno para esto. Mi hija
Valentina Ríos Echeverría (está en el programa de hospitalización parcial) no quiso
cenar hoy otra vez y se encerró en el baño casi una hora después del almuerzo. Creo que
está vomitando otra vez. También vi que está tomando mucha agua antes de que la pesen
los martes.

La doctora le cambió la fluoxetina a 30 mg la semana pasada, ¿puede ser por eso que
está tan irritable?

¿Podemos hablar mañana? Mi número es 541-555-0114.

Gracias,
Graciela (mamá de Valentina)
""", cte='quoted-printable', patient='Ríos Echeverría')

mk('phi', 'lang',
   'Joana Bezerra <joanabezerra.santos@gmail.com>',
   'Diabetes Education <diabetes-ed@%s>' % HOSP,
   'dúvida sobre insulina',
   'Mon, 04 Mar 2024 08:05:00 -0500',
"""Bom dia,

Meu nome é Joana Bezerra dos Santos, data de nascimento 22/09/1967. Fiz a aula de
diabetes com a Paula em fevereiro. Desde que comecei a insulina glargina (14 unidades
à noite) minha glicemia de jejum está entre 60 e 70 e acordo suando e tremendo. Ontem
medi 54. Devo diminuir a dose? Meu médico está de férias.

Obrigada,
Joana
""", cte='base64', patient='Bezerra dos Santos')

mk('phi', 'lang',
   'Tran Minh Khoa <khoa.tran.pdx@gmail.com>',
   'Samir Qureshi <squreshi@%s>' % HOSP,
   'Lịch hẹn của bố tôi (Trần Văn Phúc)',
   'Tue, 05 Mar 2024 18:30:00 -0800',
"""Chào anh Samir,

Tôi là Khoa, con trai của ông Trần Văn Phúc (sinh ngày 12/05/1956). Bố tôi có hẹn học
về bệnh tiểu đường vào thứ Năm tuần này lúc 2 giờ chiều. Tuần trước đường huyết của bố
lúc đói là 190-220, và bố vẫn ăn cơm trắng rất nhiều. Bác sĩ mới tăng metformin lên
1000mg. Xin cho một người thông dịch tiếng Việt nếu được.

Cảm ơn anh,
Khoa
(Sorry for writing in Vietnamese - I can translate at the visit if no interpreter.)
""", cte='base64', patient='Trần Văn Phúc')

mk('phi', 'lang',
   'Wideline Pierre-Louis <wideline.pl@yahoo.com>',
   'Paula Greenhalgh <pgreenhalgh@%s>' % HOSP,
   'sik mwen',
   'Wed, 06 Mar 2024 07:50:00 -0500',
"""Bonjou Paula,

Se mwen Wideline Pierre-Louis, ou te wè m semèn pase pou dyabèt gwosès la. Sik mwen te
180 apre manje maten an ayè ak 165 jodi a. Mwen pran 6 inite ensilin nan aswè jan ou te
di m nan. Mwen gen 30 semèn. Èske m dwe ogmante li? Tanpri rele m nan 617-555-0135.

Mèsi anpil,
Wideline
""", patient='Pierre-Louis')

mk('phi', 'lang',
   'Ирина Соколова <irina.sokolova.84@mail.ru>',
   'Jess Pruitt <jpruitt@%s>' % ED,
   'Алина - вопрос о выписке',
   'Thu, 07 Mar 2024 12:00:00 -0800',
"""Здравствуйте, Джесс,

Пишу по-русски, переводчик в приложении плохо переводит. Моя дочь Алина Соколова
(Alina Sokolova, 17 лет) в вашем стационаре с 19 февраля. Врач сказала нам, что её
пульс ночью всё ещё 44-46 и что её пока нельзя переводить на дневной стационар.
Страховая компания пишет, что оплатит только до 22 марта. Что нам делать? Она очень
плачет по телефону и говорит, что её заставляют есть через зонд.

С уважением,
Ирина Соколова, мама Алины
+1 (503) 555-0187
""", cte='base64', patient='Sokolova')

mk('phi', 'lang',
   'Rosario Dimaculangan <rosario.dimac@gmail.com>',
   'Diabetes Education <diabetes-ed@%s>' % HOSP,
   'Re: follow up po',
   'Fri, 08 Mar 2024 09:40:00 -0800',
"""Magandang araw po,

Ako po si Rosario Dimaculangan, birthday ko po ay Aug 2 1958. Nag-attend po ako ng
diabetes class noong Pebrero. Ang asukal ko po ngayong linggo ay 250 to 280 pagkatapos
kumain, kahit nag-iinsulin na po ako ng 20 units sa umaga. Pumunta din po ako sa ER
noong Lunes kasi nahilo ako. Pwede po ba akong magpa-appointment ulit kay Ms. Paula?
Mas okay po sa akin ang Tagalog na interpreter.

Salamat po,
Rosario
""", patient='Dimaculangan')

mk('phi', 'lang',
   'سلمى الحسيني <salma.alhusseini@outlook.com>',
   'Samir Qureshi <squreshi@%s>' % HOSP,
   'سؤال عن جرعة الأنسولين',
   'Sat, 09 Mar 2024 20:14:00 -0500',
"""مرحباً أستاذ سمير،

أنا سلمى الحسيني (Salma Al-Husseini)، تاريخ ميلادي ١٤/٠٣/١٩٩٠. حضرت عندك موعد التثقيف
الخاص بالسكري الأسبوع الماضي. نحن في شهر رمضان قريباً وأريد أن أصوم، لكني أستخدم
الأنسولين (نوفورابيد مع كل وجبة ولانتوس ٢٢ وحدة). قراءة السكر عندي هذا الصباح كانت ٦٨.
هل يمكن أن نحدد موعداً لتعديل الجرعات قبل رمضان؟

شكراً جزيلاً،
سلمى
""", cte='quoted-printable', patient='Al-Husseini')

mk('phi', 'lang',
   '王丽 <wangli.mom@163.com>',
   'Samir Qureshi <squreshi@%s>' % HOSP,
   '浩然的血糖问题',
   'Sun, 10 Mar 2024 21:05:00 -0700',
"""Samir 老师您好，

我是王浩然（Haoran Wang，11岁）的妈妈。浩然上个月在你们医院确诊1型糖尿病。这周他在学校
午饭后血糖经常超过300，学校护士说他有时候不吃午饭但还是打了胰岛素，昨天下午低到52，
被送到了护士室。我们很担心。他现在用的是门冬胰岛素，碳水比例1:15。

能不能下周二下午带他来复诊？我的电话是 503-555-0196。

谢谢！
王丽
""", cte='base64', patient='Wang')

# =====================================================================
# CLEAN / admin
# =====================================================================
mk('clean', 'admin',
   'Colleen Vasquez-Hale <cvasquezhale@%s>' % ED,
   'MHT Staff <mht@%s>' % ED,
   'weekend meal support coverage 3/16-17 -- still need 2',
   'Wed, 13 Mar 2024 12:20:00 -0700',
"""Hi all,

Weekend coverage for meal support is still short. Current grid:

Sat 3/16   B: Brianna F / Marcus L     L: Brianna F / OPEN     D: Kat L / Trevor H
Sun 3/17   B: Trevor H / OPEN         L: Devonte W / Kat L    D: Devonte W / Ana M

Time-and-a-half for the open shifts, reply all or text me at 503-555-0111. If nobody
picks up by Thursday noon I'll have to call the agency (Pacific Staffing, ref PO-2024-0388).

Reminder that anyone floating from IOP needs to have done the meal support competency
(Module 4) before working a residential meal.

Thanks!
Colleen
""")

mk('clean', 'admin',
   'MVH IT Service Desk <servicedesk@%s>' % HOSP,
   'Samir Qureshi <squreshi@%s>' % HOSP,
   '[INC0048823] Resolved: Dexcom Clarity clinic portal not loading in Citrix',
   'Thu, 07 Mar 2024 16:02:00 -0500',
"""Incident INC0048823 has been resolved.

Short description: Dexcom Clarity clinic portal not loading in Citrix
Caller: Samir Qureshi (Nutrition & Diabetes Ed, Bldg C 2nd fl)
Assignment group: Desktop Support - Clinical Apps
Resolved by: Aaron Whitcomb-Lee

Resolution notes: Added clarity.dexcom.com and *.dexcom.eu to the Citrix browser
allow list (CHG0019321). Cleared user profile cache. Verified with caller that clinic
dashboard loads. No patient data was accessed during troubleshooting.

If the issue recurs, reply to this email within 5 days to reopen. Otherwise call the
Service Desk at x5000 / (541) 555-0500.

Meridian Valley Hospital Information Services
""",
   html="""<html><body><table style="font-family:Arial;font-size:10pt" border="0">
<tr><td colspan="2"><b>Incident INC0048823 has been resolved.</b></td></tr>
<tr><td>Short description</td><td>Dexcom Clarity clinic portal not loading in Citrix</td></tr>
<tr><td>Caller</td><td>Samir Qureshi (Nutrition &amp; Diabetes Ed, Bldg C 2nd fl)</td></tr>
<tr><td>Assignment group</td><td>Desktop Support - Clinical Apps</td></tr>
<tr><td>Resolved by</td><td>Aaron Whitcomb-Lee</td></tr>
<tr><td>Resolution</td><td>Added clarity.dexcom.com and *.dexcom.eu to the Citrix browser allow list (CHG0019321). Cleared user profile cache. Verified with caller that clinic dashboard loads. No patient data was accessed during troubleshooting.</td></tr>
</table><p style="font-size:9pt">Service Desk x5000 / (541) 555-0500</p></body></html>""")

inv = csvtext([
    ['Invoice', 'Date', 'Item', 'Qty', 'Unit', 'Amount'],
    ['CK-24-01177', '2024-03-01', 'Therapeutic kitchen group - ingredients (week 9)', '1', '412.60', '412.60'],
    ['CK-24-01177', '2024-03-01', 'Restaurant outing - Luigi\'s (group of 8)', '1', '236.15', '236.15'],
    ['CK-24-01177', '2024-03-01', 'Ensure Plus vanilla, case of 24', '6', '38.90', '233.40'],
    ['CK-24-01177', '2024-03-01', 'Boost Very High Calorie, case of 27', '3', '61.20', '183.60'],
    ['CK-24-01177', '2024-03-01', 'Delivery', '1', '25.00', '25.00'],
])
mk('clean', 'admin',
   'Accounts Receivable <ar@cascadekitchensupply.com>',
   'AP <ap@%s>' % ED,
   'Invoice CK-24-01177 - Alder Creek Eating Recovery - Net 30',
   'Fri, 01 Mar 2024 10:00:00 -0800',
"""Hello,

Please find attached invoice CK-24-01177 for March supplies, total $1,090.75, due
03/31/2024. Remit to Cascade Kitchen Supply, PO Box 4410, Eugene OR 97404, or ACH per
the W-9 on file. Your customer account # is 88-10342.

Questions: Darlene Huxley, (541) 555-0131.

Cascade Kitchen Supply
""", atts=[('CK-24-01177.csv', inv, 'text/csv')])

mk('clean', 'admin',
   'HR Benefits <benefits@%s>' % ED,
   'All Staff <allstaff@%s>' % ED,
   'Open enrollment closes Friday + EAP reminder',
   'Mon, 11 Mar 2024 08:00:00 -0700',
"""Hi everyone,

Benefits open enrollment closes Friday 3/15 at 5pm. Log in to the BenefitBridge portal
with your employee ID (starts with AC-) to:
- confirm your medical plan (Cascadia Crest PPO or HMO)
- add/remove dependents (birth certificate or marriage cert required)
- elect FSA / dependent care FSA (2024 limits: $3,200 / $5,000)

Reminder: our Employee Assistance Program is free and confidential, 6 sessions per
issue per year, 1-800-555-0172. Nobody at Alder Creek sees who uses it.

Questions? Tanya Ruiz-Becker, HR Generalist, x201.

Alder Creek Human Resources
""")

mk('clean', 'admin',
   'Facilities Work Orders <facilities@%s>' % HOSP,
   'Paula Greenhalgh <pgreenhalgh@%s>' % HOSP,
   'WO-231877 teaching kitchen walk-in cooler - scheduled',
   'Tue, 12 Mar 2024 13:30:00 -0500',
"""Work order WO-231877 (Bldg C, Rm 214 - Teaching Kitchen) has been scheduled.

Issue: walk-in cooler reading 46F, alarm going off intermittently
Vendor: Northwest Refrigeration, tech Gary Pelletier, (541) 555-0144
Date: Thu 03/14/2024, 7:00-9:00 AM

Please remove perishables used for the cooking demo classes before 7 am Thursday.
Cooler will be down approx 2 hrs. Facilities contact: Leon Marsh x3318.
""")

mk('clean', 'admin',
   'Medical Staff Office <medstaff@%s>' % HOSP,
   'Owen Falk MD <ofalk@%s>' % HOSP,
   'Reappointment packet due 4/1 - Dr. Owen Falk',
   'Wed, 06 Mar 2024 09:00:00 -0500',
"""Dr. Falk,

Your reappointment to the Medical Staff is due 04/01/2024. We have on file:

NPI: 1538214467
Oregon license MD-184420, exp 12/31/2025
DEA FF4402187, exp 07/31/2026
Board cert: Endocrinology, Diabetes & Metabolism (ABIM), through 2031

Still needed: updated CV, TB attestation, and the OPPE sign-off from Dr. Hollis.
Please return by 3/22. We can also accept the attestation by fax at (541) 555-0522.

Bernadette Okwu, CPMSM
Medical Staff Coordinator
""")

mk('clean', 'admin',
   'Service Dept <service@precisionscaleco.com>',
   'Tomas Ibarra <tibarra@%s>' % ED,
   'Calibration certificates - 3 scales - Alder Creek',
   'Thu, 29 Feb 2024 15:15:00 -0800',
"""Tomas,

Calibration completed today on:

  Seca 703 column scale     SN 5870233114041   Res nursing station    PASS
  Seca 703 column scale     SN 5870233114187   PHP exam room          PASS
  Health o meter 500KL      SN HM5K-0098812    IOP office             ADJUSTED (+0.2 kg) / PASS

Certificates attached to your account (cust # PSC-7719). Next due 08/2024. Note the
500KL display is flickering - we recommend replacing the display board ($145) before
next cycle.

Jim Barlow
Precision Scale Co. | (503) 555-0140
""")

# =====================================================================
# CLEAN / lookalike
# =====================================================================
mk('clean', 'lookalike',
   'Summit Strength & Fitness <noreply@summitstrengthfit.com>',
   'jpruitt.personal@gmail.com',
   'Your InBody scan results - Member #SSF-0041872',
   'Sat, 02 Mar 2024 09:30:00 -0800',
"""Hi Jessica,

Thanks for coming in for your quarterly body composition check! Here's your summary:

Member #: SSF-0041872
Scan date: 03/02/2024, Eugene Downtown location
Skeletal muscle mass: up 0.6 lb
Body fat %: down 1.1 pts
Visceral fat level: 6 (healthy range)
Resting metabolic rate (est.): 1,412 kcal

Your coach Brandon will reach out about your next 8-week program. Don't forget to
log your meals in the app to unlock your macro targets!

Summit Strength & Fitness - 2041 Willamette St - (541) 555-0160
Unsubscribe | Manage preferences
""",
   html="""<html><body style="font-family:Helvetica">
<h2 style="color:#e4572e">Your InBody results are in!</h2>
<p>Hi Jessica, thanks for coming in for your quarterly body composition check.</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td>Member #</td><td>SSF-0041872</td></tr>
<tr><td>Scan date</td><td>03/02/2024</td></tr>
<tr><td>Skeletal muscle mass</td><td>+0.6 lb</td></tr>
<tr><td>Body fat %</td><td>-1.1 pts</td></tr>
<tr><td>Visceral fat level</td><td>6 (healthy range)</td></tr>
<tr><td>Resting metabolic rate</td><td>1,412 kcal</td></tr>
</table>
<p>Your coach Brandon will reach out about your next 8-week program.</p>
<p style="font-size:9px">Summit Strength &amp; Fitness &middot; 2041 Willamette St &middot; <a href="https://summitstrengthfit.com/unsub">Unsubscribe</a></p>
</body></html>""")

mk('clean', 'lookalike',
   'Riverbend Veterinary Hospital <frontdesk@riverbendvet.com>',
   'hoyelaran.home@gmail.com',
   "Biscuit's glucose curve results",
   'Mon, 04 Mar 2024 17:45:00 -0800',
"""Hi Hannah,

Dr. Kessler reviewed Biscuit's glucose curve from Friday. Highest reading was 410 at
the 2 hour mark and the nadir was 140 at 6 hours, so she'd like to increase his
Vetsulin from 2 units to 2.5 units twice daily with meals. Please keep feeding the
Hill's m/d prescription diet and watch for any wobbliness or lethargy (signs his sugar
is too low) - if you see that, rub a little corn syrup on his gums and call us.

Recheck fructosamine in 3 weeks. Patient ID: 20931 (Biscuit, 11 yr DSH, neutered male).
Client account: 7714.

Riverbend Veterinary Hospital
(541) 555-0188
""")

mk('clean', 'lookalike',
   'Willamette Valley Credit Union <alerts@wvcu-members.org>',
   'tomas.ibarra@gmail.com',
   'Member #0098213344 - your auto loan payment posted',
   'Fri, 08 Mar 2024 06:01:00 -0800',
"""Dear Member,

Your payment of $412.88 to loan account ending 4471 posted on 03/08/2024.
Member number: 0098213344
Remaining balance: $9,207.14
Next payment due: 04/08/2024

Reminder: WVCU will never ask for your PIN or full account number by email.
Questions? Call Member Services at 1-800-555-0109, Mon-Sat 8-6.

Willamette Valley Credit Union - Federally insured by NCUA
""")

mk('clean', 'lookalike',
   'Cascade Air <itinerary@cascadeair-travel.com>',
   'Hannah Oyelaran <hoyelaran@%s>' % ED,
   'Itinerary confirmation - record locator QX7TRM',
   'Tue, 27 Feb 2024 11:20:00 -0800',
"""Passenger: OYELARAN/HANNAH MS
Record locator: QX7TRM       Ticket: 0167213390041
Frequent flyer: CA 448201177 (Silver)

Thu 04 Apr  CA 1182  EUG 06:10 -> DEN 09:48   Seat 14C   Meal: Vegetarian (VGML)
Sun 07 Apr  CA 1191  DEN 18:25 -> EUG 20:14   Seat 12A

Checked bags: 1 included. Fare class: K. Paid by corporate card ending 2203.
Purpose: iaedp Symposium - billed to Alder Creek Eating Recovery, cost center 4100.

Need assistance? (800) 555-0123
""")

mk('clean', 'lookalike',
   'Evergreen Auto Insurance Claims <claims@evergreenautoins.com>',
   'dsato.home@yahoo.com',
   'Claim 24-EA-0031927 - adjuster assigned',
   'Wed, 06 Mar 2024 14:10:00 -0800',
"""Dear Devin Sato,

Your claim 24-EA-0031927 (policy EAI-8841-0922, 2019 Subaru Outback) for the
03/04/2024 parking lot incident has been assigned to adjuster Michelle Tobin.

Injuries reported: none
Damage: rear bumper, tailgate
Other party: Northfield Mutual policyholder, their claim #NM-24-771902

Please have the vehicle inspected at any Evergreen Preferred Shop within 10 days.
Your deductible is $500. Michelle can be reached at (503) 555-0178.

Evergreen Auto Insurance
""")

mk('clean', 'lookalike',
   'Kevin Ostrowski <kostrowski@%s>' % ED,
   'dev-ops <devops@%s>' % ED,
   'patient-sync worker keeps orphaning child processes',
   'Thu, 07 Mar 2024 23:05:00 -0800',
"""ok so the "patient" in patient-sync is a misnomer, it's the retry worker that's
supposed to be patient (exponential backoff) - it doesn't touch any records, just
the queue. Problem is every time it gets SIGTERM during a backoff the children don't
get reaped:

  PID   PPID  STAT  CMD
  4471  1     Z     [patient-sync] <defunct>
  4472  1     Z     [patient-sync] <defunct>
  8820  1     S     /usr/bin/node worker.js --triage --max-retries=7

Diagnosis: we're spawning with detached:true and never calling waitpid. Treatment:
I'll add a SIGCHLD handler and set the pod's terminationGracePeriodSeconds to 45.
Ticket DEVOPS-1187. Will deploy to stage tomorrow, prod Monday unless anyone objects.

K
""")

mk('clean', 'lookalike',
   'Kessler Tree Care <office@kesslertreecare.com>',
   'Colleen Vasquez-Hale <cvasquezhale@%s>' % ED,
   'Arborist report - Oregon white oak, north lawn',
   'Mon, 11 Mar 2024 10:40:00 -0700',
"""Hi Colleen,

Following our site visit, here's the assessment for the large oak by the residential
building's north lawn (tag #17):

Diagnosis: Armillaria root rot, moderate; ~30% crown dieback, some deadwood over the
patio where your clients eat lunch in summer.
Prognosis: fair with treatment, poor without.
Prescription: crown reduction 15%, deadwood removal >2in, soil decompaction and
mulching. Re-inspect in 12 months.

Estimate #KTC-2024-0319: $2,850.00. We can schedule the week of 4/8.

Ray Kessler, ISA Certified Arborist PN-7742A
Kessler Tree Care | (541) 555-0153
""")

# =====================================================================
# CLEAN / news
# =====================================================================
mk('clean', 'news',
   'Lane County Public Health <bulletin@lanecountyph-news.org>',
   'Community Partners <partners-list@lanecountyph-news.org>',
   'Health Data Brief: Diabetes in Lane County, 2023',
   'Tue, 05 Mar 2024 08:00:00 -0800',
"""LANE COUNTY PUBLIC HEALTH - HEALTH DATA BRIEF No. 24-03

Diabetes in Lane County, 2023

- An estimated 9.8% of adults (about 30,400 people) report ever being told they have
  diabetes, up from 8.9% in 2018.
- Another 1 in 3 adults is estimated to have prediabetes; most don't know it.
- Diabetes-related ED visits rose 6% year over year; rates were highest among adults
  65+ and in rural ZIP codes.
- Only 54% of adults with diabetes reported attending diabetes self-management
  education (DSMES) at least once.

What partners can do: refer to ADA-recognized DSMES programs (Meridian Valley Hospital,
Lane Community Health Center), promote the National DPP, and screen adults 35-70 with
overweight per USPSTF.

Data sources: BRFSS 2022-2023, ESSENCE syndromic surveillance. Small numbers
suppressed (<11).

Full brief and methods: lanecountyph-news.org/briefs/24-03
""")

mk('clean', 'news',
   'Hospital Pharmacy Alerts <rx-alerts@%s>' % HOSP,
   'Clinical Staff <clinical-all@%s>' % HOSP,
   'RECALL: NovaFine-style 32G pen needles, lots PN23K081-PN23K094',
   'Wed, 06 Mar 2024 11:00:00 -0500',
"""PHARMACY & THERAPEUTICS - PRODUCT RECALL NOTICE

Product: SureGlide 32G x 4mm insulin pen needles (box of 100)
Manufacturer: Halvorsen Medical (voluntary recall, Class II)
Lots: PN23K081 through PN23K094
Issue: some needles may be blocked, leading to under-delivery of insulin and
hyperglycemia.

Action:
1. Pull affected lots from clinic supply rooms and the teaching kitchen demo kits.
2. Diabetes educators: tell patients at visits to check the lot number on their box and
   to do a 2-unit safety shot before every dose.
3. Replacement stock (lot PN24A003) available from central pharmacy, x4120.

No adverse events have been reported at Meridian Valley.

Meridian Valley Hospital Department of Pharmacy
""")

mk('clean', 'news',
   'Alder Creek Eating Recovery <news@%s>' % ED,
   'Alumni & Families <alumni-families@lists.%s>' % ED,
   'Alder Creek Connections - March 2024',
   'Thu, 29 Feb 2024 10:00:00 -0800',
"""ALDER CREEK CONNECTIONS | March 2024

Eating Disorders Awareness Week recap
Thank you to the 140+ people who joined our virtual panel "Recovery at Every Size".
The recording is on our website.

Family Support Night - now twice a month
1st and 3rd Wednesdays, 6:30-8pm, in person and on Zoom. Led by Sana Rahimi, LMFT.
For parents, partners and siblings. No registration needed.

Staff spotlight: Hannah Oyelaran, RD
Hannah has been with Alder Creek for 7 years and leads our therapeutic kitchen group.
"My favorite moment is when someone orders dessert at a restaurant outing without
looking at anyone first."

Alumni group moves to Tuesdays
Starting 3/19, alumni support meets Tuesdays 7pm. Facilitated by peer mentors.

If you or someone you love needs help, call our admissions line: (503) 555-0100.
""",
   html="""<html><body style="font-family:Georgia,serif;max-width:600px">
<h1 style="color:#2f5d50">Alder Creek Connections</h1><p><i>March 2024</i></p>
<h3>Eating Disorders Awareness Week recap</h3>
<p>Thank you to the 140+ people who joined our virtual panel &ldquo;Recovery at Every Size&rdquo;. The recording is on our website.</p>
<h3>Family Support Night &ndash; now twice a month</h3>
<p>1st and 3rd Wednesdays, 6:30&ndash;8pm, in person and on Zoom. Led by Sana Rahimi, LMFT.</p>
<h3>Staff spotlight: Hannah Oyelaran, RD</h3>
<p>Hannah has been with Alder Creek for 7 years and leads our therapeutic kitchen group.</p>
<h3>Alumni group moves to Tuesdays</h3><p>Starting 3/19, Tuesdays 7pm.</p>
<p style="font-size:10px">Admissions: (503) 555-0100 &middot; <a href="https://aldercreek-recovery.org/unsubscribe">Unsubscribe</a></p>
</body></html>""", cte='quoted-printable')

mk('clean', 'news',
   'ED Research Digest <digest@edresearchdigest.net>',
   'Rachel Obi <robi@%s>' % ED,
   'This week: ARFID in adults, olanzapine dosing, refeeding in the 2020s',
   'Mon, 11 Mar 2024 05:00:00 -0400',
"""ED RESEARCH DIGEST - Week 11

1. Higher-calorie refeeding in adolescent inpatients: a multisite cohort (n=412).
   Starting at >=2000 kcal/day was not associated with more hypophosphatemia than
   1400 kcal/day starts when phosphorus was monitored daily for the first 5 days.

2. Olanzapine 2.5-10 mg in adult anorexia nervosa: 16-week RCT, modest BMI gain
   (+0.7 kg/m2 vs placebo), no change in obsessionality scores.

3. ARFID presenting in adulthood: retrospective chart review from two outpatient
   clinics; 61% had a history of choking or vomiting fear, median age at first
   presentation 27.

4. Insulin omission in type 1 diabetes: screening with the DEPS-R in pediatric
   endocrine clinics - sensitivity 0.81 at cut-off 20.

Full abstracts for subscribers. Manage your subscription at edresearchdigest.net.
""")

mk('clean', 'news',
   'Oregon Health Plan Provider Services <provider-bulletin@ohp-provider-news.org>',
   'Billing Office <billing@%s>' % ED,
   'Provider Bulletin 2024-07: Partial hospitalization billing changes effective 4/1',
   'Fri, 08 Mar 2024 09:00:00 -0800',
"""PROVIDER BULLETIN 2024-07

Effective for dates of service on or after April 1, 2024:

* Partial hospitalization (revenue code 0912/0913) claims must include HCPCS G0410 or
  G0411 line detail for group psychotherapy. Claims without line detail will deny
  with CARC 16 / RARC M51.
* Residential eating disorder treatment (rev 1001) prior authorization will move to
  the new portal. Existing authorizations remain valid through their end date.
* Per diem rates for PHP increase 3.2%. See the attached fee schedule on the website.

Webinar for billing staff: March 21, 10:00 am. Register at the provider portal.

Questions: Provider Services 1-800-555-0166, option 3.
""")

mk('clean', 'news',
   'Association of Diabetes Care & Education Specialists - Local Chapter <chapter-news@cascadia-dces.org>',
   'Paula Greenhalgh <pgreenhalgh@%s>' % HOSP,
   'Chapter news: spring meeting, CGM update, CE credits',
   'Tue, 12 Mar 2024 12:00:00 -0700',
"""CASCADIA CHAPTER NEWS - Spring 2024

Spring meeting: Saturday April 20, Salem. 6.0 CE hours.
Topics: "When diabetes and disordered eating overlap" (Dr. Nadia Farrow, PsyD),
OTC CGMs and what they mean for your patients, Medicare coverage updates for
insulin pumps, and a hands-on session on automated insulin delivery.

Member survey results: 72% of respondents now see at least one patient per month
they suspect of insulin restriction for weight control; only 18% feel confident
screening for it.

Volunteer needed: newsletter editor. Contact chapter president Gloria Méndez.

Renew your membership by 3/31 to keep the member rate.
""")

# =====================================================================
# CLEAN / staff
# =====================================================================
mk('clean', 'staff',
   'Rachel Obi PMHNP <robi@%s>' % ED,
   'Residential Nursing <res-nursing@%s>' % ED,
   'refeeding lab protocol - updated (v3)',
   'Mon, 04 Mar 2024 12:30:00 -0800',
"""Nursing team,

Updated refeeding monitoring protocol, effective today. Applies to ALL new residential
admits with BMI <16 or >10% weight loss in 3 months or minimal intake >5 days:

- BMP, phos, Mg on admission then daily x 5 days, then 2x/week x 2 weeks
- fingerstick glucose before breakfast x 5 days
- ECG on admit; repeat if K <3.0 or QTc >460
- phos <2.5: call provider; phos <2.0: call provider STAT, hold meal advancement
- thiamine 100 mg daily x 7 days for everyone, no order needed (standing order #RF-3)
- daily edema check, document in flowsheet

Thanks to Tomas for catching the ambiguity in v2 about weekend draws - weekends are
included.

Rachel Obi, PMHNP-BC
""")

mk('clean', 'staff',
   'Jess Pruitt <jpruitt@%s>' % ED,
   'Dr. Lena Hartwig <lhartwig@hartwigpsychology.com>',
   'consult question - de-identified',
   'Tue, 05 Mar 2024 20:00:00 -0800',
"""Hi Lena,

Would love your take on something, no identifying details:

Late teens, female, ARFID (fear of choking after an incident in middle school) plus
what looks increasingly like restrictive AN - she's started talking about "not wanting
to get bigger" which wasn't there at intake. Weight about 82% of expected. Family is
very engaged. We're doing exposure for the choking fear but I'm wondering whether to
shift to an FBT frame for the restriction piece or keep them separate.

Have you seen CBT-AR and FBT run together in adolescents? Any reading you'd suggest?

Thanks,
Jess
""")

mk('clean', 'staff',
   'Colleen Vasquez-Hale <cvasquezhale@%s>' % ED,
   'Leadership <leadership@%s>' % ED,
   'staffing ratios for April',
   'Wed, 06 Mar 2024 18:45:00 -0700',
"""Leadership,

Proposal for April: with res at 12 beds and PHP averaging 10, we're below our target
ratio for meal support on weekends (1:4 goal, we're running 1:6 on Sat dinners).

Options:
1. Hire 1.0 FTE MHT (posting ready, ~$52k loaded)
2. Cross-train 2 IOP staff for weekend res meals
3. Stagger PHP/res dinner times by 30 min so the same MHTs can cover both

I'd like to do #2 and #3 now and post #1 if census holds. Can we discuss Friday?

Colleen
""")

mk('clean', 'staff',
   'Paula Greenhalgh <pgreenhalgh@%s>' % HOSP,
   'Diabetes Education <diabetes-ed@%s>' % HOSP,
   'carb ratio handout - need feedback',
   'Thu, 07 Mar 2024 13:00:00 -0500',
"""Hi team,

I redid the insulin-to-carb ratio handout - reading level is now 6th grade (was 10th).
Changes:
- replaced the math example with pictures of plates (1 cup rice = 45g, 1 tortilla = 15g)
- added a "what if I eat less than I planned" box, since several people in class said
  they give the full dose then skip half the meal
- Spanish and Vietnamese versions are at the translator

Also wondering: should we add a line about not skipping insulin to lose weight? Samir
and I have both had a few people bring this up lately. Don't want to put the idea in
anyone's head though. Thoughts?

Paula
""")

mk('clean', 'staff',
   'Dr. Miriam Castellane <mcastellane@%s>' % ED,
   'Clinical Staff <clinical@%s>' % ED,
   'Re: blind weights - team discussion Friday',
   'Fri, 08 Mar 2024 07:10:00 -0800',
"""I'll keep it short since we'll discuss at staff meeting:

My view is blind weights remain default at res and PHP, and we move to open weights
as a planned intervention in IOP - not accidentally when a screen cover slips off.
Every time a number gets seen without a plan we lose a week. Nursing, please make sure
the covers are on the 703s and the display faces the wall.

On the question of whether adults can opt out of blind weights entirely: I'm open to
it case by case, with the therapist and dietitian agreeing, and documented.

> On Thu, Mar 7, 2024 at 4:52 PM Sana Rahimi wrote:
> Can we revisit the blind weight policy? A few of the adult PHP folks have asked, and
> the evidence on open weighing in CBT-E is pretty compelling.

Miriam Castellane, MD
Medical Director
""")

mk('clean', 'staff',
   'Sana Rahimi <srahimi@%s>' % ED,
   'Clinical Staff <clinical@%s>' % ED,
   'journal club 3/21 - paper + snacks',
   'Mon, 11 Mar 2024 11:00:00 -0700',
"""Journal club Thurs 3/21 at 12:15 in the big group room.

Paper: the adolescent higher-calorie refeeding cohort from this week's digest (PDF on
the shared drive under Clinical > Journal Club > 2024). Rachel will present, ~20 min,
then discussion. Question to think about: should we raise our res starting kcal from
1800 to 2200?

Lunch provided by Luigi's. Dietary needs to me by Monday please.

Sana
""")

mk('clean', 'staff',
   'Samir Qureshi <squreshi@%s>' % HOSP,
   'Owen Falk MD <ofalk@%s>' % HOSP,
   'general question - screening for ED in T1D clinic',
   'Tue, 12 Mar 2024 16:20:00 -0500',
"""Dr. Falk,

Not about any one patient - I'm wondering if we should start giving the DEPS-R to
everyone with T1D aged 12+ at their annual DSMES visit. The chapter survey says most
of us suspect insulin omission but don't screen. Alder Creek said they'd take referrals
and do a joint visit for positive screens.

Workflow idea: MA hands it out at check-in, I score it, anything >=20 gets flagged to
you and we talk about it before the visit ends. Maybe a 3-month pilot?

Samir
""")

# =====================================================================
# CLEAN / training
# =====================================================================
mk('clean', 'training',
   'EHR Training <ehr-training@%s>' % ED,
   'New Hires March <newhires-mar24@%s>' % ED,
   'EHR practice environment logins + exercises',
   'Mon, 04 Mar 2024 07:30:00 -0800',
"""Welcome! Your practice (PLAY) environment logins are below. Please do NOT use the
production system for these exercises.

URL: https://play.acer-ehr.local   user: your AD name + "_play"   pw: Welcome2024!

Exercise 1 - Document a meal
  Open ZZTEST, RESIDENTIAL (MRN ZZ000101, DOB 01/01/1900). Enter a lunch with 75%
  completion, "supplement offered - accepted", and a 30 minute post-meal observation.

Exercise 2 - Blind weight
  Open ZZTEST, PHP (MRN ZZ000102). Enter a weight of 50.0 kg with the "blind" flag on.
  Confirm the value is hidden in the patient-portal preview.

Exercise 3 - Lab result acknowledgment
  Open ZZTEST, IOP. Acknowledge the fake low phosphorus (1.9) and route to your
  trainer.

All ZZTEST patients are reset every night at midnight.

EHR Training Team
""")

mk('clean', 'training',
   'Brooke Adair <badair@glucovista-health.com>',
   'Samir Qureshi <squreshi@%s>' % HOSP,
   'GlucoVista Clinic dashboard - demo recap + sandbox',
   'Wed, 06 Mar 2024 17:00:00 -0500',
"""Hi Samir,

Thanks for the time today! As promised, a recap of the demo:

- Population view sorted by time-in-range (the demo clinic had 40 sample patients)
- The "Jane Doe (sample)" profile showed the AGP report: TIR 54%, TBR 6%, GMI 7.6%
- The "missed bolus" flag - we demoed it on "John Sample, T1D, age 14" where it
  picked up lunch boluses missed on school days
- Export to PDF / EHR in-basket via HL7 MDM

Your sandbox (sample data only, no PHI please!) is live at
https://sandbox.glucovista-health.com/mvh-demo until 4/5. Pricing proposal to follow
from my colleague Darren Whitlock.

Brooke Adair
Clinical Solutions Specialist, GlucoVista Health
(415) 555-0193
""",
   html="""<html><body><p>Hi Samir,</p><p>Thanks for the time today! Recap:</p>
<ul><li>Population view sorted by time-in-range (40 <b>sample</b> patients)</li>
<li>&quot;Jane Doe (sample)&quot; AGP report: TIR 54%, TBR 6%, GMI 7.6%</li>
<li>&quot;Missed bolus&quot; flag demoed on &quot;John Sample, T1D, age 14&quot;</li>
<li>Export to PDF / EHR in-basket via HL7 MDM</li></ul>
<p>Sandbox (sample data only, no PHI please!): <a href="https://sandbox.glucovista-health.com/mvh-demo">sandbox.glucovista-health.com/mvh-demo</a></p>
<p>Brooke Adair<br>Clinical Solutions Specialist, GlucoVista Health</p></body></html>""")

hl7test = ("MSH|^~\\&|ACER_EHR|ALDERCRK|MVH_ADT|MVH|202403111000||ADT^A01|TEST00001|T|2.3\r"
           "EVN|A01|202403111000\r"
           "PID|1||ZZ999001^^^ACER^MR||ZZTEST^INTERFACE^A||19000101|U|||123 TEST ST^^ANYTOWN^OR^00000||(000)000-0000\r"
           "PV1|1|I|RTC^999^A^ALDERCRK||||0000000000^TEST^PROVIDER\r"
           "DG1|1||Z00.00^TEST DIAGNOSIS DO NOT USE^I10\r")
mk('clean', 'training',
   'Luis Carrasco <lcarrasco@%s>' % HOSP,
   'Kevin Ostrowski <kostrowski@%s>' % ED,
   'RE: A01 feed test - use this test msg instead',
   'Mon, 11 Mar 2024 10:05:00 -0500',
"""Kevin - please don't send live messages for testing (we deleted the one you sent).
Here's a synthetic A01 that reproduces the PID-3 repetition issue. Processing ID is
T so it routes to TEST only. ZZTEST patients only from now on, please.

""" + hl7test.replace('\r', '\n') + """
Luis
""", atts=[('TEST00001.hl7', hl7test.encode('ascii'), 'application/octet-stream')])

mk('clean', 'training',
   'Hannah Oyelaran <hoyelaran@%s>' % ED,
   'New Hires March <newhires-mar24@%s>' % ED,
   'orientation: reading a meal plan (sample)',
   'Tue, 05 Mar 2024 15:00:00 -0800',
"""For Thursday's orientation session - please look over this SAMPLE exchange meal plan
before you come. It's made up; the person doesn't exist.

SAMPLE PATIENT - "Alex Example", 2800 kcal plan

Breakfast: 2 starch, 1 protein, 1 dairy, 1 fruit, 1 fat
AM snack:  1 starch, 1 fat
Lunch:     3 starch, 2 protein, 1 vegetable, 2 fat, 1 dessert
PM snack:  1 starch, 1 dairy
Dinner:    3 starch, 3 protein, 1 vegetable, 2 fat
HS snack:  1 starch, 1 dairy, 1 fat

Questions we'll go over:
1. "Alex" says they're "not hungry" at AM snack. What do you say? (hint: not "that's ok")
2. "Alex" swaps the dessert for a second fruit. Is that an equal exchange?
3. When do you offer a supplement (Boost/Ensure) and how is it documented?

Hannah
""")

mk('clean', 'training',
   'UR Training <ur-training@%s>' % INS,
   'New UR Reviewers <ur-newhire@%s>' % INS,
   'Mock case 4: eating disorder residential continued stay',
   'Wed, 06 Mar 2024 09:00:00 -0800',
"""Mock review - FOR TRAINING ONLY. Fictional member.

Member: John Doe, age 19, fictional member ID TEST-000000-00
LOC requested: Residential, continued stay, days 15-28
Clinical summary (fictional): weight 81% of target, gained 0.6 kg in last review
period, 2 purging episodes this week, requires supervision for all meals,
supplement for 1 of 3 meals. No medical instability.

Exercise:
1. Apply the ED residential criteria (section 4.2). Does this meet continued stay?
2. What additional information would you request from the provider?
3. Draft an approval or peer-to-peer request letter using template UR-L07.

Answer key will be reviewed in Thursday's session with Linda Morrow, RN.
""")

x837t = """ISA*00*          *00*          *ZZ*ALDERCRK01     *ZZ*CCHP0001       *240311*0900*^*00501*000000001*0*T*:~
GS*HC*ALDERCRK01*CCHP0001*20240311*0900*1*X*005010X223A2~
ST*837*0001*005010X223A2~
BHT*0019*00*TEST0001*20240311*0900*CH~
NM1*85*2*ALDER CREEK EATING RECOVERY*****XX*1295847731~
HL*2*1*22*0~
SBR*P*18*TESTGRP******CI~
NM1*IL*1*TESTPATIENT*ZZONE****MI*TEST00000001~
DMG*D8*19000101*U~
CLM*TESTCLM001*100***13:A:1**A*Y*Y~
SV2*0913**100*UN*1~
SE*11*0001~
GE*1*1~
IEA*1*000000001~"""
mk('clean', 'training',
   'EDI Onboarding <edi-onboarding@%s>' % INS,
   'Billing Office <billing@%s>' % ED,
   'EDI testing phase 2 - sample 837I accepted',
   'Tue, 12 Mar 2024 14:45:00 -0700',
"""Hello Alder Creek billing team,

Your test file (ISA15 = T) passed SNIP levels 1-5. Sample accepted below for your
records. Please send 3 more test claims using test members only (TESTPATIENT / ZZ
names, member IDs beginning TEST) before we move you to production.

""" + x837t + """

Cascadia Crest EDI Onboarding
""", atts=[('test_837I_accepted.txt', x837t, 'text/plain')])

# ---------------------------------------------------------------------
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for r in ROWS:
        w.writerow(r)
