#!/usr/bin/env python3
"""Blind evaluation mail set: rheumatology/endocrinology practice (infusion, DEXA).
Deterministic: python3 gen.py OUTDIR"""
import os, sys, io, csv, zipfile, random, datetime
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
SEED = 6802
random.seed(SEED)
MSGS = []
TZ = datetime.timezone(datetime.timedelta(hours=-5))
BASE = datetime.datetime(2024, 3, 4, 7, 0, tzinfo=TZ)

DISC = ("\n\nCONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the\n"
        "intended recipient(s) and may contain confidential and privileged information. Any\n"
        "unauthorized review, use, disclosure or distribution is prohibited. If you are not the\n"
        "intended recipient, please contact the sender by reply e-mail and destroy all copies.\n")


def add(label, kind, patient, frm, to, subject, body, html=None, atts=(), cc=None,
        cte=None, date=None, headers=None):
    MSGS.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to,
                     subject=subject, body=body, html=html, atts=list(atts), cc=cc,
                     cte=cte, date=date, headers=headers or {}))


def zip_bytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 3, 11, 8, 15, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def xlsx_bytes(rows, sheet='Sheet1'):
    """Tiny but valid xlsx with inline strings."""
    def col(n):
        s = ''
        n += 1
        while n:
            n, r = divmod(n - 1, 26)
            s = chr(65 + r) + s
        return s

    def esc(t):
        return (str(t).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;'))
    sd = []
    for ri, row in enumerate(rows, 1):
        cells = ''.join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (col(ci), ri, esc(v))
                        for ci, v in enumerate(row))
        sd.append('<row r="%d">%s</row>' % (ri, cells))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % ''.join(sd))
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
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % esc(sheet)),
        ('xl/_rels/workbook.xml.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml', sheet_xml),
    ]
    return zip_bytes(files)


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


# Practice staff / addresses (all invented)
BW = 'brightwater-re.com'
RAMAN = 'Nadia Raman, MD <nraman@%s>' % BW
KESSLER = 'Paul Kessler <pkessler@%s>' % BW
OCAMPO = 'Imelda Ocampo MD <iocampo@%s>' % BW
JOLENE = 'Jolene Hartigan <jhartigan@%s>' % BW
TRICIA = 'Tricia Mavros <tmavros@%s>' % BW
GARY = 'Gary Lindqvist <glindqvist@%s>' % BW
KEISHA = 'Keisha Brandt <kbrandt@%s>' % BW
HOWARD = 'Howard Stiles <hstiles@%s>' % BW
RENATA = 'Renata Szabo <rszabo@%s>' % BW
INFUSION = 'Infusion Suite <infusion@%s>' % BW
FRONT = 'Front Desk <frontdesk@%s>' % BW
PA = 'Prior Auth Team <priorauth@%s>' % BW

# ============================ PHI: care ============================
add('phi', 'care', 'Pinkney', JOLENE, RAMAN, 'pinkney - infusion today',
"""Dr Raman,

Gerald Pinkney got his 3rd loading dose of infliximab this am (5mg/kg, 480mg). Around the
90 min mark his BP dropped to 92/58 and he said he felt "floaty". Stopped the pump, gave 250 NS
bolus, rechecked 118/70 after 15 min and restarted at half rate. Finished w/o further issue.

For next time I'd like to premed w/ acetaminophen + cetirizine and run it over 3 hrs instead of 2.
Can you sign the updated order in his chart? Next infusion is due in 4 wks (q8 after that).

Thx
Jolene

Jolene Hartigan, RN, CRNI
Infusion Nurse Lead | Brightwater Rheumatology & Endocrinology
p 608-555-0147  ext 214
""")

add('phi', 'care', 'Marchetti', 'Nadia Raman <nraman@%s>' % BW, 'Lab Orders <laborders@%s>' % BW,
    'add-on for Marchetti',
"""pls add CMP + CBC w diff to Anita Marchetti's standing order, q8wk for the next yr. She's on methotrexate 20 mg weekly now (went up from 15 in Jan) and last ALT was 74 so I want it q4wk x2 first then back to q8.

thanks - NR

Sent from my iPad""")

add('phi', 'care', 'Bjornstad', KESSLER, GARY, 'RE: DEXA Bjornstad',
"""Thanks Gary. Given the numbers I'm going to start him on zoledronic acid. Can you loop in
Jolene to get him on the infusion schedule once the dental clearance comes back? He has a
crown being done in April so it may be after that.

PK

-----Original Message-----
From: Gary Lindqvist <glindqvist@brightwater-re.com>
Sent: Tuesday, March 12, 2024 2:41 PM
To: Paul Kessler <pkessler@brightwater-re.com>
Subject: DEXA Bjornstad

Dr. Kessler - Harold Bjornstad had his repeat DEXA this morning. L1-L4 T-score -2.8 (was -2.1
in 2021), femoral neck L -2.3, total hip -1.9. Lateral VFA shows possible mild wedge at T12,
he's lost 1.5" height since last scan. Report is in your inbox to sign.

Gary Lindqvist, RT(R)(BD), CBDT
Bone Density Technologist
""")

add('phi', 'care', 'Abernathy', TRICIA, 'Provider Appeals <appeals@skhp-prov.com>',
    'Expedited appeal - Shirley Abernathy - upadacitinib',
"""To the Appeals Reviewer,

Please accept this as an expedited appeal of the denial dated 02/27/2024 for upadacitinib 15 mg
daily for our patient Shirley Abernathy.

Ms. Abernathy has been treated with adalimumab (14 months, secondary loss of response) and
etanercept (6 months, injection site reactions and inadequate response). Her most recent joint
count was 11 swollen / 14 tender with CRP 3.8 mg/dL despite methotrexate 25 mg weekly SC. She
has had two steroid bursts since November.

The step therapy requirement in your policy has been met. Letter of medical necessity from Dr.
Ocampo and chart notes attached via your portal (upload ref 88213).

Tricia Mavros, CPhT
Prior Authorization Specialist
Brightwater Rheumatology & Endocrinology
fax 608-555-0190
""" + DISC,
html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>To the Appeals Reviewer,</p>
<p>Please accept this as an <b>expedited appeal</b> of the denial dated 02/27/2024 for upadacitinib 15&nbsp;mg
daily for our patient <b>Shirley Abernathy</b>.</p>
<p>Ms. Abernathy has been treated with adalimumab (14 months, secondary loss of response) and
etanercept (6 months, injection site reactions and inadequate response). Her most recent joint
count was 11 swollen / 14 tender with CRP 3.8 mg/dL despite methotrexate 25 mg weekly SC. She
has had two steroid bursts since November.</p>
<p>The step therapy requirement in your policy has been met. Letter of medical necessity from Dr.
Ocampo and chart notes attached via your portal (upload ref 88213).</p>
<p>Tricia Mavros, CPhT<br>Prior Authorization Specialist<br>Brightwater Rheumatology &amp; Endocrinology<br>fax 608-555-0190</p>
<p style="font-size:8pt;color:#777">CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the intended recipient(s)...</p>
</body></html>""")

add('phi', 'care', 'Baptiste', 'Colleen Marsh <cmarsh@veltrix-patientsupport.com>', RENATA,
    'follow up from pen training visit',
"""Hi Renata,

Just wanted to close the loop on my visit with your patient Lorraine Baptiste yesterday.
We went through the pen start-up and she did her first 0.25 mg injection in front of me
without any trouble. She was worried about the nausea so we talked about smaller meals and
stopping eating when full. She said her daughter will help her remember the weekly day
(Sundays).

She mentioned she's still taking the glipizide twice a day - I told her to check with your
office about whether that should change, since she's had a couple of readings in the 70s.

Her copay card is activated. Let me know if you want me to come back for the 0.5 step-up.

Best,
Colleen

Colleen Marsh, RN, BSN
Clinical Nurse Educator, Metabolic Franchise
Veltrix Therapeutics | Patient Support Services
Cell 414-555-0188
This message is from a Veltrix nurse educator and is not intended to replace the advice of the
patient's healthcare provider.
""")

add('phi', 'care', 'Fenn', 'Dana Whitlow <dwhitlow@stbrendanrmc.org>', KESSLER,
    'FYI - your patient admitted',
"""Dr. Kessler,

Courtesy note from the hospitalist group at St. Brendan Regional - Walter Fenn was admitted to 4 West overnight with right lower lobe pneumonia and a lactate of 3.1. He's on ceftriaxone/azithro and improving this morning. His wife tells us he gets tocilizumab infusions at your office; we'd recommend holding the one scheduled for Thursday 3/21 until he's clinically recovered and done with antibiotics.

His A1c on admission was 9.4 and his sugars have been 250-300 on the floor, so we've put him on basal-bolus. We'll send the discharge summary when he goes home, likely Sat or Sun.

Dana Whitlow, DO
Hospital Medicine | St. Brendan Regional Medical Center
Pager 608-555-0102
""", cte='quoted-printable')

add('phi', 'care', 'Kaur', RENATA, KESSLER, 'Manpreet - CGM review',
"""Paul - looked at Manpreet Kaur's Clarity download before her visit w/ you tomorrow.

- time in range 48% (goal >70), 9% below 70, mostly 2-5am
- the lows started right after we bumped glargine 30 -> 34 u on 2/20
- post-dinner spikes to 280s, she admits she isn't always taking the lispro w/ dinner

I'd suggest back down to 30u and a simple 1u:10g carb ratio at dinner. She's also asking about switching to a pump, I told her we'd discuss.

Renata

Renata Szabo, RD, CDCES
Diabetes Education | Brightwater""")

add('phi', 'care', 'Delacroix-Hale', 'Scanning Queue <hie-notify@stbrendanrmc.org>', 'Medical Records <records@%s>' % BW,
    'Outside records received',
"""Records for your patient are attached. This is an automated message from St. Brendan HIE
outbound document delivery. Do not reply.
""",
atts=[('ED_visit_summary_20240309.txt', 'text/plain',
"""ST. BRENDAN REGIONAL MEDICAL CENTER - EMERGENCY DEPARTMENT
VISIT SUMMARY

Patient: DELACROIX-HALE, CORINNE M
Visit date: 03/09/2024  Arrival 21:42  Disposition: Discharged 03/10/2024 02:15
Attending: R. Pellegrino, MD

Chief complaint: palpitations, tremor, 8 lb weight loss over 3 wks

Labs: TSH <0.01 (L), Free T4 4.2 ng/dL (H), Free T3 11.8 pg/mL (H). CBC wnl. BMP wnl.
ECG: sinus tachycardia 128, no acute ST changes.

Treatment in ED: propranolol 20 mg PO x1, HR improved to 96.
Discharge meds: propranolol 20 mg PO TID. Methimazole NOT started - deferred to endocrinology.

Follow-up: Brightwater Rheumatology & Endocrinology within 1 week. Patient given return
precautions for fever, sore throat, chest pain.
""")])

# ============================ PHI: names ============================
add('phi', 'names', 'Nguyễn Thị Hồng', KEISHA, INFUSION, 'Nguyễn Thị Hồng - Prolia 2pm',
"""she's here early, in the waiting room w/ her son (he'll interpret). can someone pull the syringe out of the fridge so it's room temp by 2?
K""")

add('phi', 'names', 'Okonkwo-Adeyemi', 'Lab Results Pool <results@%s>' % BW, RAMAN,
    'FW: crit/abnl - please review',
"""Okonkwo-Adeyemi, Chidinma
ESR 62 (H)   CRP 4.1 (H)   Hgb 9.8 (L)   Plt 512 (H)

