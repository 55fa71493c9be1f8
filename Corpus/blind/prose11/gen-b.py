#!/usr/bin/env python3
"""Blind eval set prose11b: hand-written healthcare e-mail. Standard library only, deterministic."""
import csv, io, os, zipfile
from email.message import EmailMessage
from email import policy
from email.parser import BytesParser

import sys
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
M = []

def zipit(name, text):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
        zi = zipfile.ZipInfo(name, date_time=(2026, 11, 30, 8, 15, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, text.encode('utf-8') if isinstance(text, str) else text)
    return b.getvalue()

def add(kind, pname, frm, to, date, subj, body, html=None, atts=(), cs='utf-8', cte=None, cc=None, extra=None):
    M.append(dict(kind=kind, pname=pname, frm=frm, to=to, date=date, subj=subj, body=body,
                  html=html, atts=list(atts), cs=cs, cte=cte, cc=cc, extra=extra or {}))

def build(m, idx):
    e = EmailMessage()
    e['From'] = m['frm']
    e['To'] = m['to']
    if m['cc']:
        e['Cc'] = m['cc']
    e['Date'] = m['date']
    e['Subject'] = m['subj']
    dom = m['frm'].split('@')[-1].strip('> ')
    e['Message-ID'] = '<%s.%04d.p11b@%s>' % (m['kind'].replace('-', ''), idx * 7919 % 10000, dom)
    for k, v in m['extra'].items():
        e[k] = v
    kw = {}
    if m['cte']:
        kw['cte'] = m['cte']
    e.set_content(m['body'], charset=m['cs'], **kw)
    if m['html']:
        e.add_alternative(m['html'], subtype='html', charset=m['cs'])
    for a in m['atts']:
        fn, data, ctype = a[0], a[1], a[2]
        if ctype == 'rfc822':
            e.add_attachment(data)
            continue
        maintype, subtype = ctype.split('/')
        if maintype == 'text' and isinstance(data, str):
            e.add_attachment(data, subtype=subtype, filename=fn)
        else:
            if isinstance(data, str):
                data = data.encode('utf-8')
            e.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
    return e

def sub(frm, to, date, subj, body, html=None):
    """An embedded message for message/rfc822 forwards."""
    e = EmailMessage()
    e['From'] = frm; e['To'] = to; e['Date'] = date; e['Subject'] = subj
    e.set_content(body)
    if html:
        e.add_alternative(html, subtype='html')
    return e

def HTML(inner, sig=''):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif}'
            'table.grid td{border:1px solid #999;padding:2px 6px;font-size:10pt}</style></head>'
            '<body lang="EN-US"><div class="WordSection1">' + inner + sig + '</div></body></html>')

# ---------------------------------------------------------------- phi-care
add('phi-care', 'Okonkwo',
    '"Dana Whitlock, MA" <dwhitlock@mapleridgefm.com>', 'frontdesk@mapleridgefm.com',
    'Mon, 30 Nov 2026 08:12:44 -0800', 'call back re: labs',
    """Hi Tasha,

Can you call Mr. Okonkwo back this morning? His A1c came back 8.9 (was 7.4 in June) and
Dr. Pruitt wants him in for a med visit this week, 20 min slot is fine. Also his lipid
panel is still pending, lab says drawn 11/24 so should be here Tues.

Best # on file is 503-271-8846 (cell), he doesn't pick up before 10.

Thx
Dana
""")

add('phi-care', 'Reyes-Holloway',
    'Kim Tran <ktran@baysidewomenscare.com>', '"Surgery Scheduling" <orsched@stlukesvalley.org>',
    'Tue, 01 Dec 2026 14:03:10 -0800', 'Add-on request 12/4 - Reyes-Holloway, Marisol',
    """Good afternoon,

Dr. Abernathy would like to add on the following for Friday 12/4 if there is any room
after her 0730 block:

Patient: Marisol Reyes-Holloway
DOB: 03/17/1989
Procedure: Diagnostic hysteroscopy with D&C, possible polypectomy
Est. time: 45 min
Anesthesia: MAC
Pre-op: CBC and hCG day of; H&P done in office 11/30, faxing now
Auth: CVHP ref# A2611-448702, approved 12/1

She's NPO after midnight already confirmed. Please let me know the time and I'll call her.

Kim Tran
Surgical Coordinator | Bayside Women's Care
p 541.330.2290 x114  f 541.330.2291
""")

add('phi-care', 'Lindqvist',
    '"Northgate Rx Refill Line" <refills@northgatepsych.com>', 'Dr. Samuel Oyelaran <soyelaran@northgatepsych.com>',
    'Wed, 02 Dec 2026 09:41:00 -0800', 'Refill request queue - needs MD sign',
    """Dr. O,

Refill pended in your box, pharmacy faxed twice:

  Eric Lindqvist  DOB 7/02/1994
  lamotrigine 150mg tab, 1 po bid, #60, RF0
  last seen 9/14/26 (med mgmt), next appt not scheduled
  Walgreens #11042 Salem Commercial St

He called the line yesterday and said he's got 3 pills left. I told him we'd get a 30 day
bridge out if you OK it but he needs to book a follow up before the next one. Let me know
if you want me to hold it instead.

-- Brenda (refill line)
""")

add('phi-care', 'Ahmadi',
    'Jill Sorensen <jsorensen@clearsighteyes.com>', 'optical@clearsighteyes.com',
    'Thu, 03 Dec 2026 11:20:31 -0800', 'RE: glasses remake',
    """Yes go ahead and remake at no charge, Dr. Haugen rechecked her today and the Rx was right,
it's the lab's PD that was off by 3mm.

Jill

-----Original Message-----
From: Optical Desk <optical@clearsighteyes.com>
Sent: Thursday, December 3, 2026 10:02 AM
To: Jill Sorensen <jsorensen@clearsighteyes.com>
Subject: glasses remake

Jill - Parisa Ahmadi came back in, says the new progressives make her dizzy reading. Exam was
11/12. OD -2.25 -0.75 x 090, OS -2.00 -0.50 x 085, add +2.00. Do we remake or send her back
to the doctor for a recheck first? She is here now in the waiting area.

Thanks, Marco
""")

add('phi-care', 'Baptiste',
    '"Little Sprouts Pediatrics" <nurse@littlesproutspeds.com>', '"Gregory Baptiste" <gbaptiste71@gmail.com>',
    'Thu, 03 Dec 2026 16:45:12 -0800', 'Jonah\'s visit today - follow up instructions',
    """Hi Mr. Baptiste,

Thank you for bringing Jonah in today. As Dr. Feld discussed, here is the plan in writing:

 - Rapid strep was negative; throat culture was sent and we will call only if it grows.
 - Ibuprofen 200 mg (10 mL of the children's 100mg/5mL) every 6-8 hours as needed.
 - His 4-year vaccines (DTaP, IPV, MMR, varicella) were postponed because of the fever.
   Please schedule a nurse visit in 2 weeks to catch those up.
 - Hearing screen today was normal both ears.

If you have any questions you can reply here or call the nurse line at 971-208-4410.

Warmly,
Renee Castillo, RN
Little Sprouts Pediatrics
""",
    html=HTML("""<p class="MsoNormal">Hi Mr. Baptiste,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thank you for bringing <b>Jonah</b> in today. As Dr. Feld discussed, here is the plan in writing:</p>
<ul><li>Rapid strep was negative; throat culture was sent and we will call only if it grows.</li>
<li>Ibuprofen 200 mg (10 mL of the children's 100mg/5mL) every 6-8 hours as needed.</li>
<li>His 4-year vaccines (DTaP, IPV, MMR, varicella) were postponed because of the fever. Please schedule a nurse visit in 2 weeks to catch those up.</li>
<li>Hearing screen today was normal both ears.</li></ul>
<p class="MsoNormal">If you have any questions you can reply here or call the nurse line at 971-208-4410.</p>
<p class="MsoNormal">Warmly,<br>Renee Castillo, RN<br>Little Sprouts Pediatrics</p>"""))

add('phi-care', 'Pellegrino',
    'Utilization Management <um-notify@cvhp.org>', '"Keller Chiropractic Billing" <billing@kellerchiro.com>',
    'Fri, 04 Dec 2026 07:00:03 -0800', 'Prior Authorization Determination - Ref A2612-003917',
    """CASCADIA VALLEY HEALTH PLAN
Utilization Management - Determination Notice

Reference:        A2612-003917
Member:           PELLEGRINO, ANTHONY J
Member ID:        CVH884120377-01
Requesting prov:  Keller Chiropractic Clinic (NPI 1477602319)
Service:          98941 Chiropractic manipulative treatment, spinal 3-4 regions
Units requested:  12 visits  01/04/2027 - 03/31/2027
Units approved:   6 visits   01/04/2027 - 02/15/2027
Decision:         PARTIAL APPROVAL

Additional visits may be requested with updated functional outcome measures (e.g. Oswestry)
documented after visit 5. This notice does not guarantee payment; benefits are subject to
eligibility on the date of service.

Do not reply to this mailbox. Questions: Provider Services 1-800-448-2210, option 3.
""")

add('phi-care', 'Whitcombe',
    'Tom Ferris <tferris@rapidruncourier.com>', 'lab@mapleridgefm.com',
    'Fri, 04 Dec 2026 13:17:55 -0800', 'Specimen pickup issue - rt 6',
    """hi, driver (Luis) got to your back door at 12:40 and the lockbox had one bag in it but the
requisition inside was for a different office? it says Whitcombe, Harold - 24hr urine
collection, ordering Dr Pruitt but the sticker on the jug says Lakeside Internal Med.
He left it there didnt want to take it w/o matching paperwork. can someone look and call me
at 503-780-1193, we can swing back by 3.

Tom F
RapidRun Courier dispatch
""")

add('phi-care', 'Castellanos',
    'AccuScribe Transcription <delivery@accuscribe.net>', 'Dr. Helen Abernathy <habernathy@baysidewomenscare.com>',
    'Sat, 05 Dec 2026 02:14:09 +0000', 'Job 5581207 ready for review',
    """Dictation job 5581207 has been transcribed and is ready for signature. Preview:

----------------------------------------------------------------
OPERATIVE NOTE
PATIENT: Castellanos, Ivonne      MRN: 00418832
DATE OF SERVICE: 12/03/2026
SURGEON: Helen Abernathy, MD
PROCEDURE: Low transverse cesarean section, repeat. Bilateral tubal
salpingectomy.
ESTIMATED BLOOD LOSS: 750 mL
FINDINGS: Viable female infant, Apgars 8 and 9, weight 3410 g. Normal
appearing uterus, tubes and ovaries bilaterally.
[... 2 more pages, see portal ...]
----------------------------------------------------------------

Blanks flagged: 1 (line 14 "[inaudible] units of Pitocin").
Log in to the AccuScribe portal to edit and sign.
""", cs='utf-8', cte='quoted-printable')

