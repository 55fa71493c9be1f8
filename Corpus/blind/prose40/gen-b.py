#!/usr/bin/env python3
# Blind evaluation mail set -- regional health insurer (UM, A&G, member services, CM, PBM).
# Standard library only; deterministic.
import sys, os, io, csv, zipfile, random, json
import html as htmlmod
import email.policy
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta

SEED = 4002
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

ROWS = []
COUNT = {}
MSGNO = [0]


def d(mo, day, h, mi, s=0, year=2025):
    # US Eastern; DST began 9 Mar 2025
    dst = (year == 2025 and (mo > 3 or (mo == 3 and day >= 9)) and mo < 11)
    off = -4 if dst else -5
    return format_datetime(datetime(year, mo, day, h, mi, s,
                                    tzinfo=timezone(timedelta(hours=off))))


def to_html(text):
    paras = text.strip('\n').split('\n\n')
    out = []
    for p in paras:
        out.append('<p>' + htmlmod.escape(p).replace('\n', '<br>\n') + '</p>')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#1f1f1f">\n'
            + '\n'.join(out) + '\n</body></html>\n')


def _cte(s):
    # plain ASCII text with RFC-legal line lengths goes out unencoded, like most mailers
    if s.isascii() and max(len(l) for l in s.split('\n')) < 990:
        return '7bit'
    return None


def mk(label, kind, frm, to, subj, date, body, patient='', cc=None, html=None,
       atts=(), cte=None, hdrs=()):
    MSGNO[0] += 1
    i = MSGNO[0]
    n = COUNT.get((label, kind), 0) + 1
    COUNT[(label, kind)] = n
    fname = '%s-%s-%03d.eml' % (label, kind, n)
    m = EmailMessage()
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subj
    m['Date'] = date
    dom = frm.split('@')[-1].strip('> ')
    m['Message-ID'] = '<%08x%04x.%d@%s>' % (random.getrandbits(32), random.getrandbits(16), i, dom)
    for k, v in hdrs:
        m[k] = v
    m.set_content(body, cte=cte or _cte(body))
    if html is True:
        html = to_html(body)
    if html:
        if _cte(html):
            m.add_alternative(html, subtype='html', cte='7bit')
        else:
            m.add_alternative(html, subtype='html')
    for fn, data, ctype in atts:
        mt, st = ctype.split('/')
        if isinstance(data, str) and mt == 'text':
            if _cte(data):
                m.add_attachment(data, subtype=st, filename=fn, cte='7bit')
            else:
                m.add_attachment(data, subtype=st, filename=fn)
        else:
            if isinstance(data, str):
                data = data.encode('utf-8')
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    j = 0
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (i, j))
            j += 1
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(m.as_bytes(policy=email.policy.SMTP))
    ROWS.append((fname, label, kind, patient))


def zip_bytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 3, 7, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def xlsx_bytes(rows, sheet='Sheet1'):
    def col(ci):
        s = ''
        ci += 1
        while ci:
            ci, r = divmod(ci - 1, 26)
            s = chr(65 + r) + s
        return s
    srows = []
    for ri, r in enumerate(rows):
        cells = []
        for ci, v in enumerate(r):
            ref = '%s%d' % (col(ci), ri + 1)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, htmlmod.escape(str(v), quote=False)))
        srows.append('<row r="%d">%s</row>' % (ri + 1, ''.join(cells)))
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
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % sheet),
        ('xl/_rels/workbook.xml.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
         + ''.join(srows) + '</sheetData></worksheet>'),
    ]
    return zip_bytes(files)


