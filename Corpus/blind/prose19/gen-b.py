#!/usr/bin/env python3
"""Blind evaluation set: suppliers around care (specialty pharmacy/PBM, DME & home oxygen,
NEMT broker, dental group). Every message below was written by hand. Standard library only."""
import os, io, csv, random, zipfile, email, sys
from email import charset as C
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.header import Header
from email.utils import formataddr
from email import encoders
from email.generator import BytesGenerator

random.seed(1920)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
MSGS = []

def _cs(cs, cte):
    c = C.Charset(cs)
    c.body_encoding = {'qp': C.QP, 'b64': C.BASE64, '7bit': None}[cte]
    c.header_encoding = C.QP if cs != 'utf-8' else C.BASE64
    return c

def txt(s, cs='utf-8', cte='qp', sub='plain'):
    if cte == '7bit':
        s.encode('ascii')
        return MIMEText(s, sub, 'us-ascii')
    return MIMEText(s, sub, _cs(cs, cte))

def html(s, cs='utf-8', cte='qp'):
    return txt(s, cs, cte, 'html')

def alt(plain, htm, cs='utf-8', cte='qp'):
    m = MIMEMultipart('alternative')
    m.attach(txt(plain, cs, cte)); m.attach(html(htm, cs, cte))
    return m

def mixed(*parts):
    m = MIMEMultipart('mixed')
    for p in parts:
        m.attach(p)
    return m

def related(htm, *parts):
    m = MIMEMultipart('related'); m.attach(htm)
    for p in parts: m.attach(p)
    return m

def att(name, data, ctype='text/plain', cs='utf-8', cte='b64'):
    maj, mi = ctype.split('/')
    if maj == 'text':
        p = MIMEText(data, mi, _cs(cs, cte))
    else:
        p = MIMEBase(maj, mi)
        p.set_payload(data.encode(cs) if isinstance(data, str) else data)
        encoders.encode_base64(p)
    p.add_header('Content-Disposition', 'attachment', filename=name)
    if maj != 'text':
        p.set_param('name', name)
    return p

