#!/usr/bin/env python3
# Blind evaluation mail set: Cedar Hollow Dental Group (fictional).
# All people, numbers and organisations are invented.
import sys
import os
import io
import csv
import random
import zipfile
import email.policy
from email.message import EmailMessage
from xml.sax.saxutils import escape as xesc

SEED = 7002
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

ROWS = []
COUNT = {}

DISC = """
CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole
use of the intended recipient(s) and may contain confidential and privileged
information. Any unauthorized review, use, disclosure or distribution is
prohibited. If you are not the intended recipient, please contact the sender by
reply e-mail and destroy all copies of the original message."""

CLINIC_DISC = """
--
Cedar Hollow Dental Group | General - Pediatric - Oral Surgery - Periodontics
410 Mill Race Road, Suite 200, Millbrook | (555) 014-3000
This message may contain protected information. If you received it in error,
please notify the sender and delete it."""


def zip_bytes(files, when=(2025, 3, 3, 9, 15, 0)):
    """files: list of (name, str|bytes). Deterministic zip."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as zf:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode('utf-8')
            zf.writestr(zi, data)
    return buf.getvalue()


def xlsx_bytes(rows, sheet='Sheet1'):
    """Minimal one-sheet xlsx with inline strings."""
    def col(i):
        s = ''
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = ''.join(
            '<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (col(c), r, xesc(str(v)))
            for c, v in enumerate(row))
        sheet_rows.append('<row r="%d">%s</row>' % (r, cells))
    files = [
        ('[Content_Types].xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ('_rels/.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ('xl/workbook.xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xesc(sheet)),
        ('xl/_rels/workbook.xml.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
         + ''.join(sheet_rows) + '</sheetData></worksheet>'),
    ]
    return zip_bytes(files, when=(2025, 3, 10, 14, 2, 0))


def mk(label, kind, frm, to, subj, date, body, patient='', cc=None, html=None,
       atts=(), cte=None, extra=None):
    COUNT[(label, kind)] = COUNT.get((label, kind), 0) + 1
    n = COUNT[(label, kind)]
    fname = '%s-%s-%03d.eml' % (label, kind, n)
    msg = EmailMessage()
    msg['From'] = frm
    msg['To'] = to
    if cc:
        msg['Cc'] = cc
    msg['Subject'] = subj
    msg['Date'] = date
    dom = frm.rsplit('@', 1)[-1].strip('> ')
    msg['Message-ID'] = '<%08x%04x.%s@%s>' % (random.getrandbits(32), random.getrandbits(16), n, dom)
    for k, v in (extra or []):
        msg[k] = v
    body = body.lstrip('\n')
    if not body.endswith('\n'):
        body += '\n'
    if cte:
        msg.set_content(body, cte=cte)
    else:
        msg.set_content(body)
    if html:
        msg.add_alternative(html.lstrip('\n'), subtype='html')
    for a in atts:
        data, maintype, subtype, filename = a
        if isinstance(data, str):
            msg.add_attachment(data, subtype=subtype, filename=filename)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    i = len(ROWS) + 1
    j = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (i, j))
            j += 1
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(msg.as_bytes(policy=email.policy.SMTP))
    ROWS.append((fname, label, kind, patient))


# ---------------------------------------------------------------------------
# PHI / care
# ---------------------------------------------------------------------------

mk('phi', 'care',
   'Carla Benitez <carla.benitez@cedarhollowdental.com>',
   'Imani Okoro-Bennett <imani.okorobennett@cedarhollowdental.com>',
   'op 3 - can you pop in before he leaves',
   'Tue, 04 Mar 2025 10:12:41 -0500',
   """
Dr O,

Delroy Whitcombe is in op 3 for his SRP. did UR and LR today, 5-7mm on the
molars w/ lots of BOP, heavy subg calc on 30-31. gave him the chlorhex rinse
and OHI, he comes back for the left side on the 18th.

His BP at intake was 168/102, retook after 5 min and got 164/98. he says he ran
out of his lisinopril about 2 wks ago and hasnt refilled. I told him he needs to
call his doctor before we do the ext on #2 -- can you talk to him before he
goes? he's getting dressed now

Carla
""", patient='Whitcombe')

mk('phi', 'care',
   'Imani Okoro-Bennett <imani.okorobennett@cedarhollowdental.com>',
   'Tasha Greer <tasha.greer@cedarhollowdental.com>',
   'Fwd: Operative report - Annika Sorensen',
   'Tue, 18 Mar 2025 08:03:10 -0400',
   """
Tasha - can you scan this into her chart and book a 2 wk check w/ me. thx -IOB

---------- Forwarded message ---------
From: Ridgeline Oral Surgery <referrals@ridgelineoralsurgery.com>
Date: Mon, Mar 17, 2025 at 4:02 PM
Subject: Operative report - Annika Sorensen
To: Dr. Imani Okoro-Bennett <imani.okorobennett@cedarhollowdental.com>

Dear Dr. Okoro-Bennett,

Thank you for referring Annika Sorensen. On 03/12/2025 we removed teeth #1,
#16, #17 and #32 under IV sedation (midazolam/fentanyl). #17 and #32 were full
bony impactions and required sectioning. The procedure was uneventful and she
was discharged to her mother.

At her one-week visit she reported increasing pain in the lower left and we
found a dry socket at #17, which was irrigated and packed. She is on ibuprofen
600 mg and finishing her hydrocodone. We will see her again on 3/24.

Please feel free to call with any questions.

Sincerely,
Marcus Feld, DDS, MD
Ridgeline Oral Surgery Associates
(555) 014-2290
""",
   html="""
<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Tasha - can you scan this into her chart and book a 2 wk check w/ me. thx -IOB</p>
<div style="border-left:1px solid #ccc;padding-left:8px;color:#444">
<p>---------- Forwarded message ---------<br>
From: Ridgeline Oral Surgery &lt;referrals@ridgelineoralsurgery.com&gt;<br>
Date: Mon, Mar 17, 2025 at 4:02 PM<br>
Subject: Operative report - Annika Sorensen</p>
<p>Dear Dr. Okoro-Bennett,</p>
<p>Thank you for referring <b>Annika Sorensen</b>. On 03/12/2025 we removed teeth #1, #16, #17 and #32
under IV sedation (midazolam/fentanyl). #17 and #32 were full bony impactions and required
sectioning. The procedure was uneventful and she was discharged to her mother.</p>
<p>At her one-week visit she reported increasing pain in the lower left and we found a dry
socket at #17, which was irrigated and packed. She is on ibuprofen 600 mg and finishing her
hydrocodone. We will see her again on 3/24.</p>
<p>Sincerely,<br>Marcus Feld, DDS, MD<br>Ridgeline Oral Surgery Associates<br>(555) 014-2290</p>
</div></body></html>
""", patient='Sorensen')

mk('phi', 'care',
   'Kendra Pike <kendra.pike@cedarhollowdental.com>',
   'Front Desk <frontdesk@cedarhollowdental.com>',
   'Maya O-R rebook',
   'Wed, 05 Mar 2025 11:47:00 -0500',
   """
can someone rebook Maya Okafor-Reyes w/ Dr Paredes, 90 min + nitrous. we only
got thru the L side today (SSC on K and L) then she melted down before we could
do the pulpotomy on T. mom wants first thing in the am bc she does better early.
she's 6 so nothing after 9 pls

kendra
""", patient='Okafor-Reyes')

mk('phi', 'care',
   'Imani Okoro-Bennett <imani.okorobennett@cedarhollowdental.com>',
   'Gail Sutter <gail@pinecrestdentallab.com>',
   'RE: Case 25-0391 Pruitt - framework',
   'Mon, 10 Mar 2025 17:22:05 -0400',
   """
Hi Gail,

Framework try-in on Gerald Pruitt went well - seated fully, occlusion fine. He
had a sore spot under the clasp on #5 which I relieved chairside, so don't be
alarmed by the marks. Go ahead with the setup, shade A3, medium mould like you
suggested. He wants it before his daughter's wedding on Apr 19 so if we can
have it back by the 10th for the wax try-in that would be great.

Thanks!
Imani Okoro-Bennett, DDS
Cedar Hollow Dental Group

-----Original Message-----
From: Gail Sutter <gail@pinecrestdentallab.com>
Sent: Thursday, March 6, 2025 11:20 AM
To: Imani Okoro-Bennett <imani.okorobennett@cedarhollowdental.com>
Subject: Case 25-0391 Pruitt - framework

Framework for the upper partial is shipping today UPS, tracking
1Z 88A 4F2 03 1184 7720. Let us know how the try-in goes.

Gail Sutter, CDT
Pinecrest Dental Laboratory
""", patient='Pruitt')

mk('phi', 'care',
   'Anjali Raman DDS <anjali.raman@cedarhollowdental.com>',
   'Dr. Erik Halvorsen <ehalvorsen@millbrookfamilymed.com>',
   'Shared patient - Loretta Bixby - premed question before extractions',
   'Thu, 13 Mar 2025 15:40:18 -0400',
   """
Dr. Halvorsen,

I'm writing about our shared patient Loretta Bixby, who is being seen at our
community clinic for extractions. At her visit yesterday she told us she had
her left knee replaced last May and that your office had previously given her
amoxicillin 2 g before dental cleanings. She also mentioned that she stopped
taking her alendronate in January on her own because of stomach upset.

We are planning to remove #30 and #31 next week. Could you let us know
(1) whether you still want her premedicated, and (2) roughly how long she was
on the alendronate? We would like to weigh the healing risk before we proceed.

Our fax is (555) 014-3087. Thank you -

Anjali Raman, DDS
Clinical Director, Cedar Hollow Community Dental Clinic
""" + DISC, cte='quoted-printable', patient='Bixby')

mk('phi', 'care',
   'Karen Olmsted RN <kolmsted@millbrookschools.org>',
   'Community Dental Clinic <communityclinic@cedarhollowdental.com>',
   'urgent - student w/ facial swelling, can you see today?',
   'Wed, 19 Mar 2025 09:18:44 -0400',
   """
Hi clinic team,

