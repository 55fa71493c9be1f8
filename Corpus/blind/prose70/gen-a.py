#!/usr/bin/env python3
"""Blind evaluation mail set: inpatient medicine / case management / discharge planning.
Standard library only, deterministic.  Usage: python3 gen.py OUTDIR"""
import os, sys, io, csv, json, zipfile, hashlib, random
from email.message import EmailMessage
from email.utils import format_datetime
import email.policy
from datetime import datetime, timezone, timedelta

SEED = 7001
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

EST = timezone(timedelta(hours=-5))
EDT = timezone(timedelta(hours=-4))
counts = {}
rows = []
serial = [0]


def when(s):
    dt = datetime.strptime(s, "%Y-%m-%d %H:%M")
    tz = EDT if dt >= datetime(2024, 3, 10, 3, 0) else EST
    dt = dt.replace(second=random.randint(0, 59), tzinfo=tz)
    return format_datetime(dt)


def mk(label, kind, patient, frm, to, subj, body, date, cc=None, html=None,
       atts=(), cte=None, headers=()):
    serial[0] += 1
    i = serial[0]
    counts[(label, kind)] = counts.get((label, kind), 0) + 1
    fn = '%s-%s-%03d.eml' % (label, kind, counts[(label, kind)])
    msg = EmailMessage()
    msg['From'] = frm
    msg['To'] = to
    if cc:
        msg['Cc'] = cc
    msg['Subject'] = subj
    msg['Date'] = when(date)
    dom = frm.split('@')[-1].strip('> ')
    msg['Message-ID'] = '<%s.%d@%s>' % (
        hashlib.sha1(('%d-%s' % (SEED, fn)).encode()).hexdigest()[:24], 1000 + i, dom)
    for k, v in headers:
        msg[k] = v
    if cte is None and max(len(l) for l in body.splitlines()) < 990:
        # many clients send unwrapped plain text as 7bit/8bit; others use quoted-printable
        r = random.random()
        if body.isascii() and r < 0.45:
            cte = '7bit'
        elif not body.isascii() and r < 0.3:
            cte = '8bit'
    if cte:
        msg.set_content(body, cte=cte)
    else:
        msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype='html')
    for fname, data, mt, st in atts:
        if isinstance(data, str):
            msg.add_attachment(data, subtype=st, filename=fname)
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    for j, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (i, j))
    with open(os.path.join(OUT, fn), 'wb') as f:
        f.write(msg.as_bytes(policy=email.policy.SMTP))
    rows.append((fn, label, kind, patient))


ZDT = (2024, 3, 11, 7, 30, 0)


def zip_bytes(files):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w') as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return b.getvalue()


def xml_esc(s):
    return (str(s).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;'))


def xlsx_bytes(table, sheet='Sheet1'):
    def col(n):
        s = ''
        n += 1
        while n:
            n, r = divmod(n - 1, 26)
            s = chr(65 + r) + s
        return s
    rws = []
    for ri, row in enumerate(table, 1):
        cells = ''.join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (col(ci), ri, xml_esc(v))
                        for ci, v in enumerate(row))
        rws.append('<row r="%d">%s</row>' % (ri, cells))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % ''.join(rws))
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
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xml_esc(sheet)),
        ('xl/_rels/workbook.xml.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml', sheet_xml),
    ]
    return zip_bytes(files)


def csv_text(table):
    b = io.StringIO()
    w = csv.writer(b, lineterminator='\r\n')
    w.writerows(table)
    return b.getvalue()


DISC = ("\n\nCONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the "
        "sole use of the intended recipient(s) and may contain confidential and privileged "
        "information. Any unauthorized review, use, disclosure or distribution is prohibited. "
        "If you are not the intended recipient, please contact the sender by reply e-mail and "
        "destroy all copies of the original message.\n")

OUTLOOK = (('X-Mailer', 'Microsoft Outlook 16.0'),)
IPHONE = (('X-Mailer', 'iPhone Mail (21D61)'),)

# people
NAIR = '"Nair, Priyanka MD" <pnair@cedarpointhospitalists.com>'
FELDMAN = '"Feldman, Samuel MD" <sfeldman@cedarpointhospitalists.com>'
MEHTA = '"Mehta, Anil MD" <amehta@cedarpointhospitalists.com>'
WHITCOMBE = 'Hannah Whitcombe <hwhitcombe@cedarpointhospitalists.com>'
BAKARE = '"Bakare, Olumide MD" <obakare@cedarpointhospitalists.com>'
OKORO = '"Okoro, Janet RN" <jokoro@hvmc.org>'
THORNTON = 'Rebecca Thornton <rthornton@hvmc.org>'
DUARTE = '"Duarte, Kimberly" <kduarte@hvmc.org>'
GALLAGHER = '"Gallagher, Sean LCSW" <sgallagher@hvmc.org>'
BELL = '"Bell, Marcus RN" <mbell@hvmc.org>'
NWOSU = '"Nwosu, Amara RN" <anwosu@hvmc.org>'
SANDOVAL = '"Sandoval, Ruth" <rsandoval@hvmc.org>'
PIERCE = 'Yolanda Pierce <ypierce@hvmc.org>'
CHEN = '"Chen, Grace PharmD" <gchen@hvmc.org>'
MARCHETTI = '"Marchetti, Lisa RN" <lmarchetti@hvmc.org>'
BENITEZ = '"Benitez, Carla" <cbenitez@hvmc.org>'

# =====================================================================
# PHI - care
# =====================================================================
mk('phi', 'care', 'Pettibone', NAIR, OKORO, '4W 412 - dispo',
"""Janet,

Harold Pettibone in 412 - his echo came back this morning and looks ok, so no more cardiac workup while he's inpatient. PT saw him twice yesterday, he walked about 150 ft with a rolling walker but needed min assist on the stairs and he lives alone with 14 steps up to the apartment. PT is recommending SNF, OT agrees.

I stopped the warfarin and started apixaban 5 bid today so he won't need INR checks at the facility. Can you start sending referrals? He mentioned his sister lives near Linden Ridge so maybe try them first.

Medically he'd be ready tomorrow if we can get a bed.

thanks
Priya

Priyanka Nair, MD
Hospitalist | Cedar Point Hospitalist Associates
Harrow Valley Medical Center, 4 West
pager 4417
""" + DISC, '2024-03-05 11:42', headers=OUTLOOK)

mk('phi', 'care', 'Albright', BELL, FELDMAN, 'fall 5E overnight',
"""Dr Feldman - fyi Doris Albright in 5E-09 was found on the floor next to her bed at 0340, says she was trying to get to the bathroom by herself. no LOC per pt. the CT head you ordered is done and prelim neg per rads. vitals stable, neuro checks q1h x4 then q4h. bed alarm on now and we moved her to 5E-02 closer to the station. daughter notified 0415.
incident report filed IR-24-0611

Marcus
charge RN 5 East nights x6214
""", '2024-03-06 05:07')

ptot = """PHYSICAL THERAPY DAILY NOTE                     03/06/2024 10:15
Pt: CASTELLANOS, GLORIA        Rm 3N-318      Attending: Albers / Nair
Precautions: posterior hip precautions, WBAT RLE, fall risk

Bed mobility: min A with leg lifter
Sit<>stand: mod A x1 from elevated surface, cues for hand placement
Gait: 75 ft with RW, CGA to min A, antalgic, 2 standing rest breaks
Stairs: not attempted
Pain: 6/10 with activity, premedicated 30 min prior

Assessment: pt progressing but well below baseline (indep, driving, lives w/ spouse,
2 STE). Would benefit from intensive inpatient rehab 3 hrs/day; pt motivated and
tolerating 2 sessions/day.
Plan: continue daily. D/C rec: IRF.
-- K. Yamada, PT, DPT

OCCUPATIONAL THERAPY NOTE                       03/06/2024 13:40
LB dressing: max A, reacher/sock aid training initiated
Toileting: mod A, requires raised toilet seat / 3-in-1 commode
Grooming: set-up, seated at sink
Recommend: IRF. DME: 3-in-1 commode, long-handled sponge
-- L. Brandt, OTR/L
"""
mk('phi', 'care', 'Castellanos', THORNTON, 'Linden Ridge Admissions <intake@lindenridgerehab.com>',
   'Referral - Castellanos, Gloria - acute rehab',
"""Good afternoon Linden Ridge intake team,

Sending over a referral for Gloria Castellanos, 74 y/o, admitted to us 3/2 after a fall at home. She had her right hip repaired (ORIF) on 3/4 with Dr. Albers. She is weight bearing as tolerated and on enoxaparin 40 mg daily for 28 days post-op. She has been working with PT/OT daily, currently walking 75 ft with a rolling walker, mod assist for transfers. Before this she was fully independent and still driving.

Insurance is traditional Medicare with an AARP supplement. She and her husband would strongly prefer your facility.

Most recent PT/OT notes are attached. H&P and op note will follow by fax (the packet is too big for email).

Please let me know if you can offer a bed - target discharge Friday 3/8.

Thank you,
Rebecca Thornton, RN, BSN, ACM
Case Manager, 3 North Ortho/Medicine
Harrow Valley Medical Center
P: (555) 014-7721   F: (555) 014-7790
""" + DISC, '2024-03-06 14:55', atts=[('Castellanos_PT_OT_030624.txt', ptot, 'text', 'plain')],
   headers=OUTLOOK)

mk('phi', 'care', 'Haines', MARCHETTI, FELDMAN, 'FW: post-dc call - Haines',
"""Dr Feldman, forwarding since you were his attending. I think he needs an earlier f/u than the 19th - can your office or the heart failure clinic squeeze him in this week?

Lisa

-----Original Message-----
From: Marchetti, Lisa
Sent: Friday, March 8, 2024 10:52 AM
To: Transitions of Care Calls
Subject: post-dc call - Haines

48 hr call completed w/ Delbert Haines (dc'd 3/6 from 4W).
- says he is taking the new furosemide 40 mg every morning, picked up from Walgreens 3/6
- weighing daily: 3/7 = 212, today 215.5. dc weight was 211
- ankles "a bit puffier", sleeping on 2 pillows, no worse SOB than usual
- home health (BrightPath) did the first visit yesterday
- has NOT scheduled PCP, says nobody told him to. cardiology appt is 3/19
Reinforced 2 g sodium diet, call if weight up 2 more lbs. Routed to attending.

Lisa Marchetti, RN
Transitions of Care | Harrow Valley Medical Center
(555) 014-7300
""", '2024-03-08 11:06', headers=OUTLOOK)

