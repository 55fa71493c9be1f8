#!/usr/bin/env python3
"""Blind eval set prose33b: rural border health network mail. All content invented, hand-written."""
import os, io, csv, zipfile, random, sys
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.charset import Charset, QP, BASE64, SHORTEST
from email import encoders, message_from_bytes
from email.utils import formataddr
from email.header import Header

random.seed(3322)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
MSGS = []

def M(label, kind, name, frm, to, subj, date, body, html=None, att=(), charset='utf-8',
      cte=None, cc=None, extra=None):
    MSGS.append(dict(label=label, kind=kind, name=name, frm=frm, to=to, subj=subj, date=date,
                     body=body, html=html, att=att, charset=charset, cte=cte, cc=cc, extra=extra or {}))

def text_part(s, sub, charset, cte):
    cs = Charset(charset)
    if cte == 'qp':
        cs.body_encoding = QP
    elif cte == 'b64':
        cs.body_encoding = BASE64
    elif charset in ('utf-8',):
        cs.body_encoding = QP if any(ord(c) > 127 for c in s) else None
    else:
        cs.body_encoding = QP if any(ord(c) > 127 for c in s) else None
    p = MIMEText('', sub, None)
    del p['Content-Transfer-Encoding']
    p.set_payload(s, cs)
    return p

def attach_part(a):
    kind = a[0]
    if kind == 'rfc822':
        return MIMEMessage(build(a[1], inner=True))
    if kind == 'zip':
        _, zname, inner_name, content = a
        bio = io.BytesIO()
        with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
            zi = zipfile.ZipInfo(inner_name, date_time=(2026, 11, 2, 9, 0, 0))
            z.writestr(zi, content)
        p = MIMEBase('application', 'zip')
        p.set_payload(bio.getvalue())
        encoders.encode_base64(p)
        p.add_header('Content-Disposition', 'attachment', filename=zname)
        return p
    # ('file', filename, content, 'type/sub', optional charset)
    _, fname, content, ctype = a[:4]
    ch = a[4] if len(a) > 4 else 'utf-8'
    maj, sub = ctype.split('/')
    if maj == 'text':
        p = text_part(content, sub, ch, 'b64' if fname.endswith(('.csv', '.json')) else None)
    else:
        p = MIMEBase(maj, sub)
        p.set_payload(content.encode(ch) if isinstance(content, str) else content)
        encoders.encode_base64(p)
    p.add_header('Content-Disposition', 'attachment', filename=fname)
    return p

def hdr(msg, d, idx):
    def addr(x):
        if isinstance(x, tuple):
            return formataddr((str(Header(x[0], 'utf-8')) if any(ord(c) > 127 for c in x[0]) else x[0], x[1]))
        return x
    msg['From'] = addr(d['frm'])
    tos = d['to'] if isinstance(d['to'], list) else [d['to']]
    msg['To'] = ', '.join(addr(t) for t in tos)
    if d.get('cc'):
        ccs = d['cc'] if isinstance(d['cc'], list) else [d['cc']]
        msg['Cc'] = ', '.join(addr(t) for t in ccs)
    msg['Subject'] = Header(d['subj'], 'utf-8') if any(ord(c) > 127 for c in d['subj']) else d['subj']
    msg['Date'] = d['date']
    fa = d['frm'][1] if isinstance(d['frm'], tuple) else d['frm']
    dom = fa.split('@')[-1].strip('>')
    msg['Message-ID'] = '<%s.%04d.%s@%s>' % (d['date'][5:16].replace(' ', ''), idx, 'x%x' % (idx * 7919 % 65521), dom)
    if 'MIME-Version' not in msg:
        msg['MIME-Version'] = '1.0'
    for k, v in d['extra'].items():
        msg[k] = v

def build(d, inner=False, idx=0):
    body = text_part(d['body'], 'plain', d['charset'], d['cte'])
    if d['html']:
        alt = MIMEMultipart('alternative')
        alt.attach(body)
        alt.attach(text_part(d['html'], 'html', d['charset'], d['cte'] or 'qp'))
        core = alt
    else:
        core = body
    if d['att']:
        mm = MIMEMultipart('mixed')
        mm.attach(core)
        for a in d['att']:
            mm.attach(attach_part(a))
        core = mm
    hdr(core, d, idx if idx else 9000 + len(d['subj']))
    return core

def sub(frm, to, subj, date, body, **kw):
    """inner message dict for rfc822 forwards"""
    d = dict(frm=frm, to=to, subj=subj, date=date, body=body, html=kw.get('html'), att=kw.get('att', ()),
             charset=kw.get('charset', 'utf-8'), cte=kw.get('cte'), cc=kw.get('cc'), extra={})
    return d

# ---------------------------------------------------------------- phi-care
M('phi','care','Villanueva',
  ('Rosa Mendívil, RN', 'rmendivil@sierraaltahealth.org'), ('Dr. Kenneth Abbott', 'kabbott@sierraaltahealth.org'),
  'Villanueva - INR today', 'Mon, 02 Nov 2026 10:14:22 -0700',
"""Dr Abbott,

Tomás Villanueva came in to Los Pinos for his fingerstick this morning, INR 3.8. He says he has been eating less greens since his wife went to Tucson. Currently on 5 mg daily except 7.5 Mon/Fri. Do you want to hold tonight and recheck Thursday? He can't drive in until after 2 pm Thursday, his nephew brings him.

Rosa
""")

M('phi','care','Begay',
  ('Dispatch - Rio Seco EMS', 'dispatch@rioseco-ems.org'), ('SIVH Emergency Dept', 'ed-charge@sierraaltahealth.org'),
  'Medic 2 inbound 1420', 'Tue, 03 Nov 2026 14:06:51 -0700',
"""Medic 2 enroute to you from mile marker 41 Hwy 86, ETA 14 min.
Pt Lorraine Begay 67F, found by daughter at home, conscious, 12-lead done in rig and transmitted to your fax at 1403. IV x1 L AC. 324 asa given. BGL 142.
Crew: Ortega/Salcido. Please have bed 3 open.
-- sent from MDT unit M2
""")

M('phi','care','Quintero',
  ('Valle Verde Pharmacy', 'rx@valleverderx.com'), ('Dos Rios Family Clinic', 'frontdesk.dosrios@sierraaltahealth.org'),
  'Refill request - QUINTERO, ARMANDO', 'Wed, 04 Nov 2026 08:32:10 -0700',
"""REFILL AUTHORIZATION REQUEST
Please fax back to 520-384-2270 or reply to this email.

Patient: Armando Quintero
DOB: 06/19/1958
Drug: metformin 1000 mg tab, 1 tab PO BID #180
Last fill: 08/05/2026    Refills remaining: 0
Prescriber on file: Hollis, Marguerite NP

[ ] Approved  refills: ____     [ ] Denied     [ ] Pt needs appointment

Pt states he is out as of Monday. Thank you.
Valle Verde Pharmacy, 118 E. Main St, San Isidro
""")

M('phi','care','Nakai',
  ('Marguerite Hollis NP', 'mhollis@sierraaltahealth.org'), ('Lab - SIVH', 'lab@sierraaltahealth.org'),
  'RE: add-on for Nakai', 'Wed, 04 Nov 2026 11:47:03 -0700',
"""Thanks Jess - yes please add the A1c and a lipid panel to the 0910 draw if there is still enough in the lavender top. I'll send the order through once the system comes back.

M.

-----Original Message-----
From: Jessica Pruitt <jpruitt@sierraaltahealth.org>
Sent: Wednesday, November 4, 2026 11:20 AM
To: Marguerite Hollis <mhollis@sierraaltahealth.org>
Subject: add-on for Nakai

Hi Marguerite, we have a CMP on Wilson Nakai from this morning (acct 20418877). You said at the huddle you wanted to add on but nothing came across. Let me know, we hold samples 48 hrs.
Jess, MLT
""")

M('phi','care','Salazar',
  ('Pilar Estrada', 'pestrada@sierraaltahealth.org'), ('Scheduling Pool', 'scheduling@sierraaltahealth.org'),
  'need MRI slot - mobile unit Thursday', 'Thu, 05 Nov 2026 09:02:44 -0700',
"""Hi team,

Can we squeeze one more onto the mobile MRI on the 12th? It's for Jacinto Salazar, lumbar w/o contrast, auth came back approved this morning (ref 7720-4419). He works nights at the dairy so anything after 10am is better. His cell is 520-609-3318, he prefers texts.

Thanks!
Pilar Estrada | Referral Coordinator
Mesquite Flats Clinic
""", html="""<html><head><style>p{font-family:Calibri,sans-serif;font-size:11pt}</style></head><body>
<p>Hi team,</p>
<p>Can we squeeze one more onto the mobile MRI on the 12th? It's for <b>Jacinto Salazar</b>, lumbar w/o contrast, auth came back approved this morning (ref 7720-4419). He works nights at the dairy so anything after 10am is better. His cell is 520-609-3318, he prefers texts.</p>
<p>Thanks!</p>
<p style="color:#1F4E79">Pilar Estrada | Referral Coordinator<br>Mesquite Flats Clinic</p>
<p style="font-size:8pt;color:gray">CONFIDENTIALITY NOTICE: This e-mail may contain information that is privileged and confidential. If you received it in error, please notify the sender and delete it.</p>
</body></html>""")

M('phi','care','Ferreira',
  ('Casa del Sol - Nursing Station B', 'stationb@casadelsolcare.org'), ('Dr. Amrita Sen', 'asen@sierraaltahealth.org'),
  'Mrs. Ferreira rm 14 - wound check', 'Thu, 05 Nov 2026 19:40:00 -0700',
"""Dr. Sen, evening update on Mrs. Ferreira in 14B. Dressing to L heel changed at 1800, moderate serous drainage, edges pink, no odor. Pictures uploaded to her chart. She ate 50% of dinner. Daughter Lucia visiting tomorrow and would like to talk to you about the wound clinic referral in Tucson, can you call her 520-384-7791 between 9 and 11?
Thank you - Beatriz LPN
""", charset='windows-1252')

