#!/usr/bin/env python3
"""Blind evaluation mail set: correctional health service (SEED 5701).

All people, numbers, facilities and organisations are invented.
Run: python3 gen.py OUTDIR
"""
import csv
import email.policy
import io
import os
import random
import sys
import zipfile
from email.message import EmailMessage

SEED = 5701
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

MSGS = []


def add(label, kind, frm, to, subject, date, body, patient='', cc=None,
        html=None, atts=(), cte=None, headers=None):
    MSGS.append(dict(label=label, kind=kind, frm=frm, to=to, subject=subject,
                     date=date, body=body.lstrip('\n'), patient=patient, cc=cc,
                     html=html, atts=list(atts), cte=cte, headers=headers or {}))


def zip_bytes(files, when=(2025, 3, 3, 6, 40, 0)):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def csv_text(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return s.getvalue()


def xlsx_bytes(rows, sheet='Sheet1'):
    def esc(v):
        return (str(v).replace('&', '&amp;').replace('<', '&lt;')
                .replace('>', '&gt;'))

    def col(n):
        s = ''
        n += 1
        while n:
            n, r = divmod(n - 1, 26)
            s = chr(65 + r) + s
        return s
    xml_rows = []
    for i, r in enumerate(rows, 1):
        cells = ''.join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>'
                        % (col(j), i, esc(v)) for j, v in enumerate(r))
        xml_rows.append('<row r="%d">%s</row>' % (i, cells))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % ''.join(xml_rows))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % esc(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return zip_bytes([('[Content_Types].xml', ct), ('_rels/.rels', rels),
                      ('xl/workbook.xml', wb), ('xl/_rels/workbook.xml.rels', wbrels),
                      ('xl/worksheets/sheet1.xml', sheet_xml)])


def fake_pdf(title):
    t = title.replace('(', '').replace(')', '')
    return ('%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n'
            '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n'
            '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R>>endobj\n'
            '4 0 obj<</Length 44>>stream\nBT /F1 12 Tf 72 720 Td (%s) Tj ET\nendstream endobj\n'
            'trailer<</Root 1 0 R>>\n%%%%EOF\n' % t).encode('latin-1')


MCH_DISC = """
--
CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for
the sole use of the intended recipient(s) and may contain confidential and
privileged information, including information protected under 42 CFR Part 2.
Any unauthorized review, use, disclosure or distribution is prohibited. If you
are not the intended recipient, please contact the sender by reply e-mail and
destroy all copies of the original message. Meridian Correctional Health, LLC."""

COUNTY_DISC = """
________________________________
This message was sent from the Tillery County Sheriff's Office. Under state law,
e-mail sent to or from county accounts may be a public record subject to
disclosure. Do not include confidential information unless authorized."""

# =====================================================================
# PHI -- care
# =====================================================================

add('phi', 'care',
    '"Brandt, Oksana RN" <obrandt@meridiancorrhealth.com>',
    'TCDC Medical Leads <tcdc-medical-leads@meridiancorrhealth.com>',
    'ED return - Dorsey 25-004417',
    'Tue, 04 Mar 2025 05:12:40 -0600',
    """
Heads up for days -

Terrance Dorsey (booking 25-004417, D-pod 212) came back from St. Adalbert ED at
0340. He went out last evening for chest pain after rec. Per the d/c paperwork:
EKG no acute changes, troponin neg x2, CXR clear. They want an outpatient stress
test within 2 weeks and started him on atorvastatin 40 and aspirin 81 daily. I
put both on the MAR and flagged them for provider review.

He needs to be seen at sick call today for f/u, and somebody has to put in the
outside appointment request for the stress test so transport can schedule the
escort. Paperwork is in the scan queue.

Oksana Brandt, RN
Night Charge Nurse | Tillery County Detention Center
Meridian Correctional Health
(555) 014-2290 ext 318
""" + MCH_DISC, patient='Dorsey')

add('phi', 'care',
    'Rosalind Achebe <rachebe@riverbenddialysis.com>',
    '"Janelle Whitaker, RN" <jwhitaker@meridiancorrhealth.com>',
    'run note 3/4 - Okafor',
    'Tue, 04 Mar 2025 13:47:02 -0600',
    """
Hi Janelle,

Mr. Okafor ran 3h15m today (cut 15 min short, the escort officers had to leave
for shift change). Pulled 2.8 L, post weight 81.4 kg. BP dropped to 88/50 in the
last hour, we gave a 200 mL NS bolus and he came back up fine.

Pre-run potassium was 5.9 again so please make sure the kitchen is actually
sending the renal tray -- he says he's been getting the regular tray with
oranges and potatoes most days.

Left arm fistula looks good, strong thrill, no signs of infection.

Next run Thursday, chair 6, he needs to be here by 0600. Monthly labs and hep B
surface antibody are due Thursday too so no need to draw at your end.

Thanks!
Rosalind

Rosalind Achebe, RN, CNN
Charge Nurse | RiverBend Dialysis - Eastgate Unit
T 555-016-4471  F 555-016-4479
""", patient='Okafor')

add('phi', 'care',
    'mkeene@meridiancorrhealth.com',
    'tcdc-nursing-days@meridiancorrhealth.com',
    'detox watch overnight',
    'Wed, 05 Mar 2025 06:31:15 -0600',
    """
lacey pruitt (A14) - CIWA 18 at 0200, 21 at 0400. shaky, sweating, HR 118.
gave librium 50 at 0215 and again 0415 per protocol. vomited x1 around 0500,
kept fluids down after zofran 4 ODT. she is NOT on a bottom bunk yet, custody
said theyd move her after count, pls check.

next CIWA due 0800.

also she told me she uses fentanyl "sometimes" so pls start COWS too. didnt
score on it overnight but i'd watch her.

-mk
""", patient='Pruitt')

add('phi', 'care',
    '"Anika Roos-Tennant, MD" <aroostennant@telemindpsych.com>',
    '"Harmon, Beverly LCSW" <bharmon@meridiancorrhealth.com>',
    'Telepsych f/u today - R. Kessler',
    'Thu, 06 Mar 2025 15:20:44 -0500',
    """
Beverly,

Saw Raymond Kessler (ASCF, DOC 1093382) by video this afternoon. He reports sleep
is better but he's still ruminating about the parole hearing. Denies SI/HI today,
no self-harm since the January incident.

Plan:
 - increase sertraline 50 -> 100 mg q AM
 - d/c hydroxyzine (custody report says he's been cheeking/trading it; I did
   not confront him about it)
 - continue mirtazapine 15 mg qHS
 - ok with step-down from close observation to standard MH caseload if your
   team agrees after your own assessment
 - f/u 4 weeks, sooner prn

Could nursing get a weight and a BMP before the next visit?

Thanks,
Anika

Anika Roos-Tennant, MD
Staff Psychiatrist | TeleMind Psychiatric Services
Sent from my iPad
""", patient='Kessler')

add('phi', 'care',
    '"Esposito, Latasha LPN" <lesposito@meridiancorrhealth.com>',
    '"Holloway, Craig (Sgt)" <cholloway@tillerycountysheriff.org>',
    'RE: Whitfield 2B refusing insulin',
    'Thu, 06 Mar 2025 10:05:09 -0600',
    """
Sgt Holloway,

Thanks for the heads up. I went up to 2B and talked to him. He's not really
refusing -- he says pill line comes before breakfast trays and he's been going
low. His fingerstick was 62 on Tuesday morning. I talked to the NP and his NPH
is moved to after chow starting tomorrow.

Can your officers let him come down at 0730 instead of the 0600 line? I'll put
it on the special needs list too.

Tasha

Latasha Esposito, LPN
Medication Nurse, TCDC

-----Original Message-----
From: Holloway, Craig (Sgt) <cholloway@tillerycountysheriff.org>
Sent: Wednesday, March 5, 2025 9:48 PM
To: TCDC Medical <tcdc-medical@meridiancorrhealth.com>
Subject: Whitfield 2B refusing insulin

inmate whitfield in 2B has refused his insulin at pill line 3x this week. can
medical come talk to him, I dont want this coming back on my officers if he
goes down.

Sgt. C. Holloway #4471
Tillery County Sheriff's Office - Detention Division
""" + COUNTY_DISC, patient='Whitfield')

add('phi', 'care',
    '"Records, TCDC Medical" <tcdc-records@meridiancorrhealth.com>',
    '"Nadia Ferreira-Hull, Esq." <nferreirahull@tillerypd.org>',
    'RE: client Marisol Quintanilla-Reyes - records request / welfare concern',
    'Mon, 10 Mar 2025 11:22:37 -0500',
    """
Ms. Ferreira-Hull,

We received the signed authorization, thank you. Records from 2/1 forward,
including the outside hospital trip on 2/11, will be sent to you within 10
business days.

On the welfare concern: I forwarded your note to our Health Services
Administrator. Ms. Quintanilla-Reyes has been placed on the provider line for
tomorrow and an order for a follow-up pelvic ultrasound and CBC is pending.

Regards,
Denise Kowalski
Medical Records Supervisor
Meridian Correctional Health - Tillery County Detention Center
Fax 555-014-2299

-----Original Message-----
From: Nadia Ferreira-Hull, Esq. <nferreirahull@tillerypd.org>
Sent: Friday, March 7, 2025 4:51 PM
To: Records, TCDC Medical <tcdc-records@meridiancorrhealth.com>
Subject: client Marisol Quintanilla-Reyes - records request / welfare concern

Good afternoon,

I met with my client Marisol Quintanilla-Reyes yesterday at the jail. She
reports she miscarried on or about February 11 while in custody, was taken to
St. Adalbert, and has had no follow-up since she came back -- no ultrasound, no
bloodwork. She says she is still bleeding on and off.

Her signed HIPAA authorization is attached. Please (1) confirm she is being
seen, and (2) send me the records of the hospital trip and all jail medical
encounters since 2/1/2025.

Nadia Ferreira-Hull
Assistant Public Defender
Tillery County Public Defender's Office
""" + MCH_DISC,
    atts=[(fake_pdf('Authorization for Release - Quintanilla-Reyes'), 'application', 'pdf',
           'QuintanillaReyes_HIPAA_auth.pdf')],
    patient='Quintanilla-Reyes')

_care7_txt = """
Sgt. Baptiste,

Outside appointment for next week, please assign escort:

  Patient:   Hollis, Gerald   DOC# 1187345   (Ashgrove SCF, Unit 3-C)
  Appt:      Colonoscopy - Mercy Valley GI Center, 2200 Lantern Way, Suite 110
  Date/time: Tue 3/18/2025, arrive 0700 for 0730 procedure
  Prep:      clear liquids starting noon 3/17, bowel prep at 1600 and 2200,
             NPO after midnight. Nursing will do the prep in the infirmary.
  Mobility:  needs wheelchair at the GI center, uses a walker
  Notes:     sedation - he can't walk out on his own; plan on 3-4 hrs

Please don't tell the patient the date/time per security policy; we'll let him
know the night before when the prep starts.

Thanks,
Carmen Ybarra
Outside Scheduling Coordinator, ASCF Health Services
"""
_care7_html = """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Sgt. Baptiste,</p>
<p>Outside appointment for next week, please assign escort:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td><b>Patient</b></td><td>Hollis, Gerald &nbsp; DOC# 1187345 &nbsp; (Ashgrove SCF, Unit 3-C)</td></tr>
<tr><td><b>Appt</b></td><td>Colonoscopy - Mercy Valley GI Center, 2200 Lantern Way, Suite 110</td></tr>
<tr><td><b>Date/time</b></td><td>Tue 3/18/2025, arrive 0700 for 0730 procedure</td></tr>
<tr><td><b>Prep</b></td><td>clear liquids starting noon 3/17, bowel prep at 1600 and 2200, NPO after midnight. Nursing will do the prep in the infirmary.</td></tr>
<tr><td><b>Mobility</b></td><td>needs wheelchair at the GI center, uses a walker</td></tr>
<tr><td><b>Notes</b></td><td>sedation - he can't walk out on his own; plan on 3-4 hrs</td></tr>
</table>
<p>Please don't tell the patient the date/time per security policy; we'll let him know the night before when the prep starts.</p>
<p>Thanks,<br>Carmen Ybarra<br><i>Outside Scheduling Coordinator, ASCF Health Services</i></p>
</body></html>"""
add('phi', 'care',
    '"Ybarra, Carmen" <cybarra@meridiancorrhealth.com>',
    '"Baptiste, Rene (Sgt)" <rene.baptiste@doc.northmarch.gov>',
    'Outside trip 3/18 - escort needed',
    'Tue, 11 Mar 2025 08:14:55 -0500',
    _care7_txt, html=_care7_html,
    cc='ASCF Transport <ascf.transport@doc.northmarch.gov>',
    patient='Hollis')

add('phi', 'care',
    'CorrectRx Clinical Pharmacy <clinical@correctrxpharmacy.com>',
    'phci-hsa@meridiancorrhealth.com',
    'NFR #77120 - APPROVED with pharmacist comment',
    'Wed, 12 Mar 2025 09:02:18 -0500',
    """
Non-Formulary Request Determination
-----------------------------------
Request #:     77120
Facility:      Pine Hollow Correctional Institution (PHCI)
Patient:       ALDANA, BENJAMIN     DOC 1204456
Prescriber:    M. Sato, NP
Requested:     apixaban 5 mg tab, 1 PO BID
Determination: APPROVED x 90 days

Pharmacist comment:
Patient profile also shows carbamazepine 400 mg BID (active). Carbamazepine is a
strong CYP3A4/P-gp inducer and can substantially reduce apixaban exposure.
Recommend prescriber either confirm carbamazepine is still indicated (psych
note from 1/2025 suggests it was for mood, not seizures) or consider an
alternative anticoagulant. Please document the decision in the chart.

First fill will ship with tonight's PHCI tote.

CorrectRx Clinical Services | 1-800-555-0177 opt 3
This communication is intended only for the addressee and may contain
privileged health information.
""", cte='quoted-printable', patient='Aldana')

# =====================================================================
# PHI -- names
# =====================================================================

add('phi', 'names',
    '"Harmon, Beverly LCSW" <bharmon@meridiancorrhealth.com>',
    '"UM Review" <um-review@meridiancorrhealth.com>',
    'Nguyễn Văn Thành - derm consult still pending??',
    'Mon, 03 Mar 2025 14:40:11 -0500',
    """
he was back at sick call this morning, the rash is spreading up both arms now and
he's scratching it raw. can you check if UM ever approved the derm referral? it's
been 3 weeks since it went in. I'm getting kites from him every day.

-Bev
""", patient='Nguyễn Văn Thành')

add('phi', 'names',
    '"Lindqvist, Erik MD" <elindqvist@meridiancorrhealth.com>',
    'tcdc-infection-control@meridiancorrhealth.com',
    'PPD read - positive',
    'Mon, 03 Mar 2025 16:05:30 -0600',
    """
Adeyemi-Cole, Folasade    bkg 25-002871

PPD placed 3/1 R forearm, read 3/3: 12 mm induration.
Asymptomatic per pt -- no cough, fevers, night sweats, weight loss. Born in
Lagos, came to US 2009, thinks she had BCG as a child.

Ordered CXR for tomorrow's mobile x-ray run. No need for isolation unless film
is abnormal. If CXR neg we'll talk to her about LTBI treatment (probably 3HP,
she's likely here > 12 wks).

EL
""", patient='Adeyemi-Cole')

add('phi', 'names',
    'gail.rourke@meridiancorrhealth.com',
    'tcdc-nursing-evenings@meridiancorrhealth.com',
    "Ms. D'Souza wound",
    'Tue, 04 Mar 2025 14:58:03 -0600',
    """
Can someone on 2nd shift look at Ms. D'Souza's dressing before med pass? Her left
shin wound (from the fall in booking last week) had a lot of drainage this
morning and it smelled. Packing was changed at 0900.

I think she needs a wound culture and the NP to see her tomorrow. She's in F-pod
lower tier.

thanks,
Gail
""", patient="D'Souza")

add('phi', 'names',
    '"Dep. Kyle Brennan" <kbrennan@tillerycountysheriff.org>',
    'TCDC Medical <tcdc-medical@meridiancorrhealth.com>',
    'B pod - guy not feeling good',
    'Wed, 05 Mar 2025 23:16:47 -0600',
    """
Dwayne in B-7 (the older guy with the cane, lower bunk) told me at count he
hasnt had a BM in 6 days and his stomach is hard and he's been throwing up a
little. He's on the methadone from the clinic. Can somebody come look at him
tonight, he looks pretty gray.

Dep. K. Brennan
B/C Pod Rover, 2nd watch
""" + COUNTY_DISC, patient='Dwayne')

add('phi', 'names',
    '"Chaplain Idris Mansour" <imansour@doc.northmarch.gov>',
    '"ASCF Health Services" <ascf-hs@meridiancorrhealth.com>',
    'Ramadan fasting - medication timing',
    'Thu, 20 Feb 2025 10:30:00 -0500',
    """
Good morning,

Mr. Abdulrahman al-Haddad (C-unit) has signed up for the Ramadan fast, which
starts around March 1. He told me he takes metformin and glipizide at the noon
med pass and doesn't want to break the fast for that. He asked if the doctor
could move his pills to sunset and the pre-dawn meal instead.

He also said last year he got "shaky" around 3 pm while fasting, so I thought
medical should know before it starts. Al-Haddad's sister asked about this too
when she visited on Sunday.

Sulhoor bags will go out at 0430 from the kitchen if that helps with timing.

Peace,
Idris Mansour
Chaplain, Ashgrove State Correctional Facility
""", patient='al-Haddad')

add('phi', 'names',
    '"Okonkwo, Prisca RN" <pokonkwo@meridiancorrhealth.com>',
    '"Lindqvist, Erik MD" <elindqvist@meridiancorrhealth.com>',
    'FW: incident - intake holding 2',
    'Fri, 07 Mar 2025 02:44:29 -0600',
    """
Dr L - fyi, seizure in intake. Name is Bogdanović, Milan (JMS has him as
BOGDANOVIC MILAN, no accent, in case you search). About 90 sec generalized,
post-ictal ~10 min, bit his tongue. Glucose 104. He says he's been off his
"seizure pills" for a week, can't remember the name -- family may know. Gave
lorazepam 2 mg IM per standing order after a second shorter one.

Can you order a levetiracetam load and level in the AM? He's in medical
observation cell 3.

Prisca

-----Original Message-----
From: Sgt. Dawn Keller <dkeller@tillerycountysheriff.org>
Sent: Friday, March 7, 2025 1:58 AM
To: TCDC Medical <tcdc-medical@meridiancorrhealth.com>
Subject: incident - intake holding 2

Arrestee in holding 2 started shaking on the floor at 0149, medical called and
responded 0151. Incident report #IR-25-00893 to follow.
""", patient='Bogdanović')

add('phi', 'names',
    '"Dr. Halvorsen" <thalvorsen@meridiancorrhealth.com>',
    '"Ybarra, Carmen" <cybarra@meridiancorrhealth.com>',
    'Sr. Peña Barragán - dental f/u',
    'Tue, 11 Mar 2025 15:33:21 -0500',
    """
Carmen -- José Ángel Peña Barragán had #19 out today, it was a tough one (roots
fractured, had to section). He's on amoxicillin 500 TID x 7 days and ibuprofen
600 q6h prn. Can you put him on my line in 1 wk for a post-op check? Also he
still needs #30 looked at, that's the one I'd like the oral surgeon at Mercy
Valley to see -- panorex attached to the consult.

He only speaks Spanish so please book the language line.

Thanks,
Tor Halvorsen, DDS
""", patient='Peña Barragán')

add('phi', 'names',
    '"Mendez, Ariel RN" <amendez@meridiancorrhealth.com>',
    '"Lindqvist, Erik MD" <elindqvist@meridiancorrhealth.com>',
    'insulin pump at booking - need decision tonight',
    'Sat, 08 Mar 2025 19:22:10 -0600',
    """
Dr. Lindqvist,

New intake, Gurpreet Singh Sandhu, came in wearing an Omnipod and a CGM. Custody
(Lt. Farris) wants the pod removed before he goes to housing -- says it's a
security device issue. Pt says his sugars run 80-250 with it, he is type 1 since
age 11, last A1c "around 7".

Mr. Singh Sandhu's pump supply bag is in property. He has 2 days of pods left.
Current glucose 188.

If we pull it I need a basal/bolus order. Can you call me at 555-014-2290 x321?

Also FYI he wears a turban and kara; custody already cleared those with the
chaplain.

Ariel
""", patient='Sandhu')

# =====================================================================
# PHI -- self
# =====================================================================

add('phi', 'self',
    'Tamika Brooks <tamikab0722@gmail.com>',
    'tcdc-records@meridiancorrhealth.com',
    'need my medical records',
    'Mon, 03 Mar 2025 19:44:02 -0500',
    """
Hi my name is Tamika Brooks I was in Tillery county jail from Jan 3 to Feb 20
and I need my records from medical there. Mainly the TB test they did and the
list of my meds (they changed my depression med while I was there and my new
doctor needs to know what it was). My DOB is 07/22/1991.

Can you email them or do I have to come in? I dont have a fax.

thank you
Tamika

Sent from my iPhone
""", patient='Brooks')

add('phi', 'self',
    'ConnectLine Messaging <noreply@connectline-tablet.net>',
    'tcdc-sickcall@meridiancorrhealth.com',
    '[ConnectLine] Medical Request #MR-558214 - GREER, MARCUS L (25-001983)',
    'Tue, 04 Mar 2025 21:07:33 -0600',
    """
A new Medical Request was submitted from a resident tablet.

Facility:     Tillery County Detention Center
Housing:      C-POD / C-118
Resident:     GREER, MARCUS L
Booking #:    25-001983
Category:     Sick Call - Medical
Submitted:    03/04/2025 21:06

Message:
  i been having chest pains since tuesday, like pressure in the middle when i
  go up the stairs. they gave me tylenol at pill line but its not helping. my
  dad had a heart attack at 50 and im 47. also my left arm goes numb at night.
  please see me

Reply to this request in the ConnectLine staff portal. Do not reply to this
e-mail.
""", patient='Greer')

add('phi', 'self',
    'Donna Marchetti <dmarchetti1968@yahoo.com>',
    'TCDC Medical <tcdc-medical@meridiancorrhealth.com>',
    'My son has not got his seizure medicine!!!',
    'Wed, 05 Mar 2025 08:03:19 -0500',
    """
To whoever is in charge of medical,

My son Eli Marchetti is 19 and he has been in your jail since Saturday. He has
epilepsy and takes Keppra 750 mg twice a day, has since he was 12. He called me
last night and said he has NOT gotten it since he got there. He had a seizure in
2023 when he missed doses and ended up in the ICU.

His neurologist is Dr. Pham at Lakeside Neurology, 555-019-3308. His pharmacy is
the CVS on Route 9. I can bring the bottle up there today if that helps.

Please call me back at 555-017-6621. I am his mother and I am worried sick.

Donna Marchetti
""", patient='Marchetti')

add('phi', 'self',
    'Reggie Amos <reginald.amos64@outlook.com>',
    'reentry@meridiancorrhealth.com',
    'dialysis after release',
    'Thu, 06 Mar 2025 11:12:48 -0500',
    """
Hello,

I'm Reginald Amos, I got released from Pine Hollow last Friday (2/28). DOB
11-9-1964. While I was there I was doing dialysis Mon/Wed/Fri at RiverBend
Eastgate under your contract. The reentry lady said my Medicaid would be
turned back on but RiverBend says they can't keep me as a regular patient until
they see the insurance.

I missed Monday already and my feet are swelling up. Who do I talk to? I'm
staying at my cousin's, phone is 555-012-8890.

Thanks,
Reggie
""", patient='Amos')

add('phi', 'self',
    'ConnectLine Messaging <noreply@connectline-tablet.net>',
    'ascf-sickcall@meridiancorrhealth.com',
    '[ConnectLine] Medical Request #MR-559067',
    'Fri, 07 Mar 2025 07:55:12 -0500',
    """
A new Medical Request was submitted from a resident tablet.

Facility:  Ashgrove SCF - Women's Unit
Category:  Sick Call - Medical

Message:
  This is Kayla Stroud in W-3 bunk 22. I am 14 weeks pregnant and I havent
  got my prenatal vitamins since I got transferred here from county on 2/26. I
  was also supposed to have my ultrasound and the county nurse said you would
  set it up. I been having cramping at night. Please can someone call me down.
  Thank you, Kayla

Reply to this request in the ConnectLine staff portal. Do not reply to this
e-mail.
""", patient='Stroud')

add('phi', 'self',
    'Luis Ferrante <lferrante88@gmail.com>',
    'billing@meridiancorrhealth.com',
    'bill from ER when I was in jail??',
    'Sat, 08 Mar 2025 12:30:40 -0500',
    """
hi

I got a bill in the mail from St. Adalbert for $2,318.00 for when the jail took
me to the ER on 10/2/2024 for my hand (the broken knuckle, they put a splint on
and did xrays). I was in custody the whole time, I thought the county pays for
that? account # on the bill is 884410293.

Collections already called me twice. what do I do

-- Luis
""", patient='Ferrante')

add('phi', 'self',
    'Angie Whitcomb <angie.whitcomb@hotmail.com>',
    'ascf-records@meridiancorrhealth.com',
    'authorization to release my mental health records',
    'Mon, 10 Mar 2025 09:18:27 -0400',
    """
To Medical Records,

I am writing to authorize release of my mental health and psychiatry records
from Ashgrove to my attorney, Paul Denning (Denning & Oyelaran LLP). My name is
Angela Marie Whitcomb, date of birth 3 Mar 1979, my DOC number was 0987721. I
was there from 2019 to 2023 and was seen by Dr. Osei and the telepsych doctor
for bipolar disorder and I was on lithium and then Latuda.

I need everything including the records from when I was on suicide watch in
2021. I have attached the signed form.

Thank you,
Angie
""", atts=[(fake_pdf('Authorization - Whitcomb'), 'application', 'pdf', 'release_form_signed.pdf')],
    patient='Whitcomb')

# =====================================================================
# PHI -- ids
# =====================================================================

add('phi', 'ids',
    '"Pharm Tech - TCDC" <tcdc-pharmtech@meridiancorrhealth.com>',
    'tcdc-intake@meridiancorrhealth.com',
    'home med verif',
    'Tue, 04 Mar 2025 10:11:03 -0600',
    """
pt DOB 3.4.88, bkg 25-003310 (the one from last night's intake, holding 4)

verified w/ Walgreens on Bell St (555) 013-7722:
 - buprenorphine/naloxone 8/2 mg SL film BID, last filled 2/24 #28
 - gabapentin 300 mg TID
 - sertraline 100 mg daily
allergy PCN (hives)

bup prescriber is the Harbor Recovery clinic. pls get MOUD consent signed so we
can continue.
""", patient='')

add('phi', 'ids',
    'Quorum Labs Client Services <clientservices@quorumlabs.com>',
    'ascf-lab@meridiancorrhealth.com',
    'Redraw request - Accession Q25-0418872',
    'Tue, 04 Mar 2025 16:40:55 -0500',
    """
Client: ASCF Health Services (Acct 40-2217)

Accession:   Q25-0418872
Patient ID:  A448213
Collected:   03/04/2025 05:50
Test(s):     CMP, Mg, CBC w/diff

Specimen received grossly hemolyzed. Potassium resulted at 6.8 mmol/L and is
likely spurious; result has been released with comment HEM. Please redraw the
CMP at your earliest convenience. A critical-value call was placed to the
facility at 15:58 (spoke with "J. Tran, RN").

Quorum Labs Client Services
555-011-9000
""", patient='')

add('phi', 'ids',
    '"Sayers, Brianna (Reentry)" <bsayers@meridiancorrhealth.com>',
    '"Medicaid Reentry Unit" <reentry.unit@hhs.northmarch.gov>',
    'pre-release enrollment - HCV tx continuation',
    'Wed, 05 Mar 2025 13:02:44 -0500',
    """
Hi Tonya,

Following up on the pre-release app for Shonda Mayfield:

  Member ID:    71004829Q (suspended status)
  DOB:          19880304
  Release date: 3/21/2025
  Release addr: 1190 Coldbrook Ave, Apt 3B, Dunmore

She's in week 6 of 12 of sofosbuvir/velpatasvir and we need the suspension
lifted on release day so the specialty pharmacy can fill weeks 7-12 without a
gap. We'll send 7 days of bridge supply with her. Liver clinic appt is booked
for 3/27.

Can you confirm reinstatement is queued?

Brianna Sayers, MSW
Reentry Coordinator, Meridian Correctional Health
""", patient='Mayfield')

add('phi', 'ids',
    '"Discharge Planning" <tcdc-dcplanning@meridiancorrhealth.com>',
    'intake@harborrecovery-otp.org',
    'release tomorrow - methadone continuation',
    'Thu, 06 Mar 2025 15:47:19 -0600',
    """
Hello Harbor Recovery intake,

A patient of yours is being released from TCDC tomorrow (3/7) around 1000 and
plans to come straight to your clinic.

  Name:      Curtis Lamont Wiggins
  DOB:       6/30/1979
  Address:   4418 Ferncliff Rd, Apt 2, Dunmore
  Phone:     555-010-4456 (girlfriend's cell)

He was dosed 85 mg methadone daily in custody through our OTP arrangement; last
dose will be 3/7 at 0600 before release. Dose letter and last 3 UDS results are
attached to the fax we sent this morning.

Thanks,
Rhonda Pike, RN
Discharge Planning, TCDC
""" + MCH_DISC, patient='Wiggins')

add('phi', 'ids',
    '"Tran, Jasmine RN" <jtran@meridiancorrhealth.com>',
    '"Supply" <ascf-supply@meridiancorrhealth.com>',
    'RE: 00482291 - wound vac supplies',
    'Fri, 07 Mar 2025 09:30:21 -0500',
    """
we're down to 1 canister for 00482291. the medium foam dressings are also out,
I used the last one on Wednesday's change. sacral wound is still draining a lot
(~150 mL/day) so we're changing canisters every 2 days. can you overnight it?

Jasmine

> -----Original Message-----
> From: Supply
> Sent: Thursday, March 6, 2025 3:12 PM
> Subject: 00482291 - wound vac supplies
>
> KCI order placed 2/28, backordered. will update.
""", patient='')

add('phi', 'ids',
    '"Volkov-Reyes, Inna" <ivolkovreyes@meridiancorrhealth.com>',
    'eligibility@stadalbert.org',
    'inpatient Medicaid - DOC inpatient admit 3/9',
    'Mon, 10 Mar 2025 08:40:12 -0500',
    """
Hi Marlon,

Per the inmate inpatient exception, please bill Medicaid for the admission
below (admitted > 24 hrs). Eligibility was submitted on our end Sunday.

  Pt:         Dmitri Volkov
  DOB:        14 Nov 1972
  SSN:        xxx-xx-4418
  DOC:        1176632 (PHCI)
  Admit:      3/9/2025 via ED -> step-down
  Reason:     GI bleed, received 2 units PRBC, EGD scheduled today

Custody says he'll stay at least through Wednesday. Let me know if your face
sheet shows anything different for the guarantor -- it should be the state, not
the patient.

Inna Volkov-Reyes
Utilization / Offsite Billing, MCH
555-014-6600
""", patient='Volkov')

add('phi', 'ids',
    '"PHCI Health Services" <phci-hs@meridiancorrhealth.com>',
    '"Lt. Samuel Ferro" <sferro@doc.northmarch.gov>',
    'hospital notification - family contact',
    'Sun, 09 Mar 2025 17:25:02 -0500',
    """
Lt. Ferro,

Per policy please make the next-of-kin notification for the admission below.

Chart #:    PH-20931
SID:        004417728
Housing:    D-Unit, cell 14
Hospital:   St. Adalbert Regional, ICU bed 6
Admitted:   3/9 1430 - sepsis, likely from the leg infection we were treating
            in the infirmary. Intubated in the ED.
NOK:        Mother, Loretta Gaines, 555-018-3321 (listed on the DOC emergency
            contact form)

Family visitation at the hospital will have to be approved by the Warden's
office.

Thank you,
Night Supervisor, PHCI Health Services
""", patient='Gaines')

add('phi', 'ids',
    '"Owusu, Kwame (APD)" <kowusu@tillerypd.org>',
    'tcdc-records@meridiancorrhealth.com',
    'Subpoena duces tecum - State v. R. Castellanos',
    'Tue, 11 Mar 2025 12:05:50 -0500',
    """
Records Custodian:

Attached please find a subpoena duces tecum in State v. Castellanos, Case No.
24-CR-03317. Our client:

    Rafael Castellanos
    DOB 1990-12-17
    Jail ID 2024-118834

We are requesting all booking medical screening forms, injury photographs, nurse
notes and radiology (including the left wrist x-ray taken on or about 11/30/2024)
relating to injuries present at booking. Production date is 3/25/2025.

Please call me with any questions.

Kwame Owusu
Assistant Public Defender
Tillery County Public Defender's Office | 555-015-7010
""", atts=[(fake_pdf('Subpoena Duces Tecum 24-CR-03317'), 'application', 'pdf', 'SDT_24CR03317.pdf')],
    patient='Castellanos')

# =====================================================================
# PHI -- lists
# =====================================================================

add('phi', 'lists',
    '"Esposito, Latasha LPN" <lesposito@meridiancorrhealth.com>',
    'tcdc-nursing@meridiancorrhealth.com',
    'AM pill line exceptions 3/5',
    'Wed, 05 Mar 2025 09:41:22 -0600',
    """
AM line exceptions, pls follow up on your units:

Name\tCell\tMed\tIssue
Whitfield, Andre\t2B-09\tNPH 22u\tmoved to after chow (see NP order)
Ruiz, Ofelia\tF-03\tsertraline 50\trefused x3 - MH referral sent
Kaminski, Pete\tD-114\tbuprenorphine 8\tpossible diversion - watched swallow, ok today
Hart, Simone\tA-14\tlibrium 25\tCIWA 9, tapering
Mbeki, Thabo\tC-201\tINH 300 / B6\tnot on MAR - pharmacy delay, called CorrectRx

Also Greer (C-118) missed line d/t court. Give on return.

Tasha
""", patient='Whitfield')

add('phi', 'lists',
    '"Dr. Farah Qureshi" <fqureshi@meridiancorrhealth.com>',
    'ascf-providers@meridiancorrhealth.com',
    'infirmary sign-out Fri -> weekend',
    'Fri, 07 Mar 2025 17:02:40 -0500',
    """
Weekend sign-out, ASCF infirmary (8 beds, 6 filled):

* Bed 1 - Hollis G. -- CHF, lasix 40 bid, daily wt, call if up >2 lb. Colonoscopy 3/18.
* Bed 2 - Tomasz Wiśniewski -- cellulitis R leg d3 of cefazolin, borders marked, improving.
* Bed 3 - Okafor -- dialysis MWF, don't let anyone put a BP cuff on the L arm.
* Bed 5 - Ms. Lorraine Tibbs (transfer from women's unit) -- post-op d4 lap chole,
  tolerating diet, staples out Tues.
* Bed 6 - DeMarco Fitch -- hunger strike day 6. weights and BMP daily, MH seeing Sat.
  If he accepts food start slow (refeeding risk, phos/K/Mg).
* Bed 8 - Kessler R. -- stepped down from close obs, stays here until Mon MH review.

Beds 4 and 7 open. On call this weekend: Dr. Lindqvist, pager 555-014-9911.

FQ
""", patient='Hollis')

add('phi', 'lists',
    'mkeene@meridiancorrhealth.com',
    'tcdc-nursing-days@meridiancorrhealth.com',
    'withdrawal board 0600',
    'Sat, 08 Mar 2025 06:05:33 -0600',
    """
WITHDRAWAL WATCH - TCDC - 03/08 0600

CELL   NAME                  BKG#        TOOL  LAST  TIME  NEXT  NOTES
A-14   PRUITT, LACEY         25-004102   CIWA   6    0400  0800  day 4, taper
A-16   HART, SIMONE          25-003977   CIWA   4    0400  1200  d/c tmrw?
B-03   NOVAK, JERRY          25-004390   COWS  14    0500  0700  bup induction today
B-05   TRAN, KEVIN           25-004402   COWS   9    0500  0900  clonidine 0.1
H-02   OYELARAN, ADE         25-004415   CIWA  15    0530  0630  NEW - BAL .21 at bkg
H-04   unk (refused name)    25-004421   CIWA  --    ----  ASAP  combative, custody escort

H-02 and H-04 still in intake holding, no beds in A pod. pls push custody.
-mk
""", patient='Pruitt')

_lists4_csv = csv_text([
    ['DOC#', 'Last', 'First', 'Unit', 'Appt Date', 'Time', 'Location', 'Service', 'Escort', 'Notes'],
    ['1187345', 'Hollis', 'Gerald', '3-C', '03/18/2025', '07:00', 'Mercy Valley GI', 'Colonoscopy', '2', 'wheelchair; sedation'],
    ['1204456', 'Aldana', 'Benjamin', '5-A', '03/17/2025', '09:15', 'St. Adalbert Vascular Lab', 'LE venous duplex', '2', ''],
    ['1093382', 'Kessler', 'Raymond', 'INF-8', '03/19/2025', '13:00', 'Northmarch Univ. Neuro', 'EEG', '2', 'MH step-down; no sharps'],
    ['1211870', 'Oduya', 'Blessing', 'W-2', '03/20/2025', '08:30', 'St. Adalbert Women\'s Ctr', 'OB ultrasound 20wk', '2 (1F)', 'no leg restraints per policy'],
    ['0998412', 'Lucero', 'Francisco', '2-B', '03/21/2025', '10:40', 'Eastgate Oncology', 'Chemo C3D1', '2', 'port access; bring MAR'],
])
add('phi', 'lists',
    '"Ybarra, Carmen" <cybarra@meridiancorrhealth.com>',
    'ASCF Transport <ascf.transport@doc.northmarch.gov>',
    'next week offsite schedule',
    'Thu, 13 Mar 2025 14:12:09 -0500',
    """
Attached is next week's offsite list (5 trips). Oduya's is the one that needs a
female officer. Lucero's chemo day runs long, usually 5-6 hrs.

Carmen
""", atts=[(_lists4_csv, 'text', 'csv', 'ASCF_offsite_wk0317.csv')], patient='Hollis')

_lists5_csv = csv_text([
    ['facility', 'doc_num', 'name', 'dob', 'schedule', 'chair', 'access', 'dry_wt_kg', 'hbsag', 'last_ktv'],
    ['ASCF', '1140029', 'OKAFOR, CHINEDU', '1971-05-02', 'MWF 0600', '6', 'L AVF', '80.5', 'neg', '1.38'],
    ['ASCF', '1099153', 'BRAXTON, LEON', '1958-10-27', 'MWF 0600', '7', 'R IJ TDC', '92.0', 'neg', '1.21'],
    ['PHCI', '1176632', 'VOLKOV, DMITRI', '1972-11-14', 'TTS 1100', '3', 'L AVG', '71.0', 'neg', '1.45'],
    ['PHCI', '1188420', 'SANTOS-LIMA, EDSON', '1983-02-09', 'TTS 1100', '4', 'R AVF', '88.5', 'pos - isolation chair', '1.30'],
    ['TCDC', '25-003811', 'HOBBS, WARREN', '1966-07-19', 'MWF 1200', '9', 'L AVF', '102.3', 'neg', '1.19'],
])
add('phi', 'lists',
    'Rosalind Achebe <rachebe@riverbenddialysis.com>',
    '"Janelle Whitaker, RN" <jwhitaker@meridiancorrhealth.com>',
    'March roster (pw in separate email)',
    'Mon, 03 Mar 2025 07:30:01 -0600',
    """
Janelle - updated March correctional roster attached. I zipped it because our
email keeps stripping csv's. Volkov switched to TTS. Braxton still has the
catheter, surgery for fistula is pending on your end.

R.
""", atts=[(zip_bytes([('RB_corrections_roster_2025-03.csv', _lists5_csv)]), 'application', 'zip',
            'RB_corrections_roster_2025-03.zip')], patient='Okafor')

_lists6_xlsx = xlsx_bytes([
    ['Date', 'Time', 'Facility', 'Patient', 'DOC/Bkg', 'Visit', 'Psychiatrist', 'Current meds', 'Notes'],
    ['3/12/2025', '09:00', 'ASCF', 'Kessler, Raymond', '1093382', 'F/U', 'Roos-Tennant', 'sertraline 100, mirtazapine 15', 'post step-down'],
    ['3/12/2025', '09:30', 'ASCF', 'Whitcomb-Dale, Renee', '1201988', 'New eval', 'Roos-Tennant', 'none', 'hx PTSD, nightmares'],
    ['3/12/2025', '10:00', 'TCDC', 'Fitch, DeMarco', '25-003530', 'Urgent', 'Roos-Tennant', 'olanzapine 10', 'hunger strike d6 - capacity'],
    ['3/12/2025', '10:30', 'TCDC', 'Ruiz, Ofelia', '25-004008', 'F/U', 'Abernathy', 'sertraline 50 (refusing)', 'consider LAI?'],
    ['3/12/2025', '11:00', 'PHCI', 'Nakamura, Kenji', '1190045', 'F/U', 'Abernathy', 'lithium 600 bid', 'Li level 1.4 on 3/5 - toxic?'],
])
add('phi', 'lists',
    '"TeleMind Scheduling" <scheduling@telemindpsych.com>',
    '"Harmon, Beverly LCSW" <bharmon@meridiancorrhealth.com>',
    'Telepsych clinic 3/12 - schedule',
    'Tue, 11 Mar 2025 16:44:30 -0500',
    """
Hi Beverly,

Tomorrow's telepsych schedule is attached. Please have the cart set up in the
ASCF MH office by 0845. Dr. Abernathy asked that Nakamura's repeat lithium level
be drawn first thing so she has it for the 1100.

TeleMind Scheduling
""", atts=[(_lists6_xlsx, 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'Telepsych_2025-03-12.xlsx')], patient='Kessler')

add('phi', 'lists',
    '"Infection Control - TCDC" <tcdc-infection-control@meridiancorrhealth.com>',
    'tcdc-nursing@meridiancorrhealth.com',
    'TST reads due today - please do before 1400',
    'Thu, 13 Mar 2025 07:18:44 -0600',
    """
TSTs placed Tues 3/11, read window closes today.

bkg#      | name                    | pod  | arm | notes
----------|-------------------------|------|-----|------------------------------
25-004577 | Nwachukwu, Obiageli     | F-07 | L   | prior + per pt? get CXR instead if so
25-004580 | Hernández Soto, Yesenia | F-12 | L   | 
25-004588 | Ivanova, Svetlana       | A-04 | R   | HIV+ (>=5 mm is positive)
25-004590 | Beauchamp, Jean-Claude  | B-11 | L   | 
25-004602 | Little Bear, Marcus     | D-201| R   | diabetic

If anyone's been released, mark it in the TB log so we can notify the health
dept.

IC
""", patient='Nwachukwu')

# =====================================================================
# PHI -- struct
# =====================================================================

add('phi', 'struct',
    '"Interface Team - St. Adalbert" <interfaces@stadalbert.org>',
    '"MCH IT Help Desk" <helpdesk@meridiancorrhealth.com>',
    'ADT feed error - A03 rejected by your endpoint',
    'Tue, 04 Mar 2025 11:30:14 -0500',
    """
Hi all,

Our engine got NACKs from your listener for the discharge below (AE, "PID-3
identifier type unknown"). We think it's because we're sending the DOC number
with type DOC instead of MR. Message pasted as sent:

MSH|^~\\&|EPIC|STADALBERT|MCHEHR|MCH|20250304104512||ADT^A03|SA2503040045|P|2.5.1
EVN|A03|20250304104500
PID|1||1187345^^^NMDOC^DOC~E3390217^^^STADAL^MR||HOLLIS^GERALD^W||19590812|M|||2210 STATE ROUTE 14^^ASHGROVE^NM^87099||||||||
PV1|1|I|5W^512^A^STADALBERT||||4471^OKAFOR^ADAEZE^^^MD|||MED||||7|||4471^OKAFOR^ADAEZE^^^MD|IN||MCD|||||||||||||||||||||||||20250301201500|20250304103000
DG1|1||I50.23^Acute on chronic systolic heart failure^I10|||A

Can someone on your side check the PID-3 mapping? We'll hold retries until we
hear back.

Thanks,
Ken Mori
Integration Analyst, St. Adalbert Regional Medical Center
""", patient='Hollis')

_hl7_oru = """MSH|^~\\&|QUORUM|QLAB|MCHEHR|ASCF|20250305061502||ORU^R01|QL88213004|P|2.3
PID|1||A448213^^^ASCF^DOC||TIBBS^LORRAINE^A||19660130|F|||||||
ORC|RE|ORD551207|Q25-0418872
OBR|1|ORD551207|Q25-0418872|CMP^COMPREHENSIVE METABOLIC PANEL|||20250304055000|||||||||5521^QURESHI^FARAH
OBX|1|NM|2823-3^Potassium^LN||6.8|mmol/L|3.5-5.1|HH|||F||||HEM
OBX|2|NM|2951-2^Sodium^LN||136|mmol/L|136-145|N|||F
OBX|3|NM|2160-0^Creatinine^LN||1.9|mg/dL|0.6-1.1|H|||F
OBX|4|NM|1920-8^AST^LN||44|U/L|10-35|H|||F
NTE|1||Specimen hemolyzed. Recollect recommended.
"""
add('phi', 'struct',
    'Devon Price <dprice@meridiancorrhealth.com>',
    'Quorum Labs Interfaces <hl7support@quorumlabs.com>',
    'ORU for Q25-0418872 not filing to chart',
    'Wed, 05 Mar 2025 08:55:37 -0500',
    """
Hi Quorum team,

The attached result came in on the ASCF channel this morning but didn't file -- it
sits in our unmatched queue. I think the PID-3 assigning authority "ASCF" vs
"NMDOC" is the issue again. Raw message attached (.hl7). Can you confirm what
changed on your side last week?

Devon Price
EHR Integration Analyst, Meridian Correctional Health
""", atts=[(_hl7_oru, 'text', 'plain', 'QL88213004.hl7')], patient='Tibbs')

add('phi', 'struct',
    '"Claims - MCH Offsite" <offsite-claims@meridiancorrhealth.com>',
    'support@clearpathclearinghouse.com',
    'RE: Rejection 999 - batch 0307 claim 3 (ticket CP-229104)',
    'Fri, 07 Mar 2025 14:20:03 -0500',
    """
Hi Maribel,

Here's the claim loop from the batch that got rejected (AK2/IK3 pointing at
NM1*IL). Member ID looks right to us. Can you tell us what the payer doesn't
like?

NM1*85*2*MERIDIAN CORRECTIONAL HEALTH LLC*****XX*1588012234~
N3*400 COMMERCE PKWY STE 210~
N4*DUNMORE*NM*87031~
REF*EI*861234990~
HL*2*1*22*0~
SBR*P*18*******MC~
NM1*IL*1*CASTELLANOS*RAFAEL****MI*MCD90017722~
N3*TILLERY COUNTY DETENTION CTR*1 JUSTICE PLZ~
N4*DUNMORE*NM*87031~
DMG*D8*19901217*M~
NM1*PR*2*NORTHMARCH MEDICAID*****PI*NMMCD~
CLM*TCDC250211-03*412.00***11:B:1*Y*A*Y*Y~
HI*ABK:S62.302A*ABF:W50.0XXA~
LX*1~
SV1*HC:73110:RT*212.00*UN*1***1~
DTP*472*D8*20241130~
LX*2~
SV1*HC:29125*200.00*UN*1***1~
DTP*472*D8*20241130~

Thanks,
Gloria Stanek
Offsite Claims Specialist

-----Original Message-----
From: ClearPath Support <support@clearpathclearinghouse.com>
Sent: Friday, March 7, 2025 10:02 AM
Subject: Rejection 999 - batch 0307 claim 3 (ticket CP-229104)

Your 837P batch MCH0307A contained 1 rejected claim. Please review the 999
acknowledgment in your portal.
""", patient='Castellanos')

add('phi', 'struct',
    'Gloria Stanek <gstanek@meridiancorrhealth.com>',
    '"Volkov-Reyes, Inna" <ivolkovreyes@meridiancorrhealth.com>',
    'FW: 271 back for Mayfield - still shows suspended',
    'Mon, 10 Mar 2025 10:48:29 -0500',
    """
Inna - 271 came back, EB*6 (inactive) still. So the reinstatement isn't in yet.
Pasting the relevant part:

ST*271*0001*005010X279A1~
BHT*0022*11*ELG250310-0042*20250310*1044~
HL*1**20*1~
NM1*PR*2*NORTHMARCH MEDICAID*****PI*NMMCD~
HL*2*1*21*1~
NM1*1P*2*MERIDIAN CORRECTIONAL HEALTH LLC*****XX*1588012234~
HL*3*2*22*0~
NM1*IL*1*MAYFIELD*SHONDA*L***MI*71004829Q~
N3*1190 COLDBROOK AVE APT 3B~
N4*DUNMORE*NM*87031~
DMG*D8*19880304*F~
EB*6**30~
MSG*COVERAGE SUSPENDED - INCARCERATION 20240815~
SE*13*0001~

Her release is 3/21, we have 11 days. Can you call Tonya at the reentry unit?

G
""", patient='Mayfield')

_fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "phci-1204456",
        "identifier": [
          {"system": "urn:nmdoc:inmate", "value": "1204456"}
        ],
        "name": [{"family": "Aldana", "given": ["Benjamin", "R"]}],
        "gender": "male",
        "birthDate": "1962-04-21"
      }
    },
    {
      "resource": {
        "resourceType": "MedicationRequest",
        "id": "mr-77120",
        "status": "active",
        "intent": "order",
        "medicationCodeableConcept": {
          "coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm",
                      "code": "1364445", "display": "apixaban 5 MG Oral Tablet"}]
        },
        "subject": {"reference": "Patient/phci-1204456"},
        "authoredOn": "2025-03-11",
        "dosageInstruction": [{"text": "1 tab PO BID", "timing": {"code": {"text": "BID"}}}],
        "reasonCode": [{"text": "DVT left popliteal vein"}]
      }
    }
  ]
}"""
add('phi', 'struct',
    'api-support@correctrxpharmacy.com',
    'Devon Price <dprice@meridiancorrhealth.com>',
    'RE: [CRX-4471] FHIR order push failing 422',
    'Wed, 12 Mar 2025 11:16:00 -0500',
    """