Jaylen Marsh (3rd grade, Mrs. Abbott's class) came to my office this morning
with the right side of his face swollen. He says his back bottom tooth has
hurt for over a week and he couldn't sleep last night. Temp 99.1, no trouble
swallowing. I gave him an ice pack and called mom - she said he has Medicaid
but she can't get off work until 4.

Is there any way you can squeeze him in this afternoon? Mom's cell is
(555) 013-8841. I can send the signed release with him.

Karen Olmsted, RN
School Nurse, Jefferson Elementary - Millbrook Unified School District
(555) 013-2200 x114
""", patient='Marsh')

mk('phi', 'care',
   'Samuel Keszler <samuel.keszler@cedarhollowdental.com>',
   'Patrick Donnelly <patrick.donnelly@cedarhollowdental.com>',
   'RE: Oyelaran implant',
   'Tue, 18 Mar 2025 12:05:51 -0400',
   """
Patrick,

Yes - Thaddeus Oyelaran's implant at #19 never integrated. I took it out at 8
weeks (spun out with almost no torque), debrided, grafted with allograft and a
membrane. Plan is to re-place in about 4 months after a new CBCT. He's
understandably frustrated and asked whether he'll be charged again for the
fixture. I told him we'd talk. Please hold the second-stage fee and do NOT let
the balance go to collections.

SK

Samuel Keszler, DMD, MS
Periodontics & Implant Surgery

-----Original Message-----
From: Patrick Donnelly
Sent: Tuesday, March 18, 2025 9:41 AM
To: Samuel Keszler
Subject: Oyelaran implant

Sam, Mr O called the front desk pretty upset, says his implant "came out"??
Can you fill me in before I call him back.
P
""", patient='Oyelaran')

mk('phi', 'care',
   'Tasha Greer <tasha.greer@cedarhollowdental.com>',
   'Josh Tremblay <josh.tremblay@cedarhollowdental.com>',
   'vantongeren',
   'Fri, 21 Mar 2025 13:02:00 -0400',
   """
Josh - Priscilla Vantongeren cxl'd her perio maint again (3rd time this yr).
she says last time the lido w/ epi made her heart race and she panicked in the
car after. can you flag her for carbocaine plain next time? rebooked 4/2 @ 10
t
""", patient='Vantongeren')

# ---------------------------------------------------------------------------
# PHI / names
# ---------------------------------------------------------------------------

mk('phi', 'names',
   'Imani Okoro-Bennett <imani.okorobennett@cedarhollowdental.com>',
   'Minh Tran <minh.tran@cedarhollowdental.com>',
   'crown came back open - Mr. Thanh',
   'Mon, 03 Mar 2025 16:55:29 -0500',
   """
Minh,

Can you call Mr. Nguyen Van Thanh and explain (in Vietnamese, he prefers it)
that the crown for his upper right came back from the lab with an open margin
and we need to rescan. No charge, he's already paid. I'd like him in Thursday at
2 if possible. Tell him he can keep wearing the temp, just no sticky food and
floss by pulling it out the side.

thanks - IOB
""", patient='Nguyen Van Thanh')

mk('phi', 'names',
   'Melanie Fitch <melanie.fitch@cedarhollowdental.com>',
   'Provider Services <providerservices@northgatedentalbenefits.com>',
   'Resubmission of predetermination - Chukwuemeka, Adaeze',
   'Tue, 11 Mar 2025 10:30:02 -0400',
   """
Hello,

We are resubmitting the predetermination for Chukwuemeka, Adaeze for a
three-unit bridge #3-5 (D6750 #3, D6240 #4, D6750 #5). The original request was
returned for missing radiographs; the periapical and bitewings from 2/20/25 are
being sent through the portal today under the same reference.

Adaeze's #4 was extracted at another office in 2019, so the missing-tooth
clause should not apply. Please let me know if anything else is needed.

Thank you,

Melanie Fitch
Insurance Coordinator | Cedar Hollow Dental Group
(555) 014-3000 x205 | fax (555) 014-3011
""" + DISC, patient='Chukwuemeka')

mk('phi', 'names',
   'Rosa Almanza <rosa.almanza@cedarhollowdental.com>',
   'OMS Scheduling <oms.schedule@cedarhollowdental.com>',
   'Dombrowski-Kaczmarek - path back',
   'Wed, 12 Mar 2025 14:11:37 -0400',
   """
benign, irritation fibroma like Dr Wendt thought. pls call to sched suture
removal + 6wk f/u. no rush.

-- Rosa
OMS front desk
""", patient='Dombrowski-Kaczmarek')

mk('phi', 'names',
   'Dana Whitfield <dana.whitfield@cedarhollowdental.com>',
   'Luz Mercado <luz.mercado@cedarhollowdental.com>',
   'van follow-up from Jefferson tues',
   'Thu, 06 Mar 2025 15:26:48 -0500',
   """
Hey Luz,

One from the van Tuesday that I don't want falling through the cracks: Mateo,
1st grade in Ms. Pham's room at Jefferson. 4 molars with obvious decay, one
looks close to the nerve, so we couldn't seal any of those. Consent form has
mom's cell and she only speaks Spanish. Can you call her and get him into the
clinic? Form says he's on Medicaid.

I'll drop the paper consent in your tray tomorrow.

Dana

Dana Whitfield, RDH, MPH
School Sealant Program Coordinator
Cedar Hollow Dental Group
""", patient='Mateo')

mk('phi', 'names',
   'Imani Okoro-Bennett <imani.okorobennett@cedarhollowdental.com>',
   'Gail Sutter <gail@pinecrestdentallab.com>',
   'reline - Mrs de la Fuente',
   'Wed, 26 Mar 2025 09:44:10 -0400',
   """
Hi Gail -- sending over Mrs. María José de la Fuente's lower complete denture
for a hard reline, impression taken inside the denture today, bite rim
included. She's lost a lot of weight since her chemo last year and it's rocking
badly. Any chance of same-day Friday? She does not want to be without teeth
over the weekend. Courier picks up at noon.

Dr. O
""", patient='de la Fuente')

mk('phi', 'names',
   'Rosa Almanza <rosa.almanza@cedarhollowdental.com>',
   'Thomas Wendt <thomas.wendt@cedarhollowdental.com>',
   'Al-Qahtani IV sedation date',
   'Mon, 17 Mar 2025 11:05:00 -0400',
   """
Dr. Wendt,

Mr. Al-Qahtani called about his 3rd molars under IV sedation. He is fasting
for Ramadan until the 30th and asked if we can do it after Eid, so I penciled
him for Thurs Apr 3 at 7:30. He also mentioned codeine made him vomit a few
years ago, I added it to his allergies. OK to keep Apr 3? He'll need NPO
instructions in writing, his English reading is limited so his son Faisal is
the contact.

Rosa
""", patient='Al-Qahtani')

mk('phi', 'names',
   'Melanie Fitch <melanie.fitch@cedarhollowdental.com>',
   'Tasha Greer <tasha.greer@cedarhollowdental.com>',
   'Shreya ortho records billed to wrong plan',
   'Thu, 27 Mar 2025 16:20:33 -0400',
   """
Tasha - Shreya's ortho records got billed under her dad's plan, but
Ms. Venkataraghavan (mom) is the primary subscriber now, she switched jobs in
Jan. Can you update the insurance on Shreya's account and I'll rebill the pano
+ ceph from 2/27? The Class II consult notes are done so nothing else changes.

M
""", patient='Venkataraghavan')

mk('phi', 'names',
   'Imani Okoro-Bennett <imani.okorobennett@cedarhollowdental.com>',
   'Marcus Feld <mfeld@ridgelineoralsurgery.com>',
   'Referral: Łukasz Wiśniewski – tongue lesion, biopsy please',
   'Fri, 14 Mar 2025 12:31:19 -0400',
   """
Hi Marcus,

Sending you Łukasz Wiśniewski (goes by Luke). White patch on the left lateral
border of the tongue, non-wipeable, about 8 mm, present more than 3 weeks -
he says maybe 2 months. He's a heavy smoker, ~30 pack-years, drinks most
nights. I'd appreciate an incisional biopsy as soon as you can fit him in.

His wife Zuzana drives him and is the best contact; referral form and intraoral
photos are going over through the portal.

Thanks,
Imani

Imani Okoro-Bennett, DDS
Cedar Hollow Dental Group
""", cte='quoted-printable', patient='Wiśniewski')

# ---------------------------------------------------------------------------
# PHI / self
# ---------------------------------------------------------------------------

mk('phi', 'self',
   'Brenda Castellanos <bcastellanos79@gmail.com>',
   'frontdesk@cedarhollowdental.com',
   'root canal still hurting',
   'Mon, 10 Mar 2025 06:52:14 -0400',
   """
Hi, this is Brenda Castellanos (DOB 7/22/1979). I had a root canal on my lower
left molar last Thursday with Dr. Okoro-Bennett and it's still throbbing,
worse at night. I've been taking ibuprofen 800 every 6 hours and it barely
helps. Is this normal or should I come in? Also she said I need a crown on it,
do I have to wait until the pain stops?

Thanks,
Brenda

Sent from my iPhone
""", patient='Castellanos')

mk('phi', 'self',
   'Rachel Fairbrother <rfairbrother.home@yahoo.com>',
   'sealants@cedarhollowdental.com',
   'sealants - question about my son',
   'Sun, 09 Mar 2025 20:37:55 -0400',
   """
Hello,

My son Eli Fairbrother (4th grade at Whitman Elementary) got sealants from
your van last week. He says one on the bottom feels "tall" when he bites and
his jaw has been sore since. Is this something that wears down on its own or
does he need to come in?

Also he has never been to a dentist outside of the school program, so I'd like
to get him a real checkup. Do you take the state Medicaid plan for kids?

Thank you,
Rachel
""", patient='Fairbrother')

mk('phi', 'self',
   'Desmond Achterberg <d.achterberg@fastmail.com>',
   'Member Services <memberservices@northgatedentalbenefits.com>',
   'Appeal - denied periodontal treatment',
   'Wed, 12 Mar 2025 21:14:09 -0400',
   """
To whom it may concern,

My name is Desmond Achterberg, member ID NDB-7730-41925. I received an
explanation of benefits dated 3/3/2025 denying my periodontal scaling (four
quadrants) done at Cedar Hollow Dental Group on 2/18. The reason given is
"frequency limitation", but I have never had this procedure before in my life.
Dr. Keszler diagnosed me with gum disease in February and his office told me it
would be covered at 80%.

Please review this and explain, or tell me how to file a formal appeal. I have
copied the dental office.

Desmond Achterberg
(555) 019-3376
""", cc='Melanie Fitch <melanie.fitch@cedarhollowdental.com>', patient='Achterberg')

mk('phi', 'self',
   'Marguerite Lindqvist <mlindqvist@comcast.net>',
   'Cedar Hollow Dental Group <noreply@cedarhollowdental.com>',
   'Re: Appointment Reminder - Cedar Hollow Dental Group',
   'Sat, 15 Mar 2025 09:03:27 -0400',
   """
I need to cancel this. I started chemo (carboplatin and taxol) two weeks ago for
ovarian cancer and my oncologist says no cleanings until my counts come back up,
probably May. Can you put a note in my file? I also have really painful mouth
sores - is there something I can rinse with?

-Marguerite

On Fri, Mar 14, 2025 at 7:00 AM Cedar Hollow Dental Group <noreply@cedarhollowdental.com> wrote:
> Dear Marguerite Lindqvist,
>
> This is a reminder of your appointment on Tuesday, March 18 at 9:00 AM
> with Josh Tremblay, RDH.
>
> Reply C to confirm or call (555) 014-3000 to reschedule.
>
> Cedar Hollow Dental Group
""",
   html="""
<div dir="ltr">I need to cancel this. I started chemo (carboplatin and taxol) two weeks ago for ovarian
cancer and my oncologist says no cleanings until my counts come back up, probably May. Can you put a
note in my file? I also have really painful mouth sores - is there something I can rinse with?<br><br>
-Marguerite</div><br>
<div class="gmail_quote"><div dir="ltr">On Fri, Mar 14, 2025 at 7:00 AM Cedar Hollow Dental Group
&lt;noreply@cedarhollowdental.com&gt; wrote:<br></div>
<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">
Dear Marguerite Lindqvist,<br><br>This is a reminder of your appointment on <b>Tuesday, March 18 at
9:00 AM</b> with Josh Tremblay, RDH.<br><br>Reply C to confirm or call (555) 014-3000 to reschedule.
</blockquote></div>
""", patient='Lindqvist')

mk('phi', 'self',
   'Tanya Redhawk <tanya.redhawk@gmail.com>',
   'Lucia Paredes <lucia.paredes@cedarhollowdental.com>',
   'Kiona - still waiting on hospital date',
   'Thu, 20 Mar 2025 13:48:02 -0400',
   """
Dr. Paredes,

I'm Kiona Redhawk's mom. Kiona is 7 and has autism (mostly nonverbal). At her
exam on 3/4 you said she has 8 cavities and needs to be done under general
anesthesia at the hospital. I haven't heard anything about a date and she is
only chewing on one side now and waking up at night. Her pediatrician already
did the pre-op physical and faxed it.

Can someone please call me? 555-011-4478, any time after 2.

Tanya Redhawk
""", patient='Redhawk')

mk('phi', 'self',
   'Omar Haddad <ohaddad.98@outlook.com>',
   'oralsurgery@cedarhollowdental.com',
   'stitches',
   'Sun, 23 Mar 2025 22:41:16 -0400',
   """
hey this is omar, had my wisdom teeth out friday w dr wendt. the stitches on
the bottom left already fell out and theres like a white thing in the hole??
is that an infection. it hurts but not crazy. still taking the amoxicillin

omar
""", patient='Haddad')

mk('phi', 'self',
   'Henrietta Obuya <henrietta.obuya@gmail.com>',
   'records@cedarhollowdental.com',
   'Request for transfer of dental records',
   'Mon, 24 Mar 2025 10:15:00 -0400',
   """
Dear Sir/Madam,

Please send my complete dental records and x-rays to my new dentist. I am
Henrietta A. Obuya, born 14 February 1961. I was a patient of Dr. Keszler for
periodontal treatment from 2021 until last year (two gum grafts and cleanings
every three months).

New dentist:
Dr. Felicity Amankwah, Lakeshore Family Dentistry
fax (555) 017-6620

I have moved to 12 Orchard Terrace, Apt 3, Fairhaven, so please update my
address as well. I have signed the release form at the front desk in January.

Thank you very much,
Henrietta A. Obuya
""", cte='base64', patient='Obuya')

# ---------------------------------------------------------------------------
# PHI / ids
# ---------------------------------------------------------------------------

mk('phi', 'ids',
   'Melanie Fitch <melanie.fitch@cedarhollowdental.com>',
   'Jordan Ellery <jellery@northgatedentalbenefits.com>',
   'SRP denial - NGD448120937',
   'Wed, 05 Mar 2025 09:02:44 -0500',
   """
Hi Jordan,

Following up on the SRP denial we talked about Friday.

Member: NGD448120937
Subscriber: Paulo Ferreira, DOB 03.04.88
DOS 1/28/25, D4341 x4, denied N130
Claim # 2025012800417

Perio charting shows 5-7 mm generalized with BOP in all four quads and the
FMX shows horizontal bone loss, both uploaded to the portal this morning. Can
you send it back for reprocessing or tell me what else you need?

Thanks,
Melanie
""", patient='Ferreira')

mk('phi', 'ids',
   'Gail Sutter <gail@pinecrestdentallab.com>',
   'Imani Okoro-Bennett <imani.okorobennett@cedarhollowdental.com>',
   'Rx 24-08817 shade question',
   'Thu, 13 Mar 2025 10:48:30 -0400',
   """
Dr. O, quick one on Rx# 24-08817 (pan 0041982, DOB 19880304) - #8 e.max, Rx
says straight B1 but the photo shows a lot of incisal translucency and a
hypocal spot on #9. Do you want us to characterize to match or stick with B1?
Or is the pt still coming in for the custom shade Tue like your note said?

Gail
Pinecrest Dental Laboratory | (555) 012-7400
""")

mk('phi', 'ids',
   'Tasha Greer <tasha.greer@cedarhollowdental.com>',
   'Imani Okoro-Bennett <imani.okorobennett@cedarhollowdental.com>',
   'callback pls - Mrs. Tillman',
   'Fri, 14 Mar 2025 11:30:00 -0400',
   """
callback pls - Mrs. Tillman re: her biopsy results. chart 77-20314.
cell 555-0143. home 555-0190 -- she asked we do NOT leave a msg at home.
also addr on file is old, new one is 1188 Larkspur Ln Apt 4B, Millbrook 40311,
i updated it
""", patient='Tillman')

mk('phi', 'ids',
   'Samuel Keszler <samuel.keszler@cedarhollowdental.com>',
   'Marcus Feld <mfeld@ridgelineoralsurgery.com>',
   'FW: Cytology result OP25-004417',
   'Mon, 17 Mar 2025 08:15:12 -0400',
   """
Marcus - see below. Can you get him in for an incisional bx next week? He's
anxious and his daughter will call you. Thanks, Sam

-----Original Message-----
From: Tri-County Oral Pathology <results@tricountyoralpath.com>
Sent: Friday, March 14, 2025 5:47 PM
To: Samuel Keszler <samuel.keszler@cedarhollowdental.com>
Subject: Cytology result OP25-004417

Accession:   OP25-004417
Patient:     MEEKS, HARLAN         DOB: 4 Mar 1952
Submitted:   03/10/2025   Ref: KESZLER S
Specimen:    Brush cytology, left lateral tongue

RESULT: Atypical squamous cells present. Moderate epithelial dysplasia cannot
be excluded. Recommend incisional biopsy for definitive diagnosis.

Final signed report to follow by fax.
""", patient='Meeks')

mk('phi', 'ids',
   'Luz Mercado <luz.mercado@cedarhollowdental.com>',
   'PA Unit <priorauth@clearpathdentalmco.com>',
   'PA status - pended - PA2025-118734',
   'Tue, 25 Mar 2025 14:22:09 -0400',
   """
Good afternoon,

Checking on a prior auth that has shown "pended" for 12 days.

PA#: PA2025-118734
Medicaid ID: 9920018837A
Member: Zariyah Coleman   DOB 11-30-2016
Requested: D2930 x4, D3220 x2, D9420 (hospital call) - general anesthesia
Facility: Millbrook Children's Outpatient Surgery, requested date 4/22/25

The narrative and radiographs were uploaded 3/13. She has been to the ER once
already for pain. Please advise what is missing.

Luz Mercado
Patient Coordinator, Cedar Hollow Community Dental Clinic
(555) 014-3050
""",
   html="""
<html><body><p>Good afternoon,</p>
<p>Checking on a prior auth that has shown &quot;pended&quot; for 12 days.</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><td>PA#</td><td>PA2025-118734</td></tr>
<tr><td>Medicaid ID</td><td>9920018837A</td></tr>
<tr><td>Member</td><td>Zariyah Coleman &nbsp; DOB 11-30-2016</td></tr>
<tr><td>Requested</td><td>D2930 x4, D3220 x2, D9420 (hospital call) - general anesthesia</td></tr>
<tr><td>Facility</td><td>Millbrook Children's Outpatient Surgery, requested date 4/22/25</td></tr>
</table>
<p>The narrative and radiographs were uploaded 3/13. She has been to the ER once already for pain.
Please advise what is missing.</p>
<p>Luz Mercado<br>Patient Coordinator, Cedar Hollow Community Dental Clinic<br>(555) 014-3050</p>
</body></html>
""", patient='Coleman')

mk('phi', 'ids',
   'Billing <billing@cedarhollowdental.com>',
   'Patrick Donnelly <patrick.donnelly@cedarhollowdental.com>',
   'payment plan approval - acct 00458812',
   'Fri, 28 Mar 2025 10:01:40 -0400',
   """
Patrick,

acct #00458812 - SIRBU, BOGDAN  dob 1970-09-15  ssn xxx-xx-6621
bal $1,240.00 for implant crown #30 (D6065) seated 3/3

He's asking for a payment plan, I said we'd do 6 x $206.67 auto-draft from his
card ending 4410 starting 4/1. Ok to approve? He's also got the perio maint
coming up in May that his insurance won't cover until the new year resets.

Renata
Billing
""", patient='Sirbu')

mk('phi', 'ids',
   'Josh Tremblay <josh.tremblay@cedarhollowdental.com>',
   'Dana Whitfield <dana.whitfield@cedarhollowdental.com>',
   'home visit list addition',
   'Tue, 01 Apr 2025 08:27:33 -0400',
   """
Dana, one more for the homebound list:

Ms. Ethel Grundy
42 Quarry Rd (yellow house behind the feed store), Millbrook
(555) 016-0098 - daughter Pam is POA, call her not the house phone

Homebound since her stroke in Nov, right side weak. Lower denture cracked
down the middle, she's been gluing it. Needs new lower. Medicaid # is on the
intake form. Any Thursday works for them.

Josh
""", patient='Grundy')

mk('phi', 'ids',
   'Carla Benitez <carla.benitez@cedarhollowdental.com>',
   'Samuel Keszler <samuel.keszler@cedarhollowdental.com>',
   'CBCT to read before thurs',
   'Mon, 10 Mar 2025 17:45:02 -0400',
   r"""
Sam - the CBCT for chart A-330917 (DOB Jan 9 '04) is on the share:
\\chdg-img01\cbct\2025-03\A330917_0309.dcm

he's the young guy with the bone loss around the 1st molars and incisors only,
looks like localized stage III grade C to me. mom had the same thing. can you
read it before his Thurs appt so we can talk abx + SRP?

C
""")

# ---------------------------------------------------------------------------
# PHI / lists
# ---------------------------------------------------------------------------

mk('phi', 'lists',
   'Patrick Donnelly <patrick.donnelly@cedarhollowdental.com>',
   'Main Office Team <mainoffice@cedarhollowdental.com>',
   'huddle tues 3/11',
   'Tue, 11 Mar 2025 07:21:09 -0400',
   """
Morning huddle - Tue 3/11

Dr. O (ops 1-2)
  * 8:00  Harold Beaumont - #14 crown prep. PREMED (hip replacement). very anxious, offer headphones
  * 9:30  Vivian Szabo - new pt exam + FMX, hx IV bisphosphonate (breast ca)
  * 11:00 Reggie Tolliver - ext #20, on warfarin, INR 2.4 yesterday per his clinic
  * 1:30  HOLD for emergency

Hygiene - Carla
  * 8:00  Fatima Rahimi - perio maint, 24 wks pregnant, no x-rays
  * 9:00  Colton Pryor (teen) - prophy + BWX, still no insurance card on file
  * 10:00 Gladys Merriweather - SRP UR/LR (1 of 2), diabetic, bring juice

Balances to collect: Tolliver $310, Pryor $85
Lab cases due: Pruitt partial (wax try-in)

Let's have a good one
P
""", patient='Beaumont')

_rows = [
    ['Student', 'Gr', 'DOB', 'Teacher', 'Code', 'Notes'],
    ['Alvarez, Daniela', '2', '06/14/2017', 'Pham', '2', 'decay #K,L - referral sent home'],
    ['Brooks, Tyrese', '3', '01/02/2016', 'Abbott', '3', 'abscess LR, nurse notified'],
    ['Kowalski, Emma', '2', '10/29/2017', 'Pham', '1', 'sealed 3,14,19,30'],
    ['Ogunbiyi, David', '4', '03/21/2015', 'Reyes', '2', 'broken #8, needs eval'],
    ['Sanchez Mora, Luis', '1', '08/08/2018', 'Lindgren', '2', 'ECC, SDF applied x3'],
    ['Whitt, Kaylee', '3', '12/11/2015', 'Abbott', '2', 'decay #30 - mom wants clinic appt'],
]
_tab = '\n'.join('\t'.join(r) for r in _rows)
mk('phi', 'lists',
   'Dana Whitfield <dana.whitfield@cedarhollowdental.com>',
   'Karen Olmsted RN <kolmsted@millbrookschools.org>',
   'Jefferson screening 3/4 - kids needing follow up',
   'Wed, 05 Mar 2025 16:03:11 -0500',
   """
Hi Karen,

Here are the kids from yesterday who need follow-up (codes: 1 = no obvious
problem / sealed, 2 = early care needed, 3 = urgent). Pasted from our sheet:

""" + _tab + """

Tyrese is the one I mentioned on the phone - he really needs to be seen this
week. Luz from our clinic will call the families on Medicaid. Let me know if
any of the numbers on the consents are wrong.

Thanks so much for the room again!
Dana
""", patient='Alvarez')

mk('phi', 'lists',
   'Rosa Almanza <rosa.almanza@cedarhollowdental.com>',
   'OMS Team <oms@cedarhollowdental.com>',
   'OR/sedation schedule Thurs 4/3',
   'Tue, 01 Apr 2025 15:40:55 -0400',
   """
Thurs 4/3 - Dr. Wendt - sedation suite

| Time  | Patient                 | DOB        | Procedure                    | Anesth | Notes                          |
|-------|-------------------------|------------|------------------------------|--------|--------------------------------|
| 07:30 | Al-Qahtani, Abdulrahman | 08/19/1999 | ext 1,16,17,32 (impacted)    | IV     | codeine allergy, son = contact |
| 09:00 | Brennan, Siobhan        | 02/03/1987 | implant #8, PRF              | IV     | on sertraline                  |
| 10:30 | Haas, Jürgen            | 11/25/1958 | alveoloplasty + ext 22-27    | IV     | CHF - cardiology clearance ok  |
| 13:00 | Moreau-Tshibanda, Élise | 05/07/2008 | exposure & bracket #6        | N2O    | minor, mom to sign             |
| 14:00 | Quispe, Wilfredo        | 09/12/1971 | I&D LL, ext #18              | local  | diabetic, A1c 9.1              |

Everyone NPO after midnight except Élise. Pls confirm rides by Wed noon.
Rosa
""", patient='Al-Qahtani')

mk('phi', 'lists',
   'OpusDent Reports <reports@cedarhollowdental.com>',
   'Tasha Greer <tasha.greer@cedarhollowdental.com>',
   'Scheduled report: Overdue Perio Recall (>120 days)',
   'Mon, 03 Mar 2025 05:00:00 -0500',
   """
OVERDUE PERIO RECALL  -  run 03/03/2025 05:00  -  provider: KESZLER
-----------------------------------------------------------------------------
CHART     PATIENT NAME              DOB         LAST VISIT  DAYS  PHONE
--------  ------------------------  ----------  ----------  ----  ------------
P-10233   LaFleur, Antoinette       04/11/1955  09/30/2024   154  555-013-0071
P-10871   Mbeki, Sipho              12/02/1966  10/14/2024   140  555-012-4483
P-11402   Castellano, Ruben         07/19/1949  08/05/2024   210  555-015-7720
P-11950   Yilmaz, Derya             02/28/1980  10/22/2024   132  555-018-9914
P-12017   O'Rourke, Padraig         06/06/1962  07/17/2024   229  555-011-2038
P-12388   Abernathy-Stone, Joyce    01/15/1958  10/01/2024   153  555-019-5502
-----------------------------------------------------------------------------
6 patients   (perio maintenance D4910, interval 3 mo)
""", patient='LaFleur')

_claims = io.StringIO()
_w = csv.writer(_claims, lineterminator='\r\n')
_w.writerow(['claim_id', 'member_id', 'last_name', 'first_name', 'dob', 'dos', 'cdt', 'tooth', 'billed', 'status', 'reason'])
_w.writerow(['CLM88120451', '9920017745B', 'Mendoza', 'Isabela', '2014-04-02', '2025-02-11', 'D1351', '3', '42.00', 'REJECTED', 'M119 tooth previously sealed'])
_w.writerow(['CLM88120452', '9920017745B', 'Mendoza', 'Isabela', '2014-04-02', '2025-02-11', 'D1351', '14', '42.00', 'REJECTED', 'M119 tooth previously sealed'])
_w.writerow(['CLM88120977', '9920031102A', 'Tran', 'Bao', '2012-09-17', '2025-02-13', 'D2391', '30', '118.00', 'REJECTED', 'N517 missing surface'])
_w.writerow(['CLM88121340', '9920024418C', 'Okeke', 'Chiamaka', '2019-01-25', '2025-02-14', 'D1206', '', '31.00', 'REJECTED', 'Frequency - varnish 2x/12mo'])
_w.writerow(['CLM88121388', '9920008810A', 'Lundqvist', 'Hanna', '2010-11-03', '2025-02-18', 'D7140', 'T', '95.00', 'REJECTED', 'Member not eligible on DOS'])
_w.writerow(['CLM88121902', '9920040077D', 'Begay', 'Tristan', '2016-06-30', '2025-02-20', 'D3220', 'S', '165.00', 'REJECTED', 'PA required'])
mk('phi', 'lists',
   'Luz Mercado <luz.mercado@cedarhollowdental.com>',
   'Melanie Fitch <melanie.fitch@cedarhollowdental.com>',
   'Feb Medicaid rejections - can you help me work these',
   'Thu, 06 Mar 2025 13:13:13 -0500',
   """
Mel, attached are the Feb rejections from ClearPath. The sealant ones on
Isabela look like the van sealed them at school last year and we didn't know.
The Lundqvist one - mom says she had coverage, I'll call the state line.
Could you take Tran and Begay?

Luz
""", atts=[(_claims.getvalue(), 'text', 'csv', 'clearpath_rejections_feb2025.csv')], patient='Mendoza')

_xl = xlsx_bytes([
    ['School', 'Student', 'DOB', 'Grade', 'Parent/Guardian', 'Phone', 'Finding', 'Urgency', 'Insurance'],
    ['Whitman Elem', 'Ramírez, Sofía', '2016-02-14', '3', 'Ana Ramírez', '555-013-4410', 'caries #A, #S, #T', 'Early', 'Medicaid'],
    ['Whitman Elem', 'Huang, Kevin', '2015-07-30', '4', 'Mei Huang', '555-012-7723', 'fractured #9, pulp exposure?', 'Urgent', 'None'],
    ['Whitman Elem', 'Adeyemi, Tobi', '2017-11-05', '2', 'Funmi Adeyemi', '555-016-3308', 'caries #K #L, gingival swelling', 'Urgent', 'Medicaid'],
    ['Whitman Elem', 'Peterson, Lily', '2016-09-19', '3', 'Ryan Peterson', '555-019-0012', 'caries #30', 'Early', 'Private'],
    ['Lincoln Middle', 'Dubois, Noah', '2013-03-08', '6', 'Claire Dubois', '555-011-9941', 'heavy calculus, bleeding', 'Early', 'Medicaid'],
    ['Lincoln Middle', 'Hernández Cruz, Ximena', '2012-12-01', '7', 'Rosa Cruz', '555-017-5530', 'caries #19 #30 large', 'Urgent', 'Medicaid'],
], sheet='Referrals')
mk('phi', 'lists',
   'Dana Whitfield <dana.whitfield@cedarhollowdental.com>',
   'Luis Arriaga RN <larriaga@millbrookschools.org>',
   'referral list Whitman + Lincoln',
   'Fri, 21 Mar 2025 14:50:20 -0400',
   """
Luis -

Attached is the referral spreadsheet from this week's visits to Whitman and
Lincoln. The three marked Urgent I'd love your help reaching - Kevin's front
tooth especially, the family has no insurance and I've given them the sliding
scale info for the community clinic.

Dana Whitfield, RDH, MPH
School Sealant Program Coordinator
""", atts=[(_xl, 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'sealant_referrals_wk12.xlsx')],
   patient='Ramírez')

_ar = io.StringIO()
_w = csv.writer(_ar, lineterminator='\n')
_w.writerow(['Account', 'Patient', 'DOB', 'Last Tx', 'Last Tx Date', 'Balance', 'Age Bucket', 'Notes'])
_w.writerow(['00412277', 'Kalinowski, Marek', '1975-05-13', 'D2740 crown #19', '2024-10-02', '890.00', '120+', 'disputes ins portion'])
_w.writerow(['00431905', 'Delacroix, Yvette', '1969-08-27', 'D4341 x2', '2024-11-15', '412.50', '90-120', ''])
_w.writerow(['00440018', 'Adebayo, Olumide', '1983-01-09', 'D7210 #17', '2024-12-03', '325.00', '90-120', 'payment plan lapsed'])
_w.writerow(['00447623', 'Fontaine-Rivers, Jasmine', '1991-06-22', 'D6010 implant #30', '2024-09-10', '2150.00', '120+', 'send to collections?'])
_w.writerow(['00450194', 'Sokolova, Irina', '1957-12-30', 'D5110 complete upper', '2024-12-18', '760.00', '90-120', 'deceased? mail returned'])
_z = zip_bytes([('AR_aging_90plus_2025-03.csv', _ar.getvalue()),
                ('README.txt', 'Exported from OpusDent 3/31/25 by RM. Do not forward outside billing.\n')],
               when=(2025, 3, 31, 16, 40, 0))
mk('phi', 'lists',
   'Renata Malik <renata.malik@cedarhollowdental.com>',
   'Collections Desk <accounts@ashgroverecovery.com>',
   'AR 90+ for review before placement',
   'Mon, 31 Mar 2025 16:52:08 -0400',
   """
Hi Doug,

Zipped file attached with our 90+ day accounts. Please DON'T place
Fontaine-Rivers yet - Patrick wants to call her first. Sokolova may be deceased,
mail came back, we're checking.

Password is the usual, I'll text it.

Renata Malik
Billing Specialist, Cedar Hollow Dental Group
""", atts=[(_z, 'application', 'zip', 'AR_90plus_Mar2025.zip')], patient='Kalinowski')

# ---------------------------------------------------------------------------
# PHI / struct
# ---------------------------------------------------------------------------

mk('phi', 'struct',
   'Raj Subramanian <raj@bluewireit.com>',
   'Patrick Donnelly <patrick.donnelly@cedarhollowdental.com>',
   'RE: OMS appointments not crossing to hospital scheduling',
   'Wed, 19 Mar 2025 11:36:27 -0400',
   r"""
Patrick,

Found it. The interface is sending the SIU fine but the hospital rejects it
because AIL-3 (location) is blank when the appt is booked in the sedation suite.
Here's one of the failed messages from this morning's log:

MSH|^~\&|OPUSDENT|CHDG_OMS|MCH_SCHED|MILLBROOK_CH|20250319083012||SIU^S12|MSG000418822|P|2.5.1
SCH|OM-77120||||||ORAL SURG^Oral surgery - outpatient OR|GA|120|min|^^120^20250408073000^20250408093000|||||WENDT^THOMAS^^^DR|||||||||BOOKED
PID|1||CH0048812^^^CHDG^MR~9920055123A^^^MCD^MA||VALDEZ^ROSALINDA^MARIE||19640719|F|||2217 Beech St^^Millbrook^ST^40311||(555)014-7712|||M
PV1|1|O|^^^MCH OR
DG1|1||K04.7^Periapical abscess without sinus^I10
AIG|1||WENDT^THOMAS^^^DR|OMS
AIL|1||

I've patched the mapping to default AIL-3 to "MCH_OR2" for GA appts. Resending
the 4 failed ones now, you should see them on the hospital side within 15 min.

Raj Subramanian
Bluewire IT Solutions | Interface & Integration
(555) 010-8844
""", patient='Valdez')

_oru = "\n".join([
    r"MSH|^~\&|COPATH|TRICOUNTY_OP|OPUSDENT|CHDG|20250321161502||ORU^R01|TCOP2503210097|P|2.3",
    r"PID|1||CH0051190^^^CHDG^MR||OKONKWO^CHIDI^E||19770223|M|||88 Tanner Ridge Rd^^Millbrook^ST^40312||555-018-2290",
    r"ORC|RE|OMS-40918|OP25-004602",
    r"OBR|1|OMS-40918|OP25-004602|88305^Surgical pathology, gross and micro^CPT|||20250318101500|||||||20250318|Excisional biopsy, R buccal mucosa|WENDT^THOMAS",
    r"OBX|1|TX|22637-3^Path report.final diagnosis^LN||Right buccal mucosa, excision: Lichen planus, erosive type. No dysplasia or malignancy identified.||||||F",
    r"OBX|2|TX|22636-5^Path report.relevant history^LN||Bilateral white striae x 6 months, painful with spicy food. R/o lichenoid reaction to lisinopril.||||||F",
    r"OBX|3|TX|22634-0^Path report.gross^LN||Received in formalin, tan-pink soft tissue 0.9 x 0.5 x 0.3 cm, entirely submitted.||||||F",
]) + "\n"
mk('phi', 'struct',
   'Kwame Asante <kwame.asante@cedarhollowdental.com>',
   'Thomas Wendt <thomas.wendt@cedarhollowdental.com>',
   'path result didn\'t file to chart - raw msg attached',
   'Fri, 21 Mar 2025 16:30:47 -0400',
   """
Dr. Wendt, the Tri-County result for your buccal biopsy from Tuesday landed in
the unmatched queue (their MRN had a typo on the first try). I've attached the
raw HL7 so you can read it now; I'll manually file it to his chart once IT
confirms the match. Looks like good news.

Kwame
Clinical Systems, Cedar Hollow Dental Group
""", atts=[(_oru, 'text', 'plain', 'ORU_TCOP2503210097.hl7')], patient='Okonkwo')

mk('phi', 'struct',
   'Melanie Fitch <melanie.fitch@cedarhollowdental.com>',
   'Support <support@dentaledge-ch.com>',
   'Ticket 66120 - 837D rejected at front end, TOO segment?',
   'Tue, 04 Mar 2025 14:07:19 -0500',
   """
Hi, this claim keeps coming back with a 999 reject "TOO segment invalid" and I
can't see what's wrong. Pasting the claim loop from the file your portal gave
me (I cut the header):

NM1*QC*1*PARK*JIHOON****MI*NGD551903318~
N3*3310 WILLOW CREEK DR APT 12~
N4*MILLBROOK*ST*40311~
DMG*D8*19920611*M~
CLM*CHDG25030401*1150***11:B:1*Y*A*Y*Y~
DTP*472*D8*20250227~
HI*ABK:K0252~
SV3*AD:D2740*1150****1~
TOO*JP*14*M:O:D~
REF*G3*25-0418~

The crown is on #14 MOD (it replaced a failing amalgam). Thanks,

Melanie Fitch
Insurance Coordinator | Cedar Hollow Dental Group
""", patient='Park')

mk('phi', 'struct',
   'Renata Malik <renata.malik@cedarhollowdental.com>',
   'Melanie Fitch <melanie.fitch@cedarhollowdental.com>',
   'weird 835 - paid less than the fee sched',
   'Thu, 20 Mar 2025 09:55:00 -0400',
   """
Mel can you look at this before I post it? the ERA for Abena's SRP paid $96 a
quad but our contract is $128. here's the bit from the 835:

CLP*CHDG25021802*1*712*384**12*NGD2503190044711*11*1~
NM1*QC*1*MENSAH*ABENA*K***MI*NGD330018227~
NM1*82*2*CEDAR HOLLOW DENTAL GROUP*****XX*1999999992~
DTM*232*20250218~
SVC*AD:D4341*178*96**1~
DTM*472*20250218~
CAS*CO*45*82~
REF*6B*UL~
SVC*AD:D4341*178*96**1~
CAS*CO*45*82~
REF*6B*UR~
SVC*AD:D4342*178*96**1~
CAS*CO*45*82~

also it says D4342 for the LL but we billed D4341 x4?? she had 4+ teeth in
every quad.

R
""", patient='Mensah')

mk('phi', 'struct',
   'Luz Mercado <luz.mercado@cedarhollowdental.com>',
   'Kwame Asante <kwame.asante@cedarhollowdental.com>',
   'eligibility check returning inactive but mom has the card',
   'Mon, 24 Mar 2025 10:40:36 -0400',
   """
Kwame - the eligibility tool says inactive for this kid but mom showed me a card
good through June. This is what it gave back (271):

HL*3*2*22*0~
TRN*2*CHDG-EL-0324-0091*1999999992~
NM1*IL*1*LOPEZ-ORTIZ*ARMANDO****MI*9920046651B~
N3*601 RIVERBEND CT~
N4*MILLBROOK*ST*40312~
DMG*D8*20110203*M~
INS*Y*18*001*25~
DTP*346*D8*20240701~
DTP*347*D8*20250228~
EB*6**35*MC*MEDICAID DENTAL CHILD~
MSG*COVERAGE TERMINATED - RENEWAL NOT RECEIVED~

He's here for an ext (#K abscessed) right now. Is the 271 wrong or did the
renewal really lapse? Should I have mom call the state?

Luz
""", patient='Lopez-Ortiz')

mk('phi', 'struct',
   'Kwame Asante <kwame.asante@cedarhollowdental.com>',
   'Devon Hale <devon.hale@opusdent.io>',
   'FHIR export - Procedure.bodySite coming through empty',
   'Wed, 26 Mar 2025 13:19:44 -0400',
   """
Hi Devon,

Testing the FHIR R4 export for the regional HIE feed and the tooth numbers
aren't coming through. This is straight from prod this morning (real record,
please don't forward):

{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "chdg-0062241",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9999.1", "value": "CH0062241"}],
        "name": [{"family": "Abdi", "given": ["Hodan", "Farah"]}],
        "gender": "female",
        "birthDate": "1994-10-17",
        "telecom": [{"system": "phone", "value": "555-012-6679"}],
        "address": [{"line": ["1450 Station Rd Unit 7"], "city": "Millbrook", "postalCode": "40311"}]
      }
    },
    {
      "resource": {
        "resourceType": "Procedure",
        "id": "proc-991203",
        "status": "completed",
        "code": {"coding": [{"system": "http://www.ada.org/cdt", "code": "D3330", "display": "Endodontic therapy, molar tooth"}]},
        "subject": {"reference": "Patient/chdg-0062241"},
        "performedDateTime": "2025-03-25T09:40:00-04:00",
        "bodySite": [],
        "note": [{"text": "Irreversible pulpitis #19, 4 canals, pt 31 wks pregnant - OB cleared, no rads beyond 1 PA w/ apron"}]
      }
    }
  ]
}