mk('phi', 'care', 'Fogarty', PIERCE, MEHTA, 'critical lab 518',
"""Dr. Mehta,

Lab called a critical potassium of 2.9 on Bernadette Fogarty, 5W-518, at 14:22. Read back done. Her nurse Kayla is aware - they're asking if you want IV or PO replacement and when you want the repeat BMP.

Please call 5W at x6230.

Yolanda Pierce
Unit Secretary, 5 West
""", '2024-03-07 14:26',
html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dr. Mehta,</p>
<p>Lab called a <b><span style="color:#C00000">critical potassium of 2.9</span></b> on <b>Bernadette Fogarty, 5W-518</b>, at 14:22. Read back done. Her nurse Kayla is aware - they're asking if you want IV or PO replacement and when you want the repeat BMP.</p>
<p>Please call 5W at x6230.</p>
<p>Yolanda Pierce<br>Unit Secretary, 5 West</p>
</body></html>""", headers=OUTLOOK)

mk('phi', 'care', 'Decker', GALLAGHER, 'BrightPath Referrals <referrals@brightpathhh.com>',
   'New SOC Thursday - Decker',
"""Hi Monica,

Following up on my voicemail. Lorraine Decker is going home tomorrow (3/13) afternoon by ambulette, orders are in the portal. She'll need:

- skilled nursing for wound care - the pressure sore on her tailbone, dressing change every 2 days with foam dressing, and please measure it weekly
- PT and OT eval and treat
- home health aide 3x/wk for bathing if you have availability

She's also going home on a new insulin regimen (Lantus 18 units at bedtime) and her husband is still learning to give the injections, so nursing teaching on that would be great.

Her husband Ron is the main contact, cell 555-0199. Start of care Thursday would be ideal.

Thanks!
Sean

Sean Gallagher, LCSW
Social Work, Medicine 6 East
Harrow Valley Medical Center
""" + DISC, '2024-03-12 15:31')

mk('phi', 'care', 'Lindqvist', WHITCOMBE, 'drlevin@riversidefamilymed.com',
   'your pt Tobias Lindqvist - discharged today',
"""Dr. Levin,

Quick heads-up ahead of the formal discharge summary - Tobias Lindqvist was with us 3/1 through today with black stools and a hemoglobin of 6.8. He got 2 units of blood, GI scoped him on 3/2 and found a bleeding ulcer in the duodenum, which they clipped. No repeat scope needed per GI.

He's going home on pantoprazole 40 mg twice daily x 8 weeks, then once daily. We stopped his naproxen - please don't restart it (he'd been taking it for his knee). Aspirin 81 is on hold; GI is OK restarting it 3/13 given his stent history.

Last hgb 9.1 this morning. Would appreciate a CBC at your visit – his wife says he's on your schedule 3/12 at 10:40.

Best,
Hannah Whitcombe, DO
Cedar Point Hospitalist Associates
(555) 014-7000 ext 3  |  Fax (555) 014-7005
""", '2024-03-06 16:18', cte='quoted-printable')

mk('phi', 'care', 'Talbot', CHEN, MEHTA, 'med rec question - rm 602',
"""Hi Dr. Mehta,

For Eunice Talbot in 602 - the MAR that came over from St. Agnes Manor doesn't match her admission orders:

  St. Agnes:   metoprolol tartrate 25 mg BID, glargine 22 units qHS, furosemide 20 mg daily
  Our orders:  metoprolol 50 mg BID (you uptitrated 3/5), glargine 14 units qHS (cut after the
               low sugars on 3/4), furosemide held

When she goes back to St. Agnes I want to make sure they get the new doses and don't just resume the old list. Should the furosemide stay held? Creatinine 1.6 this morning, down from 2.1.

Grace Chen, PharmD, BCPS
Clinical Pharmacist, Internal Medicine
x5512
""", '2024-03-07 09:48', headers=OUTLOOK)

# =====================================================================
# PHI - names
# =====================================================================
mk('phi', 'names', 'Nguyễn Thị Hoa', DUARTE, 'Dana Whitley <admissions@maplecrestcare.net>',
   'Nguyễn Thị Hoa – bed offer?',
"""Hi Dana,
any word on the bed offer? Family is calling me every hour and she has been medically ready since Tuesday. Her son said they toured on Sunday and liked it. If you need the updated PT note or the negative covid swab from this morning just let me know and I'll send it through the portal.

thx
Kim

Kimberly Duarte, RN
Case Management | Harrow Valley Medical Center
(555) 014-7725
""", '2024-03-08 10:12')

mk('phi', 'names', 'Adeyemi-Okonkwo', FELDMAN, 'Respiratory Therapy <rt-dept@hvmc.org>',
   'O2 qual walk needed today', 
"""Adeyemi-Okonkwo, Chukwuemeka - 6E 614

Needs a home O2 qualifying walk before dc today. Sat'd 86% on RA walking the hall w/ PT yesterday, 93% on 2L. Can RT document the 3-part test (rest on RA, exertion on RA, exertion on O2) in one note so the vendor will take it? Family already picked AirWise.

-- Feldman
""", '2024-03-11 08:03', cc=OKORO)

mk('phi', 'names', 'Van der Berg', NWOSU, MEHTA, 'RE: family meeting',
"""Mrs. Van der Berg's daughter called again this morning - she wants to know if the feeding tube placement is still on for Thursday and whether her mom can go back to Maple Crest with the tube or needs a different place. I told her you'd call after rounds. Her number is in the chart, she's the HCP.

Also GI wants the heparin drip held 6 hrs before.

Amara

On Mon, Mar 11, 2024 at 4:02 PM Anil Mehta <amehta@cedarpointhospitalists.com> wrote:
> Can we set up a family meeting for Wed 2pm w/ SW and palliative? Need to talk through goals
> before the PEG. Daughter + son if possible.
>
> AM
""", '2024-03-12 08:37')

mk('phi', 'names', 'Tomasz', NWOSU, 'renal fellow on call <renal-fellow@hvmc.org>',
   '621 refusing HD again',
"""hi - Tomasz in 621 is refusing dialysis again today, says he "feels fine" and wants to go home. 2nd missed session this week. his wife is coming at 3 and he listens to her more. can someone from renal come talk to him before the chair time is lost? he also asked for the Polish interpreter, I put the request in.

Amara
6 East charge
""", '2024-03-13 11:20')

mk('phi', 'names', 'Al-Hashimi', OKORO, 'Gallagher, Sean <sgallagher@hvmc.org>', 'FW: Authorization Determination - APPROVED',
"""approved!! can you let Mr. Al-Hashimi's son know? I'll call Maple Crest for a Saturday AM admit and book the ambulette.

Janet

-----Original Message-----
From: Summit Health Plan UM <um-notifications@summithealthplan.com>
Sent: Friday, March 8, 2024 3:41 PM
To: Okoro, Janet RN <jokoro@hvmc.org>
Subject: Authorization Determination - APPROVED

This is to notify you of a determination on the following request.

Member:             AL-HASHIMI, MOHAMMED K.
Request type:       Skilled Nursing Facility - Initial
Servicing facility: Maple Crest Care Center
Determination:      APPROVED
Approved days:      7 (03/09/2024 - 03/15/2024)
Next review:        03/14/2024 - submit updated therapy notes by 12:00 PM
Reference #:        UM24-0309-44817

Questions: UM department 1-800-555-0142, option 3.
This message was sent from an unmonitored mailbox.
""", '2024-03-08 15:52', headers=OUTLOOK)

mk('phi', 'names', 'Peña-Ibarra', GALLAGHER, 'CM 6 East <cm-6east@hvmc.org>', 'Peña-Ibarra placement update',
"""Team,

Update on José Ángel Peña-Ibarra (6E-608): his Medicaid application went in 3/7 through the county and is pending. Three SNFs have declined him because of the pending payer source. St. Agnes Manor said they'd consider Medicaid-pending if we send the application confirmation number, which I have, so I'm sending the packet there today.

Sr. Peña-Ibarra is agreeable. His niece is worried about the distance (she doesn't drive) - I gave her the bus route info.

I'll update at IDT tomorrow.

Sean
""", '2024-03-11 13:05', cte='base64')

mk('phi', 'names', 'Venkataraman', DUARTE, 'AirWise Home Medical Orders <orders@airwisehm.com>',
   'DME order - Venkataraman - needs delivery by Thurs',
"""Hello,

Please see order below for delivery before discharge on Thursday 3/14:

Patient: Ms. Lakshmi Venkataraman
Items: semi-electric hospital bed w/ half rails, pressure-redistribution mattress,
       Hoyer lift with 2 full-body slings, 3-in-1 commode
Delivery to the home; her son Arjun will be there after 4pm.
Face-to-face note and signed order were uploaded to your portal this morning by Dr. Nair.

She's been in bed for most of this admission and can't bear weight right now, so the bed and lift need to be set up before the ambulance gets there.

Thanks,
Kim Duarte RN CM
Harrow Valley Medical Center
""", '2024-03-12 10:44')

mk('phi', 'names', 'Zhang', SANDOVAL, 'MediRide Dispatch <dispatch@medirideambulette.com>',
   'BLS transport 3/15 1400 - ZHANG',
"""Pickup: Harrow Valley Medical Center, 4 West, rm 405
Pt: ZHANG Wei-Ming
To: Linden Ridge Rehabilitation, 220 Orchard Pkwy
Time: Fri 3/15 2:00 PM
Level: BLS stretcher, on 2L O2 via nasal cannula
Wt approx 68 kg. Daughter will meet him at the facility.
Mr. Zhang speaks Mandarin, limited English.

Call the 4W desk x6200 with ETA.
Thanks - Ruth, 4W unit clerk
""", '2024-03-14 16:30')

# =====================================================================
# PHI - self (patients / carers)
# =====================================================================
mk('phi', 'self', 'Oyelaran', 'Margie O <margieoyelaran51@gmail.com>', 'Discharge Planning <dischargeplanning@hvmc.org>',
   'oxygen never came',
"""Hello,

My name is Marguerite Oyelaran, I was discharged last Thursday from the 5th floor. I was told someone would deliver my oxygen concentrator to the house on Friday but nobody came and nobody called. I'm using the little tanks they sent me home with and I only have 2 left. I need it at night especially.

My birthday is 6/14/1951 if you need it to look me up. The company name on my paper says Keystone.

Please help,
Margie
""", '2024-03-11 07:58')

mk('phi', 'self', 'Strand', 'Karen Strand-Bishop <kstrandbishop@outlook.com>', GALLAGHER,
   'my mother - 5E',
"""Hi Sean,

Thank you for calling me back yesterday. As I said, I'm my mother's health care proxy (Evelyn Strand, born 2/11/1938, she's on 5 East). I don't have the proxy paperwork with me at work but I can bring it in Saturday.

I've talked it over with my brother and we don't want Maple Crest - my aunt was there and it was not a good experience. Can you send her information to Linden Ridge or St. Agnes instead?

Also her hearing aids went missing after she was moved up from the ER. Can someone look for them? They're in a small blue case.

I'm worried she's being sent out too soon, she still gets confused in the late afternoons and yesterday she didn't recognize the nurse she'd had all morning.

Karen
cell 555-0110
""", '2024-03-07 12:15', headers=IPHONE)

mk('phi', 'self', 'Blankenship', 'curt blankenship <cblankenship1957@yahoo.com>', 'HVMC Transitions of Care <toc@hvmc.org>',
   'Re: Harrow Valley follow up call',
"""yes this is Curtis Blankenship returning your call from yesterday sorry i missed it. im doing ok, the water pill makes me up all night peeing tho. is it ok to take it in the morning instead of at night? also nobody called me about the appt with the heart doctor, i thought they were suppose to.
my number is 555-0163 best after 11

Curt

On Tue, Mar 12, 2024 at 9:15 AM, HVMC Transitions of Care <toc@hvmc.org> wrote:
> Hello Mr. Blankenship,
>
> This is Lisa from Harrow Valley Medical Center following up after your recent
> hospital stay. We tried calling you at the number on file. Please call us back at
> (555) 014-7300 or reply to this email at your convenience.
>
> Lisa Marchetti, RN
> Transitions of Care
""", '2024-03-13 19:47')

mk('phi', 'self', 'Raghunathan', 'Priya Raghunathan <priya.raghu79@gmail.com>', 'HIM Release of Information <roi@hvmc.org>',
   'request for discharge summary and therapy notes',
"""Hello,

I'm writing to request a copy of my discharge summary and my physical/occupational therapy notes from my hospital stay March 3-7, 2024 (medicine floor, 6 East).

Name: Priya Raghunathan
DOB: 1979-09-22
Address: 87 Quarry Lane, Millbrook PA 18999

My insurance (Summit Health Plan) denied the inpatient rehab the doctors recommended after my stroke and I'm going to appeal. Rebecca the case manager said the therapy notes would help. I'm at home now with my husband helping me and doing outpatient PT twice a week, but my left arm is still very weak and I can't drive.

Can these be sent by email or do I need to come in and sign something?

Thank you,
Priya
""", '2024-03-12 21:03', cte='base64')

mk('phi', 'self', 'Lund', 'Herbert Lund <hlund.carpentry@gmail.com>', OKORO, 'Re: your rehab coverage',
"""Dear Ms. Okoro,

Thank you for explaining things on the phone. I got the letter today from my Medicare plan saying they will stop paying for my rehab at Linden Ridge on Friday. I am 81 and I still can't get up out of the chair by myself, and the therapist there agrees with me. I want to do the fast appeal you told me about. My member number on the card is LMC 3308 1172 02.

My daughter Ingrid can help with the phone calls if needed, 555-0147.

Sincerely,
Herbert Lund

> On Mar 13, 2024, at 2:10 PM, Okoro, Janet RN <jokoro@hvmc.org> wrote:
>
> Mr. Lund,
> As we discussed, if you receive a Notice of Medicare Non-Coverage from your plan
> you have the right to a fast appeal through the QIO. The phone number is on the
> notice. You need to call by noon the day before services end. Please let me know
> if I can help.
>
> Janet Okoro, RN, CCM
""", '2024-03-13 18:22')

mk('phi', 'self', 'Whitfield', 'Dolores Whitfield <dwhitfield44@comcast.net>', 'AirWise Customer Service <service@airwisehm.com>',
   'WRONG WALKER',
"""To whom it may concern,

I was sent home from Harrow Valley hospital on Monday after my knee replacement got infected and they had to go in and clean it out. Your company delivered a walker but it's the wrong kind. It has no wheels and the therapist told me to use one with 2 front wheels. I can't lift it and walk at the same time. Also the shower chair never came at all.

I am still getting the IV antibiotic every day through the line in my arm and the nurse comes Tues and Fri.

My order # is 118823. Please call me 555-0127.

Dolores Whitfield
""", '2024-03-13 09:31')

mk('phi', 'self', 'Asante-Boateng', 'Kwame A. <kwame.asanteb@icloud.com>', 'Hospitalist Office <office@cedarpointhospitalists.com>',
   'papers for work',
"""Hi this is Kwame Asante-Boateng I was in rm 712 last week. Can u send the papers for my job? I was in the hospital 3/4 to 3/9 for the blood clot in my lung and they need a letter saying when I can go back. The doctor said maybe 2 weeks. I'm still on the blood thinner (Eliquis) twice a day.

Thanks
Kwame

Sent from my iPhone
""", '2024-03-14 08:11',
html="""<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto"><div dir="ltr">Hi this is Kwame Asante-Boateng I was in rm 712 last week. Can u send the papers for my job? I was in the hospital 3/4 to 3/9 for the blood clot in my lung and they need a letter saying when I can go back. The doctor said maybe 2 weeks. I&#8217;m still on the blood thinner (Eliquis) twice a day.</div><div dir="ltr"><br></div><div dir="ltr">Thanks</div><div dir="ltr">Kwame<br><br><div dir="ltr">Sent from my iPhone</div></div></body></html>""",
   headers=IPHONE)

# =====================================================================
# PHI - ids
# =====================================================================
mk('phi', 'ids', 'Ferreira', SANDOVAL, 'Patient Registration <registration@hvmc.org>', 'wrong DOB on admit - 4W',
"""Hi Registration,

Pt in 4W-417 was registered with DOB 4.3.88 but her ID says 3.4.88 (March 4 1988). Rosalind Ferreira, MRN 00418827. The wristband is wrong too so we can't scan her IV antibiotics for the cellulitis without overriding every dose. Can someone come up and fix it and reprint the band?

Ruth Sandoval
Unit Clerk, 4 West  x6200
""", '2024-03-09 07:22')

mk('phi', 'ids', 'Marsh', OKORO, 'Summit UM Intake <um-intake@summithealthplan.com>',
   'SNF auth request - member SHP884210337',
"""Summit UM team,

Submitting initial SNF authorization request.

Member ID: SHP884210337
Name: Edwin Marsh
DOB: 19470712
Acute admit: 03/05/2024, Harrow Valley Medical Center (NPI 1598773320)
Requested facility: St. Agnes Manor (NPI 1306642118)
Requested start: 03/11/2024

Clinical summary: 76M admitted with pneumonia, 4 days IV antibiotics, now on oral. Ambulates 40 ft with RW and contact guard, desats to 88% on RA with exertion, now on 2L. Lives alone, previously independent. PT/OT recommend SNF. Clinicals uploaded to the portal.

Portal reference: AUTH-24-0339812

Janet Okoro, RN, CCM
Case Management, Harrow Valley Medical Center
P (555) 014-7724  F (555) 014-7790
""" + DISC, '2024-03-09 13:40', headers=OUTLOOK)

mk('phi', 'ids', 'Osei', WHITCOMBE, 'Keystone Respiratory Intake <intake@keystonerespiratory.com>',
   'home O2 set up today pls',
"""Keystone intake,

New home oxygen order, dc today by 3pm:

Lillian Osei
4418 Copper Hollow Rd Apt 2B
Millbrook, PA 18999
home (555) 014-2238 / cell (555) 014-9051 (daughter Abena)
Ins: Medicare + Lakeshore Medicaid

Rx: O2 2 L/min via nasal cannula, continuous incl. exertion and sleep. Concentrator + portable (E tanks or POC if covered). Length of need 12 mo.
Qualifying: SpO2 85% on room air at rest 3/11 @ 0930, 94% on 2L.

CMN / order signed. Please confirm you can get a portable tank to the room (4W-410) before she leaves.

Hannah Whitcombe, DO
""", '2024-03-11 10:02', cc=DUARTE)

mk('phi', 'ids', 'Gutierrez', 'HVMC Microbiology <micro-lab@hvmc.org>', MEHTA, 'POSITIVE BLOOD CULTURE - call micro',
"""Microbiology notification per critical value protocol - no answer on pager 4433.

Acc# 24-067-H-00913   collected 03/07 22:10   5W bed 9
Gram stain: gram positive cocci in clusters, 1 of 2 bottles, time to positivity 14h
ID/susceptibilities to follow.
Acct 7700231945 / GUTIERREZ, OSWALDO

Please call micro x4471 to acknowledge. Auto-generated; do not reply.
""", '2024-03-08 12:16')

mk('phi', 'ids', 'Abernathy', 'Readmissions Review <readmit-review@hvmc.org>', NAIR, '30d readmit flag',
"""Abernathy 1187732 came back through the ED last night, DOB 12 Nov 1942 - d/c'd from your service 2/26 to home with HH. 30-day readmit, same DRG family (HF). Can you or the attending complete the readmission review form by Fri?

thx - Dani
Quality & Readmissions
""", '2024-03-12 08:55')

mk('phi', 'ids', 'Blevins', OKORO, 'Tonya Reyes <treyes@stagnesmanor.org>', 'Blevins - Medicare info for admission packet',
"""Hi Tonya,

Per your request for the admission packet, for Nora Blevins:

Medicare MBI 1EG4-TE5-MK73 (Part A & B)
SSN last 4: 6621
No secondary. She does not have Medicaid.
She was admitted inpatient 3/6 so the 3-midnight qualifying stay is met as of tonight; her PT note from today and the face sheet will come by fax.

Planning transport for tomorrow around 11. Let me know if the room is ready earlier.

Janet
""", '2024-03-09 16:48')

efax_txt = """You have received a 3 page fax.
From: 555-014-8832   Received: 03/11/2024 16:42   Pages: 3
Job ID: FX-2024031116420077

--- OCR text (page 1) ---
BRIGHTPATH HOME HEALTH - RESUMPTION OF CARE REQUEST
Patient: DESROSIERS, JEAN-CLAUDE        DOB: 08/30/1955
Phone: (555) 014-6610                   Agency MRN: BP-220917
Hospital MRN: 00392214
Reason: patient was hospitalized 3/2-3/8 at your facility. Agency needs updated
medication list and wound care orders before the ROC visit on 3/12.
Please fax to 555-014-8833, attn: Intake.
"""
mk('phi', 'ids', 'Desrosiers', 'HVMC eFax <efax-noreply@hvmc.org>', 'CM Intake <cm-intake@hvmc.org>',
   'Fax received from 5550148832 (3 pages)', efax_txt, '2024-03-11 16:43',
   html='<html><body><pre style="font-family:Consolas,monospace">' + xml_esc(efax_txt) + '</pre></body></html>')

mk('phi', 'ids', 'Pruitt', 'Amber Castillo <acastillo@brightpathhh.com>', 'Hospitalist Office <office@cedarpointhospitalists.com>',
   'URGENT question re pt discharged 3/9',
"""Hello,

This is Amber with BrightPath Home Health. We did the start of care visit today for Mr. Pruitt (Lawrence Pruitt, DOB 07-Jan-1950, 19 Willow Bend Ct). The discharge paperwork lists both warfarin 5 mg and Eliquis 5 mg BID. He has both bottles at home and has been taking both since Saturday. He has some bruising on his forearms, no bleeding otherwise.

Can the discharging hospitalist clarify ASAP which one he should be on? We also don't have his last INR.

Please call me at 555-0135, I'm in the field all afternoon.

Amber Castillo, RN
Field Clinician | BrightPath Home Health
""", '2024-03-11 13:27')

# =====================================================================
# PHI - lists
# =====================================================================
mk('phi', 'lists', 'Kowalczyk; Brandt; Mahoney; Ibekwe; Pettibone; Sorensen', BELL, '4W Huddle <4w-huddle@hvmc.org>',
   '4W dc huddle 3/7 - notes',
"""4W progression huddle 0930, 3/7
Present: Feldman (hospitalist), Okoro (CM), Gallagher (SW), Bell (charge), PT

* 401 Kowalczyk, Stanisław - SNF, Summit auth submitted 3/6, still waiting. med ready
* 404 Brandt, Eleanor - home today w/ HH, needs O2 delivered before 1200 -> Kim calling AirWise
* 407 Mahoney - stays, still on heparin gtt, IR tomorrow for the filter
* 409 Ibekwe, Ngozi - LTACH referral for vent weaning; family mtg Fri 2pm
* 412 Pettibone - SNF referrals out, Linden Ridge 1st choice
* 415 Sorensen - possible dc tomorrow, waiting on MRI read
* 418 blocked (sink leak)

Escalations: Kowalczyk auth >24h -> Janet to request peer-to-peer.
Expected dcs today: 2   tomorrow: 2-3

Marcus
""", '2024-03-07 10:05')

tab = "\t".join
mk('phi', 'lists', 'Kowalczyk; Mwangi; Ferraro; Peña-Ibarra; Whitlock', OKORO, BENITEZ, 'avoidable days - current list',
"Hi Carla - here's where we are as of this morning, everyone with 1+ avoidable day:\n\n" + "\n".join([
    tab(['Unit', 'Rm', 'Patient', 'MRN', 'Admit', 'Med ready', 'Barrier', 'Avoid days']),
    tab(['4W', '401', 'Kowalczyk, Stanislaw', '00377120', '03/01', '03/05', 'SNF auth (Summit)', '2']),
    tab(['5E', '507', 'Mwangi, Esther', '00402281', '02/28', '03/04', 'guardianship petition filed 3/5', '3']),
    tab(['5E', '515', 'Ferraro, Dominic', '00299174', '03/03', '03/06', 'LTACH bed, trach/vent', '1']),
    tab(['6E', '608', 'Pena-Ibarra, Jose', '00415530', '02/26', '03/01', 'Medicaid pending, 3 SNF declines', '6']),
    tab(['6E', '619', 'Whitlock, Barbara', '00388016', '03/02', '03/05', 'family declined all SNF offers', '2']),
]) + """

Pena-Ibarra is the one I'd escalate to the exec huddle. Whitlock - Sean is doing another family meeting today.

Janet
""", '2024-03-07 08:31', headers=OUTLOOK)

mk('phi', 'lists', 'Hollis; O\'Dwyer; Baptiste; Lindgren; Szabo', BAKARE, 'Hospitalist Day Team <hosp-day@cedarpointhospitalists.com>',
   'night signout 3/9 -> 3/10 (5W)',
"""am team - quiet-ish night. details below, nothing pending except the 2 flagged.

| Rm     | Pt                   | Overnight                                   | To do                                   |
|--------|----------------------|---------------------------------------------|-----------------------------------------|
| 5W-502 | Hollis, Raymond      | BP 190s, hydralazine 10 IV x1, now 150s      | recheck BMP, ?restart home amlodipine   |
| 5W-511 | O'Dwyer, Siobhán     | agitated 0200, pulled PIV, haldol 0.5 x1     | ** delirium w/u, family wants call 9am  |
| 5W-514 | Baptiste, Jean       | temp 38.6, cx x2 sent, CXR clear            | ** f/u cultures, UA pending             |
| 5W-520 | Lindgren, Arvid      | no events                                   | dc to Linden Ridge today, summary done  |
| 5W-523 | Szabo, Katalin       | glucose 48 at 0300, D50 given, ok since     | cut glargine, hold sulfonylurea         |

- Olu
Olumide Bakare, MD | Nocturnist
""", '2024-03-10 06:48')

fixed = """TOC CALL LIST   week of 03/11/2024                 callers: L. Marchetti / D. Frye
------------------------------------------------------------------------------------
NAME                 MRN       DC     DISPO     PHONE          RISK  NOTES
Haines, Delbert      00401175  03/06  HOME+HH   555-014-2290   HIGH  wt +4.5 lb, routed
Blankenship, Curtis  00412267  03/09  HOME      555-0163       MED   LVM x1, emailed
Quintero, Alma       00398841  03/08  HOME      555-014-7712   HIGH  meds not picked up
Mbeki, Thandiwe      00417730  03/10  HOME+HH   555-014-0038   MED
Rourke, Patrick      00366502  03/07  SNF       --             --    SNF, no call needed
Yilmaz, Emine        00420019  03/10  HOME      555-014-5521   LOW   interpreter (Turkish)
------------------------------------------------------------------------------------
"""
mk('phi', 'lists', 'Haines; Blankenship; Quintero; Mbeki; Rourke; Yilmaz', MARCHETTI, 'Frye, Dana <dfrye@hvmc.org>',
   'call list this wk', "Dana - list for this week, I took Haines and Blankenship already. Can you do the rest by Wed? Use fixed font or it looks weird.\n\n" + fixed + "\nL\n",
   '2024-03-11 08:05',
   html='<html><body><p>Dana - list for this week, I took Haines and Blankenship already. Can you do the rest by Wed?</p><pre style="font-family:Courier New,monospace;font-size:9pt">' + xml_esc(fixed) + '</pre><p>L</p></body></html>',
   headers=OUTLOOK)

pend = csv_text([
    ['last_name', 'first_name', 'dob', 'mrn', 'unit', 'payer', 'referred_to', 'status', 'notes'],
    ['Kowalczyk', 'Stanislaw', '1939-10-02', '00377120', '4W', 'Summit MA', 'Linden Ridge', 'auth pending', 'P2P requested 3/7'],
    ['Whitlock', 'Barbara', '1944-06-19', '00388016', '6E', 'Medicare A', 'Linden Ridge', 'reviewing', 'family prefers LR only'],
    ['Dubois', 'Marguerite', '1941-02-26', '00405512', '5E', 'Summit MA', 'Linden Ridge', 'accepted', 'bed 3/12'],
    ['Tremblay', 'Lucie', '1950-11-08', '00418902', '4W', 'Medicare A', 'Linden Ridge', 'accepted', 'dc 3/8 done'],
    ['Okafor', 'Emmanuel', '1958-04-14', '00409963', '6E', 'Lakeshore Medicaid', 'Linden Ridge', 'declined', 'behaviors - resend w/ psych note'],
])
mk('phi', 'lists', 'Kowalczyk; Whitlock; Dubois; Tremblay; Okafor', THORNTON, 'Meredith Vance <mvance@lindenridgerehab.com>',
   'Weekly referral reconciliation - HVMC / Linden Ridge',
"""Hi Meredith,

Attached is our list of open and recent referrals to Linden Ridge for this week's reconciliation call. Can you update the status column on your end and send it back before Thursday? The Okafor decline - our psych consult note is now signed, I'll re-send through the portal.

Thanks,
Rebecca

Rebecca Thornton, RN, BSN, ACM
Case Manager | Harrow Valley Medical Center
""" + DISC, '2024-03-11 15:20', atts=[('HVMC_LR_referrals_031124.csv', pend, 'text', 'csv')], headers=OUTLOOK)

tracker = [
    ['Referral date', 'Patient', 'MRN', 'DOB', 'Unit/Rm', 'Level', 'Facility', 'Payer', 'Auth #', 'Status'],
    ['03/04/2024', 'Castellanos, Gloria', '00411208', '05/30/1949', '3N-318', 'IRF', 'Linden Ridge', 'Medicare A', 'n/a', 'Accepted 3/7'],
    ['03/05/2024', 'Marsh, Edwin', '00402950', '07/12/1947', '4W-408', 'SNF', 'St. Agnes Manor', 'Summit MA', 'AUTH-24-0339812', 'Auth pending'],
    ['03/06/2024', 'Al-Hashimi, Mohammed', '00409127', '01/09/1952', '5E-503', 'SNF', 'Maple Crest', 'Summit MA', 'UM24-0309-44817', 'Approved 7d'],
    ['03/06/2024', 'Blevins, Nora', '00398210', '11/21/1936', '6E-602', 'SNF', 'St. Agnes Manor', 'Medicare A', 'n/a', 'Accepted'],
    ['03/07/2024', 'Ibekwe, Ngozi', '00417004', '08/17/1961', '4W-409', 'LTACH', 'Kindred Ridge LTAC', 'Lakeshore Medicaid', 'pending', 'Clinical review'],
    ['03/08/2024', 'Nguyen, Thi Hoa', '00419381', '03/03/1940', '5E-511', 'SNF', 'Maple Crest', 'Medicare A', 'n/a', 'Bed offer pending'],
]
mk('phi', 'lists', 'Castellanos; Marsh; Al-Hashimi; Blevins; Ibekwe; Nguyen', DUARTE, BENITEZ,
   'post-acute tracker wk 10',
"""Carla,
updated tracker attached for the Monday meeting. Marsh auth is the oldest open one.
Kim
""", '2024-03-10 18:02',
   atts=[('PostAcute_Tracker_wk10.xlsx', xlsx_bytes(tracker, 'Referrals'), 'application',
          'vnd.openxmlformats-officedocument.spreadsheetml.sheet')])

deliv = csv_text([
    ['order_no', 'deliver_date', 'patient', 'dob', 'address', 'phone', 'items', 'ordering_md', 'delivered_by', 'signed_by'],
    ['118790', '2024-03-06', 'BRANDT ELEANOR', '1937-12-01', '61 Hemlock Dr, Millbrook PA 18999', '5550142810', 'O2 concentrator 5L; E-tanks x6', 'FELDMAN', 'J. Ortiz', 'self'],
    ['118802', '2024-03-07', 'HAINES DELBERT', '1949-03-27', '300 Mill Race Rd, Apt 4, Millbrook PA 18999', '5550142290', 'scale; shower chair', 'FELDMAN', 'J. Ortiz', 'spouse'],
    ['118823', '2024-03-11', 'WHITFIELD DOLORES', '1944-08-15', '9 Cedar Knoll, Ashby PA 18990', '5550140127', 'standard walker; tub transfer bench', 'NAIR', 'T. Wu', 'self'],
    ['118830', '2024-03-12', 'OSEI LILLIAN', '1946-05-05', '4418 Copper Hollow Rd Apt 2B, Millbrook PA 18999', '5550142238', 'O2 concentrator; POC', 'WHITCOMBE', 'T. Wu', 'daughter'],
    ['118841', '2024-03-13', 'VENKATARAMAN LAKSHMI', '1951-10-30', '1207 Brookside Ln, Ashby PA 18990', '5550143374', 'semi-elec bed; Hoyer; commode', 'NAIR', 'J. Ortiz', 'son'],
])
mk('phi', 'lists', 'Brandt; Haines; Whitfield; Osei; Venkataraman', 'AirWise Home Medical <reports@airwisehm.com>', DUARTE,
   'AirWise weekly delivery confirmations - Harrow Valley',
"""Hello Harrow Valley Case Management,

Attached please find the weekly delivery confirmation report (zip, password not required per your IT's request). Please note order 118823 has an open service ticket - the patient reports the wrong walker type was delivered; a replacement front-wheeled walker is scheduled for 3/14.

Regards,
Tiffany Wu
Account Coordinator, AirWise Home Medical
(555) 014-8800
""", '2024-03-13 17:05', atts=[('HVMC_deliveries_wk11.zip', zip_bytes([('HVMC_deliveries_wk11.csv', deliv)]), 'application', 'zip')])

# =====================================================================
# PHI - struct
# =====================================================================
mk('phi', 'struct', 'Tremblay', 'Kyle Osterman <kosterman@hvmc.org>', 'Interface Team <interfaces@hvmc.org>',
   'A03 not reaching Linden Ridge?',
r"""Linden Ridge says they never got the discharge for this one yesterday and the pt showed up before the paperwork did. Here's what left our engine at 14:15 - looks fine to me, can someone check the outbound queue on the LR connection? Msg ctrl id below.

MSH|^~\&|EPIC|HVMC|RHAPSODY|LINDENRIDGE|20240308141522||ADT^A03|HVMC8841207|P|2.5.1
EVN|A03|20240308141500
PID|1||00418902^^^HVMC^MR~5TW2HD8KP41^^^CMS^MC||TREMBLAY^LUCIE^M||19501108|F|||112 FERN ST^^MILLBROOK^PA^18999||5550147731|||M
PV1|1|I|4W^408^A^HVMC||||1740221689^FELDMAN^SAMUEL^^^MD||||||||||||4400021357|||||||||||||||||03^SKILLED NURSING FACILITY|||||||20240305091200|20240308141500
DG1|1||J18.9^PNEUMONIA, UNSPECIFIED ORGANISM^I10|||F

Kyle Osterman
Integration Analyst, IS Clinical Applications
""", '2024-03-09 09:12')

x12_elig = """ISA*00*          *00*          *ZZ*HVMC0417       *ZZ*SUMMITHP       *240311*0916*^*00501*000004417*0*P*:~
GS*HB*SUMMITHP*HVMC0417*20240311*0916*4417*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*HV240311091501*20240311*0916~
HL*1**20*1~
NM1*PR*2*SUMMIT HEALTH PLAN*****PI*62819~
HL*2*1*21*1~
NM1*1P*2*HARROW VALLEY MEDICAL CENTER*****XX*1598773320~
HL*3*2*22*0~
TRN*2*93175-012547*9877281234~
NM1*IL*1*DUBOIS*MARGUERITE****MI*SHP550918824~
N3*27 ASHGROVE TER~
N4*MILLBROOK*PA*18999~
DMG*D8*19410226*F~
EB*1*IND*30**SUMMIT MEDICARE ADVANTAGE PPO~
EB*B*IND*AG***27*203~
MSG*SNF COPAY APPLIES DAYS 21-100~
EB*F*IND*AG***29****DY*66~
MSG*SNF BENEFIT PERIOD: 34 OF 100 DAYS USED~
SE*18*0001~
GE*1*4417~
IEA*1*000004417~"""
mk('phi', 'struct', 'Dubois', OKORO, 'Patient Financial Services <pfs-eligibility@hvmc.org>',
   'SNF days remaining? 271 for Dubois',
"""Hi PFS,

Pulled eligibility for Mrs. Dubois (5E) before we send SNF referrals. Looks like she already used 34 SNF days this benefit period from her stay last fall. Am I reading the 271 right that she has 66 left and the $203/day copay applies now? Family wants to know out of pocket before they pick a place.

Raw response from the portal:

""" + x12_elig + """

Thanks,
Janet
""", '2024-03-11 09:30', headers=OUTLOOK)

fhir = json.dumps({
    "resourceType": "Bundle",
    "type": "collection",
    "entry": [
        {"resource": {
            "resourceType": "Patient",
            "id": "hvmc-00421177",
            "identifier": [{"system": "urn:oid:1.2.840.114350.1.13.417.2.7.5.737384.14", "value": "00421177"}],
            "name": [{"family": "Reinholt", "given": ["Gerda", "M"]}],
            "telecom": [{"system": "phone", "value": "555-014-6092", "use": "home"}],
            "gender": "female",
            "birthDate": "1938-07-19",
            "address": [{"line": ["14 Spruce Hollow Rd"], "city": "Ashby", "state": "PA", "postalCode": "18990"}]
        }},
        {"resource": {
            "resourceType": "Encounter",
            "id": "enc-4400023190",
            "status": "in-progress",
            "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "IMP"},
            "subject": {"reference": "Patient/hvmc-00421177"},
            "period": {"start": "2024-03-08T22:41:00-05:00"},
            "location": [{"location": {"display": "HVMC 6E-617"}}],
            "hospitalization": {"dischargeDisposition": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/discharge-disposition", "code": "snf", "display": "Skilled nursing facility"}]}}
        }},
        {"resource": {
            "resourceType": "ServiceRequest",
            "id": "sr-pac-9917",
            "status": "active",
            "intent": "order",
            "code": {"text": "Post-acute placement referral - SNF, PT/OT 5x/wk, wound care"},
            "subject": {"reference": "Patient/hvmc-00421177"},
            "authoredOn": "2024-03-12T10:05:00-04:00",
            "note": [{"text": "Stage 3 sacral pressure injury, NPWT at 125 mmHg continuous, change M/W/F. Non-weight-bearing LUE."}]
        }}
    ]
}, indent=2, ensure_ascii=False)
mk('phi', 'struct', 'Reinholt', 'Priya Sethi <psethi@carelinkpac.io>', 'Kyle Osterman <kosterman@hvmc.org>',
   'Re: referral payload failing validation (ticket CL-2291)',
"""Hi Kyle,

Thanks for sending the sample. Our validator is rejecting it because the ServiceRequest has no requester and the Encounter location isn't a Location reference (it's display-only). The patient and encounter parts are otherwise fine. I've attached the exact bundle we received from your endpoint this morning so your team can compare with what Epic thinks it sent.

Can we get on a call Thursday?

Priya Sethi
Solutions Engineer | CareLink Post-Acute Network

On Tue, Mar 12, 2024 at 11:02 AM Kyle Osterman <kosterman@hvmc.org> wrote:
> Priya - referrals from 6E are failing with a 422 since the upgrade. Can you tell us what
> the validator is complaining about?
""", '2024-03-12 14:48', atts=[('bundle_received_20240312T1005.json', fhir.encode('utf-8'), 'application', 'json')])

mk('phi', 'struct', 'Marchbanks', 'Colleen Reese <creese@stagnesmanor.org>', CHEN,
   'med list from CCD doesnt match - Marchbanks',
"""Hi Grace,

We received Agnes Marchbanks yesterday. The CCD that came over has the medication section below - it still lists the vancomycin, but the discharge summary says it was switched to oral linezolid on 3/10. Our pharmacy won't dispense until someone clarifies. Pasting the piece of the document:

<recordTarget>
  <patientRole>
    <id extension="00411873" root="1.2.840.114350.1.13.417.2.7.5.737384.14"/>
    <addr use="HP"><streetAddressLine>203 Linden Ave</streetAddressLine><city>Millbrook</city><state>PA</state><postalCode>18999</postalCode></addr>
    <telecom use="HP" value="tel:+1-555-014-3307"/>
    <patient>
      <name><given>Agnes</given><given>R</given><family>Marchbanks</family></name>
      <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime value="19340922"/>
    </patient>
  </patientRole>
</recordTarget>
...
<section>
  <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="History of medication use"/>
  <title>Medications at Discharge</title>
  <text>
    <table><tbody>
      <tr><td>vancomycin 1,250 mg IV q12h</td><td>through 03/20/2024</td></tr>
      <tr><td>apixaban 2.5 mg PO BID</td><td></td></tr>
      <tr><td>metoprolol succinate 25 mg PO daily</td><td></td></tr>
    </tbody></table>
  </text>
</section>

Thank you,
Colleen Reese, RN
Admissions Nurse, St. Agnes Manor
(555) 014-4410
""", '2024-03-12 10:20')

oru = ("MSH|^~\\&|SUNQUEST|HVMC_LAB|EPIC|HVMC|20240311061844||ORU^R01|L24071106184412|P|2.5.1\r"
       "PID|1||00420388^^^HVMC^MR||PRZYBYLSKI^HENRYK^J||19440203|M|||5 KETTLE CT^^ASHBY^PA^18990||5550148115\r"
       "PV1|1|I|5W^516^B^HVMC||||1306227741^MEHTA^ANIL^^^MD\r"
       "ORC|RE|ORD88120417|24-071-C-00218\r"
       "OBR|1|ORD88120417|24-071-C-00218|BNP^B-TYPE NATRIURETIC PEPTIDE|||202403110500|||||||||1306227741^MEHTA^ANIL\r"
       "OBX|1|NM|30934-4^BNP^LN||1840|pg/mL|<100|H|||F|||202403110612\r"
       "OBR|2|ORD88120418|24-071-C-00219|TROP^TROPONIN I HS|||202403110500\r"
       "OBX|1|NM|89579-7^TROPONIN I HS^LN||42|ng/L|<20|H|||F|||202403110614\r")
mk('phi', 'struct', 'Przybylski', 'Lab Systems <labsys@hvmc.org>', 'Interface Team <interfaces@hvmc.org>',
   'results routed to outside PCP inbox in error - raw msg attached',
"""Team,

The attached ORU went out on the Riverside Family Medicine feed this morning even though the patient is still inpatient on 5W and Riverside isn't his PCP. Attaching the raw message as captured in the outbound log. Dr. Levin's office called us about it; they deleted it on their end.

Please look at the routing rule for provider 1306227741 - I think it's matching on the wrong field.

Walt Brennan
Lab Information Systems, x4480
""", '2024-03-11 10:31', atts=[('ORU_L24071106184412.hl7', oru.encode('ascii'), 'application', 'octet-stream')])

mk('phi', 'struct', 'Holloway', 'Denise Fairbanks <dfairbanks@hvmc.org>', OKORO,
   'denied inpatient claim - need CM notes (Holloway)',
"""Janet,

835 from Summit came back today with the inpatient stay for Holloway denied - they say it should have been observation (CO-50). Pasting the remit lines and the claim header we billed. Do you have the InterQual review and the attending's 2-midnight note? We have 60 days to appeal.

--- 835 ---
CLP*4400019822*4*12650*0**MA*SHP24061188420*21*1~
NM1*QC*1*HOLLOWAY*DESMOND*R***MI*SHP771204568~
NM1*82*2*HARROW VALLEY MEDICAL CENTER*****XX*1598773320~
DTM*232*20240211~
DTM*233*20240214~
CAS*CO*50*12650~
MOA***N115~

--- 837I we sent ---
CLM*4400019822*12650***11:A:1**A*Y*Y~
DTP*434*RD8*20240211-20240214~
CL1*1*7*01~
HI*ABK:R55~
NM1*IL*1*HOLLOWAY*DESMOND*R***MI*SHP771204568~
N3*4100 RIVER RD LOT 22~
N4*ASHBY*PA*18990~
DMG*D8*19580903*M~

Thanks,
Denise Fairbanks
Denials Management, Patient Financial Services
""" + DISC, '2024-03-12 13:15', headers=OUTLOOK)

mk('phi', 'struct', 'Kaminski', 'Brandon Lee <blee@hvmc.org>', 'Epic Support HVMC <epicsupport@hvmc.org>',
   'ADT A08 update overwrote room - 5E',
r"""Hi, bed board shows pt in 5E-506 but she's physically in 5E-510 since yesterday's transfer. Looks like an A08 from registration came after the A02 and set the room back. Both msgs below from the HL7 viewer:

MSH|^~\&|EPIC|HVMC|BEDBOARD|HVMC|20240312161005||ADT^A02|HVMC8861331|P|2.5.1
PID|1||00416654^^^HVMC^MR||KAMINSKI^HALINA^^^^^L||19470311|F
PV1|1|I|5E^510^A^HVMC|||5E^506^A^HVMC|1306227741^MEHTA^ANIL^^^MD

MSH|^~\&|EPIC|HVMC|BEDBOARD|HVMC|20240312161212||ADT^A08|HVMC8861349|P|2.5.1
PID|1||00416654^^^HVMC^MR||KAMINSKI^HALINA^^^^^L||19470311|F|||88 ORCHARD PKWY APT 12^^MILLBROOK^PA^18999||5550149920
PV1|1|I|5E^506^A^HVMC||||1306227741^MEHTA^ANIL^^^MD

She's on contact isolation so EVS keeps getting sent to the wrong room for terminal cleans.

Brandon Lee, RN
Patient Flow / Bed Management
""", '2024-03-13 08:14')

# =====================================================================
# PHI - lang
# =====================================================================
mk('phi', 'lang', 'Ruiz Campos', 'Lucía Campos <luciacampos.r@hotmail.com>', THORNTON,
   'mi mamá - cuarto 318',
"""Buenas tardes señora Rebecca,

Le escribo por mi mamá, María Elena Ruiz Campos, que está en el cuarto 318 del tercer piso. El doctor nos dijo esta mañana que le van a dar de alta el viernes y que tiene que ir a un centro de rehabilitación porque todavía no puede caminar sola después de la operación de la cadera. Nosotros queremos Linden Ridge porque queda cerca de mi casa. ¿Ya le contestaron?

También quería preguntarle si la terapia allá la cubre el Medicare, porque ella no tiene otro seguro. Y el doctor le cambió la pastilla de la presión, ¿me puede decir cuál es la nueva?

Muchas gracias por su ayuda,
Lucía Campos
cel. 555-0188
""", '2024-03-06 17:40', headers=IPHONE)

mk('phi', 'lang', 'Mendes', 'Paulo Mendes <paulo.mendes.ma@gmail.com>', GALLAGHER,
   'Meu pai - quarto 611 - oxigênio',
"""Olá Sr. Gallagher,

Sou o filho do Sr. Antônio Carlos Mendes, que está internado no quarto 611. Falei com a enfermeira hoje e ela disse que o meu pai vai precisar de oxigênio em casa e de uma cama hospitalar. A empresa AirWise me ligou, mas eu não entendi bem o que o plano cobre. Meu pai tem Medicare e Medicaid.

Ele ainda está tomando o antibiótico na veia? Vai precisar de enfermeira em casa depois da alta? Minha mãe tem 79 anos e não consegue ajudar ele a levantar.

Se possível, prefiro falar em português com um intérprete.

Obrigado,
Paulo Mendes
(555) 014-3390
""", '2024-03-12 19:15')

mk('phi', 'lang', 'Trần Văn Phúc', 'Duc Tran <ductran.mb@gmail.com>', DUARTE,
   'Ba em phòng 614 - máy oxy',
"""Chào chị Kim,

Em là con trai của ông Trần Văn Phúc, phòng 614 tầng 6. Bác sĩ nói ba em có thể xuất viện ngày mai nhưng phải dùng oxy ở nhà 2 lít. Công ty thiết bị đã gọi cho em nhưng em chưa hiểu khi nào họ giao máy oxy. Ba em cũng cần xe lăn và ghế tắm.

Thuốc lợi tiểu bác sĩ mới đổi thì uống buổi sáng hay buổi tối ạ?

Nhà em ở 55 Linden St, Millbrook. Số điện thoại của em là 555-0181.

Cảm ơn chị nhiều.
Trần Minh Đức
""", '2024-03-12 20:02')

mk('phi', 'lang', 'Célestin', 'Rose-Marie Celestin <rmcelestin@yahoo.com>', OKORO,
   'Papa m - chanm 509',
"""Bonjou Madam Okoro,

Mwen se pitit fi Jean-Baptiste Célestin ki nan chanm 509 la. Doktè a di m papa m pa ka retounen lakay li paske li bezwen dyaliz twa fwa pa semèn epi li pa ka mache pou kont li ankò depi li te tonbe a. Yo pale de yon nursing home. Nou pa konnen kilès pou n chwazi. Èske ou ka rele m demen maten? Nimewo m se 555-0152.

Papa m pale kreyòl sèlman, tanpri mande yon entèprèt lè doktè a ap pale avè l.

Mèsi anpil,
Rose-Marie Célestin
""", '2024-03-08 21:34')

mk('phi', 'lang', 'Соколова', 'Галина Соколова <g.sokolova46@mail.ru>', 'HVMC Transitions of Care <toc@hvmc.org>',
   'Никто не приходит после выписки',
"""Здравствуйте,

Меня зовут Галина Петровна Соколова, дата рождения 14.05.1946. Меня выписали из вашей больницы 8 марта после лечения пневмонии. Мне сказали, что ко мне домой будет приходить медсестра и физиотерапевт, но до сих пор никто не приходил. Я живу одна, мне трудно ходить, и кислород в баллоне заканчивается. Антибиотик я допила вчера.

Пожалуйста, позвоните мне: 555-0176. Лучше с переводчиком.

С уважением,
Галина Соколова
""", '2024-03-13 10:05')

mk('phi', 'lang', 'Dimaculangan', '"Villanueva, Ria RN" <rvillanueva@hvmc.org>', '"Santos, Joy RN" <jsantos@hvmc.org>',
   'endorse - 512',
"""Hi Ate Joy,

Pakicheck naman si Mr. Dimaculangan sa 5E-512 pag-start ng shift mo. Nag-desat siya kanina to 87% sa room air kaya binalik ko sa 2L NC. Na-inform ko na si Dr. Mehta, nag-order ng chest x-ray, hindi pa nababasa. Yung anak niya gusto na siyang iuwi bukas pero sabi ni CM kailangan muna ng home O2 qualifying walk. May PT eval din bukas ng umaga, 0900.

Yung lasix niya ginawang IV 40 BID, na-give ko na yung 1800 dose. I&O strict.

Salamat!
Ria
""", '2024-03-11 18:52')

mk('phi', 'lang', '林秀英', '陈美玲 <meiling.chen88@163.com>', OKORO,
   '关于我母亲林秀英出院的问题',
"""您好，

我是林秀英的女儿，我母亲现在住在4楼西区407病房。医生说她下周可能可以出院，但是她现在还不能自己走路，需要去康复中心。请问个案经理什么时候可以跟我们家人见面谈出院计划？我们希望她可以去离家近一点的地方。

另外，医生把她的降压药换了，回家以后要怎么吃，请帮忙写清楚（最好有中文）。她的胰岛素剂量也改了吗？

谢谢！
陈美玲
电话：555-0193
""", '2024-03-13 20:26')

# =====================================================================
# CLEAN - admin
# =====================================================================
mk('clean', 'admin', '', NAIR, 'Hospitalists <hospitalists@cedarpointhospitalists.com>',
   'swap request - 3/16 nights', 
"""Hi all,

Looking for someone to take my 3/16 nocturnist shift (1900-0700, 4W/5W). Happy to give back 3/23 or 3/30 days, or any weekend in April. My kid's recital got moved :(

Reply to me and cc Tracy so she can update Amion.

thanks!
Priya
""", '2024-03-05 21:14')

mk('clean', 'admin', '', 'HVMC IT Service Desk <servicedesk@hvmc.org>', SANDOVAL,
   'INC0048213 has been updated - 5E printer not printing After Visit Summaries',
"""Incident INC0048213 has been updated.

Short description: 5E printer (PRT-5E-NS02) not printing discharge paperwork / AVS
Caller: Ruth Sandoval (x6200)
Assignment group: Desktop Support - Inpatient
State: Work in Progress
Priority: 3 - Moderate

Comments from Derek Lowry (Desktop Support) 03/11/2024 10:14:
Replaced the fuser unit. Printer is back online and the queued jobs were released. The AVS print route for 5E was still pointing at the old printer PRT-5E-NS01 in Epic; I've asked the Epic Clinical Desktop team to update the device mapping (CHG0011907). Until then please pick PRT-5E-NS02 manually from the print dialog.

Reply to this email to add a comment. Do not change the subject line.
Ref:MSG0391874
""", '2024-03-11 10:16')

inv = csv_text([
    ['line', 'item', 'serial', 'loan_start', 'loan_end', 'days', 'daily_rate', 'amount'],
    ['1', 'Bridge O2 concentrator 5L (loaner)', 'AW-CN5-20931', '2024-03-01', '2024-03-09', '8', '12.00', '96.00'],
    ['2', 'Bridge O2 concentrator 5L (loaner)', 'AW-CN5-20944', '2024-03-04', '2024-03-08', '4', '12.00', '48.00'],
    ['3', 'Portable O2 concentrator (loaner)', 'AW-POC-7781', '2024-03-02', '2024-03-14', '12', '18.50', '222.00'],
    ['4', 'E-cylinder refill', '-', '2024-03-01', '2024-03-15', '', '', '312.00'],
    ['5', 'Courier - same-day bedside delivery', '-', '2024-03-01', '2024-03-15', '', '', '450.00'],
    ['', '', '', '', '', '', 'TOTAL', '1128.00'],
])
mk('clean', 'admin', '', 'AirWise Billing <billing@airwisehm.com>', 'HVMC Accounts Payable <ap@hvmc.org>',
   'Invoice AW-55021 / PO 4500128833',
"""Dear HVMC Accounts Payable,

Please find attached Invoice #AW-55021 for loaner equipment and courier services provided to Harrow Valley Medical Center Case Management for 03/01/2024 - 03/15/2024, per agreement HVMC-AW-2023-07. PO 4500128833. Terms Net 30.

Remit to: AirWise Home Medical, PO Box 4471, Harrisburg, PA 17105
ACH details on file. Tax ID 23-8817420.

Questions: billing@airwisehm.com or (555) 014-8806.

Thank you for your business,
Marlene Fitch
Accounts Receivable, AirWise Home Medical
""", '2024-03-15 09:02', atts=[('AW-55021.csv', inv, 'text', 'csv')])

mk('clean', 'admin', '', 'HVMC Human Resources <hr-announce@hvmc.org>', 'All Nursing & Case Management <all-nursing@hvmc.org>',
   'Reminder: annual competencies and badge renewal due 3/31',
"""Good morning,

This is a reminder that the following are due by March 31, 2024 for all nursing, case management and social work staff:

  1. Annual HealthStream competencies (Fire/Life Safety, HIPAA Privacy, Restraints, Fall Prevention)
  2. Badge renewal - badges with a 03/2024 expiration will stop working at card readers on 04/01.
     Badge office hours: Mon-Fri 0700-1530, Lower Level B, room LL-112.
  3. Mandatory annual flu attestation for 2023-24 season (if not already completed)

Managers can view completion status on the Learning dashboard. Please contact your HR Business Partner, Tasha Greenwood (x2290), with questions.

Thank you,
Human Resources
Harrow Valley Medical Center
""", '2024-03-12 07:00')

mk('clean', 'admin', '', '"Facilities Work Orders" <fm-workorders@hvmc.org>', BELL,
   'WO-2024-118832 4W Rm 418 - sink leak - STATUS: SCHEDULED',
"""Work Order: WO-2024-118832
Location: 4 West, Patient Room 418, sink/vanity
Requested by: Marcus Bell (x6214)   Priority: Urgent
Description: water leaking under sink, floor wet, possible cabinet damage. Room taken offline by unit.

Update 03/07/2024 11:40 - J. Reyes (Plumbing): supply line failed. Cabinet base has water damage and will need mold inspection before closing. Parts ordered, ETA 03/08 AM. Infection Prevention notified for ICRA - Class II precautions during repair.

Estimated return to service: 03/09/2024. Bed Management has been notified to keep 418 blocked.

Do not reply to this automated message. Call Facilities at x3100.
""", '2024-03-07 11:42')

mk('clean', 'admin', '', BENITEZ, 'CM & SW Leads <cm-sw-leads@hvmc.org>',
   'Weekly LOS / Throughput Review - Mondays 1:00 PM',
"""Weekly LOS / Throughput Review
When: Mondays 1:00-1:45 PM, starting March 18, 2024
Where: 3rd floor Admin Conference Rm B / Teams
Dial-in: +1 555-014-9000, Conference ID: 771 204 936#

Agenda
- ALOS vs GMLOS by unit (Medicine 4W/5E/5W/6E)
- Top 5 discharge barriers this week (SNF auth turnaround, weekend discharges, DME same-day)
- Payer escalations - Summit Health Plan peer-to-peer turnaround
- Discharge-before-noon pilot update (4W)

Please bring unit numbers only - no patient names on slides.

Carla Benitez, MSN, RN
Director, Care Management
""", '2024-03-13 16:00',
html="""<html><body style="font-family:Segoe UI,Arial;font-size:10.5pt">
<p><b>Weekly LOS / Throughput Review</b><br>When: Mondays 1:00-1:45 PM, starting March 18, 2024<br>Where: 3rd floor Admin Conference Rm B / Teams<br>Dial-in: +1 555-014-9000, Conference ID: 771 204 936#</p>
<p><b>Agenda</b></p><ul>
<li>ALOS vs GMLOS by unit (Medicine 4W/5E/5W/6E)</li>
<li>Top 5 discharge barriers this week (SNF auth turnaround, weekend discharges, DME same-day)</li>
<li>Payer escalations - Summit Health Plan peer-to-peer turnaround</li>
<li>Discharge-before-noon pilot update (4W)</li></ul>
<p><i>Please bring unit numbers only - no patient names on slides.</i></p>
<p>Carla Benitez, MSN, RN<br>Director, Care Management</p>
</body></html>""", headers=OUTLOOK)

mk('clean', 'admin', '', 'Kronos Timekeeping <kronos-noreply@hvmc.org>', PIERCE,
   'Action required: missed punch approval - Tran, Jasmine (EMP 204418)',
"""Employee: Tran, Jasmine   Employee ID: 204418
Department: 5W Medicine - Unit Secretary (cost center 6150-5W)
Exception: Missed OUT punch, 03/09/2024, scheduled 0645-1915
Employee comment: "stayed late to help admit, forgot to swipe out at the clock by the elevators, left ~1940"

Please approve or edit this exception in Kronos by Monday 03/11 12:00 so it is included in the pay period ending 03/16/2024.

This is an automated message from Workforce Timekeeper.
""", '2024-03-10 07:30')

# =====================================================================
# CLEAN - lookalike
# =====================================================================
mk('clean', 'lookalike', '', 'Ironbridge Fitness <hello@ironbridgefitness.com>', 'derek.lowry77@gmail.com',
   'Welcome back, Derek! Your PT package + assessment results',
"""Hi Derek,

Thanks for renewing! Here are your details:

Member #: 00482213
Plan: Premier Annual (auto-renews 03/04/2025)
Home club: Millbrook - Route 9

Personal Training (PT) package: 4 sessions with Coach Marisol D. Your first session is booked for Thursday 3/14 at 6:15 AM.

Your Body Composition Assessment (3/4):
  Weight 187.4 lb | Body fat 22.1% | Resting HR 64 | Goal: -10 lb by June

Reminder: please complete the PAR-Q health questionnaire in the app before your first session.

See you on the floor!
Ironbridge Fitness - Millbrook
(555) 014-2626
""", '2024-03-04 18:20',
html="""<html><body style="font-family:Helvetica,Arial;background:#f4f4f4"><table width="600" align="center" style="background:#ffffff;padding:20px"><tr><td>
<h2 style="color:#d9381e">Welcome back, Derek!</h2>
<p>Member #: <b>00482213</b><br>Plan: Premier Annual (auto-renews 03/04/2025)<br>Home club: Millbrook - Route 9</p>
<p><b>Personal Training (PT) package:</b> 4 sessions with Coach Marisol D. First session: Thursday 3/14 at 6:15 AM.</p>
<p><b>Body Composition Assessment (3/4)</b><br>Weight 187.4 lb | Body fat 22.1% | Resting HR 64 | Goal: -10 lb by June</p>
<p>Please complete the PAR-Q health questionnaire in the app before your first session.</p>
<p>See you on the floor!<br>Ironbridge Fitness - Millbrook &middot; (555) 014-2626</p>
</td></tr></table></body></html>""")

mk('clean', 'lookalike', '', 'Maple Street Animal Hospital <frontdesk@maplestreetvet.com>', 'Greg Halvorsen <ghalvorsen@outlook.com>',
   "Biscuit's discharge instructions",
"""Dear Mr. Halvorsen,

Thank you for trusting us with Biscuit's care today. Here are her discharge instructions.

Patient: Biscuit  |  Species: Canine (Beagle), 9 yr, F/S  |  Patient ID: 44817
Procedure: dental cleaning under anesthesia, 3 extractions (upper premolars)

Medications:
- Carprofen 25 mg - 1 tablet by mouth twice daily with food x 5 days (pain/inflammation)
- Amoxicillin-clavulanate 62.5 mg - 1 tablet by mouth twice daily x 10 days

Soft food only for 7 days. Some blood-tinged saliva is normal for 24 hours. Call us if she stops eating, vomits, or seems very lethargic.

Recheck: Thursday 3/21 at 4:30 PM with Dr. Anand.

Maple Street Animal Hospital
(555) 014-3838  |  After hours: Tri-County Veterinary Emergency (555) 014-9111
""", '2024-03-07 17:55')

mk('clean', 'lookalike', '', 'Tri-County Teachers Credit Union <alerts@tricountytcu.org>', 'nkeller.home@gmail.com',
   'Your loan payment is due soon - Member # ending 1220',
"""Dear Member,

This is a courtesy reminder that your payment on Loan 0042 (Auto - 2021 Subaru Outback) is due on 03/15/2024.

Member #:      ****1220
Amount due:    $312.44
Payoff as of 03/08/2024: $9,847.16

To avoid a late fee of $25.00, please make your payment by the due date through Online Banking, the mobile app, or by calling Member Services at 1-800-555-0166 (Mon-Fri 8am-6pm). For your security we will never ask for your full account number, PIN or date of birth by email.

Thank you for being a member since 2009!

Tri-County Teachers Credit Union
Federally insured by NCUA. Equal Housing Lender.
""", '2024-03-08 06:00', cte='quoted-printable')

mk('clean', 'lookalike', '', 'Keystone Air <reservations@keystoneair-mail.com>', 'd.carroway@fastmail.com',
   'Itinerary & special service confirmation - ZK4R9P',
"""Confirmation code: ZK4R9P

Passenger: MR DENNIS CARROWAY   Frequent flyer: KA 448 120 917
KA 1207  Thu 28 Mar 2024  PIT 07:10 -> MCO 09:44  Seat 4C  Main Cabin
KA 1314  Tue 02 Apr 2024  MCO 18:25 -> PIT 20:51  Seat 4C  Main Cabin

Special service requests:
  WCHR - Wheelchair to/from aircraft gate: CONFIRMED
  Traveling with mobility device (folding walker): CONFIRMED, gate check free of charge

Please arrive at the airport at least 90 minutes before departure and identify yourself to the gate agent for boarding assistance.

Ticket number 0377123908843  Total paid USD 412.60

Keystone Air Reservations
""", '2024-03-09 12:40')

mk('clean', 'lookalike', '', 'Granite State Auto Insurance Claims <claims@granitestateauto.com>', 'Nina Keller <nkeller.home@gmail.com>',
   'Claim AC-2024-339127 - rental authorization and adjuster assignment',
"""Hi Nina,

I'm the adjuster assigned to your claim.

Claim number: AC-2024-339127
Policy: PA-88-4410377
Date of loss: 03/02/2024
Vehicle: 2021 Subaru Outback, rear bumper and liftgate damage

I've authorized a rental for up to 10 days at $40/day through Enterprise on Route 9 (authorization #ERN-77120). Please bring your driver's license and the claim number. The estimate from Millbrook Collision came in at $3,418.22; your $500 deductible applies.

The other driver's carrier (Summitview Mutual) has accepted 50% liability so far; I'll pursue subrogation for your deductible.

Kyle Brennan
Auto Claims Adjuster, Granite State Auto
(555) 014-6677
""", '2024-03-05 14:12')

mk('clean', 'lookalike', '', 'Oakline Tree Surgeons <office@oaklinetree.com>', 'Paul Rourke <prourke.home@gmail.com>',
   'Quote #Q-2291 - red oak, diagnosis and treatment plan',
"""Hi Paul,

Thanks for having us out Saturday. Summary of what our arborist (Hank, ISA certified) found on the big red oak by the driveway:

- Diagnosis: oak wilt likely - leaf bronzing from the tips, sapwood streaking in the sample. We sent a sample to the state extension lab (Sample ID EXT-24-0518) to confirm.
- The lower limb over the garage has a large necrotic cankered section and is a hazard; recommend removal now.
- Root flare shows girdling roots on the north side.

Treatment options:
  A) Remove hazard limb, crown cleaning, systemic fungicide injection ...... $1,450
  B) Full removal + stump grinding ......................................... $3,800
  
If we treat, we'd want to re-evaluate in 6 weeks. Let me know which option you prefer and we can get you on the schedule for late March.

Mel Ortega
Office Manager, Oakline Tree Surgeons
(555) 014-7370
""", '2024-03-11 09:25')

mk('clean', 'lookalike', '', 'Jenkins CI <ci@buildfarm.lattice-labs.dev>', 'platform-oncall@lattice-labs.dev',
   '[FAILED] discharge-worker #4412 - patient-zero process crashed (OOM)',
"""Build: discharge-worker #4412   Branch: main   Commit: 9f3c2a1 "triage: retry on ECONNRESET"
Status: FAILED (stage: integration-tests)

Triage summary:
  - "patient-zero" supervisor process (pid 18817) killed by OOM killer at 02:14:07 UTC
  - 3 orphaned child processes left in zombie state; admission controller rejected new pods
  - heartbeat monitor reported vitals: heap 3.8G / limit 4G, GC pause p99 1.9s
  - discharge queue backlog 41,200 msgs (threshold 10,000)

Suggested action: kill -9 the orphans, bump memory limit, re-run. Runbook: RB-112 "Queue discharge stalls".
Recent committers: @mmcallister @jzhou

-- Jenkins
""", '2024-03-12 02:20')

# =====================================================================
# CLEAN - news
# =====================================================================
mk('clean', 'news', '', 'PA Dept of Health Alerts <han-alerts@health-alerts.pa.example.gov>', 'Infection Prevention <infection-prevention@hvmc.org>',
   'HAN ADVISORY 2024-07: Measles cases in the region - clinician guidance',
"""HEALTH ALERT NETWORK - ADVISORY
Date: March 8, 2024   Advisory #2024-07

Summary: As of March 7, 2024, five (5) confirmed measles cases have been reported in the South Central region, linked to international travel. All cases were in unvaccinated individuals aged 1-34 years. Two cases required hospitalization. Exposure locations have been posted on the department website.

Recommendations for hospitals and clinicians:
1. Consider measles in patients with fever >=101F and rash, especially with cough, coryza or conjunctivitis.
2. Immediately place suspected patients in an airborne infection isolation room; do not send to waiting areas.
3. Report suspected cases to the local health department immediately by phone (do not wait for lab confirmation).
4. Collect a nasopharyngeal swab for PCR and serum for IgM.
5. Verify evidence of immunity for all healthcare personnel.

Questions: Bureau of Epidemiology, 1-877-555-0132 (24/7).

You are receiving this because you are a registered HAN recipient.
""", '2024-03-08 16:05',
html="""<html><body style="font-family:Arial"><div style="background:#003366;color:#fff;padding:8px"><b>HEALTH ALERT NETWORK - ADVISORY</b></div>
<p>Date: March 8, 2024 &nbsp; Advisory #2024-07</p>
<p><b>Summary:</b> As of March 7, 2024, five (5) confirmed measles cases have been reported in the South Central region, linked to international travel. All cases were in unvaccinated individuals aged 1-34 years. Two cases required hospitalization.</p>
<ol><li>Consider measles in patients with fever &ge;101F and rash, especially with cough, coryza or conjunctivitis.</li>
<li>Immediately place suspected patients in an airborne infection isolation room.</li>
<li>Report suspected cases to the local health department immediately by phone.</li>
<li>Collect a nasopharyngeal swab for PCR and serum for IgM.</li>
<li>Verify evidence of immunity for all healthcare personnel.</li></ol>
<p>Questions: Bureau of Epidemiology, 1-877-555-0132 (24/7).</p></body></html>""")

mk('clean', 'news', '', 'Pharmacy Supply Chain <rx-supply@hvmc.org>', 'Nursing Managers <nurse-managers@hvmc.org>',
   'URGENT: Voluntary recall - heparin lock flush syringes Lot 3K22A / 3K22B',
"""Nursing Leaders,

The manufacturer (Meridale Medical) has issued a voluntary recall of Heparin Lock Flush Solution USP 100 units/mL, 5 mL prefilled syringes, Lots 3K22A and 3K22B (exp 11/2025), due to potential particulate matter. No adverse events have been reported to date.

Action required by end of shift today:
- Check Pyxis pockets and unit supply rooms for the affected lots (lot # printed on the syringe barrel and carton).
- Quarantine affected product in the labeled bins that Pharmacy is delivering to each unit and call x5500 for pickup.
- Replacement stock (Lot 4A03C) is being distributed to 4W, 5E, 5W and 6E this afternoon.

FDA notice reference: Recall Z-1187-2024. No patient notification is required per the manufacturer.

Thank you,
Derrick Moss, PharmD
Manager, Pharmacy Operations & Supply Chain
""", '2024-03-06 11:30', cte='base64')

mk('clean', 'news', '', 'HVMC Communications <communications@hvmc.org>', 'All Staff <allstaff@hvmc.org>',
   'The Harrow Valley Pulse - March 2024',
"""THE HARROW VALLEY PULSE - March 2024

4 West cuts 30-day readmissions
Congratulations to 4 West! The unit's 30-day readmission rate fell from 17.9% to 12.4% over the last two quarters after launching 48-hour post-discharge calls and bedside medication delivery ("Meds to Beds"). Special thanks to case manager Janet Okoro, RN, CCM, and Transitions of Care nurse Lisa Marchetti, RN.

Welcome, new hospitalists
Cedar Point Hospitalist Associates welcomes Dr. Hannah Whitcombe, DO (Philadelphia College of Osteopathic Medicine) and nocturnist Dr. Olumide Bakare, MD.

Social Work Month
March is Social Work Month. Stop by the 6th floor lounge Thursday 3/21 for coffee with our social work team, led by Sean Gallagher, LCSW.

Parking reminder
Lot C will be closed for resurfacing March 18-22. Staff shuttles run every 10 minutes from the Route 9 overflow lot.
""", '2024-03-01 08:00',
html="""<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#1d4f76">The Harrow Valley Pulse</h1><p><i>March 2024</i></p>
<h3>4 West cuts 30-day readmissions</h3><p>Congratulations to 4 West! The unit's 30-day readmission rate fell from 17.9% to 12.4% over the last two quarters after launching 48-hour post-discharge calls and bedside medication delivery (&ldquo;Meds to Beds&rdquo;). Special thanks to case manager Janet Okoro, RN, CCM, and Transitions of Care nurse Lisa Marchetti, RN.</p>
<h3>Welcome, new hospitalists</h3><p>Cedar Point Hospitalist Associates welcomes Dr. Hannah Whitcombe, DO and nocturnist Dr. Olumide Bakare, MD.</p>
<h3>Social Work Month</h3><p>Stop by the 6th floor lounge Thursday 3/21 for coffee with our social work team, led by Sean Gallagher, LCSW.</p>
<h3>Parking reminder</h3><p>Lot C will be closed for resurfacing March 18-22.</p>
</body></html>""")

mk('clean', 'news', '', 'Post-Acute Policy Brief <newsletter@pacpolicybrief.com>', OKORO,
   'This week: MA prior auth rule, SNF 3-day waiver, IMPACT Act measures',
"""POST-ACUTE POLICY BRIEF | Week of March 11, 2024

1) Medicare Advantage prior authorization
CMS's final rule (CMS-0057-F) requires impacted payers to send prior authorization decisions within 72 hours for expedited and 7 calendar days for standard requests beginning in 2026. Hospitals report average SNF authorization waits of 2.1 days in a recent survey of 412 case management departments.

2) SNF 3-day rule
Reminder: traditional Medicare still requires a qualifying 3-midnight inpatient stay; observation days do not count. Several ACOs and most MA plans waive the requirement. Case managers should confirm waiver status at the time of referral.

3) By the numbers
- 20.1% of Medicare FFS discharges go to a SNF
- Median SNF length of stay: 24 days
- National 30-day all-cause readmission rate: 14.6%

Unsubscribe | Manage preferences
Post-Acute Policy Brief, 1200 K St NW Ste 800, Washington DC 20005
""", '2024-03-11 06:30')

mk('clean', 'news', '', 'Keystone Respiratory News <news@keystonerespiratory.com>', DUARTE,
   'Keystone Respiratory Partner Update: new POC models & faster hospital discharges',
"""Dear Hospital Partner,

Spring updates from Keystone Respiratory:

* New portable oxygen concentrators: we now stock the 5-setting pulse-dose POC (4.8 lb) for qualifying patients. Remember, most payers require documentation of ambulatory need.
* Same-day discharge program: orders received by 1:00 PM with a complete CMN are delivered bedside by 4:00 PM in our 3-county service area.
* Documentation checklist: face-to-face note within 30 days, qualifying SpO2 or ABG with testing conditions, order with flow rate/frequency/duration, length of need.
* Lunch & learn: "Home oxygen qualification in 10 minutes" - available for case management teams. Contact your liaison, Brett Hammond, (555) 014-5150.

Thank you for your partnership.
Keystone Respiratory Supply
""", '2024-03-04 10:00')

qdash = csv_text([
    ['unit', 'month', 'discharges', 'alos_days', 'gmlos_days', 'los_index', 'dc_before_noon_pct', 'readmit_30d_pct', 'snf_auth_tat_hrs'],
    ['4W', '2024-02', '212', '4.6', '4.1', '1.12', '31.1', '12.4', '29'],
    ['5E', '2024-02', '198', '5.2', '4.3', '1.21', '22.7', '15.2', '34'],
    ['5W', '2024-02', '205', '4.9', '4.2', '1.17', '25.4', '14.1', '31'],
    ['6E', '2024-02', '176', '5.8', '4.6', '1.26', '18.8', '16.5', '41'],
])
mk('clean', 'news', '', 'Quality Analytics <quality-analytics@hvmc.org>', 'Medicine Leadership <med-leadership@hvmc.org>',
   'February Medicine Throughput Dashboard',
"""Attached is the February throughput dashboard for the medicine units (aggregate, no patient-level data).

Highlights:
- LOS index improved on 4W (1.12, from 1.19 in January)
- Discharge-before-noon: 4W pilot at 31%, others 19-25%
- SNF authorization turnaround remains the top barrier on 6E (41 hrs median)

Patient-level drill-downs are available in the secure Tableau workbook only.

Quality Analytics | Harrow Valley Medical Center
""", '2024-03-05 12:00', atts=[('Medicine_Throughput_2024-02.csv', qdash, 'text', 'csv')])

# =====================================================================
# CLEAN - staff
# =====================================================================
mk('clean', 'staff', '', MEHTA, 'Hospitalists <hospitalists@cedarpointhospitalists.com>',
   'home O2 qualifying - exertional only?',
"""quick poll - what is everyone doing for home O2 when someone sats fine at rest but drops with walking? had a woman in her 70s with COPD this week who was 93% at rest, 86% after 2 laps. Keystone said the walk test has to show improvement on O2 in the same session or Medicare won't pay, and RT only documented rest + exertion on RA.

Are people writing the order for "with exertion only" or continuous? And does anyone have a smartphrase for the 3-part test?

Anil
""", '2024-03-08 13:55')

mk('clean', 'staff', '', BENITEZ, 'Case Management <casemgmt@hvmc.org>',
   'New process: SNF referrals through CareLink starting 3/18',
"""Team,

Starting Monday 3/18 all SNF and IRF referrals go through CareLink instead of fax/email. Key points:

1. Send to at least 5 facilities unless the patient/family has documented a narrower choice (document the patient choice list + IMPORTANT: the CMS quality data sheet must be offered).
2. Attach: H&P, last 2 days of progress notes, PT/OT notes, MAR, face sheet. CareLink pulls these from Epic automatically once the referral is launched from the Discharge Planning activity.
3. Do NOT email clinicals to facilities anymore unless CareLink is down - if it is, use the secure fax template.
4. Authorizations: still submitted through each payer portal for now.

Training sessions: Wed 3/13 and Fri 3/15, 2-3 PM, Conf Rm B. Superusers: Rebecca Thornton and Kim Duarte.

Carla
""", '2024-03-09 10:20')

mk('clean', 'staff', '', NWOSU, 'Staffing Office <staffing@hvmc.org>',
   '6E nights tonight - short 2',
"""Staffing,

6E is short 2 RNs for tonight (call-outs). Census 28 with 3 expected admits from the ED, 2 on 1:1 sitters (1 delirium, 1 suicide precautions). Can we get a float RN + the agency nurse who was cancelled on 5W? If not we'll need to close 2 beds to admissions after midnight.

Also still need a sitter 1900-0700.

Amara Nwosu, RN
Charge, 6 East  x6240
""", '2024-03-12 14:40')

mk('clean', 'staff', '', GALLAGHER, '"Marsh, Dana LCSW" <dmarsh@hvmc.org>',
   'advice - unhoused pt, no insurance, needs respite',
"""Dana - picking your brain since you did ED SW for years. Hypothetical-ish: man in his 50s, unhoused, uninsured, finishing IV antibiotics in a couple of days and will need 4 more weeks of oral antibiotics and daily wound checks. No SNF will take him without a payer. Shelter won't take him with a wound vac.

Options I'm thinking of: medical respite (is Harbor House still taking referrals? last time they had a 2-wk wait), emergency Medicaid application, and switching the wound vac to simple dressings so the shelter will take him. Anything I'm missing?

thanks
Sean
""", '2024-03-10 15:12')

mk('clean', 'staff', '', CHEN, 'Hospitalists <hospitalists@cedarpointhospitalists.com>',
   'Updated DOAC dosing guide - renal adjustment (P&T approved)',
"""Hi all,

P&T approved the updated DOAC dosing guide this week. Highlights:

Apixaban (AF): 5 mg BID; reduce to 2.5 mg BID if ≥2 of: age ≥80, weight ≤60 kg, SCr ≥1.5.
Apixaban (VTE treatment): 10 mg BID x 7 days, then 5 mg BID; no renal dose reduction for VTE.
Rivaroxaban (AF): 20 mg daily with the evening meal; 15 mg if CrCl 15-50.
Dabigatran: avoid if CrCl <30.

Transitions of care reminder: when switching warfarin -> DOAC at discharge, start the DOAC when INR <2 and make sure warfarin is removed from the AVS. We've had several near-misses where both drugs stayed on the discharge med list.

Full guide is on the Pharmacy intranet page > Anticoagulation.

Grace Chen, PharmD, BCPS
""", '2024-03-13 12:05', cte='quoted-printable')

mk('clean', 'staff', '', FELDMAN, 'Medicine IDT <medicine-idt@hvmc.org>',
   'IDT rounds moving to 0915 starting Monday',
"""All,

Starting Monday 3/18, IDT/progression rounds on 4W and 5E will start at 0915 instead of 0930 so hospitalists can finish before the 1000 teaching conference. 5W and 6E stay at 1000 for now.

Format stays the same: 60 seconds per patient - expected dc date, dispo, barrier, owner. Please have PT recs entered by 0900.

Thanks,
Sam Feldman, MD
Medical Director, Hospital Medicine
""", '2024-03-14 17:30')

mk('clean', 'staff', '', MARCHETTI, FELDMAN, 'Re: post-discharge call script v3',
"""Thanks - I'll add the "teach-back" line for the diuretic and the daily weights and take out the question about the bill, patients hated it.

One more thought: can we ask the hospitalists to put the follow-up appointment in the AVS before they leave? About a third of the people we call say nobody told them when to see their doctor.

Lisa

On Wed, Mar 13, 2024 at 5:41 PM, Feldman, Samuel MD <sfeldman@cedarpointhospitalists.com> wrote:
> Script looks good. Suggest:
> - ask them to read back the name + dose of any NEW med (teach-back)
> - for HF pts, ask for today's weight vs discharge weight
> - drop Q7, not our business on a clinical call
> Sam
>
>> On Wed, Mar 13, 2024 at 2:10 PM Marchetti, Lisa RN <lmarchetti@hvmc.org> wrote:
>> Attached draft v3 of the 48-hr call script, would appreciate comments before
>> the quality committee Friday.
""", '2024-03-14 08:20')

# =====================================================================
# CLEAN - training
# =====================================================================
mk('clean', 'training', '', 'Epic Training Team <epic-training@hvmc.org>', 'New Hires - Case Management <cm-newhires@hvmc.org>',
   'PLY environment logins + practice patients for Discharge Planning class',
"""Welcome to Epic Discharge Planning for Case Managers (CM200)!

Class: Tues 3/19, 0800-1200, Training Room 2 (Lower Level)
Environment: PLY (practice) - NOT production. Nothing you do here reaches a real chart.

Your login: CMTRN01 through CMTRN12 (assigned at your seat), password: train2024 (you'll be asked to change it)

Practice patients (search by MRN):
  ZZTEST, DISCHARGE       MRN 99999001   "SNF referral scenario"
  ZZTEST, OXYGEN          MRN 99999002   "Home O2 / DME scenario"
  ZZTEST, READMIT         MRN 99999003   "30-day readmission scenario"
  ZZTEST, MEDICAIDPEND    MRN 99999004   "Payer pending scenario"

All practice patients have the DOB 01/01/1950 and live at "123 Training Way". Please complete the pre-work module in HealthStream before class.

Epic Training Team  |  x4000
""", '2024-03-12 09:00')

demo_csv = csv_text([
    ['referral_id', 'patient_last', 'patient_first', 'dob', 'mrn', 'level_of_care', 'payer', 'status'],
    ['DEMO-0001', 'DOE', 'JOHN', '01/01/1900', 'SAMPLE001', 'SNF', 'Demo Health Plan', 'Accepted'],
    ['DEMO-0002', 'DOE', 'JANE', '01/01/1900', 'SAMPLE002', 'IRF', 'Demo Medicare', 'Pending'],
    ['DEMO-0003', 'SAMPLE', 'PATIENT', '01/01/1900', 'SAMPLE003', 'HHA', 'Demo Medicaid', 'Declined'],
    ['DEMO-0004', 'TEST', 'ZZ', '01/01/1900', 'SAMPLE004', 'LTACH', 'Demo Health Plan', 'Auth pending'],
])
mk('clean', 'training', '', 'Priya Sethi <psethi@carelinkpac.io>', BENITEZ,
   'CareLink demo recap + sample import file',
"""Hi Carla,

Thanks for your team's time on the demo today. As promised, attached is the sample referral import file we used - all records are fictional demo data (John Doe / Jane Doe / "Sample Patient"), so feel free to share it with your superusers for the sandbox exercise.

Recap:
- Sandbox URL: https://sandbox.carelinkpac.io/hvmc (accounts for Rebecca and Kim created)
- Go-live target: 3/18
- Facility network: 46 SNFs, 9 IRFs, 14 home health agencies within 30 miles

Best,
Priya Sethi
Solutions Engineer | CareLink Post-Acute Network
""", '2024-03-06 16:45', atts=[('carelink_demo_referrals_SAMPLE.csv', demo_csv, 'text', 'csv')])

test_hl7 = ("MSH|^~\\&|EPIC|HVMC_TST|RHAPSODY|LINDENRIDGE_TST|20240312100000||ADT^A03|TST000123|T|2.5.1\r"
            "EVN|A03|20240312100000\r"
            "PID|1||TEST000001^^^HVMC^MR||ZZTEST^ADTONE^^^^^L||19000101|U|||123 TEST ST^^TESTVILLE^PA^00000||5550000000\r"
            "PV1|1|I|TST^001^A^HVMC||||9999999999^DOCTOR^TEST^^^MD||||||||||||TST0001|||||||||||||||||03^SKILLED NURSING FACILITY\r")
mk('clean', 'training', '', 'Kyle Osterman <kosterman@hvmc.org>', 'Integration - Linden Ridge <it@lindenridgerehab.com>',
   'TEST env: sample A03 for connectivity validation',
"""Hi LR IT,

For Thursday's connectivity test, attached is the synthetic A03 we'll send from our TEST engine (processing ID = T). Patient is ZZTEST^ADTONE, MRN TEST000001 - not a real person. Please confirm you receive it on port 6661 of your TEST listener and send back an AA ACK.

Kyle Osterman
Integration Analyst, IS Clinical Applications
""", '2024-03-12 10:05', atts=[('TEST_ADT_A03_synthetic.hl7', test_hl7.encode('ascii'), 'application', 'octet-stream')])

mk('clean', 'training', '', 'Nurse Residency Program <nurse-residency@hvmc.org>', 'RN Residency Cohort 24A <rn-residents-24a@hvmc.org>',
   'Case study for Thursday: discharge planning (fictitious patient)',
"""Residents,

Please read the case below before Thursday's session. This is a FICTITIOUS case written for teaching; any resemblance to a real patient is coincidental.

"Mrs. Jane Sample" is a 72-year-old widow admitted to a medicine unit with a COPD exacerbation. She lives alone in a second-floor walk-up. On day 3 she walks 50 feet with a walker and desaturates to 87% on room air. Her daughter lives two hours away. Her insurance is a Medicare Advantage plan.

Discussion questions:
1. What does she need to qualify for home oxygen, and who documents it?
2. PT recommends SNF; she refuses. How do you assess capacity and respect her choice?
3. Which post-discharge services can you set up if she goes home?
4. What would make her high risk for readmission, and what would you put in the 48-hour call?

See you Thursday 1300, Sim Lab classroom.
Tamara Ellis, MSN, RN-BC, Nurse Residency Coordinator
""", '2024-03-11 11:00')

mk('clean', 'training', '', 'ClearPath Clearinghouse Support <support@clearpathedi.com>', 'Patient Financial Services <pfs-eligibility@hvmc.org>',
   'Sandbox 270/271 test results - submitter HVMC0417',
"""Hello,

Your sandbox 270 test transaction processed successfully. The test subscriber below is a synthetic record that exists only in our certification environment.

ISA*00*          *00*          *ZZ*HVMC0417       *ZZ*CLEARPATHTST   *240312*1102*^*00501*000000001*0*T*:~
GS*HS*HVMC0417*CLEARPATHTST*20240312*1102*1*X*005010X279A1~
ST*270*0001*005010X279A1~
BHT*0022*13*TEST0001*20240312*1102~
HL*1**20*1~
NM1*PR*2*TEST PAYER*****PI*00000~
HL*2*1*21*1~
NM1*1P*2*HARROW VALLEY MEDICAL CENTER*****XX*1598773320~
HL*3*2*22*0~
NM1*IL*1*TESTPATIENT*ONE****MI*TEST0000001~
DMG*D8*19000101*U~
DTP*291*D8*20240312~
EQ*30~
SE*12*0001~
GE*1*1~
IEA*1*000000001~

Result: 271 returned with EB*1 (active coverage) for the test member. You are cleared to move to production testing with your payer list.

ClearPath EDI Support | Ticket #CP-556120
""", '2024-03-12 11:10')

mk('clean', 'training', '', 'Simulation Center <simcenter@hvmc.org>', 'Hospital Medicine Faculty <hm-faculty@hvmc.org>',
   'Sim scenario draft: "Discharge Day Gone Wrong" - please review',
"""Faculty,

Draft scenario for the April interprofessional sim (hospitalists, RNs, CMs). Manikin: SimMan 3G ("Stan"), standardized family member played by an actor.

Scenario: "Stan Simmons", 81 (fictional), is ready for discharge to SNF after a hip fracture. At 1100 the SNF cancels the bed because the auth expired; at 1130 Stan becomes hypotensive (programmed BP 84/50, HR 118) after the morning meds; his "daughter" (actor) arrives upset about the delays.

Learning objectives:
- closed-loop communication during a clinical change on discharge day
- escalation to payer peer-to-peer
- family communication under stress

Debrief: 30 min, PEARLS framework. Please send comments by 3/22.

Renee Albrecht, MSN, CHSE
Simulation Center Coordinator
""", '2024-03-14 13:45')

# =====================================================================
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for r in rows:
        w.writerow(r)

if __name__ == '__main__':
    summ = {}
    for _, l, k, _p in rows:
        summ['%s-%s' % (l, k)] = summ.get('%s-%s' % (l, k), 0) + 1
    print(len(rows), summ)
