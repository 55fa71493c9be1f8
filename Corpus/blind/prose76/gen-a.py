#!/usr/bin/env python3
"""Blind evaluation mail set: dermatology practice (Mohs, biologics, cosmetic/laser, teledermatology).
All people, numbers and organisations are invented. Deterministic: run as `python3 gen.py OUTDIR`."""
import sys, os, io, csv, random, zipfile, email.policy
from email.message import EmailMessage

SEED = 7601
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

ROWS = []
COUNT = {}

ORG = 'brightwaterderm.com'
DISCLAIMER = ("CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the "
              "intended recipient(s) and may contain confidential and privileged information. Any unauthorized "
              "review, use, disclosure or distribution is prohibited. If you are not the intended recipient, "
              "please contact the sender by reply e-mail and destroy all copies of the original message.")


def fake_jpeg(n, size=700):
    r = random.Random(SEED * 100 + n)
    return (b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00'
            + bytes(r.getrandbits(8) for _ in range(size)) + b'\xff\xd9')


def zip_bytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 6, 3, 8, 15, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def _x(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def xlsx_bytes(rows, sheet='Sheet1'):
    def ref(r, c):
        return '%s%d' % (chr(65 + c), r + 1)
    sheet_rows = []
    for r, row in enumerate(rows):
        cells = ''.join('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref(r, c), _x(str(v)))
                        for c, v in enumerate(row))
        sheet_rows.append('<row r="%d">%s</row>' % (r + 1, cells))
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
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet)),
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
    return zip_bytes([(n, d.encode('utf-8')) for n, d in files])


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def emit(label, kind, patient, frm, to, subject, date, body, cc=None, html=None, atts=(),
         cte=None, html_cte=None, extra=()):
    COUNT[(label, kind)] = COUNT.get((label, kind), 0) + 1
    fname = '%s-%s-%03d.eml' % (label, kind, COUNT[(label, kind)])
    idx = len(ROWS) + 1
    m = EmailMessage()
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subject
    m['Date'] = date
    dom = frm.rsplit('@', 1)[-1].strip('> ')
    m['Message-ID'] = '<%d.%08x.%d@%s>' % (idx, random.getrandbits(32), 1717000000 + idx * 977, dom)
    for k, v in extra:
        m[k] = v
    if not cte and idx % 3 != 0:
        # most clients send unencoded text; every third message left to the library (usually QP)
        cte = '7bit' if body.isascii() else '8bit'
    m.set_content(body, cte=cte) if cte else m.set_content(body)
    if html:
        if html_cte:
            m.add_alternative(html, subtype='html', cte=html_cte)
        else:
            m.add_alternative(html, subtype='html')
    for a in atts:
        data, mt, st, fn = a
        if isinstance(data, str):
            m.add_attachment(data, subtype=st, filename=fn)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    j = 0
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (idx, j))
            j += 1
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(m.as_bytes(policy=email.policy.SMTP))
    ROWS.append((fname, label, kind, patient))


# ---------------------------------------------------------------- people (all invented)
DR_O = '"Oyelaran-Falk, Miriam MD" <moyelaran@brightwaterderm.com>'
DR_R = 'Tobias Reinholt <treinholt@brightwaterderm.com>'
DR_V = '"Venkataraman, Anjali MD" <avenkataraman@brightwaterderm.com>'
CASEY = 'Casey Brennan PA-C <cbrennan@brightwaterderm.com>'
RENATA = 'Renata Szabo <rszabo@brightwaterderm.com>'
JAS = 'Jasmine Ortiz <jortiz@brightwaterderm.com>'
KENDRA = 'Kendra Whitlock <kwhitlock@brightwaterderm.com>'
SLOANE = 'Sloane Abernathy <sabernathy@brightwaterderm.com>'
DOUG = 'Doug Petrakis <dpetrakis@brightwaterderm.com>'
REUBEN = 'Reuben Castillo <rcastillo@brightwaterderm.com>'
PRIYA = 'Priya Natarajan <pnatarajan@brightwaterderm.com>'
BETH = 'Bethany Kroll <bkroll@brightwaterderm.com>'
TASHA = 'Tasha Greenlee <tgreenlee@brightwaterderm.com>'
NOOR = 'Noor Haddad <nhaddad@brightwaterderm.com>'
FERN = 'Fernanda Queiroz <fqueiroz@brightwaterderm.com>'

# ================================================================= PHI: care
emit('phi', 'care', 'Hallberg', RENATA, DR_O, 'Hallberg - stage 2 on your scope',
     'Tue, 04 Jun 2024 10:42:10 -0400', """Dr O,

Slides for Gerald Hallberg stage 2 are on your scope. I went deeper on the 3 o'clock block like you asked - the residual at 2-4 o'clock from stage 1 looks gone to me but obviously your call. Tissue was pretty fatty so a couple sections are chattered, I recut block B twice, the second set is better.

He's back in room 4 w/ a pressure dressing, wife is in the waiting room. Jasmine says he's getting antsy and asked twice if he can eat his sandwich lol. I told her yes.

If it's clear Dr Ng is ready for the closure, tray is set up for a bilobed flap.

Renata

--
Renata Szabo, HT(ASCP)
Mohs Histotechnologist
Brightwater Dermatology & Mohs Surgery
614-555-0100 ext 2214
""")

emit('phi', 'care', 'Pettibone', DR_V, JAS, 'Re: pt call - eyes red since starting dupixent',
     'Mon, 03 Jun 2024 11:20:44 -0400', """Don't have her skip it. This is the conjunctivitis we see with dupilumab, usually manageable.

- send ophtho referral to Lakeview Eye Associates (routine, but ask for within 4 wks)
- call in erythromycin ophth ointment, 1/2 inch to both eyes at bedtime x 2 wks to her CVS on Fairmont
- warm compresses AM, keep using the preservative free tears
- if vision changes or eye pain -> same day eye dr / urgent care

Put me down for a 4 wk follow up instead of 3 mo.

AV

On Mon, Jun 3, 2024 at 9:12 AM Jasmine Ortiz <jortiz@brightwaterderm.com> wrote:
> Dr V -- Lorraine Pettibone called the triage line this morning. She started
> Dupixent 3 wks ago (loading dose in clinic 5/14), says her skin is "so much
> better" but both eyes are red, itchy, crusty in the morning for about a week.
> No vision change. Using OTC artificial tears.
> She wants to know if she should skip this Saturday's shot. I told her someone
> would call back by end of day, best # is the cell on file.
>
> Do you want me to send an ophtho referral or just call something in?
>
> Jasmine Ortiz, CCMA
> Biologics Clinic
""")

care3_txt = """Brightwater Dermatology Referral Coordinator,

Please see the referral below for Mohs evaluation. Records to follow by fax.

Patient: Walter Okonkwo-Briggs
Referring provider: Helen Marsh, DO

Reason for referral: Mr. Okonkwo-Briggs had a shave biopsy of a crusted, enlarging bump on the right temple in our office on 5/21/24. Path (Tri-County Pathology) came back squamous cell carcinoma, well differentiated, extending to the deep margin. Lesion approx 1.4 cm.

Please note he is on warfarin for atrial fibrillation (INR 2.4 on 5/30) and has a pacemaker. Dr. Marsh is ok with him continuing warfarin for the procedure if you are. He also had a kidney transplant in 2011 and takes tacrolimus and mycophenolate, so he has had several of these over the years.

He would prefer mornings; his wife drives him. Best contact is home phone in the demographics.

Thank you,
Corinne Mayfield
Referral Coordinator | Cedar Hollow Family Medicine
P 740-555-0170 | F 740-555-0171

""" + DISCLAIMER + "\n"
care3_html = """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Brightwater Dermatology Referral Coordinator,</p>
<p>Please see the referral below for Mohs evaluation. Records to follow by fax.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Patient</b></td><td>Walter Okonkwo-Briggs</td></tr>
<tr><td><b>Referring provider</b></td><td>Helen Marsh, DO</td></tr>
</table>
<p><b>Reason for referral:</b> Mr. Okonkwo-Briggs had a shave biopsy of a crusted, enlarging bump on the right temple in our office on 5/21/24. Path (Tri-County Pathology) came back squamous cell carcinoma, well differentiated, extending to the deep margin. Lesion approx 1.4 cm.</p>
<p>Please note he is on warfarin for atrial fibrillation (INR 2.4 on 5/30) and has a pacemaker. Dr. Marsh is ok with him continuing warfarin for the procedure if you are. He also had a kidney transplant in 2011 and takes tacrolimus and mycophenolate, so he has had several of these over the years.</p>
<p>He would prefer mornings; his wife drives him. Best contact is home phone in the demographics.</p>
<p>Thank you,<br>Corinne Mayfield<br>Referral Coordinator | Cedar Hollow Family Medicine<br>P 740-555-0170 | F 740-555-0171</p>
<p style="font-size:8pt;color:#777">""" + DISCLAIMER + """</p>
</body></html>
"""
emit('phi', 'care', 'Okonkwo-Briggs', 'Cedar Hollow Referrals <referrals@cedarhollowfm.org>',
     'referrals@brightwaterderm.com', 'Referral - Mohs eval - OKONKWO-BRIGGS, WALTER',
     'Fri, 31 May 2024 15:03:19 -0400', care3_txt, html=care3_html)

emit('phi', 'care', 'Sorensen', DR_R, 'Raymond Adjei <radjei@northgateim.com>', 'RE: Annika Sorensen - psoriasis referral',
     'Wed, 05 Jun 2024 13:58:02 -0400', """Ray,

Saw Ms. Sorensen this morning, thanks for sending her. BSA ~18% - scalp, both elbows and knees, gluteal cleft, and new nail pitting on 4 fingers. She's been hiding it for years, was pretty emotional about it.

Plan:
- starting methotrexate 15 mg once weekly (Fridays) + folic acid 1 mg daily
- baseline CBC w diff, CMP, hep B/C, QuantiFERON drawn today
- repeat CBC/CMP at 4 wks, then q3 months
- clobetasol solution for scalp in the meantime
- she drinks "a couple glasses of wine on weekends", counseled to cut back to none-ish while on MTX
- pregnancy: she had a tubal, so not an issue

If she hasn't responded by 12-16 wks we'll start the PA for a biologic - she'd likely qualify for an IL-23.

Will send the full note through the portal. Ping me if her labs come through your office first.

Toby

Tobias Reinholt, MD, FAAD
Brightwater Dermatology & Mohs Surgery

-----Original Message-----
From: Raymond Adjei <radjei@northgateim.com>
Sent: Tuesday, May 21, 2024 4:41 PM
To: Tobias Reinholt <treinholt@brightwaterderm.com>
Subject: Annika Sorensen - psoriasis referral

Toby - sending over Annika Sorensen, 44, long hx plaque psoriasis, I've had her on topicals forever and she's not getting anywhere. Joint pain in her hands in the mornings lately too, RF neg. Could you get her in? She's a teacher so summer is best.
Ray
""")

emit('phi', 'care', 'Rhodes', SLOANE, CASEY, 'Tamsin - blistering after CO2, can you look before she leaves',
     'Mon, 10 Jun 2024 15:12:37 -0400', """Casey,

Tamsin Rhodes came back in at 3 - she had her 3rd fractional CO2 on Friday. Left cheek and jawline have a few blisters and there's some yellow crust near the corner of her mouth, and she says it's burning way more than the last two times. She admitted she did NOT start the valtrex we sent in before the session, she "forgot".

I put pics in her chart under cosmetic photos (today 3:05pm). She's in cosmetic room 2.

Can you or Dr R look before she leaves? She's also asking if she keeps her package price for session 4 if we have to push it, I said I'd check with Doug.

thanks!!
Sloane

Sloane Abernathy
Cosmetic & Laser Coordinator
Brightwater Aesthetics at Brightwater Dermatology
""", cc=DR_R)

emit('phi', 'care', 'Lusk', DR_R, '"Marsh, Helen DO" <hmarsh@cedarhollowfm.org>',
     'eConsult response #EC-24-0612 - Bernard Lusk (upper back lesion)',
     'Tue, 04 Jun 2024 08:31:55 -0400', """Dr. Marsh,

Thank you for the teledermatology eConsult. I reviewed the 3 images submitted 6/2 (overview of back, close-up with ruler, and the dermoscopic image).

Mr. Lusk's lesion on the left upper back measures about 9 mm by your ruler. It is asymmetric with two shades of brown and a blue-gray area at the inferior edge, and the dermoscopic image shows an atypical network at the 6 o'clock side. Given his history that it has changed over the last few months, this needs tissue.

Recommendation:
1. Excisional biopsy with 2 mm margins within 2 weeks. We have opened a slot for him Thursday 6/13 at 8:40 AM with me. Please have your staff let him know; he can call 614-555-0190 to confirm.
2. If he cannot come in, a deep saucerization in your office is acceptable - please avoid a superficial shave.
3. Full skin exam at his visit with us.

I marked up the dermoscopic image (attached) in case it's helpful for your resident teaching.

Tobias Reinholt, MD, FAAD
Teledermatology Service, Brightwater Dermatology
""", atts=[(fake_jpeg(1), 'image', 'jpeg', 'lusk_L_upperback_dermoscopy_annotated.jpg')])

emit('phi', 'care', 'Finnerty', 'Dana Whitcombe <dwhitcombe@keystonespecialtyrx.com>', KENDRA,
     'RE: hold shipment - Finnerty, Harold - Skyrizi',
     'Thu, 06 Jun 2024 09:47:12 -0400', """Hi Kendra,

Done - the 6/7 shipment is on hold, reference HLD-55120. I also paused his auto-refill so he doesn't get the refill call while he's inpatient. Just email or call me when Dr. V clears him and we'll reschedule delivery, usually 48 hrs out.

Dana Whitcombe, CPhT
Patient Care Coordinator | Keystone Specialty Rx
P 888-555-0144 x318

From: Kendra Whitlock <kwhitlock@brightwaterderm.com>
Sent: Thursday, June 6, 2024 8:58 AM
To: Dana Whitcombe <dwhitcombe@keystonespecialtyrx.com>
Subject: hold shipment - Finnerty, Harold - Skyrizi

Hi Dana, please hold the Skyrizi 150 shipment scheduled for 6/7 for Harold Finnerty. His wife called us - he was admitted to St. Brendan's Tuesday night with a bad leg infection (cellulitis), he's on IV antibiotics, and Dr. V wants the next dose held until he's done with antibiotics and we see him back in clinic. I'll let you know when he's cleared to resume.

Thanks,
Kendra

Kendra Whitlock, CPhT
Prior Authorization Specialist, Biologics Clinic
Brightwater Dermatology | 614-555-0102 ext 2231

This message and any attachments may contain protected health information. If you received it in error, notify the sender and delete it.
""")

