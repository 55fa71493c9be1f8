#!/usr/bin/env python3
# Blind evaluation mail set: hospital lab / AP / blood bank / couriers / outreach /
# reference labs / genetic-testing company.  Deterministic; stdlib only.
import os, sys, io, csv, random, zipfile, html, textwrap
import email.policy
from email.message import EmailMessage

SEED = 5001
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

ROWS = []
COUNT = {}
MSGNO = [0]


def zipbytes(files, when=(2024, 3, 15, 8, 12, 0)):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            if isinstance(data, str):
                data = data.encode('utf-8')
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def xlsx(rows, sheet='Sheet1'):
    def col(i):
        return chr(65 + i)
    srows = []
    for r, row in enumerate(rows, 1):
        cells = ''.join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>'
                        % (col(c), r, html.escape(str(v), quote=False)) for c, v in enumerate(row))
        srows.append('<row r="%d">%s</row>' % (r, cells))
    hdr = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    files = [
        ('[Content_Types].xml', hdr + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ('_rels/.rels', hdr + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ('xl/workbook.xml', hdr + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % sheet),
        ('xl/_rels/workbook.xml.rels', hdr + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml', hdr + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         '<sheetData>%s</sheetData></worksheet>' % ''.join(srows)),
    ]
    return zipbytes(files)


def to_html(text, font='Calibri'):
    """Roughly what Outlook/Gmail produce for the HTML alternative of a typed message."""
    out = []
    for para in text.split('\n\n'):
        lines = [html.escape(l) for l in para.split('\n')]
        if all(l.startswith('&gt;') for l in lines if l):
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote>'
                       % '<br>\n'.join(l[4:].lstrip() for l in lines))
        else:
            out.append('<p class="MsoNormal">%s</p>' % '<br>\n'.join(lines))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div style="font-family:%s,sans-serif;font-size:11pt">\n%s\n</div></body></html>\n'
            % (font, '\n'.join(out)))


def wrap_body(text, width=76):
    """Hard-wrap long prose lines the way plain-text mail clients do; leave quoted
    lines, tables, segments and indented blocks alone."""
    out = []
    for line in text.split('\n'):
        if (len(line) <= width or line.startswith(('>', ' ', '\t')) or '|' in line
                or '\t' in line or '*' in line[:4] or line.count('  ') > 2):
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False))
    return '\n'.join(out)


def mk(label, kind, patient, frm, to, subject, date, body, cc=None, html_part=None,
       att=(), cte=None, hdr=None):
    n = COUNT.get((label, kind), 0) + 1
    COUNT[(label, kind)] = n
    MSGNO[0] += 1
    i = MSGNO[0]
    fname = '%s-%s-%03d.eml' % (label, kind, n)
    msg = EmailMessage()
    msg['From'] = frm
    msg['To'] = to
    if cc:
        msg['Cc'] = cc
    msg['Subject'] = subject
    msg['Date'] = date
    dom = frm.rsplit('@', 1)[1].rstrip('>').strip()
    msg['Message-ID'] = '<%08x.%04x.%d@%s>' % (random.getrandbits(32), random.getrandbits(16), i, dom)
    for k, v in (hdr or {}).items():
        msg[k] = v
    if cte is None and random.random() < 0.5:
        body = wrap_body(body)
    if cte:
        msg.set_content(body, cte=cte)
    else:
        msg.set_content(body)
    if html_part:
        if html_part is True:
            html_part = to_html(body)
        msg.add_alternative(html_part, subtype='html')
    for fn, mt, st, data in att:
        if isinstance(data, str):
            msg.add_attachment(data, subtype=st, filename=fn)
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    j = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (i, j))
            j += 1
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(msg.as_bytes(policy=email.policy.SMTP))
    ROWS.append((fname, label, kind, patient if label == 'phi' else ''))


DISC_MRH = """
CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the
intended recipient(s) and may contain confidential and privileged information. Any unauthorized
review, use, disclosure or distribution is prohibited. If you are not the intended recipient,
please contact the sender by reply e-mail and destroy all copies of the original message."""

DISC_HLX = """
--
Helixa Genomics, Inc. | 400 Harbor Point Dr, Suite 210, Boston MA 02210
This message may contain confidential health information protected by federal and state law.
If you received it in error, notify the sender and delete it."""

# =====================================================================
# PHI - care
# =====================================================================
mk('phi', 'care', 'Whitcombe',
   '"Trejo, Marisol" <mtrejo@marrowfieldhealth.org>',
   '"Kaminski, Dana RN" <dkaminski@marrowfieldhealth.org>',
   '4W-12 blood - going to be late',
   'Tue, 05 Mar 2024 11:08:42 -0500',
"""Dana,

Heads up on Gerald Whitcombe (4W bed 12). His antibody screen came up positive this morning and the panel is pointing at anti-Kell, maybe something else underneath it, we're running a second panel now. That means I can't have crossmatched units for you for the 1400 transfusion -- realistically 1600 at the earliest, we have to screen K-neg units and I only have 3 O pos K-neg on the shelf.

His wife told the unit clerk he got blood at Ridgeview back in January, can someone call Ridgeview's blood bank and ask for his antibody history? That would help us a lot.

If his Hgb drops under 6 or he gets symptomatic call me directly and we'll talk to Dr. Osei about emergency release.

Marisol

Marisol Trejo, MLS(ASCP)CM
Lead Technologist, Transfusion Service
Marrowfield Regional Health | x4417
""" + DISC_MRH,
   cc='Blood Bank <bloodbank@marrowfieldhealth.org>',
   hdr={'X-Mailer': 'Microsoft Outlook 16.0'})

mk('phi', 'care', 'Ferreira',
   '"Abernathy, Hollis MD" <habernathy@marrowfieldhealth.org>',
   '"Lindqvist, Erik MD" <elindqvist@marrowfieldhealth.org>',
   'RE: path on Ferreira',
   'Tue, 12 Mar 2024 07:31:05 -0400',
"""Erik,

Final is signed out on Ana Ferreira (S24-03318). Lumpectomy margins all negative, closest is inferior at 3 mm. Both sentinel nodes negative on H&E and keratin. Grade 2, 1.4 cm. Receptors were done on the core in Feb so I didn't repeat them.

She's on the list for Thursday tumor board, I'll pull the slides.

Hollis

Hollis Abernathy, MD
Anatomic & Clinical Pathology
Marrowfield Regional Health | Pathology x4560

-----Original Message-----
From: Lindqvist, Erik MD
Sent: Monday, March 11, 2024 4:52 PM
To: Abernathy, Hollis MD <habernathy@marrowfieldhealth.org>
Subject: path on Ferreira

Hollis - any word on the final for Ms Ferreira? She's seeing me Wed morning for her post op and I'd love to tell her something. thx E
""", html_part=True)

mk('phi', 'care', 'Pruitt',
   '"Outreach Lab - Marrowfield" <outreach.lab@marrowfieldhealth.org>',
   '"Cedar Hollow Nursing 2nd floor" <nursing2@cedarhollowrehab.com>',
   'Re: missed draw this am',
   'Mon, 11 Mar 2024 10:22:40 -0400',
"""Hi Lorna,

So sorry about that -- our phlebotomist had a car problem and the route got re-sequenced, Mr. Pruitt fell off the list. Svetlana will be there between 1 and 2 today for the PT/INR and we'll call the result to Dr. Baptiste before 5 so he can dose tonight. I passed on the sharps container thing too.

Carla Dimitriou
Outreach Client Services, Marrowfield Regional Laboratory
419-555-0100 x4431

On Mon, Mar 11, 2024 at 9:47 AM Cedar Hollow Nursing 2nd floor <nursing2@cedarhollowrehab.com> wrote:
> hi, nobody came for Harold Pruitt in 214B this morning. he was on the list for
> PT/INR, his coumadin got changed Friday from 5 to 4mg after his INR was 3.8 and
> Dr Baptiste wants it rechecked today before the next dose. can someone come this
> afternoon? we gave the 4mg yesterday.
>
> also the phlebotomist last week left the sharps container open in his room,
> please remind them.
>
> thank you
> Lorna Quist LPN
> Cedar Hollow Nursing & Rehabilitation
> (419) 555-0176 ext 202
""")

mk('phi', 'care', 'Latimer',
   '"Maren Solberg, MS, CGC" <msolberg@helixagenomics.com>',
   '"Dr. Chidi Amadi" <camadi@lakesidefamilymed.com>',
   'Helixa results - your patient C. Latimer',
   'Thu, 14 Mar 2024 13:02:19 -0400',
"""Dr. Amadi,

I wanted to give you a heads up before the report posts to your portal: the hereditary cancer panel for your patient Corinne Latimer (DOB 07/22/1979, Helixa order HX-2024-031877) identified a pathogenic variant in PALB2, c.3113G>A (p.Trp1038*). No other variants were reported.

I have a results session with her by video on Tuesday 3/19 at 2:00 pm ET. I'll go over starting annual breast MRI alongside her mammogram, a referral to discuss risk-reducing surgery, and cascade testing for her sister and her two daughters (19 and 22). Relatives can test for the familial variant at no charge within 90 days.

If you'd rather disclose the result yourself just reply and I'll move our session to a follow-up. Either way the full report and a family letter will be on the portal by end of day.

Best,
Maren

Maren Solberg, MS, CGC
Genetic Counselor | Helixa Genomics
Direct 617-555-0119
""" + DISC_HLX, html_part=True)

mk('phi', 'care', 'Basquez',
   '"Dispatch - Swiftline" <dispatch@swiftlinecourier.com>',
   '"Pham, Kevin" <kpham@marrowfieldhealth.org>',
   'Incident report - Route 7 - 3/7',
   'Fri, 08 Mar 2024 08:40:57 -0500',
"""Kevin,

Incident summary for Route 7 (driver T. Ruelas), Thursday 3/7.

Driver picked up at Lakeside Family Medicine at 16:52. The bag had 1 ambient tote and 1 refrigerated 24 hr urine jug. The jug went into the van's side cooler and was not unloaded at the hospital receiving dock at 17:40. Driver found it at 07:15 on 3/8 during his pre-trip check. Jug label: BASQUEZ, ELEANOR - collected 3/6-3/7, creatinine clearance / total protein.

Driver has been retrained on the end-of-route sweep. We will deliver a new collection jug to the patient at no charge. Let us know if Lakeside wants us to pick the new collection up from her home on Saturday instead of her bringing it in (she's the one on Ventura Ct, the office said she doesn't drive since her dialysis access surgery).

Regards,
Ines Galloway
Dispatch Supervisor
Swiftline Medical Courier | 800-555-0134 | dispatch@swiftlinecourier.com
""")

mk('phi', 'care', 'Holloway',
   '"Marrowfield Lab Client Services" <labclientservices@marrowfieldhealth.org>',
   '"Orchard Street Pediatrics" <frontdesk@orchardpeds.com>',
   'CRITICAL VALUE - please call the lab',
   'Sat, 09 Mar 2024 03:11:26 -0500',
"""Orchard Street Pediatrics,

We attempted to reach your on-call provider at 02:20 and 02:45 with no answer. Please call the lab at 419-555-0100 option 3 as soon as you open.

Patient:    Tyrese Holloway
Age:        3 y
Test:       Lead, blood (venous) - performed at Keystone Reference Laboratories
Result:     48 ug/dL   (critical >= 45)
Collected:  03/08/2024 at your office

Per protocol the county health department is notified for results >= 45; this was reported to them at 03:05. Mom's number on the requisition went to voicemail, we did not leave the result.

Called by: R. Anand, MLT (nights)
""", hdr={'Importance': 'high', 'X-Priority': '1'})

mk('phi', 'care', 'Kowalczyk',
   '"Jess Moody" <jmoody@lakesidefamilymed.com>',
   'outreach.lab@marrowfieldhealth.org',
   'add on pls',
   'Wed, 13 Mar 2024 09:58:03 -0400',
"""can you add a TSH and B12 to mrs kowalczyk's blood from this morning? dr amadi forgot to check them off. she's had 2 falls this month and just started donepezil so he wants to rule stuff out. thx!!

jess

Sent from my iPhone
""", hdr={'X-Mailer': 'iPhone Mail (21D61)'})

mk('phi', 'care', 'Mbeki-Tanner',
   '"Zhou, Wei MD" <wzhou@marrowfieldhealth.org>',
   '"Patient Safety" <patientsafety@marrowfieldhealth.org>',
   'FW: Transfusion reaction workup - 4S',
   'Mon, 11 Mar 2024 08:15:44 -0400',
"""FYI for the safety huddle. Febrile non-hemolytic most likely, no evidence of hemolysis or bacterial contamination so far. Bag culture is pending final. I'll close it out in SafetyNet.

Wei Zhou, MD
Medical Director, Transfusion Service

---------- Forwarded message ---------
From: Trejo, Marisol <mtrejo@marrowfieldhealth.org>
Date: Sun, Mar 10, 2024 at 2:41 PM
Subject: Transfusion reaction workup - 4S
To: Zhou, Wei MD <wzhou@marrowfieldhealth.org>

Dr. Zhou,

Reaction workup for Rosalind Mbeki-Tanner, 4 South rm 418, MRN 00872214.

Unit W0362 24 018833 (AS-1 RBC, O pos) spiked at 13:10. At 13:35 temp 39.1 C (pre 37.0), rigors, BP 142/88. Transfusion stopped by the RN at 13:37, approx 120 mL in.

- Clerical check: OK, unit and band match
- Visual post sample: no hemolysis
- DAT post: negative (pre also neg)
- Repeat ABO/Rh on post sample: O pos, matches
- Bag + tubing to micro: gram stain no organisms seen

She got acetaminophen and meperidine for the rigors per Dr. Fairbanks. Second unit is on hold in the BB.

Marisol
""", cte='base64')

# =====================================================================
# PHI - names
# =====================================================================
mk('phi', 'names', 'Nguyễn Thị Lan',
   '"Outreach Lab - Marrowfield" <outreach.lab@marrowfieldhealth.org>',
   '"Lakeside Family Medicine" <frontdesk@lakesidefamilymed.com>',
   'Nguyễn Thị Lan – redraw needed today',
   'Wed, 06 Mar 2024 08:03:11 -0500',
"""Hi all,

Specimen came in hemolyzed so the potassium can't be reported. Can she come back to the Elm St draw station before noon? Dr. Amadi wanted it before the lisinopril increase.

Thanks,
Carla
Outreach Client Services
""")

