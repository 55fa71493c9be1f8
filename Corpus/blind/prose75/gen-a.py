#!/usr/bin/env python3
"""Blind evaluation mail set: home medical equipment + private-duty nursing.
All people, numbers and organisations are invented.
Run: python3 gen.py OUTDIR
"""
import sys, os, csv, io, zipfile, random, datetime
import email.policy
from email.message import EmailMessage
from email.utils import format_datetime

SEED = 7501
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

ROWS = []
COUNT = {}


def dt(y, mo, d, h, mi, off=-5):
    tz = datetime.timezone(datetime.timedelta(hours=off))
    return format_datetime(datetime.datetime(y, mo, d, h, mi, random.randint(0, 59), tzinfo=tz))


def zip_bytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, text in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 3, 4, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, text.encode('utf-8') if isinstance(text, str) else text)
    return buf.getvalue()


def _esc(s):
    return (s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;'))


def xlsx_bytes(rows, sheet='Sheet1'):
    cols = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = ''.join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (cols[c], r, _esc(str(v)))
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
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _esc(sheet)),
        ('xl/_rels/workbook.xml.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>'
         % ''.join(sheet_rows)),
    ]
    return zip_bytes(files)


def csv_text(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return s.getvalue()


def mail(label, kind, patient, frm, to, subject, date, body, html=None, cc=None,
         atts=(), cte=None, html_cte=None, reply_to=None, headers=None):
    n = COUNT.get((label, kind), 0) + 1
    COUNT[(label, kind)] = n
    fname = '%s-%s-%03d.eml' % (label, kind, n)
    msg = EmailMessage()
    msg['From'] = frm
    msg['To'] = to
    if cc:
        msg['Cc'] = cc
    if reply_to:
        msg['Reply-To'] = reply_to
    msg['Subject'] = subject
    msg['Date'] = date
    dom = frm.rsplit('@', 1)[1].rstrip('>').strip()
    msg['Message-ID'] = '<%d.%s%s%03d.%d@%s>' % (SEED, label, kind, n, 40000 + 37 * len(ROWS), dom)
    for k, v in (headers or []):
        msg[k] = v
    if cte:
        msg.set_content(body, cte=cte)
    else:
        msg.set_content(body)
    if html is not None:
        if html_cte:
            msg.add_alternative(html, subtype='html', cte=html_cte)
        else:
            msg.add_alternative(html, subtype='html')
    for a in atts:
        fn, data, ctype = a[0], a[1], a[2]
        maintype, subtype = ctype.split('/')
        if isinstance(data, str):
            kw = {}
            if len(a) > 3:
                kw['cte'] = a[3]
            msg.add_attachment(data, subtype=subtype, filename=fn, **kw)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
    j = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (len(ROWS) + 1, j))
            j += 1
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(msg.as_bytes(policy=email.policy.SMTP))
    ROWS.append((fname, label, kind, patient if label == 'phi' else ''))


HL = 'harborlinehm.com'
DISCLAIMER = ('CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the '
              'intended recipient(s) and may contain confidential and privileged information. Any unauthorized '
              'review, use, disclosure or distribution is prohibited. If you are not the intended recipient, '
              'please contact the sender by reply e-mail and destroy all copies of the original message.')

# =====================================================================
# PHI / care
# =====================================================================

mail('phi', 'care', 'Whitfield',
     'Marisol Vance <mvance@harborlinehm.com>', 'Resp Team <resp-team@harborlinehm.com>',
     'vent PM done - Whitfield', dt(2024, 3, 4, 16, 42),
     """did the monthly PM on Darnell Whitfield's Trilogy this afternoon. settings unchanged, AC/PC
IPAP 18 PEEP 6 rate 14, Ti 0.9. swapped the exhalation valve (was sticking a bit), full circuit
change, new HME and filters. backup vent ran fine on the check.

mom says since he came home from St Brendan's last month they've been bumping his O2 to 2L at
night to keep sats above 92, which is up from 1L. I downloaded the card, leak looks ok, min vent
averaging 3.1. I'll put the download in the chart and fax it to Dr. Osei's office so they see the
O2 change. told mom to call the on-call line if he's sustained under 92 on 2L.

also they're low on 4.0 ped cuffless trachs, only 1 spare in the go bag. can intake push the
supply order up a week?

Marisol Vance, RRT
Respiratory Therapist | Harborline Home Medical & Nursing
o 608-555-0131 x214
""")

