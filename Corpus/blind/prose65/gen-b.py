#!/usr/bin/env python3
"""Blind evaluation mail set: medical billing company + physician practice revenue cycle.
Standard library only, deterministic. Usage: python3 gen.py OUTDIR
All people, organisations and numbers are invented."""
import sys, os, io, csv, zipfile, random
import email.policy
from email.message import EmailMessage
from datetime import datetime, timezone, timedelta
from email.utils import format_datetime

SEED = 6502
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

counters = {}
rows = []
_msgno = [0]


def D(y, mo, d, h, mi, off=-5):
    return format_datetime(datetime(y, mo, d, h, mi, random.randint(0, 59),
                                    tzinfo=timezone(timedelta(hours=off))))


def mail(label, kind, patient, frm, to, subj, body, date, cc=None, html=None,
         atts=(), cte=None, headers=(), domain='mail.meridalerev.com'):
    key = (label, kind)
    counters[key] = counters.get(key, 0) + 1
    n = counters[key]
    _msgno[0] += 1
    fname = '%s-%s-%03d.eml' % (label, kind, n)
    msg = EmailMessage()
    msg['From'] = frm
    msg['To'] = to
    if cc:
        msg['Cc'] = cc
    msg['Subject'] = subj
    msg['Date'] = date
    msg['Message-ID'] = '<%016x.%d@%s>' % (random.getrandbits(64), _msgno[0], domain)
    for k, v in headers:
        msg[k] = v
    if not cte and body.isascii() and max(len(l) for l in body.splitlines()) < 990:
        cte = '7bit'   # plain mail as most clients send it; non-ASCII left to auto (qp/base64)
    if cte:
        msg.set_content(body, cte=cte)
    else:
        msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype='html')
    for a in atts:
        fn, data, mt, st = a
        if isinstance(data, str):
            msg.add_attachment(data, subtype=st, filename=fn)
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    j = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (_msgno[0], j))
            j += 1
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(msg.as_bytes(policy=email.policy.SMTP))
    rows.append((fname, label, kind, patient if label == 'phi' else ''))


def zbytes(files, when=(2024, 5, 3, 9, 12, 0)):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, text in files:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, text.encode('utf-8') if isinstance(text, str) else text)
    return bio.getvalue()


def xlsx_bytes(table, sheet='Sheet1'):
    def esc(s):
        return (str(s).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;'))
    def col(i):
        s = ''
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    rws = []
    for ri, row in enumerate(table, 1):
        cells = ''.join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (col(ci), ri, esc(v))
                        for ci, v in enumerate(row))
        rws.append('<row r="%d">%s</row>' % (ri, cells))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % ''.join(rws))
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
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % esc(sheet)),
        ('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml', sheet_xml),
    ]
    return zbytes(files, when=(2024, 6, 10, 14, 2, 0))


def csv_text(table):
    s = io.StringIO()
    w = csv.writer(s, lineterminator='\r\n')
    w.writerows(table)
    return s.getvalue()


MER_DISC = """
CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the
intended recipient(s) and may contain confidential and privileged information. Any unauthorized
review, use, disclosure or distribution is prohibited. If you are not the intended recipient,
please contact the sender by reply e-mail and destroy all copies of the original message."""

BPG_DISC = """
This message may contain information that is privileged or confidential. If you received it in
error please notify the sender and delete it. Briarwood Physicians Group, 400 Linden Ave, Suite 210."""

# =====================================================================
# PHI / care
# =====================================================================
mail('phi', 'care', 'Pruitt',
     '"Tasha Greer" <tgreer@briarwoodpg.com>', 'appeals@meridalerev.com',
     'appeal - Pruitt MRI denied again',
     """Hi team,

Cobalt denied the MRI lumbar spine again for Harold Pruitt (DOS 02/11). This is the
second time. Reason on the EOB is "conservative therapy not documented" which is just
wrong -- he did 6 wks of PT at Riverside PT (Dec 4 thru Jan 19), plus the prednisone
taper and then the gabapentin Dr. Halvorsen started in December. Ortho saw him 1/24 and
ordered the MRI after PT didnt help.

I scanned the PT discharge summary and the ortho note, theyre in the shared folder
under Appeals/2024/Pruitt. Can you get a level 2 appeal out this week? Appeal deadline
is 3/29 i think.

thx
Tasha

--
Tasha Greer
Billing Coordinator | Briarwood Physicians Group
p. 555-0134 x212
""" + BPG_DISC, D(2024, 3, 12, 10, 41), domain='briarwoodpg.com')

mail('phi', 'care', 'Waddell',
     '"Devika Rao, CPC" <drao@meridalerev.com>', '"Dr. Chinedu Okafor" <cokafor@briarwoodpg.com>',
     'Coding query - 3/4 office visit (Waddell)',
     """Dr. Okafor,

Query on the 03/04/2024 office visit for Lorraine Waddell:

1. The plan says you injected the right knee with triamcinolone 40 mg, but there's no
   procedure note (prep, approach, lot #, how she tolerated it). Without it I can't bill
   20610 or the J-code. Could you addend the note?
2. The plan also says "A1c today". Was that done point-of-care here or sent out? If POC
   we need the result in the chart to bill 83036.
3. You documented 32 min total time. If you want to bill on time, please confirm that
   excludes the injection.

You can answer in the EHR query or just reply here and I'll attach it to the encounter.

Thank you,
Devika

Devika Rao, CPC, CRC
Senior Coding Specialist
Meridale Revenue Services
(555) 010-2277
""" + MER_DISC, D(2024, 3, 6, 8, 15))

mail('phi', 'care', 'Castellano',
     '"Ben Halloran" <bhalloran@briarwoodpg.com>', 'denials@meridalerev.com',
     'FW: Retro auth request - Castellano',
     """see below from Cobalt's provider rep. can someone pull the hospital records from
St. Brendan's? we only have Dr Sato's consult notes on our side.

Ben

-----Original Message-----
From: Marisol Upton <marisol.upton@cobalthealthplan.com>
Sent: Tuesday, May 14, 2024 3:02 PM
To: Ben Halloran <bhalloran@briarwoodpg.com>
Subject: Retro auth request - Castellano

Hi Ben,

Following up on our call this morning. For the professional claims on Dwayne Castellano
(admitted through the ED on 5/2, discharged 5/5) we can review a retro authorization for
the cardiology consults and the heart cath on 5/3, but I need the following:

  - H&P and discharge summary
  - cath report including the stent details
  - the echo from 5/4

Please fax to 555-0190 attn: Provider Relations or upload in the provider portal under
case 24-RA-08812. We have 14 days from today to complete the review.

Thank you,

Marisol Upton
Provider Relations Representative, Central Region
Cobalt Health Plan
marisol.upton@cobalthealthplan.com | 555-0177
""", D(2024, 5, 15, 7, 52), domain='briarwoodpg.com')

mail('phi', 'care', 'Bellweather',
     '"Front Desk - Linden" <frontdesk@briarwoodpg.com>', 'billing@briarwoodpg.com',
     'pls call back mrs bellweather',
     """mrs bellweather came in at lunch about her statement. she says her colonoscopy was
supposed to be a screening (free) but they took out 2 polyps so now its billed diagnostic
and she owes $412.18. she was pretty upset, crying a little. i told her someone from
billing would call today, shes home all afternoon

-Kim
""", D(2024, 4, 2, 12, 58), domain='briarwoodpg.com')

mail('phi', 'care', 'Wierzbicki',
     '"Jen Holloway" <jholloway@meridalerev.com>', '"Leon Sutter" <lsutter@meridalerev.com>',
     'RE: Hardship plan req - Wierzbicki',
     """Approved at $40/mo. Flag it for hardship review in 90 days and note the approval in
the account memo pls.

-JH

Jen Holloway | Patient Accounts Manager | Meridale Revenue Services

-----Original Message-----
From: Leon Sutter
Sent: Thursday, February 22, 2024 4:18 PM
To: Patient Accounts Team
Subject: Hardship plan req - Wierzbicki

Team - need to set up a plan on Tomasz Wierzbicki (Briarwood client). Balance 1,866.40
is all from January: the overnight sleep study, then the CPAP titration night, and the
CPAP supplies we billed after Pinecrest terminated his coverage. His wife called today --
he's starting chemo at the cancer center next month and they're down to one income. She
asked for $40/mo. Policy says minimum is 1/24 of the balance (~$78) so I need a manager
OK. Jen can you approve?

Leon
""", D(2024, 2, 23, 9, 3))

_marsh_txt = """PINECREST MUTUAL - PROVIDER CLAIM DETERMINATION NOTICE

Provider: Briarwood Physicians Group (NPI on file)
Claim number: 5528107731
Patient: Gwendolyn Marsh
Date(s) of service: 04/18/2024 - 05/30/2024
Services: Outpatient physical therapy - therapeutic exercise, manual therapy,
          neuromuscular re-education (visits 13 through 20)

Determination: DENIED

Reason: The member's plan covers 12 outpatient rehabilitation visits per calendar year.
Visits 13 through 20 exceed the benefit maximum. Per your participation agreement the member
may be billed for these visits only if a signed waiver was obtained before services.

To request a reconsideration, log in to the Pinecrest provider portal within 60 days of this
notice. Please do not reply to this e-mail; this mailbox is not monitored.
"""
_marsh_html = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<h3 style="color:#1d4e89">Pinecrest Mutual &ndash; Provider Claim Determination Notice</h3>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td><b>Provider</b></td><td>Briarwood Physicians Group</td></tr>
<tr><td><b>Claim number</b></td><td>5528107731</td></tr>
<tr><td><b>Patient</b></td><td>Gwendolyn Marsh</td></tr>
<tr><td><b>Date(s) of service</b></td><td>04/18/2024 &ndash; 05/30/2024</td></tr>
<tr><td><b>Services</b></td><td>Outpatient physical therapy &ndash; therapeutic exercise, manual therapy,
neuromuscular re-education (visits 13 through 20)</td></tr>
<tr><td><b>Determination</b></td><td style="color:#b00"><b>DENIED</b></td></tr>
</table>
<p>Reason: The member's plan covers 12 outpatient rehabilitation visits per calendar year. Visits 13
through 20 exceed the benefit maximum. Per your participation agreement the member may be billed for
these visits only if a signed waiver was obtained before services.</p>
<p>To request a reconsideration, log in to the Pinecrest provider portal within 60 days of this notice.</p>
<p style="font-size:11px;color:#777">Please do not reply to this e-mail; this mailbox is not monitored.</p>
</body></html>
"""
mail('phi', 'care', 'Marsh',
     '"Pinecrest Mutual Provider Services" <noreply@pinecrestmutual.com>', 'billing@briarwoodpg.com',
     'Claim determination notice - Claim 5528107731', _marsh_txt, D(2024, 6, 11, 2, 30, -6),
     html=_marsh_html, domain='notify.pinecrestmutual.com')

mail('phi', 'care', 'Tillery',
     '"Ruth Ann Kessler" <rkessler@meridalerev.com>', '"Dana Whitcomb" <dwhitcomb@briarwoodpg.com>',
     'RE: May placement batch - hold one?',
     """Dana,

Before we send the May batch to Ashby I'd like to pull Raymond Tillery. Looking at the
notes from Dr. Okafor's office he's had two hospital stays since November (the below-knee
amputation, then about three weeks of inpatient rehab) and he's doing dialysis three times a
week now. His balance with you is $638, all from the wound care visits last fall.

Honestly I don't think placing him with an agency is a good look and I doubt we'd
collect anything. Want me to run him through the charity care screen instead?

Ruth Ann

Ruth Ann Kessler
A/R Follow-up Lead
Meridale Revenue Services | 555-010-2291

From: Dana Whitcomb <dwhitcomb@briarwoodpg.com>
Sent: Monday, May 20, 2024 11:07 AM
To: Ruth Ann Kessler <rkessler@meridalerev.com>
Subject: May placement batch

Attached is the list for May placement, 41 accounts. Let me know if any questions.

Dana
""" + MER_DISC, D(2024, 5, 21, 14, 26))

mail('phi', 'care', 'Dunbar',
     '"Priya Menon" <pmenon@meridalerev.com>', '"Ben Halloran" <bhalloran@briarwoodpg.com>',
     "Dr. Farrow's Cobalt enrollment - held claims",
     """Ben,

Good news: Cobalt finally loaded Dr. Farrow, effective 4/1. Bad news: some of the claims
we held while waiting are now past their 90-day filing limit.

The one I'm most worried about is Keisha Dunbar. All of her prenatal visits with
Dr. Farrow since February, the 20-week anatomy ultrasound, and the glucose tolerance test
on 5/9 are sitting in the hold bucket. The routine visits roll into the global OB package
so those can wait until delivery, but the ultrasound and the GTT bill separately and the
Feb ultrasound is already past 90 days.