M('phi','care','Morales',
  ('Kenneth Abbott MD', 'kabbott@sierraaltahealth.org'), ('Rosa Mendívil, RN', 'rmendivil@sierraaltahealth.org'),
  'Re: colonoscopy prep', 'Fri, 06 Nov 2026 07:55:19 -0700',
"""ok. tell Mr Morales (Efrain, not his son) he can keep taking the lisinopril morning of, just small sip. stop the iron 5 days before. procedure still 11/17 0730 at SIVH endo.

> On Nov 5, 2026, at 4:12 PM, Rosa Mendívil, RN wrote:
> Efrain Morales called about his colonoscopy prep, asking which of his pills to stop. He brought a list: lisinopril 20, ferrous sulfate, vit D. He's confused because his son Efrain Jr was told something different last year.
""")

M('phi','care','Tsosie',
  ('Radiology Reading Group', 'reports@desertteleread.com'), ('SIVH HIM', 'him@sierraaltahealth.org'),
  'Final report available: TSOSIE, KEVIN', 'Sat, 07 Nov 2026 02:18:33 -0700',
"""Desert TeleRead - Final Report Notification

A final report has been signed for the study below. Log in to the portal to view.

Patient:       TSOSIE, KEVIN
Facility:      San Isidro Valley Hospital
Study:         CT HEAD WO CONTRAST
Accession:     SIV-26-0114582
Performed:     11/07/2026 00:51
Read by:       P. Okafor, MD
Critical result: YES - called to Dr. L. Guerra 02:09

Do not reply to this automated message.
""")

# ---------------------------------------------------------------- phi-names
M('phi','names','Arvizu',
  ('Lupe Cárdenas', 'lcardenas@sierraaltahealth.org'), ('Front Desk - Los Pinos', 'frontdesk.lospinos@sierraaltahealth.org'),
  "Don Chuy's wife", 'Mon, 02 Nov 2026 13:30:12 -0700',
"""Heads up - Don Chuy Arvizu's wife (Carmela) is going to come by around 3 to pick up his paperwork for the disability people. He signed the release last week, it's in the blue folder behind Marisol's desk. Don't give her the pages about the psych consult, those weren't on the release.

Lupe
""")

M('phi','names','Whitehorse',
  ('Tom Reyes', 'treyes@sierraaltahealth.org'), ['Dana Kirk <dkirk@sierraaltahealth.org>', 'Sofia Lara <slara@sierraaltahealth.org>'],
  'FW: Whitehorse, Evelyn - transport back to Casa del Sol', 'Tue, 03 Nov 2026 16:02:47 -0700',
"""Dana, Sofia - see below. Can one of you confirm with the nursing home they have her bed held?

-----Original Message-----
From: Gary Ellison <gellison@rioseco-ems.org>
Sent: Tuesday, November 3, 2026 3:41 PM
To: Tom Reyes
Subject: Whitehorse, Evelyn - transport back to Casa del Sol

Tom, we can do the discharge transport tomorrow at 10. Need the face sheet and the DNR form to go with her, the crew won't load without the original DNR. Last time Evelyn came back with a copy and my guys caught grief for it.
Gary
""")

M('phi','names','Lucero',
  ('Marisol Peña', 'mpena@sierraaltahealth.org'), ('Dr. Luis Guerra', 'lguerra@sierraaltahealth.org'),
  'phone msg', 'Wed, 04 Nov 2026 10:05:00 -0700',
"""Dr G - Benny Lucero's mom called. She says he's been throwing up since last night after starting the amoxicillin you gave him Monday and she wants to know if she should stop it. She's at 520-275-0148. Benny is the little one, 4 yrs, not the older brother.
""")

M('phi','names','Castañeda',
  ('Sofia Lara', 'slara@sierraaltahealth.org'), ('Care Management', 'caremgmt@sierraaltahealth.org'),
  'Castañeda family - two appts same day?', 'Wed, 04 Nov 2026 15:21:30 -0700',
"""Hi all,
Quick one. Mrs. Castañeda (Olga) has her cardiology follow-up in Tucson on the 19th and her husband Rogelio has his dialysis chair time that same afternoon in Nogales. They only have the one truck. Can we ask the volunteer drivers if anybody can take Rogelio? Olga's sister can drive her.

Sofia Lara, CHW
""")

M('phi','names','Kowalski',
  ('Andrea Kowalski', 'andrea.kowalski84@gmail.com'), ('Dr. Amrita Sen', 'asen@sierraaltahealth.org'),
  'Dad', 'Thu, 05 Nov 2026 21:17:55 -0600',
"""Dr. Sen,

I'm sorry to write so late. I spoke with the nurse tonight and she said my father pulled his catheter out again this afternoon. I know you said last week that if it kept happening we should talk about the suprapubic option. Dad can't really make that call himself anymore, so I'd like to be the one you talk to. I'm driving down from Flagstaff Saturday.

Andrea (Stan's daughter, room 22)
""")

M('phi','names','Ortiz',
  ('Dana Kirk', 'dkirk@sierraaltahealth.org'), ('Nursing Leadership', 'nurseleaders@sierraaltahealth.org'),
  'Re: yesterday on med-surg', 'Fri, 06 Nov 2026 08:12:40 -0700',
"""I talked to both nurses. The patient in 4 (Ortiz) got her evening Lovenox twice because the 1800 dose was charted under Mr. Ortiz in 6 by mistake. Same last name, both on the same heparin protocol sheet. No bleeding, Dr. Guerra aware, family informed by him at 2100. Incident report is in. I want name-alert stickers on both doors today.

Dana
""")

M('phi','names','Gallegos',
  ('Hermanos Ochoa Farms - Office', 'oficina@ochoafarms.com'), ('Occupational Health - SIVH', 'occhealth@sierraaltahealth.org'),
  'Worker Gallegos return to work?', 'Fri, 06 Nov 2026 12:48:02 -0700',
"""Good afternoon,

Our crew leader Ramon Gallegos was seen at your ER on Tuesday after the tractor thing with his hand. He brought us a paper that says no use of right hand 2 weeks but his supervisor says he can drive the water truck with the left. Can you please tell us if that is OK so we do not do something wrong with the insurance. Workers comp claim # is WC-26-00318.

Thanks,
Yolanda Ochoa
Office Manager
""")
# ---------------------------------------------------------------- phi-self
M('phi','self','Dominguez',
  ('Reyna Dominguez', 'reyna.dmgz@yahoo.com'), ('Patient Portal Messages', 'portal@sierraaltahealth.org'),
  'question about my results', 'Mon, 02 Nov 2026 22:41:09 -0700',
"""Hello, this is Reyna Dominguez, birthday 3/14/1991. I saw in the portal my thyroid test came back with a star next to it (TSH 6.2). Nobody called me. Do I need to change the dose of the levothyroxine or wait for my appointment in December? I am also trying to get pregnant so I want to know if this matters.
Thank you
""")

M('phi','self','Harjo',
  ('Walter Harjo', 'wharjo1949@outlook.com'), ('Billing Office', 'billing@sierraaltahealth.org'),
  'Bill I do not understand', 'Tue, 03 Nov 2026 09:10:10 -0700',
"""To whom it may concern,

I received a statement dated October 28 for $1,214.60 for "observation services" on September 9 and 10. I was told by the nurse at the time that I had been admitted. Medicare should have paid this. My account number on the statement is 7004418823. I am 77 years old and live on Social Security and I cannot pay this.

Please call me at home 520-384-6120. I do not do the portal.

Walter J. Harjo
PO Box 212
Arivaca Junction
""")

M('phi','self','Soto',
  ('Jenny Soto', 'jennysoto.az@gmail.com'), ('Los Pinos Clinic', 'frontdesk.lospinos@sierraaltahealth.org'),
  'Fwd: my son Mateo vaccine record', 'Tue, 03 Nov 2026 17:55:30 -0700',
"""Hi, school says Mateo's record is missing the 2nd MMR. I'm pretty sure he got it at your clinic when he was 4, around March 2022? Can you send me the official record? His DOB is 01/09/2018. Attaching what the school sent me.

Jenny Soto (mom)
""", att=[('rfc822', sub(('Nurse Office', 'nurse@ruralcesd.k12.az.us'), ('Jenny Soto', 'jennysoto.az@gmail.com'),
  'Immunization deficiency - Soto, Mateo', 'Tue, 03 Nov 2026 14:10:00 -0700',
"""Dear Parent/Guardian,

Our records show your student SOTO, MATEO (Grade 3, Rm 12) is missing: MMR dose 2.
Please provide documentation from your health care provider within 15 school days, or the student may be excluded per A.R.S. 15-873.

Rural Consolidated ESD Health Office
"""))])

M('phi','self','Yazzie',
  ('Darlene Yazzie', 'dyazzie.weaves@gmail.com'), ('Dr. Luis Guerra', 'lguerra@sierraaltahealth.org'),
  'my mom', 'Wed, 04 Nov 2026 06:30:00 -0700',
"""Yá'át'ééh Dr. Guerra,

Shimá (my mother Ella Yazzie) is doing better since you changed her water pill, her ankles are way down. But she won't use the oxygen at night, she says the machine is too loud and she can't hear the sheep dogs. Is there a quieter one? We are on the Medicare and the IHS both.

Ahéhee',
Darlene
""")

M('phi','self','Pham',
  ('Linh Pham', 'linhpham.nails@hotmail.com'), ('Patient Portal Messages', 'portal@sierraaltahealth.org'),
  'RE: Your appointment reminder', 'Thu, 05 Nov 2026 12:03:48 -0700',
"""I need cancel the appointment on Nov 10 for the mammogram, my work change schedule. Can I move to Saturday? I know Dr say I need repeat because the last one they see something on left side. I dont want to wait too long. Thank you, Linh Pham

-----Original Message-----
From: Sierra Alta Health <noreply@sierraaltahealth.org>
Sent: Thursday, November 5, 2026 8:00 AM
Subject: Your appointment reminder

Linh, this is a reminder of your appointment:
Tue Nov 10 2026 at 9:20 AM - Diagnostic Mammogram - San Isidro Valley Hospital Imaging
Reply C to cancel.
""")

M('phi','self','McAllister',
  ('Bud McAllister', 'budmac@rioseco.net'), ('Valle Verde Pharmacy', 'rx@valleverderx.com'),
  'insulin', 'Fri, 06 Nov 2026 15:15:05 -0700',
"""This is Bud McAllister out on Ruby Rd. Last time you gave me the pens instead of the vials and my insurance charged me 3 times as much. I want the vials like before, Novolin N. Dr Abbott knows. Call before you fill it 520-398-2217.
""")

