#!/usr/bin/env python3
"""Blind evaluation mail set: home health & hospice agency + DME / infusion suppliers.
Run: python3 gen.py OUTDIR   (standard library only, deterministic)"""
import sys, os, io, csv, zipfile, random, email.policy
from email.message import EmailMessage
from xml.sax.saxutils import escape as xesc

SEED = 3402
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

ROWS = []
COUNT = {}
NMSG = [0]
BUILD_POLICY = email.policy.default.clone(max_line_length=998)

def T(s):
    return s.lstrip('\n')

ZDATE = (2025, 3, 14, 9, 15, 0)

def zipbytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return bio.getvalue()

def xlsx(rows, sheet='Sheet1'):
    def col(i):
        s = ''
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    xr = []
    for ri, row in enumerate(rows, 1):
        cells = ''.join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (col(ci), ri, xesc(str(v)))
                        for ci, v in enumerate(row))
        xr.append('<row r="%d">%s</row>' % (ri, cells))
    sheetxml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                '<sheetData>%s</sheetData></worksheet>' % ''.join(xr))
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
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xesc(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return zipbytes([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
                     ('xl/_rels/workbook.xml.rels', wbrels), ('xl/worksheets/sheet1.xml', sheetxml)])

def csvtext(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return s.getvalue()

def m(label, kind, patient, frm, to, subj, date, body, html=None, atts=(), cc=None,
      cte=None, headers=None, reply_to=None):
    NMSG[0] += 1
    idx = NMSG[0]
    key = (label, kind)
    COUNT[key] = COUNT.get(key, 0) + 1
    fname = '%s-%s-%03d.eml' % (label, kind, COUNT[key])
    msg = EmailMessage(policy=BUILD_POLICY)
    msg['From'] = frm
    msg['To'] = to
    if cc:
        msg['Cc'] = cc
    if reply_to:
        msg['Reply-To'] = reply_to
    msg['Subject'] = subj
    msg['Date'] = date
    dom = frm.split('@')[-1].rstrip('>').strip()
    msg['Message-ID'] = '<%016x.%d@%s>' % (random.getrandbits(64), idx, dom)
    for k, v in (headers or {}).items():
        msg[k] = v
    if cte:
        msg.set_content(body, cte=cte)
    else:
        msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype='html')
    for fn, mt, st, data in atts:
        if isinstance(data, str):
            msg.add_attachment(data, subtype=st, filename=fn)
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    j = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (idx, j))
            j += 1
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(msg.as_bytes(policy=email.policy.SMTP))
    ROWS.append((fname, label, kind, patient if label == 'phi' else ''))


# ---------------------------------------------------------------- shared bits
RB_DISC = T("""
CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use
of the intended recipient(s) and may contain confidential and privileged information,
including protected health information. Any unauthorized review, use, disclosure or
distribution is prohibited. If you are not the intended recipient, please contact the
sender by reply e-mail and destroy all copies of the original message.
""")

KS_DISC = T("""
--
Keystone Medical Supply, Inc. | Home Medical Equipment & Respiratory
1810 Industrial Pkwy, Millbrook WI | 608-555-0150 | Fax 608-555-0151
This message may contain information that is privileged or confidential.
""")

LS_DISC = T("""
________________________________
Lakeshore Infusion Pharmacy | 24/7 pharmacist line 414-555-0110
The information in this email is confidential and intended only for the addressee.
If you received it in error please notify the sender and delete it.
""")

# ====================================================================== PHI: care
m('phi', 'care', 'Halvorsen',
  'Marcus Oyelowo <marcus.oyelowo@riverbendhhh.org>',
  'Dana Whitcombe <dana.whitcombe@riverbendhhh.org>',
  'Halvorsen visit today - wound vac + INR',
  'Tue, 04 Mar 2025 13:42:10 -0600',
  T("""
Dana,

Saw Dale Halvorsen this am (Tues route). Changed the wound vac on the L lower leg,
wound bed looks pinker, measured 6.2 x 3.1 x 0.8 cm, down from 7.0 x 3.4 last week.
Canister was almost full so I swapped it - Keystone needs to drop 2 more canisters
by Thurs, I already called it in.

POC INR was 3.8. He's on warfarin 5 mg daily. Called Dr. Feld's office, talked to
Janelle, they want him to hold tonight and take 2.5 tomorrow, recheck Friday. I put
the Friday draw on the schedule for whoever has Millbrook south.

He also mentioned some dizziness getting up out of the recliner. BP sitting 128/74,
standing 104/62. Told his wife to have him sit on the edge a minute first. Will flag
for PT, Priya sees him Thursday.

Marcus

Marcus Oyelowo, RN, BSN
Field Nurse - South Territory
Riverbend Home Health & Hospice
c: 608-555-0193

""") + RB_DISC)

m('phi', 'care', 'Achterberg',
  'Hannah Greer <hgreer@lakeshoreinfusion.com>',
  'Marcus Oyelowo <marcus.oyelowo@riverbendhhh.org>',
  'RE: Achterberg vanco trough',
  'Tue, 11 Mar 2025 10:07:55 -0500',
  T("""
Hi Marcus - thanks for getting the draw in on time.

Trough came back 22.1 (goal 15-20). Per our protocol and Dr. Achebe's OK I'm changing
her vancomycin from 1250 mg q12h to 1000 mg q12h starting with the 2100 dose tonight.
Luis is driving the new bags out by 5pm and will pull the old ones from her fridge so
there's no mix-up. Creatinine was 1.3 (was 1.1 last week) so we'll recheck BMP and a
trough before the 4th dose on the new regimen, that lands Thursday AM.

If she has any decrease in urine output or new ringing in the ears have her call the
24/7 line.

Hannah

Hannah Greer, PharmD, BCIDP
Clinical Pharmacist | Lakeshore Infusion Pharmacy
Ph 414-555-0112  Fax 414-555-0119

-----Original Message-----
From: Marcus Oyelowo <marcus.oyelowo@riverbendhhh.org>
Sent: Monday, March 10, 2025 4:52 PM
To: Hannah Greer <hgreer@lakeshoreinfusion.com>
Subject: Achterberg vanco trough

Hannah, drew the trough on Rosalind Achterberg at 0830 before her morning dose,
dropped it at the lab on Elm St. PICC flushing fine, no redness at the site, arm
circ unchanged 27 cm. She says she's more tired but eating ok. let me know what
you want to do with the dose.
M

""") + LS_DISC,
  headers={'In-Reply-To': '<a81c.5521@riverbendhhh.org>', 'Thread-Topic': 'Achterberg vanco trough'})

m('phi', 'care', 'Pemberton',
  'Priya Raman <priya.raman@riverbendhhh.org>',
  'Tessa Lundgren <tessa.lundgren@riverbendhhh.org>',
  'Gladys P - fall over the weekend',
  'Mon, 10 Mar 2025 17:21:03 -0500',
  T("""
hey both,

fyi Gladys Pemberton fell sat night going to the bathroom. her son took her to st agnes
ED, xrays of the hip and wrist were neg, they sent her home same night. when i saw her
today she's guarded, R wrist bruised + swollen, using the walker inconsistently (left
it in the kitchen twice while i was there...)

i'm adding 2 extra PT visits this wk for gait/transfer training and home safety.
Tessa can you bump her OT up to look at the bathroom - she needs a raised toilet seat
and a grab bar at minimum, prob a shower chair. i'll ask keystone for a quote.

TUG today 24 sec (was 17 at eval). i sent the fall report to Dana.

thx
Priya

Priya Raman, PT, DPT
Riverbend Home Health & Hospice
"""),
  cc='Dana Whitcombe <dana.whitcombe@riverbendhhh.org>')

m('phi', 'care', 'Beechum',
  'Kelsey Dorn <kelsey.dorn@riverbendhhh.org>',
  'Hospice Team <hospice-team@riverbendhhh.org>',
  'overnight - Mr. Beechum passed',
  'Wed, 12 Mar 2025 06:58:40 -0500',
  T("""
Morning team,

Harlan Beechum died at home overnight. Wife called the on-call line at 0320, I arrived
0405. No respirations, no apical pulse x 1 full minute, pronounced 0411. Wife reports
last breath around 0312. Family present (wife Lorna, daughter arrived from Dayton 0445).
Notified Dr. Holm at 0420, she will sign the certificate. Hartwell & Sons picked up at
0610.

Destroyed remaining meds with the daughter as witness:
  morphine oral concentrate 20 mg/mL - approx 18 mL
  lorazepam 0.5 mg - 11 tabs
  haloperidol 2 mg - 6 tabs
Disposal form is scanned into the chart.

Keystone needs to pick up the hospital bed, low air loss overlay, O2 concentrator and
2 E tanks - family asked not before Thursday. Rafael can you call Lorna today for the
bereavement intake? She was holding up ok, lots of family coming in.

Kelsey

Kelsey Dorn, RN | Hospice On-Call
Riverbend Home Health & Hospice
""") + RB_DISC)

m('phi', 'care', 'Kilbride',
  'Travis Beaulieu <tbeaulieu@keystonemedsupply.com>',
  'Dispatch <dispatch@keystonemedsupply.com>',
  'delivery done - Kilbride',
  'Thu, 06 Mar 2025 15:33:12 -0600',
  T("""
delivered to Maureen Kilbride 22 Orchard Ln this afternoon. set up the 5L concentrator,
4 E cylinders w/ cart and the semi electric hosp bed in the front room. the nurse from
Riverbend was there, said she's on continuous O2 now at 3L since she got out of the
hospital, sats were 86% on room air when they checked. showed her husband how to change
tanks and the regulator. he signed the ticket.

need to go back fri with the pulse ox they ordered, wasnt on my truck.

Travis

Sent from my iPhone
"""),
  cc='marcus.oyelowo@riverbendhhh.org')

_thib_txt = T("""
Hello Carmen,

Dr. Achebe reviewed and signed the plan of care for Mr. Lucien Thibodeaux this morning;
I'm faxing the signed copy as well. He would like the following changes:

 - Increase skilled nursing to 3x/week x 2 weeks, then 2x/week x 4 weeks
 - Lab draw Thursday: CBC, BMP, magnesium
 - Furosemide increased from 20 mg daily to 40 mg twice daily
 - Daily weights; call the office for a gain of more than 3 lbs in a day or 5 lbs in a week
 - Add home health aide 2x/week for bathing

Please have the nurse call us with Thursday's potassium.

Thank you,
Rhonda Keel
Office Manager | Prairie View Family Medicine
2200 Prairie View Rd, Suite 140, Millbrook WI
(608) 555-0170 | fax (608) 555-0171
""")
_thib_html = T("""
<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hello Carmen,</p>
<p>Dr. Achebe reviewed and signed the plan of care for <b>Mr. Lucien Thibodeaux</b> this morning;
I&#39;m faxing the signed copy as well. He would like the following changes:</p>
<ul>
<li>Increase skilled nursing to 3x/week x 2 weeks, then 2x/week x 4 weeks</li>
<li>Lab draw Thursday: CBC, BMP, magnesium</li>
<li>Furosemide increased from 20 mg daily to 40 mg twice daily</li>
<li>Daily weights; call the office for a gain of more than 3 lbs in a day or 5 lbs in a week</li>
<li>Add home health aide 2x/week for bathing</li>
</ul>
<p>Please have the nurse call us with Thursday&#39;s potassium.</p>
<p>Thank you,<br>Rhonda Keel<br><span style="color:#666">Office Manager | Prairie View Family Medicine<br>
2200 Prairie View Rd, Suite 140, Millbrook WI<br>(608) 555-0170 | fax (608) 555-0171</span></p>
</body></html>
""")
m('phi', 'care', 'Thibodeaux',
  'Rhonda Keel <rkeel@prairieviewfamilymed.com>',
  'Carmen Ibarra <carmen.ibarra@riverbendhhh.org>',
  'Signed orders + changes',
  'Mon, 03 Mar 2025 09:12:48 -0600',
  _thib_txt, html=_thib_html)

m('phi', 'care', 'Dufresne',
  'Colleen Boyle <cboyle@stagnesregional.org>',
  'Riverbend Intake <intake@riverbendhhh.org>',
  'Referral - Lorraine Dufresne - d/c today',
  'Mon, 03 Mar 2025 11:40:19 -0600',
  T("""
Hi Carmen,

Sending a referral for Lorraine Dufresne, going home today from 4 West after a R total
hip replacement on 2/27. Needs PT/OT for post-op rehab, SN for Lovenox 40 mg SQ daily
x 14 days (she's nervous about doing the injections herself) and staple removal on 3/11.
Posterior hip precautions. She lives alone but her niece is staying the first week.
Ortho is Dr. Pasquale at Lakeview Orthopedics, PCP Dr. Feld.

Face sheet, H&P, op note and d/c med list were faxed to your intake line at 11:30.

Can you staff a SOC for tomorrow?

Thanks!
Colleen Boyle, RN, CCM
Case Management | St. Agnes Regional Medical Center
p 608-555-0240 x4417
"""))