mk('phi', 'names', 'Okonkwo',
   '"Tobi Adewale" <tadewale@marrowfieldhealth.org>',
   '"Keystone AP Send-outs" <apsendouts@keystonereflab.com>',
   'RE: Block request - Okonkwo',
   'Thu, 07 Mar 2024 14:26:50 -0500',
"""Pulling A3 and A7 now, they'll be on tomorrow's FedEx with a copy of the path report. Sorry about that, the tech packed the slide folder only.

Tobi Adewale, HT(ASCP)
Histology Supervisor, Marrowfield Regional Health

From: Keystone AP Send-outs <apsendouts@keystonereflab.com>
Sent: Thursday, March 7, 2024 1:58 PM
To: Histology - Marrowfield <histology@marrowfieldhealth.org>
Subject: Block request - Okonkwo

Hello,

We received the Decipher request for Chukwuemeka Okonkwo's prostate biopsy (your case S24-02219) but there were no blocks in the shipment, only the H&E slides. Could you pull A3 and A7 (highest Gleason per your report) and send with tomorrow's FedEx? Requisition is otherwise complete.

Mr. Okonkwo's urologist's office has called us twice already so we'd like to get it going.

Thank you,
Danielle Forsythe
Anatomic Pathology Send-Out Coordinator
Keystone Reference Laboratories
(800) 555-0160 x331
""")

mk('phi', 'names', 'Van der Berg',
   '"Helixa Client Services" <clientservices@helixagenomics.com>',
   '"Lab Send-outs" <sendouts@marrowfieldhealth.org>',
   'Case HX-558120 on hold - missing requisition',
   'Mon, 04 Mar 2024 15:40:12 -0500',
"""Hello Marrowfield Send-outs team,

We received a saliva kit in today's shipment without a requisition:

    Name on tube:   VAN DER BERG, PIETER J
    Kit barcode:    HX-558120
    Collected:      03/01/2024
    Test ordered:   (none - no TRF in bag)

We can't begin testing until we have a signed test requisition with the ordering provider and test code. If this was meant to be the cardiomyopathy panel (HX-CARD-84) that Dr. Whitfield usually orders for his patients after a syncope workup, please fax the TRF to 855-555-0172 or upload it in the portal and we'll release the hold.

Saliva is stable for 30 days at room temperature.

Kind regards,
Tomasz Wierzbicki
Client Services Representative
Helixa Genomics | 855-555-0170
""" + DISC_HLX)

mk('phi', 'names', 'Dolores',
   '"Bernadette Kuria" <bkuria@brightwatermanor.org>',
   '"Tasha Greenlee" <tgreenlee@marrowfieldhealth.org>',
   'urine culture?',
   'Thu, 14 Mar 2024 16:48:31 -0400',
"""Hi Tasha, it's Bernadette at Brightwater again, sorry to bug you. Did the urine culture for Dolores come back yet? Room 108, the one with the foley, we sent it Monday. Her daughter keeps asking and Dr Pike wants to know if we need to switch her off the Keflex. She's still running 100.4 at night.

B. Kuria RN, DON
Brightwater Manor
(937) 555-0122
""")

mk('phi', 'names', 'Al-Zahrani',
   '"Nadia Kasparian, MS, LCGC" <nkasparian@helixagenomics.com>',
   '"GC Scheduling" <gcscheduling@helixagenomics.com>',
   'Re: carrier screen f/u',
   'Tue, 12 Mar 2024 10:19:08 -0400',
"""Hi team - please book a 45 min session with Fatima Al-Zahrani and her husband Yousef together, they prefer evenings after 6 and need an Arabic interpreter (Gulf dialect if we can get one). Her expanded carrier screen showed she carries an HBB variant, Yousef hasn't been tested yet and she's 11 weeks so this is time sensitive. His kit went out Monday.

Thanks!
Nadia

> On Mar 12, 2024, at 10:03 AM, GC Scheduling <gcscheduling@helixagenomics.com> wrote:
>
> Hi Nadia, do you want the Al-Zahrani follow-up booked as a couples session or just her?
> - Ashley
""")

mk('phi', 'names', 'Hrabovská',
   '"DeLuca, Frank" <fdeluca@marrowfieldhealth.org>',
   '"Decedent Affairs" <decedentaffairs@marrowfieldhealth.org>',
   'Autopsy request – Mrs. Hrabovská (MICU)',
   'Wed, 13 Mar 2024 07:55:30 -0400',
"""Hi,

The family of Mrs. Ludmila Hrabovská (expired 3/13 at 0412, MICU bed 6) is requesting a hospital autopsy. Her son Marek is NOK and is coming in at 11 to sign the consent -- he's fine in English but his father will need a Slovak interpreter if he wants to be part of the conversation.

Dr. Reinholt's clinical question is whether the PE was the cause of death given she'd been on therapeutic heparin since the 8th. Limited to chest and abdomen, no brain, per family.

She's in the morgue, cooler 2. Please don't release to the funeral home (Kovac & Sons) until we're done.

Frank DeLuca, PA(ASCP)
Pathologists' Assistant / Autopsy Service
Marrowfield Regional Health | x4571
""", cc='Pathology Office <pathology@marrowfieldhealth.org>')

mk('phi', 'names', 'Subramaniam',
   '"Blood Bank" <bloodbank@marrowfieldhealth.org>',
   '"PAT Clinic" <preadmissiontesting@marrowfieldhealth.org>',
   'T&S expired - Subramaniam, V.',
   'Mon, 18 Mar 2024 06:50:02 -0400',
"""Pre-admit team,

Mr. Venkataraghavan Subramaniam is on the OR schedule Thursday 3/21 (CABG, Dr. Iyer) but his type & screen from 3/8 is long expired. He needs a new blood bank sample within 3 days of surgery, so Tuesday or Wednesday. He also has a history of anti-E (2019), so we need time to find antigen-negative units -- sample has to be here by Wed 10:00 at the latest.

Blood bank band # on the old sample: BB-20931. Please have him bring the old band if he still has it or we'll reissue.

Thx
Guillermo Sotelo, MLS(ASCP)
Blood Bank, Marrowfield Regional
""")

mk('phi', 'names', 'Adeyemi-Bakare',
   '"Rhonda Tillman" <rtillman@lakesidefamilymed.com>',
   '"Jess Moody" <jmoody@lakesidefamilymed.com>',
   'RE: seun',
   'Wed, 13 Mar 2024 13:09:47 -0400',
"""yes that's her - Oluwaseun Adeyemi-Bakare, she goes by Seun. her A1c and lipids were drawn at the hospital outreach not here so they're in the marrowfield portal not ours. can you print them for dr amadi before her 3:15? she's also due for the urine microalbumin, put a cup in the room.

Rhonda

-----Original Message-----
From: Jess Moody <jmoody@lakesidefamilymed.com>
Sent: Wednesday, March 13, 2024 1:02 PM
To: Rhonda Tillman <rtillman@lakesidefamilymed.com>
Subject: seun

is seun on the schedule today the one w the long last name? I cant find her labs anywhere
""")

# =====================================================================
# PHI - self
# =====================================================================
mk('phi', 'self', 'Kessler',
   '"Bri Kessler" <brikessler90@gmail.com>',
   'support@helixagenomics.com',
   'still waiting on results??',
   'Sun, 10 Mar 2024 21:33:40 -0400',
"""Hi,

My name is Brianna Kessler and I did the hereditary cancer test through my OB (Dr. Santangelo) back in February. My birthday is 11/03/1990 if you need it to look me up. It's been 5 weeks and the app still says "in the lab". My next OB appointment is April 2nd and I really want to have it before then since my mom had ovarian cancer at 44 and I'm trying to decide about surgery.

Also I got an email saying my insurance (BCBS) denied it?? Nobody told me that could happen. Can someone please call me at 614-555-0193, I'm free after 4.

Thanks,
Bri
""", html_part=True)

mk('phi', 'self', 'Reyes-Galindo',
   '"Alejandra Galindo" <ale.galindo@yahoo.com>',
   'labcustomerservice@marrowfieldhealth.org',
   "Question about my son's blood test",
   'Thu, 07 Mar 2024 12:14:09 -0500',
"""Hello,

My son Mateo Reyes-Galindo (DOB 2/14/2017) had blood drawn on Tuesday at your Elm Street lab for celiac testing that Dr. Chen ordered. When I check the MyMarrowfield app it says "Sent to reference lab" for the tTG IgA and nothing else. What does that mean and how long will it take? He has been having a lot of stomach pain and missing school and we are anxious to know.

Also the phlebotomist was wonderful with him, he was so scared and she made it easy. Her name was Keisha I think. Please pass that on!

Thank you,
Alejandra Galindo
(937) 555-0147

Sent from Yahoo Mail for iPhone
""", html_part=True)

mk('phi', 'self', 'Amundsen',
   '"Greg Amundsen" <gamundsen@outlook.com>',
   'billing@marrowfieldhealth.org',
   'Re: Statement 448812',
   'Fri, 15 Mar 2024 19:02:55 -0400',
"""To whom it may concern,

I'm writing about the statement I got for $412.60 for lab work on 01/29/2024. I'm Gregory Amundsen, account 448812. The bill is for a "PSA, total" and "testosterone, free and total". My urologist told me those would be covered since I'm being monitored after my prostate surgery last year. The EOB from my insurance says "out of network lab" but I went to your hospital's own draw station on the 3rd floor of the Pavilion.

Can you please resubmit to Medical Mutual? Member ID should be on file but it's MMO880213455-01.

Greg

-----Original Message-----
From: Marrowfield Regional Health Patient Financial Services <noreply-statements@marrowfieldhealth.org>
Sent: Thursday, March 14, 2024 6:00 AM
To: gamundsen@outlook.com
Subject: Statement 448812

Dear Patient,

Your account has a balance of $412.60 that is now 60 days past due. To pay online visit the patient portal or call 419-555-0199.
""")

mk('phi', 'self', 'Castellano',
   '"Linda Castellano-Moore" <lcmoore61@icloud.com>',
   '"Cedar Hollow Nursing 2nd floor" <nursing2@cedarhollowrehab.com>',
   'My mother Irene Castellano - transfusion Friday',
   'Sun, 10 Mar 2024 14:27:18 -0400',
"""Hello,

I am the healthcare POA for my mother, Irene Castellano, in room 220. When I visited Saturday I was told she was taken to Marrowfield on Friday for a blood transfusion and brought back the same day. Nobody called me, which is required per her care plan.

I would like to know:
1. What her blood count was that made this necessary
2. How many units she got
3. Whether she will need more, and who is following it
4. Why her iron pills were stopped in February

She is 91 and gets confused, she could not tell me what happened. I am copying the hospital lab because the nurse said the lab "called it in".

Linda Castellano-Moore
(419) 555-0155
""", cc='outreach.lab@marrowfieldhealth.org')

mk('phi', 'self', 'Venkatesh',
   '"Priya Venkatesh" <priya.venkatesh85@gmail.com>',
   'pathology@marrowfieldhealth.org',
   'requesting my biopsy report',
   'Tue, 19 Mar 2024 08:12:37 -0400',
"""Hi - could you email or mail me a copy of my pathology report from my skin biopsy on 3/4/24 (left shoulder, Dr. Marchetti's office)? Priya Venkatesh, dob 1985-06-19. Address on file is still correct.
thanks!
Priya
""")

mk('phi', 'self', 'Barros',
   '"Teddy Barros" <tbarros.home@gmail.com>',
   '"Maren Solberg" <msolberg@helixagenomics.com>',
   'Re: Follow up from today',
   'Fri, 15 Mar 2024 07:48:21 -0400',
"""Hi Maren,

Thanks again for taking so much time on the phone yesterday, it helped. I talked to my brother Luis and he's going to do the test, he'll call you guys Monday. My daughter is only 16 so I guess we wait on her like you said.

I'm still pretty nervous about the colonoscopy every year thing. My last one was 2021 and they took out 2 polyps. Should I ask Dr. Kaplan to move it up to this spring? Also does the MSH2 thing mean I have to tell my life insurance? I'm afraid to.

Teddy

On Thu, Mar 14, 2024 at 5:12 PM Maren Solberg <msolberg@helixagenomics.com> wrote:
> Hi Theodore,
>
> It was good to talk with you today. As promised, here's a summary:
>
> - Your result: a pathogenic variant in MSH2 (Lynch syndrome)
> - Recommended: colonoscopy every 1-2 years; ask your GI about upper
>   endoscopy as well
> - Relatives: your brother now, and your daughter when she is an adult,
>   can be tested for this specific variant
> - GINA protects you from discrimination in health insurance and
>   employment, but it does not cover life insurance
>
> Please reach out any time.
> Maren
""", cte='quoted-printable')

mk('phi', 'self', 'Ellison',
   '"Marguerite Ellison" <peggy.ellison@hotmail.com>',
   'bloodbank@marrowfieldhealth.org',
   'donating my own blood before surgery',
   'Mon, 04 Mar 2024 09:30:00 -0500',
"""Good morning,

I'm scheduled for a right hip replacement with Dr. Hallett at Marrowfield on April 18 and I would like to donate my own blood beforehand, like I did for my knee in 2015. My name is Marguerite Ellison, I'm 67, and my blood type is A negative. I take lisinopril and a baby aspirin every day. Dr. Hallett's nurse said to contact the blood bank directly.

How many times would I need to come in and how far apart? I live out past Wapakoneta so it's a drive.

Thank you kindly,
Peggy Ellison
419-555-0138
""")

# =====================================================================
# PHI - ids
# =====================================================================
mk('phi', 'ids', '',
   '"Sendouts" <sendouts@marrowfieldhealth.org>',
   '"Outreach Lab" <outreach.lab@marrowfieldhealth.org>',
   'recollect needed - wrong tube',
   'Tue, 12 Mar 2024 11:47:29 -0400',
"""the factor V leiden / prothrombin gene sendout for the pt born 3.4.88, MR 00418837, came down in a lavender -- keystone wants light blue for the combo panel now since they add the APC resistance. can you get the office to recollect? she's coming in to the anticoag clinic friday anyway so maybe just catch her there.

-mo
""")

