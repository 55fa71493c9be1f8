#!/usr/bin/env python3
"""Blind set prose12a: hand-written healthcare mail. Standard library only, deterministic."""
import csv, io, os, zipfile
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email import encoders, charset as _cs
from email.parser import BytesParser
from email import policy

import sys
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
MSGS = []

def add(label, kind, name, frm, to, subj, date, body, html=None, atts=(), cs='utf-8', cte=None, cc=None, extra=None):
    MSGS.append(dict(label=label, kind=kind, name=name, frm=frm, to=to, subj=subj, date=date,
                     body=body, html=html, atts=list(atts), cs=cs, cte=cte, cc=cc, extra=extra or {}))

def _text(s, sub='plain', cs='utf-8', cte=None):
    p = MIMEText('', sub, cs)
    del p['Content-Transfer-Encoding']
    data = s.encode(cs, errors='replace')
    if cte is None:
        cte = 'quoted-printable' if cs != 'us-ascii' else '7bit'
    if cte == 'base64':
        p.set_payload(data); encoders.encode_base64(p)
    elif cte == 'quoted-printable':
        import quopri
        p.set_payload(quopri.encodestring(data).decode('ascii'))
        p['Content-Transfer-Encoding'] = 'quoted-printable'
    else:
        p.set_payload(data.decode(cs)); p['Content-Transfer-Encoding'] = cte
    return p

def _att(a):
    fn, content, mt = a[0], a[1], a[2]
    enc = a[3] if len(a) > 3 else None
    if mt == 'zip':
        inner = content  # list of (name, text)
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
            for n, t in inner:
                zi = zipfile.ZipInfo(n, date_time=(2026, 11, 30, 8, 0, 0))
                z.writestr(zi, t)
        p = MIMEBase('application', 'zip'); p.set_payload(buf.getvalue()); encoders.encode_base64(p)
    elif mt == 'rfc822':
        p = MIMEMessage(build(content))
        p.add_header('Content-Disposition', 'attachment', filename=fn)
        return p
    else:
        maj, mn = mt.split('/')
        if maj == 'text':
            p = _text(content, mn, enc or 'utf-8', 'base64' if fn.endswith(('.csv', '.hl7', '.x12', '.json')) and enc is None else None)
        else:
            p = MIMEBase(maj, mn); p.set_payload(content.encode('utf-8') if isinstance(content, str) else content)
            encoders.encode_base64(p)
    p.add_header('Content-Disposition', 'attachment', filename=fn)
    return p

def build(m):
    body = _text(m['body'], 'plain', m['cs'], m['cte'])
    if m['html']:
        alt = MIMEMultipart('alternative'); alt.attach(body); alt.attach(_text(m['html'], 'html', m['cs'], m['cte']))
        core = alt
    else:
        core = body
    if m['atts']:
        msg = MIMEMultipart('mixed'); msg.attach(core)
        for a in m['atts']:
            msg.attach(_att(a))
    else:
        msg = core
    from email.utils import getaddresses, formataddr
    def _addr(v):
        return ', '.join(formataddr((n, a), 'utf-8') for n, a in getaddresses([v]))
    msg['From'] = _addr(m['frm']); msg['To'] = _addr(m['to'])
    if m['cc']: msg['Cc'] = m['cc']
    msg['Subject'] = m['subj']; msg['Date'] = m['date']
    dom = m['frm'].split('@')[-1].strip('>') if '@' in m['frm'] else 'mail.local'
    msg['Message-ID'] = '<%08x.%d@%s>' % (abs(hash(m['subj'])) & 0xffffffff if False else sum(map(ord, m['subj'] + m['date'])) * 7919, len(m['body']), dom)
    msg['MIME-Version'] = '1.0'
    for k, v in m['extra'].items(): msg[k] = v
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary('----=_Part_%d_%06d' % (n, sum(map(ord, m['subj'])) * 31 % 1000000))
    return msg

def wrap_html(inner, sig=''):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0;font-size:11.0pt;font-family:"Calibri",sans-serif;}'
            'table{border-collapse:collapse} td,th{border:1px solid #999;padding:2px 6px;font-size:10pt}</style></head>'
            '<body lang="EN-US"><div class="WordSection1">' + inner + sig + '</div></body></html>')

# ---------------------------------------------------------------- phi-care
add('phi','care','Okonkwo','"Dietz, Marla (RN)" <mdietz@harlanumc.org>','"4W Charge" <4w-charge@harlanumc.org>',
 'bed 14 - post cath',
 'Tue, 01 Dec 2026 19:42:10 -0500',
 """Heads up for night shift. Mr. Okonkwo in 14 came back from the cath lab at 1815, right radial, TR band on at 1750. Deflate per protocol starting 2000. He keeps trying to bend the wrist to use his phone, so maybe tape a board on it.
Wife is staying over, she asked about breakfast tray for her too - told her to ask you.
K was 3.6 this am, repeat BMP with AM labs.

Marla""")

add('phi','care','Vasquez-Reyes','Tom Brandt <tbrandt@mercercountyhealth.org>','Pharmacy Refill Queue <rxrefill@mercercountyhealth.org>',
 'RE: refill - Vasquez-Reyes, Elena',
 'Wed, 02 Dec 2026 08:11:45 -0500',
 """OK to fill 90 day this time, she has been stable on the same dose since June and her INR on 11/24 was in range. She gets it from the Eastside outpatient pharmacy, not the main one.

Tom Brandt, PharmD
Anticoagulation Clinic, Mercer County Health

-----Original Message-----
From: Pharmacy Refill Queue
Sent: Tuesday, December 1, 2026 4:58 PM
To: Brandt, Thomas
Subject: refill - Vasquez-Reyes, Elena

Pt requesting warfarin 5 mg refill, last fill 30 day on 11/3. Please advise quantity.
""")

add('phi','care','Lindqvist','"Harlan UMC OR Scheduling" <orsched@harlanumc.org>','"Patel, Anand MD" <apatel2@harlanumc.org>',
 'Case moved: LINDQVIST add-on Thurs',
 'Wed, 02 Dec 2026 14:03:22 -0500',
 """Dr. Patel,

Your add-on for Greta Lindqvist (lap chole) has been moved from OR 7 at 1530 to OR 3 at 1200 on Thursday 12/3 because of the cardiac room swap. Anesthesia has already been notified. Pre-op nurse will call her tonight to change the NPO time to midnight.

Please confirm the consent on file still lists you as primary.

Thank you,
Renee
OR Scheduling x4-7720""")

add('phi','care','Haddad','Priya Raman <praman@harlanumc.org>','Wound Care Team <woundcare@harlanumc.org>',
 'Haddad pics',
 'Thu, 03 Dec 2026 10:20:00 -0500',
 """Uploaded today's photos to the media tab for Sami Haddad (7 South rm 722). Sacral area measures 4.1 x 3.0 x 0.6 now, last week 4.8 x 3.3. Switched dressing to the silver alginate + foam border, q3day and prn. Bed is still the regular one - can someone put in the low air loss order? I don't have the rights to it.

Priya, CWON""",
 html=wrap_html('<p class="MsoNormal">Uploaded today\'s photos to the media tab for <b>Sami Haddad</b> (7 South rm 722). Sacral area measures 4.1 x 3.0 x 0.6 now, last week 4.8 x 3.3. Switched dressing to the silver alginate + foam border, q3day and prn. Bed is still the regular one - can someone put in the low air loss order? I don\'t have the rights to it.</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Priya, CWON</p>',
  '<p class="MsoNormal" style="color:#888;font-size:8pt">This message may contain confidential information intended only for the addressee.</p>'))

add('phi','care','Brennan','"Moss, Jerome" <jmoss@mercercountyhealth.org>','"Dialysis Unit RNs" <hd-rn@mercercountyhealth.org>',
 'MWF chair 6 change',
 'Fri, 04 Dec 2026 06:31:09 -0500',
 """Morning all - starting Monday, Frank Brennan moves from chair 6 second shift to chair 2 first shift (his ride through the county van can only do mornings now). Dry weight stays 81.5. He had the fistulagram Tuesday, they ballooned the outflow, so cannulate with the 15s again, not 16s, per IR note.
Jerome""")

add('phi','care','Tran','Lab Client Services <labclient@harlanumc.org>','"Ridgeway Family Practice" <frontdesk@ridgewayfp.com>',
 'Specimen rejected - please recollect',
 'Mon, 30 Nov 2026 11:15:40 -0500',
 """Ridgeway Family Practice,

The following specimen received 11/30/2026 at 0905 was rejected and not tested:

  Patient: TRAN, MINH KHOA
  DOB: 04/17/1961
  Test: Hemoglobin A1c, Lipid panel
  Reason: unlabeled tube (requisition present, tube label missing)

Please recollect at your earliest convenience. A new requisition is not needed; reference order #HL-2291847.

Harlan UMC Laboratory Client Services
Phone 614-293-8840  Fax 614-293-8851""")

add('phi','care','Ferreira','"Gomez, Alicia - Social Work" <agomez@mercercountyhealth.org>','"Kowalski, Dan - Case Mgmt" <dkowalski@mercercountyhealth.org>',
 'Re: 5N-12 dc planning',
 'Tue, 01 Dec 2026 15:47:33 -0500',
 """Dan - talked to the daughter (Lucia) this afternoon. She can't take Mrs. Ferreira home until the ramp is built, earliest the 12th. She's OK with SNF short term if it's Brookside or Maple Hill, NOT Parkview (bad experience w/ her dad). PT eval says she needs min assist for transfers. Can you send referrals to those two today? I'll do the Medicare notice tomorrow.

Alicia

> On Tue, Dec 1, 2026 at 11:02 AM Dan Kowalski wrote:
> Any update on Ferreira in 5N-12? Team wants her out by Thurs.
""")