Devon,

We looked at the 422s. The payload you're sending has the DOB and identifiers
fine, the problem is reasonCode is text-only and our validator wants a coded
value (SNOMED or ICD-10). Here is the exact bundle that failed at 10:41 CT,
from our logs:

""" + _fhir + """

If you add a coding to reasonCode (e.g. I82.432) it will go through. We can
also relax the rule for PHCI if you need a day.

-- Priyanka Venkataraman
Integration Engineer, CorrectRx
""", patient='Aldana')

_ccd = """<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document - Transfer</title>
  <effectiveTime value="20250226"/>
  <recordTarget>
    <patientRole>
      <id extension="25-003144" root="2.16.840.1.113883.3.9981.1"/>
      <id extension="1211870" root="2.16.840.1.113883.3.9981.2"/>
      <patient>
        <name><given>Blessing</given><given>Ifeoma</given><family>Oduya</family></name>
        <administrativeGenderCode code="F"/>
        <birthTime value="19970612"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <title>Problems</title>
      <text><list>
        <item>Pregnancy, 16 weeks (EDD 2025-07-30)</item>
        <item>Opioid use disorder, on buprenorphine</item>
      </list></text>
    </section></component>
    <component><section>
      <title>Medications</title>
      <text><list>
        <item>buprenorphine 8 mg SL BID</item>
        <item>prenatal vitamin 1 tab daily</item>
      </list></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>"""
add('phi', 'struct',
    '"Pike, Rhonda RN" <rpike@meridiancorrhealth.com>',
    'ascf-intake@meridiancorrhealth.com',
    'CCD for Oduya (county -> ASCF transfer) - didnt come over in the interface',
    'Thu, 27 Feb 2025 08:20:45 -0600',
    """