m('phi', 'care', 'Kowalczyk',
  'Jolene Farris <jolene.farris@riverbendhhh.org>',
  'Beth Szymanski <beth.szymanski@riverbendhhh.org>',
  'mrs k',
  'Tue, 18 Mar 2025 12:05:31 -0500',
  T("""
hi beth

mrs kowalczyk had a rough night her daughter said. didnt eat breakfast only a few bites
of applesauce. i did her bed bath insted of the shower cuz she was to weak to stand
even with the belt. theres a new pain patch on her upper back, daughter said the hospice
dr started it yesterday (fentanyl i think?). her heels are red so i put the pillows
under her calfs like the nurse showed me.

can you let rafael know. i go back thursday

jolene
"""))
# ====================================================================== PHI: names
m('phi', 'names', 'Nguyễn',
  'Beth Szymanski <beth.szymanski@riverbendhhh.org>',
  'Marcus Oyelowo <marcus.oyelowo@riverbendhhh.org>',
  'Nguyễn Thị Hoa - recert due 3/14',
  'Mon, 10 Mar 2025 08:31:06 -0500',
  T("""
Marcus - recert OASIS window closes Friday. She's on your Weds list but the daughter
asked for afternoon after 2 bc of her own work. Can you swap with your 1pm? Also the
interpreter line needs 24h notice for Vietnamese so let me know today.

thx, Beth

Beth Szymanski | Scheduling Coordinator
Riverbend Home Health & Hospice | 608-555-0100 x212
"""))

m('phi', 'names', 'Adeyemi-Okafor',
  'Kevin Ostrowski <kostrowski@keystonemedsupply.com>',
  'Wound Care <woundcare@riverbendhhh.org>',
  'Supply order - ADEYEMI-OKAFOR, CHINWE - missing info',
  'Wed, 05 Mar 2025 14:18:27 -0600',
  T("""
Good afternoon,

We received the supply order for ADEYEMI-OKAFOR, CHINWE but we're missing the wound
measurements for the sacral pressure injury. Medicare requires them on the order for
the foam border dressings (A6212) to go out more than 3x/wk. Can the nurse send the
latest measurements and stage?

Please also confirm qty:
  4x4 gauze sterile - 2 bx
  foam border sacrum 7.2" - 5x/wk
  skin prep wipes - 1 bx
  barrier cream - 2 tubes

Thank you,
Kevin Ostrowski
Customer Service | Keystone Medical Supply
608-555-0150 x31
""") + KS_DISC)

m('phi', 'names', 'van der Berg',
  'Rafael Quintero <rafael.quintero@riverbendhhh.org>',
  'Dr. Lena Holm <lena.holm@riverbendhhh.org>',
  'insulin refusal',
  'Thu, 13 Mar 2025 09:55:14 -0500',
  T("""
Dr. Holm,

Mr. van der Berg's daughter called again this morning - he's refused his Lantus for the
third day, says he "doesn't want needles anymore". BG this am 312 on her meter, 288
last night. No confusion, drinking a lot of water, mild nausea. He's clear that he
understands what could happen.

Would you be ok stopping the sliding scale entirely and either dropping the Lantus to
something small once a day or stopping it too, with comfort-focused checks only if
symptomatic? Daughter is on board with whatever keeps him comfortable, son in Arizona
is less sure, I offered a family call with you Friday.

Rafael

Rafael Quintero, RN, CHPN
Hospice Case Manager | Riverbend Home Health & Hospice
"""))

m('phi', 'names', 'Ines',
  'Beth Szymanski <beth.szymanski@riverbendhhh.org>',
  'Field RNs <field-rn@riverbendhhh.org>',
  'coverage tues - Ines',
  'Fri, 14 Mar 2025 15:47:02 -0500',
  T("""
Hi all - can anyone cover Ines on Tuesday 9-1? She's the little trach girl on Fairmount,
Nadia normally has her but she's out. Mom says the suction catheters are running low,
I already called Keystone so they should be there Monday. Need someone who's comfortable
with peds trach care + the g-tube feeds. Extra mileage approved.

reply to me not all please :)
Beth
"""))

m('phi', 'names', 'Al-Hashimi',
  'Carmen Ibarra <carmen.ibarra@riverbendhhh.org>',
  'Rafael Quintero <rafael.quintero@riverbendhhh.org>',
  'Hospice admit tomorrow - Al-Hashimi',
  'Tue, 11 Mar 2025 16:20:44 -0500',
  T("""
Rafael,

Admission visit confirmed for tomorrow 10:00 - Mrs. Fatima Al-Hashimi, 3301 Linden Ave
(the blue duplex, upper unit). Referral from Dr. Achebe, metastatic pancreatic ca, she
declined further chemo last week. Currently on oxycodone ER 20 mg bid + oxycodone IR 5
for breakthrough, taking 3-4 a day, ondansetron prn.

Family asks for female nurse and female aide only, please. Son Yousef is the contact
and will interpret but I also booked the Arabic phone interpreter for 10:00 as backup.
DME: they'd like a hospital bed and bedside commode before the weekend, I gave
Keystone a heads up.

Carmen Ibarra
Intake Coordinator | Riverbend Home Health & Hospice
p 608-555-0100 x205 | f 608-555-0109
"""))

m('phi', 'names', 'Venkataraman',
  'Luis Cardenas <lcardenas@lakeshoreinfusion.com>',
  'Marcus Oyelowo <marcus.oyelowo@riverbendhhh.org>',
  'PICC dressing Wed - Venkataraman',
  'Mon, 17 Mar 2025 11:12:58 -0500',
  T("""
Hey Marcus,

Heads up Mrs. Venkataraman's PICC dressing + cap change is due Weds. I saw her Sat for
the weekly - site was clean but the securement device was lifting at one edge so I
reinforced it. External length 1 cm, arm circ 29 cm R upper.

She's on ertapenem 1 g IV daily through 3/21, then the PICC can come out once Dr. Feld's
office confirms stop date (we have a pull order pending). Her husband Srinivasan does
the daily infusions, he's very good with it.

Can you draw a CBC w/ diff and CMP with the dressing change and send to our lab? Kit is
in the blue bag in their fridge.

Thanks!
Luis Cardenas, RN, CRNI
Infusion Nurse | Lakeshore Infusion Pharmacy
cell 414-555-0133
""") + LS_DISC)

m('phi', 'names', 'Kravchenko',
  'Priya Raman <priya.raman@riverbendhhh.org>',
  'Tessa Lundgren <tessa.lundgren@riverbendhhh.org>',
  'Re: PT eval Kravchenko B.',
  'Wed, 19 Mar 2025 18:02:37 -0500',
  T("""
did the eval. he's weaker than the referral made it sound - 5x sit to stand took 31 sec
with arms, gait 60 ft w/ rollator then needed to sit, O2 dropped to 89% on RA. Mrs.
Kravchenko does everything for him, she's exhausted and has her own bad knee. I'd
love OT to look at ADLs + energy conservation, and we should ask MSW about respite.
PT 2w4 for now.

On Wed, Mar 19, 2025 at 9:14 AM Tessa Lundgren <tessa.lundgren@riverbendhhh.org> wrote:
> Priya did you get to Bohdan Kravchenko yet? Intake said post-pneumonia
> deconditioning, home from St Agnes Monday. Wife speaks Ukrainian + some English,
> he's fine in English. Want me to co-treat?
> T
"""))

m('phi', 'names', 'Ní Dhomhnaill',
  'Gwen Castellanos <gwen.castellanos@riverbendhhh.org>',
  'Marcus Oyelowo <marcus.oyelowo@riverbendhhh.org>',
  'Ní Dhomhnaill - swallow eval results',
  'Thu, 20 Mar 2025 14:44:09 -0500',
  T("""
Marcus,

Saw Mrs. Siobhán Ní Dhomhnaill today for the bedside swallow eval (she goes by "Shiv",
and she'll correct you if you say "Nee Don-all" wrong, ask her). Coughing with thin
liquids on 3 of 4 trials, fine with nectar-thick and purees. Recommending:

- mildly thick (nectar) liquids, no straws
- chin tuck with every sip
- upright 90 degrees for meals and 30 min after
- meds crushed in applesauce when allowed (pharmacy says NOT the metoprolol ER)

I'd like to get her a modified barium swallow - can you ask Dr. Feld for the order?
ST 2x/wk x 3 wks.

Gwen

Gwen Castellanos, MS, CCC-SLP
Speech-Language Pathologist
Riverbend Home Health & Hospice
"""), cte='quoted-printable')
# ====================================================================== PHI: self
m('phi', 'self', 'Grzyb',
  'Walt Grzyb <waltgrzyb1946@yahoo.com>',
  'info@riverbendhhh.org',
  'nurse didnt come',
  'Thu, 06 Mar 2025 16:48:22 -0600',
  T("""
Hello this is Walter Grzyb on Birchwood Rd. My nurse was supposed to come today and nobody
came or called. I am almost out of my water pills (furosemide) and my ankles are real
swollen again, my weight this morning was 214 it was 207 on saturday. Can somebody call
me at 608-555-0138. I dont check this email much.

Walt
"""))

m('phi', 'self', 'Fairweather',
  'Rafael Quintero <rafael.quintero@riverbendhhh.org>',
  'Joanne Fairweather-Lutz <jo.lutz62@gmail.com>',
  "Re: Mom's pain pump + aide schedule",
  'Fri, 07 Mar 2025 10:26:35 -0600',
  T("""
Hi Joanne,

Thank you for writing. I spoke with Dr. Holm and Lakeshore this morning. The pharmacist
will increase the basal rate on your mom's pump from 1 mg/hr to 1.5 mg/hr and keep the
bolus the same; Luis from Lakeshore will come reprogram it this afternoon between 2-4.
I'll visit tomorrow to see how she's doing on the new rate.

For the aide, I've asked scheduling to move Jolene to Mon/Wed/Fri mornings. Beth will
confirm by phone.

Please call the on-call line any time, day or night, if she seems uncomfortable - you
don't need to wait for a visit.

Warmly,
Rafael

Rafael Quintero, RN, CHPN | Hospice Case Manager
Riverbend Home Health & Hospice | on-call 608-555-0111

On Thu, Mar 6, 2025 at 9:51 PM Joanne Fairweather-Lutz <jo.lutz62@gmail.com> wrote:
> Hi Rafael, its Jo, Edna Fairweather's daughter (DOB 6/2/1939 if you need it for
> the chart). Mom was moaning tonight even after 2 of the button pushes on the
> morphine pump, she only settled after the lorazepam. Is there anything else we can
> do? Also the aide came Tues at 2pm when she's napping, could we get mornings? My
> brother and I are splitting nights and we're pretty worn out.
> Thanks for everything
> Jo
"""))

m('phi', 'self', 'Ruiz-Calloway',
  'Andrea Ruiz-Calloway <andrea.rcalloway@outlook.com>',
  'Lakeshore Infusion Pharmacy <pharmacy@lakeshoreinfusion.com>',
  'TPN pump alarming overnight - Mateo',
  'Sun, 16 Mar 2025 07:14:50 -0500',
  T("""
Hello,

Our son Mateo Ruiz-Calloway (DOB 04/17/2019) gets his TPN from you guys through his
broviac. Last night the pump kept alarming "downstream occlusion" around 1:30 am. We
checked the clamps and the tubing for kinks like the training showed, flushed with
saline and it still alarmed so we stopped it at about 2am. When we checked his blood
sugar an hour later it was 58 so we gave him apple juice and it came up to 94.

He's ok this morning, playing, but we only got about 2/3 of the bag in. Should we run
the rest today or wait for tonight's bag? And can someone bring a new pump? This is the
second time this week.

Our GI doctor is Dr. Amadi at Children's.

Thank you,
Andrea (Mateo's mom)
414-555-0172
"""))

_osei_txt = T("""
Hi,

My name is Harriet Osei and I got a bill from you for $312.40 for my CPAP machine and
supplies. I returned the whole thing in January because I could not tolerate the mask
after my sleep study, Dr. Feld's office said they sent you a note. Your driver picked it
up on Jan 14, I have the slip.

My account number on the bill is 55-019384. Please fix this, I also got a letter saying
it will go to collections.

Thank you
Harriet
""")
_osei_html = T("""
<div dir="ltr"><div>Hi,</div><div><br></div><div>My name is Harriet Osei and I got a bill from you for $312.40 for my CPAP machine and supplies. I returned the whole thing in January because I could not tolerate the mask after my sleep study, Dr. Feld&#39;s office said they sent you a note. Your driver picked it up on Jan 14, I have the slip.</div><div><br></div><div>My account number on the bill is 55-019384. Please fix this, I also got a letter saying it will go to collections.</div><div><br></div><div>Thank you</div><div>Harriet</div></div>
""")
m('phi', 'self', 'Osei',
  'Harriet Osei <hosei.home@gmail.com>',
  'billing@keystonemedsupply.com',
  'Wrong bill for CPAP',
  'Mon, 17 Feb 2025 19:33:41 -0600',
  _osei_txt, html=_osei_html)

m('phi', 'self', 'Pryce',
  'Desmond Pryce <dpryce57@comcast.net>',
  'Northgate Internal Medicine <frontdesk@northgateim.com>',
  'oxygen prescription please',
  'Tue, 25 Feb 2025 08:02:17 -0600',
  T("""
Good morning,

This is Desmond Pryce, birthday 11-30-1957, patient of Dr. Feld. Keystone Medical Supply
says my oxygen prescription expired and they need a new one before they can keep
renting me the concentrator. I'm on 2 liters at night and when I walk. My COPD has been
ok, no flare ups since the hospital stay in November, and my home nurse checked me last
week at 92% resting.

Can you fax it to them at 608-555-0151? Their account number for me is 77-310552 if that
helps.

Thanks,
Des
"""))