M('phi','self','Iñiguez',
  ('Maribel Iñiguez', 'maribel.iniguez@gmail.com'), ('Patient Portal Messages', 'portal@sierraaltahealth.org'),
  'Med list for my appointment Monday', 'Sat, 07 Nov 2026 10:22:11 -0700',
"""Hi Dr. Hollis, ahead of Monday, here's what I'm actually taking now (the list in the portal is old):
- sertraline 100 mg (went up in August, the psychiatrist in Tucson did it)
- lamotrigine 50 mg twice a day
- birth control, Sprintec
- melatonin sometimes
I stopped the propranolol, it made me too tired at work. Also I'd like to talk about the panic attacks coming back, I've had 3 this month. Thanks, Maribel
""", html="""<div dir="ltr"><div>Hi Dr. Hollis, ahead of Monday, here's what I'm actually taking now (the list in the portal is old):</div><ul><li>sertraline 100 mg (went up in August, the psychiatrist in Tucson did it)</li><li>lamotrigine 50 mg twice a day</li><li>birth control, Sprintec</li><li>melatonin sometimes</li></ul><div>I stopped the propranolol, it made me too tired at work. Also I'd like to talk about the panic attacks coming back, I've had 3 this month. Thanks, Maribel</div></div>""")

# ---------------------------------------------------------------- phi-lists
M('phi','lists','Acosta',
  ('Dana Kirk', 'dkirk@sierraaltahealth.org'), ('House Supervisors', 'housesup@sierraaltahealth.org'),
  'census / who is going where tomorrow', 'Mon, 02 Nov 2026 18:45:00 -0700',
"""Tomorrow's moves as of 1830:

Rm  Patient              Plan
--  -------------------  -------------------------------------
2   Acosta, Feliciano    d/c home w/ home health, O2 set up done
4   Ortiz, Guadalupe     stays, PT eval AM
5   Nez, Harold          transfer Banner Tucson when bed avail, cards accepted
7   Loya, Irene          swing bed -> day 3
9   (empty)
11  Contreras, Baby Boy  nursery, bili at 0600

Holler if anything changes overnight.
D.
""")

M('phi','lists','Robles',
  ('Pilar Estrada', 'pestrada@sierraaltahealth.org'), ('Dr. Marguerite Hollis', 'mhollis@sierraaltahealth.org'),
  'your pending referrals', 'Tue, 03 Nov 2026 11:11:11 -0700',
"""Marguerite, these are still sitting without auth. Can you add notes where I asked?

* Robles, Ignacio - GI consult (Tucson) - Cima Health wants last 2 office notes, can you sign the 10/14 one?
* Espinoza, Dalia - derm - approved, pt not answering phone x3
* Lujan, Frank - sleep study - denied, they want an overnight oximetry first
* Benally, Rita - ortho knee - pending, submitted 10/29
* Trujillo, Ana - OB high-risk - approved, scheduled 11/20

thanks, P
""")

M('phi','lists','Fimbres',
  ('Rio Seco EMS Billing', 'billing@rioseco-ems.org'), ('Sierra Alta Health - Patient Accounts', 'patientaccts@sierraaltahealth.org'),
  'Transports needing face sheets Oct', 'Wed, 04 Nov 2026 09:30:40 -0700',
"""Hi Carla,
We still need face sheets (insurance info) for the October transfers below. Spreadsheet pasted:

Run #\tDate\tPatient\tDOB\tFrom\tTo
26-1871\t10/03/26\tFIMBRES, OSCAR\t04/22/1961\tSIVH ED\tTMC Tucson
26-1902\t10/09/26\tNAVARRO, TERESA\t11/30/1944\tCasa del Sol\tSIVH ED
26-1944\t10/17/26\tBEGAY, CALVIN\t07/07/1988\tSIVH ED\tBanner UMC
26-1990\t10/26/26\tPARTIDA, MIGUEL\t12/02/2001\tDos Rios Clinic\tSIVH ED

Thanks!
Irma Salcido
Rio Seco EMS Billing
""")

M('phi','lists','Gutierrez',
  ('Lupe Cárdenas', 'lcardenas@sierraaltahealth.org'), ('Los Pinos Clinic Staff', 'lospinos-all@sierraaltahealth.org'),
  'flu clinic at the packing shed - who we saw', 'Wed, 04 Nov 2026 17:20:00 -0700',
"""Thanks everybody for staying late. Here's the list from today at Green Valley Produce for entering into the registry tomorrow. Lot # for all is FL2641B.

1. Gutierrez, Samuel - flu + covid
2. Gutierrez, Alma - flu only
3. Pacheco, Rodolfo - flu, declined covid
4. Mendoza, Elvira - flu, says she is 20 wks pregnant, gave preservative free
5. Xol, Bartolo - flu + Tdap (stepped on nail last week)
6. Hernández, Juan Carlos (the tall one, DOB 1979) - flu
7. Hernández, Juan Carlos (DOB 1996) - flu + covid

The paper consents are in the red bin.
Lupe
""")

M('phi','lists','Lopez',
  ('Casa del Sol - DON', 'don@casadelsolcare.org'), ('Dr. Amrita Sen', 'asen@sierraaltahealth.org'),
  'Rounding list Friday', 'Thu, 05 Nov 2026 16:00:00 -0700',
"""Dr. Sen, list for Friday rounds:

Room | Resident | Issue
3A | Lopez, Herminia | fall 11/3, no injury, pls review Ambien
8 | Whitehorse, Evelyn | back from SIVH 11/4, new orders to reconcile
14B | Ferreira, Amalia | heel wound, daughter wants call
19 | Dickerson, Roy | weight down 4 lb in 2 wks
22 | Kowalski, Stanley | foley pulled x2, daughter coming Sat

Thank you,
Gloria Ruelas RN, DON
Casa del Sol Care Center
""", html="""<html><body style="font-family:Arial;font-size:10pt">
<p>Dr. Sen, list for Friday rounds:</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr style="background:#dde"><th>Room</th><th>Resident</th><th>Issue</th></tr>
<tr><td>3A</td><td>Lopez, Herminia</td><td>fall 11/3, no injury, pls review Ambien</td></tr>
<tr><td>8</td><td>Whitehorse, Evelyn</td><td>back from SIVH 11/4, new orders to reconcile</td></tr>
<tr><td>14B</td><td>Ferreira, Amalia</td><td>heel wound, daughter wants call</td></tr>
<tr><td>19</td><td>Dickerson, Roy</td><td>weight down 4 lb in 2 wks</td></tr>
<tr><td>22</td><td>Kowalski, Stanley</td><td>foley pulled x2, daughter coming Sat</td></tr>
</table>
<p>Thank you,<br>Gloria Ruelas RN, DON<br>Casa del Sol Care Center</p>
</body></html>""")

M('phi','lists','Carrillo',
  ('Carla Boone', 'cboone@sierraaltahealth.org'), ('Cima Health Plan Provider Relations', 'provider.relations@cimahealthplan.com'),
  'Claims stuck in pend - 7 members', 'Fri, 06 Nov 2026 10:40:13 -0700',
"""Hello Jeanette,

Per our call, here are the claims that have been in pend status more than 45 days. All are for Mesquite Flats Clinic, NPI 1538271946.

Member ID      Member name           DOS        Claim #          Billed
CIM04418820    CARRILLO, JOSEFA      08/12/26   2026224C01187    $186.00
CIM04418820    CARRILLO, JOSEFA      09/02/26   2026245C00442    $142.00
CIM07730155    DUARTE, ELIAS         08/20/26   2026232C00918    $312.00
CIM05512260    WASHBURN, KAYLA       08/27/26   2026239C01311    $98.00
CIM09004471    ZAMORA, ISIDRO        09/08/26   2026251C00207    $415.00
CIM01177390    TAPIA, ROSALBA        09/15/26   2026258C00660    $142.00
CIM03350882    YELLOWHAIR, DEAN      09/22/26   2026265C01029    $260.00

Can you let me know what is holding them?

Carla Boone, CRCS
Patient Accounts | Sierra Alta Health
""")

M('phi','lists','Armenta',
  ('Marisol Peña', 'mpena@sierraaltahealth.org'), ('Dr. Luis Guerra', 'lguerra@sierraaltahealth.org'),
  'callbacks', 'Fri, 06 Nov 2026 16:58:00 -0700',
"""before you leave pls:
- Mrs Armenta - wants the cream for her grandson's rash called in, she says you said ok
- Lucero mom again (Benny) - vomiting stopped, asking about daycare note
- Mr Duarte - BP readings at home 160s/90s
- Pedro at the Ochoa farm, the one with the hand - says the paper you gave is wrong date
""")
# ---------------------------------------------------------------- phi-struct
HL7_1 = "\r".join([
"MSH|^~\\&|SIVHLAB|SIVH|MEDSIERRA|SAH|202611031422||ORU^R01|LAB26110300817|P|2.5.1",
"PID|1||400817226^^^SIVH^MR||NUNEZ^ESTELA^M||19730511|F|||2207 W CALLE OCOTILLO^^SAN ISIDRO^AZ^85641||5203847745",
"PV1|1|O|LP^CLINIC^LOSPINOS||||1417^HOLLIS^MARGUERITE^^^NP",
"ORC|RE|ORD55201|LAB26110300817",
"OBR|1|ORD55201|LAB26110300817|80053^COMPREHENSIVE METABOLIC PANEL^CPT|||202611030905",
"OBX|1|NM|2345-7^GLUCOSE^LN||212|mg/dL|70-99|H|||F",
"OBX|2|NM|2160-0^CREATININE^LN||1.4|mg/dL|0.5-1.1|H|||F",
"OBX|3|NM|2823-3^POTASSIUM^LN||4.9|mmol/L|3.5-5.1||||F",
""])
M('phi','struct','Nunez',
  ('MedSierra Interface Engine', 'interface-alerts@sierraaltahealth.org'), ('IT Integration Team', 'integration@sierraaltahealth.org'),
  '[ALERT] ORU routing failure - provider not mapped (1 msg held)', 'Tue, 03 Nov 2026 14:22:59 -0700',
"""Channel: SIVH_LAB_OUT -> MEDSIERRA_RESULTS
Status: ERROR  (held in queue, retry disabled)
Error:  OBR-16/PV1-7 ordering provider 1417 not found in provider crosswalk table PRV_XWALK_LOSPINOS
Control ID: LAB26110300817

Raw message attached. Resolve mapping and resubmit from the console.
""", att=[('file', 'LAB26110300817.hl7', HL7_1, 'application/octet-stream')])