I'm going to ask Cobalt for a timely-filing exception and attach the enrollment
confirmation letter. If you have the email where their rep said they'd honor the
application date, forward it to me, that would help.

Priya Menon, CPCS
Provider Enrollment & Credentialing
Meridale Revenue Services
""", D(2024, 6, 3, 11, 2))

# =====================================================================
# PHI / names
# =====================================================================
mail('phi', 'names', 'Nguyen',
     '"Tasha Greer" <tgreer@briarwoodpg.com>', '"Leon Sutter" <lsutter@meridalerev.com>',
     'Re: Nguyen Thi Hoa - balance question',
     """Leon - called her back through the interpreter line (Vietnamese). she's fine paying
the rest after the 15th. the $95 is the coinsurance on the upper endoscopy, she thought it
was included with the office visit. closing the task on my end.

Tasha

On Wed, Jun 5, 2024 at 9:14 AM Leon Sutter <lsutter@meridalerev.com> wrote:
> Tasha, she left a VM on our line, sounded upset, english limited. can someone at your
> office call her? I don't have a Vietnamese speaker today.
>
> Leon
""", D(2024, 6, 5, 13, 40), domain='briarwoodpg.com')

mail('phi', 'names', 'Oyelaran-Bakare',
     '"Marco Benedetti" <mbenedetti@meridalerev.com>', 'coding@meridalerev.com',
     'Payer reject - bad dx pointer',
     """Pls review:

  Oyelaran-Bakare, Folasade    DOS 03/09/24    76942 / 10005    Cobalt
  Rejected: diagnosis pointer invalid for line 2

It's the ultrasound-guided FNA of her thyroid nodule. Line 2 points to Z00.00 which
obviously doesn't go with a biopsy. Coder needs to repoint it to the nodule dx and I'll
resubmit once it's fixed.

Marco Benedetti
Claims Analyst - EDI
""", D(2024, 3, 14, 9, 27))

mail('phi', 'names', 'de la Cruz',
     '"Ivana Pérez" <iperez@briarwoodpg.com>', '"Leon Sutter" <lsutter@meridalerev.com>',
     'EOB question - allergy vials',
     """Hola Leon, quick one.

José Luis de la Cruz's EOB from Summit Ridge shows the allergy testing paid but the
immunotherapy vials got denied "not a covered service". Mr. de la Cruz has been getting
his shots here since last fall and it always paid before. Did something change with his plan
in January? He comes in Thursday for his weekly shot and I don't want to surprise him with a
bill at the window.

Gracias,
Ivana

Ivana Pérez
Allergy Clinic Coordinator
Briarwood Physicians Group
""", D(2024, 2, 13, 15, 5), domain='briarwoodpg.com')

mail('phi', 'names', 'Priyanka',
     '"Keon Whitfield" <kwhitfield@briarwoodpg.com>', 'billing@briarwoodpg.com',
     'infusion pt called re bill',
     """hey - Priyanka (the 2:40 yesterday, infusion chair 3, the one whose husband always comes
with her) called asking why her bill says self pay. she gave us her new card at checkin im
99% sure. can someone check it got entered before the iron infusion claim went out?
she's sweet but she WILL call again tomorrow lol

K
""", D(2024, 4, 17, 16, 51), domain='briarwoodpg.com')

mail('phi', 'names', 'Al-Hashimi',
     '"Samira Haddad" <shaddad@briarwoodpg.com>', '"Leon Sutter" <lsutter@meridalerev.com>',
     'Mr. Al-Hashimi - cardiology f/u auths',
     """Leon,

Mr. Al-Hashimi's auth for the cardiology follow-ups ran out 6/30. He still has the Holter
review and the 3-month post-ablation visit on the books with Dr. Sato. Summit Ridge wants a
new referral from the PCP before they'll extend, I put the request in Dr. Halvorsen's box
this morning.

Can you hold his July claims until it's through? I don't want them denying and then his
son calling us three times a day again.

Thanks,
Samira

Samira Haddad
Referral & Authorization Coordinator
Briarwood Physicians Group | 555-0134 x230
""", D(2024, 7, 2, 10, 12), domain='briarwoodpg.com')

mail('phi', 'names', 'Zdravković',
     '"Gary Lunde" <glunde@meridalerev.com>', '"Ana Ruiz" <aruiz@briarwoodpg.com>',
     'Refund approval - Zdravković credit balance',
     """Hi Ana,

Overpayment on Dragana Zdravković's account. She paid $250 at check-in for her pre-op visit,
then Cobalt paid the lap cholecystectomy in full because she'd already hit her out-of-pocket
max. Credit balance is $250.00.

Please cut a check to Ms. Zdravković at the address on file and send me the check # so I
can post it.

thanks,
Gary

Gary Lunde | Cash Posting & Refunds | Meridale Revenue Services
""", D(2024, 5, 8, 11, 33))

mail('phi', 'names', 'Venkataraman',
     'Rohit Bansal <rbansal@meridalerev.com>', 'Devika Rao <drao@meridalerev.com>',
     'quick q',
     """did venkataraman's nerve conduction study go out yet? dr chen says the EMG was
bilateral, need -50 or 2 units? not sure which one cobalt wants

r
""", D(2024, 4, 25, 17, 9))

mail('phi', 'names', 'Van der Meulen',
     '"Dana Whitcomb" <dwhitcomb@briarwoodpg.com>', '"Ruth Ann Kessler" <rkessler@meridalerev.com>',
     'Re: statement holds',
     """Ruth Ann, one more for the hold list please: Mrs. Van der Meulen (Hendrika). Her daughter
called to say she went on hospice at home last week. Stop statements and don't place with
Ashby. Dr. Okafor's office will do one last home visit and I'll let you know when that
claim is out.

Thx,
Dana

> On May 28, 2024, at 8:02 AM, Ruth Ann Kessler <rkessler@meridalerev.com> wrote:
>
> Dana, I've put the 6 you sent on statement hold through 8/31. Send any others
> as they come up.
""", D(2024, 5, 29, 9, 45), domain='briarwoodpg.com')

# =====================================================================
# PHI / self
# =====================================================================
mail('phi', 'self', 'Mendez-Ortiz',
     'Carla Mendez-Ortiz <carla.mendezortiz79@gmail.com>', 'billing@briarwoodpg.com',
     'Bill I received - please explain',
     """Hello,

My name is Carla Mendez-Ortiz, DOB 07/22/1979. I received a bill for $286.00 for my visit
with Dr. Halvorsen on March 3rd. When I checked in I was told my copay was $30 which I paid.
The bill lists an office visit plus a rapid strep test and a flu swab. My insurance (Cobalt)
says the tests were sent back to you for "missing information".

Can you please fix this with my insurance instead of billing me? I don't think I should owe
anything more than the copay.

Thank you,
Carla
""", D(2024, 4, 9, 20, 14), domain='mail.gmail.com')

mail('phi', 'self', 'Brightwater',
     '"Jen Brightwater" <jbrightwater@outlook.com>', 'billing@briarwoodpg.com',
     "my son's statement",
     """Hi there - I got a statement for my son Ethan Brightwater (born 2/2/2015) for $148 and I'm
confused. He was seen in April for his ear tube check and a hearing test after all the
ear infections this winter. We have Summit Ridge Medicaid for him, he shouldn't have a bill
at all? I updated his card at the front desk I thought.

His account # on the statement is 20047115 if that helps. Best number is 555-0162, after 3pm
is easiest since I'm at work.

Thanks!
- Jen
""", D(2024, 6, 1, 13, 2), domain='outlook.com')

mail('phi', 'self', 'Kowalczyk',
     'dennis k <dkowalczyk58@yahoo.com>', 'billing@briarwoodpg.com',
     'collection letter???',
     """hi this is dennis kowalczyk. got a letter from a collection agency today for my knee
surgery with dr farrow last fall. I already paid 300 in feb I have the receipt. why is this
in collections?? pls call me 555-0148

Sent from my iPhone
""", D(2024, 5, 30, 18, 27), domain='yahoo.com')

_ell_txt = """Ms. Whitcomb,

Thank you for getting back to me, but your answer doesn't address what I asked.

I have MS. I get my infusion every six months in your infusion suite and I see Dr. Sato
for the neuro follow-ups in between, plus the MRI every year. I have been on a payment plan
with your office since 2022 and I have never missed a payment. In April I received a
statement saying my plan was "cancelled" and the full $3,412.60 was due in 30 days. Nobody
called me.

I am asking for three things:
  1. Reinstate the payment plan at $100/month on account 88213.
  2. An itemized statement showing which infusion dates are in that balance.
  3. Written confirmation that this will not go to collections.

I'm copying my husband because he handles the bank side.

Beatrice Ellingham

-----Original Message-----
From: Dana Whitcomb <dwhitcomb@briarwoodpg.com>
Sent: Friday, May 10, 2024 2:40 PM
To: Beatrice Ellingham <b.ellingham@comcast.net>
Subject: RE: Payment plan cancelled??

Dear Ms. Ellingham,

Thank you for your message. Our billing is handled by Meridale Revenue Services. You
can reach their patient line at 555-010-2200, Monday-Friday 8-5.

Sincerely,
Dana Whitcomb
Revenue Cycle Manager
"""
_ell_html = """<html><body><div style="font-family:Calibri,sans-serif">
<p>Ms. Whitcomb,</p>
<p>Thank you for getting back to me, but your answer doesn't address what I asked.</p>
<p>I have MS. I get my infusion every six months in your infusion suite and I see Dr. Sato for the
neuro follow-ups in between, plus the MRI every year. I have been on a payment plan with your office since
2022 and I have never missed a payment. In April I received a statement saying my plan was
&quot;cancelled&quot; and the full $3,412.60 was due in 30 days. Nobody called me.</p>
<p>I am asking for three things:</p>
<ol><li>Reinstate the payment plan at $100/month on account 88213.</li>
<li>An itemized statement showing which infusion dates are in that balance.</li>
<li>Written confirmation that this will not go to collections.</li></ol>
<p>I'm copying my husband because he handles the bank side.</p>
<p>Beatrice Ellingham</p>
<hr>
<p><b>From:</b> Dana Whitcomb &lt;dwhitcomb@briarwoodpg.com&gt;<br><b>Sent:</b> Friday, May 10, 2024 2:40 PM<br>
<b>To:</b> Beatrice Ellingham<br><b>Subject:</b> RE: Payment plan cancelled??</p>
<p>Dear Ms. Ellingham,</p><p>Thank you for your message. Our billing is handled by Meridale Revenue Services. You can
reach their patient line at 555-010-2200, Monday-Friday 8-5.</p>
<p>Sincerely,<br>Dana Whitcomb<br>Revenue Cycle Manager</p>
</div></body></html>
"""
mail('phi', 'self', 'Ellingham',
     'Beatrice Ellingham <b.ellingham@comcast.net>', 'Dana Whitcomb <dwhitcomb@briarwoodpg.com>',
     'RE: Payment plan cancelled??', _ell_txt, D(2024, 5, 12, 21, 3),
     cc='Paul Ellingham <pellingham@comcast.net>', html=_ell_html, domain='comcast.net')

mail('phi', 'self', 'Ferreira',
     'Lucia Ferreira Gomes <luciafg@icloud.com>', 'patientaccounts@meridalerev.com',
     'Bills for my mother Rosa Ferreira',
     """To whom it may concern,

I'm writing on behalf of my mother, Rosa Ferreira. I have power of attorney (I can send a
copy - just tell me where). She has moderate dementia and lives with me now, so she can't
manage her mail, and her statements are still going to her old apartment on Delancey Ct.

She had a fall in January and was seen at Briarwood the next day. They did X-rays of her
wrist and hip and Dr. Okafor put her in a splint, then she had two follow-up visits. She has
Medicare and a supplement so I don't understand why there's a balance of $96.

Please update the mailing address to mine: 77 Orchard Lane, Fairhaven. My phone is
555-0119.

Thank you,
Lucia Ferreira Gomes
""", D(2024, 3, 19, 7, 38), domain='icloud.com')

mail('phi', 'self', 'Thibodeaux',
     'Marcus Thibodeaux <mthibodeaux@proton.me>', 'billing@briarwoodpg.com',
     'itemized statement for HSA',
     """Hi, could I get an itemized statement for everything in 2023? My HSA administrator is
asking for receipts. It should be my annual physical, the allergy shots (weekly, Jan through
about April), and the skin biopsy on my back in August plus the follow-up when they removed
the rest of it.

PDF by email is fine.

Thanks,
Marcus Thibodeaux
""", D(2024, 2, 2, 19, 55), cte='base64', domain='proton.me')

_brooks_txt = """Hello,

I'm writing to dispute the charges on my latest statement. I've been seeing Dr. Ames for
counseling sessions (every other week since October) for anxiety after my divorce, and was told at the
first visit that behavioral health is covered 100% under my plan after the copay. Now I have a bill
for $720 that says "patient responsibility - out of network".