Dr. Raman - flagging before her abatacept on Tues. Do you want her seen before the infusion or ok to proceed?

-Marisol (lab)
""")

add('phi', 'names', 'van den Berg', FRONT, OCAMPO, 'call from Mr. van den Berg\'s wife',
"""Dr Ocampo,

Mrs. van den Berg called (wife of Pieter, your 11:15 Wed). She says Mr. van den Berg's mouth
sores are back since they upped the methotrexate and he's "barely eating". She wants to know
if he should skip this week's dose. Best # is the home line on file. She'll be home after 1.

Tanya @ front""")

add('phi', 'names', 'Marguerite', JOLENE, 'Infusion RNs <infusion-rn@%s>' % BW, 'callback needed',
"""Can one of you call Marguerite back? The lady from Tuesday 10:30 Benlysta, chair 3 - tall, gray bob, had the IV blown on the first try. She left a VM saying she's got a red itchy patch spreading up her forearm from the IV site. Probably phlebitis but pls have her send a pic through the portal.

J""")

add('phi', 'names', 'Venkataraman', KESSLER, FRONT, 'Tamil interpreter',
"""Hi all - Mrs. Venkataraman (Lakshmi) is coming back 4/4 to go over her DEXA and start the
bisphosphonate discussion. Last time her grandson interpreted and I don't think she got half
of it. Please book a Tamil interpreter (in person if possible, otherwise video) and give her a
40 min slot instead of 20.

Thanks,
Paul Kessler, MD, FACE
Endocrinology""")

add('phi', 'names', 'Al-Khatib', TRICIA, 'Nadia Raman <nraman@%s>' % BW, 'Krystexxa PA - denied again',
"""Dr. Raman,

Bad news on Abdelrahman Al-Khatib. The plan denied pegloticase again, reason given is no documented trial of febuxostat at max tolerated dose. I know he had the rash on febuxostat 40 in 2022 - is that in a note anywhere? If you can write 2-3 lines about it I can put it in with the peer-to-peer request.

Also his G6PD came back normal (needed for the PA anyway).

Tricia""")

add('phi', 'names', 'Horváth', 'Eszter Kovács <ekovacs@%s>' % BW, KESSLER, 'RE: Horváth - pump settings',
"""Done, changed per your note. Basal 0.85 u/h from 00:00-04:00 now (was 1.0).

Eszter

On Fri, Mar 15, 2024 at 4:02 PM Paul Kessler <pkessler@brightwater-re.com> wrote:
> Eszter can you update Dušan's pump? Horváth, Dušan - he had 3 overnight lows
> this week, 52 was the lowest. Drop the overnight basal 15% and have him call Monday
> with readings.
>
> PK
""")

add('phi', 'names', "O'Shaughnessy", 'Brid Tierney <btierney@%s>' % BW, JOLENE,
    "Ms O'Shaughnessy reaction",
"""Jolene, heads up for your note - Siobhán O'Shaughnessy's Reclast today: about 6 hrs after she went home she called w/ fever 101.3, aches, "like the flu". I told her tylenol + fluids, it's the usual acute phase thing, call back if not better in 48h. She's nervous about doing it again next year so maybe mention to Dr K.

Bríd""")

# ============================ PHI: self ============================
add('phi', 'self', 'Kowalczyk', 'Brenda K <brendak61@quickmail.net>', FRONT, 'fever after my infusion',
"""Hello,

This is Brenda Kowalczyk, DOB 7/14/1961. I had my Simponi Aria infusion on Friday with Dr. Ocampo's nurses and since last night I've had a fever of 101 and chills and my throat is very sore. I don't know if I should go to urgent care or if this is normal. Should I still take my methotrexate tomorrow (Monday)?

You can call me at 608-555-0131, I have my phone with me all day.

thank you
Brenda""")

add('phi', 'self', 'Ashworth', 'Megan Ashworth <megash.home@quickmail.net>', RENATA, 'Tyler pump alarms',
"""hi Renata, sorry to bug you again. tyler's pump has been alarming "occlusion" 2-3x a night this week and he's been waking up high (300+ twice). we changed sites every 2 days like you said. he's 15 and honestly sleeps through the alarms so i'm the one up. is it the tubing? the insulin? his appt w/ Dr Kessler isn't till 4/2.

also the school nurse needs the new orders signed, can you fax to 608-555-0170 attn Mrs Daley

