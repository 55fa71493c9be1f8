#!/usr/bin/env python3
"""Blind evaluation mail set: orthopaedic & spine group + ASC. Deterministic."""
import sys, os, io, csv, random, zipfile, datetime, email.policy, email.utils
from email.message import EmailMessage

SEED = 6301
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

TZ = datetime.timezone(datetime.timedelta(hours=-5))
BASE = datetime.datetime(2024, 3, 4, 6, 40, 0, tzinfo=TZ)
_counter = {}
_rows = []
_idx = [0]

def _date():
    _idx[0] += 1
    dt = BASE + datetime.timedelta(hours=_idx[0] * 5, minutes=random.randint(0, 290),
                                   seconds=random.randint(0, 59))
    return email.utils.format_datetime(dt)

def zipbytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode('utf-8') if isinstance(data, str) else data)
    return buf.getvalue()

def xlsx(rows, sheet='Sheet1'):
    """Very small but valid xlsx with inline strings."""
    def col(i):
        s = ''
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    def esc(t):
        return t.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    sd = []
    for r, row in enumerate(rows, 1):
        cells = ''.join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (col(c), r, esc(v))
                        for c, v in enumerate(row))
        sd.append('<row r="%d">%s</row>' % (r, cells))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % ''.join(sd))
    files = [
        ('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % sheet),
        ('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml', sheet_xml),
    ]
    return zipbytes(files)

def csvtext(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator='\r\n')
    w.writerows(rows)
    return s.getvalue()

def mk(label, kind, frm, to, subj, body, patient='', cc=None, html=None, atts=(),
       cte=None, headers=None, mailer=None):
    n = _counter.get((label, kind), 0) + 1
    _counter[(label, kind)] = n
    fname = '%s-%s-%03d.eml' % (label, kind, n)
    m = EmailMessage()
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subj
    m['Date'] = _date()
    dom = frm.split('@')[-1].strip('> ')
    m['Message-ID'] = '<%s.%d.%d@%s>' % (kind, n, SEED, dom)
    m['MIME-Version'] = '1.0'
    if mailer:
        m['X-Mailer'] = mailer
    for k, v in (headers or []):
        m[k] = v
    if cte:
        m.set_content(body, charset='utf-8', cte=cte)
    elif body.isascii():
        m.set_content(body, cte='7bit')
    else:
        m.set_content(body)
    if html:
        if html.isascii():
            m.add_alternative(html, subtype='html', cte='7bit')
        else:
            m.add_alternative(html, subtype='html')
    for data, mt, st, fn in atts:
        if isinstance(data, str):
            if mt == 'text':
                m.add_attachment(data, subtype=st, filename=fn)
            else:
                m.add_attachment(data.encode('utf-8'), maintype=mt, subtype=st, filename=fn)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    i = _idx[0]
    j = 0
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (i, j))
            j += 1
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(m.as_bytes(policy=email.policy.SMTP))
    _rows.append((fname, label, kind, patient if label == 'phi' else ''))

ORG = 'cedarridgeortho.com'
DISC = ("\n\nCONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of\n"
        "the intended recipient(s) and may contain confidential and privileged information.\n"
        "Any unauthorized review, use, disclosure or distribution is prohibited. If you are not\n"
        "the intended recipient, please contact the sender by reply e-mail and destroy all\n"
        "copies of the original message.")

# =====================================================================================
# PHI / care
# =====================================================================================
mk('phi', 'care', 'Tamsin Greer <tgreer@%s>' % ORG, 'ASC Pre-Op <preop@%s>' % ORG,
   'moving Whitcombe to 3/14',
   """Hi all,

Dolores Whitcombe (R TKA w/ Dr Haldane) is getting moved from 3/7 to 3/14, first case, 7:30.
Her potassium came back 5.6 on last week's BMP so Dr H wants it repeated before we put her
on the board again - order is in, she's going to the Fenwick lab Monday.

Also she's on Eliquis for the afib - cardiology ok'd holding it 3 days, so last dose the
evening of 3/10. I already told her but pls reinforce at the pre-op call. She lives alone so
she'll need the overnight stay, not a same-day d/c.

thx
Tamsin

Tamsin Greer
Surgical Coordinator - Joint Replacement
Cedar Ridge Orthopaedic & Spine
p 937-555-0410 x231 | f 937-555-0499""" + DISC, patient='Whitcombe', mailer='Microsoft Outlook 16.0')

mk('phi', 'care', 'Luis Ocampo <locampo@%s>' % ORG, 'intake@northgatept.com',
   'PT referral - Oyelaran-Tate',
   """Good morning Northgate team,

Sending over a new referral. Order and op note are attached in the fax we sent at 9:40 but
putting the basics here so you can get him on the schedule:

Patient: Marcus Oyelaran-Tate
Surgery: ACDF C5-6, 02/02/2024, Dr. Raghunathan
Orders: PT 2x/week x 6 weeks, cervical ROM + scapular stabilization. NO lifting over 10 lbs
until his 12 week xrays. Soft collar can come off for therapy.
He prefers the Wexford location, afternoons after 3. Best number is on the fax.

Let me know if you need anything else.

Luis Ocampo
Surgical Coordinator, Spine
Cedar Ridge Orthopaedic & Spine""", patient='Oyelaran-Tate')

mk('phi', 'care', 'Bethany Corwin RN <bcorwin@%s>' % ORG, 'Jordan Whitley PA-C <jwhitley@%s>' % ORG,
   'FW: post op call - Paszkiewicz',
   """Jordan - see below, can you look at him tomorrow? I put him on at 8:15.

-----Original Message-----
From: Destiny Moore <dmoore@cedarridgeortho.com>
Sent: Wednesday, March 6, 2024 4:52 PM
To: Bethany Corwin RN <bcorwin@cedarridgeortho.com>
Subject: post op call - Paszkiewicz

Bethany, Gerald Paszkiewicz's wife called, he had the L knee scope + menisectomy last
thursday. she says the bottom portal is still draining yellowish stuff and its warm to
touch. no fever that she knows of, he hasn't checked. he finished the oxy but still taking
ibuprofen. she wants to know if he should keep the ace wrap on. I told her someone would
call back before 5

Destiny

> Called wife back 5:10pm. Told her keep dressing dry, bring him in AM. Called in Keflex
> 500 qid x7d to Walgreens on Main per Jordan verbal. - BC""", patient='Paszkiewicz')

mk('phi', 'care', 'Kayla Brandt <kbrandt@%s>' % ORG, 'orders@apexbracing.com',
   'DME order - LSO brace + bone stim for Rourke',
   """Please see order below. Thank you!

Patient: Annette Rourke
Procedure: L4-5 TLIF, done 2/27 at Mercy West
Items: LSO brace (custom fit), external bone growth stimulator
Dx & CPT are on the signed order attached in Athena. Dr. Sokolova wants her fitted BEFORE her
2 week visit on 3/12 if at all possible, she's been in the hospital brace and hates it.

Kayla Brandt | Scheduling / DME
Cedar Ridge Orthopaedic & Spine""",
   html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Please see order below. Thank you!</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Patient</b></td><td>Annette Rourke</td></tr>
<tr><td><b>Procedure</b></td><td>L4-5 TLIF, done 2/27 at Mercy West</td></tr>
<tr><td><b>Items</b></td><td>LSO brace (custom fit), external bone growth stimulator</td></tr>
</table>
<p>Dx &amp; CPT are on the signed order attached in Athena. Dr. Sokolova wants her fitted
<b>BEFORE</b> her 2 week visit on 3/12 if at all possible, she's been in the hospital brace and
hates it.</p>
<p style="color:#555">Kayla Brandt | Scheduling / DME<br>Cedar Ridge Orthopaedic &amp; Spine</p>
</body></html>""", patient='Rourke')

mk('phi', 'care', 'Nate Sorensen <nsorensen@vantageortho.com>', 'Dr. Alan Haldane <ahaldane@%s>' % ORG,
   'Re: tmrw 7:30 - revision',
   """Dr H,

Confirmed, I'll have the revision trays and the full range of heads there by 6:45. For
Brenda Kowalczyk I'm bringing 32 and 36 ceramic, plus the constrained liners just in case
since you mentioned the recurrent dislocations. The loaners are checked into SPD already.

Nate

On Wed, Mar 6, 2024 at 6:14 PM Alan Haldane <ahaldane@cedarridgeortho.com> wrote:
> Nate - Kowalczyk tomorrow, L THA revision, she's dislocated 3x since Oct. Bring
> everything. Might be acetabular only, might be both components. Cups too.
> AH

--
Nate Sorensen | Sr. Sales Representative, Reconstructive
Vantage Orthopedics | m 614-555-0177""", patient='Kowalczyk', mailer='Gmail')

mk('phi', 'care', 'Sheila Draper RN CCM <sdraper@keystonemutualins.com>', 'Renee Castellanos <rcastellanos@%s>' % ORG,
   'Claimant Tyrell Banning - status',
   """Hello Renee,

I'm the nurse case manager assigned to Mr. Banning's claim. I received the MRI report of the left
shoulder from 2/29 (full thickness supraspinatus tear, retracted) and Dr. Fennimore's note
recommending arthroscopic repair. The employer is asking about return-to-work timing.

Could your office send:
 - the surgery date once scheduled
 - any restrictions he currently has (the last work status slip I have is from January)
 - the PT notes from Northgate, they say they sent to you

Surgery request is under review with our UR dept, I expect a determination within 5 business
days.

Thank you,
Sheila Draper, RN, CCM
Field Case Manager | Keystone Mutual Insurance Co.
Direct 614-555-0931""", patient='Banning', cc='Mei-Ling Tran <mtran@%s>' % ORG)

mk('phi', 'care', 'front desk <frontdesk@%s>' % ORG, 'Jordan Whitley PA-C <jwhitley@%s>' % ORG,
   'Salcedo injection',
   """roberto salcedo got his R knee injection today w/ Dr F, he's asking when he can go back to
PT and if he should still do the bike. can you call him? he's waiting

- Marisol""", patient='Salcedo')

mk('phi', 'care', 'Riverbend Family Medicine <referrals@riverbendfm.org>', 'ASC Pre-Op <preop@%s>' % ORG,
   'Pre-operative clearance - Harold Ekwueme',
   """To: Cedar Ridge Surgery Center
Re: Pre-operative medical evaluation
Patient: Harold Ekwueme
Planned procedure: L3-S1 decompressive laminectomy (Dr. E. Sokolova), scheduled 03/19/2024

Mr. Ekwueme was seen in our office on 03/05/2024 for pre-operative evaluation. He has a history
of hypertension and type 2 diabetes. A1c on 02/21 was 7.1. Transthoracic echo on 02/26
showed EF 55-60% with mild LVH. Nuclear stress test 02/28 was negative for ischemia. ECG
today: NSR, no acute changes.

Recommendations:
- Hold metformin morning of surgery and for 48h after.
- Continue amlodipine including AM of surgery with a sip of water.
- Hold lisinopril morning of surgery.
- Check fingerstick glucose on arrival.

He is at acceptable risk to proceed with the planned procedure.

Olamide Harrington-Grey, MD
Riverbend Family Medicine
2120 Canal St, Suite 4, Wexford OH
Ph 937-555-0662  Fax 937-555-0663""", patient='Ekwueme', cte='quoted-printable')

# =====================================================================================
# PHI / names
# =====================================================================================
mk('phi', 'names', 'Destiny Moore <dmoore@%s>' % ORG, 'Kayla Brandt <kbrandt@%s>' % ORG,
   'Nguyễn Thị Lan - resched',
   """she called again, needs to move her 2 wk post op from tues to thurs bc her son drives her.
can you call her back w/ a time, I don't have access to Fennimore's thurs template

D""", patient='Nguyễn Thị Lan')

mk('phi', 'names', 'Mei-Ling Tran <mtran@%s>' % ORG, 'Dr. Priya Raghunathan <praghunathan@%s>' % ORG,
   "O'Sullivan-Baptiste MRI auth - denied",
   """Dr. R,

Mr O'Sullivan-Baptiste's lumbar MRI auth came back denied this morning. Reason given: "less than 6
weeks of documented conservative treatment." His PT started 1/29 so we're only at 5 1/2 wks.

Options:
1) wait til 3/11 and resubmit w/ the PT progress note
2) peer to peer - they offered slots Thurs 12:15 or Fri 4:30

