#!/usr/bin/env python3
"""Blind evaluation mail set: retail pharmacy chain / specialty pharmacy setting.

All people, numbers and organisations are invented.  Run: python3 gen.py OUTDIR
"""
import csv
import email.policy
import hashlib
import io
import os
import random
import sys
import zipfile
from email.message import EmailMessage

SEED = 4202
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

ROWS = []
COUNTERS = {}
MSGNO = [0]

DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
# 1 March 2025 was a Saturday
def gen_date(day=None, hh=None, mm=None):
    if day is None:
        day = random.randint(3, 28)
    if hh is None:
        hh = random.randint(7, 18)
    if mm is None:
        mm = random.randint(0, 59)
    ss = random.randint(0, 59)
    wd = DAYS[(5 + day - 1) % 7]
    tz = '-0500' if day < 9 else '-0400'
    return '%s, %02d Mar 2025 %02d:%02d:%02d %s' % (wd, day, hh, mm, ss, tz)


def zip_bytes(files, when=(2025, 3, 10, 8, 0, 0)):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return buf.getvalue()


def xlsx_bytes(rows, sheet='Sheet1'):
    def esc(s):
        return (str(s).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;'))
    def col(i):
        return chr(65 + i)
    xrows = []
    for r, row in enumerate(rows, 1):
        cells = ''.join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (col(i), r, esc(v))
                        for i, v in enumerate(row))
        xrows.append('<row r="%d">%s</row>' % (r, cells))
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
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
         '<sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % esc(sheet)),
        ('xl/_rels/workbook.xml.rels', hdr + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml', hdr + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
         + ''.join(xrows) + '</sheetData></worksheet>'),
    ]
    return zip_bytes(files)


def mk(label, kind, frm, to, subject, body, patient='', cc=None, html=None, atts=(),
       cte=None, date=None, extra=None):
    """atts: list of (filename, data, 'maintype/subtype'); str data -> text part."""
    n = COUNTERS.get((label, kind), 0) + 1
    COUNTERS[(label, kind)] = n
    MSGNO[0] += 1
    idx = MSGNO[0]
    fn = '%s-%s-%03d.eml' % (label, kind, n)
    msg = EmailMessage()
    msg['From'] = frm
    msg['To'] = to
    if cc:
        msg['Cc'] = cc
    msg['Subject'] = subject
    msg['Date'] = date or gen_date()
    dom = frm.rsplit('@', 1)[-1].rstrip('>').strip()
    h = hashlib.sha1(('%d|%s|%s' % (SEED, fn, subject)).encode('utf-8')).hexdigest()[:16].upper()
    msg['Message-ID'] = '<%s.%d@%s>' % (h, idx, dom)
    for k, v in (extra or []):
        msg[k] = v
    if cte is None:
        # most clients send long-lined mail as 7bit/8bit; a few messages ask for qp/base64
        try:
            body.encode('ascii')
            cte = '7bit'
        except UnicodeEncodeError:
            cte = '8bit'
    if cte:
        msg.set_content(body, cte=cte)
    else:
        msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype='html')
    for fname, data, ctype in atts:
        maintype, subtype = ctype.split('/', 1)
        if isinstance(data, str):
            if maintype == 'text':
                msg.add_attachment(data, subtype=subtype, filename=fname)
            else:
                msg.add_attachment(data.encode('utf-8'), maintype=maintype, subtype=subtype, filename=fname)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    for j, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (idx, j))
    with open(os.path.join(OUT, fn), 'wb') as f:
        f.write(msg.as_bytes(policy=email.policy.SMTP))
    ROWS.append((fn, label, kind, patient if label == 'phi' else ''))


DISC = ("CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use\n"
        "of the intended recipient(s) and may contain confidential and privileged information.\n"
        "Any unauthorized review, use, disclosure or distribution is prohibited. If you are not\n"
        "the intended recipient, please contact the sender by reply e-mail and destroy all\n"
        "copies of the original message.")

DISC_LAB = ("This message and any attachments from Meridian Reference Laboratories are intended only\n"
            "for the addressee and may contain information that is privileged and confidential.\n"
            "If you received this in error please notify Client Services at 1-800-555-0142.")

DISC_PBM = ("Clearpath Benefit Solutions | This communication may contain confidential information.\n"
            "If you are not the intended recipient, do not read, copy or forward it. Delete it and\n"
            "notify the sender immediately.")

# ===================================================================== PHI: care
mk('phi', 'care',
   'Renata Szabo <rszabo@harborlightrx.com>',
   'Beth Rourke RN <brourke@lakeshorerheum.com>',
   'RE: Enbrel start - Dolores Whitcombe',
   """Hi Beth,

Quick update on Dolores Whitcombe. We did her injection teaching by video yesterday
afternoon and she self-injected her first 50 mg SureClick with me watching, no
problems with technique. First 4-pen shipment went out on ice this morning, UPS
tracking is in her profile.

Two things for Dr. Ferrante:
1) She mentioned the QuantiFERON from last month was never drawn - the order is
   still open at Meridian. Can someone confirm it was done before we ship fill #2?
2) She's still taking the methotrexate 15 mg weekly + folic acid, wasn't sure if
   he wanted that continued. I told her to keep going until she hears from you.

She also asked about getting the shingles shot - told her to hold off until
she talks to Dr F since she's starting a biologic.

Thanks!
Renata

Renata Szabo, PharmD, CSP
Clinical Pharmacist | Harborlight Specialty Pharmacy
p 614-555-0127 | f 614-555-0128

-----Original Message-----
From: Beth Rourke RN <brourke@lakeshorerheum.com>
Sent: Monday, March 10, 2025 4:12 PM
To: Renata Szabo <rszabo@harborlightrx.com>
Subject: Enbrel start - Dolores Whitcombe

Renata - PA came back approved from Clearpath today (ref attached to the chart). Can
you get her scheduled for teaching? She's nervous about needles.
Beth

""" + DISC,
   patient='Whitcombe', cte='quoted-printable', date=gen_date(11, 9, 41))

mk('phi', 'care',
   'Dana Whitfield <dwhitfield@harborlightrx.com>',
   'frontdesk@northfieldmg.org',
   'pt of Dr Shah - BP at flu shot',
   """hi - not urgent but wanted your office to know. raymond tuttle came in to store 118
today for his high-dose flu shot. BP on our cuff before the shot was 168/102, rechecked
after 10 min 164/98. he says he ran out of his lisinopril about 2 weeks ago and
"felt fine" so didnt refill. we gave him a 7 day emergency supply and he's supposed to
call you today for an appt. he didnt have any chest pain or headache.

dana

Dana Whitfield, RPh
Pharmacy Manager, Harborlight Pharmacy #118 (Cleveland Ave)
614-555-0160
""",
   patient='Tuttle')

mk('phi', 'care',
   'Meridian Client Services <clientservices@meridianreflab.com>',
   'anticoag.clinic@harborlightrx.com',
   'Critical value follow-up documentation',
   """Harborlight Anticoagulation Clinic,

This is to document the critical value phoned to your clinic on 03/14/2025 at 07:52.

Patient: Lindqvist, Harriet
Test: Prothrombin time / INR
Result: INR 5.8 (critical high)   PT 61.2 sec
Collected: 03/13/2025 16:40 at Harborlight Store #204 draw station
Called to / read back by: J. Moreau, PharmD

Per our policy please confirm receipt by replying to this message. The full report
has also been released to your interface queue.

Thank you,
Brent Caldwell
Client Services Representative
Meridian Reference Laboratories
1-800-555-0142 ext 3

""" + DISC_LAB,
   cc='Julien Moreau <jmoreau@harborlightrx.com>',
   patient='Lindqvist')

mk('phi', 'care',
   'Owen Tarrant <otarrant@harborlightrx.com>',
   'Dr. Lena Moss <lmoss@brightwaterpeds.com>',
   'Fwd: omeprazole suspension - Aiden Marsh',
   """Dr. Moss,

Got your note. We reweighed Aiden at pickup since mom said he's been growing - he's
14.2 kg now (was 11 kg on the original script in November). At 1 mg/kg/day that puts
him at 14 mg daily, so the 10 mg dose is underdosed. I didn't change anything, just
need you to send a new script if you want it bumped. We can compound 2 mg/mL in
bicarbonate, 30 day BUD refrigerated.

Mom also says the spitting up is better but he still wakes at night.

Owen

Owen Tarrant, RPh, FIACP
Compounding Lead - Harborlight Compounding Center
(614) 555-0139

---------- Forwarded message ---------
From: Lena Moss <lmoss@brightwaterpeds.com>
Date: Wed, Mar 12, 2025 at 11:03 AM
Subject: omeprazole suspension - Aiden Marsh
To: <compounding@harborlightrx.com>

> Can you check the dose on Aiden Marsh's omeprazole? Mom thinks it stopped working.
> He had the upper GI in Jan, normal anatomy. Thanks, LM
""",
   patient='Marsh')

html_c5 = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Team,</p>
<p>New referral accepted today - please see summary below.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td><b>Patient</b></td><td>Cornelius Abernathy</td></tr>
<tr><td><b>Referring</b></td><td>Dr. Paul Ferrante, Lakeshore Rheumatology</td></tr>
<tr><td><b>Therapy</b></td><td>tofacitinib (Xeljanz XR) 11 mg daily</td></tr>
<tr><td><b>PA</b></td><td>Approved by Clearpath through 03/17/2026</td></tr>
<tr><td><b>Copay</b></td><td>Manufacturer copay card applied - $0</td></tr>
<tr><td><b>First fill</b></td><td>Ships Thurs 3/20, signature required</td></tr>
<tr><td><b>Monitoring</b></td><td>CBC w/ diff, lipid panel and LFTs at week 8; hep B serologies pending</td></tr>
</table>
<p>He stopped Humira in February after two sinus infections. Please make sure the welcome call
covers infection precautions.</p>
<p>Ines Carvalho<br>Patient Access Specialist<br>Harborlight Specialty Pharmacy</p>
</body></html>"""
mk('phi', 'care',
   'Ines Carvalho <icarvalho@harborlightrx.com>',
   'specialty-intake@harborlightrx.com',
   'New referral accepted - Abernathy / Xeljanz XR',
   """Team,

New referral accepted today - please see summary below.

Patient:    Cornelius Abernathy
Referring:  Dr. Paul Ferrante, Lakeshore Rheumatology
Therapy:    tofacitinib (Xeljanz XR) 11 mg daily
PA:         Approved by Clearpath through 03/17/2026
Copay:      Manufacturer copay card applied - $0
First fill: Ships Thurs 3/20, signature required
Monitoring: CBC w/ diff, lipid panel and LFTs at week 8; hep B serologies pending

He stopped Humira in February after two sinus infections. Please make sure the welcome
call covers infection precautions.

Ines Carvalho
Patient Access Specialist
Harborlight Specialty Pharmacy
""",
   html=html_c5, patient='Abernathy', cte='quoted-printable')

mk('phi', 'care',
   'Kwame Asante <kasante@harborlightrx.com>',
   'Priscilla Ng <png@harborlightrx.com>',
   'Incident at Saturday Elm St vaccine clinic',
   """Priscilla,

Writing this up for the incident log before I forget details. At the Elm St clinic on
Saturday, Beatriz Holloway got her second Shingrix dose around 10:20. About 5 minutes
later in the observation area she said she felt lightheaded and then went down -
didn't hit her head, Marisol caught her. She was out maybe 10 seconds. We laid her
flat, legs up, BP was 88/54 at first and 118/72 after 15 minutes. No hives, no
wheezing, didn't need epi. Her daughter drove her home after 40 min observation.

I submitted the VAERS report this morning and called her Sunday - she's fine, a
bit sore. She said she fainted with a blood draw years ago too, so next time we'll
give her shots lying down and I've put a note in her profile.

Kwame

