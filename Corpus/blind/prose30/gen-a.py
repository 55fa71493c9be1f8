#!/usr/bin/env python3
"""Blind eval set prose30a: hand-written healthcare e-mail. Standard library only, deterministic."""
import os, io, csv, zipfile, hashlib, sys
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.charset import Charset, BASE64, QP
from email.header import Header
from email.utils import getaddresses, formataddr
from email import encoders

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
M = []
D = 'Tue, 17 Nov 2026 '

def add(label, kind, patient, frm, to, subj, date, body=None, html=None, atts=(), charset='utf-8',
        cte=None, cc=None, fwd=None, xh=None):
    M.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to, subj=subj, date=date,
                  body=body, html=html, atts=atts, charset=charset, cte=cte, cc=cc, fwd=fwd, xh=xh))

def addr(v):
    if v.isascii():
        return v
    return ', '.join(formataddr((n, a), 'utf-8') for n, a in getaddresses([v]))

def text(s, sub='plain', charset='utf-8', cte=None):
    if cte is None and s.isascii():
        return MIMEText(s, sub, 'us-ascii')
    cs = Charset(charset)
    if cte == 'b64':
        cs.body_encoding = BASE64
    elif cte == 'qp':
        cs.body_encoding = QP
    return MIMEText(s, sub, cs)

def zipbytes(files):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, c in files.items():
            zi = zipfile.ZipInfo(n, date_time=(2026, 11, 17, 8, 0, 0))
            z.writestr(zi, c)
    return b.getvalue()

def attpart(a):
    name, content, ctype = a[0], a[1], a[2]
    enc = a[3] if len(a) > 3 else None
    maintype, subtype = ctype.split('/')
    if name.endswith('.zip'):
        p = MIMEBase('application', 'zip'); p.set_payload(zipbytes(content)); encoders.encode_base64(p)
    elif maintype == 'text':
        p = text(content, subtype, enc or 'utf-8', 'b64' if enc == 'utf-8' and not content.isascii() else None)
    else:
        data = content.encode(enc or 'utf-8') if isinstance(content, str) else content
        p = MIMEBase(maintype, subtype); p.set_payload(data); encoders.encode_base64(p)
    p.add_header('Content-Disposition', 'attachment', filename=name)
    return p

def build(m, idx):
    if m['body'] is not None and m['html'] is not None:
        core = MIMEMultipart('alternative')
        core.attach(text(m['body'], 'plain', m['charset'], m['cte']))
        core.attach(text(m['html'], 'html', m['charset'], m['cte']))
    elif m['html'] is not None:
        core = text(m['html'], 'html', m['charset'], m['cte'])
    else:
        core = text(m['body'], 'plain', m['charset'], m['cte'])
    if m['atts'] or m['fwd']:
        msg = MIMEMultipart('mixed'); msg.attach(core)
        for a in m['atts']:
            msg.attach(attpart(a))
        if m['fwd']:
            msg.attach(MIMEMessage(build(m['fwd'], idx + 1000)))
    else:
        msg = core
    msg['From'] = addr(m['frm'])
    msg['To'] = addr(m['to'])
    if m['cc']:
        msg['Cc'] = addr(m['cc'])
    msg['Date'] = m['date']
    msg['Subject'] = m['subj'] if m['subj'].isascii() else Header(m['subj'], 'utf-8')
    dom = getaddresses([m['frm']])[0][1].split('@')[-1] or 'localhost'
    h = hashlib.md5((str(idx) + m['subj'] + m['date']).encode()).hexdigest()
    msg['Message-ID'] = '<%s.%s@%s>' % (h[:12], h[12:20], dom)
    if 'MIME-Version' not in msg:
        msg['MIME-Version'] = '1.0'
    for k, v in (m['xh'] or {}).items():
        msg[k] = v
    return msg

def fw(frm, to, subj, date, body, charset='utf-8'):
    return dict(label='', kind='', patient='', frm=frm, to=to, subj=subj, date=date, body=body, html=None,
                atts=(), charset=charset, cte=None, cc=None, fwd=None, xh=None)

# ---------------------------------------------------------------- phi-care
add('phi', 'care', 'Whitcomb', 'Janelle Price <jprice@riverbendhealth.org>', 'scheduling@millbrookopenmri.com',
    'MRI request - Whitcomb', D + '08:12:40 -0500', body="""Hi,

Please schedule MRI lumbar spine w/o contrast for:

Dolores Whitcomb
DOB 04/11/1958
Cell 937-482-1196

Ordering: Dr. Anand Mehta, Riverbend Orthopedics. Order and insurance card attached to the fax we sent this morning (4 pages). She prefers afternoons, and she will need the open unit.

Thanks!
Janelle Price
Patient Access Rep | Riverbend Orthopedics
P 937-294-6610 x2214 | F 937-294-6698
""")

add('phi', 'care', 'Kowalczyk', 'Sharon Liebowitz RN <sliebowitz@riverbendhealth.org>', 'Intake <intake@gemcityhomecare.com>',
    'RE: Resumption of care - Kowalczyk', D + '10:47:03 -0500', body="""Yes - orders are signed, Dr. Halvorsen co-signed at 10:30. Wound vac dressing change M/W/F, 125 mmHg continuous, and he needs a nurse visit within 48h of discharge. He goes home tomorrow after lunch, wife Irene will be there.

Sharon

-----Original Message-----
From: Intake <intake@gemcityhomecare.com>
Sent: Tuesday, November 17, 2026 9:58 AM
To: Sharon Liebowitz RN <sliebowitz@riverbendhealth.org>
Subject: Resumption of care - Kowalczyk

Good morning Sharon,
We received the referral for Stanley Kowalczyk (our pt since March). Can you confirm the signed ROC orders are coming and the discharge date? We can't put him on the schedule until we have them.

Thank you,
Deb M.
Gem City Home Care - Intake
""")

add('phi', 'care', 'Ortiz-Reyes', 'Riverbend Outpatient Pharmacy <rxoutpatient@riverbendhealth.org>', 'pharmacy4421@kroger-rx.com',
    'Rx transfer request', D + '11:05:55 -0500',
    body="""Please transfer the following prescription to Riverbend Outpatient Pharmacy:

Patient: Benjamin Ortiz-Reyes   DOB: 07/30/1991
Medication: sertraline 100 mg tab, 1 daily, #30, RX 6631208
Last filled: 10/19/2026

Fax the transfer to 937-294-7120. Thank you.
Marisol T., CPhT
""",
    html="""<html><head><style>p.MsoNormal{margin:0;font-family:Calibri,sans-serif;font-size:11pt}</style></head><body>
<p class="MsoNormal">Please transfer the following prescription to Riverbend Outpatient Pharmacy:</p><br>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-family:Calibri;font-size:10pt">
<tr><td><b>Patient</b></td><td>Benjamin Ortiz-Reyes</td><td><b>DOB</b></td><td>07/30/1991</td></tr>
<tr><td><b>Medication</b></td><td colspan="3">sertraline 100 mg tab, 1 daily, #30, RX 6631208</td></tr>
<tr><td><b>Last filled</b></td><td colspan="3">10/19/2026</td></tr>
</table><br>
<p class="MsoNormal">Fax the transfer to 937-294-7120. Thank you.</p>
<p class="MsoNormal">Marisol T., CPhT<br><span style="color:#1F4E79">Riverbend Outpatient Pharmacy | 2200 Kettering Pike</span></p>
<p style="font-size:8pt;color:gray">CONFIDENTIALITY NOTICE: This e-mail may contain protected health information. If you received it in error, notify the sender and delete it.</p>
</body></html>""")

add('phi', 'care', 'Pham', 'Gretchen Albers <galbers@riverbendhealth.org>', 'lanpham62@yahoo.com',
    'your labs', D + '13:22:18 -0500', body="""Hi Mrs. Pham,

Dr. Oyelaran asked me to let you know your A1c from last Thursday came back at 6.1 and your cholesterol panel looked good, LDL 94. She wants to keep the metformin the same and see you back in 3 months. You can also see the full results in MyRiverbend once you activate it (code was on your visit summary).

Take care,
Gretchen Albers, LPN
Eastgate Family Medicine
""")

add('phi', 'care', 'Delaney', 'Riverbend Orthopedics <ortho.frontdesk@riverbendhealth.org>', 'hr@tristatelogistics.net',
    'Work status - Marcus Delaney', D + '09:31:00 -0500', body="""To whom it may concern,

Marcus Delaney was seen in our clinic on 11/16/2026 and may return to work on 11/23/2026 with the following restrictions until his follow-up visit on 12/14/2026:

- No lifting over 20 lbs
- No ladder climbing
- May drive forklift

Please contact our office at 937-294-6610 with any questions.

Riverbend Orthopedics
""")

add('phi', 'care', 'Goebel', 'Case Mgmt 4 West <cm4west@riverbendhealth.org>', 'dispatch@miamivalleyambulette.com',
    'pickup today 1400', D + '11:48:12 -0500', body="""pickup today 1400 for Ruth Ann Goebel, RMC room 412B, going to Maple Crest (the rehab side, 1150 Corwin Rd). stretcher, O2 2L NC, she has a port so no BP on L arm. daughter riding along. call the unit 937-294-5410 when you're 15 out pls

Teresa
""")

add('phi', 'care', 'Fitch', 'Patient Financial Services <pfs@riverbendhealth.org>', 'gfitch@fitchagency.com',
    'Your Riverbend statement', D + '14:03:27 -0500',
    html="""<html><body style="font-family:Arial;font-size:10pt">
<p>Dear Gerald Fitch,</p>
<p>Thank you for your call today. As requested, here is a summary of your account balance.</p>
<table border="0" cellpadding="3" style="font-size:10pt">
<tr style="background:#dde"><th align="left">Date of service</th><th align="left">Description</th><th align="right">Charges</th><th align="right">Ins. paid</th><th align="right">You owe</th></tr>
<tr><td>09/02/2026</td><td>Colonoscopy w/ biopsy - Riverbend Endoscopy Ctr</td><td align="right">$2,410.00</td><td align="right">$1,871.60</td><td align="right">$238.40</td></tr>
<tr><td>09/02/2026</td><td>Anesthesia</td><td align="right">$640.00</td><td align="right">$566.00</td><td align="right">$74.00</td></tr>
<tr><td colspan="4" align="right"><b>Total due</b></td><td align="right"><b>$312.40</b></td></tr>
</table>
<p>Account #: 40028817. You can pay online at riverbendhealth.org/pay or set up a payment plan by replying to this message.</p>
<p>Kind regards,<br>Annette Sowards<br>Patient Financial Services</p>
</body></html>""")

