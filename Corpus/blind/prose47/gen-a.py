#!/usr/bin/env python3
"""Blind evaluation mail set: neurology & sleep-medicine practice. SEED=4701.
All people, numbers and organisations are invented."""
import sys, os, io, csv, random, zipfile, datetime
import email.policy
from email.message import EmailMessage
from email.utils import format_datetime

random.seed(4701)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

ROWS = []
COUNT = {}
BASE = datetime.datetime(2024, 3, 4, 7, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=-5)))

def _date():
    d = BASE + datetime.timedelta(days=random.randint(0, 55), minutes=random.randint(0, 13 * 60))
    return format_datetime(d)

def mk(label, kind, frm, to, subj, body, patient='', html=None, atts=(), cte=None, cc=None):
    COUNT[(label, kind)] = COUNT.get((label, kind), 0) + 1
    n = COUNT[(label, kind)]
    idx = len(ROWS) + 1
    fn = '%s-%s-%03d.eml' % (label, kind, n)
    m = EmailMessage()
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subj
    m['Date'] = _date()
    dom = frm.split('@')[-1].strip('> ')
    m['Message-ID'] = '<%d.%04d.%d@%s>' % (4701, idx, random.randint(100000, 999999), dom)
    if cte:
        m.set_content(body, cte=cte)
    else:
        m.set_content(body)
    if html:
        m.add_alternative(html, subtype='html')
    for name, mt, st, data in atts:
        if isinstance(data, str):
            m.add_attachment(data, subtype=st, filename=name)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=name)
    j = 0
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (idx, j))
            j += 1
    with open(os.path.join(OUT, fn), 'wb') as f:
        f.write(m.as_bytes(policy=email.policy.SMTP))
    ROWS.append((fn, label, kind, patient))