Kwame Asante, PharmD
Immunization Program Lead
Harborlight Pharmacy
""",
   patient='Holloway')

mk('phi', 'care',
   'Tess Lindgren <tlindgren@corvantacares.com>',
   'Harborlight Specialty PAP Desk <pap@harborlightrx.com>',
   'Corvanta Cares - re-enrollment approved (Case 2025-PA-118204)',
   """Hello,

The re-enrollment for your mutual patient Tomasz Wieczorek has been approved. Free
drug will continue through 12/31/2025.

Product: Veltrexa (CVX-300) 300 mg/2 mL prefilled pen
Sig on file: 300 mg subcutaneously every 2 weeks
Next shipment: 3 pens, ship date 03/24/2025 to the pharmacy for dispensing

The prescriber's office noted his eczema flared badly in January when he missed two
doses during the coverage gap, and that he was started on a short prednisone taper.
Please make sure there's no gap this time - we can expedite if needed.

Best regards,
Tess Lindgren
Case Manager, Corvanta Cares Patient Assistance Program
Corvanta Therapeutics | 1-888-555-0171 opt 2 | fax 1-888-555-0172
""",
   patient='Wieczorek')

mk('phi', 'care',
   'Julien Moreau <jmoreau@harborlightrx.com>',
   'Dana Whitfield <dwhitfield@harborlightrx.com>',
   'walt pruitt',
   """fyi walt pruitt's potassium came back 5.9 from meridian this am. holding his
spironolactone refill until Dr Shah's office calls back. pls dont let anyone fill it
from the queue

-J
""",
   patient='Pruitt')
# ===================================================================== PHI: names
mk('phi', 'names',
   'Marcus Bell <mbell@harborlightrx.com>',
   'Renata Szabo <rszabo@harborlightrx.com>',
   'Nguyễn Thị Hoa - PA denied, appeal?',
   """Renata,

Clearpath denied it again, letter attached in the shared drive under PA Denials > March.
Reason is step therapy not met, but she's been on metformin and glipizide for over a
year per the office notes and her A1c is still 9.4. I think we just need the LMN to
spell it out. Can you draft it and I'll get Dr. Shah to sign?

Marcus Bell, CPhT
Prior Authorization Coordinator
Harborlight Specialty Pharmacy | ext 4412
""",
   patient='Nguyễn Thị Hoa')

mk('phi', 'names',
   'Ines Carvalho <icarvalho@harborlightrx.com>',
   'coldchain@harborlightrx.com',
   'delivery window change',
   """Hi shipping team -

Please update the delivery for Okonkwo-Adeyemi, Chidinma. Her stim meds (Gonal-f
900 IU pen x2, Menopur 75 IU x10, cetrorelix) need to be there by Friday 5pm -
the fertility clinic moved her baseline ultrasound up to Saturday morning and she
starts injections that night. She's at work during the day so ok to leave with the
building concierge, but Gonal-f MUST go in the fridge within 2 hrs.

Thx,
Ines
""",
   patient='Okonkwo-Adeyemi')

mk('phi', 'names',
   'Owen Tarrant <otarrant@harborlightrx.com>',
   'compounding@harborlightrx.com',
   'Mrs. van der Berg',
   """Spoke with Mrs. van der Berg this afternoon re her biest/progesterone cream. She's
been having breakthrough bleeding since the strength went up in February and her
gynecologist wants us to go back to the old formula (biest 1 mg / prog 100 mg per
gram). New script is in the fax queue. Please don't use the remaining tube from the
last batch - she's bringing it back.

- O.T.
""",
   patient='van der Berg')

mk('phi', 'names',
   'Tamika Rowe <trowe@harborlightrx.com>',
   'Renata Szabo <rszabo@harborlightrx.com>',
   'Priya called again',
   """Renata - Priya (the one with the Mavyret script from Dr. Alvarez, not the other
Priya) called again. She wants to know if she can start her 8 weeks before her
viral load comes back, she says the office told her the genotype was already done.
Also asking if she can drink at her sister's wedding lol. I said you'd call her back
before 3. Her cell is in the profile.

Tamika
Patient Care Coordinator
""",
   patient='Priya')

mk('phi', 'names',
   'Janelle Okoro RN <jokoro@clearpathrx.net>',
   'Harborlight Specialty PA Team <pa-team@harborlightrx.com>',
   'RE: Reject 75 - insulin pump supplies',
   """Good afternoon,

Following up on our call regarding Mr. Abdulrahman Al-Farsi. The reject 75 on the
Omnipod 5 pods is because his plan moved pump supplies to the medical benefit on
1/1. His endocrinologist will need to send the CMN and the most recent C-peptide and
glucose log to DME rather than submit a pharmacy PA. I've flagged the account so he
can get a one-time 30-day transition fill through you while that's pending.

He was quite upset on the phone and says he's down to 2 pods. Please reach out to
him today if possible.

Janelle Okoro, RN
Clinical Review Unit
Clearpath Benefit Solutions
1-877-555-0190 ext 6621

""" + DISC_PBM,
   patient='Al-Farsi', cte='quoted-printable')

mk('phi', 'names',
   'Sofia Marchand <smarchand@meridianreflab.com>',
   'billing@harborlightrx.com',
   'Billing question - hereditary cancer panel',
   """Hello Harborlight billing,

We received a denial from the patient's insurer for the hereditary cancer panel
(BRCA1/2 + 28 genes) ordered by your genetic counseling clinic for Zdeňka
Procházková. Denial reason is lack of documented family history. Per the requisition
her mother and maternal aunt both had breast cancer before 50 - could you send us the
signed pedigree or the counselor's note so we can appeal?

If we don't hear back within 30 days the balance ($2,340.00) will be moved to client
bill per our agreement.

Sofia Marchand
Billing Specialist, Meridian Reference Laboratories
1-800-555-0142 ext 5

""" + DISC_LAB,
   patient='Procházková')

mk('phi', 'names',
   'Renata Szabo <rszabo@harborlightrx.com>',
   'Transplant Clinic <txclinic@stcolumba-health.org>',
   'tacrolimus level - Maria-José de la Cruz Ferreira',
   """Hi transplant team,

Maria-José's trough from Tuesday came back at 3.1 and she's on Envarsus XR 6 mg
now. She told me she's been taking it with breakfast instead of on an empty stomach
since she went back to work, so that might be some of it. She also started St.
John's wort on her own for mood (!!) - I asked her to stop it right away and she
agreed. Wanted you to have that before you adjust the dose.

Renata Szabo, PharmD, CSP
Harborlight Specialty Pharmacy - Transplant Program
""",
   patient='de la Cruz Ferreira')

mk('phi', 'names',
   'Dana Whitfield <dwhitfield@harborlightrx.com>',
   'Marcus Bell <mbell@harborlightrx.com>',
   'RE: Kovalenko O. - Xarelto refill too soon',
   """Marcus - nm on the override. Dr office just called back, they're switching him to
Eliquis 5 bid because of the cost. New rx coming today, I'll inactivate the xarelto.
he's got 3 days left so no gap.

> -----Original Message-----
> From: Marcus Bell
> Sent: Thursday, March 20, 2025 10:14 AM
> To: Dana Whitfield
> Subject: Kovalenko O. - Xarelto refill too soon
>
> Clearpath rejected refill too soon, last fill 3/1 for 30 days. Does he
> need a vacation override or did he lose some?
""",
   patient='Kovalenko', date=gen_date(20, 11, 2))
# ===================================================================== PHI: self
mk('phi', 'self',
   'Linda Forsythe <lindaforsythe61@yahoo.com>',
   'customercare@harborlightrx.com',
   'transfer my prescriptions please',
   """Hello,

This is Linda Forsythe, date of birth 7/22/1961. I need my Eliquis and my
metoprolol transferred from the Oak Ave store to the Main St store because I moved
in with my daughter. Also my new cardiologist increased the metoprolol to 50 mg
twice a day after my heart monitor showed more AFib episodes, so the old
prescription for 25 is no good anymore. She said she would send it.

Thank you so much,
Linda

Sent from my iPhone
""",
   patient='Forsythe')

mk('phi', 'self',
   'Kayla Reyes <kaylareyes.mom@gmail.com>',
   'Harborlight Pharmacy Store 204 <store204@harborlightrx.com>',
   'reaction to amoxicillin',
   """hi i picked up amoxicillin for my son Jaxon Reyes tuesday, hes 6. he broke out in hives
all over his belly and back last night after the 4th dose. we went to urgent care and
they said allergic reaction and switched him to azithromycin, they said they would send
it to you. can you please put the amoxicillin allergy on his profile so this doesnt
happen again?? also can i return the rest of the bottle

thanks
Kayla
""",
   patient='Reyes')

mk('phi', 'self',
   'Gerald Mwangi <g.mwangi@outlook.com>',
   'Corvanta Cares <support@corvantacares.com>',
   'Application for assistance - Trelegy',
   """To whom it may concern,

I am applying to your patient assistance program for my inhaler. My name is Gerald
Mwangi and I was diagnosed with COPD in 2022. I have been using Trelegy Ellipta once
daily but since I retired my Medicare Part D plan puts it at $480 per 3 months and I
cannot afford that on my pension. I have been skipping days and ended up in the ER
in February with a flare.

Attached are my income statement and the form signed by Dr. Iyer. My pharmacy is
Harborlight Pharmacy on Livingston Ave. Please let me know if anything else is
needed.

Respectfully,
Gerald Mwangi
(614) 555-0117
""",
   atts=[('Mwangi_PAP_application.txt',
          'CORVANTA CARES PATIENT APPLICATION\n'
          'Name: Gerald K. Mwangi\nDOB: 11/02/1957\nAddress: 880 Whitethorn Ave, Columbus OH 43206\n'
          'Household size: 2   Annual household income: $31,200\n'
          'Insurance: Medicare Part D - Clearpath MedAdvantage Rx  ID CPM220418831\n'
          'Medication requested: Trelegy Ellipta 100/62.5/25 mcg, 1 inh daily\n'
          'Diagnosis: J44.9 COPD\nPrescriber: Dr. Rohan Iyer, NPI on file\n', 'text/plain')],
   patient='Mwangi')

mk('phi', 'self',
   'Dev <devk.runs@gmail.com>',
   'specialty@harborlightrx.com',
   'lab results from my PrEP visit',
   """hey, quick question. i did my 3 month PrEP labs at your Short North store on the
10th (HIV test, creatinine, the STI swabs). the clinic said Meridian sent results
to you but i can't see anything in the app. can someone release them to my portal
or email me? my refill of the descovy is due next week and i want to make sure my
kidney number is ok before i pick up.

- Dev (Devansh Kapoor)
""",
   patient='Kapoor', cte='base64')

mk('phi', 'self',
   'Naomi Shaw <naomi.shaw.pdx@icloud.com>',
   'Harborlight Pharmacy Store 131 <store131@harborlightrx.com>',
   'Mom discharged - blister packs please',
   """Hello,

My mother, Ruth Abernethy-Shaw (84), was discharged from St. Columba's yesterday
after a week in for pneumonia and a fall. The hospital changed a LOT of her meds
and she's confused about what to take, so we'd like to start the weekly blister
packs you offer. Her new list is attached (I typed it from the discharge papers).
The hospital stopped her amlodipine and the Ambien. She's on your system already
under the Whitmore Rd store.

I'm her healthcare POA. Best number is my cell 503-555-0182.

Thank you,
Naomi Shaw
""",
   atts=[('Ruth med list 3-2025.txt',
          'RUTH ABERNETHY-SHAW - MEDS AFTER DISCHARGE 3/16\n\n'
          'levothyroxine 75 mcg - 1 every morning empty stomach\n'
          'furosemide 20 mg - 1 every morning\n'
          'potassium chloride 10 mEq - 1 daily\n'
          'donepezil 5 mg - 1 at bedtime (NEW)\n'
          'sertraline 50 mg - 1 daily\n'
          'apixaban 2.5 mg - 1 twice a day (NEW)\n'
          'vitamin D3 1000 units - 1 daily\n'
          'STOPPED: amlodipine 10, zolpidem 5\n', 'text/plain')],
   patient='Abernethy-Shaw')

mk('phi', 'self',
   'Marguerite Dellacroix <mdellacroix@aol.com>',
   'Harborlight Specialty Pharmacy <noreply-refills@harborlightrx.com>',
   'Re: Your refill is ready to ship',
   """Yes please ship it, BUT I'm having my knee replacement on Monday at Riverside and