Megan (Tyler's mom)""")

add('phi', 'self', 'Achterberg', 'Desmond Achterberg <d.achterberg@fastmail-demo.com>',
    'Harborlight PAP <enroll@harborlight-paf.org>', 'copay card ran out',
"""To whom it may concern,

I received a letter saying my copay assistance for Enbrel has reached the annual maximum
and my next fill will be $1,140. I can't pay that. My name is Desmond Achterberg and my
rheumatologist is Dr. Nadia Raman at Brightwater. I was told your foundation might help
with people who have psoriatic arthritis. My household income is about $41,000.

What do I need to send? I have my insurance card and my last two pay stubs.

Thank you,
Desmond Achterberg
""")

add('phi', 'self', 'Feldmann', 'Ruth Feldmann <rfeldmann48@quickmail.net>', FRONT, 'running late',
"""running about 10 min late for my bone density scan at 9:40, traffic on 18. please don't give away my spot!! Ruth Feldmann

Sent from my iPhone""")

add('phi', 'self', 'Villalobos', 'Carmen Villalobos-Reyes <cvreyes@quickmail.net>', OCAMPO,
    'question about my mother methotrexate',
"""Dear Dr. Ocampo,

I am writing for my mother, Esperanza Villalobos (born 02/11/1943). I help her with her pills now
because she is getting confused. The bottle says methotrexate 2.5 mg take 6 tablets once a week but
I found the pill box and I think she has been taking some every day for maybe a week. She has mouth
sores and she is very tired. Is this dangerous? What should I do?

She also takes folic acid 1 mg every day, and the prednisone 5 mg.

Thank you,
Carmen (daughter)
415-555-0163
""")

add('phi', 'self', 'Morimoto', 'Kenji Morimoto <kmorimoto@fastmail-demo.com>', 'Patient Messages <portal-noreply@%s>' % BW,
    'Re: New test results are available',
"""Hi, I looked at the results in the portal and my A1c is 8.9?? It was 7.6 in the fall. I
have been taking the metformin 1000 twice a day like Dr. Kessler said. The only thing that
changed is I started prednisone for my back in January. Could that be it? Should I make an
appointment sooner than May?

Kenji

> Brightwater Rheumatology & Endocrinology
> You have new test results available in your patient portal. Please log in to view them.
> This mailbox is not monitored. For medical questions please send a portal message.
""")

add('phi', 'self', 'Aubert-Lemaire', 'Francine Aubert-Lemaire <francine.al@quickmail.net>', KESSLER,
    'biopsy results?',
"""Dr. Kessler,

It's been 9 days since the needle biopsy of my thyroid nodule (the 2.3 cm one on the right) and I haven't heard anything. I'm really anxious. Is no news good news? My ENT said the ultrasound looked "suspicious" and I haven't slept well since.

Francine Aubert-Lemaire
DOB 30/06/1979
""", cte='base64',
html="""<div dir="ltr"><div>Dr. Kessler,</div><div><br></div><div>It's been 9 days since the needle biopsy of my thyroid nodule (the 2.3 cm one on the right) and I haven't heard anything. I'm really anxious. Is no news good news? My ENT said the ultrasound looked "suspicious" and I haven't slept well since.</div><div><br></div><div>Francine Aubert-Lemaire<br>DOB 30/06/1979</div></div>""")

# ============================ PHI: ids ============================
add('phi', 'ids', '', TRICIA, 'Jolene Hartigan <jhartigan@%s>' % BW, 'quantiferon for cimzia PA',
"""jo - for the cimzia PA I need the TB test. pt is 00482913, dob 19880304. the quantiferon from feb - was it neg? the payer wants the actual result + date not just "TB screened". if you can drop it in the PA folder that'd be great.
T""")

add('phi', 'ids', 'Ferreira', 'Harborlight PAP <enroll@harborlight-paf.org>', PA,
    'Application received - action needed',
"""Thank you for submitting an application to the Harborlight Patient Assistance Foundation.

Applicant:          Augustin Ferreira
Date of birth:      04-Mar-1939
Medicare MBI:       1EG4-TE5-MK73
Part D plan:        Summit Keystone Rx Premier (PDP)
Medication:         abatacept 125 mg/mL SC weekly
Prescriber:         Imelda Ocampo, MD  NPI on file
Case number:        HPAF-24-0311877

Missing items:
  - Proof of household income (2023 tax return or SSA-1099)
  - Signed patient HIPAA authorization page (page 4)

Please upload the missing items within 14 days or the application will be closed.
Questions: 1-800-555-0199, option 3.
""")

add('phi', 'ids', 'Stavros', 'Client Services <clientservices@tvreflab.com>', 'Lab Orders <laborders@%s>' % BW,
    'Specimen rejected - recollect needed',
"""Tri-Valley Reference Laboratories - Specimen Problem Notification

Accession:      T24-118834
Patient:        STAVROS, ELENI
DOB:            1957-09-22
Client chart#:  BW-221706
Collected:      03/13/2024 11:20
Test(s):        Comprehensive metabolic panel; CBC w/ auto diff
Problem:        Gross hemolysis - potassium and AST not reportable

Please recollect. The ordering provider's note indicates this is methotrexate safety monitoring.
Call 1-888-555-0125 with questions. Ref ticket CS-55102.
""")

add('phi', 'ids', 'Greenlee', 'Specialty Dispensing <dispense@northstar-sp-demo.com>', INFUSION,
    'Kineret shipment confirmation',
"""Shipment confirmed for home delivery:

Ship to: Hattie Greenlee
418 Larchmont Ct Apt 2B
Millbrook, WI 53599
Ph: (608) 555-0176 (cell, OK to text)

Rx# 7718302  anakinra 100mg/0.67mL PFS #28  - 28 day supply
Delivery: Thu 3/14 by 8pm, signature required, cold chain

Ms Greenlee asked us to let the office know she's out of sharps containers - can someone give her one at her next visit?

NorthStar Specialty Pharmacy - Patient Care Team
""")

add('phi', 'ids', 'Ibekwe', 'Billing Office <billing@%s>' % BW, HOWARD, 'acct dispute - DEXA charge',
"""Howard,

Got an angry call from a guarantor on acct# 20049817-01 (Florence Ibekwe). She had a DEXA
(77080) plus VFA (77086) on 1/18 and got billed $312 patient resp because the plan only covers
DEXA every 24 mos and her last one was 22 mos ago at another facility. She says nobody told her.
We didn't get an ABN signed. I think we need to write it off? Let me know and I'll adjust.

Callback 608-555-0155.

Deb
""")

add('phi', 'ids', '', 'Fax Server <faxserver@%s>' % BW, 'Infusion Suite <infusion@%s>' % BW,
    'Inbound fax from 6085550122 (3 pages)',
"""Inbound fax received 03/14/2024 09:52 from 608-555-0122 (ST BRENDAN RHEUM CLINIC)

OCR text of cover page:
-----------------------------------------
FAX COVER
TO: Brightwater Infusion       FROM: Dr. L. Ashby
RE: Pt DOB 11/30/1975  Chart #C-0038817
Transfer of infusion care - belimumab 10 mg/kg q4wk,
last dose 02/29/24. Wt 71.4 kg. Prior hx mild infusion
rxn w/ dose 2, premed w/ diphenhydramine since.
Orders + last 3 MARs attached.
-----------------------------------------
""")

add('phi', 'ids', 'Pruitt', KEISHA, 'Pharmacy Line <rx@northstar-sp-demo.com>', 'verify pt for refill',
"""Hi - calling about the teriparatide refill you faxed over. Pt is Lonnie Pruitt, DOB Sept 3rd '49, last 4 SSN 4471. Dr Kessler already sent the new script on 3/8 so the one you have is a duplicate, please cancel it. The pt said his pen ran out Sunday, can you expedite?

Keisha Brandt
Patient Services Rep
Brightwater Rheumatology & Endocrinology  |  608-555-0140""")

add('phi', 'ids', 'Oyelaran', 'Summit Keystone Health Plan <noreply-um@skhp-prov.com>', PA,
    'Authorization determination - approved',
"""Summit Keystone Health Plan - Utilization Management

Authorization #: UM2403-884120
Member: OYELARAN, BABAJIDE T     Member ID: SKH770412938-02
DOB: 04/19/1966
Service: J1745 infliximab, 10 mg units - 60 units per administration
Dx: M05.79
Place of service: 11 (office)
Approved: 8 administrations, 03/18/2024 - 03/17/2025
Servicing provider: Brightwater Rheumatology & Endocrinology

This is not a guarantee of payment. Benefits are subject to eligibility on date of service.
""")

# ============================ PHI: lists ============================
add('phi', 'lists', 'Pinkney', JOLENE, 'Infusion RNs <infusion-rn@%s>' % BW, 'huddle - Wed 3/20 chairs',
"""Morning huddle, Wed 3/20. 9 pts, 2 RNs + float till noon.

Chair\tTime\tPatient\t\tDrug\t\t\tNotes
1\t0800\tPinkney, G\tinfliximab 480mg\tpremed tylenol/zyrtec, 3 hr rate (BP drop last time)
2\t0800\tAbernathy, S\tIV solu-medrol 500\tbridge until JAK approved
3\t0830\tReyes-Moran, T\trituximab 1000mg\tdose 2 of 2, slow titration, 5+ hrs
4\t0900\tOkonkwo-Adeyemi\tabatacept 750mg\tcheck w/ Raman re ESR/Hgb first!!
5\t0930\tGoldfarb, M\tIV iron 510\t\tdiabetic, bring snack
1\t1130\tLe, Minh Chau\tzoledronic acid 5mg\tdental clearance rec'd 3/15
2\t1200\tSzymanski, R\tocrelizumab\tneuro referral, outside pt
4\t1300\tFenn, W\t\ttocilizumab\tHOLD - still inpt at St B
6\t1400\tBaptiste, L\tlab draw only\tA1c, lipids

Float pls restock the reaction kit in 3, epi was used last week.
""")

add('phi', 'lists', 'Whitcombe', OCAMPO, 'Dr. Amir Farouk <afarouk@%s>' % BW, 'weekend sign-out',
"""Amir - thanks for covering. Sign-out for the weekend:

* Dolores Whitcombe - GCA, on pred 60 started Tues, ESR 98 -> 71. Temporal art bx Mon at St B. If she calls w/ vision changes -> ED, don't wait.
* Pieter van den Berg - MTX mucositis, holding this wk's dose, wife may call. Told them folinic acid if worse.
* Tomás Reyes-Moran - got rituximab #2 Wed, mild rigors, should be fine.
* Babajide Oyelaran - infliximab approved finally, nothing to do, just FYI if plan calls.
* Eleni Stavros - hemolyzed CMP, recollect Mon. K was 5.9 on the one before but hemolyzed also.

Pager is off after 5pm Fri. Call my cell only if it's GCA/vision stuff.

Imelda""")

mtx_rows = [
    ['MRN', 'Last', 'First', 'DOB', 'MTX dose', 'Last CBC', 'Last CMP', 'Last ALT', 'Days overdue', 'Provider'],
    ['BW-104522', 'Marchetti', 'Anita', '05/02/1970', '20 mg PO wk', '01/09/2024', '01/09/2024', '74', '21', 'Raman'],
    ['BW-118830', 'van den Berg', 'Pieter', '11/23/1951', '17.5 mg PO wk', '12/14/2023', '12/14/2023', '31', '47', 'Ocampo'],
    ['BW-120447', 'Dubois', 'Rachelle', '08/08/1984', '25 mg SC wk', '11/30/2023', '11/30/2023', '22', '61', 'Raman'],
    ['BW-131902', 'Nwachukwu', 'Ifeoma', '03/17/1990', '15 mg PO wk', '01/22/2024', '01/22/2024', '40', '8', 'Ocampo'],
    ['BW-133415', 'Abernathy', 'Shirley', '06/29/1963', '25 mg SC wk', '02/01/2024', '02/01/2024', '19', '0', 'Ocampo'],
    ['BW-140021', 'Villalobos', 'Esperanza', '02/11/1943', '15 mg PO wk', '10/05/2023', '10/05/2023', '28', '118', 'Ocampo'],
    ['BW-142277', 'Castellanos', 'Joaquin', '12/01/1958', '20 mg PO wk', '01/30/2024', '01/30/2024', '66', '0', 'Raman'],
]
add('phi', 'lists', 'Marchetti', 'Quality Reports <qreports@%s>' % BW, 'Rheum Nurses <rheum-rn@%s>' % BW,
    'MTX monitoring - overdue labs (weekly)',
"""Attached is this week's methotrexate lab monitoring report (pts with no CBC/CMP in >8 wks or ALT > 2x ULN at last check). Please reach out and get standing orders placed.

Esperanza Villalobos is 118 days overdue - daughter emailed Dr O this week, may be worth a call today.

-- auto report, replies go to Howard Stiles
""", atts=[('mtx_overdue_2024-03-18.csv', 'text/csv', csv_text(mtx_rows))])

pa_rows = [
    ['Patient', 'DOB', 'Payer', 'Member ID', 'Drug', 'Submitted', 'Status', 'Ref #', 'Notes'],
    ['Al-Khatib, Abdelrahman', '1961-04-12', 'Summit Keystone', 'SKH552019843-01', 'pegloticase', '2024-02-19', 'DENIED x2', 'UM2402-771350', 'P2P req, need febuxostat rash note'],
    ['Abernathy, Shirley', '1963-06-29', 'Summit Keystone', 'SKH300128875-01', 'upadacitinib', '2024-02-20', 'APPEAL', 'UM2402-771902', 'expedited appeal sent 3/1'],
    ['Oyelaran, Babajide', '1966-04-19', 'Summit Keystone', 'SKH770412938-02', 'infliximab', '2024-03-04', 'APPROVED', 'UM2403-884120', '8 admin thru 3/17/25'],
    ['Kim, Soo-ah', '1992-10-03', 'Lakeland Medicaid MCO', 'LMC0091827364', 'certolizumab', '2024-03-11', 'PENDING', '', 'need quantiferon result'],
    ['Bjornstad, Harold', '1948-01-27', 'Medicare Part B', '5TR2-WQ8-HN41', 'zoledronic acid', 'n/a', 'NO PA REQ', '', 'dental clearance pending'],
    ['Kaur, Manpreet', '1975-07-07', 'Badger Mutual PPO', 'BMP-4410-99281', 'Omnipod 5 pods', '2024-03-12', 'PENDING', 'BM-PA-2291', 'CGM data + logs uploaded'],
]
add('phi', 'lists', 'Al-Khatib', TRICIA, HOWARD, 'PA tracker for Monday mtg',
"""Howard - here's the open PA tracker for Mon. 2 denials this month both from Summit Keystone, I think we should raise it with their provider rep.

Tricia
""", atts=[('PA_tracker_March.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            xlsx_bytes(pa_rows, 'Open PAs'))])

dexa_rows = [
    ['appt_date', 'appt_time', 'patient_name', 'dob', 'mrn', 'scan_type', 'prior_scan', 'referring', 'notes'],
    ['2024-03-25', '08:00', 'FELDMANN, RUTH', '1948-02-16', 'BW-090112', 'AP spine + bilat hip', '2022-03-07', 'Kessler', 'on alendronate 5 yrs - drug holiday?'],
    ['2024-03-25', '08:30', 'LE, MINH CHAU', '1955-05-30', 'BW-127760', 'AP spine + L hip + VFA', '', 'Raman', 'chronic pred, baseline'],
    ['2024-03-25', '09:00', 'VENKATARAMAN, LAKSHMI', '1952-12-09', 'BW-129981', 'AP spine + bilat hip', '2023-09-14', 'Kessler', 'TAMIL INTERPRETER'],
    ['2024-03-25', '09:30', 'HOLLOWAY, JUNE', '1960-08-21', 'BW-135540', 'forearm + hip', '', 'outside - Dr Petrakis', 'hyperparathyroid, L hip replaced'],
    ['2024-03-25', '10:00', 'BJORNSTAD, HAROLD', '1948-01-27', 'BW-101376', 'VFA only', '2024-03-12', 'Kessler', 'lateral T-spine f/u'],
    ['2024-03-25', '10:30', 'ACHTERBERG, DESMOND', '1969-11-11', 'BW-138004', 'AP spine + bilat hip', '', 'Raman', 'baseline, PsA on pred'],
]
add('phi', 'lists', 'Feldmann', GARY, 'Radiology Group Reading <dexa-reads@lakeshore-rad-demo.com>',
    'DEXA schedule 3/25 - for reader assignment',
"""Hi Sunita,

Zipped export of Monday's DEXA schedule so you can assign readers. Password is the usual one, sent separately. Holloway is an outside referral so her report needs to go to Dr. Petrakis too.

Gary Lindqvist, RT(R)(BD), CBDT
Brightwater Rheumatology & Endocrinology - Bone Density
""", cte='quoted-printable', atts=[('dexa_sched_0325.zip', 'application/zip', zip_bytes([('dexa_sched_0325.csv', csv_text(dexa_rows))]))])

add('phi', 'lists', 'Kaur', RENATA, KESSLER, 'CGM/pump downloads needed before visits',
"""Paul, here's who's coming in next week that I don't have a download for. I've messaged them all through the portal but the ones with * never read it.

DATE   PATIENT                 DEVICE            LAST UPLOAD   LAST A1C  NOTES
-----  ----------------------  ----------------  ------------  --------  ------------------------------
3/25   Kaur, Manpreet          Dexcom G7         3/11          8.1       lows 2-5am, basal cut 3/14
3/25   Ashworth, Tyler (15)    t:slim X2+G7      3/02*         9.2       occlusion alarms, mom calling
3/26   Horváth, Dušan          Medtronic 780G    3/15          7.4       basal changed 3/15
3/27   Morimoto, Kenji         none              n/a           8.9       on pred, A1c up, consider CGM
3/28   Pham, Quoc Bao          Libre 3           never*        10.6      new to us, transfer from Dr Yee
3/29   Bellweather, Nan        Omnipod 5         2/20*         6.9       fine, just overdue

R.""")

add('phi', 'lists', 'Goldfarb', 'Alyssa Trent <atrent@%s>' % BW, TRICIA, 'PAP renewals due Q2',
"""Tricia - these are the pts whose manufacturer assistance / foundation grants expire before end of June. I already sent the renewal packets to the ones marked "mailed".

| Patient               | Program                        | Drug          | Expires  | Status            |
|-----------------------|--------------------------------|---------------|----------|-------------------|
| Goldfarb, Miriam      | Veltrix Cares PAP              | semaglutide   | 04/30/24 | mailed 3/11       |
| Achterberg, Desmond   | Harborlight PAF (PsA fund)     | etanercept    | new      | app in progress   |
| Ferreira, Augustin    | Harborlight PAF (RA fund)      | abatacept SC  | 05/15/24 | missing income    |
| Nwachukwu, Ifeoma     | Corvane Access 360 copay card  | adalimumab-xx | 06/01/24 | mailed 3/11       |
| Dubois, Rachelle      | Corvane Access 360 copay card  | adalimumab-xx | 06/01/24 | NOT REACHABLE     |
| Le, Minh Chau         | free drug (uninsured)          | denosumab     | 06/22/24 | needs new 1040    |

Rachelle's phone is disconnected, I'm going to send a letter.

Alyssa Trent | Patient Financial Navigator""")

# ============================ PHI: struct ============================
add('phi', 'struct', 'Castellanos', 'Howard Stiles <hstiles@%s>' % BW, 'Interface Support <support@tvreflab.com>',
    'TSH results not filing - ticket 55190',
"""Hi team,

Results from you since about 6am aren't filing to the right patient - this one went to the error queue with "no patient match". Pasting the raw message from the engine log. Looks like PID-3 has the lab's ID not ours?

MSH|^~\\&|TVRL|TRIVALLEY|BWEHR|BRIGHTWATER|20240318061244||ORU^R01|TV24031800417|P|2.5.1
PID|1||TV8830214^^^TVRL^PI~BW-142277^^^BW^MR||CASTELLANOS^JOAQUIN^R||19581201|M|||2201 W Orchard Ln^^Millbrook^WI^53599||6085550119
ORC|RE|BW-ORD-558122|T24-120077
OBR|1|BW-ORD-558122|T24-120077|3016-3^TSH^LN|||20240317084500|||||||||1588204473^RAMAN^NADIA
OBX|1|NM|3016-3^TSH^LN||0.03|uIU/mL|0.45-4.50|L|||F|||20240318060012
OBX|2|NM|3024-7^Free T4^LN||2.6|ng/dL|0.8-1.8|H|||F|||20240318060012
OBX|3|NM|1742-6^ALT^LN||66|U/L|0-44|H|||F|||20240318060012

There are maybe 40 more like it. Can you check the PID mapping on your side?

Howard Stiles
Practice Administrator
""")

adt = ("MSH|^~\\&|STB_ADT|STBRENDAN|BW_INBOUND|BRIGHTWATER|20240316231907||ADT^A01|STB-A01-9920113|P|2.3\r"
       "EVN|A01|20240316231500\r"
       "PID|1||SB00772144^^^STB^MR||FENN^WALTER^J||19510817|M||W|88 Quarry Hill Rd^^Millbrook^WI^53599||(608)555-0183|||M||SB-ACCT-44018820\r"
       "PV1|1|I|4W^412^B^STB|E|||2231^OKORO^UCHE^^^MD|||MED||||7|||2231^OKORO^UCHE^^^MD|IN||SBHP|||||||||||||||||||STB|||||202403162215\r"
       "DG1|1||J18.9^Pneumonia, unspecified organism^I10|||A\r"
       "DG1|2||E11.65^Type 2 DM with hyperglycemia^I10|||A\r"
       "IN1|1|SBHP01|7788|Summit Keystone Medicare Adv|||||||||||FENN^WALTER^J|SEL|19510817||||||||||||||||||SKH118830227-01\r")
add('phi', 'struct', 'Fenn', 'Marcus Bell <mbell@stbrendanrmc.org>', HOWARD, 'ADT feed sample for your new interface',
"""Howard,

As requested, attached is one of the A01s our engine tried to send your new inbound endpoint last night (it NAK'd with AE - segment PV1 field 44 format). It's a real one from the feed since you're the PCP-of-record practice for this pt, so treat accordingly. I think your side expects YYYYMMDDHHMMSS and we only send to the minute.

Marcus Bell
Integration Analyst, IS Dept
St. Brendan Regional Medical Center
""", atts=[('A01_STB-A01-9920113.hl7', 'application/octet-stream', adt.encode('ascii'))])

add('phi', 'struct', 'Oyelaran', 'Deb Kowal <dkowal@%s>' % BW, 'EDI Support <edisupport@clearpath-ch-demo.com>',
    'claim rejected 999 - loop 2400',
"""Hello, our claim for infliximab got rejected at the clearinghouse, can you tell me what's wrong with the NDC segment? This is the claim portion as it shows in our batch viewer:

ISA*00*          *00*          *ZZ*BWRHEUM001     *ZZ*CLEARPATH      *240319*1022*^*00501*000004411*0*P*:~
GS*HC*BWRHEUM001*CLEARPATH*20240319*1022*4411*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*BW240319A*20240319*1022*CH~
NM1*85*2*BRIGHTWATER RHEUMATOLOGY AND ENDOCRINOLOGY*****XX*1992837465~
N3*1400 LAKEVIEW PKWY STE 200~
N4*MILLBROOK*WI*53599~
HL*2*1*22*0~
SBR*P*18*GRP88120******CI~
NM1*IL*1*OYELARAN*BABAJIDE*T***MI*SKH770412938-02~
N3*77 ELMWOOD TER~
N4*MILLBROOK*WI*53599~
DMG*D8*19660419*M~
NM1*PR*2*SUMMIT KEYSTONE HEALTH PLAN*****PI*SKHP1~
CLM*BW88201-0319*6240.00***11:B:1*Y*A*Y*Y~
REF*G1*UM2403-884120~
HI*ABK:M0579~
LX*1~
SV1*HC:J1745*5880.00*UN*60***1~
DTP*472*D8*20240318~
LIN**N4*57894003001~
CTP****6*UN~
LX*2~
SV1*HC:96413*360.00*UN*1***1~
DTP*472*D8*20240318~
SE*25*0001~

Thank you,
Deb Kowal
Billing Specialist, Brightwater
""")

add('phi', 'struct', 'Holloway', 'Deb Kowal <dkowal@%s>' % BW, HOWARD, 'FW: 835 - DEXA denials',
"""fyi the ERA came in, two DEXA denials for frequency. the Holloway one is an outside referral, we should have checked. pasting the relevant CLPs

CLP*BW77013-0225*4*215.00*0*0*MC*2024057118830*11*1~
NM1*QC*1*HOLLOWAY*JUNE*A***MI*SKH401992876-01~
NM1*82*1*KESSLER*PAUL****XX*1588341907~
DTM*232*20240225~
SVC*HC:77080*175.00*0**1~
CAS*CO*119*175.00~
SVC*HC:77086*40.00*0**1~
CAS*CO*119*40.00~
CLP*BW77020-0226*4*175.00*0*0*MC*2024057118901*11*1~
NM1*QC*1*FELDMANN*RUTH*L***MI*SKH118553310-01~
DTM*232*20240226~
SVC*HC:77080*175.00*0**1~
CAS*CO*119*175.00~

CO-119 = benefit max for time period. both under 23 mos since last scan.

Deb""")

add('phi', 'struct', 'Kim', 'Tricia Mavros <tmavros@%s>' % BW, 'Alyssa Trent <atrent@%s>' % BW, 'elig check Kim - active?',
"""Alyssa, 271 for Soo-ah came back, can you read this? is she still active w/ Lakeland or did it term? I see an EB*6 which I think means inactive??

ISA*00*          *00*          *ZZ*LAKELANDMCO    *ZZ*BWRHEUM001     *240319*0914*^*00501*000118822*0*P*:~
GS*HB*LAKELANDMCO*BWRHEUM001*20240319*0914*118822*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*ELG240319BW07*20240319*0914~
HL*1**20*1~
NM1*PR*2*LAKELAND MEDICAID MCO*****PI*LMC01~
HL*2*1*21*1~
NM1*1P*2*BRIGHTWATER RHEUMATOLOGY*****XX*1992837465~
HL*3*2*22*0~
TRN*2*ELG-77120*9BWRHEUM01~
NM1*IL*1*KIM*SOO-AH****MI*LMC0091827364~
N3*15 BIRCHWOOD CIR APT 4~
N4*MILLBROOK*WI*53599~
DMG*D8*19921003*F~
DTP*346*D8*20240101~
EB*6**30**MEDICAID MCO~
DTP*347*D8*20240229~
MSG*COVERAGE TERMINATED - RECERTIFICATION NOT RECEIVED~
SE*17*0001~

if she's termed the cimzia PA is moot until she recerts. ugh.
T""")

fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "bw-138004",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "BW-138004"}],
        "name": [{"family": "Achterberg", "given": ["Desmond", "J"]}],
        "gender": "male",
        "birthDate": "1969-11-11",
        "telecom": [{"system": "email", "value": "d.achterberg@fastmail-demo.com"}],
        "address": [{"line": ["5120 Tamarack Dr"], "city": "Millbrook", "state": "WI", "postalCode": "53599"}]
      }
    },
    {
      "resource": {
        "resourceType": "MedicationRequest",
        "id": "mr-77120",
        "status": "active",
        "intent": "order",
        "subject": {"reference": "Patient/bw-138004"},
        "medicationCodeableConcept": {"text": "etanercept 50 mg/mL SureClick autoinjector"},
        "dosageInstruction": [{"text": "Inject 50 mg subcutaneously once weekly"}],
        "reasonCode": [{"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "L40.50", "display": "Arthropathic psoriasis, unspecified"}]}],
        "requester": {"display": "Nadia Raman, MD"}
      }
    }
  ]
}
"""
add('phi', 'struct', 'Achterberg', 'Integration Dev <dev@harborlight-paf.org>', HOWARD,
    'Re: e-enrollment API pilot - payload check',
"""Hi Howard,

