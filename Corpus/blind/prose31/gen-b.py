#!/usr/bin/env python3
"""Blind eval set: hand-written healthcare-adjacent e-mail. Standard library only, deterministic."""
import base64, csv, hashlib, io, os, quopri, zipfile, sys
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.message import MIMEMessage
from email.header import Header
from email.utils import getaddresses, formataddr

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
MSGS = []
# The email package draws the boundaries of nested multiparts at random; a fixed seed makes
# every run write the same bytes (added when the set joined the corpus).
import random
random.seed(3122)


def add(label, kind, patient, frm, to, subject, date, body=None, html=None, atts=(),
        cc=None, charset='utf-8', cte=None, extra=None):
    MSGS.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to, subject=subject,
                     date=date, body=body, html=html, atts=list(atts), cc=cc, charset=charset,
                     cte=cte, extra=extra or {}))


def text_part(text, subtype='plain', charset='utf-8', cte=None):
    p = MIMENonMultipart('text', subtype, charset=charset)
    data = text.encode(charset)
    if cte is None:
        cte = '7bit' if all(b < 128 for b in data) else 'quoted-printable'
    if cte == 'base64':
        p.set_payload(base64.encodebytes(data).decode('ascii'))
    elif cte == 'quoted-printable':
        p.set_payload(quopri.encodestring(data).decode('ascii'))
    else:
        p.set_payload(data.decode('ascii'))
    p['Content-Transfer-Encoding'] = cte
    return p


