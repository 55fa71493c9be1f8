#!/usr/bin/env python3
"""Blind eval set: eye & ear care mail. Hand-written messages; stdlib only; deterministic."""
import os, random, csv, io, zipfile, base64, quopri, sys
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.message import MIMEMessage
from email.header import Header
from email.utils import formataddr
import email
import email.policy

random.seed(2424)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
MSGS = []


def tp(text, sub='plain', cs='utf-8', cte=None, fname=None, inline=False):
    p = MIMENonMultipart('text', sub, charset=cs)
    raw = text.encode(cs)
    if cte is None:
        try:
            raw.decode('ascii')
            cte = '7bit'
        except UnicodeDecodeError:
            cte = 'qp'
    if cte == '7bit':
        p.set_payload(text)
        p['Content-Transfer-Encoding'] = '7bit'
    elif cte == '8bit':
        p.set_payload(raw.decode(cs))
        p['Content-Transfer-Encoding'] = '8bit'
    elif cte == 'qp':
        p.set_payload(quopri.encodestring(raw).decode('ascii'))
        p['Content-Transfer-Encoding'] = 'quoted-printable'
    else:
        p.set_payload(base64.encodebytes(raw).decode('ascii'))
        p['Content-Transfer-Encoding'] = 'base64'
    if fname:
        p.add_header('Content-Disposition', 'inline' if inline else 'attachment', filename=fname)
    return p


def bp(data, mtype, fname):
    if isinstance(data, str):
        data = data.encode('utf-8')
    ma, sb = mtype.split('/')
    p = MIMENonMultipart(ma, sb, name=fname)
    p.set_payload(base64.encodebytes(data).decode('ascii'))
    p['Content-Transfer-Encoding'] = 'base64'
    p.add_header('Content-Disposition', 'attachment', filename=fname)
    return p


def zipped(files, zname):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, d in files:
            zi = zipfile.ZipInfo(n, date_time=(2026, 11, 30, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, d)
    return bp(buf.getvalue(), 'application/zip', zname)


def addr(x):
    if isinstance(x, tuple):
        return formataddr(x, charset='utf-8')
    return x


def build(frm, to, subj, date, body=None, html=None, atts=(), cs='utf-8', cte=None,
          cc=None, extra=None, hcs=None, hcte=None):
    if html is not None and body is not None:
        main = MIMEMultipart('alternative', boundary='----=_alt_%012x' % random.getrandbits(48))
        main.attach(tp(body, 'plain', cs, cte))
        main.attach(tp(html, 'html', hcs or cs, hcte or cte))
    elif html is not None:
        main = tp(html, 'html', hcs or cs, hcte or cte)
    else:
        main = tp(body, 'plain', cs, cte)
    if atts:
        m = MIMEMultipart('mixed', boundary='----=_NextPart_%012x' % random.getrandbits(48))
        m.attach(main)
        for a in atts:
            m.attach(a)
    else:
        m = main
        if 'MIME-Version' not in m:
            m['MIME-Version'] = '1.0'
    m['From'] = addr(frm)
    m['To'] = ', '.join(addr(t) for t in to) if isinstance(to, list) else addr(to)
    if cc:
        m['Cc'] = ', '.join(addr(t) for t in cc) if isinstance(cc, list) else addr(cc)
    try:
        subj.encode('ascii')
        m['Subject'] = subj
    except UnicodeEncodeError:
        m['Subject'] = Header(subj, 'utf-8')
    m['Date'] = date
    fa = frm[1] if isinstance(frm, tuple) else frm
    dom = fa.split('@')[-1].strip('>')
    m['Message-ID'] = '<%012x.%04d@%s>' % (random.getrandbits(48), len(MSGS) + 1, dom)
    for k, v in (extra or {}).items():
        m[k] = v
    # move MIME headers after the address headers for a natural look
    for h in ('MIME-Version', 'Content-Type', 'Content-Transfer-Encoding'):
        vals = m.get_all(h)
        if vals:
            del m[h]
            for v in vals:
                m[h] = v
    return m


def add(label, kind, patient, **kw):
    MSGS.append((label, kind, patient, build(**kw)))


def fwd(msg):
    return MIMEMessage(msg)


def outlook(inner, sig='', disclaimer=True):
    disc = ('<p style="font-size:8pt;color:#808080">CONFIDENTIALITY NOTICE: This e-mail, including any '
            'attachments, is for the sole use of the intended recipient(s) and may contain confidential '
            'information. If you are not the intended recipient, please contact the sender and destroy all '
            'copies.</p>') if disclaimer else ''
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style><!-- p.MsoNormal, li.MsoNormal {margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;} '
            'table.t {border-collapse:collapse} td {border:1px solid #999;padding:2px 6px;font-size:10pt} --></style>'
            '</head><body lang="EN-US" link="#0563C1"><div class="WordSection1">\n'
            + inner + '\n' + sig + disc + '\n</div></body></html>\n')

# ============================ PHI-CARE ============================
add('phi', 'phi-care', 'Oduya',
    frm=('Kendra Villalobos', 'kvillalobos@riverbendeye.com'),
    to=('Riverbend ASC Scheduling', 'asc.scheduling@riverbendeye.com'),
    cc=('Dr. Samuel Levin', 'slevin@riverbendeye.com'),
    subj='Vernon Oduya - L eye 1/14 needs repeat biometry',
    date='Mon, 30 Nov 2026 08:47:12 -0500',
    body="""Hi team,

Vernon Oduya is on the 1/14 board for left eye phaco w/ toric IOL (Dr. Levin, 2nd case).
His IOLMaster axial lengths from 11/19 don't match the A-scan we did in Oct (23.41 vs 23.88),
so Dr. Levin wants biometry + topography repeated before we order the lens.

Can you slot him into a tech visit sometime week of 12/7? He prefers mornings and he's
driven by his son so anything before 10 works. Best number is his cell 412-608-3317.

Please DON'T order the toric until the new numbers are in.

Thanks,
Kendra
Surgical Coordinator | Riverbend Eye Associates
""")

add('phi', 'phi-care', 'Pruitt',
    frm=('Dr. Samuel Levin', 'slevin@riverbendeye.com'),
    to=('Tasha Greer', 'tgreer@riverbendeye.com'),
    subj='RE: refill - Pruitt',
    date='Tue, 01 Dec 2026 12:03:55 -0500',
    extra={'In-Reply-To': '<a93f1d0c22be.7781@riverbendeye.com>'},
    body="""ok to refill x1 w/ 5 refills. She's due for pressure check + fields in Feb anyway, have the
desk book it when they call her back.

SL

-----Original Message-----
From: Tasha Greer <tgreer@riverbendeye.com>
Sent: Tuesday, December 1, 2026 10:41 AM
To: Samuel Levin <slevin@riverbendeye.com>
Subject: refill - Pruitt

Dr L - Eleanor Pruitt called, she's out of her latanoprost 0.005% (1 gtt OU qhs). Walgreens on
Carson St says no refills left on file. Last seen 8/12/26 with you. OK to send?

Tasha Greer, COA
""")

add('phi', 'phi-care', 'Fairweather',
    frm=('Mei-Ling Carver, Au.D.', 'mcarver@harborhearing.com'),
    to=('Front Desk - Harbor Hearing', 'frontdesk@harborhearing.com'),
    subj='Repair back from Sonavi - Gordon Fairweather',
    date='Wed, 02 Dec 2026 15:20:07 -0500',
    body="""Gordon Fairweather's left RIC came back from Sonavi today (receiver + dome replaced, shell
cleaned). He still has our loaner pair (serial L-0417/L-0418).

Please call him to come in for a quick listening check and swap the loaner back. He
doesn't do well on the phone so text first: 614-229-0871. Wife is Joan if she picks up.

Mei-Ling""",
    html=outlook("""<p class="MsoNormal">Gordon Fairweather&#8217;s left RIC came back from Sonavi today (receiver + dome replaced, shell cleaned). He still has our loaner pair (serial L-0417/L-0418).</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Please call him to come in for a quick listening check and swap the loaner back. He doesn&#8217;t do well on the phone so <b>text first</b>: 614-229-0871. Wife is Joan if she picks up.</p>
<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Mei-Ling</p>""",
        sig='<p class="MsoNormal" style="color:#1F4E79"><b>Mei-Ling Carver, Au.D.</b><br>Clinical Audiologist | Harbor Hearing &amp; Audiology<br>2201 Dock Street, Suite 4 &middot; (614) 229-4400</p>'))

_inner = build(
    frm=('Priscilla Amsel-Hart', 'pamselhart@riverbendeye.com'),
    to=('Retina Techs', 'retinatechs@riverbendeye.com'),
    subj='Kaplan-Moreno today',
    date='Thu, 03 Dec 2026 11:14:40 -0500',
    body="""Ruth Kaplan-Moreno was in for her q6wk aflibercept OD this morning. OCT looks dry for
the 2nd visit in a row so I'm extending her to 8 weeks. Please book next injection for
week of 1/28 and OCT same day. She asked about getting the ride service again, the
number is in her chart.

- PAH""")
add('phi', 'phi-care', 'Kaplan-Moreno',
    frm=('Luis Echeverria', 'lecheverria@riverbendeye.com'),
    to=('Riverbend Transport Desk', 'transport@riverbendeye.com'),
    subj='Fw: Kaplan-Moreno today',
    date='Thu, 03 Dec 2026 11:52:02 -0500',
    body="""Fwd from Dr. Amsel-Hart - can you set up the ride for Mrs. K-M for her 1/28 visit? She uses
the wheelchair van. Pickup is 88 Greenleaf Ct, Apt 2.

Luis
""",
    atts=[fwd(_inner)])

add('phi', 'phi-care', 'Marquardt',
    frm=('ClearView Optometry - Maple Ave', 'mapleave@clearviewoptometry.net'),
    to=('Orders - Lumira Lens Co.', 'orders@lumiralens.com'),
    subj='Annual supply order - acct 40-1187',
    date='Fri, 04 Dec 2026 09:30:19 -0600',
    body="""Account: 40-1187 (ClearView Optometry, Maple Ave)
Ship to: office

Patient: Tessa Marquardt
Product: Lumira Daily Aqua, 90pk
OD  -3.25  BC 8.6  DIA 14.2   qty 4
OS  -3.50  BC 8.6  DIA 14.2   qty 4

Fitted 11/20/26 by Dr. Hallberg. Please apply the annual-supply rebate form to this order.

Thank you,
Nadia - optical
""")

add('phi', 'phi-care', 'Beaumont',
    frm=('Dr. Anjali Nwosu', 'anwosu@riverbendeye.com'),
    to=('Dr. Peter Lindahl', 'plindahl@maplecrestfamilymed.org'),
    subj='Harold Beaumont - visit summary 11/3',
    date='Mon, 07 Dec 2026 16:05:44 -0500',
    body="""Dr. Lindahl,

Thank you for sending Mr. Beaumont over. Summary of his 11/3 visit is attached. Short version:
Humphrey 24-2 fields and OCT RNFL were repeated, IOPs 19/21 on his current drops, and I added
brimonidine to the left eye. He will come back in 4 months with repeat fields.

Please let me know if you have any questions.

Anjali Nwosu, MD
Riverbend Eye Associates
""",
    html=outlook("""<p class="MsoNormal">Dr. Lindahl,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thank you for sending Mr. Beaumont over. Summary of his 11/3 visit is attached. Short version: Humphrey 24-2 fields and OCT RNFL were repeated, IOPs 19/21 on his current drops, and I added brimonidine to the left eye. He will come back in 4 months with repeat fields.</p>
<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Please let me know if you have any questions.</p>""",
        sig='<p class="MsoNormal">Anjali Nwosu, MD<br>Riverbend Eye Associates<br>1450 Carson Street &middot; 412-555-0140</p>'),
    atts=[tp("""RIVERBEND EYE ASSOCIATES
1450 Carson Street, Pittsburgh PA

VISIT SUMMARY

Patient: Beaumont, Harold J.        DOB: 02/17/1949
Date of service: 11/03/2026         Provider: Anjali Nwosu, MD
Referring: Peter Lindahl, MD

VA cc: OD 20/25  OS 20/30
IOP (Goldmann): OD 19  OS 21 @ 10:20
Meds: latanoprost OU qhs; brimonidine 0.1% OS tid (new)
Testing: HVF 24-2 SITA-Fast OU; OCT RNFL OU
Plan: RTC 4 mo, HVF + IOP check

Electronically signed: A. Nwosu MD 11/03/2026 17:42
""", fname='Beaumont_H_visit_2026-11-03.txt')])