X837 = """ISA*00*          *00*          *ZZ*SIERRAALTA     *ZZ*CIMAHP         *261104*0915*^*00501*000004412*0*P*:~
GS*HC*SIERRAALTA*CIMAHP*20261104*0915*4412*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*SAH4412*20261104*0915*CH~
NM1*85*2*MESQUITE FLATS CLINIC*****XX*1538271946~
HL*2*1*22*0~
SBR*P*18*******MC~
NM1*IL*1*ZAMORA*ISIDRO****MI*CIM09004471~
N3*4410 S RANCHO VIEJO RD~
N4*SAN ISIDRO*AZ*85641~
DMG*D8*19660203*M~
CLM*MFC26090801*415***11:B:1*Y*A*Y*Y~
DTP*472*D8*20260908~
HI*ABK:E119*ABF:I10~
LX*1~
SV1*HC:99214*185*UN*1***1~
LX*2~
SV1*HC:83036*45*UN*1***1~
SE*18*0001~
GE*1*4412~
IEA*1*000004412~
"""
M('phi','struct','Zamora',
  ('Carla Boone', 'cboone@sierraaltahealth.org'), ('Jeanette Wu', 'jwu@cimahealthplan.com'),
  'RE: Claims stuck in pend - resubmission file', 'Mon, 09 Nov 2026 09:20:00 -0700',
"""Jeanette,

Attached is the corrected 837P for the Zamora claim (we had the wrong taxonomy on the original). Zipped because your mail gateway strips .x12. The other six I'll send through the clearinghouse.

Carla

> From: Jeanette Wu <jwu@cimahealthplan.com>
> Sent: Friday, November 6, 2026 3:02 PM
> Zamora's is rejecting on the billing provider taxonomy. If you send me the corrected file directly I can push it through.
""", att=[('zip', 'MFC_837_resub_20261104.zip', 'MFC_837_resub_20261104.x12', X837)])

M('phi','struct','Encinas',
  ('Eligibility Bot', 'noreply@clearinghouse-sw.net'), ('Front Desk - Dos Rios', 'frontdesk.dosrios@sierraaltahealth.org'),
  'Eligibility response (271) - batch 88231', 'Wed, 04 Nov 2026 07:01:12 -0700',
"""271 response for inquiry submitted 11/04/2026 06:58 by user FDESK2

ST*271*0001*005010X279A1~
BHT*0022*11*88231*20261104*0701~
HL*1**20*1~
NM1*PR*2*ARIZONA MEDICAID MCO - DESERT STAR*****PI*86111~
HL*2*1*21*1~
NM1*1P*2*DOS RIOS FAMILY CLINIC*****XX*1972055318~
HL*3*2*22*0~
TRN*2*88231-1*9SIERRAALT~
NM1*IL*1*ENCINAS*MARICRUZ*L***MI*A81994072~
DMG*D8*19990817*F~
DTP*346*D8*20260101~
EB*1*IND*30**DESERT STAR COMPLETE CARE~
EB*B*IND*98***27*0~
EB*F*IND*BY***24*0***VS*12~
MSG*PRENATAL CARE COVERED, NO COPAY~
SE*15*0001~

Summary: ACTIVE - copay $0 - PCP on file: DOS RIOS FAMILY CLINIC
""")

CSV_NOSHOW = """clinic,appt_date,appt_time,mrn,patient_last,patient_first,dob,visit_type,provider,phone,status
LOSPINOS,2026-11-02,08:40,400552190,Figueroa,Arturo,1955-09-30,DM FOLLOW UP,Hollis,5203981104,NO SHOW
LOSPINOS,2026-11-02,10:00,400817226,Nunez,Estela,1973-05-11,LAB REVIEW,Hollis,5203847745,NO SHOW
DOSRIOS,2026-11-03,13:20,400339021,Sandoval,Tiburcio,1949-02-14,COPD CHECK,Guerra,5202750093,NO SHOW
DOSRIOS,2026-11-04,09:00,401004538,Manuelito,Jolene,2004-12-01,PRENATAL 28WK,Guerra,9286231187,NO SHOW
MESQUITE,2026-11-05,15:40,400991782,Ybarra,Cruz,1981-06-06,BEHAVIORAL HEALTH,Ramsey,5206091142,NO SHOW
"""
M('phi','struct','Figueroa',
  ('Report Scheduler', 'reports@sierraaltahealth.org'), ('Sofia Lara', 'slara@sierraaltahealth.org'),
  'Scheduled report: No-show outreach list (weekly)', 'Sat, 07 Nov 2026 05:00:00 -0700',
"""Your scheduled report "No-show outreach list (weekly)" ran successfully.
Rows: 5
Parameters: all clinics, 11/02/2026 - 11/06/2026

The report is attached as CSV.
""", att=[('file', 'noshow_20261102_20261106.csv', CSV_NOSHOW, 'text/csv')])

FHIR = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {
      "resourceType": "Patient",
      "id": "sah-401118870",
      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "401118870"}],
      "name": [{"family": "Chee", "given": ["Marvin", "T"]}],
      "gender": "male",
      "birthDate": "1962-10-21",
      "address": [{"line": ["HC 1 Box 88"], "city": "Sells", "state": "AZ", "postalCode": "85634"}]
    }},
    {"resource": {
      "resourceType": "MedicationRequest",
      "status": "active",
      "intent": "order",
      "subject": {"reference": "Patient/sah-401118870"},
      "medicationCodeableConcept": {"text": "apixaban 5 mg tablet"},
      "dosageInstruction": [{"text": "1 tab by mouth twice daily"}],
      "authoredOn": "2026-10-30"
    }}
  ]
}
"""
M('phi','struct','Chee',
  ('Nathan Greer', 'ngreer@rxlinkhealth.io'), ('IT Integration Team', 'integration@sierraaltahealth.org'),
  'sample payload from your sandbox? - looks like prod data', 'Thu, 05 Nov 2026 13:44:20 -0600',
"""Hi team,

While testing the MedicationRequest feed for the pharmacy pilot we pulled the bundle below from the endpoint you gave us as "sandbox". It has what looks like a real patient - please confirm whether that endpoint is pointed at production. We have deleted our copy except for this email.

Nathan Greer
Integration Engineer, RxLink

""" + FHIR)

CCD = """<ClinicalDocument xmlns="urn:hl7-org:v3">
  <title>Continuity of Care Document</title>
  <recordTarget><patientRole>
    <id root="2.16.840.1.113883.3.9921.1" extension="400661473"/>
    <patient><name><given>Refugio</given><family>Valenzuela</family></name>
      <administrativeGenderCode code="M"/><birthTime value="19510709"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Problems</title>
      <text><list><item>Chronic kidney disease stage 4</item><item>Type 2 diabetes mellitus with nephropathy</item></list></text>
    </section></component>
    <component><section><title>Medications</title>
      <text><list><item>insulin glargine 18 units nightly</item><item>furosemide 40 mg daily</item></list></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
M('phi','struct','Valenzuela',
  ('HIM - SIVH', 'him@sierraaltahealth.org'), ('Nogales Dialysis Center', 'intake@nogalesdialysis.com'),
  'Records for new patient intake', 'Thu, 05 Nov 2026 15:30:00 -0700',
"""Per your request and the signed authorization on file, attached is the CCD for the patient referred to your unit starting 11/16. Please confirm receipt.

Health Information Management
San Isidro Valley Hospital
""", html="""<html><body><p style="font-family:Segoe UI">Per your request and the signed authorization on file, attached is the CCD for the patient referred to your unit starting 11/16. Please confirm receipt.</p><p style="font-family:Segoe UI;color:#555">Health Information Management<br>San Isidro Valley Hospital</p></body></html>""",
  att=[('file', 'CCD_400661473.xml', CCD, 'application/xml')])

M('phi','struct','Ahumada',
  ('Fax Server', 'efax@sierraaltahealth.org'), ('HIM - SIVH', 'him@sierraaltahealth.org'),
  'Fax received from 5206244180 (3 pages)', 'Fri, 06 Nov 2026 11:02:37 -0700',
"""You have received a 3 page fax. OCR text of cover page follows.

========================================
        SOUTHERN ARIZONA ORTHOPEDICS
            FAX COVER SHEET
========================================
TO:    San Isidro Valley Hospital - Medical Records
FAX:   520-384-2201
FROM:  Dr. V. Kapoor office / Yesenia
DATE:  11/06/2026
RE:    AHUMADA, GILBERTO   DOB 08/15/1970
PAGES: 3 incl. cover

Requesting: op note and discharge summary from his admission
10/21-10/24/2026 (R hip ORIF). Pt scheduled post-op 11/10.

CONFIDENTIAL: This facsimile contains protected health information...
========================================
""")

M('phi','struct','Bustamante',
  ('Lab Interface Monitor', 'labmon@sierraaltahealth.org'), ('Lab - SIVH', 'lab@sierraaltahealth.org'),
  'Nightly unmatched results report 11/07', 'Sat, 07 Nov 2026 03:00:00 -0700',
"""UNMATCHED RESULTS - reference lab -> SIVH  (run 2026-11-07 03:00)
3 result(s) could not be matched to an open order.

ACCESSION   PATIENT NAME (as received)   DOB         TEST                      RESULT
--------------------------------------------------------------------------------------
RL8830217   BUSTAMANTE, NOEMI            1990-03-02  HCG QUANT                 18,420 mIU/mL
RL8830244   BUSTAMANTE NOEMI R           1990-03-02  RH TYPE                   NEG
RL8830391   LEE, C                       1947-01-19  VITAMIN B12               161 pg/mL (L)

Action: match manually in Result Reconciliation or contact reference lab client services.
""")
# ---------------------------------------------------------------- phi-ids
M('phi','ids','',
  ('Carla Boone', 'cboone@sierraaltahealth.org'), ('Irma Salcido', 'billing@rioseco-ems.org'),
  'RE: Transports needing face sheets Oct', 'Thu, 05 Nov 2026 10:02:00 -0700',
"""Irma - got 3 of 4. For 26-1990 the pt was registered under a different DOB at Dos Rios (12/20/2001 not 12/02), acct 7004502216, AHCCCS id A90213355. Check that against your run sheet before you bill.

C.
""")