will be in the hospital until Friday probably. Can you send it to arrive Saturday
instead? And do I keep taking the Orencia after surgery?? nobody has told me. The
surgeon said something about holding it but I'm not sure for how long.

Marguerite Dellacroix

On Tue, Mar 18, 2025 at 8:00 AM Harborlight Specialty Pharmacy
<noreply-refills@harborlightrx.com> wrote:
> Hello MARGUERITE,
>
> Your refill of ORENCIA CLICKJECT 125MG/ML is ready to ship.
> Reply YES to confirm shipment to your address on file, or call us at
> 1-877-555-0126.
>
> Harborlight Specialty Pharmacy
""",
   patient='Dellacroix', date=gen_date(18, 19, 37))

mk('phi', 'self',
   'tony baptiste <tbaptiste82@hotmail.com>',
   'customercare@harborlightrx.com',
   'charged $450???',
   """i got charged $450 for my ozempic yesterday at the Hilliard store when it was $25
last month. the pharmacist said the insurance says the PA expired. my name is Tony
Baptiste, member id CPX448210937. i'm type 2 diabetic and have been on this for a
year, i cant just stop. who is supposed to renew the PA, me or the doctor?? please
call me 614-555-0109

tony
""",
   patient='Baptiste')
# ===================================================================== PHI: ids
mk('phi', 'ids',
   'Marisol Quintero <mquintero@harborlightrx.com>',
   'Kwame Asante <kasante@harborlightrx.com>',
   'TB read today',
   """kwame can you cover a TST read at 2 today at elm st? pt dob 3.4.88, chart 00482177,
planted monday 2pm left forearm. needs it for her nursing school clearance so she
needs the mm written on the form, not just neg. i'm out at the dentist

m
""",
   patient='')

mk('phi', 'ids',
   'Meridian Specimen Processing <specimens@meridianreflab.com>',
   'store204@harborlightrx.com',
   'Specimen rejected - recollection needed - Acc M25-0318-004471',
   """SPECIMEN REJECTION NOTICE

Accession:     M25-0318-004471
Patient DOB:   19880304
Initials:      D.K.
Collected:     03/17/2025 15:05  Site: Harborlight #204
Test(s):       Basic metabolic panel (BMP)
Reason:        Grossly hemolyzed - potassium not reportable

The ordering provider has been notified. Please contact the patient to arrange a
recollection. Contact phone on requisition: 614-555-0193.

No charge will be applied for the recollection.

Meridian Reference Laboratories - Specimen Processing

""" + DISC_LAB,
   patient='')

mk('phi', 'ids',
   'Harborlight Specialty Dispatch <dispatch@harborlightrx.com>',
   'Swift Medical Courier <ops@swiftmedcourier.com>',
   'Courier request - cold chain - 03/21',
   """Please schedule a same-day refrigerated delivery:

Recipient: Ellis Marchetti
Deliver to: 2217 Briarwood Ln Apt 3B, Columbus OH 43214
Phone: 614-555-0151
Verify ID at door - DOB 4 Mar 1988
Rx# 6120448 - Humira Pen 40 mg/0.4 mL x2 (keep 2-8 C)
Signature required. Do not leave at door.

Pickup ready 1:30 PM at 4400 Kenny Rd dock B.

Thanks,
Specialty Dispatch
""",
   patient='Marchetti')

mk('phi', 'ids',
   'PA Notifications <pa-notify@clearpathrx.net>',
   'pa-team@harborlightrx.com',
   'Member ID CPX-7718-20394-01 - PA status: PENDED',
   """Prior Authorization Status Update

Member:        HADDAD, YUSUF
Member ID:     CPX-7718-20394-01
DOB:           1975-11-09
Group:         HLTH4402
BIN / PCN:     610877 / CPXCOMM
Drug:          MOUNJARO 5 MG/0.5 ML PEN
Status:        PENDED - additional information required

Please provide: most recent A1c result and date, and documentation of trial and
failure of metformin (or contraindication). Submit via the portal within 72 hours
or the request will be closed.

Case #: PA-25-0331875

""" + DISC_PBM,
   patient='Haddad', cte='quoted-printable')

mk('phi', 'ids',
   'Sofia Marchand <smarchand@meridianreflab.com>',
   'Harborlight Billing <billing@harborlightrx.com>',
   'Acct 55120987 - patient bill dispute',
   """Hi,

The patient on account 55120987 called disputing a bill for DOS 02/11/2025. Tests
were CPT 87591 and 87491 (CT/NG NAAT, urine), collected at your Grandview store
sexual health clinic. She says she was told it would be billed to Clearpath, but
the claim went out self-pay because the member ID on the req was blank.

Collins, Tamara  DOB 06/30/1999  ph 380-555-0124

If you can send the insurance card copy we will rebill and void the statement.

Sofia Marchand
Billing Specialist
Meridian Reference Laboratories
""",
   patient='Collins')

mk('phi', 'ids',
   'Alyssa Grant <agrant@harborlightrx.com>',
   'Dana Whitfield <dwhitfield@harborlightrx.com>',
   'Rx 7720195',
   """Dana,

Lady called from 412-555-0148 asking about Rx 7720195 - wants to know why her
buprenorphine/naloxone was only filled for 7 days. I looked and the doc wrote it
that way, weekly pickups until her next appointment. She was pretty upset, said
she's been clean 8 months. Can you call her back? I didn't want to say the wrong
thing.

Alyssa
""",
   patient='')

mk('phi', 'ids',
   'Harborlight Specialty PAP Desk <pap@harborlightrx.com>',
   'Helix Bridge Foundation <grants@helixbridgefdn.org>',
   'Copay grant application - multiple myeloma fund',
   """Hello,

Submitting for the multiple myeloma copay fund on behalf of our patient:

Harold Quisenberry
DOB: Sept 9, 1957
Last 4 SSN: 4471
Medicare Beneficiary ID: 5TR2-JK8-QM41
Medication: Revlimid (lenalidomide) 10 mg caps, days 1-21 of 28-day cycle
Part D OOP for cycle: $1,987.33

He's on cycle 3 with his oncologist at Riverside and cannot afford the next cycle.
Signed consent and income attestation attached separately via your portal.

Thank you,
PAP Desk - Harborlight Specialty Pharmacy
Fax 614-555-0129
""",
   patient='Quisenberry')

mk('phi', 'ids',
   'Kwame Asante <kasante@harborlightrx.com>',
   'ImmTrack Registry Support <support@immtrack-oh.org>',
   'Duplicate record merge request',
   """Hello,

We administered Shingrix dose 2 on 03/08/2025 (lot 7YR2K, left deltoid) at our Elm
St clinic, but the registry created a second record instead of attaching it to the
existing one. Both records belong to the same person:

  OYELARAN, FRANCES A   DOB 09/14/1949   MBI 1EG4-TE5-MK72
  Record 1: IIS ID 3380291 (has dose 1 from 10/2024)
  Record 2: IIS ID 4417026 (created 03/08/2025)

Please merge so her series shows as complete.

Kwame Asante, PharmD
Immunization Program Lead, Harborlight Pharmacy
""",
   patient='Oyelaran')
# ===================================================================== PHI: lists
mk('phi', 'lists',
   'Renata Szabo <rszabo@harborlightrx.com>',
   'specialty-clinical@harborlightrx.com',
   'huddle notes 3/19',
   """huddle 3/19 - who's on the hook for what

* Okafor, Gideon - Cosentyx loading doses, wk 3 - c/o injection site bruising, told ok. RS
* B. Lundqvist - Ibrance held by onc for ANC 0.8, do NOT ship cycle 4 until new CBC. MB
* Fatima Siddiqui - Hep C wk 4 viral load pending at Meridian, refill hold until result. RS
* Mr. Delgado (Ernesto) - Xtandi copay grant ran out, Helix app submitted 3/17. PAP desk
* Teodora Ilic - new MS start Kesimpta, needs teaching appt, speaks Serbian, use interpreter line. TR
* Park, Min-jun - transferred to Optum specialty per his new plan, close out profile. IC

reminder: the refrigerator in bay 2 is still running warm, use bay 1 for cold packs.
""",
   patient='Okafor;Lundqvist;Siddiqui;Delgado;Ilic;Park')

mk('phi', 'lists',
   'Kwame Asante <kasante@harborlightrx.com>',
   'Marisol Quintero <mquintero@harborlightrx.com>',
   'callbacks from saturday clinic',
   """Marisol - these are the folks from Saturday who need a callback, can you split with
Jon?

Name\tDOB\tPhone\tIssue
Harold Birch\t02/11/1951\t614-555-0131\tdue Prevnar 20, ran out of stock
Amaka Eze\t07/30/1990\t614-555-0186\tTdap for pregnancy, 29 wks - verify OB order
Luis Paredes-Soto\t12/01/2018\t380-555-0102\tmissed MMR#2, mom wants appt
Greta Holmqvist\t05/05/1944\t614-555-0147\tsore arm + fever 101 after RSV vax, check in
Nguyen Van Thanh\t10/21/1962\t614-555-0199\tHep B #2 due, needs Vietnamese interpreter

thanks
K
""",
   patient='Birch;Eze;Paredes-Soto;Holmqvist;Nguyen')

mk('phi', 'lists',
   'Marcus Bell <mbell@harborlightrx.com>',
   'Priscilla Ng <png@harborlightrx.com>',
   'PA queue aging - over 5 days',
   """Priscilla, here's the aging report you asked for. The Clearpath ones are mostly
waiting on chart notes from offices.

PATIENT               DRUG                 PAYER       SUBMITTED  DAYS  STATUS
--------------------  -------------------  ----------  ---------  ----  ------------------
WOJCIK, ANNA          Skyrizi 150 mg       Clearpath   03/06/25     13  pended - need BSA
HAMMOND, CURTIS J     Wegovy 1.7 mg        Clearpath   03/07/25     12  denied - appeal drafted
OSEI, ABENA           Humira 40 mg         Medicaid    03/10/25      9  submitted
RASHIDI, DARIUS       Tymlos 80 mcg        Clearpath   03/11/25      8  pended - need DEXA
PETROVA, IRINA V      Nurtec ODT 75 mg     Aetna       03/12/25      7  pended - step therapy
McALLISTER, JUNE      Otezla 30 mg         Clearpath   03/13/25      6  submitted

I'll chase the DEXA and BSA today.

Marcus
""",
   patient='Wojcik;Hammond;Osei;Rashidi;Petrova;McAllister')

csv_l4 = ("accession,patient_last,patient_first,dob,collect_date,test,status,billing_issue\n"
          "M25-0303-001192,Beaumont,Clarisse,1967-08-14,2025-03-03,Lipid panel,FINAL,no insurance on file\n"
          "M25-0304-000877,Adeyemi,Tunde,1983-01-22,2025-03-04,HbA1c,FINAL,member id invalid\n"
          "M25-0305-002231,Sokolova,Yelena,1959-11-30,2025-03-05,TSH + free T4,FINAL,dx code missing\n"
          "M25-0306-000410,Whitaker,Jamal,2001-04-09,2025-03-06,HIV-1/2 Ag/Ab,FINAL,dx code missing\n"
          "M25-0307-003018,O'Rourke,Siobhan,1976-02-17,2025-03-07,CMP,FINAL,ABN not signed\n"
          "M25-0310-001546,Tran,Bao Ngoc,1994-09-03,2025-03-10,Hep C Ab w/ reflex RNA,FINAL,member id invalid\n")
mk('phi', 'lists',
   'Sofia Marchand <smarchand@meridianreflab.com>',
   'Harborlight Billing <billing@harborlightrx.com>',
   'Outstanding billing holds - March (6)',
   """Hello,