add('phi', 'phi-care', 'Avendaño',
    frm=('Rachel Odum, Au.D.', 'rodum@harborhearing.com'),
    to=('Dr. Farid Qureshi', 'fqureshi@lakeshoreent.org'),
    subj='CI candidacy testing - M. Avendaño',
    date='Tue, 08 Dec 2026 13:37:51 -0500',
    cte='base64',
    body="""Dr. Qureshi,

As discussed on the phone, I completed cochlear implant candidacy testing on Marisol Avendaño
today. Best-aided AzBio sentences: 28% in quiet, 9% at +10 SNR (right ear), CNC words 24%.
She has been wearing her current aids consistently (datalogging avg 13 h/day).

She'd like to proceed with the CT and surgical consult with you. She speaks Spanish at home;
her daughter Lucía usually comes with her and interprets, but please book an interpreter.
Full report and audiogram going over through the portal this afternoon.

Best,
Rachel Odum, Au.D., CCC-A
Harbor Hearing & Audiology
""")

add('phi', 'phi-care', 'Little',
    frm=('Jo Benning', 'jbenning@riverbendeye.com'),
    to=('ASC Nurses', 'ascnurses@riverbendeye.com'),
    subj='POD1',
    date='Wed, 09 Dec 2026 10:12:03 -0500',
    body="""Deshawn Little no show for his POD1 this am, left 2 vms. trying again at noon. if he calls in pls grab him

Sent from my iPhone
""")

# ============================ PHI-NAMES ============================
add('phi', 'phi-names', 'Okafor',
    frm=('Jenna Sorensen', 'jsorensen@riverbendeye.com'),
    to=('Marcus Tillery', 'mtillery@riverbendeye.com'),
    subj='Okafor, Benedict -- YAG f/u??',
    date='Wed, 25 Nov 2026 14:22:10 -0500',
    body="""Marcus did he ever come back after the YAG? His chart's still open in Dr. Nwosu's bucket
and she asked me this morning. If he was seen at Elm St can you close it out there.

J
""")

add('phi', 'phi-names', 'Lindqvist',
    frm=('Aisha Rahimi', 'arahimi@harborhearing.com'),
    to=('Dr. Helen Keller-Brandt', 'hkellerbrandt@harborhearing.com'),
    subj='room 3',
    date='Thu, 26 Nov 2026 10:48:31 -0500',
    body="""Helen - Pop-pop in room 3 (Mr Lindqvist, the one with the hat) keeps pulling his new aids out
and saying everything sounds "tinny". Granddaughter Britt is with him and wants to know if we
can turn them down today or whether he has to come back for a full refit. I told her you'd
pop in after your 11:00. Also Tom says the Real Ear probe tube is kinked in room 3, use room 2's.

Aisha
""")

add('phi', 'phi-names', 'Halloran',
    frm=('Becca Lind', 'blind@riverbendeye.com'),
    to=('Dr. Anjali Nwosu', 'anwosu@riverbendeye.com'),
    cc=('Tasha Greer', 'tgreer@riverbendeye.com'),
    subj='Mrs. Halloran\'s daughter called again',
    date='Fri, 27 Nov 2026 16:30:00 -0500',
    body="""Hi Dr. Nwosu,

Mrs. Halloran's daughter (Colleen) called a 3rd time today. Her mom is mixing up the two
bottles after the vitrectomy - she thinks the white cap is the steroid. I went over it again
(pred forte = pink cap, 4x a day; the antibiotic is the tan cap, stopping Sunday). Colleen
asked if we could mail a printed drop chart with pictures. Tasha said she'd make one.

Also she wants to know if her mom can sleep on her back yet or still face down. I said I'd
ask you. Callback 724-331-5082.

Becca
""")

add('phi', 'phi-names', 'Delacroix',
    frm=('Grace Whitfield', 'gwhitfield@clearviewoptometry.net'),
    to=('Ollie Brandt', 'obrandt@clearviewoptometry.net'),
    subj='RE: the Delacroix twins',
    date='Mon, 30 Nov 2026 09:05:12 -0600',
    body="""Yes both, same day please - their mom can only do Saturdays. Margot's frames came in
(the purple Ray-Ban Jr) but Theo's got backordered so just do Margot's dispense and
re-measure Theo's PD while they're here, I think we had it wrong.

> On Sat, Nov 28, 2026 at 4:12 PM Ollie Brandt <obrandt@clearviewoptometry.net> wrote:
> Grace - do you want Theo and Margot Delacroix booked together for the dispense?
> Dr. Hallberg also wanted Theo back for a recheck on the eye turn in 6 wks,
> could do it the same visit.
> Ollie
""")

add('phi', 'phi-names', 'Castellano',
    frm=('Tom Nakashima', 'tnakashima@harborhearing.com'),
    to=('Mei-Ling Carver', 'mcarver@harborhearing.com'),
    subj='Big Jim is back - whistling again',
    date='Tue, 01 Dec 2026 11:40:55 -0500',
    body="""Big Jim Castellano is at the desk, says both aids are whistling "like a tea kettle" since
Thanksgiving. I think he's been using the old size 2 domes again. He doesn't have an appt
but he'll wait. Want me to put him in at 12:15 for a feedback recal?
-T
""")

add('phi', 'phi-names', 'Ribeiro',
    frm=('Patricia Odell', 'podell@clearviewoptometry.net'),
    to=['Lorraine Kaczmarek <lkaczmarek@clearviewoptometry.net>', '"Dr. Nikhil Patel" <npatel@clearviewoptometry.net>'],
    subj='Mix-up this afternoon - Dr. Patel vs Dr. Pattel',
    date='Wed, 02 Dec 2026 17:55:09 -0600',
    body="""Hi both,

Quick recap so it doesn't happen again. Lorraine checked in Tomás Ribeiro for Dr. Patel's 2:40
here at Maple Ave, but he was actually booked with Dr. Pattel at the Elm St office for his
contact lens follow-up. He waited 35 minutes before anyone noticed. Dr. Patel was kind enough
to see him anyway and did the lens check, so no harm done clinically, but Mr. Ribeiro was
(understandably) annoyed and we comped the visit.

Going forward please read the location column, not just the provider name. I've asked IT to
display "ELM" / "MAPLE" in bold on the schedule.

Patricia Odell
Practice Manager
""")

add('phi', 'phi-names', 'Whitcombe',
    frm=('Gail Ferreira', 'gferreira@clearviewoptometry.net'),
    to=('Billing', 'billing@clearviewoptometry.net'),
    subj='FW: Complaint - Mr. Whitcombe, refraction fee',
    date='Thu, 03 Dec 2026 08:15:44 -0600',
    body="""Can billing look into this before I call him back? He's right that nobody told him
refraction isn't covered by Medicare, the ABN isn't scanned in.

Gail

From: Dennis Whitcombe <dwhitcombe52@yahoo.com>
Sent: Wednesday, December 2, 2026 9:48 PM
To: info@clearviewoptometry.net
Subject: Bill

I was charged $45 for a "refraction" on my eye exam Nov 12 with Dr Hallberg. Nobody said
anything about an extra charge. Medicare should pay this. I want it taken off or I will
go somewhere else. Dennis Whitcombe
""")

add('phi', 'phi-names', 'Yusupova',
    frm=('Kim Tran', 'ktran@clearviewoptometry.net'),
    to=('Records - Elm St', 'records.elm@clearviewoptometry.net'),
    subj='pls pull chart',
    date='Fri, 04 Dec 2026 10:01:37 -0600',
    body="""Yusupova, Dilnoza -- she's at the window asking for a printed copy of her glasses Rx from
the Oct exam, going to buy online. ok to print? thx
""")
# ============================ PHI-SELF ============================
add('phi', 'phi-self', 'Szabo',
    frm=('Riverbend Patient Portal', 'noreply@portal.riverbendeye.com'),
    to=('Retina Inbox', 'retina.inbox@riverbendeye.com'),
    subj='New portal message from patient: Question after injection',
    date='Sun, 29 Nov 2026 20:41:18 -0500',
    body="""You have a new secure message.

From: Ilona Szabo (DOB 06/22/1953)
To: Dr. Priscilla Amsel-Hart / Retina
Subject: Question after injection

Hi, I had my second shot in the right eye last Tuesday. The first time it was fine but this
time my eye still feels scratchy and there's a little floating black dot that moves around.
No pain really and my vision is about the same. Is this normal or should I come in before my
next one? I don't want to bother the doctor on a Sunday.

Thank you,
Ilona

-- Reply through the portal. Do not reply to this e-mail. --
""")

add('phi', 'phi-self', 'Brandt',
    frm=('Karen Brandt-Ostrowski', 'kbostrowski@outlook.com'),
    to=('info@harborhearing.com', 'info@harborhearing.com'),
    subj='My father\'s hearing aids - THIRD time asking',
    date='Mon, 30 Nov 2026 07:58:02 -0500',
    body="""To whoever reads this inbox,

My father, Walter Brandt, paid $4,860 out of pocket in September for a pair of hearing aids
from your office. Since then the right one has stopped working TWICE. He has been in three
times. Each time he is told it's "wax" and sent home. He is 87 and I have to take a day off
work to drive him.

I called on the 18th and the 24th and was promised a call back from the audiologist. Nothing.

I want either (a) a new right aid, not a repaired one, or (b) a full refund under the 45-day
trial which we were told would be "extended" by Dr. Carver. I have that in writing on the
paperwork from 9/14.

Please call me at 330-517-2248. Not my father, he can't hear on the phone, which is the point.

Karen Brandt-Ostrowski
""")

add('phi', 'phi-self', 'Raman',
    frm=('Priya Raman', 'priya.raman.88@gmail.com'),
    to=('ClearView Optometry', 'info@clearviewoptometry.net'),
    subj='Rebate form + insurance question',
    date='Tue, 01 Dec 2026 13:24:45 -0600',
    body="""Hi there!

This is Priya Raman, I came in on 10/22 for my exam and contact lens fitting with Dr. Hallberg
(loved her btw). Two things:

1) The rebate form for the year supply says I need an itemized receipt with the Rx on it. The
one I got just says "CL materials $412". Could you email me the detailed one?

2) My VisionPath plan says they paid the exam but my EOB shows $0 toward contacts. I thought
I had a $150 allowance?? My member # is on the card you scanned but it's VPX 5520 1934 02 in
case.

Thanks so much!
Priya
(312) 884-0192
""")

add('phi', 'phi-self', 'Nguyen',
    frm=('Thanh Nguyen', 'nguyenvanthanh1949@yahoo.com'),
    to=('Riverbend Eye', 'appointments@riverbendeye.com'),
    subj='surgery monday question',
    date='Wed, 02 Dec 2026 06:12:40 -0500',
    body="""Hello Doctor office,

I am Mr. Nguyen Van Thanh, birthday 3/5/1949. My surgery of the left eye is on Monday 7
December with Doctor Levin. The paper say no eat after midnight. But I take the blood thinner
medicine (Eliquis) every morning, I must stop it or no? My family doctor is not answer the
phone. Also my son will drive me, he can wait in the building?

Thank you very much
Thanh
""")

add('phi', 'phi-self', 'Harris',
    frm=('Denise Harris', 'dharris.home@att.net'),
    to=('ClearView Optometry - Elm St', 'elmst@clearviewoptometry.net'),
    subj='school vision screening - my son',
    date='Thu, 03 Dec 2026 19:33:27 -0600',
    body="""Good evening,

My son Jaylen Harris (DOB 04/09/2017) didn't pass the vision screening at Lincoln Elementary
this week. The nurse's note says right eye 20/50, left 20/25 and "refer for full exam". He has
never had glasses. Do you take Medicaid for kids and do you have anything on a Saturday?
He gets really nervous with doctors so if there is someone good with kids please put him with them.

Thank you,
Denise Harris
815-402-7769
""")