add('phi', 'care', 'Brooks', 'Kayla Nguyen <knguyen@riverbendhealth.org>', 'frontdesk@motionrehabpt.com',
    'FW: PT reschedule', D + '15:16:44 -0500', body="""Forwarding since she said she's going to be seen at your Beavercreek location now. Eval order attached in Epic link, let me know if you need it faxed.

Kayla

From: Tamika Brooks <tamikab.88@gmail.com>
Sent: Monday, November 16, 2026 7:42 PM
To: Eastgate Scheduling <eastgate.sched@riverbendhealth.org>
Subject: PT reschedule

Hi I need to move my physical therapy from thursday, I can't get off work. Is it ok if I just go to the one by my job in Beavercreek? It's the same insurance. My knee is doing a little better with the exercises.
Thanks Tamika Brooks
""")

# ---------------------------------------------------------------- phi-names
add('phi', 'names', 'Hadley', 'Brianna Colter <bcolter@riverbendhealth.org>', 'Dr. Paul Esterhaus <pesterhaus@miamivalleyheart.com>',
    'Hadley, Norma - cardiology f/u', D + '09:02:11 -0500', body="""Dr. Esterhaus,

She's asking again about getting back in with you. Her last appt with your office was cancelled in September and nobody called her back. Our NP saw her Friday and would like her seen within 2 weeks. Can your scheduler call her daughter Lisa at 937-216-8804? She handles the appointments.

Thank you
Brianna, MA
Riverbend Internal Medicine
""")

add('phi', 'names', 'Mathers', 'Donna Kreider <dkreider@riverbendhealth.org>', 'patty.oaks@kettering-hc.org',
    'guess who', D + '12:31:50 -0500', body="""Patty!! Remember Big Earl from when we were both on 5 North? Earl Mathers, the trucker with the parrot tattoo. His wife Bev called the unit today looking for you, said he's being transferred to your place for the bypass on Thursday and he wanted "the nurse who sang". Ha. Thought you'd want a heads up. He's a sweetheart, he's just scared.

Lunch soon?? 
D
""")

add('phi', 'names', 'Abernathy', 'Luis Carrasco <lcarrasco@riverbendhealth.org>', 'admissions@brookhavensnf.com',
    'Re: bed availability', D + '10:12:09 -0500', cc='Tina Raftery <traftery@riverbendhealth.org>', body="""Hi Meg,

Update on Mrs. Abernathy: I spoke with her son Dennis this morning and he's agreeable to Brookhaven as first choice. Dr. Kwan wants a PT eval done before we send the packet, so realistically Thursday. Tina (our SW, cc'd) is working on the Medicaid pending paperwork. Her insurance is Aetna Medicare so the 3-night stay is not an issue.

Luis Carrasco, RN BSN
Care Coordination, Riverbend Medical Center

On Mon, Nov 16, 2026 at 4:40 PM Meg Sutter <admissions@brookhavensnf.com> wrote:
> We should have a female long-term bed Thursday or Friday. Let me know on the Abernathy referral.
> Meg
""")

add('phi', 'names', 'Whitaker', 'Eastgate Front Desk <eastgate.fd@riverbendhealth.org>', 'coachdavis@centervilleyouthfb.org',
    "Jaylen's sports form", D + '08:44:30 -0500', body="""Coach Davis,

Jaylen Whitaker's sports physical form is done and signed by Dr. Ruiz. His mom asked us to email it straight to you. He is cleared for full participation. Form is attached as a scan.

Eastgate Family Medicine front desk
""", atts=[('Whitaker_J_sportsphys.txt', 'PREPARTICIPATION PHYSICAL EVALUATION\nName: Jaylen Whitaker   Age 14\nExam date 11/16/2026\nCleared for all sports without restriction\nSigned: M. Ruiz MD\n', 'text/plain')])

add('phi', 'names', 'Castellano', 'Chaplain Robert Imwalle <rimwalle@riverbendhealth.org>', 'marcy.castellano@outlook.com',
    'Thinking of you and your family', D + '16:20:02 -0500', body="""Dear Marcy,

It was a privilege to sit with you and your brothers yesterday at your mother's bedside. Evelyn spoke of you all with so much love, even with how tired she was. The hospice team tells me she is comfortable this afternoon and that Father Tom was able to come by for the anointing.

If it would help, I'm on the unit again tomorrow from 9 until noon. Please don't hesitate to call my cell, 937-609-3318.

Peace,
Bob Imwalle
Spiritual Care, Riverbend Medical Center
""")

add('phi', 'names', 'Nguyen', 'Dr. Helen Strauss <hstrauss@riverbendhealth.org>', 'Anil Varghese <avarghese@daytoncardiology.com>',
    'RE: Nguyen, Thomas - echo', D + '14:55:41 -0500', body="""Got it, thanks Anil. I'll let him know and we'll hold the procedure until you've seen him.

Helen

From: Anil Varghese <avarghese@daytoncardiology.com>
Sent: Tuesday, November 17, 2026 2:37 PM
To: Strauss, Helen <hstrauss@riverbendhealth.org>
Subject: RE: Nguyen, Thomas - echo

Read it this AM. EF 40-45%, mod MR. I'd like to see him before you do the hernia repair. Can get him in Monday.

From: Strauss, Helen <hstrauss@riverbendhealth.org>
Sent: Monday, November 16, 2026 5:10 PM
To: Anil Varghese <avarghese@daytoncardiology.com>
Subject: Nguyen, Thomas - echo

Anil - did the echo from Friday get read? Pre-op for me, scheduled 11/24.
""")

add('phi', 'names', 'Szymanski', 'Dr. Kevin Oduya <koduya@riverbendhealth.org>', 'rbellamy@osuortho.edu',
    'second opinion', D + '17:02:15 -0500', body="""Rob,

Hope the new job is treating you well. I'd like to send you a patient for a second opinion if you're taking outside referrals yet. Walt Szymanski, 71, retired machinist, lovely guy. He's 14 months out from a left TKA done elsewhere and has had persistent pain and instability. I've got him on a brace and we aspirated last week, cultures negative. I think he needs a revision but I'd like your eyes on it before I tell him that.

My office will send records if you say yes.

Kevin
""")

add('phi', 'names', 'Warsame', 'Interpreter Services <interpreters@riverbendhealth.org>', 'dispatch@languagebridgeohio.com',
    'Somali interpreter 2:30 today', D + '12:05:33 -0500', body="""Hi, our staff interpreter called in sick. Can you send someone for a Somali in-person appt at 2:30 today?

Location: Riverbend GI Clinic, 2nd floor, Suite 210
Patient: Mr. Abdirahman Warsame
Provider: Dr. Claire Beaumont
Visit: pre-procedure teaching for his endoscopy Thursday, about 45 min

Confirm with Jason or me.
Hodan Ali, Interpreter Services Coordinator
""")
# ---------------------------------------------------------------- phi-self
add('phi', 'self', 'Jenkins', 'Carla Jenkins <cjenkins@riverbendhealth.org>', 'nurse.line@centervilleinternists.com',
    'home BP readings - Carla Jenkins', D + '07:58:21 -0500', body="""Hi,

This is Carla Jenkins (DOB 2/9/1979), I'm a patient of Dr. Lowe. She asked me to send my home blood pressure readings after starting the amlodipine. I'm writing from my work email because I can't get into the portal, sorry.

11/10  148/92
11/11  141/90
11/12  139/88
11/14  136/86
11/16  142/89

I've had some ankle swelling at the end of the day, not sure if that's related. Best number to reach me is my cell 937-781-4420 (I work nights this week so afternoon is best).

Thanks,
Carla
""")

add('phi', 'self', 'Marchetti', 'Vincent Marchetti <vmarchetti@riverbendhealth.org>', 'claims@leavecenter-sedgwickadmin.com',
    'Leave claim #LV-2026-118834 - surgery date', D + '09:14:06 -0500', body="""Hello,

I'm following up on my leave claim LV-2026-118834. My surgeon (Dr. Hammond at Kettering) moved my gallbladder surgery up to December 3, so I need my leave to start 12/2 instead of 12/8. He said I should plan on 2 weeks off, 4 if they have to do it open.

The certification form was faxed from his office yesterday. Please let me know if you need anything else.

Vincent Marchetti
Facilities Maintenance, Riverbend Medical Center
Employee ID 100482
""")

add('phi', 'self', 'Alvarez', 'Nurse Triage Pediatrics <peds.triage@riverbendhealth.org>', 'jessica.alvarez.rn@gmail.com',
    'RE: Mateo fever', D + '10:40:17 -0500', body="""Hi Jessica,

Thanks for the update. Because he's now at day 3 with fevers over 102 and the ear pulling, Dr. Sandoval would like to see him today. I have a 1:15 or 3:40 open at the Eastgate office, just reply or call 937-294-3300 and press 2.

Keep up the fluids and you can alternate Tylenol and Motrin as we discussed.

Renee, RN
Riverbend Pediatrics

> From: Jessica Alvarez
> Sent: Tuesday, November 17, 2026 8:05 AM
> Subject: Mateo fever
>
> Hi, my son Mateo Alvarez (DOB 3/22/2023) has had a fever since Sunday,
> 102.6 this morning. He keeps pulling at his left ear and isnt eating much
> but he is drinking. Do I need to bring him in or wait it out? Thank you
""")