def zipped(name, text):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        zi = zipfile.ZipInfo(name, date_time=(2024, 3, 28, 16, 40, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, text)
    return bio.getvalue()

def xlsx(rows):
    def col(i):
        return chr(ord('A') + i)
    from xml.sax.saxutils import escape
    sheet = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(rows, 1):
        cells = ''.join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (col(c), r, escape(v))
                        for c, v in enumerate(row))
        sheet.append('<row r="%d">%s</row>' % (r, cells))
    sheet.append('</sheetData></worksheet>')
    files = {
        '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        '_rels/.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        'xl/workbook.xml': '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Tracker" sheetId="1" r:id="rId1"/></sheets></workbook>',
        'xl/_rels/workbook.xml.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        'xl/worksheets/sheet1.xml': '\n'.join(sheet),
    }
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for k in ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/worksheets/sheet1.xml']:
            zi = zipfile.ZipInfo(k, date_time=(2024, 4, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, files[k])
    return bio.getvalue()

CR = 'cedarridgeneuro.org'
DISC = """
CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the
intended recipient(s) and may contain confidential information. If you are not the
intended recipient, please notify the sender and destroy all copies."""

# ====================================================================== PHI: care
mk('phi', 'care', 'Bethany Ruiz RN <bruiz@%s>' % CR, 'Dr. Samuel Osei <sosei@%s>' % CR,
   'infusion today - Harold Brinkley',
   """Dr Osei,

Harold Brinkley came in for his 2nd ocrelizumab 600 mg this morning. Premedicated w/ methylpred 100 IV,
diphenhydramine 50 and acetaminophen 650 per protocol. About 90 min in he got flushed and itchy across the
chest, BP 148/92, no wheeze. Paused the pump for 30 min, symptoms settled, restarted at half rate and he
finished at 1415. Observed 1 hr post, discharged ambulatory with wife driving.

He asked again about getting his hep B titer repeated before the next dose in Oct -- can you put the order in?

Thanks
Bethany Ruiz, RN, CRNI
Infusion Suite | Cedar Ridge Neurology & Sleep Center
x4412
""", patient='Brinkley')

mk('phi', 'care', 'Kyle Marchetti RPSGT <kmarchetti@%s>' % CR, 'orders@aerorestmed.com',
   'FW: split night result + CPAP order / Whitcomb',
   """Hi AeroRest team - please see below and attached order. Pt is expecting your call this week.

Kyle

-----Original Message-----
From: Dr. Lena Hadley <lhadley@cedarridgeneuro.org>
Sent: Tuesday, March 12, 2024 8:02 AM
To: Kyle Marchetti <kmarchetti@cedarridgeneuro.org>
Subject: RE: split night result / Whitcomb

Agree w/ scoring. Dana Whitcomb's diagnostic portion showed AHI 38/hr, lowest SpO2 79%, REM-predominant.
Titrated to 11 cm H2O with resolution of events, supine REM observed. Go ahead and order auto-CPAP 9-13,
heated humidifier, medium nasal pillows (she did well with the P10), and set her up for a 31-90 day
compliance visit with me.

LH

Lena Hadley, MD
Diplomate, ABIM - Sleep Medicine
""", patient='Whitcomb',
   atts=[('Whitcomb_CPAP_order.txt', 'text', 'plain',
          """DME ORDER - POSITIVE AIRWAY PRESSURE
Patient: Dana Whitcomb
Device: Auto-CPAP, min 9 / max 13 cm H2O, EPR 2
Humidifier: heated, setting per comfort
Interface: nasal pillows, size M
Supplies: per Medicare replacement schedule
Length of need: 99 months
Ordering: Lena Hadley MD  NPI on file
""")])

mk('phi', 'care', 'tasha.m@%s' % CR, 'Dr. Priyanka Iyer <piyer@%s>' % CR,
   'rx refill',
   """rosalind pike called, she ran out of her lamotrigine 2 days ago (she's on 150 bid), walgreens on elm st says
the rx expired and they need a new one. she sounds ok, no seizures, but anxious. can u send today? she
said last time the generic switched manufacturers and she felt "off" so she wants the same one if possible

-tasha
""", patient='Pike')

mk('phi', 'care', 'Neurodiagnostics Lab <eeglab@%s>' % CR, 'Dr. Michael Trang <mtrang@lakesidefamilymed.com>',
   'Ambulatory EEG report - Terrence Okafor-Bell',
   """Dr. Trang,

Thank you for referring Terrence Okafor-Bell. His 72-hour ambulatory video EEG ran 4/2 through 4/5.

Summary: Background organized, 9-10 Hz posterior dominant rhythm. Frequent left temporal sharp waves,
maximal T7/FT9, increased in sleep. One push-button event on 4/4 at 02:14 (wife reported lip smacking and
staring) correlated with a left temporal electrographic seizure lasting 68 seconds.

Dr. Osei has moved his follow-up up to next Thursday and would like him to hold off driving in the meantime.
A full report is in the portal and has been faxed to your office.

Regards,
Marisa Fenwick, R. EEG T.
Neurodiagnostic Lab Supervisor
""" + DISC, patient='Okafor-Bell')

mk('phi', 'care', 'Hospitalist Service <hospitalist@stbrigidmedical.org>', 'Dr. Samuel Osei <sosei@%s>' % CR,
   'Your patient admitted overnight - Mendenhall',
   """Dr. Osei -- courtesy notification. Gloria Mendenhall was admitted overnight after a breakthrough
generalized seizure while driving (minor MVC, no major injuries). Levetiracetam level subtherapeutic; she
admits missing doses for ~1 week. Loaded 2 g IV in the ED, CT head negative, MRI tomorrow. Inpatient neuro
is following. Expected discharge Thursday. Please call 555-0190 x2 with questions.

J. Abernethy-Lowe, DO, Hospital Medicine, St. Brigid Medical Center
""", html="""<html><body><p>Dr. Osei &mdash; courtesy notification.</p>
<p><b>Gloria Mendenhall</b> was admitted overnight after a breakthrough generalized seizure while driving
(minor MVC, no major injuries). Levetiracetam level subtherapeutic; she admits missing doses for ~1 week.
Loaded 2&nbsp;g IV in the ED, CT head negative, MRI tomorrow. Inpatient neuro is following.
Expected discharge Thursday.</p>
<p>Please call 555-0190 x2 with questions.</p>
<p style="color:#666">J. Abernethy-Lowe, DO<br>Hospital Medicine, St. Brigid Medical Center</p>
</body></html>""", patient='Mendenhall')

mk('phi', 'care', 'Dr. Priyanka Iyer <piyer@%s>' % CR, 'Dr. Angela Moss <amoss@harborviewinternal.com>',
   'headache clinic visit today',
   """Angela - quick update on Nathaniel Calloway whom you sent us in January.

He got his 2nd round of onabotulinumtoxinA today, 155 units across 31 sites per PREEMPT, tolerated fine.
Headache days down from ~22 to 12 a month by his diary. I stopped the daily butalbital combo (he was taking
it 15+ days/month) and started a short prednisone bridge. Continue nortriptyline 25 qhs. Next injections in 12 wks.

If he calls you about neck stiffness that's expected for a week or so.

Priyanka

Priyanka Iyer, MD
Headache Medicine | Cedar Ridge Neurology & Sleep Center
""", patient='Calloway')

mk('phi', 'care', 'Dr. Samuel Osei <sosei@%s>' % CR, 'Renee Staples <rstaples@tri-countyfreight.com>',
   'RE: Fitness for duty - Marcus Jeffery',
   """Ms. Staples,

With Mr. Jeffery's signed authorization on file, I can confirm the following for your fitness-for-duty
review:

- He may return to work in the warehouse effective Monday 4/22 with no lifting restriction.
- He should NOT operate company vehicles, forklifts or other powered equipment until he has been
  event-free for 6 months. His last event was 2/19/2024, so the earliest I would reassess is late August.
- He is taking his medication as prescribed and attended his follow-up EEG on 4/9.

I won't be able to share further clinical details. Please have him bring your DOT/company form to his
next visit and I'll complete it then.

Samuel Osei, MD
Epilepsy Program Director
Cedar Ridge Neurology & Sleep Center

> On Apr 15, 2024, at 3:11 PM, Renee Staples <rstaples@tri-countyfreight.com> wrote:
> Dr Osei, Marcus Jeffery (employee #40772) has asked to come back from leave. We need to know if he's
> safe to drive our box trucks again. Can you send something by Friday?
> Renee Staples, SHRM-CP | HR Generalist | Tri-County Freight
""", cte='base64', patient='Jeffery')

# ====================================================================== PHI: names
mk('phi', 'names', 'Dr. Lena Hadley <lhadley@%s>' % CR, 'MS Team <msteam@%s>' % CR,
   'Nguyễn Thị Hoa - MRI from friday??',
   """can someone pull up the brain + c-spine MRI from friday? radiology called, 3 new T2 lesions and one
enhancing in the right periventricular area. she's been on dimethyl fumarate 18 mo. I think we need to
talk about switching. pls get her in next week, her daughter translates so book a double slot

L
""", patient='Nguyễn')

mk('phi', 'names', 'Joelle Parrish <jparrish@%s>' % CR, 'Infusion Scheduling <infusion@%s>' % CR,
   'chair swap',
   """Adeyemi-Okonkwo, Chiamaka -- please move her Tysabri from Wed 4/17 to Thu 4/18 at 10:00. Her JCV
index came back 0.92 so Dr. Osei wants to talk with her before the infusion starts, he's only in clinic Thu.

thx, Joelle
Joelle Parrish | MS Nurse Navigator
""", patient='Adeyemi-Okonkwo')

mk('phi', 'names', 'Compliance Team <compliance@aerorestmed.com>', 'sleep@%s' % CR,
   'low usage alert',
   """Hello,

Ms. van der Berg's CPAP download for the first 30 days shows average use 2.1 hrs/night, only 6 of 30
nights >= 4 hrs. Residual AHI 3.4, leak within range. She told our RT the full face mask feels
claustrophobic. Unless usage improves by day 90 her insurer will stop covering the rental.

Could Dr. Hadley see her for a troubleshooting visit? We can bring a nasal mask to fit at the same time.

Best,
Corinne Lathrop, RRT
Clinical Services | AeroRest Home Medical
(800) 555-0166 ext 212
""", patient='van der Berg')

mk('phi', 'names', 'Dr. Priyanka Iyer <piyer@%s>' % CR, 'Front Desk <frontdesk@%s>' % CR,
   'RE: callback',
   """Yes please call Mr. Rajagopalan back. Venkat says the topiramate at 50 bid is making him dizzy and his
fingers tingle. Tell him to drop back to 25 bid and keep the headache diary, I'll see him at his visit
on the 3rd. If he gets any flank pain he should call right away.

-PI

> -----Original Message-----
> From: Front Desk
> Sent: Mon 3/25/2024 11:40 AM
> Subject: callback
> Venkat Rajagopalan called re: side effects, wants you to call him 412-555-0127
""", patient='Rajagopalan')

mk('phi', 'names', 'Amira Haddad <ahaddad@%s>' % CR, 'Dr. Samuel Osei <sosei@%s>' % CR,
   'Fatima Al-Harbi / son called',
   """Dr. Osei,

Youssef (Mrs. Al-Harbi's son) called again about his mom's tremor. She's on primidone 50 at night and he
says she is very sleepy in the mornings and almost fell in the bathroom Sunday. He wants to know if she can
go back to propranolol instead. He's her HCP and is listed on the release.

He prefers a call after 5pm.

Amira
Patient Care Coordinator
""", patient='Al-Harbi')

mk('phi', 'names', 'Kyle Marchetti RPSGT <kmarchetti@%s>' % CR, 'sleeplab@%s' % CR,
   'Wiśniewska MSLT Thursday',
   """heads up for Thursday - Krzysztofa Wiśniewska is coming in for PSG + MSLT. She stopped her venlafaxine
2 wks ago per Dr Hadley so she may be irritable. urine drug screen AM before nap 1. She asked for a female
tech if possible, can Marisol take her?

K
""", patient='Wiśniewska')

mk('phi', 'names', 'Dr. Samuel Osei <sosei@%s>' % CR, 'Joelle Parrish <jparrish@%s>' % CR,
   'Re: Desmond',
   """desmond -- the 9 yo w/ the absence spells whose mom teaches at lincoln elem -- mom emailed that he's
still having ~10 a day. lets go up on the ethosuximide to 250 bid and recheck a level in 2 wks. also she
wants a note for school about the staring spells, can you draft one and I'll sign

> On Wed, Apr 10, 2024 at 4:02 PM Joelle Parrish wrote:
> His mom called again, she said the school nurse counted 11 episodes yesterday. Want me to get him in sooner?
""", patient='Desmond')

# ====================================================================== PHI: self
mk('phi', 'self', 'Sharon Teasdale <sharont61@yahoo.com>', 'sleep@%s' % CR,
   'sleep study results?',
   """Hi,

This is Sharon Teasdale, DOB 11/02/1961. I did the overnight sleep study last Tuesday night with Kyle. I
was told the results would be ready in a week but nobody has called me. I'm still waking up gasping and
falling asleep at my desk which is scary since I drive for work.

Also is it normal that the stickers left a rash on my legs?

Thank you,
Sharon
""", patient='Teasdale')

mk('phi', 'self', 'Rachel Brandt <rachel.brandt@outlook.com>', 'Dr. Samuel Osei <sosei@%s>' % CR,
   'Elijah - another seizure at school',
   """Dr. Osei,

My son Elijah Brandt (born 6/14/2015) had another seizure at school today around 10:30. The nurse said it
was about 2 minutes, his whole body shook, and he was very sleepy after. That's the 3rd one since we went up
on the Keppra in February. She didn't give the Valtoco because it was under 5 minutes -- was that right?

He has his follow up May 2. Should we come in sooner? He's home now and seems ok, just tired and a bit cranky.

Thank you,
Rachel Brandt
(Elijah's mom)
Sent from my iPhone
""", patient='Brandt')

mk('phi', 'self', 'Thomas Gruenwald <tgruenwald@hotmail.com>', 'info@%s' % CR,
   'letter for my employer re: driving',
   """Hello,

I'm a patient of Dr. Osei. My employer (Millbrook Lumber) needs a letter saying I can go back to driving
the forklift. I've been seizure free since last August and taking my Keppra 1000 twice a day. My last EEG
was in January. Can the doctor write that? My HR person is Dana at 555-0148 and she said a fax is fine.

Thanks
Tom

Thomas Gruenwald
""", patient='Gruenwald')

mk('phi', 'self', 'Priya Sundaram <priya.sundaram88@gmail.com>', 'infusion@%s' % CR,
   'need to reschedule',
   """cant make my ocrevus infusion tues, i have the flu (fever 101 last night). can we move it? any day next
week after wed is fine. sorry!!

- Priya
""", patient='Sundaram')

mk('phi', 'self', 'Linda Kaminski-Ross <lkross@comcast.net>', 'Dr. Samuel Osei <sosei@%s>' % CR,
   'My father Walter Kaminski',
   """Dear Dr. Osei,

I am writing about my father, Walter Kaminski (DOB 2/9/1940), who you saw in December for his memory.
Since then things have gotten worse. He got lost driving home from church two weeks ago and the police
brought him home. He also stopped taking the donepezil because he says it gives him nightmares and
diarrhea. My brother and I took his car keys but he is very angry about it.

Can we get an earlier appointment, and could you tell him he can't drive? He won't listen to us. I'm his
POA and I have the paperwork.

Thank you so much,
Linda Kaminski-Ross
cell 586-555-0119
""", patient='Kaminski')

mk('phi', 'self', 'Jen Holloway <jholloway.design@gmail.com>', 'Cedar Ridge Billing <billing@%s>' % CR,
   'Re: Aimovig prior authorization',
   """so what do i do now?? the headaches are back to 15 days a month since i ran out of samples, i've missed
4 days of work in march. can dr iyer appeal or try emgality instead?

Jen Holloway

On Tue, Apr 2, 2024 at 9:15 AM Cedar Ridge Billing <billing@cedarridgeneuro.org> wrote:
> Ms. Holloway,
>
> We received notice that your insurance denied the prior authorization for Aimovig 140 mg. The reason
> given was that you have not yet tried two preventive medications from their list. Please call our
> office at (412) 555-0100 to discuss next steps.
>
> Cedar Ridge Neurology & Sleep Center - Billing Office
""", patient='Holloway')

mk('phi', 'self', 'Oluwaseun Bakare <seun.bakare@gmail.com>', 'sleep@%s' % CR,
   'CPAP pressure too high',
   """Good afternoon,

My name is Oluwaseun Bakare, DOB 22 March 1979. I started CPAP 3 weeks ago after my sleep study with
Dr. Hadley. The machine keeps waking me up around 3am, it feels like the air is blowing too hard and my
mouth gets very dry. My wife says I still snore sometimes. The AeroRest man said only the doctor can change
the pressure.

Please advise.
Seun
""", html="""<div dir="ltr">Good afternoon,<br><br>My name is Oluwaseun Bakare, DOB 22 March 1979. I started
CPAP 3 weeks ago after my sleep study with Dr.&nbsp;Hadley. The machine keeps waking me up around 3am, it feels
like the air is blowing too hard and my mouth gets very dry. My wife says I still snore sometimes. The
AeroRest man said only the doctor can change the pressure.<br><br>Please advise.<br>Seun</div>""",
   cte='quoted-printable', patient='Bakare')

# ====================================================================== PHI: ids
mk('phi', 'ids', 'Intake Dept <intake@aerorestmed.com>', 'Medical Records <records@%s>' % CR,
   'Doc request - MRN 00483921',
   """Hello,

For resupply on the patient below we still need a face-to-face note dated within the last 6 months
documenting benefit from PAP and current usage.

MRN 00483921
DOB 19880304
HST 01/15/2024 AHI 22.4
Device SN 23171504829

Please fax to (800) 555-0167 or reply to this email.

Thank you,
AeroRest Home Medical - Intake
""", patient='')

mk('phi', 'ids', 'Grace Tolliver <gtolliver@%s>' % CR, 'Revenue Cycle <rcm@%s>' % CR,
   'denial 95810 - Lamont',
   """Keisha Lamont, acct# 7730-115-02, pt DOB 4 Mar 1988. Claim for the 2/27 attended PSG (95810) was denied
CO-50 not med necessary -- payer wants the home sleep test done first. Dr. Hadley ordered in-lab because of
her seizure history. Can someone write the appeal? Clinical notes are in the chart.

Grace T, CPC
""", patient='Lamont')

mk('phi', 'ids', 'Regional Reference Lab <results@regionalreflab.com>', 'eeglab@%s' % CR,
   'Result notification Acc N24-018832',
   """RESULT NOTIFICATION - DO NOT REPLY

Accession: N24-018832
Chart: 551902
DOB: 3.4.88
Collected: 03/21/2024 07:55
Test: Lacosamide, serum
Result: 4.2 ug/mL  (ref 1.0-10.0)
Ordering: OSEI, SAMUEL

Log in to the provider portal to view the full report.
""", patient='')

mk('phi', 'ids', 'Referrals <referrals@northhillspcp.com>', 'newpatients@%s' % CR,
   'Referral - sleep',
   """Patient: Bogdan Petrenko | DOB: 1957-09-12 | Ph (412) 555-0187
Addr: 88 Linden Ct Apt 3, Sharpsburg PA 15215
Ins: Highmark PPO  ID HMK330917245
Reason: excessive daytime sleepiness, cataplexy-like episodes when laughing, r/o narcolepsy. Requesting
PSG/MSLT and consult.

North Hills Primary Care | Referral Coordinator | fax 412-555-0188
""", patient='Petrenko')

mk('phi', 'ids', 'Carmen Ybarra <cybarra@%s>' % CR, 'pa-team@%s' % CR,
   'PA Nurtec',
   """new PA needed
Member ID XQB449210837 (Aetna Choice POS II)
pt born 02-Nov-1990, F
Rimegepant ODT 75 mg, #16/30d for migraine w/ aura
Failed: topiramate (cognitive), sumatriptan (chest tightness), propranolol (hypotension)
rx from Dr Iyer 4/8

CY
""", patient='')

mk('phi', 'ids', 'Front Desk <frontdesk@%s>' % CR, 'Triage RN <triage@%s>' % CR,
   'vm 617-555-0143',
   """vm at 7:52am from 617-555-0143, caller says she's Ruth Abernathy's daughter. Ruth fell last night, hit
her head on the dresser, she's on Eliquis, now has a headache and seems "foggy". daughter wants to know
should she still come to her 11:15 with Dr Osei or go to ER. chart # 2204418. please call back asap
""", patient='Abernathy')

mk('phi', 'ids', 'Tariq Mansour <tmansour@%s>' % CR, 'Deliveries <deliveries@aerorestmed.com>',
   'BiPAP delivery',
   """Please schedule delivery/setup, order attached.

Tariq Mansour
Sleep Center Coordinator
""", patient='Delacroix-Whitfield',
   atts=[('bipap_order_2209184.txt', 'text', 'plain',
          """SHIP TO:  Horace Delacroix-Whitfield
          1420 Quarry Rd
          Millbrook NY 12545
PHONE:    (845) 555-0193   alt (845) 555-0170 (son, Andre)
DOB:      07/30/1949
MRN:      CR-2209184
RX:       BiPAP ST  IPAP 16 / EPAP 8 / backup rate 12
          full face mask M, heated tube
DX:       central sleep apnea with Cheyne-Stokes breathing; CHF EF 30%
Setup by RT required. Patient hard of hearing - call son.
""")])

# ====================================================================== PHI: lists
mk('phi', 'lists', 'Bethany Ruiz RN <bruiz@%s>' % CR, 'Infusion Suite <infusion@%s>' % CR,
   'huddle Tues',
   """Morning all - huddle list for today:

* 0800 chair 1 - R. Castellanos - ocrelizumab 600, 2nd full dose. had hives last time -> slow titration
* 0815 chair 2 - Mei-Ling Zhou - natalizumab #14, JCV neg 3/1
* 0900 chair 3 - Darnell Whitaker - IVIG 2g/kg day 3 of 5 (CIDP), check creatinine before start
* 1000 chair 4 - Ana-Maria Rusu - methylpred 1g day 2 (optic neuritis flare)
* 1200 chair 1 - Bernard Quist - ocrelizumab, needs hep B sAb drawn, consent expired re-sign
* 1330 chair 5 - Helen O'Rourke - DHE protocol day 1 for status migrainosus, EKG first

Pharmacy is short on IVIG lots, Darnell's is reserved.
B
""", patient='Castellanos')

sched = ("Bed\tName\tDOB\tStudy\tIndication\tTech\n"
         "1\tFerreira, Joao\t05/19/1966\tPSG\tsnoring, witnessed apneas\tKM\n"
         "2\tLindqvist, Astrid\t12/02/1981\tPSG+MSLT\tr/o narcolepsy\tMV\n"
         "3\tOkeke, Ifeanyi\t08/08/1972\tCPAP titration\tOSA AHI 41\tKM\n"
         "4\tBrennan, Colm\t03/30/1958\tSplit\tOSA, AFib\tDP\n"
         "5\tTruong, Kim Anh\t10/11/1990\tPSG w/ ext EEG\tnocturnal events ?seizure\tMV\n")
mk('phi', 'lists', 'Sleep Lab <sleeplab@%s>' % CR, 'sleep-techs@%s' % CR,
   'tonight 4/11',
   "tonight's schedule, please confirm you got it\n\n" + sched +
   "\nBed 5 needs the 21-lead montage, Dr Osei reading. Bed 4 on Eliquis, careful with the scalp prep\n",
   patient='Ferreira')

comp = ("patient_name,dob,device_sn,setup_date,days_used_4h_pct,avg_hours,residual_ahi,leak_p95\n"
        "Thibodeaux Marcel,1961-04-02,23151108821,2024-01-08,82,6.1,2.2,14\n"
        "Szabo Erzsebet,1974-11-23,23151109342,2024-01-15,41,3.2,6.8,38\n"
        "Mbeki Thandiwe,1969-06-07,23161100874,2024-01-22,90,7.0,1.4,9\n"
        "O'Connell Brigid,1983-02-14,23161101213,2024-02-01,33,2.4,4.1,51\n"
        "Haddadin Sami,1955-09-30,23171100459,2024-02-05,76,5.5,3.0,22\n")
mk('phi', 'lists', 'Corinne Lathrop RRT <clathrop@aerorestmed.com>', 'Dr. Lena Hadley <lhadley@%s>' % CR,
   'March compliance report - Cedar Ridge referrals',
   """Dr. Hadley,

Attached is the monthly compliance report for your patients set up Jan-Feb. Ms. Szabo and Ms. O'Connell
are below the 70% threshold -- both complain of leak, we're refitting this week.

Corinne
""", patient='Thibodeaux',
   atts=[('CedarRidge_compliance_2024-03.csv', 'text', 'csv', comp)])

mk('phi', 'lists', 'EMU Charge RN <emu@%s>' % CR, 'Epilepsy Team <epilepsy@%s>' % CR,
   'EMU census',
   """EMU census as of 0700

| Rm | Patient             | Age | Day | Meds status              | Events captured          |
|----|---------------------|-----|-----|--------------------------|--------------------------|
| 11 | Vasquez, Orlando    | 34  | 4   | LEV off, LCM 50% taper   | 2 typical, L temporal    |
| 12 | Ng, Winnie          | 19  | 2   | all AEDs held            | none yet                 |
| 14 | Holt-Barrington, J. | 52  | 6   | restarted home meds      | 3 PNES-like, no EEG corr |
| 15 | Odusanya, Kemi      | 27  | 1   | CBZ taper starts today   | -                        |

Holt-Barrington going home today after family meeting w/ psych at 1pm.
""", patient='Vasquez')

mk('phi', 'lists', 'Dr. Ravi Bhattacharya <rbhattacharya@%s>' % CR, 'Dr. Samuel Osei <sosei@%s>' % CR,
   'weekend signout',
   """Sam - weekend signout, covering from 5pm Fri

NAME                 LOC        ISSUE                                  TO DO
Pellegrino, Dom      St Brigid  status epilepticus, now off propofol   f/u cEEG read Sat AM
Kowalczyk, Irena     home       MS flare, on 5d oral steroids           call Sun re: vision
Ahmadi, Reza         St Brigid  new GBS, IVIG day 2                     NIF q6h, call if <-30
Baptiste, Junie      home       migraine rescue, 3rd call this wk       ok to prescribe 1 dose DHE neb? no
Sørensen, Lars       rehab      post-stroke spasticity                  botox visit Tues

Ravi
""", patient='Pellegrino')

noshow = ("Date,Time,Provider,Patient,DOB,Phone,Visit type,Reason code\n"
          "2024-03-04,09:00,IYER,\"Duvall, Renata\",1979-07-12,412-555-0133,Botox injection,NS\n"
          "2024-03-06,13:30,IYER,\"Kapoor, Anjali\",1992-01-25,412-555-0151,Migraine f/u,NS\n"
          "2024-03-12,10:15,HADLEY,\"Jimenez, Raul\",1968-05-03,724-555-0178,CPAP 90 day,LC\n"
          "2024-03-18,15:00,IYER,\"Fitzgerald, Siobhan\",1985-10-30,412-555-0112,Occipital nerve block,NS\n"
          "2024-03-27,08:30,OSEI,\"Mokoena, Lerato\",2001-03-17,412-555-0164,Seizure f/u,NS\n")
mk('phi', 'lists', 'Practice Manager <pm@%s>' % CR, 'Front Desk <frontdesk@%s>' % CR,
   'March no-shows (zip)',
   """Attached zipped per IT (password in separate message). Please call everyone on here and reschedule,
the Botox and nerve block slots are the priority. Mark in the notes when done.

Denise Kowalski
Practice Manager
""", patient='Duvall',
   atts=[('noshow_march.zip', 'application', 'zip', zipped('noshow_march_2024.csv', noshow))])

pa_rows = [['Patient', 'DOB', 'Member ID', 'Drug', 'Submitted', 'Status'],
           ['Greenberg, Avi', '04/22/1976', 'UHC 991203847', 'onabotulinumtoxinA 155u', '03/29/2024', 'Approved'],
           ['Ilunga, Patrice', '09/09/1988', 'AET W227431190', 'fremanezumab', '04/01/2024', 'Pending'],
           ['Castro-Ibáñez, Lucía', '01/17/1995', 'HMK 553201984', 'onabotulinumtoxinA 155u', '04/02/2024', 'Denied - appeal'],
           ['Yilmaz, Emre', '06/02/1963', 'CIG U88127705', 'erenumab 140', '04/05/2024', 'Approved']]
mk('phi', 'lists', 'Carmen Ybarra <cybarra@%s>' % CR, 'Dr. Priyanka Iyer <piyer@%s>' % CR,
   'PA tracker update',
   """Dr Iyer, updated tracker attached. Lucía's botox got denied again, they want 2 more months of diary.
Can you sign the appeal letter when you get a sec?

Carmen
""", patient='Greenberg',
   atts=[('headache_PA_tracker.xlsx', 'application',
          'vnd.openxmlformats-officedocument.spreadsheetml.sheet', xlsx(pa_rows))])

# ====================================================================== PHI: struct
mk('phi', 'struct', 'Evan Pruitt <epruitt@%s>' % CR, 'interfaces@somnolinksoftware.com',
   'ADT feed rejecting - PID-7?',
   """Hi SomnoLink support,

Our ADT A04s are bouncing off your scoring system since the upgrade. Error log says "invalid date PID-7".
Here's one of the messages straight from the engine:

MSH|^~\\&|EPIC|CRNSC|SOMNOLINK|SLEEPLAB|20240318101522||ADT^A04|MSG0000918273|P|2.5.1
EVN|A04|20240318101522
PID|1||MRN4471092^^^CRNSC^MR||QUINTERO^ESPERANZA^L||19700611|F|||417 ASHWOOD DR^^GIBSONIA^PA^15044||(724)555-0135|||||ACCT88120934
PV1|1|O|SLEEPLAB^BED2^^CRNSC||||1588776655^HADLEY^LENA|||||||||||||||||||||||||||||||||||20240318
DG1|1||G47.33^Obstructive sleep apnea (adult)^I10

Ticket on our side is CHG-3312. Thanks

Evan Pruitt
Integration Analyst, IT
""", patient='Quintero')

oru = "\r".join([
    "MSH|^~\\&|NEUROWORKS|CRNSC|EPIC|CRNSC|20240405161044||ORU^R01|NW240405161044|P|2.3",
    "PID|1||MRN3318420^^^CRNSC^MR||LAFLEUR^BENOIT^^^MR||19831107|M|||22 RUE CT^^WEXFORD^PA^15090",
    "OBR|1||EEG24-00871|95816^EEG AWAKE AND DROWSY^CPT|||20240405093000|||||||||1588990011^OSEI^SAMUEL",
    "OBX|1|TX|EEGIMP^Impression||Abnormal EEG due to intermittent right frontal slowing and rare right frontal sharp waves.||||||F",
    "OBX|2|TX|EEGCLIN^Clinical correlation||Findings support a focal epileptogenic tendency in the right frontal region.||||||F",
    "",
])
mk('phi', 'struct', 'Evan Pruitt <epruitt@%s>' % CR, 'Neuroworks Support <support@neuroworks-eeg.com>',
   'RE: Case 0042918 - ORU not filing to chart',
   """Attached is the raw ORU from yesterday that never filed. You can see OBR-4 uses CPT where Epic expects
our local procedure code. Can you confirm the mapping table change on your side?

Evan
""", patient='Lafleur',
   atts=[('ORU_NW240405161044.hl7', 'text', 'plain', oru)])

mk('phi', 'struct', 'Grace Tolliver <gtolliver@%s>' % CR, 'EDI Support <edisupport@keystoneclearing.com>',
   '837P rejected 999 - loop 2010BA',
   """Hi, we got a 999 reject for the file below, says DMG02 invalid. Pasting the claim piece:

NM1*IL*1*OYELARAN*ADEBAYO*T***MI*XHK771209334~
N3*5520 PENN AVE APT 2B~
N4*PITTSBURGH*PA*15206~
DMG*D8*1977O614*M~
NM1*PR*2*HIGHMARK BCBS*****PI*54771~
CLM*CRN240322-0417*1850***11:B:1*Y*A*Y*Y~
HI*ABK:G40.219*ABF:R56.9~
LX*1~
SV1*HC:95819*1850*UN*1***1~
DTP*472*D8*20240322~

oh wait - is that a letter O in the DOB?? that's probably it. will fix and resend.

Grace Tolliver, CPC | Billing Specialist
""", patient='Oyelaran')

mk('phi', 'struct', 'Revenue Cycle <rcm@%s>' % CR, 'Grace Tolliver <gtolliver@%s>' % CR,
   'FW: 835 - underpaid PSG?',
   """Grace can you look at this one, paid way under contract for 95811.

CLP*CRN240301-0088*2*2450*612.5*150*12*24066123451*11*1~
NM1*QC*1*FONTAINE*GENEVIEVE*M***MI*YPB228104561~
NM1*82*2*CEDAR RIDGE NEUROLOGY*****XX*1699887766~
DTM*232*20240301~
SVC*HC:95811*2450*612.5**1~
CAS*CO*45*1537.5~
CAS*PR*1*150~
AMT*B6*762.5~

thx
""", patient='Fontaine')

mk('phi', 'struct', 'Tariq Mansour <tmansour@%s>' % CR, 'Grace Tolliver <gtolliver@%s>' % CR,
   'elig check came back weird',
   """grace the 271 for tomorrow's titration patient says inactive but she swears her coverage is fine.
pasted below. is EB*6 really terminated or am i reading it wrong?

HL*3*2*22*0~
TRN*2*93175-012547*9877281234~
NM1*IL*1*BALOGUN*FOLASADE****MI*W884120377~
N3*301 OAKVIEW TER~
N4*MONROEVILLE*PA*15146~
DMG*D8*19860915*F~
DTP*346*D8*20240101~
EB*6**30~
MSG*COVERAGE TERMINATED 03/31/2024~

she's scheduled for CPAP titration 95811 at 8pm tomorrow.
""", patient='Balogun')

fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "cr-7734021",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "7734021"}],
        "name": [{"family": "Zielinski", "given": ["Marta", "J"]}],
        "gender": "female",
        "birthDate": "1979-12-03",
        "telecom": [{"system": "phone", "value": "412-555-0159"}],
        "address": [{"line": ["19 Greentree Way"], "city": "Bethel Park", "state": "PA", "postalCode": "15102"}]
      }
    },
    {
      "resource": {
        "resourceType": "MedicationRequest",
        "status": "active",
        "intent": "order",
        "subject": {"reference": "Patient/cr-7734021"},
        "medicationCodeableConcept": {"text": "ocrelizumab 300 mg/10 mL IV"},
        "dosageInstruction": [{"text": "600 mg IV every 6 months"}],
        "authoredOn": "2024-03-19"
      }
    },
    {
      "resource": {
        "resourceType": "Condition",
        "subject": {"reference": "Patient/cr-7734021"},
        "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "G35", "display": "Multiple sclerosis"}]}
      }
    }
  ]
}
"""
mk('phi', 'struct', 'Evan Pruitt <epruitt@%s>' % CR, 'api-support@infusionhubrx.com',
   'FHIR bundle failing validation',
   """Hello, per our call, attached is the bundle our integration sent for the specialty pharmacy referral that