mk('phi', 'ids', '',
   '"Helixa Prior Authorization" <priorauth@helixagenomics.com>',
   '"Lakeside Family Medicine Referrals" <referrals@lakesidefamilymed.com>',
   'PA needed - Helixa order 2024-044182',
   'Wed, 13 Mar 2024 14:05:51 -0400',
"""Good afternoon,

The patient's plan requires prior authorization for the hereditary cardiomyopathy panel. We need the following from your office by 3/22 or the order will convert to self-pay ($249):

  Patient DOB:  19720915
  Member ID:    ZGP448120937
  Plan:         Anthem BCBS PPO
  CPT:          81439
  Clinical:     dilated cardiomyopathy dx 2023, EF 30%; brother with
                sudden cardiac death at 41

Please send the last 2 cardiology notes and the echo report. The patient phone on the order is (614) 555-0182 -- we left her a voicemail as well.

Thank you,
Helixa Prior Authorization Team
Fax 855-555-0173
""" + DISC_HLX)

mk('phi', 'ids', 'Pelletier',
   '"Brightwater Manor Medical Records" <records@brightwatermanor.org>',
   'outreach.lab@marrowfieldhealth.org',
   'standing order renewal',
   'Fri, 15 Mar 2024 11:20:00 -0400',
"""Please see renewed standing order below, faxed copy signed by Dr. Pike to follow.

Resident:  Augustin Pelletier
DOB:       4 Mar 1938
Medicare:  1EG4-TE5-MK72
Room:      22-A
Orders:    CBC w/diff and BMP every Monday x 12 weeks (start 3/18/24)
           Digoxin level 1st Monday of month
Dx code:   I48.91, Z79.899
Bill to:   Medicare Part B

Thanks,
Yvonne Stamper
Medical Records / Unit Secretary
Brightwater Manor | 1200 Brightwater Ln, Piqua OH
""")

mk('phi', 'ids', '',
   '"PFS Customer Service" <pfs.cs@marrowfieldhealth.org>',
   '"Lab Billing" <labbilling@marrowfieldhealth.org>',
   'acct 7730019842 - bone marrow charges',
   'Tue, 19 Mar 2024 10:41:13 -0400',
"""Hi lab billing,

Had a caller on acct 7730019842 (guarantor address 1442 Rosewood Ln Apt 3B, Dunmore OH 45331, cb# 937-555-0148). She was billed twice for the bone marrow biopsy on 2/27 -- once on the hospital side (38221) and again by pathology for the flow + cytogenetics same date. Insurance paid the first and denied the second as a duplicate. She says she was told it would all be one bill. Can you look at whether 88184/88185 and 88237 were supposed to go out under the pro fee?

Please call her back by Friday, she's in the middle of chemo and doesn't have the energy for the phone tree.

Deb
PFS ext 6021
""")

mk('phi', 'ids', 'Okafor',
   '"Receiving - Core Lab" <labreceiving@marrowfieldhealth.org>',
   'dispatch@swiftlinecourier.com',
   'missing tube route 3',
   'Thu, 14 Mar 2024 10:05:27 -0400',
"""Manifest for route 3 (Cedar Hollow + Dr. Rashid's office) listed 14 specimens, we received 13. Missing:

MRN 00993421 / Acct H000781234
Okafor, Grace   DOB 07/07/1951
SST gold top - CMP + hepatic function (methotrexate monitoring)

Please have the driver check the van and the lockbox at Dr. Rashid's. If it isn't found by 1200 we'll ask the office to redraw her.

Core Lab Receiving x4400
""")

mk('phi', 'ids', 'Lindgren',
   '"Helixa Lab Operations" <labops@helixagenomics.com>',
   '"Helixa Client Services" <clientservices@helixagenomics.com>',
   'QNS sample - need recollection kit sent',
   'Mon, 18 Mar 2024 15:33:46 -0400',
"""CS team,

Sample below failed DNA QC (yield 0.8 ug, need 2.0). Please send a recollection kit and let the patient know.

Order #:     HGX-2024-118845
Kit barcode: 4419 2208 7713
DOB:         1994-01-30
Test:        Expanded carrier screen (HX-CS-500), partner testing pending
Email:       sara.lindgren94@gmail.com
Ship to:     address on order (Columbus OH)

She's 9 wks per the TRF so please expedite - overnight the kit.

- Lab Ops, DNA extraction
""")

mk('phi', 'ids', 'Thibodeaux',
   '"Sharon Pryce" <billing@lakesidefamilymed.com>',
   '"NorthPeak Diagnostics Client Billing" <clientbilling@northpeakdx.com>',
   'RE: Missing insurance info - req 88120477',
   'Tue, 12 Mar 2024 15:22:08 -0400',
"""Here's what we have for him:

Pt: Remy Thibodeaux
SSN 412-55-0938
Ohio Medicaid ID 104488271933
88 Canal St, Lockington OH 45356

Test was the HCV RNA quant + genotype from 3/1, he's starting treatment with Dr. Amadi next month. Please do not bill the patient, he has no income.

Sharon
Lakeside Family Medicine - billing

-----Original Message-----
From: NorthPeak Diagnostics Client Billing <clientbilling@northpeakdx.com>
Sent: Tuesday, March 12, 2024 9:15 AM
To: billing@lakesidefamilymed.com
Subject: Missing insurance info - req 88120477

Requisition 88120477 was received without insurance information. Please provide the patient's insurance or confirm client bill within 10 business days.
""")

mk('phi', 'ids', 'Szymanski',
   '"Sotelo, Guillermo" <gsotelo@marrowfieldhealth.org>',
   '"ED Charge RN" <edcharge@marrowfieldhealth.org>',
   'mislabeled T&S?',
   'Sat, 16 Mar 2024 22:17:39 -0400',
"""ED -

Just got a type & screen from bay 14 labeled J. Szymanski, MRN E1200347, DOB 4/3/88. Historical type on that MRN is A neg (2021, she got RhIG in her pregnancy). Today's tube types O pos. Either it's wrong blood in tube or two patients got mixed up. We're rejecting the specimen. Please redraw with a bedside armband check and have the RN who drew it call me at x4417 -- we need to file the WBIT report tonight.

Guillermo
""")

# =====================================================================
# PHI - lists
# =====================================================================
mk('phi', 'lists', 'Pruitt',
   '"Tasha Greenlee" <tgreenlee@marrowfieldhealth.org>',
   '"Outreach Phlebotomy" <outreachphleb@marrowfieldhealth.org>',
   'Cedar Hollow draws Wed 3/13',
   'Tue, 12 Mar 2024 16:02:44 -0400',
"""Here's the list for Cedar Hollow tomorrow. Start with the fasting ones. 214B is on a new coumadin dose so please do NOT skip him again.

Room\tResident\tDOB\tTests\tNotes
214B\tPruitt, Harold\t05/02/1936\tPT/INR\tanticoag, dose chg 3/8
118\tAbernathy-Cole, June\t11/19/1941\tCBC, CMP, Mg\tfasting; hard stick - butterfly
203\tSantos, Ramon\t08/30/1947\tLipid, A1c\tfasting
220\tCastellano, Irene\t01/09/1933\tCBC, retic, ferritin\tpost transfusion f/u
109\tLindahl, Per\t03/15/1939\tVanc trough\tdraw 30 min before 0900 dose
226\tYoung Bear, Clarence\t12/02/1944\tBMP\tleft arm only (fistula R)

Thanks!
Tasha Greenlee
Outreach Coordinator | Marrowfield Regional Laboratory
419-555-0100 x4432
""")

mk('phi', 'lists', 'Whitcombe',
   '"Trejo, Marisol" <mtrejo@marrowfieldhealth.org>',
   '"Blood Bank Staff" <bb-staff@marrowfieldhealth.org>',
   '0700 huddle - pending / special needs',
   'Wed, 06 Mar 2024 06:52:10 -0500',
"""Morning huddle list, please read before you start:

| Pt                  | Loc          | MRN      | Need                              | Status                    |
|---------------------|--------------|----------|-----------------------------------|---------------------------|
| Whitcombe, Gerald   | 4W-12        | 00561290 | anti-K, 2u K-neg RBC              | 1u ready, 2nd screening   |
| Osei-Bonsu, Akua    | L&D 3        | 00992017 | T&S, previa, hold 4u              | crossmatched              |
| Delacroix, Marcel   | ICU 9        | 00310455 | irradiated plts (post BMT)        | ordered from blood ctr    |
| Huang, Mei-Ling     | 5N-22        | 00774390 | sickle neg, C/E/K neg             | screening inventory       |
| Bergstrom, Elsa     | OR 4 @10:30  | 00228871 | 2u xm, hip revision               | done                      |

Reminder: irradiator QC is due today and the platelet rotator log needs a signature from yesterday evening.

M.
""")

mk('phi', 'lists', 'Martinez',
   '"Anand, Rohit" <ranand@marrowfieldhealth.org>',
   '"Core Lab Leads" <core-lab-leads@marrowfieldhealth.org>',
   'night shift handoff 3/9-3/10',
   'Sun, 10 Mar 2024 06:58:31 -0400',
"""Handoff from nights. Quiet-ish, chem 2 was down for a bit.

CRITICALS CALLED
Time  Patient                Loc       Test        Result   Called to
----  ---------------------  --------  ----------  -------  --------------
0145  MARTINEZ, ELENA R      ICU-3     K           6.9      J. Park RN
0220  HOLLOWAY, TYRESE       OPS out   Pb (sendo)  48       no answer x2, emailed
0310  FENWICK, ARTHUR        5S-11     Hgb         5.8      D. Cruz RN
0455  NAKASHIMA, KENJI       ED-14     Trop I hs   1840     Dr. Vance

PENDING / FOLLOW UP
- Fenwick needs repeat H/H after his 2 units, BB knows
- lactate on Martinez needs redraw, first one clotted
- chem 2 (AU5800) down 0200-0330, cuvette wash error, service ticket 77120

Rohit
""")

_csv = io.StringIO()
_w = csv.writer(_csv, lineterminator='\r\n')
_w.writerow(['Accession', 'Patient Name', 'DOB', 'MRN', 'Test Code', 'Test Name', 'Collected', 'Shipped'])
for r in [
    ['M24-0768841', 'Dvořák, Jiří', '09/17/1958', '00417723', 'JAK2V', 'JAK2 V617F quant', '02/29/2024', '03/01/2024'],
    ['M24-0769310', 'Pennington, Loretta', '04/03/1949', '00129981', 'CALR', 'CALR exon 9 mutation', '03/01/2024', '03/01/2024'],
    ['M24-0771203', 'Holloway, Tyrese', '06/11/2020', '00881342', 'PBVEN', 'Lead, venous', '03/08/2024', '03/08/2024'],
    ['M24-0770056', 'Abubakar, Halima', '12/24/1987', '00655109', 'NMOAB', 'Aquaporin-4 IgG (NMO) CBA', '03/05/2024', '03/06/2024'],
    ['M24-0770412', 'Lefebvre, Marie-Claude', '07/30/1962', '00302278', 'QUANTF', 'QuantiFERON-TB Gold Plus', '03/06/2024', '03/06/2024'],
    ['M24-0770877', 'Grady, Patrick', '01/15/1975', '00914450', 'HLAB27', 'HLA-B27', '03/07/2024', '03/07/2024'],
]:
    _w.writerow(r)
mk('phi', 'lists', 'Dvořák',
   '"Arceneaux, Monique" <sendouts@marrowfieldhealth.org>',
   '"Keystone Client Services" <clientservices@keystonereflab.com>',
   'pending > 7 days - please check status',
   'Fri, 15 Mar 2024 09:14:22 -0400',
"""Hi Keystone,

Attached are our send-outs still showing "in process" on your portal after 7+ days. Can you give me ETAs, especially the JAK2 and CALR (heme/onc is asking daily) and the pediatric lead?

Thanks,
Monique Arceneaux, MLT(ASCP)
Send-Out Coordinator, Marrowfield Regional Laboratory
419-555-0100 x4425
""", att=[('MRFLD_pending_sendouts_0315.csv', 'text', 'csv', _csv.getvalue())])

_x = xlsx([
    ['Unit', 'Room', 'Resident', 'DOB', 'Ordering MD', 'Tests', 'Frequency', 'Change from March'],
    ['1st fl', '104', 'Greer, Antoinette', '10/05/1946', 'Pike', 'CBC w/diff', 'weekly (Tue)', 'NEW - on oral chemo (capecitabine)'],
    ['1st fl', '106', 'Moreau, Lucien', '02/21/1940', 'Pike', 'BMP, Mg', 'weekly (Mon)', ''],
    ['1st fl', '111', 'Quintero-Vega, Alma', '06/08/1938', 'Baptiste', 'TSH', 'monthly', 'levothyroxine dose up 3/1'],
    ['2nd fl', '214B', 'Pruitt, Harold', '05/02/1936', 'Baptiste', 'PT/INR', 'twice weekly', 'was weekly'],
    ['2nd fl', '220', 'Castellano, Irene', '01/09/1933', 'Pike', 'CBC, ferritin', 'weekly', 'added after transfusion 3/8'],
    ['2nd fl', '203', 'Santos, Ramon', '08/30/1947', 'Pike', 'A1c', 'q3 months', ''],
    ['2nd fl', '109', 'Lindahl, Per', '03/15/1939', 'Baptiste', '-', '-', 'DISCHARGED 3/14 - remove'],
], sheet='April 2024')
mk('phi', 'lists', 'Greer',
   '"Nora Whitlock, RN ADON" <nwhitlock@cedarhollowrehab.com>',
   '"Tasha Greenlee" <tgreenlee@marrowfieldhealth.org>',
   'April standing lab orders',
   'Mon, 18 Mar 2024 13:37:05 -0400',
"""Hi Tasha,

Attached is the spreadsheet with April standing labs for 1st and 2nd floor. Changes from March are in the last column (I had them highlighted but I don't think the highlight survives). Mr. Lindahl went home, and we have a new admit in 104, Mrs. Greer, who needs a weekly CBC while she's on her chemo pills.

Signed orders are in the binder at the nurses station as usual.

Nora

Nora Whitlock, RN
Assistant Director of Nursing
Cedar Hollow Nursing & Rehabilitation
(419) 555-0176 ext 210
""", att=[('Cedar Hollow standing labs APRIL 2024.xlsx', 'application',
           'vnd.openxmlformats-officedocument.spreadsheetml.sheet', _x)])