M('phi','ids','',
  ('Jeanette Wu', 'jwu@cimahealthplan.com'), ('Carla Boone', 'cboone@sierraaltahealth.org'),
  'CIM05512260', 'Mon, 09 Nov 2026 16:40:12 -0600',
"""Carla - member CIM05512260, DOS 08/27/26: the 96127 line is denying because the member's BH benefit is carved out to the RBHA. Bill them directly. The E/M line will release this week.
Jeanette
""")

M('phi','ids','',
  ('Jessica Pruitt', 'jpruitt@sierraaltahealth.org'), ('Lab - SIVH', 'lab@sierraaltahealth.org'),
  'mislabel', 'Tue, 03 Nov 2026 06:10:00 -0700',
"""Rec'd specimen from ED 0540 labeled MRN 400339021 but requisition says 400330921. Blood cx x2 drawn. Holding, called ED charge. Do NOT run until verified.
""")

M('phi','ids','',
  ('Authorization Desk', 'auth@desertstarhealth.com'), ('Pilar Estrada', 'pestrada@sierraaltahealth.org'),
  'Prior auth decision PA-2026-1108744', 'Wed, 04 Nov 2026 12:00:00 -0700',
"""Authorization number: PA-2026-1108744
Member ID: A81994072
Date of birth: 08/17/1999
Service: 76811 - OB ultrasound, detailed fetal anatomic exam
Requesting provider NPI: 1972055318
Servicing facility: Tucson Maternal-Fetal Medicine
Decision: APPROVED  Units: 1  Valid 11/04/2026 - 02/02/2027

This message is sent from an unmonitored mailbox.
""", att=[('file', 'PA-2026-1108744_letter.html', """<html><body style="font-family:Times New Roman">
<p><b>DESERT STAR HEALTH</b><br>Notice of Prior Authorization Decision</p>
<p>Member: MARICRUZ L ENCINAS &nbsp; ID A81994072 &nbsp; DOB 08/17/1999</p>
<p>Requested service: Detailed fetal anatomic ultrasound (76811) at Tucson Maternal-Fetal Medicine.</p>
<p>Decision: <b>APPROVED</b>. Reason for review: prior pregnancy loss, maternal age and medical history reviewed by nurse reviewer R. Okoye.</p>
</body></html>""", 'text/html')])

M('phi','ids','',
  ('Ray Salcido', 'rsalcido@rioseco-ems.org'), ('QA Committee', 'qa@rioseco-ems.org'),
  'run 26-2011 for review', 'Thu, 05 Nov 2026 20:20:00 -0700',
"""Putting run 26-2011 (11/01, 0312, refusal after narcan, pt DOB 1994-11-08, Hwy 289 turnout) on the agenda for Tuesday. Pt refused transport after 2nd dose and crew left with him sitting in his car. Want to talk about our refusal protocol with opioid ODs.
Ray
""")

M('phi','ids','',
  ('Sierra Alta Health Cashier', 'cashier@sierraaltahealth.org'), ('Carla Boone', 'cboone@sierraaltahealth.org'),
  'refund?', 'Fri, 06 Nov 2026 14:31:00 -0700',
"""Carla, guarantor acct 7004418823 paid $1,214.60 at the window today in cash (receipt 0088213) for the Sept observation stay, then his daughter called an hour later saying Medicare is reprocessing it as inpatient. Do we refund now or wait for the 835?
-Mayra
""")

M('phi','ids','',
  ('Valle Verde Pharmacy', 'rx@valleverderx.com'), ('Dr. Kenneth Abbott', 'kabbott@sierraaltahealth.org'),
  'PDMP alert Rx# 6620117', 'Sat, 07 Nov 2026 09:45:00 -0700',
"""Dr Abbott, re Rx# 6620117 (oxycodone 5 mg #60) written 11/6 for pt DOB 02/14/1949: state PDMP shows a fill of #90 oxycodone/APAP 10/325 on 10/29 from a Nogales prescriber. Do you want us to still fill? Holding until we hear back.
Valle Verde Pharmacy, RPh on duty T. Hwang
""")
# ---------------------------------------------------------------- phi-lang
M('phi','lang','Barragán',
  ('Guadalupe Barragán', 'lupitabarragan77@hotmail.com'), ('Clínica Dos Ríos', 'frontdesk.dosrios@sierraaltahealth.org'),
  'receta de mi hijo', 'Mon, 02 Nov 2026 20:12:45 -0700',
"""Buenas noches,

Soy la mamá de Kevin Barragán, tiene 9 años. Ya se le acabó el inhalador (el azul, albuterol) y anoche tuvo mucha tos y le silbaba el pecho. La doctora Guerra dijo que le iban a mandar otro a la farmacia Valle Verde pero ahí me dicen que no tienen nada. ¿Me pueden ayudar? Mi número es 520-384-9062. No hablo mucho inglés.

Gracias,
Guadalupe Barragán
""", charset='iso-8859-1')

M('phi','lang','Leyva',
  ('Rosa Mendívil, RN', 'rmendivil@sierraaltahealth.org'), ('Marisol Peña', 'mpena@sierraaltahealth.org'),
  'Sra. Leyva', 'Tue, 03 Nov 2026 12:40:00 -0700',
"""Mari, la Sra. Leyva (Rafaela) otra vez no vino a su cita de las 11. Her sugar was 380 last week, so no podemos dejar esto pasar. Can you call her daughter? Creo que el número está en el chart como "hija - Norma". Si no contesta, le mando a Sofia en la tarde a la casa, ella va para ese rumbo anyway.
Gracias!
R
""")

M('phi','lang','Mejía',
  ('Rancho Santa Cruz Pecans', 'admin@santacruzpecans.com'), ('Urgent Care - SIVH', 'ed-charge@sierraaltahealth.org'),
  'Trabajador lastimado hoy', 'Wed, 04 Nov 2026 16:05:00 -0700',
"""Buenas tardes,

Les escribo por el trabajador Wilmer Mejía Cux que llevamos hoy a las 2 a su sala de emergencia. Se cayó de la escalera en la huerta y se pegó en la cabeza. Él habla K'iche' y un poco de español, no inglés. Su primo Abelino lo acompañó para traducir. ¿Nos pueden decir si ya lo dieron de alta o si se queda? El seguro de compensación nos pide el reporte del doctor.

Atentamente,
Humberto Salas
Supervisor de campo
Rancho Santa Cruz Pecans
""", charset='windows-1252', cte='qp')

M('phi','lang','Navarro',
  ('Elena Navarro', 'elenanavarro.sanisidro@gmail.com'), ('Gloria Ruelas', 'don@casadelsolcare.org'),
  'Re: Caída de mi mamá / your mom\'s fall', 'Thu, 05 Nov 2026 08:15:00 -0700',
"""Gloria, gracias por avisarme. Pero no entiendo por qué la mandaron al hospital en ambulancia si dicen que no se quebró nada. ¿Quién va a pagar eso? Mi mamá solo tiene Medicare y el AHCCCS. Y otra cosa, ella me dijo que le están dando una pastilla nueva para dormir, yo nunca di permiso para eso. Quiero hablar con la doctora Sen.

Elena

On Wed, Nov 4, 2026 at 6:50 PM Gloria Ruelas <don@casadelsolcare.org> wrote:
> Elena, this is Gloria from Casa del Sol. I wanted to let you know Teresa had a fall in her bathroom around 5pm. She was alert, complaining of left hip pain, so we sent her to SIVH by Rio Seco EMS to get an x-ray. I will call you when she's back.
> Gloria Ruelas RN, DON
""")

M('phi','lang','Trần',
  ('Trần Thị Mai', 'maitran.tucson@gmail.com'), ('Patient Portal Messages', 'portal@sierraaltahealth.org'),
  'Lịch hẹn của bố tôi - Tran Van Hung', 'Thu, 05 Nov 2026 19:30:00 -0700',
"""Chào phòng khám,

Tôi là con gái của ông Trần Văn Hùng (sinh ngày 12/04/1950). Bố tôi có hẹn khám tim với bác sĩ Abbott vào ngày 16 tháng 11. Bố tôi không nói được tiếng Anh, xin vui lòng sắp xếp thông dịch viên tiếng Việt. Ngoài ra, bố tôi đã hết thuốc huyết áp amlodipine từ hai ngày trước. Xin gọi cho tôi số 520-301-4478.

Cảm ơn,
Mai

(English: I am the daughter of Tran Van Hung. He has a heart appointment with Dr. Abbott on Nov 16, needs a Vietnamese interpreter, and ran out of his amlodipine 2 days ago.)
""", cte='b64')

M('phi','lang','Dela Cruz',
  ('Joy Manalo RN', 'jmanalo@sierraaltahealth.org'), ('Cherry Villaruel RN', 'cvillaruel@sierraaltahealth.org'),
  'endorse', 'Fri, 06 Nov 2026 06:55:00 -0700',
"""Cher, pasensya na di kita naabutan. Si Mr. Dela Cruz sa bed 7, yung kababayan natin, pinalitan ni Dr Guerra yung antibiotic kagabi to pip-tazo, first dose 0200. Yung wife niya gusto ka makausap kasi Tagalog lang daw siya comfortable. Naka-NPO siya after midnight for the ultrasound ng gallbladder mamayang 0900. Pa-check din ng temp, 38.4 siya nung 0400.
Salamat! - Joy
""")

M('phi','lang','Oliveira',
  ('Fernanda Oliveira', 'fe.oliveira.az@gmail.com'), ('Clínica Mesquite Flats', 'frontdesk.mesquite@sierraaltahealth.org'),
  'consulta do meu marido', 'Fri, 06 Nov 2026 13:02:00 -0700',
"""Olá, boa tarde.

Meu marido, Cláudio Oliveira, trabalha no laticínio Van Dam e foi atendido aí na segunda-feira por causa da dor nas costas. O médico pediu um exame de ressonância mas ele não entendeu bem as instruções porque estava sem intérprete. Vocês podem me dizer a data do exame? Ele fala um pouco de espanhol, mas português é melhor. Meu telefone é 520-609-2281.

Obrigada,
Fernanda
""", charset='iso-8859-1')