add('phi', 'phi-self', 'Osei',
    frm=('Bernard Osei', 'bosei@comcast.net'),
    to=('Riverbend Eye Reminders', 'reminders@riverbendeye.com'),
    subj='Re: Appointment reminder - Riverbend Eye Associates',
    date='Fri, 04 Dec 2026 08:02:11 -0500',
    body="""Yes I will be there. Can I get the drops refilled at that time too, I am on the last bottle.
- Bernard

On Thu, Dec 3, 2026 at 6:00 PM, Riverbend Eye Associates <reminders@riverbendeye.com> wrote:
> Bernard Osei, this is a reminder of your appointment with Dr. Samuel Levin at Riverbend Eye
> Associates, 1450 Carson Street, on Friday, December 11 at 9:15 AM (glaucoma follow-up,
> visual field). Please arrive 15 minutes early and bring your drops and insurance card.
> Reply YES to confirm or call 412-555-0140 to reschedule.
""")

add('phi', 'phi-self', 'Kowalczyk',
    frm=('Stan Kowalczyk', 'stan.kowalczyk@gmail.com'),
    to=('Lakeshore ENT - Cochlear Implant Program', 'ciprogram@lakeshoreent.org'),
    subj='Referral for cochlear implant evaluation',
    date='Sat, 05 Dec 2026 11:17:09 -0500',
    body="""Hello,

My name is Stanley Kowalczyk. Rachel Odum at Harbor Hearing referred me to your program for a
cochlear implant evaluation. My hearing has gotten a lot worse in the last two years, even
with my hearing aids I can't follow my grandkids or the TV. She said she faxed my audiogram.

I have Medicare and a Humana supplement. I'm free most weekdays except Tuesdays (dialysis).
The best way to reach me is email or text to 216-704-3390 because phone calls are hard.

Thank you,
Stan Kowalczyk
DOB 10/28/1950
""",
    html="""<div dir="ltr"><div>Hello,</div><div><br></div><div>My name is Stanley Kowalczyk. Rachel Odum at Harbor Hearing referred me to your program for a cochlear implant evaluation. My hearing has gotten a lot worse in the last two years, even with my hearing aids I can't follow my grandkids or the TV. She said she faxed my audiogram.</div><div><br></div><div>I have Medicare and a Humana supplement. I'm free most weekdays except Tuesdays (dialysis). The best way to reach me is email or text to 216-704-3390 because phone calls are hard.</div><div><br></div><div>Thank you,</div><div>Stan Kowalczyk</div><div>DOB 10/28/1950</div></div>
""")

# ============================ PHI-LISTS ============================
add('phi', 'phi-lists', 'Abernathy',
    frm=('Jo Benning', 'jbenning@riverbendeye.com'),
    to=('ASC All Staff', 'asc.all@riverbendeye.com'),
    subj='OR board Tues 12/8 - FINAL',
    date='Mon, 07 Dec 2026 15:48:20 -0500',
    body="""Final board for tomorrow. Anesthesia: Dr. Rourke. Please note case 4 moved up.

TIME   PATIENT                 EYE  PROCEDURE                 IOL / NOTES              SURGEON
0715   Abernathy, Gloria       OD   Phaco/IOL                 SN60WF 21.5D             Levin
0800   Petrakis, Nikolaos      OS   Phaco/IOL toric           SN6AT4 19.0D             Levin
0845   Wu, Lian                OD   Phaco/IOL + iStent        SN60WF 22.0D             Nwosu
0930   Ferguson, Dale          OS   PPV/MP/gas                C3F8 - NO FLYING 8 wk    Amsel-Hart
1045   Mbeki, Thandiwe         OD   Phaco/IOL                 ZCB00 20.5D; latex allg  Levin
1130   Sorrentino, Angela      OS   Phaco/IOL                 SN60WF 23.0D             Levin

Ferguson needs interpreter? -> no, cancelled that, family will translate.
Jo
""")

add('phi', 'phi-lists', 'Vasquez',
    frm=('Nadia Osterhout', 'nosterhout@clearviewoptometry.net'),
    to=('Maple Ave Front Desk', 'mapleave@clearviewoptometry.net'),
    subj='contacts waiting >30 days - pls call',
    date='Tue, 08 Dec 2026 10:26:51 -0600',
    body="""These have been sitting in the CL drawer over a month. Can you guys call today? Pasted from
the tracking sheet:

Patient\tPhone\tProduct\tArrived\tPaid?
Vasquez, Adriana\t(312) 447-9081\tLumira Daily Aqua 90pk x4\t10/29\tY
Kimball, Trevor\t(773) 208-1166\tToric 6pk x2 OS only\t10/30\tN - $118 due
Ahmed, Sana\t(312) 990-4537\tMultifocal trial pair\t11/02\tN/A
Lindgren, Erik\t(708) 615-2230\tDaily 30pk x6\t11/04\tY
Oyelaran, Folake\t(312) 561-8804\tOrtho-K lenses (custom)\t11/05\tY - needs dispense visit

Erik already called once and said he'd come Sat.
""")

add('phi', 'phi-lists', 'Chaudhry',
    frm=('Tom Nakashima', 'tnakashima@harborhearing.com'),
    to=('Audiologists', 'audiologists@harborhearing.com'),
    subj='Repairs returned today (Sonavi + Phonak)',
    date='Wed, 09 Dec 2026 16:44:30 -0500',
    body="""Back in today, all in the repair bin w/ tags:

- Imran Chaudhry - R Sonavi Aura 7 RIC, new receiver M, under warranty -> Dr. Carver
- Beatrice Lamont - both Phonak, reshelled, $250 out of warranty (she already paid) -> Rachel
- Jim Castellano - L only, mic cover replaced -> Mei-Ling (he's coming Fri anyway)
- Hollis Pettigrew - CI processor sent back UNREPAIRED, Sonavi says that's a Cochlear unit,
  needs to go to the implant center. Someone needs to call him, he's without his processor.

Tom
""")

add('phi', 'phi-lists', 'Gallagher',
    frm=('Riverbend Reporting', 'reports@riverbendeye.com'),
    to=('Glaucoma Team', 'glaucoma.team@riverbendeye.com'),
    subj='Overdue glaucoma follow-up recall - December',
    date='Thu, 10 Dec 2026 06:00:00 -0500',
    body="""Overdue glaucoma follow-ups (no visit in >6 months past recall date). See HTML version.""",
    html=outlook("""<p class="MsoNormal">Team &#8212; monthly recall list below. Please work from the top; 2 letters already sent to anyone marked &#8220;L2&#8221;.</p><br>
<table class="t">
<tr><td><b>MRN</b></td><td><b>Patient</b></td><td><b>DOB</b></td><td><b>Last visit</b></td><td><b>Provider</b></td><td><b>Phone</b></td><td><b>Status</b></td></tr>
<tr><td>RB-104433</td><td>Gallagher, Maureen</td><td>09/14/1944</td><td>03/02/2026</td><td>Nwosu</td><td>412-361-7740</td><td>L2</td></tr>
<tr><td>RB-118902</td><td>Tran, Phuong</td><td>01/30/1961</td><td>02/11/2026</td><td>Levin</td><td>412-828-0913</td><td>L1</td></tr>
<tr><td>RB-097215</td><td>Osei, Bernard</td><td>07/07/1958</td><td>04/18/2026</td><td>Levin</td><td>412-243-6650</td><td>scheduled 12/11</td></tr>
<tr><td>RB-122076</td><td>Haddad, Samir</td><td>11/21/1966</td><td>01/09/2026</td><td>Nwosu</td><td>724-220-1187</td><td>L2</td></tr>
<tr><td>RB-131558</td><td>Kiplagat, Esther</td><td>05/03/1972</td><td>03/27/2026</td><td>Nwosu</td><td>412-606-3391</td><td>L1</td></tr>
</table>""", sig='<p class="MsoNormal" style="font-size:9pt;color:#595959">Generated automatically by Riverbend Reporting. Contains PHI &#8211; do not forward outside the practice.</p>', disclaimer=False))

add('phi', 'phi-lists', 'Hollingsworth',
    frm=('Dr. Priscilla Amsel-Hart', 'pamselhart@riverbendeye.com'),
    to=('Luis Echeverria', 'lecheverria@riverbendeye.com'),
    subj='RE: Thursday inj clinic',
    date='Mon, 07 Dec 2026 19:10:27 -0500',
    body="""Luis, changes for Thursday:

* Hollingsworth - switch to faricimab OS, auth came through
* Abdi OD - hold injection if OCT dry, just scan
* Pellegrini - bilateral today, give OD first
* Mr. Soto - BP was 190/100 last time, check before we prep him

Rest as is. Thx
P

________________________________
From: Luis Echeverria <lecheverria@riverbendeye.com>
Sent: Monday, December 7, 2026 4:02 PM
To: Priscilla Amsel-Hart <pamselhart@riverbendeye.com>
Subject: Thursday inj clinic

Dr. A-H, 14 on Thursday so far. Anything you want changed before I pull the drugs?
Hollingsworth, Walter / Abdi, Hodan / Pellegrini, Rosa / Soto, Armando / + 10 regulars
""")

add('phi', 'phi-lists', 'Delgado',
    frm=('Sherri Calloway', 'scalloway@riverbendeye.com'),
    to=('Kendra Villalobos', 'kvillalobos@riverbendeye.com'),
    subj='prior auths still pending',
    date='Tue, 08 Dec 2026 14:14:14 -0500',
    body="""Kendra - status of the ones you asked about. Anything not back by Thursday I'll peer-to-peer.

  Delgado, Rafael    - PPV OS 12/22 - Highmark - pending clinicals (sent again 12/4)
  Ng, Winnie         - Phaco OD 12/15 - UPMC Health Plan - APPROVED, auth# 7731908
  Brooks, Lamar      - Eylea q4wk x6 - Aetna - denied, step therapy w/ Avastin first
  St. Pierre, Claude - SLT OU - Medicare - no auth needed, told them twice
  Obi, Chidinma      - Phaco OS 1/5 - Cigna - pending

Sherri
Billing / Prior Auth
""")

_csv = """visit_date,patient_last,patient_first,phone,provider,appt_type,status
2026-11-30,Rosenthal,Miriam,412-621-0087,Levin,Glaucoma f/u,NO SHOW
2026-11-30,Acheampong,Kwame,412-377-9214,Nwosu,Post-op week 1,NO SHOW
2026-12-01,Dufresne,Paulette,724-455-1030,Amsel-Hart,Injection,NO SHOW
2026-12-02,Baptiste,Jean-Robert,412-930-7765,Levin,Cataract eval,NO SHOW
2026-12-03,Moreland,Scott,412-288-4406,Nwosu,Visual field,NO SHOW
2026-12-04,Szymanski,Halina,412-761-5521,Amsel-Hart,OCT + inj,NO SHOW
"""
add('phi', 'phi-lists', 'Rosenthal',
    frm=('Sherri Calloway', 'scalloway@riverbendeye.com'),
    to=('Patricia Okonkwo', 'pokonkwo@riverbendeye.com'),
    subj='no-shows last week',
    date='Mon, 07 Dec 2026 08:31:02 -0500',
    body="""Trish - no-show list for 11/30-12/4 attached. The post-op and the injection ones worry me most,
can clinical call those two today?
""",
    atts=[tp(_csv, 'csv', fname='noshow_wk49.csv')])
# ============================ PHI-STRUCT ============================
add('phi', 'phi-struct', 'Petrakis',
    frm=('Interface Engine', 'ie-alerts@riverbendeye.com'),
    to=('EHR Support', 'ehr.support@riverbendeye.com'),
    subj='[IE ALERT] ASC_ADT_IN: 1 message(s) in error queue',
    date='Mon, 07 Dec 2026 05:02:44 -0500',
    body="""Channel:     ASC_ADT_IN (SurgiTrack -> Riverbend EHR)
Error time:  2026-12-07 05:02:41
Error:       PID-3 identifier not found in MPI; auto-create disabled (rule MPI-07)
Retries:     3 of 3, message moved to ERROR queue

Raw message:
MSH|^~\\&|SURGITRACK|RBASC|EHR|RIVERBEND|20261207050241||ADT^A04|ST8839120|P|2.5.1
EVN|A04|20261207050241
PID|1||RB-1193400^^^RBE^MR||PETRAKIS^NIKOLAOS^G||19520611|M|||2218 BEECHVIEW AVE^^PITTSBURGH^PA^15216||(412)531-7702|||M||77120034
PV1|1|O|ASC^OR2^^RBASC||||1194773311^LEVIN^SAMUEL^^^MD|||OPH||||||||SDS|ASC20261208-02|||||||||||||||||||||||||20261208071500
DG1|1||H25.12^Age-related nuclear cataract, left eye^I10
IN1|1|MCR|00401|MEDICARE PART B|||||||||||||PETRAKIS^NIKOLAOS^G|01|19520611|||||||||||||||||||||||||7KQ4-TE2-RM81

Action: correct MRN in SurgiTrack or merge in MPI, then resubmit from the console.
""")

