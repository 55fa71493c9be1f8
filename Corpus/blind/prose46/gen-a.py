#!/usr/bin/env python3
"""Blind evaluation mail set: plastic & reconstructive surgery practice + med-spa,
burn clinic follow-ups, wound-care / hyperbaric centre. Standard library only."""
import csv
import io
import os
import random
import sys
import zipfile
import datetime
import email.policy
import email.utils
from email.message import EmailMessage

SEED = 4601
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

ROWS = []
COUNT = {}
SERIAL = [0]
BASE = datetime.datetime(2025, 9, 2, 7, 0, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=-5)))


def next_date():
    d = BASE + datetime.timedelta(days=random.randint(0, 55), hours=random.randint(0, 11),
                                  minutes=random.randint(0, 59), seconds=random.randint(0, 59))
    return email.utils.format_datetime(d)


def zipbytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 9, 30, 16, 20, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data if isinstance(data, bytes) else data.encode('utf-8'))
    return buf.getvalue()


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsxbytes(rows, sheet='Sheet1'):
    from xml.sax.saxutils import escape
    cells = []
    for r, row in enumerate(rows, 1):
        cs = []
        for c, v in enumerate(row):
            ref = '%s%d' % (_col(c), r)
            if isinstance(v, (int, float)):
                cs.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cs.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, escape(str(v))))
        cells.append('<row r="%d">%s</row>' % (r, ''.join(cs)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % ''.join(cells))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % escape(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return zipbytes([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
                     ('xl/_rels/workbook.xml.rels', wbrels), ('xl/worksheets/sheet1.xml', sheet_xml)])


def add(label, kind, frm, to, subj, body, patient='', cc=None, html=None, atts=(), cte=None,
        headers=None, reply_to=None):
    SERIAL[0] += 1
    i = SERIAL[0]
    COUNT[(label, kind)] = COUNT.get((label, kind), 0) + 1
    fname = '%s-%s-%03d.eml' % (label, kind, COUNT[(label, kind)])
    msg = EmailMessage()
    msg['From'] = frm
    msg['To'] = to
    if cc:
        msg['Cc'] = cc
    if reply_to:
        msg['Reply-To'] = reply_to
    msg['Subject'] = subj
    msg['Date'] = next_date()
    dom = frm.rsplit('@', 1)[-1].strip('>').strip()
    msg['Message-ID'] = '<%d.%08x.%d@%s>' % (4601000 + i, random.getrandbits(32), i, dom)
    for k, v in (headers or []):
        msg[k] = v
    if cte is None and body.isascii():
        cte = '7bit'
    if cte:
        msg.set_content(body, cte=cte)
    else:
        msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype='html')
    for a in atts:
        data, mt, st, fn = a
        if isinstance(data, str):
            msg.add_attachment(data, subtype=st, filename=fn)
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    for j, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (i, j))
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(msg.as_bytes(policy=email.policy.SMTP))
    ROWS.append((fname, label, kind, patient if label == 'phi' else ''))


# ---------------------------------------------------------------- PHI: care
DISC_CPRS = """
--
CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the
intended recipient(s) and may contain confidential and privileged information. Any unauthorized
review, use, disclosure or distribution is prohibited. If you are not the intended recipient,
please contact the sender by reply e-mail and destroy all copies of the original message."""

add('phi', 'care',
    'Kelsey Ravenscroft <kravenscroft@callowayprs.com>',
    'Anders Lindqvist MD <alindqvist@callowayprs.com>',
    'overnight flap checks - Brennan',
    """Dr L,

Quick update on Harold Brennan (L DIEP, POD 2). Flap checks q1h overnight were fine, doppler signal
strong at the marked perforator every check, cap refill ~2 sec, color pink, warm. Drain #1 put out
45cc serosang over 12h, drain #2 20cc. He was up to the chair x2 with PT this am, tolerated ok.

Pain controlled on the tylenol/gabapentin schedule, only needed 1 dose of oxy at 0300. Hgb this
morning 9.8 (was 10.4 yesterday). Foley out at 0600, has voided once.

Do you still want to go to q2h checks today or keep q1h until 48h mark? He's asking about a shower.

Kelsey Ravenscroft, RN BSN
Inpatient Plastics | Calloway Plastic & Reconstructive Surgery
pager 4471
""" + DISC_CPRS,
    patient='Brennan')

add('phi', 'care',
    'Marta Szabo <mszabo@northgatewound.org>',
    'Howard Fenn DO <hfenn@northgatewound.org>',
    'dive 28 today',
    """Dr. Fenn - Dolores Whitfield did dive #28 of 40 today, 2.4 ATA x 90 min w/ 2 air breaks. She had to
stop at 15 fsw on descent for a bit, complaining of R ear pressure again, got down after a couple
of valsalvas. Otoscope after: R TM looks red/retracted to me (TEED 2?). Pre-dive glucose 182, post 141.

She asked if she can skip tomorrow. I told her I'd ask you. Do you want ENT to see her for tubes
before she does 29?

Marta
Marta Szabo, CHT
Northgate Wound Care & Hyperbaric Center""",
    patient='Whitfield')

add('phi', 'care',
    'Rafael Ibarra MD <ribarra@tessalyhealth.org>',
    'Colleen Mahaffey OTR/L <cmahaffey@riversidehandtherapy.com>',
    'Re: referral - Jamal Pryce',
    """Colleen,

Thanks for fitting him in. Saw Jamal in burn follow-up clinic this morning. Grafts to the L forearm
and dorsal hand are ~95% take, small open area (1x0.5cm) over the 3rd MCP still getting xeroform.
Wrist and MCP flexion are tight - he can't make a full fist. I'd like you to start:

 - custom pressure garment, L hand/forearm (glove with zipper, he will not manage buttons)
 - scar massage + silicone gel sheets once the MCP spot closes
 - ROM 3x/wk for 6 wks, then we'll reassess; static progressive splint at night if no gains by wk 3

He's back to see me in 4 weeks. Please send me your eval.

Rafael Ibarra, MD
Burn Surgery | Tessaly Regional Burn Center
Outpatient Burn Clinic (fax) 555-0143

> On Mon, Colleen Mahaffey wrote:
> Happy to take him. Can you send the clinic note + graft details when you see him?
""",
    patient='Pryce')

add('phi', 'care',
    'Tomasz Nowicki <tnowicki@callowayprs.com>',
    'Utilization Review <um.requests@keystonemutual.com>',
    'Peer-to-peer request - reduction mammaplasty, Kimberly Ashdown',
    """Hello,

We are requesting a peer-to-peer review for the denial dated last Thursday (ref UM-25-0917733).

Patient: Kimberly Ashdown
Procedure: bilateral reduction mammaplasty (19318 x2)
Surgeon: Miriam Osei-Tutu, MD, FACS

The denial states that estimated resection weight does not meet the Schnur threshold. Dr. Osei-Tutu
estimates 850 g per side based on exam; Ms. Ashdown is 5'4", 181 lb. She has completed 14 months of
PT for neck and upper back pain, has documented shoulder grooving and recurrent intertrigo treated
with nystatin x3 courses this year. Chiropractic notes and PT discharge summary were included in the
original packet (42 pages).

Dr. Osei-Tutu is available Tues/Thurs between 12:00-1:00 at 555-0176 ext 2.

Thank you,
Tomasz Nowicki
Prior Authorization / Billing Specialist
Calloway Plastic & Reconstructive Surgery
""" + DISC_CPRS,
    patient='Ashdown')

add('phi', 'care',
    'Jolene Harker RN <jolene@lumenmedspa.com>',
    'Dr. Miriam Osei-Tutu <mosei-tutu@callowayprs.com>',
    'renata - lid droop after tox',
    """hi dr O, need your eyes on one. renata solis came in today, had 20u glabella + 12u crows feet 13
days ago (me, same lot as always). L upper lid is down maybe 2mm, worse end of day. no diplopia, no
other weakness. I started apraclonidine 0.5% 1-2 gtt L eye TID and told her it usually wears off in
3-6 wks. took photos, they're in her chart.

she is not mad but she has a wedding the 25th. can you call her? her cell is in the chart. I comped
her next visit.

-Jo

Jolene Harker, RN, CANS
Lead Aesthetic Injector | Lumen Med Spa at Calloway
""",
    patient='Renata Solis')

add('phi', 'care',
    'Latoya Dempsey NP <ldempsey@northgatewound.org>',
    'frontdesk@maplecrestfamilymed.com',
    'Gerald Kowalczyk - abx change, pls route to Dr Haddad',
    """Good afternoon,

Please route to Dr. Haddad (PCP). Tissue culture from Mr. Kowalczyk's R heel ulcer came back
Pseudomonas aeruginosa, resistant to doxycycline. I have stopped the doxy and started ciprofloxacin
750 mg PO BID x 14 days. Told him to hold his calcium/iron supplements 2 hrs around doses.

We debrided again today - wound now 3.1 x 2.4 x 0.6 cm, probes to bone at the base so I ordered an
MRI of the foot to r/o osteo. If positive he'll need ID and we will add him to the hyperbaric list.
Offloading boot reissued (he's been taking it off at home).

Recheck in our clinic in 1 week. Call with questions.

Latoya Dempsey, MSN, NP-C, CWOCN
Northgate Wound Care & Hyperbaric Center
Phone 555-0129 | Fax 555-0130""",
    patient='Kowalczyk')

add('phi', 'care',
    'Howard Fenn DO <hfenn@northgatewound.org>',
    'HBOT Team <hbot-team@northgatewound.org>',
    'Betts - no dives until further notice',
    """All,

FYI Lorraine Betts was admitted to Mercy last night via the ED after the seizure at depth yesterday
(~55 min into her 2.0 ATA treatment, we did the emergency ascent per protocol). CT head neg, neuro
following, EEG pending. Most likely CNS O2 toxicity but she was also hypoglycemic (BG 58 in the ED).

Take her off the schedule. Do NOT rebook without talking to me. Marta, please file the incident
report today.

H. Fenn, DO, UHM
Medical Director, Hyperbaric Medicine""",
    patient='Betts')