your endpoint rejected with HTTP 422. Can you tell us which element fails? We think it's the Condition
missing clinicalStatus.

Evan Pruitt | Integration Analyst | Cedar Ridge Neurology & Sleep Center
""", patient='Zielinski',
   atts=[('referral_bundle_7734021.json', 'application', 'json', fhir.encode('utf-8'))])

mk('phi', 'struct', 'Medical Records <records@%s>' % CR, 'Dr. Michael Trang <mtrang@lakesidefamilymed.com>',
   'CCD for transition of care',
   """Dr. Trang's office asked for the CCD on the transferred patient, the portal send failed so pasting the
header section here. Full document to follow via Direct.

<recordTarget>
  <patientRole>
    <id extension="4418827" root="2.16.840.1.113883.3.9921.1"/>
    <addr use="HP"><streetAddressLine>603 Maple Hollow Rd</streetAddressLine><city>Cranberry Twp</city>
      <state>PA</state><postalCode>16066</postalCode></addr>
    <telecom use="HP" value="tel:+1-724-555-0182"/>
    <patient>
      <name><given>Svetlana</given><family>Morozova</family></name>
      <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime value="19640228"/>
    </patient>
  </patientRole>
</recordTarget>
...
<section><title>Problems</title>
  <text><list><item>Relapsing-remitting multiple sclerosis (G35), dx 2009</item>
  <item>Trigeminal neuralgia, right V2</item></list></text>