_837 = ("ISA*00*          *00*          *ZZ*CLRVIEWOPT     *ZZ*VISIONPATH     *261204*1012*^*00501*000004417*0*P*:~"
        "GS*HC*CLRVIEWOPT*VISIONPATH*20261204*1012*4417*X*005010X222A1~"
        "ST*837*0001*005010X222A1~BHT*0019*00*CV20261204A*20261204*1012*CH~"
        "NM1*41*2*CLEARVIEW OPTOMETRY*****46*CV88120~PER*IC*BILLING*TE*3125550188~"
        "NM1*40*2*VISIONPATH BENEFITS*****46*VPB01~"
        "HL*1**20*1~NM1*85*2*CLEARVIEW OPTOMETRY*****XX*1548822190~N3*4410 MAPLE AVE~N4*OAK PARK*IL*60302~REF*EI*364418820~"
        "HL*2*1*22*0~SBR*P*18*VP-GRP-3301******VS~"
        "NM1*IL*1*MARQUARDT*TESSA*L***MI*VPX448120917~N3*918 N EUCLID AVE~N4*OAK PARK*IL*60302~DMG*D8*19940316*F~"
        "NM1*PR*2*VISIONPATH BENEFITS*****PI*VPB01~"
        "CLM*CV-55091*262.00***11:B:1*Y*A*Y*Y~HI*ABK:H52.13*ABF:H52.223~"
        "LX*1~SV1*HC:92014*135.00*UN*1***1~DTP*472*D8*20261120~"
        "LX*2~SV1*HC:92310*127.00*UN*1***1~DTP*472*D8*20261120~"
        "SE*22*0001~GE*1*4417~IEA*1*000004417~")
add('phi', 'phi-struct', 'Marquardt',
    frm=('ClearView Billing', 'billing@clearviewoptometry.net'),
    to=('VisionPath EDI Support', 'edi.support@visionpathbenefits.com'),
    subj='Rejected 837 batch 4417 - please advise',
    date='Fri, 04 Dec 2026 11:48:03 -0600',
    body="""Hello,

Our batch 4417 was rejected with 999 error IK3*HI*... "invalid qualifier". The file is attached
as sent. We're using ABK/ABF which I believe is correct for ICD-10. Can someone tell us what
your system is expecting? It's one claim only.

Thanks,
Gail Ferreira
ClearView Optometry Billing
""",
    atts=[bp(_837, 'application/octet-stream', 'CV_837P_4417.x12')])

add('phi', 'phi-struct', 'Raman',
    frm=('Kim Tran', 'ktran@clearviewoptometry.net'),
    to=('Gail Ferreira', 'gferreira@clearviewoptometry.net'),
    subj='eligibility response looks weird - Raman',
    date='Tue, 01 Dec 2026 15:02:33 -0600',
    body="""Gail, this is what came back on Priya Raman (she emailed about her CL allowance). The EB
for materials says 0 remaining but she says she hasn't used it. Is it reading last year's?

ISA*00*          *00*          *ZZ*VISIONPATH     *ZZ*CLRVIEWOPT     *261201*1455*^*00501*000088213*0*P*:~
GS*HB*VISIONPATH*CLRVIEWOPT*20261201*1455*88213*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*ELG7781920*20261201*1455~
HL*1**20*1~NM1*PR*2*VISIONPATH BENEFITS*****PI*VPB01~
HL*2*1*21*1~NM1*1P*2*CLEARVIEW OPTOMETRY*****XX*1548822190~
HL*3*2*22*0~NM1*IL*1*RAMAN*PRIYA****MI*VPX552019340~DMG*D8*19880227*F~
DTP*346*D8*20260101~
EB*1**30**VP GOLD~
EB*C*IND*AL***27*0~MSG*EXAM COPAY MET~
EB*F*IND*AL***29*0*****Y~MSG*CONTACT LENS MATERIALS ALLOWANCE USED 20261022~
EB*F*IND*AJ***29*150~
SE*14*0001~GE*1*88213~IEA*1*000088213~

Kim
""")

_fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "timestamp": "2026-12-02T14:31:07-05:00",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "hh-10442",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "HH-10442"}],
        "name": [{"family": "Lamont", "given": ["Beatrice", "A"]}],
        "birthDate": "1947-08-19",
        "gender": "female",
        "telecom": [{"system": "phone", "value": "614-882-3071"}]
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "status": "final",
        "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "exam"}]}],
        "code": {"text": "Pure tone audiogram, air conduction, right ear"},
        "subject": {"reference": "Patient/hh-10442"},
        "effectiveDateTime": "2026-12-02T10:15:00-05:00",
        "performer": [{"display": "Rachel Odum, AuD"}],
        "component": [
          {"code": {"text": "500 Hz"}, "valueQuantity": {"value": 35, "unit": "dB HL"}},
          {"code": {"text": "1000 Hz"}, "valueQuantity": {"value": 45, "unit": "dB HL"}},
          {"code": {"text": "2000 Hz"}, "valueQuantity": {"value": 60, "unit": "dB HL"}},
          {"code": {"text": "4000 Hz"}, "valueQuantity": {"value": 75, "unit": "dB HL"}}
        ]
      }
    }
  ]
}
"""
add('phi', 'phi-struct', 'Lamont',
    frm=('Devin Park', 'dpark@harborhearing.com'),
    to=('Noah Feldstein', 'nfeldstein@sonavi-hearing.com'),
    subj='FHIR export test - fitting software import',
    date='Wed, 02 Dec 2026 16:10:55 -0500',
    body="""Noah,

Attached is the Bundle our EHR spits out after an audiogram. Your fitting software import
chokes on it ("component.code missing coding"). This is a real patient from this morning,
so please handle accordingly and delete after you've looked. Can you tell if it's our side
or yours?

Devin Park
IT / Systems, Harbor Hearing & Audiology
""",
    atts=[bp(_fhir, 'application/json', 'audiogram_bundle_hh10442.json')])

_fit = """FittingDate\tPatientID\tLastName\tFirstName\tDOB\tSide\tModel\tSerial\tAudiologist\tPrice
2026-11-02\tHH-10398\tChaudhry\tImran\t1959-02-14\tR\tSonavi Aura 7 RIC\t2241K0911\tCarver\t2430.00
2026-11-02\tHH-10398\tChaudhry\tImran\t1959-02-14\tL\tSonavi Aura 7 RIC\t2241K0912\tCarver\t2430.00
2026-11-05\tHH-10401\tEsposito\tCarmela\t1941-12-01\tB\tSonavi Aura 5 BTE\t2238B0440/41\tOdum\t3980.00
2026-11-11\tHH-10415\tWainwright\tGeorge\t1950-06-30\tR\tSonavi Aura 7 RIC\t2241K0957\tCarver\t2430.00
2026-11-17\tHH-10423\tMendoza\tLuz\t1963-04-22\tB\tSonavi Aura 7 RIC\t2241K1002/03\tOdum\t4860.00
2026-11-24\tHH-10431\tBjornstad\tIngrid\t1955-09-09\tB\tSonavi Aura 5 RIC\t2240K0733/34\tCarver\t3980.00
"""
add('phi', 'phi-struct', 'Chaudhry',
    frm=('Harbor Hearing Accounting', 'accounting@harborhearing.com'),
    to=('Sonavi Rebates', 'rebates@sonavi-hearing.com'),
    subj='Q4 volume rebate - November fittings',
    date='Mon, 07 Dec 2026 09:12:30 -0500',
    body="""Hi,

Attached is our November fitting log for the Q4 volume rebate (zipped, password was not
required per your rep). Serial numbers are in column H.

Regards,
Harbor Hearing & Audiology - Accounting
""",
    atts=[zipped([('Nov2026_fittings.tsv', _fit)], 'HH_Nov2026_fittings.zip')])

_ccd = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.14"/>
  <title>Referral Note</title>
  <effectiveTime value="20261208"/>
  <recordTarget>
    <patientRole>
      <id extension="HH-10377" root="2.16.840.1.113883.3.9921.1"/>
      <addr><streetAddressLine>41 Orchard Hill Rd</streetAddressLine><city>Westerville</city><state>OH</state><postalCode>43081</postalCode></addr>
      <telecom value="tel:+1-614-901-2287"/>
      <patient>
        <name><given>Hollis</given><given>R</given><family>Pettigrew</family></name>
        <administrativeGenderCode code="M"/>
        <birthTime value="19480314"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <title>Reason for Referral</title>
      <text>Cochlear implant processor (right) non-functional; manufacturer declined repair. Patient currently without access to sound on the implanted side. Requesting urgent loaner processor and reprogramming.</text>
    </section></component>
    <component><section>
      <title>Procedures</title>
      <text>Right cochlear implant 2019 (Lakeshore ENT). Left ear hearing aid, Phonak, fit 2023.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
add('phi', 'phi-struct', 'Pettigrew',
    frm=('Rachel Odum, Au.D.', 'rodum@harborhearing.com'),
    to=('Lakeshore ENT - Cochlear Implant Program', 'ciprogram@lakeshoreent.org'),
    subj='Urgent referral - CI processor',
    date='Thu, 10 Dec 2026 08:40:19 -0500',
    body="""Please see attached referral (C-CDA). He is one of your implant patients and has been
without his processor since last week. Can someone call him today?

Rachel Odum, Au.D.
""",
    atts=[tp(_ccd, 'xml', fname='referral_CCD.xml')])

add('phi', 'phi-struct', 'Sorrentino',
    frm=('RightFax Server', 'fax@riverbendeye.com'),
    to=('ASC Nurses', 'ascnurses@riverbendeye.com'),
    subj='Fax received from 4126644100 (4 pages)',
    date='Fri, 04 Dec 2026 13:55:01 -0500',
    body="""A fax was received. OCR text of page 1 follows. Full fax attached as PDF in the document
management queue "ASC-PREOP".

-------------------------------------------------------------
        SQUIRREL HILL INTERNAL MEDICINE
        5820 Forbes Ave  Pittsburgh PA 15217
        Ph 412-664-4000   Fax 412-664-4100

        F A C S I M I L E

 To:    Riverbend Surgery Center - Pre-op     Fax: 412-555-0149
 From:  Dr. Howard Feinberg                    Date: 12/04/2026
 Re:    Pre-operative clearance
        Patient: Angela Sorrentino   DOB 01/25/1946
        Surgery: L eye cataract 12/08/2026 (Dr. Levin)

 Pages (incl. cover): 4
 [x] H&P   [x] EKG   [x] BMP/CBC   [ ] Chest X-ray

 Comments: Cleared for MAC. K+ 3.3, repleted, recheck not needed
 for this procedure. Continue metoprolol morning of surgery.

 CONFIDENTIAL: This facsimile contains protected health information.
-------------------------------------------------------------
""")

_835 = """ISA*00*          *00*          *ZZ*HIGHMARK       *ZZ*RIVERBENDEYE   *261203*0600*^*00501*000771204*0*P*:~
GS*HP*HIGHMARK*RIVERBENDEYE*20261203*0600*771204*X*005010X221A1~
ST*835*0001~
BPR*I*1184.22*C*ACH*CCP*01*043000096*DA*0011829304*1234567890**01*031000053*DA*88120044*20261204~
TRN*1*EFT20261203771*1234567890~
N1*PR*HIGHMARK BCBS~
N1*PE*RIVERBEND EYE ASSOCIATES*XX*1194773311~
CLP*RB7741209*1*1450.00*1184.22*0*12*HM26338199201~
NM1*QC*1*DELGADO*RAFAEL****MI*HMK88120774~
NM1*82*1*AMSEL-HART*PRISCILLA****XX*1639271180~
DTM*232*20261110~
SVC*HC:67036:RT*1450.00*1184.22**1~
CAS*CO*45*265.78~
SE*12*0001~
GE*1*771204~
IEA*1*000771204~
"""
add('phi', 'phi-struct', 'Delgado',
    frm=('Sherri Calloway', 'scalloway@riverbendeye.com'),
    to=('Patricia Okonkwo', 'pokonkwo@riverbendeye.com'),
    subj='FW: 835 - posting question',
    date='Thu, 03 Dec 2026 10:22:47 -0500',
    body="""Trish - the Highmark ERA for the November vitrectomy posted to the wrong DOS. File attached,