add('phi', 'self', 'Burkhalter', 'Patient Relations <patientrelations@riverbendhealth.org>', 'clientsupport@meridianrcm.com',
    'FW: BILL FOR ER VISIT - UNACCEPTABLE', D + '09:37:15 -0500', body="""Hi Craig,

Forwarding the attached complaint from Mr. Burkhalter (acct 40019953). Since your team does our ED pro-fee coding, can someone look at the 9/28 claim and whether the supplement's denial is on us? He has called 3 times and I'd like to call him back with an answer by Friday.

Thanks,
Rochelle Dunn
Patient Relations Specialist
""", fwd=fw('Dale Burkhalter <dburk1955@aol.com>', 'patientrelations@riverbendhealth.org', 'BILL FOR ER VISIT - UNACCEPTABLE',
        D + '06:12:44 -0500', """To whoever reads these,

I was in your emergency room on September 28 after I fell off my ladder. I waited FIVE HOURS, got two xrays and a tetanus shot and was told my wrist was "probably just sprained". Now I got a bill for $1,846.00 and my Medicare supplement says you coded it wrong. Account number 40019953.

I have called three times. Nobody calls back. I am 71 years old and I am not paying for your mistake. If I don't hear something this week I'm calling channel 7.

Dale Burkhalter
4418 Sugar Maple Ct
Centerville OH 45459
"""))

add('phi', 'self', 'Kravets', 'Olena Kravets <olena.kravets87@gmail.com>', 'Dr. Samuel Orr <sorr@riverbendhealth.org>',
    'about the pills', D + '21:33:09 -0500', body="""Hello doctor Orr,

I am Olena Kravets, I was in your office 2 weeks ago with my thyroid. I am take the pill you give me every morning (levothyroxine 50) but now I have very much heart beating fast in night and I cannot sleep good. Is normal? Maybe the dose is too much for me. Also I am not sure if I can take with my coffee.

Please answer when you have time, I dont want to go to emergency.
Thank you very much
Olena
""")

add('phi', 'self', 'Reyes', 'Tony Reyes <treyes@riverbendhealth.org>', 'kat.reyes.home@gmail.com',
    'good news', D + '15:47:22 -0500', body="""Babe - Dr. Kaplan's office just called. Biopsy was benign!! Just a lipoma like she thought. They'll take the stitches out Monday.

Tell your mom she can stop lighting candles lol. Love you. Home by 6.
T
""")

add('phi', 'self', 'Lindqvist', 'Ingrid Lindqvist-Moore <ingrid.moore@comcast.net>', 'him.releaseofinfo@riverbendhealth.org',
    "records request for my father", D + '11:26:50 -0500', body="""Hello,

I'm the healthcare POA for my father, Harold Lindqvist (born 1/14/1940). He had cataract surgery on his right eye at your surgery center in August and is now seeing a new eye doctor in Sarasota for the left eye, Dr. Feinberg at Gulf Coast Eye. They need the operative note and the lens info.

I've attached the POA and the signed release form. Can these be sent directly to Dr. Feinberg, fax 941-378-2290?

Thank you,
Ingrid Lindqvist-Moore
(612) 844-0917
""", atts=[('ROI_Lindqvist.txt', 'AUTHORIZATION FOR RELEASE OF INFORMATION\nPatient: Harold Lindqvist  DOB 01/14/1940\nRelease to: Gulf Coast Eye Associates, Dr. M. Feinberg\nInformation: operative report, implant record 08/2026\nSigned: Ingrid Lindqvist-Moore, POA  11/15/2026\n', 'text/plain')])

# ---------------------------------------------------------------- phi-lists
add('phi', 'lists', 'Hollingsworth', 'OR Scheduling <orscheduling@riverbendhealth.org>', 'scheduler@gemcityanesthesia.com',
    'Wed 11/18 add-ons Main OR', D + '16:30:12 -0500', body="""Add-ons for tomorrow, Main OR. Final board goes out at 1800.

* Rm 4 0730 - Hollingsworth, Clara (68F) - lap chole - Dr. Pruitt - has a pacer, rep notified
* Rm 4 add to end - Danvers, Keith (44M) - I&D R hand - Dr. Mbeki
* Rm 7 1300 - Ferreira, Luciana (29F) - diagnostic lap - Dr. Stanton - Portuguese interpreter booked
* Endo 2 1500 - Ott, Raymond (81M) - PEG - Dr. Beaumont - DNR, needs consent from son

Call me with questions - Sheila x5521
""")

add('phi', 'lists', 'Yoder', 'Eastgate Family Medicine <eastgate.mgr@riverbendhealth.org>', 'outreach@carecallsolutions.com',
    'no show list for callbacks', D + '08:20:47 -0500', body="""Here's last week's no-show list for the callback campaign. Same script as October please.

Pasted from Excel:

MRN\tLast\tFirst\tPhone\tAppt date\tVisit type\tProvider
E1048832\tYoder\tMiriam\t937-356-2281\t11/09/2026\tAnnual wellness\tOyelaran
E1051190\tTrinh\tKevin\t937-410-0772\t11/09/2026\tDiabetes f/u\tOyelaran
E0992217\tHatcher\tLaVonne\t937-222-6190\t11/10/2026\tPap/pelvic\tRuiz
E1103345\tGruber\tAlan\t513-605-1184\t11/11/2026\tMed check\tRuiz
E1077012\tOkafor\tChidi\t937-903-4416\t11/12/2026\tNew pt\tOyelaran
E1010056\tSchaefer\tBetty\t937-434-8871\t11/13/2026\tINR check\tNurse

Thanks,
Ramona Kittle, Practice Manager
""")

add('phi', 'lists', 'Gallo', 'Lorraine Pike <lpike@riverbendhealth.org>', 'Provider Rep - Buckeye Community Plan <provrelations.oh@buckeyeplan-mc.com>',
    'pending auths over 14 days', D + '13:40:56 -0500', body="""Hi Andre,

As discussed on our call, these are still pending past the 14-day turnaround. Can you escalate?

Member             Member ID      Service                       Submitted   Ref #
-----------------  -------------  ----------------------------  ----------  ---------
Gallo, Anthony     U81122704      MRI brain w/wo                10/26/2026  PA448810
Simmons, Keisha    U80277451      Sleep study in-lab            10/28/2026  PA449163
Begay, Marcus      U81790032      Outpt PT 12 visits            10/29/2026  PA449201
Frazier, Ethel     U79955618      Power wheelchair              10/30/2026  PA449377

Thanks,
Lorraine Pike
Prior Authorization Specialist
Riverbend Health Partners | 937-294-7781
""")

add('phi', 'lists', 'Kessler', 'Dr. Amir Haddad <ahaddad@riverbendhealth.org>', 'nocturnist@southviewhospitalists.com',
    'signout 11/17', D + '18:55:14 -0500', body="""Signout for tonight, covering my 6 on 3 East. Nothing crazy.

310 Kessler, Marvin - CHF exacerbation, diuresing, K 3.4 repleted. recheck BMP 0400. full code
312 Tran Thi Huong - post-op day 2 hip, pain controlled. Vietnamese interp by phone
315 Dobbins "Sonny" - ETOH w/d, CIWA q4, last score 6. may get agitated ~2am, ativan prn ordered
318 Wozniak, Alice - PNA, on ceftriaxone/azithro, 2L. DNR/DNI
321 Bauer, Frederick - syncope w/u, tele, echo tomorrow
322 Pena, Rosa - DKA resolved, transitioned to SQ insulin this afternoon, endocrine following

Pager 4412 until 7, then text me if anything.
Amir
""")

add('phi', 'lists', 'Stoltzfus', 'Community Health Nursing <chn@riverbendhealth.org>', 'don@willowbendseniorliving.com',
    'flu clinic 11/16 - doses given', D + '09:50:33 -0500', body="""Don,

Thanks for hosting the flu clinic yesterday! For your residents' files, here is who received vaccine. VIS was given to all. Lot numbers are on the attached sheet we left with your nurse.

- Agnes Stoltzfus, Apt 112 - Fluzone High-Dose
- Walter Primm, Apt 118 - Fluzone HD + Prevnar 20
- Lucille Barnhart, Apt 204 - Fluzone HD
- Mr. & Mrs. Gene and Dottie Hamrick, Apt 210 - Fluzone HD (both)
- Irma Castro, Apt 301 - declined flu, got COVID booster only

Edna Fultz in 116 was not feeling well so we will come back for her next week.

Best,
Ruth Ellen Sizemore, RN
Community Health Nursing
""")

add('phi', 'lists', 'Boggs', 'Collections Unit <pfs.collections@riverbendhealth.org>', 'newplacements@allieddebtrecovery.com',
    'Placement batch 2026-11-17', D + '15:05:10 -0500', body="""Batch of 5 accounts for placement, details below. Itemized statements to follow via SFTP.

Tamara Ellison
PFS Collections
""", html="""<html><body style="font-family:Calibri;font-size:11pt">
<p>Batch of 5 accounts for placement, details below. Itemized statements to follow via SFTP.</p>
<table border="1" cellspacing="0" cellpadding="3" style="font-size:10pt;border-collapse:collapse">
<tr style="background:#BDD7EE"><th>Acct</th><th>Guarantor</th><th>Patient</th><th>DOS</th><th>Service</th><th>Balance</th></tr>
<tr><td>40011872</td><td>Boggs, Randall</td><td>Boggs, Kylie</td><td>03/14/2026</td><td>ED visit lvl 4</td><td>$1,204.55</td></tr>
<tr><td>40013390</td><td>Cline, Sherry</td><td>Cline, Sherry</td><td>04/02/2026</td><td>CT abd/pelvis</td><td>$867.00</td></tr>
<tr><td>40014217</td><td>Mosley, Terrence</td><td>Mosley, Terrence</td><td>04/19/2026</td><td>Urgent care + x-ray</td><td>$312.80</td></tr>
<tr><td>40015003</td><td>Ibarra, Jose</td><td>Ibarra, Sofia</td><td>05/07/2026</td><td>Newborn nursery</td><td>$2,955.10</td></tr>
<tr><td>40015511</td><td>Dunlap, Crystal</td><td>Dunlap, Crystal</td><td>05/22/2026</td><td>OB ultrasound</td><td>$410.00</td></tr>
</table>
<p>Tamara Ellison<br>PFS Collections | Riverbend Health Partners</p>
</body></html>""")