Let me know which you prefer. I'll hold off telling him until I hear from you.

Mei-Ling Tran
Prior Authorization Specialist
Cedar Ridge Orthopaedic & Spine | x244""", patient="O'Sullivan-Baptiste")

mk('phi', 'names', 'Dr. Marcus Fennimore <mfennimore@%s>' % ORG, 'Tamsin Greer <tgreer@%s>' % ORG,
   'add on thurs ASC',
   """Van der Berg, Pieter - add to thurs ASC after my last case. L CTR, local w/ sedation, 30 min.
he's already consented. EMG in chart.
MF

Sent from my iPhone""", patient='Van der Berg')

mk('phi', 'names', 'Jordan Whitley PA-C <jwhitley@%s>' % ORG, 'Bethany Corwin RN <bcorwin@%s>' % ORG,
   'Re: callback',
   """yes that's him - Chidi, the 44 yo from this morning with the tib plateau fx. he's nwb on the
L, needs the knee scooter rx sent to Apex not the walker. Also tell him ok to shower w/ the
bag over the splint.

> On Thu, Mar 7, 2024 at 2:03 PM Bethany Corwin RN wrote:
> the guy from this AM called, Chidi - said he was told he'd get a scooter? which
> one is he, I don't see a Chidi on your list under first name, only last names""",
   patient='Chidi')

mk('phi', 'names', 'Hollis Pryor <hpryor@%s>' % ORG, 'Renee Castellanos <rcastellanos@%s>' % ORG,
   'call from daughter re Ms. Al-Hashimi',
   """Renee, Fatima Al-Hashimi's daughter (Noor) called about the bill from the hip replacement in
Jan - they got a statement for $2,380 and she thinks the secondary never got billed. She also
asked me about the hip precautions which I obviously transferred to clinical lol.

Ms. Al-Hashimi's secondary is Medicaid managed care per the face sheet. Can you look before I
call back? Noor's # is in the acct notes.

Hollis Pryor
AR Specialist, Billing Office""", patient='Al-Hashimi')

mk('phi', 'names', 'Priya Raghunathan MD <praghunathan@%s>' % ORG, 'Luis Ocampo <locampo@%s>' % ORG,
   'Venkataraman, Sudha -- surgery consent',
   """Luis,

Please schedule Sudha Venkataraman for L5-S1 microdiscectomy, ASC, 90 min, any of my April
Tuesdays. She wants after her daughter's wedding (3/30). Her husband will be with her for pre-op,
he translates for her with medical terms even though her English is good.

Thanks
PR

Priya Raghunathan, MD
Orthopaedic Spine Surgery
Cedar Ridge Orthopaedic & Spine""", patient='Venkataraman')

mk('phi', 'names', 'Kayla Brandt <kbrandt@%s>' % ORG, 'Nicole Haas <nhaas@northgatept.com>',
   'Re: Wróblewski - visits left?',
   """Hi Nicole,

For Mr. Zbigniew Wróblewski - Dr. Sokolova signed the extension for 8 more visits, the order is
attached to the fax. His insurance allowed 20 for the year and he's used 14 so you may need to
ask for more after that.

Also FYI he called us saying the traction made his leg numbness worse last session, can your
therapist hold off on that until he sees her on the 21st?

Kayla

From: Nicole Haas <nhaas@northgatept.com>
Sent: Thursday, March 7, 2024 10:18 AM
Subject: Wróblewski - visits left?

Hi Kayla - we only have 2 visits left on his current order, can you check with Dr. S?""",
   patient='Wróblewski')

mk('phi', 'names', 'Tamsin Greer <tgreer@%s>' % ORG, 'Bethany Corwin RN <bcorwin@%s>' % ORG,
   'Sr. de la Fuente - interpreter',
   """Bethany - for Monday's 10am, Sr. Ignacio de la Fuente Ibáñez (R shoulder reverse), he will
need a Spanish interpreter for pre-op and PACU. I booked LanguageLine video but if Rosa is
working that day can she do it in person instead? Wife is also coming.

Gracias!
Tamsin""",
   html="""<html><body><div style="font-family:Arial;font-size:10pt">
<p>Bethany - for Monday's 10am, <b>Sr. Ignacio de la Fuente Ib&aacute;&ntilde;ez</b> (R shoulder reverse),
he will need a Spanish interpreter for pre-op and PACU. I booked LanguageLine video but if Rosa
is working that day can she do it in person instead? Wife is also coming.</p>
<p>Gracias!<br>Tamsin</p></div></body></html>""", patient='de la Fuente Ibáñez')

# =====================================================================================
# PHI / self
# =====================================================================================
mk('phi', 'self', 'Linda Marsh <lindamarsh62@yahoo.com>', 'info@%s' % ORG,
   'still hurting after surgery',
   """Hello,

This is Linda Marsh, I had my rotator cuff repaired by Dr Fennimore on Feb 9th. I'm 4 weeks out
now and the pain at night is still really bad, I can't sleep more than 2 hrs. I ran out of the
tramadol last Sunday and I'm just using Tylenol. The PT says my motion is ok for where I'm at.
Is this normal?? My next appt isn't until the 26th. Can someone call me, I'm home all day.

Thank you
Linda""", patient='Marsh', mailer='Yahoo Mail for Android')

mk('phi', 'self', 'Kara Prowse <kprowse.home@gmail.com>', 'appointments@%s' % ORG,
   'my son - wrist fracture follow up',
   """Hi, my son Ethan Prowse (DOB 06/22/2009) broke his left wrist at soccer on Saturday and was seen
at the urgent care on Route 9. They put him in a splint and said to follow up with ortho within a
week. They said it's a "buckle fracture" of the radius. Can we get in with someone this week? He
has school until 2:45 but we can pull him out.

Our insurance is Anthem through my husband's job.

Thanks so much,
Kara Prowse
(937) 555-0287""", patient='Prowse', mailer='Gmail')

mk('phi', 'self', 'Darnell Fitch <dfitch1979@outlook.com>', 'billing@%s' % ORG,
   'WC claim - they say they never got my PT notes',
   """To whom it may concern

My name is Darnell Fitch, I'm a patient of Dr. Raghunathan for my back injury from work (fell off
a loading dock in November). My comp claim # is KM-24-0078812. The adjuster Mr. Pollard says
they never got the PT notes or the note from my Feb. 20 visit so they stopped paying my TTD.
I've been out of work since 11/14 and I can't go without a check. Please send everything to
Keystone again and let me know when it's done.

Darnell Fitch
937-555-0740""", patient='Fitch')

mk('phi', 'self', 'P. Glennon <pattyglennon@comcast.net>', 'records@%s' % ORG,
   'Re: records request',
   """Hi,
Yes I'm the patient, Patricia Glennon, date of birth is 11/30/1971. I need the operative report
from my neck surgery (the fusion last September) and all my visit notes since the car accident
sent to my attorney, Gail Dunmore at Dunmore & Quill. I already signed the release at the front
desk on Tuesday. Her email is gdunmore@dunmorequill-law.com.

Thanks,
Patty

On Mon, Mar 4, 2024 at 9:02 AM Medical Records <records@cedarridgeortho.com> wrote:
> Good morning, we received a request for records but we need to verify the requester. Are
> you the patient or the patient's representative?
>
> Medical Records Dept
> Cedar Ridge Orthopaedic & Spine""", patient='Glennon')

mk('phi', 'self', 'Ingrid Ibsen <ingrid.ibsen@proton.me>', 'Tamsin Greer <tgreer@%s>' % ORG,
   'Dad\'s hip surgery - questions',
   """Hi Tamsin,

I'm writing for my father, Walter Ibsen, he is 83 and scheduled for his right hip replacement with
Dr. Haldane on March 21. A few questions since I am his healthcare POA and I'm the one driving
down from Columbus:

1. He takes warfarin for his heart valve - does he need to see his cardiologist first or does your
   office handle the bridging? He's never had Lovenox before.
2. He uses a cane now. Should we rent the walker before or will you send one?
3. Is the surgery at the surgery center or the hospital? His paperwork says both.

He's pretty hard of hearing so calling him directly doesn't go well - please call or email me.

Ingrid Ibsen
614-555-0318""", patient='Ibsen')

mk('phi', 'self', 'mike <mdhunt88@icloud.com>', 'frontdesk@%s' % ORG,
   'incision',
   """hey its mike delacroix-hunt, had my ankle fixed last wed w dr fennimore. the incision on the
outside is kinda red around 2 of the staples and its itchy. no pus. is that normal or do i
need to come in. i go back to work mon

Sent from my iPhone""", patient='Delacroix-Hunt', mailer='iPhone Mail (21D61)')

mk('phi', 'self', 'Oluwaseun Adebayo-Okafor <seun.adebayo@gmail.com>', 'billing@%s' % ORG,
   'question about my statement',
   """Good afternoon,

I received a statement for my knee arthroscopy at your surgery center on 01/17/2024 (account
ending 4418). It shows anesthesia was denied by my insurance as "out of network." I was told by
your scheduler that everybody involved was in network with Aetna. I would like this reviewed before
I pay anything. My date of birth is 14 August 1990 if you need it to look me up.

Regards,
Oluwaseun (Seun) Adebayo-Okafor""", patient='Adebayo-Okafor')

# =====================================================================================
# PHI / ids
# =====================================================================================
mk('phi', 'ids', 'Nicole Haas <nhaas@northgatept.com>', 'Kayla Brandt <kbrandt@%s>' % ORG,
   'cancel referral',
   """Kayla - pls cancel the PT referral for DOB 3.4.88 MRN 00482716, she's discharged to HEP as of
today, met all goals. d/c summary coming by fax.

Nicole""", patient='')

mk('phi', 'ids', 'Hollis Pryor <hpryor@%s>' % ORG, 'support@claimbridge-edi.com',
   'Rejected claim - need help',
   """Hi ClaimBridge support,

Claim below keeps rejecting at the payer with "subscriber DOB mismatch." Our system has
19880304, patient says that's right. Can you see what went out in the file?

Pt acct: 1004-882317
Patient: HERRERA, GISELLE
DOS: 02/14/2024, CPT 29881-RT (knee scope w/ menisectomy), 20610
Payer: Buckeye Health Plan, member ID BHP7741290-01
Batch: CB-20240305-0114

Thanks,
Hollis Pryor
Cedar Ridge Orthopaedic & Spine Billing
937-555-0410 x260""", patient='Herrera')

