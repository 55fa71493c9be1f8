#!/usr/bin/env python3
"""Blind eval set, setting: payers and vendors. All messages hand-written literal text; all data invented."""
import csv, io, os, random, zipfile, sys
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email import encoders, charset as _cs
from email.parser import BytesParser
from email import policy

random.seed(2822)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
MSGS = []

def M(label, kind, patient, frm, to, date, subj, body, html=None, att=(), cs='utf-8', cte=None, extra=None):
    MSGS.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to, date=date, subj=subj,
                     body=body, html=html, att=list(att), cs=cs, cte=cte, extra=extra or {}))

def _text(s, sub='plain', cs='utf-8', cte=None):
    if cte is None and cs == 'utf-8':
        # real mailers: plain ASCII goes 7bit, non-ASCII UTF-8 goes quoted-printable
        if all(ord(ch) < 128 for ch in s):
            return MIMEText(s, sub, 'us-ascii')
        cte = 'qp'
    if cte is None:
        p = MIMEText(s, sub, cs)
    else:
        c = _cs.Charset(cs)
        c.body_encoding = {'qp': _cs.QP, 'b64': _cs.BASE64}[cte]
        p = MIMEText('', sub)
        del p['Content-Transfer-Encoding']
        p.set_payload(s, c)
    return p

def _att(a):
    # a = (filename, content, mime, how) ; how in text|b64|rfc822|zip
    fn, content, mime, how = a
    if how == 'rfc822':
        inner = build(content)
        part = MIMEMessage(inner)
        part.add_header('Content-Disposition', 'attachment', filename=fn)
        return part
    if how == 'zip':
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
            for n, c in content:
                zi = zipfile.ZipInfo(n, date_time=(2026, 11, 30, 9, 0, 0))
                z.writestr(zi, c)
        part = MIMEBase('application', 'zip')
        part.set_payload(buf.getvalue())
        encoders.encode_base64(part)
        part.add_header('Content-Disposition', 'attachment', filename=fn)
        return part
    main, sub = mime.split('/')
    if main == 'text' and how == 'text':
        part = MIMEText(content, sub, 'utf-8')
    else:
        part = MIMEBase(main, sub)
        part.set_payload(content.encode('utf-8') if isinstance(content, str) else content)
        encoders.encode_base64(part)
    part.add_header('Content-Disposition', 'attachment', filename=fn)
    return part

from email.utils import parseaddr, formataddr
def _addr(a):
    name, addr = parseaddr(a)
    if name and any(ord(ch) > 127 for ch in name):
        return formataddr((name, addr), charset='utf-8')
    return a

_mid = [0]
def build(m):
    cs, cte = m['cs'], m['cte']
    if m['html'] is not None:
        alt = MIMEMultipart('alternative')
        alt.attach(_text(m['body'], 'plain', cs, cte))
        alt.attach(_text(m['html'], 'html', cs, cte))
        body = alt
    else:
        body = _text(m['body'], 'plain', cs, cte)
    if m['att']:
        msg = MIMEMultipart('mixed')
        msg.attach(body)
        for a in m['att']:
            msg.attach(_att(a))
    else:
        msg = body
    msg['From'] = _addr(m['frm'])
    msg['To'] = _addr(m['to'])
    msg['Date'] = m['date']
    msg['Subject'] = m['subj']
    _mid[0] += 1
    dom = m['frm'].split('@')[-1].strip('>').strip()
    msg['Message-ID'] = '<m.%04d.%d@%s>' % (_mid[0], 7730000 + _mid[0] * 37, dom)
    for k, v in m['extra'].items():
        msg[k] = v
    return msg

def F(frm, to, date, subj, body, **kw):
    """inner message dict for rfc822 forwards"""
    d = dict(frm=frm, to=to, date=date, subj=subj, body=body, html=None, att=[], cs='utf-8', cte=None, extra={})
    d.update(kw)
    return d

# ====================================================================== phi-care
M('phi','phi-care','Okafor',
  'Dana Whitcomb RN <dwhitcomb@bluemeridianhealth.com>', 'intake@lakeshoreortho.org',
  'Mon, 30 Nov 2026 08:14:22 -0500', 'Auth request 26-1130-4471 - need op note',
  """Good morning,

I'm reviewing the prior auth request for Chinedu Okafor (member ID BMH884120573) for the right
knee arthroscopy scheduled 12/9 with Dr. Pell. The request came in with the PT notes but I don't
have the MRI report or the last office visit note. Can you fax those to 866-412-0970 or upload
them to the portal under the same case number?

If I don't have them by Wednesday noon I'll have to pend it to the medical director, which adds
about 3 business days.

Thanks,
Dana Whitcomb, RN
Utilization Management | Blue Meridian Health Plan
Direct 614-338-2290
""")

M('phi','phi-care','Brandt',
  'Kelsey from Summit Home Infusion <kelsey.r@summithomeinfusion.com>', 'Marisol Vega <mvega@northfieldid.com>',
  'Tue, 01 Dec 2026 16:41:09 -0600', 'RE: Brandt - OPAT labs',
  """Marisol - weekly labs drawn this AM by our nurse at the home. CBC, BMP, ESR/CRP went to Quest,
should cross tonight. Vanc trough was 17.2 (drawn 30 min before the 0800 dose). PICC site clean,
dressing changed. He's asking if he can shower without the cover yet, I told him not until Dr. Haas
says so.

Next delivery Friday, 7 days of supply. Let me know if dose changes.

Kelsey Ruiz, PharmD
Summit Home Infusion

-----Original Message-----
From: Marisol Vega <mvega@northfieldid.com>
Sent: Monday, November 30, 2026 2:12 PM
To: Kelsey Ruiz <kelsey.r@summithomeinfusion.com>
Subject: Brandt - OPAT labs

Hi Kelsey, can you make sure Walter Brandt gets his weekly draw tomorrow? Dr Haas wants the trough
before we decide on week 4.
""")

M('phi','phi-care','Lindqvist',
  'Apex Medical Supply - Orders <orders@apexmedsupply.net>', 'referrals@riversidepulm.com',
  'Wed, 02 Dec 2026 10:02:55 -0500', 'CPAP setup completed - Lindqvist, Ingrid',
  """Riverside Pulmonary,

This confirms that Ingrid Lindqvist (DOB 03/22/1961) had her CPAP setup on 12/01/2026 at her home
at 418 Birchwood Ct. ResMed AirSense 11, full face mask medium, pressure set 6-15 auto per your
order dated 11/18.

Compliance download will be pulled at day 31 and day 90. We need the face-to-face visit note
within the first 90 days showing benefit, or her plan (Harborview Medicare Advantage) will stop
paying the rental.

Apex Medical Supply | Order Desk | 800-274-6611 x3
""")

M('phi','phi-care','Petrakis',
  'Jon (Member Services) <jon.alvarez@cardinalcarehp.org>', 'Pharmacy Help Desk <rxhelp@cardinalcarehp.org>',
  'Thu, 03 Dec 2026 11:20:31 -0500', 'Quick one - early refill override?',
  """Have a member on the line, George Petrakis, ID CC20048817. Walgreens rejected his
atorvastatin and lisinopril refills as refill-too-soon. He is leaving for Greece on the 12th for 6
weeks and needs vacation supply. Can you put in an override or do I need to send to PBM? He's
holding. ext 4410

jon
""")

M('phi','phi-care','Hightower',
  'Precision Reference Laboratories <clientservices@precisionreflab.com>', 'Office Manager <office@fairwayfamilymed.com>',
  'Thu, 03 Dec 2026 07:55:12 -0500', 'Specimen rejected - Hightower, Denise - Accession PR2611-338201',
  """Specimen Rejection Notice

Client:        Fairway Family Medicine (acct 40218)
Patient:       HIGHTOWER, DENISE
Accession:     PR2611-338201
Collected:     12/01/2026 15:40
Test(s):       Hemoglobin A1c; Lipid panel; Urine microalbumin/creatinine ratio

Reason: Urine container received without patient label. Blood tests were performed and results
released. Urine test cancelled - please recollect.

No charge will be applied for the cancelled test. Call Client Services at 1-888-730-4420 with
questions.
""", html="""<html><body style="font-family:Arial;font-size:10pt">
<h3 style="color:#8a1c1c">Specimen Rejection Notice</h3>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Client</b></td><td>Fairway Family Medicine (acct 40218)</td></tr>
<tr><td><b>Patient</b></td><td>HIGHTOWER, DENISE</td></tr>
<tr><td><b>Accession</b></td><td>PR2611-338201</td></tr>
<tr><td><b>Collected</b></td><td>12/01/2026 15:40</td></tr>
<tr><td><b>Test(s)</b></td><td>Hemoglobin A1c; Lipid panel; Urine microalbumin/creatinine ratio</td></tr>
</table>
<p>Reason: Urine container received without patient label. Blood tests were performed and results released. Urine test cancelled - please recollect.</p>
<p style="font-size:8pt;color:#777">No charge will be applied for the cancelled test. Call Client Services at 1-888-730-4420 with questions.</p>
</body></html>""")

M('phi','phi-care','Nakamura',
  'Tracy Bell <tbell@covenantcaremgmt.com>', 'Tracy Bell <tbell@covenantcaremgmt.com>',
  'Fri, 04 Dec 2026 18:03:44 -0800', 'note to self - Nakamura f/u',
  """call Mr Nakamura mon re: echo appt at St Vincent 12/14 9:40 - he said daughter can't drive that
day, set up transport thru ModivCare (member has 12 rides left). also confirm he picked up the
new furosemide dose from CVS on Lake St. weight log - ask him to read me the last 5 days.
""")

M('phi','phi-care','Greer',
  'Appeals Coordinator <appeals@keystonemutualhealth.com>', 'Billing Dept <billing@heartlandimaging.com>',
  'Mon, 30 Nov 2026 13:30:00 -0500', 'Level 1 provider appeal decision - claim 2026110447721',
  """Heartland Imaging,

We have completed our review of your appeal for claim 2026110447721, patient Rosalind Greer,
date of service 09/14/2026, CPT 74177 (CT abdomen/pelvis with contrast).

Decision: OVERTURNED. The original denial for lack of prior authorization is reversed because the
scan was performed from the emergency department and does not require authorization under
section 4.3 of your participation agreement. The claim has been sent back for reprocessing and
should pay within 30 days at the contracted rate.

Keystone Mutual Health - Appeals & Grievances
PO Box 88214, Harrisburg PA 17106
""", cs='iso-8859-1')