CLP is the only claim in it. Want me to reverse and repost or will you?
""",
    atts=[bp(_835, 'application/octet-stream', 'HIGHMARK_ERA_20261203.835')])
# ============================ PHI-IDS ============================
add('phi', 'phi-ids', '',
    frm=('Luis Echeverria', 'lecheverria@riverbendeye.com'),
    to=('Retina Techs', 'retinatechs@riverbendeye.com'),
    subj='00483321',
    date='Thu, 10 Dec 2026 14:48:09 -0500',
    body="""MRN 00483321 - OS inj done 2:40, IOP 18 post, CF check ok. next 12/30 w/ OCT. chart is open in rm 5, pls sign off
""")

add('phi', 'phi-ids', '',
    frm=('Gail Ferreira', 'gferreira@clearviewoptometry.net'),
    to=('VisionPath Provider Services', 'providers@visionpathbenefits.com'),
    subj='Claim VP2611-0048213 denial - frequency',
    date='Mon, 30 Nov 2026 10:05:37 -0600',
    body="""Hello,

Claim # VP2611-0048213
Member ID: VPX448120917
DOS: 10/14/2026
Billed: 92004 + V2020 frame + V2103 SV lenses

Denied "frequency limitation - materials". Our records show the member's last materials
benefit was 09/2024, so they should be eligible. Please reprocess or tell us the date you
have on file.

Gail Ferreira
ClearView Optometry | NPI 1548822190
""")

add('phi', 'phi-ids', '',
    frm=('Devin Park', 'dpark@harborhearing.com'),
    to=('Warranty - Sonavi', 'warranty@sonavi-hearing.com'),
    subj='Warranty claim - S/N 2241K0938',
    date='Tue, 01 Dec 2026 09:49:13 -0500',
    body="""S/N 2241K0938 (Aura 7 RIC, R)
Our patient acct: HH-10442
Fit date: 05/14/2025
Receiver replaced twice (02/2026, 09/2026), now intermittent dead. Patient reports it cuts
out when chewing. Requesting full unit replacement under the 3-yr warranty.
RMA please.

Devin
""")

add('phi', 'phi-ids', '',
    frm=('Sherri Calloway', 'scalloway@riverbendeye.com'),
    to=('Kendra Villalobos', 'kvillalobos@riverbendeye.com'),
    subj='RE: which pt?',
    date='Wed, 02 Dec 2026 11:29:40 -0500',
    body="""DOB 7/19/1962, MRN RB-220918. She had the SLT in August, so Medicare won't pay for the
other eye until after 2/19. Tell the doc we'll need to push or get an ABN.

-----Original Message-----
From: Kendra Villalobos
Sent: Wednesday, December 2, 2026 11:10 AM
To: Sherri Calloway
Subject: which pt?

Which one were you talking about this morning? I have 3 SLTs on the 12/16 board.
""")

add('phi', 'phi-ids', '',
    frm=('Patricia Okonkwo', 'pokonkwo@riverbendeye.com'),
    to=('Sherri Calloway', 'scalloway@riverbendeye.com'),
    subj='prior auth needed 1/8',
    date='Fri, 04 Dec 2026 15:41:22 -0500',
    body="""Sherri, need a PA started for a PPV/membrane peel 1/8/27, Dr. A-H. Pt w/ SSN ending 4471,
DOB 11/30/1948, Aetna Medicare Advantage, member W228193304. Clinicals are in the 12/2 note.
""")

add('phi', 'phi-ids', '',
    frm=('ClearView Optometry - Elm St', 'elmst@clearviewoptometry.net'),
    to=('Northstar Optical Lab', 'jobs@northstaroptical.com'),
    subj='Job 26-118842 status?',
    date='Mon, 07 Dec 2026 12:12:12 -0600',
    body="""Hi Northstar,

Job 26-118842 (progressive, 1.67 AR, in our Silhouette frame) was promised 12/3 and still
not here. Member 8830 2291 04 on VisionPath so it's billed to the plan, can't switch labs.
Patient was told it'd be ready for his trip on the 11th. Please advise on ETA.

Thanks - Elm St optical
""")

add('phi', 'phi-ids', '',
    frm=('Harbor Hearing Billing', 'billing@harborhearing.com'),
    to=('Claims - TruHear Benefits', 'claims@truhearbenefits.com'),
    subj='Resubmission: acct 77120-4 / DOS 11/18/2026',
    date='Tue, 08 Dec 2026 10:30:00 -0500',
    body="""Resubmitting corrected claim for account 77120-4.
Insured DOB 03/02/1951, Member TH-00917762
DOS 11/18/2026: 92557 comprehensive audiometry, 92567 tympanometry, V5261 binaural digital
hearing aids.
Original claim TH26-3318840 was denied for missing audiogram; audiogram attached to the
portal upload today.
""",
    atts=[tp("""<html><head><title>TruHear Provider Portal - Claim Status</title></head><body style="font-family:Arial">
<h3>Claim Status Inquiry</h3>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Claim #</th><td>TH26-3318840</td></tr>
<tr><th>Member ID</th><td>TH-00917762</td></tr>
<tr><th>Member DOB</th><td>03/02/1951</td></tr>
<tr><th>Provider</th><td>Harbor Hearing &amp; Audiology</td></tr>
<tr><th>Service date</th><td>11/18/2026</td></tr>
<tr><th>Status</th><td>DENIED &ndash; N350 Missing/incomplete documentation (audiometric results)</td></tr>
<tr><th>Billed / Allowed</th><td>$5,240.00 / $0.00</td></tr>
</table><p style="font-size:11px">Printed 12/08/2026 09:58 by HHBILLING2</p></body></html>
""", 'html', fname='claim_status_TH26-3318840.html')])

# ============================ PHI-LANG ============================
add('phi', 'phi-lang', 'Gutiérrez',
    frm=('Marisela Gutiérrez', 'marisela.gtz@hotmail.com'),
    to=('Riverbend Eye', 'appointments@riverbendeye.com'),
    subj='Cirugía de mi mamá el jueves',
    date='Sun, 06 Dec 2026 21:18:40 -0500',
    cs='iso-8859-1', cte='qp',
    body="""Buenas noches,

Les escribo por mi mamá, Rosa Elena Gutiérrez (fecha de nacimiento 14/08/1950). Tiene la
cirugía del ojo derecho este jueves 10 de diciembre con el Dr. Levin.

Tengo unas preguntas:
1. ¿Puede tomar su pastilla de la presión en la mañana con un poquito de agua?
2. Las gotas que le dieron (el antibiótico), ¿se las empieza a poner desde hoy o desde mañana?
3. ¿A qué hora tenemos que llegar? En el papel dice 6:30 pero la muchacha por teléfono dijo 7.

Ella no habla inglés, yo voy a estar con ella todo el día. Mi celular es 412-719-0346.

Muchas gracias,
Marisela Gutiérrez
""")

add('phi', 'phi-lang', 'Pham',
    frm=('Pham Thi Lan', 'phamthilan62@gmail.com'),
    to=('Harbor Hearing', 'info@harborhearing.com'),
    subj='Hỏi về lịch hẹn máy trợ thính',
    date='Mon, 07 Dec 2026 09:02:15 -0500',
    cte='base64',
    body="""Chào văn phòng,

Tôi là Phạm Thị Lan, sinh ngày 12/04/1962. Tôi có hẹn với bác sĩ Rachel Odum ngày 15/12 để
chỉnh lại máy trợ thính bên tai trái. Máy này hay bị rè và hết pin rất nhanh, chỉ dùng được
một ngày.

Tôi có thể đổi sang buổi chiều được không? Buổi sáng tôi phải đi làm. Con gái tôi sẽ đi
cùng để dịch. Số điện thoại: 614-338-9052.

Cảm ơn nhiều,
Lan
""")

add('phi', 'phi-lang', 'Zhou',
    frm=('Kevin Zhou', 'kzhou.work@gmail.com'),
    to=('Retina Inbox', 'retina.inbox@riverbendeye.com'),
    subj='关于我父亲的眼睛注射 / my father Zhou Jianguo',
    date='Tue, 08 Dec 2026 22:40:51 -0500',
    cte='base64',
    body="""您好，

我父亲周建国（出生日期 1944年9月3日）每六周在你们诊所打一次眼睛注射，医生是 Dr. Amsel-Hart。
他下次的预约是12月17日上午，但那天我要出差，没人能送他去。

能不能改到12月21日或者22日？另外他说上次打完针以后右眼一直有点红，过了三天才好，这正常吗？

Sorry my English is not good, I can also talk on phone: 412-885-2090.

谢谢！
周凯文 (Kevin Zhou)
""")

add('phi', 'phi-lang', 'Joseph',
    frm=('Marie-Ange Joseph', 'marieangejoseph@yahoo.com'),
    to=('Riverbend Eye', 'appointments@riverbendeye.com'),
    subj='Gout pou je mwen',
    date='Wed, 09 Dec 2026 07:45:33 -0500',
    body="""Bonjou,

Se Marie-Ange Joseph. Dokte Nwosu ban m gout pou tansyon nan je m (timolol), men famasi a di
yo pa gen li, yo di se "backorder". Mwen fin itilize dènye boutèy la yè swa.

Èske doktè a ka voye yon lòt medikaman bay famasi CVS sou Brownsville Rd? Oswa èske m ka vin
chèche echantiyon nan biwo a?

Mèsi anpil
Marie-Ange
412-886-0917
""")

add('phi', 'phi-lang', 'Ferreira Lopes',
    frm=('Beatriz Souza', 'bsouza@clearviewoptometry.net'),
    to=('Joana Ferreira Lopes', 'joanaflopes@uol.com.br'),
    subj='Suas lentes de contato chegaram',
    date='Thu, 10 Dec 2026 10:15:00 -0600',
    cs='windows-1252', cte='qp',
    body="""Olá Joana,

Aqui é a Beatriz da ClearView Optometry (Maple Ave). Suas lentes de contato tóricas chegaram
hoje – 2 caixas do olho direito e 2 do esquerdo, conforme a receita da Dra. Hallberg do dia
19/11.

Como a senhora mencionou que volta para o Brasil em janeiro, recomendo passar aqui antes do
dia 23/12 para a gente conferir o encaixe da lente esquerda, que girou um pouco no teste.
O valor restante é US$ 96,00 (o plano VisionPath já cobriu o resto).

Qualquer dúvida é só responder este e-mail.

Abraços,
Beatriz Souza
Ótica – ClearView Optometry
""")

add('phi', 'phi-lang', 'Volkova',
    frm=('Ирина Волкова', 'irina.volkova.1957@mail.ru'),
    to=('Harbor Hearing', 'info@harborhearing.com'),
    subj='Результаты аудиограммы',
    date='Thu, 10 Dec 2026 18:22:07 -0500',
    cte='base64',
    body="""Здравствуйте,

Меня зовут Ирина Волкова, дата рождения 21.02.1957. Я проходила проверку слуха у вас
1 декабря (доктор Карвер). Мне сказали, что результаты пришлют по почте, но я ничего не
получила.

Пожалуйста, пришлите копию аудиограммы на этот e-mail — она нужна моему врачу-отоларингологу
и страховой компании для слуховых аппаратов.

Спасибо,
Ирина Волкова
тел. 614-475-3318
""")

add('phi', 'phi-lang', 'Dizon',
    frm=('Rowena Bautista', 'rbautista@riverbendeye.com'),
    to=('Jo Benning', 'jbenning@riverbendeye.com'),
    subj='si Mrs. Dizon',
    date='Fri, 11 Dec 2026 09:37:18 -0500',
    body="""Jo, nag-call si Mrs. Dizon (Corazon) kaninang umaga, yung post-op ni Dr. Levin kahapon. Sabi
niya medyo blurry pa rin daw yung right eye niya and may konting sakit pag gabi. I told her
normal lang yun sa day 1 pero pinapabalik ko siya today 2pm para i-check yung pressure, baka
kasi mataas. Pakisabi kay Dr. L na naka-add na siya sa schedule. Thanks!