add('phi-care', 'Dubois',
    '"Marcy Helms" <mhelms@summitmedbilling.com>', '"Front Office" <office@kellerchiro.com>',
    'Mon, 30 Nov 2026 10:30:00 -0700', 'denied visit - need notes',
    """Hey guys,

Got a denial back on Celeste Dubois, DOS 10/19, 98940 + 97140. Payer says the 97140 was the same
region as the CMT without a 59 mod. Can you send me the daily note for that visit so I can see
if the soft tissue was a separate area? If it was lumbar and the adjust was cervical we can
appeal.

Also her ins card on file is expired, she switched to the Cascadia plan in Sept. Can you grab
a new copy next time she's in, I think she's on the schedule 12/8.

Marcy
Summit Medical Billing
""")
# ---------------------------------------------------------------- phi-names
add('phi-names', 'Vasquez',
    'Dr. Rachel Pruitt <rpruitt@mapleridgefm.com>', 'Dana Whitlock <dwhitlock@mapleridgefm.com>',
    'Tue, 01 Dec 2026 18:22:40 -0800', 'Mrs. Vasquez',
    """Dana - saw Mrs. Vasquez's daughter in the parking lot after clinic, she says her mom still
hasn't heard about the cardiology referral we sent three weeks ago. Can you chase that
tomorrow? If Dr. Kim's office won't have anything till February ask Lena about getting her in
at the Salem group instead. Also remind me to call the daughter Thursday, she has questions
about the water pill.

R
""")

add('phi-names', 'Munroe',
    'Oscar Delgado <odelgado@brightpathit.com>', 'Office Manager <manager@littlesproutspeds.com>',
    'Wed, 02 Dec 2026 12:05:18 -0800', 'RE: scanner ticket #44812',
    """Hi Beth,

Fixed - the Fujitsu was saving to the old share path. I re-pointed it to \\\\LSP-FS01\\scans.
While testing I scanned the top sheet that was sitting on the glass, sorry, it went to the
queue as "SCAN_0001.pdf". It was little Ava Munroe's developmental screening form (the one
Dr. Feld flagged for the speech eval). I deleted it from the queue but you may want to
re-scan it properly into her chart.

Oscar
BrightPath IT Support | 503-602-7719

> From: Beth Kowalczyk
> Sent: Wednesday, December 2, 2026 9:14 AM
> Subject: scanner ticket #44812
>
> Scanner in the nurse station says "destination unavailable" again. Can someone look today?
""")

add('phi-names', 'Halvorsen',
    '"Priya Natarajan" <pnatarajan@northgatepsych.com>', '"Clinical Team" <clinicians@northgatepsych.com>',
    'Thu, 03 Dec 2026 08:30:00 -0800', 'Coverage while I\'m out 12/7-12/11',
    """Hi all,

I'm out next week. Coverage notes for the folks most likely to call:

Big Jim (Halvorsen) - he's been steady on the new dose, but if he calls about sleep again
please don't add anything, just book him with me for the 14th. His wife Carol usually
calls for him.

Ms. Achterberg has her ketamine series at the outside clinic Tuesday; if the clinic calls for
our vitals/PHQ sheet it's in the shared drive under her name.

Teddy from the Thursday group - his mom may call about the school letter. It's drafted, just
needs Sam's signature.

Thanks! Sam has my pager list.
Priya
""")

add('phi-names', 'Nakamura',
    'Gail Brennan <gbrennan@answerplus.com>', '"Keller Chiropractic" <office@kellerchiro.com>',
    'Thu, 03 Dec 2026 21:47:02 -0800', 'After-hours message: Nakamura',
    """ANSWERPLUS - AFTER HOURS MESSAGE
Client: Keller Chiropractic    Taken by: GB    Time: 9:44 PM

Caller: Kenji Nakamura (self)
Call back: 971-455-0328
Message: Was adjusted today by Dr. Keller, says since about 7pm he has numbness down the
left arm into the last two fingers. Not worse, not better. Wants to know if he should go to
urgent care or wait to be seen in AM. Advised per protocol to call 911 if weakness/chest pain.
On-call Dr. Keller paged 9:46 PM.
""")

add('phi-names', 'Oduya',
    '"Alicia Park" <apark@cvhp.org>', '"Member Services Leads" <ms-leads@cvhp.org>',
    'Fri, 04 Dec 2026 10:12:33 -0800', 'Escalation - Oduya, Grace / appeal call',
    """Team,

Heads up, Oduya, Grace called for the fourth time this week about her son's insulin pump
denial. She is upset (understandably) and asked for a supervisor. I've promised a call back
from Monique by 3pm today. Her son is Daniel, he's a dependent on her policy.

Please do NOT transfer her to the general queue if she calls again, warm transfer to me or
Monique. The expedited appeal was filed yesterday (Ravi in Appeals has it).

Alicia Park
Member Services Supervisor
""")

add('phi-names', 'Fairbanks',
    'Jen Coyle <jcoyle@baysidewomenscare.com>', 'Kim Tran <ktran@baysidewomenscare.com>',
    'Fri, 04 Dec 2026 15:58:11 -0800', 'fyi',
    """Kim - Lauren Fairbanks (Dr A's 28 weeker with the twins) called crying, the glucose
tolerance at the hospital lab got cancelled because they said no order. Can you resend it and
call her back? She took the whole day off for it. 555-0147 is wrong, use 541-812-3006.

Thank you!! I'm slammed with Dr. Ocampo's clinic.
Jen
""")

add('phi-names', 'Brzezinski',
    '"Tony Ruiz" <truiz@summitmedbilling.com>', 'Marcy Helms <mhelms@summitmedbilling.com>',
    'Mon, 30 Nov 2026 16:40:55 -0700', 'Fw: statement complaint',
    """Marcy can you take this one, it's a Maple Ridge account. His email is attached.

Tony
""",
    atts=[('', sub('Walt Brzezinski <wbrz1948@comcast.net>', '<billing@summitmedbilling.com>',
        'Sat, 28 Nov 2026 11:02:00 -0800', 'statement complaint',
        """To whom it may concern,

I received a bill for $340 for my wife Dorothy's physical in October. Her doctor Dr. Pruitt
told us that the annual physical is free under Medicare. Now you are saying some of it was a
"problem visit" because she asked about her knee. Nobody told us that. I would like this
fixed or I will be calling the insurance commissioner.

Walter Brzezinski
"""), 'rfc822')])

add('phi-names', 'Sato',
    'Dr. Marcus Feld <mfeld@littlesproutspeds.com>', 'Renee Castillo <rcastillo@littlesproutspeds.com>',
    'Tue, 01 Dec 2026 07:05:00 -0800', 'Re: Sato twins',
    """Yes please - both of them need the 12 month labs (lead + CBC), and Hana is due for her
hep A too. Kaito's ear recheck can be the same day. Let the parents know the lab opens 8.

MF

On Mon, Nov 30, 2026 at 5:31 PM Renee Castillo <rcastillo@littlesproutspeds.com> wrote:
> Mom of the Sato twins wants to combine their visits on the 10th, is that ok with you?
> They're both on your schedule separately.
""")

add('phi-names', 'Gutierrez',
    '"Carla Mendes" <cmendes@cvhp.org>', '"Case Mgmt Pod B" <cm-podb@cvhp.org>',
    'Wed, 02 Dec 2026 11:11:11 -0800', 'Handoff - my caseload while on leave',
    """Hi Pod B,

Going on leave Monday. Quick notes, full notes in the CM system:

- Mr. Gutierrez (Ramon) - discharged from St. Luke's Sat after the bypass. Home health
  starting Tues, needs a follow up with cardiology within 7 days, his niece Sofia is the
  contact. Very sweet man, hard of hearing, speak slowly.
- Ms. Teodora Pavlik - transportation set up for her dialysis MWF through January.
- Baby boy Lindgren - NICU graduate, mom asked about lactation benefits, I sent the info.

Priya K will cover Pavlik. Nasrin please take Gutierrez and Lindgren.

Thanks,
Carla
""")
# ---------------------------------------------------------------- phi-lists
add('phi-lists', 'Tiedemann',
    'Lena Marsh <lmarsh@mapleridgefm.com>', 'Dr. Rachel Pruitt <rpruitt@mapleridgefm.com>',
    'Mon, 30 Nov 2026 07:48:00 -0800', 'tomorrow - who still needs what',
    """Morning, here's tomorrow's AM from the schedule with open items. Pasted from the
appointment screen so columns are a little off.

Time   Patient                 Visit        Open item
-----  ----------------------  -----------  ------------------------------
08:00  TIEDEMANN, KARL         Med check    INR due, bring log
08:20  Abebe, Selam            Pap/Physical no prior pap on file
08:40  COLLINS-WARD, J         Post ER f/u  need ER records from Salem
09:00  Reinholt, Margaret      Wellness     Shingrix #2
09:40  Prakash, Devika         New OB conf  send to Bayside after
10:00  Bauer, Otto             Wound check  wound care supplies auth?
10:20  (open)
10:40  Moss, Darnell           Spirometry   hold albuterol 4h prior

Let me know if you want Bauer moved to the nurse schedule.
Lena
""")

add('phi-lists', 'Ferreira',
    '"Keisha Long" <klong@cvhp.org>', '"Stars Outreach" <stars-outreach@cvhp.org>',
    'Tue, 01 Dec 2026 13:30:00 -0800', 'Gap list for Maple Ridge FM - outreach calls this week',
    """Here's the Maple Ridge panel for this week's calls. Copied out of the gap report.
Pls note outcomes in the tracker not in email.

Member ID      | Name                 | DOB        | Gap                       | Phone
---------------|----------------------|------------|---------------------------|-------------
CVH770218844-01| Ferreira, Lucia      | 1957-04-22 | Mammogram overdue         | 503-390-2217
CVH770221903-01| Olsen, Bradley       | 1961-09-30 | Diabetic eye exam         | 503-871-0064
CVH770300517-02| Nguyen, Thi Hoa      | 1949-01-05 | Colorectal screen (FIT)   | 503-559-3381
CVH770312276-01| Mbeki, Thabo         | 1966-12-11 | Statin fill gap 62 days   | 971-244-7810
CVH770318020-01| Kowalski, Irene      | 1952-07-19 | BP recheck >140/90 x2     | 503-362-1175
CVH770322441-01| Yazzie, Norman       | 1970-03-03 | A1c not done 2026         | 503-930-4456

Thanks!
Keisha Long | Quality Programs
""")