Attached are the 6 requisitions from your health screening sites that are on
billing hold. Please fill in the missing information in the last column or send
copies of the insurance cards. Anything not resolved by 4/15 goes to client bill.

Regards,
Sofia

Sofia Marchand | Billing Specialist | Meridian Reference Laboratories
""",
   atts=[('Harborlight_billing_holds_2025-03.csv', csv_l4, 'text/csv')],
   patient='Beaumont;Adeyemi;Sokolova;Whitaker;O\'Rourke;Tran')

xl = xlsx_bytes([
    ['Patient', 'DOB', 'Program', 'Drug', 'Enrollment end', 'Renewal status', 'Notes'],
    ['Gallagher, Maeve', '1962-03-19', 'Corvanta Cares', 'Veltrexa 300 mg', '2025-04-30', 'Forms sent 3/3', 'needs 2024 tax return'],
    ['Ibekwe, Chukwuemeka', '1970-12-05', 'Helix Bridge - RA fund', 'Enbrel 50 mg', '2025-04-15', 'Not started', ''],
    ['Sánchez-Moreno, Lucía', '1988-07-27', 'Corvanta Cares', 'Veltrexa 300 mg', '2025-05-31', 'Approved', 'ship q2w'],
    ['Horvath, Bence', '1955-01-02', 'Manufacturer free drug', 'Eliquis 5 mg', '2025-04-01', 'Pending MD signature', 'Dr Shah office'],
    ['Lee, Grace S', '1949-10-10', 'Helix Bridge - CLL fund', 'Imbruvica 420 mg', '2025-06-30', 'Approved', ''],
], sheet='Renewals')
mk('phi', 'lists',
   'Ines Carvalho <icarvalho@harborlightrx.com>',
   'Harborlight Specialty PAP Desk <pap@harborlightrx.com>',
   'PAP renewals due Apr-Jun',
   """Hi all, tracker for the spring renewals attached. Ibekwe is the urgent one -
nothing started and his enrollment ends 4/15. Can whoever's on the desk Monday
call him?

Ines
""",
   atts=[('PAP_renewals_Q2.xlsx', xl, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')],
   patient='Gallagher;Ibekwe;Sánchez-Moreno;Horvath;Lee')

csv_l6 = ("rx_number,patient_name,phone,dispense_date,preparation,lot,store\n"
          "6204418,\"Fairbanks, Whitney\",614-555-0112,2025-02-18,Ketoprofen 10% / lidocaine 5% cream 60g,CMP-250211-A,118\n"
          "6204533,\"Mbeki, Thandiwe\",614-555-0163,2025-02-19,Ketoprofen 10% / lidocaine 5% cream 60g,CMP-250211-A,204\n"
          "6204601,\"Castellano, Rocco\",380-555-0177,2025-02-20,Ketoprofen 10% / lidocaine 5% cream 120g,CMP-250211-A,131\n"
          "6204712,\"Dubois, Amélie\",614-555-0104,2025-02-21,Ketoprofen 10% / lidocaine 5% cream 60g,CMP-250211-A,118\n"
          "6204790,\"Zhou, Ming\",614-555-0158,2025-02-24,Ketoprofen 10% / lidocaine 5% cream 60g,CMP-250211-A,204\n")
mk('phi', 'lists',
   'Owen Tarrant <otarrant@harborlightrx.com>',
   'Store Managers <storemgrs@harborlightrx.com>',
   'Voluntary recall - lot CMP-250211-A - patient notification',
   """Store managers,

Our potency testing on lot CMP-250211-A (ketoprofen/lidocaine cream) came back at 78%
of label for ketoprofen, below our 90% spec. We're doing a patient-level voluntary
recall. The zip has the list of everyone who received that lot - please call your
store's patients by Friday, offer a replacement from the new lot at no charge, and
document the call in the profile. Password is the usual one, sent separately.

Owen Tarrant, RPh, FIACP
Compounding Lead
""",
   atts=[('recall_CMP-250211-A.zip', zip_bytes([('recall_CMP-250211-A_patients.csv', csv_l6)]), 'application/zip')],
   patient='Fairbanks;Mbeki;Castellano;Dubois;Zhou')

mk('phi', 'lists',
   'Julien Moreau <jmoreau@harborlightrx.com>',
   'Hana Kobayashi <hkobayashi@harborlightrx.com>',
   'anticoag sign-out for the week',
   """Hana - sign-out while I'm at the conference. All INRs go through Meridian, results
come to the clinic inbox.

| Patient              | Goal    | Last INR     | Dose                 | Next check | Notes                          |
|----------------------|---------|--------------|----------------------|------------|--------------------------------|
| Lindqvist, Harriet   | 2-3     | 5.8 (3/13)   | held x2, now 2.5 qd  | 3/20       | on cipro - recheck needed      |
| Obi, Emmanuel        | 2.5-3.5 | 2.9 (3/14)   | 7.5 M/W/F, 5 other   | 4/11       | mech mitral valve              |
| Roszak, Danuta       | 2-3     | 1.6 (3/17)   | 5 qd -> 5.5 qd       | 3/24       | missed 2 doses, daughter helps |
| Farouk, Samir        | 2-3     | 2.4 (3/12)   | 3 qd                 | 4/9        | stable                         |
| Whitlock, Edna       | 2-3     | 3.6 (3/18)   | hold x1 then 4 qd    | 3/25       | started prednisone taper       |

Call me if anything's weird.
J
""",
   patient='Lindqvist;Obi;Roszak;Farouk;Whitlock')
# ===================================================================== PHI: struct
mk('phi', 'struct',
   'Raj Venkataraman <rvenkataraman@meridianreflab.com>',
   'Harborlight IS Interfaces <interfaces@harborlightrx.com>',
   'ORU not filing - MSH-5 mismatch?',
   r"""Hi team,

This result has been sitting in our outbound queue with NAK "AR - unknown receiving
application". Pasting the message as sent. I think your side changed the receiving
app name in the cutover last week - can you confirm what MSH-5 should be?

MSH|^~\&|MERIDIAN|MRL|HLRX_LIS|HARBORLIGHT|20250318142211||ORU^R01|MRL0318142211774|P|2.5.1
PID|1||HL00917342^^^HLRX^MR||SZYMANSKI^KATARZYNA^M||19710623|F|||1540 Parsons Ave^^Columbus^OH^43207||6145550136
ORC|RE|HL55120771|M25-0318-002914
OBR|1|HL55120771|M25-0318-002914|83036^Hemoglobin A1c^CPT|||20250317093000|||||||||1598822477^IYER^ROHAN
OBX|1|NM|4548-4^Hemoglobin A1c^LN||8.7|%|4.0-5.6|H|||F|||20250318101500
OBX|2|NM|27353-2^Estimated average glucose^LN||203|mg/dL|||||F

Thanks,
Raj Venkataraman
Interface Analyst, Meridian Reference Laboratories
""",
   patient='Szymanski', cte='quoted-printable')

hl7_orm = (r"MSH|^~\&|HLRX_POS|STORE204|MERIDIAN|MRL|20250312081544||ORM^O01|HL204031208154|P|2.3" "\r"
           r"PID|1||HL00733105^^^HLRX^MR||OKEKE^CHIDI^E||19850217|M|||77 Mound St^^Columbus^OH^43215||6145550175" "\r"
           r"PV1|1|O|STORE204^^^HLRX" "\r"
           r"IN1|1|CPX|CLEARPATH|Clearpath Benefit Solutions|||||HLTH4402||||||OKEKE^CHIDI|SEL|19850217|||||||||||||||||||CPX55190283201" "\r"
           r"ORC|NW|HL55119844||||||||||1902388410^ABARA^NGOZI" "\r"
           r"OBR|1|HL55119844||80061^LIPID PANEL^CPT~83036^HGB A1C^CPT|||20250312080900" "\r"
           r"DG1|1|I10|E78.5^Hyperlipidemia, unspecified^I10" "\r"
           r"DG1|2|I10|R73.03^Prediabetes^I10" "\r")
mk('phi', 'struct',
   'Hana Kobayashi <hkobayashi@harborlightrx.com>',
   'Raj Venkataraman <rvenkataraman@meridianreflab.com>',
   'RE: order not received from store 204',
   """Raj - attached is the raw ORM from our POS log for the order you said you never got.
Specimen was picked up by your courier at 10:15 on 3/12. It has the Clearpath
insurance on IN1 so it shouldn't have gone to client bill either.

Hana Kobayashi, PharmD
Clinical Services Pharmacist / LIS liaison
Harborlight Pharmacy
""",
   atts=[('ORM_HL55119844.hl7', hl7_orm, 'text/plain')],
   patient='Okeke')

mk('phi', 'struct',
   'Carla Jennings <cjennings@harborlightrx.com>',
   'Clearpath EDI Support <edi-support@clearpathrx.net>',
   '837P rejected - 2010BA loop',
   """Hi EDI support,

Our vaccine admin claims under the medical benefit keep bouncing with 999 reject
IK3*NM1*... on the subscriber loop. Here's one of them straight from the outbound
file (one segment per line for readability). Can you tell me what's wrong with the
NM1*IL? We used the member ID from the card.

ISA*00*          *00*          *ZZ*HLRXPHARM01    *ZZ*CLEARPATH      *250314*1032*^*00501*000004417*0*P*:~
GS*HC*HLRXPHARM01*CLEARPATH*20250314*1032*4417*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*HL4417001*20250314*1032*CH~
NM1*41*2*HARBORLIGHT PHARMACY*****46*HLRX0001~
NM1*40*2*CLEARPATH BENEFIT SOLUTIONS*****46*CPX01~
HL*1**20*1~
NM1*85*2*HARBORLIGHT PHARMACY 204*****XX*1750334219~
HL*2*1*22*0~
SBR*P*18*HLTH4402******CI~
NM1*IL*1*MENDOZA*ROSALIND****MI*CPX30917755201~
N3*412 KELTON AVE~
N4*COLUMBUS*OH*43205~
DMG*D8*19630415*F~
CLM*HL204-88213*62.78***01:B:1*Y*A*Y*Y~
HI*ABK:Z23~
SV1*HC:90750*0.00*UN*1***1~
SV1*HC:90471*62.78*UN*1***1~
DTP*472*D8*20250311~
SE*19*0001~

Thanks,
Carla Jennings
Revenue Cycle Analyst, Harborlight Pharmacy
""",
   patient='Mendoza')

mk('phi', 'struct',
   'Carla Jennings <cjennings@harborlightrx.com>',
   'Priscilla Ng <png@harborlightrx.com>',
   'FW: 835 - denied CLP from last week',
   """Priscilla - this is the one I mentioned. Clearpath paid $0 on the Synagis claim,
CARC 197 (no precert). The PA was approved on 11/20 so something's off on their
side. Pasted the relevant bit from the 835:

CLP*HLSP-7731029*4*6842.10*0*0*MC*CPX2503100042217*01*1~
NM1*QC*1*ABUBAKAR*ZAINAB*F***MI*CPX77102948803~
NM1*82*2*HARBORLIGHT SPECIALTY PHARMACY*****XX*1649221807~
DTM*232*20250226~
SVC*N4:60574411401*6842.10*0**1~
DTM*472*20250226~
CAS*CO*197*6842.10~
REF*6R*HLSP773102901~

baby is 4 months, this is her 4th dose of the season. I'll call provider services
today.

Carla
""",
   patient='Abubakar')

mk('phi', 'struct',
   'Marcus Bell <mbell@harborlightrx.com>',
   'Ines Carvalho <icarvalho@harborlightrx.com>',
   'eligibility check - looks termed??',
   """Ines, ran the 270 for your new intake and the 271 came back with inactive coverage.