bodySite should have #19. Is there a mapping setting we're missing?

Kwame Asante
Clinical Systems Analyst, Cedar Hollow Dental Group
""", patient='Abdi')

_ccd = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20250327101500-0400"/>
  <recordTarget>
    <patientRole>
      <id extension="MCH-2209881" root="2.16.840.1.113883.3.9999.2"/>
      <addr><streetAddressLine>77 Kestrel Way</streetAddressLine><city>Millbrook</city><postalCode>40311</postalCode></addr>
      <telecom value="tel:+1-555-015-8842"/>
      <patient>
        <name><given>Bartholomew</given><family>Ashcombe</family></name>
        <administrativeGenderCode code="M"/>
        <birthTime value="19510612"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <title>Problems</title>
      <text><list>
        <item>Atrial fibrillation - on apixaban 5 mg BID</item>
        <item>Head and neck radiation 2019 (tonsil SCC), 66 Gy</item>
        <item>Xerostomia</item>
      </list></text>
    </section></component>
    <component><section>
      <title>Medications</title>
      <text><list><item>Apixaban 5 mg PO BID</item><item>Pilocarpine 5 mg TID</item><item>Metoprolol 25 mg daily</item></list></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
mk('phi', 'struct',
   'Thomas Wendt <thomas.wendt@cedarhollowdental.com>',
   'Samuel Keszler <samuel.keszler@cedarhollowdental.com>',
   'FW: CCD from Millbrook Community Hospital',
   'Thu, 27 Mar 2025 18:02:31 -0400',
   """