</section>
<section><title>Medications</title>
  <text><list><item>Ofatumumab 20 mg SC monthly</item><item>Carbamazepine 200 mg BID</item></list></text>
</section>

Medical Records Dept.
""", patient='Morozova')

# ====================================================================== PHI: lang
mk('phi', 'lang', 'Yolanda Peña Ríos <yolipena77@gmail.com>', 'Dr. Samuel Osei <sosei@%s>' % CR,
   'Mi hijo Mateo - convulsiones',
   """Buenas tardes doctor Osei,

Le escribo por mi hijo Mateo Peña Ríos (nacido el 3/9/2012). Anoche tuvo otra convulsión mientras dormía,
duró como 3 minutos y se mordió la lengua. Está tomando el ácido valproico 250 mg dos veces al día como
usted indicó, pero la farmacia nos dio otra marca y no sé si es igual. ¿Debemos subir la dosis o ir a
emergencias? Tiene cita el 22 de abril.

Muchas gracias,
Yolanda Peña (mamá de Mateo)
""", patient='Peña Ríos', cte='quoted-printable')

mk('phi', 'lang', 'Marcos Albuquerque <marcos.albuq@uol.com.br>', 'sleep@%s' % CR,
   'Máscara do CPAP',
   """Olá, bom dia.

Sou Marcos Albuquerque, paciente da Dra. Hadley (data de nascimento 14/08/1971). Fiz o exame do sono em
fevereiro e comecei a usar o CPAP em março. A máscara está vazando muito e acordo com os olhos secos. A
empresa AeroRest disse que precisa de uma nova receita para trocar para máscara nasal. Vocês podem enviar?