M('phi','lang','Ramírez',
  ('Servicio de Intérpretes', 'interpretes@sierraaltahealth.org'), ('Dr. Luis Guerra', 'lguerra@sierraaltahealth.org'),
  'intérprete de mixteco para la Sra. Ramírez', 'Sat, 07 Nov 2026 09:10:00 -0700',
"""Dr. Guerra,

Conseguimos intérprete de mixteco (variante de San Juan Mixtepec) por video para la consulta de la Sra. Teodora Ramírez López el martes 10 a las 10:30. Ella tiene 24 semanas y la partera de la comunidad nos dijo que tiene la presión alta y dolor de cabeza. El esposo trabaja en el campo de los Ochoa y no puede venir; ella va a venir con su cuñada que habla español.

Por favor no usen a la cuñada para explicar el consentimiento del ultrasonido, ya está programado el intérprete.

Saludos,
Ana Lilia Ortega
Coordinadora de Intérpretes
""")
# ---------------------------------------------------------------- clean-staff
M('clean','staff','',
  ('Dana Kirk', 'dkirk@sierraaltahealth.org'), ('Med-Surg Nurses', 'medsurg-rn@sierraaltahealth.org'),
  'name alert stickers - new process starting today', 'Fri, 06 Nov 2026 14:00:00 -0700',
"""Team,

Starting today, any time two patients on the unit share a last name (or sound-alike names - we get a lot of those here), put the orange NAME ALERT sticker on the door, the whiteboard, and the front of the MAR binder. Charge nurse checks at the start of each shift. The stickers are in the supply room, top shelf left.

This comes out of a near-miss this week. Nobody is in trouble; it's a system gap and we're closing it.

Thanks,
Dana Kirk, MSN
Nurse Manager, Med-Surg / Swing Bed
""")

M('clean','staff','',
  ('Cherry Villaruel RN', 'cvillaruel@sierraaltahealth.org'), ('Joy Manalo RN', 'jmanalo@sierraaltahealth.org'),
  'Re: endorse', 'Fri, 06 Nov 2026 07:30:00 -0700',
"""Got it, no worries. Thanks sa endorse. Kain tayo after shift? Dala ako pancit, birthday ni Tita Rose sa lab today. :)
""")

M('clean','staff','',
  ('Ray Salcido', 'rsalcido@rioseco-ems.org'), ('Rio Seco EMS - All Crews', 'crews@rioseco-ems.org'),
  'Medic 3 out of service / coverage this weekend', 'Thu, 05 Nov 2026 17:10:00 -0700',
"""All,

Medic 3 is at the shop in Nogales until at least Tuesday (AC compressor + the rear door latch). Coverage:

Sat: M1 San Isidro, M2 Arivaca Jct, M4 (reserve) stages at Dos Rios station
Sun: same, M4 crew = Ortega / Benally
Mutual aid with Santa Cruz County is activated for anything south of MM 20.

Fuel card for M4 is in the lockbox, code hasn't changed. Do a full rig check on M4 before you go in service, it's been sitting.

Ray Salcido
Operations Chief
""")

M('clean','staff','',
  ('Lupe Cárdenas', 'lcardenas@sierraaltahealth.org'), ('Los Pinos Clinic Staff', 'lospinos-all@sierraaltahealth.org'),
  'Re: flu clinic at the packing shed - gracias!', 'Thu, 05 Nov 2026 08:00:00 -0700',
"""Equipo, one more thing from yesterday: we did 61 flu shots and 38 covid in 3 hours. Record for us! Green Valley is asking if we can come back the 18th for the second shift (nights). Who can stay late that day? Tamales on me. 

Also the cooler with the blue lid did NOT come back, if you have it please return it to the med room.

Lupe
""")

M('clean','staff','',
  ('Kenneth Abbott MD', 'kabbott@sierraaltahealth.org'), ['Luis Guerra <lguerra@sierraaltahealth.org>', 'Amrita Sen <asen@sierraaltahealth.org>', 'Marguerite Hollis <mhollis@sierraaltahealth.org>'],
  'call schedule December - trades', 'Mon, 09 Nov 2026 19:22:00 -0700',
"""Draft December call is up on the shared drive. I put myself on Christmas since I had Thanksgiving off last year. Luis, you asked for 12/12-13 off for your daughter's quinceañera; Amrita can you take that weekend and I'll give you New Year's off? Marguerite, the NP backup nights are still thin the week of the 14th.

Let me know by Friday, then I'll send it to the locums agency.
Ken
""")

M('clean','staff','',
  ('Gloria Ruelas', 'don@casadelsolcare.org'), ('Casa del Sol - All Staff', 'staff@casadelsolcare.org'),
  'Estado de inspección / State survey window', 'Tue, 10 Nov 2026 07:45:00 -0700',
"""Buenos días a todos / Good morning all,

Our annual state survey window opens next week. Recordatorios:
- Hand hygiene every room, every time. They watch.
- No food or drinks at the nurse station.
- Call lights answered in under 5 minutes.
- Check your CNA certifications are current - HR has a list of 4 expiring this month.
- Do not discuss residents in the hallway or the break room. Sí, eso incluye en español.

Let's show them how good we are.
Gloria
""", charset='iso-8859-1')

M('clean','staff','',
  ('Jessica Pruitt', 'jpruitt@sierraaltahealth.org'), ('ED Nurses', 'ed-rn@sierraaltahealth.org'),
  'blood culture contamination rate - October', 'Wed, 11 Nov 2026 10:10:00 -0700',
"""Hi ED friends,

October blood culture contamination was 4.1% (7 of 171 sets), target is under 3%. Most contaminants were coag-neg staph from single sets drawn off existing IVs. Reminder: fresh stick, 30-second chlorhexidine scrub and let it dry, and please fill the aerobic bottle first.

Also - two specimens this month had MRNs that didn't match the requisition. Please label at the bedside, not at the desk.

Thanks!
Jess Pruitt, MLT(ASCP)
Lab Lead, SIVH
""")

# ---------------------------------------------------------------- clean-admin
M('clean','admin','',
  ('Sierra Alta Health HR', 'hr@sierraaltahealth.org'), ('All Employees', 'all@sierraaltahealth.org'),
  'Open enrollment closes Nov 20 / La inscripción abierta cierra el 20 de nov.', 'Mon, 02 Nov 2026 08:00:00 -0700',
"""Reminder: 2027 benefits open enrollment closes Friday, November 20 at 5 pm.

What's new for 2027:
- Medical plan deductible stays at $1,500 (individual) on the PPO.
- Dental adds adult orthodontia (50% up to $1,500 lifetime).
- New vision carrier. You will get new cards in December.
- FSA limit increases to $3,300.

Open Enrollment sessions (bilingual) in the SIVH cafeteria Nov 10 and 17, 12-1 pm. Dos Ríos and Mesquite Flats staff can join by Teams.

Recordatorio: la inscripción abierta cierra el viernes 20 de noviembre a las 5 pm. Hay sesiones en español e inglés.

Human Resources
""", html="""<html><body style="font-family:Calibri">
<h3 style="color:#2E75B6">Open enrollment closes Nov 20 / La inscripci&oacute;n abierta cierra el 20 de nov.</h3>
<p>Reminder: 2027 benefits open enrollment closes <b>Friday, November 20 at 5 pm</b>.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th>Benefit</th><th>2027 change</th></tr>
<tr><td>Medical PPO</td><td>Deductible unchanged, $1,500 individual</td></tr>
<tr><td>Dental</td><td>Adds adult orthodontia (50% up to $1,500 lifetime)</td></tr>
<tr><td>Vision</td><td>New carrier, new cards in December</td></tr>
<tr><td>FSA</td><td>Limit $3,300</td></tr></table>
<p>Sessions (bilingual): SIVH cafeteria Nov 10 and 17, 12&ndash;1 pm.</p>
<p><i>Recordatorio: la inscripci&oacute;n abierta cierra el viernes 20 de noviembre a las 5 pm.</i></p>
<p style="font-size:8pt;color:#888">Sierra Alta Health Human Resources | 400 Hospital Dr, San Isidro AZ 85641</p>
</body></html>""")

M('clean','admin','',
  ('Rio Seco County Board of Supervisors', 'clerk@riosecocounty.gov'), ('Sierra Alta Health Administration', 'admin@sierraaltahealth.org'),
  'Agenda item: EMS subsidy FY2027 - hearing Dec 3', 'Tue, 03 Nov 2026 11:30:00 -0700',
"""Dear Mr. Whitfield,

The Board of Supervisors will hear Item 14, "Intergovernmental agreement with Sierra Alta Health / Rio Seco EMS for ambulance service, FY2027," at its regular meeting on Thursday, December 3, 2026 at 9:00 a.m., County Complex, 1 Courthouse Sq.

Staff recommends continuation at the FY2026 level of $412,000 with a 3% adjustment. Please submit any written materials by November 24. Public comment is limited to 3 minutes per speaker.

Respectfully,
Diane Fuentes
Clerk of the Board, Rio Seco County
""")

M('clean','admin','',
  ('MedSierra EHR Support', 'support@medsierra.com'), ('IT Integration Team', 'integration@sierraaltahealth.org'),
  'Planned maintenance - Sat Nov 14 22:00-02:00 MST', 'Wed, 04 Nov 2026 15:00:00 -0600',
"""MedSierra Cloud Maintenance Notice

Customer: Sierra Alta Health (tenant SAH-0442)
Window: Saturday 11/14/2026 22:00 - Sunday 11/15/2026 02:00 MST
Impact: Full downtime for clinical and revenue cycle modules. Interfaces will queue and replay after the window.
Action required: Activate downtime procedures. Print downtime census reports by 21:30. The read-only BCA workstation will remain available.

Release notes summary for 26.4 attached.

MedSierra Customer Success
""", att=[('file', 'MedSierra_26.4_release_summary.txt', """MedSierra 26.4 - Release summary
- Scheduling: new multi-resource booking for mobile units
- Results: critical-value callback documentation now mandatory
- Revenue cycle: 837P taxonomy validation at claim build
- Interfaces: provider crosswalk auto-suggest for unmapped ordering providers
- Portal: Spanish and Vietnamese UI strings updated
Known issue KI-2207: printed downtime census truncates names over 30 characters.
""", 'text/plain')])

M('clean','admin','',
  ('Carla Boone', 'cboone@sierraaltahealth.org'), ('Revenue Cycle', 'revcycle@sierraaltahealth.org'),
  'October AR summary', 'Thu, 05 Nov 2026 17:30:00 -0700',
"""October numbers (all entities):

Entity            Gross charges   Collections   Days in AR   Denial rate
SIVH              $3,842,110      $1,611,402    51.2         9.8%
Los Pinos         $  288,930      $  171,210    38.4         6.1%
Dos Rios          $  241,600      $  139,880    41.0         7.4%
Mesquite Flats    $  198,450      $  102,115    47.9         11.2%
Rio Seco EMS      $  412,770      $  118,640    72.5         14.0%

Cima Health Plan pends are still the biggest problem for Mesquite (I'm working them with their provider rep). EMS denials are mostly missing signatures on the PCS form.

Carla
""")