emit('phi', 'care', 'Marchetti', CASEY, 'Mohs Team <mohs-team@brightwaterderm.com>',
     'FW: MSG 06/08 21:47 - BRIGHTWATER DERM ON CALL',
     'Sun, 09 Jun 2024 08:05:40 -0400', """FYI for Monday - called her back at 21:55. Had her hold firm pressure another 20 min with rolled gauze, no peeking, and it stopped. No expanding swelling. She's on Eliquis for afib, did not hold it pre-op (per Dr O's instructions). Told her ER if it restarts and won't stop.

Beth, can you put her on for a wound check Mon AM and let Dr O know?

Casey

-----Original Message-----
From: Tri-State Answering Service <msgs@tristateanswer.net>
Sent: Saturday, June 8, 2024 9:47 PM
To: Brightwater On Call <oncall@brightwaterderm.com>
Subject: MSG 06/08 21:47 - BRIGHTWATER DERM ON CALL

ACCT: 4471 BRIGHTWATER DERMATOLOGY
CALLER: EUGENIA MARCHETTI (PATIENT)
CALLBACK: 740-555-0122
MESSAGE: PT HAD SURGERY ON FOREHEAD YESTERDAY W DR OYELARAN. BANDAGE SOAKED THROUGH, HELD PRESSURE 20 MIN STILL OOZING. PT TAKES ELIQUIS. REQUESTS CALLBACK ASAP.
OPERATOR: KT
""")

# ================================================================= PHI: names
emit('phi', 'names', 'Adeyemi-Obi', KENDRA, DR_V, 'Nkechi Adeyemi-Obi -- Taltz PA APPROVED',
     'Tue, 04 Jun 2024 14:22:09 -0400', """approved through 12/31/24, auth # is on the tracker. rx went to AcuCare Specialty this afternoon, they'll call her for the welcome call + copay card enrollment.

first shipment should be next week so she can do her first injection here on the 18th like you wanted. I'll put her on the injection clinic schedule.

-K
""")

emit('phi', 'names', 'Nguyen', DR_R, BETH, 'mohs sched req',
     'Wed, 05 Jun 2024 17:40:51 -0400', """Beth -

Nguyen, Thi Bich Ngoc (goes by Ngoc) needs Mohs scheduled. Bx from 5/28 came back infiltrative BCC L nasal sidewall.

- needs Vietnamese interpreter - daughter usually comes but for surgery day she wants the in-person interpreter, not the video one
- morning slot pls, she's diabetic on insulin and gets shaky when she fasts. tell her she does NOT need to fast
- Dr O may want Dr Ng for a flap, nasal sidewall, so book the longer slot

thx
T

Sent from my iPhone
""")

emit('phi', 'names', 'van der Veen', BETH, DR_O, "Mr. van der Veen's Mohs moved to 6/19",
     'Fri, 07 Jun 2024 10:02:33 -0400', """Dr O -

Mr. van der Veen's Mohs (R helix) got moved to 6/19, first case. His cardiologist wants him off the Plavix 5 days before and he couldn't get the ok from them in time for the 12th. I gave his 12th slot to the waitlist.

His son Jeroen is driving him. Pre-op instructions re-sent by mail since he doesn't do email.

Beth

Bethany Kroll | Mohs Surgical Scheduler
Brightwater Dermatology & Mohs Surgery | ext 2208
""")

emit('phi', 'names', 'Dariusz', JAS, DR_O, 'your 10:30 tomorrow',
     'Wed, 12 Jun 2024 16:18:27 -0400', """Dr O,

Dariusz (your 10:30 tomorrow - the retired bus driver with the lesion on the top of his left ear) called. He's been getting chest tightness walking up stairs the last 2 days and his PCP wants to see him first thing tomorrow morning. He asked if you still want to do the surgery tomorrow afternoon if his PCP clears him, or if he should reschedule.

He's worried about losing his spot since he waited 6 wks for it. I told him I'd ask you. His PCP is Dr. Halvorsen at Northgate IM if you want to call.

Jasmine
""")

n5_txt = """Hi Rochelle,

Heads up for Thursday: Ms. Al-Rashidi (Fatima Al-Rashidi, 2:30pm, laser hair removal consult + test spot, face and underarms).

- she is a Fitzpatrick V and had bad hyperpigmentation after a chemical peel at a med spa last year
- Dr. Reinholt wants Nd:YAG ONLY, no diode, and just a test spot this visit
- she started hydroquinone 4% two weeks ago for the spots on her cheeks - Dr R says hold it for 1 week before any treatment, so she'll need to stop it tomorrow if we're treating next week
- female provider only please, and she'd like the door sign up

Her husband (Mr. Al-Rashidi) called to confirm the appointment, he'll be in the waiting room.

Consent is in the portal, she signed it last night.

Thanks!
Sloane
"""
n5_html = """<html><body><div style="font-family:Arial;font-size:10pt">
<p>Hi Rochelle,</p>
<p>Heads up for Thursday: <b>Ms. Al-Rashidi</b> (Fatima Al-Rashidi, 2:30pm, laser hair removal consult + test spot, face and underarms).</p>
<ul>
<li>she is a Fitzpatrick V and had bad hyperpigmentation after a chemical peel at a med spa last year</li>
<li>Dr. Reinholt wants <span style="color:red">Nd:YAG ONLY</span>, no diode, and just a test spot this visit</li>
<li>she started hydroquinone 4% two weeks ago for the spots on her cheeks - Dr R says hold it for 1 week before any treatment, so she'll need to stop it tomorrow if we're treating next week</li>
<li>female provider only please, and she'd like the door sign up</li>
</ul>
<p>Her husband (Mr. Al-Rashidi) called to confirm the appointment, he'll be in the waiting room.</p>
<p>Consent is in the portal, she signed it last night.</p>
<p>Thanks!<br>Sloane</p>
</div></body></html>
"""
emit('phi', 'names', 'Al-Rashidi', SLOANE, 'Rochelle Dunning <rdunning@brightwaterderm.com>',
     'Thurs laser consult - Ms. Al-Rashidi', 'Mon, 10 Jun 2024 09:26:48 -0400', n5_txt, html=n5_html)

emit('phi', 'names', 'Raghunathan', JAS, 'Meena Pillai <mpillai@northgateim.com>', "RE: Mrs. Raghunathan's patch test results",
     'Thu, 06 Jun 2024 12:44:03 -0400', """Hi Meena,

Her 96-hour read was positive to nickel sulfate (++) and fragrance mix I (+), and a weak/doubtful to cocamidopropyl betaine. Dr. Reinholt is faxing the full report today along with the avoidance handouts and the safe product list. He wants to see her back in 6 weeks to see if the hands and eyelids clear once she's avoiding those.

He also said she can keep using the tacrolimus ointment on the eyelids in the meantime.

Jasmine Ortiz, CCMA
Brightwater Dermatology

-----Original Message-----
From: Meena Pillai <mpillai@northgateim.com>
Sent: Thursday, June 6, 2024 10:15 AM
To: Jasmine Ortiz <jortiz@brightwaterderm.com>
Subject: Mrs. Raghunathan's patch test results

Hi Jasmine, following up on Mrs. Raghunathan's patch testing - Dr. Adjei wants to know what she reacted to. She's still getting the rash on her hands and eyelids and was in here Monday asking about it. Her husband mentioned she wears a lot of gold bangles, not sure if that matters.
Thanks, Meena (MA for Dr. Adjei)
""")

emit('phi', 'names', 'Wiśniewska', DR_O, RENATA, 'Wiśniewska slides – recut?',
     'Tue, 11 Jun 2024 11:07:30 -0400', """Renata,

For Małgorzata Wiśniewska (stage 1, L lower eyelid margin) – block C looks like it's missing epidermis along the edge between 6 and 8 o'clock, I can't call that margin. Can you recut C and give me 2 extra levels, and re-ink if the edge got lost?

She's a retired OR nurse and is asking me a lot of questions about the slides, so I want to be certain before Dr. Ng closes. Oculoplastics is on standby for the repair if it goes into the tarsus.

Thanks – M.

Miriam Oyelaran-Falk, MD
Mohs Surgery & Cutaneous Oncology
""", cte='quoted-printable')

emit('phi', 'names', "O'Shaughnessy-Reyes", TASHA, PRIYA, 'FW: question about my bill??',
     'Mon, 03 Jun 2024 10:31:16 -0400', """Priya can you look at this one? Ms O'Shaughnessy-Reyes is pretty upset, she thought everything at her annual skin check was covered. Casey froze some spots on her hands at that visit. Do we need to explain the separate charge or can it be adjusted?

Tasha Greenlee
Front Desk Lead

-----Original Message-----
From: Siobhán O'Shaughnessy-Reyes <siobhan.osr@gmail.com>
Sent: Saturday, June 1, 2024 7:52 PM
To: frontdesk@brightwaterderm.com
Subject: question about my bill??

Hello,

I got a bill for $187.00 for "destruction premalignant lesions 1st lesion + add'l" from my visit on May 9 with Casey Brennan. I thought my yearly skin check was covered at 100% as preventive?? Nobody told me freezing the spots on my hands would be extra. Can someone call me please.

Siobhán
""")

# ================================================================= PHI: self
emit('phi', 'self', 'Kowalski', 'Darlene Kowalski <darlene.kowalski61@gmail.com>', 'frontdesk@brightwaterderm.com',
     'question about my nose', 'Sun, 09 Jun 2024 20:14:05 -0400', """Hi this is Darlene Kowalski DOB 2/14/61. I saw Casey Brennan last wednesday and she froze a spot on the side of my nose and 2 on my forehead. The nose one blistered and now its a big dark scab and it looks awful, I have my granddaughters graduation on saturday. Is this normal?? Can I put makeup over it? Should I be putting vaseline on it?

Thank you
Darlene

Sent from my iPhone
""")

emit('phi', 'self', 'Brandvold', 'Kristin Brandvold <kbrandvold@outlook.com>', 'frontdesk@brightwaterderm.com',
     "Eli's eczema - any sooner appointment?", 'Tue, 04 Jun 2024 06:48:59 -0400', """Hello,

My son Eli Brandvold (DOB 06/09/2015) sees Dr. Reinholt for eczema. The triamcinolone cream isn't helping anymore - his elbows and the backs of his knees are cracked and bleeding and he's up scratching half the night, so none of us are sleeping. We finished the bleach baths like the handout said.

His next appointment isn't until August 22. Is there any way to get him in sooner, or could the doctor call in something stronger in the meantime? We also wondered about the shot (Dupixent?) that one of his friends gets - would he be able to try that?

Thank you,
Kristin Brandvold
614-555-0171 (cell, ok to leave a message)
""")

emit('phi', 'self', 'Tillingham', 'Des Tillingham <destillingham@yahoo.com>', KENDRA,
     'cosentyx copay card not working', 'Wed, 05 Jun 2024 18:33:40 -0400', """hey Kendra, Des Tillingham here (you helped me with the insurance approval back in jan).

went to get my refill and the specialty pharmacy says my copay card is maxed out for the year already and I owe $2,140 for this months Cosentyx pens. I can't do that. my psoriasis is finally under control for the first time in like 10 years and I really don't want to miss a dose, next one is due the 15th.

do I need to call Novartis myself? is there some other program? any help appreciated

Des
cell 937-555-0148
""")

s4_txt = """Hi Sloane,

It's Priscilla Vance. I came in Tuesday for Botox (forehead + the 11s) with Casey and now my left eyebrow is noticeably lower than the right one and my left eyelid feels heavy by the end of the day. My husband noticed it before I did!

Is this going to go away?? I have a wedding in 2 weeks and I'm in the photos. Do I need to come in? Is there anything that can be done?

xo
Priss
"""
s4_html = """<div dir="ltr"><div>Hi Sloane,</div><div><br></div><div>It's Priscilla Vance. I came in Tuesday for Botox (forehead + the 11s) with Casey and now my left eyebrow is noticeably lower than the right one and my left eyelid feels heavy by the end of the day. My husband noticed it before I did!</div><div><br></div><div>Is this going to go away?? I have a wedding in 2 weeks and I'm in the photos. Do I need to come in? Is there anything that can be done?</div><div><br></div><div>xo</div><div>Priss</div></div>
"""
emit('phi', 'self', 'Vance', 'Priscilla Vance <priss.vance@icloud.com>', SLOANE, 'droopy eyebrow after botox!!',
     'Fri, 07 Jun 2024 21:02:11 -0400', s4_txt, html=s4_html)

emit('phi', 'self', 'Demir', 'Yusuf Demir <ydemir79@gmail.com>', 'teledermatology@brightwaterderm.com',
     'photos for my e-visit Thursday', 'Mon, 10 Jun 2024 07:55:22 -0400', """Hello,

I'm Yusuf Demir, born 11 Oct 1979. I have the e-visit scheduled Thursday at 1:00. The upload button in the app keeps spinning so I am sending the photos of the rash here instead.

The rash started about 10 days after my doctor changed my blood pressure medicine to amlodipine. It's on both shins and ankles - small purple-red spots that don't fade when I press on them, and some are joining together. It doesn't itch much. No fever. I also take metformin and atorvastatin, those are not new.

Photo 1 is both legs, photo 2 is close up of the right ankle.

Regards,
Yusuf
""", atts=[(fake_jpeg(2), 'image', 'jpeg', 'IMG_4471.jpg'), (fake_jpeg(3), 'image', 'jpeg', 'IMG_4473.jpg')])