ASCF intake - the transfer CCD didn't cross over for the county->state move
yesterday, so I'm pasting the XML below. Most important thing is that she's on
bup and pregnant, so please don't let her go without the AM dose.

""" + _ccd + """

Rhonda Pike, RN
TCDC Discharge Planning
""", cte='base64', patient='Oduya')

add('phi', 'struct',
    '"Claims - MCH Offsite" <offsite-claims@meridiancorrhealth.com>',
    '"Pardo, Luz" <lpardo@meridiancorrhealth.com>',
    '835 from Northmarch Medicaid - denial on Volkov inpatient',
    'Thu, 13 Mar 2025 15:55:17 -0500',
    """
Luz, see CLP for the St. Adalbert inpatient claim -- denied CARC 96 (non-covered)
with remark N30. I think they processed it before the inmate exception flag got
set. We need to resubmit with the admission type fix.

CLP*SA2503090117*4*48211.40*0**MC*1225060001234*21*1~
CAS*CO*96*48211.40~
NM1*QC*1*VOLKOV*DMITRI****MI*MCD66100394~
NM1*74*1*VOLKOV*DMITRI~
REF*EA*PH1176632~
DTM*232*20250309~
DTM*233*20250313~
LQ*HE*N30~

Loop above is straight from the 835 file, check #0001882304.