add('phi', 'lists', 'Haskins', 'Riverbend Dialysis Center <dialysis.north@riverbendhealth.org>', 'rides@greenetransit.org',
    'Thanksgiving week schedule change', D + '12:12:12 -0500', body="""Hi Greene CATS scheduling,

We are closed Thursday 11/26. The following riders need their Thursday chair time moved to Wednesday 11/25, same pickup times. Saturday is unchanged.

Haskins, Leroy - 5:15 AM pickup - wheelchair
Mullins, Patricia - 5:15 AM pickup
Orrick, James - 10:30 AM pickup - walker, needs help w/ steps
Vang, Pao - 10:30 AM pickup
Eberly, Sue - 2:45 PM pickup - wheelchair

They have all been told. Thank you!!
Gina, Unit Secretary
""", atts=[('thanksgiving_chair_changes.csv', """rider,pickup_time,old_day,new_day,mobility
"Haskins, Leroy",05:15,Thu 11/26,Wed 11/25,wheelchair
"Mullins, Patricia",05:15,Thu 11/26,Wed 11/25,
"Orrick, James",10:30,Thu 11/26,Wed 11/25,walker
"Vang, Pao",10:30,Thu 11/26,Wed 11/25,
"Eberly, Sue",14:45,Thu 11/26,Wed 11/25,wheelchair
""", 'text/csv')])
# ---------------------------------------------------------------- phi-struct
add('phi', 'struct', 'Lockhart', 'Brandon Tisch <btisch@riverbendhealth.org>', 'support@labconnect-interfaces.com',
    'Ticket 55812 - ORU rejects from Quest feed', D + '10:02:37 -0500', body="""Hi support,

Still seeing rejects on inbound ORU^R01 since the 11/14 update, error is "PID-3 assigning authority not recognized". Raw message from this morning below (one of ~40 in the error queue):

MSH|^~\\&|QUESTLAB|QDX_CIN|RIVERBEND|RBH|202611170614||ORU^R01|Q88231774|P|2.5.1
PID|1||E1062274^^^QDX||LOCKHART^DENISE^M||19720519|F|||1187 WAYNE AVE^^DAYTON^OH^45410||(937)555-0148
ORC|RE|RB4471823|QD99120331
OBR|1|RB4471823|QD99120331|80061^LIPID PANEL^C4|||202611160812|||||||||1093847261^OYELARAN^FUNMI
OBX|1|NM|2093-3^Cholesterol^LN||212|mg/dL|<200|H|||F
OBX|2|NM|2571-8^Triglycerides^LN||188|mg/dL|<150|H|||F
OBX|3|NM|2085-9^HDL^LN||41|mg/dL|>39||||F

Our MRN is in PID-3 but with QDX as the authority instead of RBH. Can you check the mapping table on your side?

Brandon Tisch
Interface Analyst, Riverbend IS
""")

add('phi', 'struct', 'Olmsted', 'Revenue Cycle EDI <edi@riverbendhealth.org>', 'support@availclear-edi.com',
    'Rejected 837P batch 1117A', D + '11:19:00 -0500', body="""Batch 1117A rejected at front end with 999 IK3 errors on loop 2010BA. File attached as sent. Member ID format changed for this payer? Please advise.

EDI team
""", atts=[('RB_837P_1117A.x12', """ISA*00*          *00*          *ZZ*RIVERBEND01    *ZZ*AVAILCLR       *261117*0640*^*00501*000004417*0*P*:~
GS*HC*RIVERBEND01*AVAILCLR*20261117*0640*4417*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*1117A0001*20261117*0640*CH~
NM1*85*2*RIVERBEND FAMILY MEDICINE*****XX*1457392016~
HL*2*1*22*0~
SBR*P*18*GRP44120******CI~
NM1*IL*1*OLMSTED*GARY*R***MI*XQW882104557~
N3*722 LINDEN AVE~
N4*DAYTON*OH*45403~
DMG*D8*19630904*M~
CLM*RBF2231187*185***11:B:1*Y*A*Y*Y~
HI*ABK:I10~
SV1*HC:99214*185*UN*1***1~
DTP*472*D8*20261110~
SE*14*0001~
GE*1*4417~
IEA*1*000004417~
""", 'application/octet-stream')])

add('phi', 'struct', 'Pruett', 'Quality Data <qualitydata@riverbendhealth.org>', 'upload@strokeregistry-ohio.org',
    'Oct 2026 stroke registry abstraction file', D + '14:44:21 -0500', body="""Attached is the October abstraction file (zipped per your portal size limit). 3 cases this month. Password sent separately.

Megan Zeller, RHIT
Quality & Patient Safety
""", atts=[('RB_stroke_2026-10.zip', {'RB_stroke_2026-10.csv': """case_id,mrn,last_name,first_name,dob,arrival_dt,last_known_well,nihss,tpa_given,door_to_needle_min,discharge_disp
RB26-101,E0877123,Pruett,Lawrence,1949-03-02,2026-10-04 13:12,2026-10-04 12:30,9,Y,41,Rehab
RB26-102,E1120984,Sato,Emiko,1957-11-21,2026-10-11 22:47,2026-10-11 18:00,4,N,,Home
RB26-103,E0650417,McCrary,Bernice,1938-06-15,2026-10-27 07:05,unknown,17,N,,Hospice
"""}, 'application/zip')])

add('phi', 'struct', 'Delgado', 'Priya Raman <praman@riverbendhealth.org>', 'dev@carebridge-app.io',
    'FHIR payload that breaks your parser', D + '15:58:03 -0500', body="""Hi Ethan,

Here's a real payload from the test of the patient-access API that crashes your app (per ticket CB-2291). It is a production record, so please delete after you reproduce - our test env doesn't have a patient with a component Observation. It's the valueQuantity missing in the second component I think.

Priya
""", atts=[('obs_bundle.json', """{
  "resourceType": "Bundle",
  "type": "searchset",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "rb-e1099341",
      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.4471.1", "value": "E1099341"}],
      "name": [{"family": "Delgado", "given": ["Ramon", "Luis"]}],
      "birthDate": "1968-01-27", "gender": "male",
      "telecom": [{"system": "phone", "value": "937-275-3318"}]}},
    {"resource": {"resourceType": "Observation", "id": "bp-88120",
      "status": "final",
      "code": {"coding": [{"system": "http://loinc.org", "code": "85354-9", "display": "Blood pressure panel"}]},
      "subject": {"reference": "Patient/rb-e1099341"},
      "effectiveDateTime": "2026-11-12T09:41:00-05:00",
      "component": [
        {"code": {"coding": [{"system": "http://loinc.org", "code": "8480-6"}]}, "valueQuantity": {"value": 162, "unit": "mmHg"}},
        {"code": {"coding": [{"system": "http://loinc.org", "code": "8462-4"}]}, "dataAbsentReason": {"text": "cuff error"}}
      ]}}
  ]
}
""", 'application/json')])

add('phi', 'struct', 'Fairbanks', 'HIE Team <hie@riverbendhealth.org>', 'helpdesk@clinisync-hie.org',
    'CCD section not rendering - doc 7781-221', D + '09:27:45 -0500', body="""Your viewer shows the Medications section blank for this CCD but the XML has entries. Fragment below (header trimmed):

<recordTarget>
  <patientRole>
    <id root="2.16.840.1.113883.3.4471.1" extension="E0733920"/>
    <addr><streetAddressLine>55 Brookside Dr</streetAddressLine><city>Xenia</city><state>OH</state><postalCode>45385</postalCode></addr>
    <patient>
      <name><given>Marjorie</given><family>Fairbanks</family></name>
      <administrativeGenderCode code="F"/>
      <birthTime value="19510830"/>
    </patient>
  </patientRole>
</recordTarget>
...
<section>
  <templateId root="2.16.840.1.113883.10.20.22.2.1.1"/>
  <title>Medications</title>
  <entry><substanceAdministration classCode="SBADM" moodCode="INT">
    <consumable><manufacturedProduct><manufacturedMaterial>
      <code code="197361" codeSystem="2.16.840.1.113883.6.88" displayName="Amlodipine 5 MG Oral Tablet"/>
    </manufacturedMaterial></manufacturedProduct></consumable>
  </substanceAdministration></entry>
</section>

Thanks - HIE team (Marcus)
""")

add('phi', 'struct', 'Thibodeaux', 'RightFax Server <faxserver@riverbendhealth.org>', 'records@buckeyehospicecare.org',
    'Fax delivery: 6 page(s) to 19374330188', D + '13:01:09 -0500', body="""*** This message was sent by the Riverbend RightFax server ***

=========================================================
          RIVERBEND HEALTH PARTNERS - FAX COVER SHEET
=========================================================
DATE: 11/17/2026            PAGES (incl. cover): 6
TO:   Buckeye Hospice Care - Admissions   FAX: 937-433-0188
FROM: Riverbend Oncology, Dr. Naomi Feld  FAX: 937-294-8812
RE:   Hospice referral - THIBODEAUX, Claude  DOB 05/05/1944

[X] Urgent  [ ] For review  [X] Please reply

Comments: Face sheet, last 2 progress notes, med list and
signed hospice election attached. Family (wife Marie) would
like an eval at home tomorrow if possible. 937-250-7716.

CONFIDENTIAL: The documents accompanying this transmission
contain protected health information...
=========================================================
""")

add('phi', 'struct', 'Ackerman', 'Cheryl Vance <cvance@riverbendhealth.org>', 'EDI Support <edisupport@ohiomutualhealth.com>',
    'FW: 271 shows inactive but card says active', D + '10:55:30 -0500', body="""Hi, we keep getting inactive on this member but she has a current card and your portal shows active through 12/31. Response below. Pt is scheduled for a colonoscopy Thursday so we need this resolved.

ISA*00*          *00*          *ZZ*OHMUTUAL       *ZZ*RIVERBEND01    *261117*1022*^*00501*000771204*0*P*:~
GS*HB*OHMUTUAL*RIVERBEND01*20261117*1022*771204*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*RB270-88412*20261117*1022~
HL*1**20*1~
NM1*PR*2*OHIO MUTUAL HEALTH*****PI*31774~
HL*2*1*21*1~
NM1*1P*2*RIVERBEND HEALTH PARTNERS*****XX*1457392016~
HL*3*2*22*0~
NM1*IL*1*ACKERMAN*JOANNE*L***MI*OMH55820319~
DMG*D8*19700212*F~
EB*6**30~
MSG*COVERAGE TERMINATED~
SE*12*0001~

Cheryl Vance, Insurance Verification
""")

