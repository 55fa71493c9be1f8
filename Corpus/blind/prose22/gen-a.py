#!/usr/bin/env python3
"""Blind evaluation set: payer side of a self-funded employer health plan.
All names, numbers and organisations are invented. Standard library only."""
import base64, csv, io, os, quopri, random, zipfile, sys
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.message import MIMEMessage
from email.header import Header
from email.utils import formatdate
import email, email.policy

random.seed(2222)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
MSGS = []

def M(label, kind, patient, frm, to, subj, body=None, html=None, cc=None, date=None,
      atts=(), charset='utf-8', cte=None, inreply=None, xmailer=None):
    MSGS.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to, subj=subj,
                     body=body, html=html, cc=cc, date=date, atts=list(atts),
                     charset=charset, cte=cte, inreply=inreply, xmailer=xmailer))

def A(name, content, ctype='text/plain', charset='utf-8', cte=None):
    return ('file', name, content, ctype, charset, cte)

def Z(name, files):
    return ('zip', name, files)

def R(**kw):
    return ('rfc822', kw)

def _enc(data, cte):
    if cte == 'base64':
        return base64.encodebytes(data).decode('ascii')
    if cte == 'quoted-printable':
        return quopri.encodestring(data).decode('ascii')
    return data.decode('ascii')

def textpart(text, subtype='plain', charset='utf-8', cte=None):
    data = text.encode(charset)
    if cte is None:
        try:
            data.decode('ascii'); cte = '7bit'
        except UnicodeDecodeError:
            cte = 'quoted-printable'
    p = MIMEBase('text', subtype)
    p.set_param('charset', charset)
    p['Content-Transfer-Encoding'] = cte
    p.set_payload(_enc(data, cte))
    return p