M('clean','admin','',
  ('Facilities - SIVH', 'facilities@sierraaltahealth.org'), ('All Employees', 'all@sierraaltahealth.org'),
  'Water shutoff Sunday 5-7 am / Corte de agua domingo', 'Fri, 06 Nov 2026 12:00:00 -0700',
"""The San Isidro water district will shut off the main to the hospital campus Sunday Nov 8 from 5:00 to 7:00 a.m. for a valve replacement. Bottled water and hand sanitizer will be staged on every unit. Dialysis-in-center is not affected (we don't have one). Do not flush the sterilizers in Central Supply during the window.

El distrito de agua cortará el servicio al hospital el domingo 8 de nov. de 5:00 a 7:00 a.m.

Facilities / Mantenimiento
""", charset='iso-8859-1')

M('clean','admin','',
  ('Desert Star Health - Provider Network', 'network@desertstarhealth.com'), ('Credentialing', 'credentialing@sierraaltahealth.org'),
  'Recredentialing due: 3 practitioners', 'Mon, 09 Nov 2026 08:30:00 -0700',
"""Dear Provider Office,

The following practitioners affiliated with TIN 86-0417722 are due for recredentialing by 01/31/2027:

  Luis Guerra, MD          NPI 1730428815
  Marguerite Hollis, NP    NPI 1184926630
  Stephen Ramsey, LCSW     NPI 1629174003

Please update CAQH attestations and upload current malpractice face sheets. Failure to complete may result in claims suspension.

Provider Network Management
Desert Star Health
""")

M('clean','admin','',
  ('Procurement', 'purchasing@sierraaltahealth.org'), ('Valle Verde Pharmacy', 'rx@valleverderx.com'),
  'PO 26-3318 - flu vaccine second shipment', 'Tue, 10 Nov 2026 13:13:00 -0700',
"""Hi Tina,

Confirming PO 26-3318: 40 boxes (10 x 0.5 mL PFS) quadrivalent flu, delivered to Los Pinos Clinic, Attn Lupe Cárdenas. Vendor says ship date 11/16. Please bill under the 340B account, not retail. Temp logger must be in the box; if it arrives without one we refuse it.

Gracias,
Ernesto Villa
Purchasing
""")

# ---------------------------------------------------------------- clean-lookalike
M('clean','lookalike','',
  ('Valle Verde Rewards', 'rewards@valleverderx.com'), ('Valued Customer', 'customer.list@valleverderx.com'),
  'Your November Rewards: 2X points on cold & flu!', 'Sun, 01 Nov 2026 07:00:00 -0700',
"""Hi neighbor,

This month earn DOUBLE points on cold & flu products, vitamins and reading glasses. Show your Valle Verde Rewards card at the register.

* Flu shots available walk-in, no appointment needed, most insurance accepted.
* Free blood pressure checks every Saturday 9-noon.
* Now carrying Mexican candy and pan dulce on Fridays!

Unsubscribe | Valle Verde Pharmacy, 118 E. Main St, San Isidro AZ
""", html="""<html><body style="background:#f4f9f4;font-family:Verdana">
<div style="background:#2c7a3c;color:white;padding:10px;font-size:18pt">Valle Verde Rewards</div>
<p>Hi neighbor,</p><p>This month earn <b>DOUBLE points</b> on cold &amp; flu products, vitamins and reading glasses.</p>
<ul><li>Flu shots available walk-in, no appointment needed, most insurance accepted.</li>
<li>Free blood pressure checks every Saturday 9&ndash;noon.</li>
<li>Now carrying Mexican candy and pan dulce on Fridays!</li></ul>
<p style="font-size:8pt"><a href="https://valleverderx.com/unsub">Unsubscribe</a> | Valle Verde Pharmacy, 118 E. Main St, San Isidro AZ</p></body></html>""")

M('clean','lookalike','',
  ('San Isidro Veterinary Clinic', 'frontdesk@sanisidrovet.com'), ('Dana Kirk', 'dkirk@sierraaltahealth.org'),
  'Lab results for Biscuit', 'Tue, 03 Nov 2026 15:40:00 -0700',
"""Hi Dana,

Biscuit's bloodwork came back. Her kidney values (BUN 38, creatinine 2.1) are a little higher than last spring, consistent with early stage 2 CKD for a 13-year-old cat. Dr. Morales recommends switching her to the renal diet and rechecking in 3 months. Her thyroid (T4) was normal.

Her next appointment: Feb 9, 2027 at 4:15 pm.

Paws & thanks,
San Isidro Veterinary Clinic
""")

M('clean','lookalike','',
  ('Desert Mutual Auto Insurance', 'claims@desertmutualauto.com'), ('Tom Reyes', 'treyes@sierraaltahealth.org'),
  'Claim 44-8812-A: injury protection payment issued', 'Wed, 04 Nov 2026 10:00:00 -0600',
"""Dear Thomas Reyes,

Re: Claim 44-8812-A, loss date 09/22/2026, 2019 Ford F-150

We have issued payment of $2,450.00 to Southwest Collision for repairs. Your deductible of $500 applies. The rental reimbursement of $38/day for 9 days was deposited to your account ending 4471.

If you have questions, please contact your adjuster Lisa Manning at ext. 2214.

Desert Mutual Auto Insurance
""")

M('clean','lookalike','',
  ('Border Fitness 24/7', 'hola@borderfitness247.com'), ('Pilar Estrada', 'pilar.estrada.az@gmail.com'),
  'Pilar, your body composition results are in!', 'Thu, 05 Nov 2026 06:00:00 -0700',
"""Hola Pilar!

Great job at your 90-day InBody check-in. Here's your progress:
  Body fat: down 3.2%
  Skeletal muscle mass: up 1.8 lb
  Resting heart rate (from your watch sync): 64 bpm

Book your next session with Coach Danny and bring a friend for free in November.

Border Fitness 24/7 - Nogales | San Isidro
""")

M('clean','lookalike','',
  ('First Border Bank', 'alerts@firstborderbank.com'), ('Carla Boone', 'cboone@sierraaltahealth.org'),
  'Deposit notification - Sierra Alta Health Operating ****0923', 'Fri, 06 Nov 2026 09:00:00 -0700',
"""A deposit has posted to account ****0923 (SIERRA ALTA HEALTH OPERATING).

Amount: $84,221.17
Type: ACH CREDIT
Originator: CIMA HEALTH PLAN   HCCLAIMPMT
Trace: 091000019883124
Addenda: TRN*1*1260110334*1860477210~

Log in to Business Online for details. First Border Bank will never ask for your password by email.
""")

M('clean','lookalike','',
  ('AZ Dept. of Agriculture - Pesticide Safety', 'wps@azda.gov'), ('Hermanos Ochoa Farms - Office', 'oficina@ochoafarms.com'),
  'WPS training reminder: heat illness and pesticide exposure', 'Mon, 09 Nov 2026 08:00:00 -0700',
"""Agricultural Employers,

Under the Worker Protection Standard, each worker and handler must receive pesticide safety training annually, in a language they understand. Trainings must cover signs and symptoms of pesticide poisoning (headache, nausea, dizziness, excessive sweating, blurred vision) and how to get emergency medical help.

Free bilingual train-the-trainer sessions: Nov 19, Rio Seco County Fairgrounds, 8 am. Materials available in English, Spanish, and Mixteco audio.

Arizona Department of Agriculture
""")

M('clean','lookalike','',
  ('Sonoran Senior Advantage', 'info@sonoranseniorplans.com'), ('Undisclosed recipients', 'undisclosed-recipients:;'),
  '¿Cumple 65 años? Turning 65? Your Medicare options explained', 'Sat, 07 Nov 2026 08:00:00 -0700',
"""Dear Neighbor,

Turning 65 or new to Medicare? Join us for a free seminar at the San Isidro Community Center, Nov 21 at 10 am. Learn about $0 premium plans, dental and vision, and rides to your doctor. Se habla español.

Refreshments provided. No obligation to enroll.

Call 1-800-555-0148 (TTY 711), 8 am-8 pm, 7 days a week.
Sonoran Senior Advantage is an HMO plan with a Medicare contract. Enrollment depends on contract renewal. Y0199_SSA26MKT_M
""")
# ---------------------------------------------------------------- clean-news
M('clean','news','',
  ('Arizona Rural Health Association', 'news@azruralhealth.org'), ('Members', 'members@azruralhealth.org'),
  'Rural Health Weekly: CAH payment rule, valley fever season, border workforce', 'Mon, 02 Nov 2026 06:00:00 -0700',
"""RURAL HEALTH WEEKLY - November 2, 2026

1. CMS finalizes 2027 outpatient rule: critical access hospitals keep 101% cost-based reimbursement; new rural emergency hospital conversions now at 41 nationwide.

2. Valley fever (coccidioidomycosis) cases in southern Arizona are running 18% above the 5-year average this fall after the wet monsoon. Clinicians are urged to test patients with community-acquired pneumonia who do not improve on antibiotics.

3. Border workforce: a new state loan-repayment round opens Dec 1 for bilingual nurses and behavioral health clinicians working in counties within 100 miles of the border.

4. Save the date: AzRHA annual conference, Prescott, April 14-16.
""")

M('clean','news','',
  ('Rio Seco County Health Department', 'health@riosecocounty.gov'), ('Healthcare Partners', 'partners@riosecocounty.gov'),
  'Health Alert: measles case in neighboring county / Alerta de sarampión', 'Wed, 04 Nov 2026 16:30:00 -0700',
"""HEALTH ADVISORY - Rio Seco County Health Department

Santa Cruz County has confirmed one case of measles in an unvaccinated adult who traveled internationally. Possible exposure locations include a gas station on I-19 (Oct 27, 3-6 pm) and a Nogales urgent care (Oct 28). No cases have been identified in Rio Seco County.

Recommendations for providers:
- Consider measles in patients with fever and rash, especially with travel history.
- Mask and isolate suspected cases immediately; do not send to waiting rooms.
- Report suspected cases by phone within 24 hours: 520-384-1100.
- Check MMR status of staff.

ALERTA: Se confirmó un caso de sarampión en el condado vecino. Vacúnese con MMR.
""")