add('phi', 'struct', 'Brunner', 'Lab Information Systems <lis@riverbendhealth.org>', 'clientservices@hilltopreferencelab.com',
    'Unmatched results report 11/17 0600', D + '06:31:12 -0500', body="""Unmatched results report attached in body. Please correct and resend.""", html="""<html><body style="font-family:Segoe UI;font-size:10pt">
<p><b>Riverbend LIS - Unmatched Inbound Results</b><br>Run: 11/17/2026 06:00 &nbsp; Interface: HILLTOP_IN</p>
<table border="1" cellpadding="2" cellspacing="0" style="font-size:9pt">
<tr><th>Accession</th><th>Name (as received)</th><th>DOB</th><th>MRN rcvd</th><th>Test</th><th>Reason</th></tr>
<tr><td>HT2611160332</td><td>BRUNNER, KATHLEEN</td><td>1981-09-14</td><td>E01127765</td><td>HCG QUANT</td><td>MRN not found (extra digit?)</td></tr>
<tr><td>HT2611160347</td><td>OYELOWO, FEMI</td><td>1990-02-28</td><td>E1094402</td><td>HIV-1/2 AG/AB</td><td>DOB mismatch (RB: 1990-02-27)</td></tr>
<tr><td>HT2611160401</td><td>MACK, D</td><td></td><td></td><td>VITAMIN D 25-OH</td><td>No identifiers</td></tr>
</table>
<p style="color:#777;font-size:8pt">Automated message from Riverbend LIS. Do not reply to this mailbox.</p>
</body></html>""")
# ---------------------------------------------------------------- phi-ids
add('phi', 'ids', '', 'Nikki Bauer <nbauer@riverbendhealth.org>', 'scheduling@miamivalleyimagingassoc.com',
    'dup order', D + '08:03:51 -0500', body="""MRN 00483321 - please cancel the CT abd/pelvis w contrast for 11/19, it was ordered twice. Keep the one for 11/24 at 9:00.

thx
Nikki
""")

add('phi', 'ids', '', 'Denial Mgmt <denials@riverbendhealth.org>', 'provider.appeals@unitedcareoh.com',
    'Claim 2026311004877 - reconsideration', D + '09:45:09 -0500', body="""Re: Claim # 2026311004877
Member ID: WXY884210551
DOS: 10/22/2026
CPT 29881 (knee arthroscopy w/ meniscectomy)

Denied CO-197 (precert absent). Authorization was obtained on 10/08/2026, ref# 9981223, call ref 1-8877201. Please reprocess. Auth letter attached on the portal submission 11/16.

Riverbend Denial Management
""")

add('phi', 'ids', '', 'Tracy Holm <tholm@riverbendhealth.org>', 'PFS Refunds <pfs.refunds@riverbendhealth.org>',
    'refund', D + '16:12:40 -0500', cc='obgyn.billing@womensassocdayton.com', body="""acct 40022718  dob 6/3/84
pt paid $150 copay at check in 11/10 for the colposcopy, insurance now says $0 cost share (preventive follow up). please refund to card on file. women's assoc billing cc'd since the pro fee went to them.

Tracy
""")

add('phi', 'ids', '', 'Mark Obi <mobi@riverbendhealth.org>', 'eligibility@anthemprovsvc.com',
    'elig', D + '07:21:03 -0500', body="""pls check member H7734401902 elig + auth for 11/19 cardiac cath, CPT 93458. portal down again. thx

Sent from my iPhone
""")

add('phi', 'ids', '', 'Riverbend Occupational Health <occhealth@riverbendhealth.org>', 'adjuster.team4@ohiobwc-mco.com',
    'WC-88213 visit update', D + '10:30:00 -0500', body="""Claim: WC-88213
IW SSN: xxx-xx-4471   DOB: 12/02/1966
Employer: Valley Precision Castings

PT visits used: 8 of 12 authorized. Therapist recommends 6 additional visits (see note from 11/16). C-9 request for additional visits will be filed today. Next MD recheck 12/01.

Riverbend Occupational Health
""")

add('phi', 'ids', '', 'ED Registration <ed.reg@riverbendhealth.org>', 'records@sycamoretrailsmedctr.com',
    'RE: request for ED records', D + '12:48:27 -0500', body="""FIN 7720031845, ED arrival 11/15/2026 23:10. ED provider note and labs attached to the fax (sent 12:40). EKG strip is not in the scanned record yet, I put in a request to cardiology to scan it in, should be by tomorrow.

ED Registration / HIM liaison

> -----Original Message-----
> From: Sycamore Trails HIM
> Sent: Tuesday, November 17, 2026 11:02 AM
> Subject: request for ED records
>
> Need ED record incl EKG for pt transferred to us 11/16 AM, your FIN 7720031845. Pt DOB 08/19/1959.
""")

add('phi', 'ids', '', 'Dr. Wendy Lam <wlam@riverbendhealth.org>', 'pathclient@tristatepathology.com',
    'Re: 00511874', D + '14:20:11 -0500', body="""Yes, I have it - the skin bx path from 11/12 for MRN 00511874 came through, thank you. Please cc me on the margin addendum when it's done.

WL

On Tue, Nov 17, 2026 at 1:52 PM, TriState Path Client Svc wrote:
> Dr. Lam, confirming you received final report S26-18832 (MRN 00511874, collected 11/12).
""")

# ---------------------------------------------------------------- phi-lang
add('phi', 'lang', 'Rentería', 'Yesenia Ochoa <yochoa@riverbendhealth.org>', 'lupe.renteria71@hotmail.com',
    'Su cita de colonoscopia - 24 de noviembre', D + '10:08:26 -0500', charset='iso-8859-1', cte='qp', body="""Estimada Sra. Guadalupe Rentería:

Le escribo de parte del Dr. Beaumont para recordarle su colonoscopia el martes 24 de noviembre a las 7:30 de la mañana en el Centro de Endoscopia de Riverbend (2200 Kettering Pike, 2º piso).

- El lunes 23 solo puede tomar líquidos claros (caldo, gelatina, jugo de manzana, nada rojo).
- Empiece la preparación (GoLytely) a las 5 de la tarde. La segunda mitad a las 2 de la mañana.
- Deje de tomar el hierro 5 días antes.
- Alguien tiene que manejar por usted después del procedimiento.

Si tiene preguntas, llámeme al 937-294-6655.

Atentamente,
Yesenia Ochoa
Coordinadora de Pacientes, Clínica de Gastroenterología
""")

add('phi', 'lang', 'Trần', 'Trần Minh Khoa <khoa.tran.1985@gmail.com>', 'Dialysis Social Work <dialysis.sw@riverbendhealth.org>',
    'Mẹ tôi - lịch chạy thận', D + '19:40:52 -0500', cte='b64', body="""Kính gửi cô Linda,

Tôi là Khoa, con trai của bà Trần Thị Lan (sinh năm 1952). Mẹ tôi chạy thận ở trung tâm Riverbend North thứ Hai, Tư, Sáu. Tuần tới gia đình tôi phải đi Houston dự đám cưới, mẹ tôi đi cùng từ 11/27 đến 12/3. Cô có thể giúp sắp xếp chạy thận tạm thời ở Houston không? Mẹ tôi có bảo hiểm Medicare và Caresource.

Sorry my English not good so I write Vietnamese, my sister can translate if need. Her phone 937-830-2214.

Cảm ơn cô rất nhiều.
Khoa
""")

add('phi', 'lang', 'Lin', 'Language Services <interpreters@riverbendhealth.org>', 'jason.lin.work@gmail.com',
    '您父亲的出院指导 / discharge instructions for your father', D + '15:30:44 -0500', cte='b64', body="""Jason 您好，

附上您父亲林国栋先生 (1946年出生) 的出院指导中文翻译，医生下午已经签字。重点如下：

1. 华法林 (warfarin) 每天晚上吃 5 毫克，下周一 (11月23日) 到 Eastgate 诊所抽血查 INR。
2. 不要吃太多绿叶蔬菜，每天的量要稳定。
3. 如果大便发黑或者流鼻血不止，请马上打 911 或去急诊。
4. 心内科 Dr. Varghese 门诊：12月2日上午10点。

English version was given to him at bedside. 如有问题请打 937-294-5099 找我。

王美玲 (Meiling Wang)
Certified Mandarin Medical Interpreter
""")

add('phi', 'lang', 'Jean-Baptiste', 'Nadège Pierre-Louis RN <npierrelouis@riverbendhealth.org>', 'wjeanbaptiste56@gmail.com',
    'Rezilta tès ou yo', D + '11:57:33 -0500', body="""Bonjou Mesye Jean-Baptiste,

Se Nadège, enfimyè nan klinik Dr. Ruiz la. Rezilta tès san ou te fè jedi pase a rive. Sik nan san ou (A1c) se 8.4, li pi wo pase dènye fwa. Doktè a vle ou vin wè l pou nou chanje medikaman an. Mwen gen yon randevou pou ou lendi 23 novanm a 10:00 AM.

Tanpri rele m nan 937-294-3312 pou konfime. Si ou bezwen, pitit fi ou Roseline ka rele tou.

Mèsi anpil,
Nadège
""")

add('phi', 'lang', 'Ferreira', 'Luciana Ferreira <lu.ferreira.silva@gmail.com>', 'Ginecologia Riverbend <womens.clinic@riverbendhealth.org>',
    'Dúvida sobre a cirurgia de amanhã', D + '20:02:18 -0500', charset='windows-1252', cte='qp', body="""Oi, boa noite!

Sou a Luciana Ferreira, tenho a laparoscopia amanhã às 13h com a Dra. Stanton. A moça do telefone me falou pra não comer depois da meia-noite, mas posso tomar água de manhã? E o meu remédio da tireoide, tomo ou não?

Sorry for the Portuguese, my English is ok but I get nervous lol. A intérprete vai estar lá né?

Obrigada!
Luciana
(937) 371-0846
""")