Obrigado,
Marcos
""", patient='Albuquerque')

mk('phi', 'lang', 'Lê Minh Thư <minhthu.le@gmail.com>', 'info@%s' % CR,
   'Hỏi về thuốc của mẹ tôi - bà Trần Thị Lan',
   """Kính gửi phòng khám,

Tôi là con gái của bà Trần Thị Lan (sinh ngày 05/01/1948), bệnh nhân của bác sĩ Bhattacharya. Mẹ tôi bị
Parkinson và đang uống carbidopa/levodopa 25/100 ngày 3 lần. Gần đây mẹ tôi hay bị run nhiều hơn vào buổi
chiều và bị té ngã một lần tuần trước. Xin bác sĩ cho biết có cần đổi liều không, và có thể đổi lịch hẹn
sớm hơn không?

Cảm ơn,
Lê Minh Thư
""", patient='Trần')

mk('phi', 'lang', 'Wideline Jean-Baptiste <wjeanbaptiste@yahoo.com>', 'Front Desk <frontdesk@%s>' % CR,
   'randevou pou tèt fè mal',
   """Bonjou,

Mwen rele Wideline Jean-Baptiste, dat nesans mwen se 17 jen 1984. Mwen se pasyan Doktè Iyer pou migrèn.
Medikaman sumatriptan lan pa mache ankò, tèt mwen fè mal prèske chak jou e mwen vomi. Èske mwen ka
jwenn yon randevou semèn sa a? Nimewo telefòn mwen se 412-555-0121.

Mèsi anpil,
Wideline
""", patient='Jean-Baptiste')

mk('phi', 'lang', 'Ирина Соколова <isokolova@mail.ru>', 'infusion@%s' % CR,
   'Перенос инфузии',
   """Здравствуйте!

Меня зовут Ирина Соколова, дата рождения 22.07.1980. У меня запланирована инфузия окрелизумаба на
следующий вторник, но я только что узнала, что беременна (срок около 6 недель). Можно ли мне делать
инфузию? Пожалуйста, попросите доктора Осеи перезвонить мне: 412-555-0176.

Спасибо,
Ирина
""", patient='Соколова')

mk('phi', 'lang', 'Maricel Dizon <maricel.dizon@gmail.com>', 'eeglab@%s' % CR,
   'EEG ng tatay ko',
   """Hi po,

Ako po si Maricel, anak ni Mr. Rogelio Dizon (DOB 10/04/1951). Naka-schedule po siya ng EEG bukas ng 9am
pero hindi po siya nakatulog kagabi dahil sa sleep deprivation instructions, tapos po nagkaroon siya ng
parang seizure ulit kaninang umaga, mga 1 minute, nanginig yung kanang kamay. Tuloy pa rin po ba yung EEG?
Or dapat na po ba namin siyang dalhin sa ER?

Salamat po,
Maricel
""", patient='Dizon')

mk('phi', 'lang', 'Dr. Wei Chen <wchen@%s>' % CR, 'Dr. Lena Hadley <lhadley@%s>' % CR,
   '转发：张伟强 先生 睡眠监测结果',
   """Lena - forwarding the family's note (son wrote in Chinese). Summary: Mr. Zhang had his home sleep
test, says dad is still very sleepy and dozed off at a red light. I told them no driving until seen. Can you
add him to Friday?

---------- 转发的邮件 ----------
发件人: 张明 <zhangming88@163.com>
日期: 2024年4月9日
主题: 张伟强 睡眠监测结果

陈医生您好，

我父亲张伟强（出生日期 1956年3月2日）上周做了家庭睡眠监测。他白天还是非常困，前天开车等红灯时睡着了。
请问监测结果怎么样？需要用呼吸机（CPAP）吗？

谢谢！
张明
""", patient='张')

mk('phi', 'lang', 'خالد العتيبي <k.alotaibi@gmail.com>', 'sleep@%s' % CR,
   'نتائج دراسة النوم',
   """السلام عليكم،