M('phi','phi-care','Szabo',
  'Rena Klein <rklein@staffbridge.com>', 'Night Charge RN <nightcharge4w@mercywest.org>',
  'Sat, 05 Dec 2026 05:48:10 -0600', 'fwd: incident from last night - traveler',
  """Hi - our traveler (Amber T.) texted me this at 0320 and asked me to send it to you since she
couldn't reach the house sup. pasting as-is:

"pt in 412 Mrs Szabo pulled her NG tube around 0230, replaced by resident at 0300, xray ordered
for placement but not done yet. Family (son Laszlo) wants a call in the AM. Also her 2200 heparin
drip rate was 14ml/hr not 12 per the new order, I caught at 0100 and fixed, filled out the
report"

Let me know if you need anything from the agency side.
Rena Klein | StaffBridge Nursing | Clinical Liaison
""")
# ====================================================================== phi-names
M('phi','phi-names','Castellanos',
  'Priya Raman <praman@bluemeridianhealth.com>', 'Greg Tollefson <gtollefson@bluemeridianhealth.com>',
  'Mon, 30 Nov 2026 09:12:03 -0500', 'Castellanos',
  """Greg,

Spoke with Dr. Farrow's office again. They're going to resubmit with the second opinion from
Dr. Ahn attached. Mrs. Castellanos' husband called twice Friday, he is pretty upset that the
surgery got bumped. I told him we'd have an answer by Thursday.

Can you put it on the Wednesday MD review list just in case?

P
""")

M('phi','phi-names','Pruitt',
  'Shawna Delgado <sdelgado@evergreenhhc.com>', 'CM Team <cmteam@cardinalcarehp.org>',
  'Tue, 01 Dec 2026 14:55:48 -0500', 'RE: Bobby',
  """Yes that's him - "Bobby" on our roster is Robert Pruitt, the one on Elm in Cedar Falls. Our aide
goes Mon/Wed/Fri mornings. His wife Jeannie does the evening insulin. Nurse visit was
yesterday, wound on the left heel looks a little better, measuring 2.1 x 1.4 now.

Shawna

> -----Original Message-----
> From: Lorraine Hsu <lhsu@cardinalcarehp.org>
> Sent: Tuesday, December 1, 2026 1:30 PM
> Subject: Bobby
>
> Shawna, your scheduler mentioned "Bobby" on the call - is that our member Robert Pruitt?
> Want to make sure before I update his care plan.
""")

M('phi','phi-names','Abernathy',
  'Nate Oduya <noduya@keystonemutualhealth.com>', 'Grievance Team <grievances@keystonemutualhealth.com>',
  'Wed, 02 Dec 2026 16:20:12 -0500', 'Abernathy, Lucille - grievance from daughter',
  """Logged grievance G-2026-11873.

Complainant is the daughter, Karen Abernathy-Moss, who is her mom's authorized rep (form on file
since 2024). Says Lucille was discharged from Briarwood Rehab on 11/24 with no home health set up,
and nobody from our side called. Lucille fell at home 11/27, back in the ER at Mercy. Karen wants
to know why the SNF discharge planner and our CM didn't talk.

I told her expedited review not required since member isn't currently without a service, but
flagging to Amy since CM is involved.

Nate
""")

M('phi','phi-names','Whitfield',
  'Melanie Ortiz <mortiz@apexmedsupply.net>', 'Tom Barrow <tbarrow@apexmedsupply.net>',
  'Thu, 03 Dec 2026 10:47:36 -0500', 'Whitfield\'s chair',
  """Tom - Mr. Whitfield's power chair is STILL sitting in the warehouse. Harborview approved it on
11/20. Can someone please schedule the delivery and fitting this week? His PT at Gateway Rehab
(Jess) keeps calling me. He's been using a loaner manual chair and his shoulder is getting worse.
Her latest email is attached.

Mel
""", att=[('FW_ power chair delivery.eml', F('Jess Amundsen, DPT <jamundsen@gatewayrehab.org>', 'Melanie Ortiz <mortiz@apexmedsupply.net>',
  'Wed, 02 Dec 2026 16:12:40 -0500', 'power chair delivery - Whitfield',
  """Hi Melanie,

Checking again on the power wheelchair for Raymond Whitfield. I saw him in clinic today and his
right shoulder pain is up to 7/10 from self-propelling the loaner. The seating eval was done
10/28 and you told me the approval came through. Is there a delivery date? I'd like to be at the
fitting if possible - Tuesdays and Thursdays work for me.

Thanks,
Jess Amundsen, DPT
Gateway Rehab Outpatient
"""), 'message/rfc822', 'rfc822')])

M('phi','phi-names','Dube',
  'Angie Park <apark@novaehr.com>', 'Support Escalations <escalations@novaehr.com>',
  'Thu, 03 Dec 2026 15:33:00 -0700', 'Ticket 448120 - duplicate chart merge at Pinecrest Peds',
  """Escalating - client Pinecrest Pediatrics says two charts got merged during last night's
patient-match job. Tendai Dube (7 y/o) and her brother Farai Dube now show up as one record with
Farai's allergy list (penicillin) and Tendai's immunizations. Front desk noticed when mom brought
Tendai in for her flu shot this morning.

They have blocked the chart. Need an engineer to un-merge before their 1pm clinic. Client contact
is Bev Stroud, practice admin, 970-224-8817.

Angie Park
Tier 2 Support, NovaEHR
""")

M('phi','phi-names','Fairbanks',
  'Dr. Lewis Okonkwo <lokonkwo@cardinalcarehp.org>', 'UM Nurses <um-nurses@cardinalcarehp.org>',
  'Fri, 04 Dec 2026 08:05:17 -0500', 'peer to peer results this morning',
  """Team,

Did 3 P2Ps this morning:

Spoke w/ Dr. Gellar re: Fairbanks - approved the inpatient stay after all, she had the troponin
bump on day 2 that wasn't in the records we got. Please update the auth.

Dr. Sato didn't call at the scheduled time, left a VM. Denial stands for now on the Michaels
admission.

Still waiting on Dr. Ramirez - rescheduled for 2pm.

Lewis
""")

M('phi','phi-names','Ngata',
  'Carla Benson <cbenson@harborviewma.com>', 'Sione Ngata <sione.ngata77@gmail.com>',
  'Fri, 04 Dec 2026 12:40:02 -0800', 'Following up about your mother',
  """Dear Sione,

Thank you for calling yesterday about your mother, Mele. I checked and the hospital bed and
oxygen concentrator are approved. Apex Medical Supply will call you today to set up delivery
to your house. If hospice is started next week as Dr. Lau discussed, the hospice agency will take
over the equipment and you won't need to do anything.

Please call me directly if anything gets delayed: 360-591-4027.

Warmly,
Carla Benson, LCSW
Care Manager, Harborview Medicare Advantage
""")
# ====================================================================== phi-self
M('phi','phi-self','Moreau',
  'Claire Moreau <claire.moreau1958@yahoo.com>', 'memberservices@keystonemutualhealth.com',
  'Mon, 30 Nov 2026 21:14:09 -0500', 'Why was my colonoscopy billed as diagnostic???',
  """To whom it may concern,

I had a screening colonoscopy on October 8 at Valley Endoscopy Center. I am 62 and it was my
routine 10-year one. Your EOB says I owe $1,140 because it was "diagnostic." They removed one
small polyp, that's all. My understanding is the law says that is still screening.

My member number is KMH-5530281-01. I would like someone to call me at 717-555-0148, not a letter
please, I have gotten three letters and none of them explain anything.

Claire Moreau
""")

M('phi','phi-self','Haddad',
  'Omar Haddad <ohaddad.work@outlook.com>', 'Clearpath Rx Support <support@clearpathrx.com>',
  'Tue, 01 Dec 2026 07:22:40 -0600', 'Mail order insulin arrived warm',
  """Hi,

My order (#CPX-8817204) was delivered yesterday afternoon and the box was left on the porch in
the sun. The ice packs were completely melted and the Humalog pens felt warm. I don't want to use
them. Can you send a replacement overnight? I have about 4 days left.

Omar Haddad
DOB 6/2/1979
""")

M('phi','phi-self','Ferreira',
  'Linda Ferreira <lferreira@comcast.net>', 'Appeals Dept <appeals@bluemeridianhealth.com>',
  'Wed, 02 Dec 2026 10:33:51 -0500', 'Appeal - my son Mateo Ferreira - denial of speech therapy',
  """Dear Appeals Department,

I am writing to appeal your letter dated November 19, 2026 denying continued speech therapy for
my son, Mateo Ferreira, member ID BMH771043256, date of birth 04/11/2021.

Mateo has been in speech therapy at Little Voices Therapy since March. The letter says he has
"reached a plateau," but his therapist's progress note from November shows he went from about 20
words to over 80 words and is starting to use two-word phrases. I have attached the note and a
letter from his pediatrician, Dr. Ingram.

Please reconsider. Stopping now would undo the progress he has made.

Sincerely,
Linda Ferreira
22 Oakmont Rd, Nashua NH 03062
603-882-1947
""", att=[('Mateo_progress_note_Nov.txt', """LITTLE VOICES THERAPY - Progress Summary
Client: Mateo Ferreira   DOB 04/11/2021
Period: 08/01/2026 - 11/15/2026   Visits: 26 of 28 scheduled
Expressive vocabulary: ~80 words (baseline 03/2026: ~20)
Emerging 2-word combinations (noun+verb) observed 6-8x/session
Recommend continue 2x/week x 12 weeks.
- Hannah Voss, MS, CCC-SLP
""", 'text/plain', 'text')])

M('phi','phi-self','Tran',
  'MyCardinal Member Portal <noreply@cardinalcarehp.org>', 'rx-clinical@cardinalcarehp.org',
  'Thu, 03 Dec 2026 13:02:26 -0500', 'Secure message from member: Ozempic prior auth',
  """New secure message received via member portal.

From: Kevin Tran (Member ID CC30117725)
Category: Pharmacy / Prior Authorization
Submitted: 12/03/2026 12:58 PM

Message:
hi, my doctor sent the PA for ozempic 3 weeks ago and the pharmacy still says it's not approved.
my A1c was 8.4 in Oct, I've been on metformin 2 yrs. can someone tell me what's missing? i called
twice and got told 72 hours both times. thanks

-- This message was generated automatically. Reply within the portal. --
""")

M('phi','phi-self','Kowalczyk',
  'Barb Kowalczyk <barbk@frontier.com>', 'Sunrise Oxygen & Medical <service@sunriseoxygen.com>',
  'Thu, 03 Dec 2026 19:48:00 -0500', 'my husband\'s concentrator making noise',
  """Hello,

My husband Stan (Stanley Kowalczyk, account under his name) uses the Inogen concentrator you
delivered in August. Since yesterday it beeps every few minutes and the light is yellow. He's on
2 liters all the time and I'm worried about tonight. We have the two backup tanks but that's it.

Can someone come tomorrow? We're at 1190 Ridge Rd, Weirton. Home phone 304-748-2215.

Thank you,
Barb
""", cs='windows-1252')

