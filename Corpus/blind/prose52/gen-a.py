#!/usr/bin/env python3
"""Blind evaluation mail set: allergy/asthma/pulmonary practice, CF clinic,
pulmonary rehab, home respiratory company, specialty pharmacy.
All people, numbers and organisations are invented.
Run: python3 gen.py OUTDIR
"""
import sys, os, io, csv, random, zipfile, email.policy
from email.message import EmailMessage

SEED = 5201
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

MSGS = []          # (filename, EmailMessage, label, kind, patient)
COUNT = {}
ZDATE = (2024, 3, 11, 9, 30, 0)


def _dom(addr):
    a = addr.split('<')[-1].rstrip('>').strip()
    return a.split('@')[-1] if '@' in a else 'localhost'


def add(label, kind, patient, frm, to, subj, date, body, html=None, atts=(),
        cc=None, cte=None, hdrs=None):
    COUNT[(label, kind)] = COUNT.get((label, kind), 0) + 1
    n = COUNT[(label, kind)]
    fname = '%s-%s-%03d.eml' % (label, kind, n)
    m = EmailMessage()
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subj
    m['Date'] = date
    m['Message-ID'] = '<%012x.%d%s@%s>' % (random.getrandbits(48), n, kind[:2], _dom(frm))
    for k, v in (hdrs or []):
        m[k] = v
    if cte:
        m.set_content(body, cte=cte)
    else:
        m.set_content(body)
    if html is not None:
        m.add_alternative(html, subtype='html')
    for a in atts:
        fn, data, maintype, subtype = a[:4]
        acte = a[4] if len(a) > 4 else None
        if isinstance(data, str):
            kw = {'subtype': subtype, 'filename': fn}
            if acte:
                kw['cte'] = acte
            m.add_attachment(data, **kw)
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
    i = len(MSGS) + 1
    for j, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (i, j))
    MSGS.append((fname, m, label, kind, patient))


def zbytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, text in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, text.encode('utf-8') if isinstance(text, str) else text)
    return bio.getvalue()