def csv_text(rows):
    b = io.StringIO()
    w = csv.writer(b, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return b.getvalue()


NG_DISC = """CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the
sole use of the intended recipient(s) and may contain confidential and privileged
information, including protected health information. Any unauthorized review, use,
disclosure or distribution is prohibited. If you are not the intended recipient, please
contact the sender by reply e-mail and destroy all copies of the original message."""

NG_DISC_SHORT = "Northgate Regional Health Plan | This message may contain confidential information. If received in error, please notify the sender and delete."

STA_DISC = """This electronic message from St. Aldric Medical Center is intended only for the
named recipient and may contain information that is privileged and confidential. If you
have received this in error, notify the sender immediately and delete it."""

HVH_DISC = "Harlow Valley Health System -- PRIVILEGED & CONFIDENTIAL. Do not forward outside the intended recipients."

# =====================================================================
# PHI -- care
# =====================================================================
mk('phi', 'care',
   '"Renata Szabo, RN CCM" <rszabo@staldric.org>',
   'UM Concurrent Review <um.concurrentreview@northgaterhp.com>',
   'RE: Concurrent review - HOLLIS, RAYMOND - Auth 25-IP-0031877',
   d(3, 3, 11, 52, 8),
   """Good morning,

Clinical update for day 3 on Mr. Hollis.

Came in through our ED late Saturday short of breath, sats 84% on room air. Admitted to
step-down, BiPAP overnight. Weaned to 3L nasal cannula Sunday and down to 2L this morning.
CXR yesterday improved from admission. Getting IV Lasix 40 BID, switched to PO this AM.
Net negative 2.1 L since admit. BNP 1,840 -> 960.

PT/OT saw him yesterday - walked 60 ft with rolling walker, min assist. PT recommending
short-term SNF; family would prefer home w/ home health, we're talking with the son today.
Will send SNF referral packet Wed if that's the direction.

Please extend the auth through 3/5, next review Wed.

Thank you,
Renata Szabo, RN, CCM
Utilization Review / Case Management
St. Aldric Medical Center
p 555-0147 x3312 | f 555-0148

-----Original Message-----
From: UM Concurrent Review <um.concurrentreview@northgaterhp.com>
Sent: Saturday, March 1, 2025 4:40 PM
To: Szabo, Renata <rszabo@staldric.org>
Subject: Concurrent review - HOLLIS, RAYMOND - Auth 25-IP-0031877

Inpatient notification received. Auth 25-IP-0031877 approved 3/1-3/2 (2 days), level of
care: inpatient. Please send clinicals by 12:00 on 3/3 for continued stay review.

Northgate UM Concurrent Review Team
Fax 555-0190

""" + STA_DISC + "\n",
   patient='Hollis')

mk('phi', 'care',
   '"Keisha Barnwell, RN" <kbarnwell@northgaterhp.com>',
   '"Lorna Pike" <lorna.pike@pinecrestortho.com>',
   'Auth approved - L knee scope - Greer',
   d(3, 5, 14, 7, 41),
   """Hi Lorna,

The request for Ms. Annaliese Greer's left knee arthroscopy with partial medial meniscectomy
(29881) at Pinecrest Surgery Center is approved.

  Ref: PA-2025-0318842
  Valid: 03/10/2025 - 06/08/2025, 1 unit, outpatient

Post-op PT is approved separately, 12 visits under PA-2025-0318843. If Dr. Castellanos wants
more after her re-eval just send the progress note and the updated plan of care.

The cold therapy unit (E0218) on the same request was not approved - it's a benefit
exclusion on her plan, not a medical necessity thing, so an appeal won't change it. She'll
get the letter in the mail this week.

Let me know if the surgery date moves outside the window.

Keisha Barnwell, RN
Utilization Management - Outpatient
Northgate Regional Health Plan
Direct 555-0151 | Fax 555-0190

""" + NG_DISC + "\n",
   patient='Greer', html=True)

mk('phi', 'care',
   'Jennifer Akers <jakers@northgaterhp.com>',
   'Mike Dunleavy <mdunleavy@northgaterhp.com>',
   'Dolores Yazzie - warfarin question',
   d(3, 6, 16, 22, 3),
   """Mike -

talked to Dolores Yazzie's daughter (Bernadette) this afternoon. Dolores has been home 2 wks
since the R hip replacement, home health PT coming 3x/wk. she missed her INR check tuesday b/c
the van never showed. last INR on 2/26 was 3.6 and Dr. Whitehorse dropped her warfarin to 5 mg
daily except 7.5 on Mon/Fri.

daughter also says she's been taking ibuprofen "from the drawer" for the hip pain. I told her
to stop and call the clinic, but can you pull the fill history? I think she may still be
getting enoxaparin refills off the post-op script too, which would be a problem.

thanks
Jen

Jennifer Akers, RN, CCM | Care Manager | Northgate Regional Health Plan | 555-0156
""",
   patient='Yazzie')

mk('phi', 'care',
   '"ScriptBridge Rx Clinical Review" <clinicalreview@scriptbridgerx.com>',
   'Northgate Pharmacy UM <pharmacy.um@northgaterhp.com>',
   'Step therapy exception - plan decision needed - case SBX-7740218',
   d(3, 4, 9, 3, 55),
   """Northgate Pharmacy UM team,

The following case requires plan medical director review under policy RX-114 (GLP-1 step
therapy). Please respond by 03/06/2025 17:00 CT to meet the 72-hour turnaround.

Member: KOWALCZYK, BRANDON J
Group: NRH-SG-0412
Drug requested: semaglutide 0.5 mg/dose pen, inject weekly, qty 1 pen / 28 days
Prescriber: Amira Haddad, MD - Lakeside Family Medicine

Fill history on file:
 - metformin ER 1000 mg BID, continuous since 2021
 - glipizide 10 mg daily added 06/2023
Most recent A1c 9.1% (01/28/2025), prior 8.7% (08/2024). Weight 264 lb per prescriber.
Prescriber reports GI intolerance when metformin was increased beyond 2000 mg/day.

Criterion 3b (trial of a DPP-4 inhibitor or SGLT2) not met per claims; prescriber states the
member could not afford sitagliptin copay in 2024 and did not fill. Reviewer recommendation:
approve x 6 months with A1c recheck, pending plan concurrence.

Carolyn Mbatha, PharmD
Clinical Pharmacist, Prior Authorization
ScriptBridge Rx | 555-0177

This communication may contain protected health information. ScriptBridge Rx acts as a
business associate of the plan sponsor.
""",
   patient='Kowalczyk')

mk('phi', 'care',
   '"Theo Lindgren" <tlindgren@northgaterhp.com>',
   'Keystone External Review <cases@keystoneexternalreview.org>',
   'External review case file - APL-25-00942 (Raghunathan)',
   d(3, 7, 10, 31, 12),
   """Hello,

Per your request of 3/5, attached is the index for the case file on member Priya Raghunathan.
The full document set is going over your SFTP drop this afternoon.

Summary: the member is appealing our denial of continued stay at Brookhaven Acute Rehab beyond
02/20/2025. She was admitted to Brookhaven on 2/6 directly from Mercy Linden Regional after a
6-day stay for new left-sided weakness. PT/OT notes show she went from max assist to contact
guard for transfers during the first 10 days but plateaued per the 2/18 team conference; our
physician reviewer determined she could continue at SNF level. Her husband and the rehab
physiatrist (Dr. Osterhaus) dispute this and note she was still needing 2 therapies daily
and had a fall on 2/19.

Level 1 was upheld on 2/27. She requested external review 3/3.

Please confirm receipt.

Theo Lindgren
Appeals & Grievances Coordinator
Northgate Regional Health Plan
P 555-0163  F 555-0191

""" + NG_DISC + "\n",
   patient='Raghunathan',
   atts=[('case_index_APL-25-00942.txt',
          """CASE FILE INDEX - APL-25-00942
Member: Raghunathan, Priya    Plan ID: NRH-22718804-01
Service: Acute inpatient rehabilitation, continued stay from 02/21/2025
Facility: Brookhaven Acute Rehab

 #  Document                                           Pages
 1  Initial adverse determination letter 02/19/2025        4
 2  Level 1 appeal request - Dr. K. Osterhaus, physiatry   3
 3  Level 1 appeal - husband's letter                      2
 4  Brookhaven PT/OT daily notes 02/06-02/20             38
 5  Weekly team conference notes 02/11, 02/18              6
 6  Mercy Linden discharge summary 02/06                   5
 7  Fall incident note 02/19                               1
 8  Level 1 decision letter 02/27/2025                     3
 9  Criteria applied (IRF continued stay, v2024)            2
""", 'text/plain')])

mk('phi', 'care',
   '"Tammy - Lakeside GI billing" <billing@lakesidegi.com>',
   'provider.services@northgaterhp.com',
   'anesthesia claim kicked back',
   d(3, 11, 15, 48, 20),
   """hi - pt Gus Thibodeaux had his colonoscopy w/ us 3/4, dr removed 3 polyps, path still pending.
anesthesia claim got rejected for no auth but i thought the procedure auth covers the
anesthesia?? can someone look. his id is on the claim. thx

Tammy
Lakeside GI billing
555-0162
""",
   patient='Thibodeaux')

mk('phi', 'care',
   '"HVH Discharge Planning" <dcplanning@harlowvalley.org>',
   'Care Transitions <cm.transitions@northgaterhp.com>',
   'Discharge notification - Vasquez-Hume, Eleanor',
   d(3, 11, 13, 5, 0),
   """DISCHARGE NOTIFICATION - Harlow Valley Hospital

Patient: Eleanor Vasquez-Hume
Admit: 02/27/2025   Discharge: 03/11/2025
Disposition: Home with home infusion and home health nursing

Infusion: ertapenem 1 g IV every 24 hours x 14 days via right arm PICC (placed 3/10).
First home dose due 3/12 AM. Vendor: HomeWell Infusion, 555-0173.
Labs: weekly CBC and BMP drawn from PICC, Mondays, results to Dr. Ferreira.
Wound: dressing change daily by family, HH RN visits 3x/week.

Follow-up:
  - Surgery clinic wound check 03/14
  - Infectious Disease, Dr. Ferreira, 03/19 10:40
  - PCP within 7 days

Discharge planner: Odile Marchand, RN, 555-0129

""" + HVH_DISC + "\n",
   patient='Vasquez-Hume',
   html="""<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<h3 style="color:#004b87">DISCHARGE NOTIFICATION &ndash; Harlow Valley Hospital</h3>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td><b>Patient</b></td><td>Eleanor Vasquez-Hume</td></tr>
<tr><td><b>Admit</b></td><td>02/27/2025</td></tr>
<tr><td><b>Discharge</b></td><td>03/11/2025</td></tr>
<tr><td><b>Disposition</b></td><td>Home with home infusion and home health nursing</td></tr>
</table>
<p><b>Infusion:</b> ertapenem 1 g IV every 24 hours x 14 days via right arm PICC (placed 3/10).
First home dose due 3/12 AM. Vendor: HomeWell Infusion, 555-0173.<br>
<b>Labs:</b> weekly CBC and BMP drawn from PICC, Mondays, results to Dr. Ferreira.<br>
<b>Wound:</b> dressing change daily by family, HH RN visits 3x/week.</p>
<p><b>Follow-up:</b></p>
<ul><li>Surgery clinic wound check 03/14</li>
<li>Infectious Disease, Dr. Ferreira, 03/19 10:40</li>
<li>PCP within 7 days</li></ul>
<p>Discharge planner: Odile Marchand, RN, 555-0129</p>
<p style="font-size:8pt;color:#777">Harlow Valley Health System &ndash; PRIVILEGED &amp; CONFIDENTIAL. Do not forward outside the intended recipients.</p>
</body></html>
""")

mk('phi', 'care',
   'Destiny Calloway <dcalloway@northgaterhp.com>',
   'Care Management Intake <cm.intake@northgaterhp.com>',
   'FW: call note - chemo nausea / patch coverage',
   d(3, 10, 12, 40, 2),
   """Hi team, sending this over for outreach. Husband sounded pretty overwhelmed.
Thanks, Destiny

-----Original Message-----
From: Destiny Calloway
Sent: Monday, March 10, 2025 11:58 AM
To: Destiny Calloway <dcalloway@northgaterhp.com>
Subject: call note

Caller: Erik Sørgaard (spouse, HIPAA auth on file)
Member: Linnea Sørgaard
Reason for call: Mrs. Sørgaard finished her 4th round of chemo at Oakmere Oncology last
Wednesday. Vomiting since Friday, couldn't keep the ondansetron tablets down, went to urgent
care Sunday for IV fluids. Oncologist sent in the granisetron patch and the pharmacy quoted
$600+. Husband also asking if a home health nurse can do fluids at home instead of going back
to urgent care.
Action: advised PA needed for patch, warm transfer to ScriptBridge PA line. Referred to CM.

Destiny Calloway
Member Services Representative II
Northgate Regional Health Plan
""",
   patient='Sørgaard', cte='quoted-printable')

# =====================================================================
# PHI -- names
# =====================================================================
mk('phi', 'names',
   '"Marisol Ibarra" <mibarra@bridgeviewcardio.com>',
   'um.outpatient@northgaterhp.com',
   'Nguyễn Thị Hồng - PA status?',
   d(3, 12, 9, 15, 33),
   """Hi,

Following up on the prior auth we faxed over 3/3 for the echo and the 14-day Zio monitor.
Portal still says "pended - clinicals received". Dr. Patel wants both done before her
follow up on the 20th. Can someone take a look?

Thank you!

Marisol Ibarra
Prior Authorization Coordinator
Bridgeview Cardiology Associates
ph 555-0119 | fax 555-0120
""",
   patient='Nguyễn Thị Hồng')

mk('phi', 'names',
   '"Gina Marchetti" <referrals@falkvascular.com>',
   'Northgate UM <um.outpatient@northgaterhp.com>',
   'Adeyemi, Oluwaseun -- peer to peer request re CTA denial',
   d(3, 7, 13, 2, 9),
   """To Northgate UM,

Dr. Falk is requesting a peer-to-peer with the reviewing physician regarding the denial of
the CT angiogram abdomen/pelvis with bilateral runoff for Adeyemi, Oluwaseun (your ref
UM-25-118204, dated 3/6).

Pt has worsening calf pain walking less than one block, ABI 0.62 on the right done in office
2/25, and failed 12 wks of supervised walking. Dr. Falk feels he needs imaging to plan
intervention.

Dr. Falk is available Tues/Thurs 12-1 or after 4:30. Please call 555-0138 and ask for me.

Gina Marchetti
Surgical Scheduler
Falk Vascular & Vein Specialists
""",
   patient='Adeyemi')

mk('phi', 'names',
   'Paulette Reyes <preyes@northgaterhp.com>',
   'DME Team <dme.team@northgaterhp.com>',
   'power wheelchair repair - wife calling again',
   d(3, 5, 10, 44, 17),
   """Hi DME team,

Mr. van der Berg's wife called for the third time this week about his power chair. Joystick
controller quit on 2/24 and he's been mostly in bed since, she's worried about his skin
because he had a bad pressure sore on his tailbone last fall. The vendor (Mobility Plus) told
her they're waiting on our repair auth.

Can someone check where it stands? She asked for a callback today at the home number in the
system.

Thanks,
Paulette
Member Services Rep II
x4471
""",
   patient='van der Berg')

mk('phi', 'names',
   'Jennifer Akers <jakers@northgaterhp.com>',
   'Samuel Oduya <soduya@northgaterhp.com>',
   'heads up - friday dc',
   d(3, 11, 17, 3, 58),
   """sam - heads up, Delphine (4 West at Harlow, the trach/vent lady you covered last week) is
going home friday to her sister's house, NOT the LTACH. RT vendor needs the vent order by
thursday and the sister hasn't done trach care training yet - hospital is doing it wed +
thurs. can you make sure the private duty nursing auth goes in? they asked for 16 hrs/day.

I'm out thurs-fri.
j
""",
   patient='Delphine')

mk('phi', 'names',
   '"Rania Toubia" <rtoubia@northgaterhp.com>',
   'SwiftRide Operations <ops@swiftridetransport.com>',
   'Grievance GRV-25-01187 - missed dialysis pickup 3/6',
   d(3, 7, 9, 20, 0),
   """Hello SwiftRide team,

We received a grievance from the son of our member, Mrs. Fatima Al-Hashimi, about a missed
pickup on Thursday 3/6. She has standing rides Tue/Thu/Sat to Rivergate Dialysis Center for a
6:15 am chair time. Per the family, the driver never arrived and dispatch did not answer
after 5:45. She missed her dialysis session that day and ended up in the Mercy Linden ED that
evening.

Please send the trip log, GPS history for the assigned vehicle, and dispatch call records
for that morning within 5 business days (by 3/14). We also need your corrective action plan
for this route, this is the second missed Al-Hashimi trip this quarter.

Regards,
Rania Toubia
Grievance Specialist, Appeals & Grievances
Northgate Regional Health Plan
555-0165

""" + NG_DISC + "\n",
   patient='Al-Hashimi')

mk('phi', 'names',
   'Paulette Reyes <preyes@northgaterhp.com>',
   'Claims Research <claims.research@northgaterhp.com>',
   'ER claim denied as non-emergent -- Wójcik',
   d(3, 4, 15, 12, 44),
   """Claims team,

Mr. Wójcik (Grzegorz) called about the denial on his 2/27 ER visit at St. Aldric. Denied as
non-emergent. He went in at 2 am with chest pain and left arm tingling, they did serial
troponins, EKG and a CT chest. Everything came back OK and the final code was a muscle
strain, which I think is what the edit keyed on.

Isn't this exactly the prudent layperson situation? Can you reprocess or tell me what he
needs to send. He's upset, got a $2,300 bill.

Paulette
""",
   patient='Wójcik', cte='quoted-printable')

mk('phi', 'names',
   '"Hyun-joo Park, MSW" <hpark@mercylinden.org>',
   'Samuel Oduya <soduya@northgaterhp.com>',
   'RE: Venkataraman L. - SNF choice',
   d(3, 13, 14, 26, 37),
   """Hi Sam,

Mrs. V's family has picked Brookside Manor as first choice, Elmhurst Care Center second.
She's POD 5 from the hip ORIF, PT has her up 40 ft with walker, still needs mod assist for
toileting. Pain controlled on oral meds. We'd like to move her Saturday if you can get the
SNF auth turned around by Fri noon.

Her son Arjun is the contact, he has the HIPAA release on file with you I think.

Thanks!
Hyun-joo

Hyun-joo Park, MSW, LCSW
Care Coordination, Mercy Linden Regional
555-0131

> -----Original Message-----
> From: Samuel Oduya <soduya@northgaterhp.com>
> Sent: Thursday, March 13, 2025 9:02 AM
> To: Park, Hyun-joo <hpark@mercylinden.org>
> Subject: Venkataraman L. - SNF choice
>
> Hi Hyun-joo, any word from Lakshmi Venkataraman's family on facility choice? I can't
> start the SNF auth until I have the accepting facility.
> Sam
""",
   patient='Venkataraman')

mk('phi', 'names',
   '"ScriptBridge Rx Prior Auth" <pa.noreply@scriptbridgerx.com>',
   'derm.office@riverbenddermatology.com',
   'RE: dupilumab renewal - Ní Bhriain',
   d(3, 14, 8, 5, 11),
   """Hello Riverbend Dermatology,

The renewal request for Siobhán Ní Bhriain's dupilumab 300 mg/2 mL pen, 1 pen every 14 days,
has been APPROVED.

Approval period: 03/14/2025 through 03/13/2026
Case number: SBX-7751046

The chart notes you sent (EASI down from 28 to 6 since starting) met continuation criteria.
Please have the patient fill through ScriptBridge Specialty, 555-0178.

ScriptBridge Rx Prior Authorization Department
Do not reply to this mailbox.
""",
   patient='Ní Bhriain', cte='base64')
# =====================================================================
# PHI -- self
# =====================================================================
mk('phi', 'self',
   'Carla Benedetti <carla.benedetti82@gmail.com>',
   'memberservices@northgaterhp.com',
   'bill for mammogram??',
   d(3, 3, 20, 17, 9),
   """Hello,

My name is Carla Benedetti, member ID NRH-40022917-02 (I'm on my husband's plan through his
work). I had my yearly screening mammogram on Feb 12 at Harlow Valley Imaging and then they
called me back for a diagnostic mammogram and an ultrasound on Feb 21 because they saw
something on the left side. Thankfully the ultrasound was fine, just a cyst.

But now I got a bill for $412.60 for the second visit saying it went to my deductible. I
thought this was supposed to be covered 100%? Can someone explain or reprocess it?

Thank you,
Carla
(555) 014-3390
""",
   patient='Benedetti')

mk('phi', 'self',
   '"Ana Ruiz" <anaruiz.fam@yahoo.com>',
   'memberservices@northgaterhp.com',
   "my son's ADHD medicine - pharmacy says need approval",
   d(3, 12, 7, 2, 44),
   """hi, my son Mateo Ruiz (dob 6/2/2016) has been on Vyvanse 30mg for over a year and now the
pharmacy says it needs a prior authorization because of the new formulary?? he has been
out for 3 days and his teacher already called me. his doctor is dr. Lee at Sunnyfield
Pediatrics. can you please help, what do i need to do

thank you
Ana (Mateo's mom)

Sent from my iPhone
""",
   patient='Ruiz')

mk('phi', 'self',
   'dpettigrew77@outlook.com',
   'grievances@northgaterhp.com',
   'THIRD TIME - want to file complaint',
   d(3, 6, 21, 40, 3),
   """this is the third time i've tried to get an answer so im putting it in writing.

i'm Dwayne Pettigrew, i had rotator cuff surgery on my right shoulder at Pinecrest on jan 9
and my surgeon ordered 24 PT visits. you approved 8. I've done 8 and i still cant lift my arm
over my head. my PT (Kyle at Motion Rehab) sent in notes 2 weeks ago and nobody called anybody
back. i'm a mechanic, i can't work like this.

i want this filed as a formal grievance and i want a supervisor to call me 555-0186.

Dwayne
""",
   patient='Pettigrew')

mk('phi', 'self',
   '"Margaret Achterberg-Lowe" <m.achterberglowe@fastmail.com>',
   'Northgate Member Services <memberservices@northgaterhp.com>',
   'Request for assistance - my mother, Rosalind Achterberg',
   d(3, 8, 10, 12, 0),
   """Dear Member Services,

I am writing on behalf of my mother, Rosalind Achterberg (born 11 Aug 1939), who is a member
of your Medicare Advantage plan. I am her healthcare proxy; the signed form was faxed to you
on March 3.

Mother receives injections in both eyes every six weeks at Clearview Retina Associates for
her macular degeneration. Her last two visits (Jan 14 and Feb 25) were billed to her as
out-of-network, although the practice assures me they are in your network. She has received
statements totalling $1,906.

In addition, she fell twice in February at home - once in the bathroom - and her physician
has suggested a home safety evaluation and possibly some physical therapy at home. Could a
care manager be assigned to help us arrange this?

I can be reached at 555-0142 during the day.

Kind regards,
Margaret Achterberg-Lowe
(daughter)
""",
   patient='Achterberg', html=True)

mk('phi', 'self',
   'Tom Kirkegaard <tkirkegaard@comcast.net>',
   'Jennifer Akers <jakers@northgaterhp.com>',
   'Re: checking in',
   d(3, 11, 19, 6, 30),
   """Hi Jen,

yes still doing the Lantus 22 units at night. mornings have been 130-150 mostly, had one low
of 62 on sunday after i skipped dinner (my fault). saw Dr Haddad last tuesday, she wants me
to start the Jardiance but the pharmacy said $95 a month -- is that right?? Also the foot doc
appt is 3/24.

thanks for checking on me
Tom

On Mon, Mar 10, 2025 at 2:14 PM Jennifer Akers <jakers@northgaterhp.com> wrote:
> Hi Tom,
>
> Just checking in after our call last month. How are your morning sugars running since the
> dose change? Were you able to get in with Dr. Haddad? Let me know if you still need the
> podiatry referral.
>
> Jennifer Akers, RN, CCM
> Care Manager | Northgate Regional Health Plan
> 555-0156
""",
   patient='Kirkegaard')

mk('phi', 'self',
   'Jasmine Whitfield-Ortiz <jazzy.wo@gmail.com>',
   'memberservices@northgaterhp.com',
   'Growth ultrasound denied??',
   d(3, 14, 12, 51, 9),
   """Hi,

I'm 28 weeks pregnant (due June 2) and my OB at Harlow Women's Health wants me to have growth
scans every 4 weeks because my first baby was small and I've had high blood pressure this
pregnancy. The first one (2/26) got denied as "not medically necessary." I have the next one
scheduled 3/26 and I'm scared to go if I'm going to get another bill.

Do I need to file an appeal? Or does my doctor have to do it?

Jasmine Whitfield-Ortiz
Member ID NRH-61034472-01
DOB 09/30/1994
""",
   patient='Whitfield-Ortiz', cte='base64')

mk('phi', 'self',
   '"Harvey Lindqvist" <hlindqvist@protonmail.com>',
   'claims@northgaterhp.com',
   'Out of network reimbursement - therapy sessions Oct-Dec',
   d(3, 17, 8, 33, 21),
   """To whom it may concern,

I am requesting reimbursement for out-of-network outpatient psychotherapy. I saw my counselor,
Dana Whitcombe, LPC, weekly from October through December (12 sessions, 90837) for depression
after my divorce. I paid $160 per session out of pocket. The superbill is attached.

Name: Harvey Lindqvist
DOB: 1979-05-23
Member ID: NRH-58820193-01

Please let me know if anything else is needed.

Harvey
""",
   patient='Lindqvist', cte='quoted-printable',
   atts=[('superbill_Lindqvist_Q4.txt',
          """DANA WHITCOMBE, MA, LPC -- Counseling & Psychotherapy
412 Fenwick St, Suite 2, Millbrook   Tax ID 81-4402917   NPI 1740392856

STATEMENT FOR INSURANCE REIMBURSEMENT
Client: Harvey Lindqvist      DOB: 05/23/1979
Diagnosis: F32.1 Major depressive disorder, single episode, moderate

Date        CPT     Description                        Fee     Paid
10/02/2024  90837   Psychotherapy, 60 min            160.00   160.00
10/09/2024  90837   Psychotherapy, 60 min            160.00   160.00
10/16/2024  90837   Psychotherapy, 60 min            160.00   160.00
10/30/2024  90837   Psychotherapy, 60 min            160.00   160.00
11/06/2024  90837   Psychotherapy, 60 min            160.00   160.00
11/13/2024  90837   Psychotherapy, 60 min            160.00   160.00
11/20/2024  90837   Psychotherapy, 60 min            160.00   160.00
12/04/2024  90837   Psychotherapy, 60 min            160.00   160.00
12/11/2024  90837   Psychotherapy, 60 min            160.00   160.00
12/18/2024  90837   Psychotherapy, 60 min            160.00   160.00
12/23/2024  90837   Psychotherapy, 60 min            160.00   160.00
12/30/2024  90837   Psychotherapy, 60 min            160.00   160.00
                                             TOTAL  1920.00  1920.00
""", 'text/plain')])
# =====================================================================
# PHI -- ids
# =====================================================================
mk('phi', 'ids',
   '"Kwame Asante" <kasante@northgaterhp.com>',
   'Claims Research <claims.research@northgaterhp.com>',
   'callback needed NRH55209311',
   d(3, 4, 16, 55, 2),
   """pls call member back re: sleep study claim (DOS 2/11, in-lab polysomnography at Mercy Linden
sleep lab) showing denied no auth. member says the lab told her the auth was on file.
DOB 3.4.88. best # 555-0127 after 5pm.
thx
K
""",
   patient='')

mk('phi', 'ids',
   '"Bridget Coyle" <bcoyle@bridgeviewcardio.com>',
   'provider.services@northgaterhp.com',
   'eligibility question - cath 3/18',
   d(3, 10, 11, 21, 48),
   """Hi, portal output below. He's scheduled for an outpatient left heart cath on 3/18 with
Dr. Patel at St. Aldric. Do we need a separate auth for the cath or does it fall under the
cardiology referral? Portal wasn't clear.

  SUBSCRIBER ID ..... W229384710
  NAME .............. STRAND, ELLIOT K
  DOB ............... 19620917
  PLAN .............. NRH GOLD HMO 2025
  PCP ............... HADDAD, AMIRA MD
  STATUS ............ ACTIVE 01/01/2025 - 12/31/2025
  REFERRAL .......... RF-2025-0044871 CARDIOLOGY 6 VISITS (2 USED)

thanks
Bridget Coyle
Bridgeview Cardiology Associates
""",
   patient='Strand')

mk('phi', 'ids',
   '"Corinne Abbott, RN" <cabbott@harlowvalley.org>',
   'Care Management Intake <cm.intake@northgaterhp.com>',
   'CM referral - frequent ED use',
   d(3, 12, 15, 30, 0),
   """Hello,

Referring for care management outreach. Patient consented in the ED today.

Name: Yolanda Briggs
HVH MRN 00482211
DOB 4 Mar 1971
Your member # 6620-88174

7 ED visits since November, all for asthma flares, 2 admissions. Ran out of her controller
inhaler in December and hasn't had a PCP since hers retired. Lives with 2 grandkids, no car.
Cell 555-0109, prefers texts.

Corinne Abbott, RN
ED Case Management, Harlow Valley Hospital
555-0124

""" + HVH_DISC + "\n",
   patient='Briggs')

mk('phi', 'ids',
   'Paulette Reyes <preyes@northgaterhp.com>',
   'HomeWell Infusion Intake <intake@homewellinfusion.com>',
   'Address change for wound vac supply deliveries - Emberley',
   d(3, 13, 10, 2, 14),
   """Hi HomeWell,

Our member Harold Emberley called today; his wound vac canisters and dressings were delivered
to his old address twice. He has moved in with his daughter. New delivery info:

  1187 Quarry Hollow Rd, Apt 3B
  Millbrook, OH 44905
  Home (555) 014-2277 / daughter Lisa cell 555-0188

He's down to 2 canisters and the home health nurse changes the dressing M/W/F, so he needs
the delivery by Friday. Please confirm.

Thanks,
Paulette Reyes
Member Services Rep II, Northgate Regional Health Plan

""" + NG_DISC_SHORT + "\n",
   patient='Emberley')

mk('phi', 'ids',
   '"Patient Financial Services" <pfs.followup@staldric.org>',
   'provider.services@northgaterhp.com',
   'Denied claim 25022-88110 / Acct# 7730019284',
   d(3, 17, 13, 44, 10),
   """Northgate Provider Services,

Requesting reconsideration on the following:

Acct# 7730019284
Pt DOB 01-22-1957
DOS 01/19/2025
Svc: ED visit level 4, CT head w/o contrast, simple repair 3.0 cm forehead laceration
Claim # 25022-88110  billed $4,816.00  denied CARC 197 (precert/auth absent)

Emergency services do not require precertification under our agreement (section 4.2).
Please reprocess. ED record attached to the portal submission, ref PRV-8841302.

Lorraine Kapoor
PFS Follow-Up Specialist, St. Aldric Medical Center
555-0146
""",
   patient='')

mk('phi', 'ids',
   '"Clearwater Labs Client Services" <clientservices@clearwaterlabs.com>',
   'Northgate Eligibility <eligibility@northgaterhp.com>',
   'Specimen billing hold - accession L25-0448817',
   d(3, 6, 9, 48, 0),
   """Good morning,

We are holding billing on accession L25-0448817 (collected 03/05/2025, Lakeside Family
Medicine draw station). Insurance on the requisition: Northgate, member ID ending -4471,
patient R. Castaneda, DOB 10/10/1960. Our eligibility check returns "subscriber not found".

Tests performed: HbA1c (result 8.4%), lipid panel, CMP, urine microalbumin.

Can you confirm the correct member ID? Otherwise the patient will be billed as self-pay.

Clearwater Labs Client Services
1-555-0199 option 3
""",
   patient='Castaneda')

mk('phi', 'ids',
   '"ScriptBridge Rx Member Services" <memberservices@scriptbridgerx.com>',
   'Northgate Medicare Ops <medicare.ops@northgaterhp.com>',
   'Transition fill override request - MBI 4QX7-RM2-KA19',
   d(3, 18, 11, 9, 26),
   """Northgate Medicare Ops,

Requesting a transition fill override for a new enrollee whose prior plan covered a drug
that is non-formulary here.

Member: Eulalia Brandt, born March 14th, 1949
MBI: 4QX7-RM2-KA19
Northgate ID: NRH-M-90044127
Effective: 03/01/2025
Drug: tiotropium/olodaterol inhaler, 1 inhaler/30 days
Pharmacy: Millbrook Community Pharmacy, NCPDP 4419283

Claim rejected 70 (product not covered). Member has been on this inhaler for 3 years per the
prior plan's records. Please approve a 30-day transition supply.

Refilwe Dlamini
ScriptBridge Rx, Medicare Part D Services
""",
   patient='Brandt')

mk('phi', 'ids',
   '"Front desk - Northside Family Health" <frontdesk@northsidefh.net>',
   'um.outpatient@northgaterhp.com',
   'home sleep test auth?? chart CH-118274',
   d(3, 19, 16, 28, 51),
   """Hello

Need to know if Mr. Osei's home sleep study needs auth, the order is from Dr Abara, he snores,
wife says he stops breathing at night, very sleepy driving. Chart CH-118274, DOB 2/29/64.
his cell is 555-0114 if you need him, Kofi Osei. member# NRH71190438

thank you
Adaeze, front desk
Northside Family Health
""",
   patient='Osei')
# =====================================================================
# PHI -- lists
# =====================================================================
mk('phi', 'lists',
   '"Keisha Barnwell, RN" <kbarnwell@northgaterhp.com>',
   'UM Outpatient RN Team <um.op.rn@northgaterhp.com>',
   'am huddle - aging pends >48h',
   d(3, 18, 7, 46, 5),
   "Morning all - these are sitting >48h, please grab yours before 10. Denials over 72h TAT get\n"
   "reported to compliance this month so let's not.\n\n"
   "PA#\tMember\tDOB\tService\tRequesting\tRN\tWaiting on\n"
   "PA-2025-0319020\tTrinh, Khanh\t05/11/1977\tMRI brain w/wo\tHarlow Neuro\tKB\tneuro notes\n"
   "PA-2025-0319077\tMcAllister, Joan\t12/02/1948\tL4-5 ESI\tPinecrest Spine\tDR\tPT records\n"
   "PA-2025-0319102\tBoateng, Kwabena\t07/19/1990\tsleep study in-lab\tMercy Linden\tKB\tHST result\n"
   "PA-2025-0319145\tLarsen-Diaz, Marta\t03/30/1965\tPET/CT\tOakmere Onc\tTS\tMD review\n"
   "PA-2025-0319150\tHolloway, Denise\t08/08/1983\tbariatric eval\tSt. Aldric\tDR\tdiet hx\n"
   "PA-2025-0319188\tFeliciano, Ramon\t01/15/2012\tspeech tx 24v\tSunnyfield\tTS\teval\n\n"
   "Keisha\n",
   patient='Trinh')

mk('phi', 'lists',
   '"Samuel Oduya" <soduya@northgaterhp.com>',
   'CM Team B <cm.teamb@northgaterhp.com>',
   'weekend sign-out Fri 3/14',
   d(3, 14, 16, 58, 0),
   """Weekend sign-out -- CM Team B (on call: Tasha Sat, me Sun)

* Bautista, Rogelio (NRH-31177560) -- post-CABG, home 3/10. Cardiac rehab auth pending,
  wife asking about shower chair. Call Sat to check daily weights, he gained 3 lb Thu.
* Kessler-Obi, Naomi -- 34 wks, BP 150s/90s at OB visit yesterday, started labetalol. Told to
  go to L&D for headache/vision changes. Check in Sun.
* Mr. Petrakis (Dimitrios) -- hospice eval Mon 10am, daughter Eleni aware. No action unless
  family calls.
* Hollis, Raymond -- Brookside SNF day 9, doing well, tentative d/c 3/20. Nothing this wknd.
* Yazzie, Dolores -- INR Mon, van confirmed. Pharmacy flagged enoxaparin refill, MD aware.
* Venkataraman, Lakshmi -- moves to Brookside Sat, SNF auth 25-SNF-0008812 in.

Pager goes to Tasha 8a Sat.
Sam
""",
   patient='Bautista')

pbm_rows = [
    ['rx_claim_id', 'member_id', 'last_name', 'first_name', 'dob', 'ndc', 'drug', 'qty', 'days', 'reject', 'pharmacy'],
    ['RX2503110042', 'NRH30448812', 'OYELARAN', 'FOLAKE', '1971-06-04', '00169-4132-12', 'SEMAGLUTIDE 1MG PEN', '3', '28', '75 PA REQUIRED', 'MILLBROOK COMMUNITY'],
    ['RX2503110187', 'NRH22718804', 'DUCHARME', 'ANTOINE', '1958-11-23', '00074-4339-02', 'ADALIMUMAB 40MG PEN', '2', '28', '75 PA REQUIRED', 'SCRIPTBRIDGE SPECIALTY'],
    ['RX2503110233', 'NRH61034472', 'TANAKA', 'EMIKO', '1986-02-17', '59762-0037-01', 'SERTRALINE 100MG', '90', '90', '79 REFILL TOO SOON', 'QUIKMART PHARMACY #22'],
    ['RX2503110391', 'NRH40022917', 'HARGREAVES', 'COLIN', '1944-09-09', '00597-0153-30', 'EMPAGLIFLOZIN 10MG', '30', '30', '70 NOT COVERED', 'HARLOW VALLEY OP PHARM'],
    ['RX2503110402', 'NRH58820193', 'ABUBAKAR', 'HALIMA', '2009-04-30', '59148-0006-13', 'ARIPIPRAZOLE 5MG', '30', '30', '75 PA REQUIRED', 'MILLBROOK COMMUNITY'],
    ['RX2503110555', 'NRH71190438', 'SILVA', 'JOAO', '1977-12-01', '00006-0277-31', 'SITAGLIPTIN 100MG', '30', '30', '76 PLAN LIMITS EXCEEDED', 'QUIKMART PHARMACY #22'],
]
mk('phi', 'lists',
   '"Darnell Whitaker" <dwhitaker@scriptbridgerx.com>',
   'Mike Dunleavy <mdunleavy@northgaterhp.com>',
   'rejected claims for outreach - 3/11',
   d(3, 12, 8, 12, 44),
   """Mike,

Attached are yesterday's rejects that hit the outreach rule (maintenance meds, no PA on file,
no paid claim in 5 days). 6 members. Let me know if you want these split by CM team going
forward.

Darnell Whitaker
Account Manager, ScriptBridge Rx
555-0176
""",
   patient='Oyelaran',
   atts=[('rejects_outreach_20250311.csv', csv_text(pbm_rows), 'text/csv')])

mk('phi', 'lists',
   '"Northgate Reporting" <reporting@northgaterhp.com>',
   'Medical Directors <meddir@northgaterhp.com>',
   'High cost claimant report - February 2025',
   d(3, 7, 6, 0, 0),
   """NORTHGATE REGIONAL HEALTH PLAN                        RUN DATE 03/07/2025  PAGE 1
HIGH COST CLAIMANT REPORT (PAID > $100,000 ROLLING 12 MO)          PERIOD 03/2024-02/2025
-----------------------------------------------------------------------------------------
MEMBER ID     NAME                    DOB         PAID 12MO    PRIMARY DRIVER
------------  ----------------------  ----------  -----------  --------------------------
NRH22718804   RAGHUNATHAN, PRIYA      1961-08-14   $212,408.17 INPT + IRF, STROKE
NRH30448812   HOLLIS, RAYMOND         1951-07-14   $188,930.02 CHF ADMITS X3
NRH80033165   PHAM, ANH T             1975-01-28   $176,244.50 HEMOPHILIA FACTOR
NRH52093318   MAHLANGU, THANDIWE N    1983-06-19   $154,771.88 NICU (DEPENDENT)
NRH44100287   GRÜNEWALD, FRIEDA       1955-03-02   $131,006.40 CAR-T THERAPY
NRH60117294   QUINTERO, LUCIA         1990-08-12   $118,522.91 TRANSPLANT EVAL
NRH31177560   BAUTISTA, ROGELIO       1956-10-05   $104,399.00 CABG
-----------------------------------------------------------------------------------------
7 MEMBERS   TOTAL $1,086,282.88
CONFIDENTIAL - CONTAINS PHI - INTERNAL USE ONLY
""",
   patient='Raghunathan')

readmit_rows = [
    ['member_id', 'member_name', 'dob', 'index_admit', 'index_dc', 'readmit_date', 'facility', 'index_reason', 'readmit_reason', 'cm_assigned'],
    ['NRH30448812', 'Hollis, Raymond', '07/14/1951', '01/06/2025', '01/11/2025', '02/01/2025', 'St. Aldric', 'CHF exacerbation', 'CHF exacerbation', 'Akers'],
    ['NRH66102934', 'Ferreira-Lund, Ines', '02/21/1949', '01/19/2025', '01/23/2025', '02/09/2025', 'Mercy Linden', 'COPD', 'pneumonia', 'Oduya'],
    ['NRH70218855', 'Mwangi, Peter', '11/30/1962', '02/02/2025', '02/05/2025', '02/20/2025', 'Harlow Valley', 'GI bleed', 'GI bleed', ''],
    ['NRH50399102', 'Dubois, Therese', '05/05/1940', '01/28/2025', '02/03/2025', '02/26/2025', 'St. Aldric', 'hip fracture', 'UTI/sepsis', 'Akers'],
    ['NRH48821370', 'Kaur, Harpreet', '09/17/1974', '02/10/2025', '02/12/2025', '02/24/2025', 'Mercy Linden', 'DKA', 'DKA', 'Oduya'],
]
mk('phi', 'lists',
   '"Priscilla Nakamura" <pnakamura@northgaterhp.com>',
   'Care Management Leads <cm.leads@northgaterhp.com>',
   '30-day readmits Feb - zipped',
   d(3, 3, 8, 5, 19),
   """Hi leads,

February 30-day all-cause readmits attached (zip, password in a separate email per usual).
Peter Mwangi doesn't have a CM yet - can someone pick him up this week?

Thanks,
Priscilla Nakamura, MPH
Quality Analytics
""",
   patient='Hollis',
   atts=[('readmits_2025-02.zip', zip_bytes([('readmits_2025-02.csv', csv_text(readmit_rows))]), 'application/zip')])

caseload = [
    ['CM', 'Member', 'Member ID', 'DOB', 'Program', 'Acuity', 'Last contact', 'Next step'],
    ['Akers', 'Kirkegaard, Thomas', 'NRH47702218', '1968-04-11', 'Diabetes', 'Moderate', '2025-03-11', 'podiatry 3/24'],
    ['Akers', 'Yazzie, Dolores', 'NRH39910457', '1944-12-20', 'Post-acute', 'High', '2025-03-06', 'INR 3/17'],
    ['Akers', 'Briggs, Yolanda', '6620-88174', '1971-03-04', 'Asthma / ED diversion', 'High', '2025-03-13', 'PCP assign'],
    ['Oduya', 'Venkataraman, Lakshmi', 'NRH55018823', '1942-07-07', 'Post-acute', 'High', '2025-03-13', 'SNF f/u'],
    ['Oduya', 'Sørgaard, Linnea', 'NRH62288104', '1972-10-02', 'Oncology', 'High', '2025-03-10', 'home hydration'],
    ['Oduya', 'Whitfield-Ortiz, Jasmine', 'NRH61034472', '1994-09-30', 'High-risk OB', 'Moderate', '2025-03-14', 'growth US 3/26'],
    ['Tasha S.', 'Achterberg, Rosalind', 'NRH-M-77120046', '1939-08-11', 'Falls / home safety', 'Moderate', '2025-03-12', 'HH eval'],
]
mk('phi', 'lists',
   '"Tasha Sinclair, RN" <tsinclair@northgaterhp.com>',
   '"Gloria Ambrose" <gambrose@northgaterhp.com>',
   'Q1 caseload for audit',
   d(3, 17, 14, 10, 2),
   """Gloria - here's the Team B caseload export you asked for the NCQA file audit. Only pulled
the ones with a touch in the last 2 weeks. Tell me if you need the older ones too.

Tasha
""",
   patient='Kirkegaard',
   atts=[('CM_TeamB_caseload_Q1.xlsx', xlsx_bytes(caseload, 'Caseload'),
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')])

census_txt = """Northgate members in house - St. Aldric - 03/19/2025 0700

Rm    | Name                   | DOB        | Admit  | Svc   | Reason                 | Status
------+------------------------+------------+--------+-------+------------------------+---------
4N-408| Castellanos, Beatriz   | 1958-02-14 | 03/15  | MED   | cellulitis L leg       | IP d4
5N-512| Mahlangu, Thandiwe     | 1983-06-19 | 03/11  | MED   | pancreatitis           | IP d8
6S-611| Oyelaran, Folake       | 1971-06-04 | 03/18  | SURG  | lap chole              | OBS
ICU-3 | Antonescu, Mihai       | 1949-01-30 | 03/17  | ICU   | resp failure, intub.   | IP d2
L&D-7 | Kessler-Obi, Naomi     | 1991-11-08 | 03/18  | OB    | preeclampsia, IOL      | IP d1
"""
census_html = """<html><body style="font-family:Segoe UI,Arial;font-size:10pt">
<p>Northgate members in house &ndash; St. Aldric &ndash; 03/19/2025 0700</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr style="background:#dde"><th>Rm</th><th>Name</th><th>DOB</th><th>Admit</th><th>Svc</th><th>Reason</th><th>Status</th></tr>
<tr><td>4N-408</td><td>Castellanos, Beatriz</td><td>1958-02-14</td><td>03/15</td><td>MED</td><td>cellulitis L leg</td><td>IP d4</td></tr>
<tr><td>5N-512</td><td>Mahlangu, Thandiwe</td><td>1983-06-19</td><td>03/11</td><td>MED</td><td>pancreatitis</td><td>IP d8</td></tr>
<tr><td>6S-611</td><td>Oyelaran, Folake</td><td>1971-06-04</td><td>03/18</td><td>SURG</td><td>lap chole</td><td>OBS</td></tr>
<tr><td>ICU-3</td><td>Antonescu, Mihai</td><td>1949-01-30</td><td>03/17</td><td>ICU</td><td>resp failure, intub.</td><td>IP d2</td></tr>
<tr><td>L&amp;D-7</td><td>Kessler-Obi, Naomi</td><td>1991-11-08</td><td>03/18</td><td>OB</td><td>preeclampsia, IOL</td><td>IP d1</td></tr>
</table>
<p>Renata<br>UR/CM St. Aldric x3312</p>
</body></html>
"""
mk('phi', 'lists',
   '"Renata Szabo, RN CCM" <rszabo@staldric.org>',
   'UM Concurrent Review <um.concurrentreview@northgaterhp.com>',
   'daily census - your members',
   d(3, 19, 7, 14, 40),
   census_txt + "\nRenata\nUR/CM St. Aldric x3312\n\n" + STA_DISC + "\n",
   patient='Castellanos', html=census_html)
# =====================================================================
# PHI -- struct
# =====================================================================
hl7_adt = r"""MSH|^~\&|EPICADT|STALDRIC|NGRHP_NOTIFY|NGRHP|202503110642||ADT^A01^ADT_A01|STA2503110642118|P|2.5.1
EVN|A01|202503110638
PID|1||E2217734^^^STA^MR~NRH52093318^^^NGRHP^MB||MAHLANGU^THANDIWE^N||19830619|F|||4418 Copperleaf Dr^^Millbrook^OH^44902||(555)014-6620|||S||STA88120457
PV1|1|I|5N^512^A^STALDRIC||||1881725634^OKAFOR^EMEKA^^^^MD|||MED||||7|||1881725634^OKAFOR^EMEKA^^^^MD|IN||NGRHP|||||||||||||||||||||||||202503110455
DG1|1||K85.9^Acute pancreatitis, unspecified^I10|||A
IN1|1|NRHGOLD|NGRHP1|NORTHGATE REGIONAL HEALTH PLAN|||||||||||MAHLANGU^THANDIWE^N|SEL|19830619"""
mk('phi', 'struct',
   '"Luis Echeverria" <lecheverria@staldric.org>',
   'Northgate EDI Support <edi.support@northgaterhp.com>',
   'ADT feed down - manual admit notices 3/11',
   d(3, 11, 7, 2, 15),
   """Hi Northgate EDI,

Our outbound ADT to you has been failing since Sunday (ticket STA-INT-20931 on our side).
Per the workaround Darnell set up with your team, pasting today's admit notices for your
members until the VPN tunnel is fixed. Only one so far this morning:

""" + hl7_adt + """

Will send any others at noon.

Luis Echeverria
Integration Analyst, IS Interfaces
St. Aldric Medical Center | 555-0149
""",
   patient='Mahlangu')

x837 = """NM1*IL*1*QUINTERO*LUCIA****MI*NRH60117294~
N3*72 ALDER BEND RD~
N4*MILLBROOK*OH*44903~
DMG*D8*19900812*F~
NM1*PR*2*NORTHGATE REGIONAL HEALTH PLAN*****PI*NGRHP1~
CLM*PFT2503071*185***11:B:1*Y*A*Y*Y~
DTP*431*D8*20250301~
HI*ABK:M54.50*ABF:M51.26~
NM1*82*1*DEVEREUX*COLIN****XX*1629384757~
PRV*PE*PXC*225100000X~
LX*1~
SV1*HC:97110*90*UN*2***1~
DTP*472*D8*20250307~
LX*2~
SV1*HC:97140*95*UN*2***1~
DTP*472*D8*20250307~"""
mk('phi', 'struct',
   'billing@peakformpt.com',
   'Northgate EDI Support <edi.support@northgaterhp.com>',
   '277CA reject A7:562 - what are we doing wrong',
   d(3, 12, 13, 37, 0),
   """hey EDI team,

this claim keeps rejecting on the 277CA with A7:562 (entity's NPI) for the rendering. NPI is
active, we checked NPPES. here's the 2010BA thru 2400 from our clearinghouse file, maybe you
can see it:

""" + x837 + """

DOS 3/7 was her first visit after the back injury, we've done 3 more since and those
will reject too if we can't fix this.

thanks,
Renee
Peak Form Physical Therapy - billing
555-0116
""",
   patient='Quintero')

x835 = """ISA*00*          *00*          *ZZ*NGRHP          *ZZ*LAKESIDEFM     *250312*0905*^*00501*000004417*0*P*:~
GS*HP*NGRHP*LAKESIDEFM*20250312*0905*4417*X*005010X221A1~
ST*835*0001~
BPR*I*397.40*C*ACH*CCP*01*999888777*DA*000111222333*1810293847**01*111222333*DA*444555666*20250312~
TRN*1*EFT88201934*1810293847~
DTM*405*20250312~
N1*PR*NORTHGATE REGIONAL HEALTH PLAN~
N1*PE*LAKESIDE FAMILY MEDICINE*XX*1457388201~
LX*1~
CLP*LFM250219A*1*245*168.4*25*12*NRH250220114887*11*1~
NM1*QC*1*ABERNATHY*WILLA*R***MI*NRH70022841~
DTM*232*20250219~
SVC*HC:99214*245*168.4**1~
CAS*PR*2*25~
CAS*CO*45*51.6~
CLP*LFM250221C*4*180*0*0*12*NRH250222119004*11*1~
NM1*QC*1*FONTAINE*JULIEN****MI*NRH70051923~
DTM*232*20250221~
SVC*HC:90791*180*0**1~
CAS*CO*197*180~
CLP*LFM250224B*1*310*229*81*12*NRH250225120551*11*1~
NM1*QC*1*IBEKWE*CHIAMAKA****MI*NRH70063310~
DTM*232*20250224~
SVC*HC:99395*190*190**1~
SVC*HC:90715*120*39**1~
CAS*PR*3*81~
SE*27*0001~
GE*1*4417~
IEA*1*000004417~
"""
mk('phi', 'struct',
   '"Vanessa Oduro" <voduro@lakesidefamilymed.com>',
   'provider.services@northgaterhp.com',
   '835 3/12 - question on Fontaine denial',
   d(3, 13, 10, 19, 8),
   """Good morning,

Attached is the 835 we got 3/12 (EFT88201934). Julien Fontaine's claim for the 2/21 intake
(90791, behavioral health integration visit with our LCSW) denied CO-197. Our contract says
BH intake doesn't need auth for in-network providers. Can you take a look and tell me if we
should resubmit or appeal?

The other two on the remit look right.

Vanessa Oduro, CPC
Billing Manager
Lakeside Family Medicine
555-0158
""",
   patient='Fontaine',
   atts=[('NGRHP_835_20250312.txt', x835, 'text/plain')])

x271 = """ST*271*0001*005010X279A1~
BHT*0022*11*REQ88410223*20250319*1402~
HL*1**20*1~
NM1*PR*2*NORTHGATE REGIONAL HEALTH PLAN*****PI*NGRHP1~
HL*2*1*21*1~
NM1*1P*2*MERCY LINDEN BEHAVIORAL HEALTH*****XX*1396071128~
HL*3*2*22*0~
TRN*2*93175-012547*9877281234~
NM1*IL*1*PHAM*ANH*T***MI*NRH80033165~
N3*2290 WILLOW CREST LN~
N4*MILLBROOK*OH*44906~
DMG*D8*19750128*M~
DTP*346*D8*20250101~
EB*1*IND*30**GOLD HMO~
EB*C*IND*30***23*1500*****Y~
EB*I*IND*CF****27**********Y~
MSG*INTENSIVE OUTPATIENT NOT COVERED WITHOUT AUTH~
EB*B*IND*A7***27*40*****Y~
SE*18*0001~"""
mk('phi', 'struct',
   '"Mercy Linden Patient Access" <patientaccess@mercylinden.org>',
   'provider.services@northgaterhp.com',
   '271 says IOP not covered? intake tomorrow',
   d(3, 19, 14, 20, 5),
   """Hi,

Patient Anh Pham is scheduled for intensive outpatient program intake tomorrow 3/20 at 9am
(referred by ED after his visit Sunday). The 271 we pulled shows the EB*I segment for CF with
the message below. Is this really excluded or does it just need the auth? Our BH intake
coordinator can send clinicals today.

""" + x271 + """

Thanks
Brianna
Patient Access - Mercy Linden Regional
555-0133
""",
   patient='Pham')

fhir_bundle = {
    "resourceType": "Bundle",
    "type": "searchset",
    "total": 3,
    "entry": [
        {"resource": {
            "resourceType": "Patient", "id": "ngr-8f3a21c7",
            "identifier": [{"system": "https://fhir.northgaterhp.com/sid/member-id", "value": "NRH44100287"}],
            "name": [{"family": "Grünewald", "given": ["Frieda", "Anna"]}],
            "gender": "female", "birthDate": "1955-03-02",
            "address": [{"line": ["14 Kestrel Way"], "city": "Millbrook", "state": "OH", "postalCode": "44902"}],
            "telecom": [{"system": "phone", "value": "555-014-7731"}]}},
        {"resource": {
            "resourceType": "ExplanationOfBenefit", "id": "eob-25-0218834",
            "status": "active", "type": {"coding": [{"code": "institutional"}]},
            "patient": {"reference": "Patient/ngr-8f3a21c7"},
            "billablePeriod": {"start": "2025-02-03", "end": "2025-02-17"},
            "provider": {"display": "Oakmere Cancer Institute"},
            "diagnosis": [{"sequence": 1, "diagnosisCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C83.38", "display": "Diffuse large B-cell lymphoma, lymph nodes of multiple sites"}]}}],
            "item": [{"sequence": 1, "productOrService": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "0540T"}]}, "adjudication": []}]}},
        {"resource": {
            "resourceType": "MedicationRequest", "id": "mr-55102",
            "status": "active", "intent": "order",
            "subject": {"reference": "Patient/ngr-8f3a21c7"},
            "medicationCodeableConcept": {"text": "tocilizumab 8 mg/kg IV PRN CRS"},
            "authoredOn": "2025-02-04"}},
    ]
}
mk('phi', 'struct',
   '"Arjun Mehta" <amehta@northgaterhp.com>',
   '"Lindsay Crane" <lcrane@healthbridgeapi.io>',
   'Patient Access API - EOB adjudication array empty (prod example)',
   d(3, 18, 15, 52, 33),
   """Lindsay,

Following up on our call. Here's a real prod response from the /ExplanationOfBenefit
search where adjudication comes back empty on the item. Member gave us permission to use her
record for the defect ticket; please keep it inside the BAA environment and delete after.

Request: GET /fhir/R4/ExplanationOfBenefit?patient=ngr-8f3a21c7&_include=ExplanationOfBenefit:patient

Bundle attached. The CAR-T claim (billable period Feb 3-17) is the one the member saw
with $0 everywhere in the app and called in about.

Arjun Mehta
Interoperability Engineer, IT
Northgate Regional Health Plan
""",
   patient='Grünewald',
   atts=[('eob_bundle_ngr-8f3a21c7.json', json.dumps(fhir_bundle, indent=2, ensure_ascii=False), 'application/json')])