mk('phi', 'ids', 'Gail Dunmore <gdunmore@dunmorequill-law.com>', 'records@%s' % ORG,
   'Our client: Tomasz Lindqvist-Mora / MVA 10-12-2023',
   """Dear Records Custodian,

This firm represents Tomasz Lindqvist-Mora (DOB 4 Mar 1988) in connection with injuries sustained
in a motor vehicle collision on October 12, 2023. Enclosed please find a HIPAA-compliant
authorization executed by our client.

Please provide complete copies of all records, including office notes, imaging reports (including
the cervical and lumbar MRI), physical therapy referrals, and itemized billing from 10/12/2023 to
present. Auto carrier claim no. 71-AC-3304498; PIP has been exhausted.

Very truly yours,

Gail Dunmore, Esq.
Dunmore & Quill LLP
400 W. Ridge Ave, Suite 1200
Dayton, OH 45402
T 937-555-0819""", patient='Lindqvist-Mora',
   atts=[(b'%PDF-1.4\n% authorization placeholder\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n',
          'application', 'pdf', 'Lindqvist-Mora_HIPAA_auth.pdf')])

mk('phi', 'ids', 'Kayla Brandt <kbrandt@%s>' % ORG, 'orders@apexbracing.com',
   'address change - bone stim delivery',
   """Hi Apex,

Please update the delivery address for the bone stimulator on the Kettering order (spine pt, Dr
Raghunathan). She is staying with her sister during recovery:

Rhonda Kettering
4471 Larkspur Ct Apt 2B
Fenwick OH 45899
cell (937) 555-0148 - ok to text

Original order date 3/1. Thx!""", patient='Kettering')

mk('phi', 'ids', 'Mei-Ling Tran <mtran@%s>' % ORG, 'Luis Ocampo <locampo@%s>' % ORG,
   'Re: Halvorsen',
   """BCX884120937 is the member id, group 0071552. Auth for the L4-5 TLIF 22633 + 22853 + 20930 was
approved, ref # PA-3319067, valid 3/15-6/13, inpatient 2 days. They did NOT approve the bone
stim yet, separate request.

> is the halvorsen auth back? need it to book OR""", patient='Halvorsen')

mk('phi', 'ids', 'Mercy West Pathology <pathology@mercywesthealth.org>', 'Dr. Alan Haldane <ahaldane@%s>' % ORG,
   'Final report available - S24-118373',
   """A final surgical pathology report is available for your patient.

Accession: S24-118373
MRN: 7730125
Patient: PELLETIER, ANNE-MARIE
DOB: 1951-09-17
Collected: 02/28/2024
Specimen: Femoral head, left

FINAL DIAGNOSIS: Femoral head with subchondral fracture and osteonecrosis; degenerative
changes of articular cartilage. No malignancy identified.

Please log in to the MercyWest provider portal to view the full report.
This is an automated message. Do not reply.""", patient='Pelletier')

mk('phi', 'ids', 'Renee Castellanos <rcastellanos@%s>' % ORG, 'Hollis Pryor <hpryor@%s>' % ORG,
   'chart 22-09183',
   """Hollis - chart# 22-09183, ssn last 4 6620, DOB 07-Nov-64. payer recouped the 27447 from last
summer saying we didn't have auth on file. we DID, it's scanned in the 6/2023 folder. Please appeal
with the auth letter + op note. deadline is 3/29.""", patient='')

mk('phi', 'ids', 'Brent Pollard <bpollard@keystonemutualins.com>', 'Mei-Ling Tran <mtran@%s>' % ORG,
   'RE: Authorization request - Claim KM-24-0041120',
   """Ms. Tran,

Claim: KM-24-0041120
Claimant: Yesenia Cardoza-Whitfield
SSN: XXX-XX-3895
DOI: 12/04/2023
Employer: Tri-County Distribution LLC

Your request for right carpal tunnel release (CPT 64721) and 8 post-op occupational therapy visits
is APPROVED. The request for a right trigger thumb release (26055) is DENIED as not causally
related to the work injury per the IME of 02/15/2024.

Bill to: Keystone Mutual Insurance, PO Box 8830, Columbus OH 43218.

Brent Pollard
Senior Claims Adjuster, Workers' Compensation
Keystone Mutual Insurance Company
614-555-0900 ext 3312

-----Original Message-----
From: Mei-Ling Tran <mtran@cedarridgeortho.com>
Sent: Monday, March 4, 2024 11:21 AM
To: Brent Pollard <bpollard@keystonemutualins.com>
Subject: Authorization request - Claim KM-24-0041120

Please see attached C-9 for Ms. Cardoza-Whitfield.""", patient='Cardoza-Whitfield')

# =====================================================================================
# PHI / lists
# =====================================================================================
mk('phi', 'lists', 'Bethany Corwin RN <bcorwin@%s>' % ORG, 'ASC Staff <asc-staff@%s>' % ORG,
   'ASC board for Fri 3/8',
   "Here's tomorrow. Room 2 is down til 9 for the humidity thing so Haldane starts in 1.\n\n"
   "Time\tRoom\tPatient\tDOB\tProcedure\tSurgeon\tNotes\n"
   "07:30\tOR1\tWhitcombe, Dolores\t05/11/1949\tR TKA\tHaldane\tK recheck ok, overnight\n"
   "09:45\tOR1\tFarouk, Samir\t10/02/1967\tL TKA\tHaldane\tDM2, FSBG on arrival\n"
   "07:30\tOR3\tVan der Berg, Pieter\t01/25/1958\tL CTR\tFennimore\tlocal/MAC\n"
   "08:15\tOR3\tSzabo, Krisztina\t03/30/1985\tR knee scope/ACL recon\tFennimore\tallograft in\n"
   "11:00\tOR3\tMbeki-Lawson, Thandi\t12/12/1993\tL ankle ORIF hw removal\tFennimore\t\n"
   "09:00\tOR2\tHalloran, Patrick\t08/08/1972\tL5-S1 micro\tRaghunathan\tlatex allergy!!\n\n"
   "Bethany Corwin, RN, CNOR\nCharge Nurse, Cedar Ridge Surgery Center", patient='Whitcombe')

mk('phi', 'lists', 'Nicole Haas <nhaas@northgatept.com>', 'Jordan Whitley PA-C <jwhitley@%s>' % ORG,
   'Wexford huddle notes - your pts',
   """Hi Jordan, from our morning huddle, the ones that need something from your side:

 * Marcus Oyelaran-Tate - ACDF 2/2 - doing great, asking if he can drive yet
 * Linda Marsh - RCR 2/9 - night pain 7/10, PROM on track, pls see her email to your office
 * Gerald P. - L knee scope - missed 2 visits, wife says wound issue? holding til cleared
 * Zbigniew Wróblewski - lumbar - numbness worse after traction, we stopped it
 * Keisha Odom - TKA 1/30 - flexion stuck at 95, MUA?? she's asking

Thanks!
Nicole Haas, PT, DPT
Clinic Director, Northgate Physical Therapy - Wexford""", patient='Oyelaran-Tate')

mk('phi', 'lists', 'Mei-Ling Tran <mtran@%s>' % ORG, 'Surgical Coordinators <surgcoord@%s>' % ORG,
   'PA tracker wk of 3/11',
   """Updated, pls don't book anything still "pending" -

+----------------------+----------+--------------------+------------+-----------+-----------------+
| Patient              | DOB      | Procedure          | Payer      | Status    | Ref #           |
+----------------------+----------+--------------------+------------+-----------+-----------------+
| Halvorsen, Kirsten   | 02/09/61 | L4-5 TLIF          | BCX        | APPROVED  | PA-3319067      |
| O'Sullivan-Baptiste  | 07/19/79 | MRI L-spine        | UHC        | DENIED    | p2p Thu 12:15   |
| Cardoza-Whitfield, Y | 05/03/88 | R CTR              | Keystone WC| APPROVED  | KM-24-0041120   |
| Venkataraman, Sudha  | 11/02/66 | L5-S1 micro        | Aetna      | PENDING   | --              |
| Ibsen, Walter        | 04/14/40 | R THA              | Medicare   | n/a       | no PA req       |
| Dubois-Ferrand, Luc  | 09/27/83 | R shoulder scope   | Anthem     | PENDING   | submitted 3/6   |
+----------------------+----------+--------------------+------------+-----------+-----------------+

Mei-Ling""", patient='Halvorsen')

mk('phi', 'lists', 'Dr. Elena Sokolova <esokolova@%s>' % ORG, 'Dr. Priya Raghunathan <praghunathan@%s>' % ORG,
   'weekend signout',
   """Priya - weekend handoff. all at Mercy West unless noted.

NAME                  RM    POD  PROC                 ISSUES / TO DO
--------------------  ----  ---  -------------------  -----------------------------------------
Rourke, Annette       412   9    L4-5 TLIF            dc'd Thurs, calling re brace - Apex fitting Mon
Petrakis, Dimitri     418   2    T10-L2 fusion        drain 180cc/24h, Hgb 8.1 recheck Sat AM
Nwosu, Ifeanyi        421   1    C5-7 ACDF            swallow eval sat, soft diet, watch voice
Cortez-Bell, Adriana  ED    -    L3 burst fx (MVA)    CT done, neuro intact, TLSO, may go home Sun
                                                     if ambulating; fu my clinic 2 wk

call cell if anything. I'm back Mon 6am.
E""", patient='Rourke')

mk('phi', 'lists', 'Kayla Brandt <kbrandt@%s>' % ORG, 'Apex Bracing Orders <orders@apexbracing.com>',
   'open DME orders - please reconcile',
   """Hi Apex team,

Attached is our list of open DME orders from Feb. Several show "delivered" on your portal but the
patients say they never got anything. Can you check the ones marked ??? and send proof of delivery?

Thank you,
Kayla""",
   atts=[(csvtext([
       ['order_date', 'patient_last', 'patient_first', 'dob', 'item', 'hcpcs', 'ordering_md', 'status', 'note'],
       ['02/05/2024', 'Quintero', 'Alejandra', '1979-08-14', 'Hinged knee brace', 'L1833', 'Fennimore', 'delivered', ''],
       ['02/07/2024', 'Rourke', 'Annette', '1962-01-30', 'LSO custom', 'L0631', 'Sokolova', 'open', 'fit before 3/12'],
       ['02/12/2024', 'Abernathy', 'Clyde', '1945-06-03', 'Cold therapy unit', 'E0218', 'Haldane', '???', 'pt says never rec\'d'],
       ['02/16/2024', 'Trinh', 'Bao', '1990-12-21', 'Shoulder sling w/ abduction pillow', 'L3960', 'Fennimore', 'delivered', ''],
       ['02/20/2024', 'Kettering', 'Rhonda', '1974-04-09', 'Bone growth stimulator spinal', 'E0748', 'Raghunathan', 'open', 'new address'],
       ['02/26/2024', 'Osei-Bonsu', 'Akua', '1958-10-11', 'Knee scooter', 'E0118', 'Whitley PA', '???', 'wrong item sent'],
   ]), 'text', 'csv', 'open_dme_orders_feb2024.csv')], patient='Quintero')