def xlsx(rows, sheet='Sheet1'):
    def esc(s):
        return (str(s).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;'))
    def col(i):
        s = ''
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    xr = []
    for r, row in enumerate(rows, 1):
        cells = ''.join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (col(c), r, esc(v))
                        for c, v in enumerate(row))
        xr.append('<row r="%d">%s</row>' % (r, cells))
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
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % esc(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return zbytes([('[Content_Types].xml', ct), ('_rels/.rels', rels),
                   ('xl/workbook.xml', wb), ('xl/_rels/workbook.xml.rels', wbrels),
                   ('xl/worksheets/sheet1.xml', sheetxml)])


def csvtext(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator='\r\n')
    w.writerows(rows)
    return s.getvalue()


DISC = ("CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of\n"
        "the intended recipient(s) and may contain confidential and privileged information. Any\n"
        "unauthorized review, use, disclosure or distribution is prohibited. If you are not the\n"
        "intended recipient, please contact the sender by reply e-mail and destroy all copies.")

OUTLOOK = [('X-Mailer', 'Microsoft Outlook 16.0')]
IPHONE = [('X-Mailer', 'iPhone Mail (21D61)')]

# =====================================================================
# PHI: care
# =====================================================================
add('phi', 'care', 'Pennington',
    '"Nadia Ferreira, RRT" <nferreira@briarwoodpulm.org>',
    '"Colin Ashby, MD" <cashby@briarwoodpulm.org>',
    'PFTs done - Pennington', 'Mon, 11 Mar 2024 11:47:05 -0400',
    """Dr Ashby,

Harold Pennington finished full PFTs this morning. Quick numbers before the
report posts:

FEV1 1.42 L (48% pred), FVC 2.95 L (71%), ratio 0.48
post-BD FEV1 1.51 L (+6%, 90 mL) - not significant
TLC 118%, RV 164%
DLCO 52% pred (Hgb corrected, used the 13.1 from last week's CBC)

6MWT: 310 m. Dropped to 86% on room air at about 3 min, we put him on 2L NC
and he finished at 91%. Stopped twice to rest, HR max 118.

He asked if he still needs the oxygen at night - told him you'd go over it
with him Thursday.

Nadia Ferreira, RRT, RPFT
Pulmonary Function Lab
Briarwood Allergy, Asthma & Pulmonary Associates
ext 2214
""", hdrs=OUTLOOK)

add('phi', 'care', 'Abernathy',
    '"Dwayne Pruitt" <dpruitt@keelhomeresp.com>',
    'Briarwood Orders <orders@briarwoodpulm.org>',
    'RE: O2 setup - Abernathy, Gloria', 'Mon, 11 Mar 2024 08:02:44 -0400',
    """hi all - setup was completed fri 3/8 for Gloria Abernathy. 5L stationary
concentrator + POC w/ 2 batteries, 4 E-tank backups.

order says 2 lpm continuous, but she told our RT that Dr Liang said 3 with
walking. can someone send a corrected order w/ the exertional rate? we also
need the qualifying sat on paper - she says it was the walk test on 2/27 (87%
on RA?) but we dont have the note.

thx
Dwayne Pruitt
Intake Coordinator | Keel Home Respiratory
p 614.555.0120  f 614.555.0121

On Tue, Mar 5, 2024 at 4:12 PM Briarwood Orders <orders@briarwoodpulm.org> wrote:
> Please set up home oxygen for the pt above. Order + demographics faxed
> 3/5 @ 3:58pm. Pt prefers delivery after 10am, lives alone, 2nd floor walkup.
>
> Thanks,
> Marisol - Briarwood front office
""", cc='intake@keelhomeresp.com')

_cf_txt = """Team - FYI from the inpatient side, see Toby's note below.

Renee

Renee Kastellic, BSN, RN
CF Nurse Coordinator
Briarwood Cystic Fibrosis Center | 610-555-0163

-----Original Message-----
From: Tobias Wren, MD <twren@briarwoodpulm.org>
Sent: Wednesday, March 13, 2024 7:02 AM
To: Kastellic, Renee <rkastellic@briarwoodpulm.org>
Subject: Micah S. admit update

Renee,

Micah Sorensen got his PICC yesterday afternoon, today is day 3 of IV tobra
+ ceftaz. Tobra peak 28.4, trough <0.5 - pharmacy is re-dosing. Sputum from
clinic 3/4 grew MRSA and mucoid Pseudomonas again. Airway clearance QID with
the vest + 7% saline. FEV1 on admission 61% (he was 78% in Nov). Weight 51.3 kg,
dietitian seeing him today.

Plan is 14 days total. If his mom is comfortable doing doses he can go home
on day 7-8 with home infusion - can you start that conversation with her?

Toby
"""
_cf_html = """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Team - FYI from the inpatient side, see Toby's note below.</p>
<p>Renee</p>
<p style="color:#555">Renee Kastellic, BSN, RN<br>CF Nurse Coordinator<br>
Briarwood Cystic Fibrosis Center | 610-555-0163</p>
<div style="border-top:solid #E1E1E1 1.0pt;padding:3pt 0 0 0">
<p><b>From:</b> Tobias Wren, MD &lt;twren@briarwoodpulm.org&gt;<br>
<b>Sent:</b> Wednesday, March 13, 2024 7:02 AM<br>
<b>To:</b> Kastellic, Renee &lt;rkastellic@briarwoodpulm.org&gt;<br>
<b>Subject:</b> Micah S. admit update</p></div>
<p>Renee,</p>
<p>Micah Sorensen got his PICC yesterday afternoon, today is day 3 of IV tobra + ceftaz.
Tobra peak 28.4, trough &lt;0.5 - pharmacy is re-dosing. Sputum from clinic 3/4 grew MRSA
and mucoid Pseudomonas again. Airway clearance QID with the vest + 7% saline. FEV1 on
admission 61% (he was 78% in Nov). Weight 51.3 kg, dietitian seeing him today.</p>
<p>Plan is 14 days total. If his mom is comfortable doing doses he can go home on day 7-8
with home infusion - can you start that conversation with her?</p>
<p>Toby</p>
</body></html>
"""
add('phi', 'care', 'Sorensen',
    '"Kastellic, Renee" <rkastellic@briarwoodpulm.org>',
    'CF Care Team <cf-team@briarwoodpulm.org>',
    'FW: Micah S. admit update', 'Wed, 13 Mar 2024 07:31:19 -0400',
    _cf_txt, html=_cf_html, hdrs=OUTLOOK)

add('phi', 'care', 'Dunmore',
    '"Hollis Mbatha, PharmD" <hmbatha@briarwoodrx.com>',
    '"Priscilla Vance, MD" <pvance@briarwoodpulm.org>',
    'Keisha Dunmore - Nucala refill on hold', 'Fri, 15 Mar 2024 14:20:37 -0400',
    """Dr. Vance,

Heads up - Keisha Dunmore's next mepolizumab 100 mg autoinjector was supposed to
ship 3/18, but her prior auth lapsed today. We submitted the renewal this
afternoon with the eos count from January (510) and the two ED visits from
the fall. Plan usually turns these around in 48-72h.

She has no pens on hand - last dose was 2/19, so she'll be a few days late at
best. When our nurse called her for the refill assessment she said she's
been using her albuterol 3-4 times a day this week and woke up twice
coughing. Might be worth a call from your office.

Thanks,
Hollis

Hollis Mbatha, PharmD, CSP
Clinical Pharmacist | Briarwood Specialty Pharmacy
P 610-555-0188 | F 610-555-0189

""" + DISC)

add('phi', 'care', 'Kowalczyk',
    '"Gabe Lindqvist, MS, ACSM-CEP" <glindqvist@briarwoodpulm.org>',
    '"Dr. Helen Hwang" <hhwang@northgatemedgroup.com>',
    'Rehab progress note \u2013 R. Kowalczyk session 18/36', 'Tue, 19 Mar 2024 16:05:12 -0400',
    """Dr. Hwang,

Mid-program update on Raymond Kowalczyk, who you referred to pulmonary rehab in January.

Attendance: 18 of 36 sessions completed, no missed sessions.
Exercise today: treadmill 2.0 mph / 4% grade x 20 min continuous (started at 1.2 mph / 0% x 6 min with rests), NuStep level 5 x 12 min, upper body ergometer x 8 min, resistance bands.
O2: 3 L/min NC during exercise, SpO2 nadir 89% on the treadmill, recovers to 93% within 90 sec. Resting 2 L.
Dyspnea: Borg 4 at peak (was 7 at intake).
Resting BP 132/78, peak 158/82. HR peak 112.
Weight 94.1 kg (intake 96.8 kg).
CAT score 19 today vs 26 at intake.

He's doing pursed-lip breathing on his own now and told us he's walking to the mailbox and back without stopping, which he couldn't do in January. He asked whether his oxygen at home could be titrated down \u2013 I told him that was your call.

Re-test 6MWT is scheduled for session 36 (approx 4/25).

Gabe Lindqvist, MS, ACSM-CEP
Clinical Exercise Physiologist \u2013 Pulmonary Rehabilitation
Briarwood Allergy, Asthma & Pulmonary Associates
""", cte='quoted-printable')

_tri = """KEEL HOME RESPIRATORY - VENTILATOR DATA SUMMARY
Device: Trilogy Evo  SN TV2231908
Patient: MARCHETTI, DELPHINE
Period: 02/11/2024 - 03/11/2024 (30 days)

Mode: AVAPS-AE
  Target Vt       400 mL  -> 450 mL (changed 03/12/2024 CA)
  IPAP max        25
  EPAP min/max    6 / 6
  Rate            14  -> 14
  Ti              1.2 s

Usage
  Days used                30 / 30
  Avg daily use            22.6 h
  Avg leak                 18 L/min
  Avg exhaled Vt           371 mL
  Avg total RR             19
  Avg minute vent          6.8 L/min
  Alarms                   Low Vt x 41, Circuit disconnect x 3
"""
add('phi', 'care', 'Marchetti',
    '"Colette Aubertin, RRT" <caubertin@keelhomeresp.com>',
    '"Samir Haddad, MD" <shaddad@briarwoodpulm.org>',
    'vent change done - Marchetti', 'Tue, 12 Mar 2024 17:44:02 -0400',
    """Dr Haddad,

Made the change on Delphine Marchetti's Trilogy this afternoon per your verbal
from this morning - AVAPS target Vt 450 (was 400), IPAP max 25, EPAP 6, rate 14.
Her daughter was there and I went over the alarms again with her.

ETCO2 on our monitor was 58 before the change and 52 after ~40 min. Sat 94% on
2L bleed-in. She looked more comfortable, less accessory muscle use.

Can you sign the order in the portal when you get a chance? 30-day download
attached.

Colette Aubertin, RRT
Home Ventilator Program, Keel Home Respiratory
cell 614-555-0135
""", atts=[('Trilogy_download_MARCHETTI_0312.txt', _tri, 'text', 'plain')])

add('phi', 'care', 'Castellanos',
    '"Priscilla Vance, MD" <pvance@briarwoodpulm.org>',
    'Allergy Nurses <allergy-rn@briarwoodpulm.org>',
    'Owen Castellanos - SCIT build-up', 'Thu, 14 Mar 2024 12:58:40 -0400',
    """pls set up a build-up schedule for Owen Castellanos (9 yo, seen this am).

prick results:
  D. pteronyssinus 8 mm
  D. farinae 7 mm
  cat 6 mm
  dog neg
  oak 5 mm
  timothy neg
  histamine 6 / saline 0

mom signed consent. mix: mite + cat + oak, start 1:1000 vial, cluster schedule
is fine. he stays on Flovent 44 2 puffs bid. on shot days hold if his peak flow
is < 80% of his best (260) and let me know.

PV
""")

add('phi', 'care', 'Whitfield',
    '"Seun Balogun, MD" <sbalogun@briarwoodpulm.org>',
    'endoscopy@briarwoodpulm.org',
    'bronch f/u', 'Fri, 22 Mar 2024 09:12:11 -0400',
    """Everett Whitfield's BAL from Tues - cell count back, 62% lymphs. cultures + AFB
still pending, cytology neg. he comes back 4/9 for results, can someone make sure
the AFB smear gets added to the path report before then? -S

Sent from my iPhone
""", hdrs=IPHONE)
# =====================================================================
# PHI: names
# =====================================================================
add('phi', 'names', 'Nguyễn Thị Hoa',
    '"Kim Dao" <kdao@briarwoodpulm.org>',
    'Scheduling <scheduling@briarwoodpulm.org>',
    'Nguyễn Thị Hoa - redo spiro w/ interpreter', 'Mon, 18 Mar 2024 15:33:09 -0400',
    """couldnt get 3 acceptable efforts today, she kept stopping early and
coughing. pls rebook a 60 min slot AND an in-person vietnamese interpreter
(phone interp did not work well for the coaching). dr ashby wants it done
before her 4/2 f/u.

thx
kim
""")

add('phi', 'names', 'Okonkwo-Bassey',
    '"Tunde Ajayi, CPhT" <priorauth@briarwoodrx.com>',
    '"Priscilla Vance, MD" <pvance@briarwoodpulm.org>',
    'PA approved', 'Wed, 20 Mar 2024 10:41:55 -0400',
    """Good news, approved through 03/2025:

Okonkwo-Bassey, Chiamaka - Tezspire 210 mg SC q4wk, plan ref PA-7781203

First fill ships Thurs to your clinic for in-office administration. She asked
for late afternoon appts (works days at Mercy). Copay card applied, $0 OOP.

Tunde Ajayi, CPhT
Prior Authorization Team
Briarwood Specialty Pharmacy
""")

add('phi', 'names', 'van der Veen',
    '"Lars Hennig" <lhennig@keelhomeresp.com>',
    'Briarwood Nurse Line <nurseline@briarwoodpulm.org>',
    'concentrator swap today', 'Thu, 21 Mar 2024 13:26:30 -0400',
    """Hi,

FYI we swapped out Mrs. van der Veen's concentrator this morning, the old one
was throwing the low purity alarm (tested 82%). New unit tests at 94%.

I'm not clinical, but she said she's been more short of breath since Sunday
even on her 3 liters, and her ankles looked really swollen to me. Her husband
asked me to pass it on to her lung doctor. Their number is in your system.

Lars Hennig
Service Technician, Keel Home Respiratory
""")

add('phi', 'names', 'Aiden',
    '"Deborah Kline, BSN, RN" <dkline@ashgroveschools.org>',
    'nurseline@briarwoodpulm.org',
    "Question re: 3rd grader's asthma action plan", 'Tue, 26 Mar 2024 11:15:48 -0400',
    """Hello,

I'm the school nurse at Ashgrove Elementary. I have a student, Aiden, in Mrs.
Patel's 3rd grade class - your office is listed as his asthma provider on the
action plan we have (signed by Dr. Chaudhry in September).

He has needed his albuterol 3 times this week, twice today before lunch, and
he told me he's been coughing at night. His mom Shauna works nights and is
hard to reach during the day - I left her a voicemail.

The plan says 2 puffs every 4 hours as needed but says nothing about
pre-treating before PE. Could the doctor update the plan and fax a new one? I
can send the district form.

Thank you,
Deborah Kline, BSN, RN
School Nurse, Ashgrove Elementary
Ashgrove Area School District
phone 610-555-0142 | fax 610-555-0143
""")

add('phi', 'names', 'Al-Khatib',
    '"Samir Haddad, MD" <shaddad@briarwoodpulm.org>',
    'RT Clinic <rt-clinic@briarwoodpulm.org>',
    'Mr. Al-Khatib \u2013 hypertonic saline teaching today', 'Wed, 27 Mar 2024 10:02:17 -0400',
    """Can one of you do neb teaching for Mr. Abdulrahman Al-Khatib before he leaves
today? He's in room 6.

Starting 7% hypertonic saline BID after albuterol. First dose observed here -
spirometry pre and 15 min post, stop if FEV1 drops more than 15%.

He prefers Arabic. His son Yousef will be with him, but please use the language
line for the consent and teach-back, not the son.

Order is in. Thanks,
SH
""")

add('phi', 'names', 'Subramaniam',
    '"Meera Iyer" <miyer@keelhomeresp.com>',
    '"Jo Ellison, RN" <jellison@briarwoodpulm.org>',
    'RE: Subramaniam CPAP compliance', 'Thu, 28 Mar 2024 09:48:00 -0400',
    """Hi Jo,

Mr. V. Subramaniam's 30-day download:
 - nights >= 4 h: 63%
 - avg use 4.1 h
 - residual AHI 11.8 on APAP 6-14, 95th pct pressure 13.6
 - large leak most nights

He says the full face mask pushes his glasses up and he takes it off around
3am. We can try him on nasal pillows this week. Heads up that his 90-day mark
is 4/21 and he has to hit 70% by then or Medicare stops paying.

Meera

-----Original Message-----
From: Ellison, Jo <jellison@briarwoodpulm.org>
Sent: Wednesday, March 27, 2024 4:51 PM
To: Iyer, Meera <miyer@keelhomeresp.com>
Subject: Subramaniam CPAP compliance

Meera - Dr. Ashby is seeing Venkataraman Subramaniam on 4/3 and wants his
compliance data. Can you send?

Jo
""", hdrs=OUTLOOK)

add('phi', 'names', 'Wójcik',
    '"Anna Grzelak" <agrzelak@briarwoodpulm.org>',
    'Billing Office <billing@briarwoodpulm.org>',
    'FW: patient portal message - CT bill', 'Fri, 29 Mar 2024 12:06:33 -0400',
    """see below, he called too and was pretty upset. can someone call him back
today? I told him someone would.

Anna

> From: Wójcik, Zdzisław
> Sent: 3/29/2024 8:14 AM
> To: Briarwood Pulmonary Front Desk
> Subject: Bill
>
> Hello. I had the CT of the chest on January 22 to check the spot on my lung
> like Dr. Ashby wanted every 6 months. Now I get bill for $1,140. Last time
> insurance paid everything. Nobody told me it was not covered. The nodule is
> same size the doctor said so I dont understand why I pay.
>
> Zdzisław Wójcik
""")

add('phi', 'names', 'Fernández-Ortega',
    '"Tobias Wren, MD" <twren@briarwoodpulm.org>',
    '"Lucía Paredes, MD" <lparedes@childrenshalverson.org>',
    'transition of care - MJ', 'Mon, 01 Apr 2024 18:22:51 -0400',
    """Lucía,

Thanks for the call. As discussed, María José Fernández-Ortega turns 18 in May
and will move to our adult CF clinic - first visit with us is booked for 6/4.

From what you told me: on elexacaftor/tezacaftor/ivacaftor since 2021, FEV1
has been 88-92%, last sweat chloride on modulator 41, CFRD on a pump, and no
Pseudomonas since 2019. Ms. Fernández-Ortega also mentioned she'd like to
keep doing her own refills through the specialty pharmacy.

Could your team send her last two years of cultures, the DXA, and her most
recent OGTT/A1c? Our fax is 610-555-0160.

Best,
Toby

Tobias Wren, MD
Director, Adult Cystic Fibrosis Program
Briarwood Allergy, Asthma & Pulmonary Associates
""")
# =====================================================================
# PHI: self
# =====================================================================
add('phi', 'self', 'Fitch',
    '"darlene fitch" <dfitch57@yahoo.com>',
    'service@keelhomeresp.com',
    'NO OXYGEN DELIVERY!!', 'Wed, 06 Mar 2024 07:18:26 -0500',
    """I have called three times and nobody calls back. This is Darlene Fitch, date
of birth 6/14/1957. I am on 2 liters around the clock and I am down to my
last two tanks. The driver was supposed to come Tuesday and never came.

I have my lung doctor appointment on Friday and I cant go without my portable.
Please call me 740-555-0192 TODAY.

Darlene
""")

add('phi', 'self', 'Brennan',
    '"Jess Brennan" <jessbrennan.home@gmail.com>',
    '"Dr. Tobias Wren" <twren@briarwoodpulm.org>',
    'Lily - weight + cough', 'Sun, 10 Mar 2024 21:40:03 -0400',
    """hi dr wren, its jess (lily brennans mom). wanted to give you an update
before her clinic visit on the 19th

- weighed her at home today 18.2 kg, she was 18.9 at the last visit
- coughing a lot more in the mornings, some yellowish stuff
- we are doing the vest twice a day but shes fighting us on the evening one
- creon 2 caps with meals, 1 with snacks but she skips snacks a lot lately

should we start the cipro you mentioned last time? also the school nurse
needs a new form for her enzymes at lunch, the old one expired.

thanks!
jess

Sent from my iPhone
""", hdrs=IPHONE)

add('phi', 'self', 'Oyelaran',
    '"Marcus Oyelaran" <m.oyelaran@outlook.com>',
    'Briarwood Specialty Pharmacy <intake@briarwoodrx.com>',
    'Re: Your shipment is delayed', 'Thu, 14 Mar 2024 19:55:41 -0400',
    """Hi,

I got the automated email below. I'm due for my injection Saturday (300 mg every
2 weeks) and I can't really go late - my asthma and the eczema on my hands both
come back within a few days when I do. Can it go to my work address instead
so someone can sign for it? 1200 Commerce Dr, Suite 400, Halverson PA. I'll
be there Friday until 6.

Thanks,
Marcus

On Thu, Mar 14, 2024 at 5:02 PM Briarwood Specialty Pharmacy <noreply@briarwoodrx.com> wrote:
> Hello MARCUS,
>
> Your order #RX-40018827 (DUPIXENT 300MG/2ML PEN) has been delayed due to a
> carrier exception. Your new estimated delivery date is 03/18/2024.
>
> If you have questions, please call 1-800-555-0117.
""")

add('phi', 'self', 'Stroud',
    '"Bev Stroud" <bevstroud@aol.com>',
    'rehab@briarwoodpulm.org',
    'thursday', 'Mon, 18 Mar 2024 08:09:57 -0400',
    """gabe, i wont make it thurs. had a bad flare over the weekend, went to the
urgent care on rt 9 and they gave me prednisone 40 for 5 days and a zpack.
chest xray was ok they said. still winded going up the stairs.

back next tues i hope. tell the tuesday group hi

bev
""")

add('phi', 'self', 'Echeverría',
    '"Tomás Echeverría" <techeverria@gmail.com>',
    'Allergy Shots <allergyshots@briarwoodpulm.org>',
    'shot schedule question', 'Fri, 08 Mar 2024 12:31:14 -0500',
    """Hello,

I missed two weeks of my allergy shots because of work travel. My last shot
was Feb 23, 0.30 mL from the red vial. I also had a big swelling on my left arm
after that one, maybe 7 cm, it went away after 2 days with Zyrtec.

Can I come Monday at 5? And will you drop the dose? My DOB is 09/30/1979 if you
need it to look me up.

Thank you,
Tomás Echeverría
""")

add('phi', 'self', 'Oakes',
    '"Gerald Oakes" <goakes.trucking@gmail.com>',
    'Briarwood Pulmonary <info@briarwoodpulm.org>',
    'sleep study results??', 'Tue, 02 Apr 2024 06:47:33 -0400',
    """To whoever reads this,

I did the home sleep test 3 weeks ago (the one with the finger clip and the
chest belt) and nobody has called me with the results. My name is Gerald Oakes,
born 02/29/1964.

My wife says I stop breathing at night and I have been nodding off at red
lights which scares me. I need the results and the CPAP if I need it because
my DOT medical card is up May 10 and the examiner wants proof Im being treated.

Please call 717-555-0104 any time after 4pm.

Gerald Oakes
""")

add('phi', 'self', 'Achterberg',
    '"Pieter Achterberg" <p.achterberg@comcast.net>',
    '"Samir Haddad, MD" <shaddad@briarwoodpulm.org>',
    'Rosalind - trach change and secretions', 'Sun, 24 Mar 2024 20:12:38 -0400',
    """Dr. Haddad,

Writing for my wife, Rosalind. Her trach (Shiley 6 cuffless) is due for the
monthly change on the 30th. Since Sunday she has had a lot more secretions,
yellow-green and thicker, and we're suctioning about every hour. Temp was
100.4 last night, 99.1 this morning. Sats are holding 93-95 on her usual
2 liters through the vent.

Should we bring her in, or can the home nurse get a culture on Tuesday? Also
the supply company shorted us on inline suction catheters again this month.

Thank you,
Pieter Achterberg (husband / caregiver)
610-555-0151
""")
# =====================================================================
# PHI: ids
# =====================================================================
add('phi', 'ids', 'Holt',
    '"PFT Lab" <pftlab@briarwoodpulm.org>',
    'Health Information Mgmt <him@briarwoodpulm.org>',
    'misfiled report - methacholine 3/11', 'Wed, 13 Mar 2024 10:27:19 -0400',
    """Hi HIM,

The methacholine challenge from 3/11 for MRN 00482917 (DOB 3.4.88) was scanned
into the wrong chart - it's sitting under a 70-something male with a similar
name. Correct pt is Serena Holt. Result was positive, PC20 1.8 mg/mL, so Dr. Vance
needs it in the right place before her visit Monday.

thanks,
Nadia, PFT lab x2214
""")

add('phi', 'ids', 'Quinlan',
    'Halverson Regional Microbiology <micro-results@halversonregional.org>',
    'CF Care Team <cf-team@briarwoodpulm.org>',
    'CORRECTED REPORT  ACC S24-118372', 'Tue, 12 Mar 2024 14:09:50 -0400',
    """*** CORRECTED REPORT - DISREGARD PRELIMINARY OF 03/09/2024 ***

Patient:   QUINLAN, BRODY A          DOB: 19710822    Sex: M
MRN:       HR2290571                 Acct: 6604471283
Accession: S24-118372                Collected: 03/07/2024 10:40
Source:    Sputum, expectorated      Ordering: WREN, TOBIAS

CULTURE, CYSTIC FIBROSIS RESPIRATORY
  Organism 1:  Achromobacter xylosoxidans   HEAVY GROWTH
               (previously reported as Pseudomonas aeruginosa)
  Organism 2:  Staphylococcus aureus (MSSA)  MODERATE GROWTH
  Susceptibilities to follow.

Corrected result called to R. KASTELLIC RN 03/12/2024 14:05, read-back verified.

This message was generated automatically by the Halverson Regional Medical Center
laboratory information system. Do not reply.
""")

add('phi', 'ids', 'Tanaka-Holm',
    'Keystone Mutual Health - Pharmacy PA <pa-noreply@keystonemutual-health.com>',
    'priorauth@briarwoodrx.com',
    'Additional information requested - Case 24-0318-55102', 'Mon, 18 Mar 2024 11:00:02 -0400',
    """KEYSTONE MUTUAL HEALTH
Pharmacy Prior Authorization - Request for Additional Information

Case #:        24-0318-55102
Member ID:     KMH448201937-01
Member:        R. Tanaka-Holm
Date of birth: 12-05-1993
Prescriber:    Priscilla Vance, MD (NPI on file)
Drug:          benralizumab 30 mg/mL autoinjector

The following is required to complete review:
  1. Blood eosinophil count >= 150 cells/uL within the past 6 months
  2. Documentation of 2 or more exacerbations requiring systemic
     corticosteroids in the past 12 months
  3. Current controller regimen including high-dose ICS/LABA

Please fax to 1-888-555-0140 within 14 calendar days or the request will
be closed. Member services: 1-800-555-0139.
""")

add('phi', 'ids', 'Bellamy',
    'Keel Intake <intake@keelhomeresp.com>',
    'Dispatch <dispatch@keelhomeresp.com>',
    'new start tmrw AM', 'Wed, 20 Mar 2024 16:55:08 -0400',
    """New start - Cyrus Bellamy
4417 Tamarack Ln Apt 2B, Fenwick OH 43130
cell 614-555-0148 / daughter Nia 614-555-0177

Order: O2 2 lpm continuous via concentrator, 6 E cyl + cart, POC not approved yet.
Neb compressor w/ duoneb supplies.
Discharging from Halverson Regional today, pt home by 6pm.

Dog in the house, ring the back bell. Daughter says hospice eval next week so
might be short term.
""")

add('phi', 'ids', 'Brandvold',
    '"Priscilla Vance, MD" <pvance@briarwoodpulm.org>',
    '"Aaron Mendel, MD" <amendel@peds-allergy-partners.com>',
    'referral - food allergy / OIT candidate', 'Thu, 21 Mar 2024 17:30:44 -0400',
    """Dear Dr. Mendel,

Thank you for agreeing to see Ilse Brandvold (DOB 4 Mar 1988, our chart no.
77-3190) for consideration of peanut OIT.

Brief history: reaction at a restaurant in January requiring two doses of
epinephrine and 6 h ED observation. Total IgE 842 kU/L, peanut sIgE 38.2,
Ara h 2 21.5 kU/L. Tree nut panel negative except cashew 0.41. She also has
moderate persistent asthma, well controlled on budesonide/formoterol 160/4.5,
FEV1 94% at last visit.

She is highly motivated (young child at home, worried about cross-contact).
Records to follow by fax.

Kind regards,
Priscilla Vance, MD
Allergy & Immunology
Briarwood Allergy, Asthma & Pulmonary Associates
""")

add('phi', 'ids', '',
    '"Kastellic, Renee" <rkastellic@briarwoodpulm.org>',
    '"Ortiz, Lena" <lortiz@briarwoodpulm.org>',
    'sweat test result', 'Fri, 22 Mar 2024 15:02:27 -0400',
    """Lena,

MRN 3390021 / DOB 11/02/2023 - sweat chloride 78 and 81 mmol/L (both arms,
adequate collection). Positive. Parents told in clinic this afternoon, genetics
referral placed and first CF visit booked 3/29.

Please close out the NBS follow-up with the state lab - their ref is
NBS-23-441907.

R
""", hdrs=OUTLOOK)

add('phi', 'ids', 'Bixby',
    'Briarwood Patient Financial Services <pfs@briarwoodpulm.org>',
    '"Lorraine Bixby" <lbixby1962@gmail.com>',
    'Your account 5500918-02', 'Mon, 25 Mar 2024 10:14:36 -0400',
    """Dear Ms. Bixby,

Thank you for contacting us about your statement. Here is the breakdown for
account 5500918-02, date of service 01/17/2024:

  94729  Diffusing capacity (DLCO)            $286.00
  94726  Plethysmography / lung volumes       $342.00
  94060  Spirometry pre/post bronchodilator   $198.00
  J7613  Albuterol inhalation solution         $12.00

Your plan (Harbor Choice PPO) allowed $604.40 and applied $312.40 to your
annual deductible. The remaining balance of $312.40 is your responsibility.
A 12-month payment plan is available with no interest.

If you have questions please call 610-555-0170, Mon-Fri 8:30-4:30.

Sincerely,
Yvette Marlow
Patient Financial Services
""")

add('phi', 'ids', 'Greaves',
    '"Meera Iyer" <miyer@keelhomeresp.com>',
    'Briarwood Orders <orders@briarwoodpulm.org>',
    'need F2F note - MBI 3HK7-PW2-RT41', 'Tue, 26 Mar 2024 13:37:02 -0400',
    """Hi,

Need the face-to-face note between day 31-91 documenting benefit for the pt
with MBI 3HK7-PW2-RT41 (Walter Greaves, DOB 07/19/1949, SSN ends 4471).

Compliance from the download: 78% of nights >= 4h, avg 5.6h/night, AHI 3.2 on
CPAP 9. He's clearly using it, we just need the doc to say it helps (less
sleepy, Epworth etc). Without it Medicare will deny continued rental after 5/1.

Meera Iyer
Sleep/PAP Coordinator, Keel Home Respiratory
""")
# =====================================================================
# PHI: lists
# =====================================================================
add('phi', 'lists', 'Hargreaves',
    '"Kastellic, Renee" <rkastellic@briarwoodpulm.org>',
    'CF Care Team <cf-team@briarwoodpulm.org>',
    'huddle - CF clinic Tues 3/19', 'Mon, 18 Mar 2024 16:48:10 -0400',
    """Tomorrow's clinic. Please look before 8am huddle.

Time\tPatient\tAge\tLast FEV1%\tCultures\tNotes
8:00\tHargreaves, Tillie\t7\t104\tMSSA\tquarterly, needs OGTT order
8:40\tDeLuca, Anthony\t23\t58\tPsA mucoid, MRSA\tpost-IV f/u, PICC out 3/12
9:20\tBrennan, Lily\t6\t--\tHflu\twt down 0.7 kg, mom asking re cipro
10:00\tOkafor, Chidi\t31\t72\tPsA\tstarting inhaled aztreonam cycle
10:40\tSzabo, Réka\t19\t91\tneg\ttransition visit, on ETI
1:00\tMcAllister, Brynn\t42\t44\tAchromobacter, Asperg\tlung tx referral discussion - SW + psych to join

Isolation: DeLuca + McAllister in rooms 11/12 (negative pressure not needed, contact only).
""")

add('phi', 'lists', 'Pruett',
    '"Seun Balogun, MD" <sbalogun@briarwoodpulm.org>',
    '"Colin Ashby, MD" <cashby@briarwoodpulm.org>',
    'pulm consult signout Fri->weekend', 'Fri, 22 Mar 2024 17:58:21 -0400',
    """Colin - signout for the weekend, 5 on the list.

* Vernon Pruett, 68, 5W-512 - COPD exac, on 4L, BiPAP qhs, ABG this am 7.34/61. If he
  needs BiPAP during day call ICU. family meeting Mon re goals.
* Haruka Ishida, 54, 6E-604 - new bilat infiltrates, BAL done Wed, PJP PCR pending.
  on empiric bactrim + pred. f/u PCR, if neg we can stop.
* Delroy Fairweather, 37, ED obs - asthma, 3 rounds nebs + mag, PEF 45%->70%.
  likely d/c on pred burst + ICS/LABA, make sure he has our f/u within 1 wk.
* Ms. Kowalski (Irena), 81, 4N-418 - pleural effusion R, thora 1.2 L yesterday,
  exudate by Light's, cytology pending. no further taps unless symptomatic.
* Amos Whitlock, 59, MICU-7 - trached 3/15, weaning trials, tolerated 6h TC today.

nothing else active. pager 4471.
Seun
""")

_o2 = csvtext([
    ['Patient Last', 'Patient First', 'DOB', 'Keel Acct', 'Equipment', 'Flow', 'Qualifying SpO2', 'Qual Date', 'Recert Due', 'Prescriber'],
    ['Abernathy', 'Gloria', '05/02/1946', 'K-118204', 'E1390/E0431', '2 L cont', '87% RA ambul', '02/27/2024', '02/27/2025', 'Liang'],
    ['Przybylski', 'Eugene', '06/03/1944', 'K-097733', 'E1390/E1392', '3 L cont', '86% RA rest', '04/12/2023', '04/12/2024', 'Ashby'],
    ['Fitch', 'Darlene', '06/14/1957', 'K-104519', 'E1390/E0431', '2 L cont', '88% RA rest', '04/20/2023', '04/20/2024', 'Ashby'],
    ['Castillo-Rua', 'Benedicto', '10/29/1951', 'K-110087', 'E1390', '1 L noct', '87% noct 5+ min', '04/03/2023', '04/03/2024', 'Haddad'],
    ['Greenleaf', 'Mavis', '01/17/1939', 'K-089214', 'E1390/E0431', '2-3 L', '85% RA ambul', '04/25/2023', '04/25/2024', 'Liang'],
    ['Hollander', 'Curtis', '12/08/1955', 'K-112760', 'E0439/E0434 (LOX)', '4 L cont', '84% RA rest', '04/09/2023', '04/09/2024', 'Ashby'],
])
add('phi', 'lists', 'Abernathy',
    '"Dwayne Pruitt" <dpruitt@keelhomeresp.com>',
    'Briarwood Orders <orders@briarwoodpulm.org>',
    'O2 recerts due April - list attached', 'Mon, 25 Mar 2024 09:03:45 -0400',
    """Good morning,

Attached are your patients with oxygen recertifications due in April (plus
Abernathy, who still needs the corrected order from this month). For each we
need a visit note within 90 days that addresses the oxygen and, where the
qualifying test is older than 12 months, a new test.

Thanks for the help,
Dwayne
""", atts=[('Briarwood_O2_recerts_April2024.csv', _o2, 'text', 'csv')])

add('phi', 'lists', 'Delacroix',
    '"Hollis Mbatha, PharmD" <hmbatha@briarwoodrx.com>',
    'Allergy Nurses <allergy-rn@briarwoodpulm.org>',
    'in-office biologic injections wk of 4/8', 'Thu, 04 Apr 2024 15:16:29 -0400',
    """Shipments for next week's in-office injections left today, cold chain. Please
check in against this list and sign the receipt in the portal.

PATIENT                  DOB         DRUG              DOSE      DUE      LOT
------------------------ ----------  ----------------  --------  -------  ---------
Delacroix, Mireille      1979-02-11  omalizumab        375 mg    04/08    A4K2219
Okonkwo-Bassey, Chiamaka 1990-07-30  tezepelumab       210 mg    04/09    TZ0332B
Fenwick, Harlan          1966-11-23  benralizumab      30 mg     04/09    BZ81907
Sato, Kenji              2013-05-14  omalizumab        150 mg    04/10    A4K2219
Lindgren, Astrid         1966-09-14  mepolizumab       100 mg    04/11    MP3301C
Oduya, Tamsin            1985-12-01  omalizumab        300 mg    04/12    A4K2219

Kenji Sato is a new start - observe 2 hours for the first three doses.
Mrs. Delacroix had hives after her last dose, Dr. Vance wants pre-med w/
cetirizine and 60 min obs.

Hollis
""")

_rehab = xlsx([
    ['Name', 'DOB', 'MRN', 'Referring', 'Primary Dx', 'O2 at rest', 'O2 exercise', 'Session #', 'Intake 6MWT (m)', 'Notes'],
    ['Kowalczyk, Raymond', '1954-08-19', '00391822', 'Hwang', 'COPD GOLD 3', '2 L', '3 L', '18', '232', ''],
    ['Stroud, Beverly', '1949-03-02', '00287716', 'Ashby', 'COPD', 'RA', '2 L', '11', '265', 'out this wk - pred burst'],
    ['Abubakar, Hauwa', '1961-12-09', '00455120', 'Haddad', 'IPF', '2 L', '4 L', '7', '298', 'desats fast, watch'],
    ['Pennington, Harold', '1952-01-27', '00173044', 'Ashby', 'COPD / emphysema', 'RA', '2 L', '1', 'pending', 'new start 3/26'],
    ['Jaramillo, Ofelia', '1958-06-30', '00502287', 'Liang', 'post-COVID, deconditioning', 'RA', 'RA', '29', '351', ''],
    ['Thistlewood, Neil', '1967-04-04', '00518830', 'Haddad', 'bronchiectasis', 'RA', 'RA', '22', '410', 'insulin-dep DM, check BG pre'],
], sheet='Roster')
add('phi', 'lists', 'Kowalczyk',
    '"Gabe Lindqvist, MS, ACSM-CEP" <glindqvist@briarwoodpulm.org>',
    '"Paula Ng, RRT" <png@briarwoodpulm.org>',
    'rehab roster for your coverage next week', 'Fri, 22 Mar 2024 12:40:18 -0400',
    """Paula,

Thanks again for covering Mon-Wed. Current roster attached (xlsx). Pennington
starts Tuesday - intake 6MWT first, he'll need 2L for it. Hauwa drops fast on
the treadmill, keep her on the NuStep if she's under 88.

Gabe
""", atts=[('pulm_rehab_roster_0322.xlsx', _rehab, 'application',
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet')], hdrs=OUTLOOK)

_vent = csvtext([
    ['priority', 'name', 'dob', 'address', 'phone', 'device', 'hrs/day', 'backup batt', 'generator', 'notes'],
    ['1', 'Marchetti, Delphine', '1958-10-05', '77 Quarry Rd, Fenwick OH 43130', '614-555-0182', 'Trilogy Evo AVAPS', '22-24', 'Y (2)', 'N', 'daughter lives in'],
    ['1', 'Achterberg, Rosalind', '1963-01-28', '1409 Larkspur Ct, Halverson PA 19437', '610-555-0151', 'Trilogy 100 via trach', '24', 'Y (1)', 'Y', 'husband trained'],
    ['1', 'Whitlock, Amos', '1964-09-02', 'pending discharge - MICU', '', 'TBD', '24', '', '', 'not home yet'],
    ['2', 'Nakamura-Reyes, Tobias', '2011-07-19', '220 W Birch St, Halverson PA 19438', '610-555-0109', 'Astral 150 nocturnal', '10', 'Y (1)', 'N', 'SMA type 2, school days'],
    ['2', 'Greenleaf, Mavis', '1939-01-17', '5 Cedar Ln, Halverson PA 19437', '610-555-0194', 'BiPAP ST', '8', 'N', 'N', 'O2 concentrator too'],
    ['3', 'Osei, Kwabena', '1972-03-11', '31 Pike St Apt 4, Fenwick OH 43130', '614-555-0166', 'BiPAP ST', '8', 'N', 'N', ''],
])
add('phi', 'lists', 'Marchetti',
    '"Colette Aubertin, RRT" <caubertin@keelhomeresp.com>',
    'Keel Vent Team <vent-team@keelhomeresp.com>',
    'storm prep - vent pt priority list (zip)', 'Tue, 09 Apr 2024 10:05:55 -0400',
    """All,

NWS has a high wind warning Thurs night into Fri. Attached is the vent/BiPAP
priority list in a zip (password is the usual one - jk, IT says our zip tool
doesn't do passwords, just don't forward it). Priority 1 = call Thurs
afternoon to confirm batteries charged and the utility has them on the
medical priority list.

Colette
""", atts=[('vent_priority_0409.zip', zbytes([('vent_priority_0409.csv', _vent)]), 'application', 'zip')])

add('phi', 'lists', 'Mwangi',
    '"Deborah Kline, BSN, RN" <dkline@ashgroveschools.org>',
    'nurseline@briarwoodpulm.org',
    'Ashgrove Elem - students w/ Briarwood action plans needing renewal', 'Wed, 03 Apr 2024 14:22:09 -0400',
    """Hello again,

Before field day (May 17) I'm checking that every student's medication form is
current. These are the students who list your practice. The ones marked
EXPIRED need a new signed form or I can't give the medication at school.

| Student            | Gr | DOB        | Med on file           | Spacer | Form exp   | Status  |
|--------------------|----|------------|-----------------------|--------|------------|---------|
| Mwangi, Zawadi     | K  | 08/14/2018 | albuterol HFA         | Y      | 09/2023    | EXPIRED |
| Reyes, Aiden       | 3  | 02/02/2015 | albuterol HFA         | Y      | 09/2024    | ok      |
| Brennan, Lily      | 1  | 06/21/2017 | Creon w/ lunch        | n/a    | 02/2024    | EXPIRED |
| Haddadin, Omar     | 4  | 11/30/2013 | EpiPen Jr + albuterol | Y      | 10/2023    | EXPIRED |
| Sato, Kenji        | 5  | 05/14/2013 | albuterol HFA         | N      | 09/2024    | ok*     |
| Pham, Minh Khoa    | 2  | 03/09/2016 | albuterol HFA         | Y      | 09/2024    | ok      |

*Kenji - mom says he started a new shot at your office, do I need anything
 for that at school?

Parents have been notified. Thank you!
Deborah Kline, BSN, RN
School Nurse, Ashgrove Elementary
""")
# =====================================================================
# PHI: struct
# =====================================================================
add('phi', 'struct', 'Lindgren',
    '"Oscar Bergmann" <obergmann@briarwoodpulm.org>',
    'Meditrak Interface Support <support@meditrak-hs.com>',
    'ORU from PFT system rejected - OBX length error (ticket 55821)', 'Thu, 07 Mar 2024 09:51:28 -0500',
    r"""Hi,

Following up on ticket 55821. The PFT results feed is still rejecting some
messages. Here's one from this morning exactly as it sits in the error queue:

MSH|^~\&|VYNTUS|BAAPA_PFT|MEDITRAK|BAAPA|20240307083512||ORU^R01|PFT0307083512|P|2.5.1
PID|1||00612284^^^BAAPA^MR||LINDGREN^ASTRID^M||19660914|F|||212 ORCHARD HILL RD^^HALVERSON^PA^19437||(610)555-0125
PV1|1|O|PFTLAB^^^BAAPA||||1730224561^VANCE^PRISCILLA
OBR|1|ORD448120|PFT0307-0012|94010^SPIROMETRY^CPT|||20240307081500
OBX|1|NM|20150-9^FEV1^LN||2.11|L|||||F
OBX|2|NM|19868-9^FVC^LN||3.02|L|||||F
OBX|3|NM|19926-5^FEV1/FVC^LN||70|%|||||F
OBX|4|TX|PFTINTERP^Interpretation^L||Mild obstruction. FEV1 82% predicted. No significant response to bronchodilator. Compared to 09/2023 FEV1 has declined 180 mL. Clinical correlation recommended; consider repeat after optimization of controller therapy.||||||F

Error: OBX-5 exceeds max length (200) for TX. The interp comment is
free-text from the tech so it'll be long sometimes. Can you bump the length
or split into multiple OBX? We have ~30 of these stuck.

Oscar Bergmann
Application Analyst, Briarwood IT
""")

_adt = '\r'.join([
    r"MSH|^~\&|FRONTDESK|BAAPA_ALG|MEDITRAK|BAAPA|20240311101422||ADT^A04|ADT0311101422|P|2.3",
    r"EVN|A04|20240311101422",
    r"PID|1||00633917^^^BAAPA^MR||PHAM^MINH KHOA^^^^^L||20160309|M|||19 Juniper Way^^Halverson^PA^19438||(610)555-0186|||||||||||N",
    r"NK1|1|TRAN^THI LAN|MTH|19 Juniper Way^^Halverson^PA^19438|(610)555-0186",
    r"PV1|1|O|ALLERGY^^^BAAPA||||1730224561^VANCE^PRISCILLA|||ALG||||||||||V0311-2231",
    r"IN1|1|HARBCHOICE|77120|Harbor Choice Health Plan|||||||||||TRAN^THI LAN|01|19850212|||||||||||||||||||HCP5510928-03",
    r"DG1|1|I10|J45.30^Mild persistent asthma, uncomplicated^I10",
    r"AL1|1|DA|^Amoxicillin|MO|Hives",
]) + '\r'
add('phi', 'struct', 'Pham',
    '"Oscar Bergmann" <obergmann@briarwoodpulm.org>',
    '"Tessa Lowry" <tlowry@meditrak-hs.com>',
    'RE: dup MRN on registration - sample msg attached', 'Mon, 11 Mar 2024 13:02:41 -0400',
    """Tessa,

Attached the A04 that created the duplicate. Kid was registered at the allergy
front desk this morning and the interface made a new MRN instead of matching
the existing one (00633917 vs 00598240). Mom's name is in NK1 and the
insurance subscriber, if that helps the matching logic.

Oscar

> On Mon, Mar 11, 2024 at 11:40 AM Tessa Lowry <tlowry@meditrak-hs.com> wrote:
> Can you send me the raw message for the one that duplicated? Just attach
> the .hl7 - please not a screenshot.
""", atts=[('ADT_A04_0311101422.hl7', _adt, 'text', 'plain')])

add('phi', 'struct', 'Przybylski',
    '"Rhonda Kemp" <rkemp@keelhomeresp.com>',
    'EDI Support - ClearHub <edisupport@clearhub-edi.com>',
    '999 reject on batch 4471 - 837P', 'Mon, 11 Mar 2024 15:36:12 -0400',
    """Hello,

Our batch from today came back with a 999 reject (IK3 on loop 2300). I pasted
the claim below - can you tell me what's wrong with the HI segment? It's the
same as what we sent last month.

ISA*00*          *00*          *ZZ*KEELHR01       *ZZ*CLEARHUB       *240311*1422*^*00501*000004471*0*P*:~
GS*HC*KEELHR01*CLEARHUB*20240311*1422*4471*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*KHR240311A*20240311*1422*CH~
NM1*41*2*KEEL HOME RESPIRATORY LLC*****46*KHR7731~
PER*IC*RHONDA KEMP*TE*6145550124~
NM1*40*2*CLEARHUB*****46*CLRHB~
HL*1**20*1~
NM1*85*2*KEEL HOME RESPIRATORY LLC*****XX*1497758320~
N3*2600 INDUSTRIAL PKWY~
N4*FENWICK*OH*431309912~
REF*EI*314455902~
HL*2*1*22*0~
SBR*P*18*******MB~
NM1*IL*1*PRZYBYLSKI*EUGENE*T***MI*5RT2HN8KD63~
N3*88 CANAL ST~
N4*FENWICK*OH*43130~
DMG*D8*19440603*M~
NM1*PR*2*MEDICARE DME JURIS B*****PI*17013~
CLM*KHR0311-0087*238.46***12:B:1*Y*A*Y*Y~
HI*ABK:J9611*ABF:J449~
NM1*DN*1*ASHBY*COLIN****XX*1588203311~
LX*1~
SV1*HC:E1390:RR:KX*198.72*UN*1***1~
DTP*472*RD8*20240301-20240331~
LX*2~
SV1*HC:E0431:RR:KX*39.74*UN*1***1~
DTP*472*RD8*20240301-20240331~
SE*27*0001~
GE*1*4471~
IEA*1*000004471~

Thanks,
Rhonda Kemp
Billing Specialist, Keel Home Respiratory
614-555-0124
""")

add('phi', 'struct', 'Hargrove',
    '"Tunde Ajayi, CPhT" <priorauth@briarwoodrx.com>',
    '"Maya Castellano" <mcastellano@briarwoodrx.com>',
    'FW: 271 says inactive??', 'Tue, 19 Mar 2024 11:20:30 -0400',
    """Maya - pharmacy benefit check says inactive but she swears her coverage is
fine and she's due for her Fasenra on Friday. 271 below. is the EB*6 because
of the plan change in Jan? should I ask her for the new card?

ISA*00*          *00*          *ZZ*KEYSTMUT       *ZZ*BRWDRX01       *240319*1104*^*00501*000118830*0*P*:~
GS*HB*KEYSTMUT*BRWDRX01*20240319*1104*118830*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*RX0319-0442*20240319*1104~
HL*1**20*1~
NM1*PR*2*KEYSTONE MUTUAL HEALTH*****PI*KMH01~
HL*2*1*21*1~
NM1*1P*2*BRIARWOOD SPECIALTY PHARMACY*****XX*1629334870~
HL*3*2*22*0~
TRN*2*RX0319-0442*9BRWDRX01~
NM1*IL*1*HARGROVE*DENISE*L***MI*KMH330917744~
N3*612 WEST END AVE~
N4*HALVERSON*PA*19437~
DMG*D8*19810427*F~
DTP*291*D8*20240319~
EB*6**30~
MSG*COVERAGE TERMINATED 12/31/2023 - SEE PLAN KMH-GOLD-24~
EB*R**88*HM*KMH GOLD RX~
SE*17*0001~
GE*1*118830~
IEA*1*000118830~

Tunde
""")

_fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "pt-0057712",
        "identifier": [
          {"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "00577120"}
        ],
        "name": [{"family": "Bianchi-Costa", "given": ["Aurelio", "Giuseppe"]}],
        "gender": "male",
        "birthDate": "1975-10-21",
        "telecom": [{"system": "phone", "value": "610-555-0137", "use": "mobile"}],
        "address": [{"line": ["8 Sycamore Ridge"], "city": "Halverson", "state": "PA", "postalCode": "19437"}]
      }
    },
    {
      "resource": {
        "resourceType": "MedicationRequest",
        "id": "mr-88120",
        "status": "active",
        "intent": "order",
        "medicationCodeableConcept": {
          "coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "352385", "display": "omalizumab"}],
          "text": "Xolair 150 mg/mL prefilled syringe"
        },
        "subject": {"reference": "Patient/pt-0057712"},
        "authoredOn": "2024-03-14",
        "requester": {"display": "Priscilla Vance, MD"},
        "dosageInstruction": [{"text": "Inject 300 mg subcutaneously every 4 weeks"}],
        "reasonCode": [{"text": "Severe allergic asthma, IgE 412 IU/mL, wt 88 kg"}]
      }
    }
  ]
}
"""
add('phi', 'struct', 'Bianchi-Costa',
    '"Oscar Bergmann" <obergmann@briarwoodpulm.org>',
    '"Dev Team - RxLink" <integrations@rxlink-api.io>',
    'eRx to specialty pharmacy failing - payload attached', 'Fri, 15 Mar 2024 10:08:59 -0400',
    """Hi RxLink team,

The MedicationRequest push to Briarwood Specialty Pharmacy is returning
422 "reasonCode not permitted" for this one. Attaching the bundle as
generated by our EHR so you can reproduce. Same thing happened with two other
Xolair orders this week.

Oscar Bergmann
Briarwood IT
""", atts=[('bundle_mr-88120.json', _fhir.encode('utf-8'), 'application', 'json')])

add('phi', 'struct', 'Pak',
    '"Lena Ortiz" <lortiz@briarwoodpulm.org>',
    '"Oscar Bergmann" <obergmann@briarwoodpulm.org>',
    'CCD from Halverson Regional - allergies not importing', 'Wed, 27 Mar 2024 14:44:18 -0400',
    """Oscar, the CCD we got for our new pt won't reconcile the allergy section -
the penicillin allergy shows up blank in our chart. I copied the relevant part
from the viewer:

<recordTarget>
  <patientRole>
    <id extension="HR3318820" root="2.16.840.1.113883.3.4420.1"/>
    <addr use="HP"><streetAddressLine>41 Fernhill Dr</streetAddressLine>
      <city>Halverson</city><state>PA</state><postalCode>19438</postalCode></addr>
    <telecom use="MC" value="tel:+1-610-555-0191"/>
    <patient>
      <name use="L"><given>Hyun-woo</given><family>Pak</family></name>
      <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime value="19820615"/>
    </patient>
  </patientRole>
</recordTarget>
...
<observation classCode="OBS" moodCode="EVN">
  <code code="ASSERTION" codeSystem="2.16.840.1.113883.5.4"/>
  <value xsi:type="CD" code="419511003" displayName="Propensity to adverse reactions to drug"/>
  <participant typeCode="CSM"><participantRole classCode="MANU"><playingEntity classCode="MMAT">
    <code nullFlavor="OTH"><originalText>PCN - hives/throat tightness 2009</originalText></code>
  </playingEntity></participantRole></participant>
</observation>
...
<section><title>Problems</title>
  <text>Sarcoidosis, stage II (dx 03/2024 by EBUS); Hypertension</text>
</section>

I think it's the nullFlavor on the code. Can you look before his visit on the
2nd?

Lena
""")

add('phi', 'struct', 'Hollander',
    '"Rhonda Kemp" <rkemp@keelhomeresp.com>',
    '"Yvette Marlow" <ymarlow@briarwoodpulm.org>',
    'ERA question - LOX patient', 'Wed, 03 Apr 2024 11:11:11 -0400',
    """Yvette,

Since your office did the CMN for this one - the 835 below shows the Medicare
payment for Curtis Hollander's liquid oxygen went down to the group-1 rate and
there's a CO-50. Did his qualifying test change? Pasting the claim portion.

CLP*KHR0305-0212*1*412.80*268.31*0*MB*24068800411207*12*1~
NM1*QC*1*HOLLANDER*CURTIS*J***MI*8WQ3JK2TN55~
NM1*82*2*KEEL HOME RESPIRATORY LLC*****XX*1497758320~
DTM*232*20240301~
DTM*233*20240331~
SVC*HC:E0439:RR:KX*298.44*193.99**1~
CAS*CO*45*104.45~
SVC*HC:E0434:RR*114.36*74.32**1~
CAS*CO*50*40.04~
LQ*HE*N115~

Thanks,
Rhonda
""")
# =====================================================================
# PHI: lang
# =====================================================================
add('phi', 'lang', 'Villalobos Ruiz',
    '"Yesenia Ruiz" <yeseniaruiz88@hotmail.com>',
    'Briarwood Nurse Line <nurseline@briarwoodpulm.org>',
    'Mateo tos y silbido', 'Mon, 04 Mar 2024 22:16:45 -0500',
    """Buenas noches,

Soy la mamá de Mateo Villalobos Ruiz, fecha de nacimiento 12/08/2017, paciente
de la Dra. Chaudhry. Mateo tiene tos toda la noche y silbido en el pecho desde
el sábado. Le estoy dando el albuterol en el nebulizador cada 4 horas como dice
el plan, pero hoy lo necesitó cada 2 horas y se ve cansado.

¿Lo llevo a urgencias o le pueden dar cita mañana temprano? También se le acabó
el Flovent y en la farmacia me dicen que necesita una receta nueva.

Gracias,
Yesenia Ruiz
610-555-0113
""")

add('phi', 'lang', 'Antunes Ferreira',
    '"Joaquim Antunes Ferreira" <joaquim.af@uol.com.br>',
    'service@keelhomeresp.com',
    'Concentrador com alarme', 'Sat, 09 Mar 2024 09:27:03 -0500',
    """Bom dia,

Meu nome é Joaquim Antunes Ferreira, sou cliente de vocês desde dezembro (oxigênio em casa, receita do Dr. Ashby). Desde ontem à noite o concentrador está fazendo um barulho estranho e o alarme amarelo acende. Eu uso 2 litros o dia todo e 3 litros para dormir.

Hoje de manhã medi a saturação com o oxímetro de dedo e estava 86%, por isso estou usando o cilindro, mas só tenho mais dois. Alguém pode vir trocar o aparelho hoje? Moro na Rua... desculpe, 155 Mill Race Rd, Fenwick. Meu neto fala inglês: 614-555-0153.

Obrigado,
Joaquim
""", cte='quoted-printable')

add('phi', 'lang', 'Lê Thị Mai',
    '"Ngoc Anh Le" <ngocanh.le92@gmail.com>',
    '"Colin Ashby, MD" <cashby@briarwoodpulm.org>',
    'Mẹ em - máy CPAP và thuốc xịt', 'Tue, 05 Mar 2024 20:03:51 -0500',
    """Chào bác sĩ Ashby,

Em là con gái của bà Lê Thị Mai (ngày sinh 15/07/1950). Mẹ em dùng máy CPAP từ
tháng 1 nhưng mẹ nói mặt nạ làm đau sống mũi nên đêm nào cũng tháo ra. Công ty
giao máy nói phải có bác sĩ cho phép mới đổi loại mặt nạ khác.

Thuốc xịt Trelegy của mẹ cũng hết rồi, nhà thuốc nói cần đơn mới. Mẹ vẫn ho
nhiều vào buổi sáng, đờm màu vàng, và hôm qua bị sốt nhẹ 38 độ.

Bác sĩ có thể gọi lại cho em được không ạ? Số điện thoại: 610-555-0118.
Em cảm ơn bác sĩ.

Ngọc Anh
""")

add('phi', 'lang', 'Jean-Baptiste',
    '"Wilner Jean-Baptiste" <wjeanbaptiste@yahoo.com>',
    'Allergy Shots <allergyshots@briarwoodpulm.org>',
    'piki alèji', 'Fri, 15 Mar 2024 21:40:22 -0400',
    """Bonjou,

Mwen se Wilner Jean-Baptiste, dat nesans mwen se 22/04/1983. Mwen te pran piki
alèji mwen jedi pase a (fyòl ble a) epi bra m te anfle anpil, pi gwo pase yon
pyès senkant kòb. Aswè a mwen te gen yon ti difikilte pou m respire epi m te
touse anpil, mwen te pran Benadryl ak ponp albuterol mwen an epi sa te pase.

Èske m ka vini lendi pou pwochen piki a, oswa èske doktè a vle chanje dòz la
anvan? Mwen pa t vle ale nan ijans.

Mèsi anpil,
Wilner
774-555-0190
""")

add('phi', 'lang', 'Кузнецов',
    '"Андрей Кузнецов" <a.kuznetsov.77@mail.ru>',
    '"Samir Haddad, MD" <shaddad@briarwoodpulm.org>',
    'Кузнецов Борис Петрович — аппарат BiPAP', 'Mon, 25 Mar 2024 08:55:40 -0400',
    """Здравствуйте, доктор Хаддад.

Пишу по поводу моего отца, Кузнецова Бориса Петровича (1947 г.р.). После выписки
из больницы 12 марта он ночью на аппарате BiPAP. Последние три дня он очень
сонливый днём, путает слова, сатурация 88–89% на 2 литрах кислорода. Домашняя
медсестра в пятницу взяла анализ крови (газы), результаты ещё не пришли.

Нужно ли менять настройки аппарата? Можно ли записать его на приём на этой
неделе? Он плохо говорит по-английски, я приеду с ним.

С уважением,
Андрей Кузнецов
тел. 215-555-0158
""", cte='base64')

add('phi', 'lang', 'Dimaculangan',
    '"Rowena Santos, LPN" <rsantos@briarwoodpulm.org>',
    '"Joy Bautista" <jbautista@briarwoodpulm.org>',
    're: O2 order ni Mrs. D', 'Wed, 20 Mar 2024 16:31:08 -0400',
    """Hi Joy, pasensya late reply, ang dami ng pasyente kanina.

Si Mrs. Consolacion Dimaculangan (yung sa room 4 kaninang umaga) - bumaba yung
sat niya to 87% after ng 6-minute walk kaya nilagyan ko ng 2L NC, umakyat sa 92.
Sabi ni Dr. Liang i-order na yung home O2 pero wala pang naka-scan na walk test
sa chart, nasa papel pa. Pwede mo ba i-check kung na-fax na ng Keel yung CMN?
Babalik siya sa Huwebes para sa PFT niya, 9am.

Salamat!
Rowena
""")

add('phi', 'lang', 'الشمري',
    '"Um Layan" <umlayan.sh@gmail.com>',
    '"Dr. Tobias Wren" <twren@briarwoodpulm.org>',
    'ليان الشمري - الإنزيمات', 'Thu, 28 Mar 2024 13:10:27 -0400',
    """السلام عليكم دكتور رين،

أنا والدة الطفلة ليان الشمري (تاريخ الميلاد 2019/05/03). ليان تأخذ كريون 3 كبسولات مع كل وجبة
وكبسولة مع الوجبات الخفيفة، لكن منذ الأسبوع الماضي عندها إسهال دهني وألم في البطن، ووزنها
نقص إلى 15.1 كغ. الممرضة اتصلت وقالت إن زراعة البلغم الأخيرة كانت إيجابية للزائفة.

هل نحتاج إلى تغيير جرعة الإنزيمات؟ وهل يمكن أن نأخذ موعداً قبل الموعد القادم في 15 أبريل؟

شكراً جزيلاً،
أم ليان
هاتف 610-555-0172
""", cte='base64')

add('phi', 'lang', '陈美玲',
    '"Meiling Chen" <meiling.chen68@163.com>',
    '"Priscilla Vance, MD" <pvance@briarwoodpulm.org>',
    '关于Fasenra注射后的反应', 'Mon, 18 Mar 2024 10:45:19 -0400',
    """Vance医生您好：

我是陈美玲（出生日期：1968年11月3日，病历号00614502）。上周三（3月13日）在诊所打了
第一针Fasenra，打完后第二天开始头痛，低烧37.8度，注射的地方有点红肿，今天好一些了。

哮喘比以前好很多，晚上不再咳醒，急救喷雾这周只用了一次。

下一针是4月10日，请问打针前需要先吃什么药吗？还是直接来诊所就可以？

谢谢！
陈美玲
手机：610-555-0129
""", cte='base64')
# =====================================================================
# CLEAN: admin
# =====================================================================
add('clean', 'admin', '',
    'Briarwood IT Service Desk <servicedesk@briarwoodpulm.org>',
    '"Nadia Ferreira" <nferreira@briarwoodpulm.org>',
    'INC0048213 updated: PFT lab printer offline (Room 214)', 'Tue, 05 Mar 2024 10:12:40 -0500',
    """Incident INC0048213 has been updated.

Short description: PFT lab printer offline (Room 214)
Caller:            Nadia Ferreira (x2214)
Assigned to:       Marcus Webb, Desktop Support
State:             Work in Progress
Priority:          3 - Moderate

Work notes (Marcus Webb, 03/05/2024 10:09):
  Replaced the fuser on HP M507 asset tag BW-PR-0442. Test page printed.
  The Vyntus workstation (BW-WS-1187) still had the old print queue mapped,
  removed and re-added \\\\bw-print02\\PFT-214. Please confirm reports print
  from the PFT software and reply to this email to resolve.

To view the incident go to https://servicedesk.briarwoodpulm.org/inc/INC0048213
Do not change the subject line when replying.
""")

add('clean', 'admin', '',
    '"Paula Ng, RRT" <png@briarwoodpulm.org>',
    'Respiratory Therapy <rt-all@briarwoodpulm.org>',
    'RT coverage wk of 3/25 - FINAL', 'Wed, 20 Mar 2024 14:55:02 -0400',
    """Hi all, final schedule for next week. Trades need to go through me by Fri noon.

            PFT lab        Clinic/neb teach   Rehab gym        On call (pgr)
Mon 3/25    Nadia          Rowena             Paula (Gabe out) Kim   x4410
Tue 3/26    Nadia          Joy                Paula            Kim   x4410
Wed 3/27    Kim            Joy                Paula            Nadia x4412
Thu 3/28    Kim            Rowena             Gabe             Nadia x4412
Fri 3/29    -- Good Friday, clinic closes at 1 --                Joy   x4415

Reminder that annual fit testing is 3/27 in conf room B, 7:30-9. If you wear a
PAPR instead, bring your hood.

Paula Ng, RRT
RT Supervisor
""")

add('clean', 'admin', '',
    'Accounts Receivable - Oxyvance Medical Supply <ar@oxyvance-supply.com>',
    'Keel Home Respiratory AP <ap@keelhomeresp.com>',
    'Invoice INV-2024-118231 - Past Due', 'Mon, 01 Apr 2024 08:00:15 -0400',
    """Dear Customer,

Our records show the following invoice is now 30 days past due.

  Customer Acct:   00318822  (Keel Home Respiratory LLC)
  Invoice #:       INV-2024-118231
  Invoice date:    02/29/2024
  PO #:            KHR-PO-5512
  Terms:           Net 30

  Qty  Item                                            Unit      Ext
  40   OX-SV5 sieve bed kit, 5L concentrator           $61.50    $2,460.00
  200  NC-7FT adult nasal cannula, 7 ft                $0.68     $136.00
  24   HUM-350 bubble humidifier, prefilled 350 mL     $3.95     $94.80
  6    BAT-P2 POC battery, 8-cell                      $289.00   $1,734.00
                                              Subtotal           $4,424.80
                                              Freight            $118.40
                                              TOTAL DUE          $4,543.20

Remit to: Oxyvance Medical Supply, PO Box 77120, Columbus OH 43272
ACH details available on request. Questions: Darla Feeney, 1-800-555-0146 x3.

If payment has already been sent, please disregard this notice.
""")

add('clean', 'admin', '',
    'Briarwood Human Resources <hr@briarwoodpulm.org>',
    'All Staff <allstaff@briarwoodpulm.org>',
    'Open enrollment closes Friday + new member ID cards', 'Mon, 04 Nov 2024 09:00:00 -0500',
    """Hi everyone,

A reminder that benefits open enrollment for 2025 closes this Friday, 11/8, at
5:00 pm. If you do nothing, your current medical, dental and vision elections
roll over, but your FSA/HSA contribution does NOT - you have to re-elect it.

What's changing:
 - Harbor Choice PPO: deductible goes from $1,000 to $1,250 (individual)
 - New HDHP option with employer HSA seed of $750
 - Everyone on medical will get a new member ID card in December because the
   group number is changing (new group # HC-55201). Old cards work through 12/31.

Benefits fair recap slides and the rate sheet are on the intranet under
HR > Benefits. Questions: Tamika Rhodes, x2101, or stop by Tuesday/Thursday
12-1 in the break room.

Thanks,
Briarwood HR
""")

add('clean', 'admin', '',
    '"Glenn Sutter" <gsutter@briarwoodpulm.org>',
    'All Staff <allstaff@briarwoodpulm.org>',
    'Rehab gym closed Sat 3/23 - HVAC + badge readers', 'Thu, 21 Mar 2024 11:30:00 -0400',
    """All,

Saturday 3/23 the pulmonary rehab gym and the PFT lab hallway will be closed
7am-3pm while Tri-County Mechanical replaces the rooftop unit (RTU-3). Expect
noise and the elevator to be out intermittently while they crane the unit.

Also, Securitas will be swapping the badge readers on the east entrance and
the oxygen storage room (Rm 118) that day. If your badge doesn't work Monday,
call me at x2290 or cell 610-555-0103 - don't prop the door.

The liquid O2 delivery normally scheduled for Saturday has been moved to
Friday afternoon.

Glenn Sutter
Facilities Manager
""")

add('clean', 'admin', '',
    '"Yvette Marlow" <ymarlow@briarwoodpulm.org>',
    'Billing Office <billing@briarwoodpulm.org>',
    'Clearinghouse cutover this weekend - hold claim batches', 'Wed, 10 Apr 2024 15:40:31 -0400',
    """Team,

We are moving from the old clearinghouse to ClearHub this weekend. Please:

1. Release all ready claims by Thursday 5pm. Batch 4471 and later go to ClearHub.
2. Do NOT submit any 837s Friday 6pm - Monday 7am.
3. 835/ERA files from last week will still post from the old vendor.
4. Eligibility (270/271) checks will be down Saturday 8am-2pm.

Current count: 1,284 claims in the ready queue, 96 on hold for missing auth,
41 rejections to work. Let's get the rejections under 20 by Thursday.

Questions to me or Rhonda Kemp at Keel (she went through the same cutover in Jan).

Yvette Marlow, CPC
Revenue Cycle Manager
""")

add('clean', 'admin', '',
    '"Carla Whitman" <cwhitman@briarwoodpulm.org>',
    '"Samir Haddad, MD" <shaddad@briarwoodpulm.org>',
    'Your credentialing renewals - action needed', 'Tue, 12 Mar 2024 08:45:12 -0400',
    """Dr. Haddad,

A few things are coming due and I need your help on two of them:

  PA medical license MD-458211   expires 12/31/2024 - renewal window opens 9/1
  DEA registration (Schedule II-V) expires 05/31/2024 - PLEASE renew online now
  Board certification (Pulm/CCM) MOC attestation due 03/31/2024
  CAQH ProView ID 14882093     re-attestation due 04/05/2024
  Halverson Regional privileges reappointment - packet in your mailbox

NPI 1588920147 and your malpractice certificate are current. Once the DEA is
renewed, please forward me the certificate so I can update Keystone Mutual and
Harbor Choice, otherwise they can suspend your participation.

Thanks!
Carla Whitman, CPCS
Credentialing & Enrollment
x2125
""")
# =====================================================================
# CLEAN: lookalike
# =====================================================================
_gym_html = """<html><body style="font-family:Arial,sans-serif;background:#f4f4f4">
<table width="600" align="center" style="background:#fff;padding:20px">
<tr><td><h2 style="color:#d9480f">IronPeak Fitness &mdash; Halverson</h2>
<p>Hi Trevor,</p>
<p>Your <b>InBody body-composition scan + cardio assessment</b> is booked:</p>
<p><b>Sat, April 6 at 9:15 AM</b> with Coach Danielle R.<br>Member #: 20047718</p>
<p>Prep tips: no heavy meal 2 hours before, wear light clothes, and bring your heart-rate strap if you have one.</p>
<p>NEW this month: <b>Breathwork for Lifters</b> &mdash; a 30-minute workshop on diaphragmatic breathing and bracing. Thursdays 6:30 PM, free for Peak+ members.</p>
<p>Need to reschedule? Reply or call the front desk at 610-555-0197.</p>
<p style="font-size:10px;color:#888">IronPeak Fitness is not a medical provider. Consult your physician before beginning any exercise program. Unsubscribe</p>
</td></tr></table></body></html>
"""
add('clean', 'lookalike', '',
    'IronPeak Fitness <hello@ironpeakfit.com>',
    '"Trevor Lund" <trevlund@gmail.com>',
    'Your assessment is booked, Trevor \U0001F4AA', 'Tue, 02 Apr 2024 12:00:07 -0400',
    """Hi Trevor,

Your InBody body-composition scan + cardio assessment is booked:
Sat, April 6 at 9:15 AM with Coach Danielle R.
Member #: 20047718

Prep tips: no heavy meal 2 hours before, wear light clothes, and bring your
heart-rate strap if you have one.

NEW this month: Breathwork for Lifters - a 30-minute workshop on diaphragmatic
breathing and bracing. Thursdays 6:30 PM, free for Peak+ members.

Need to reschedule? Reply or call the front desk at 610-555-0197.

IronPeak Fitness is not a medical provider. Consult your physician before
beginning any exercise program.
""", html=_gym_html)

add('clean', 'lookalike', '',
    '"Willow Creek Veterinary Hospital" <frontdesk@willowcreekvet.com>',
    '"Hannah Tran" <hannah.tran.pdx@gmail.com>',
    "Biscuit's recheck + inhaler instructions", 'Thu, 07 Mar 2024 16:22:50 -0500',
    """Hi Hannah,

Thanks for bringing Biscuit in today. Summary from Dr. Okafor:

Patient: Biscuit (DSH, neutered male, 7 yrs, 5.4 kg)
Client #: 30917
Findings: chest x-rays show a bronchial pattern consistent with feline asthma,
no heart enlargement. Heartworm antigen negative.
Plan:
  - fluticasone 110 mcg, 1 puff twice daily via the AeroKat spacer
    (hold the mask on for 7-10 breaths)
  - albuterol 1 puff via spacer as needed for coughing/open-mouth breathing
  - switch to unscented clumping litter, no candles or air fresheners
  - recheck in 4 weeks, sooner if he's breathing with his mouth open

Your invoice today was $412.60 (exam, 2-view thoracic rads, AeroKat chamber).
The inhalers were sent to Halverson Pharmacy under Biscuit's name.

Willow Creek Veterinary Hospital
610-555-0199
""")

add('clean', 'lookalike', '',
    'Fenwick Valley Credit Union <alerts@fenwickvalleycu.org>',
    '"Sandra Oyelowo" <s.oyelowo@outlook.com>',
    'Member #448201 - Your auto loan payment was received', 'Fri, 15 Mar 2024 06:03:11 -0400',
    """Hello Sandra,

We received your payment. Thank you!

  Member #:        448201
  Loan:            Auto Loan - Share ID L12
  Amount:          $386.14
  Posted:          03/15/2024
  Next due date:   04/15/2024
  Remaining bal.:  $9,812.77

Reminder: Fenwick Valley CU will NEVER ask for your full account number,
PIN, date of birth or one-time passcode by email or text. If you get a
message like that, call us at 1-800-555-0131.

Fenwick Valley Credit Union - Federally insured by NCUA
""")

add('clean', 'lookalike', '',
    'Allegheny Air <reservations@alleghenyair-travel.com>',
    '"Colin Ashby" <cashby@briarwoodpulm.org>',
    'Booking confirmed: PHL > SDG  |  Confirmation QX7R2L', 'Wed, 06 Mar 2024 21:14:30 -0500',
    """Thank you for booking with Allegheny Air.

Confirmation code: QX7R2L
Passenger: ASHBY/COLIN MR
Frequent flyer: AA-SkyPlus 8841 2290 17

Fri 17 May  AX 1142  PHL 07:05 -> SDG 10:11   Seat 14C   Main Cabin
Wed 22 May  AX 1189  SDG 16:40 -> PHL 00:58+1 Seat 14C   Main Cabin

Ticket number: 0371 294 885 1102
Total charged: $612.40 (Visa ending 0338)

Traveling with medical equipment? Portable oxygen concentrators on the FAA
approved list, CPAP machines and nebulizers are allowed on board and do not
count toward your carry-on limit. Batteries must cover 150% of flight time.
Details at alleghenyair-travel.com/medical.

Have a great trip!
""")

add('clean', 'lookalike', '',
    'Sentinel Auto Insurance Claims <claims@sentinelauto-ins.com>',
    '"Raj Patel" <rajpatel.home@gmail.com>',
    'Claim AC-2291-774: adjuster assigned', 'Tue, 19 Mar 2024 13:44:58 -0400',
    """Dear Raj Patel,

Your claim has been assigned.

  Claim number:   AC-2291-774
  Policy number:  SAP-0088412-03
  Date of loss:   03/16/2024
  Vehicle:        2019 Honda CR-V, VIN ending 4471
  Loss type:      Collision - parking lot, other party at fault
  Injuries:       None reported

Your adjuster is Monique Farrell, 1-866-555-0128 ext 4417. She will contact
you within one business day to arrange an inspection. A rental car is
authorized up to $40/day under your policy.

Please do not reply to this automated message.
Sentinel Auto Insurance Company
""")

add('clean', 'lookalike', '',
    '"Ferris Arbor Care" <office@ferrisarbor.com>',
    '"Dolores Kimura" <dkimura@verizon.net>',
    'Diagnosis & treatment plan - your white oak', 'Mon, 22 Apr 2024 17:05:22 -0400',
    """Hi Dolores,

Following up on Friday's visit. Here's what we found on the big white oak in the
back yard:

Diagnosis: bacterial leaf scorch plus two-lined chestnut borer activity on the
upper canopy. Root collar is buried ~6" (from the 2019 regrading), which is
stressing the tree. The patient is about 110 years old, DBH 38 in.

Treatment plan:
  1. Root collar excavation with air spade - $480
  2. Trunk injection, systemic insecticide (spring + follow-up) - $365 x 2
  3. Deadwood removal, upper canopy, with crane access - $1,950
  4. Re-check in August; we'll take a tissue sample if scorch progresses

Prognosis is fair if we get to the borers this season. Quote #Q-24-0412 is
attached in your customer portal. Let me know if you'd like to schedule.

Ben Ferris, ISA Certified Arborist PA-1187A
Ferris Arbor Care | 610-555-0174
""")

add('clean', 'lookalike', '',
    '"Priya Raman" <priya.raman@loomstack.dev>',
    'platform-oncall@loomstack.dev',
    'postmortem draft: resp-02 vitals flatlined, "patient zero" worker', 'Thu, 28 Mar 2024 11:20:44 -0700',
    """Team, draft postmortem for Tuesday's incident, comments by Friday pls.

Summary: node resp-02 went into critical condition at 02:14 UTC. Health checks
(/healthz) kept returning 200, but the vitals dashboard (CPU, heap, GC pause)
flatlined because the metrics sidecar died first. Triage took 47 min.

Root cause: the "patient" retry worker (PatientRetryQueue - the one that
waits patiently on backoff) leaked file descriptors after the 2.14.0 upgrade.
Worker pid 44172 was patient zero; it spawned 1,200+ zombie children before
the OOM killer stepped in.

Action items:
  - DEVOPS-3318: alert on fd count > 50k (owner: Marco)
  - DEVOPS-3319: liveness probe must check the sidecar too (owner: me)
  - DEVOPS-3320: pin retry lib to 2.13.x until upstream fix (owner: Jen)

Priya
""")
# =====================================================================
# CLEAN: news
# =====================================================================
add('clean', 'news', '',
    'Halverson County Health Department <bulletins@halversoncounty-health.gov>',
    'Healthcare Partners List <hcpartners@lists.halversoncounty-health.gov>',
    'Respiratory Virus Weekly Bulletin - Week 11 (ending 3/16/2024)', 'Tue, 19 Mar 2024 12:00:00 -0400',
    """HALVERSON COUNTY HEALTH DEPARTMENT
Respiratory Virus Weekly Bulletin - MMWR Week 11

SUMMARY
 * Influenza activity: MODERATE, decreasing for the 3rd consecutive week.
   Influenza B now 58% of positive specimens.
 * RSV: LOW. Pediatric ED visits for RSV down 71% from the December peak.
 * COVID-19: LOW. Wastewater levels stable at all 4 sampling sites.

Week 11 numbers (county)
                              This week   Last week   Season total
 Lab-confirmed influenza          212         264          6,418
 Influenza hospitalizations        19          27            611
 Influenza deaths                   1           2             38
 RSV lab-confirmed                 41          55          2,207
 COVID-19 hospitalizations         23          26            874

Pollen (Halverson station): tree pollen HIGH (maple, juniper, elm); grass and
weed low. Clinicians may see early spring allergic rhinitis and asthma
exacerbations.

Reminder: nirsevimab supply is sufficient; providers may continue ordering for
eligible infants through the end of the season.

To unsubscribe from this list reply with UNSUBSCRIBE in the subject.
""")

add('clean', 'news', '',
    'Corvane Pharmaceuticals Medical Information <medinfo@corvanepharma.com>',
    'Pharmacy Purchasing <purchasing@briarwoodrx.com>',
    'URGENT: Voluntary Recall - Albuterol Sulfate Inhalation Aerosol 90 mcg, select lots', 'Thu, 04 Apr 2024 08:30:00 -0400',
    """URGENT: DRUG RECALL - PHARMACY/WHOLESALER LEVEL

Corvane Pharmaceuticals, Inc. is voluntarily recalling the lots below of
Albuterol Sulfate Inhalation Aerosol, 90 mcg per actuation, 200 metered doses,
to the retail/pharmacy level. Testing found some inhalers may deliver fewer
than the labeled number of doses due to a faulty valve component.

  NDC            Lot         Expiry
  71288-0412-60  CV23A0917   08/2025
  71288-0412-60  CV23A0921   08/2025
  71288-0412-60  CV23B1104   10/2025

No adverse events have been reported to date. Patients who have an affected
inhaler should continue using it until they receive a replacement, as
stopping a rescue inhaler may be dangerous.

Action: examine stock, quarantine affected lots, and return using the enclosed
BRF by 05/31/2024. Contact Inmar Recall Services at 1-800-555-0150.

Adverse reactions may be reported to MedWatch.
""")

_nl_html = """<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#2b6a8a">Breathing Easier &mdash; Spring 2024</h1>
<p><i>News from Briarwood Allergy, Asthma &amp; Pulmonary Associates</i></p>
<h3>Tree pollen season is here</h3>
<p>Our pollen counter recorded its first HIGH day on March 14. If you have spring allergies, start your nasal spray now and keep your rescue inhaler handy.</p>
<h3>Welcome, Dr. Seun Balogun!</h3>
<p>Dr. Balogun joins our pulmonary team after fellowship at Keystone University, with a special interest in interventional bronchoscopy.</p>
<h3>Pulmonary rehab turns 10</h3>
<p>More than 1,400 graduates since 2014. Join us May 4 for the Open House &amp; 1-mile &ldquo;Walk for Breath&rdquo;.</p>
<h3>Specialty pharmacy now delivers on Saturdays</h3>
<p>Biologic shipments can now arrive Saturday mornings. Call 610-555-0188 to update your delivery preference.</p>
<p style="font-size:11px;color:#777">You are receiving this newsletter because you subscribed at briarwoodpulm.org. Unsubscribe | 400 Ridgeview Blvd, Halverson PA 19437</p>
</body></html>
"""
add('clean', 'news', '',
    'Briarwood Allergy, Asthma & Pulmonary <news@briarwoodpulm.org>',
    'newsletter-subscribers@briarwoodpulm.org',
    'Breathing Easier - Spring 2024 newsletter', 'Mon, 25 Mar 2024 10:00:00 -0400',
    """Breathing Easier - Spring 2024
News from Briarwood Allergy, Asthma & Pulmonary Associates

TREE POLLEN SEASON IS HERE
Our pollen counter recorded its first HIGH day on March 14. If you have spring
allergies, start your nasal spray now and keep your rescue inhaler handy.

WELCOME, DR. SEUN BALOGUN!
Dr. Balogun joins our pulmonary team after fellowship at Keystone University,
with a special interest in interventional bronchoscopy.

PULMONARY REHAB TURNS 10
More than 1,400 graduates since 2014. Join us May 4 for the Open House and
1-mile "Walk for Breath".

SPECIALTY PHARMACY NOW DELIVERS ON SATURDAYS
Biologic shipments can now arrive Saturday mornings. Call 610-555-0188 to
update your delivery preference.

Unsubscribe | 400 Ridgeview Blvd, Halverson PA 19437
""", html=_nl_html)

add('clean', 'news', '',
    '"Tobias Wren, MD" <twren@briarwoodpulm.org>',
    'Briarwood Board & Leadership <leadership@briarwoodpulm.org>',
    'CF Center 2023 annual data summary (for board packet)', 'Fri, 05 Apr 2024 09:15:37 -0400',
    """All,

Summary of our 2023 center data for the board packet. Aggregate only; the
registry site report will come out in the fall.

                                     2021     2022     2023
Patients seen (peds + adult)          184      191      203
 - age 18+                            98      104      113
Median FEV1 % pred, age 6-17         96.1     99.4    101.2
Median FEV1 % pred, age 18+          71.8     78.3     80.6
On a CFTR modulator (eligible pts)    71%      88%      91%
Chronic P. aeruginosa (any age)       31%      27%      24%
Pulmonary exacerbations needing IV    88       61       49
Median BMI percentile, age 2-19       52       58       61
Lung transplants                        2        1        0
Deaths                                   1        0        1

Biggest changes are driven by modulator uptake. The one death in 2023 is
already in the QI review; no details here since this goes to the board.

Toby
""")

add('clean', 'news', '',
    'AirNow Alerts - Halverson Metro <alerts@airquality-halverson.gov>',
    'Briarwood Nurse Line <nurseline@briarwoodpulm.org>',
    'AIR QUALITY ALERT: Code Orange PM2.5 Wed 6/7 - wildfire smoke', 'Tue, 06 Jun 2023 15:30:00 -0400',
    """AIR QUALITY ACTION DAY - CODE ORANGE
Pollutant: fine particulate matter (PM2.5)
Forecast AQI: 135-160, Unhealthy for Sensitive Groups; may reach RED (151+)
Area: Halverson, Fenwick and surrounding counties
Valid: Wednesday, June 7, 2023, midnight to midnight

Smoke from wildfires in eastern Canada is expected to move into the region
tonight. People with asthma, COPD or other lung disease, heart disease, older
adults, children and pregnant people should limit prolonged or heavy exertion
outdoors. Keep windows closed and run air conditioning on recirculate if
possible. Keep quick-relief medicines with you.

N95 respirators (not surgical masks) offer protection against smoke particles.

Forecast updates: airquality-halverson.gov
""")

add('clean', 'news', '',
    'Harbor Choice Health Plan - Provider Relations <providernews@harborchoice-health.com>',
    'Provider Offices <provider-bulletin@harborchoice-health.com>',
    'Formulary update effective 5/1/2024: respiratory biologics and inhalers', 'Mon, 01 Apr 2024 07:00:00 -0400',
    """HARBOR CHOICE HEALTH PLAN - PROVIDER BULLETIN 2024-07

Effective May 1, 2024, the following changes apply to Commercial and Exchange
formularies:

RESPIRATORY BIOLOGICS (specialty tier, PA required)
  - Tezepelumab: moves to PREFERRED. Eosinophil threshold removed from criteria.
  - Mepolizumab, benralizumab: remain preferred; renewal period extended
    from 6 to 12 months after the initial approval.
  - Omalizumab: preferred; weight/IgE dosing table must be submitted.
  - Dupilumab: preferred for asthma with eos >= 150 or OCS-dependent.
  - Site-of-care: after 3 observed doses, self-administration at home is
    required unless a documented exception applies.

INHALERS
  - Brand Flovent HFA removed; fluticasone propionate HFA (authorized generic)
    is preferred. Members currently on Flovent will receive a letter.
  - Budesonide/formoterol generic moves to tier 1.

The full criteria documents are available in the provider portal under
Pharmacy > Clinical Policies. Questions: Provider Services 1-800-555-0125.
""")
# =====================================================================
# CLEAN: staff
# =====================================================================
add('clean', 'staff', '',
    '"Nadia Ferreira, RRT" <nferreira@briarwoodpulm.org>',
    '"Priscilla Vance, MD" <pvance@briarwoodpulm.org>, "Colin Ashby, MD" <cashby@briarwoodpulm.org>',
    'methacholine protocol - switching to 5-step?', 'Fri, 08 Mar 2024 13:05:26 -0500',
    """Hi both,

Since the new dosimeter came in, I'd like to move our methacholine challenge
from the old 2-minute tidal breathing protocol to the ERS 2017 style
(provocative dose, PD20, with the Aerosol Provocation System). Main changes:

 - report PD20 in mcg instead of PC20 in mg/mL
 - 4 doubling doses instead of 10, so tests are ~25 min shorter
 - still hold ICS 6h? (ERS says no need for ICS, we currently ask for 6h)
 - FEV1 baseline must be >= 60% pred and >= 1.5 L

We'd need new report templates and a short sheet for referring docs on how to
read PD20. I'm thinking start April 15. Any objection? Would be good to agree
on what we tell patients about holding montelukast too.

Nadia
""")

add('clean', 'staff', '',
    '"Samir Haddad, MD" <shaddad@briarwoodpulm.org>',
    'Pulmonary Physicians <pulm-mds@briarwoodpulm.org>',
    'curbside: ILD + progressive hypoxemia, thoughts?', 'Tue, 26 Mar 2024 19:48:02 -0400',
    """Looking for opinions before our Thursday conference.

60s male, ex-smoker (~30 pk-yr, quit 10 yrs ago), retired machinist. CT shows
basal-predominant reticulation with some traction bronchiectasis, but also
upper-lobe centrilobular nodules and mosaic attenuation. No definite
honeycombing. Serologies negative. FVC has dropped ~12% over a year, DLCO in
the 40s. Exposure history is vague - he mentions a feather comforter and
metalworking fluids.

My instinct is fibrotic HP over UIP, and I'd like BAL with lymphocyte count
before committing to antifibrotics vs. steroids. Would anyone go straight to
cryobiopsy? And does anyone have a good antigen panel lab they trust?

Sam
""")

add('clean', 'staff', '',
    '"Colette Aubertin, RRT" <caubertin@keelhomeresp.com>',
    '"Denise Wolcott" <dwolcott@keelhomeresp.com>',
    'vent program staffing - we need a 4th RT', 'Mon, 08 Apr 2024 07:55:15 -0400',
    """Denise,

Putting this in writing as you asked. Current home vent census is 38 (up from
29 in October): 21 trach/invasive, 17 NIV with backup rate. We have 3 RTs for
the program plus on-call rotation shared with the sleep team.

Each invasive pt gets a monthly visit and circuit change; new starts need 3
visits in the first 2 weeks. Last month we did 71 scheduled visits and 23
urgent ones, and on-call took 40 calls overnight. Two of us are averaging
52 hrs/week.

Halverson Regional told us to expect 3-4 more trach discharges this quarter.
I'd like to post a 4th RRT position (or at least per diem) before summer.

Colette
""")

add('clean', 'staff', '',
    '"Renee Kastellic, RN" <rkastellic@briarwoodpulm.org>',
    'CF Care Team <cf-team@briarwoodpulm.org>',
    'reminder: CF infection prevention - updated clinic flow', 'Tue, 02 Apr 2024 12:10:00 -0400',
    """Hi team,

Quick reminder of the updated infection prevention flow, effective now:

1. All CF patients mask (surgical) from the parking lot to the exam room.
2. Room them immediately - no waiting room, no shared toys/tablets.
3. Staff wear gown + gloves for every CF patient, regardless of culture results.
4. Pts with B. cepacia complex, M. abscessus or MRSA go last in the day or in
   rooms 11/12, and the room sits empty 30 min after.
5. PFTs done in the exam room with the portable spirometer, filter changed
   between patients. No more PFT lab visits for CF pts.
6. Families with more than one child with CF: siblings can share a room.

The laminated cards are at each nursing station. Questions to me.

Renee
""")

add('clean', 'staff', '',
    '"Priscilla Vance, MD" <pvance@briarwoodpulm.org>',
    'Allergy Nurses <allergy-rn@briarwoodpulm.org>',
    'anaphylaxis drill debrief - good job, a few fixes', 'Thu, 11 Apr 2024 17:26:41 -0400',
    """Thanks everyone for today's mock code in the shot room. Timeline from the
scenario (simulated systemic reaction 8 min after a build-up injection):

  0:00  "patient" (Joy, great acting) reports throat tightness
  0:40  nurse at bedside, alarm pressed
  1:55  first epi IM given - goal is < 2 min, we made it
  3:30  O2 on, pulse ox placed
  5:10  second provider arrived; crash cart opened
  6:45  911 call simulated

Fixes:
 - the 1 mg/mL vials in cart #2 were expired (12/2023) - replaced today
 - pulse ox in the shot room had dead batteries
 - nobody knew where the spacer for the albuterol was - it's now taped to the cart
 - we should call 911 earlier, in parallel with epi, not after

Next drill is in July, unannounced.

PV
""")

add('clean', 'staff', '',
    '"Gabe Lindqvist, MS, ACSM-CEP" <glindqvist@briarwoodpulm.org>',
    '"Colin Ashby, MD" <cashby@briarwoodpulm.org>',
    'pulm rehab Q1 outcomes for the QI report', 'Wed, 10 Apr 2024 10:34:19 -0400',
    """Colin,

Q1 2024 rehab outcomes, aggregate for the QI report:

  Enrolled:                      41   (COPD 29, ILD 6, bronchiectasis 3, other 3)
  Completed >= 30 sessions:      28   (68%; goal 65%)
  Dropped:                       9    (4 hospitalized, 3 transport, 2 lost)
  Still active:                  4

  Completers, mean change:
    6MWT                         +58 m   (MCID ~30 m; 79% of completers met it)
    CAT score                    -5.1
    mMRC                         -0.8
    PHQ-9                        -2.3

No adverse events during sessions. Two falls outside of rehab were reported
by participants. The transportation issue is the main reason for dropout
again - worth raising with the county paratransit folks.

Gabe
""")

add('clean', 'staff', '',
    '"Hollis Mbatha, PharmD" <hmbatha@briarwoodrx.com>',
    'Pharmacy Staff <rx-staff@briarwoodrx.com>',
    'Q: biologic temperature excursions - what we tell callers', 'Mon, 15 Apr 2024 09:02:33 -0400',
    """Hi all,

We've had a run of calls from patients whose coolers sat on the porch. To
keep our answers consistent, from the labeling / manufacturer med info:

  dupilumab pen/syringe     may be kept at room temp up to 77F for 14 days
  omalizumab PFS            2 days at room temp total (cumulative)
  mepolizumab autoinjector  7 days unopened below 86F
  benralizumab pen          14 days below 77F
  tezepelumab pen           30 days below 77F

Anything that froze, got above those temps, or where the patient can't say
how long it sat out: DO NOT tell them it's fine - document it, quarantine
the dose, and call the manufacturer med info line for a stability decision.
Replacement goes through the excursion workflow in the dispensing system.

Hollis
""")
# =====================================================================
# CLEAN: training
# =====================================================================
add('clean', 'training', '',
    '"Lena Ortiz" <lortiz@briarwoodpulm.org>',
    'New Hires - April <newhires-apr@briarwoodpulm.org>',
    'Meditrak training sandbox logins + practice patients', 'Mon, 01 Apr 2024 08:30:00 -0400',
    """Welcome! For Wednesday's Meditrak EHR class, log into the TRAINING
environment only (https://train.meditrak-hs.com/baapa). Your login is your
network ID + "_trn", password Spring2024!train (you'll reset it).

Practice patients - these are fake and only exist in TRAIN:

  ZZTEST, ASTHMA        MRN 9999001   DOB 01/01/1980  - use for refill + action plan
  ZZTEST, COPD          MRN 9999002   DOB 01/01/1950  - use for O2 order + PFT order
  ZZTEST, CFPEDS        MRN 9999003   DOB 01/01/2015  - use for sweat test order
  TEST, PATIENT         MRN 9999004   DOB 01/01/1970  - registration exercise

Do NOT look up real patients "for practice" in production - that's a
privacy violation and it's audited.

Lena Ortiz
Clinical Applications Trainer
""")

add('clean', 'training', '',
    '"Tessa Lowry" <tlowry@meditrak-hs.com>',
    '"Oscar Bergmann" <obergmann@briarwoodpulm.org>',
    'Demo recap: PFT results interface + sample messages', 'Thu, 29 Feb 2024 16:40:05 -0500',
    r"""Hi Oscar,

Thanks for the time today. As promised, here's the sample ORU we walked
through in the demo. It's from our standard test script - synthetic data, the
DOE^JOHN test patient that ships with every build.

MSH|^~\&|PFTSIM|DEMO_LAB|MEDITRAK|DEMO|20240101120000||ORU^R01|TEST000001|T|2.5.1
PID|1||TEST0001^^^DEMO^MR||DOE^JOHN^Q||19000101|M|||123 TEST ST^^ANYTOWN^ZZ^00000
OBR|1|DEMOORD1|DEMOFILL1|94010^SPIROMETRY^CPT|||20240101113000
OBX|1|NM|20150-9^FEV1^LN||3.50|L|||||F
OBX|2|NM|19868-9^FVC^LN||4.40|L|||||F
OBX|3|TX|PFTINTERP^Interpretation^L||SAMPLE INTERPRETATION - NOT A REAL PATIENT||||||F

Note MSH-11 = T (training). The production feed will use P, and the engine
will reject any T message that reaches PROD.

Next steps: your team builds the Vyntus outbound, we run the 40-message test
script in TST the week of 3/4.

Tessa Lowry
Integration Consultant, Meditrak Health Systems
""")

_fhir_demo = """{
  "resourceType": "Patient",
  "id": "example",
  "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST", "display": "test health data"}]},
  "identifier": [{"system": "https://sandbox.rxlink-api.io/mrn", "value": "SANDBOX-000123"}],
  "name": [{"family": "Example", "given": ["Patient", "Test"]}],
  "gender": "unknown",
  "birthDate": "1900-01-01",
  "address": [{"line": ["1 Sandbox Way"], "city": "Testville", "state": "ZZ", "postalCode": "00000"}]
}
"""
add('clean', 'training', '',
    'RxLink Developer Relations <devrel@rxlink-api.io>',
    '"Oscar Bergmann" <obergmann@briarwoodpulm.org>',
    'Welcome to the RxLink sandbox - your API keys and sample payloads', 'Mon, 04 Mar 2024 11:00:00 -0500',
    """Hi Oscar,

Your sandbox tenant "briarwood-sbx" is ready.

Sandbox base URL: https://sandbox.rxlink-api.io/fhir/r4
Client ID: sbx-briarwood-7731 (secret is in the developer console)

Every sandbox tenant comes preloaded with synthetic patients tagged HTEST.
Please never send production PHI to the sandbox. A sample Patient resource is
attached; try POSTing a MedicationRequest that references Patient/example to
see the routing response.

Docs: https://docs.rxlink-api.io/quickstart

Happy building,
RxLink DevRel
""", atts=[('sample-patient-example.json', _fhir_demo.encode(), 'application', 'json')])

add('clean', 'training', '',
    '"Colin Ashby, MD" <cashby@briarwoodpulm.org>',
    'Residents - Pulm Rotation <pulm-residents@briarwoodpulm.org>',
    'spirometry teaching case for Friday (sample record)', 'Wed, 13 Mar 2024 21:10:12 -0400',
    """Residents - please work through this before Friday noon conference. It's a
sample record I built for teaching, not a real patient.

SAMPLE RECORD - John Doe, 45 M, 178 cm, never smoker
                 Pre       %pred     Post      %chg
  FVC (L)        4.21      88        4.39      +4%
  FEV1 (L)       2.62      69        3.10      +18%
  FEV1/FVC       0.62                0.71
  FEF25-75       1.48      41        2.35      +59%
  DLCO                     104

Questions:
 1. Is there obstruction? Use LLN, not the fixed 0.70 ratio.
 2. Is the bronchodilator response significant by the 2022 ATS/ERS standard
    (>10% of predicted)?
 3. What does a normal DLCO push you toward?
 4. Would you order a methacholine challenge? Why or why not?

Bring answers on paper. Pizza provided.

CA
""")

add('clean', 'training', '',
    '"Denise Wolcott" <dwolcott@keelhomeresp.com>',
    'New Drivers & Techs <newhires@keelhomeresp.com>',
    'Orientation day 2 - how to fill out a delivery ticket (example)', 'Tue, 09 Apr 2024 07:30:00 -0400',
    """Morning all,

Today we go over delivery tickets. Below is the SAMPLE ticket we use in class -
"Jane Sample" is made up, so is the address. Fill in a blank one the same way
during the ride-along.

  KEEL HOME RESPIRATORY - DELIVERY / SETUP TICKET      ** TRAINING SAMPLE **
  Patient: SAMPLE, JANE                Acct: K-000000
  Address: 100 Example Ave, Anytown OH 00000
  Items:   [x] stationary concentrator   SN: DEMO-0001
           [x] E cylinders x 4           [ ] POC
           [x] cannula + 25 ft tubing    [ ] nebulizer
  Flow ordered: 2 L/min                  Checked at setup: 2 L/min
  Education: [x] fire safety  [x] no smoking sign posted  [x] cleaning
  Signature of patient/caregiver: __________________

Rules of the road: never change a flow rate, even if the patient asks. Call
the on-call RT. Cylinders ride upright and secured, always.

Denise Wolcott
Operations Manager, Keel Home Respiratory
""")

add('clean', 'training', '',
    '"Rhonda Kemp" <rkemp@keelhomeresp.com>',
    'EDI Support - ClearHub <edisupport@clearhub-edi.com>',
    'test file for onboarding (ISA15=T) - please validate', 'Tue, 09 Jan 2024 14:18:50 -0500',
    """Hi ClearHub,

Here is our test 837P for the onboarding validation step. All test data,
ISA15 = T. Please confirm the 999 comes back clean.

ISA*00*          *00*          *ZZ*KEELHR01       *ZZ*CLEARHUB       *240109*1410*^*00501*000000001*1*T*:~
GS*HC*KEELHR01*CLEARHUB*20240109*1410*1*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*TEST0001*20240109*1410*CH~
NM1*41*2*KEEL HOME RESPIRATORY LLC*****46*KHR7731~
PER*IC*RHONDA KEMP*TE*6145550124~
NM1*40*2*CLEARHUB*****46*CLRHB~
HL*1**20*1~
NM1*85*2*KEEL HOME RESPIRATORY LLC*****XX*1497758320~
N3*2600 INDUSTRIAL PKWY~
N4*FENWICK*OH*431309912~
REF*EI*314455902~
HL*2*1*22*0~
SBR*P*18*******CI~
NM1*IL*1*ZZTESTPATIENT*ONE****MI*TEST00000001~
N3*1 TEST ST~
N4*TESTTOWN*OH*00000~
DMG*D8*19000101*U~
NM1*PR*2*CLEARHUB TEST PAYER*****PI*99999~
CLM*TESTCLM0001*100.00***12:B:1*Y*A*Y*Y~
HI*ABK:Z0000~
LX*1~
SV1*HC:E1390:RR*100.00*UN*1***1~
DTP*472*D8*20240101~
SE*24*0001~
GE*1*1~
IEA*1*000000001~

Thanks,
Rhonda
""", cte='quoted-printable')


# =====================================================================
# write out
# =====================================================================
def main():
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        for fname, m, label, kind, patient in MSGS:
            with open(os.path.join(OUT, fname), 'wb') as g:
                g.write(m.as_bytes(policy=email.policy.SMTP))
            w.writerow([fname, label, kind, patient if label == 'phi' else ''])


if __name__ == '__main__':
    main()