M('phi','phi-self','Solberg',
  'Erik Solberg <esolberg@gmail.com>', 'Erik Solberg <esolberg@gmail.com>',
  'Fri, 04 Dec 2026 06:30:11 -0600', 'Fwd: your claim was processed',
  """fwd to myself so I remember to call them. $480 for the sleep study?? they said in-network

---------- Forwarded message ---------
From: Northstar Health Plan <notifications@northstarhp.com>
Date: Thu, Dec 3, 2026 at 5:02 PM
Subject: Your claim was processed
To: <esolberg@gmail.com>

Hi Erik,

A claim for ERIK SOLBERG was processed.

Provider: Twin Lakes Sleep Center
Service date: 10/27/2026
Billed: $2,310.00
Plan paid: $1,830.00
You may owe: $480.00

View your Explanation of Benefits at northstarhp.com/myplan.
""")

M('phi','phi-self','Abdi',
  'Hodan Abdi <hodan.abdi92@gmail.com>', 'Grievances <grievances@harborviewma.com>',
  'Fri, 04 Dec 2026 15:15:55 -0800', 'complaint about interpreter at my dad appointment',
  """Hello my name is Hodan, I am writing for my father Abdirahman Abdi, he is member with you. On
Nov 30 he had appointment with kidney doctor at Pacific Nephrology for his dialysis planning. You
told us phone interpreter will be there for Somali but nobody came and the doctor used me to
translate. I am not medical person and I am not sure I told him right about the fistula surgery.

I want to file complaint and I want new appointment with real interpreter. His member number is
HMA00488213. My phone 206-731-5590.

Thank you
Hodan
""")
# ====================================================================== phi-lists
M('phi','phi-lists','Garrity',
  'Amy Sorensen <asorensen@keystonemutualhealth.com>', 'CM Pod 3 <cmpod3@keystonemutualhealth.com>',
  'Mon, 30 Nov 2026 07:45:00 -0500', 'this week\'s transitions of care - pod 3',
  """Morning all, discharges from the weekend that need the 48-hr call. Please claim by initials.

 - Garrity, Thomas   KMH4410287  d/c Mercy 11/28   CHF, new on Entresto        -> __
 - Lopez, Ana Maria  KMH4902215  d/c St Luke 11/29 hip ORIF, to home w/ HH     -> __
 - Benally, Ruth     KMH3318840  d/c Mercy 11/29   COPD exac, 2L home O2 new   -> __
 - Kim, Daniel       KMH5021176  d/c Regional 11/27 (missed Fri) sepsis/UTI    -> __
 - Osei, Patience    KMH4775013  d/c St Luke 11/29 L&D, BP 150s at d/c         -> __ PRIORITY

Thanks!
Amy
""")

M('phi','phi-lists','Varga',
  'Lakeshore Ortho Billing <billing@lakeshoreortho.org>', 'Provider Relations <provrel@bluemeridianhealth.com>',
  'Tue, 01 Dec 2026 11:10:32 -0500', 'Aging claims over 90 days - need help',
  """Hi Renee,

As discussed on Thursday, here are the claims still sitting in "pended" with no explanation.
Pasted from our AR report:

Patient            Member ID       DOS         CPT     Billed     Status
VARGA, MIKLOS      BMH662018834    07/22/2026  29881   $4,870.00  Pended - no reason code
OYELARAN, FUNMI    BMH690144201    08/03/2026  27447   $38,200.00 Pended - no reason code
CHU, WILLIAM       BMH601337729    08/11/2026  20610   $310.00    Pended - no reason code
RASMUSSEN, JODI    BMH648820113    08/19/2026  29827   $9,455.00  Pended - med records req'd (sent 9/2)

Can you find out what's going on? The Oyelaran one alone is killing our month.

Thanks,
Trish Albers, Billing Manager
Lakeshore Orthopaedics
""")

M('phi','phi-lists','Estrada',
  'Mike Huang <mhuang@clearpathrx.com>', 'Cardinal Care Pharmacy Team <rx-clinical@cardinalcarehp.org>',
  'Wed, 02 Dec 2026 09:30:15 -0600', 'Specialty PA backlog - 11/30 snapshot',
  """Hi team, see attached the open specialty PAs older than 5 days for your book. Highlights:
the two Humira ones are missing TB test results, the Dupixent is missing the BSA documentation.
Let me know who should own these on your side.

Mike Huang | Account Clinical Pharmacist | Clearpath Rx
""", att=[('cardinal_open_specialty_PA_20261130.csv',
"""case_id,member_id,member_name,dob,drug,prescriber,received,days_open,missing
PA-7730114,CC20117804,"Estrada, Luis",1974-09-02,Humira 40mg/0.4mL,Dr. K. Baines,2026-11-19,11,TB screen result
PA-7730592,CC20390022,"Whitaker, June",1988-01-15,Humira 40mg/0.4mL,Dr. K. Baines,2026-11-20,10,TB screen result
PA-7731006,CC20445561,"Mbeki, Thandiwe",2009-05-30,Dupixent 300mg,Dr. R. Osei,2026-11-23,7,BSA / prior topical trial
PA-7731210,CC21004418,"Lund, Peter",1961-12-07,Xolair 150mg,Dr. S. Imam,2026-11-24,6,IgE level
""", 'text/csv', 'text')])

M('phi','phi-lists','Park',
  'Derek Mills <dmills@precisionreflab.com>', 'Jill Ostrow <jostrow@fairwayfamilymed.com>',
  'Wed, 02 Dec 2026 14:05:44 -0500', 'critical values called this AM - for your records',
  """Jill,

Our CLS called these to your on-call (Dr. Nwosu) at 06:10 but your office asked for a written
list too:

1. Park, Soo-jin        K 6.4 mmol/L     (coll 12/01 17:20)
2. Underwood, Harold    INR 5.8          (coll 12/01 16:05)
3. Bianchi, Teresa      Glucose 41 mg/dL (coll 12/01 15:50)

Read-back documented for all three.

Derek Mills, MLS(ASCP)
Client Services Supervisor, Precision Reference Laboratories
""")

M('phi','phi-lists','Holloway',
  'Jasmine Kerr <jkerr@staffbridge.com>', 'Unit Manager 5E <mgr5e@mercywest.org>',
  'Thu, 03 Dec 2026 17:30:03 -0600', 'handoff notes from Jeremy (agency RN) - 5E rooms 510-516',
  """Jeremy's contract ended today and he emailed me his handoff notes since your manager wasn't
available at 1500. Passing along - please make sure day shift gets them:

510 - Holloway, Edna. POD2 lap chole. Ambulating. Tolerating clears.
511 - empty
512 - Fitch, Ronald. Hyperkalemia, on kayexalate, recheck K at 2000.
514 - Mendes, Cristina. Pain poorly controlled, PCA d/c'd today, IV to PO transition.
516 - Greaves, Arthur. Confused at night, bed alarm on. Daughter visits 1800.

Jasmine Kerr, StaffBridge
""")

M('phi','phi-lists','Dominguez',
  'Kara Wilde <kwilde@harborviewma.com>', 'Quality Team <quality@harborviewma.com>',
  'Fri, 04 Dec 2026 10:12:48 -0800', 'HEDIS gap outreach - members who still need mammograms',
  """Here's where we are on the BCS gap list for Dr. Yoon's panel. These still show no mammogram in
the lookback after our second call:""",
  html="""<html><head><style>td,th{border:1px solid #bbb;padding:3px 6px;font:10pt Calibri}</style></head>
<body><p style="font:11pt Calibri">Here's where we are on the BCS gap list for Dr. Yoon's panel. These still show no mammogram in the lookback after our second call:</p>
<table style="border-collapse:collapse">
<tr><th>Member</th><th>ID</th><th>DOB</th><th>Outreach</th><th>Notes</th></tr>
<tr><td>Dominguez, Alma</td><td>HMA00213390</td><td>05/14/1956</td><td>2 calls</td><td>Scheduled 12/16 Imaging Ctr North</td></tr>
<tr><td>Fletcher, Gail</td><td>HMA00219821</td><td>11/02/1949</td><td>2 calls, 1 letter</td><td>Declined - "too old for that"</td></tr>
<tr><td>Nguyen, Thu</td><td>HMA00301177</td><td>07/19/1960</td><td>2 calls</td><td>Needs Vietnamese interpreter</td></tr>
<tr><td>Okonjo, Grace</td><td>HMA00314459</td><td>02/28/1958</td><td>1 call</td><td>Wrong number</td></tr>
</table>
<p style="font:11pt Calibri">Kara<br>Quality Outreach Specialist</p></body></html>""")

M('phi','phi-lists','Sato',
  'Billing - Coastal Infusion Partners <ar@coastalinfusion.com>', 'Patient Accounts <pa@coastalinfusion.com>',
  'Fri, 04 Dec 2026 16:44:30 -0800', 'FW: write-off approvals needed',
  """Approved 1-3. Hold #4, I want to see if the secondary (Medi-Cal) will pick it up first.
-G

From: Ryan Cole
Sent: Friday, December 4, 2026 3:10 PM
To: Gina Marchetti
Subject: write-off approvals needed

Gina - need your sign off on these small-balance write-offs (IVIG / antibiotic patients):

#1 Sato, Kenji        acct 100482  $38.10   IVIG 11/02, deductible remainder, 3 statements
#2 Reyes, Marisa      acct 100519  $12.44   ceftriaxone home infusion 10/18
#3 Albright, Neil     acct 100233  $61.00   pump rental 10/01-10/31
#4 Ochoa, Benjamin    acct 100601  $212.75  IVIG 10/20, Medi-Cal secondary never billed?

Ryan
""")
# ====================================================================== phi-struct
M('phi','phi-struct','Jorgensen',
  'Interface Monitor <hl7-alerts@precisionreflab.com>', 'interfaces@fairwayfamilymed.com',
  'Mon, 30 Nov 2026 03:15:07 -0500', '[ALERT] ORU delivery failed - 1 message queued',
  """Outbound result delivery to FAIRWAY_EHR failed after 3 retries.
Error: AE - MSH-5 receiving application not recognized (FAIRWAY_EHR_PRD)
Message queued for manual resend. Raw message follows.

MSH|^~\\&|PRL_LIS|PRL|FAIRWAY_EHR_PRD|FFM|20261130031222||ORU^R01|PRL88120457|P|2.5.1
PID|1||FFM0045512^^^FFM^MR||JORGENSEN^ALICE^M||19670831|F|||77 Lantern Way^^Dover^DE^19901||302-674-1180
PV1|1|O|FFM^^^FAIRWAY||||1881726634^NWOSU^CHIDI
ORC|RE|FFM77120|PR2611-339014
OBR|1|FFM77120|PR2611-339014|80061^LIPID PANEL^CPT|||20261129081500
OBX|1|NM|2093-3^Cholesterol^LN||241|mg/dL|<200|H|||F
OBX|2|NM|2571-8^Triglyceride^LN||188|mg/dL|<150|H|||F
OBX|3|NM|2085-9^HDL^LN||44|mg/dL|>39|N|||F
OBX|4|NM|13457-7^LDL calc^LN||159|mg/dL|<100|H|||F
""")