- Gloria
""", patient='Volkov')

# =====================================================================
# PHI -- lang
# =====================================================================

add('phi', 'lang',
    'Yolanda Cervantes <yoli.cervantes77@gmail.com>',
    'TCDC Medical <tcdc-medical@meridiancorrhealth.com>',
    'mi esposo necesita su insulina',
    'Mon, 03 Mar 2025 20:11:09 -0600',
    """
Buenas noches,

Les escribo porque mi esposo Héctor Cervantes Olvera está en la cárcel del
condado desde el jueves (número de booking 25-004299). Él es diabético tipo 2 y
usa insulina Lantus 30 unidades en la noche y metformina. Me dijo por teléfono
que no le han dado la insulina y que se siente mareado y con mucha sed.

Su doctor es el Dr. Salinas de la Clínica Familiar del Valle, tel. 555-013-4480.
Por favor revisen su azúcar. Yo puedo llevar sus medicinas si es necesario.

Gracias,
Yolanda Cervantes
555-017-2201
""", patient='Cervantes Olvera')

add('phi', 'lang',
    'Rosângela Batista <rosangela.batista@hotmail.com>',
    'ascf-hs@meridiancorrhealth.com',
    'Meu filho Wellington - tratamento HIV',
    'Tue, 04 Mar 2025 09:44:51 -0500',
    """