أنا خالد العتيبي، تاريخ الميلاد 1975/11/08. أجريت دراسة النوم في مركزكم يوم 28 مارس مع الدكتورة هادلي.
أخبروني أن لدي انقطاع النفس أثناء النوم وأحتاج إلى جهاز CPAP، لكن شركة التأمين رفضت الطلب. هل يمكنكم
إرسال التقرير إلى شركة التأمين مرة أخرى؟ أنا سائق شاحنة وأحتاج إلى تقرير طبي للعمل.

شكراً جزيلاً،
خالد
رقم الجوال: 412-555-0138
""", patient='العتيبي', cte='base64')

# ====================================================================== CLEAN: admin
mk('clean', 'admin', 'Denise Kowalski <pm@%s>' % CR, 'Providers <providers@%s>' % CR,
   'May call schedule - FINAL',
   """All,

Final May call. Swaps go through me, not the answering service.

5/1-5/7    Dr. Osei        pager 4471
5/8-5/14   Dr. Bhattacharya pager 4475
5/15-5/21  Dr. Hadley      pager 4473 (sleep + general neuro backup Dr. Chen)
5/22-5/28  Dr. Iyer        pager 4478
5/29-6/4   Dr. Osei        pager 4471

Memorial Day 5/27 - office closed, on-call covers phones from 5pm Fri 5/24.

Denise Kowalski, MBA
Practice Manager | Cedar Ridge Neurology & Sleep Center | (412) 555-0100 x201
""")

mk('clean', 'admin', 'IT Service Desk <servicedesk@%s>' % CR, 'Kyle Marchetti <kmarchetti@%s>' % CR,
   '[INC0048213] Sleep lab label printer not mapping - Assigned',
   """Hello Kyle,

Your incident INC0048213 has been assigned to Evan Pruitt (Desktop Support).

Short description: Zebra label printer in sleep lab control room (ZBR-SL-02) not mapping after Windows update
Priority: 3 - Moderate
Location: 2nd floor, Sleep Lab, Rm 214
Callback: x4430

Evan will reach out within 1 business day. To add comments, reply to this email and keep the ticket
number in the subject line.

Cedar Ridge IT Service Desk
""")

mk('clean', 'admin', 'Accounts Receivable <ar@somnolinksoftware.com>', 'ap@%s' % CR,
   'Invoice INV-22-90431 - SomnoLink annual license',
   """Dear Accounts Payable,

Please find below invoice INV-22-90431 for your annual SomnoLink Scoring Suite license renewal.

  Customer #: CUST-00871
  PO #: PO-2024-0316
  Item: SomnoLink Scoring Suite, 8 concurrent seats, 04/01/2024 - 03/31/2025
  Amount: $18,640.00
  Terms: Net 30, due 05/01/2024

Remit to SomnoLink Software LLC, PO Box 40911, Columbus OH 43240. ACH details available on request from
Janet Pryor, (614) 555-0102.

Thank you for your business.
""", html="""<html><body><h3>Invoice INV-22-90431</h3><table border="1" cellpadding="4">
<tr><td>Customer #</td><td>CUST-00871</td></tr><tr><td>PO #</td><td>PO-2024-0316</td></tr>
<tr><td>Item</td><td>SomnoLink Scoring Suite, 8 concurrent seats, 04/01/2024 - 03/31/2025</td></tr>
<tr><td>Amount</td><td>$18,640.00</td></tr><tr><td>Terms</td><td>Net 30, due 05/01/2024</td></tr></table>
<p>Remit to SomnoLink Software LLC, PO Box 40911, Columbus OH 43240.</p></body></html>""")

mk('clean', 'admin', 'Human Resources <hr@%s>' % CR, 'All Staff <allstaff@%s>' % CR,
   'Welcome Marisol Vega, RPSGT!',
   """Please join us in welcoming Marisol Vega, RPSGT, who joins the sleep lab night team on Monday 4/15.
Marisol comes to us from Allegheny Valley Sleep Disorders Center where she spent 7 years doing PSG, MSLT
and pediatric studies. She'll be working Sun/Mon/Tue nights.

Her badge # is 20418 and her extension will be x4436. Stop by the lab and say hi!

Reminder: open enrollment for dental/vision closes 4/30 - see the HR portal.