Thanks for pushing a live record through the pilot endpoint. Validation passed on our side except MedicationRequest.dispenseRequest is missing (we need days supply for the grant calc). The exact bundle we received is attached so your vendor can see it.

Regards,
Priya Ramaswamy
Integration Engineer, Harborlight Patient Assistance Foundation

On Mon, Mar 18, 2024 at 3:12 PM Howard Stiles <hstiles@brightwater-re.com> wrote:
> Priya - sent one through just now for the patient we discussed (Desmond's application).
> Let me know what you see.
""", atts=[('received_bundle.json', 'application/json', fhir.encode('utf-8'))])

add('phi', 'struct', 'Le', 'Dr. Quang Yee <qyee@riverbend-im-demo.com>', 'Medical Records <records@%s>' % BW,
    'CCD for transfer of care',
"""Our EHR can't send Direct to you apparently so here's the XML section from her CCD that your DEXA person asked for (meds + results). Patient is Minh Chau Le, transferring osteoporosis care to Dr. Raman.

<recordTarget>
  <patientRole>
    <id extension="RB-55021937" root="2.16.840.1.113883.19.5.99999.1"/>
    <addr use="HP"><streetAddressLine>309 Heron Pond Rd</streetAddressLine><city>Millbrook</city><state>WI</state><postalCode>53599</postalCode></addr>
    <telecom value="tel:+1-608-555-0161" use="HP"/>
    <patient>
      <name><given>Minh Chau</given><family>Le</family></name>
      <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime value="19550530"/>
    </patient>
  </patientRole>
</recordTarget>
...
<section>
  <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="History of medication use"/>
  <title>MEDICATIONS</title>
  <text><list>
    <item>prednisone 7.5 mg PO daily (since 2019)</item>
    <item>alendronate 70 mg PO weekly - STOPPED 01/2024 (GI intolerance)</item>
    <item>calcium carbonate 600 mg + D3 800 IU daily</item>
  </list></text>
</section>
<section>
  <code code="30954-2" codeSystem="2.16.840.1.113883.6.1" displayName="Relevant diagnostic tests"/>
  <title>RESULTS</title>
  <text>DXA 11/02/2022: L1-L4 T -2.6, FN -2.9. 25-OH vit D 18 ng/mL (01/2024).</text>
</section>

Quang Yee, MD - Riverbend Internal Medicine
""")

# ============================ PHI: lang ============================
add('phi', 'lang', 'Castellanos', 'Joaquín Castellanos <jcastellanos58@quickmail.net>', RAMAN,
    'pregunta sobre el metotrexato',
"""Buenas tardes doctora Raman,

Soy Joaquín Castellanos, paciente suyo. Desde que me subieron el metotrexato a 20 mg cada semana tengo muchas náuseas el día después y no puedo trabajar. También me llamaron del laboratorio porque la tiroides salió baja (TSH 0.03) y no entiendo qué significa eso. ¿Tengo que ver al doctor Kessler también?

¿Se puede poner el metotrexato en inyección como le dieron a mi hermano?

Gracias,
Joaquín
Cel. 608-555-0119""")

add('phi', 'lang', 'Goldfarb', 'Thiago Goldfarb <thiago.gf@quickmail.net>', RENATA, 'insulina da minha mãe',
"""Olá Renata,

Aqui é o Thiago, filho da Miriam Goldfarb. A minha mãe tem tido hipoglicemia de manhã, hoje o glicosímetro deu 58 antes do café. Ela toma 22 unidades de insulina glargina à noite e o Ozempic de domingo. Ela também está com a infusão de ferro marcada para quarta-feira na clínica.

Devemos diminuir a insulina hoje à noite? Ela tem medo de ficar sem o Ozempic porque o programa de assistência acaba em abril.

Obrigado,
Thiago
(608) 555-0108""", cte='quoted-printable')

add('phi', 'lang', 'Pham', 'Phạm Quốc Bảo <phamqbao@quickmail.net>', FRONT, 'hỏi về thuốc tuyến giáp và lịch hẹn',
"""Chào phòng khám,

Tôi tên là Phạm Quốc Bảo, sinh ngày 14/08/1967. Bác sĩ Yee giới thiệu tôi qua bác sĩ Kessler để khám tiểu đường và tuyến giáp. Tôi đang uống levothyroxine 100 mcg mỗi sáng và metformin 500 mg hai lần một ngày. Đường huyết buổi sáng của tôi khoảng 180-210.

Lịch hẹn của tôi là ngày 28/3. Tôi có cần nhịn đói để thử máu không? Tôi chưa biết cách tải dữ liệu máy Libre lên.

Cảm ơn,
Bảo""")

add('phi', 'lang', 'Jean-Baptiste', 'Roselande Jean-Baptiste <rjbaptiste@quickmail.net>', INFUSION, 'randevou enfizyon mwen',
"""Bonjou,

Se Roselande Jean-Baptiste k ap ekri. Mwen gen randevou pou enfizyon rituximab mwen jedi 21 mas a 8è30 men mwen pa ka vini paske pitit mwen malad ak lafyèv. Eske nou ka chanje l pou semèn pwochèn? Dènye fwa a mwen te gen yon ti reyaksyon, tèt mwen te fè m mal anpil apre enfizyon an.

Mèsi anpil,
Roselande
Telefòn: 608-555-0137""")

add('phi', 'lang', 'Kovalenko', 'Людмила Коваленко <l.kovalenko@quickmail.net>', GARY, 'Денситометрия - результаты',
"""Здравствуйте, Гари,

Это Людмила Коваленко. Я проходила денситометрию у вас 12 марта. Доктор Кессслер сказал по телефону, что у меня остеопороз позвоночника (T-критерий -3.1) и что нужно начинать уколы Пролиа каждые полгода. Но у меня в январе удалили зуб и сейчас ставят имплант. Можно ли делать уколы? Я очень боюсь осложнений с челюстью.

Можете ли вы прислать мне копию отчета? Дата рождения 22.10.1950.

С уважением,
Людмила Петровна""", cte='base64')

add('phi', 'lang', 'Dela Cruz', 'Marites Santos <msantos@%s>' % BW, 'Rowena Bautista <rbautista@%s>' % BW, 'pt ni Dr O - Dela Cruz',
"""Wena, pa-check naman yung chart ni Mr. Ernesto Dela Cruz bago siya umuwi. Nag-infusion siya ng Actemra kanina tapos sabi niya nahihilo daw siya sa parking, BP niya 88/60 nung bumalik. Pinahiga ko muna at binigyan ng fluids. Paki-document mo na lang kasi nasa chair 5 pa ako with another pt. Si Dr. Ocampo alam na.

Salamat ha!
Tes""")

add('phi', 'lang', 'Chen', 'Chen Meiling <chenml1954@quickmail.net>', KESSLER, '关于我的甲状腺药和血糖',
"""Kessler医生您好，

我是陈美玲（Chen Meiling），出生日期1954年6月3日。上个星期验血，护士说我的TSH是7.8，比上次高。我每天早上吃左甲状腺素75微克，但是我和钙片一起吃的，不知道有没有关系？

另外我的糖化血红蛋白是7.2，二甲双胍要不要加量？下次复诊是4月10日。

谢谢！
陈美玲
电话：608-555-0128""", cte='base64')

add('phi', 'lang', 'Haddad', 'Yousef Haddad <y.haddad.family@quickmail.net>', KESSLER, 'استفسار عن والدتي - السكري',
"""دكتور كيسلر المحترم،

أنا يوسف حداد، ابن المريضة سميرة حداد. والدتي صائمة في شهر رمضان هذا الأسبوع، وقد انخفض السكر عندها أمس إلى 61 قبل الإفطار. هي تأخذ الأنسولين ٢٦ وحدة في المساء وحبوب الغليكلازيد صباحاً.

هل يجب تخفيض جرعة الأنسولين أثناء الصيام؟ موعدها القادم في عيادتكم يوم ٢ أبريل.

شكراً جزيلاً،
يوسف
608-555-0114""")

# ============================ CLEAN: admin ============================
add('clean', 'admin', '', 'IT Service Desk <servicedesk@%s>' % BW, 'All Staff <allstaff@%s>' % BW,
    'PLANNED DOWNTIME Sat 3/23 22:00-02:00 - EHR upgrade (CHG0048812)',
"""All,

The EHR will be unavailable Saturday 3/23 from 10:00 PM to approx. 2:00 AM Sunday for the
quarterly upgrade (change ticket CHG0048812).

What this means for you:
  - Infusion suite is closed Saturday, so no clinical impact expected.
  - Downtime reports (schedule, med lists) will print to the printer in the nurses station
    at 9:30 PM Saturday. Shred them Monday.
  - The patient portal will also be down. Auto-reply will tell people to call 608-555-0140.

On-call IT: Derek Amundsen, cell 608-555-0195. Please open a ticket for anything odd Monday
morning rather than emailing Derek directly.

Thanks,
Brightwater IT Service Desk
""")

add('clean', 'admin', '', JOLENE, 'Infusion RNs <infusion-rn@%s>' % BW, 'April schedule + PTO',
"""Hi team, April schedule draft below. Please tell me by Friday if anything's wrong.

Wk of 4/1:  Mon Jolene/Bríd   Tue Marites/Rowena   Wed Jolene/Marites + float   Thu Bríd/Rowena   Fri Jolene/Bríd
Wk of 4/8:  Bríd PTO 4/8-4/12 (approved). Float (Cassie) covering Mon/Thu.
Wk of 4/15: normal
Wk of 4/22: Rowena at CRNI conference 4/24-26, Marites covers charge.

Also reminder that IV competency check-offs are due 4/30, Cassie is doing them Tues afternoons.

Jolene Hartigan, RN, CRNI
Infusion Nurse Lead""")

add('clean', 'admin', '', 'Facilities - Lakeview Medical Plaza <facilities@lakeviewplaza-mgmt.com>', HOWARD,
    'Work order #WO-22871 - Suite 200 HVAC / DEXA room',
"""Mr. Stiles,

Our HVAC tech (Ray Kuehl, Arctic Air Mechanical) is scheduled for Tuesday 3/26 between 7-9 AM to
look at the supply damper in the room you listed as "Bone Density / Rm 214". The room was
measured at 81°F on Friday which I understand is over the tolerance for your scanner.

He'll need access to the ceiling tile above the scanner. Please make sure the room is unlocked or
someone is there to meet him. Estimated cost if the actuator needs replacing: $640 (tenant
responsibility per lease section 8.2).

Tom Vukovich
Property Manager, Lakeview Medical Plaza
(608) 555-0150
""")

add('clean', 'admin', '', 'Accounts Receivable <ar@medisoft-billing-demo.com>', 'Accounts Payable <ap@%s>' % BW,
    'Invoice INV-2024-03117 - Practice Management Subscription',
"""Dear Customer,

Please find your invoice details below.

Invoice #:        INV-2024-03117
Account #:        CUST-008812
Billing period:   03/01/2024 - 03/31/2024
Description:      Practice Mgmt + Claims Scrubber, 14 provider seats
                  Eligibility (270/271) transactions - 1,882 @ $0.12
                  ERA (835) posting module
Amount due:       $4,318.84
Due date:         04/15/2024

Pay online at the customer portal or by ACH (remittance details on file). Questions about
this invoice: ar@medisoft-billing-demo.com or 800-555-0177.

MediSoft Billing Solutions
""", cte='quoted-printable')

add('clean', 'admin', '', 'Linda Oyler <loyler@%s>' % BW, 'All Staff <allstaff@%s>' % BW,
    'Open enrollment reminder - benefits',
"""Hi everyone,

Quick reminder that open enrollment for the 2024-25 plan year closes Friday April 5. If you
don't make changes you'll roll over to your current medical/dental plan, BUT the FSA and
dependent care FSA do NOT roll over - you have to re-elect.

The HSA plan premium goes down slightly this year. The PPO goes up about 6%. Also new this year:
the vision plan covers a second pair of glasses.

Benefits info session: Wed 3/27 12:15 in the break room, lunch provided (Mediterranean). If you
can't come, call our broker Gail Sandoval at 608-555-0112.

Linda Oyler
HR & Payroll
""")

add('clean', 'admin', '', 'Howard Stiles <hstiles@%s>' % BW, 'Dr. Nadia Raman <nraman@%s>' % BW,
    'RE: new phone tree',
"""Nadia - yes, option 4 will now go straight to the infusion suite (ext 214) instead of the
nurse line. Prior auth line is option 5 -> ext 230 (Tricia) and 231 (Alyssa). DEXA scheduling
stays on the main scheduling queue.

Go-live is Monday 4/1. Vendor ticket #TK-77310 if anything breaks.

H

-----Original Message-----
From: Nadia Raman <nraman@brightwater-re.com>
Sent: Wednesday, March 20, 2024 7:48 AM
To: Howard Stiles <hstiles@brightwater-re.com>
Subject: new phone tree

will people calling about infusion appts get routed to the suite directly now? they keep
ending up in my nurse's VM.
""")

add('clean', 'admin', '', 'Keisha Brandt <kbrandt@%s>' % BW, 'Howard Stiles <hstiles@%s>' % BW, 'front desk coverage 3/29',
"""Howard, I have a dentist appt fri 3/29 at 10, I'll be out 9:30-12. Tanya said she can open and Alma can float up from billing 10-12. ok?
K""")

# ============================ CLEAN: lookalike ============================
add('clean', 'lookalike', '', 'Peak Form Athletic Club <members@peakform-club-demo.com>', 'Carl Jessup <cjessup77@quickmail.net>',
    'Your body composition scan results are ready!',
"""Hi Carl,

Thanks for booking a DEXA body composition scan at Peak Form! Your results from 03/09 are ready
in the member app.

Member #: PF-0048813
Scan type: Whole body composition (DXA)
Body fat: 24.1%   Lean mass: 61.2 kg   Visceral fat area: 98 cm2
Bone density score: normal range for your age

Book a free 30-min session with a coach to go over your numbers. Your next scan is included
in your Platinum membership in 90 days.

Stay strong,
The Peak Form Team
Note: body composition scans at Peak Form are for fitness purposes only and are not a medical
diagnosis.
""")

add('clean', 'lookalike', '', 'Willow Creek Veterinary Hospital <frontdesk@willowcreekvet-demo.com>', 'Sandra Mikkelsen <smikkelsen@quickmail.net>',
    "Biscuit's lab results and refill",
"""Hi Sandra,

Dr. Albrecht reviewed Biscuit's bloodwork from Tuesday. His T4 came back at 1.9 ug/dL which is
right in the target range on his current levothyroxine dose (0.4 mg twice daily), so no change.
His liver values were also normal.

We've put the refill through - 180 chewable tablets, ready for pickup Friday. Recheck T4 in 6
months. Biscuit's next rabies booster is due in June too!

Patient: Biscuit (canine, beagle, MN, 9 yrs)   Client #: 30118
Willow Creek Veterinary Hospital  |  (608) 555-0166
""")

add('clean', 'lookalike', '', 'Lakeshore Community Credit Union <alerts@lakeshorecu-demo.org>', 'Pat Ruiz <pruiz.home@quickmail.net>',
    'Member #448120 - new device sign-in',
"""Dear Member,

We noticed a sign-in to online banking for member #448120 from a new device on 03/17/2024 at
9:42 PM (Chrome on Windows, near Madison, WI).

If this was you, no action is needed. If not, please call our Member Services line at
1-800-555-0133 right away and we'll lock your account.

Reminder: Lakeshore CU will never ask for your PIN or full account number by email or text.

Lakeshore Community Credit Union | NCUA insured
""")

add('clean', 'lookalike', '', 'Northwind Airlines <itinerary@northwind-air-demo.com>', 'Gwen Alcott <galcott@quickmail.net>',
    'Confirmation QX7PLM - Madison to Phoenix',
"""Your trip is confirmed.

Confirmation code: QX7PLM
Passenger: ALCOTT/GWENDOLYN MS     Frequent flyer: NW 88104471 (Gold)
Known Traveler #: on file

Sat 04/06  NW 1184  MSN 06:05 -> DEN 07:40   Seat 3C
Sat 04/06  NW 2210  DEN 08:45 -> PHX 10:52   Seat 2A

Special service request: WCHR (wheelchair to/from gate) - confirmed
Medical equipment: portable oxygen concentrator - approved model, bring FAA-compliant
batteries for 150% of flight time.

Baggage: 2 checked bags included.
""")

add('clean', 'lookalike', '', 'Harbor Mutual Auto Claims <claims@harbormutual-demo.com>', 'Victor Ambrose <vambrose@quickmail.net>',
    'Claim 07-4418-221 - estimate and next steps',
"""Hello Victor,

Thank you for reporting the loss on 03/11/2024. Here's where things stand on claim
07-4418-221 (policy HM-AU-5512038):

- Vehicle: 2019 Subaru Outback, rear bumper + liftgate damage. Appraiser estimate $3,870.40.
- Deductible: $500.
- Rental: approved up to $40/day, 10 days, through Enterprise.
- You indicated no injuries, so no medical payments / PIP file has been opened. If that
  changes, let me know within 30 days.

Your adjuster is Monica Tran, direct 608-555-0149.

Harbor Mutual Insurance
""")

add('clean', 'lookalike', '', 'Deerfield Tree Care <office@deerfieldtree-demo.com>', 'Helen Prokop <hprokop@quickmail.net>',
    'Ash tree assessment + treatment quote',
"""Hi Helen,

Thanks for having us out Thursday. Summary of what our arborist (Dale Hendricks, ISA Certified
Arborist WI-0877A) found:

The large green ash in the back yard (approx. 22" DBH) shows early signs of emerald ash borer -
some canopy thinning at the top, a few D-shaped exit holes on the south side. It's about 20%
declined, which is still treatable.

Recommended: trunk injection (emamectin benzoate), micro-infusion at the root flare, repeat every
2 years. Recovery is usually visible the next season.

Quote #DT-24-0318: $385 per treatment. We can schedule in May once it leafs out.

The maple near the driveway has some girdling roots and a bit of canker - not urgent, we'll
keep an eye on it.

Deerfield Tree Care  |  608-555-0121
""")

add('clean', 'lookalike', '', 'Owen Falk <ofalk@lumenbyte-demo.io>', 'backend-team <backend@lumenbyte-demo.io>',
    'Re: worker pool - orphaned children after deploy',
"""Found it. The supervisor was sending SIGTERM to the parent but the child processes were never
reaped, so after every deploy we had zombie children piling up under init. The "patient zero"
was job 44821 on worker-07, which hung on a lock and then its parent died.

Fix in PR #1187:
 - parent now waits on children with a 30s grace period then SIGKILLs
 - health check marks a worker unhealthy if >5 defunct procs
 - added a "triage" queue so stuck jobs get quarantined instead of retried forever

Diagnosis took way longer than the fix, as usual. Please review before Thursday's release.

Owen

> On Tue, Mar 19, 2024 at 10:11 AM, Jess Marr wrote:
> worker-07 is sick again, 312 defunct processes. Can someone look at this?
""")

# ============================ CLEAN: news ============================
add('clean', 'news', '', 'Safety Alerts <alerts@medsafety-bulletin-demo.org>', 'Pharmacy <pharmacy@%s>' % BW,
    'RECALL: insulin glargine prefilled pens - select lots (Class II)',
"""MEDICATION SAFETY BULLETIN - For healthcare professionals

Product: insulin glargine 100 units/mL, 3 mL prefilled pen (5-pack)
Manufacturer: Corvane Biologics (distributor notice dated 03/15/2024)
Lots affected: GL23K0419, GL23K0420, GL23K0433  Exp. 11/2025
Reason: a small number of pens may have a cracked cartridge holder, which could cause
inaccurate dosing.
Class: II   Level: pharmacy/patient

Recommended action: quarantine affected lots. Patients who have pens from these lots should
not stop insulin; they should contact their pharmacy for a replacement. No adverse events
have been reported to date.

To unsubscribe from this bulletin, reply STOP.
""")

add('clean', 'news', '', 'Midwest Rheumatology Society <news@mwrheum-society-demo.org>', RAMAN,
    'MWRS Monthly | March 2024: biosimilar uptake, spring meeting, JAK safety update',
"""MIDWEST RHEUMATOLOGY SOCIETY - MONTHLY UPDATE, MARCH 2024

IN THIS ISSUE
1. Spring Meeting (May 17-18, Milwaukee): early-bird registration ends April 12. Keynote by
   Dr. Evelyn Marquardt on "Treat-to-target in the real world".
2. Biosimilars: a member survey (n=212 practices) found adalimumab biosimilar use rose from 9%
   to 37% of new starts in 2023. Interchangeability designations continue to vary by state.
3. JAK inhibitor safety: reminder of the boxed warning language on MACE, malignancy and VTE
   for patients 50+ with at least one CV risk factor. See the society's position statement.
4. Advocacy: step therapy reform bill SB 218 passed committee. Call your state senator.
5. Fellows' corner: case-of-the-month submissions due April 1.

Membership renewals: dues increase to $325 on July 1.
""",
html="""<html><body><h2 style="color:#2a4d69">Midwest Rheumatology Society &mdash; March 2024</h2>
<ol><li><b>Spring Meeting</b> (May 17-18, Milwaukee): early-bird registration ends April 12. Keynote by Dr. Evelyn Marquardt on &ldquo;Treat-to-target in the real world&rdquo;.</li>
<li><b>Biosimilars</b>: a member survey (n=212 practices) found adalimumab biosimilar use rose from 9% to 37% of new starts in 2023.</li>
<li><b>JAK inhibitor safety</b>: reminder of the boxed warning language on MACE, malignancy and VTE for patients 50+ with at least one CV risk factor.</li>
<li><b>Advocacy</b>: step therapy reform bill SB 218 passed committee.</li>
<li><b>Fellows' corner</b>: case-of-the-month submissions due April 1.</li></ol>
<p style="font-size:9pt">Membership renewals: dues increase to $325 on July 1. <a href="https://mwrheum-society-demo.org/unsub">Unsubscribe</a></p>
</body></html>""", cte='quoted-printable')

add('clean', 'news', '', 'County Health Dept Epidemiology <epi-bulletin@county-health-demo.gov>', 'Clinician list <clinicians@county-health-demo.gov>',
    'Respiratory Virus Weekly - Week 11',
"""COUNTY RESPIRATORY VIRUS SURVEILLANCE - MMWR WEEK 11 (ending 3/16/2024)

Influenza: 6.2% of specimens positive (down from 8.9%). Predominantly A(H1N1).
RSV: 3.1% positive, declining.
COVID-19: 4.4% positive; wastewater levels low at all 4 sites.
Hospitalizations: 41 influenza-associated admissions this week; 2 pediatric.

Reminder for clinicians caring for immunocompromised patients (e.g. those on biologics,
high-dose steroids, or chemotherapy): antivirals remain recommended for suspected influenza
regardless of symptom duration. Updated guidance on the department website.

This bulletin contains aggregate data only.
""")

add('clean', 'news', '', 'Veltrix Medical Information <medinfo@veltrix-hcp-demo.com>', KESSLER,
    'Important Prescribing Information Update - Dear Healthcare Provider',
"""Dear Healthcare Provider,

Veltrix Therapeutics would like to inform you of updates to the Prescribing Information for
VELGLUTIDE (once-weekly GLP-1 receptor agonist), approved 03/08/2024:

- Section 5 (Warnings and Precautions): added pulmonary aspiration during general anesthesia or
  deep sedation. Patients should inform providers before planned procedures.
- Section 6 (Adverse Reactions): postmarketing reports of ileus added.
- Section 8.1 (Pregnancy): updated registry information.

No changes to dosing. Please report suspected adverse reactions to Veltrix at 1-800-555-0181 or
to the national reporting program.

Sincerely,
Marcus Odell, MD
Chief Medical Officer, Veltrix Therapeutics
""", cte='quoted-printable')

add('clean', 'news', '', 'Brightwater Rheumatology & Endocrinology <newsletter@%s>' % BW, 'Subscribers <newsletter-list@%s>' % BW,
    'Spring newsletter: Bone Health Month, new infusion chairs, diabetes class dates',
"""BRIGHTWATER BULLETIN - SPRING 2024

MAY IS BONE HEALTH MONTH
One in two women and up to one in four men over 50 will break a bone due to osteoporosis. If
you're over 65 (women) or 70 (men), or you've taken steroids for more than 3 months, ask your
provider whether a bone density (DEXA) scan is right for you. Our DEXA service now has Saturday
morning appointments.

OUR INFUSION SUITE GOT AN UPGRADE
Six new recliners, warm blankets, and free Wi-Fi. Meet our new nurse, Cassie Lund, RN, who joins
us from St. Brendan's oncology unit.

DIABETES SELF-MANAGEMENT CLASSES
4-week series with Renata Szabo, RD, CDCES: Tuesdays April 9-30, 5:30-7 PM. Topics include
carb counting, CGM basics and sick-day rules. Call 608-555-0140 to sign up - most insurance
covers it.

Can't make it in? Remember, you can send us a message through the patient portal anytime.
""")

add('clean', 'news', '', 'Pharma Market Brief <brief@pharmamarket-brief-demo.com>', 'Tricia Mavros <tmavros@%s>' % BW,
    'Daily Brief: GLP-1 shortages ease; payer formulary moves for 2025',
"""PHARMA MARKET BRIEF - Tuesday

* GLP-1 supply: the national shortage list now shows all strengths of two once-weekly GLP-1
  products as "available", though regional wholesalers report allocation through Q2.
* Formulary: a large PBM said it will prefer two adalimumab biosimilars for 2025 and remove the
  reference product from its standard commercial formulary.
* Osteoporosis: a denosumab biosimilar received approval; launch timing depends on patent
  settlements.
* Prior authorization: a federal rule requires payers to respond to urgent PA requests within
  72 hours and standard requests within 7 days starting 2026.

You are receiving this because you subscribed at a trade show. Manage preferences.
""")

# ============================ CLEAN: staff ============================
add('clean', 'staff', '', OCAMPO, 'Rheum Providers <rheum-md@%s>' % BW, 'curbside - MTX and mild transaminitis',
"""Quick poll for the group. How are you all handling this:

60s F, seropositive RA, on MTX 20 weekly + HCQ, doing well clinically. ALT creeping up over the
last 3 draws, now ~2x ULN. BMI 34, A1c borderline, drinks "a glass of wine on weekends". No
other hepatotoxic meds. Ultrasound showed fatty liver.

ACR guidance says reduce dose for 1-3x ULN and recheck. I'm inclined to drop to 15 and add
leflunomide... no wait, that'd be worse for the liver. Maybe drop to 15 and consider switching to
SC to see if that helps? What would you do?

Imelda""")

add('clean', 'staff', '', JOLENE, 'Infusion RNs <infusion-rn@%s>' % BW, 'UPDATED: infusion reaction protocol (v3.2)',
"""Team - Dr. Raman and pharmacy signed off on the updated infusion reaction protocol. Main changes:

1. Mild (flushing, itching, HR change <20): STOP infusion, diphenhydramine 25-50 mg IV, vitals
   q15 min. May restart at 50% rate after 30 min if resolved.
2. Moderate (chest tightness, SOB, BP change >20 mmHg): STOP, call provider, add
   methylprednisolone 125 mg IV, O2 as needed. Do NOT restart same day without provider order.
3. Severe/anaphylaxis: epinephrine 0.3 mg IM (anterolateral thigh), call 911, code cart.
4. Reaction kit check: every morning, log in the binder. Epi expiration dates!

Rituximab and infliximab first-dose patients stay 60 min post. Everyone else 30 min unless
ordered otherwise.

Laminated copies are going up in each bay. Please read and sign the attestation by 3/29.

Jolene""")

add('clean', 'staff', '', GARY, 'Dr. Paul Kessler <pkessler@%s>' % BW, 'scanner QC - phantom drift',
"""Dr. K,

FYI the spine phantom BMD has drifted +1.4% over the last 3 weeks, still inside the ±1.5% control limit but trending. Per the QC policy I've called Lunar service (case #SR-0091772), tech coming Thursday after 4pm so no patient slots affected.

Until then I'm running the phantom twice a day and logging it. If it goes over 1.5% I'll stop scanning and reschedule.

Also we're due for the annual cross-calibration / precision assessment. I need 15 volunteers scanned twice (or 30 pts x2). Can we use staff volunteers again like last year?

Gary Lindqvist, RT(R)(BD), CBDT""")

add('clean', 'staff', '', 'Amir Farouk <afarouk@%s>' % BW, 'Journal Club <journalclub@%s>' % BW,
    'Journal club Thurs - case + article',
"""For Thursday's journal club, article is the retrospective cohort on zoledronic acid acute phase
reactions and pre-treatment with acetaminophen (PDF on the shared drive, /education/jc/2024-03).

I'll present a de-identified case to anchor the discussion:

  "A woman in her 70s with osteoporosis and prior vertebral fracture receives her first
   zoledronic acid infusion. That evening she develops fever 38.6, myalgias and arthralgias
   lasting 3 days. She declines the second dose a year later."

Discussion Qs: Should we premedicate everyone? Does a reaction to dose 1 predict dose 2? What
do we offer instead (denosumab, romosozumab, oral)?

Pizza from Gino's. 12:15 conf room B.

Amir""")

add('clean', 'staff', '', KESSLER, 'Endo Team <endo-team@%s>' % BW, 'CGM coverage for T2 on basal only',
"""FYI all - Summit Keystone updated their CGM policy effective 4/1. Now covers CGM for T2 on
basal insulin only (no longer requires multiple daily injections), and also for anyone with
documented level 2 hypoglycemia (<54) regardless of insulin use.

So let's look at our basal-only T2 folks at their next visits and offer it. Renata will update
the order template so the criteria are documented in the note (insulin regimen + hypoglycemia
history). Badger Mutual still requires MDI - no change there.

Paul Kessler, MD, FACE""")

add('clean', 'staff', '', HOWARD, 'Clinical Staff <clinical@%s>' % BW, 'staffing - float RN pilot results',
"""Hi all,

Quick summary of the 8-week float RN pilot in the infusion suite:

- Avg chairs used per day went from 7.1 to 8.4
- Avg patient wait from check-in to IV start: 24 min -> 14 min
- Overtime hours down 31%
- 0 missed lunch breaks reported in weeks 5-8 (vs 11 in the 8 weeks before)

Leadership approved making the float position permanent (0.8 FTE). Posting goes up next week.
Thanks to Cassie for being the guinea pig.

Howard""")

add('clean', 'staff', '', RAMAN, OCAMPO, 'hep B screening before rituximab',
"""Imelda, do you know if we ever settled on the hep B pre-biologic screening? Pharmacy is asking.
I've been ordering HBsAg + anti-HBc + anti-HBs for everyone before rituximab and before any
TNF/JAK, and HCV Ab. Anti-HBc positive w/ negative sAg -> check HBV DNA and loop in GI for
prophylaxis if rituximab. Can we make that the standard order set?

N

> On Mar 18, 2024, at 5:02 PM, Imelda Ocampo wrote:
> I think we talked about it at the Jan meeting but nothing was written down. Happy to
> draft it.
""")

# ============================ CLEAN: training ============================
add('clean', 'training', '', 'EHR Training <ehr-training@%s>' % BW, 'New Hires <newhires-mar@%s>' % BW,
    'EHR training - practice patients for Thursday',
"""Welcome to Brightwater! For Thursday's hands-on EHR session, please use ONLY these training
patients in the TRAIN environment (https://train.ehr.brightwater-re.com - NOT production):

  ZZTEST, INFUSION     MRN TRN-000101   DOB 01/01/1950   (infliximab q8wk, use for MAR exercise)
  ZZTEST, DEXA         MRN TRN-000102   DOB 01/01/1960   (schedule a DEXA + VFA)
  ZZTEST, PUMPKID      MRN TRN-000103   DOB 01/01/2010   (pediatric T1, insulin pump)
  ZZTEST, MTXLABS      MRN TRN-000104   DOB 01/01/1970   (place standing lab order)

Exercises:
 1. Check in ZZTEST, INFUSION and document vitals.
 2. Document a mild infusion reaction using the new protocol smartphrase .IRXN
 3. Place a methotrexate monitoring standing order on ZZTEST, MTXLABS (CBC, CMP q8wk x 1 yr).

Your TRAIN login is your network ID + "trn". Lunch provided.

Linh Cao, Clinical Applications Trainer
""")

add('clean', 'training', '', 'Howard Stiles <hstiles@%s>' % BW, 'Interface Support <support@tvreflab.com>',
    'Test ORU for validation - please send to TEST endpoint only',
"""Hi - for the interface re-validation after the PID fix, please send this test message to our TEST endpoint (port 6661), not prod. Test patient only.

MSH|^~\\&|TVRL|TRIVALLEY|BWEHR|BRIGHTWATER|20240320090000||ORU^R01|TEST0001|T|2.5.1
PID|1||ZZ999001^^^BW^MR||ZZTEST^THYROID^^^^^T||19000101|U|||123 TEST ST^^ANYTOWN^WI^00000||5550000000
OBR|1|TESTORD1|TESTACC1|3016-3^TSH^LN|||20240320080000
OBX|1|NM|3016-3^TSH^LN||1.23|uIU/mL|0.45-4.50|N|||F

Note processing ID = T. If this one files to ZZTEST, THYROID in TRAIN we're good and you can turn on prod.

Howard""")

add('clean', 'training', '', 'Jordan Ellis <jellis@chairtime-sched-demo.com>', HOWARD,
    'ChairTime demo recap + sandbox access',
"""Hi Howard,

Great to meet you and Jolene yesterday. As promised, recap of the ChairTime infusion scheduling
demo and your sandbox login.

In the demo we walked through:
 - Auto-slotting "Jane Doe" (sample patient, infliximab 5 mg/kg q8wk, 2h infusion) into the
   next available chair based on nurse ratio and drug prep time
 - Flagging "John Doe" (sample) for a missing prior auth before the appointment could be booked
 - Chair utilization heatmap (sample data only - 6 chairs, 3 RNs)

Sandbox: https://sandbox.chairtime-sched-demo.com  user: brightwater.demo  (temp pw by text)
The sandbox is pre-loaded with 50 fictional patients - please don't enter real patient data.

Pricing proposal attached separately. Happy to do a second session with your front desk.

Jordan Ellis
Account Executive, ChairTime Health
612-555-0139
""")

add('clean', 'training', '', 'Compliance <compliance@%s>' % BW, 'All Staff <allstaff@%s>' % BW,
    'Annual HIPAA refresher - due 4/15 (with practice quiz)',
"""All staff must complete the annual HIPAA & information security refresher by April 15.

Here's a practice question from this year's module - see if you can spot the problem:

  SCENARIO (fictional): A medical assistant emails the following to her personal Gmail so she
  can finish a spreadsheet at home:

     "Sample Patient A, DOB XX/XX/19XX, MRN 000000, RA on [biologic], next infusion [date]"

  Q: Which of the following is true?
   a) It's fine because it's her own email account
   b) It's fine if the spreadsheet is password protected
   c) It is a potential breach - PHI must not be sent to personal accounts
   d) It's fine because only initials are used

  (Answer: c)