emit('phi', 'self', 'Villanueva-Ortega', 'Marisol Villanueva <marisol.villanueva@hotmail.com>', 'mohs@brightwaterderm.com',
     'My mother Rosa - redness around stitches', 'Sat, 08 Jun 2024 13:29:47 -0400', """Good afternoon,

I am writing for my mother, Rosa Villanueva-Ortega (84 years old). She had Mohs surgery on her right cheek on June 3 with Dr. Oyelaran-Falk and the stitches are supposed to come out next week.

Since yesterday the area around the stitches is red, warm and more swollen, and this morning there was a little yellow drainage on the bandage. She doesn't have a fever but she is diabetic and her sugars have been high this week (250s). She has been putting the vaseline like the instructions said.

Should she come in or go to urgent care? She only speaks Spanish so please call me, her daughter, Marisol, at 216-555-0163.

Gracias,
Marisol Villanueva
""")

emit('phi', 'self', 'Quill', 'Heather Quill <hquill.designs@gmail.com>', 'biologics@brightwaterderm.com',
     'Fwd: Your test results are available', 'Mon, 03 Jun 2024 12:10:33 -0400', """Hi! Dr. Venkataraman asked me to send my TB blood test before I start Humira, here it is below. My DOB is 9/30/1986 if you need it to find my chart.

Also - do I need to do the injection training in the office or can I watch the video?

Thanks!
Heather Q.

---------- Forwarded message ---------
From: Pinnacle Labs <noreply@pinnaclelabs-results.com>
Date: Sat, Jun 1, 2024 at 6:02 AM
Subject: Your test results are available
To: <hquill.designs@gmail.com>

Patient: HEATHER M QUILL
Collected: 05/30/2024 08:14   Reported: 05/31/2024 17:40
Ordering: VENKATARAMAN, ANJALI

QUANTIFERON-TB GOLD PLUS
  Result ............ NEGATIVE
  TB1-Nil ........... 0.01 IU/mL
  TB2-Nil ........... 0.02 IU/mL
  Mitogen-Nil ....... >10.00 IU/mL

HEPATITIS B SURFACE AG ..... NON-REACTIVE

Log in to your Pinnacle account to view the full report.
""")

# ================================================================= PHI: ids
emit('phi', 'ids', '', KENDRA, 'Marcy Ellison <mellison@acucarespecialty.com>', 'otezla refill - 3.4.88',
     'Tue, 11 Jun 2024 11:09:41 -0400', """hi Marcy,

following up on the refill request you faxed yesterday for the pt w/ DOB 3.4.88, our MRN 0048213 (your pt ID 7720918). Dr V approved 30 mg BID x 90 days w/ 3 refills, signed rx sent via eRx at 11:02. she said the diarrhea settled down after the first month so ok to continue.

pls confirm rec'd.

K
""")

emit('phi', 'ids', 'Chen', 'Tri-County Pathology <path-reports@tricountypath.com>', 'pathresults@brightwaterderm.com',
     'AMENDED REPORT - Acc S24-018837', 'Mon, 10 Jun 2024 16:45:00 -0400', """*** AMENDED REPORT ***

Accession:   S24-018837
Patient:     CHEN, WEI-LUN
DOB:         19720911     Sex: M
Client:      BRIGHTWATER DERMATOLOGY (acct 30418)
Provider:    BRENNAN, CASEY PA-C
Collected:   20240529     Received: 20240530

SPECIMEN: Skin, left upper back, shave

AMENDMENT: Margin status revised on review of deeper levels. Tumor is present at the peripheral margin at the 9 o'clock aspect (previously reported as clear). Final diagnosis otherwise unchanged.

FINAL DIAGNOSIS: Basal cell carcinoma, nodular type, peripheral margin involved.

Electronically signed: Felicity Ambrose, MD, Dermatopathology  06/10/2024 16:41

Questions: 614-555-0199 option 2.
This report contains confidential patient information intended only for the ordering provider.
""")

emit('phi', 'ids', 'Sutherland', KENDRA, 'Tri-River PA Intake <pa-intake@tririverhealth.com>',
     'PA submission - Dupixent - member W2281-44719-01', 'Tue, 04 Jun 2024 15:51:28 -0400', """Hello,

Submitting a PA by fax today (sent 3:40 pm to 855-555-0110) for:

Imani Sutherland, DOB 4 Mar 1988
Tri-River member ID W2281-44719-01, group 660184

Drug: Dupixent 300 mg SC every 2 weeks after 600 mg loading dose
Indication: moderate-to-severe atopic dermatitis, lifelong, EASI 27 at visit 5/29/24, BSA ~35%
Tried/failed: clobetasol 0.05% oint, triamcinolone 0.1%, tacrolimus 0.1% oint, and 16 weeks of narrowband UVB (3x/week Jan-Apr 2024) with minimal response. Cyclosporine not an option - she has hypertension.

Chart notes, phototherapy log and photos attached to the fax (14 pages). Please call with the reference number.

Thank you,
Kendra Whitlock, CPhT
Prior Authorization Specialist
Brightwater Dermatology & Mohs Surgery
614-555-0102 ext 2231 | fax 614-555-0103
""")

emit('phi', 'ids', 'Moffatt', JAS, 'Mail Room <mailroom@brightwaterderm.com>', 'can someone mail wound care supplies today',
     'Thu, 13 Jun 2024 10:18:02 -0400', """Can someone mail a bag of the post-Mohs wound supplies (vaseline packets, nonstick pads, paper tape, 2 rolls) + the printed wound care sheet to:

Clarence Moffatt
1147 Juniper Hollow Rd Apt 3B
Fenwick OH 43762

He ran out and can't drive after his scalp surgery Tuesday, daughter is out of town till next week. Phone 740-555-0187 if the address bounces back.

Thx!
J
""")

emit('phi', 'ids', '', PRIYA, 'Troy Bennington <tbennington@meridianrcm.com>', 'acct A00918273 - denial on 17312 again',
     'Wed, 12 Jun 2024 14:03:56 -0400', """Hi Troy,

The claim for guarantor acct A00918273 (pt DOB 11/23/1954, DOS 04/16/2024) came back denied again, CO-4 on the 17312 line. It was Mohs first stage + 2 additional stages + a 13132 repair same day, so 17312 should be 2 units.

Can you rebill 17312 x2 and 13132 with the -59? The pt is calling us every week about the statement and I'd like to tell her it's been resubmitted.

Thanks,
Priya

Priya Natarajan
Billing Supervisor | Brightwater Dermatology
614-555-0102 ext 2240
""")

ids6_txt = """BRIGHTWATER DERMATOLOGY & MOHS SURGERY - BIOLOGICS CLINIC
FAX COVER / SPECIALTY PHARMACY ENROLLMENT

To:    Keystone Specialty Rx - Intake      Fax: 888-555-0145
From:  Kendra Whitlock, CPhT               Fax: 614-555-0103
Date:  06/12/2024                          Pages: 6 (incl. cover)

Patient Name:  Okafor, Chinedu
DOB:           1961-07-30
SSN:           xxx-xx-4471
Phone:         (614) 555-0139
Address:       88 Stonebridge Way, Westerville OH 43081
Insurance:     BlueHorizon PPO  ID BHZ772019645  Grp 41120

Rx:  Bimzelx (bimekizumab) 160 mg x2 (320 mg) SC at wk 0,4,8,12,16 then q8wk
Dx:  L40.0 plaque psoriasis, BSA 22%, PASI 18.4
Prior: Humira (secondary failure 2022), Otezla (GI intolerance)
PA:  approved 06/11/2024 ref TRX-8841902

Prescriber: Anjali Venkataraman, MD   NPI 1790000000
"""
emit('phi', 'ids', 'Okafor', KENDRA, 'intake@keystonespecialtyrx.com', 'new enrollment - cover attached, forms to follow',
     'Wed, 12 Jun 2024 13:27:15 -0400', """See attached cover page with demographics. Enrollment form p1-2, rx and PA approval letter coming by fax in the next 10 min.

Please have someone call the pt this week, he's due for his wk 0 dose in clinic on the 20th.

Kendra
""", atts=[(ids6_txt, 'text', 'plain', 'fax_cover_0612.txt')])

emit('phi', 'ids', '', CASEY, JAS, '2231984',
     'Tue, 11 Jun 2024 16:52:44 -0400', """2231984 - cryo'd 4 AKs today (scalp x3, L dorsal hand). pt wants a callback re: the shave on the R shin, path should be back Fri. cell 614 555 0143, ok to leave detailed msg per pt.

f/u 6 mo FBSE

-CB
""")

ids8_txt = """Hi DermChart Portal Support,

We have a patient who can't log in to the portal to upload photos before her teledermatology visit tomorrow (6/14, 2:00 pm). She's locked out after the password reset email never came.

Name: Solveig Haraldsdottir
DOB: July 3rd 1990
MRN #BWD-551902
Portal username: solveig.h90
Email on file: solveig.haralds@proton.me

It's her month-4 isotretinoin check-in, so she also needs to upload her pregnancy test result before Dr. Reinholt can release the next month's prescription. Can you unlock the account and resend the reset link?

Thanks,
Noor Haddad
Teledermatology Coordinator, Brightwater Dermatology
614-555-0102 ext 2260
"""
ids8_html = """<html><body style="font-family:Segoe UI,sans-serif;font-size:10.5pt">
<p>Hi DermChart Portal Support,</p>
<p>We have a patient who can't log in to the portal to upload photos before her teledermatology visit tomorrow (6/14, 2:00 pm). She's locked out after the password reset email never came.</p>
<p>Name: Solveig Haraldsdottir<br>DOB: July 3rd 1990<br>MRN #BWD-551902<br>Portal username: solveig.h90<br>Email on file: solveig.haralds@proton.me</p>
<p>It's her month-4 isotretinoin check-in, so she also needs to upload her pregnancy test result before Dr. Reinholt can release the next month's prescription. Can you unlock the account and resend the reset link?</p>
<p>Thanks,<br>Noor Haddad<br>Teledermatology Coordinator, Brightwater Dermatology<br>614-555-0102 ext 2260</p>
</body></html>
"""
emit('phi', 'ids', 'Haraldsdottir', NOOR, 'DermChart Support <support@dermachart.io>',
     'Portal lockout - pt needs to upload before e-visit', 'Thu, 13 Jun 2024 15:40:09 -0400', ids8_txt, html=ids8_html)

# ================================================================= PHI: lists
emit('phi', 'lists', 'Hallberg', BETH, 'Mohs Team <mohs-team@brightwaterderm.com>', 'Mohs huddle - Tues 6/4',
     'Mon, 03 Jun 2024 16:55:10 -0400', """Hi all - tomorrow's Mohs list (Dr O, Dr Ng closing). 7 cases, heavy morning.

* 7:30  Hallberg, Gerald (79) - L nasal ala BCC - ASA only - likely bilobed flap
* 7:30  Pruitt, Deborah (66) - R forearm SCCis - simple linear, quick one
* 8:15  Nakamura, Kenji (71) - L helix BCC - hearing aids, speak into R ear
* 9:00  Obi-Akintola, Funmilayo (58) - upper lip BCC - anxious, 1 mg lorazepam pre-op, driver confirmed
* 9:45  Lindgren, Ruth (88) - scalp SCC 2.2 cm - wheelchair, daughter is POA and must be there for consent
* 10:30 Castellanos, Rafael (62) - R temple BCC - warfarin, INR 2.6 on Friday
* 11:15 Beaumont, Clifford (74) - nasal tip BCC - likely FTSG from preauricular

Renata - Lindgren is a big one, may need the extra cryostat time.
Jasmine - rooms 3 and 4 turn over first, please pre-stock the flap trays.

Beth
""")

l2_body = """Dr V / team - PA tracker for this week, pasted from the sheet. Two need your attention (Pham and Greer-Lindahl).

Patient\tDOB\tDrug\tPayer\tStatus\tNotes
Adeyemi-Obi, Nkechi\t08/17/1990\tTaltz\tTri-River\tAPPROVED\tthru 12/31, 1st inj 6/18
Sutherland, Imani\t03/04/1988\tDupixent\tTri-River\tSubmitted 6/4\t14 pg faxed, ref pending
Finnerty, Harold\t01/29/1949\tSkyrizi\tMedicare D (Humana)\tON HOLD\tinpatient St Brendan's, cellulitis
Tillingham, Desmond\t10/02/1983\tCosentyx\tBlueHorizon PPO\tCopay assist\taccumulator maxed, called mfr 6/6
Pham, Quoc Bao\t05/14/1971\tTremfya\tBuckeye Medicaid MCO\tDENIED\tneeds MTX trial 12 wk - appeal vs start MTX?
Greer-Lindahl, Josephine\t12/22/1995\tAdbry\tAetna Commercial\tPeer-to-peer\t6/6 2:15pm, Dr V to call 800-555-0166
Okafor, Chinedu\t07/30/1961\tBimzelx\tBlueHorizon PPO\tAPPROVED\tenroll w/ Keystone

Kendra
"""
emit('phi', 'lists', 'Adeyemi-Obi', KENDRA, DR_V, 'PA tracker - wk of 6/3', 'Wed, 05 Jun 2024 08:03:37 -0400', l2_body,
     cc='Biologics Team <biologics-team@brightwaterderm.com>')

emit('phi', 'lists', 'Marchetti', CASEY, '%s, %s' % (DR_R, DR_V), 'weekend call sign-out 6/8-6/9',
     'Sun, 09 Jun 2024 19:44:18 -0400', """Quiet-ish weekend. Sign-out below, all need follow-up Monday.

+------------------------+-----+-------------------------------------+-------------------------------+
| Patient                | Age | Issue                               | Plan                          |
+------------------------+-----+-------------------------------------+-------------------------------+
| Marchetti, Eugenia     | 81  | post-Mohs forehead bleed Sat PM,    | wound ck Mon 9:15 (Beth bkd)  |
|                        |     | on Eliquis, stopped w/ pressure     |                               |
| Villanueva-Ortega, Rosa| 84  | R cheek Mohs 6/3, red/warm/drainage | seen Sun in clinic, started   |
|                        |     | DM, sugars 250s                     | cephalexin 500 QID, cx sent   |
| Kowalczyk, Bogdan      | 70  | new blisters both arms, on          | ? bullous pemphigoid - needs  |
|                        |     | linagliptin (started March)         | bx + DIF Mon, call PCP re DPP4|
| Rhodes, Tamsin         | 36  | post CO2 HSV flare L cheek          | valacyclovir 1g TID, recheck  |
|                        |     |                                     | Wed w/ Casey                  |
+------------------------+-----+-------------------------------------+-------------------------------+

Kowalczyk's daughter is a nurse and was very helpful, her # is in the chart.

Casey Brennan, PA-C
""")