Weng
""")
# ============================ CLEAN-STAFF ============================
add('clean', 'clean-staff', '',
    frm=('Jo Benning', 'jbenning@riverbendeye.com'),
    to=('ASC All Staff', 'asc.all@riverbendeye.com'),
    subj='Holiday OR coverage - please check your names',
    date='Tue, 24 Nov 2026 13:05:00 -0500',
    body="""Hi all,

Holiday coverage for the surgery center. If you see a problem, tell me by Friday, after that
swap among yourselves and cc me.

Mon 12/21  OR: Levin (6 cases)   Circ: Rowena  Scrub: Dani   Pre-op: Jo, Marcy
Tue 12/22  OR: Amsel-Hart (retina) Circ: Marcy Scrub: Ken    Pre-op: Rowena
Wed 12/23  OR: Nwosu (half day)  Circ: Rowena  Scrub: Dani   Pre-op: Jo
Thu 12/24  CLOSED
Mon 12/28  OR: Levin             Circ: Marcy   Scrub: Ken    Pre-op: Jo, Rowena
Wed 12/30  OR: Amsel-Hart        Circ: Rowena  Scrub: Dani   Pre-op: Marcy

Sterile processing: Ken is on call both weeks, cell on the board.
Jo
""")

add('clean', 'clean-staff', '',
    frm=('Dani Okafor', 'dokafor@riverbendeye.com'),
    to=('Jo Benning', 'jbenning@riverbendeye.com'),
    subj='RE: Holiday OR coverage - please check your names',
    date='Wed, 25 Nov 2026 07:14:39 -0500',
    body="""Jo - I'm in my cousin's wedding in Columbus on the 23rd, I put in for it in August. Ken said
he'd take my 12/23 if I take his 12/28. OK with you?

Dani

> Wed 12/23  OR: Nwosu (half day)  Circ: Rowena  Scrub: Dani   Pre-op: Jo
""")

add('clean', 'clean-staff', '',
    frm=('Ken Albright', 'kalbright@riverbendeye.com'),
    to=('Jo Benning', 'jbenning@riverbendeye.com'),
    cc=('Biomed Service', 'service@precisionbiomed.com'),
    subj='Phaco unit #2 down again',
    date='Thu, 03 Dec 2026 16:20:41 -0500',
    body="""Jo,

Phaco #2 threw the "vacuum sensor fault" again during the 3rd case today - finished on #1,
no delay to speak of. That's the third time since the October PM. I tagged it out of service
and moved it to the sub-sterile hallway.

Cc'ing Precision Biomed - can you get a tech out before Tuesday? Serial on the plate is
CNT-7731-0092, service contract #PB-2025-118. Also the autoclave door gasket on Steris #1 is
cracked, please bring one.

Ken Albright, CRCST
Sterile Processing Lead
""")

add('clean', 'clean-staff', '',
    frm=('Tasha Greer', 'tgreer@riverbendeye.com'),
    to=('Riverbend Clinical Staff', 'clinical@riverbendeye.com'),
    subj='Drop shortages - what we have / what to tell people',
    date='Mon, 30 Nov 2026 11:45:12 -0500',
    body="""Hi everyone,

Update on drop backorders (from our Cardinal rep + the Walgreens/CVS district pharmacists):

- Timolol 0.5% generic: spotty, mostly the 10 mL. 5 mL is around. Gel-forming form fine.
- Pred forte 1%: brand backordered until mid-Jan. Generic pred acetate OK but shake it!
- Preservative-free tears samples: we're OUT. Don't promise samples.
- Cyclopentolate 1% for the clinic: we have ~2 weeks. Use tropicamide alone for adult
  dilation unless the doc says otherwise.

If a patient calls saying the pharmacy can't fill, take a message for the doc with the
pharmacy name - don't switch anything yourself.

Tasha
""")

add('clean', 'clean-staff', '',
    frm=('Mei-Ling Carver', 'mcarver@harborhearing.com'),
    to=('All Harbor Hearing', 'all@harborhearing.com'),
    subj='Booth 2 calibration Tues + holiday potluck',
    date='Fri, 04 Dec 2026 12:02:00 -0500',
    body="""Two things:

1. Audiometer + booth 2 annual calibration is Tuesday 12/8, 8-11am. No testing in booth 2 that
   morning - Aisha already moved the schedule. Booth 1 and the VRA room are fine.

2. Potluck is Friday 12/18 at lunch! Sign-up sheet is on the fridge. Tom is doing his
   brisket again (thank you Tom). Helen says she's bringing "the green thing" so prepare
   yourselves. Secret Santa limit is $20.

Mei-Ling
""",
    html=outlook("""<p class="MsoNormal">Two things:</p><ol>
<li class="MsoNormal"><b>Audiometer + booth 2 annual calibration is Tuesday 12/8, 8&#8211;11am.</b> No testing in booth 2 that morning &#8211; Aisha already moved the schedule. Booth 1 and the VRA room are fine.</li>
<li class="MsoNormal"><b>Potluck is Friday 12/18 at lunch!</b> Sign-up sheet is on the fridge. Tom is doing his brisket again (thank you Tom). Helen says she&#8217;s bringing &#8220;the green thing&#8221; so prepare yourselves. Secret Santa limit is $20. &#127873;</li></ol>
<p class="MsoNormal">Mei-Ling</p>""", disclaimer=False))

add('clean', 'clean-staff', '',
    frm=('Nadia Osterhout', 'nosterhout@clearviewoptometry.net'),
    to=('ClearView Opticians', 'opticians@clearviewoptometry.net'),
    subj='Frame boards + Nov sales',
    date='Tue, 01 Dec 2026 17:31:48 -0600',
    body="""Hey opticians,

November frame sales by office:
  Maple Ave   212 frames  avg ticket $341  capture rate 61%
  Elm St      148 frames  avg ticket $298  capture rate 54%
  Riverside    97 frames  avg ticket $322  capture rate 58%

Nice job Elm St on the kids' frames - the new Jr board is working. Riverside, the Silhouette
rimless are just sitting; we're going to pull half of them and replace with the new Kate Spade
reorder next week. Ray-Ban rep is here Thursday 12/10 at 1pm at Maple, come if you can.

Also: the Lumira lens recall (lot codes ending 26L) - I checked all 3 stockrooms, we had none.

Nadia
""")

add('clean', 'clean-staff', '',
    frm=('Dr. Nikhil Patel', 'npatel@clearviewoptometry.net'),
    to=('Dr. Karin Hallberg', 'khallberg@clearviewoptometry.net'),
    subj='CE hours',
    date='Sat, 05 Dec 2026 08:44:20 -0600',
    body="""Karin, how many CE hours are you short for the license renewal? I'm at 22 of 30 and the
state board deadline is 1/31. The Midwest Vision Congress has an online glaucoma + myopia
management track for 12 hrs in January - thinking of doing it. Want to split the cost of the
practice's group registration? Hallway coffee Monday to talk.

Nik
""")

# ============================ CLEAN-ADMIN ============================
add('clean', 'clean-admin', '',
    frm=('VisionPath Provider Relations', 'providerrelations@visionpathbenefits.com'),
    to=('ClearView Optometry Billing', 'billing@clearviewoptometry.net'),
    subj='Provider Bulletin: 2027 fee schedule and frame allowance changes',
    date='Mon, 16 Nov 2026 10:00:00 -0600',
    body="""VisionPath Provider Bulletin - November 2026

Effective January 1, 2027:
- Routine exam (92004/92014) reimbursement increases 3.0% for Gold and Platinum plans.
- Frame allowance on Standard plans moves from $130 to $150; overage discount remains 20%.
- Contact lens fitting fee (92310) is now billable separately for Platinum members.
- Claims must be submitted within 180 days of date of service (previously 365).

Lab network: Northstar Optical and Keystone Lab remain in-network. Please use the in-network
lab lookup on the provider portal before sending a job out.

Questions: Provider Relations, 1-800-555-0133, option 4.
""",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#222">
<table width="600" align="center" style="border:1px solid #ccc"><tr><td style="background:#0b5394;color:#fff;padding:14px;font-size:18px"><b>VisionPath</b> Provider Bulletin &middot; November 2026</td></tr>
<tr><td style="padding:14px"><h3>Effective January 1, 2027</h3><ul>
<li>Routine exam (92004/92014) reimbursement increases 3.0% for Gold and Platinum plans.</li>
<li>Frame allowance on Standard plans moves from $130 to $150; overage discount remains 20%.</li>
<li>Contact lens fitting fee (92310) is now billable separately for Platinum members.</li>
<li>Claims must be submitted within <b>180 days</b> of date of service (previously 365).</li></ul>
<p>Lab network: Northstar Optical and Keystone Lab remain in-network. Please use the in-network lab lookup on the provider portal before sending a job out.</p>
<p style="font-size:11px;color:#777">Questions: Provider Relations, 1-800-555-0133, option 4. You are receiving this because you are a participating VisionPath provider. <a href="https://providers.visionpathbenefits.com/unsubscribe">Manage preferences</a></p></td></tr></table></body></html>
""")

add('clean', 'clean-admin', '',
    frm=('Patricia Okonkwo', 'pokonkwo@riverbendeye.com'),
    to=('Riverbend Leadership', 'leadership@riverbendeye.com'),
    subj='November revenue cycle summary',
    date='Wed, 09 Dec 2026 07:30:00 -0500',
    body="""Good morning,

November numbers (all locations + ASC):

  Charges                 $2.41M   (Oct $2.33M)
  Collections             $1.96M
  Days in A/R             31.4     (goal < 35)
  Denial rate             6.2%     (Oct 7.9%)
  Top denial reasons:     1) frequency limits on refractions/materials (31%)
                          2) missing prior auth - anti-VEGF step therapy (22%)
                          3) modifier errors RT/LT on injections (14%)
  ASC cases               412 (cataract 318, retina 61, glaucoma 33)
  Injection volume        1,184

The RT/LT modifier issue is a charge-entry training gap, Sherri is doing a 20-min session
at the next staff meeting. Full dashboard on the shared drive under Finance > 2026 > Nov.

Trish Okonkwo
Revenue Cycle Director
""")

add('clean', 'clean-admin', '',
    frm=('Riverbend IT', 'it@riverbendeye.com'),
    to=('All Riverbend Staff', 'allstaff@riverbendeye.com'),
    subj='EHR downtime Saturday 12/12 10 PM - Sunday 4 AM',
    date='Thu, 10 Dec 2026 12:00:00 -0500',
    body="""The EHR and patient portal will be unavailable Saturday 12/12 from 10:00 PM until approximately
4:00 AM Sunday for the version 24.3 upgrade.

- Downtime forms are in the red binder at each front desk.
- The ASC has no cases scheduled; on-call retina should use the read-only BCA workstation
  in the Carson St doctors' office if they need to look anything up.
- After the upgrade you will be asked to re-enroll in Duo on first login.

Questions: helpdesk x4357.

Riverbend IT
""")

add('clean', 'clean-admin', '',
    frm=('Credentialing - Riverbend', 'credentialing@riverbendeye.com'),
    to=('Dr. Anjali Nwosu', 'anwosu@riverbendeye.com'),
    subj='Re-credentialing: VisionPath, Highmark, UPMC - action needed',
    date='Fri, 13 Nov 2026 14:18:00 -0500',
    body="""Dr. Nwosu,

Your re-credentialing is due with VisionPath (1/31), Highmark (2/15) and UPMC Health Plan
(3/1). To get these out I need:

1. CAQH re-attestation (last attested 6/2026 - it expires every 120 days)
2. Updated malpractice face sheet (the renewal from ProAssurance dated 1/1/2027)
3. Your DEA renewal - current one shows 2/28/2027

Please attest in CAQH by 12/1 and forward #2 when you get it. I'll handle the rest.

Thanks,
Monica Reyes
Credentialing Specialist
""")