_csv2 = io.StringIO()
_w = csv.writer(_csv2, lineterminator='\r\n')
_w.writerow(['order_id', 'patient_last', 'patient_first', 'dob', 'test', 'result_summary', 'report_date', 'status'])
for r in [
    ['HGX-2024-031877', 'Latimer', 'Corinne', '1979-07-22', 'Hereditary Cancer 84', 'POSITIVE - PALB2 pathogenic', '2024-03-14', 'awaiting provider review'],
    ['HGX-2024-033120', 'Fontaine', 'Rochelle', '1983-11-02', 'Hereditary Cancer 84', 'NEGATIVE', '2024-03-12', 'awaiting provider review'],
    ['HGX-2024-035519', 'Osterhout', 'Dale', '1961-04-17', 'Familial Hypercholesterolemia', 'POSITIVE - LDLR likely pathogenic', '2024-03-13', 'awaiting provider review'],
    ['HGX-2024-036002', 'Nwosu', 'Chiamaka', '1996-08-09', 'Expanded Carrier Screen', 'CARRIER - CFTR F508del', '2024-03-11', 'awaiting provider review'],
    ['HGX-2024-036447', 'Kaur', 'Harpreet', '1990-01-28', 'Expanded Carrier Screen', 'NEGATIVE', '2024-03-15', 'awaiting provider review'],
]:
    _w.writerow(r)
_z = zipbytes([('lakeside_pending_reports_2024-03-15.csv', _csv2.getvalue())])
mk('phi', 'lists', 'Latimer',
   '"Helixa Client Services" <clientservices@helixagenomics.com>',
   '"Dr. Chidi Amadi" <camadi@lakesidefamilymed.com>',
   'Weekly digest: reports awaiting your review',
   'Fri, 15 Mar 2024 17:00:03 -0400',
"""Dear Dr. Amadi,

You have 5 reports awaiting review in the Helixa provider portal. A zipped export is attached for your records, as requested by your office manager. Positive results are flagged; two patients have not yet been contacted by a Helixa genetic counselor.

Log in at portal.helixagenomics.com to sign off.

Helixa Client Services
855-555-0170
""" + DISC_HLX, att=[('lakeside_weekly_export.zip', 'application', 'zip', _z)],
   html_part=True)

mk('phi', 'lists', 'Tran',
   '"Abernathy, Hollis MD" <habernathy@marrowfieldhealth.org>',
   '"Pathology Group" <pathgroup@marrowfieldhealth.org>',
   "cases for Monday - I'm out",
   'Fri, 15 Mar 2024 16:44:19 -0400',
"""Hi all, I'm out Monday for my kid's tonsillectomy, here's what's on my desk:

  • S24-03402  Tran, Bao - colon bx x6, needs MMR IHC reviewed (stains out Monday am)
  • S24-03377  Whitfield-Okoro, Anneliese - thyroid FNA, Bethesda IV, molecular sent to Keystone, pending
  • S24-03390  Gallagher, Seamus - prostate bx 12 cores, need second review on core 7
  • C24-00881  Ruiz, Paloma - pleural fluid, cell block cut, needs calretinin/BerEP4
  • A24-007    Hrabovská - autopsy, gross done, histo Tues

Dr. Lindqvist is waiting on Tran, he's called twice. Glass is in the tray on my desk labeled MONDAY.

thanks
H
""", cte='quoted-printable')

# =====================================================================
# PHI - struct
# =====================================================================
mk('phi', 'struct', 'Kovacs',
   '"Okoye, Brendan" <bokoye@marrowfieldhealth.org>',
   '"Raj Menon" <it@cedarhollowrehab.com>',
   'RE: results not showing in PointClickCare',
   'Wed, 13 Mar 2024 11:26:58 -0400',
r"""Hi Raj,

Pulled one of the messages that went out this morning and we got an AE back from your side. Here's the outbound ORU and your ACK:

MSH|^~\&|SUNQUEST|MRFLD|PCC|CEDARHOLLOW|202403130914||ORU^R01|MRF24031309140018|P|2.5.1
PID|1||00561877^^^MRFLD^MR||KOVACS^ILONA^M||19410223|F|||4410 Old Mill Rd^^Dunmore^OH^45331||(419)555-0190
PV1|1|O|CHNR^112
ORC|RE|ORD448120|M24-0772290
OBR|1|ORD448120|M24-0772290|5902^PT/INR^L|||202403130705|||||||||1467558832^BAPTISTE^LOUIS^^^MD
OBX|1|NM|5902-2^Prothrombin time^LN||28.4|sec|11.5-14.5|H|||F
OBX|2|NM|6301-6^INR^LN||2.6||0.9-1.1|H|||F

MSH|^~\&|PCC|CEDARHOLLOW|SUNQUEST|MRFLD|202403130914||ACK|PCC88120|P|2.5.1
MSA|AE|MRF24031309140018|Unknown provider ID 1467558832

Looks like Dr. Baptiste's NPI isn't in your provider table. Can you add him and let me know? I'll requeue everything from this morning once you do (11 messages).

Brendan Okoye
Integration Analyst, Information Services
Marrowfield Regional Health | x5120

-----Original Message-----
From: Raj Menon <it@cedarhollowrehab.com>
Sent: Wednesday, March 13, 2024 10:02 AM
To: Okoye, Brendan <bokoye@marrowfieldhealth.org>
Subject: results not showing in PointClickCare

Nurses say none of this morning's labs came across. Can you check the feed?
""")

_hl7 = (
    "MSH|^~\\&|SUNQUEST|MRFLD|NPLIS|NORTHPEAK|202403132231||ORM^O01|MRF240313223101|P|2.3\r"
    "PID|1||00740012^^^MRFLD^MR||ESPINOZA^CARMEN^LUCIA||19670811|F|||2290 Fairview Ave^^Troy^OH^45373||(937)555-0116\r"
    "PV1|1|O|OUTR^ELM\r"
    "ORC|NW|ORD451187||||||||||1730221946^RASHID^SAMIR^^^MD\r"
    "OBR|1|ORD451187||CXFUNG^Fungal culture w/ smear^L|||202403131415||||||||^|1730221946^RASHID^SAMIR^^^MD\r"
    "NTE|1||R great toe nail clippings, on terbinafine trial\r"
    "ERR|^^^OBR-15 specimen source required&Required field missing&HL70357\r"
    "\r"
    "MSH|^~\\&|SUNQUEST|MRFLD|NPLIS|NORTHPEAK|202403132231||ORM^O01|MRF240313223102|P|2.3\r"
    "PID|1||00883160^^^MRFLD^MR||BAKSHI^ARJUN^||19820104|M|||71 Linden Ct^^Sidney^OH^45365||(937)555-0151\r"
    "PV1|1|O|OUTR^LAKESIDE\r"
    "ORC|NW|ORD451203||||||||||1467558832^BAPTISTE^LOUIS^^^MD\r"
    "OBR|1|ORD451203||CXAFB^AFB culture & smear^L|||202403131530||||||||^|1467558832^BAPTISTE^LOUIS^^^MD\r"
    "ERR|^^^OBR-15 specimen source required&Required field missing&HL70357\r"
)
mk('phi', 'struct', 'Espinoza',
   '"NorthPeak Interface Support" <interfaces@northpeakdx.com>',
   '"Sendouts" <sendouts@marrowfieldhealth.org>',
   'Rejected orders 3/13 - ERR detail attached',
   'Thu, 14 Mar 2024 07:05:40 -0400',
"""Good morning,

Two orders from your 22:31 batch were rejected by our LIS. Both are microbiology cultures without a specimen source in OBR-15. Raw messages with our ERR segments are attached. The specimens were received and are being held in the micro walk-in; please resend with OBR-15 populated (or call the source in to client services at 888-555-0142) within 48 hours.

Regards,
Andre Kowalski
Interface Support Analyst
NorthPeak Diagnostics
""", att=[('rejected_ORM_20240313.hl7', 'text', 'plain', _hl7)])

mk('phi', 'struct', 'Dubois',
   '"Nakamura, Jill" <jnakamura@marrowfieldhealth.org>',
   '"ClaimBridge Support" <support@claimbridgeedi.com>',
   'Case 00417729 - rejected 837P, subscriber DOB invalid',
   'Thu, 14 Mar 2024 10:44:12 -0400',
"""Hi,

Claim below for our outreach lab keeps bouncing at your front end with "2010BA DMG02 invalid date". I've pasted the segments from our export. Registration thinks they fixed it but it's still going out the same. Is this on our side or yours?

ISA*00*          *00*          *ZZ*MRFLDLAB       *ZZ*CLAIMBRIDGE    *240314*1022*^*00501*000004471*0*P*:~
GS*HC*MRFLDLAB*CLAIMBRIDGE*20240314*1022*4471*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*MRF4471*20240314*1022*CH~
NM1*85*2*MARROWFIELD REGIONAL LABORATORY*****XX*1982736450~
N3*900 HOSPITAL DR~
N4*DUNMORE*OH*45331~
HL*2*1*22*0~
SBR*P*18*******MB~
NM1*IL*1*DUBOIS*ANTOINE****MI*1EG4TE5MK99~
N3*2208 LARCH AVE~
N4*SIDNEY*OH*45365~
DMG*D8*19560231*M~
NM1*PR*2*MEDICARE PART B*****PI*15202~
CLM*M24077341*186.50***81:B:1*Y*A*Y*Y~
HI*ABK:E1165*ABF:N1832~
LX*1~
SV1*HC:83036*42.00*UN*1***1~
DTP*472*D8*20240305~
LX*2~
SV1*HC:80053*144.50*UN*1***1:2~
DTP*472*D8*20240305~
SE*21*0001~

Thanks,
Jill Nakamura, CPC
Revenue Integrity - Laboratory Services
Marrowfield Regional Health | 419-555-0100 x6040
""")

mk('phi', 'struct', 'Nakamura-Reyes',
   '"Helixa Billing" <billing@helixagenomics.com>',
   '"Helixa Client Services" <clientservices@helixagenomics.com>',
   '271 came back inactive - Nakamura-Reyes',
   'Fri, 08 Mar 2024 12:30:17 -0500',
"""Can someone reach out to this patient? Her 270 came back with EB*6 (inactive as of 1/31) but she swears her coverage is current. Probably a new plan with the new year / job change. We need the new card before we run the NIPT + carrier combo, otherwise it goes self-pay.

ST*271*0001*005010X279A1~
BHT*0022*11*HLX270-88120*20240308*1215~
HL*1**20*1~
NM1*PR*2*UNITEDHEALTHCARE*****PI*87726~
HL*2*1*21*1~
NM1*1P*2*HELIXA GENOMICS INC*****XX*1457381920~
HL*3*2*22*0~
TRN*2*HLX270-88120*9HELIXAGEN~
NM1*IL*1*NAKAMURA-REYES*SOFIA*A***MI*921447083~
N3*515 W 3RD AVE APT 12~
N4*COLUMBUS*OH*43201~
DMG*D8*19890412*F~
DTP*346*D8*20230101~
EB*6**30~
DTP*347*D8*20240131~
MSG*COVERAGE TERMINATED~
SE*16*0001~

Phone on the order is 614-555-0177.

thx
Kelsey
Helixa Billing
""")

mk('phi', 'struct', 'Mwangi',
   '"Ethan Brightwell" <ebrightwell@helixagenomics.com>',
   '"Okoye, Brendan" <bokoye@marrowfieldhealth.org>',
   'FHIR DiagnosticReport POST failing - 422',
   'Tue, 19 Mar 2024 14:58:02 -0400',
"""Hi Brendan,

Your side's result-retrieval job is choking on one of our reports -- looks like the 422 is from your validator rejecting our `conclusionCode` system URI. Here's the exact bundle we're serving (trimmed to Patient + DiagnosticReport), straight from the log:

{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "hlx-pt-551903",
        "identifier": [
          {"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "00655981"},
          {"system": "https://helixagenomics.com/order", "value": "HGX-2024-112054"}
        ],
        "name": [{"family": "Mwangi", "given": ["Wanjiru", "Grace"]}],
        "gender": "female",
        "birthDate": "1977-05-03",
        "telecom": [{"system": "phone", "value": "937-555-0109"}],
        "address": [{"line": ["17 Sycamore Bend"], "city": "Troy", "state": "OH", "postalCode": "45373"}]
      }
    },
    {
      "resource": {
        "resourceType": "DiagnosticReport",
        "id": "hlx-dr-551903-1",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "51969-4", "display": "Genetic analysis report"}]},
        "subject": {"reference": "Patient/hlx-pt-551903"},
        "effectiveDateTime": "2024-03-04",
        "issued": "2024-03-18T16:22:00-04:00",
        "conclusion": "HFE c.845G>A (p.Cys282Tyr) homozygous. Consistent with HFE-related hereditary hemochromatosis. Recommend ferritin and transferrin saturation; consider referral to hepatology.",
        "conclusionCode": [{"coding": [{"system": "https://helixagenomics.com/fhir/result-class", "code": "POS"}]}]
      }
    }
  ]
}

If you can loosen the binding on conclusionCode to extensible we're good, otherwise we can drop it for your endpoint. Let me know which.

Ethan Brightwell
Integration Engineer, Helixa Genomics
""")

_ccd = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.3.7741.2" extension="LFM-CCD-20240311-0042"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Lakeside Family Medicine - Continuity of Care Document</title>
  <effectiveTime value="20240311143000-0400"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.7741.1" extension="LFM-0029318"/>
      <addr use="HP">
        <streetAddressLine>605 Quarry Rd</streetAddressLine>
        <city>Piqua</city><state>OH</state><postalCode>45356</postalCode>
      </addr>
      <telecom value="tel:+1-937-555-0163" use="MC"/>
      <patient>
        <name use="L"><given>Bogdan</given><family>Petrescu</family></name>
        <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19660918"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
      <title>Problems</title>
      <text><list>
        <item>Hypertrophic cardiomyopathy (I42.1) - onset 2023</item>
        <item>Family history of sudden cardiac death - father, age 52</item>
        <item>Paroxysmal atrial fibrillation (I48.0)</item>
      </list></text>
    </section></component>
    <component><section>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="Medications"/>
      <title>Medications</title>
      <text><list>
        <item>metoprolol succinate 100 mg daily</item>
        <item>apixaban 5 mg BID</item>
      </list></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