Maybe she changed jobs? Raw below:

270:
ST*270*0001*005010X279A1~BHT*0022*13*HL270-5581*20250317*0915~HL*1**20*1~NM1*PR*2*CLEARPATH*****PI*CPX01~HL*2*1*21*1~NM1*1P*2*HARBORLIGHT SPECIALTY PHARMACY*****XX*1649221807~HL*3*2*22*0~TRN*1*5581*9HLRX00001~NM1*IL*1*KARIMI*LEYLA****MI*CPX60392218701~DMG*D8*19800112~DTP*291*D8*20250317~EQ*88~SE*13*0001~

271:
ST*271*0001*005010X279A1~BHT*0022*11*HL270-5581*20250317*0915~HL*1**20*1~NM1*PR*2*CLEARPATH*****PI*CPX01~HL*2*1*21*1~NM1*1P*2*HARBORLIGHT SPECIALTY PHARMACY*****XX*1649221807~HL*3*2*22*0~TRN*2*5581*9HLRX00001~NM1*IL*1*KARIMI*LEYLA****MI*CPX60392218701~N3*95 GRANDVIEW AVE APT 2~N4*COLUMBUS*OH*43212~DMG*D8*19800112*F~EB*6**88~DTP*347*D8*20250228~SE*16*0001~

EB*6 = inactive, termed 2/28. Her Rinvoq start is going to stall until we find
the new plan.

M
""",
   patient='Karimi')

fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "hl-pt-00581274",
        "identifier": [
          {"system": "urn:oid:2.16.840.1.113883.3.9911.1", "value": "HL00581274"}
        ],
        "name": [{"family": "Achterberg", "given": ["Willem", "J"]}],
        "gender": "male",
        "birthDate": "1958-05-29",
        "telecom": [{"system": "phone", "value": "614-555-0169", "use": "mobile"}],
        "address": [{"line": ["3009 Sunbury Rd"], "city": "Columbus", "state": "OH", "postalCode": "43219"}]
      }
    },
    {
      "resource": {
        "resourceType": "MedicationRequest",
        "id": "mr-77102",
        "status": "active",
        "intent": "order",
        "medicationCodeableConcept": {
          "coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "1364445", "display": "apixaban 5 MG Oral Tablet"}]
        },
        "subject": {"reference": "Patient/hl-pt-00581274"},
        "authoredOn": "2025-03-14",
        "dosageInstruction": [{"text": "Take 1 tablet by mouth twice daily"}],
        "reasonCode": [{"text": "Paroxysmal atrial fibrillation"}]
      }
    }
  ]
}
"""
mk('phi', 'struct',
   'Nikhil Rao <nrao@harborlightrx.com>',
   'Dev Integrations <dev-integrations@rxbridgehealth.io>',
   'FHIR bundle failing validation on your endpoint',
   """Hey,

Prod bundle from this morning is bouncing off your /MedicationRequest endpoint with
a 422 "reasonCode not allowed". Attaching the exact payload we sent (this is a real
patient, please don't paste it into the public ticket). Is reasonCode just not
supported in your profile?

Nikhil Rao
Senior Integration Engineer, Harborlight Pharmacy Digital
""",
   atts=[('bundle_20250314_0722.json', fhir, 'application/fhir+json')],
   patient='Achterberg')

mk('phi', 'struct',
   'Hana Kobayashi <hkobayashi@harborlightrx.com>',
   'Nikhil Rao <nrao@harborlightrx.com>',
   'CCD import - med list coming in empty',
   """Nikhil - when we import CCDs from St. Columba for med rec, the meds section comes
in blank but the header is fine. Here's the top of one from this week (trimmed). Is
our parser choking on the nullFlavor?

<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20250316154500-0400"/>
  <recordTarget>
    <patientRole>
      <id extension="SC4480921" root="2.16.840.1.113883.3.7788"/>
      <addr use="HP"><streetAddressLine>61 Orchard Hill Dr</streetAddressLine>
        <city>Westerville</city><state>OH</state><postalCode>43081</postalCode></addr>
      <telecom value="tel:+1-614-555-0144" use="HP"/>
      <patient>
        <name><given>Imelda</given><family>Castañeda</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19460903"/>
      </patient>
    </patientRole>
  </recordTarget>
  ...
  <section>
    <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="History of medication use"/>
    <title>Medications</title>
    <entry><substanceAdministration classCode="SBADM" moodCode="INT">
      <consumable><manufacturedProduct><manufacturedMaterial>
        <code code="197361" codeSystem="2.16.840.1.113883.6.88" displayName="amlodipine 5 MG Oral Tablet" nullFlavor="OTH"/>
      </manufacturedMaterial></manufacturedProduct></consumable>
    </substanceAdministration></entry>
  </section>

thx
Hana
""",
   patient='Castañeda')

mk('phi', 'struct',
   'ImmTrack Registry Support <support@immtrack-oh.org>',
   'Kwame Asante <kasante@harborlightrx.com>',
   'VXU rejected - invalid CVX/NDC combination',
   r"""Harborlight Pharmacy,

The following VXU submitted 03/15/2025 was rejected (ACK AE). The NDC sent in RXA-5
does not match CVX 309. Please correct and resubmit.

MSH|^~\&|HLRX_IMM|HARBORLIGHT|IMMTRACK|OHDOH|20250315113012||VXU^V04^VXU_V04|HLIMM250315113012|P|2.5.1|||ER|AL|||||Z22^CDCPHINVS
PID|1||HL01188240^^^HLRX^MR||PHAM^ANH^T^^^^L||20170912|F|||2290 Cleveland Ave^^Columbus^OH^43211||^PRN^PH^^^614^5550122
NK1|1|PHAM^LINH^^^^^L|MTH^Mother^HL70063
ORC|RE||HLIMM88102
RXA|0|1|20250315|20250315|309^COVID-19, mRNA, LNP-S, bivalent^CVX~80777-0102-99^Moderna^NDC|0.25|mL^^UCUM||00^New record^NIP001|||||||3038492|20250815|MOD^Moderna^MVX|||CP|A
RXR|IM^Intramuscular^HL70162|LD^Left Deltoid^HL70163
OBX|1|CE|64994-7^Vaccine funding program eligibility^LN|1|V02^VFC eligible Medicaid^HL70064||||||F

ImmTrack Registry Support
Ohio Immunization Information System
""",
   patient='Pham')
# ===================================================================== PHI: lang
mk('phi', 'lang',
   'Rosa Elena Villalobos <rosaelena.villalobos@gmail.com>',
   'Harborlight Farmacia <farmacia@harborlightrx.com>',
   'Insulina - no me la quisieron dar',
   """Buenas tardes,

Me llamo Rosa Elena Villalobos, fecha de nacimiento 14/02/1970. Ayer fui a la tienda
de la avenida Morse por mi insulina Lantus y mis tiras para la glucosa y me dijeron
que el seguro ya no la cubre. El doctor Iyer me subió la dosis a 28 unidades en la
noche porque mi azúcar en ayunas sigue en 200. Ya solo me quedan 2 días de insulina.
¿Qué tengo que hacer? ¿Hay alguna insulina más barata?

Mi teléfono es 614-555-0191.

Gracias,
Rosa
""",
   patient='Villalobos')

mk('phi', 'lang',
   'Cláudia Ferreira <claudia.ferreira.oh@hotmail.com>',
   'vacinas@harborlightrx.com',
   'Vacina do meu filho - reação',
   """Olá,

Meu filho Thiago Ferreira Lopes, de 4 anos, tomou as vacinas DTaP e pólio na
loja da Sawmill Rd no sábado. Desde domingo a perna direita está vermelha,
inchada e quente, do joelho até a virilha, e ele teve febre de 38,6. O pediatra
disse que é uma reação local grande e mandou dar ibuprofeno, mas pediu para vocês
enviarem o número do lote da vacina para ele.

Data de nascimento dele: 02/08/2020.

Obrigada,
Cláudia
""",
   cte='base64',
   patient='Ferreira Lopes')

mk('phi', 'lang',
   'Lê Văn Phúc <phuc.le1956@yahoo.com>',
   'customercare@harborlightrx.com',
   'Hỏi về thuốc huyết áp',
   """Chào nhà thuốc,

Tôi tên là Lê Văn Phúc, sinh năm 1956. Bác sĩ mới đổi thuốc huyết áp của tôi từ
amlodipine sang losartan 50mg vì chân tôi bị sưng. Tuần trước tôi đo huyết áp ở
nhà thuốc Harborlight được 150/95. Tôi có nên uống cả hai thuốc không, hay ngừng
amlodipine? Con gái tôi sẽ đến lấy thuốc thứ Sáu.

Cảm ơn,
Phúc
""",
   patient='Lê Văn Phúc')

mk('phi', 'lang',
   'Jean-Robert Pierre-Louis <jrpierrelouis@gmail.com>',
   'Harborlight Pharmacy Store 131 <store131@harborlightrx.com>',
   'Rezilta tès san mwen',
   """Bonjou,

Mwen se Jean-Robert Pierre-Louis. Mwen te fè tès san nan famasi nou an jou 6 mas
la pou kolestewòl ak sik (A1c). Yo di m rezilta yo ta dwe vini nan 3 jou men mwen
poko resevwa anyen. Doktè m nan, Dr. Abara, bezwen yo anvan randevou m 25 mas la.
Tanpri voye yo ba li oswa rele m nan 614-555-0138.

Mèsi anpil,
Jean-Robert
""",
   patient='Pierre-Louis')

mk('phi', 'lang',
   'Ирина Соколова <irina.sokolova77@mail.ru>',
   'anticoag.clinic@harborlightrx.com',
   'Варфарин для мамы',
   """Здравствуйте,

Пишу по поводу моей мамы, Людмилы Петровны Соколовой (дата рождения 21.11.1941).
Она принимает варфарин 5 мг, в прошлый четверг ваш фармацевт Жюльен проверил МНО,
было 1,6. Он сказал увеличить дозу, но мама не помнит, на сколько. Вчера у неё
были синяки на руках. Можно ли перезвонить мне сегодня? Мой телефон 614-555-0107.

Мама плохо говорит по-английски, поэтому, пожалуйста, звоните мне.

Спасибо,
Ирина
""",
   cte='quoted-printable',
   patient='Соколова')

mk('phi', 'lang',
   'Maricel Dizon RN <mdizon@northfieldmg.org>',
   'Renata Szabo <rszabo@harborlightrx.com>',
   're: si Mr. Buenaventura',
   """Hi Renata,

Pasensya na late reply. Si Mr. Rodrigo Buenaventura (yung nasa Entresto) ay
na-admit sa Riverside noong Sabado dahil sa fluid overload, nag-gain siya ng 4 kg
in one week. Pinalitan ni Dr. Shah yung furosemide to 40mg BID pag-discharge.
Paki-hold muna yung Entresto refill hanggang makita namin yung labs niya (creatinine
at potassium) sa Lunes.

Salamat po!
Maricel Dizon, RN
Care Coordinator, Northfield Medical Group
""",
   patient='Buenaventura')

mk('phi', 'lang',
   'Hassan Mansour <h.mansour88@gmail.com>',
   'pa-team@harborlightrx.com',
   'طلب موافقة مسبقة',
   """السلام عليكم،

أنا حسن منصور، والد الطفل يوسف منصور (تاريخ الميلاد 2012/05/03). طبيب الغدد وصف له
هرمون النمو (Norditropin) بعد تحاليل الدم والأشعة على اليد، لكن شركة التأمين Clearpath
طلبت موافقة مسبقة. مضى أسبوعان ولم نسمع شيئاً. هل يمكنكم إخباري بحالة الطلب؟

رقم العضوية: CPX-5520-18733-02
هاتفي: 614-555-0115

شكراً جزيلاً
حسن
""",
   patient='منصور', cte='base64')