Bom dia,

Sou mãe de Wellington Batista de Souza, que foi transferido para Ashgrove na
semana passada (DOC 1210773). Ele tem HIV e toma Biktarvy todos os dias. Ele me
disse na ligação que ficou 4 dias sem o remédio durante a transferência e que
está com medo da carga viral subir.

O médico dele na clínica era o Dr. Menezes. O último exame de carga viral foi em
janeiro e estava indetectável.

Por favor, alguém pode confirmar que ele está recebendo a medicação? Falo um
pouco de inglês se precisarem ligar: 555-018-7730.

Obrigada,
Rosângela
""", cte='quoted-printable', patient='Batista de Souza')

add('phi', 'lang',
    'Trần Thị Mai <maitran.family@gmail.com>',
    'phci-hs@meridiancorrhealth.com',
    'Bố tôi - lọc thận',
    'Wed, 05 Mar 2025 18:30:22 -0800',
    """
Kính gửi phòng y tế,

Tôi là con gái của ông Trần Văn Hùng, hiện đang ở trại Pine Hollow (số DOC
1183390). Bố tôi bị suy thận và phải lọc thận ba lần một tuần. Tuần này bố tôi
nói ông bị bỏ lỡ buổi lọc thận ngày thứ Ba vì không có xe đưa đi, và bây giờ
chân bị phù, khó thở khi nằm.

Xin vui lòng kiểm tra và cho bố tôi đi lọc thận sớm. Bố tôi không nói được
nhiều tiếng Anh, cần thông dịch viên tiếng Việt.

Cảm ơn,
Trần Thị Mai
555-016-2048
""", patient='Trần Văn Hùng')

add('phi', 'lang',
    'Marie-Ange Pierre-Louis <mapierrelouis@yahoo.com>',
    'TCDC Medical <tcdc-medical@meridiancorrhealth.com>',
    'Mari mwen - medikaman tansyon',
    'Thu, 06 Mar 2025 12:03:37 -0500',
    """
Bonjou,

Mwen se madanm Jean-Robert Pierre-Louis. Yo arete l depi lendi, li nan prizon
konte a. Li gen tansyon wo epi li pran amlodipine 10 mg ak losartan chak maten.
Li rele m yè swa, li di l gen gwo tèt fè mal epi je l ap vire, yo poko ba l
grenn li yo.

Tanpri, èske yon enfimyè ka pran tansyon l? Li te fè yon ti atak (stroke) an
2022.

Mèsi anpil,
Marie-Ange
555-019-5512
""", patient='Pierre-Louis')

add('phi', 'lang',
    'ConnectLine Messaging <noreply@connectline-tablet.net>',
    'phci-sickcall@meridiancorrhealth.com',
    '[ConnectLine] Medical Request #MR-560412 - SOKOLOV, ARTEM (1207719)',
    'Fri, 07 Mar 2025 20:48:10 -0500',
    """
A new Medical Request was submitted from a resident tablet.

Facility:  Pine Hollow CI
Housing:   B-UNIT / B-219
Resident:  SOKOLOV, ARTEM
DOC #:     1207719
Category:  Sick Call - Dental
Language:  Russian (auto-translate unavailable)

Message:
  Здравствуйте. У меня очень сильно болит зуб внизу слева уже неделю, щека
  опухла и я не могу есть. Вчера была температура. Медсестра дала ибупрофен,
  но не помогает. Прошу записать меня к стоматологу. Артём Соколов

Reply to this request in the ConnectLine staff portal. Do not reply to this
e-mail.
""", patient='Sokolov')

add('phi', 'lang',
    '"Dela Cruz, Maricel RN" <mdelacruz@meridiancorrhealth.com>',
    '"Bautista, Joy RN" <jbautista@meridiancorrhealth.com>',
    'si Mr. Lucero sa 2-B',
    'Sat, 08 Mar 2025 14:22:56 -0500',
    """
Joy,

Pakicheck mo naman si Mr. Francisco Lucero sa 2-B pagdating mo mamaya. Nagsuka
siya ng dalawang beses kaninang umaga, day 5 na siya after ng chemo (C2). Binigyan
ko na ng ondansetron 8 mg at 1100 pero hindi pa siya nakakakain. Temp 37.9 kanina,
i-recheck mo at 1600 -- kung 38.0 pataas, tawagan mo agad si Dr. Lindqvist kasi
baka neutropenic siya. May CBC siya sa Monday.

Salamat ha, ingat sa shift!
Mar
""", patient='Lucero')

add('phi', 'lang',
    'Youssef Khalil <ykhalil.family@gmail.com>',
    'ascf-hs@meridiancorrhealth.com',
    'استفسار عن علاج أخي - التهاب الكبد',
    'Mon, 10 Mar 2025 10:05:00 -0400',
    """
السلام عليكم،

أنا يوسف خليل، أخو السجين سامي خليل (رقم 1195508) في سجن أشغروف. أخي مصاب
بالتهاب الكبد الوبائي سي، وأخبرني في الزيارة يوم الأحد أن الطبيب قال إنه سيبدأ
العلاج، لكن لم يحدث شيء منذ شهرين. كما أنه يشعر بتعب شديد وأصبح لون عينيه
أصفر قليلاً.

أرجو إبلاغي هل تمت الموافقة على العلاج. أخي وقّع على نموذج يسمح لي بمعرفة
معلوماته الطبية.

مع الشكر،
يوسف خليل
555-015-9034
""", cte='base64', patient='Khalil')

add('phi', 'lang',
    '林美华 <meihua.lin88@163.com>',
    'ascf-hs@meridiancorrhealth.com',
    '关于我母亲的糖尿病治疗',
    'Tue, 11 Mar 2025 21:40:18 +0800',
    """
您好，

我是陈秀英的女儿，我母亲目前在Ashgrove女子监区（编号1208834）。她有糖尿病，
每天打两次胰岛素。她上周打电话说血糖一直很高，有时候到300多，而且脚上有一个
伤口一直没好，现在有点发黑。

我很担心，请问医生有没有看过她的脚？她英文不好，需要中文翻译。

谢谢！
林美华
手机：+86 138 0000 5521
""", patient='陈秀英')

# =====================================================================
# CLEAN -- admin
# =====================================================================

add('clean', 'admin',
    '"Whitaker, Janelle RN" <jwhitaker@meridiancorrhealth.com>',
    'ascf-nursing@meridiancorrhealth.com',
    'med line coverage swap 3/15-3/16',
    'Tue, 11 Mar 2025 13:10:40 -0500',
    """
All,

Approved swaps for this weekend:

  Sat 3/15  0500-1330  AM pill line     Jasmine Tran -> Maricel Dela Cruz
  Sat 3/15  1330-2200  PM pill line     Joy Bautista (no change)
  Sun 3/16  0500-1330  AM pill line     Maricel Dela Cruz -> Jasmine Tran
  Sun 3/16  1330-2200  infirmary        Ariel Mendez picking up (OT approved)

Reminder: keys and narc count at every handoff, both signatures. If you can't
make a shift call the staffing line at 555-014-6011, don't just text me.

Janelle Whitaker, RN
Director of Nursing, ASCF
Meridian Correctional Health
""" + MCH_DISC)

add('clean', 'admin',
    'MCH IT Service Desk <servicedesk@meridiancorrhealth.com>',
    '"Esposito, Latasha LPN" <lesposito@meridiancorrhealth.com>',
    '[INC0048812] eMAR barcode scanners not pairing - TCDC med cart 2',
    'Wed, 05 Mar 2025 07:02:11 -0600',
    """
Hello Latasha,