m('phi', 'self', 'Batiste-Moreau',
  'Corinne Batiste-Moreau <cbmoreau@protonmail.com>',
  'Appeals <appeals@heartlandmutualhealth.com>',
  'Appeal - denial of home IVIG - Member HMH448102937',
  'Wed, 19 Feb 2025 21:10:05 -0600',
  T("""
To the Appeals Department,

My name is Corinne Batiste-Moreau, date of birth 08/09/1974, member ID HMH448102937. I am
writing to appeal your letter dated February 11, 2025 denying coverage for my home IVIG
infusions (claim reference 25-0211-88431) as "not medically necessary".

I was diagnosed with CIDP in 2021. Since starting IVIG every 4 weeks my grip strength and
walking have improved to the point that I went back to work part time. When my infusion
was delayed by 10 days in December I fell twice and needed a cane again. My neurologist,
Dr. Rosenthal, documented this in her notes from 12/19/2024 and 1/16/2025, which I have
attached to the paper copy of this appeal.

My infusions are given at home by Lakeshore Infusion Pharmacy nurses. Going to an
infusion center would mean 5 hours each time and I cannot drive after the infusion.

Please reconsider. I can be reached at 414-555-0186.

Sincerely,
Corinne Batiste-Moreau
"""), cte='quoted-printable')

m('phi', 'self', 'Lindqvist',
  'Nadia Petrenko <nadia.petrenko@riverbendhhh.org>',
  'Gus Lindqvist <gus.lindqvist@icloud.com>',
  'RE: fever',
  'Sat, 22 Mar 2025 07:41:26 -0500',
  T("""
Gus - with a fever over 101 and the PICC site red and warm, that needs to be looked at
today, not tomorrow. Please go to St. Agnes ED this morning and bring your med list and
the pharmacy card. Don't run today's antibiotic dose until they've seen you. I'm calling
Lakeshore and Dr. Feld's on-call now.

Call me back at 608-555-0111 if you can't get a ride.

Nadia Petrenko, LPN
Riverbend On-Call

-----Original Message-----
From: Gus Lindqvist <gus.lindqvist@icloud.com>
Sent: Saturday, March 22, 2025 7:22 AM
To: oncall@riverbendhhh.org
Subject: fever

Its Gus. still got the fever 101.2 this morning, took tylenol at 5. picc site is red and
kinda hot. should I go to ER or wait for the nurse monday?
Gus Lindqvist
"""))
# ====================================================================== PHI: ids
m('phi', 'ids', '',
  'Hannah Greer <hgreer@lakeshoreinfusion.com>',
  'oncall@riverbendhhh.org',
  'K 5.9 - hold KCl in tonight\'s bag',
  'Fri, 07 Mar 2025 14:26:09 -0600',
  T("""
pt 3.4.88, your chart 0048812 / our Rx 4470018 - potassium came back 5.9 on this morning's
BMP, creat 1.0, Mg 2.1. Hold the KCl rider tonight, we're compounding tomorrow's TPN with
KCl reduced 20->10 mEq. Redraw BMP Monday AM with the weekly labs please.

HG

Hannah Greer, PharmD | Lakeshore Infusion
""") + LS_DISC)

m('phi', 'ids', '',
  'Carmen Ibarra <carmen.ibarra@riverbendhhh.org>',
  'Field RNs <field-rn@riverbendhhh.org>',
  'FW: unmatched lab result - whose INR?',
  'Wed, 19 Mar 2025 11:03:52 -0500',
  T("""
Fax came in with no name on the cover sheet, just this. Anyone draw an INR Tuesday on a
72yo female, DOB 19520716? I can't match it in the EMR. Value is high so someone needs to
call the MD today.

-----Original Message-----
From: noreply-results@northlakelabs.com
Sent: Wednesday, March 19, 2025 10:41 AM
To: intake@riverbendhhh.org
Subject: RESULT NOTIFICATION

ACCESSION:   L25-0318-4471
PATIENT DOB: 19520716      SEX: F
COLLECTED:   03/18/2025 09:40   RECEIVED: 03/18/2025 14:12
ORDERING:    FELD, MIRIAM MD   NPI 1538291047
ACCOUNT:     RHH-0331

TEST                 RESULT    FLAG   REF RANGE
PROTIME              41.7      H      9.6-11.8 sec
INR                  4.6       H      0.9-1.1

Critical value called to: NO ANSWER - faxed
"""))

m('phi', 'ids', 'Okonjo',
  'Carmen Ibarra <carmen.ibarra@riverbendhhh.org>',
  'Prior Auth <um@cardinalcarehealth.com>',
  'Auth request - home health SN/PT - CCM-0093318472',
  'Thu, 13 Mar 2025 13:29:44 -0500',
  T("""
Hello,

Requesting initial authorization for home health services:

Member: T. Okonjo
Member ID: CCM-0093318472
DOB: 21 Nov 1990
Referring: Dr. Samuel Achebe, NPI 1720486619

s/p MVA 2/21/25 with L femur ORIF, discharged from St. Agnes 3/12. Non weight bearing
LLE x 6 wks, on apixaban for DVT prophylaxis. Requesting SN 1w4 (wound/incision
assessment, med teaching), PT 3w3 then 2w3, OT 2w2.

Clinicals faxed to 800-555-0199 today, 14 pages.

Carmen Ibarra
Intake Coordinator | Riverbend Home Health & Hospice
NPI 1184620937 | Tax ID 39-1458822
"""))

m('phi', 'ids', '',
  'Carmen Ibarra <carmen.ibarra@riverbendhhh.org>',
  'Dana Whitcombe <dana.whitcombe@riverbendhhh.org>',
  'new ref from Feld - CHF, needs telehealth',
  'Fri, 21 Mar 2025 16:55:30 -0500',
  T("""
took this one by phone, paperwork coming monday:

1142 Cottonwood Dr Apt 3B, Millbrook
ph (608) 555-0147 home / daughter cell 608-555-0188
CHF EF 25%, 2 admits in last 60 days for fluid overload, last d/c 3/19
on torsemide 40 daily, spironolactone, carvedilol, entresto
lives alone, daughter checks daily, 2nd floor no elevator
needs: scale, telehealth monitor, SN 2w4, maybe MSW for meds cost

can we get someone out Monday? Feld's nurse said sooner the better.
C
"""))

m('phi', 'ids', 'Eddings',
  'Angela Merritt <amerritt@keystonemedsupply.com>',
  'Owen Marsh <owen.marsh@riverbendhhh.org>',
  'O2 CMN recert - acct 77-201948',
  'Mon, 24 Feb 2025 10:15:03 -0600',
  T("""
Owen,

Mr. Eddings' oxygen CMN recertification expired 2/28 (acct 77-201948, DOB 09/23/1946,
MBI 4TQ7-HN2-RX58). To keep billing Medicare we need new qualifying testing within 30
days of the recert: either a resting SpO2 <= 88% on room air or an exercise test showing
desaturation + improvement on O2. His last test on file is from 02/2024 at 87% RA.

Could one of your nurses do the walking oximetry at the next visit and document it? We
can send a form. Otherwise we'll need to go back to Dr. Achebe's office.

Angela Merritt
Billing Specialist | Keystone Medical Supply
608-555-0150 x44
""") + KS_DISC)

m('phi', 'ids', 'Hollis',
  'Denise Pak <dpak@lakeshoreinfusion.com>',
  'Owen Marsh <owen.marsh@riverbendhhh.org>',
  'Rx# 4471920 - need auth # for nursing visits',
  'Tue, 04 Mar 2025 09:48:37 -0600',
  T("""
Hi Owen - for Rx# 4471920 (Hollis, dob 1951-12-08, Heartland Mutual sub ID
HMH227730914) the plan only authorized 4 SN visits for the PICC and we're going to need
at least 6. Ceftriaxone 2 g IV daily x 6 wks for the osteo, started 2/26, PICC placed
2/25 R basilic. Did your team get a separate auth for the weekly dressing changes or are
you billing under ours? Don't want both of us denied.

thanks
Denise

Denise Pak | Reimbursement Specialist
Lakeshore Infusion Pharmacy | 414-555-0115
""") + LS_DISC)

m('phi', 'ids', 'Rybak',
  'Rafael Quintero <rafael.quintero@riverbendhhh.org>',
  'arrangements@hartwellandsons.com',
  'Rybak - info for death certificate',
  'Tue, 18 Mar 2025 13:12:44 -0500',
  T("""
Hi Greg,

Here's what you asked for on Mr. Stanislaw Rybak for the certificate:

DOB 12/1/40
Date of death 3/17/25, 2250, at home (1907 W Marquette St)
SSN ending 6621 (daughter has the card, she'll bring it)
Attending: Dr. Lena Holm, hospice medical director - she'll e-sign in EDRS
Cause per Dr. Holm: end stage COPD, with heart failure as contributing
POA: daughter, Dorota Rybak-Glenn, 608-555-0125

Let me know if you need anything else.

Rafael Quintero, RN, CHPN
Riverbend Hospice
""") + RB_DISC)
# ====================================================================== PHI: lists
m('phi', 'lists', 'Halvorsen;Pemberton;Thibodeaux;Al-Hashimi;Dufresne;Grzyb',
  'Dana Whitcombe <dana.whitcombe@riverbendhhh.org>',
  'Field RNs <field-rn@riverbendhhh.org>',
  'Monday huddle 3/17',
  'Mon, 17 Mar 2025 07:30:00 -0500',
  T("""
Morning all - huddle list below, 8:15 in the conf room or dial in.

Pt\tClinician\tIssue\tPlan
Halvorsen, D\tMarcus\tINR 3.8 last wk, now 2.6\tcontinue 5 mg, vac chg M/W/F
Pemberton, G\tPriya\tfall 3/8, ED neg\tPT 3x this wk, OT home safety
Thibodeaux, L\tMarcus\twt up 4 lb since Thurs\tcall Achebe, may need lasix bump
Al-Hashimi, F\tRafael\tnew hospice admit 3/12\tfemale staff only, Arabic interp
Dufresne, L\tPriya/Tessa\tR THR 2/27\tstaples out done, lovenox ends 3/13
Grzyb, W\tKelsey\tmissed visit 3/6 (our fault)\tmake up visit + fluid status

Also: flu A in 2 households this week, mask up.

Dana Whitcombe, RN, MSN
Director of Nursing
"""))

m('phi', 'lists', 'Beechum;Fairweather;Kowalczyk;van der Berg;Al-Hashimi',
  'Kelsey Dorn <kelsey.dorn@riverbendhhh.org>',
  'Hospice Team <hospice-team@riverbendhhh.org>',
  'on-call sign out Tues night',
  'Wed, 12 Mar 2025 07:05:12 -0500',
  T("""
| Patient            | Call time | Reason                      | Done                              |
|--------------------|-----------|-----------------------------|-----------------------------------|
| Beechum, Harlan    | 0320      | death                       | pronounced 0411, see sep email    |
| Fairweather, Edna  | 2215      | pain 8/10 after pump bolus  | 1 mg lorazepam, pain 3/10 @2300   |
| Kowalczyk, Irena   | 2340      | fentanyl patch fell off     | new patch applied by dtr, ok      |
| van der Berg, Pieter | 0115    | BG 402, refusing insulin    | Holm aware, comfort only, no tx   |
| Al-Hashimi, Fatima | 0530      | vomiting x3                 | ondansetron ODT, RN visit today   |

quiet otherwise. going to sleep, phone is with Nadia till 0800.
K
"""))

_route = T("""
KEYSTONE MEDICAL SUPPLY - ROUTE 4 - THU 03/06/25 - DRIVER: BEAULIEU

STOP NAME               ADDRESS                      ITEMS                         NOTES
---- ------------------ ---------------------------- ----------------------------- ------------------------
  1  KILBRIDE, MAUREEN  22 ORCHARD LN                5L CONC, 4 E CYL, SEMI BED    NEW O2 3L CONT - PRIORITY
  2  PRYCE, DESMOND     818 N HOLLOWAY ST            E CYL x6 EXCH                 nocturnal + ambulatory
  3  HALVORSEN, DALE    47 RIDGE RD                  NPWT CANISTERS x2, DRSG KIT   wound vac pt, call wife 1st
  4  ADEYEMI-OKAFOR, C  2290 SUMMIT AVE #14          FOAM DRSG, GAUZE, BARRIER CR  sacral wound - see order
  5  BEECHUM, HARLAN    5 TAMARACK CT                LAL OVERLAY                   HOSPICE - back door
  6  OSEI, HARRIET      601 GRANT ST                 ** PICKUP CPAP ** (RETURN)    see acct note 55-019384
""")
m('phi', 'lists', 'Kilbride;Pryce;Halvorsen;Adeyemi-Okafor;Beechum;Osei',
  'Dispatch <dispatch@keystonemedsupply.com>',
  'Travis Beaulieu <tbeaulieu@keystonemedsupply.com>',
  'Route 4 Thursday',
  'Thu, 06 Mar 2025 06:12:40 -0600',
  T("""
Travis - Thursday route below and attached. Kilbride first please, hospital discharging
her at 10.

""") + _route + T("""

Dispatch
"""),
  atts=[('ROUTE4_20250306.txt', 'text', 'plain', _route)])