mk('phi', 'lists', 'Renee Castellanos <rcastellanos@%s>' % ORG, 'Gregory Stahl <gstahl@%s>' % ORG,
   'AR > 90 aging - auto / LOP accounts',
   """Greg,

As requested, the letter-of-protection / auto accounts over 90 days are in the attached
spreadsheet. Big ones are Glennon and Lindqvist-Mora, both have active attorneys. I flagged the
two where the attorney has changed.

Renee Castellanos, CPC
Billing Manager""",
   atts=[(xlsx([
       ['Acct', 'Patient', 'DOB', 'DOI', 'Attorney', 'Balance', 'Last Svc', 'Flag'],
       ['1004-771020', 'Glennon, Patricia', '11/30/1971', '05/02/2023', 'Dunmore & Quill', '48,215.00', '02/20/2024', ''],
       ['1004-803314', 'Lindqvist-Mora, Tomasz', '03/04/1988', '10/12/2023', 'Dunmore & Quill', '12,940.50', '02/28/2024', ''],
       ['1004-812277', 'Baptiste, Jean-Rony', '06/17/1981', '08/30/2023', 'Hale Injury Law', '7,302.00', '01/09/2024', 'atty changed'],
       ['1004-790045', 'Sandoval, Reyna', '02/02/1995', '07/15/2023', 'self / none', '3,880.00', '11/21/2023', ''],
       ['1004-826651', 'Morozova, Svetlana', '01/19/1977', '11/03/2023', 'Petrov Law Group', '9,115.75', '02/14/2024', 'atty changed'],
   ], 'AR90_LOP'), 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet',
       'AR90_auto_LOP_0308.xlsx')], patient='Glennon')

mk('phi', 'lists', 'Hollis Pryor <hpryor@%s>' % ORG, 'Brent Pollard <bpollard@keystonemutualins.com>',
   'Outstanding WC bills - Cedar Ridge Ortho',
   """Mr. Pollard,

Per our call, attached is a zip with the outstanding Keystone workers' comp claims (CSV). Password
was sent separately. Most are past the 30-day payment window. Please advise on each.

Hollis Pryor
AR Specialist | Cedar Ridge Orthopaedic & Spine
937-555-0410 x260""",
   atts=[(zipbytes([('keystone_open_wc_claims.csv', csvtext([
       ['claim_no', 'claimant', 'dob', 'doi', 'dos', 'cpt', 'billed', 'status'],
       ['KM-24-0078812', 'FITCH DARNELL', '1979-02-11', '2023-11-14', '2024-02-20', '99214', '245.00', 'no response'],
       ['KM-24-0078812', 'FITCH DARNELL', '1979-02-11', '2023-11-14', '2024-01-08', '72148', '1450.00', 'no response'],
       ['KM-24-0041120', 'CARDOZA-WHITFIELD YESENIA', '1988-05-03', '2023-12-04', '2024-01-22', '95886', '610.00', 'pended'],
       ['KM-23-0913357', 'BANNING TYRELL', '1983-09-09', '2023-10-30', '2024-02-29', '73221', '1320.00', 'pended'],
       ['KM-23-0887420', 'ROSARIO-DIAZ HECTOR', '1969-12-01', '2023-06-19', '2023-12-12', '63030', '4875.00', 'denied-appeal sent'],
   ]))]), 'application', 'zip', 'keystone_wc_open.zip')], patient='Fitch')

# =====================================================================================
# PHI / struct
# =====================================================================================
HL7_ADT = r"""MSH|^~\&|ATHENA|CRORTHO|CRSC_ASC|CRSC|20240307143512||ADT^A04|MSG00027714|P|2.5.1
EVN|A04|20240307143512
PID|1||7730125^^^CRORTHO^MR||PELLETIER^ANNE-MARIE^L||19510917|F|||88 Birchwood Ln^^Fenwick^OH^45899||(937)555-0193|||M||1004-861102
PV1|1|O|ASC^PREOP^01||||1188204471^HALDANE^ALAN^^^MD|||ORT||||||||OP|||||||||||||||||||||||||20240307143000
IN1|1|MCR|00001|MEDICARE PART B||||||||||||PELLETIER^ANNE-MARIE|SEL|19510917|||||||||||||||||||1EG4TE5MK72"""

mk('phi', 'struct', 'Owen Falk <ofalk@%s>' % ORG, 'interfaces@surgiqsystems.com',
   'ADT feed to ASC - A04s dropping',
   """Hi SurgIQ interface team,

Since the upgrade Tues night our A04s from athena aren't creating encounters in the ASC system.
They show ACK AA on our side. Here's one from today that didn't cross (pulled from the engine log):

""" + HL7_ADT + """

Only difference I can see vs last week is PV1-3 now has the bed "01". Can you check if your side
is choking on that? Ticket on our end is INC0048377.

Owen Falk
Systems Analyst / Interfaces
Cedar Ridge Orthopaedic & Spine
937-555-0410 x290""", patient='Pelletier')

HL7_ORU = r"""MSH|^~\&|RIS|MERCYWEST|ATHENA|CRORTHO|20240305091744||ORU^R01|RIS4471093|P|2.3
PID|1||MW00391827^^^MW^MR~7731184^^^CRORTHO^MR||NWOSU^IFEANYI^C||19630424|M|||1907 Teal Ave^^Wexford^OH^45877||9375550622
PV1|1|I|4W^421^A
OBR|1|ORD776120|RAD22018845|72040^XR CERVICAL SPINE 2-3 VIEWS|||20240305073000|||||||||1902288731^SOKOLOVA^ELENA|||||||F
OBX|1|TX|72040^XR C-SPINE||AP and lateral views of the cervical spine. Status post anterior cervical discectomy and fusion C5-C7 with plate and screws in expected position.||||||F
OBX|2|TX|72040^XR C-SPINE||Prevertebral soft tissue swelling, expected postoperatively. No hardware failure.||||||F
OBX|3|TX|72040^XR C-SPINE||IMPRESSION: Expected postoperative appearance following C5-C7 ACDF.||||||F"""

mk('phi', 'struct', 'Owen Falk <ofalk@%s>' % ORG, 'Gregory Stahl <gstahl@%s>' % ORG,
   'FW: results not filing to chart',
   """Greg - fyi this is the one Dr S complained about. The PID-3 has two MRNs (Mercy's and ours) and
athena is only matching on the first. Raw msg attached. Vendor says it's a mapping change on our side,
I'll fix tonight.

Owen""", atts=[(HL7_ORU.replace('\n', '\r') + '\r', 'application', 'octet-stream', 'RIS4471093.hl7')],
   patient='Nwosu')

X837 = """ISA*00*          *00*          *ZZ*CRORTHO001     *ZZ*CLAIMBRIDGE    *240305*1422*^*00501*000004471*0*P*:~
GS*HC*CRORTHO001*CLAIMBRIDGE*20240305*1422*4471*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*CB-20240305-0114*20240305*1422*CH~
NM1*85*2*CEDAR RIDGE ORTHOPAEDIC AND SPINE*****XX*1427705512~
HL*2*1*22*0~
SBR*P*18*******CI~
NM1*IL*1*HERRERA*GISELLE****MI*BHP7741290-01~
N3*2290 OVERLOOK DR~
N4*WEXFORD*OH*45877~
DMG*D8*19880403*F~
CLM*1004-882317*1385.00***24:B:1*Y*A*Y*Y~
HI*ABK:S83241A~
SV1*HC:29881:RT*1210.00*UN*1***1~
DTP*472*D8*20240214~
SV1*HC:20610*175.00*UN*1***1~
DTP*472*D8*20240214~
SE*17*0001~"""

mk('phi', 'struct', 'Hollis Pryor <hpryor@%s>' % ORG, 'support@claimbridge-edi.com',
   'RE: Rejected claim - need help [Case 00918823]',
   """Ok found it - looks like our export flipped the DOB, DMG is going out as 19880403 instead of
19880304. Here's the segment loop from the file you sent back:

""" + X837 + """

Can I just correct + resubmit the one claim or does the whole batch need to go again?

Hollis

-----Original Message-----
From: ClaimBridge Support <support@claimbridge-edi.com>
Sent: Tuesday, March 5, 2024 3:40 PM
Subject: RE: Rejected claim - need help [Case 00918823]

Hello Hollis, the outbound 837P for that claim is attached. Please compare loop 2010BA DMG.
Regards, Tasha R. - ClaimBridge Tier 2""", patient='Herrera')

X835 = """ST*835*1001~
BPR*I*2214.60*C*ACH*CCP*01*041000124*DA*3320019981*1311992001**01*044000037*DA*551900332*20240306~
TRN*1*EFT883004412*1311992001~
N1*PR*BUCKEYE HEALTH PLAN~
N1*PE*CEDAR RIDGE ORTHOPAEDIC AND SPINE*XX*1427705512~
LX*1~
CLP*1004-869930*1*4210.00*1988.40*221.20*12*24BHP0441873*11*1~
NM1*QC*1*SZABO*KRISZTINA****MI*BHP2209934-02~
DTM*232*20240208~
SVC*HC:29888:RT*3900.00*1840.00**1~
CAS*CO*45*1838.80~
CAS*PR*3*221.20~
SVC*HC:20610:LT*310.00*148.40**1~
CAS*CO*45*161.60~
CLP*1004-870112*4*980.00*0*0*12*24BHP0441902*11*1~
NM1*QC*1*ABERNATHY*CLYDE****MI*BHP0015522-01~
SVC*HC:E0218*980.00*0**1~
CAS*CO*197*980.00~
SE*19*1001~"""

mk('phi', 'struct', 'Renee Castellanos <rcastellanos@%s>' % ORG, 'Hollis Pryor <hpryor@%s>' % ORG,
   'buckeye 835 - cold therapy denial',
   """pasting from the 835 - Abernathy's cold therapy unit denied CO-197 (no precert). that's the one
Apex says they delivered but he says never got. don't rebill til Kayla hears back from Apex.
Szabo's ACL posted fine.

""" + X835, patient='Abernathy')

X271 = """ISA*00*          *00*          *ZZ*BUCKEYEHP      *ZZ*CRORTHO001     *240307*0905*^*00501*000881234*0*P*:~
GS*HB*BUCKEYEHP*CRORTHO001*20240307*0905*881234*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*EL77120045*20240307*0905~
HL*1**20*1~
NM1*PR*2*BUCKEYE HEALTH PLAN*****PI*34192~
HL*2*1*21*1~
NM1*1P*2*CEDAR RIDGE SURGERY CENTER*****XX*1538820047~
HL*3*2*22*0~
NM1*IL*1*TRINH*BAO****MI*BHP6630184-01~
N3*515 CANAL ST APT 9~
N4*FENWICK*OH*45899~
DMG*D8*19901221*M~
EB*1*IND*30^AL*HM*GOLD PPO~
EB*C*IND*30***23*1500.00~
EB*C*IND*30***29*1122.40~
EB*B*IND*AL***27*250.00*****Y~
MSG*PRIOR AUTH REQUIRED FOR OUTPATIENT SURGERY CPT 29806-29828~
SE*17*0001~"""