add('phi','care','Abernathy','"Nguyen, Linh MD (Radiology)" <lnguyen@harlanumc.org>','"Coleman, Ruth NP" <rcoleman@harlanumc.org>',
 'CT from this morning',
 'Wed, 02 Dec 2026 12:09:51 -0500',
 """Ruth, I called but went to VM. The CT chest on your clinic patient Walter Abernathy (MRN 00837215) - final report is in. Nothing urgent, but there's a finding in the right lower lobe that wasn't on the 2024 study, so he'll need a follow-up CT in 6-12 months. I put the recommendation in the impression. Can you let him know? He's listed you as PCP.

Linh""")

add('phi','care','Dubois','Transfer Center <transfer@harlanumc.org>','"MICU Charge" <micu-charge@harlanumc.org>',
 'Incoming transfer ETA 2140',
 'Thu, 03 Dec 2026 20:58:02 -0500',
 """MICU charge,

Accepted transfer from St. Brigid Community (Lakeland):
 Name: Dubois, Raymond  68M
 Accepting: Dr. Feldstein (MICU)
 Transport: critical care ground, ETA ~2140
 Drips: norepi 8 mcg/min, propofol
 Intubated 12/3 1730 at OSH, ETT 7.5 @ 23
 Access: R IJ CVC placed at OSH, L radial art line
 Family: son driving, cell 419-662-0387

Bed MICU 9 assigned. Call transfer center x2-5500 with questions.""")

# ---------------------------------------------------------------- phi-names
add('phi','names','Pruitt','"Sandoval, Marcus MD" <msandoval@harlanumc.org>','"IM Team B" <imteam-b@harlanumc.org>',
 'tomorrow',
 'Sun, 29 Nov 2026 22:14:07 -0500',
 """Hey all, quick sign-out addendum since Kelsey and Dev already left. Ortiz from nephro said they'll see Dorothy Pruitt first thing, so hold the AM diuretic until they do. Jamal, can you make sure the PM team doesn't restart it? Also Dr. Whitfield wants to be called before anyone talks to her son about the goals-of-care meeting, he'd like to be there himself.

Thanks - Marcus""")

add('phi','names','Castellanos','"Ivy Chen" <ichen@harlanumc.org>','"Palliative Care Service" <palliative@harlanumc.org>',
 'Mr. Castellanos family mtg',
 'Mon, 30 Nov 2026 09:45:00 -0500',
 """Team,

Family meeting for Mr. Castellanos is set for Wednesday at 2 in the 9 East conference room. Attending: Dr. Okafor (onc), me, Chaplain Bruce, and Sofia from interpreter services (Spanish). His wife Marisol and both daughters will come; the younger daughter, Ana, is the health care agent. They have been asking about hospice at home vs. inpatient, so let's have Leah from the hospice liaison office on speakerphone.

Ivy Chen, NP
Palliative Care""")

_greenberg_orig = dict(label='', kind='', name='', frm='Howard Greenberg <hgreenberg57@gmail.com>',
 to='"Mercer County Health - Contact Us" <contactus@mercercountyhealth.org>', subj='my mother',
 date='Fri, 27 Nov 2026 23:48:10 -0500', html=None, atts=[], cs='utf-8', cte=None, cc=None, extra={},
 body="""My mother Esther Greenberg was in your emergency room on Thanksgiving from about 4 in the afternoon until almost 3 in the morning. She is 91. Nobody gave her water for 6 hours, and when I asked, a nurse (I think Derek) said she couldn't have anything until the doctor decided about the scan. Then the doctor with the red glasses sent her home anyway at 3am in a cab because I had to leave at midnight. She was confused and got home without her walker. I want to know who decided that.

Howard Greenberg
""")
add('phi','names','Greenberg','"Patient Relations" <patientrelations@mercercountyhealth.org>','"Harper, Colleen (ED Nurse Manager)" <charper@mercercountyhealth.org>',
 'FW: complaint received 11/27',
 'Mon, 30 Nov 2026 13:22:18 -0500',
 """Colleen,

Please review the attached complaint and reply within 5 business days with your findings. Staff named by the complainant: "a tall male nurse, I think Derek" and "the doctor with the red glasses". The son would like a call, not a letter.

Regards,
Nadia Farouk
Patient Relations Specialist""",
 atts=[('my mother.eml', _greenberg_orig, 'rfc822')])

add('phi','names','Whitaker','Deshawn Lyle <dlyle@harlanumc.org>','Kim Park <kpark@harlanumc.org>',
 'Re: Big Lou',
 'Tue, 01 Dec 2026 16:05:41 -0500',
 """lol yes that's him. Louis Whitaker, the guy who brings the donuts every time he comes for his infusion. He's moving to Thursdays at 10 starting next week because his daughter changed jobs. Can you block chair 4 for him? He likes the window.

D

On Tue, Dec 1, 2026 at 3:50 PM Kim Park <kpark@harlanumc.org> wrote:
> Is "Big Lou" on the sticky note the same as Whitaker on the Thurs list?
""")

add('phi','names','Marchetti','"Hollis, Bree (Case Management)" <bhollis@mercercountyhealth.org>','"Utilization Review" <ur@mercercountyhealth.org>',
 'Marchetti, Paul -- obs vs inpatient',
 'Wed, 02 Dec 2026 10:30:12 -0500',
 """Sharon / Phil -

Dr. Anand wrote the inpatient order last night but per Milliman he still looks obs to me. He's on day 2, still on the heparin drip, echo pending. Can one of you take a look before 2? Angela from Medicare Advantage (Summit Health) already called asking for clinicals.

Bree""")

add('phi','names','Nakamura','"Reyes, Joaquin (Interpreter Services)" <jreyes@harlanumc.org>','"Schedule - Interpreters" <interp-sched@harlanumc.org>',
 'Re: Friday requests',
 'Wed, 02 Dec 2026 17:12:55 -0500',
 """Covered:
- Japanese for Mrs. Nakamura's neuro follow-up with Dr. Stein, Fri 9:40, Outpt bldg 2nd floor - I asked Hiroko, she said yes.
- ASL for the 1 pm PT session, Tanya has it.
Still open: Mandarin 3 pm, Dr. Albright's clinic. Video OK per clinic.

Joaquin""")

add('phi','names','Kowalczyk','"Beth Arnold" <barnold@mercercountyhealth.org>','"Marcy Olin" <molin@mercercountyhealth.org>',
 "Mrs. K's daughter called again",
 'Thu, 03 Dec 2026 11:02:31 -0500',
 """Marcy, Mrs. Kowalczyk's daughter called for the third time today asking why her mom's colonoscopy got cancelled. I told her it was the prep (she didn't finish it) and that Dr. Yoon's office would call to reschedule, but she wants to talk to a "supervisor". Can you call her back? Her number is in the chart, she's Renata.

Beth, GI front desk""")

add('phi','names','Mbeki','"Fitzgerald, Conor" <cfitzgerald@harlanumc.org>','"Surgery Residents" <surg-res@harlanumc.org>',
 'Sat call swap + Mbeki',
 'Fri, 04 Dec 2026 07:45:10 -0500',
 """Rachel and I swapped Saturday so I'm on. Also FYI from last night: Thandiwe Mbeki (bed 11, POD3 Whipple) had her drain amylase sent, Hadley is following it. If it comes back high page Dr. Orsini not me, he wants to know directly.

Conor""")

add('phi','names','Ashworth','"Lena Ostrowski" <lostrowski@harlanumc.org>','"Miguel Santos" <msantos@harlanumc.org>',
 'RE: RE: RE: Ashworth',
 'Fri, 04 Dec 2026 15:38:22 -0500',
 """Fine, I'll tell Dr. Mehta.

-----Original Message-----
From: Santos, Miguel
Sent: Friday, December 4, 2026 3:30 PM
To: Ostrowski, Lena
Subject: RE: RE: Ashworth

No, the insurance only approved 6 sessions. Sessions 5 and 6 are next week. If she wants more Dr. Mehta has to write a new letter.

-----Original Message-----
From: Ostrowski, Lena
Sent: Friday, December 4, 2026 2:58 PM
To: Santos, Miguel
Subject: RE: Ashworth

Is that 6 total or 6 more? Jennifer said she's only had 4.

-----Original Message-----
From: Santos, Miguel
Sent: Friday, December 4, 2026 1:15 PM
To: Ostrowski, Lena
Subject: Ashworth

Jennifer Ashworth's hyperbaric auth came back, 6 sessions approved through 12/31.
""")
# ---------------------------------------------------------------- phi-lists
add('phi','lists','Yilmaz','"Cho, Daniel (Charge RN 6E)" <dcho@harlanumc.org>','"6E Staff" <6e-staff@harlanumc.org>',
 '6E assignments 12/1 nights',
 'Tue, 01 Dec 2026 18:40:00 -0500',
 """Rm   Pt                 RN        Notes
601  Yilmaz, Kerem      Aisha     tele, NPO p MN for EGD
602  Holloway, June     Aisha     fall risk, bed alarm
603  (empty - clean)
604  Oduya, Peter       Brent     blood x1 unit due 2200
605  Sterling, Mae      Brent     q2 turns, wound RN saw today
606  Ramirez, Hector    Chiamaka  insulin gtt -> sub q at 0600?
607  Lund, Ingrid       Chiamaka  sitter
608  Pham, Bao          Chiamaka  d/c in AM, ride at 10

Break relief: me. Call x6-6600 if you need anything.
Daniel""")

