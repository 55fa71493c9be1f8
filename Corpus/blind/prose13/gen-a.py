#!/usr/bin/env python3
"""Blind set prose13a: hand-written healthcare mail. Standard library only, deterministic."""
import csv, io, os, zipfile, hashlib
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.charset import Charset, QP, BASE64
from email import message_from_bytes
from email.utils import make_msgid

import sys
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
M = []

def add(kind, patient, frm, to, date, subj, body, html=None, att=(), cs='utf-8', enc='qp', cc=None, extra=None):
    M.append(dict(kind=kind, p=patient, f=frm, t=to, d=date, s=subj, b=body, h=html, a=list(att), cs=cs, enc=enc, cc=cc, x=extra or {}))

def textpart(text, sub='plain', cs='utf-8', enc='qp'):
    p = MIMENonMultipart('text', sub)
    c = Charset(cs)
    c.body_encoding = {'qp': QP, 'b64': BASE64, '7bit': None}[enc]
    if enc == '7bit':
        c.body_encoding = None
    p.set_payload(text, charset=c)
    return p

def zipbytes(name, content):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        zi = zipfile.ZipInfo(name, date_time=(2026, 11, 3, 8, 15, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, content)
    return bio.getvalue()

def build(m, n=0):
    if m['h'] is not None:
        body = MIMEMultipart('alternative')
        body.attach(textpart(m['b'], 'plain', m['cs'], m['enc']))
        body.attach(textpart(m['h'], 'html', m['cs'], m['enc']))
    else:
        body = textpart(m['b'], 'plain', m['cs'], m['enc'])
    if m['a']:
        msg = MIMEMultipart('mixed')
        msg.attach(body)
        for a in m['a']:
            name, ctype, content = a[0], a[1], a[2]
            if ctype == 'message/rfc822':
                part = MIMEMessage(build(content, n + 1000))
                if name:
                    part.add_header('Content-Disposition', 'attachment', filename=name)
                msg.attach(part)
                continue
            if ctype == 'application/zip':
                part = MIMEApplication(zipbytes(content[0], content[1]), 'zip')
            elif ctype.startswith('text/'):
                part = textpart(content, ctype.split('/')[1], a[3] if len(a) > 3 else 'utf-8', 'b64' if len(a) <= 4 else a[4])
            else:
                data = content.encode('utf-8') if isinstance(content, str) else content
                part = MIMEApplication(data, ctype.split('/')[1])
            part.add_header('Content-Disposition', 'attachment', filename=name)
            msg.attach(part)
    else:
        msg = body
    msg['From'] = m['f']
    msg['To'] = m['t']
    if m['cc']:
        msg['Cc'] = m['cc']
    msg['Date'] = m['d']
    msg['Subject'] = m['s']
    h = hashlib.sha1((m['s'] + m['d'] + str(n)).encode()).hexdigest()[:16]
    dom = m['f'].split('@')[-1].strip('>').strip()
    msg['Message-ID'] = '<%s.%s@%s>' % (h, n, dom)
    for k, v in m['x'].items():
        msg[k] = v
    k = 0
    for part in msg.walk():
        if part.get_content_maintype() == 'multipart':
            k += 1
            part.set_boundary('----=_NextPart_%s_%03d_%02d' % (h[:10], n % 1000, k))
    return msg

# ---------------------------------------------------------------- phi-care
add('phi-care', 'Dunleavy', 'Marcy Ostrander RN <mostrander@hrmh.org>', 'Pharmacy HRMH <pharmacy@hrmh.org>',
    'Mon, 02 Nov 2026 06:48:12 -0600', 'bed 4 - vanc trough',
"""Night shift handoff ask -- Mr. Dunleavy in bed 4 had his trough drawn at 0530 but lab says the tube was hemolyzed. Redrawing at 0700 before the 0800 dose. Can you hold the dose verification until we have the new level? Day RN is Kacie.

Marcy
sent from my phone""")

add('phi-care', 'Heffernan', 'Jolene Pruitt <jpruitt@cedarforkmed.com>', 'Dr. Aaron Blaylock <ablaylock@cedarforkmed.com>',
    'Tue, 03 Nov 2026 10:14:55 -0500', 'RE: Heffernan colonoscopy prep',
"""Dr. B,

Called Wilma Heffernan back. She did the split-dose prep last night but only got through about two thirds of the second jug before she was throwing up. She says the output is "mostly clear, a little yellow." Her procedure is at 1:30 today at Harlan Ridge endo. Do you want her to come in as scheduled or rebook? She's got a ride until 4 only.

Her cell: 606-287-4410

Jolene
Front desk / scheduling
Cedar Fork Medical Associates

-----Original Message-----
From: Dr. Aaron Blaylock
Sent: Tuesday, November 3, 2026 8:02 AM
To: Jolene Pruitt
Subject: Heffernan colonoscopy prep

Can you check in with Mrs Heffernan re how the prep went? Endo called, she didn't pick up.
""")

add('phi-care', 'Abernathy', 'Keystone Diagnostic Partners <results-noreply@keystonedx.com>', 'Cedar Fork Medical Associates <inbox@cedarforkmed.com>',
    'Wed, 04 Nov 2026 15:22:08 -0500', 'Critical value called - ABERNATHY, ROLAND',
"""KEYSTONE DIAGNOSTIC PARTNERS - CRITICAL VALUE NOTIFICATION

Patient: ABERNATHY, ROLAND T
DOB: 07/19/1948
Ordering: BLAYLOCK, AARON MD
Collected: 11/04/2026 11:40   Site: KDP Hazard Draw Station

Test                 Result   Flag   Ref
Potassium            6.4      HH     3.5-5.1
Creatinine           2.9      H      0.7-1.3

Called to: Tonya (RN) at Cedar Fork, read back verified 15:19.
Called by: D. Mercer MLS(ASCP)

This message was generated automatically. Do not reply.
""", html="""<html><body style="font-family:Arial;font-size:10pt">
<p><b>KEYSTONE DIAGNOSTIC PARTNERS &ndash; CRITICAL VALUE NOTIFICATION</b></p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><td>Patient</td><td>ABERNATHY, ROLAND T</td></tr>
<tr><td>DOB</td><td>07/19/1948</td></tr>
<tr><td>Ordering</td><td>BLAYLOCK, AARON MD</td></tr>
<tr><td>Collected</td><td>11/04/2026 11:40 &ndash; KDP Hazard Draw Station</td></tr>
</table>
<table border="1" cellpadding="3" style="border-collapse:collapse;margin-top:8px">
<tr><th>Test</th><th>Result</th><th>Flag</th><th>Ref</th></tr>
<tr><td>Potassium</td><td>6.4</td><td style="color:red">HH</td><td>3.5-5.1</td></tr>
<tr><td>Creatinine</td><td>2.9</td><td>H</td><td>0.7-1.3</td></tr>
</table>
<p>Called to: Tonya (RN) at Cedar Fork, read back verified 15:19.<br>Called by: D. Mercer MLS(ASCP)</p>
<p style="color:#888;font-size:8pt">This message was generated automatically. Do not reply.</p>
</body></html>""")

add('phi-care', 'Greer', 'Luis Ocampo <locampo@willowbendcare.com>', 'Therapy Dept <therapy@willowbendcare.com>',
    'Thu, 05 Nov 2026 13:05:41 -0600', 'Rm 112 B',
"""PT team -

Mrs. Greer (112-B) told the CNA this morning she wants to try the walker to the dining room instead of the wheelchair. Nursing is ok with it if someone from therapy eval's her first. Her daughter is visiting Saturday and wants to see her walk, so sooner is better.

Also the heel protectors came back from laundry, they're in her closet.

Luis Ocampo, LPN
Unit 1 charge
Willow Bend Care Center""")

add('phi-care', 'Tillman', 'Becca Nunley <bnunley@hrmh.org>', 'Dr. Priya Raman <praman@hrmh.org>',
    'Fri, 06 Nov 2026 09:31:00 -0600', 'infusion chair tomorrow',
"""Priya -- we only have one chair staffed Saturday. Kevin Tillman is due for his iron infusion (2nd of 3) and Mrs. Albright's daughter called asking if her mom's IVIG can move to Saturday too. Can't do both. Kevin works weekdays so I'd rather keep him. OK to tell the Albrights Monday at 8?

B""")

add('phi-care', 'Vasquez-Hale', 'Dana Kirchner <dkirchner@keystonedx.com>', 'Scheduling Hazard <sched.hazard@keystonedx.com>',
    'Mon, 09 Nov 2026 08:12:19 -0500', 'FW: MRI w/ contrast - needs creat before 11/12',
"""Can someone call her and get her in for a draw? Order is in.

Dana

From: Radiology Protocol Queue <rad-protocol@keystonedx.com>
Sent: Monday, November 9, 2026 7:55 AM
To: Dana Kirchner
Subject: MRI w/ contrast - needs creat before 11/12

Pt: Vasquez-Hale, Andrea   MRN KD00418762
Exam: MRI BRAIN W/WO CONTRAST  Sched 11/12/2026 14:00 Hazard MR1
Protocol note: age >60 and on metformin per intake -> eGFR required within 30 days. None on file. Please obtain prior to scan or reschedule.
Protocoled by: R. Singh MD
""", html="""<html><head><style>p{font-family:Calibri;font-size:11pt;margin:0}</style></head><body>
<p>Can someone call her and get her in for a draw? Order is in.</p><p>Dana</p><br>
<div style="border-top:solid #E1E1E1 1pt;padding-top:3pt">
<p><b>From:</b> Radiology Protocol Queue &lt;rad-protocol@keystonedx.com&gt;<br><b>Sent:</b> Monday, November 9, 2026 7:55 AM<br><b>To:</b> Dana Kirchner<br><b>Subject:</b> MRI w/ contrast - needs creat before 11/12</p></div>
<p>Pt: Vasquez-Hale, Andrea &nbsp; MRN KD00418762<br>Exam: MRI BRAIN W/WO CONTRAST &nbsp;Sched 11/12/2026 14:00 Hazard MR1<br>
Protocol note: age &gt;60 and on metformin per intake -&gt; eGFR required within 30 days. None on file. Please obtain prior to scan or reschedule.<br>Protocoled by: R. Singh MD</p>
</body></html>""")

add('phi-care', 'Kowalczyk', 'Shelby Raines <sraines@cedarforkmed.com>', 'Refill Line <refills@cedarforkmed.com>',
    'Tue, 10 Nov 2026 16:40:02 -0500', 'refill voicemail 3:52pm',
"""VM transcribed:
"Hi this is Stan Kowalczyk, birthday 3/2/57, I need my lisinopril and the atorvastatin called in to the Walgreens on Main in Whitesburg, I've got two pills left. Also the doctor said something about bloodwork before my next visit, I don't know if that's been ordered. Number is 606-633-9127. Thanks."

Last visit 8/14 w/ Dr. Blaylock. Sent to provider queue.
-SR""")

add('phi-care', 'Osei', 'Harlan Ridge Memorial - Radiology <radiology@hrmh.org>', 'Gloria Fenwick <gfenwick@hrmh.org>',
    'Wed, 11 Nov 2026 11:02:37 -0600', 'RE: ED x-ray overread',
"""Gloria,

Teleradiology overread is back on the ED chest film from last night (Osei, Kwame - seen by Dr. Landry around 2330). Final read differs from the prelim -- the radiologist wants a CT chest with contrast as follow-up. Please make sure the ED callback nurse reaches him today; he was discharged home. Phone on the facesheet is 606-589-2203.

Thanks
Rick Batten, RT(R)
Imaging Supervisor

> Did the overread come back on the guy from last night? Landry asked.
> G""")

add('phi-care', 'Pennington', 'Tamsin Boyd <tboyd@willowbendcare.com>', 'Harlan Ridge Transfer Center <transfers@hrmh.org>',
    'Thu, 12 Nov 2026 19:26:45 -0600', 'Sending resident to ED tonight',
"""Transfer center,

Heads up: we are sending Earl Pennington (DOB 1/30/1939) to your ED by Ridge County EMS, ETA about 20 min. Found on the floor by the bed at 1850, unwitnessed, he's on apixaban. Neuro checks done x2, vitals with the EMS crew. Code status is DNR (copy of POST form in the packet). Son Dale is meeting him there: 606-420-7781.

Tamsin Boyd RN, evening supervisor
Willow Bend Care Center  606-589-4400 x210""")
# ---------------------------------------------------------------- phi-names
add('phi-names', 'Sizemore', 'Carla Whitt <cwhitt@hrmh.org>', 'Nate Combs <ncombs@hrmh.org>, Heather Lyle <hlyle@hrmh.org>',
    'Mon, 02 Nov 2026 14:10:09 -0600', 'Sizemore',
"""Nate, Heather -

Talked to Pastor Gibbs who's been driving Junior out for the wound checks. He can't keep doing Tuesdays after this month. Heather can you see if the home health folks can pick up the dressing changes at the house? Nate I'll need you to move his Dr. Raman follow up to a Thursday if possible.

His sister Loretta is the one to call, not Junior, he won't answer unknown numbers.

Carla""")

add('phi-names', 'Gilley', 'Reba Caudill <rcaudill@cedarforkmed.com>', 'Aaron Blaylock <ablaylock@cedarforkmed.com>',
    'Tue, 03 Nov 2026 12:33:50 -0500', 'your 2:40',
"""FYI Mr. Gilley's wife called -- he's coming for his 2:40 but she says he's been more confused since they changed his sleeping pill and she wants to come back with him. I said that was fine. She asked me not to say anything in front of him about the car keys, she wants to talk to you about that herself.

Reba""")

add('phi-names', 'Brock', 'Tonya Messer RN <tmesser@cedarforkmed.com>', 'Dr. Blaylock <ablaylock@cedarforkmed.com>; Dr. Feinstein <jfeinstein@cedarforkmed.com>',
    'Wed, 04 Nov 2026 17:55:33 -0500', 'Brock, Delphine -- who is covering?',
"""Dr. Feinstein's on call tonight but Delphine is Dr. Blaylock's. Her home INR came back 4.8 on the Coaguchek this afternoon, she's taking 5 mg daily. No bleeding per her. She asked if she should skip tonight's dose. I told her somebody would call by 7. Who wants it?

Tonya""")

add('phi-names', 'Mullins', 'Gary Slone <gslone@willowbendcare.com>', 'Admissions <admissions@willowbendcare.com>',
    'Thu, 05 Nov 2026 09:02:11 -0600', 'Re: Bed for Hobart\'s dad',
"""Hobart from maintenance asked me if we have a bed coming open. His dad (Virgil Mullins) is finishing up at Harlan Ridge on the swing bed and the case manager there, Deb something, says he can't go home alone. Hobart wants him here so he can look in on him. Can somebody from admissions call Hobart? I told him I'd pass it on.

Gary

> Gary -- which unit, and does he know if Medicare days are left? - Rhonda, Admissions""")

add('phi-names', 'Fugate', 'Krista Noble <knoble@keystonedx.com>', 'Mammo Team <mammo@keystonedx.com>',
    'Fri, 06 Nov 2026 10:40:00 -0500', 'callback list -- please read',
"""Hi all,

Quick one. Mrs. Fugate (the lady who brought the pie last year, Ida Mae) came in for her screening Tuesday and we need her back for extra views + ultrasound. Carol has tried her home twice. If she calls, please do not just leave it at "we need you to come back" -- she panicked last time. Transfer to me or to Brenda Holt and we'll explain.

Thanks, Krista""")

add('phi-names', 'Ritchie', 'Dr. Priya Raman <praman@hrmh.org>', 'Carla Whitt <cwhitt@hrmh.org>',
    'Mon, 09 Nov 2026 07:15:28 -0600', 'Lonnie',
"""Carla, Lonnie Ritchie's PFTs from the 5th are in -- please get him on my Thursday clinic, and ask him to bring every inhaler he has in the house, actually in the bag. Last time he had three of the same one.

P.""")

add('phi-names', 'Whitaker', 'Brandi Sexton <bsexton@cedarforkmed.com>', 'Jolene Pruitt <jpruitt@cedarforkmed.com>',
    'Tue, 10 Nov 2026 11:47:36 -0500', 'ugh - Whitaker kids',
"""Jolene the Whitaker twins mom is here at the window, she says both boys need their sports physicals AND the older one's ADHD med refill and nobody called her back. Mason and Tyler. They're on Medicaid through Passport. Dr F has an opening at 3:15 for one of them only. What do you want me to tell her??

B""", html="""<div style="font-family:Segoe UI;font-size:10.5pt">Jolene the Whitaker twins mom is here at the window, she says both boys need their sports physicals AND the older one's ADHD med refill and nobody called her back. Mason and Tyler. They're on Medicaid through Passport. Dr F has an opening at 3:15 for one of them only. What do you want me to tell her??<br><br>B</div>""")

add('phi-names', 'Hollins', 'Deb Castle, RN CM <dcastle@hrmh.org>', 'Rhonda Sturgill <rsturgill@willowbendcare.com>',
    'Wed, 11 Nov 2026 15:30:04 -0600', 'RE: Bed for Hobart\'s dad / also Mrs Hollins',
"""Rhonda,

Thanks for calling Hobart. Separate thing -- Bernadette Hollins, the one we talked about last week, her PT finally signed off on SNF level, she's needing max assist for transfers. Her last day of swing bed coverage is the 16th. Family (nephew Curtis) prefers Willow Bend. Can you take a look at the referral packet? I'll fax it over this afternoon.

Deb Castle RN
Case Management, Harlan Ridge Memorial
606-589-3100 x4417

-----Original Message-----
From: Rhonda Sturgill
Sent: Wednesday, November 11, 2026 1:12 PM
To: Deb Castle
Subject: Bed for Hobart's dad

Deb, we should have a bed on Unit 2 early next week. Can you send his PT notes and current MAR?
""")

add('phi-names', 'Stidham', 'Amber Lykins <alykins@hrmh.org>', 'Nate Combs <ncombs@hrmh.org>',
    'Thu, 12 Nov 2026 08:20:15 -0600', 'Bubba',
"""Nate - Bubba Stidham (real name Ronald, chart is under Ronald E) is in the lobby, his sleep study was supposed to be last night and nobody showed to run it. He's hot about it. Can you find out what happened with the sleep tech and get him rescheduled before he leaves? He drove in from Cumberland.

Amber, Registration""")
# ---------------------------------------------------------------- phi-lists
add('phi-lists', 'Caldwell', 'Heather Lyle <hlyle@hrmh.org>', 'Clinic Nurses <clinicRN@hrmh.org>',
    'Mon, 02 Nov 2026 07:05:00 -0600', 'Ridge Family Clinic - today\'s callbacks',
"""Morning. Here's the list from the weekend voicemail. Initial when done.

Name                 DOB        Phone          Re
-------------------  ---------  -------------  --------------------------------
Caldwell, Imogene    04/02/41   606-589-1177   wants A1c results
Boggs, Terrance      11/19/79   606-633-0458   refill tramadol - NEEDS MD
Lewis, Shay (mom)    child 2y   606-272-9914   fever since Sat, Motrin ok?
Napier, Otis         06/06/52   606-589-3306   swollen leg, pls call ASAP
Hensley, Grace       09/30/88   606-420-1165   pap result letter not rec'd

Otis first please.

Heather""")

add('phi-lists', 'Adkins', 'Rhonda Sturgill <rsturgill@willowbendcare.com>', 'IDT <idt@willowbendcare.com>',
    'Tue, 03 Nov 2026 16:15:22 -0600', 'Care conf schedule wk of 11/9',
"""Care conferences next week, please have your sections charted by the Friday before.

MON 11/9
  10:00  Adkins, Pearl (Rm 104)      quarterly   - daughter by phone
  10:30  Crase, Willard (Rm 118)     significant change (weight loss)
TUE 11/10
  2:00   Maggard, Opal (Rm 207)      admission 14-day
  2:30   Dixon, Rev. Harold (Rm 211) quarterly
WED 11/11
  9:00   Ison, Virginia (Rm 102)     discharge planning - going to son's in Ohio

Dietary please bring Willard's weights for last 90 days.

Rhonda Sturgill, MDS Coordinator""")

add('phi-lists', 'Kincaid', 'Travis Hurt <thurt@keystonedx.com>', 'Dana Kirchner <dkirchner@keystonedx.com>',
    'Wed, 04 Nov 2026 11:25:47 -0500', 'No-shows CT Hazard yesterday',
"""Dana pasting from the schedule screen, these are the no-shows from yesterday for CT. Can the call center work them?

Time	Patient	MRN	Exam	Ordering
07:30	KINCAID, MICHAEL J	KD00377120	CT ABD/PELVIS W CONTRAST	RAMAN P
09:15	SPEARS, LYNETTE	KD00402931	CT HEAD WO	LANDRY M
10:00	JOHNSON, ALVIN R	KD00299845	CT CHEST LOW DOSE SCREEN	BLAYLOCK A
13:45	COUCH, BRITTANY	KD00418003	CT SINUS WO	FEINSTEIN J

Michael Kincaid called at 2 and said he had a flat, he wants to rebook, rest didn't call.

Travis""")

add('phi-lists', 'Ferrell', 'Julie Akers <jakers@cedarforkmed.com>', 'Billing <billing@cedarforkmed.com>',
    'Thu, 05 Nov 2026 09:48:30 -0500', 'Prairie Mutual denials - need auth #s',
"""Pasted from the denial worklist (Prairie Mutual, all CO-197 no precert):

| Patient            | Acct     | DOS        | CPT   | Billed  |
|--------------------|----------|------------|-------|---------|
| Ferrell, Dwayne    | 3004471  | 09/22/2026 | 72148 | 1,240.00|
| Sturgeon, Kayla    | 3004502  | 09/29/2026 | 73721 | 1,180.00|
| Ferrell, Dwayne    | 3004471  | 10/02/2026 | 20610 |   210.00|
| Oakes, Marlene     | 2998816  | 10/06/2026 | 95810 | 2,760.00|

I think Dwayne's MRI did get an auth, Shelby remembers calling it in. Can somebody check the portal before we appeal? Timely filing on the first one is 12/21.

Julie""", html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Pasted from the denial worklist (Prairie Mutual, all CO-197 no precert):</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#DDEBF7"><th>Patient</th><th>Acct</th><th>DOS</th><th>CPT</th><th>Billed</th></tr>
<tr><td>Ferrell, Dwayne</td><td>3004471</td><td>09/22/2026</td><td>72148</td><td align="right">1,240.00</td></tr>
<tr><td>Sturgeon, Kayla</td><td>3004502</td><td>09/29/2026</td><td>73721</td><td align="right">1,180.00</td></tr>
<tr><td>Ferrell, Dwayne</td><td>3004471</td><td>10/02/2026</td><td>20610</td><td align="right">210.00</td></tr>
<tr><td>Oakes, Marlene</td><td>2998816</td><td>10/06/2026</td><td>95810</td><td align="right">2,760.00</td></tr>
</table>
<p>I think Dwayne's MRI did get an auth, Shelby remembers calling it in. Can somebody check the portal before we appeal? Timely filing on the first one is 12/21.</p>
<p>Julie</p></body></html>""")

add('phi-lists', 'Bentley', 'Kacie Ward <kward@hrmh.org>', 'Med-Surg Nurses <medsurg@hrmh.org>',
    'Fri, 06 Nov 2026 18:58:10 -0600', 'census for tonight',
"""Census 7p (6 acute, 2 swing):

1 - Bentley, Harold  -- post-op day 2 lap chole, ambulating, d/c likely AM
2 - empty
3 - Dunleavy, Roy -- vanc, trough 0530 again
4 - Cornett, Esther -- swing, PT BID
5 - Hollins, Bernadette -- swing, waiting on Willow Bend
6 - Reedy, Cole -- obs, tele, troponins q6
7 - Jent, Mary Lou -- q2 turns, family at bedside
8 - Tackett, Billy -- CIWA, last score 9

K.""", enc='7bit')

add('phi-lists', 'Halcomb', 'Brenda Holt <bholt@keystonedx.com>', 'Krista Noble <knoble@keystonedx.com>',
    'Mon, 09 Nov 2026 13:20:55 -0500', 'BI-RADS 0 follow ups - still open',
"""Krista, these are still open from October. I put the number of attempts in the last column.

  - Halcomb, Sue Ellen   DOB 2/14/1966   screen 10/03   dx mammo L + US    3 attempts, letter sent 10/24
  - Fugate, Ida Mae      DOB 8/8/1944    screen 11/03   dx mammo R         2 attempts
  - Pratt, Renee         DOB 12/1/1979   screen 10/17   US only            scheduled 11/13 (done? check)
  - Amburgey, Joyce      DOB 5/22/1958   screen 10/21   dx mammo bilat     wrong number on file

I'm going to ask Dr. Cheng's office for a new number on Joyce.

Brenda""")

add('phi-lists', 'Mosley', 'Angie Carr <acarr@willowbendcare.com>', 'Consultant Pharmacist <rxreview@southernltcpharm.com>',
    'Tue, 10 Nov 2026 10:10:10 -0600', 'Gradual dose reduction candidates - Unit 2',
"""Hi Martin,

For your visit Thursday, these are the ones the team flagged for GDR review. Pulled from the MAR report.

* Mosley, Clarence 203A - quetiapine 25 mg HS, no behaviors logged x 60 days
* Ratliff, Edna 205B - lorazepam 0.5 mg BID PRN, used 2x in Oct
* Justice, Homer 209A - mirtazapine 15 mg, weight now stable
* Hall, Dorothy "Dot" 214B - sertraline 100 mg, family asking about lowering

Dot's son is POA and wants a call before anything changes.

Angie Carr, DON
Willow Bend Care Center""")

add('phi-lists', 'Gayheart', 'Nate Combs <ncombs@hrmh.org>', 'Dr. Priya Raman <praman@hrmh.org>',
    'Wed, 11 Nov 2026 09:00:03 -0600', 'Thursday clinic - overbooked',
"""Dr. Raman, Thursday is at 22 with Lonnie added. Here is what I'd move if you're ok with it:

08:00  Gayheart, Norma       6 mo f/u            -> move to 11/24?
08:20  Ritchie, Lonnie       PFT review          KEEP (you asked)
09:40  Stacy, Phillip        sleep study results -> could be telehealth
10:20  Bowling, Autumn       new pt              KEEP
11:00  Yonts, Ray            post-hospital       KEEP
14:40  Cook, Daniel          med check           -> move to 11/24?

Let me know and I'll start calling.
Nate""")

add('phi-lists', 'Banks', 'Jolene Pruitt <jpruitt@cedarforkmed.com>', 'Shelby Raines <sraines@cedarforkmed.com>',
    'Thu, 12 Nov 2026 15:44:38 -0500', 'FW: flu clinic sign-in sheet (typed up)',
"""Shelby can you enter these into the registry? I typed the paper sheet from Saturday's flu clinic at the senior center.

Banks, Edith        3/3/1940    Fluzone HD    L deltoid   lot UJ845AA
Banks, Roscoe       10/12/1938  Fluzone HD    L deltoid   lot UJ845AA
Couch, Wanda        7/7/1951    Fluzone HD    R deltoid   lot UJ845AA
Miniard, Jewell     1/29/1947   Fluzone HD + Prevnar 20   L/R   lot UJ845AA / LP2210
Sparkman, Floyd     5/30/1955   declined -- said he got it at Kroger

Thx
Jolene""")
# ---------------------------------------------------------------- phi-struct
add('phi-struct', 'Spurlock', 'Ed Varney <evarney@hrmh.org>', 'Keystone Interface Support <interfaces@keystonedx.com>',
    'Mon, 02 Nov 2026 10:22:40 -0600', 'ORU rejects since Friday - sample below',
"""Hi, our engine is rejecting results from you since Friday's upgrade, error is "PID-3 no match / assigning authority". Sample message below (one of about 40 in the error queue):

MSH|^~\\&|KDP_LIS|KEYSTONE|MEDITECH|HRMH|20261102083011||ORU^R01|KDP88120431|P|2.5.1
PID|1||HR00213394^^^KDPMRN^MR||SPURLOCK^DARLENE^F||19630911|F|||212 LICK BRANCH RD^^WHITESBURG^KY^41858||6066339018
PV1|1|O|RFC^^^HRMH||||1457902211^RAMAN^PRIYA
OBR|1|HR5519023|KD88120431|80053^COMPREHENSIVE METABOLIC PANEL^CPT|||20261030101500
OBX|1|NM|2345-7^GLUCOSE^LN||212|mg/dL|70-99|H|||F
OBX|2|NM|2160-0^CREATININE^LN||1.1|mg/dL|0.6-1.1||||F

You're sending our MRN but with your authority KDPMRN, should be HRMH. Can you fix on your side?

Ed Varney
Interface Analyst, HRMH IT""")

add('phi-struct', 'Colwell', 'Keystone Interface Support <interfaces@keystonedx.com>', 'Ed Varney <evarney@hrmh.org>',
    'Mon, 02 Nov 2026 14:51:19 -0500', 'RE: ORU rejects since Friday - sample below',
"""Ed,

Mapping fixed at 14:30 ET. Attached are the 3 that will NOT auto-resend because they were corrected results -- please load them manually. Let us know if you see any more rejects.

Thanks,
Shawna Pike
Interface Support | Keystone Diagnostic Partners

> You're sending our MRN but with your authority KDPMRN, should be HRMH. Can you fix on your side?
""", att=[('resend_corrected_20261102.hl7', 'application/octet-stream',
"MSH|^~\\&|KDP_LIS|KEYSTONE|MEDITECH|HRMH|20261102142201||ORU^R01|KDP88120977|P|2.5.1\r"
"PID|1||HR00198802^^^HRMH^MR||COLWELL^ARTHUR^L||19500402|M|||88 CARR FORK RD^^HAZARD^KY^41701\r"
"OBR|1|HR5518870|KD88119002|85025^CBC W AUTO DIFF^CPT|||20261029074500|||||||||1457902211^RAMAN^PRIYA||||||20261102142000|||C\r"
"OBX|1|NM|718-7^HEMOGLOBIN^LN||9.2|g/dL|13.5-17.5|L|||C\r"
"NTE|1||CORRECTED RESULT: PREVIOUSLY REPORTED AS 12.9 ON 10/29/2026. PREVIOUS RESULT ENTERED ON WRONG SPECIMEN.\r"
"MSH|^~\\&|KDP_LIS|KEYSTONE|MEDITECH|HRMH|20261102142202||ORU^R01|KDP88120978|P|2.5.1\r"
"PID|1||HR00207715^^^HRMH^MR||HAMPTON^SHIRLEY^J||19720118|F\r"
"OBR|1|HR5518871|KD88119003|84443^TSH^CPT|||20261029080000|||||||||1457902211^RAMAN^PRIYA||||||20261102142000|||C\r"
"OBX|1|NM|3016-3^TSH^LN||0.08|uIU/mL|0.45-4.5|L|||C\r"
"MSH|^~\\&|KDP_LIS|KEYSTONE|MEDITECH|HRMH|20261102142203||ORU^R01|KDP88120979|P|2.5.1\r"
"PID|1||HR00188641^^^HRMH^MR||COMBS^TERRY^W||19810525|M\r"
"OBR|1|HR5518874|KD88119007|83036^HEMOGLOBIN A1C^CPT|||20261029082000|||||||||1457902211^RAMAN^PRIYA||||||20261102142000|||C\r"
"OBX|1|NM|4548-4^HGB A1C^LN||7.9|%|4.0-5.6|H|||C\r")])

add('phi-struct', 'Adams', 'Julie Akers <jakers@cedarforkmed.com>', 'EDI Support - Bluegrass Clearinghouse <edisupport@bgclearing.com>',
    'Tue, 03 Nov 2026 13:37:09 -0500', 'Ticket 44817 - 837P rejected at payer, file attached',
"""Hi,

Per phone call with Marcus, attaching the 837P batch that Prairie Mutual rejected with "2010BA NM109 invalid". Only one claim in it. The member ID matches the card we have scanned, so I don't understand the reject.

Julie Akers
Billing, Cedar Fork Medical Associates
606-633-2010""", att=[('CFMA_837P_20261102_01.x12', 'text/plain',
"ISA*00*          *00*          *ZZ*CFMA0417       *ZZ*BGCLEAR        *261102*1612*^*00501*000004417*0*P*:~"
"GS*HC*CFMA0417*BGCLEAR*20261102*1612*4417*X*005010X222A1~ST*837*0001*005010X222A1~"
"BHT*0019*00*CF4417*20261102*1612*CH~NM1*41*2*CEDAR FORK MEDICAL ASSOCIATES*****46*CFMA0417~PER*IC*JULIE AKERS*TE*6066332010~"
"NM1*40*2*PRAIRIE MUTUAL HEALTH*****46*PMH01~HL*1**20*1~NM1*85*2*CEDAR FORK MEDICAL ASSOCIATES*****XX*1730288415~"
"N3*400 MAIN ST~N4*WHITESBURG*KY*41858~REF*EI*611234567~HL*2*1*22*0~SBR*P*18*PMH4410****CI~"
"NM1*IL*1*ADAMS*LEVI*R***MI*PMH0088213401~N3*14 POOR FORK RD~N4*CUMBERLAND*KY*40823~DMG*D8*19770614*M~"
"NM1*PR*2*PRAIRIE MUTUAL HEALTH*****PI*PMH01~CLM*3004519*185***11:B:1*Y*A*Y*Y~HI*ABK:M5416~"
"NM1*82*1*BLAYLOCK*AARON****XX*1588620193~LX*1~SV1*HC:99214*185*UN*1***1~DTP*472*D8*20261027~"
"SE*21*0001~GE*1*4417~IEA*1*000004417~\n", 'us-ascii', 'b64')])

add('phi-struct', 'Ingram', 'Prairie Mutual Health Provider Services <provider.eft@prairiemutual.com>', 'billing@cedarforkmed.com',
    'Wed, 04 Nov 2026 05:00:00 -0600', 'Remittance advice - EFT 0004471932',
"""Your 835 remittance for EFT trace 0004471932 is attached. This is an automated message.

Prairie Mutual Health | Provider Services | 1-800-442-7710""",
    att=[('ERA_0004471932.835', 'application/octet-stream',
"ISA*00*          *00*          *ZZ*PMH01          *ZZ*CFMA0417       *261104*0500*^*00501*000118820*0*P*:~GS*HP*PMH01*CFMA0417*20261104*0500*118820*X*005010X221A1~ST*835*0001~"
"BPR*I*312.40*C*ACH*CCP*01*071000013*DA*4471102*1390012201**01*083000137*DA*0092281*20261104~TRN*1*0004471932*1390012201~"
"N1*PR*PRAIRIE MUTUAL HEALTH~N1*PE*CEDAR FORK MEDICAL ASSOCIATES*XX*1730288415~LX*1~"
"CLP*3004488*1*420*312.40*45*12*PMH26301188402*11*1~NM1*QC*1*INGRAM*LUCILLE*M***MI*PMH0071120902~"
"NM1*82*1*FEINSTEIN*JOEL****XX*1649921044~DTM*232*20261019~"
"SVC*HC:99203*235*182.40**1~CAS*PR*2*45~SVC*HC:93000*60*50**1~CAS*CO*45*10~"
"SVC*HC:81002*25*20**1~CAS*CO*45*5~SVC*HC:36415*100*60**1~CAS*CO*45*40~"
"SE*16*0001~GE*1*118820~IEA*1*000118820~")])

add('phi-struct', 'Napier', 'Amber Lykins <alykins@hrmh.org>', 'Pat Ogle <pogle@hrmh.org>',
    'Thu, 05 Nov 2026 08:44:12 -0600', 'eligibility response looks weird',
"""Pat, I ran eligibility on Otis Napier for his clinic visit today and got this back. Is he termed or not? The screen says ACTIVE but I see a 6 in there.

HL*1**20*1~NM1*PR*2*KENTUCKY MEDICAID MCO - WELLCARE*****PI*61146~HL*2*1*21*1~NM1*1P*2*HARLAN RIDGE MEMORIAL HOSPITAL*****XX*1922104478~
HL*3*2*22*0~TRN*2*HR20261105A*9HRMH00001~NM1*IL*1*NAPIER*OTIS*E***MI*7721045580~N3*3 SUGAR CAMP RD~N4*WHITESBURG*KY*41858~DMG*D8*19520606*M~
EB*1*IND*30**MEDICAID MANAGED CARE~DTP*346*D8*20250101~EB*6*IND*30~DTP*347*D8*20261031~EB*R**30*OT*NURSING HOME~

Amber""")

add('phi-struct', 'Crase', 'Angie Carr <acarr@willowbendcare.com>', 'Medical Records <hims@willowbendcare.com>',
    'Fri, 06 Nov 2026 12:01:45 -0600', 'FW: discharge summary export from HRMH portal',
"""Please scan into Willard's chart. It came as a file, not a PDF.

-Angie""", att=[('ccd_crase_w.xml', 'application/octet-stream',
"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.8"/>
  <title>Discharge Summary</title>
  <effectiveTime value="20261030"/>
  <recordTarget><patientRole>
    <id extension="HR00176653" root="2.16.840.1.113883.3.1922104478"/>
    <addr><streetAddressLine>Willow Bend Care Center Rm 118</streetAddressLine><city>Whitesburg</city><state>KY</state></addr>
    <patient><name><given>Willard</given><given>Lee</given><family>Crase</family></name>
      <administrativeGenderCode code="M"/><birthTime value="19360315"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Hospital Course</title>
      <text>Admitted 10/26 via ED after 3 days poor oral intake. IV fluids, speech therapy swallow study 10/28 - advanced to mechanical soft. Weight on discharge 61.2 kg.</text></section></component>
    <component><section><title>Discharge Medications</title>
      <text><list><item>Mirtazapine 7.5 mg PO at bedtime (NEW)</item><item>Ensure Plus 1 bottle PO TID (NEW)</item><item>Amlodipine 5 mg PO daily (unchanged)</item></list></text></section></component>
  </structuredBody></component>
</ClinicalDocument>
""")])