mk('phi', 'lang',
   'Wei Zhang <zhangwei.cbus@163.com>',
   'specialty@harborlightrx.com',
   '关于我父亲的化疗药',
   """您好，

我父亲张建国（出生日期 1950年8月17日）在Riverside肿瘤科看病，医生给他开了
卡培他滨（Xeloda）500mg，每天两次，吃两周停一周。上周验血白细胞偏低，医生说
这个疗程减量到每次1000mg。请问你们药房是否已经收到新的处方？他的手脚开始脱皮
发红，有什么药膏可以用吗？

我的电话：614-555-0196（我讲中文和英文）

谢谢！
张伟
""",
   patient='张建国', cte='base64')
# ===================================================================== CLEAN: admin
mk('clean', 'admin',
   'Harborlight IT Service Desk <servicedesk@harborlightrx.com>',
   'Dana Whitfield <dwhitfield@harborlightrx.com>',
   '[INC0048812] Rx label printer offline - Store #118 - Updated',
   """Incident INC0048812 has been updated.

Short description: Zebra label printer (Rx station 2) offline - Store #118
Priority: 2 - High
Assigned to: Leo Brandt (Field Services)
State: In Progress

Work notes (Leo Brandt, 03/12/2025 10:44):
Remote session confirmed print spooler hung on HLRX-118-RX02. Restarted spooler and
re-pushed driver 5.1.17. Test label printed OK. Tech (Alyssa) will monitor through
the 11-2 rush. If it drops again I'll swap the unit on-site tomorrow AM - spare is
in the Grove City depot.

Caller: Dana Whitfield  x6160
Callback: 614-555-0160

To view or update this incident, reply to this message or visit the service portal.
Please do not change the subject line.
""")

mk('clean', 'admin',
   'Shauna Pike <spike@harborlightrx.com>',
   'All Harborlight Associates <all-associates@harborlightrx.com>',
   'Open Enrollment closes Friday 3/28 - action required',
   """Hi everyone,

Reminder that Open Enrollment for the 2025-26 plan year closes Friday, March 28 at
11:59 PM ET. If you do nothing, your current medical, dental and vision elections roll
over but your FSA/HSA contribution resets to $0.

What's new this year:
 - Medical PPO deductible goes from $1,500 to $1,750 (individual)
 - Pharmacy benefit stays with Clearpath; associate discount at Harborlight stores
   increases to 25% on OTC and $0 copay on generic maintenance meds
 - Free on-site biometric screening + flu shot at any store, use code ASSOC25

Questions? Benefits Help Line 1-866-555-0153 (M-F 8-6) or reply to this email.
New member ID cards will be mailed the week of April 14.

Shauna Pike, SHRM-CP
Benefits Manager, Total Rewards
Harborlight Pharmacy Corp.
""",
   cte='quoted-printable')

mk('clean', 'admin',
   'Kwame Asante <kasante@harborlightrx.com>',
   'Immunizers - Central Region <immunizers-central@harborlightrx.com>',
   'Community vaccine clinic staffing - April weekends',
   """Hi all,

Here's the staffing plan for the April community clinics. Please swap among
yourselves and just cc me on the change.

Sat 4/5   Westland Senior Center     8a-1p   Kwame Asante, Marisol Quintero, Jon Pruett (tech)
Sat 4/12  St. Anselm Parish Hall     9a-2p   Hana Kobayashi, Dana Whitfield, Alyssa Grant (tech)
Sat 4/19  OSU East Health Fair       10a-4p  Marisol Quintero, Julien Moreau, Jon Pruett (tech)
Sat 4/26  Linden Rec Center          8a-1p   Kwame Asante, Tamika Rowe (tech)

Each site gets 1 cooler, 2 data loggers, 1 anaphylaxis kit (check epi expiry -
several kits expire 4/30), VIS sheets in English/Spanish/Somali/Nepali.

Expected volume ~120 per site based on last fall. Mileage forms to me by the 5th
of May.

Thanks!
Kwame
614-555-0133 (cell)
""")

mk('clean', 'admin',
   'Meridian AR <ar@meridianreflab.com>',
   'Accounts Payable <ap@harborlightrx.com>',
   'Invoice INV-2025-02-1187 - Harborlight Pharmacy Corp (Client 40912)',
   """Dear Accounts Payable,

Please find below the summary for your February client-bill invoice. A PDF copy is
available in the Meridian client portal.

Invoice #:        INV-2025-02-1187
Client #:         40912
Billing period:   02/01/2025 - 02/28/2025
Tests billed:     214 (wellness screening panels, client bill contract 2023-07)
Courier fees:     $1,180.00 (31 pickups)
Supplies:         $412.60
Total due:        $9,836.45
Terms:            Net 45 - due 04/14/2025

Remit ACH to: First Ohio Commerce Bank, ABA 044000555, Acct ****7731
Reference the invoice number on all payments.

Thank you for your business.

Meridian Reference Laboratories - Accounts Receivable
1-800-555-0142 ext 7
""")

mk('clean', 'admin',
   'Facilities Helpdesk <facilities@harborlightrx.com>',
   'Renata Szabo <rszabo@harborlightrx.com>',
   'WO-22871 Walk-in cooler temp alarm - Specialty Pharmacy Kenny Rd',
   """Work order WO-22871 has been created.

Location: Harborlight Specialty Pharmacy, 4400 Kenny Rd - Cold Room B
Issue: TempTrak alarm 03/15 02:14-03:02, high 9.4 C (setpoint 2-8 C)
Reported by: Renata Szabo, 614-555-0127
Vendor dispatched: Arctic Air Refrigeration, tech Dwayne Hollis, ETA 03/15 09:00
Vendor phone: 614-555-0188

Notes: Door gasket on the left door appears torn. Product was moved to Cold Room A
by the overnight pharmacist per SOP QA-114; QA to complete excursion assessment.

Facilities Helpdesk | ext 2200
""")

mk('clean', 'admin',
   'Network Credentialing <credentialing@clearpathrx.net>',
   'Priscilla Ng <png@harborlightrx.com>',
   'Recredentialing packet - Harborlight Specialty Pharmacy NCPDP 3690217',
   """Dear Ms. Ng,

Clearpath's specialty network recredentialing cycle is due. Our records show:

Pharmacy:   Harborlight Specialty Pharmacy
NCPDP ID:   3690217
NPI:        1649221807
DEA:        FH5550321 (exp 05/31/2025)
State lic:  OH Terminal Distributor 02-1184409
URAC:       Specialty Pharmacy, exp 09/30/2025

Please upload the renewed DEA registration, current certificate of insurance
(professional liability $1M/$3M minimum) and the pharmacist-in-charge license by
April 30, 2025. Failure to complete may result in suspension from the specialty
network effective June 1.

Regards,
Leticia Vance
Network Credentialing Specialist
Clearpath Benefit Solutions | 1-877-555-0190 ext 3140

""" + DISC_PBM)

html_a7 = """<html><body>
<h2 style="color:#0b4f8a">Planned Downtime: RxNova Pharmacy System</h2>
<p><b>When:</b> Sunday, March 30, 2:00 AM - 6:00 AM ET<br>
<b>Affected:</b> all retail stores, specialty, compounding, central fill</p>
<ul>
<li>Claims adjudication to Clearpath and other PBMs will be offline</li>
<li>Use the downtime binder and manual claims log (form RX-DT-02)</li>
<li>Do not reverse or rebill claims until 8:00 AM</li>
</ul>
<p>Questions: Leo Brandt, IT Field Services, 614-555-0170 or open a ticket.</p>
</body></html>"""
mk('clean', 'admin',
   'IT Change Management <change@harborlightrx.com>',
   'Store Managers <storemgrs@harborlightrx.com>',
   'CHG0031144 - RxNova upgrade to 24.3 - planned downtime Sun 3/30',
   """Planned Downtime: RxNova Pharmacy System

When: Sunday, March 30, 2:00 AM - 6:00 AM ET
Affected: all retail stores, specialty, compounding, central fill

 - Claims adjudication to Clearpath and other PBMs will be offline
 - Use the downtime binder and manual claims log (form RX-DT-02)
 - Do not reverse or rebill claims until 8:00 AM

Questions: Leo Brandt, IT Field Services, 614-555-0170 or open a ticket.
""",
   html=html_a7)
# ===================================================================== CLEAN: lookalike
mk('clean', 'lookalike',
   'IronWorks Fitness <hello@ironworksfit.com>',
   'Marcus Bell <marcus.bell.cbus@gmail.com>',
   'Your InBody scan results + next session',
   """Hi Marcus!

Great work this month. Here are your body composition results from Thursday's scan:

Member #: IW-0082217
Weight: 84.1 kg (down 2.3)
Body fat: 21.4% (down 1.9)
Skeletal muscle mass: 37.2 kg
Visceral fat level: 9
Resting heart rate (from your band): 61 bpm

Coach Jenna has updated your program - 3x/week strength, 2x zone-2 cardio. Your next
assessment is booked for Thu 4/17 at 6:30 AM.

Recovery tip: protein within 60 minutes after lifting, and don't skip the
mobility work on your left shoulder!

Stay strong,
IronWorks Fitness - Clintonville
(614) 555-0110
""",
   cte='quoted-printable')

mk('clean', 'lookalike',
   'Olentangy Animal Hospital <rx@olentangyvet.com>',
   'Hana Kobayashi <hana.k.home@gmail.com>',
   'Refill approved: Biscuit - Apoquel 16 mg',
   """Hi Hana,

Dr. Feldman approved the refill for Biscuit.

Patient: Biscuit (canine, Golden Retriever, M/N, 9 yrs, 32.4 kg)
Client #: 10477
Medication: Apoquel (oclacitinib) 16 mg, 1 tab by mouth once daily, #30
Refills: 2

Reminder: Biscuit is due for his senior bloodwork (CBC/chem/T4) and heartworm test
before the next refill. His last thyroid level was low-normal so Dr. Feldman wants to
recheck. You can also have the prescription sent to a human pharmacy - many
Harborlight stores fill pet meds!

Olentangy Animal Hospital
614-555-0181
""")

mk('clean', 'lookalike',
   'Buckeye Educators Credit Union <alerts@buckeyeecu.org>',
   'tamika.rowe@outlook.com',
   'Action needed: verify your identity - Member #004418823',
   """Dear Member,

As part of our annual account review we need to confirm your information. Please
log in to Online Banking and verify:

 - Member #: 004418823
 - Date of birth on file
 - Mailing address and phone number
 - Employer (Harborlight Pharmacy Corp)

Your Auto Loan (account ending 4412) payment of $386.19 is scheduled for 04/01/2025.
Your Health Savings share (suffix 70) balance is $1,204.55.

We will NEVER ask for your PIN or full SSN by email. If you did not request this,
call Member Services at 614-555-0100.

Buckeye Educators Credit Union
Federally insured by NCUA
""")

mk('clean', 'lookalike',
   'SkyLakes Airlines <reservations@skylakes-air.com>',
   'Renata Szabo <rszabo@harborlightrx.com>',
   'Your trip confirmation - record locator QJ7XPL',
   """Thank you for flying SkyLakes.

Record locator: QJ7XPL
Passenger: SZABO/RENATA MS
SkyMiles #: SL 7710 4429 18

Flight 1182  CMH -> DEN  Sat 04/12  07:05 - 08:40  Seat 14C  Main Cabin
Flight 1907  DEN -> CMH  Wed 04/16  16:20 - 21:35  Seat 9A   Main Cabin

Special service requests: none
Checked bags: 1 (paid, $35)

Traveling with medications? Keep them in your carry-on in their original
pharmacy-labelled containers. Liquid medications over 3.4 oz are allowed but must be
declared at the checkpoint. Sharps require a doctor's note on some routes.

Manage your trip at skylakes-air.com/manage
""")