mail('phi', 'care', 'Lindqvist',
     'Rosemary Adjei <radjei@harborlinehm.com>', 'Joanne Petrakis <jpetrakis@harborlinehm.com>',
     'shift summary 3/11 nights - Amara L', dt(2024, 3, 12, 7, 48),
     """Joanne,

Shift summary for Amara Lindqvist, 3/11 1900-0700.

- Vent: no changes, tolerated well. HME changed at 0200.
- Suctioned approx q2h, secretions thick yellow, moderate amount. Mom aware, she wants the
  pulm nurse line called in the AM, I left the note on the fridge sheet.
- Feeds: continuous overnight via Joey pump 38 ml/hr, residual at 0400 was 12 ml, returned.
- Meds: Keppra was increased by neuro on Friday to 250 mg BID, gave 2000 dose. Dad says the new
  bottle is on the counter, the old strength was moved to the cabinet so nobody grabs it.
- 1 brief seizure at 0315, approx 40 sec, lip smacking and R arm jerking, self resolved, sats
  dipped to 88 then back to 96 on 1/2 L. documented on seizure log.
- Trach ties changed, stoma site pink, no drainage.

Mom asked if we can have the same nurse Thursday, I said I'd ask you.

Rosemary Adjei, LPN
Private Duty Nursing
""",
     html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Joanne,</p>
<p>Shift summary for <b>Amara Lindqvist</b>, 3/11 1900-0700.</p>
<ul>
<li>Vent: no changes, tolerated well. HME changed at 0200.</li>
<li>Suctioned approx q2h, secretions thick yellow, moderate amount. Mom aware, she wants the pulm nurse line called in the AM, I left the note on the fridge sheet.</li>
<li>Feeds: continuous overnight via Joey pump 38 ml/hr, residual at 0400 was 12 ml, returned.</li>
<li>Meds: Keppra was increased by neuro on Friday to 250 mg BID, gave 2000 dose. Dad says the new bottle is on the counter, the old strength was moved to the cabinet so nobody grabs it.</li>
<li>1 brief seizure at 0315, approx 40 sec, lip smacking and R arm jerking, self resolved, sats dipped to 88 then back to 96 on 1/2 L. documented on seizure log.</li>
<li>Trach ties changed, stoma site pink, no drainage.</li>
</ul>
<p>Mom asked if we can have the same nurse Thursday, I said I'd ask you.</p>
<p>Rosemary Adjei, LPN<br>Private Duty Nursing</p>
</body></html>""")

mail('phi', 'care', 'Pruitt',
     'Sharon Keel <skeel@riverbendsleep.com>', 'Intake <intake@harborlinehm.com>',
     'Pressure change order - Gerald Pruitt', dt(2024, 3, 5, 10, 3),
     """Good morning,

Per Dr. Halvorsen, please increase CPAP pressure for Gerald Pruitt from 9 cm H2O to 11 cm H2O,
EPR 2, keep the heated humidifier. He was seen in clinic yesterday, still waking up gasping on the
current setting and his AHI on your last download was 14.2. Repeat titration study is scheduled
at our lab for 4/2.

Signed order is attached to the fax we sent at 9:40. Let me know if you did not get it.

Thank you,
Sharon Keel, CMA
Riverbend Sleep & Lung Associates
Ph 608-555-0188 | Fax 608-555-0189

""" + DISCLAIMER)

mail('phi', 'care', 'Kaminski',
     'kyle brandt <kbrandt@harborlinehm.com>', 'dispatch@harborlinehm.com',
     'delivered - kaminski bed', dt(2024, 3, 6, 14, 20),
     """bed + low air loss mattress set up for walter kaminski at 412 linden st. hes home from
the rehab place today after the hip surgery, daughter was there. showed her the rails + the
pump settings on the mattress. PT from the home health agency is coming tuesdays she said.
walker was already there from before. old recliner is in the way so we put the bed in the
dining room.

paperwork signed, pic of the delivery ticket is in the app

kyle
sent from my phone
""")

mail('phi', 'care', 'Tremblay',
     'Joanne Petrakis <jpetrakis@harborlinehm.com>',
     'Kiara Samuels <ksamuels@harborlinehm.com>',
     'RE: Josiah T - hold shifts', dt(2024, 3, 9, 8, 55),
     """Yes - hold everything through at least Tuesday, and let Gladys and Tom know personally
please, not just through the app. I'll call mom this afternoon.

Joanne Petrakis, RN, BSN
Clinical Nursing Supervisor, Pediatric Private Duty
Harborline Home Medical & Nursing

-----Original Message-----
From: Kiara Samuels <ksamuels@harborlinehm.com>
Sent: Saturday, March 9, 2024 7:12 AM
To: Joanne Petrakis <jpetrakis@harborlinehm.com>
Subject: Josiah T - hold shifts

Joanne - mom called the on-call line at 0530. Josiah Tremblay was admitted to St Brendan's PICU
last night around 11 with increased work of breathing and fever, they took his home vent with
him. She thinks they'll do a trach culture and start IV antibiotics. Gladys was on shift and
rode along in the car behind the ambulance, she left at 0100.

Do you want me to hold his nursing shifts until discharge? He has 16 hr/day authorized, next
shift is tonight 1900.

Kiara
""")

mail('phi', 'care', 'Achterberg',
     'Farah Qureshi <fqureshi@harborlinehm.com>', 'Greg Abernathy <gabernathy@harborlinehm.com>',
     'Achterberg compliance - 90 day re-auth', dt(2024, 3, 11, 11, 17),
     """Hi Greg,

Rosalind Achterberg's 90 day re-auth is due to Northgate on the 22nd. Her download from last
night shows an average of 3.1 hrs/night over the last 30 days and only 41% of nights over 4 hrs,
so she won't meet the 70% rule as it stands.

She told me on the phone that the nasal pillows dry her out and she pulls the mask off around
2am. Can you get her in for a mask refit this week? Maybe try the full face and add the heated
tubing. If we can get her usage up in the next 30 days I can ask for an extension instead of a
denial.

She's available Thursday after 1. Her number in the chart is current.

Thanks!
Farah Qureshi
Billing & Reimbursement Specialist
Harborline Home Medical & Nursing
""", cte='quoted-printable')

mail('phi', 'care', 'Castellanos-Murray',
     'Dana Whitcombe RD <dwhitcombe@stbrendans.org>', 'Intake <intake@harborlinehm.com>',
     'Formula change for Theo Castellanos-Murray', dt(2024, 3, 7, 15, 31),
     """Hi Harborline team,

Theo was seen in GI clinic today. Dr. Lindahl is changing his formula from Compleat Pediatric to
PediaSure Peptide 1.0, 45 ml/hr x 20 hrs via G-tube on the pump, with 60 ml free water flushes
q4h. Weight today was 14.2 kg, down 300 g from January so we're also adding a bedtime bolus of
120 ml.

Can you please make sure his next shipment switches over? He'll need 60 pump sets/month now since
mom is running it almost continuously, plus extension sets. I'll send the updated order with the
signature by end of day.

Thanks,
Dana Whitcombe, RD, CNSC
Clinical Dietitian, Pediatric GI
St. Brendan's Children's Hospital
""")

mail('phi', 'care', 'Fairweather',
     'Phuong Tran <ptran@harborlinehm.com>', 'Joanne Petrakis <jpetrakis@harborlinehm.com>',
     'Lucy F - capping trial passed', dt(2024, 3, 13, 17, 2),
     """Lucy Fairweather passed her 24h capping trial at ENT clinic today! Decannulation planned for
4/15 at St Brendan's. Can we tell intake to stop the trach supply standing order after that date?

Phuong
""")

# =====================================================================
# PHI / names
# =====================================================================

mail('phi', 'names', 'Nguyễn',
     'Luis Ortega <lortega@harborlinehm.com>', 'Tamsin Hollowell <thollowell@harborlinehm.com>',
     'Re: Nguyễn Thị Hoa – oxygen concentrator swap', dt(2024, 3, 5, 12, 9),
     """done, swapped it this morning. the old one was alarming low purity like her son said.
new serial is on the ticket. old unit is in the van tagged for cleaning + PM.

- Luis
""")

mail('phi', 'names', 'Obi',
     'Bethany Crane PT <bcrane@lakeshorerehab.org>', 'Seating <seating@harborlinehm.com>',
     "Mr. Obi's seating eval - reschedule", dt(2024, 3, 6, 9, 44),
     """Hello,

I need to move Mr. Obi's power wheelchair seating evaluation from 3/14 to 3/21, same time (10:30),
here at the Lakeshore outpatient gym. His wife called, he's got a new stage 2 area over the
sacrum and wound care wants him off the current cushion as much as possible until it's looked at,
so he is not up to a 2 hour session this week.

For your ATP: Chukwuemeka Obi, the one with the tilt-in-space request. I'd like to trial a
skin-protection cushion at the eval too, if you can bring a Roho or similar in his size.

Thanks,
Bethany Crane, PT, DPT
Lakeshore Rehabilitation Outpatient Services
(608) 555-0102
""")

mail('phi', 'names', 'Van der Berg',
     'Bev Lindgren <blindgren@harborlinehm.com>', 'Renata Oyelaran <royelaran@harborlinehm.com>',
     'FW: re-auth request hospital bed', dt(2024, 3, 8, 13, 25),
     """Renata - can you pull the last office note for this one, Northgate wants clinicals from
within 90 days. The one in the chart is from October.

-----Original Message-----
From: UM Dept <um-requests@northgatehp.com>
Sent: Friday, March 8, 2024 11:02 AM
To: Billing <billing@harborlinehm.com>
Subject: re-auth request hospital bed

Member: Van der Berg, Pieter
Item: E0260 semi-electric hospital bed w/ mattress, rental
Current auth end: 03/31/2024

Additional documentation is required to extend the authorization. Please submit a physician
progress note dated within the last 90 days documenting the member's continued need for
positioning not feasible in an ordinary bed (e.g., CHF with orthopnea, need to elevate head more
than 30 degrees).

Northgate Health Plan Utilization Management
This message may contain protected health information.
""")

mail('phi', 'names', 'Maddie',
     'Kiara Samuels <ksamuels@harborlinehm.com>', 'North Region Nurses <pdn-north@harborlinehm.com>',
     'OPEN SHIFT sat 3/16 days - trach/vent', dt(2024, 3, 12, 10, 5),
     """Hi all!!

Still need someone for Saturday 3/16, 0700-1900, for Maddie out on Fernwood Ct (the 4yo on the
Astral, trach, g-tube). Mom specifically asked for someone who's been checked off on trach
changes since her last one was due Friday and got pushed. Maddie gets her Synagis shot at the
pediatrician Monday so weekend should be quiet.

Shift diff applies. Reply to me or text 608-555-0144.

Thank you!!
Kiara Samuels
Nurse Staffing Coordinator
""")

mail('phi', 'names', 'Muñoz Peñaloza',
     'Greg Abernathy <gabernathy@harborlinehm.com>', 'Intake <intake@harborlinehm.com>',
     'Ms. María José Muñoz Peñaloza - mask', dt(2024, 3, 11, 15, 12),
     """Intake,

Saw Ms. María José Muñoz Peñaloza today for her BiPAP mask issue. Switched her from the medium
F20 to a small AirFit F30 - big leak with the old one, 48 L/min on the download, she's also got
some redness on the bridge of her nose. Fit much better on the trial, leak dropped to ~10.

She prefers Spanish for phone calls, her daughter Ximena usually answers. Please update the
resupply so she gets the F30 cushions going forward and not the F20.

Greg Abernathy, RRT-NPS
""")

mail('phi', 'names', 'Al-Hashimi',
     'Tamsin Hollowell <thollowell@harborlinehm.com>', 'Deshawn Pryor <dpryor@harborlinehm.com>',
     "Yusuf's suction machine", dt(2024, 3, 13, 9, 30),
     """Deshawn,

Yusuf Al-Hashimi's mom called again this morning, the portable suction is not holding a charge
more than about 20 min and he needs suction every hour or so when they're out at therapy
appointments. She's pretty upset, this is the second unit. Can you swap it today? They're home
until 2. Address is the one on Birchwood.

Also she mentioned his pulmonologist wants to start him on the cough assist twice a day, she
doesn't know if the order got sent to us yet. I haven't seen it.

Tamsin Hollowell
Patient Intake Coordinator
Harborline Home Medical & Nursing | 608-555-0120
""")

mail('phi', 'names', 'Raghunathan',
     'Evelyn Marsh <emarsh@pinegrovepeds.com>', 'Orders <orders@harborlinehm.com>',
     'RE: RAGHUNATHAN, PRIYA - pulse ox order', dt(2024, 3, 7, 16, 48),
     """Signed order for continuous pulse oximetry with overnight alarms faxed back to you this afternoon.
Dr. Feld wants the alarm low set at 90 and the report downloaded weekly for the first month.

Evelyn Marsh
Referral Coordinator, Pine Grove Pediatric Pulmonology

> From: Orders <orders@harborlinehm.com>
> Sent: Wednesday, March 6, 2024 2:15 PM
> Subject: RAGHUNATHAN, PRIYA - pulse ox order
>
> Hello, we received the verbal for continuous pulse ox for Priya (DOB on file) after her
> discharge from the NICU follow-up clinic but need the signed order before we can deliver.
> Thank you - Harborline Orders
""")

mail('phi', 'names', 'Dvořáková',
     'Joanne Petrakis <jpetrakis@harborlinehm.com>', 'Irina Volkova <ivolkova@harborlinehm.com>',
     'Mrs. Dvořáková tomorrow', dt(2024, 3, 14, 18, 20),
     """Irina, thanks for covering tomorrow. Quick heads up for Mrs. Dvořáková (Libuše, the
adult vent case in Kessling) - her son says she's been more confused since the UTI antibiotics were
started on Monday, and she pulled at the trach ties twice yesterday. Keep the mitts nearby and
document mental status each hour. Her Foley is due to be changed by the home health RN on Friday,
not us.

Joanne
""")

# =====================================================================
# PHI / self
# =====================================================================

mail('phi', 'self', 'Harrowgate',
     'Dennis Harrowgate <dharrowgate57@gmail.com>', 'info@harborlinehm.com',
     'letter about my cpap??', dt(2024, 3, 4, 21, 13),
     """Hi, this is Dennis Harrowgate. I got a letter in the mail saying my insurance wont cover my cpap
machine anymore because I didnt use it enough?? I was in Lakeshore Regional for almost 2 weeks in
January with pneumonia and then at my daughters so of course I wasnt using it at home. I use it
every night now. Can somebody call me, I dont want to lose the machine, my wife says I stop
breathing without it.

my number is 608-555-0117, best after 10am

thanks
Dennis
""")

mail('phi', 'self', 'Quiroga',
     'Ana Quiroga <ana.quiroga.h@outlook.com>', 'Harborline Support <support@harborlinehm.com>',
     'pump keeps alarming - Mateo Quiroga', dt(2024, 3, 6, 23, 41),
     """Hello,

My son is Mateo Quiroga, DOB 06/14/2019. His feeding pump keeps alarming "NO FLOW IN" every
20-30 minutes tonight even with a brand new bag. I checked that the bag is not kinked and the
formula is room temp. I had to finish his 10pm feed with a syringe bolus, he kept most of it down
but threw up a little.

Is there someone who can bring a new pump tomorrow? He is on feeds 18 hours a day so we can't go
without it. We are at home all day.

Thank you,
Ana
(Mateo's mom)
""")

mail('phi', 'self', 'Okoro-Finch',
     'Bernadette Okoro-Finch <bokorofinch@yahoo.com>', 'Service <service@harborlinehm.com>',
     'power chair joystick', dt(2024, 3, 8, 10, 2),
     """To whom it may concern,

My name is Bernadette Okoro-Finch, date of birth 2/9/1961. My power chair's joystick has started
cutting out, the chair just stops in the middle of the room and I have to turn it off and on. It
happened twice in the street this week which was frightening. Since my MS got worse last autumn I
can't walk more than a few steps so I really depend on it.

Could a technician come out? I'm at home most days except Wednesday when I have my infusion at the
neurology clinic.

Kind regards,
Bernadette
""")

mail('phi', 'self', 'Gustafsson',
     'harold gustafsson <hgustafsson@centurytel.net>', 'orders@harborlinehm.com',
     'oxygen', dt(2024, 3, 12, 7, 5),
     """this is harold gustafsson, im down to 2 tanks and use 3L walking. can someone come before friday
im at 88 ridge rd in millbrook. 608-555-0163
""")

mail('phi', 'self', 'Marchetti',
     'Courtney Marchetti <courtney.marchetti@gmail.com>', 'Kiara Samuels <ksamuels@harborlinehm.com>',
     'last night', dt(2024, 3, 10, 9, 17),
     """Kiara,

I need to let you know what happened last night. The night nurse didn't show for the 11pm start and
nobody called us. Eliza had a rough night, she desatted to 84 twice around 2am and I had to bag
her and increase her O2 to 3 L. I finally got her settled at 4. I have to work today and my
husband is on the road.

I know you guys are short staffed but Eliza is on the vent 24/7 and we were told we had nurses
approved for nights. If we can't have someone tonight I need to know by noon so I can call her
pulmonologist about whether she needs to be admitted for respite.

Courtney (Eliza Marchetti's mom)
""")

mail('phi', 'self', 'Deshmukh',
     'Priyanka Deshmukh <priyanka.d@icloud.com>', 'Greg Abernathy <gabernathy@harborlinehm.com>',
     'Re: Full face mask trial', dt(2024, 3, 12, 6, 58),
     """Thanks Greg. I tried the full face mask last night and got almost 6 hrs which is the most since I
started. Still a bit of dry mouth in the morning, should I turn the humidifier up to 5?

Priyanka

Sent from my iPhone

> On Mar 11, 2024, at 4:05 PM, Greg Abernathy <gabernathy@harborlinehm.com> wrote:
>
> Hi Ms. Deshmukh,
>
> Great to meet you today. As we discussed, your download showed an average of 2.4 hours per
> night on the nasal mask with a lot of mouth leak, so try the full face tonight and let me know.
> Your pressure stays at 10 cm. We need to get you to 4+ hrs on most nights before 4/20 for your
> insurance.
>
> Greg Abernathy, RRT-NPS
> Harborline Home Medical & Nursing
""",
     html="""<div dir="ltr">Thanks Greg. I tried the full face mask last night and got almost 6 hrs which is the most since I started. Still a bit of dry mouth in the morning, should I turn the humidifier up to 5?<br><br>Priyanka<br><br>Sent from my iPhone</div>
<blockquote type="cite">On Mar 11, 2024, at 4:05 PM, Greg Abernathy &lt;gabernathy@harborlinehm.com&gt; wrote:<br><br>
Hi Ms. Deshmukh,<br><br>Great to meet you today. As we discussed, your download showed an average of 2.4 hours per night on the nasal mask with a lot of mouth leak, so try the full face tonight and let me know. Your pressure stays at 10 cm. We need to get you to 4+ hrs on most nights before 4/20 for your insurance.<br><br>
Greg Abernathy, RRT-NPS<br>Harborline Home Medical &amp; Nursing</blockquote>""")

mail('phi', 'self', 'Wierzbicki',
     'Tomasz Wierzbicki <t.wierzbicki@protonmail.com>', 'resp-team@harborlinehm.com',
     'bipap now all day', dt(2024, 3, 14, 13, 50),
     """hello this is tomasz wierzbicki. typing with eye gaze so short. i have ALS and bipap was only
nights but now i need it all day too. breathing worse since feb. dr at als clinic says maybe
trach soon. need second battery and mouthpiece for daytime. wife monika can call 608 555 0175.
thank you
tomasz
""")

# =====================================================================
# PHI / ids
# =====================================================================

mail('phi', 'ids', '',
     'Deshawn Pryor <dpryor@harborlinehm.com>', 'Orders <orders@harborlinehm.com>',
     'need new CMN', dt(2024, 3, 5, 8, 12),
     """pt DOB 3.4.88, MRN 00482913 - home O2 qual'd on 11/2 but the CMN expired, walking sat today
was 86% RA, 93% on 2L. need a new CMN to the PCP before the 12 month recert. I wrote the test
results on the paper form, it's in the scan queue.
""")

mail('phi', 'ids', '',
     'Provider Services <provider.services@northgatehp.com>', 'Billing <billing@harborlinehm.com>',
     'Auth determination - ref 24-0311-88712', dt(2024, 3, 11, 14, 0),
     """Northgate Health Plan - Prior Authorization Determination

Reference #: 24-0311-88712
Member ID: NGH447120985
Member DOB: 19710822
Requesting provider: Harborline Home Medical & Nursing (NPI on file)
Service: E0601 CPAP device, A7030 full face mask, A7031 cushions, E0562 humidifier
Diagnosis: G47.33
Decision: APPROVED - 13 month capped rental, continued coverage contingent on adherence
documentation (>= 4 hrs/night on 70% of nights in a consecutive 30 day period) within the first
90 days.
Effective: 03/11/2024 - 04/10/2025

Please do not reply to this automated message.
""")

mail('phi', 'ids', 'Ferreira-Lutz',
     'Luis Ortega <lortega@harborlinehm.com>', 'Dispatch <dispatch@harborlinehm.com>',
     'ticket 55102 - need reschedule', dt(2024, 3, 7, 11, 40),
     """Dispatch,

couldnt complete ticket 55102 this am - nobody home.

Patient: Ferreira-Lutz, Gabriela   DOB: 4 Mar 1988
Acct: 20071934
Address: 2217 Quarry Hill Rd Apt 3B, Millbrook
Items: E1390 concentrator + 25 ft tubing, 6 cannulas, humidifier bottle
Notes: new start O2 after discharge from Lakeshore Regional yesterday, 2 L continuous

called the cell on the referral (608-555-0151) twice, VM full. left door tag. she's supposed to be
on O2 continuous so somebody should keep trying.

Luis
""")

mail('phi', 'ids', 'Ruiz',
     'Tamsin Hollowell <thollowell@harborlinehm.com>', 'Luis Ortega <lortega@harborlinehm.com>',
     'RE: ticket 55118', dt(2024, 3, 7, 12, 15),
     """Luis - before you head back, can you add one more stop? Mr. Ruiz at 1840 Old Mill Rd, Unit 12,
Kessling needs 20 ft O2 tubing and cannulas, he said his grandson stepped on the tubing and it
cracked. His wife Janet will be home, (608) 555-0109. He's on 3 L so he's on the backup tanks
right now.

T.
""")

mail('phi', 'ids', 'Novak',
     'Angela Pruitt <apruitt@harborlinehm.com>', 'Joanne Petrakis <jpetrakis@harborlinehm.com>',
     'culture result - Novak', dt(2024, 3, 8, 16, 30),
     """Joanne,

Lab called with the trach aspirate from Tuesday's visit:

Accession# L24-0031877
Chart # 118842 (Novak, Jakub)
Collected 03/05/2024 1045
Result: heavy growth Pseudomonas aeruginosa, sensitive to cipro and pip-tazo; moderate Staph
aureus, MSSA.

I faxed it to Dr. Osei's office. Nurses on the case should use contact precautions per the
policy until we hear back from the office about treatment.

Angela Pruitt, RN
Clinical Liaison
""")

mail('phi', 'ids', 'Halloran',
     'Bev Lindgren <blindgren@harborlinehm.com>', 'Patrick Halloran <phalloran66@gmail.com>',
     'Re: bill for wheelchair', dt(2024, 3, 12, 9, 45),
     """Dear Mr. Halloran,

Thank you for your email. I looked up your account.

Account: 7730-22841-01
Patient: Patrick J. Halloran    DOB: Nov 3, 1954
Item: K0823 Group 2 power wheelchair, rental month 11 of 13

The $48.16 you were billed is your 20% coinsurance for the February rental after Medicare paid.
Your secondary (the AARP supplement) denied it because they have an old member number for you.
If you can send me a photo of the front and back of your current supplement card I will rebill
and the balance should go to zero.

Kind regards,
Beverly Lindgren
Billing Department
Harborline Home Medical & Nursing
608-555-0127

-----Original Message-----
From: Patrick Halloran <phalloran66@gmail.com>
Sent: Monday, March 11, 2024 6:30 PM
To: billing@harborlinehm.com
Subject: bill for wheelchair

I got a bill for $48.16 for my chair. I thought Medicare and my supplement covered it all.
""")

mail('phi', 'ids', 'Baptiste',
     'Renata Oyelaran <royelaran@harborlinehm.com>', 'Farah Qureshi <fqureshi@harborlinehm.com>',
     'Medicaid eligibility - Baptiste', dt(2024, 3, 13, 10, 20),
     """Farah, the PDN re-auth for Jean-Marc Baptiste bounced for eligibility. Details below from the
portal, looks like his MA coverage lapsed 2/29 because the renewal packet wasn't returned.

Name: BAPTISTE, JEAN-MARC
MA ID: 4402918773
SSN: xxx-xx-4471
DOB: 07/22/2016
Address: 93 Tamarack Ln, Fernwood
Service: T1000 private duty nursing, 112 hrs/wk, trach/vent

Dad said he mailed it. I gave him the county caseworker number. Do we keep staffing while it's
pending? He can't be without a nurse overnight.

Renata
""")

mail('phi', 'ids', '',
     'Kiara Samuels <ksamuels@harborlinehm.com>', 'Phuong Tran <ptran@harborlinehm.com>',
     'call mom back', dt(2024, 3, 14, 14, 8),
     """pls call mom back 414 555 0176 re 2nd shift tomorrow - kiddo is the 2 y/o new start, dob 12-01-21,
g-tube + overnight O2, chart 120377. she wants to go over the feeding schedule before you come
""")

# =====================================================================
# PHI / lists
# =====================================================================

mail('phi', 'lists', 'Whitfield; Tremblay; Lindqvist; Marchetti; Baptiste',
     'Greg Abernathy <gabernathy@harborlinehm.com>', 'Resp Team <resp-team@harborlinehm.com>',
     'vent census wk of 3/11', dt(2024, 3, 11, 7, 30),
     """Vent census for this week. Please update your PM dates by Wed.

Patient\tDevice\tMode/Settings\tO2\tLast PM\tRT
Whitfield, Darnell\tTrilogy Evo\tAC/PC 18/6 x14\t2L noc\t03/04\tMV
Tremblay, Josiah\tAstral 150\tSIMV/PC 20/5 x20\t1L\t02/20\tDP  ** inpt St B since 3/8
Lindqvist, Amara\tTrilogy Evo\tAC/PC 16/5 x16\t0.5L\t02/27\tGA
Marchetti, Eliza\tAstral 150\tAC/VC 120ml/5 x22\t1-3L\t03/01\tMV
Baptiste, Jean-Marc\tTrilogy 100\tAC/PC 22/6 x18\tRA\t02/15\tDP  ** MA eligibility issue
Dvorakova, Libuse\tTrilogy Evo\tAVAPS 450/5 x12\t2L\t02/29\tGA

Greg
""")

mail('phi', 'lists', 'Lindqvist; Marchetti; Tremblay; Fairweather; Novak; Baptiste',
     'Joanne Petrakis <jpetrakis@harborlinehm.com>', 'Nursing Leads <pdn-leads@harborlinehm.com>',
     'Monday huddle notes', dt(2024, 3, 11, 10, 12),
     """Huddle 3/11 - who's on, who's worried about whom

* Amara Lindqvist - seizure overnight 3/11, Keppra up to 250 BID last Fri. ask mom re neuro f/u.
* Eliza Marchetti - NIGHTS UNCOVERED 3/9, mom very upset (rightly). Kiara working on tonight.
  Desats to 84 x2, bagged. If no nurse tonight pulm may admit.
* Josiah Tremblay - PICU at St B since 3/8, fever + WOB. shifts on hold. likely d/c late week.
* Lucy Fairweather - capping trial Wed. if passes, decannulation mid April.
* Jakub Novak - pseudomonas + MSSA on trach cx, contact precautions, waiting on abx order.
* Jean-Marc Baptiste - MA lapsed 2/29, dad working w/ county. keep staffing per Joanne/Farah.

Orientation: 2 new LPNs shadowing this week (Tue/Thu).

- J
""")

mail('phi', 'lists', 'Harrowgate; Achterberg; Deshmukh; Pruitt; Kowalczyk; Oyelowo',
     'Compliance Reports <noreply-reports@harborlinehm.com>', 'Greg Abernathy <gabernathy@harborlinehm.com>',
     'CPAP adherence exceptions - 30 day', dt(2024, 3, 10, 5, 0),
     """CPAP ADHERENCE EXCEPTIONS (30 days ending 03/09/2024)
Generated 03/10/2024 05:00  Threshold: >=4h on >=70% of nights

NAME                     DOB         SETUP      DAY   AVG HRS  %>4H  AHI   LEAK95  PAYER
HARROWGATE, DENNIS       08/17/1957  10/02/23   160   0.8      10%   3.2   12      MCR
ACHTERBERG, ROSALIND     01/30/1966  12/19/23    82   3.1      41%   2.8   36      NGH
DESHMUKH, PRIYANKA       05/05/1990  01/21/24    49   2.4      23%   6.1   44      NGH
PRUITT, GERALD           10/12/1949  08/14/23   209   5.9      84%   14.2  18      MCR
KOWALCZYK, IRENA         03/28/1972  02/01/24    38   1.9      17%   4.4   22      MA
OYELOWO, BABAJIDE        11/11/1981  01/08/24    62   3.7      55%   1.9   51      NGH

6 patients listed. This report contains PHI - do not forward outside Harborline.
""")

_reauth_csv = csv_text([
    ['Patient Last', 'Patient First', 'DOB', 'Member ID', 'Payer', 'HCPCS', 'Item', 'Auth End', 'Clinicals Needed'],
    ['Van der Berg', 'Pieter', '1939-06-02', 'NGH331007412', 'Northgate', 'E0260', 'Hospital bed semi-elec', '2024-03-31', 'progress note <90d'],
    ['Halloran', 'Patrick', '1954-11-03', '1EG4-TE5-MK72', 'Medicare', 'K0823', 'Power WC grp 2', '2024-05-31', 'n/a capped'],
    ['Obi', 'Chukwuemeka', '1968-02-17', 'NGH559210344', 'Northgate', 'K0861', 'Power WC grp 3 tilt', 'PENDING', 'seating eval 3/21'],
    ['Gustafsson', 'Harold', '1944-09-09', '6TR2-WQ1-HH38', 'Medicare', 'E1390', 'O2 concentrator', '2024-04-15', 'recert CMN'],
    ['Baptiste', 'Jean-Marc', '2016-07-22', '4402918773', 'State MA', 'T1000', 'PDN 112h/wk', '2024-03-31', 'MA eligibility!!'],
    ['Quiroga', 'Mateo', '2019-06-14', '4410337820', 'State MA', 'B9002', 'Enteral pump', '2024-06-30', 'GI note + wt'],
    ['Okoro-Finch', 'Bernadette', '1961-02-09', 'NGH118806251', 'Northgate', 'K0856', 'Power WC grp 3', '2024-04-30', 'repair auth'],
])
mail('phi', 'lists', 'Van der Berg; Halloran; Obi; Gustafsson; Baptiste; Quiroga; Okoro-Finch',
     'Farah Qureshi <fqureshi@harborlinehm.com>', 'Billing <billing@harborlinehm.com>',
     'reauths due next 60 days', dt(2024, 3, 12, 16, 5),
     """Team - attached is the list of auths ending in the next 60 days. I split them in the "owner"
column in my copy, but roughly: Bev takes Medicare, I take Northgate, Renata takes MA.

Baptiste is the urgent one.

Farah
""", atts=[('reauth_due_2024-03-12.csv', _reauth_csv, 'text/csv')])

_deliv = xlsx_bytes([
    ['Route', 'Stop', 'Ticket', 'Patient', 'Address', 'Phone', 'Items', 'Notes'],
    ['North', '1', '55131', 'Kowalczyk, Irena', '77 Spruce Hollow Dr, Kessling', '608-555-0138', 'CPAP supplies - F30 cushions, filters', 'leave w/ neighbor ok'],
    ['North', '2', '55132', 'Gustafsson, Harold', '88 Ridge Rd, Millbrook', '608-555-0163', 'E size O2 x6', 'uses 3L walking'],
    ['North', '3', '55135', 'Al-Hashimi, Yusuf', '5 Birchwood Ct, Fernwood', '608-555-0190', 'Portable suction swap', 'child - mom home til 2'],
    ['South', '1', '55140', 'Ferreira-Lutz, Gabriela', '2217 Quarry Hill Rd Apt 3B, Millbrook', '608-555-0151', 'Concentrator new start', 'RETRY - on O2 per d/c'],
    ['South', '2', '55141', 'Kaminski, Walter', '412 Linden St, Millbrook', '608-555-0112', 'Trapeze bar add-on', 'post hip surgery'],
    ['South', '3', '55144', 'Oyelowo, Babajide', '19 Cardinal Way, Lakeshore', '608-555-0180', 'CPAP mask refit (RT)', 'RT Greg'],
], sheet='Routes 3-15')
mail('phi', 'lists', 'Kowalczyk; Gustafsson; Al-Hashimi; Ferreira-Lutz; Kaminski; Oyelowo',
     'Dispatch <dispatch@harborlinehm.com>', 'Drivers <drivers@harborlinehm.com>',
     'Routes for Fri 3/15', dt(2024, 3, 14, 16, 45),
     """Routes for tomorrow attached. Luis has North, Kyle has South. Load the O2 tonight please.
""", atts=[('routes_0315.xlsx', _deliv, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')])

_pump_csv = csv_text([
    ['order_id', 'patient_name', 'dob', 'mrn', 'formula', 'rate', 'pump_sets_mo', 'ext_sets_mo', 'ship_date'],
    ['SO-88120', 'Theo Castellanos-Murray', '2020-10-30', '119204', 'PediaSure Peptide 1.0', '45 ml/h x20h', '60', '8', '2024-03-18'],
    ['SO-88121', 'Mateo Quiroga', '2019-06-14', '117751', 'Compleat Peds', '55 ml/h x18h', '30', '4', '2024-03-18'],
    ['SO-88122', 'Amara Lindqvist', '2018-01-03', '116380', 'Kate Farms Peds 1.2', '38 ml/h noc + bolus', '30', '4', '2024-03-19'],
    ['SO-88123', 'Yusuf Al-Hashimi', '2015-04-25', '118002', 'Nutren Jr', 'bolus 240 ml x4', '0', '0', '2024-03-19'],
    ['SO-88124', 'Eliza Marchetti', '2020-12-08', '118559', 'Peptamen Jr', '50 ml/h x20h', '30', '4', '2024-03-20'],
])
mail('phi', 'lists', 'Castellanos-Murray; Quiroga; Lindqvist; Al-Hashimi; Marchetti',
     'Tamsin Hollowell <thollowell@harborlinehm.com>', 'orders@medlinkdistribution.com',
     'Harborline enteral orders - week 12', dt(2024, 3, 14, 11, 3),
     """Hi Marcus,

Zipped file for this week's enteral drop ship orders, password is the usual one. Please note the
formula change on SO-88120.

Thanks,
Tamsin Hollowell
Harborline Home Medical & Nursing
""", atts=[('enteral_wk12.zip', zip_bytes([('enteral_wk12.csv', _pump_csv)]), 'application/zip')])

mail('phi', 'lists', 'Whitfield; Novak; Marchetti; Oyelowo; Gustafsson',
     'Deshawn Pryor <dpryor@harborlinehm.com>', 'Resp Team <resp-team@harborlinehm.com>',
     'weekend on-call signout', dt(2024, 3, 11, 6, 50),
     """weekend on-call signout sat/sun - 5 calls

| pt               | time     | issue                          | done                                  | f/u        |
|------------------|----------|--------------------------------|---------------------------------------|------------|
| Whitfield D      | sat 0310 | high press alarm               | talked mom thru, mucus plug, suctioned| none       |
| Novak J          | sat 1420 | trach cx pending, thick secr   | advised saline + more freq suction    | Angela mon |
| Marchetti E      | sun 0205 | no nurse, desat 84             | talked mom thru bagging, O2 to 3L     | Kiara!!    |
| Oyelowo B        | sun 1100 | cpap mask leak                 | strap adj by phone                    | Greg refit |
| Gustafsson H     | sun 1730 | low on tanks                   | has 2 E tanks, deliver mon/tue        | dispatch   |

nothing else. going to sleep.
D
""")

# =====================================================================
# PHI / struct
# =====================================================================

mail('phi', 'struct', 'Kowalski-Brandt',
     'Angela Pruitt <apruitt@harborlinehm.com>', 'Intake <intake@harborlinehm.com>',
     'FW: ADT from St B interface - new trach/vent referral', dt(2024, 3, 5, 13, 2),
     """Intake - this came through on the referral feed but the interface choked on the PV1 so it
didn't create a chart. Pasting the raw message so you can build it by hand. Discharge is
planned Friday, they want the vent delivered to bedside Thursday for family training.

MSH|^~\\&|EPIC|STBRENDANS|HARBORLINE|HHM|20240305114512||ADT^A03|MSG00048812|P|2.5.1
EVN|A03|20240305114500
PID|1||E3389012^^^STB^MR||KOWALSKI-BRANDT^OLIVER^JAMES||20220914|M|||318 Orchard Vale Dr^^Fernwood^WI^53999||608-555-0177|||||
NK1|1|KOWALSKI-BRANDT^HANNAH|MTH|318 Orchard Vale Dr^^Fernwood^WI^53999|608-555-0177
PV1|1|I|PICU^4112^A|||||1447028811^OSEI^KWAME^^^MD|||||||||||V00218833
DG1|1||J96.11^Chronic respiratory failure with hypoxia^I10
DG1|2||Z93.0^Tracheostomy status^I10
PR1|1||0B110F4^Tracheostomy, percutaneous||20240221

Angela
""")

_orm = ("MSH|^~\\&|RIVERBEND_EHR|RSLA|HHM_ORDERS|HARBORLINE|20240307094011||ORM^O01|RB7718830|P|2.3\n"
        "PID|1||RB-220918||ACHTERBERG^ROSALIND^M||19660130|F|||55 Heron Pointe^^Lakeshore^WI^53998||608-555-0129\n"
        "IN1|1|NGH|NORTHGATE HEALTH PLAN||||||||||||ACHTERBERG^ROSALIND|SELF|19660130||||||||||||||||||NGH220471936\n"
        "ORC|NW|RB7718830||||||||||1598821004^HALVORSEN^ERIK^^^MD\n"
        "OBR|1|RB7718830||E0601^CPAP DEVICE^HCPCS|||20240307\n"
        "NTE|1||Change interface to full face mask (A7030) with heated tubing (A4604). Pressure 9 cm. Pt intolerant of nasal pillows.\n"
        "DG1|1||G47.33^OBSTRUCTIVE SLEEP APNEA^I10\n")
mail('phi', 'struct', 'Achterberg',
     'Interface Alerts <hl7-alerts@harborlinehm.com>', 'IT Integration <it-integration@harborlinehm.com>',
     '[HL7 ERROR] ORM rejected - IN1 segment invalid', dt(2024, 3, 7, 9, 41),
     """Inbound message rejected by route RIVERBEND_ORDERS.

Error: IN1-36 policy number failed payer format validation (expected NGH + 9 digits)
Control ID: RB7718830
Original message attached.

-- automated alert, do not reply --
""", atts=[('RB7718830.hl7', _orm, 'text/plain', 'base64')])

mail('phi', 'struct', 'Whitfield',
     'Bev Lindgren <blindgren@harborlinehm.com>', 'Sandeep Varghese <svarghese@clearpathedi.com>',
     'rejected 837 - need help reading this', dt(2024, 3, 8, 10, 55),
     """Hi Sandeep,

Our February vent rental claim keeps rejecting with "2010BA NM109 invalid" and I can't see what's
wrong. Here's the patient loop from the file, can you tell me what the clearinghouse is choking on?

NM1*85*2*HARBORLINE HOME MEDICAL AND NURSING*****XX*1982736450~
N3*600 INDUSTRIAL PKWY STE 4~
N4*MILLBROOK*WI*539970000~
REF*EI*391234567~
HL*2*1*22*0~
SBR*P*18*******MC~
NM1*IL*1*WHITFIELD*DARNELL****MI*44019 27736~
N3*1207 SUMAC TRL~
N4*MILLBROOK*WI*539970000~
DMG*D8*20170419*M~
NM1*PR*2*STATE MEDICAL ASSISTANCE*****PI*WIMA01~
CLM*HHM2402-0331*1236.50***12:B:1*Y*A*Y*Y~
HI*ABK:J9611*ABF:Z930~
LX*1~
SV1*HC:E0465:RR*1236.50*UN*1***1~
DTP*472*RD8*20240201-20240229~

Thanks,
Bev Lindgren
Billing Department, Harborline Home Medical & Nursing
""")

mail('phi', 'struct', 'Oyelowo; Kowalczyk',
     'Farah Qureshi <fqureshi@harborlinehm.com>', 'Bev Lindgren <blindgren@harborlinehm.com>',
     '835 from Northgate - 2 CPAP denials', dt(2024, 3, 12, 14, 40),
     """Bev, pulled these from today's 835. Both are CO-50 medical necessity on the supplies. I think
Oyelowo is the adherence thing and Kowalczyk is the mask frequency. Can you look when you get a sec?

CLP*HHM2402-0188*4*312.40*0*0*12*NGH24061774421~
NM1*QC*1*OYELOWO*BABAJIDE****MI*NGH610028817~
DTM*232*20240201~
SVC*HC:A7030*189.90*0**1~
CAS*CO*50*189.90~
SVC*HC:A7031*122.50*0**2~
CAS*CO*50*122.50~
CLP*HHM2402-0194*1*418.75*298.11*0*12*NGH24061774509~
NM1*QC*1*KOWALCZYK*IRENA****MI*NGH207731559~
DTM*232*20240201~
SVC*HC:E0601:RR*98.40*86.20**1~
SVC*HC:A7034*134.60*0**1~
CAS*CO*50*134.60~

Farah
""")

mail('phi', 'struct', 'Quiroga',
     'Renata Oyelaran <royelaran@harborlinehm.com>', 'Farah Qureshi <fqureshi@harborlinehm.com>',
     '271 back for Mateo Q', dt(2024, 3, 7, 9, 5),
     """271 came back active, so the pump is covered. Pasting the important bits:

ISA*00*          *00*          *ZZ*WIMA01         *ZZ*HHM1982736     *240307*0858*^*00501*000077102*0*P*:~
GS*HB*WIMA01*HHM1982736*20240307*0858*77102*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*EL240307-441*20240307*0858~
HL*3*2*22*0~
TRN*2*EL240307-441*9HHM000001~
NM1*IL*1*QUIROGA*MATEO****MI*4410337820~
N3*2450 W PROSPECT AVE APT 7~
N4*LAKESHORE*WI*53998~
DMG*D8*20190614*M~
DTP*346*D8*20240101~
EB*1*IND*30^12**STATE MEDICAL ASSISTANCE~
EB*1*IND*DM***23~
MSG*PRIOR AUTHORIZATION REQUIRED FOR ENTERAL NUTRITION AND SUPPLIES~
SE*13*0001~

Renata
""")

_fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "hhm-121044",
        "identifier": [
          {"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "121044"}
        ],
        "name": [{"family": "Thanh", "given": ["Bao", "Minh"]}],
        "gender": "male",
        "birthDate": "2021-05-19",
        "telecom": [{"system": "phone", "value": "608-555-0146", "use": "mobile"}],
        "address": [{"line": ["7 Willow Bend Rd"], "city": "Kessling", "state": "WI", "postalCode": "53996"}]
      }
    },
    {
      "resource": {
        "resourceType": "ServiceRequest",
        "id": "sr-55871",
        "status": "active",
        "intent": "order",
        "code": {"text": "Private duty nursing, skilled, 84 hours/week"},
        "subject": {"reference": "Patient/hhm-121044"},
        "reasonCode": [{"text": "Tracheostomy dependent, nocturnal ventilation, G-tube feeds"}],
        "requester": {"display": "Kwame Osei, MD"},
        "authoredOn": "2024-03-06"
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "status": "final",
        "code": {"text": "Oxygen saturation"},
        "subject": {"reference": "Patient/hhm-121044"},
        "effectiveDateTime": "2024-03-05T22:10:00-06:00",
        "valueQuantity": {"value": 91, "unit": "%"}
      }
    }
  ]
}
"""
mail('phi', 'struct', 'Thanh',
     'Milo Jankowski <mjankowski@harborlinehm.com>', 'Vendor Support <support@caretrackhme.com>',
     'Case 00931174 - FHIR import failing on ServiceRequest', dt(2024, 3, 8, 15, 20),
     """Hi CareTrack support,

Following up on case 00931174. The FHIR bundle import from the St Brendan's referral portal is
still failing with "ServiceRequest.subject could not be resolved". I've attached the exact bundle
we received (it's a live referral, so please handle accordingly and delete when done). The Patient
resource is right there in the bundle so I don't understand why the reference fails.

Milo Jankowski
Systems Analyst, IT
Harborline Home Medical & Nursing
""", atts=[('referral_bundle_121044.json', _fhir, 'application/json')])

mail('phi', 'struct', 'Vasquez-Ortiz',
     'Joanne Petrakis <jpetrakis@harborlinehm.com>', 'Angela Pruitt <apruitt@harborlinehm.com>',
     'CCD from Lakeshore - meds section', dt(2024, 3, 13, 12, 12),
     """Angela - the discharge CCD for the new adult trach start only imported the header. Here's the
med section from the XML so you can do the med rec before the first nursing visit tomorrow:

<recordTarget>
  <patientRole>
    <id extension="LRM-00755120" root="2.16.840.1.113883.19.5"/>
    <addr><streetAddressLine>3301 Prairie Rose Ct</streetAddressLine><city>Lakeshore</city><state>WI</state></addr>
    <telecom value="tel:+1-608-555-0195"/>
    <patient>
      <name><given>Rafael</given><family>Vasquez-Ortiz</family></name>
      <administrativeGenderCode code="M"/>
      <birthTime value="19580211"/>
    </patient>
  </patientRole>
</recordTarget>
...
<section>
  <title>Discharge Medications</title>
  <text>
    <table>
      <tr><td>Metoprolol tartrate 25 mg</td><td>1 tab per G-tube BID</td></tr>
      <tr><td>Apixaban 5 mg</td><td>1 tab per G-tube BID</td></tr>
      <tr><td>Glycopyrrolate 1 mg</td><td>per G-tube TID PRN secretions</td></tr>
      <tr><td>Albuterol 2.5 mg/3 mL neb</td><td>q4h PRN via trach</td></tr>
    </table>
  </text>
</section>

Joanne
""")

# =====================================================================
# PHI / lang
# =====================================================================

mail('phi', 'lang', 'Herrera López',
     'Yesenia López <yesenia.lopez.r@gmail.com>', 'Harborline Soporte <support@harborlinehm.com>',
     'bomba de alimentación de Santiago', dt(2024, 3, 5, 20, 35),
     """Buenas noches,

Soy la mamá de Santiago Herrera López, tiene 3 años. Desde ayer el botón de la gastrostomía está
goteando alrededor y la bomba Joey se para cada rato con la alarma de "oclusión". Le estoy dando
la leche con jeringa pero vomitó dos veces hoy. La enfermera del día dijo que el globo del botón
tal vez tiene poca agua.

¿Pueden mandar un botón nuevo tamaño 14 Fr 1.5 cm y alguien que revise la bomba? Mañana tenemos
cita con el gastro a las 11 en St. Brendan's, después de las 2 estamos en casa.

Mi teléfono es 608-555-0184.

Gracias,
Yesenia
""")

mail('phi', 'lang', 'Silva Oliveira',
     'Juliana Oliveira <ju.oliveira.br@hotmail.com>', 'Greg Abernathy <gabernathy@harborlinehm.com>',
     'CPAP da minha mãe', dt(2024, 3, 7, 19, 2),
     """Oi Greg, boa noite!

Aqui é a Juliana, filha da Dona Maria das Graças Silva Oliveira. A máscara nova que você trouxe
na terça está machucando o nariz dela, ficou uma feridinha vermelha bem em cima. Ela tirou o
aparelho às 3 da manhã nas duas últimas noites e voltou a roncar muito, e de dia está com muito
sono de novo. O médico dela (Dr. Halvorsen) pediu o CPAP na pressão 10 depois do exame do sono.

Tem como trocar por outro modelo ou tamanho? Ela só fala português, então pode me ligar no
608-555-0166.

Obrigada!
Juliana
""")

mail('phi', 'lang', 'Nguyễn',
     'Nguyễn Minh Khoa <khoa.nguyen.wi@gmail.com>', 'Tamsin Hollowell <thollowell@harborlinehm.com>',
     'Bình oxy của ba tôi - Nguyễn Văn Bình', dt(2024, 3, 9, 10, 22),
     """Chào chị Tamsin,

Tôi là con trai của ông Nguyễn Văn Bình (ngày sinh 12/05/1947). Ba tôi mới xuất viện từ bệnh viện
Lakeshore hôm thứ Năm sau khi bị viêm phổi, bác sĩ cho thở oxy 2 lít liên tục. Máy tạo oxy ở nhà
kêu báo động liên tục từ tối qua và đèn vàng sáng. Hiện tại ba tôi đang dùng bình oxy dự phòng
nhưng chỉ còn 1 bình.

Xin cho người đến đổi máy hôm nay được không? Địa chỉ: 640 Larkspur Ave, Millbrook.
Điện thoại: 608-555-0148.

Cảm ơn chị nhiều.
Khoa
""", cte='base64')

mail('phi', 'lang', 'Joseph',
     'Gladys Pierre-Louis <gpierrelouis@harborlinehm.com>', 'Kiara Samuels <ksamuels@harborlinehm.com>',
     'Wideline - nòt chanjman', dt(2024, 3, 10, 7, 40),
     """Bonjou Kiara,

Mwen fin travay ak ti Wideline Joseph yè swa (1900-0700). Mwen vle ou konnen:
- Li te fè lafyèv 38.6 a 0200, mwen ba li Tylenol 160 mg jan lòd la di, a 0400 lafyèv la te desann.
- Sekresyon nan trach la vin pi epè, koulè vèt. Manman an di l ap rele doktè pulmonè a jodi a.
- Li pa t vle pran manje nan tib la byen, mwen te bese vitès ponp lan a 30 ml/h.

Mwen pa ka travay mèkredi a, tanpri chèche yon lòt enfimyè pou li.

Mèsi,
Gladys Pierre-Louis, LPN
""")

mail('phi', 'lang', 'Соколов',
     'Наталья Соколова <n.sokolova84@mail.ru>', 'Resp Team <resp-team@harborlinehm.com>',
     'Аппарат ИВЛ Артёма - тревога', dt(2024, 3, 11, 1, 15),
     """Здравствуйте,

Пишу по поводу моего сына, Соколов Артём, 5 лет, он на аппарате Astral дома через трахеостому.
Сегодня ночью аппарат три раза подал тревогу "низкое давление / отсоединение", хотя контур
подключён. Я поменяла фильтр, но тревога повторяется. Сатурация держится 95-97%, но я боюсь
оставлять его так на ночь. Медсестра сегодня не пришла.

Можно ли, чтобы респираторный терапевт приехал утром и проверил аппарат? Адрес: 1502 Aspen Ridge
Dr, Kessling. Телефон 608-555-0157.

Спасибо,
Наталья
""")

mail('phi', 'lang', 'Dimaculangan',
     'Jocelyn Bautista <jbautista@harborlinehm.com>', 'Joanne Petrakis <jpetrakis@harborlinehm.com>',
     'Re: update kay Lolo Ernesto', dt(2024, 3, 12, 20, 5),
     """Hi Ms. Joanne,

Update po kay Ernesto Dimaculangan (yung adult trach sa Lakeshore). Kanina mga 3pm, bumaba yung
sats niya sa 87% kahit naka-5 L na siya sa trach collar. Nag-suction ako, maraming makapal na
plema. Tinawagan ng anak niya yung doktor, pinadagdag ng nebulizer (albuterol) every 4 hours at
pinapa-chest xray bukas sa Lakeshore Regional. Mas okay na po siya ngayon, 93% sa 5 L.

Pwede po bang mag-order ng dagdag na suction catheters 14 Fr, paubos na po. Salamat po!

Jocelyn Bautista, LPN
""")

mail('phi', 'lang', 'حداد',
     'Rania Haddad <rania.haddad.m@gmail.com>', 'Intake <intake@harborlinehm.com>',
     'مستلزمات القصبة الهوائية لليلى', dt(2024, 3, 13, 16, 48),
     """مرحباً،

أنا والدة الطفلة ليلى حداد، عمرها سنتان ونصف، تاريخ الميلاد 2021/09/03. لديها أنبوب
فغر الرغامى (تراكيوستومي) مقاس 3.5 وتستخدم جهاز الشفط عدة مرات في اليوم.
لم تصلنا شحنة المستلزمات لهذا الشهر: أنابيب الشفط، مرشحات HME، وأربطة الأنبوب. بقي عندنا
أنبوب احتياطي واحد فقط، والطبيب في مستشفى سانت بريندانز قال إن تغيير الأنبوب يجب أن يكون كل أسبوع.

أرجو إرسال الشحنة في أقرب وقت. رقم هاتفي 608-555-0193.

شكراً جزيلاً،
رانيا
""", cte='base64')

mail('phi', 'lang', '王建国',
     'Wang Li <wangli.family@163.com>', 'Service <service@harborlinehm.com>',
     '我父亲的医用床和气垫', dt(2024, 3, 14, 9, 12),
     """您好，

我是王建国的女儿王莉。我父亲今年82岁，上个月中风以后一直卧床，你们公司送来了电动医用床和防褥疮气垫。
这两天气垫的泵一直报警，床垫也不够气，他尾骨那里的压疮护士说比上周更红了。

能不能今天或者明天派人来看一下？地址是 Millbrook 的 205 Sycamore St，电话 608-555-0171。
另外他的家庭医生说可能还需要一个轮椅，请告诉我需要什么手续。

谢谢！
王莉
""",
     html="""<html><body><p>您好，</p>
<p>我是<b>王建国</b>的女儿王莉。我父亲今年82岁，上个月中风以后一直卧床，你们公司送来了电动医用床和防褥疮气垫。这两天气垫的泵一直报警，床垫也不够气，他尾骨那里的压疮护士说比上周更红了。</p>
<p>能不能今天或者明天派人来看一下？地址是 Millbrook 的 205 Sycamore St，电话 608-555-0171。另外他的家庭医生说可能还需要一个轮椅，请告诉我需要什么手续。</p>
<p>谢谢！<br>王莉</p></body></html>""")

# =====================================================================
# CLEAN / admin
# =====================================================================

mail('clean', 'admin', '',
     'Kiara Samuels <ksamuels@harborlinehm.com>', 'PDN All Staff <pdn-all@harborlinehm.com>',
     'CPR / trach competency renewals - April dates', dt(2024, 3, 4, 11, 0),
     """Hi everyone,

Below are the April dates for BLS renewal and the annual trach/vent skills check-off. Everyone
whose card expires before 6/30 MUST sign up for one - you will be taken off the schedule if your
card lapses, no exceptions (state survey flagged us last year).

  Tue 4/2   0900-1300   BLS renewal          Millbrook office, training rm B   (max 10)
  Thu 4/4   1300-1700   Trach/vent skills    Millbrook office, training rm B   (max 8)
  Sat 4/13  0900-1300   BLS renewal          Lakeshore satellite              (max 10)
  Wed 4/17  1800-2200   Trach/vent skills    Millbrook office                  (max 8)

Nurses currently expiring: Rosemary Adjei (4/30), Tom Hadley (5/12), Gladys Pierre-Louis (5/31),
Jocelyn Bautista (6/15), Irina Volkova (6/22). Please reply with your date.

Paid time at your base rate. Mileage reimbursed for the Lakeshore session.

Kiara Samuels
Nurse Staffing Coordinator | 608-555-0144
""")

mail('clean', 'admin', '',
     'IT Service Desk <servicedesk@harborlinehm.com>', 'Farah Qureshi <fqureshi@harborlinehm.com>',
     '[INC0048821] CareTrack login - locked account', dt(2024, 3, 6, 8, 31),
     """Incident INC0048821 has been updated.

Caller: Farah Qureshi (x221)
Category: Application > CareTrack HME > Access
Priority: 3 - Moderate
Assigned to: Milo Jankowski

Work notes:
03/06 08:29 MJ - Account locked after 5 failed attempts at 07:52. Unlocked in AD and CareTrack
admin console. Reset MFA token as the user got a new phone. Please log in and confirm; if the
billing module still says "session expired" clear your browser cache and try in Edge.

If you still have trouble call the desk at x300 or 608-555-0300.

This is an automated message from the Harborline IT Service Desk.
""")

mail('clean', 'admin', '',
     'Accounts Receivable <ar@medlinkdistribution.com>', 'AP <ap@harborlinehm.com>',
     'Invoice 88214-A - past due', dt(2024, 3, 7, 10, 10),
     """Good morning,

Our records show the following invoice is now 15 days past due:

Invoice #:   88214-A
PO #:        HHM-22-1187
Account #:   HARB-00417
Invoice date: 02/05/2024   Terms: Net 30
Amount due:  $6,842.75

Items: 40 cs HME filters 22mm (case/50), 25 cs Yankauer suction w/ tubing, 12 cs pediatric
trach ties, 10 cs 60 mL ENFit syringes.

Please remit at your earliest convenience or reply with the expected payment date. If payment has
already been sent please disregard.

Thank you,
Doreen Pashley
Accounts Receivable, MedLink Distribution
800-555-0122 x4
""")

mail('clean', 'admin', '',
     'Human Resources <hr@harborlinehm.com>', 'All Staff <allstaff@harborlinehm.com>',
     'Open enrollment reminder - new dental ID cards', dt(2024, 3, 8, 9, 0),
     """Hi all,

Just a reminder that open enrollment for the plan year starting April 1 closes next Friday 3/15
at 5pm. A few things people have been asking about:

1. Dental is moving from Delta to Bridgeport Dental. New member ID cards will be mailed to your
   home address the last week of March. Your member number will start with BPD.
2. Medical plan options are unchanged (PPO and HDHP w/ HSA). Payroll deductions go up about 4%.
3. If you're adding a dependent you'll need a birth or marriage certificate uploaded in the
   benefits portal. Please don't email those to HR.
4. The EAP is still free and confidential - 800-555-0199.

Questions: Nadia Ferrante, HR Generalist, x240.

Harborline Human Resources
""")

mail('clean', 'admin', '',
     'Facilities <facilities@harborlinehm.com>', 'Warehouse & Delivery <warehouse@harborlinehm.com>',
     'Decon room closed Tue + badge access', dt(2024, 3, 11, 15, 20),
     """Heads up - the equipment decontamination room (rm 104) will be closed Tuesday 3/19 from
7am-1pm while Summit Mechanical replaces the exhaust fan. Returned concentrators, beds and vents
can be staged in bay 3 (taped off area) and tagged DIRTY. Do not put anything on the clean
racks.

Also, badge readers on the dock doors are being reprogrammed Wed night. If your badge stops
working Thursday call Walt Jessup (facilities) at 608-555-0135.

Pest control visit is Friday - please keep the formula pallets off the floor.

Walt
""")

mail('clean', 'admin', '',
     'Bev Lindgren <blindgren@harborlinehm.com>', 'Revenue Cycle <revcycle@harborlinehm.com>',
     'Claim batch summary wk 10', dt(2024, 3, 11, 17, 5),
     """Week 10 batch summary:

Batch 0304  submitted 3/4  214 claims  $88,410.22   accepted 209  rejected 5 (2.3%)
Batch 0306  submitted 3/6  187 claims  $71,903.50   accepted 186  rejected 1 (0.5%)
Batch 0308  submitted 3/8  241 claims  $102,774.05  accepted 232  rejected 9 (3.7%)

Rejections were mostly 2010BA member ID format (MA) and missing KX modifiers on oxygen. I've sent
the list to Farah and Renata in the work queue, not attaching it here.

DSO is at 41 days, down from 46. Nice work everyone.

Bev
""")

mail('clean', 'admin', '',
     'Fleet Services <fleet@harborlinehm.com>', 'Luis Ortega <lortega@harborlinehm.com>, kyle brandt <kbrandt@harborlinehm.com>',
     'van 14 + 17 service, hazmat refresher', dt(2024, 3, 13, 8, 0),
     """Luis, Kyle -

Van 14 (plate HHM-2214) is due for oil change + tire rotation, booked at Millbrook Auto Care
Thursday 7am, work order 33019. Take van 9 for your route that day.
Van 17's cylinder rack strap is torn - don't carry more than 6 E tanks in it until it's replaced.

Also your DOT hazmat refresher for compressed oxygen is due by 4/30. It's the online module
in the LMS, about 45 min.

Thanks,
Ray Duquette
Fleet & Safety Manager
""")

# =====================================================================
# CLEAN / lookalike
# =====================================================================

mail('clean', 'lookalike', '',
     'IronWorks Fitness <members@ironworksfit.com>', 'Derek Palomino <dpalomino@gmail.com>',
     'Your body composition results + member #IW-0048211', dt(2024, 3, 5, 6, 30),
     """Hi Derek,

Thanks for coming in for your InBody scan with Coach Tasha on Saturday! Here's your snapshot:

Member #: IW-0048211
Body fat: 22.4% (down 1.8% since January)
Skeletal muscle mass: 34.1 kg
Resting heart rate (from your class tracker): 61 bpm
Visceral fat level: 8

Your next check-in is booked for April 6 at 9:15am. Remember your membership auto-renews on the
20th - reply STOP RENEW if you want to cancel.

Stay strong,
IronWorks Fitness - Millbrook
608-555-0240
""",
     html="""<html><body style="font-family:Arial">
<h2 style="color:#c0392b">Hi Derek, here's your progress!</h2>
<table border="0" cellpadding="4">
<tr><td>Member #</td><td><b>IW-0048211</b></td></tr>
<tr><td>Body fat</td><td>22.4% (down 1.8% since January)</td></tr>
<tr><td>Skeletal muscle mass</td><td>34.1 kg</td></tr>
<tr><td>Resting heart rate</td><td>61 bpm</td></tr>
<tr><td>Visceral fat level</td><td>8</td></tr>
</table>
<p>Next check-in: April 6, 9:15am with Coach Tasha.</p>
<p style="font-size:9pt;color:#888">IronWorks Fitness - Millbrook - 608-555-0240</p>
</body></html>""")

mail('clean', 'lookalike', '',
     'Maple Street Animal Hospital <frontdesk@maplestreetvet.com>', 'Karen Fitzsimmons <kfitz@outlook.com>',
     "Biscuit's lab results and discharge instructions", dt(2024, 3, 6, 16, 15),
     """Hi Karen,

Biscuit did great today! Here's a summary of his visit.

Patient: Biscuit (canine, Beagle mix, 9 yrs, neutered male)   Chart #: 20443
Procedure: dental cleaning under anesthesia, 2 extractions (lower premolars)
Pre-anesthetic bloodwork: CBC and chemistry within normal limits, mild elevation of ALT (82) -
  we'll recheck in 6 months.
Medications sent home: Carprofen 25 mg, 1 tab by mouth twice daily x 5 days with food;
  Clavamox 250 mg, 1 tab twice daily x 10 days.

Soft food only for 7 days. He may be groggy tonight. Call us if he stops eating or the gums bleed
more than a little. Recheck with Dr. Amundsen in 10 days.

Maple Street Animal Hospital
608-555-0411
""")

mail('clean', 'lookalike', '',
     'Cornerstone Community Credit Union <alerts@cornerstoneccu.org>', 'Denise Obuya <dobuya@yahoo.com>',
     'Member #0048213 - your auto loan payment was received', dt(2024, 3, 7, 3, 2),
     """Dear Denise Obuya,

We received your payment of $412.88 on loan account ending 4471 on 03/06/2024.

Member #: 0048213
Loan: 2021 Honda CR-V, 60 month
Remaining balance: $9,118.40
Next payment due: 04/06/2024

Reminder: Cornerstone will never ask for your PIN or full account number by email or text.

Cornerstone Community Credit Union | 800-555-0167 | Federally insured by NCUA
""")

mail('clean', 'lookalike', '',
     'SkyBridge Airlines <itinerary@skybridgeair.com>', 'Gerald Pruett <gpruett.travel@gmail.com>',
     'Trip change confirmed - Record locator QJ7T4M', dt(2024, 3, 8, 12, 0),
     """Gerald, your trip has been updated.

Record locator: QJ7T4M
Passenger: PRUETT/GERALD MR    SkyMiles #: 2208 4471 906
Ticket: 016 2384519920

Flight SB 1482  Milwaukee (MKE) -> Phoenix (PHX)   Sat 13 Apr 2024  07:45 - 10:02
Seat 14C (aisle) - Preferred, complimentary for Gold members
Flight SB 1917  Phoenix (PHX) -> Milwaukee (MKE)   Sun 21 Apr 2024  15:10 - 20:38
Seat 14C (aisle)

You can carry on one bag and one personal item. Portable oxygen concentrators and CPAP machines
are welcome onboard and do not count toward your carry-on allowance - see skybridgeair.com/assist.

SkyBridge Airlines
""")

mail('clean', 'lookalike', '',
     'Pinnacle Auto Insurance Claims <claims@pinnacleautoins.com>', 'Megan Thorsby <mthorsby@gmail.com>',
     'Claim CLM-24-3318720 - adjuster assigned', dt(2024, 3, 11, 10, 40),
     """Hello Megan,

Your collision claim has been assigned.

Claim #: CLM-24-3318720
Policy #: PAI-7702-118834
Date of loss: 03/08/2024
Vehicle: 2019 Subaru Outback, VIN ending 44810
Adjuster: Cal Riordan, 800-555-0139 ext 5521

Our records show no injuries were reported at the scene. If anyone in your vehicle later needs
treatment, please let your adjuster know so we can open a medical payments file. A rental car is
authorized for up to 10 days at $35/day through Enterprise (reservation # 8QX21104).

Pinnacle Auto Insurance
""")

mail('clean', 'lookalike', '',
     'Hollis Tree Surgery <quotes@hollistree.com>', 'walt.jessup@gmail.com',
     'Quote #T-2291 - oak assessment', dt(2024, 3, 12, 13, 5),
     """Hi Walt,

Thanks for having us out Monday. Our arborist's diagnosis on the big white oak by the garage:

- Signs of oak wilt in the upper canopy (leaf bronzing, vascular streaking in the samples). We
  sent a twig sample to the extension lab, results in ~2 weeks.
- One dead limb over the roof - recommend amputation back to the collar ASAP.
- Trunk wound on the north side from the old storm damage; it's sealing well, no treatment.

Quote #T-2291
  Remove dead limb over roof ................ $650
  Crown clean + reduction 15% ................ $1,100
  Fungicide injection (if lab confirms) ...... $480
  Total ...................................... $2,230

We're booking about 3 weeks out. Reply to schedule.

Ben Hollis, ISA Certified Arborist WI-1187A
Hollis Tree Surgery - 608-555-0455
""")

mail('clean', 'lookalike', '',
     'Milo Jankowski <mjankowski@harborlinehm.com>', 'IT Integration <it-integration@harborlinehm.com>',
     'patient-worker process dying again on prod-int-02', dt(2024, 3, 13, 2, 47),
     """Paged at 02:20. The "patient-sync" worker (the Mirth channel that pushes patient demographics
from CareTrack to the nursing scheduler) keeps getting OOM-killed on prod-int-02.

  Mar 13 02:11:04 prod-int-02 kernel: Out of memory: Killed process 41877 (java) total-vm:8123400kB
  Mar 13 02:11:05 prod-int-02 systemd[1]: patient-sync.service: Main process exited, code=killed, status=9/KILL
  Mar 13 02:11:15 prod-int-02 systemd[1]: patient-sync.service: Scheduled restart job, restart counter is at 14.

Heartbeat monitor flapped 14 times, vitals dashboard shows heap at 98% right before each kill.
I bumped -Xmx from 2g to 4g and restarted at 02:40, stable for now. Queue drained (0 pending),
no messages lost per the channel stats. Opened CHG0012260 to make the heap change permanent and
look at the leak Thursday.

Milo
""")

# =====================================================================
# CLEAN / news
# =====================================================================

mail('clean', 'news', '',
     'County Public Health <bulletin@dane-river-health.gov>', 'Partners List <partners@lists.dane-river-health.gov>',
     'Respiratory Virus Bulletin - Week 10', dt(2024, 3, 8, 12, 0),
     """DANE RIVER COUNTY PUBLIC HEALTH - RESPIRATORY VIRUS BULLETIN
Week 10 (March 3-9, 2024)

Summary
- RSV activity continues to decline: 4.1% of tests positive (week 9: 5.6%). Pediatric RSV
  admissions: 7 this week across the county's 3 hospitals, down from a peak of 41 in week 50.
- Influenza A remains at moderate levels (11.2% positive). Influenza B increasing slowly.
- COVID-19 wastewater levels are LOW at all 4 sampling sites.

Long-term care and home care agencies
Three respiratory outbreaks were reported in congregate settings this week. Home health and
private duty agencies are reminded that staff with fever or new cough should not work in the
homes of ventilator-dependent or medically fragile clients. Masking is recommended for staff in
homes with infants under 6 months through the end of March.

Nirsevimab supply is adequate for the remainder of the season; contact the immunization program
at 608-555-0600 with questions.

To unsubscribe reply REMOVE.
""")

mail('clean', 'news', '',
     'Safety Notices <safety-notices@aerorestmedical.com>', 'Customer Notification <dme-customers@lists.aerorestmedical.com>',
     'URGENT: Medical Device Correction - AeroRest 200 CPAP, lots 23H-0410 to 23J-1177', dt(2024, 3, 6, 9, 0),
     """URGENT MEDICAL DEVICE CORRECTION
AeroRest 200 CPAP System - Heated Tube Connector
Product codes AR200-US, AR200-US-H  |  Lots 23H-0410 through 23J-1177

Dear DME Provider,

AeroRest Medical is voluntarily correcting the heated tube connector on the above lots. In rare
cases the connector may overheat when used with non-AeroRest heated tubing, which may cause
deformation of the connector. AeroRest has received 9 reports of deformation and 1 report of a
minor burn to a user's hand. No reports of fire.

Actions for DME providers:
1. Identify any affected devices in your inventory and quarantine them.
2. Notify patients who have affected devices and provide the enclosed patient letter.
3. Replacement connectors will ship by 04/15/2024 at no cost. Request via
   aerorestmedical.com/correction or 800-555-0188.
4. Return the enclosed acknowledgment form within 10 business days.

This action is being conducted with the knowledge of the U.S. Food and Drug Administration.

AeroRest Medical Quality & Regulatory Affairs
""",
     html="""<html><body style="font-family:Arial,Helvetica,sans-serif">
<p style="color:#b00;font-weight:bold;font-size:14pt">URGENT MEDICAL DEVICE CORRECTION</p>
<p><b>AeroRest 200 CPAP System - Heated Tube Connector</b><br>Product codes AR200-US, AR200-US-H | Lots 23H-0410 through 23J-1177</p>
<p>Dear DME Provider,</p>
<p>AeroRest Medical is voluntarily correcting the heated tube connector on the above lots. In rare cases the connector may overheat when used with non-AeroRest heated tubing, which may cause deformation of the connector. AeroRest has received 9 reports of deformation and 1 report of a minor burn to a user's hand. No reports of fire.</p>
<ol><li>Identify any affected devices in your inventory and quarantine them.</li>
<li>Notify patients who have affected devices and provide the enclosed patient letter.</li>
<li>Replacement connectors will ship by 04/15/2024 at no cost.</li>
<li>Return the enclosed acknowledgment form within 10 business days.</li></ol>
<p>This action is being conducted with the knowledge of the U.S. Food and Drug Administration.</p>
</body></html>""")

mail('clean', 'news', '',
     'The Harbor Light <newsletter@harborlinehm.com>', 'All Staff <allstaff@harborlinehm.com>',
     'The Harbor Light - March 2024', dt(2024, 3, 1, 8, 0),
     """THE HARBOR LIGHT  |  Harborline Home Medical & Nursing staff newsletter  |  March 2024

EMPLOYEE OF THE MONTH: LUIS ORTEGA
Luis has been on our delivery team for 6 years and ran 312 deliveries in February, including
two snowstorm days when he carried concentrators up icy steps. Thank you Luis!

PEDIATRIC PROGRAM HITS 60 FAMILIES
Our pediatric private duty program now serves 60 families across the north and south regions,
about a third of them ventilator dependent. We're hiring: $1,000 referral bonus for any LPN or RN
you refer who stays 90 days.

CPAP ADHERENCE UP
Team-wide 90 day adherence for new CPAP setups reached 78% in Q4, up from 69%. Greg Abernathy's
mask-fit clinic on Thursdays gets a lot of the credit.

COMPETITIVE BIDDING UPDATE
CMS has announced the next round of the DMEPOS competitive bidding program. Our billing and
compliance team is reviewing what it means for oxygen and CPAP in our area - more next month.

BIRTHDAYS: Kiara S. (3/4), Walt J. (3/19), Nadia F. (3/27)
""")

mail('clean', 'news', '',
     'DME Policy Watch <editor@dmepolicywatch.com>', 'Bev Lindgren <blindgren@harborlinehm.com>',
     'Policy Watch: oxygen LCD revisions and the KX modifier', dt(2024, 3, 5, 7, 0),
     """DME POLICY WATCH - Weekly Digest

1) Oxygen LCD revisions take effect
The DME MACs' revised Oxygen and Oxygen Equipment LCD now allows qualifying blood gas studies
obtained during an inpatient stay within 2 days prior to discharge, and clarifies that group I
qualification for exercise-induced desaturation requires documented improvement on oxygen.
Suppliers should continue to append the KX modifier only when all coverage criteria are met.

2) PAP adherence reminders
Contractors continue to deny PAP claims beyond the 3rd month where the 4-hour/70% adherence
documentation and the face-to-face re-evaluation (days 31-91) are missing. Our survey of 120
suppliers found the most common error is a re-evaluation note that does not state the
beneficiary is benefiting from therapy.

3) Private duty nursing
Three state Medicaid agencies announced PDN rate increases for 2024, ranging from 4% to 11%.

Subscribe / manage preferences at dmepolicywatch.com
""")

mail('clean', 'news', '',
     'Medical Assistance Program Provider Bulletin <providerbulletin@dhs.state.wi-example.gov>', 'billing@harborlinehm.com',
     'Provider Bulletin 2024-14: Private Duty Nursing Rate Increase and EVV', dt(2024, 3, 12, 11, 30),
     """PROVIDER BULLETIN 2024-14
Affected providers: private duty nursing agencies, home health agencies
Effective date: April 1, 2024

Private Duty Nursing Rate Increase
The maximum allowable fee for T1000 (private duty nursing, RN) and T1000-TE (LPN) will increase
by 7.5% for dates of service on and after April 1, 2024. Ventilator-dependent members continue to
qualify for the enhanced rate modifier (U4).

Electronic Visit Verification (EVV)
Beginning July 1, 2024, claims for PDN without a matching EVV visit record will deny with edit
1187. Agencies should ensure nurses are clocking in and out in the member's home using the state
EVV app or an approved alternate system.

Questions may be directed to Provider Services at 800-555-0110.
""")

mail('clean', 'news', '',
     'State Society for Respiratory Care <info@ssrc-wi.org>', 'Marisol Vance <mvance@harborlinehm.com>',
     'SSRC Spring Conference - agenda + early bird ends 3/22', dt(2024, 3, 9, 10, 0),
     """STATE SOCIETY FOR RESPIRATORY CARE - SPRING CONFERENCE
May 9-10, 2024 | Lakeshore Convention Center | 12 CRCEs

Thursday highlights
  08:30  Keynote: "Home is the new ICU" - pediatric home ventilation outcomes, 10-year data
  10:15  Airway clearance in neuromuscular disease: what the evidence says
  13:00  Panel: RT staffing in post-acute and DME settings
  15:00  Case studies in tracheostomy decannulation (all cases de-identified)

Friday highlights
  08:30  CPAP adherence: lessons from 50,000 remote downloads
  10:30  Home oxygen: new LCD, portable concentrators and travel
  13:00  Student poster session

Early bird registration ($185 members / $245 non-members) ends March 22.
Register at ssrc-wi.org/spring24
""")

# =====================================================================
# CLEAN / staff
# =====================================================================

mail('clean', 'staff', '',
     'Deshawn Pryor <dpryor@harborlinehm.com>', 'Resp Team <resp-team@harborlinehm.com>',
     'PMV on AC mode - general question', dt(2024, 3, 5, 13, 45),
     """General question, not about a specific kid yet - has anyone here set up a Passy-Muir in-line with
a vent on AC/PC for a toddler? The pulm group is talking about trialing it on a couple of our
peds patients and I want to be ready. My understanding:

- cuff fully deflated (or cuffless), check upper airway patency first
- turn off/adjust leak compensation, some vents alarm constantly with the valve in
- PEEP usually reduced or off since the valve closes on exhale
- bump pressure to compensate for the leak? or leave it

Anybody have a written protocol from a prior job? The Astral manual is pretty vague.

D
""")

mail('clean', 'staff', '',
     'Greg Abernathy <gabernathy@harborlinehm.com>', 'Marisol Vance <mvance@harborlinehm.com>',
     'RE: portable O2 qualification question', dt(2024, 3, 6, 11, 20),
     """No, he doesn't qualify for the portable on that alone. For group I you need the exertion test
done in 3 parts on the same day: resting sat on RA, sat with exercise on RA showing <=88, and then
sat with exercise on O2 showing improvement. If the rest sat is 93 and it only dropped to 89 walking,
that's not a qualifying number. Ask the office to repeat it with a longer walk.

Greg

-----Original Message-----
From: Marisol Vance
Sent: Wednesday, March 6, 2024 10:02 AM
To: Greg Abernathy
Subject: portable O2 qualification question

Question for you - a man in his 60s, COPD, on 2L at night only. Sats fine at rest (93-94% RA)
but the PCP's walk test says he dropped to 89% after 3 min. Wants a portable concentrator for
going out. Does he qualify or do we need a new test?
""")

mail('clean', 'staff', '',
     'Joanne Petrakis <jpetrakis@harborlinehm.com>', 'PDN All Staff <pdn-all@harborlinehm.com>',
     'Policy update: routine trach change and emergency go-bag (rev 3/2024)', dt(2024, 3, 7, 14, 0),
     """Team,

The revised Trach Care policy (CLN-PDN-014 rev 3/2024) is posted in the policy library. Main changes:

1. Go-bag check at the START of every shift, not just once daily. Must contain: same-size trach,
   one size smaller, obturator, ties, 10 mL syringe (cuffed), suction catheters, saline, HME,
   manual resuscitation bag with trach adaptor, portable suction charged.
2. Routine trach changes are done with two trained people present (nurse + trained caregiver is
   fine). Document who was present.
3. Suction depth: use pre-measured depth from the chart. Deep suctioning only if ordered.
4. Any unplanned decannulation = incident report within 24 hrs, even if reinserted without issue.

Please read and attest in the LMS by 3/31.

Joanne Petrakis, RN, BSN
Clinical Nursing Supervisor
""")

mail('clean', 'staff', '',
     'Kiara Samuels <ksamuels@harborlinehm.com>', 'Joanne Petrakis <jpetrakis@harborlinehm.com>',
     'weekend coverage numbers', dt(2024, 3, 8, 16, 10),
     """Joanne,

Where we are for this weekend as of 4pm:

North region: 22 shifts needed, 17 filled, 5 open (all nights)
South region: 18 shifts needed, 16 filled, 2 open (1 day, 1 night)

Agency (CareBridge) can give us 2 LPNs Saturday night but neither is vent-trained, so I'm only
placing them with non-vent cases. I've offered double shift diff on the North nights. Two of our
float RNs said maybe.

Overall fill rate for Feb was 86%, Jan was 81%. Still not where we want it.

Kiara
""")

mail('clean', 'staff', '',
     'Angela Pruitt <apruitt@harborlinehm.com>', 'Warehouse & Delivery <warehouse@harborlinehm.com>',
     'Reminder: cleaning returned equipment', dt(2024, 3, 11, 9, 5),
     """Hi all - a reminder after this week's infection control audit:

- Every returned concentrator, vent, suction machine and feeding pump gets wiped with the
  purple-top wipes (2 min wet contact time), then goes to the decon room. No exceptions even if
  it "looks clean".
- Equipment from a home with a known resistant organism (you'll see the CONTACT sticker on the
  ticket) gets bagged at the home and the bag is labeled.
- Internal filters on concentrators and vents are replaced, not cleaned.
- Hospital bed mattresses with any tear in the cover are discarded.

Audit result was 92%, the misses were all documentation. Thanks for the hard work.

Angela Pruitt, RN
Clinical Liaison / Infection Prevention
""")

mail('clean', 'staff', '',
     'Tamsin Hollowell <thollowell@harborlinehm.com>', 'Evelyn Marsh <emarsh@pinegrovepeds.com>',
     'signing DWOs electronically?', dt(2024, 3, 12, 14, 30),
     """Hi Evelyn,

Not about any particular patient - we're changing how we send Detailed Written Orders and I wanted
to ask what works best for your office before we switch. Would Dr. Feld and the other providers
rather:

(a) keep getting faxes,
(b) sign through the Parachute-style portal we're moving to (one login, batch signing), or
(c) have us send them as a PDF through your EHR inbox?

Also, how many days do you usually need to turn orders around? We're trying to set expectations
with families.

Thanks!
Tamsin Hollowell
Patient Intake Coordinator, Harborline Home Medical & Nursing
""")

mail('clean', 'staff', '',
     'Phuong Tran <ptran@harborlinehm.com>', 'Nursing Leads <pdn-leads@harborlinehm.com>',
     'idea for the new-grad orientation', dt(2024, 3, 13, 21, 10),
     """Been thinking about the new grads after this week. One of our teen vent patients (I'll keep it
vague) had a plug at 3am and the new nurse froze for maybe 10 seconds before she grabbed the bag.
She did fine in the end but she told me afterwards she'd never actually changed a trach on a real
person, only the mannequin.

What if orientation had at least 2 supervised trach changes in a home before anyone works nights
alone? And a "3am drill" on the mannequin where the alarms are going and the parent is yelling.
I'd be happy to help run it.

Phuong Tran, RN
""")

# =====================================================================
# CLEAN / training
# =====================================================================

mail('clean', 'training', '',
     'Nadia Ferrante <nferrante@harborlinehm.com>', 'New Hires March <newhire-0324@harborlinehm.com>',
     'CareTrack practice environment - your test patients', dt(2024, 3, 4, 8, 15),
     """Welcome to week 2! For today's CareTrack session please log in to the TRAINING environment
(https://train.caretrackhme.com), NOT production. Each of you has your own test patient to practice
intake, insurance entry and a delivery ticket:

  Trainee            Test patient               MRN      DOB
  Alicia R.          ZZTEST, PATIENT ONE        999001   01/01/1950
  Marcus D.          ZZTEST, PATIENT TWO        999002   01/01/1960
  Hannah K.          ZZTEST, PEDS VENT          999003   01/01/2020
  Omar S.            ZZTEST, CPAP NEWSTART      999004   01/01/1975

Use payer "TEST PAYER - DO NOT BILL" and member ID 000000000. Any ZZTEST record that shows up in
production gets purged nightly, but please don't create them there.

Nadia Ferrante
HR Generalist / Training
""")

mail('clean', 'training', '',
     'Jordan Kessler <jkessler@somnolinkcloud.com>', 'Greg Abernathy <gabernathy@harborlinehm.com>',
     'SomnoLink demo recap + sandbox login', dt(2024, 3, 6, 17, 0),
     """Hi Greg,

Thanks for your time today. Recap of what we showed in the demo:

- Adherence dashboard: the sample patient "John Doe" (demo account, setup 1/1/2024) shows how the
  90-day countdown flags anyone trending under 4 hrs / 70%.
- Automated outreach: texts at day 7, 14 and 21 if usage drops - demo used "Jane Sample".
- Payer report: one-click PDF of the 30-day window that meets the LCD, with fake data for
  "Test Patient A" through "Test Patient E".

Your sandbox login: harborline_demo / (sent separately). It's pre-loaded with 25 synthetic patients,
no real data. Pricing proposal attached next week.

Jordan Kessler
Account Executive, SomnoLink Cloud
415-555-0162
""",
     html="""<p>Hi Greg,</p><p>Thanks for your time today. Recap of what we showed in the demo:</p>
<ul><li><b>Adherence dashboard</b>: the sample patient "John Doe" (demo account, setup 1/1/2024) shows how the 90-day countdown flags anyone trending under 4 hrs / 70%.</li>
<li><b>Automated outreach</b>: texts at day 7, 14 and 21 if usage drops - demo used "Jane Sample".</li>
<li><b>Payer report</b>: one-click PDF of the 30-day window that meets the LCD, with fake data for "Test Patient A" through "Test Patient E".</li></ul>
<p>Your sandbox login: harborline_demo / (sent separately). It's pre-loaded with 25 synthetic patients, no real data.</p>
<p>Jordan Kessler<br>Account Executive, SomnoLink Cloud<br>415-555-0162</p>""")

mail('clean', 'training', '',
     'Milo Jankowski <mjankowski@harborlinehm.com>', 'Vendor Support <support@caretrackhme.com>',
     'interface test msg for validation - TEST ONLY', dt(2024, 3, 7, 10, 30),
     """Hi - per our call, here is the test ADT we're sending through the UAT channel to validate the
PV1 fix. It's a synthetic test patient, processing ID is T.

MSH|^~\\&|EPIC|STBRENDANS|HARBORLINE|HHM|20240307100000||ADT^A03|TEST000001|T|2.5.1
EVN|A03|20240307100000
PID|1||TEST0001^^^STB^MR||ZZTEST^INTERFACE^A||20000101|U|||123 TEST ST^^ANYTOWN^WI^00000||555-555-5555
PV1|1|I|TEST^0000^A|||||0000000000^TESTDOC^DOCTOR^^^MD
DG1|1||Z00.00^Test diagnosis - not real^I10

Expected: chart created in UAT under the TEST facility, no alerts to intake.

Milo
""")

mail('clean', 'training', '',
     'Renata Oyelaran <royelaran@harborlinehm.com>', 'Intake Team <intake-team@harborlinehm.com>',
     'how to fill out the O2 CMN (sample)', dt(2024, 3, 11, 12, 0),
     """For the new folks - here's a filled-in SAMPLE CMN 484 so you can see what a complete one looks
like. The patient is made up ("Jane Sample"), don't go looking for her in CareTrack.

  Section A  Patient: SAMPLE, JANE   HICN/MBI: 1AA1-AA1-AA11 (fake)   DOB: 01/01/1945
             Supplier: Harborline Home Medical & Nursing   HCPCS: E1390
  Section B  Q1a  ABG/sat result: 87%   Q1b: 00/00   Q1c test date: MM/DD/YYYY
             Q2   condition of test: 1 (at rest, room air)
             Q3   "Y" if portable ordered
             Q5   LPM: 2   Q6 ...
  Section C  narrative - supplier fills in
  Section D  physician signature + date (must be the treating physician, not a PA unless...)

Most common mistakes we see: test date older than 30 days before the initial date, missing
"at rest/exercise/sleep" code, and the physician dating the form before the test.

Renata
""", atts=[('CMN484_SAMPLE_filled.txt',
            "*** SAMPLE - FICTITIOUS DATA - FOR TRAINING ONLY ***\n"
            "Patient: SAMPLE, JANE\nMBI: 1AA1-AA1-AA11\nDOB: 01/01/1945\n"
            "HCPCS: E1390  Initial date: 01/01/2024\nO2 sat: 87% RA at rest, test date 12/20/2023\n"
            "LPM: 2  Est. length of need: 99 (lifetime)\nPhysician: DR. EXAMPLE, NPI 0000000000\n",
            'text/plain')])

mail('clean', 'training', '',
     'Sandeep Varghese <svarghese@clearpathedi.com>', 'Bev Lindgren <blindgren@harborlinehm.com>',
     'Re: 837P training file', dt(2024, 3, 12, 9, 20),
     """Hi Bev,

Here's the annotated sample 837P for your new biller's training. It's all dummy data (DOE/JOHN,
test NPI, ISA15 = T so it can never be adjudicated). The comments after // aren't part of the
format, strip them if you load it into the validator.

ISA*00*          *00*          *ZZ*HHMTEST        *ZZ*CLEARPATH      *240312*0900*^*00501*000000001*0*T*:~  // T = test
NM1*85*2*SAMPLE DME SUPPLIER*****XX*1234567893~       // billing provider
SBR*P*18*******MC~                                     // primary, self, Medicaid
NM1*IL*1*DOE*JOHN****MI*000000000~                     // subscriber = dummy
DMG*D8*19000101*M~
CLM*TEST0001*100.00***12:B:1*Y*A*Y*Y~                   // POS 12 = home
HI*ABK:Z0000~
SV1*HC:E0465:RR*100.00*UN*1***1~                      // RR = rental

Ping me if the validator complains.

Sandeep Varghese
EDI Analyst, ClearPath EDI Services

> On Mar 11, 2024, at 3:30 PM, Bev Lindgren wrote:
> Do you have a clean example 837 I can use to train our new biller? Nothing real please.
""")

mail('clean', 'training', '',
     'Compliance <compliance@harborlinehm.com>', 'All Staff <allstaff@harborlinehm.com>',
     'Annual HIPAA training due 3/31 - what counts as PHI?', dt(2024, 3, 13, 8, 30),
     """Reminder: the annual HIPAA & Privacy module is due by March 31. It takes about 30 minutes.

Quick refresher from the module (all examples below are fictional):

  PHI:      "Mary Example, DOB 01/01/1950, is on 2L of oxygen"  -> name + health info
  PHI:      "the 4yo vent patient on Example Street"           -> can identify the child
  NOT PHI:  "we have 60 pediatric families on service"          -> aggregate
  NOT PHI:  "a woman in her 70s with COPD asked about travel"   -> no identifiers

Never email PHI outside Harborline unless you use [SECURE] in the subject line, which encrypts
the message. Never text photos of delivery tickets to your personal phone.

Questions? Compliance hotline 608-555-0199 (anonymous) or compliance@harborlinehm.com.

Harborline Compliance Office
""")

# ---------------------------------------------------------------------
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for r in ROWS:
        w.writerow(r)

if __name__ == '__main__':
    tally = {}
    for r in ROWS:
        tally[(r[1], r[2])] = tally.get((r[1], r[2]), 0) + 1
    for k in sorted(tally):
        print('%s-%s: %d' % (k[0], k[1], tally[k]))
    print('total:', len(ROWS))