m('phi', 'lists', 'Al-Hashimi;Beechum;Fairweather;Kowalczyk;Rybak;van der Berg',
  'Rafael Quintero <rafael.quintero@riverbendhhh.org>',
  'IDT <idt@riverbendhhh.org>',
  'IDT agenda Thurs 3/13',
  'Wed, 12 Mar 2025 16:40:18 -0500',
  T("""
IDT agenda for tomorrow, 1pm. Chaplain + MSW please come with updates.

NEW ADMITS
 * Fatima Al-Hashimi (72) - pancreatic ca w/ liver mets, PPS 40%. Nausea main issue.
   Female staff only. Son Yousef = POA.

DEATHS (bereavement follow-up)
 * Harlan Beechum - died 3/12 at home. Wife Lorna, good support.

RECERTS / 2nd benefit period
 * Edna Fairweather - dementia + CHF, pump basal up to 1.5 mg/hr 3/7, kids exhausted ->
   MSW re: respite 5 days?
 * Irena Kowalczyk - new fentanyl 25 mcg patch 3/17, poor intake, heels red. Needs
   face-to-face by 3/20 (Dr. Holm).

DECLINING
 * Stanislaw Rybak - end stage COPD, now bedbound, SOB at rest, on 4L. Daughter
   Dorota asking about continuous care.
 * Pieter van der Berg - refusing insulin, goals conv done, family call Fri.

R
"""))

_inf_csv = csvtext([
    ['DeliveryDate', 'Route', 'Patient', 'DOB', 'Address', 'Drug', 'Dose', 'Pump', 'Notes'],
    ['2025-03-18', 'A', 'Achterberg, Rosalind', '1949-02-11', '730 Elm St', 'vancomycin', '1000 mg q12h', 'CADD Prizm', 'trough Thu'],
    ['2025-03-18', 'A', 'Venkataraman, Lakshmi', '1958-10-30', '14 Bayberry Ln', 'ertapenem', '1 g q24h', 'elastomeric', 'last dose 3/21'],
    ['2025-03-18', 'A', 'Hollis, Raymond', '1951-12-08', '2601 Kettle Rd', 'ceftriaxone', '2 g q24h', 'gravity', 'PICC R basilic'],
    ['2025-03-18', 'B', 'Ruiz-Calloway, Mateo', '2019-04-17', '88 Juniper Way', 'TPN + lipids', '1100 mL/12h cycle', 'CADD Prizm', 'REPLACE PUMP SN 10448'],
    ['2025-03-18', 'B', 'Fairweather, Edna', '1939-06-02', '410 Sumac Dr', 'morphine PCA', '1.5 mg/h basal, 1 mg bolus', 'CADD Solis', 'hospice - Riverbend'],
    ['2025-03-18', 'B', 'Batiste-Moreau, Corinne', '1974-08-09', '5117 Lake Shore Blvd Apt 9', 'IVIG 10%', '0.4 g/kg', 'Curlin', 'PENDING APPEAL - hold til auth'],
])
m('phi', 'lists', 'Achterberg;Venkataraman;Hollis;Ruiz-Calloway;Fairweather;Batiste-Moreau',
  'Hannah Greer <hgreer@lakeshoreinfusion.com>',
  'Drivers <drivers@lakeshoreinfusion.com>',
  'Tues deliveries',
  'Mon, 17 Mar 2025 17:58:03 -0500',
  T("""
Tomorrow's delivery list attached. Mateo's pump swap is the priority - bring a spare.
Corinne's IVIG is on HOLD, do not deliver until Denise says auth is back.

Hannah
""") + LS_DISC,
  atts=[('deliveries_2025-03-18.csv', 'text', 'csv', _inf_csv)])

_aging_csv = csvtext([
    ['Acct', 'Patient', 'DOB', 'Payer', 'HCPCS', 'DOS', 'Billed', 'Status', 'Denial'],
    ['77-201948', 'EDDINGS, WARREN', '09/23/1946', 'MEDICARE', 'E1390', '02/01/2025', '187.23', 'DENIED', 'CO-50 CMN expired'],
    ['55-019384', 'OSEI, HARRIET', '04/14/1969', 'HEARTLAND MUTUAL', 'E0601', '01/01/2025', '92.50', 'PT RESP', 'returned 1/14 - adjust?'],
    ['77-310552', 'PRYCE, DESMOND', '11/30/1957', 'MEDICARE', 'E1390', '02/01/2025', '187.23', 'HOLD', 'Rx expired'],
    ['81-004417', 'KILBRIDE, MAUREEN', '07/05/1951', 'MEDICARE', 'E0260', '03/06/2025', '168.04', 'UNBILLED', 'need F2F note'],
    ['81-004418', 'KILBRIDE, MAUREEN', '07/05/1951', 'MEDICARE', 'E1390', '03/06/2025', '187.23', 'UNBILLED', 'qualifying sat 86% RA'],
    ['63-118820', 'ADEYEMI-OKAFOR, CHINWE', '01/22/1980', 'CARDINAL CARE', 'A6212', '03/05/2025', '240.60', 'PENDING', 'wound meas missing'],
])
m('phi', 'lists', 'Eddings;Osei;Pryce;Kilbride;Adeyemi-Okafor',
  'Angela Merritt <amerritt@keystonemedsupply.com>',
  'Paul Reinholt <preinholt@keystonemedsupply.com>',
  'AR aging / denials - week 11',
  'Fri, 14 Mar 2025 16:22:51 -0500',
  T("""
Paul - zipped the denial/hold list for the Monday meeting, same format as last week.
Eddings and Pryce are both O2 paperwork, I'm working with Riverbend on Eddings.
Osei - I think we should write it off, she returned the unit, I have the pickup slip.

Angela
""") + KS_DISC,
  atts=[('AR_denials_wk11.zip', 'application', 'zip',
         zipbytes([('AR_denials_wk11.csv', _aging_csv)]))])

_census = [
    ['MRN', 'Patient Name', 'DOB', 'SOC', 'Payer', 'Primary Dx (ICD-10)', 'Disciplines', 'Clinician'],
    ['0048790', 'Halvorsen, Dale', '05/19/1944', '02/10/2025', 'Medicare A', 'L97.922 non-pressure ulcer L lower leg', 'SN PT', 'Oyelowo'],
    ['0048801', 'Pemberton, Gladys', '10/02/1940', '02/24/2025', 'Medicare Adv - Heartland', 'R26.81 unsteady gait', 'PT OT', 'Raman'],
    ['0048807', 'Thibodeaux, Lucien', '03/28/1949', '02/28/2025', 'Medicare A', 'I50.32 chronic diastolic HF', 'SN HHA', 'Oyelowo'],
    ['0048812', 'Castro-Whitfield, Anya', '03/04/1988', '03/01/2025', 'Cardinal Care', 'K91.2 postsurgical malabsorption', 'SN', 'Dorn'],
    ['0048815', 'Dufresne, Lorraine', '05/22/1947', '03/04/2025', 'Medicare A', 'Z96.641 R hip replacement', 'SN PT OT', 'Raman'],
    ['0048821', 'Nguyen, Thi Hoa', '08/15/1936', '01/14/2025', 'Medicaid', 'E11.621 DM2 w foot ulcer', 'SN', 'Oyelowo'],
    ['0048829', 'Okonjo, Tobechukwu', '11/21/1990', '03/14/2025', 'Cardinal Care', 'S72.302D fx L femur shaft', 'SN PT OT', 'Raman'],
]
m('phi', 'lists', 'Halvorsen;Pemberton;Thibodeaux;Castro-Whitfield;Dufresne;Nguyen;Okonjo',
  'Owen Marsh <owen.marsh@riverbendhhh.org>',
  'Lisa Tran <ltran@summitrevcycle.com>',
  'weekly census for PDGM billing',
  'Fri, 14 Mar 2025 17:35:09 -0500',
  T("""
Lisa,

Attached is this week's active home health census for the PDGM period billing. Two new
SOCs (Dufresne, Okonjo). Okonjo's auth is still pending with Cardinal Care so don't drop
the RAP/NOA yet.

Have a good weekend,
Owen

Owen Marsh | Billing Manager
Riverbend Home Health & Hospice | 608-555-0100 x230
""") + RB_DISC,
  atts=[('census_2025-03-14.xlsx', 'application',
         'vnd.openxmlformats-officedocument.spreadsheetml.sheet', xlsx(_census, 'Census'))])
# ====================================================================== PHI: struct
m('phi', 'struct', 'Dufresne',
  'Carmen Ibarra <carmen.ibarra@riverbendhhh.org>',
  'Greg Tollefson <greg.tollefson@riverbendhhh.org>',
  'referral interface dropped one again',
  'Tue, 04 Mar 2025 08:19:33 -0600',
  T(r"""
Greg - the St Agnes feed didn't create the referral for this one, it's stuck in the error
queue. Copied it out of the interface monitor. Can you push it through? SOC is today.

MSH|^~\&|SAGNES_ADT|SARMC|HHAEMR|RIVERBEND|20250303141522||ADT^A04^ADT_A01|MSG00481123|P|2.5.1
EVN|A04|20250303141522
PID|1||SA00749213^^^SARMC^MR~475-22-9031^^^USSSA^SS||DUFRESNE^LORRAINE^M^^^^L||19470522|F|||418 HAWTHORNE CT^^MILLBROOK^WI^53090^USA^H||(608)555-0164^PRN^PH|||W|CAT|SA4471902211
NK1|1|BELANGER^SUZANNE^^^^^L|NIE^NIECE|12 ASPEN RD^^MILLBROOK^WI^53090|(608)555-0177
PV1|1|O|HH^^^RIVERBEND||||1457839201^PASQUALE^ANTHONY^J^^^MD|1629384715^FELD^MIRIAM^^^^MD|||||||||||SA4471902211
DG1|1||Z96.641^Presence of right artificial hip joint^I10|||F
DG1|2||Z79.01^Long term (current) use of anticoagulants^I10|||F
IN1|1|MCR|00431|MEDICARE PART A||||||||||||DUFRESNE^LORRAINE^M|SEL|19470522|||||||||||||||||||8XK2-CV6-TJ41

error says PID-3 repetition not supported?? it's worked before.

Carmen
"""))

_oru = T(r"""
MSH|^~\&|NLLIS|NORTHLAKE LABS|HHAEMR|RIVERBEND|20250307112904||ORU^R01^ORU_R01|NL25030700881|P|2.5.1
PID|1||0048790^^^RIVERBEND^MR||HALVORSEN^DALE^R||19440519|M|||47 RIDGE RD^^MILLBROOK^WI^53090||(608)555-0121
ORC|RE|RB-2025-01177|L25-0307-0912||CM
OBR|1|RB-2025-01177|L25-0307-0912|34714-6^INR^LN|||20250307084500|||||||||1629384715^FELD^MIRIAM^^^^MD
OBX|1|NM|5902-2^Prothrombin time^LN||29.8|s|9.6-11.8|H|||F|||20250307112800
OBX|2|NM|34714-6^INR^LN||2.6||0.9-1.1|H|||F|||20250307112800
NTE|1||Patient on warfarin. Therapeutic range per ordering provider 2.0-3.0.
""").replace('\n', '\r')
m('phi', 'struct', 'Halvorsen',
  'Greg Tollefson <greg.tollefson@riverbendhhh.org>',
  'Northlake Labs Interface Team <interfaces@northlakelabs.com>',
  'RE: results not filing - ticket 22871',
  'Fri, 07 Mar 2025 13:02:26 -0600',
  T("""
Hi Sam,

Attached the raw ORU we received at 11:29 today. It's landing in our unmatched queue
because PID-3 comes with our MRN but the assigning authority is RIVERBEND instead of
RHH like we agreed. The patient matches fine by name and DOB manually but we need it
to auto-file - the nurses are checking INRs on this guy twice a week.

Can you fix the mapping on your side?

Greg Tollefson
IT / EMR Systems Administrator
Riverbend Home Health & Hospice
608-555-0100 x240
"""),
  atts=[('ORU_NL25030700881.hl7', 'text', 'plain', _oru)])

m('phi', 'struct', 'Thibodeaux',
  'Owen Marsh <owen.marsh@riverbendhhh.org>',
  'support@clearpathedi.com',
  'Claim rejected - A7:507 subscriber DOB - please help',
  'Wed, 26 Mar 2025 10:44:11 -0500',
  T("""
Hello,

We keep getting the 277CA rejection "A7:507 Subscriber date of birth invalid" on this
home health final claim. The DOB matches the Medicare card. Here's the relevant part of
the 837I as it leaves our system - can you tell me what's wrong?

NM1*85*2*RIVERBEND HOME HEALTH AND HOSPICE*****XX*1184620937~
N3*600 RIVER VALLEY DR STE 2~
N4*MILLBROOK*WI*53090~
REF*EI*391458822~
HL*2*1*22*0~
SBR*P*18*******MA~
NM1*IL*1*THIBODEAUX*LUCIEN*A***MI*3JN5WQ8TA27~
N3*1120 BLUFF ST~
N4*MILLBROOK*WI*53090~
DMG*D8*19490328*M~
NM1*PR*2*CMS*****PI*06001~
CLM*RHH250226TH*2874.16***32:A:1*Y*A*Y*Y~
DTP*434*RD8*20250228-20250329~
CL1*1*1*30~
HI*ABK:I5032*ABF:I110*ABF:E119*ABF:Z7901~
HI*BH:35:D8:20250228~
NM1*71*1*ACHEBE*SAMUEL****XX*1720486619~
LX*1~
SV2*0023*HC:1AA21***0~
DTP*472*D8*20250329~

Thank you,
Owen Marsh | Billing Manager
Riverbend Home Health & Hospice
""") + RB_DISC)