add('phi','lists','Achebe','"Whitmore, Janet (Dialysis)" <jwhitmore@mercercountyhealth.org>','"Nephrology Attendings" <neph-attendings@mercercountyhealth.org>',
 'Monthly labs - values needing review',
 'Wed, 02 Dec 2026 13:15:27 -0500',
 """Dr. Sato, Dr. Iqbal -

November monthly labs resulted. These are the ones outside our targets for you to review at rounds tomorrow:

Patient              Shift  Hgb   K    Phos  Alb   Kt/V
-------------------  -----  ----  ---  ----  ----  ----
Achebe, Nkechi       MWF1   8.9   5.8  6.1   3.6   1.31
Dunlap, Roger        MWF2   11.2  6.4  5.2   3.9   1.18
Esposito, Carmen     TTS1   9.4   4.9  7.8   3.2   1.42
Ho, Wendell          TTS2   12.8  5.1  4.4   4.1   1.09
Mahamud, Ayaan       MWF1   10.1  4.6  8.3   3.4   1.25

Mr. Ho had two short runs (left early), that's probably the Kt/V.

Janet Whitmore RN, Nurse Manager, Outpatient Dialysis""")

add('phi','lists','Fontaine','"Meyer, Kurt" <kmeyer@harlanumc.org>','"OR Board Huddle" <or-huddle@harlanumc.org>',
 'Tomorrow - first starts',
 'Thu, 03 Dec 2026 16:55:00 -0500',
 '',
 html=wrap_html('<p class="MsoNormal">First case starts Friday 12/4. Please flag anything missing by 1800.</p><br>'
  '<table><tr><th>OR</th><th>Time</th><th>Patient</th><th>Procedure</th><th>Surgeon</th><th>Status</th></tr>'
  '<tr><td>2</td><td>0730</td><td>FONTAINE, CLAUDE</td><td>R TKA</td><td>Whelan</td><td>H&amp;P ok</td></tr>'
  '<tr><td>3</td><td>0730</td><td>OGUNDIPE, FOLA</td><td>Robotic hysterectomy</td><td>Marsh</td><td>consent missing</td></tr>'
  '<tr><td>4</td><td>0730</td><td>BARTLETT, SEAN</td><td>L inguinal hernia repair</td><td>Cho</td><td>H&amp;P ok</td></tr>'
  '<tr><td>5</td><td>0745</td><td>QUINTERO, ROSA</td><td>Cysto/stent exchange</td><td>Adeyemi</td><td>type &amp; screen pending</td></tr>'
  '<tr><td>7</td><td>0800</td><td>KLEIN, HAROLD</td><td>CABG x3</td><td>Rosenthal</td><td>blood ready</td></tr>'
  '</table><p class="MsoNormal">Kurt Meyer, RN<br>Perioperative Services</p>'))
MSGS[-1]['body'] = """First case starts Friday 12/4. Please flag anything missing by 1800.

OR  Time  Patient            Procedure                  Surgeon    Status
2   0730  FONTAINE, CLAUDE   R TKA                      Whelan     H&P ok
3   0730  OGUNDIPE, FOLA     Robotic hysterectomy       Marsh      consent missing
4   0730  BARTLETT, SEAN     L inguinal hernia repair   Cho        H&P ok
5   0745  QUINTERO, ROSA     Cysto/stent exchange       Adeyemi    type & screen pending
7   0800  KLEIN, HAROLD      CABG x3                    Rosenthal  blood ready

Kurt Meyer, RN
Perioperative Services"""

add('phi','lists','Petrov','"Lam, Vivian (Pharmacy)" <vlam@mercercountyhealth.org>','"Dr. Greer" <sgreer@mercercountyhealth.org>',
 'your pts on the vanco list',
 'Mon, 30 Nov 2026 10:02:48 -0500',
 """Hi Dr. Greer, pasting from the pharmacy monitoring screen, these 4 are yours and need a dose decision today:

 MRN       NAME                 LOC     LAST TROUGH  DOSE
 4418820   PETROV, ANATOLY      3W-309  24.1 H       1250 q12
 4420197   BAKER, LATOYA        3W-312  8.2  L       1000 q12
 4390056   SINGH, HARJIT        ICU-4   pending      1500 q24
 4425531   MORALES, DIEGO       3W-318  17.9         1000 q8

I'd hold the 1800 dose on Mr. Petrov and recheck. Baker probably needs to go up.

Vivian Lam, PharmD  x3419""")

add('phi','lists','Delgado','"Harris, Toni" <tharris@mercercountyhealth.org>','"Social Work" <sw-team@mercercountyhealth.org>',
 'Weekend handoff - SW',
 'Fri, 04 Dec 2026 16:10:11 -0500',
 """Weekend SW (Quinn + Maria),

Open items:
* Ruben Delgado, 4S-18 - APS report filed Thurs, caseworker Ms. Lyons may call. Do NOT release info to the nephew.
* Jackie Moran, ED obs - needs shelter bed at discharge, Harbor House said maybe Sunday.
* "Pops" Tillman (Earl), 5N-03 - Medicaid application half done, need his ID from the property office.
* Mrs. Nguyen Thi Hoa, L&D recovery - interpreter (Vietnamese) for the car seat/WIC talk, already requested.
* Baby boy Shaw, NICU - mom has no transportation for visits, gave her bus passes x10.

Have a calm one.
Toni""")

add('phi','lists','Oyelaran','"ED Tracking (auto)" <edtrack-noreply@harlanumc.org>','"Kaur, Simran MD" <skaur@harlanumc.org>',
 'FW: boarders',
 'Sat, 28 Nov 2026 02:17:00 -0500',
 """Simran - this is the board right now, copied straight off. we are out of hallway beds.

Bed  Patient              Age Sex  LOS    Admit svc  Bed req
H1   OYELARAN, TEMI       34  F    14:22  OB        L&D triage
H2   BRANDT, WILHELM      82  M    19:05  Med       tele
H3   COSTA, DANIEL        27  M    06:41  Psych     BH unit
H4   MURPHY, AINE         59  F    11:30  Surg      floor
12   FAIRBANKS, OTIS      71  M    22:47  Med       ICU
19   LEE, SOON-JA         66  F    08:09  Med       floor

--
sent from the ED charge phone""")

add('phi','lists','Gallagher','"Ramsey, Clare" <cramsey@harlanumc.org>','"Ramsey, Clare" <cramsey@harlanumc.org>',
 'my callbacks',
 'Mon, 30 Nov 2026 12:30:00 -0500',
 """note to self - callbacks for tomorrow
- Gallagher (Maureen) - her Holter results, normal, let her know + f/u 3 mo
- Ted Bishop - MRI knee needs prior auth, tell him the office is working on it
- Norma Pilcher - wants flu shot + shingles 2nd dose, book nurse visit
- Mr. Oduya's wife re: his home O2 supplier number
- Ms. Whitcombe - labs OK, continue same dose""")

add('phi','lists','Saelee','"Garza, Ricardo" <rgarza@mercercountyhealth.org>','"Refugee Clinic Team" <refugee-clinic@mercercountyhealth.org>',
 'Screening visits next week (spreadsheet)',
 'Tue, 01 Dec 2026 09:09:09 -0500',
 """Attached is next week's list for initial refugee health screening. Interpreters are requested for all. Please check the lab column - a couple still need the IGRA drawn.

Ricardo""",
 atts=[('screening_wk1207.csv', """visit_date,time,last_name,first_name,dob,language,provider,labs_needed
2026-12-07,08:30,Saelee,Nai,2011-03-02,Iu Mien,Dr. Hollis,IGRA;CBC;lead
2026-12-07,09:30,Saelee,Kaeo,1979-08-15,Iu Mien,Dr. Hollis,IGRA;CBC;hep B
2026-12-08,10:00,Hassan,Fardowsa,1994-01-20,Somali,NP Dunn,IGRA;CBC;hep B;HIV
2026-12-08,11:00,Baptiste,Jean-Robert,1988-11-09,Haitian Creole,NP Dunn,CBC;hep B
2026-12-09,13:00,Sadykov,Timur,2019-06-30,Russian,Dr. Hollis,lead;CBC
""", 'text/csv')])