ccd = """<recordTarget>
  <patientRole>
    <id extension="H7718203" root="2.16.840.1.113883.3.9921.1.2"/>
    <addr use="HP"><streetAddressLine>806 Lantern Hill Rd</streetAddressLine><city>Millbrook</city><state>OH</state><postalCode>44901</postalCode></addr>
    <telecom use="HP" value="tel:+1-555-014-5528"/>
    <patient>
      <name use="L"><given>Augustin</given><family>Mbeki-Laurent</family></name>
      <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime value="19520411"/>
    </patient>
  </patientRole>
</recordTarget>
...
<section>
  <templateId root="2.16.840.1.113883.10.20.22.2.5.1"/>
  <title>PROBLEMS</title>
  <text><list>
    <item>Chronic systolic heart failure, EF 30%</item>
    <item>Type 2 diabetes with CKD stage 3b</item>
    <item>s/p ICD placement 03/2025</item>
  </list></text>
</section>
<section>
  <title>MEDICATIONS</title>
  <text><list>
    <item>sacubitril/valsartan 49/51 mg BID</item>
    <item>carvedilol 12.5 mg BID</item>
    <item>insulin glargine 18 units qHS</item>
  </list></text>
</section>"""
mk('phi', 'struct',
   '"Odile Marchand, RN" <omarchand@harlowvalley.org>',
   'Care Transitions <cm.transitions@northgaterhp.com>',
   'CCD for ICD pt discharged today',
   d(3, 20, 16, 4, 0),
   """Hi - the portal upload keeps timing out so I'm pasting the relevant parts of the CCD for
Mr. Mbeki-Laurent, discharged this afternoon after his ICD placement. He'll need the heart
failure program and the Entresto PA (pharmacy says it rejected). Full document to follow when
the portal is back.

""" + ccd + """

Odile Marchand, RN
Discharge Planning, Harlow Valley Hospital
555-0129

""" + HVH_DISC + "\n",
   patient='Mbeki-Laurent')