Cedar Ridge HR
""")

mk('clean', 'admin', 'Facilities <facilities@%s>' % CR, 'Infusion Suite <infusion@%s>' % CR,
   'HVAC shutdown Sat 4/20 - infusion suite',
   """Hi all, the HVAC contractor (Keystone Mechanical, WO# KM-77120) will replace the air handler serving
the infusion suite on Saturday 4/20 from 6am to 2pm. Chairs 1-6 and the med room will be without AC.
Pharmacy has been told to move the refrigerated stock to the 1st floor fridge Friday night.

No infusions should be booked that day. Questions: Gary Whitlock, x4101 / cell 412-555-0109.

Gary
Facilities Supervisor
""")

mk('clean', 'admin', 'Ellen Marsh <emarsh@%s>' % CR, 'Dr. Priyanka Iyer <piyer@%s>' % CR,
   'AAN registration + CME reimbursement',
   """Dr. Iyer,

You're registered for the AAN Annual Meeting, confirmation AAN-2024-118273. Hotel is the Marriott, conf
#81120944, check in 4/12 check out 4/17. Your CME balance for FY24 is $1,150 remaining after this.

For reimbursement send me the receipts + the attendance certificate, expense code 6120-NEURO.

Ellen Marsh
Administrative Assistant to the Physicians
x4205
""")

# ====================================================================== CLEAN: lookalike
mk('clean', 'lookalike', 'Ironworks Fitness <members@ironworksfit.com>', 'lhadley.personal@gmail.com',
   'Member #88120345 - your membership freeze is ending',
   """Hi Lena,

Your membership freeze ends on 04/30/2024 and billing will resume at $49.99/mo on 05/01.

Member #: 88120345
Home club: Ironworks Fitness - Shadyside
Plan: Black Card, month-to-month

New this month: "Sleep & Recovery" mobility class Thursdays 7pm, plus our body-composition scan now shows
resting heart rate and recovery score. Book through the app.

Questions? Call the front desk at 412-555-0140.

Ironworks Fitness | Unsubscribe
""")

mk('clean', 'lookalike', 'Brookside Animal Hospital <care@brooksidevets.com>', 'kmarchetti.home@gmail.com',
   "Biscuit's recheck - phenobarbital level",
   """Hi Kyle,

Biscuit's phenobarbital level from Monday came back at 24 ug/mL, which is right in the range we want. Dr.
Amundsen says keep him at 30 mg twice daily. No seizures reported since the last dose change is great news!
We'll recheck liver values in 6 months.

Patient: Biscuit (canine, beagle mix, 6 y)  Client #: C-20931  Record #: 114502
Next appt: 10/08/2024 with Dr. Amundsen

Brookside Animal Hospital | 412-555-0197
""")

mk('clean', 'lookalike', 'Three Rivers Federal Credit Union <alerts@trfcu.org>', 'tmansour@gmail.com',
   'Your HSA contribution posted - Member # 0049281-S',
   """Dear Member,

A contribution of $250.00 posted to your Health Savings Account (share ID 0049281-S-09) on 03/29/2024.
Your 2024 year-to-date contributions: $1,000.00 of the $4,150.00 self-only limit.

Reminder: we will never ask for your PIN, SSN, or date of birth by email. To verify a call, hang up and
dial the number on the back of your card, 1-800-555-0114.

Three Rivers FCU | NCUA insured
""")

mk('clean', 'lookalike', 'SkyLake Airlines <no-reply@skylakeair.com>', 'bruiz.travel@gmail.com',
   'Your trip confirmation QX7RMP - PIT to MCO',
   """Thanks for booking with SkyLake!

Confirmation code: QX7RMP
Passenger: RUIZ/BETHANY MS    SkyMiles #: SL 4402 119 870
Flight SL 1184  PIT 06:15 -> MCO 08:52  Sat 05/18/2024  Seat 14C
Flight SL 1391  MCO 19:40 -> PIT 22:11  Wed 05/22/2024  Seat 12A

Traveling with medical equipment? CPAP machines, portable oxygen concentrators and insulin pumps do not count
toward your carry-on allowance. See skylakeair.com/medical for the FAA-approved device list.
""")

mk('clean', 'lookalike', 'Hollis Tree & Arbor <estimates@hollistree.com>', 'gwhitlock@%s' % CR,
   'Estimate #E-3318 - north lot oak',
   """Gary,

Thanks for walking the north parking lot with me. Diagnosis on the big red oak by the infusion entrance:
significant crown dieback (~40%), bleeding cankers on the trunk, and fruiting bodies at the root flare
consistent with Armillaria root rot. The patient is, honestly, terminal -- I don't recommend trying to
treat it. Recommend removal and stump grind before it drops a limb on a car.

Estimate #E-3318: removal $2,850, stump grind $425, haul-away included. Crew available week of 5/6.

Dale Hollis, ISA Certified Arborist PA-1147A
Hollis Tree & Arbor | 724-555-0150
""")

mk('clean', 'lookalike', 'Jenkins CI <ci@build.somnolinksoftware.com>', 'dev-alerts@somnolinksoftware.com',
   '[FAILED] scoring-engine #4471 - patient_worker health check',
   """Build #4471 FAILED on branch release/7.2

Stage: integration-tests
Error: patient_worker (pid 38812) failed health check after 3 retries: heartbeat timeout 30000 ms
       watchdog declared process dead; seizure of lock /var/run/scoring/admit.lock not released
       discharge queue depth: 1,204 (threshold 500)

Last commit: 9f2c1e7 "reduce epoch batch size for apnea detector model" - Janet Pryor

Console: https://ci.somnolinksoftware.com/job/scoring-engine/4471/console
""")

# ====================================================================== CLEAN: news
mk('clean', 'news', 'Northeast Epilepsy Alliance <news@neepilepsyalliance.org>', 'epilepsy@%s' % CR,
   'The Spark - April 2024: Purple Day recap, SUDEP webinar, camp registration',
   """THE SPARK | Northeast Epilepsy Alliance | April 2024

PURPLE DAY RECAP
Thanks to the 1,400 walkers who raised $212,000 on March 26! Special thanks to the neurology teams at
Cedar Ridge and St. Brigid who staffed the first-aid tent.

WEBINAR: TALKING ABOUT SUDEP
Thursday May 9, 7pm ET. Dr. Hannah Okoro, epileptologist, on how clinicians can discuss sudden unexpected
death in epilepsy with families. Free; register at neepilepsyalliance.org/events.

CAMP SPARKLE
Registration is open for our week-long summer camp for kids 8-15 living with epilepsy. Nurses and an
on-site neurologist are present 24/7. Scholarships available.

Seizure first aid: Stay, Safe, Side. Time it. Call 911 if it lasts more than 5 minutes.

Unsubscribe | Update preferences
""", html="""<html><body><h1 style="color:#6a0dad">THE SPARK</h1><p>Northeast Epilepsy Alliance | April 2024</p>
<h2>Purple Day recap</h2><p>Thanks to the 1,400 walkers who raised $212,000 on March 26!</p>
<h2>Webinar: Talking about SUDEP</h2><p>Thursday May 9, 7pm ET. Dr. Hannah Okoro, epileptologist.</p>
<h2>Camp Sparkle</h2><p>Registration is open for kids 8-15 living with epilepsy.</p>
<p><i>Seizure first aid: Stay, Safe, Side.</i></p></body></html>""")

mk('clean', 'news', 'PA Dept of Health - HAN <han@health-alerts.pa.example.gov>', 'providers@%s' % CR,
   'HAN UPDATE 2024-07: Extreme heat and patients on medications that impair thermoregulation',
   """PENNSYLVANIA HEALTH ALERT NETWORK - HEALTH UPDATE
PA-HAN-2024-07   Distribution: clinicians, pharmacies, EMS

SUMMARY
With above-normal temperatures forecast for late spring, clinicians are reminded that several medication
classes increase the risk of heat illness, including anticholinergics, topiramate and zonisamide (reduced
sweating, especially in children), diuretics, and antipsychotics.

RECOMMENDATIONS
1. Counsel at-risk patients on hydration and cooling.
2. Report heat-related deaths and hospitalizations to your local health department within 24 hours.
3. Cooling center locations: see county emergency management websites.

In 2023, 118 heat-related ED visits were reported statewide during the June heat event; 61% were aged 65+.

This message is for informational purposes. Do not reply.
""")

mk('clean', 'news', 'DrugSafety Alerts <alerts@rxsafetywire.com>', 'pharmacy-liaison@%s' % CR,
   'RECALL: Levetiracetam Oral Solution 100 mg/mL - select lots',
   """VOLUNTARY RECALL NOTICE - CONSUMER LEVEL

Marlow Generics Inc. is voluntarily recalling three lots of Levetiracetam Oral Solution USP, 100 mg/mL,
473 mL bottles, due to possible microbial contamination (Burkholderia cepacia complex) found during
stability testing.

  NDC 70112-418-16   Lot XJ2231  Exp 11/2025
  NDC 70112-418-16   Lot XJ2240  Exp 12/2025
  NDC 70112-418-16   Lot XJ2256  Exp 01/2026

Patients who are immunocompromised may be at risk of serious infection. To date, Marlow has received no
reports of adverse events. Pharmacies should quarantine affected lots. Patients should not stop taking
levetiracetam without talking to their prescriber, as abrupt discontinuation can provoke seizures.

Questions: Marlow Generics Medical Information, 1-888-555-0131.
""")

mk('clean', 'news', 'Quality Committee <quality@%s>' % CR, 'All Staff <allstaff@%s>' % CR,
   'Q1 2024 quality dashboard - sleep & infusion',
   """Q1 2024 at a glance (aggregate, no patient-level data):

SLEEP LAB
- Attended studies: 412 (PSG 231, split 98, titration 61, MSLT 22)
- Home sleep tests dispensed: 536, 4.1% technical failure rate (goal <5%)
- CPAP adherence at 90 days (>=4h on 70% of nights): 71% (goal 75%)
- Median days referral-to-study: 19

INFUSION
- 1,088 infusions, infusion reaction rate 2.3%, 0 anaphylaxis
- Chair utilization 84%

HEADACHE CLINIC
- 318 Botox procedure visits, 46 nerve blocks

Great work everyone - especially the sleep techs on the HST turnaround.
""")

mk('clean', 'news', 'Sleep Practice Digest <digest@sleeppracticesociety.org>', 'lhadley@%s' % CR,
   'Sleep Practice Digest | Vol 12 No 4',
   """SLEEP PRACTICE DIGEST - Vol. 12, No. 4

In this issue:
* Hypoglossal nerve stimulation outcomes at 5 years: a multicenter registry (n=1,849)
* GLP-1 receptor agonists and OSA severity: what should sleep clinicians tell patients?
* Position statement: drowsy driving and commercial drivers with untreated OSA
* Coding corner: 95800 vs G0399 for home sleep apnea testing in 2024
* Members in the news: Dr. Rafael Estrada elected president-elect

Annual meeting early-bird registration ends May 15.

American Sleep Practice Society | 1200 Commerce Dr, Suite 400 | Darien IL
""")

mk('clean', 'news', 'Cedar Ridge Neurology & Sleep <news@%s>' % CR, 'subscribers@lists.%s' % CR,
   'Spring update: new headache clinic hours, welcome Dr. Wei Chen',
   """Cedar Ridge Neurology & Sleep Center - Spring Newsletter

WELCOME DR. WEI CHEN
Dr. Wei Chen, MD, PhD, joins our general neurology and sleep team from the University of Rochester. Dr. Chen
speaks Mandarin and Cantonese and is accepting new patients.

HEADACHE CLINIC - EVENING HOURS
Starting May 1, Dr. Priyanka Iyer will see headache patients Tuesday evenings until 7pm.

DID YOU KNOW?
About 1 in 5 adults has at least mild sleep apnea, and most don't know it. Loud snoring, gasping at night,
and daytime sleepiness are reasons to ask your doctor about a sleep study.

Call (412) 555-0100 to schedule. Patient portal: portal.cedarridgeneuro.org
""", html="""<html><body><h2>Spring Newsletter</h2><h3>Welcome Dr. Wei Chen</h3>
<p>Dr. Wei Chen, MD, PhD, joins our general neurology and sleep team. Dr. Chen speaks Mandarin and Cantonese.</p>
<h3>Headache clinic - evening hours</h3><p>Starting May 1, Dr. Priyanka Iyer will see headache patients Tuesday evenings until 7pm.</p>
<p>Call (412) 555-0100 to schedule.</p></body></html>""")

# ====================================================================== CLEAN: staff
mk('clean', 'staff', 'Dr. Ravi Bhattacharya <rbhattacharya@%s>' % CR, 'Dr. Samuel Osei <sosei@%s>' % CR,
   'curbside - new onset sz in older adult',
   """Sam, quick curbside. 60s male, first unprovoked focal-to-bilateral seizure, MRI shows old small-vessel
disease only, EEG w/ rare L temporal sharps. CKD stage 3, on apixaban. I'm torn between levetiracetam
(renal dosing, mood) and lacosamide (PR interval - he has 1st degree AV block). What's your default in
this age group these days?

Ravi
""")

mk('clean', 'staff', 'Bethany Ruiz RN <bruiz@%s>' % CR, 'Infusion Nurses <infusion-rn@%s>' % CR,
   'UPDATED infusion reaction protocol v3.2 - please read before Monday',
   """Hi team,

The P&T committee approved v3.2 of the anti-CD20 infusion reaction protocol. Key changes:

1. Grade 1 (flushing, pruritus): pause 30 min, restart at 50% rate - unchanged.
2. Grade 2 (chest tightness, throat irritation, BP change >20%): stop, give diphenhydramine 50 IV +
   famotidine 20 IV, notify provider, may restart at 25% after 60 min ONLY with provider order.
3. Grade 3/4: stop, epinephrine 0.3 mg IM, call rapid response. Do not rechallenge.
4. NEW: vitals q15 min for the first hour of every first or second dose.

Printed copies are in the yellow binder at the nurses' station. Sign the attestation sheet by 4/26.

Bethany Ruiz, RN, CRNI | Infusion Nurse Manager
""")

mk('clean', 'staff', 'Kyle Marchetti RPSGT <kmarchetti@%s>' % CR, 'sleep-techs@%s' % CR,
   'night coverage next 2 weeks',
   """hey all - with Devon out on paternity leave we're short on nights. Marisol starts 4/15 but she's
shadowing the first week so doesn't count toward ratio. I need someone for:

Thu 4/11 - need 1 (3 beds booked)
Sat 4/13 - need 1
Wed 4/17 - need 1 (pediatric study, needs someone with peds experience)

OT approved by Denise. Text me 412-555-0155 or reply here. Otherwise I'll cap beds at 2 those nights.

Kyle Marchetti, RPSGT, CCSH
Sleep Lab Lead Technologist
""")

mk('clean', 'staff', 'Dr. Wei Chen <wchen@%s>' % CR, 'Providers <providers@%s>' % CR,
   'question: PA reporting rules for seizures & driving?',
   """Hi all, new to PA (came from NY). Can someone confirm the rules here?

My understanding: PA requires physicians to report patients with conditions that could impair driving
(including seizures) to PennDOT within 10 days, and the standard seizure-free interval to resume is 6
months, possibly shorter with med-change-related events. CDL holders follow the federal FMCSA rules
which are much stricter.

Is there a practice template for the PennDOT form? And do we tell the patient we're reporting?

Thanks,
Wei
""")

mk('clean', 'staff', 'Dr. Lena Hadley <lhadley@%s>' % CR, 'Corinne Lathrop <clathrop@aerorestmed.com>',
   'RE: quarterly DME meeting notes',
   """Corinne, thanks for the notes, looks right. Summarizing what we agreed:

- AeroRest will send compliance reports by the 5th of each month via the secure portal (not email).
- Mask refits: RT can swap interface type within the same order without a new rx, per our standing order.
- Turnaround goal: setup within 5 business days of order receipt. Currently 8.3 days avg.
- Our coordinator (Tariq) is the single point of contact for missing face-to-face notes.
- Next meeting: July 11, 12pm, lunch on AeroRest :)