add('phi','lists','Morrissey','"Patel, Nisha" <npatel@harlanumc.org>','"Anticoag RNs" <anticoag-rn@harlanumc.org>',
 'RE: overdue INRs',
 'Thu, 03 Dec 2026 14:44:44 -0500',
 """I got through 1-4. Didn't reach 5 and 6, left VMs.

1. Morrissey, Kathleen - last INR 10/29 - coming Mon
2. Beaumont, Ellis - last INR 11/2 - did home monitor, will fax
3. Zheng, Wei - 11/5 - was admitted elsewhere, asking for records
4. Halvorsen, Dag - 11/6 - coming Fri
5. Ortega, Lupe - 10/22 - VM x2
6. Ames, Curtis - 11/1 - VM

Nisha

From: Anticoag RNs
Sent: Thursday, December 3, 2026 8:02 AM
Subject: overdue INRs

Report pulled this am - pts >4 wks since last INR. Split them up please.
""")
# ---------------------------------------------------------------- phi-struct
add('phi','struct','Kessler','"Interface Team" <interfaces@harlanumc.org>','"Lab IS" <lab-is@harlanumc.org>',
 'ORU rejects from Sunquest overnight (3)',
 'Tue, 01 Dec 2026 07:05:12 -0500',
 """Three ORUs errored at the engine overnight with "PID-3 not found in MPI". Raw messages are in the attached file, straight from the error queue. Can you check whether the MRNs got merged? First one (5W) is the one the floor is asking about.

-- Greg, Integration Engineering""",
 atts=[('ORU_errq_20261201.hl7', "MSH|^~\\&|SUNQ|HUMC_LAB|EPIC|HUMC|20261201021544||ORU^R01|LAB88213|P|2.5.1\rPID|1||00912244^^^HUMC^MR||KESSLER^ARNOLD^J||19520714|M|||118 ELM CT^^GAHANNA^OH^43230||6144718823\rPV1|1|I|5W^512^A\rOBR|1|ORD5521871|LAB88213|BMP^BASIC METABOLIC PANEL|||20261201013000\rOBX|1|NM|2951-2^SODIUM||131|mmol/L|136-145|L|||F\rOBX|2|NM|2823-3^POTASSIUM||5.9|mmol/L|3.5-5.1|H|||F\rOBX|3|NM|2160-0^CREATININE||2.4|mg/dL|0.7-1.3|H|||F\r\rMSH|^~\\&|SUNQ|HUMC_LAB|EPIC|HUMC|20261201033011||ORU^R01|LAB88240|P|2.5.1\rPID|1||00912377^^^HUMC^MR||ABARA^CHIDI||19990203|M\rOBR|1|ORD5521902|LAB88240|CBC^CBC W DIFF|||20261201025500\rOBX|1|NM|718-7^HEMOGLOBIN||12.9|g/dL|13.5-17.5|L|||F\r\rMSH|^~\\&|SUNQ|HUMC_LAB|EPIC|HUMC|20261201044820||ORU^R01|LAB88266|P|2.5.1\rPID|1||00911050^^^HUMC^MR||PEARSON^LYDIA^M||19670930|F\rOBR|1|ORD5521944|LAB88266|TROP^TROPONIN I HS|||20261201042000\rOBX|1|NM|89579-7^TROPONIN I HS||6|ng/L|<=14||||F\r", 'application/octet-stream')])

add('phi','struct','Ruiz','"Billing Ops - Mercer" <billingops@mercercountyhealth.org>','"EDI Support - ClearPath" <edisupport@clearpathedi.com>',
 'Ticket 448812 - 837P rejected, file attached',
 'Wed, 02 Dec 2026 10:44:00 -0500',
 """Hi,

Our 837P batch from 12/1 was rejected at your front end (999 AK9*R). The only claim in the file is attached (zipped, same as we sent it). We don't see anything wrong in loop 2010BA. Can you tell us which segment failed?

Thanks,
Lorraine Pike
Billing Operations, Mercer County Health System
(614) 555-0142""",
 atts=[('MCHS_837P_20261201.zip', [('MCHS_837P_20261201.x12',
 "ISA*00*          *00*          *ZZ*MERCERCHS      *ZZ*CLEARPATH      *261201*1630*^*00501*000004471*0*P*:~"
 "GS*HC*MERCERCHS*CLEARPATH*20261201*1630*4471*X*005010X222A1~ST*837*0001*005010X222A1~"
 "BHT*0019*00*4471*20261201*1630*CH~NM1*41*2*MERCER COUNTY HEALTH SYSTEM*****46*MCHS01~PER*IC*LORRAINE PIKE*TE*6145550142~"
 "NM1*40*2*OHIO MEDICAID*****46*OHMCD~HL*1**20*1~NM1*85*2*MERCER COUNTY HEALTH SYSTEM*****XX*1457392018~"
 "N3*400 COUNTY LINE RD~N4*COLUMBUS*OH*43215~REF*EI*316000482~HL*2*1*22*0~SBR*P*18*******MC~"
 "NM1*IL*1*RUIZ*ANGELICA****MI*104877213399~N3*2261 PARSONS AVE APT 3~N4*COLUMBUS*OH*43207~DMG*D8*19870522*F~"
 "NM1*PR*2*OHIO MEDICAID*****PI*OHMCD~CLM*MC44718*185***11:B:1*Y*A*Y*Y~HI*ABK:O26.892~"
 "NM1*82*1*BELLAMY*SARAH****XX*1881726354~LX*1~SV1*HC:59425*185*UN*1***1~DTP*472*D8*20261124~"
 "SE*24*0001~GE*1*4471~IEA*1*000004471~")], 'zip')])

add('phi','struct','Sokolov','"Fax Server" <faxserver@harlanumc.org>','"Cardiology Intake" <cards-intake@harlanumc.org>',
 'Inbound fax from 6145550199 (4 pages)',
 'Thu, 03 Dec 2026 09:12:30 -0500',
 """You have received a 4 page fax. OCR text of page 1 follows. Full document attached.

--------------------------------------------------------
          WESTGATE INTERNAL MEDICINE
          FAX COVER SHEET

To: Harlan UMC Cardiology - New Patient Intake
Fax: 614-293-4410
From: Dr. Helen Ambrose
Date: 12/03/2026         Pages (incl. cover): 4

RE: Referral - SOKOLOV, IRINA   DOB 02/11/1958
Reason: abnormal stress test 11/20, please schedule
        consult + echo. Pt prefers Russian interpreter.
Insurance: Medicare + AARP supplement

CONFIDENTIALITY NOTICE: This facsimile contains
privileged information intended only for the recipient.
--------------------------------------------------------
""",
 atts=[('fax_20261203_091230.txt', "[page 2-4 OCR]\nProgress note 11/20/2026 - Irina Sokolov\nExercise treadmill test: 7:10 min Bruce, 2 mm horizontal ST depression V4-V6 at stage 3, resolved in recovery.\nMeds: amlodipine 5 mg, atorvastatin 40 mg.\nPlan: cardiology referral.\n", 'text/plain')])

add('phi','struct','Mwangi','"Eligibility Bot" <elig-noreply@mercercountyhealth.org>','"Registration Supervisors" <reg-sup@mercercountyhealth.org>',
 '271 response mismatch - needs manual review',
 'Mon, 30 Nov 2026 07:31:19 -0500',
 """The following 271 returned subscriber name different from registration. Review before the 0900 appointment.

Registration: MWANGI, GRACE W   DOB 1990-07-04   Appt: OB clinic 11/30 0900
Payer response (raw):

ISA*00*          *00*          *ZZ*BUCKEYEHP      *ZZ*MERCERCHS      *261130*0731*^*00501*000882131*0*P*:~
GS*HB*BUCKEYEHP*MERCERCHS*20261130*0731*882131*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*MC0000331*20261130*0731~
HL*1**20*1~NM1*PR*2*BUCKEYE HEALTH PLAN*****PI*BHP01~
HL*2*1*21*1~NM1*1P*2*MERCER COUNTY HEALTH SYSTEM*****XX*1457392018~
HL*3*2*22*0~
NM1*IL*1*MWANGI-OTIENO*GRACE*W***MI*U8812740301~
DMG*D8*19900704*F~
EB*1*IND*30**MEDICAID MANAGED CARE~
EB*B*IND*98***27*0~
SE*11*0001~GE*1*882131~IEA*1*000882131~
""")

add('phi','struct','Adeyemi','"Whalen, Trish" <twhalen@harlanumc.org>','"Kidney Transplant Coordinators" <ktx-coord@harlanumc.org>',
 'FHIR pull for the referral packet',
 'Tue, 01 Dec 2026 15:20:00 -0500',
 """Attaching what the outside hospital's portal exported for the new referral (they sent FHIR JSON instead of PDFs, sigh). It has the last dialysis labs. Someone who can read JSON pls pull the values into the eval sheet.

Trish""",
 atts=[('bundle_adeyemi.json', """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "pt-77120",
      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9901.1", "value": "RH4471209"}],
      "name": [{"family": "Adeyemi", "given": ["Babatunde", "O"]}],
      "gender": "male", "birthDate": "1975-12-19",
      "telecom": [{"system": "phone", "value": "937-441-2086"}]}},
    {"resource": {"resourceType": "Observation", "status": "final",
      "code": {"coding": [{"system": "http://loinc.org", "code": "2160-0", "display": "Creatinine"}]},
      "subject": {"reference": "Patient/pt-77120"}, "effectiveDateTime": "2026-11-18",
      "valueQuantity": {"value": 8.7, "unit": "mg/dL"}}},
    {"resource": {"resourceType": "Observation", "status": "final",
      "code": {"coding": [{"system": "http://loinc.org", "code": "1751-7", "display": "Albumin"}]},
      "subject": {"reference": "Patient/pt-77120"}, "effectiveDateTime": "2026-11-18",
      "valueQuantity": {"value": 3.8, "unit": "g/dL"}}}
  ]
}
""", 'application/json')])

add('phi','struct','Larkin','"HIM Release of Information" <roi@mercercountyhealth.org>','"Dr. Felix Baum" <fbaum@lakesideortho.com>',
 'Records per your request',
 'Wed, 02 Dec 2026 11:11:11 -0500',
 """Dr. Baum,

Per your request dated 11/25, attached is the continuity of care document for the patient below. Please do not reply with additional PHI to this address.

Patient: Larkin, Shauna
Encounter dates: 09/01/2026 - 11/20/2026

HIM / Release of Information
Mercer County Health System""",
 atts=[('CCD_Larkin_S.xml', """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document</title>
  <recordTarget><patientRole>
    <id extension="M2204871" root="2.16.840.1.113883.3.4410"/>
    <addr><streetAddressLine>77 Linden Ave</streetAddressLine><city>Grove City</city><state>OH</state><postalCode>43123</postalCode></addr>
    <patient><name><given>Shauna</given><family>Larkin</family></name>
      <administrativeGenderCode code="F"/><birthTime value="19810306"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Procedures</title>
      <text><table><tr><td>11/20/2026</td><td>MRI left shoulder without contrast</td></tr>
      <tr><td>10/02/2026</td><td>Subacromial injection, left</td></tr></table></text>
    </section></component>
    <component><section><title>Medications</title>
      <text><list><item>meloxicam 15 mg daily</item></list></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
""", 'application/octet-stream')])