add('phi', 'lang', 'Sokolov', 'Pharmacy Refill Line <rxrefills@riverbendhealth.org>', 'Dr. Samuel Orr <sorr@riverbendhealth.org>',
    'FW: продление рецепта', D + '09:09:09 -0500', cte='b64', body="""Dr. Orr - refill request came in Russian via the web form, translation by Irina (pharmacy) below. Pt is out tomorrow. OK to send 90 days?

"Please renew my prescription for Eliquis 5 mg and metoprolol 25 mg. I have 2 pills left. Pharmacy Walgreens on Far Hills."

----- Original -----
Здравствуйте! Меня зовут Виктор Петрович Соколов, дата рождения 14.03.1949. Прошу продлить рецепт на Эликвис 5 мг и метопролол 25 мг, осталось 2 таблетки. Аптека Walgreens на Far Hills Ave. Спасибо!
Соколов В.П., тел. 937-434-1907
""")

add('phi', 'lang', 'Hassan', 'Sahra Mohamed <smohamed@riverbendhealth.org>', 'Riverbend Pediatrics Nurse <peds.triage@riverbendhealth.org>',
    'Hassan family - callback', D + '13:13:47 -0500', cc='intake@daytonrefugeeservices.org', body="""Hi Renee, I'm the CHW working with the Hassan family. Mom left me this voicemail in Somali, my translation is underneath. Can someone from peds call her back with me on the line? Cc'ing Yusuf at refugee services who is helping with transport.

"Salaan Sahra, waa Faadumo. Wiilkayga Cabdullaahi Hassan (4 jir) qufaca ma joogsan, habeenkii wuu neefsan waayaa. Daawada Dr. Sandoval siisay waa dhammaatay. Fadlan i soo wac."

= "Hi Sahra, it's Fadumo. My son Abdullahi Hassan (4 years old) the cough hasn't stopped, at night he can't breathe well. The medicine Dr. Sandoval gave is finished. Please call me."

Her number: 937-558-0193

Sahra Mohamed
Community Health Worker, Riverbend Health Partners
""")
# ---------------------------------------------------------------- clean-staff
add('clean', 'staff', '', 'Angela Ruffin <aruffin@riverbendhealth.org>', 'placements@vitalstaffnursing.com',
    'ICU nights coverage Dec', D + '08:37:20 -0500', body="""Hi Josh,

We're going to need 2 travel RNs for ICU nights starting 12/6 for 13 weeks. Must have 2 yrs adult ICU, CRRT experience is a big plus, Epic preferred. Same bill rate as the last contract if you can make it work; I can go a bit higher for someone who can also float to step-down.

We had 3 call-offs this weekend and I'm doubling people up, so sooner is better.

Angela Ruffin, MSN RN
Nurse Manager, Medical ICU
""")

add('clean', 'staff', '', 'Dr. Priscilla Yeung <pyeung@riverbendhealth.org>', 'm.albright@cincychildrens-fellows.org',
    'Re: your talk Thursday', D + '21:14:05 -0500', body="""Mike,

Loved the draft. Slide 14 is doing a lot - I'd split the algorithm into two slides. And I agree with you on the steroid question; we had a kid almost exactly like your second case last winter and did the same thing, took a week to turn around. Happy to be the discussant if you want someone to argue with you.

Still on for drinks after?

P.

> Would love any feedback before I embarrass myself in front of the whole department. Deck attached.
> Mike
""")

add('clean', 'staff', '', 'Raj Patel MD <rpatel2@riverbendhealth.org>', 'Chief Residents <chiefres@riverbendhealth.org>',
    'swap 11/28 call', D + '12:02:58 -0500', cc='Lena Okonkwo <lokonkwo@riverbendhealth.org>', body="""Hi chiefs - Lena and I are swapping: I'll take her Sat 11/28 ward call, she takes my Sun 12/13. Both of us are under hours for those weeks. Can you update Amion?

thanks
Raj (PGY-2)
""")

add('clean', 'staff', '', 'Pharmacy Purchasing <rx.purchasing@riverbendhealth.org>', 'acctmgr.ohio@cardinalmedsupply.com',
    'Backorder - NS 1000 mL and cefazolin 2g', D + '10:21:43 -0500', body="""Hi Kelly,

Our allocation on 0.9% NaCl 1000 mL bags dropped again this week (we got 60% of normal). We're down to about 4 days on hand. Also cefazolin 2 g vials showing backorder with no ETA - we use ~140/week for surgical prophylaxis. Any chance of a substitute NDC or a different presentation?

We're conserving per our shortage plan but I need to tell the P&T committee something by Thursday.

Daniel Mroz, PharmD
Pharmacy Purchasing Manager
""")

add('clean', 'staff', '', 'Greg Hanlon <ghanlon@riverbendhealth.org>', 'rep.northeast@strykerlike-ortho.com',
    'vendor credentialing before Thursday', D + '14:31:19 -0500', body="""Hi Corey,

Heads up that your new associate (Tyler?) isn't showing as cleared in Vendormate - flu shot attestation and the OR etiquette module are missing. He won't be let into the Thursday joint cases without it. Your badge is fine.

Also we still haven't received the loaner trays for the revision set. They need to be here 48 hours ahead for SPD. 

Greg Hanlon, RN
Perioperative Services Manager
""")

add('clean', 'staff', '', 'Kim Daugherty <kimd.rn@gmail.com>', 'rep@ohionursesunion-local88.org',
    'staffing on 4 west - need to talk', D + '23:48:10 -0500', body="""Hi Dana,

I'm writing from my personal email on purpose. Last night on 4 West we had 7 patients each on nights with one aide for 30 beds. Two of my 7 were fresh post-ops and one was on a heparin drip. We filed 3 ADO forms and the house supervisor basically shrugged.

This is the 4th time this month. I don't want to name anyone on the unit but several of us are willing to meet. When is the next rep meeting?

Kim D.
""")

add('clean', 'staff', '', 'Dr. Tomasz Wiśniewski <twisniewski@riverbendhealth.org>', 'residency@wright-med.edu',
    'Re: LOR for Dr. Amara Eze', D + '16:05:55 -0500', body="""Dear Dr. Fowler,

I'm happy to confirm my letter of recommendation for Dr. Amara Eze has been uploaded to ERAS. She rotated with our hospitalist service for 4 weeks in August and was, frankly, one of the strongest students we've had: thorough, calm with families, and excellent at presenting complex patients concisely.

Please let me know if you'd like to speak by phone.

Tomasz Wiśniewski, MD
Associate Program Director, Internal Medicine
""")

# ---------------------------------------------------------------- clean-admin
add('clean', 'admin', '', 'Facilities Management <facilities@riverbendhealth.org>', 'Vendors-All <vendors-all@riverbendhealth.org>',
    'Garage B closure Nov 21-22 / deliveries', D + '09:00:00 -0500', body="""All vendors and couriers:

Parking Garage B will be closed Saturday 11/21 6 AM through Sunday 11/22 6 PM for concrete repair. The loading dock off Wayne Ave will remain open. Lab couriers please use the Emergency Department drop-off lane (north side) and call Security at 937-294-5000 on arrival.

Thank you,
Riverbend Facilities Management
""")

add('clean', 'admin', '', 'Talent Acquisition <careers@riverbendhealth.org>', 'jordan.mcbride.22@gmail.com',
    'Offer of employment - Patient Care Technician', D + '15:20:36 -0500', html="""<html><body style="font-family:Georgia;font-size:11pt">
<p>Dear Jordan,</p>
<p>On behalf of Riverbend Health Partners, I am pleased to offer you the position of <b>Patient Care Technician, 5 North (Orthopedics/Neuro)</b>, 0.9 FTE, night shift, at a starting rate of <b>$19.75/hour</b> plus $2.50/hour night differential.</p>
<p>This offer is contingent on successful completion of our onboarding requirements, including a background check and occupational health clearance. Your tentative start date is <b>Monday, December 14, 2026</b> with General Orientation at 8:00 AM in the Kettering Pavilion auditorium.</p>
<p>Please reply to accept by November 24.</p>
<p>Warm regards,<br>Michelle Ostrowski<br>Talent Acquisition Partner</p>
<p style="font-size:8pt;color:#888">Riverbend Health Partners is an Equal Opportunity Employer.</p>
</body></html>""")

add('clean', 'admin', '', 'Accounts Payable <ap@riverbendhealth.org>', 'ar@tristatelinen.com',
    'RE: Invoice 88213-B past due', D + '11:44:22 -0500', body="""Hi Brenda,

We're holding invoice 88213-B ($14,882.60) because the October delivery tickets show 1,140 fewer pounds than billed for the surgery scrubs line. Our receiving log is attached. If you can send the signed tickets for 10/12 and 10/19 we'll release payment for the undisputed portion this week.

Thanks,
Jerome Pickett
Accounts Payable Specialist
""")

add('clean', 'admin', '', 'Managed Care Contracting <contracting@riverbendhealth.org>', 'network.ohio@medigoldplan-mc.com',
    'Riverbend 2027 rate proposal - counter', D + '17:10:48 -0500', body="""Hi Sandra,

Thank you for the revised exhibit. Our counter on the professional fee schedule:

  Evaluation & Management (99202-99215): 112% of 2027 Medicare (your offer 104%)
  Imaging (70000-79999): 118% (your offer 110%)
  Outpatient PT/OT: $96 per visit case rate (your offer $88)
  Inpatient: DRG base rate $7,410 (your offer $7,050)

We can accept the 2-year term and the proposed quality bonus pool tied to HEDIS breast cancer screening and A1c control rates if the above moves. Available Thursday or Friday afternoon.

Todd Brennan
Director, Managed Care Contracting
""")