M('phi','phi-struct','Mwangi',
  'EDI Support <edi@bluemeridianhealth.com>', 'Clearinghouse Ops <ops@medbridgeclaims.com>',
  'Tue, 01 Dec 2026 10:20:00 -0500', '999 rejects on batch 4471 - sample transaction',
  """Hi,

Batch 4471 from you came back with 12 rejects, all the same: NM1*IL missing the member suffix, so
we can't match. Here's one of them stripped out of the file so you can see. The rest are in the
same batch.

ISA*00*          *00*          *ZZ*MEDBRIDGE      *ZZ*BLUEMERIDIAN   *261130*2210*^*00501*000004471*0*P*:~
GS*HC*MEDBRIDGE*BLUEMERIDIAN*20261130*2210*4471*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*4471-0001*20261130*2210*CH~
NM1*85*2*EASTGATE FAMILY PRACTICE*****XX*1649271183~
HL*2*1*22*0~
SBR*P*18*BMHGRP2201******CI~
NM1*IL*1*MWANGI*GRACE*W***MI*BMH7730418~
DMG*D8*19830214*F~
CLM*EFP88214*185***11:B:1*Y*A*Y*Y~
HI*ABK:J069~
LX*1~
SV1*HC:99213*135*UN*1***1~
DTP*472*D8*20261124~
LX*2~
SV1*HC:87880*50*UN*1***1~
SE*15*0001~

Our member IDs are 9 chars + 2 digit suffix (BMH7730418-01). Please fix mapping and resend.

EDI Support, Blue Meridian
""")

M('phi','phi-struct','Ribeiro',
  'NovaEHR Integration <integration@novaehr.com>', 'IT Help <ithelp@pinecrestpeds.com>',
  'Wed, 02 Dec 2026 12:01:44 -0700', 'VXU rejected by state registry - see attached',
  """Hello Pinecrest,

The state immunization registry rejected one VXU from your site overnight (error: RXA-5 invalid
CVX code 300). The original message and the ACK are attached. Please correct the vaccine entry in
the chart and we'll resend.

NovaEHR Integration Services
""", att=[('vxu_reject_20261202.hl7',
"""MSH|^~\\&|NOVAEHR|PINECREST|IIS|STATE|20261202010455||VXU^V04^VXU_V04|NV88120991|P|2.5.1|||ER|AL
PID|1||PCP009914^^^PINECREST^MR||RIBEIRO^LUCAS^A^^^^L|RIBEIRO^FERNANDA^^^^^M|20190617|M|||12 Hawthorne St^^Fort Collins^CO^80521||970-490-2231
NK1|1|RIBEIRO^FERNANDA|MTH^Mother^HL70063||970-490-2231
ORC|RE||PCP-IMM-55120
RXA|0|1|20261201103000|20261201103000|300^INFLUENZA QUAD^CVX|0.5|mL||00^New immunization record^NIP001|||||||LOT88K2|20270630|SKB
RXR|IM^Intramuscular^HL70162|LD^Left Deltoid^HL70163
MSA|AE|NV88120991
ERR||RXA^1^5|103^Table value not found^HL70357|E
""", 'application/octet-stream', 'b64')])

M('phi','phi-struct','Lebowitz',
  'Payer Connect <noreply@payerconnect-eligibility.com>', 'frontdesk@harborsidepodiatry.com',
  'Wed, 02 Dec 2026 08:40:19 -0500', 'Eligibility response 271 - request #EL-9920184',
  """Your eligibility inquiry has been answered. Raw 271 attached for your records.

Summary: ACTIVE COVERAGE - KEYSTONE MUTUAL PPO. Specialist copay $45. Deductible remaining $1,210.
""", att=[('EL-9920184_271.x12',
"""ISA*00*          *00*          *ZZ*KEYSTONEMH     *ZZ*PAYERCONNECT   *261202*0840*^*00501*000009920*0*P*:~
GS*HB*KEYSTONEMH*PAYERCONNECT*20261202*0840*9920*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*EL-9920184*20261202*0840~
HL*1**20*1~
NM1*PR*2*KEYSTONE MUTUAL HEALTH*****PI*23450~
HL*2*1*21*1~
NM1*1P*1*ADEYEMI*FOLA****XX*1346002871~
HL*3*2*22*0~
NM1*IL*1*LEBOWITZ*SAMUEL*R***MI*KMH2290417~
N3*55 CRANE ST APT 4~
N4*NEWARK*NJ*07104~
DMG*D8*19520713*M~
EB*1*IND*30*PR*KEYSTONE PPO~
EB*B*IND*98***27*45~
EB*C*IND*30****23*1210~
DTP*291*D8*20261202~
SE*17*0001~
GE*1*9920~
IEA*1*000009920~
""", 'text/plain', 'text')])

M('phi','phi-struct','Yilmaz',
  'Rafael Duarte <rduarte@novaehr.com>', 'Chris Gallo <cgallo@novaehr.com>',
  'Thu, 03 Dec 2026 09:14:38 -0700', 'FHIR bundle from Harborview failing validation',
  """Chris - this is the one from the Harborview Patient Access API pilot that's blowing up our
parser. I think it's the extension on the coverage reference. Pasted the relevant chunk:

{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {
      "resourceType": "Patient",
      "id": "hma-00577120",
      "identifier": [{"system": "https://harborviewma.com/member", "value": "HMA00577120"}],
      "name": [{"family": "Yilmaz", "given": ["Emre"]}],
      "gender": "male",
      "birthDate": "1950-03-09"
    }},
    {"resource": {
      "resourceType": "ExplanationOfBenefit",
      "id": "eob-26-0091872",
      "status": "active",
      "patient": {"reference": "Patient/hma-00577120"},
      "provider": {"display": "Cascade Cardiology Associates"},
      "billablePeriod": {"start": "2026-10-21", "end": "2026-10-21"},
      "item": [{"sequence": 1, "productOrService": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "93306", "display": "Echo complete w/ doppler"}]}}],
      "total": [{"category": {"coding": [{"code": "submitted"}]}, "amount": {"value": 1450.00, "currency": "USD"}}],
      "insurance": [{"focal": true, "coverage": {"reference": "Coverage/hma-cov-1", "extension": [{}]}}]
    }}
  ]
}

The empty extension object is the problem I think. Can you confirm before I open a ticket with them?
""")

M('phi','phi-struct','Chowdhury',
  'eFax Service <fax-noreply@efaxroute.net>', 'utilization@cardinalcarehp.org',
  'Thu, 03 Dec 2026 14:27:51 -0500', 'Fax received from 4124889023 (3 pages)',
  """You have received a 3 page fax.

--- OCR text of page 1 (cover sheet) ---

ALLEGHENY SPINE & PAIN
FAX COVER SHEET

TO: Cardinal Care - Utilization Mgmt       FAX: 888-301-7744
FROM: Denise, prior auth coordinator      PHONE: 412-488-9001
DATE: 12/3/26                             PAGES (incl cover): 3

RE: URGENT - prior auth lumbar ESI L4-5
Patient: Rahim Chowdhury   DOB 1/19/1971   Member ID CC40088215
Scheduled 12/8. Clinicals attached (last 2 OV notes + MRI impression).

CONFIDENTIALITY NOTICE: This facsimile contains information that is privileged and confidential.
If you received this in error please notify sender and destroy.

--- end OCR ---
Full image attached in the portal. Fax ID 20261203-142751-8821.
""")

M('phi','phi-struct','Ivanova',
  'Brenda Lutz <blutz@keystonemutualhealth.com>', 'Payment Integrity <pi@keystonemutualhealth.com>',
  'Fri, 04 Dec 2026 11:58:00 -0500', 'possible duplicate payment - 835 excerpt',
  """Flagging a possible duplicate. Same DOS and codes paid twice under two claim numbers to Riverbend
Physical Therapy. Excerpts from the two 835s below (zipped the full files).

CLP*2026101884120*1*420*336**12*KMH88012*11*1~
NM1*QC*1*IVANOVA*NADIA****MI*KMH3109928~
DTM*232*20260928~
SVC*HC:97110*140*112**2~
SVC*HC:97140*140*112**2~
SVC*HC:97530*140*112**2~

CLP*2026102299301*1*420*336**12*KMH88417*11*1~
NM1*QC*1*IVANOVA*NADIA****MI*KMH3109928~
DTM*232*20260928~
SVC*HC:97110*140*112**2~
...

Brenda
""", att=[('riverbend_835s.zip', [('835_20261009.txt', """ISA*00*          *00*          *ZZ*KEYSTONEMH     *ZZ*RIVERBENDPT    *261009*0600*^*00501*000012001*0*P*:~
ST*835*0001~
BPR*I*336*C*ACH*CCP*01*031000053*DA*88120034*1234567890**01*021000021*DA*4401982*20261009~
CLP*2026101884120*1*420*336**12*KMH88012*11*1~
NM1*QC*1*IVANOVA*NADIA****MI*KMH3109928~
DTM*232*20260928~
SVC*HC:97110*140*112**2~
SVC*HC:97140*140*112**2~
SVC*HC:97530*140*112**2~
SE*9*0001~
"""), ('835_20261023.txt', """ISA*00*          *00*          *ZZ*KEYSTONEMH     *ZZ*RIVERBENDPT    *261023*0600*^*00501*000012044*0*P*:~
ST*835*0001~
BPR*I*336*C*ACH*CCP*01*031000053*DA*88120034*1234567890**01*021000021*DA*4401982*20261023~
CLP*2026102299301*1*420*336**12*KMH88417*11*1~
NM1*QC*1*IVANOVA*NADIA****MI*KMH3109928~
DTM*232*20260928~
SVC*HC:97110*140*112**2~
SVC*HC:97140*140*112**2~
SVC*HC:97530*140*112**2~
SE*9*0001~
""")], 'application/zip', 'zip')])

M('phi','phi-struct','Delacroix',
  'Tom Reyes <treyes@medbridgeclaims.com>', 'Sandra Kim <skim@riversidepulm.com>',
  'Fri, 04 Dec 2026 15:05:21 -0500', 'RE: 278 for home O2 - what we sent',
  """Sandra, this is exactly what went out to Harborview on 11/30 for the oxygen auth. Their
response was "pended - additional info". Probably want the qualifying sat on there.

ST*278*0001*005010X217~
BHT*0007*13*RP4412087*20261130*1122~
HL*1**20*1~
NM1*X3*2*HARBORVIEW MEDICARE ADVANTAGE*****PI*HMA01~
HL*2*1*21*1~
NM1*1P*2*RIVERSIDE PULMONARY ASSOC*****XX*1023394471~
HL*3*2*22*1~
NM1*IL*1*DELACROIX*MARGUERITE****MI*HMA00299134~
DMG*D8*19440105*F~
HL*4*3*EV*1~
UM*HS*I*2~
HI*ABK:J449~
HL*5*4*SS*0~
SV1*HC:E1390*1*UN*1~
SE*14*0001~

Tom
""")
# ====================================================================== phi-ids
M('phi','phi-ids','',
  'Gina Marchetti <gmarchetti@coastalinfusion.com>', 'intake@coastalinfusion.com',
  'Mon, 30 Nov 2026 12:02:10 -0800', 'acct 100711',
  """acct 100711 - insurance verified, auth #HMA-A-2611-77120 good thru 2/28. ok to schedule first
IVIG dose. DOB on referral is wrong, should be 08/14/1966 not 08/14/1996.
""")