def hdr(s, charset='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr_hdr(s):
    out = []
    for name, addr in getaddresses([s]):
        out.append(formataddr((name, addr), charset='utf-8') if name else addr)
    return ', '.join(out)


def att_part(a):
    """a = dict(name, ctype, data(str|bytes), charset, cte) or kind='zip' or kind='rfc822'."""
    kind = a.get('kind')
    if kind == 'rfc822':
        inner = build(a['msg'])
        p = MIMEMessage(inner)
        if a.get('name'):
            p.add_header('Content-Disposition', 'attachment', filename=a['name'])
        return p
    if kind == 'zip':
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
            for fn, content in a['files']:
                zi = zipfile.ZipInfo(fn, date_time=(2026, 11, 30, 8, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, content.encode('utf-8') if isinstance(content, str) else content)
        data = buf.getvalue()
        p = MIMEBase('application', 'zip', name=a['name'])
        p.set_payload(base64.encodebytes(data).decode('ascii'))
        p['Content-Transfer-Encoding'] = 'base64'
        p.add_header('Content-Disposition', 'attachment', filename=a['name'])
        return p
    maintype, subtype = a.get('ctype', 'text/plain').split('/')
    if maintype == 'text':
        p = text_part(a['data'], subtype, a.get('charset', 'utf-8'), a.get('cte'))
        p.set_param('name', a['name'])
    else:
        data = a['data'].encode(a.get('charset', 'utf-8')) if isinstance(a['data'], str) else a['data']
        p = MIMEBase(maintype, subtype, name=a['name'])
        p.set_payload(base64.encodebytes(data).decode('ascii'))
        p['Content-Transfer-Encoding'] = 'base64'
    p.add_header('Content-Disposition', 'attachment', filename=a['name'])
    return p


def build(m):
    cs, cte = m.get('charset', 'utf-8'), m.get('cte')
    body, html = m.get('body'), m.get('html')
    if body is not None and html is not None:
        core = MIMEMultipart('alternative')
        core.attach(text_part(body, 'plain', cs, cte))
        core.attach(text_part(html, 'html', cs, cte))
    elif html is not None:
        core = text_part(html, 'html', cs, cte)
    else:
        core = text_part(body or '', 'plain', cs, cte)
    if m.get('atts'):
        root = MIMEMultipart('mixed')
        root.attach(core)
        for a in m['atts']:
            root.attach(att_part(a))
    else:
        root = core
    root['From'] = addr_hdr(m['frm'])
    root['To'] = addr_hdr(m['to'])
    if m.get('cc'):
        root['Cc'] = addr_hdr(m['cc'])
    root['Subject'] = hdr(m['subject'], 'utf-8')
    root['Date'] = m['date']
    seed = (m['frm'] + m['subject'] + m['date']).encode('utf-8')
    dom = m['frm'].split('@')[-1].strip('> ')
    root['Message-ID'] = '<%s@%s>' % (hashlib.sha1(seed).hexdigest()[:20].upper(), dom)
    for k, v in m.get('extra', {}).items():
        root[k] = v
    if 'MIME-Version' not in root:
        root['MIME-Version'] = '1.0'
    return root


# ---------------------------------------------------------------- phi-care
add('phi', 'phi-care', 'Okafor',
    'Occupational Health Scheduling <occhealth@riverbendhealth.org>',
    'Tamara Quinlan <tquinlan@harwoodlogistics.com>',
    'Post-offer testing - Okafor', 'Tue, 01 Dec 2026 15:42:10 -0500',
    body="""Hi Tamara,

Daniel Okafor came in this morning for his post-offer screening. He completed the
DOT physical and the 10-panel urine drug screen (chain of custody #0417733). The
physical portion is done and the examiner signed his medical card, 2-year card.

The drug screen goes to the MRO; you'll get that result through the portal, usually
48-72 hrs. His audiogram was done too since he'll be in the warehouse.

Let me know if you need anything else for his file.

Jen Albrecht
Occupational Health Services | Riverbend Health
Main: (608) 339-4100  Fax: (608) 339-4188
""")

add('phi', 'phi-care', 'Kowalczyk',
    'Renee Dupuis <rdupuis@maplecrestschools.org>',
    'Pediatrics Front Desk <peds.westside@riverbendhealth.org>',
    'RE: immunization record', 'Wed, 02 Dec 2026 08:05:51 -0500',
    body="""Perfect, got it, thank you! I'll update her file.

Renee Dupuis, RN
School Nurse, Maplecrest Middle School
ph 608-774-2210 x314

-----Original Message-----
From: Pediatrics Front Desk <peds.westside@riverbendhealth.org>
Sent: Tuesday, December 1, 2026 4:51 PM
To: Renee Dupuis <rdupuis@maplecrestschools.org>
Subject: RE: immunization record

Hi Renee - mom signed the release at the visit so we're ok to send. Updated
record for Mia Kowalczyk attached, Tdap and MenACWY given here 11/24/26, HPV #2 too.
She's due for flu whenever the family wants.

Carla, Westside Pediatrics

-----Original Message-----
From: Renee Dupuis <rdupuis@maplecrestschools.org>
Sent: Tuesday, December 1, 2026 10:12 AM
To: Pediatrics Front Desk
Subject: immunization record

Good morning, can you send over the updated shot record for Mia Kowalczyk (7th gr)?
Mom says she got her 7th grade shots at your office last week but I still show her
as missing Tdap. Thanks so much.
""")

add('phi', 'phi-care', 'Blankenship',
    '"Stroud & Kellerman LLP" <records@stroudkellerman.com>',
    'Release of Information <roi@riverbendhealth.org>',
    'Records Request - Our Client: Theresa Blankenship', 'Thu, 03 Dec 2026 11:20:00 -0500',
    html="""<html><head><style>
p.MsoNormal{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}
.disc{font-size:8.0pt;color:#7f7f7f;}
</style></head><body lang=EN-US>
<div class=WordSection1>
<p class=MsoNormal>To Whom It May Concern:</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>This firm represents Theresa A. Blankenship in connection with a motor vehicle
collision that occurred on March 14, 2026. Enclosed please find a HIPAA-compliant authorization
executed by our client.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Please provide complete certified copies of the following for dates of service
03/14/2026 through present:</p>
<ul>
<li>Emergency department records, Riverbend Main Campus, 03/14/2026, including triage notes</li>
<li>CT head without contrast and cervical spine imaging (films on CD and reports)</li>
<li>Physical therapy notes, Riverbend Sports &amp; Spine, April&ndash;July 2026</li>
<li>Itemized billing statement (UB-04 / HCFA) for all of the above</li>
</ul>
<p class=MsoNormal>Client DOB: 09/22/1979. Please contact our office prior to incurring copying
charges in excess of $150.00.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Very truly yours,</p>
<p class=MsoNormal><b>Marcus J. Kellerman</b><br>Stroud &amp; Kellerman LLP<br>
1100 W. Washington Ave, Suite 400, Madison, WI 53703<br>T 608.251.7730</p>
<p class="disc">CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the
named recipient and may contain attorney-client privileged information. If you received this in
error, please notify the sender and delete.</p>
</div></body></html>""")

add('phi', 'phi-care', 'Delgado',
    'Brianna Voss RN <bvoss@summitcaretpa.com>',
    'Surgery Scheduling <orscheduling@riverbendhealth.org>',
    'Auth review - Delgado, Rosa  knee scope 12/17', 'Thu, 03 Dec 2026 14:03:37 -0600',
    body="""Hello,

I'm the UR nurse at Summit Care (TPA for Brightline Foods self-funded plan). We
received the request for a right knee arthroscopy w/ partial meniscectomy
(29881) for Rosa Delgado, scheduled with Dr. Hanley 12/17.

Before I can send this to the medical director I need:
 - the MRI report (the request says MRI done 10/2026 at an outside facility)
 - PT notes showing the 6 weeks of conservative therapy
 - last office note

Please fax to 888-402-7716 attn Brianna or reply here (secure). Case ref UR-26-118402.
If not received by 12/10 the case will pend and the surgery date may need to move.

Thanks,
Brianna Voss, RN, CCM
Utilization Review | Summit Care Administrators
""")

add('phi', 'phi-care', 'Voss',
    'Transfer Center <transfer@stanselm-med.org>',
    'Riverbend Transfer Center <transfercenter@riverbendhealth.org>',
    'accepted - Harlan Voss from Lodi Community', 'Fri, 04 Dec 2026 03:52:14 -0600',
    body="""Confirming acceptance per Dr. Mbeki (cards) for Harlan Voss, 68M, from your
Lodi ED. Bed 4W-412, tele. Pls send with:
- repeat trop (the 0400 draw) and both ECGs
- CTA chest images pushed to our PACS
- heparin gtt running rate at time of transfer
ETA per EMS ~0600. Nurse report to 4W at x62410.

Alana
St. Anselm Transfer Center
""")

add('phi', 'phi-care', 'Marchetti',
    'Northgate Pharmacy #212 <rx212@northgaterx.com>',
    'Riverbend Family Medicine Eastside <fm.eastside@riverbendhealth.org>',
    'Refill Authorization Request', 'Fri, 04 Dec 2026 09:30:02 -0600',
    body="""REFILL AUTHORIZATION REQUEST
Northgate Pharmacy #212   NCPDP 5123388
2450 E Johnson St   Madison WI   Ph 608-241-6672   Fax 608-241-6690

Patient:   MARCHETTI, LINDA R
DOB:       07/30/1954
Phone:     608-242-1907

Drug:      ATORVASTATIN 40MG TAB
Sig:       TAKE 1 TABLET BY MOUTH AT BEDTIME
Qty:       90   Refills remaining: 0
Last fill: 09/03/2026

Prescriber: KAUR, PRIYA MD   NPI 1740293385

[ ] Approved  # refills ____     [ ] Denied  [ ] Needs appt

Please respond via e-Rx or return this form. Thank you.
""")

add('phi', 'phi-care', 'Pratt',
    'Kendra Wilkes <kwilkes@hearthstonehomecare.com>',
    'Riverbend Care Transitions <caretransitions@riverbendhealth.org>',
    'SOC done - Eugene Pratt', 'Mon, 30 Nov 2026 17:18:40 -0600',
    body="""Hi all,

Just letting you know we did the start of care visit for Mr. Pratt today (Eugene,
discharged from 6 North on the 27th). Wound vac was delivered and working, dressing
changed by our RN. PT eval is set for Thursday and OT next week.

He's asking about his follow up with Dr. Okonkwo, the discharge papers say 2 weeks
but nobody called him yet. His daughter's number is 608-516-0394 if that's easier.

Also need the signed 485 back from Dr. Okonkwo's office when you can.

Kendra Wilkes, RN
Clinical Manager, Hearthstone Home Care
Sent from my iPad
""")

add('phi', 'phi-care', 'Jameson',
    'Officer D. Reinholt <dreinholt@co.dane.wi.us>',
    'Behavioral Health Intake <bhintake@riverbendhealth.org>',
    'Attendance verification - T. Jameson', 'Mon, 30 Nov 2026 10:44:09 -0600',
    cte='quoted-printable',
    body="""Good morning,

I am the supervising agent for Tyrell Jameson (DOB 02/11/1998). He has a signed
release on file with your office naming me. Per his conditions of supervision he is
required to attend outpatient programming at your Park Street location.

Could you please confirm whether he attended his group sessions on 11/4, 11/11 and
11/18, and the result of the urine screen collected on 11/18? A simple yes/no for
attendance is fine.

Thank you,

Dana Reinholt
Probation & Parole Agent
Wisconsin DOC – Region 1, Unit 112
(608) 267-3391
""")

# ---------------------------------------------------------------- clean-staff
add('clean', 'clean-staff', '',
    'Priya Nandakumar <pnandakumar@claritywaveconsulting.com>',
    'Tom Bergstrom <tbergstrom@riverbendhealth.org>',
    'RE: Revenue cycle assessment - week 3 schedule', 'Mon, 30 Nov 2026 08:12:55 -0600',
    cc='Lisa Huang <lhuang@riverbendhealth.org>',
    body="""Tom,

Thanks for pulling the team together on short notice. For week 3 we'd like:

Tue 12/8   9:00-10:30   PFS supervisors (denials workflow walkthrough)
Tue 12/8   1:00-2:00    HIM coding lead - Dr. Amsel's CDI queries
Wed 12/9   10:00-11:30  Patient access - registration QA, ED and Lodi
Thu 12/10  2:00-4:00    Readout draft with you and Lisa

We'll need read-only Epic access for two analysts by Monday. No PHI leaves your
environment; all our work product is aggregate (denial rate by payer, DNFB days, etc.).

Priya

Priya Nandakumar | Principal, ClarityWave Consulting
m 312.555.0186

From: Tom Bergstrom <tbergstrom@riverbendhealth.org>
Sent: Friday, November 27, 2026 3:40 PM
Subject: Revenue cycle assessment - week 3 schedule

Priya - can you send the interview grid for week 3? Lisa's out Monday.
""")

add('clean', 'clean-staff', '',
    'Dr. Samuel Reyes <sreyes@riverbendhealth.org>',
    'Lodi Community ED Physicians <lodi-ed-docs@riverbendhealth.org>',
    'Out 12/14-12/18, coverage', 'Tue, 01 Dec 2026 21:07:31 -0600',
    body="""All - I'm out the week of the 14th (family thing in Tucson). Dr. Abernathy is
covering my 3 shifts and Dr. Kim swapped the 16th overnight with me. Swap sheet
updated. If the locums from Vista calls about credentialing please point them at
Monica in med staff, not me.

Also reminder the sepsis bundle compliance numbers for Q3 came back at 71% for
our site, down from 78. Committee wants a 10 min discussion at the Jan staff
meeting, I'll put slides together when I'm back.

Sam
""")

add('clean', 'clean-staff', '',
    'Heather Lindgren <hlindgren@uwmadison-nursing.edu>',
    'Clinical Placements <clinicalplacements@riverbendhealth.org>',
    'Spring 2027 clinical rotations - NUR 441', 'Wed, 02 Dec 2026 10:15:00 -0600',
    body="""Hello Placements team,

We're requesting spring clinical placements for NUR 441 (Adult Health II):

  Group A  - 8 students - Mon/Tue day shift - Med/Surg 5 North or 6 North
  Group B  - 8 students - Wed/Thu day shift - Step-down or tele
  Clinical instructor for both: Maria Ochoa, MSN, RN

Students will have completed their flu vaccine, TB screening and background checks
through CastleBranch before the first day; I'll send the compliance roster in
January once it's final. Dates: Jan 25 - Apr 30, 2027.

Also, would your Nurse Residency folks be willing to do a 30-min talk to our
seniors in March? They loved it last year.

Best,
Heather Lindgren, PhD, RN
Clinical Coordinator, School of Nursing
""")

add('clean', 'clean-staff', '',
    'Gina Rutherford <grutherford@riverbendhealth.org>',
    'Jake Pomeroy <jpomeroy@allpointstaffing.com>',
    'RE: traveler for 4W tele - extension?', 'Wed, 02 Dec 2026 16:48:19 -0600',
    body="""Jake,

Yes we'd like to extend Ashley through March if she's open to it. Same unit, same
3x12 nights. Census on 4W has been running 30-32 most nights and we've had two
RNs go out on leave so we really need her.

Can you send the extension paperwork and the updated bill rate? Please cc Denise in
nursing finance.

Thanks
Gina Rutherford, MSN, RN
Nurse Manager, 4 West Telemetry

> On Dec 2, 2026, at 11:02 AM, Jake Pomeroy <jpomeroy@allpointstaffing.com> wrote:
>
> Hi Gina, Ashley Tran's contract ends 12/19. Any interest in a 13-week
> extension? She said she'd be happy to stay.
> Jake
""")

add('clean', 'clean-staff', '',
    'Marcus Bell <mbell@verity-imaging.com>',
    'Radiology Leadership <rad-leadership@riverbendhealth.org>',
    'CT #2 Lodi - downtime window confirmed', 'Thu, 03 Dec 2026 07:30:44 -0600',
    body="""Good morning,

Confirming the tube replacement on the Lodi CT (SN 88214-CT2) for Saturday 12/12,
0600-1400. Field engineer is Rick Salas, cell 608-449-2071. He'll need badge
access at the loading dock and someone from biomed to sign the work order.

Please plan to divert CT work to Main during that window. We'll run the QA phantom
and ACR testing before handing it back.

Marcus Bell
Regional Service Manager, Verity Imaging Systems
""")

add('clean', 'clean-staff', '',
    'Rachel Osei <rosei@riverbendhealth.org>',
    'Medical Executive Committee <mec@riverbendhealth.org>',
    'MEC agenda 12/10 - draft', 'Thu, 03 Dec 2026 13:02:00 -0600',
    html="""<html><body style="font-family:Segoe UI,Arial;font-size:10pt">
<p>Draft agenda for Thursday. Please send additions by Monday noon.</p>
<table border=1 cellpadding=4 style="border-collapse:collapse">
<tr><th>Time</th><th>Item</th><th>Presenter</th></tr>
<tr><td>7:00</td><td>Call to order, approval of Nov minutes</td><td>Dr. Whitaker</td></tr>
<tr><td>7:05</td><td>Credentials report (14 initial, 22 reappointments)</td><td>Dr. Fontaine</td></tr>
<tr><td>7:20</td><td>Peer review summary &ndash; Q3 (aggregate, 3 cases referred)</td><td>Dr. Levesque</td></tr>
<tr><td>7:35</td><td>Blood utilization &ndash; transfusion trigger compliance 88%</td><td>Dr. Park</td></tr>
<tr><td>7:45</td><td>Bylaws amendment: APP privileges in ED</td><td>R. Osei</td></tr>
<tr><td>7:55</td><td>Joint Commission readiness &ndash; tracer findings</td><td>K. Simms</td></tr>
</table>
<p>Rachel Osei<br>Director, Medical Staff Services</p>
<p style="font-size:8pt;color:gray">Peer review materials are privileged and confidential under Wis. Stat. &sect;146.38.</p>
</body></html>""")

add('clean', 'clean-staff', '',
    'Owen Fitzgerald <ofitzgerald@riverbendhealth.org>',
    'Danielle Sato <dsato@meridianhie.org>',
    'Re: ADT feed cutover', 'Fri, 04 Dec 2026 12:26:03 -0600',
    body="""Danielle - we're good for the 12/15 cutover. Our interface team will stop the
old VPN feed at 2300 and start the new TLS endpoint at 2305. Volume is ~14k ADT
messages/day across the three campuses so you should see traffic right away.

One thing: we don't send A08 for outpatient lab-only encounters, so don't open a
ticket if those counts look low relative to Mercy.

Owen Fitzgerald | Integration Engineer | Riverbend Health IS
""")
# ---------------------------------------------------------------- phi-names
add('phi', 'phi-names', 'Ekwueme',
    'Chidi Ekwueme <chidi.ekwueme@gmail.com>',
    'Riverbend Eye Center <eyecenter@riverbendhealth.org>',
    "Mom's surgery on the 9th", 'Sun, 29 Nov 2026 20:33:18 -0600',
    body="""Hello,

My mother Dorothy Ekwueme is scheduled with Dr. Farrow for the left eye cataract
surgery on December 9th. Grandma Dot (that's what we all call her) doesn't use email
so I'm writing for her. She wants to know:

1) does she stop her aspirin before, and how many days
2) can my sister drive her home or does it have to be someone on the list
3) the drops - Dr. Farrow's nurse said to start them 2 days before, but the pharmacy
   only gave one bottle

Thank you so much. You can call me at 414-388-2917.

Chidi
""")

add('phi', 'phi-names', 'Hernandez',
    'Amy Castellanos <acastellanos@riverbendhealth.org>',
    'Lakeview Physical Therapy <intake@lakeviewpt.net>',
    'Hernandez, Luis - PT eval order 12/8', 'Tue, 01 Dec 2026 09:14:27 -0600',
    body="""Hi Tasha,

Signed order from Dr. Patel attached (eval and treat, 2x/wk x 6 wks, post-op
shoulder protocol). He was hoping to start Tuesday 12/8 at your Verona clinic.
Dr. Patel's nurse Kim is the best contact if your therapist has questions:
608-339-5522.

Amy Castellanos
Referral Coordinator, Riverbend Orthopedics
""",
    atts=[dict(name='PT_order_signed.txt', ctype='text/plain', data="""RIVERBEND ORTHOPEDICS - THERAPY ORDER
Patient: Hernandez, Luis M    DOB 05/17/1971
Order: PT Eval and Treat - R shoulder, s/p arthroscopic rotator cuff repair 11/20/2026
Frequency: 2x/week x 6 weeks. Sling x 4 wks. PROM only until 12/18.
Ordering: Anil Patel MD   e-signed 11/30/2026 16:02
""")])

add('phi', 'phi-names', 'Abernathy',
    'Lorraine Tibbs <ltibbs@sauk-prairie-clinic.com>',
    'Riverbend Pathology <pathology.clientservices@riverbendhealth.org>',
    'path follow up', 'Wed, 02 Dec 2026 11:49:03 -0600',
    body="""Hi,

Dr. Whitcomb asked me to follow up on Mrs. Abernathy's breast biopsy from 11/23.
We got a preliminary call from Dr. Lin on the 25th but still don't have the final
report with the receptor studies. Dr. Whitcomb is seeing her Friday and wants it
before then. Could someone check with Dr. Lin or Dr. Ferris?

Thank you!
Lorraine Tibbs, CMA
Sauk Prairie Family Clinic
""")

add('phi', 'phi-names', 'Mori',
    'Beth Yarrow <byarrow@cascadetool.com>',
    'Riverbend Leave Administration <leavecerts@riverbendhealth.org>',
    "Re: Mori's FMLA cert", 'Wed, 02 Dec 2026 15:20:45 -0600',
    body="""Thanks for the quick reply. Just so I'm clear - Kenji's surgery was the 18th and
Dr. Halvorsen's office is estimating 6 weeks off, so return around 12/30? His wife
called our front office and said he might come back sooner on light duty. If
that's the case we need a return-to-work note with the restrictions spelled out
(lifting limit etc) before he can clock in. The form we got only had the start date.

Beth Yarrow
HR Generalist, Cascade Tool & Die

On Wed, Dec 2, 2026 at 1:05 PM Riverbend Leave Administration wrote:
> Hi Beth, the certification for Kenji Mori was completed by the provider and
> faxed to your number on file on 12/1. Let us know if it doesn't come through.
""")

add('phi', 'phi-names', 'Brandt',
    'Sue Brandt-Halloway <suebh62@yahoo.com>',
    'Riverbend Patient Relations <patientrelations@riverbendhealth.org>',
    'my dad and the VA paperwork', 'Thu, 03 Dec 2026 06:58:12 -0600',
    body="""To whoever reads this,

My dad Walt Brandt (Walter, he's 84, Korea vet) was in your hospital in October
after the fall and they did his hip. The VA community care office says they never
got the records from your side so they won't pay and now he is getting bills from
you. He is on a fixed income and this is upsetting him terribly. I am his POA.

The VA lady (Ms. Grissom at the Madison VA community care) gave me this number
for the referral: VA0041187723. Please please send them what they need.

Sue Brandt-Halloway
""")

add('phi', 'phi-names', 'Okonjo',
    'Coach Ray Salinas <rsalinas@edgewood.edu>',
    'Riverbend Sports Medicine <sportsmed@riverbendhealth.org>',
    "Jordan's clearance", 'Thu, 03 Dec 2026 16:31:57 -0600',
    body="""Hey Dr. Aho,

Any update on Jordan? Our trainer Mel said he finished the return-to-play
protocol steps through stage 4 last week with no symptoms. We play Saturday, I
just need to know if I can dress him or not. Okonjo is our starting keeper so
you can imagine I'm asking a lot lol. No pressure, whatever you think is right.

Ray Salinas
Head Men's Soccer Coach, Edgewood University
""")

add('phi', 'phi-names', 'Bertolli',
    'Janelle Fox <jfox@oakridgesnf.com>',
    'Case Management 5N <cm5north@riverbendhealth.org>',
    'RE: RE: referral Bertolli - bed offer', 'Fri, 04 Dec 2026 10:02:38 -0600',
    body="""We can take Mr. B Monday. Our admissions nurse reviewed the notes you sent and
we're ok with the IV antibiotics through 12/20 since we have the PICC-trained staff
on weekdays. Need the final med rec and the signed PASRR before transport.

Janelle

________________________________
From: Colin Marsh <cmarsh@riverbendhealth.org>
Sent: Thursday, December 3, 2026 2:15 PM
To: Janelle Fox
Subject: RE: referral Bertolli - bed offer

Janelle - family is happy with Oakridge as first choice. Daughter (Gina) is asking
whether he can keep his CPAP from home. Projected DC Mon 12/7.
Colin Marsh, RN CM

________________________________
From: Janelle Fox
Sent: Wednesday, December 2, 2026 9:40 AM
Subject: referral Bertolli - bed offer

Got the referral packet for Bertolli, Anthony. Reviewing now.
""")

add('phi', 'phi-names', 'Cardenas',
    'Patricia Wynn <pwynn@wynnestatelaw.com>',
    'HIM Correspondence <him@riverbendhealth.org>',
    'In re Estate of Cardenas - request for final admission records', 'Fri, 04 Dec 2026 13:45:00 -0600',
    body="""Dear Records Custodian,

I am the attorney for the personal representative of the Estate of Graciela
Cardenas, who passed away at Riverbend Main on August 3, 2026. The personal
representative, her son Miguel Cardenas, has Letters of Administration issued by
Dane County Circuit Court (case 2026PR000812), copy attached.

We request the complete record of Mrs. Cardenas's final admission (July 28 - Aug 3,
2026), including the ICU nursing notes and the medication administration record,
as well as any palliative care consult notes.

Sincerely,
Patricia L. Wynn
Wynn Estate & Elder Law, S.C.
""")

# ---------------------------------------------------------------- clean-admin
add('clean', 'clean-admin', '',
    'Release of Information <roi@riverbendhealth.org>',
    'Intake Paralegals <intake@hartmanlegalgroup.com>',
    'RE: fee schedule for records requests', 'Mon, 30 Nov 2026 14:10:11 -0600',
    body="""Hello,

Our current fees for requests from attorneys and other third parties (effective
1/1/2026, per Wis. Stat. 146.83):

  Paper copies: $1.00/page first 25 pages, $0.75/page 26-50, $0.50 51-100, $0.30 after
  Electronic copies (PDF via secure portal): $0.75/page, capped per statute
  Certification: $8.00
  X-ray/imaging on CD: $10.00 per disc
  Retrieval fee: $20.00 (waived for patient-directed requests)

Requests must include a valid authorization or subpoena signed by a judge. Standard
turnaround is 15 business days. You can submit through the Riverbend ROI portal at
roi.riverbendhealth.org; email submissions are processed but take longer.

Release of Information, Health Information Management
Riverbend Health
""")

add('clean', 'clean-admin', '',
    'Provider Relations <provrelations@brightpathhealthplan.com>',
    'Managed Care Contracting <contracting@riverbendhealth.org>',
    'Amendment 7 - 2027 fee schedule and prior auth list changes', 'Tue, 01 Dec 2026 09:00:00 -0600',
    html="""<html><body style="font-family:Arial;font-size:10pt">
<p>Dear Contracting Partner,</p>
<p>Attached please find Amendment 7 to your Participating Hospital Agreement. Key changes effective <b>January 1, 2027</b>:</p>
<ol>
<li>Inpatient DRG base rate increases 2.75%</li>
<li>Outpatient lab fee schedule moves to 112% of current Medicare CLFS</li>
<li>Prior authorization <u>removed</u> for: CPT 70551, 70553 (MRI brain) when ordered by neurology</li>
<li>Prior authorization <u>added</u> for: genetic testing panels (81xxx) over $1,500 billed</li>
</ol>
<p>Please return the countersigned amendment by December 18. Questions may be directed to your Provider Relations Representative, Kevin Ashby, at 800-736-2200 ext 4417.</p>
<p>BrightPath Health Plan | Provider Network Management</p>
<p style="font-size:7pt;color:#888">This message is intended for the addressee only.</p>
</body></html>""")

add('clean', 'clean-admin', '',
    'Credentialing <credentialing@riverbendhealth.org>',
    'Verifications <verify@stanselm-med.org>',
    'Verification of affiliation - Dr. Helena Marsh', 'Tue, 01 Dec 2026 11:32:08 -0600',
    body="""In response to your request dated 11/24/2026:

Practitioner: Helena R. Marsh, MD
NPI: 1396742018
Specialty: Obstetrics & Gynecology
Riverbend Health appointment: 07/01/2019 - present, Active Staff
Privileges: OB/GYN core, robotic-assisted GYN surgery
Adverse actions: None on record
Malpractice: per NPDB query on file, no reports

This verification is provided for credentialing purposes only and is confidential
under state peer review law.

Medical Staff Services / Credentialing
""")

add('clean', 'clean-admin', '',
    'Angela Moretti <amoretti@verona.k12.wi.us>',
    'Community Health <communityhealth@riverbendhealth.org>',
    'Flu shot clinic for staff - January?', 'Wed, 02 Dec 2026 12:02:44 -0600',
    body="""Hi there!

Last year your team came out and did a flu/COVID shot clinic for our district
staff at the Badger Ridge gym and it went really well (I think we did ~140 people).
Any chance of doing one again in January? Weekday after 3:15 works best. We'll
send a sign up sheet around once we have a date. Staff bring their insurance cards.

Thanks!
Angela Moretti
Benefits & Wellness Coordinator, Verona Area School District
""")

add('clean', 'clean-admin', '',
    'Disability Determination Bureau <ddb.records@dhs.wisconsin.gov>',
    'Release of Information <roi@riverbendhealth.org>',
    'Notice: electronic records request (ERE) enrollment', 'Wed, 02 Dec 2026 08:00:00 -0600',
    body="""Medical Records Provider:

Beginning February 1, 2027 the Wisconsin Disability Determination Bureau will send
all medical evidence requests for Social Security disability claims through the
SSA Electronic Records Express (ERE) system. Providers currently receiving requests
by fax should register at the ERE website before that date.

Providers are reimbursed for records at the rate set by the Bureau ($25.00 per
request plus $0.10 per page over 100 pages). Invoices must reference the request
barcode.

For questions contact Provider Relations at 608-266-1565.

This is an automated notice. Please do not reply.
""")

add('clean', 'clean-admin', '',
    'Accounts Receivable <ar@sterilesourcemed.com>',
    'Riverbend AP <accountspayable@riverbendhealth.org>',
    'Past due invoices - Riverbend Health (cust 40218)', 'Thu, 03 Dec 2026 10:27:13 -0600',
    body="""Hello,

Our records show the following invoices past 60 days:

INV-2026-118472   09/18/2026   $14,220.50   PO 4500183312   sterile drape packs
INV-2026-120019   09/29/2026   $ 3,877.00   PO 4500184099   instrument tray wrap
INV-2026-121345   10/06/2026   $ 9,104.25   PO 4500184550   laparoscopy custom packs

Total past due: $27,201.75

Please advise payment status or remit to the lockbox on the invoice. Statement
attached.

Carol Nguyen
Accounts Receivable, SterileSource Medical Supply
""")

add('clean', 'clean-admin', '',
    'Atty. Rafael Ortiz <rortiz@ortizlawwi.com>',
    'Legal Services <legal@riverbendhealth.org>',
    'Question re: subpoena service procedure', 'Fri, 04 Dec 2026 15:55:21 -0600',
    body="""Good afternoon,

Quick procedural question before I send anything over. For a records subpoena in a
civil matter (not a court order), do you accept service by certified mail to your
registered agent, or does it need to be personally served at HIM? And do you
require the HIPAA 164.512(e) satisfactory-assurance letter with the subpoena, or
will you notify the patient yourselves?

I'd rather get it right the first time. Thanks.

Rafael Ortiz
Ortiz Law Office, LLC
""")
# ---------------------------------------------------------------- phi-self
add('phi', 'phi-self', 'Whitfield',
    'MyRiverbend Notifications <noreply@myriverbend.org>',
    'Cardiology Pool <cardiology.inbasket@riverbendhealth.org>',
    'FW: Patient message - chest tightness after stress test', 'Mon, 30 Nov 2026 07:41:26 -0600',
    body="""Forwarded patient message (portal):

From: Gregory Whitfield (MRN 6627315)
To: Dr. Nadia Osman
Sent: 11/29/2026 11:52 PM
Subject: question

Dr. Osman, I had the treadmill stress test Wednesday and you said the results looked
"mostly ok" and we would talk at my follow up. But since Friday I've had some
tightness when I walk up the stairs to our apartment, it goes away when I stop. It's
not bad like the first time. Should I be worried or wait for my Dec 14 appt? I'm
still taking the metoprolol and the baby aspirin.

Greg Whitfield
""")

add('phi', 'phi-self', 'Harmon',
    'Keisha Harmon <keishaharmon88@outlook.com>',
    'Riverbend Pediatrics Northside <peds.northside@riverbendhealth.org>',
    'Refill for DeShawn', 'Tue, 01 Dec 2026 12:17:09 -0600',
    body="""Hi this is Keisha Harmon, mom of DeShawn Harmon (DOB 4/2/2015). He is almost out of
his ADHD medicine (the methylphenidate ER 27mg) and I know it has to be a new
prescription every month. Can Dr. Beaumont send it to the Walgreens on Northport?
He has 3 left. His school also needs the medication form updated for the nurse since
the dose changed in October.

Thank you
Keisha  608-609-7714
""")

add('phi', 'phi-self', 'Larkin',
    'Donna Larkin <dlarkin1957@att.net>',
    'Riverbend Patient Financial Services <billing@riverbendhealth.org>',
    'I AM NOT PAYING THIS', 'Tue, 01 Dec 2026 19:45:33 -0600',
    body="""I received a bill for $1,847.22 for an emergency room visit on September 12. I
called my insurance (Quartz) and they say the claim was denied because YOUR office
put the wrong policy number on it. I gave the registration lady my card. This is the
THIRD time I have had to call about this and each time someone says it will be
"resubmitted" and then I get another bill and now a letter saying it will go to
collections.

My account number on the bill is 40018827715. My policy number is QZ4471092-01, it
has been the same for six years.

I want a supervisor to call me. 608-222-4530. Donna M. Larkin
""")

add('phi', 'phi-self', 'Kravchenko',
    'Oleksandr Kravchenko <o.kravchenko.wi@gmail.com>',
    'GI Scheduling <gischeduling@riverbendhealth.org>',
    'colonoscopy question', 'Wed, 02 Dec 2026 10:03:11 -0600',
    body="""Hello,

My name is Oleksandr Kravchenko, I have appointment for colonoscopy on 10 of December
at 8 hours morning in your Main building. The nurse give me paper with instruction
about the preparation but I am not understand good the part about which day I stop
eat the solid food. Is it one day before or two? Also I take the insulin in morning,
I must take it on that day or no?

My wife can drive me, she will wait in the building.

Thank you very much for help.
Oleksandr
tel 608 515 2093
""")

add('phi', 'phi-self', 'Beltran',
    'Marisol B <marisolb.1990@icloud.com>',
    'Riverbend Eastside Clinic <fm.eastside@riverbendhealth.org>',
    'late', 'Thu, 03 Dec 2026 14:19:02 -0600',
    body="""running 15 min late for my 2:30 w/ dr kaur, stuck on the beltline. pls dont cancel!!
marisol beltran

Sent from my iPhone
""")

add('phi', 'phi-self', 'Lindqvist',
    'Karin Lindqvist-Moe <karinmoe@charter.net>',
    'Riverbend Geriatrics <geriatrics@riverbendhealth.org>',
    'Dad - after the fall', 'Thu, 03 Dec 2026 22:36:50 -0600',
    body="""Dr. Sandoval,

I'm writing about my father, Frank Lindqvist. You saw him in September. He's 91 and
still lives alone in the house on Hillcrest. Tuesday he fell in the bathroom, didn't
call anyone until the next morning, and the urgent care in Stoughton x-rayed his
wrist and put it in a splint. They said to follow up with his own doctor in a week.

Honestly I'm more worried about how he's doing in general. He's repeating himself
more and forgot his pills twice this week that I know of. My brother thinks I'm
overreacting. Could we get him in sooner than the January appointment, and could
someone do one of those memory tests? I can bring him any weekday.

Thank you,
Karin Lindqvist-Moe (daughter, healthcare POA)
920-474-3381
""")

add('phi', 'phi-self', 'Adeyemi',
    'Tolu Adeyemi <tadeyemi2@wisc.edu>',
    'Riverbend Urgent Care <urgentcare.westtowne@riverbendhealth.org>',
    'need a note for my professor', 'Fri, 04 Dec 2026 08:11:45 -0600',
    body="""hi, I was seen at the West Towne urgent care on Nov 3 around 9pm (I think the
provider was named Josh?). they did a strep test and gave me antibiotics. I missed a
midterm the next morning and my professor needs documentation that I was seen by a
medical provider. it doesn't have to say what I had, just the date. can you email
it or do I have to come in? my birthday is 06/14/2005 if you need it to look me up.

thanks
Tolu Adeyemi
""")

# ---------------------------------------------------------------- clean-lookalike
add('clean', 'clean-lookalike', '',
    'Oakwood Veterinary Hospital <reminders@oakwoodvet.com>',
    'Nadia Osman <nosman@riverbendhealth.org>',
    'Reminder: Biscuit is due for vaccines', 'Mon, 30 Nov 2026 06:00:00 -0600',
    html="""<html><body style="font-family:Helvetica;color:#333">
<h3 style="color:#2a7a4b">Oakwood Veterinary Hospital</h3>
<p>Hi Nadia,</p>
<p>Our records show that <b>Biscuit</b> (Canine, Golden Retriever, 6 yrs) is due for the following:</p>
<table cellpadding=4>
<tr><td>Rabies (3 yr)</td><td>Due 12/15/2026</td></tr>
<tr><td>DHPP</td><td>Due 12/15/2026</td></tr>
<tr><td>Heartworm test</td><td>Overdue</td></tr>
</table>
<p>Biscuit's last visit: 06/02/2026 with Dr. Ellison (dental cleaning). Call us at 608-831-2200 or <a href="https://oakwoodvet.com/book">book online</a>.</p>
<p style="font-size:8pt">You are receiving this because you are a client of Oakwood Veterinary Hospital. Unsubscribe.</p>
</body></html>""")

add('clean', 'clean-lookalike', '',
    'Badger Mutual Claims <claims@badgermutual.com>',
    'Tom Bergstrom <tbergstrom@riverbendhealth.org>',
    'Claim 7731-0042-AU: estimate approved', 'Tue, 01 Dec 2026 13:22:10 -0600',
    body="""Dear Thomas Bergstrom,

Your claim number 7731-0042-AU (date of loss 11/19/2026) has been reviewed. The
repair estimate from Capitol Collision for your 2021 Subaru Outback ($4,318.60) has
been approved, less your $500 deductible. Rental coverage is authorized for up to 12
days at $40/day.

Injury coverage: no bodily injury was reported on this claim. If that changes please
contact your adjuster, Lauren Pike, at 800-555-0143 ext 220.

Badger Mutual Insurance - Auto Claims
Policy AU-55219034
""")

add('clean', 'clean-lookalike', '',
    'CapitalFit Athletic Club <members@capitalfit.com>',
    'Gina Rutherford <grutherford@riverbendhealth.org>',
    'Your fitness assessment results are ready', 'Wed, 02 Dec 2026 07:15:00 -0600',
    body="""Hi Gina!

Great job on your 90-day check-in with Coach Dante. Here's your progress:

  Body fat %:        31.2  ->  28.9
  Resting HR:        74    ->  68
  Plank hold:        0:48  ->  1:35
  Goal:              run the Madison Half in May

Your next session is Sat 12/12 at 8:00 AM. Member #CF-220914.

Remember, CapitalFit coaching is not medical advice. Check with your doctor before
starting a new exercise program.

Stay strong,
The CapitalFit Team
""")

add('clean', 'clean-lookalike', '',
    'Summit Credit Union Alerts <alerts@summitcu.org>',
    'Owen Fitzgerald <ofitzgerald@riverbendhealth.org>',
    'Transaction alert: card ending 4471', 'Wed, 02 Dec 2026 23:48:31 -0600',
    body="""Summit Credit Union

A purchase of $312.40 was made with your Visa debit card ending in 4471 at
BEST BUY #0417 MADISON WI on 12/02/2026. This is larger than your usual purchases.

If you made this purchase, no action is needed. If you don't recognize it, call
800-236-5560 right away. Member number ending 0918.

Please do not reply to this automated message.
""")

add('clean', 'clean-lookalike', '',
    'Northgate Rewards <rewards@northgaterx.com>',
    'Amy Castellanos <acastellanos@riverbendhealth.org>',
    'Amy, you have 2,450 points - flu season deals inside', 'Thu, 03 Dec 2026 05:30:00 -0600',
    html="""<html><body style="font-family:Arial">
<p style="font-size:14pt"><b>Hi Amy, you've earned $12 in Northgate Cash!</b></p>
<p>Rewards member #: 7002 1184 3390</p>
<p>Get 500 bonus points when you get your flu or COVID vaccine at any Northgate
Pharmacy this month. No appointment needed. Most insurance accepted.</p>
<ul><li>Cold &amp; flu aisle: buy 2 get 1</li><li>Vitamins 30% off</li><li>Free blood pressure checks every Saturday</li></ul>
<p style="font-size:8pt">Points expire 12/31/2026. Pharmacy services subject to eligibility. Unsubscribe | Privacy</p>
</body></html>""")

add('clean', 'clean-lookalike', '',
    'Dane County Clerk of Courts - Jury Management <jury@countyofdane.com>',
    'Colin Marsh <cmarsh@riverbendhealth.org>',
    'Juror Summons 2027-0114 - Response Received', 'Thu, 03 Dec 2026 16:00:00 -0600',
    body="""Juror: COLIN T MARSH
Juror ID: 2027-0114-08831
Term: January 4 - January 29, 2027

Your request to postpone jury service was received. Reason given: employment -
healthcare worker, scheduled shifts. Your request has been GRANTED and your service
is rescheduled to the term beginning April 5, 2027.

No medical documentation is required for employment-based postponements. Do not
report in January.

Dane County Jury Management
""")

add('clean', 'clean-lookalike', '',
    'Maple Bluff Tree Care <office@maplebluff-tree.com>',
    'Facilities Grounds <grounds@riverbendhealth.org>',
    'Diagnosis and treatment plan - oaks near Lot C', 'Fri, 04 Dec 2026 09:10:00 -0600',
    body="""Hi Ron,

Our arborist looked at the three bur oaks along Lot C. Diagnosis: oak wilt confirmed
on the southernmost tree (lab culture from UW Plant Disease Diagnostics came back
positive 11/30). The other two look healthy but are at risk via root grafts.

Treatment plan:
 1. Remove infected tree in winter (Jan-Feb) when beetle transmission risk is low.
 2. Trench to sever root grafts, 5 ft depth.
 3. Propiconazole injection on the two remaining oaks in spring.

Quote attached: $6,850. We'll need the lot closed for one day.

Pete Hanson, ISA Certified Arborist
Maple Bluff Tree Care
""")
# ---------------------------------------------------------------- phi-lists
add('phi', 'phi-lists', 'Sorensen',
    'Mike Tolliver <mtolliver@summitcaretpa.com>',
    'PFS Denials Team <pfs.denials@riverbendhealth.org>',
    'Denied claims needing corrected billing - Brightline plan', 'Mon, 30 Nov 2026 11:05:12 -0600',
    body="""Hi team, as discussed on the call, here's the list. Pasted from our system, sorry about
the formatting.

Member Name\tMember ID\tDOS\tCPT/Rev\tBilled\tDenial
SORENSEN, ERIK\tBLF00231874\t09/14/2026\t99284\t$1,212.00\tCO-16 missing NPI
SORENSEN, ERIK\tBLF00231874\t09/14/2026\t71046\t$388.00\tCO-16 missing NPI
PHAM, LINH T\tBLF00228810\t10/02/2026\t45378\t$2,940.00\tCO-197 no precert
ABERNETHY, CARL\tBLF00230017\t10/09/2026\t0450\t$4,118.50\tCO-4 modifier
GUZMAN, ALMA\tBLF00231102\t10/21/2026\t97110\t$176.00\tCO-119 benefit max
OYELARAN, FEMI\tBLF00229644\t11/03/2026\t80053\t$94.00\tCO-16 missing DX pointer

Corrected claims need to come in within 90 days of the denial date. Let me know if
any of these are actually on your side as paid.

Mike Tolliver
Claims Analyst, Summit Care Administrators
""")

add('phi', 'phi-lists', 'Nakamura',
    'Renee Dupuis <rdupuis@maplecrestschools.org>',
    'Pediatrics Front Desk <peds.westside@riverbendhealth.org>',
    'students still needing 7th grade shots', 'Mon, 30 Nov 2026 13:47:00 -0500',
    body="""Hi Carla,

State exclusion date is Jan 15 so I'm trying to get ahead of it. These are the kids
whose families told me they go to Westside. Could you check whether any of them have
had the shots and just haven't sent the record over? Parents signed the two-way
release on the school form.

 * Hana Nakamura (DOB 3/3/2014) - Tdap, MenACWY
 * Owen Pietrowski (DOB 8/19/2013) - Tdap
 * Zainab Yusuf (DOB 12/1/2013) - MenACWY, 2nd varicella
 * Levi Schroeder (DOB 6/27/2014) - Tdap, MenACWY
 * Ava-Marie Duclos (DOB 1/9/2014) - Tdap (mom says she had it in Minnesota?)

Thanks, you guys are the best.
Renee
""")

add('phi', 'phi-lists', 'Grabowski',
    'Occupational Health Scheduling <occhealth@riverbendhealth.org>',
    'Safety Dept <safety@harwoodlogistics.com>',
    'Respirator fit testing + TB results - Dec batch', 'Tue, 01 Dec 2026 16:22:48 -0600',
    html="""<html><body style="font-family:Calibri;font-size:11pt">
<p>Hi Dave,</p>
<p>Results from the 11/30 on-site session below. Employees marked "medical clearance needed" need to complete the OSHA questionnaire review with our provider before we can fit test.</p>
<table border=1 cellspacing=0 cellpadding=3 style="font-size:10pt">
<tr style="background:#dce6f1"><th>Employee</th><th>Emp #</th><th>TB test (QFT)</th><th>Fit test N95</th><th>Notes</th></tr>
<tr><td>Grabowski, Stan</td><td>H-10442</td><td>Negative</td><td>Pass - 3M 1870+</td><td></td></tr>
<tr><td>Reyes-Moran, Luz</td><td>H-11208</td><td>Negative</td><td>Pass - Halyard M</td><td></td></tr>
<tr><td>Whitlock, Jerome</td><td>H-09876</td><td>Indeterminate</td><td>Pass - 3M 1870+</td><td>redraw QFT</td></tr>
<tr><td>Osei, Kwabena</td><td>H-11311</td><td>Negative</td><td>Not done</td><td>medical clearance needed</td></tr>
<tr><td>Fenske, Carrie</td><td>H-10973</td><td>Positive</td><td>Deferred</td><td>chest x-ray scheduled 12/3, see provider</td></tr>
</table>
<p>Jen Albrecht<br>Occupational Health Services | Riverbend Health</p>
<p style="font-size:8pt;color:#666">This message contains confidential employee health information. Do not forward outside of your safety/medical file custodians.</p>
</body></html>""")

add('phi', 'phi-lists', 'Ruiz',
    'Colin Marsh <cmarsh@riverbendhealth.org>',
    'Oakridge Admissions <admissions@oakridgesnf.com>, Admissions <admit@heritagemanorwi.com>',
    'Pending SNF referrals this week', 'Wed, 02 Dec 2026 08:30:15 -0600',
    body="""Morning all - here's where we are with the open referrals. Please reply with bed
offers or declines so we can give families options today.

- Ruiz, Esperanza, 79F, 5N-22 - s/p L hip ORIF 11/28, WBAT, needs PT/OT. Medicare A. Ready Fri.
- Bertolli, Anthony, 82M - accepted Oakridge, DC Mon (thanks Janelle)
- Hwang, Daniel, 71M, 6N-09 - CHF exacerbation, on IV diuretic, likely ready 12/5. Humana MA, auth submitted.
- Paquette, Irene, 88F, 5N-30 - deconditioning after long stay, trach-free, needs 1 assist. Family prefers Heritage.
- Abdi, Hodan, 66F, 4W-418 - new insulin, dressing changes L foot. Medicaid pending.

Colin Marsh, RN
Case Manager, 5 North / 6 North
608-339-6170
""")

add('phi', 'phi-lists', 'Kessler',
    'Kendra Wilkes <kwilkes@hearthstonehomecare.com>',
    'Riverbend Internal Medicine <im.main@riverbendhealth.org>',
    'unsigned orders - still outstanding', 'Wed, 02 Dec 2026 15:05:57 -0600',
    body="""Hello again, these plan of care/485s are still not signed and we're past the
30 days on most of them. We can't bill until they come back. Can someone pls walk
them over to the docs?

Kessler, Margaret     SOC 10/21   Dr. Yoon       485 + PT add-on
Thao, Pa Nhia         SOC 10/26   Dr. Yoon       485
Okafor, Grace         SOC 11/02   Dr. Gunderson  485 + verbal order wound care 11/15
Lindahl, Roger        SOC 11/04   Dr. Ibsen      485 + recert
McCall, Bernadette    SOC 11/09   Dr. Gunderson  485

I re-faxed all of them yesterday to 608-339-4701.

Kendra
""")

add('phi', 'phi-lists', 'Vang',
    'Care Management Outreach <cmoutreach@brightpathhealthplan.com>',
    'Riverbend Population Health <pophealth@riverbendhealth.org>',
    'Gap list - diabetic members attributed to Riverbend Northside', 'Thu, 03 Dec 2026 10:40:00 -0600',
    atts=[dict(name='northside_a1c_gaps_dec.csv', ctype='text/csv', data="""member_id,last_name,first_name,dob,pcp,last_a1c_date,last_a1c_value,eye_exam_2026,statin_fill
BP7712043,Vang,Mai,1968-04-11,BEAUMONT,2026-02-14,9.8,N,Y
BP7709981,Christensen,Dale,1955-10-30,BEAUMONT,2025-11-20,8.1,N,N
BP7715530,Ramirez,Jose Luis,1972-07-02,OYELOWO,,,N,Y
BP7701129,Feldt,Sharon,1961-01-19,OYELOWO,2026-06-05,10.4,Y,N
BP7718804,Hussein,Abdirahman,1979-09-23,BEAUMONT,2026-03-28,7.2,N,Y
""")],
    body="""Hi Pop Health team,

Attached is the December gap list for your Northside clinic. These members have an
open HEDIS gap for A1c control or the diabetic eye exam. Scheduling any of them before
12/31 counts for the 2026 quality bonus. Please do not forward outside your
organization.

Thanks,
BrightPath Care Management
""")

add('phi', 'phi-lists', 'Gutierrez',
    'Sandra Polk <spolk@morelandinjurylaw.com>',
    'Release of Information <roi@riverbendhealth.org>',
    'status of our pending requests?', 'Fri, 04 Dec 2026 11:11:11 -0600',
    body="""Hi ROI team, checking on these, all submitted with authorizations through your portal:

1. Gutierrez, Ramon - ED 6/2/26 + ortho f/u visits - submitted 10/15 - no response
2. Wallace, Bethany - L&D admission Aug 2026, billing only - submitted 10/28
3. Thibodeaux, Marc - MRI lumbar 9/9/26 films on CD - submitted 11/2, invoice paid 11/10
4. Schmitt, Lorraine (deceased) - full record 2024-2026 - submitted 11/5 w/ letters of administration

Thank you!
Sandra Polk, Paralegal
Moreland Injury Law
""")

# ---------------------------------------------------------------- clean-news
add('clean', 'clean-news', '',
    'Wisconsin DHS - Health Alert Network <wihan@dhs.wisconsin.gov>',
    'Infection Prevention <infectionprevention@riverbendhealth.org>',
    'WI HAN Health Advisory: Measles cases in southeastern Wisconsin', 'Mon, 30 Nov 2026 16:30:00 -0600',
    body="""WISCONSIN HEALTH ALERT NETWORK - HEALTH ADVISORY
Distributed 11/30/2026

Summary: As of November 29, 2026, the Wisconsin Department of Health Services has
confirmed 7 measles cases in Milwaukee and Waukesha counties. Six of the seven cases
were unvaccinated; ages range from 11 months to 34 years. Exposure locations include
a pediatric urgent care and a public library (dates and times posted at
dhs.wisconsin.gov/measles).

Recommendations for clinicians:
 - Consider measles in patients with fever and rash, especially with travel or known
   exposure. Mask and isolate in an airborne infection isolation room immediately.
 - Report suspected cases to the local health department by phone immediately; do not
   wait for lab confirmation.
 - Collect NP swab for PCR and serum for IgM.
 - Verify MMR status for all healthcare personnel.

This message is intended for clinicians, infection preventionists and laboratories.
""")

add('clean', 'clean-news', '',
    'WHA Newsletter <newsletter@wha.org>',
    'Riverbend Executive Office <execoffice@riverbendhealth.org>',
    'The Valued Voice - Dec 4: Medicaid rates, workforce report, rural ED grant', 'Fri, 04 Dec 2026 06:00:00 -0600',
    html="""<html><body style="font-family:Georgia;max-width:640px">
<h2>The Valued Voice</h2>
<h4>Joint Finance Committee approves Medicaid hospital rate increase</h4>
<p>The Legislature's Joint Finance Committee voted 12-4 Thursday to approve a 4% increase to Medicaid inpatient rates, which the WHA estimates will bring $61 million in new federal and state funding to Wisconsin hospitals.</p>
<h4>2026 Workforce Report: RN vacancy rate falls to 7.9%</h4>
<p>The statewide vacancy rate for registered nurses dropped from 9.6% to 7.9%, though vacancies for surgical technologists and respiratory therapists continued to climb.</p>
<h4>Rural ED grant applications due January 15</h4>
<p>Critical access hospitals may apply for up to $250,000 for ED telehealth and behavioral health crisis capacity.</p>
<p style="font-size:8pt">Wisconsin Hospital Association | 5510 Research Park Dr, Fitchburg WI | Manage subscription</p>
</body></html>""")

add('clean', 'clean-news', '',
    'JAMA Network <jamanetwork@e.jamanetwork.com>',
    'Nadia Osman <nosman@riverbendhealth.org>',
    'JAMA Cardiology - New Online First articles', 'Wed, 02 Dec 2026 05:15:00 -0600',
    body="""JAMA Cardiology | Online First | December 2, 2026

Original Investigation
Colchicine After Acute Myocardial Infarction in Older Adults: A Randomized Clinical
Trial (n = 4,212; median follow-up 2.1 years; primary end point HR 0.86)

Research Letter
Trends in Outpatient Stress Testing Among Medicare Beneficiaries, 2015-2024

Original Investigation
Sex Differences in Time to Reperfusion for STEMI Across 612 US Hospitals

Opinion
What Should Cardiologists Do With Coronary Calcium Scores of Zero?

You are receiving this e-mail because you subscribed to JAMA Cardiology alerts.
""")

add('clean', 'clean-news', '',
    'CDC Clinician Outreach (COCA) <coca@cdc.gov>',
    'Infection Prevention <infectionprevention@riverbendhealth.org>',
    'COCA Call: 2026-2027 Respiratory Virus Season Update', 'Tue, 01 Dec 2026 12:00:00 -0500',
    body="""Clinician Outreach and Communication Activity (COCA)

Join us Thursday, December 10, 2026, 2:00-3:00 PM ET

During this COCA call, CDC subject matter experts will review current influenza,
COVID-19 and RSV activity. Nationally, influenza-like illness is at 3.1% of
outpatient visits, above the national baseline of 2.9%. Hospitalization rates for
RSV among adults 75+ are higher than at this point last season. Presenters will
discuss antiviral treatment recommendations and nirsevimab availability.

Free continuing education available. No registration required.
""")

add('clean', 'clean-news', '',
    'Madison Press Release Wire <wire@madisonpr.net>',
    'Riverbend Communications <communications@riverbendhealth.org>',
    'FOR IMMEDIATE RELEASE: UW study links shift length and nurse medication errors', 'Thu, 03 Dec 2026 09:00:00 -0600',
    body="""FOR IMMEDIATE RELEASE

MADISON, Wis. - Nurses working shifts longer than 12.5 hours were 1.4 times more
likely to report a medication administration error than those working 8-hour
shifts, according to a study of 3,870 registered nurses at 41 Midwestern hospitals
published today in the Journal of Nursing Administration.

"This isn't about individual nurses, it's about how we design work," said lead
author Dr. Evelyn Harcourt, professor at the UW-Madison School of Nursing. Errors
were self-reported and anonymized; no patient harm data were collected.

Media contact: Jenna Liu, 608-262-0011
""")

add('clean', 'clean-news', '',
    'Sarah Whitman <swhitman@riverbendhealth.org>',
    'All Riverbend Staff <allstaff@riverbendhealth.org>',
    'FW: Epic go-live, Lodi ED named Top Performer, holiday parking', 'Fri, 04 Dec 2026 14:00:00 -0600',
    body="""Riverbend This Week - December 4

* Our Lodi Community ED was named a 2026 Press Ganey Top Performer for patient
  experience, ranking in the 94th percentile nationally. Congratulations team!
* Flu vaccine: 91% of employees are vaccinated as of Dec 1. Deadline 12/15.
* Main campus saw 412 births in Q3, our highest quarter ever.
* Holiday parking: Ramp B is reserved for patients and visitors Dec 14-Jan 2.
* Food drive totals: 3,140 lbs donated to Second Harvest.

Sarah Whitman, Internal Communications
""")
# ---------------------------------------------------------------- phi-struct
add('phi', 'phi-struct', 'Feliciano',
    'Interface Support <interfacesupport@badgerreflab.com>',
    'Riverbend Lab Interfaces <lab.interfaces@riverbendhealth.org>',
    'Ticket 58213 - rejected ADT, unknown ordering provider', 'Mon, 30 Nov 2026 04:12:33 -0600',
    body="""Automated Interface Exception Report - Badger Reference Laboratory

Ticket:     58213
Interface:  RBH_ADT_IN (Riverbend Health -> BRL)
Error:      PV1-7 attending physician ID not found in provider master (ID 99021)
Action:     Message held. Associated orders cannot be resulted until resolved.

Raw message:
MSH|^~\\&|EPIC|RBH|BRL_LIS|BRL|202611300402||ADT^A08|RBH8812093|P|2.5.1
EVN|A08|202611300402
PID|1||00781264^^^RBH^MR||FELICIANO^ANGELA^M||19840312|F|||1422 WILLIAMSON ST^^MADISON^WI^53703||(608)251-4417|||||40021876541
PV1|1|O|RBH_LODI_LAB^^^RBH||||99021^UNKNOWN^PROV|||||||||||40021876541
IN1|1|QZ01|Q7|QUARTZ HEALTH||||||||||||FELICIANO^ANGELA^M|SEL|19840312

Please correct the provider ID and resend the A08, or reply with the correct NPI and
we will map it on our side.

-- BRL Interface Support (24/7) 800-448-2210
""")

add('phi', 'phi-struct', 'Lundgren',
    'ERA Delivery <era-noreply@quartzbenefits.com>',
    'Riverbend Cash Posting <cashposting@riverbendhealth.org>',
    'ERA 835 - Check/EFT 000918772 - 12/01/2026', 'Tue, 01 Dec 2026 02:00:00 -0600',
    body="""An electronic remittance advice is attached for payee RIVERBEND HEALTH (TIN ending 4410).
EFT trace 000918772, amount $2,184.16. This mailbox is not monitored.
""",
    atts=[dict(name='RBH_835_20261201_000918772.x12', ctype='application/octet-stream', data=(
"ISA*00*          *00*          *ZZ*QUARTZ835      *ZZ*RIVERBEND      *261201*0200*^*00501*000004417*0*P*:~"
"GS*HP*QUARTZ835*RIVERBEND*20261201*0200*4417*X*005010X221A1~ST*835*0001~"
"BPR*I*2184.16*C*ACH*CCP*01*075911988*DA*8830021*1391155201**01*075000022*DA*114770092*20261201~"
"TRN*1*000918772*1391155201~N1*PR*QUARTZ HEALTH BENEFIT PLANS~N1*PE*RIVERBEND HEALTH*XX*1659330017~"
"LX*1~CLP*40021133876*1*1450.00*1122.40*180.00*12*2611181122701*11*1~"
"NM1*QC*1*LUNDGREN*PETER*J***MI*QZ3390217~DTM*232*20261102~"
"SVC*HC:99214*320.00*248.16**1~CAS*PR*2*40.00~CAS*CO*45*31.84~"
"SVC*HC:93306*1130.00*874.24**1~CAS*PR*3*140.00~CAS*CO*45*115.76~"
"CLP*40021140921*1*1320.00*1061.76*0*12*2611181122719*11*1~"
"NM1*QC*1*ABUKAR*FADUMO****MI*QZ3387755~DTM*232*20261109~"
"SVC*HC:59025*1320.00*1061.76**1~CAS*CO*45*258.24~"
"SE*20*0001~GE*1*4417~IEA*1*000004417~"))])

add('phi', 'phi-struct', 'Tran',
    'Ryan Kowalski <rkowalski@riverbendhealth.org>',
    'EDI Support <edisupport@medclearinghouse.com>',
    'FW: 271 returning inactive but patient has card', 'Tue, 01 Dec 2026 14:37:22 -0600',
    body="""Hi EDI support,

Patient access is getting AAA*N**72 (invalid member ID) on a member who has a
current card for 2027. Payer says she's active. Request/response below, can you see
whether the payer ID routing is wrong (we're sending 39026)?

REQUEST (270):
ST*270*0001*005010X279A1~BHT*0022*13*RBH20261201-3321*20261201*1422~
HL*1**20*1~NM1*PR*2*DEAN HEALTH PLAN*****PI*39026~
HL*2*1*21*1~NM1*1P*2*RIVERBEND HEALTH*****XX*1659330017~
HL*3*2*22*0~TRN*1*9331220*1391155201~
NM1*IL*1*TRAN*KIMBERLY*N***MI*DHP880019921~DMG*D8*19910805*F~DTP*291*D8*20261208~
EQ*30~SE*12*0001~

RESPONSE (271):
ST*271*0001*005010X279A1~BHT*0022*11*RBH20261201-3321*20261201*1422~
HL*1**20*1~NM1*PR*2*DEAN HEALTH PLAN*****PI*39026~
HL*2*1*21*1~NM1*1P*2*RIVERBEND HEALTH*****XX*1659330017~
HL*3*2*22*0~NM1*IL*1*TRAN*KIMBERLY*N***MI*DHP880019921~
AAA*N**72*C~SE*10*0001~

She has a scheduled MRI on 12/8 so we need to clear this before then.

Ryan Kowalski
Patient Access Systems Analyst
""")

add('phi', 'phi-struct', 'Halvorsen',
    'Meridian HIE Notifications <notify@meridianhie.org>',
    'Riverbend Care Transitions <caretransitions@riverbendhealth.org>',
    'Encounter notification bundle - 1 event', 'Wed, 02 Dec 2026 06:05:00 -0600',
    body="""Meridian HIE: an attributed patient had an encounter at a non-Riverbend facility.
Bundle attached (FHIR R4). Log in to the Meridian portal for the full record.
""",
    atts=[dict(name='encounter_bundle_8841.json', ctype='application/json', data="""{
  "resourceType": "Bundle",
  "type": "collection",
  "timestamp": "2026-12-02T11:58:41Z",
  "entry": [
    {"resource": {
      "resourceType": "Patient",
      "id": "mhie-3390172",
      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "00694418"}],
      "name": [{"family": "Halvorsen", "given": ["Ingrid", "L"]}],
      "gender": "female",
      "birthDate": "1949-06-30",
      "address": [{"line": ["88 Lakeshore Ct"], "city": "Monona", "state": "WI", "postalCode": "53716"}]
    }},
    {"resource": {
      "resourceType": "Encounter",
      "id": "enc-55120098",
      "status": "finished",
      "class": {"code": "EMER", "display": "emergency"},
      "subject": {"reference": "Patient/mhie-3390172"},
      "period": {"start": "2026-12-01T21:14:00-06:00", "end": "2026-12-02T03:40:00-06:00"},
      "serviceProvider": {"display": "St. Anselm Medical Center ED"},
      "reasonCode": [{"text": "shortness of breath"}]
    }},
    {"resource": {
      "resourceType": "Observation",
      "status": "final",
      "code": {"coding": [{"system": "http://loinc.org", "code": "33762-6", "display": "NT-proBNP"}]},
      "subject": {"reference": "Patient/mhie-3390172"},
      "valueQuantity": {"value": 2870, "unit": "pg/mL"}
    }}
  ]
}
""")])

add('phi', 'phi-struct', 'Stoltz',
    'Data Delivery <datadelivery@pulsepatientsurveys.com>',
    'Patient Experience <patientexperience@riverbendhealth.org>',
    'RE: November outpatient survey file rejected - 14 rows', 'Wed, 02 Dec 2026 13:19:44 -0600',
    body="""Hello,

Your November outpatient sample file loaded with 14 rejected rows (bad phone format or
missing attending NPI). We've zipped the rejected rows; please correct and resubmit
by 12/9 so these patients can still be surveyed in the December cycle.

Thanks,
Pulse Patient Surveys - Data Operations
""",
    atts=[dict(kind='zip', name='RBH_OP_202611_rejects.zip', files=[('RBH_OP_202611_rejects.csv',
"""REJECT_REASON,MRN,LAST,FIRST,DOB,PHONE,EMAIL,VISIT_DATE,CLINIC,ATTENDING_NPI
PHONE_FORMAT,00512098,STOLTZ,BRENDA,1963-02-14,608-55-3012,bstoltz@tds.net,2026-11-03,RBH DERMATOLOGY WEST,1174502291
PHONE_FORMAT,00600341,KAMARA,ISHMAEL,1990-08-08,60842290,,2026-11-04,RBH ORTHO VERONA,1356021874
NPI_MISSING,00458817,DOYLE,PATRICK,1944-12-25,608-271-0043,,2026-11-06,RBH CARDIOLOGY MAIN,
NPI_MISSING,00721195,OLUWASEUN,ADAEZE,1998-03-17,414-339-2201,adaeze.o@gmail.com,2026-11-06,RBH OB/GYN EAST,
PHONE_FORMAT,00389902,KRUEGER,LOIS,1951-05-05,(608)2440091x,,2026-11-10,RBH INFUSION CENTER,1801199235
""")])])

add('phi', 'phi-struct', 'Greene',
    'FaxServer <faxserver@riverbendhealth.org>',
    'Neurology Referrals <neuro.referrals@riverbendhealth.org>',
    'Inbound fax from 6084372019 (7 pages)', 'Thu, 03 Dec 2026 10:58:02 -0600',
    body="""Inbound fax received 12/03/2026 10:57 AM on line 608-339-4790.
OCR text of page 1 follows. Full document attached in the fax system (job 2291844).

----------------------------------------------------------------------
              MOUNT HOREB FAMILY PRACTICE
       102 E Main St, Mount Horeb WI 53572
       Phone 608-437-2000   Fax 608-437-2019

                 FAX COVER SHEET
 To:      Riverbend Neurology - New Patient Referrals
 Fax:     608-339-4790
 From:    Dr. Amelia Strand / Becky (referral coord)
 Date:    12/3/26          Pages (incl cover): 7

 RE:  Harold W. Greene   DOB 11/04/1958
      Referral for EMG / nerve conduction study and neurology consult.
      Enclosed: referral form, last 2 office notes, lab results (B12, A1c, TSH),
      insurance card front/back (Medicare + AARP supplement).
      Pt prefers morning appts, phone 608-437-8814.

 CONFIDENTIALITY: The documents accompanying this facsimile contain
 confidential health information that is legally privileged...
----------------------------------------------------------------------
""")

add('phi', 'phi-struct', 'Mbatha',
    'Dr. Kofi Asante <kasante@lakeshorefamilymed.com>',
    'Riverbend OB Triage <obtriage@riverbendhealth.org>',
    'prenatal summary for transfer of care - Mbatha', 'Thu, 03 Dec 2026 17:22:09 -0600',
    body="""Our EHR can only export this as CCD. Pasting the relevant section since your
Direct address bounced. She's moving to Madison and will deliver with you; next
prenatal visit due around 12/17.

<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20261203"/>
  <recordTarget><patientRole>
    <id root="2.16.840.1.113883.19.5.99999.2" extension="LFM-204417"/>
    <addr><streetAddressLine>615 Jenifer St Apt 3</streetAddressLine><city>Madison</city><state>WI</state></addr>
    <patient>
      <name><given>Nomvula</given><family>Mbatha</family></name>
      <administrativeGenderCode code="F"/>
      <birthTime value="19950219"/>
    </patient>
  </patientRole></recordTarget>
  <component><structuredBody>
   <component><section>
    <title>Results</title>
    <text><table><tbody>
     <tr><td>Glucose 1hr 50g</td><td>148 mg/dL</td><td>2026-11-20</td></tr>
     <tr><td>Hemoglobin</td><td>10.6 g/dL</td><td>2026-11-20</td></tr>
     <tr><td>GBS</td><td>pending</td><td></td></tr>
    </tbody></table></text>
   </section></component>
   <component><section>
    <title>Medications</title>
    <text>Prenatal vitamin daily; ferrous sulfate 325 mg daily</text>
   </section></component>
  </structuredBody></component>
</ClinicalDocument>

Kofi Asante, MD
Lakeshore Family Medicine, Sheboygan
""")

add('phi', 'phi-struct', 'Pokorny',
    'Riverbend Outreach Lab <outreachlab@riverbendhealth.org>',
    'Interface Team <interfaces@prairieviewclinic.com>',
    'ORU not filing - sample attached', 'Fri, 04 Dec 2026 09:03:30 -0600',
    body="""Hi Prairie View team,

Your engine is NAKing our results since Tuesday (AE, "OBX-5 exceeds max length").
Looks like it's the comment OBX on the CBC. Attached one of the failing messages
so you can test on your side. There are 37 in the queue.

Nate
Riverbend Outreach Lab Client Services
""",
    atts=[dict(name='failed_ORU_0412.hl7', ctype='application/octet-stream', data=(
"MSH|^~\\&|BEAKER|RBH_LAB|PVC_EMR|PRAIRIEVIEW|202612010915||ORU^R01|LAB77120412|P|2.3\r"
"PID|1||PV0044129^^^PVC^MR~00833170^^^RBH^MR||POKORNY^JAROSLAV^||19570721|M|||77 N MAIN ST^^DEFOREST^WI^53532\r"
"ORC|RE|PV8812291|L77120412||CM\r"
"OBR|1|PV8812291|L77120412|CBC^CBC WITH DIFF^LN|||202611301040|||||||||1457321809^SCHULTZ^GRETA^^^MD\r"
"OBX|1|NM|6690-2^WBC^LN||3.1|10*3/uL|4.0-10.5|L|||F\r"
"OBX|2|NM|718-7^HEMOGLOBIN^LN||11.2|g/dL|13.5-17.5|L|||F\r"
"OBX|3|NM|777-3^PLATELETS^LN||98|10*3/uL|150-400|L|||F\r"
"OBX|4|TX|COMMENT^COMMENT||Smear reviewed by pathologist. Recommend repeat CBC in 1 week and correlation with current medications; see full pathology review comment in result viewer.|||||F\r"
))])
# ---------------------------------------------------------------- phi-ids
add('phi', 'phi-ids', '',
    'Provider Services <providerservices@summitcaretpa.com>',
    'PFS Denials Team <pfs.denials@riverbendhealth.org>',
    'RE: Reconsideration 2026112300457', 'Mon, 30 Nov 2026 09:48:00 -0600',
    body="""Reconsideration outcome:

Claim #:        2026112300457
Member ID:      BLF00229644-02
DOS:            10/14/2026
Billed:         $6,212.00  (rev 0360 / CPT 47562)
Decision:       UPHELD. Precertification was not obtained prior to the procedure.
                Retro-auth request received 11/20 is outside the 14-day window.

Further appeal rights: second-level appeal within 60 days to the plan sponsor.
""")

add('phi', 'phi-ids', '',
    'Becky Lund <blund@sunprairieclinic.com>',
    'Riverbend Outreach Lab <outreachlab@riverbendhealth.org>',
    'add on', 'Wed, 02 Dec 2026 11:06:18 -0600',
    body="""MRN 00438812 - can you add on a magnesium and phos to the BMP you drew this am at
the Sun Prairie draw station? Dr. Huebner signed order coming via fax. thx

Becky
""")

add('phi', 'phi-ids', '',
    'DDB Consultative Exam Unit <ddb.ce@dhs.wisconsin.gov>',
    'Riverbend Behavioral Health Scheduling <bhscheduling@riverbendhealth.org>',
    'CE appointment confirmation - claimant xxx-xx-6614', 'Tue, 01 Dec 2026 13:30:00 -0600',
    body="""Please confirm the following consultative examination is still on your schedule:

  Claimant SSN:     391-44-6614
  DDB case:         WI-2026-0883127
  Exam type:        Psychological CE with WAIS-IV
  Examiner:         Dr. Rebecca Lyle, PsyD
  Date/time:        12/11/2026 1:00 PM, Riverbend BH - Park Street
  Interpreter:      Hmong, requested

Report due within 10 business days of the exam. Please fax to 608-266-9082 with
the barcode cover sheet.

Consultative Examination Unit, Disability Determination Bureau
""")

add('phi', 'phi-ids', '',
    'ForwardHealth PA <noreply-pa@forwardhealth.wi.gov>',
    'Riverbend DME <dme@riverbendhealth.org>',
    'PA status change: 26331004417', 'Thu, 03 Dec 2026 03:00:00 -0600',
    body="""ForwardHealth Prior Authorization - Status Notification

PA Number:          26331004417
Member ID:          1004471932
Provider ID:        100288731 (RIVERBEND HEALTH DME)
Service:            K0861 power wheelchair, group 3, single power option
Status:             RETURNED TO PROVIDER
Reason:             Face-to-face mobility exam documentation is not dated within 6
                    months of the order. Please resubmit with the current exam
                    and the specialty evaluation (PT/OT).

Log in to the ForwardHealth Portal to respond. This mailbox is not monitored.
""")

add('phi', 'phi-ids', '',
    'Riverbend Patient Financial Services <billing@riverbendhealth.org>',
    'rgonzalez.madison@gmail.com',
    'Re: payment plan', 'Thu, 03 Dec 2026 15:41:12 -0600',
    cte='base64',
    body="""Hello,

Thank you for reaching out. We have set up the payment plan on account 77120934
(guarantor DOB 03/09/1961) for the balance of $2,316.40 from the 08/02/2026
emergency department visit and the follow-up imaging on 08/09/2026: $98.00 per
month starting 01/05/2027, no interest.

You may also qualify for financial assistance; the application is at
riverbendhealth.org/financial-help.

Patient Financial Services
Riverbend Health | 608-339-2700
""")

add('phi', 'phi-ids', '',
    'Maria Sokolowski <msokolowski@ironwoodcomp.com>',
    'Riverbend Occupational Health <occhealth@riverbendhealth.org>',
    'WC 26-WC-118834 authorization', 'Fri, 04 Dec 2026 08:22:19 -0600',
    body="""Adjuster here for Ironwood Comp. On claim 26-WC-118834 (employer Harwood Logistics,
DOI 10/30/2026, emp #H-10973):

- 8 additional PT visits approved through 01/31/2027
- MRI L shoulder approved, auth ref IW-884120
- please send the 12/1 work status report, we still show full duty restrictions off

Maria Sokolowski, Sr. Claims Adjuster, Ironwood Comp
P 262-402-7781
""")

add('phi', 'phi-ids', '',
    'Dr. Paul Huebner <phuebner@sunprairieclinic.com>',
    'GI Scheduling <gischeduling@riverbendhealth.org>',
    'FW: 4471203', 'Fri, 04 Dec 2026 12:02:44 -0600',
    body="""Forwarding the pt's reply for your scheduling queue - see below. Fine with me if
you move it.

PH
""",
    atts=[dict(kind='rfc822', name='4471203.eml', msg=dict(
        frm='GI Scheduling <gischeduling@riverbendhealth.org>',
        to='Dr. Paul Huebner <phuebner@sunprairieclinic.com>',
        subject='RE: 4471203', date='Thu, 03 Dec 2026 16:10:00 -0600',
        body="""Dr. Huebner - the screening colonoscopy for acct 4471203 (DOB 1/22/1966) was
rescheduled from 12/15 to 1/6/27 at 7:30 am, Main endoscopy, Dr. Arvidson. Pt asked
for a later date because of the holidays. Prep instructions re-mailed.

GI Scheduling
"""))])

# ---------------------------------------------------------------- phi-lang
add('phi', 'phi-lang', 'Morales',
    'Yesenia Morales <yesi.morales77@hotmail.com>',
    'Riverbend Pediatrics Northside <peds.northside@riverbendhealth.org>',
    'cita de mi hija Valeria', 'Mon, 30 Nov 2026 19:22:40 -0600',
    charset='windows-1252',
    body="""Buenas tardes,

Les escribo porque mi hija Valeria Morales Díaz (fecha de nacimiento 14/05/2019)
tiene cita con la doctora Beaumont el jueves 3 de diciembre a las 10:40 para su
chequeo de los 7 años y las vacunas. Ella sigue con tos y calentura desde el
domingo, ¿todavía la llevo o mejor cambiamos la cita? También necesito la forma
del WIC firmada.

Mi número es 608-590-3318, yo hablo poquito inglés, si me pueden llamar con
intérprete se lo agradezco.

Gracias,
Yesenia Morales
""")

add('phi', 'phi-lang', 'Nguyễn',
    'Tuan Nguyen <tuan.nguyen.wi@gmail.com>',
    'Riverbend Dialysis Center <dialysis.east@riverbendhealth.org>',
    'Lịch chạy thận của ba tôi', 'Tue, 01 Dec 2026 07:05:33 -0600',
    cte='base64',
    body="""Chào các cô chú,

Tôi là Tuấn, con trai của ông Nguyễn Văn Phúc (sinh năm 1950). Ba tôi đang chạy thận
ở trung tâm East vào thứ Hai, thứ Tư, thứ Sáu lúc 6 giờ sáng. Tuần sau (14-18/12)
gia đình tôi về Houston đám cưới, xin hỏi trung tâm có thể sắp xếp cho ba tôi chạy
thận ở Houston không? Bác sĩ Rahman nói phải làm giấy tờ trước 2 tuần.

Cảm ơn,
Nguyễn Tuấn - 608 712 4490

(My English is ok too if easier, thank you)
""")

add('phi', 'phi-lang', '陈',
    'Chen Li <lichen.madison@qq.com>',
    'Riverbend Interpreter Services <interpreters@riverbendhealth.org>',
    '关于我母亲的核磁共振报告', 'Tue, 01 Dec 2026 21:50:12 -0600',
    body="""您好，

我母亲陈秀兰（出生日期 1952年3月8日）上周五（11月27日）在你们医院主院区做了头部核磁共振。
报告已经在MyRiverbend上，但是全是英文，她看不懂，我也有些医学词汇不明白。
请问可以安排中文翻译帮我们解释一下吗？她下次看 Dr. Wexler 是12月10日。

谢谢！
陈丽（女儿）
电话：608-283-7719
""")

add('phi', 'phi-lang', 'Joseph',
    'Nadège Joseph <nadegejoseph@yahoo.com>',
    'Riverbend OB/GYN East <obgyn.east@riverbendhealth.org>',
    'randevou 8 desanm', 'Wed, 02 Dec 2026 08:44:51 -0600',
    body="""Bonjou,

Mwen se Nadège Joseph, mwen gen randevou pou swivi gwosès mwen ak Dr. Okafor 8
desanm a 2è. Mwen pa ka vini jou sa a paske mwen travay. Èske nou ka chanje l pou
vandredi 11 desanm? Mwen gen 28 semèn kounye a. Tanpri rele m 608-421-7603, mwen
bezwen entèprèt kreyòl.

Mèsi anpil
Nadège
""")

add('phi', 'phi-lang', 'Carvalho',
    'Antônio Carvalho <acarvalho1961@uol.com.br>',
    'Riverbend Patient Financial Services <billing@riverbendhealth.org>',
    'Conta hospitalar - internação de outubro', 'Wed, 02 Dec 2026 14:12:08 -0300',
    charset='iso-8859-1',
    body="""Prezados,

Meu nome é Antônio Carvalho. Estive visitando minha filha em Madison e fui internado
no hospital de vocês de 12 a 15 de outubro (cirurgia de apendicite de emergência).
Recebi agora no Brasil uma fatura de US$ 38.412,00, conta nº 40022019877.

Tenho seguro viagem (Assist Card, apólice AC-7719032-BR) e eles pedem o relatório
médico e a fatura detalhada em inglês para reembolsar. Podem enviar para este e-mail?

Atenciosamente,
Antônio Carvalho
""")

add('phi', 'phi-lang', 'Соколова',
    'Irina Sokolova <isokolova47@mail.ru>',
    'Riverbend Cardiology <cardiology.inbasket@riverbendhealth.org>',
    'Вопрос по лекарствам', 'Thu, 03 Dec 2026 09:27:40 -0600',
    cte='base64',
    body="""Здравствуйте, доктор Осман.

Пишет Ирина Сергеевна Соколова, дата рождения 17.09.1947. После визита 24 ноября вы
поменяли мне дозу варфарина на 5 мг, а в аптеке дали таблетки другого цвета. Я
боюсь, что это ошибка. Анализ МНО я сдавала в понедельник, результата ещё не видела.
Пожалуйста, позвоните мне по номеру 608-334-9012 (лучше с русским переводчиком).

С уважением,
И. Соколова
""")

add('phi', 'phi-lang', 'Dizon',
    'Ramon Dizon <rdizon.rn@gmail.com>',
    'Riverbend Wound Clinic <woundclinic@riverbendhealth.org>',
    'Re: Lola\'s appointment', 'Thu, 03 Dec 2026 20:15:26 -0600',
    body="""Hi po, follow up lang about my Lola, Remedios Dizon (DOB 02/02/1938). Yung
appointment niya sa wound clinic is Dec 10 pa, pero yung sugat sa heel niya parang
mas lumala since Monday, may konting drainage na at amoy. I'm a nurse pero sa
ibang hospital, so I know what I'm looking at, and I'm worried. Pwede po ba ma-move
earlier this week? Or should we just go to urgent care?

Salamat po,
Ramon (grandson)
608-770-1845
""")

# ---------------------------------------------------------------- clean-training
add('clean', 'clean-training', '',
    'HL7 Education <education@hl7training.org>',
    'Owen Fitzgerald <ofitzgerald@riverbendhealth.org>',
    'Your v2 Fundamentals course: Module 3 exercise', 'Mon, 30 Nov 2026 08:00:00 -0500',
    body="""Welcome to Module 3: ADT Events.

Exercise 3.2 - Identify the trigger event and fix the two errors in this message.
(All data below is fictitious and for training use only.)

MSH|^~\\&|SENDAPP|SENDFAC|RECVAPP|RECVFAC|20260101120000||ADT^A01|MSG00001|P|2.5.1
EVN|A01|20260101120000
PID|1||123456^^^HOSP^MR||TEST^PATIENT^A||19000101|U|||123 MAIN ST^^ANYTOWN^ZZ^00000
PV1|1|I|WARD^101^A||||0000^DOCTOR^EXAMPLE

Hint: look at PV1-3 and the date/time precision in EVN.

Submit your answers in the course portal by Friday. Live Q&A Wednesday 1 PM ET.
""")

add('clean', 'clean-training', '',
    'Compliance Learning <compliance-lms@riverbendhealth.org>',
    'All Riverbend Staff <allstaff@riverbendhealth.org>',
    'Annual HIPAA Privacy & Security module due 12/31', 'Tue, 01 Dec 2026 07:00:00 -0600',
    html="""<html><body style="font-family:Segoe UI">
<p>Your annual <b>HIPAA Privacy &amp; Security 2026</b> module is assigned and due <b>December 31</b>.</p>
<p>Sample question from this year's module:</p>
<blockquote style="border-left:3px solid #ccc;padding-left:8px">
A nurse receives an e-mail from a patient's employer asking whether the patient was seen in the ED last night. The employer says the patient gave verbal permission. What should the nurse do?<br>
A) Confirm the visit only, no details<br>B) Decline and refer the employer to Release of Information<br>C) Call the patient to verify, then answer<br>D) Forward the e-mail to the manager
</blockquote>
<p>Estimated time: 35 minutes. Launch from Riverbend Learning &gt; My Assignments.</p>
<p>Questions? Privacy Office x2-4410</p>
</body></html>""")

add('clean', 'clean-training', '',
    'Kayla Brandt <kbrandt@sagehealthit.com>',
    'Clinical Informatics <clinicalinformatics@riverbendhealth.org>',
    'Training environment logins for the new ED tracking board', 'Wed, 02 Dec 2026 11:45:00 -0600',
    body="""Hi team,

The TRN environment is refreshed for next week's super-user sessions. Each trainer has
a set of practice patients; please only use these in TRN:

  ZZTEST, ALPHA      MRN TRN000101   arrives by EMS, chest pain scenario
  ZZTEST, BRAVO      MRN TRN000102   peds fever scenario
  ZZTEST, CHARLIE    MRN TRN000103   fall on anticoagulant scenario
  ZZTEST, DELTA      MRN TRN000104   left without being seen workflow

Logins: trainer01 through trainer12, password reset on first use. Sessions are in the
Learning Center rooms B and C, Dec 8-10.

Kayla Brandt, Implementation Consultant, Sage Health IT
""")

add('clean', 'clean-training', '',
    'EDI Enrollment <edienrollment@quartzbenefits.com>',
    'Ryan Kowalski <rkowalski@riverbendhealth.org>',
    '2027 837P Companion Guide - summary of changes', 'Wed, 02 Dec 2026 15:00:00 -0600',
    body="""Trading Partner,

Version 4.2 of the 837P Companion Guide is effective 01/01/2027. Changes:

 - Loop 2010BA: subscriber ID must include the 2-digit suffix (e.g. QZ1234567-01)
 - Loop 2300 REF*G1 required when a prior authorization was issued
 - Max 50 service lines per claim (was 99)

Example (fictitious):
NM1*IL*1*SAMPLE*SUBSCRIBER****MI*QZ0000000-01~
REF*G1*PA00000000~

Full guide: quartzbenefits.com/edi. Testing window opens 12/7.
""")

add('clean', 'clean-training', '',
    'Midwest Hospital Medicine CME <cme@midwesthospmed.org>',
    'Hospitalist Group <hospitalists@riverbendhealth.org>',
    'Case of the Month: the confused patient with a normal CT', 'Thu, 03 Dec 2026 06:30:00 -0600',
    body="""CASE OF THE MONTH (de-identified; details altered for teaching)

A man in his late 70s is admitted from home with three days of increasing confusion
after a minor fall. CT head is negative. Sodium is 122 mmol/L, serum osmolality low,
urine osmolality 480, urine sodium 52. He recently started a new antidepressant.

Questions:
 1. What is the most likely cause of his hyponatremia?
 2. How fast should you correct the sodium, and what is the risk of going faster?
 3. Which home medication would you hold?

Answers and discussion posted Dec 17. 0.5 AMA PRA Category 1 Credit.
""")

add('clean', 'clean-training', '',
    'Sandbox Team <sandbox@openfhirlabs.io>',
    'Owen Fitzgerald <ofitzgerald@riverbendhealth.org>',
    'Your FHIR sandbox is ready', 'Fri, 04 Dec 2026 10:00:00 -0600',
    body="""Your sandbox "riverbend-dev" is provisioned with 1,000 synthetic patients generated by
Synthea. None of these records belong to real people.

Try it:
  GET https://sandbox.openfhirlabs.io/riverbend-dev/Patient?family=Frami345

  {"resourceType":"Patient","id":"syn-0019",
   "name":[{"family":"Frami345","given":["Abe604"]}],
   "birthDate":"1961-04-02","gender":"male"}

Client ID: rb-dev-7c21   Rate limit: 60 req/min. Sandbox expires in 90 days.
""")


def main():
    rows = []
    counter = 0
    for m in MSGS:
        counter += 1
        fn = '%s-%03d.eml' % (m['kind'], counter)
        with open(os.path.join(OUT, fn), 'wb') as f:
            f.write(build(m).as_bytes())
        rows.append((fn, m['label'], m['kind'], m['patient']))
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='') as f:
        w = csv.writer(f)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    print(len(rows), 'messages written')


if __name__ == '__main__':
    main()