Module link is in the LMS under "2024 Compliance". ~40 minutes.

Monique Battle, CHC
Compliance & Privacy Officer
""")

add('clean', 'training', '', 'Colleen Marsh <cmarsh@veltrix-patientsupport.com>', RENATA,
    'Veltrix Cares hub portal - walkthrough for your team',
"""Hi Renata,

Per your request, here's the walkthrough for enrolling patients in the Veltrix Cares hub portal.
Screenshots in the deck use our demo account, so the patient shown is our sample record:

   Name: Sample, Patient (DEMO)
   DOB: 01/01/1980
   Member ID: DEMO-000000
   Rx: velglutide 0.25 mg weekly

Steps: 1) Start New Enrollment 2) Upload signed patient consent 3) Benefits verification runs
automatically (usually 24-48 h) 4) Copay card is issued to the patient by text.

I can do a 20-minute lunch & learn for your front desk and PA staff in April - just let me know
a date. Lunch is on us (within compliance limits, of course!).

Colleen Marsh, RN, BSN
Clinical Nurse Educator, Veltrix Therapeutics
""")

add('clean', 'training', '', GARY, 'Bone Density Team <dexa@%s>' % BW, 'ISCD review - sample reports for practice',
"""For those studying for the CBDT exam, I put three practice reports on the shared drive. All
sample data from the ISCD course workbook - "SAMPLE, SPINE", "SAMPLE, HIP" and "SAMPLE, FOREARM".

