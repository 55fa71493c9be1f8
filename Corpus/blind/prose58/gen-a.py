#!/usr/bin/env python3
"""Blind eval mail set: health plan UM / care management. Deterministic."""
import sys, os, io, csv, random, zipfile
import email.policy
from email.message import EmailMessage

SEED = 5801
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

ROWS = []
COUNT = {}
SEQ = [0]

DISC = ("CONFIDENTIALITY NOTICE: This e-mail, including attachments, is for the sole use of the\n"
        "intended recipient(s) and may contain confidential and privileged information. Any\n"
        "unauthorized review, use, disclosure or distribution is prohibited. If you are not the\n"
        "intended recipient, please contact the sender by reply e-mail and destroy all copies.")

NFHP_DISC = ("This message may contain Protected Health Information. Northfield Family Health Plan\n"
             "- if you received this in error please notify the sender and delete it.")


def fixed_zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 10, 7, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def xlsx(rows, sheet='Sheet1'):
    def esc(s):
        return (str(s).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;'))
    cols = 'ABCDEFGHIJKLMNOP'
    xr = []
    for i, r in enumerate(rows, 1):
        cells = ''.join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (cols[j], i, esc(v))
                        for j, v in enumerate(r))
        xr.append('<row r="%d">%s</row>' % (i, cells))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % ''.join(xr))
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
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % esc(sheet)),
        ('xl/_rels/workbook.xml.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml', sheet_xml),
    ]
    return fixed_zip(files)


def csv_text(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return s.getvalue()


def mk(label, kind, frm, to, subj, date, body, patient='', cc=None, html=None,
       atts=(), cte=None, headers=None):
    """atts: (filename, data, 'type/subtype'[, cte])"""
    n = COUNT.get((label, kind), 0) + 1
    COUNT[(label, kind)] = n
    SEQ[0] += 1
    fn = '%s-%s-%03d.eml' % (label, kind, n)
    msg = EmailMessage()
    msg['From'] = frm
    msg['To'] = to
    if cc:
        msg['Cc'] = cc
    msg['Subject'] = subj
    msg['Date'] = date
    dom = frm.split('@')[-1].strip('> ')
    msg['Message-ID'] = '<%012x.%d@%s>' % (random.getrandbits(48), SEQ[0], dom)
    for k, v in (headers or []):
        msg[k] = v
    if not cte:
        try:
            body.encode('ascii')
            cte = '7bit'
        except UnicodeEncodeError:
            cte = None
    if cte:
        msg.set_content(body, cte=cte)
    else:
        msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype='html')
    for a in atts:
        fname, data, ctype = a[0], a[1], a[2]
        acte = a[3] if len(a) > 3 else None
        maintype, subtype = ctype.split('/')
        if isinstance(data, str) and maintype != 'text':
            data = data.encode('utf-8')
        if isinstance(data, str):
            kw = {'subtype': subtype, 'filename': fname}
            if acte:
                kw['cte'] = acte
            msg.add_attachment(data, **kw)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    j = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (SEQ[0], j))
            j += 1
    with open(os.path.join(OUT, fn), 'wb') as f:
        f.write(msg.as_bytes(policy=email.policy.SMTP))
    ROWS.append((fn, label, kind, patient if label == 'phi' else ''))


# ---------------------------------------------------------------- people
LENA = '"Haugland, Lena" <lhaugland@northfieldhp.com>'
DENISE = 'Denise Okafor <dokafor@northfieldhp.com>'
MARCUS = 'Marcus Feld <mfeld@northfieldhp.com>'
PRIYA = 'Priya Raghunathan <praghunathan@northfieldhp.com>'
TOMASZ = '"Wróbel, Tomasz" <twrobel@northfieldhp.com>'
ACHT = '"Achterberg, Samuel MD" <sachterberg@northfieldhp.com>'
KEISHA = 'Keisha Bramlett <kbramlett@northfieldhp.com>'
RENEE = 'Renée Castellanos <rcastellanos@northfieldhp.com>'
GUS = 'Gus Papadakis <gpapadakis@northfieldhp.com>'

SIG_LENA = """Lena Haugland, RN, CCM
Concurrent Review Nurse | Utilization Management
Northfield Family Health Plan
t 555-0142  f 555-0177"""
SIG_DENISE = """Denise Okafor, RN, BSN
Prior Authorization Nurse Reviewer
Northfield Family Health Plan | Utilization Management
Direct 555-0163 | Fax 555-0178"""
SIG_MARCUS = """Marcus Feld, RN, CCM
Transitions of Care Case Manager
Northfield Family Health Plan
555-0155 (desk) | 555-0102 (cell)"""
SIG_PRIYA = """Priya Raghunathan, PharmD, BCPS
Clinical Pharmacist, Pharmacy Benefit Services
Northfield Family Health Plan
PA line 555-0119 | Fax 555-0120"""
SIG_TOMASZ = """Tomasz Wróbel
Appeals & Grievances Specialist
Northfield Family Health Plan
555-0188"""

# ======================================================================
# PHI / care
# ======================================================================
mk('phi', 'care', '"Colquitt, Janet" <jcolquitt@mercyvalleyhosp.org>', LENA,
   'RE: clinicals for continued stay - your ref 25-IP-0418873',
   'Tue, 11 Mar 2025 11:52:07 -0400',
"""Lena,

Update for today on Harold Wetherby (your ref 25-IP-0418873), day 3 on 5 South.

Still on IV vanc + zosyn. Cultures from admission grew MSSA out of the foot wound
so ID wants to narrow to cefazolin tonight. Vascular did the angiogram yesterday
afternoon and ballooned the popliteal; podiatry plans partial 4th/5th ray
amputation Thurs if perfusion holds. Sugars ran 240s-310s overnight, endo is
bumping his Lantus to 34 units.

PT saw him this am - NWB left foot, min assist for transfers. Very likely SNF after
surgery, his daughter is touring Brookhaven and Maple Terrace this week.

Requesting continued stay 3/12 thru 3/14. I'll send the op note once it's signed.

Thanks
Janet

Janet Colquitt, RN
Utilization Review | Case Management Dept
Mercy Valley Hospital
P 555-0131 x4470 | F 555-0199

-----Original Message-----
From: Haugland, Lena <lhaugland@northfieldhp.com>
Sent: Monday, March 10, 2025 4:41 PM
To: Colquitt, Janet <jcolquitt@mercyvalleyhosp.org>
Subject: clinicals for continued stay - your ref 25-IP-0418873

Hi Janet - last covered day on this one is 3/11. Please send updated clinicals
by noon tomorrow so I can get it to review before the cutoff. Thx!

""" + SIG_LENA + "\n\n" + DISC + "\n", patient='Wetherby')

mk('phi', 'care', MARCUS, 'Pinecrest Referrals <referrals@pinecrestfm.net>',
   'post discharge call - Delacroix-Ruiz',
   'Wed, 12 Mar 2025 10:05:44 -0400',
"""Hi Pinecrest team,

I reached Ms. Delacroix-Ruiz (Yvette) this morning for her post-discharge call after
her stay at St. Ambrose 3/3-3/7. She's home, her sister is staying with her for now.

A few things for Dr. Lindqvist:
- she picked up the new meds but says she only takes the furosemide "when my ankles
  look puffy". I went over it with her, she'd benefit from hearing it from you too.
- she is weighing every morning: 182 lb today, discharge weight was 179.
- no 7-day follow up booked yet. Could someone call her to get her in this week?
- she asked about the cardiac rehab referral - hospital told her your office would
  send it.

I'll try her again Friday and will let you know if the weight keeps climbing.

Thanks,
""" + SIG_MARCUS + "\n\n" + NFHP_DISC + "\n", patient='Delacroix-Ruiz')

mk('phi', 'care', DENISE, 'Tracy Dunleavy <tdunleavy@riverbendortho.com>',
   'Re: MRI L-spine request - Kowalczyk',
   'Thu, 06 Mar 2025 15:20:19 -0500',
"""Tracy - approved. Auth PA-2503-77120, CPT 72148, valid 3/6-6/4, any in-network
imaging site. Letter is going out to the member and Dr. Osei today.

FYI the 6 wks of PT notes is what got it through, so thanks for sending those.

Denise

On Wed, Mar 5, 2025 at 9:47 AM Tracy Dunleavy <tdunleavy@riverbendortho.com> wrote:
> Good morning,
>
> Following up on the lumbar MRI request we faxed 2/27 for Bettina Kowalczyk. Dr Osei
> saw her again yesterday, she finished 6 weeks of PT (12 visits, notes attached to
> the fax) and is still getting the shooting pain down the right leg, now with some
> numbness on the top of the foot. Meloxicam didn't touch it. He wants the MRI before
> deciding on an epidural injection.
>
> Can you tell me where this is at? Portal still shows "pended - clinical info".
>
> Thank you!
> Tracy Dunleavy
> Prior Auth Coordinator
> Riverbend Orthopaedic & Spine Associates
> 555-0124 option 3
""", patient='Kowalczyk', cte='quoted-printable')

h = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi Dr. Marchand's office,</p>
<p>The prior authorization request for <b>semaglutide</b> for your patient
<b>Darnell Hightower</b> has been <b>approved</b> for 12 months (3/07/2025 &ndash; 3/06/2026).</p>
<p>For our records: documentation showed metformin 1000 mg BID for 9 months plus glipizide 10 mg
daily since last summer, with the last A1c of 8.9 on 1/22/2025 (prior 8.4 in October).
Please note the plan will want a repeat A1c with the renewal request.</p>
<p>Reference # RX-25-0309914. The pharmacy claim should go through now at CVS on Bell Rd.</p>
<p>Thank you,<br>
Priya Raghunathan, PharmD, BCPS<br>
Clinical Pharmacist, Pharmacy Benefit Services<br>
Northfield Family Health Plan</p>
</body></html>"""
mk('phi', 'care', PRIYA, '"Marchand Internal Medicine" <office@marchandim.com>',
   'PA determination - RX-25-0309914', 'Fri, 07 Mar 2025 13:02:55 -0500',
"""Hi Dr. Marchand's office,

The prior authorization request for semaglutide for your patient Darnell Hightower
has been APPROVED for 12 months (3/07/2025 - 3/06/2026).

For our records: documentation showed metformin 1000 mg BID for 9 months plus
glipizide 10 mg daily since last summer, with the last A1c of 8.9 on 1/22/2025
(prior 8.4 in October). Please note the plan will want a repeat A1c with the
renewal request.

Reference # RX-25-0309914. The pharmacy claim should go through now at CVS on Bell Rd.

Thank you,
""" + SIG_PRIYA + "\n", html=h, patient='Hightower')

mk('phi', 'care', TOMASZ, ACHT,
   'Level 1 appeal for your review - due Fri',
   'Mon, 17 Mar 2025 08:31:10 -0400',
"""Dr. Achterberg,

Adding one to your queue, due 3/21 (standard pre-service is past, this is post-service
so 30 days but Renée wants these cleared early).