Your incident INC0048812 has been updated.

  Short description: eMAR barcode scanners not pairing - TCDC med cart 2
  Priority:          2 - High
  Assignment group:  Field Services - South
  Assigned to:       Marcus Oyelowo
  State:             Work in Progress

Work note (03/05/2025 06:58):
  Replaced Bluetooth dongle on cart 2 laptop (asset MCH-LT-30417). Scanner
  Zebra DS8178 SN 21044B0771 re-paired and tested against the training
  wristband. Please verify during AM line and reply to this e-mail if the issue
  returns. Loaner scanner left with the charge nurse.

To view the ticket, log in to the Service Portal. Reference:
MSG0119373_kx9Pq2
""")

add('clean', 'admin',
    'RiverBend Dialysis AR <ar@riverbenddialysis.com>',
    'ap@meridiancorrhealth.com',
    'Invoice RB-INV-2025-0211 - February correctional chair time',
    'Mon, 03 Mar 2025 09:00:00 -0600',
    """
Meridian Correctional Health - Accounts Payable,

Please find the summary for February 2025 contracted services below. Detailed
backup is available in the vendor portal per contract section 7.3 (the backup
contains patient detail and will not be sent by e-mail).

  Invoice #:       RB-INV-2025-0211
  Contract:        MCH-RB-2023-04
  Period:          02/01/2025 - 02/28/2025
  Treatments:      143 @ $385.00          $55,055.00
  Isolation chair: 12 @ $60.00               $720.00
  Missed/late cancel (custody): 4 @ $150.00  $600.00
  Total due:                              $56,375.00
  Terms:           Net 30

Remit to: RiverBend Dialysis LLC, PO Box 4410, Eastgate NM 87044
Questions: Kelly Armitage, 555-016-4400 ext 12

Thank you for your business.
""", atts=[(fake_pdf('RiverBend Invoice RB-INV-2025-0211'), 'application', 'pdf', 'RB-INV-2025-0211.pdf')])

add('clean', 'admin',
    '"Human Resources - MCH" <hr@meridiancorrhealth.com>',
    'all-tcdc@meridiancorrhealth.com',
    'Reminder: annual TB screening & fit testing for staff - due 3/31',
    'Mon, 03 Mar 2025 08:15:00 -0600',
    """
Good morning TCDC team,

Annual employee TB screening (questionnaire or TST/IGRA) and N95 fit testing
are due by March 31. Employee Health will be on site:

  Tue 3/18   0600-0800 and 1400-1600   Staff breakroom, 2nd floor
  Thu 3/20   0600-0800 and 1800-2000   Training room B

Bring your badge. Agency nurses: please bring your agency's documentation
instead. Custody staff, contact Lt. Marisa Gant at the Sheriff's Office training
unit (555-015-3000) -- the county handles your fit testing separately.

Questions to Employee Health: Naomi Farrell, RN, 555-014-6020.

Human Resources
Meridian Correctional Health
""" + MCH_DISC)

add('clean', 'admin',
    '"Facilities - Tillery County" <facilities@tillerycounty.org>',
    '"Brandt, Oksana RN" <obrandt@meridiancorrhealth.com>',
    'RE: WO-25-1187 clinic exam room 2 HVAC / sally port gate',
    'Thu, 06 Mar 2025 11:35:29 -0600',
    """
Oksana,

HVAC tech from Delmar Mechanical is scheduled Monday 3/10 between 0800-1100 for
exam room 2 (WO-25-1187). He will need custody escort in the secure side. Also
the sally port gate B motor is being replaced Wednesday, so outside transports
and the dialysis van need to use gate A from 0600-1400 that day.

Len Abbott
Facilities Supervisor, Tillery County
555-015-2200

-----Original Message-----
From: Brandt, Oksana RN
Sent: Wednesday, March 5, 2025 6:10 AM
To: Facilities - Tillery County
Subject: WO-25-1187 clinic exam room 2 HVAC

exam room 2 is 84 degrees again, we can't keep the vaccine fridge stable next to
it. pls send someone.
""" + COUNTY_DISC)

add('clean', 'admin',
    '"Lt. Renata Farris" <rfarris@tillerycountysheriff.org>',
    'TCDC Medical <tcdc-medical@meridiancorrhealth.com>',
    'Count time / pill line schedule change starting 3/17',
    'Fri, 14 Mar 2025 16:00:12 -0500',
    """
Medical,

Starting Monday 3/17 the facility is moving to the new count schedule approved
by the Captain:

  Count      Old      New
  AM         0530     0600
  Midday     1130     1130 (no change)
  PM         1630     1700
  Night      2300     2300 (no change)

That means AM pill line in A/B/C pods will start at 0615 instead of 0545. PM
line 1715. Please adjust nurse start times. Housing officers have been briefed.

Lt. R. Farris
Operations Lieutenant, Detention Division
Tillery County Sheriff's Office
""" + COUNTY_DISC)

add('clean', 'admin',
    '"Credentialing - MCH" <credentialing@meridiancorrhealth.com>',
    '"TeleMind Provider Relations" <providers@telemindpsych.com>',
    'Onboarding: Dr. Colette Abernathy - documents needed',
    'Mon, 24 Feb 2025 10:20:33 -0500',
    """
Hi Sam,

We're finishing credentialing for Dr. Colette Abernathy (psychiatry) to start
telepsych coverage at TCDC and PHCI on 3/10. Still missing:

  [x] CV and NPI (1093847726) -- received
  [x] State license PSY-MD-20441, exp 06/30/2026 -- verified
  [ ] DEA registration copy (state of practice)
  [ ] Malpractice face sheet showing correctional coverage
  [ ] PREA training certificate
  [ ] Signed Business Associate Agreement addendum

Once those are in, Sheriff's Office background check takes ~5 business days.
Her VPN token will be mailed to the TeleMind office.

Thanks,
Helena Marsh
Credentialing Specialist, Meridian Correctional Health
555-014-6044
""", html="""<html><body><p>Hi Sam,</p>
<p>We're finishing credentialing for Dr. Colette Abernathy (psychiatry) to start telepsych coverage at TCDC and PHCI on 3/10. Still missing:</p>
<ul>
<li>&#9745; CV and NPI (1093847726) -- received</li>
<li>&#9745; State license PSY-MD-20441, exp 06/30/2026 -- verified</li>
<li>&#9744; DEA registration copy (state of practice)</li>
<li>&#9744; Malpractice face sheet showing correctional coverage</li>
<li>&#9744; PREA training certificate</li>
<li>&#9744; Signed Business Associate Agreement addendum</li>
</ul>
<p>Once those are in, Sheriff's Office background check takes ~5 business days. Her VPN token will be mailed to the TeleMind office.</p>
<p>Thanks,<br>Helena Marsh<br>Credentialing Specialist, Meridian Correctional Health<br>555-014-6044</p>
</body></html>""")

# =====================================================================
# CLEAN -- lookalike
# =====================================================================

add('clean', 'lookalike',
    'Ironclad Fitness <members@ironcladfitness.com>',
    'kbrennan.personal@gmail.com',
    'Your membership renewal - Member #IF-0048812',
    'Sat, 01 Mar 2025 06:00:00 -0600',
    """
Hi Kyle,