add('clean', 'clean-admin', '',
    frm=('Lumira Lens Co. Quality', 'quality@lumiralens.com'),
    to=('Lumira Account Holders', 'accounts@lumiralens.com'),
    subj='Voluntary recall: Lumira Daily Aqua lot codes ending 26L',
    date='Wed, 25 Nov 2026 09:00:00 -0500',
    body="""URGENT: VOLUNTARY PRODUCT RECALL - LUMIRA DAILY AQUA (90-pack)

Lumira Lens Co. is voluntarily recalling specific lots of Lumira Daily Aqua 90-packs because a
portion of blister packs may have an incomplete foil seal, which could compromise sterility.
No adverse events have been reported to date.

Affected lots: 2610A26L through 2610H26L (lot code printed on the carton end flap).

What to do:
1. Check your in-office inventory and quarantine affected lots.
2. Return via the prepaid label in the recall portal; credit will be issued within 14 days.
3. If you dispensed affected lots, you may inform wearers using the patient notification
   template in the portal.

Recall portal: https://recall.lumiralens.com  |  Recall line: 1-888-555-0172
""")

add('clean', 'clean-admin', '',
    frm=('Compliance Office', 'compliance@harborhearing.com'),
    to=('All Harbor Hearing', 'all@harborhearing.com'),
    subj='Annual HIPAA + OSHA training due 12/31',
    date='Tue, 01 Dec 2026 08:00:00 -0500',
    body="""Reminder: annual HIPAA Privacy & Security and OSHA bloodborne pathogens modules are due by
December 31. As of this morning, 9 of 17 staff have completed both.

Log in at learn.harborhearing.com with your network ID. Each module is ~25 minutes.
New this year: a short section on texting patients (use the secure text app only) and on
hearing-aid data logging being part of the designated record set.

Thank you,
Compliance Office
""")

add('clean', 'clean-admin', '',
    frm=('Facilities - Riverbend', 'facilities@riverbendeye.com'),
    to=('All Riverbend Staff', 'allstaff@riverbendeye.com'),
    subj='Carson St parking lot resurfacing 12/14-12/16',
    date='Mon, 07 Dec 2026 10:10:10 -0500',
    cs='windows-1252', cte='qp',
    body="""Hi all –

The Carson St lot will be resurfaced Mon 12/14 through Wed 12/16. During those days:

• Staff: park at the Hillcrest Church lot (two blocks east); shuttle runs every 10 min 6:45–9:15 am.
• Patient drop-off moves to the side entrance on 15th St. The ramp there is ADA-compliant.
• The ASC entrance is unaffected.

Signs go up Friday. Sorry for the hassle – it’s overdue.

Facilities
""")

# ============================ CLEAN-LOOKALIKE ============================
add('clean', 'clean-lookalike', '',
    frm=('Allegheny Veterinary Eye Specialists', 'frontdesk@alleghenyvetEye.com'),
    to=('Carla Mendes', 'carla.mendes77@gmail.com'),
    subj='Biscuit - cataract surgery discharge instructions',
    date='Wed, 02 Dec 2026 17:40:00 -0500',
    body="""Hi Carla,

Biscuit did great today! Dr. Yoon removed the cataract in his left eye and placed a lens
implant. He is a little groggy from anesthesia, which is normal for a 9-year-old Bichon.

Home care:
- Cone ON at all times for 14 days (yes, even while sleeping).
- Ofloxacin drops 1 drop left eye 4x daily; prednisolone acetate 1 drop 4x daily, wait 5 min between.
- Gabapentin 50 mg by mouth every 12 hours for 5 days for comfort.
- Harness only, no collar, no pulling on the leash.

Recheck: Friday 12/4 at 10:30 and 2 weeks after that. Total today: $3,140.00, paid by
CareCredit, receipt attached in the client portal.

Allegheny Veterinary Eye Specialists
""")

add('clean', 'clean-lookalike', '',
    frm=('ShadeLine Rewards', 'rewards@shadeline-sunglasses.com'),
    to=('dana.whitaker@gmail.com', 'dana.whitaker@gmail.com'),
    subj='Dana, you have 1,250 points - your new frames are waiting 😎',
    date='Thu, 03 Dec 2026 11:00:00 -0500',
    body="""Hi Dana,

Your ShadeLine Rewards balance: 1,250 points ($25 off)
Member since: 2021 | Tier: Gold

Holiday picks for you, based on your last purchase (Aviator Classic, Polarized, Gunmetal):
 - Wayfarer Bold - $149
 - Cat-Eye Luxe - $179
 - Lens Cleaning Kit - FREE with any purchase

Redeem in store or online with code GOLD1250 before 12/31.

ShadeLine Sunglasses · Not a substitute for prescription eyewear. Unsubscribe anytime.
""",
    html="""<html><body style="margin:0;background:#f4f4f4"><table width="100%"><tr><td align="center">
<table width="580" style="background:#fff;font-family:Helvetica,Arial;color:#111">
<tr><td style="padding:24px;font-size:22px"><b>Hi Dana,</b><br>you have <span style="color:#e86100">1,250 points</span> ($25 off)</td></tr>
<tr><td style="padding:0 24px 12px">Member since 2021 &middot; Gold tier</td></tr>
<tr><td style="padding:12px 24px">Holiday picks based on your last purchase (Aviator Classic, Polarized, Gunmetal):<ul><li>Wayfarer Bold &ndash; $149</li><li>Cat-Eye Luxe &ndash; $179</li><li>Lens Cleaning Kit &ndash; FREE with any purchase</li></ul>
<a href="https://shadeline-sunglasses.com/redeem?c=GOLD1250" style="background:#111;color:#fff;padding:10px 18px;text-decoration:none">Redeem GOLD1250</a></td></tr>
<tr><td style="padding:24px;font-size:11px;color:#777">ShadeLine Sunglasses &middot; Not a substitute for prescription eyewear. <a href="#">Unsubscribe</a></td></tr>
</table></td></tr></table></body></html>
""")

add('clean', 'clean-lookalike', '',
    frm=('Keystone Mutual Auto Claims', 'claims@keystonemutual.com'),
    to=('Gerald Finch', 'gfinch1960@verizon.net'),
    subj='Claim AU-2611-40871: windshield replacement scheduled',
    date='Fri, 04 Dec 2026 08:25:14 -0500',
    body="""Dear Gerald Finch,

Your glass claim AU-2611-40871 (2019 Subaru Outback, policy KM-44-7781902) has been approved.

ClearVue Auto Glass will replace the windshield at your home on Tuesday, December 8 between
8:00 AM and 12:00 PM. Because your vehicle has EyeSight driver assist, the forward camera
will be recalibrated after installation; please allow an extra 60 minutes.

Deductible: $0 (full glass coverage)

Keystone Mutual Insurance - Auto Claims
""")

add('clean', 'clean-lookalike', '',
    frm=('Pittsburgh Camera Exchange - Service', 'service@pghcamera.com'),
    to=('Rob Iannelli', 'rob.iannelli@gmail.com'),
    subj='Repair ticket #R-58821 - diagnosis complete',
    date='Mon, 07 Dec 2026 14:05:33 -0500',
    body="""Hi Rob,

Diagnosis on your Canon RF 24-70mm f/2.8 (ticket #R-58821):

- Autofocus motor: intermittent, needs replacement
- Front element: light scratch, within spec, no treatment needed
- Aperture blades: OK
- Contacts cleaned

Estimate: $385 parts + labor, 7-10 business days. Reply APPROVE to proceed or DECLINE to pick
it up as-is (no bench fee).

PCE Service Dept.
""")

_zon = build(
    frm=('Borough of Dormont - Zoning', 'zoning@dormontboro.org'),
    to=('Patricia Okonkwo', 'pokonkwo@riverbendeye.com'),
    subj='Notice of Hearing - Application ZHB-2026-31 (Riverbend Eye Associates)',
    date='Tue, 17 Nov 2026 10:30:00 -0500',
    body="""NOTICE OF PUBLIC HEARING

The Dormont Zoning Hearing Board will hold a hearing on Thursday, January 14, 2027 at 7:00 PM
in Council Chambers, 1444 Hillsdale Ave, on the following application:

  ZHB-2026-31  Applicant: Riverbend Eye Associates, LLC (Patricia Okonkwo, agent)
  Property:    3110 West Liberty Ave
  Request:     Variance from off-street parking requirement (Sec. 27-1102) to allow 22
               spaces where 31 are required, for conversion to a medical office.

The applicant or a representative must attend. Affected property owners within 300 ft will be
notified by mail. Posting of the property must occur by December 30.

Dormont Borough Zoning Officer
""")
add('clean', 'clean-lookalike', '',
    frm=('Patricia Okonkwo', 'pokonkwo@riverbendeye.com'),
    to=('Riverbend Leadership', 'leadership@riverbendeye.com'),
    subj='Fwd: Notice of Hearing - Application ZHB-2026-31',
    date='Tue, 17 Nov 2026 11:02:51 -0500',
    body="""FYI - the hearing for the West Liberty parking variance is 1/14 at 7pm. I'll go; would be
good if one of the physicians came too. Notice attached.

Trish
""",
    atts=[fwd(_zon)])

add('clean', 'clean-lookalike', '',
    frm=('Nadia Osterhout', 'nosterhout@clearviewoptometry.net'),
    to=('Northstar Optical - Stock Orders', 'stock@northstaroptical.com'),
    subj='Stock lens restock - Maple Ave',
    date='Wed, 09 Dec 2026 09:18:26 -0600',
    body="""Stock uncut restock for the Maple Ave in-office edger. Not patient jobs - inventory only.

Poly AR SV, 65mm:
  SPH  -1.00  x4      CYL -0.50  x2 each of -1.00/-1.50/-2.00
  SPH  -1.50  x4
  SPH  -2.00  x6
  SPH  -2.50  x4
  SPH  +1.00  x2
  SPH  +1.50  x2
1.67 AR SV, 70mm:  SPH -4.00 x2, -5.00 x2

Bill to acct 20-4471. Regular ground is fine.
Nadia
""")

add('clean', 'clean-lookalike', '',
    frm=('FitLife Club - Member Services', 'members@fitlifeclub.com'),
    to=('Sandra Okoye', 'sokoye.home@gmail.com'),
    subj='Your membership freeze is confirmed',
    date='Thu, 10 Dec 2026 06:30:00 -0500',
    body="""Hi Sandra,

Your FitLife membership (#FL-0088214) is frozen from December 15, 2026 through February 15,
2027 as requested. A $10/month hold fee applies. Your Personal Training package (4 sessions
remaining) will be waiting when you return.

Want to stay active? Our free "Healthy Eyes, Healthy Screens" workshop on Jan 9 is open to
frozen members too.

FitLife Club
""")

# ============================ CLEAN-NEWS ============================
add('clean', 'clean-news', '',
    frm=('EyeWorld Daily Brief', 'brief@eyeworlddaily.com'),
    to=('slevin@riverbendeye.com', 'slevin@riverbendeye.com'),
    subj='Daily Brief: FDA approves second presbyopia drop; retina biosimilar pricing',
    date='Tue, 08 Dec 2026 06:15:00 -0500',
    body="""EYEWORLD DAILY BRIEF - Tuesday, December 8, 2026

1. FDA approves second pharmacologic presbyopia drop
The agency cleared a once-daily miotic combination for adults 45-70. In two phase 3 trials
(n=629), 41% of treated participants gained 3 or more lines of near acuity at hour 3 vs 12%
on vehicle. Headache and brow ache were the most common adverse events.

2. Aflibercept biosimilars: payers push step edits
Three large commercial plans will require a biosimilar trial before brand anti-VEGF from
April 2027, according to a survey of 48 retina practices.

3. Eye-drop manufacturing: FDA warning letter to contract facility
An overseas facility producing store-brand artificial tears received a warning letter citing
sterility assurance gaps. No new recall was announced.

Unsubscribe | Manage subscription
""")

add('clean', 'clean-news', '',
    frm=('Dr. Helen Keller-Brandt', 'hkellerbrandt@harborhearing.com'),
    to=('Audiologists', 'audiologists@harborhearing.com'),
    subj='ACHIEVE follow-up paper - worth a read',
    date='Wed, 02 Dec 2026 20:12:45 -0500',
    body="""Hi all - the 5-year follow-up from the hearing intervention / cognitive decline trial was
published this week. Headline: in the high-risk subgroup the hearing-aid arm still showed a
slower rate of decline, though the overall cohort difference isn't significant. Adherence
dropped to ~68% by year 5, which is interesting for how we do follow-ups.

Let's talk about it at journal club on the 16th. PDF is on the shared drive under
Journal Club > 2026-12.

Helen
""")