mk('phi', 'struct', 'Mei-Ling Tran <mtran@%s>' % ORG, 'Luis Ocampo <locampo@%s>' % ORG,
   'trinh eligibility - shoulder scope needs PA',
   """271 came back on Bao Trinh, needs PA for the shoulder scope (29827 is in that range). Deductible
left $1122.40. I'll start the auth today, don't book til I have it.

""" + X271 + """

Mei-Ling""", patient='Trinh')

FHIR = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "crortho-1004-889120",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "7734460"}],
        "name": [{"family": "Dubois-Ferrand", "given": ["Luc", "Antoine"]}],
        "gender": "male",
        "birthDate": "1983-09-27",
        "telecom": [{"system": "phone", "value": "937-555-0381", "use": "mobile"}],
        "address": [{"line": ["62 Quarry Rd"], "city": "Wexford", "state": "OH", "postalCode": "45877"}]
      }
    },
    {
      "resource": {
        "resourceType": "ServiceRequest",
        "id": "sr-55102",
        "status": "active",
        "intent": "order",
        "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "29827",
                  "display": "Arthroscopy, shoulder, surgical; with rotator cuff repair"}]},
        "subject": {"reference": "Patient/crortho-1004-889120"},
        "requester": {"display": "Marcus Fennimore, MD"},
        "reasonCode": [{"text": "R shoulder pain, weakness after fall 12/2023; MRI 2/10 full thickness tear"}],
        "authoredOn": "2024-03-06"
      }
    }
  ]
}"""

mk('phi', 'struct', 'Owen Falk <ofalk@%s>' % ORG, 'api-support@authlinkhealth.io',
   'FHIR PA submission returning 422',
   """Hello,

We're piloting your prior auth API. Submissions for outpatient surgery return HTTP 422 with
"ServiceRequest.insurance is required" but your implementation guide says it's optional for
commercial payers. Request body (the bundle we POST to /PriorAuth/$submit) is below and also
attached. Anthem is the payer.

""" + FHIR + """

Thanks,
Owen Falk | Cedar Ridge Orthopaedic & Spine IT""",
   atts=[(FHIR, 'application', 'json', 'pa_bundle_sr55102.json')], patient='Dubois-Ferrand')

CCD = """<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20240304"/>
  <recordTarget>
    <patientRole>
      <id extension="7729981" root="2.16.840.1.113883.3.9921.1"/>
      <addr use="HP"><streetAddressLine>1140 Ashgrove Pl</streetAddressLine><city>Fenwick</city><state>OH</state><postalCode>45899</postalCode></addr>
      <telecom value="tel:+1-937-555-0455" use="HP"/>
      <patient>
        <name><given>Keisha</given><given>L</given><family>Odom</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19570608"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <code code="47519-4" codeSystem="2.16.840.1.113883.6.1" displayName="Procedures"/>
      <text><table><tr><td>Total knee arthroplasty, left</td><td>2024-01-30</td></tr></table></text>
    </section></component>
    <component><section>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="Medications"/>
      <text><list><item>aspirin 81 mg PO BID x 4 weeks</item><item>oxycodone 5 mg q6h PRN</item></list></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>"""

mk('phi', 'struct', 'Nicole Haas <nhaas@northgatept.com>', 'Jordan Whitley PA-C <jwhitley@%s>' % ORG,
   'Re: Odom - MUA?',
   """Jordan, our EMR only pulled this from the CCD you guys sent - no op note came through, just the
header + procedures + meds. Pasting so you can see. Can you send the op note separately? Her flexion
is stuck at 95 and we want to know if there were any intra-op ROM limits.

""" + CCD + """

Nicole""", patient='Odom', cte='quoted-printable')

# =====================================================================================
# PHI / lang
# =====================================================================================
mk('phi', 'lang', 'Guadalupe Salcedo <lupita.salcedo@hotmail.com>', 'appointments@%s' % ORG,
   'cita de mi mamá - rodilla',
   """Buenas tardes,

Les escribo por mi mamá, Esperanza Salcedo Ruiz, fecha de nacimiento 02/09/1956. El Dr. Haldane
le va a operar la rodilla derecha (reemplazo total) y nos dijeron que necesita un examen del
corazón antes de la cirugía. Ya le hicieron el electrocardiograma con su doctora pero no sabemos
si ustedes lo recibieron. También quería preguntar si después de la operación se queda en el
hospital o se va a la casa el mismo día, porque ella vive sola y yo trabajo en las mañanas.

Ella toma metformina y losartán, ¿tiene que dejar de tomarlos?

Muchas gracias,
Lupita Salcedo (hija)
937-555-0714""", patient='Salcedo Ruiz')

mk('phi', 'lang', 'Rosângela Teixeira <rosangela.teixeira@uol.com.br>', 'Luis Ocampo <locampo@%s>' % ORG,
   'Re: cirurgia da coluna',
   """Olá Luis,

Obrigada pela ligação ontem. Confirmo que meu marido, Joaquim Teixeira Batista, vai fazer a
cirurgia da coluna (artrodese L4-L5) com a Dra. Sokolova no dia 28 de março. Ele já fez os exames
de sangue e a ressonância. Ele ainda está com muita dor na perna esquerda e formigamento no pé,
e o remédio gabapentina deixa ele muito sonolento.

Depois da cirurgia, a fisioterapia pode ser perto de casa em Wexford? Ele não dirige agora.

Abraços,
Rosângela

Em qua., 6 de mar. de 2024 às 16:20, Luis Ocampo <locampo@cedarridgeortho.com> escreveu:
> Olá Sra. Teixeira, segue a data proposta para a cirurgia do Sr. Joaquim: 28/03.
> Por favor confirme. Obrigado!""", patient='Teixeira Batista')

mk('phi', 'lang', 'Trần Văn Hùng <tranvanhung.oh@gmail.com>', 'frontdesk@%s' % ORG,
   'Hỏi về lịch hẹn tái khám vai',
   """Chào phòng khám,

Tôi tên là Trần Văn Hùng, sinh ngày 15/07/1968. Tôi đã mổ vai phải (nối gân xoay) với bác sĩ
Fennimore ngày 20 tháng 2. Tôi có lịch tái khám ngày 12/3 nhưng hôm đó tôi phải đi làm. Xin cho
tôi đổi sang buổi chiều thứ Năm hoặc thứ Sáu được không?

Vai tôi vẫn còn đau nhiều vào ban đêm, tôi đang uống thuốc giảm đau và đi tập vật lý trị liệu
2 lần mỗi tuần.

Cảm ơn,
Hùng
SĐT: 937-555-0602""", patient='Trần Văn Hùng', cte='base64')

mk('phi', 'lang', 'Jean-Rony Baptiste <jrbaptiste81@yahoo.com>', 'billing@%s' % ORG,
   'Konsènan aksidan travay mwen',
   """Bonjou,

Mwen rele Jean-Rony Baptiste. Mwen te blese do m nan travay nan mwa out ane pase, epi Dr.
Raghunathan te fè m yon piki nan do (epidural) 9 janvye. Mwen resevwa yon bòdwo lakay mwen pou
$7,302 men se asirans travay la ki sipoze peye. Nimewo reklamasyon an se TC-23-55190.

Tanpri rele m, mwen pa konprann bòdwo a. Mwen toujou ap fè terapi fizik 2 fwa pa semèn.

Mèsi anpil,
Jean-Rony
937-555-0527""", patient='Baptiste')

mk('phi', 'lang', 'Светлана Морозова <s.morozova77@mail.ru>', 'records@%s' % ORG,
   'Выписка и снимки после аварии',
   """Здравствуйте!

Меня зовут Светлана Морозова (Svetlana Morozova), дата рождения 19.01.1977. После автомобильной
аварии 3 ноября я лечусь у доктора Соколовой по поводу шеи и поясницы. Мне сделали МРТ шейного
отдела, и сейчас я хожу на физиотерапию.

Мой новый адвокат просит копии всех записей врача, результаты МРТ и счета. Разрешение я подписала
в прошлый вторник. Пожалуйста, отправьте документы в Petrov Law Group, а мне — подтверждение.

Спасибо,
Светлана""", patient='Morozova', cte='base64')

mk('phi', 'lang', 'Marites Dela Cruz <mdelacruz@%s>' % ORG, 'Jasmine Villanueva <jvillanueva@%s>' % ORG,
   'tatay ni Ate Weng - balakang',
   """Jas, pakitingnan mo naman kung may bakante si Dr. Haldane this week. Yung tatay ni Ate Weng,
si Mang Rogelio Manalastas, nahulog sa banyo kagabi at masakit daw ang kaliwang balakang, hindi
makalakad. Nag-xray na sila sa urgent care, may crack daw sa femoral neck. Sabi ng urgent care
kailangan ng ortho agad. 78 na siya at naka-warfarin.

Kung wala, ire-refer ko na lang sa ER ng Mercy West. Salamat!

Tess
Medical Assistant, Cedar Ridge Ortho""", patient='Manalastas')

mk('phi', 'lang', 'Khalid Al-Tamimi <khalid.altamimi@outlook.com>', 'appointments@%s' % ORG,
   'موعد متابعة لابني - كسر في الذراع',
   """السلام عليكم،

ابني يوسف خالد التميمي (تاريخ الميلاد ٢٠١٤/٠٥/٠٩) كسر ذراعه الأيسر في المدرسة يوم الاثنين، وتم
وضع الجبيرة في قسم الطوارئ. قالوا لنا أن نراجع طبيب العظام خلال أسبوع لعمل أشعة جديدة وتغيير
الجبيرة. هل يمكن حجز موعد مع الدكتور فينيمور يوم الخميس؟

التأمين: Medicaid - CareSource
رقم الهاتف: 937-555-0834

شكراً جزيلاً
خالد""", patient='التميمي', cte='base64')

# =====================================================================================
# CLEAN / admin
# =====================================================================================
mk('clean', 'admin', 'Cedar Ridge IT Service Desk <servicedesk@%s>' % ORG, 'Bethany Corwin RN <bcorwin@%s>' % ORG,
   'INC0048213 updated - Pre-op bay 3 label printer',
   """Incident INC0048213 has been updated.

Short description: Zebra label printer in Pre-op Bay 3 printing blank armbands
Caller: Bethany Corwin (x318)
Assigned to: Owen Falk
State: In Progress

Work notes (03/06/2024 10:42): Replaced ribbon, recalibrated media sensor. Test print OK. Will leave
open until end of day Thursday to confirm no recurrence. If armbands print blank again, swap to the
spare ZD421 in the charge desk cabinet (asset tag CR-IT-01877) and call x290.

To view this incident, log in to the service portal.

Cedar Ridge IT Service Desk | 937-555-0410 x299 | M-F 6:00a-6:00p""", mailer='ServiceNow')

mk('clean', 'admin', 'Bethany Corwin RN <bcorwin@%s>' % ORG, 'ASC Staff <asc-staff@%s>' % ORG,
   'staffing wk of 3/11 + call',
   """Team,

Staffing for next week. Let me know by Fri noon if you see a problem.