l4_rows = [
    ['consult_id', 'received', 'referring_clinic', 'patient_name', 'dob', 'mrn', 'chief_complaint', 'photos', 'priority', 'assigned'],
    ['EC-24-0612', '2024-06-02 14:11', 'Cedar Hollow FM', 'Lusk, Bernard', '1957-02-19', 'BWD-550417', 'changing mole L upper back', '3', 'URGENT', 'Reinholt'],
    ['EC-24-0618', '2024-06-05 09:40', 'Cedar Hollow FM', 'Ferreira-Lund, Ingrid', '1990-11-05', 'BWD-552380', 'rash face/chest after new sunscreen', '4', 'routine', 'Reinholt'],
    ['EC-24-0619', '2024-06-05 16:02', 'Northgate IM', 'Boateng, Kwabena', '1982-07-23', 'BWD-552391', 'hypopigmented patches back, ?tinea versicolor', '2', 'routine', 'unassigned'],
    ['EC-24-0620', '2024-06-06 10:27', 'Cedar Hollow FM', 'Szymanski, Helena', '1948-04-30', 'BWD-481226', 'nonhealing ulcer R shin 3 mo', '3', 'URGENT', 'unassigned'],
    ['EC-24-0621', '2024-06-06 13:55', 'Riverbend Pediatrics', 'Ahmadi, Laila', '2019-09-12', 'BWD-552402', 'vascular lesion forehead growing', '2', 'routine', 'unassigned'],
    ['EC-24-0623', '2024-06-07 08:10', 'Cedar Hollow FM', 'Delgado, Marco', '1966-12-01', 'BWD-552415', 'pigmented streak L thumbnail', '5', 'URGENT', 'unassigned'],
    ['EC-24-0625', '2024-06-07 15:33', 'Northgate IM', 'Whitfield, Arlene', '1939-06-17', 'BWD-301177', 'itchy rash trunk, on hospice', '3', 'routine', 'unassigned'],
]
emit('phi', 'lists', 'Lusk', NOOR, DR_R, 'eConsult queue export 6/10', 'Mon, 10 Jun 2024 08:12:45 -0400', """Dr. R,

Attached is this morning's queue export. 7 pending > 48h. The 3 from Cedar Hollow marked URGENT are the thumbnail streak, the shin ulcer and Mr. Lusk (you already answered his, I just haven't closed it out).

Noor
""", atts=[(csv_text(l4_rows), 'text', 'csv', 'econsult_queue_20240610.csv')])