add('phi-struct', 'Banerjee', 'Ridge Family Clinic Fax <fax2mail@hrmh.org>', 'Ridge Family Clinic <rfc@hrmh.org>',
    'Mon, 09 Nov 2026 14:32:00 -0600', 'Fax received from 8596721400 (3 pages)',
"""You have received a 3 page fax. OCR text of page 1 follows.

----------------------------------------------
UK HEALTHCARE - GILL HEART & VASCULAR
FAX COVER SHEET

TO: Ridge Family Clinic / Dr. Raman        FAX: 606-589-3199
FROM: Cardiology Clinic, Lexington         PHONE: 859-672-1400
DATE: 11/09/2026     PAGES (incl cover): 3

RE: BANERJEE, SUNIL   DOB 01/22/1961
Echo + clinic note from visit 11/06/2026. Patient to follow up with PCP for med reconciliation within 2 weeks. Holter ordered, pt to return 12/01.

CONFIDENTIALITY NOTICE: This facsimile contains information that is privileged and confidential. If you received this in error, call the sender and destroy all copies.
----------------------------------------------
""")

add('phi-struct', 'Trent', 'Ed Varney <evarney@hrmh.org>', 'Portal Vendor Support <support@mychartlite.io>',
    'Tue, 10 Nov 2026 09:09:09 -0600', 'Case 00419922 - Patient resource returns wrong phone',
"""Hello,

As requested, raw response from GET /fhir/R4/Patient/hr-00219904 on your sandbox pointing at our PROD mirror. The telecom entry is the old number; our ADT has 606-272-5015 since 10/2. Also the Appointment bundle below is fine -- including so you can see the link.

{
  "resourceType": "Patient",
  "id": "hr-00219904",
  "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.1922104478", "value": "HR00219904"}],
  "name": [{"family": "Trent", "given": ["Melissa", "Ann"]}],
  "telecom": [{"system": "phone", "value": "606-272-0991", "use": "mobile"}],
  "gender": "female",
  "birthDate": "1990-08-27"
}
{
  "resourceType": "Appointment",
  "id": "appt-551903",
  "status": "booked",
  "serviceType": [{"text": "OB ULTRASOUND 20 WK"}],
  "start": "2026-11-17T09:30:00-06:00",
  "participant": [{"actor": {"reference": "Patient/hr-00219904"}}, {"actor": {"display": "HRMH Imaging US Room 2"}}]
}

Ed Varney, HRMH IT""")