Mon 3/11   Pre-op: Alvarez, Kim     OR1: Patel (circ), Dorsey (scrub)    PACU: Lindgren, Obi
Tue 3/12   Pre-op: Kim, Moua        OR1: Patel, Dorsey   OR3: Harmon, Vu PACU: Lindgren
Wed 3/13   ** OR2 closed all day - HVAC vendor **  Pre-op: Alvarez         PACU: Obi
Thu 3/14   Pre-op: Alvarez, Moua    OR1: Harmon, Dorsey  OR3: Patel, Vu  PACU: Lindgren, Obi
Fri 3/15   Pre-op: Kim              OR1: Patel, Vu                       PACU: Obi

Call: Mon-Wed Dorsey/Lindgren, Thu-Fri Harmon/Obi. Weekend: Vu/Lindgren.

Reminder BLS renewals due 3/31 for Kim and Moua - class on 3/20 at 1300 in the conf room.

Bethany Corwin, RN, CNOR
Charge Nurse, Cedar Ridge Surgery Center""")

mk('clean', 'admin', 'AR Department <ar@meridiansurgicalsupply.com>', 'ap@%s' % ORG,
   'Invoice INV-2024-20931 - Past Due',
   """Dear Accounts Payable,

Our records show the following invoice is now 45 days past due:

Invoice #:   INV-2024-20931
Account #:   CR-004412
PO #:        PO-88120
Date:        01/19/2024
Description: Repair/refurbishment - large fragment instrument set (2), power drill battery packs (6)
Amount due:  $4,870.25

Please remit to Meridian Surgical Supply, PO Box 44019, Cincinnati OH 45244, or pay online with
your account number. If payment has already been sent please disregard this notice.

Meridian Surgical Supply - Accounts Receivable
800-555-0133 option 3""",
   atts=[(b'%PDF-1.4\n% invoice placeholder\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n',
          'application', 'pdf', 'INV-2024-20931.pdf')])

mk('clean', 'admin', 'Human Resources <hr@%s>' % ORG, 'All Staff <allstaff@%s>' % ORG,
   'Open enrollment closes Friday + new member ID cards',
   """Hi everyone,

Reminder: open enrollment for 2024-25 benefits closes this Friday, March 8 at 5 PM. If you do
nothing, your current medical/dental/vision elections roll over, but your FSA does NOT.

New for this year: our medical plan is moving to Buckeye Health Plan Gold PPO. Everyone enrolled
will get a new member ID card in the mail in late April. Your member ID will start with "BHP" -
please give the new card to your own doctors' offices after 5/1.

Questions? Stop by HR (2nd floor, suite 210) or call Tonya Beckwith at x205. Benefits fair in the
break room Wednesday 11:30-1:30 with lunch from Marco's.

Thanks,
Tonya Beckwith, SHRM-CP
HR Generalist""",
   html="""<html><body style="font-family:Segoe UI,sans-serif">
<h3 style="color:#1f4e79">Open enrollment closes Friday, March 8 at 5 PM</h3>
<p>If you do nothing, your current medical/dental/vision elections roll over, but your <b>FSA does NOT</b>.</p>
<p>New for this year: our medical plan is moving to Buckeye Health Plan Gold PPO. Everyone enrolled will
get a new member ID card in the mail in late April. Your member ID will start with "BHP" - please give the
new card to your own doctors' offices after 5/1.</p>
<p>Questions? Stop by HR (2nd floor, suite 210) or call Tonya Beckwith at x205. Benefits fair in the break
room Wednesday 11:30-1:30 with lunch from Marco's.</p>
<p>Thanks,<br>Tonya Beckwith, SHRM-CP<br>HR Generalist</p></body></html>""")

mk('clean', 'admin', 'Facilities <facilities@%s>' % ORG, 'Bethany Corwin RN <bcorwin@%s>' % ORG,
   'RE: OR 2 humidity out of range',
   """Bethany,

Tri-State Mechanical will be onsite Wed 3/13 from 0600 to approx 1500 to replace the humidifier
canister and recalibrate the sensor on AHU-2. OR 2 will need to stay closed that day. Readings this
morning were 63% RH / 68F. I'll send the post-repair log for the Joint Commission binder.

Work order: WO-24-0319
Vendor contact: Dale Kuchar, 513-555-0162

Ray Okonkwo
Facilities Manager, Cedar Ridge Orthopaedic & Spine
cell 937-555-0455

-----Original Message-----
From: Bethany Corwin RN
Sent: Tuesday, March 5, 2024 7:05 AM
Subject: OR 2 humidity out of range

Ray - OR2 humidity 64% again at 0630, we delayed the first case in that room. can we get this fixed
for good?""")

mk('clean', 'admin', 'Medical Staff Office <credentialing@mercywesthealth.org>', 'Dr. Elena Sokolova <esokolova@%s>' % ORG,
   'Reappointment packet due - Mercy West privileges',
   """Dear Dr. Sokolova,

Your medical staff reappointment at Mercy West Hospital is due 05/31/2024. Please return the
following by 04/15/2024:

 - Signed reappointment application (attached)
 - Current Ohio license (we have #35.118204, exp 01/2026 - please confirm)
 - DEA registration copy (on file: FS4471920, exp 08/2024)
 - Proof of malpractice coverage
 - Case log: minimum 50 spine cases in the past 24 months
 - NPI: 1902288731 (verified)

Please contact me with any questions.

Angela Moreau, CPMSM
Medical Staff Coordinator
Mercy West Health | 937-555-0710""")

mk('clean', 'admin', 'Gregory Stahl <gstahl@%s>' % ORG, 'Front Office Leads <frontleads@%s>' % ORG,
   'front desk coverage 3/18-3/22',
   """Hi all - Jenna Pruitt is out on PTO 3/18 through 3/22 (approved). Coverage:

- check-in Wexford: Marisol AM, Destiny PM
- phones (main line 937-555-0410): float from billing, Hollis has offered Tues/Thurs
- Fenwick satellite closed Fri 3/22 anyway for the carpet install

Kronos timecards need to be approved by Monday 9am for the payroll run. And please, nobody else
request that week off, we're already thin with spring break.

Greg Stahl, MBA
Practice Administrator""")

# =====================================================================================
# CLEAN / lookalike
# =====================================================================================
mk('clean', 'lookalike', 'Ironworks Fitness <members@ironworksfitness.com>', 'Derek Vasquez <dvasquez.lifts@gmail.com>',
   'Derek, your Knee Strong class spot is confirmed',
   """Hi Derek,

You're booked!

Class: Knee Strong - Prehab & Mobility (45 min)
Coach: Tara M., CSCS
When: Thursday 03/14/2024, 6:15 PM
Where: Studio B, Ironworks Fitness - Wexford
Member #: 4471-2209-08

This class focuses on quad and glute activation, single-leg balance, and low-impact range of motion.
Great for anyone coming back from a layoff. Bring a towel and water. Foam rollers and bands provided.

Need to cancel? Please do so at least 12 hours before class to avoid a $10 late-cancel fee.

See you on the floor,
Ironworks Fitness
1880 Commerce Pkwy, Wexford OH | 937-555-0902
Unsubscribe | Manage preferences""",
   html="""<html><body style="font-family:Helvetica,Arial;background:#f4f4f4">
<table width="600" align="center" style="background:#fff;padding:20px"><tr><td>
<h2 style="color:#d9480f">You're booked, Derek!</h2>
<p><b>Knee Strong - Prehab &amp; Mobility</b> (45 min)<br>Coach: Tara M., CSCS<br>
Thursday 03/14/2024, 6:15 PM &middot; Studio B, Ironworks Fitness - Wexford<br>Member #: 4471-2209-08</p>
<p>This class focuses on quad and glute activation, single-leg balance, and low-impact range of motion.</p>
<p style="font-size:11px;color:#888">Cancel at least 12 hours ahead to avoid a $10 late-cancel fee.
<a href="https://ironworksfitness.com/unsub">Unsubscribe</a></p>
</td></tr></table></body></html>""")

mk('clean', 'lookalike', 'Wexford Animal Hospital <care@wexfordanimalhosp.com>', 'Carla Jennings <cjennings.home@gmail.com>',
   "Biscuit's discharge instructions - TPLO (right stifle)",
   """Dear Carla,

Thank you for trusting us with Biscuit's care. Her right TPLO (tibial plateau leveling osteotomy)
for the ruptured cranial cruciate ligament went very well this morning. Dr. Amundsen placed a 3.5mm
plate and the post-op radiographs look good.

Patient: Biscuit (canine, Labrador mix, F/S, DOB 04/2017, 31.2 kg)
Client #: 20877   Patient #: 20877-02

Medications:
- Carprofen 75 mg - 1 tablet by mouth twice daily with food x 14 days
- Gabapentin 100 mg - 2 capsules by mouth every 8-12 hours as needed for pain
- Trazodone 50 mg - 1 tablet up to twice daily for sedation/confinement

Activity: strict crate rest, leash walks only for bathroom (5 min), no stairs, no jumping for 8 weeks.
E-collar at all times. Ice the incision 10 min 3x/day for the first 3 days.

Recheck & staple removal in 14 days (03/21). Radiographs at 8 weeks.

Call us at 937-555-0660 if you notice swelling, discharge, or if she stops bearing weight.

Wexford Animal Hospital""")

mk('clean', 'lookalike', 'Miami Valley Educators Credit Union <alerts@mvecu.org>', 'rodney.hatch@fastmail.com',
   'Important: update to your account, Member # ending 1822',
   """Dear Rodney Hatch,

Member #: ******1822
Account: Share Savings (01) / Checking (09)

We're writing to let you know that beginning April 1, 2024, your debit card will be reissued with
chip and contactless technology. Your new card will arrive by mail to the address on file. Your PIN
will not change.

If you recently moved, please verify your address in online banking or call Member Services at
937-555-0101 before March 20.

We will NEVER ask for your full account number, PIN, or Social Security number by email.

Miami Valley Educators Credit Union
Federally insured by NCUA""")

mk('clean', 'lookalike', 'SkyLakes Airlines <noreply@skylakesair.com>', 'Priscilla Okafor-Janssen <pokjanssen@gmail.com>',
   'Your trip confirmation: DAY -> MCO  | Confirmation QZ7H4R',
   """Hello Priscilla,

Thanks for flying SkyLakes. Your trip is confirmed.

Confirmation code: QZ7H4R
Passenger: OKAFOR-JANSSEN/PRISCILLA MS
Date of birth (Secure Flight): 22MAY1986
SkyMiles Plus member: SL 8820 4471 93
Known Traveler #: on file

Fri 29 Mar   SL 1182   Dayton (DAY) 07:05 -> Orlando (MCO) 09:38   Seat 14C
Sun 07 Apr   SL 1191   Orlando (MCO) 18:20 -> Dayton (DAY) 20:41   Seat 14C

Bags: 1 checked bag included. Special service requests can be added in the app up to 48 hours
before departure.

SkyLakes Airlines""")

mk('clean', 'lookalike', 'Claims Dept <claims@heartlandautoins.com>', 'Terrence Boyle <tboyle75@gmail.com>',
   'Claim AU-2291833 - estimate approved',
   """Mr. Boyle,

Re: Claim AU-2291833 | Policy HA-558-300217 | Date of loss 02/27/2024
Vehicle: 2019 Honda CR-V, VIN ending 44719

Your collision claim has been reviewed. Per your statement and the police report, the vehicle was
parked and unoccupied at the time of the incident, and no injuries were reported. The repair
estimate from Precision Collision ($6,214.88) for the rear quarter panel, bumper cover, and
tailgate has been approved. Your $500 deductible applies.

Rental coverage is authorized for up to 10 days at $40/day with Enterprise, reservation #
8830-JK42.

If you have questions, contact your adjuster, Nina Strazzulla, at 800-555-0144 ext 6612.

Heartland Auto Insurance""")

mk('clean', 'lookalike', 'Greenway Tree Surgeons <office@greenwaytreesurgeons.com>', 'Howard Lim <howard.lim@att.net>',
   'Quote #Q-4419 - oak limb removal & crown reduction',
   """Hi Howard,

Thanks for having us out Tuesday. As discussed, the big white oak by the driveway has a fractured
lead limb (about 14" diameter) with a crack running into the main union - the surgeon on site
(Matt) recommends removing it before it fails in the next windstorm. The rest of the crown is
healthy; we'd do a 15% reduction to take weight off the remaining limbs and cable the two codominant
stems.

Quote #Q-4419
 - Remove fractured limb, crane not required ............ $1,150
 - Crown reduction 15% .................................... $ 875
 - Install dynamic cabling system (2 cables) .............. $ 420
 - Chip & haul debris ....................................... $ 200
 Total ....................................................... $2,645

We can schedule the week of April 8th. 50% deposit to book.

Brooke Tanaka
Office Manager, Greenway Tree Surgeons - ISA Certified Arborists
937-555-0288""")

mk('clean', 'lookalike', 'Sanjay Kulkarni <skulkarni@brightpath-software.io>', 'platform-team@brightpath-software.io',
   'postmortem: patient worker OOM + triage queue backlog',
   """team,

quick writeup on last night's incident (PD #44192).

- 02:13 UTC the `patient` worker (the slow-retry consumer that "patiently" re-attempts failed webhook
  deliveries) hit OOM on node ip-10-20-4-17 and went into CrashLoopBackOff
- the `triage` queue backed up to 212k msgs, discharge job (dead-letter drain) didn't kick in
  because its cron was still pointing at the old cluster
- on-call (me) bumped memory limit 512Mi -> 1Gi, restarted, queue drained by 03:40

root cause: the admission webhook payloads from the Acme tenant include full attachment blobs,
patient worker buffers them in memory on retry.

follow-ups:
 1. stream payloads to S3 instead of holding in memory (JIRA PLAT-2210)
 2. fix discharge cron target (PLAT-2211)
 3. alert on triage depth > 50k (PLAT-2212)

sk""")

# =====================================================================================
# CLEAN / news
# =====================================================================================
mk('clean', 'news', 'Harlan County Public Health <bulletins@harlancountyhealth.gov>', 'Cedar Ridge Ortho <info@%s>' % ORG,
   'Weekly Respiratory Illness Bulletin - Week 9',
   """HARLAN COUNTY PUBLIC HEALTH - RESPIRATORY ILLNESS SURVEILLANCE
Week 9 (Feb 25 - Mar 2, 2024)

Influenza-like illness (ILI) ED visits: 3.8% (prev week 4.6%)
Lab-confirmed influenza hospitalizations: 27 (prev 34)
COVID-19 hospital admissions: 19 (prev 22)
RSV: declining, 6 admissions

Activity level: MODERATE, decreasing.

Reminder to healthcare facilities: masking in patient care areas remains recommended while ILI is
above 3%. Vaccine is still available at all county clinics, walk-ins welcome Tue/Thu 8-4.

Data are provisional. Questions: epi@harlancountyhealth.gov | 937-555-0700

To unsubscribe from county health bulletins, reply STOP.""")

mk('clean', 'news', 'Vantage Orthopedics Field Quality <fieldquality@vantageortho.com>', 'Risk Management <risk@%s>' % ORG,
   'URGENT: Voluntary Medical Device Recall - Polaris Pedicle Screw System (select lots)',
   """URGENT MEDICAL DEVICE RECALL
Polaris(TM) Polyaxial Pedicle Screw System - 5.5 mm set screws

Dear Risk Manager / Materials Management,

Vantage Orthopedics is voluntarily recalling specific lots of the Polaris 5.5 mm set screw
(REF 55-1100-SS) because a machining deviation may cause cross-threading during final tightening.
To date, 3 complaints and no reported adverse events have been received.

Affected lots:
   LOT 23K0417   LOT 23K0422   LOT 23L0108   LOT 23L0115   LOT 24A0031

Actions required:
 1. Quarantine any affected product in your inventory and loaner sets.
 2. Complete and return the attached Acknowledgment Form within 10 business days, even if you
    have no affected inventory.
 3. Your Vantage representative will arrange replacement.

Surgeons are not required to take any action for patients already implanted; there is no
indication that final construct integrity is affected once properly torqued.

Vantage Orthopedics Field Quality | 800-555-0190""",
   atts=[('Acknowledgment Form - FA-2024-007\n\nFacility name: ____________\nLots on hand: ____\n'
          'Quantity returned: ____\nSigned: ____________ Date: ______\n', 'text', 'plain',
          'FA-2024-007_ack_form.txt')])

mk('clean', 'news', 'OSSA Coding Corner <newsletter@ohiospinesociety.org>', 'Renee Castellanos <rcastellanos@%s>' % ORG,
   'Coding Corner - March: lumbar fusion add-ons, ASC-covered procedures, and modifier 62',
   """OHIO SPINE SURGERY ASSOCIATION - CODING CORNER - MARCH 2024

1) Lumbar fusion add-ons. Remember that 22614 (each additional level, posterolateral) and 22634
(each additional interspace, combined) are add-on codes and cannot be billed without their primary.
We continue to see denials where 22853 was reported per interspace without matching the primary level.

2) ASC covered procedures list. CMS added several spine codes to the ASC CPL for 2024. Before
moving cases to your ASC, confirm each commercial payer's policy - many still require prior auth
and some exclude fusion in the ASC setting entirely.