m('phi', 'struct', 'Kilbride',
  'Angela Merritt <amerritt@keystonemedsupply.com>',
  'Kevin Ostrowski <kostrowski@keystonemedsupply.com>',
  'FW: 271 for Kilbride - secondary inactive',
  'Fri, 07 Mar 2025 09:21:55 -0600',
  T("""
Kevin - pulled the 271 for Maureen Kilbride. Medicare is fine but the AARP supplement
shows inactive as of 1/31, so we can't bill secondary for the bed and O2. Can you call
her husband and ask if they have a new supplement card? Don't deliver the pulse ox until
we know who's paying.

ISA*00*          *00*          *ZZ*EDIGATEWAY     *ZZ*KEYSTONEMED    *250307*0912*^*00501*000004417*0*P*:~
GS*HB*EDIGATEWAY*KEYSTONEMED*20250307*0912*4417*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*KMS-E-88120*20250307*0912~
HL*1**20*1~
NM1*PR*2*UNITED SUPPLEMENTAL INS CO*****PI*36273~
HL*2*1*21*1~
NM1*1P*2*KEYSTONE MEDICAL SUPPLY*****XX*1306592218~
HL*3*2*22*0~
TRN*2*KMS-E-88120*9KEYSTONE1~
NM1*IL*1*KILBRIDE*MAUREEN*T***MI*USI40719833~
N3*22 ORCHARD LN~
N4*MILLBROOK*WI*53090~
DMG*D8*19510705*F~
EB*6**30~
DTP*307*D8*20250131~
MSG*COVERAGE TERMINATED - NONPAYMENT OF PREMIUM~
SE*16*0001~

Angela
""") + KS_DISC)

_fhir = T("""
{
  "resourceType": "Bundle",
  "id": "lsi-ref-20250310-0042",
  "type": "collection",
  "timestamp": "2025-03-10T15:04:22-05:00",
  "entry": [
    {
      "fullUrl": "urn:uuid:7d3f0b1e-2c41-4a8e-9b1c-5f0a22d81e03",
      "resource": {
        "resourceType": "Patient",
        "identifier": [
          {"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "LSI-220417"},
          {"system": "http://riverbendhhh.org/mrn", "value": "0048834"}
        ],
        "name": [{"family": "Achterberg", "given": ["Rosalind", "June"]}],
        "telecom": [{"system": "phone", "value": "608-555-0153", "use": "home"}],
        "gender": "female",
        "birthDate": "1949-02-11",
        "address": [{"line": ["730 Elm St"], "city": "Millbrook", "state": "WI", "postalCode": "53090"}]
      }
    },
    {
      "fullUrl": "urn:uuid:0b6c8f55-91a2-4e07-8d6e-3a9e4c1f7720",
      "resource": {
        "resourceType": "MedicationRequest",
        "status": "active",
        "intent": "order",
        "medicationCodeableConcept": {
          "coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "1807516", "display": "vancomycin 1000 MG Injection"}],
          "text": "Vancomycin 1,000 mg IV q12h"
        },
        "subject": {"reference": "urn:uuid:7d3f0b1e-2c41-4a8e-9b1c-5f0a22d81e03"},
        "authoredOn": "2025-03-11",
        "requester": {"display": "Samuel Achebe, MD"},
        "reasonCode": [{"text": "MRSA bacteremia, day 9 of 28"}],
        "dosageInstruction": [{"text": "1000 mg IV every 12 hours via PICC over 90 min. Trough before 4th dose."}]
      }
    }
  ]
}
""")
m('phi', 'struct', 'Achterberg',
  'Ravi Mehta <rmehta@lakeshoreinfusion.com>',
  'Greg Tollefson <greg.tollefson@riverbendhhh.org>',
  'FHIR referral bundle - sample from prod for mapping',
  'Tue, 11 Mar 2025 15:37:40 -0500',
  T("""
Greg,

As discussed on the call, attaching one real bundle from yesterday so you can see how
our system populates the identifiers - we send our LSI number plus your MRN when we have
it. This is production data so please delete after you've looked, I should have sent it
through the SFTP but it's just the one.

Ravi Mehta
Integration Analyst | Lakeshore Infusion Pharmacy
"""),
  atts=[('bundle_lsi-ref-20250310-0042.json', 'application', 'json', _fhir.encode('utf-8'))])

m('phi', 'struct', 'Pryce',
  'Janelle Ortiz <jortiz@northgateim.com>',
  'Riverbend Intake <intake@riverbendhhh.org>',
  'CCD for Pryce referral - pasted since the fax is down',
  'Thu, 27 Feb 2025 14:05:18 -0600',
  T("""
Our fax server is down so here's the relevant part of the CCD export for the
referral. Full doc to follow when it's back up.

<recordTarget>
  <patientRole>
    <id extension="NIM-0031882" root="2.16.840.1.113883.3.7781.2"/>
    <addr use="HP"><streetAddressLine>818 N Holloway St</streetAddressLine>
      <city>Millbrook</city><state>WI</state><postalCode>53090</postalCode></addr>
    <telecom use="HP" value="tel:+1-608-555-0142"/>
    <patient>
      <name use="L"><given>Desmond</given><given>Earl</given><family>Pryce</family></name>
      <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime value="19571130"/>
    </patient>
  </patientRole>
</recordTarget>
...
<section>
  <templateId root="2.16.840.1.113883.10.20.22.2.5.1"/>
  <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem List"/>
  <title>PROBLEMS</title>
  <text>
    <list>
      <item>Chronic obstructive pulmonary disease with (acute) exacerbation - J44.1 - onset 11/2024</item>
      <item>Chronic respiratory failure with hypoxia - J96.11</item>
      <item>Essential hypertension - I10</item>
    </list>
  </text>
</section>
<section>
  <title>MEDICATIONS</title>
  <text>tiotropium 18 mcg inh daily; budesonide/formoterol 160/4.5 2 puffs bid;
  albuterol HFA prn; amlodipine 5 mg daily; O2 2 L/min nocturnal and with exertion</text>
</section>

Thx - Janelle, MA for Dr. Feld
Northgate Internal Medicine
"""))

m('phi', 'struct', 'Eddings;Pryce',
  'Angela Merritt <amerritt@keystonemedsupply.com>',
  'Paul Reinholt <preinholt@keystonemedsupply.com>',
  'ERA 3/12 - two O2 denials CO-50',
  'Thu, 13 Mar 2025 11:50:02 -0500',
  T("""
Paul, from yesterday's 835. Both oxygen, both CMN. I'm appealing Eddings once Riverbend
gets the walking sats, Pryce we're waiting on the new Rx from Northgate.

CLP*KMS77201948A*4*187.23*0**MB*1125071044120*12~
NM1*QC*1*EDDINGS*WARREN*L***MI*4TQ7HN2RX58~
NM1*82*1*ACHEBE*SAMUEL****XX*1720486619~
DTM*232*20250201~
DTM*233*20250228~
SVC*HC:E1390:RR*187.23*0**1~
CAS*CO*50*187.23~
LQ*HE*N102~
CLP*KMS77310552A*4*187.23*0**MB*1125071044121*12~
NM1*QC*1*PRYCE*DESMOND*E***MI*7WD2FG4KN19~
NM1*82*1*FELD*MIRIAM****XX*1629384715~
DTM*232*20250201~
DTM*233*20250228~
SVC*HC:E1390:RR*187.23*0**1~
CAS*CO*50*187.23~

Angela
"""))
# ====================================================================== PHI: lang
m('phi', 'lang', 'Márquez',
  'Rocío Márquez <rociomarquez.t@gmail.com>',
  'Marcus Oyelowo <marcus.oyelowo@riverbendhhh.org>',
  'mi mamá - azúcar alta y la herida',
  'Sat, 08 Mar 2025 08:47:13 -0600',
  T("""
Hola enfermero Marcus,

Le escribe Rocío, la hija de la señora Guadalupe Márquez Treviño. Mi mamá amaneció con
el azúcar en 342 y no quiso desayunar. El jueves el doctor Achebe le subió la insulina
Lantus a 18 unidades en la noche y se la pusimos bien, a las 9.

La herida del talón izquierdo está soltando más líquido amarillo y huele feo, el vendaje
estaba mojado cuando se lo cambié. No tiene fiebre (37.4).

¿Puede venir hoy o mañana? Si no, ¿la llevo a urgencias? Mi teléfono es 608-555-0129.

Gracias,
Rocío
"""), cte='quoted-printable')

m('phi', 'lang', 'Albuquerque',
  'Luciana Moraes <luciana.moraes@riverbendhhh.org>',
  'Beth Szymanski <beth.szymanski@riverbendhhh.org>',
  'Dona Conceição caiu',
  'Wed, 26 Mar 2025 10:22:39 -0500',
  T("""
Oi Beth, desculpa escrever em português, estou no carro e é mais rápido.

A Dona Conceição Albuquerque caiu hoje de manhã no banheiro antes de eu chegar, o marido
levantou ela sozinho. Ela está com um roxo grande no quadril direito e sente dor quando
anda com o andador. Verifiquei a pressão: 158/92, pulso 96. Ela toma varfarina, então
fiquei preocupada com sangramento. Não bateu a cabeça, ela diz.

Não dei banho de chuveiro, só na cama. Pode avisar o Marcus ou a Dana para alguém da
enfermagem passar lá hoje? Eu volto sexta.

Obrigada,
Luciana
HHA - Riverbend
"""))

m('phi', 'lang', 'Trần',
  'Trần Quốc Bảo <tranquocbao88@gmail.com>',
  'Beth Szymanski <beth.szymanski@riverbendhhh.org>',
  'Bố tôi - ông Trần Văn Minh - khó thở',
  'Sun, 23 Mar 2025 20:14:05 -0500',
  T("""
Chào chị Beth,

Tôi là Trần Quốc Bảo, con trai của ông Trần Văn Minh (sinh ngày 02/09/1941). Bố tôi đang
dùng oxy 2 lít, nhưng từ hôm qua bố thở khó hơn, đo SpO2 chỉ còn 87-88%, chân bị phù
nhiều hơn. Tuần trước bác sĩ Feld đã tăng thuốc lợi tiểu furosemide lên 40mg mỗi sáng.

Y tá có thể đến thăm bố sớm hơn thứ Năm không? Bố không muốn đi cấp cứu.
Số điện thoại của tôi: 608-555-0161.

Cảm ơn chị nhiều.
Bảo
"""), cte='base64')

m('phi', 'lang', 'Délice',
  'Nadège Délice <nadege.delice@yahoo.com>',
  'Riverbend Intake <intake@riverbendhhh.org>',
  'Manman m - tansyon wo',
  'Mon, 24 Mar 2025 07:36:50 -0500',
  T("""
Bonjou,

Mwen se Nadège, pitit fi Madan Jeanne-Marie Délice. Manman m pa t pran medikaman tansyon
li (lisinopril ak amlodipine) depi 3 jou paske li fini e famasi a te di yo bezwen yon
nouvo preskripsyon. Tansyon li te 182/100 maten an. Enfimyè a te di pou m rele si li pi
wo pase 160. Li gen tèt fè mal tou men li pale byen, li pa gen feblès nan bra.

Kilè enfimyè a ka vini? Doktè li se Dr. Achebe nan Prairie View.

Mèsi anpil,
Nadège
608-555-0192
"""))

m('phi', 'lang', 'Соколов',
  'Людмила Соколова <l.sokolova1958@mail.ru>',
  'Riverbend On-Call <oncall@riverbendhhh.org>',
  'Катетер у мужа - Соколов Г.П.',
  'Tue, 25 Mar 2025 06:51:27 -0500',
  T("""
Здравствуйте!

Пишет Людмила Соколова, жена Григория Павловича Соколова. У мужа со вчерашнего вечера
катетер почти не пропускает мочу - в мешке всего около 100 мл за ночь, моча тёмная, с
хлопьями. Утром температура 38,2, он стал какой-то сонный. Медсестра меняла катетер
10 марта.

Можно ли прислать медсестру сегодня? Или нам ехать в больницу St. Agnes?
Я по-английски говорю плохо, лучше звонить дочери Ирине: 608-555-0157.

Спасибо,
Людмила
"""), cte='base64')

m('phi', 'lang', 'Bautista',
  'Marites Dizon <marites.dizon@riverbendhhh.org>',
  'Dana Whitcombe <dana.whitcombe@riverbendhhh.org>',
  'Lola Remedios - BP mababa',
  'Thu, 27 Mar 2025 13:18:44 -0500',
  T("""
Hi Ma'am Dana,

Si Lola Remedios Bautista po, hindi daw siya nakatulog kagabi sabi ng apo niya, masakit
daw po ang likod niya. Kinuha ko po BP niya kanina 90/60 lang at nahihilo siya pag
tumatayo, kaya hindi ko na po siya pinaligo sa shower, sponge bath na lang. Hindi rin po
siya kumain ng tanghalian, konting sabaw lang. Yung bagong gamot po na metoprolol
sinimulan kahapon sabi ng anak niya.

Pakisabihan po si Nurse Kelsey kung pwede siya bumisita ngayon or bukas.

Salamat po,
Marites, HHA
"""))

m('phi', 'lang', 'الهاشمي',
  'Yousef Al-Hashimi <yousef.alhashimi@gmail.com>',
  'Rafael Quintero <rafael.quintero@riverbendhhh.org>',
  'والدتي فاطمة الهاشمي - قيء وألم',
  'Sat, 15 Mar 2025 23:02:18 -0500',
  T("""
السلام عليكم،

أنا يوسف الهاشمي، ابن السيدة فاطمة الهاشمي. والدتي تتقيأ منذ المساء ثلاث مرات ولا تستطيع
أن تبلع حبوب الأوكسيكودون، والألم في بطنها شديد جداً. أعطيناها حبة الغثيان التي تذوب
تحت اللسان لكنها لم تنفع.

الممرضة على الهاتف قالت إنها ستأتي الليلة. من فضلك، هل يمكن أن تكون ممرضة امرأة كما طلبنا
عند الدخول؟

رقم هاتفي 608-555-0119.
شكراً جزيلاً،
يوسف
"""), cte='base64')