Try these before looking at the answer key:
 1. SAMPLE, SPINE: L1-L4 T -2.6 but L3 is 1.2 SD higher than L2 -> which vertebrae to exclude?
 2. SAMPLE, HIP: femoral neck ROI placed over the greater trochanter -> what's wrong?
 3. SAMPLE, FOREARM: when is the 33% radius site used? (hint: hyperparathyroidism)

We'll go over them at the Friday huddle.

Gary""")


# ============================ build ============================
MAILERS = ['Microsoft Outlook 16.0', 'Apple Mail (2.3731)', None, None, 'Mozilla Thunderbird 115.8', None]


def build(idx, m):
    msg = EmailMessage()
    msg['From'] = m['frm']
    msg['To'] = m['to']
    if m['cc']:
        msg['Cc'] = m['cc']
    msg['Subject'] = m['subject']
    if m['date'] is None:
        day = random.randint(0, 20)
        mins = random.randint(7 * 60, 19 * 60)
        d = BASE.replace(hour=0) + datetime.timedelta(days=day, minutes=mins, seconds=random.randint(0, 59))
    else:
        d = m['date']
    msg['Date'] = format_datetime(d)
    dom = m['frm'].split('@')[-1].rstrip('>').strip()
    msg['Message-ID'] = '<%s.%04d.%d@%s>' % (d.strftime('%Y%m%d%H%M%S'), idx, SEED, dom)
    mailer = random.choice(MAILERS)
    if mailer:
        msg['X-Mailer'] = mailer
    for k, v in m['headers'].items():
        msg[k] = v
    def pick(text):
        if m['cte']:
            return m['cte']
        return '7bit' if text.isascii() else '8bit'
    msg.set_content(m['body'], cte=pick(m['body']))
    if m['html']:
        msg.add_alternative(m['html'], subtype='html', cte=pick(m['html']))
    for fname, mtype, data in m['atts']:
        maintype, subtype = mtype.split('/', 1)
        if isinstance(data, str):
            msg.add_attachment(data, subtype=subtype, filename=fname)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    j = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (idx, j))
            j += 1
    return msg


def main():
    os.makedirs(OUT, exist_ok=True)
    counters = {}
    rows = []
    for idx, m in enumerate(MSGS, 1):
        key = (m['label'], m['kind'])
        counters[key] = counters.get(key, 0) + 1
        fname = '%s-%s-%03d.eml' % (m['label'], m['kind'], counters[key])
        msg = build(idx, m)
        with open(os.path.join(OUT, fname), 'wb') as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        rows.append([fname, m['label'], m['kind'], m['patient'] if m['label'] == 'phi' else ''])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    summary = {}
    for k in counters:
        summary['%s-%s' % k] = counters[k]
    for k in sorted(summary):
        print(k, summary[k])
    print('total', len(MSGS))


if __name__ == '__main__':
    main()