3) Modifier 62 (co-surgeons). Both surgeons must dictate their own operative notes documenting the
distinct portion each performed. A single shared note is the #1 reason for 62 denials we audited.

4) Workers' comp fee schedule. The state WC bureau posted its proposed 2024 fee schedule; comments
are due April 12.

Webinar: "Spine Coding Update 2024" - Thursday, March 21, 12:00-1:00 PM. 1 CEU (AAPC).

You are receiving this as an OSSA member. Manage subscriptions.""")

mk('clean', 'news', 'Cedar Ridge Communications <news@%s>' % ORG, 'All Staff <allstaff@%s>' % ORG,
   'The Ridge Report - Q1 2024',
   """THE RIDGE REPORT | Quarterly staff newsletter | Q1 2024

** Surgery center hits 10,000 cases **
On February 22 our ASC performed its 10,000th procedure since opening in 2019. Thank you to every
pre-op nurse, scrub tech, anesthesia provider and scheduler who made it happen. Cake in the break
room Friday!

** Quality corner **
2023 surgical site infection rate: 0.4% (national benchmark ~1%). Same-day discharge rate for total
joints: 71%. Patient satisfaction (top box): 93%.

** Welcome **
Dr. Elena Sokolova (spine) joined in January; Jordan Whitley, PA-C moved to full-time clinic; and
Marites Dela Cruz joined as an MA at Wexford.

** Staff spotlight: Hollis Pryor, billing **
Hollis recovered over $180k in underpaid workers' comp claims last year. When she isn't arguing with
adjusters, she coaches U10 softball.

** Reminders **
HIPAA annual training due 3/31. Flu vaccine declination forms to Employee Health.""")

mk('clean', 'news', 'Ohio Bureau of Workers Compensation (sim) <noreply@wcbulletin.example.gov>', 'billing@%s' % ORG,
   'Provider Bulletin 2024-03: Fee schedule, C-9 changes, and PT visit limits',
   """PROVIDER BULLETIN 2024-03

Effective April 1, 2024:

- Professional fee schedule: conversion factor increases 2.1% for surgical services; E/M unchanged.
- C-9 (treatment request) forms: the new version (rev. 01/24) is required for all requests received
  on or after April 1. Older versions will be dismissed.
- Physical therapy: initial authorization is 12 visits for soft-tissue and post-surgical conditions;
  additional visits require progress documentation showing functional improvement.
- Ambulatory surgery centers: facility fees for arthroscopic procedures are reimbursed at 200% of the
  Medicare ASC rate.

Questions: Provider Relations, 800-555-0166.""")

mk('clean', 'news', 'Journal Watch Ortho Digest <digest@orthodigest.example.org>', 'Dr. Alan Haldane <ahaldane@%s>' % ORG,
   'This week: outpatient TKA outcomes, TXA in spine, PT after ACL',
   """ORTHO DIGEST - Week of March 4, 2024

1. Outpatient vs inpatient TKA: a registry study of 48,210 patients found no difference in 90-day
   readmission (3.1% vs 3.3%) among ASA I-II patients selected for same-day discharge. Patients over 75
   had higher ED return rates in the first 72 hours.

2. Tranexamic acid in multilevel posterior lumbar fusion: meta-analysis of 14 RCTs (n=1,122) - TXA
   reduced transfusion rate by 42% with no increase in VTE.

3. Supervised vs home-based PT after ACL reconstruction: 6-month IKDC scores were similar, but
   return-to-sport testing pass rates favoured supervised programs (61% vs 47%).

Full abstracts available to subscribers.""")

# =====================================================================================
# CLEAN / staff
# =====================================================================================
mk('clean', 'staff', 'Dr. Alan Haldane <ahaldane@%s>' % ORG, 'Anesthesia Group <anesthesia@valleyanesthesia.com>',
   'TXA for joints at the ASC - standardize?',
   """Hi all,

Wanted to get us on the same page for TXA in primary TKA/THA at the ASC. Right now it depends on
who's in the room. Proposal:

 - 1 g IV within 30 min of incision, 1 g IV at closure
 - topical 2 g in 100 mL into the joint before capsular closure for anyone with a relative contra to IV
   (hx of VTE > 12 months ago, coronary stents - discuss case by case)
 - no TXA: active VTE, stents < 12 mo, hx of stroke

Can we get this on the agenda for the April P&T meeting? Happy to share the lit summary.

Alan Haldane, MD
Adult Reconstruction, Cedar Ridge Orthopaedic & Spine""")

mk('clean', 'staff', 'Dr. Priya Raghunathan <praghunathan@%s>' % ORG, 'Dr. Elena Sokolova <esokolova@%s>' % ORG,
   'curbside - would you fuse?',
   """Elena, curbside when you have a minute.

60s male, retired machinist, 18 months of neurogenic claudication, walking tolerance maybe 1 block.
Grade 1 degenerative spondy at L4-5, 5 mm slip, no motion on flex/ex. Severe central + lateral recess
stenosis. Failed PT and 2 ESIs. Smoker, quit 2 years ago. BMI 31.

I'm leaning decompression alone given no dynamic instability but he's had a friend with a "failed
laminectomy" and is asking for a fusion. What do you do with these?

P""")

mk('clean', 'staff', 'Dr. Marcus Fennimore <mfennimore@%s>' % ORG, 'Ortho Call Group <call@%s>' % ORG,
   'call swap 3/23-24?',
   """Anyone willing to swap the weekend of 3/23-24? I'm on but my daughter's tournament got moved.