_li_txt = T("""
您好，

我是李秀英的女儿王静。我妈妈上周从St. Agnes医院出院回家（髋关节手术后），物理治疗师每周来两次。
昨天她的血压是168/95，比以前高，她说头有点晕。Feld医生把她的降压药氨氯地平从5毫克加到了10毫克。

请问护士这周能来给她测血压、看看伤口吗？另外她的助行器有一个轮子坏了，能不能请Keystone换一个？

我的电话是608-555-0148，白天都可以打。

谢谢！
王静
""")
m('phi', 'lang', '李',
  '王静 <wangjing.mke@163.com>',
  'Riverbend Intake <intake@riverbendhhh.org>',
  '关于我母亲李秀英的护理',
  'Wed, 26 Mar 2025 21:40:33 -0500',
  _li_txt,
  html='<html><body><div style="font-family:SimSun,sans-serif">' +
       _li_txt.replace('\n\n', '</div><br><div>').replace('\n', '<br>') + '</div></body></html>')
# ====================================================================== CLEAN: admin
m('clean', 'admin', '',
  'Beth Szymanski <beth.szymanski@riverbendhhh.org>',
  'All Clinical <clinical-all@riverbendhhh.org>',
  'April on-call calendar (FINAL) + holiday swap',
  'Thu, 27 Mar 2025 15:10:48 -0500',
  T("""
Hi everyone,

April on-call is final - grid below, also posted on the board by the time clock.

Week of   Primary RN         Backup            Hospice RN
3/31      Kelsey Dorn        Nadia Petrenko    Rafael Quintero
4/7       Marcus Oyelowo     Kelsey Dorn       Kelsey Dorn
4/14      Nadia Petrenko     Marcus Oyelowo    Rafael Quintero
4/21      Kelsey Dorn        Ana Lucero        Kelsey Dorn
4/28      Ana Lucero         Nadia Petrenko    Rafael Quintero

Easter weekend (4/19-4/20): Marcus and Ana swapped, approved by Dana.

On-call phone handoff is 0800 at the front desk. If you can't make handoff, call me at
608-555-0100 x212 or my cell 608-555-0197 BEFORE 0700.

Thanks!
Beth Szymanski | Scheduling Coordinator
"""))

m('clean', 'admin', '',
  'Riverbend IT Service Desk <servicedesk@riverbendhhh.org>',
  'Kelsey Dorn <kelsey.dorn@riverbendhhh.org>',
  '[INC0048213] Tablet not syncing visit notes - Resolved',
  'Tue, 18 Mar 2025 11:25:07 -0500',
  T("""
Hello Kelsey,

Your incident INC0048213 has been resolved.

Short description: Samsung tablet RHH-TAB-0317 not syncing visit notes, "Patient list
failed to load (error 502)"
Resolution: Tablet was on an outdated EMR mobile build (7.2.1). Pushed 7.4.0 via MDM,
cleared app cache and re-enrolled the device certificate. Test sync successful at
11:18. Any notes saved offline since 3/14 uploaded; please confirm they show as signed.

If the problem returns, reply to this email within 5 days to reopen the ticket.

Greg Tollefson
IT / EMR Systems Administrator | x240
Riverbend Home Health & Hospice
"""))

_inv_csv = csvtext([
    ['Invoice', 'Line', 'Item', 'Description', 'Qty', 'Unit', 'Ext'],
    ['INV-2025-020931', '1', 'SCL-440', 'Digital bathroom scale 440 lb, agency stock', '12', '38.50', '462.00'],
    ['INV-2025-020931', '2', 'BPC-ADL', 'Adult BP cuff, reusable, large', '10', '21.75', '217.50'],
    ['INV-2025-020931', '3', 'POX-FT', 'Fingertip pulse oximeter', '15', '24.00', '360.00'],
    ['INV-2025-020931', '4', 'SHP-BIN', 'Sharps container 1 qt', '48', '2.10', '100.80'],
    ['INV-2025-020931', '5', 'DEL', 'Delivery to 600 River Valley Dr', '1', '0.00', '0.00'],
])
m('clean', 'admin', '',
  'Angela Merritt <amerritt@keystonemedsupply.com>',
  'Accounts Payable <ap@riverbendhhh.org>',
  'Invoice INV-2025-020931 - PO 4417-RHH (agency stock)',
  'Mon, 10 Mar 2025 09:05:44 -0500',
  T("""
Good morning,

Attached is invoice INV-2025-020931 for the agency stock order on PO 4417-RHH (scales,
BP cuffs, pulse oximeters, sharps containers). These are agency-owned supplies for your
nurses' bags, not patient-billed items. Total $1,140.30, Net 30, due 04/09/2025.

Remit to Keystone Medical Supply, PO Box 2271, Millbrook WI 53091, or ACH per the
vendor form on file. Customer #RHH-0100.

Thank you,
Angela Merritt | Billing Specialist
""") + KS_DISC,
  atts=[('INV-2025-020931.csv', 'text', 'csv', _inv_csv)])

_oe_html = T("""
<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#1f5e8c">2025-26 Open Enrollment starts April 14</h2>
<p>Hi team,</p>
<p>Open enrollment for medical, dental, vision and the FSA runs <b>April 14 - April 30</b>.
Changes take effect May 1.</p>
<ul>
<li><b>Medical:</b> Heartland Mutual PPO and HDHP with HSA. Premiums up 3.8%.</li>
<li><b>New this year:</b> telehealth visits are $0 on both plans.</li>
<li><b>Dental:</b> no change. <b>Vision:</b> frames allowance up to $175.</li>
<li>New member ID cards will be mailed to your home in late April.</li>
</ul>
<p>Lunch-and-learn with our broker: <b>Wed 4/16, 12:00</b>, conference room B and on Teams.
Pizza provided.</p>
<p>Questions? Sheila Brandt, HR, x203 or sheila.brandt@riverbendhhh.org</p>
</body></html>
""")
m('clean', 'admin', '',
  'Sheila Brandt <sheila.brandt@riverbendhhh.org>',
  'All Staff <allstaff@riverbendhhh.org>',
  'Open Enrollment 4/14-4/30 - new member ID cards, $0 telehealth',
  'Mon, 31 Mar 2025 08:00:00 -0500',
  T("""
Hi team,

Open enrollment for medical, dental, vision and the FSA runs April 14 - April 30.
Changes take effect May 1.

- Medical: Heartland Mutual PPO and HDHP with HSA. Premiums up 3.8%.
- New this year: telehealth visits are $0 on both plans.
- Dental: no change. Vision: frames allowance up to $175.
- New member ID cards will be mailed to your home in late April.

Lunch-and-learn with our broker: Wed 4/16, 12:00, conference room B and on Teams.
Pizza provided.

Questions? Sheila Brandt, HR, x203
"""), html=_oe_html)

m('clean', 'admin', '',
  'Doug Pell <dpell@riverbendhhh.org>',
  'Field RNs <field-rn@riverbendhhh.org>',
  'fleet cars - oil changes + the Equinox',
  'Wed, 05 Mar 2025 12:44:20 -0600',
  T("""
Fleet folks -

Unit 12 (white Equinox, plate RHH-4412) is back from Millbrook Auto, it was the wheel
bearing. Whoever had it last, thanks for reporting the noise.

Oil changes due this month: units 7, 9 and 15. Drop keys in the lockbox by Friday 5pm
and I'll have them back Monday AM. Unit 9's registration sticker is in the glove box,
please put it on if you have it this week.

Also reminder the parking lot on the east side gets re-striped Saturday 3/15, nothing
parked there after 6pm Friday.

Doug Pell
Facilities & Fleet | x250
"""))

_mil_csv = csvtext([
    ['EmpID', 'Employee', 'Period', 'Miles', 'Rate', 'Reimb', 'Approved'],
    ['E10442', 'Oyelowo, Marcus', '2025-03-01..15', '612', '0.70', '428.40', 'DW'],
    ['E10458', 'Raman, Priya', '2025-03-01..15', '488', '0.70', '341.60', 'DW'],
    ['E10461', 'Lundgren, Tessa', '2025-03-01..15', '355', '0.70', '248.50', 'DW'],
    ['E10473', 'Farris, Jolene', '2025-03-01..15', '297', '0.70', '207.90', 'DW'],
    ['E10480', 'Quintero, Rafael', '2025-03-01..15', '540', '0.70', '378.00', 'DW'],
    ['E10491', 'Dorn, Kelsey', '2025-03-01..15', '401', '0.70', '280.70', 'DW'],
])
m('clean', 'admin', '',
  'Payroll <payroll@riverbendhhh.org>',
  'Dana Whitcombe <dana.whitcombe@riverbendhhh.org>',
  'Mileage reimbursement 3/1-3/15 for sign-off',
  'Mon, 17 Mar 2025 14:02:33 -0500',
  T("""
Dana,

Mileage for the 3/1-3/15 period is attached for your final sign-off. IRS rate $0.70/mi.
Marcus is over the 600 mi flag - I assume that's the two extra Fairmount runs, just
confirm and I'll process with the 3/21 check.

Thanks,
Tonya Birch
Payroll & Benefits Specialist, x204
"""),
  atts=[('mileage_0301-0315.csv', 'text', 'csv', _mil_csv)])

m('clean', 'admin', '',
  'Sheila Brandt <sheila.brandt@riverbendhhh.org>',
  'Dana Whitcombe <dana.whitcombe@riverbendhhh.org>',
  'credentials expiring in the next 60 days',
  'Tue, 01 Apr 2025 10:30:15 -0500',
  T("""
Dana, here's the credentialing report for the next 60 days. Staff can't be scheduled
for visits after expiration - I've emailed each of them too.

Name                 Credential              Number          Expires
Kelsey Dorn          WI RN license           RN-2281947-30   04/30/2025
Nadia Petrenko       BLS/CPR (AHA)           card 25-RB-0188 04/18/2025
Jolene Farris        WI nurse aide registry  NA-0971542      05/12/2025
Gwen Castellanos     ASHA CCC                #14490277       05/31/2025
Luciana Moraes       TB screening (annual)   --              04/22/2025
Marites Dizon        Driver's license/ins    --              05/03/2025

Marites' auto insurance card - she said she'll bring the new one Thursday.

Sheila Brandt, SHRM-CP
Human Resources | Riverbend Home Health & Hospice | x203
"""))
# ====================================================================== CLEAN: lookalike
m('clean', 'lookalike', '',
  'IronWorks Fitness <coach@ironworksfitness.com>',
  'Kelsey Dorn <kdorn.runs@gmail.com>',
  'Your InBody scan results - Member #44817',
  'Sat, 08 Mar 2025 10:12:00 -0600',
  T("""
Hi Kelsey!

Great work this block. Here are your scan results from 3/7 vs your intake scan:

                    12/06/2024    03/07/2025
Weight              151.2 lb      146.8 lb
Skeletal muscle     63.0 lb       64.9 lb
Body fat %          27.4%         24.1%
Resting HR          68            61
Visceral fat level  7             5

Your next assessment is booked for Fri 6/6 at 6:30am with Coach Derrick. Remember to
come fasted and hydrated. Membership #44817 renews 04/01 at $49/mo.

Keep it up!
Derrick Vance, CSCS
IronWorks Fitness | 330 Main St | (608) 555-0266
"""))

m('clean', 'lookalike', '',
  'Millbrook Animal Hospital <frontdesk@millbrookvet.com>',
  'Tessa Lundgren <tessa.lundgren@gmail.com>',
  "Biscuit's dental + bloodwork results",
  'Thu, 20 Mar 2025 16:41:09 -0500',
  T("""
Hi Tessa,

Biscuit did great today! Dr. Amundsen extracted 2 premolars (upper left) and cleaned
the rest. His pre-anesthetic bloodwork was all normal - kidney values (BUN 22, creat
1.1) are right where they were last year, which is great for a 9 year old beagle.

Discharge instructions:
 - Soft food only for 10 days (canned or soaked kibble)
 - Carprofen 25 mg - 1 tablet by mouth every 12 hours with food x 5 days
 - Clindamycin 75 mg - 1 capsule every 12 hours x 7 days
 - No chew toys or bones for 2 weeks
 - Recheck in 14 days (Thu 4/3) - no charge

Patient ID: 20871   Client #: C-5590   Invoice #: 77104 - $684.20 paid, thank you.

Call us at 608-555-0280 with any questions.
Millbrook Animal Hospital
"""))

m('clean', 'lookalike', '',
  'Badger State Credit Union <alerts@badgerstatecu.org>',
  'owen.marsh.wi@gmail.com',
  'Member #0071582934 - your March statement is ready',
  'Tue, 01 Apr 2025 05:00:12 -0500',
  T("""
Dear Member,

Your March 2025 eStatement for member number ******2934 is now available in online
banking.

  Share Savings   (S00)   ending balance   $4,218.77
  Checking        (S10)   ending balance   $1,902.15
  Auto Loan       (L01)   next payment     $386.41 due 04/15/2025

Reminder: our branches will be closed Monday 5/26 for Memorial Day.

Badger State Credit Union will never ask for your PIN or password by email.
Federally insured by NCUA. Routing 275981045.
"""), cte='quoted-printable')