add('phi-struct', 'Lucas', 'Dana Kirchner <dkirchner@keystonedx.com>', 'Julie Akers <jakers@cedarforkmed.com>',
    'Wed, 11 Nov 2026 16:05:29 -0500', 'Oct outside-read charges for your pts (csv)',
"""Julie, as discussed, here are October outside reads we billed to your practice under the purchased-service agreement. Zipped because our mail strips csv's.

Dana Kirchner
Keystone Diagnostic Partners | Client Services""",
    att=[('CFMA_purchased_svc_oct2026.zip', 'application/zip', ('CFMA_purchased_svc_oct2026.csv',
"acct,patient_last,patient_first,dob,dos,cpt,description,amount\n"
"KD00401127,LUCAS,RAYMOND,1959-02-11,2026-10-02,93306,ECHO COMPLETE W DOPPLER,310.00\n"
"KD00401981,HOSKINS,TAMMY,1984-07-30,2026-10-09,76805,OB US >14WK,185.00\n"
"KD00402210,LUCAS,RAYMOND,1959-02-11,2026-10-15,93880,DUPLEX CAROTID BILAT,240.00\n"
"KD00403377,GIBSON,EULA,1947-12-03,2026-10-21,77080,DXA BONE DENSITY,95.00\n"
"KD00403902,SLONE,KENNETH,1970-05-18,2026-10-28,93880,DUPLEX CAROTID BILAT,240.00\n"))])
# ---------------------------------------------------------------- phi-self
add('phi-self', 'Hensley', 'Grace Hensley <gracieh88@gmail.com>', 'Ridge Family Clinic <rfc@hrmh.org>',
    'Sun, 01 Nov 2026 21:14:50 -0600', 'still waiting on my letter',
"""Hi, this is Grace Hensley, I had my pap done Sept 30 with the nurse practitioner. I was told I'd get a letter in 2 weeks and its been a month. Nobody answers the phone after 4. Can someone just email me if it was normal or not?? My birthday is 9/30/88 if you need it to look me up. I'm going a little crazy waiting.

Grace""")