Your Ironclad Fitness Dunmore membership (Member #IF-0048812) renews on
03/15/2025 at $39.99/mo. Nothing to do if you want to stay on your current plan.

This month at the club:
  - "Shift Worker Strength" class, Tue/Thu 0700 and 2200 -- built for first
    responders and corrections officers on rotating shifts
  - Free body-composition scan with any trainer session booked by 3/31
  - Recovery zone: cold plunge and sauna now open 24/7

Questions? Front desk 555-011-4040.

Stay strong,
Team Ironclad

You are receiving this because you are an Ironclad member. Unsubscribe.
""", html="""<html><body style="background:#111;color:#eee;font-family:Arial">
<h2 style="color:#f60">IRONCLAD FITNESS</h2>
<p>Hi Kyle,</p>
<p>Your Ironclad Fitness Dunmore membership (<b>Member #IF-0048812</b>) renews on 03/15/2025 at $39.99/mo.</p>
<ul><li>"Shift Worker Strength" class, Tue/Thu 0700 and 2200</li>
<li>Free body-composition scan with any trainer session booked by 3/31</li>
<li>Recovery zone: cold plunge and sauna now open 24/7</li></ul>
<p>Stay strong,<br>Team Ironclad</p>
<p style="font-size:9px">Unsubscribe</p></body></html>""")

add('clean', 'lookalike',
    'Eastgate Animal Hospital <frontdesk@eastgateanimalhospital.com>',
    'latasha.esposito@yahoo.com',
    "Biscuit's dental discharge instructions",
    'Thu, 06 Mar 2025 17:30:45 -0600',
    """
Hi Latasha,

Thanks for trusting us with Biscuit today! Here's a summary of her visit.

  Patient:   Biscuit (canine, Beagle mix, 9 yrs, 11.2 kg)
  Client #:  C-20917
  Procedure: Dental cleaning under general anesthesia, 2 extractions
             (upper left 4th premolar, lower right 1st molar)
  Meds:      Carprofen 25 mg - 1 tab by mouth twice daily x 5 days with food
             Clindamycin 75 mg - 1 cap twice daily x 7 days

Soft food only for 7 days. She may be groggy tonight. Recheck in 10-14 days.
Rabies and DHPP boosters are due in April -- we can do them at the recheck.

Invoice #883104 total $612.40 was paid with Visa ending 2290.

Dr. Anjali Rao, DVM
Eastgate Animal Hospital | 555-016-7700
""")

add('clean', 'lookalike',
    'Tillery Federal Credit Union <alerts@tilleryfcu.org>',
    'gstanek@gmail.com',
    'Member #0007718820: your statement is ready',
    'Sat, 01 Mar 2025 04:15:00 -0500',
    """
Dear Gloria Stanek,

Your February e-statement for Member #0007718820 is now available in Online
Banking.

  Share Savings (S01)     ending balance   $4,218.36
  Checking (S10)          ending balance   $1,077.52
  Auto Loan (L50)         next payment     $342.18 due 03/15/2025

Reminder: our Health Savings Account (HSA) open enrollment promo ends 3/31 --
members who open an HSA get a $50 bonus with $500 deposit.

Tillery FCU will never ask for your PIN or password by e-mail or phone.
Call 555-010-8800 with questions. Federally insured by NCUA.
""")

add('clean', 'lookalike',
    'Northstar Auto Insurance <claims@northstarauto.com>',
    'ryan.hale.82@outlook.com',
    'Claim #NSA-25-0330917 - windshield replacement approved',
    'Tue, 04 Mar 2025 10:48:00 -0600',
    """
Dear Ryan Hale,

Your glass claim has been approved.

  Claim #:        NSA-25-0330917
  Policy #:       NA-4402-118-07
  Vehicle:        2019 Ford F-150, VIN ending 3K4471
  Date of loss:   02/27/2025
  Cause:          rock strike, I-25 northbound
  Deductible:     $0 (full glass coverage)

Safelite-style mobile service by ClearView Glass is scheduled for 03/06/2025
between 8 am and noon at your work address on file (1 Justice Plaza, Dunmore).
Please make sure the vehicle is accessible in the visitor lot -- the technician
cannot enter the secure parking area.

No injuries were reported on this claim. If that is not correct, please call us
at 1-800-555-0148.

Northstar Auto Insurance Claims
""")

add('clean', 'lookalike',
    'Greenleaf Arbor Care <office@greenleafarbor.com>',
    'dkowalski.home@gmail.com',
    'Arborist report - the big oak out back',
    'Fri, 07 Mar 2025 15:12:00 -0600',
    """
Hi Denise,

Thanks for having me out Wednesday. Here's my diagnosis on the bur oak:

  - Symptoms: thinning crown on the north side, dieback in upper limbs, fungal
    conks at the base (looks like Ganoderma)
  - Diagnosis: root and butt rot, moderate. Tree is stressed but not an
    immediate hazard.
  - Treatment plan: crown reduction ~15%, remove the two dead leaders over the
    garage, deep-root fertilization in April, re-inspect in 12 months. I'd also
    do a resistograph test on the trunk to see how much sound wood is left.

Think of it as tree surgery -- she'll recover better with less weight up top.

Estimate #GL-2291: $1,850 for pruning + $240 for the resistograph.

Dale Hutchins, ISA Certified Arborist NM-4471A
Greenleaf Arbor Care | 555-012-3390
""")

add('clean', 'lookalike',
    'Devon Price <dprice@meridiancorrhealth.com>',
    'mch-integration-dev@meridiancorrhealth.com',
    'zombie child processes on hl7-engine-02 (patient zero found)',
    'Wed, 12 Mar 2025 17:45:09 -0500',
    """
team,

found patient zero for the memory leak. it's the retry worker -- when the
downstream listener times out it forks a child to resend but never reaps it, so
we end up with ~400 <defunct> processes by end of day and the parent eventually
OOMs.

  $ ps -eo pid,ppid,stat,cmd | grep -c ' Z '
  412

triage:
  1. hotfix: add SIGCHLD handler + waitpid(-1, WNOHANG) loop (PR #1187)
  2. kill -9 on the orphaned parent at 0200 via cron until the fix is deployed
  3. postmortem next Tues

no message content was lost, the queue is durable. vitals on the box look ok
now after restart: load 0.8, mem 41%.

-D
""")

add('clean', 'lookalike',
    'Tillery County Inmate Trust <trust-noreply@tillerycountysheriff.org>',
    'sandra.hobbs1960@gmail.com',
    'Deposit receipt - Booking #25-003811',
    'Sun, 09 Mar 2025 13:27:44 -0500',
    """
Thank you for your deposit.

  Receipt #:          TR-25-0091774
  Deposited by:       SANDRA HOBBS
  Deposit to:         Booking #25-003811
  Facility:           Tillery County Detention Center
  Amount:             $50.00
  Fee:                $3.95
  Payment:            Debit card ending 6612
  Date:               03/09/2025 13:27 CT

Funds are available for commissary and phone within 24 hours. Deposits cannot
be refunded once posted. Commissary orders are due Tuesdays by 2300 for
Thursday delivery.

Tillery County Sheriff's Office - Inmate Trust Accounting
555-015-3120 (M-F 8-4)
""" + COUNTY_DISC)

# =====================================================================
# CLEAN -- news
# =====================================================================

add('clean', 'news',
    'Northmarch Dept. of Health <hanbulletin@health.northmarch.gov>',
    'mch-medical-directors@meridiancorrhealth.com',
    'HAN Advisory 2025-07: Tuberculosis in congregate settings, Q4 2024 data',
    'Mon, 03 Mar 2025 12:00:00 -0700',
    """
NORTHMARCH HEALTH ALERT NETWORK -- HEALTH ADVISORY 2025-07
Distributed to: correctional health, shelters, long-term care, local health
departments

Summary
In Q4 2024 the state recorded 38 active TB cases, of which 6 (16%) were
diagnosed in persons residing in correctional facilities or homeless shelters
at the time of diagnosis, up from 3 in Q4 2023. Two cases were isoniazid-
resistant.

Recommendations for correctional facilities
 1. Symptom screening at intake for every person booked, regardless of length
    of stay.
 2. TST or IGRA within 7 days for persons expected to stay > 14 days.
 3. Airborne infection isolation for anyone with symptoms plus abnormal CXR
    until 3 sputum AFB smears are negative.
 4. Report suspected or confirmed cases within 1 business day to the local
    health department TB program.
 5. Coordinate discharge planning so treatment continues after release.

Contact the State TB Program at 555-010-2200 or tb.program@health.northmarch.gov.

This message is for public health and healthcare partners. Please distribute.
""")

add('clean', 'news',
    'CorrectRx Pharmacy <communications@correctrxpharmacy.com>',
    'phci-hsa@meridiancorrhealth.com',
    'URGENT: Voluntary recall - naloxone 4 mg nasal spray, select lots',
    'Tue, 04 Mar 2025 14:30:00 -0600',
    """
Dear CorrectRx client facility,

The manufacturer Valderra Pharmaceuticals has initiated a voluntary recall to
the user level of Naloxone HCl Nasal Spray 4 mg, lots VN24113A, VN24113B and
VN24118C (exp. 09/2026), due to reports of a defective plunger that may fail to
deliver a dose.

What you should do:
  - Check all emergency response bags, med carts, housing unit AED cabinets and
    officer-issued kits for the affected lots.
  - Quarantine affected units and complete the attached return form.
  - CorrectRx will ship replacement units at no charge within 48 hours of
    receiving your count.

No adverse events have been reported in correctional facilities served by
CorrectRx. Unaffected lots may continue to be used.

Questions: CorrectRx Recall Desk, 1-800-555-0177 opt 5.
""", html="""<html><body><h3 style="color:#b00">URGENT: Voluntary recall &ndash; naloxone 4 mg nasal spray</h3>
<p>Dear CorrectRx client facility,</p>
<p>The manufacturer Valderra Pharmaceuticals has initiated a voluntary recall to the user level of Naloxone HCl Nasal Spray 4 mg, lots <b>VN24113A, VN24113B and VN24118C</b> (exp. 09/2026), due to reports of a defective plunger that may fail to deliver a dose.</p>
<ul><li>Check all emergency response bags, med carts, housing unit AED cabinets and officer-issued kits.</li>
<li>Quarantine affected units and complete the attached return form.</li>
<li>CorrectRx will ship replacement units at no charge within 48 hours.</li></ul>
<p>No adverse events have been reported in correctional facilities served by CorrectRx.</p>
<p>CorrectRx Recall Desk, 1-800-555-0177 opt 5</p></body></html>""")

add('clean', 'news',
    'CorrectRx Clinical Update <newsletter@correctrxpharmacy.com>',
    'mch-medical-directors@meridiancorrhealth.com',
    'Formulary Notes - March 2025',
    'Wed, 05 Mar 2025 07:00:00 -0600',
    """
FORMULARY NOTES | March 2025 | CorrectRx Clinical Services

ADDED
  * Buprenorphine extended-release injection (monthly) -- now formulary for
    MOUD programs with a signed facility agreement. Reduces diversion risk vs
    SL film.
  * Semaglutide -- restricted; requires NFR with A1c and BMI documentation.

REMOVED
  * Quetiapine 25 mg for sleep -- high misuse potential in custody; use
    trazodone or hydroxyzine per sleep protocol.

THERAPEUTIC INTERCHANGE
  * Omeprazole 20 mg will auto-substitute for pantoprazole 40 mg starting 4/1.

Ask the pharmacist: "Can we crush ER metformin for patients suspected of
cheeking?" -- No. Switch to IR metformin and use mouth checks.

You are receiving this as a CorrectRx client. Manage preferences.
""")

add('clean', 'news',
    'Correctional Health Standards Council <news@chsc-standards.org>',
    'obrandt@meridiancorrhealth.com',
    'CHSC Bulletin: 2025 jail standards update & spring conference',
    'Thu, 06 Mar 2025 09:00:00 -0500',
    """
CHSC BULLETIN -- March 2025

2025 Jail Health Standards: what changed
- Receiving screening must now be completed within 4 hours of booking (was "at
  booking") and by a qualified health care professional or trained officer.
- New essential standard on withdrawal management: facilities must use a
  validated tool (CIWA-Ar, COWS or equivalent) and document reassessment
  intervals.
- Restraint of pregnant individuals: leg and waist restraints prohibited in
  2nd and 3rd trimester and during transport to delivery.

Spring Conference, April 24-26, Albuquerque-area host site
  Keynote: "From booking to reentry: continuity of MOUD" -- Dr. Renée Okafor-Lind
  Early registration ends 3/28.

Accreditation survey reminder: facilities due this cycle should submit their
self-survey 60 days before the site visit.

Correctional Health Standards Council | 555-010-4499
""")

add('clean', 'news',
    'Tillery County Public Health <epi@tillerycounty.org>',
    'county-partners-list@tillerycounty.org',
    'Overdose Surveillance Brief - February 2025',
    'Fri, 07 Mar 2025 16:00:00 -0600',
    """
TILLERY COUNTY OVERDOSE SURVEILLANCE BRIEF -- FEBRUARY 2025 (provisional)

                               Feb 2025   Jan 2025   Feb 2024
  ED visits, suspected OD         61         74         58
  EMS naloxone administrations    88         97         71
  Deaths (provisional)             9         11          7
  Deaths within 14 days of
    release from custody           1          2          1

Notes
- Fentanyl detected in 8 of 9 provisional deaths; xylazine in 3.
- The jail MOUD program inducted 47 people in February; 31 were continued on
  buprenorphine at release with a community appointment.
- Naloxone leave-behind kits distributed at release: 112.

Cells under 5 are suppressed in the public dashboard. Data are provisional and
subject to change.

Tillery County Public Health, Epidemiology Unit
""")

add('clean', 'news',
    'Northmarch DOC Health Services <hs-bulletin@doc.northmarch.gov>',
    'all-doc-health@doc.northmarch.gov',
    'Hep C Elimination Initiative - quarterly update',
    'Mon, 10 Mar 2025 08:00:00 -0500',
    """
Hepatitis C Elimination Initiative -- Q4 2024 Update

Since the program launched in 2022:
  Screened at intake (opt-out):      9,412
  Antibody positive:                 2,118 (22.5%)
  RNA confirmed:                     1,406
  Started DAA treatment:             1,047
  Completed treatment:                 962
  SVR12 documented:                    871 (90.5% of completers with result)

Q4 highlights
  * PHCI reached 100% treatment-start for eligible patients with >6 months
    remaining on sentence.
  * Reentry bridge: 64 patients released mid-treatment had medication
    continued through Medicaid reinstatement.
  * New simplified protocol (no genotype, no pre-treatment liver biopsy) now
    standard at all sites.

Thank you to the nursing, pharmacy and reentry teams statewide.

Northmarch Department of Corrections, Office of Health Services
""")

# =====================================================================
# CLEAN -- staff
# =====================================================================

add('clean', 'staff',
    '"Lindqvist, Erik MD" <elindqvist@meridiancorrhealth.com>',
    '"Qureshi, Farah MD" <fqureshi@meridiancorrhealth.com>',
    'RE: COWS threshold for bup induction at intake',
    'Tue, 04 Mar 2025 18:22:51 -0600',
    """
Farah,

I'd keep COWS >= 8 for standard induction, but for people coming in on fentanyl
I've been waiting for >= 12 or using a low-dose ("micro") start to avoid
precipitated withdrawal. We had two bad precipitated cases last fall when we
started at 8-9 with people who'd used within 24 hrs.

Proposal for the protocol update:
  - COWS >= 12 and > 24 h since last fentanyl use -> standard induction
  - uncertain last use -> microinduction schedule (0.5 mg day 1, titrate)
  - anyone already on methadone in the community -> continue methadone via OTP,
    no switch

Happy to take this to P&T next month.

Erik

> On Tue, Mar 4, 2025 at 3:10 PM Farah Qureshi wrote:
> what are you using as the COWS cutoff at TCDC? ASCF nursing is asking
> whether 8 is too low now that almost everything is fentanyl.
""")

add('clean', 'staff',
    '"Dr. Farah Qureshi" <fqureshi@meridiancorrhealth.com>',
    'mch-providers@meridiancorrhealth.com',
    'curbside: hyperkalemia pre-dialysis, what do you do on weekends?',
    'Sat, 08 Mar 2025 11:05:00 -0500',
    """
Question for the group (no names, just thinking out loud):

A man in his 60s on MWF dialysis who keeps coming back Monday mornings with K in
the low 6s. No EKG changes so far. Diet in custody is the obvious problem -- the
"renal tray" is inconsistently delivered and commissary sells chips and
bananas.

What are people doing at your sites?
  - standing Lokelma on weekends?
  - asking custody to restrict commissary (feels like a rights issue)?
  - adding a Saturday run (RiverBend says they have no chair)?

Farah Qureshi, MD
Site Medical Director, ASCF
""")

add('clean', 'staff',
    '"Whitaker, Janelle RN" <jwhitaker@meridiancorrhealth.com>',
    'mch-nursing-leadership@meridiancorrhealth.com',
    'weekend staffing - we are short 3 for detox watch',
    'Thu, 13 Mar 2025 15:30:10 -0500',
    """
Team,

We're short 3 nurses for this weekend, mostly nights. Detox watch census is 11
at TCDC right now (normal is 5-6) after the warrant sweep Tuesday, and CIWA/COWS
q1-2h checks are eating the whole shift.

Options I can see:
  1. Agency (Apex Staffing has 2 RNs available, $92/hr)
  2. Pull one LPN from ASCF days -- leaves their infirmary with 1 nurse
  3. Ask custody for a 2nd officer on medical obs so nurse rounds go faster

I'm leaning 1 + 3. Please reply by 1700 so I can confirm with Apex.

Janelle Whitaker, RN, MSN
Director of Nursing
""")

add('clean', 'staff',
    '"Harmon, Beverly LCSW" <bharmon@meridiancorrhealth.com>',
    'mch-mental-health@meridiancorrhealth.com',
    'telepsych workflow - consent + camera cart checklist',
    'Fri, 14 Mar 2025 10:10:40 -0400',
    """
Hi all,

After the last few dropped sessions, here's the updated checklist for
telepsych days. Please print and keep it on the cart.

BEFORE THE SESSION
  [ ] cart in MH office, plugged in, wired ethernet (not wifi)
  [ ] camera test with TeleMind 15 min before first patient
  [ ] consent for telehealth on file (new form rev. 02/2025) -- if not, sign it
      before the psychiatrist joins
  [ ] officer positioned OUTSIDE the door, line of sight only, unless security
      level requires otherwise -- document the reason

DURING
  [ ] nurse or MH clinician in the room for new evals
  [ ] have current MAR and last vitals printed

AFTER
  [ ] scan psychiatrist's note into chart same day
  [ ] new orders to pharmacy by 1400 for next-day delivery

Questions -> me or Dr. Roos-Tennant.

Bev Harmon, LCSW
Mental Health Coordinator
""")

add('clean', 'staff',
    '"Ybarra, Carmen" <cybarra@meridiancorrhealth.com>',
    '"Lt. Samuel Ferro" <sferro@doc.northmarch.gov>',
    'proposal: dialysis transport windows',
    'Wed, 05 Mar 2025 09:30:00 -0500',
    """
Lt. Ferro,

Following up on Monday's meeting. The dialysis van keeps leaving RiverBend
before treatment is finished because of shift change, which shortens runs and
causes problems later. Proposal:

  - Departure from ASCF at 0515 (instead of 0545) for the 0600 chair
  - Escort officers assigned from the 0500-1300 roster so no one has to leave
    at 0900
  - If a run is cut short for custody reasons, the officer notes the reason on
    the trip log so we can track it for the contract

No patient changes needed, just roster. Can we pilot for 2 weeks starting 3/17?

Carmen Ybarra
Outside Scheduling Coordinator
""")

add('clean', 'staff',
    '"Dr. Farah Qureshi" <fqureshi@meridiancorrhealth.com>',
    'mch-providers@meridiancorrhealth.com',
    'heat plan reminder - psych meds & anticholinergics',
    'Mon, 10 Mar 2025 07:45:00 -0500',
    """
Colleagues,

It's early but the building AC at ASCF housing units 4 and 5 failed twice last
summer, so let's get ahead of it.

Per the heat-risk policy, anyone on the following should be on the heat-risk
list (nursing generates the list from the MAR; please don't email it around):
  - antipsychotics (esp. clozapine, olanzapine, chlorpromazine)
  - lithium
  - anticholinergics / TCAs
  - diuretics and beta-blockers
  - age > 65, cardiac disease, obesity

When heat index > 90 F: ice water at every count, extra showers, and heat-risk
patients moved to cooler housing when possible.

Updated policy HS-B-14 is on the SharePoint.

Farah
""")

add('clean', 'staff',
    '"Quality - MCH" <quality@meridiancorrhealth.com>',
    'mch-medical-directors@meridiancorrhealth.com',
    'M&M summary - missed insulin doses at intake (de-identified)',
    'Wed, 12 Mar 2025 12:00:00 -0500',
    """
Morbidity & Mortality summary -- February 2025 (de-identified, peer review
privileged)

Case: adult with type 1 diabetes booked late evening. Home insulin regimen was
documented on the receiving screening but no bridge order was obtained
overnight. First dose given ~20 hours after booking; patient developed DKA and
was transferred to the ED. Recovered fully.

Contributing factors
  - intake nurse unsure whether on-call provider should be paged for "non-
    urgent" med continuation
  - insulin verification depended on the community pharmacy being open
  - no hard stop in the EHR for insulin-dependent diabetes without an order

Actions
  1. Standing order for basal insulin continuation at home dose (or 0.2 u/kg
     if unknown) pending provider review -- approved by P&T 3/5.
  2. EHR hard stop added to receiving screening (go-live 3/24).
  3. Education at nursing huddles this month.

This document is a confidential peer review record. Do not forward outside
the Quality Committee distribution.
""")

# =====================================================================
# CLEAN -- training
# =====================================================================

add('clean', 'training',
    '"EHR Training - MCH" <ehr-training@meridiancorrhealth.com>',
    'new-hires-march@meridiancorrhealth.com',
    'EHR practice exercises - TRAINING environment only',
    'Mon, 03 Mar 2025 08:00:00 -0600',
    """
Welcome to the March nursing cohort!

Before Thursday's class, log in to the TRAINING environment (trn.mchehr.local,
NOT production) and complete these exercises using the test patients below.
These are fictional records and reset every night.

  Test patient             Booking #     Scenario
  ZZTEST, ALPHA            00-000001     Intake screening - positive TB symptoms
  ZZTEST, BRAVO            00-000002     Insulin-dependent diabetic, bridge order
  ZZTEST, CHARLIE          00-000003     CIWA scoring, 3 reassessments
  TRAINING, PATIENT ONE    00-000004     Refusal of medication documentation

Exercise 2 hint: ZZTEST, BRAVO has a home dose of 24 units glargine -- practice
entering it under the new standing order.

Do not enter any real patient information in the training system.

EHR Training Team
""")

add('clean', 'training',
    'Rhapsody Sales Engineering <demo@meshlinkintegration.com>',
    'Devon Price <dprice@meridiancorrhealth.com>',
    'Demo follow-up: sample ADT and ORU messages for your sandbox',
    'Thu, 06 Mar 2025 13:00:00 -0600',
    """
Hi Devon,

Thanks for joining the demo. As promised, here are the sample messages we used
to show PID-3 repeating identifiers and assigning-authority mapping. All data
is synthetic.

MSH|^~\\&|DEMOEHR|DEMOHOSP|MESHLINK|SANDBOX|20250101120000||ADT^A01|DEMO0001|T|2.5.1
EVN|A01|20250101120000
PID|1||TEST000001^^^DEMOHOSP^MR~999999^^^DEMODOC^DOC||DOE^JOHN^Q||19700101|M|||123 MAIN ST^^ANYTOWN^ZZ^00000
PV1|1|I|DEMO^101^A|||||||MED

MSH|^~\\&|DEMOLAB|DEMOHOSP|MESHLINK|SANDBOX|20250101130000||ORU^R01|DEMO0002|T|2.3
PID|1||TEST000002^^^DEMOHOSP^MR||SAMPLE^JANE||19800101|F
OBX|1|NM|2345-7^Glucose^LN||100|mg/dL|70-99|H|||F

Note MSH-11 = T (test). Your 30-day sandbox license key is in a separate email.

Best,
Kiran
MeshLink Integration - Sales Engineering
""")

add('clean', 'training',
    '"Training Sgt. Omar Reyes" <oreyes@tillerycountysheriff.org>',
    'TCDC Medical <tcdc-medical@meridiancorrhealth.com>',
    'Man-down drill 3/19 - scenario (EXERCISE)',
    'Fri, 14 Mar 2025 09:15:00 -0500',
    """
*** EXERCISE EXERCISE EXERCISE ***

Joint custody/medical man-down drill, Wed 3/19 at approx. 1400, E-pod dayroom.

Scenario: role player "Inmate SAMPLE, Drill" (played by Dep. Torres, wearing a
DRILL vest) found unresponsive, pinpoint pupils, slow breathing. Officers
initiate radio code, start rescue breathing and give naloxone TRAINER device.
Medical responds with the emergency bag and AED trainer.

Evaluation points: time to radio call, time to first naloxone, time medical on
scene, handoff report to EMS (EMS will be simulated by the shift Sgt).

Use only training naloxone (blue TRAINER label). Real kits stay sealed.

Sgt. Omar Reyes
Training Unit, Tillery County Sheriff's Office
""" + COUNTY_DISC)

add('clean', 'training',
    '"Whitaker, Janelle RN" <jwhitaker@meridiancorrhealth.com>',
    'new-hires-march@meridiancorrhealth.com',
    'med pass documentation - examples for orientation',
    'Tue, 11 Mar 2025 07:30:00 -0500',
    """
Orientation handout - MAR documentation. Examples use the sample record "Jane
Doe" from the skills lab binder; not a real patient.

GOOD:
  03/11 0615  Jane Doe  sertraline 50 mg PO  GIVEN  mouth check done. JW
  03/11 0615  Jane Doe  metformin 500 mg PO  REFUSED  pt states "upset
              stomach," refusal form signed, provider notified via task. JW

NOT OK:
  03/11 0615  Jane Doe  meds  "refused"     <- which meds? form? notified?
  03/11 0615  Jane Doe  sertraline  given by officer   <- officers never pass meds

Rules of thumb: 3 refusals in a row = provider referral. Any suspected
cheeking = document + notify custody supervisor, don't confront alone.

Janelle
""")

add('clean', 'training',
    'TeleMind Onboarding <onboarding@telemindpsych.com>',
    '"Harmon, Beverly LCSW" <bharmon@meridiancorrhealth.com>',
    'Your TeleMind sandbox is ready',
    'Wed, 26 Feb 2025 14:00:00 -0500',
    """
Hi Beverly,

Your practice environment is live at sandbox.telemindpsych.com. Use it to train
site staff on check-in, consent capture and the waiting room before go-live.

Preloaded demo patients (fictional):
  - Test Patient One     (DOB 01/01/1980)  scenario: new eval
  - Test Patient Two     (DOB 02/02/1990)  scenario: med follow-up, lithium
  - Demo, Donald         (DOB 03/03/1975)  scenario: urgent, suicide risk
                                           screen practice

Sandbox sessions are not recorded and never connect to a live psychiatrist.
Data resets every Sunday.

Login: use your work email; temporary password sent separately.

TeleMind Onboarding Team
""")

add('clean', 'training',
    'ClearPath EDI Onboarding <edi-onboarding@clearpathclearinghouse.com>',
    'offsite-claims@meridiancorrhealth.com',
    'Test file results - 837P TEST batch (ISA15=T)',
    'Mon, 24 Feb 2025 11:40:00 -0600',
    """
Hello,

Your 837P test submission passed syntax validation. Summary of the test claim
(synthetic data from our companion guide):

ISA*00*          *00*          *ZZ*MCHTEST        *ZZ*CLEARPATH      *250224*1130*^*00501*000000901*0*T*:~
GS*HC*MCHTEST*CLEARPATH*20250224*1130*901*X*005010X222A1~
ST*837*0001*005010X222A1~
NM1*IL*1*ZZTEST*SUBSCRIBER****MI*TEST00000001~
DMG*D8*19000101*U~
CLM*TESTCLM001*100.00***11:B:1*Y*A*Y*Y~
SE*6*0001~

Result: 1 accepted, 0 rejected. Next step is the 10-claim certification batch,
then production enrollment (ISA15=P).

ClearPath EDI Onboarding | ticket CP-228871
""")


# =====================================================================
# build
# =====================================================================

def build():
    os.makedirs(OUT, exist_ok=True)
    counters = {}
    rows = []
    for i, m in enumerate(MSGS, 1):
        key = (m['label'], m['kind'])
        counters[key] = counters.get(key, 0) + 1
        fname = '%s-%s-%03d.eml' % (m['label'], m['kind'], counters[key])
        msg = EmailMessage()
        msg['From'] = m['frm']
        msg['To'] = m['to']
        if m['cc']:
            msg['Cc'] = m['cc']
        msg['Subject'] = m['subject']
        msg['Date'] = m['date']
        dom = m['frm'].split('@')[-1].rstrip('>').strip()
        msg['Message-ID'] = '<%08x.%d.%d@%s>' % (random.getrandbits(32), SEED, i, dom)
        msg['MIME-Version'] = '1.0'
        for k, v in m['headers'].items():
            msg[k] = v
        if m['cte']:
            msg.set_content(m['body'], cte=m['cte'])
        else:
            msg.set_content(m['body'])
        if m['html']:
            msg.add_alternative(m['html'], subtype='html')
        for data, maint, subt, fn in m['atts']:
            if isinstance(data, str):
                msg.add_attachment(data, subtype=subt, filename=fn)
            else:
                msg.add_attachment(data, maintype=maint, subtype=subt, filename=fn)
        for j, part in enumerate(msg.walk()):
            if part.is_multipart():
                part.set_boundary('----=_Part_%d_%d' % (i, j))
        with open(os.path.join(OUT, fname), 'wb') as f:
            f.write(msg.as_bytes(policy=email.policy.SMTP))
        rows.append([fname, m['label'], m['kind'],
                     m['patient'] if m['label'] == 'phi' else ''])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    return counters


if __name__ == '__main__':
    c = build()
    for k in sorted(c):
        print('%s-%s: %d' % (k[0], k[1], c[k]))
    print('total:', sum(c.values()))