Dr. Ames is in your group and your group is in network. Please re-submit these to Pinecrest
under the correct provider.

I'd also appreciate it if these statements weren't mailed with "Behavioral Health" printed on the
envelope. My roommate picks up the mail.

Aaliyah Brooks
"""
_brooks_html = """<div dir="ltr"><p>Hello,</p><p>I&#39;m writing to dispute the charges on my latest statement. I&#39;ve been seeing Dr. Ames for counseling sessions (every other week since October) for anxiety after my divorce, and was told at the first visit that behavioral health is covered 100% under my plan after the copay. Now I have a bill for $720 that says &quot;patient responsibility &ndash; out of network&quot;.</p><p>Dr. Ames is in your group and your group is in network. Please re-submit these to Pinecrest under the correct provider.</p><p>I&#39;d also appreciate it if these statements weren&#39;t mailed with &quot;Behavioral Health&quot; printed on the envelope. My roommate picks up the mail.</p><p>Aaliyah Brooks</p></div>
"""
mail('phi', 'self', 'Brooks',
     'Aaliyah Brooks <aaliyah.brooks.22@gmail.com>', 'billing@briarwoodpg.com',
     'Disputing charges - counseling', _brooks_txt, D(2024, 3, 28, 23, 11),
     html=_brooks_html, cte='quoted-printable', domain='mail.gmail.com')

# =====================================================================
# PHI / ids
# =====================================================================
mail('phi', 'ids', 'Lindqvist',
     '"Cobalt Health Plan - Provider Relations" <provider.relations@cobalthealthplan.com>',
     '"Marco Benedetti" <mbenedetti@meridalerev.com>',
     'RE: Eligibility discrepancy - case 0611-5572',
     """Marco,

I looked into this. Member Anneliese Lindqvist, member ID W2284471903, DOB 19880304 -- the
reason the claim for the 05/17 colonoscopy (claim 2024051700231) came back "member not
eligible on DOS" is that her employer group moved her to a new suffix (-02) effective 5/1
and the old ID was termed 4/30. Coverage was continuous, it's just the ID.

Please resubmit with W2284471903-02 and it should adjudicate. No need for a corrected
claim, a new original is fine since the first one never adjudicated.

Regards,
Hollis Graves
Provider Relations | Cobalt Health Plan
555-0177 opt 3
""", D(2024, 6, 12, 15, 48, -6), domain='cobalthealthplan.com')

mail('phi', 'ids', 'Petrosyan',
     '"Gary Lunde" <glunde@meridalerev.com>', 'Tasha Greer <tgreer@briarwoodpg.com>',
     'returned mail - need new address',
     """Tasha, statement came back undeliverable (forwarding order expired):

  Anahit Petrosyan
  DOB 4 Mar 1961
  MRN 00384512
  1147 Quarry Rd Apt 3B, Millbrook

Balance is the $185 coinsurance from her echocardiogram and the cardiology visit in Feb.
Does the practice have a newer address or phone? The 555-0173 on file is disconnected.

Gary
""", D(2024, 4, 22, 10, 5))

mail('phi', 'ids', '',
     'rbansal@meridalerev.com', 'secondary-claims@meridalerev.com',
     'rebill to secondary',
     """acct 7720-3391 / dob 11/09/54 / ph (608) 555-0143

primary (Medicare) paid the pacemaker interrogation + device check from 4/02, crossover
to the supplement never happened. can someone rebill to secondary manually, EOB is
in the doc tab. thx
""", D(2024, 5, 6, 8, 3))

mail('phi', 'ids', 'Eze',
     '"Harlan County Pathology - Client Services" <clientservices@harlancopath.com>',
     'billing@briarwoodpg.com',
     'Billing responsibility - Accession L24-118873',
     """Good afternoon,

We received a specimen from your office with no billing information attached:

  Accession:  L24-118873
  Patient:    Obinna Eze
  DOB:        1972-08-15
  Collected:  06/04/2024 by Dr. C. Okafor
  Specimen:   Skin, left forearm, excision

Please advise whether we should bill the patient's insurance directly (send a copy of the
front and back of the card) or whether your practice is purchasing the service for client
billing. The final pathology report has already been sent to the ordering physician.

Thank you,
Client Services
Harlan County Pathology Associates
Tel 555-0158 | Fax 555-0159
""", D(2024, 6, 7, 13, 20), domain='harlancopath.com')

mail('phi', 'ids', 'Gallimore',
     '"Ana Ruiz" <aruiz@briarwoodpg.com>', 'patientaccounts@meridalerev.com',
     'callback request',
     """Pls call pt back re: her mammogram + breast US bill

Rhonda Gallimore
Chart# BPG-0091127
SSN last 4: 4417
cell 555-0188 (ok to leave msg)

she says the diagnostic mammo should have gone under her new Pinecrest plan not the
old Cobalt one. she's had a lot going on with the follow-up biopsy so please be nice

Ana
""", D(2024, 7, 9, 11, 11), domain='briarwoodpg.com')

mail('phi', 'ids', 'Banks',
     '"Marco Benedetti" <mbenedetti@meridalerev.com>',
     '"Summit Ridge Medicaid Provider Services" <providerservices@summitridgemcd.org>',
     'RE: Medicaid ID 91774520C - retro eligibility',
     """Hello,

Thank you for the callback. To confirm what we need: the member is Tyrell Banks, Medicaid
ID 91774520C, date of birth 06-03-2019. His mother applied in May and the approval letter
shows eligibility back to 05/01/2024. Our claim for his 06/03 well-child visit and the four
vaccines given that day (DTaP, IPV, MMR, varicella) denied for no coverage because your
system still showed him ineligible on the DOS.

Can you confirm the retro eligibility has been loaded so we can resubmit?

Marco Benedetti
Claims Analyst - EDI, Meridale Revenue Services
on behalf of Briarwood Physicians Group
""", D(2024, 7, 16, 9, 54))

mail('phi', 'ids', 'Quenneville',
     'Leon Sutter <lsutter@meridalerev.com>', 'Tasha Greer <tgreer@briarwoodpg.com>',
     'address update + DME question',
     """Tasha - son called about Harriet Quenneville, d.o.b. 12.31.1947. New address for
statements:

    Harriet Quenneville
    c/o Marc Quenneville
    2280 Old Mill Road
    Bellport, NY 11713

MBI on file is 1EG4-TE5-MK73. He's asking why the home oxygen recert and the pulmonary
function tests from March are showing a patient balance; I think the PFT was billed with
the wrong place of service. Can someone on your side look at the encounter?

L.
""", D(2024, 4, 30, 14, 37))

mail('phi', 'ids', 'Krause',
     '"Pinecrest Mutual Payment Integrity" <paymentintegrity@pinecrestmutual.com>',
     'billing@briarwoodpg.com',
     'Medical records request - audit ref PI-24-33019',
     """MEDICAL RECORDS REQUEST - POST-PAYMENT REVIEW

Provider: Briarwood Physicians Group
Audit reference: PI-24-33019

  Pt: KRAUSE, WERNER        DOB: 02/29/1956
  MRN: 551203               Ins ID: PMH2209918-01
  DOS: 01/10/2024 - 03/22/2024

Records requested:
  - Cardiology consultation note(s)
  - Exercise stress test with imaging, report and tracings
  - Any Holter or event monitor reports for the period above
  - Orders signed by the rendering provider

Please submit within 30 calendar days via the secure upload link in the provider portal.
Failure to respond may result in recoupment of the payments listed on the attached
claim summary.

Pinecrest Mutual - Payment Integrity Unit
""", D(2024, 4, 4, 6, 0, -6), domain='pinecrestmutual.com')

# =====================================================================
# PHI / lists
# =====================================================================
mail('phi', 'lists', 'Harrow',
     '"Devika Rao" <drao@meridalerev.com>', 'denials@meridalerev.com',
     "this week's med-nec denials - need notes",
     "Team, these are the ones I need clinical notes for before we can appeal. Ben at the\n"
     "practice is pulling charts, please don't work them until the notes are in.\n\n"
     "Patient\tDOS\tCPT\tPayer\tDenial\tWhat happened\n"
     "Harrow, Dean\t05/02/24\t93306\tCobalt\tCO-50\techo after syncope episode\n"
     "Mbeki, Thandiwe\t05/06/24\t95811\tPinecrest\tCO-50\tsleep study, hx of witnessed apneas\n"
     "Laurent, Odile\t05/07/24\t97110 x4\tCobalt\tCO-119\tPT post rotator cuff repair, 13th visit\n"
     "Szabo, Imre\t05/09/24\t20611\tSummit Ridge\tCO-50\tUS-guided shoulder injection\n"
     "Okonkwo, Grace\t05/13/24\t76700\tCobalt\tCO-50\tabd US for RUQ pain\n\n"
     "thx\nDevika\n", D(2024, 5, 24, 8, 30))

mail('phi', 'lists', 'Abernathy',
     '"Ruth Ann Kessler" <rkessler@meridalerev.com>', '"Dana Whitcomb" <dwhitcomb@briarwoodpg.com>',
     'Aging >120 self-pay - review before placement',
     """Dana, here's the >120 day self-pay list for your sign-off. Anyone you want held, mark
it and send back. Notes column is from the account memos.

| Guarantor            | Acct     | Balance  | Last pmt  | Notes                              |
|----------------------|----------|----------|-----------|------------------------------------|
| Abernathy, Clyde     | 20031877 |   412.00 | 11/02/23  | vasectomy, says he was told $0      |
| Ferraro, Giuliana    | 20044120 |   96.50  | none      | derm visit + cryo of 3 lesions      |
| Haddad-Lowe, Ramzi   | 20038811 | 1,208.33 | 01/15/24  | colonoscopy w/ bx, HDHP             |
| Pham, Quynh          | 20041002 |   55.00  | none      | flu + COVID test, no ins at visit   |
| Stroud, Beverly      | 20029964 |   730.10 | 12/20/23  | pain mgmt injections x3             |

Total 2,501.93. Placement is scheduled for the 28th.

Ruth Ann
""", D(2024, 6, 17, 16, 4))

_rej = """CLAIMBRIDGE  CLAIM REJECTION REPORT                 RUN DATE 07/08/2024  PAGE 1
SUBMITTER: MERIDALE REVENUE SVCS  BATCH: 0708-0412   CLIENT: BRIARWOOD PHYS GRP
-----------------------------------------------------------------------------------
PATIENT NAME          MEMBER ID        DOB        DOS       CHG     EDIT
-----------------------------------------------------------------------------------
ADEYEMI, TOLULOPE     CHP771234008     09/14/1990 07/01/24  240.00  A7:164 SUBSCR NOT FOUND
KOVACS, MARTA         PMH4418820-01    03/27/1949 07/02/24  185.00  A3:562 NPI INVALID 2310B
RIVERA SANTOS, LUIS   91883375B        11/30/2011 07/02/24  132.00  A8:254 DX CODE INVALID
THORNBURY, ELLEN      CHP770019541     06/06/1975 07/03/24  410.00  A7:21  MISSING PRIOR AUTH
-----------------------------------------------------------------------------------
TOTAL REJECTED: 4     TOTAL CHARGES: 967.00
"""
mail('phi', 'lists', 'Adeyemi',
     'Marco Benedetti <mbenedetti@meridalerev.com>', 'Rohit Bansal <rbansal@meridalerev.com>',
     'FW: ClaimBridge rejects 7/8',
     "Rohit can you take these 4. Kovacs is the new NP again (rendering NPI not loaded), the\n"
     "Rivera Santos one is the peds asthma visit w/ the nebulizer, dx got truncated.\n\n"
     "-------- Forwarded message --------\n"
     "From: ClaimBridge Reports <reports@claimbridge.net>\n"
     "Date: Mon, Jul 8, 2024 at 6:02 AM\n"
     "Subject: Rejection Report 0708-0412\n\n" + _rej, D(2024, 7, 8, 8, 19))

mail('phi', 'lists', 'Cheung',
     '"Tasha Greer" <tgreer@briarwoodpg.com>', 'frontdesk@briarwoodpg.com',
     'tomorrow huddle - balances to collect',
     """Morning huddle list for tomorrow (Tues) -- pts coming in who have balances or ins issues.
Please collect or at least set up a plan at check-in.

  * 8:15  Winston Cheung -- $210 from last month's stress test. Wants to pay in 2.
  * 9:00  Mrs. Adaeze Obi -- post-op check (hernia repair). Pinecrest card expired, get new one!!
  * 9:40  Lucas Ferreira-Hall (age 9) -- asthma f/u. Mom owes copays x3 ($75).
  * 10:30 Bernadette Quaid -- B12 injection nurse visit. Balance $40.
  * 1:20  Yusuf Demir -- new pt, self pay, quote for physical + labs given as $265.
  * 3:00  Gloria Stanek -- diabetic f/u. ON PAYMENT PLAN, do not ask for balance.