M('clean','news','',
  ('Sierra Alta Health Communications', 'communications@sierraaltahealth.org'), ('All Employees', 'all@sierraaltahealth.org'),
  'Sierra Alta Pulse - November', 'Thu, 05 Nov 2026 12:00:00 -0700',
"""SIERRA ALTA PULSE | November 2026

Welcome, new faces!
Please welcome Cherry Villaruel, RN (Med-Surg), Ernesto Villa (Purchasing), and Dr. Amrita Sen, our new medical director at Casa del Sol.

Telehealth to the farms
Our Mesquite Flats team completed 212 telehealth visits from the mobile van parked at four farms this quarter - up from 90 last year. Thank you to our farm partners for the Wi-Fi!

Ambulance of the month
Rio Seco EMS answered 318 calls in October with an average rural response time of 16 minutes.

Día de los Muertos ofrenda
Thanks to everyone who brought photos of loved ones for the lobby ofrenda. It stays up through Nov 9.
""", html="""<html><body style="font-family:Georgia;max-width:640px">
<h1 style="color:#8B4513">SIERRA ALTA PULSE</h1><p><i>November 2026</i></p>
<h2>Welcome, new faces!</h2><p>Please welcome Cherry Villaruel, RN (Med-Surg), Ernesto Villa (Purchasing), and Dr. Amrita Sen, our new medical director at Casa del Sol.</p>
<h2>Telehealth to the farms</h2><p>Our Mesquite Flats team completed <b>212 telehealth visits</b> from the mobile van parked at four farms this quarter &mdash; up from 90 last year.</p>
<h2>Ambulance of the month</h2><p>Rio Seco EMS answered 318 calls in October with an average rural response time of 16 minutes.</p>
<h2>D&iacute;a de los Muertos ofrenda</h2><p>Thanks to everyone who brought photos of loved ones for the lobby ofrenda. It stays up through Nov 9.</p>
</body></html>""")

M('clean','news','',
  ('Tom Reyes', 'treyes@sierraaltahealth.org'), ('Leadership', 'leadership@sierraaltahealth.org'),
  'FW: Heat deaths among farmworkers - new study', 'Fri, 06 Nov 2026 09:30:00 -0700',
"""Worth a read before our ag-partner meeting.
""", att=[('rfc822', sub(('Southwest Ag Health Center', 'news@swaghealth.org'), ('Subscribers', 'list@swaghealth.org'),
  'Heat deaths among farmworkers - new study', 'Thu, 05 Nov 2026 07:00:00 -0700',
"""A study published this week found that crop workers in the US-Mexico border region were 35 times more likely to die of heat-related causes than other workers between 2010 and 2024. Most deaths occurred in the first week on the job, before workers had acclimatized. The authors call for mandatory rest-shade-water breaks and acclimatization schedules, and note that many workers speak Indigenous languages such as Mixteco, Triqui and K'iche' and may not understand training given only in Spanish.
"""))])

M('clean','news','',
  ('Valle Verde Pharmacy', 'rx@valleverderx.com'), ('Sierra Alta Prescribers', 'prescribers@sierraaltahealth.org'),
  'Drug shortage update: amoxicillin suspension, albuterol HFA', 'Mon, 09 Nov 2026 11:00:00 -0700',
"""Prescribers,

Current shortages at our store and our wholesaler:
- Amoxicillin 400 mg/5 mL suspension: out until ~11/20. 250 mg/5 mL available; please adjust volume, or consider chewables for older kids.
- Albuterol HFA (generic): limited. ProAir brand available, most plans cover with prior auth waived through 12/31 per Desert Star bulletin.
- Semaglutide: allocation only, we can't take new starts this month.

Questions: call the pharmacy line and ask for Tina or Hwang.
""")

M('clean','news','',
  ('Indian Health Service Tucson Area', 'tucsonarea.news@ihs-example.gov'), ('Tribal & Partner Facilities', 'partners-list@ihs-example.gov'),
  'Purchased/Referred Care (PRC) update for partner hospitals', 'Tue, 10 Nov 2026 10:00:00 -0700',
"""Partner facilities,

Effective January 1, 2027, PRC notification for emergency services must be made within 72 hours of admission (no change), but notifications may now be submitted through the new online form instead of fax. Elders 65+ will continue to have a 30-day notification window.

Webinar for business office staff: Nov 30, 1 pm MST. Navajo and O'odham language interpretation for patient-facing materials is available on request.

Tucson Area Office of Public Health Support
""")

# ---------------------------------------------------------------- clean-training
M('clean','training','',
  ('Education Dept', 'education@sierraaltahealth.org'), ('New Hires', 'newhires@sierraaltahealth.org'),
  'HL7 basics for new analysts - practice message', 'Mon, 02 Nov 2026 09:00:00 -0700',
"""Welcome to integration onboarding! Before Thursday, read through this TEST message and label each segment. All data is fake (test patient).

MSH|^~\\&|TESTLAB|TRAIN|MEDSIERRA|TRAIN|202601010000||ORU^R01|TEST0001|T|2.5.1
PID|1||999999999^^^TRAIN^MR||TESTPATIENT^ALPHA||19000101|U
OBR|1|T1|T1|80048^BASIC METABOLIC PANEL^CPT
OBX|1|NM|2345-7^GLUCOSE^LN||100|mg/dL|70-99|N|||F

Questions: what does the |T| in MSH-11 mean? What would PV1 add?

Education Department
""")

M('clean','training','',
  ('Compliance Office', 'compliance@sierraaltahealth.org'), ('All Employees', 'all@sierraaltahealth.org'),
  'Privacy minute: the small town problem', 'Wed, 04 Nov 2026 08:00:00 -0700',
"""PRIVACY MINUTE #22 - The small town problem

In a town like ours, you know half the people who come through the door. That makes privacy harder, not easier. Scenario:

"Your neighbor's truck is in the clinic parking lot. At church on Sunday, someone asks you if he's OK." What do you say?

Answer: Nothing about his visit - not even that he was there. "I can't talk about anyone's care" is always the right sentence. It's the same in Spanish: "No puedo hablar de la atención de nadie."

Also remember: looking up a relative, a co-worker or yourself in MedSierra without a work reason is a violation, even if you don't tell anyone. Audits run monthly.

Compliance Office
""")

M('clean','training','',
  ('Rio Seco EMS Training', 'training@rioseco-ems.org'), ('Rio Seco EMS - All Crews', 'crews@rioseco-ems.org'),
  'CE scenario: mass casualty at the port of entry (drill Nov 21)', 'Thu, 05 Nov 2026 13:00:00 -0700',
"""Crews,

Drill Saturday Nov 21, 0800, at the county fairgrounds. Scenario: bus rollover near the port of entry, 22 victims, moulaged volunteers from the high school. Victim cards will have fake names like "Victim 7 - John Doe, approx 40M, open tib/fib, RR 28". Do NOT write real names in the drill PCRs - use the drill ePCR agency code 99.

Practice the START triage colors and the Spanish triage phrases card (¿Puede caminar? ¿Dónde le duele?).

Hot breakfast after.
EMS Training
""")

M('clean','training','',
  ('Stephen Ramsey LCSW', 'sramsey@sierraaltahealth.org'), ('Mesquite Flats Clinic Staff', 'mesquite-all@sierraaltahealth.org'),
  'case for Thursday lunch & learn (de-identified)', 'Fri, 06 Nov 2026 15:00:00 -0700',
"""For Thursday's lunch and learn on trauma-informed care, here's the composite case. It's built from several patients and details are changed; please don't try to figure out who.

"A woman in her 30s, recently arrived, works seasonal harvest. She comes in for headaches and can't sleep. She avoids eye contact with male staff and becomes upset when asked to undress for the exam. She speaks an Indigenous language and some Spanish."

Discussion: What do you change about check-in, rooming, and interpretation? Who do you ask before bringing in a family member to interpret?

Stephen
""")

M('clean','training','',
  ('IT Security', 'security@sierraaltahealth.org'), ('All Employees', 'all@sierraaltahealth.org'),
  'Phishing test results + how to spot fake "lab result" emails', 'Mon, 09 Nov 2026 10:30:00 -0700',
"""Last month's phishing test: 23% of staff clicked the fake "Your COVID test result is ready" link and 9% entered their password. That's up from 14% in the spring.

Red flags in that email:
- Sender was "results@sierra-alta-health.co" (note the dashes and .co)
- Generic greeting "Dear Patient"
- Urgency: "result expires in 24 hours"

Our real systems never email results. If in doubt, click Report Phish in Outlook.

IT Security | Seguridad Informática
""")

M('clean','training','',
  ('Carla Boone', 'cboone@sierraaltahealth.org'), ('Front Desk Staff', 'frontdesk-all@sierraaltahealth.org'),
  'Registration practice - sample 271 with test member', 'Tue, 10 Nov 2026 14:00:00 -0700',
"""For Friday's registration training, here's a sample eligibility response from the clearinghouse TEST environment. Test member, not a real person. Find: plan name, coverage start date, copay, PCP.

NM1*IL*1*TESTMEMBER*JANE****MI*TEST00001~
DMG*D8*19800101*F~
DTP*346*D8*20260101~
EB*1*IND*30**SAMPLE PLAN GOLD~
EB*B*IND*98***27*25~
MSG*THIS IS A TEST TRANSACTION~

Also practice: registering a patient with two last names (apellido paterno y materno) so they don't get split into duplicate charts. Example: "María López Hernández" - last name field = LOPEZ HERNANDEZ, not HERNANDEZ.

Carla
""")

# ---------------------------------------------------------------- write
def main():
    counts = {}
    rows = []
    for i, d in enumerate(MSGS, 1):
        key = (d['label'], d['kind'])
        counts[key] = counts.get(key, 0) + 1
        fn = '%s-%s-%03d.eml' % (d['label'], d['kind'], i)
        msg = build(d, idx=i)
        with open(os.path.join(OUT, fn), 'wb') as f:
            f.write(msg.as_bytes())
        rows.append((fn, d['label'], d['label'] + '-' + d['kind'], d['name'] if d['label'] == 'phi' else ''))
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    for k in sorted(counts):
        print(k, counts[k])
    print('total', len(MSGS))

if __name__ == '__main__':
    main()