m('clean', 'lookalike', '',
  'Great Lakes Air <noreply@greatlakesair.com>',
  'Dana Whitcombe <dana.whitcombe@gmail.com>',
  'Your trip confirmation - QXR7LM - Milwaukee to Orlando',
  'Sun, 02 Mar 2025 19:55:41 -0600',
  T("""
Thank you for booking with Great Lakes Air.

Confirmation code: QXR7LM
Passenger: WHITCOMBE/DANA MS       SkyMiles-style member no. GLA 4407 1129 83

Flight 1184  MKE 07:05 -> MCO 10:58   Thu 24 Apr 2025   Seat 14C   Main
Flight 1191  MCO 18:20 -> MKE 20:31   Sun 27 Apr 2025   Seat 14C   Main

Checked bags: 1 included. Known Traveler Number on file: ending 4471.
Check in opens 24 hours before departure.

Need special assistance, a wheelchair or to travel with medical equipment? Visit
greatlakesair.com/assistance at least 48 hours before your flight.
"""))

m('clean', 'lookalike', '',
  'Ryan Koenig <rkoenig@northstarautoins.com>',
  'Marcus Oyelowo <marcus.oyelowo@gmail.com>',
  'Claim 25-AU-0338172 - estimate approved',
  'Wed, 12 Mar 2025 13:31:00 -0500',
  T("""
Hi Marcus,

I reviewed the body shop estimate for your 2019 Camry (policy NSA-77-4410926, claim
25-AU-0338172, date of loss 03/03/2025). Approved amount is $3,418.65 less your $500
deductible. Payment will go directly to Millbrook Collision.

Since the other driver was cited, we're pursuing subrogation and will try to recover
your deductible. No injuries were reported on the claim, so nothing further is needed
from you on the medical payments side.

Rental coverage: up to $40/day x 10 days, Enterprise reservation #88122.

Ryan Koenig
Claims Adjuster | Northstar Auto Insurance
(608) 555-0311
"""))

m('clean', 'lookalike', '',
  'Aldo Ferrante <aldo@ferrantetreecare.com>',
  'Priya Raman <priya.raman@gmail.com>',
  'Diagnosis on your oak + treatment plan',
  'Fri, 21 Mar 2025 17:06:30 -0500',
  T("""
Hi Priya,

Thanks for having me out. Here's what I found on the big bur oak in the backyard:

Diagnosis: oak wilt is NOT present (no vascular streaking in the sample), good news. The
dieback in the upper crown is from a girdling root on the north side plus two old pruning
wounds that never closed. The trunk has a cavity at about 6 ft but the sound wall is
still over 1/3 of the radius, so it's structurally ok for now.

Treatment plan:
  1. Root collar excavation + cut the girdling root (April, before leaf-out)
  2. Prune dead wood over 2" - NO pruning Apr 15 - Jul 15 (beetle season)
  3. Deep root fertilization in the fall
  4. Re-check in 12 months, sooner if more dieback

Estimate #FTC-1093: $1,450 total. 10% off if we do it with your neighbor's maple.

Aldo Ferrante, ISA Certified Arborist WI-0712A
Ferrante Tree Care | 608-555-0377
"""))

m('clean', 'lookalike', '',
  'Grafana Alerts <alerts@monitoring.lakeshoreinfusion.com>',
  'Infra On-Call <infra-oncall@lakeshoreinfusion.com>',
  '[FIRING:2] patient-worker health check failing (prod)',
  'Sat, 22 Mar 2025 03:14:02 -0500',
  T("""
[FIRING:2] HealthCheckFailing

Labels:
 - alertname = HealthCheckFailing
 - job = patient-worker
 - env = prod
 - instance = 10.40.3.17:9102
 - severity = critical

Annotations:
 - summary = /healthz returned 503 for 5m
 - description = patient-worker pid 4412 is alive but vitals endpoint (/metrics/vitals)
   reports queue_depth=18233, heartbeat_age_s=611. The "patient" retry process backs off
   exponentially; it has been in recovery state since 03:04.
 - runbook = https://wiki.lakeshoreinfusion.com/runbooks/patient-worker

Silence: https://grafana.lakeshoreinfusion.com/alerting/silence/new?alertmanager=grafana
Owner: platform team (#infra-queues). Dashboard: Infra / Queue Workers / Node 3
Previous occurrence: INC-3318 (2025-02-09), fixed by restarting redis-sentinel.
"""))
# ====================================================================== CLEAN: news
_nl_html = T("""
<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#2b6e4f">The Riverbend Current</h1>
<p><i>Staff newsletter - March 2025</i></p>
<h3>Survey season is here</h3>
<p>Our accreditation resurvey window opens in April. Surveyors may ride along on home visits.
Please review the bag technique and hand hygiene refreshers in Relias by 4/15.</p>
<h3>Kudos corner</h3>
<p>Shout-out to <b>Priya Raman, PT</b> for getting our falls-with-injury rate down for the second
quarter in a row, and to <b>Jolene Farris, HHA</b> who hit 10 years with Riverbend!</p>
<h3>By the numbers (Q4 2024)</h3>
<ul><li>Admissions: 412 home health, 96 hospice</li>
<li>Patient satisfaction (HHCAHPS, would recommend): 88%</li>
<li>Average hospice length of stay: 71 days</li></ul>
<h3>Save the date</h3>
<p>Annual hospice memorial service - Sunday May 18, 2pm, Millbrook Community Center. Volunteers needed.</p>
<p style="font-size:9pt;color:#888">You are receiving this because you are on the allstaff list.</p>
</body></html>
""")
m('clean', 'news', '',
  'Riverbend Communications <news@riverbendhhh.org>',
  'All Staff <allstaff@riverbendhhh.org>',
  'The Riverbend Current - March 2025',
  'Fri, 28 Mar 2025 12:00:00 -0500',
  T("""
THE RIVERBEND CURRENT - Staff newsletter, March 2025

SURVEY SEASON IS HERE
Our accreditation resurvey window opens in April. Surveyors may ride along on home
visits. Please review the bag technique and hand hygiene refreshers in Relias by 4/15.

KUDOS CORNER
Shout-out to Priya Raman, PT for getting our falls-with-injury rate down for the second
quarter in a row, and to Jolene Farris, HHA who hit 10 years with Riverbend!

BY THE NUMBERS (Q4 2024)
- Admissions: 412 home health, 96 hospice
- Patient satisfaction (HHCAHPS, would recommend): 88%
- Average hospice length of stay: 71 days

SAVE THE DATE
Annual hospice memorial service - Sunday May 18, 2pm, Millbrook Community Center.
Volunteers needed.
"""), html=_nl_html)

m('clean', 'news', '',
  'Lakeland County Public Health <phalert@lakelandcountywi.gov>',
  'Health Care Partners <hcpartners@lists.lakelandcountywi.gov>',
  'HEALTH ADVISORY: measles exposure sites + respiratory virus update wk 11',
  'Fri, 14 Mar 2025 14:30:00 -0500',
  T("""
LAKELAND COUNTY PUBLIC HEALTH - HEALTH ADVISORY #2025-07
Distribution: hospitals, clinics, home health agencies, long-term care, EMS

MEASLES
Two confirmed measles cases have been reported in Lakeland County residents (both
unvaccinated, linked to international travel). Public exposure sites:
  - Millbrook Public Library, 3/6, 10:00 am - 2:30 pm
  - Fresh Market on Route 9, 3/8, 4:00 - 7:00 pm
Persons exposed who are not immune should watch for symptoms through 3/29.
Providers: report suspected cases IMMEDIATELY by phone to 608-555-0400 (24/7). Do not
refer suspected cases to clinics without calling ahead.

RESPIRATORY VIRUS SURVEILLANCE (week ending 3/8)
  Influenza-positive ED visits:  6.1% (down from 8.4%)
  COVID-19 ED visits:            1.2%
  RSV-positive tests:            3.9%
  Long-term care outbreaks:      4 active (3 flu A, 1 COVID)

This message is for public health purposes. Please forward to clinical staff.
"""))

m('clean', 'news', '',
  'Lakeshore Infusion Pharmacy <pharmacy@lakeshoreinfusion.com>',
  'Partner Agencies <partners@lakeshoreinfusion.com>',
  'RECALL NOTICE: prefilled saline flush syringes - check your bags',
  'Wed, 19 Mar 2025 09:00:00 -0500',
  T("""
Dear home health partners,

The manufacturer of SafeFlush 0.9% Sodium Chloride prefilled syringes (10 mL in 10 mL
syringe) has issued a voluntary Class II recall of the lots below because of possible
particulate matter. No adverse events have been reported to us.

  Lot 24K118  exp 11/2026
  Lot 24K121  exp 11/2026
  Lot 24L007  exp 12/2026

What to do:
  1. Check nurse bags and patient home supplies for these lot numbers.
  2. Quarantine affected syringes; do not use.
  3. Call our main line and we will swap them at your next delivery at no charge.

Other lots and the 5 mL syringes are not affected. Heparin lock flush is not affected.

Lakeshore Infusion Pharmacy - Quality & Compliance
""") + LS_DISC)

m('clean', 'news', '',
  'Dana Whitcombe <dana.whitcombe@riverbendhhh.org>',
  'Leadership <leadership@riverbendhhh.org>',
  'Q4 quality dashboard - home health + hospice',
  'Thu, 20 Feb 2025 16:15:44 -0600',
  T("""
All,

Q4 2024 quality numbers (agency-level, all payers) ahead of next week's QAPI meeting.

Measure                                   Q3 2024   Q4 2024   Natl avg
Acute care hospitalization (HH)           14.8%     13.1%     15.5%
ED use without hospitalization            12.2%     12.9%     12.0%
Improvement in ambulation                 78.3%     80.6%     78.7%
Improvement in management of oral meds    71.0%     73.4%     73.0%
Timely initiation of care                 94.5%     96.1%     95.8%
Hospice: pain assessed w/in 1 day         97.2%     98.8%     96.0%
Hospice: visits in last days of life      81.0%     77.5%     --

ED use went the wrong way - most of it was weekend falls, which is where the new
weekend PT pilot comes in. Star rating preview from the vendor is holding at 4.

Dana Whitcombe, RN, MSN | Director of Nursing
"""))

m('clean', 'news', '',
  'Wisconsin Home Care & Hospice Assn <news@whcha.org>',
  'dana.whitcombe@riverbendhhh.org',
  'WHCHA Legislative Update: HOPE tool go-live, telehealth extension, rate notice',
  'Tue, 04 Feb 2025 07:30:00 -0600',
  T("""
WHCHA LEGISLATIVE & REGULATORY UPDATE - February 2025

1. HOSPICE OUTCOMES & PATIENT EVALUATION (HOPE)
CMS reminds providers that HOPE replaces the HIS for admissions on or after Oct 1, 2025.
Free member webinar: "HOPE for Clinicians" - March 11, 1-2:30 pm. Register on our site.

2. TELEHEALTH FLEXIBILITIES
Congress extended Medicare telehealth flexibilities, including hospice recertification
face-to-face encounters via telehealth, through September 30, 2025.

3. MEDICAID HOME HEALTH RATES
The state budget proposal includes a 4% rate increase for home health skilled nursing and
a 6% increase for personal care. Call your legislator - talking points attached on the
member portal.

4. WORKFORCE
Our annual wage & benefit survey closes Feb 28. 62 agencies have responded so far.

Wisconsin Home Care & Hospice Association | Madison, WI
Unsubscribe | Update preferences
"""))

m('clean', 'news', '',
  'Hannah Greer <hgreer@lakeshoreinfusion.com>',
  'Partner Agencies <partners@lakeshoreinfusion.com>',
  'Drug shortage update - March',
  'Mon, 03 Mar 2025 11:45:00 -0600',
  T("""
Hi all, monthly shortage roundup from the pharmacy:

SHORT / ALLOCATED
- IV fluids (1 L LR and NS bags): improving, still on allocation. We're substituting
  500 mL bags where we can - you may see 2 bags in a delivery instead of 1.
- Cefazolin 2 g vials: back-ordered until ~April. Ceftriaxone unaffected.
- Multivitamin infusion (adult) for TPN: allocation continues; we'll prioritize
  patients on long-term TPN and skip MVI on alternate days for short courses per policy.

RESOLVED
- Vancomycin 1 g vials, heparin 10 units/mL flushes.

As always, nothing changes on a patient's regimen without a call from one of our
pharmacists to the ordering provider.

Hannah Greer, PharmD, BCIDP
Clinical Pharmacist | Lakeshore Infusion Pharmacy
"""), cte='quoted-printable')
# ====================================================================== CLEAN: staff
m('clean', 'staff', '',
  'Marcus Oyelowo <marcus.oyelowo@riverbendhhh.org>',
  'Wound Care <woundcare@riverbendhhh.org>',
  'dressing q - heavy exudate stage 3',
  'Tue, 25 Mar 2025 19:22:10 -0500',
  T("""
wound team - general question, not about one specific pt. for a stage 3 sacral with
heavy exudate where the foam border is saturated in <24h, what are you all going to
first? alginate under the foam, or straight to a superabsorbent? and do you bother
with a vac referral at that point or wait for 2 wks of no progress? trying to stop
doing daily changes on everybody.

m
"""))