Sam - the hospital sent over the CCD for the gentleman you want me to take out
the lower molars on. Pasted the relevant part below. 66 Gy to the mandible in
2019 - I'm not touching those without HBO discussion first, ORN risk is real.
Let's talk tomorrow.

T

""" + _ccd, patient='Ashcombe')

# ---------------------------------------------------------------------------
# PHI / lang
# ---------------------------------------------------------------------------

mk('phi', 'lang',
   'Yesenia Quintanilla <yesi.quintanilla85@gmail.com>',
   'Community Dental Clinic <communityclinic@cedarhollowdental.com>',
   'cita para mi hija Valentina',
   'Mon, 17 Mar 2025 07:44:03 -0400',
   """
Buenos días,

soy la mamá de Valentina Ríos Quintanilla, tiene 5 años. La semana pasada le
hicieron la limpieza y le pusieron flúor en la clínica comunitaria, pero ahora
le duele una muela de abajo cuando come cosas frías y anoche lloró mucho, no
quiso cenar. ¿Le pueden dar una cita esta semana? Tiene Medicaid.

Mi teléfono es 555-017-2231, puedo llevarla después de las 3.

Gracias,
Yesenia Quintanilla
""", cte='quoted-printable', patient='Ríos Quintanilla')

mk('phi', 'lang',
   'Rogério Batista <rogerio.abatista@hotmail.com>',
   'Samuel Keszler <samuel.keszler@cedarhollowdental.com>',
   'implante - gengiva inchada',
   'Thu, 20 Mar 2025 19:26:50 -0400',
   """