add('phi-self', 'Albright', 'Connie Albright Sloan <csloan.home@outlook.com>', 'Harlan Ridge Infusion <infusion@hrmh.org>',
    'Fri, 06 Nov 2026 11:48:33 -0600', 'Mom\'s infusion - Saturday?',
"""Good morning,

I'm writing about my mother, Frances Albright. She gets her IVIG with you every 4 weeks and the next one is Tuesday the 10th. I have been taking off work to drive her and my supervisor has told me I can't take another Tuesday this month. Is there any way she could come Saturday the 7th instead? If not, I may be able to get my brother to bring her but he'd need to know by tonight.

Her Dr. is Dr. Raman. Thank you for everything you all do, she loves the nurses there.

Connie Sloan
(859) 444-2091

Sent from Outlook for Android""")

add('phi-self', 'Maggard', 'Sharon Maggard <smaggard1961@yahoo.com>', 'Rhonda Sturgill <rsturgill@willowbendcare.com>',
    'Mon, 09 Nov 2026 20:30:17 -0600', 'Re: Care conference Tuesday 2pm',
"""Rhonda

I will call in Tuesday at 2 but I want to put some things in writing first so they don't get lost.

1. Mom (Opal) has lost her glasses twice since she got there. Without them she can't do the puzzles and she just sits.
2. She told me the night aide is rough with her when she changes her. I don't know if it's true, mom gets confused at night, but I want it looked into.
3. The therapy lady said mom could maybe come home with me by Christmas if she keeps working. Is that still the plan? I need to know to get the bathroom done.

Thank you,
Sharon Maggard (daughter)

On Mon, Nov 9, 2026 at 3:02 PM Rhonda Sturgill <rsturgill@willowbendcare.com> wrote:
> Hi Sharon, just confirming Opal's 14-day care conference is Tuesday 11/10 at 2:00. Call-in number is 606-589-4400 ext 300. - Rhonda
""")