l5 = [
    ['Date', 'Time', 'Client', 'Phone', 'Procedure', 'Provider', 'Pre-tx notes'],
    ['6/17', '9:00', 'Rhodes, Tamsin', '614-555-0152', 'Fractional CO2 #4 - MOVED to 6/20', 'Casey', 'HSV hx - valacyclovir start day before; healing from flare'],
    ['6/17', '10:30', 'Al-Rashidi, Fatima', '614-555-0126', 'Nd:YAG LHR face/axillae', 'Rochelle', 'Fitz V, hold hydroquinone x1wk, female provider only'],
    ['6/17', '1:00', 'Vance, Priscilla', '614-555-0131', 'Botox touch-up / brow eval', 'Casey', 'L brow ptosis after 6/4 tx - apraclonidine drops given'],
    ['6/18', '9:30', 'Kuznetsova, Svetlana', '614-555-0134', 'LHR legs - ON HOLD', 'Rochelle', 'burn L shin after 6/4 session, see Dr R first'],
    ['6/18', '11:00', 'Ostrowski-Bell, Naomi', '614-555-0118', 'IPL face (rosacea)', 'Rochelle', 'on doxycycline - photosensitivity, test spot'],
    ['6/19', '2:00', 'Mbeki-Larsen, Thandiwe', '614-555-0115', 'Pico toning melasma #2', 'Casey', 'Fitz VI, on tranexamic acid 325 BID'],
    ['6/20', '9:00', 'Rhodes, Tamsin', '614-555-0152', 'Fractional CO2 #4', 'Casey', 'HSV hx - valacyclovir 500 BID start 6/19'],
]
emit('phi', 'lists', 'Rhodes', SLOANE, 'Laser Room <laser@brightwaterderm.com>', 'laser schedule next wk (updated)',
     'Thu, 13 Jun 2024 17:21:00 -0400', """Updated sheet attached. Reminder: anyone with a cold sore hx needs valtrex started the day before, I flagged them in the notes column. Rhodes got moved to the 20th. Kuznetsova is on hold until Dr R sees her burn.

Sloane
""", atts=[(xlsx_bytes(l5, 'Week of 6-17'), 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Laser_Schedule_wk0617.xlsx')])

l6 = [
    ['acct', 'patient', 'dob', 'dos', 'cpt', 'units', 'icd10', 'provider', 'charge'],
    ['A00931188', 'Castellanos, Rafael', '04/15/1962', '05/07/2024', '17311', '1', 'C44.319', 'OYELARAN-FALK', '812.00'],
    ['A00931188', 'Castellanos, Rafael', '04/15/1962', '05/07/2024', '17312', '1', 'C44.319', 'OYELARAN-FALK', '406.00'],
    ['A00931188', 'Castellanos, Rafael', '04/15/1962', '05/07/2024', '13132', '1', 'C44.319', 'NG', '228.00'],
    ['A00877410', 'Lindgren, Ruth', '02/08/1936', '05/07/2024', '17311', '1', 'C44.42', 'OYELARAN-FALK', '812.00'],
    ['A00877410', 'Lindgren, Ruth', '02/08/1936', '05/07/2024', '17312', '2', 'C44.42', 'OYELARAN-FALK', '812.00'],
    ['A00877410', 'Lindgren, Ruth', '02/08/1936', '05/07/2024', '15260', '1', 'C44.42', 'NG', '655.00'],
    ['A00940026', 'Chen, Wei-Lun', '09/11/1972', '05/29/2024', '11102', '1', 'D48.5', 'BRENNAN', '142.00'],
    ['A00940026', 'Chen, Wei-Lun', '09/11/1972', '05/29/2024', '88305', '1', 'C44.519', 'TCP-AMBROSE', '118.00'],
    ['A00912554', 'Beaumont, Clifford', '06/30/1949', '05/14/2024', '17311', '1', 'C44.311', 'OYELARAN-FALK', '812.00'],
    ['A00912554', 'Beaumont, Clifford', '06/30/1949', '05/14/2024', '15260', '1', 'C44.311', 'NG', '655.00'],
    ['A00918273', 'Trudeau, Marguerite', '11/23/1954', '04/16/2024', '17311', '1', 'C44.319', 'OYELARAN-FALK', '812.00'],
    ['A00918273', 'Trudeau, Marguerite', '11/23/1954', '04/16/2024', '17312', '2', 'C44.319', 'OYELARAN-FALK', '812.00'],
]
emit('phi', 'lists', 'Castellanos', PRIYA, 'Troy Bennington <tbennington@meridianrcm.com>', 'May Mohs/path charge log',
     'Mon, 03 Jun 2024 09:30:12 -0400', """Troy -

May Mohs + path charge log attached. Zipped it because our server keeps stripping .csv attachments to outside domains. Same columns as last month. Trudeau's April lines are in there again since they still need the rebill.

Priya
""", atts=[(zip_bytes([('BWD_charges_2024-05.csv', csv_text(l6).encode('utf-8'))]), 'application', 'zip', 'BWD_charges_2024-05.zip')])

l7 = """MELANOMA HX - OVERDUE FBSE RECALL (> 12 mo)        run 06/11/2024
------------------------------------------------------------------------------------
NAME                      DOB         LAST FBSE   PHONE          NOTES
Halloran, Bridget         05/02/1967  03/14/2023  614-555-0107   MIS L calf 2019
Yamamoto-Price, Derek     11/19/1958  01/09/2023  614-555-0112   stage IB back 2016, SLNB neg
Adebayo, Olufemi          08/08/1975  02/27/2023  937-555-0104   acral mel R heel 2020
Petrosyan, Anahit         04/21/1981  12/01/2022  614-555-0109   MIS x2, FAMMM, dysplastic nevi
Lachance, Rene            09/30/1944  10/17/2022  740-555-0106   LMM L cheek 2018 (Mohs), hard of hearing
Ibrahim, Samira           01/13/1990  05/22/2023  614-555-0114   MIS R shoulder 2021, pregnant last visit
------------------------------------------------------------------------------------
6 rows
"""
emit('phi', 'lists', 'Halloran', JAS, 'Front Desk <frontdesk@brightwaterderm.com>', 'melanoma recall list - overdue skin checks',
     'Tue, 11 Jun 2024 12:01:33 -0400', """These pts have a hx of melanoma and haven't been seen for a full skin check in over a year. Dr R wants them called x2 and then sent the recall letter. List attached.

Mr. Lachance is hard of hearing - call his daughter (alt # in chart).

Jasmine
""", atts=[(l7, 'text', 'plain', 'mel_recall_overdue_0611.txt')])

# ================================================================= PHI: struct
emit('phi', 'struct', 'Pruitt', REUBEN, 'TCP LIS Support <lis-support@tricountypath.com>',
     'ORU feed - OBX-5 truncated on derm path (your ticket 88412)', 'Wed, 05 Jun 2024 15:20:48 -0400', r"""Hi Gary,

Still seeing truncation on the final dx text coming across the ORU feed. Here's one from this afternoon straight out of our interface engine log - look at OBX|1, it cuts off at 60 chars. The PDF on your portal has the full text.

MSH|^~\&|TCPLIS|TRICOUNTY|DERMCHART|BRIGHTWATER|20240605143212||ORU^R01|TCP0605143212|P|2.5.1
PID|1||0051177^^^BWD^MR~S24-019102^^^TCP^AN||PRUITT^DEBORAH^L||19580122|F|||417 Wexford Ct^^Galloway^OH^43119||(614)555-0129
PV1|1|O|BWD^^^DERM||||1457300000^REINHOLT^TOBIAS
ORC|RE|BWD88120|S24-019102
OBR|1|BWD88120|S24-019102|88305^Surgical path level IV^CPT|||20240603101500|||||||20240604081100|SKIN^R FOREARM SHAVE|1457300000^REINHOLT^TOBIAS
OBX|1|TX|22637-3^Path report.final diagnosis^LN||SQUAMOUS CELL CARCINOMA IN SITU (BOWEN DISEASE), EXTENDING TO PERIPH||||||F
OBX|2|TX|22634-0^Path report.gross^LN||Received in formalin labeled with the patient's name, a tan shave 0.8 x 0.6 x 0.1 cm||||||F
OBX|3|TX|22638-1^Path report.comments^LN||Mohs surgery or re-excision recommended.||||||F

Can you check whether the field length on your outbound map got reset in the last upgrade? Same thing happened in Feb.

Thanks,
Reuben Castillo
Interface Analyst / IT, Brightwater Dermatology
614-555-0102 x2250
""")

adt = ('MSH|^~\\&|DERMCHART|BRIGHTWATER|INTENGINE|BWD|20240606071502||ADT^A04|DC0606071502881|P|2.5.1\r'
       'EVN|A04|20240606071500\r'
       'PID|1||0047781^^^BWD^MR||NAKAMURA^KENJI^T||19521109|M|||2231 Old Orchard Ln^^^OH^43016^USA||614.555.0117|||M||BWD0047781|\r'
       'PD1|||Northgate Internal Medicine\r'
       'NK1|1|NAKAMURA^YUKO|SPO|||614.555.0118\r'
       'PV1|1|O|MOHS^RM3^^BWD||||1669400000^OYELARAN-FALK^MIRIAM|||DERM||||1|||||V20240606-0141\r'
       'IN1|1|TRH01|77|TRI-RIVER HEALTH PLAN|||||||||||1|NAKAMURA^KENJI^T|SEL|19521109|||||||||||||||||||TRH661200418\r'
       'DG1|1||C44.212^Basal cell carcinoma of skin of left ear and external auricular canal^I10\r')
emit('phi', 'struct', 'Nakamura', REUBEN, 'DermChart Interfaces <interfaces@dermachart.io>',
     'A04s getting NAKd - AE invalid PID-11 (case 00731552)', 'Thu, 06 Jun 2024 07:48:20 -0400', """Hi team,

Since Monday's patch, some of our A04 registration messages are getting NAK'd by the engine with AE "invalid PID-11". Looks like it happens when the city component is blank. Attached is one from this morning's Mohs registrations, raw from the outbound queue, so you can replay it.

Can we get a fix or a workaround before tomorrow's 7am Mohs check-ins?

Reuben
""", atts=[(adt.encode('ascii'), 'application', 'hl7-v2', 'adt_a04_nak_0606.hl7')])

emit('phi', 'struct', 'Castellanos', PRIYA, 'Troy Bennington <tbennington@meridianrcm.com>',
     '837 question - DMG / subscriber loop on Castellanos claim', 'Fri, 07 Jun 2024 10:26:33 -0400', """Troy,

Clearinghouse rejected this one with "2010BA DMG02 invalid" - pasting the relevant part of the 837P from our outbound file. DOB looks right to me? Is the problem that he's the subscriber AND patient so there shouldn't be a 2000C?

ISA*00*          *00*          *ZZ*BRIGHTWTR      *ZZ*MERIDIANRCM    *240607*1012*^*00501*000004512*0*P*:~
GS*HC*BRIGHTWTR*MERIDIANRCM*20240607*1012*4512*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*BWD240607A*20240607*1012*CH~
NM1*85*2*BRIGHTWATER DERMATOLOGY AND MOHS SURGERY*****XX*1356800000~
HL*2*1*22*0~
SBR*P*18*TRH4410******CI~
NM1*IL*1*CASTELLANOS*RAFAEL*A***MI*TRH884120557~
N3*2290 BIRCHWOOD LN~
N4*COLUMBUS*OH*43204~
DMG*D8*19620415*M~
NM1*PR*2*TRI-RIVER HEALTH PLAN*****PI*TRH01~
CLM*BWD240507C*1446***11:B:1*Y*A*Y*Y~
HI*ABK:C44319~
LX*1~
SV1*HC:17311*812*UN*1***1~
DTP*472*D8*20240507~
LX*2~
SV1*HC:17312*406*UN*1***1~
DTP*472*D8*20240507~
LX*3~
SV1*HC:13132*228*UN*1***1~
DTP*472*D8*20240507~
SE*24*0001~

Priya
""")

emit('phi', 'struct', 'Pham', KENDRA, 'EDI Help Desk <edi-help@buckeyemcoplan.com>',
     "271 response shows no pharmacy benefit - member is active?", 'Mon, 10 Jun 2024 13:14:07 -0400', """Hello,

We ran eligibility for a member before a PA appeal and the 271 shows active medical coverage but no pharmacy (88) benefit at all, even though he's had Rx claims through you this year. Can you tell me if this is a data problem on your end? Pasting the response:

ISA*00*          *00*          *ZZ*BUCKEYEMCO     *ZZ*BRIGHTWTR      *240610*1301*^*00501*000019982*0*P*:~
GS*HB*BUCKEYEMCO*BRIGHTWTR*20240610*1301*19982*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*ELG0610-77*20240610*1301~
HL*1**20*1~
NM1*PR*2*BUCKEYE MEDICAID MCO*****PI*BKMCO~
HL*2*1*21*1~
NM1*1P*2*BRIGHTWATER DERMATOLOGY*****XX*1356800000~
HL*3*2*22*0~
TRN*2*ELG0610-77*9BRIGHTWTR~
NM1*IL*1*PHAM*QUOC BAO****MI*BK20931177~
N3*5012 CLEVELAND AVE APT 12~
N4*COLUMBUS*OH*43229~
DMG*D8*19710514*M~
DTP*346*D8*20240101~
EB*1*IND*30*MC*BUCKEYE MEDICAID STANDARD~
EB*1*IND*98***27~
EB*I*IND*88~
MSG*PHARMACY BENEFIT CARVED OUT - CONTACT STATE FFS PBM~
SE*20*0001~

If pharmacy really is carved out, which PBM do we send the Tremfya appeal to?

Kendra Whitlock, CPhT | Prior Authorization
Brightwater Dermatology & Mohs Surgery | 614-555-0102 x2231
""")

fhir = """{
  "resourceType": "Bundle",
  "type": "transaction",
  "id": "skl-econsult-7c1e9a",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "pt-88213",
        "identifier": [
          {"system": "urn:oid:2.16.840.1.113883.3.9901.1", "value": "BWD-552455"},
          {"system": "https://skinlink.example/referral", "value": "SKL-220914"}
        ],
        "name": [{"family": "Bankole", "given": ["Oluwaseun", "Adeola"]}],
        "gender": "female",
        "birthDate": "1993-10-27",
        "telecom": [{"system": "phone", "value": "614-555-0161", "use": "mobile"}],
        "address": [{"line": ["740 Fairhaven Dr"], "city": "Dublin", "state": "OH", "postalCode": "43017"}]
      },
      "request": {"method": "PUT", "url": "Patient/pt-88213"}
    },
    {
      "resource": {
        "resourceType": "ServiceRequest",
        "id": "sr-4410",
        "status": "active",
        "intent": "order",
        "code": {"text": "Teledermatology eConsult"},
        "subject": {"reference": "Patient/pt-88213"},
        "reasonCode": [{"text": "scarring hair loss crown x 8 months, itchy scalp, pustules"}],
        "note": [{"text": "Pt using minoxidil 5% x 6 mo w/o improvement. Hx iron deficiency, ferritin 9 (04/2024). Requesting derm eval and bx guidance."}],
        "requester": {"display": "Riverbend Family Practice - Dr. Chidi Nwankwo"}
      },
      "request": {"method": "POST", "url": "ServiceRequest"}
    },
    {
      "resource": {
        "resourceType": "Media",
        "id": "img-1",
        "status": "completed",
        "subject": {"reference": "Patient/pt-88213"},
        "content": {"contentType": "image/jpeg", "url": "https://api.skinlink.example/media/7c1e9a/crown_1.jpg"}
      },
      "request": {"method": "POST", "url": "Media"}
    }
  ]
}
"""
emit('phi', 'struct', 'Bankole', 'Arjun Mehra <arjun.mehra@skinlinkhealth.io>', REUBEN,
     'RE: failed eConsult POSTs - payload attached', 'Tue, 11 Jun 2024 17:36:52 -0400', """Hi Reuben,

Attaching the exact bundle that your FHIR endpoint returned 422 on (OperationOutcome said "Media not supported"). We captured it from prod logs before the retry. If your side only accepts DocumentReference for images we can switch the mapping, but it'll be a release cycle.

Note this is real referral traffic so please handle accordingly.

Arjun Mehra
Integration Engineer | SkinLink Health
""", atts=[(fhir.encode('utf-8'), 'application', 'json', 'bundle_skl-econsult-7c1e9a.json')])

emit('phi', 'struct', 'Greer-Lindahl', 'Corinne Mayfield <cmayfield@cedarhollowfm.org>', 'referrals@brightwaterderm.com',
     'CCD for Greer-Lindahl - your portal rejected the upload', 'Wed, 05 Jun 2024 11:05:29 -0400', """Hi,

Your referral portal keeps rejecting our C-CDA ("document too large") so I'm pasting the header and problem/med sections for Josephine Greer-Lindahl below. Full record going by fax. She's scheduled with Dr. Venkataraman.

<recordTarget>
  <patientRole>
    <id extension="CHFM-0091442" root="2.16.840.1.113883.3.8812.1"/>
    <addr use="HP"><streetAddressLine>19 Larkspur Ct</streetAddressLine><city>Lancaster</city><state>OH</state><postalCode>43130</postalCode></addr>
    <telecom value="tel:+1-740-555-0153" use="MC"/>
    <patient>
      <name><given>Josephine</given><given>Ruth</given><family>Greer-Lindahl</family></name>
      <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime value="19951222"/>
    </patient>
  </patientRole>
</recordTarget>
...
<section>
  <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
  <text><list>
    <item>Atopic dermatitis, severe (onset childhood)</item>
    <item>Asthma, moderate persistent</item>
    <item>Allergic conjunctivitis</item>
  </list></text>
</section>
<section>
  <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="Medications"/>
  <text><list>
    <item>Tralokinumab (Adbry) 300 mg SC q2wk - PA pending</item>
    <item>Budesonide/formoterol 160/4.5 2 puffs BID</item>
    <item>Triamcinolone 0.1% ointment BID prn</item>
  </list></text>
</section>

Corinne Mayfield
Referral Coordinator | Cedar Hollow Family Medicine
""")

emit('phi', 'struct', 'Lindgren', 'Troy Bennington <tbennington@meridianrcm.com>', PRIYA,
     'FW: 835 - Mohs underpayment, Tri-River', 'Thu, 13 Jun 2024 09:58:14 -0400', """Priya - flagging this one from yesterday's 835. Tri-River paid the Mohs lines at half and zeroed the 15260 with a CO-59, even though the graft was done by a different surgeon. I think we appeal. Remit section below.

CLP*BWD240507L*1*2279*812.40*0*12*TRH24159900871*11*1~
NM1*QC*1*LINDGREN*RUTH*E***MI*TRH330017742~
NM1*82*1*OYELARAN-FALK*MIRIAM****XX*1669400000~
DTM*232*20240507~
SVC*HC:17311*812*406.20**1~
CAS*CO*45*405.80~
SVC*HC:17312*812*406.20**2~
CAS*CO*45*405.80~
SVC*HC:15260*655*0**1~
CAS*CO*59*655~

Her daughter (POA) also called us about the EOB, so she may call you too.

Troy Bennington
Senior A/R Specialist | Meridian Revenue Cycle Management
""")

# ================================================================= PHI: lang
emit('phi', 'lang', 'Ibarra', 'Lupita Ibarra <lupita.ibarra75@gmail.com>', 'biologics@brightwaterderm.com',
     'Pregunta sobre mis inyecciones', 'Tue, 04 Jun 2024 19:41:26 -0400', """Buenas tardes,

Soy Guadalupe Ibarra Montes, paciente de la Dra. Venkataraman. Mi fecha de nacimiento es 12/05/1975.

Me pusieron la primera inyección de Skyrizi el 20 de mayo aquí en la clínica y la segunda me toca el 17 de junio, pero voy a viajar a Guadalajara del 10 de junio al 5 de julio para cuidar a mi mamá. ¿Puedo llevar la jeringa en el avión? ¿Necesita estar en el refrigerador todo el tiempo? ¿O es mejor cambiar la fecha de la inyección?

La psoriasis en los codos y en la cabeza ya está mucho mejor, gracias a Dios.

Gracias,
Lupita
Tel. 614-555-0128
""")

emit('phi', 'lang', 'Tavares', FERN, 'Ana Tavares <ana.tavares.rn@gmail.com>', 'Instruções pós-operatórias – Sr. Joaquim Tavares',
     'Thu, 06 Jun 2024 14:05:50 -0400', """Olá Ana,

Conforme conversamos por telefone, seguem as instruções para o seu pai, Sr. Joaquim Tavares, depois da cirurgia de Mohs no couro cabeludo ontem (05/06):

• Manter o curativo seco e no lugar por 48 horas. Depois, lavar com água e sabão neutro uma vez por dia e passar vaselina.
• Ele pode voltar a tomar o AAS 100 mg amanhã, como a Dra. Oyelaran-Falk explicou.
• Para dor, paracetamol 500 mg até de 6 em 6 horas. Evitar ibuprofeno.
• Dormir com a cabeça elevada (dois travesseiros) por 2 noites.
• Se sangrar, fazer pressão firme por 20 minutos sem olhar. Se não parar, ligar para o plantão: 614-555-0100.

A retirada dos pontos está marcada para 19/06 às 10h15 com a Dra. Oyelaran-Falk. O resultado final das margens estava livre.

Qualquer dúvida é só responder este e-mail.

Abraços,
Fernanda Queiroz, MA
Brightwater Dermatology & Mohs Surgery
""", cte='quoted-printable')

emit('phi', 'lang', 'Trần', 'Lan Tran <lan.tran.cbus@gmail.com>', 'frontdesk@brightwaterderm.com',
     'Về thuốc bôi của mẹ tôi - Trần Thị Hoa', 'Mon, 10 Jun 2024 10:37:18 -0400', """Chào bác sĩ,

Tôi là con gái của bà Trần Thị Hoa (sinh năm 1949). Mẹ tôi khám với bác sĩ Reinholt ngày 28/5 vì bị chàm ở hai bàn tay và hai chân. Bác sĩ cho thuốc bôi clobetasol, nhưng mẹ tôi đã bôi 2 tuần rồi mà da vẫn ngứa, nứt và chảy máu ở ngón tay.

Mẹ tôi có thể bôi nhiều hơn 2 lần một ngày không? Hay cần đổi thuốc khác? Mẹ tôi cũng đang uống thuốc tiểu đường và huyết áp.

Xin gọi lại cho tôi số 614-555-0156. Tôi nói được tiếng Anh.

Cảm ơn bác sĩ,
Lan
""", cte='base64')

emit('phi', 'lang', 'Jean-Baptiste', 'Wilnès Jean-Baptiste <wilnesjb@yahoo.com>', 'frontdesk@brightwaterderm.com',
     'Rezilta byopsi mwen', 'Wed, 12 Jun 2024 08:22:41 -0400', """Bonjou,

Mwen se Wilnès Jean-Baptiste. Doktè Brennan te fè yon byopsi sou yon bouton nwa ki sou do mwen 29 me. Yo te di m y ap rele m ak rezilta a nan de semèn, men pèsonn poko rele m. Mwen enkyete anpil paske manman m te gen kansè po.

Tanpri rele m nan 305-555-0119 apre 4è diapremidi, mwen travay lajounen.

Mèsi anpil,
Wilnès
""")

emit('phi', 'lang', 'Кузнецова', 'Светлана Кузнецова <s.kuznetsova83@mail.ru>', 'cosmetic@brightwaterderm.com',
     'Ожог после лазера', 'Thu, 06 Jun 2024 22:15:03 -0400', """Здравствуйте!

Меня зовут Светлана Кузнецова, дата рождения 14.02.1983. 4 июня мне делали лазерную эпиляцию ног в вашей клинике (третья процедура). На следующий день на левой голени появились красные полосы и несколько пузырей, очень болит и жжёт. Раньше такого не было. Я мажу пантенолом и прикладываю холод.

Нужно ли мне прийти на осмотр к врачу? Можно ли делать следующую процедуру 18 июня?

Мой телефон 614-555-0134.

С уважением,
Светлана
""", cte='base64')

emit('phi', 'lang', 'Dimaculangan', 'Jerome Dimaculangan <jeromedim@gmail.com>', JAS,
     'Re: lab results ni Nanay', 'Fri, 07 Jun 2024 07:30:55 -0400', """Hi po Ms. Jasmine,

Ako po ulit si Jerome, anak ni Maria Luzviminda Dimaculangan. Nagpa-blood test na po si Nanay kahapon sa Pinnacle Labs para sa methotrexate niya (CBC at liver test). Sabi po ng lab ipapadala daw po sa inyo directly.

Tanong lang po, tuloy pa rin po ba yung 6 tablets niya every Friday? Medyo nagsusuka po kasi siya pagkatapos uminom at parang nanghihina kinabukasan. Pwede po bang hatiin yung dose?

Salamat po!
Jerome
0917 555 0142 / 614-555-0142

On Tue, Jun 4, 2024 at 2:10 PM Jasmine Ortiz <jortiz@brightwaterderm.com> wrote:
> Hi Jerome, reminder that your mom is due for her labs this week before her
> next methotrexate refill. Order is already at Pinnacle. Thanks! -Jasmine
""")

emit('phi', 'lang', 'العتيبي', 'أحمد العتيبي <a.alotaibi.oh@gmail.com>', 'teledermatology@brightwaterderm.com',
     'استفسار عن دواء ابني خالد', 'Sat, 08 Jun 2024 16:48:31 -0400', """السلام عليكم،

أنا والد المريض خالد أحمد العتيبي (تاريخ الميلاد 2006/03/18). ابني يأخذ دواء الإيزوتريتينوين (أكيوتان) 40 ملغ يومياً منذ شهرين بوصفة من الدكتور رينهولت لعلاج حب الشباب.

في الأسبوع الماضي بدأ يعاني من صداع شديد في الصباح، وأحياناً زغللة في النظر، وألم في الظهر، وشفتاه متشققتان جداً. هل يجب أن يتوقف عن الدواء الآن؟ موعد الزيارة عن بعد القادم 24 يونيو.

رقم هاتفي 614-555-0177.

شكراً جزيلاً،
أحمد
""", cte='base64')

emit('phi', 'lang', '李建国', '李晓梅 <xiaomei.li.oh@163.com>', 'frontdesk@brightwaterderm.com',
     '关于我父亲李建国的活检结果', 'Tue, 11 Jun 2024 21:03:12 -0400', """您好，

我是李建国的女儿李晓梅。我父亲（出生日期1952年8月3日）上周四（6月6日）在贵诊所由Brennan医生做了左耳的皮肤活检，医生说结果出来后会打电话通知。

我们今天收到了账单，但是还没有收到活检结果。我父亲下个月15号要回国，想知道如果是皮肤癌，是否需要在回国之前做莫氏手术。

请回电 614-555-0181（我的手机），我可以帮父亲翻译。

谢谢！
李晓梅
""")

# ================================================================= CLEAN: admin
emit('clean', 'admin', '', 'Brightwater IT Helpdesk <helpdesk@brightwaterderm.com>', RENATA,
     '[INC0048817] Mohs lab label printer offline - RESOLVED', 'Tue, 04 Jun 2024 13:02:55 -0400', """Incident INC0048817 has been resolved.

Short description: Mohs lab label printer (cassette/slide) not printing
Caller: Renata Szabo (ext 2214)
Location: Mohs Suite - Histology Lab, Rm 118
Asset tag: BWD-LP-0113 (Zebra ZD421)
Assigned to: Reuben Castillo
Opened: 06/04/2024 07:41   Resolved: 06/04/2024 12:58

Resolution notes: Print spooler on MOHS-WS02 hung after Windows update KB5037771. Cleared queue, reinstalled ZDesigner driver 10.6.2, re-paired printer to static IP 10.14.2.61. Test cassette labels printed OK. Recommended deferring updates on lab workstations to Sunday maintenance window - change request CHG0007214 opened.

If the issue recurs, reply to this email within 5 days to reopen, or call the helpdesk at ext 2299.

Brightwater IT
""")

emit('clean', 'admin', '', DOUG, 'All Staff <allstaff@brightwaterderm.com>', 'MA / tech coverage - week of 6/17',
     'Fri, 14 Jun 2024 11:30:02 -0400', """Hi everyone,

Here's next week's coverage. Jasmine is out Wed-Fri and we have a float from Ridgefield Staffing (Alyssa Munroe) Mon-Wed.

Mon 6/17  Mohs: Jasmine, Tasha (AM)   Gen derm: Fernanda, Alyssa   Cosmetic: Rochelle
Tue 6/18  Mohs: Jasmine, Alyssa       Gen derm: Fernanda, Kim      Biologics inj clinic: Fernanda (PM)
Wed 6/19  Mohs: Alyssa, Kim           Gen derm: Fernanda, Tasha    Teledermatology photo desk: Noor
Thu 6/20  Mohs: Kim, Fernanda         Gen derm: Tasha              Biologics inj clinic: Fernanda (AM)
Fri 6/21  Mohs: closed (Dr O at ACMS)  Gen derm: Kim, Tasha        Cosmetic: Rochelle

Juneteenth (Wed 6/19) - we ARE open, holiday pay applies per the handbook.

Call-outs: text me at 614-555-0197 AND call the front desk lead line (ext 2201) before 6:30 am.

Thanks,
Doug

Doug Petrakis, MBA
Practice Administrator
Brightwater Dermatology & Mohs Surgery
""")

a3_txt = """DermaChart, Inc.
INVOICE

Invoice #: INV-2024-06-20931
Invoice date: 06/01/2024
Due date: 07/01/2024
Customer account: DC-88120 - Brightwater Dermatology & Mohs Surgery
Bill to: Doug Petrakis, 3100 Riverside Commons Blvd Ste 200, Columbus OH 43221

Description                                   Qty    Unit       Amount
EHR/PM subscription - provider license        14     $489.00    $6,846.00
eRx + EPCS module                             14     $39.00     $546.00
Teledermatology add-on (store & forward)      1      $650.00    $650.00
Patient portal - photo upload storage (TB)    2      $45.00     $90.00
HL7 interface maintenance (path, lab, PM)     3      $175.00    $525.00
                                                     Subtotal   $8,657.00
                                                     Tax        $0.00
                                                     TOTAL      $8,657.00

Remit ACH to: First Prairie Bank, routing 071000000, acct ending 4410.
Questions: billing@dermachart.io | 312-555-0184
"""
a3_html = """<html><body style="font-family:Helvetica,Arial;font-size:10pt">
<h3 style="color:#1d5d90">DermaChart, Inc. &mdash; Invoice INV-2024-06-20931</h3>
<p>Invoice date: 06/01/2024 &nbsp; Due: 07/01/2024<br>Customer account: DC-88120 &mdash; Brightwater Dermatology &amp; Mohs Surgery<br>Bill to: Doug Petrakis, 3100 Riverside Commons Blvd Ste 200, Columbus OH 43221</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>Description</th><th>Qty</th><th>Unit</th><th>Amount</th></tr>
<tr><td>EHR/PM subscription - provider license</td><td>14</td><td>$489.00</td><td>$6,846.00</td></tr>
<tr><td>eRx + EPCS module</td><td>14</td><td>$39.00</td><td>$546.00</td></tr>
<tr><td>Teledermatology add-on (store &amp; forward)</td><td>1</td><td>$650.00</td><td>$650.00</td></tr>
<tr><td>Patient portal - photo upload storage (TB)</td><td>2</td><td>$45.00</td><td>$90.00</td></tr>
<tr><td>HL7 interface maintenance (path, lab, PM)</td><td>3</td><td>$175.00</td><td>$525.00</td></tr>
<tr><td colspan="3"><b>TOTAL</b></td><td><b>$8,657.00</b></td></tr>
</table>
<p>Remit ACH to: First Prairie Bank, routing 071000000, acct ending 4410.<br>Questions: billing@dermachart.io | 312-555-0184</p>
</body></html>
"""
emit('clean', 'admin', '', 'DermaChart Billing <ar@dermachart.io>', DOUG, 'Invoice INV-2024-06-20931 from DermaChart, Inc.',
     'Sat, 01 Jun 2024 02:00:11 +0000', a3_txt, html=a3_html)

emit('clean', 'admin', '', 'Gwen Albright <galbright@brightwaterderm.com>', 'Clinical Staff <clinical@brightwaterderm.com>',
     'Compliance reminders: BLS renewals + annual TB screening sign-up', 'Mon, 03 Jun 2024 08:45:00 -0400', """Good morning,

A few compliance items for June:

1) BLS renewals - the following cards expire before 8/31. Class is Sat 6/22, 8am-12pm, Conference Rm B, instructor Luis Ferrante (Lifeline Training). Reply to me to grab a seat.
   - Casey Brennan - exp 7/31/2024
   - Renata Szabo - exp 8/15/2024
   - Rochelle Dunning - exp 6/30/2024
   - Alyssa Munroe (float) - agency to confirm

2) Annual TB screening for employees - Pinnacle Labs will be on site Thursday 6/13, 7:00-9:00 am, break room. Bring your badge. If you'd rather go to a Pinnacle location, the employer order code is BWD-EMP-24. Results go to Employee Health, not to your manager.

3) Annual HIPAA + OSHA modules in the LMS are due 6/30. 61% of you are done - thank you!

Gwen Albright, SHRM-CP
HR & Compliance Manager
Brightwater Dermatology & Mohs Surgery | ext 2205
""")

emit('clean', 'admin', '', 'Nate Keller <nate@kellermech.com>', DOUG, 'RE: laser suite AC + LN2 dewar delivery - PO 24-0388',
     'Wed, 12 Jun 2024 07:15:44 -0400', """Doug,

We can have a tech (Jorge Salinas, cell 614-555-0192) out Friday 6/14 at 6:30 am to look at the laser suite mini-split before your patients arrive. If it's the condensate pump like last summer it's about a 1 hr fix. Quote for a replacement unit if needed is attached to PO 24-0388, $3,840 installed.

Separately - Airgas confirmed the 180L liquid nitrogen dewar swap for Tuesday 6/18 between 7 and 9 am. Driver will need the loading dock code and someone to sign. Their order # is AG-5521907.

Thanks,
Nate Keller
Keller Mechanical Services | Service Manager
614-555-0191

> On Jun 11, 2024, at 4:52 PM, Doug Petrakis <dpetrakis@brightwaterderm.com> wrote:
>
> Nate - the laser room is at 79 degrees again and the Nd:YAG throws a temp fault
> over 80. Can someone come this week? Also can you coordinate the LN2 swap with
> Airgas, Dr R says the cryo guns are running low.
> Doug
""")

emit('clean', 'admin', '', KENDRA, REUBEN, 'RxAuth portal - still locked out (case 02291847)',
     'Thu, 13 Jun 2024 09:20:30 -0400', """Reuben,

The RxAuth Connect portal locked all 3 of our PA accounts again this morning after the forced SSO change (me, Marisa and the shared biologics@ login). Vendor case is 02291847, their support line is 866-555-0150 opt 3, rep was Devon. They say our IdP is sending the wrong NameID format.

We have 9 PAs due today including 2 peer-to-peers so it's kind of urgent. Can you get on a call with them? I can do anytime after 10:30.

Kendra
""")

emit('clean', 'admin', '', RENATA, DOUG, 'PTO request 7/1 - 7/5',
     'Fri, 07 Jun 2024 15:44:12 -0400', """Hi Doug,

Requesting PTO Mon 7/1 through Fri 7/5 (4 days PTO + the holiday). I already checked with Dr O - Mohs is only running Tue/Wed that week and Leon Baptiste from Ridgefield Histology Staffing can cover both days. His number is 614-555-0196 and he's worked our cryostat before.

I'll have the H&E stainer maintenance and the cryostat decontamination done before I leave, and the QC log will be up to date.

Thanks,
Renata
""")

# ================================================================= CLEAN: lookalike
emit('clean', 'lookalike', '', 'Maple Grove Animal Hospital <records@maplegroveanimal.com>', 'Gail Strand <gstrand@gmail.com>',
     "Biscuit's recheck - skin scraping & cytology results", 'Wed, 05 Jun 2024 16:20:18 -0400', """Hi Gail,

Here are Biscuit's results from Monday's dermatology recheck with Dr. Oduya.

Patient: Biscuit (canine, Labrador mix, M/N)
Patient ID: 44871   DOB: 04/02/2019   Weight: 31.2 kg
Client #: C-10288

Skin scraping (deep, 3 sites): NEGATIVE for Demodex and Sarcoptes
Ear cytology: moderate Malassezia (yeast), no rods
Skin cytology, ventral abdomen: cocci 2+, consistent with superficial pyoderma

Plan:
- Continue Apoquel 16 mg once daily
- Cephalexin 750 mg twice daily x 21 days (sent home Monday)
- Chlorhexidine/miconazole shampoo 2-3x weekly, 10 minute contact time
- Recheck in 3 weeks; if still itchy we can discuss Cytopoint injections or allergy testing

Please call 614-555-0174 with any questions.

Maple Grove Animal Hospital
""")

emit('clean', 'lookalike', '', 'Buckeye Valley Credit Union <estatements@bvcu.org>', 'Martin Oyelowo <moyelowo@gmail.com>',
     'Your June eStatement is ready - Member #00412-889', 'Sat, 01 Jun 2024 05:00:00 -0400', """Dear Martin Oyelowo,

Your eStatement for the period ending 05/31/2024 is now available in Online Banking.

Member #: 00412-889
Accounts included:
  Share Savings (S01) ........ ending 0001
  Free Checking (S10) ........ ending 0010
  Health Savings Account (S77) ending 0077
  Auto Loan (L40) ............ ending 0040

Reminder: 2024 HSA contribution limit is $4,150 for self-only coverage. Qualified medical expenses paid from your HSA debit card appear on your statement as "HSA DEBIT".

We will never ask for your password or PIN by email. Questions? Call 800-555-0135 or visit any branch.

Buckeye Valley Credit Union | Federally insured by NCUA
""")

emit('clean', 'lookalike', '', 'Ironwood Fitness <coach@ironwoodfit.com>', 'Tessa Hargrove <tessa.hargrove@outlook.com>',
     'Your InBody scan results + next steps', 'Mon, 10 Jun 2024 18:05:47 -0400', """Hey Tessa!

Great work this quarter. Here are your InBody results from Saturday compared to March:

Member ID: IW-220184
              Mar 9     Jun 8
Weight (lb)   168.4     161.0
Body fat %    31.2      27.9
Skeletal mm   61.8      63.1
Visceral fat  9         7
BMR (kcal)    1,441     1,478

Your resting heart rate from the Polar strap averaged 64 in class, down from 71. Keep up the mobility work for the knee - if it's still clicking on lunges, let's swap to step-ups and check in with Dr. Brandt at the PT clinic next door.

Next scan: September. Book your 1:1 with me through the app.

Coach Kyle Ambrose, NASM-CPT
Ironwood Fitness - Grandview
""")

emit('clean', 'lookalike', '', 'Oakline Tree Surgery <office@oaklinetree.com>', 'Robert Chaudhry <rchaudhry@gmail.com>',
     'Quote Q-1187 - silver maple, 82 Elm Terrace', 'Thu, 06 Jun 2024 12:33:09 -0400', """Hi Robert,

Thanks for having us out Tuesday. Our certified arborist, Hank Delacroix, examined the silver maple in your back yard. Diagnosis: Verticillium wilt with a large canker on the north leader and about 30% crown dieback. Unfortunately it's not treatable at this stage and the leader over the garage is a hazard.

Quote Q-1187
  1. Surgical removal of diseased north leader, rigging over garage ........ $1,450
  2. Crown cleaning / deadwood removal, remaining canopy ................... $600
  3. Stump grinding (if full removal chosen later) ......................... $275
  4. Debris haul-off, all chips ............................................ $180

We'd recommend a follow-up inspection in spring; if dieback progresses, full removal is the safer option.

Earliest crew date is 6/24. Reply "approve" with the items you want.

Hank Delacroix, ISA Certified Arborist OH-6612A
Oakline Tree Surgery | 614-555-0138
""")

emit('clean', 'lookalike', '', 'ci-bot <ci-bot@tessellate-labs.dev>', 'platform-oncall@tessellate-labs.dev',
     '[ALERT] job patient-zero-reaper FAILED on worker w-07 (exit 137)', 'Sun, 09 Jun 2024 03:14:59 +0000', """ALERT: scheduled job failed

job:        patient-zero-reaper
schedule:   */15 * * * *
worker:     w-07.us-east-2
run id:     4412-7a9f
exit code:  137 (OOMKilled)
started:    2024-06-09T03:00:01Z
duration:   14m58s

last 8 log lines:
  03:11:40 INFO  scanning process tree for orphaned children of PID 1 ("patient zero")
  03:11:41 INFO  found 18,221 zombie procs under supervisor/biopsy-sampler
  03:12:02 WARN  biopsy-sampler: sample_id=SMP-000441 retry 3/3 timeout
  03:13:30 WARN  triage queue depth 9,841 > threshold 5,000
  03:14:10 ERROR heap 3.9G/4.0G - admitting no new tasks
  03:14:55 ERROR discharge of worker pool failed: context deadline exceeded
  03:14:58 FATAL killed by kernel (cgroup memory limit)
  03:14:59 INFO  supervisor: restarting in 60s

runbook: https://wiki.tessellate-labs.dev/runbooks/patient-zero-reaper
ack: reply ACK 4412-7a9f
""")

emit('clean', 'lookalike', '', 'Skyward Airlines <reservations@skywardair.com>', 'Casey Brennan <caseybrennan.pac@gmail.com>',
     'Your trip confirmation: KXR7QT - Columbus to Las Vegas', 'Thu, 30 May 2024 20:11:40 -0400', """Thanks for booking with Skyward, CASEY!

Confirmation code: KXR7QT
Passenger: BRENNAN/CASEY MS      SkyPoints #: 884 211 0937 (Gold)
Known Traveler #: on file

Fri 18 Oct  SW 1442  CMH 07:05 -> LAS 08:52   Seat 9C   Main Cabin
Mon 21 Oct  SW 1447  LAS 14:40 -> CMH 21:58   Seat 11C  Main Cabin

Special service requests: GFML (gluten-free meal) on both flights where meals are served.
Bags: 1 checked bag included (Gold)

Total charged to Visa ending 2291: $412.60
Trip insurance: declined

Manage your trip at skywardair.com/manage. Need help? 800-555-0188.
""")

emit('clean', 'lookalike', '', 'Heartland Mutual Auto Claims <claims@heartlandmutual.com>', 'Dr. Tobias Reinholt <toby.reinholt@gmail.com>',
     'Claim AU-2291-0043 - adjuster inspection scheduled', 'Tue, 11 Jun 2024 10:40:26 -0400', """Dear Tobias Reinholt,

Thank you for reporting your claim.

Claim number: AU-2291-0043
Policy number: HMA 7720-4419-03
Date of loss: 06/07/2024
Loss type: Comprehensive - hail
Vehicle: 2021 Subaru Outback, VIN ending 4471
Injuries reported: None

Your field adjuster, Lorna Petit, will inspect the vehicle on Friday 6/14 between 1:00 and 3:00 pm at your work address, 3100 Riverside Commons Blvd. Please have the vehicle unlocked and the keys available.

Your comprehensive deductible is $500. Rental coverage is $40/day up to 30 days once the vehicle is in the shop.

Lorna can be reached directly at 614-555-0189.

Heartland Mutual Insurance Company
""")

# ================================================================= CLEAN: news
n1_txt = """MIDWEST DERMATOLOGIC SOCIETY - JUNE MEMBER NEWSLETTER

In this issue
- Skin cancer by the numbers
- Updated appropriate use criteria for Mohs: comment period open
- Annual meeting, Sept 12-14, Indianapolis
- Member spotlight

SKIN CANCER BY THE NUMBERS
Across our seven-state region, invasive melanoma incidence in 2021 was 24.8 per 100,000, up 2.1% from 2020. Incidence in adults under 30 continues a slow decline, while adults 65+ account for 53% of new cases. Keratinocyte carcinoma remains unreported in most registries; survey data suggest roughly 1 in 5 adults in the region will have one by age 70.

MOHS AUC COMMENT PERIOD
The joint task force has posted draft revisions to the Mohs appropriate use criteria, including new scenarios for immunosuppressed patients and for lesions on the lower leg. Comments close July 15.

MEMBER SPOTLIGHT
Dr. Miriam Oyelaran-Falk (Columbus, OH) was elected to the ACMS Board of Directors. Dr. Oyelaran-Falk has led free skin cancer screenings at Ohio farm shows since 2016.

Unsubscribe | Manage preferences | Midwest Dermatologic Society, 401 N. Meridian St, Indianapolis IN
"""
n1_html = """<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#7a2e2e">Midwest Dermatologic Society</h1><h2>June Member Newsletter</h2>
<ul><li>Skin cancer by the numbers</li><li>Updated appropriate use criteria for Mohs: comment period open</li><li>Annual meeting, Sept 12-14, Indianapolis</li><li>Member spotlight</li></ul>
<h3>Skin cancer by the numbers</h3>
<p>Across our seven-state region, invasive melanoma incidence in 2021 was <b>24.8 per 100,000</b>, up 2.1% from 2020. Incidence in adults under 30 continues a slow decline, while adults 65+ account for 53% of new cases. Keratinocyte carcinoma remains unreported in most registries; survey data suggest roughly 1 in 5 adults in the region will have one by age 70.</p>
<h3>Mohs AUC comment period</h3>
<p>The joint task force has posted draft revisions to the Mohs appropriate use criteria, including new scenarios for immunosuppressed patients and for lesions on the lower leg. Comments close July 15.</p>
<h3>Member spotlight</h3>
<p>Dr. Miriam Oyelaran-Falk (Columbus, OH) was elected to the ACMS Board of Directors. Dr. Oyelaran-Falk has led free skin cancer screenings at Ohio farm shows since 2016.</p>
<p style="font-size:8pt;color:#888">Unsubscribe | Manage preferences | Midwest Dermatologic Society, 401 N. Meridian St, Indianapolis IN</p>
</body></html>
"""
emit('clean', 'news', '', 'Midwest Dermatologic Society <news@midwestderm.org>', DR_O, 'MDS June Newsletter: melanoma stats, Mohs AUC comments, annual meeting',
     'Tue, 04 Jun 2024 06:00:00 -0500', n1_txt, html=n1_html, html_cte='quoted-printable')

emit('clean', 'news', '', 'State Health Alert Network <han@health.state-oh.example.gov>', 'Brightwater Clinical <clinical@brightwaterderm.com>',
     'HAN Health Advisory #2024-14: Increase in mpox cases - guidance for clinicians', 'Fri, 07 Jun 2024 14:30:00 -0400', """HEALTH ADVISORY #2024-14
Distributed via the State Health Alert Network
June 7, 2024

SUMMARY
The Department of Health is reporting an increase in mpox cases. From April 1 to June 1, 2024, 47 confirmed cases were reported statewide, compared with 11 in the same period of 2023. Cases were reported from Franklin (22), Cuyahoga (13), Hamilton (7), and 4 other counties (5). No deaths have been reported.

RECOMMENDATIONS FOR CLINICIANS
1. Consider mpox in patients with a new vesiculopustular or umbilicated rash, particularly genital/perianal lesions, regardless of travel.
2. Swab 2-3 lesions vigorously with dry synthetic swabs; do not unroof lesions with a scalpel. Contact your local health department before sending specimens to the state lab.
3. Dermatology and urgent care practices should use standard, contact and droplet precautions when evaluating suspected cases.
4. Offer JYNNEOS vaccination to eligible persons; vaccine is available through local health departments at no cost.

Report suspected cases to your local health department by phone within 1 business day.

This message is intended for healthcare providers and public health partners. Do not reply to this email.
""")

emit('clean', 'news', '', 'Perrymont Pharmaceuticals Recalls <recalls@perrymontpharma.com>', 'Pharmacy & Clinical Contacts <clinical@brightwaterderm.com>',
     'URGENT: Voluntary Recall - Halvecort (clobetasol propionate) Ointment 0.05%, select lots', 'Wed, 12 Jun 2024 09:00:00 -0400', """URGENT: DRUG RECALL - RETAIL/CLINIC LEVEL

Perrymont Pharmaceuticals, Inc. is voluntarily recalling the lots below of Halvecort (clobetasol propionate) Ointment USP 0.05% to the retail and clinic level due to out-of-specification results for the preservative content found during stability testing.

Product                           NDC            Lot        Exp
Halvecort Oint 0.05% 15 g tube    59990-412-15   HC23118A   11/2025
Halvecort Oint 0.05% 30 g tube    59990-412-30   HC23118B   11/2025
Halvecort Oint 0.05% 60 g tube    59990-412-60   HC23204C   02/2026

To date Perrymont has received no reports of adverse events related to this issue. Risk of harm is considered remote.

ACTIONS
- Stop dispensing and quarantine affected lots, including physician sample stock.
- Complete and return the attached business reply form within 10 days, even if you have no affected stock.
- Patients may continue to use product in hand; replacements are available at no cost through pharmacies.

Questions: Perrymont Recall Center, 877-555-0160, Mon-Fri 8am-8pm ET.
Adverse events may be reported to Perrymont or to FDA MedWatch.
""")

emit('clean', 'news', '', 'Keystone Specialty Rx <prescriberupdates@keystonespecialtyrx.com>', DR_V,
     'Prescriber Update - June 2024: biosimilars, accumulators, cold-chain summer shipping', 'Mon, 03 Jun 2024 07:00:00 -0400', """KEYSTONE SPECIALTY RX - PRESCRIBER UPDATE, JUNE 2024

1. Ustekinumab biosimilars
Three ustekinumab biosimilars are now on our formulary. Several commercial plans will require the biosimilar for new starts from July 1. Existing patients are grandfathered on most plans - check the payer list on our prescriber portal.

2. Copay accumulator and maximizer programs
Roughly 1 in 4 of our commercially insured dermatology patients is enrolled in an accumulator program. Manufacturer copay cards may exhaust mid-year, typically in May-July. Our financial advocacy team can screen patients for foundation assistance - refer through the portal, "Financial Assist" tab.

3. Summer cold-chain shipping
From June 15 to September 15, biologic shipments to zip codes with a forecast high above 90 F will ship with extra gel packs and require a signature. Please remind patients to refrigerate on arrival.

4. Turnaround
Average PA-to-first-fill for dermatology biologics in May: 6.2 days (April: 7.9).

Keystone Specialty Rx | 888-555-0144 | Prescriber line option 2
You are receiving this as a registered prescriber. Unsubscribe.
""")

emit('clean', 'news', '', DOUG, 'All Staff <allstaff@brightwaterderm.com>', 'The Brightwater Bulletin - June',
     'Fri, 31 May 2024 16:00:00 -0400', """THE BRIGHTWATER BULLETIN - JUNE 2024

WELCOME
Please welcome Marisa Elwood, our new prior authorization specialist, who joins Kendra on the biologics team. Marisa comes to us from a rheumatology practice and already knows her way around a peer-to-peer.

BY THE NUMBERS (Q1)
- Mohs cases: 412 (up 9% over Q1 2023), average 1.6 stages per case
- Biologics clinic: 238 active patients, 61 new PAs submitted, 89% approved on first pass
- Teledermatology eConsults: 174, median turnaround 1.4 days
- Cosmetic: laser bookings up 22%

KUDOS
A patient dropped off a thank-you card for Renata and the whole Mohs lab "for making a scary day feel calm." It's on the break room board.
Shout-out to Noor for getting the eConsult backlog under 10.

REMINDERS
- Summer potluck Friday 6/28, 12:30, Conference Rm B. Sign-up sheet on the fridge.
- Sunscreen samples are for patients, not for your beach bag. You know who you are.
- Parking lot resurfacing 6/22-6/23 - park in the east garage.

Doug
""")

emit('clean', 'news', '', 'Journal of Cutaneous Surgery eTOC <etoc@jcutsurg-journal.org>', DR_O,
     'JCS eTOC: Volume 38, Issue 6 (June 2024)', 'Sat, 01 Jun 2024 04:12:00 +0000', """Journal of Cutaneous Surgery - Volume 38, Issue 6, June 2024

ORIGINAL ARTICLES
- Perioperative anticoagulation and bleeding complications in Mohs micrographic surgery: a multicenter cohort of 11,240 cases. Haldane P, Okafor-Reyes T, Lindqvist M, et al. p. 541-549
- Bilobed versus nasolabial interpolation flaps for nasal ala defects: patient-reported outcomes at 12 months. Siddiqui R, Marchand L. p. 550-557
- Frozen section quality metrics in Mohs laboratories: results of a national survey of histotechnicians. Varga E, Thornton J. p. 558-564

RESEARCH LETTERS
- Dupilumab-associated conjunctivitis: incidence in a real-world cohort of 612 adults. Osei K, Bauer N.
- Post-inflammatory hyperpigmentation after 1064-nm Nd:YAG hair removal in Fitzpatrick V-VI. Adeleke F, Park S.

CME: Earn 1 AMA PRA Category 1 Credit for the perioperative anticoagulation article.

You are receiving this alert because you subscribed at jcutsurg-journal.org. Manage alerts.
""")

# ================================================================= CLEAN: staff
emit('clean', 'staff', '', DR_V, 'Derm Providers <derm-providers@brightwaterderm.com>', 'curbside - dupi facial erythema, switch?',
     'Thu, 06 Jun 2024 12:31:48 -0400', """Quick curbside for the group, no rush.

I have a man in his 60s, severe AD for decades, on dupilumab ~14 months with great body response, but over the last 4-5 months he's developed a sharply demarcated red, burning rash on the face and neck. Patch testing was unrevealing, KOH neg, no response to tacrolimus. This sounds like the dupilumab facial redness we're all seeing.

Options I'm weighing:
- switch to tralokinumab or lebrikizumab
- add itraconazole for a Malassezia-driven picture
- JAK inhibitor (he's a former smoker w/ hx of DVT so I'm hesitant)

Has anyone had luck with itraconazole first, or do you just switch? Will bring it to journal club if it's worth discussing.

Anjali
""")

emit('clean', 'staff', '', RENATA, 'Mohs Lab <mohs-lab@brightwaterderm.com>', 'Updated frozen section protocol - effective Mon 6/10',
     'Fri, 07 Jun 2024 17:05:33 -0400', """Hi all,

Starting Monday the Mohs frozen section protocol is updated (v4.2, binder + shared drive). Main changes:

1. Cryostat chamber temp: -22 C for routine, -25 to -28 C for fatty tissue (scalp, back). Use the cryo-spray sparingly, it's been causing chatter.
2. Section thickness 4-5 um, minimum 2 levels per block, 3 for eyelid and lip margins.
3. H&E: hematoxylin 60 s (new lot is stronger), bluing 30 s. Toluidine blue available on request for BCC cases - Dr O will mark it on the map.
4. Every block gets an inked-edge photo before embedding, saved to the case folder in the mapping software.
5. Daily QC slide from the control block before the first case; log it on the sheet by the stainer.
6. Cryostat decon weekly (Fridays) and after any known infectious case.

Turnaround goal stays at <= 20 min per stage from tissue receipt to slide on scope. Last month we averaged 18.5, nice work.

Renata Szabo, HT(ASCP)
Mohs Lab Lead
""")

emit('clean', 'staff', '', KENDRA, 'Biologics Team <biologics-team@brightwaterderm.com>', 'Tri-River policy changes 7/1 - IL-17 / IL-23 step therapy',
     'Tue, 11 Jun 2024 10:11:10 -0400', """FYI team - Tri-River posted their July 1 pharmacy policy updates. For derm:

- Psoriasis: new starts must try and fail ONE of adalimumab biosimilar OR ustekinumab biosimilar before any IL-17 or IL-23. Existing patients are grandfathered through 12/31.
- Atopic dermatitis: dupilumab and tralokinumab still preferred, lebrikizumab now non-preferred (needs failure of both).
- Reauth period extended from 6 to 12 months for psoriasis if the note documents PASI/BSA improvement. Please make sure BSA is in every follow-up note!!
- Peer-to-peer window shortened to 5 business days from denial.

I updated the PA templates in DermChart. Marisa and I will go through it at Thursday's huddle.

Kendra
""")

emit('clean', 'staff', '', 'Dr. Miriam Oyelaran-Falk <moyelaran@brightwaterderm.com>', DOUG, 'Re: Thursday staffing',
     'Tue, 18 Jun 2024 19:22:04 -0400', """Doug - 9 Mohs cases Thursday, 3 of them likely flaps, so I really need two MAs in the suite plus Renata. If we only have one, I'll move the last two cases to next week, but I'd rather not since one of them has waited 7 weeks already.

Could the float from the injection clinic come over after 11 when the biologic injections are done? The injection clinic only has 14 on the schedule.

M

On Tue, Jun 18, 2024 at 5:40 PM Doug Petrakis <dpetrakis@brightwaterderm.com> wrote:
> Heads up, Kim called out for Thursday (family thing). Right now the Mohs suite
> has Fernanda only. Trying Ridgefield for a float but they're thin this week.
""")

emit('clean', 'staff', '', DR_R, 'Laser Team <laser@brightwaterderm.com>', 'Laser settings for skin types IV-VI - please read',
     'Wed, 12 Jun 2024 07:48:51 -0400', """Team,

After two PIH cases this spring, a reminder on our protocol for Fitzpatrick IV-VI:

- Hair removal: 1064 nm Nd:YAG only. Start at the low end of the fluence range, longer pulse widths (30 ms+), aggressive contact cooling. No 755 nm or diode unless I have signed off on it.
- Always do a test spot and wait 1-2 weeks before a full session.
- No IPL on V-VI. Period.
- Stop retinoids and hydroquinone 5-7 days before.
- Strict photoprotection 2 weeks before and after - tinted mineral sunscreen, we have samples.
- Document skin type, settings and endpoints every session in the laser log, not just "same as last."

If anything looks off (gray-white change, immediate blistering), stop and come get me or Casey.

Toby
""")

emit('clean', 'staff', '', NOOR, 'Cedar Hollow Providers <providers@cedarhollowfm.org>', 'Tips for better teledermatology photos',
     'Mon, 03 Jun 2024 13:00:10 -0400', """Hello Cedar Hollow team,

Thank you for all the eConsults this spring! Our dermatologists asked me to share a few tips - good photos mean faster answers and fewer "please resubmit" replies.

1. Take 3 photos per lesion: distant (show the body location), medium, and close-up.
2. Put a ruler or coin next to the lesion for the close-up.
3. Use natural light or bright room light, no flash; plain background.
4. Tap to focus - blurry photos are the #1 reason we request a resubmit.
5. Dermoscopy photos are welcome if you have the phone adapter.
6. In the referral text, include how long it's been there, whether it changed, symptoms, and what's been tried.
7. Please don't email photos - upload through the SkinLink portal so they attach to the consult.

Median turnaround last month was 1.4 days. Thanks for working with us!

Noor Haddad
Teledermatology Coordinator, Brightwater Dermatology
""")

emit('clean', 'staff', '', DR_O, 'Derm Providers <derm-providers@brightwaterderm.com>', 'M&M Thursday - post-Mohs hematoma case (de-identified)',
     'Mon, 10 Jun 2024 20:15:27 -0400', """For Thursday's M&M, de-identified summary so you can think about it ahead of time:

A woman in her 70s on a DOAC for atrial fibrillation underwent Mohs for a BCC of the cheek, 2 stages, defect closed with a cheek advancement flap. DOAC was continued per our protocol. She went home with a pressure dressing and called the on-call line that night with swelling; advised pressure and ice. Next morning she had an expanding hematoma under the flap and was brought back for evacuation and hemostasis. Flap survived with some distal edge necrosis that healed secondarily.

Discussion points:
- Do we change anything about continuing DOACs for flaps vs. linear closures?
- Should on-call have brought her in that night?
- Our post-op instructions on swelling vs. bleeding - are they clear enough?

Please don't bring up identifying details in the discussion. Slides will have no photos of the face.

Miriam
""")

# ================================================================= CLEAN: training
emit('clean', 'training', '', 'Lydia Ferris <lferris@dermachart.io>', 'Brightwater Super Users <superusers@brightwaterderm.com>',
     'Go-live practice: TRAIN environment logins + test patients', 'Mon, 03 Jun 2024 09:00:00 -0400', """Hi Super Users,

Before the 6/24 upgrade go-live, please practice the new Mohs note and biologics PA workflow in the TRAIN environment (https://train.dermachart.io/brightwater). Do NOT use production.

Test patients loaded for you (fictitious - safe to edit, delete, sign):
  ZZTEST, MOHS        MRN 9999001   DOB 01/01/1950   (Mohs, 3 stages, flap closure)
  ZZTEST, BIOLOGIC    MRN 9999002   DOB 02/02/1980   (psoriasis, Skyrizi PA)
  ZZTEST, TELEDERM    MRN 9999003   DOB 03/03/1990   (eConsult with 2 sample images)
  ZZTEST, COSMETIC    MRN 9999004   DOB 04/04/1975   (laser package, consent)

Scenarios:
1. Document a 3-stage Mohs case on ZZTEST, MOHS and generate the 17311 + 17312 x2 charges.
2. Start a PA on ZZTEST, BIOLOGIC, attach the sample chart note, send to the sandbox payer.
3. Answer the eConsult on ZZTEST, TELEDERM and close it.

Your TRAIN login is your normal username + "_trn", password Welcome2024! (you'll be forced to change it).

Lydia Ferris
Implementation Consultant | DermaChart
""")

emit('clean', 'training', '', 'Interface Demo <demo@hl7bridge-software.com>', REUBEN,
     'HL7Bridge demo follow-up: sample ORU and mapping walkthrough', 'Wed, 05 Jun 2024 15:30:00 -0400', r"""Hi Reuben,

Thanks for joining yesterday's demo. As promised, here is the sample ORU we used to show the OBX text-wrapping fix. This is our standard demo message - all data are fictitious.

MSH|^~\&|DEMOLIS|DEMOLAB|DEMOEHR|DEMOCLINIC|20240101120000||ORU^R01|DEMO000001|T|2.5.1
PID|1||TEST123456^^^DEMO^MR||DOE^JOHN^Q||19700101|M|||123 MAIN ST^^ANYTOWN^ZZ^00000||(555)555-5555
OBR|1|DEMO-ORD-1|DEMO-ACC-1|88305^Surgical path^CPT|||20240101
OBX|1|TX|22637-3^Path report.final diagnosis^LN||SAMPLE DIAGNOSIS TEXT - THIS IS A LONG LINE USED TO DEMONSTRATE WRAPPING ACROSS MULTIPLE OBX SEGMENTS||||||F
OBX|2|TX|22637-3^Path report.final diagnosis^LN||SECOND LINE OF SAMPLE TEXT||||||F

Note the processing ID "T" in MSH-11 - the demo engine rejects anything marked "P".

Trial license key is good for 30 days. Happy to set up a sandbox against your test feed.

Best,
Marguerite Lyle
Solutions Engineer | HL7Bridge Software
""")

emit('clean', 'training', '', 'Gwen Albright <galbright@brightwaterderm.com>', 'New Hires <newhires@brightwaterderm.com>',
     'Orientation day 2 - HIPAA quiz (practice version)', 'Tue, 11 Jun 2024 08:10:00 -0400', """Welcome again! Here's the practice quiz for this afternoon. The scenarios are made up - Jane Doe and John Smith are not real patients.

1. Jane Doe (DOB 01/01/1900) calls and asks for her biopsy result. What do you verify before you share anything?
   a) Her name only  b) Name + DOB + one more identifier  c) Nothing, she's the patient

2. John Smith's wife calls to reschedule his Mohs surgery. She is not listed on his release form. Can you reschedule? Can you tell her the reason for the surgery?

3. You find a printed huddle list in the waiting room. What do you do?

4. True/False: It's fine to text a photo of a patient's rash to the doctor's personal phone if the doctor asks.

5. A drug rep asks for a list of our psoriasis patients on biologics "for a patient support program." What do you say?

Answers are discussed in class. The real quiz is in the LMS, due by Friday.

Gwen
""")

emit('clean', 'training', '', 'RxAuth Connect Onboarding <onboarding@rxauthconnect.com>', KENDRA,
     'Your RxAuth sandbox is ready - test member IDs inside', 'Thu, 06 Jun 2024 11:00:00 -0400', """Hi Kendra,

Your practice's RxAuth Connect sandbox is ready. Use these TEST members to practice submissions - they route to our mock payer and will never reach a real plan.

Member ID      Name                 DOB          Scenario
TEST000001     TEST, APPROVE        01/01/1980   auto-approves in 2 min
TEST000002     TEST, DENY           01/01/1980   denies with "step therapy not met"
TEST000003     TEST, PEERTOPEER     01/01/1980   requests peer-to-peer
TEST000004     TEST, MOREINFO       01/01/1980   asks for chart notes (upload any PDF)

Drug for all scenarios: any biologic in the sandbox formulary (e.g. "SAMPLEMAB 100 mg").
Prescriber NPI for testing: 9999999999.

Sandbox URL: https://sandbox.rxauthconnect.com
Training video (12 min): https://learn.rxauthconnect.com/pa-basics

RxAuth Connect Onboarding Team
""")

t5 = [
    ['case_id', 'patient', 'dob', 'site', 'stages', 'closure', 'note'],
    ['SAMPLE-001', 'Sample Patient A', '1900-01-01', 'nasal ala', '2', 'bilobed flap', 'DEMO DATA'],
    ['SAMPLE-002', 'Sample Patient B', '1900-01-01', 'forehead', '1', 'linear', 'DEMO DATA'],
    ['SAMPLE-003', 'Sample Patient C', '1900-01-01', 'helix', '3', 'second intention', 'DEMO DATA'],
]
emit('clean', 'training', '', 'Pavel Horak <pavel@mohsmapper.com>', '%s, %s' % (DR_O, RENATA),
     'MohsMapper demo - sample import file', 'Fri, 07 Jun 2024 13:45:12 -0400', """Dr. Oyelaran-Falk, Renata,

Thanks for the demo time today. Attached is the sample CSV you can import into the trial to see how the map templates and stage log work. It only contains our demo records ("Sample Patient A/B/C"), nothing real. Please don't import real cases until the BAA is signed.

The screenshot in the deck of "Sample Patient A" with the nasal ala map is the same record.

Pavel Horak
Customer Success | MohsMapper
""", atts=[(csv_text(t5), 'text', 'csv', 'mohsmapper_sample_import.csv')])

emit('clean', 'training', '', NOOR, 'Teledermatology UAT <teledermatology@brightwaterderm.com>', 'UAT script - SkinLink app update 3.8 (test accounts)',
     'Wed, 12 Jun 2024 10:25:40 -0400', """Hi all,

SkinLink pushed 3.8 to the UAT environment. Please run through the script below by Friday. Use ONLY the test accounts - the "Zztest" patients are dummy profiles with stock images of a ruler and an orange.

Test accounts:
  Zztest, Derm       test.derm01@skinlink-uat.example   pw: Uat!2024
  Zztest, Pediatric  test.derm02@skinlink-uat.example   pw: Uat!2024 (minor workflow w/ guardian)

Script:
1. Log in as Zztest, Derm on iOS and Android. Upload 3 photos, confirm the ruler overlay works.
2. Submit an eConsult with complaint "TEST - rash" and confirm it lands in the UAT queue, not prod.
3. As the provider, reply with "TEST RESPONSE" and close.
4. Log in as Zztest, Pediatric, confirm the guardian consent screen appears.

Log bugs in the UAT tracker with screenshots. Do not enter any real patient info in UAT.

Thanks!
Noor
""")

# ----------------------------------------------------------------- labels
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for r in ROWS:
        w.writerow(r)

if __name__ == '__main__':
    from collections import Counter
    c = Counter('%s-%s' % (r[1], r[2]) for r in ROWS)
    for k in sorted(c):
        print(k, c[k])
    print('total', len(ROWS))