add('phi','struct','Bui','"Tran, Kevin" <ktran@harlanumc.org>','"Radiology PACS Admin" <pacs-admin@harlanumc.org>',
 'FW: ADT A08 not updating PACS',
 'Thu, 03 Dec 2026 13:01:40 -0500',
 """Name correction didn't flow to PACS, study still shows the old spelling. Here's the A08 from the engine log, can you look?

MSH|^~\\&|EPIC|HUMC|RADPACS|HUMC|20261203114402||ADT^A08|9928173|P|2.3
EVN|A08|20261203114402
PID|1||01177302^^^HUMC^MR~882-41-7730^^^SSA^SS||BUI^THANH^HUONG||19730228|F|||903 OAK BLUFF DR^^WESTERVILLE^OH^43081||(614)882-1937
PV1|1|O|RAD^CT2|||||||||||||||||||||||||||||||||||||||||20261203101500
ZPI|1|BUI^THANH HUONG|CT ABD PELVIS W CONTRAST

-----Original Message-----
From: CT Tech Lead
Sent: Thursday, December 3, 2026 12:40 PM
To: Tran, Kevin
Subject: ADT A08 not updating PACS

Patient on CT2 this morning had her name fixed in registration but PACS still has BUI, THANH.
""")

add('phi','struct','Novak','"Remit Processing" <remits@harlanumc.org>','"PFS Denials" <pfs-denials@harlanumc.org>',
 '835 - denied lines for review',
 'Fri, 04 Dec 2026 08:20:00 -0500',
 """Two denied claims in today's 835 from Anthem. Segments below.

CLP*HU22814710*4*4820*0**12*1L99281077410*11*1~
NM1*QC*1*NOVAK*TOMAS*J***MI*YRK881204471~
DTM*232*20261012~
SVC*HC:70553*4820*0**1~
CAS*CO*197*4820~
CLP*HU22815033*4*312*0**12*1L99281077522*11*1~
NM1*QC*1*FISHER*ANNETTE****MI*YRK771093260~
DTM*232*20261015~
SVC*HC:97110*312*0**4~
CAS*CO*50*312~

197 = no precert. 50 = not medically necessary. Novak MRI was scheduled from the neuro clinic, did anyone get an auth #?

Ravi
""")

add('phi','struct','Oduya','"Epic Inbasket Export" <noreply-epic@mercercountyhealth.org>','"Charlene Fox" <cfox@mercercountyhealth.org>',
 'Report: Missed appointments - Pulmonary - 11/2026',
 'Tue, 01 Dec 2026 05:00:00 -0500',
 """Scheduled report output is attached (tab delimited).

Report: MISSED APPTS BY DEPT
Department: PULMONARY CLINIC - EAST
Run: 12/01/2026 05:00""",
 atts=[('missed_appts_pulm_202611.tsv', "MRN\tPatient\tDOB\tAppt Date\tVisit Type\tProvider\tPhone\n"
  "3318204\tODUYA, PETER\t1949-05-02\t2026-11-03\tPFT + RETURN\tALVAREZ, R\t614-470-2291\n"
  "3390015\tKEMP, LORETTA\t1962-10-14\t2026-11-09\tNEW PATIENT\tALVAREZ, R\t614-231-0082\n"
  "3402277\tSHAH, RAJESH\t1958-01-30\t2026-11-12\tSLEEP STUDY REVIEW\tLOWE, M\t380-201-4416\n"
  "3275510\tWEBB, DARNELL\t1971-07-07\t2026-11-19\tRETURN\tLOWE, M\t614-866-3027\n", 'text/tab-separated-values', 'windows-1252')])
# ---------------------------------------------------------------- phi-self
add('phi','self','Halloran','"Bridget Halloran" <bhalloran.home@yahoo.com>','"Harlan UMC Patient Portal" <mychart-replies@harlanumc.org>',
 'Question about my bloodwork',
 'Sun, 29 Nov 2026 21:33:10 -0500',
 """Hi, this is Bridget Halloran, DOB 6/9/1966. I got a notification my labs from Tuesday are back but when I look at them the thyroid one says "H" next to it and nobody has called me. Dr. Kapoor said she'd call if anything was off. Should I still take the same dose of levothyroxine or wait? I have about 10 days left of pills.

Thank you
Bridget""")

add('phi','self','Duarte','Miguel Duarte <mduarte.construction@gmail.com>','Mercer County Health Billing <billing@mercercountyhealth.org>',
 'Bill for my son - account 7710338',
 'Mon, 30 Nov 2026 08:05:55 -0500',
 """To whom it may concern

I received a bill for $1,240 for my son Mateo Duarte's visit to the ER on September 14 (he cut his hand at football, got stitches). We had Medicaid at that time, I have the card. I called twice and was told it would be fixed and now it went to collections. Please call me at 614-907-3318, I work during the day but can answer at lunch.

Miguel Duarte""", cs='iso-8859-1')

add('phi','self','Petrakis','"Nick Petrakis" <npetrakis@outlook.com>','"Dr. Sloane\'s office" <sloane-office@harlanumc.org>',
 'RE: Appointment reminder',
 'Tue, 01 Dec 2026 12:40:00 -0500',
 """I need to move this one. I'm still sore from the biopsy last week and my wife has to drive me, she works Thursdays now. Anything the following week is fine, mornings better.

Nick

From: Harlan UMC Urology <sloane-office@harlanumc.org>
Sent: Tuesday, December 1, 2026 9:00 AM
To: npetrakis@outlook.com
Subject: Appointment reminder

Nicholas Petrakis, you have an appointment with Dr. Daniel Sloane on Thursday, December 10, 2026 at 10:20 AM at Harlan UMC Urology, Tower B Suite 410. Reply C to confirm.
""")

add('phi','self','Fairweather','"Amanda Fairweather" <amandafw@icloud.com>','"Patient Relations" <patientrelations@harlanumc.org>',
 'My dad',
 'Wed, 02 Dec 2026 23:58:00 -0500',
 """I don’t know who else to write to. My father, George Fairweather, has been on 8 North since Saturday and I still haven’t been able to talk to a doctor. Every time I call they say the team already rounded. He had the scope on Monday and nobody told us what they found. He is 84 and he doesn’t remember what they tell him. I am his POA and the paperwork is on file.

Please have someone call me. 740-333-1962.

Amanda

Sent from my iPhone""", cs='windows-1252')

add('phi','self','Ibarra','"Rosa Ibarra" <ribarra1975@hotmail.com>','"Dialysis - Mercer" <dialysis@mercercountyhealth.org>',
 'traveling for christmas',
 'Thu, 03 Dec 2026 17:25:12 -0500',
 """Hello Janet,
I will be at my sister's in El Paso from Dec 20 to Jan 3. Can you send my papers to the dialysis center there? The one on Montana Ave. I think they need my last labs and the hep B, and my treatment orders. I do Mon Wed Fri.
Thanks!!
Rosa Ibarra""")

# ---------------------------------------------------------------- phi-ids
add('phi','ids','','"Prior Auth Desk" <priorauth@harlanumc.org>','"Sleep Center" <sleep@harlanumc.org>',
 'auth approved',
 'Mon, 30 Nov 2026 14:14:14 -0500',
 """MRN 01022948 - PSG in lab approved, auth 2026-PA-441870, valid 12/1-2/28. Go ahead and schedule.""")

add('phi','ids','','Denise Howell <dhowell@mercercountyhealth.org>','Ken Albers <kalbers@mercercountyhealth.org>',
 'claim',
 'Tue, 01 Dec 2026 11:31:00 -0500',
 """Ken can you resubmit claim 26331-884410 with modifier 25 on the E/M? Acct 9912047, DOS 10/22/26, member ID ZGH44810972. They paid the injection but denied the office visit.""")

add('phi','ids','','"Lab Critical Call Log" <labcrit@harlanumc.org>','"Hospitalist Group" <hospitalists@harlanumc.org>',
 'Critical value not acknowledged',
 'Wed, 02 Dec 2026 03:40:21 -0500',
 """CRITICAL VALUE - NOT READ BACK WITHIN 30 MIN

MRN: 00974416     Loc: 4E-431     DOB: 03/08/1944
Collected: 12/02/2026 02:51
Test: Potassium  Result: 6.8 mmol/L (crit >6.0)
Called to: unit RN, no answer x2

Please acknowledge in the critical value workqueue.""")

add('phi','ids','','"Siddiqui, Omar" <osiddiqui@harlanumc.org>','"Wu, Jennifer" <jwu@harlanumc.org>',
 're: the 2pm',
 'Thu, 03 Dec 2026 13:02:00 -0500',
 """acct 44071882 for the 2pm echo - the TEE got changed to TTE, can you fix the order so it doesn't bounce at checkin? DOB 11/30/1959 if the acct doesn't pull.""")

add('phi','ids','','"Medicaid Care Coordination" <carecoord@buckeyehp.com>','"Case Management" <cm-team@mercercountyhealth.org>',
 'ADT notification - member admitted',
 'Fri, 04 Dec 2026 09:01:33 -0500',
 """Our records show the following member was admitted to your facility. Please contact us within 1 business day to coordinate discharge planning.

Member ID: U7733018402
DOB: 1958-09-17
Admit date: 12/03/2026
Facility: Mercer County General, Inpatient
Assigned care coordinator: Trina Walsh, RN, 877-410-2291 x5512

This e-mail was sent through a secure portal.""")