mk('phi', 'struct', 'Petrescu',
   '"Rhonda Tillman" <rtillman@lakesidefamilymed.com>',
   '"Helixa Genetic Counseling" <gc@helixagenomics.com>',
   'GC referral + CCD',
   'Mon, 11 Mar 2024 14:41:29 -0400',
"""Hello,

Dr. Amadi is referring the patient below for genetic counseling and cardiomyopathy panel testing. Our EHR export of his CCD is attached, and here's the header part since your intake person said last time the attachment didn't open:

    <recordTarget>
      <patientRole>
        <id root="2.16.840.1.113883.3.7741.1" extension="LFM-0029318"/>
        <addr use="HP"><streetAddressLine>605 Quarry Rd</streetAddressLine>
          <city>Piqua</city><state>OH</state><postalCode>45356</postalCode></addr>
        <telecom value="tel:+1-937-555-0163" use="MC"/>
        <patient>
          <name use="L"><given>Bogdan</given><family>Petrescu</family></name>
          <birthTime value="19660918"/>

His two sons (24 and 27) may want testing too. Please call him directly to schedule, he works nights so afternoons are best.

Thank you,
Rhonda Tillman, CMA
Referral Coordinator, Lakeside Family Medicine
Fax 937-555-0101
""", att=[('CCD_export_LFM-0029318.xml', 'application', 'xml', _ccd.encode('utf-8'))])

mk('phi', 'struct', 'Lockhart',
   '"Lab Billing" <labbilling@marrowfieldhealth.org>',
   '"Pathology Coding" <pathcoding@marrowfieldhealth.org>',
   '835 denial - CO-97 on the 88305/88342',
   'Wed, 20 Mar 2024 09:07:33 -0400',
"""Coding team,

Medical Mutual denied the IHC on this one as bundled. From the 835 (trimmed):

CLP*S24031155*2*1240.00*186.00*0*12*9924071183301*13*1~
NM1*QC*1*LOCKHART*DELPHINE*R***MI*MMO770194322~
NM1*82*1*ABERNATHY*HOLLIS****XX*1306849275~
DTM*232*20240222~
SVC*HC:88305*312.00*186.00**1~
DTM*472*20240222~
SVC*HC:88342*468.00*0**1~
CAS*CO*97*468.00~
SVC*HC:88341*460.00*0**2~
CAS*CO*97*460.00~
AMT*B6*186.00~

This is the endometrial bx where Dr. Abernathy did MLH1/PMS2/MSH2/MSH6. We've had these paid before with modifier 59 on the 88341 units. Can you check the path report and tell me if we should appeal or rebill?

Jaime
Lab Billing x6033
""")

# =====================================================================
# PHI - lang
# =====================================================================
mk('phi', 'lang', 'Ramírez Ortega',
   '"Guadalupe Ramírez" <lupita.ramirez.o@gmail.com>',
   'labcustomerservice@marrowfieldhealth.org',
   'resultados de mi prueba de azúcar',
   'Thu, 14 Mar 2024 10:12:50 -0400',
"""Buenos días,

Me llamo Guadalupe Ramírez Ortega, mi fecha de nacimiento es 12/08/1971. El martes me sacaron sangre en el laboratorio de la calle Elm para la prueba de la curva de glucosa (la de tomar el jarabe y esperar dos horas) porque estoy embarazada de 26 semanas. La doctora Salinas me dijo que los resultados iban a salir en el portal pero no los veo. ¿Me pueden decir si ya están? Estoy preocupada porque en mi embarazo anterior tuve diabetes gestacional y tuve que usar insulina.

Si es más fácil me pueden llamar al 937-555-0161. Hablo poco inglés.

Muchas gracias,
Lupita
""", html_part=True)

mk('phi', 'lang', 'Menezes',
   '"Fernanda Menezes" <fernanda.menezes@outlook.com>',
   'pathology@marrowfieldhealth.org',
   'Biópsia do meu pai - José Carlos Menezes',
   'Mon, 18 Mar 2024 09:40:06 -0400',
"""Bom dia,

Escrevo em nome do meu pai, José Carlos Menezes (nascido em 22/10/1950), que fez uma biópsia de próstata no hospital no dia 28 de fevereiro com o Dr. Lindqvist. Ele não fala inglês e está muito ansioso esperando o resultado. O médico disse que ia ligar em uma semana mas já passaram quase três.

Seria possível nos informar se o laudo já saiu? Sou a filha dele e a autorização assinada está no prontuário. O PSA dele estava em 11 antes da biópsia. Meu telefone é (614) 555-0129.

Obrigada,
Fernanda Menezes
""", cte='quoted-printable')

mk('phi', 'lang', 'Trần Văn Minh',
   '"Tran Van Minh" <minhtv1968@yahoo.com>',
   '"Helixa Genetic Counseling" <gc@helixagenomics.com>',
   'Hỏi về kết quả xét nghiệm gen',
   'Wed, 20 Mar 2024 20:15:33 -0400',
"""Chào chị Nadia,

Tôi là Trần Văn Minh, sinh ngày 15/05/1968. Tuần trước chị có gọi cho tôi về kết quả xét nghiệm gen, nói là tôi có biến thể gen LDLR gây bệnh cholesterol cao di truyền. Bác sĩ Hoàng của tôi muốn tăng liều atorvastatin lên 80mg và thêm ezetimibe. Tôi muốn hỏi là con trai tôi (17 tuổi) có cần xét nghiệm không, và có tốn tiền không? Con gái tôi đang ở Việt Nam thì có gửi mẫu được không?

Cảm ơn chị nhiều.
Minh
(614) 555-0106
""")

mk('phi', 'lang', 'Toussaint',
   '"Widline Toussaint" <widline.toussaint@gmail.com>',
   '"Bernadette Kuria" <bkuria@brightwatermanor.org>',
   'Manman m - Jacqueline Toussaint chanm 114',
   'Sat, 16 Mar 2024 08:05:47 -0400',
"""Bonjou Madan Kuria,

Se mwen menm Widline, pitit fi Jacqueline Toussaint ki nan chanm 114 la. Enfimyè a te di m yè swa yo te pran san manman m pou tcheke sik li ak ren li, paske li te gen lafyèv epi li pa t ap manje depi jedi. Èske rezilta yo soti? Doktè a te pale de mete l sou antibyotik epi petèt voye l lopital. Tanpri rele m nan 937-555-0170 lè nou konnen kichòy, menm si se aswè.

Mèsi anpil,
Widline
""")

mk('phi', 'lang', 'Белова',
   '"Svetlana Orlova" <sorlova@marrowfieldhealth.org>',
   '"Irina Volkova" <ivolkova@marrowfieldhealth.org>',
   'Белова – повторный забор завтра',
   'Tue, 12 Mar 2024 12:48:20 -0400',
"""Ира, привет!

Сегодня утром ездила на дом к Беловой Нине Петровне (1944 г.р., Troy, Sycamore St) — не смогла взять кровь, вены совсем плохие, два раза пробовала, синяки. Ей нужен общий анализ крови и калий с креатинином, Dr. Rashid поменял дозу фуросемида на прошлой неделе. Дочь просила приехать завтра после 10, сказала что даст ей попить побольше воды с утра.

Можешь поставить её в мой маршрут на завтра? И предупреди, пожалуйста, офис Dr. Rashid, что результаты будут только завтра к вечеру.

Спасибо!
Света
""", cte='base64')

mk('phi', 'lang', 'Villanueva',
   '"Jovelyn Manalo" <jmanalo@cedarhollowrehab.com>',
   '"Cora Bautista" <cbautista@cedarhollowrehab.com>',
   'si Lola Remedios - rm 105',
   'Wed, 20 Mar 2024 23:40:12 -0400',
"""Ate Cora,

Yung si Lola Remedios Villanueva sa room 105, bumaba yung hemoglobin niya sa 7.2 kahapon sabi ng Marrowfield lab. Tinawagan ko na si Dr. Pike, gusto niya ipa-transfuse ng 1 unit sa Marrowfield bukas ng umaga. Pakisabi sa day shift na kailangan siya i-type and crossmatch, kukunin ng outreach phlebotomist ng 6am, tapos yung ambulance naka-book ng 8:30. Naka-hold muna yung aspirin at yung Eliquis niya hanggang sabihin ni doc.

Tinawagan ko na rin yung anak niya si Mr. Villanueva, okay na daw.

Salamat po,
Jovy
""")

mk('phi', 'lang', 'ليان حداد',
   '"Khalil Haddad" <khalil.haddad77@gmail.com>',
   'support@helixagenomics.com',
   'استفسار عن نتيجة فحص ابنتي ليان',
   'Sun, 17 Mar 2024 18:22:09 -0400',
"""السلام عليكم،

أنا خليل حداد، والد الطفلة ليان حداد (تاريخ الميلاد 14/09/2021). أجرت ابنتي فحص الإكسوم الجيني بطلب من الدكتورة نصار في عيادة الأعصاب بسبب تأخر النمو ونوبات التشنج. تم أخذ العينة يوم 15 فبراير ولم نحصل على النتيجة حتى الآن. هل يمكنكم إخبارنا متى ستصدر النتيجة؟ وهل نحتاج أنا ووالدتها إلى إرسال عينات أيضاً؟

رقم الطلب: HGX-2024-109377
هاتفي: 614-555-0188

شكراً جزيلاً،
خليل حداد
""", html_part=('<html><body dir="rtl"><div style="font-family:Tahoma">'
                '<p>السلام عليكم،</p>'
                '<p>أنا خليل حداد، والد الطفلة ليان حداد (تاريخ الميلاد 14/09/2021). أجرت ابنتي فحص الإكسوم الجيني بطلب من الدكتورة نصار في عيادة الأعصاب بسبب تأخر النمو ونوبات التشنج. تم أخذ العينة يوم 15 فبراير ولم نحصل على النتيجة حتى الآن. هل يمكنكم إخبارنا متى ستصدر النتيجة؟ وهل نحتاج أنا ووالدتها إلى إرسال عينات أيضاً؟</p>'
                '<p>رقم الطلب: HGX-2024-109377<br>هاتفي: 614-555-0188</p>'
                '<p>شكراً جزيلاً،<br>خليل حداد</p></div></body></html>\n'))

mk('phi', 'lang', '陈美华',
   '"Meihua Chen" <chenmeihua62@163.com>',
   'pathology@marrowfieldhealth.org',
   '关于我的病理报告',
   'Thu, 21 Mar 2024 21:05:14 -0400',
"""您好，

我叫陈美华，出生日期1962年3月8日。上个月26号我在贵院做了胃镜，医生取了活检。Lindqvist医生说要等病理结果出来再决定是否需要做手术。请问结果出来了吗？我的病历号是00673518。

我英语不太好，如果可以的话请用中文回复，或者请翻译打电话给我：419-555-0193。

谢谢！
陈美华
""")

# =====================================================================
# CLEAN - admin
# =====================================================================
mk('clean', 'admin', '',
   '"Pham, Kevin" <kpham@marrowfieldhealth.org>',
   '"Core Lab - All Staff" <corelab-all@marrowfieldhealth.org>',
   'Easter weekend coverage (3/29-3/31) - sign up by Friday',
   'Mon, 11 Mar 2024 13:15:00 -0400',
"""Hi everyone,

Easter weekend is coming up and I still have holes. Current grid:

              Fri 3/29         Sat 3/30          Sun 3/31
Days  chem    Okafor-Dunn      OPEN              Brennan
Days  heme    Patel, S.        Patel, S.         OPEN
Evenings      Dimitriou        Hargrove          Hargrove
Nights        Anand            Anand             OPEN
Micro         Liu (on call)    Liu (on call)     Vasquez (on call)
Blood bank    Trejo            Sotelo            Sotelo

Holiday differential applies to Sunday only per the contract (Article 14.3). If you pick up an OPEN shift let me know by Friday 3/15 so I can get it into Kronos before the pay period locks.

Reminder that PTO requests for April are due 3/20. Jen in HR (x2210) can help if Kronos is giving you the "accrual exceeded" error.

Thanks,
Kevin

Kevin Pham, MBA, MLS(ASCP)
Laboratory Operations Manager
Marrowfield Regional Health | 419-555-0100 x4401 | cell 419-555-0187
""")

mk('clean', 'admin', '',
   '"IS Service Desk" <servicedesk@marrowfieldhealth.org>',
   '"Laboratory Users" <lab-users@marrowfieldhealth.org>',
   '[INC0048812] Planned LIS downtime Sun 3/17 0200-0500',
   'Wed, 13 Mar 2024 09:00:00 -0400',
"""PLANNED DOWNTIME NOTICE

System:   Sunquest LIS (production) + instrument middleware
When:     Sunday 03/17/2024, 02:00 - 05:00 (approx.)
Ticket:   INC0048812 / Change CHG0031907
Reason:   Quarterly patching and database index rebuild

During the downtime:
  - Use paper downtime requisitions (form LAB-DT-02, blue binder in each section)
  - Label specimens with pre-printed downtime accession labels D24-0001 through D24-0400
  - Results are called / faxed per the downtime matrix; critical values must be read back
  - The ED and ICU will receive results via the tube-station printer

After recovery, back-entry of downtime accessions must be completed by 10:00.

Questions: Brendan Okoye (x5120) or the on-call analyst via the operator.

Thank you,
IS Service Desk | x5000 | servicedesk@marrowfieldhealth.org
""")

mk('clean', 'admin', '',
   '"Swiftline Accounts Receivable" <ar@swiftlinecourier.com>',
   '"Marrowfield Accounts Payable" <ap@marrowfieldhealth.org>',
   'Invoice SMC-24-0311 - February 2024 courier services',
   'Fri, 01 Mar 2024 10:30:00 -0500',
"""Please find invoice SMC-24-0311 for February 2024 services below.

Invoice #:  SMC-24-0311
PO #:       4500221893
Terms:      Net 30

Route 3 (Cedar Hollow / Rashid)        20 days x $118.00   $2,360.00
Route 7 (Lakeside / Orchard St)        21 days x $142.00   $2,982.00
Route 9 (Brightwater / Piqua clinics)  20 days x $131.00   $2,620.00
STAT runs                              14 x $65.00           $910.00
After-hours STAT                        3 x $95.00           $285.00
Fuel surcharge (4.2%)                                        $383.21
                                                        ------------
TOTAL DUE                                                   $9,540.21

Remit to: Swiftline Medical Courier LLC, PO Box 4471, Dayton OH 45401
ACH details on file. Questions: Renee Castillo, 800-555-0134 x2

Thank you for your business!
""", html_part="""<html><body style="font-family:Arial;font-size:10pt">
<p>Please find invoice <b>SMC-24-0311</b> for February 2024 services below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Description</th><th>Qty</th><th>Rate</th><th>Amount</th></tr>
<tr><td>Route 3 (Cedar Hollow / Rashid)</td><td>20</td><td>$118.00</td><td>$2,360.00</td></tr>
<tr><td>Route 7 (Lakeside / Orchard St)</td><td>21</td><td>$142.00</td><td>$2,982.00</td></tr>
<tr><td>Route 9 (Brightwater / Piqua clinics)</td><td>20</td><td>$131.00</td><td>$2,620.00</td></tr>
<tr><td>STAT runs</td><td>14</td><td>$65.00</td><td>$910.00</td></tr>
<tr><td>After-hours STAT</td><td>3</td><td>$95.00</td><td>$285.00</td></tr>
<tr><td>Fuel surcharge (4.2%)</td><td></td><td></td><td>$383.21</td></tr>
<tr><td colspan="3"><b>TOTAL DUE</b></td><td><b>$9,540.21</b></td></tr>
</table>
<p>PO # 4500221893 &middot; Net 30<br>Remit to: Swiftline Medical Courier LLC, PO Box 4471, Dayton OH 45401</p>
</body></html>
""")