M('phi','phi-ids','',
  'Provider Services <provsvc@northstarhp.com>', 'ar@twinlakessleep.com',
  'Tue, 01 Dec 2026 09:44:00 -0600', 'RE: Claim inquiry ref# NS-INQ-2294018',
  """Claim 22604418830 for member NS009918274-02 (DOS 10/27/2026, 95810) processed correctly at the
in-network allowable. Member liability of $480.00 is applied to deductible. No adjustment.

Provider Services | Northstar Health Plan
""")

M('phi','phi-ids','',
  'lab-noreply@precisionreflab.com', 'results@eastgatefp.com',
  'Tue, 01 Dec 2026 06:12:33 -0500', 'Add-on request confirmed PR2611-340188',
  """ADD-ON CONFIRMED
Accession: PR2611-340188
MRN: EGF-221904   DOB: 1990-02-27
Original: CMP
Added: TSH w/ reflex FT4 (per Dr. Okeke phone order 11/30 16:45)
Specimen stability OK. Result expected 12/02.
""")

M('phi','phi-ids','Achterberg',
  'Sue (PBM Help Desk) <helpdesk@clearpathrx.com>', 'counter@mainstreetpharmacy.net',
  'Wed, 02 Dec 2026 15:21:41 -0600', 'override entered',
  """Override entered for BIN 610591 PCN CPRX GRP CARD01, cardholder CC20812277 (ACHTERBERG), Rx
#6120448, NDC 00169-4132-12. Reason code 13 (vacation supply). Resubmit now, should pay.
""")

M('phi','phi-ids','',
  'Trish Albers <talbers@lakeshoreortho.org>', 'Renee Walsh <rwalsh@bluemeridianhealth.com>',
  'Thu, 03 Dec 2026 08:02:50 -0500', 'one more',
  """Renee - one more I forgot. BMH690144201, DOS 8/3/26, claim # 2026081500412. Total knee, still
pended. Auth was on file (BMH-PA-26-0718-2201). Thank you!!
""")

M('phi','phi-ids','',
  'Sunrise Oxygen Dispatch <dispatch@sunriseoxygen.com>', 'techs@sunriseoxygen.com',
  'Thu, 03 Dec 2026 20:05:19 -0500', 'URGENT swap - cust 004471-K',
  """cust 004471-K, Weirton route. Inogen G5 fault, pt on continuous 2L. Swap unit first stop AM.
Bring 2 E tanks. Wife says back door. Call 304-748-2215 before arrival.
""")

M('phi','phi-ids','',
  'Cardinal Care UM <um-noreply@cardinalcarehp.org>', 'auth@alleghenyspine.com',
  'Fri, 04 Dec 2026 09:30:00 -0500', 'Authorization determination: CC-UM-26-1203-0457',
  """Authorization number: CC-UM-26-1203-0457
Member ID: CC40088215
Member DOB: 01/19/1971
Service: 64483 Transforaminal epidural injection, lumbar, single level
Place of service: 24 (ASC)
Units approved: 1
Valid: 12/08/2026 - 02/05/2027
Status: APPROVED

This is an automated notification. Approval is not a guarantee of payment.
""")
# ====================================================================== phi-lang
M('phi','phi-lang','Salgado',
  'Yesenia Morales <ymorales@cardinalcarehp.org>', 'Rosa Salgado <rosasalgado64@hotmail.com>',
  'Mon, 30 Nov 2026 10:25:00 -0500', 'Su cita con el cardiólogo / aprobación',
  """Estimada Sra. Salgado:

Le escribo de Cardinal Care para confirmarle que su autorización para la prueba de esfuerzo
(stress test) fue aprobada. La cita es el jueves 10 de diciembre a las 8:15 a.m. en Heartland
Cardiology, 2200 Oak Ave, segundo piso. No coma nada después de la medianoche y no tome café ese
día. Siga tomando su metoprolol como siempre, a menos que el Dr. Patel le diga otra cosa.

Si necesita transporte, llámeme al 412-301-6650 y se lo programo.

Atentamente,
Yesenia Morales
Coordinadora de Cuidado (habla español)
""", cs='iso-8859-1', cte='qp')

M('phi','phi-lang','Pham',
  'Thu Pham <thupham.sj@gmail.com>', 'Member Services <memberservices@harborviewma.com>',
  'Tue, 01 Dec 2026 20:11:37 -0800', 'Hỏi về hóa đơn của mẹ tôi - Pham Thi Lan',
  """Chào anh chị,

Tôi là con gái của bà Phạm Thị Lan, mã hội viên HMA00301880. Mẹ tôi đi khám mắt ở Eastside Eye
Clinic ngày 5 tháng 11 và được mổ cườm (cataract) mắt phải ngày 19 tháng 11. Bây giờ mẹ tôi nhận
được hóa đơn $650 từ phòng khám. Bảo hiểm có trả cho ca mổ không? Mẹ tôi không đọc được tiếng Anh.

Xin gọi cho tôi: 408-926-3317.
Cảm ơn nhiều.
Thu
""")

M('phi','phi-lang','Joseph',
  'Nadège Pierre <npierre@keystonemutualhealth.com>', 'CM Team <cmteam@keystonemutualhealth.com>',
  'Wed, 02 Dec 2026 13:40:20 -0500', 'Rezime apèl ak Mesye Joseph / call summary',
  """English below.

Mwen te pale ak Mesye Wilner Joseph (KMH4821099) jodi a. Li di li pa pran medikaman tansyon li
depi 2 semèn paske famasi a di asirans lan pa kouvri l. Li te gen tèt fè mal. Mwen te rele
famasi CVS la, se te yon pwoblèm prior auth pou amlodipine/olmesartan.

Summary: Spoke with Mr. Wilner Joseph in Creole. Off his BP med x2 weeks due to PA rejection at
CVS. Reports headaches. Asked Dr. Lamothe's office to switch to covered generics (amlodipine +
losartan separately). Follow-up call Friday. Advised ER if chest pain or vision changes.

Nadège
""")

M('phi','phi-lang','Zhang',
  '張美玲 <meiling.zhang88@163.com>', 'Clearpath Rx Mail Order <mailorder@clearpathrx.com>',
  'Wed, 02 Dec 2026 22:03:15 +0800', '我父亲的药没有收到 (Order for Zhang Wei)',
  """您好，

我父亲张伟（会员号 NS009120448）每个月都通过你们邮寄药品。这个月的 Eliquis 5mg 和
二甲双胍 (metformin) 到现在还没有收到，快递单号显示"已送达"，但是家里没有。他只剩三天的
Eliquis 了，医生说不能停。

请问能不能马上补寄？地址是 4410 Kenwood Ave, Apt 2B, Minneapolis MN 55410。

谢谢！
张美玲（女儿）
""", cte='b64')

M('phi','phi-lang','Lima',
  'Renata Lima <renata.lima@uol.com.br>', 'Atendimento <atendimento@bluemeridianhealth.com>',
  'Thu, 03 Dec 2026 11:55:09 -0300', 'Reembolso - consulta e exames do meu marido',
  """Bom dia,

Meu marido, Fábio Lima (carteirinha BMH775102938), ficou doente durante nossa viagem ao Brasil
em outubro. Ele foi atendido no pronto-socorro do Hospital São Lucas em Curitiba no dia
14/10/2026, fez exame de sangue e raio-X do tórax e recebeu antibiótico. Pagamos R$ 2.380,00.

Gostaria de saber como pedir o reembolso. Tenho os recibos e o relatório médico em português.
Precisa traduzir?

Obrigada,
Renata Lima
""", cs='iso-8859-1')

M('phi','phi-lang','Sokolova',
  'Irina Sokolova <i.sokolova@mail.ru>', 'Appeals <appeals@northstarhp.com>',
  'Thu, 03 Dec 2026 17:22:48 +0300', 'Апелляция / appeal - Sokolova Vera',
  """Здравствуйте,

Я пишу от имени моей матери, Соколовой Веры Николаевны, 12.05.1948 г.р., номер полиса
NS004418820. Ей отказали в оплате МРТ головного мозга, которое назначил невролог доктор Клейн
после падения 2 ноября. В письме написано "not medically necessary". У неё головокружения и
головные боли уже месяц.

Please, I write in Russian because my English is not good. Can someone help with this appeal?
Мой телефон: 651-204-7719.

С уважением,
Ирина Соколова (дочь)
""")

M('phi','phi-lang','Warsame',
  'Fadumo Ali <fali@harborviewma.com>', 'Dr. Lau office <frontdesk@pacificnephro.com>',
  'Fri, 04 Dec 2026 09:05:00 -0800', 'Re: Warsame - Somali callback',
  """Hi Monica,

I called Mr. Abdullahi Warsame back in Somali per your request. He understood about the AV
fistula surgery now. He agreed to 12/15 at 7am at Northgate Surgery Center. He will bring his
son. He asked me to write it for him so I sent this text:

"Aabo Abdullahi, qalliinkaaga fistula waa Isniinta 15 Diseembar, saacadu 7 subaxnimo, Northgate
Surgery Center. Ha cunin wax cunto ah saqda dhexe kadib. Keen liiska daawooyinkaaga."

He confirmed he got it. Please add interpreter on the schedule for the surgery day too.

Fadumo Ali, Community Health Worker
""")

M('phi','phi-lang','Dela Cruz',
  'Marites Dela Cruz <marites.dc@yahoo.com>', 'Member Services <memberservices@cardinalcarehp.org>',
  'Fri, 04 Dec 2026 14:18:26 -0500', 'Re: your mom\'s wheelchair',
  """Hello po, thank you sa reply. Yung wheelchair ni Nanay (Corazon Dela Cruz, member
CC20991045) hanggang ngayon wala pa. Sabi ng Apex Medical Supply kailangan pa daw ng "face to
face" note from Dr. Santos. Pero nag-visit na kami kay Dr. Santos last Nov 16, for her knee and
para sa wheelchair din. Pwede po ba kayo ang tumawag sa clinic? Hirap na hirap na si Nanay
maglakad.

Salamat po,
Marites

On Thu, Dec 3, 2026 at 4:02 PM Member Services <memberservices@cardinalcarehp.org> wrote:
> Dear Ms. Dela Cruz, we received your message about your mother's wheelchair. We have asked
> the supplier for a status update and will reply within 2 business days.
""")
# ====================================================================== clean-staff
M('clean','clean-staff','',
  'Greg Tollefson <gtollefson@bluemeridianhealth.com>', 'UM Nurses <um-nurses@bluemeridianhealth.com>',
  'Mon, 30 Nov 2026 07:02:11 -0500', 'coverage this week + turnaround numbers',
  """Morning everyone,

Coverage: Dana is out Wed-Fri, Priya has her queue. I'm on MD-review liaison duty Thursday.

November turnaround: standard requests averaged 4.1 calendar days (goal 5), urgent 38 hours
(goal 72). We pended 212 cases to the medical director, up from 180 in October, mostly ortho and
advanced imaging. Nice work getting the backlog down before the holiday.

Reminder that the new knee/hip criteria go live 12/15 - the summary is on the SharePoint.

Greg
""")