Bom dia Dr. Keszler,

aqui é o Rogério Albuquerque Batista. Fiz o implante no dente 36 (embaixo do
lado esquerdo) há 10 dias e a gengiva ainda está inchada e hoje começou a sair
um pouquinho de pus quando aperto. Estou tomando a amoxicilina certinho, de 8 em
8 horas. Devo voltar antes da consulta do dia 28 ou posso esperar?

Obrigado,
Rogério
(555) 018-7730
""", cte='quoted-printable', patient='Batista')

mk('phi', 'lang',
   'Minh Tran <minh.tran@cedarhollowdental.com>',
   'Lan Vo <lan.vo@cedarhollowdental.com>',
   'bà Hoa - răng giả',
   'Tue, 25 Mar 2025 12:10:22 -0400',
   """
Chị Lan ơi,

Bà Trần Thị Hoa (bệnh nhân của bác sĩ Okoro) vừa gọi lại. Bà nói hàm răng giả
trên bị lỏng, nướu bên phải bị đau và chảy máu khi ăn. Bà bị tiểu đường, sáng
nay đo đường huyết là 210. Em đã hẹn bà thứ Năm lúc 10 giờ để bác sĩ chỉnh răng
giả. Chị nhắc bác sĩ giúp em nhé, và nhớ gọi con gái bà (số 555-014-9902) vì bà
không nghe điện thoại được.

Cảm ơn chị!
Minh
""", patient='Trần Thị Hoa')

mk('phi', 'lang',
   'Marie-Ange Desir <marieange.desir@gmail.com>',
   'sealants@cedarhollowdental.com',
   'pitit fi mwen Widlene',
   'Wed, 26 Mar 2025 17:33:41 -0400',
   """
Bonjou,

Mwen se manman Widlene Désir, li nan 2yèm ane nan lekòl Jefferson. Yo te mete
sealant sou dan l semèn pase nan kamyon an. Kounye a li gen yon ti boul sou
jansiv li anwo a goch epi li fè l mal lè l ap manje. Enfimyè lekòl la di m li
dwe wè yon dantis. Èske li ka vin nan klinik la? Li gen Medicaid.

Telefòn mwen: 555-012-9087

Mèsi anpil,
Marie-Ange Désir
""", patient='Désir')

mk('phi', 'lang',
   'Галина Ковалёва <g.kovaleva48@mail.example.net>',
   'frontdesk@cedarhollowdental.com',
   'Протез натирает - запись на коррекцию',
   'Thu, 27 Mar 2025 08:05:17 -0400',
   """
Здравствуйте!

Меня зовут Ковалёва Галина Петровна, дата рождения 12.05.1948. В феврале мне
сделали новый нижний съёмный протез у доктора Окоро-Беннетт. Протез натирает
десну слева, появилась язвочка, больно есть, приходится его снимать. Можно
записаться на коррекцию на этой неделе? Я принимаю варфарин, если это важно.

Мой телефон 555-018-4420 (лучше звонить после 11).

Спасибо.
Г. П. Ковалёва
""", cte='base64', patient='Ковалёва')

mk('phi', 'lang',
   'Rowena Dizon <rowena.dizon@cedarhollowdental.com>',
   'Joy Macaraeg <joy.macaraeg@cedarhollowdental.com>',
   'Mang Ernesto - namamaga',
   'Thu, 27 Mar 2025 11:58:09 -0400',
   """
Hi Joy,