# ---------------------------------------------------------------- phi-lang
add('phi','lang','Cárdenas','"Yolanda Cárdenas" <yolacardenas@gmail.com>','"Clínica Familiar - Mercer" <clinicafamiliar@mercercountyhealth.org>',
 'Cita de mi mamá - ultrasonido',
 'Mon, 30 Nov 2026 19:20:44 -0500',
 """Buenas tardes,

Les escribo por mi mamá, Graciela Cárdenas Ruiz (fecha de nacimiento 12/05/1953). La doctora Morales le mandó un ultrasonido del abdomen y le dieron cita para el 8 de diciembre a las 7:30 de la mañana, pero mi mamá no maneja y yo entro a trabajar a las 7. ¿Se puede cambiar para la tarde? También quería preguntar si tiene que ir en ayunas.

Muchas gracias,
Yolanda Cárdenas
Tel. 614-380-2174""", cs='iso-8859-1')

add('phi','lang','Phạm','"Phạm Thị Lan" <phamthilan68@yahoo.com>','"Interpreter Services" <interpreters@harlanumc.org>',
 'Fwd: hẹn nội soi',
 'Tue, 01 Dec 2026 08:48:00 -0500',
 """Chào cô Hạnh,

Cô ơi, chồng tôi là Phạm Văn Đức có hẹn nội soi đại tràng vào thứ Sáu 11/12 lúc 9 giờ sáng với bác sĩ Yoon. Bệnh viện gửi giấy hướng dẫn uống thuốc xổ nhưng toàn tiếng Anh, ông ấy không hiểu. Cô có thể gọi cho tôi để giải thích được không? Số điện thoại: 614-772-0913.

Cám ơn cô nhiều.
Lan

---------- Forwarded message ---------
From: Harlan UMC Endoscopy <endo-noreply@harlanumc.org>
Subject: Your procedure instructions

Duc Pham, your colonoscopy is scheduled for Friday, December 11, 2026, 9:00 AM. Begin clear liquid diet the day before...
""")

add('phi','lang','Haji','"Abdirahman Haji" <a.haji.cbus@gmail.com>','"Mercer County Health - Pediatrics" <peds@mercercountyhealth.org>',
 'Wiilkayga Yusuf - tallaal',
 'Wed, 02 Dec 2026 16:16:00 -0500',
 """Asc,

Waxaan ahay aabaha Yusuf Abdirahman Haji, oo dhashay 3/14/2022. Dhakhtar Reeves ayaa na yiri waa inuu qaataa tallaalka ka hor inta uusan dugsiga bilaabin. Ballanta ayaan ka baaqday 11/24 sababtoo ah baabuurka ayaa xumaaday. Fadlan ii sheega goorta aan keeni karno. Taleefankeyga waa 614-915-4470.

Mahadsanid
Abdirahman""")

add('phi','lang','Volkova','"Светлана Волкова" <svolkova.oh@mail.ru>','"Harlan UMC Patient Portal" <mychart-replies@harlanumc.org>',
 'Результаты МРТ / MRI results',
 'Thu, 03 Dec 2026 10:05:31 -0500',
 """Здравствуйте, доктор Хартман.

Я Светлана Волкова, дата рождения 22.01.1970. МРТ поясницы мне сделали 25 ноября, но в портале результат пока не виден. Вы говорили, что после МРТ решим насчёт укола. Боль в ноге стала сильнее, особенно ночью. Пожалуйста, сообщите, когда можно прийти.

Sorry my English not good, my daughter can translate if you call 614-262-8807.

С уважением,
Светлана Волкова""", cte='base64')

add('phi','lang','Saint-Fleur','"Marie-Ange Saint-Fleur" <masaintfleur@gmail.com>','"Harlan UMC OB Clinic" <ob-clinic@harlanumc.org>',
 'Randevou mwen - sonogram',
 'Fri, 04 Dec 2026 07:12:00 -0500',
 """Bonjou,

Se Marie-Ange Saint-Fleur. Mwen ansent 24 semèn, mwen te gen randevou pou sonogram nan jedi 3 desanm men mwen pa t ka vini paske pitit mwen an te malad. Eske mwen ka gen yon lòt randevou semèn pwochèn? Mwen pran vitamin yo chak jou. Tanpri rele m nan 614-598-2204, mwen pale kreyòl, yon ti kras angle.

Mèsi anpil""")

add('phi','lang','Mansour','"Ahmad Mansour" <ahmad.mansour77@hotmail.com>','"Case Management" <cm-team@harlanumc.org>',
 'والدي - خروج من المستشفى / my father discharge',
 'Tue, 01 Dec 2026 20:30:00 -0500',
 """مرحبا،

أنا أحمد منصور، ابن المريض خليل منصور في الطابق السادس غرفة 618. قالت الممرضة إنه سيخرج يوم الخميس ويحتاج إلى جهاز أكسجين في البيت. من سيتصل بشركة الأكسجين؟ ونحتاج مترجم عربي عندما يشرح الطبيب الأدوية الجديدة، والدي لا يفهم الإنجليزية.

Sorry I write Arabic, my English is ok but my mother wants to read this too. My phone 614-208-7745.

شكرا
أحمد""")
# ================================================================ CLEAN
# ---------------------------------------------------------------- clean-staff
add('clean','staff','','"Sandoval, Marcus MD" <msandoval@harlanumc.org>','"IM Residents" <im-residents@harlanumc.org>',
 'K repletion - stop ordering the 40 IV',
 'Mon, 30 Nov 2026 07:15:00 -0500',
 """Friendly reminder after M&M last week: on the floor, IV potassium max is 10 mEq/hr peripheral, 20 central with tele. If you want 40 mEq fast, give PO. Pharmacy is going to start kicking back the 40 IV orders on non-tele beds. Also please actually recheck the level instead of carrying "replete prn" forward for five days.

Marcus""")

add('clean','staff','','"Dietz, Marla (RN)" <mdietz@harlanumc.org>','"4W Staff" <4w-staff@harlanumc.org>',
 'TR bands',
 'Wed, 02 Dec 2026 14:02:00 -0500',
 """We had two bleeders this month after radial caths, both when the band was deflated faster than the protocol. Going forward: 3 mL every 15 min, no shortcuts even if the cath lab says "just take it off". If it oozes, reinflate and call the cath fellow. I'll be doing a quick demo at huddle Friday 0700 and 1900.""")

add('clean','staff','','"Moss, Jerome" <jmoss@mercercountyhealth.org>','"Dialysis Unit RNs" <hd-rn@mercercountyhealth.org>',
 'RE: chair 6',
 'Thu, 03 Dec 2026 12:00:00 -0500',
 """Chair 6 is out of service until biomed replaces the conductivity probe - don't put anyone in it. I moved second shift around on the board already. Also we are down to one case of 15g needles, Tamika ordered more, should be here Monday.

> Is chair 6 fixed yet? It alarmed three times this morning.
""")

add('clean','staff','','"Chen, Ivy NP" <ichen@harlanumc.org>','"Palliative Care Service" <palliative@harlanumc.org>',
 'article for journal club + a thought',
 'Thu, 03 Dec 2026 18:20:00 -0500',
 """For next Tuesday: the piece on time-limited trials in the ICU (link on the shared drive). I keep thinking about how often we walk into family meetings where the family heard "he's stable" from one person and "he's dying" from someone else the same day. Maybe we can talk about a team script for the first 5 minutes.

Also - who wants to split the Saturday consults? I can do morning.

Ivy""")

add('clean','staff','','Transfer Center <transfer@harlanumc.org>','"Bed Management" <bedmgmt@harlanumc.org>',
 'Capacity 0600',
 'Fri, 04 Dec 2026 06:05:00 -0500',
 """0600 snapshot
MICU 24/24 (2 pending d/c)
SICU 18/20
CCU 11/12
Tele 61/64
Med/Surg 212/230
ED boarders: 9 (4 ICU level)
Pending transfers accepted: 3 (1 MICU, 2 tele)
Declined overnight for capacity: 2

Diversion status: not on diversion. Huddle at 0730.""")

add('clean','staff','','"Reyes, Joaquin (Interpreter Services)" <jreyes@harlanumc.org>','"Interpreters - All" <interpreters-all@harlanumc.org>',
 'Vietnamese and Somali coverage in Dec',
 'Mon, 30 Nov 2026 16:40:00 -0500',
 """Hi team,

Holiday coverage is thin for Vietnamese (Hanh out 12/21-1/2) and Somali (Abdi out 12/24-12/28). Please push video remote for those languages on those dates, and remind clinics that family members should not interpret for consent, even if the family offers. If you get pushback, send them to me.

Joaquin Reyes, CHI
Manager, Interpreter Services""")

add('clean','staff','','Kelsey Ward <kward@harlanumc.org>','Dev Malhotra <dmalhotra@harlanumc.org>',
 'lol',
 'Sat, 28 Nov 2026 03:12:00 -0500',
 """did you see the guy in 9 who asked for a "CAT scan for his cat"?? I think he was joking but I honestly can't tell anymore at 3am. also the vending machine on 5 ate my dollar again. coffee at 7?""")

# ---------------------------------------------------------------- clean-admin
add('clean','admin','','"Harlan UMC Compliance" <compliance@harlanumc.org>','"All Staff" <allstaff@harlanumc.org>',
 'Reminder: minimum necessary when e-mailing about patients',
 'Mon, 30 Nov 2026 09:00:00 -0500',
 """Colleagues,

A reminder of policy HIM-114. When you must e-mail about a patient:
  - use secure mail ([secure] in the subject) for anything outside harlanumc.org
  - include only what the recipient needs; prefer MRN over full name + DOB
  - never paste screenshots of the chart into personal e-mail or text
  - do not put patient names in the subject line

Questions: Privacy Office, x4-1100 or privacy@harlanumc.org.

Office of Compliance and Privacy""")