M('clean','clean-staff','',
  'Lorraine Hsu <lhsu@cardinalcarehp.org>', 'Shawna Delgado <sdelgado@evergreenhhc.com>',
  'Tue, 01 Dec 2026 09:15:40 -0500', 'RE: scheduling contact for referrals',
  """Thanks Shawna. Going forward should our CMs send new home health referrals to the intake
fax or to you directly? We had a couple sit over Thanksgiving weekend and I'd like to avoid that
at Christmas.

Also - is Evergreen still covering the Cedar Falls and Waverly zip codes? One of our CMs heard
you were pulling back from Waverly.

Lorraine Hsu, RN, CCM
Care Management Supervisor
""")

M('clean','clean-staff','',
  'Tom Barrow <tbarrow@apexmedsupply.net>', 'Delivery Techs <techs@apexmedsupply.net>',
  'Wed, 02 Dec 2026 06:40:00 -0500', 'van 7 in the shop / route changes',
  """Van 7 is in the shop until at least Friday (transmission). Luis, you're riding with Dev on the
north route today and tomorrow. Anything for Weirton/Steubenville gets pushed to Thursday unless
it's an oxygen swap - those go first, no exceptions.

Also please stop leaving empty E tanks in the cage by the loading dock, the fire marshal was here
Monday.

Tom
""")

M('clean','clean-staff','',
  'Dr. Lewis Okonkwo <lokonkwo@cardinalcarehp.org>', 'Medical Directors <md-group@cardinalcarehp.org>',
  'Wed, 02 Dec 2026 19:22:13 -0500', 'thoughts on the GLP-1 criteria before Tuesday',
  """All,

Before Tuesday's P&T pre-meeting: I'd like us to look hard at the step-therapy language for
GLP-1s for type 2 diabetes. Our denial rate on these went from 22% to 41% since July and the
overturn rate on appeal is almost 60%, which tells me our criteria are out of step with what
prescribers are documenting, not that the requests are bad.

I'd propose: accept an A1c within 6 months instead of 90 days, and count documented metformin
intolerance as meeting the step. Happy to be argued out of it.

Lewis
""")

M('clean','clean-staff','',
  'Angie Park <apark@novaehr.com>', 'Tier 2 <tier2@novaehr.com>',
  'Thu, 03 Dec 2026 17:55:21 -0700', 'post-mortem on the patient-match merges',
  """Quick write-up for the team since several of you got calls today.

What happened: the nightly patient-match job at 3 pediatric clients auto-merged sibling charts
when last name, address and guarantor matched and DOBs were within 2 years. 11 merges total, all
un-merged by 16:00. No cross-client impact.

Why: the threshold change in release 24.3 dropped the DOB weight. Engineering has rolled it back.

What to tell clients: merges are reversed, audit trail is intact, and they should review any
orders or notes entered on an affected chart between 02:00 and un-merge time. Use the KB article
KB-20118, don't improvise.

Angie
""")

M('clean','clean-staff','',
  'Kara Wilde <kwilde@harborviewma.com>', 'Denise Ruiz <druiz@harborviewma.com>',
  'Fri, 04 Dec 2026 12:30:09 -0800', 'Re: lunch?',
  """Can't today, I'm stuck on the mammogram gap list until 3. Monday? The Thai place reopened.

> Denise Ruiz wrote:
> lunch? I need to get out of this building
""")

M('clean','clean-staff','',
  'Rena Klein <rklein@staffbridge.com>', 'Recruiters <recruiting@staffbridge.com>',
  'Fri, 04 Dec 2026 08:20:44 -0600', 'Mercy West feedback + open reqs',
  """Team,

Met with Mercy West nursing leadership yesterday. Overall they're happy, but two asks:
1. Travelers on 4W and 5E need to complete the unit-specific heparin and PCA competency before
   their first shift, not during week 1.
2. They want handoff to go through the charge nurse, not emailed to our office. (Please remind
   your travelers - we got a couple this week and it makes everyone nervous.)

Open reqs as of today: 6 Med/Surg nights, 2 ICU days, 1 L&D nights. Bill rates unchanged through
Q1.

Rena
""")
# ====================================================================== clean-admin
M('clean','clean-admin','',
  'Blue Meridian IT Service Desk <servicedesk@bluemeridianhealth.com>', 'All Staff <allstaff@bluemeridianhealth.com>',
  'Mon, 30 Nov 2026 16:00:00 -0500', 'PLANNED OUTAGE: Claims and UM systems Sat 12/12 22:00 - Sun 12/13 06:00',
  """PLANNED MAINTENANCE

Systems affected: FACETS claims, UM case management (Guiding Care), provider portal
When: Saturday 12/12/2026 22:00 ET through Sunday 12/13/2026 06:00 ET

During this window, providers will not be able to submit prior authorization requests online.
Urgent requests should be faxed to 866-412-0970; the on-call UM nurse will check the fax queue
every 2 hours. Eligibility calls will be handled by the IVR using cached data.

Questions: servicedesk@bluemeridianhealth.com or x5500.
""", html="""<html><body style="font-family:Segoe UI,Arial;font-size:10.5pt">
<div style="background:#c0392b;color:white;padding:8px;font-weight:bold">PLANNED MAINTENANCE</div>
<p><b>Systems affected:</b> FACETS claims, UM case management (Guiding Care), provider portal<br>
<b>When:</b> Saturday 12/12/2026 22:00 ET through Sunday 12/13/2026 06:00 ET</p>
<p>During this window, providers will not be able to submit prior authorization requests online. Urgent requests should be faxed to 866-412-0970; the on-call UM nurse will check the fax queue every 2 hours. Eligibility calls will be handled by the IVR using cached data.</p>
<p>Questions: servicedesk@bluemeridianhealth.com or x5500.</p></body></html>""")

M('clean','clean-admin','',
  'Harold Vance <hvance@lakeshoreortho.org>', 'Renee Walsh <rwalsh@bluemeridianhealth.com>',
  'Tue, 01 Dec 2026 14:42:17 -0500', 'RE: 2027 fee schedule proposal',
  """Renee,

We reviewed the proposal. 102% of Medicare for E/M is fine, but 108% on the surgical codes is
below what Keystone and Northstar are paying us, and with the new ASC coming online in March we
can't accept a flat rate through 2028. We'd need at least 115% on the 27xxx and 29xxx ranges, or a
reopener after year one.

We also want the pended-claims issue resolved before signing - you have my billing manager's
list. Can we meet the week of the 14th?

Harold Vance, CFO
Lakeshore Orthopaedics

-----Original Message-----
From: Renee Walsh
Sent: Tuesday, November 24, 2026 10:05 AM
To: Harold Vance
Subject: 2027 fee schedule proposal

Harold, attached is our proposed 2027-2028 schedule. Happy to walk through it.
""")

M('clean','clean-admin','',
  'Credentialing <credentialing@keystonemutualhealth.com>', 'Office Manager <office@fairwayfamilymed.com>',
  'Wed, 02 Dec 2026 10:00:00 -0500', 'Recredentialing due - Fairway Family Medicine (3 practitioners)',
  """Dear Provider Office,

Our records show recredentialing is due by 01/31/2027 for the following practitioners at your
group (TIN ending 4418):

  Chidi Nwosu, MD          NPI 1881726634
  Rachel Greenberg, DO     NPI 1669203381
  Tamsin Ho, NP            NPI 1457890024

Please make sure each CAQH profile is attested within the last 120 days and that malpractice
certificates are current. No action is needed for practitioners not listed.

Keystone Mutual Health - Provider Credentialing
""")

M('clean','clean-admin','',
  'StaffBridge Accounts Receivable <ar@staffbridge.com>', 'Accounts Payable <ap@mercywest.org>',
  'Thu, 03 Dec 2026 08:00:00 -0600', 'Invoice SB-2026-11-0882 - November staffing',
  """Please find attached invoice SB-2026-11-0882 for November 2026 contract nursing services.

Total hours: 3,412.5   Regular: 2,980.0   OT: 312.5   Holiday: 120.0
Amount due: $318,744.20   Terms: Net 30

Remit to: StaffBridge Nursing LLC, PO Box 660124, Dallas TX 75266
ACH details on file. Thank you for your business.
""", att=[('SB-2026-11-0882_summary.csv',
"""unit,clinician_id,role,reg_hrs,ot_hrs,hol_hrs,bill_rate,amount
4W,SB-T-1182,RN Med/Surg,432.0,48.0,12.0,92.50,47238.00
5E,SB-T-1207,RN Med/Surg,408.0,36.0,12.0,92.50,44492.50
ICU,SB-T-0931,RN ICU,396.0,60.0,24.0,118.00,59000.00
L&D,SB-T-1150,RN L&D,360.0,24.0,12.0,112.00,45024.00
""", 'text/csv', 'text')])

M('clean','clean-admin','',
  'Precision Reference Laboratories <clientservices@precisionreflab.com>', 'Client Offices <clients@precisionreflab.com>',
  'Thu, 03 Dec 2026 12:00:00 -0500', 'Holiday courier schedule and supply ordering cutoffs',
  """Dear Client,

Courier pickups will not run on 12/25 or 1/1. Pickups on 12/24 and 12/31 will end at 2:00 PM.
Specimens collected after the last pickup should be refrigerated (or frozen where the test
directory says so) and will be picked up the next business day.

Supply orders for the holiday weeks must be placed by 12/16.

New this month: our patient service center at 1400 Market St will open at 6:30 AM on weekdays.

Precision Reference Laboratories - Client Services
""")

M('clean','clean-admin','',
  'Jordan Ames <james@novaehr.com>', 'Bev Stroud <bstroud@pinecrestpeds.com>',
  'Fri, 04 Dec 2026 11:11:11 -0700', 'Service credit for 12/3 incident + renewal',
  """Hi Bev,

Thanks for your patience yesterday. Per the SLA we're applying a service credit of one day's
subscription fee ($418.00) to your January invoice. I've also asked engineering to send you the
formal RCA by 12/11.

Separately, your renewal is 3/1/2027. I'd like to set up time in January to talk about the
patient messaging module - several peds practices your size are using it for school forms.

Jordan Ames | Account Executive | NovaEHR
""")