mk('clean', 'lookalike',
   'Keystone Mutual Auto Claims <claims@keystonemutual.com>',
   'Owen Tarrant <owen.tarrant@gmail.com>',
   'Claim 0441-AU-2025-77120 - estimate approved',
   """Mr. Tarrant,

Your claim has been reviewed.

Claim #: 0441-AU-2025-77120
Policy #: KMA-3308814-02
Date of loss: 03/02/2025
Vehicle: 2019 Subaru Outback, VIN 4S4BSANC5K3300219
Coverage: Collision, $500 deductible

Approved estimate from Northside Collision: $3,912.40 (rear bumper cover, liftgate,
tail lamp assembly). Payment less deductible of $3,412.40 will be issued directly to
the shop. No bodily injury was reported by either party, so the injury portion of
this claim is closed.

Rental reimbursement: up to $40/day for 10 days.

Adjuster: Kelsey Moran, 1-800-555-0166 ext 2281
""")

mk('clean', 'lookalike',
   'Greenlimb Tree Surgeons <office@greenlimbtree.com>',
   'Priscilla Ng <priscilla.ng@icloud.com>',
   'Assessment + treatment plan for your red oak',
   """Hi Priscilla,

Thanks for having us out Tuesday. Summary of what our arborist (Matt Kessler, ISA
Certified OH-6417A) found on the big red oak in the back:

Diagnosis: early-stage bacterial leaf scorch plus a girdling root on the north side.
Crown is about 20% dieback, mostly upper canopy. No sign of oak wilt (we took a
sample and sent it to the OSU plant diagnostic lab to be sure - results in ~2 weeks).

Treatment plan:
 1. Root collar excavation + girdling root removal - $650
 2. Deadwood pruning, upper crown - $1,100
 3. Soil injection, slow-release fertilizer, spring + fall - $280/visit
 4. Re-inspect in September

Quote #GL-2025-0318, valid 30 days. Reply to book - we have openings week of 4/7.

Greenlimb Tree Surgeons
614-555-0157
""")

mk('clean', 'lookalike',
   'Nikhil Rao <nrao@harborlightrx.com>',
   'Platform Engineering <platform@harborlightrx.com>',
   'postmortem: refill-notifier patient process OOM kills',
   """Team,

Short postmortem for last night's alert storm (SEV3).

Summary: the "patient" supervisor process in refill-notifier (the one that restarts
worker children instead of failing fast - yes, we should rename it) kept getting
OOM-killed on prod-notify-03 between 01:10 and 02:45. Each restart re-read the full
retry queue into memory, which made it worse.

Symptoms: heartbeat check failed 41 times, triage bot paged on-call 12 times,
zero outbound texts/emails sent during the window (queue drained by 03:30, no data loss).

Root cause: retry queue grew to 2.1M entries after the SMS vendor's 429s on Tuesday.
Fix: page through the queue (PR #2217), memory limit raised 1.5G -> 3G, alert
dedupe window 15m.

Follow-ups: JIRA NOTIFY-884, NOTIFY-885. Blameless review Thursday 2pm.

Nikhil
""")
# ===================================================================== CLEAN: news
mk('clean', 'news',
   'Harborlight Quality & Safety <qualitysafety@harborlightrx.com>',
   'All Pharmacists <pharmacists@harborlightrx.com>',
   'URGENT: Class II recall - metformin ER 500 mg (Tallis Generics) - pull from shelves',
   """DRUG RECALL NOTICE - ACTION REQUIRED BY END OF DAY 03/14/2025

Product:      Metformin HCl Extended-Release Tablets USP, 500 mg, 100-count and 500-count
Manufacturer: Tallis Generics LLC
NDCs:         71930-0442-01, 71930-0442-05
Lots:         TG24A118, TG24A119, TG24A131 (exp 08/2026)
Reason:       NDMA above acceptable daily intake limit
Recall level: Pharmacy / retail level (not patient level)

Actions:
 1. Quarantine all stock from listed lots; scan into RxNova recall module.
 2. Return via Inmar, return authorization RA-TG-250314.
 3. Patients should NOT stop taking metformin - counsel anyone who asks to continue
    and we will substitute a different manufacturer at next fill.

Central fill has already removed affected lots. Questions: Quality & Safety, ext 2300.
""",
   cte='quoted-printable')

mk('clean', 'news',
   'Franklin County Public Health <alerts@fcph-oh.gov>',
   'Community Partners <partners-list@fcph-oh.gov>',
   'Health Alert: measles cases confirmed in Franklin County',
   """FRANKLIN COUNTY PUBLIC HEALTH - HEALTH ADVISORY
March 19, 2025

Summary: Three confirmed measles cases have been identified in Franklin County since
March 10, all in unvaccinated children under 5 linked to a single household. Possible
public exposure locations and times are posted at fcph-oh.gov/measles.

Recommendations for healthcare and pharmacy partners:
 - Verify MMR status of all staff and patients; two documented doses = presumptive
   immunity.
 - Pharmacies with MMR stock: offer catch-up doses to eligible adults and children
   (per state protocol, age 7+ for pharmacist administration).
 - Suspect measles (fever + rash + cough/coryza/conjunctivitis): mask, isolate and
   report immediately to 614-555-0112 (24/7).

Vaccination clinics: free MMR clinics Saturdays 9-12 at the Morse Rd and
Southside health centers through April.

This advisory contains no patient-identifying information. Please share widely.
""")

html_n3 = """<html><body style="font-family:Georgia,serif">
<h1>Harborlight Pulse</h1><p><i>March 2025 associate newsletter</i></p>
<h3>Flu season wrap-up</h3>
<p>Our stores and community clinics gave <b>48,212</b> flu shots this season, up 11% on last year.
Store #204 (Parsons Ave) led the region with 2,904.</p>
<h3>Associate spotlight: Marisol Quintero, PharmD</h3>
<p>Marisol ran 14 off-site clinics this winter, including the first Spanish-language
clinic at St. Anselm's. &ldquo;People came because they could ask questions in their own language,&rdquo; she says.</p>
<h3>Specialty pharmacy earns URAC reaccreditation</h3>
<p>Congratulations to the Kenny Rd team - zero findings.</p>
<h3>Coming up</h3>
<ul><li>Apr 7: Heart health month screenings wrap</li><li>Apr 22: Drug Take Back Day at all stores</li></ul>
</body></html>"""
mk('clean', 'news',
   'Harborlight Communications <comms@harborlightrx.com>',
   'All Harborlight Associates <all-associates@harborlightrx.com>',
   'Harborlight Pulse - March 2025',
   """HARBORLIGHT PULSE - March 2025 associate newsletter

FLU SEASON WRAP-UP
Our stores and community clinics gave 48,212 flu shots this season, up 11% on last
year. Store #204 (Parsons Ave) led the region with 2,904.

ASSOCIATE SPOTLIGHT: Marisol Quintero, PharmD
Marisol ran 14 off-site clinics this winter, including the first Spanish-language
clinic at St. Anselm's. "People came because they could ask questions in their own
language," she says.

SPECIALTY PHARMACY EARNS URAC REACCREDITATION
Congratulations to the Kenny Rd team - zero findings.

COMING UP
 - Apr 7: Heart health month screenings wrap
 - Apr 22: Drug Take Back Day at all stores
""",
   html=html_n3)

mk('clean', 'news',
   'Clearpath Formulary Updates <formulary@clearpathrx.net>',
   'Network Pharmacies <network-pharmacies@clearpathrx.net>',
   'Q2 2025 Formulary Changes - Commercial & Exchange',
   """Clearpath Benefit Solutions - Network Pharmacy Bulletin 2025-07
Effective April 1, 2025

PREFERRED STATUS CHANGES
 - GLP-1 agonists for type 2 diabetes: Ozempic and Mounjaro remain preferred; Trulicity
   moves to non-preferred (Tier 3). PA required for all GLP-1s with step through
   metformin unless contraindicated.
 - Weight-management GLP-1s (Wegovy, Zepbound): excluded on most commercial plans;
   covered only where employer elected the obesity rider.
 - Adalimumab: biosimilars (adalimumab-adaz, adalimumab-aaty) preferred; Humira
   removed from formulary. Existing Humira patients have a 90-day transition.

QUANTITY LIMITS
 - Sumatriptan 100 mg: 9 tabs/30 days
 - Ondansetron ODT 8 mg: 30 tabs/30 days

PAYER SHEET
 - BIN 610877, PCN CPXCOMM / CPXEXCH unchanged. New reject code messaging for
   biosimilar interchange (NCPDP 608 -> message "BIOSIM PREFERRED").

Full formulary: clearpathrx.net/formulary  |  Pharmacy help desk 1-877-555-0190
""")

mk('clean', 'news',
   'Meridian Client Communications <communications@meridianreflab.com>',
   'Meridian Clients <clients@meridianreflab.com>',
   'Test Update Bulletin TU-2025-04: new reference ranges and specimen requirements',
   """MERIDIAN REFERENCE LABORATORIES - TEST UPDATE BULLETIN TU-2025-04
Effective 04/07/2025

1. Vitamin D, 25-Hydroxy (test code 17306)
   New method: LC-MS/MS. Reference range unchanged (30-100 ng/mL). TAT 2-3 days.

2. Lipid Panel (test code 7600)
   Fasting no longer required. Non-HDL cholesterol will be calculated and reported.

3. Hemoglobin A1c (test code 496)
   Now accepts capillary collection (MiniCollect lavender, 250 uL minimum) - useful for
   retail health screening sites.

4. Chlamydia/Gonorrhea NAAT (test codes 11363, 11364)
   Self-collected vaginal swabs accepted with the Aptima multitest kit.

5. DISCONTINUED: Lyme Western Blot reflex (code 6511) - order 6515 (two-tier EIA).

Questions: Client Services 1-800-555-0142 option 3.
""")

mk('clean', 'news',
   'Pharmacy Practice Digest <digest@rxpracticedigest.com>',
   'kasante@harborlightrx.com',
   'This week: RSV vaccine expansion, pharmacist prescribing, shortage list',
   """PHARMACY PRACTICE DIGEST - Week of March 17, 2025

RSV VACCINES: ACIP UPDATE
ACIP voted to recommend a single RSV vaccine dose for adults 50-59 at increased risk,
extending the existing recommendation for all adults 75+ and adults 60-74 at
increased risk. About 1 in 4 adults 50-59 has a qualifying condition (chronic heart
or lung disease, diabetes with end-organ damage, severe obesity, etc.).

SHORTAGES
Amoxicillin oral suspension 400 mg/5 mL - resolved. Methylphenidate ER - ongoing.
Lidocaine 1% vials - limited.

STATE SCOPE
Ohio HB 211 would allow pharmacists to prescribe for uncomplicated UTIs and strep
after a point-of-care test. Committee hearing scheduled April 8.

BY THE NUMBERS
 - 36% of adults 65+ received an RSV vaccine through March 1
 - Pharmacies gave 41% of adult flu vaccines this season

Unsubscribe | Manage preferences
""")
# ===================================================================== CLEAN: staff
mk('clean', 'staff',
   'Hana Kobayashi <hkobayashi@harborlightrx.com>',
   'Julien Moreau <jmoreau@harborlightrx.com>',
   'quick warfarin + bactrim question',
   """Julien - general question, no rush. Say a man in his 60s, stable on warfarin for
years, INR 2-3, and urgent care starts him on Bactrim DS for a UTI. What do you
usually do in the clinic - empiric dose reduction (10-20%?) or just hold one dose and
recheck in 3-4 days? I've seen both and the references aren't super clear. Want to
make a little cheat sheet for the retail folks.

Hana
""")