add('clean', 'admin', '', 'IS Service Desk <servicedesk@riverbendhealth.org>', 'Affiliated Practices <affiliate-practices@riverbendhealth.org>',
    'Planned Epic downtime Sun 11/22 01:00-04:30', D + '13:30:00 -0500', body="""ATTENTION affiliated practices and Community Connect users:

Epic will be unavailable Sunday 11/22 from 01:00 to 04:30 for the quarterly upgrade. Read-only BCA access will be available from 00:30. Please print your Monday schedules before Saturday night. MyRiverbend patient portal and e-check-in will also be down.

Questions: Service Desk, 937-294-4357 (HELP), option 1.
""")

add('clean', 'admin', '', 'Compliance Office <compliance@riverbendhealth.org>', 'medstaff-all@riverbendhealth.org',
    'REMINDER: Annual privacy attestation due 11/30', D + '08:00:05 -0500', html="""<html><body style="font-family:Calibri;font-size:11pt">
<p>Dear Members of the Medical Staff,</p>
<p>Our records show <b>212 providers</b> have not yet completed the 2026 Privacy &amp; Security attestation in HealthStream. Completion is a condition of reappointment.</p>
<ul><li>Module time: ~20 minutes</li><li>Due: <b>November 30, 2026</b></li><li>Reminder: do not email PHI to personal accounts; use Secure Chat or [secure] in the subject line for external mail.</li></ul>
<p>Thank you,<br>Office of Compliance &amp; Privacy<br>Riverbend Health Partners</p>
</body></html>""")

add('clean', 'admin', '', 'Executive Office <ceo.office@riverbendhealth.org>', 'Board of Trustees <trustees@riverbendhealth.org>',
    'Board packet - Dec 3 meeting', D + '16:45:00 -0500', body="""Dear Trustees,

The packet for the December 3 meeting is available in Diligent. Agenda highlights:

1. FY26 audited financials (operating margin 1.8%)
2. Approval of FY27 capital budget ($41.2M, incl. second cath lab)
3. Quality & Safety report - Q3 falls with injury, CLABSI rate, readmissions
4. Executive session: CEO evaluation

Dinner at 5:30, meeting at 6:15 in the Kettering Pavilion boardroom.

Best,
Carolyn Hess
Executive Assistant to the President & CEO
""")
# ---------------------------------------------------------------- clean-lookalike
add('clean', 'lookalike', '', 'Heather Quinlan <hquinlan@riverbendhealth.org>', 'hquinlan.home@gmail.com',
    'FW: Biscuit is due for vaccines', D + '10:15:33 -0500', body="""fwd to home so I don't forget

---------- Forwarded message ---------
From: Oakwood Animal Hospital <reminders@oakwoodanimalhosp.com>
Date: Tue, Nov 17, 2026 at 6:00 AM
Subject: Biscuit is due for vaccines

Hi Heather,

Our records show Biscuit (Canine, Beagle mix, 7 yrs) is due for:
  - Rabies (3 yr) - due 11/28/2026
  - DHPP - due 11/28/2026
  - Annual heartworm test

Biscuit's last weight was 31.4 lbs. Book online or call 937-299-4410. Patient ID 22817.

Oakwood Animal Hospital
""")

add('clean', 'lookalike', '', 'Derek Vogt <dvogt@riverbendhealth.org>', 'claims@buckeyestatemutualauto.com',
    'Claim 04-88321-77 - photos and estimate', D + '12:40:40 -0500', body="""Hello,

Re: claim 04-88321-77, policy BSM-2210984, date of loss 11/13/2026.

Attached are the photos and the estimate from Dorothy Lane Collision ($3,412.18). The other driver's carrier is Progressive, claim 26-9918822. Nobody was hurt, just the rear bumper and tailgate sensor. Rental through Enterprise please, I'm at the hospital for shifts and need a car by Thursday.

Derek Vogt
937-626-1180
""")

add('clean', 'lookalike', '', 'IronWorks Fitness <members@ironworksfitness.com>', 'sbalogun@riverbendhealth.org',
    'Sam, your corporate wellness membership renews 12/1', D + '07:00:00 -0500', html="""<html><body style="font-family:Helvetica;background:#f4f4f4">
<div style="max-width:600px;margin:auto;background:white;padding:20px">
<h2 style="color:#d33">Keep the momentum, Sam!</h2>
<p>Your Riverbend Health Partners corporate wellness membership (Member #IW-558213) renews on <b>December 1</b> at the employee rate of $19/month.</p>
<p>This year you checked in <b>96 times</b>. Book a free fitness assessment with a trainer before Dec 31 and get a free IronWorks shaker bottle.</p>
<p><a href="https://ironworksfitness.com/account">Manage membership</a></p>
<p style="font-size:9px;color:#999">IronWorks Fitness, 3100 Far Hills Ave. Unsubscribe.</p>
</div></body></html>""")

add('clean', 'lookalike', '', 'Greenleaf Tree & Lawn <office@greenleaftreelawn.com>', 'pmcgrath@riverbendhealth.org',
    'Your arborist report & treatment plan', D + '14:14:14 -0500', body="""Hi Patrick,

Thanks for having us out Saturday. Here's the summary from our arborist's visit:

Diagnosis: The large white ash in your back yard shows signs of emerald ash borer (D-shaped exit holes, canopy thinning about 25%).
Treatment plan: Trunk injection with emamectin benzoate, $385. Protects for 2 years.
Follow-up visit: Spring 2027 to reassess canopy. If thinning passes 50%, we'd recommend removal.

The maple out front is healthy, just needs a light prune.

Reply to approve and we'll get you on the schedule.
Greenleaf Tree & Lawn - 937-885-2040
""")

add('clean', 'lookalike', '', 'Zabbix Monitoring <noreply-monitor@riverbendhealth.org>', 'oncall@apexmanagedit.com',
    'PROBLEM: EPICPRD-WBS02 health check critical', D + '03:12:07 -0500', body="""Problem started at 03:11:58 on 2026.11.17
Problem name: Host health check CRITICAL
Host: EPICPRD-WBS02 (10.40.12.22)
Severity: High
Operational data: disk /var 94% used, load avg 18.2, heartbeat missed x3

Patient-facing impact: MyRiverbend login latency > 8s (synthetic check)
Original problem ID: 88213007
""")

add('clean', 'lookalike', '', 'Beavercreek Honda Service <service@beavercreekhonda.com>', 'lrousseau@riverbendhealth.org',
    'Lisa, your appointment is confirmed', D + '18:20:00 -0500', body="""Hi Lisa,

Your service appointment is confirmed:

Vehicle: 2021 Honda CR-V (VIN ending 44731)
Date: Thursday, November 19, 2026 at 7:30 AM
Services: Check engine light diagnostic, 45k mile check-up, tire rotation
Advisor: Kyle

Our complimentary shuttle runs within 10 miles. Reply C to confirm or R to reschedule.

Beavercreek Honda
""")

add('clean', 'lookalike', '', 'RiteWay Pharmacy Rewards <rewards@ritewayrx-mail.com>', 'tkowalski@riverbendhealth.org',
    'Tom, you have $8 in RiteCash waiting', D + '06:30:00 -0500', html="""<html><body style="font-family:Arial">
<table width="600" align="center"><tr><td style="background:#0055a5;color:white;padding:12px"><b>RiteWay Rewards</b> &nbsp; Card ending 4419</td></tr>
<tr><td style="padding:12px">
<p>Hi Tom,</p>
<p>You've earned <b>$8.00 RiteCash</b>! Use it on vitamins, cold &amp; flu, or beauty through 11/30.</p>
<p>Plus: get your flu shot at any RiteWay pharmacy - no appointment needed, $0 with most insurance.</p>
<p style="font-size:9px;color:#777">RiteCash can't be used on prescriptions. Unsubscribe | Privacy Policy</p>
</td></tr></table></body></html>""")

# ---------------------------------------------------------------- clean-news
add('clean', 'news', '', 'Infection Prevention <infectionprevention@riverbendhealth.org>', 'Affiliated Practices <affiliate-practices@riverbendhealth.org>',
    'FW: ODH Weekly Influenza Report - Week 45', D + '11:11:11 -0500', body="""FYI - flu activity picking up in our region. We had 23 positive flu A tests system-wide last week vs 9 the week before. Please reinforce masking in waiting rooms for symptomatic patients.

Lauren Beck, MPH, CIC
Infection Prevention

-------- Forwarded --------
From: ODH Outbreak Response
Subject: Ohio Weekly Influenza Report - Week 45

Statewide influenza-associated hospitalizations: 142 (up 61% from week 44)
Geographic spread: Regional
Southwest Ohio region ILI: 3.1% of ED visits (baseline 2.2%)
Predominant strain: A(H3N2)
Pediatric influenza-associated deaths this season: 0
""")

add('clean', 'news', '', 'Riverbend Health Partners <news@riverbendhealth.org>', 'community-subscribers@riverbendhealth.org',
    'Healthy Living: 5 ways to keep your heart strong this winter', D + '10:00:00 -0500', html="""<html><body style="font-family:Georgia;max-width:640px;margin:auto">
<h1 style="color:#1b5e20">Healthy Living - November 2026</h1>
<h3>5 ways to keep your heart strong this winter</h3>
<ol><li>Shovel smart: push, don't lift, and take breaks. Heart attacks spike after big snowfalls.</li>
<li>Keep moving indoors - 150 minutes a week of moderate activity.</li>
<li>Watch the holiday salt. Canned soups and deli meats add up fast.</li>
<li>Get your flu shot. Flu raises heart attack risk for a week after infection.</li>
<li>Know your numbers: free blood pressure checks every Saturday in December at Riverbend Eastgate, 9-noon.</li></ol>
<p><i>Dr. Anil Varghese, Riverbend Heart &amp; Vascular</i></p>
<p style="font-size:9px">You are receiving this because you subscribed at riverbendhealth.org. Unsubscribe.</p>
</body></html>""")