M('clean','clean-admin','',
  'Clearpath Rx Network Management <network@clearpathrx.com>', 'Pharmacy Owner <owner@mainstreetpharmacy.net>',
  'Fri, 04 Dec 2026 13:30:00 -0600', 'Network participation amendment - 2027 reimbursement',
  """Dear Network Pharmacy,

Effective 01/01/2027 the Clearpath Commercial Network reimbursement for brand drugs will change
from AWP-16% to AWP-17.5%; generic MAC lists will be updated monthly rather than weekly. The
dispensing fee remains $0.50 for commercial and $1.25 for Medicaid managed care.

If you do not wish to accept the amendment you must notify us in writing by 12/31/2026. Otherwise,
continued submission of claims constitutes acceptance.

Clearpath Rx - Pharmacy Network Management
""", cs='windows-1252')
# ====================================================================== clean-lookalike
M('clean','clean-lookalike','',
  'Pawsure Pet Insurance <claims@pawsurepet.com>', 'Jenna Whitlock <jwhitlock84@gmail.com>',
  'Mon, 30 Nov 2026 14:20:00 -0600', 'Your claim for Biscuit has been processed - Claim #PW-8841207',
  """Hi Jenna,

Good news! We've processed your claim for Biscuit (Golden Retriever, 6 yrs).

Provider: Maple Grove Veterinary Hospital
Date of treatment: 11/12/2026
Treatment: Dental cleaning, 2 extractions, pre-anesthetic bloodwork
Amount claimed: $1,146.00
Deductible applied: $250.00
Reimbursement (90%): $806.40

Payment will be deposited to your account ending in 2281 within 3-5 business days.

Give Biscuit a belly rub from all of us at Pawsure!
Policy PWS-0044718
""", html="""<html><body style="font-family:Helvetica;background:#f6f2ea"><div style="max-width:560px;margin:auto;background:white;padding:20px">
<img src="https://cdn.pawsurepet.com/email/logo.png" alt="Pawsure" width="140">
<h2 style="color:#2f7d5b">Good news, Jenna!</h2>
<p>We've processed your claim for <b>Biscuit</b> (Golden Retriever, 6 yrs).</p>
<table style="font-size:13px"><tr><td>Provider</td><td>Maple Grove Veterinary Hospital</td></tr>
<tr><td>Date of treatment</td><td>11/12/2026</td></tr>
<tr><td>Treatment</td><td>Dental cleaning, 2 extractions, pre-anesthetic bloodwork</td></tr>
<tr><td>Amount claimed</td><td>$1,146.00</td></tr><tr><td>Deductible applied</td><td>$250.00</td></tr>
<tr><td><b>Reimbursement (90%)</b></td><td><b>$806.40</b></td></tr></table>
<p>Payment will be deposited to your account ending in 2281 within 3-5 business days.</p>
<p style="font-size:11px;color:#888">Policy PWS-0044718 &middot; Claim #PW-8841207</p></div></body></html>""")

M('clean','clean-lookalike','',
  'Granite State Auto Insurance <claims@granitestateauto.com>', 'Michael Osterhout <mosterhout@gmail.com>',
  'Tue, 01 Dec 2026 10:05:33 -0500', 'Claim GSA-26-0419982: appraisal complete',
  """Dear Michael Osterhout,

Your vehicle (2021 Subaru Outback, VIN ending 4471) was inspected on 11/30/2026 at Precision
Collision in Concord. The appraiser estimated repairs at $6,842.17 for the rear bumper, liftgate
and tail lamp assembly. After your $500 collision deductible, we will pay $6,342.17 directly to
the shop.

Rental reimbursement is approved for up to 12 days at $40/day. No injuries were reported on this
claim.

Your claim representative is Paula Greaves, 603-224-8810 ext 214.

Granite State Auto Insurance
""")

M('clean','clean-lookalike','',
  'Maple Grove Veterinary Hospital <reminders@maplegrovevet.com>', 'Dennis Hartley <dhartley@outlook.com>',
  'Wed, 02 Dec 2026 08:00:00 -0600', 'Max\'s prescription refill is ready for pickup',
  """Hi Dennis,

Max's refill of Apoquel 16mg (30 tablets) is ready at the front desk. Dr. Kessler would also like
to see Max for his recheck of the ear infection before the end of the month - you can book online.

Reminder: Max is due for his DHPP and Bordetella vaccines in January.

Maple Grove Veterinary Hospital
4410 Maple Grove Rd | 763-420-1188
""")

M('clean','clean-lookalike','',
  'First Harbor Bank <alerts@firstharborbank.com>', 'Alicia Fenwick <afenwick@icloud.com>',
  'Wed, 02 Dec 2026 12:44:10 -0500', 'Your November statement is ready',
  """Hi Alicia,

Your November statement for Everyday Checking ending in 9013 is ready.

Beginning balance: $4,118.62
Deposits: $5,920.00
Withdrawals: $6,377.45
Ending balance: $3,661.17

Sign in to view your full statement. First Harbor will never ask for your password by e-mail.

Member FDIC. Equal Housing Lender.
""")

M('clean','clean-lookalike','',
  'IronWorks Fitness <members@ironworksfit.com>', 'Carlos Benitez <cbenitez.fit@gmail.com>',
  'Thu, 03 Dec 2026 06:00:00 -0700', 'Carlos, your December check-in + your insurance discount',
  """Hey Carlos!

You hit the gym 14 times in November - that's enough to qualify for your SilverStride insurance
reimbursement again. We already reported your visits, you don't need to do anything.

Your body composition scan is available again starting 12/10. Book your Personal Training
session with Jake before the holiday rush.

Membership #IW-220918 | Plan: All-Access Monthly ($39.99)
Keep crushing it,
The IronWorks Team
""")

M('clean','clean-lookalike','',
  'Cornerstone Home & Property <claims@cornerstonehp.com>', 'Ruth & Gary Lindholm <lindholms@frontier.com>',
  'Thu, 03 Dec 2026 15:30:18 -0600', 'Your water damage claim CHP-H-2611-2231 - adjuster visit',
  """Dear Mr. and Mrs. Lindholm,

Thank you for reporting the burst pipe in your basement on 11/28. Your adjuster, Ken Bodie, will
visit on Tuesday 12/8 between 9 and 11 AM to inspect the damage to the finished basement, the
water heater, and the stored contents.

Please keep receipts for the water mitigation company and any hotel stays, as your policy
includes Additional Living Expense coverage.

Policy HO3-7712048 | Deductible $1,000
Cornerstone Home & Property Insurance
""")

M('clean','clean-lookalike','',
  'Wellway Pharmacy Rewards <rewards@wellwaypharmacy.com>', 'Tamara Young <tyoung1990@gmail.com>',
  'Fri, 04 Dec 2026 09:00:00 -0500', 'Tamara, you have $10 in WellCash! Plus flu shots are here',
  """Hi Tamara,

You've earned $10.00 in WellCash Rewards - use it on your next in-store purchase by 12/31.

Flu shots and updated COVID-19 vaccines are available now at every Wellway pharmacy, no
appointment needed. Most insurance plans cover them at $0.

This week's deals: 30% off vitamins and supplements, BOGO on cold & flu relief.

Rewards member #WW-4418209-77
Unsubscribe | Privacy policy
""")
# ====================================================================== clean-news
M('clean','clean-news','',
  'Cardinal Care Provider Relations <providernews@cardinalcarehp.org>', 'Network Providers <network-providers@lists.cardinalcarehp.org>',
  'Tue, 01 Dec 2026 10:00:00 -0500', 'Provider Pulse - December 2026',
  """PROVIDER PULSE | December 2026

1) Formulary changes effective January 1
   - Added (preferred brand): Jardiance, Trulicity (step edit removed for members with
     established cardiovascular disease)
   - Moved to non-preferred: Januvia (generic sitagliptin now preferred)
   - Removed: brand Advair Diskus (use fluticasone/salmeterol generic)

2) Prior authorization no longer required for: screening and diagnostic mammography, sleep
   studies in an accredited facility (home sleep tests never required PA), and PT/OT for the first
   12 visits per calendar year.

3) HEDIS reminder: Controlling High Blood Pressure - the last BP of the year counts. Please
   recheck members whose first reading is >=140/90 at the same visit.

4) Welcome to the network: Allegheny Spine & Pain (3 locations), Little Voices Therapy.

Questions? Call Provider Services at 1-800-441-2290.
""", html="""<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#7b1e3a;border-bottom:3px solid #7b1e3a">PROVIDER PULSE <small style="font-size:14px">December 2026</small></h1>
<h3>1) Formulary changes effective January 1</h3>
<ul><li>Added (preferred brand): Jardiance, Trulicity (step edit removed for members with established cardiovascular disease)</li>
<li>Moved to non-preferred: Januvia (generic sitagliptin now preferred)</li>
<li>Removed: brand Advair Diskus (use fluticasone/salmeterol generic)</li></ul>
<h3>2) Prior authorization no longer required</h3>
<p>Screening and diagnostic mammography, sleep studies in an accredited facility (home sleep tests never required PA), and PT/OT for the first 12 visits per calendar year.</p>
<h3>3) HEDIS reminder</h3><p>Controlling High Blood Pressure - the last BP of the year counts. Please recheck members whose first reading is &gt;=140/90 at the same visit.</p>
<h3>4) Welcome to the network</h3><p>Allegheny Spine &amp; Pain (3 locations), Little Voices Therapy.</p>
<p style="font-size:11px;color:#666">Questions? Call Provider Services at 1-800-441-2290. You are receiving this because you are a contracted Cardinal Care provider.</p>
</body></html>""")

M('clean','clean-news','',
  'Clearpath Rx Clinical Communications <clinical-comms@clearpathrx.com>', 'Plan Sponsors <sponsors@lists.clearpathrx.com>',
  'Wed, 02 Dec 2026 09:00:00 -0600', 'Drug Pipeline Update Q4 2026: biosimilars, GLP-1 supply, and what to expect in 2027',
  """Clearpath Rx Drug Pipeline Update - Q4 2026

Biosimilars: Four additional ustekinumab biosimilars launched this quarter. We expect net cost
per claim for the class to fall 35-45% in 2027 once our preferred biosimilar is in place. Members
currently on the reference product will be transitioned with a 90-day grace period.

GLP-1 supply: FDA has removed semaglutide from the shortage list. Compounded versions are no
longer covered under any Clearpath formulary as of 11/1/2026.

Trend: Specialty spend across our book grew 11.8% year over year; non-specialty was flat at 0.9%.
Utilization of GLP-1s for weight management (where covered) grew 64%.

Your account team will present plan-specific impacts at your January review.
""")

M('clean','clean-news','',
  'Harborview Medicare Advantage <news@harborviewma.com>', 'Harborview Members <members@lists.harborviewma.com>',
  'Thu, 03 Dec 2026 08:30:00 -0800', 'Winter wellness: flu shots, falls, and your $0 benefits',
  """Dear Member,

Winter is here. A few reminders to help you stay well:

- Flu and COVID-19 shots are $0 at any network pharmacy. RSV vaccine is also covered for members
  60 and older - ask your pharmacist.
- Falls are the leading cause of injury for adults over 65. Your plan includes a free home safety
  check and up to $150 a year for grab bars and shower chairs. Call us to schedule.
- Feeling down this time of year? Our behavioral health line is open 24/7 at 1-888-300-4417.

Stay warm,
Harborview Medicare Advantage

Y0091_HMA2026_W01 Approved. This email was sent to you because you are enrolled in Harborview
Medicare Advantage. To unsubscribe, reply STOP.
""")