def zipatt(zipname, files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for fn, content in files:
            zi = zipfile.ZipInfo(fn, date_time=(2026, 11, 20, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, content.encode('utf-8') if isinstance(content, str) else content)
    return att(zipname, buf.getvalue(), 'application/zip')

def _addr(a):
    if isinstance(a, tuple):
        return formataddr(a, 'utf-8')
    return a

def _hdr(s):
    try:
        s.encode('ascii'); return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8')

def mid(frm):
    dom = _addr(frm).split('@')[-1].strip('>').strip()
    return '<%08X.%04X%s@%s>' % (random.getrandbits(32), random.getrandbits(16),
                                 ''.join(random.choice('abcdefghjkmnpqrstuvwxyz23456789') for _ in range(8)), dom)

def mk(frm, to, subj, date, body, cc=None, extra=None):
    m = body
    m['From'] = _addr(frm)
    m['To'] = ', '.join(_addr(x) for x in to) if isinstance(to, list) else _addr(to)
    if cc:
        m['Cc'] = ', '.join(_addr(x) for x in cc) if isinstance(cc, list) else _addr(cc)
    m['Subject'] = _hdr(subj)
    m['Date'] = date
    m['Message-ID'] = mid(frm)
    for k, v in (extra or {}).items():
        m[k] = _hdr(v)
    return m

def fwd(inner):
    p = MIMEMessage(inner)
    p.add_header('Content-Disposition', 'attachment', filename='forwarded.eml')
    return p

def add(label, kind, surname, m):
    MSGS.append((label, kind, surname, m))

import datetime as _dt
def D(s, tz='-0500'):
    t = _dt.datetime.strptime(s, '%Y-%m-%d %H:%M')
    return t.strftime('%a, %d %b %Y %H:%M:') + '%02d ' % random.randint(0, 59) + tz

SIG_MSR = """--
Dana Whitfield-Roe, CPhT
Patient Care Coordinator | Meridian Specialty Pharmacy
1180 Commerce Park Dr, Suite 200, Columbus OH 43219
p 614-338-2710  f 614-338-2799"""

DISCLAIMER = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the "
              "intended recipient(s) and may contain confidential and privileged information. Any "
              "unauthorized review, use, disclosure or distribution is prohibited. If you are not the "
              "intended recipient, please contact the sender by reply e-mail and destroy all copies.")

# ============================ PHI-CARE ============================
add('phi', 'phi-care', 'Okafor', mk(
    ('Dana Whitfield-Roe', 'dwhitfieldroe@meridianspecialtyrx.com'),
    ('Kelsey Brandauer RN', 'kbrandauer@ohiovalleyrheum.org'),
    'Okafor refill - shipped today',
    D('2026-11-17 15:42'),
    txt("""Hi Kelsey,

Just closing the loop on Marguerite Okafor. Her adalimumab 40 mg/0.4 mL (2 pens) went out this
afternoon with UPS Next Day Air, tracking 1Z8V42W10394471128, cold pack, should land at her
house on Tremont Ave before 10:30 tomorrow. She asked us to leave it with the neighbor at #14 if
nobody answers, which I put in the delivery notes.

Copay was $0 after the manufacturer card so nothing for your office to chase. Next refill due
around 12/12, I'll reach out to her the week before.

Thanks!
""" + SIG_MSR)))

add('phi', 'phi-care', 'Haskins', mk(
    ('Ray Tolliver', 'rtolliver@bluewaterhme.com'),
    'dispatch@bluewaterhme.com',
    'haskins done',
    D('2026-11-18 11:07'),
    txt("""swapped the concentrator at delbert haskins, old one alarming low flow. new serial
BW-5L-22871. left 4 E tanks, took 3 empties. set at 2 lpm like the order says. wife signed.
heading to Grove City next

Sent from my iPhone""", cte='7bit')))

add('phi', 'phi-care', 'Pruitt', mk(
    ('CareRoute Scheduling', 'scheduling@careroute-nemt.com'),
    ('Lakeshore Dialysis - Front Desk', 'frontdesk.eastside@lakeshoredialysis.com'),
    'Standing order confirmed: Rosalind Pruitt (M/W/F)',
    D('2026-11-16 09:20'),
    alt("""Standing Order Confirmation

Rider: Rosalind Pruitt
Pickup: 2291 Lindell Blvd Apt 3C, 6:15 AM
Destination: Lakeshore Dialysis - Eastside, chair time 7:00 AM
Return: will-call, approx. 11:15 AM
Days: Monday / Wednesday / Friday, starting 11/23/2026
Vehicle: ambulatory sedan, rider uses a cane, needs door-to-door assist
Transportation provider: Gateway Comfort Rides (fleet #GCR-31)

Please call 800-414-6620 option 2 at least 2 hours ahead if her chair time changes.

CareRoute Scheduling Team""",
"""<html><head><style>td{font-family:Segoe UI,Arial;font-size:10pt;padding:3px 8px}
.h{background:#0b5c7a;color:#fff;font-weight:bold}</style></head><body>
<p style="font-family:Segoe UI,Arial;font-size:11pt">Standing Order Confirmation</p>
<table border="1" cellspacing="0" style="border-collapse:collapse">
<tr><td class="h">Rider</td><td>Rosalind Pruitt</td></tr>
<tr><td class="h">Pickup</td><td>2291 Lindell Blvd Apt 3C, 6:15 AM</td></tr>
<tr><td class="h">Destination</td><td>Lakeshore Dialysis - Eastside, chair time 7:00 AM</td></tr>
<tr><td class="h">Return</td><td>will-call, approx. 11:15 AM</td></tr>
<tr><td class="h">Days</td><td>Monday / Wednesday / Friday, starting 11/23/2026</td></tr>
<tr><td class="h">Vehicle</td><td>ambulatory sedan, rider uses a cane, needs door-to-door assist</td></tr>
<tr><td class="h">Provider</td><td>Gateway Comfort Rides (fleet #GCR-31)</td></tr>
</table>
<p style="font-family:Segoe UI,Arial;font-size:10pt">Please call 800-414-6620 option 2 at least 2 hours ahead if her chair time changes.</p>
<p style="font-family:Segoe UI,Arial;font-size:10pt;color:#666">CareRoute Scheduling Team</p>
</body></html>""")))

add('phi', 'phi-care', 'Lindqvist', mk(
    ('Dr. Priya Raman', 'praman@harborviewdental.com'),
    ('Jolene Marsh', 'jmarsh@harborviewdental.com'),
    'RE: Lindqvist post-op',
    D('2026-11-19 17:55'),
    txt("""Yes, go ahead and book him with me for the 2 week check, 15 min is fine. If he's still
on the soft diet tell him he can advance.

Priya

-----Original Message-----
From: Jolene Marsh
Sent: Thursday, November 19, 2026 3:12 PM
To: Dr. Priya Raman
Subject: Lindqvist post-op

Tobias Lindqvist called, he's day 6 after #1, #16, #17 and #32. Says the lower left is still
sore when he chews and he finished the amoxicillin yesterday. Sutures were the dissolving kind
right? He wants to know if he needs to come in or if he can wait for the 12/3 appt. His cell is
614-902-7718.

Jo
""")))

add('phi', 'phi-care', 'Ames', mk(
    ('Bluewater Respiratory Therapy', 'rt@bluewaterhme.com'),
    ('Central Ohio Sleep Associates', 'records@centralohiosleep.com'),
    'Compliance download - Gerald Ames - 30 day',
    D('2026-11-20 10:03'),
    alt("""Dr. Feld,

Attached below is the 30-day compliance download for your patient Gerald Ames (DOB 06/30/1958).

Device: AirPura S11 AutoSet, SN 23194088221
Usage period: 10/21/2026 - 11/19/2026
Days used >= 4 hrs: 24 of 30 (80%)
Average usage (days used): 5 h 41 m
Pressure: 6-14 cmH2O, median 9.2, 95th pct 11.8
Residual AHI: 3.1
Median leak: 8.4 L/min

Mr. Ames meets the 90-day compliance threshold trend. Mask refit done 11/4 (medium nasal pillows).
Please sign and return the attached face-to-face attestation if you are renewing resupply.

Marisol Quintero, RRT
Bluewater Home Medical""",
"""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dr. Feld,</p>
<p>Attached below is the 30-day compliance download for your patient <b>Gerald Ames</b> (DOB 06/30/1958).</p>
<table style="border:1px solid #999;border-collapse:collapse;font-size:10pt">
<tr><td style="padding:2px 10px">Device</td><td>AirPura S11 AutoSet, SN 23194088221</td></tr>
<tr><td style="padding:2px 10px">Usage period</td><td>10/21/2026 - 11/19/2026</td></tr>
<tr><td style="padding:2px 10px">Days used &gt;= 4 hrs</td><td>24 of 30 (80%)</td></tr>
<tr><td style="padding:2px 10px">Average usage</td><td>5 h 41 m</td></tr>
<tr><td style="padding:2px 10px">Pressure</td><td>6-14 cmH2O, median 9.2, 95th pct 11.8</td></tr>
<tr><td style="padding:2px 10px">Residual AHI</td><td>3.1</td></tr>
<tr><td style="padding:2px 10px">Median leak</td><td>8.4 L/min</td></tr>
</table>
<p>Mr. Ames meets the 90-day compliance threshold trend. Mask refit done 11/4 (medium nasal pillows).
Please sign and return the attached face-to-face attestation if you are renewing resupply.</p>
<p>Marisol Quintero, RRT<br>Bluewater Home Medical<br><span style="color:#888;font-size:8pt">""" + DISCLAIMER + """</span></p>
</body></html>""")))

_inner = mk(('ClearPath Rx Prior Authorization', 'pa-noreply@clearpathrx.com'),
    'rx@meridianspecialtyrx.com',
    'PA Determination: APPROVED - FENWICK, JUDITH',
    D('2026-11-12 13:01', '-0600'),
    txt("""ClearPath Rx Benefits - Prior Authorization Determination

Member: FENWICK, JUDITH
Member ID: CPX440918377
Drug: ETANERCEPT 50 MG/ML SURECLICK
Determination: APPROVED
Effective: 11/12/2026 through 11/11/2027
Quantity limit: 4 syringes per 28 days
Prescriber: HOLLOWAY, MARCUS MD  NPI 1184629930

This determination was sent to the prescriber and dispensing pharmacy on file.""", cte='7bit'))
add('phi', 'phi-care', 'Fenwick', mk(
    ('Tom Brezinski', 'tbrezinski@meridianspecialtyrx.com'),
    ('Intake Team', 'intake@meridianspecialtyrx.com'),
    'FW: PA Determination: APPROVED - FENWICK, JUDITH',
    D('2026-11-12 14:20'),
    mixed(txt("""Finally. Can someone run the claim and get her first fill scheduled? She wanted
delivery on a Saturday if possible, she works weekdays.

Tom"""), fwd(_inner))))

add('phi', 'phi-care', 'Whitfield', mk(
    ('Anita Cruz ATP', 'acruz@bluewaterhme.com'),
    ('Rehab Seating Team', 'seating@bluewaterhme.com'),
    'Jamal Whitfield seating eval notes',
    D('2026-11-13 16:30'),
    mixed(txt("""Team - notes from today's fitting attached. Jamal and his mom were great. The PT
(Reyna at Nationwide Children's outpatient) wants the tilt at 30 deg, I think we can get there
with the current base. Need quote from Permobil rep by Tuesday so we can send to Medicaid.

Anita"""),
    att('Whitfield_J_seating_2026-11-13.txt', """SEATING & MOBILITY EVALUATION - FIELD NOTES
Client: Jamal Whitfield   DOB: 04/02/2012   Medicaid ID: 301447782219
Evaluation date: 11/13/2026   Location: home, 88 Ridgeview Ct, Reynoldsburg
Present: client, mother (Tasha Whitfield), A. Cruz ATP, R. Olguin PT

Measurements (seated):
  Hip width 13.5 in   Seat depth L 15.0 / R 14.5 in
  Back height to shoulder 19 in   Knee to heel 14 in
Current chair: 2019 pediatric power chair, outgrown, seat depth 12 in
Recommended: power tilt 0-45, elevating leg rests, lateral trunk supports,
  contoured back, pressure-relieving cushion 16x16
Transfers: max assist x1, mother performs
Next step: quote, prescription update from Dr. Asante, submit PA
""", 'text/plain', cte='qp'))))

add('phi', 'phi-care', 'Brisco', mk(
    ('Lamar Gaines', 'lgaines@meridianspecialtyrx.com'),
    ('Cold Chain QA', 'coldchain-qa@meridianspecialtyrx.com'),
    'Temp excursion - Brisco shipment 11/18',
    D('2026-11-19 08:47'),
    txt("""Morning,

Annette Brisco called at 8:15 - her dupilumab 300 mg pens arrived yesterday at 6pm (late, UPS
exception at Louisville hub) and the TempTale showed red on the 2-8°C indicator. She didn't use
them. I told her to keep them in the fridge in the bag and not inject.

Pulled the logger data: 14°C max, ~9 hours above 8°C. That's out of range per the label so
I'm treating the shipment as a loss. Replacement is going out today priority overnight with
a fresh Cryopak. RMA label emailed to her for the return.

Can QA open the deviation? Ref shipment MSP-2611-08821.

Lamar Gaines
Shipping Lead""", cs='windows-1252')))

# ============================ PHI-NAMES ============================
add('phi', 'phi-names', 'Kowalczyk', mk(
    ('Brenda Stacy', 'bstacy@bluewaterhme.com'),
    ['Ray Tolliver <rtolliver@bluewaterhme.com>', 'Heath Ormsby <hormsby@bluewaterhme.com>'],
    'Re: Kowalczyk - oxygen AGAIN',
    D('2026-11-20 14:02'),
    txt("""Ray, Heath -

Stan Kowalczyk's daughter called for the third time this week. She says the last delivery was
only two E cylinders and her dad goes through one a day when he's at the VA for his appointments.
Heath, can you put him on the Tuesday AND Friday run until we get the new order from his doctor?
Ray said the driveway is iced so park on the street.

She also wants somebody to look at the conserver, it's clicking. Please don't make me call her
back with nothing again.

Brenda

> On Nov 18, 2026, at 9:41 AM, Heath Ormsby <hormsby@bluewaterhme.com> wrote:
>
> Kowalczyk is on the Friday route, 4 tanks. Driver notes say nobody home last Friday.
""")))

add('phi', 'phi-names', 'Pettigrew', mk(
    ('Ines Calloway', 'icalloway@careroute-nemt.com'),
    ('Dispatch Floor', 'dispatch@careroute-nemt.com'),
    'handoff notes 2nd shift',
    D('2026-11-17 22:48', '-0600'),
    txt("""2nd shift handoff - Ines

- Van 7 (Dwayne) back in service after the lift fix, he's on the early block tomorrow
- Pettigrew, Lorna: moved to wheelchair van starting tomorrow, her oncology office called, she
  can't do the sedan step anymore. 8:30 pickup for her infusion at Barnes West, return will-call.
  Please make sure whoever gets her has the ramp not the lift, lift van gets stuck in her alley.
- Marcus covering phones 6-8am, Tiff is out
- Two complaints from Gateway about late payment, forwarded to Renata

I.""")))

add('phi', 'phi-names', 'Oyelaran', mk(
    ('Kenji Mwangi', 'kmwangi@careroute-nemt.com'),
    ('Quality', 'quality@careroute-nemt.com'),
    'No-show dispute - Ms. Bea',
    D('2026-11-19 10:11', '-0600'),
    txt("""Quality team,

Filing this one before it turns into a grievance. Miss Bea (Beatrice Oyelaran, the lady on
Cote Brilliante everybody on dispatch knows) got marked no-show Tuesday for her radiation
appointment. Her son Femi says she was on the porch at 7:40 and the driver never came down the
block. GPS on the Metro Star car shows it stopped at the wrong end of the street for 90 seconds
and left.

She missed the treatment and the cancer center had to rebook her for Saturday. I've booked
Saturday's ride myself with a note to call Femi at 314-867-2290 on arrival. Please remove the
no-show from her record, she's at 2 and a third one suspends her rides.

Kenji""")))

add('phi', 'phi-names', 'Castellano', mk(
    ('Shauna Pike', 'spike@harborviewdental.com'),
    ('Dr. Elliot Whitcombe', 'ewhitcombe@harborviewdental.com'),
    "Mr. Castellano's crown",
    D('2026-11-16 12:30'),
    alt("""Dr. W,

Mr. Castellano's crown on #8 came back from Keller Lab and the shade is way off, it's more like
A3 than the B1 we sent. He's coming in Thursday at 2 for the seat. Do you want me to cancel and
send it back or do you want to try it in first? He already took the afternoon off work and he was
not happy last time we rescheduled.

Shauna""",
"""<div style="font-family:Arial;font-size:10pt">Dr. W,<br><br>
Mr. Castellano's crown on #8 came back from Keller Lab and the shade is way off, it's more like A3 than the B1 we sent. He's coming in Thursday at 2 for the seat. Do you want me to cancel and send it back or do you want to try it in first? He already took the afternoon off work and he was not happy last time we rescheduled.<br><br>
Shauna<br>
<span style="color:#1f6f8b;font-weight:bold">Shauna Pike</span> | Front Office Lead<br>
Harborview Dental Partners - Clintonville<br>
<img src="cid:hvlogo" alt="Harborview Dental"></div>""")))

add('phi', 'phi-names', 'Brandt', mk(
    ('Dr. Elliot Whitcombe', 'ewhitcombe@harborviewdental.com'),
    ('Shauna Pike', 'spike@harborviewdental.com'),
    'call Eli Brandt mom',
    D('2026-11-18 07:02'),
    txt("""can you call Elijah Brandt's mom today re: the sedation consult - Dr. Okonjo (anesthesia) can
do 12/9 in the AM at the Westerville office. she needs to not feed him after midnight, send her
the pre-op sheet. tell her the 4 extractions and the space maintainer will all be done that day
so just one visit.

EW""")))

add('phi', 'phi-names', 'Mackey', mk(
    ('Roz Delacroix', 'rdelacroix@bluewaterhme.com'),
    ('Billing AR', 'ar@bluewaterhme.com'),
    'Doreen Mackey denial',
    D('2026-11-20 16:15'),
    mixed(txt("""See attached EOB. They're saying no qualifying test within 30 days of the initial
order. The overnight oximetry was done 10/2 and the order was dated 11/6 so they're technically
right. I'll ask the pulmonologist to redo it. Appeal by 4/30 if we go that route.

Roz"""),
    att('EOB_scan_20261120.txt', """PINNACLE HEALTH PLAN - EXPLANATION OF BENEFITS
Claim 26310-88410-02  DOS 11/06/2026
E1390 Oxygen concentrator rental    Billed 238.00  Allowed 0.00
  Remark N102: Qualifying blood gas study not within required timeframe.
E0431 Portable gaseous O2 system    Billed  41.50  Allowed 0.00
  Remark N102
Patient responsibility: 0.00
""", 'text/plain', cte='7bit' if False else 'b64'))))

add('phi', 'phi-names', 'Adeyemi', mk(
    ('Carmen Ybarra', 'cybarra@meridianspecialtyrx.com'),
    ('Tom Brezinski', 'tbrezinski@meridianspecialtyrx.com'),
    'Mrs Adeyemi called',
    D('2026-11-19 11:40'),
    txt("""Tom - Mrs. Adeyemi called again about her husband's shipment. Olu is out of his Xolair and the
allergist's office is closed till Monday. I told her we'd try to get it out Saturday delivery. Can
you approve the override? Last fill was 10/22. She was upset, she said nobody called her back on
Tuesday.

C""")))

add('phi', 'phi-names', 'Sandoval', mk(
    ('Gina Ferraro', 'gferraro@harborviewdental.com'),
    ('Hygiene Team - Westerville', 'hygiene-wv@harborviewdental.com'),
    'RE: tomorrow',
    D('2026-11-22 18:20'),
    txt("""Sounds good, I'll take the 8 and 9. Moving the 3pm SRP to Kim.

Gina

________________________________
From: Alana Ruiz <aruiz@harborviewdental.com>
Sent: Sunday, November 22, 2026 5:58 PM
To: Hygiene Team - Westerville <hygiene-wv@harborviewdental.com>
Subject: tomorrow

Hi all, I'm out sick tomorrow. My 8am is Ruthie Sandoval (perio maint, she needs the
premed 1 hr before, amox 2g - please double check she took it, she forgot last time) and the 9
is a new-patient FMX. Everyone else can be rescheduled, Diane has the list.

Alana
""")))

# ============================ PHI-SELF ============================
add('phi', 'phi-self', 'Jessup', mk(
    ('Harold Jessup', 'hjessup51@att.net'),
    'help@meridianspecialtyrx.com',
    'where is my refill',
    D('2026-11-16 19:33'),
    txt("""To whom it may concern,

My name is Harold Jessup, date of birth 2/11/1951. I have been getting my Xtandi from your pharmacy
since June. I was told on the phone on November 9 that my refill would ship on the 12th. It is now
the 16th and I have 2 days of pills left. I called twice and was on hold 40 minutes each time.

My oncologist Dr. Bhattacharya said I should not miss doses. Please have someone call me at
740-363-8814. I am home all day.

Harold Jessup
412 Westwood Dr
Delaware OH 43015""", cte='7bit')))

add('phi', 'phi-self', 'Weatherby', mk(
    ('Keisha Weatherby', 'keisha.weatherby@gmail.com'),
    ('CareRoute Member Services', 'members@careroute-nemt.com'),
    'My mother MISSED CHEMO because of your driver',
    D('2026-11-18 13:05', '-0600'),
    alt("""I am writing to file a formal complaint. My mother, Gloria Weatherby (Medicaid ID 10884207),
had a ride booked with you for 9:00 this morning to Siteman Cancer Center in Creve Coeur for her
chemotherapy. Nobody came. I called your line at 9:20, 9:45 and 10:10 and was told each time the
driver was "10 minutes away." At 10:30 I left work and drove her myself, and by then the infusion
chair was given away. They can't get her back in until next Thursday.

This is the second time this month. She is 74 and she can't wait outside in the cold. I want to
know what you are going to do about it and I want a supervisor to call me at 314-402-7719.

Keisha Weatherby""",
"""<div dir="ltr">I am writing to file a formal complaint. My mother, Gloria Weatherby (Medicaid ID 10884207), had a ride booked with you for 9:00 this morning to Siteman Cancer Center in Creve Coeur for her chemotherapy. Nobody came. I called your line at 9:20, 9:45 and 10:10 and was told each time the driver was &quot;10 minutes away.&quot; At 10:30 I left work and drove her myself, and by then the infusion chair was given away. They can&#39;t get her back in until next Thursday.<div><br></div><div>This is the second time this month. She is 74 and she can&#39;t wait outside in the cold. I want to know what you are going to do about it and I want a supervisor to call me at 314-402-7719.</div><div><br></div><div>Keisha Weatherby</div></div>""")))

add('phi', 'phi-self', 'Denning', mk(
    ('Carla Denning', 'cdenning.home@yahoo.com'),
    'rt@bluewaterhme.com',
    'cpap mask',
    D('2026-11-21 07:14'),
    txt("""hi its Carla Denning. the mask you gave me at the last fitting leaks out the top into my eyes
every night and the machine app says my leak is red. I've only been using it like 3 hours a night
because of it. I don't want my insurance to take it back. can I come swap it for a different size?
I'm off on Tuesdays. my phone is 614 555 0187

Sent from Yahoo Mail for iPhone""")))

add('phi', 'phi-self', 'Marchetti', mk(
    ('Paul Marchetti', 'paul@marchettiplumbing.net'),
    ('Harborview Billing', 'billing@harborviewdental.com'),
    'Statement 11/2026 - this should be covered',
    D('2026-11-23 20:41'),
    txt("""Hello,

I got a statement for $186.00 for my cleaning and x-rays on October 14 (account 0077341). My plan
is Delta through my wife's employer and covers 2 cleanings a year at 100%. This was my first one
this year because I cancelled in April. I think you billed it under my old Guardian plan which
ended in January. Can you please re-submit it to Delta? Subscriber is Angela Marchetti, ID on my
card is 9021187730.

I don't want this going to collections, I'm not paying for something that's covered.

Thanks,
Paul Marchetti""", cte='7bit')))

add('phi', 'phi-self', 'Tran', mk(
    ('Linh Tran', 'linhtran.ohio@outlook.com'),
    ('Aldren Cares Patient Assistance', 'assist@aldrencares.com'),
    'Re: Application incomplete - case AC-2026-118430',
    D('2026-11-17 21:10'),
    mixed(txt("""Hello,

Sorry I did not see your letter earlier. Attached is my 2025 tax return first page and my pay
stubs from October. I work part time so my income changed. I am still taking the Tavneos twice a
day and my insurance copay is $1,430 a month which I cannot pay. My doctor is Dr. Kessler at OSU
nephrology, she already signed the form.

Please let me know if you need anything else.

Linh Tran
DOB 09/03/1979

> From: Aldren Cares Patient Assistance <assist@aldrencares.com>
> Sent: Wednesday, November 4, 2026 10:02 AM
> Subject: Application incomplete - case AC-2026-118430
>
> Dear Linh Tran, we received your application for the Aldren Cares Program but are missing
> proof of household income. Please send within 30 days to avoid a gap in therapy.
"""),
    att('paystubs_oct.txt', "[scanned image - OCR text]\nEMPLOYEE: LINH T TRAN\nPAY PERIOD 10/01/2026-10/15/2026  GROSS 1,104.00\nPAY PERIOD 10/16/2026-10/31/2026  GROSS 988.50\n", cte='b64'))))

add('phi', 'phi-self', 'Halvorsen', mk(
    ('Judy Halvorsen', 'judyhalvorsen@msn.com'),
    'oxygen@bluewaterhme.com',
    'Travel oxygen for Dale - Thanksgiving',
    D('2026-11-15 16:22'),
    alt("""Hi there,

My husband Dale Halvorsen is on your oxygen service (3 liters continuous, more when he walks). We are
driving to our daughter's in Green Bay for Thanksgiving, leaving the 24th and back the 30th. Can you
set up a delivery there or give us extra tanks? The portable concentrator only lasts about 3 hours in
the car.

Her address is 1811 Lost Dauphin Rd, De Pere WI 54115.

Thank you so much, you all have been wonderful with him.
Judy""",
"""<html><body><div style="font-family:Calibri;font-size:12pt;color:#1F3864">
<p>Hi there,</p>
<p>My husband Dale Halvorsen is on your oxygen service (3 liters continuous, more when he walks). We are driving to our daughter's in Green Bay for Thanksgiving, leaving the 24th and back the 30th. Can you set up a delivery there or give us extra tanks? The portable concentrator only lasts about 3 hours in the car.</p>
<p>Her address is 1811 Lost Dauphin Rd, De Pere WI 54115.</p>
<p>Thank you so much, you all have been wonderful with him.<br>Judy</p>
</div></body></html>""")))

add('phi', 'phi-self', 'Osei', mk(
    ('Kwabena Osei', 'k.osei.kumasi@gmail.com'),
    'repairs@bluewaterhme.com',
    'wheelchair repair please',
    D('2026-11-24 09:02'),
    txt("""Good morning Sir/Madam,

I am Kwabena Osei, I am having the power wheelchair from your company since 2023. Since last week
the left wheel is making big noise and the joystick is stopping when I go up the ramp of my
building. I am using the chair every day to go to the physio therapy at Mount Carmel and to my
work. Please I need somebody to come and fix it quickly. My member number for CareSource is
CS-771209348.

Address 2650 Brice Rd Apt 112, Reynoldsburg. Phone 614-271-0938.

Thank you and God bless.
Kwabena""")))

# ============================ PHI-LISTS ============================
add('phi', 'phi-lists', 'Greer', mk(
    ('Marcus Oduya', 'moduya@careroute-nemt.com'),
    ['Renata Villalobos <rvillalobos@careroute-nemt.com>', 'quality@careroute-nemt.com'],
    'No-show report 11/19 (provider-caused vs rider)',
    D('2026-11-19 18:30', '-0600'),
    txt("""Renata - today's no-shows. 3 of the 7 look like our fault (provider late/wrong address),
flagged with *. Please don't count those against the riders.

TRIP#    RIDER                 APPT                         PROVIDER         NOTE
7713094  Greer, Lawanda        dialysis return 11:30        Metro Star       rider left w/ family
7713110  Hutchins, Calvin      chemo infusion 8:00          Gateway          * driver at wrong bldg
7713152  Mbeki, Sarah          PT eval 10:15                Metro Star       rider cancelled at door
7713199  Durand, Earl          dialysis 12:00               Gateway          * 48 min late, rider gave up
7713205  Wojcik, Teresa        wound care 1:30              River City       no answer, no callback
7713241  Alvarez, Hector       cardiology f/u 2:00          Metro Star       * vehicle breakdown
7713266  Tillman, Joyce        methadone clinic 6:00am      River City       rider not home

Marcus""")))

add('phi', 'phi-lists', 'Bautista', mk(
    ('Dana Whitfield-Roe', 'dwhitfieldroe@meridianspecialtyrx.com'),
    ('Refill Team', 'refills@meridianspecialtyrx.com'),
    'refill calls for Monday - please split',
    D('2026-11-20 16:58'),
    txt("""Pasted from the workqueue. Ayesha take 1-6, Brent 7-12. Notes column is from last call.

#\tPatient\tDOB\tDrug\tDue\tNotes
1\tBautista, Renaldo\t03/22/1967\tHumira 40mg pen\t11/24\tprefers text
2\tCho, Esther\t11/09/1990\tStelara 90mg\t11/25\tneeds new Rx, MD faxed 11/18
3\tDelgado, Frank\t07/14/1955\tEnbrel 50mg\t11/24\t
4\tFitzpatrick, Nora\t01/30/1983\tCosentyx 150mg\t11/26\tout of town till 11/25
5\tGbadamosi, Tunde\t05/05/1972\tTaltz 80mg\t11/24\tcopay card expired
6\tHarlan, Beth\t12/12/1961\tOrencia 125mg\t11/27\t
7\tIrwin, Doug\t08/19/1949\tProlia 60mg\t11/30\tship to MD office
8\tJablonski, Wanda\t02/02/1958\tForteo 20mcg\t11/25\t
9\tKhoury, Rami\t10/10/1986\tDupixent 300mg\t11/24\tcold pack issue last time!!
10\tLund, Patricia\t06/06/1944\tXolair 150mg\t11/28\tcaregiver: son Erik
11\tMoreau, Jacques\t04/18/1975\tRinvoq 15mg\t11/26\t
12\tNakamura, Aiko\t09/27/1992\tSkyrizi 150mg\t11/30\tnew insurance 12/1

""" + SIG_MSR)))

add('phi', 'phi-lists', 'Yoder', mk(
    ('Diane Kessler', 'dkessler@harborviewdental.com'),
    ('Front Desk - Clintonville', 'frontdesk-cv@harborviewdental.com'),
    'overdue recalls - the ones with balances',
    D('2026-11-23 09:15'),
    alt("""Hi ladies, these are overdue for hygiene AND have an open balance, so when you call for the recall
please mention the balance nicely. Don't leave the balance on a voicemail.

- Amos Yoder - last prophy 3/2026, bal $48.20 (ins paid less than est.)
- Frances Leclair - perio maint overdue since August, bal $212.00
- Devon & Kayla Pruett (siblings, mom is Rachel) - child prophy + fluoride, bal $30 copay x2
- Mr. Harvey Stiles - last seen 1/2026 for #19 RCT, never came back for crown, bal $95
- Imani Coleman - 6 mo recall due 10/2026, bal $15

Thanks! Diane""",
"""<p>Hi ladies, these are overdue for hygiene AND have an open balance, so when you call for the recall please mention the balance nicely. Don't leave the balance on a voicemail.</p>
<ul>
<li>Amos Yoder - last prophy 3/2026, bal $48.20 (ins paid less than est.)</li>
<li>Frances Leclair - perio maint overdue since August, bal $212.00</li>
<li>Devon &amp; Kayla Pruett (siblings, mom is Rachel) - child prophy + fluoride, bal $30 copay x2</li>
<li>Mr. Harvey Stiles - last seen 1/2026 for #19 RCT, never came back for crown, bal $95</li>
<li>Imani Coleman - 6 mo recall due 10/2026, bal $15</li>
</ul><p>Thanks! Diane</p>""")))

add('phi', 'phi-lists', 'Burkhalter', mk(
    ('Heath Ormsby', 'hormsby@bluewaterhme.com'),
    ['Ray Tolliver <rtolliver@bluewaterhme.com>', 'Luis Paredes <lparedes@bluewaterhme.com>'],
    'Tues route - east side',
    D('2026-11-23 17:40'),
    mixed(txt("""Route for tomorrow attached. Luis you have the box truck, Ray the van. Burkhalter is a new
setup so bring the paperwork and do the teaching. Call ahead on all of them."""),
    att('route_east_1124.csv', """stop,driver,patient,address,phone,order,notes
1,Ray,Burkhalter Gene,55 Kenwick Rd Gahanna,614-478-2201,NEW SETUP concentrator 5L + 6 E tanks,2 lpm cont. teach wife
2,Ray,Sowers Edna,1420 Shady Ln Gahanna,614-471-0093,E tanks x4 exchange,dog in yard
3,Ray,Pickett Lonnie,990 Havens Corners Rd,614-855-3810,CPAP supplies,leave on porch ok
4,Luis,Abernathy Rose,7110 E Broad St Lot 41,614-759-2214,hospital bed delivery + pickup old,need 2 people
5,Luis,Zielinski Mark,312 Hines Rd,614-866-4471,liquid O2 refill 41L,
6,Luis,Quarles Vivian,4420 Refugee Rd,614-237-0918,nebulizer + swap concentrator,serial on file BW-5L-19244
""", 'text/csv', cte='qp'))))

add('phi', 'phi-lists', 'Ostrowski', mk(
    ('ClearPath Rx Provider Relations', 'providerrelations@clearpathrx.com'),
    ('Ohio Valley Rheumatology - PA Desk', 'pa@ohiovalleyrheum.org'),
    'Pending prior authorization requests - action required',
    D('2026-11-18 08:00', '-0600'),
    html("""<html><head><style>
table.pa{border-collapse:collapse;font:10pt Arial}
table.pa th{background:#2c3e50;color:#fff;padding:4px}
table.pa td{border:1px solid #ccc;padding:4px}
</style></head><body>
<p style="font:10pt Arial">The following prior authorization requests submitted by your office are pending additional information. Requests without a response within 72 hours will be closed.</p>
<table class="pa">
<tr><th>PA #</th><th>Member</th><th>Member ID</th><th>Drug</th><th>Missing</th></tr>
<tr><td>PA-26-447102</td><td>OSTROWSKI, HELEN</td><td>CPX220871044</td><td>RINVOQ 15 MG</td><td>TB test date; prior DMARD trial</td></tr>
<tr><td>PA-26-447188</td><td>VANCE, DERRICK</td><td>CPX330918260</td><td>HUMIRA 40 MG/0.4 ML</td><td>Chart notes last 6 months</td></tr>
<tr><td>PA-26-447203</td><td>ABIODUN, GRACE</td><td>CPX118220947</td><td>ORENCIA CLICKJECT</td><td>Signed attestation</td></tr>
<tr><td>PA-26-447290</td><td>PELLETIER, ROGER</td><td>CPX509112836</td><td>OTEZLA 30 MG</td><td>Diagnosis code</td></tr>
</table>
<p style="font:8pt Arial;color:#777">ClearPath Rx Benefits, LLC. Do not reply to this message. Submit information via the ClearPath provider portal or fax 1-866-402-1180.</p>
</body></html>""")))

add('phi', 'phi-lists', 'Ferreira', mk(
    ('Marisol Quintero RRT', 'mquintero@bluewaterhme.com'),
    ('Dr. Aaron Feld', 'afeld@centralohiosleep.com'),
    'your pts not meeting 90-day compliance',
    D('2026-11-24 11:25'),
    txt("""Dr. Feld - these 5 of yours are heading toward the 90 day mark and won't make 70% of nights
>= 4 hours unless something changes. We've called all of them. If you want to see any of them
before the window closes let us know and we'll push a mask refit.

  Ferreira, Antonio   setup 9/1    day 84   52% nights   mouth leak, wants full face
  Gustafson, Leigh    setup 9/8    day 77   61%          says pressure too high
  Obi, Chinedu        setup 9/10   day 75   38%          works nights, irregular
  Palmer, Rhonda      setup 9/15   day 70   66%          close - encouraged
  Rasmussen, Keith    setup 9/22   day 63   44%          claustrophobia w/ mask

Marisol""")))

add('phi', 'phi-lists', 'Lowery', mk(
    ('Lamar Gaines', 'lgaines@meridianspecialtyrx.com'),
    ('Shipping', 'shipping@meridianspecialtyrx.com'),
    'Fri cold chain pack list - SATURDAY deliveries',
    D('2026-11-20 06:55'),
    txt("""Saturday deliveries need the 72-hr Cryopak shippers, NOT the 48. Pack by 2pm.

* Lowery, Denise - Kesimpta 20mg pen x1 - Lancaster OH - sig required
* Adeyemi, Olu - Xolair 150mg PFS x2 - Hilliard - override approved (Tom)
* Rutkowski, Jan - Enbrel 50 SureClick x4 - Marion
* Salinas, Maria Elena - Dupixent 200mg x2 - Columbus 43207 - Spanish speaker, text don't call
* Pham, Quoc - Humira 40 x2 - Westerville

Lamar""")))

# ============================ PHI-STRUCT ============================
HL7_RDE = r"""MSH|^~\&|EPIC|OVRHEUM|PHARMHUB|MERIDIANSP|202611161022||RDE^O11^RDE_O11|MSG00872231|P|2.5.1
PID|1||E4401872^^^OVR^MR||KRAMER^DOUGLAS^P||19630417|M|||7788 SAWMILL PKWY^^POWELL^OH^43065||^PRN^PH^^^614^5529081
PV1|1|O|OVR-CLINIC^^^OVR||||1184629930^HOLLOWAY^MARCUS^^^^MD
ORC|NW|ORD55410213||||||||||1184629930^HOLLOWAY^MARCUS^^^^MD
RXE|^^^20261116^^R|00074433902^HUMIRA 40MG/0.4ML PEN^NDC|40||MG|INJ|Inject 40 mg subcutaneously every 14 days||||2|KIT|3
RXR|SC
IN1|1|CPX|CLEARPATH|ClearPath Rx Benefits||||||||||||KRAMER^DOUGLAS|SEL|19630417|||||||||||||||||||CPX771320948"""
add('phi', 'phi-struct', 'Kramer', mk(
    ('Interface Monitor', 'hl7-monitor@meridianspecialtyrx.com'),
    ('Pharmacy Informatics', 'informatics@meridianspecialtyrx.com'),
    '[HOLD] RDE from OVRHEUM - NDC not in formulary table',
    D('2026-11-16 10:23'),
    txt("""Message held in queue PHARMHUB_IN at 10:22:51. Reason: RXE-2 NDC 00074433902 not mapped in
FORMULARY_XREF. Resolve mapping and resubmit.

--- raw message ---
""" + HL7_RDE + "\n", cte='7bit')))

X12_837D = ("ISA*00*          *00*          *ZZ*HARBORVIEWDP   *ZZ*DELTAOH        *261118*1412*^*00501*000004471*0*P*:~"
 "GS*HC*HARBORVIEWDP*DELTAOH*20261118*1412*4471*X*005010X224A2~ST*837*0001*005010X224A2~"
 "BHT*0019*00*HDP20261118A*20261118*1412*CH~NM1*41*2*HARBORVIEW DENTAL PARTNERS*****46*311728840~"
 "PER*IC*BILLING*TE*6143370450~NM1*40*2*DELTA DENTAL OF OHIO*****46*CDOH1~HL*1**20*1~"
 "NM1*85*2*HARBORVIEW DENTAL PARTNERS*****XX*1730284419~N3*3340 N HIGH ST~N4*COLUMBUS*OH*43202~REF*EI*311728840~"
 "HL*2*1*22*0~SBR*P*18*DDO44102******FI~NM1*IL*1*OKONKWO*CHIDI****MI*9302281174~N3*61 E TULANE RD~N4*COLUMBUS*OH*43202~"
 "DMG*D8*19810725*M~NM1*PR*2*DELTA DENTAL OF OHIO*****PI*CDOH1~CLM*HDP-558102*1385***11:B:1*Y*A*Y*Y~"
 "DTP*472*D8*20261117~NM1*82*1*WHITCOMBE*ELLIOT****XX*1457719302~PRV*PE*PXC*1223G0001X~"
 "LX*1~SV3*AD:D2740*1250****1~TOO*JP*30~LX*2~SV3*AD:D2950*135****1~TOO*JP*30~SE*24*0001~GE*1*4471~IEA*1*000004471~")
add('phi', 'phi-struct', 'Okonkwo', mk(
    ('Rhonda Vail', 'rvail@harborviewdental.com'),
    ('Clearinghouse Support', 'support@dentaledi-exchange.com'),
    'Ticket 88120 - 837D rejected, batch 4471',
    D('2026-11-18 14:40'),
    mixed(txt("""Hi,

This batch got rejected at your front end with "999 IK3 loop 2300 segment CLM error" but I can't see
what's wrong with it. It's a single claim (crown + buildup on #30). Raw file attached. Can you tell
me what to fix? Our software vendor says it's on your side.

Rhonda Vail
Billing Coordinator, Harborview Dental Partners
614-337-0450 x204"""),
    att('HDP_837D_4471.x12', X12_837D, 'application/octet-stream'))))

X12_278 = """ISA*00*          *00*          *ZZ*PINNACLEHP     *ZZ*BLUEWATERHME   *261119*0903*^*00501*000028811*0*P*:~
GS*HI*PINNACLEHP*BLUEWATERHME*20261119*0903*28811*X*005010X217~
ST*278*0001*005010X217~
BHT*0007*11*BWH-PA-99017*20261119*0903~
HL*1**20*1~
NM1*X3*2*PINNACLE HEALTH PLAN*****PI*PHP01~
HL*2*1*21*1~
NM1*1P*2*BLUEWATER HOME MEDICAL*****XX*1528834610~
HL*3*2*22*1~
NM1*IL*1*DUFRESNE*MARIE*A***MI*PHP8830221907~
DMG*D8*19470212*F~
HL*4*3*EV*0~
UM*HS*I*12~
HCR*A1*PHP26-99017-O2~
DTP*472*RD8*20261119-20271118~
HI*ABK:J9611~
SV1*HC:E1390*238*UN*1~
SE*16*0001~
GE*1*28811~
IEA*1*000028811~"""
add('phi', 'phi-struct', 'Dufresne', mk(
    ('Roz Delacroix', 'rdelacroix@bluewaterhme.com'),
    ('Intake', 'intake@bluewaterhme.com'),
    'FW: 278 response - approved',
    D('2026-11-19 09:30'),
    txt("""278 came back A1 (certified in total) for the Dufresne concentrator, auth PHP26-99017-O2, good
for 12 months. OK to schedule the setup. Raw response pasted below for the file.

""" + X12_278 + "\n", cte='7bit')))

X12_835 = """ISA*00*          *00*          *ZZ*PINNACLEHP     *ZZ*BLUEWATERHME   *261120*0400*^*00501*000031002*0*P*:~
GS*HP*PINNACLEHP*BLUEWATERHME*20261120*0400*31002*X*005010X221A1~
ST*835*0001~
BPR*I*612.40*C*ACH*CCP*01*044000037*DA*1102938475*1311728840**01*041000124*DA*7730192881*20261120~
TRN*1*EFT8830019274*1311728840~
N1*PR*PINNACLE HEALTH PLAN~
N1*PE*BLUEWATER HOME MEDICAL*XX*1528834610~
LX*1~
CLP*BWH-771032*1*476.00*342.40*34.20*12*2630988410201*12*1~
NM1*QC*1*ESPINOZA*RAFAEL****MI*PHP7710229384~
DTM*232*20261001~
SVC*HC:E0601:RR*118.00*94.40**1~
SVC*HC:A7030*358.00*248.00**2~
CAS*CO*45*76.00~
CAS*PR*2*34.20~
CLP*BWH-771088*1*270.00*270.00**12*2630988410344*12*1~
NM1*QC*1*MACKEY*DOREEN****MI*PHP4401928371~
DTM*232*20261101~
SVC*HC:E1390:RR*270.00*270.00**1~
SE*18*0001~
GE*1*31002~
IEA*1*000031002~
"""
add('phi', 'phi-struct', 'Espinoza', mk(
    ('Pinnacle Health Plan EDI', 'edi-noreply@pinnaclehp.org'),
    ('Bluewater Cash Posting', 'cashposting@bluewaterhme.com'),
    'Remittance advice available - EFT8830019274',
    D('2026-11-20 04:02'),
    mixed(txt("""Your electronic remittance advice (ANSI 835) for payment EFT8830019274 in the amount of
$612.40 is attached. This is an automated message.""", cte='7bit'),
    zipatt('ERA_EFT8830019274.zip', [('ERA_EFT8830019274.835', X12_835)]))))

NEMT_CSV = """TripID,ServiceDate,MemberID,MemberName,DOB,PickupAddr,DropoffName,ApptTime,Mobility,Status,Miles
7711830,2026-11-16,MCD00293817B,"Greer, Lawanda",1958-02-11,"1402 Hodiamont Ave, St Louis MO",Lakeshore Dialysis - North,06:30,AMB,Completed,6.4
7711831,2026-11-16,MCD00293817B,"Greer, Lawanda",1958-02-11,"Lakeshore Dialysis - North",HOME,10:45,AMB,Completed,6.4
7711902,2026-11-16,MCD00417720A,"Nwosu, Ifeanyi",1966-09-30,"5519 Cabanne Ave, St Louis MO",Siteman Cancer Ctr - Creve Coeur,09:00,WC,Completed,14.1
7711907,2026-11-16,MCD00588102C,"Hollis, Marjorie",1939-12-04,"Bethany Place Apts #212, Florissant MO",SSM DePaul Wound Clinic,13:15,WC,No-Show,8.8
7711955,2026-11-16,MCD00610449A,"Reyes-Ortiz, Camila",2001-05-17,"3310 Meramec St, St Louis MO",BJC Behavioral Health Outpatient,15:00,AMB,Completed,3.9
7712004,2026-11-16,MCD00102283D,"Fontaine, Albert",1952-07-22,"88 Gravois Ct, Affton MO",Lakeshore Dialysis - South,11:00,STR,Completed,7.2
"""
add('phi', 'phi-struct', 'Greer', mk(
    ('Gateway Comfort Rides Billing', 'billing@gatewaycomfortrides.com'),
    ('CareRoute Provider Payments', 'providerpay@careroute-nemt.com'),
    'Trip log 11/16 for invoice GCR-2026-1147',
    D('2026-11-17 12:18', '-0600'),
    mixed(txt("""Hello, attached is our completed trip log for 11/16 to match invoice GCR-2026-1147. The Hollis
no-show was waited 15 min per contract, please pay the dry run fee.

Thank you
Yvette, Gateway Comfort Rides"""),
    att('GCR_trips_20261116.csv', NEMT_CSV, 'text/csv', cte='b64'))))

FHIR = """{
  "resourceType": "Bundle",
  "type": "collection",
  "timestamp": "2026-11-21T14:02:11-05:00",
  "entry": [
    {"resource": {
      "resourceType": "Patient",
      "id": "msp-88021",
      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "MSP0088021"}],
      "name": [{"family": "Abernathy-Cole", "given": ["Simone", "R"]}],
      "gender": "female",
      "birthDate": "1988-10-03",
      "telecom": [{"system": "phone", "value": "614-390-2277", "use": "mobile"}],
      "address": [{"line": ["4100 Olentangy River Rd Apt 9"], "city": "Columbus", "state": "OH", "postalCode": "43214"}]
    }},
    {"resource": {
      "resourceType": "MedicationDispense",
      "id": "disp-5520187",
      "status": "completed",
      "medicationCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/ndc", "code": "0024-5914-01", "display": "Dupixent 300 MG/2ML Prefilled Pen"}]},
      "subject": {"reference": "Patient/msp-88021"},
      "quantity": {"value": 2, "unit": "pen"},
      "daysSupply": {"value": 28, "unit": "day"},
      "whenHandedOver": "2026-11-21T10:40:00-05:00",
      "dosageInstruction": [{"text": "Inject 300 mg under the skin every 14 days"}]
    }}
  ]
}
"""
add('phi', 'phi-struct', 'Abernathy-Cole', mk(
    ('Priyanka Sethi', 'psethi@meridianspecialtyrx.com'),
    ('Dev - Integrations', 'integrations@healthdatabridge.io'),
    'dispense feed still sending wrong telecom use',
    D('2026-11-21 14:30'),
    mixed(txt("""Hi team,

Here's a real one from this afternoon's feed (prod, so please handle accordingly). The patient's
mobile comes through fine here but the downstream EHR is showing it as home. Is that on your
mapping? Payload attached as-is.

Priyanka Sethi
Pharmacy Systems Analyst"""),
    att('dispense_5520187.json', FHIR, 'application/json'))))

add('phi', 'phi-struct', 'Mercado', mk(
    ('eFax Delivery', 'noreply@efax-relay.net'),
    ('Bluewater Intake', 'intake@bluewaterhme.com'),
    'Fax received from 6145550912 - 3 pages',
    D('2026-11-22 15:09'),
    txt("""You have received a 3-page fax. OCR text of page 1 follows.

====================================================
          WORTHINGTON FAMILY MEDICINE
     6600 N High St, Worthington OH 43085
     Ph 614-885-1120     Fax 614-885-1199
====================================================
                 FAX COVER SHEET

TO: Bluewater Home Medical - Intake       FAX: 614-338-4402
FROM: Kim L., MA for Dr. Sarah Odom       DATE: 11/22/2026
RE: Mercado, Ernesto   DOB 01/17/1950
PAGES (incl. cover): 3

[X] Urgent   [ ] For review   [X] Please reply

Message: Signed CMN (CMS-484) and order for home oxygen attached
for Mr. Mercado. O2 sat 86% RA at rest on 11/20 visit. 2 LPM
continuous via NC, portable for ambulation. Please call pt's
wife Luz to schedule delivery 614-267-3302.

The documents accompanying this facsimile contain confidential
information which is legally privileged. If you received this fax
in error please notify us immediately by telephone.
====================================================
""", cte='7bit')))

add('phi', 'phi-struct', 'Ruiz-Benavides', mk(
    ('Lab Interface Alerts', 'interface-alerts@harborviewdental.com'),
    ('IT Helpdesk', 'helpdesk@harborviewdental.com'),
    'ORU inbound errors - OralPath Labs - 3 rejected',
    D('2026-11-24 06:00'),
    txt("""Nightly interface error summary  RUN 2026-11-24 06:00
Source: ORALPATH_LAB (ORU^R01)   Destination: DENTRIX_ENT

ERR 1  MSG CTRL ID OPL2611230041
  Reason: PID-3 patient ID not found in practice DB
  PID|1||HDP-0031882||RUIZ-BENAVIDES^SOFIA^^^^||19940311|F
  OBR|1||OP26-11874|88305^Surgical path, oral mucosa biopsy|||20261119
  OBX|1|TX|22637-3^Final diagnosis||See report||||||F

ERR 2  MSG CTRL ID OPL2611230057
  Reason: duplicate message (already filed 11/23 14:10)
  PID|1||HDP-0027719||THORNBURG^CALEB^^^^||19770802|M
  OBR|1||OP26-11881|88305^Surgical path, periapical lesion|||20261118

ERR 3  MSG CTRL ID OPL2611230063
  Reason: OBR-16 ordering provider NPI 1457719302 inactive in provider table
  PID|1||HDP-0040126||NAKASHIMA^DEREK^^^^||20030129|M
  OBR|1||OP26-11890|88305^Surgical path, gingiva|||20261120

3 messages rejected, 41 accepted.
""", cte='7bit')))

# ============================ PHI-IDS ============================
add('phi', 'phi-ids', '', mk(
    ('Tom Brezinski', 'tbrezinski@meridianspecialtyrx.com'),
    ('Intake Team', 'intake@meridianspecialtyrx.com'),
    'PA ok',
    D('2026-11-17 10:02'),
    txt("""mbr CPX884210937-01, PA# 26-118873 approved thru 12/31/27, Skyrizi 150. run it + schedule 1st fill""", cte='7bit')))

add('phi', 'phi-ids', '', mk(
    ('Luis Paredes', 'lparedes@bluewaterhme.com'),
    ('Resupply', 'resupply@bluewaterhme.com'),
    're: acct 00418827',
    D('2026-11-18 13:33'),
    txt("""acct 00418827 / DOB 03/14/1962 - download shows 28/30 nights, ok to ship resupply (cushions x2,
filter x6, tubing). address confirmed same.

> is 00418827 ok to ship? last download was 8/2026""", cte='7bit')))

add('phi', 'phi-ids', '', mk(
    ('Rhonda Vail', 'rvail@harborviewdental.com'),
    ('Dr. Elliot Whitcombe', 'ewhitcombe@harborviewdental.com'),
    'clm 2026112400731 denied',
    D('2026-11-24 15:20'),
    txt("""D2740 on #3 denied - frequency, plan says crown on same tooth 2019. Sub ID 9302281174, pt DOB
7/25/81. Do you have the 2019 x-ray showing fracture? If yes I'll appeal w/ narrative.

R""", cte='7bit')))

add('phi', 'phi-ids', '', mk(
    ('Marcus Oduya', 'moduya@careroute-nemt.com'),
    ('Gateway Comfort Rides Dispatch', 'dispatch@gatewaycomfortrides.com'),
    'trip 7713094',
    D('2026-11-19 12:10', '-0600'),
    txt("""Trip 7713094, rider MCD00293817B, dialysis return leg 11:30 - dialysis center says she's still
in the chair, running late, new ready time 12:15. Please don't mark no-show. Thx - Marcus""",
        cte='7bit')))

add('phi', 'phi-ids', 'Spears', mk(
    ('Meridian Specialty Pharmacy', 'notify@meridianspecialtyrx.com'),
    'spearsfamily2004@gmail.com',
    'Your order has shipped - Rx 6002218',
    D('2026-11-20 17:45'),
    alt("""Your order has shipped.

Rx #: 6002218 (refill 3 of 5)
Medication: OMNITROPE 5 MG/1.5 ML CARTRIDGE
Patient: S. SPEARS
Ship to: on file
Carrier: FedEx Priority Overnight, tracking 7729 4410 8831
Arrives: Saturday 11/21 by 12:00 PM

Keep refrigerated on arrival. Questions? 614-338-2710.""",
"""<html><body style="margin:0;font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="background:#123b5e;padding:16px;color:#fff;font-size:18px">Meridian Specialty Pharmacy</td></tr>
<tr><td style="padding:20px;font-size:14px">
<h2 style="font-size:18px">Your order has shipped.</h2>
<table cellpadding="4" style="font-size:14px">
<tr><td>Rx #</td><td><b>6002218</b> (refill 3 of 5)</td></tr>
<tr><td>Medication</td><td>OMNITROPE 5 MG/1.5 ML CARTRIDGE</td></tr>
<tr><td>Patient</td><td>S. SPEARS</td></tr>
<tr><td>Carrier</td><td>FedEx Priority Overnight, <a href="https://www.fedex.com/fedextrack/?trknbr=772944108831">7729 4410 8831</a></td></tr>
<tr><td>Arrives</td><td>Saturday 11/21 by 12:00 PM</td></tr></table>
<p>Keep refrigerated on arrival. Questions? Call 614-338-2710.</p></td></tr>
<tr><td style="font-size:11px;color:#888;padding:12px">You are receiving this because you enrolled in shipping notifications. Manage preferences in the patient portal.</td></tr></table>
</body></html>""")))

add('phi', 'phi-ids', '', mk(
    ('Intake - Bluewater', 'intake@bluewaterhme.com'),
    ('Worthington Family Medicine', 'referrals@worthingtonfm.com'),
    'Re: new CMN needed',
    D('2026-11-23 10:44'),
    txt("""Re-sending - pt DOB 8/9/44, MBI 1EG4-TE5-MK72. The CMN for the oxygen expired 10/31 and Medicare
will stop paying the rental. We need a recert CMN w/ a qualifying sat from the last 90 days. Fax
614-338-4402.

Thanks,
Bluewater Intake

-----Original Message-----
From: Intake - Bluewater
Sent: Monday, November 16, 2026 9:12 AM
To: referrals@worthingtonfm.com
Subject: new CMN needed

pt DOB 8/9/44, MBI 1EG4-TE5-MK72 - recert CMN due for home O2.""", cte='7bit')))

add('phi', 'phi-ids', '', mk(
    ('Keystone Community Care - Pharmacy Benefits', 'pharmacyops@keystonecc.org'),
    ('Meridian Specialty Pharmacy', 'rx@meridianspecialtyrx.com'),
    'Audit request AR-26-0419: 2 claims',
    D('2026-11-24 13:10'),
    txt("""Per the pharmacy provider agreement section 9.2, please submit the hard copy prescription,
signature log and proof of delivery for the following paid claims within 14 days.

  Claim 26291-004418230   Rx 5998104   Fill 10/18/2026   Mbr KCC000771204   NDC 00002-8215-01
  Claim 26305-004502177   Rx 6000473   Fill 11/01/2026   Mbr KCC000318850   NDC 00074-0554-02

Upload to the audit portal under AR-26-0419.

Pharmacy Audit Unit
Keystone Community Care""", cs='iso-8859-1')))

# ============================ PHI-LANG ============================
add('phi', 'phi-lang', 'Villanueva', mk(
    ('Julio Villanueva', 'julio.villanueva77@hotmail.com'),
    ('CareRoute', 'members@careroute-nemt.com'),
    'Cambio de hora - diálisis de mi mamá',
    D('2026-11-18 19:50', '-0600'),
    txt("""Buenas tardes,

Les escribo porque mi mamá, Carmen Rosa Villanueva, tiene diálisis los martes, jueves y sábados a
las 5:30 de la mañana en Lakeshore Dialysis North. La semana pasada el chofer llegó tarde dos veces
y ella perdió casi una hora de su tratamiento, la enfermera dijo que eso no puede pasar.

Su número de Medicaid es MCD00771940A. ¿Pueden cambiar la hora de recogida a las 4:45? Ella vive en
3817 Itaska St. Ella no habla inglés, por favor llámenme a mí al 314-651-0724.

Gracias,
Julio Villanueva""", cs='iso-8859-1', cte='qp')))

add('phi', 'phi-lang', 'Phạm', mk(
    ('Phạm Văn Quốc', 'quocpham.cbus@gmail.com'),
    ('Dana Whitfield-Roe', 'dwhitfieldroe@meridianspecialtyrx.com'),
    'Thuốc Humira bị tan đá',
    D('2026-11-22 10:15'),
    txt("""Chào chị Dana,

Tôi là Phạm Văn Quốc, ngày sinh 14/05/1968. Tôi đã nhận được thuốc Humira hôm thứ Bảy nhưng túi đá
trong hộp bị tan hết, hộp hơi ấm. Tôi đã để bút tiêm vào tủ lạnh nhưng không biết có dùng được không.
Mũi tiêm tiếp theo của tôi là thứ Tư.

Ngoài ra, hóa đơn ghi tôi phải trả $85 tiền đồng chi trả, nhưng thẻ hỗ trợ của hãng thuốc vẫn còn
hạn đến tháng 3. Xin chị kiểm tra giúp.

Lần sau xin gửi vào thứ Hai vì thứ Bảy không có ai ở nhà.

Cảm ơn chị nhiều.
Quốc - 614-794-3382""", cte='b64')))

add('phi', 'phi-lang', '林', mk(
    ('林美华 Meihua Lin', 'meihua.lin.oh@163.com'),
    ('Harborview Dental - Westerville', 'westerville@harborviewdental.com'),
    '关于我父亲12月8日拔牙的预约',
    D('2026-11-20 21:33'),
    alt("""您好，

我是林美华，我父亲林国栋（生日1949年3月2日）预约了12月8日上午10点在你们Westerville诊所拔牙（右下面两颗）。

他在吃抗凝血药华法林（warfarin），心脏科医生说拔牙前可能要停药，请问你们的医生怎么安排？需要我们先去验血吗？

另外他的牙科保险是Delta Dental，会员号 DD55120984，请帮我们确认一下保险会付多少，我们自己要付多少。

我父亲不会说英文，有事请打我的电话 614-218-6630。谢谢！

林美华""",
"""<div style="font-family:'Microsoft YaHei',SimSun;font-size:14px">您好，<br><br>我是林美华，我父亲林国栋（生日1949年3月2日）预约了12月8日上午10点在你们Westerville诊所拔牙（右下面两颗）。<br><br>他在吃抗凝血药华法林（warfarin），心脏科医生说拔牙前可能要停药，请问你们的医生怎么安排？需要我们先去验血吗？<br><br>另外他的牙科保险是Delta Dental，会员号 DD55120984，请帮我们确认一下保险会付多少，我们自己要付多少。<br><br>我父亲不会说英文，有事请打我的电话 614-218-6630。谢谢！<br><br>林美华</div>""", cte='b64')))

add('phi', 'phi-lang', 'Célestin', mk(
    ('Jean-Robert Celestin', 'jrcelestin@yahoo.com'),
    'oxygen@bluewaterhme.com',
    'Machin oksijen an pa mache byen',
    D('2026-11-21 08:05'),
    txt("""Bonjou,

Mwen rele Jean-Robert Célestin. Mwen sou oksijèn lakay avèk konpayi nou an depi mwa out. Machin
oksijèn nan ap fè yon gwo bri e limyè wouj la limen depi yè swa. Mwen gen sèlman 2 ti tank ki rete
e doktè a di m pa dwe rete san oksijèn.

Tanpri voye yon moun vin chanje l jodi a. Adrès mwen se 2215 Cleveland Ave, Apt 4B, Columbus.
Telefòn: 614-441-8027. Pitit fi m Nadège ka reponn tou si m pa reponn.

Mèsi anpil,
Jean-Robert""", cs='iso-8859-1', cte='qp')))

add('phi', 'phi-lang', 'Rezende', mk(
    ('Ana Paula Rezende', 'anapaula.rezende@uol.com.br'),
    'help@meridianspecialtyrx.com',
    'Caixa chegou sem gelo - Cosentyx',
    D('2026-11-19 18:22'),
    txt("""Olá,

Meu nome é Ana Paula Rezende, nascida em 22/08/1985. Recebi hoje a caixa com as canetas de
Cosentyx 150 mg, mas o gelo já estava derretido e a caixa estava morna. Guardei as canetas na
geladeira mas tenho medo de usar. A minha aplicação é no sábado. Devo aplicar ou esperar uma nova
remessa? Meu número de receita é 6001139.

Pode me ligar em português? Meu inglês não é muito bom. (614) 906-4471.

Obrigada,
Ana Paula""", cs='windows-1252', cte='qp')))

add('phi', 'phi-lang', 'Белова', mk(
    ('Ольга Белова', 'olga.belova72@mail.ru'),
    ('Harborview Billing', 'billing@harborviewdental.com'),
    'Счёт за имплант / отказ страховой',
    D('2026-11-23 12:48'),
    txt("""Здравствуйте!

Меня зовут Ольга Сергеевна Белова, дата рождения 05.11.1972. 3 ноября мне поставили имплант
(зуб 19) в вашей клинике в Clintonville, доктор Раман. Я получила счёт на $2 340, но страховая
MetLife прислала письмо, что вы не отправили рентгеновские снимки, и поэтому отказали в оплате.

Пожалуйста, отправьте снимки в страховую и подайте claim повторно. Номер полиса MLD-44102-88.
Я не буду платить, пока страховая не рассмотрит заново.

С уважением,
Ольга Белова
тел. 614-530-2289""", cs='koi8-r', cte='b64')))

add('phi', 'phi-lang', 'الحسيني', mk(
    ('سلمى الحسيني', 'salma.alhusseini@gmail.com'),
    ('CareRoute', 'members@careroute-nemt.com'),
    'حجز سيارة كرسي متحرك لوالدي - Wheelchair van request',
    D('2026-11-24 16:40', '-0600'),
    alt("""السلام عليكم،

أكتب بخصوص والدي محمود الحسيني. عنده جلسة علاج كيماوي يوم الاثنين ٣٠ نوفمبر الساعة ٩ صباحاً في مركز سايتمان للسرطان (Siteman Cancer Center - South County).
هو يستخدم كرسي متحرك ولا يستطيع ركوب السيارة العادية. أرجو حجز سيارة مجهزة للكرسي المتحرك ذهاباً وإياباً.

رقم الميديكيد: MCD00855213B
العنوان: 4020 Juniata St, St Louis MO 63116
رقمي: 314-780-5521 (هو لا يتكلم الإنجليزية)

شكراً جزيلاً،
سلمى الحسيني""",
"""<div dir="rtl" style="font-family:Tahoma;font-size:13px">السلام عليكم،<br><br>أكتب بخصوص والدي محمود الحسيني. عنده جلسة علاج كيماوي يوم الاثنين ٣٠ نوفمبر الساعة ٩ صباحاً في مركز سايتمان للسرطان (Siteman Cancer Center - South County).<br>هو يستخدم كرسي متحرك ولا يستطيع ركوب السيارة العادية. أرجو حجز سيارة مجهزة للكرسي المتحرك ذهاباً وإياباً.<br><br>رقم الميديكيد: MCD00855213B<br>العنوان: 4020 Juniata St, St Louis MO 63116<br>رقمي: 314-780-5521 (هو لا يتكلم الإنجليزية)<br><br>شكراً جزيلاً،<br>سلمى الحسيني</div>""", cte='b64')))

add('phi', 'phi-lang', 'Santos', mk(
    ('Joy Santos-Rivera', 'joysantos.rn@gmail.com'),
    ('Aldren Cares Patient Assistance', 'assist@aldrencares.com'),
    'follow up po sa application ni Mama',
    D('2026-11-23 22:05'),
    txt("""Hi po,

Ask ko lang po about sa application ni Mama for the patient assistance, Erlinda Santos, DOB
6/19/1956, case AC-2026-120077. Na-submit na po namin yung income docs last week (Nov 16) pero
wala pa pong sagot. Ubos na po yung Tavneos niya sa Friday and hindi po kaya yung copay na $1,400.
Pwede po bang ma-expedite or kahit bridge supply muna? Her nephrologist is Dr. Kessler, pwede po
siyang tawagan.

Salamat po!
Joy (daughter) 614-370-1185""")))

# ============================ CLEAN-STAFF ============================
add('clean', 'clean-staff', '', mk(
    ('Luis Paredes', 'lparedes@bluewaterhme.com'),
    ('Warehouse', 'warehouse@bluewaterhme.com'),
    'cycle count Friday + concentrator cage',
    D('2026-11-18 15:10'),
    txt("""Warehouse crew,

Cycle count is Friday starting 6am, everybody in the cage by 6:15. We're counting:
  - 5L concentrators (clean + dirty separately, dirty ones stay tagged RED)
  - E cylinders full/empty
  - CPAP units by model, plus returned units waiting on PM
  - hospital beds in the back bay

Last count we were off by 11 concentrators and it turned out 9 were on the box truck. So drivers,
PLEASE scan your returns in before you clock out Thursday.

Forklift cert renewals for Manny and Tre are due 12/1, Rich is running the class Wednesday at 2.

Luis""")))

add('clean', 'clean-staff', '', mk(
    ('Dwayne Hollister', 'dhollister@careroute-nemt.com'),
    ('Fleet', 'fleet@careroute-nemt.com'),
    'van 14 brakes',
    D('2026-11-20 06:12', '-0600'),
    txt("""van 14 brakes grinding bad on the front when loaded, lift side. I'm not taking it out w/ a chair
in it. parking it in bay 3 keys on the board. taking 9 instead. somebody tell Ines the 7am is
gonna be a few min late

-D""", cte='7bit')))

add('clean', 'clean-staff', '', mk(
    ('Ayesha Kamara', 'akamara@meridianspecialtyrx.com'),
    ('Pharmacy Techs', 'techs@meridianspecialtyrx.com'),
    'Thanksgiving swap?',
    D('2026-11-16 12:44'),
    txt("""Hey all - anyone want to swap Thanksgiving Friday (11/27, 7-3:30) for Christmas Eve? My
family moved dinner to Friday this year. I'll also take a Saturday in December as a sweetener lol.
Lmk before Wednesday so I can tell Dana.

Ayesha""")))

add('clean', 'clean-staff', '', mk(
    ('Kim Tran-Orr RDH', 'ktranorr@harborviewdental.com'),
    ('All Hygienists', 'hygiene-all@harborviewdental.com'),
    'lunch & learn Dec 3 + potluck sign up',
    D('2026-11-19 13:20'),
    alt("""Hi everyone!

The Dec 3 lunch & learn is confirmed: the rep from Cavitron is coming to demo the new ultrasonic
inserts, 12:15-1:15 in the Clintonville break room. 1 CE credit. Lunch provided (Panera).

Also - holiday potluck is Dec 17! Sign up sheet is on the fridge, we have 4 desserts and zero
mains so far. Somebody please bring the crockpot meatballs again.

Kim""",
"""<p>Hi everyone!</p><p>The <b>Dec 3 lunch &amp; learn</b> is confirmed: the rep from Cavitron is coming to demo the new ultrasonic inserts, 12:15-1:15 in the Clintonville break room. 1 CE credit. Lunch provided (Panera).</p>
<p>Also - <span style="color:#c0392b">holiday potluck is Dec 17!</span> Sign up sheet is on the fridge, we have 4 desserts and zero mains so far. Somebody please bring the crockpot meatballs again. &#127830;</p><p>Kim</p>""")))

add('clean', 'clean-staff', '', mk(
    ('Renata Villalobos', 'rvillalobos@careroute-nemt.com'),
    ('Operations Leads', 'opsleads@careroute-nemt.com'),
    'October numbers',
    D('2026-11-09 08:30', '-0600'),
    txt("""Morning all, October summary before Thursday's state call:

  Trips scheduled ........ 41,208
  Completed .............. 37,960 (92.1%)
  Rider no-shows ......... 1,644 (4.0%)
  Provider no-shows ...... 388 (0.9%)  <- up from 0.6% in Sept
  Late pickups >15 min ... 3,102 (7.5%)
  Complaints ............. 212 (5.1 per 1,000 trips)
  Dialysis share of trips  46%

Provider no-shows are almost all Metro Star on the north side. I'm meeting with their owner
Tuesday. Call center ASA was 3:48, target is 2:00, we know why (the phone cutover).

Renata""")))

add('clean', 'clean-staff', '', mk(
    ('Tiffany Boateng', 'tboateng@careroute-nemt.com'),
    ('Renata Villalobos', 'rvillalobos@careroute-nemt.com'),
    'RE: new phones',
    D('2026-11-12 16:05', '-0600'),
    txt("""Honestly it's bad. Calls drop when we transfer to the provider line, the hold music cuts out so
people think we hung up, and the softphone freezes every time Windows updates. I had 6 people today
tell me they'd been calling for an hour. Can we get the vendor on site instead of the ticket
portal?

Tiff

From: Renata Villalobos
Sent: Thursday, November 12, 2026 11:20 AM
To: Call Center Team
Subject: new phones

How is everyone finding the new phone system? Honest feedback please, I'm meeting with IT Friday.
""")))

add('clean', 'clean-staff', '', mk(
    ('Cold Room Monitor', 'sensors@meridianspecialtyrx.com'),
    ('Pharmacy Ops', 'pharmops@meridianspecialtyrx.com'),
    'ALARM CLEARED: Walk-in Fridge 2 (FR-02) temperature',
    D('2026-11-21 03:41'),
    txt("""Sensor:        FR-02 Walk-in Refrigerator 2 (Probe B, glycol)
Alarm raised:  2026-11-21 02:58  8.4 C (high limit 8.0 C)
Alarm cleared: 2026-11-21 03:39  7.6 C
Duration above limit: 41 min   Max: 8.9 C
Door events in window: 0
Acknowledged by: (none)

Product stored in FR-02 may require a stability assessment per SOP CC-014.
Reply ACK to acknowledge.""", cte='7bit')))

# ============================ CLEAN-ADMIN ============================
add('clean', 'clean-admin', '', mk(
    ('Bluewater HR', 'hr@bluewaterhme.com'),
    ('All Staff', 'allstaff@bluewaterhme.com'),
    'Open enrollment closes Friday 11/20',
    D('2026-11-16 08:00'),
    alt("""Reminder: 2027 benefits open enrollment closes this Friday at 5 PM.

What's changing:
 - Medical: the PPO deductible goes from $1,500 to $1,750. HSA plan is unchanged.
 - Dental: we're moving from Guardian to Delta Dental PPO. New ID cards mail in late December.
 - Vision: no change.
 - EAP: still free, still confidential, 24/7 at 1-800-327-4410.

If you do nothing, your current elections roll over (except dental, which moves automatically).
Questions? Stop by HR or book time with Carla.

Bluewater Human Resources""",
"""<html><body style="font-family:Verdana;font-size:10pt"><h3 style="color:#0a5275">Open enrollment closes Friday 11/20 at 5 PM</h3>
<p><b>What's changing:</b></p><ul><li>Medical: the PPO deductible goes from $1,500 to $1,750. HSA plan is unchanged.</li><li>Dental: we're moving from Guardian to Delta Dental PPO. New ID cards mail in late December.</li><li>Vision: no change.</li><li>EAP: still free, still confidential, 24/7 at 1-800-327-4410.</li></ul>
<p>If you do nothing, your current elections roll over (except dental, which moves automatically). Questions? Stop by HR or book time with Carla.</p><p>Bluewater Human Resources</p></body></html>""")))

add('clean', 'clean-admin', '', mk(
    ('Aldren Therapeutics Trade Relations', 'traderelations@aldrentx.com'),
    ('Meridian Purchasing', 'purchasing@meridianspecialtyrx.com'),
    'Notice of WAC price change effective January 1, 2027',
    D('2026-11-20 09:00'),
    mixed(txt("""Dear Valued Trade Partner,

This letter serves as notice that Aldren Therapeutics will adjust the Wholesale Acquisition Cost
(WAC) of the products listed in the attached schedule effective January 1, 2027. Changes range
from 0% to 4.9%. Contract pricing under your specialty distribution agreement is not affected
except as described in Section 4.

Please contact your Aldren trade account manager with any questions.

Aldren Therapeutics, Inc. - Trade Relations"""),
    att('Aldren_WAC_2027.csv', """NDC,Product,Package,WAC_2026,WAC_2027,Change_pct
72440-0101-01,TAVNEOS 10 mg capsule,180 ct bottle,21840.00,22892.00,4.8
72440-0220-02,ALDRELIMAB 150 mg/mL PFS,2 x 1 mL,7410.00,7410.00,0.0
72440-0221-01,ALDRELIMAB 300 mg/2 mL pen,1 x 2 mL,7410.00,7714.00,4.1
""", 'text/csv', cte='qp'))))

add('clean', 'clean-admin', '', mk(
    ('AirPura Medical Field Safety', 'fieldsafety@airpuramedical.com'),
    ('Bluewater Home Medical - Compliance', 'compliance@bluewaterhme.com'),
    'URGENT: Field Safety Notice FSN-2026-07 - AirPura S11 humidifier tub lot recall',
    D('2026-11-17 07:30'),
    html("""<html><body style="font-family:Arial;font-size:10pt">
<p style="background:#b00020;color:#fff;padding:6px;font-weight:bold">URGENT FIELD SAFETY NOTICE - FSN-2026-07</p>
<p>Dear Distributor,</p>
<p>AirPura Medical is voluntarily recalling HumidAir S11 water tubs from the lots below. A molding defect may cause a hairline crack at the tub seal, which can result in water leaking into the device air path. No injuries have been reported.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr><th>Part number</th><th>Lot</th><th>Manufactured</th></tr>
<tr><td>37412</td><td>L26A0411 - L26A0498</td><td>Apr 2026</td></tr>
<tr><td>37412</td><td>L26B0502 - L26B0517</td><td>May 2026</td></tr>
</table>
<p><b>Actions required:</b> (1) quarantine affected stock; (2) identify end users who received affected lots and notify them using the enclosed letter; (3) return the acknowledgement form within 10 business days.</p>
<p>AirPura Medical Quality &amp; Regulatory Affairs</p></body></html>""")))

add('clean', 'clean-admin', '', mk(
    ('IT Service Desk', 'servicedesk@harborviewdental.com'),
    ('All Harborview Staff', 'allstaff@harborviewdental.com'),
    'Planned maintenance Sat 11/28 - Dentrix & VPN down 10pm-2am',
    D('2026-11-23 11:00'),
    txt("""Hi all,

We'll be patching the Dentrix Enterprise server and the VPN concentrator Saturday night
(11/28) from 10 PM to about 2 AM. Imaging (Dexis) will also be unavailable. No offices are open
then, but if you usually do charting from home on Saturday nights, plan around it.

Also a reminder that passwords now expire every 90 days. If yours expires while you're out, call
x5000.

Thanks,
Harborview IT""", cte='7bit')))

add('clean', 'clean-admin', '', mk(
    ('Renata Villalobos', 'rvillalobos@careroute-nemt.com'),
    ('Owner - River City Transport', 'owner@rivercitytransport.com'),
    '2027 rate schedule - River City Transport',
    D('2026-11-10 14:22', '-0600'),
    txt("""Hi Darnell,

Following up on our meeting. Here is what we can offer for the 2027 term, pending your signature
on the amended agreement:

  Ambulatory base rate     $18.50  (was $17.75)
  Wheelchair base rate     $32.00  (was $30.00)
  Stretcher base rate      $85.00  (unchanged)
  Per loaded mile          $1.95 / $2.40 / $3.10
  Dry run (no-show)        $12.00, requires GPS proof of 10 min wait

On-time performance below 90% for two consecutive months triggers the corrective action plan in
Exhibit C. Insurance minimums go to $1.5M per occurrence.

Let me know if you want to walk through it by phone.

Renata Villalobos
Director of Network Operations, CareRoute""")))

add('clean', 'clean-admin', '', mk(
    ('Delta Dental of Ohio Provider Communications', 'provider.news@deltadentaloh.com'),
    ('Harborview Billing', 'billing@harborviewdental.com'),
    'Policy update: 2027 frequency limitations and D0140 documentation',
    D('2026-11-15 10:00'),
    html("""<html><body style="font-family:Georgia,serif;font-size:11pt;max-width:640px">
<h2 style="color:#00467f">Provider Bulletin - November 2026</h2>
<p>Effective for dates of service on or after <b>January 1, 2027</b>:</p>
<ol><li>Bitewing radiographs (D0272/D0274) will be limited to once per 12 months for members age 19 and older on most group plans.</li>
<li>Limited evaluations (D0140) will require a narrative describing the presenting problem.</li>
<li>Crowns (D2740/D2750) on the same tooth will remain limited to once per 7 years.</li></ol>
<p>Claims submitted without required documentation will be returned for additional information. Review the full Provider Reference Guide in the provider portal.</p>
<p style="font-size:9pt;color:#666">You are receiving this message because you are a contracted provider. Delta Dental of Ohio, Columbus OH.</p></body></html>""")))

add('clean', 'clean-admin', '', mk(
    ('Facilities - Meridian', 'facilities@meridianspecialtyrx.com'),
    ('All Staff', 'allstaff@meridianspecialtyrx.com'),
    'Parking lot repaving Dec 1-2 / loading dock access',
    D('2026-11-24 09:30'),
    txt("""Heads up - the north lot is being repaved Tuesday 12/1 and Wednesday 12/2. Please park in the
overflow lot behind Building C and use the side door with your badge.

UPS and FedEx pickups will move to the south dock both days; shipping has already confirmed the
carriers. Cold-chain pickups stay at 4:30 PM.

Facilities""", cte='7bit')))

# ============================ CLEAN-LOOKALIKE ============================
add('clean', 'clean-lookalike', '', mk(
    ('PetMeds Direct Pharmacy', 'orders@petmedsdirect-rx.com'),
    'lhartwell@gmail.com',
    'Refill shipped for Biscuit - Order #PM-4410982',
    D('2026-11-18 12:00'),
    alt("""Hi Laura,

Good news - Biscuit's refill is on its way!

Pet: Biscuit (Canine, Beagle, 31 lb)
Item: Apoquel 16 mg tablets, qty 30
Prescribing vet: Dr. Amy Tsai, Clintonville Animal Hospital
Ships via USPS Ground Advantage, tracking 9400 1118 9922 3871 4402 16

Autoship is set for every 30 days. Give Biscuit a scratch from us!

PetMeds Direct""",
"""<html><body style="font-family:Arial"><h2 style="color:#f47c20">Biscuit's refill is on its way! &#128054;</h2>
<p>Hi Laura,</p><table cellpadding="4"><tr><td>Pet</td><td>Biscuit (Canine, Beagle, 31 lb)</td></tr><tr><td>Item</td><td>Apoquel 16 mg tablets, qty 30</td></tr><tr><td>Prescribing vet</td><td>Dr. Amy Tsai, Clintonville Animal Hospital</td></tr><tr><td>Tracking</td><td>9400 1118 9922 3871 4402 16</td></tr></table>
<p>Autoship is set for every 30 days. Give Biscuit a scratch from us!</p><p style="font-size:9px;color:#999">PetMeds Direct Pharmacy is a licensed veterinary pharmacy. Unsubscribe</p></body></html>""")))

add('clean', 'clean-lookalike', '', mk(
    ('Northside Veterinary Dentistry', 'frontdesk@northsidevetdental.com'),
    'rchowdhury@outlook.com',
    "Mochi's dental cleaning - pre-anesthetic instructions",
    D('2026-11-21 14:15'),
    txt("""Hi Rafiq,

Mochi is scheduled for a dental cleaning and oral exam under anesthesia on Tuesday, December 1
with Dr. Halloran. Drop-off is 7:30-8:00 AM.

 - No food after 10 PM the night before. Water is fine.
 - Pre-anesthetic bloodwork was normal in October, so no need to repeat.
 - Full-mouth dental x-rays are included. If we find teeth that need extraction, we'll call you
   before doing anything. Estimate for extractions is $180-$620 depending on the tooth.

She'll go home the same afternoon with pain medication. Call us at 614-263-0190 with questions.

Northside Veterinary Dentistry""")))

add('clean', 'clean-lookalike', '', mk(
    ('Buckeye Mutual Auto Claims', 'claims@buckeyemutual.com'),
    'd.okafor.1982@gmail.com',
    'Claim 22-AU-7781043: appraisal complete',
    D('2026-11-19 16:40'),
    txt("""Dear Daniel Okafor,

Your vehicle (2019 Honda CR-V) has been inspected at Crown Collision. The appraised damage to the
rear bumper, liftgate and tail lamp is $3,412.18. After your $500 collision deductible, we will pay
$2,912.18 directly to the repair shop.

Per the police report, no injuries were reported at the scene, so no medical payments coverage
claim has been opened. If that changes, let your adjuster know.

Adjuster: Brian Kolb, 614-725-1183
Claim number: 22-AU-7781043

Buckeye Mutual Insurance""", cte='7bit')))

add('clean', 'clean-lookalike', '', mk(
    ('Airgas Central Ohio - Cylinder Rentals', 'cylinders.columbus@industrialgas-supply.com'),
    ('Pete Szabo', 'pete@szabofabrication.com'),
    'Oxygen & acetylene delivery Tues + rental invoice',
    D('2026-11-20 10:20'),
    txt("""Pete,

Your standing order is on Tuesday's truck: 4 x oxygen 'K' cylinders (industrial grade), 2 x
acetylene, 1 x argon/CO2 75/25. Driver will pick up the empties at the back door, please have them
chained and capped.

Cylinder rental for November is $146.00 (22 cylinders on hand). Invoice attached to your account
portal. Also reminder that your hazmat placards for the shop need renewal by January.

Trina - Customer Service""", cte='7bit')))

add('clean', 'clean-lookalike', '', mk(
    ('FarmaPlus Rewards', 'recompensas@farmaplus-rewards.com'),
    'gloria.mtz.oh@gmail.com',
    '¡Gloria, tienes 2,450 puntos por canjear!',
    D('2026-11-22 08:00'),
    html("""<html><body style="font-family:Arial;background:#f5f5f5">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:20px">
<h1 style="color:#d6003a">¡Hola, Gloria!</h1>
<p>Tienes <b>2,450 puntos</b> FarmaPlus Rewards. Canjéalos por <b>$10 de descuento</b> en tu próxima compra de productos de belleza, vitaminas o artículos para el hogar.</p>
<p>Esta semana: 3x puntos en protector solar y cuidado bucal (cepillos, enjuague, hilo dental).</p>
<p style="font-size:10px;color:#888">Los puntos no se acumulan en recetas donde lo prohíba la ley. Puntos vencen el 31/12/2026. Para darte de baja haz clic aquí.</p>
</td></tr></table></body></html>""", cs='iso-8859-1', cte='qp')))

add('clean', 'clean-lookalike', '', mk(
    ('IronWorks Fitness', 'members@ironworksfitness.com'),
    'tgrady@yahoo.com',
    'Your membership freeze is confirmed',
    D('2026-11-16 18:02'),
    txt("""Hi Tom,

Your IronWorks membership (#IW-20448) is frozen from Dec 1, 2026 to Jan 31, 2027 as requested.
You won't be billed during the freeze; a $5/month hold fee applies. Your personal training
sessions (3 remaining) will be waiting for you when you're back.

Heads up: the body composition scans in the Wellness Corner will be free in January for all
members.

See you in February!
IronWorks Fitness - Easton""", cte='7bit')))

add('clean', 'clean-lookalike', '', mk(
    ('Carter Specialty Movers', 'quotes@carterspecialtymovers.com'),
    ('Facilities - Harborview', 'facilities@harborviewdental.com'),
    'Quote: relocation of operatory equipment - Westerville to Polaris',
    D('2026-11-12 13:30'),
    mixed(txt("""Hello,

Thanks for the walk-through Tuesday. Attached is our quote for relocating 6 dental chairs, 2
panoramic x-ray units (disconnect/reconnect by your imaging vendor), sterilization center cabinetry
and the nitrous manifold to the new Polaris suite. Crated, climate-controlled truck, fully insured.

Total: $18,740. Weekend move Jan 16-17 available.

Mike Carter"""),
    att('Carter_quote_HDP_Polaris.txt', """CARTER SPECIALTY MOVERS - QUOTE Q-26-0918
Client: Harborview Dental Partners (Westerville office)
Scope: 6 operatory chairs + delivery units, 2 pan units, steri center, nitrous manifold,
       14 boxes records (sealed by client), break room furniture
Labor 4 crew x 2 days ........ 9,600.00
Crating/rigging ............... 4,150.00
Truck (climate) x2 days ....... 2,900.00
Insurance rider ............... 2,090.00
TOTAL ........................ 18,740.00
""", 'text/plain', cte='7bit' if False else 'qp'))))

# ============================ CLEAN-NEWS ============================
add('clean', 'clean-news', '', mk(
    ('HME Industry Daily', 'newsletter@hmeindustrydaily.com'),
    ('Brenda Stacy', 'bstacy@bluewaterhme.com'),
    'CMS finalizes next round of competitive bidding; oxygen carved out again',
    D('2026-11-19 06:00'),
    html("""<html><body style="font-family:Georgia;max-width:620px">
<h1 style="font-size:22px">CMS finalizes next round of competitive bidding; oxygen carved out again</h1>
<p style="color:#666">By staff | November 18, 2026</p>
<p>CMS on Tuesday released its final rule for the next round of the DMEPOS Competitive Bidding Program, keeping home oxygen and CPAP out of the program for at least one more cycle. Suppliers had warned that bundling oxygen into remote item delivery contracts would push small providers out of rural markets.</p>
<p>The rule also extends the rural fee schedule blend through 2028. "This buys our members time," said the head of a national trade association, adding that reimbursement for portable concentrators still lags the cost of service.</p>
<p>Analysts expect roughly 20% of current suppliers not to bid in the categories that remain.</p>
<p><a href="https://hmeindustrydaily.com/unsubscribe">Unsubscribe</a></p></body></html>""")))

add('clean', 'clean-news', '', mk(
    ('ClearPath Rx Insights', 'insights@clearpathrx.com'),
    ('Network Pharmacies', 'network-pharmacies@clearpathrx.com'),
    'Q3 Drug Trend Report: biosimilar adalimumab now 61% of new starts',
    D('2026-11-10 07:00', '-0600'),
    txt("""CLEARPATH RX INSIGHTS - Q3 2026 DRUG TREND

* Specialty spend per member per month rose 9.4% year over year, driven by GLP-1s and
  immunology.
* Biosimilar adalimumab now accounts for 61% of new starts across our commercial book, up from
  38% a year ago. Brand persistence among existing members remains high.
* Prior authorization turnaround: median 19 hours (electronic) vs 3.2 days (fax).
* Patient assistance program participation fell after accumulator changes in two large employer
  groups.

Full report available in the Network Pharmacy portal. This newsletter contains aggregate,
de-identified data only.""", cte='7bit')))

add('clean', 'clean-news', '', mk(
    ('ADA Morning Huddle', 'morninghuddle@adanews-digest.org'),
    ('Dr. Priya Raman', 'praman@harborviewdental.com'),
    'Morning Huddle: community water fluoridation votes, teledentistry billing',
    D('2026-11-23 05:30'),
    txt("""MORNING HUDDLE - Monday, November 23, 2026

1) Three more counties vote on ending community water fluoridation
Voters in three Midwestern counties will decide in the spring whether to stop fluoridating public
water. Dental groups are preparing school-based varnish programs as a backstop. Research summaries
show cavity rates in children rising 2-4 years after fluoridation stops.

2) Payers clarify teledentistry codes
Several large dental carriers will accept D9995/D9996 with a limited evaluation beginning in 2027.

3) Survey: hygienist shortage easing slightly
Hygienist vacancy rates fell to 11% from 14% last year.

Read more at the ADA News site.""")))

add('clean', 'clean-news', '', mk(
    ('Transit & Mobility Report', 'editor@transitmobilityreport.com'),
    ('Renata Villalobos', 'rvillalobos@careroute-nemt.com'),
    'Missouri reopens Medicaid NEMT broker contract; dialysis ride times under scrutiny',
    D('2026-11-17 06:45', '-0600'),
    txt("""Missouri reopens Medicaid NEMT broker contract

JEFFERSON CITY - The state's Medicaid agency issued a request for proposals Monday for its
non-emergency medical transportation broker contract, two years before the current term ends.
An audit released in September found that roughly one in twelve dialysis rides statewide arrived
more than 30 minutes late, and that complaint data from brokers was inconsistent.

The new contract would require real-time GPS feeds, a rider app, and penalties for provider
no-shows. Proposals are due March 2, 2027. Incumbent brokers are expected to bid.

-- Transit & Mobility Report, weekly edition""")))

add('clean', 'clean-news', '', mk(
    ('ColdChain Logistics Weekly', 'weekly@coldchainlogistics.news'),
    ('Lamar Gaines', 'lgaines@meridianspecialtyrx.com'),
    'Winter shipping: freeze risk is the new heat risk for biologics',
    D('2026-11-16 07:15'),
    html("""<html><body style="font-family:Helvetica;max-width:600px">
<h2>Winter shipping: freeze risk is the new heat risk for biologics</h2>
<p>Most specialty pharmacies design their packouts for summer. But carrier data shared at last month's Parenteral Drug Association meeting showed that more temperature excursions in Q1 were <em>below</em> 2&deg;C than above 8&deg;C, largely from packages sitting on unheated trucks and porches.</p>
<p>Recommendations: switch to phase-change materials conditioned at 5&deg;C rather than frozen gel packs; avoid Saturday delivery in regions below -10&deg;C; add freeze indicators, not just heat.</p>
<p style="font-size:10px;color:#999">ColdChain Logistics Weekly | Manage subscription</p></body></html>""")))

add('clean', 'clean-news', '', mk(
    ('Ohio Pharmacists Association', 'news@ohiopharmacists.org'),
    ('Meridian Pharmacy Ops', 'pharmops@meridianspecialtyrx.com'),
    'Respiratory season update: RSV and flu vaccine supply, pharmacist protocols',
    D('2026-11-13 12:00'),
    txt("""RESPIRATORY SEASON UPDATE - November 2026

Influenza activity in Ohio is "moderate" and rising, with the highest rates in adults over 65.
RSV hospitalizations among infants are following a typical seasonal curve.

Supply: manufacturers report adequate flu vaccine supply. The adult RSV vaccine is now covered
under Part D for eligible adults; pharmacies should confirm coverage before administration.

Protocol reminder: pharmacists administering vaccines under the state protocol must report to
ImpactSIIS within 72 hours.

OPA Member Services""")))

# ============================ CLEAN-TRAINING ============================
add('clean', 'clean-training', '', mk(
    ('Compliance Training', 'compliance@meridianspecialtyrx.com'),
    ('All Staff', 'allstaff@meridianspecialtyrx.com'),
    'Annual HIPAA module due 12/15 - sample scenario inside',
    D('2026-11-16 09:00'),
    alt("""Everyone must complete the annual HIPAA privacy & security module in the LMS by December 15.

Here's a preview of one of the scenarios (sample data only):

  A caller says she is the daughter of "Jane Doe" (DOB 01/01/1900, Rx #0000000) and asks when
  her mother's injection will ship. What do you verify before answering?

  a) Nothing - family members are allowed to know
  b) That the caller is listed as an authorized representative on the profile
  c) The caller's e-mail address

Answer: (b). If the caller isn't on the profile, take a message and call the patient back at the
number on file.

Compliance Team""",
"""<p>Everyone must complete the annual HIPAA privacy &amp; security module in the LMS by <b>December 15</b>.</p>
<p>Here's a preview of one of the scenarios (<i>sample data only</i>):</p>
<blockquote style="border-left:3px solid #aaa;padding-left:8px">A caller says she is the daughter of "Jane Doe" (DOB 01/01/1900, Rx #0000000) and asks when her mother's injection will ship. What do you verify before answering?<br>a) Nothing - family members are allowed to know<br>b) That the caller is listed as an authorized representative on the profile<br>c) The caller's e-mail address</blockquote>
<p>Answer: (b). If the caller isn't on the profile, take a message and call the patient back at the number on file.</p><p>Compliance Team</p>""")))

add('clean', 'clean-training', '', mk(
    ('Ines Calloway', 'icalloway@careroute-nemt.com'),
    ('New Hire Cohort Nov', 'newhires-nov@careroute-nemt.com'),
    'Day 3 - booking practice in the TRAINING environment',
    D('2026-11-11 08:05', '-0600'),
    txt("""Good morning cohort!

Today you'll book practice trips in TripMaster TRAINING (the orange banner one - NEVER the blue
production one). Use these test riders, they exist only in training:

  TEST, RIDERONE      Member ID TRN0000001   "dialysis" MWF 6:00
  TEST, RIDERTWO      Member ID TRN0000002   wheelchair, "chemo" Tues 9:00
  TEST, STRETCHER     Member ID TRN0000003   stretcher, hospital discharge

Practice: a standing order, a will-call return, a same-day add-on, and a cancellation with the
correct reason code. We'll review your bookings at 2pm.

Ines""", cte='7bit')))

add('clean', 'clean-training', '', mk(
    ('HealthDataBridge Onboarding', 'onboarding@healthdatabridge.io'),
    ('Priyanka Sethi', 'psethi@meridianspecialtyrx.com'),
    'Test messages for connectivity validation (non-production)',
    D('2026-11-09 11:00'),
    mixed(txt("""Hi Priyanka,

Attached are the synthetic test messages for the connectivity validation step. All patient data
in these files is fabricated (ZZTEST prefix, 1900 birth dates) per our test-data policy. Please
send them through your TEST channel and confirm the ACKs.

HealthDataBridge Onboarding"""),
    att('hdb_test_rde.hl7', r"""MSH|^~\&|HDBTEST|HDB|PHARMHUB|MERIDIANSP|202611091000||RDE^O11^RDE_O11|TEST0001|T|2.5.1
PID|1||ZZTEST0001^^^HDB^MR||ZZTEST^PATIENT^A||19000101|U|||123 TEST ST^^TESTVILLE^OH^00000
ORC|NW|TESTORD0001
RXE|^^^20261109^^R|00000000000^TEST DRUG 1MG^NDC|1||MG|TAB|TEST SIG ONLY||||1|EA|0
""", 'application/octet-stream'))))

add('clean', 'clean-training', '', mk(
    ('Rhonda Vail', 'rvail@harborviewdental.com'),
    ('Front Office - All', 'frontoffice@harborviewdental.com'),
    'Cheat sheet: reading a dental EOB',
    D('2026-11-20 12:30'),
    txt("""Several of you asked how to read the EOBs we get back. Made-up example (not a real patient):

  Patient: SAMPLE, JOHN           Claim: 0000000000
  Code    Tooth  Billed   Allowed  Ded    Ins paid  Pt resp  Remark
  D1110          115.00    92.00    0.00    92.00     0.00
  D0274          78.00     64.00    0.00    64.00     0.00
  D2392   #30    210.00   168.00   50.00    94.40    73.60   (80% after ded)

How to read it:
 - "Allowed" is the contracted fee. We write off Billed minus Allowed if we're in network.
 - "Pt resp" is what we bill the patient, never more.
 - A remark code means something was reduced or denied - look it up before calling the payer.

Questions at Thursday's huddle.
Rhonda""", cte='7bit')))

add('clean', 'clean-training', '', mk(
    ('Quality & Training', 'training@bluewaterhme.com'),
    ('Drivers', 'drivers@bluewaterhme.com'),
    'Refresher: oxygen cylinder transport & delivery safety',
    D('2026-11-14 07:00'),
    mixed(txt("""Drivers - please read the attached refresher and sign the acknowledgement on your tablet by
11/30. This is required by DOT and our accreditation survey is in January."""),
    att('O2_delivery_refresher.html', """<html><body><h2>Oxygen Cylinder Transport &amp; Delivery - Refresher</h2>
<ol>
<li>Secure every cylinder upright in the rack or lying down chocked. Never loose in the cargo area.</li>
<li>Placards: not required under 1,001 lb aggregate, but carry the shipping papers in the door pocket.</li>
<li>In the home: check for open flames, candles, smoking. If someone is smoking, do not set up - call the office.</li>
<li>Keep cylinders 5 ft from heat sources; store in a cart or stand.</li>
<li>Teach back: have the customer show you how to turn the regulator on and read the gauge.</li>
</ol><p>Example documentation: "Delivered 4 E cylinders, teach-back completed, no hazards observed." Do <b>not</b> write clinical notes in the delivery ticket.</p></body></html>""", 'text/html', cte='qp'))))

add('clean', 'clean-training', '', mk(
    ('IT Security', 'security@careroute-nemt.com'),
    ('All Staff', 'allstaff@careroute-nemt.com'),
    'You clicked it! (phishing simulation results)',
    D('2026-11-24 10:00', '-0600'),
    txt("""Last week's simulated phishing e-mail ("Urgent: rider complaint - open attached trip log") was
opened by 41% of staff and 17% clicked the link. 6 people entered credentials.

Things that should have tipped you off:
  - the sender domain was careroute-nemt.co (not .com)
  - the attachment was an .html file asking you to log in
  - "urgent" + a generic greeting

If you clicked, you'll get a 10 minute micro-training in your inbox. No one is in trouble. Report
suspicious mail with the Report Phish button.

IT Security""", cte='7bit')))

# ============================ WRITE ============================
def _reorder(m):
    saved = [(k, m[k]) for k in ('MIME-Version', 'Content-Type', 'Content-Transfer-Encoding') if m[k] is not None]
    for k, _ in saved:
        del m[k]
    for k, v in saved:
        m[k] = v

def _bounds(m):
    for part in m.walk():
        if part.is_multipart() and not part.get_content_type().startswith('message/'):
            part.set_boundary('----=_NextPart_%03d_%04X_%08X.%08X' % (
                random.randint(0, 999), random.getrandbits(16), random.getrandbits(32), random.getrandbits(32)))

def main():
    order = list(range(len(MSGS)))
    random.shuffle(order)
    rows = []
    for n, i in enumerate(order, 1):
        label, kind, surname, m = MSGS[i]
        _reorder(m)
        for part in m.walk():
            if part.get_content_type() == 'message/rfc822':
                for inner in part.get_payload():
                    _reorder(inner)
        _bounds(m)
        fn = '%s-%03d.eml' % (kind, n)
        with open(os.path.join(OUT, fn), 'wb') as f:
            BytesGenerator(f, mangle_from_=False).flatten(m)
        rows.append((fn, label, kind, surname))
    rows.sort()
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    print(len(rows), 'messages written')

if __name__ == '__main__':
    main()