add('phi-self', 'Boggs', 'MyHealth Ridge Portal <noreply@portal.hrmh.org>', 'Ridge Family Clinic Nurse Pool <clinicRN@hrmh.org>',
    'Tue, 10 Nov 2026 06:02:44 -0600', 'New patient message: Terrance Boggs (MRN HR00150336)',
"""New message from portal user.

Patient: Terrance Boggs    MRN: HR00150336
Subject: pain pills
Message:
ive called 3 times about my refill. I take 1 at night for my back since the fall at work, I'm out since Friday and I cant sleep. Dr Raman knows me. if theres a problem just tell me and ill come in. please dont make me go to the ER for this

Reply within the portal. Do not reply to this email.""")

add('phi-self', 'Ingram', 'Lucille Ingram <lucilleingram@windstream.net>', 'billing@cedarforkmed.com',
    'Thu, 12 Nov 2026 10:12:00 -0500', 'bill',
"""To whom it may concern I got a bill for $45.00 from my visit with Dr Feinstein October 19 and then another one says $57.00. I already paid $45 at the desk that day by check #2214. My insurance is Prairie Mutual. Please explain or fix. I am on a fixed income and I don’t want this going to collections.

Lucille M. Ingram
1140 Kingdom Come Rd
Cumberland KY 40823""", cs='windows-1252')

add('phi-self', 'Reyes', 'Tomas Reyes <treyes.truckin@gmail.com>', 'Keystone Diagnostic Partners <info@keystonedx.com>',
    'Fri, 13 Nov 2026 07:41:09 -0500', 'need my DOT drug screen results sent to employer',
"""hello, I did my DOT physical and urine screen at your Hazard location on 11/6. My employer (Big Sandy Freight) says they havent got the result and I can't drive until they do. My name Tomas Reyes, DOB 04/15/1983, CDL in Kentucky. Please fax to 606-436-7720 attention Sheila. thank you

Tomas
606-216-5530""")
# ---------------------------------------------------------------- phi-ids
add('phi-ids', '', 'Pat Ogle <pogle@hrmh.org>', 'Amber Lykins <alykins@hrmh.org>',
    'Mon, 02 Nov 2026 09:55:30 -0600', 'acct 7730019 SP',
"""7730019 - self pay, colonoscopy 10/14. Pt called, wants payment plan. Set up 12 mo at $58. Note it.
P""")

add('phi-ids', '', 'Prairie Mutual UM <um-notify@prairiemutual.com>', 'Cedar Fork Medical Associates <inbox@cedarforkmed.com>',
    'Tue, 03 Nov 2026 14:00:00 -0600', 'Authorization decision - Ref PA-2026-1104882',
"""Prior authorization update

Reference:      PA-2026-1104882
Member ID:      PMH0088213401
Member DOB:     06/14/1977
Service:        72148 MRI lumbar spine w/o contrast
Rendering:      Keystone Diagnostic Partners - Hazard
Decision:       APPROVED  (1 unit, valid 11/03/2026 - 01/31/2027)

Log in to the provider portal for the full determination letter.
This e-mail may contain confidential member information.""")

add('phi-ids', '', 'Julie Akers <jakers@cedarforkmed.com>', 'Medicaid Provider Relations <provrel@wellcareky-example.com>',
    'Wed, 04 Nov 2026 11:11:11 -0500', 'Claim 26301004417 - recoup question',
"""Hello,

We received a recoupment notice on claim 26301004417 (member ID 7721045580, DOS 07/22/2026, 99213 + 96372). The letter says "duplicate" but there is only one claim for that date in our system. Can you tell us which claim it duplicated?

Thank you,
Julie Akers, Cedar Fork Medical Associates, NPI 1730288415""")

add('phi-ids', '', 'Kacie Ward <kward@hrmh.org>', 'Lab <lab@hrmh.org>',
    'Thu, 05 Nov 2026 04:12:50 -0600', 'HR00204451',
"""HR00204451 - add on mag and phos to the 0300 draw if still have it. Bed 6. Thx""")

add('phi-ids', '', 'Tina Cornett <tcornett@willowbendcare.com>', 'Southern LTC Pharmacy <orders@southernltcpharm.com>',
    'Fri, 06 Nov 2026 15:35:35 -0600', 'Resident 40218 - stat',
"""Resident ID 40218, DOB 3/15/36, Unit 2 Rm 118. New order from Dr. Landry: ceftriaxone 1 g IM daily x 3 days, first dose tonight. Need it on the 6pm run. Allergies per profile (sulfa). Please confirm receipt.

Tina Cornett RN""")
# ---------------------------------------------------------------- phi-lang
add('phi-lang', 'Morales', 'Yesenia Morales <yesi.morales22@hotmail.com>', 'Ridge Family Clinic <rfc@hrmh.org>',
    'Mon, 02 Nov 2026 19:20:41 -0600', 'cita de mi hijo',
"""Buenas noches,

Les escribo por mi hijo Jesús Morales Ortiz, tiene 6 años (nació el 3 de marzo de 2020). La doctora Raman le mandó hacer análisis de sangre y una radiografía del pecho la semana pasada y todavía no nos llaman con los resultados. También necesito la forma de vacunas para la escuela, me dijeron que sin eso no lo dejan regresar el lunes.

Mi número es 606-216-3384. Yo hablo poquito inglés, si pueden llamar con intérprete se los agradezco.

Gracias,
Yesenia Morales""", cs='iso-8859-1', enc='qp')

add('phi-lang', 'Nguyễn', 'Lan Nguyen <lannguyen.nail@gmail.com>', 'Keystone Diagnostic Partners <info@keystonedx.com>',
    'Tue, 03 Nov 2026 12:05:17 -0500', 'Kết quả siêu âm của mẹ tôi',
"""Chào anh chị,

Tôi là Lan, con gái của bà Nguyễn Thị Hoa (sinh ngày 12/05/1955). Mẹ tôi đã siêu âm bụng ở Hazard ngày 28/10 theo giấy của bác sĩ Blaylock. Phòng khám nói chưa nhận được kết quả. Xin vui lòng gửi kết quả cho bác sĩ Blaylock, và cho tôi biết khi nào có.

Mẹ tôi không nói được tiếng Anh, xin gọi cho tôi: 606-436-2217.

Cảm ơn,
Lan Nguyen""", enc='b64')

add('phi-lang', 'Joseph', 'Marie-Claude Joseph <mcjoseph.ky@gmail.com>', 'Willow Bend Care Center <info@willowbendcare.com>',
    'Wed, 04 Nov 2026 08:50:00 -0600', 'Papa m - Jean-Baptiste Joseph chanm 209',
"""Bonjou,

Mwen se pitit fi Jean-Baptiste Joseph ki nan chanm 209. Yè swa lè m te vin wè l, li te gen yon gwo ematom sou bra gòch li e pesonn pa t ka di m sa k te pase. Li pa t manje tou. Mwen vle pale ak enfimyè a oswa direktè a jodi a. Tanpri rele m nan 606-589-7730.

Tanpri tou, yo te di m yo ta ba li piki pou grip la, èske sa fèt?

Mèsi,
Marie-Claude Joseph""")

add('phi-lang', 'Jent', 'Rowena Dela Cruz <rdelacruz@hrmh.org>', 'Joy Manalo <jmanalo@hrmh.org>',
    'Thu, 05 Nov 2026 23:40:08 -0600', 'pasabay lang',
"""Joy, pasabay lang -- yung patient sa room 7, si Mrs. Jent, hindi pa na-flush yung PICC line kanina, sabi ng day shift gagawin daw pero wala sa MAR. Paki-check mo pag rounds mo ng 0200. Also her son is calling every hour, sabihin mo na lang na stable siya at si Dr. Landry mag-uupdate bukas ng umaga.

Salamat ha!
Weng""")