oru = r"""MSH|^~\&|CLEARWATER|CWLAB|NGRHP_HEDIS|NGRHP|202503140210||ORU^R01|CW0314021004471|P|2.5.1
PID|1||NRH57738219^^^NGRHP^MB||RAMIREZ-COLE^DANIEL^J||19690225|M
OBR|1||L25-0451190|4548-4^Hemoglobin A1c^LN|||20250312083000
OBX|1|NM|4548-4^Hemoglobin A1c/Hemoglobin.total in Blood^LN||10.2|%|<5.7|H|||F
OBX|2|NM|2160-0^Creatinine [Mass/volume] in Serum or Plasma^LN||1.9|mg/dL|0.7-1.3|H|||F
OBX|3|NM|33914-3^eGFR^LN||38|mL/min/1.73m2|>60|L|||F"""
mk('phi', 'struct',
   '"Priscilla Nakamura" <pnakamura@northgaterhp.com>',
   'Jennifer Akers <jakers@northgaterhp.com>',
   'FW: lab feed - high A1c alert',
   d(3, 14, 11, 31, 7),
   """Jen - this came through the HEDIS lab feed exception queue, he's not in CM yet. A1c 10.2 and
eGFR 38, worth an outreach?

P

-----Original Message-----
From: Clearwater Interface Monitor <interfaces@clearwaterlabs.com>
Sent: Friday, March 14, 2025 2:15 AM
To: HEDIS Data Intake <hedis.data@northgaterhp.com>
Subject: ORU exception - critical/abnormal flag

> The following result generated an abnormal-value alert for payer routing:
>
""" + '\n'.join('> ' + l for l in oru.split('\n')) + """
>
> Clearwater Labs Interface Services
""",
   patient='Ramirez-Cole')