Thanks all!
Tasha
""", D(2024, 6, 24, 15, 33), domain='briarwoodpg.com')

_plans = csv_text([
    ['acct', 'patient_name', 'dob', 'plan_start', 'monthly_amt', 'orig_balance', 'services', 'status'],
    ['20038112', 'Delacroix, Simone', '1983-02-11', '2024-01-15', '50.00', '1140.00', 'MRI knee; ortho visits', 'current'],
    ['20040557', 'Wojcik, Stanley', '1951-10-04', '2024-02-01', '35.00', '612.40', 'cataract pre-op; EKG', 'current'],
    ['20041990', 'Osei, Kwabena', '1977-07-19', '2024-02-15', '75.00', '1870.25', 'sleep study; CPAP titration', 'late 1x'],
    ['20036604', 'Morales, Xiomara', '1995-12-23', '2024-03-01', '25.00', '388.00', 'prenatal labs; ultrasound', 'current'],
    ['20042218', 'Lindgren, Paul', '1969-05-30', '2024-03-15', '100.00', '2655.10', 'cardiac cath prof fees', 'DEFAULTED'],
    ['20043307', 'Tanaka, Emiko', '1988-09-09', '2024-04-01', '40.00', '520.00', 'allergy testing; immunotherapy', 'current'],
])
mail('phi', 'lists', 'Delacroix',
     'Jen Holloway <jholloway@meridalerev.com>', 'Dana Whitcomb <dwhitcomb@briarwoodpg.com>',
     'Q2 payment plan roster',
     """Hi Dana,

Attached is the Q2 payment plan roster for Briarwood. One default (Lindgren) -- per policy we'd
send a 30-day letter before placement. Let me know if the practice wants to handle that one
differently.

Jen

Jen Holloway
Patient Accounts Manager
Meridale Revenue Services
""" + MER_DISC, D(2024, 4, 5, 10, 10),
     atts=[('Briarwood_payment_plans_Q2.csv', _plans, 'text', 'csv')])

_cred = [
    ['Rendering', 'Payer', 'Patient', 'DOB', 'DOS', 'CPT', 'Desc', 'Charge', 'Days since DOS'],
    ['Farrow, Naomi MD', 'Cobalt', 'Dunbar, Keisha', '04/17/1996', '02/20/2024', '76805', 'OB US >14 wks', '310.00', '111'],
    ['Farrow, Naomi MD', 'Cobalt', 'Whitlock, Amber', '08/02/1991', '03/04/2024', '59025', 'NST', '95.00', '99'],
    ['Farrow, Naomi MD', 'Cobalt', 'Nakamura, Rei', '01/25/1987', '03/18/2024', '99214', 'Office visit - postpartum depression f/u', '185.00', '85'],
    ['Ibarra, Luis NP', 'Pinecrest', 'Goldberg, Saul', '11/11/1944', '03/21/2024', '99309', 'SNF visit', '160.00', '82'],
    ['Ibarra, Luis NP', 'Pinecrest', 'Achterberg, Wim', '06/19/1939', '03/28/2024', '99309', 'SNF visit - wound check', '160.00', '75'],
]
mail('phi', 'lists', 'Dunbar',
     'Priya Menon <pmenon@meridalerev.com>', 'Ben Halloran <bhalloran@briarwoodpg.com>',
     'credentialing holds - list attached',
     """Ben, here's the full list of claims held for credentialing as of today. Farrow ones
can release now that Cobalt loaded her; Ibarra is still pending at Pinecrest.

-P
""", D(2024, 6, 11, 9, 18),
     atts=[('credentialing_holds_0611.xlsx', xlsx_bytes(_cred, 'Holds'), 'application',
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet')])

_refund_csv = csv_text([
    ['PatientLast', 'PatientFirst', 'MRN', 'DOS', 'Service', 'CreditBal', 'RefundTo'],
    ['Boateng', 'Efua', '00412877', '01/08/2024', 'Annual physical + pap', '120.00', 'Patient'],
    ['Castellanos', 'Ruben', '00398201', '02/14/2024', 'Lipid panel, A1c', '45.00', 'Patient'],
    ['Hrabal', 'Zdenka', '00401156', '02/27/2024', 'Shoulder X-ray 2 views', '60.00', 'Cobalt (overpaid)'],
    ['Ngata', 'Hemi', '00377743', '03/05/2024', 'Vasectomy consult', '250.00', 'Patient'],
    ['Abernathy-Ruiz', 'Celia', '00410098', '03/11/2024', 'Depo-Provera inj', '30.00', 'Patient'],
])
mail('phi', 'lists', 'Boateng',
     'Gary Lunde <glunde@meridalerev.com>', 'Ana Ruiz <aruiz@briarwoodpg.com>',
     'March refunds - zip attached',
     """Ana - March refund batch for Briarwood is in the zip (just the one csv, the export tool
zips everything now). 5 refunds, $505 total. One goes back to Cobalt, the rest are patient checks.

Gary
""", D(2024, 4, 3, 15, 2),
     atts=[('BPG_refunds_2024-03.zip', zbytes([('BPG_refunds_2024-03.csv', _refund_csv)]),
            'application', 'zip')])

# =====================================================================
# PHI / struct
# =====================================================================
_837 = r"""ISA*00*          *00*          *ZZ*MERIDALE01     *ZZ*CLAIMBRIDGE    *240311*1422*^*00501*000004471*0*P*:~
GS*HC*MERIDALE01*CLAIMBRIDGE*20240311*1422*4471*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*BPG0311A*20240311*1422*CH~
NM1*85*2*BRIARWOOD PHYSICIANS GROUP*****XX*1093817265~
N3*400 LINDEN AVE STE 210~
N4*MILLBROOK*NY*12545~
HL*2*1*22*0~
SBR*P*18*GRP55012******CI~
NM1*IL*1*OSTROWSKI*MIRELA****MI*CHP660187223~
N3*19 BIRCHWOOD TER~
N4*MILLBROOK*NY*12545~
NM1*PR*2*COBALT HEALTH PLAN*****PI*60054~
CLM*BPG2403110017*315***11:B:1*Y*A*Y*Y~
HI*ABK:M25.561*ABF:M17.11~
NM1*82*1*OKAFOR*CHINEDU****XX*1508836214~
LX*1~
SV1*HC:99214:25*175*UN*1***1:2~
DTP*472*D8*20240304~
LX*2~
SV1*HC:20610:RT*140*UN*1***1:2~
DTP*472*D8*20240304~
SE*22*0001~"""
mail('phi', 'struct', 'Ostrowski',
     'Rohit Bansal <rbansal@meridalerev.com>', 'Marco Benedetti <mbenedetti@meridalerev.com>',
     '999 reject on 0311 batch - DMG missing?',
     """Marco, ClaimBridge 999 says IK3*DMG*... segment missing in 2010BA for this one. Pasting
the claim from the outbound file, I think the subscriber DOB didn't map because her
demographics were entered as a guarantor not a pt. Her DOB per the chart is 1966-10-02,
can you add DMG*D8*19661002*F after the N4 and resend just this claim?

""" + _837 + """

--rohit
""", D(2024, 3, 11, 15, 9))

_835 = r"""CLP*BPG2404020031*1*420*96.6*30*12*2298104417701*11*1~
NM1*QC*1*FONTAINE*LUCILLE*M***MI*PMH5501294-01~
NM1*82*1*SATO*KENJI****XX*1245398870~
DTM*232*20240402~
SVC*HC:93000*60*22.4**1~
CAS*CO*45*37.6~
SVC*HC:99204*270*74.2**1~
CAS*CO*45*165.8~
CAS*PR*3*30~
SVC*HC:93306*90*0**1~
CAS*CO*97*90~
LQ*HE*N19~"""
mail('phi', 'struct', 'Fontaine',
     'Gary Lunde <glunde@meridalerev.com>', 'denials@meridalerev.com',
     'CO-97 on echo - Pinecrest 835 from 4/19',
     """Posting the 4/19 Pinecrest ERA and this one's bugging me. Lucille Fontaine, new pt
consult with Dr Sato 4/2, EKG + echo same day. Echo got zero with CO-97 (bundled) and N19.
Echo shouldn't bundle into a consult. Raw from the 835:

""" + _835 + """

is this a modifier thing or did they just mess up? leaving it unposted for now.