add('clean', 'news', '', 'Revenue Integrity <revintegrity@riverbendhealth.org>', 'Practice Managers <practice-managers@riverbendhealth.org>',
    'CY2027 PFS final rule - what changes for us', D + '15:35:00 -0500', body="""Quick summary of the CY2027 Physician Fee Schedule final rule (released 11/2):

- Conversion factor up ~2.6% for qualifying APM participants, ~2.1% for others.
- G2211 add-on: now payable with same-day preventive visits. Expect ~$4-5M system revenue uplift annualized if we capture it consistently.
- Telehealth flexibilities for behavioral health extended; in-person visit within 6 months requirement delayed again.
- New remote monitoring codes for 2-15 days of data.

Education sessions for coders and providers in December; dates to follow.

Nicole Barrera, CPC, CRC
Revenue Integrity Manager
""")

add('clean', 'news', '', 'Dr. Funmi Oyelaran <foyelaran@riverbendhealth.org>', 'Eastgate Providers <eastgate-providers@riverbendhealth.org>',
    'interesting GLP-1 paper', D + '12:25:09 -0500', cc='mruiz@riverbendhealth.org', body="""In case you missed it - NEJM this week, the big RCT on semaglutide in people with obesity and knee OA without diabetes. Pain scores improved way more than you'd expect from weight loss alone. Link: https://www.nejm.org/doi/full/10.1056/NEJMoa26xxxxx

Worth talking about at our Thursday huddle given how many of our folks are asking about it and the prior auth headaches.

Funmi
""")

add('clean', 'news', '', 'Public Health - Dayton & Montgomery Co <alerts@phdmc-health.org>', 'Infection Prevention <infectionprevention@riverbendhealth.org>',
    'HEALTH ALERT: Measles cases in Clark County', D + '16:59:00 -0500', body="""HEALTH ALERT NETWORK - ALERT
Date: 11/17/2026

Three confirmed measles cases have been identified in unvaccinated children in Clark County since 11/9. Exposure sites include a Springfield pediatric urgent care (11/10, 2-6 PM) and a grocery store (11/12).

Recommendations for clinicians:
- Consider measles in patients with fever and rash, especially if unvaccinated or with travel.
- Mask and isolate suspected cases immediately in an airborne isolation room.
- Report suspect cases to public health by phone immediately: 937-225-4508.
- Collect NP swab for measles PCR and serum IgM.

Do not send suspect cases to the health department without calling first.
""")

add('clean', 'news', '', 'Marketing & Communications <media@riverbendhealth.org>', 'newsdesk@daytonbizjournal.com',
    'PRESS RELEASE: Riverbend to open Kettering Cancer Pavilion in 2027', D + '09:30:00 -0500', body="""FOR IMMEDIATE RELEASE

Riverbend Health Partners breaks ground on $68M Kettering Cancer Pavilion

DAYTON, Ohio - Riverbend Health Partners today announced construction of a 72,000-square-foot outpatient cancer center on its Kettering campus, scheduled to open in fall 2027. The pavilion will house medical and radiation oncology, 36 infusion chairs, a second linear accelerator and on-site genetic counseling.

"Last year more than 1,400 people in our region had to drive to Cincinnati or Columbus for parts of their cancer care," said President and CEO Dr. Marian Osei. "This building brings that care home."

Media contact: Jenna Farris, 937-294-5520, media@riverbendhealth.org
###
""", atts=[('Riverbend_Cancer_Pavilion_release.html', """<html><head><title>Riverbend Cancer Pavilion</title></head><body>
<h2>Riverbend Health Partners breaks ground on $68M Kettering Cancer Pavilion</h2>
<p>72,000 sq ft | 36 infusion chairs | opening fall 2027</p>
<p>Renderings available on request. Groundbreaking ceremony Monday, Nov. 30 at 10 AM, 3535 Southern Blvd.</p>
</body></html>""", 'text/html')])

# ---------------------------------------------------------------- clean-training
add('clean', 'training', '', 'Epic Training Team <epictraining@riverbendhealth.org>', 'New Hires Nov 2026 <newhires-nov26@riverbendhealth.org>',
    'Tip sheet: placing a lab order (playground)', D + '08:15:00 -0500', body="""Welcome to week 2! Before your Thursday lab, practice in the PLAYGROUND (PLY) environment only. Use your assigned training patient:

   Patient: Zztest, Adultfemale   MRN: E9900041   DOB: 01/01/1980
   Patient: Zztest, Peds          MRN: E9900057   DOB: 06/15/2019

Steps:
1. Open Chart > Orders > search "BMP".
2. Associate the dx "Hypertension" from the problem list.
3. Set Priority: Routine, Class: Lab Collect. Sign.

Do NOT log into PRD to practice. Questions: epictraining@riverbendhealth.org
""")

add('clean', 'training', '', 'Privacy Office <privacy@riverbendhealth.org>', 'Nursing Educators <nursing-ed@riverbendhealth.org>',
    'Privacy quiz - answer key for unit huddles', D + '14:00:00 -0500', body="""Answer key for the December huddle quiz. Scenarios are fictional.

1. A nurse looks up her neighbor's lab results out of concern. Violation? YES - no treatment relationship.
2. Patient A's husband calls asking if she's been admitted. Patient A opted out of the directory. May you confirm? NO.
3. You fax a discharge summary to the wrong SNF. What do you do? Report in RL Solutions within 24h; do not attempt to "fix" it yourself.
4. A physician emails a colleague "the 40-something guy in 12 with the weird rash" with a photo of the rash only. PHI? It depends - room number + date can identify. Use Secure Chat.

Thanks for running these!
""")

add('clean', 'training', '', 'Dr. Hannah Cole <hcole@riverbendhealth.org>', 'grandrounds@wright-med.edu',
    'Case for Friday M&M - de-identified', D + '19:30:00 -0500', body="""Here's the de-identified case write-up for Friday. I've removed names, dates and the unit.

A man in his late 60s with a history of atrial fibrillation on apixaban presented to the ED after a ground-level fall. Initial head CT was negative. He was admitted for observation and anticoagulation was held. On hospital day 2 he became acutely confused; repeat CT showed a 9 mm subdural hematoma. Andexanet was given. Neurosurgery managed non-operatively. He was discharged to rehab on day 9.

Teaching points: delayed SDH after negative initial CT in anticoagulated elderly; who gets a repeat scan; restarting anticoagulation.

Hannah
""")

add('clean', 'training', '', 'Brandon Tisch <btisch@riverbendhealth.org>', 'IS Analysts <is-analysts@riverbendhealth.org>',
    'HL7 101 homework', D + '16:48:00 -0500', body="""For Wednesday's HL7 101 session, parse this sample ADT and identify the trigger event, the patient class, and the attending. It's the textbook example from the HL7 spec, not from our system.

MSH|^~\\&|ADT1|GOOD HEALTH HOSPITAL|GHH LAB, INC.|GOOD HEALTH HOSPITAL|198808181126|SECURITY|ADT^A01^ADT_A01|MSG00001|P|2.8||
EVN|A01|200708181123||
PID|1||PATID1234^^^GOOD HEALTH HOSPITAL^MR||EVERYMAN^ADAM^A^III||19610615|M||C|2222 HOME STREET^^GREENSBORO^NC^27401-1020
PV1|1|I|2000^2012^01||||004777^ATTEND^AARON^A|||SUR||||ADM|A0|

Bring a printout or a laptop. Same message attached as a file if you want to load it in HL7 Soup.
Brandon
""", atts=[('sample_ADT_A01.hl7', "MSH|^~\\&|ADT1|GOOD HEALTH HOSPITAL|GHH LAB, INC.|GOOD HEALTH HOSPITAL|198808181126|SECURITY|ADT^A01^ADT_A01|MSG00001|P|2.8||\rEVN|A01|200708181123||\rPID|1||PATID1234^^^GOOD HEALTH HOSPITAL^MR||EVERYMAN^ADAM^A^III||19610615|M||C|2222 HOME STREET^^GREENSBORO^NC^27401-1020\rPV1|1|I|2000^2012^01||||004777^ATTEND^AARON^A|||SUR||||ADM|A0|\r", 'application/octet-stream')])

add('clean', 'training', '', 'Simulation Center <simcenter@riverbendhealth.org>', '4 West Staff <4west-staff@riverbendhealth.org>',
    'Mock code Thursday - 4 West', D + '11:30:00 -0500', body="""Heads up 4 West: we'll be running an unannounced-ish mock code on your unit sometime Thursday between 10 and 2. Our manikin "SimMan Stan" will be in room 420 (it's blocked). He will go into pulseless VT. Please respond as you would for a real code; the crash cart will be a training cart with expired drugs labeled TRAINING.

Debrief right after in the break room, 15 min. Coffee on us.

Simulation Center
""")

add('clean', 'training', '', 'Coding Education <codingedu@riverbendhealth.org>', 'Provider Documentation <provdoc@riverbendhealth.org>',
    'Documentation tip: specificity for diabetes', D + '13:05:00 -0500', html="""<html><body style="font-family:Calibri;font-size:11pt">
<p><b>Documentation Tip of the Month</b></p>
<p>"Diabetes" alone codes to E11.9 (type 2 without complications). If the patient has CKD stage 3a and you've linked it, document it:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Documented</th><th>Codes</th></tr>
<tr><td>"DM2"</td><td>E11.9</td></tr>
<tr><td>"DM2 with diabetic CKD stage 3a"</td><td>E11.22 + N18.31</td></tr>
<tr><td>"DM2, A1c 9.2, uncontrolled (hyperglycemia)"</td><td>E11.65</td></tr>
</table>
<p>Example patient: 58-year-old on metformin and glipizide, eGFR 52 x2 over 3 months. Better: "Type 2 DM with diabetic CKD 3a, A1c 8.1." HCC captured.</p>
<p>Coding Education Team</p>
</body></html>""")

# ---------------------------------------------------------------- output
def main():
    import random
    random.seed(3011)
    order = list(range(len(M)))
    random.shuffle(order)
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    rows = []
    for n, i in enumerate(order, 1):
        m = M[i]
        kind = '%s-%s' % (m['label'], m['kind'])
        fn = '%s-%03d.eml' % (kind, n)
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(build(m, i).as_bytes())
        rows.append((fn, m['label'], kind, m['patient']))
    rows.sort()
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    print(len(rows), 'messages written')

if __name__ == '__main__':
    main()