# =====================================================================
# PHI -- lang
# =====================================================================
mk('phi', 'lang',
   '"Servicios al Miembro - Northgate" <memberservices@northgaterhp.com>',
   'Yesenia Treviño <yesi.trevino90@gmail.com>',
   'Re: Ayuda con la cirugía de mi mamá',
   d(3, 10, 15, 3, 22),
   """Estimada Sra. Treviño:

Gracias por escribirnos. Revisamos la cuenta de su mamá, la Sra. Guadalupe Treviño. La
autorización para la cirugía de la vesícula (colecistectomía laparoscópica) en St. Aldric el
27 de febrero sí está aprobada (número PA-2025-0301977). La factura que recibió es del
anestesiólogo; ese reclamo todavía está en proceso y no debe pagarla por ahora.

Sobre las citas de seguimiento con el Dr. Salinas: están cubiertas con su copago normal de
$20. Si necesita transporte, llame al 555-0170 con 48 horas de anticipación.

Atentamente,
Lucía Montalvo
Representante de Servicios al Miembro (bilingüe)
Northgate Regional Health Plan

El mar, 4 mar 2025 a las 21:17, Yesenia Treviño <yesi.trevino90@gmail.com> escribió:
> Hola buenas noches, mi mamá Guadalupe Treviño tuvo una cirugía de la vesícula el 27 de
> febrero y ahora le llegó una factura de $1,250. Ella tiene 67 años y su número de miembro
> es NRH-M-80441273. Todavía tiene dolor y tiene cita con el doctor el 12. ¿Tiene que pagar
> esto? Ella no habla inglés. Gracias.
> Yesenia (hija)
""",
   patient='Treviño')

mk('phi', 'lang',
   '"Fernanda Figueiredo" <fefigueiredo@hotmail.com>',
   'memberservices@northgaterhp.com',
   'Fisioterapia do meu pai - autorização negada',
   d(3, 13, 18, 45, 0),
   """Boa tarde,

Meu pai, Sebastião Figueiredo (data de nascimento 03/07/1950, carteirinha NRH-M-61190032),
teve um AVC em janeiro e ficou com o lado direito fraco. Ele fez 10 sessões de fisioterapia
na Motion Rehab e melhorou muito, já anda com a bengala. O fisioterapeuta pediu mais 12
sessões mas recebemos uma carta dizendo que foi negado.

Como faço para recorrer? O médico dele, Dr. Antunes, disse que pode mandar um laudo.

Obrigada,
Fernanda (filha)
555-0105
""",
   patient='Figueiredo', cte='quoted-printable')

mk('phi', 'lang',
   'Trần Văn Minh <tranvanminh1958@yahoo.com>',
   'memberservices@northgaterhp.com',
   'Xin giúp đỡ về thuốc insulin',
   d(3, 5, 19, 12, 30),
   """Kính gửi Northgate,

Tôi tên là Trần Văn Minh, sinh ngày 15/08/1958, mã số thành viên NRH-M-55490217. Tôi bị
tiểu đường và đang chích insulin Lantus 30 đơn vị mỗi tối. Tuần trước nhà thuốc nói bảo hiểm
không trả nữa và giá là 310 đô. Bác sĩ Nguyễn ở phòng khám Lakeside nói sẽ đổi sang loại khác
nhưng tôi chỉ còn 2 ngày thuốc.

Xin vui lòng giúp tôi. Số điện thoại: 555-0111. Con gái tôi (Lan) có thể nói tiếng Anh.

Cảm ơn,
Minh
""",
   patient='Trần Văn Minh', cte='base64')

mk('phi', 'lang',
   'Rosemène Jean-Baptiste <rosemenejb@gmail.com>',
   'memberservices@northgaterhp.com',
   'Pitit fi m Daphnée - pon pou opresyon',
   d(3, 16, 22, 5, 41),
   """Bonjou,

Mwen se Rosemène Jean-Baptiste. Pitit fi m, Daphnée Jean-Baptiste, ki gen 7 an (li fèt
12/01/2018), gen opresyon. Nou te al nan ijans Mercy Linden samdi swa paske li pa t ka
respire. Doktè a ba li yon nouvo pon (Flovent) ak prednisone pou 5 jou, men famasi a di
asirans lan pa kouvri Flovent la.

Kisa m dwe fè? Li bezwen pon an chak jou. Nimewo manm li se NRH-C-30218856.

Mèsi anpil,
Rosemène
555-0102
""",
   patient='Jean-Baptiste')