Si Mang Ernesto Bautista tumawag kanina, namamaga daw yung gilagid niya sa may
bagang na binunutan ni Dr. Wendt noong Lunes (#31). Nilagnat daw siya kagabi,
38.2. Sabi ko pumunta siya ngayong hapon mga 3pm, pakisabi kay Dr. Wendt at
pakihanda na yung chart niya. Baka kailangan ng antibiotic, may allergy siya
sa penicillin ha.

Salamat!
Weng
""", patient='Bautista')

mk('phi', 'lang',
   'Fatima Benaissa <f.benaissa@outlook.com>',
   'oralsurgery@cedarhollowdental.com',
   'ألم بعد خلع ضرس العقل',
   'Sat, 29 Mar 2025 23:12:38 -0400',
   """
السلام عليكم،

أنا فاطمة الزهراء بن عيسى. خلعت ضرس العقل السفلي الأيسر عند الدكتور ويندت يوم
الخميس الماضي، وما زال عندي ألم شديد يصل إلى الأذن ورائحة كريهة من مكان الخلع.
أتناول إيبوبروفين ٦٠٠ كل ٨ ساعات ولا يخف الألم. هل يمكنني الحضور يوم الاثنين صباحاً؟

رقم هاتفي: 555-015-3390

شكراً جزيلاً
فاطمة
""", cte='base64', patient='بن عيسى')

mk('phi', 'lang',
   '王丽 <wangli.mbk@163.example.com>',
   'Community Dental Clinic <communityclinic@cedarhollowdental.com>',
   '预约：李浩然 补牙',
   'Mon, 31 Mar 2025 20:04:55 -0400',
   """
您好，

我是李浩然的妈妈。浩然今年8岁，生日是2016年9月3日，在Whitman小学读三年级。上周学校
的流动牙科车给他做了窝沟封闭，护士说他左下有两颗蛀牙需要补，还给了我转诊单。
他最近吃东西会喊疼。请问社区诊所可以预约吗？我们有Medicaid。

我的电话：555-019-6612（下午3点以后方便）

谢谢！
王丽
""", patient='李浩然')

# ---------------------------------------------------------------------------
# CLEAN / admin
# ---------------------------------------------------------------------------

mk('clean', 'admin',
   'Patrick Donnelly <patrick.donnelly@cedarhollowdental.com>',
   'Hygiene Team <hygiene@cedarhollowdental.com>',
   'hygiene coverage wk of 3/24 (updated)',
   'Thu, 20 Mar 2025 17:30:12 -0400',
   """
Team - updated coverage for the week of 3/24. Changes in CAPS.

Mon 3/24  Carla ops 5-6 / Josh at community clinic
Tue 3/25  Josh OFF (CE course) - TEMP Brianna Kowalczyk RDH from SmileStaff,
          her cell (555) 010-3321, she's been here before
Wed 3/26  Sealant van at Whitman: Dana + Josh. Carla in office all day
Thu 3/27  Carla 7-3 (leaving early), NEW: Josh covers 3-6
Fri 3/28  Both in office, lunch & learn 12-1 (Opus perio charting update)

If you swap with each other just tell me and update the schedule in Opus. Do not
book over the blocked time on Friday.

Thanks all,
Patrick Donnelly
Practice Administrator
Cedar Hollow Dental Group | (555) 014-3000 x201
""")

mk('clean', 'admin',
   'Bluewire IT Service Desk <servicedesk@bluewireit.com>',
   'Patrick Donnelly <patrick.donnelly@cedarhollowdental.com>',
   '[INC-44821] Scheduled maintenance: OpusDent server migration Sat 3/29',
   'Mon, 24 Mar 2025 09:00:03 -0400',
   """
Ticket: INC-44821
Priority: P3 - Planned change
Requester: Patrick Donnelly
Assigned: Raj Subramanian

Hello Patrick,

As discussed, the OpusDent database and imaging bridge will be migrated to the
new host (CHDG-SQL02) on Saturday 3/29 from 22:00 to approximately 02:00.

During the window:
  - OpusDent, the imaging bridge and the patient check-in kiosk will be offline
  - e-claims and eligibility will queue and send Sunday morning
  - the after-hours answering service is unaffected

Action needed Monday 3/31: please have staff restart workstations OP1-OP8,
FRONT1-3 and the pano PC before 7:30 AM. If anything looks off, call the
service desk at (555) 010-8800 and reference INC-44821.

Bluewire IT Solutions
"Keeping small practices running"
""")

mk('clean', 'admin',
   'Summit Dental Supply <orders@summitdentalsupply.com>',
   'Accounts Payable <ap@cedarhollowdental.com>',
   'Invoice 7781203 - PO CH-2025-0311',
   'Wed, 12 Mar 2025 06:15:44 -0400',
   """
INVOICE 7781203
Bill to: Cedar Hollow Dental Group, 410 Mill Race Rd Ste 200, Millbrook
Customer #: 30-118820     PO: CH-2025-0311     Terms: Net 30

Qty  Item                                          Unit      Ext
 4   Lidocaine HCl 2% w/ epi 1:100k, 50 cart       48.90    195.60
 2   Articaine 4% 1:100k, 50 cart                  61.25    122.50
10   Nitrile gloves M, 200/bx                      11.40    114.00
 6   Universal composite A2 syringe 4g             38.75    232.50
 3   Fluoride varnish 5% NaF, 200 unit doses       92.00    276.00
 1   Resin sealant kit, 4 syringes                 74.30     74.30
                                         Subtotal           1,014.90
                                         Shipping              0.00
                                         Total due          1,014.90

Questions? Call your rep Angela Moritz at (555) 011-6003.
""",
   html="""
<html><body style="font-family:Arial;font-size:10pt">
<h3>INVOICE 7781203</h3>
<p>Bill to: Cedar Hollow Dental Group, 410 Mill Race Rd Ste 200, Millbrook<br>
Customer #: 30-118820 &nbsp; PO: CH-2025-0311 &nbsp; Terms: Net 30</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Qty</th><th>Item</th><th>Unit</th><th>Ext</th></tr>
<tr><td>4</td><td>Lidocaine HCl 2% w/ epi 1:100k, 50 cart</td><td>48.90</td><td>195.60</td></tr>
<tr><td>2</td><td>Articaine 4% 1:100k, 50 cart</td><td>61.25</td><td>122.50</td></tr>
<tr><td>10</td><td>Nitrile gloves M, 200/bx</td><td>11.40</td><td>114.00</td></tr>
<tr><td>6</td><td>Universal composite A2 syringe 4g</td><td>38.75</td><td>232.50</td></tr>
<tr><td>3</td><td>Fluoride varnish 5% NaF, 200 unit doses</td><td>92.00</td><td>276.00</td></tr>
<tr><td>1</td><td>Resin sealant kit, 4 syringes</td><td>74.30</td><td>74.30</td></tr>
<tr><td colspan="3" align="right"><b>Total due</b></td><td><b>1,014.90</b></td></tr>
</table>
<p>Questions? Call your rep Angela Moritz at (555) 011-6003.</p>
</body></html>
""")

mk('clean', 'admin',
   'HR <hr@cedarhollowdental.com>',
   'All Staff <allstaff@cedarhollowdental.com>',
   'Open enrollment reminder - deadline April 4',
   'Mon, 17 Mar 2025 12:00:00 -0400',
   """
Hi everyone,

Open enrollment for our staff benefits runs through Friday, April 4.

- Medical: same two plans as last year, premiums up about 4%
- Dental: administered by Northgate Dental Benefits. New member ID cards
  will be mailed to your home address in late April. Your member number
  will NOT change.
- Vision and FSA: elections must be made again every year, they do not roll over

Sign up in the HR portal, or come see me in the back office Tue/Thu 1-3.
Dependents' dates of birth are needed for any new dependents you add, please
enter them in the portal and do not email them to me.

Questions: Yolanda Birch, HR Generalist, x209

Yolanda
""", cte='base64')

mk('clean', 'admin',
   'Patrick Donnelly <patrick.donnelly@cedarhollowdental.com>',
   'Front Desk <frontdesk@cedarhollowdental.com>',
   'Op 4 down - vacuum pump',
   'Wed, 26 Mar 2025 07:48:27 -0400',
   """
FYI op 4 is down this morning - the HVE/saliva ejector lost suction and the
pump in the mech room is tripping the breaker. Tech from Tri-State Equipment
(Gary, (555) 012-5150, work order WO-20931) is on the way, ETA 10.

Please move anything in op 4 before noon into op 7 (hygiene has it free until
1). If we can't fit someone, call them and rebook, don't try to double up in
op 3. I'll update by 11.

P
""")

mk('clean', 'admin',
   'DentalEdge Enrollment <enrollment@dentaledge-ch.com>',
   'Melanie Fitch <melanie.fitch@cedarhollowdental.com>',
   'ERA/EFT enrollment status - Cedar Hollow Dental Group',
   'Fri, 07 Mar 2025 14:33:00 -0500',
   """
Hello Melanie,

Here is the current status of your electronic remittance (ERA) and EFT
enrollments under billing NPI 1999999992 / TIN 00-0000000:

Payer                          Payer ID   ERA         EFT
Northgate Dental Benefits      NGDB1      Active      Active
ClearPath Medicaid Dental      CPMD7      Pending     Pending  (signature needed)
Harbor Mutual Dental           HMD22      Active      Not requested
Lakeview Employee Dental       LVE09      Rejected    -        (name mismatch on W-9)

For ClearPath, please sign and return the attached authorization page. For
Lakeview the legal name on the W-9 must match the NPPES record exactly.

Reference: ENR-2025-118-44
DentalEdge Clearinghouse | Provider Enrollment | (555) 010-7700
""")

mk('clean', 'admin',
   'Dana Whitfield <dana.whitfield@cedarhollowdental.com>',
   'School Nurses <nurses@millbrookschools.org>',
   'Spring sealant van schedule + consent form due dates',
   'Mon, 03 Mar 2025 08:12:50 -0500',
   """
Hi all,

Here's the spring schedule for the mobile sealant program. Consent forms are
due back one week before the visit; please send the stack with the kid who
brings the van paperwork or I can pick them up.

  Jefferson Elem   Tue 3/4 and Tue 3/11   nurse: Karen Olmsted x114
  Whitman Elem     Wed 3/19 and Wed 3/26  nurse: Luis Arriaga x220
  Lincoln Middle   Thu 3/20               nurse: Luis Arriaga x220
  Riverside Elem   Tue 4/8 and Wed 4/9    nurse: Denise Hollis x310
  Maple Grove K-8  Tue 4/22 - Thu 4/24    nurse: Aaron Kleist x405

We need a room with two outlets near the gym door and the van parks in the bus
loop 7:30-2:30. Last year's totals and the new English/Spanish/Haitian Creole
consent forms are on the shared drive.

Dana Whitfield, RDH, MPH
School Sealant Program Coordinator | (555) 014-3060
""")

# ---------------------------------------------------------------------------
# CLEAN / lookalike
# ---------------------------------------------------------------------------

mk('clean', 'lookalike',
   'Millbrook Animal Hospital <frontdesk@millbrookanimalhospital.com>',
   'Greg Tolland <gtolland@gmail.com>',
   "Biscuit's dental discharge instructions",
   'Thu, 13 Mar 2025 16:20:00 -0400',
   """
Hi Greg,

Thanks for trusting us with Biscuit today! Here is a summary of her visit.

Patient: Biscuit (canine, beagle mix, F/S, 9 yrs, 11.2 kg)
Patient ID: 48821-B
Procedure: COHAT (dental cleaning under anesthesia), full-mouth radiographs,
extraction of 2 upper premolars (208 had a fracture, 108 had bone loss)

Medications going home:
  - Carprofen 25 mg: 1 tab by mouth every 12 hours with food x 5 days
  - Gabapentin 100 mg: 1 cap every 8-12 hours as needed for discomfort

Soft food only for 10 days - soak her kibble. No chew toys or bones. Recheck
in 2 weeks to look at the gum sutures.

Invoice #INV-230771, paid by card ending 5512.

Dr. Paula Nyberg, DVM
Millbrook Animal Hospital | (555) 013-9090
""", cte='quoted-printable')

mk('clean', 'lookalike',
   'Ironside Fitness <membership@ironsidefitness.com>',
   'Kelsey Marchetti <kelsey.marchetti@gmail.com>',
   'Your membership renews April 1 - Member #IF-0087721',
   'Tue, 25 Mar 2025 06:00:00 -0400',
   """
Hi Kelsey,

Your Ironside Fitness membership (Member #IF-0087721, Plan: All Access Plus)
renews on April 1, 2025 at $49.99/month.

Your last body composition scan (3/2): body fat 24.1%, lean mass 112.4 lb.
Book your next free scan and a session with a trainer in the app.

Reminder: our recovery studio now has cryotherapy and a red-light
"recovery bed" - free for Plus members through April.

Questions? Reply or call (555) 011-2400.
Ironside Fitness - Millbrook
""",
   html="""
<html><body style="font-family:Helvetica,Arial;background:#f4f4f4">
<table width="600" align="center" style="background:#fff;padding:20px">
<tr><td><h2 style="color:#c0392b">Your membership renews April 1</h2>
<p>Hi Kelsey,</p>
<p>Your Ironside Fitness membership (<b>Member #IF-0087721</b>, Plan: All Access Plus) renews on
April 1, 2025 at $49.99/month.</p>
<p>Your last body composition scan (3/2): body fat 24.1%, lean mass 112.4 lb.</p>
<p>Reminder: our recovery studio now has cryotherapy and a red-light "recovery bed" - free for Plus
members through April.</p>
<p style="font-size:9pt;color:#888">Ironside Fitness - Millbrook | (555) 011-2400 | Unsubscribe</p>
</td></tr></table></body></html>
""")

mk('clean', 'lookalike',
   'Millbrook Teachers Credit Union <alerts@mtcu.org>',
   'Samuel Keszler <samkeszler@gmail.com>',
   'Member #2201884: your auto loan payment was received',
   'Mon, 03 Mar 2025 13:44:19 -0500',
   """
Dear Samuel Keszler,

We received your payment of $612.40 for loan ID 2201884-L03 on 03/03/2025.

Member number: 2201884
Account ending: -0917 (Share Draft)
Next payment due: 04/03/2025
Remaining balance: $18,227.16

If you did not authorize this payment, call Member Services at
(555) 016-1000, option 2.

Millbrook Teachers Credit Union. Federally insured by NCUA.
""")

mk('clean', 'lookalike',
   'SkyBridge Airlines <noreply@skybridge-air.com>',
   'Lucia Paredes <luciaparedes.dds@gmail.com>',
   'Itinerary: Confirmation QX7T2M - Millbrook to Denver',
   'Fri, 07 Mar 2025 19:02:33 -0500',
   """
Thank you for booking with SkyBridge, Lucia.

Confirmation code: QX7T2M
Passenger: PAREDES/LUCIA MS     SkyMiles #: 4410928837   Seat: 14C
Ticket number: 0167784123390

Thu 24 Apr 2025  SB 1182  MBK 07:05 -> DEN 09:48   Economy (K)
Sun 27 Apr 2025  SB 1195  DEN 17:30 -> MBK 22:01   Economy (K)

Need special assistance, a medical device on board, or traveling with a
service animal? Let us know at least 48 hours before departure.

Have a great trip to the Pediatric Dentistry annual session!
""",
   html="""
<html><body><h2>Thank you for booking with SkyBridge, Lucia.</h2>
<p><b>Confirmation code: QX7T2M</b><br>Passenger: PAREDES/LUCIA MS &nbsp; SkyMiles #: 4410928837 &nbsp; Seat: 14C<br>
Ticket number: 0167784123390</p>
<table cellpadding="4"><tr><td>Thu 24 Apr 2025</td><td>SB 1182</td><td>MBK 07:05 &rarr; DEN 09:48</td><td>Economy (K)</td></tr>
<tr><td>Sun 27 Apr 2025</td><td>SB 1195</td><td>DEN 17:30 &rarr; MBK 22:01</td><td>Economy (K)</td></tr></table>
<p>Need special assistance, a medical device on board, or traveling with a service animal? Let us know at least
48 hours before departure.</p></body></html>
""")

mk('clean', 'lookalike',
   'Claims - Granite Shield Auto Insurance <claims@graniteshield.com>',
   'Tasha Greer <tgreer.mbk@yahoo.com>',
   'Claim 7730-44-1092: adjuster assigned',
   'Wed, 19 Mar 2025 10:30:00 -0400',
   """
Dear Tasha Greer,

Your claim has been assigned.

Claim number: 7730-44-1092
Policy number: GSA-4419-2280-01
Date of loss: 03/15/2025
Vehicle: 2019 Honda CR-V, VIN ending 48213
Type: Collision - rear impact, parking lot. No injuries reported.

Your adjuster is Brent Kovach, (555) 017-3300 ext 4471. Please upload photos of
the rear bumper and the other driver's information in the app. A rental is
authorized for up to 10 days at Millbrook Car Rental, reservation R-55102.

Granite Shield Insurance Company
""")

mk('clean', 'lookalike',
   'Oakheart Tree Surgeons <office@oakhearttree.com>',
   'Patrick Donnelly <patrick.donnelly@cedarhollowdental.com>',
   'Quote Q-2025-0147 - crown reduction & stump extraction, 410 Mill Race Rd',
   'Tue, 11 Mar 2025 15:55:12 -0400',
   """
Hi Patrick,

Thanks for walking the lot with me. As promised:

Quote Q-2025-0147 - Cedar Hollow Dental Group, 410 Mill Race Rd

1. Red oak by the sign - crown reduction ~20%, remove deadwood, deep-root
   fertilization. Decay cavity on the north side at 6 ft; will probe and
   report, may need cabling.                                   $1,450
2. Silver maple over the parking lot - crown raise to 14 ft for the van,
   root pruning where it's lifting the curb.                    $980
3. Stump extraction (grind to 12 in. below grade) x2, backfill
   and seed.                                                    $520
                                                      Total   $2,950

Tree surgeon on site: Wes Hartigan, ISA Certified Arborist. We can do it
Saturday 4/5 so your patients aren't disturbed.

Mara Oakes
Oakheart Tree Surgeons | (555) 019-4477
""")

mk('clean', 'lookalike',
   'Jenkins CI <ci@build.opusdent.io>',
   'dev-integrations@opusdent.io',
   '[FAILED] patient-sync-worker #4182 (main) - PatientMergeTest',
   'Thu, 06 Mar 2025 02:14:40 -0500',
   """
Build #4182 of patient-sync-worker (branch: main) FAILED after 6m 12s.

Failed tests (2 of 318):
  com.opusdent.sync.PatientMergeTest.mergeKeepsOldestMrn
    expected: <MRN-000001> but was: <MRN-000002>
  com.opusdent.sync.ChartCrownBridgeTest.bridgeSpanValidation
    java.lang.AssertionError: span 3-5 should be valid

Changes since last success:
  a91f3c2  dhale     "refactor: patient dedupe uses dob+name hash"
  77be0d1  kasante   "fix: tooth number mapping for bodySite"

Console: https://ci.opusdent.io/job/patient-sync-worker/4182/console

-- 
This is an automated message from Jenkins. Fixture data only; no production
records are used in CI.
""")

# ---------------------------------------------------------------------------
# CLEAN / news
# ---------------------------------------------------------------------------

mk('clean', 'news',
   'State Dental Association <news@statedentalassoc.org>',
   'imani.okorobennett@cedarhollowdental.com',
   'Dental Dispatch: Medicaid fee increase, new varnish rules, CE in April',
   'Wed, 05 Mar 2025 07:00:00 -0500',
   """
DENTAL DISPATCH - March 2025

MEDICAID DENTAL FEES UP 8% JULY 1
The legislature approved an 8% increase to adult and child Medicaid dental
fees effective July 1. Preventive codes (D1120, D1206, D1351) see the largest
bump. Members can view the proposed fee schedule on the member portal.

FLUORIDE VARNISH IN MEDICAL OFFICES
Beginning this summer, pediatric primary care offices may bill D1206 up to four
times per year for children under 6. Dental offices should check history before
applying varnish to avoid frequency denials.

CE: OPIOID PRESCRIBING UPDATE
Two-hour live course, April 12, Millbrook Convention Center, meets the state
opioid CE requirement. Speakers: Dr. Helen Ashby and Dr. Raymond Voss.

Not a member? Join at statedentalassoc.org. Unsubscribe | Manage preferences
""",
   html="""
<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#1b4f72">DENTAL DISPATCH <small>March 2025</small></h1>
<h3>Medicaid dental fees up 8% July 1</h3>
<p>The legislature approved an 8% increase to adult and child Medicaid dental fees effective July 1.
Preventive codes (D1120, D1206, D1351) see the largest bump.</p>
<h3>Fluoride varnish in medical offices</h3>
<p>Beginning this summer, pediatric primary care offices may bill D1206 up to four times per year for
children under 6. Dental offices should check history before applying varnish to avoid frequency denials.</p>
<h3>CE: Opioid prescribing update</h3>
<p>Two-hour live course, April 12, Millbrook Convention Center. Speakers: Dr. Helen Ashby and Dr. Raymond Voss.</p>
<p style="font-size:8pt">Unsubscribe | Manage preferences</p></body></html>
""")

mk('clean', 'news',
   'County Health Department <oralhealth@millbrookcountyhealth.gov>',
   'Community Partners <partners-list@millbrookcountyhealth.gov>',
   'Oral Health Bulletin: 2024 school screening results & water fluoridation',
   'Tue, 18 Mar 2025 10:00:00 -0400',
   """
MILLBROOK COUNTY ORAL HEALTH BULLETIN  |  Spring 2025

2024 third-grade screening (n = 2,318 children, 19 schools)
  - Untreated decay: 21.4% (down from 26.0% in 2019)
  - At least one sealant on a permanent molar: 48.7%
  - Urgent treatment need: 3.1%
  - Children enrolled in Medicaid/CHIP had twice the rate of untreated
    decay compared with privately insured children.

Community water fluoridation: the Eastside treatment plant returned to the
recommended 0.7 mg/L in October after a 5-month equipment outage. Dental
providers may see a lag in benefit for children in ZIP codes 40312 and 40315.

Emergency department visits for non-traumatic dental conditions: 4,112 in 2024,
41% among adults 20-34.

Data are aggregate and de-identified. Contact: Dr. Oluwaseun Bright, Oral Health
Program Manager, (555) 015-0400.
""", cte='quoted-printable')

mk('clean', 'news',
   'Safety Notices - Summit Dental Supply <safety@summitdentalsupply.com>',
   'Purchasing <purchasing@cedarhollowdental.com>',
   'URGENT: Voluntary recall - Lidocaine HCl 2% w/ Epinephrine 1:100,000 cartridges',
   'Fri, 21 Mar 2025 15:10:00 -0400',
   """
URGENT: VOLUNTARY PRODUCT RECALL - USER LEVEL

Product: Lidocaine HCl 2% and Epinephrine 1:100,000 Injection, 1.7 mL dental
cartridges, boxes of 50
Manufacturer: Northfield Pharmaceutical Co.
Lot numbers: NF24118A, NF24118B, NF24203C   Exp: 11/2026 and 01/2027
Reason: Some cartridges may contain visible particulate matter (glass
fragments) identified during stability testing.

Our records show your account purchased affected lots on invoice 7781203.

What to do:
  1. Stop using and quarantine all cartridges from the lots above.
  2. Complete the attached response form even if you have no remaining stock.
  3. Return product with the prepaid label; credit will be issued.

Adverse events should be reported to the manufacturer at (555) 010-9911 and to
the FDA MedWatch program.
""",
   html="""
<html><body><div style="border:3px solid #c00;padding:12px;font-family:Arial">
<h2 style="color:#c00">URGENT: VOLUNTARY PRODUCT RECALL - USER LEVEL</h2>
<p><b>Product:</b> Lidocaine HCl 2% and Epinephrine 1:100,000 Injection, 1.7 mL dental cartridges<br>
<b>Manufacturer:</b> Northfield Pharmaceutical Co.<br>
<b>Lots:</b> NF24118A, NF24118B, NF24203C &nbsp; <b>Exp:</b> 11/2026 and 01/2027</p>
<p><b>Reason:</b> Some cartridges may contain visible particulate matter identified during stability testing.</p>
<ol><li>Stop using and quarantine all cartridges from the lots above.</li>
<li>Complete the response form even if you have no remaining stock.</li>
<li>Return product with the prepaid label; credit will be issued.</li></ol>
</div></body></html>
""")

mk('clean', 'news',
   'Northgate Dental Benefits <providernews@northgatedentalbenefits.com>',
   'Melanie Fitch <melanie.fitch@cedarhollowdental.com>',
   'Provider Bulletin Q2 2025: CDT updates, frequency changes, portal downtime',
   'Tue, 01 Apr 2025 08:30:00 -0400',
   """
NORTHGATE DENTAL BENEFITS ADMINISTRATORS - PROVIDER BULLETIN Q2 2025

1) Periodontal maintenance (D4910): for most employer groups, frequency
   increases from 2 to 4 per benefit year beginning July 1. Check the member's
   plan summary in the portal; not all groups have adopted the change.

2) Scaling and root planing (D4341/D4342): claims must include a perio chart
   dated within 12 months. Claims without charting will be denied with N130.

3) Sealants (D1351): covered on permanent molars through age 15, once per tooth
   per 36 months, regardless of place of service (including school programs).