mk('clean', 'admin', '',
   '"Sotelo, Guillermo" <gsotelo@marrowfieldhealth.org>',
   '"Blood Bank Staff" <bb-staff@marrowfieldhealth.org>',
   'annual competencies due 4/30 - who still owes what',
   'Tue, 19 Mar 2024 15:12:44 -0400',
"""Hi all,

CAP inspection window opens in May so I need everyone's 2024 competencies done by 4/30. Here's where we stand (employee ID / name / outstanding):

E100938  Sotelo, Guillermo     - irradiator, direct observation (Dr. Zhou to sign)
E104472  Trejo, Marisol        - done
E107715  Nguyen, Kim-Anh       - antibody ID blind unknown, MTP tabletop
E109021  Haddad, Omar          - antibody ID blind unknown
E110388  Fitzgerald, Shauna    - all 6 elements (new hire 6-month)
E111502  Adewale, Ifeoma       - platelet agitator QC, blind unknown

Blind unknowns are in the BB fridge, top shelf, tubes labeled UNK-24-A through UNK-24-F. Don't peek at the answer key in my drawer :)

Guillermo Sotelo, MLS(ASCP)SBB
Blood Bank Supervisor | x4418
""")

mk('clean', 'admin', '',
   '"Facilities Work Control" <workcontrol@marrowfieldhealth.org>',
   '"Trejo, Marisol" <mtrejo@marrowfieldhealth.org>',
   'WO# 2024-11873 - Blood Bank walk-in alarm - COMPLETED',
   'Sat, 09 Mar 2024 05:47:19 -0500',
"""Work Order 2024-11873 has been updated.

Location:     Pavilion B, Level 1, Rm B1-114 (Blood Bank walk-in cooler)
Requested by: M. Trejo x4417, 03/09/2024 02:31
Problem:      High temp alarm, display 6.4 C (limit 6.0 C)
Assigned:     R. Kasprzak (HVAC) / Polar Refrigeration (vendor)
Status:       COMPLETED 03/09/2024 05:30

Technician notes: Evaporator fan motor #2 seized. Replaced with spare from stock (PN 5KSM-2210). Unit pulled down to 3.8 C by 04:55. Door gasket on lower left also torn - new gasket ordered, ETA 3/13. Recommend Blood Bank keep products in backup reach-in until temp stable for 4 hrs per their SOP.

Vendor call-out charge will be billed to cost center 7420.

Do not reply to this automated message. Call Work Control at x3300.
""")

mk('clean', 'admin', '',
   '"Helixa Client Services" <clientservices@helixagenomics.com>',
   '"Priscilla Harmon" <pharmon@orchardpeds.com>',
   'Welcome to Helixa - account 20771 set up',
   'Tue, 05 Mar 2024 11:02:36 -0500',
"""Hi Priscilla,

Your practice account is set up. Details below for your records:

Account #:           20771 - Orchard Street Pediatrics
Bill type:           Insurance / patient (client bill for self-pay exome by request)
Portal admin:        Priscilla Harmon (office manager)
Ordering providers:  Dr. Naomi Feld, MD - NPI 1598023746
                     Dr. Kwame Asante, MD - NPI 1740318826
                     Lauren Bixby, CPNP - NPI 1225098731
Results delivery:    portal + fax 937-555-0190
Kit supply:          25 saliva kits (pediatric swab), 10 blood kits - shipping UPS today, tracking 1Z88V2X40396128814

Your regional account manager is Darnell Whitaker (cell 614-555-0111). Free in-service for your staff can be booked any Tuesday/Thursday.

Best,
Ana-Lucía Ferrer
Client Services | Helixa Genomics | 855-555-0170
""" + DISC_HLX, html_part=True)

mk('clean', 'admin', '',
   '"Keystone Client Updates" <updates@keystonereflab.com>',
   '"Lab Send-outs" <sendouts@marrowfieldhealth.org>',
   'Test Update Bulletin 2024-07: changes effective April 1',
   'Fri, 08 Mar 2024 16:00:00 -0500',
"""KEYSTONE REFERENCE LABORATORIES - TEST UPDATE BULLETIN 2024-07
Effective: April 1, 2024

NEW TEST CODE
  8813  Factor V Leiden / Prothrombin G20210A with APC Resistance
        Replaces 8812. Specimen: 2 x 2.7 mL light blue (3.2% citrate). CPT 81241, 81240, 85307.
        Client price: $96.00 (was $88.00)

SPECIMEN REQUIREMENT CHANGE
  2207  Heavy Metals Panel, Blood - now requires royal blue K2EDTA trace-element tube.
        Specimens in lavender will be rejected after 4/15.

DISCONTINUED
  3051  Celiac Disease Comprehensive Cascade - order 3055 (tTG IgA with reflex) instead.

REFERENCE RANGE CHANGE
  1190  Vitamin D, 25-OH - insufficiency cutoff updated to 20-29 ng/mL.

Please update your LIS build. Questions: Client Services 800-555-0160, option 2.
""")

# =====================================================================
# CLEAN - lookalike
# =====================================================================
mk('clean', 'lookalike', '',
   '"Maple Grove Animal Hospital" <frontdesk@maplegroveanimal.com>',
   '"Dana Kaminski" <dkaminski.home@gmail.com>',
   "Biscuit's bloodwork results",
   'Wed, 13 Mar 2024 15:20:41 -0400',
"""Hi Dana,

Biscuit's senior wellness panel is back. Dr. Harlow reviewed it:

Patient:     Biscuit (canine, Beagle, F/S, 11 yrs)
Patient ID:  44812
Weight:      27.4 lb (down 1.1 lb)

BUN 38 (ref 7-27) - mildly high
Creatinine 1.9 (ref 0.5-1.8) - mildly high
SDMA 16 (ref 0-14)
Urine specific gravity 1.018

This looks like early (IRIS stage 2) kidney changes. Dr. Harlow recommends switching her to a renal diet (Hill's k/d or Purina NF), keeping fresh water out at all times, and rechecking bloodwork + blood pressure in 3 months. Her thyroid (T4) was normal. No change to her Rimadyl for now, but please don't give more than the prescribed half tab.

We have the k/d in stock - want us to set aside a bag? Give us a call at 937-555-0198.

Maple Grove Animal Hospital
"Because they're family"
""", html_part=True)

mk('clean', 'lookalike', '',
   '"Ironworks Fitness" <members@ironworksfit.com>',
   '"Marcus Oyelaran" <moyelaran@gmail.com>',
   'Your membership freeze is confirmed - Member #0022093',
   'Fri, 15 Mar 2024 06:00:12 -0400',
"""Hi Marcus,

Your membership freeze has been processed.

Member #:        0022093
Home club:       Ironworks Dunmore (Rt 36)
Freeze period:   03/15/2024 - 05/15/2024
Reason given:    Travel
Monthly dues:    $0.00 during freeze ($10.00 maintenance fee applies)
Next full draft: 05/16/2024

While you're away: your InBody body-composition scan credits (2 remaining) and your heart-rate-zone class pack roll over. Your locker #118 will be held.

Welcome back early any time - just check in at the front desk and we'll lift the freeze.

Stay strong,
The Ironworks Team
(937) 555-0133 | Mon-Fri 5a-10p, Sat-Sun 7a-7p
""")

mk('clean', 'lookalike', '',
   '"Miami Valley Educators Credit Union" <alerts@mvecu.org>',
   '"Shauna Fitzgerald" <shauna.fitz@yahoo.com>',
   'HSA contribution received - member #00448123',
   'Tue, 05 Mar 2024 07:12:00 -0500',
"""Dear Shauna Fitzgerald,

We received a contribution to your Health Savings Account.

Member #:          00448123
Account:           HSA Checking ending in 4471
Amount:            $150.00 (payroll - MARROWFIELD REGIONAL HEALTH)
Posted:            03/05/2024
Tax year:          2024
YTD contributions: $750.00 of $4,150.00 self-only limit

Reminder: your HSA debit card (ending 9907) can be used at pharmacies, doctor's offices and labs for qualified medical expenses. Keep your receipts.

Questions? Call Member Services at 1-800-555-0126 or visit any branch. MVECU will never ask for your PIN or online banking password by email.

Federally insured by NCUA.
""")

mk('clean', 'lookalike', '',
   '"Lakeshore Airways" <itinerary@lakeshoreair-notify.example.com>',
   '"Hollis Abernathy" <hollis.abernathy@gmail.com>',
   'Your trip confirmation - DAY to SLC - Confirmation QXR7TL',
   'Thu, 29 Feb 2024 19:44:02 -0500',
"""Thanks for choosing Lakeshore Airways, Hollis.

Confirmation number: QXR7TL

Travelers
  ABERNATHY/HOLLIS          Horizon Club XXXXX418   Seat 14C / 22A
  ABERNATHY/MIRIAM          Horizon Club XXXXX772   Seat 14D / 22B

Flights
  Wed, Apr 17  LK 4471  DAY 6:05 AM  ->  ORD 6:49 AM
  Wed, Apr 17  LK 1893  ORD 8:20 AM  ->  SLC 10:46 AM
  Sun, Apr 21  LK 2210  SLC 1:35 PM  ->  DEN 2:58 PM
  Sun, Apr 21  LK 652   DEN 4:10 PM  ->  DAY 8:51 PM

Fare: Economy (K) | Total $1,284.40 | Visa ending 3005

Traveling to the Association for Molecular Pathology spring meeting? Add Premium Plus for $189.

Checked bags: first bag $35. Please arrive 2 hours early.
""")

mk('clean', 'lookalike', '',
   '"Buckeye Mutual Auto Claims" <claims@buckeyemutual-ins.com>',
   '"Kevin Pham" <kpham.personal@outlook.com>',
   'Claim 71-448290-B: appraisal complete',
   'Mon, 18 Mar 2024 11:55:30 -0400',
"""Hello Kevin,

The appraisal for your claim is complete.

Claim #:       71-448290-B
Policy #:      BMA-2210938-04
Date of loss:  03/02/2024
Vehicle:       2019 Honda CR-V EX, VIN 2HKRW2H5XKH604471
Loss type:     Collision - deer strike, Rt 36 near Piqua
Injuries:      None reported

Estimate:      $4,812.37 (front bumper cover, grille, LH headlamp assembly, hood, ADAS camera calibration)
Deductible:    $500.00
Payment:       $4,312.37 to Kessler Collision Center (direct repair)

A rental through Enterprise is authorized up to $40/day for 8 days. Your adjuster is Mario Delgado-Ruiz, 614-555-0145, ext 3321.

Buckeye Mutual Insurance Company
""")

mk('clean', 'lookalike', '',
   '"Heartwood Tree Surgeons" <office@heartwoodtree.com>',
   '"Nora Whitlock" <norawhitlock@gmail.com>',
   'Diagnosis & treatment plan - red oak, 318 Elmhurst Dr',
   'Thu, 07 Mar 2024 17:26:09 -0500',
"""Hi Nora,

Thanks for having us out Tuesday. Here's the write-up from our certified arborist.

Client:       Nora Whitlock, 318 Elmhurst Dr, Piqua OH
Specimen:     Northern red oak (Quercus rubra), approx. 26" DBH, front yard

Symptoms:     Marginal leaf browning last August, early leaf drop, sparse crown on the north side, small amount of dieback in upper limbs.
Diagnosis:    Bacterial leaf scorch (Xylella fastidiosa) - consistent with symptoms; lab confirmation optional ($85, sample sent to OSU Plant & Pest Diagnostic Clinic).
Prognosis:    Fair. This is a chronic condition with no cure; treatment slows decline.

Treatment plan:
  1. Root-flare injection of oxytetracycline, May and again in August
  2. Crown cleaning to remove deadwood > 1" (2-person crew, half day)
  3. Deep-root fertilization in fall, 2-inch mulch ring, no more lawn mower wounds to the trunk :)

Estimate: $1,140.00 total, 10% off if booked before April 1.

Tomas Bergeron, ISA Certified Arborist OH-6012A
Heartwood Tree Surgeons | 937-555-0184
""")

mk('clean', 'lookalike', '',
   '"Priya Raman" <praman@helixagenomics.com>',
   '"platform-eng" <platform-eng@helixagenomics.com>',
   'postmortem: patient-retry worker OOM kills (INC-2291)',
   'Tue, 19 Mar 2024 10:03:55 -0400',
"""tl;dr the "patient" retry worker (the one that waits out upstream 429s instead of failing fast) leaked child processes and the node got OOM-killed three times Saturday night. Fixed in #4471, deployed Monday.

Timeline (UTC)
  02:10  liveness probe on pipeline-node-03 starts failing, health check 503s
  02:14  kubelet kills pod, restarts; orphaned children not reaped (PID 1 was our shell script, not tini)
  02:40  same on -05; pager goes to Mateo, triage begins
  03:25  cordoned both nodes, drained the specimen-manifest queue to -07
  04:05  Mateo adds tini as init; zombies stop accumulating

Root cause: the patient backoff loop forks a curl per attempt and never waits() on it. Once the upstream vendor API started rate limiting, we'd accumulate ~30k zombie PIDs per node.

Action items
  - [x] tini as PID 1 in all worker images (#4471)
  - [ ] replace curl subprocess with the http client (#4475, Ethan)
  - [ ] alert on pids.current > 5000 per pod (Priya)
  - [ ] runbook entry for "node unhealthy, patient worker" (Mateo)

No customer data affected; queue backlog cleared by 06:30 UTC. No test results were delayed past SLA.

Priya
""")