Member: Ingrid Solberg
Facility: Lakeshore Regional, admitted 2/14, discharged 2/20
Denied: 2/18 and 2/19 (met discharge criteria per InterQual on 2/18 per Lena's review)

Hospital's argument in the appeal letter: she still had the chest tube in after the
lobectomy and it was draining >200 cc/shift until the afternoon of the 19th, surgeon
wouldn't pull it. They attached the nursing flowsheets and the CT surgery progress
notes. Also notes she had a new rapid afib episode on the 18th that needed a dilt drip
for about 6 hrs - I don't see that in what we had at the time of the original review.

Full packet is in the appeals folder under A-25-01174. Let me know if you want a
peer reviewer (thoracic) instead.

Thanks,
Tomasz

""" + SIG_TOMASZ + "\n", patient='Solberg')

mk('phi', 'care', MARCUS, 'Dispatch <dispatch@riverlinemedtrans.com>',
   'FW: Abernathy - missed dialysis rides',
   'Thu, 13 Mar 2025 14:47:31 -0400',
"""Hi - forwarding below from his PCP office. This is the second week in a row. He has
standing trips Mon/Wed/Fri to Fresenius on Canal St, chair time 6:15am, pickup should
be 5:30. Can you look at what happened Monday and Wednesday and call me back today?
He can't miss another one.

Marcus

""" + SIG_MARCUS + """

-----Original Message-----
From: Sheila Marsh, LPN <smarsh@pinecrestfm.net>
Sent: Thursday, March 13, 2025 1:58 PM
To: Feld, Marcus <mfeld@northfieldhp.com>
Subject: Abernathy

Marcus, FYI Mr. Abernathy (Clarence) missed dialysis Monday AND Wednesday. His wife
called us this morning, she said the van never showed either day. The dialysis unit
called too, his potassium was 6.1 when he finally went in today and they ran him long.
He is also out of his binders. Dr. Lindqvist asked if you can get transportation
sorted out, she's worried he ends up in the ED this weekend.

Sheila
""", patient='Abernathy')

h = """<html><body>
<div style="font-family:Segoe UI,sans-serif;font-size:10.5pt">
<p>Buenas tardes / good afternoon Gus,</p>
<p>Confirming the infusion schedule for <strong>Ana Lucía Ferreira</strong> at our Westgate infusion suite
now that the auth is in place:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Dose</th><th>Date</th><th>Drug</th></tr>
<tr><td>Load 1</td><td>03/18/2025</td><td>infliximab 5 mg/kg (400 mg)</td></tr>
<tr><td>Load 2</td><td>04/01/2025</td><td>infliximab 5 mg/kg</td></tr>
<tr><td>Load 3</td><td>04/29/2025</td><td>infliximab 5 mg/kg</td></tr>
<tr><td>Maint.</td><td>q8 weeks after</td><td>infliximab 5 mg/kg</td></tr>
</table>
<p>Pre-meds Tylenol + Benadryl. Her TB quantiferon came back negative 2/26 and hep B panel negative.
She asked whether the plan covers the biosimilar the same &mdash; Dr. Ngata is fine either way.</p>
<p>Gracias,<br>Marisol Ybarra, CPhT<br>Infusion Scheduling &ndash; Lakeshore Gastroenterology<br>555-0137</p>
</div></body></html>"""
mk('phi', 'care', 'Marisol Ybarra <mybarra@lakeshoregi.com>', GUS,
   'infusion schedule – Ferreira', 'Tue, 11 Mar 2025 16:10:02 -0500',
"""Buenas tardes / good afternoon Gus,

Confirming the infusion schedule for Ana Lucía Ferreira at our Westgate infusion suite
now that the auth is in place:

  Load 1   03/18/2025   infliximab 5 mg/kg (400 mg)
  Load 2   04/01/2025   infliximab 5 mg/kg
  Load 3   04/29/2025   infliximab 5 mg/kg
  Maint.   q8 weeks after

Pre-meds Tylenol + Benadryl. Her TB quantiferon came back negative 2/26 and hep B panel
negative. She asked whether the plan covers the biosimilar the same — Dr. Ngata is
fine either way.

Gracias,
Marisol Ybarra, CPhT
Infusion Scheduling – Lakeshore Gastroenterology
555-0137
""", html=h, cte='quoted-printable', patient='Ferreira')

mk('phi', 'care', 'Brandi Hoyt <bhoyt@stambrosemc.org>', LENA,
   'dc today', 'Fri, 14 Mar 2025 15:33:40 -0400',
"""Gloria Pettibone-Hale went home from 4W this afternoon, POD 3 s/p R total hip.
walker + raised toilet seat ordered thru Apex DME, home PT starting Monday w/ Bayside
Home Health. you can close the IP auth.

-brandi
sent from my iPhone
""", patient='Pettibone-Hale')

# ======================================================================
# PHI / names
# ======================================================================
mk('phi', 'names', LENA, MARCUS,
   'Nguyễn Thị Thu Hà - back again??', 'Mon, 10 Mar 2025 07:48:12 -0400',
"""she came back thru Mercy ED around 2am, they're admitting her again to tele. thats
the 3rd time since mid Jan. weren't you following her after the last one? can you pull
the Feb dc summary and let me know if home health ever actually started. i'm doing
the initial review this am

L
""", patient='Nguyễn Thị Thu Hà')

mk('phi', 'names', DENISE, '"Apria Intake (Reg. 4)" <intake4@brightairdme.com>',
   'Adebayo-Okonkwo O2 - approved, please deliver',
   'Wed, 05 Mar 2025 12:14:26 -0500',
"""Hi all,

Mrs. Adebayo-Okonkwo's home oxygen is approved - PA-2503-70855, E1390 concentrator +
portable, 2 L/min continuous with exertion and sleep. Her walk test on 2/28 dropped to
86% on room air and recovered to 93% on 2 L, which met criteria.

Her daughter Ngozi is the contact for delivery, same phone as on the order. Please
deliver before Friday if you can, Dr. Eze's office says she was sent home from the
pulmonary clinic on a loaner tank that's almost out.

""" + SIG_DENISE + "\n", patient='Adebayo-Okonkwo')

mk('phi', 'names', '"Fairhaven SNF - Admissions" <admissions@fairhavencare.com>', LENA,
   'Van der Berg, Pieter -- SNF extension request (day 18)',
   'Thu, 13 Mar 2025 09:26:51 -0400',
"""Good morning,

Requesting extension of skilled days for Van der Berg, Pieter. Current auth ends 3/14.

Therapy summary wk 3:
PT - gait 150 ft w/ RW, CGA, still 1 LOB per session on turns. Goal 300 ft mod I.
OT - LB dressing min A, toilet transfers CGA.
SLP - d/c'd from SLP 3/10, tolerating regular diet thin liquids.
Nursing - sacral wound stage 2 healing, 1.2 x 0.8 cm (was 2.0 x 1.5 on admit).
Wife at home is 81 and cannot do hands-on assist yet, so d/c home not safe until he
is at least supervision level.

Asking for 7 more days. Next care conference 3/19.

Thank you,
Joanne Pruszynski, LPN
MDS / Insurance Coordinator
Fairhaven Rehabilitation & Nursing
555-0166 x212
""", patient='Van der Berg')

mk('phi', 'names', MARCUS, '"Okeke, Funmilayo" <fokeke@northfieldhp.com>',
   'Re: coverage while I\'m out', 'Fri, 14 Mar 2025 17:06:03 -0400',
"""Thanks Funmi. Only one I'm worried about: Rosalind, the Corvid Logistics lady with
the leg wound that won't close. I called her again today - still no wound care visit
from Bayside since she got home Saturday, she's been changing the dressing herself with
whatever the hospital sent. It's starting to smell per her. I left a VM with Bayside
intake, ref 44712. If they haven't gone out by Monday please escalate to their DON and
maybe get her into the wound clinic at St. Ambrose instead. Her number's in the case
notes.

Others are all stable, nothing due.

Marcus

> On Mar 14, 2025, at 3:31 PM, Okeke, Funmilayo <fokeke@northfieldhp.com> wrote:
>
> Happy to cover Mon-Wed. Anything urgent on your caseload?
""", patient='Rosalind')

mk('phi', 'names', '"Dr. Rami Haddad" <rhaddad@crescentcardio.com>', DENISE,
   'urgent - cath auth Mr. Al-Hashimi', 'Tue, 04 Mar 2025 18:22:37 -0500',
"""Denise,

Calling about Khalid Al-Hashimi - your reviewer pended the left heart cath for "more
info". He had a positive nuclear stress test last Thursday with a reversible anterior
defect and he's having chest tightness walking up one flight now. I'm not waiting
three more days on this. I've put him on the schedule for Thurs 7:30 at Crescent
Heart Cath Lab.

Stress report and my note are uploaded to the portal. Please get this to a medical
director tonight or tomorrow morning, or give me a peer-to-peer number.

Rami Haddad, MD, FACC
Crescent Cardiology Associates
cell 555-0109
""", patient='Al-Hashimi')

mk('phi', 'names', '"Bayside Home Health Intake" <intake@baysidehh.org>', 'UM Home Care Requests <umhomecare@northfieldhp.com>',
   'recert - Subramaniam, Venkataraghavan', 'Mon, 17 Mar 2025 11:40:09 -0400',
"""Hello,

Recert request for Subramaniam, Venkataraghavan ("Venkat"). Period 3/19-5/17.

Mr. Subramaniam has been making slow progress with home PT after the stroke in
January - now walks in the house with a quad cane, still needs help on the 4 steps
at the front door. Speech therapy is working on word finding 2x/wk, his son says he is
much easier to understand. Requesting PT 2w4, ST 2w4, OT 1w4, SN 1x/month for med
management (he is on warfarin, INR checks per Dr. Ramanathan).

Please fax approval to 555-0196.

Thanks
Kezia Franklin
Intake Coordinator
""", patient='Subramaniam')

mk('phi', 'names', 'Lucie Marková <lmarkova@lakeshoreonc.com>', DENISE,
   'FOLFOX cycles - p. Horáček', 'Wed, 12 Mar 2025 10:18:44 -0500',
"""Dear Denise,

Following our call - for Zdeněk Horáček, Dr. Brandt has changed the plan after the
port placement last week. He will start FOLFOX q2 weeks, 12 cycles, first one 3/20,
instead of the capecitabine we originally requested. Can the existing authorization
be amended or do I need to submit a new one? Updated treatment plan and the
pathology from the colectomy are attached in the portal under his request.

Mr. Horáček also asked about the cold-cap... I told him I would check, I don't think
that is covered but let me know.

Děkuji / thank you,
Lucie Marková, RN, OCN
Oncology Nurse Navigator
Lakeshore Cancer Institute
""", patient='Horáček')

mk('phi', 'names', ACHT, 'Tomasz Wróbel <twrobel@northfieldhp.com>',
   'Re: P2P scheduled', 'Wed, 19 Mar 2025 12:55:20 -0400',
"""Tomasz,

Did the peer to peer with Dr. Friedman this morning on Mr. O'Donoghue. Overturning the
denial for the inpatient rehab stay - the surgeon's op note wasn't in the original
packet and it changes things: bilateral TKA same day, plus his wife is on home
dialysis and can't help with transfers. Approve IRF 7 days, re-review 3/26.

Please let St. Ambrose know and send the overturn letter to Eamon. Note: he asked the
letter go to his daughter's address, it's on the AOR form.

S. Achterberg, MD
Associate Medical Director

-----Original Message-----
From: Wróbel, Tomasz
Sent: Tuesday, March 18, 2025 4:02 PM
To: Achterberg, Samuel MD
Subject: P2P scheduled

Dr. Friedman's office confirmed 10:15 tomorrow, he'll call your direct line.
""", patient="O'Donoghue")

# ======================================================================
# PHI / self
# ======================================================================
mk('phi', 'self', 'Roberta Kincaid <bobbie.kincaid61@mailbox.example.net>',
   'Appeals <appeals@northfieldhp.com>',
   'appeal - sleep study denied', 'Sat, 08 Mar 2025 21:14:09 -0500',
"""To whom it may concern,

My name is Roberta Kincaid, date of birth 07/14/1961. I got a letter saying my sleep
study at Pinecrest Sleep Center was denied because it was "not medically necessary".
I don't understand how. My husband says I stop breathing at night, I fall asleep at red
lights, and my blood pressure has been up even with the two pills Dr. Lindqvist has me
on. She is the one who ordered it.

I want to appeal this. Please tell me what else you need from me. My member ID is on
the card, I'll send a picture if that helps.

Thank you,
Bobbie
""", patient='Kincaid')

mk('phi', 'self', 'Carla Moreno <carla.moreno.home@webmail.example.com>',
   'Member Services <memberservices@northfieldhp.com>',
   'my son\'s medicine refill blocked', 'Mon, 03 Mar 2025 07:02:58 -0500',
"""hi,
my son Elijah Moreno (he is 9, DOB 6/02/2015) has been on methylphenidate ER 27mg
since last year for his ADHD and this month Walgreens says it needs prior authorization
because the plan changed?? he has school today and he only has 2 pills left. his doctor
is Dr. Patel at Sunnyside Pediatrics. what do i do. can someone call me at 555-0183

thank you
Carla (Elijah's mom)
""", patient='Moreno')

mk('phi', 'self', 'walt brennan <wbrennan1949@mailbox.example.net>', MARCUS,
   'Re: checking in', 'Thu, 06 Mar 2025 13:37:21 -0500',
"""hi marcus yes I got home ok, the nurse came out wednesday and took my blood pressure
and looked at where they went in my wrist. still sore and purple but she said thats
normal. I am taking the plavix and the new cholesterol one every morning with
breakfast. cardiologist appt is the 24th.

the thing I can't figure out is the cardiac rehab, they want me 3 days a week and
it's 40 minutes each way. is there one closer?

Walt

-----Original Message-----
From: Feld, Marcus
Sent: Tue 3/4/2025 10:12 AM
Subject: checking in

Hi Mr. Brennan, this is Marcus, the nurse case manager from Northfield Family Health
Plan. I tried calling after your stent procedure - let me know how you're doing and if
you have any questions about your medicines or appointments.
""", patient='Brennan')

h = """<html><body><p>Hello,</p>
<p>I would like to file a <b>formal grievance</b>.</p>
<p>I am Marguerite Olufemi, member ID NFH 55107 3380. On January 9 I had my screening
colonoscopy at Harbor Endoscopy Center. They removed two polyps and now I have a bill for
$1,186 that says &quot;diagnostic&quot;. The doctor's office told me before the procedure it would
be covered at 100% as preventive. I have called three times and each time I am told something
different.</p>
<p>I am also still waiting for somebody to tell me the biopsy results are in the portal
&mdash; the endoscopy center says that is the insurance company. I don't think that is right.</p>
<p>Please respond in writing.</p>
<p>Marguerite Olufemi<br>Sent from Mail for Windows</p></body></html>"""
mk('phi', 'self', 'Marguerite Olufemi <m.olufemi@mailbox.example.net>',
   'Grievances <grievances@northfieldhp.com>',
   'Formal grievance - colonoscopy bill', 'Mon, 24 Feb 2025 19:44:00 -0500',
"""Hello,

I would like to file a formal grievance.

I am Marguerite Olufemi, member ID NFH 55107 3380. On January 9 I had my screening
colonoscopy at Harbor Endoscopy Center. They removed two polyps and now I have a bill
for $1,186 that says "diagnostic". The doctor's office told me before the procedure it
would be covered at 100% as preventive. I have called three times and each time I am
told something different.

I am also still waiting for somebody to tell me the biopsy results are in the portal -
the endoscopy center says that is the insurance company. I don't think that is right.

Please respond in writing.

Marguerite Olufemi
Sent from Mail for Windows
""", html=h, patient='Olufemi')

mk('phi', 'self', 'Grace Park <gracepark.work@mailbox.example.org>', MARCUS,
   'my mother - respite / adult day options', 'Tue, 18 Mar 2025 22:10:47 -0700',
"""Hi Mr. Feld,

Thank you for calling me back last week. I'm writing on behalf of my mother, Eun-ji
Park (I'm listed as her authorized rep, I sent the form in January). Things have
gotten harder since her fall in February. She's 84, her memory is much worse at night,
she got out of the house twice last week and a neighbor brought her back. Her new
neurologist started her on donepezil and says she should not be alone during the day.

I work full time and my brother is in Seoul. Does her plan cover any adult day program
or in-home aide? The social worker at the hospital mentioned something called a
"waiver" but I didn't understand it.

I can talk any day after 6pm Pacific.

Thank you so much,
Grace
""", patient='Park', cte='quoted-printable')

mk('phi', 'self', 'Tanya Rusk <tanyarusk84@mailbox.example.com>', 'pharmacy-help@northfieldhp.com',
   'pump supplies rejected AGAIN', 'Sun, 16 Mar 2025 09:03:16 -0500',
"""hi this is tanya rusk member # NFH448120937. my omnipod pods got rejected again at
the pharmacy, this is the 3rd month in a row i have to call. I'm type 1 since i was
11, i'm not going to suddenly not need insulin lol. i have 2 pods left which is about
6 days. please fix whatever is wrong so it stops happening every month

tanya
""", patient='Rusk')

mk('phi', 'self', 'Devon Ashworth <dashworth@corvidlogistics.com>',
   'Benefits <benefits@corvidlogistics.com>',
   'surgery next month + leave question', 'Wed, 26 Feb 2025 11:15:32 -0600',
"""Hi Patrice,

Heads up that I'm having my gallbladder taken out on April 2 at St. Ambrose (Dr.
Kulkarni). They said laparoscopic, home same day, but I had two attacks that landed me
in the ER in January so they might keep me overnight. I'll need about 2 weeks off.

Two questions:
1. Do I need to file FMLA or is this just regular sick time?
2. Northfield told me the surgery needs pre-approval - does HR do anything or is that
   just the surgeon's office? I gave them my member ID already.

Copying Keisha from Northfield since she did our open enrollment session, in case she
knows.

Thanks,
Devon Ashworth
Dispatch Supervisor, 2nd shift
Corvid Logistics | Joliet Yard
""", cc=KEISHA, patient='Ashworth')

# ======================================================================
# PHI / ids
# ======================================================================
mk('phi', 'ids', 'Front Desk <frontdesk@valleygiassoc.com>', 'UM Intake <umintake@northfieldhp.com>',
   'auth status?', 'Mon, 17 Mar 2025 08:12:30 -0500',
"""good morning, checking status on colonoscopy w/ possible EGD, pt dob 3.4.88, our MRN
00482217, your member 908551204-02. scheduled 4/9 at the ASC. + fam hx colon ca (father
dx at 44) and iron deficiency anemia on last labs, that's in the notes we faxed 3/10.
portal says in review.

thanks
Valley GI Associates
555-0114
""", patient='')

mk('phi', 'ids', '"HIM Release of Info" <roi@mercyvalleyhosp.org>', 'Appeals <appeals@northfieldhp.com>',
   'ED records - Acct# 88301245', 'Tue, 04 Mar 2025 14:09:55 -0500',
"""Per your request dated 2/27 (your case A-25-00987):

Patient: FERRIS, DALE R
DOB 19720915
Acct# 88301245  MRN M0731146
ED DOS 01/30/2025, arrival 23:41, triage ESI 2

Enclosed (secure portal, link expires in 7 days): ED physician note, triage, nursing
notes, CT head w/o contrast report, CT c-spine report, labs, discharge instructions.
ED course: fall from ladder ~8 ft, brief LOC, CT head negative, c-collar cleared
clinically, lac to scalp 4 cm repaired with staples. Discharged home with wife 04:20.

Health Information Management
Mercy Valley Hospital
555-0130
""", patient='Ferris')

mk('phi', 'ids', MARCUS, 'Referrals <referrals@bayside-hh.org>',
   'home health referral - Belkacem', 'Fri, 07 Mar 2025 11:27:08 -0500',
"""Hi Bayside,

New referral. Please confirm you can staff this and the SOC date.

Nadia Belkacem
born 4 Mar 1988
14 Orchard Hill Rd, Apt 2, Dunmore
cell 555-0147 (prefers text, French or English)

Discharged yesterday from St. Ambrose after a C-section with a wound infection,
needs SN 3x/wk for wound vac changes (KCI vac, 125 mmHg continuous), plus one visit
for newborn / breastfeeding check. Vac was sent home with her. OB is Dr. Achebe,
follow up 3/14.

Auth HH-2503-11902 covers 6 SN visits through 3/21.

Thanks
""" + SIG_MARCUS + "\n", patient='Belkacem')

mk('phi', 'ids', 'Cardiac Rehab <cardiacrehab@stambrosemc.org>', 'UM Outpatient <umoutpt@northfieldhp.com>',
   'request add\'l visits', 'Wed, 12 Mar 2025 16:44:13 -0400',
"""Member 908443217-01, DOB 11/2/54.

Completed 30 of 36 authorized phase II sessions since CABG x3 in Nov. Still unable to
reach target METs (4.2 today, goal 5), HR response blunted on beta blocker, cardiologist
asked us to continue. Requesting 12 additional sessions, CPT 93798.

Thanks -
St. Ambrose Cardiac & Pulmonary Rehab
555-0139
""", patient='')

mk('phi', 'ids', 'Rhonda Byers <rbyers@crestlinepath.com>', 'Claims Inquiry <claimsinquiry@northfieldhp.com>',
   'Re: Claim 2025030411872 denied - no auth', 'Thu, 13 Mar 2025 10:01:41 -0500',
"""Hello,

Regarding claim 2025030411872 for Ruth Oyelaran, DOS 02/11/2025, accession S25-004418.
This was the surgical pathology on the breast biopsy done at Harbor Imaging - pathology
does not require its own auth under your provider manual section 6.2, the auth was on
the biopsy (auth PA-2502-61733). Result was invasive ductal carcinoma, and she has
since had further testing billed under the same auth, so we'd like this reprocessed.

Can you reprocess or tell me where to send a reconsideration?

Rhonda Byers
Billing Supervisor, Crestline Pathology Group
555-0126
""", patient='Oyelaran')

mk('phi', 'ids', DENISE, 'Orders <orders@brightairdme.com>',
   'CPAP delivery address change', 'Thu, 06 Mar 2025 09:55:00 -0500',
"""Morning,

For the CPAP order on auth PA-2503-70214 (Mr. Pruitt) - the member called and he's
staying at his brother's while his place is being repaired. Please deliver to:

   1417 Larkspur Ln Apt 3B
   Dunmore, 18512

Best number is his cell 570-555-0148, not the home number on the order. Sleep study
AHI was 38 so they want him started this week. Mask fitting can happen at delivery.

Thanks!
Denise
""", patient='Pruitt')

mk('phi', 'ids', '"Hollis, Ben" <bhollis@lakeshoreregional.org>', LENA,
   'obs vs inpt - need decision', 'Sat, 15 Mar 2025 10:36:29 -0500',
"""Lena, weekend coverage here. L. Szymanski, DOB 1961-11-23, SSN xxx-xx-4417,
chart #LR-2207719. In obs since Thurs night for syncope, tele showed 9 sec pause
overnight, EP placing a dual chamber pacemaker this afternoon. We're converting to
inpatient. Please confirm you got the notification, I'm not seeing it in the portal.

Ben Hollis RN, UR
Lakeshore Regional Medical Center
""", patient='Szymanski')

mk('phi', 'ids', '"Quintanilla, Rosa" <rosaq.family@mailbox.example.com>', 'Member Services <memberservices@northfieldhp.com>',
   'Fwd: letter for my mother', 'Mon, 10 Mar 2025 12:21:07 -0500',
"""Forwarding what I sent the pharmacy, they told me to send it to you instead.

---------- Forwarded message ---------
From: Rosa Quintanilla <rosaq.family@mailbox.example.com>
Date: Mon, Mar 10, 2025 at 11:02 AM
Subject: letter for my mother
To: <rx@southsidepharmacy.example.com>

Hi, my mother is Dolores Quintanilla-Reyes, born May 23rd '47. Her Medicare number is
3TQ8-HW2-RN64 and the Northfield card says member NFH 30029 8816. She has been on
Eliquis since the clot in her leg and you told her it now costs $310 a month. The
letter from the plan (reference CD-2503-00412) says it's a coverage determination
but she doesn't have a copy. Her phone is 555-0190, she only speaks Spanish, please
call me instead at 555-0191.

Rosa
""", cte='base64', patient='Quintanilla-Reyes')

# ======================================================================
# PHI / lists
# ======================================================================
mk('phi', 'lists', LENA, 'UM Concurrent Review Team <ur-team@northfieldhp.com>',
   'weekend handoff - Mercy + St. Ambrose census', 'Fri, 14 Mar 2025 16:58:03 -0400',
"""Weekend folks - here's my open list. Anything with next review Sat/Sun is yours.

Name\tMember ID\tFacility\tAdmit\tLOS\tNext rev\tNotes
Wetherby, Harold\t908127765-01\tMercy 5S\t03/08\t7\t03/15\tpartial ray amp done 3/13, SNF pending bed
Nguyen, Thi Thu Ha\t908660143-01\tMercy tele\t03/10\t5\t03/15\tCHF, diuresing, net -4L
Castellano, Mario\t908300912-03\tSt Ambrose ICU\t03/12\t3\t03/15\tGI bleed, 6u PRBC, scoped x2
Brathwaite, Lorna\t908774410-01\tSt Ambrose 4W\t03/13\t2\t03/16\tsepsis/UTI, on cefepime, cx pending
Oduya, Samuel\t908245581-02\tMercy 3N\t03/14\t1\t03/16\tpsych hold transferred to BH unit

Castellano is the one to watch, family asking about LTACH already.

""" + SIG_LENA + "\n", patient='Wetherby', cte='quoted-printable')

mk('phi', 'lists', MARCUS, 'TOC Case Management <toc-cm@northfieldhp.com>',
   'Mon huddle notes 3/17', 'Mon, 17 Mar 2025 09:48:27 -0400',
"""Huddle 3/17 - present: Marcus, Funmi, Aurelio, Denise (for UM)

High risk follow ups this week:
  * Okoro, Blessing - home 3/14 after sickle cell crisis admit #4 this yr; hydroxyurea
    refill was never picked up, Funmi calling hematology
  * Mr. Abernathy - dialysis transport fixed w/ Riverline (new standing order), K+ 5.2 Fri
  * Delacroix-Ruiz, Y. - weight up 3 lb since d/c, PCP appt Wed 3/19
  * "Rosalind" (Tillman) - Bayside finally did wound visit Sat, wound clinic 3/20
  * Jankowski, Teodor - new referral, COPD, 2 ED visits in Feb, no PCP, needs nebulizer

Transitions:
  - Pieter Van der Berg SNF ext approved thru 3/21, plan home w/ HH
  - Eun-ji Park - referral to Area Agency on Aging for adult day, daughter updated

Reminder: TCM call documentation must be in the case by 48 hrs.
""", patient='Okoro')

mk('phi', 'lists', PRIYA, 'Pharmacy PA Team <rx-pa@northfieldhp.com>',
   'PA queue - needs pharmacist review today', 'Tue, 18 Mar 2025 08:05:50 -0500',
"""Morning team, these are past 48h and need a decision by 5pm (72h clock):

| Rec'd      | Member                 | DOB        | Drug                  | Prescriber    | Issue                          |
|------------|------------------------|------------|-----------------------|---------------|--------------------------------|
| 03/15 0911 | Hightower, Darnell     | 08/19/1976 | Mounjaro 5mg          | Marchand      | switching from Ozempic, GI s/e |
| 03/15 1440 | Ferreira, Ana Lucia    | 01/30/1990 | infliximab-dyyb       | Ngata         | biosimilar switch, OK per P&T  |
| 03/16 1002 | Rusk, Tanya            | 04/11/1984 | Omnipod 5 pods        | Haldane       | rejecting qty limit 10/30      |
| 03/16 1830 | Moreno, Elijah         | 06/02/2015 | methylphenidate ER 27 | Patel         | new step edit, grandfathered?  |
| 03/17 0722 | Quintanilla-Reyes, D.  | 05/23/1947 | apixaban 5mg          | Gutierrez     | tier exception request         |

Tanya Rusk - pls just fix the qty limit override, this is the 3rd month.

Priya
""", patient='Hightower')

rows = [
    ('Case #', 'Rec\'d', 'Type', 'Member', 'Service', 'Status', 'Due'),
    ('A-25-00987', '02/27', 'L1 post', 'Ferris, Dale', 'ED level 5 / CT', 'records rec\'d', '03/29'),
    ('A-25-01102', '03/04', 'L1 pre', 'Kincaid, Roberta', 'PSG sleep study', 'MD review', '04/03'),
    ('A-25-01174', '03/06', 'L1 post', 'Solberg, Ingrid', 'IP days 2/18-2/19', 'MD review', '03/21'),
    ('G-25-00310', '02/24', 'Grievance', 'Olufemi, Marguerite', 'colonoscopy billing', 'claims research', '03/26'),
    ('A-25-01190', '03/07', 'EXPEDITED', 'Al-Hashimi, Khalid', 'LHC', 'overturned 3/5', 'closed'),
    ('A-25-01215', '03/12', 'L1 pre', "O'Donoghue, Eamon", 'IRF admission', 'P2P 3/19', '03/15'),
]
tbl = '\n'.join('%-11s %-6s %-10s %-21s %-20s %-16s %s' % r for r in rows)
mk('phi', 'lists', TOMASZ, RENEE,
   'A&G open log - wk of 3/17', 'Mon, 17 Mar 2025 07:30:12 -0400',
"""Renée, open items as of this morning (fixed width, paste into Courier if it wraps):

""" + tbl + """

Kincaid still missing the sleep medicine consult note, I'll call Pinecrest.
Olufemi - claims says reprocess as preventive w/ modifier PT, waiting on corrected claim.

Tomasz
""", patient='Solberg')

disch = csv_text([
    ['member_id', 'last', 'first', 'dob', 'phone', 'facility', 'admit', 'discharge', 'dx_desc', 'dispo', 'risk'],
    ['908127765-01', 'Wetherby', 'Harold', '1951-06-30', '555-0171', 'MERCY VALLEY', '2025-03-08', '2025-03-16', 'diabetic foot infection s/p ray amp', 'SNF', 'HIGH'],
    ['908774410-01', 'Brathwaite', 'Lorna', '1939-12-02', '555-0172', 'ST AMBROSE', '2025-03-13', '2025-03-17', 'urosepsis', 'HOME W HH', 'HIGH'],
    ['908611098-01', 'Esposito', 'Carmine', '1960-03-09', '555-0173', 'LAKESHORE REG', '2025-03-11', '2025-03-14', 'COPD exacerbation', 'HOME', 'MED'],
    ['908392217-02', 'Lindgren', 'Astrid', '1988-10-21', '555-0174', 'ST AMBROSE', '2025-03-12', '2025-03-14', 'preterm labor, delivered 34wk', 'HOME', 'MED'],
    ['908905536-01', 'Mbeki', 'Thandiwe', '1972-07-17', '555-0175', 'MERCY VALLEY', '2025-03-10', '2025-03-15', 'pancreatitis, alcohol related', 'HOME', 'HIGH'],
    ['908220471-03', 'Hussain', 'Imran', '2009-02-25', '555-0176', 'CHILDRENS NORTH', '2025-03-12', '2025-03-15', 'DKA new onset T1DM', 'HOME', 'HIGH'],
])
mk('phi', 'lists', 'Aurelio Santana <asantana@northfieldhp.com>', 'TOC Case Management <toc-cm@northfieldhp.com>',
   'discharges 3/14-3/17 for outreach', 'Mon, 17 Mar 2025 13:14:45 -0400',
"""Discharge file for this week's TCM calls is attached. Assignments in the usual
spreadsheet - Hussain kid goes to peds CM (Lucy).

A.
""", atts=[('TOC_discharges_0314_0317.csv', disch, 'text/csv')], patient='Wetherby')

hcc = xlsx([
    ['Claimant ID', 'Name', 'Age', 'Relationship', 'Paid YTD', 'Primary condition', 'Status'],
    ['C-01', 'Ashworth, Devon', '41', 'EE', '$18,240', 'cholecystectomy/biliary', 'resolved'],
    ['C-02', 'Tillman, Rosalind', '58', 'EE', '$142,908', 'PAD / chronic wound, BKA risk', 'ongoing'],
    ['C-03', 'Tillman, Marcus Jr', '17', 'DEP', '$96,330', 'inpatient behavioral health', 'ongoing'],
    ['C-04', 'Grabowski, Henryk', '63', 'SP', '$211,470', 'AML, chemo + BMT eval', 'ongoing'],
    ['C-05', 'Nwachukwu, Ifeoma', '34', 'EE', '$67,015', 'NICU - 28wk twins', 'resolved'],
], sheet='HCC over 50k')
mk('phi', 'lists', KEISHA, 'Greg Harlow <gharlow@harlowpike.com>',
   'Corvid Logistics - large claimant report Q4/Q1', 'Tue, 18 Mar 2025 10:22:18 -0500',
"""Greg,

Attached is the large claimant detail for Corvid ahead of the renewal meeting. Heads
up - this version came out of the wrong template and has names on it, please don't
forward to Corvid HR as-is; I'll send the de-identified one this afternoon. The
Grabowski claimant alone is driving most of the stop-loss conversation.

Keisha Bramlett
Account Manager, Employer Group Services
Northfield Family Health Plan
555-0150
""", atts=[('Corvid_HCC_detail_Mar2025.xlsx', hcc,
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')],
   patient='Tillman')

readm = csv_text([
    ['Index_Adm_Acct', 'Patient', 'DOB', 'NFHP_ID', 'Index_DC', 'Readmit_Date', 'Days', 'Readmit_Reason'],
    ['MV-2501-44810', 'NGUYEN THI THU HA', '03/22/1956', '908660143-01', '01/18/2025', '02/03/2025', '16', 'CHF exacerbation'],
    ['MV-2502-45122', 'NGUYEN THI THU HA', '03/22/1956', '908660143-01', '02/08/2025', '03/10/2025', '30', 'CHF exacerbation'],
    ['MV-2502-45390', 'PRZYBYLSKI, WANDA', '11/05/1944', '908117320-01', '02/14/2025', '02/21/2025', '7', 'aspiration pneumonia'],
    ['MV-2502-45561', 'OKAFOR-BELL, JAMAL', '05/30/1983', '908552901-01', '02/17/2025', '03/01/2025', '12', 'sickle cell pain crisis'],
    ['MV-2502-45702', 'DUARTE, LUIS FERNANDO', '09/14/1969', '908339018-02', '02/20/2025', '03/06/2025', '14', 'post-op wound infection'],
])
mk('phi', 'lists', LENA, '"Pham, Catherine" <cpham@mercyvalleyhosp.org>',
   'readmission list for our joint meeting Thurs', 'Tue, 18 Mar 2025 15:40:36 -0400',
"""Catherine,

Zipped the 30-day readmit list (Feb index discharges) for Thursday's joint quality
meeting. Password is the usual one, I'll text it.

Mrs. Nguyen is on there twice - would be good to have her CM there.

""" + SIG_LENA + "\n", atts=[('MVH_NFHP_readmits_Feb2025.zip',
                              fixed_zip([('readmits_feb2025.csv', readm)]), 'application/zip')],
   patient='Nguyen')

# ======================================================================
# PHI / struct
# ======================================================================
mk('phi', 'struct', '"Interface Team" <hl7support@stambrosemc.org>', 'EDI Ops <edi-ops@northfieldhp.com>',
   'RE: ADT feed - missing IN1 on admits?', 'Wed, 05 Mar 2025 10:47:22 -0500',
"""Hi - we see the same thing. Here's one from this morning as it left our engine, IN1 is
there, so it's being dropped on your side or at the HIE. Can you check your parser for
the repeating IN1?

MSH|^~\\&|EPIC|STAMBROSE|HIE_ADT|NFHP|20250305071522||ADT^A01^ADT_A01|SA20250305071522044|P|2.5.1
EVN|A01|20250305071500
PID|1||MR44071829^^^STAMBMRN^MR||OYELARAN^RUTH^A||19670812|F|||2290 FENWICK AVE^^DUNMORE^PA^18512||(555)555-0127|||M||ACC90211733
PV1|1|I|4W^412^B^STAMB||||1780654321^ACHEBE^CHIDI^^^MD|||SUR||||7|||1780654321^ACHEBE^CHIDI|IN||NFHP|||||||||||||||||||||||||20250305065000
DG1|1||C50.411^Malig neoplasm upper-outer quadrant right female breast^I10|||A
IN1|1|NFHP-COMM|NFHP01|NORTHFIELD FAMILY HEALTH PLAN|||||||||||1|OYELARAN^RUTH^A|18|19670812|||||||||||||||||908418870-01

Thanks,
Dustin
HL7 Interface Analyst, St. Ambrose IS
""", patient='Oyelaran')

oru = "\r".join([
    "MSH|^~\\&|SUNQUEST|MERCYVALLEY|NFHP_CM|NFHP|20250312143301||ORU^R01|MV0312143301|P|2.3",
    "PID|1||M0718823^^^MVH||BRATHWAITE^LORNA^E||19391202|F|||88 QUARRY RD^^DUNMORE^PA^18512",
    "PV1|1|I|SA4W^406",
    "OBR|1||L25071-4421|87086^URINE CULTURE^CPT|||20250313091500",
    "OBX|1|TX|87086^URINE CULTURE||>100,000 CFU/ML ESCHERICHIA COLI||||||F",
    "OBX|2|TX|SUSC^CEFTRIAXONE||RESISTANT||||||F",
    "OBX|3|TX|SUSC^CEFEPIME||SUSCEPTIBLE||||||F",
    "OBX|4|TX|SUSC^NITROFURANTOIN||SUSCEPTIBLE||||||F",
    "OBR|2||L25071-4422|87040^BLOOD CULTURE^CPT|||20250313091800",
    "OBX|1|TX|87040^BLOOD CULTURE||NO GROWTH AT 48 HOURS||||||P",
]) + "\r"
mk('phi', 'struct', LENA, 'Aurelio Santana <asantana@northfieldhp.com>',
   'fyi - culture results for Brathwaite before your TOC call', 'Mon, 17 Mar 2025 11:05:38 -0400',
"""Aurelio - Mercy's lab feed dumped this into my queue instead of yours. ESBL-ish
pattern, she went home on oral nitrofurantoin per the dc summary. Raw message attached
since the viewer is down again.

L
""", atts=[('ORU_MV0312143301.hl7', oru, 'text/plain')], patient='Brathwaite')

mk('phi', 'struct', '"Claims EDI" <claimsedi@northfieldhp.com>', '"Lakeshore Regional PFS" <pfs-edi@lakeshoreregional.org>',
   '277CA rejection - claim for ICN 2025072004117 / your PCN LR8812004', 'Thu, 13 Mar 2025 13:51:09 -0500',
"""Your 837I below rejected at front end: 2300 HI segment - principal dx and admit dx
present but the REF*G1 prior auth number doesn't match what's on file for these dates.
Auth on file for this member is IP-2503-0419220 (3/13-3/16). Please correct and resubmit.

Segments as received:

ST*837*0041*005010X223A2~
BHT*0019*00*LR8812004*20250312*1622*CH~
NM1*85*2*LAKESHORE REGIONAL MEDICAL CENTER*****XX*1932207118~
HL*2*1*22*0~
SBR*P*18*NFHP4410******CI~
NM1*IL*1*SZYMANSKI*LUCYNA****MI*908233571-01~
N3*77 BIRCHWOOD CT~
N4*DUNMORE*PA*18512~
DMG*D8*19611123*F~
CLM*LR8812004*48215.00***11:A:1**A*Y*Y~
DTP*434*RD8*20250313-20250316~
CL1*1*7*01~
REF*G1*IP-2503-0412290~
HI*ABK:I495~
HI*ABJ:R55~
HI*BF:I10*BF:E785~
SV2*0360*HC:33208*31250.00*UN*1~
SE*17*0041~

NFHP Claims EDI Support | 555-0121 | M-F 8-5 CT
""", patient='Szymanski')

mk('phi', 'struct', GUS, DENISE,
   'eligibility 271 for the Horacek chemo auth', 'Wed, 12 Mar 2025 11:02:44 -0500',
"""Denise - pasted the 271 from the provider's clearinghouse. They said the response
shows him termed which is why they were nervous, but EB*6 is only on the old group,
he moved to the Corvid group 1/1. Active on the new one.

ISA*00*          *00*          *ZZ*NFHP           *ZZ*AVAILITY       *250312*1058*^*00501*000004471*0*P*:~
GS*HB*NFHP*AVAILITY*20250312*1058*4471*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*LCI-88120*20250312*1058~
HL*1**20*1~
NM1*PR*2*NORTHFIELD FAMILY HEALTH PLAN*****PI*NFHP01~
HL*2*1*21*1~
NM1*1P*2*LAKESHORE CANCER INSTITUTE*****XX*1467731902~
HL*3*2*22*0~
TRN*2*LCI-88120-1*9877654321~
NM1*IL*1*HORACEK*ZDENEK****MI*908771204-01~
N3*412 W LINDEN ST~
N4*DUNMORE*PA*18509~
DMG*D8*19580417*M~
INS*Y*18*001*25~
EB*6**30**NFHP COMM PPO - GRP 20117~
DTP*307*RD8*20230101-20241231~
EB*1*IND*30*C1*NFHP CORVID OAP - GRP 31402~
DTP*346*D8*20250101~
EB*C*IND*30***23*3000~
EB*G*IND*30***23*7500~
SE*21*0001~
GE*1*4471~
IEA*1*000004471~

Gus Papadakis
UM Intake Coordinator
""", patient='Horáček')

x835 = """ISA*00*          *00*          *ZZ*NFHP           *ZZ*CRESTLINEPATH  *250314*0200*^*00501*000009902*0*P*:~
GS*HP*NFHP*CRESTLINEPATH*20250314*0200*9902*X*005010X221A1~
ST*835*0001~
BPR*I*412.66*C*ACH*CCP*01*031100089*DA*000123456789*1234567890**01*021000021*DA*98765432*20250314~
TRN*1*EFT0031402*1234567890~
N1*PR*NORTHFIELD FAMILY HEALTH PLAN~
N1*PE*CRESTLINE PATHOLOGY GROUP*XX*1356602277~
CLP*2025030411872*1*688.00*412.66*0*12*2025030411872A~
NM1*QC*1*OYELARAN*RUTH*A***MI*908418870-01~
DTM*232*20250211~
SVC*HC:88305*344.00*206.33**2~
CAS*CO*45*137.67~
SVC*HC:88342*172.00*103.20**1~
CAS*CO*45*68.80~
SVC*HC:88360*172.00*103.13**1~
CAS*CO*45*68.87~
SE*16*0001~
GE*1*9902~
IEA*1*000009902~
"""
mk('phi', 'struct', 'Claims Inquiry <claimsinquiry@northfieldhp.com>', 'Rhonda Byers <rbyers@crestlinepath.com>',
   'RE: Claim 2025030411872 denied - no auth', 'Fri, 14 Mar 2025 09:12:03 -0500',
"""Hi Rhonda,

You were right, pathology doesn't need a separate auth. The claim has been reprocessed
and paid on this morning's cycle, 835 excerpt attached for your posting team.

Regards,
Claims Inquiry Unit
Northfield Family Health Plan

> Regarding claim 2025030411872 for Ruth Oyelaran, DOS 02/11/2025, accession S25-004418.
""", atts=[('835_EFT0031402_excerpt.txt', x835, 'text/plain')], patient='Oyelaran')

fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "pat-908392217-02",
        "identifier": [{"system": "https://northfieldhp.com/member-id", "value": "908392217-02"}],
        "name": [{"family": "Lindgren", "given": ["Astrid", "M"]}],
        "gender": "female",
        "birthDate": "1988-10-21",
        "telecom": [{"system": "phone", "value": "555-0174", "use": "mobile"}],
        "address": [{"line": ["9 Tamarack Way"], "city": "Dunmore", "state": "PA", "postalCode": "18512"}]
      }
    },
    {
      "resource": {
        "resourceType": "Claim",
        "id": "pa-req-2503-81177",
        "status": "active",
        "use": "preauthorization",
        "patient": {"reference": "Patient/pat-908392217-02"},
        "created": "2025-03-17",
        "provider": {"display": "St. Ambrose NICU Follow-up Clinic"},
        "priority": {"coding": [{"code": "stat"}]},
        "diagnosis": [{"sequence": 1, "diagnosisCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "P07.37", "display": "Preterm newborn, gestational age 34 completed weeks"}]}}],
        "item": [{"sequence": 1, "productOrService": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "90378", "display": "RSV monoclonal antibody"}]}, "quantity": {"value": 1}}],
        "supportingInfo": [{"sequence": 1, "category": {"text": "note"}, "valueString": "Infant of Astrid Lindgren, born 3/12 at 34w, discharged from NICU 3/14, mother's plan, nirsevimab before RSV season end"}]
      }
    }
  ]
}
"""
mk('phi', 'struct', '"Ortiz, Rafael" <rortiz@northfieldhp.com>', 'Denise Okafor <dokafor@northfieldhp.com>',
   'Da Vinci PAS payload that failed validation', 'Mon, 17 Mar 2025 14:29:51 -0400',
"""Denise, this is the request from St. Ambrose that bounced out of the PAS endpoint
(newborn not yet on eligibility, so it came in under mom's resource). Clinical is
legit, can you work it manually? JSON attached.

Rafael Ortiz
Integration Engineer, Interoperability
""", atts=[('pas_bundle_2503-81177.json', fhir, 'application/json', 'base64')], patient='Lindgren')

mk('phi', 'struct', 'Brandi Hoyt <bhoyt@stambrosemc.org>', MARCUS,
   'CCD - med list section you asked for', 'Tue, 18 Mar 2025 10:40:19 -0400',
"""Marcus here's the med section from her discharge CCD, our portal export cuts off the
rest. Let me know if you need problems/results too.

<recordTarget>
  <patientRole>
    <id extension="44188210" root="2.16.840.1.113883.3.5441.1"/>
    <addr use="HP"><streetAddressLine>88 Quarry Rd</streetAddressLine><city>Dunmore</city><state>PA</state><postalCode>18512</postalCode></addr>
    <telecom use="HP" value="tel:+1-555-555-0172"/>
    <patient>
      <name><given>Lorna</given><given>E</given><family>Brathwaite</family></name>
      <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime value="19391202"/>
    </patient>
  </patientRole>
</recordTarget>
...
<section>
  <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="History of medication use"/>
  <title>Discharge Medications</title>
  <text>
    <list>
      <item>nitrofurantoin monohydrate/macrocrystals 100 mg PO BID x 5 more days</item>
      <item>metoprolol tartrate 25 mg PO BID - CHANGED (was 50 mg)</item>
      <item>furosemide 20 mg PO daily - HOLD until PCP visit</item>
      <item>donepezil 10 mg PO at bedtime</item>
      <item>acetaminophen 650 mg PO q6h PRN</item>
    </list>
  </text>
</section>

Brandi Hoyt, RN
Care Coordination, St. Ambrose Medical Center
""", patient='Brathwaite')

# ======================================================================
# PHI / lang
# ======================================================================
mk('phi', 'lang', 'Aurelio Santana <asantana@northfieldhp.com>', 'Maricela Duarte <maricela.duarte77@mailbox.example.com>',
   'Re: mi esposo Luis - rehabilitación', 'Fri, 07 Mar 2025 12:48:33 -0500',
"""Buenas tardes Sra. Duarte,

Gracias por su correo. Hablé con la trabajadora social de Mercy Valley esta mañana.
Su esposo, el Sr. Luis Fernando Duarte, ya tiene la autorización para la rehabilitación
en Fairhaven por 14 días (número de autorización SNF-2503-20981). Lo trasladan mañana
sábado en ambulancia, alrededor del mediodía.

Sobre la herida de la cirugía: el cirujano quiere que siga con los antibióticos por la
vena (IV) hasta el 18 de marzo, y eso se lo van a poner en Fairhaven también, no tiene
que preocuparse.

La llamo el lunes para ver cómo está.

Saludos,
Aurelio Santana, RN
Administrador de Casos / Case Manager
Northfield Family Health Plan
555-0158

El jue, 6 mar 2025 a las 20:15, Maricela Duarte escribió:
> Buenas noches, soy la esposa de Luis Fernando Duarte. Lo operaron otra vez el martes
> porque se le infectó la herida del estómago. El doctor dice que no puede venir a casa
> todavía y que necesita rehabilitación pero que el seguro tiene que aprobar. Yo no
> manejo y no sé qué hacer. Por favor ayúdeme.
> Maricela
""", patient='Duarte')

mk('phi', 'lang', 'Juliana Teixeira <ju.teixeira@mailbox.example.com.br>', 'Member Services <memberservices@northfieldhp.com>',
   'sessões de fisioterapia negadas', 'Tue, 11 Mar 2025 20:33:57 -0400',
"""Olá,

Meu nome é Juliana Teixeira Bastos, nascida em 17/08/1992, sou segurada pelo plano da
empresa do meu marido. Fiz a reconstrução do ligamento (LCA) do joelho esquerdo no dia
3 de fevereiro com o Dr. Osei na Riverbend. Fiz 12 sessões de fisioterapia e agora a
clínica disse que o plano negou mais sessões.

Ainda não consigo dobrar o joelho mais que 95 graus e manco quando desço escada. O
fisioterapeuta disse que preciso de pelo menos mais 8 semanas. Como faço para recorrer?
Posso mandar o relatório da fisioterapia por aqui?

Obrigada,
Juliana
(555) 555-0186
""", patient='Teixeira Bastos')

mk('phi', 'lang', 'Tran Minh Khoa <khoa.tran.family@mailbox.example.net>', MARCUS,
   'Xe đưa đón chạy thận cho bố tôi', 'Wed, 12 Mar 2025 06:55:12 -0500',
"""Chào anh Marcus,

Tôi là Trần Minh Khoa, con trai của ông Trần Văn Lợi (mã hội viên 908512276-01). Bố tôi
chạy thận nhân tạo thứ Hai, thứ Tư, thứ Sáu ở trung tâm DaVita đường Main. Tuần này xe
đưa đón đến trễ hơn một tiếng hai lần, bố tôi bị mất lượt lọc máu sáng thứ Hai và phải
lọc bù chiều hôm đó, về nhà thì bị chóng mặt và khó thở.

Bác sĩ thận nói không được bỏ buổi nào vì kali của bố tôi cao. Anh có thể giúp đổi công
ty xe hoặc đổi giờ đón sớm hơn không? Bố tôi không nói tiếng Anh, anh gọi cho tôi số
555-0193 nhé.

Cảm ơn anh rất nhiều,
Khoa
""", patient='Trần Văn Lợi')

mk('phi', 'lang', 'Mirlande Saint-Fleur <mirlande.sf@mailbox.example.com>', 'pharmacy-help@northfieldhp.com',
   'medikaman mwen yo', 'Thu, 13 Mar 2025 17:21:40 -0400',
"""Bonjou,

Mwen rele Mirlande Saint-Fleur, dat nesans mwen se 02/09/1975. Famasi a di m asirans
lan pa vle peye pou metfòmin ak grenn tansyon an ankò, yo di m bezwen yon "prior
authorization". Mwen te pran yo depi 3 zan. Doktè m nan se Dr. Jean-Baptiste nan
klinik Sunnyside.

Semèn pase sik mwen te monte 280 paske m pa t gen grenn nan. Tanpri ede m. Mwen pa
konprann lèt yo voye a an angle.

Mèsi anpil,
Mirlande
555-0184
""", patient='Saint-Fleur')

mk('phi', 'lang', 'Ирина Волкова <irina.volkova.58@mailbox.example.ru>', 'Member Services <memberservices@northfieldhp.com>',
   'Отказ в МРТ — Волкова И.С.', 'Fri, 14 Mar 2025 08:10:05 -0400',
"""Здравствуйте!

Меня зовут Волкова Ирина Сергеевна, дата рождения 21.04.1958, номер полиса
908640092-01. Мой невролог доктор Розенталь направил меня на МРТ головного мозга с
контрастом, потому что у меня уже два месяца сильные головные боли по утрам и
онемение в левой руке. Клиника сказала, что страховая отказала.

Я очень волнуюсь. Можно ли подать апелляцию? Дочь может помочь с английским, её
телефон 555-0189.

С уважением,
Ирина Волкова
""", patient='Волкова')

mk('phi', 'lang', 'Rowena Dimaculangan <rowena.dimac@mailbox.example.com>', 'UM Home Care Requests <umhomecare@northfieldhp.com>',
   'home health para kay Nanay', 'Sat, 15 Mar 2025 13:44:28 -0500',
"""Hello po,

Ako po si Rowena, anak ni Mrs. Corazon Dimaculangan (DOB 10/10/1943). Na-discharge po
siya kahapon galing St. Ambrose after ma-stroke, mahina pa po ang kanang kamay at paa
niya at hindi pa makalakad nang mag-isa. Sabi ng discharge nurse may home PT at nurse
daw pero wala pa pong tumatawag sa amin.

Kailangan din po ba ng approval para sa hospital bed at commode? Naka-tulog lang po siya
sa sofa ngayon kasi hindi siya makaakyat ng hagdan.

Salamat po,
Rowena
0917-555-0142 / US 555-0192
""", patient='Dimaculangan')

mk('phi', 'lang', 'يوسف الزهراني <yousef.alzahrani@mailbox.example.com>', 'Member Services <memberservices@northfieldhp.com>',
   'عملية ابني عمر', 'Sun, 16 Mar 2025 19:02:11 -0400',
"""السلام عليكم،

أنا يوسف الزهراني، والد الطفل عمر يوسف الزهراني (تاريخ الميلاد ٢٠١٨/٠٥/١٢، رقم العضوية
908330561-03). قرر طبيب الأنف والأذن والحنجرة د. ميلر إجراء عملية استئصال اللوزتين
واللحمية لعمر بسبب الالتهابات المتكررة (سبع مرات هذه السنة) وانقطاع التنفس أثناء النوم.

العيادة تقول إنهم ينتظرون الموافقة من التأمين منذ أسبوعين. موعد العملية ٢ أبريل في
مستشفى الأطفال. أرجو إفادتي بحالة الطلب.

شكراً جزيلاً
يوسف
جوال: 555-0194
""", patient='الزهراني')

mk('phi', 'lang', '林美华 <meihua.lin@mailbox.example.com>', 'Appeals <appeals@northfieldhp.com>',
   '关于膝关节置换手术被拒的申诉', 'Mon, 17 Mar 2025 21:37:49 -0400',
"""您好，

我叫林美华（Meihua Lin），出生日期1955年9月3日，会员号908702438-01。

我的骨科医生奥塞医生（Dr. Osei）申请为我做右膝关节置换手术，但是你们的信上说"保守治疗
不足"被拒绝了。我已经做了半年的物理治疗，打了三次可的松针和一次玻尿酸针，现在走路不到
一个街区就疼得受不了，晚上也睡不好。X光显示骨头已经磨到骨头了。

我想正式申诉。请告诉我需要提供什么资料。我的英文不好，可以用中文回复吗？

谢谢！
林美华
电话：555-0195
""", patient='林美华')

# ======================================================================
# CLEAN / admin
# ======================================================================
mk('clean', 'admin', '"NFHP Service Desk" <servicedesk@northfieldhp.com>', DENISE,
   '[INC0048812] Javelin UM - account locked / MFA reset', 'Mon, 03 Mar 2025 08:19:40 -0500',
"""Hello Denise Okafor,

Your incident INC0048812 has been updated.

  Short description : Javelin UM - account locked after password change
  Caller            : Okafor, Denise (E10447) - ext 0163
  Assignment group  : IAM - Access Services
  Assigned to       : Pradeep Venkatesh
  State             : Resolved
  Resolution notes  : Unlocked AD account, re-registered MFA token on new iPhone.
                      User confirmed login to Javelin UM and Fax Inbound queue.

If the issue persists reply to this email within 5 business days to reopen the ticket.
Do not include member information in replies to the Service Desk.

NFHP IT Service Desk | ext 4357 (HELP) | 555-0100
""")

mk('clean', 'admin', RENEE, 'UM Concurrent Review Team <ur-team@northfieldhp.com>',
   'weekend / holiday on-call - April', 'Wed, 19 Mar 2025 14:02:26 -0400',
"""Team,

April weekend coverage below. Swaps need to go through me AND get updated in the
Kronos schedule by the Wednesday before. On-call phone is 555-0140 (forwarding to your
cell - check it's set up Friday at 4:30, not Saturday morning).

Sat/Sun  Apr 5-6    Lena Haugland      / backup Ben Strickland
Sat/Sun  Apr 12-13  Funmilayo Okeke    / backup Lena Haugland
Fri      Apr 18     (Good Friday - plan holiday) Aurelio Santana
Sat/Sun  Apr 19-20  Ben Strickland     / backup Hyun-woo Cho
Sat/Sun  Apr 26-27  Hyun-woo Cho       / backup Funmilayo Okeke

Medical director on call: Dr. Achterberg Apr 1-15, Dr. Nakamura-Pell Apr 16-30.

Thanks all,
Renée

Renée Castellanos, MSN, RN
Manager, Utilization Management Operations
Northfield Family Health Plan
""")

inv = csv_text([
    ['Invoice', 'Line', 'Description', 'Qty', 'Unit', 'Amount'],
    ['FXS-2025-02-3391', '1', 'Inbound fax pages - UM queue', '48211', '0.012', '578.53'],
    ['FXS-2025-02-3391', '2', 'Inbound fax pages - Appeals queue', '9034', '0.012', '108.41'],
    ['FXS-2025-02-3391', '3', 'DID numbers (14)', '14', '2.50', '35.00'],
    ['FXS-2025-02-3391', '4', 'OCR/classification add-on', '1', '400.00', '400.00'],
])
mk('clean', 'admin', 'Billing <billing@faxstreamcloud.example.com>', 'Accounts Payable <ap@northfieldhp.com>',
   'Invoice FXS-2025-02-3391 - Northfield Family Health Plan - due 03/31/2025', 'Sat, 01 Mar 2025 03:00:00 +0000',
"""Dear Customer,

Please find attached invoice FXS-2025-02-3391 for February 2025 usage.

Account: NFHP-00211
Amount due: $1,121.94
Due date: 03/31/2025
PO: 4500098812

Questions? Contact Jordan Whitfield, Account Specialist, 555-0108.

FaxStream Cloud, Inc.
""", cc='Renée Castellanos <rcastellanos@northfieldhp.com>',
   atts=[('FXS-2025-02-3391_detail.csv', inv, 'text/csv')])

mk('clean', 'admin', KEISHA, 'Patrice Logan <plogan@corvidlogistics.com>',
   'Open enrollment fair - Joliet & Aurora yards', 'Tue, 25 Feb 2025 10:40:15 -0600',
"""Hi Patrice,

Confirming we're set for the benefits fair:
 - Joliet yard, Tues 4/15, 6:00-8:00am (2nd/3rd shift overlap) and 2:00-4:00pm
 - Aurora yard, Wed 4/16, 11:00am-1:00pm

We'll bring two member services reps, a nurse from our care management team (Marcus
Feld) to talk about the 24/7 nurse line and diabetes program, and biometric screening
via Healthstat - they need the break room with 2 outlets and a table.

Renewal numbers: 412 enrolled employees, 38% family tier, the OAP plan stays at the
$3,000 deductible. We'll have the SBCs printed in English and Spanish.

Please don't have anyone bring their bills or claims to the fair - we'll hand out
the member services number (555-0111) for anything personal.

Keisha Bramlett
Account Manager, Employer Group Services
Northfield Family Health Plan
""", cc='Greg Harlow <gharlow@harlowpike.com>')

mk('clean', 'admin', '"Facilities - Building 2" <facilities@northfieldhp.com>', 'All B2 3rd Floor <b2-3rd-floor@northfieldhp.com>',
   'Sat 3/22 - 3rd floor HVAC work + badge readers', 'Thu, 20 Mar 2025 11:11:11 -0400',
"""Good morning,

Contractors from Midwest Mechanical will be replacing the air handler on B2-3 this
Saturday 3/22 from 7am-3pm. The UM pod and the Appeals room will be without heat.

Weekend UM staff scheduled on site: please work from home or use the 2nd floor
hoteling desks (2-214 through 2-230). Badge readers on the east stairwell will be
offline from 9-11am; use the elevator lobby.

Lock your screens and use the shred bins before leaving Friday - contractors will be
on the floor.

Questions: Darnell Price, Facilities Coordinator, ext 0177 / cell 555-0104
""", cte="quoted-printable")

mk('clean', 'admin', 'Provider Data Management <pdm@northfieldhp.com>', 'Tracy Dunleavy <tdunleavy@riverbendortho.com>',
   'Provider add confirmed - Helena Marchetti, MD (NPI 1598807214)', 'Tue, 18 Mar 2025 16:20:02 -0500',
"""Hi Tracy,

Credentialing committee approved Dr. Helena Marchetti on 3/13. She is now loaded as
participating effective 04/01/2025:

  Name:        Helena Marchetti, MD
  NPI:         1598807214
  Specialty:   Orthopaedic Surgery - Sports Medicine
  Locations:   Riverbend Orthopaedic & Spine - Main (Suite 300), Westgate
  Tax ID:      on file (Riverbend group)
  Provider ID: NFHP-P-0077215

Prior auth requests for her can go through the portal starting 4/1. The directory
update will be live by the 5th.

Provider Data Management
Northfield Family Health Plan | 555-0112
""")

mk('clean', 'admin', 'Gus Papadakis <gpapadakis@northfieldhp.com>', RENEE,
   'fax queue backlog numbers', 'Fri, 07 Mar 2025 17:45:03 -0500',
"""Renée,

End of day counts: 312 faxes in UM inbound, 41 over 24h, oldest from 3/5 at 9:14pm.
Appeals queue is clean. Elena and I stayed till 5:30 indexing. The OCR keeps splitting
multi-page clinicals into separate items so the count is probably inflated ~20%.
Ticket is INC0049107.

Could we get Tomas from claims for a couple hours Monday?

Gus
""")

# ======================================================================
# CLEAN / lookalike
# ======================================================================
mk('clean', 'lookalike', 'IronWorks Fitness <noreply@ironworksfit.example.com>', 'Kevin Marsh <kmarsh.lifts@mailbox.example.com>',
   'Your InBody scan results are ready, Kevin!', 'Sat, 08 Mar 2025 10:00:00 -0600',
"""Hi Kevin,

Thanks for checking in at IronWorks Fitness - Dunmore! Member #: IW-0048817

Your body composition scan from 03/08/2025:
  Weight         187.4 lb
  Body fat       22.1%
  Skeletal muscle 84.6 lb
  Visceral fat   level 9

Your coach Dana recommends the 8-week Strength Foundations program. Your next
assessment is due 05/03/2025. Book in the app.

Membership renews 04/01 ($39.99/mo). Freeze your membership anytime for injury or
travel.

IronWorks Fitness | 555-0160 | Unsubscribe
""")

mk('clean', 'lookalike', 'Brookside Animal Hospital <frontdesk@brooksidevet.example.com>', 'Helen Abernathy <h.abernathy@mailbox.example.net>',
   'Biscuit - dental cleaning discharge instructions', 'Wed, 05 Mar 2025 16:30:11 -0500',
"""Hi Helen,

Biscuit did great today! Patient summary:

Patient: Biscuit (canine, Beagle mix, 9 yr, MN)  Chart #: 20114
Procedure: dental cleaning under anesthesia, 2 extractions (upper premolars)
Pre-op bloodwork: all normal, kidney values slightly high end of normal - recheck in 6 mo
Medications sent home:
  - carprofen 25 mg, 1 tablet by mouth twice daily with food x 5 days
  - clindamycin 75 mg, 1 capsule twice daily x 7 days

Soft food only for 7 days. He may be groggy tonight. Recheck with Dr. Alvarado in 10
days - we'll text you.

Balance today: $684.20, paid Visa ending 4471.

Brookside Animal Hospital | 555-0161
""")

mk('clean', 'lookalike', 'Keystone Valley Credit Union <alerts@keystonevalleycu.example.org>', 'Ramon Castellano <rcastellano.home@mailbox.example.com>',
   'Member #0044817293 - your auto loan payment was received', 'Mon, 10 Mar 2025 06:02:47 -0500',
"""Dear Ramon Castellano,

Thank you. We received your payment of $412.66 on 03/10/2025.

  Member #:         0044817293
  Loan:             Auto loan -L02
  Remaining balance $11,904.31
  Next due date     04/10/2025

Your member statement for February is available in online banking. If you did not
make this payment, call Member Services at 555-0165 (24/7).

Keystone Valley Credit Union - Federally insured by NCUA. Equal Housing Lender.
""")

mk('clean', 'lookalike', 'Lakeland Air <itinerary@lakelandair.example.com>', 'Priya Raghunathan <priya.r.travel@mailbox.example.com>',
   'Your trip confirmation - QX7T4M - DTW to ORD', 'Thu, 13 Mar 2025 19:44:30 -0400',
"""Booking confirmed

Passenger:      RAGHUNATHAN/PRIYA MS
Confirmation:   QX7T4M
Ticket number:  0167209338851
Loyalty #:      LA 220 418 877 (Silver)

Flight LA 1182  Fri 04 Apr 2025  DTW 07:10 -> ORD 07:52   Seat 14C
Flight LA 1377  Sun 06 Apr 2025  ORD 18:30 -> DTW 21:11   Seat 12A

Traveling to a conference? Add Trip Protection for $24.

Checked bag: 1 x 23kg included. Arrive 60 minutes before departure.
""")

mk('clean', 'lookalike', '"Harmon, Ted - Claims Adjuster" <ted.harmon@pinnacleauto.example.com>', 'Lydia Kowalski <lydiakowalski@mailbox.example.net>',
   'Claim 7724-0081-33 - appraisal / diagnosis on your Equinox', 'Tue, 11 Mar 2025 15:18:22 -0500',
"""Hi Lydia,

Our appraiser got the teardown report from Corrigan Collision. Diagnosis on the
2019 Equinox: frame rail damage on the passenger side in addition to the bumper
and headlamp assembly, plus the transmission cooler line was cracked. Estimate is now
$9,870, up from the initial $4,215.

Good news - we don't think it's a total loss. Your $500 collision deductible applies.
Rental authorized through 3/28 at Enterprise on Route 6, policy PA-AU-00418823.

Please call me with any questions.

Ted Harmon
Senior Claims Adjuster | Pinnacle Auto & Home Insurance
555-0167
""")

mk('clean', 'lookalike', 'Oakline Tree Care <estimates@oaklinetree.example.com>', 'Marcus Feld <marcus.feld.home@mailbox.example.com>',
   'Arborist report - red oak, 22 Hemlock Dr', 'Fri, 14 Mar 2025 12:00:05 -0400',
"""Hi Marcus,

Thanks for having us out. Summary from our certified arborist (Wes Okonjo, ISA
PN-7712A):

Diagnosis: the red oak in the back yard has oak wilt in two leaders and a cavity at
the main union with decay about 30% of the trunk diameter. Prognosis is poor for the
affected limbs.

Treatment plan:
 1. Surgical removal of the two infected leaders (no pruning April-July - beetle season)
 2. Cabling the remaining union
 3. Propiconazole root flare injection to protect the healthy tissue
 4. Follow-up check in 6 months

Estimate #E-25-0318: $2,450. Reply to approve and we'll book before April 1.

Oakline Tree Care | 555-0169
""")

mk('clean', 'lookalike', 'Sven Ostrowski <sostrowski@northfieldhp.com>', 'Platform Engineering <platform-eng@northfieldhp.com>',
   'Postmortem: auth-api outage 3/11 (patient zero = node auth-7)', 'Thu, 13 Mar 2025 10:15:48 -0400',
"""Summary: auth-api p99 latency went to 40s from 14:02 to 14:57 ET on 3/11. Portal
submissions of prior auth requests failed for ~55 min.

Timeline / triage:
- 14:02 heartbeat monitor flagged auth-7 (patient zero). Memory leak in the PDF
  thumbnail worker after the 3.18.2 deploy.
- 14:09 pod restarted, symptoms spread to auth-3 and auth-9 within minutes
- 14:31 on-call (Mei) rolled back to 3.18.1 - recovery started
- 14:57 all nodes healthy, queue drained, discharged 1,204 retries

Root cause: unbounded cache in thumbnail lib. Vital signs now green.
Action items: JIRA PLAT-2231 (cache cap), PLAT-2232 (canary deploy for auth-api).

No member data was exposed; requests were retried from the client side.

Sven
""")

# ======================================================================
# CLEAN / news
# ======================================================================
h = """<html><body style="font-family:Arial;font-size:10pt">
<h2 style="color:#1d4f7a">UM Pulse &ndash; March 2025</h2>
<p><b>Turnaround times are up.</b> In February, 94.2% of standard prior auth requests were decided within
72 hours (goal 90%) and 99.1% of urgent requests within 24 hours. Thank you, intake and nurse reviewers!</p>
<p><b>Gold-carding pilot.</b> Beginning April 1, 23 high-approval practices will no longer need auth for
outpatient MRI and PT evaluation. Reviewers will see a &quot;GC&quot; flag in Javelin.</p>
<p><b>Welcome</b> to Hyun-woo Cho, RN (concurrent review) and Elena Marquez (intake).</p>
<p><b>Kudos</b> to Marcus Feld, whose TOC caseload had a 30-day readmission rate of 9.8% vs. 14.1% plan-wide.</p>
<p><b>Reminder:</b> use member IDs, not names, in Teams chats. Never email clinicals to personal accounts.</p>
</body></html>"""
mk('clean', 'news', '"UM Communications" <um-comms@northfieldhp.com>', 'UM All Staff <um-all@northfieldhp.com>',
   'UM Pulse - March 2025', 'Mon, 03 Mar 2025 07:00:00 -0500',
"""UM Pulse - March 2025

Turnaround times are up. In February, 94.2% of standard prior auth requests were
decided within 72 hours (goal 90%) and 99.1% of urgent requests within 24 hours.
Thank you, intake and nurse reviewers!

Gold-carding pilot. Beginning April 1, 23 high-approval practices will no longer need
auth for outpatient MRI and PT evaluation. Reviewers will see a "GC" flag in Javelin.

Welcome to Hyun-woo Cho, RN (concurrent review) and Elena Marquez (intake).

Kudos to Marcus Feld, whose TOC caseload had a 30-day readmission rate of 9.8% vs.
14.1% plan-wide.

Reminder: use member IDs, not names, in Teams chats. Never email clinicals to personal
accounts.
""", html=h)

mk('clean', 'news', '"Lackawanna Valley Health Dept" <alerts@lvhd.example.gov>', 'Health Alert Subscribers <han-list@lvhd.example.gov>',
   'HEALTH ADVISORY: measles exposure sites, March 8-12', 'Thu, 13 Mar 2025 17:30:00 -0400',
"""HEALTH ALERT NETWORK - ADVISORY

Two confirmed measles cases have been identified in the county in unvaccinated
adults with recent international travel. Possible exposure locations:

  - Dunmore Commons food court, Sat 3/8, 11:00 am - 3:00 pm
  - Mercy Valley Hospital Emergency Department waiting room, Mon 3/10, 6:00 pm - 11:30 pm
  - Route 6 Urgent Care, Tue 3/11, 9:00 am - 1:00 pm

Clinicians: consider measles in patients with fever and rash, isolate immediately
(airborne precautions), and call the health department at 555-0170 before sending
specimens. Post-exposure MMR within 72 hours or immune globulin within 6 days.

Year to date: 2 cases (county), 14 (state).

Distributed by the Lackawanna Valley Health Department. Do not reply.
""")

mk('clean', 'news', '"Drug Safety Alerts" <safety@rxrecallwatch.example.com>', PRIYA,
   'Class II recall: metformin ER 750 mg (select lots) - NDMA', 'Wed, 05 Mar 2025 12:00:00 -0500',
"""RECALL NOTICE - Class II

Manufacturer: Corbell Generics, LLC
Product:      Metformin HCl Extended-Release Tablets USP, 750 mg, 100-count bottles
NDC:          70990-0418-01
Lots:         MF24A117, MF24A118, MF24B203 (exp 06/2026 - 09/2026)
Reason:       N-nitrosodimethylamine (NDMA) above the acceptable daily intake limit

Recommended action for pharmacies: quarantine affected lots and return via Inmar.
Patients should NOT stop taking metformin without talking to their prescriber;
pharmacists should contact prescribers to arrange alternatives.

Health plans: members who filled these NDCs in the past 90 days may be identified
through claims data for outreach.
""")

mk('clean', 'news', '"P&T Committee" <pt-committee@northfieldhp.com>', 'Network Providers <provider-news@northfieldhp.com>',
   'Formulary update effective April 1, 2025', 'Fri, 14 Mar 2025 09:00:00 -0400',
"""Northfield Family Health Plan - Pharmacy & Therapeutics Committee
Quarterly Formulary Update (commercial and exchange formularies)

ADDITIONS
 - Ustekinumab-auub (Wezlana) - Tier 4 specialty, PA required; preferred ustekinumab
 - Insulin glargine-yfgn - Tier 2, preferred basal insulin
 - Nirsevimab - medical benefit, no PA for infants <8 months in first RSV season

STEP THERAPY CHANGES
 - Tirzepatide for T2DM: requires trial of metformin >= 90 days (unless contraindicated)
 - ADHD stimulants age 6-17: existing utilizers grandfathered through 12/31/2025

REMOVALS
 - Brand Lantus moves to non-formulary; members notified by letter 30 days prior.

QUANTITY LIMITS
 - Omnipod 5 pods: 10 per 30 days (15 per 30 with PA)

Full formulary: northfieldhp.example.com/formulary. Questions: 555-0119.
""")

mk('clean', 'news', '"HealthPolicy Brief" <newsletter@healthpolicybrief.example.com>', 'Renée Castellanos <rcastellanos@northfieldhp.com>',
   'This week: CMS prior auth API deadlines, denial rates, ER boarding', 'Tue, 18 Mar 2025 06:15:00 -0400',
"""HEALTHPOLICY BRIEF - Week of March 17

1) Prior authorization API timeline. Impacted payers must publish prior auth metrics
   on their public websites starting March 31, 2026 and stand up FHIR-based Prior
   Authorization APIs by January 2027. Decision timeframes: 72 hours urgent, 7
   calendar days standard for MA, Medicaid and CHIP.

2) Denial rates. A new analysis of 2023 marketplace data found in-network claim denial
   rates ranging from 2% to 49% across insurers; fewer than 1% of denied claims were
   appealed by consumers.

3) ER boarding. A survey of 1,200 ED nurses reported median boarding times over 6
   hours for psychiatric patients, with pediatric behavioral health worst.

Forward to a colleague | Manage preferences | Unsubscribe
""")

mk('clean', 'news', '"Quality Improvement" <quality@northfieldhp.com>', 'Network Providers <provider-news@northfieldhp.com>',
   'Provider Quality Bulletin: 2024 HEDIS results are in', 'Thu, 20 Mar 2025 10:00:00 -0400',
"""Provider Quality Bulletin - Spring 2025

Thank you to our network for a strong HEDIS MY2024! Plan-wide rates:

  Measure                                    MY2023   MY2024   90th pctl
  Breast Cancer Screening (BCS-E)            71.4%    74.9%    78.1%
  Colorectal Cancer Screening (COL-E)        62.0%    65.7%    70.3%
  Glycemic Status Assessment <8.0% (GSD)     58.8%    61.2%    64.9%
  Controlling High Blood Pressure (CBP)      63.5%    66.0%    71.2%
  Follow-Up After ED Visit for MH (7-day)    38.2%    44.6%    55.0%
  Prenatal care - timeliness (PPC)           84.9%    86.3%    91.0%

Gap-in-care lists for your attributed members are available in the provider portal
under Reports > Quality (secure login required - lists are not sent by email).

Questions: quality@northfieldhp.com or 555-0113.
""")

# ======================================================================
# CLEAN / staff
# ======================================================================
mk('clean', 'staff', ACHT, 'UM Nurse Reviewers <um-rn@northfieldhp.com>',
   'chest pain obs vs inpatient - clarification', 'Tue, 04 Mar 2025 13:20:09 -0500',
"""All,

Several questions this week on chest pain admissions, so to be consistent:

A typical case - say a 60s male, chest pain resolved, troponin negative x2, non-ischemic
ECG, stress test planned next morning - is observation, even if the hospital orders
inpatient. Don't approve inpatient on the order alone.

What moves it to inpatient: positive troponin trend, dynamic ECG changes, need for cath
during the stay, hemodynamic instability, or a second midnight clearly expected for
medical reasons (not for scheduling the stress test).

If you're unsure, send it to me or Dr. Nakamura-Pell rather than pending for more info;
the hospitals are complaining about pends and it hurts our timeliness.

Sam

Samuel Achterberg, MD, FACP
Associate Medical Director, Utilization Management
""", cte="base64")

mk('clean', 'staff', DENISE, 'UM Nurse Reviewers <um-rn@northfieldhp.com>',
   'CGM auth for type 1 - still needed?', 'Wed, 05 Mar 2025 10:42:55 -0500',
"""quick q - are we still requiring PA for CGM (Dexcom G7 / Libre 3) for type 1s on the
commercial plans, or did that go away with the Jan policy update? I have 2 in my queue
that look like they should auto-approve and Javelin is still routing them to me. the
policy PDF on the intranet still says 3+ fingersticks/day documentation.

thx
D
""")

mk('clean', 'staff', RENEE, 'UM Leadership <um-leads@northfieldhp.com>',
   'staffing tomorrow - short 2 CR nurses', 'Mon, 10 Mar 2025 16:48:00 -0400',
"""Heads up: Hyun-woo is out sick and Ben is at jury duty Tuesday. Census is 148 inpatient
members across 11 facilities this morning, 37 with reviews due tomorrow.

Plan:
 - Funmi and Lena split Mercy and St. Ambrose (largest volume)
 - Aurelio covers Lakeshore + Children's North from the TOC side
 - Prior auth team: Denise can take 5 of the SNF continued stays
 - Anything that can't be reviewed by 3pm gets a one-day extension per policy UM-114

I'll be on the floor covering intake.

R.
""")

mk('clean', 'staff', MARCUS, 'TOC Case Management <toc-cm@northfieldhp.com>',
   'case rounds Thurs - de-identified case', 'Tue, 11 Mar 2025 12:30:44 -0400',
"""For Thursday's rounds, I'll present this one (de-identified, please don't try to
look it up):

70s F, lives alone, heart failure with reduced EF, CKD 3. Three admissions in 90 days,
all for fluid overload, each time 4-5 days. Discharged on a loop diuretic each time,
doesn't weigh herself because the scale is broken and she can't read the numbers.
Adult daughter lives 2 hours away. No home health after the last admit because she
"didn't want strangers in the house".

Discussion questions:
 1. What could we have done at the 48-hr call?
 2. Is she a candidate for the remote monitoring program or the HF clinic?
 3. How do we approach home health refusal?

Marcus
""")

mk('clean', 'staff', PRIYA, 'Pharmacy Benefit Team <rx-team@northfieldhp.com>',
   'GLP-1 trend numbers for the P&T deck', 'Thu, 13 Mar 2025 15:05:21 -0500',
"""Hi team,

Numbers for Tuesday's P&T deck (all aggregate, commercial book):

  GLP-1 PMPM:   $18.42 (Q1 2024) -> $31.07 (Q4 2024)
  Utilizers:    3,912 -> 6,480
  PA approvals: 71% (T2DM), 12% (weight mgmt - excluded by most groups)
  Switch from semaglutide to tirzepatide after approval: ~14% within 6 months
  Persistence at 12 mo: 47%

Can someone sanity check the utilizer count against the Rx claims cube? I'm also
thinking we add a slide on the recall on the metformin ER lots - affected member count
only, not the list.

Priya
""")

mk('clean', 'staff', TOMASZ, 'Appeals & Grievances <ag-team@northfieldhp.com>',
   'reminder - expedited appeal clock', 'Fri, 07 Mar 2025 09:15:37 -0500',
"""Hi all,

After the audit finding last month, reminder on timing:

- Expedited (urgent pre-service) appeals: decision AND oral notification within 72
  hours of receipt - the clock starts when the fax hits the inbox, not when it is
  indexed. Weekends count.
- Standard pre-service: 30 calendar days. Post-service: 60 days.
- If the treating physician says it's urgent, we treat it as expedited. We do not
  second-guess that.
- Written notice within 3 calendar days of oral notice.

Tracking sheet is updated with the new "received time" column. Please fill it in.

Tomasz
""")

mk('clean', 'staff', '"Nakamura-Pell, Joanne MD" <jnakamurapell@northfieldhp.com>', 'Hospitalist Group Leads <hospitalist-leads@stambrosemc.org>',
   'peer-to-peer scheduling going forward', 'Mon, 17 Mar 2025 11:00:00 -0400',
"""Dr. Okonkwo, Dr. Feldstein, Dr. Varga,

Thank you for meeting with us last week. As agreed, starting April 1:

  - P2P requests can be made by calling 555-0145 or through the portal "Request P2P"
    button; we will offer a slot within 1 business day.
  - Our MDs will call your hospitalist's cell directly at the agreed time; please list
    a backup.
  - Slots available 7:30-9:00am and 4:00-6:00pm weekdays, 10-12 Saturdays.
  - P2P is available up to 14 days after a denial; after that it goes to formal appeal.

We'll review the volume together at the end of Q2.

Joanne Nakamura-Pell, MD
Medical Director, Utilization & Care Management
Northfield Family Health Plan
""", cc=ACHT)

# ======================================================================
# CLEAN / training
# ======================================================================
mk('clean', 'training', '"UM Education" <um-education@northfieldhp.com>', 'New Hire Cohort Mar25 <newhire-mar25@northfieldhp.com>',
   'Week 2 practice case - prior auth intake (TRAINING ENVIRONMENT)', 'Mon, 10 Mar 2025 08:00:00 -0400',
"""Welcome to week 2! Log into the Javelin UM *TRAINING* environment (jvl-trn) and
enter the following practice request. All data is fictitious test data.

  Member:       TEST, PATIENT  (ZZ test member)
  DOB:          01/01/1900
  Member ID:    ZZZ000000-01
  Requesting:   Dr. Trainer McTestface, NPI 0000000000
  Service:      MRI knee w/o contrast (CPT 73721)
  Clinical:     "Test patient reports knee pain x 8 weeks, completed 6 weeks PT"

Tasks:
 1. Verify eligibility (the test member is always active)
 2. Check the auth requirement grid
 3. Apply InterQual imaging criteria and route to the right queue

Answers will be reviewed at Wednesday's huddle. Never practice in production.

UM Education Team
""")

fhir_demo = """{
  "resourceType": "Patient",
  "id": "example",
  "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST", "display": "test health data"}]},
  "name": [{"family": "Doe", "given": ["John"]}],
  "gender": "male",
  "birthDate": "1970-01-01",
  "address": [{"line": ["123 Main St"], "city": "Anytown", "state": "XX", "postalCode": "00000"}]
}
"""
mk('clean', 'training', 'Chris Lamont <clamont@priorflow.example.io>', '"Ortiz, Rafael" <rortiz@northfieldhp.com>',
   'PriorFlow demo follow-up + sandbox creds', 'Wed, 12 Mar 2025 17:40:10 -0400',
"""Hi Rafael,

Great meeting today. As promised, the sandbox walkthrough uses only synthetic data -
"John Doe" and the Synthea-generated members. Sample Patient resource attached so your
team can test the $submit operation against the sandbox endpoint
(https://sandbox.priorflow.example.io/fhir).

Sandbox credentials will come separately from our security team.

Next steps:
 - 3/20: technical deep dive with your interoperability team
 - 3/27: pricing proposal

Chris Lamont
Solutions Engineer | PriorFlow
555-0106
""", atts=[('sample_patient_johndoe.json', fhir_demo, 'application/json')])

mk('clean', 'training', 'Dustin Rourke <drourke@stambrosemc.org>', 'EDI Ops <edi-ops@northfieldhp.com>',
   'test ADT for new IN1 mapping - TEST patient only', 'Thu, 06 Mar 2025 09:30:12 -0500',
"""Sending a test message through the TEST channel (processing ID T) to validate the
repeating IN1 fix. Patient is our standard ZZTEST record, not a real person.

MSH|^~\\&|EPIC|STAMBROSE|HIE_ADT|NFHP|20250306092800||ADT^A01^ADT_A01|TST0306092800|T|2.5.1
EVN|A01|20250306092800
PID|1||ZZ0000001^^^STAMBMRN^MR||ZZTEST^INTERFACE^ONE||19000101|U|||1 TEST ST^^TESTVILLE^PA^00000
PV1|1|I|TEST^001^A^STAMB||||9999999999^TESTDOC^ALPHA|||MED
IN1|1|NFHP-COMM|NFHP01|NORTHFIELD FAMILY HEALTH PLAN|||||||||||1|ZZTEST^INTERFACE^ONE|18|19000101|||||||||||||||||ZZZ000000-01
IN1|2|MCR|MCR01|MEDICARE TEST|||||||||||1|ZZTEST^INTERFACE^ONE|18|19000101|||||||||||||||||0TE0-ST0-AA00

Let me know if both IN1s land.

Dustin Rourke
HL7 Interface Analyst, St. Ambrose IS
""")

mk('clean', 'training', TOMASZ, 'Appeals & Grievances <ag-team@northfieldhp.com>',
   'updated L1 uphold letter template (v7)', 'Tue, 18 Mar 2025 14:25:33 -0400',
"""Legal signed off on the new template. Merge fields are in brackets; the example below
uses our sample member "Jane Sample" - please delete the example block before sending.

--------------------------------------------------------------
[DATE]

[MEMBER NAME]
[MEMBER ADDRESS]

Re: Appeal [CASE NUMBER]   Member ID: [MEMBER ID]

Dear [MEMBER NAME]:

We reviewed your appeal of the denial of [SERVICE] requested by [PROVIDER NAME] on
[REQUEST DATE]. A [SPECIALTY] physician who was not involved in the original decision
reviewed your case. We are upholding the denial because [CLINICAL RATIONALE - plain
language, 8th grade reading level].

You may request an external review ...
--------------------------------------------------------------
EXAMPLE (delete):  Jane Sample, 100 Example Ave, Sampletown; Appeal A-00-00000;
Member ID SAMPLE0001; service "sample outpatient procedure".

Tomasz
""")

mk('clean', 'training', '"Privacy Office" <privacy@northfieldhp.com>', 'All Staff <allstaff@northfieldhp.com>',
   'Annual HIPAA refresher - quiz due 3/31', 'Mon, 03 Mar 2025 09:00:00 -0500',
"""All workforce members must complete the annual HIPAA refresher in the LMS by 3/31.

Preview of this year's quiz (all examples are FICTIONAL):

Q3. Which of the following emails would be a privacy incident if sent to a broker?
   a) "Our Q4 readmission rate was 12.4% across the commercial book."
   b) "The sample member Mary Example (DOB 01/01/1950, ID SAMPLE-123) had a sample
       procedure." - fictional training record
   c) A spreadsheet listing employees' names with their large-claim diagnoses
   d) The P&T formulary update
   Answer: (c). De-identified aggregate data (a) and published material (d) are fine.

Q7. A member's daughter calls asking about her father's claim. What do you check first?
   Answer: an authorization/AOR on file.

Report suspected incidents to privacy@northfieldhp.com or the hotline 555-0199.

Northfield Family Health Plan Privacy Office
""")

x270 = """ISA*00*          *00*          *ZZ*TESTSUBMIT01   *ZZ*NFHP           *250305*1400*^*00501*000000001*0*T*:~
GS*HS*TESTSUBMIT01*NFHP*20250305*1400*1*X*005010X279A1~
ST*270*0001*005010X279A1~
BHT*0022*13*TEST0001*20250305*1400~
HL*1**20*1~
NM1*PR*2*NORTHFIELD FAMILY HEALTH PLAN*****PI*NFHP01~
HL*2*1*21*1~
NM1*1P*2*TEST PROVIDER GROUP*****XX*0000000000~
HL*3*2*22*0~
TRN*1*TEST-TRN-0001*9TESTCO001~
NM1*IL*1*DOE*JANE****MI*ZZTEST00001~
DMG*D8*19000101*F~
DTP*291*D8*20250305~
EQ*30~
SE*13*0001~
GE*1*1~
IEA*1*000000001~
"""
mk('clean', 'training', 'EDI Ops <edi-ops@northfieldhp.com>', 'Trading Partner Testing <tp-testing@clearbridge.example.com>',
   'Companion guide test case 4 - 270 with ISA15=T', 'Wed, 05 Mar 2025 14:12:40 -0500',
"""Hi Clearbridge team,

For certification test case 4 please submit the attached 270 exactly as-is to our
test gateway (ISA15 = T). The subscriber is our standing test member DOE, JANE /
ZZTEST00001 - expect a 271 with EB*1 (active) and a plan name of "TEST PLAN A".
Do not substitute production member data in the test environment.

NFHP EDI Operations
555-0121
""", atts=[('tc04_270_test.x12', x270, 'text/plain')])

# ---------------------------------------------------------------- labels
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for r in ROWS:
        w.writerow(r)