4) Portal maintenance: Saturday, April 12, 8 PM - Sunday 6 AM ET.

Provider Relations: (555) 018-5000 | providerrelations@northgatedentalbenefits.com
""")

mk('clean', 'news',
   'Patrick Donnelly <patrick.donnelly@cedarhollowdental.com>',
   'All Staff <allstaff@cedarhollowdental.com>',
   'The Cedar Chip - March staff newsletter',
   'Fri, 28 Mar 2025 16:00:00 -0400',
   """
THE CEDAR CHIP - March 2025

Van by the numbers
Our sealant van visited 4 schools this month: 612 kids screened, 1,904
sealants placed, 57 referrals for treatment (14 urgent). Huge thanks to Dana,
Josh and our volunteer hygiene students from Millbrook Community College.

Welcome!
- Kwame Asante joins as Clinical Systems Analyst (he's the reason the
  hospital interface finally works)
- Joy Macaraeg, CDA, joins the oral surgery team

Anniversaries
- Carla Benitez, RDH - 10 years!
- Rowena "Weng" Dizon, CDA - 5 years

Reminders
- Spore test logs are due every Friday - no exceptions
- Spring potluck April 18, sign-up sheet in the break room
- Dr. Paredes is presenting at the pediatric dentistry meeting in Denver in
  April - ask her about her SDF research

Have a great weekend,
Patrick
""")

mk('clean', 'news',
   'Oral Health Research Digest <digest@orhealthdigest.example.org>',
   'samuel.keszler@cedarhollowdental.com',
   'This week: periodontitis and diabetes, SDF vs. ART, implant survival at 10 yrs',
   'Mon, 24 Mar 2025 05:30:00 -0400',
   """
ORAL HEALTH RESEARCH DIGEST - Week 12, 2025

* Periodontal therapy lowered HbA1c by 0.3-0.4 percentage points at 12 months
  in a pooled analysis of 14 randomized trials (n = 2,110 adults with type 2
  diabetes).

* Silver diamine fluoride applied twice yearly arrested 72% of dentin lesions
  in preschoolers at 30 months, comparable to ART restorations, in a 3-arm trial
  of 888 children.

* Ten-year implant survival was 94.6% overall but 88.1% in current smokers in a
  retrospective cohort of 4,402 implants from 1,730 patients.

* Case report of the week: osteonecrosis of the jaw in a 70s female after
  a single extraction, 18 months after stopping oral bisphosphonates.

Full abstracts at the link below. You are receiving this because you
subscribed at a continuing education event.
""")

# ---------------------------------------------------------------------------
# CLEAN / staff
# ---------------------------------------------------------------------------

mk('clean', 'staff',
   'Anjali Raman DDS <anjali.raman@cedarhollowdental.com>',
   'Clinicians <clinicians@cedarhollowdental.com>',
   'Antibiotic prophylaxis - joint replacements - please read',
   'Mon, 10 Mar 2025 12:45:00 -0400',
   """
Hi all,

We've had a few questions about premedication for patients with prosthetic
joints, so a reminder of our group protocol:

1. Routine antibiotic prophylaxis is NOT recommended for patients with
   prosthetic joints before dental procedures.
2. Exceptions are made only if the orthopedic surgeon specifically requests it
   in writing - scan the letter into the chart.
3. If premed is requested: amoxicillin 2 g PO 30-60 min before. Penicillin
   allergy: azithromycin 500 mg. Clindamycin is no longer recommended.
4. Cardiac: follow the AHA list (prosthetic valves, prior IE, certain CHD,
   cardiac transplant with valvulopathy).

If the patient says "my doctor always gave me one" that's not a request from
the surgeon - call the office.

Anjali Raman, DDS
Clinical Director
""")

mk('clean', 'staff',
   'Imani Okoro-Bennett <imani.okorobennett@cedarhollowdental.com>',
   'Thomas Wendt <thomas.wendt@cedarhollowdental.com>',
   'quick q - DOAC and multiple exts',
   'Wed, 19 Mar 2025 13:22:18 -0400',
   """
Tom, general question for you -

I have a guy in his 60s on apixaban for a-fib who needs 3 simple extractions
in the same quadrant. His cardiologist says "dentist's discretion". Do you
usually have them skip the morning dose or just go ahead with local
measures (gelfoam, sutures, TXA rinse)? Curious what you do for 3+ teeth.

Imani

> On Wed, Mar 19, 2025 at 2:05 PM Thomas Wendt wrote:
> Most of the time I don't hold it for up to 3 simple exts. Schedule in the
> morning, do it ~12 hrs after the last dose if they're twice daily (so
> just skip the AM dose, not stop it), pack + suture, TXA 5% rinse QID x 2
> days. If more than one quadrant or surgical, I'd send him to us.
""")

mk('clean', 'staff',
   'Thomas Wendt <thomas.wendt@cedarhollowdental.com>',
   'OMS Team <oms@cedarhollowdental.com>',
   'Saturday emergency coverage - April',
   'Thu, 27 Mar 2025 08:40:04 -0400',
   """