Gary
""", D(2024, 4, 22, 9, 41))

_271 = r"""ST*271*0001*005010X279A1~
BHT*0022*11*ELG8821003*20240617*0912~
HL*1**20*1~
NM1*PR*2*SUMMIT RIDGE MEDICAID*****PI*SRMCD~
HL*2*1*21*1~
NM1*1P*2*BRIARWOOD PHYSICIANS GROUP*****XX*1093817265~
HL*3*2*22*0~
TRN*2*ELG8821003*9MERIDALE~
NM1*IL*1*ESPINOZA*MATEO****MI*91552208A~
N3*51 CANAL ST APT 2~
N4*MILLBROOK*NY*12545~
DMG*D8*20170405*M~
DTP*346*D8*20240101~
EB*1*IND*30**MEDICAID MANAGED CARE~
EB*B*IND*98***27*0~
EB*1*IND*AL**OUTPATIENT BEHAVIORAL HEALTH~
MSG*PRIOR AUTH REQUIRED AFTER 20 VISITS PER YEAR~
EB*L*IND*30~
NM1*P3*1*HALVORSEN*ERIK****XX*1730042691~
SE*21*0001~"""
mail('phi', 'struct', 'Espinoza',
     '"Tasha Greer" <tgreer@briarwoodpg.com>', 'Leon Sutter <lsutter@meridalerev.com>',
     '271 response for Mateo - does this mean auth needed?',
     """Leon, ran elig for Mateo Espinoza before his therapy intake tomorrow (mom is worried about
cost, he's 7). This is what came back, I can read the PCP part but not sure about the
behavioral health line. Does he need an auth from visit 1 or only after 20?

""" + _271 + """

Thanks!! Tasha
""", D(2024, 6, 17, 9, 20), domain='briarwoodpg.com')

_dft = r"""MSH|^~\&|BPG_EHR|BRIARWOOD|MERIDALE_PM|MERIDALE|20240509141203||DFT^P03|MSG0050914120|P|2.5.1
EVN|P03|20240509141203
PID|1||BPG0087734^^^BPG^MR||ADEBAYO^OLUWASEUN^T||19820613|M|||88 HAWTHORNE WAY^^MILLBROOK^NY^12545||(555)555-0131|||M||20087734
PV1|1|O|LINDEN^EXAM4^^BRIARWOOD||||1508836214^OKAFOR^CHINEDU|||||||||||V0509221
FT1|1|||20240509|20240509|CG|99213^OFFICE VISIT EST LEVEL 3^CPT|||1||||||||||1508836214^OKAFOR^CHINEDU||||||I10^ESSENTIAL HYPERTENSION^I10
FT1|2|||20240509|20240509|CG|36415^VENIPUNCTURE^CPT|||1||||||||||1508836214^OKAFOR^CHINEDU
FT1|3|||20240509|20240509|CG|80053^COMPREHENSIVE METABOLIC PANEL^CPT|||1||||||||||1508836214^OKAFOR^CHINEDU
FT1|4|||20240509|20240509|CG|J1071^TESTOSTERONE CYPIONATE 1MG^HCPCS|||100||||||||||1508836214^OKAFOR^CHINEDU
"""
mail('phi', 'struct', 'Adebayo',
     '"Nikhil Shah" <nshah@meridalerev.com>', '"Interfaces - Briarwood IT" <ehr-support@briarwoodpg.com>',
     'DFT feed - charges dropping FT1 #4',
     """Hi Briarwood IT,

Our PM system is rejecting the 4th FT1 on a bunch of DFTs since the EHR upgrade on 5/6.
Looks like the J-code units come across as 100 but without the NDC in FT1-26 so our rules
engine kicks it. Example message from yesterday attached (one encounter, copied straight
from the interface engine log).

Can your vendor check the FT1 mapping for injectables?

Nikhil Shah
Integration Engineer | Meridale Revenue Services
""", D(2024, 5, 10, 10, 2),
     atts=[('DFT_MSG0050914120.hl7.txt', _dft, 'text', 'plain')])

_fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "bpg-20091544",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "BPG0091544"}],
        "name": [{"family": "Hollingsworth", "given": ["Maureen", "E"]}],
        "gender": "female",
        "birthDate": "1958-01-27",
        "address": [{"line": ["402 Sparrow Hill Rd"], "city": "Millbrook", "state": "NY", "postalCode": "12545"}]
      }
    },
    {
      "resource": {
        "resourceType": "Claim",
        "id": "clm-2405-77120",
        "status": "active",
        "use": "claim",
        "patient": {"reference": "Patient/bpg-20091544"},
        "created": "2024-05-21",
        "insurance": [{"sequence": 1, "focal": true,
                       "coverage": {"display": "Cobalt Health Plan CHP338210064"}}],
        "diagnosis": [{"sequence": 1, "diagnosisCodeableConcept": {"coding": [
          {"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C50.912",
           "display": "Malignant neoplasm of unspecified site of left female breast"}]}}],
        "item": [
          {"sequence": 1, "productOrService": {"coding": [{"code": "96413", "display": "Chemo IV infusion, first hour"}]},
           "servicedDate": "2024-05-20", "net": {"value": 412.00, "currency": "USD"}},
          {"sequence": 2, "productOrService": {"coding": [{"code": "J9267", "display": "Paclitaxel 1 mg"}]},
           "servicedDate": "2024-05-20", "quantity": {"value": 150}}
        ]
      }
    }
  ]
}"""
mail('phi', 'struct', 'Hollingsworth',
     'Nikhil Shah <nshah@meridalerev.com>', '"Oren Castillo" <ocastillo@meridalerev.com>',
     'FHIR claim bundle - validator choking on net/quantity',
     """Oren - this is one of the bundles the new Briarwood API pushed last night (prod, sorry,
couldn't repro in test). Validator fails item 2 because there's quantity but no net. Item
1 is fine. Can you check if the mapper is dropping unitPrice when the line is a drug?

""" + _fhir + """

n.
""", D(2024, 5, 22, 7, 14))

_ccd = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20240612"/>
  <recordTarget>
    <patientRole>
      <id extension="BPG0076610" root="2.16.840.1.113883.3.9921.1"/>
      <addr use="HP"><streetAddressLine>15 Tamarack Ct</streetAddressLine><city>Fairhaven</city><state>NY</state><postalCode>12560</postalCode></addr>
      <telecom value="tel:+1-555-555-0107" use="HP"/>
      <patient>
        <name><given>Dorothea</given><family>Kline-Abara</family></name>
        <administrativeGenderCode code="F"/>
        <birthTime value="19490822"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <title>Procedures</title>
      <text><list>
        <item>2024-04-03 Right total knee arthroplasty (St. Brendan's)</item>
        <item>2024-05-15 Knee aspiration, right, office</item>
      </list></text>
    </section></component>
    <component><section>
      <title>Medications</title>
      <text><list>
        <item>Apixaban 2.5 mg BID - stopped 2024-05-03</item>
        <item>Oxycodone 5 mg q6h PRN - tapering</item>
      </list></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
mail('phi', 'struct', 'Kline-Abara',
     '"Ben Halloran" <bhalloran@briarwoodpg.com>', '"Marisol Upton" <marisol.upton@cobalthealthplan.com>',
     'RE: Case 24-RA-09130 supporting docs',
     """Marisol,

Per your request for the reconsideration on case 24-RA-09130, attached is the CCD export
for the member showing the post-op course and the office aspiration on 5/15. Our EHR can
only send the summary as XML through this channel; let me know if you need the PDF notes
faxed instead.

Ben Halloran
Revenue Cycle Supervisor
Briarwood Physicians Group
555-0134 x215
""" + BPG_DISC, D(2024, 6, 12, 16, 40),
     atts=[('CCD_export_20240612.xml', _ccd, 'text', 'xml')], domain='briarwoodpg.com')

_oru = r"""MSH|^~\&|LABSYS|HARLANPATH|BPG_EHR|BRIARWOOD|20240226083011||ORU^R01|HCP20240226-1187|P|2.3
PID|1||00399271^^^BPG^MR||DRAGOMIR^STEFAN^I||19630419|M|||6 ELM ROW^^FAIRHAVEN^NY^12560
ORC|RE|ORD55120|HCP1187
OBR|1|ORD55120|HCP1187|83036^HEMOGLOBIN A1C^CPT|||20240223091500|||||||||1730042691^HALVORSEN^ERIK
OBX|1|NM|4548-4^Hemoglobin A1c^LN||8.9|%|4.0-5.6|H|||F
OBR|2|ORD55121|HCP1188|80061^LIPID PANEL^CPT|||20240223091500|||||||||1730042691^HALVORSEN^ERIK
OBX|1|NM|2093-3^Cholesterol^LN||244|mg/dL|<200|H|||F
OBX|2|NM|13457-7^LDL calc^LN||162|mg/dL|<100|H|||F
"""
mail('phi', 'struct', 'Dragomir',
     'Devika Rao <drao@meridalerev.com>', 'Rohit Bansal <rbansal@meridalerev.com>',
     'Re: A1c frequency denial',
     """Rohit - here's the ORU from the lab interface so you can see the A1c was drawn 2/23,
which is only 8 weeks after the December one. Pinecrest allows every 3 months so the
denial is technically right unless Dr. H documents the med change (he started insulin at
this visit I think). I'll send him a query.

""" + _oru + """
On Mon, Feb 26, 2024 at 4:50 PM Rohit Bansal <rbansal@meridalerev.com> wrote:
> why did the A1c deny for frequency? it's in the Dragomir encounter from last week
""", D(2024, 2, 27, 8, 12), cte='base64')

# =====================================================================
# PHI / lang
# =====================================================================
mail('phi', 'lang', 'Ríos',
     'Guadalupe Ríos <lupita.rios66@hotmail.com>', 'billing@briarwoodpg.com',
     'Factura - no entiendo el cobro',
     """Buenas tardes,

Me llamo Guadalupe Ríos, fecha de nacimiento 14/05/1966. Recibí una factura de $340 por el
ultrasonido de la vesícula que me hicieron el 12 de marzo con la Dra. Farrow. Mi seguro es
Summit Ridge y la recepcionista me dijo que estaba cubierto porque el doctor lo pidió por el
dolor que tengo después de comer.

¿Pueden mandar la factura otra vez al seguro? No tengo como pagar $340 ahora. Si no se puede,
quisiera un plan de pagos de $30 al mes.

Mi teléfono es 555-0126, prefiero que me llamen en español por favor.

Gracias,
Lupita Ríos
""", D(2024, 4, 15, 17, 22), domain='hotmail.com')

mail('phi', 'lang', 'Alves Pereira',
     'Fernanda Alves <fe.alves.pereira@gmail.com>', 'patientaccounts@meridalerev.com',
     'Plano de pagamento - meu pai',
     """Olá,

Estou escrevendo em nome do meu pai, Sebastião Alves Pereira (nascido em 03/09/1950). Ele fez
a cirurgia de catarata no olho direito em fevereiro e a consulta de retorno em março com o
Dr. Sato... desculpe, com o oftalmologista do grupo Briarwood. Chegou uma conta de $1.120,00
e ele ficou muito preocupado, ele só recebe a aposentadoria.

Vocês aceitam um plano de pagamento de $50 por mês? O número da conta na carta é 20039981.

Ele não fala inglês, então por favor entrem em contato comigo: (555) 555-0193.

Obrigada,
Fernanda
""", D(2024, 4, 2, 11, 48), domain='mail.gmail.com')

mail('phi', 'lang', 'Trần',
     'Tran Van Minh <tranvanminh1971@yahoo.com>', 'billing@briarwoodpg.com',
     'Hóa đơn nội soi',
     """Xin chào,

Tôi là Trần Văn Minh, sinh ngày 21/11/1971. Tôi đã làm nội soi dạ dày và đại tràng ở phòng
khám của quý vị vào ngày 8 tháng 5, bác sĩ có cắt hai polyp và làm sinh thiết. Hôm nay tôi
nhận được hóa đơn $560 nhưng bảo hiểm Cobalt của tôi nói là đã trả rồi.

Xin vui lòng kiểm tra lại giúp tôi. Số tài khoản: 20044871.
Số điện thoại: 555-0152 (con gái tôi, Linh, nói tiếng Anh).

Cảm ơn,
Minh
""", D(2024, 6, 20, 19, 30), domain='yahoo.com')

mail('phi', 'lang', 'Desrosiers',
     'Marie-Ange Desrosiers <madesrosiers@gmail.com>', 'billing@briarwoodpg.com',
     'Bòdwo pou pitit mwen',
     """Bonjou,

Mwen rele Marie-Ange Desrosiers. Mwen resevwa yon bòdwo $210 pou pitit gason mwen, Jameson
Desrosiers (li fèt 17 out 2016). Li te vin wè doktè a nan mwa me pou yon enfeksyon nan zòrèy
epi yo te ba li vaksen grip la. Li gen Medicaid Summit Ridge, kat li se 91700345D.

Poukisa mwen resevwa bòdwo sa a? Mwen panse asirans lan dwe peye tout bagay.

Tanpri rele m nan 555-0111. Mèsi anpil.

Marie-Ange
""", D(2024, 6, 6, 8, 51), domain='mail.gmail.com')

mail('phi', 'lang', 'Кравченко',
     'Людмила Кравченко <l.kravchenko@mail.example.net>', 'billing@briarwoodpg.com',
     'Счёт за МРТ - ошибка',
     """Здравствуйте,

Меня зовут Людмила Кравченко, дата рождения 05.10.1958. В феврале мне сделали МРТ
поясничного отдела позвоночника по направлению доктора Халворсена, а потом я ходила на
консультацию к неврологу. Сегодня пришёл счёт на 975 долларов.

Моя страховка Pinecrest, номер полиса PMH3307781-01. В страховой компании мне сказали,
что клиника отправила счёт с неправильным номером. Пожалуйста, отправьте его повторно.

Мой телефон: 555-0197.

С уважением,
Людмила
""", D(2024, 3, 25, 10, 16), domain='mail.example.net')

mail('phi', 'lang', 'Dimaculangan',
     '"Rowena Bautista, RN" <rbautista@briarwoodpg.com>', 'Leon Sutter <lsutter@meridalerev.com>',
     'si Lola Corazon - billing concern',
     """Hi Leon, pasensya na sa abala.

Si Mrs. Corazon Dimaculangan (yung 78 y/o na naka-chemo sa infusion suite every Tuesday) ay
nag-aalala kasi may dumating daw na sulat na may utang siya na $1,450. Nakausap ko yung
anak niya kanina, sabi nila Medicare + supplement daw siya at dati naman walang binabayaran.
Baka yung anti-nausea injection (yung bagong gamot na sinimulan ni Dr. Sato noong April) ang
hindi nabayaran?

Pwede mo ba i-check bago siya bumalik sa Tuesday? Ayoko sanang ma-stress pa siya, ang hirap
na ng treatment niya.

Salamat po!
Rowena

Rowena Bautista, RN, OCN
Infusion Nurse | Briarwood Physicians Group
""", D(2024, 5, 16, 14, 5), domain='briarwoodpg.com')

mail('phi', 'lang', '王',
     '王丽 <wangli.family@163.example.cn>', 'billing@briarwoodpg.com',
     '关于我父亲的账单',
     """您好，

我父亲王建国（出生日期：1950年3月2日）上个月在贵诊所看了心脏科，由Sato医生做了心脏超声和
24小时动态心电图。今天收到一张$480的账单。我父亲有Medicare，我们以为这些检查都是保险支付的。

请问为什么还要自己付这么多？可以帮我们重新向保险公司申请吗？账户号码是20045530。

我父亲不会说英文，请联系我（他的女儿）：555-0164。

谢谢！
王丽
""", D(2024, 7, 3, 21, 8, -4), domain='163.example.cn')

mail('phi', 'lang', 'الزهراني',
     'فاطمة الزهراني <f.alzahrani@outlook.com>', 'billing@briarwoodpg.com',
     'استفسار عن فاتورة',
     """السلام عليكم،

اسمي فاطمة الزهراني، تاريخ الميلاد 1985/09/12. وصلتني فاتورة بمبلغ 265 دولار عن زيارتي للدكتور
أوكافور في شهر أبريل. في تلك الزيارة عملوا لي تحليل سكر تراكمي وتحاليل دم للغدة الدرقية، وغيّر
الدكتور جرعة دواء الغدة.

تأميني مع Cobalt ورقم العضوية CHP902215583. أرجو إعادة إرسال المطالبة للتأمين لأنهم أخبروني أنهم
لم يستلموها.

رقم هاتفي 555-0185.

شكراً لكم،
فاطمة
""", D(2024, 5, 27, 12, 40), domain='outlook.com')

# =====================================================================
# CLEAN / admin
# =====================================================================
mail('clean', 'admin', '',
     '"ClaimBridge Network Operations" <noc@claimbridge.net>', 'edi-contacts@meridalerev.com',
     'Scheduled maintenance: Sat 6/22 22:00-02:00 ET (CHG0048812)',
     """ClaimBridge Customer,

ClaimBridge will perform scheduled maintenance on the claims and eligibility gateways:

  Window:        Saturday, June 22, 2024, 10:00 PM - Sunday, June 23, 2:00 AM ET
  Change ticket: CHG0048812
  Impact:        837/270/276 submissions will queue and process after the window.
                 Real-time 270/271 eligibility will be unavailable.
                 835 and 277CA report delivery will be delayed up to 4 hours.

No action is required. Submitter IDs, SFTP credentials and endpoints are unchanged.

Questions: ClaimBridge Support, 1-800-555-0140 option 2, or support@claimbridge.net.
Reference ticket CHG0048812.

ClaimBridge Network Operations Center
""", D(2024, 6, 14, 17, 0), domain='claimbridge.net')

mail('clean', 'admin', '',
     '"Meridale People Team" <hr@meridalerev.com>', 'all-staff@meridalerev.com',
     'Open enrollment starts Nov 4 - medical, dental, vision, FSA',
     """Hi everyone,

Open enrollment for 2025 benefits runs Monday, November 4 through Friday, November 22.

What's changing:
  * Medical: we're keeping both Cobalt PPO and the Cobalt HDHP. Employee-only premium on the
    PPO goes up $6.40 per paycheck; HDHP premium stays flat and the company HSA seed stays at $750.
  * Dental: new carrier (Brightline Dental). You'll get new ID cards in December.
  * Vision: no change.
  * Health FSA limit rises to $3,200; dependent care FSA stays at $5,000.

Benefits fair in the 2nd floor training room on Nov 6, 11:30-1:30. Reps from Cobalt and
Brightline will be there to answer questions about networks and prescriptions. Pizza.

If you don't make changes, your current elections roll over except the FSA, which you
must re-elect every year.

Questions: Monique Carver, Benefits Specialist, ext. 4107 or mcarver@meridalerev.com.

The People Team
""", D(2024, 10, 21, 9, 0, -4))

mail('clean', 'admin', '',
     '"Meridale Revenue Services - Accounts Receivable" <ar@meridalerev.com>',
     'Dana Whitcomb <dwhitcomb@briarwoodpg.com>',
     'Invoice INV-2024-0417 - Briarwood Physicians Group - April services',
     """Dana,

Please find below the summary for invoice INV-2024-0417 (April 2024 services). The PDF is
in the client portal.

  Net collections, April 2024 ............ $412,883.19
  Contract rate .......................... 5.75%
  Revenue cycle fee ...................... $23,740.78
  Credentialing - 2 new enrollments ...... $700.00  (Farrow, Ibarra)
  Patient statement postage (3,118 pcs) .. $1,465.46
  ---------------------------------------------------
  Total due .............................. $25,906.24

Terms Net 30, due 5/30/2024. ACH remittance to account ending 0912. Please reference the
invoice number on the remittance.

Thanks,
Colette Ambrose
Client Accounting | Meridale Revenue Services | 555-010-2210
""", D(2024, 4, 30, 16, 22))

mail('clean', 'admin', '',
     '"Meridale IT Service Desk" <servicedesk@meridalerev.com>', 'Marco Benedetti <mbenedetti@meridalerev.com>',
     '[INC-0102287] Account locked - PracticeSuite PM',
     """Hello Marco,

Your ticket INC-0102287 has been updated.

  Status:   Resolved
  Summary:  PM system account 'mbenedetti' locked after 5 failed logins
  Resolution: Account unlocked and MFA token re-registered. Password reset link sent to
              your mobile number ending -0155. Link expires in 30 minutes.

Reminder: the PM password must be rotated every 90 days and can't reuse your last 12.
If you did not request this, call the service desk immediately at x4400.

Reply to this email to reopen the ticket.

Meridale IT Service Desk
""", D(2024, 3, 18, 8, 47))

mail('clean', 'admin', '',
     '"Tasha Greer" <tgreer@briarwoodpg.com>', 'linden-staff@briarwoodpg.com',
     'coverage next week + provider schedule changes',
     """Hi all, a few schedule things for the week of 7/15:

- Dr. Halvorsen is out Thursday 7/18 (CME). His template is blocked, Kim already moved
  Thursday's appts to Dr. Okafor and Luis.
- Dr. Sato's echo clinic starts at 7:30 instead of 8 on Tuesday & Wednesday.
- Front desk: Kim off Mon, Keon covers 7-3:30. Ana covers phones Weds afternoon.
- Billing office closed Friday 12-1 for the Meridale quarterly review (Dana, Ben and me).

Reminder the new phone tree goes live Monday -- billing questions press 3, goes to
Meridale's line 555-010-2200.

Thanks!
Tasha
""", D(2024, 7, 11, 16, 14), domain='briarwoodpg.com')

mail('clean', 'admin', '',
     '"Lakeview Property Management" <maintenance@lakeviewpm.example.com>',
     'office@meridalerev.com',
     'Work order 24-5531 - Suite 300 HVAC',
     """Good morning,

This confirms work order 24-5531 for Suite 300 (Meridale Revenue Services):

  Issue reported: no cooling in the east side cubicle area / server closet running warm
  Scheduled:      Wednesday 7/24, 7:00 AM
  Technician:     Corbin Aldana, Arctic Air Mechanical, 555-0171
  Access:         Building engineer will let the tech in; please clear the area around
                  the return vent near cubes E12-E18.

Portable AC for the server closet is available from the management office, ext. 100.

Regards,
Shauna Pike
Property Manager, Lakeview Office Park
""", D(2024, 7, 22, 8, 5), domain='lakeviewpm.example.com')

mail('clean', 'admin', '',
     'Priya Menon <pmenon@meridalerev.com>', 'Dana Whitcomb <dwhitcomb@briarwoodpg.com>',
     'Credentialing recert dates - Q3',
     """Dana,

Upcoming credentialing deadlines for your providers:

  Provider              NPI          Item                         Due
  Erik Halvorsen MD     1730042691   CAQH re-attestation          08/02/2024
  Kenji Sato MD         1245398870   Cobalt recredentialing       08/30/2024
  Chinedu Okafor MD     1508836214   NY license renewal (#288143) 09/30/2024
  Luis Ibarra NP        1669203348   Pinecrest enrollment         pending, app #PM-77120
  Naomi Farrow MD       1386620157   DEA renewal                  10/31/2024

For Dr. Okafor I'll need his updated malpractice face sheet (Halvard Mutual policy renews
9/1). For Luis, Pinecrest's rep (Terrence Bly, 555-0124) says another 30-45 days.

Priya Menon, CPCS
Provider Enrollment & Credentialing | Meridale Revenue Services
""", D(2024, 7, 1, 13, 30))

# =====================================================================
# CLEAN / lookalike
# =====================================================================
mail('clean', 'lookalike', '',
     '"IronPeak Fitness Millbrook" <members@ironpeakfit.example.com>', 'leon.sutter.home@gmail.com',
     'Your body composition results + membership renewal (Member #44102-88)',
     """Hi Leon,

Thanks for coming in for your 90-day check-in with coach Danielle! Your InBody scan results
are ready in the app:

  Member #:          44102-88
  Scan date:         05/18/2024
  Body fat:          down 2.1% since baseline
  Skeletal muscle:   up 1.4 lb
  Resting HR:        entered by coach: 64

Your annual membership renews on 06/01/2024 at $39.99/month. Your card ending 4471 will be
charged automatically. To change plans, reply or call the front desk at 555-0135.

Don't forget our free recovery clinic with Dr. Tessa Morrow, DPT, every Saturday at 10 --
foam rolling, mobility, and injury prevention (not medical advice!).

Stay strong,
IronPeak Fitness
""", D(2024, 5, 19, 7, 0), domain='ironpeakfit.example.com')

mail('clean', 'lookalike', '',
     '"Maple Hollow Veterinary Clinic" <frontdesk@maplehollowvet.example.com>',
     'jholloway.personal@yahoo.com',
     "Biscuit's dental and bloodwork - estimate & discharge notes",
     """Hi Jen,

Biscuit did great today! Here's the summary from Dr. Okonjo:

  Patient:  Biscuit (canine, beagle mix, 9 yrs, 24.6 lb)
  Client account: 30018
  Procedures: pre-anesthetic bloodwork (CBC/chem), dental cleaning under anesthesia,
              extraction of 2 premolars, nerve block, post-op pain injection

Discharge: soft food only for 5 days, start the carprofen tomorrow morning with food, one
tab twice daily. Recheck in 10 days. Call us if he's not eating by tomorrow night.

Invoice total: $684.20. Your CareCredit payment plan (6 months no interest) was applied.

Maple Hollow Veterinary Clinic
555-0176
""", D(2024, 3, 7, 15, 40), domain='maplehollowvet.example.com')

mail('clean', 'lookalike', '',
     '"Hudson Valley Teachers Credit Union" <alerts@hvtcu.example.org>', 'gary.lunde.77@outlook.com',
     'Member #0048213 - payment past due / payment plan options',
     """Dear Member,

Our records show your auto loan payment for account ending 7720 is 16 days past due.

  Member number:   0048213
  Loan:            Auto - 2019 Subaru Outback
  Amount due:      $412.87 (includes $25.00 late fee)
  Due date:        05/01/2024

If you are experiencing financial hardship, we offer skip-a-pay and modified payment plans.
Call our Member Solutions team at 555-0150, Monday-Saturday.

If your account reaches 60 days past due it may be referred to our collections department
and reported to the credit bureaus.

If you have already made this payment, please disregard this notice.

Hudson Valley Teachers Credit Union
NMLS #401188 | Federally insured by NCUA
""", D(2024, 5, 17, 6, 30), domain='hvtcu.example.org')

mail('clean', 'lookalike', '',
     '"SkyHarbor Airlines Rewards" <rewards@skyharbor.example.com>',
     'pmenon.travel@gmail.com',
     'Your missing-miles claim #MC-7730021 has been approved',
     """Dear Ms. Menon,

Good news -- your claim for missing miles has been reviewed and approved.

  Claim number:      MC-7730021
  Rewards member #:  SH 88 410 2297
  Flight:            SH 1184, ALB-ORD, 04/11/2024, seat 14C
  Miles credited:    1,112 base + 556 Silver bonus

Your updated balance will appear within 72 hours. Please note that the date of birth on
your profile must match your government ID for TSA Secure Flight; you can update it in
My Account > Traveler Info.

Thank you for flying SkyHarbor.

SkyHarbor Rewards Service Center
""", D(2024, 4, 29, 12, 0, -6), domain='skyharbor.example.com')

mail('clean', 'lookalike', '',
     '"Tasker Mutual Auto - Claims" <claims@taskermutual.example.com>', 'ben.halloran@icloud.com',
     'Claim AC-2219-004: estimate approved, diagnosis of transmission fault',
     """Hi Ben,

Update on your claim AC-2219-004 (2017 Honda Pilot, loss date 03/02/2024).

The shop completed their diagnostic and found the transmission damage is consistent with the
road debris impact reported. The adjuster approved the repair estimate:

  Repair estimate:     $4,812.60
  Your deductible:     $500.00
  Payment to shop:     $4,312.60

A rental is authorized for up to 10 days at $40/day. Your explanation of settlement will
be mailed to the address on your policy. If you have questions call your adjuster,
Frank Oduya, 555-0114 ext 2231.

Policy #: TMA-66-0031452
Tasker Mutual Auto Insurance
""", D(2024, 3, 14, 11, 25), domain='taskermutual.example.com')

mail('clean', 'lookalike', '',
     '"Ostrander Tree & Arbor Care" <office@ostrandertree.example.com>', 'dana.whitcomb@gmail.com',
     'Assessment for your red oak - treatment plan and quote #Q-1182',
     """Hi Dana,

Thanks for having us out Tuesday. Summary of what Wes (ISA Certified Arborist NE-8814A)
found on the big red oak by the driveway:

  - Diagnosis: early oak wilt is ruled out (no leaf symptoms, lab culture negative), but
    there's significant root rot on the north side, probably from the old grade change.
  - Crown is about 30% dieback; two limbs over the driveway are a hazard.

Treatment plan:
  1. Remove the two hazard limbs and deadwood (crown cleaning)     $1,150
  2. Air-spade root collar excavation + mulch                      $  680
  3. Follow-up visit in spring to re-check vigor                   no charge

Quote #Q-1182, valid 30 days. We can schedule the week of 9/16. A 25% deposit holds the
date; we also offer a 3-payment plan.

Ostrander Tree & Arbor Care
555-0122
""", D(2024, 8, 28, 16, 2, -4), domain='ostrandertree.example.com')

mail('clean', 'lookalike', '',
     'Oren Castillo <ocastillo@meridalerev.com>', 'eng-platform@meridalerev.com',
     'postmortem: claims-retry worker outage 6/4 (patient zero was the health check)',
     """Postmortem draft for the 6/4 outage, comments by Friday please.

Summary: from 02:10 to 05:45 the claims-retry worker pods crash-looped. No claim data was
lost; 1,904 jobs were retried after recovery.

Timeline / triage:
  02:10  k8s liveness probe (/healthz) starts failing on retry-worker-7
  02:14  "patient zero" -- retry-worker-7 OOMs, restarts; the other pods follow as the
         queue rebalances onto them
  03:02  pager to on-call (me); initial diagnosis was the new 835 parser build, wrong
  04:40  actual root cause: the health check itself opened a DB connection per call and
         exhausted the pool under the 277CA backlog
  05:45  hotfix deployed, health check made shallow; queue drained by 06:20

Action items:
  - OPS-2291: liveness probe must not touch the DB
  - OPS-2292: alert on pool saturation > 80%
  - OPS-2293: synthetic test claim (ZZTEST) every 15 min in staging only

Blameless as always. Thanks Nikhil for the 3am assist.

-- Oren
""", D(2024, 6, 5, 17, 41))

# =====================================================================
# CLEAN / news
# =====================================================================
_nl_txt = """COBALT HEALTH PLAN - PROVIDER NEWS | July 2024

IN THIS ISSUE
1. Prior authorization changes effective September 1
2. Timely filing reminder for corrected claims
3. New telehealth place-of-service rules
4. Provider portal: new appeal upload tool

1. PRIOR AUTHORIZATION CHANGES
Effective 9/1/2024, Cobalt will no longer require prior authorization for the following
services when performed in an office setting: screening and diagnostic colonoscopy (45378,
45380, 45385), transthoracic echocardiography (93306) and sleep studies in the home (95800,
95806). Advanced imaging (MRI, CT, PET) continues to require authorization through
RadReview.

2. TIMELY FILING FOR CORRECTED CLAIMS
Corrected claims (frequency code 7) must be received within 180 days of the original
remittance date. Claims received after that window will deny CO-29.

3. TELEHEALTH
Use POS 10 for services provided to a member in their home and POS 02 for all other
telehealth locations. Modifier 95 remains required for audio-video visits.

4. NEW APPEAL UPLOAD TOOL
Starting August 5, providers can upload appeal documentation directly to the claim in the
portal. Fax appeals will still be accepted through December 31.

Questions? Contact your Provider Relations representative or call 1-800-555-0166.

You are receiving this because you are a registered contact for a participating provider.
Unsubscribe | Update preferences
"""
_nl_html = """<html><body style="font-family:Helvetica,Arial;max-width:640px">
<div style="background:#0b3d6b;color:#fff;padding:12px"><b>COBALT HEALTH PLAN</b> &middot; Provider News &middot; July 2024</div>
<h3>1. Prior authorization changes effective September 1</h3>
<p>Effective 9/1/2024, Cobalt will no longer require prior authorization for the following services when performed in an office setting: screening and diagnostic colonoscopy (45378, 45380, 45385), transthoracic echocardiography (93306) and sleep studies in the home (95800, 95806). Advanced imaging (MRI, CT, PET) continues to require authorization through RadReview.</p>
<h3>2. Timely filing for corrected claims</h3>
<p>Corrected claims (frequency code 7) must be received within 180 days of the original remittance date. Claims received after that window will deny CO-29.</p>
<h3>3. Telehealth</h3>
<p>Use POS 10 for services provided to a member in their home and POS 02 for all other telehealth locations. Modifier 95 remains required for audio-video visits.</p>
<h3>4. New appeal upload tool</h3>
<p>Starting August 5, providers can upload appeal documentation directly to the claim in the portal. Fax appeals will still be accepted through December 31.</p>
<p style="font-size:11px;color:#666">Questions? Contact your Provider Relations representative or call 1-800-555-0166.<br>
<a href="https://providers.cobalthealthplan.com/unsubscribe">Unsubscribe</a> | <a href="https://providers.cobalthealthplan.com/prefs">Update preferences</a></p>
</body></html>
"""
mail('clean', 'news', '',
     '"Cobalt Health Plan Provider News" <providernews@cobalthealthplan.com>', 'billing@briarwoodpg.com',
     'Provider News July 2024: prior auth changes, corrected claim timely filing',
     _nl_txt, D(2024, 7, 9, 6, 0, -6), html=_nl_html, domain='cobalthealthplan.com')

mail('clean', 'news', '',
     '"RevCycle Weekly" <editor@revcycleweekly.example.com>', 'jholloway@meridalerev.com',
     'RevCycle Weekly: denial rates climb again; statement redesigns that actually get paid',
     """REVCYCLE WEEKLY -- Issue 212

TOP STORY: Initial denial rates rose to 11.8% in Q1
A survey of 410 physician groups found initial denials up from 10.9% a year earlier.
"Medical necessity" and "eligibility/registration" together made up 54% of denials.
Groups that ran real-time eligibility at scheduling AND check-in saw 31% fewer
eligibility denials.

PATIENT STATEMENTS: Three redesigns that cut days-to-pay
- Put the amount due and a QR pay link above the fold.
- Replace CPT codes with plain-language service descriptions.
- Offer payment plans on the statement itself. One 40-provider orthopedic group reported
  patients who enrolled online paid 22% more of their balance within 90 days.

NO SURPRISES ACT: Good faith estimate disputes
The federal patient-provider dispute resolution process received roughly 2,300 requests
last year. Most concerned imaging and outpatient surgery estimates.

QUICK HITS
- Several Medicaid managed care plans extend retro-eligibility windows to 90 days.
- CAQH announces new re-attestation reminder cadence.
- Webinar 7/25: "Working the 120+ bucket without burning out your team."

You're receiving this because you subscribed at revcycleweekly.example.com.
""", D(2024, 7, 18, 5, 30), domain='revcycleweekly.example.com')

mail('clean', 'news', '',
     '"Northeast Medical Distributors - Quality" <recalls@nemeddist.example.com>',
     'purchasing@briarwoodpg.com',
     'URGENT: Voluntary recall - Zentavir (ketorolac-ZX) 30 mg/mL injection, lots K2311A-K2314C',
     """URGENT: DRUG RECALL -- CUSTOMER LEVEL

Product:      Zentavir (ketorolac-ZX) Injection, 30 mg/mL, 1 mL single-dose vials, 25/ctn
NDC:          55550-0412-25
Lots:         K2311A, K2312B, K2313A, K2314C   Exp: 11/2025 - 02/2026
Reason:       Visible particulate matter identified in retained samples.
Risk:         Injection of particulates may cause local irritation or, rarely, embolic
              events. No adverse events related to this recall have been reported to date.

ACTION REQUIRED
1. Check inventory immediately and quarantine affected lots.
2. Complete the attached response form even if you have no affected product.
3. Return product using the prepaid label; credit will be issued to your account.

Our records show your location (Account 100-44712) received lot K2312B on 05/14/2024.

Questions: Quality Assurance, 1-800-555-0181, 8am-6pm ET.

Northeast Medical Distributors
""", D(2024, 6, 25, 10, 0), domain='nemeddist.example.com')

mail('clean', 'news', '',
     '"Dutchess-Ulster County Health Dept" <alerts@dchd.example.gov>', 'providers-list@dchd.example.gov',
     'Health Advisory #2024-07: Measles cases confirmed in county -- vaccination clinics',
     """HEALTH ADVISORY #2024-07
Date: April 10, 2024

SUMMARY
The County Health Department has confirmed 3 cases of measles in unvaccinated residents
(one adult and two children) since March 28. All three are linked to international travel.
Possible public exposure sites and times are posted at dchd.example.gov/measles.

RECOMMENDATIONS FOR PROVIDERS
- Consider measles in any patient with fever and rash, especially with travel history.
- Mask and isolate suspected cases immediately; do not use waiting rooms.
- Report suspected cases by phone to the Communicable Disease line, 555-0103, 24/7,
  BEFORE collecting specimens.
- Verify MMR status for all staff. Two documented doses or positive titer required.

FREE MMR CLINICS
  Sat 4/13, 9-1   Millbrook Community Center, 12 Main St
  Tue 4/16, 3-7   Fairhaven Public Library
  No appointment needed. Insurance not required.

Statistics: county MMR 2-dose coverage among kindergartners was 91.4% in the 2023-24 school
year, below the 95% target.

Dr. Helena Vasquez-Moore, MD, MPH
Commissioner of Health
""", D(2024, 4, 10, 14, 0), domain='dchd.example.gov')

mail('clean', 'news', '',
     '"Briarwood Bulletin" <comms@briarwoodpg.com>', 'allstaff@briarwoodpg.com',
     'Briarwood Bulletin - June: staff flu clinic dates, new portal, kudos',
     """THE BRIARWOOD BULLETIN -- June 2024

KUDOS
Big thank you to Tasha Greer and the Meridale denials team -- our first-pass claim rate
hit 96.2% in May, the highest since we started tracking. Tasha gets the good parking spot
for July!

WELCOME
Please welcome Dr. Naomi Farrow (OB/GYN) and Luis Ibarra, NP (geriatrics / SNF rounding),
who joined in the spring, and Rowena Bautista, RN, OCN, our new infusion nurse.

NEW PATIENT PORTAL
The new portal goes live July 15. Patients will be able to pay statements, set up payment
plans, and request itemized bills online. Front desk training sessions: 7/8 and 7/10.

STAFF HEALTH
- Staff flu shots will be offered in the break room Oct 1-4. Free for all employees.
- Annual TB screening and N95 fit testing for clinical staff: sign up with Employee Health.

SUMMER PICNIC
Saturday 8/10, Millbrook Lake Pavilion, 12-4. Families welcome.
""", D(2024, 6, 28, 12, 0), domain='briarwoodpg.com')

mail('clean', 'news', '',
     '"State Medicaid Program - Provider Bulletin" <bulletins@medicaid.example.gov>',
     'billing@briarwoodpg.com',
     'Medicaid Update Vol. 40 No. 6: 2024 fee schedule, well-child visit rates, doula coverage',
     """MEDICAID UPDATE -- Volume 40, Number 6

2024 PRACTITIONER FEE SCHEDULE
The updated practitioner fee schedule is effective for dates of service on or after July 1,
2024. Evaluation and management codes 99202-99215 increase an average of 4.1%.
Preventive medicine visits for members under 21 (99381-99385, 99391-99395) increase 7%.

VACCINE ADMINISTRATION
Administration fees for Vaccines for Children (VFC) program vaccines increase to $24.75
per administration (90460, 90471). Report the vaccine product code with $0.00 charge.

DOULA SERVICES
Beginning October 1, enrolled doulas may bill up to 8 perinatal visits plus attendance at
delivery. Enrollment opens August 15.

STATISTICS
In state fiscal year 2023-24 the program processed 412 million claims, with 88% adjudicated
within 15 days. Top rejection reasons: invalid member ID (14%), missing rendering NPI (9%).

Questions: Provider Services 1-800-555-0199.
""", D(2024, 6, 20, 8, 0), domain='medicaid.example.gov')

# =====================================================================
# CLEAN / staff
# =====================================================================
mail('clean', 'staff', '',
     '"Devika Rao, CPC" <drao@meridalerev.com>', 'providers@briarwoodpg.com',
     'Documentation tip: E/M + procedure on the same day (modifier 25)',
     """Hi Drs. Halvorsen, Okafor, Sato, Farrow and Luis,

Quick documentation reminder since we've had a run of modifier-25 denials from Pinecrest:

When you do a procedure (joint injection, skin biopsy, cryo, I&D) at the same visit as an
E/M, the E/M is only separately payable if the note shows a significant, separately
identifiable service beyond the usual pre-procedure evaluation. What helps:

  - Put the procedure in its own note section (indication, consent, site, technique,
    product/lot, how tolerated).
  - In the A/P, address the other problems separately (e.g. BP med adjusted, labs ordered).
  - If the whole visit was about the thing you injected, it's usually procedure-only.
    That's fine! Just don't expect the E/M to pay.

Happy to do a 15-min lunch session on this if useful.

Devika Rao, CPC, CRC
Senior Coding Specialist | Meridale Revenue Services
""", D(2024, 4, 11, 12, 5))

mail('clean', 'staff', '',
     '"Ben Halloran" <bhalloran@briarwoodpg.com>', '"Devika Rao" <drao@meridalerev.com>',
     'TCM question - general',
     """Devika, general question, not a specific claim yet.

Say we have a 70s female with CHF, discharged from St. Brendan's, and our nurse calls her
on day 2. She comes in on day 9, then is readmitted on day 20 and discharged again on day
26. Can Dr. Okafor bill TCM (99496) for the first discharge at all, or does the readmission
inside the 30 days kill it? And if it's okay, is it billed on the day of the face-to-face or
at the end of the 30 days? Getting different answers from Cobalt and Pinecrest reps.

Thanks,
Ben
""", D(2024, 5, 2, 9, 38), domain='briarwoodpg.com')

mail('clean', 'staff', '',
     'Jen Holloway <jholloway@meridalerev.com>', 'patient-accounts-team@meridalerev.com',
     'Coverage + productivity, week of 8/12',
     """Team,

Coverage while Leon and Maribel are out next week:
  - Briarwood & Lakeshore Ortho callbacks: Gary (mornings), Ruth Ann (afternoons)
  - Payment plan setups: me
  - Spanish-language line: Maribel's calls roll to Ivette at Briarwood, she agreed to help

July numbers (great month!):
  Calls handled ............ 2,914  (avg handle time 6:12)
  Plans set up ............. 188
  Self-pay collected ....... $141,207
  Accounts placed .......... 63 (down from 97 in June)

Reminder: no payment plan under $25/mo without my OK, and always offer the hardship
application before placement.

Jen
""", D(2024, 8, 8, 16, 55))

mail('clean', 'staff', '',
     '"Dana Whitcomb" <dwhitcomb@briarwoodpg.com>', 'linden-staff@briarwoodpg.com',
     'Reminder re: talking about balances on the phone / at the window',
     """Hi everyone,

We had a complaint last week from a patient whose spouse was told about her balance and
what the visit was for when he called. I won't name anyone and nobody is in trouble, but
please remember:

  * Verify identity (full name + DOB + address) before discussing ANY account.
  * Spouses, adult children and parents of adult patients need a signed personal
    representative / HIPAA release on file. Check the "Releases" tab first.
  * At the window, don't read out services or amounts loud enough for the waiting room.
    Turn the screen or write it down.
  * Never leave details on a voicemail -- just name, Briarwood, and callback number.

Thanks for all you do,
Dana

Dana Whitcomb
Revenue Cycle Manager | Briarwood Physicians Group
""", D(2024, 6, 10, 8, 20), domain='briarwoodpg.com')

mail('clean', 'staff', '',
     '"Dr. Erik Halvorsen" <ehalvorsen@briarwoodpg.com>', 'providers@briarwoodpg.com',
     'Shingrix for 50-64 - medical or pharmacy benefit?',
     """Does anyone know if Cobalt covers Shingrix for 50-64 under the medical benefit now, or is
it still pharmacy only? I've had a couple of people in that age range ask this week and I
don't want to give it in the office and have them get a bill. If it's pharmacy only I'll
just send them to the pharmacy.

Also, Pinecrest -- same question.

Erik

Erik Halvorsen, MD
Internal Medicine | Briarwood Physicians Group

> On Jul 24, 2024, at 7:12 PM, Dr. Naomi Farrow wrote:
> Pinecrest is medical for everyone 50+ as of January, I checked for my own mom lol.
> Not sure about Cobalt.
""", D(2024, 7, 25, 6, 48), domain='briarwoodpg.com')

mail('clean', 'staff', '',
     'Devika Rao <drao@meridalerev.com>', 'Dana Whitcomb <dwhitcomb@briarwoodpg.com>',
     'Q2 appeals results - Briarwood',
     """Dana, Q2 appeal results for Briarwood:

  Appeals filed ................ 214
  Overturned (paid) ............ 133  (62%)
  Upheld ....................... 58
  Pending ...................... 23

  Top denial categories appealed:
    Medical necessity (CO-50) .......... 71  overturned 41
    Bundling / NCCI (CO-97, CO-236) .... 48  overturned 35
    Auth missing (CO-197) .............. 39  overturned 19
    Timely filing (CO-29) .............. 27  overturned 22 (mostly credentialing delay)
    Frequency (CO-119) ................. 29  overturned 16

Biggest opportunity is still auth: most of the upheld ones were imaging done same day as the
visit with no auth requested. Might be worth a front desk / referral workflow change.

Devika
""", D(2024, 7, 12, 15, 13))

mail('clean', 'staff', '',
     '"Leon Sutter" <lsutter@meridalerev.com>', 'Jen Holloway <jholloway@meridalerev.com>',
     'hardship policy - sliding scale draft',
     """Jen, draft sliding scale for the charity/hardship policy update, based on the new federal
poverty guidelines. No real accounts in here, just the tiers:

  Household income (% FPL)   Discount on self-pay balance
  <= 200%                    100%
  201-250%                   75%
  251-300%                   50%
  301-400%                   25%
  > 400%                     standard payment plan only

Questions for you:
1. Do we require proof of income (pay stubs / tax return) or allow self-attestation under
   $500 balances?
2. How long is an approval good for -- 6 or 12 months?
3. Do we screen automatically before placement, or only when a patient asks?

L
""", D(2024, 2, 9, 13, 47))

# =====================================================================
# CLEAN / training
# =====================================================================
_demo_csv = csv_text([
    ['PatientID', 'LastName', 'FirstName', 'DOB', 'Payer', 'DOS', 'CPT', 'Charge', 'Note'],
    ['TEST0001', 'ZZTEST', 'ALPHA', '01/01/1900', 'TEST PAYER A', '01/01/2024', '99213', '100.00', 'sample - do not bill'],
    ['TEST0002', 'ZZTEST', 'BRAVO', '01/01/1900', 'TEST PAYER B', '01/01/2024', '99214', '150.00', 'sample - do not bill'],
    ['TEST0003', 'ZZTEST', 'CHARLIE', '01/01/1900', 'SELF PAY', '01/01/2024', '36415', '10.00', 'sample - do not bill'],
    ['TEST0004', 'TESTPATIENT', 'DELTA', '02/02/1902', 'TEST PAYER A', '01/02/2024', '93000', '60.00', 'sample - do not bill'],
])
mail('clean', 'training', '',
     '"Aubrey Lindell - PracticeSuite" <alindell@practicesuite.example.com>',
     'Jen Holloway <jholloway@meridalerev.com>',
     'Demo follow-up: payment plan module + sample import file',
     """Hi Jen,

Thanks for your time on the demo yesterday! As promised, attached is the sample import file
we used. Everything in it is dummy data in our sandbox (all the ZZTEST / TESTPATIENT
records, DOB 01/01/1900) so feel free to share it with your team.

Recap of what we showed:
  - Auto-offer of payment plans on the e-statement when balance > $200
  - Plan templates (min monthly, max term) per client
  - Autopay failure workflow and the "hardship" flag
  - Demo patient "ZZTEST, ALPHA" going from statement -> plan -> 3 payments -> paid in full

Sandbox login is valid until 8/31. Let me know when you'd like to schedule the technical
session with Nikhil.

Aubrey Lindell
Solutions Consultant | PracticeSuite
555-0109
""", D(2024, 7, 31, 14, 2), domain='practicesuite.example.com',
     atts=[('sandbox_sample_import.csv', _demo_csv, 'text', 'csv')])

mail('clean', 'training', '',
     '"Meridale Learning" <learning@meridalerev.com>', 'new-hires-aug@meridalerev.com',
     'New hire module 3: How to read an EOB (sample record)',
     """Welcome to week 1! Before Thursday's session please read through this sample.

SAMPLE RECORD -- FOR TRAINING ONLY. THIS IS NOT A REAL PATIENT.

  Patient: John Doe             DOB: 01/01/1980        MRN: 000000
  Member ID: XYZ000000000       Payer: "Sample Health Plan"
  DOS: 01/15/2024  CPT 99213  Billed $150.00  Allowed $92.00  Paid $72.00
  Patient responsibility: $20.00 (PR-3, copay)
  Contractual adjustment: $58.00 (CO-45)

Exercise:
  1. What does the patient owe and why?
  2. Which amount is written off, and which group code tells you that?
  3. If the payer had denied with CO-16, what would you do next?

Answers are in the LMS under Module 3. Remember: in real life never practice on real
accounts -- use the TRAIN environment where every patient is a "ZZ" test record.

Meridale Learning & Development
""", D(2024, 8, 5, 7, 30))

_test837 = """ISA*00*          *00*          *ZZ*MERIDALE01     *ZZ*CLAIMBRIDGE    *240801*0900*^*00501*000000001*0*T*:~
GS*HC*MERIDALE01*CLAIMBRIDGE*20240801*0900*1*X*005010X222A1~
ST*837*0001*005010X222A1~
NM1*IL*1*TESTPATIENT*JANE****MI*TEST123456789~
DMG*D8*19000101*F~
CLM*TEST0001*100***11:B:1*Y*A*Y*Y~
SV1*HC:99213*100*UN*1***1~
SE*7*0001~"""
mail('clean', 'training', '',
     '"ClaimBridge Onboarding" <onboarding@claimbridge.net>', 'Nikhil Shah <nshah@meridalerev.com>',
     'Test mode instructions for new submitter ID MERIDALE01 (client: Lakeshore Ortho)',
     """Hello Nikhil,

Your submitter ID is set up in TEST mode for the Lakeshore Ortho onboarding. Please send
at least 5 test 837P files before we move you to production.

Requirements:
  - ISA15 must be 'T' (test). Files with 'P' will be rejected in this environment.
  - Use test patients only. Suggested format below -- TESTPATIENT/JANE, member ID
    TEST123456789, DOB 19000101. Do not send real patient data to the test gateway.

Example (truncated):

""" + _test837 + """

You'll receive a 999 and 277CA for each file within 2 hours. Once we see 5 clean files we'll
schedule the production cutover.

ClaimBridge Onboarding Team
onboarding@claimbridge.net | 1-800-555-0140 opt 4
""", D(2024, 8, 1, 9, 15), domain='claimbridge.net')

mail('clean', 'training', '',
     '"Compliance - Meridale" <compliance@meridalerev.com>', 'all-staff@meridalerev.com',
     'Annual HIPAA refresher quiz - due 9/30',
     """Hi all, the annual HIPAA refresher is live in the LMS (about 25 min). Here's a preview of
the scenario questions. All names are made up.

Scenario 1: A caller says she is "Jane Sample's daughter" and asks why her mother's
statement shows a lab charge. There is no release on file. What do you do?

Scenario 2: You receive an email from a client practice with a spreadsheet of 40 patients
attached, but it was meant for a different billing company. What are your next steps and
who do you notify?

Scenario 3: Sam Example, a patient, emails asking for his itemized bill to be sent to his
work email. Is that ok?

Scenario 4: You notice a co-worker looking up their neighbor's account. What do you do?

Passing score is 80%. Due 9/30. Questions: compliance@meridalerev.com or x4120.

Meridale Compliance Office
""", D(2024, 9, 3, 10, 0, -4), cte='quoted-printable')

_hl7spec = r"""MSH|^~\&|TESTEHR|TESTFAC|MERIDALE_PM|MERIDALE|20240101120000||DFT^P03|TEST0001|T|2.5.1
EVN|P03|20240101120000
PID|1||12345^^^TEST^MR||ZZTEST^ONE^^^^^L||19000101|U|||123 TEST ST^^ANYTOWN^ZZ^00000
PV1|1|O|TESTCLINIC||||9999999999^TESTDOC^ALPHA
FT1|1|||20240101|20240101|CG|99213^OFFICE VISIT^CPT|||1
"""
mail('clean', 'training', '',
     'Nikhil Shah <nshah@meridalerev.com>', '"Interfaces - Briarwood IT" <ehr-support@briarwoodpg.com>',
     'Validation env - sample DFT for the new FT1 mapping',
     """Hi,

For the FT1 mapping fix, please only send messages to the VALIDATION endpoint
(mllp://val-int.meridalerev.com:6661) using test patients. This is the sample from our
interface spec v3.2 that we expect to round-trip cleanly. Note MSH-11 = T.

""" + _hl7spec + """
Once 10 test messages pass, we'll flip the production channel. Please don't use copies of
production messages for testing.

Nikhil Shah
Integration Engineer | Meridale Revenue Services
""", D(2024, 5, 14, 11, 20), cte='base64')

mail('clean', 'training', '',
     '"Devika Rao, CPC" <drao@meridalerev.com>', 'coders@meridalerev.com',
     'Coding workshop Thursday - case studies (fictional)',
     """Coders,

For Thursday's workshop, please code these two FICTIONAL cases ahead of time. They're
written for the workshop and don't correspond to any real encounter.

CASE A -- "Pat Example", 45 y/o, established patient
Presents for follow-up of hypertension and new complaint of right knee pain x 3 weeks.
BP elevated; lisinopril increased from 10 to 20 mg. Knee exam shows effusion; provider
aspirates and injects the right knee with corticosteroid under landmark guidance.
Total time 28 minutes. Code the E/M, procedure, drug, modifiers and ICD-10s.

CASE B -- "Chris Sample", 8 y/o, new patient
Well-child visit. During the visit, parent raises concern about wheezing with exercise;
provider performs spirometry pre/post bronchodilator and prescribes an inhaler.
Vaccines: influenza (IIV4, preservative-free) with counseling. Code everything billable.

Bring your answers; we'll compare and talk through the 25 vs. no-25 debate again.

Devika
""", D(2024, 6, 18, 15, 50))

# =====================================================================
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for r in rows:
        w.writerow(r)

if __name__ == '__main__':
    from collections import Counter
    c = Counter('%s-%s' % (r[1], r[2]) for r in rows)
    for k in sorted(c):
        print(k, c[k])
    print('total', len(rows))