mk('phi', 'lang',
   'Людмила Соколова <l.sokolova58@mail.ru>',
   'appeals@northgaterhp.com',
   'Апелляция: отказ в МРТ коленного сустава',
   d(3, 17, 20, 33, 12),
   """Здравствуйте,

Меня зовут Людмила Соколова, дата рождения 12.09.1958, номер участника NRH-58302261-01.
Мой ортопед, доктор Кастельянос (Pinecrest Orthopaedics), назначил МРТ правого колена после
того, как я упала на льду 20 февраля. Колено опухло, болит, я не могу подниматься по
лестнице. Уколы стероидов не помогли. Вы отказали в МРТ, написали, что сначала нужно
6 недель физиотерапии.

Прошу пересмотреть решение. Могу прислать выписку от врача.

С уважением,
Людмила Соколова
тел. 555-0103
""",
   patient='Соколова', cte='quoted-printable')

mk('phi', 'lang',
   'Maricel Dimaculangan <maricel.dimaculangan@gmail.com>',
   '"Samuel Oduya" <soduya@northgaterhp.com>',
   'Re: Nanay ko - cataract surgery',
   d(3, 18, 21, 14, 6),
   """Magandang gabi po Sir Sam,

Salamat po sa tawag kanina. Ito po yung mga detalye ng nanay ko, si Corazon Dimaculangan
(ipinanganak 22 Hunyo 1947). Naoperahan po siya sa kaliwang mata (cataract) noong Marso 11
sa Clearview Eye Surgery Center. Okay naman po ang mata pero nahihilo pa siya at nadapa po
siya kahapon sa banyo. Wala po akong kasama sa bahay tuwing gabi kasi nurse po ako sa night
shift.

Pwede po ba siyang magkaroon ng home health aide kahit ilang oras lang? At yung eye drops
po niya (prednisolone at moxifloxacin) - $85 daw po sa botika.

Maraming salamat po,
Maricel
""",
   patient='Dimaculangan')

mk('phi', 'lang',
   '王丽 <wangli.family@163.com>',
   'memberservices@northgaterhp.com',
   '关于我父亲王建国心脏支架手术的费用问题',
   d(3, 19, 9, 40, 0),
   """您好，

我父亲王建国（出生日期：1947年3月8日，会员号：NRH-M-70129935）上周三（3月12日）因为胸痛
被送到St. Aldric医院急诊，当天做了心脏导管检查并放了两个支架，住院三天，3月15日出院。

出院后医生开了氯吡格雷（Plavix）和阿托伐他汀，药房说氯吡格雷需要事先授权。他必须每天吃，
现在只剩下医院给的三天的量。

另外我们想知道这次住院大概要自付多少钱。我父亲英文不好，请用中文回复，或者打我的电话
555-0104。

谢谢！
王丽（女儿）
""",
   patient='王建国', cte='base64')

mk('phi', 'lang',
   'سمير الخطيب <samir.alkhatib@outlook.com>',
   'memberservices@northgaterhp.com',
   'جلسات علاج النطق لابني يوسف',
   d(3, 20, 17, 25, 50),
   """السلام عليكم،

أنا سمير الخطيب، والد الطفل يوسف الخطيب (تاريخ الميلاد 2020/04/09، رقم العضوية
NRH-C-44817730). طبيبة الأطفال في Sunnyfield Pediatrics أحالت يوسف إلى علاج النطق لأنه
لا يتكلم إلا بضع كلمات وعمره أربع سنوات ونصف. التقييم تم في 25 فبراير، وطلبوا 24 جلسة،
لكن وافقتم على 8 جلسات فقط.

كيف يمكنني طلب جلسات إضافية؟ وهل يوجد موظف يتكلم العربية؟

شكرًا جزيلًا،
سمير
رقم الهاتف: 555-0106
""",
   patient='الخطيب')
# =====================================================================
# CLEAN -- admin
# =====================================================================
mk('clean', 'admin',
   'Northgate IT Service Desk <servicedesk@northgaterhp.com>',
   '"Keisha Barnwell" <kbarnwell@northgaterhp.com>',
   'INC0048812 updated - Facets slowness in UM work queue',
   d(3, 4, 10, 15, 0),
   """Incident INC0048812 has been updated.

Short description: Facets UM work queue takes 40-60 sec to load / freezes on "Open Case"
Caller: Keisha Barnwell (x4151)
Assignment group: Claims Platform - App Support
Assigned to: Dmitri Volkov
Priority: 2 - High
State: Work in Progress

Work notes (Dmitri Volkov, 03/04/2025 10:12):
Reproduced from 3 workstations on floor 3. DB team (Raj Iyer) sees lock contention on the
UM_CASE_NOTE table since the 3/1 patch. Rollback scheduled tonight 22:00-23:00, change
CHG0019307. Users should save work and log out of Facets by 21:45.

If you need immediate help call the Service Desk at 555-0100 option 2.

You are receiving this because you are the caller on this incident. Reply to this e-mail to
add a comment.
""")

sched_csv = csv_text([
    ['date', 'day', 'shift', 'rn', 'cell', 'backup'],
    ['2025-03-08', 'Sat', '08:00-16:30', 'Keisha Barnwell', '555-0151', 'Dana Ruiz'],
    ['2025-03-09', 'Sun', '08:00-16:30', 'Tomas Szewczyk', '555-0153', 'Keisha Barnwell'],
    ['2025-03-15', 'Sat', '08:00-16:30', 'Dana Ruiz', '555-0152', 'Tomas Szewczyk'],
    ['2025-03-16', 'Sun', '08:00-16:30', 'Ifeoma Chukwu', '555-0154', 'Dana Ruiz'],
    ['2025-03-22', 'Sat', '08:00-16:30', 'Tomas Szewczyk', '555-0153', 'Ifeoma Chukwu'],
    ['2025-03-23', 'Sun', '08:00-16:30', 'Keisha Barnwell', '555-0151', 'Tomas Szewczyk'],
    ['2025-03-29', 'Sat', '08:00-16:30', 'Ifeoma Chukwu', '555-0154', 'Keisha Barnwell'],
    ['2025-03-30', 'Sun', '08:00-16:30', 'Dana Ruiz', '555-0152', 'Ifeoma Chukwu'],
])
mk('clean', 'admin',
   '"Gloria Ambrose" <gambrose@northgaterhp.com>',
   'UM Outpatient RN Team <um.op.rn@northgaterhp.com>',
   'March weekend coverage - UM expedited line',
   d(3, 3, 15, 40, 11),
   """Hi team,

March weekend coverage for the expedited/urgent PA line is attached. Swaps are fine, just
cc me and update the shared calendar. Remember the expedited line rolls to your cell at
08:00, please log into the softphone from home by 07:55.

Dr. Ostrowski is the on-call medical director 3/8-3/16, Dr. Abernethy-Singh 3/17-3/31.

Thanks!
Gloria Ambrose, RN, MSN
Manager, Utilization Management
Northgate Regional Health Plan | 555-0150
""",
   atts=[('UM_weekend_coverage_Mar2025.csv', sched_csv, 'text/csv')])

mk('clean', 'admin',
   '"FaxBridge Billing" <billing@faxbridgecloud.com>',
   'Accounts Payable <ap@northgaterhp.com>',
   'Invoice FB-2025-03-11847 - Northgate Regional Health Plan',
   d(3, 1, 6, 0, 0),
   """Dear Customer,

Your invoice for the period 02/01/2025 - 02/28/2025 is now available.

Account number:   NGR-004417
Invoice number:   FB-2025-03-11847
Invoice date:     03/01/2025
Due date:         03/31/2025

  Inbound fax DIDs (x42 numbers)            $  630.00
  Inbound pages (184,220 @ $0.012)          $2,210.64
  Outbound pages (61,877 @ $0.015)          $  928.16
  HIPAA secure archive (12 mo retention)    $  450.00
  ---------------------------------------------------
  Total due                                 $4,218.80

Remit to FaxBridge Cloud LLC, PO Box 77120, Dept 4401. ACH details on the PDF in your
customer portal. Questions: billing@faxbridgecloud.com or 1-555-0195.

Thank you for your business.
""")

mk('clean', 'admin',
   '"Northgate HR - Onboarding" <onboarding@northgaterhp.com>',
   '"Theo Lindgren" <tlindgren@northgaterhp.com>',
   'New hire starting 3/17 - Kenji Mori, Appeals Coordinator',
   d(3, 12, 11, 5, 0),
   """Hi Theo,

Your new hire is confirmed:

  Name: Kenji Mori
  Position: Appeals & Grievances Coordinator I (Req #R-2025-0114)
  Start date: Monday 03/17/2025, 8:30 AM, lobby of 200 Commerce Pkwy
  Employee ID: 104882
  Manager: Theo Lindgren

IT has his laptop and Facets/Appeals Manager access requests under RITM0031558 and
RITM0031559. Badge photo at 8:45 with Security (Ron, x4400). New hire orientation runs
Mon-Tue; he's yours from Wednesday.

Please complete the 30-60-90 plan in Workday by his first day.

Thanks,
Shanice Porter
HR Onboarding Specialist
555-0140
""", html=True)

mk('clean', 'admin',
   'Facilities <facilities@northgaterhp.com>',
   'All Staff - 200 Commerce <allstaff.commerce@northgaterhp.com>',
   'Sat 3/22 - HVAC shutdown, 3rd floor (Care Management / Pharmacy)',
   d(3, 18, 13, 0, 0),
   """All,

The air handler serving the 3rd floor east wing (Care Management, Pharmacy UM, Appeals)
will be shut down Saturday 3/22 from 6:00 AM to approximately 4:00 PM for coil replacement.
Weekend staff in that wing: please work from home or use the 2nd floor hoteling desks
(2E-14 through 2E-30, book in Robin).

Elevator 2 will be out of service during the same window for contractor access.

Questions: Marco Delgado, Facilities Supervisor, 555-0144.

Thank you,
Facilities & Real Estate
""")

mk('clean', 'admin',
   '"Beth Ann Kowalski" <bkowalski@northgaterhp.com>',
   '"Dr. Amira Haddad" <ahaddad@lakesidefamilymed.com>',
   'Lakeside Family Medicine - 2025 fee schedule amendment',
   d(3, 10, 16, 20, 44),
   """Dr. Haddad,

Attached is Amendment 3 to the Lakeside Family Medicine participating provider agreement
(TIN 84-3370128, group NPI 1457388201). Summary of changes effective 04/01/2025:

  99213   $98.40  -> $102.75
  99214   $141.10 -> $147.30
  99215   $196.55 -> $203.90
  G2211   $16.05  (new)
  96127   $5.12   -> $5.40
  99497   $88.00  (advance care planning, now separately payable)

Everything else stays at 2024 rates. Please sign and return via DocuSign by 3/28 so it can be
loaded before April.

Beth Ann Kowalski
Provider Contracting Specialist
Northgate Regional Health Plan
555-0168
""")

mk('clean', 'admin',
   '"Northgate Finance - Payment Ops" <paymentops@northgaterhp.com>',
   'provider.services@northgaterhp.com',
   'FYI: 3/14 EFT/835 cycle delayed to 3/17',
   d(3, 14, 17, 45, 0),
   """Provider Services,

Heads up for calls next week: the 3/14 payment cycle did not release due to a bank file
validation error. Cycle will re-run Monday 3/17; funds settle 3/18.

Affected batch: PAY-20250314-01
EFTs in batch: 1,284   Total: $6,917,402.33
Sample trace numbers providers may quote:
  EFT88310021  St. Aldric Medical Center       $412,880.14
  EFT88310022  Harlow Valley Hospital          $298,104.77
  EFT88310187  Lakeside Family Medicine         $18,224.60
  EFT88310402  Peak Form Physical Therapy        $3,118.00

835s for the batch will go out with the payments. Script for reps is in KB0010441.

Payment Operations
""")
# =====================================================================
# CLEAN -- lookalike
# =====================================================================
mk('clean', 'lookalike',
   '"Body Works Fitness" <hello@bodyworksfitclub.com>',
   'tkirkland.home@gmail.com',
   'Member #44182 - your annual fee & free body comp scan',
   d(3, 2, 9, 0, 0),
   """Hi Travis,

Thanks for being a Body Works member! A few things for your account (Member #44182):

- Your annual enhancement fee of $49.99 will be charged on 03/15 to the card ending 7712.
- You're due for your FREE quarterly InBody body composition scan + fitness assessment.
  Book at the front desk or in the app.
- New: Recovery Lounge with cold plunge and compression boots, open to all Premier members.

Class schedule changes: Tuesday 6:00 AM Spin moves to 6:15. Saturday HIIT with Coach Marisa
is now 45 min.

Questions? Call us at 555-0191 or reply to this email.

Stay strong,
The Body Works Team
""", html=True)

mk('clean', 'lookalike',
   '"Willow Creek Animal Hospital" <reminders@willowcreekvet.com>',
   'jdelacruz.home@yahoo.com',
   'Reminder: Biscuit is due for vaccines + dental',
   d(3, 6, 8, 30, 0),
   """Hi Jessica,

Our records show your pet is due for the following services:

  Patient: Biscuit (Canine, Beagle mix, 7 yrs)
  Patient ID: WC-20418
  - Rabies 3-year vaccine .............. due 03/20/2025
  - DHPP booster ....................... due 03/20/2025
  - Annual heartworm/tick panel (4Dx) .. due 04/01/2025
  - Dental cleaning under anesthesia ... recommended by Dr. Fenwick at last exam

Pre-anesthetic bloodwork is required within 30 days of the dental. Biscuit's last
bloodwork was in 2023.

Call 555-0193 or book online. Please bring a fresh stool sample to the visit.

Willow Creek Animal Hospital
"Caring for your family's best friends"
""")