add('phi-lists', 'Rowan',
    'Dr. Samuel Oyelaran <soyelaran@northgatepsych.com>', 'Priya Natarajan <pnatarajan@northgatepsych.com>',
    'Wed, 02 Dec 2026 19:15:00 -0800', 'clozapine ANC this week',
    """P - who's outstanding for ANC this week. Tabs may be off, copied from my excel.

Name\tLast ANC\tDate\tStatus
Rowan, Elliot\t2.9\t11/23\tweekly - DUE
Fitzgerald, Maeve\t3.4\t11/10\tq2wk - due 12/8
Okafor, Chidi\t1.6\t11/30\tmild neutropenia - repeat 3x/wk
Sandoval, Ruben\t4.1\t11/02\tmonthly - ok

Chidi is the one I'm worried about. Can you make sure the REMS pharmacy has the 11/30 one?
S
""")

add('phi-lists', 'Marchetti',
    'Marcy Helms <mhelms@summitmedbilling.com>', '"Kate Keller" <kate@kellerchiro.com>',
    'Thu, 03 Dec 2026 09:05:47 -0700', 'Nov aging - accounts over 90',
    """Kate,

Here are your self-pay accounts over 90 days as of 11/30. I'd like to send these to collections
on 12/15 unless you want to hold any (some of these folks I think are still coming in).

  Acct    Patient               Last DOS    Balance   Notes
  ------  --------------------  ----------  --------  --------------------------------
  40012   Marchetti, Paul       07/22/2026   $615.00  12 visits, no ins, payment plan lapsed
  40187   Sørensen, Ingrid      08/05/2026   $240.00  x-rays cervical/lumbar
  40233   Whitaker, Deshawn     08/14/2026   $385.00  MVA - waiting on PIP?
  40301   Huang, Li             08/30/2026    $95.00  stmt returned, bad address
  40322   Kapoor, Anil          09/01/2026   $180.00  decompression pkg balance

Total: $1,515.00

Marcy
""", cs='iso-8859-1')

add('phi-lists', 'Alcott',
    '"Renee Castillo" <rcastillo@littlesproutspeds.com>', 'Dr. Marcus Feld <mfeld@littlesproutspeds.com>',
    'Thu, 03 Dec 2026 17:20:00 -0800', 'flu shot recall - still missing',
    """Dr F, these are the kids from the 6mo-2yr list who got dose 1 and haven't come back for
dose 2. I called all of them once.

* Alcott, Wren (14 mo) - mom said next week, no appt yet
* Bui, Minh (8 mo) - voicemail full
* Delacroix, Theo (22 mo) - booked 12/9 with Renee
* Esposito, Gianna (11 mo) - family moved to Bend? confirm
* Friedman, Asher (7 mo) - dad declined 2nd dose, needs your call
* Greer, Kamila (19 mo) - booked 12/11

Should I send letters to the rest?
Renee
""")

add('phi-lists', 'Lockhart',
    '"Jen Coyle" <jcoyle@baysidewomenscare.com>', '"L&D Charge RN" <ldcharge@stlukesvalley.org>',
    'Fri, 04 Dec 2026 12:00:00 -0800', 'Scheduled inductions / C/S next week - Bayside',
    """Hi, sending our list for next week per your request. Same as always please call me if any
need to move.

+------------+----------------------+-------+---------+----------------------------+
| Date       | Patient              | GA    | Type    | Reason / notes             |
+------------+----------------------+-------+---------+----------------------------+
| Mon 12/7   | Lockhart, Brianna    | 39+0  | IOL     | elective, favorable cx     |
| Tue 12/8   | Ochoa, Valeria       | 37+2  | IOL     | GHTN, Dr. Ocampo           |
| Tue 12/8   | Sundberg, Emma       | 39+1  | rpt C/S | 0730, Dr. Abernathy        |
| Thu 12/10  | Adeyemi, Funmi       | 41+0  | IOL     | post dates, NST today ok   |
+------------+----------------------+-------+---------+----------------------------+

Thanks,
Jen Coyle, RN
Bayside Women's Care
""")

add('phi-lists', 'Quintero',
    'RapidRun Dispatch <dispatch@rapidruncourier.com>', 'lab@mapleridgefm.com',
    'Fri, 04 Dec 2026 18:30:21 -0800', 'Pickup manifest 12/04 route 6 - Maple Ridge FM',
    """Manifest attached for today's pickups, signed by driver. Please verify counts and reply
within 24h with any discrepancy.

RapidRun Courier
""",
    atts=[('manifest_20261204_rt6_MRFM.txt',
"""RAPIDRUN COURIER - CHAIN OF CUSTODY MANIFEST
Route 6   Stop 3   Maple Ridge Family Medicine   Pickup 16:42   Driver: L. Ortega

Seq  Req#      Patient Name           Tests                      Temp   Dest
---  --------  ---------------------  -------------------------  -----  -----------
01   MR88104   QUINTERO, ALMA         CMP, TSH, Vit D            AMB    PacWest Lab
02   MR88105   HOLLIS, RAYMOND        PSA, CBC                   AMB    PacWest Lab
03   MR88106   TAN, WEI-LING          Urine culture              REFR   PacWest Lab
04   MR88107   ABERNETHY, GEORGE      PT/INR                     AMB    PacWest Lab
05   MR88108   ST. JOHN, CASSIDY      GC/CT NAAT, HIV Ag/Ab      REFR   PacWest Lab

Total containers: 7   Bags: 2   Received by lab: ______
""", 'text/plain')])

add('phi-lists', 'Bergstrom',
    'Nasrin Farahani <nfarahani@cvhp.org>', 'Dr. Rachel Pruitt <rpruitt@mapleridgefm.com>',
    'Mon, 30 Nov 2026 11:45:10 -0800', 'Your members discharged last week',
    """Dr. Pruitt,

As part of the transitions-of-care program, here are CVHP members attributed to your panel
who were discharged between 11/22 and 11/28. A 7-day follow up visit is recommended.

Bergstrom, Nils -- St. Luke's Valley -- 11/23 -- 3 day stay -- pneumonia
Kessler, Ruth -- Salem Hospital -- 11/24 -- 1 day obs -- fall, no fracture
Amaya, Joaquin -- St. Luke's Valley -- 11/27 -- 5 days -- knee replacement, to SNF? per CM no, home
Thornbury, Jean -- Salem Hospital -- 11/28 -- ED only, 2nd visit this month

Please let me know if any of these are not your patients and I'll fix attribution.

Nasrin Farahani, RN
Care Transitions | Cascadia Valley Health Plan
""")

add('phi-lists', 'Greenleaf',
    'Jill Sorensen <jsorensen@clearsighteyes.com>', 'Dr. Erik Haugen <ehaugen@clearsighteyes.com>',
    'Tue, 01 Dec 2026 15:10:00 -0800', 'OCT recalls not booked',
    """Erik - these are from the recall report, anyone you asked to come back for OCT/visual
field who hasn't booked. Attached as csv too.

Jill
""",
    html=HTML("""<p class="MsoNormal">Erik - these are from the recall report, anyone you asked to come back for OCT/visual field who hasn't booked. Attached as csv too.</p><br>
<table class="grid" cellspacing="0"><tr><td><b>Patient</b></td><td><b>DOB</b></td><td><b>Last exam</b></td><td><b>Recall</b></td></tr>
<tr><td>Greenleaf, Martha</td><td>02/14/1950</td><td>05/20/2026</td><td>OCT RNFL + HVF 24-2, 6 mo</td></tr>
<tr><td>Oyama, Hiroshi</td><td>10/01/1963</td><td>06/03/2026</td><td>OCT macula, 6 mo</td></tr>
<tr><td>Pruett, Lyle</td><td>12/29/1971</td><td>04/11/2026</td><td>IOP check + pachymetry</td></tr>
</table><p class="MsoNormal">Jill</p>"""),
    atts=[('oct_recall_unbooked.csv',
"""patient,dob,last_exam,recall
"Greenleaf, Martha",02/14/1950,05/20/2026,OCT RNFL + HVF 24-2 6 mo
"Oyama, Hiroshi",10/01/1963,06/03/2026,OCT macula 6 mo
"Pruett, Lyle",12/29/1971,04/11/2026,IOP check + pachymetry
""", 'text/csv')])
# ---------------------------------------------------------------- phi-struct
add('phi-struct', 'Harrington',
    '"Interface Engine" <hl7-alerts@pacwestlab.com>', 'it@mapleridgefm.com',
    'Mon, 30 Nov 2026 03:15:44 -0800', '[PacWest] Inbound result rejected - unmatched patient',
    """The following result message could not be delivered to Maple Ridge Family Medicine EHR.
Reason: PID-3 not found in receiving system (AE). Message held in error queue 3.

MSH|^~\\&|PWLAB|PACWEST|EHR|MRFM|202611300312||ORU^R01|PW88213377|P|2.5.1
PID|1||MR00771452^^^MRFM^MR||HARRINGTON^SUSAN^E||19680911|F|||4410 NE KILLINGSWORTH ST^^PORTLAND^OR^97218||5032887140
PV1|1|O|||||1689012234^PRUITT^RACHEL
ORC|RE|MR88061|PW5521904
OBR|1|MR88061|PW5521904|80061^LIPID PANEL|||202611271040
OBX|1|NM|2093-3^Cholesterol^LN||241|mg/dL|<200|H|||F
OBX|2|NM|2571-8^Triglyceride^LN||188|mg/dL|<150|H|||F
OBX|3|NM|2085-9^HDL^LN||44|mg/dL|>39||||F
OBX|4|NM|13457-7^LDL calc^LN||159|mg/dL|<100|H|||F

Action required: correct the MRN mapping and resubmit from the queue, or call 1-888-722-0093.
""")