mk('clean', 'staff',
   'Renata Szabo <rszabo@harborlightrx.com>',
   'Specialty Pharmacy Staff <specialty-staff@harborlightrx.com>',
   'Summer cold-chain packing - reminder of SOP SP-CC-07',
   """Hi everyone,

Forecast shows 90s starting next week, so switching to the summer pack-out
configuration on Monday. Reminders:

 - Summer config = 6 frozen gel packs + 2 refrigerated, conditioned 24 h min
 - Max transit 48 h; NO Friday shipping of refrigerated product to rural ZIPs
   (see list on the wall) unless Saturday delivery is confirmed
 - Every refrigerated shipment gets a TempTale; if patients report a triggered
   alarm, do not tell them to use the product - call the manufacturer stability line
   and document
 - Biologics returned to us can never be re-dispensed, even if unopened

Thanks for all the work on the audit last week.

Renata Szabo, PharmD, CSP
Clinical Manager, Harborlight Specialty Pharmacy
""")

mk('clean', 'staff',
   'Priscilla Ng <png@harborlightrx.com>',
   'District 3 Pharmacy Managers <d3-mgrs@harborlightrx.com>',
   'RE: pharmacist coverage gaps April',
   """All,

Thanks for sending gaps. Where we landed:

 - #118 Tue 4/8 and 4/15 evenings: floater Chris Oduya covering
 - #131 Sat 4/12: Hana picking up, so no clinic that day at 131
 - #204 still uncovered 4/21-4/25 (vacation). If no volunteer by Friday we'll go to
   reduced hours 10-6 that week and post signage.

Tech hours: we are NOT over budget yet for Q1, so keep the extra tech on for the
vaccine rush, but please end it by 4/30.

Reminder that pharmacists can't take a lunch closure during a scheduled clinic.

Priscilla Ng, PharmD, MBA
Director, Pharmacy Operations - District 3

> -----Original Message-----
> From: Dana Whitfield
> Sent: Monday, March 17, 2025 8:02 AM
> Subject: pharmacist coverage gaps April
>
> 118 needs help Tue evenings in April, Jacqui is out on leave.
""")

mk('clean', 'staff',
   'Owen Tarrant <otarrant@harborlightrx.com>',
   'Compounding Techs <compounding-techs@harborlightrx.com>',
   'BUDs for nonsterile preps under the revised 795',
   """Team, since I keep getting asked at the bench:

Under revised USP <795> (no stability study on file), default BUDs are:
 - Aqueous oral (aw >= 0.6), preserved:      35 days refrigerated
 - Aqueous oral, non-preserved:              14 days refrigerated
 - Nonaqueous (e.g. capsules, ointments):    90 days room temp
 - Aqueous topical/dermal, preserved:        35 days room temp

If the MFR cites a stability study, use that BUD - but only with the exact formula
and container in the study. Our magic mouthwash and the omeprazole suspension both
have study-supported BUDs in the binder.

Any questions grab me before Friday's inspection.
Owen
""")

mk('clean', 'staff',
   'Marcus Bell <mbell@harborlightrx.com>',
   'PA Team <pa-team@harborlightrx.com>',
   'tips: GLP-1 PAs that actually get approved',
   """Hey PA team, patterns from the last 200 Clearpath GLP-1 requests:

1. Always state the A1c value AND the date. "A1c elevated" = auto pend.
2. Metformin trial: give dates + dose + why stopped (GI intolerance is fine if
   documented). If contraindicated (eGFR < 30), say so with the value.
3. Weight-loss-only indication on a commercial plan = denied unless the employer has
   the obesity rider. Check the benefit before submitting, saves everyone a week.
4. Renewals: include "current A1c showing response" - they want improvement from
   baseline.
5. Don't attach the whole chart. 2-3 pages of relevant notes.

Approval rate went from 61% to 78% once we did this consistently.

Marcus
""")

mk('clean', 'staff',
   'Kwame Asante <kasante@harborlightrx.com>',
   'All Immunizing Pharmacists <immunizers@harborlightrx.com>',
   'Updated standing orders + anaphylaxis protocol (v2025.2)',
   """Colleagues,

Signed standing orders v2025.2 from Dr. Okafor-Reid (our supervising physician) are
now posted in the Immunization SharePoint. Key changes:

 - RSV: adults 50-59 at increased risk added (screening questions updated)
 - Pneumococcal: PCV20 or PCV21 preferred; PPSV23 alone no longer offered
 - Anaphylaxis: epinephrine 0.01 mg/kg IM (max 0.5 mg adult), repeat q5-15 min;
   call 911 for ANY epinephrine use; observe everyone 15 min, 30 min if hx of
   anaphylaxis to any vaccine
 - Syncope: give vaccines seated; anyone with prior vasovagal gets it lying down

Please sign the attestation in the LMS by March 31.

Kwame Asante, PharmD, BCACP
Immunization Program Lead
""")

mk('clean', 'staff',
   'Tamika Rowe <trowe@harborlightrx.com>',
   'Renata Szabo <rszabo@harborlightrx.com>',
   'how do we handle callers asking about "someone else\'s" meds?',
   """Renata,

General question for our workflow doc - we keep getting calls from adult kids asking
about a parent's specialty meds and we're not sure where the line is. Like, a woman
in her 30s called yesterday asking whether her dad's chemo could be delivered to her
house instead. No POA on file.

What's the rule of thumb - verify patient verbally on speaker? Require the form?
Is delivery address different from "disclosing info"? Want to put the answer in the
new-hire binder so we're consistent.

Thanks
Tamika

> On Mar 17, 2025, at 9:41 AM, Renata Szabo <rszabo@harborlightrx.com> wrote:
> Good idea - draft something and I'll review with compliance.
""")
# ===================================================================== CLEAN: training
mk('clean', 'training',
   'Harborlight Learning <lms@harborlightrx.com>',
   'New Hires - March Cohort <newhires-2025-03@harborlightrx.com>',
   'Assigned: HIPAA Privacy & Security for Pharmacy Staff (due 3/31)',
   """You have been assigned: HIPAA Privacy & Security for Pharmacy Staff (45 min)

Sample scenario from Module 3 (for discussion at your store huddle):

   A caller says she is the daughter of John Doe (DOB 01/01/1950) and asks what
   medications he picked up last week. The profile shows no authorized
   representative. What should the technician do?

   a) Read her the list - she knew his DOB
   b) Confirm the pickup but not the drug names
   c) Politely decline and offer to have the patient call or complete form HL-PRV-3
   d) Transfer to the pharmacist to decide

(Answer: c. John Doe is a fictitious example patient.)

Complete the course at learn.harborlightrx.com by March 31.
""")

mk('clean', 'training',
   'Sam Whitacre <swhitacre@rxbridgehealth.io>',
   'Nikhil Rao <nrao@harborlightrx.com>',
   'RxBridge FHIR sandbox creds + sample patient',
   """Hi Nikhil,

Sandbox is live. Please only use the synthetic patients in there - they're
regenerated nightly.

Base URL: https://sandbox.rxbridgehealth.io/fhir/R4
Client ID: hlrx-sandbox-01  (secret sent via 1Password share)

Good one to start with for the MedicationRequest flow:

{
  "resourceType": "Patient",
  "id": "synthetic-0001",
  "meta": {"tag": [{"system": "urn:rxbridge:tags", "code": "TEST-DATA"}]},
  "name": [{"family": "ZZTEST", "given": ["SANDBOX", "ALPHA"]}],
  "birthDate": "1900-01-01",
  "gender": "unknown",
  "address": [{"line": ["123 Test St"], "city": "Anytown", "state": "ZZ", "postalCode": "00000"}]
}

It has 3 active MedicationRequests (atorvastatin, lisinopril, metformin) so you can
exercise the refill-request endpoint.

Sam Whitacre
Solutions Engineer, RxBridge Health
""")

mk('clean', 'training',
   'Raj Venkataraman <rvenkataraman@meridianreflab.com>',
   'Harborlight IS Interfaces <interfaces@harborlightrx.com>',
   'Interface validation - test messages for cutover (TEST patients only)',
   r"""Hi all,

For Thursday's interface validation, please send these orders from the TEST
environment only. Expected results are listed so you can verify mapping.

MSH|^~\&|HLRX_POS|STORE999|MERIDIAN|MRL|20250319090000||ORM^O01|TEST0001|T|2.3
PID|1||999999001^^^HLRX^MR||ZZTEST^HARBORLIGHT^ONE||19000101|U|||1 TEST WAY^^TESTVILLE^OH^00000
ORC|NW|TESTORD001||||||||||9999999999^TESTDOC^TEST
OBR|1|TESTORD001||80061^LIPID PANEL^CPT

Expected ORU: OBX for 2093-3 (chol), 2571-8 (trig), 2085-9 (HDL), 13457-7 (LDL calc)
with values 199/149/40/129 - these are canned values from our test analyzer, not real.

Processing ID must be "T". Anything arriving with "P" will be rejected in TEST.

Raj Venkataraman
Interface Analyst, Meridian Reference Laboratories
""")

mk('clean', 'training',
   'Marcus Bell <mbell@harborlightrx.com>',
   'PA Team <pa-team@harborlightrx.com>',
   'Walkthrough: submitting a PA in CoverPortal (screenshots described)',
   """Hi new folks - step by step for CoverPortal since the screenshots didn't come through
in the last email. Use the training environment (train.coverportal.com), never prod.

Step 1. Search patient -> type "Sample, Jane" (DOB 01/01/1900, member ID TRAIN000001).
        This is the built-in demo member.
Step 2. New Request -> drug "Humira 40 mg pen" -> prescriber "Dr. Demo Provider".
Step 3. Answer the clinical questions. For the demo, answer "Yes" to prior TNF trial.
Step 4. Attach the sample chart note (PA_training_sample_note.pdf in the team drive).
Step 5. Submit. The training system auto-approves in about 2 minutes.

Don't type any real patient into train - it is not a secure environment.

Marcus
""")

mk('clean', 'training',
   'Owen Tarrant <otarrant@harborlightrx.com>',
   'Pharmacy Residents <residents@harborlightrx.com>',
   'Compounding calc worksheet #4 (practice)',
   """Residents - practice set for Thursday. Sample patient only.

PATIENT: SAMPLE, PEDS (fictitious)   Weight: 12 kg
Order: Spironolactone 1 mg/kg/dose PO BID, dispense 30 days
Available: spironolactone 25 mg tablets; Ora-Blend vehicle

 1. What is the single dose in mg?
 2. If you make a 5 mg/mL suspension, what volume per dose?
 3. Total volume for 30 days (+ 10% overage)?
 4. How many 25 mg tablets?
 5. What BUD do you assign (cite the reference)?

Answers: 12 mg; 2.4 mL; 158.4 mL -> make 160 mL; 32 tablets; per stability study in
binder (90 days refrigerated), otherwise USP <795> default.

Owen
""")

mk('clean', 'training',
   'VaxTrack Pro Demo Team <demo@vaxtrackpro.com>',
   'Kwame Asante <kasante@harborlightrx.com>',
   'Your VaxTrack Pro demo recording + sample records',
   """Hi Kwame,

Thanks for joining the demo Tuesday. Recording link: vaxtrackpro.com/demo/rec/HL-0318

As promised, here are the demo records we walked through - all fictional and tagged
DEMO in the system:

  DEMO-PT-01  Test Patient Zzz       DOB 01/01/1980  Flu (IIV4) + COVID-19 co-admin
  DEMO-PT-02  Testperson, Pediatric  DOB 06/15/2018  MMR #2, VFC eligible
  DEMO-PT-03  Sample, Senior         DOB 03/03/1945  Shingrix #1, RSV

The registry submission you saw (VXU) went to the state's test endpoint, not prod.

Pricing proposal for 140 stores attached separately. Happy to do a follow-up with your
IT team.

Best,
Alexis Romero
Account Executive, VaxTrack Pro
""")

# ===================================================================== labels
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for r in ROWS:
        w.writerow(r)

if __name__ == '__main__':
    counts = {}
    for _, lab, kind, _p in ROWS:
        counts[(lab, kind)] = counts.get((lab, kind), 0) + 1
    for k in sorted(counts):
        print('%s-%s: %d' % (k[0], k[1], counts[k]))
    print('total', len(ROWS))