add('clean', 'clean-news', '',
    frm=('Riverbend Eye Associates', 'news@riverbendeye.com'),
    to=('Riverbend Newsletter Subscribers', 'subscribers@list.riverbendeye.com'),
    subj='Winter eyes: dry eye tips + our new Dormont office',
    date='Mon, 30 Nov 2026 09:00:00 -0500',
    body="""Winter Eyes from Riverbend Eye Associates

Dry, itchy eyes in winter? Indoor heat drops the humidity, and screens make us blink less.
Try: a humidifier near your bed, the 20-20-20 rule (every 20 minutes look 20 feet away for
20 seconds), and preservative-free artificial tears up to 4 times a day.

When to see us: if your eyes stay red, painful or your vision changes, call - don't wait.

NEW: our Dormont office opens spring 2027 with Saturday hours.

Book online at riverbendeye.com or call 412-555-0140.
""",
    html=outlook("""<h2 style="color:#1F4E79;font-family:Georgia">Winter Eyes</h2>
<p class="MsoNormal">Dry, itchy eyes in winter? Indoor heat drops the humidity, and screens make us blink less. Try:</p>
<ul><li>a humidifier near your bed,</li><li>the <b>20-20-20 rule</b> (every 20 minutes look 20 feet away for 20 seconds),</li><li>preservative-free artificial tears up to 4 times a day.</li></ul>
<p class="MsoNormal"><b>When to see us:</b> if your eyes stay red, painful or your vision changes, call &#8211; don&#8217;t wait.</p>
<p class="MsoNormal" style="background:#DEEAF6;padding:8px"><b>NEW:</b> our Dormont office opens spring 2027 with Saturday hours.</p>
<p class="MsoNormal"><a href="https://riverbendeye.com/book">Book online</a> or call 412-555-0140.</p>""",
        sig='<p style="font-size:8pt;color:#808080">You are receiving this newsletter because you subscribed at riverbendeye.com. <a href="https://riverbendeye.com/unsub">Unsubscribe</a>.</p>', disclaimer=False))

add('clean', 'clean-news', '',
    frm=('Tasha Greer', 'tgreer@riverbendeye.com'),
    to=('Riverbend Clinical Staff', 'clinical@riverbendeye.com'),
    subj='FW: FDA alert - artificial tears recall (Brightwell brand)',
    date='Fri, 27 Nov 2026 13:40:22 -0500',
    body="""FYI in case patients ask. We don't stock this brand. Tell callers to stop using it and to call
us if they have any redness or pain - then route to a tech.

-----Original Message-----
From: FDA MedWatch <medwatch-alerts@fda-updates.example.gov>
Sent: Friday, November 27, 2026 12:02 PM
Subject: Brightwell Lubricant Eye Drops: Recall - Potential Microbial Contamination

AUDIENCE: Consumer, Health Professional, Pharmacy, Ophthalmology
ISSUE: Brightwell Pharma is recalling all lots of Brightwell Lubricant Eye Drops 15 mL and
Brightwell Lubricant Eye Gel 10 g sold at discount retailers nationwide after FDA testing found
bacterial contamination in unopened bottles. Using contaminated eye drops could result in eye
infections that could lead to vision loss.
RECOMMENDATION: Consumers should stop using these products and return them to the place of
purchase.
""")

add('clean', 'clean-news', '',
    frm=('HearingTrade Weekly', 'editor@hearingtradeweekly.com'),
    to=('Devin Park', 'dpark@harborhearing.com'),
    subj='OTC hearing aids, year 4: clinics see more "walk-in regret"',
    date='Thu, 03 Dec 2026 07:00:00 -0500',
    body="""HearingTrade Weekly | December 3, 2026

OTC hearing aids, year 4
An industry survey of 312 independent audiology practices found 58% now offer a paid "OTC
tune-up" visit, up from 21% in 2024. Practices report that roughly one in five new patients
arrives having already tried an OTC device. Average out-of-pocket price for prescription
devices fell 6% year over year.

Manufacturer news
Sonavi will discontinue the Aura 5 BTE platform in Q3 2027; repairs supported through 2032.

Cochlear implant referrals
A new consensus statement urges audiologists to refer adults with aided sentence scores
below 60% in the better ear for implant evaluation, rather than waiting for traditional
severe-to-profound thresholds.
""")

add('clean', 'clean-news', '',
    frm=('Pittsburgh Health Ledger', 'newsletter@pghhealthledger.com'),
    to=('Patricia Okonkwo', 'pokonkwo@riverbendeye.com'),
    subj='Teen noise exposure study; county vision van schedule',
    date='Sat, 05 Dec 2026 08:00:00 -0500',
    cs='iso-8859-1', cte='qp',
    body="""PITTSBURGH HEALTH LEDGER · Weekend Edition

Teens and earbuds: one in six shows early noise notch
A study of 1,140 high-school students in Allegheny County found that 17% had a 4 kHz
"noise notch" on screening audiograms. Researchers recommend volume limits of 60% for no more
than 60 minutes a day. The county will add hearing screening to 9th-grade physicals next fall.

Vision van stops in December
The county's free mobile vision van will visit Carrick (12/12), Hazelwood (12/19) and
Sheraden (12/28). Free eye exams and glasses for children 5-18; no insurance required.
Café Encuentro in Beechview hosts a Spanish-language session on 12/19.
""")

# ============================ CLEAN-TRAINING ============================
add('clean', 'clean-training', '',
    frm=('Riverbend Education', 'education@riverbendeye.com'),
    to=('Riverbend Clinical Staff', 'clinical@riverbendeye.com'),
    subj='CE Grand Rounds 12/16: post-op endophthalmitis - case discussion (1.0 COPE/JCAHPO)',
    date='Mon, 30 Nov 2026 15:00:00 -0500',
    body="""Grand Rounds - Wednesday 12/16, 7:00-8:00 AM, Carson St conference room + Teams

"Acute post-operative endophthalmitis: recognition in the first 72 hours"
Presenter: Priscilla Amsel-Hart, MD

De-identified case: A man in his 70s presents on post-op day 3 after uncomplicated phaco
with increasing pain and decreased vision. We will walk through the phone triage, exam
findings, tap-and-inject decision and outcome, then review our clinic's triage script.

Credit: 1.0 hr JCAHPO / COPE pending. Breakfast provided. Sign in at the door for credit.
""")

add('clean', 'clean-training', '',
    frm=('Riverbend EHR Training', 'ehr.training@riverbendeye.com'),
    to=('New Hires - December', 'newhires@riverbendeye.com'),
    subj='EHR training environment - log-ins and practice patients',
    date='Tue, 01 Dec 2026 08:30:00 -0500',
    body="""Welcome! For Thursday's EHR session, log into the TRAINING environment (blue banner), never
production (white banner).

Practice patients already loaded:
  ZZTEST, CATARACT      MRN TRN-000001   DOB 01/01/1950
  ZZTEST, GLAUCOMA      MRN TRN-000002   DOB 01/01/1960
  ZZTEST, RETINA        MRN TRN-000003   DOB 01/01/1945
  ZZTEST, PEDS          MRN TRN-000004   DOB 01/01/2018

Exercises: check in ZZTEST, CATARACT; enter a refraction; schedule a post-op day 1;
send a test refill for ZZTEST, GLAUCOMA to the "TRAINING PHARMACY".

If you ever see a real patient name in the training environment, stop and tell us.
""")

add('clean', 'clean-training', '',
    frm=('Devin Park', 'dpark@harborhearing.com'),
    to=('IT Interns', 'interns@harborhearing.com'),
    subj='HL7 basics - sample ADT to practice parsing',
    date='Wed, 02 Dec 2026 13:13:13 -0500',
    body="""Hey both - here is the sample message from the HL7 primer (it's the textbook example, not a
patient). Write a parser that pulls PID-5 (name), PID-7 (DOB) and PV1-3 (location), and logs a
warning if MSH-9 isn't ADT^A04. Don't point it at the live interface; use the file.

MSH|^~\\&|SENDAPP|SENDFAC|RECAPP|RECFAC|20260101120000||ADT^A04|MSG00001|T|2.5.1
PID|1||123456^^^SAMPLE^MR||DOE^JANE^Q||19700101|F|||123 MAIN ST^^ANYTOWN^ST^00000
PV1|1|O|CLINIC^ROOM1

Note the processing ID in MSH-11 is T (test). Anything with P goes through review.
Devin
""")

add('clean', 'clean-training', '',
    frm=('Rachel Odum, Au.D.', 'rodum@harborhearing.com'),
    to=('Au.D. Externs', 'externs@harborhearing.com'),
    subj='Case for Friday - come with a plan',
    date='Thu, 03 Dec 2026 17:50:00 -0500',
    body="""For Friday's case conference (de-identified, composite case):

68-year-old retired machinist, 40 years of noise exposure, bilateral symmetric sloping
sensorineural loss: mild at 500 Hz sloping to severe at 4-8 kHz. WRS 72% R / 68% L at MCL.
QuickSIN SNR loss 9 dB. Tinnitus bothersome at night. Never tried amplification. Spouse
reports he "hears what he wants to hear".

Come prepared to discuss:
1. Device style and why (RIC vs BTE, domes vs custom molds)
2. Expectations counselling given the QuickSIN result
3. At what point would you raise a CI referral, if ever?
4. Tinnitus management options

Rachel
""")

add('clean', 'clean-training', '',
    frm=('Patricia Odell', 'podell@clearviewoptometry.net'),
    to=('ClearView Front Desk', 'frontdesk@clearviewoptometry.net'),
    subj='Script: vision vs medical insurance at check-in',
    date='Fri, 04 Dec 2026 12:30:00 -0600',
    body="""Team - new check-in script, please practice it this week. Example names are made up.

When a patient books "an eye exam":
  "Is this a routine check for glasses or contacts, or is something bothering your eyes,
   like redness, pain, flashes or a change in vision?"

- Routine -> bill the VISION plan (VisionPath, EyeMed etc.). Collect the exam copay.
- Medical complaint -> bill MEDICAL insurance. Explain refraction may be a separate
  self-pay fee ($45) and get the waiver signed BEFORE the exam.

Role-play example: "Mrs. Example" calls about "a few floaters since yesterday." -> that's
medical and same-day; offer the first open slot and tell her to go to the ER if she sees a
curtain over her vision.

Patricia
""",
    atts=[tp("""CHECK-IN QUICK CARD (print and tape at each window)

ROUTINE (vision plan)            MEDICAL (health insurance)
- glasses/contacts update        - red eye, pain, discharge
- annual exam, no complaints     - flashes / floaters / curtain
- CL re-order                    - diabetes / glaucoma follow-up
                                 - post-op
Refraction on medical visit = $45 self-pay, waiver first.
""", fname='checkin_quickcard.txt')])

add('clean', 'clean-training', '',
    frm=('Sherri Calloway', 'scalloway@riverbendeye.com'),
    to=('Riverbend Coders', 'coding@riverbendeye.com'),
    subj='Coding quiz #12 - cataract CPT (answers Monday)',
    date='Fri, 04 Dec 2026 16:00:00 -0500',
    body="""Quiz #12 - no names, scenarios only. Reply with your answers by Monday.

1. Routine phaco with IOL, right eye, no complications. CPT + modifier?
2. Phaco with IOL using iris hooks for a small pupil, left eye. 66982 or 66984? Why?
3. Same day: phaco/IOL + iStent inject, right eye. Which code covers both?
4. Bilateral anti-VEGF injection, same day. How do you bill the drug units?
5. Post-op day 1 visit after 66984. Billable?

Bonus: what's wrong with billing 92015 to Medicare?

Sherri
""")


# ============================ WRITE ============================
def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml') or f == 'labels.csv':
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, (label, kind, patient, m) in enumerate(MSGS, 1):
        fn = '%s-%03d.eml' % (kind, i)
        assert kind.startswith(label + '-')
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(m.as_bytes())
        rows.append((fn, label, kind, patient if label == 'phi' else ''))
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    # parse check
    for fn, *_ in rows:
        with open(os.path.join(OUT, fn), 'rb') as fh:
            p = email.message_from_binary_file(fh, policy=email.policy.default)
        assert p['From'] and p['Subject'] is not None and p['Message-ID'], fn
        for part in p.walk():
            if not part.is_multipart() and part.get_content_maintype() == 'text':
                part.get_content()
    print('wrote', len(rows), 'messages')


if __name__ == '__main__':
    main()