add('phi-struct', 'Pham',
    'Oscar Delgado <odelgado@brightpathit.com>', '"Beth Kowalczyk" <manager@littlesproutspeds.com>',
    'Tue, 01 Dec 2026 10:22:08 -0800', 'ADT feed from hospital - sample of what is failing',
    """Beth,

The St Luke's ADT feed is dropping the newborn messages. I pulled one of the failed ones out of
the log so their interface team can see it (attached). Looks like they're sending the mother's
account number in PID-18 and our system rejects the duplicate. Can you forward to their
analyst? I don't have her email.

Oscar
""",
    atts=[('failed_A04_20261130.hl7',
"MSH|^~\\&|STLUKES|SLVH|LSPEDS|LSP|202611301955||ADT^A04|SL20261130195512|P|2.3\r"
"EVN|A04|202611301955\r"
"PID|1||SL2219087^^^SLVH^MR||PHAM^BABY BOY^^^^^L||20261129|M|||2231 SE 82ND AVE^^PORTLAND^OR^97216||9712301148|||||SLA99107724\r"
"NK1|1|PHAM^THUY^LINH|MTH|2231 SE 82ND AVE^^PORTLAND^OR^97216|9712301148\r"
"PV1|1|O|NBN^^^SLVH||||1902233871^FELD^MARCUS|||||||||||SLA99107724\r"
"IN1|1|CVHMED|CVHP|CASCADIA VALLEY HEALTH PLAN||||||||||||PHAM^THUY^LINH|01|19950614\r",
          'application/octet-stream')])

add('phi-struct', 'Delgado',
    'Tony Ruiz <truiz@summitmedbilling.com>', '"EDI Support" <edi-support@cvhp.org>',
    'Wed, 02 Dec 2026 09:00:00 -0700', '999 rejection on batch 000000417 - please advise',
    """Hello EDI team,

We got a 999 back with IK5*R on our batch from 11/30 and can't see what's wrong. The claim in
question is below (copied from our clearinghouse viewer). We think it's the 2010BA but the
member ID matches the card. Could you take a look?

ISA*00*          *00*          *ZZ*SUMMITMB       *ZZ*CVHP           *261130*1015*^*00501*000000417*0*P*:~
GS*HC*SUMMITMB*CVHP*20261130*1015*417*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*417001*20261130*1015*CH~
NM1*41*2*SUMMIT MEDICAL BILLING*****46*SMB4471~
NM1*40*2*CASCADIA VALLEY HEALTH PLAN*****46*CVHP01~
HL*1**20*1~
NM1*85*2*MAPLE RIDGE FAMILY MEDICINE*****XX*1336218840~
N3*1200 SW MAPLE RIDGE RD~
N4*SALEM*OR*97302~
REF*EI*931447201~
HL*2*1*22*0~
SBR*P*18*******CI~
NM1*IL*1*DELGADO*ROSA*M***MI*CVH660411289-01~
N3*918 LANCASTER DR NE APT 4~
N4*SALEM*OR*97301~
DMG*D8*19790214*F~
NM1*PR*2*CASCADIA VALLEY HEALTH PLAN*****PI*CVHP01~
CLM*MRF26-11877*212***11:B:1*Y*A*Y*Y~
HI*ABK:Z0000~
SV1*HC:99396*186*UN*1***1~
DTP*472*D8*20261118~
SV1*HC:36415*26*UN*1***1~
DTP*472*D8*20261118~
SE*22*0001~
GE*1*417~
IEA*1*000000417~

Thanks,
Tony Ruiz
Summit Medical Billing  |  (503) 585-3370
""")

add('phi-struct', 'Whitfield',
    '"Marcy Helms" <mhelms@summitmedbilling.com>', 'Kate Keller <kate@kellerchiro.com>',
    'Thu, 03 Dec 2026 14:14:14 -0700', 'RE: why did CVHP only pay $38?',
    """Kate - here's the raw 835 line for that one. They applied it to deductible mostly (PR-1) and
the 97012 was denied as bundled (CO-97). So nothing wrong on our end, patient owes the PR.

CLP*KCC-0932-1*1*145*38.22*82.40*12*CVHP26338200914*11*1~
NM1*QC*1*WHITFIELD*DARREN****MI*CVH551902233-01~
NM1*82*1*KELLER*KATHERINE****XX*1477602319~
DTM*232*20261109~
SVC*HC:98941*95*38.22**1~
CAS*PR*1*56.78~
SVC*HC:97012*50*0**1~
CAS*CO*97*50~
AMT*B6*38.22~

Want me to bill him or hold until his next visit?

> From: Kate Keller
> Sent: Thursday, December 3, 2026 12:40 PM
> Why did CVHP only pay $38 on Darren Whitfield's 11/9 visit?? That can't be right.
""")

add('phi-struct', 'Soto',
    '"Kim Tran" <ktran@baysidewomenscare.com>', 'Provider Services <providerservices@cvhp.org>',
    'Fri, 04 Dec 2026 08:55:00 -0800', 'eligibility response makes no sense',
    """Hi,

Our 271 for this patient is coming back with coverage active but no OB benefits and a PCP that
isn't us or anyone we know. She's 22 weeks and has been seen here since 8 weeks. Response
pasted below - can someone confirm her coverage? Her anatomy ultrasound is Monday.

ISA*00*          *00*          *ZZ*CVHP01         *ZZ*BAYSIDEWC      *261204*0851*^*00501*000031207*0*P*:~
GS*HB*CVHP01*BAYSIDEWC*20261204*0851*31207*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*BWC8841*20261204*0851~
HL*1**20*1~
NM1*PR*2*CASCADIA VALLEY HEALTH PLAN*****PI*CVHP01~
HL*2*1*21*1~
NM1*1P*2*BAYSIDE WOMENS CARE*****XX*1508873361~
HL*3*2*22*0~
NM1*IL*1*SOTO*ADRIANA*L***MI*CVH902114455-01~
DMG*D8*19980702*F~
EB*1*IND*30**CVH COMMUNITY SILVER~
EB*L***30*****PRIMARY CARE PROVIDER~
NM1*P3*1*LIANG*ALBERT****XX*1760044129~
EB*I**69~
MSG*MATERNITY NOT COVERED UNDER THIS PLAN~
SE*13*0001~
GE*1*31207~
IEA*1*000031207~

Kim Tran, Bayside Women's Care
""")

add('phi-struct', 'Kaminski',
    'Utilization Management <um-ops@cvhp.org>', 'Dr. Samuel Oyelaran <soyelaran@northgatepsych.com>',
    'Mon, 30 Nov 2026 12:30:00 -0800', 'Secure: 278 response for TMS request',
    """Dr. Oyelaran,

Per your office's request, attached is the 278 response file for the TMS authorization so your
billing vendor can load it. The archive is zipped for size. Please contact UM Operations at
ext. 4471 with questions.

CVHP UM Operations
""",
    atts=[('278_resp_A2611-377610.zip', zipit('278_A2611-377610.x12',
"""ISA*00*          *00*          *ZZ*CVHP01         *ZZ*NORTHGATEPA    *261130*1228*^*00501*000044810*0*P*:~
GS*HI*CVHP01*NORTHGATEPA*20261130*1228*44810*X*005010X217~
ST*278*0001*005010X217~
BHT*0007*11*A2611-377610*20261130*1228~
HL*1**20*1~
NM1*X3*2*CASCADIA VALLEY HEALTH PLAN*****PI*CVHP01~
HL*2*1*21*1~
NM1*1P*1*OYELARAN*SAMUEL****XX*1225098874~
HL*3*2*22*1~
NM1*IL*1*KAMINSKI*TERESA*A***MI*CVH440087123-01~
DMG*D8*19830509*F~
HL*4*3*EV*0~
UM*HS*I*3~
HCR*A1*A2611-377610~
DTP*472*RD8*20261207-20270129~
HI*BK:F332~
SV1*HC:90867*0*UN*1~
SV1*HC:90868*0*UN*35~
SE*17*0001~
GE*1*44810~
IEA*1*000044810~
"""), 'application/zip')])

add('phi-struct', 'Mwangi',
    '"Dev Integrations" <integrations@cvhp.org>', '"Vendor Onboarding" <onboarding@carebridgeapp.io>',
    'Tue, 01 Dec 2026 16:05:00 -0800', 'Patient Access API - example response from PROD (please delete after review)',
    """Hi Carebridge team,

You asked for a real example of a Coverage + ExplanationOfBenefit bundle from production to
debug the date parsing. Attached is one pulled with the member's consent for the app
connection (she's the one whose app link failed on 11/28). Please delete after use.

-- CVHP Integrations
""",
    atts=[('eob_bundle_CVH330718226.json',
"""{
  "resourceType": "Bundle",
  "type": "searchset",
  "entry": [
    {"resource": {
      "resourceType": "Patient",
      "id": "CVH330718226-01",
      "name": [{"family": "Mwangi", "given": ["Esther", "W"]}],
      "birthDate": "1990-08-27",
      "address": [{"line": ["3381 Commercial St SE"], "city": "Salem", "state": "OR", "postalCode": "97302"}]
    }},
    {"resource": {
      "resourceType": "ExplanationOfBenefit",
      "id": "eob-26331-118204",
      "status": "active",
      "patient": {"reference": "Patient/CVH330718226-01"},
      "billablePeriod": {"start": "2026-11-02", "end": "2026-11-02"},
      "provider": {"display": "Northgate Psychiatry Associates"},
      "item": [
        {"sequence": 1, "productOrService": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "90837"}]},
         "adjudication": [{"category": {"coding": [{"code": "benefit"}]}, "amount": {"value": 121.40, "currency": "USD"}}]}
      ],
      "total": [{"category": {"coding": [{"code": "submitted"}]}, "amount": {"value": 210.00, "currency": "USD"}}]
    }}
  ]
}
""", 'application/json')])

add('phi-struct', 'Lindahl',
    '"eFax Service" <noreply@faxrelay.net>', 'fax-inbox@mapleridgefm.com',
    'Wed, 02 Dec 2026 13:47:29 -0800', 'Fax received from 5035884410 (3 pages)',
    """You have received a 3-page fax. OCR preview of page 1 is below; full image in the portal.

==================== OCR PAGE 1 ====================
          WILLAMETTE IMAGING CENTER
          FAX COVER SHEET

TO:    Dr. Rachel Pruitt / Maple Ridge FM      FAX: 503-588-2201
FROM:  Results Desk                            FAX: 503-588-4410
DATE:  12/02/2026        PAGES (incl. cover): 3

RE:    LINDAHL, GRETA   DOB 01/30/1961
       CT ABDOMEN/PELVIS W CONTRAST - performed 12/02/2026
       ** CRITICAL RESULT - called to office 1:42 PM, spoke w/ Lena **

CONFIDENTIALITY NOTICE: This facsimile contains information that is
confidential and intended only for the recipient named above...
====================================================
""")