add('clean','admin','','"Mercer County Health - HR" <hr@mercercountyhealth.org>','"All Employees" <all@mercercountyhealth.org>',
 'Open enrollment closes Friday',
 'Tue, 01 Dec 2026 08:00:00 -0500',
 """Open enrollment for 2027 benefits closes Friday, December 4 at 11:59 PM. If you do nothing, your medical, dental and vision elections roll over, but your FSA does NOT - you must re-elect it.

New for 2027: the county plan adds a telehealth option with $0 copay and the wellness credit goes up to $600.

Benefits Help Desk: 614-525-3300, M-F 8-4.""",
 html=wrap_html('<p class="MsoNormal">Open enrollment for <b>2027 benefits closes Friday, December 4 at 11:59 PM</b>. If you do nothing, your medical, dental and vision elections roll over, but your FSA does <u>NOT</u> - you must re-elect it.</p><p class="MsoNormal">New for 2027: the county plan adds a telehealth option with $0 copay and the wellness credit goes up to $600.</p><p class="MsoNormal">Benefits Help Desk: 614-525-3300, M-F 8-4.</p>'))

add('clean','admin','','"OR Scheduling" <orsched@harlanumc.org>','"Surgical Attendings" <surg-attendings@harlanumc.org>',
 'Block release rules starting January',
 'Wed, 02 Dec 2026 10:00:00 -0500',
 """Starting January 4, unused block time will auto-release at 72 hours (was 48) for all services except cardiac and transplant (24 hours). Block utilization under 70% for two consecutive quarters will trigger a block review with the Perioperative Committee.

Q3 utilization by service is posted on the Periop SharePoint. Questions to Renee Duval, OR Scheduling Manager.""")

add('clean','admin','','"IT Service Desk" <servicedesk@mercercountyhealth.org>','"All Users" <all@mercercountyhealth.org>',
 'Planned downtime Sunday 12/6 0100-0500 - Epic',
 'Thu, 03 Dec 2026 15:00:00 -0500',
 """Epic will be unavailable Sunday, December 6 from 01:00 to 05:00 for an upgrade. Read-only BCA computers will be available on every unit. Use downtime paper forms (kept in the red binder) for orders, MAR and lab requisitions. Lab will run downtime labels from the printer in the core lab.

After go-live, enter all downtime documentation within 24 hours.

IT Service Desk x7-4357""")

add('clean','admin','','"Patient Relations" <patientrelations@mercercountyhealth.org>','"Department Managers" <managers@mercercountyhealth.org>',
 'Q3 grievance summary',
 'Fri, 04 Dec 2026 11:00:00 -0500',
 """Managers,

Q3 patient grievances and complaints (n=214):
  Communication                       61  (29%)
  Wait times (ED, clinics)            48  (22%)
  Billing                             39  (18%)
  Staff attitude                      27  (13%)
  Discharge process                   21  (10%)
  Other                               18   (8%)

Median time to resolution: 11 days (target 7). The ED and GI endoscopy had the highest counts; both managers have action plans. Full report is on the QI drive.

Nadia Farouk, Patient Relations""",
 atts=[('Q3_grievances_by_dept.html', '<html><body><h3>Q3 2026 Grievances by Department</h3><table border="1"><tr><th>Dept</th><th>Count</th><th>Top category</th><th>Median days</th></tr><tr><td>Emergency Dept</td><td>52</td><td>Wait times</td><td>9</td></tr><tr><td>GI Endoscopy</td><td>23</td><td>Communication</td><td>14</td></tr><tr><td>Patient Financial Services</td><td>31</td><td>Billing</td><td>12</td></tr><tr><td>Inpatient Medicine</td><td>28</td><td>Discharge</td><td>10</td></tr><tr><td>All other</td><td>80</td><td>Communication</td><td>11</td></tr></table><p>Counts only. No patient-level data in this report.</p></body></html>', 'text/html')])

add('clean','admin','','"Case Management Leadership" <cm-leaders@harlanumc.org>','"Case Managers" <casemgrs@harlanumc.org>',
 'SNF referral etiquette',
 'Tue, 01 Dec 2026 13:30:00 -0500',
 """We've had complaints from two of our partner SNFs about getting 15+ blind referrals per day. Going forward:
- send to no more than 5 facilities at once, chosen with the family
- attach PT/OT notes from the last 48 h
- if a family refuses a facility, document it so the next CM doesn't resend

Thanks, Bree Hollis & Dan Kowalski""")

# ---------------------------------------------------------------- clean-lookalike
add('clean','lookalike','','"Riverside Animal Hospital" <reminders@riversidevets.com>','"Kathy Lindgren" <klindgren22@gmail.com>',
 'Biscuit is due for his dental cleaning',
 'Mon, 30 Nov 2026 10:00:00 -0500',
 """Hi Kathy,

Our records show Biscuit (canine, 9 yrs) is due for his annual dental cleaning and pre-anesthetic bloodwork. Please withhold food after midnight the night before. His last rabies vaccine was 12/2024 and is good through 12/2027.

Book online or call 614-451-7700.

Riverside Animal Hospital""")

add('clean','lookalike','','"Buckeye Mutual Auto Claims" <claims@buckeyemutual.com>','"Robert Ellison" <rellison@gmail.com>',
 'Claim 44-88120-A: estimate approved',
 'Tue, 01 Dec 2026 09:30:00 -0500',
 """Dear Robert Ellison,

Your collision claim 44-88120-A (2019 Honda CR-V, date of loss 11/21/2026) has been reviewed. The repair estimate from Lane Ave Body Shop of $3,412.60 is approved, less your $500 deductible. Rental coverage is approved for up to 10 days.

Policy number: BMA-7712094
Adjuster: Stacy Graves, 800-441-2290 x318""")

add('clean','lookalike','','"FitLife Gym" <members@fitlifegym.com>','"Andre Wilkins" <awilkins@outlook.com>',
 'Your body composition results',
 'Wed, 02 Dec 2026 07:00:00 -0500',
 """Hey Andre!

Great job at your 90-day check-in. Here's your progress:
  Weight: 198.4 lb (-11.2)
  Body fat: 22.1% (-3.4)
  Resting HR: 61 bpm
  Member #: FL-0048812

Keep crushing it! Your next trainer session with Coach Brianna is Saturday 9 AM.""")

add('clean','lookalike','','"ValuMart Pharmacy Rewards" <rewards@valumart.com>','"Shirley Tanaka" <stanaka55@aol.com>',
 'You earned 500 points!',
 'Thu, 03 Dec 2026 12:00:00 -0500',
 """Hi Shirley,

You've earned 500 Rewards points this month! Redeem them for $5 off your next front-store purchase. Points cannot be used on prescriptions.

Member ID: VR 4471 0928 3316
Holiday deal: 2 for $10 on cold and flu care, vitamins and sunscreen.

Unsubscribe | Privacy""")

add('clean','lookalike','','"Columbus Marathon Medical Team" <medvolunteers@columbusmarathon.org>','"Volunteer List" <medvol-list@columbusmarathon.org>',
 'Thank you, medical volunteers!',
 'Fri, 04 Dec 2026 10:00:00 -0500',
 """Thank you to all 240 physicians, nurses, PTs and EMTs who staffed the medical tents this year. Totals: 412 runners seen, 38 IV starts, 9 transports, zero cardiac arrests. Special thanks to Dr. Lena Ostrowski and the Harlan UMC sports medicine team for running Tent 4 at mile 20.

Sign-ups for next year open in March.""")

add('clean','lookalike','','"First County Bank" <alerts@firstcountybank.com>','"Maria Delgado" <mdelgado.family@gmail.com>',
 'HSA contribution received',
 'Mon, 30 Nov 2026 06:00:00 -0500',
 """Your Health Savings Account ending in 4471 received a contribution of $250.00 on 11/27/2026. Available balance: $3,118.42.

Log in to view transactions. First County Bank will never ask for your password by e-mail.""")

add('clean','lookalike','','"Dr. Paul Hartman" <phartman@harlanumc.org>','"Mercer Heights Little League" <board@mhll.org>',
 'Re: coaching clinic Saturday',
 'Wed, 02 Dec 2026 21:10:00 -0500',
 """Happy to do the 20-minute talk on concussion awareness and heat at the coaching clinic. I'll bring the CDC HEADS UP handouts. No need to pay me, just save me a hot dog.

Paul Hartman (Dr. H, Tigers 10U assistant coach)

> Dr. Hartman - would you be willing to talk to the coaches about head injuries
> and when to pull a kid from a game? Saturday 10am at the rec center.
""")

# ---------------------------------------------------------------- clean-news
add('clean','news','','"Harlan UMC Newsroom" <news@harlanumc.org>','"All Staff" <allstaff@harlanumc.org>',
 'Harlan UMC named Level I pediatric trauma center',
 'Tue, 01 Dec 2026 10:00:00 -0500',
 """The American College of Surgeons has verified Harlan UMC Children's as a Level I Pediatric Trauma Center, the only one in the region. The verification follows a two-day site visit in September. "This reflects years of work by our surgeons, nurses, therapists and transport team," said Dr. Monica Ayers, trauma medical director.

Read the full story on the intranet.""")

add('clean','news','','"Mercer County Public Health" <news@mercerpublichealth.gov>','"Community Partners" <partners@mercerpublichealth.gov>',
 'Flu activity rising - week 47',
 'Wed, 02 Dec 2026 14:00:00 -0500',
 """Influenza activity in Mercer County is now "moderate" and rising.
Week 47: 312 lab-confirmed flu cases (week 46: 188), 41 flu hospitalizations, 0 pediatric deaths this season.
Predominant strain: influenza A(H3N2). RSV hospitalizations also up among children under 2 and adults over 75.

Free flu shot clinics this Saturday at the Eastside and Hilltop libraries, 10-2.""")