I can take any of your April weekends in exchange. Jordan is on with me as the PA either way.

MF""")

mk('clean', 'staff', 'Nicole Haas <nhaas@northgatept.com>', 'Dr. Marcus Fennimore <mfennimore@%s>' % ORG,
   'updated ACL rehab protocol - please review',
   """Dr. Fennimore,

Attached is the updated ACL reconstruction protocol we discussed at the lunch meeting. Main changes:

 Phase 1 (0-2 wk): full extension priority, quad sets, SLR without lag, WBAT in brace locked in ext
 Phase 2 (2-6 wk): unlock brace once quad control, stationary bike at 3 wk, closed chain to 60 deg
 Phase 3 (6-12 wk): single leg strength, begin jogging progression at 12 wk only if LSI > 70%
 Phase 4 (4-9 mo): plyometrics, agility, RTS testing battery (hop tests + quad LSI > 90%)

For meniscal repair add-ons we'd keep them at 90 deg flexion max for 4 weeks. Let me know if you want
different timelines for BTB vs hamstring vs quad tendon grafts.

Nicole Haas, PT, DPT, SCS
Clinic Director | Northgate Physical Therapy""",
   atts=[('ACL RECONSTRUCTION PROTOCOL v3.2 (Northgate PT / Cedar Ridge Ortho)\n\n'
          'Phase 1 0-2 weeks\n  Goals: full ext, quad activation, control effusion\n'
          'Phase 2 2-6 weeks\n  Goals: normal gait, flexion 120\n'
          'Phase 3 6-12 weeks\n  Goals: single leg squat w/o valgus\n'
          'Phase 4 4-9 months\n  Goals: RTS criteria met\n', 'text', 'plain', 'ACL_protocol_v3.2.txt')])

mk('clean', 'staff', 'Mei-Ling Tran <mtran@%s>' % ORG, 'Surgical Coordinators <surgcoord@%s>' % ORG,
   'heads up - UHC ASC site-of-service changes 4/1',
   """FYI all,

UHC is expanding their site-of-service review on 4/1. For commercial plans, these will need PA AND
they'll push for ASC over HOPD unless there's documented medical reason:

  63030, 63047 (lumbar decompression)
  29827, 29828 (shoulder scope RCR, biceps tenodesis)
  27447 (TKA) - already required, now they will also ask for BMI and ASA class

So when you're putting a case in for Mercy West instead of our ASC, pls document WHY in the booking
note (cardiac hx, OSA, BMI > 40, etc). Otherwise the PA will come back approved for ASC only and
we'll have to redo it.

Mei-Ling""")

mk('clean', 'staff', 'Jordan Whitley PA-C <jwhitley@%s>' % ORG, 'Dr. Marcus Fennimore <mfennimore@%s>' % ORG,
   'DVT ppx after scopes?',
   """Quick q - for routine knee scopes in otherwise healthy pts in their 30s-40s, are we still giving
nothing? I've had two pts this month ask about aspirin because a friend got a clot. I told them early
ambulation + pumps is our standard. Just want to make sure I'm saying the same thing you are. What
about OCP users - do you add ASA 81 bid x 2 wk for them?

JW""")

mk('clean', 'staff', 'Dr. Elena Sokolova <esokolova@%s>' % ORG, 'Ortho Providers <providers@%s>' % ORG,
   'M&M 3/27 - cases',
   """For M&M on 3/27 (7am, conf room B, breakfast provided):

Case 1 - 70s F, periprosthetic femur fx around a well-fixed stem 6 years out, Vancouver B1. Discuss
plate vs revision and the 2-day delay for cardiology clearance.

Case 2 - 50s M, wrong-level localization during single-level microdiscectomy, recognized intra-op
and corrected. No harm. Want to talk about our fluoro counting protocol and time-out.

Case 3 - 40s M, compartment syndrome after tib plateau ORIF, fasciotomy POD1.

Please don't put identifiers in the slides - age decade and sex only. Send slides to me by 3/25.

Elena Sokolova, MD
QI Chair, Cedar Ridge Orthopaedic & Spine""")

# =====================================================================================
# CLEAN / training
# =====================================================================================
mk('clean', 'training', 'Owen Falk <ofalk@%s>' % ORG, 'New Hires <newhires@%s>' % ORG,
   'athena training env - practice logins + test patients',
   """Welcome! For your EHR training this week use the TRAINING environment only (the URL has "-preview"
in it - if you don't see that, STOP and log out).

Practice patients you can use (these are fake, in the test database only):

  ZZTEST, ORTHO ONE      MRN 9999001   DOB 01/01/1950   "R TKA" scenario
  ZZTEST, SPINE TWO      MRN 9999002   DOB 02/02/1960   "L4-5 fusion" scenario
  ZZTEST, WORKCOMP       MRN 9999003   DOB 03/03/1970   WC claim # TEST-000-0001

Exercises: check in ZZTEST ORTHO ONE, add a PT referral, print a DME order for a hinged knee brace,
and schedule a 2-week post-op. Please do NOT look up real patients in the training tenant or the
real one for practice.

Owen Falk | IT""")

mk('clean', 'training', 'Alyssa Kemp <akemp@authlinkhealth.io>', 'Mei-Ling Tran <mtran@%s>' % ORG,
   'AuthLink demo recap + sandbox access',
   """Hi Mei-Ling,

Thanks for joining the demo Tuesday! As promised, here's a recap and your sandbox credentials arrive
in a separate email.

In the demo we walked through a sample prior auth for "John Doe" (DOB 01/01/1980, member ID
DEMO123456789) for a right knee arthroscopy (29881) with Sample Health Plan, showing:
  - auto-attach of clinical notes from the EHR
  - real-time status ("pended - clinicals requested")
  - peer-to-peer scheduling link

The sandbox is preloaded with Jane Sample and John Doe - all synthetic. Please do not enter real
patient info into the sandbox, it isn't covered by our BAA.

Happy to set up a second session with your surgical coordinators.

Alyssa Kemp
Customer Success Manager | AuthLink Health
m 415-555-0137""",
   html="""<html><body style="font-family:Arial">
<p>Hi Mei-Ling,</p><p>Thanks for joining the demo Tuesday! Your sandbox credentials arrive in a separate email.</p>
<p>In the demo we walked through a sample prior auth for <i>"John Doe"</i> (DOB 01/01/1980, member ID DEMO123456789)
for a right knee arthroscopy (29881) with Sample Health Plan.</p>
<p>The sandbox is preloaded with Jane Sample and John Doe - all synthetic. <b>Please do not enter real patient info
into the sandbox</b>, it isn't covered by our BAA.</p>
<p>Alyssa Kemp<br>Customer Success Manager | AuthLink Health</p></body></html>""")

HL7_TEST = r"""MSH|^~\&|ATHENA|CRORTHO_TEST|CRSC_ASC|CRSC_TEST|20240308090000||ADT^A04|TEST0001|T|2.5.1
EVN|A04|20240308090000
PID|1||9999001^^^CRORTHO^MR||ZZTEST^ORTHO^ONE||19500101|U|||123 TEST ST^^ANYTOWN^OH^00000||(000)000-0000
PV1|1|O|ASC^PREOP^01||||0000000000^TESTDOC^TRAINING^^^MD|||ORT"""

mk('clean', 'training', 'Owen Falk <ofalk@%s>' % ORG, 'interfaces@surgiqsystems.com',
   'RE: ADT feed to ASC - test message for validation',
   """Thanks. Sending a synthetic test message through the TEST channel (processing ID T) so we can confirm
the PV1-3 fix before we turn production back on:

""" + HL7_TEST + """

This is the standard ZZTEST training patient, not a real person. Please confirm it created an encounter
in your test tenant.

Owen""")

X837_TEST = """NM1*IL*1*DOE*JOHN****MI*TEST00000001~
N3*123 MAIN ST~
N4*ANYTOWN*OH*00000~
DMG*D8*19000101*M~
CLM*SAMPLE-001*1000.00***11:B:1*Y*A*Y*Y~
HI*ABK:M17.11~
SV1*HC:99204*250.00*UN*1***1~
SV1*HC:20610:RT*175.00*UN*1***1~"""

mk('clean', 'training', 'Renee Castellanos <rcastellanos@%s>' % ORG, 'Billing Office <billing@%s>' % ORG,
   'Lunch & learn Thursday - reading an 837P (sample)',
   """Hi team,

For Thursday's lunch and learn we're going through an 837P loop by loop. Here's the SAMPLE we'll use
(fake patient, from the X12 training packet) - print it and bring it:

""" + X837_TEST + """

Questions to think about:
 1. Which segment carries the subscriber DOB? (hint: it caused most of our rejections last month)
 2. Where does the RT modifier go?
 3. What's wrong with billing 20610 with the same DOS as a 29881 on the same knee?

Pizza is on me.
Renee""")

mk('clean', 'training', 'Compliance <compliance@%s>' % ORG, 'All Staff <allstaff@%s>' % ORG,
   'HIPAA minute: email do\'s and don\'ts',
   """HIPAA MINUTE - March

Email is the #1 way PHI leaks from practices like ours. A few examples (all made up):

  DON'T: "Can you call Mrs. Example back, her MRI shows a herniated disc" to a personal Gmail.
  DO:    "Please call back the pt from this morning's 10:15 - details in the athena message."

  DON'T: forward a surgery schedule spreadsheet to your home email to "work on it tonight".
  DO:    use Citrix from home.

  DON'T: reply-all to an attorney with the whole chart.
  DO:    route records requests to Medical Records (records@).

If you think you sent something you shouldn't have, tell Compliance right away - x211. Self-reports are
treated as learning opportunities.

Annual HIPAA training is due 3/31. Completion so far: 68%.

Dana Whitfield, CHC
Compliance Officer""")

mk('clean', 'training', 'Gregory Stahl <gstahl@%s>' % ORG, 'Schedulers <schedulers@%s>' % ORG,
   'scheduler training - WC and auto booking workflow (slides)',
   """Attached is the text version of the slides from Monday's session on booking workers' comp and
auto-injury new patients. Example screens use the test patient "TEST, PATIENT" (DOB 01/01/1900,
claim # 00-TEST-0000) - do not copy those into a real account!

Key points:
  - WC: you need claim #, DOI, employer, adjuster name/phone BEFORE booking. No claim # = no appt
    unless patient signs self-pay waiver.
  - Auto: get the auto carrier, claim #, PIP limit, and attorney (if any). LOP accounts need Renee's OK.
  - Always flag "WC" or "MVA" in the appt type so billing routes it correctly.

Greg""",
   atts=[('SLIDE 1  Booking WC / Auto New Patients\n'
          'SLIDE 2  Required fields: Claim #, DOI, Employer, Adjuster\n'
          'SLIDE 3  Example: TEST, PATIENT  DOB 01/01/1900  Claim 00-TEST-0000  Employer: ACME TEST CO\n'
          'SLIDE 4  Auto: carrier, claim, PIP limit, attorney/LOP\n'
          'SLIDE 5  Appt type flags: WC-NEW, MVA-NEW\n', 'text', 'plain', 'WC_auto_booking_slides.txt')])

# =====================================================================================
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for r in _rows:
        w.writerow(r)
print('wrote %d messages to %s' % (len(_rows), OUT))