add('phi-struct', 'Chowdhury',
    '"Report Scheduler" <reports@northgatepsych.com>', 'Marcy Helms <mhelms@summitmedbilling.com>',
    'Sat, 05 Dec 2026 06:00:00 -0800', 'Scheduled report: Charges_Unbilled_Weekly',
    """Your scheduled report is attached.

Report: Charges_Unbilled_Weekly
Run:    2026-12-05 06:00
Rows:   5
""",
    atts=[('Charges_Unbilled_Weekly_20261205.tsv',
"ChargeID\tPatientName\tDOB\tMRN\tDOS\tCPT\tProvider\tHold reason\n"
"88120\tCHOWDHURY, ANIKA\t1999-03-14\tNP10442\t2026-11-30\t90833\tOYELARAN\tmissing add-on time\n"
"88121\tCHOWDHURY, ANIKA\t1999-03-14\tNP10442\t2026-11-30\t99214\tOYELARAN\tmissing add-on time\n"
"88134\tBELLAMY, TROY\t1975-10-02\tNP09117\t2026-12-01\t90792\tNATARAJAN\tno auth on file\n"
"88140\tVOSS, HEIDI\t1988-06-21\tNP10871\t2026-12-02\t90837\tLAMBERT\tunsigned note\n"
"88141\tRAMOS, FELIX\t2004-01-09\tNP10903\t2026-12-02\t90785\tLAMBERT\tunsigned note\n",
          'text/tab-separated-values')])
# ---------------------------------------------------------------- phi-self
add('phi-self', 'Ostrowski',
    'Marianne Ostrowski <mostrowski.home@yahoo.com>', 'memberservices@cvhp.org',
    'Sun, 29 Nov 2026 21:33:00 -0800', 'why was my colonoscopy billed as diagnostic??',
    """Hello,

I had my screening colonoscopy on Oct 28 at Willamette Endoscopy. They removed two small
polyps and now I have an EOB saying I owe $1,180 because it was "diagnostic". I was told
screening is covered 100%. I am 52, this was my first one, I had no symptoms.

My member ID is CVH318804572-01. Please call me at 503-362-9017 or reply. I do not want this
going to collections while you figure it out.

Marianne Ostrowski
""")

add('phi-self', 'Kowalczyk',
    '"Tom Kowalczyk" <tkowal@fastmail.com>', 'Little Sprouts Pediatrics <nurse@littlesproutspeds.com>',
    'Mon, 30 Nov 2026 06:10:00 -0800', 'Lily - rash after amoxicillin',
    """Hi, our daughter Lily (3, DOB 4/2/2023) started the amoxicillin Dr. Feld gave her Friday for
her ear and this morning she has a red blotchy rash on her belly and back. Not itchy that we
can tell, no lip swelling, she's eating fine. Should we stop it? Can someone call me, 503 806
2214. Thanks

Tom (dad)

Sent from my iPhone
""")

add('phi-self', 'Haddad',
    'Noor Haddad <noor.haddad@outlook.com>', '"Northgate Psychiatry" <frontdesk@northgatepsych.com>',
    'Tue, 01 Dec 2026 23:58:41 -0800', 'need to reschedule + question',
    """Hi,

I need to move my appointment with Dr. Natarajan on Thursday, I start a new job that day. Any
time the week after works.

Also I've been taking the sertraline at 100 now for 3 weeks like she said and honestly I feel
a lot better but I'm not sleeping great. Is it ok to take it in the morning instead of night?
I didn't want to change it without asking.

Thank you,
Noor Haddad
(DOB 11/06/1997 in case you need it)
""",
    html="""<div dir="ltr"><div>Hi,</div><div><br></div><div>I need to move my appointment with Dr. Natarajan on Thursday, I start a new job that day. Any time the week after works.</div><div><br></div><div>Also I've been taking the sertraline at 100 now for 3 weeks like she said and honestly I feel a lot better but I'm not sleeping great. Is it ok to take it in the morning instead of night? I didn't want to change it without asking.</div><div><br></div><div>Thank you,</div><div>Noor Haddad</div><div>(DOB 11/06/1997 in case you need it)</div></div>""")

add('phi-self', 'Brandt',
    'Keller Chiropractic <office@kellerchiro.com>', '"Joel Brandt" <joel.brandt@brandtroofing.com>',
    'Wed, 02 Dec 2026 10:45:00 -0800', 'RE: Superbill for my HSA',
    """Hi Joel,

Attached is the superbill for your 2026 visits. You can submit it to your HSA administrator.

Kate

Keller Chiropractic Clinic

-----Original Message-----
From: Joel Brandt <joel.brandt@brandtroofing.com>
Sent: Tuesday, December 1, 2026 4:12 PM
To: office@kellerchiro.com
Subject: Superbill for my HSA

Hey can I get an itemized receipt for all my adjustments this year? HSA needs it before the
31st. Thx - Joel Brandt
""",
    atts=[('Superbill_Brandt_Joel_2026.txt',
"""KELLER CHIROPRACTIC CLINIC  -  2280 Liberty St NE, Salem OR 97301  -  Tax ID 93-1188420
SUPERBILL / STATEMENT OF SERVICES

Patient: Joel Brandt        DOB: 05/19/1982        Acct: 40098

DOS         CPT     Description                         Charge   Paid
02/11/2026  99203   New patient exam                    150.00   150.00
02/11/2026  72100   X-ray lumbar 2-3 views               85.00    85.00
02/13/2026  98940   CMT spinal 1-2 regions               55.00    55.00
02/20/2026  98940   CMT spinal 1-2 regions               55.00    55.00
03/06/2026  98940   CMT spinal 1-2 regions               55.00    55.00
09/18/2026  98941   CMT spinal 3-4 regions               65.00    65.00
                                               TOTAL    465.00   465.00
""", 'text/plain')])

add('phi-self', 'Nguyen',
    'Linh Nguyen <linh.nguyen.pdx@gmail.com>', 'ClearSight Optometry <info@clearsighteyes.com>',
    'Thu, 03 Dec 2026 12:31:00 -0800', 'Contact lens Rx for my son',
    """Hi there, my son Bao Nguyen had his eye exam with Dr. Haugen on Nov 19 and got fit for the
daily contacts. 1-800 Contacts says they can't verify the prescription with your office.
Could you please email or fax the contact lens Rx to them? He is 15. His birthday is
8/14/2011 if you need it.

Thanks!
Linh
""")

# ---------------------------------------------------------------- phi-ids
add('phi-ids', '',
    'Tony Ruiz <truiz@summitmedbilling.com>', 'Provider Services <providerservices@cvhp.org>',
    'Mon, 30 Nov 2026 14:20:00 -0700', 'claim status',
    """Checking on claim 26318400772 for member CVH612003318-02, DOS 10/29/26, 99214 + 96127.
Portal has shown "pended - medical review" for 28 days. Please advise.

Tony Ruiz / Summit Medical Billing / NPI on claim 1336218840
""")

add('phi-ids', '',
    'Lena Marsh <lmarsh@mapleridgefm.com>', 'results@pacwestlab.com',
    'Tue, 01 Dec 2026 09:14:00 -0800', 'missing result req MR88042',
    """Hi - still no result for req MR88042, collected 11/25, our MRN 00771320, DOB 09/14/1955.
Ordered was HbA1c + microalbumin. Can you check if it was run?

Lena, Maple Ridge FM
""")

add('phi-ids', '',
    '"Jen Coyle" <jcoyle@baysidewomenscare.com>', 'records@stlukesvalley.org',
    'Wed, 02 Dec 2026 10:02:00 -0800', 'Records request - acct SLA99087215',
    """Requesting the L&D record and newborn discharge summary for account SLA99087215 (delivery
11/21/2026, mother DOB 12/02/1996). Signed authorization on file with your ROI dept, sent
11/25. Please fax to 541-330-2291 attn Jen.

Thank you
""")

add('phi-ids', '',
    'no-reply@cvhp.org', 'billing@kellerchiro.com',
    'Thu, 03 Dec 2026 04:00:00 -0800', 'Claim status update',
    """Claim status has changed for the following claim:

Claim #: 26329100441
Member ID: CVH884120377-01
Date of service: 11/16/2026
Billed: $120.00
Status: DENIED - CARC 204 (service not covered under patient's current benefit plan)

Log in to the provider portal for details.
""")

add('phi-ids', 'Achterberg',
    'Priya Natarajan <pnatarajan@northgatepsych.com>', 'intake@rivercrestketamine.com',
    'Thu, 03 Dec 2026 13:00:00 -0800', 'Pt M.A. 02/09/79',
    """Re: M. Achterberg, DOB 02/09/1979 - our MRN NP08871.

Attached: PHQ-9 trend and med list as requested for her infusion Tuesday. Last BP in our
office 128/82. Let me know if you need anything else.

Priya Natarajan, PMHNP
""",
    atts=[('NP08871_phq9_medlist.txt', """PHQ-9 TREND  NP08871
2026-06-02  21
2026-08-11  19
2026-10-06  18
2026-11-24  20

CURRENT MEDS
venlafaxine XR 225 mg daily
aripiprazole 5 mg daily
trazodone 50 mg qhs prn
""", 'text/plain')])

add('phi-ids', '',
    '"Gail Brennan" <gbrennan@answerplus.com>', 'frontdesk@northgatepsych.com',
    'Fri, 04 Dec 2026 22:10:00 -0800', 'Msg 4471 - callback',
    """Msg 4471  22:06  Caller gave chart # NP10442, DOB 3/14/99, asking if she can take an extra
half tab of quetiapine tonight, can't sleep. On-call (Dr. Lambert) notified 22:08, returned
call 22:15. CB 971-330-8820.
""")

# ---------------------------------------------------------------- phi-lang
add('phi-lang', 'Morales',
    '"Yesenia Morales" <yesimorales82@hotmail.com>', 'Little Sprouts Pediatrics <nurse@littlesproutspeds.com>',
    'Sun, 29 Nov 2026 19:40:00 -0800', 'cita de mi hijo Mateo',
    """Buenas noches,

Mi hijo Mateo Morales (5 años, nacido 22/01/2021) tiene fiebre de 39.2 desde ayer y dice que le
duele el oído. El doctor Feld le dio antibiótico en octubre para lo mismo. ¿Pueden darle una
cita mañana temprano? Yo trabajo a las 11.

Mi número es 503-998-4123.

Gracias,
Yesenia Morales
""", cs='iso-8859-1', cte='quoted-printable')