# =====================================================================
# CLEAN - news
# =====================================================================
_lablines_txt = """LAB LINES - March 2024
Marrowfield Regional Laboratory newsletter

NEW ON THE TEST MENU
In-house high-sensitivity troponin I went live 3/4. Results are in ng/L, not ng/mL - please read the units! The 0/1-hour ED algorithm is posted on the intranet under Lab > Reference.

BLOOD DRIVE
The Community Blood Center bus is in the Pavilion B lot on Thursday 3/28, 9-3. O-negative donors especially welcome - regional supply is under 2 days. Sign up at the intranet link; each donor gets a t-shirt and a free lunch voucher.

KUDOS CORNER
- Svetlana Orlova (outreach phlebotomy) for covering three routes during the ice storm
- Tobi Adewale and the histology team for zero lost blocks in Q4
- Monique Arceneaux for cutting send-out TAT on vitamin D to 2 days

LAB WEEK IS APRIL 21-27
Theme this year: "Lab Heroes." Committee meets Tuesdays at noon in the lab conference room. Bring ideas (and cookies).

REMINDER
Two patient identifiers on every specimen, every time. Unlabeled specimens will be rejected - no exceptions.

Questions or story ideas: labnews@marrowfieldhealth.org
"""
mk('clean', 'news', '',
   '"Lab Lines" <labnews@marrowfieldhealth.org>',
   '"All Laboratory Staff" <lab-all@marrowfieldhealth.org>',
   'Lab Lines - March 2024',
   'Fri, 01 Mar 2024 12:00:00 -0500',
   _lablines_txt,
   html_part="""<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#7a1f2b">Lab Lines</h1><p><i>Marrowfield Regional Laboratory newsletter &middot; March 2024</i></p>
<h2>New on the test menu</h2><p>In-house high-sensitivity troponin I went live 3/4. Results are in <b>ng/L</b>, not ng/mL &ndash; please read the units! The 0/1-hour ED algorithm is posted on the intranet under Lab &gt; Reference.</p>
<h2>Blood drive</h2><p>The Community Blood Center bus is in the Pavilion B lot on Thursday 3/28, 9&ndash;3. O-negative donors especially welcome &ndash; regional supply is under 2 days.</p>
<h2>Kudos corner</h2><ul><li>Svetlana Orlova (outreach phlebotomy) for covering three routes during the ice storm</li><li>Tobi Adewale and the histology team for zero lost blocks in Q4</li><li>Monique Arceneaux for cutting send-out TAT on vitamin D to 2 days</li></ul>
<h2>Lab Week is April 21&ndash;27</h2><p>Theme this year: &ldquo;Lab Heroes.&rdquo; Committee meets Tuesdays at noon.</p>
<p style="background:#fde;padding:6px"><b>Reminder:</b> two patient identifiers on every specimen, every time.</p>
</body></html>
""")

mk('clean', 'news', '',
   '"Ohio Dept of Health - HAN" <han@odh-alerts.example.gov>',
   '"Laboratory Directors" <labdirectors-list@odh-alerts.example.gov>',
   'HEALTH ADVISORY: Measles - testing and specimen submission guidance',
   'Mon, 18 Mar 2024 16:30:00 -0400',
"""HEALTH ADVISORY #2024-04
Measles (Rubeola) - Increased Cases Nationally; Laboratory Guidance

SUMMARY
As of March 14, 2024, 58 confirmed measles cases have been reported in 17 U.S. jurisdictions this year, compared with 58 for all of 2023. Most cases are in unvaccinated children and adolescents and are linked to international travel. No cases have been confirmed in the state in 2024.

RECOMMENDATIONS FOR LABORATORIES
1. Collect BOTH a throat or nasopharyngeal swab (in viral transport media) for measles PCR AND serum for measles IgM on suspect cases.
2. Notify the local health department BEFORE shipping. Specimens must be sent to the State Public Health Laboratory; commercial reference lab IgM results alone are not sufficient for case confirmation.
3. Ship refrigerated (2-8 C) with the completed ODH Measles Specimen Submission Form (HEA 2530).
4. Laboratory staff without documented presumptive immunity should not handle specimens from suspect cases.

Clinicians: measles is immediately reportable by phone upon clinical suspicion. Do not wait for laboratory confirmation.

For more information, contact the Bureau of Infectious Diseases at 614-555-0100.

This message was distributed via the Health Alert Network. Do not reply.
""")

mk('clean', 'news', '',
   '"Regional Blood Center - Hospital Services" <hospitalservices@communitybloodctr.example.org>',
   '"Transfusion Services Distribution" <ts-directors@communitybloodctr.example.org>',
   'Blood Supply Status - Week of March 11: O NEG CRITICAL',
   'Mon, 11 Mar 2024 08:00:00 -0400',
"""BLOOD SUPPLY STATUS - Week of March 11, 2024

Days on hand (region, all hospitals):
  O neg     1.6 days   CRITICAL
  O pos     2.4 days   LOW
  A neg     3.1 days
  A pos     3.8 days
  B neg     4.9 days
  B pos     5.2 days
  AB        adequate
  Platelets 1.9 days   LOW - apheresis donors needed
  Plasma    adequate

ACTIONS REQUESTED OF HOSPITAL TRANSFUSION SERVICES
- Please limit O-neg RBC use to O-neg recipients, females of childbearing potential with unknown type, and emergency release.
- Standing orders for O-neg will be filled at 70% until further notice.
- Consider switching emergency-release / MTP initial units to O-pos for males and for females over 50, per your medical director's policy.

Donation numbers were down 18% in February due to weather and illness. Our mobile drive schedule is attached to the hospital portal; encourage staff drives.

Hospital Services 24/7: 800-555-0157
""")

mk('clean', 'news', '',
   '"FDA Safety Recalls Digest" <recalls-digest@fda-updates.example.gov>',
   '"Subscribers" <subscribers@fda-updates.example.gov>',
   'Recalls, Market Withdrawals & Safety Alerts - week ending 3/15/2024',
   'Sat, 16 Mar 2024 07:00:00 -0400',
"""FDA RECALLS DIGEST - week ending March 15, 2024

DRUGS
* Heparin Sodium Injection, USP, 5,000 USP units/mL, 1 mL vials - lot H23-0912, exp 08/2025. Class II. Reason: particulate matter observed in retained samples. Firm: Westbrook Parenterals.
* Metformin ER 750 mg tablets - lots MT4410, MT4411. Class II. Reason: NDMA above acceptable intake limit.

DEVICES / IVD
* Anti-D (RH1) Monoclonal Blend blood grouping reagent, 10 mL - lots 2310-44, 2310-45. Class II. Reason: weak reactivity with some weak D phenotypes may result in mistyping. Laboratories should quarantine affected lots and use an alternate anti-D reagent. Firm: Veridian Immunohematology.
* Blood glucose test strips (GlucoPro Advance) - lot 23KQ01. Class I. Reason: falsely high readings at low glucose.

BIOLOGICS
* Platelets, Apheresis, Leukocytes Reduced - 4 units distributed to 2 states. Reason: donor travel deferral identified post-donation.

Full recall notices and product photos: see the FDA Recalls page. To unsubscribe, manage your preferences.
""")

mk('clean', 'news', '',
   '"Helixa Genomics" <news@helixagenomics.com>',
   '"Helixa Provider Newsletter" <providers@helixagenomics.com>',
   'Helixa Provider Update - Spring 2024: 500-gene carrier screen, new TATs, free webinar',
   'Wed, 20 Mar 2024 11:00:00 -0400',
"""HELIXA PROVIDER UPDATE - Spring 2024

1) EXPANDED CARRIER SCREENING NOW 500 GENES
HX-CS-500 replaces HX-CS-287 on April 1. Includes SMN1 copy number with SMN2 modifier, FMR1 repeat sizing, and HBA1/HBA2 deletion analysis. Same price to patients: $249 maximum out of pocket.

2) TURNAROUND TIMES (median, last 90 days)
   Hereditary Cancer 84 ........ 12 days
   Cardiomyopathy / Arrhythmia ... 14 days
   Exome (proband) ............. 28 days
   Exome (trio) ................ 24 days
   Carrier screen .............. 10 days

3) VARIANT RECLASSIFICATION
In 2023 we reclassified 1,212 variants; 91% of VUS reclassifications were downgraded to benign/likely benign. Ordering providers are notified automatically via the portal.

4) FREE CME WEBINAR - "Cascade Testing in Primary Care"
Thursday April 11, 12:00 ET, with Maren Solberg, MS, CGC and Dr. Ifeanyi Okeke, MD. 1.0 AMA PRA Category 1 Credit. Register in the portal.

5) FAMILY TESTING PROGRAM
First-degree relatives of patients with a positive result can be tested for the familial variant at no cost within 90 days of the report.

You are receiving this because you are a registered Helixa ordering provider. Unsubscribe | Privacy Policy
""" + DISC_HLX, html_part=True)

mk('clean', 'news', '',
   '"ClinLab Weekly" <digest@clinlabweekly.example.com>',
   '"Monique Arceneaux" <sendouts@marrowfieldhealth.org>',
   'ClinLab Weekly: workforce survey, CLIA fee changes, AI in cytology',
   'Tue, 12 Mar 2024 06:15:00 -0400',
"""ClinLab Weekly - March 12, 2024

TOP STORIES
> Workforce: 2024 vacancy survey finds 1 in 9 medical laboratory scientist positions unfilled; blood bank and microbiology hardest to staff. Average time-to-fill now 74 days.
> Regulation: CMS finalizes CLIA fee increase, first in 30 years; certificate of compliance fees rise about 18% beginning in 2025.
> Technology: Two large academic centers report results from AI-assisted Pap cytology screening: sensitivity for HSIL+ of 96.1% vs 91.4% for manual review alone across 41,000 slides.
> Reimbursement: PAMA cuts delayed again; lab groups push SALSA Act.

FROM THE BENCH
"How we cut hemolysis rates in the ED from 9% to 3%" - a community hospital shares its tube-system speed change and butterfly-needle policy.

EVENTS
- ASCLS Annual Meeting, July, Chicago
- AABB Annual Meeting, October, Houston

You're subscribed as sendouts@marrowfieldhealth.org. Manage subscription.
""")

# =====================================================================
# CLEAN - staff
# =====================================================================
mk('clean', 'staff', '',
   '"Lindqvist, Erik MD" <elindqvist@marrowfieldhealth.org>',
   '"Abernathy, Hollis MD" <habernathy@marrowfieldhealth.org>',
   'RE: frozen section TAT - OR complaint',
   'Thu, 07 Mar 2024 18:02:11 -0500',
"""Hollis,

Totally agree it's not the pathologist time. From the OR side the clock starts when the circulator calls, not when the specimen hits your bench, and we've had specimens sit in OR 7 for 10-15 min waiting for transport. I'll bring it to periop council Tuesday.

Could we pilot the pneumatic tube for small frozen specimens (sentinel nodes, margins) in a sealed container? I know AP was against it a few years ago.

Erik

-----Original Message-----
From: Abernathy, Hollis MD
Sent: Thursday, March 7, 2024 3:40 PM
To: Lindqvist, Erik MD
Cc: Pathology Group
Subject: frozen section TAT - OR complaint

Erik,

Saw the complaint from periop about frozen TAT. I pulled our Q4 numbers: 94% of single-block frozens reported within 20 min of receipt in the gross room (CAP benchmark 90%). The median receipt-to-call time is 14 min. The outliers were almost all multi-block cases or cases received while we were mid-frozen on another room.

Where we're losing time is OR -> gross room transport. Happy to talk about it at periop council.

Hollis
""")

mk('clean', 'staff', '',
   '"Zhou, Wei MD" <wzhou@marrowfieldhealth.org>',
   '"Trauma & Critical Care Physicians" <trauma-cc@marrowfieldhealth.org>',
   'MTP update effective 4/1 - please read',
   'Fri, 15 Mar 2024 10:20:00 -0400',
"""Colleagues,

Following the February Transfusion Committee, the Massive Transfusion Protocol changes as follows starting April 1:

1. Cooler 1 will contain 4 RBC (O neg for females <50, O pos for everyone else), 4 thawed plasma (group A liquid plasma acceptable) and 1 apheresis platelet.
2. Coolers 2+ stay 6:6:1 until labs guide therapy.
3. TXA 1 g bolus within 3 hours of injury is now embedded in the order set.
4. Viscoelastic testing (TEG) will be run on every MTP after cooler 2; results go to the ED/OR monitor directly.
5. Calcium: give 1 g calcium chloride per 4 units of product, check ionized Ca every 30 min.

Given the regional O-neg shortage, please don't activate MTP for "just in case" - call the blood bank at x4417 and we'll keep 2 units in the ED fridge.

Slides from the committee are on the intranet. I'm happy to do 15 min at any department meeting.

Wei Zhou, MD
Medical Director, Transfusion Service
""")

mk('clean', 'staff', '',
   '"Sotelo, Guillermo" <gsotelo@marrowfieldhealth.org>',
   '"Keystone Immunohematology Reference Lab" <irl@keystonereflab.com>',
   'consult question - anti-Jka with possible underlying',
   'Tue, 19 Mar 2024 09:33:20 -0400',
"""Hi IRL team,

Looking for advice before we send a workup. We have a woman in her 60s, transfused in the past at an outside facility (she thinks 2 or 3 units, year unknown), now with a positive screen. Panel fits anti-Jka but 2 cells that should be negative are weakly positive at AHG with PEG. Auto control negative, DAT negative.

Questions:
1. Would you do an adsorption before or after phenotyping given the prior transfusion history is vague?
2. Is it worth sending for genotyping (we can't phenotype reliably if she's been transfused in the last 3 months - we don't know)?
3. Any concern for anti-Jkb or anti-Fya masked at PEG that we should rule out with enzyme-treated cells?

She isn't bleeding and there's no transfusion planned in the next week, so this isn't urgent, just want to do it right. I can send the full workup sheet with the usual referral form if you want it.

Thanks!
Guillermo Sotelo, MLS(ASCP)SBB
Blood Bank Supervisor, Marrowfield Regional | x4418
""")