add('phi-lang', 'Zielińskiego', 'Krzysztof Zielinski <kzielinski1950@wp.pl>', 'Cedar Fork Medical Associates <inbox@cedarforkmed.com>',
    'Fri, 06 Nov 2026 03:15:44 +0100', 'Recepta dla ojca / prescription for my father',
"""Dzień dobry / Good day,

Piszę w imieniu mojego ojca, Henryka Zielińskiego (ur. 02.09.1950), który jest u Państwa pacjentem u dr. Feinsteina. Jestem w Polsce, ojciec mieszka sam w Whitesburg. On mówi, że skończyły mu się tabletki na ciśnienie (amlodipine) i insulina. Czy można wysłać receptę do apteki?

Sorry my English is not good. Father is out of amlodipine and insulin pens. Pharmacy: Rite Aid Whitesburg. Please call him 606-633-4471, he understands a little English.

Dziękuję,
Krzysztof Zieliński""", cs='iso-8859-2')
# ---------------------------------------------------------------- clean-staff
add('clean-staff', '', 'Kacie Ward <kward@hrmh.org>', 'Med-Surg Nurses <medsurg@hrmh.org>',
    'Mon, 02 Nov 2026 15:30:00 -0600', 'Thanksgiving week schedule - swaps due Friday',
"""Hi all,

Draft schedule for Thanksgiving week is on the board by the Pyxis. Marcy and Tamsin are both requesting Thursday off, so one of you needs to swap or we'll go by seniority. Travel nurse (Dustin) is here through 12/12 and can pick up a Wednesday night.

Also the new vitals machines are in -- Rick from biomed will do 15-minute in-services at 0700 and 1900 on Tuesday and Wednesday. Please go to one.

Kacie""")

add('clean-staff', '', 'Rick Batten <rbatten@hrmh.org>', 'Imaging Staff <imaging@hrmh.org>',
    'Tue, 03 Nov 2026 08:00:00 -0600', 'CT down 10-2 Thursday for PM',
"""CT will be down Thursday 11/5 from 10:00 to about 14:00 for the GE preventive maintenance. ED is aware -- anything urgent in that window goes to Keystone Hazard by ambulance per the downtime agreement; the transfer center has the form.

Please don't schedule outpatients in that block. If something's already booked, move it and let the ordering office know.

Rick""")

add('clean-staff', '', 'Angie Carr <acarr@willowbendcare.com>', 'All Nursing <nursing@willowbendcare.com>',
    'Wed, 04 Nov 2026 14:45:12 -0600', 'falls - October numbers and what we\'re changing',
"""Team,

October we had 9 falls, up from 5 in September; 6 were on nights, 7 were unwitnessed, 4 happened between 0400 and 0600 (bathroom trips). Nobody was seriously hurt, thank God.

Starting Monday:
- 0400 toileting round on both units, CNAs document in the kiosk
- bed alarms get checked at the start of every shift, not just when we remember
- post-fall huddle within 1 hour, use the new half-page form (copies at the nurses' station)

I know nights are short. I've got two CNA positions posted and a sign-on bonus approved.

Angie""")

add('clean-staff', '', 'Dr. Joel Feinstein <jfeinstein@cedarforkmed.com>', 'Providers <providers@cedarforkmed.com>',
    'Thu, 05 Nov 2026 20:10:33 -0500', 'interesting case for Tuesday lunch',
"""For Tuesday's lunch-and-learn I'll present a de-identified case: 60s male, rural, presented to clinic with 3 weeks of fatigue and "just not right," normal vitals, turned out to be something none of us guessed. I've stripped the dates and locations. Slides will be on the shared drive Monday -- please don't forward outside the group anyway.

Bring your own lunch, the pharma rep cancelled.

Joel""")

add('clean-staff', '', 'Shelby Raines <sraines@cedarforkmed.com>', 'Jolene Pruitt <jpruitt@cedarforkmed.com>',
    'Fri, 06 Nov 2026 12:12:12 -0500', 'phones',
"""Jolene the phone tree is doing it again, option 2 (refills) is dumping people into the general mailbox. I called Windstream, ticket 88412077, they say tomorrow. I put a sign on the door and changed the greeting to say call the main line. Brandi is going to cover refills from the front till it's fixed.

S""")

add('clean-staff', '', 'Heather Lyle <hlyle@hrmh.org>', 'Dr. Priya Raman <praman@hrmh.org>',
    'Mon, 09 Nov 2026 16:58:40 -0600', 'RE: Can we cut the no-show rate?',
"""Dr. Raman,

Looked at Q3 for you. Ridge Family Clinic no-show rate was 14.2% (412 of 2,901 scheduled). Mondays are worst at 19%. Patients who got the text reminder no-showed at 9%, those who only got a phone call at 17%. About a third of our patients don't have a cell on file, which is part of it.

I'd suggest we start collecting cell numbers at check-in and do 2-day + same-morning texts. Vendor says no extra cost.

Heather

-----Original Message-----
From: Priya Raman
Sent: Friday, November 6, 2026 5:20 PM
Subject: Can we cut the no-show rate?

Feels like half my Mondays are empty. Any data?
""")

add('clean-staff', '', 'Deb Castle <dcastle@hrmh.org>', 'Case Management <cm@hrmh.org>',
    'Tue, 10 Nov 2026 07:40:00 -0600', 'out tomorrow - coverage',
"""I'm out Wednesday for a personal day. Wanda is covering swing-bed reviews and the Willow Bend calls. Nothing pending that can't wait except the two Medicare notices due on Unit A -- they're printed and in the blue folder on my desk, just need signatures.

Deb""")
# ---------------------------------------------------------------- clean-admin
add('clean-admin', '', 'HRMH Human Resources <hr@hrmh.org>', 'All Staff <allstaff@hrmh.org>',
    'Mon, 02 Nov 2026 09:00:00 -0600', 'Open enrollment closes November 20',
"""Reminder: benefits open enrollment for 2027 closes Friday, November 20 at 5 pm.

What's changing:
 - Medical plan premiums go up 4% on the PPO, no change on the HDHP
 - HSA employer contribution increases to $750 (single) / $1,500 (family)
 - New: vision plan through EyeMed replaces VSP

If you do nothing, your current elections roll over except FSA, which you MUST re-elect. HR office hours in the cafeteria Tuesday and Thursday 11-1.

HRMH Human Resources | ext 2200""", html="""<html><body style="font-family:Verdana;font-size:10pt">
<h3 style="color:#1F4E79">Open enrollment closes November 20</h3>
<p>Reminder: benefits open enrollment for 2027 closes <b>Friday, November 20 at 5 pm</b>.</p>
<ul><li>Medical plan premiums go up 4% on the PPO, no change on the HDHP</li>
<li>HSA employer contribution increases to $750 (single) / $1,500 (family)</li>
<li>New: vision plan through EyeMed replaces VSP</li></ul>
<p>If you do nothing, your current elections roll over except FSA, which you <u>must</u> re-elect. HR office hours in the cafeteria Tuesday and Thursday 11-1.</p>
<p style="color:#666">HRMH Human Resources | ext 2200</p></body></html>""")

add('clean-admin', '', 'Pat Ogle <pogle@hrmh.org>', 'Revenue Cycle <revcycle@hrmh.org>',
    'Tue, 03 Nov 2026 17:22:19 -0600', 'October close - AR days',
"""October close numbers:

Gross revenue        $4.21M
Net collections      $1.88M
AR days              52.3 (Sept 55.1)
Denial rate          9.8% first pass
Top denial reasons   CO-197 (auth) 31%, CO-16 (missing info) 22%, CO-50 (med necessity) 12%

Auth denials are almost all outpatient imaging. I'm meeting with Keystone's client services next week about who owns precert when we refer out.

Pat Ogle, Director of Revenue Cycle""")

add('clean-admin', '', 'Ridge County EMS <admin@ridgecoems.org>', 'Deb Castle <dcastle@hrmh.org>',
    'Wed, 04 Nov 2026 10:30:00 -0600', 'Updated interfacility transfer rates 2027',
"""Deb,

Attached in text below are the 2027 rates for non-emergency interfacility transports we bill to facilities (not to patients/insurance) under our agreement:

BLS base           $525
ALS1 base          $780
Mileage            $14.50/loaded mile
Wait time          $60/hour after first 30 min

These take effect January 1. Let me know if you want to meet before renewal.

Danny Hall, Operations Manager
Ridge County EMS""")

add('clean-admin', '', 'Willow Bend Care Center <admin@willowbendcare.com>', 'Staff <staff@willowbendcare.com>',
    'Thu, 05 Nov 2026 11:00:00 -0600', 'State survey window opens - be ready',
"""Our annual state survey window opens next week. Surveyors can walk in any day, including weekends.

Quick reminders:
- Keep med carts locked whenever you step away
- No food or drink at the nurses' station
- Know where the fire extinguishers and the disaster binder are
- Be kind and honest. If you don't know an answer, say you'll find out.

If surveyors arrive, front desk calls the administrator and DON immediately.

Wesley Burke, Administrator""")

add('clean-admin', '', 'Julie Akers <jakers@cedarforkmed.com>', 'Pat Ogle <pogle@hrmh.org>',
    'Fri, 06 Nov 2026 13:15:00 -0500', 'Prairie Mutual fee schedule 2027',
"""Pat,

Did you get Prairie Mutual's 2027 fee schedule yet? Ours came yesterday -- E/M codes 99213/99214 up 2.1%, but they cut 93000 (EKG) to $18 and 36415 (venipuncture) to $3. Their new auth list adds 20610 and sleep studies starting 2/1.

Wondering if you're going to push back through the hospital association. We'd sign on.

Julie""")

add('clean-admin', '', 'Keystone Diagnostic Partners <clientservices@keystonedx.com>', 'Cedar Fork Medical Associates <inbox@cedarforkmed.com>',
    'Mon, 09 Nov 2026 09:00:00 -0500', 'Holiday hours - patient service centers',
"""Dear Client,

Patient service center hours for the holidays:

Wed 11/25   7:00 am - 12:00 pm (all sites)
Thu 11/26   CLOSED
Fri 11/27   Hazard and Whitesburg open 8-12; Cumberland closed
Thu 12/24   7:00 am - 12:00 pm
Fri 12/25   CLOSED

STAT courier pickups continue on holidays; call 1-888-555-0142 to schedule.

Keystone Client Services""")