add('phi-lang', 'Tran',
    '"Tran Van Hung" <hungtran.salem@gmail.com>', 'memberservices@cvhp.org',
    'Mon, 30 Nov 2026 08:05:00 -0800', 'Hoi ve hoa don xet nghiem mau',
    """Kính gửi phòng dịch vụ thành viên,

Tôi là Trần Văn Hùng, mã số thành viên CVH707215530-01. Ngày 5 tháng 11 tôi đi thử máu ở
phòng khám Maple Ridge theo lời bác sĩ Pruitt. Bây giờ tôi nhận hóa đơn 214 đô. Bảo hiểm
có trả cho xét nghiệm máu không? Xin vui lòng gọi lại cho con gái tôi, Trần Ngọc Lan,
số 503-771-2098, vì tôi nói tiếng Anh không giỏi.

Cảm ơn,
Trần Văn Hùng
""", cte='base64')

add('phi-lang', 'Joseph',
    'Marie-Claude Joseph <mcjoseph509@gmail.com>', '"Bayside Womens Care" <frontdesk@baysidewomenscare.com>',
    'Tue, 01 Dec 2026 17:25:00 -0800', 'Randevou ultrason',
    """Bonswa,

Se Marie-Claude Joseph, mwen se pasyan Dr. Ocampo. Mwen gen 30 semèn ansent. Yo te di m pou
m fè yon ultrason pou wè kwasans ti bebe a, men pèsonn pa rele m pou ban m randevou. Sorry my
English not good - can someone call me please, 971-204-5561. Mèsi anpil.

Marie-Claude
""")

add('phi-lang', 'Sokolova',
    'Irina Sokolova <i.sokolova1961@mail.ru>', '"ClearSight Optometry" <info@clearsighteyes.com>',
    'Wed, 02 Dec 2026 11:45:00 -0800', 'Запись к доктору / appointment',
    """Здравствуйте,

Меня зовут Ирина Соколова, дата рождения 14.03.1961. Доктор Хауген в мае сказал проверить
давление в глазах через 6 месяцев, потому что у меня было 24. Капли (латанопрост) почти
закончились. Можно записаться на декабрь? Лучше утром.

Hello, sorry, I need appointment for eye pressure check and refill eye drops. Thank you.

Ирина
""", cs='koi8-r')

add('phi-lang', 'Santos',
    '"Ana Paula Santos" <anapaula.santos@uol.com.br>', 'Maple Ridge FM <frontdesk@mapleridgefm.com>',
    'Thu, 03 Dec 2026 09:50:00 -0800', 'Resultado do exame do meu pai',
    """Bom dia,

Meu pai, José Carlos Santos, fez o ultrassom da tireoide aí na clínica dia 24/11 (data de
nascimento 07/07/1950). Ele não fala inglês e eu moro em São Paulo. A Dra. Pruitt já viu o
resultado? Ele precisa fazer a biópsia (PAAF)? Autorização para falar comigo já está no
prontuário, assinada em setembro.

Obrigada,
Ana Paula Santos
""", cs='windows-1252')
# ---------------------------------------------------------------- clean-staff
add('clean-staff', '',
    'Beth Kowalczyk <manager@littlesproutspeds.com>', '"All Staff" <staff@littlesproutspeds.com>',
    'Mon, 30 Nov 2026 07:30:00 -0800', 'Holiday schedule + potluck',
    """Hi everyone!

Reminder the office closes at 1pm on 12/24 and is closed 12/25 and 1/1. Dr. Feld and Dr. Osei
are splitting call, calendar is on the board by the break room.

Potluck is Friday 12/18 at noon. Renee is doing the sign-up sheet. Please no more than three
desserts this year, last year we had 11 pies and zero mains. :)

Beth
""")

add('clean-staff', '',
    'Dr. Helen Abernathy <habernathy@baysidewomenscare.com>', 'Kim Tran <ktran@baysidewomenscare.com>',
    'Tue, 01 Dec 2026 20:14:00 -0800', 'OR block release',
    """Kim, I won't use my 12/18 afternoon block - I'll be at the ACOG district meeting. Please
release it to the OR by Friday so we don't get dinged on utilization again. And can you ask
Dr. Ocampo if she wants it first?

Thanks - H
""")

add('clean-staff', '',
    '"Luis Ortega" <lortega@rapidruncourier.com>', 'Tom Ferris <tferris@rapidruncourier.com>',
    'Wed, 02 Dec 2026 15:02:00 -0800', 'rt 6 van',
    """Tom the van 14 cooler is not holding temp again, thermometer said 11C at the Maple Ridge stop.
I moved the refrigerated bags to the small cooler with ice packs. Can we swap vans tomorrow?
Also the back door code at Bayside changed, Jen gave me the new one, I'll put it in the route
notes not here.

Luis
""")

add('clean-staff', '',
    '"Priya Natarajan" <pnatarajan@northgatepsych.com>', '"Clinical Team" <clinicians@northgatepsych.com>',
    'Thu, 03 Dec 2026 12:45:00 -0800', 'Case consult Tuesday - topic',
    """Hi team,

For Tuesday's consult hour I'd like to talk through how we're handling patients who come in on
high-dose benzodiazepines from outside prescribers - tapering schedules, what we put in the
treatment agreement, and when to loop in the PCP. No specific cases needed, but bring
questions. Sam will share the Ashton manual excerpt.

Lunch is on me (Thai).
Priya
""")

add('clean-staff', '',
    'Oscar Delgado <odelgado@brightpathit.com>', '"Keller Chiropractic" <office@kellerchiro.com>',
    'Fri, 04 Dec 2026 08:20:00 -0800', 'Maintenance window Sat 12/5 6-9am',
    """Hi Kate,

Heads up: we'll be patching the server and the two front desk PCs Saturday 6-9am. The EHR and
the x-ray viewer will be unavailable during that window. Please make sure nobody leaves
unsaved notes open Friday night. If you need Saturday morning hours let me know and I'll move
it to Sunday.

Oscar
BrightPath IT Support
""",
    html=HTML("""<p class="MsoNormal">Hi Kate,</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Heads up: we'll be patching the server and the two front desk PCs <b>Saturday 6-9am</b>. The EHR and the x-ray viewer will be unavailable during that window. Please make sure nobody leaves unsaved notes open Friday night. If you need Saturday morning hours let me know and I'll move it to Sunday.</p><p class="MsoNormal">&nbsp;</p>""",
    sig="""<p class="MsoNormal" style="color:#1F4E79">Oscar Delgado<br>Field Technician | <b>BrightPath IT Support</b><br>503-602-7719 | brightpathit.com</p><p style="font-size:8pt;color:#777">This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient please notify the sender and delete it.</p>"""))

add('clean-staff', '',
    'Dana Whitlock <dwhitlock@mapleridgefm.com>', 'Lena Marsh <lmarsh@mapleridgefm.com>',
    'Fri, 04 Dec 2026 16:50:00 -0800', 'RE: can you cover Mon',
    """Yes I can cover your Monday, you owe me a Saturday in Jan though ;) Is Dr. Pruitt's
template the same or is she doing the procedure block in the afternoon?

> From: Lena Marsh
> Sent: Friday, December 4, 2026 4:31 PM
> Can you cover front for me Monday? Kid has a dentist appt at 9 and a school thing after.
""")

add('clean-staff', '',
    'Kate Keller <kate@kellerchiro.com>', '"Dr. Aaron Keller" <aaron@kellerchiro.com>',
    'Sat, 05 Dec 2026 09:15:00 -0800', 'new table quote',
    """Aaron - got the quote back for the drop table, $6,850 installed, 3 week lead time. The
refurbished one is $3,900 but no warranty after 90 days. I'd lean new since the old one has
been down twice this fall. Your call. Also the decompression unit service is due in Feb.

K
""")

# ---------------------------------------------------------------- clean-admin
add('clean-admin', '',
    '"Provider Relations" <provrel@cvhp.org>', '"Kate Keller" <kate@kellerchiro.com>',
    'Mon, 30 Nov 2026 10:00:00 -0800', 'Chiropractic fee schedule effective 01/01/2027',
    """Dear Keller Chiropractic Clinic,

Attached please find the 2027 fee schedule for participating chiropractic providers.

  CPT     Description                          2026       2027
  98940   CMT spinal 1-2 regions              $31.40     $32.10
  98941   CMT spinal 3-4 regions              $44.85     $45.60
  98942   CMT spinal 5 regions                $58.20     $59.05
  97140   Manual therapy, each 15 min         $24.10     $24.55
  97110   Therapeutic exercise, each 15 min   $26.35     $26.80

Visit limits remain 20 per member per year with prior authorization after visit 12.
Please contact your Provider Relations representative, Jordan Whitley, at ext. 2284.

Cascadia Valley Health Plan - Provider Relations
""")

add('clean-admin', '',
    'Credentialing <credentialing@cvhp.org>', 'Beth Kowalczyk <manager@littlesproutspeds.com>',
    'Tue, 01 Dec 2026 11:30:00 -0800', 'Recredentialing due: Marcus Feld, MD',
    """Hello,

Our records show recredentialing for Marcus Feld, MD (NPI 1902233871) is due by 02/28/2027.
Please update his CAQH profile and attest, and upload current copies of:
  - State medical license (exp. 06/2027 on file)
  - DEA certificate
  - Malpractice face sheet
  - Board certification (ABP)

Failure to complete may result in termination from the network. Thank you.

CVHP Credentialing
""")

add('clean-admin', '',
    '"Keisha Long" <klong@cvhp.org>', 'Dr. Rachel Pruitt <rpruitt@mapleridgefm.com>',
    'Wed, 02 Dec 2026 14:00:00 -0800', 'Q3 quality scorecard - Maple Ridge FM',
    """Dr. Pruitt,

Your Q3 scorecard is below. Congratulations on the improvement in diabetes control.

Measure                              Denominator  Numerator  Rate    Plan goal
-----------------------------------  -----------  ---------  ------  ---------
Breast cancer screening (BCS)                212        151  71.2%   74%
Colorectal cancer screening (COL)            398        262  65.8%   70%
HbA1c poor control >9 (lower=better)          96         17  17.7%   <20%
Controlling high BP (CBP)                    231        158  68.4%   70%
Well-child visits 3-21 (WCV)                  64         41  64.1%   60%

Member-level gap lists are available in the provider portal under Quality > Gaps. They are not
sent by email.

Keisha Long | Quality Programs | Cascadia Valley Health Plan
""")

add('clean-admin', '',
    'Marcy Helms <mhelms@summitmedbilling.com>', 'Kate Keller <kate@kellerchiro.com>',
    'Thu, 03 Dec 2026 08:00:00 -0700', 'November invoice + monthly summary',
    """Hi Kate,

November summary for Keller Chiropractic:

  Claims submitted:          412
  First-pass acceptance:     96.4%
  Denials worked:             23  (top reason: CO-197 auth, 9)
  Collections (all payers):  $38,912.40
  Our fee (6.5%):            $2,529.31

Invoice SMB-2611-KCC attached in the portal. Thanks as always!

Marcy
""")