add('clean','news','','"Harlan UMC Foundation" <foundation@harlanumc.org>','"Friends of Harlan" <friends@harlanumc.org>',
 'A grateful family, a new family lounge',
 'Thu, 03 Dec 2026 09:00:00 -0500',
 """Thanks to a $2 million gift from the Whitcomb Family Foundation, the 9 East oncology unit will open a new family lounge with sleeping space, kitchenette and laundry in spring 2027. The gift honors the foundation's late founder, who served on the Harlan board for 20 years.

Learn how you can support patients and families this holiday season.""",
 html=wrap_html('<h2 style="color:#1f4e79">A grateful family, a new family lounge</h2><p class="MsoNormal">Thanks to a $2 million gift from the Whitcomb Family Foundation, the 9 East oncology unit will open a new family lounge with sleeping space, kitchenette and laundry in spring 2027. The gift honors the foundation\'s late founder, who served on the Harlan board for 20 years.</p><p><a href="https://give.harlanumc.org">Learn how you can support patients and families</a></p>'))

add('clean','news','','"Nephrology News Digest" <digest@nephronewsdigest.com>','"Janet Whitmore" <jwhitmore@mercercountyhealth.org>',
 'This week: CMS ESRD payment rule, home dialysis growth',
 'Fri, 04 Dec 2026 06:00:00 -0500',
 """TOP STORIES
* CMS finalizes 2027 ESRD PPS base rate at $281.20 per treatment, up 2.4%.
* Home dialysis reaches 15% of US prevalent patients for the first time.
* Study: dialysis units with fixed chair assignments report fewer missed treatments.
* Survey finds 1 in 4 dialysis nurses plan to leave bedside within 2 years.

You are receiving this because you subscribed at nephronewsdigest.com.""")

add('clean','news','','"Mercer County Health System" <communications@mercercountyhealth.org>','"Media List" <media@mercercountyhealth.org>',
 'MEDIA RELEASE: County health system opens Vietnamese- and Somali-language nurse line',
 'Mon, 30 Nov 2026 11:00:00 -0500',
 """FOR IMMEDIATE RELEASE

Mercer County Health System today launched a 24-hour nurse advice line staffed in Vietnamese, Somali, Spanish and Haitian Creole. Last year the system provided more than 96,000 interpreted encounters, with Spanish, Somali and Vietnamese the most requested languages.

Media contact: Erin Polk, 614-525-2000""")

add('clean','news','','"Harlan UMC Pharmacy" <pharmacy-news@harlanumc.org>','"Prescribers" <prescribers@harlanumc.org>',
 'Shortage update: IV fluids, amoxicillin suspension',
 'Tue, 01 Dec 2026 16:00:00 -0500',
 """Shortage update:
- 1 L NS bags: supply improving, conservation measures remain (use PO hydration when possible, 250 mL minibags for KVO).
- Amoxicillin 400 mg/5 mL suspension: on allocation. Consider 250 mg/5 mL or chewables; outpatient pharmacies have been notified.
- Nothing new on the GLP-1 front; formulary alternatives unchanged.

Questions: drug info line x4-3784.""")
# ---------------------------------------------------------------- clean-training
add('clean','training','','"Interface Team" <interfaces@harlanumc.org>','"New Analysts" <is-onboarding@harlanumc.org>',
 'HL7 101 homework',
 'Mon, 30 Nov 2026 13:00:00 -0500',
 """Welcome again. Before Thursday's session, look at this sample ADT from the TEST environment and identify: message type, the MRN field, the patient class, and the attending. All data is fake (the TST facility only exists in POC).

MSH|^~\\&|EPIC|TST|ENGINE|TST|20260101120000||ADT^A01|TEST0001|T|2.5.1
EVN|A01|20260101120000
PID|1||TST000001^^^TST^MR||ZZTEST^PATIENT^ONE||19000101|U|||123 TEST ST^^ANYTOWN^OH^00000
PV1|1|I|TEST^101^A|||||9999^TRAINING^ATTENDING

Hint: MSH-11 = T means training/test. Answers Thursday.
-- Greg""")

add('clean','training','','"Clinical Education" <clined@mercercountyhealth.org>','"New Grad RN Cohort" <newgrad-rn@mercercountyhealth.org>',
 'Sim lab Friday - case packet',
 'Tue, 01 Dec 2026 09:00:00 -0500',
 """Case for Friday's sim (manikin "SimMan Stan"):

"Mr. Stan Simmons", 67, POD 1 after hip replacement, call light on at 0300, says he feels "funny". HR 124, BP 88/50, SpO2 91% RA, new confusion.

Your tasks: prioritize, call SBAR to the covering provider (played by Dr. Ruiz from education), start the sepsis screen, and hand off to the rapid response team. Debrief follows.

Wear scrubs, bring your stethoscope. The chart is in the Epic PLAY environment.""")

add('clean','training','','"Billing Ops - Mercer" <billingops@mercercountyhealth.org>','"Revenue Cycle Trainees" <rc-trainees@mercercountyhealth.org>',
 '835 reading exercise',
 'Wed, 02 Dec 2026 10:30:00 -0500',
 """Use the Companion Guide to decode the CAS segments below. These come from the vendor's test file - patient and member are dummies.

CLP*TESTCLM001*4*250*0**12*TESTICN0001*11*1~
NM1*QC*1*DOE*JOHN****MI*TEST00000001~
SVC*HC:99213*250*0**1~
CAS*CO*16*250~
CLP*TESTCLM002*1*180*144**12*TESTICN0002*11*1~
NM1*QC*1*SAMPLE*JANE****MI*TEST00000002~
SVC*HC:99212*180*144**1~
CAS*CO*45*36~

Questions: what does CO-16 mean, what should you do next, and why is CLP02=4 vs 1? Answers due Friday.""")

add('clean','training','','"Reyes, Joaquin (Interpreter Services)" <jreyes@harlanumc.org>','"Interpreter Trainees" <interp-trainees@harlanumc.org>',
 'Role-play script - consent for colonoscopy (ES)',
 'Thu, 03 Dec 2026 14:00:00 -0500',
 """Practice script for Tuesday. Pair up; one plays the doctor, one the patient, trainee interprets. Names are made up.

DR: Good morning, I'm Dr. Example. Today we'll talk about the colonoscopy.
PACIENTE (Sra. Prueba): Buenos días, doctor. ¿Me va a doler?
DR: You'll get sedation, so you should be comfortable. The main risks are bleeding and, rarely, a small tear.
PACIENTE: ¿Y cuánto tiempo dura?

Remember: first person, no side conversations, flag cultural issues transparently.""")

add('clean','training','','"Quality Improvement" <qi@harlanumc.org>','"M&M Attendees" <mm-list@harlanumc.org>',
 'M&M Thursday - de-identified case summary',
 'Tue, 01 Dec 2026 17:00:00 -0500',
 """Case 1 (de-identified per policy QI-07):
A patient in their 70s on a medical floor received a duplicate dose of a long-acting insulin after a transfer between units. The MAR showed the dose as "due" because the sending unit documented on paper during downtime. Hypoglycemia was recognized on the 0400 check and treated; no lasting harm.

Discussion points: downtime reconciliation, transfer handoff, barcode override rates (attached aggregate data: 3.1% overrides house-wide, 7.8% on the two units involved).

Please do not discuss unit names or staff involved outside the conference.""")

add('clean','training','','"Epic Training Team" <epictraining@mercercountyhealth.org>','"ASAP Class 12/7" <asap-class@mercercountyhealth.org>',
 'Your training logins + practice patients',
 'Fri, 04 Dec 2026 12:00:00 -0500',
 """Welcome to ED ASAP training on Monday, 8:00 AM, Room B-214.

Training environment: TRN2. Your login is your normal ID with password "Train#2026" (you'll reset it).
Practice patients (training environment only):

  ZZEDTEST, ALPHA    MRN 9000001   "chest pain"
  ZZEDTEST, BRAVO    MRN 9000002   "ankle injury"
  ZZEDTEST, CHARLIE  MRN 9000003   "fever, 6 mo old"

Please do not search for real patients in TRN2; it contains a copy of old scrubbed data.""")

add('clean','training','','"Lab Education" <labed@harlanumc.org>','"Phlebotomy Staff" <phlebotomy@harlanumc.org>',
 'Labeling quiz - answers',
 'Wed, 02 Dec 2026 15:30:00 -0500',
 """Answers to last week's labeling quiz:

Label A: "DOE, JANE  01/01/1980  MRN 000000" - missing collector initials and time -> REJECT
Label B: all identifiers present, drawn 2 hrs before order time -> REJECT, recollect
Label C: two identifiers, time, initials -> ACCEPT

Rejection rate for unlabeled/mislabeled tubes in November: 0.42% (goal <0.3%). Most came from outpatient clinics, not the floors. Keep it up.""")

# ---------------------------------------------------------------- write
def main():
    seq = {}
    rows = []
    for m in MSGS:
        key = (m['label'], m['kind'])
        seq[key] = seq.get(key, 0) + 1
        fn = '%s-%s-%03d.eml' % (m['label'], m['kind'], seq[key])
        msg = build(m)
        with open(os.path.join(OUT, fn), 'wb') as f:
            f.write(msg.as_bytes())
        rows.append((fn, m['label'], m['kind'], m['name']))
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f); w.writerow(['file', 'label', 'kind', 'patient_name']); w.writerows(rows)
    for fn, *_ in rows:
        with open(os.path.join(OUT, fn), 'rb') as f:
            BytesParser(policy=policy.default).parse(f)
    print(len(rows), 'messages')

if __name__ == '__main__':
    main()