add('clean-admin', '', 'IT Service Desk <servicedesk@hrmh.org>', 'All Staff <allstaff@hrmh.org>',
    'Tue, 10 Nov 2026 12:00:00 -0600', 'Phishing test results + reminder',
"""Last month's phishing simulation: 18% of staff clicked the link, 6% entered their password. That's better than July (27%) but not good enough.

Reminders:
- We will never ask for your password by email.
- If an email "from the CEO" asks you to buy gift cards, it isn't.
- Use the Report Phish button in Outlook.

Everyone who clicked will be auto-enrolled in a 10-minute refresher module in HealthStream.

IT Service Desk | ext 4357""")
# ---------------------------------------------------------------- clean-lookalike
add('clean-lookalike', '', 'Whitesburg Animal Clinic <frontdesk@whitesburgvet.com>', 'Linda Fuller <lfuller62@gmail.com>',
    'Mon, 02 Nov 2026 08:30:00 -0500', 'Reminder: Biscuit is due for vaccines',
"""Hi Linda,

Our records show Biscuit (canine, 7 yrs) is due for:
  - Rabies 3-year booster       due 11/15/2026
  - DHPP                        due 11/15/2026
  - Heartworm test              due 11/15/2026

Dr. Amburgey has openings Tuesday and Thursday mornings. Reply to this email or call 606-633-1420 to schedule. Please bring a fresh stool sample if you can!

Whitesburg Animal Clinic""")

add('clean-lookalike', '', 'Mountain Auto & Diagnostics <service@mtnautodx.com>', 'Gerald Skaggs <gskaggs@bellsouth.net>',
    'Tue, 03 Nov 2026 16:05:00 -0500', 'Your diagnostic report - 2014 Chevrolet Silverado',
"""Mr. Skaggs,

Here are the results of today's diagnostic scan on your 2014 Silverado (VIN ending 4471):

  Code     Description                                  Severity
  P0420    Catalyst efficiency below threshold (B1)     Moderate
  P0171    System too lean (B1)                         Moderate
  C0035    LF wheel speed sensor circuit                Low

Recommended: smoke test for vacuum leak ($89), then re-check before replacing the converter. Estimate for both repairs attached at the counter. Call us at 606-633-8800 to approve.

Thanks for your business,
Mountain Auto & Diagnostics""")

add('clean-lookalike', '', 'HRMH Foundation <foundation@hrmh.org>', 'Walter and June Gilbert <wjgilbert@windstream.net>',
    'Wed, 04 Nov 2026 10:00:00 -0600', 'Thank you for your gift to the new infusion room',
"""Dear Walter and June,

On behalf of everyone at Harlan Ridge Memorial Hospital, thank you for your generous gift of $2,500 to the Infusion Room Renovation Fund. Your gift will help buy two new recliners and a warming cabinet for blankets.

Your names will be on the donor wall outside the new room when it opens in March. We hope you'll join us for the ribbon cutting.

This letter confirms no goods or services were provided in exchange for your contribution. HRMH Foundation is a 501(c)(3); tax ID 61-1188042.

With gratitude,
Marla Cornett
Director of Development""")

add('clean-lookalike', '', 'Ridge Fitness 24/7 <members@ridgefitness.com>', 'Dwayne Ferrell <dferrell.ky@gmail.com>',
    'Thu, 05 Nov 2026 06:00:00 -0500', 'Dwayne, your membership renews December 1',
"""Hi Dwayne,

Your Ridge Fitness annual membership (Member #RF-20441) renews on December 1, 2026 at $299/yr. Renew before Nov 20 and get a free 1-hour session with a personal trainer plus a Ridge Fitness shaker bottle.

New this month: Silver Strength class Tues/Thurs 9 am, and the pool is open again after resurfacing.

See you at the gym!
Ridge Fitness 24/7 | Whitesburg""")

add('clean-lookalike', '', 'Medline Customer Service <orders@medline-example.com>', 'Materials Mgmt <materials@hrmh.org>',
    'Fri, 06 Nov 2026 11:45:00 -0600', 'Order confirmation PO 26-11-0418 / SO 7740118823',
"""Thank you for your order.

Ship to: Harlan Ridge Memorial Hospital, Receiving Dock, 1 Hospital Dr, Whitesburg KY 41858
Attn: Sandy Triplett
Account: 1004417220

Line  Item         Description                              Qty   UOM   Ext
1     MDS192074    Nitrile exam gloves, med, 250/bx           40   BX    $412.00
2     MDS705410    Sharps container 5 qt                      24   EA    $98.40
3     NON27212     Specimen bag biohazard 6x9 1000/cs          2   CS    $76.00
4     DYND70644    Foley tray 16 Fr w/ urine meter             12   EA    $201.60

Estimated delivery: 11/10/2026 via Medline truck.""")

add('clean-lookalike', '', 'Kentucky Board of Nursing Verify <noreply@kbn-verify.example.org>', 'HRMH Human Resources <hr@hrmh.org>',
    'Mon, 09 Nov 2026 13:30:00 -0500', 'License verification result - RN applicant',
"""License verification report

Name:                 Kayla Dawn Sturgeon
License type:         Registered Nurse
License number:       1144920
Status:               ACTIVE
Expiration:           10/31/2027
Discipline on file:   None
Multistate (NLC):     Yes

Requested by: HRMH Human Resources (employer verification)
This report is provided for employment verification purposes.""")

add('clean-lookalike', '', 'Kroger Rewards <rewards@kroger-mail.example.com>', 'Wanda Couch <wandacouch51@yahoo.com>',
    'Tue, 10 Nov 2026 07:15:00 -0500', 'Wanda, you have 1,240 fuel points expiring 11/30',
"""Hi Wanda,

You've earned 1,240 fuel points this month -- that's $1.20 off per gallon at Kroger Fuel (up to 35 gallons). Points expire November 30.

Your top savings this month:
  Kroger 2% milk, gallon
  Folgers Classic Roast 30.5 oz
  Turkey breast (Thanksgiving digital coupon)

Earn 4x fuel points on gift cards through Sunday.

Kroger Rewards | Unsubscribe""")
# ---------------------------------------------------------------- clean-news
add('clean-news', '', 'KY Dept for Public Health <dph-alerts@ky-health.example.gov>', 'Health Alert Network Subscribers <han@ky-health.example.gov>',
    'Mon, 02 Nov 2026 14:00:00 -0500', 'HAN Advisory: Early rise in influenza A activity, southeastern Kentucky',
"""KENTUCKY HEALTH ALERT NETWORK - ADVISORY

Summary: Influenza-like illness (ILI) visits in the Cumberland Valley and Kentucky River districts reached 4.1% of ED visits for the week ending 10/31, above the regional baseline of 2.6%. Of 118 specimens tested by the state lab, 31 were influenza A (27 H3N2, 4 H1N1pdm09). Two long-term care outbreaks have been reported in the region.

Recommendations for clinicians:
 - Vaccinate now; it is not too late.
 - Start antivirals promptly for hospitalized and high-risk outpatients; do not wait for testing.
 - Report suspected LTC outbreaks (2+ cases in 72 hours) to the local health department.

Distribution: health care providers, hospitals, LTC facilities, local health departments.""")

add('clean-news', '', 'Rural Health Weekly <newsletter@ruralhealthweekly.example.com>', 'Pat Ogle <pogle@hrmh.org>',
    'Wed, 04 Nov 2026 06:00:00 -0500', 'This week: CAH swing-bed rule, OB closures, 340B',
"""RURAL HEALTH WEEKLY | November 4, 2026

1. CMS proposes tighter documentation for critical-access swing beds. Comment period runs through Jan 5. Hospitals worry about added nursing time per admission.

2. Three more rural hospitals in Appalachia stopped delivering babies this year. Travel time to the nearest labor unit now exceeds 45 minutes for 1 in 6 rural women in the region, a new study finds.

3. 340B: court ruling on contract pharmacies may affect how CAHs fund community programs.

4. Profile: how one Kentucky clinic cut no-shows by texting reminders in English and Spanish.

Unsubscribe | Manage preferences""", html="""<html><body style="font-family:Georgia;max-width:600px">
<h2 style="border-bottom:2px solid #2E7D32">RURAL HEALTH WEEKLY</h2><p><i>November 4, 2026</i></p>
<ol><li><b>CMS proposes tighter documentation for critical-access swing beds.</b> Comment period runs through Jan 5. Hospitals worry about added nursing time per admission.</li>
<li><b>Three more rural hospitals in Appalachia stopped delivering babies this year.</b> Travel time to the nearest labor unit now exceeds 45 minutes for 1 in 6 rural women in the region, a new study finds.</li>
<li><b>340B:</b> court ruling on contract pharmacies may affect how CAHs fund community programs.</li>
<li><b>Profile:</b> how one Kentucky clinic cut no-shows by texting reminders in English and Spanish.</li></ol>
<p style="font-size:8pt;color:#999">Unsubscribe | Manage preferences</p></body></html>""")

add('clean-news', '', 'HRMH Communications <news@hrmh.org>', 'All Staff <allstaff@hrmh.org>',
    'Thu, 05 Nov 2026 12:00:00 -0600', 'The Ridge Report - November',
"""THE RIDGE REPORT - November 2026

* Welcome Dr. Marcus Landry, our new full-time ED physician, who joins us from Pikeville.
* The 3D mammography unit is now live at Ridge Family Clinic. 212 screenings in its first month.
* Employee of the Month: Sandy Triplett, Materials Management, for keeping us stocked through the IV fluid shortage.
* Chili cook-off: Friday 11/20, cafeteria, $5 a bowl. Proceeds to the employee emergency fund.
* Congratulations to Med-Surg: zero catheter-associated infections for 12 straight months.

Have news? Send it to news@hrmh.org.""")

add('clean-news', '', 'Cedar Fork Medical Associates <news@cedarforkmed.com>', 'Patient Newsletter List <patients@cedarforkmed.com>',
    'Mon, 09 Nov 2026 10:00:00 -0500', 'Flu shots, new Saturday hours, and a winter safety reminder',
"""Dear Patients and Friends,

Flu shots are available at every visit -- no appointment needed for a shot-only visit Monday through Friday 8-11 am. Most insurance covers them at no cost.

Starting December 5 we will be open Saturdays 8 am to noon for sick visits.

When the roads ice over, please call before driving in; we can often switch you to a video visit.

Stay warm,
The staff of Cedar Fork Medical Associates
400 Main St, Whitesburg KY | 606-633-2000""")

add('clean-news', '', 'AHA Today <ahatoday@aha-news.example.org>', 'Angie Carr <acarr@willowbendcare.com>',
    'Tue, 10 Nov 2026 07:00:00 -0500', 'Study: RSV vaccine uptake in nursing home residents lags',
"""A study published this week found that only 38% of nursing home residents aged 75 and older had received an RSV vaccine by the end of last season, compared with 61% for influenza. Facilities with a dedicated infection preventionist had uptake roughly 15 points higher.

Researchers analyzed data from 4,210 facilities. Barriers cited included consent logistics with family decision-makers and confusion about Medicare Part B vs. Part D coverage.

Read the full article on the journal's website.""")