add('clean-admin', '',
    '"Network Management" <network@cvhp.org>', 'info@clearsighteyes.com',
    'Thu, 03 Dec 2026 09:30:00 -0800', 'Please verify your provider directory listing',
    """Federal rules require us to verify directory information every 90 days. Our current listing
for your practice is below. Reply "correct" or send changes.

ClearSight Optometry
  1745 Lancaster Dr NE, Salem OR 97301   Ph 503-399-2120   Fax 503-399-2129
  Erik Haugen, OD          Accepting new patients: Yes   Languages: English, Norwegian
  Priyanka Desai, OD       Accepting new patients: Yes   Languages: English, Hindi, Gujarati
  Hours: Mon-Fri 8:00-5:30, Sat 9:00-1:00
  Wheelchair accessible: Yes

CVHP Network Management
""")

add('clean-admin', '',
    '"Dana Whitlock" <dwhitlock@mapleridgefm.com>', 'accounts@answerplus.com',
    'Fri, 04 Dec 2026 11:00:00 -0800', 'Update on-call roster for Dec',
    """Hi AnswerPlus,

Please update our on-call roster for December:

  12/1 - 12/7     Dr. Rachel Pruitt     503-910-4421
  12/8 - 12/14    Dr. Ben Okafor        503-910-4438
  12/15 - 12/21   Dr. Rachel Pruitt     503-910-4421
  12/22 - 1/3     Dr. Yusuf Aziz (covering for holidays)  971-266-0093

Also we'd like messages about refills to go to the refill voicemail box, not page the doctor,
unless the caller says they are completely out.

Thanks,
Dana Whitlock, Office Coordinator
""")

add('clean-admin', '',
    '"Compliance Office" <compliance@cvhp.org>', '"All Provider Offices" <provider-news@cvhp.org>',
    'Fri, 04 Dec 2026 13:00:00 -0800', 'Reminder: use secure portal for member-specific information',
    """Dear Provider Partners,

We continue to receive unencrypted e-mail containing member names, ID numbers and claim details.
Please use the secure Provider Portal message center or send with [SECURE] in the subject line,
which triggers encryption on our side.

Examples of information that must be sent securely: eligibility questions naming a member,
claim or authorization inquiries, records for appeals.

Examples that may be sent by regular e-mail: fee schedule questions, credentialing, general
policy questions, directory updates.

Thank you,
CVHP Privacy & Compliance
""")
# ---------------------------------------------------------------- clean-lookalike
add('clean-lookalike', '',
    '"Willamette Valley Credit Union" <alerts@wvcu.org>', '"Rosa Delgado" <rdelgado79@gmail.com>',
    'Mon, 30 Nov 2026 06:00:00 -0800', 'Your Health Savings Account: 2027 contribution limits',
    """Dear Rosa Delgado,

Your HSA ending in 4471 has a current balance of $2,318.66. You have contributed $3,100.00 in
2026. The 2026 self-only limit is $4,400; you may contribute up to $1,300.00 more before
April 15, 2027 for the 2026 tax year.

New for 2027: limits increase to $4,500 (self-only) and $8,950 (family).

Log in to online banking to set up a recurring contribution.
Willamette Valley Credit Union | Member Services 503-588-0181 | NMLS 409122
""")

add('clean-lookalike', '',
    '"Salem Family Pet Hospital" <reminders@salemfamilypet.com>', 'Gregory Baptiste <gbaptiste71@gmail.com>',
    'Tue, 01 Dec 2026 09:00:00 -0800', 'Reminder: Biscuit is due for vaccines',
    """Hi Gregory,

Biscuit is due for the following:
  - Rabies (3 yr)            due 12/10/2026
  - DHPP booster             due 12/10/2026
  - Heartworm test (4Dx)     due 12/10/2026

Biscuit's last visit: 06/02/2026, dental cleaning with Dr. Amundsen. Weight 31.2 lb.
Book online or call 503-585-7300. Patient ID: SFP-20177

Salem Family Pet Hospital
""")

add('clean-lookalike', '',
    '"Peak Fitness Salem" <members@peakfitnesssalem.com>', '"Joel Brandt" <joel.brandt@brandtroofing.com>',
    'Wed, 02 Dec 2026 07:15:00 -0800', 'Your membership freeze has been approved',
    """Hi Joel,

Your request to freeze your membership (#PF-118204) from 12/1/2026 through 2/28/2027 has been
approved. Your $39.99 monthly dues will resume on 3/1/2027. A $5/mo freeze fee applies.

Remember your free personal training session and body composition scan are still available
when you come back - just book at the front desk.

See you soon!
Peak Fitness Salem
""")

add('clean-lookalike', '',
    '"Parkside Elementary Health Office" <healthoffice@parkside.salkeiz.k12.or.us>', '"Parkside Families" <families@parkside.salkeiz.k12.or.us>',
    'Thu, 03 Dec 2026 14:30:00 -0800', 'Exclusion Day reminder - immunization records due Feb 17',
    """Dear Parkside Families,

Oregon law requires students to have up-to-date immunization records or a valid exemption on
file. Exclusion Day this year is Wednesday, February 17, 2027. Letters went home in backpacks
this week to families whose records are incomplete.

Free vaccine clinics are held by the county every Thursday 3-6pm at the Health Department,
3180 Center St NE. Questions? Call Nurse Patty Ingram at 503-399-3175.

Parkside Elementary Health Office
""")

add('clean-lookalike', '',
    '"Evergreen Mutual Auto Claims" <claims@evergreenmutual.com>', '"Darren Whitfield" <dwhitfield@gmail.com>',
    'Thu, 03 Dec 2026 16:00:00 -0800', 'Claim 7Q-44120983 - repair estimate approved',
    """Dear Darren Whitfield,

We have approved the repair estimate of $4,812.37 from Lancaster Collision Center for your
2019 Subaru Outback (claim 7Q-44120983, date of loss 11/06/2026). Your $500 deductible applies.
Rental coverage is authorized for up to 14 days through Enterprise.

If you were injured in this accident and have not yet opened a Personal Injury Protection
claim, please call us at 1-800-552-6610.

Evergreen Mutual Insurance
""")

add('clean-lookalike', '',
    '"FreshMart Pharmacy Rewards" <rewards@freshmart.com>', 'linh.nguyen.pdx@gmail.com',
    'Fri, 04 Dec 2026 10:00:00 -0800', 'Linh, you have 1,240 points - double points on flu shots this week!',
    """Hi Linh,

You have 1,240 Rewards points ($12.40 toward your next shopping trip).

This week only: get 2X points on flu, COVID and RSV vaccinations at any FreshMart pharmacy, no
appointment needed. Plus 20% off vitamins and cold & flu essentials.

Points expire 12/31/2026. Card ending 8830.
Unsubscribe | Privacy Policy
""",
    html=HTML("""<table width="600" align="center" style="font-family:Arial"><tr><td style="background:#0a7d3b;color:#fff;padding:12px"><h2>Hi Linh, you have 1,240 points!</h2></td></tr>
<tr><td style="padding:12px">That's <b>$12.40</b> toward your next shopping trip.<br><br>This week only: get <b>2X points</b> on flu, COVID and RSV vaccinations at any FreshMart pharmacy, no appointment needed. Plus 20% off vitamins and cold &amp; flu essentials.<br><br><small>Points expire 12/31/2026. Card ending 8830. <a href="https://freshmart.example/unsub">Unsubscribe</a></small></td></tr></table>"""))

add('clean-lookalike', '',
    '"Oregon Benefits Admin" <hr-benefits@brandtroofing.com>', '"All Employees" <staff@brandtroofing.com>',
    'Fri, 04 Dec 2026 15:30:00 -0800', 'Open enrollment closes Dec 11 - CVHP plan options',
    """Team,

Open enrollment for 2027 closes Friday December 11. Our group is staying with Cascadia Valley
Health Plan. Employee-only premiums are going up $14/month on the Silver plan and unchanged on
the HSA plan. Group number is CVH-G-20418 if a provider asks.

If you don't make changes, your current elections roll over (except the FSA, which you must
re-elect). Come see Pam in the office or call the CVHP employer line 1-800-448-2250 with
questions.

Thanks,
Pam Rudd, Office & Benefits
Brandt Roofing & Gutters
""")

# ---------------------------------------------------------------- clean-news
add('clean-news', '',
    '"CVHP Provider News" <provider-news@cvhp.org>', '"Participating Providers" <providers@lists.cvhp.org>',
    'Mon, 30 Nov 2026 08:00:00 -0800', 'Provider Bulletin: formulary changes Jan 1, GLP-1 PA criteria',
    """CASCADIA VALLEY HEALTH PLAN - PROVIDER BULLETIN, DECEMBER 2026

1. Formulary changes effective January 1, 2027
   - Insulin glargine biosimilars move to Tier 1; brand Lantus moves to non-preferred.
   - Semaglutide (Ozempic) for type 2 diabetes: PA required for new starts; existing
     members grandfathered through 6/30/2027.
   - Weight-loss GLP-1s remain excluded except where employer rider applies.

2. Behavioral health access
   CVHP members can now self-refer for up to 8 outpatient therapy visits without PA.

3. Reminder: 2027 HEDIS medical record review begins in February. Our vendor, Chartwise,
   will contact offices directly.

Questions: Provider Services 1-800-448-2210.
""")

add('clean-news', '',
    '"Marion County Health Dept" <hanalert@co.marion.or.us>', '"Health Alert Network" <han-list@co.marion.or.us>',
    'Tue, 01 Dec 2026 12:00:00 -0800', 'HEALTH ADVISORY: Measles exposures in Salem area',
    """MARION COUNTY HEALTH ADVISORY - December 1, 2026

Summary: Two confirmed measles cases in unvaccinated adults with recent international travel.
Public exposure locations:
  - Salem Public Library, 585 Liberty St SE, Nov 22 2-6 pm
  - Fred's Grocery, Lancaster Dr, Nov 24 10 am-1 pm
  - Urgent care waiting room (details sent to facility), Nov 25

Actions requested of clinicians: Consider measles in febrile rash illness. Isolate suspected
patients immediately and call Public Health at 503-588-5621 before sending specimens. Verify
MMR status of staff.
""")