def attpart(a):
    if a[0] == 'zip':
        _, name, files = a
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as zf:
            for fn, content in files.items():
                zi = zipfile.ZipInfo(fn, date_time=(2026, 11, 2, 8, 15, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(zi, content)
        p = MIMEBase('application', 'zip')
        p['Content-Transfer-Encoding'] = 'base64'
        p.set_payload(_enc(buf.getvalue(), 'base64'))
        p.add_header('Content-Disposition', 'attachment', filename=name)
        return p
    if a[0] == 'rfc822':
        inner = build(a[1], nested=True)
        p = MIMEMessage(inner)
        return p
    _, name, content, ctype, charset, cte = a
    maintype, subtype = ctype.split('/')
    if maintype == 'text':
        p = textpart(content, subtype, charset, cte)
    else:
        data = content.encode(charset) if isinstance(content, str) else content
        p = MIMEBase(maintype, subtype)
        p['Content-Transfer-Encoding'] = 'base64'
        p.set_payload(_enc(data, 'base64'))
    p.add_header('Content-Disposition', 'attachment', filename=name)
    return p

def hdr(v):
    try:
        v.encode('ascii'); return v
    except UnicodeEncodeError:
        return Header(v, 'utf-8').encode()

def addr(v):
    # "Display Name <a@b>" with possibly non-ascii display name
    if '<' in v:
        name, rest = v.split('<', 1)
        name = name.strip().strip('"')
        try:
            name.encode('ascii')
            return '"%s" <%s' % (name, rest) if (',' in name or '.' in name) else '%s <%s' % (name, rest)
        except UnicodeEncodeError:
            return '%s <%s' % (Header(name, 'utf-8').encode(), rest)
    return v

_T0 = 1794816000  # Tue 10 Nov 2026 (UTC)
# dates pinned where the text refers to nearby events
DATES = {
 'Weekly LCM update - Theo Lindqvist (Halvorsen)': 'Mon, 02 Nov 2026 16:20:11 -0500',
 'vacation override - Szabo': 'Fri, 06 Nov 2026 07:52:40 -0500',
 'FW: Fenwick - claims on hold pending COBRA premium': 'Fri, 23 Oct 2026 09:14:02 -0400',
 'Appeal decision letter - for your file': 'Tue, 03 Nov 2026 14:05:55 -0500',
 'Big Mike': 'Mon, 09 Nov 2026 11:31:09 -0500',
 'RE: the Okafor claims': 'Wed, 14 Oct 2026 10:47:26 -0400',
 'FW: Tran, Kevin - ortho': 'Wed, 11 Nov 2026 08:02:17 -0500',
 'Adding our new baby + NICU bills': 'Thu, 29 Oct 2026 22:41:03 -0400',
 'Inpatient notifications for LCM review - 11/12': 'Thu, 12 Nov 2026 15:38:44 -0500',
 'caseload - pasted from my tracker': 'Tue, 10 Nov 2026 17:02:51 -0500',
 'RE: 271 showing inactive': 'Tue, 03 Nov 2026 09:26:30 -0500',
 '[Interface Error] ADT feed - 3 messages rejected (PID-3 no member match)': 'Sat, 14 Nov 2026 08:30:00 -0500',
 'Inbound fax from 9374392210 (4 pages) - OCR text': 'Mon, 16 Nov 2026 14:22:48 -0500',
 'Concurrent review - auth IP-2611-2207 day 6': 'Tue, 17 Nov 2026 10:12:05 -0500',
 "Open Enrollment starts Nov 2 - what's changing for 2027": 'Mon, 26 Oct 2026 07:00:00 -0400',
 'OE wrap-up potluck Friday!': 'Tue, 17 Nov 2026 13:15:38 -0500',
 'Winter Step Challenge + flu shot clinics': 'Tue, 10 Nov 2026 06:30:00 -0500',
}
def build(d, nested=False):
    d = dict(dict(body=None, html=None, cc=None, date=None, atts=[], charset='utf-8', cte=None,
                  inreply=None, xmailer=None), **d)
    parts = []
    if d['body'] is not None and d['html'] is not None:
        alt = MIMEMultipart('alternative', boundary='----=_Alt_%012x' % random.getrandbits(48))
        alt.attach(textpart(d['body'], 'plain', d['charset'], d['cte']))
        alt.attach(textpart(d['html'], 'html', d['charset'], d['cte']))
        core = alt
    elif d['html'] is not None:
        core = textpart(d['html'], 'html', d['charset'], d['cte'])
    else:
        core = textpart(d['body'] or '', 'plain', d['charset'], d['cte'])
    if d['atts']:
        msg = MIMEMultipart('mixed', boundary='----=_Part_%d_%d' % (random.randint(10000, 99999), random.getrandbits(30)))
        msg.attach(core)
        for a in d['atts']:
            msg.attach(attpart(a))
    else:
        msg = core
    msg['From'] = addr(d['frm'])
    msg['To'] = ', '.join(addr(x.strip()) for x in d['to'].split(';'))
    if d['cc']:
        msg['Cc'] = ', '.join(addr(x.strip()) for x in d['cc'].split(';'))
    msg['Subject'] = hdr(d['subj'])
    msg['Date'] = d['date'] or DATES.get(d['subj']) or formatdate(_T0 + 13 * 3600 + random.randint(0, 8 * 86400), localtime=False)
    dom = d['frm'].split('@')[-1].rstrip('>').strip()
    msg['Message-ID'] = '<%s.%x@%s>' % (random.randint(10**8, 10**9), random.getrandbits(40), dom)
    if d['inreply']:
        msg['In-Reply-To'] = d['inreply']
        msg['References'] = d['inreply']
    if d['xmailer']:
        msg['X-Mailer'] = d['xmailer']
    return msg

DISC = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the "
        "addressee and may contain information that is privileged or confidential. If you are "
        "not the intended recipient, please notify the sender and delete this message.")

# ============================== PHI: care ==============================
M('phi', 'care', 'Whitcomb',
  'Tamika Rowe <trowe@northgatetpa.com>', 'billing@summitimagingpartners.com',
  'RE: Claim 2609-118734 Whitcomb, Dolores',
  date='Tue, 06 Oct 2026 10:41:07 -0400', inreply='<5521907@summitimagingpartners.com>',
  body="""Hi Carla,

Thanks for the call back. I still can't release this one. We have the MRI lumbar
w/o contrast (72148) for Dolores Whitcomb on 9/14 but the precert on file is for
the 9/21 date, so the system won't match it. If the appointment was moved up, can
your scheduling desk send me a note on letterhead saying so and I'll override and
push it through for payment. No need to resubmit the claim.

Tamika Rowe
Senior Claims Examiner | Northgate Benefit Administrators
Direct 614-402-7718

-----Original Message-----
From: Carla Menendez <billing@summitimagingpartners.com>
Sent: Monday, October 5, 2026 4:12 PM
To: Tamika Rowe <trowe@northgatetpa.com>
Subject: Claim 2609-118734 Whitcomb, Dolores

Tamika - we show this denied "no authorization." Patient had an auth, we
called it in ourselves. Please review. Member ID HLV0031842.

Carla Menendez, Billing
Summit Imaging Partners
""")

M('phi', 'care', 'Oyelaran',
  'Precertification Dept <precert@northgatetpa.com>', 'Scheduling <scheduling@ridgeviewasc.com>',
  'Authorization issued - OYELARAN MARCUS - PA-2611-0483',
  body="""Authorization Notice

Member: Marcus Oyelaran
Plan: Halvorsen Manufacturing Employee Health Plan
Service: Outpatient colonoscopy with possible biopsy (CPT 45378 / 45380)
Facility: Ridgeview Ambulatory Surgery Center
Date of service: 11/19/2026 (valid 11/12/2026 - 12/12/2026)
Authorization #: PA-2611-0483
Anesthesia: MAC included

This authorization confirms medical necessity only and is not a guarantee of
payment. Benefits are subject to eligibility on the date of service.

Northgate Benefit Administrators - Precertification
Phone 800-771-4030 option 3 | Fax 614-402-7790
""",
  html="""<html><head><style>
body{font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#1f1f1f}
table.auth td{padding:3px 10px;border-bottom:1px solid #d9d9d9}
.hdr{background:#0b3d5c;color:#fff;font-weight:bold;padding:6px}
.disc{font-size:8pt;color:#777}
</style></head><body>
<div class="hdr">Authorization Notice</div>
<table class="auth">
<tr><td>Member</td><td><b>Marcus Oyelaran</b></td></tr>
<tr><td>Plan</td><td>Halvorsen Manufacturing Employee Health Plan</td></tr>
<tr><td>Service</td><td>Outpatient colonoscopy with possible biopsy (CPT 45378 / 45380)</td></tr>
<tr><td>Facility</td><td>Ridgeview Ambulatory Surgery Center</td></tr>
<tr><td>Date of service</td><td>11/19/2026 (valid 11/12/2026 &ndash; 12/12/2026)</td></tr>
<tr><td>Authorization #</td><td>PA-2611-0483</td></tr>
<tr><td>Anesthesia</td><td>MAC included</td></tr>
</table>
<p>This authorization confirms medical necessity only and is not a guarantee of payment.
Benefits are subject to eligibility on the date of service.</p>
<p>Northgate Benefit Administrators &ndash; Precertification<br>Phone 800-771-4030 option 3 | Fax 614-402-7790</p>
<p class="disc">""" + DISC + """</p></body></html>""")

M('phi', 'care', 'Lindqvist',
  'Renee Castellanos RN CCM <rcastellanos@meridiancm.com>', 'Stop Loss Reporting <stoploss@northgatetpa.com>',
  'Weekly LCM update - Theo Lindqvist (Halvorsen)',
  cc='Gary Pham <gpham@northgatetpa.com>',
  body="""Gary / stop loss team,

Weekly update on Theo Lindqvist (age 17, dependent of employee).

- Discharged from Children's Memorial inpatient rehab 10/28 after 34 days.
- Home health: skilled nursing visits 2x/week through 12/9, PT 3x/week and OT
  2x/week outpatient at Brightpath Therapy. Speech eval scheduled 11/6.
- Wheelchair rental approved through end of year; custom chair quote from
  Mobility Plus is $14,280 -- I need a precert opened for that.
- Repeat MRI brain ordered for 12/2, neurosurgery follow up 12/4.
- Mom (Annika) is doing great with the home program. She asked again about
  mileage reimbursement for the trips to the city; I told her I'd check with
  the plan but it's probably not covered.

Projected spend next 60 days: roughly $38k-45k outside of the DME.
Running paid to date is $612,904 so we're already past the $150k spec deductible,
you should have the notice from last month.

Renee Castellanos, RN, CCM
Large Case Management | Meridian Care Management
c. 317-555-0148
""")

M('phi', 'care', 'Pruitt',
  'Lauren Becker <lbecker@halvorsenmfg.com>', 'Account Services <acctservices@northgatetpa.com>',
  'PT visits denied for one of our employees',
  html="""<html><body style="font-family:Segoe UI,Arial;font-size:10.5pt">
<p>Hi team,</p>
<p>Jenna Pruitt from our Dayton plant stopped by my office today very upset. She has been going to
physical therapy at Peak Motion since August and she just got a stack of EOBs showing visits 13 through 19
denied. She said the therapist told her she had 30 visits per year.</p>
<p>I looked at the SPD and I think it's 20 combined PT/OT/chiro visits, but can someone confirm
how many have actually been counted? She thinks some of the chiro visits from last January
shouldn't count because that was the prior plan year (we're on a July plan year).</p>
<p>She's fine with me contacting you on her behalf, she signed the authorization form last year
when her husband had his surgery &ndash; let me know if you need a fresh one.</p>
<p>Thanks!<br>
<b>Lauren Becker</b><br>
Benefits Specialist, Human Resources<br>
Halvorsen Manufacturing Co. | 937-224-6610 x4112</p>
</body></html>""")

M('phi', 'care', 'Szabo',
  'Dana Whitfield <dwhitfield@carrowrx.com>', 'Rx Help <rxhelp@northgatetpa.com>',
  'vacation override - Szabo',
  body="""Can someone push a vacation override through for Raymond Szabo? He leaves for
Budapest 11/14 for 7 weeks and his mail order refill of Eliquis isn't due until
11/22. Needs the 90 day filled before he goes. The PBM said the plan sponsor has
to approve, Halvorsen already OK'd it by phone with me this morning.

Sent from my iPhone""")

M('phi', 'care', 'Fenwick',
  'COBRA Administration <cobra@northgatetpa.com>', 'Lauren Becker <lbecker@halvorsenmfg.com>',
  'FW: Fenwick - claims on hold pending COBRA premium',
  body="""Lauren,

FYI -- Alicia Fenwick elected COBRA on 10/1 but the first premium hasn't posted.
We have two claims on hold for her daughter Maya: an ER visit at Miami Valley on
9/2 ($3,418) and a follow-up with the pediatrician 9/9. Per the plan, we hold until
the 45-day initial premium window closes (11/15). If payment comes in they'll
release automatically. Alicia called the ER billing office and told them she had
insurance, so they may call you.

Brenda Nolte
COBRA Specialist, Northgate Benefit Administrators

---------- Forwarded message ---------
From: Alicia Fenwick <aliciafen82@gmail.com>
Date: Thu, Oct 22, 2026 at 8:03 PM
Subject: hospital bill
To: <cobra@northgatetpa.com>

Hi, I got a bill from the hospital for my daughter's ER visit in September
saying insurance denied it. I sent my COBRA form in on time. I will mail the
check this weekend. Please don't let them send it to collections.
Alicia
""")

M('phi', 'care', 'Brezinski',
  'Stan Wojcik <swojcik@local418fund.org>', 'claims@local418fund.org',
  'hearing aids for Walt',
  body="""Deb,
Walt Brezinski (retiree, Ironworkers) came by the hall. He got fitted for
two hearing aids at the Costco in Monroeville on 10/17, paid $1,899 out of
pocket. He has the receipt and the audiologist test printout. Can you mail him
the reimbursement form? Address on file is good. The fund allowance is $1,500
every 36 months and his last pair was 2021 so he should be OK.
Stan
""")

M('phi', 'care', 'Ilunga',
  'Appeals Unit <appeals@northgatetpa.com>', 'Lauren Becker <lbecker@halvorsenmfg.com>',
  'Appeal decision letter - for your file',
  body="""Lauren, attached is the first-level appeal decision for Grace Ilunga. The
ambulance denial was overturned. Copy going out to the member by mail today.
-- Appeals Unit
""",
  atts=[A('Ilunga_G_appeal_decision_L1.txt', """NORTHGATE BENEFIT ADMINISTRATORS
On behalf of Halvorsen Manufacturing Employee Health Plan
PO Box 18840, Columbus OH 43218

November 3, 2026

Grace Ilunga
2218 Salem Avenue, Apt 4
Dayton, OH 45406

Re: First Level Appeal - Claim 2607-093315
Member ID: HLV0040977
Date of Service: June 30, 2026
Provider: Miami Valley Ambulance Services

Dear Ms. Ilunga:

We have completed our review of your appeal of the denial of ground ambulance
transport from your home to Grandview Medical Center on June 30, 2026. The claim
was originally denied because the transport was considered not medically
necessary.

After review of the run report and the emergency department record submitted
with your appeal, the reviewer determined that transport by ambulance was
appropriate. The original decision is OVERTURNED. The claim will be reprocessed
and paid at the in-network emergency benefit level. You will receive a new
Explanation of Benefits within 15 business days.

Sincerely,

Monica Ferrante
Appeals Coordinator
""")])

# ============================== PHI: names ==============================
M('phi', 'names', 'Hollis',
  'Darnell Okoye <dokoye@northgatetpa.com>', 'Kim Sorensen <ksorensen@northgatetpa.com>',
  'Hollis, Bernadette - 2nd level',
  body="""Kim - Bernadette's file is on the S: drive under 2nd level appeals. Her daughter
called twice this week. Short version: the sleep study at Valley Sleep Ctr was
billed by both the facility and the reading physician as global, so we paid
the first one and denied the second as a dup. The daughter thinks we denied the
whole thing. Can you have Dr. Feld look at it before Thursday's panel? I told
her she'd hear from us by the 20th.
D
""")

M('phi', 'names', 'Trautwein',
  'Lauren Becker <lbecker@halvorsenmfg.com>', 'Sheila Marsh <smarsh@halvorsenmfg.com>',
  'Big Mike',
  body="""Sheila -- heads up, Big Mike from the paint line (Trautwein) is having his knee
replaced on the 16th at Kettering. His wife Pam called me because she wasn't sure
the precert went through. I checked with Northgate and it's approved, just let
his supervisor know he'll be out 6-8 weeks and send him the STD packet. Don't
put the surgery part in the leave email please, just "medical leave."

L
""")

M('phi', 'names', 'Delgado',
  'Tom Haskins <thaskins@halvorsenmfg.com>', 'Lauren Becker <lbecker@halvorsenmfg.com>',
  'Rosa in shipping',
  body="""Lauren,

Rosa Delgado's baby came really early last week and he's still in the NICU at
St. Elizabeth's. She's been trying to get somebody at the insurance to call her
back about whether the baby is covered since she hasn't added him yet. She's
not going to be checking email much. Is there somebody who can call her cell
(937-608-2271)? Also does she need to do anything within 30 days to add him?

Thanks,
Tom Haskins
Shipping Supervisor
""")

M('phi', 'names', 'Okafor',
  'Gary Pham <gpham@northgatetpa.com>', 'Tamika Rowe <trowe@northgatetpa.com>; Jill Strand <jstrand@northgatetpa.com>',
  'RE: the Okafor claims',
  body="""Jill, is Chidi still primary with us or did Medicare kick in? He's been on
dialysis since March so the 30-month coordination period should still be
running, we'd be primary until next fall. DaVita is billing us 3x a week and
we're paying as secondary on half of them, which is wrong.

Tamika - please hold anything new from DaVita for Okafor until Jill confirms.

> From: Jill Strand
> Sent: Wednesday, October 14, 2026 9:02 AM
> Okafor's wife said they signed up for Medicare Part B in July because the
> social worker at the unit told them to. I'll get the Medicare card copy.
""")

M('phi', 'names', 'Pelletier',
  'Gary Pham <gpham@northgatetpa.com>', 'Claims Intake <specclaims@atlasspecialtyre.com>',
  'Halvorsen 2026 spec filing - Pelletier',
  cc='Renee Castellanos <rcastellanos@meridiancm.com>',
  body="""Hi Priya,

Following up on our call. Attached to the portal this morning: itemized bills from
Mercy Health for Joanne Pelletier's admission (8/3 - 9/19) and the transplant
center invoice. We do not have the case rate contract from the transplant network
yet, Renee at Meridian is chasing that down. Paid through 10/31 is $487,115.

Let me know if your clinical team wants the LCM notes before they'll reimburse.

Gary Pham
Stop-Loss & Large Claims Analyst
Northgate Benefit Administrators
""")

M('phi', 'names', 'Kowalczyk',
  'Frank DiNardo <fdinardo@local418fund.org>', 'Deb Yablonski <claims@local418fund.org>',
  'Hank K.',
  body="""Deb,

Hank Kowalczyk's widow Irene called me at home last night. She's getting bills
from Forbes Hospice for the last two weeks before Hank passed. I thought the fund
paid hospice at 100%? She's pretty torn up, please call her before the billing
office does again. Her number is on his file.

Frank DiNardo
Business Manager, Local 418
""")

M('phi', 'names', 'Albright',
  'Kelsey Moran <kmoran@stridewellhealth.com>', 'Lauren Becker <lbecker@halvorsenmfg.com>',
  'Quick check-in re: Denise',
  body="""Hi Lauren!

Hope the health fair prep is going well. Quick one: Denise Albright from accounting
mentioned during her coaching session that she had been told her A1c was up again
and she's worried about the premium surcharge if she doesn't hit the target by
the January screening. I told her I'd ask you whether the reasonable alternative
standard applies (doing the coaching modules instead). Could you let me know so I
can get back to her?

Thanks so much,
Kelsey

Kelsey Moran, NBC-HWC | Health Coach
StrideWell Health
""")

M('phi', 'names', 'Tran',
  'Jill Strand <jstrand@northgatetpa.com>', 'Precert <precert@northgatetpa.com>',
  'FW: Tran, Kevin - ortho',
  body="""see below, parent is asking again. need a decision by Fri.

-----Original Message-----
From: Lily Tran <lily.tran.dayton@yahoo.com>
Sent: Tuesday, November 10, 2026 7:48 AM
To: Member Services <members@northgatetpa.com>
Subject: braces

Hello, Dr. Ahn's office sent the pre-treatment estimate for Kevin's braces three
weeks ago ($5,850). They say they can't start until they hear back. He is on my
husband's plan. Thank you.
""")
# ============================== PHI: self ==============================
M('phi', 'self', 'Haddad',
  'Nadia Haddad <nadia.haddad@outlook.com>', 'Member Services <members@northgatetpa.com>',
  'EOB says I owe $2,340??',
  body="""Hello,

I received an Explanation of Benefits dated 10/29 for my gallbladder surgery at
Kettering Health on September 24. It says patient responsibility $2,340. My
out-of-pocket max is $2,000 for the year and I already paid $1,610 for my MRI and
the ER visit in March. So I should owe $390 at most, right?

Also the anesthesiologist was processed as out of network even though the
hospital is in network. I didn't pick the anesthesiologist. I thought the No
Surprises Act covered this?

My member ID is HLV0027531.

Thank you,
Nadia Haddad
""")

M('phi', 'self', 'Marchetti',
  'Paul Marchetti <pmarchetti1977@gmail.com>', 'benefits@halvorsenmfg.com',
  'Adding our new baby + NICU bills',
  body="""Hi,

My wife Lorraine had our son Luca on October 3rd, about 5 weeks early. He was in
the NICU at Dayton Children's for 11 days and is home now and doing well. I need
to add him to my plan (employee #20418, Paul Marchetti, maintenance). I think we
have 30 days? I'm at day 26, sorry, it's been a blur.

Also the NICU billing office says they can't bill until he has his own member
ID. His SSN card hasn't come yet. Is that okay?

Thanks,
Paul
(937) 270-4415
""")

M('phi', 'self', 'Gutierrez',
  'Ray Gutierrez <rgutz@comcast.net>', 'Member Services <members@northgatetpa.com>',
  'THIRD TIME - pump supplies',
  body="""This is the THIRD time I am writing about this. My insulin pump supplies
(Omnipod pods, 90 day) have been denied by your pharmacy people AND by the
medical side, and each one tells me to call the other one. I have 6 pods left.
That is 18 days. If I run out I have to go back to shots which my endocrinologist
Dr. Shah says is a bad idea for me.

I have been on this plan 11 years. Fix it or I'm going to HR and the Dept of
Labor.

Raymond Gutierrez
ID HLV0009214
""")

M('phi', 'self', 'Markowitz',
  'Gene Markowitz <genemarko58@aol.com>', 'claims@local418fund.org',
  'stress test',
  body="""Hi this is Gene Markowitz. My cardiologist office says the fund didnt pay
the stress test from Sept 9. Member # 418-20931. Please call me
412-781-0936 Thanks
""",
  xmailer='AOL Mobile Mail')

M('phi', 'self', 'Baptiste',
  'Yvette Baptiste <ybaptiste@halvorsenmfg.com>', 'Lauren Becker <lbecker@halvorsenmfg.com>',
  "Question about my son's speech therapy",
  html="""<div dir="ltr">Hi Lauren,<div><br></div><div>Sorry to bother you. My son Jonah (he's 4) was
evaluated at the Dayton Children's autism center last month and they recommended speech therapy twice a week and
ABA therapy. The speech therapy place told me the plan only covers speech if it's to &quot;restore&quot; speech after an
injury or illness and that developmental delays aren't covered?</div><div><br></div><div>Is that right?
Is there anything I can do? We can't afford $180 a session twice a week.</div>
<div><br></div><div>Thank you,</div><div>Yvette Baptiste</div><div>Quality Lab, 2nd shift</div></div>""")

M('phi', 'self', 'Kerrigan',
  'Doug Kerrigan <dkerrigan@halvorsenmfg.com>', 'Coaching <coaching@stridewellhealth.com>',
  'RE: Your personalized Blood Sugar Balance program',
  inreply='<bsb-8812@stridewellhealth.com>',
  body="""Please take me off this. My doctor manages my diabetes and I don't need a phone
coach calling me at work. I did the biometric screening to get the premium
discount, I never agreed to be enrolled in anything.

Doug Kerrigan

-----Original Message-----
From: StrideWell Coaching <coaching@stridewellhealth.com>
Sent: Monday, November 2, 2026 6:00 AM
Subject: Your personalized Blood Sugar Balance program

Hi Doug! Based on your recent screening results, you've been matched with our
Blood Sugar Balance program. Your coach, Marisol, will reach out this week!
""")

M('phi', 'self', 'Fontaine',
  'Michelle Fontaine <mfontaine.home@icloud.com>', 'Member Services <members@northgatetpa.com>',
  'Receipt for Aiden eval - out of network reimbursement',
  body="""Hi, attached is the superbill from Dr. Reisner for my son Aiden Fontaine's
ADHD evaluation (3 sessions, Sept 8, 15 and 22). Total paid $1,650. Please send the
reimbursement to our home address. He's on my plan, member HLV0035518-03.

Michelle

Sent from my iPhone""",
  atts=[A('superbill_Fontaine.txt', """LAURA REISNER, PsyD  -  Child & Adolescent Psychology
412 Far Hills Ave Suite 200, Oakwood OH 45419   NPI 1457382290   TIN 31-1847720

STATEMENT FOR INSURANCE REIMBURSEMENT
Patient: Aiden Fontaine          DOB: 04/11/2016
Responsible party: Michelle Fontaine

Date        CPT     Description                                Dx       Fee
09/08/2026  96130   Psych testing eval, first hour             F90.2    $450.00
09/15/2026  96136   Test administration, first 30 min          F90.2    $300.00
09/15/2026  96137   Test administration, each addl 30 min x2   F90.2    $400.00
09/22/2026  96131   Psych testing eval, addl hour x2           F90.2    $500.00
                                                       TOTAL          $1,650.00
                                                       PAID           $1,650.00
""")])

# ============================== PHI: lists ==============================
M('phi', 'lists', 'Pelletier',
  'Gary Pham <gpham@northgatetpa.com>', 'Claims Intake <specclaims@atlasspecialtyre.com>',
  'Halvorsen - monthly large claimant report Oct 2026',
  cc='Mark Penhallow <mark@penhallowbenefits.com>',
  body="""Priya, October large claimant report below (claimants > 50% of the $150,000 spec
deductible). Trigger notices already filed for the top two.

Claimant            Rel   Paid YTD     Primary dx / service              Status
------------------  ----  -----------  --------------------------------  ---------
Pelletier, Joanne   SP    $487,115.00  Liver transplant                  Filed 9/2
Lindqvist, Theo     CH    $612,904.00  TBI - MVA, inpatient rehab        Filed 8/14
Sandoval, Reuben    EE    $131,440.18  AML - chemo, stem cell eval       Watch
Nwosu, Adaeze       SP    $98,207.55   High-risk pregnancy, twins        Watch
Harlan, Dwight      EE    $81,992.02   CABG x3                           Closed

Let me know if you need the detail claims file.
Gary
""")

M('phi', 'lists', 'Voss',
  'Precertification Dept <precert@northgatetpa.com>', 'Renee Castellanos <rcastellanos@meridiancm.com>',
  'Inpatient notifications for LCM review - 11/12',
  body="""Renee - today's admits that hit your LCM triggers:

* Voss, Harold (HLV0012207) - Miami Valley, admit 11/10, NSTEMI, cath lab today,
  possible CABG. Spouse is the contact.
* Reyes-Ortiz, Camila (HLV0044180-02) - Dayton Children's, admit 11/11, 16 y/o,
  overdose, transferred to adolescent psych 11/12.
* Abernathy, Lois (L418 fund, 418-33062) - UPMC Presby, admit 11/9, hip fx after
  fall, plan is SNF.
* Greer, Tobias (HLV0038816) - Kettering, admit 11/11, 3rd admit in 60 days,
  CHF exacerbation.

Greer is the one I'm most worried about - no PCP on file.
Thanks, Marisa (precert RN)
""")

M('phi', 'lists', 'Castro',
  'Renee Castellanos <rcastellanos@meridiancm.com>', 'Gary Pham <gpham@northgatetpa.com>',
  'caseload - pasted from my tracker',
  body="""Gary, here's the tracker as of today (pasted from Excel, sorry about the
formatting).

Member\tGroup\tCondition\tOpened\tNext contact\tNotes
Lindqvist, Theo\tHalvorsen\tTBI rehab\t07/22/26\t11/16\thome PT/OT, DME quote pending
Pelletier, Joanne\tHalvorsen\tpost liver tx\t08/05/26\t11/13\ttacrolimus levels weekly
Castro, Elena\tHalvorsen\tbreast ca, chemo cycle 4/6\t09/30/26\t11/18\tneuropathy, considering dose reduction
Sandoval, Reuben\tHalvorsen\tAML\t10/02/26\t11/12\tBMT consult at OSU 11/20
Pruszynski, Walt\tLocal 418\tESRD on HD\t03/15/26\t12/01\tMedicare B enrolled 7/1
Kaminski, Ruth\tLocal 418\tCOPD, home O2\t06/11/26\t11/25\t2 ER visits Oct

Castro is new to you - wasn't on last month's report because her claims lag.
R
""")

M('phi', 'lists', 'Whitaker',
  'COBRA Administration <cobra@northgatetpa.com>', 'Lauren Becker <lbecker@halvorsenmfg.com>',
  'COBRA elections pending - claims on hold',
  html="""<html><head><style>td,th{border:1px solid #999;padding:4px 8px;font-family:Arial;font-size:9pt}
th{background:#e7eef5}</style></head><body style="font-family:Arial;font-size:10pt">
<p>Lauren,</p>
<p>Below are the qualified beneficiaries still inside their election window who have claims pended.
If they elect and pay, claims release back to the QE date.</p>
<table cellspacing="0">
<tr><th>Qualified beneficiary</th><th>QE date</th><th>Election due</th><th>Pended claims</th></tr>
<tr><td>Whitaker, Sean (EE)</td><td>09/18/2026</td><td>11/27/2026</td><td>Physical therapy x4, Peak Motion</td></tr>
<tr><td>Whitaker, Kayla (SP)</td><td>09/18/2026</td><td>11/27/2026</td><td>Prenatal visit 10/6; ultrasound 10/20</td></tr>
<tr><td>Fenwick, Maya (CH)</td><td>08/31/2026</td><td>10/30/2026 (elected)</td><td>ER 9/2, pediatric f/u 9/9</td></tr>
<tr><td>Osei, Kwame (EE)</td><td>10/02/2026</td><td>12/06/2026</td><td>Rx only &ndash; Humira, 2 fills</td></tr>
</table>
<p>Brenda Nolte<br>COBRA Specialist</p>
<p style="font-size:8pt;color:#888">""" + DISC + """</p></body></html>""")

M('phi', 'lists', 'Lopata',
  'Dana Whitfield <dwhitfield@carrowrx.com>', 'Lauren Becker <lbecker@halvorsenmfg.com>',
  'Specialty utilizers - Q3 (confidential, for plan admin only)',
  cc='Mark Penhallow <mark@penhallowbenefits.com>',
  body="""Lauren, Mark,

As requested for the rebate reconciliation and the biosimilar conversion project,
here are the members with specialty claims in Q3 whose drug has a biosimilar or
lower-net-cost alternative. Please keep this to the plan admin team.

  1. Lopata, Gregory     - Humira 40mg pen, q2wk       -> Hadlima/Yusimry candidate
  2. Osei, Kwame         - Humira 40mg pen, q2wk       -> candidate, COBRA pending
  3. Brandt, Shelby      - Stelara 90mg q8wk           -> Wezlana candidate
  4. Ferreira, Lucia     - Enbrel 50mg weekly          -> no interchangeable yet
  5. Mohammed, Tariq     - Ozempic 1mg                  -> GLP-1 PA criteria review
  6. Sato, Kenji         - Ozempic 2mg                  -> GLP-1 PA criteria review

Potential net savings if 1-3 convert: ~$96k/yr after rebates.

Dana Whitfield, PharmD
Carrow Rx Advisors
""")

M('phi', 'lists', 'Zelinski',
  'Deb Yablonski <claims@local418fund.org>', 'Trustees <trustees@local418fund.org>',
  'Appeals for Dec 3 trustees meeting',
  body="""Trustees,

The following appeals are on the agenda for the December 3 meeting. Full files
are in the binder at the fund office; please do not forward.

1. Zelinski, Carol (spouse of Mark Zelinski) - bariatric surgery denied as
   excluded; member argues medical necessity, BMI 44, sleep apnea.
2. Hutchins, Roy - out-of-network ER at Wheeling Hospital, paid at OON rate.
   Member was working a job in WV.
3. Pruszynski, Walt - transportation to dialysis, not a covered benefit.
4. Abernathy, Lois - SNF days 21-40, requests extension.
5. Greco, Anthony Jr. (dependent, 24) - residential rehab at Gateway, 28 days,
   denied for lack of precert.

Deb Yablonski
Claims Manager
""")

M('phi', 'lists', 'Hwang',
  'Jill Strand <jstrand@northgatetpa.com>', 'Lauren Becker <lbecker@halvorsenmfg.com>',
  'COB questionnaires outstanding',
  body="""Lauren, these members have claims pended for other-coverage questionnaires
that haven't come back. Could you nudge them internally? Once we get the form
back we release within 3 days.

Employee             Dependent          Claims pended
Hwang, Daniel        Hwang, Soo-ah (SP) OB delivery 10/8 - Kettering, anesthesia
Mercer, Lisa         Mercer, Tyler (CH) ortho visits x3, knee MRI
Adeyemi, Tunde       self               allergy shots (12 visits)
Quintero, Javier     Quintero, Ana (CH) dental surgery, Dayton Children's OR

Thanks - Jill Strand, Eligibility & COB
""")
# ============================== PHI: struct ==============================
M('phi', 'struct', 'Renfro',
  'EDI Support <edi@northgatetpa.com>', 'Kyle Barton <kbarton@fairmontortho.com>',
  'Rejected 837P - subscriber not found (TA1 ok, 999 accepted, 277CA reject)',
  body="""Kyle,

Your batch from 11/04 was accepted at the envelope level but one claim rejected
on the 277CA with A7:33 (subscriber/insured not found). The member ID in NM109 has
a transposed digit -- our records show HLV0023581, you sent HLV0023851. Segment
below. Please correct and resubmit as a new claim (frequency 1), not a
replacement.

ST*837*0021*005010X222A1~
BHT*0019*00*FOC2611040021*20261104*1422*CH~
NM1*85*2*FAIRMONT ORTHOPAEDICS INC*****XX*1669384021~
HL*2*1*22*0~
SBR*P*18*HLV0117******CI~
NM1*IL*1*RENFRO*CASSANDRA*J***MI*HLV0023851~
N3*4410 WAYNE AVE~
N4*DAYTON*OH*45420~
DMG*D8*19840612*F~
NM1*PR*2*NORTHGATE BENEFIT ADMIN*****PI*31877~
CLM*FOC118842*1240***11:B:1*Y*A*Y*Y~
DTP*431*D8*20261019~
HI*ABK:S83.241A~
LX*1~
SV1*HC:29881:RT*1240*UN*1***1~
DTP*472*D8*20261028~
SE*17*0021~

EDI Support | Northgate Benefit Administrators
""")

M('phi', 'struct', 'Gallagher',
  'ERA Desk <era@northgatetpa.com>', 'Posting <posting@miamivalleyanes.com>',
  'Reissued 835 - check EFT 0004417782',
  body="""Attached is the reissued 835 for EFT trace 0004417782 (one claim was reversed
and re-adjudicated after appeal). Please repost.
""",
  atts=[A('MVAS_835_20261109.x12', "ISA*00*          *00*          *ZZ*NORTHGATETPA   *ZZ*MVANES001      *261109*0812*^*00501*000004417*0*P*:~"
"GS*HP*NORTHGATETPA*MVANES001*20261109*0812*4417*X*005010X221A1~"
"ST*835*0001~BPR*I*1687.40*C*ACH*CCP*01*041000124*DA*7720019344*1318774402**01*044000037*DA*4419002817*20261110~"
"TRN*1*0004417782*1318774402~N1*PR*NORTHGATE BENEFIT ADMINISTRATORS~N1*PE*MIAMI VALLEY ANESTHESIA SVCS*XX*1538221906~"
"LX*1~CLP*MVA-55201*22*-912*-912**12*2609244019801~NM1*QC*1*GALLAGHER*BRIAN*T***MI*HLV0019930~DTM*232*20260924~"
"SVC*HC:00790*-1450*-912**-8~CAS*CO*45*-538~"
"CLP*MVA-55201*1*1450*1687.40*0*12*2611094401120~NM1*QC*1*GALLAGHER*BRIAN*T***MI*HLV0019930~DTM*232*20260924~"
"SVC*HC:00790:P2*1450*1687.40**9~AMT*B6*1687.40~"
"SE*17*0001~GE*1*4417~IEA*1*000004417~", 'application/octet-stream')])

M('phi', 'struct', 'Nakamura',
  'Precertification Dept <precert@northgatetpa.com>', 'Utilization Review <ur@kettering-hn.org>',
  '278 response - pended for clinicals',
  body="""Your 278 request for the attached member was pended (HCR*A4). Please fax
clinicals to 614-402-7790 or upload via the provider portal. Response pasted:

ST*278*1001*005010X217~
BHT*0007*11*UM2611120087*20261112*0930~
HL*1**20*1~
NM1*X3*2*NORTHGATE BENEFIT ADMIN*****PI*31877~
HL*2*1*21*1~
NM1*1P*2*KETTERING HEALTH MAIN CAMPUS*****XX*1902847733~
HL*3*2*22*1~
NM1*IL*1*NAKAMURA*HIROSHI****MI*HLV0014402~
DMG*D8*19610330*M~
HL*4*3*EV*0~
UM*HS*I*2~
HCR*A4**0U~
HI*ABK:C61~
DTP*472*RD8*20261201-20261203~
SV2**HC:55866~
MSG*RADICAL PROSTATECTOMY ROBOTIC. SUBMIT PATH REPORT AND MRI PROSTATE~
SE*16*1001~
""")

M('phi', 'struct', 'Ostrowski',
  'Gary Pham <gpham@northgatetpa.com>', 'Mark Penhallow <mark@penhallowbenefits.com>',
  'Halvorsen claims detail > $25k, YTD (zip)',
  body="""Mark, per your request for the renewal, attached is the claims detail file for
claimants over $25k YTD. It's zipped and the zip is encrypted per our secure
mail rules -- password to follow by text.

(Tip: this one is only zipped, our encryption add-in wasn't working, so please
don't forward.)

Gary
""",
  atts=[Z('HLV_claims_gt25k_YTD_2026-10.zip', {'HLV_claims_gt25k_YTD.csv':
"""member_id,last_name,first_name,rel,dob,claim_no,dos,provider,cpt_rev,icd10,billed,paid
HLV0038816,Greer,Tobias,EE,1958-02-14,2608110341,2026-08-11,Kettering Health,0120,I50.23,41882.00,23110.45
HLV0038816,Greer,Tobias,EE,1958-02-14,2609300192,2026-09-30,Kettering Health,0120,I50.23,38404.00,21874.10
HLV0041120,Sandoval,Reuben,EE,1979-06-02,2610021177,2026-10-02,OSU James Cancer Hosp,0110,C92.00,112340.00,88910.33
HLV0025507,Ostrowski,Linda,SP,1966-11-19,2607150883,2026-07-15,Miami Valley Hospital,27447,M17.11,58220.00,31402.80
HLV0012207,Voss,Harold,EE,1962-09-07,2611100044,2026-11-10,Miami Valley Hospital,0210,I21.4,64115.00,0.00
HLV0047723,Nwosu,Adaeze,SP,1991-03-28,2610182210,2026-10-18,Premier Health OB,59510,O30.003,29440.00,18732.60
"""})])

M('phi', 'struct', 'Bello',
  'API Integration <api-alerts@northgatetpa.com>', 'Dev Team <devteam@stridewellhealth.com>',
  'Patient Access API - sample payload failing validation',
  body="""Hi StrideWell devs,

The EOB payload you pulled from our Patient Access API for the member who
authorized your app is failing your parser because of the adjudication
extension. Attached is the exact resource we returned (it's a real member who
consented, so handle accordingly). The issue is item[0].adjudication[2].amount
missing currency. We'll fix on our side in the 12/1 release.

API Integration Team
""",
  atts=[A('eob_resource_2611-4471.json', """{
  "resourceType": "ExplanationOfBenefit",
  "id": "eob-2610-077412",
  "status": "active",
  "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/claim-type", "code": "professional"}]},
  "use": "claim",
  "patient": {"reference": "Patient/HLV0031190", "display": "Olumide Bello"},
  "billablePeriod": {"start": "2026-10-07", "end": "2026-10-07"},
  "created": "2026-10-16T11:04:22-04:00",
  "insurer": {"display": "Halvorsen Manufacturing Employee Health Plan"},
  "provider": {"display": "Oakwood Dermatology Associates"},
  "outcome": "complete",
  "diagnosis": [{"sequence": 1, "diagnosisCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "L40.0", "display": "Psoriasis vulgaris"}]}}],
  "item": [{
    "sequence": 1,
    "productOrService": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "96910"}]},
    "servicedDate": "2026-10-07",
    "adjudication": [
      {"category": {"coding": [{"code": "submitted"}]}, "amount": {"value": 310.00, "currency": "USD"}},
      {"category": {"coding": [{"code": "eligible"}]}, "amount": {"value": 142.18, "currency": "USD"}},
      {"category": {"coding": [{"code": "benefit"}]}, "amount": {"value": 113.74}}
    ]
  }],
  "total": [{"category": {"coding": [{"code": "benefit"}]}, "amount": {"value": 113.74, "currency": "USD"}}]
}
""", 'application/json')])

M('phi', 'struct', 'Pacheco',
  'Eligibility <eligibility@northgatetpa.com>', 'Front Desk <frontdesk@brightpaththerapy.com>',
  'RE: 271 showing inactive',
  body="""Hi Tanya - the 271 you got back was correct as of that morning; the employer's
file came in late and reinstated him retro to 11/1. Rerun it and you'll see active.
What we returned to you:

ISA*00*          *00*          *ZZ*NORTHGATETPA   *ZZ*BRIGHTPATH01   *261103*0714*^*00501*000088213*0*P*:~
GS*HB*NORTHGATETPA*BRIGHTPATH01*20261103*0714*88213*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*BPT-7781*20261103*0714~
HL*1**20*1~NM1*PR*2*NORTHGATE BENEFIT ADMIN*****PI*31877~
HL*2*1*21*1~NM1*1P*2*BRIGHTPATH THERAPY LLC*****XX*1780551320~
HL*3*2*22*0~
NM1*IL*1*PACHECO*LUIS*A***MI*HLV0029944~
DMG*D8*19870915*M~
EB*6**30~
DTP*356*D8*20261031~
SE*12*0001~GE*1*88213~IEA*1*000088213~

He has 9 of 20 therapy visits left after you rerun.

> From: Tanya <frontdesk@brightpaththerapy.com>
> Luis Pacheco is here for his PT eval and your system says coverage ended 10/31.
> He says he's still employed. Can you check? He's in the lobby.
""")

M('phi', 'struct', 'Coombs',
  'Interface Monitor <hl7-monitor@northgatetpa.com>', 'Renee Castellanos <rcastellanos@meridiancm.com>; IT Integration <integration@northgatetpa.com>',
  '[Interface Error] ADT feed - 3 messages rejected (PID-3 no member match)',
  body="""Automated alert from Northgate inpatient notification interface (ADT inbound,
source: PREMIER_HIE). 3 message(s) failed member matching and were NOT routed to
case management. Manual review required.

--- Message 1 of 3 ---
Error: PID-3 identifier type 'MR' not mapped; fallback name/DOB match returned 2 candidates
MSH|^~\\&|PREMIER_HIE|MVH|NGTPA_ADT|NGTPA|20261114061203||ADT^A01^ADT_A01|PHIE88120441|P|2.5.1
EVN|A01|20261114060900
PID|1||MVH4418802^^^MVH^MR||COOMBS^TERRENCE^L||19730805|M|||718 HUFFMAN AVE^^DAYTON^OH^45403||9372284519
PV1|1|I|5W^512^A^MVH||||1447720391^NAJJAR^KARIM^^^MD|||MED||||7|||||V882014|||||||||||||||||||||||||20261114055800
IN1|1|HLV0117|31877|NORTHGATE BENEFIT ADMIN|||||||||||||COOMBS^TERRENCE^L|01|19730805
DG1|1||J18.9^Pneumonia, unspecified organism^I10||20261114|A

--- Message 2 of 3 ---
Error: IN1-2 plan code L418A not active for feed NGTPA_ADT
MSH|^~\\&|PREMIER_HIE|UPMC|NGTPA_ADT|NGTPA|20261114072211||ADT^A03^ADT_A03|PHIE88120517|P|2.5.1
PID|1||UP2290117^^^UPMC^MR||ABERNATHY^LOIS^M||19440217|F
PV1|1|I|ORTH^3^2^UPMC|||||||ORT||||||||V117702|||||||||||||||||||||01|SNF||||||||20261109|20261114
IN1|1|L418A|418|LOCAL 418 HEALTH AND WELFARE FUND|||||||||||||ABERNATHY^LOIS^M|01|19440217

--- Message 3 of 3 ---
Error: MSH-9 event type A08 filtered (duplicate of prior A08 within 60s)
MSH|^~\\&|PREMIER_HIE|KHN|NGTPA_ADT|NGTPA|20261114081530||ADT^A08^ADT_A01|PHIE88120660|P|2.5.1
PID|1||KH0088213^^^KHN^MR||GREER^TOBIAS||19580214|M
PV1|1|I|CCU^204^1^KHN

Reply to this alert will not be monitored. Open a ticket in ServiceNow (assignment
group: EDI-Integration).
""")

M('phi', 'struct', 'Whelan',
  'FAXserver <fax@northgatetpa.com>', 'Precert Queue <precert@northgatetpa.com>',
  'Inbound fax from 9374392210 (4 pages) - OCR text',
  body="""Inbound fax received 11/16/2026 14:22 from 937-439-2210. Page 1 OCR text below.
Full image is in the precert document queue, item 2611-16-0042.

------------------------------------------------------------------
          SOUTHVIEW NEUROLOGY & SLEEP  --  FAX COVER SHEET
------------------------------------------------------------------
TO: Northgate Benefit Admin - Precertification    FAX: 614-402-7790
FROM: Jenny (MA to Dr. P. Ivanova)                 PH: 937-439-2200
DATE: 11/16/26                 PAGES (incl cover): 4

RE: URGENT prior auth request
Patient: Whelan, Margaret A        DOB: 02/27/1969
Member ID: HLV0033470
Requested: MRI brain w/ and w/o contrast (70553), EEG 24hr ambulatory (95708)
Dx: R56.9 new onset seizure, pt had 2nd episode 11/14 in ED
Clinicals attached: ED note 11/14, office note 11/16

Please call w/ auth # -- patient is scheduled 11/19.

CONFIDENTIAL: This facsimile contains protected health information...
------------------------------------------------------------------
""")
# ============================== PHI: ids ==============================
M('phi', 'ids', '',
  'Tamika Rowe <trowe@northgatetpa.com>', 'Jill Strand <jstrand@northgatetpa.com>',
  'accident questionnaire',
  body="""HLV0044180-02 / DOB 06/19/2010 -- claim 2609-0911-4482 pended for accident
questionnaire (ER 8/30, wrist x-ray + splint). Mom says it was a trampoline at
a friend's house, no auto, no other coverage. Ok to release?
""")

M('phi', 'ids', '',
  'Member Services <members@northgatetpa.com>', 'Eligibility <eligibility@northgatetpa.com>',
  'SSN mismatch - dependent',
  body="""Need a fix on the dependent record:

Subscriber SSN on file:   283-61-4097
Dependent SSN on claim:   283-61-4079  (provider sent this)
Dependent DOB:            12/02/2003
Claim:                    2610-2218-0073, pelvic ultrasound 10/21, Premier Women's Health

Provider verified the card in hand. Looks like our 4097/4079 is transposed on the
dependent record, not the provider's. Please correct and I'll re-adjudicate.
""")

M('phi', 'ids', '',
  'Kyle Barton <kbarton@fairmontortho.com>', 'trowe@northgatetpa.com',
  'clm 2610290077',
  body="""clm# 2610290077 dos 10/2 - paid $84 on the 20610 but the allowed should be
$146 per contract. acct 88231004. can you reprocess or do i need to send a
recon form
""",
  xmailer='Microsoft Outlook for Android')

M('phi', 'ids', '',
  'Utilization Review <ur@kettering-hn.org>', 'Precertification Dept <precert@northgatetpa.com>',
  'Concurrent review - auth IP-2611-2207 day 6',
  body="""Concurrent review, auth IP-2611-2207
Member ID HLV0038816, DOB 02/14/1958
Admit 11/11, CCU -> step-down 11/14. Diuresing, net -6.2L. Cr 1.9 (baseline 1.4).
Echo EF 20%. Cardiology recommending LifeVest prior to discharge, plan d/c
home 11/18 with HH. Requesting 2 additional days.

Brianna Cole RN, UR
Kettering Health Network   p 937-395-8840  f 937-395-8849
""")

M('phi', 'ids', '',
  'Carrie Ann Polk <cpolk@atlasspecialtyre.com>', 'Gary Pham <gpham@northgatetpa.com>',
  'Spec reimbursement request SL-26-HLV-0007 - additional info',
  body="""Gary,

For claimant ID HLV-C0007 (M, DOB 1979-06-02), our clinical reviewer needs the
following before we can reimburse the 10/2 admission:

  - Induction chemotherapy drug invoices (7+3 regimen) with NDCs
  - Bone marrow biopsy pathology, 10/04
  - Any transplant evaluation notes, OSU BMT

Reimbursement requested: $88,910.33 less remaining spec deductible $18,560.00.

Carrie Ann Polk
Specific Claims Analyst, Atlas Specialty Re
""")

M('phi', 'ids', '',
  'Rx Help <rxhelp@northgatetpa.com>', 'Dana Whitfield <dwhitfield@carrowrx.com>',
  'RE: PA renewal',
  body="""Dana - Rx# 6627114 for member W88120445, PA on the Ozempic 1mg expires 12/31.
Prescriber submitted the renewal but A1c attached is from March. PBM wants one
within 90 days. Can Carrow weigh in on whether the plan's criteria allow the
older lab for renewals? Otherwise it pends.

> Dana Whitfield wrote:
> Which member? Send me the Rx number and I'll look.
""")

M('phi', 'ids', '',
  'Patient Accounts <patientaccounts@premierhealth-billing.com>', 'claims@local418fund.org',
  'Misdirected payment - acct 00471992',
  html="""<html><body style="font-family:Tahoma;font-size:10pt">
<p>To Whom It May Concern,</p>
<p>We received your check #0031884 in the amount of $1,022.16 for account <b>00471992</b>
(MRN <b>3308815</b>, DOS 10/21/2026, colonoscopy with polypectomy, fund ID 418-27716).
This account was already paid in full by the primary carrier. Please advise whether you would like
the funds returned or applied as a credit. A refund request form is attached for your convenience.</p>
<p>Sincerely,<br>Patient Accounts Department<br>Premier Health<br>Phone: 937-499-7100</p>
<hr><p style="font-size:7.5pt;color:gray">""" + DISC + """</p>
</body></html>""")

# ============================== PHI: lang ==============================
M('phi', 'lang', 'Aguilar',
  'Marisela Aguilar <marisela.aguilar77@hotmail.com>', 'Member Services <members@northgatetpa.com>',
  'Cirugía de mi esposo - factura',
  charset='iso-8859-1', cte='quoted-printable',
  body="""Buenas tardes,

Mi esposo Ramón Aguilar Soto trabaja en Halvorsen (planta de Dayton). El 2 de
octubre le operaron de la vesícula en el Hospital Miami Valley y ahora nos llegó
una factura de $4,870 del cirujano. En el hospital nos dijeron que el seguro ya
había pagado. No entendemos por qué nos cobran a nosotros.

Su número de miembro es HLV0026618. Yo hablo poco inglés, ¿me pueden llamar en
español? Mi teléfono es 937-781-3306.

Muchas gracias,
Marisela Aguilar
""")

M('phi', 'lang', 'Trần',
  'Nguyen Thi Lan <lan.nguyen.dtn@gmail.com>', 'Member Services <members@northgatetpa.com>',
  'Hỏi về hóa đơn nha khoa của con gái',
  cte='base64',
  body="""Kính gửi phòng dịch vụ thành viên,

Tôi tên là Nguyễn Thị Lan, chồng tôi là Trần Văn Minh làm việc tại Halvorsen.
Con gái tôi, Trần Ngọc Vy (9 tuổi), đã nhổ hai răng và trám ba răng tại phòng
khám Bright Smiles ngày 14/10/2026. Phòng khám nói bảo hiểm chỉ trả 50% và gửi
hóa đơn $612 cho chúng tôi.

Tôi muốn hỏi: trám răng cho trẻ em có được trả 80% không? Mã thành viên của
chồng tôi là HLV0030571.

Cảm ơn rất nhiều.
Nguyễn Thị Lan
""")

M('phi', 'lang', '陈',
  '陈美华 <meihua.chen88@163.com>', 'Member Services <members@northgatetpa.com>',
  '针灸费用报销',
  cte='base64',
  body="""您好，

我是陈美华，我的丈夫周建国在Halvorsen公司工作，我是他的配偶，在他的保险上。
今年九月到十月我因为腰痛在Dayton的王医生诊所做了八次针灸，每次$95，
一共$760，都是自己付的钱。请问保险可以报销吗？需要什么表格？

会员号：HLV0021904-01
出生日期：1975年3月8日

谢谢！
陈美华
""")

M('phi', 'lang', 'Joseph',
  'Nadège Joseph <nadegejoseph509@gmail.com>', 'benefits@halvorsenmfg.com',
  'Kesyon sou asirans pou gwosès mwen',
  charset='utf-8',
  body="""Bonjou,

Mwen se Nadège Joseph, mwen travay nan liy asanblaj la (2yèm chif). Mwen ansent
4 mwa. Doktè a nan Five Rivers Health Center di mwen bezwen fè yon ultrason
espesyal ak yon tès sik nan san semèn pwochèn. Eske asirans la peye pou sa?
Yo mande m $350 davans.

Tanpri reponn mwen, oswa rele m nan 937-815-4402 apre 3è.

Mèsi anpil,
Nadège
""")

M('phi', 'lang', 'Ferreira',
  'Lucia Ferreira <luciaferreira.oh@gmail.com>', 'Member Services <members@northgatetpa.com>',
  'Medicamento Enbrel - farmácia especializada',
  charset='windows-1252', cte='quoted-printable',
  body="""Bom dia,

O meu nome é Lúcia Ferreira, sou funcionária da Halvorsen há 6 anos. Tomo Enbrel
50 mg uma vez por semana para a artrite reumatoide. Recebi uma carta a dizer que
a partir de janeiro tenho de mudar para outra farmácia especializada e que pode
ser preciso uma nova autorização prévia.

A minha reumatologista, Dra. Kapoor, está de férias até dia 20. Se a autorização
não estiver pronta, fico sem o medicamento? Não posso ficar sem ele, as dores
voltam em poucos dias.

Obrigada,
Lúcia Ferreira
ID HLV0019027
""")

M('phi', 'lang', 'Соколов',
  'Ирина Соколова <irina.sokolova.oh@mail.ru>', 'Member Services <members@northgatetpa.com>',
  'Счёт за стентирование мужа',
  cte='base64',
  body="""Здравствуйте,

Моему мужу, Сергею Соколову (номер участника HLV0034126), 28 сентября в больнице
Kettering поставили два стента в сердце после инфаркта. Сейчас нам пришёл счёт
от кардиолога на $3 240 и отдельно от больницы ещё $1 900.

Мы не понимаем, это наша доля или страховка ещё не обработала? Муж пока на
больничном и не может сам звонить. Пожалуйста, ответьте по электронной почте.

С уважением,
Ирина Соколова
""")

M('phi', 'lang', 'Wiśniewski',
  'Tadeusz Wiśniewski <t.wisniewski1961@wp.pl>', 'claims@local418fund.org',
  'Zwrot za aparaty słuchowe i pobyt w szpitalu',
  charset='iso-8859-2', cte='quoted-printable',
  body="""Dzień dobry,

Nazywam się Tadeusz Wiśniewski, jestem emerytowanym członkiem Local 418
(numer 418-19240). W sierpniu byłem w szpitalu w Polsce (Kraków, Szpital
Uniwersytecki) przez 5 dni z powodu zapalenia płuc, zapłaciłem 11 400 zł.
Czy fundusz zwraca koszty leczenia za granicą? Mam rachunek i wypis ze szpitala
po polsku.

Pozdrawiam,
Tadeusz Wiśniewski
tel. 412-466-0918
""")

M('phi', 'lang', 'Villanueva',
  'Rowena Villanueva <rowenavillanueva@yahoo.com>', 'Lauren Becker <lbecker@halvorsenmfg.com>',
  'mammogram claim po',
  body="""Hi Ms. Lauren, good morning po!

Sorry to bother you ulit. Yung claim ko for my mammogram sa Premier Women's Center
last Oct 12 - denied daw kasi "diagnostic" instead of "screening." Pero yung doctor
ko lang naman ang nag-order kasi may nakapa siyang bukol, tapos nag-ultrasound din
ako same day. Ngayon I owe $780 daw. Hindi ba dapat covered yun? Ano po ang
gagawin ko, mag-appeal ba?

Salamat po talaga,
Rowena Villanueva
Packaging, 1st shift
""")
M('phi', 'self', 'Sandoval',
  'Lauren Becker <lbecker@halvorsenmfg.com>', 'Account Services <acctservices@northgatetpa.com>',
  'FW: from Reuben Sandoval\'s wife - see attached',
  body="""Forwarding as an attachment since she asked me to send it to "the insurance."
She has his signed authorization on file with us. Can someone reach out to her
directly? -Lauren
""",
  atts=[R(frm='Marisol Sandoval <msandoval.home@gmail.com>', to='Lauren Becker <lbecker@halvorsenmfg.com>',
          subj='Reuben - OSU transplant', date='Mon, 09 Nov 2026 21:14:50 -0500',
          body="""Lauren,

Thank you for the card from everyone at the plant, Reuben cried when he read it.

The doctors at the James want to do the stem cell transplant in early January if
his sister is a match (testing her next week). The transplant coordinator says
they need an approval from the insurance and that we would have to stay near the
hospital in Columbus for about 100 days after. Is there any help for lodging?
And his short term disability runs out in December, does he lose his insurance
when that happens??

I'm sorry to keep sending you these. I don't know who else to ask.

Marisol
""")])

# ============================== CLEAN: staff ==============================
M('clean', 'staff', '',
  'Angela Truitt <atruitt@northgatetpa.com>', 'Claims Team <claims-team@northgatetpa.com>',
  'Pend queue + Saturday OT',
  body="""Team,

We closed the week at 4,912 pended claims, up from 3,650 two weeks ago. Most of
the growth is the Halvorsen COB questionnaires and the Local 418 retro eligibility
file. Turnaround on clean claims is still 6.1 days so we're within the 10-day
guarantee, but barely on the union group.

Saturday OT is approved 8-12 for anyone who wants it. Please sign up on the
sheet by Thursday. Focus will be the "COB - awaiting response" bucket older than
30 days: if the questionnaire is past 45 days with no response, process per plan
rules (deny pending info) -- do NOT keep re-sending.

Bagels on me.
Angela
Claims Supervisor
""")

M('clean', 'staff', '',
  'Renee Castellanos <rcastellanos@meridiancm.com>', 'LCM Nurses <lcm-nurses@meridiancm.com>',
  'New hire shadowing schedule',
  body="""Hi all,

Priscilla Obi starts Monday as our newest case manager (she's coming from 9 years
in inpatient cardiac step-down at Miami Valley, so she's going to be great on our
CHF folks). Shadow schedule:

  Mon  - orientation w/ HR, laptop + Epic read-only access, HIPAA module
  Tue  - with me, intake calls and triage
  Wed  - with Sam, transplant and oncology caseload
  Thu  - with Dee, NICU/peds
  Fri  - stop-loss reporting with Gary at Northgate (virtual)

Please don't let her listen in on calls until her confidentiality attestation is
signed. Lunch Tuesday is on the company, I'll order from the Thai place.

Renee
""")

M('clean', 'staff', '',
  'Kim Sorensen <ksorensen@northgatetpa.com>', 'Appeals Unit <appeals@northgatetpa.com>',
  'Reminder: panel packets due Wednesday noon',
  html="""<html><body style="font-family:Calibri;font-size:11pt">
<p>Hi everyone,</p>
<p>Reminder that packets for Thursday's second-level panel need to be in the shared folder by
<b>Wednesday at noon</b> so Dr. Feld has time to review. We have 14 files this week.</p>
<ul>
<li>Use the <b>new</b> decision letter template (v2026.3) &ndash; the old one still has the wrong external review address.</li>
<li>If the case is urgent/expedited, flag it in the tracker and walk it over to me; don't wait for Thursday.</li>
<li>Interpreter requests: we need 48 hours notice for the Spanish and Vietnamese lines.</li>
</ul>
<p>Thanks!<br>Kim</p>
</body></html>""")

M('clean', 'staff', '',
  'Sheila Marsh <smarsh@halvorsenmfg.com>', 'HR Team <hr-team@halvorsenmfg.com>',
  'OE wrap-up potluck Friday!',
  body="""Open enrollment is officially closed!! 1,284 of 1,310 employees made an active
election (98%!) which is the best we've ever done. Huge thanks to Lauren for the
Spanish and Creole sessions on 2nd shift.

Potluck Friday at 11:30 in the training room. I'm bringing my chili. Sign-up
sheet is on the fridge -- we need more desserts and someone to bring plates.

Sheila
""")

M('clean', 'staff', '',
  'Gary Pham <gpham@northgatetpa.com>', 'Angela Truitt <atruitt@northgatetpa.com>',
  'who has the Atlas report this month?',
  body="""Angela - I'm out the 8th-12th (my brother's wedding). Atlas needs the monthly
large claimant report by the 10th. Can Jill run it? The query is saved under
StopLoss > Monthly > LC_over_50pct. Just export, check the paid totals against
the check register, and upload to their portal. Don't email it.

Also the laser renewal letter for 2027 came in, I put it on your desk.

Thanks
Gary
""")

M('clean', 'staff', '',
  'Dana Whitfield <dwhitfield@carrowrx.com>', 'Oren Katz <okatz@carrowrx.com>',
  'rebate guarantee language - Halvorsen RFP',
  body="""Oren,

Before we send the RFP, can we tighten the rebate definition? Last year two of
the bidders guaranteed "rebates" but excluded admin fees and price protection
from the definition, which made their guarantees look $4 PMPM better than they
were. I'd like:

 - "Rebates" = all manufacturer revenue, however named, tied to plan utilization
 - Guarantees per brand script, by channel (retail 30 / retail 90 / mail / specialty)
 - 100% pass-through, quarterly reconciliation, audit right with 30 days notice

Also want a line about biosimilar preference not being overridden by rebate-driven
formulary placement. Free Thursday at 2?

D
""")

M('clean', 'staff', '',
  'Deb Yablonski <claims@local418fund.org>', 'Fund Office <office@local418fund.org>',
  'phones Friday',
  body="""Phones will roll to the answering service at 1pm Friday for the staff meeting.
If a member calls about an urgent precert, give them the Northgate 24hr line
(800-771-4030) and take a message for me. -Deb
""")

# ============================== CLEAN: admin ==============================
M('clean', 'admin', '',
  'Mark Penhallow <mark@penhallowbenefits.com>', 'Lauren Becker <lbecker@halvorsenmfg.com>',
  '2027 renewal - Halvorsen self-funded plan',
  cc='Sheila Marsh <smarsh@halvorsenmfg.com>',
  body="""Lauren, Sheila - renewal summary below. Full exhibit attached.""",
  html="""<html><head><style>
table{border-collapse:collapse;font-family:Arial;font-size:9.5pt}
td,th{border:1px solid #bfbfbf;padding:4px 10px;text-align:right}
th{background:#1f4e79;color:#fff} td.l{text-align:left}
</style></head><body style="font-family:Arial;font-size:10pt">
<p>Lauren, Sheila &ndash;</p>
<p>Here is the 2027 renewal picture. Trend came in at 8.5% medical / 11% Rx, and the stop-loss
market is hard this year because of the two large claimants. Atlas is renewing the spec at +24% and
has <b>not</b> proposed any lasers, which is a win.</p>
<table>
<tr><th class="l">Component</th><th>2026 PEPM</th><th>2027 PEPM</th><th>Change</th></tr>
<tr><td class="l">TPA admin fee (Northgate)</td><td>$38.50</td><td>$39.65</td><td>3.0%</td></tr>
<tr><td class="l">Specific stop-loss ($150k)</td><td>$112.40</td><td>$139.38</td><td>24.0%</td></tr>
<tr><td class="l">Aggregate stop-loss (125%)</td><td>$6.10</td><td>$6.71</td><td>10.0%</td></tr>
<tr><td class="l">Expected claims</td><td>$1,046.00</td><td>$1,141.20</td><td>9.1%</td></tr>
<tr><td class="l"><b>Total budget</b></td><td><b>$1,203.00</b></td><td><b>$1,326.94</b></td><td><b>10.3%</b></td></tr>
</table>
<p>Options to get back to single digits: raise the spec to $175k (saves ~$22 PEPM), move to a
narrow specialty pharmacy, or adopt the biosimilar strategy Dana proposed.</p>
<p>Let&#39;s meet Tuesday.</p>
<p>Mark Penhallow<br>Principal, Penhallow Benefits Group<br>614-883-2201</p>
</body></html>""",
  atts=[A('Halvorsen_2027_Renewal_Exhibit.csv', """component,2026_pepm,2027_pepm,change_pct
TPA admin,38.50,39.65,3.0
Specific SL 150k,112.40,139.38,24.0
Aggregate SL 125pct,6.10,6.71,10.0
Expected claims,1046.00,1141.20,9.1
Total,1203.00,1326.94,10.3
""", 'text/csv')])

M('clean', 'admin', '',
  'Halvorsen Benefits <benefits@halvorsenmfg.com>', 'All Employees <allemployees@halvorsenmfg.com>',
  'Open Enrollment starts Nov 2 - what\'s changing for 2027',
  html="""<html><body style="font-family:Verdana;font-size:10pt;color:#222">
<h2 style="color:#0b5394">Open Enrollment: November 2 &ndash; 16</h2>
<p>This is your once-a-year chance to change your medical, dental, vision and FSA elections for 2027.</p>
<h3>What&#39;s changing</h3>
<ul>
<li>Employee contributions increase about $6 per paycheck for employee-only coverage.</li>
<li>The deductible for the PPO stays at $1,000 / $2,000.</li>
<li>New: virtual physical therapy through Hinge Health at no cost.</li>
<li>Weight-loss medications (GLP-1s) will require enrollment in a lifestyle program.</li>
<li>Wellness incentive: complete your biometric screening by <b>January 31</b> to avoid the $40/month surcharge.</li>
</ul>
<p>Spanish, Haitian Creole and Vietnamese sessions are on the HR calendar. Questions? Stop by HR or call x4112.</p>
<p style="font-size:8pt">This is a summary only. The Summary Plan Description governs.</p>
</body></html>""")

M('clean', 'admin', '',
  'Account Services <acctservices@northgatetpa.com>', 'Lauren Becker <lbecker@halvorsenmfg.com>',
  'October aggregate claims report - Halvorsen',
  body="""Lauren,

Attached is the October aggregate report. Highlights:

  Enrolled employees:           1,306   (members 3,118)
  Paid medical:             $1,187,402
  Paid Rx (net of rebates):   $391,880
  PEPM paid (medical + Rx):     $1,209
  YTD vs agg attachment pt:       71.4%
  Claimants > $100k YTD:             5   (2 over spec deductible)
  ER visits / 1,000:                 212
  Generic dispensing rate:         88.9%

Per our HIPAA firewall, individual claimant detail goes only to the privacy
officer; this report is de-identified.

Account Services
""",
  atts=[A('HLV_Agg_Oct2026.csv', """month,employees,members,paid_med,paid_rx,pepm,ytd_pct_agg
2026-07,1298,3101,1022118,371004,1073,17.1
2026-08,1301,3109,1340556,380991,1323,35.4
2026-09,1304,3112,1109870,388412,1149,53.2
2026-10,1306,3118,1187402,391880,1209,71.4
""", 'text/csv')])

M('clean', 'admin', '',
  'Procurement <rfp@local418fund.org>', 'Vendors <rfp-list@local418fund.org>',
  'RFP: Pharmacy Benefit Manager Services - Local 418 Health & Welfare Fund',
  body="""The Board of Trustees of the Ironworkers & Millwrights Local 418 Health and Welfare
Fund invites proposals for pharmacy benefit management services effective
July 1, 2027. Carrow Rx Advisors is managing the process on behalf of the Fund.

Key dates:
  Intent to bid due ........ December 4, 2026
  Questions due ............ December 11, 2026
  Proposals due ............ January 15, 2027
  Finalist presentations ... week of February 8, 2027

Census and 24 months of de-identified claims data will be released under NDA
after intent to bid is received. The questionnaire is attached.
""",
  atts=[A('L418_PBM_RFP_Questionnaire.txt', """SECTION 3 - PRICING
3.1 Provide AWP discount guarantees by channel (retail 30, retail 90, mail, specialty).
3.2 Provide dispensing fee guarantees by channel.
3.3 Provide minimum rebate guarantees per brand claim, by channel.
3.4 Confirm 100% pass-through of all manufacturer revenue.
3.5 Describe your approach to biosimilar adoption for adalimumab and ustekinumab.
SECTION 4 - CLINICAL
4.1 Describe your prior authorization criteria for GLP-1 agonists.
4.2 Describe specialty pharmacy network options and restrictions.
SECTION 5 - AUDIT
5.1 Confirm the Fund's right to an annual claims audit by an auditor of its choice.
""")])

M('clean', 'admin', '',
  'Billing <billing@northgatetpa.com>', 'Accounts Payable <ap@halvorsenmfg.com>',
  'Invoice NBA-HLV-2611 - November admin fees',
  charset='windows-1252', cte='quoted-printable',
  body="""Please find below the administrative fee invoice for November 2026.

Invoice #: NBA-HLV-2611          Due: 12/01/2026
Group: Halvorsen Manufacturing Employee Health Plan

  TPA admin fee      1,306 EE × $38.50      $50,281.00
  PPO network access 1,306 EE × $4.25        $5,550.50
  COBRA admin        flat                      $350.00
  Spec stop-loss     pass-through        $146,794.40
  Agg stop-loss      pass-through          $7,966.60
  —————————————————————————————————————————
  TOTAL DUE                              $210,942.50

Remit by ACH to the account on file. Claims funding requests are invoiced
separately each Wednesday.
""")

M('clean', 'admin', '',
  'Fund Office <office@local418fund.org>', 'Trustees <trustees@local418fund.org>',
  'Summary of Material Modifications - draft for approval',
  body="""Trustees,

Attached is the draft SMM from fund counsel reflecting the changes you approved
at the September meeting. Please send comments by November 25 so we can mail to
participants before January 1.

Changes effective 1/1/2027:
  1. Hearing aid allowance increased from $1,500 to $2,000 per 36 months.
  2. Retiree Medicare supplement: new Part D coordination language.
  3. Dialysis: services paid at 125% of Medicare for out-of-network providers.
  4. Mental health parity: removal of visit limits on outpatient therapy.

Frank DiNardo
""",
  atts=[A('SMM_2027_DRAFT.txt', """IRONWORKERS & MILLWRIGHTS LOCAL 418 HEALTH AND WELFARE FUND
SUMMARY OF MATERIAL MODIFICATIONS - DRAFT 11/10/2026

This notice describes changes to the Plan effective January 1, 2027. Keep it with
your Summary Plan Description (SPD).

HEARING AIDS. The maximum benefit for hearing aids is increased to $2,000 every
36 months for each covered person.

OUTPATIENT MENTAL HEALTH. The 30-visit annual limit on outpatient therapy is
removed to comply with the Mental Health Parity and Addiction Equity Act.
""")])

M('clean', 'admin', '',
  'COBRA Administration <cobra@northgatetpa.com>', 'Lauren Becker <lbecker@halvorsenmfg.com>',
  '2027 COBRA premium rates - please confirm',
  body="""Lauren, using the 2027 budget rates Mark provided, COBRA premiums (102%) would be:

  Tier                 Monthly budget   COBRA (102%)
  Employee only          $   612.40      $   624.65
  Employee + spouse      $ 1,286.04      $ 1,311.76
  Employee + child(ren)  $ 1,102.32      $ 1,124.37
  Family                 $ 1,837.20      $ 1,873.94

Please confirm by 11/20 so the rate notices go out to current qualified
beneficiaries 30 days ahead. Disability extension (150%) rates on request.

Brenda
""")

# ============================== CLEAN: lookalike ==============================
M('clean', 'lookalike', '',
  'Buckeye Mutual Auto Claims <claims@buckeyemutual.com>', 'Tamika Rowe <tamika.rowe83@gmail.com>',
  'Claim 7-44120-AU: adjuster appointment confirmed',
  html="""<html><body style="font-family:Arial;font-size:10pt">
<p>Dear Tamika Rowe,</p>
<p>Your claim <b>7-44120-AU</b> for the loss on 11/02/2026 has been assigned to field adjuster
Curtis Lang. Your inspection appointment is confirmed:</p>
<table style="font-size:10pt"><tr><td>Date:</td><td>Thursday, November 12, 10:00&ndash;12:00</td></tr>
<tr><td>Location:</td><td>Insured residence</td></tr>
<tr><td>Vehicle:</td><td>2021 Honda CR-V, rear bumper and liftgate damage</td></tr>
<tr><td>Deductible:</td><td>$500</td></tr></table>
<p>If you had injuries, medical payments coverage is handled separately &mdash; you indicated no injuries at first notice of loss.</p>
<p>Buckeye Mutual Insurance &middot; Policy PA-0091-4471-22</p>
</body></html>""")

M('clean', 'lookalike', '',
  'Oakwood Animal Hospital <reminders@oakwoodanimalhosp.com>', 'Gary Pham <garypham.home@gmail.com>',
  "Biscuit's dental cleaning is due",
  body="""Hi Gary,

Our records show Biscuit (canine, Beagle, 7 yrs) is due for a dental cleaning and
annual bloodwork. Pre-anesthetic labs are required for patients over 6. Please call
937-293-1150 or book online. Reminder: fast Biscuit after 10pm the night before.

Current on: rabies (exp 03/2028), DHPP, Bordetella.
Due: Lyme vaccine, heartworm test.

Oakwood Animal Hospital
""")

M('clean', 'lookalike', '',
  'ProtectPlus Device Claims <noreply@protectplusclaims.com>', 'lauren.becker.oh@gmail.com',
  'Your claim has been denied - Member ID PP-88102-4471',
  body="""Hello Lauren,

We reviewed claim #DC-2611-00883 for your Galaxy S25 (accidental damage - cracked
screen) submitted 11/06/2026.

Decision: DENIED. Reason: device shows liquid damage indicators, which is excluded
under section 4(b) of your protection plan. You may appeal within 30 days by
replying to this message with photos of the device.

Your plan remains active. Deductible for future claims: $99.

ProtectPlus Member Services
""")

M('clean', 'lookalike', '',
  'The Westbrook Hotel Spa <spa@westbrookhotel.com>', 'Sheila Marsh <sheilamarsh@outlook.com>',
  'Your treatment is booked: Deep Tissue Massage 60 min',
  body="""Dear Sheila,

Thank you for booking with The Spa at Westbrook. We look forward to seeing you.

Treatment:   Deep Tissue Massage, 60 min with Anya
Date:        Saturday, December 12, 2:00 PM
Rewards #:   WB-GOLD-0049182 (you'll earn 340 points)
Price:       $165 + gratuity

Please arrive 15 minutes early to complete your wellness questionnaire and enjoy
the steam room. Cancellations within 24 hours are charged in full.
""")

M('clean', 'lookalike', '',
  'FlexFit Gyms <hello@flexfitgyms.com>', 'Doug Kerrigan <dkerrigan@halvorsenmfg.com>',
  'Your membership freeze is approved',
  body="""Hi Doug,

Your FlexFit membership (#FF-3320917) is frozen from Dec 1 through Feb 28. You won't
be charged the $29.99 monthly dues during the freeze. Your personal training
package (4 sessions remaining) will be waiting for you when you return.

Your step challenge team, "Paint Line Pacers," finished 3rd out of 41! Nice work.

FlexFit Gyms - Dayton South
""")

M('clean', 'lookalike', '',
  'Miami Valley Credit Union <alerts@mvcu.org>', 'Jill Strand <jill.strand@yahoo.com>',
  'Health Savings Account: 2027 contribution limits and rate change',
  body="""Dear Member,

Effective January 1, 2027, the IRS contribution limits for Health Savings Accounts
are $4,550 (self-only) and $9,050 (family), plus a $1,000 catch-up contribution if
you are 55 or older. The dividend rate on HSA balances over $2,500 will increase
to 1.15% APY.

Log in to online banking to adjust your payroll contribution with your employer.

Miami Valley Credit Union | Federally insured by NCUA
""")
# ============================== CLEAN: news ==============================
M('clean', 'news', '',
  'Penhallow Benefits Group <newsletter@penhallowbenefits.com>', 'Lauren Becker <lbecker@halvorsenmfg.com>',
  'Benefits Brief | November: GLP-1 costs, stop-loss hardening, PBM reform',
  body="""Benefits Brief - November 2026 (text version)

GLP-1s: now 14% of Rx spend for our self-funded clients.
Across our book of 62 self-funded employers, GLP-1 agonists went from 6% to 14% of
pharmacy spend in two years. Employers covering them for weight loss saw Rx PEPM
rise $38 on average. Three strategies we see working: lifestyle-program gating,
BMI thresholds above label, and carving the benefit out to a specialty vendor.

Stop-loss: expect +15-25% on spec renewals.
Carriers cite cell and gene therapies and rising NICU costs. Lasers are back.

PBM reform: what passed and what didn't.
The new transparency reporting rules take effect for plan years starting 2027.

Penhallow Benefits Group | Unsubscribe
""",
  html="""<html><body style="margin:0;background:#f2f2f2">
<table width="600" align="center" style="background:#fff;font-family:Georgia,serif">
<tr><td style="background:#1f4e79;color:#fff;padding:14px;font-size:20px">Benefits Brief &middot; November 2026</td></tr>
<tr><td style="padding:14px"><h3>GLP-1s: now 14% of Rx spend for our self-funded clients</h3>
<p>Across our book of 62 self-funded employers, GLP-1 agonists went from 6% to 14% of pharmacy spend in two
years. Employers covering them for weight loss saw Rx PEPM rise $38 on average. Three strategies we see
working: lifestyle-program gating, BMI thresholds above label, and carving the benefit out to a specialty vendor.</p>
<h3>Stop-loss: expect +15&ndash;25% on spec renewals</h3><p>Carriers cite cell and gene therapies and rising NICU costs. Lasers are back.</p>
<h3>PBM reform: what passed and what didn&#39;t</h3><p>The new transparency reporting rules take effect for plan years starting 2027.</p>
</td></tr><tr><td style="font-size:9px;color:#888;padding:10px">Penhallow Benefits Group &middot; 200 W Nationwide Blvd, Columbus OH &middot; <a href="#">Unsubscribe</a></td></tr>
</table></body></html>""")

M('clean', 'news', '',
  'StrideWell Health <news@stridewellhealth.com>', 'All Employees <allemployees@halvorsenmfg.com>',
  'Winter Step Challenge + flu shot clinics',
  html="""<html><body style="font-family:Helvetica,Arial;font-size:11pt">
<h2 style="color:#e06c00">The Winter Step Challenge is back! &#x1F45F;</h2>
<p>Form a team of 4&ndash;6 coworkers and log steps from <b>Dec 1 to Jan 15</b>. Top three teams win
a catered lunch, and every participant who averages 7,000 steps a day earns 50 wellness points toward the
premium incentive.</p>
<h3>Flu shot clinics (no cost, no appointment)</h3>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Dayton plant</td><td>Nov 17, 6am&ndash;2pm and 3pm&ndash;8pm</td></tr>
<tr><td>Springfield DC</td><td>Nov 18, 7am&ndash;3pm</td></tr>
<tr><td>Corporate office</td><td>Nov 19, 9am&ndash;1pm</td></tr></table>
<p>Bring your medical ID card. Your individual results are never shared with Halvorsen.</p>
</body></html>""")

M('clean', 'news', '',
  'Mark Penhallow <mark@penhallowbenefits.com>', 'Sheila Marsh <smarsh@halvorsenmfg.com>',
  'FW: CMS/DOL transparency rule - worth a skim',
  body="""Sheila - worth 5 minutes. Short version: the TPA does the heavy lifting but the
plan sponsor is still the one on the hook. I'll add it to the Tuesday agenda.

---------- Forwarded message ---------
From: Employee Benefits Daily <digest@ebdaily.com>
Subject: Agencies finalize expanded price transparency rule for group health plans

WASHINGTON - The Departments of Labor, Health and Human Services and the Treasury
on Thursday finalized changes to the Transparency in Coverage rule, requiring
group health plans and issuers to publish prescription drug machine-readable files
and to update in-network rate files monthly with standardized formats.

Self-funded plans may rely on a written agreement with a TPA to satisfy the
requirements, but the plan remains liable for compliance. Industry groups said
the 18-month implementation window was "tight but workable."
""")

M('clean', 'news', '',
  'Carrow Rx Advisors <insights@carrowrx.com>', 'Deb Yablonski <claims@local418fund.org>',
  'Q4 Pharmacy Market Update',
  body="""Carrow Rx Advisors - Quarterly Pharmacy Market Update, Q4 2026

1. Biosimilars. Adalimumab biosimilars now hold 41% share among our clients'
   members, up from 12% a year ago. Ustekinumab biosimilars launched at 80-90%
   discounts to list.
2. GLP-1s. Manufacturer direct-to-employer programs are emerging; we recommend
   caution until net pricing is verified against your PBM's rebate guarantees.
3. Pipeline. Two new gene therapies for sickle cell disease are expected to reach
   list prices of $2-3M; confirm stop-loss coverage and any carve-out language.
4. Generics. Notable Q4 generic launches include a long-acting asthma inhaler.

Questions? Contact your Carrow consultant.
""")

M('clean', 'news', '',
  'Local 418 Health & Welfare Fund <office@local418fund.org>', 'members-list@local418fund.org',
  'Fund News - Winter 2026',
  charset='iso-8859-1',
  body="""LOCAL 418 HEALTH & WELFARE FUND NEWS - WINTER 2026

KNOW YOUR BENEFITS: COLON CANCER SCREENING NOW STARTS AT 45
The fund covers a screening colonoscopy at 100% in network starting at age 45.
Home stool tests are also covered. Talk to your doctor about which is right for you.

HEARING AIDS: BIGGER ALLOWANCE IN 2027
Starting January 1 the allowance rises to $2,000 every 36 months.

RETIREE CORNER
Medicare open enrollment ends December 7. The fund's retiree plan works with
Medicare Parts A and B - you must stay enrolled in Part B.

In memoriam: the fund office extends condolences to the families of brothers
and sisters we lost this year. Holiday hours: closed Dec 24-25 and Jan 1.

Fund Office - Bienvenidos: información en español disponible en la oficina.
""")

M('clean', 'news', '',
  'Atlas Specialty Re <marketing@atlasspecialtyre.com>', 'Gary Pham <gpham@northgatetpa.com>',
  'Atlas Insights: the $3M claimant is no longer rare',
  body="""ATLAS INSIGHTS | Stop-Loss Market Report, Fall 2026

Claims over $1 million rose 29% across our block between 2023 and 2025. One
illustrative case: an infant in the Midwest born with spinal muscular atrophy
received a one-time gene therapy at a billed charge of $2.4M, followed by
$300k in NICU and follow-up costs within the same policy year. Without a
carve-out or lasered limit, the employer's spec policy absorbed the full amount
above its deductible.

What plan sponsors can do:
  - Review cell and gene therapy carve-out options at renewal.
  - Confirm run-in/run-out contract terms (e.g., 12/15 vs 24/12).
  - Engage large-case management at first notice, not at the deductible.

Atlas Specialty Re is a marketing name of Atlas Specialty Reinsurance Co.
""")

# ============================== CLEAN: training ==============================
M('clean', 'training', '',
  'Angela Truitt <atruitt@northgatetpa.com>', 'New Examiners <new-examiners@northgatetpa.com>',
  'Week 2 exercise - COB calculation',
  body="""Welcome to week 2! Work this one before Thursday's session. It is a made-up
claim on the TRAINING region (TRN), not production.

  Patient:        Jane Q. Sample            DOB 01/01/1980
  Member ID:      TRN0000001-01
  Primary plan:   Spouse's plan (paid $640 of $1,000 allowed)
  Our plan:       Secondary, standard COB, $500 deductible met
  Billed:         $1,400   Allowed (ours): $1,000
  Service:        99214 + 20610 (joint injection), DOS 03/15/2026

Questions:
  1. What does our plan pay under standard COB?
  2. What if our plan used non-duplication (carve-out) COB?
  3. What's the member's responsibility in each case?

Answer key will be posted after class. -Angela
""")

M('clean', 'training', '',
  'EDI Support <edi@northgatetpa.com>', 'Trading Partners <edi-partners@northgatetpa.com>',
  'Companion guide update + test file for 837P certification',
  body="""Partners,

Version 4.2 of our 837P companion guide is posted. To certify for production,
submit the attached test claim to our TEST ISA (ISA15 = T). Test members are
fictitious and exist only in the UAT environment.
""",
  atts=[A('TEST_837P_sample.x12', """ISA*00*          *00*          *ZZ*SUBMITTERID    *ZZ*NORTHGATETPA   *261101*1200*^*00501*000000001*0*T*:~
GS*HC*SUBMITTERID*NORTHGATETPA*20261101*1200*1*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*TEST0001*20261101*1200*CH~
NM1*85*2*TEST PROVIDER GROUP*****XX*1234567893~
HL*2*1*22*0~
SBR*P*18*TESTGRP******CI~
NM1*IL*1*ZZTEST*PATIENT*A***MI*TST000000001~
DMG*D8*19000101*U~
CLM*TESTCLM001*100***11:B:1*Y*A*Y*Y~
HI*ABK:Z00.00~
LX*1~
SV1*HC:99213*100*UN*1***1~
DTP*472*D8*20261101~
SE*13*0001~
GE*1*1~
IEA*1*000000001~
""", 'application/octet-stream')])

M('clean', 'training', '',
  'Privacy Office <privacy@northgatetpa.com>', 'All Staff <allstaff@northgatetpa.com>',
  'Annual HIPAA refresher due Nov 30 + what not to do',
  html="""<html><body style="font-family:Calibri;font-size:11pt">
<p>All staff,</p>
<p>The annual HIPAA privacy and security refresher is due <b>November 30</b>. It takes about 40 minutes in the LMS.</p>
<p>This year we saw three kinds of incidents, all by e-mail. None involved bad intent:</p>
<ol>
<li><b>Wrong recipient.</b> Autocomplete picked a broker with a similar name. Double-check the To line.</li>
<li><b>Employer over-sharing.</b> Plan sponsor HR received claim details they weren&#39;t entitled to.
Only the plan&#39;s privacy-designated staff may receive PHI, and only the minimum necessary.</li>
<li><b>Unencrypted attachments.</b> Use [secure] in the subject line to trigger encryption. Zipping a file is <i>not</i> encryption.</li>
</ol>
<p>Questions: privacy@northgatetpa.com or x2290.</p>
<p>Yolanda Pierce, Privacy Officer</p></body></html>""")

M('clean', 'training', '',
  'Kim Sorensen <ksorensen@northgatetpa.com>', 'Appeals Unit <appeals@northgatetpa.com>',
  'Case study for Thursday lunch & learn (de-identified)',
  body="""For Thursday. This is based on a real file but de-identified; please don't try
to match it to anyone.

CASE STUDY: "Member A"
Member A, a woman in her 40s, had an MRI of the knee denied as not medically
necessary because she had not completed 6 weeks of conservative therapy. On appeal,
her physician documented 4 weeks of PT and a locked knee on exam.

Discussion:
 1. Does a mechanical symptom satisfy the exception in our imaging criteria?
 2. Was the original denial letter specific enough under 29 CFR 2560.503-1?
 3. Should this have gone to a peer-to-peer before the appeal?

Kim
""")

M('clean', 'training', '',
  'Member Portal Team <portal@northgatetpa.com>', 'Member Services <members@northgatetpa.com>',
  'Updated portal walkthrough for phone reps',
  body="""Here's the updated script for walking members through the new portal. Screens
use our demo account, so it's fine to share on your screen during training.

Step 1  Log in as demo user "john.sample@example.com" (password in the trainer
        binder). You'll see the dashboard for John Sample, ID DEMO0000100.
Step 2  Claims tab > filter "last 90 days". The demo account shows three fake
        claims: an office visit, a lab panel and an urgent care visit.
Step 3  Click any claim > "View EOB" (PDF opens in a new tab).
Step 4  ID Card tab > "Request new card" or "Download".
Step 5  Accumulators tab shows deductible and OOP progress.

Remind members that dependents 18+ need their own login.
""")

M('clean', 'training', '',
  'Brenda Nolte <cobra@northgatetpa.com>', 'HR Team <hr-team@halvorsenmfg.com>',
  'COBRA basics quiz - answers',
  body="""Thanks for taking the quiz at the HR lunch session. Answers:

1. How long does an employee have to elect COBRA? -> 60 days from the later of
   loss of coverage or the election notice.
2. How long to make the first premium payment? -> 45 days after electing.
3. Max continuation for termination of employment? -> 18 months.
4. Which event can extend coverage to 29 months? -> SSA disability determination.
5. Can a dependent child who ages out elect alone? -> Yes, 36 months.
6. Who must notify the plan of a divorce? -> The employee or spouse, within 60 days.

Great job everyone - average score 5.1/6!
""")

M('clean', 'training', '',
  'Integration Vendor <onboarding@careconnectexchange.com>', 'IT Integration <integration@northgatetpa.com>',
  'HL7 ADT test messages for connectivity check',
  body="""Hi Northgate team,

As part of onboarding to the CareConnect notification service, please confirm your
listener accepts the attached test messages. They contain synthetic data only
(test patients on our TST facility).
""",
  atts=[A('ccx_test_adt.hl7', """MSH|^~\\&|CCX|TSTFAC|NGTPA_ADT|NGTPA|20261101090000||ADT^A01^ADT_A01|TST0001|T|2.5.1
EVN|A01|20261101090000
PID|1||TST000001^^^TSTFAC^MR||TEST^PATIENT^ONE||19000101|U
PV1|1|I|TEST^101^A^TSTFAC
MSH|^~\\&|CCX|TSTFAC|NGTPA_ADT|NGTPA|20261101091500||ADT^A03^ADT_A03|TST0002|T|2.5.1
EVN|A03|20261101091500
PID|1||TST000001^^^TSTFAC^MR||TEST^PATIENT^ONE||19000101|U
PV1|1|I|TEST^101^A^TSTFAC
""", 'application/octet-stream')])

# ============================== write ==============================
def main():
    counts = {}
    rows = []
    for i, d in enumerate(MSGS, 1):
        kind = '%s-%s' % (d['label'], d['kind'])
        fname = '%s-%03d.eml' % (kind, i)
        msg = build(d)
        with open(os.path.join(OUT, fname), 'wb') as f:
            f.write(msg.as_bytes())
        rows.append((fname, d['label'], kind, d['patient']))
        counts[(d['label'], d['kind'])] = counts.get((d['label'], d['kind']), 0) + 1
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    for k in sorted(counts):
        print('%s-%s: %d' % (k[0], k[1], counts[k]))
    print('total', len(MSGS))

if __name__ == '__main__':
    main()