m('clean', 'staff', '',
  'Dr. Lena Holm <lena.holm@riverbendhhh.org>',
  'Clinical Education <clinical-ed@riverbendhhh.org>',
  'Case conference Thurs - de-identified case for discussion',
  'Mon, 24 Mar 2025 12:05:16 -0500',
  T("""
For Thursday's case conference (12:30, conf room A, lunch provided). Please do NOT add
identifying details in replies - discuss the case as written.

Case: a woman in her 80s with heart failure (EF ~30%) and moderate dementia, living
with an adult child. Three hospitalizations in 4 months, each for fluid overload. Family
reports she "hates the hospital" and became very confused after the last stay. Home
health has been in place throughout; diuretic doses have been escalated twice.

Questions for discussion:
 1. At what point should the home health team raise hospice eligibility, and who
    starts that conversation?
 2. How do we document decline in a way that supports the FTF and LCD criteria?
 3. What can hospice offer for IV/SQ diuretics at home, and what does that cost the
    hospice under the per diem?

Reading: NHPCO guidance on cardiac disease eligibility (PDF on the shared drive).

Lena Holm, MD, HMDC
Hospice Medical Director
"""))

m('clean', 'staff', '',
  'Dana Whitcombe <dana.whitcombe@riverbendhhh.org>',
  'Beth Szymanski <beth.szymanski@riverbendhhh.org>',
  'RE: aide coverage north territory next week',
  'Fri, 21 Mar 2025 13:48:29 -0500',
  T("""
Beth - ok to offer the north aides the time-and-a-half for Sat. If we still can't cover,
ask Comfort Keepers staffing for one aide Mon-Wed, their rate is on the contract. Do not
pull Jolene from hospice, those families have been through enough with schedule changes.
I'll talk to Sheila about posting another HHA position, we're down 2 since January.

Dana

-----Original Message-----
From: Beth Szymanski
Sent: Friday, March 21, 2025 11:02 AM
To: Dana Whitcombe
Subject: aide coverage north territory next week

We're short 2 aides in the north territory next week (Marisol on leave, Kim's last day
is Tues). That's 23 bath visits without a name. Options: OT for the south aides,
agency staff, or push non-urgent baths to 1x/wk for a week. What do you want me to do?
Beth
"""))

m('clean', 'staff', '',
  'Luis Cardenas <lcardenas@lakeshoreinfusion.com>',
  'Partner Agencies <partners@lakeshoreinfusion.com>',
  'Updated PICC/midline dressing protocol effective 4/1',
  'Wed, 26 Mar 2025 08:40:00 -0500',
  T("""
Hello partner nurses,

Starting April 1 we're updating the PICC and midline care protocol to match the 2024 INS
standards. Summary of changes:

  - Transparent dressing + CHG gel pad: change every 7 days and PRN if damp, loose
    or soiled. (No change.)
  - Gauze dressing: every 48 hours. (Was "every 2-3 days".)
  - Needleless connectors: change with every dressing change, not every 96 hours.
  - Measure and document external catheter length AND upper arm circumference 10 cm
    above the antecubital fossa at every dressing change.
  - Any arm circumference increase of 3 cm or more: call our pharmacist line, hold the
    infusion, and assess for DVT.
  - Blood draws from PICCs: 10 mL discard, then flush with 20 mL NS.

Updated kits with the CHG pads ship starting 3/31. The full protocol PDF is on the
partner portal. Happy to do a 20-minute in-service at your office - just ask.

Luis Cardenas, RN, CRNI
Infusion Nurse Educator | Lakeshore Infusion Pharmacy
"""))

m('clean', 'staff', '',
  'Tessa Lundgren <tessa.lundgren@riverbendhhh.org>',
  'Therapy <therapy@riverbendhhh.org>',
  'OASIS M1860 scoring - are we consistent?',
  'Thu, 13 Mar 2025 17:30:52 -0500',
  T("""
Quick poll because QA kicked back two of mine this month: for M1860 ambulation, if
someone walks safely with a walker inside but needs standby assist on the 3 front steps
to get out of the house, are you scoring 2 or 3? The guidance says "on a variety of
surfaces" but I've heard three different answers from three different people here.

Also for GG0170 - are we scoring the 50 ft with 2 turns on the actual usual performance
or what they can do when we're coaching?

Would love to get this consistent before the survey.
T

Tessa Lundgren, OTR/L
"""))

m('clean', 'staff', '',
  'Rafael Quintero <rafael.quintero@riverbendhhh.org>',
  'Hospice Team <hospice-team@riverbendhhh.org>',
  'terminal secretions - what are we actually using?',
  'Tue, 11 Mar 2025 20:05:33 -0500',
  T("""
General question for the team + Dr. Holm: comfort kits currently have atropine 1% drops
for secretions. A couple of you have said glycopyrrolate works better with less
agitation, and scopolamine patches take too long to kick in for actively dying folks.
Anyone have experience either way? Also curious how often repositioning alone is enough
- I feel like families get the most distress from the sound and we reach for drugs fast.

Thinking of bringing it to the pharmacy committee in April.

R
"""))

m('clean', 'staff', '',
  'Nadia Petrenko <nadia.petrenko@riverbendhhh.org>',
  'Field RNs <field-rn@riverbendhhh.org>',
  'reminder: pump calls after hours',
  'Sun, 16 Mar 2025 09:12:40 -0500',
  T("""
Hi all, reminder after this weekend:

If a family calls on-call about an infusion pump alarm (CADD, Curlin, TPN pumps, etc),
Lakeshore's 24/7 pharmacist line is 414-555-0110 and they have a nurse who can come out
or walk them through it. We should still take the call, triage for anything that needs
an ED, and document, but we don't need to drive out for an occlusion alarm at 2 am
unless the pharmacy asks us to.

For Keystone (O2 concentrators, beds) after hours: 608-555-0150 option 9.

Nadia
"""))

# ====================================================================== CLEAN: training
m('clean', 'training', '',
  'Clinical Education <clinical-ed@riverbendhhh.org>',
  'New Hires <newhire-cohort-0325@riverbendhhh.org>',
  'EMR training Day 2 - practice patients in the TRAIN environment',
  'Tue, 04 Mar 2025 07:45:00 -0600',
  T("""
Welcome back for Day 2!

Today we'll document a full start-of-care in the TRAINING environment only
(https://train.hhemr.example/riverbend). Use these practice patients - they are fake
and reset every night:

  ZZTEST, ALPHA      MRN 9900001   DOB 01/01/1950   "CHF, new to home health"
  ZZTEST, BRAVO      MRN 9900002   DOB 02/02/1945   "s/p knee replacement"
  ZZTEST, CHARLIE    MRN 9900003   DOB 03/03/1938   "hospice, lung cancer"

Your login is your employee ID with TRN at the end (e.g. E10512TRN), password Welcome1!
- you'll be forced to change it.

DO NOT log into the live system during class and do not practice on real patients'
charts. If you end up in production (blue banner instead of orange), log out and tell me.

Lunch is at 12. See you at 8:30.
Ana Lucero, RN - Clinical Educator
"""))

m('clean', 'training', '',
  'Brooke Hendry <bhendry@caretrailsoftware.com>',
  'Greg Tollefson <greg.tollefson@riverbendhhh.org>',
  'Follow-up from today\'s CareTrail scheduling demo',
  'Thu, 20 Feb 2025 16:22:18 -0600',
  T("""
Hi Greg,

Thanks for your team's time today! As promised, the demo recap:

 - The demo tenant used our standard sample record: "John Doe", DOB 01/01/1900,
   MRN DEMO-000123, at 123 Main St, Anytown USA, with a sample plan of care for
   "CHF exacerbation" and a 3w2 SN frequency. All demo data is fictitious.
 - Route optimization cut drive time 18% on the sample territory.
 - EVV integration with Sandata and HHAeXchange is included in the Pro tier.
 - Pricing: $11 per active clinician per month, 36-month term, implementation $9,500.

Sandbox access for your team is live for 30 days - credentials were sent separately.
Happy to set up a second session with your schedulers.

Brooke Hendry
Account Executive | CareTrail Software
(312) 555-0148
"""))

m('clean', 'training', '',
  'Greg Tollefson <greg.tollefson@riverbendhhh.org>',
  'Northlake Labs Interface Team <interfaces@northlakelabs.com>',
  'TEST msgs for new mapping - please send to our TEST endpoint only',
  'Mon, 10 Mar 2025 10:18:40 -0500',
  T(r"""
Sam,

Before you flip the PID-3 assigning authority change in prod, please send a few test
results to our TEST listener (10.20.8.44:6661) using the agreed test patient. Here's
the template we'd expect - note RHH instead of RIVERBEND:

MSH|^~\&|NLLIS|NORTHLAKE LABS|HHAEMR|RHH|20250310100000||ORU^R01^ORU_R01|TEST0001|T|2.5.1
PID|1||9900001^^^RHH^MR||ZZTEST^ALPHA^^^^^L||19500101|U|||1 TEST ST^^TESTVILLE^WI^00000
OBR|1|TEST-ORD-1|TEST-ACC-1|34714-6^INR^LN|||20250310090000
OBX|1|NM|34714-6^INR^LN||9.9||0.9-1.1|H|||F

Processing ID is T so nothing will file in production even if it gets there by mistake.
Once we see 3 clean ACKs I'll sign off on the prod change for Wednesday.

Greg
"""))

m('clean', 'training', '',
  'Ana Lucero <ana.lucero@riverbendhhh.org>',
  'Field RNs <field-rn@riverbendhhh.org>',
  'OASIS competency - case study packet (sample record)',
  'Fri, 07 Mar 2025 14:00:00 -0600',
  T("""
Hi all - annual OASIS competency is due 3/31. The case study below is a FICTIONAL
sample record written for training; score the items on the answer sheet in Relias.

SAMPLE CASE - "Mrs. Sample"
Mrs. Sample is an 82-year-old (fictional) woman referred after a hospital stay for
pneumonia. She lives alone in a two-story home, bedroom upstairs. At the SOC visit she
walks 20 ft with a rolling walker and needs standby assist on stairs. She takes 9 oral
medications and uses a pill organizer filled by her son weekly. She has a stage 2
pressure injury on the coccyx, 1.5 x 1.0 cm. She is alert and oriented x3 but forgets
recent instructions. She needs help getting in and out of the tub.

Score: M1033, M1311, M1800-M1860, M2020, GG0130, GG0170.

Answer key will be released after everyone has submitted.
Ana Lucero, RN, COS-C | Clinical Educator
"""))

m('clean', 'training', '',
  'Clearpath EDI Onboarding <onboarding@clearpathedi.com>',
  'Owen Marsh <owen.marsh@riverbendhhh.org>',
  'Step 3 of 5: submit your 270 test file',
  'Wed, 05 Feb 2025 10:00:00 -0600',
  T("""
Hi Owen,

Your trading partner setup is approved! Step 3 is to send an eligibility test file to
our TEST gateway (ISA15 = T). Use the test subscriber below exactly - our simulator will
return a canned 271.

ISA*00*          *00*          *ZZ*RIVERBEND      *ZZ*CLEARPATH      *250205*1000*^*00501*000000001*0*T*:~
GS*HS*RIVERBEND*CLEARPATH*20250205*1000*1*X*005010X279A1~
ST*270*0001*005010X279A1~
BHT*0022*13*TEST0001*20250205*1000~
HL*1**20*1~
NM1*PR*2*TEST PAYER*****PI*99999~
HL*2*1*21*1~
NM1*1P*2*RIVERBEND TEST*****XX*1234567893~
HL*3*2*22*0~
NM1*IL*1*DOE*JANE****MI*TEST000000001~
DMG*D8*19000101*F~
EQ*30~
SE*11*0001~
GE*1*1~
IEA*1*000000001~

Do not send real member data to the test gateway. Once we see a clean 999 and 271 you'll
move to Step 4 (production cutover).

Clearpath EDI | Trading Partner Onboarding
"""))

_fhir_sample = T("""
{
  "resourceType": "Patient",
  "id": "example-hh-001",
  "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST", "display": "test health data"}]},
  "identifier": [{"system": "http://sandbox.fhir.example/mrn", "value": "SANDBOX-0001"}],
  "name": [{"family": "Testpatient", "given": ["Jane"], "text": "Jane Testpatient (SYNTHETIC)"}],
  "gender": "female",
  "birthDate": "1900-01-01",
  "address": [{"line": ["123 Example Ave"], "city": "Sampletown", "state": "ZZ", "postalCode": "00000"}]
}
""")
m('clean', 'training', '',
  'Ravi Mehta <rmehta@lakeshoreinfusion.com>',
  'Greg Tollefson <greg.tollefson@riverbendhhh.org>',
  'sandbox FHIR examples (synthetic only this time!)',
  'Wed, 12 Mar 2025 09:31:12 -0500',
  T("""
Greg - sorry again about yesterday, please delete that one. From now on let's only
trade synthetic stuff over email. Attached is a sandbox Patient resource tagged HTEST
so you can build the mapping. The MedicationRequest examples are on the partner wiki;
they all reference Jane Testpatient / SANDBOX-0001.

Ravi
"""),
  atts=[('example-patient-synthetic.json', 'application', 'json', _fhir_sample.encode('utf-8'))])


# ---------------------------------------------------------------- labels
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for r in ROWS:
        w.writerow(r)

if __name__ == '__main__':
    tally = {}
    for r in ROWS:
        tally['%s-%s' % (r[1], r[2])] = tally.get('%s-%s' % (r[1], r[2]), 0) + 1
    print(len(ROWS), 'messages written to', OUT)
    for k in sorted(tally):
        print('  %-18s %d' % (k, tally[k]))