add('clean-news', '',
    '"Oregon Chiropractic Association" <news@oregonchiro.org>', 'kate@kellerchiro.com',
    'Wed, 02 Dec 2026 09:00:00 -0800', 'OCA Weekly: new documentation rules, CE deadline',
    """OCA WEEKLY

* Legislature: HB 2231 (chiropractic physician scope, imaging) passed committee 6-1.
* Medicare: CMS's 2027 Physician Fee Schedule final rule cuts the conversion factor 1.8%.
  AT modifier documentation requirements unchanged.
* Reminder: 20 hours of CE including 2 hours ethics are due by your birthday renewal date.
* Webinar 12/10: "Documenting functional improvement so payers say yes" - free to members.

Oregon Chiropractic Association | Unsubscribe
""")

add('clean-news', '',
    'Dr. Marcus Feld <mfeld@littlesproutspeds.com>', '"Little Sprouts Families" <newsletter@littlesproutspeds.com>',
    'Thu, 03 Dec 2026 18:00:00 -0800', 'Winter newsletter: RSV, flu, and screen time',
    """Dear Little Sprouts families,

RSV and flu are both rising in the Willamette Valley. A few reminders:

- Infants under 8 months can get nirsevimab (the RSV antibody shot) at their well visit or a
  nurse visit. Pregnant parents at 32-36 weeks may get the RSV vaccine instead - ask your OB.
- Flu shots are available for everyone 6 months and older. Kids under 9 getting it for the
  first time need two doses four weeks apart.
- When to call: breathing fast, ribs pulling in, fewer than 3 wet diapers a day, fever over
  100.4 in a baby under 2 months.

And a screen-time tip for winter break: keep screens out of the bedroom at night.

Stay well,
Dr. Feld, Dr. Osei and the Little Sprouts team
""")

add('clean-news', '',
    'Oscar Delgado <odelgado@brightpathit.com>', '"BrightPath Clients" <clients@brightpathit.com>',
    'Fri, 04 Dec 2026 09:12:00 -0800', 'FW: HIT Weekly - worth a read before you email that list',
    """Hi all - forwarding this one, top story is exactly what we keep warning about. If you need
to send a schedule or a list outside the office, call us and we'll set up encrypted mail.

Oscar
""",
    atts=[('', sub('"Healthcare IT Weekly" <digest@hitweekly.news>', 'odelgado@brightpathit.com',
        'Fri, 04 Dec 2026 05:00:00 -0800', 'HIT Weekly: OCR settlement over unencrypted email; TEFCA update',
        """TOP STORIES

OCR announces $1.2M settlement with Midwest clinic group over unencrypted email
A multi-site physician group sent patient appointment lists to a personal Gmail account over
18 months. OCR found no risk analysis had been performed since 2019. The group agreed to a
two-year corrective action plan.

TEFCA: 9 QHINs now live; individual access services exchange volume up 40% quarter over quarter.

Survey: 61% of small practices still receive lab results by fax.

Read more at hitweekly.news
"""), 'rfc822')])

add('clean-news', '',
    '"Member Wellness" <wellness@cvhp.org>', '"CVHP Members" <members@lists.cvhp.org>',
    'Sat, 05 Dec 2026 08:00:00 -0800', 'Your December wellness tips + $50 reward for a checkup',
    """Hi there,

Winter is a great time for a checkup. Members who complete an annual wellness visit by
December 31 can earn a $50 gift card through CVHP Rewards - log in to the member portal to
see which activities count for you.

Also this month:
 - Free diabetes prevention classes, online, starting January 12
 - Quit-tobacco coaching, 24/7 at 1-800-QUIT-NOW
 - Nurse line available any time: 1-800-448-2299

Cascadia Valley Health Plan
This message was sent to all members who opted in to wellness emails.
""")

# ---------------------------------------------------------------- clean-training
add('clean-training', '',
    'Oscar Delgado <odelgado@brightpathit.com>', '"Beth Kowalczyk" <manager@littlesproutspeds.com>',
    'Mon, 30 Nov 2026 13:00:00 -0800', 'Test message for the new lab interface',
    """Beth, here's the test ORU we'll push to the TEST environment Wednesday. It's the vendor's
canned sample - please don't be alarmed when "TEST, BABY" shows up in the test inbox.

MSH|^~\\&|PWLAB|PACWEST|EHR|LSP|202612020900||ORU^R01|TEST0001|T|2.5.1
PID|1||ZZ999001^^^LSP^MR||TEST^BABY^ZZ||20250101|F|||123 TEST ST^^ANYTOWN^OR^99999
OBR|1|T0001|PWT0001|83655^LEAD, BLOOD|||202612020830
OBX|1|NM|5671-3^Lead Bld^LN||1.0|ug/dL|<3.5||||F

Note processing ID is T (test). If you see anything with P in that field during testing,
stop and call me.

Oscar
""")

add('clean-training', '',
    '"EDI Support" <edi-support@cvhp.org>', 'Tony Ruiz <truiz@summitmedbilling.com>',
    'Tue, 01 Dec 2026 10:30:00 -0800', 'RE: 276 format question - companion guide example',
    """Tony,

Yes, the 2100C loop should carry the billing provider NPI. Here's the example from section 6.2
of our companion guide (fictitious data):

ST*276*0001*005010X212~
BHT*0010*13*ABC276XXX*20260115*1425~
HL*1**20*1~
NM1*PR*2*CASCADIA VALLEY HEALTH PLAN*****PI*CVHP01~
HL*2*1*21*1~
NM1*41*2*SAMPLE BILLING SERVICE*****46*X67E~
HL*3*2*19*1~
NM1*1P*2*SAMPLE CLINIC*****XX*1234567893~
HL*4*3*22*0~
DMG*D8*19000101*F~
NM1*IL*1*SUBSCRIBER*SAMPLE****MI*CVH000000000-01~
TRN*1*ABCXYZ1~
REF*1K*00000000000~
DTP*472*D8*20260101~
SE*14*0001~

Let me know if the 277 comes back with anything odd.

CVHP EDI Support
""")

add('clean-training', '',
    'Priya Natarajan <pnatarajan@northgatepsych.com>', '"Clinical Team" <clinicians@northgatepsych.com>',
    'Wed, 02 Dec 2026 17:00:00 -0800', 'Vignette for Tuesday (de-identified)',
    """For discussion Tuesday. Details changed; composite of several patients.

A woman in her 40s, referred by her PCP, has been taking alprazolam 2 mg three times daily for
about six years from an urgent care prescriber. She drinks 2-3 glasses of wine most nights and
works night shifts. She asks for a refill and says she "can't function" without it, and also
asks about starting a stimulant for focus.

Questions:
1. What do you do at visit one?
2. What taper would you propose, and over what time frame?
3. How do you document the agreement?

Priya
""")

add('clean-training', '',
    '"Compliance Training" <training@cvhp.org>', '"New Hires - Member Services" <newhire-ms@cvhp.org>',
    'Thu, 03 Dec 2026 08:00:00 -0800', 'Module 3 quiz: identifying PHI',
    """Welcome to Module 3! Answer each question in the LMS by Friday.

1. A caller says: "I'm calling about member Jane Sample, ID CVH000000001-01, born 01/01/1980,
   about her MRI claim." Can you discuss the claim before verifying identity? (Y/N)
2. Which of these is PHI? (a) a fee schedule, (b) a member's claim history, (c) the number of
   members enrolled in Salem, (d) a provider directory listing.
3. True/False: An e-mail with only a member ID and a procedure code is safe to send unencrypted.

All names and ID numbers in this training are fictitious.
CVHP Compliance Training
""")

add('clean-training', '',
    '"AccuScribe Quality" <qa@accuscribe.net>', '"Transcriptionists" <mt-team@accuscribe.net>',
    'Fri, 04 Dec 2026 11:00:00 -0800', 'Style guide update: med/dose formatting',
    """Team,

Effective Monday, please format medications and doses as in the examples below. These examples
are made up, not from any client dictation.

  WRONG: pt on metoprolol 25mg BID, lasix 40 QD
  RIGHT: The patient takes metoprolol tartrate 25 mg twice daily and furosemide 40 mg daily.

  WRONG: EBL 500cc
  RIGHT: Estimated blood loss: 500 mL.

Do not use "QD", "U" or trailing zeros (e.g., "5.0 mg") - Joint Commission do-not-use list.

Thanks,
AccuScribe QA
""")

add('clean-training', '',
    '"EHR Trainer" <ehr-training@baysidewomenscare.com>', '"Bayside Staff" <staff@baysidewomenscare.com>',
    'Fri, 04 Dec 2026 13:30:00 -0800', 'Practice exercise: prenatal flowsheet in the training sandbox',
    """Hi all,

Before go-live, please complete the practice exercise in the TRAINING environment (green
banner at the top - if it isn't green, stop!).

Sandbox patients to use:
  ZZTRAIN, OBONE     MRN TRN0001   G2P1, 24 wks
  ZZTRAIN, OBTWO     MRN TRN0002   G1P0, 36 wks
  ZZTRAIN, GYNONE    MRN TRN0003   annual exam

Steps: open the prenatal flowsheet, enter fundal height and FHR, order the 1-hr glucose for
OBONE, and route a result note to your own inbox.

Thanks!
Tamsin, EHR Training
""",
    atts=[('training_sandbox_patients.csv',
"""mrn,last,first,scenario
TRN0001,ZZTRAIN,OBONE,G2P1 24 wks - glucose screen
TRN0002,ZZTRAIN,OBTWO,G1P0 36 wks - GBS swab
TRN0003,ZZTRAIN,GYNONE,annual exam - pap cotest
""", 'text/csv')])

def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    counters = {}
    rows = []
    for i, m in enumerate(M, 1):
        k = m['kind']
        counters[k] = counters.get(k, 0) + 1
        label = 'phi' if k.startswith('phi') else 'clean'
        fn = '%s-%s-%03d.eml' % (label, k.split('-', 1)[1], counters[k])
        e = build(m, i)
        for j, part in enumerate(e.walk()):
            if part.get_content_maintype() == 'multipart':
                part.set_boundary('----=_NextPart_%03d_%02d_p11b' % (i, j))
        data = e.as_bytes(policy=policy.SMTP)
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(data)
        rows.append([fn, label, k, m['pname'] if label == 'phi' else ''])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    # self-check: every file parses
    for r in rows:
        with open(os.path.join(OUT, r[0]), 'rb') as fh:
            msg = BytesParser(policy=policy.default).parse(fh)
        assert msg['Subject'] is not None, r[0]
        for part in msg.walk():
            if part.get_content_maintype() == 'text':
                part.get_content()
    print('wrote %d messages' % len(rows))
    for k in sorted(counters):
        print('  %-16s %d' % (k, counters[k]))

if __name__ == '__main__':
    main()