mk('clean', 'lookalike',
   '"Millbrook Community Credit Union" <alerts@millbrookccu.org>',
   'g.ostrander@outlook.com',
   'Your statement is ready - Member # 0048812-S1',
   d(3, 5, 5, 30, 0),
   """Dear Gerald Ostrander,

Your March e-statement is ready to view in Online Banking.

Member #: 0048812-S1
Share Savings (S1) balance: $3,412.07
Auto Loan (L04) payoff: $11,208.55 | next payment $318.22 due 03/28/2025
Dividends earned YTD: $14.63

Reminder: Our branches will be closed Monday for system upgrades. Member Services is
available at 555-0196.

For your security, we will never ask for your PIN or password by email.
Millbrook Community Credit Union - Federally insured by NCUA
""")

mk('clean', 'lookalike',
   '"Great Lakes Air" <noreply@greatlakesair.com>',
   'priya.raman.travel@gmail.com',
   'Trip confirmation - MKE to DEN - Record locator QX7T2M',
   d(3, 9, 14, 11, 0),
   """Your trip is confirmed.

Record locator: QX7T2M
Passenger: RAMAN/PRIYA MS
Date of birth (Secure Flight): 14 JUL 1987
Frequent flyer: GLA 448 120 9931 (Silver)
Known Traveler Number: on file

Flight GL 1182  Mon 24 Mar 2025  MKE 07:05 -> DEN 08:47  Seat 14C
Flight GL 1195  Thu 27 Mar 2025  DEN 17:20 -> MKE 20:44  Seat 12A

Ticket number: 5262104477120
Fare: $386.40 incl. taxes

Need special assistance or traveling with medical equipment? Let us know at least 48 hours
before departure at greatlakesair.com/assist.
""", cte='quoted-printable')

mk('clean', 'lookalike',
   '"Harborline Auto Insurance - Claims" <claims@harborlineauto.com>',
   'd.pettersen@gmail.com',
   'Claim AU-5581023 - estimate and rental update',
   d(3, 11, 10, 45, 0),
   """Hello David,

Update on your collision claim:

Claim #: AU-5581023
Policy #: HAI-PA-7730918-02
Date of loss: 03/06/2025
Vehicle: 2019 Subaru Outback, VIN 4S4BSANC7K3XXXXXX

Crestview Collision completed the teardown and diagnostic scan. The supplement adds a
blind-spot radar sensor and ADAS recalibration; revised estimate $6,482.19 less your $500
deductible. Rental with Enterprise is authorized through 03/21.

No injuries were reported on this claim, so no medical payments coverage was opened.

Your adjuster: Nora Lindstrom, 555-0197 ext 2214

Harborline Auto Insurance
""")

mk('clean', 'lookalike',
   '"Oak & Ash Tree Care" <office@oakandashtree.com>',
   'mhendricks.home@gmail.com',
   'Quote #2291 - white oak assessment, 41 Linden Ct',
   d(3, 13, 7, 58, 0),
   """Hi Mark,

Thanks for having us out Tuesday. Summary of Dale's assessment (ISA Certified Arborist
#OH-1187A):

The large white oak by the driveway has a decay pocket at the old limb wound on the north
side, about 30% of the cross-section by resistograph. Prognosis is fair if we reduce the
load now. Canopy shows early signs of oak wilt stress on two upper limbs - we'd like to take
a sample for lab diagnosis before treating.

Recommended treatment:
  1. Crown reduction 15%, remove deadwood > 2"        $1,450
  2. Lab culture for oak wilt (Ceratocystis)         $   95
  3. Root flare excavation + soil injection           $  380
  4. Cabling, 2 leaders                               $  525

Pruning has to happen before April 1 to avoid beetle season. Call the office at 555-0198.

Dale & Carrie Ostrom
Oak & Ash Tree Care
""")

mk('clean', 'lookalike',
   '"Ravi Subramaniam" <rsubramaniam@northgaterhp.com>',
   'Platform Engineering <platform-eng@northgaterhp.com>',
   'postmortem: admission controller rejecting pods / patient-sync job stuck',
   d(3, 14, 10, 5, 17),
   """Team,

Draft postmortem for Wednesday night's incident (PIR-2025-007). Please comment by Monday.

Summary: after the OPA policy bump, the admission controller rejected every pod missing the
new `cost-center` label. The `patient-sync` CronJob (the retry-with-backoff worker we call
"patient mode", not related to member data) couldn't reschedule, so its queue grew to 48k
messages. Health checks on the ingest service flapped because liveness probes had a 1s
timeout.

Timeline (ET):
  21:04  policy v2.3 merged
  21:20  first alerts: readiness probe failures on ingest-api
  21:55  triage call opened, Dana on point
  22:40  rollback of policy; discharge of backlog begins
  00:12  queue drained, all checks green

Action items:
  - liveness timeout 1s -> 5s  (owner: Mei)
  - dry-run mode for admission policies in staging first (owner: Ravi)
  - rename "patient mode" to "slow-retry mode" because the DLP keeps flagging our alerts

Ravi
SRE, Platform Engineering
""")
# =====================================================================
# CLEAN -- news
# =====================================================================
bulletin_txt = """NORTHGATE PROVIDER BULLETIN - March 2025

1. Prior authorization changes effective April 1, 2025

Removed from PA (no longer requires authorization):
  - 70551-70553  MRI brain (when ordered by in-network neurology)
  - 93306        Transthoracic echocardiogram, complete
  - 97110/97140  First 12 PT visits per condition per year

Added to PA:
  - 0540T        CAR-T therapy administration
  - J3490/J3590  Unclassified biologics billed on medical benefit
  - E0486        Oral appliance for obstructive sleep apnea

2. Gold-carding
Practices with a 92%+ approval rate over the last 12 months for a service category will be
exempt from PA for that category starting July 1. Letters go out in May.

3. Reminder: timely filing
Claims must be received within 180 days of the date of service.

Questions: Provider Services 555-0160 or provider.services@northgaterhp.com
"""
mk('clean', 'news',
   '"Northgate Provider Communications" <providernews@northgaterhp.com>',
   'network.providers@lists.northgaterhp.com',
   'Provider Bulletin: PA changes April 1, gold-carding, timely filing',
   d(3, 4, 7, 0, 0),
   bulletin_txt, html=True)

mk('clean', 'news',
   '"Millbrook County Health Department" <alerts@millbrookcountyhealth.gov>',
   'hcp-alerts@lists.millbrookcountyhealth.gov',
   'HEALTH ADVISORY: Measles cases confirmed in Millbrook County',
   d(3, 7, 16, 30, 0),
   """HEALTH ADVISORY #2025-04
Millbrook County Health Department
March 7, 2025

Summary: Three (3) confirmed measles cases have been identified among county residents since
February 28. All three cases are in unvaccinated children under 10 years; two were
hospitalized. Potential public exposure sites:

  - Riverside Mall food court, Sat 3/1, 11:00 AM - 3:00 PM
  - Mercy Linden Regional Emergency Department waiting room, Sun 3/2, 6:00 PM - 11:30 PM
  - Bright Futures Child Care Center, 2/24 - 2/28

Actions for clinicians:
  - Consider measles in any patient with fever >= 101F and rash plus cough, coryza or
    conjunctivitis.
  - Mask and isolate suspected patients immediately; airborne precautions.
  - Report suspected cases IMMEDIATELY by phone to the Epidemiology line 555-0189 (24/7).
  - Collect NP swab for measles PCR and serum IgM.
  - Verify MMR status of staff and patients; offer MMR catch-up.

County MMR coverage, kindergarten 2024-25: 88.1% (state target 95%).

Dr. Yvonne Castellucci, MD, MPH
Health Commissioner
""")

mk('clean', 'news',
   '"ScriptBridge Rx Clinical Communications" <clinicalcomms@scriptbridgerx.com>',
   'Northgate Pharmacy UM <pharmacy.um@northgaterhp.com>',
   'Class II recall: levothyroxine 88 mcg tablets, select lots (Harwell Pharmaceuticals)',
   d(3, 12, 12, 0, 0),
   """CLIENT NOTICE - DRUG RECALL
Date: 03/12/2025

Harwell Pharmaceuticals is voluntarily recalling select lots of levothyroxine sodium tablets
88 mcg to the pharmacy level due to sub-potency found in stability testing (92.1% of label
claim at 18 months).

  NDC 55150-0418-90  Lots HW24061A, HW24061B, HW24072C   Exp 06/2026
  NDC 55150-0418-10  Lot  HW24072D                      Exp 07/2026

Recall classification: Class II. Pharmacies are instructed to quarantine affected stock. No
member-level action is required; members should NOT stop taking their medication. ScriptBridge
has identified 412 plan members with a fill from affected lots across all clients and will
provide aggregate counts by client on request. Network pharmacies will substitute from
unaffected lots at no additional cost share.

ScriptBridge Rx Clinical Communications
""")

mk('clean', 'news',
   '"Northgate Quality" <quality@northgaterhp.com>',
   'All Clinical Staff <clinical.all@northgaterhp.com>',
   'Quality Corner: MY2024 HEDIS preliminary rates',
   d(3, 20, 8, 0, 0),
   """QUALITY CORNER - March 2025

Preliminary Measurement Year 2024 HEDIS results (admin + hybrid, pre-audit):

  Measure                                          MY2023   MY2024   NCQA 50th
  Controlling High Blood Pressure (CBP)            63.2%    66.9%    64.5%
  Glycemic Status Assessment <8% (GSD)             58.7%    61.3%    60.2%
  Breast Cancer Screening (BCS-E)                  71.4%    72.0%    70.8%
  Colorectal Cancer Screening (COL-E)              60.1%    63.8%    62.1%
  Follow-Up After ED Visit for Mental Illness 7d   44.0%    49.6%    54.3%
  Plan All-Cause Readmissions (O/E, lower=better)  1.08     0.97     1.00
  Prenatal Care timeliness (PPC)                   84.5%    87.2%    86.0%

Big thanks to the CM teams - FUM 7-day is up 5.6 points but still below the 50th percentile.
Final audited rates will be published in June.

Priscilla Nakamura, MPH, and the Quality Analytics team
""", html=True)

mk('clean', 'news',
   '"ScriptBridge Rx Formulary Services" <formulary@scriptbridgerx.com>',
   'Northgate Pharmacy UM <pharmacy.um@northgaterhp.com>',
   'Q2 2025 formulary update - Northgate Commercial & Medicare',
   d(3, 17, 9, 30, 0),
   """Q2 2025 FORMULARY UPDATE - effective 04/01/2025

Tier changes (Commercial 4-tier):
  - empagliflozin (Jardiance) ............ Tier 3 -> Tier 2 (preferred)
  - dapagliflozin (Farxiga) .............. Tier 2 -> Tier 3
  - adalimumab-adaz (biosimilar) ......... added Tier 4 preferred; Humira moves to NF
  - insulin glargine-yfgn ................ Tier 2 preferred; Lantus moves to Tier 3
  - albuterol HFA (generic) .............. Tier 1

Utilization management:
  - GLP-1 agonists: step therapy RX-114 updated, BMI documentation required for new starts
  - Quantity limit added: ondansetron ODT 8 mg, 30 tabs/30 days

Member notification letters (transition) will mail 03/21 to affected members with a claim in
the last 120 days. Estimated letter volume: 2,918 Commercial, 1,107 Medicare.

Full P&T minutes available on the client portal.
""", cte='quoted-printable')

mk('clean', 'news',
   '"HealthPlan Weekly" <digest@healthplanweekly.news>',
   'tlindgren@northgaterhp.com',
   'This week: prior auth API deadlines, MA star ratings cuts, appeals data',
   d(3, 15, 6, 0, 0),
   """HEALTHPLAN WEEKLY - Saturday Digest

1) Prior auth API deadlines approach. Payers subject to the interoperability and prior
   authorization final rule must publish PA metrics beginning March 31, 2026 and stand up the
   Prior Authorization API by January 2027. Vendors report a rush of RFPs.

2) Star ratings. Analysts expect fewer 4+ star Medicare Advantage contracts next cycle after
   changes to the appeals and call-center measures.

3) Appeals overturns. A new industry survey of 41 regional plans found that 57% of
   internally appealed medical-necessity denials were overturned in 2024, up from 49%.
   Imaging and post-acute care were the most commonly overturned categories.

4) People: Dr. Helen Achebe named Chief Medical Officer of Lakeshore Health Alliance.

You are receiving this because you subscribed at healthplanweekly.news. Unsubscribe anytime.
""")
# =====================================================================
# CLEAN -- staff
# =====================================================================
mk('clean', 'staff',
   '"Dr. Paul Ostrowski" <postrowski@northgaterhp.com>',
   'UM Outpatient RN Team <um.op.rn@northgaterhp.com>',
   'bariatric requests - what I need to see',
   d(3, 5, 12, 20, 0),
   """All,

I'm getting a lot of bariatric surgery requests kicked to me that are missing the same
things. Before routing to MD review, please make sure the packet has:

  1. BMI >= 40, or >= 35 with a qualifying comorbidity, documented at two visits
  2. 6 months of physician-supervised weight management in the past 2 years (not just a
     dietitian note saying "discussed diet")
  3. Psych evaluation clearing the patient for surgery
  4. For revisions: op note from the original procedure

If 2 is missing, pend for info rather than sending to me - I'll just pend it anyway. For
teenagers the policy is different (BAR-02), send those straight to me.

Thanks,
Paul

Paul Ostrowski, MD, FACS
Associate Medical Director, Utilization Management
""")