Lena Hadley, MD | Medical Director, Sleep Center
""")

mk('clean', 'staff', 'Dr. Priyanka Iyer <piyer@%s>' % CR, 'Residents <neuro-residents@stbrigidmedical.org>',
   'journal club Thurs - MOH case + paper',
   """Hi all,

For Thursday's journal club we'll discuss the attached RCT on withdrawal vs. preventive-first strategies for
medication-overuse headache. I'll open with a de-identified case: a woman in her 30s with chronic migraine,
~25 headache days/month, using a combination analgesic most days, who failed two oral preventives.

Questions to think about:
1. Would you withdraw first, start a CGRP mAb first, or both?
2. Role of bridge therapy (steroids, nerve blocks, DHE)?
3. How do you counsel about rebound when the patient works night shifts?

Pizza at noon, Conf Rm B.
PI
""")

# ====================================================================== CLEAN: training
mk('clean', 'training', 'Epic Training Team <epictraining@%s>' % CR, 'New Hires <newhires@%s>' % CR,
   'Epic Ambulatory Neuro - practice exercises (TRAINING ENVIRONMENT ONLY)',
   """Welcome to Epic training! Log in to the PLAYGROUND environment (not PRD) and complete these exercises
before Thursday's session.

Use ONLY these test patients:
  ZZTEST, NEURO        MRN 999000123   DOB 01/01/1950
  ZZTEST, SLEEPY       MRN 999000124   DOB 02/02/1980
  ZZTEST, MIGRAINE     MRN 999000125   DOB 03/03/1990

Exercise 1: Open ZZTEST, NEURO. Place an order for a routine EEG (95816) and an MRI brain w/wo.
Exercise 2: On ZZTEST, SLEEPY, order a home sleep test and route to the sleep pool.
Exercise 3: Reconcile meds on ZZTEST, MIGRAINE and add "sumatriptan 50 mg PRN".

Never practice on real patient charts.
Cedar Ridge Clinical Informatics
""")

mk('clean', 'training', 'Interface Vendor Demo <demo@meridianhl7.com>', 'Evan Pruitt <epruitt@%s>' % CR,
   'Meridian Engine demo - sample messages',
   """Hi Evan,

Following today's demo, here are the sample messages we used. All data is synthetic.

MSH|^~\\&|DEMOAPP|DEMOFAC|MERIDIAN|TEST|20240101120000||ADT^A01|DEMO0001|T|2.5.1
PID|1||TEST000001^^^DEMO^MR||DOE^JOHN^Q||19000101|M|||123 MAIN ST^^ANYTOWN^ZZ^00000
PV1|1|I|DEMO^101^A

MSH|^~\\&|DEMOAPP|DEMOFAC|MERIDIAN|TEST|20240101120500||ORU^R01|DEMO0002|T|2.5.1
PID|1||TEST000002^^^DEMO^MR||SAMPLE^JANE||19000101|F
OBX|1|NM|TEST^Sample Value||42|units|||||F

Note processing ID "T" (test) in MSH-11. Trial license key emailed separately.

Priya Anand | Solutions Engineer | Meridian HL7 Systems
""")

tmpl = ("patient_last,patient_first,dob,mrn,order_type,device,notes\n"
        "TEST,PATIENT,01/01/1900,TEST0001,CPAP,auto 5-20,SAMPLE ROW - DELETE BEFORE UPLOAD\n"
        "ZZDEMO,ALPHA,01/01/1900,TEST0002,BiPAP,ST 16/8,SAMPLE ROW - DELETE BEFORE UPLOAD\n")
mk('clean', 'training', 'Integrations <integrations@aerorestmed.com>', 'Tariq Mansour <tmansour@%s>' % CR,
   'Bulk order upload template',
   """Hi Tariq,

As discussed, attached is the CSV template for bulk order upload into the AeroRest portal. The two rows
in it are dummy examples showing the formats - please delete them before uploading real orders, and use
the secure portal upload, not email, for actual patient files.

Thanks,
Nadia Ferrante | Provider Integrations | AeroRest Home Medical
""", atts=[('AeroRest_bulk_order_TEMPLATE.csv', 'text', 'csv', tmpl)])

mk('clean', 'training', 'Compliance Office <compliance@%s>' % CR, 'All Staff <allstaff@%s>' % CR,
   'HIPAA minute: minimum necessary (example inside)',
   """HIPAA MINUTE - April

Scenario: An employer's HR rep calls asking whether "Jane Doe" (a fictional employee) is safe to drive
company vehicles.

WRONG: "Jane has epilepsy, had a seizure in February and is on levetiracetam."
RIGHT: "We can't share any information without a signed authorization. Once we have one, the physician
will complete your fitness-for-duty form."

Remember: even confirming someone is our patient is a disclosure. Employers get only what the signed
authorization covers - usually a yes/no on work restrictions.

Quiz link in the LMS, due 4/30.
Cedar Ridge Compliance Office
""")

mk('clean', 'training', 'FHIR Sandbox <noreply@sandbox.infusionhubrx.com>', 'Evan Pruitt <epruitt@%s>' % CR,
   'Your sandbox credentials + example payload',
   """Welcome to the InfusionHub Rx developer sandbox.

Client ID: sbx-cr-29910
Base URL: https://sandbox.infusionhubrx.com/fhir/R4

Example referral payload (synthetic):
{
  "resourceType": "Patient",
  "id": "example",
  "name": [{"family": "Testpatient", "given": ["Sandbox"]}],
  "birthDate": "1900-01-01",
  "identifier": [{"system": "urn:example", "value": "TEST-0000"}]
}

Sandbox data is reset nightly. Never send production PHI to the sandbox.
""")

mk('clean', 'training', 'Kyle Marchetti RPSGT <kmarchetti@%s>' % CR, 'sleep-techs@%s' % CR,
   'scoring practice set - Sample Study 07',
   """Inter-scorer reliability round for Q2. Sample Study 07 is loaded in SomnoLink under the TRAINING
folder (de-identified teaching record from the AASM-style library, no real patient).

Score epochs 1-200 per the current manual, hypopnea rule 1A (3% / arousal). Reference key: AHI 17.8,
ODI 14.2, 4 central events, PLMI 22. We need 85% epoch agreement.

Due 4/30. Ping me if the file won't open.
K
""")

# ====================================================================== labels
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for r in ROWS:
        w.writerow(r)