mk('clean', 'staff', '',
   '"Nadia Kasparian, MS, LCGC" <nkasparian@helixagenomics.com>',
   '"GC Team" <gc-team@helixagenomics.com>',
   'case conference notes 3/14 - VUS recontact policy',
   'Thu, 14 Mar 2024 17:45:50 -0400',
"""Hi all, notes from today's case conference.

Attendees: Maren, Nadia, Joaquín, Priscilla, Ethan (for the portal piece), Dr. Okeke

1. VUS recontact policy
- Agreed we recontact the ordering provider (not the patient directly) on any VUS -> LP/P upgrade, within 30 days. Downgrades to LB/B go out as an amended report only.
- Joaquín raised the case from last month where the ordering provider had retired - a family where the proband's VUS in a cardiomyopathy gene was upgraded. We'll add a fallback: if provider unreachable in 14 days, GC contacts the patient. Legal to confirm.

2. Interpreter use
- Gulf Arabic and Vietnamese requests are up. Please book through the vendor 48 h ahead; don't use family members to interpret results sessions.

3. Pediatric exome disclosures
- For trios, we'll default to offering secondary findings opt-in for parents only. Children's secondary findings limited to childhood-onset actionable conditions per ACMG.

Next conference 3/28. Priscilla presenting a de-identified case: a teenager with long QT and a negative panel.

Nadia
""")

mk('clean', 'staff', '',
   '"Tasha Greenlee" <tgreenlee@marrowfieldhealth.org>',
   '"Bernadette Kuria" <bkuria@brightwatermanor.org>',
   'specimen labeling requirements - for your staff in-service',
   'Wed, 06 Mar 2024 14:10:39 -0500',
"""Hi Bernadette,

Thanks for asking! Here's the one-pager content for your staff in-service next week. We've had 6 rejections from Brightwater in February, all labeling, so hopefully this helps.

EVERY specimen container (not the bag!) must have:
  - Patient's full name (last, first) - exactly as on the requisition
  - Date of birth OR facility MRN (two identifiers total, name + one)
  - Date and time of collection
  - Collector's initials

Label at the bedside, in front of the resident, right after collection. Never pre-label tubes.

Urine: label the cup, not the lid.
Swabs: label the transport tube.

Common rejection reasons we see:
  - Name spelled differently from the req (e.g., nickname vs legal name)
  - DOB on tube doesn't match req
  - Tube unlabeled, only the bag labeled
  - Stool in a urine cup

I'm happy to come out and do the in-service myself - Tuesdays or Thursdays work.

Tasha Greenlee
Outreach Coordinator | Marrowfield Regional Laboratory
419-555-0100 x4432
""")

mk('clean', 'staff', '',
   '"Ines Galloway" <dispatch@swiftlinecourier.com>',
   '"Swiftline Drivers" <drivers@swiftlinecourier.com>',
   'REMINDER: cooler temps + end of route sweep (mandatory)',
   'Mon, 11 Mar 2024 05:30:00 -0400',
"""Drivers,

After last week's incident (specimen left in a van overnight) here's a refresher. This is mandatory, sign the acknowledgment on the tablet before your first pickup today.

TEMPERATURE
- Refrigerated cooler must read 2-8 C on the data logger at every pickup. Ambient tote 15-25 C. Frozen = dry ice, check the level at start of shift.
- Logger out of range for more than 30 minutes = call dispatch immediately, do NOT keep driving to the next stop.
- Never put a refrigerated specimen in the ambient tote "just for one stop".

END OF ROUTE SWEEP
- At the final drop, open EVERY compartment: side cooler, cab, under seats, lockbox.
- Scan the empty-van QR code on the back door. The app won't let you clock out without it.

CHAIN OF CUSTODY
- Drug-screen kits: signature from the receiving tech every time.

Questions, call me. Thanks for everything you do in this weather.

Ines Galloway
Dispatch Supervisor | 800-555-0134
""")

mk('clean', 'staff', '',
   '"Liu, Jonathan PhD" <jliu@marrowfieldhealth.org>',
   '"Internal Medicine Residents" <im-residents@marrowfieldhealth.org>',
   'RE: why did micro reject my C diff?',
   'Wed, 20 Mar 2024 13:27:45 -0400',
"""Hi everyone - answering this for the whole group since it keeps coming up.

We only test liquid stool (takes the shape of the container) for C. difficile. Formed stool is rejected automatically, because colonization rates in hospitalized adults are 10-15% and a positive PCR on formed stool doesn't mean disease.

Also rejected:
- Repeat testing within 7 days of a positive (test of cure is not recommended)
- Repeat within 48 h of a negative PCR unless ID approves
- Patients who got a laxative in the past 48 hours (the order question asks - please answer honestly!)

We run a two-step: GDH/toxin EIA first, reflex to PCR when discordant. Toxin-negative/PCR-positive results come with a comment suggesting possible colonization.

If you think a rejected specimen really needs to be tested, page me or the micro resident and we'll talk.

Jonathan Liu, PhD, D(ABMM)
Director, Clinical Microbiology

-----Original Message-----
From: IM chief resident
Sent: Wednesday, March 20, 2024 11:02 AM
Subject: why did micro reject my C diff?

Several of us had C diff samples rejected this week with "specimen not acceptable." Can someone from micro explain the criteria?
""")

# =====================================================================
# CLEAN - training
# =====================================================================
mk('clean', 'training', '',
   '"Okoye, Brendan" <bokoye@marrowfieldhealth.org>',
   '"New Lab Hires - March" <newhires-lab@marrowfieldhealth.org>',
   'LIS training environment - logins and practice patients',
   'Mon, 04 Mar 2024 08:30:00 -0500',
"""Welcome to the lab! Before your LIS class on Wednesday, please log in to the TRAINING environment (not PROD) and make sure your account works.

Environment:  SQTRN (the login screen has an orange banner)
URL:          https://lis-train.marrowfieldhealth.org
Username:     your network ID
Temp password: sent separately by text

Practice patients (these exist only in TRAIN - never use them in PROD):

  ZZTEST, ALPHA       MRN 99900001   DOB 01/01/1950   F
  ZZTEST, BRAVO       MRN 99900002   DOB 02/02/1980   M
  ZZTEST, CHARLIE     MRN 99900003   DOB 03/03/2015   M   (pediatric scenarios)
  ZZTEST, BLOODBANK   MRN 99900004   DOB 04/04/1944   F   (has anti-K in history - for BB exercise)

Exercises for Wednesday:
  1. Accession a CBC and BMP on ZZTEST, ALPHA
  2. Result a critical potassium of 6.8 on ZZTEST, BRAVO and document the call
  3. Cancel and credit a duplicate TSH on ZZTEST, CHARLIE

If your login doesn't work, call me at x5120.

Brendan Okoye
Integration Analyst / LIS Trainer
""")

mk('clean', 'training', '',
   '"Corepoint Demo Team" <demo@interfaceworks-demo.example.com>',
   '"Okoye, Brendan" <bokoye@marrowfieldhealth.org>',
   'Demo recap + sample messages for your sandbox',
   'Thu, 07 Mar 2024 16:12:05 -0500',
r"""Hi Brendan,

Thanks for joining the demo today. As promised, here are the sample ADT and ORU messages we used so you can load them into the sandbox route. These are synthetic - all names and numbers are from our test set.

MSH|^~\&|DEMOSENDER|DEMOFAC|DEMORECV|DEMOLAB|20240101120000||ADT^A04|DEMO0001|T|2.5.1
EVN|A04|20240101120000
PID|1||TEST000123^^^DEMO^MR||DOE^JOHN^Q||19000101|M|||123 MAIN ST^^ANYTOWN^XX^00000||(555)555-5555
PV1|1|O|DEMOCLINIC

MSH|^~\&|DEMOLAB|DEMOFAC|DEMORECV|DEMOFAC|20240101123000||ORU^R01|DEMO0002|T|2.5.1
PID|1||TEST000124^^^DEMO^MR||DOE^JANE^||19000101|F
OBR|1|DEMO-ORD-1|DEMO-ACC-1|2345-7^Glucose^LN|||20240101110000
OBX|1|NM|2345-7^Glucose^LN||100|mg/dL|70-99|H|||F

Note MSH-11 is "T" (training) - the route we built rejects anything with "P" in the sandbox.

The quote for the additional outbound connections (Cedar Hollow, Brightwater, Helixa) will come from Stacy in sales by Monday.

Cheers,
Devon Marsh
Solutions Engineer
""")

mk('clean', 'training', '',
   '"Maren Solberg, MS, CGC" <msolberg@helixagenomics.com>',
   '"GC Students - Spring Rotation" <gc-students@helixagenomics.com>',
   'Mock session #3 materials - "Jane Sample" hereditary cancer case',
   'Fri, 08 Mar 2024 12:25:18 -0500',
"""Hi all,

Materials for Tuesday's mock results-disclosure session. Reminder that this is a FICTIONAL case built for training - any resemblance to a real family is coincidental. Please don't add real patient details to your notes.

CASE: "Jane Sample," 38, referred by her fictional PCP Dr. Example after her mother was diagnosed with breast cancer at 47 and a maternal aunt with ovarian cancer at 55.
Sample report: Hereditary Cancer 84 panel - BRCA2 c.5946del (p.Ser1982Argfs*22), pathogenic. (Report PDF is watermarked SAMPLE - NOT FOR CLINICAL USE.)

Pedigree (fictional):
  I-1   grandfather, d. 80 (stroke)
  I-2   grandmother, d. 72 (unknown cancer)
  II-2  mother, 65, breast ca dx 47
  II-3  maternal aunt, d. 58, ovarian ca dx 55
  III-1 Jane (proband), 38
  III-2 brother, 35, unaffected

Roles: Joaquín plays Jane, Priscilla plays her brother on the phone (cascade testing conversation). Each student gets 20 minutes. Practice explaining risk, management options, GINA, and the family letter.

Rubric attached in the LMS. See you Tuesday!
Maren
""")

mk('clean', 'training', '',
   '"Outreach Phlebotomy Education" <phleb-ed@marrowfieldhealth.org>',
   '"Outreach Phlebotomy" <outreachphleb@marrowfieldhealth.org>',
   'Quarterly labeling competency quiz - Q1',
   'Mon, 18 Mar 2024 07:00:00 -0400',
"""Please complete by 3/29. 10 questions, open book, submit your answers in the LMS.

For Q1-Q3 look at the sample label images in the LMS (transcribed below). All names are TEST names from the training label printer.

Q1.  Label reads:  ZZTEST, MICKEY   DOB 01/01/2000   MRN 99911111   03/18/24 0730 SO
     Requisition reads: ZZTEST, MICKEY  DOB 01/01/2000   MRN 99911111
     Accept or reject? Why?

Q2.  Label reads:  ZZTEST, MINNIE   DOB 02/02/2002   (no time, no initials)
     Accept or reject? Why?

Q3.  Tube label reads ZZTEST, DONALD but the requisition reads ZZTEST, DAISY, same DOB.
     What do you do? (Hint: this is a WBIT risk.)

Q4.  Order of draw for: blood culture, light blue, gold SST, lavender, gray.
Q5.  How many inversions for a light blue citrate tube?
Q6.  Maximum time a K2EDTA sample for CBC can sit at room temp before testing?
Q7.  A nursing-home resident refuses the draw. Document where and how?
Q8.  True/False: You may pre-label tubes if the route is running late.
Q9.  Which specimens go in the refrigerated cooler on the van?
Q10. What do you do if the cooler logger reads 11 C at pickup?

Passing score 90%. Retakes allowed once.
""")

mk('clean', 'training', '',
   '"Trejo, Marisol" <mtrejo@marrowfieldhealth.org>',
   '"Blood Bank Staff" <bb-staff@marrowfieldhealth.org>',
   'CAP J-A 2024 survey arrived - rotation schedule',
   'Tue, 12 Mar 2024 08:05:30 -0400',
"""Team,

The CAP J-A 2024 (Transfusion Medicine) survey kit arrived yesterday and is in the BB fridge, bottom bin, bagged in the yellow PT bag. Due date to CAP is 3/27.

Specimens: J-01 through J-05 (red cell suspensions + plasma), plus the antibody ID challenge J-ABID-01.

Rotation (PT must be tested like patient samples, by whoever is on the bench, NO conferring, NO sending out):
  J-01, J-02   ABO/Rh, antibody screen    - Kim-Anh (days, 3/13)
  J-03         crossmatch compatibility   - Omar (evenings, 3/14)
  J-04, J-05   DAT, antibody ID           - Shauna (days, 3/18)
  J-ABID-01    antibody ID challenge      - Ifeoma (days, 3/19)

Record results on the worksheet, not in the LIS. I'll enter them in e-LAB Solutions and Dr. Zhou signs the attestation.

Reminder: interlaboratory communication about PT is prohibited until after the due date. That includes texting your friend at Ridgeview :)

Marisol
""")

mk('clean', 'training', '',
   '"EHR Vendor Academy" <academy@medsuite-ehr.example.com>',
   '"Webinar Registrants" <registrants@medsuite-ehr.example.com>',
   'Slides + sample payloads: "FHIR R4 for Lab Results" webinar',
   'Wed, 20 Mar 2024 15:00:00 -0400',
"""Thank you for attending "FHIR R4 for Lab Results: Observations, DiagnosticReports and Bundles."

Recording: available in the Academy portal for 90 days.
Slides: attached in the portal (Module 4 covers DiagnosticReport).

As requested, here's the sample Patient resource from slide 12. It uses the standard HL7 example persona; no real patient data is included.

{
  "resourceType": "Patient",
  "id": "example",
  "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST", "display": "test health data"}]},
  "identifier": [{"system": "urn:oid:1.2.36.146.595.217.0.1", "value": "12345"}],
  "name": [{"use": "official", "family": "Everyman", "given": ["Adam"]}],
  "gender": "male",
  "birthDate": "1951-01-20",
  "address": [{"line": ["534 Erewhon St"], "city": "PleasantVille", "state": "Vic", "postalCode": "3999"}]
}

And the Observation from slide 15:

{
  "resourceType": "Observation",
  "id": "example-glucose",
  "status": "final",
  "code": {"coding": [{"system": "http://loinc.org", "code": "15074-8", "display": "Glucose [Moles/volume] in Blood"}]},
  "subject": {"reference": "Patient/example"},
  "valueQuantity": {"value": 6.3, "unit": "mmol/l", "system": "http://unitsofmeasure.org", "code": "mmol/L"}
}

Next session: "SMART on FHIR app launch" on April 17. See you there!

MedSuite EHR Academy
""", html_part=True)

# =====================================================================
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for r in ROWS:
        w.writerow(r)

if __name__ == '__main__':
    tally = {}
    for _, l, k, _p in ROWS:
        tally[(l, k)] = tally.get((l, k), 0) + 1
    for (l, k), n in sorted(tally.items()):
        print('%s-%s: %d' % (l, k, n))
    print('total:', len(ROWS))