mk('clean', 'staff',
   '"Jennifer Akers" <jakers@northgaterhp.com>',
   'CM Case Conference <cm.caseconf@northgaterhp.com>',
   'case conference Thurs - de-identified case for discussion',
   d(3, 17, 15, 10, 0),
   """For Thursday's case conference (no names, please don't add any in replies):

60s male, heart failure with reduced EF, lives alone, 2 readmissions in the past 90 days.
Both times he stopped his diuretic because he "didn't want to be running to the bathroom" on
days he had appointments. Limited health literacy, no reliable transportation, doesn't use
a smartphone. Cardiology wants remote weight monitoring but he's declined twice.

Questions for the group:
  - anyone had luck with the pharmacy blister-pack + timing approach for diuretics?
  - is a CHW home visit the right first step before another RPM attempt?
  - would palliative consult be premature here?

See you at 1:30 in 3E-Conf or on Teams.
Jen
""")

mk('clean', 'staff',
   '"Mike Dunleavy, PharmD" <mdunleavy@northgaterhp.com>',
   'Care Management Leads <cm.leads@northgaterhp.com>',
   'RE: GLP-1 shortage - what to tell members',
   d(3, 19, 10, 48, 30),
   """Hi all,

Short answer to Priscilla's question: no, we are not auto-switching anyone between GLP-1
agents. If a member can't get their strength filled:

- pharmacy can dispense a different pen strength to reach the same weekly dose only if the
  prescriber approves (it changes the number of clicks/doses per pen - confusing, so CM
  should walk through it with them)
- compounded semaglutide is NOT covered and we discourage it
- a prescriber can switch agent; PA on the new agent is expedited under the shortage
  override (code SHORT25) through 6/30

ScriptBridge says 1 mg supply is improving, 2 mg still spotty.

Mike

Mike Dunleavy, PharmD, BCACP
Clinical Pharmacist, Pharmacy Services
Northgate Regional Health Plan

> From: Priscilla Nakamura
> Sent: Tuesday, March 18, 2025 4:40 PM
> Should we be advising members to switch to a different GLP-1 when the pharmacy is out?
> Getting a lot of calls.
""")

mk('clean', 'staff',
   '"Gloria Ambrose" <gambrose@northgaterhp.com>',
   'UM Leadership <um.leadership@northgaterhp.com>',
   'queue status / TAT risk - week of 3/17',
   d(3, 18, 17, 12, 0),
   """Quick status before tomorrow's ops meeting.

Open outpatient PA queue: 612 (up from 488 last Tues)
  - standard >7 days: 41  <-- TAT risk
  - expedited >48h: 6
Inpatient concurrent review census: 142
Peer-to-peer requests pending scheduling: 19

Staffing: Dana is out on leave through 4/4, Tomas is covering expedited. Two travelers from
Meridian start 3/24. I've asked Dr. Abernethy-Singh to add an extra MD review block Thursday.

The 3/1 Facets patch is still slowing note entry (INC0048812 reopened).

Gloria
""")

mk('clean', 'staff',
   '"Theo Lindgren" <tlindgren@northgaterhp.com>',
   'Appeals & Grievances Team <ag.team@northgaterhp.com>',
   'Q4 overturn data + what it tells us',
   d(3, 6, 14, 2, 0),
   """Team,

Pulled Q4 numbers for the quality committee:

  Level 1 medical necessity appeals decided: 318
  Overturned in full: 139 (43.7%)
  Overturned in part: 22 (6.9%)
  Upheld: 157
  External review requests: 24, IRO overturned 9

Top overturn categories: post-acute (IRF/SNF continued stay), advanced imaging, PT/OT visit
extensions. In most overturns the new info was stuff the provider had but didn't send at the
initial request - therapy progress notes, prior imaging.

I'm going to propose to UM that we call the provider for missing records before denying in
those three categories. Thoughts welcome before Friday.

Theo
""")

mk('clean', 'staff',
   '"Ifeoma Chukwu, RN" <ichukwu@northgaterhp.com>',
   '"Dr. Paul Ostrowski" <postrowski@northgaterhp.com>',
   'general q - obs vs inpatient for chest pain rule-outs',
   d(3, 13, 11, 40, 8),
   """Dr. O,

General question, not a specific case. When a hospital sends us a chest pain rule-out that's
been in observation for 30+ hours with negative troponins and they request conversion to
inpatient because the stress test couldn't be done until the next day - does scheduling
delay count toward the two-midnight expectation for our MA members, or do we apply
InterQual strictly?

I've seen it handled both ways in the last month and want to be consistent.

Thanks,
Ifeoma

Ifeoma Chukwu, BSN, RN
Utilization Review Nurse
""")

mk('clean', 'staff',
   '"Samuel Oduya" <soduya@northgaterhp.com>',
   'Care Management - All <cm.all@northgaterhp.com>',
   'updated SDOH resource list (food, transport, utilities)',
   d(3, 20, 9, 15, 0),
   """Hi all,

Updated community resource list - please use this instead of the one from October.

FOOD
  - Millbrook Food Pantry Network: 555-0181, M/W/F 10-2, no ID needed
  - Meals on Wheels (60+ or homebound): 555-0182, 2-week wait currently
  - Medically tailored meals pilot (CHF, diabetes, post-discharge): referral form in CM share

TRANSPORTATION
  - SwiftRide (plan NEMT benefit): 555-0170, 48h notice, standing orders for dialysis/chemo
  - County paratransit: 555-0183, ADA eligibility needed

UTILITIES
  - Winter Crisis Program ends 3/31, apply at Community Action, 555-0184
  - Medical certificate for shutoff protection: any treating provider can sign

Note SwiftRide is still on a corrective action plan - if a ride is missed, file a grievance
so it's tracked.

Sam Oduya, LCSW
Care Manager, Behavioral Health & Social Needs
""", html=True)

# =====================================================================
# CLEAN -- training
# =====================================================================
mk('clean', 'training',
   '"Caleb Ng - AuthFlow Solutions" <cng@authflow.io>',
   '"Gloria Ambrose" <gambrose@northgaterhp.com>',
   'AuthFlow demo recap + sandbox logins',
   d(3, 7, 15, 30, 0),
   """Hi Gloria,

Thanks for the time today! Recap and sandbox access below. Everything in the sandbox is
synthetic - please do not enter real member data.

Sandbox: https://sandbox.authflow.io/northgate
Logins: ngr_demo1 through ngr_demo5 / temporary password sent separately

Test members loaded for your team:
  ZZTEST, MEMBER ONE     ID TEST000001   DOB 01/01/1900   MRI lumbar spine (auto-approve path)
  ZZTEST, MEMBER TWO     ID TEST000002   DOB 01/01/1900   Inpatient rehab (MD review path)
  ZZTEST, PEDS           ID TEST000003   DOB 01/01/2020   Speech therapy 24 visits (pend path)

The criteria engine demo used the vendor default rule set, not your medical policies - we'll
load RX-114 and BAR-02 in the pilot.

Next step: security questionnaire (attached to the DocuSign) and a 30-min session with your
IT team on the X12 278 / FHIR PAS endpoints.

Best,
Caleb Ng
Solutions Engineer, AuthFlow Solutions
555-0194
""", html=True)

mk('clean', 'training',
   '"Luis Echeverria" <lecheverria@staldric.org>',
   'Northgate EDI Support <edi.support@northgaterhp.com>',
   'TEST ADT for new VPN tunnel - please confirm receipt',
   d(3, 12, 10, 2, 0),
   r"""Hi,

Sending a TEST message through the new tunnel (test environment only, processing ID T).
Please confirm your engine received it and routed it to the test queue. Patient is our
standard interface test patient.

MSH|^~\&|EPICADT|STALDRIC|NGRHP_NOTIFY|NGRHP|202503121000||ADT^A01^ADT_A01|TEST0001|T|2.5.1
EVN|A01|202503121000
PID|1||TEST000001^^^STA^MR||ZZTEST^PATIENT^ONE||19000101|U|||123 TEST ST^^ANYTOWN^ZZ^00000
PV1|1|I|TEST^001^A^STALDRIC||||9999999999^DOCTOR^TEST^^^^MD|||MED

Luis
""")

mk('clean', 'training',
   '"Compliance Training" <compliance.training@northgaterhp.com>',
   'All Staff <allstaff@northgaterhp.com>',
   'Annual HIPAA refresher - module 3 quiz (sample scenarios)',
   d(3, 3, 9, 0, 0),
   """Annual HIPAA Privacy & Security refresher - Module 3: Minimum Necessary

Please complete by 3/31 in the Learning Center. Sample questions (all names are fictional):

Q1. A provider's office calls asking for "everything you have" on member Jane Doe so they can
    submit a prior auth. What should you provide?
    a) The full claims history   b) Only what is needed for the PA request   c) Nothing

Q2. John Doe's adult son calls asking about his father's claims. There is no authorization on
    file. Can you discuss the claims?

Q3. You receive an email at your Northgate address from a member that includes their test
    results. Is it OK to forward it to your personal Gmail to read at home?

Q4. Which of these is NOT one of the 18 HIPAA identifiers?
    a) fax number  b) vehicle serial number  c) the member's state of residence  d) URL

Answers and explanations are in the module. Remember: when in doubt, send securely ([secure]
in the subject line) or ask Privacy at privacy@northgaterhp.com.

Compliance & Privacy Office
""")

companion = """NORTHGATE REGIONAL HEALTH PLAN
HIPAA 270/271 COMPANION GUIDE v3.2 - EXCERPT, APPENDIX B (EXAMPLES)

All examples use test data. Do not send test data to the production endpoint.

B.1  270 request, subscriber search by member ID + DOB

ST*270*0001*005010X279A1~
BHT*0022*13*TESTREQ0001*20250101*0800~
HL*1**20*1~
NM1*PR*2*NORTHGATE REGIONAL HEALTH PLAN*****PI*NGRHP1~
HL*2*1*21*1~
NM1*1P*2*TEST PROVIDER GROUP*****XX*9999999999~
HL*3*2*22*0~
TRN*1*TESTTRACE001*9999999999~
NM1*IL*1*TESTSUBSCRIBER*ALPHA****MI*ZZ0000001~
DMG*D8*19000101~
DTP*291*D8*20250101~
EQ*30~
SE*13*0001~

B.2  Member ID format: NRH followed by 8 digits (e.g. NRH00000000). Dependents may carry a
     -01/-02 suffix. Medicare members: NRH-M- prefix.
"""
mk('clean', 'training',
   'Northgate EDI Support <edi.support@northgaterhp.com>',
   '"Renee" <billing@peakformpt.com>',
   'RE: 270/271 setup - companion guide examples',
   d(3, 14, 9, 12, 0),
   """Hi Renee,

As discussed, attached is the 270/271 section of our companion guide with the example
transactions. Please run your first tests with the TESTSUBSCRIBER member shown in appendix B
against our test endpoint before moving to production.

Northgate EDI Support
555-0161
""",
   atts=[('NGRHP_270-271_CompanionGuide_AppB.txt', companion, 'text/plain')])

sandbox_patient = {
    "resourceType": "Patient",
    "id": "example",
    "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST", "display": "test health data"}]},
    "identifier": [{"system": "https://sandbox.fhir.northgaterhp.com/sid/member-id", "value": "SANDBOX-0001"}],
    "name": [{"family": "Testpatient", "given": ["Sandy"]}],
    "gender": "unknown",
    "birthDate": "1900-01-01",
}
mk('clean', 'training',
   '"Arjun Mehta" <amehta@northgaterhp.com>',
   'Developer Portal Users <devportal-users@lists.northgaterhp.com>',
   'FHIR sandbox refreshed - new synthetic members available',
   d(3, 10, 13, 0, 0),
   """Hi developers,

The Patient Access API sandbox was refreshed this weekend. It now has 250 synthetic members
(Synthea-generated, tagged HTEST) with claims, EOBs, coverage and a few prior auths. Nothing
in the sandbox is real.

Base URL: https://sandbox.fhir.northgaterhp.com/R4
Token endpoint unchanged. Client credentials from the portal still work.

Example (the "example" patient that the conformance tests use):

""" + json.dumps(sandbox_patient, indent=2) + """

Known issue: ExplanationOfBenefit.item.adjudication is empty for institutional claims in both
sandbox and prod; fix targeted for the April release.

Arjun Mehta
Interoperability Engineer
""")

mk('clean', 'training',
   '"Member Services Training" <ms.training@northgaterhp.com>',
   'Member Services New Hire Class 25-03 <ms.class2503@northgaterhp.com>',
   'Role play scripts for Wednesday - authorized representatives',
   d(3, 18, 16, 30, 0),
   """Class 25-03,

For Wednesday's role play, pair up and alternate caller/rep. All callers and data below are
SAMPLE - made up for training.

SCENARIO A - caller is not on file
  Caller: "Hi, I'm calling for my mom, Mary Sample. She got a letter about her MRI being
  denied and she asked me to call."
  Sample member: SAMPLE, MARY   ID NRH99999901   DOB 01/01/1950
  What you should do: verify the member, check for an authorized representative form, and if
  none, explain the AOR form; you may NOT discuss the denial details.

SCENARIO B - authorized rep on file
  Caller: "This is Sam Sample, I'm the POA for my father Sam Sample Sr."
  Sample member: SAMPLE, SAM SR   ID NRH99999902   DOB 02/02/1940
  AOR on file: yes, expires 12/31/2025.

SCENARIO C - provider office asking for a member's full claim history "for our records".

Debrief questions are in the trainer guide p. 14.

Nicole Fairbanks
Member Services Trainer
""")

# =====================================================================
# labels
# =====================================================================
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for r in ROWS:
        w.writerow(r)

if __name__ == '__main__':
    from collections import Counter
    c = Counter((r[1], r[2]) for r in ROWS)
    for k in sorted(c):
        print('%s-%s: %d' % (k[0], k[1], c[k]))
    print('total', len(ROWS))