M('clean','clean-news','',
  'Precision Reference Laboratories <testupdates@precisionreflab.com>', 'Client Offices <clients@precisionreflab.com>',
  'Thu, 03 Dec 2026 13:15:00 -0500', 'Test Update: New reference range for vitamin D and discontinued tests',
  """TEST UPDATE 26-12

Effective 12/14/2026:

* 25-OH Vitamin D (test code 1742): reference range changes from 30-100 ng/mL to 20-50 ng/mL
  sufficiency, per updated Endocrine Society guidance. Results will include an interpretive
  comment.
* Lyme Western blot (IgG/IgM) standalone orders (codes 3301/3302) are discontinued. Order Lyme
  Disease Antibody with Reflex (code 3310) - reflex testing is performed automatically.
* Collection of ionized calcium now requires a full green-top tube, no gel.

See the online test directory for specimen requirements.
""")

M('clean','clean-news','',
  'Healthcare Payer Weekly <editors@hcpayerweekly.com>', 'subscriber list <hpw-subs@hcpayerweekly.com>',
  'Fri, 04 Dec 2026 05:30:00 -0500', 'HPW Daily: CMS finalizes prior auth API deadline; Blue Meridian posts Q3 loss',
  """TOP STORIES

CMS finalizes 2027 deadline for payer prior authorization APIs
Payers in Medicare Advantage, Medicaid and the ACA exchanges must stand up FHIR-based prior
authorization APIs by January 2027, and must publicly report approval and denial rates by
service category. Industry groups asked for an 18-month delay; CMS declined.

Blue Meridian Health Plan posts Q3 operating loss on higher utilization
The regional insurer reported a medical loss ratio of 91.4%, citing elevated outpatient surgery
and behavioral health volume. Shares of its parent fell 6%.

Staffing agencies see travel-nurse bill rates stabilize
Average travel RN bill rates have held near $92/hour for six months, according to a survey of
140 hospital systems.

Unsubscribe | Manage preferences
""")

M('clean','clean-news','',
  'Keystone Mutual Health <networknews@keystonemutualhealth.com>', 'Keystone Network Providers <providers@lists.keystonemutualhealth.com>',
  'Fri, 04 Dec 2026 11:00:00 -0500', 'Network update: Riverbend Physical Therapy leaving network 2/1/2027',
  """Network Update

Riverbend Physical Therapy (all 4 locations) will leave the Keystone Mutual PPO and HMO networks
effective February 1, 2027. Members currently in an active plan of care will receive transition
of care letters and may continue treatment at in-network rates through April 30, 2027.

Referring providers: nearby in-network alternatives include Summit Sports Rehab, ProMotion PT,
and the outpatient rehab departments at Mercy and St. Luke's.

This notice does not apply to Keystone Medicare Advantage, where Riverbend remains in network.
""")
# ====================================================================== clean-training
M('clean','clean-training','',
  'UM Education <um-education@bluemeridianhealth.com>', 'UM Nurses <um-nurses@bluemeridianhealth.com>',
  'Mon, 30 Nov 2026 12:00:00 -0500', 'Case of the week #47 - inpatient vs observation',
  """CASE OF THE WEEK #47 (de-identified - details changed)

A woman in her late 70s presents to the ED with chest pain that began at rest. Initial troponin
is normal, ECG shows no acute changes. The attending orders inpatient admission "for rule-out."
Second troponin at 3 hours is mildly elevated; third is higher.

Questions for Thursday huddle:
1. Did the case meet inpatient criteria at the time of the order? At hour 6?
2. What documentation would you expect to see before approving a 2-midnight stay?
3. When should you request a peer-to-peer rather than a straight denial?

Answers and discussion at the 12/3 huddle. Bring your InterQual login.
""")

M('clean','clean-training','',
  'Medbridge Claims EDI Team <edi-training@medbridgeclaims.com>', 'New Submitters <newsubmitters@medbridgeclaims.com>',
  'Tue, 01 Dec 2026 09:00:00 -0500', 'EDI 101 homework: build an 837P from the sample encounter',
  """Welcome to EDI 101, week 2.

Using the SAMPLE encounter below, build the 2010BA subscriber loop and 2300 claim loop of an
837P. All data is fictitious test data from the companion guide; don't submit it to production.

  Subscriber: TESTPATIENT, JANE Q   ID: ZZ999999999   DOB: 01/01/1980   Sex: F
  Payer: TEST PAYER (payer ID 00000)
  Rendering: DEMO CLINIC, NPI 1234567893
  Service: 99213 office visit, $100.00, 1 unit, POS 11, DOS 01/01/2026

Expected answer (check your own first!):

NM1*IL*1*TESTPATIENT*JANE*Q***MI*ZZ999999999~
DMG*D8*19800101*F~
CLM*TEST0001*100***11:B:1*Y*A*Y*Y~
HI*ABK:Z0000~

Submit yours in the training sandbox (ISA15 = T) by Friday.
""")

M('clean','clean-training','',
  'NovaEHR Academy <academy@novaehr.com>', 'Pinecrest Pediatrics Staff <staff@pinecrestpeds.com>',
  'Wed, 02 Dec 2026 14:00:00 -0700', 'Your training environment is ready - log in with these test charts',
  """Hello Pinecrest team,

Your NovaEHR training environment (https://train-pinecrest.novaehr.com) is ready for Thursday's
session. It contains only fictitious test patients. Please use these for the exercises:

  Exercise 1 (well child visit):    ZZTEST, BABY BOY    MRN TRN000101
  Exercise 2 (immunization entry):  ZZTEST, SALLY       MRN TRN000102
  Exercise 3 (sick visit + eRx):    ZZTEST, MAX         MRN TRN000103

Do NOT enter real patient information into the training environment - it is not covered by your
BAA and is wiped nightly.

NovaEHR Academy
""")

M('clean','clean-training','',
  'Compliance Office <compliance@harborviewma.com>', 'All Workforce <all@harborviewma.com>',
  'Thu, 03 Dec 2026 09:00:00 -0800', 'Annual HIPAA training due 12/31 + a real-world reminder',
  """Annual Privacy & Security training is due by December 31. It takes about 40 minutes in the
LMS. 71% of the workforce has completed it so far.

A reminder from a recent (anonymized) incident: a staff member emailed a spreadsheet of member
names and diagnoses to a personal Gmail account to "work on it from home." That is a reportable
breach, even if nothing bad happens to the file. Use the VPN and keep work on work devices.

If you think you may have sent PHI to the wrong place, report it to compliance@harborviewma.com
right away. Self-reporting is always treated better than being found.

Harborview Compliance Office
""")

M('clean','clean-training','',
  'Webinars at Coastal Infusion <events@coastalinfusion.com>', 'Referring Providers <referrers@lists.coastalinfusion.com>',
  'Thu, 03 Dec 2026 10:00:00 -0800', 'Webinar 12/16: Getting IVIG approved the first time (1 CE credit)',
  """FREE WEBINAR - Wednesday, December 16, 12:00-1:00 PM PT

"Getting IVIG Approved the First Time: Documentation That Payers Actually Read"

Presenters: Gina Marchetti, Director of Reimbursement, and Dr. Paul Friedman, immunologist

You'll learn:
 - Which diagnoses have the strongest coverage policies (and which almost always need appeal)
 - How to document dosing by adjusted body weight
 - A walkthrough of a mock PA packet for a made-up patient ("Pat Example, age 54")

1.0 nursing CE contact hour. Register: coastalinfusion.com/webinars
""")

M('clean','clean-training','',
  'Nadège Pierre <npierre@keystonemutualhealth.com>', 'New CM Hires <cm-newhires@keystonemutualhealth.com>',
  'Fri, 04 Dec 2026 13:00:00 -0500', 'role-play scripts for Monday (interpreter calls)',
  """Hi new folks,

For Monday's role-play we'll practice three-way interpreter calls. Scripts attached; all the
"members" are made up (names from the training binder - Mrs. Example, Mr. Sample, etc.).

Tips:
- Speak to the member, not to the interpreter ("How are you feeling?" not "Ask her how she feels").
- Short sentences. Pause after each one.
- Never use a family member as interpreter for clinical information if a professional is
  available; document if the member refuses.

Nadège
""", att=[('roleplay_scripts.txt', """ROLE-PLAY 1
CM: Good morning, Mrs. Example, this is ____ from Keystone Mutual. I'm calling with a Haitian
Creole interpreter on the line. Is now a good time?
MEMBER (played by trainer): Wi. (Yes.)
CM: I see you were in the hospital last week. How are you feeling today?
...
ROLE-PLAY 2
CM: Hello Mr. Sample, I'm calling about the walker your doctor ordered ...
""", 'text/plain', 'text')])
# ---------------------------------------------------------------------- extra clean forward (rfc822)
M('clean','clean-news','',
  'Renee Walsh <rwalsh@bluemeridianhealth.com>', 'Provider Relations Team <provrel@bluemeridianhealth.com>',
  'Fri, 04 Dec 2026 15:40:00 -0500', 'FW: Network update: Riverbend PT leaving Keystone',
  """FYI - Riverbend is leaving Keystone's commercial network. They'll probably come to us asking for
a rate bump now. Let's be ready with utilization numbers before they call.

R
""", att=[('Network update.eml', F('Keystone Mutual Health <networknews@keystonemutualhealth.com>', 'Keystone Network Providers <providers@lists.keystonemutualhealth.com>',
  'Fri, 04 Dec 2026 11:00:00 -0500', 'Network update: Riverbend Physical Therapy leaving network 2/1/2027',
  """Riverbend Physical Therapy (all 4 locations) will leave the Keystone Mutual PPO and HMO networks
effective February 1, 2027. Members currently in an active plan of care will receive transition
of care letters and may continue treatment at in-network rates through April 30, 2027.
"""), 'message/rfc822', 'rfc822')])

# ====================================================================== writer
def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    counters = {}
    rows = []
    for m in MSGS:
        counters[m['kind']] = counters.get(m['kind'], 0) + 1
        kind_part = m['kind'].split('-', 1)[1]
        fn = '%s-%s-%03d.eml' % (m['label'], kind_part, counters[m['kind']])
        msg = build(m)
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(msg.as_bytes())
        rows.append((fn, m['label'], m['kind'], m['patient']))
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    # parse check
    for fn, *_ in rows:
        with open(os.path.join(OUT, fn), 'rb') as fh:
            p = BytesParser(policy=policy.default).parse(fh)
        assert p['Subject'] is not None and p['From'] is not None, fn
        for part in p.walk():
            if not part.is_multipart() and part.get_content_maintype() == 'text':
                part.get_content()
    print(len(rows), 'messages written;', counters)

if __name__ == '__main__':
    main()