April Saturday on-call (oral surgery + general emergencies):

  4/5   Wendt / assistant Joy
  4/12  Feld (Ridgeline, covering for us) / assistant Weng
  4/19  Okoro-Bennett / Kendra - general only, send surgical to Ridgeline
  4/26  Wendt / Joy

On-call phone is (555) 014-3099, please forward to your cell Friday at 5.
Remember to document every call in the on-call log even if the patient doesn't
come in.

Tom
Thomas Wendt, DMD, MD
Oral & Maxillofacial Surgery
""")

mk('clean', 'staff',
   'Kendra Pike <kendra.pike@cedarhollowdental.com>',
   'Clinicians <clinicians@cedarhollowdental.com>',
   'autoclave #2 failed spore test - DO NOT USE',
   'Fri, 14 Mar 2025 10:05:39 -0400',
   """
Autoclave #2 (the big one in sterilization) had a POSITIVE spore test from the
Monday 3/10 load. Taken out of service as of now and tagged.

- Retesting with 3 consecutive tests per the protocol, results Tues.
- Loads from 3/10-3/14 in #2 are being pulled and reprocessed in #1 - if you
  have cassettes from those dates in your op, bring them back.
- Dr. Raman is reviewing whether any instruments from the failed cycle reached
  a patient (log shows the failed load was the 7:40 AM cycle).

Service tech from Tri-State is coming Monday. Sorry everyone, it's going to be
tight on handpieces today.

Kendra Pike, RDA
Infection Control Lead
""")

mk('clean', 'staff',
   'Lucia Paredes <lucia.paredes@cedarhollowdental.com>',
   'Pediatric Team <peds@cedarhollowdental.com>',
   'SDF - updated consent + when to use it',
   'Tue, 25 Mar 2025 18:20:51 -0400',
   """
Hi team,

Updated silver diamine fluoride consent (Eng/Span/Viet/Creole) is in the forms
folder. Main changes: photos of the black staining are now on page 1, and
parents initial the line about staining on tooth-colored fillings.

When I'd reach for SDF:
  - cavitated lesions in a kid who can't tolerate treatment yet (very young,
    anxious, special needs) while we wait for GA or for them to grow up
  - high caries risk with many lesions - arrest first, restore later
  - the van, for kids with no dental home (with consent)

NOT on: teeth with pulpal symptoms, abscess, or if the family is upset about
staining. Reapply at 1 month, then every 6 months.

Lucía
Lucía Paredes, DDS, MSD
Pediatric Dentistry
""")

mk('clean', 'staff',
   'Samuel Keszler <samuel.keszler@cedarhollowdental.com>',
   'Hygiene Team <hygiene@cedarhollowdental.com>',
   'RE: staging/grading - cheat sheet',
   'Wed, 12 Mar 2025 07:52:00 -0400',
   """
Good question Josh. Quick version:

Stage (severity): interdental CAL at the worst site
  I  1-2 mm   II  3-4 mm   III  >=5 mm   IV  >=5 mm + complexity (tooth loss
  from perio >=5, need for complex rehab)
Grade (rate): % bone loss / age at the worst tooth
  A  <0.25   B  0.25-1.0   C  >1.0
  Smoker >=10/day or HbA1c >=7.0 bumps you to C.

Example: a 40-year-old with 50% bone loss on a molar = 1.25 -> grade C.

Laminated cards are at the hygiene station. Chart the stage/grade in the perio
note, not just "generalized moderate".

SK

-----Original Message-----
From: Josh Tremblay
Sent: Tuesday, March 11, 2025 6:10 PM
Subject: staging/grading

Can you send something short for stage vs grade? Brianna (temp) asked and I
blanked on the grade modifiers.
""")

mk('clean', 'staff',
   'Dana Whitfield <dana.whitfield@cedarhollowdental.com>',
   'Sealant Program <sealants@cedarhollowdental.com>',
   'van debrief - what to change for April',
   'Fri, 28 Mar 2025 15:12:30 -0400',
   """
Thanks everyone for a crazy March. Quick debrief notes:

- Consent return was only 38% at Whitman - we'll send a reminder flyer home
  a week out and ask teachers to give a class prize.
- We had several kids with urgent needs (swelling, broken front tooth). The
  nurse handoff worked great - keep calling the nurse the same day, not by
  email at the end of the week.
- Curing light #2 battery is dying, I ordered a new one.
- Isolation: the cotton roll + dry angle combo is working better than the
  Isolite on the little ones; retention checks at 6 months will tell us.
- Remember: no names or birthdays on the whiteboard in the van. Use the
  tablet only.

Dana
""")

# ---------------------------------------------------------------------------
# CLEAN / training
# ---------------------------------------------------------------------------

mk('clean', 'training',
   'Devon Hale <devon.hale@opusdent.io>',
   'Patrick Donnelly <patrick.donnelly@cedarhollowdental.com>',
   'OpusDent 12 demo recap + sandbox login',
   'Thu, 06 Mar 2025 17:10:00 -0500',
   """
Hi Patrick,

Thanks for having us in for the demo. As promised, a recap and your sandbox.

Sandbox URL: https://sandbox.opusdent.io/chdg-trial
Username: chdg.demo1   (password sent separately)

The sandbox comes preloaded with our standard fictitious patients, e.g.:
  ZZTEST, PATIENT ONE    DOB 01/01/1950   chart TEST-0001
  ZZTEST, PEDO KID       DOB 06/15/2018   chart TEST-0002
  DEMO, PERIO            DOB 02/02/1970   chart TEST-0003  (full perio chart, 6mm pockets)
Feel free to add treatment plans, claims and perio charts - nothing leaves the
sandbox and the data resets every Sunday night.

Please do not enter real patient information in the sandbox.

Devon Hale
Solutions Engineer, OpusDent | (555) 010-4488
""",
   html="""
<html><body><p>Hi Patrick,</p><p>Thanks for having us in for the demo. As promised, a recap and your sandbox.</p>
<p>Sandbox URL: <a href="https://sandbox.opusdent.io/chdg-trial">https://sandbox.opusdent.io/chdg-trial</a><br>
Username: chdg.demo1 (password sent separately)</p>
<p>The sandbox comes preloaded with our standard fictitious patients, e.g.:</p>
<pre>ZZTEST, PATIENT ONE    DOB 01/01/1950   chart TEST-0001
ZZTEST, PEDO KID       DOB 06/15/2018   chart TEST-0002
DEMO, PERIO            DOB 02/02/1970   chart TEST-0003  (full perio chart, 6mm pockets)</pre>
<p><b>Please do not enter real patient information in the sandbox.</b></p>
<p>Devon Hale<br>Solutions Engineer, OpusDent</p></body></html>
""")

mk('clean', 'training',
   'Raj Subramanian <raj@bluewireit.com>',
   'Kwame Asante <kwame.asante@cedarhollowdental.com>',
   'test messages for the hospital interface validation',
   'Tue, 11 Mar 2025 11:11:11 -0400',
   r"""
Kwame,

For Thursday's validation with the hospital, use only these test messages -
they go to the TEST channel (MSH-11 = T). All fake patients, same as the
vendor spec examples:

MSH|^~\&|OPUSDENT|CHDG_OMS|MCH_SCHED|MILLBROOK_CH|20250311100000||SIU^S12|TEST0001|T|2.5.1
SCH|TEST-APPT-1||||||ORAL SURG^Test appointment|GA|60|min|^^60^20250401080000^20250401090000|||||TEST^PROVIDER|||||||||BOOKED
PID|1||TEST000001^^^CHDG^MR||DOE^JOHN^Q||19000101|M|||123 MAIN ST^^ANYTOWN^ST^00000||(000)000-0000
PV1|1|O|^^^MCH TEST
AIL|1||MCH_OR2

MSH|^~\&|OPUSDENT|CHDG_OMS|MCH_SCHED|MILLBROOK_CH|20250311100500||SIU^S15|TEST0002|T|2.5.1
SCH|TEST-APPT-1||||||ORAL SURG^Test appointment|GA|60|min|||||||||||||||CANCELLED
PID|1||TEST000002^^^CHDG^MR||ZZTEST^JANE||19000101|F

Expected: S12 creates, S15 cancels. If anything with a real MRN shows up on the
test channel, stop and call me.

Raj
""")

mk('clean', 'training',
   'Compliance <compliance@cedarhollowdental.com>',
   'All Staff <allstaff@cedarhollowdental.com>',
   'Annual HIPAA refresher - quiz due 3/31',
   'Mon, 03 Mar 2025 09:00:00 -0500',
   """
Hi all,

Your annual HIPAA refresher is open in the training portal (about 25 min). It
ends with a short quiz. Sample question so you know what to expect:

  Scenario: A parent calls asking for results for "Jane Doe, DOB 01/01/2010".
  The caller is not listed on Jane's HIPAA release form. What do you do?
    a) Give the results since she knows the DOB
    b) Verify identity and authorization before sharing anything
    c) Email the results to the address she gives you

  (Answer: b. Jane Doe is a made-up example, of course.)

Other topics this year: texting patients, the new van tablet, sending records
to other offices, and what to do if you email the wrong person.

Deadline March 31. Questions to me.

Renee Castillo
Privacy & Compliance Officer
""", cte='base64')

mk('clean', 'training',
   'Tasha Greer <tasha.greer@cedarhollowdental.com>',
   'Brooke Lanning <brooke.lanning@cedarhollowdental.com>',
   'front desk training - entering insurance (practice record)',
   'Tue, 18 Mar 2025 16:45:00 -0400',
   """
Hi Brooke, welcome again! Here's the walk-through from today so you can practice.

Use the TRAINING patient in Opus, never a real chart:

  Name:       SAMPLE, PATIENT  (chart TRAIN-01)
  DOB:        01/01/1900
  Subscriber: SAMPLE, SUBSCRIBER
  Member ID:  XXX000000000
  Payer:      "Training Payer - Do Not Bill"

Steps:
1. Family file > Insurance > Add plan
2. Pick the employer group FIRST, then the plan (the fee schedule comes with it)
3. Enter the subscriber, relationship = Self/Spouse/Child
4. Run eligibility (in training it always comes back "Active - test")
5. Scan both sides of the card into Documents > Insurance

Once you've done it 3 times on the sample record we'll sit together on a real
check-in tomorrow.

Tasha
Front Desk Lead
""")

mk('clean', 'training',
   'DentalEdge Support <support@dentaledge-ch.com>',
   'Melanie Fitch <melanie.fitch@cedarhollowdental.com>',
   'RE: Ticket 66120 - example of a valid TOO segment (test file)',
   'Wed, 05 Mar 2025 10:20:00 -0500',
   """
Hi Melanie,

For the crown, the TOO-03 surfaces need to be separated with the component
separator and the tooth surfaces must be valid for the code. Here's a valid
example from our test file (ISA15 = T, test patient only):

ISA*00*          *00*          *ZZ*CHDGTEST       *ZZ*DENTALEDGE     *250305*1015*^*00501*000000905*0*T*:~
NM1*QC*1*ZZTEST*PATIENT****MI*TEST00000001~
DMG*D8*19000101*F~
CLM*TESTCLM001*1000***11:B:1*Y*A*Y*Y~
SV3*AD:D2740*1000****1~
TOO*JP*3~

For D2740 (a full crown) you generally don't send surfaces at all, so just
remove the :M:O:D from your TOO and resubmit.

Corinne
DentalEdge Clearinghouse Support, ticket 66120
""")

mk('clean', 'training',
   'ClearView Intraoral <demos@clearviewintraoral.com>',
   'Lucia Paredes <lucia.paredes@cedarhollowdental.com>',
   'Your ClearView IO-5 demo images + trial extension',
   'Mon, 31 Mar 2025 14:00:00 -0400',
   """
Dr. Paredes,

Great meeting your team last week! Attached to your trial account are the demo
captures we took on our typodont "Mannequin Mike" (sample patient "DEMO
PEDIATRIC, ACCOUNT 0000") - the fluorescence mode really shows the simulated
occlusal lesions on #30 and #L.

Your trial is extended through April 30. To keep the demo data separate, the
trial license only allows one test patient; real patient captures should wait
until the full license is activated.

Best,
Nico Albrecht
Territory Manager, ClearView Intraoral Imaging
(555) 018-2201
""")

# ---------------------------------------------------------------------------
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for r in ROWS:
        w.writerow(r)

if __name__ == '__main__':
    summary = {}
    for _, l, k, _p in ROWS:
        summary[(l, k)] = summary.get((l, k), 0) + 1
    for (l, k), n in sorted(summary.items()):
        print('%s-%s: %d' % (l, k, n))
    print('total: %d' % len(ROWS))