add('clean-news', '', 'Letcher County Health Department <lchd@letcherhealth.example.gov>', 'Community Partners <partners@letcherhealth.example.gov>',
    'Wed, 11 Nov 2026 09:30:00 -0500', 'Free community health fair Nov 21 - please share',
"""Please share with your patients and staff!

FREE COMMUNITY HEALTH FAIR
Saturday, November 21, 9 am - 1 pm
Whitesburg Middle School gym

- Free blood pressure and glucose checks
- Flu and COVID vaccines (bring insurance card if you have one; uninsured welcome)
- Kynect benefit navigators for Medicaid sign-up
- Free winter coats for kids while they last

Partners: Harlan Ridge Memorial, Cedar Fork Medical Associates, Keystone Diagnostic Partners, Letcher Co. Extension Office.""")
# ---------------------------------------------------------------- clean-training
add('clean-training', '', 'Ed Varney <evarney@hrmh.org>', 'IT Analysts <itanalysts@hrmh.org>',
    'Mon, 02 Nov 2026 13:00:00 -0600', 'HL7 basics session Thursday - sample messages',
"""For Thursday's brown-bag on reading HL7 v2, here are the samples we'll walk through. These are from the TEST environment -- the test patients are the standard ZZTEST ones built by the vendor, no real people.

MSH|^~\\&|MEDITECH|HRMH|KDP_LIS|KEYSTONE|20261101120000||ORM^O01|TST000123|T|2.5.1
PID|1||TEST00000001^^^HRMH^MR||ZZTEST^INTERFACE^ONE||19000101|U
ORC|NW|TST5500001
OBR|1|TST5500001||80053^COMPREHENSIVE METABOLIC PANEL^CPT

Things to notice:
 1. MSH-11 is T (training/test), not P.
 2. Field separators: | for fields, ^ for components, ~ for repeats.
 3. PID-3 carries the MRN and assigning authority -- this is what broke on 10/30.

Bring a laptop with Notepad++ and the HL7 plugin.

Ed""")

add('clean-training', '', 'Bluegrass Clearinghouse <edisupport@bgclearing.com>', 'Billing Contacts <billing@cedarforkmed.com>',
    'Tue, 03 Nov 2026 10:00:00 -0500', 'Webinar recording: reading your 835 ERA',
"""Thanks for joining Tuesday's webinar. Recording link is in your client portal.

Example from the slides (fictitious data, taken from the companion guide):

CLP*SAMPLE001*1*200*150*20*12*EXAMPLECLAIM1*11*1~
NM1*QC*1*DOE*JOHN****MI*00000000A~
SVC*HC:99213*200*150**1~
CAS*PR*2*20~CAS*CO*45*30~

How to read it: CLP02 = 1 (processed as primary). CAS*PR = patient responsibility (here $20 coinsurance); CAS*CO*45 = contractual write-off above the fee schedule.

Next session: 277CA claim acknowledgments, December 8.""")

add('clean-training', '', 'Angie Carr <acarr@willowbendcare.com>', 'All Nursing <nursing@willowbendcare.com>',
    'Wed, 04 Nov 2026 15:00:00 -0600', 'Skills day: SBAR practice scenario',
"""For skills day next Thursday, practice this SBAR call before you come. It's a made-up resident, we'll role play with a volunteer acting as the on-call doctor.

SITUATION: "This is ___ at Willow Bend calling about a resident on Unit 1, an 84-year-old woman who is more confused than usual this evening."
BACKGROUND: Long-term resident, baseline oriented to self and place, on a diuretic.
ASSESSMENT: Temp 100.4, HR 104, BP 102/60, urine dark with strong odor, drinking less for 2 days.
RECOMMENDATION: "I'd like an order for a UA with culture and to encourage fluids. Should we check labs?"

We'll also do the post-fall huddle form and the new glucometer check-off.

Angie""")

add('clean-training', '', 'HealthStream Notifications <noreply@healthstream.example.com>', 'Becca Nunley <bnunley@hrmh.org>',
    'Thu, 05 Nov 2026 08:00:00 -0600', 'Assignment due: HIPAA Privacy & Security 2026',
"""Becca Nunley,

You have been assigned: HIPAA Privacy & Security Annual Review 2026 (45 min, 1.0 contact hour)
Due: 11/30/2026

Sample question from this module:
  A coworker asks you to look up her neighbor's lab results "just to see if she's ok." What do you do?
  a) Look it up quickly, it's for a good reason
  b) Decline and explain that access is only for job duties
  c) Ask the neighbor first
  d) Print it for the coworker

Log in to HealthStream to begin.""")

add('clean-training', '', 'Practice Management Trainer <training@nextgen-clientsuccess.example.com>', 'Jolene Pruitt <jpruitt@cedarforkmed.com>',
    'Fri, 06 Nov 2026 11:30:00 -0500', 'Front desk go-live training: practice database logins',
"""Hi Jolene,

Your staff's training logins for the PRACTICE database are below. Everything in PRACTICE is fake -- please use only the training patients so nothing crosses into production.

Training patients (use for check-in / eligibility / copay exercises):
  TRAINING, PATIENT A    DOB 01/01/1950   Ins: TEST PAYER COMMERCIAL
  TRAINING, PATIENT B    DOB 02/02/1985   Ins: TEST PAYER MEDICAID
  TRAINING, CHILD C      DOB 03/03/2019   Ins: SELF PAY

Logins: frontdesk01 through frontdesk06, temp password sent separately by text.
Sessions: Mon 11/16 and Tue 11/17, 8:00-11:30, conference room.

Aisha Reddy
Client Success Trainer""")

add('clean-training', '', 'Dr. Marcus Landry <mlandry@hrmh.org>', 'ED Staff <ed@hrmh.org>',
    'Mon, 09 Nov 2026 18:45:00 -0600', 'Mock code debrief (sim lab 11/7)',
"""Thanks everyone for Saturday's mock code in the sim lab with "SimMan."

What went well: compressions started in under 30 seconds, good closed-loop communication on epi doses.
What to work on:
 - Nobody was assigned as recorder for the first 3 minutes
 - Pads placed late because the defib was plugged in behind the stretcher
 - We pushed amiodarone before confirming the rhythm after shock #2

Next sim: pediatric respiratory arrest, December 12. Sign up on the sheet in the break room.

Marcus""", att=[('mock_code_timeline.csv', 'text/csv',
"time_sec,event,by\n0,manikin unresponsive - code called,RN1\n24,compressions start,CNA\n95,pads on,RN2\n130,shock 1 200J,MD\n180,epi 1mg IV,RN1\n310,shock 2 200J,MD\n325,amiodarone 300mg,RN1\n", 'utf-8', 'b64')])
# ---------------------------------------------------------------- forwards as message/rfc822
_inner_names = dict(kind='', p='', f='Darrell Sizemore <dsizemore.ky@gmail.com>', t='Ridge Family Clinic <rfc@hrmh.org>',
    d='Sat, 07 Nov 2026 18:22:10 -0600', s='my dad', h=None, a=[], cs='utf-8', enc='qp', cc=None, x={},
    b="""To whoever reads this

My dad Junior has been getting his leg dressed at your place on Tuesdays and his preacher can't bring him no more. I work in Lexington during the week. Can the nurses come out to the house? He lives on Rockhouse Rd past the church. I can be reached at 859-312-6604 after 5. He won't answer the phone if he doesn't know the number so call Aunt Loretta.

Darrell""")
add('phi-names', 'Sizemore', 'Carla Whitt <cwhitt@hrmh.org>', 'Heather Lyle <hlyle@hrmh.org>',
    'Mon, 09 Nov 2026 08:05:00 -0600', 'FW: my dad',
"""Heather - this came into the general box over the weekend, it's the son. Goes with what I sent you last week. Did home health call you back?

Carla""", att=[('my dad.eml', 'message/rfc822', _inner_names)])

_inner_clean = dict(kind='', p='', f='Kentucky Hospital Association <events@kyha.example.org>', t='Members <members@kyha.example.org>',
    d='Thu, 05 Nov 2026 09:00:00 -0500', s='Register now: Rural Revenue Cycle Workshop, Dec 3', a=[], cs='utf-8', enc='qp', cc=None, x={},
    b="""Rural Revenue Cycle Workshop
Thursday, December 3, 8:30 am - 3:30 pm, Hazard Community & Technical College

Topics: prior authorization for outpatient imaging, swing-bed billing, Medicaid MCO appeals, price transparency files.
Member rate $95, includes lunch. 6.0 CEUs (HFMA).

Register by November 25.""",
    h="""<html><body><h3>Rural Revenue Cycle Workshop</h3><p>Thursday, December 3, 8:30 am &ndash; 3:30 pm, Hazard Community &amp; Technical College</p><p>Topics: prior authorization for outpatient imaging, swing-bed billing, Medicaid MCO appeals, price transparency files.</p><p>Member rate $95, includes lunch. 6.0 CEUs (HFMA).</p><p><b>Register by November 25.</b></p></body></html>""")
add('clean-admin', '', 'Pat Ogle <pogle@hrmh.org>', 'Julie Akers <jakers@cedarforkmed.com>',
    'Fri, 06 Nov 2026 16:40:00 -0600', 'FW: Register now: Rural Revenue Cycle Workshop, Dec 3',
"""Julie -- you mentioned wanting to go to one of these. Want to ride together? I'll drive.

Pat""", att=[('', 'message/rfc822', _inner_clean)])

# ---------------------------------------------------------------- write
def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    counters = {}
    rows = []
    for i, m in enumerate(M):
        label = m['kind'].split('-')[0]
        counters[m['kind']] = counters.get(m['kind'], 0) + 1
        fname = '%s-%03d.eml' % (m['kind'], counters[m['kind']])
        msg = build(m, i)
        data = msg.as_bytes()
        with open(os.path.join(OUT, fname), 'wb') as fh:
            fh.write(data)
        rows.append((fname, label, m['kind'], m['p'] if label == 'phi' else ''))
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    # parse check
    for r in rows:
        with open(os.path.join(OUT, r[0]), 'rb') as fh:
            em = message_from_bytes(fh.read())
        assert em['Subject'] and em['From'], r[0]
        for part in em.walk():
            if not part.is_multipart() and part.get_content_type() != 'message/rfc822':
                part.get_payload(decode=True)
    print(len(rows), 'messages;', ', '.join('%s=%d' % kv for kv in sorted(counters.items())))

if __name__ == '__main__':
    main()