add('phi', 'care',
    'Priya Nandakumar PA-C <pnandakumar@callowayprs.com>',
    'Intake <intake@brightwaterhh.com>',
    'Home health referral - Vernon Achterberg (STSG R thigh)',
    """Home health referral

Patient: Vernon Achterberg
Procedure 9/26: excision of R lower leg wound + split-thickness skin graft, donor site R thigh
Orders:
- Skilled nursing 3x/wk x 3 wks for dressing changes
- Recipient site: bolster removed POD5 in clinic. Now adaptic + bacitracin + kerlix, change every 2 days
- Donor site: leave the Opsite on until it falls off, drain fluid with a needle if it balloons
- Monitor for signs of infection, temp > 101, graft loss; call our office
- Keep R leg elevated, no dependent position > 30 min first 2 wks
- Continue Eliquis (was held 2 days pre-op, resumed POD1)

Please call 555-0176 to confirm start of care.

Priya Nandakumar, PA-C
Calloway Plastic & Reconstructive Surgery""",
    html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p><b>Home health referral</b></p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td>Patient</td><td>Vernon Achterberg</td></tr>
<tr><td>Procedure 9/26</td><td>Excision of R lower leg wound + split-thickness skin graft, donor site R thigh</td></tr>
</table>
<p>Orders:</p>
<ul>
<li>Skilled nursing 3x/wk x 3 wks for dressing changes</li>
<li>Recipient site: bolster removed POD5 in clinic. Now adaptic + bacitracin + kerlix, change every 2 days</li>
<li>Donor site: leave the Opsite on until it falls off, drain fluid with a needle if it balloons</li>
<li>Monitor for signs of infection, temp &gt; 101, graft loss; call our office</li>
<li>Keep R leg elevated, no dependent position &gt; 30 min first 2 wks</li>
<li>Continue Eliquis (was held 2 days pre-op, resumed POD1)</li>
</ul>
<p>Please call 555-0176 to confirm start of care.</p>
<p>Priya Nandakumar, PA-C<br>Calloway Plastic &amp; Reconstructive Surgery</p>
</body></html>""",
    patient='Achterberg')

# ---------------------------------------------------------------- PHI: names
add('phi', 'names',
    'Anders Lindqvist MD <alindqvist@callowayprs.com>',
    'Miriam Osei-Tutu <mosei-tutu@callowayprs.com>',
    'Okonkwo-Bello flap - congested tip?',
    """Miriam - took a look at 0630. Distal 2cm of the flap is dusky/purple, brisk dark bleed on pinprick,
doppler still there. I took the 2 sutures out at the tip and started leeches x2 per the protocol,
pharmacy is sending cipro for prophylaxis. Can you swing by before clinic? I think if it isn't better
by noon we talk about going back.

A.""",
    patient='Okonkwo-Bello')

add('phi', 'names',
    'Bree Castillo <bcastillo@callowayprs.com>',
    'Language Services <interpreters@tessalyhealth.org>',
    'Nguyễn, Thị Hoa - scar revision moved to 10/14',
    """Hi team,

Nguyễn, Thị Hoa's scar revision (neck contracture release w/ Z-plasty, Dr. Ibarra) got moved from
10/7 to 10/14, arrive 6:15am, pre-op area 2. She asked for the same Vietnamese interpreter as last
time (she said "Ms. Lan"), in person if possible - her daughter usually can't come till after work.

Can you update the request? Old request # was LS-88213.

thanks!!
Bree Castillo
Surgery Scheduler, Calloway Plastic & Reconstructive Surgery
555-0176 x 1""",
    patient='Nguyễn')

add('phi', 'names',
    'Kelsey Ravenscroft <kravenscroft@callowayprs.com>',
    'Priya Nandakumar <pnandakumar@callowayprs.com>',
    'RE: expander fills this week',
    """Van der Berg's R expander is at 450 of 550cc after today, she felt tight but no blanching. L side
done, we're holding there. She wants to know if the exchange can be before Christmas - radiation
isn't planned so I think yes but that's Dr. O's call.

Also Mr. de la Fuente cancelled his fill again (3rd time). Should I send the no-show letter?

-----Original Message-----
From: Priya Nandakumar
Sent: Tuesday 8:02 AM
To: Kelsey Ravenscroft
Subject: expander fills this week

Kelsey can you let me know where everyone is at with their fills before Friday's huddle.
""",
    patient='Van der Berg')

add('phi', 'names',
    'Front Desk - Northgate <frontdesk@northgatewound.org>',
    'Marta Szabo <mszabo@northgatewound.org>',
    'phone msg',
    """Marta, Marisol from the Tuesday/Thursday 2pm chamber slot called (the one doing the 40 dives for
her jaw, radiation). She says she's had bad sinus pain + a little nosebleed after the last 2 dives
and wants to talk to someone before Thursday. Best # is her cell, it's in the appt notes. She
sounded worried.

- Denise""",
    patient='Marisol')

add('phi', 'names',
    'Dr. Miriam Osei-Tutu <mosei-tutu@callowayprs.com>',
    'Hala Mansour <hmansour@callowayprs.com>',
    'Ms. Al-Rashidi post op',
    """Hala,

Fatima Al-Rashidi called the after-hours line last night, day 5 after open septorhinoplasty - she's
worried about bruising going down to her cheeks and some bloody drainage when she bends over. Sounds
normal to me but please get her in for a quick check today or tomorrow, splint comes off day 7 anyway
so we could just move that up. Arabic interpreter please, her husband translated last time and I
don't think she's telling him everything.

Thx
M.""",
    patient='Al-Rashidi')

add('phi', 'names',
    'Nkechi Obi RN <nobi@tessalyhealth.org>',
    'Burn Clinic <burnclinic@tessalyhealth.org>',
    'Mrs Venkataraman-Iyer - garment remeasure',
    """Hi all

Mrs Lakshmi Venkataraman-Iyer came in w/o an appt today because her face mask (transparent facial
orthosis) is rubbing raw behind the ears. Pressure area small, no blister. I padded it w/ moleskin
and called Orthotics, they can remeasure Friday 10:30. She still has the hypertrophic scarring on the
L cheek + chin, Dr Ibarra wants to consider laser after 12 months post-burn.

Her son asked again for a letter for her employer re time off. Who's doing those now?

Nkechi Obi RN
Outpatient Burn Clinic""",
    patient='Venkataraman-Iyer')

add('phi', 'names',
    'Rafael Ibarra MD <ribarra@tessalyhealth.org>',
    'Piotr Zielinski <pzielinski@tessalyhealth.org>',
    'Wróblewski – graft site',
    """Piotr,

Can you see Zdzisław Wróblewski in the 3pm follow-up slot? He speaks some English but his
wife is better with Polish, so she'll probably do the talking. His chest graft has a 3 cm
area of loss at the inferior edge (the part that sheared when he fell at home). I'd try silver
dressings x2 wks before we talk about regrafting. He is on prednisone for his COPD so slow healer.

Dziękuję!
R.""",
    patient='Wróblewski')

add('phi', 'names',
    'Dana Whitcombe <dwhitcombe@callowayprs.com>',
    'Anders Lindqvist MD <alindqvist@callowayprs.com>',
    'FW: complaint - Adeyemi',
    """Dr. Lindqvist - see below. Can we talk at 12:30? I'd like to call Mr Adeyemi back today.

Dana Whitcombe
Practice Manager

-----Original Message-----
From: Oluwaseun Adeyemi <seun.adeyemi@outlook.com>
Sent: Friday, October 3, 2025 9:47 PM
To: info@callowayprs.com
Subject: complaint

To whom it may concern,

I had surgery with Dr Lindqvist on Sept 12 to remove the keloid on my right ear. Nobody told me I
would need the steroid injections after and now the billing office says they are not covered and I
owe $640. Also the keloid is already coming back at the edge. I was told this was a one time
surgery. I would like someone to call me back.

Seun Adeyemi
""",
    patient='Adeyemi')

# ---------------------------------------------------------------- PHI: self
add('phi', 'self',
    'Brenda Kowalski <brendak1974@yahoo.com>',
    'info@callowayprs.com',
    'incision leaking??',
    """Hi, this is Brenda Kowalski, I had my tummy tuck with Dr Osei-Tutu on the 2nd. The left end of my
incision (by my hip) started leaking kind of yellowish clear stuff last night and it soaked through
the gauze. No fever that I know of, it's a little red but not hot. The drains came out last
Wednesday. Is this normal or should I come in? I go back to work Monday.

I tried calling but the message said the office opens at 8.

Thanks,
Brenda
sent from my iPhone""",
    patient='Kowalski')

add('phi', 'self',
    'Chelsea Marsh <chelsea.marsh88@gmail.com>',
    'Burn Clinic <burnclinic@tessalyhealth.org>',
    'Aiden Marsh DOB 06/11/2016 - pressure vest question',
    """Hello,

My son Aiden Marsh (DOB 06/11/2016) was seen in your burn clinic on Sept 18 for follow up on the scald
burn on his chest and left shoulder from the hot noodles in July. We were told he needs to wear the
pressure vest 23 hours a day but he is complaining it itches so bad he can't sleep and he is
scratching the skin open under his arm. Can he take it off at night? He is also taking the
hydroxyzine the doctor gave him but it doesn't seem to help much.

Also school nurse needs a note saying he can't do PE outside in the sun.

Thank you,
Chelsea Marsh (mom)
555-0192""",
    patient='Marsh')

add('phi', 'self',
    '"keisha d" <keishadunmore@icloud.com>',
    'hello@lumenmedspa.com',
    'lips after filler',
    """hi it's keisha, I got lip filler with Jolene on friday (Keisha Dunmore). today there's a white-ish
patch on the left side of my upper lip and it kinda looks blotchy purple around it and hurts more
than it did yesterday. is that normal swelling?? sending a pic as soon as I figure out how to make
it smaller lol

keisha""",
    patient='Dunmore',
    cte='quoted-printable')

add('phi', 'self',
    'Raymond Tuttle <rtuttle.home@gmail.com>',
    'Appeals <appeals@cardinalridgehp.com>',
    'Appeal - hyperbaric oxygen therapy denial',
    """To the Appeals Department,

My name is Raymond Tuttle and I am writing to appeal your decision to deny coverage for hyperbaric
oxygen treatment at Northgate Wound Care. My member ID is CRH-7702194-01.

I had radiation for prostate cancer in 2021 and since last year I have been bleeding in my urine on
and off. I have been hospitalized twice (March and June) and needed blood transfusions both times.
My urologist Dr. Perlman did a cystoscopy and said it is radiation cystitis and referred me to
Dr. Fenn for hyperbaric treatment. Your letter says it is "not medically necessary" but I don't know
what else they are supposed to do. I have done the bladder washes already.

Please reconsider. I have attached the letter from Dr. Fenn.

Sincerely,
Raymond Tuttle
48 Weatherby Court
Dunmore Falls
""",
    patient='Tuttle',
    atts=[("""Northgate Wound Care & Hyperbaric Center
Letter of Medical Necessity

Re: Raymond Tuttle   DOB: 02/17/1952

Mr. Tuttle has hemorrhagic radiation cystitis (N30.41 / Y84.2) following external beam radiation
for prostate adenocarcinoma in 2021. He has required two admissions with transfusion (4 units PRBC
total) in 2025 despite continuous bladder irrigation and intravesical alum. Hyperbaric oxygen therapy
at 2.0-2.4 ATA for 40 treatments is recommended and is a covered indication under your own medical
policy MP-114.

Howard Fenn, DO, UHM
""", 'text', 'plain', 'Fenn_LMN_Tuttle.txt')])

add('phi', 'self',
    'Deborah Greenberg-Shaw <debgshaw@comcast.net>',
    'info@northgatewound.org',
    'my father Walter Greenberg - confused after treatments',
    """Hello,

I am writing about my father, Walter Greenberg. He has been coming for hyperbaric treatments (for
the wound on his foot, he's diabetic) every weekday since the middle of September. I'm his
health care proxy, and I drive him.

For the past week or so he has been very confused in the evenings after his treatment - he asked
me twice where my mother is (she passed in 2019) and he got lost going to the bathroom at his own
house. In the mornings he is himself. He is 84 and on a lot of medications. Could the oxygen be
doing this? Should he stop? His next one is tomorrow at 9:30.

Please call me at 555-0118, I'd rather talk to someone than go back and forth by email.

Deborah Greenberg-Shaw""",
    patient='Greenberg')

add('phi', 'self',
    'Sunita Rao <sunita.rao.79@outlook.com>',
    'Medical Records <records@callowayprs.com>',
    'Records request',
    """Hi,

Name: Sunita Rao
Birthdate: 14 August 1979
Phone: 555-0164

I need my operative report and pathology report from my breast implant removal and capsulectomy
(Dr. Lindqvist, June of this year) sent to my new doctor, Dr. Elaine Whitford at Bayshore Breast
Center. I'm having some lymph nodes under my arm checked and they want to see whether the capsule was
sent for testing. Fax there is 555-0107.

I signed the release form at the front desk in June, but let me know if I need to do another one.

Thank you,
Sunita""",
    patient='Rao',
    cte='base64')

add('phi', 'self',
    '"josé hernández" <jhernandez.pintor@gmail.com>',
    'frontdesk@northgatewound.org',
    'cambiar cita / change appt',
    """hi this is josé hernández, can i move my wound appt tuesday to thursday same time? my foot is
doing better the nurse said the hole is smaller, the boot is helping. i have work tuesday they
cant give me the day.

gracias
jose
""",
    patient='hernández')

# ---------------------------------------------------------------- PHI: ids
add('phi', 'ids',
    'Priya Nandakumar PA-C <pnandakumar@callowayprs.com>',
    'Dermpath Client Services <clientservices@lakelanddermpath.com>',
    'path add-on request',
    """Hi - could you add margins/re-cut levels on the below? Clinically I'm worried the deep margin
wasn't clear on the scalp lesion we excised.

pt DOB 3.4.88
MRN CPRS0048812
accession D25-044917, specimen A (scalp, vertex, excision w/ 4mm margins)
original dx: basal cell ca, infiltrative pattern

She's booked for possible re-excision w/ local flap on the 21st so sooner is better.

Thanks,
Priya Nandakumar, PA-C
Calloway Plastic & Reconstructive Surgery | 555-0176""")

add('phi', 'ids',
    'Tomasz Nowicki <tnowicki@callowayprs.com>',
    'Provider Services <provider.services@keystonemutual.com>',
    'claim denial - acct 7730019342',
    """Hello,

Claim was denied with CARC 197 (precert absent) but the auth was obtained before surgery.

Acct 7730019342
Member: HOLLOWAY, DENISE M   DOB 19710915
Member ID KMH 884 210 377  Grp 55120
DOS 08/14/2025
CPT 15734 x2 (muscle flap, trunk), 15830 (panniculectomy)
Dx L90.5, L98.7, E66.01
Auth # PA-25-118204 approved 08/01/2025 valid through 10/30/2025

Please reprocess. Auth approval letter attached to the portal under this claim.

Tomasz Nowicki
Billing | Calloway Plastic & Reconstructive Surgery
555-0176 x 4""",
    patient='Holloway')

add('phi', 'ids',
    'Intake <intake@brightwaterhh.com>',
    'Latoya Dempsey NP <ldempsey@northgatewound.org>',
    'RE: start of care',
    """Hi Latoya,

We got the referral. Before we can schedule the SOC visit we need to confirm the address, the one on
the face sheet bounced back as invalid:

   Eunice Parmenter, DOB 4 Mar 1938
   1142 Larkspur Ln Apt 3B
   Fenwick Heights  44820
   home (555) 014-3390 / daughter Carol cell (555) 019-7716

Is that still current? Also wound vac - is the KCI/3M order being placed by you or by us? Pt is
coming home from rehab Thursday with the VAC on the sacral wound (125 mmHg continuous).

Thank you!
Rosa Imbriale, RN
Intake Coordinator, Brightwater Home Health""",
    patient='Parmenter')

add('phi', 'ids',
    'Prior Auth Team <priorauth@cardinalridgehp.com>',
    'hbot-auth@northgatewound.org',
    'Determination: HBO 99183 - Member ID CRH5518802',
    """NOTICE OF DETERMINATION

Member ID: CRH5518802-02
Member: Pauline Ostrander
Requesting Provider: Howard Fenn DO, NPI on file
Service: Hyperbaric oxygen under pressure (99183, G0277), 30 sessions
Diagnosis: E11.621, L97.413 (Wagner grade 3 ulcer R midfoot)
Determination: APPROVED 20 sessions, 10/06/2025 - 11/21/2025
Additional sessions require updated wound measurements and documentation of response.

Reference #: CRH-UM-2025-301177

This message contains confidential information intended only for the addressee.""",
    patient='Ostrander')

add('phi', 'ids',
    'Latoya Dempsey NP <ldempsey@northgatewound.org>',
    'Micro Lab <microlab@mercyregional-lab.org>',
    'culture result not crossing',
    """Hi, the tissue culture from the 9/30 debridement isn't showing up in our system. Chart # 00412297,
accession MC-25-273319, collected 1420, R great toe amputation site bone fragment. The preliminary
you called over said GPC in clusters - we need the sensis to pick the abx for his IV course. Can you
fax to 555-0130 or resend the interface message?

Latoya""")

add('phi', 'ids',
    'Dana Whitcombe <dwhitcombe@callowayprs.com>',
    'Collections <support@apexrecoverygroup.com>',
    'RE: account placed in error',
    """Please recall the account below from collections. Patient paid in full on 9/2, the payment posted
to the wrong guarantor.

Name: Marcus T. Ferrante
SSN: 531-40-2219
DOB: 11/23/1965
Our acct: CPRS-A-00917326
Balance placed: $2,310.00 (blepharoplasty, bilateral upper, DOS 6/19/25 - cosmetic, self-pay)

Please confirm in writing that nothing was reported to the credit bureaus.

Dana Whitcombe, Practice Manager
Calloway Plastic & Reconstructive Surgery
""",
    patient='Ferrante')

add('phi', 'ids',
    'Kelsey Ravenscroft <kravenscroft@callowayprs.com>',
    'Implant Tracking <implanttracking@callowayprs.com>',
    'implant card - missing serials',
    """For the device registry, the implant card from the OR was missing the serial for the L side.
From the sticker sheet:

DOB 1992-07-23, MRN 0051-7730
R: smooth round silicone 350cc mod+ SN 20381144-017 LOT 2219874
L: smooth round silicone 350cc mod+ SN 20381144-022 LOT 2219874
Surgery date 09/09/2025, Dr. Osei-Tutu, primary augmentation, IMF incision

Her email for the manufacturer warranty registration: alexis.brandvold@gmail.com

Kelsey""",
    patient='Brandvold')

add('phi', 'ids',
    'Nkechi Obi RN <nobi@tessalyhealth.org>',
    'Rafael Ibarra MD <ribarra@tessalyhealth.org>',
    'pt who called re itching',
    """Dr I - mom called about the 4 yo from the August scald (DOB Sept 9 '21, MRN TRB-2290417). Says the
grafted area on the R thigh is itching so much he bleeds, hydroxyzine not helping. Cell 555-0147.
OK to add cetirizine daytime + gabapentin at night per the pruritus protocol? weight was 17.2 kg at
last visit.

N.""")

# ---------------------------------------------------------------- PHI: lists
tab_rows = [
    ['Time', 'Patient', 'DOB', 'Indication', 'Tx#', 'Notes'],
    ['0800', 'Whitfield, Dolores', '05/02/1949', 'DFU L hallux', '29/40', 'R ear - ENT?'],
    ['0800', 'Pham, Quang', '12/30/1957', 'rad necrosis mandible', '12/30', 'pre-op series, dental ext 11/4'],
    ['0800', 'Ostrander, Pauline', '07/19/1961', 'DFU R midfoot W3', '3/20', 'BG check, insulin pump'],
    ['1000', 'Greenberg, Walter', '01/08/1941', 'DFU R heel', '18/30', 'daughter reports PM confusion - see Dr F'],
    ['1000', 'Tuttle, Raymond', '02/17/1952', 'rad cystitis', 'HOLD', 'auth under appeal'],
    ['1400', 'Marisol Quintanilla', '10/11/1970', 'ORN prophylaxis', '8/30', 'sinus pain, nosebleed'],
    ['1400', 'Haskins, Leroy', '03/27/1966', 'compromised flap', '4/10', 'transferred from Calloway'],
]
tab_txt = '\n'.join('\t'.join(r) for r in tab_rows)
add('phi', 'lists',
    'Marta Szabo <mszabo@northgatewound.org>',
    'HBOT Team <hbot-team@northgatewound.org>',
    'Thursday chamber schedule',
    "Morning all, here's tomorrow. 1000 is only 2 in the multiplace so we can put an add-on there.\n\n"
    + tab_txt +
    "\n\nSafety brief at 0730. Please check everyone for lotion/hair products, we had a hairspray at 1000 on Mon.\n\nMarta\n",
    patient='Whitfield')

add('phi', 'lists',
    'Piotr Zielinski MD <pzielinski@tessalyhealth.org>',
    'Burn Residents <burn-residents@tessalyhealth.org>',
    'weekend sign-out burn f/u + consults',
    """Sign-out Fri -> Sat/Sun (Zielinski -> Okafor)

* Wróblewski, Zdzisław 72M - chest STSG partial loss, silver dressing, on pred. Wife calling w/
  questions, she has the pager #. Nothing to do unless fever.
* Marsh, Aiden 9M - chest/L shoulder scald, pressure vest, pruritus. Mom may call re: night-time
  wear, ok to allow 8h off at night this weekend, will discuss at clinic.
* Ruiz-Talavera, Gabriela 34F - 6% TBSA flame burn hands, dc'd Weds. OT splints. If she calls about
  blisters - unroof in ED fast track, not clinic.
* Nguyen Thi Hoa 58F - pre-op for neck release 10/14, has an INR check Mon (on warfarin), make sure
  someone sees the result.
* Consult: Harlan Boatwright 41M @ Mercy - grease burn R forearm ~2%, may need excision, wanted to
  see him in clinic Mon. His PCP has the photos.

Pager 7702 all weekend. Thanks!
PZ
""",
    patient='Wróblewski')

pipe_txt = """+---------+-----------------------+-------+--------------------------------------------+---------+
| Time    | Patient               | Age   | Procedure                                  | Surgeon |
+---------+-----------------------+-------+--------------------------------------------+---------+
| 07:30   | Ashdown, Kimberly     | 38 F  | bilat reduction mammaplasty                | MOT     |
| 10:45   | Fitzgerald-Oyelaran,T | 52 F  | R breast DIEP revision + fat grafting      | MOT     |
| 13:30   | Sato, Kenji           | 66 M  | excision SCC L cheek, cervicofacial flap   | AL      |
| 15:00   | Brandvold, Alexis     | 33 F  | L implant exchange (rupture? see MRI)      | MOT     |
| 16:15   | de la Fuente, Ramon   | 47 M  | R expander -> implant exchange             | AL      |
+---------+-----------------------+-------+--------------------------------------------+---------+"""
add('phi', 'lists',
    'Bree Castillo <bcastillo@callowayprs.com>',
    'OR Scheduling <orsched@baysideasc.com>',
    'Calloway block - Tues 10/21 final',
    "Hi Gwen, final for our Tuesday block below. Sato will need the Mayfield/headlight set up and a frozen section.\n\n"
    + pipe_txt +
    "\n\nConsents and H&Ps are in the portal except Sato (PCP clearance still pending, I'll send by Friday).\n\nBree\n555-0176 x 1\n",
    patient='Ashdown')

csv_auth = """member_id,patient_name,dob,payer,cpt,dx,sessions_req,sessions_auth,status,auth_no,notes
CRH5518802-02,"Ostrander, Pauline",1961-07-19,Cardinal Ridge,99183,E11.621;L97.413,30,20,APPROVED,CRH-UM-2025-301177,need measurements by tx 18
CRH-7702194-01,"Tuttle, Raymond",1952-02-17,Cardinal Ridge,99183,N30.41;Y84.2,40,0,DENIED-APPEAL,,pt appealed himself 10/2
KMH880337112,"Pham, Quang",1957-12-30,Keystone Mutual,99183,M27.2;Y84.2,30,30,APPROVED,PA-25-120977,Marx protocol 20 pre/10 post
MCR 1EG4TE5MK72,"Greenberg, Walter",1941-01-08,Medicare,G0277,E11.621;L97.412,30,n/a,NO AUTH REQ,,LCD criteria doc in chart
KMH771094556,"Haskins, Leroy",1966-03-27,Keystone Mutual,99183,T86.821,10,0,PENDING,,compromised flap - peer to peer 10/9
"""
add('phi', 'lists',
    'Alma Reyes <areyes@northgatewound.org>',
    'Howard Fenn DO <hfenn@northgatewound.org>',
    'HBO auth tracker - wk of 10/6',
    """Dr Fenn,

Updated tracker attached. Haskins P2P is Thurs 10/9 at 11:15 with their medical director, I put it
on your calendar. Tuttle's appeal is in - he wrote to them himself too.

Alma Reyes
Authorization Coordinator""",
    patient='Ostrander',
    atts=[(csv_auth, 'text', 'csv', 'hbo_auth_tracker_2025-10-06.csv')])

xl_rows = [
    ['Waitlist - Reconstructive (non-cosmetic) - updated 10/1', '', '', '', '', ''],
    ['Last', 'First', 'DOB', 'Phone', 'Procedure', 'Ins / auth status'],
    ['Okafor', 'Blessing', '04/14/1985', '555-0133', 'bilat reduction', 'Keystone - pend'],
    ['Lindgren', 'Astrid', '09/30/1971', '555-0158', 'delayed breast recon (latissimus)', 'Medicare - n/a'],
    ['Mahmoud', 'Yusuf', '01/02/1990', '555-0171', 'burn scar contracture release axilla', 'Medicaid - approved'],
    ['Castellanos', 'Inés', '06/06/1963', '555-0104', 'panniculectomy post bariatric', 'Cardinal Ridge - denied, appeal'],
    ['Kowalski', 'Brenda', '02/21/1974', '555-0188', 'scar revision (abdo) - self pay', 'n/a'],
    ['Tran', 'Minh Chau', '11/17/1982', '555-0126', 'nipple reconstruction + tattoo', 'Keystone - approved'],
]
add('phi', 'lists',
    'Dana Whitcombe <dwhitcombe@callowayprs.com>',
    'Bree Castillo <bcastillo@callowayprs.com>, Tomasz Nowicki <tnowicki@callowayprs.com>',
    'waitlist file',
    """Here's the waitlist as of today. Bree - pls start calling down from the top for the Nov cancellations.
Tomasz - Castellanos appeal, can you check where that is?

D""",
    patient='Okafor',
    atts=[(xlsxbytes(xl_rows, 'Waitlist'), 'application',
           'vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'recon_waitlist_Oct.xlsx')])

zip_csv = """MRN,Last,First,DOB,Burn_date,TBSA_pct,Sites,Next_visit,OT_needs
TRB-2290417,Marsh,Aiden,2016-06-11,2025-07-09,4,chest;L shoulder,2025-10-16,pressure vest refit
TRB-2291188,Ruiz-Talavera,Gabriela,1991-03-02,2025-09-21,6,bilat hands dorsal,2025-10-08,splints + ROM
TRB-2288730,Wroblewski,Zdzislaw,1953-05-14,2025-08-02,9,chest;R arm,2025-10-09,none yet
TRB-2287013,Venkataraman-Iyer,Lakshmi,1968-12-01,2025-01-27,3,face;neck,2025-10-22,facial orthosis remeasure
TRB-2291540,Pryce,Jamal,2001-09-19,2025-08-30,5,L forearm;L hand,2025-11-03,glove + scar massage
TRB-2290966,Begay,Harrison,1979-04-08,2025-06-15,12,bilat legs,2025-10-30,compression + gait
"""
add('phi', 'lists',
    'Colleen Mahaffey <cmahaffey@tessalyhealth.org>',
    'Riverside Hand Therapy <scheduling@riversidehandtherapy.com>',
    'burn clinic OT referrals (encrypted?)',
    """Hi Kim,

Zip with this month's outpatient burn referrals for your clinic attached. Password is the usual one
(I'll text it). If Marsh's mom calls, he needs a vest refit before school pictures, she'll push for it.

Colleen Mahaffey, OTR/L, CHT
Burn Rehabilitation | Tessaly Regional Burn Center""",
    patient='Marsh',
    atts=[(zipbytes([('burn_OT_referrals_Oct2025.csv', zip_csv)]), 'application', 'zip',
           'burn_OT_referrals_Oct2025.zip')])

fw_txt = """WOUND MEASUREMENTS - WEEKLY   (L x W x D cm)          wk of 09/29   wk of 10/06   trend
--------------------------------------------------------------------------------------------
KOWALCZYK GERALD   R heel plantar         DFU      3.4x2.6x0.7   3.1x2.4x0.6   down
PARMENTER EUNICE   sacrum                 PI st4   6.0x4.8x2.2   5.7x4.5x2.0   down  (VAC)
HERNANDEZ JOSE     L 1st met head         DFU      1.8x1.5x0.3   1.2x1.1x0.2   down
STOKOWSKI IRENA    L lat malleolus        venous   5.5x3.9x0.2   6.1x4.0x0.2   UP    duplex?
ABERNATHY-COLE R.  R BKA stump            surgical 2.2x0.9x0.4   2.2x0.8x0.4   flat  consider HBO
OSTRANDER PAULINE  R midfoot              DFU W3   4.0x3.3x1.1   3.8x3.2x1.0   down  HBO tx 3"""
add('phi', 'lists',
    'Latoya Dempsey NP <ldempsey@northgatewound.org>',
    'Howard Fenn DO <hfenn@northgatewound.org>',
    'measurements for QA mtg',
    "For tomorrow's QA meeting. Stokowski is going the wrong way, I think she stopped the compression.\n\n"
    + fw_txt + "\n\nL\n",
    patient='Kowalczyk')

# ---------------------------------------------------------------- PHI: struct
add('phi', 'struct',
    'Kevin Achebe <kachebe@callowayprs.com>',
    'Interface Support <support@meridianintegrations.com>',
    'ADT feed dropping PID-13 - ticket 55821',
    """Hi,

Following up on ticket 55821. The A04s from the practice management system are coming across with the
phone number in PID-14 instead of PID-13 and the EHR is rejecting the registration. Here's one from
this morning straight out of the engine log:

MSH|^~\\&|CPRSPM|CALLOWAY|EHR|CALLOWAY|20251006081422||ADT^A04|MSG000481177|P|2.5.1
EVN|A04|20251006081422
PID|1||CPRS0061934^^^CPRS^MR||Delgado-Whitaker^Yesenia^R||19840312|F|||2207 Orchard Hollow Rd^^Bramley^OH^44702||^^^^^555^0119|555-0119^WPN|||||
PV1|1|O|CPRSCLIN^^^CALLOWAY||||1457832190^OSEI-TUTU^MIRIAM^^^MD|||PLS||||||||||V0049921
IN1|1|KMH01|KEYST|KEYSTONE MUTUAL||||55120|||||||||DELGADO-WHITAKER^YESENIA|18|19840312|||||||||||||||||KMH902118456

Mapping looks right on our side. Can someone check the outbound translation?

Kevin Achebe
IT / Applications Analyst, Calloway Plastic & Reconstructive Surgery""",
    patient='Delgado-Whitaker')

oru = """MSH|^~\\&|MERCYLAB|MERCYREG|NWCEHR|NORTHGATE|20251003143510||ORU^R01|ML2510030091|P|2.3
PID|1||00412297^^^NWC^MR~MRH7731045^^^MERCY^MR||STOKES^DARNELL^W||19580421|M|||90 Tallow Creek Dr^^Fenwick Heights^OH^44820||555-0185
PV1|1|O|WOUND^^^NORTHGATE||||1821004455^DEMPSEY^LATOYA^^^NP
ORC|RE|NWC88231|MC-25-273319
OBR|1|NWC88231|MC-25-273319|87076^CULTURE ANAEROBIC + AEROBIC TISSUE^CPT|||20250930142000|||||||20250930150500|BONE^R great toe amputation site|1821004455^DEMPSEY^LATOYA
OBX|1|TX|664-3^GRAM STAIN||Many WBC. Moderate gram positive cocci in clusters.||||||F
OBX|2|TX|6463-4^ORGANISM||Staphylococcus aureus, methicillin resistant (MRSA)||||||F
OBX|3|ST|18906-8^CIPROFLOXACIN||R||||||F
OBX|4|ST|18993-6^TETRACYCLINE||S||||||F
OBX|5|ST|19000-9^VANCOMYCIN||S (MIC 1)||||||F
OBX|6|ST|18932-4^DAPTOMYCIN||S||||||F
"""
add('phi', 'struct',
    'Micro Lab <microlab@mercyregional-lab.org>',
    'Latoya Dempsey NP <ldempsey@northgatewound.org>',
    'RE: culture result not crossing',
    """Latoya - the result errored on your interface (PID-3 repeat, your engine only takes one MRN).
Raw message attached so you can see it; final was called to your nurse at 1530 yesterday.

Mercy Regional Microbiology
ext 4-3300

> Hi, the tissue culture from the 9/30 debridement isn't showing up in our system. Chart # 00412297,
> accession MC-25-273319 ...""",
    patient='Stokes',
    atts=[(oru, 'text', 'plain', 'MC-25-273319_ORU.hl7')])

x837 = """ISA*00*          *00*          *ZZ*CALLOWAYPRS    *ZZ*KEYSTONEMH     *251007*1102*^*00501*000001774*0*P*:~
GS*HC*CALLOWAYPRS*KEYSTONEMH*20251007*1102*1774*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*CPRS1774*20251007*1102*CH~
NM1*85*2*CALLOWAY PLASTIC & RECONSTRUCTIVE SURGERY*****XX*1093817265~
HL*2*1*22*0~
SBR*P*18*55120******CI~
NM1*IL*1*OKAFOR*BLESSING*A***MI*KMH774410298~
N3*61 CRESTWOOD TERRACE~
N4*BRAMLEY*OH*44702~
DMG*D8*19850414*F~
CLM*CPRS-A-00931845*14250***11:B:1*Y*A*Y*Y~
REF*G1*PA-25-121533~
HI*ABK:N62*ABF:M54.2*ABF:M54.6*ABF:L30.4~
LX*1~
SV1*HC:19318:RT*7125*UN*1***1~
DTP*472*D8*20251002~
LX*2~
SV1*HC:19318:LT*7125*UN*1***1~
DTP*472*D8*20251002~
SE*19*0001~"""
add('phi', 'struct',
    'Tomasz Nowicki <tnowicki@callowayprs.com>',
    'EDI Support <edisupport@clearpathclaims.com>',
    'rejected 837 - 2010BA loop?',
    """Clearinghouse rejected this one with "Subscriber address invalid". The address is correct, she's
lived there for years. Pasting the relevant chunk of the file. Am I missing the N3 second line or
something?

""" + x837 + """

Thx
Tomasz""",
    patient='Okafor')

x835 = """ST*835*0412~
BPR*I*1840.22*C*ACH*CCP*01*041000124*DA*55291047*1456237890**01*071921891*DA*330918822*20251010~
TRN*1*883201954*1456237890~
N1*PR*CARDINAL RIDGE HEALTH PLAN~
N1*PE*NORTHGATE WOUND CARE*XX*1629047731~
CLP*NWC-25-10442*1*3120*1840.22*0*12*CRH25277310442*11*1~
NM1*QC*1*OSTRANDER*PAULINE****MI*CRH5518802-02~
DTM*232*20251006~
SVC*HC:G0277*2400*1456.10**4~
SVC*HC:99183*720*384.12**4~
CLP*NWC-25-10391*4*1560*0*0*12*CRH25277310391*11*1~
NM1*QC*1*TUTTLE*RAYMOND*E***MI*CRH-7702194-01~
CAS*CO*50*1560~
MOA***N386~
SE*14*0412~"""
add('phi', 'struct',
    'Alma Reyes <areyes@northgatewound.org>',
    'Northgate Billing <billing@northgatewound.org>',
    'ERA 10/10 - Tuttle denied again',
    """FYI from today's ERA. Ostrander paid. Tuttle's 4 sessions before we put him on hold denied CO-50
(not medically necessary). I'm holding the write-off until the appeal decision.

""" + x835 + "\n\nAlma\n",
    patient='Tuttle')

x271 = """ISA*00*          *00*          *ZZ*KEYSTONEMH     *ZZ*LUMENMEDSPA    *251008*0914*^*00501*000220031*0*P*:~
ST*271*0001*005010X279A1~
BHT*0022*11*LMS-ELIG-8812*20251008*0914~
HL*1**20*1~
NM1*PR*2*KEYSTONE MUTUAL HEALTH*****PI*KEYST~
HL*2*1*21*1~
NM1*1P*2*CALLOWAY PLASTIC & RECONSTRUCTIVE SURGERY*****XX*1093817265~
HL*3*2*22*0~
TRN*2*LMS-ELIG-8812*9CALLOWAY~
NM1*IL*1*TRAN*MINH CHAU****MI*KMH561203347~
N3*18 BIRCHWAY LN~
N4*BRAMLEY*OH*44702~
DMG*D8*19821117*F~
EB*1*IND*30**PPO PLUS~
EB*C*IND*30***23*500*****Y~
EB*C*IND*30***29*212.40*****Y~
EB*B*IND*98***27*40~
MSG*COSMETIC PROCEDURES EXCLUDED. RECONSTRUCTION FOLLOWING MASTECTOMY COVERED PER WHCRA~
SE*18*0001~"""
add('phi', 'struct',
    'Sabine Moreau <sabine@lumenmedspa.com>',
    'Tomasz Nowicki <tnowicki@callowayprs.com>',
    'is the tattoo covered??',
    """Tomasz, Minh Chau Tran wants to book the 3D nipple-areola tattoo with me in the spa after her
nipple recon. I ran eligibility (pasted below) - does this mean it's covered if we bill it through the
practice and not the spa? she's already met most of her deductible this year ($212 left).

""" + x271 + """

merci!
Sabine Moreau, LE
Paramedical Tattoo & Skin | Lumen Med Spa""",
    patient='Tran')

fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "cprs-0059210",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.7731.1", "value": "CPRS0059210"}],
        "name": [{"family": "Haskins", "given": ["Leroy", "James"]}],
        "gender": "male",
        "birthDate": "1966-03-27",
        "telecom": [{"system": "phone", "value": "555-0150", "use": "mobile"}],
        "address": [{"line": ["7 Pennock Row"], "city": "Bramley", "state": "OH", "postalCode": "44703"}]
      }
    },
    {
      "resource": {
        "resourceType": "Procedure",
        "id": "proc-88120",
        "status": "completed",
        "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "15736", "display": "Muscle, myocutaneous, or fasciocutaneous flap; upper extremity"}]},
        "subject": {"reference": "Patient/cprs-0059210"},
        "performedDateTime": "2025-09-29T08:05:00-05:00",
        "note": [{"text": "Pedicled latissimus flap to R elbow. Distal 30% venous congestion POD3, leeches x 48h. Referred Northgate for HBO."}]
      }
    },
    {
      "resource": {
        "resourceType": "ServiceRequest",
        "id": "sr-hbo-4471",
        "status": "active",
        "intent": "order",
        "code": {"text": "Hyperbaric oxygen therapy 2.4 ATA x 10"},
        "subject": {"reference": "Patient/cprs-0059210"},
        "reasonCode": [{"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "T86.821"}]}]
      }
    }
  ]
}"""
add('phi', 'struct',
    'Kevin Achebe <kachebe@callowayprs.com>',
    'Northgate IT <it@northgatewound.org>',
    'FHIR referral bundle - test vs prod?',
    """Hey - our first real referral went out over the new FHIR endpoint yesterday (the Haskins HBO
referral) and your side says it didn't land. Here is exactly what we POSTed. Is your server expecting
a transaction bundle instead of collection?

""" + fhir + """

Kevin""",
    patient='Haskins')

ccd = """<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20251001153000-0500"/>
  <recordTarget>
    <patientRole>
      <id extension="TRB-2291188" root="2.16.840.1.113883.3.5521"/>
      <addr use="HP"><streetAddressLine>412 Cinder St Apt 2</streetAddressLine><city>Tessaly</city><state>OH</state><postalCode>44610</postalCode></addr>
      <telecom value="tel:+1-555-0172" use="MC"/>
      <patient>
        <name><given>Gabriela</given><family>Ruiz-Talavera</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19910302"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
      <title>Problems</title>
      <text><list>
        <item>Burn of second degree of multiple sites of both hands (T23.291A) - 09/21/2025</item>
        <item>Partial thickness burns 6% TBSA, flame (grill lighter fluid)</item>
      </list></text>
    </section></component>
    <component><section>
      <title>Medications</title>
      <text><list><item>oxycodone 5 mg q6h prn x 5 days</item><item>silver sulfadiazine 1% cream BID to hands</item></list></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>"""
add('phi', 'struct',
    'Nkechi Obi RN <nobi@tessalyhealth.org>',
    'Gabriel Fonseca <gfonseca@eastsidecommunityhc.org>',
    'CCD for your pt - burn d/c summary',
    """Hi Gabriel, the Direct message kept failing so I'm sending the CCD piece here, the full document is
in the portal. Her first burn clinic f/u is 10/8. Please reconcile the SSD - we actually stopped it on
discharge and she's on xeroform/bacitracin now; the CCD is from before.

""" + ccd + """

Nkechi Obi, RN
Tessaly Regional Burn Center, Outpatient Burn Clinic""",
    patient='Ruiz-Talavera')

# ---------------------------------------------------------------- PHI: lang
add('phi', 'lang',
    'Lucía Barrientos <lucia.barrientos77@hotmail.com>',
    'info@northgatewound.org',
    'Mi mamá Rosa Elvira Barrientos - tratamiento de oxígeno',
    """Buenas tardes,

Les escribo por mi mamá, Rosa Elvira Barrientos (fecha de nacimiento 22/05/1950). Ella está
recibiendo las sesiones de oxígeno hiperbárico por la herida del pie (es diabética) y ya lleva 15.
Desde la semana pasada dice que ve borroso de lejos, no puede leer los letreros cuando vamos en el
carro. ¿Eso es normal con el tratamiento? ¿Se le quita cuando termine?

También quería preguntar si pueden cambiarle la cita del viernes para las 11, porque yo trabajo en
la mañana y soy la que la lleva.

Muchas gracias,
Lucía Barrientos (hija)
Tel. 555-0161""",
    patient='Barrientos')

add('phi', 'lang',
    'Juliana Cavalcanti <ju.cavalcanti@gmail.com>',
    'hello@lumenmedspa.com',
    'Pós-operatório lipoabdominoplastia',
    """Olá, boa noite!

Aqui é a Juliana Cavalcanti, fiz a lipoabdominoplastia com a Dra. Osei-Tutu há 12 dias. Estou
usando a cinta direitinho, mas apareceu um inchaço mole acima da cicatriz, tipo uma bolsa de água,
que mexe quando eu aperto. Não tenho febre. A enfermeira falou no retorno que podia ser seroma e que
talvez precise puncionar.

Posso fazer as drenagens linfáticas aí no spa com a Sabine mesmo assim, ou tenho que esperar? Já
paguei o pacote de 10 sessões.

Obrigada!!
Ju""",
    patient='Cavalcanti',
    cte='quoted-printable')

add('phi', 'lang',
    'Lan Phuong Do <lphuongdo.interp@gmail.com>',
    'Bree Castillo <bcastillo@callowayprs.com>',
    'Re: Nguyễn, Thị Hoa - scar revision moved to 10/14',
    """Chào chị Bree,

Em xác nhận sẽ có mặt lúc 6 giờ sáng ngày 14/10 để thông dịch cho bà Nguyễn Thị Hoa. Hôm qua em đã
gọi cho bà để dặn lại:

- Nhịn ăn uống sau 12 giờ đêm
- Ngưng thuốc warfarin 5 ngày trước mổ như bác sĩ Ibarra dặn, thứ Hai đi thử máu INR
- Mang theo túi thuốc huyết áp

Bà hỏi sau khi mổ cổ có phải nằm viện không, và bao lâu thì được tháo nẹp cổ. Chị hỏi giúp bác sĩ
nhé.

(English: confirmed for 10/14 6am. I reminded her NPO after midnight, hold warfarin x5 days, INR
Monday, bring BP meds. She asks if she stays overnight and how long the neck splint stays on.)

Lan Phuong Do
Certified Medical Interpreter (Vietnamese)""",
    patient='Nguyễn')

add('phi', 'lang',
    'Wideline Joseph <widelinejoseph@yahoo.com>',
    'Burn Clinic <burnclinic@tessalyhealth.org>',
    'pitit mwen Jameson',
    """Bonjou,

Mwen se manman Jameson Pierre-Louis, li gen 6 an. Li te boule ak dlo cho nan kwizin nan mwa pase,
sou vant li ak kwis dwat li. Nou te wè doktè a nan klinik la 2 semèn pase.

Depi 2 jou plas la wouj anpil, li gen lafyèv 101 yè swa, e gen yon ti likid jòn k ap koule. Li pa
vle manje. Èske m dwe mennen l ijans oswa m ka tann randevou lendi a?

Mèsi anpil
Wideline Joseph
555-0139""",
    patient='Pierre-Louis')

add('phi', 'lang',
    'Игорь Воронцов <i.vorontsov61@mail.ru>',
    'Rafael Ibarra MD <ribarra@tessalyhealth.org>',
    'Воронцов И.П. — вопрос по пересадке кожи',
    """Здравствуйте, доктор Ибарра!

Пишу по поводу себя — Воронцов Игорь Петрович, 14.02.1961 г.р. Вы оперировали меня 3 недели назад,
пересадка кожи на левую голень после ожога (пролил кипяток на даче). Кожа в целом прижилась, но на
одном участке (примерно 2 см) осталась открытая ранка, мокнет. Медсестра сказала мазать
сульфадиазином серебра, я мажу два раза в день.

Вопрос: можно ли мне лететь в Москву 5 ноября? Перелёт 11 часов. И нужно ли носить
компрессионный чулок в самолёте?

С уважением,
Игорь""",
    patient='Воронцов')

add('phi', 'lang',
    'Maricel Dizon RN <mdizon@northgatewound.org>',
    'rommel.bautista.fam@gmail.com',
    'Tungkol kay Lola Corazon - wound care sa bahay',
    """Magandang hapon po Sir Rommel,

Ito po si Maricel, nurse sa Northgate Wound Care. Tungkol po kay Lola Corazon Bautista. Nakita po
namin ang sugat niya sa sakong kanina - medyo lumiit na po (2.5 x 2 cm na lang), pero may kaunting
amoy kaya nag-swab po kami para sa culture. Ipagpatuloy po ang:

 - palit ng dressing araw-araw (saline, tapos iodosorb, tapos foam)
 - huwag pong ipatong ang paa sa kama, gamitin ang unan sa ilalim ng binti
 - i-check ang asukal bago kumain, at isulat po sa notebook

Babalik po siya sa Martes, 10:30 ng umaga. Kung magkaroon siya ng lagnat o mamula ang paa, tumawag
po kayo agad sa 555-0129.

Salamat po,
Maricel Dizon, RN, WCC""",
    patient='Bautista')

add('phi', 'lang',
    'سامر الحداد <samer.haddad.90@gmail.com>',
    'Hala Mansour <hmansour@callowayprs.com>',
    'بخصوص عملية الأنف - فاطمة الرشيدي',
    """مرحباً أستاذة هلا،

أنا سامر، زوج فاطمة الرشيدي. أجرت زوجتي عملية تجميل الأنف مع الدكتورة أوسي-توتو قبل أسبوع. اليوم
لاحظنا أن الجبيرة أصبحت مرتخية وهناك نزيف خفيف من الأنف عندما تنحني. كما أن الكدمات تحت العينين
لم تخف بعد.

هل يمكن أن نأتي غداً صباحاً بدلاً من يوم الخميس؟ وهل تستطيع أخذ البنادول مع المضاد الحيوي؟

شكراً جزيلاً
سامر الحداد
جوال: 555-0191""",
    patient='الرشيدي')

add('phi', 'lang',
    'Wei Chen <weichen.sf@163.com>',
    'Front Desk <frontdesk@callowayprs.com>',
    '我父亲陈国栋的手术后复诊',
    """您好，

我是陈国栋的女儿陈薇。我父亲（陈国栋，1949年3月8日出生）上个月在你们诊所做了右脸颊皮肤癌切除和
皮瓣修复手术（Lindqvist医生）。最近伤口下面有点肿，摸起来硬硬的，他晚上睡觉会痛。

请问：
1. 病理报告出来了吗？切缘是干净的吗？
2. 下周二的复诊可以改到上午吗？他需要有人陪，我只有上午有空。

他不会说英语，如果可以请安排普通话翻译。

谢谢！
陈薇
电话：555-0112""",
    patient='陈国栋')

# ---------------------------------------------------------------- CLEAN: admin
add('clean', 'admin',
    'Dana Whitcombe <dwhitcombe@callowayprs.com>',
    'CPRS All Staff <allstaff@callowayprs.com>',
    'Clinic coverage week of 10/20 + holiday party RSVP',
    """Hi everyone,

Coverage next week:

Mon 10/20   Clinic: Dr. Osei-Tutu (AM), Priya (PM)     Front: Bree / Marisa
Tue 10/21   OR block at Bayside (Dr. O + Dr. L)         Clinic closed AM
Wed 10/22   Clinic: Dr. Lindqvist                       Front: Marisa
Thu 10/23   Clinic: Dr. O + Priya; Spa open till 8pm    Front: Bree
Fri 10/24   Admin day - phones only 8-12 (Tomasz)

Kelsey is out 10/22-10/24 (vacation), Hala covering triage line. If you need to reach me I'm on
my cell 555-0177.

Holiday party is Sat Dec 13 at Fenwick Landing, 6:30pm. RSVP to me by Nov 14 with +1 and meal choice
(salmon / short rib / risotto).

Thanks!
Dana Whitcombe
Practice Manager, Calloway Plastic & Reconstructive Surgery""")

add('clean', 'admin',
    'IT Service Desk <servicedesk@tessalyhealth.org>',
    'Burn Center Staff <burn-all@tessalyhealth.org>',
    '[INC0048213] Planned downtime - EHR upgrade Sat 10/18 22:00-02:00',
    """This is a notification regarding change CHG0019774 / incident INC0048213.

The EHR will be unavailable Saturday 10/18 from 22:00 to approximately 02:00 Sunday for the fall
upgrade (version 2025.2). During the downtime:

 - Use the downtime forms in the red binder at each nursing station
 - Read-only BCA workstations will be available at the burn unit desk (WS-BURN-04) and OR control desk
 - Lab results will print to the default unit printer
 - Do not log into the EHR on mobile devices until the all-clear page is sent

After the upgrade, back-entry of downtime documentation must be completed by end of shift Sunday.

Questions: IT Service Desk x4-4357 (HELP) or servicedesk@tessalyhealth.org

Tessaly Health Information Services""",
    html="""<html><body><p>This is a notification regarding change <b>CHG0019774</b> / incident <b>INC0048213</b>.</p>
<p>The EHR will be unavailable <b>Saturday 10/18 from 22:00 to approximately 02:00 Sunday</b> for the fall upgrade (version 2025.2).</p>
<ul><li>Use the downtime forms in the red binder at each nursing station</li>
<li>Read-only BCA workstations will be available at the burn unit desk (WS-BURN-04) and OR control desk</li>
<li>Lab results will print to the default unit printer</li>
<li>Do not log into the EHR on mobile devices until the all-clear page is sent</li></ul>
<p>After the upgrade, back-entry of downtime documentation must be completed by end of shift Sunday.</p>
<p>Questions: IT Service Desk x4-4357 (HELP)</p><p><i>Tessaly Health Information Services</i></p></body></html>""")

add('clean', 'admin',
    'AR Department <ar@hyperbarxsystems.com>',
    'Accounts Payable <ap@northgatewound.org>',
    'Invoice INV-2025-10877 - chamber PM service (past due)',
    """Dear Accounts Payable,

Our records show the following invoice remains unpaid:

Invoice:        INV-2025-10877
PO:             NWC-PO-4412
Customer #:     C-00731
Service:        Semi-annual preventive maintenance, monoplace chambers SN HX-3300-1187 and HX-3300-1204
                (door seal replacement, O2 analyzer calibration, pressure relief valve test)
Service date:   08/27/2025
Amount due:     $6,480.00
Terms:          Net 30 (due 09/26/2025)

Remittance: ACH to account ending 4471 or check to PO Box 2209, Lakeport. Please reference the
invoice number. If this has already been paid please disregard and send the remittance detail to
ar@hyperbarxsystems.com.

Regards,
Glenda Pruitt
Accounts Receivable, HyperbarX Systems
(555) 010-8841""")

add('clean', 'admin',
    'Human Resources <hr@callowayprs.com>',
    'Jolene Harker <jolene@lumenmedspa.com>, Sabine Moreau <sabine@lumenmedspa.com>, Hala Mansour <hmansour@callowayprs.com>',
    'Open enrollment closes Nov 7 - action required',
    """Hi Jolene, Sabine and Hala,

Our records show you have not yet completed 2026 benefits open enrollment. Enrollment closes
Friday, November 7 at 5pm. If you do nothing, your current medical/dental elections roll over but
your FSA will NOT (you must re-elect each year).

Changes this year:
 - Medical plan moves to Keystone Mutual PPO Plus (group 55120); new member ID cards mailed in December
 - Dependent care FSA limit increases
 - Vision adds LASIK discount

Log in at benefits portal > "Open Enrollment 2026". Employee ID is on your paystub.

Need help? Book a 15-min slot with me Tues/Thurs.

Renee Lucero, SHRM-CP
HR Generalist""")

add('clean', 'admin',
    'Marta Szabo <mszabo@northgatewound.org>',
    'Facilities <facilities@northgatewound.org>',
    'O2 bulk tank delivery + fire drill',
    """Hi Ray,

Reminder from Crestline Gases: bulk LOX delivery is Thursday between 6-8am,
driver is Mike Dunleavy, cell 555-0146. Please keep the back lot by the tank pad clear, last time
somebody's truck was in the way and he couldn't get the hose to the fill connection.

Also: the quarterly chamber fire drill is 10/29 at 7am before the first dive. I need someone from
facilities for the deluge system check and to confirm the O2 zone valve box is unlocked. Work order
WO-77310.

Marta Szabo, CHT
Safety Director, Hyperbaric Medicine""")

add('clean', 'admin',
    'Sabine Moreau <sabine@lumenmedspa.com>',
    'Lumen Team <team@lumenmedspa.com>',
    'November promos + front desk scripting',
    """Hi team!!

November calendar is up. Promos:
 - "Glow before the holidays": 20% off HydraFacial + dermaplane packages (3 or 6)
 - Buy 40 units of tox, get $50 toward any filler syringe (existing clients only)
 - Laser hair removal: underarm/bikini packages BOGO 50% through 11/30
 - Gift cards: $25 bonus card with every $200 purchase

Front desk script when people ask about "lip flip vs filler" - do NOT give medical advice on the
phone, offer a free consult with Jolene or Dr. O. Consult slots are Tues + Thurs evenings.

Booking software (GlowBook) promo code is NOVGLOW25, expires 11/30 11:59pm.

xo
Sabine""")

add('clean', 'admin',
    'Credentialing <credentialing@baysideasc.com>',
    'Dana Whitcombe <dwhitcombe@callowayprs.com>',
    'Reappointment packet - Dr. Anders Lindqvist (due 11/15)',
    """Dear Ms. Whitcombe,

Dr. Anders Lindqvist's medical staff reappointment at Bayside Ambulatory Surgery Center is due
11/15/2025. We still need:

 1. Current malpractice certificate of insurance (expired 09/30/2025 on file)
 2. Updated CV (last 2 years)
 3. Case log for the reappointment period (totals by CPT family is fine)
 4. Signed attestation page (pages 6-7)

We already have the state license (exp 06/30/2027), DEA, board certification and NPI 1568203941.

Please upload to the credentialing portal or email to this address. Call me with any questions.

Theresa Kim, CPMSM
Medical Staff Coordinator, Bayside Ambulatory Surgery Center
555-0108""")

# ---------------------------------------------------------------- CLEAN: lookalike
add('clean', 'lookalike',
    'Pinecrest Veterinary Hospital <care@pinecrestvet.com>',
    'Tammy Roush <troush.home@gmail.com>',
    'Biscuit - discharge instructions after skin graft',
    """Hi Tammy,

Thanks for picking up Biscuit today! Summary of his visit:

Patient: Biscuit (canine, beagle mix, 7 yrs, 11.4 kg)   Patient ID: PV-20931
Procedure: debridement of bite wound L flank + free mesh skin graft, bandaged
Medications:
  - Carprofen 25 mg tablet, 1 by mouth twice daily with food x 7 days
  - Cephalexin 250 mg capsule, 2 by mouth twice daily x 14 days
  - Gabapentin 100 mg, 1 by mouth every 8-12 hrs as needed for pain

Keep the cone on at all times. Bandage change Thursday at 2:30pm with Dr. Alvarado. Do not let
the bandage get wet. Call us if he stops eating, the bandage slips, or there is a foul smell.

Invoice #118274 - $1,286.40 (paid, Visa ending 0093).

Pinecrest Veterinary Hospital
555-0140 | after hours: Valley Emergency Animal Clinic""")

add('clean', 'lookalike',
    'Iron Harbor Fitness <no-reply@ironharborfit.com>',
    'marcus.delgado@gmail.com',
    'Your body composition scan + session reschedule (Member #44120)',
    """Hi Marcus,

Your personal training session with Coach Deja has been moved from Tue 10/14 6:00am to Wed 10/15
6:00am.

Your InBody scan from last week:
  Weight 198.2 lb | Skeletal muscle mass 92.1 lb | Body fat 21.4% | Visceral fat level 9
  Recommended: +2 strength days, protein 160 g/day

Member #: 44120
Membership: Premier (auto-renews 01/03/2026)
Home club: Iron Harbor - Fenwick

Reply STOP to opt out of scan summaries.
Iron Harbor Fitness · 800 Quarry Rd · Fenwick Heights""")

add('clean', 'lookalike',
    'Lakeshore Community Credit Union <alerts@lakeshoreccu.org>',
    'jtorvik@outlook.com',
    'Member #0047729153 - new payee added',
    """Dear Jonas Torvik,

A new payee was added to online bill pay for Member # 0047729153:

   Payee:   Fenwick Orthodontics (account ending 3391)
   Added:   10/07/2025 07:42 PM ET
   Device:  iPhone (app)

If you did not make this change, call us right away at 1-800-555-0122. We will never ask for your
PIN, password or one-time code by phone or email.

Your share savings (S01) and checking (S10) balances are available in the app.

Lakeshore Community Credit Union - Federally insured by NCUA""")

add('clean', 'lookalike',
    'Ridgeway Airlines <itinerary@ridgewayair.com>',
    'priya.nandakumar@gmail.com',
    'Your trip confirmation: ZK4QTM - Columbus to Denver',
    """Thank you for flying with Ridgeway, PRIYA NANDAKUMAR.

Confirmation code: ZK4QTM
Ticket number: 4472119880321
RidgeRewards #: RR 8820 1177 45

Thu 11/06  RW 1182  CMH 7:05am -> DEN 8:40am   Seat 14C   Main Cabin
Sun 11/09  RW 1195  DEN 5:50pm -> CMH 10:55pm  Seat 12A   Main Cabin

Checked bags: 1 included (RidgeRewards Silver)
Traveling with medical devices or need wheelchair assistance? Manage your trip at ridgewayair.com.

Have a great trip to the conference!""")

add('clean', 'lookalike',
    'Claims - Harborline Auto Insurance <claims@harborlineins.com>',
    'Kevin Achebe <kevin.achebe@yahoo.com>',
    'Claim HA-2025-0883412 - appraisal and body shop estimate',
    """Dear Kevin Achebe,

We have received the appraisal for your claim.

Claim number:     HA-2025-0883412
Policy number:    HAP 771 204 9983
Date of loss:     10/01/2025
Vehicle:          2019 Subaru Outback, VIN 4S4BSANC5K3300817
Damage:           rear bumper cover, R quarter panel dent, tail lamp assembly (rear-end collision)
Estimate:         $3,912.56 (Crestview Collision Center)
Deductible:       $500
Injury claim:     none reported

Rental coverage is approved for up to 14 days at $40/day. Your adjuster is Paula Meyers,
(555) 018-2240 ext 311.

Harborline Auto Insurance""")

add('clean', 'lookalike',
    'Hank Oyelowo <hank@oyelowotreecare.com>',
    'Dr. Howard Fenn <howardfenn.home@gmail.com>',
    'your red oak + the apple graft',
    """Dr. Fenn,

Good news, the red oak isn't dying. The limb we took off over the garage had some heart rot but the
trunk sounds solid. We made a clean cut outside the branch collar and I did NOT paint the wound -
the tree seals it better on its own, the dressing stuff just traps moisture.

The cleft grafts on the Honeycrisp took (3 out of 4 scions are leafing out). The 4th one looks dead,
we can redo it in February when it's dormant. Keep the deer guard on.

Invoice #2291 attached separately, $1,150 for the removal + cabling. Certified Arborist ISA OH-6621A.

Hank Oyelowo
Oyelowo Tree Care  555-0189""")

add('clean', 'lookalike',
    'Kevin Achebe <kachebe@callowayprs.com>',
    'Dev Team <dev@callowayprs.com>',
    'Re: PR #212 - orphaned child processes in the fax worker',
    """> Can we just kill -9 the parent on a timeout?

No - that's how we got the orphans in the first place. When the parent dies the children get
re-parented to init and keep holding the modem port. What I did in this PR:

  - the supervisor now reaps zombies (SIGCHLD handler + waitpid loop)
  - "triage" step checks each worker's health endpoint every 30s; 3 strikes -> graceful discharge
    (SIGTERM, 10s grace, then SIGKILL the whole process group)
  - added a "patient" retry policy for the PDF renderer: exponential backoff, max 5 attempts
  - ICU dashboard (lol, the Intensive Cron Unit grafana board) shows restarts per hour

Tested on staging for 48h, no leaked PIDs. Build #1487 green. Please review before Thursday's deploy
window (CHG0020113).

Kevin""")

# ---------------------------------------------------------------- CLEAN: news
add('clean', 'news',
    'Calloway Plastic & Reconstructive Surgery <newsletter@callowayprs.com>',
    'subscribers@lists.callowayprs.com',
    'The Calloway Quarterly - Fall 2025',
    """THE CALLOWAY QUARTERLY - Fall 2025

NEW: Fractional CO2 laser at Lumen Med Spa
We've added a fractional CO2 laser for acne scars, fine lines and - for our reconstructive patients -
surgical and burn scar remodeling. Most people need 1-3 sessions 6-8 weeks apart. Ask about a consult.

Staff spotlight: Kelsey Ravenscroft, RN
Kelsey has been with our inpatient team for 6 years and was named the Tessaly Health "Nurse of the
Year" for plastic surgery. When she's not doing flap checks she coaches her daughter's soccer team.

October is Breast Cancer Awareness Month
Did you know the Women's Health and Cancer Rights Act of 1998 requires most group health plans that
cover mastectomy to also cover reconstruction, including surgery on the other breast for symmetry?
Join Dr. Miriam Osei-Tutu for a free evening talk, "Reconstruction Options After Mastectomy",
Thursday Oct 23, 6:30pm, Fenwick Public Library community room.

Sunscreen reminder: SPF 30+, reapply every 2 hours, and yes, even in the fall.

You're receiving this because you subscribed at callowayprs.com. Unsubscribe | Update preferences
Calloway Plastic & Reconstructive Surgery, 300 Medical Park Dr, Suite 210, Bramley""",
    html="""<html><body style="font-family:Georgia,serif;max-width:600px">
<h1 style="color:#5a2a6e">The Calloway Quarterly</h1><h3>Fall 2025</h3>
<h2>NEW: Fractional CO2 laser at Lumen Med Spa</h2>
<p>We've added a fractional CO2 laser for acne scars, fine lines and &mdash; for our reconstructive patients &mdash; surgical and burn scar remodeling. Most people need 1&ndash;3 sessions 6&ndash;8 weeks apart.</p>
<h2>Staff spotlight: Kelsey Ravenscroft, RN</h2>
<p>Kelsey has been with our inpatient team for 6 years and was named the Tessaly Health &ldquo;Nurse of the Year&rdquo; for plastic surgery.</p>
<h2>October is Breast Cancer Awareness Month</h2>
<p>Join Dr. Miriam Osei-Tutu for a free evening talk, <i>Reconstruction Options After Mastectomy</i>, Thursday Oct 23, 6:30pm, Fenwick Public Library.</p>
<p style="font-size:9pt;color:#888">Unsubscribe | Update preferences<br>Calloway Plastic &amp; Reconstructive Surgery, 300 Medical Park Dr, Suite 210, Bramley</p>
</body></html>""")

add('clean', 'news',
    'State Dept of Health - Injury Prevention <injuryprev-bulletin@health.state.example>',
    'Burn Clinic <burnclinic@tessalyhealth.org>',
    'Bulletin: Scald burns in children under 5 - 2024 surveillance summary',
    """INJURY PREVENTION BULLETIN  |  Vol. 12, No. 9

Pediatric scald burns, 2024 statewide summary

- 1,184 emergency department visits for scald burns among children aged 0-4 (rate 178.6 per 100,000)
- 212 hospitalizations; median length of stay 4 days; 31 required skin grafting
- Leading sources: hot beverages (41%), instant noodle soups (17%), bath water (12%), cooking pots (11%)
- Highest rates in January and in households without a working tap-water thermostat set at 120F

Prevention messages for clinicians:
  * Counsel families to keep hot drinks and noodle cups out of reach and off tablecloths
  * Set water heaters at or below 120 F (49 C)
  * Cool the burn with cool running water for 20 minutes; do not use ice, butter or toothpaste

Burn Awareness Week materials (posters in English, Spanish, Haitian Creole, Vietnamese) can be
ordered free from the department's publications page.

Data are provisional. Counts under 11 are suppressed.""")

add('clean', 'news',
    'Ashford Pharmaceuticals Quality <recalls@ashfordpharma.example>',
    'Pharmacy Purchasing <pharmacy@northgatewound.org>',
    'URGENT: Voluntary Recall - Lidocaine HCl 1% and Epinephrine 1:100,000 Injection, lots AF24117, AF24121',
    """URGENT: DRUG RECALL - HOSPITAL/CLINIC LEVEL

Product: Lidocaine HCl 1% and Epinephrine 1:100,000 Injection, USP, 30 mL multiple-dose vial
NDC: 0000-4471-30
Lots: AF24117 (exp 03/2027), AF24121 (exp 04/2027)
Reason: Presence of visible particulate matter identified during stability testing

Ashford Pharmaceuticals is voluntarily recalling the lots above to the hospital/clinic level. To date
Ashford has not received reports of adverse events related to this recall. Administration of an
injectable containing particulate matter may result in local irritation, phlebitis or, rarely,
embolic events.

Actions:
 1. Examine inventory and quarantine any affected lots immediately.
 2. Complete and return the attached Recall Response Form (even if you have no stock).
 3. Contact Ashford Customer Service at 1-800-555-0163 for return authorization and credit.

Adverse reactions may be reported to the manufacturer or to FDA MedWatch.""")

add('clean', 'news',
    'Wound Care Digest <digest@woundcaredigest.example>',
    'ldempsey@northgatewound.org',
    'This week in wound care: DFU outcomes, offloading adherence, NPWT after flaps',
    """WOUND CARE DIGEST - Week 41

1) Five-year mortality after diabetic foot ulcer remains ~30%
A pooled analysis of 19 cohorts (n = 71,402) found 5-year mortality of 30.5% after a first DFU and
56.6% after a major amputation. Authors call for cardiovascular risk management alongside wound care.

2) Offloading boots only work if worn
Accelerometer study: patients wore removable cast walkers for 28% of daily steps on average. Total
contact casting and "irremovable" walkers healed ulcers faster (median 6 vs 9 weeks).

3) HBOT for DFU: where the evidence stands
Updated meta-analysis: HBOT reduced major amputation in Wagner grade 3+ ulcers (RR 0.58) but no
significant benefit for grade 2 or below. Cost-effectiveness depends on strict selection.

4) Incisional NPWT after pedicled flaps
RCT of 140 patients: wound dehiscence 9% vs 19% with standard dressings (p = .04).

Manage subscription | Forward to a colleague""")

add('clean', 'news',
    'Society for Undersea & Hyperbaric Practice <members@suhp.example>',
    'hbot-team@northgatewound.org',
    'Member update: revised indications statement & CHT recertification changes',
    """MEMBER UPDATE - October 2025

Revised indications statement
The Board approved the 16th edition committee report. Changes of note:
 - Idiopathic sudden sensorineural hearing loss remains an accepted indication; treatment within 14
   days of onset recommended, 2.0-2.5 ATA, 10-20 treatments
 - Compromised grafts and flaps: language clarified to require documented hypoxia (TcPO2) and a
   surgeon's assessment of salvageability before starting
 - Radiation injury: no change; prophylaxis before dental extraction in an irradiated mandible
   continues to have mixed evidence

Safety
Three fires in clinical chambers were reported internationally in the past 12 months; all involved
prohibited items (hand warmers, a hair product, a cell phone). Please re-emphasize patient
screening.

CHT recertification: CE hours rise from 24 to 30 per cycle starting Jan 1, 2026.

Annual Scientific Meeting: June 10-13, 2026, Savannah.""")

add('clean', 'news',
    'Keystone Mutual Provider Communications <provider.news@keystonemutual.com>',
    'Billing <billing@callowayprs.com>',
    'Medical policy update: Blepharoplasty, Panniculectomy, Reduction Mammaplasty (eff. 1/1/2026)',
    """PROVIDER NEWS - Medical Policy Updates effective January 1, 2026

MP-061 Blepharoplasty / Brow Ptosis Repair (CPT 15822, 15823, 67900)
  - Visual field testing must show at least 12 degrees or 30% superior field loss, taped vs untaped
  - Frontal photographs with the patient in primary gaze now required

MP-088 Panniculectomy (CPT 15830)
  - Pannus must hang at or below the symphysis pubis; documentation of 3 months of failed treatment
    for recurrent intertrigo/cellulitis
  - Weight stable for 6 months; if post-bariatric, at least 18 months post-surgery

MP-092 Reduction Mammaplasty (CPT 19318)
  - Schnur sliding scale retained; minimum 500 g per breast removed when BSA is unavailable
  - Pathology report must accompany claims

Cosmetic procedures (e.g., abdominoplasty 15847, neurotoxin for glabellar lines) remain excluded.
Full policies: provider portal > Medical Policies. Questions: Provider Services 1-800-555-0150.""")

# ---------------------------------------------------------------- CLEAN: staff
add('clean', 'staff',
    'Latoya Dempsey NP <ldempsey@northgatewound.org>',
    'Howard Fenn DO <hfenn@northgatewound.org>',
    'would you dive this?',
    """Curbside q - hypothetical-ish for the new referral criteria we're writing.

60s male, paraplegic, stage 4 sacral PI, been open ~8 months, had a flap attempt elsewhere that
dehisced. No osteo on MRI. TcPO2 periwound 28, goes to 190 on 100% O2. Smoker (says he quit).
Nutrition borderline, albumin 2.9.

Would you consider HBO at all or is that a pressure injury = not covered / not indicated, full stop?
I'd like the criteria doc to say something clear about failed flaps.

L""")

add('clean', 'staff',
    'Anders Lindqvist MD <alindqvist@callowayprs.com>',
    'Plastics Nursing <plastics-nursing@tessalyhealth.org>',
    'Revised free flap monitoring protocol - comments by Fri',
    """All,

Attached/below is the draft revision of the free flap monitoring protocol. Main changes:

1. Checks q1h x 24h, q2h 24-48h, q4h 48-72h, then per shift (was q1h x 48h)
2. Implantable doppler: if signal lost, check probe connection and reposition patient BEFORE paging;
   page within 10 min if not restored
3. Add tissue oximetry (StO2) trend: drop >20% from baseline or absolute <50% = page surgeon
4. Pinprick: 25G needle, bright red bleed within 2-3 s is normal; dark/brisk = congestion; none = arterial
5. Room temp >= 74F, no vasopressors without discussing with plastics
6. Leech therapy: requires cipro or bactrim prophylaxis (Aeromonas); order set updated

Please send comments to me by Friday, goes to P&T the week after.

Anders Lindqvist, MD
Section of Plastic Surgery""")

add('clean', 'staff',
    'Nkechi Obi RN <nobi@tessalyhealth.org>',
    'Burn Clinic <burnclinic@tessalyhealth.org>',
    'RN coverage Nov + flu clinic',
    """Hi all, for November:

- I'm out 11/10-11/14. Fatima from the burn unit will cover Mon/Wed clinic; Thurs dressing clinic
  is covered by Jeannie (per diem).
- We still have an open slot for the Tuesday pediatric burn clinic on 11/18, anyone?
- Staff flu shots: employee health is doing a walk-in clinic in the conference room 11/4, 7-10am.
  Masking policy for unvaccinated staff starts 12/1.
- Reminder the new silver foam dressings are in the supply room, old ones go back to central supply.

Thx
Nkechi""")

add('clean', 'staff',
    'Miriam Osei-Tutu <mosei-tutu@callowayprs.com>',
    'Anders Lindqvist MD <alindqvist@callowayprs.com>, Priya Nandakumar <pnandakumar@callowayprs.com>',
    'TXA in facelifts / abdominoplasty - should we standardize?',
    """I've been reading the TXA literature again after the hematoma rate came up at the society meeting.

- Topical TXA (soaked gauze, 10-20 mL of 1%) in facelift: several series show lower drain output and
  less early ecchymosis, no signal for VTE
- IV TXA 1 g at induction in abdominoplasty/body contouring: reduces blood loss; VTE data still
  underpowered, most excluded people with prior clots
- Our hematoma rate for facelifts over the last 2 years is ~3%, which is mid-range

Thinking: topical for all facelifts and necklifts, IV 1 g for body contouring unless history of VTE
or thrombophilia or on estrogen. Thoughts? If we agree I'll bring it to the ASC for an order set.

M.""")

add('clean', 'staff',
    'Marta Szabo <mszabo@northgatewound.org>',
    'HBOT Team <hbot-team@northgatewound.org>',
    'debrief - emergency decompression drill',
    """Debrief from this morning's drill (simulated seizure at depth, monoplace #2):

What went well
 - Tech recognized the event at 00:15, called it out, O2 switched to air within 20 s
 - Ascent rate kept at 2 psi/min - no one rushed it
 - Crash cart at chamber door in < 1 min

What to fix
 - Suction at chamber #2 wasn't plugged in (!). Added to the daily checklist.
 - Physician overhead page went to the wrong number; front desk has the updated list now
 - Nobody could find the seizure kit key. Moved the kit into the unlocked drawer under the console.

Next drill: fire drill 10/29 0700. Reminder that CNS O2 toxicity is rare (~1-2 per 10,000 treatments)
but the recent event shows we need to be sharp.

Marta""")

add('clean', 'staff',
    'Piotr Zielinski MD <pzielinski@tessalyhealth.org>',
    'Burn Residents <burn-residents@tessalyhealth.org>',
    'M&M Thursday - cases',
    """Cases for Thursday's M&M (7am, Room 4B). All de-identified - please keep it that way in the slides,
no photos with faces or tattoos.

Case 1: 40s female, abdominoplasty at an outside facility, presented with full-thickness skin loss
of the central lower flap. Discussion: smoking history, flap perfusion, timing of debridement vs
waiting for demarcation.

Case 2: 70s male, 15% TBSA flame burn, on anticoagulation, donor site hemorrhage requiring return to
OR. Discussion: anticoagulation bridging, topical hemostatics, tumescent donor harvest.

Case 3: child under 5, scald, missed non-accidental trauma screening at first visit. Discussion:
screening tool, social work involvement.

PZ""")

add('clean', 'staff',
    'Jolene Harker RN <jolene@lumenmedspa.com>',
    'Dr. Miriam Osei-Tutu <mosei-tutu@callowayprs.com>',
    'hyaluronidase stock + occlusion protocol',
    """Hi Dr O,

Two things:

1. We're down to 4 vials of hyaluronidase. Per our vascular occlusion protocol we should have at
   least 10 (high-dose pulsed protocol can use 1500 units+ in one event). I put in a PO for 12, need
   your signature since it's an Rx item.
2. Can we review the occlusion protocol at the next staff meeting? I want everyone (including the
   new aesthetician) to know the signs: blanching, livedo, pain out of proportion, delayed cap refill.
   Also adding: any visual change = call 911 + ophthalmology, don't wait.

Also the aspirin and nitro paste in the emergency kit expire in November.

Jo""")

# ---------------------------------------------------------------- CLEAN: training
train_csv = """MRN,Last,First,DOB,Scenario
ZZ900001,ZZTEST,PLASTICS ONE,01/01/1950,new consult - breast recon
ZZ900002,ZZTEST,PLASTICS TWO,01/01/1960,post-op visit global period
ZZ900003,ZZTEST,MEDSPA THREE,01/01/1990,cosmetic tox visit - self pay
ZZ900004,ZZTEST,BURN FOUR,01/01/2015,pediatric burn f/u with guardian
ZZ900005,ZZTEST,WOUND FIVE,01/01/1945,HBOT series order + auth
"""
add('clean', 'training',
    'EHR Training <ehr-training@tessalyhealth.org>',
    'New Hires - Oct <newhires-oct@tessalyhealth.org>',
    'EHR ambulatory training - logins + practice patients',
    """Welcome! Your EHR classroom training is Tuesday 10/14, 8:00-12:00, Training Room C.

You'll log into the TRAINING environment (TRN), not production. Use the practice patients in the
attached list - they exist only in TRN. Do not search for real patients during class.

Exercises:
 1. Check in ZZTEST, PLASTICS ONE and document a new consult
 2. Place a post-op visit for ZZTEST, PLASTICS TWO (global period, no charge)
 3. Order HBOT x 20 for ZZTEST, WOUND FIVE and route the auth work queue

Your TRN username is your network ID; password Train2025! (you'll be forced to change it).

EHR Training Team""",
    atts=[(train_csv, 'text', 'csv', 'TRN_practice_patients.csv')])

add('clean', 'training',
    'Brooke Sandoval <bsandoval@snapchartimaging.example>',
    'Dana Whitcombe <dwhitcombe@callowayprs.com>',
    'SnapChart demo follow-up - sample gallery',
    """Hi Dana,

Thanks for joining the demo yesterday! As promised, recap:

- The demo gallery used our sample patient "Jane Doe" (DOB 01/01/1980, MRN DEMO-0001) with stock
  before/after images licensed from a photo library - no real patient photos.
- Standardized views: frontal, oblique L/R, lateral L/R for rhinoplasty and breast; template overlay
  guides the MA so the distance/lighting match between visits
- Consent capture + auto-watermark on any image exported to marketing
- Integration with your EHR via HL7 MDM/ORU or FHIR DocumentReference

Pricing for 3 providers + spa: $389/month, 2-year term, onboarding waived if signed by 10/31.

Happy to set up a sandbox with your own test patient.

Brooke Sandoval
Account Executive, SnapChart Imaging""",
    html="""<html><body><p>Hi Dana,</p><p>Thanks for joining the demo yesterday! As promised, recap:</p>
<ul><li>The demo gallery used our sample patient <b>&quot;Jane Doe&quot;</b> (DOB 01/01/1980, MRN DEMO-0001) with stock before/after images licensed from a photo library &mdash; no real patient photos.</li>
<li>Standardized views: frontal, oblique L/R, lateral L/R for rhinoplasty and breast</li>
<li>Consent capture + auto-watermark on any image exported to marketing</li>
<li>Integration with your EHR via HL7 MDM/ORU or FHIR DocumentReference</li></ul>
<p>Pricing for 3 providers + spa: $389/month, 2-year term, onboarding waived if signed by 10/31.</p>
<p>Brooke Sandoval<br>Account Executive, SnapChart Imaging</p></body></html>""")

add('clean', 'training',
    'Interface Support <support@meridianintegrations.com>',
    'Kevin Achebe <kachebe@callowayprs.com>',
    'RE: ADT feed dropping PID-13 - ticket 55821 (test message)',
    """Kevin,

Patch applied to the TEST channel. Please send this synthetic message through TEST (not prod) and
confirm the phone lands in PID-13:

MSH|^~\\&|CPRSPM|CALLOWAY|EHR|CALLOWAY|20251008100000||ADT^A04|TEST0001|T|2.5.1
EVN|A04|20251008100000
PID|1||ZZ999999^^^CPRS^MR||ZZTEST^INTERFACE^A||19000101|U|||123 TEST ST^^ANYTOWN^OH^00000||^PRN^PH^^^555^0100
PV1|1|O|TESTCLIN^^^CALLOWAY||||9999999999^TESTPROVIDER^DOCTOR

Processing ID is T, patient is the standard ZZTEST dummy. If it looks right we'll schedule the prod
change for next Wednesday.

Meridian Integrations Support
Ticket 55821""")

add('clean', 'training',
    'Revenue Cycle Education <rcm-ed@clearpathclaims.com>',
    'Tomasz Nowicki <tnowicki@callowayprs.com>',
    'Webinar handout: reading the 837P (sample claim)',
    """Thanks for attending "Reading the 837P, loop by loop". Here is the sample claim from the slides.
All data is fictitious (sample subscriber JOHN DOE, sample payer ID 99999).

ISA*00*          *00*          *ZZ*SUBMITTERID    *ZZ*RECEIVERID     *250101*1200*^*00501*000000001*0*T*:~
ST*837*0001*005010X222A1~
NM1*IL*1*DOE*JOHN****MI*SAMPLE123456~
N3*123 MAIN ST~
N4*ANYTOWN*ST*00000~
DMG*D8*19700101*M~
CLM*SAMPLECLAIM01*500***11:B:1*Y*A*Y*Y~
HI*ABK:Z00.00~
SV1*HC:99213*500*UN*1***1~
SE*9*0001~

Note ISA15 = T (test). Common rejections covered: missing 2010BA address line, invalid NPI check
digit, DMG date format. Recording available for 30 days.""")

add('clean', 'training',
    'Priya Nandakumar PA-C <pnandakumar@callowayprs.com>',
    'Plastics Providers <providers@callowayprs.com>',
    'new dictation template - post-op visit',
    """Here's the post-op template we agreed on. Fill the brackets, delete what doesn't apply.

POST-OPERATIVE VISIT
Patient: [LAST NAME], [FIRST NAME]    DOB: [MM/DD/YYYY]    MRN: [MRN]
Procedure: [PROCEDURE] on [DATE OF SURGERY] (POD #[ ])
Subjective: [pain 0-10], [drain output last 24h], [fevers/chills Y/N], [tolerating diet]
Exam: incision [c/d/i | erythema | drainage], flap [color/temp/cap refill], seroma [Y/N]
Drains: [removed / remain - output]
Plan: [activity restrictions], [garment], [follow-up in _ weeks], [photos taken Y/N]

Example (fake): "Patient: DOE, JANE  DOB: 01/01/1980 ... POD #7 s/p abdominoplasty, incision c/d/i..."

Priya""")

add('clean', 'training',
    'Compliance Office <compliance@northgatewound.org>',
    'All Northgate Staff <allstaff@northgatewound.org>',
    'Annual HIPAA refresher - quiz due 10/31',
    """Annual HIPAA privacy & security refresher is live in the learning system. 20 minutes + 10-question
quiz, due Oct 31.

Sample question (scenarios are fictional):

  "Mrs. Sample, a hyperbaric patient, calls asking that her treatment schedule be emailed to her
  neighbor who drives her. Which of the following is correct?"
   a) Email it, the neighbor is helping with care
   b) Verify the patient's identity and get her written/verbal authorization, document it, and send
      the minimum necessary via secure email
   c) Refuse - schedules are never shared
   d) Fax it to the neighbor instead

Reminder: use SECURE in the subject line for encrypted outbound email. Report suspected incidents
to the Privacy Officer, Glenn Abernathy, x2210.

Northgate Compliance Office""")

# ---------------------------------------------------------------- labels
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for r in ROWS:
        w.writerow(r)
